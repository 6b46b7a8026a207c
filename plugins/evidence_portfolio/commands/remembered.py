"""`portfolio check` remembered: the answer of a check (what it printed, and its exit status), given again without
reading the project while nothing the answer depends on has changed.

That is the check's arguments and the folder it runs in; the environment, whole (PORTFOLIO_AUDIENCE, a variable
mkdocs.yml reads with `!ENV`); the day (how old an item is); whether it prints to a terminal; Python, and the
folders it imports from (installing or removing a package changes them); this package's own files; and every file
and folder under the project's folder, each with its size, times of change and inode, by which git's index tells a
changed file from an unchanged one, and the files mkdocs.yml INHERITs from elsewhere. Only the folders a check never
reads are not looked into (.git, .cache, node_modules, __pycache__, virtual environments, built sites: see
`_not_read`), though their own names and times are in the fingerprint.

An answer is kept only when the check ran to its end (exit 0 or 1) and printed all it had to say, and only when no
file or folder changed in the seconds before the check, or while it ran: a change in the same instant as the check
read the file would leave its times as they were (git's "racy" files). Answers are kept where the user's caches are
(`$XDG_CACHE_HOME`, else ~/.cache), never in the project, in evidence-portfolio/checks/: readable by that user
alone, read only when that user owns them, and the last `_KEPT` of them. `--no-cache` neither gives nor keeps one.

This module imports nothing but what Python has loaded as it starts, so that a check answered from memory takes
little more than Python's start; what a check needs to run is imported only when it runs.
"""

from __future__ import annotations

import io
import marshal
import os
import stat
import sys
import time
import zlib

TYPE_CHECKING = False  # as typing's, which takes a few milliseconds to import
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from typing import TextIO

_FORMAT = "evidence-portfolio check 1"
"""Names the way an answer is kept; changed when that changes, so that an answer kept another way is not read."""
_KEPT = 32
"""How many answers are kept (the most recent): one for each project and way of checking it a user has in use."""
_RACY_NS = 3_000_000_000
"""A file changed this recently (nanoseconds) before the check began may change again unseen: see the docstring."""
_NOT_READ = frozenset({".git", ".cache", "node_modules", "__pycache__", "site"})
"""Folders outside evidence/ that hold other programs' files or a built site, never read by a check."""
_NO_CACHE = "--no-cache"


def checked(arguments: Sequence[str], run: Callable[[Sequence[str]], int]) -> int:
    """`portfolio check ARGUMENTS`: its remembered answer, given again, when there is one that still holds; else
    `run(arguments)`, its answer kept for next time when it can be."""
    if any(len(argument) > 3 and _NO_CACHE.startswith(argument) for argument in arguments):  # as argparse reads it
        return run(arguments)
    where = _answer_file(arguments)
    recalled = _recalled(where, arguments)
    if recalled is not None:
        return recalled
    if sys.stdout is None or sys.stderr is None:  # a stream closed before the command started (`>&-`)
        return run(arguments)
    started = time.time_ns()
    printed: list[tuple[int, str]] = []
    streams = sys.stdout, sys.stderr
    copies = _Copied(sys.stdout, 1, printed), _Copied(sys.stderr, 2, printed)
    sys.stdout, sys.stderr = copies
    try:
        code = run(arguments)
    finally:
        sys.stdout, sys.stderr = streams
    if code in (0, 1) and not any(copy.failed for copy in copies):
        _keep(where, arguments, code, printed, started)
    return code


def _answer_file(arguments: Sequence[str]) -> str | None:
    """Where the answer of this check, run here, is kept; None when the user has no folder for caches."""
    folder = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(folder):
        return None
    name = zlib.crc32("\0".join((sys.executable, os.getcwd(), *arguments)).encode("utf-8", "surrogateescape"))
    return os.path.join(folder, "evidence-portfolio", "checks", f"{name:08x}")


def _recalled(where: str | None, arguments: Sequence[str]) -> int | None:
    """The exit status of the remembered answer, printed again, when there is one and it still holds."""
    if where is None:
        return None
    try:
        with open(where, "rb") as file:
            if hasattr(os, "getuid") and os.fstat(file.fileno()).st_uid != os.getuid():  # kept by someone else
                return None
            kept = marshal.load(file)
        form, read, fingerprint, code, printed = kept
        if form != _FORMAT or _fingerprint(arguments, *read)[0] != fingerprint:
            return None
    except (OSError, EOFError, ValueError, TypeError):  # none kept, or kept by another version of Python
        return None
    streams = {1: sys.stdout, 2: sys.stderr}
    try:
        for number, text in printed:
            streams[number].write(text)
    except BrokenPipeError:  # the reader stopped early (`| head`): the verdict stands, as a check's own
        pass
    return int(code)


def _keep(where: str | None, arguments: Sequence[str], code: int, printed: list[tuple[int, str]], started: int) -> None:
    """Keep the answer of a check that just ran, unless something it depends on changed as it ran."""
    read = _what_is_read(arguments)
    if where is None or read is None or os.path.commonpath((where, read[0])) == read[0]:  # (kept in the project)
        return
    fingerprint, newest = _fingerprint(arguments, *read)
    if newest >= started - _RACY_NS:
        return
    folder = os.path.dirname(where)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        written = f"{where}.{os.getpid()}"
        with open(os.open(written, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as file:
            marshal.dump((_FORMAT, read, fingerprint, code, printed), file)
        os.replace(written, where)
        kept = sorted((entry.stat().st_mtime_ns, entry.path) for entry in os.scandir(folder))
        for _, older in kept[:-_KEPT]:
            os.remove(older)
    except OSError:  # a cache that cannot be written (a read-only home): the next check runs again
        return


def _what_is_read(arguments: Sequence[str]) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """The project's folder; the folders under it read whole whatever their names (evidence/, the theme's
    custom_dir); and the files outside it that mkdocs.yml INHERITs. None when the project's settings cannot be
    read (a check that ended in a usage error is not kept anyway)."""
    from ..reading.settings import SettingsError, inherited_files, load_settings, plugins_from_the_environment
    from .command_line import find_project, parsed

    try:
        settings = load_settings(find_project(parsed(arguments).directory))
    except (SettingsError, OSError, ValueError, SystemExit):
        return None
    root = str(settings.root)
    config = settings.config_file
    inherited = [named for named, _, _ in inherited_files(config)]
    if None in inherited or plugins_from_the_environment(config):  # a file mkdocs.yml names as it is read: unknown
        return None
    files = [str(settings.framework), *([str(config)] if config else []), *map(str, inherited)]
    whole = [str(settings.docs_dir), *([str(settings.custom_dir)] if settings.custom_dir else [])]
    return root, tuple(whole), tuple(sorted({os.path.abspath(file) for file in files}))


def _fingerprint(arguments: Sequence[str], root: str, whole: Sequence[str], files: Sequence[str]) -> tuple[str, int]:
    """Everything the check's answer depends on, as text; and the latest time of change in it (nanoseconds)."""
    lines = [
        _FORMAT,
        sys.version,
        sys.executable,
        os.getcwd(),
        "\0".join(arguments),
        repr(sorted(os.environ.items())),
        repr([os.isatty(number) for number in (1, 2)]),
        time.strftime("%Y-%m-%d"),
    ]
    newest = [0]
    for folder in sys.path:
        _stat_line(folder or ".", lines, newest)
    _walk(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), lines, newest, _compiled, None)
    for path in (*files, *whole):
        if _stat_line(path, lines, newest) and not _inside(path, root):  # read from outside the project
            _walk(path, lines, newest, _compiled, path)

    def not_read(path: str, name: str) -> bool:
        return _not_read(path, name, whole)

    _walk(root, lines, newest, not_read, os.path.realpath(root))
    return "\n".join(lines), newest[0]


def _stat_line(path: str, lines: list[str], newest: list[int]) -> bool:
    """Add `path`'s line; whether it is a folder."""
    try:
        status = os.stat(path)
    except OSError as exc:
        lines.append(f"{path}\0{exc.errno}")
        return False
    _add(path, status, lines, newest)
    return stat.S_ISDIR(status.st_mode)


def _add(path: str, status: os.stat_result, lines: list[str], newest: list[int]) -> None:
    lines.append(
        f"{path}\0{status.st_mode}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{status.st_ino}"
    )
    newest[0] = max(newest[0], status.st_mtime_ns, status.st_ctime_ns)


def _walk(
    folder: str,
    lines: list[str],
    newest: list[int],
    not_read: Callable[[str, str], bool],
    within: str | None,
    seen: frozenset[tuple[int, int]] = frozenset(),
) -> None:
    """A line for each file and folder under `folder`, following links as a check does, but those to folders
    outside `within` (the project: a check refuses them), which are only listed; as are the folders a check does
    not read (`not_read(path, name)`)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        lines.append(f"{folder}/\0{exc.errno}")
        return
    for entry in entries:
        try:
            status = entry.stat()
            link = os.readlink(entry.path) if entry.is_symlink() else None
        except OSError as exc:  # a link to nothing
            lines.append(f"{entry.path}\0{exc.errno}")
            continue
        _add(entry.path if link is None else f"{entry.path}\0{link}", status, lines, newest)
        if not stat.S_ISDIR(status.st_mode) or (status.st_dev, status.st_ino) in seen:
            continue  # (a link to a folder above it is followed once)
        outside = link is not None and within is not None and not _inside(os.path.realpath(entry.path), within)
        if outside or not_read(entry.path, entry.name):
            _list(entry.path, lines, newest)
        else:
            _walk(entry.path, lines, newest, not_read, within, seen | {(status.st_dev, status.st_ino)})


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _list(folder: str, lines: list[str], newest: list[int]) -> None:
    """A line for each file and folder just inside `folder`."""
    try:
        for entry in sorted(os.scandir(folder), key=lambda entry: entry.name):
            _stat_line(entry.path, lines, newest)
    except OSError as exc:
        lines.append(f"{folder}/\0{exc.errno}")


def _compiled(path: str, name: str) -> bool:
    """Python's compiled copies of this package's modules, written as they are imported, which change nothing."""
    return name == "__pycache__"


def _not_read(path: str, name: str, whole: Sequence[str]) -> bool:
    """Whether a check never reads inside this folder: one that holds other programs' files or a built site, and
    neither is, holds nor lies inside evidence/ or the theme's custom_dir (`whole`), nor is named as evidence/ is
    but for its capitals (which a check looks through for items saved where MkDocs never reads them)."""
    if not (name in _NOT_READ or name.startswith("site-") or os.path.exists(os.path.join(path, "pyvenv.cfg"))):
        return False
    return not any(
        os.path.commonpath((path, kept)) in (path, kept) or name.lower() == os.path.basename(kept).lower()
        for kept in whole
    )


class _Copied(io.TextIOBase):
    """A stream that keeps a copy of what is written to it, numbered as the stream is (1 stdout, 2 stderr)."""

    def __init__(self, stream: TextIO, number: int, printed: list[tuple[int, str]]) -> None:
        super().__init__()
        self.stream, self.number, self.printed = stream, number, printed
        self.failed = False

    def write(self, text: str) -> int:
        try:
            written = self.stream.write(text)
        except BaseException:  # what was printed is not what a check would print again
            self.failed = True
            raise
        self.printed.append((self.number, text))
        return written

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BaseException:
            self.failed = True
            raise

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return self.stream.errors
