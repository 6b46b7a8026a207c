"""The files under evidence/: walked as MkDocs walks them, and Markdown files read (and kept while unchanged)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.urls import is_markdown
from .file_names import windows_trouble
from .front_matter import Source, read_source
from .settings import Settings

if TYPE_CHECKING:
    from .pages import Page

    Checked = tuple[Page, Problems, tuple[Problems, frozenset[str]], Problems, "Entry"]
    """A Markdown file's page and the problems of its text, its links and its item (reading/project.py), with the
    entry they were made of."""


@dataclass(frozen=True)
class Tree:
    """Every file under evidence/ as a path relative to it, and the symbolic links there that lead outside it."""

    files: tuple[str, ...]
    links_out: frozenset[str]
    companions: tuple[str, ...] = ()
    """The files other plugins read (not published)."""
    skipped: tuple[str, ...] = ()
    """The files MkDocs leaves out (dot-files, those in dot-folders and in the top-level templates/ folder), which
    are warned about and counted as withheld; git's own files (.gitkeep) aside."""
    links: frozenset[str] = frozenset()
    """The files of `files` that are symbolic links (inside evidence/): another name of a file there."""


SYSTEM_FILES = lazy_pattern(r"(?i)thumbs\.db|desktop\.ini|\.ds_store|~\$.*|\.~lock\..*#|icon\r")
"""Files the system or an office program leaves beside the files one works on (Windows' thumbnails and folder
settings, the Finder's, the lock files of Word and LibreOffice while a document is open): never published, counted
as withheld, without a word (`.gitignore` of a new portfolio leaves them out of git too)."""


def scan(settings: Settings, problems: Problems) -> Tree:
    """Every file under evidence/, as paths relative to it, sorted.

    Like MkDocs, dot-files and the top-level `templates/` folder are skipped, and the files mkdocs.yml's exclude_docs
    and draft_docs match (`Settings.left_out`, without a word: counted as withheld, as the system's files are); so
    are the files other plugins read
    (`Settings.companion`: `.pages`, `.meta.yml`, the blog's `.authors.yml`) and the system's (SYSTEM_FILES), without
    a word. A symbolic link
    leading outside evidence/ is an error; a link to a folder inside it is not followed (its files are already
    there, and a loop of links would never end); a link to a file inside it is a file like any other.
    """
    docs = settings.docs_dir.resolve()
    found: list[str] = []
    companions: list[str] = []
    links_out: set[str] = set()
    skipped: list[str] = []
    links: set[str] = set()
    pending = [(settings.docs_dir, "")]  # a folder, and its path under evidence/ with a "/" after it
    while pending:
        folder, under = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            problems.add("unreadable", settings.display(folder), 1, f"the folder cannot be read ({exc.strerror})")
            continue
        for entry in entries:
            uri = under + entry.name
            if not entry.name.isascii() and not _utf8(entry.name):
                readable = uri.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                what = "folder" if entry.is_dir() else "file"
                problems.add(
                    "not-utf8",
                    settings.display_uri(readable),
                    1,
                    f"the name of this {what} is not UTF-8 text (the letter shown as \ufffd, often from a zip made on "
                    f"Windows), so it cannot be published; rename the {what}, retyping its accented letters",
                )
                continue
            if settings.companion(uri) and not entry.is_dir():
                # (read into pages by its plugin: a link out of evidence/ is refused as any other's, a hostile review)
                if not entry.is_symlink() or _link_inside(settings, folder / entry.name, docs, problems):
                    companions.append(uri)
                continue
            if SYSTEM_FILES.fullmatch(entry.name) and not entry.is_dir():
                skipped.append(uri)
                continue
            if settings.left_out and not entry.is_dir() and settings.left_out_by_mkdocs(uri):
                skipped.append(uri)  # as mkdocs.yml asks (exclude_docs, draft_docs): counted as withheld
                continue
            if entry.name.startswith(".") or uri == "templates":
                if _skipped(settings, folder / entry.name, problems):
                    skipped.extend(_files_of(entry, uri))
                else:  # git's own files go without a word; a page among them is still one no build reads
                    skipped.extend(name for name in _files_of(entry, uri) if is_markdown(name))
                continue
            if entry.is_symlink() and not _link_inside(settings, folder / entry.name, docs, problems):
                links_out.add(uri)
                continue
            trouble = windows_trouble(entry.name, "folder" if entry.is_dir() else "file")
            if trouble:
                problems.add("file-name", settings.display_uri(uri), 1, trouble)
            if entry.is_dir():
                pending.append((folder / entry.name, uri + "/"))
            elif entry.is_file():
                found.append(uri)
                if entry.is_symlink():
                    links.add(uri)
            elif not entry.is_symlink():  # a named pipe, a socket, a device: nothing is left out without a word
                problems.add(
                    "unreadable",
                    settings.display_uri(uri),
                    1,
                    "this cannot be read as a file (it is a named pipe, a socket or a device), so it cannot be "
                    "published; delete it",
                )
    return Tree(
        tuple(sorted(found)), frozenset(links_out), tuple(sorted(companions)), tuple(sorted(skipped)), frozenset(links)
    )


def _files_of(entry: os.DirEntry[str], uri: str) -> list[str]:
    """The files of a skipped entry under evidence/ (at `uri`): itself, or those of the folder (links not followed)."""
    if not entry.is_dir(follow_symlinks=False):
        return [uri]
    return [
        f"{uri}/{os.path.relpath(os.path.join(folder, name), entry.path).replace(os.sep, '/')}"
        for folder, _, names in os.walk(entry.path)
        for name in names
    ]


def folder_links_out(settings: Settings) -> Problems:
    """The errors of symbolic links under evidence/ to folders outside it, found without following any link: MkDocs'
    own listing of the files follows them (and one to / never ends), so a build stops on them before it lists."""
    problems = Problems()
    docs = settings.docs_dir.resolve()
    for folder, folders, _ in os.walk(settings.docs_dir):
        for name in sorted(folders):
            path = Path(folder) / name
            if path.is_symlink():
                found = Problems()
                _link_inside(settings, path, docs, found)
                problems.extend(found.errors)
    return problems


def _utf8(name: str) -> bool:
    """Whether a name read from the disk is UTF-8 text (Python keeps other bytes as lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_GIT_OWN = frozenset((".git", ".gitkeep", ".gitignore", ".gitattributes", ".gitmodules"))
"""The files and folders git (and the custom of keeping an empty folder in git) puts among others."""


def _skipped(settings: Settings, path: Path, problems: Problems) -> bool:
    """Files and folders MkDocs leaves out (dot-files, the top-level templates/ folder) are named, not dropped
    silently (True); git's own files (.gitkeep, .gitignore) go without a word, but not another whose name starts
    with theirs (.github/, .gitbook/: a review found an item in one neither published nor checked, without a word)."""
    if path.name in _GIT_OWN:
        return False
    what = "folder" if path.is_dir() else "file"
    reason = (
        "its name starts with a dot" if path.name.startswith(".") else "MkDocs keeps evidence/templates/ for themes"
    )
    problems.add(
        "skipped-file",
        settings.display(path),
        1,
        f"this {what} is not published ({reason}); rename or move it if it belongs in the portfolio"
        + (
            ", or, to keep it out of every site (an archive), move it out of evidence/, into a folder beside it such "
            "as .archive/"
            if path.name.startswith(".")
            else ""
        ),
    )
    return True


def _link_inside(settings: Settings, path: Path, docs: Path, problems: Problems) -> bool:
    """Whether a symbolic link is to be read as a file: problems for links out, dangling or to folders."""
    display = settings.display(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.add(
            "symbolic-link", display, 1, "this symbolic link leads nowhere (or round in a loop); remove it or fix it"
        )
        return False
    if not target.is_relative_to(docs):
        problems.add(
            "outside-evidence",
            display,
            1,
            "this symbolic link leads outside evidence/; replace it with a copy of the file inside evidence/",
        )
        return False
    if target.is_dir():
        where = settings.display(target)
        problems.add(
            "linked-folder",
            display,
            1,
            f"this symbolic link to the folder {where}/ is not followed: its files are published from {where}/ "
            "already; remove the link",
        )
        return False
    return True


Entry = tuple[tuple[int, int, int, int], Source | None, Problems]
"""A file read: its times of modification and of change, size and inode, its front matter and body (None when it
could not be read), and the problems of reading it."""


class SourceCache:
    """Markdown files already read, kept while their size, times of modification and of change, and inode stay the
    same (a time of modification can be set back, by `touch -r`, `cp -p` or an archive's extraction, and a drive
    keeps it to 2 seconds; no tool sets the time of change: a hostile review served an item made internal again,
    whose size and time of modification were as when it was public).

    `mkdocs serve` rebuilds after every edit; with the cache only the files that changed are read and checked again.
    """

    def __init__(self) -> None:
        self._entries: dict[str, Entry] = {}
        self.checked: dict[str, Checked] = {}
        """What the reading of each file made of its entry (reading/project.py), kept while `checked_with` holds."""
        self.checked_with: object = None
        """All else the checks of `checked` depended on."""

    @property
    def empty(self) -> bool:
        """Whether no file has been read yet (the first build of `mkdocs serve`, or any other)."""
        return not self._entries

    def entry(self, file: str) -> Entry | None:
        """What was read from `file` (a path as `read` took it), to be kept by another process's cache."""
        return self._entries.get(file)

    def keep(self, file: str, entry: Entry) -> None:
        """Keep what another process read from `file` (see `entry`)."""
        self._entries[file] = entry

    def read(self, file: str, path: str, max_mb: float = 5) -> tuple[Source | None, Problems]:
        """The file at `file` (a path the operating system reads, as a string: a pathlib.Path for each of thousands
        of files cost more than reading them), `path` as problems name it."""
        problems = Problems()
        try:
            handle = os.open(file, os.O_RDONLY)  # a file object's buffer is not needed to read a file whole
            try:
                status = os.fstat(handle)
                stamp = file_stamp(status)
                cached = self._entries.get(file)
                if cached and cached[0] == stamp and status.st_size <= max_mb * 1_000_000:
                    return cached[1], cached[2]  # (not one kept before mkdocs.yml lowered max_file_mb: a review)
                if status.st_size > max_mb * 1_000_000:
                    pasted = _pasted_picture(handle, int(max_mb * 1_000_000))
                    problems.add(
                        "file-too-large",
                        path,
                        pasted or 1,
                        f"the file is {_megabytes(status.st_size)} MB, more than the limit of {max_mb:g} MB "
                        "(max_file_mb in mkdocs.yml); "
                        + (
                            "a picture is pasted into its text on this line (a data: address): save the picture as a "
                            "file beside the item, and show it with ![what it shows](files/photo.jpg)"
                            if pasted
                            else "split it, or move large content into an attachment"
                        ),
                    )
                    return None, problems
                raw = _read_to_end(handle, status.st_size)
            finally:
                os.close(handle)
        except OSError as exc:
            problems.add("unreadable", path, 1, f"the file cannot be read ({exc.strerror}); check its permissions")
            return None, problems
        source, problems = read_source(raw, path)
        self._entries[file] = (stamp, source, problems)
        return source, problems


def _pasted_picture(handle: int, most: int) -> int | None:
    """The line (from 1) of a picture pasted into a file's text as a `data:` address, in its first `most` bytes (a
    novice's review: a file too large for one was told to split its "large content", at line 1)."""
    start = os.read(handle, most)
    at = start.find(b"data:image/")
    return start.count(b"\n", 0, at) + 1 if at >= 0 else None


def file_stamp(status: os.stat_result) -> tuple[int, int, int, int]:
    """What tells a file changed from a file as it was (see SourceCache)."""
    return status.st_mtime_ns, status.st_ctime_ns, status.st_size, status.st_ino


def _read_to_end(handle: int, size: int) -> bytes:
    """What is left to read of an open file, whose size was `size`: in one read, unless it has grown since."""
    parts = [os.read(handle, size + 1)]
    while parts[-1]:
        parts.append(os.read(handle, 1 << 16))
    return b"".join(parts)


def _megabytes(size: int) -> str:
    """A file's size in MB as a message gives it: one decimal, or as many as a file under 1 MB needs to show."""
    megabytes = size / 1_000_000
    return f"{megabytes:.1f}" if megabytes >= 1 else f"{megabytes:.3g}"
