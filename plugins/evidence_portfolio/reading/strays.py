"""Items saved beside evidence/ instead of in it.

A contributor who adds a file on GitHub from the repository's front page, or saves it into a folder named as one of
evidence/'s, puts it where MkDocs never reads: the item would be left out of every build without a word. The top
of the project and each folder just under it are looked at, and every folder below one that evidence/ has too (no
deeper elsewhere: a site, a virtual environment or a copy made by `portfolio generate` may sit there), and a
Markdown file there whose front matter gives a type of item is named, at the line of its `type`.
"""

from __future__ import annotations

import os
from collections.abc import Collection, Iterator
from pathlib import Path

from ..model.lazy_patterns import lazy_pattern
from .settings import Settings

_LOOKED_AT = 8192
"""How much of a file is read to find its front matter's `type`: front matter is at the top, and short."""
_TYPE = lazy_pattern(r"""(?i:type)[ \t]*:[ \t]*["']?([A-Za-z-]+)["']?[ \t]*(?:#.*)?$""")
"""Its `type` (`Type` too: a key in capitals is read in small letters)."""
_NOT_PORTFOLIO = frozenset({"node_modules", "site", "venv", "env", "__pycache__"})
"""Folders that hold other programs' files or a built site, never a contributor's item."""


def stray_items(settings: Settings, types: Collection[str]) -> Iterator[tuple[Path, int, str]]:
    """Each Markdown file outside evidence/ (at the top of the project, or one folder down) whose front matter
    gives one of `types`: its path, the line of its `type` (from 1), and the type."""
    docs = os.path.abspath(settings.docs_dir)
    top = _entries(settings.root)
    folders = list(_folders(top, docs))
    for folder in (settings.root, *folders, *_below(folders, docs), *_same_but_case(top, docs)):
        for entry in top if folder == settings.root else _entries(folder):
            if entry.name.lower().endswith(".md") and _is_file(entry):
                found = _item_type(Path(entry.path), types)
                if found:
                    yield Path(entry.path), *found


def _is_file(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a file (or a link to one); not a link that leads nowhere, or to itself (a review found
    a loop of links stop the build in a traceback)."""
    try:
        return entry.is_file()
    except OSError:
        return False


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether an entry is a folder (or a link to one), as _is_file."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _folders(top: list[os.DirEntry[str]], docs: str) -> Iterator[Path]:
    """The folders just under the project's top (`top`: its entries), but evidence/ and those that hold no
    contributor's files."""
    for entry in top:
        if (
            _is_dir(entry)
            and not entry.name.startswith(".")
            and entry.name.lower() not in _NOT_PORTFOLIO
            and os.path.abspath(entry.path) != docs
            and not (Path(entry.path) / "pyvenv.cfg").exists()
        ):
            yield Path(entry.path)


def _below(folders: list[Path], docs: str) -> Iterator[Path]:
    """Every folder below those of `folders` (the folders just under the project's top) that evidence/ has too: an
    item saved as `partnerships/do/x.md`, its folders typed without `evidence/` from the repository's front page,
    was left out of every build without a word (a careless contributor's review)."""
    try:  # in any capitals (`Partnerships/do/x.md`), as a system whose names ignore case would read them
        kept = {entry.name.lower() for entry in os.scandir(docs) if entry.is_dir()}
    except OSError:
        return
    for top in folders:  # not through a link, which may lead anywhere (the whole disk: a hostile review)
        if top.name.lower() in kept and not top.is_symlink():
            for folder, subfolders, _ in os.walk(top):
                subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
                if folder != str(top):
                    yield Path(folder)


def _same_but_case(top: list[os.DirEntry[str]], docs: str) -> Iterator[Path]:
    """Every folder below one of the project's top (`top`: its entries) named as evidence/ but for its capitals
    (`Evidence/`): a contributor's evidence folder on a system whose names ignore case, which MkDocs never reads on
    this one."""
    name = os.path.basename(docs).lower()
    for entry in top:
        if (
            _is_dir(entry)
            and not entry.is_symlink()
            and entry.name.lower() == name
            and os.path.abspath(entry.path) != docs
        ):
            for folder, subfolders, _ in os.walk(entry.path):
                subfolders[:] = sorted(s for s in subfolders if not s.startswith("."))
                if folder != entry.path:
                    yield Path(folder)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    try:
        return sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:  # a folder that cannot be read holds nothing to say about here
        return []


def _item_type(path: Path, types: Collection[str]) -> tuple[int, str] | None:
    """The line and value of the front matter's `type` when it names one of `types`."""
    try:
        with path.open("rb") as file:
            start = file.read(_LOOKED_AT).decode("utf-8", "replace").removeprefix("\ufeff")
    except OSError:
        return None
    lines = start.splitlines()
    if not lines or lines[0].rstrip() != "---":
        return None
    for number, line in enumerate(lines[1:], 2):
        if line.rstrip() == "---":
            return None
        found = _TYPE.match(line.rstrip())
        if found and found.group(1).lower() in types:
            return number, found.group(1)
    return None
