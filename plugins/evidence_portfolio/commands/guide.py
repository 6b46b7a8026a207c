"""The contributor guide follows the framework: CONTRIBUTING.md and the pull-request template that `portfolio init`
writes name the framework's first challenge, its sections and its levels in their examples, and CONTRIBUTING.md's
templates are made for the framework. When `portfolio framework import` replaces the project's framework,
`follow_framework` writes them for the new one: each line the starter writes with the framework before, still as it
was written, becomes that line for the new framework; a line the organisation has changed is kept as it is, and
named where it still names the challenge before; the generated parts (the templates, the tables) are made anew.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from ..model.framework import Framework
from .docs import regenerate
from .init import example_values, fill, starter_files

GUIDES = ("CONTRIBUTING.md", ".github/pull_request_template.md")
"""The files `portfolio init` writes whose examples name the framework, by their path in the project."""


def follow_framework(root: Path, before: Framework | None, now: Framework) -> list[str]:
    """Write the project's guides (GUIDES) for the framework `now`, where they were written for `before` (None: a
    framework that could not be read, whose lines are then left as they are); what was done, a line each."""
    said: list[str] = []
    starter = starter_files()
    for path in GUIDES:
        file = root / path
        if not file.is_file():
            continue
        if file.resolve() != root.resolve() / path or file.stat().st_nlink > 1:  # nothing written out of the project
            said.append(
                f"{path}: not rewritten for the new framework: it is reached through a symbolic link, or has another "
                "name (a hard link), which may be outside the project; write its examples for this framework by hand"
            )
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            said.append(f"{path}: not rewritten for the new framework: it cannot be read as text")
            continue
        written = text
        if before is not None:
            written = _carried(
                text, fill(starter[path], example_values(before)), fill(starter[path], example_values(now))
            )
        if path == "CONTRIBUTING.md":
            written = regenerate(written, now)
        if written != text:
            file.write_text(written, encoding="utf-8")
            said.append(f"rewrote {path}: its examples and templates now name this framework")
        old = before.challenges[0].id if before is not None else None
        if old is not None and now.challenge(old) is None:
            said += [
                f"{path}:{number}: this line, changed since `portfolio init` wrote it, still names the challenge "
                f'"{old}" of the framework before; name one of this framework\'s ({now.challenges[0].id}, ...)'
                for number, line in enumerate(written.split("\n"), 1)
                if _names(line, old)
            ]
    return said


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
