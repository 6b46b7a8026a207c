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
    # (`path` made whole as written, its `..` kept: os.path.abspath would take `lnk/..` away unread, where `lnk` is a
    # link leading out of the project, so that `lnk/../framework.yml` was read from outside it: a review)
    root, path = Path(os.path.abspath(root)), path.absolute()
    try:
        real = root.resolve()
        # The project's folder as `path` names it: `root`, or a folder leading to it through a symbolic link above
        # the project (`mkdocs build -f /home/club/link/mkdocs.yml`, where MkDocs' $config_dir keeps the link and
        # the project is told from where it is: as macOS's /tmp, a link to /private/tmp, a review of valid
        # portfolios).
        folder = next((parent for parent in path.parents if parent == root or parent.resolve() == real), root)
        return path.resolve() == real / path.relative_to(folder)
    except (ValueError, OSError, RuntimeError):  # (not under root as written; a loop of links)
        return False


def project_file(root: Path, path: str) -> Path | None:
    """The project's file at `path` (from its folder), where it is a file of the project (`in_the_project`)."""
    file = root / path
    return file if file.is_file() and in_the_project(root, file) else None
