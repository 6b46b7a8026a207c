"""`portfolio init DIR`: start a portfolio repository in a new or empty folder.

Everything it writes comes from the package: `starter/project/` holds the files of a new portfolio as they are
written, but for a few placeholders (`@@site_name:yaml@@`, `@@version@@`...), and `starter/frameworks/` the
frameworks it can start from. CONTRIBUTING.md's generated parts (its templates, its tables of messages) are written
for the chosen framework, and `schemas/framework.schema.json` from the validator's schema.

The repository of the tools keeps its own copies of some starter files (its workflows, pull-request template,
CONTRIBUTING.md and zensical.toml): they are made from the starter, never edited by hand.
`python -m evidence_portfolio.commands.init [--check] ROOT` rewrites them (or says which are out of date), and a
test fails while one is.

Exit codes: 0 written, 1 the framework file has errors, 2 a usage problem (a folder that is not empty, a framework
that does not exist, an option that cannot be used).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import shlex
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from urllib.parse import urlsplit

from ..model.framework import Framework
from ..model.guide_examples import example_values
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import one_line, suggest
from ..reading.framework_file import load_framework
from ..reading.settings import MKDOCS_NAMES, SettingsError, load_settings
from .docs import regenerate
from .errors import EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, UsageError
from .framework_import import check_command_line, count, scalar, site_settings_given
from .framework_rows import SEED_SCALE
from .framework_sheet import CSV_SUFFIXES, DOCUMENTS, FROM_A_DOCUMENT, OTHER_SHEETS, XLSX_SUFFIXES
from .new import Asker
from .schema import framework_schema

STARTER = Path(__file__).parent.parent / "starter"
PROJECT = STARTER / "project"
"""The files of a new portfolio, by their path in it."""
FRAMEWORKS = STARTER / "frameworks"
"""The frameworks a portfolio can start from, by name (the file's name without .yml)."""

PACKAGE = "evidence-portfolio"
GITIGNORE = ".gitignore"
DEFAULT_NAME = "Evidence portfolio"
DEFAULT_FRAMEWORK = "blank"
SITE_URL_HINT = "# site_url: https://your-organisation.github.io/your-repository/   # where the site is published"
"""The line of the starter's mkdocs.yml that --site-url replaces."""

_PLACEHOLDER = lazy_pattern(r"@@(?P<name>[a-z_]+)(?::(?P<form>yaml|toml))?@@")
_CONTROL = lazy_pattern(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


# ---------------------------------------------------------------------------------------------------- options


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of `portfolio init`."""
    parser.description = (
        "Write a complete portfolio repository: mkdocs.yml, framework.yml, evidence/, the GitHub workflows, "
        "CONTRIBUTING.md and the rest. Run in a terminal without options, it asks for the site's name and the "
        "framework."
    )
    parser.add_argument(
        "directory", nargs="?", default=Path("."), type=Path, metavar="DIR", help="a new or empty folder (default: .)"
    )
    parser.add_argument(
        "--framework",
        metavar="FILE|NAME",
        help=f"a framework file, or one shipped with the tools: {', '.join(shipped_frameworks())} "
        f"(default: asked at a terminal, else {DEFAULT_FRAMEWORK})",
    )
    parser.add_argument("--name", help='the site\'s name, such as "Riverside Leisure Trust evidence portfolio"')
    parser.add_argument(
        "--site-url", metavar="URL", help="the address it will be published at, such as https://ORG.github.io/REPO/"
    )


def run(args: argparse.Namespace) -> int:
    """Run `portfolio init`; the exit code."""
    try:
        return init(args, Asker(sys.stdin.isatty()))
    except UsageError as exc:
        print(f"portfolio init: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE


# ---------------------------------------------------------------------------------------------- the starter


def shipped_frameworks() -> dict[str, Path]:
    """The frameworks the package ships, by name."""
    return {path.stem: path for path in sorted(FRAMEWORKS.glob("*.yml"))}


def starter_files() -> dict[str, str]:
    """The starter's project files, by their path in a new portfolio, placeholders unfilled."""
    return {
        path.relative_to(PROJECT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted(PROJECT.rglob("*"))
        if path.is_file()
    }


def fill(text: str, values: Mapping[str, str]) -> str:
    """`text` with each placeholder replaced: `@@name@@` by the value as it is, `@@name:yaml@@` as a YAML scalar,
    `@@name:toml@@` as a TOML string."""

    def value(match: re.Match[str]) -> str:
        text = values[match["name"]]
        if match["form"] == "yaml":
            return scalar(text)
        return json.dumps(text, ensure_ascii=False) if match["form"] == "toml" else text

    return _PLACEHOLDER.sub(value, text)


@dataclass(frozen=True)
class Start:
    """What a new portfolio is made of, besides the starter's files."""

    framework: Framework
    framework_text: str
    site_url: str | None = None


def package_values(name: str) -> dict[str, str]:
    """The values of the placeholders: the site's name, and the installed package's version and address."""
    try:
        meta = metadata.metadata(PACKAGE)
    except metadata.PackageNotFoundError:
        raise UsageError(f"the {PACKAGE} package is not installed, so its version is unknown; install it") from None
    urls = dict(entry.split(", ", 1) for entry in meta.get_all("Project-URL") or () if ", " in entry)
    if "Repository" not in urls:
        raise UsageError(f"the {PACKAGE} package's metadata names no Repository address; reinstall it")
    return {"site_name": name, "version": meta["Version"], "repository": urls["Repository"]}


def project_files(start: Start, values: Mapping[str, str]) -> dict[str, str]:
    """Every file of the new portfolio, by its path in it."""
    values = {**values, **example_values(start.framework)}
    files = {path: fill(text, values) for path, text in starter_files().items()}
    files["framework.yml"] = start.framework_text
    files["CONTRIBUTING.md"] = regenerate(files["CONTRIBUTING.md"], start.framework)
    files["schemas/framework.schema.json"] = json.dumps(framework_schema(), indent=2, ensure_ascii=False) + "\n"
    if start.site_url:
        assert SITE_URL_HINT in files["mkdocs.yml"], "the starter's mkdocs.yml has lost its site_url line"
        files["mkdocs.yml"] = files["mkdocs.yml"].replace(SITE_URL_HINT, f"site_url: {scalar(start.site_url)}")
    return dict(sorted(files.items()))


# ----------------------------------------------------------------------------------------------------- init


def init(args: argparse.Namespace, ask: Asker) -> int:
    folder: Path = args.directory
    _check_folder(folder)
    site_url = _site_url(args.site_url) if args.site_url is not None else None
    name = _given(args.name, "--name", _name_problem)
    choice = _given(args.framework, "--framework", _framework_problem)
    name = name or _ask_name(ask)
    choice = choice or _ask_framework(ask)
    loaded = _framework(choice)
    if loaded is None:
        return EXIT_PROBLEMS
    framework, text = loaded
    files = project_files(Start(framework, text, site_url), package_values(name))
    _refuse_a_gitignore_hiding(folder, files)
    try:
        _write(folder, files)
    except OSError as exc:  # (a folder that may not be written: an outside review, told "[Errno 13] ...")
        where = f" ({exc.filename})" if exc.filename and Path(exc.filename) != folder else ""
        raise UsageError(
            f"cannot write the portfolio into {folder}: {exc.strerror or exc}{where}; check that you may write "
            "there, or name another folder"
        ) from None
    _say_done(folder, name, choice, framework)
    return EXIT_CLEAN


def _ask_name(ask: Asker) -> str:
    if ask.interactive:
        return ask("--name", "Name of the portfolio's website", default=DEFAULT_NAME, check=_name_problem).strip()
    print(
        f'portfolio init: no --name given: the site is called "{DEFAULT_NAME}" (site_name in mkdocs.yml)',
        file=sys.stderr,
    )
    return DEFAULT_NAME


def _ask_framework(ask: Asker) -> str:
    if ask.interactive:
        print("The framework the portfolio is assessed against: one shipped with the tools (blank is a skeleton to")
        print("fill in), or the path of your own framework file.")
        choices = list(shipped_frameworks())
        return ask("--framework", "Framework", choices, default=DEFAULT_FRAMEWORK, check=_framework_problem)
    print(f"portfolio init: no --framework given: starting from {DEFAULT_FRAMEWORK}", file=sys.stderr)
    return DEFAULT_FRAMEWORK


def _check_folder(folder: Path) -> None:
    try:
        _check_folder_there(folder)
    except OSError as exc:  # a name too long for the system, a folder that cannot be read
        raise UsageError(f"{folder} cannot be used ({exc.strerror}); name another folder") from None


def _check_folder_there(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder} is a file; name a new or empty folder to start the portfolio in")
    if folder.is_symlink() and not folder.exists():  # (told "[Errno 17] File exists": an outside review)
        raise UsageError(f"{folder} is a link to a folder that is not there; remove the link, or name another folder")
    holding = _site_holding(folder)
    if holding is not None:
        holder, config = holding
        raise UsageError(
            f"{folder} is inside {holder}, the folder of pages of the site made by {config}, "
            "which would publish the new portfolio's files as pages of its own; start the portfolio in a folder "
            f"outside {holder}"
        )
    if folder.is_dir():
        held = sorted(entry.name for entry in folder.iterdir() if entry.name != ".git" and not _made_by_github(entry))
        if held:
            listed = ", ".join(held[:5]) + (", ..." if len(held) > 5 else "")
            raise UsageError(
                f"{folder} is not empty (it holds {listed}); portfolio init writes a portfolio into a new or empty "
                "folder only (one holding only .git, a licence and the README GitHub writes counts as empty): "
                "name a new folder, or move those files out"
            )


def _made_by_github(entry: Path) -> bool:
    """Whether a file is one GitHub writes into a repository it makes, which `portfolio init` may start in: a
    licence, which is kept, the README of the repository's name and description, which the portfolio's own
    replaces, or a .gitignore from one of its templates, to which the portfolio's lines are added (_write; a
    careless user's review: "Add .gitignore" is a tick-box of GitHub's page)."""
    if entry.name == "README.md":
        return _github_readme(entry)
    if entry.name == GITIGNORE:
        return _plain_file(entry)
    return entry.name.upper().split(".", 1)[0] in ("LICENSE", "LICENCE", "COPYING") and _plain_file(entry)


def _refuse_a_gitignore_hiding(folder: Path, files: Mapping[str, str]) -> None:
    """A .gitignore already there (GitHub's) that leaves out of git a file the portfolio needs (`*.md`, `evidence/`,
    `*.yml`): refused, naming its line, before anything is written (a hostile review: `git add -A` then left every
    item out, without a word). Its patterns are read as git reads them, the last that matches a path deciding (`!`
    takes a path back in: a review of valid portfolios)."""
    import fnmatch

    ignore = folder / GITIGNORE
    if not _plain_file(ignore):
        return
    patterns = []
    for number, line in enumerate(ignore.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        pattern = line.strip()
        if pattern and not pattern.startswith("#"):
            back = pattern.startswith("!")
            pattern = pattern.removeprefix("!")
            patterns.append((number, line.strip(), back, pattern.endswith("/"), "/" in pattern.rstrip("/"), pattern))
    folders = {str(parent) for path in files for parent in Path(path).parents if str(parent) != "."}
    for path in sorted({*files, *folders}):
        hidden = None
        for number, written, back, folders_only, anchored, pattern in patterns:
            named = path if anchored else path.rsplit("/", 1)[-1]
            if not (folders_only and path in files) and fnmatch.fnmatchcase(named, pattern.strip("/")):
                hidden = None if back else (number, written)
        if hidden is not None:
            raise UsageError(
                f'{ignore}:{hidden[0]}: "{hidden[1]}" would leave {path} out of git, and the portfolio needs it; '
                "delete that line of .gitignore, then run portfolio init again"
            )


def _plain_file(path: Path) -> bool:
    """Not a link, a folder, nor a pipe that a read would wait on."""
    return path.is_file() and not path.is_symlink()


def _github_readme(path: Path) -> bool:
    """Whether a README.md is the one GitHub writes: a file of a heading of the repository's name (one word, as
    GitHub makes it: "# Shire portfolio" is someone's own, which was replaced without a word: a new organisation's
    review), and its description."""
    if not _plain_file(path):
        return False
    try:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError):
        return False
    return 1 <= len(lines) <= 2 and _REPOSITORY_HEADING.fullmatch(lines[0].rstrip()) is not None


_REPOSITORY_HEADING = lazy_pattern(r"# [A-Za-z0-9._-]+")
"""The heading of a README GitHub writes: the repository's name, of the characters GitHub keeps in one."""


def _site_holding(folder: Path) -> tuple[Path, Path] | None:
    """The docs folder of another MkDocs site (its `docs_dir`, read from its mkdocs.yml, or `docs`) that `folder`
    would be inside, such as another portfolio's evidence/, with that mkdocs.yml."""
    target = folder.resolve()
    for above in target.parents:
        for name in MKDOCS_NAMES:
            try:
                text = (above / name).read_text(encoding="utf-8-sig", errors="replace")
            except OSError:
                continue
            written = _DOCS_DIR.search(text)
            docs = (above / (written["folder"] if written else "docs")).resolve()
            if target == docs or docs in target.parents:
                return docs, above / name
    return None


_DOCS_DIR = lazy_pattern(r"""^docs_dir:[ \t]*(?P<quote>["']?)(?P<folder>[^"'#\r\n]+?)(?P=quote)[ \t]*(?:#.*)?$""", re.M)
"""`docs_dir: evidence` in mkdocs.yml (quoted or not, a comment after it)."""


def _site_url(url: str) -> str:
    address = urlsplit(url.strip())
    if address.scheme not in ("http", "https") or not address.netloc or _CONTROL.search(url):
        raise UsageError(
            f'--site-url "{url}" is not a web address; give the full address the site will be published at, such '
            "as https://your-organisation.github.io/portfolio/"
        )
    repository = _REPOSITORY_ADDRESS.fullmatch(f"{address.netloc.lower()}{address.path}".rstrip("/"))
    if repository:  # the address bar of the repository's page, copied (a new organisation's review: accepted)
        owner, name = repository["owner"].lower(), repository["name"].removesuffix(".git")
        # (a repository's path keeps its capitals on GitHub Pages; one named OWNER.github.io is the owner's site)
        pages = f"https://{owner}.github.io/" + ("" if name.lower() == f"{owner}.github.io" else f"{name}/")
        raise UsageError(
            f'--site-url "{url}" is the repository\'s page on GitHub, not the address of the site; GitHub Pages '
            f"publishes it at {pages} (Settings, then Pages, says so once it is on)"
        )
    return url.strip()


_REPOSITORY_ADDRESS = lazy_pattern(r"(?:www\.)?github\.com/(?P<owner>[^/]+)/(?P<name>[^/]+)(?:/.*)?")
"""The address of a repository's page on GitHub (or a page in it)."""


def _given(value: str | None, option: str, check: Callable[[str], str | None]) -> str | None:
    if value is not None and (problem := check(value)):
        raise UsageError(f"{option}: {problem}")
    return value.strip() if value is not None else None


def _name_problem(answer: str) -> str | None:
    if not answer.strip():
        return "the name is empty"
    return "the name must be one line of text, with no control characters" if _CONTROL.search(answer) else None


_THEN = "name framework.yml as the framework (--framework framework.yml, or at the question Framework)"
"""What to do with the framework file made: said to the option and to the question alike."""


def _framework_problem(answer: str) -> str | None:
    shipped = shipped_frameworks()
    suffix = Path(answer).suffix.lower()
    if suffix in DOCUMENTS and suffix != ".txt":  # a framework file saved by Notepad may end in .txt
        return f'"{answer}" is a document, not a framework file. {FROM_A_DOCUMENT}. {_THEN[0].upper()}{_THEN[1:]}'
    if suffix in CSV_SUFFIXES + XLSX_SUFFIXES + OTHER_SHEETS:
        return (
            f'"{answer}" is a spreadsheet: turn it into a framework file first with '
            f"portfolio framework import {as_typed(answer)} -o framework.yml "
            '(add --scale "Weak,Sound,Strong", your rating levels lowest first, to the import: without it, it writes '
            f"Quest's, {SEED_SCALE.replace(',', ', ')}), then {_THEN}"
        )
    if suffix == ".txt" and Path(answer).is_file() and not _KEY_FIRST.match(_first_line(Path(answer))):
        # the framework's text, copied into Notepad (a new organisation's review: told of 56 lines of YAML)
        return (
            f'"{answer}" is a text document, not a framework file (its first line is no "key: value" line, as '
            f"framework.yml's are). {FROM_A_DOCUMENT}. {_THEN[0].upper()}{_THEN[1:]}"
        )
    if Path(answer).is_file() and (said := site_settings_given(Path(answer))):
        return f"{said}; give the framework file, such as framework.yml, or the name of one shipped with the tools"
    if answer in shipped or Path(answer).is_file():
        return None
    if Path(answer).exists():
        return f'"{answer}" is not a file'
    starting = [name for name in shipped if name.startswith(answer.lower())]
    hint = f'; did you mean "{starting[0]}"?' if len(starting) == 1 else suggest(answer, shipped, "frameworks")
    return f'there is no file "{answer}" and no framework of that name shipped with the tools{hint}'


_KEY_FIRST = lazy_pattern(r"\ufeff?(?:---[ \t]*$|[A-Za-z_][A-Za-z0-9_ -]*:(?:[ \t]|$))")
"""The first line of a framework file: a key and its colon (or the "---" a YAML document may start with)."""


def _first_line(path: Path) -> str:
    """The first line of a file that is neither blank nor a comment ("" where it cannot be read)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as text:
            return next((line for line in text if line.strip() and not line.lstrip().startswith("#")), "")
    except OSError:
        return ""


def _framework(choice: str) -> tuple[Framework, str] | None:
    """The framework chosen, with its text as it will be written; None (its problems printed) if it has errors."""
    own = Path(choice).is_file()
    path = Path(choice) if own else shipped_frameworks()[choice]
    display = choice if own else f"{path.name} (shipped with the tools)"
    framework, problems = load_framework(path, display)  # a file that cannot be read is one of its problems
    for problem in problems:
        print(problem, file=sys.stderr)
    if framework is None or problems.errors:
        print(f"portfolio init: {display} has errors (above); nothing written", file=sys.stderr)
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:  # changed since it was read
        raise UsageError(f"{choice} cannot be read ({exc})") from None
    if problems:
        print(
            f"portfolio init: {display} has warnings (above): `portfolio check --strict` fails until they are fixed",
            file=sys.stderr,
        )
    if (
        own
    ):  # its header, as `framework import` wrote it, names the file it was written to: the portfolio's is framework.yml
        text = text.replace(f"`{check_command_line(path.name)}`", f"`{check_command_line('framework.yml')}`")
    return framework, text if text.endswith("\n") else text + "\n"


def _write(folder: Path, files: Mapping[str, str]) -> None:
    readme = folder / "README.md"
    if _github_readme(readme):  # (the folder was checked a moment ago: the README GitHub writes, replaced)
        readme.unlink()
    for path, text in files.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if path == GITIGNORE and _plain_file(target):  # GitHub's, from a template: the portfolio's lines added
            held = target.read_text(encoding="utf-8", errors="replace")
            added = [line for line in text.splitlines() if line.startswith("#") or line not in held.splitlines()]
            text = held.rstrip("\n") + "\n\n" + "\n".join(added) + "\n"
            target.write_text(text, encoding="utf-8")
            continue
        with target.open("xb") as out:  # never replaces a file (the folder was empty a moment ago)
            out.write(text.encode("utf-8"))


def _here(folder: Path) -> bool:
    """Whether the folder is the one the command runs in (`portfolio init .`): no `cd` to it."""
    try:
        return folder.resolve() == Path.cwd().resolve()
    except OSError:
        return False


def _say_done(folder: Path, name: str, choice: str, framework: Framework) -> None:
    """What was made, counted as `portfolio framework check` counts it (the sections of the framework), with the
    challenges' sections to cover."""
    to_cover = sum(len(challenge.sections) for challenge in framework.challenges)
    print(
        f'Started the portfolio "{name}" in {folder}, assessed against {framework.title} ({choice}: '
        f"{count(len(framework.challenges), 'challenge')}, {count(len(framework.sections), 'section')}, "
        f"{count(to_cover, 'challenge section')} to cover).\n"
        "Next:\n"
        + ("" if _here(folder) else f"  cd {as_typed(str(folder))}\n")  # not `cd .` (a new organisation's review)
        + "  python -m pip install -r requirements.txt    # in the Python environment the tools are in\n"
        "  portfolio serve    # every item, at http://127.0.0.1:8000\n"
        '  git init && git add -A && git commit -m "Start the portfolio" && git branch -M main\n'
        "(the workflows publish what reaches the branch main; `git branch -M main` names yours so, in a folder that "
        "was a repository already too)\n"
        "Then make a private GitHub repository, turn on its Pages (Settings -> Pages -> Source: GitHub Actions), and "
        "push: README.md says more."
    )


# ---------------------------------------------------------------------------- the repository's own copies


FROM_CHECKOUT = {
    "      # The version of the portfolio tools pinned in requirements.txt.": (
        "      # This repository is the package itself: it is installed from the checkout."
    ),
    "        run: python -m pip install -r requirements.txt": "        run: python -m pip install -e '.[pdf]'",
    "          cache-dependency-path: requirements.txt": "          cache-dependency-path: pyproject.toml",
    "python3 -m pip install -r requirements.txt\n": "python3 -m pip install -e .\n",
}
"""How the repository's own copies differ from a portfolio's: they install the tools from the checkout."""


def _from_checkout(text: str, name: str) -> str:
    replaced = 0
    for line, replacement in FROM_CHECKOUT.items():
        replaced += text.count(line)
        text = text.replace(line, replacement)
    assert replaced, f"the starter's {name} no longer installs the tools by requirements.txt"
    return text


FROM_STARTER = (".github/workflows/pull-request.yml", ".github/workflows/publish.yml", "CONTRIBUTING.md")
"""The starter's files that install the tools, which the repository's copies do from the checkout."""


def repository_copies(root: Path) -> dict[str, str]:
    """The repository's own copies of starter files, by path, as they must read: its workflows (installing the
    tools from the checkout), its pull-request template, CONTRIBUTING.md (its generated parts for the sample's
    framework.yml) and zensical.toml (with the site's name from mkdocs.yml). The sample's framework.yml is the shipped
    quest-partnerships with metrics of its own (tests/test_init.py compares their challenges)."""
    framework, problems = load_framework(root / "framework.yml", "framework.yml")
    if framework is None:
        raise UsageError("the sample's framework.yml has errors:\n" + "\n".join(map(str, problems)))
    try:
        site_name = load_settings(root).site_name
    except SettingsError as exc:
        raise UsageError(str(exc)) from None
    starter = {
        path: _from_checkout(text, path) if path in FROM_STARTER else text for path, text in starter_files().items()
    }
    return {
        ".github/workflows/pull-request.yml": starter[".github/workflows/pull-request.yml"],
        ".github/workflows/publish.yml": starter[".github/workflows/publish.yml"],
        ".github/pull_request_template.md": fill(
            starter[".github/pull_request_template.md"], example_values(framework)
        ),
        "CONTRIBUTING.md": regenerate(fill(starter["CONTRIBUTING.md"], example_values(framework)), framework),
        "zensical.toml": fill(starter["zensical.toml"], {"site_name": site_name}),
    }


def stale_copies(root: Path) -> dict[str, str]:
    """The repository's copies that differ from what the starter makes, each with a diff of the difference."""
    stale = {}
    for path, expected in repository_copies(root).items():
        target = root / path
        actual = target.read_text(encoding="utf-8") if target.is_file() else ""
        if actual != expected:
            lines = difflib.unified_diff(
                actual.splitlines(keepends=True), expected.splitlines(keepends=True), path, f"{path} (from starter)"
            )
            stale[path] = "".join(lines)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m evidence_portfolio.commands.init",
        description="Rewrite the repository's own copies of the starter's files (workflows, pull-request template, "
        "CONTRIBUTING.md, zensical.toml) from plugins/evidence_portfolio/starter/, where they are "
        "edited.",
    )
    parser.add_argument("root", nargs="?", default=Path("."), type=Path, help="the repository (default: .)")
    parser.add_argument("--check", action="store_true", help="only say which copies are out of date")
    args = parser.parse_args(argv)
    stale = stale_copies(args.root)
    if args.check:
        for diff in stale.values():
            sys.stdout.write(diff)
    else:
        for path, text in repository_copies(args.root).items():
            if path in stale:
                (args.root / path).write_bytes(text.encode("utf-8"))
    if stale:
        print(("out of date: " if args.check else "rewrote: ") + ", ".join(stale), file=sys.stderr)
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())


def as_typed(path: str) -> str:
    """A path as it is typed in a terminal: as it is where it needs no quotes, in double quotes where they keep it
    whole in every shell (Linux's and Mac's, Windows' Command Prompt and PowerShell: `'Siân'"'"'s Portfolio'`, as
    a POSIX shell quotes an apostrophe, was unreadable and wrong on Windows, a staff review), else as a POSIX shell
    quotes it."""
    quoted = shlex.quote(path)
    if quoted == path or any(mark in path for mark in '"$`\\!%'):
        return quoted
    return f'"{path}"'
