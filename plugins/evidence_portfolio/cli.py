"""The `portfolio` command: the same pipeline as the MkDocs plugin, without building the site."""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path
from typing import Callable, Sequence

from .framework import Framework, load_framework
from .items import ITEM_TYPES, STATUSES, VISIBILITIES, Target, parse_target
from .new_item import NewItem, item_path, render_new_item
from .portfolio import AUDIENCES
from .problems import Problem, suggest
from .project import Settings, load_settings, read_project
from .report import ReportError, base_project, changes, render, summary
from .schema import framework_schema, item_schema

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
PLACEHOLDER_OWNER = "to be agreed"
PLACEHOLDER_DUE = datetime.timedelta(days=90)


class UsageError(Exception):
    """Something the user must put right in the command itself (exit 2)."""


def _settings(directory: Path, audience: str | None = None) -> Settings:
    if not directory.is_dir():
        raise UsageError(f"{directory} is not a folder")
    try:
        settings = load_settings(directory.resolve(), audience)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not settings.docs_dir.is_dir():
        raise UsageError(f"there is no {settings.display(settings.docs_dir)}/ folder in {directory}")
    if not settings.framework.is_file():
        raise UsageError(
            f"there is no {settings.display(settings.framework)} in {directory} (the framework the portfolio is "
            "assessed against; the plugin's `framework` option names it)"
        )
    return settings


def _github(problem: Problem) -> str:
    """A GitHub Actions annotation; its message is escaped as the runner expects."""
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{problem.severity} file={problem.path},line={problem.line}::{message}"


def check(args: argparse.Namespace) -> int:
    """Validate a project; print its problems; exit 0 clean, 1 errors (or warnings under --strict)."""
    problems = read_project(_settings(args.directory, args.audience)).problems
    if args.output_format == "json":
        print(json.dumps([p.as_dict() for p in problems], indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(_github(problem) if args.output_format == "github" else str(problem))
    if args.output_format == "text":
        errors, warnings = len(problems.errors), len(problems.warnings)
        print(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}", file=sys.stderr)
    failed = bool(problems.errors) or (args.strict and bool(problems.warnings))
    return EXIT_PROBLEMS if failed else EXIT_CLEAN


def report(args: argparse.Namespace) -> int:
    """Print coverage and ratings; with --base, what changed against that git ref."""
    settings = _settings(args.directory, args.audience)
    head = read_project(settings)
    diff = None
    if args.base:
        try:
            base, folder = base_project(settings, args.base)
        except ReportError as exc:
            raise UsageError(str(exc)) from None
        with folder:
            diff = changes(base, head)
    sys.stdout.write(render(summary(head), diff, args.output_format))
    return EXIT_CLEAN


class Asker:
    """Asks for what the command line left out, when a person is at a terminal; otherwise refuses."""

    def __init__(self, interactive: bool, ask: Callable[[str], str] = input) -> None:
        self.interactive = interactive
        self.ask = ask

    def __call__(
        self,
        option: str,
        question: str,
        choices: Sequence[str] = (),
        default: str | None = None,
        check: Callable[[str], str | None] = lambda answer: None,
    ) -> str:
        if not self.interactive:
            raise UsageError(f"{option} is needed (nothing is asked when not run in a terminal)")
        if choices:
            print("\n".join(f"  {number}. {choice}" for number, choice in enumerate(choices, 1)))
        while True:
            try:
                answer = self.ask(f"{question}{f' [{default}]' if default else ''}: ").strip()
            except EOFError:
                raise UsageError(f"{option} is needed") from None
            if not answer and default:
                return default
            if choices and answer.isdigit() and 1 <= int(answer) <= len(choices):
                answer = choices[int(answer) - 1]
            problem = "an answer is needed" if not answer else check(answer)
            if problem is None:
                return answer
            print(f"  {problem}")


def _choice_check(name: str, choices: Sequence[str]) -> Callable[[str], str | None]:
    def check(answer: str) -> str | None:
        return None if answer in choices else f'unknown {name} "{answer}"{suggest(answer, choices, name + "s")}'

    return check


def _date_check(answer: str) -> str | None:
    try:
        datetime.date.fromisoformat(answer)
    except ValueError:
        return f'"{answer}" is not a date; write it as YYYY-MM-DD'
    return None


def _targets(answers: Sequence[str], framework: Framework) -> tuple[Target, ...]:
    targets = []
    for answer in answers:
        for entry in filter(None, (part.strip() for part in answer.split(","))):
            target = parse_target(entry, framework)
            if isinstance(target, str):
                raise UsageError(target)
            targets.append(target)
    return tuple(dict.fromkeys(targets))


def _valid(value: str | None, check: Callable[[str], str | None]) -> str | None:
    """A value given on the command line, refused with the checker's message when it is wrong."""
    if value is not None and (problem := check(value)):
        raise UsageError(problem)
    return value


def new(args: argparse.Namespace, ask: Asker) -> int:
    """Write a new item with valid front matter and a body skeleton; print its path."""
    settings = _settings(args.project)
    framework, problems = load_framework(settings.framework, settings.display(settings.framework))
    if framework is None:
        raise UsageError("framework.yml has errors; run `portfolio check` first:\n" + "\n".join(map(str, problems)))
    item_type = _valid(args.type, _choice_check("type", ITEM_TYPES)) or ask(
        "TYPE", "Type of item", ITEM_TYPES, check=_choice_check("type", ITEM_TYPES)
    )
    title = args.title or ask("--title", "Title")
    date = datetime.date.fromisoformat(_valid(args.date, _date_check) or datetime.date.today().isoformat())
    challenge, owner, due = None, None, None
    maps_to: tuple[Target, ...] = ()
    challenge_ids = [c.id for c in framework.challenges]
    if item_type == "self-assessment":
        # The challenge: --challenge, or the challenge of --maps-to, or the framework's only one, or asked for.
        given = args.challenge or next((t.challenge for t in _targets(args.maps_to, framework)), None)
        if given is None and len(challenge_ids) == 1:
            given = challenge_ids[0]
        name = _valid(given, _choice_check("challenge", challenge_ids)) or ask(
            "--challenge", "Challenge it rates", challenge_ids, check=_choice_check("challenge", challenge_ids)
        )
        challenge = framework.challenge(name)
    else:
        targets = [f"{c.id}/{s.id}" for c in framework.challenges for s in c.sections] + challenge_ids
        maps_to = _ask_targets(args.maps_to, framework, targets, ask)
    if item_type == "action":
        # Not at a terminal, an action without --owner or --due gets placeholders to change (said on stderr).
        owner = args.owner or (ask("--owner", "Owner (who is responsible)") if ask.interactive else PLACEHOLDER_OWNER)
        due_text = _valid(args.due, _date_check) or (
            ask("--due", "Due date (YYYY-MM-DD)", check=_date_check) if ask.interactive
            else (date + PLACEHOLDER_DUE).isoformat()
        )
        due = datetime.date.fromisoformat(due_text)
        if not ask.interactive and not (args.owner and args.due):
            print(f"portfolio new: set the action's owner and due date in the file (now {owner!r}, {due})", file=sys.stderr)
    visibility = _valid(args.visibility, _choice_check("visibility", VISIBILITIES)) or (
        ask("--visibility", "Visibility", VISIBILITIES, default="internal", check=_choice_check("visibility", VISIBILITIES))
        if ask.interactive else "internal"
    )
    item = NewItem(
        type=item_type, title=title, date=date, maps_to=maps_to, challenge=challenge,
        partners=tuple(args.partner), tags=tuple(args.tag), visibility=visibility, owner=owner, due=due,
        status=_valid(args.status, _choice_check("status", STATUSES)) or "planned", summary=args.summary,
    )
    path = settings.docs_dir / item_path(item)
    if path.exists():
        print(f"portfolio new: {settings.display(path)} already exists; give another title or date", file=sys.stderr)
        return EXIT_PROBLEMS
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_new_item(item, framework), encoding="utf-8")
    print(settings.display(path))
    return EXIT_CLEAN


def _ask_targets(given: Sequence[str], framework: Framework, targets: Sequence[str], ask: Asker) -> tuple[Target, ...]:
    if given:
        return _targets(given, framework)

    def check(answer: str) -> str | None:
        for entry in filter(None, (part.strip() for part in answer.split(","))):
            if entry.isdigit() and 1 <= int(entry) <= len(targets):
                continue
            target = parse_target(entry, framework)
            if isinstance(target, str):
                return target
        return None

    answer = ask("--maps-to", "Sections it supports (numbers or challenge/section, separated by commas)", targets,
                 check=check)
    entries = [targets[int(e) - 1] if e.isdigit() else e for e in (p.strip() for p in answer.split(",")) if e]
    return _targets(entries, framework)


def schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of framework.yml, or of an item's front matter (with the project's framework)."""
    if args.kind == "framework":
        data = framework_schema()
    else:  # with the project's challenges and ratings when there is a project with a valid framework
        try:
            settings = _settings(args.directory)
            framework, _ = load_framework(settings.framework, settings.display(settings.framework))
        except UsageError:
            framework = None
        data = item_schema(framework)
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return EXIT_CLEAN


def pdf(args: argparse.Namespace) -> int:
    """Write the accreditation pack as a PDF; refuse (exit 1) when the portfolio has errors."""
    settings = _settings(args.directory, args.audience)
    project = read_project(settings)
    if project.problems.errors or project.portfolio is None:
        print("\n".join(str(p) for p in project.problems.errors), file=sys.stderr)
        print("portfolio pdf: the portfolio has errors (above); fix them first", file=sys.stderr)
        return EXIT_PROBLEMS
    from .pdf import PdfUnavailable, write_pdf  # Markdown and the templates: not needed by the other commands

    output = args.output or Path(f"accreditation-pack-{settings.audience}.pdf")
    try:
        write_pdf(
            project, output, site_name=settings.site_name, site_url=settings.site_url,
            use_directory_urls=settings.use_directory_urls,
        )
    except PdfUnavailable as exc:
        raise UsageError(str(exc)) from None
    print(output)
    return EXIT_CLEAN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portfolio", description="Check, report on and add to an evidence portfolio.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check_parser = commands.add_parser("check", help="validate the portfolio without building the site")
    check_parser.add_argument("directory", nargs="?", default=".", type=Path, help="the project folder (default: .)")
    check_parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    check_parser.add_argument("--format", choices=("text", "github", "json"), default="text", dest="output_format")
    check_parser.add_argument("--audience", choices=AUDIENCES, help="the audience whose coverage to check")

    report_parser = commands.add_parser("report", help="coverage and ratings, and what changed against a git ref")
    report_parser.add_argument("directory", nargs="?", default=".", type=Path, help="the project folder (default: .)")
    report_parser.add_argument("--format", choices=("text", "markdown", "json"), default="text", dest="output_format")
    report_parser.add_argument("--base", metavar="GIT_REF", help="compare with the project at this git ref")
    report_parser.add_argument("--audience", choices=AUDIENCES, help="the audience of the build to report on")

    schema_parser = commands.add_parser("schema", help="print the JSON Schema of framework.yml or of an item")
    schema_parser.add_argument("kind", choices=("framework", "item"))
    schema_parser.add_argument(
        "directory", nargs="?", default=".", type=Path, help="the project whose framework the item schema uses"
    )

    pdf_parser = commands.add_parser("pdf", help="the accreditation pack as a PDF (needs the extra `pdf`)")
    pdf_parser.add_argument("directory", nargs="?", default=".", type=Path, help="the project folder (default: .)")
    pdf_parser.add_argument("-o", "--output", type=Path, help="the PDF to write (default: accreditation-pack-AUDIENCE.pdf)")
    pdf_parser.add_argument("--audience", choices=AUDIENCES, help="whose pack (default: the plugin's option)")

    new_parser = commands.add_parser("new", help="write a new item with valid front matter")
    new_parser.add_argument("type", nargs="?", metavar="TYPE", help=", ".join(ITEM_TYPES))
    new_parser.add_argument("--title")
    new_parser.add_argument("--maps-to", action="append", default=[], metavar="C/S", help="repeat for several")
    new_parser.add_argument("--challenge", help="the challenge a self-assessment rates")
    new_parser.add_argument("--date", help="YYYY-MM-DD (default: today)")
    new_parser.add_argument("--partner", action="append", default=[], help="repeat for several")
    new_parser.add_argument("--tag", action="append", default=[], help="repeat for several")
    new_parser.add_argument("--visibility", help=" | ".join(VISIBILITIES) + " (default: internal)")
    new_parser.add_argument("--summary", help="one line shown in listings")
    new_parser.add_argument("--owner", help="an action's owner")
    new_parser.add_argument("--due", help="an action's due date, YYYY-MM-DD")
    new_parser.add_argument("--status", help=" | ".join(STATUSES) + " (default: planned)")
    new_parser.add_argument("--project", default=".", type=Path, help="the project folder (default: .)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "check":
            return check(args)
        if args.command == "report":
            return report(args)
        if args.command == "schema":
            return schema(args)
        if args.command == "pdf":
            return pdf(args)
        return new(args, Asker(sys.stdin.isatty()))
    except UsageError as exc:
        print(f"portfolio {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # the reader (head, less) stopped early: not a problem of the portfolio
        sys.stderr.close()
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
