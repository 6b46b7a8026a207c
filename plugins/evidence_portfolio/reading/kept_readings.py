"""What a kept reading of an unchanged Markdown file depends on beside the file (reading/project.py keeps each file's
reading across the rebuilds of `mkdocs serve`, while all this is as it was)."""

from __future__ import annotations

import os
from pathlib import Path

from ..model.framework import Framework
from ..model.urls import is_markdown
from .scan import Tree, file_stamp
from .settings import Settings


def kept_readings_depend_on(
    settings: Settings, read_by: Framework | None, existing: frozenset[str], tree: Tree
) -> object:
    """All that reading a Markdown file depends on but the file itself (for a kept reading of an unchanged file, in a
    rebuild of `mkdocs serve`): the settings and mkdocs.yml itself (some of its values are not compared), the
    framework (and so the pages it generates), the files under evidence/ (not only the paths links may lead to: an
    item's attachment at a generated page's path is told apart), the symbolic links out of evidence/ and the files
    MkDocs leaves out, and the files its checks look into (the pictures and PDFs a link leads to: each other file
    under evidence/) or look for (a page's `template` and `icon`, in the theme's folders: see _templates_and_icons)."""
    docs = settings.docs_dir
    looked_into = [settings.config_file, *(docs / uri for uri in tree.files if not is_markdown(uri))]
    return (
        settings,
        read_by,
        existing,
        tree.links_out,
        tree.skipped,
        [_stamp(path) for path in looked_into],
        _templates_and_icons(settings),
    )


def _templates_and_icons(settings: Settings) -> list[tuple[str, bool]]:
    """Each file of the theme's folders a page's `template` or `icon` may name, and whether it is one (a dangling
    symbolic link is not): those of the custom_dir wherever it is (a theme shared by several portfolios, outside the
    project), and of any theme folder inside the project, as the system finds them (a project reached through a
    symbolic link, its folders' paths not under its resolved root), through the symbolic links to folders in them;
    not those of the installed themes, which a rebuild does not change."""
    root = settings.root.resolve()
    custom = settings.custom_dir.resolve() if settings.custom_dir else None
    found: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for folder in settings.theme_dirs:
        real = folder.resolve()
        if real != custom and not real.is_relative_to(root):
            continue
        pending = [str(folder)]
        while pending:
            at = pending.pop()
            real_at = os.path.realpath(at)
            if real_at in seen:  # (a loop of links, or a folder seen by another name)
                continue
            seen.add(real_at)
            try:
                entries = sorted(os.scandir(at), key=lambda entry: entry.name)
            except OSError:
                found.append((at, False))
                continue
            for entry in entries:
                if entry.is_dir():
                    pending.append(entry.path)
                else:
                    found.append((entry.path, entry.is_file()))
    return found


def _stamp(path: Path | None) -> tuple[int, ...] | None:
    """What tells a file changed (None for none)."""
    try:
        return file_stamp(os.stat(path)) if path else None
    except OSError:
        return None
