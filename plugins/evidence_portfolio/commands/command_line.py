"""The `portfolio` command line: its parser, and the commands that read a project (the same pipeline as the MkDocs
plugin, site.assemble) without building the site. `cli` is its entry."""

from __future__ import annotations

import argparse
import os
import re
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from ..mkdocs_engine import MKDOCS
from ..model.problems import Problem, controls_as_spaces, fails_strict, gaps_passed, one_line, suggest
from ..model.vocabulary import ASSESSOR, WIDEST
from ..reading.settings import (
    ENVIRONMENT_AUDIENCE,
    Settings,
    SettingsError,
    chosen_audience,
    config_line,
    config_text,
    load_settings,
    project_folder,
)
from .errors import (
    EXIT_CLEAN,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    OUTPUT_FOLDER,
    REPORT_FORMATS,
    UsageError,
    add_audience_option,
    add_format_option,
    add_project_argument,
    output_folder,
)

if TYPE_CHECKING:
    from ..site.assemble import Build

# Each command imports what it needs when it runs, and only its own options are added to the parser: `portfolio
# check`, run on every commit, does not import rendering, the PDF or the other commands (see `main`).


def find_project(directory: Path) -> Path:
    """The project folder: `directory`, or the nearest folder above it with a mkdocs.yml (so that the command
    works from inside evidence/)."""
    if directory.is_file():
        raise UsageError(
            f"{directory} is a file: give the project's folder (or nothing, in it); every file is checked, this one too"
        )
    if not directory.is_dir():
        raise UsageError(f"{directory} is not a folder")
    return project_folder(directory) or directory.resolve()


def project_settings(directory: Path, audience: str | None = None) -> Settings:
    """The settings of the project in (or above) `directory`; a usage error when it cannot be used."""
    environment_audience()
    try:
        settings = load_settings(find_project(directory), audience, MKDOCS)
    except SettingsError as exc:
        raise UsageError(str(exc), exc.problem, exc.problems) from None
    config = settings.config_file
    shown = settings.display(config) if config else "mkdocs.yml"
    written = (settings.written_config or {}).get("docs_dir")
    if not settings.docs_dir.is_dir():
        folder = settings.display(settings.docs_dir)
        message = f"there is no {folder}/ folder in {settings.root}; create it, or correct docs_dir in {shown}"
        named = config is not None and re.search(r"^docs_dir\s*:", config_text(config), re.MULTILINE)
        if not named and (settings.root / "evidence").is_dir():  # its line deleted (a careless review: told to
            # create docs/, which built a portfolio of no item without a word)
            message = (
                f"{shown} names no docs_dir, so the pages are looked for in {folder}/, which is not there; this "
                f"portfolio's are in evidence/: add a line docs_dir: evidence to {shown}"
            )
        if written is not None and not isinstance(written, str):  # `docs_dir: [evidence]`: not "no ['evidence']/"
            from ..reading.fields import kind_of

            message = (
                f"docs_dir is {kind_of(written)}, not a folder's name; write it as text, such as docs_dir: evidence"
            )
        raise UsageError(
            message, Problem(shown, config_line(config, r"^docs_dir\s*:"), "error", "project-setup", message)
        )
    from ..site.publication import docs_dir_refused

    refused = docs_dir_refused(settings)
    if refused:
        raise UsageError(refused.message, refused)
    try:
        missing = not settings.framework.exists()
    except OSError:  # a name too long for the system: told where the framework is read, at its line (a fuzz)
        missing = False
    if missing:  # a folder, say, is the framework's error, where it is named, as in a build
        from ..reading.framework_file import missing_framework

        problem = missing_framework(
            settings.framework, settings.display(settings.framework), settings.framework_named_at()
        )
        raise UsageError(problem.message, problem)
    return settings


def _annotation_value(text: str, *, property_value: bool) -> str:
    """Text escaped as GitHub's workflow commands require (properties also escape ":" and ","); other control
    characters shown as spaces, as the text output shows them (a terminal's escapes from a file reached CI's log:
    a fuzz of malformed input)."""
    text = controls_as_spaces(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_value else text


def github_annotation(problem: Problem) -> str:
    """A GitHub Actions annotation of a problem."""
    path = _annotation_value(problem.path, property_value=True)
    message = _annotation_value(problem.message, property_value=False)
    return f"::{problem.severity} file={path},line={problem.line}::{message}"


def failed(problems: Sequence[Problem], strict: bool, strict_gaps: bool) -> bool:
    """Errors fail; under --strict, mistakes too, and gaps only with strict_gaps."""
    return any(p.severity == "error" or (strict and fails_strict(p, strict_gaps)) for p in problems)


def check(args: argparse.Namespace) -> int:
    """Validate a project; print its problems; exit 0 clean, 1 errors (or warnings under --strict, or mkdocs.yml's
    `strict: true`)."""
    from ..reading.project import collector_off

    with collector_off():  # what a check reads it keeps until it ends (see collector_off)
        return _check(args)


def _check(args: argparse.Namespace) -> int:
    from ..reading.project import UNCHECKED
    from ..site.assemble import assemble

    try:
        settings = project_settings(args.directory, args.audience)
    except UsageError as exc:  # a wrong option of mkdocs.yml: an annotation at its line too (still exit 2)
        if args.output_format != "text":  # every setup problem; one at no line of a file (a folder that is not there,
            # a file given for the folder: JSON had nothing to read) as a problem of the folder given
            setup = Problem(str(args.directory), 1, "error", "project-setup", str(exc))
            _print_problems(exc.problems or (setup,), args.output_format)
        raise
    build = assemble(settings)
    problems = build.problems
    problems.extend(build.typed_in_text())  # what would stop the build as it renders the pages
    if "anchors" in settings.link_warnings:  # what MkDocs would say of links to places as it renders the pages
        from ..site.anchors import missing_anchors

        # of every page, whoever sees it, as every file's problems are: the widest build's too (an outside review:
        # a link to a missing place in an internal page passed the public check, and failed the internal build)
        for audience in dict.fromkeys((settings.audience, WIDEST)):
            said = missing_anchors(build.for_audience(audience))
            problems.extend(problem for problem in said if problem not in problems)
    problems.sort()
    strict_gaps = args.strict_gaps or settings.strict_gaps
    # mkdocs.yml's `strict: true` makes `mkdocs build` strict: the check is too, or it passed a build that fails
    strict_by_settings = settings.strict and not (args.strict or args.strict_gaps)
    strict = args.strict or args.strict_gaps or settings.strict
    code = EXIT_PROBLEMS if failed(problems, strict, strict_gaps) else EXIT_CLEAN
    try:
        _print_problems(problems, args.output_format)
        if args.output_format == "text":
            errors, warnings = len(problems.errors), len(problems.warnings)
            gaps = gaps_passed(problems, strict_gaps)
            kind = "are gaps" if gaps != 1 else "is a gap"
            notes = ["strict: true in mkdocs.yml makes the check --strict, as it makes the build"]
            notes = notes if strict_by_settings else []
            notes += [f"{gaps} {kind}, which --strict fails on only with --strict-gaps"] if gaps else []
            print(
                f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}"
                + (f" ({'; '.join(notes)})" if notes else ""),
                file=sys.stderr,
            )
            if code == EXIT_PROBLEMS and not errors:  # (a staff walkthrough: "0 errors" read as a pass)
                print(_strict_failure(warnings - gaps, warnings, args, settings, strict_by_settings), file=sys.stderr)
            if build.project.items_unchecked:
                print(UNCHECKED, file=sys.stderr)
    except BrokenPipeError:  # the reader stopped early (`| head`): the verdict stands, as a pipeline's status
        pass
    return code


def _strict_failure(
    failing: int, warnings: int, args: argparse.Namespace, settings: Settings, by_settings: bool
) -> str:
    """What says that a check with no error failed on its warnings, and which of them, as strict made it."""
    why = "strict: true in mkdocs.yml" if by_settings else "--strict" if args.strict else "--strict-gaps"
    if args.strict_gaps and why != "--strict-gaps":  # (both given: the gaps fail by --strict-gaps, a review)
        why += ", with --strict-gaps"
    elif settings.strict_gaps and not args.strict_gaps:
        why += ", with strict_gaps: true in mkdocs.yml"
    others = "the one that is not a gap" if failing == 1 else "those that are not gaps"
    plural = "s" if failing != 1 else ""
    which = (
        f"the {failing} warning{plural} above"
        if failing == warnings
        else f"{failing} of the {warnings} warnings, {others}"
    )
    return f"the check fails ({why}) on {which}: mend {'each' if failing != 1 else 'it'} as its line says"


def _print_problems(problems: Sequence[Problem], output_format: str, file: TextIO | None = None) -> None:
    if output_format == "json":
        import json  # here, as below: `portfolio check` prints text, and starts 2 ms sooner without it

        print(json.dumps([p.as_dict() for p in problems], indent=2, ensure_ascii=False), file=file)
    elif output_format == "github":
        # GitHub shows the first ten warnings of a step: the mistakes come before the gaps, not crowded out by them
        for problem in sorted(problems, key=lambda problem: (problem.severity != "error", problem.gap)):
            print(github_annotation(problem), file=file)
    else:
        for problem in problems:
            print(problem, file=file)


def report(args: argparse.Namespace) -> int:
    """Print coverage and ratings; with --base, what changed against that git ref."""
    from ..site.assemble import assemble
    from .report import ReportError, UnreadableBase, base_project, changes, render, summary

    settings = project_settings(args.directory, args.audience)
    head = assemble(settings)
    if head.portfolio is None:  # framework.yml cannot be read: nothing to report on but why
        _print_problems(head.problems.errors, "text", file=sys.stderr)
        if args.output_format == "json":
            sys.stdout.write(render(summary(head), None, "json"))
        return EXIT_PROBLEMS
    diff = None
    if args.base is not None:
        try:
            base, folder = base_project(settings, args.base)
        except UnreadableBase as exc:
            print(f"portfolio report: note: {exc}", file=sys.stderr)
        except ReportError as exc:
            raise UsageError(str(exc)) from None
        else:
            with folder:
                diff = changes(base, head)
    sys.stdout.write(render(summary(head), diff, args.output_format))
    return EXIT_CLEAN


def schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of framework.yml, or of an item's front matter (with the project's framework)."""
    from ..reading.framework_file import load_framework
    from .schema import framework_schema, item_schema

    if args.kind == "framework":
        find_project(args.directory)  # (the schema is any framework's; a folder named that is not one is a mistake)
        data = framework_schema()
    else:  # with the project's challenges and ratings when there is a project with a valid framework
        find_project(args.directory)  # a folder that is not there is a mistake of the command (exit 2)
        try:
            settings = project_settings(args.directory)
            framework, problems = load_framework(
                settings.framework, settings.display(settings.framework), root=settings.root
            )
        except UsageError as exc:
            framework, problems = None, None
            print(f"portfolio schema: note: {one_line(str(exc))}; the schema names no challenges", file=sys.stderr)
        if problems and problems.errors:
            print(
                f"portfolio schema: note: {problems.errors[0]} (and any others `portfolio check` lists); the schema "
                "names no challenges",
                file=sys.stderr,
            )
        data = item_schema(framework)
    import json

    print(json.dumps(data, indent=2, ensure_ascii=False))
    return EXIT_CLEAN


def _build_without_errors(settings: Settings, command: str) -> Build:
    from ..site.assemble import assemble

    build = assemble(settings)
    if not build.ok:
        print("\n".join(str(p) for p in build.problems.errors), file=sys.stderr)
        raise SystemExit(f"portfolio {command}: the portfolio has errors (above); fix them first")
    return build


def _note_placeholders(build: Build, command: str) -> None:
    """Name on stderr, as notes at their lines, the items of the pack that still hold the placeholder text
    `portfolio new` writes: the pack shows them as written, and an assessor would read "What it is, who produced
    it and when."."""
    found = build.readiness()
    left = [gap for gap in found.gaps if gap.kind == "placeholder"] if found else []
    for gap in left:
        print(f"{gap.where}: note: {gap.message}", file=sys.stderr)
    if left:
        count = f"{len(left)} items in the pack still hold" if len(left) != 1 else "1 item in the pack still holds"
        print(f"portfolio {command}: {count} placeholder text (above)", file=sys.stderr)


def environment_audience() -> str:
    """PORTFOLIO_AUDIENCE as set (in small letters; "" when it is not); a usage error when it is set to no audience,
    whatever --audience says: a misspelt `publc` in a public build's job must not make the default's pack, the
    accreditor's, without a word (an outside review)."""
    given = os.environ.get(ENVIRONMENT_AUDIENCE, "").strip().lower()
    if ENVIRONMENT_AUDIENCE in os.environ:
        try:
            chosen_audience({})
        except SettingsError as exc:
            raise UsageError(str(exc)) from None
    return given


def _assessors_audience(chosen: str | None, command: str) -> str:
    """The audience of what is handed to an assessor (the pack, the PDF): `--audience`, else PORTFOLIO_AUDIENCE
    where it is narrower than the accreditor's (a public build's job makes the public's), else the accreditor's:
    an internal audience left set for a preview does not widen it (said on stderr)."""
    given = environment_audience()
    if chosen:
        return chosen
    if given and given not in (ASSESSOR, "public"):
        print(
            f"portfolio {command}: {ENVIRONMENT_AUDIENCE}={given} is not read: it is the {ASSESSOR}'s unless "
            "--audience names another",
            file=sys.stderr,
        )
    return given if given == "public" else ASSESSOR


def pdf(args: argparse.Namespace) -> int:
    """Write the accreditation pack as a PDF; refuse (exit 1) when the portfolio has errors."""
    settings = project_settings(args.directory, _assessors_audience(args.audience, "pdf"))
    build = _build_without_errors(settings, "pdf")
    from .pdf import PdfUnavailable, write_pdf

    output = args.output or settings.root / OUTPUT_FOLDER / f"accreditation-pack-{settings.audience}.pdf"
    output_folder(output, settings, "accreditation-pack.pdf", given=args.output is not None)
    try:
        write_pdf(build, output)
    except PdfUnavailable as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"{output} cannot be written ({exc.strerror})") from None
    _note_placeholders(build, "pdf")
    print(output)
    return EXIT_CLEAN


def pack_command(args: argparse.Namespace) -> int:
    """Write the assessor's pack (offline site, PDF, exports); refuse (exit 1) when the portfolio has errors."""
    settings = project_settings(args.directory, _assessors_audience(args.audience, "pack"))
    build = _build_without_errors(settings, "pack")
    from . import pack
    from .pdf import PdfUnavailable

    try:
        output = pack.write_pack(build, args.output or pack.default_output(settings), given=args.output is not None)
    except PdfUnavailable as exc:
        raise UsageError(str(exc)) from None
    _note_placeholders(build, "pack")
    note = pack.size_note(output)
    if note:
        print(f"portfolio pack: note: {note}", file=sys.stderr)
    print(output)
    return EXIT_CLEAN


def readiness_command(args: argparse.Namespace) -> int:
    """List the gaps before the visit; exit 0 when there is none, 1 otherwise (or when the portfolio has errors)."""
    from . import readiness

    settings = project_settings(args.directory, args.audience)
    found = _build_without_errors(settings, "readiness").readiness(args.visit)
    assert found is not None, "a build without errors has a portfolio"
    readiness.check_visit(found)
    sys.stdout.write(readiness.render(found, args.output_format))
    return EXIT_CLEAN if found.ready else EXIT_PROBLEMS


def new_item(args: argparse.Namespace) -> int:
    from ..reading.framework_file import load_framework
    from .new import Asker, new

    settings = project_settings(args.project)
    framework, problems = load_framework(settings.framework, settings.display(settings.framework), root=settings.root)
    if framework is None:
        shown = settings.display(settings.framework)  # (the framework option's file: not always framework.yml)
        raise UsageError(f"{shown} has errors; run `portfolio check` first:\n" + "\n".join(map(str, problems)))
    return new(args, settings, framework, Asker(sys.stdin.isatty()))


def serve_command(args: argparse.Namespace) -> int:
    """Show the website for an audience (internal unless told) on this computer until stopped; refused, as `pdf` and
    `pack` are, where mkdocs.yml has errors (an outside review: without the plugin, `--audience public` showed every
    internal item as the public's website; MkDocs' own errors came without their line)."""
    from ..site.assemble import assemble
    from .serve import serve

    settings = project_settings(args.directory, args.audience)
    config = settings.display(settings.config_file or settings.root / "mkdocs.yml")

    def refused() -> list[str]:
        """The errors of mkdocs.yml, or of the settings it makes, as they are now."""
        try:
            now = project_settings(args.directory, args.audience)
        except UsageError as exc:
            return [str(problem) for problem in exc.problems] or [str(exc)]
        return [str(p) for p in assemble(now).problems.errors if p.path == config or p.code == "unsafe-setting"]

    setup = refused()
    if setup:
        print("\n".join(setup), file=sys.stderr)
        raise SystemExit(f"portfolio serve: {config} has errors (above); fix them first")
    return serve(args, settings, refused)


def generate(args: argparse.Namespace) -> int:
    """Write a sealed docs folder for an engine that runs no plugin (Zensical)."""
    from .generate import generate as generate_folder

    return generate_folder(args, project_settings(args.directory, args.audience))


def _check_options(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    parser.add_argument(
        "--strict",
        action="store_true",
        help="fail on warnings too (on gaps only with --strict-gaps); strict: true in mkdocs.yml does the same",
    )
    parser.add_argument(
        "--strict-gaps",
        action="store_true",
        help="fail on every warning, gaps too (uncovered sections, stale items...): --strict with gaps",
    )
    add_format_option(parser, "the problems", ("text", "github", "json"))
    parser.add_argument(
        "--no-cache",
        action="store_true",
        help="check again, although nothing has changed since the last check, whose answer is otherwise given again",
    )
    add_audience_option(
        parser,
        help="the audience whose coverage and gaps to check (every file's problems are reported, whoever sees it)",
    )


def _report_options(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    add_format_option(parser, "the report", REPORT_FORMATS)
    parser.add_argument("--base", metavar="GIT_REF", help="compare with the project at this git ref")
    add_audience_option(parser, help="the audience of the build to report on")


def _schema_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind",
        choices=("framework", "item"),
        help="framework: the schema of framework.yml; item: the schema of an item's front matter (the lines between "
        "its two --- lines)",
    )
    add_project_argument(
        parser, help="the project folder, whose challenges and ratings the item schema names (default: .)"
    )


def _pdf_options(parser: argparse.ArgumentParser) -> None:

    add_project_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE.pdf",
        help=f"the PDF to write (default: {OUTPUT_FOLDER}/accreditation-pack-AUDIENCE.pdf in the project)",
    )
    add_audience_option(
        parser,
        help=f"whose pack: it holds what this audience may see, and nothing else (default: {ASSESSOR}, or public "
        f"when {ENVIRONMENT_AUDIENCE} says so; never the plugin's option, which a site for the team sets to internal)",
    )


def _from_commands(module: str, name: str) -> Callable[[Any], Any]:
    """The function `name` of a module of commands/, imported when it is called."""

    def call(argument: Any) -> Any:
        return getattr(import_module(f".{module}", __package__), name)(argument)

    return call


@dataclass(frozen=True)
class Command:
    """A command of `portfolio`: its help, what adds its options to the parser, and what runs it."""

    help: str
    options: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS = {
    "check": Command(
        "look for mistakes and gaps in every item and page, without building the site", _check_options, check
    ),
    "report": Command(
        "how well each section is covered and rated, and (with --base) what changed since an earlier version",
        _report_options,
        report,
    ),
    "schema": Command(
        "print the JSON Schema of framework.yml or of an item, with which a text editor checks the file as you type",
        _schema_options,
        schema,
    ),
    "pdf": Command("the accreditation pack as a PDF (needs the extra `pdf`)", _pdf_options, pdf),
    "new": Command("write a new item with valid front matter", _from_commands("new", "add_options"), new_item),
    "serve": Command(
        "show the website on this computer as you write (every item, unless --audience says otherwise)",
        _from_commands("serve", "add_options"),
        serve_command,
    ),
    "generate": Command(
        "a sealed docs folder for engines that run no plugin (Zensical)",
        _from_commands("generate", "add_options"),
        generate,
    ),
    "framework": Command(
        "import a framework from a spreadsheet, or check a framework file",
        _from_commands("framework_import", "add_options"),
        _from_commands("framework_import", "run"),
    ),
    "guide": Command(
        "write CONTRIBUTING.md's examples and templates for the framework, after it has changed",
        _from_commands("guide", "add_options"),
        _from_commands("guide", "run"),
    ),
    "init": Command(
        "start a new portfolio repository in a new or empty folder",
        _from_commands("init", "add_options"),
        _from_commands("init", "run"),
    ),
    "pack": Command(
        "one zip for the assessor: the site to open from disk, the PDF, portfolio.json and evidence.csv",
        _from_commands("pack", "add_options"),
        pack_command,
    ),
    "readiness": Command(
        "are we ready for the visit? every gap the assessor would see, by the day of the visit",
        _from_commands("readiness", "add_options"),
        readiness_command,
    ),
}


class _Version(argparse.Action):
    """`portfolio --version`: the installed package's version, to compare with requirements.txt (a new-organisation
    review found no way to), read only when asked (reading package metadata costs every check time)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        from importlib import metadata

        from .init import PACKAGE

        try:
            version = metadata.version(PACKAGE)
        except metadata.PackageNotFoundError:
            version = "not installed as a package (run from its source)"
        print(f"portfolio ({PACKAGE}) {version}")
        parser.exit()


def _parser(command: str | None = None) -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    """The command line, and the parser of each command; with `command`, only that command (and its modules
    imported: a parser of every command takes `portfolio check` 3 ms more)."""
    parser = argparse.ArgumentParser(prog="portfolio", description="Check, report on and add to an evidence portfolio.")
    parser.add_argument("--version", action=_Version, help="print the version of the portfolio tools, and stop")
    commands = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", help="what to do; `portfolio COMMAND --help` tells more"
    )
    each = {}
    for name, definition in COMMANDS.items():
        if command in (None, name):
            each[name] = commands.add_parser(name, help=definition.help)
            definition.options(each[name])
            _described(each[name], definition.help)
    return parser, each


def _described(parser: argparse.ArgumentParser, help: str | None) -> None:
    """A command's description (the line under its usage in `portfolio COMMAND --help`), where its options gave it
    none: its one line of help, as a sentence (a novice's review: `portfolio new --help` said nothing of what it
    does); the same of the commands within it (`portfolio framework check`)."""
    if parser.description is None and help:
        parser.description = f"{help[:1].upper()}{help[1:]}."
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                _described(sub, helps.get(name))


def parsed(arguments: Sequence[str]) -> argparse.Namespace:
    """The command line read (the parser's own message, and exit 2, for what it does not know)."""
    # The command comes first (`portfolio` itself has no option but --help, which lists every command).
    named = arguments[0] if arguments else None
    parser, commands = _parser(named if named in COMMANDS else None)
    if named is None:  # `portfolio` alone: the commands, each with its line (a novice's review: "the following
        # arguments are required: COMMAND", and not one named)
        parser.exit(EXIT_USAGE, parser.format_help())
    if named not in COMMANDS and not named.startswith("-"):  # `portfolio chek`: the command meant, not the list
        parser.exit(EXIT_USAGE, f'portfolio: "{named}" is not a command{suggest(named, COMMANDS, "commands")}\n')
    if named and named.startswith("-") and named not in ("-h", "--help", "--version"):
        import shlex  # (here, as below: only a mistake needs it)

        command = next((word for word in arguments if word in COMMANDS), None)
        if command is not None:  # `portfolio --name x init p`: "invalid choice: 'x'" (a careless user's review)
            rest = [word for word in arguments if word is not command]
            parser.error(
                f"{named} is an option of a command, written after the command's name: "
                f"portfolio {command} {' '.join(map(shlex.quote, rest))}"
            )
    args, unknown = parser.parse_known_args(arguments)
    if unknown:  # said by the command's own parser, with its own usage (`portfolio new [-h] [--title TITLE]...`)
        hint = _unknown_words(args, unknown, commands[args.command])
        commands[args.command].error(f"unrecognized arguments: {' '.join(unknown)}{hint}")
    return args


def _unknown_words(args: argparse.Namespace, unknown: Sequence[str], command: argparse.ArgumentParser) -> str:
    """What words the command does not take most likely meant (a careless user's review): an option misspelt
    (`--framwork`), a folder's name with spaces not in quotes (`portfolio check County Sport portfolio`), a type of
    item or a title written otherwise (`new`)."""
    import shlex

    options = [option for action in command._actions for option in action.option_strings if option.startswith("--")]
    misspelt = next((word for word in unknown if word.startswith("--") and word.split("=")[0] not in options), None)
    if misspelt is not None:
        import difflib

        close = difflib.get_close_matches(misspelt.split("=")[0], options, n=1, cutoff=0.75)
        return f'; did you mean "{close[0]}"?' if close else ""
    folder = getattr(args, "directory", None)
    words = [str(folder), *unknown] if folder is not None else []
    for end in range(len(words), 1, -1):  # the longest run of words from the folder's that names a folder
        spaced = " ".join(words[:end])
        if Path(spaced).is_dir():
            return f"; a folder's name with spaces goes in quotes: portfolio {args.command} {shlex.quote(spaced)}"
    if args.command == "new":
        from .new import left_over_words

        return left_over_words(args.type, unknown, args.title is not None)
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    try:
        args = parsed(arguments)
    except KeyboardInterrupt:  # Ctrl+C while the command's modules are imported
        named = arguments[0] if arguments and arguments[0] in COMMANDS else ""
        print(f"portfolio {named}".rstrip() + ": stopped before it began", file=sys.stderr)
        return EXIT_STOPPED
    try:
        with _stopped_cleanly():
            return COMMANDS[args.command].run(args)
    except UsageError as exc:
        if exc.problems:  # at a line of a file: as every problem is written, PATH:LINE: error: MESSAGE
            print(*exc.problems, sep="\n", file=sys.stderr)
        else:
            print(f"portfolio {args.command}: {one_line(str(exc)) if args.command != 'new' else exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (head, less) stopped early: not a problem of the portfolio
        sys.stderr.close()
        return EXIT_CLEAN
    except OSError as exc:
        # a file or folder the command reads or writes (a folder it may not write to), or what it prints (a full
        # disk, `> /dev/full`): said, not a traceback, and not exit 1, which would read as problems of the portfolio
        what = exc.strerror or exc.__class__.__name__
        if exc.filename is None:
            print(f"portfolio {args.command}: its output cannot be written ({what})", file=sys.stderr)
        else:
            print(
                f"portfolio {args.command}: {exc.filename} cannot be used ({what}); check that it is where you mean, "
                "and that you may read and write there",
                file=sys.stderr,
            )
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C, or the system's request to stop: what was half made is cleaned up
        print(f"portfolio {args.command}: stopped before it finished", file=sys.stderr)
        return EXIT_STOPPED


EXIT_STOPPED = 130
"""As shells report a command stopped by Ctrl+C."""


@contextmanager
def _stopped_cleanly() -> Iterator[None]:
    """A request to stop (SIGTERM, as CI and `kill` send) ends the command as Ctrl+C does, so that what it was
    making (a pack's site in a temporary folder) is cleaned up rather than left behind."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signal_number: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
