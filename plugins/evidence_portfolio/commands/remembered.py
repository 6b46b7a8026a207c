"""`portfolio check` remembered: the answer of a check (what it printed, and its exit status), given again without
reading the project while nothing the answer depends on has changed.

That is the check's arguments and the folder it runs in, and where each leads; the environment, whole
(PORTFOLIO_AUDIENCE, a variable mkdocs.yml reads with `!ENV`); the day (how old an item is); whether it prints to a
terminal; the user, and the groups and privileges by which files may be read; Python, its options, and what it
imports: what is just inside each folder packages are installed into (and each package's entry points), each file
and package folder of the modules the check imported (a plugin, an extension, MkDocs, Material), the modules of
Markdown, of MkDocs and of each package mkdocs.yml names, imported or not (a check looks into them, and its worker
processes import what the first may not), the folders of the theme's templates, the modules and packages of any
other folder Python imports from (a folder on PYTHONPATH, the folder `python -m` runs in), and this package's own
files; every file and folder in the project's folder, but .git, each with its size, times of change, inode and
device, by which git's index tells a changed file from an unchanged one. What is kept is a digest of all that (no
variable's value is written down).

An answer is kept only for a project whose files a check reads are all in the fingerprint, and only when the check
ran to its end (exit 0 or 1) and printed all it had to say. Not kept, so checked afresh every time:
- a project with a symbolic link in it: a link may lead anywhere;
- a project whose mkdocs.yml (or a file it INHERITs) names anything outside the project (`../shared`, an absolute
  path, `~/`, an `!ENV` variable's value that does), INHERITs a file an `!ENV` variable names, or has a value made
  as it is read by a Python tag (but for a function's name, `!!python/name:`): a check reads or looks for what they
  name, in folders the fingerprint does not hold; and one holding another file of settings that INHERITs, through
  a file outside the project or one an `!ENV` variable names (a check reads whether it INHERITs mkdocs.yml);
- a project of more than `_MOST_ENTRIES` files and folders;
- a check run from outside the project's folder: a value of mkdocs.yml may name a file from there (pymdownx.snippets'
  `base_path`, which is `.` where it is not written), and the check looks at the folders above it;
- a check any of whose files changed in the seconds before it began, or while it ran: a change in the same instant
  as the check read the file would leave its times as they were (git's "racy" files).

As with git's index, a file changed without a change of its times is not seen: written through a memory map of it
before it is written back, or on a network file system that gives its times from a cache. Nor is a file that is
not a module, changed by hand where its package is installed (Material's mkdocs_theme.yml): what pip changes as it
installs, upgrades or removes a package is seen.

Answers are kept where the user's caches are (`$XDG_CACHE_HOME`, else ~/.cache), never in the project, in
evidence-portfolio/checks/: readable by that user alone, read only when that user owns them, they are files (not
a link, nor a named pipe) and their checksum holds, in a folder that user owns and no one else may write to (within
one the user owns, neither a link), and the last `_KEPT` of them. `--no-cache` neither gives nor keeps one.

This module imports little but what Python has loaded as it starts, so that a check answered from memory takes
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

try:  # hashlib's own BLAKE2, without the 4 ms hashlib takes to load OpenSSL's digests
    from _blake2 import blake2b
except ImportError:  # (a Python built without it)
    from hashlib import blake2b

TYPE_CHECKING = False  # as typing's, which takes a few milliseconds to import
if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from typing import TextIO

    import yaml

    Read = tuple[str, tuple[str, ...], tuple[str, ...], tuple[str, ...]]
    """What a check read (see _project)."""
    _Before = tuple[Read, bytes, int]
    """What the last check read, its fingerprint as this check begins, and the latest time of change in it."""

_FORMAT = "evidence-portfolio check 4"
"""Names the way an answer is kept; changed when that changes, so that an answer kept another way is not read."""
_KEPT = 32
"""How many answers are kept (the most recent): one for each project and way of checking it a user has in use."""
_RACY_NS = 3_000_000_000
"""A file changed this recently (nanoseconds) before the check began may change again unseen: see the docstring."""
_MOST_ENTRIES = 100_000
"""The most files and folders a fingerprint looks at: a project holding more (a whole disk) is checked afresh."""
_NO_CACHE = "--no-cache"
_STANDARD = {os.path.dirname(os.__file__), os.path.realpath(os.path.dirname(os.__file__))}
"""The standard library's folder, as Python names it and without links."""


class _NotKept(Exception):
    """The project is not one whose answer can be kept (see the docstring)."""


def checked(arguments: Sequence[str], run: Callable[[Sequence[str]], int]) -> int:
    """`portfolio check ARGUMENTS`: its remembered answer, given again, when there is one that still holds; else
    `run(arguments)`, its answer kept for next time when it can be."""
    # argparse takes any start of an option's name for the option (`--n` is --no-cache); a stream closed before
    # the command started (`>&-`) is said by the check itself
    if any(argument.startswith("--n") and _NO_CACHE.startswith(argument) for argument in arguments) or not (
        sys.stdout and sys.stderr
    ):
        return run(arguments)
    try:
        where = _answer_file(arguments)
        day = time.strftime("%Y-%m-%d")
        recalled = _recalled(where, arguments, day)
    except OSError:  # (the folder it runs in is gone): the check says what it makes of that
        return run(arguments)
    if isinstance(recalled, int):
        return recalled
    started = time.time_ns()
    printed: list[tuple[int, str]] = []
    streams = sys.stdout, sys.stderr
    copies = _Copied(sys.stdout, 1, printed), _Copied(sys.stderr, 2, printed)
    sys.stdout, sys.stderr = copies
    try:
        code = run(arguments)
    finally:
        sys.stdout, sys.stderr = streams
    if code in (0, 1) and not any(copy.failed for copy in copies) and time.strftime("%Y-%m-%d") == day:
        _keep(where, arguments, day, code, printed, started, recalled)
    return code


def _answer_file(arguments: Sequence[str]) -> str | None:
    """Where the answer of this check, run here, is kept; None when the user has no folder for caches."""
    folder = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    if not os.path.isabs(folder):
        return None
    name = zlib.crc32("\0".join((sys.executable, os.getcwd(), *arguments)).encode("utf-8", "surrogateescape"))
    return os.path.join(folder, "evidence-portfolio", "checks", f"{name:08x}")


def _recalled(where: str | None, arguments: Sequence[str], day: str) -> int | _Before | None:
    """The exit status of the remembered answer, printed again, when there is one and it still holds; else the
    fingerprint, as the check begins, of what the last check read (which keeping this check's answer may use)."""
    if where is None or not _own_folder(os.path.dirname(where)):
        return None
    try:  # (not through a link, nor waiting on a named pipe another user put there)
        with open(os.open(where, os.O_RDONLY | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode) or not _own(status):  # kept by someone else
                return None
            kept = file.read()
        checksum, content = kept[:32], kept[32:]
        if blake2b(content, digest_size=32).digest() != checksum:
            return None
        form, read, fingerprint, code, printed = marshal.loads(content)
        if form != _FORMAT or code not in (0, 1) or not _printable(printed):
            return None
        now, newest = _fingerprint(arguments, day, *read)
        if now != fingerprint:
            return read, now, newest
    except (OSError, EOFError, ValueError, TypeError, _NotKept):  # none kept, or kept by another version of Python
        return None
    streams = {1: sys.stdout, 2: sys.stderr}
    try:
        for number, text in printed:
            streams[number].write(text)
    except BrokenPipeError:  # the reader stopped early (`| head`): the verdict stands, as a check's own
        pass
    except OSError:  # the answer cannot be printed (a full disk): the check itself says so, as it does
        return None
    return int(code)


def _keep(
    where: str | None,
    arguments: Sequence[str],
    day: str,
    code: int,
    printed: list[tuple[int, str]],
    started: int,
    before: _Before | None,
) -> None:
    """Keep the answer of a check that just ran, unless something it depends on changed in the seconds before it
    began. Its fingerprint is the one taken as it began (`before`), when the last check read what this one did:
    a file changed while it ran has a later time of change than that fingerprint holds, so the answer is never
    given again."""
    project = _project(arguments)
    if where is None or project is None or _inside(os.path.realpath(where), project[0]):
        return
    try:
        fingerprint, newest = before[1:] if before and before[0] == project else _fingerprint(arguments, day, *project)
    except (_NotKept, OSError):  # (OSError: a folder that cannot be read as it is looked through)
        return
    if newest >= started - _RACY_NS:
        return
    content = marshal.dumps((_FORMAT, project, fingerprint, code, printed))
    folder = os.path.dirname(where)
    written = f"{where}.{os.getpid()}.{time.time_ns()}"
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        if not _own_folder(folder):
            return
        with open(os.open(written, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as file:
            file.write(blake2b(content, digest_size=32).digest() + content)
        os.replace(written, where)
        kept = sorted(
            (status.st_mtime_ns, entry.path)
            for entry in os.scandir(folder)
            if _answer_name(entry.name)
            and stat.S_ISREG((status := entry.stat(follow_symlinks=False)).st_mode)
            and _own(status)
        )
        for _, older in kept[:-_KEPT]:
            os.remove(older)
    except OSError:  # a cache that cannot be written (a read-only home): the next check runs again
        if os.path.lexists(written):
            os.remove(written)


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _own(status: os.stat_result) -> bool:
    """Whether a file or folder is the user's (on a system of users)."""
    return not hasattr(os, "getuid") or status.st_uid == os.getuid()


def _own_folder(folder: str) -> bool:
    """Whether the folder of answers and the one holding it are the user's and not links, and the folder of answers
    written by no one else (a cache in a folder others may write to, `/tmp/x`: another user's link there had a check
    delete their files, a named pipe made it wait for ever: a review); the one holding it made as the user's umask
    makes folders (002 on some systems: a review found no answer kept there). Missing, it is not: nothing is read
    from it."""
    for path in (folder, os.path.dirname(folder)):
        try:
            status = os.lstat(path)
        except OSError:
            return False
        if not stat.S_ISDIR(status.st_mode) or not _own(status) or (path == folder and status.st_mode & 0o022):
            return False
    return True


def _answer_name(name: str) -> bool:
    """Whether a name is an answer's (eight hex digits, _answer_file) or one being written (and a suffix)."""
    head = name[:8]
    return len(head) == 8 and all(c in "0123456789abcdef" for c in head) and (len(name) == 8 or name[8] == ".")


def _printable(printed: object) -> bool:
    """Whether what an answer kept to print is as a check keeps it: (stream, text) pairs, 1 or 2 and a text."""
    return isinstance(printed, list) and all(
        isinstance(entry, tuple) and len(entry) == 2 and entry[0] in (1, 2) and isinstance(entry[1], str)
        for entry in printed
    )


def _project(arguments: Sequence[str]) -> Read | None:
    """What a check that just ran read, when its answer can be kept (see the docstring): the project's folder; the
    files and folders of the modules it imported (but the standard library's and the project's: a plugin, an
    extension, MkDocs, Material); the theme's folders; and the packages it may look into (see _libraries), of the
    values of its mkdocs.yml. None when mkdocs.yml names something outside the project, or the check runs outside
    it."""
    import yaml

    from ..reading.settings import SettingsError, inherited_files, inheriting_configurations, load_settings
    from .command_line import find_project, parsed

    try:
        settings = load_settings(find_project(parsed(arguments).directory))
        config = settings.config_file
        root = str(settings.root)
        if config is None or not _inside(os.path.realpath(os.getcwd()), os.path.realpath(root)):
            return None
        values: list[str] = []
        for named in (config, *(named for named, _, _ in inherited_files(config))):
            if named is None:
                return None
            node = yaml.compose(named.read_bytes(), Loader=yaml.SafeLoader)
            if _by_environment(node) or _leaves(node, values):
                return None
        for other in inheriting_configurations(settings.root, config, settings.docs_dir):  # (`.ci/public.yml`)
            for named in (other, *(named for named, _, _ in inherited_files(other))):
                if named is None or not _inside(os.path.realpath(named), os.path.realpath(root)):
                    return None
                if _by_environment(yaml.compose(named.read_bytes(), Loader=yaml.SafeLoader)):
                    return None
    except (SettingsError, OSError, ValueError, SystemExit, yaml.YAMLError):
        return None
    packages = _site_packages()
    imported = set()
    for module in list(sys.modules.values()):
        for path in [getattr(module, "__file__", None), *(getattr(module, "__path__", None) or [])]:
            if isinstance(path, str) and not _inside(path, root) and not _standard(path, packages):
                imported.add(path)
    themes = tuple(str(folder) for folder in settings.theme_dirs if not _inside(str(folder), root))
    libraries = {path for path in _libraries(values) if not _inside(path, root) and not _standard(path, packages)}
    return root, tuple(sorted(imported)), themes, tuple(sorted(libraries))


def _libraries(values: Sequence[str]) -> Iterator[str]:
    """Where the packages a check may look into are installed (real paths), imported or not: Markdown's and
    MkDocs' (whose settings it reads from their source), and each that a value of mkdocs.yml names (a theme, a
    plugin, an extension: `pymdownx.superfences`), looked for without importing them, as a check looks for them."""
    import importlib.util

    for name in {"markdown", "mkdocs", *(value.partition(".")[0] for value in values)}:
        try:
            spec = importlib.util.find_spec(name) if name.isidentifier() else None
        except (ImportError, ValueError):
            continue
        if spec is not None:
            found = spec.submodule_search_locations or ([spec.origin] if spec.has_location and spec.origin else [])
            yield from (os.path.realpath(path) for path in found)


def _leaves(node: yaml.Node | None, values: list[str], within: frozenset[int] = frozenset()) -> bool:
    """Whether a YAML document names a path outside the folder it is read from (`../shared`, `/srv`, `~/x`), or
    has a value made as it is read that may (a Python tag but a function's name); its values added to `values`.
    A node within itself (an alias to a mapping or list it is in, `&x [*x]`) may: its answer is not kept (it was a
    traceback)."""
    import yaml

    if node is None:
        return False
    if id(node) in within:
        return True
    if node.tag == "!ENV":  # the variable's value (the environment is in the fingerprint), or the default
        names = [node.value] if isinstance(node, yaml.ScalarNode) else [n.value for n in node.value]
        if not all(isinstance(name, str) for name in names):
            return True
        given = [os.environ[name] for name in names[:-1] if name in os.environ] if len(names) > 1 else []
        value = os.environ.get(names[0], "") if len(names) == 1 else (given or names[-1:])[0]
        values.append(value)
        return _outside(value)
    if node.tag.startswith("tag:yaml.org,2002:python/name:"):  # a function's name, not a path
        return False
    if node.tag.startswith("tag:yaml.org,2002:python/"):
        return True
    if node.tag.startswith("!") and node.tag != "!relative":  # (`!relative $config_dir/x` is a path as any other)
        return True
    if isinstance(node, yaml.ScalarNode):
        if node.value:  # (not an option left empty, `- search:`)
            values.append(str(node.value))
        return _outside(str(node.value))
    children = node.value if isinstance(node, yaml.SequenceNode) else [n for pair in node.value for n in pair]
    return any(_leaves(child, values, within | {id(node)}) for child in children)


def _by_environment(node: yaml.Node | None) -> bool:
    """Whether a document INHERITs a file an environment variable names (`INHERIT: !ENV [BASE, base.yml]`)."""
    import yaml

    return isinstance(node, yaml.MappingNode) and any(
        key.value == "INHERIT" and value.tag == "!ENV" for key, value in node.value if isinstance(key, yaml.ScalarNode)
    )


def _outside(value: str) -> bool:
    """Whether a value of mkdocs.yml, read as a path, leads outside the folder it is read from: not a web address
    (`https://...`), whose scheme comes first (`../shared/a://base.yml` is a path)."""
    parts = value.replace("\\", "/").split("/")
    scheme, address, _ = value.partition("://")
    web = bool(address and scheme[:1].isalpha() and all(c.isalnum() or c in "+.-" for c in scheme))
    return not web and (os.path.isabs(value) or value.startswith(("~", "/")) or ".." in parts)


def _fingerprint(
    arguments: Sequence[str],
    day: str,
    root: str,
    imported: Sequence[str],
    themes: Sequence[str],
    libraries: Sequence[str],
) -> tuple[bytes, int]:
    """A digest of everything the check's answer depends on (see _project for what it read); and the latest time of
    change in it (nanoseconds)."""
    here = os.getcwd()
    header = [
        _FORMAT,
        sys.version,
        sys.executable,
        repr(sys.flags),
        repr(sys.warnoptions),
        here,
        "\0".join(arguments),
        "\0".join(os.path.realpath(argument) for argument in (here, root, *arguments)),
        repr(sorted(os.environ.items())),
        repr([os.isatty(number) for number in (1, 2)]),
        day,
        repr(_who()),
    ]
    lines = ["\n".join(header)]
    newest = [0]
    packages = _site_packages()
    for folder in sys.path:
        if folder and _stat_line(folder, lines, newest) and not _inside(os.path.abspath(folder), root):
            if os.path.realpath(folder) in packages:  # what installing, removing or upgrading a package changes
                for entry in _entries(folder, lines):
                    if _stat_line(entry.path, lines, newest) and entry.name.endswith((".dist-info", ".egg-info")):
                        _stat_line(os.path.join(entry.path, "entry_points.txt"), lines, newest)
            elif not _standard(os.path.realpath(folder), packages):  # (which changes with Python's version)
                _modules(folder, lines, newest, [_MOST_ENTRIES])
    for path in imported:  # edited where it is installed, or a module added to a package
        _stat_line(path, lines, newest)
    for folder in themes:  # a template, a language or an icon added or removed
        _folders(folder, lines, newest, [_MOST_ENTRIES])
    for path in libraries:  # a module edited, added or removed where it is installed, imported or not
        if _stat_line(path, lines, newest):
            _modules(path, lines, newest, [_MOST_ENTRIES])
    _walk(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), lines, newest, [_MOST_ENTRIES])
    _walk(root, lines, newest, [_MOST_ENTRIES], top=root)
    return blake2b("\n".join(lines).encode("utf-8", "surrogateescape")).digest(), newest[0]


def _standard(path: str, packages: set[str]) -> bool:
    """Whether a file or folder is the standard library's, which changes with Python's version (`packages`,
    site-packages, inside its folder, is not). A path found by another way than the folders are (through a link)
    is not: what it names is in the fingerprint, though it need not be."""
    return any(_inside(path, folder) for folder in _STANDARD) and not any(_inside(path, folder) for folder in packages)


def _site_packages() -> set[str]:
    """The folders packages are installed into (the user's too), as Python's site module names them, and as they
    are without links."""
    import site  # (imported as Python starts, unless it is told not to)

    folders = [*getattr(site, "getsitepackages", list)(), getattr(site, "getusersitepackages", str)()]
    return {form for folder in folders if folder for form in (folder, os.path.realpath(folder))}


def _who() -> tuple[object, ...]:
    """The user and groups the check runs as, and its privileges (on Linux): what it may read."""
    if not hasattr(os, "getuid"):
        return ()
    privileges = ""
    try:
        with open("/proc/self/status", "rb") as file:
            privileges = b"".join(line for line in file if line.startswith(b"Cap")).decode()
    except OSError:
        pass
    return os.getuid(), os.geteuid(), os.getgid(), os.getegid(), sorted(os.getgroups()), privileges


def _stat_line(path: str, lines: list[str], newest: list[int]) -> bool:
    """Add `path`'s line; whether it is a folder."""
    status = _status_line(path, lines, newest)
    return status is not None and stat.S_ISDIR(status.st_mode)


def _status_line(path: str, lines: list[str], newest: list[int]) -> os.stat_result | None:
    """Add `path`'s line; its status, None when it is not there."""
    try:
        status = os.stat(path)
    except OSError as exc:
        lines.append(f"{path}\0{exc.errno}")
        return None
    _add(path, status, lines, newest)
    return status


def _add(path: str, status: os.stat_result, lines: list[str], newest: list[int]) -> None:
    lines.append(
        f"{path}\0{status.st_mode}\0{status.st_size}\0{status.st_mtime_ns}\0{status.st_ctime_ns}\0{status.st_ino}"
        f"\0{status.st_dev}"
    )
    newest[0] = max(newest[0], status.st_mtime_ns, status.st_ctime_ns)


def _entries(folder: str, lines: list[str]) -> Iterator[os.DirEntry[str]]:
    try:
        yield from sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        lines.append(f"{folder}/\0{exc.errno}")


def _walk(folder: str, lines: list[str], newest: list[int], left: list[int], top: str | None = None) -> None:
    """A line for each file and folder under `folder`, following links (in the project's, `top`, none may be a
    link, and .git, just inside it, which no check reads and git changes as it works, is left out); more than
    `left` are not kept."""
    for entry in _entries(folder, lines):
        left[0] -= 1
        if left[0] < 0 or (top is not None and entry.is_symlink()):
            raise _NotKept(entry.path)
        if folder == top and entry.name == ".git":
            continue
        try:
            status = entry.stat()
        except OSError as exc:
            lines.append(f"{entry.path}\0{exc.errno}")
            continue
        _add(entry.path, status, lines, newest)
        if stat.S_ISDIR(status.st_mode):
            _walk(entry.path, lines, newest, left, top)


def _folders(folder: str, lines: list[str], newest: list[int], left: list[int]) -> None:
    """A line for each folder under `folder` (whose time of change changes as a file is added or removed). Where the
    file system counts a folder's folders in its links (as `folder`'s own count shows), a folder of two links has
    none and is not listed: Material's icons are some 15,000 files in 25 folders."""
    try:
        with os.scandir(folder) as entries:
            below = sorted(entry.path for entry in entries if entry.is_dir())
        counted = os.stat(folder).st_nlink == 2 + len(below)
    except OSError as exc:
        lines.append(f"{folder}/\0{exc.errno}")
        return
    left[0] -= len(below)
    if left[0] < 0:
        raise _NotKept(folder)
    for path in below:
        status = _status_line(path, lines, newest)
        if status is not None and stat.S_ISDIR(status.st_mode) and not (counted and status.st_nlink == 2):
            _folders(path, lines, newest, left)


def _modules(
    folder: str, lines: list[str], newest: list[int], left: list[int], *, holding_a_module: bool = False
) -> None:
    """A line for each module and folder in `folder`, a folder Python imports from or a package, looking into each
    folder inside that holds a module (a package, or a namespace package's part; `holding_a_module`: nothing
    otherwise); not into a folder of templates, icons or scripts (Material's icons are some 15,000 files), nor into
    the rest of a home folder on `sys.path`."""
    entries = list(_entries(folder, lines))
    if holding_a_module and not any(entry.name.endswith(".py") for entry in entries):
        return
    left[0] -= len(entries)
    if left[0] < 0:
        raise _NotKept(folder)
    for entry in entries:
        try:
            folder_inside = entry.is_dir()
        except OSError:  # a link round to itself (`sub -> .`, /bin/X11), followed until the system says so
            raise _NotKept(entry.path) from None
        if entry.name.endswith(".py") or folder_inside:
            _stat_line(entry.path, lines, newest)
        if folder_inside and entry.name.isidentifier():
            _modules(entry.path, lines, newest, left, holding_a_module=True)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


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
