"""`portfolio guide [DIR]`: write the contributor guide for the portfolio's framework. CONTRIBUTING.md and the
pull-request template that `portfolio init` writes name the framework's first challenge, its sections and its
levels in their examples, and CONTRIBUTING.md's templates are made for the framework; CONTRIBUTING.md keeps the
example values it was written with (model/guide_examples.py). When the framework changes (a challenge renamed by
hand, which `portfolio check` then says, or another imported over it, which runs this too), each line the starter
writes with the values before, still as it was written, becomes that line for the new framework; a line the
organisation changed is kept as it is, and named where it still names the challenge before; the generated parts
(the templates, the tables) are made anew.

Exit codes: 0 written (or nothing to write), 1 the framework has errors, 2 a usage problem.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from ..model.framework import Framework
from ..model.guide_examples import EXAMPLES, example_values, stored
from ..model.problems import one_line
from ..reading.contributor_guide import GUIDE, keep_examples, stored_examples
from ..reading.project_files import project_file
from .docs import regenerate
from .errors import EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, UsageError, add_project_argument
from .init import fill, starter_files

GUIDES = (GUIDE, ".github/pull_request_template.md")
"""The files `portfolio init` writes whose examples name the framework, by their path in the project."""


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.description = (
        "Write CONTRIBUTING.md's examples and templates, and the pull-request template's, for the portfolio's "
        "framework, after it has changed: lines you changed since `portfolio init` wrote them are kept."
    )
    add_project_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Run `portfolio guide`; the exit code."""
    from ..reading.framework_file import load_framework
    from .command_line import project_settings

    try:
        settings = project_settings(args.directory)
    except UsageError as exc:
        print(f"portfolio guide: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    framework, problems = load_framework(settings.framework, settings.display(settings.framework), root=settings.root)
    if framework is None or problems.errors:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("portfolio guide: the framework has errors (above); nothing written", file=sys.stderr)
        return EXIT_PROBLEMS
    said = follow_framework(settings.root, framework)
    for line in said:
        print(line, file=sys.stderr)
    if not said:
        print(f"{GUIDE} is written for this framework already; nothing to write", file=sys.stderr)
    return EXIT_CLEAN


def follow_framework(root: Path, now: Framework) -> list[str]:
    """Write the project's guides (GUIDES) for the framework `now`, from the example values CONTRIBUTING.md keeps
    (without them, only its generated parts are made anew, and that is said); what was done, a line each."""
    said: list[str] = []
    starter = starter_files()
    if not (root / GUIDE).is_file():
        return [f"{GUIDE} is not in the project: there is no guide to write (`portfolio init` writes one)"]
    texts: dict[str, str | None] = {}
    """Each guide's text, read once; None where it cannot be (or may not be) read."""
    unread: dict[str, str] = {}
    """Why a guide could not be read, by its path (said below, where it is not rewritten)."""
    for path in GUIDES:
        try:
            texts[path] = (root / path).read_text(encoding="utf-8") if _ours(root, path) else None
        except UnicodeDecodeError:  # (a review of the commands: "it cannot be read as text", and no more)
            texts[path] = None
            unread[path] = "it is not UTF-8 text; save it again as UTF-8 (in a text editor, Save As, encoding UTF-8)"
        except OSError as exc:
            texts[path] = None
            unread[path] = f"it cannot be read ({exc.strerror or exc})"
    guide = texts[GUIDE]
    kept = stored_examples(guide) if guide is not None else None
    after = example_values(now)
    # a value the guide keeps none of (written by an earlier version, without it) is taken as this framework's
    before = {**after, **kept[0], EXAMPLES: stored(kept[0])} if kept else None
    for path in GUIDES:
        file = root / path
        if not file.is_file():
            continue
        if not _ours(root, path):  # nothing is written out of the project
            said.append(
                f"{path}: not rewritten for the new framework: it is reached through a symbolic link, or has another "
                "name (a hard link), which may be outside the project; write its examples for this framework by hand"
            )
            continue
        text = texts[path]
        if text is None:
            said.append(f"{path}: not rewritten for the new framework: {unread.get(path, 'it cannot be read')}")
            continue
        expected = fill(starter[path], after)
        written = _carried(text, fill(starter[path], before), expected) if before else text
        if path == GUIDE:
            written = keep_examples(regenerate(written, now), after)
            expected = regenerate(expected, now)
            if before is None:
                said.append(
                    f"{GUIDE} keeps no example values it was written with (its last comment is gone, or cannot be "
                    "read), so only its templates and tables were written for this framework: its other examples "
                    "may still name the framework before; look for them, and mend them by hand"
                )
        if written != text:  # with the line endings it has (Windows' too), so that only what changed is a change
            file.write_text(written, encoding="utf-8", newline="\r\n" if b"\r\n" in file.read_bytes() else "\n")
            said.append(f"rewrote {path}: its examples and templates now name this framework")
        old = before["challenge"] if before else None
        if old is not None and now.challenge(old) is None:
            starters = set(expected.split("\n"))  # a line the starter writes is no line the organisation changed
            said += [
                f"{path}:{number}: this line, changed since `portfolio init` wrote it, still names the challenge "
                f'"{old}" of the framework before; name one of this framework\'s ({now.challenges[0].id}, ...)'
                for number, line in enumerate(written.split("\n"), 1)
                if _names(line, old) and line not in starters
            ]
    return said


def _ours(root: Path, path: str) -> bool:
    """Whether the project's file at `path` is its own to write (project_file), and no other name of a file (a hard
    link), which may be outside the project."""
    file = project_file(root, path)
    return file is not None and file.stat().st_nlink == 1


def _carried(text: str, was: str, now: str) -> str:
    """`text` (a file written from the starter as `was`, and maybe changed since) with each line that the starter
    writes otherwise for the new framework (`now`, line for line with `was`) replaced, where it is still as `was`
    has it."""
    was_lines, now_lines, lines = was.split("\n"), now.split("\n"), text.split("\n")
    if len(was_lines) != len(now_lines):  # (a placeholder's value over two lines: never made by example_values)
        return text
    matcher = difflib.SequenceMatcher(None, was_lines, lines, autojunk=False)
    for start, there, size in matcher.get_matching_blocks():
        for offset in range(size):
            lines[there + offset] = now_lines[start + offset]
    return "\n".join(lines)


def _names(line: str, challenge: str) -> bool:
    """Whether a line names the challenge `challenge` as an example does: `challenge`, or challenge/section."""
    return f"`{challenge}`" in line or f"{challenge}/" in line or f"challenge: {challenge}" in line
