"""The checks that tell many lines of a page count its line breaks once (line_numbers), not from the top for each
line told: each line told is the right one, in code or out, with many of them on a page (a hostile review: 280 KB
of them took a second each, four times as long for twice the text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from evidence_portfolio.reading.extension_marks import marks_without_extension
from evidence_portfolio.reading.line_numbers import LinePlaces, with_lines
from evidence_portfolio.reading.links import spaced_links, titled_wrongly
from evidence_portfolio.reading.project_files import in_the_project
from evidence_portfolio.reading.tables import unruled_tables
from evidence_portfolio.reading.yaml_lines import escaped_characters, load_yaml, pasted_characters

FENCED = "```\n{0}\n```\n"


@pytest.mark.parametrize(
    ("check", "written", "told"),
    [
        (spaced_links, "[a] (x/y.md)\n", lambda found: found),
        (titled_wrongly, "[a](x.md \u201ct)\n", lambda found: [line for line, *_ in found]),
        (unruled_tables, "| a |\n| b |\n\n", lambda found: found),
    ],
)
def test_each_line_told_is_its_own(check: Callable[[str], list[Any]], written: str, told: Callable[..., Any]) -> None:
    lines, fenced = written.count("\n"), FENCED.format(written.strip())
    body = written * 300 + fenced + written * 300
    after = 300 * lines + fenced.count("\n")
    assert told(check(body)) == [n * lines for n in range(300)] + [after + n * lines for n in range(300)]


def test_a_mark_in_code_is_passed_over_and_the_one_after_it_told() -> None:
    body = FENCED.format("!!! note") * 3000 + "text\n\n!!! note\n    Told.\n"
    assert marks_without_extension(body, ()) == [(9002, "admonition", "a note box")]


def test_places_and_lines_agree() -> None:
    body = "a\n\nbc\n" * 50
    places = LinePlaces(body)
    assert [places.line(at) for at in range(len(body))] == [body.count("\n", 0, at) for at in range(len(body))]
    assert all(body[places.start(line) - 1] == "\n" for line in range(1, 150))
    assert [line for line, _ in with_lines(body, re.compile("bc"))] == [3 * n + 2 for n in range(50)]


def test_each_pasted_character_of_a_long_front_matter_is_told_at_its_line() -> None:
    """Front matter of 4,000 lines each holding a zero-width space pasted from a word processor: each told at its own
    line (40,000 took 14 s, each line counted from the top)."""
    text = "title: A\n" + "note: a\u200b\n" * 4000
    _, problems = pasted_characters(text)
    assert [problem.line for problem in problems] == list(range(1, 4001))


@pytest.mark.parametrize(
    ("line", "told"),
    [
        ('summary: "a\\n\\nb"', False),  # line breaks meant (a review of valid portfolios)
        ('summary: "Agreed.\\nReviewed.\\nDone."', False),
        ('summary: "Line one\\r\\nLine two\\r\\nLine three"', False),
        ('title: "Col A\\tCol B\\tCol C"', False),
        ('summary: "Steps:\\n1. plan\\n2. do"', False),
        ('summary: "Version 1\\nVersion 2.0"', False),
        ('attachments: ["files\\new minutes.pdf"]', True),  # Windows paths
        ('summary: "Saved in S:\\team"', True),
        ('summary: "Saved in shared\\teams\\records"', True),
        ('summary: "Agreed.\\nMore at example.org"', False),  # a sentence, not a file's name
        ('summary: "The ratio $\\theta$ rose"', True),  # LaTeX: the value read as "$<tab>heta$"
        ('summary: "$\\frac{a}{b}$"', True),
    ],
)
def test_an_escape_is_told_in_a_path_not_in_text_meant(line: str, told: bool) -> None:
    assert bool(list(escaped_characters(load_yaml(line), [line]))) is told


def test_a_project_file_is_told_in_the_project_through_a_link_above_it_and_not_through_one_inside(
    tmp_path: Path,
) -> None:
    """`mkdocs build -f link/mkdocs.yml` (macOS's /tmp is a link) read framework.yml as outside the project; and
    `lnk/../framework.yml`, `lnk` leading out of the project, was read from outside it (a review)."""
    project, elsewhere = tmp_path / "project", tmp_path / "elsewhere" / "sub"
    project.mkdir()
    elsewhere.mkdir(parents=True)
    (project / "framework.yml").write_text("title: x\n")
    (tmp_path / "elsewhere" / "framework.yml").write_text("title: y\n")
    (tmp_path / "link").symlink_to(project)
    (project / "lnk").symlink_to(elsewhere)
    assert in_the_project(project.resolve(), tmp_path / "link" / "framework.yml")
    assert in_the_project(project, project / "framework.yml")
    assert not in_the_project(project.resolve(), project / "lnk" / ".." / "framework.yml")
    assert not in_the_project(project.resolve(), tmp_path / "link" / "lnk" / ".." / "framework.yml")
