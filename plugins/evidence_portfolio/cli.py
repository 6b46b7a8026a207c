"""The `portfolio` command: the same pipeline as the MkDocs plugin, without building the site."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from .portfolio import AUDIENCES
from .problems import Problem
from .project import load_settings, read_project

EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _github(problem: Problem) -> str:
    """A GitHub Actions annotation; its message is escaped as the runner expects."""
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{problem.severity} file={problem.path},line={problem.line}::{message}"


def check(directory: Path, strict: bool, output_format: str, audience: str | None) -> int:
    """Validate a project; print its problems; exit 0 clean, 1 errors (or warnings under --strict)."""
    if not directory.is_dir():
        print(f"portfolio check: {directory} is not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        settings = load_settings(directory.resolve(), audience)
    except ValueError as exc:
        print(f"portfolio check: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not settings.docs_dir.is_dir():
        print(f"portfolio check: there is no {settings.display(settings.docs_dir)}/ folder in {directory}", file=sys.stderr)
        return EXIT_USAGE
    problems = read_project(settings).problems
    if output_format == "json":
        print(json.dumps([p.as_dict() for p in problems], indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(_github(problem) if output_format == "github" else str(problem))
    if output_format == "text":
        errors, warnings = len(problems.errors), len(problems.warnings)
        print(f"{errors} error{'s' if errors != 1 else ''}, {warnings} warning{'s' if warnings != 1 else ''}", file=sys.stderr)
    failed = bool(problems.errors) or (strict and bool(problems.warnings))
    return EXIT_PROBLEMS if failed else EXIT_CLEAN


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="portfolio", description="Check and report on an evidence portfolio.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check_parser = commands.add_parser("check", help="validate the portfolio without building the site")
    check_parser.add_argument("directory", nargs="?", default=".", type=Path, help="the project folder (default: .)")
    check_parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    check_parser.add_argument("--format", choices=("text", "github", "json"), default="text", dest="output_format")
    check_parser.add_argument(
        "--audience", choices=AUDIENCES, help="whose build to check coverage for (default: the plugin's option)"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return check(args.directory, args.strict, args.output_format, args.audience)
    except BrokenPipeError:  # the reader (head, less) stopped early: not a problem of the portfolio
        sys.stderr.close()
        return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())
