"""Files of the project that the portfolio reads by name, beside mkdocs.yml (framework.yml, CONTRIBUTING.md): only
where they are in the project as written, not reached through a symbolic link, which may lead out of it (to a file
of the machine that builds the site, or of the project's .git folder)."""

from __future__ import annotations

import os
from pathlib import Path


def in_the_project(root: Path, path: Path) -> bool:
    """Whether `path` (under `root`, as written) is where it says in the project at `root`: not out of it (`../`),
    and not reached through a symbolic link. Either may be written from the folder the command runs in (`mkdocs
    build -f mkdocs.yml` gives `framework.yml` where the project is `/home/club/portfolio`: a fuzzer's find)."""
    root, path = Path(os.path.abspath(root)), Path(os.path.abspath(path))
    try:
        return path.resolve() == root.resolve() / path.relative_to(root)
    except (ValueError, OSError, RuntimeError):  # (not under root as written; a loop of links)
        return False


def project_file(root: Path, path: str) -> Path | None:
    """The project's file at `path` (from its folder), where it is a file of the project (`in_the_project`)."""
    file = root / path
    return file if file.is_file() and in_the_project(root, file) else None
