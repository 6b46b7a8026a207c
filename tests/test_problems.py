"""Errors and warnings (SPEC section 5): every kind, from a real file on disk, at its exact `PATH:LINE` and code.

The cases are rows of two tables, ERRORS and WARNINGS: the files a row writes, the `PATH:LINE: severity` it
expects and the problem's `code` (rarely a piece of its wording, where the wording is the point).

- Each row is checked at the core level: its files are written into a small project and the one pipeline both
  doors take (`assemble(load_settings(root)).problems`) is asked for its problems, in milliseconds.
- A handful of tests prove that both doors, `portfolio check` and `mkdocs build`, report the same lines, with the
  same verdict: an error fails both; a mistake fails them under `--strict`; a gap fails them under `--strict`
  only with `strict_gaps: true` (or `portfolio check --strict-gaps`).
- One test runs both doors over every bad input of this file, batched into as few projects as possible, and
  asserts that they report the same `PATH:LINE: severity` lines and reach the same verdict (issue 9, "one verdict").

Front matter starts on line 2 of an item (line 1 is `---`), so an item's first key is on line 2, and a
required key that is absent is reported at line 1, the `---` that opens the front matter.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import FRAMEWORK, MKDOCS_YML, BuildResult, Project
from evidence_portfolio.commands.command_line import failed, github_annotation
from evidence_portfolio.model.codes import CODES
from evidence_portfolio.model.item_types import ITEM_TYPES
from evidence_portfolio.model.problems import Problem, suggest

# ----------------------------------------------------------------------------------------------------- helpers


def md(front_matter: str, body: str = "Body text.\n") -> str:
    """A Markdown file with the given front matter (dedented); its first key is on line 2."""
    return "---\n" + textwrap.dedent(front_matter).strip("\n") + "\n---\n" + body


EVIDENCE = "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
INSIDE = 'is inside "notes" (indented under it, or within its brackets)'
"""How a problem says where a key inside another key's value is."""
"""The front matter of a valid item: title on line 2, type 3, maps_to 4, date 5; the body starts on line 7."""


def evidence(maps_to: str, date: str = "2026-06-01", title: str = "Evidence") -> str:
    return md(f"title: {title}\ntype: evidence\nmaps_to: {maps_to}\ndate: {date}\n")


def framework(old: str, new: str) -> str:
    """The test framework with one piece of text replaced (which must be there)."""
    assert old in FRAMEWORK, old
    return FRAMEWORK.replace(old, new, 1)


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target`, a path relative to the project root (`../x` is outside the project)."""

    target: str
    directory: bool = False
    dangling: bool = False
    """The target is not created: the link leads nowhere."""


Content = str | bytes | Link
Tree = dict[str, Content]

COVERED: Tree = {
    "evidence/cover/partnerships-plan.md": evidence("partnerships/plan"),
    "evidence/cover/partnerships-do.md": evidence("partnerships/do"),
    "evidence/cover/partnerships-review.md": evidence("partnerships/review"),
    "evidence/cover/people-plan.md": evidence("people/plan"),
}
"""Items that cover every section of the test framework: with them, a project has no coverage warning."""

STALE_FRAMEWORK = framework("min_evidence: 1\n", "min_evidence: 1\nmax_evidence_age_days: 365\n")
"""As of 2026-11-27 (the fixture's `as_of`), an item dated 2025-11-27 is 365 days old: not stale; 2025-11-26 is."""

GAPS = frozenset(("stale-item", "overdue-action", "uncovered-section", "unbacked-rating"))
"""The warnings that say the portfolio is incomplete (SPEC section 5): `--strict` fails on them only when asked."""

STRICT_GAPS_YML = MKDOCS_YML + "      strict_gaps: true\n"


def write_files(project: Project, files: Tree) -> None:
    for path, content in files.items():
        if isinstance(content, Link):
            target = (project.root / content.target).resolve()
            if content.directory:
                target.mkdir(parents=True, exist_ok=True)
                (target / "secret.md").write_text("# Secret\n", encoding="utf-8")
            elif not target.exists() and not content.dangling:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text("# Outside the project\n", encoding="utf-8")
            link = project.root / path
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, link, target_is_directory=content.directory)
        else:
            project.write(path, content)


def where(problem: Problem | str) -> str:
    """`PATH:LINE: severity` of a problem, or of a reported line."""
    text = str(problem)
    match = REPORTED.match(text)
    assert match, text
    return f"{match['path']}:{match['line']}: {match['severity']}"


REPORTED = re.compile(r"^(?P<path>.+?):(?P<line>\d+): (?P<severity>error|warning): ")
"""A problem as both doors print it (the build log puts MkDocs' plugin prefix "portfolio: " before it)."""

BUILD_STOPPED = re.compile(r"^the portfolio has \d+ errors? \(listed above\)")


def reported(built: BuildResult) -> tuple[list[str], list[str]]:
    """The problem lines a build logged at warning level or above, and any other such line (which `portfolio
    check` would not know about: MkDocs' own warnings), without the build's final "the portfolio has N errors"."""
    problems, others = [], []
    for line in built.warnings:
        text = line.removeprefix("portfolio: ")
        if REPORTED.match(text):
            problems.append(text)
        elif not BUILD_STOPPED.match(text):
            others.append(line)
    return problems, others


def the_one(problems: list[Problem], place: str, code: str) -> Problem:
    """The one problem at `place` (`PATH:LINE: severity`) with this code."""
    found = [p for p in problems if where(p) == place and p.code == code]
    assert len(found) == 1, f"expected one {place} [{code}], got:\n" + "\n".join(f"{p} [{p.code}]" for p in problems)
    return found[0]


# --------------------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Case:
    name: str
    files: Tree
    where: str
    """`PATH:LINE: severity` of the problem the files must give."""
    code: str
    says: str = ""
    """Part of the message, only where the wording is the point (a suggestion, naming both files)."""
    alone: bool = False
    """The problem is the only one of the project (a row that also writes COVERED)."""
    root: bool = False
    """Its files mean what they mean only at the top of evidence/ (an attachment climbing out with `..`)."""

    @property
    def severity(self) -> str:
        return self.where.rsplit(": ", 1)[1]


def as_a_mac_stores(text: str) -> str:
    """`text` with its accented letters stored as a Mac may store them: each as its letter and its accent."""
    return unicodedata.normalize("NFD", text)


def pasted(char: str) -> str:
    """An item with `char` pasted into line 3 and a date that does not exist on line 6."""
    return md(
        f"title: A\nsummary: Minutes{char}of the forum\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30"
    )


def word_processed(line: str) -> str:
    """An item with a line typed in a word processor as line 3 (and those after it, for a line that holds two), and
    a date that does not exist three lines further down."""
    return md(f"title: A\n{line}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30")


BROKEN_LINKS = md(
    EVIDENCE,
    (
        "The plan is below.\n"  # line 7
        "\n"  # line 8
        "See [the plan](files/plan.pdf).\n"  # line 9: inline
        "\n"  # line 10
        "Read [the minutes][minutes].\n"  # line 11
        "\n"  # line 12
        "[minutes]: files/minutes.pdf\n"  # line 13: reference definition
        "\n"  # line 14
        '<a href="files/raw.pdf">the raw file</a>\n'  # line 15: raw HTML
    ),
)

CLASHING_ITEMS: Tree = {
    "evidence/x.md": md("title: X\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/x/index.md": md("title: X again\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01"),
}
README_AND_INDEX: Tree = {"evidence/x/README.md": "# Readme\n", "evidence/x/index.md": "# Index\n"}
MD_AND_MARKDOWN: Tree = {"evidence/x.md": "# X\n", "evidence/x.markdown": "# X again\n"}
WITHHELD_PAGE_ATTACHED: Tree = {
    "evidence/a.md": md(EVIDENCE + "\nvisibility: public\nattachments: [notes.md]"),
    "evidence/notes.md": md(
        "title: Notes\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: internal"
    ),
}
PUBLIC_PAGE_ATTACHED: Tree = {
    "evidence/a.md": md(EVIDENCE + "\nvisibility: public\nattachments: [guide.md]"),
    "evidence/guide.md": "# Guide\n",
}
ACTION = (
    "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Sam\ndue: 2027-01-01\nstatus: planned"
)
TWO_ASSESSMENTS: Tree = {
    "evidence/self-assessments/b-second.md": md(
        "title: B\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  plan: poor"
    ),
    "evidence/self-assessments/a-first.md": md(
        "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  do: poor"
    ),
}
ATTACHMENT_LINKED_OUT: Tree = {
    "evidence/a.md": md(EVIDENCE + "\nattachments: [files/plan.pdf]"),
    "evidence/files/plan.pdf": Link("../outside/plan.pdf"),
}


ERRORS = [
    # --- YAML that does not parse, at its line
    Case(
        "yaml-unclosed-bracket-before-more-keys",
        {
            "evidence/a.md": md(
                "title: A\ntags: [one, two\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:3: error",
        "yaml-syntax",
    ),
    Case(  # a review of valid portfolios: told to indent with spaces, not tabs, in a line without a tab
        "yaml-a-title-starting-with-an-at-sign",
        {"evidence/a.md": md('title: @Porthmadog Juniors win the "club of the year"\ntype: evidence')},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="found character that cannot start any token; a value cannot start with @ outside quotes: write it "
        "title: '@Porthmadog Juniors win the \"club of the year\"'",
    ),
    Case(  # a staff review: its author, who had put it in quotes, was told to put it in quotes
        "yaml-a-title-in-curly-quotes-with-a-colon-after",
        {"evidence/a.md": md("title: \u201cOur plan\u201d: the year\ntype: evidence")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="the value opens with a curly quote (\u201c), pasted from a word processor, which YAML reads as a letter, "
        'not a quote, so the ": " in it reads as the start of another key; put the whole value in straight quotes: '
        'title: "\u201cOur plan\u201d: the year"',
    ),
    Case(  # its comment left a comment (a review of the change: moved into the title)
        "yaml-a-title-starting-with-an-at-sign-and-a-comment",
        {"evidence/a.md": md("title: @Club news # draft, check with comms\ntype: evidence")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says='a value cannot start with @ outside quotes: write it title: "@Club news" # draft, check with comms',
    ),
    Case(  # and an @ beside a tab is told as the @ (a review of that)
        "yaml-a-title-starting-with-an-at-sign-and-holding-a-tab",
        {"evidence/a.md": md("title: @Club\twins the cup\ntype: evidence")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says='a value cannot start with @ outside quotes: write it title: "@Club\twins the cup"',
    ),
    Case(  # a review of the change: a tab after a list's dash was told to be an @, ` or %
        "yaml-a-tab-after-a-lists-dash",
        {"evidence/a.md": md("title: A\ntags:\n-\tolder-adults\ntype: evidence")},
        "evidence/a.md:4: error",
        "yaml-syntax",
        says="this line holds a tab, which YAML does not take there: type spaces in its place",
    ),
    Case(
        "yaml-a-tag-starting-with-a-percent-sign",
        {"evidence/a.md": md("title: A\ntags:\n  - older-adults\n  - %ThisGirlCan\ntype: evidence")},
        "evidence/a.md:5: error",
        "yaml-syntax",
        says='a value cannot start with % outside quotes: write it - "%ThisGirlCan"',
    ),
    Case(  # a careless contributor's review: told to quote it, which made it a text ratings does not take
        "yaml-pairs-on-a-keys-line",
        {
            "evidence/a.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\n"
                "ratings: plan: good, do: fair"
            )
        },
        "evidence/a.md:6: error",
        "yaml-syntax",
        says='the value of "ratings" is pairs of keys and values: write them in braces, ratings: {plan: good, do: '
        'fair}, or each on a line of its own, indented under "ratings:" with two spaces',
    ),
    Case(  # a careless contributor's review: told to write "community: impact in 2026."
        "yaml-text-wrapped-onto-the-margin",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: The sessions won the award for\ncommunity impact in 2026.")},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says='this line reads as the rest of "summary" on the line above, a text that runs on: indent it with two',
    ),
    Case(  # a careless contributor's review: an email's lines under strengths, told to write "Strong: joint ..."
        "yaml-entries-at-the-margin-under-a-key",
        {"evidence/a.md": md(EVIDENCE + "\ntags:\nStrong joint working")},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says='a line under "tags:" belongs to it: indent it with two spaces, and, if it is one of a list\'s entries, '
        'start it with "- ", a dash and a space',
    ),
    Case(  # a review of valid portfolios: told to make "Age" a key, the second sentence pasted from Word
        "yaml-a-second-sentence-at-the-margin",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: The forum agreed the framework.\nAge UK will lead the strand.")},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says='this line reads as the rest of "summary" on the line above, a text that runs on',
    ),
    Case(  # a careless contributor's review: told that each line needs a key, a colon and a space
        "yaml-an-entry-without-the-space-after-its-dash",
        {"evidence/a.md": md(EVIDENCE + "\ntags:\n  - forum\n  -partners\n  - plans")},
        "evidence/a.md:8: error",
        "yaml-syntax",
        says="this line is an entry of the list above with no space after its dash, which YAML reads as more text; "
        "put a space after the dash: - partners",
    ),
    Case(  # a review of valid portfolios: told it was the rest of the date above
        "yaml-a-key-without-its-colon-under-another",
        {"evidence/a.md": md(EVIDENCE + "\nvisibility public")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="each line needs a key, a colon and a space: write it visibility: public",
    ),
    *(
        Case(  # a careless contributor's review: the link's text alone, or no picture, without a word
            f"link-title-not-in-straight-quotes-{number}",
            {**COVERED, "evidence/a.md": md(EVIDENCE, f"Intro.\n\nSee [the story]({link}).\n")},
            "evidence/a.md:9: warning",
            "broken-link",
            says=f"a link on this line has a title after its address that is not in straight quotes, opened and closed "
            f"({link.split(' ', 1)[1]}), which Markdown reads as more of the address",
            alone=True,
        )
        for number, link in enumerate(
            ('https://example.org/story "Swim club', "https://example.org/story \u201cSwim club\u201d")
        )
    ),
    *(
        Case(  # a careless contributor's review: a figure left out, or moved to the wrong column, without a word
            f"table-row-with-a-cell-too-many-{number}",
            {
                **COVERED,
                "evidence/a.md": md(EVIDENCE, f"## Outcomes\n\n| Measure | Before | After |\n|---|---|---|\n{row}\n"),
            },
            "evidence/a.md:11: warning",
            "table-row-too-long",
            says="this table's row has 4 cells, and the table 3 columns (the dashes under its headings), so the page "
            "leaves out the cells after the first 3 without a word",
            alone=True,
        )
        for number, row in enumerate(("| Members | 120 | 180 | +50% |", "| Visits | 900|1000 | 1400 |"))
    ),
    *(
        Case(  # a careless contributor's review: told the cells past the last column were left out, where the page
            # (and GitHub's preview) showed no table at all, every row as typed
            f"table-rule-unlike-its-headings-{number}",
            {**COVERED, "evidence/a.md": md(EVIDENCE, f"## Outcomes\n\n{table}")},
            "evidence/a.md:9: warning",
            "table-without-rule",
            says=f"this table's first row has {cells} cells, and the row of dashes under it {columns}, so Markdown does "
            "not read it as a table",
            alone=True,
        )
        for number, (table, cells, columns) in enumerate(
            (
                ("| Measure | Before | After |\n|---|---|\n| Members | 120 | 180 |\n", 3, 2),
                ("| Measure | Before |\n|---|---|---|\n| Members | 120 | 180 |\n", 2, 3),
            )
        )
    ),
    Case(  # a careless contributor's review: the row added as told showed Word's dashes as a row of cells
        "table-rule-typed-with-long-dashes",
        {"evidence/a.md": md(EVIDENCE, "| Measure | 2025 |\n|\u2014|\u2014|\n| Sessions | 10 |\n")},
        "evidence/a.md:7: warning",
        "table-without-rule",
        says='the line below it is one, typed with long dashes ("|\u2014|\u2014|"), as a word processor writes "---", '
        "which Markdown does not read: type its dashes again as hyphens (|---|---|)",
    ),
    *(
        Case(  # a careless contributor's review: told to write partners: [[Age UK, NHS Trust]]
            f"list-in-quotes-{key}",
            {"evidence/a.md": md(front_matter)},
            f"evidence/a.md:{line}: error",
            "wrong-kind",
            says=f'"{key}" is a list in brackets written in quotes, which YAML reads as one text, "{value}"; remove '
            f"the quotes around it: {key}: {value}",
        )
        for key, value, line, front_matter in (
            ("partners", "[Age UK, NHS Trust]", 6, EVIDENCE + '\npartners: "[Age UK, NHS Trust]"'),
            (
                "maps_to",
                "[partnerships/plan, people/do]",
                4,
                EVIDENCE.replace("partnerships/plan", "'[partnerships/plan, people/do]'"),
            ),
        )
    ),
    Case(  # a careless contributor's review: told the challenge's id, and the section's only once that was mended
        "target-in-other-capitals",
        {"evidence/a.md": md(EVIDENCE.replace("partnerships/plan", "Partnerships / Plan"))},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='unknown challenge "Partnerships" in maps_to; ids are written in their own capitals: write '
        '"partnerships/plan"',
    ),
    *(
        Case(  # a careless contributor's review: told to put the value in quotes, then of an unknown key
            f"key-in-markdown-marks-{number}",
            {"evidence/a.md": md(EVIDENCE.replace("title: A", f"{marks}: Swim lessons"))},
            "evidence/a.md:2: error",
            "yaml-syntax",
            says=f'the key "title" is written with Markdown\'s marks around it ("{marks}"), which front matter does '
            "not take; write it title: Swim lessons",
        )
        for number, marks in enumerate(("**title**", "`title`", "*title*"))
    ),
    Case(  # a careless contributor's review: told to join the text to the line above it, a blank line
        "front-matter-closed-by-a-rule-in-the-text",
        {"evidence/a.md": "---\n" + EVIDENCE + "\n\nWe ran swimming lessons for pupils.\n\n---\n\nMore text.\n"},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says="this line, below a blank line, has no key: if it is the page's text, the front matter is not closed "
        'above it (a rule "---" further down closed it): add a line "---" above the blank line; if it is more of '
        '"date", indent it with two spaces',
    ),
    Case(  # a careless contributor's review: each line told to be an unknown key, nothing of the "---" left out
        "front-matter-closed-by-a-rule-below-an-email",
        {"evidence/a.md": "---\n" + EVIDENCE + "\n\nFrom: Jo Bloggs\nSubject: Swim lessons\n---\n\nMore text.\n"},
        "evidence/a.md:7: warning",
        "unknown-key",
        says='unknown key "From" in front matter; if this line and those below it are an email\'s, pasted as the '
        'page\'s text, the front matter is not closed above them (a rule "---" further down closed it): add a line '
        '"---" above them',
    ),
    Case(  # a false-positive review: told of a rule further down, where the front matter closes below them
        "keys-of-its-own-below-a-blank-line",
        {"evidence/a.md": md(EVIDENCE + "\n\nVenue: Riverside Leisure Centre\nContact: Jo Bloggs")},
        "evidence/a.md:7: warning",
        "unknown-key",
        says='unknown key "Venue" in front matter; valid keys:',
    ),
    *[
        Case(  # a fuzz of malformed input: one partner, "Council - NHS Trust", without a word (maps_to's was told)
            f"list-entries-below-a-key-with-a-value-of-its-own-{key}",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f"\n{key}: Council\n  - NHS Trust\n  - Age UK")},
            "evidence/a.md:6: warning",
            "comma-list",
            says=f'"{key}" is one {noun}, "Council - NHS Trust - Age UK": the lines below it start with "- ", but '
            f'"{key}:" has a value on its own line, so YAML reads them as more of that text; write the list in '
            f'brackets, {key}: [Council, NHS Trust, Age UK], or each entry on a line of its own below "{key}:", '
            'starting with "- "',
            alone=True,
        )
        for key, noun in (("partners", "partner"), ("tags", "tag"), ("authors", "author"))
    ],
    Case(  # a careless contributor's review: one partner of both, dashes and all
        "list-entries-without-a-space-after-the-dash",
        {"evidence/a.md": md(EVIDENCE + "\npartners:\n  -Age UK\n  -NHS Trust")},
        "evidence/a.md:6: warning",
        "comma-list",
        says='"partners" is one text, "-Age UK -NHS Trust", which starts with a dash but no space after it, which YAML '
        "reads as text, not as a list's entries; write the list in brackets, such as partners: [Age UK, NHS Trust], "
        "or each entry",
    ),
    Case(  # a careless contributor's review: copied from the browser showing portfolio serve
        "preview-link",
        {"evidence/a.md": md("title: A", "See [the plan](http://localhost:8000/partnerships/plan/).\n")},
        "evidence/a.md:4: warning",
        "preview-link",
        says="a link on this line is an address of the preview on your own computer",
    ),
    Case(  # a careless contributor's review: two pull requests adding one file; each fix told kept the internal one
        "merge-conflict-of-two-versions-of-an-item",
        {
            "evidence/a.md": "<<<<<<< HEAD\n"
            + md(f"{EVIDENCE}\nvisibility: public", "Twenty partners attended.\n")
            + "=======\n"
            + md(f"{EVIDENCE}\nvisibility: internal", "The council's lead was critical.\n")
            + ">>>>>>> feature/forum-notes\n"
        },
        "evidence/a.md:1: error",
        "merge-conflict",
        says="a merge left two versions of a part of this file, lines 1 to 19, between git's marks",
    ),
    Case(
        "merge-conflict-in-the-framework",
        {
            "framework.yml": FRAMEWORK.replace(
                "min_evidence: 1\n", "<<<<<<< HEAD\nmin_evidence: 1\n=======\nmin_evidence: 2\n>>>>>>> b\n"
            )
        },
        "framework.yml:13: error",
        "merge-conflict",
        says="keep the lines of the version you want, and delete the other version's lines and the three marks",
    ),
    Case(  # a review of malformed input: the tags dropped without a word
        "front-matter-key-below-it",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01", "\ntags: [a, b]\n"
            )
        },
        "evidence/a.md:8: warning",
        "front-matter-below",
        says='"tags: [a, b]" is below the front matter, where it is not read',
    ),
    Case(  # "..." ends front matter too: the visibility under it is text
        "front-matter-key-below-three-dots",
        {
            "evidence/a.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n...\n"
            "partners:\n  - Age UK\nvisibility: public\n---\n\nBody.\n"
        },
        "evidence/a.md:7: warning",
        "front-matter-below",
        says='"partners:" is below the front matter, where it is not read (the front matter ends at the "---" or "..."',
    ),
    Case(  # a fuzz of malformed input: a "---" typed among the keys, above one no item reads, was told only as the
        # required keys below it missing, at line 1, which the author could see were there
        "front-matter-required-key-below-an-unknown-one",
        {
            "evidence/a.md": "---\ntitle: A\ntype: evidence\n--- \nfoo: 1\nmaps_to: partnerships/plan\n"
            "date: 2026-01-01\nvisibility: public\n---\n\nBody.\n"
        },
        "evidence/a.md:6: warning",
        "front-matter-below",
        says='"maps_to: partnerships/plan" is below the front matter, where it is not read (the front matter ends at '
        'the "---" or "..." above it), so the page has no "maps_to"',
    ),
    Case(  # a review of valid portfolios: told of a ": " the line does not hold
        "yaml-value-ending-with-a-colon",
        {"evidence/a.md": md("title: Board minutes, item 6:\ntype: evidence")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says='a value holds ": " or ends with ":" (put the whole value in quotes',
    ),
    Case(
        "yaml-unclosed-bracket-last-line",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ntags: [one, two")},
        "evidence/a.md:5: error",
        "yaml-syntax",
    ),
    Case(  # a careless-user review: named at the key below it, which is where it should be
        "yaml-key-indented-less-than-its-neighbours",
        {
            "evidence/a.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n"
                "  plan: good\ndo: fair\n  review: good"
            )
        },
        "evidence/a.md:8: error",
        "yaml-syntax",
        says="this line is indented 0 spaces, where the lines above and below it are indented 2, so it ends the "
        "block they are in; indent it as they are",
    ),
    Case(  # a new organisation's review: told at the line below that a value ends with ":"
        "yaml-key-moved-level-with-the-key-it-belongs-under",
        {"framework.yml": framework("        question: How do you work", "      question: How do you work")},
        "framework.yml:24: error",
        "yaml-syntax",
        says='this line is indented as "do:" above it, which is left empty, and the line below it is indented more, '
        'as if it were under this one; if this line belongs under "do:", indent it 8 spaces, as the line below is; '
        "else indent the line below as this one",
    ),
    Case(  # the same review: the line below moved left too, each told of an unknown section "question"
        "a-section-s-question-level-with-its-id",
        {
            "framework.yml": framework(
                "        question: How do you work with partners?\n        best_practice: We co-produce.",
                "      question: How do you work with partners?\n      best_practice: We co-produce.",
            )
        },
        "framework.yml:24: error",
        "unknown-section",
        says='"question" is indented as the sections of challenge "partnerships" are, as if it were one; it belongs '
        'to the section "do" above it: indent it two spaces more than "do:"',
    ),
    Case(  # an assessor's review: "• • Volunteer coaching academy" in the pack and its PDF
        "a-bullet-after-a-list-entry-s-dash",
        {
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\nstrengths:\n  - Good plans\n  - \u2022 Volunteer coaching academy"
            )
        },
        "evidence/r.md:9: error",
        "dash-bullet",
        says='this list entry has a bullet (•) after its "- ", pasted from a word processor, so the site would show '
        "two bullets; delete the •",
    ),
    Case(  # an assessor's review: "[here](../workforce/plan.md)" and "**bold**" shown with their marks
        "markdown-in-an-assessor-s-entry",
        {
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\nimprovements:\n  - Plan with partners\n  - Publish the [survey](x.md)"
            )
        },
        "evidence/r.md:9: warning",
        "shown-as-typed",
        says='this entry of "improvements" holds Markdown (a link), which the pages show as typed, marks and all; '
        "write it as plain text, and give a link in the report's own text below its front matter",
    ),
    Case(
        "bold-in-an-assessor-s-entry",
        {
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\nstrengths: [A **workforce plan**, Partners involved]"
            )
        },
        "evidence/r.md:7: warning",
        "shown-as-typed",
        says='this entry of "strengths" holds Markdown (bold)',
    ),
    Case(  # the same review: shown as one entry, "• A • B"
        "a-block-of-lines-with-bullets",
        {
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\nimprovements: |\n  \u2022 Involve partners\n  \u2022 Publish the survey"
            )
        },
        "evidence/r.md:7: warning",
        "comma-list",
        says='"improvements" is one entry, "• Involve partners ...", written as a list with a word processor\'s '
        'bullets, which YAML reads as one text; for several, start each on a line of its own with "- "',
    ),
    Case(
        "one-text-with-bullets",
        {
            "evidence/r.md": md(
                'title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\nstrengths: "\u2022 Good plans \u2022 Partners involved"'
            )
        },
        "evidence/r.md:7: warning",
        "comma-list",
        says='"strengths" is one entry, "• Good plans • Partners involved", written as a list',
    ),
    Case(  # a review of the first version: the line of a section's id lost, not a key moved left
        "a-section-s-id-line-lost",
        {
            "framework.yml": framework(
                "      do:\n        question: How do you work with partners?\n        best_practice: We co-produce.",
                "      question: How do you work with partners?\n      best_practice: We co-produce.",
            )
        },
        "framework.yml:23: error",
        "unknown-section",
        says='"question" is indented as the sections of challenge "partnerships" are, as if it were one; the section '
        '"plan" above it has its own question, so the line of a section\'s id (such as "do:") seems to be missing '
        "above this one: write it, and indent its lines two spaces more",
    ),
    Case(  # the same review: a list at its key's indentation is the key's own, and its entry's ": " the fault
        "yaml-a-list-at-its-key-s-indentation-with-a-colon-in-a-wrapped-entry",
        {
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\n"
                "strengths:\n- Good plans with partners\n  including the council: they meet monthly\n- Clear targets"
            )
        },
        "evidence/r.md:9: error",
        "yaml-syntax",
        says='YAML does not parse: mapping values are not allowed in this context; a value holds ": " or ends with',
    ),
    Case(  # a careless-user review: named at the key below the dash, which is where YAML gave up
        "yaml-one-key-written-as-a-list-entry",
        {
            "evidence/a.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n"
                "  - plan: good\n  do: fair"
            )
        },
        "evidence/a.md:7: error",
        "yaml-syntax",
        says='this line starts a list with "- ", but "do:" below it, at its indentation, is a key without one; take '
        'the "- " out of this line (or start each of the others with "- ")',
    ),
    Case(  # an outside review: the message said what PyYAML says, without a word of how to mend it
        "yaml-empty-entry-of-a-list",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ntags: [a, , b]\ndate: 2026-01-01")},
        "evidence/a.md:5: error",
        "yaml-syntax",
        says="a list in [ ] (or a mapping in { }) has an empty entry (two commas together, or a comma first)",
    ),
    Case(
        "yaml-python-tag",
        {
            "evidence/a.md": md(
                "title: !!python/object/apply:os.system [ls]\ntype: evidence\nmaps_to: partnerships/plan"
            )
        },
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="remove the word starting with ! before the value",
    ),
    Case(
        "yaml-merge-of-a-value",
        {"evidence/a.md": md("title: A\n<<: 5\ntype: evidence")},
        "evidence/a.md:3: error",
        "yaml-syntax",
        says='"<<" merges a mapping into this one',
    ),
    Case(
        "yaml-unclosed-quote",
        {"evidence/a.md": md('title: "A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01')},
        "evidence/a.md:2: error",
        "yaml-syntax",
    ),
    Case(
        "yaml-bad-indentation-of-list-entry",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n - partnerships/do\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:6: error",
        "yaml-syntax",
    ),
    Case(
        "yaml-bad-indentation-of-key",
        {"evidence/a.md": md("title: A\n type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "yaml-syntax",
    ),
    Case(
        "yaml-framework-does-not-parse",
        {"framework.yml": framework("title: Test Standard\n", "title: Test: Standard\n")},
        "framework.yml:2: error",
        "yaml-syntax",
    ),
    # --- quote marks and colons as people type them (an outside review): the line at fault, and how to write it
    Case(
        "yaml-apostrophe-in-single-quotes",
        {"evidence/a.md": md("title: 'It's ours'\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="the rest of the line, s ours', is not read; for a quote mark inside a value, write it twice ('') or put "
        'the whole value in double quotes: title: "It\'s ours"',
    ),
    Case(
        "yaml-double-quotes-inside-double-quotes",
        {"evidence/a.md": md(EVIDENCE + '\nsummary: "Our "best" year"')},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="summary: 'Our \"best\" year'",
    ),
    Case(
        "yaml-quoted-word-then-more",
        {"evidence/a.md": md('title: "Best" year ever\ntype: evidence\nmaps_to: partnerships/plan')},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="the rest of the line, year ever, is not read",
    ),
    Case(  # YAML read on to the apostrophe four lines below, and blamed its line's indentation
        "yaml-quote-left-open-before-an-apostrophe",
        {"evidence/a.md": md("title: 'Our partners\n" + EVIDENCE.split("\n", 1)[1] + "\nsummary: It's great")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says='up to the next one, at the end of "summary: It\'"; close the quote at the end of this line: title: '
        "'Our partners'",
    ),
    Case(
        "yaml-quote-left-open-in-framework",
        {"framework.yml": framework("title: Test Standard\n", "title: 'Test Standard\n") + "# the team's notes\n"},
        "framework.yml:2: error",
        "yaml-syntax",
        says="close the quote at the end of this line: title: 'Test Standard'",
    ),
    Case(
        "yaml-windows-path-in-double-quotes",
        {"evidence/a.md": md(EVIDENCE + '\nsummary: "Saved in C:\\Users\\club"')},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="a backslash (\\) inside double quotes starts an escape",
    ),
    *[  # an escape YAML knows, read as a line break or a tab: the path changed without a word (a novice's review)
        Case(
            f"yaml-windows-path-in-double-quotes-read-as-{name}",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f"\n{line}"), "evidence/files/new minutes.pdf": b"%PDF-1.4\n"},
            f"evidence/a.md:{at}: error",
            "yaml-syntax",
            says=f'a backslash (\\) inside double quotes starts an escape: "\\{letter}" in "{text}" is read as {read_as};'
            f" write a path with / ({text.replace(chr(92), '/')}), or put the value in single quotes ('{text}')",
        )
        for name, line, at, letter, text, read_as in [
            (
                "a-line-break",
                'attachments: ["files\\new minutes.pdf"]',
                6,
                "n",
                "files\\new minutes.pdf",
                "a line break",
            ),
            ("a-tab", 'summary: "Saved in S:\\team"', 6, "t", "Saved in S:\\team", "a tab"),
            (
                "in-a-list",
                'attachments:\n  - "files\\new minutes.pdf"',
                7,
                "n",
                "files\\new minutes.pdf",
                "a line break",
            ),
        ]
    ],
    *[  # LaTeX in double quotes: a back-slash meant as itself, told to be quoted singly, not as a path
        Case(
            f"yaml-formula-in-double-quotes-{letter}",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f'\nsummary: "{text}"')},
            "evidence/a.md:6: error",
            "yaml-syntax",
            says=f'a backslash (\\) inside double quotes starts an escape: "\\{letter}" in "{text}" is read as {read_as};'
            f" put the value in single quotes ('{text}')",
            alone=True,
        )
        for letter, text, read_as in [
            ("t", "Rose by $\\theta$", "a tab"),
            ("a", "$\\alpha\\theta$", "a control character"),
        ]
    ],
    Case(  # YAML read on into the next key, and blamed the next line
        "yaml-key-without-a-colon",
        {"evidence/a.md": md("title Minutes\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="no colon follows it, so the line is read on into the line below; write the key, a colon and a space, "
        "then the value (title: Minutes)",
    ),
    # --- a second review of those: a value in quotes written over lines, as meant, and a plain one
    Case(  # named at its first line, "close the quote", which did not mend it
        "yaml-apostrophe-in-a-quoted-value-over-two-lines",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: 'We worked with the\n  council's team'")},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says="the value in quotes that starts 1 line above ends at the quote mark before s team', so the rest of the "
        "line is not read; for a quote mark inside a value, write it twice ('') or put the whole value in double "
        "quotes",
    ),
    Case(  # "a key starts this line" at the plain value's second line, which is not one
        "yaml-key-indented-under-a-plain-value-over-two-lines",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\nsummary: A long summary that wraps\n"
                "  onto a second line\n  date: 2026-05-14"
            )
        },
        "evidence/a.md:7: error",
        "yaml-syntax",
        says="this line is indented more than the key above it",
    ),
    *[  # told of the line above, to be indented, below a list (a staff walkthrough), or that a value holds ": "
        Case(
            f"yaml-key-indented-under-a-key-with-its-value-{name}",
            {"evidence/a.md": md(f"title: A\ntype: evidence\n{maps_to}date: 2026-05-14\n  summary: Partners met")},
            f"evidence/a.md:{line}: error",
            "yaml-syntax",
            says='"summary:" is indented 2 spaces, more than "date:" above it, which has its value beside it, so this '
            'line is read as more of that value; delete the spaces before "summary:"',
        )
        for name, maps_to, line in [
            ("below-a-list", "maps_to:\n  - partnerships/do\n", 7),
            ("in-brackets", "maps_to: [partnerships/do]\n", 6),
        ]
    ],
    *[  # told only to check the indentation against the lines above (a fuzz)
        Case(
            f"yaml-key-indented-under-a-key-with-its-value-{name}",
            {"evidence/a.md": md(f"title: A\ntype: evidence\nmaps_to: [partnerships/do]\n{above}\n  summary: Met")},
            f"evidence/a.md:{line}: error",
            "yaml-syntax",
            says=f'"summary:" is indented 2 spaces, more than "{key}:" above it, which has its value beside it, so this '
            f'line is read as more of that value; delete the spaces before "summary:"',
        )
        for name, above, key, line in [
            ("quoted", 'date: "2026-05-14"', "date", 6),
            ("with-a-comment", "date: 2026-05-14  # signed", "date", 6),
            ("below-a-comment-line", "date: 2026-05-14\n# signed", "date", 7),
            ("in-brackets-above", "date: 2026-05-14\npartners: [Age UK]", "partners", 7),
        ]
    ],
    *[  # a section taken out of framework.yml: its rating was moved onto another, given twice (a staff walkthrough)
        Case(
            f"a-section-no-longer-in-the-framework-in-{where}",
            {"evidence/a.md": md(front_matter)},
            f"evidence/a.md:{line}: error",
            "unknown-section",
            says=f'unknown section "customer-voice" of challenge "partnerships" in {where}; valid sections: plan, do, '
            f"review; if the framework no longer has this section, {fix}",
        )
        for where, line, front_matter, fix in [
            (
                "ratings",
                6,
                "title: A\ntype: self-assessment\nchallenge: partnerships\nratings:\n  customer-voice: good\n"
                "date: 2026-01-01",
                "delete this line",
            ),
            (
                "maps_to",
                5,
                "title: A\ntype: evidence\ndate: 2026-01-01\nmaps_to: partnerships/customer-voice",
                "map the item to the one it supports now",
            ),
        ]
    ],
    Case(  # told only that the braces were not closed (a review of valid portfolios)
        "yaml-a-colon-in-a-value-in-braces",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\n"
                'ratings: {plan: "good", do: Meets: standard}'
            )
        },
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="a mapping in { } is not closed, or a value in it holds a colon or comma: put it in quotes, such as "
        '{plan: "Meets: standard"}',
    ),
    Case(  # the value YAML keeps, the last, was told at the first's line (a fuzz of malformed input)
        "a-key-given-twice-is-told-at-the-value-kept",
        {"evidence/a.md": md("title: A\ntype: evidence\ntype: other\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-type",
    ),
    Case(  # the first's value on the line below its key: that line was told (a review of the change)
        "a-key-given-twice-is-told-at-the-value-kept-below-the-first",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  partnerships/plan\ndate: 2026-01-01\nmaps_to: partnerships/bogus"
            )
        },
        "evidence/a.md:7: error",
        "unknown-section",
    ),
    *[  # "check the indentation of this line against the lines above", without how (a staff walkthrough)
        Case(
            f"yaml-list-entry-indented-less-than-the-one-above-{above}-{below}",
            {"evidence/a.md": md(f"title: A\ntype: evidence\nmaps_to:\n{' ' * above}- a/b\n{' ' * below}- c/d")},
            "evidence/a.md:6: error",
            "yaml-syntax",
            says=f"this entry of a list is indented {below} space{'' if below == 1 else 's'}, and the entries above it "
            f"{above}: the entries of one list are indented alike; indent it {above} spaces, as they are",
        )
        for above, below in [(4, 3), (2, 1)]
    ],
    Case(  # "put it in double quotes" would make the backslash an escape, whose hint says single quotes again
        "yaml-apostrophe-and-backslash-in-single-quotes",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: 'Saved in S:\\Club's docs'")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="summary: 'Saved in S:\\Club''s docs'",
    ),
    Case(  # a form feed before it: the line was counted as YAML counts lines, one too many
        "placeholder-text-after-a-form-feed",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "Intro\x0cmore.\n\nWhat it is, who produced it and when.\n")},
        "evidence/a.md:9: warning",
        "template-text",
        alone=True,
    ),
    # --- text pasted from a word processor: at its line, and the lines after it do not shift (issue 9)
    Case("vertical-tab-in-front-matter", {"evidence/a.md": pasted("\x0b")}, "evidence/a.md:3: error", "pasted-text"),
    Case(
        "vertical-tab-in-front-matter:a-later-line",
        {"evidence/a.md": pasted("\x0b")},
        "evidence/a.md:6: error",
        "bad-date",
    ),
    Case(
        "line-separator-in-front-matter", {"evidence/a.md": pasted("\u2028")}, "evidence/a.md:3: error", "pasted-text"
    ),
    Case(
        "line-separator-in-front-matter:a-later-line",
        {"evidence/a.md": pasted("\u2028")},
        "evidence/a.md:6: error",
        "bad-date",
    ),
    # --- an empty file: a blank page for everyone
    Case(
        "empty-file",
        {**COVERED, "evidence/new.md": ""},
        "evidence/new.md:1: warning",
        "empty-page",
        says="this file is empty, so it would be published to everyone as a blank page",
        alone=True,
    ),
    Case(
        "empty-front-matter-and-body",
        {**COVERED, "evidence/new.md": "---\n---\n\n"},
        "evidence/new.md:1: warning",
        "empty-page",
        says="this file is empty (but for its two --- lines), so it would be published to everyone as a blank page",
        alone=True,
    ),
    Case(  # told it was empty (a novice's review)
        "front-matter-of-comments-and-no-body",
        {**COVERED, "evidence/new.md": "---\n# title: Minutes\n\n---\n"},
        "evidence/new.md:1: warning",
        "empty-page",
        says="this file holds no key and no text: the lines between its two --- lines are comments (after a #) or "
        "empty, which are not read",
        alone=True,
    ),
    # --- keys with capitals: one round, not "unknown key" then "missing key" (a contributor's review)
    Case(
        "key-with-a-capital",
        {**COVERED, "evidence/a.md": md("Title: A\nType: Evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "key-case",
        says='the key "Type" must be written "type", in small letters',
    ),
    # --- characters that take no room on screen: "unknown type "evidence"; did you mean "evidence"?" (a review)
    Case(
        "zero-width-space-after-a-value",
        {
            **COVERED,
            "evidence/a.md": md("title: A\ntype: evidence\u200b\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/a.md:3: error",
        "pasted-text",
        says="this line holds an invisible character (U+200B, zero width space)",
        alone=True,
    ),
    *[  # a control character written as an escape in double quotes, which the text does not show (a review)
        Case(
            f"control-character-written-as-an-escape-{name}",
            {**COVERED, "evidence/a.md": md(f"title: A\ntype: evidence\nmaps_to: partnerships/plan\n{line}")},
            "evidence/a.md:6: error",
            "pasted-text",
            says=f"this line holds an invisible character ({char}), written as an escape in quotes; delete the escape",
            alone=True,
        )
        for name, line, char in [
            ("bell", 'date: 2026-01-01\nsummary: "a\\u0007b"', "U+0007, a control character"),
            ("null", 'date: 2026-01-01\nsummary: "x\\0y"', "U+0000, a control character"),
            ("in-a-list", 'date: 2026-01-01\ntags: [ok, "bad\\x07"]', "U+0007, a control character"),
            ("line-separator", 'date: 2026-01-01\nsummary: "a\\Lb"', "U+2028, line separator"),
        ]
    ],
    Case(
        "soft-hyphen-in-a-key",
        {
            **COVERED,
            "evidence/a.md": md("title: A\ntype: evidence\nmaps\u00ad_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/a.md:4: error",
        "pasted-text",
        says="(U+00AD, soft hyphen)",
        alone=True,
    ),
    # --- what a word processor does to typing (issue 13): each at its own line, and read as meant after it, so
    # that the line after it is not blamed (a date that does not exist, on line 6, is still found there)
    *[
        Case(f"{name}{part}", {"evidence/a.md": word_processed(line)}, where, code or found, says if not part else "")
        for name, line, found, says in [
            (
                "curly-quotes",
                "summary: \u201cMinutes: May\u201d",
                "curly-quotes",
                'use straight quotes ("Minutes: May")',
            ),
            ("curly-single-quotes", "summary: \u2018Minutes\u2019", "curly-quotes", 'use straight quotes ("Minutes")'),
            ("curly-quotes-in-a-list", "tags: [\u201cforum\u201d, b]", "curly-quotes", 'use straight quotes ("forum")'),
            # told of an unknown key "“summary”" (a careless contributor's review)
            (
                "curly-quotes-around-a-key",
                "\u201csummary\u201d: Minutes",
                "curly-quotes",
                "the key is in curly quotes (\u201csummary\u201d), pasted from a word processor; write it without "
                "quotes: summary:",
            ),
            ("en-dash-bullet", "tags:\n\u2013 forum", "dash-bullet", "starts with an en dash (\u2013)"),
            ("em-dash-bullet", "tags:\n  \u2014 forum", "dash-bullet", "starts with an em dash (\u2014)"),
            ("bullet-character", "tags:\n  \u2022 forum", "dash-bullet", "starts with a bullet (\u2022)"),
            # told that the line needs a colon (a careless contributor's review)
            ("square-bullet", "tags:\n\u25aa forum", "dash-bullet", "starts with a square bullet (\u25aa)"),
            ("arrow-bullet", "tags:\n  \u27a2 forum", "dash-bullet", "starts with an arrow bullet (\u27a2)"),
            ("no-space-after-colon", "summary:Minutes of the forum", "missing-space", 'no space after "summary:"'),
            ("tab-indentation", "tags:\n\t- forum", "tab-indent", "indented with a tab"),
            # a malformed-input review: "a key starts this line, but no colon follows it", with "summary：:" to write
            ("full-width-colon", "summary\uff1a Minutes", "wide-colon", 'the colon after "summary" is a full-width'),
            ("small-colon-in-a-list", "tags:\n  - forum\nsummary \ufe55 M\uff1aN", "wide-colon", "colon (\ufe55)"),
            # no space after it, as such a keyboard types it: one error, not "no space after" too (a careless review)
            (
                "full-width-colon-with-no-space",
                "summary\uff1aMinutes",
                "wide-colon",
                'retype it as ":" and a space: "summary: Minutes"',
            ),
            # it read "could not find expected ':'" (an outside review)
            ("non-breaking-space-indentation", "tags:\n\u00a0\u00a0- forum", "odd-space", "indented with a non-br"),
            (
                "non-breaking-space-in-key",
                "summary\u00a0: Minutes",
                "odd-space",
                'the key "summary" holds a non-breaking space (U+00A0), pasted from a word processor; retype it and its '
                "colon, with no space before the colon: summary:",
            ),
            (
                "non-breaking-space-after-colon",
                "summary:\u00a0Minutes",
                "odd-space",
                "is a non-breaking space (U+00A0)",
            ),
            (  # told to check the indentation (a differential fuzz)
                "non-breaking-space-after-a-closing-quote",
                'summary: "Minutes"\u00a0',
                "odd-space",
                "the value in quotes is followed by a non-breaking space (U+00A0), pasted from a word processor; "
                "delete it",
            ),
            (  # named a non-breaking space (a careless contributor's review)
                "ideographic-space-after-colon",
                "summary:\u3000Minutes",
                "odd-space",
                'the space after "summary:" is an ideographic space (U+3000), as Chinese and Japanese keyboards type it',
            ),
        ]
        for part, where, code in [
            ("", f"evidence/a.md:{3 + line.count(chr(10))}: error", None),
            (":a-later-line", f"evidence/a.md:{6 + line.count(chr(10))}: error", "bad-date"),
        ]
    ],
    Case(  # a required key in curly quotes was told missing, at line 1 (a careless contributor's review)
        "curly-quotes-around-a-required-key",
        {
            **COVERED,
            "evidence/a.md": md("\u2018title\u2019: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/a.md:2: error",
        "curly-quotes",
        says="the key is in curly quotes (\u2018title\u2019), pasted from a word processor; write it without quotes: title:",
        alone=True,
    ),
    Case(  # told to write "title: Minutes: May", which does not parse either (a careless contributor's review)
        "no-space-after-colon-of-a-value-with-a-colon",
        {"evidence/a.md": md("title:Minutes: May\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error",
        "missing-space",
        says='write title: "Minutes: May", in quotes as its value holds a colon',
    ),
    Case(
        "non-breaking-space-inside-a-key",
        {"evidence/a.md": md("title: A\nmaps\u00a0to: partnerships/plan\ntype: evidence\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "odd-space",
        # told to retype it "with ordinary spaces, or none": `maps to:` or `mapsto:` (a staff member's review)
        says='the key "maps to" holds a non-breaking space (U+00A0), pasted from a word processor; retype it with an '
        "underscore for each space: maps_to:",
    ),
    Case(  # no key of the file's: told "an underscore for each space", where a section's id takes "-" (a review)
        "non-breaking-space-inside-a-key-of-no-known-name",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nratings:\n  customer\u00a0journey: good")},
        "evidence/a.md:7: error",
        "odd-space",
        says='the key "customer journey" holds a non-breaking space (U+00A0), pasted from a word processor; retype it '
        'as the key is written, with no space in it: with "_" (maps_to) or "-" (a section\'s id, such as '
        "customer-journey) in its place",
    ),
    Case(
        "yaml-tab-indentation",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n\t- partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error",
        "tab-indent",
    ),
    *[
        Case(  # told "did not find expected <document start>" at the line below, with no fix (a fuzz)
            f"the-first-key-indented-{path.split('.')[0].split('/')[-1]}",
            {**COVERED, path: text},
            f"{path}:{line}: error",
            "yaml-syntax",
            says=f'the first key, "{key}", is indented, and the keys below it are not: the keys of the top level start '
            f'at the start of their lines; delete the spaces before "{key}:"',
            alone=True,
        )
        for path, text, line, key in (
            (
                "evidence/a.md",
                md("  title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
                2,
                "title",
            ),
            ("framework.yml", "  " + FRAMEWORK, 1, "id"),
        )
    ],
    Case(  # an outside review: and a second error, to put a value in quotes
        "yaml-tab-before-a-key",
        {**COVERED, "evidence/a.md": md("title: A\n\ttype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "tab-indent",
        alone=True,
    ),
    Case(
        "curly-quotes-in-framework",
        {"framework.yml": framework("title: Test Standard\n", "title: \u201cTest Standard\u201d\n")},
        "framework.yml:2: error",
        "curly-quotes",
    ),
    Case(  # (read as the label itself, quotes and all: a careless-user review)
        "curly-quotes-in-a-mapping-in-braces",
        {"framework.yml": framework("{id: good, label: Good}", "{id: good, label: \u201cGood\u201d}")},
        "framework.yml:6: error",
        "curly-quotes",
        says='the value is in curly quotes (\u201cGood\u201d), pasted from a word processor; use straight quotes ("Good") '
        "or none",
    ),
    # --- front matter never closed, or not read; not UTF-8; not a mapping
    Case(
        "front-matter-never-closed",
        {"evidence/a.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n\nBody.\n"},
        "evidence/a.md:1: error",
        "front-matter-unclosed",
    ),
    Case(  # a rule of the body is not the line meant to close it (a review: told to make it "---")
        "front-matter-never-closed-above-a-rule-of-the-body",
        {
            "evidence/a.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n\n"
            "## What happened\n\nText.\n\n***\n\nMore.\n"
        },
        "evidence/a.md:1: error",
        "front-matter-unclosed",
        says='front matter opened with "---" on line 1 is never closed; add a line "---" after its last key, on line 5',
    ),
    *[
        Case(  # a careless-user review: named at line 1, and the line meant to close it not at all
            f"front-matter-closed-with-{name}",
            {
                "evidence/a.md": f"---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n{mark}\nB.\n"
            },
            "evidence/a.md:6: error",
            "front-matter-unclosed",
            says=f'this line ("{mark}") does not close it, as only a line of exactly three hyphens does;',
        )
        for name, mark in (
            ("four-dashes", "----"),
            ("spaced-dashes", "- - -"),
            ("em-dashes", "\u2014\u2014\u2014"),
            ("one-em-dash", "\u2014"),  # as autocorrect makes "---" (a differential fuzz: named at line 1)
            ("stars", "***"),  # named at line 1 (a careless contributor's review)
            ("an-ellipsis", "\u2026"),  # as Word's autocorrect makes "..."
        )
    ],
    *[
        Case(  # a differential fuzz: named at line 1, "never closed", beside a "---" in view
            f"front-matter-closed-with-three-dashes-and-{name}",
            {
                "evidence/a.md": f"---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n{mark}\nB.\n"
            },
            "evidence/a.md:6: error",
            "front-matter-unclosed",
            says=f'this line ("---", which holds {named},) does not close it, as only a line of exactly three hyphens '
            'does; write it as "---", typed again',
        )
        for name, mark, named in (
            ("a-non-breaking-space", "---\u00a0", "a non-breaking space (U+00A0), pasted from a word processor"),
            (
                "an-ideographic-space-before",
                "\u3000---",
                "an ideographic space (U+3000), as Chinese and Japanese keyboards type it",
            ),
            ("a-zero-width-space", "---\u200b", "an invisible character (U+200B)"),
            ("a-byte-order-mark", "\ufeff---", "an invisible character (U+FEFF)"),
        )
    ],
    Case(  # a careless-user review: the body's heading run into the closing line was named at line 1
        "front-matter-closed-with-the-body-on-its-line",
        {
            "evidence/a.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n--- ## Context\nB.\n"
        },
        "evidence/a.md:6: error",
        "front-matter-unclosed",
        says='this line starts with "---" but holds "## Context" too, and only a line of exactly three hyphens closes '
        'it; put "## Context" on a line of its own, below the "---"',
    ),
    Case(
        "a-file-of-three-dashes-alone",
        {"evidence/notes.md": "---"},
        "evidence/notes.md:1: error",
        "front-matter-unclosed",
    ),
    Case(
        "front-matter-never-closed-on-plain-page",
        {"evidence/guide.md": "---\ntitle: Guide\n\n# Guide\n"},
        "evidence/guide.md:1: error",
        "front-matter-unclosed",
    ),
    Case(
        "front-matter-after-a-blank-line",
        {"evidence/a.md": "\n" + md(EVIDENCE)},
        "evidence/a.md:1: error",
        "front-matter-unread",
    ),
    Case(
        "front-matter-opened-after-a-space",
        {"evidence/a.md": " " + md(EVIDENCE)},
        "evidence/a.md:1: error",
        "front-matter-unread",
        says='line 1 has a space (or a character that does not show) before its "---"',  # not: is "---" instead of "---"
    ),
    Case(  # shown as "-- -", as if a space (a fuzzer's find)
        "front-matter-opened-with-a-control-character-among-its-dashes",
        {"evidence/a.md": "--\x85-" + md(EVIDENCE)[3:]},
        "evidence/a.md:1: error",
        "front-matter-unread",
        says='line 1 is "--\x85-", which holds U+0085, a control character, instead of "---"',
    ),
    Case(
        "front-matter-opened-with-an-em-dash",
        {"evidence/a.md": "\u2014\n" + md(EVIDENCE).removeprefix("---\n")},
        "evidence/a.md:1: error",
        "front-matter-unread",
    ),
    Case(
        "front-matter-opened-with-an-en-dash",
        {"evidence/a.md": "\u2013\n" + md(EVIDENCE).removeprefix("---\n")},
        "evidence/a.md:1: error",
        "front-matter-unread",
    ),
    Case(
        "front-matter-pasted-with-the-code-fence-around-it",
        {"evidence/a.md": "```markdown\n" + md(EVIDENCE) + "```\n"},
        "evidence/a.md:1: error",
        "front-matter-unread",
        says='the front matter is inside a code block or a quote, from line 1 ("```markdown"), which makes it text',
    ),
    Case(
        "front-matter-pasted-in-a-quote",
        {"evidence/a.md": "".join("> " + line for line in md(EVIDENCE + "\nvisibility: internal").splitlines(True))},
        "evidence/a.md:1: error",
        "front-matter-unread",
        says='from line 1 ("> ---"), which makes it text, so it is not read and the page would be published to everyone',
    ),
    Case(
        "an-item-template-fenced-below-a-title",
        {
            "evidence/a.md": "---\ntitle: A\n---\n```yaml\n# the template\n---\ntype: evidence\nvisibility: internal\n---\n```\n"
        },
        "evidence/a.md:4: error",
        "front-matter-unread",
        says='from line 4 ("```yaml"), which makes it text, so it is not read and the page would be published to '
        "everyone; delete what wraps it (the ``` lines, the > marks, the indentation), and move its lines up into the "
        "front matter",
    ),
    Case(
        "front-matter-in-a-tilde-fence-after-blank-lines",
        {"evidence/minutes.md": "\n~~~\n---\ntitle: Minutes\nvisibility: internal\n---\nThe minutes.\n~~~\n"},
        "evidence/minutes.md:2: error",
        "front-matter-unread",
        says='from line 2 ("~~~"), which makes it text',
    ),
    Case(
        "front-matter-whose-lines-end-in-next-line-characters",
        {"evidence/plan.md": "---\x85title: Plan\x85type: evidence\x85visibility: internal\x85---\x85Names.\n"},
        "evidence/plan.md:1: error",
        "front-matter-unread",
        says="this file's lines end in a character that YAML reads as a line break and MkDocs does not",
    ),
    Case(
        "front-matter-split-in-two-blocks",
        {
            "evidence/a.md": "---\ntitle: A\ntype: evidence\n---\n---\nmaps_to: partnerships/plan\ndate: 2026-01-01\n---\n"
        },
        "evidence/a.md:5: error",
        "front-matter-unread",
        says="line 5 opens a second block of front matter (maps_to, date...), which is not read",
    ),
    *(  # a fourth review: a comment saying so in other words
        Case(
            f"a-plain-page-said-not-public-in-a-comment-{name}",
            {"evidence/rota.md": f"---\ntitle: Rota\n{line}\n---\nThe rota.\n"},
            "evidence/rota.md:3: error",
            "front-matter-unread",
            says=f'this comment says the page is not for the public ("{said}"), but a comment (after a "#") is not '
            "read, so the page has no visibility and is published to everyone; write a line of its own, visibility: "
            "internal",
        )
        for name, line, said in (
            ("in-capitals", "# INTERNAL ONLY - DO NOT PUBLISH", "INTERNAL ONLY - DO NOT PUBLISH"),
            ("after-a-value", "owner: Jo  # staff only", "staff only"),
            ("a-key-made-a-comment", "# private: true", "private: true"),
            # a marking or a status and nothing else, a hostile review's
            ("a-marking-alone", "# CONFIDENTIAL", "CONFIDENTIAL"),
            ("a-word-alone", "# private", "private"),
            ("a-status-alone", "#  Embargoed", "Embargoed"),
            ("a-marking-of-two-words", "# Strictly confidential", "Strictly confidential"),
            # a marking first, whatever follows it; after a value a word of which holds a quote (a hostile review)
            ("a-marking-and-for-whom", "# Confidential - HR", "Confidential - HR"),
            ("a-marking-and-what", "# CONFIDENTIAL (board paper)", "CONFIDENTIAL (board paper)"),
            ("a-draft-not-to-circulate", "# DRAFT - do not circulate", "DRAFT - do not circulate"),
            ("after-a-value-holding-a-quote", "summary: Trustees' report  # CONFIDENTIAL", "CONFIDENTIAL"),
            ("after-a-value-in-quotes-holding-a-hash", 'summary: "Team #1"  # internal only', "internal only"),
            # a mark and a full stop, a semicolon, or "no" after it (a third hostile review)
            ("a-marking-and-a-full-stop", "# CONFIDENTIAL. Board paper", "CONFIDENTIAL. Board paper"),
            ("a-marking-and-a-semicolon", "# Confidential; HR", "Confidential; HR"),
            ("a-marking-and-no-copies", "# Confidential: no copies", "Confidential: no copies"),
        )
    ),
    Case(
        "a-plain-pages-visibility-made-a-comment",
        {"evidence/plans.md": "---\ntitle: Plans\n#  Visibility: Internal  # staff only\n---\nThe plans.\n"},
        "evidence/plans.md:3: error",
        "front-matter-unread",
        says='"visibility: internal" is in a comment (after a "#"), where it is not read, so the page has no '
        "visibility and is published to everyone, not only to the internal audience; write it as a line of its own, "
        "visibility: internal, without the #",
    ),
    *(
        Case(
            f"a-plain-pages-visibility-in-a-comment-{name}",
            {"evidence/plans.md": f"---\ntitle: Plans\n{line}\n---\nThe plans.\n"},
            "evidence/plans.md:3: error",
            "front-matter-unread",
            says='"visibility: accreditor" is in a comment (after a "#"), where it is not read',
        )
        for name, line in (
            ("after-two-hashes", "##visibility: accreditor"),
            ("commented-twice", "# # visibility: accreditor"),
            ("after-a-value", "summary: Our plans   # visibility: accreditor"),
            ("after-a-non-breaking-space", "#\u00a0visibility: accreditor"),
            ("with-a-full-width-colon", "# visibility\uff1a accreditor"),
            ("in-a-note", "# TODO visibility: accreditor"),
        )
    ),
    *(  # a hostile review: the page's keys written inside another key's value, where they are not the page's
        Case(
            f"a-visibility-inside-another-key-{name}",
            {"evidence/minutes.md": f"---\ntitle: Board minutes\n{lines}\n---\nThe minutes.\n"},
            f"evidence/minutes.md:{line}: error",
            "front-matter-unread",
            says=f'"{written}" is inside "notes" (indented under it, or within its brackets), where it is not read: the '
            "page has no visibility, so it is published to everyone; write it at the margin, with no space before it, "
            f"as a line of its own: visibility: {written.split()[1].lower()}",
        )
        for name, lines, line, written in (
            ("indented-one-space", "notes:\n visibility: internal", 4, "visibility: internal"),
            ("in-braces", "notes: {visibility: internal}", 3, "visibility: internal"),
            ("in-a-list", "notes:\n  - owner: Jo\n    Visibility: Accreditor", 5, "Visibility: Accreditor"),
            ("two-levels-down", "notes:\n  board:\n    visibility: internal", 5, "visibility: internal"),
        )
    ),
    *(  # a second hostile review: the same, in other shapes and words
        Case(
            f"a-plain-page-kept-from-the-public-inside-another-key-{name}",
            {"evidence/minutes.md": f"---\ntitle: Board minutes\n{lines}\n---\nThe minutes.\n"},
            f"evidence/minutes.md:{line}: error",
            "front-matter-unread",
            says=f"{says}, where it is not read: the page has no visibility, so it is published to everyone; write it "
            f"at the margin, with no space before it, as a line of its own: visibility: {audience}",
        )
        for name, lines, line, says, audience in (
            (
                "an-escaped-key",
                'notes:\n  "\\u0076isibility": internal',
                4,
                f'"visibility: internal" {INSIDE}',
                "internal",
            ),
            ("said-otherwise", "notes:\n  visibility: staff only", 4, f'"visibility: staff only" {INSIDE}', "internal"),
            (
                "a-list",
                "notes: {visibility: [accreditor]}",
                3,
                f"\"visibility: ['accreditor']\" {INSIDE}",
                "accreditor",
            ),
            (
                "in-a-text",
                'notes: "visibility: accreditor"',
                3,
                '"visibility: accreditor" is in the text of "notes"',
                "accreditor",
            ),
            ("not-to-be-seen", "notes:\n  visibility: false", 4, f'"visibility: false" {INSIDE}', "internal"),
            ("misspelt", "notes:\n  visibilty: trustees only", 4, f'"visibilty: trustees only" {INSIDE}', "internal"),
            (
                "in-a-mapping",
                "notes:\n  visibility: {level: internal}",
                4,
                f"\"visibility: {{'level': 'internal'}}\" {INSIDE}",
                "internal",
            ),
            (
                "a-text-starting-so",
                'notes: "visibility: internal (not yet approved)"',
                3,
                '"visibility: internal (not yet approved)" is in the text of "notes"',
                "internal",
            ),
        )
    ),
    Case(
        "a-visibility-in-full-width-letters",
        {
            **COVERED,
            "evidence/minutes.md": "---\ntitle: Board minutes\n\uff56\uff49\uff53\uff49\uff42\uff49\uff4c\uff49\uff54\uff59: internal\n---\nThe minutes.\n",
        },
        "evidence/minutes.md:3: error",
        "unread-visibility",
        says='did you mean "visibility"? Until it is spelt right, this page would be published to everyone',
        alone=True,
    ),
    Case(  # python-markdown reads no definition whose address holds a space: its links were shown as typed, unsaid
        "a-definition-whose-address-holds-a-space",
        {
            **COVERED,
            "evidence/guide.md": "# Guide\n\nSee [the minutes][1].\n\n[1]: <files/Board minutes.pdf>\n",
            "evidence/files/Board minutes.pdf": "%PDF-1.4\n",
        },
        "evidence/guide.md:5: warning",
        "broken-link",
        says='Markdown does not read this definition of "[1]", whose address holds a space, so the links to it are '
        "shown as typed too; write each space as %20, without < >: [1]: files/Board%20minutes.pdf",
        alone=True,
    ),
    Case(  # an empty list beside an unknown key stopped the check and the build in a traceback (a careless review)
        "an-unknown-key-beside-an-empty-list",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\ntags: []\nstauts: done")},
        "evidence/a.md:7: warning",
        "unknown-key",
        says='unknown key "stauts" in front matter; did you mean',
        alone=True,
    ),
    Case(  # a conformance review: told "did you mean "date"?", given already, beside the error that names the line
        "a-draft-key-beside-the-visibility",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nvisibility: internal\ndraft: true")},
        "evidence/a.md:7: warning",
        "unknown-key",
        says='unknown key "draft" in front matter; who may see an item is written under "visibility" alone, which is '
        "given already (unknown keys are ignored)",
        alone=True,
    ),
    Case(
        "a-plain-pages-visibility-in-a-comment-without-its-colon",
        {"evidence/plans.md": "---\ntitle: Plans\n#visibility internal\n---\nThe plans.\n"},
        "evidence/plans.md:3: error",
        "front-matter-unread",
        says='"visibility: internal" is in a comment (after a "#"), where it is not read',
    ),
    Case(  # its type written with a space, as the item types read in words (a third review)
        "a-whole-item-of-a-type-in-words-indented-under-a-key",
        {"evidence/record.md": md("title: Minutes\nitem:\n  type: case study\n  maps_to: people/plan")},
        "evidence/record.md:4: error",
        "front-matter-unread",
        says='"type: case study" is inside "item" (indented under it, or within its brackets), where it is not read',
    ),
    Case(
        "a-plain-pages-visibility-in-a-comment-in-words",
        {"evidence/plans.md": "---\ntitle: Plans\n# visibility is internal.\n---\nThe plans.\n"},
        "evidence/plans.md:3: error",
        "front-matter-unread",
        says='"visibility: internal" is in a comment (after a "#"), where it is not read',
    ),
    Case(  # a third review's: inside another key, as written at the margin
        "an-embargo-date-inside-another-key",
        {"evidence/press.md": md("title: Press\npublication:\n  embargo_until: 2027-03-12", "# Press\n")},
        "evidence/press.md:4: error",
        "unread-visibility",
        says='"embargo_until: 2027-03-12" inside "publication" is not read: only "visibility" keeps a page from an',
    ),
    Case(
        "an-embargo-date-in-a-list",
        {"evidence/press.md": md("title: Press\nembargo_until: [2027-03-12]", "# Press\n")},
        "evidence/press.md:3: error",
        "unread-visibility",
        says='is not read: only "visibility" keeps a page from an audience',
    ),
    Case(
        "a-whole-item-indented-under-a-key",
        {
            "evidence/record.md": md(
                "title: Training record\nrecord:\n  type: evidence\n  maps_to: people/plan\n  date: 2026-03-01\n"
                "  visibility: internal"
            )
        },
        "evidence/record.md:4: error",
        "front-matter-unread",
        says='"type: evidence" is inside "record" (indented under it, or within its brackets), where it is not read: '
        "the page is not read as an item but as a plain page, published to everyone",
    ),
    Case(
        "an-items-visibility-inside-another-key",
        {"evidence/a.md": md(EVIDENCE + "\nnotes:\n  visibility: public")},
        "evidence/a.md:7: error",
        "front-matter-unread",
        says="where it is not read: the item has no visibility, so it is internal, the default; write it at the margin",
    ),
    *[
        Case(  # a pasted document's banner: published to everyone without a word (a second hostile review)
            f"a-marking-in-a-page-without-front-matter-{name}",
            {"evidence/notes.md": f"# Board minutes\n\n{line}\n\nMinutes.\n"},
            "evidence/notes.md:3: error",
            "front-matter-unread",
            says=f'this page has no front matter, so it is published to everyone, though its line "{shown}" says it '
            'is not; if it is not for everyone, make the very first line of the file "---", then "visibility: ',
        )
        for name, line, shown in (
            ("classification", "Classification: Internal", "Classification: Internal"),
            ("confidential-in-bold", "**CONFIDENTIAL**", "CONFIDENTIAL"),
            ("not-for-publication", "Internal \u2013 not for publication", "Internal \u2013 not for publication"),
            ("official-sensitive", "OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
            ("visibility-in-words", "Visibility: Internal only", "Visibility: Internal only"),
            ("audience", "Audience: staff only", "Audience: staff only"),
            # a last hostile review's: each published
            ("for-internal-use-only", "FOR INTERNAL USE ONLY", "FOR INTERNAL USE ONLY"),
            (
                "not-for-distribution",
                "CONFIDENTIAL \u2013 NOT FOR DISTRIBUTION",
                "CONFIDENTIAL \u2013 NOT FOR DISTRIBUTION",
            ),
            ("not-for-external-distribution", "Not for external distribution", "Not for external distribution"),
            ("with-a-year", "CONFIDENTIAL 2026", "CONFIDENTIAL 2026"),
        )
    ],
    Case(  # a Word document saved whole as HTML: its head and styles were read as its first lines (a hostile review)
        "a-marking-in-a-word-document-saved-as-html",
        {
            "evidence/notes.md": '<html><head><style>p{margin:0}\n.a{}\n.b{}</style></head><body><p class="x">'
            "<b>CONFIDENTIAL</b></p>\n<p>The budget.</p></body></html>\n"
        },
        "evidence/notes.md:3: error",
        "front-matter-unread",
        says='published to everyone, though its line "CONFIDENTIAL" says it is not',
    ),
    Case(  # a table of Word's, saved as HTML over several lines (a second hostile review)
        "a-visibility-in-two-cells-of-html-on-lines-of-their-own",
        {"evidence/notes.md": "# Notes\n\n<table>\n<tr>\n<td>Visibility:</td>\n<td>Internal</td>\n</tr>\n</table>\n"},
        "evidence/notes.md:5: error",
        "front-matter-unread",
        says='"visibility" is set in the text of a page without front matter, where it is not read',
    ),
    *[
        Case(  # a document saved as HTML on one line: published to everyone (a careless contributor's review; then
            # a hostile review of the first reading of it, which lost a label and its value in two cells)
            f"a-visibility-in-the-html-of-a-page-without-front-matter-{name}",
            {"evidence/notes.md": f"{html}\n\nGrievance notes\n"},
            "evidence/notes.md:1: error",
            "front-matter-unread",
            says='"visibility" is set in the text of a page without front matter, where it is not read',
        )
        for name, html in (
            (
                "of-paragraphs",
                "<html><head><title>Notes</title></head><body><p>---</p><p>title: Notes</p><p>visibility: internal</p>"
                "<p>---</p></body></html>",
            ),
            ("after-a-type-of-no-item", "<p>Type: Board minutes</p><p>visibility: internal</p>"),
            ("in-two-cells", "<table><tr><td>Visibility:</td><td>internal</td></tr></table>"),
            ("either-side-of-a-line-break", "<p><b>Visibility:</b><br>internal</p>"),
            ("with-a-no-break-space", "<p>visibility:&nbsp;internal</p>"),
            ("with-its-colon-a-reference", "<p>visibility&#58; internal</p>"),
            ("in-letters-written-as-references", "<p>&#118;isibility: internal</p>"),
            ("in-sections", "<section>Minutes</section><section>visibility: internal</section>"),
            ("with-a-comment-inside", "<p>visibility<!-- x -->: internal</p>"),
            ("indented-in-its-paragraph", "<p>    visibility: internal</p>"),
            # a second hostile review: HTML over several lines, cells without a colon, a list of definitions, a
            # word split by a tag or a reference
            ("in-a-heading-cell-and-a-cell", "<table><tr><th>Visibility</th><td>internal</td></tr></table>"),
            ("in-a-list-of-definitions", "<dl><dt>Visibility</dt><dd>internal</dd></dl>"),
            ("its-value-on-the-line-after-a-break", "<p><b>Visibility:</b><br>\ninternal</p>"),
            ("its-word-split-by-spans", "<p><span>Visi</span><span>bility: Internal</span></p>"),
            ("its-word-split-by-a-soft-hyphen", "Vi&shy;sibility: internal"),
            ("in-a-comment-as-markdown-writes-one", "[//]: # (visibility: internal)"),
            (
                "in-word-s-paragraphs-of-cells",
                '<table><tr><td><p class="MsoNormal">Visibility</p></td><td><p>Internal</p></td></tr></table>',
            ),
        )
    ],
    Case(
        "a-visibility-in-an-html-comment-of-a-page-without-front-matter",
        {"evidence/plans.md": "<!-- visibility: internal -->\n# Plans\n"},
        "evidence/plans.md:1: error",
        "front-matter-unread",
        says='"visibility" is set in the text of a page without front matter, where it is not read',
    ),
    *[
        Case(  # pasted from a word processor, in bold or as a list: published to everyone (a careless-user review)
            f"a-visibility-{name}-in-a-page-without-front-matter",
            {"evidence/plans.md": f"**Title:** Safeguarding notes\n{line}\n\nReferral details.\n"},
            "evidence/plans.md:2: error",
            "front-matter-unread",
            says='"visibility" is set in the text of a page without front matter, where it is not read; make the '
            'very first line of the file "---", then "visibility: internal", then another line "---"',
        )
        for name, line in (
            ("in-bold", "**Visibility:** internal"),
            ("in-bold-before-its-colon", "**visibility**: internal"),
            ("with-its-value-in-bold", "visibility: **internal**"),
            ("as-a-list-entry", "- *visibility*: internal"),
            # (each still published the page: a hostile review)
            ("as-a-heading", "## Visibility: internal"),
            ("as-a-tables-row", "| visibility | internal |"),
            ("as-a-numbered-entry", "1. visibility: internal."),
            ("in-an-html-tag", "<b>visibility</b>: internal"),
            ("with-a-full-width-colon", "Visibility\uff1a internal"),
            ("with-a-dash-for-its-colon", "Visibility \u2014 internal"),
            ("after-a-zero-width-space", "\u200bVisibility: internal"),
        )
    ],
    Case(
        "a-value-starting-with-a-hash",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: #1 result in the county")},
        "evidence/a.md:6: warning",
        "hash-comment",
        says='so "summary" is read as empty; put the whole value in quotes (summary: "#1 result in the county")',
    ),
    Case(  # a new organisation's review: quoted as told, the two were one tag
        "hashtags-as-a-value",
        {"evidence/a.md": md(EVIDENCE + "\ntags: #summer #camps,")},
        "evidence/a.md:6: warning",
        "hash-comment",
        says='so "tags" is read as empty; put the whole value in quotes (tags: "#summer #camps,"), or, for a list of '
        "words, write them in brackets without their #: tags: [summer, camps], or, for a comment, write a space "
        "after the #",
    ),
    Case(
        "a-hash-word-inside-a-value",
        {"evidence/a.md": md(EVIDENCE + "\npartners: Age UK #NHS Trust")},
        "evidence/a.md:6: warning",
        "hash-comment",
        says='so "#NHS Trust" is not part of the value; put the whole value in quotes (partners: "Age UK #NHS Trust")',
    ),
    Case(
        "a-list-written-with-stars",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  * partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error",
        "yaml-syntax",
        says='a list\'s entries start with "- " (a dash and a space), not "* "',
    ),
    Case(
        "a-list-written-without-a-space-after-the-dash",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  -partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error",  # at the text's line, not its key's (a careless contributor's review)
        "bad-target",
        says='maps_to "-partnerships/plan" starts with a dash: each entry of a list starts with "- ", a dash and a space',
    ),
    Case(  # an outside review: told "did you mean do?" of a word of the question
        "maps-to-a-sections-question",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/how do you plan with partners\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:4: error",
        "unknown-section",
        says='unknown section "how do you plan with partners" of challenge "partnerships" in maps_to; "how do you plan '
        'with partners" is the question of section "plan": write its id, partnerships/plan',
    ),
    Case(  # an outside review: the quotes the YAML error of `tags: - health` told of made the tag "- health"
        "tags-quoted-with-a-dash",
        {
            "evidence/a.md": md(
                'title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: "- health"'
            )
        },
        "evidence/a.md:6: warning",
        "comma-list",
        says='"tags" is "- health", which starts with a dash, no part of a name: write it without the dash and the '
        'quotes (tags: health), or as a list\'s entry, on a line of its own under "tags:" (  - health)',
    ),
    Case(  # an outside review: told a space bar's space was a word processor's
        "maps-to-quoted-with-a-dash-as-the-yaml-error-said",
        {"evidence/a.md": md('title: A\ntype: evidence\nmaps_to: "- partnerships/plan"\ndate: 2026-01-01')},
        "evidence/a.md:4: error",
        "bad-target",
        says='maps_to "- partnerships/plan" starts with a dash, which is no part of a section\'s name: write it '
        "without the dash and the quotes (maps_to: partnerships/plan), or as a list's entry, on a line of its own "
        'under "maps_to:" (  - partnerships/plan)',
    ),
    Case(  # a careless-user review: the list numbered as a word processor numbers it, read as one text
        "maps-to-as-a-numbered-list",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  1. partnerships/do\n  2. partnerships/plan\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:5: error",
        "bad-target",
        says='maps_to "1. partnerships/do 2. partnerships/plan" is written as a numbered list, which YAML reads as '
        'text: start each entry on a line of its own with "- ", a dash and a space, in place of its number',
    ),
    Case(
        "a-list-written-as-key-value-lines",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  partnerships: plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "wrong-kind",
        says='write each entry on a line of its own under "maps_to:", starting with a dash and a space',
    ),
    Case(
        "a-self-assessment-heading-that-names-no-section",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01",
                "## Plan\nWe plan.\n\n## Measurement\nWe survey partners.\n\n## plan\nMore planning.\n",
            )
        },
        "evidence/sa.md:10: warning",
        "section-heading",
        says='the heading "Measurement" names no section of challenge "partnerships", so the text under it is in no '
        "section of the accreditation pack (the page shows it)",
    ),
    *[
        Case(  # a careless-user review: its text left out of the pack, or filed under the section above, unsaid
            f"a-self-assessment-section-heading-of-{name}",
            {
                "evidence/sa.md": md(
                    "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01",
                    f"# Our self-assessment\n\n## Plan\nWe plan.\n\n{marks} Do\nWe do.\n\n## Review\n### Plan\nMore.\n",
                )
            },
            "evidence/sa.md:12: warning",
            "section-heading",
            says=f'the heading "{marks} Do" names the section "do", but only a heading of two "#" starts a section\'s '
            "text in the accreditation pack, so the text under it is left out of the pack, or given to the section "
            'above; write it as "## Do"',
        )
        for name, marks in (("one-mark", "#"), ("three-marks", "###"))
    ],
    *[
        Case(  # a differential fuzz: its text given to the section above, unsaid
            f"a-self-assessment-section-heading-{name}",
            {
                "evidence/sa.md": md(
                    "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01",
                    f"# Our self-assessment\n\n## Plan\nWe plan.\n\n{heading}\nWe do.\n\n## Review\nMore.\n",
                )
            },
            "evidence/sa.md:12: warning",
            "section-heading",
            says=f'the heading "{heading}" names the section "do", but only a heading of two "#" starts a section\'s '
            "text in the accreditation pack",
        )
        for name, heading in (("in-html", "<h2>Do</h2>"), ("in-a-quote", "> ## Do"))
    ],
    Case(  # a staff walkthrough: "**## Do**" left Do's text under Plan in the pack, unsaid
        "a-self-assessment-section-heading-in-bold",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01",
                "## **Plan**\n### What we do now\nWe plan.\n**## Do**\n### What we do now\nWe do.\n",
            )
        },
        "evidence/sa.md:10: warning",
        "section-heading",
        says='the line "**## Do**" names the section "do", but only a heading of two "#" starts a section\'s text in the '
        "accreditation pack, so the text under it is left out of the pack, or given to the section above; write it as "
        '"## Do"',
    ),
    Case(
        "a-self-assessment-section-given-twice",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01",
                "## Plan\nWe plan.\n\n## Measurement\nWe survey partners.\n\n## plan\nMore planning.\n",
            )
        },
        "evidence/sa.md:13: warning",
        "section-heading",
        says='a second heading for the section "plan": the accreditation pack takes the text under the first one only',
    ),
    Case(
        "visibility-just-below-the-front-matter",
        {"evidence/minutes.md": "---\ntitle: Board minutes\n---\nvisibility: internal\n\nThe minutes.\n"},
        "evidence/minutes.md:4: error",
        "front-matter-unread",
    ),
    Case(
        "front-matter-closed-early-with-dots",
        {"evidence/minutes.md": "---\ntitle: Board minutes\n...\n\ntype: evidence\nvisibility: internal\n---\n"},
        "evidence/minutes.md:5: error",
        "front-matter-unread",
    ),
    Case(
        "type-below-the-front-matter-after-a-list",
        {"evidence/notes.md": "---\ntitle: Notes\n---\nmaps_to:\n  - partnerships/do\ntype: evidence\n\nNotes.\n"},
        "evidence/notes.md:6: error",
        "front-matter-unread",
    ),
    Case(
        "type-below-the-front-matter-after-a-heading",
        {"evidence/notes.md": "---\ntitle: Notes\n---\n# Restricted\nType: Evidence\n"},
        "evidence/notes.md:5: error",
        "front-matter-unread",
    ),
    Case(
        "type-in-a-page-without-front-matter",
        {"evidence/notes.md": "note: board papers\ntype: evidence\nvisibility: internal\n\nNotes.\n"},
        "evidence/notes.md:2: error",
        "front-matter-unread",
    ),
    Case(
        "indented-type-inside-a-quote-left-open",
        {"evidence/notes.md": '---\ntitle: Notes\nsummary: "Board papers\n  type: evidence"\n---\n'},
        "evidence/notes.md:4: error",
        "front-matter-unread",
    ),
    # pushed out of sight (a hostile review): a plain page is published to everyone, so every line of it is looked at
    Case(
        "front-matter-below-39-blank-lines",
        {"evidence/int/minutes.md": "\n" * 39 + md(EVIDENCE + "\nvisibility: internal")},
        "evidence/int/minutes.md:1: error",
        "front-matter-unread",
        says="this file starts with front matter that is not read, because line 1 is blank",
    ),
    *[  # a second hostile review: a block holding only a key meant to keep the page from the public was not looked at
        Case(
            f"kept-from-the-public-in-front-matter-that-is-not-read-{name}",
            {"evidence/guide.md": text},
            f"evidence/guide.md:{line}: error",
            "front-matter-unread",
            says=says,
        )
        for name, text, line, says in (
            ("below-a-blank-line", "\n---\naudience: staff-only\n---\n# Guide\n", 1, "because line 1 is blank"),
            ("below-a-comment", "<!-- notes -->\n---\nprivate: true\n---\n# Guide\n", 2, "line 2 opens front matter"),
            ("below-a-heading", "# Guide\n\n---\nconfidential: yes - board only\n---\n", 3, "line 3 opens"),
            ("in-a-second-block", "---\ntitle: Guide\n---\n---\nwho_can_see: staff\n---\n", 4, "a second block"),
            (
                "below-a-fence-in-a-comment",
                "<!--\n```\n-->\n\n---\nvisibility: internal\n---\n# G\n",
                5,
                "line 5 opens",
            ),
            ("without-dashes", "private: yes\n\n# Guide\n", 1, 'there is no line "---" above "private: yes"'),
            (  # quoted to a word's end (a staff walkthrough: "... above "title: Quest Excellent award for Riversi"")
                "without-dashes-and-a-long-first-line",
                "title: Quest Excellent award for Riverside Leisure Trust\nprivate: yes\n---\n# Guide\n",
                1,
                'there is no line "---" above "title: Quest Excellent award for..."',
            ),
            (
                "after-a-list",
                "# Rota\n\n---\ntitle: Rota\ntags:\n  - rota\n# ours\nprivate: true\n---\n",
                3,
                "line 3 opens",
            ),
            ("with-a-quoted-key", '<!-- rota -->\n---\n"private": true\n---\n', 2, "line 2 opens"),
        )
    ],
    Case(  # a third hostile review: below the closing "---", only type and visibility were looked for
        "kept-from-the-public-just-below-the-front-matter",
        {"evidence/rota.md": "---\ntitle: Rota\n---\n\naudience: staff only\n\n# Rota\n"},
        "evidence/rota.md:5: error",
        "front-matter-unread",
        says='"audience: staff only" is below the front matter, where it is not read (the front matter ends at the '
        '"---" above it), so the page would be published to everyone; move it up into the front matter, as '
        '"visibility: internal"',
    ),
    Case(
        "front-matter-below-a-long-comment",
        {"evidence/int/minutes.md": "<!--\n" + "a note\n" * 37 + "-->\n" + md("title: Minutes\nvisibility: internal")},
        "evidence/int/minutes.md:42: error",
        "front-matter-unread",
    ),
    Case(
        "visibility-below-the-front-matter-with-a-comment",
        {"evidence/minutes.md": "---\ntitle: Board minutes\n---\nvisibility: internal # staff only\n\nText.\n"},
        "evidence/minutes.md:4: error",
        "front-matter-unread",
    ),
    Case(
        "visibility-inside-a-quote-left-open",
        {
            "evidence/minutes.md": '---\ntitle: Board minutes\nsummary: "Notes of the board\nvisibility: internal"\n---\n'
        },
        "evidence/minutes.md:4: error",
        "front-matter-unread",
    ),
    *[
        Case(  # told to type a character again (a careless contributor's review)
            f"{name}-named-md",
            {"evidence/a.md": raw},
            "evidence/a.md:1: error",
            "not-utf8",
            says=f'the file is {kind}, not text, though its name ends in ".md"; copy its text into a new text file',
        )
        for name, raw, kind in (
            (
                "a-word-document",
                b"PK\x03\x04\x14\x00\x06\x00\x08\x00[Content_Types].xml\x00word/document.xml",
                "a Word document",
            ),
            ("a-pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF"),
            (
                "an-rtf-document",
                b"{\\rtf1\\ansi ---\\par\ntitle: A\\par\n}",
                "an RTF document (as WordPad or TextEdit save one)",
            ),
        )
    ],
    Case(
        "not-utf8-in-front-matter",
        {
            "evidence/a.md": b"---\ntitle: A\ntype: evidence\nsummary: caf\xe9\nmaps_to: partnerships/plan\ndate: 2026-01-01\n---\n"
        },
        "evidence/a.md:4: error",
        "not-utf8",
        says='the file is not UTF-8 text: the byte 0xE9, which Windows programs write for "\u00e9", after "summary: '
        'caf" cannot be read; type that character again, or save the file again with the encoding "UTF-8"',
    ),
    Case(  # the byte was named 3 bytes early, the mark's length (an outside review)
        "not-utf8-after-a-byte-order-mark",
        {"evidence/a.md": b"\xef\xbb\xbf---\ntitle: Caf\xe9 one\ntype: evidence\nmaps_to: partnerships/plan\n---\n"},
        "evidence/a.md:2: error",
        "not-utf8",
        says='the byte 0xE9, which Windows programs write for "\u00e9", after "title: Caf" cannot be read',
    ),
    Case(  # a no-break space was quoted as a blank, which reads as nothing (an outside review)
        "not-utf8-an-invisible-character",
        {"evidence/a.md": b"---\ntitle: Caf\xa0one\ntype: evidence\nmaps_to: partnerships/plan\n---\n"},
        "evidence/a.md:2: error",
        "not-utf8",
        says='the byte 0xA0, which Windows programs write for a no-break space, after "title: Caf" cannot be read',
    ),
    Case(
        "not-utf8-in-a-framework-after-a-byte-order-mark",
        {"framework.yml": b"\xef\xbb\xbf" + FRAMEWORK.replace("id: test-standard", "id: caf\xe9").encode("latin-1")},
        "framework.yml:1: error",
        "not-utf8",
        says='the byte 0xE9, which Windows programs write for "\u00e9", after "id: caf" cannot be read',
    ),
    Case(
        "file-name-not-utf8",
        {"evidence/caf\udce9.md": "---\ntitle: Caf\n---\nText.\n"},
        "evidence/caf\ufffd.md:1: error",
        "not-utf8",
    ),
    Case(
        "attachment-name-not-utf8",
        {"evidence/files/menu\udce9.pdf": b"%PDF-1.4\n"},
        "evidence/files/menu\ufffd.pdf:1: error",
        "not-utf8",
    ),
    Case(
        "not-utf8-in-body-of-plain-page",
        {"evidence/guide.md": b"# Guide\n\nSome text.\n\ncaf\xe9 au lait\n"},
        "evidence/guide.md:5: error",
        "not-utf8",
        says='the byte 0xE9, which Windows programs write for "\u00e9", after "caf" cannot be read',
    ),
    Case(
        "not-utf8-framework-line-1",
        {"framework.yml": FRAMEWORK.replace("id: test-standard", "id: caf\xe9").encode("latin-1")},
        "framework.yml:1: error",
        "not-utf8",
    ),
    Case(
        "not-utf8-framework-later-line",
        {"framework.yml": FRAMEWORK.replace("title: Test Standard", "title: Test caf\xe9").encode("latin-1")},
        "framework.yml:2: error",
        "not-utf8",
    ),
    *(  # a dot at the end: Windows drops it from the folder of its page, challenges/people./ (an outside review)
        Case(
            f"a-challenge-id-{name}",
            {"framework.yml": FRAMEWORK.replace("- id: people", f"- id: {written}")},
            "framework.yml:29: error",
            "bad-id",
            says=f'challenge id "{written}" must start with a letter or a digit, hold only letters A to Z (small or '
            f'capital), digits, "-", "_" and "." (no spaces, accents or "/"), and not end with "."; write "{meant}" instead',
            alone=alone,
        )
        for name, written, meant, alone in (
            ("of-accents", "\u00e9-\u00fc", "e-u", True),
            ("ending-in-a-dot", "people.", "people", False),
        )
    ),
    Case(  # a new organisation's review: both checks passed, and the build stopped in a traceback (name too long)
        "a-challenge-id-too-long",
        {"framework.yml": FRAMEWORK.replace("- id: people", "- id: " + "people-and-" * 13 + "workforce")},
        "framework.yml:29: error",
        "bad-id",
        says="challenge id is 152 characters long, and an id may have at most 100 (a challenge's id names the folder "
        'of its page on the site: its full name goes on the line "title:"); write a shorter one, such as '
        '"people-and-people-and-people-and-people-and-people-and"',
        alone=True,
    ),
    Case(  # and no section of any challenge said to be unknown (a new organisation's review: 7 errors more)
        "the-sections-written-as-a-mapping",
        {
            "framework.yml": framework(
                "  - {id: plan, label: Plan}\n  - {id: do, label: Do}\n  - {id: review, label: Review}",
                "  plan: Plan\n  do: Do\n  review: Review",
            )
        },
        "framework.yml:8: error",
        "wrong-kind",
        says='"sections" must be a list of entries (lines starting with "- "), not a mapping (key: value lines); '
        'write each on a line of its own, such as "  - {id: plan, label: Plan}"',
        alone=True,
    ),
    Case(  # read as an editor's tab of 4 spaces, where the sections are: no second error at a line below
        "a-challenges-section-indented-with-a-tab",
        {
            "framework.yml": framework(
                "      do:\n        question: How do you work", "\t  do:\n        question: How do you work"
            )
        },
        "framework.yml:23: error",
        "tab-indent",
        alone=True,
    ),
    Case(
        "a-sections-label-left-empty",
        {**COVERED, "framework.yml": framework("  - {id: do, label: Do}", "  - {id: do, label: }")},
        "framework.yml:10: warning",
        "empty-label",
        says='the label of section "do" is empty, so the site shows its id, "do", in its place; write its label after '
        "the colon (such as label: Do), or delete the line to show the id",
        alone=True,
    ),
    Case(
        "a-levels-label-left-empty-in-braces",
        {"framework.yml": framework("  - {id: good, label: Good}", "  - {id: good, label:}")},
        "framework.yml:6: error",
        "yaml-syntax",
        says="inside { } or [ ], a colon needs a space and a value after it ({id: data, label: Data})",
        alone=True,
    ),
    Case(
        "a-framework-id-in-capitals-and-spaces",
        {**COVERED, "framework.yml": framework("id: test-standard", "id: Active County")},
        "framework.yml:1: error",
        "bad-id",
        says='framework id "Active County" must be lowercase letters, digits and hyphens (e.g. quest-partnerships); '
        'write "active-county" instead',
        alone=True,
    ),
    Case(
        "a-challenge-id-of-dots",
        {"framework.yml": FRAMEWORK.replace("- id: people", "- id: '..'")},
        "framework.yml:29: error",
        "bad-id",
        says='challenge id ".." must start with a letter or a digit',
        alone=True,
    ),
    Case(
        "front-matter-is-a-list",
        {"evidence/a.md": md("- title: A\n- type: evidence")},
        "evidence/a.md:2: error",
        "front-matter-shape",
    ),
    Case(
        "front-matter-is-text", {"evidence/a.md": md("just some words")}, "evidence/a.md:2: error", "front-matter-shape"
    ),
    Case(  # an item's keys deleted: a plain page, published to everyone (the second fuzz round)
        "front-matter-left-empty",
        {"evidence/a.md": "---\n---\n# Forum\n\nNotes.\n"},
        "evidence/a.md:1: warning",
        "empty-front-matter",
        says="this page's front matter holds no key, so it is a plain page, published to everyone",
    ),
    Case(  # its keys turned into comments (a hostile review)
        "front-matter-commented-out",
        {"evidence/a.md": "---\n# visibility: internal\n---\n# Forum\n\nNotes.\n"},
        "evidence/a.md:1: warning",
        "empty-front-matter",
    ),
    Case(
        "front-matter-an-empty-mapping",
        {"evidence/a.md": "---\n{}\n---\nNotes.\n"},
        "evidence/a.md:1: warning",
        "empty-front-matter",
    ),
    Case(
        "front-matter-null",
        {"evidence/a.md": "---\n~\n---\nNotes.\n"},
        "evidence/a.md:1: warning",
        "empty-front-matter",
    ),
    Case(
        "framework-is-a-list",
        {"framework.yml": "- id: test-standard\n- title: Test Standard\n"},
        "framework.yml:1: error",
        "wrong-kind",
    ),
    # --- a missing required key: at line 1, the `---` that opens the front matter
    Case(
        "missing-title",
        {"evidence/a.md": md("type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:1: error",
        "missing-key",
    ),
    Case(
        "empty-title",
        {"evidence/a.md": md("type: evidence\ntitle:\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "empty-value",
    ),
    Case(
        "empty-type",
        {"evidence/a.md": md("title: A\ntype:\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "empty-value",
    ),
    *[
        Case(
            f"missing-maps_to-of-{item_type}",
            {"evidence/a.md": md(f"title: A\ntype: {item_type}\ndate: 2026-01-01" + extra)},
            "evidence/a.md:1: error",
            "missing-key",
            # the framework's own first section, where Quest's "partnerships/do" was named whatever the framework
            says='with the challenge sections it supports, each as challenge/section, such as "partnerships/plan"',
        )
        for item_type, extra in [
            ("evidence", ""),
            ("case-study", ""),
            ("celebration", ""),
            ("action", "\nowner: Jane\ndue: 2027-01-01"),
        ]
    ],
    Case(  # told "missing required key" at line 1 and "unknown key" at its line (a careless organisation's review)
        "maps_to-written-with-a-hyphen",
        {**COVERED, "evidence/a.md": md("title: A\ntype: evidence\nmaps-to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "missing-key",
        says='the required key "maps_to" is written "maps-to"; write it maps_to:',
        alone=True,
    ),
    Case(
        "missing-date",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan")},
        "evidence/a.md:1: error",
        "missing-key",
    ),
    Case(
        "missing-owner-of-action",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\ndue: 2027-01-01")},
        "evidence/a.md:1: error",
        "missing-key",
    ),
    Case(
        "missing-due-of-action",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane")},
        "evidence/a.md:1: error",
        "missing-key",
    ),
    Case(
        "missing-challenge-of-self-assessment",
        {"evidence/a.md": md("title: A\ntype: self-assessment\ndate: 2026-01-01\nratings:\n  plan: good")},
        "evidence/a.md:1: error",
        "missing-key",
    ),
    Case(
        "missing-title-in-framework",
        {"framework.yml": framework("title: Test Standard\n", "")},
        "framework.yml:1: error",
        "missing-key",
    ),
    # --- a value of the wrong kind
    Case(
        "title-is-a-list",
        {"evidence/a.md": md("title: [A, B]\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error",
        "wrong-kind",
        says='"title" must be one text, not a list; write it as one text on the line of "title:", without brackets or '
        "dashes",
    ),
    Case(
        "title-is-a-list-of-one",
        {"evidence/a.md": md("title:\n  - A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error",
        "wrong-kind",
        says='"title" must be one text, not a list; write it as one text on the line of "title:", without brackets or '
        "dashes",
    ),
    Case(
        "a-key-that-is-yaml-null",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n~: x")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "null" in front matter (a key written null or ~ has no name in YAML)',
    ),
    Case(
        "a-date-with-non-breaking-hyphens",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026\u201101\u201101")},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "2026\u201101\u201101" has "\u2011" (non-breaking hyphen) where "-" belongs; type '
        "it again on the keyboard: 2026-01-01",
    ),
    Case(
        "a-date-with-a-full-width-digit",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: \uff12026-01-01")},
        "evidence/a.md:5: error",
        "bad-date",
        says='has "\uff12" (fullwidth digit two) where "2" belongs; type it again on the keyboard: 2026-01-01',
    ),
    Case(
        "a-target-written-with-a-full-width-slash",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships\uff0fplan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='a challenge and its section are written with a slash between them: "partnerships/plan"',
    ),
    *[  # told the challenge alone (a whole challenge, no section), or a list of its words (a careless review)
        Case(
            f"a-target-written-in-words-{number}",
            {"evidence/a.md": md(f"title: A\ntype: evidence\nmaps_to: {written}\ndate: 2026-01-01")},
            "evidence/a.md:4: error",
            code,
            says=said,
        )
        for number, (written, code, said) in enumerate(
            (
                (
                    "Partnerships - Plan stage",
                    "unknown-challenge",
                    'a challenge and its section are written with a slash between them: "partnerships/plan"',
                ),
                (
                    "Partnerships (Plan, Do and Review)",
                    "bad-target",
                    "to map to several of its sections, write a list: [partnerships/plan, partnerships/do, "
                    "partnerships/review]",
                ),
                (
                    "partnerships/plan; partnerships/do",
                    "bad-target",
                    "write a list, a comma between its entries: [partnerships/plan, partnerships/do]",
                ),
                (
                    "partnerships/plan and partnerships/do",
                    "bad-target",
                    "write a list, a comma between its entries: [partnerships/plan, partnerships/do]",
                ),
            )
        )
    ],
    Case(
        "a-section-written-without-its-challenge",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: Plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='unknown challenge "Plan" in maps_to; "Plan" is a section: write it after its challenge, such as '
        '"partnerships/plan" or "people/plan"',
    ),
    Case(
        "a-value-starting-with-a-star",
        {"evidence/a.md": md(EVIDENCE + "\nsummary: *new")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says="found undefined alias; a value starting with * is read as a mark of YAML's own (a reference to a value "
        "marked with &); put the whole value in quotes",
    ),
    Case(
        "an-empty-entry-of-a-list",
        {"evidence/a.md": md('title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: [a, ""]')},
        "evidence/a.md:6: error",
        "empty-value",
        says='an entry of "tags" is empty; remove it',
    ),
    Case(
        "maps_to-is-a-mapping",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  partnerships: plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "wrong-kind",
    ),
    Case(
        "tags-is-a-mapping",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: {older: adults}"
            )
        },
        "evidence/a.md:6: error",
        "wrong-kind",
    ),
    Case(
        "list-entry-is-a-mapping",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
                "partners:\n  - NHS Trust\n  - name: County Council"
            )
        },
        "evidence/a.md:8: error",
        "wrong-kind",
    ),
    Case(
        "maps_to-entry-is-a-mapping",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n  - {people: plan}\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:6: error",
        "wrong-kind",
    ),
    Case(
        "ratings-is-a-list",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: [good]"
            )
        },
        "evidence/a.md:6: error",
        "wrong-kind",
    ),
    Case(
        "a-rating-is-a-mapping",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n"
                "  plan: {rating: good}"
            )
        },
        "evidence/a.md:7: error",
        "wrong-kind",
        says='rating of "plan" must be one rating (poor, fair, good, great), not a mapping',
    ),
    Case(
        "date-is-a-list",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: [2026-01-01]")},
        "evidence/a.md:5: error",
        "wrong-kind",
        says='"date" must be one date, not a list',
    ),
    Case(
        "min_evidence-is-true",
        {"framework.yml": framework("min_evidence: 1\n", "min_evidence: true\n")},
        "framework.yml:13: error",
        "wrong-kind",
        says='"min_evidence" must be a whole number, not true/false',
    ),
    Case(
        "min_evidence-is-not-a-whole-number",
        {"framework.yml": framework("min_evidence: 1\n", "min_evidence: two\n")},
        "framework.yml:13: error",
        "wrong-kind",
    ),
    Case(
        "min_evidence-is-below-1",
        {"framework.yml": framework("min_evidence: 1\n", "min_evidence: 0\n")},
        "framework.yml:13: error",
        "out-of-range",
    ),
    # --- numbers that are not real numbers are refused (`NaN` is not JSON) (issue 9)
    Case(
        "weight-is-nan",
        {"framework.yml": framework("    title: People\n", "    title: People\n    weight: .nan\n")},
        "framework.yml:31: error",
        "wrong-kind",
    ),
    Case(
        "weight-is-infinite",
        {"framework.yml": framework("    title: People\n", "    title: People\n    weight: .inf\n")},
        "framework.yml:31: error",
        "wrong-kind",
    ),
    # --- unknown names, with the closest valid one suggested
    Case(
        "unknown-type",
        {"evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "unknown-type",
        says='unknown type "evidnce"; did you mean "evidence"?',
    ),
    Case(
        "unknown-type-with-a-space",
        {"evidence/a.md": md("title: A\ntype: case study\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "unknown-type",
        says='did you mean "case-study"?',
    ),
    *[  # "did you mean case-study?" (a novice's review)
        Case(
            f"two-{key}s-in-one",
            {"evidence/a.md": md(f"title: A\nmaps_to: partnerships/plan\ndate: 2026-01-01\n{key}: {value}")},
            "evidence/a.md:5: error",
            code,
            says=said,
        )
        for key, value, code, said in [
            ("type", "evidence, case-study", "unknown-type", '"type" takes one value, not 2 (evidence, case-study)'),
            ("type", "Case-study or Evidence", "unknown-type", "not 2 (case-study, evidence): keep the one that fits"),
            (
                "type",
                "evidence, evidence",
                "unknown-type",
                '"type" takes one value, written once: write "type: evidence"',
            ),
        ]
    ],
    Case(
        "unknown-type-in-a-markdown-file",  # every extension MkDocs renders is read (issue 9)
        {"evidence/a.markdown": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.markdown:3: error",
        "unknown-type",
    ),
    Case(
        "unknown-challenge-in-maps_to",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnership/plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='did you mean "partnerships"?',
    ),
    Case(  # a careless-user review: a challenge's title typed from memory was told only the valid ids
        "a-self-assessments-challenge-named-by-a-title-typed-from-memory",
        {
            "framework.yml": framework("title: People\n", "title: People and volunteers\n"),
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: People and volunteering\ndate: 2026-10-01\nratings:\n"
                "  plan: good"
            ),
        },
        "evidence/sa.md:4: error",
        "unknown-challenge",
        says='unknown challenge "People and volunteering"; "People and volunteering" is close to "People and '
        'volunteers", the title of "people": write its id, people',
    ),
    Case(  # a careless-user review: told the entry started with a dash, where "- " was typed, its space not a space
        "a-maps-to-entry-after-a-dash-and-a-non-breaking-space",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  -\u00a0partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error",  # at the text's first line, as the dash-run-on entry is
        "bad-target",
        says="starts with a dash and a space that is not the space bar's (a no-break space, as a word processor writes "
        'one), which YAML reads as text, not as a list\'s entry: type the space after the "-" again, on the keyboard',
    ),
    Case(  # a careless-user review: a spreadsheet's "Section" column written as a key was told "description"
        "a-section-written-as-a-key-of-its-own",
        {
            **COVERED,
            "evidence/a.md": md(
                "title: A\ntype: evidence\nSection: Plan\nmaps_to: partnerships/plan\ndate: 2026-01-01"
            ),
        },
        "evidence/a.md:4: warning",
        "unknown-key",
        says='unknown key "Section" in front matter; the sections an item supports are written under "maps_to", each '
        "as challenge/section, such as maps_to: [partnerships/plan]",
        alone=True,
    ),
    Case(  # a fuzz run: the tags became one, "-\u00a0forum -\u00a0review", without a word
        "tags-after-a-dash-and-a-non-breaking-space",
        {"evidence/a.md": md(EVIDENCE + "\ntags:\n  -\u00a0forum\n  -\u00a0review")},
        "evidence/a.md:6: error",
        "odd-space",
        says='"tags" is one text, "-\u00a0forum -\u00a0review": its lines start with a dash and a space that is not the '
        "space bar's (a no-break space, as a word processor writes one)",
    ),
    Case(  # a fuzz run: on a self-assessment, "description" was suggested
        "a section-key-on-a-self-assessment",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nSection: Plan\n"
                "ratings:\n  plan: good"
            )
        },
        "evidence/sa.md:6: warning",
        "unknown-key",
        says='unknown key "Section" in front matter; a section is rated under "ratings:", one line each (such as '
        '"  plan: good"), and written about under a heading of its own in the text (## Plan)',
    ),
    Case(
        "unknown-challenge-in-maps_to-list-entry",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n  - peeple/plan\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:6: error",
        "unknown-challenge",
    ),
    Case(
        "challenge-and-section-joined-by-a-backslash",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  - partnerships\\plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error",
        "unknown-challenge",
        says='unknown challenge "partnerships\\plan" in maps_to; a challenge and its section are written with a slash '
        'between them: "partnerships/plan"',
    ),
    Case(
        "challenge-and-section-joined-by-a-hyphen",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: [Partnerships-Do]\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='written with a slash between them: "partnerships/do"',
    ),
    Case(
        "unknown-challenge-of-self-assessment",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnership\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
    ),
    Case(
        "challenge-by-its-title",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: PEOPLE\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='unknown challenge "PEOPLE"; ids are written in their own capitals: write "people"',
    ),
    Case(
        "unknown-section-in-maps_to",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plna\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-section",
        says='did you mean "plan"?',
    ),
    Case(
        "section-by-its-label-in-maps_to",
        {
            "framework.yml": framework("{id: do, label: Do}", "{id: do, label: Delivery}"),
            "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/delivery\ndate: 2026-01-01"),
        },
        "evidence/a.md:4: error",
        "unknown-section",
        says='unknown section "delivery" of challenge "partnerships" in maps_to; "delivery" is the label of "do": write '
        "its id, do",
    ),
    Case(
        "section-by-its-label-in-ratings",
        {
            "framework.yml": framework("{id: do, label: Do}", "{id: do, label: Delivery}"),
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  Delivery: good"
            ),
        },
        "evidence/a.md:7: error",
        "unknown-section",
        says='"Delivery" is the label of "do": write its id, do',
    ),
    Case(
        "section-the-challenge-leaves-out-in-maps_to",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: people/review\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-section",
        says='challenge "people" does not use the section "review" (maps_to); its sections are plan; "review" is a '
        "section of partnerships: map the item to the section it supports",
    ),
    Case(  # a year-two review: a challenge split in two, the one closest by its name without the section
        "a-challenge-split-in-two-named-with-a-section",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: peoples/review\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "unknown-challenge",
        says='unknown challenge "peoples" in maps_to; did you mean "partnerships/review"?',
    ),
    Case(  # said as maps_to says it (an outside review)
        "section-the-challenge-leaves-out-in-ratings",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings:\n  review: good"
            )
        },
        "evidence/sa.md:7: error",
        "unknown-section",
        says='challenge "people" does not use the section "review" (ratings); its sections are plan; delete this '
        "line: the framework does not give this challenge that section (only some challenges have it), so no page "
        "can show it (if it did before, the file's history in git keeps the rating)",
    ),
    Case(
        "several-targets-in-one-text",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan, people/plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "bad-target",
        says="to map to several, write a list: [partnerships/plan, people/plan]",
    ),
    Case(
        "a-target-written-as-a-folder",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: [partnerships/plan/]\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "bad-target",
        says='did you mean "partnerships/plan", without the "/" at the end?',
    ),
    Case(
        "a-challenge-written-from-the-root",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: /people\ndate: 2026-01-01")},
        "evidence/a.md:4: error",
        "bad-target",
        says='did you mean "people", without the "/" at the start?',
    ),
    Case(
        "unknown-section-in-ratings",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: good\n  reveiw: fair"
            )
        },
        "evidence/a.md:8: error",
        "unknown-section",
    ),
    Case(  # a short word a letter or two off was told the whole list (an outside review)
        "unknown-rating-spelt-as-said",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: gud"
            )
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='unknown rating "gud" as rating of "plan"; did you mean "good"?',
    ),
    *(
        Case(  # "n/a" or "TBC" for a section not rated was told the scale only, not `unrated` (a careless contributor's
            # review)
            f"unknown-rating-left-unrated-as-{name}",
            {
                "evidence/a.md": md(
                    "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: good"
                    f"\n  do: {written}"
                )
            },
            "evidence/a.md:8: error",
            "unknown-rating",
            says=f'unknown rating "{written}" as rating of "do"; to leave it unrated on purpose, write do: unrated; '
            "else rate it, one of ",
        )
        for name, written in (("n-a", "N/A"), ("tbc", "TBC"), ("none", "none"))
    ),
    Case(
        "unknown-rating",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: goood"
            )
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='did you mean "good"?',
    ),
    Case(
        "unknown-rating-close-to-a-label",
        {
            "framework.yml": framework("  - {id: great, label: Great}", "  - {id: great, label: Very Good}"),
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: Very Goood"
            ),
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='did you mean "Very Good"?',  # a rating is written by its id or its label
    ),
    *(
        Case(  # "Very" shortened was told the level below, "good" (a careless contributor's review)
            f"unknown-rating-very-shortened-{number}",
            {
                "framework.yml": framework("  - {id: great, label: Great}", "  - {id: very-good, label: Very Good}"),
                "evidence/a.md": md(
                    f"title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: {written}"
                ),
            },
            "evidence/a.md:7: error",
            "unknown-rating",
            says=f'unknown rating "{written}" as rating of "plan"; did you mean "very-good"?',
        )
        for number, written in enumerate(("V Good", "v.good", "V. Good"))
    ),
    Case(  # told "did you mean good?", one level below what was meant (a careless organisation's review)
        "unknown-rating-of-a-level-and-a-word",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n"
                "  plan: Very good"
            )
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='unknown rating "Very good" as rating of "plan"; "Very good" is not on this framework\'s scale, and '
        '"Good" is another level: write one of poor, fair, good, great',
    ),
    Case(  # a note after the rating was told the level the note named (a careless contributor's review)
        "unknown-rating-with-a-note-after-it",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n"
                "  plan: good (was fair)"
            )
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='unknown rating "good (was fair)" as rating of "plan"; did you mean "good"? A note goes in the section\'s',
    ),
    Case(  # indented as the ratings above it: told of no section "overall" (a careless contributor's review)
        "overall-indented-under-ratings",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n"
                "  plan: good\n  overall: good\noverall: great"
            )
        },
        "evidence/a.md:8: error",
        "unknown-section",
        says='"overall" is indented under "ratings", as if it were a section; it is a key of its own: write it at the '
        "start of its line, with no spaces before it (it is given on line 9 too: keep one of them)",
    ),
    Case(  # in capitals, it was told of no section "Overall" (a careless contributor's review)
        "overall-in-capitals-indented-under-ratings",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n"
                "  plan: good\n  Overall: good"
            )
        },
        "evidence/a.md:8: error",
        "unknown-section",
        says='"Overall" is indented under "ratings", as if it were a section; it is a key of its own: write it at the '
        'start of its line, with no spaces before it, in small letters ("overall")',
    ),
    Case(  # `unrated` says a section is left unrated on purpose: not an overall rating (a review)
        "overall-unrated",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\noverall: unrated"
            )
        },
        "evidence/a.md:6: error",
        "unknown-rating",
        says='unknown rating "unrated" as',
    ),
    Case(
        "unknown-overall-rating",
        {
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\noverall: grate"
            )
        },
        "evidence/a.md:6: error",
        "unknown-rating",
    ),
    Case(
        "unknown-visibility",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: publc"
            )
        },
        "evidence/a.md:6: error",
        "unknown-value",
        says='did you mean "public"?',
    ),
    Case(
        "unknown-visibility-of-plain-page",
        {"evidence/guide.md": md("title: Guide\nvisibility: intrnal", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unknown-value",
    ),
    Case(  # a careless-user review: "missing challenge" at line 1, and "maps_to" unknown, said apart
        "self-assessment-maps-to-for-challenge",
        {**COVERED, "evidence/sa.md": md("title: SA\ntype: self-assessment\nmaps_to: [people]\ndate: 2026-10-01")},
        "evidence/sa.md:4: error",
        "missing-key",
        says='missing required key "challenge": an item of this type is about one challenge, named by "challenge:", '
        'not "maps_to:"; write challenge: people in place of this line',
        alone=True,
    ),
    Case(  # a careless-user review: "valid values" listed, where one word says which is meant
        "visibility-private",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: Private"
            )
        },
        "evidence/a.md:6: error",
        "unknown-value",
        says='unknown visibility "Private"; did you mean "internal"?',
    ),
    *[  # asked whether it meant the very thing it says it is not (a careless contributor's review)
        Case(
            f"visibility-said-as-not-public-{number}",
            {
                "evidence/a.md": md(
                    f"title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: {written}"
                )
            },
            "evidence/a.md:6: error",
            "unknown-value",
            says=f'unknown visibility "{written}"; "{written}" says what it is not: write what it is, one of '
            "accreditor, internal",
        )
        for number, written in enumerate(("not public", "Non-Public", "not for public", "public - no"))
    ],
    Case(
        "status-said-as-not-done",
        {
            "evidence/a.md": md(
                "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01\n"
                "status: not done"
            )
        },
        "evidence/a.md:8: error",
        "unknown-value",
        says='unknown status "not done"; "not done" says what it is not: write what it is, one of',
    ),
    Case(  # `Poor` was asked whether it meant "good", on a scale without it (a careless contributor's review)
        "rating-of-a-word-spelt-like-another",
        {
            "framework.yml": framework("  - {id: poor, label: Poor}\n", ""),
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: Poor"
            ),
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='unknown rating "Poor" as rating of "plan"; valid ratings:',
    ),
    Case(
        "visibility-for-everyone-of-plain-page",
        {"evidence/guide.md": md("title: Guide\nvisibility: everyone", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unknown-value",
        says='unknown visibility "everyone"; did you mean "public"?',
    ),
    Case(
        "unknown-status",
        {
            "evidence/a.md": md(
                "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01\nstatus: don"
            )
        },
        "evidence/a.md:8: error",
        "unknown-value",
    ),
    *[  # a new-organisation review: "doing" was asked whether it meant "done"
        Case(
            f"unknown-status-{written}",
            {
                "evidence/a.md": md(
                    "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\n"
                    f"due: 2027-01-01\nstatus: {written}"
                )
            },
            "evidence/a.md:8: error",
            "unknown-value",
            says=f'unknown status "{written}"; did you mean "{meant}"?',
        )
        for written, meant in (
            *(("doing", "in-progress"), ("Completed", "done"), ("To do", "planned")),
            # an outside review: "open" and "new" were asked "did you mean done?", which would close the action
            *(("open", "planned"), ("new", "planned"), ("active", "in-progress")),
        )
    ],
    Case(
        "unknown-rollup-in-framework",
        {"framework.yml": framework("rollup: median\n", "rollup: medain\n")},
        "framework.yml:12: error",
        "unknown-value",
    ),
    Case(  # a pull request with `portfolio new`'s skeleton left in passed its checks (an outside review)
        "placeholder-text-of-portfolio-new",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE + "\nvisibility: public",
                "## What it is\n\nWhat it is, who produced it and when.\n\n## Why it matters\n\nOur own words.\n",
            ),
        },
        "evidence/a.md:10: warning",
        "template-text",
        says='this line still holds the placeholder text "What it is, who produced it and when." of the template (the '
        "one `portfolio new` writes, and CONTRIBUTING shows); replace it with your own words, or delete it",
        alone=True,
    ),
    Case(  # the template's own attachment left in was "does not exist" (a careless contributor's review)
        "attachment-of-the-template-left-in",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nattachments: [files/the-document.pdf]")},
        "evidence/a.md:6: warning",
        "template-text",
        says='"attachments" still holds the template\'s "files/the-document.pdf"; write the files that go with it, '
        "beside it inside evidence/ instead, or delete the line",
        alone=True,
    ),
    Case(  # the template's placeholder lines deleted, its headings left: counted as evidence (a novice's review)
        "only-the-template-headings",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "## About this document\n\n## What it shows\n##\n### Notes\n")},
        "evidence/a.md:7: warning",
        "template-text",
        says="the text of this item is only headings (## About this document, ## What it shows, ##, ...), as the "
        "template gives them: write under each what it asks, or delete them",
        alone=True,
    ),
    # --- slips of a new contributor (an outside review): each told how to write it
    Case(
        "date-without-its-zeros",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-5-4")},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "2026-5-4"; write it as YYYY-MM-DD: 2026-05-04, if it means 4 May 2026',
    ),
    Case(  # the second entry indented more than the first: YAML read one entry, "a - b"
        "entries-of-maps-to-run-together",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n   - partnerships/do\ndate: 2026-01-01"
            )
        },
        "evidence/a.md:5: error",
        "bad-target",
        says='it reads as entries of a list run together: each entry starts a line of its own with "- ", and the '
        'entries of one list are indented alike (the line of "- partnerships/do", below this one, is indented more)',
    ),
    Case(  # was "did you mean "subtitle"?"
        "key-in-capitals-beside-the-same-key",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nTitle: B")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "Title" in front matter; it is "title" in capitals, which is given already: keep one of '
        "them, in small letters",
        alone=True,
    ),
    # --- a page that looks like an item but is not read as one: as a plain page it would reach everyone
    Case(
        "misspelt-type-key",
        {**COVERED, "evidence/a.md": md("title: A\ntyp: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error",
        "untyped-item",
        says='did you mean "type"?',
    ),
    Case(  # told it would be published to everyone (a novice's review)
        "misspelt-type-key-of-an-internal-page",
        {**COVERED, "evidence/a.md": md("title: A\ntyp: evidence\ndate: 2026-01-01\nvisibility: internal")},
        "evidence/a.md:3: error",
        "untyped-item",
        says='did you mean "type"? Without "type" this page is not an item, and counts towards nothing (a plain page, '
        "which its internal visibility keeps)",
    ),
    Case(
        "item-keys-on-a-plain-page",
        {**COVERED, "evidence/a.md": md("title: A\ndate: 2026-01-01\nmaps_to: partnerships/plan")},
        "evidence/a.md:4: error",
        "untyped-item",
        says='add "type: evidence" (or case-study, celebration, action, self-assessment, assessor-report)',
        alone=True,
    ),
    Case(  # a self-assessment's keys were told to add "type: evidence" (an outside review)
        "self-assessment-keys-on-a-plain-page",
        {**COVERED, "evidence/sa.md": md("title: A\nchallenge: partnerships\nratings: {plan: good}\ndate: 2026-01-01")},
        "evidence/sa.md:3: error",
        "untyped-item",
        says='add "type: self-assessment" (or evidence, case-study, celebration, action, assessor-report)',
        alone=True,
    ),
    Case(
        "action-keys-on-a-plain-page",
        {**COVERED, "evidence/todo.md": md("title: A\nowner: Sam\ndue: 2026-01-01")},
        "evidence/todo.md:3: error",
        "untyped-item",
        says='add "type: action" (or evidence,',
        alone=True,
    ),
    Case(
        "misspelt-visibility-on-a-plain-page",
        {**COVERED, "evidence/guide.md": md("title: Guide\nvisiblity: internal", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unread-visibility",
        alone=True,
    ),
    Case(  # a careless-user review: the build stopped in a traceback naming no file
        "an-icon-the-theme-has-not",
        {**COVERED, "evidence/guide.md": md("title: Guide\nicon: material/nope", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unknown-value",
        says='the theme has no icon "material/nope"; name one of its icons, such as material/account-group',
        alone=True,
    ),
    Case(  # told to write it as a list, whose entry was then told to be in quotes (a review of valid portfolios)
        "a-number-for-a-list-of-names",
        {**COVERED, "evidence/e.md": md("title: A\ntype: evidence\nmaps_to: 2026\ndate: 2026-01-01")},
        "evidence/e.md:4: error",
        "wrong-kind",
        says='"maps_to" must be text (or a list of texts), not a number (2026); put it in quotes: maps_to: "2026"',
        alone=True,
    ),
    Case(  # its quotes were given as "3.1", not as written (a review of the change)
        "a-number-with-a-point-for-a-list-of-names",
        {
            **COVERED,
            "evidence/e.md": md("title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\ntags: 3.10"),
        },
        "evidence/e.md:6: error",
        "wrong-kind",
        says='"tags" must be text (or a list of texts), not a number (3.1); put it in quotes, as you wrote it',
        alone=True,
    ),
    Case(
        "a-number-among-a-plain-pages-tags",
        {**COVERED, "evidence/guide.md": md("title: Guide\ntags: [walking, 1]", "# Guide\n")},
        "evidence/guide.md:3: error",
        "wrong-kind",
        says='each entry of "tags" must be text, not a number (1); put it in quotes',
        alone=True,
    ),
    Case(  # a hostile review: each of these was published to everyone without a word
        "another-key-naming-an-audience-on-a-plain-page",
        {**COVERED, "evidence/guide.md": md("title: Guide\naudience: Internal", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unread-visibility",
        says='"audience: Internal" is not read: only "visibility" keeps a page from an audience, so this page would be '
        'published to everyone; write "visibility: internal" instead',
        alone=True,
    ),
    Case(
        "private-on-a-plain-page",
        {**COVERED, "evidence/guide.md": md("title: Guide\nsummary: Staff only\nprivate: yes", "# Guide\n")},
        "evidence/guide.md:4: error",
        "unread-visibility",
        says='"private: yes" is not read',
        alone=True,
    ),
    Case(
        "published-false-on-a-plain-page",
        {**COVERED, "evidence/guide.md": md("title: Internal\npublished: false", "# Guide\n")},
        "evidence/guide.md:3: error",  # the title "Internal" is the page's own words, not a visibility
        "unread-visibility",
        says='"published: false" is not read',
        alone=True,
    ),
    Case(  # a hostile review: a blog post's category, a slug, a custom status are no visibility
        "words-of-a-plain-pages-own-keys",
        {
            **COVERED,
            "evidence/guide.md": md(
                "title: Guide\ncategories: [Internal]\nslug: internal\nstatus: accreditor", "# G\n"
            ),
            "evidence/about.md": md("title: About\naudience: private", "# About\n"),
        },
        "evidence/about.md:3: error",
        "unread-visibility",
        alone=True,
    ),
    Case(
        "an-audience-of-another-name-on-a-plain-page",
        {**COVERED, "evidence/guide.md": md("title: Guide\naudience: staff only", "# Guide\n")},
        "evidence/guide.md:3: error",
        "unread-visibility",
        says='"audience: staff only" is not read',
        alone=True,
    ),
    *[  # a hostile review: each was published to everyone without a word, its author meaning otherwise
        Case(
            f"said-otherwise-on-a-plain-page-{number}",
            {**COVERED, "evidence/guide.md": md(f"title: Guide\n{line}", "# Guide\n")},
            "evidence/guide.md:3: error",
            "unread-visibility",
            says=f'"{line}" is not read: only "visibility" keeps a page from an audience',
            alone=True,
        )
        for number, line in enumerate(
            (
                "draft: true",
                "audience: staff-only",
                "audience: all staff",
                "audience: trustees only",
                "audience: board only",
                "sensitive: true",
                "do_not_publish: true",
                "Not-Public: yes",
                "unlisted: true",
                "classification: OFFICIAL-SENSITIVE",
                "status: draft",
                "released: no",
                "who_can_see: staff",
                "internal_use_only: true",
                "confidential: yes - board only",
                "approved: no",
                "status: WIP",
                "staff_only: true",
                "for_staff_only: yes",
                "staffonly: true",
                "audience: senior leadership only",
                "audience: SLT",
                "circulation: Trustees only",
                "is_draft: true",
                "board_eyes_only: yes",
                "status: On hold - do not publish yet",
                "status: Draft v0.3",
                "marking: OFFICIAL-SENSITIVE",
                "note: not for the public website",
                "target_audience: staff",
                "embargo_until: 2027-03-12",
                "publish_on: 2027-01-01 09:00",
                "embargo_until: 12 March 2027",  # in words or numbers, as people write a date (an outside review)
                "publish_on: March 12th, 2027",
                "embargo_date: 12/03/2027",
                "embargo_date: 12/03/27",  # its century left out, or in one run of digits (a known gap)
                "embargo_until: 20270312",
                "embargo_until: Spring 2027",
                "embargo: Until 1 June 2027, when it will be lifted",  # a third review's (as_of 2026-11-27)
                "embargo: From 1 March 2026 until 1 June 2027",
                "embargo: mid-2027",
                "embargoUntil: 2027-03-12",
                "audience: SLT only",
                "audience: not public",
                "audience: hidden",  # words visibility is told to read as internal (a review of the code's lists)
                "audience: draft",
                "shared_with: nobody",
                "publish: never",
                "status: work in progress",
                "state: draft",
                "classification: Commercial in Confidence",
                "confidentiality: confidential",
                "vis: internal",  # a fourth hostile review's (its `restricted: yes` is a third's room hire)
                "audience_level: staff only",
                "share: no",
                "shareable: false",
                "public_ok: no",
                "pii: true",
                "contains_personal_data: yes",
                "for_eyes_of: staff only",  # a fifth hostile review's
                "eyes_only: staff",
            )
        )
    ],
    Case(  # for everyone, said in other words: nothing to say
        "everyone-said-otherwise-on-a-plain-page",
        {
            **COVERED,
            "evidence/guide.md": md(
                "title: Guide\naudience: young people\naccess: step-free\nreaders: parents\nclassification: commercial"
                "\nstatus: protected species\nconfidential_notes: see the minutes\nembargo_lifted: yes\napproved_by: Board"
                "\nembargo_until: 01/03/26\npublish_on: 20260301"
                "\ninternal_link: https://example.org/x",
                "# Guide\n\n" + "Text.\n\n" * 60 + "<pre>\ntype: evidence\nvisibility: internal\n</pre>\n",
            ),
            "evidence/about.md": md("title: About\nclassification: official\nstatus: new\naudience: private", "# A\n"),
            "evidence/club/.meta.yml": "visibility: public\naccess: step-free\n",  # read by no plugin: nothing kept
        },
        "evidence/about.md:5: error",
        "unread-visibility",
        alone=True,
    ),
    # --- a fourth hostile review: each was published to everyone without an error, its author meaning otherwise
    Case(
        "public-item-said-otherwise",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
                "\nprivate: true"
            )
        },
        "evidence/a.md:7: error",
        "unread-visibility",
        says='"private: true" says this item is not for the public, but its visibility is public',
    ),
    Case(
        "public-item-commented-otherwise",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
                "\n# INTERNAL ONLY - DO NOT PUBLISH\nvisibility: public"
            )
        },
        "evidence/a.md:6: error",
        "front-matter-unread",
        says='this comment says the page is not for the public ("INTERNAL ONLY - DO NOT PUBLISH"), but its visibility '
        "is public",
    ),
    *(  # a marking alone beside `visibility: public` (a hostile review)
        Case(
            f"public-item-marked-otherwise-on-its-visibility-line-{said}",
            {
                "evidence/a.md": md(
                    f"title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public  # {said}"
                )
            },
            "evidence/a.md:6: error",
            "front-matter-unread",
            says=f'this comment says the page is not for the public ("{said}"), but its visibility is public, so it '
            "would be published to everyone; if it is not for the public, write visibility: internal, otherwise "
            "remove the comment",
        )
        for said in ("internal", "CONFIDENTIAL", "embargoed")
    ),
    *(  # after a visibility in quotes: the quote mark was taken for one around the comment (a hostile review)
        Case(
            f"public-item-marked-otherwise-after-a-quoted-visibility-{name}",
            {
                "evidence/a.md": md(
                    f"title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: {written}"
                )
            },
            "evidence/a.md:6: error",
            "front-matter-unread",
            says=f'this comment says the page is not for the public ("{said}"), but its visibility is public',
        )
        for name, written, said in (
            ("double", '"public"  # private', "private"),
            ("single", "'public' # Confidential - HR", "Confidential - HR"),
        )
    ),
    Case(
        "public-page-commented-otherwise-on-its-visibility-line",
        {**COVERED, "evidence/guide.md": md("title: Guide\nvisibility: public  # staff only", "# Guide\n")},
        "evidence/guide.md:3: error",
        "front-matter-unread",
        alone=True,
    ),
    Case(
        "visibility-in-a-meta-file-nothing-reads-in-other-words",
        {
            **COVERED,
            "evidence/board/deep/.meta.yml": "Visibility: Staff\n",
            "evidence/board/deep/minutes.md": md("title: Minutes", "# Minutes\n"),
        },
        "evidence/board/deep/.meta.yml:1: error",
        "unread-visibility",
        says='"Visibility: Staff" in .meta.yml is not read',
        alone=True,
    ),
    Case(
        "visibility-in-a-meta-file-nothing-reads",
        {
            **COVERED,
            "evidence/board/.meta.yml": "tags: [Board]\nvisibility: internal\n",
            "evidence/board/minutes.md": md("title: Minutes", "# Minutes\n"),
        },
        "evidence/board/.meta.yml:2: error",
        "unread-visibility",
        says='"visibility: internal" in .meta.yml is not read: Material\'s meta plugin, which reads .meta.yml, is not on',
        alone=True,
    ),
    # --- a date that is not a date
    Case(
        "date-does-not-exist",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30")},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "2026-02-30" does not exist; check the month (01 to 12) and the day of the month',
    ),
    Case(
        "date-in-the-year-0000",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 0000-05-14")},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "0000-05-14" does not exist; there is no year 0000; write the real year',
    ),
    Case(
        "date-left-as-the-template-wrote-it",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: YYYY-MM-DD")},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" still holds the template\'s YYYY-MM-DD; write the real date, such as 2026-05-14',
    ),
    Case(
        "date-without-hyphens",
        {"evidence/a.md": md('title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: "20260501"')},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "20260501"',
    ),
    Case(
        "date-in-day-month-year",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 14/05/2026")},
        "evidence/a.md:5: error",
        "bad-date",
    ),
    Case(
        "date-is-a-number",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026")},
        "evidence/a.md:5: error",
        "bad-date",
    ),
    Case(
        "due-is-not-a-date",
        {
            "evidence/a.md": md(
                "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\ndue: 2027-13-01"
            )
        },
        "evidence/a.md:7: error",
        "bad-date",
    ),
    Case(  # the comma left out: no hint (a careless contributor's review)
        "maps-to-two-entries-without-a-comma",
        {
            "evidence/a.md": md(
                EVIDENCE.replace("maps_to: partnerships/plan", "maps_to: [partnerships/do partnerships/plan]")
            )
        },
        "evidence/a.md:4: error",
        "bad-target",
        says="to map to several, write a list, a comma between its entries: [partnerships/do, partnerships/plan]",
    ),
    *[  # the second read as the first's text, its keys a heading, without a word past the text's 40th line, and
        # told to be moved to the top of the file above it (a careless contributor's review)
        Case(
            f"two-items-in-one-file-{line}",
            {
                **COVERED,
                "evidence/a.md": md(
                    EVIDENCE,
                    above + "\n---\ntitle: Notes\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-02-01\n---\n"
                    "Second.\n",
                ),
            },
            f"evidence/a.md:{line}: error",
            code,
            says='a second item\'s front matter starts here ("---", then "title: Notes"), but a file holds one item: '
            "the build reads it as the text of the item above, and shows its keys as a heading; move it, from this "
            '"---" to the end of its text, into a file of its own',
        )
        for above, line, code in (
            ("First.\n", 9, "front-matter-unread"),
            ("".join(f"Line {n}.\n" for n in range(45)), 53, "front-matter-unread"),
        )
    ],
    Case(  # told a video's address that does not exist (a review of valid portfolios)
        "a-youtube-playlist-embedded",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, '<iframe src="https://www.youtube.com/embed/videoseries?list=PL123"></iframe>\n'
            ),
        },
        "evidence/a.md:7: warning",
        "embedded-from-elsewhere",
        says="make it a link to the video to click: [Watch the video](https://www.youtube.com/playlist?list=PL123)",
    ),
    Case(  # where the player starts was left out (a review of valid portfolios: a gala's film from 0:42)
        "a-youtube-video-embedded-from-where-it-starts",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE,
                '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42&rel=0"></iframe>\n',
            ),
        },
        "evidence/a.md:7: warning",
        "embedded-from-elsewhere",
        says="[Watch the video](https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s)",
    ),
    Case(  # an unlisted video's key was left out
        "an-unlisted-vimeo-video-embedded",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, '<iframe src="https://player.vimeo.com/video/76979871?h=8272103f6e"></iframe>\n'
            ),
        },
        "evidence/a.md:7: warning",
        "embedded-from-elsewhere",
        says="[Watch the video](https://vimeo.com/76979871/8272103f6e)",
    ),
    Case(  # a choice written otherwise (not_met for not-met) is no negation of another (a review of valid portfolios)
        "a-rating-of-a-scale-saying-not-written-otherwise",
        {
            "framework.yml": framework("{id: poor, label: Poor}", "{id: not-met, label: Not met}"),
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: not_met"
            ),
        },
        "evidence/a.md:7: error",
        "unknown-rating",
        says='unknown rating "not_met" as rating of "plan"; did you mean "not-met"?',
    ),
    Case(  # told the valid keys, the item quietly internal (a careless contributor's review)
        "visibility-written-as-a-key-of-its-audience",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npublic: yes")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "public" in front matter; who may see an item is written "visibility: public"',
        alone=True,
    ),
    Case(  # "metrics" was told the valid keys, not "measures" (a careless contributor's review)
        "measures-written-as-metrics",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nmetrics:\n  - metric: x")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "metrics" in front matter; did you mean "measures"?',
        alone=True,
    ),
    *[
        Case(  # published with no word, for no one outside the organisation to open (a careless contributor's review)
            f"a-link-to-sharepoint-on-a-{visibility}-page",
            {
                **COVERED,
                "evidence/a.md": md(
                    f"{EVIDENCE}\nvisibility: {visibility}",
                    f"Minutes: [minutes]({address}).\n",
                ),
            },
            "evidence/a.md:8: warning",
            "intranet-link",
            says=f"leads to the organisation's SharePoint or OneDrive, which no one outside it can open, and this "
            f"page is for {audience}; put the file in evidence/",
            alone=True,
        )
        for visibility, audience, address in (
            ("public", "the public", "https://riverside.sharepoint.com/:w:/r/sites/P/Minutes.docx?d=w1&web=1"),
            ("accreditor", "the assessor", "https://1drv.ms/w/s!AbC"),
        )
    ],
    # --- attachments missing, not files, or outside evidence/
    Case(
        "attachment-missing",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [files/plan.pdf]")},
        "evidence/a.md:6: error",
        "missing-attachment",
    ),
    Case(  # as maps_to says it (an outside review)
        "attachments-written-as-one-text-with-commas",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: files/a.pdf, files/b.pdf")},
        "evidence/a.md:6: error",
        "missing-attachment",
        says="to name several files, write a list: [files/a.pdf, files/b.pdf]",
    ),
    Case(  # with both files there: it was told to name the second alone (a careless contributor's review)
        "attachments-written-as-one-text-with-commas-both-there",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: files/a.pdf, files/b.pdf"),
            "evidence/files/a.pdf": b"%PDF-1.4\n",
            "evidence/files/b.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says="to name several files, write a list: [files/a.pdf, files/b.pdf]",
    ),
    Case(  # told to change a pattern of mkdocs.yml it never had (a careless contributor's review)
        "attachment-that-is-words-lock-file",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: ['files/~$report.docx']"),
            "evidence/files/~$report.docx": b"x",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says="(Word's lock file, ~$report.docx, while a document is open), which no site publishes; name the document",
    ),
    Case(  # told it did not exist (a hostile review)
        "attachment-that-is-a-file-of-another-plugin",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [int/.pages]"), "evidence/int/.pages": "nav:\n  - ...\n"},
        "evidence/a.md:6: error",
        "missing-attachment",
        says='"int/.pages" is there, but it holds the settings another MkDocs plugin reads from its folder',
    ),
    Case(
        "attachment-in-other-capitals",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [files/Plan.PDF]"), "evidence/files/plan.pdf": b"%PDF-1.4\n"},
        "evidence/a.md:6: error",
        "missing-attachment",
        says="evidence/files/plan.pdf differs only in capitals, which must match exactly; write its name as it is",
    ),
    Case(  # a name mistyped got no more than "does not exist" (an outside review)
        "attachment-name-mistyped",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: [files/minuts.pdf]"),
            "evidence/files/minutes.pdf": b"%PDF-1.4\n",
            "evidence/files/agenda.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says='does not exist (looked for evidence/files/minuts.pdf); did you mean "files/minutes.pdf"?',
    ),
    Case(  # a file saved with its ending given twice, as a computer hiding endings saves it (an outside review)
        "attachment-ending-given-twice",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: [files/a.pdf]"),
            "evidence/files/a.pdf.pdf": b"%PDF-1.4\n",
            "evidence/files/b.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says='does not exist (looked for evidence/files/a.pdf); did you mean "files/a.pdf.pdf"?',
    ),
    Case(
        "attachment-in-a-mistyped-folder",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [fles/minutes.pdf]"), "evidence/files/minutes.pdf": b"%PDF"},
        "evidence/a.md:6: error",
        "missing-attachment",
        says='did you mean "files/minutes.pdf"?',
    ),
    Case(  # a careless-user review: typed without its accent, it was "does not exist", no more
        "attachment-without-its-accents",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: [files/evaluation.pdf]"),
            "evidence/files/\u00e9valuation.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says="evidence/files/\u00e9valuation.pdf differs only in its accents, which must match exactly; write its name "
        "as it is",
    ),
    *[  # an outside review: each was refused without a word of the file it meant, which exists
        Case(
            f"attachment-written-{how}",
            {
                "evidence/p/a.md": md(EVIDENCE + f"\nattachments: [{written}]"),
                "evidence/m/files/Forum minutes.pdf": b"%PDF-1.4\n",
            },
            "evidence/p/a.md:6: error",
            code,
            says='did you mean "../m/files/Forum minutes.pdf"? A path is written from this item\'s folder',
        )
        for how, written, code in (
            ("from-the-project-folder", "'evidence/m/files/Forum minutes.pdf'", "missing-attachment"),
            ("from-the-top-of-evidence", "'/m/files/Forum minutes.pdf'", "outside-evidence"),
            ("as-an-address", "../m/files/Forum%20minutes.pdf", "missing-attachment"),
            ("by-its-name-alone", "'Forum minutes.pdf'", "missing-attachment"),
            # a careless-user review: the file is in another folder than the one written (files/ of the folder above)
            ("in-another-folder", "'files/Forum minutes.pdf'", "missing-attachment"),
        )
    ],
    *[  # a malformed-input review: "does not exist", with no word of the part a link may keep and a file may not
        Case(
            f"attachment-with-{name}",
            {"evidence/a.md": md(EVIDENCE + f"\nattachments: [files/plan.pdf{rest}]"), "evidence/files/plan.pdf": b"%"},
            "evidence/a.md:6: error",
            "missing-attachment",
            says=f'attachments name a file alone: write "files/plan.pdf", without "{rest}"',
        )
        for name, rest in (("a-page", "#page=2"), ("a-query", "?v=2"))
    ],
    Case(
        "attachment-is-a-folder",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [files]"), "evidence/files/plan.pdf": b"%PDF-1.4\n"},
        "evidence/a.md:6: error",
        "missing-attachment",
        says='attachment "files" is a folder (evidence/files/), not a file',
    ),
    Case(
        "attachment-missing-second-list-entry",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments:\n  - files/there.pdf\n  - files/gone.pdf"),
            "evidence/files/there.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:8: error",
        "missing-attachment",
    ),
    Case("attachment-is-a-withheld-page", WITHHELD_PAGE_ATTACHED, "evidence/a.md:7: error", "missing-attachment"),
    Case("attachment-is-a-public-page", PUBLIC_PAGE_ATTACHED, "evidence/a.md:7: error", "missing-attachment"),
    Case(
        "attachment-with-dot-dot",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [../mkdocs.yml]")},
        "evidence/a.md:6: error",
        "outside-evidence",
        root=True,
    ),
    Case(
        "attachment-with-dot-dot-from-subfolder",
        {"evidence/sub/a.md": md(EVIDENCE + "\nattachments: files/../../../framework.yml")},
        "evidence/sub/a.md:6: error",
        "outside-evidence",
        says="is outside evidence/; put the file in evidence/sub/, beside this item, and give its path relative to it",
        root=True,
    ),
    Case(  # (the two names look alike: "does not exist" left the author stuck; a careless-user review)
        "attachment-whose-accents-are-stored-otherwise",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: [files/\u00e9valuation.pdf]"),
            "evidence/files/e\u0301valuation.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says="evidence/files/e\u0301valuation.pdf has the same name written in characters that look alike (accents "
        "stored as a Mac stores them, a no-break space, or a character no one sees), which the site tells apart; "
        "rename the file, typing its name anew",
    ),
    Case(  # the same of a link, and of a name holding a character no one sees (a careless contributor's review)
        "a-link-to-a-file-whose-accents-are-stored-otherwise",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "See [the evaluation](files/\u00e9valuation.pdf).\n"),
            "evidence/files/e\u0301valuation.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; evidence/files/e\u0301valuation.pdf has the same name written in characters that "
        "look alike",
    ),
    Case(
        "attachment-whose-name-holds-a-character-no-one-sees",
        {
            "evidence/a.md": md(EVIDENCE + "\nattachments: [files/plan.pdf]"),
            "evidence/files/pl\u200ban.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:6: error",
        "missing-attachment",
        says="evidence/files/pl\u200ban.pdf has the same name written in characters that look alike",
    ),
    Case(  # (a folder with no file in it: it "did not exist"; a careless-user review)
        "attachment-is-an-empty-folder-written-with-a-slash",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [files/]"), "evidence/files/.gitkeep": b""},
        "evidence/a.md:6: error",
        "missing-attachment",
        says='attachment "files/" is a folder (evidence/files/), not a file',
    ),
    Case(  # (it was "a folder", where there is none; a hostile review)
        "attachment-is-a-page-s-address",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [b/]"), "evidence/b.md": b"# B\n"},
        "evidence/a.md:6: error",
        "missing-attachment",
        says='attachment "b/" is the address of the page evidence/b.md, not a file; link to it in the text instead',
    ),
    Case(
        "attachment-is-a-web-address",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [https://example.com/report.pdf]")},
        "evidence/a.md:6: error",
        "outside-evidence",
        says='attachment "https://example.com/report.pdf" is a web address, not a file; link to it in the text instead',
    ),
    Case(
        "attachment-absolute",
        {"evidence/a.md": md(EVIDENCE + "\nattachments: [/etc/hostname]")},
        "evidence/a.md:6: error",
        "outside-evidence",
    ),
    Case(
        "attachment-through-a-link-leading-out:the-attachment",
        ATTACHMENT_LINKED_OUT,
        "evidence/a.md:6: error",
        "outside-evidence",
    ),
    Case(
        "attachment-through-a-link-leading-out:the-link",
        ATTACHMENT_LINKED_OUT,
        "evidence/files/plan.pdf:1: error",
        "outside-evidence",
    ),
    # --- symbolic links under evidence/ that lead outside it: a whole-file problem, line 1
    Case(
        "symlink-to-a-page-outside",
        {"evidence/borrowed.md": Link("../outside.md")},
        "evidence/borrowed.md:1: error",
        "outside-evidence",
    ),
    Case(
        "symlink-to-a-folder-outside",
        {"evidence/shared": Link("../shared-folder", directory=True)},
        "evidence/shared:1: error",
        "outside-evidence",
    ),
    Case(
        "symlink-to-the-framework",
        {"evidence/framework.md": Link("framework.yml")},
        "evidence/framework.md:1: error",
        "outside-evidence",
    ),
    # --- duplicate ids in framework.yml, at the line of the duplicate entry
    Case(
        "duplicate-rating-level-id",
        {
            "framework.yml": framework(
                "  - {id: great, label: Great}\n", "  - {id: great, label: Great}\n  - {id: good, label: Very good}\n"
            )
        },
        "framework.yml:8: error",
        "duplicate-id",
    ),
    Case(
        "duplicate-section-id",
        {
            "framework.yml": framework(
                "  - {id: review, label: Review}\n", "  - {id: review, label: Review}\n  - {id: do, label: Doing}\n"
            )
        },
        "framework.yml:12: error",
        "duplicate-id",
    ),
    Case(
        "duplicate-challenge-id",
        {
            "framework.yml": FRAMEWORK
            + "  - id: partnerships\n    title: Partnerships again\n    sections:\n      do:\n        question: Again?\n"
        },
        "framework.yml:35: error",
        "duplicate-id",
    ),
    Case(
        "rating-levels-sharing-a-name",
        {"framework.yml": framework("- {id: fair, label: Fair}", "- {id: fair, label: Poor}")},
        "framework.yml:5: error",  # at the second level's label, as a duplicate id is at the second entry
        "duplicate-id",
    ),
    Case(
        "unknown-section-of-a-challenge-in-framework",
        {"framework.yml": framework("      review:\n", "      reveiw:\n")},
        "framework.yml:26: error",
        "unknown-section",
    ),
    Case(
        "section-by-its-label-in-a-challenge-of-framework",
        {
            "framework.yml": framework("{id: do, label: Do}", "{id: do, label: Delivery}").replace(
                "      do:\n", "      Delivery:\n", 1
            )
        },
        "framework.yml:23: error",
        "unknown-section",
        says='unknown section "Delivery" in challenge "partnerships"; "Delivery" is the label of "do": write its id, do',
    ),
    Case(
        "duplicate-key-in-front-matter",
        {"evidence/a.md": md(EVIDENCE + "\ntitle: B")},
        "evidence/a.md:6: error",
        "duplicate-key",
    ),
    # --- two self-assessments of one challenge on one date: at the date line of each, naming the other
    Case(
        "two-self-assessments-on-one-date",
        TWO_ASSESSMENTS,
        "evidence/self-assessments/b-second.md:5: error",
        "duplicate-assessment",
    ),
    Case(
        "two-self-assessments-on-one-date:the-first",
        TWO_ASSESSMENTS,
        "evidence/self-assessments/a-first.md:5: error",
        "duplicate-assessment",
    ),
    # --- two sources at one address of the site: an error in each, naming both (issue 9)
    Case(
        "markdown-extension-in-capitals",
        {
            **COVERED,
            "evidence/notes/Minutes.MD": "---\ntitle: Minutes\ntype: evidence\nvisibility: internal\n---\nText.\n",
        },
        "evidence/notes/Minutes.MD:1: error",
        "front-matter-unread",
        says='ends in ".MD", not ".md"',
        alone=True,  # not also "no page refers to this file"
    ),
    Case(
        "a-link-out-of-evidence",
        {"evidence/guide.md": "# Guide\n\nSee [the settings](../mkdocs.yml).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        says="the link on this line leads outside evidence/",
    ),
    Case(
        "a-link-written-with-backslashes",
        {
            "evidence/guide.md": "# Guide\n\nSee [the bid](files\\bid.pdf).\n",
            "evidence/files/bid.pdf": "%PDF-1.4\n",
        },
        "evidence/guide.md:3: warning",
        "broken-link",
        says='the link "files\\bid.pdf" is written with backslashes (\\), as Windows writes a path; MkDocs finds a '
        "link's file only by slashes, so this link would be shown as plain text and its file left out; write it with "
        "slashes: (files/bid.pdf)",
    ),
    Case(
        "the-second-of-two-links-out-of-evidence",
        {"evidence/guide.md": "# Guide\n\nSee [the guide](guide.md) and [the settings](../mkdocs.yml).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        says="the second link on this line leads outside evidence/",  # which one, without naming where it leads
    ),
    Case(  # a hostile review: an SVG attachment's script ran on the site's origin, opened on its own
        "an-svg-attachment-holding-a-script",
        {
            "evidence/people/a.md": md(
                "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public\nattachments: [chart.svg]"
            ),
            "evidence/people/chart.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>\n',
        },
        "evidence/people/chart.svg:1: error",
        "script-file",
        says='this SVG picture holds a script (the event handler "onload"), which would run in the reader\'s browser',
    ),
    Case(  # a hostile review: an HTML attachment's script ran as the site, outside every page's checks
        "an-html-attachment-holding-a-script-written-with-character-references",
        {
            "evidence/people/a.md": md(
                "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public\n"
                "attachments: [report.html]"
            ),
            "evidence/people/report.html": '<p><a href="jav&#x61;script:fetch(1)">Report</a></p>\n',
        },
        "evidence/people/report.html:1: error",
        "script-file",
        says="this page of HTML holds a script (an address starting javascript:), which would run in the reader's",
    ),
    Case(
        "an-xml-file-holding-a-frame-whose-srcdoc-runs-a-script",
        {
            "evidence/people/a.md": md(EVIDENCE, "See [the data](data.xml).\n"),
            "evidence/people/data.xml": '<html xmlns="http://www.w3.org/1999/xhtml"><iframe srcdoc="x"/></html>\n',
        },
        "evidence/people/data.xml:1: error",
        "script-file",
        says="this XML file holds a script",
    ),
    *(
        Case(  # a hostile review: on the internal site, a public item's script read the internal pages
            f"a-page-holding-{name}",
            {"evidence/people/a.md": md(EVIDENCE, f"Our open day.\n\n{written}\n")},
            "evidence/people/a.md:9: error",
            "page-script",
            says=f"{what} on this line runs a script in the reader's browser with the site's rights",
        )
        for name, written, what in (
            ("a-script", "<script>\nfetch('../../int/notes/')\n</script>", "A <script> element"),
            ("a-module-script", '<SCRIPT type=" Module ">x()</SCRIPT>', "A <script> element"),
            (
                "an-event-handler",
                '<img src="x.png" alt="Chart" OnError="location=\'https://example.net/\'">',
                'The event handler "onerror" of the tag <img>',
            ),
            ("a-handler-set-in-braces", '## Plan {: onclick="x()" }', 'The event handler "onclick" set in braces'),
            (
                "a-handler-set-in-braces-after-a-link",
                '[Open](x.md){: .button OnClick="x()" }',
                'The event handler "OnClick" set in braces',
            ),
            # hidden as html.parser reads a page and a browser does not (a hostile review: each ran in Chromium)
            (
                "a-handler-in-raw-text-a-browser-ends-early",
                '<noscript><p title="</noscript><details open ontoggle=fetch(1)>">x</noscript>',
                'The event handler "ontoggle" of the tag <details>',
            ),
            (
                "a-handler-after-a-comment-a-browser-ends",
                "<!-- x --!> <details open ontoggle=fetch(1)>x</details> -->",
                'The event handler "ontoggle" of the tag <details>',
            ),
            (
                "a-handler-between-two-code-spans-that-look-like-a-comment",
                "`<!--` <details open ontoggle=fetch(1)>x</details> `-->`",
                'The event handler "ontoggle" of the tag <details>',
            ),
            ("a-javascript-link", "[Open](javascript:open('../int/'))", "A link to javascript:..."),
            ("a-spaced-javascript-link", '<a href=" java&#x09;script:x">Open</a>', "A link to javascript:..."),
            (
                "a-frame-whose-srcdoc-runs-a-script",
                '<iframe srcdoc="&lt;img src=x onerror=alert(1)&gt;"></iframe>',
                "The srcdoc of the tag <iframe>, which holds a script,",
            ),
        )
    ),
    *(
        Case(  # a hostile review: a page sent every reader on to a page asking for a password, as it opened
            f"a-redirect-{name}",
            {"evidence/moved.md": f"---\ntitle: Moved\ntemplate: redirect.html\nlocation: '{location}'\n---\n"},
            "evidence/moved.md:4: error",
            "page-script",
            says='"location" sends every reader of this page on to',
        )
        for name, location in (
            ("to-another-website", "https://evil.example/login"),
            ("to-another-website-by-two-slashes", "//evil.example/login"),
            ("to-another-website-by-backslashes", "HTTPS:\\\\evil.example\\login"),
            ("to-a-script", " JavaScript:alert(1)"),
            ("to-a-document-of-its-own", "data:text/html,<h1>Sign in</h1>"),
        )
    ),
    Case(
        "an-html-link-out-of-the-site",
        {"evidence/guide.md": '# Guide\n\nSee <a href="../../notes.txt">the notes</a>.\n'},
        "evidence/guide.md:3: warning",
        "broken-link",
        says="the link on this line leads outside evidence/",
    ),
    Case(
        "a-file-at-the-address-of-portfolio-json",
        {"evidence/portfolio.json": '{"mine": true}\n'},
        "evidence/portfolio.json:1: error",
        "url-clash",
        says="the address of a page or file the portfolio generates (portfolio.json)",
        root=True,
    ),
    Case(  # a hostile review: Material's script left out of every build, or replaced by a contributor's
        "a-file-at-the-address-of-one-of-the-themes-own",
        {"evidence/assets/javascripts/lunr/min/lunr.fr.min.js": "alert(1);\n"},
        "evidence/assets/javascripts/lunr/min/lunr.fr.min.js:1: error",
        "url-clash",
        says="would take the place of the theme's own file assets/javascripts/lunr/min/lunr.fr.min.js",
        root=True,
    ),
    Case(  # an outside review: built without a word, and on Windows or macOS one folder
        "folders-whose-names-differ-only-in-capitals",
        {
            "evidence/minutes/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/minutes/b.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/Minutes/c.md": md("title: C\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/Minutes/c.md:1: error",
        "url-clash",
        says="this file's folder Minutes/ and the folder minutes/ (of evidence/minutes/a.md) have names that differ "
        "only in capitals: on Windows or macOS they would be one folder, and links to one of them would lead nowhere "
        "on a site served from another system; move this file into minutes/",
    ),
    Case(
        "a-file-at-the-address-of-evidence-csv",
        {"evidence/evidence.csv": "a,b\n"},
        "evidence/evidence.csv:1: error",
        "url-clash",
        root=True,
    ),
    Case(
        "readme-at-the-root-takes-the-overviews-address",
        {"evidence/README.md": "# Readme\n\nHello\n"},
        "evidence/README.md:1: error",
        "url-clash",
        root=True,
    ),
    Case(
        "readme-and-index-in-one-folder",
        README_AND_INDEX,
        "evidence/x/README.md:1: error",
        "url-clash",
        says="evidence/x/README.md and evidence/x/index.md",
    ),
    Case(
        "readme-and-index-in-one-folder:the-index",
        README_AND_INDEX,
        "evidence/x/index.md:1: error",
        "url-clash",
        says="evidence/x/index.md and evidence/x/README.md",
    ),
    Case(
        "page-next-to-a-folder-index",
        CLASHING_ITEMS,
        "evidence/x.md:1: error",
        "url-clash",
        says="evidence/x.md and evidence/x/index.md",
    ),
    Case("page-next-to-a-folder-index:the-index", CLASHING_ITEMS, "evidence/x/index.md:1: error", "url-clash"),
    Case(
        "md-next-to-markdown",
        MD_AND_MARKDOWN,
        "evidence/x.md:1: error",
        "url-clash",
        says="evidence/x.md and evidence/x.markdown",
    ),
    Case("md-next-to-markdown:the-markdown", MD_AND_MARKDOWN, "evidence/x.markdown:1: error", "url-clash"),
    Case(
        "names-differing-only-in-capitals",
        {
            "evidence/x/PLAN.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/x/plan.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/x/PLAN.md:1: error",
        "url-clash",
        says="evidence/x/PLAN.md and evidence/x/plan.md have addresses that differ only in capitals",
    ),
    Case(
        "names-differing-only-in-how-an-accent-is-encoded",  # one file on macOS: whichever bytes it kept would be both
        {
            "evidence/x/caf\u00e9.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/x/cafe\u0301.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        },
        "evidence/x/cafe\u0301.md:1: error",
        "url-clash",
        # which is which, where the two names look the same (a hostile review)
        says="have addresses that differ only in how their letters are encoded (an accented letter is a letter and "
        "an accent in the first, one character in the other)",
    ),
    *[  # passed the check, and stopped the build in a traceback: a folder cannot take a file's name (a fuzz)
        Case(
            f"a-page-named-after-a-file-the-site-writes-{name}",
            {"evidence/" + name + ".md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
            f"evidence/{name}.md:1: error",
            "url-clash",
            says=f"this file's address on the site would be inside a folder {name}/, but the site writes a file of "
            f"that name itself ({name}), so it cannot be built; rename or move it",
        )
        for name in ("portfolio.json", "Sitemap.xml", "404.html")
    ],
    Case(  # an OverflowError in both doors (a fuzz)
        "a-whole-number-no-float-holds",
        {"framework.yml": framework("min_evidence: 1", "min_evidence: 1" + "0" * 400)},
        "framework.yml:13: error",
        "wrong-kind",
        says='"min_evidence" must be a whole number of at most 15 digits, not one of 401',
    ),
    Case(
        "a-page-differing-from-a-generated-one-in-capitals",
        {"evidence/Library.md": "# My library\n"},
        "evidence/Library.md:1: error",
        "url-clash",
        says="evidence/Library.md and the page the portfolio generates at library/ have addresses that differ only",
        root=True,
    ),
    Case(
        "challenge-ids-differing-only-in-capitals",
        {"framework.yml": framework("  - id: people\n", "  - id: Partnerships\n")},
        "framework.yml:29: error",
        "duplicate-id",
        says='ids "partnerships" (line 15) and "Partnerships" in challenges differ only in capitals: their pages '
        "would be one file on Windows and macOS",
    ),
    Case(
        "rating-levels-differing-only-in-capitals",
        {"framework.yml": framework("  - {id: great, label: Great}\n", "  - {id: Good, label: Great}\n")},
        "framework.yml:7: error",
        "duplicate-id",
        says='ids "good" (line 6) and "Good" in rating_scale differ only in capitals: ratings are read in any '
        "capitals (good, Good), so the two could not be told apart",
    ),
    Case(  # a malformed-input review: it said items name sections "in any capitals", where they do not
        "sections-differing-only-in-capitals",
        {"framework.yml": FRAMEWORK.replace("  - {id: review, label: Review}", "  - {id: Plan, label: Planning}")},
        f"framework.yml:{FRAMEWORK.splitlines().index('  - {id: review, label: Review}') + 1}: error",
        "duplicate-id",
        says='ids "plan" (line 9) and "Plan" in sections differ only in capitals: a self-assessment\'s headings name '
        "sections in any capitals (## Plan), so the two could not be told apart",
    ),
    Case(  # (a whole number is an id: the level "4")
        "a-rating-level-written-as-a-number-with-a-decimal-point",
        {"framework.yml": framework("  - {id: great, label: Great}\n", "  - 4.5\n")},
        "framework.yml:7: error",
        "wrong-kind",
        says="each rating level must be an id or a mapping with an id and a label, not the number 4.5; put it in "
        'quotes ("4.5") to make it an id',
    ),
    Case(  # an outside review: to a French speaker "è" is a letter, and the message said letters
        "a-rating-level-with-an-accent",
        {"framework.yml": framework("  - {id: great, label: Great}\n", "  - très-bien\n")},
        "framework.yml:7: error",
        "wrong-kind",
        says='each rating level must be an id (letters A to Z, small or capital, digits, "-", "_" and "." only: no '
        'spaces, accents or "/") or a mapping with an id and a label (id: ..., label: ...), not "très-bien"; write '
        '{id: tres-bien, label: très-bien} instead, so that pages still show "très-bien"',
    ),
    Case(  # a new organisation's review: told to write "getting-started", its pages showed that
        "a-section-written-by-its-name",
        {"framework.yml": framework("{id: do, label: Do}", '"Getting Started: the year"')},
        "framework.yml:10: error",
        "wrong-kind",
        says='not "Getting Started: the year"; write {id: getting-started-the-year, label: "Getting Started: the '
        'year"} instead, so that pages still show "Getting Started: the year"',
    ),
    Case(  # an outside review: "evaluer is the label of Evaluer" did not say what was wrong, the capitals
        "a-section-id-in-other-capitals-in-ratings",
        {
            "framework.yml": framework("{id: do, label: Do}", "{id: Do}").replace("      do:\n", "      Do:\n"),
            "evidence/a.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  do: good"
            ),
        },
        "evidence/a.md:7: error",
        "unknown-section",
        says='unknown section "do" of challenge "partnerships" in ratings; ids are written in their own capitals: '
        'write "Do"',
    ),
    Case(  # a journey review: the date was written as in Britain, and the message did not say which it means
        "a-date-written-day-first",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "03/12/2026"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "03/12/2026"; write it as YYYY-MM-DD: 2026-12-03, if it means 3 December 2026',
    ),
    Case(  # its century left out, or in one run of digits (which YAML reads as a number)
        "a-date-written-with-two-digits-of-its-year",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "03/12/26"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "03/12/26"; write it as YYYY-MM-DD: 2026-12-03, if it means 3 December 2026',
    ),
    Case(
        "a-date-written-in-one-run-of-digits",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "20261203"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "20261203"; write it as YYYY-MM-DD: 2026-12-03, if it means 3 December 2026',
    ),
    Case(  # a date in words got "for example 2026-05-14" alone (an outside review)
        "a-date-written-in-words",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "Tuesday, March 3rd 2026"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"Tuesday, March 3rd 2026"; write it as YYYY-MM-DD: 2026-03-03, if it means 3 March 2026',
    ),
    Case(  # a day of the week the date is not: not given back as a date (a review)
        "a-date-written-in-words-on-another-day-of-the-week",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "Tuesday 3 March 2027"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "Tuesday 3 March 2027"; write it as YYYY-MM-DD, for example 2026-05-14',
    ),
    Case(  # a month and a year are no day
        "a-month-written-in-words",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "March 2026"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "March 2026"; write it as YYYY-MM-DD, with its day: 2026-03-01 for 1 March 2026, '
        "or the day it happened",
    ),
    Case(
        "a-date-written-month-first",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("2026-01-01", "12/31/2025"))},
        "evidence/a.md:5: error",
        "bad-date",
        says='"date" is not a date: "12/31/2025"; write it as YYYY-MM-DD: 2025-12-31, if it means 31 December 2025',
    ),
    Case(  # a hostile review: the rest of the item showed as typed, a withheld item's address included
        "an-html-block-left-open-in-an-item",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, 'Intro.\n\n<div class="admonition note">\nWe keep a draft.\n\n[The draft](b.md)\n'
            ),
        },
        "evidence/a.md:9: error",
        "unclosed-html",
        says="the HTML tag <div> on this line is never closed with </div>, so everything after it is shown as it is "
        "typed, Markdown marks and the addresses of links included; add </div> where the block ends",
    ),
    Case(  # a journey review: the message spoke of commas and colons, never of the "#"
        "a-hash-in-a-list-in-brackets",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners: [Active Ashby, Leisure Trust #2]\ntags: [x]")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says='a "#" after a space starts a comment, which hides the rest of the line (the closing bracket too): put '
        'the entry that holds it in quotes, such as [minutes.pdf, "photo #2.png"]',
    ),
    Case(  # a new organisation's review: a hashtag first in brackets was told of commas and colons
        "a-hashtag-first-in-a-list-in-brackets",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\ntags: [#summer, camps]\npartners: [x]")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says='a "#" at the start of an entry in brackets starts a comment, which hides the rest of the line (the '
        'closing bracket too): put the entry in quotes, "#summer", or leave the "#" out: summer',
    ),
    Case(  # a journey review: "must be text, not a mapping" said nothing of the colon
        "a-colon-in-an-entry-of-a-list",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE + "\npartners:\n  - Sport England\n  - Active Ashby Vale: £186,000 bid"),
        },
        "evidence/a.md:8: error",
        "wrong-kind",
        says='each entry of "partners" must be text, not a mapping (key: value lines); the ": " in it makes it a key '
        'and a value: put the whole entry in quotes, such as - "Active Ashby Vale: £186,000 bid"',
    ),
    Case(  # a hostile review: a traceback from PyYAML's integer constructor
        "a-number-of-more-digits-than-can-be-read",
        {**COVERED, "evidence/a.md": md("title: A\nnumber: " + "9" * 5000)},
        "evidence/a.md:3: error",
        "yaml-syntax",
        says="this number has more digits than can be read (4,300), and MkDocs stops on it; put it in quotes, or "
        "shorten it",
    ),
]

WARNINGS = [
    # --- an unknown front-matter key, with a suggestion
    Case(
        "unknown-key-partner",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartner: NHS Trust")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "partner" in front matter; did you mean "partners"?',
        alone=True,
    ),
    *(  # other words for a key: no hint, or one the wrong way (a careless contributor's review)
        Case(
            f"unknown-key-{written.replace(' ', '-')}-for-{meant}",
            {
                "evidence/a.md": md(
                    "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
                    + "\n".join(line for line in ("owner: Jo", "due: 2027-01-01") if not line.startswith(meant))
                    + f"\n{written}: x"
                )
            },
            f"evidence/a.md:{line}: warning",
            "unknown-key",
            says=f'unknown key "{written}" in front matter; did you mean "{meant}"?{more}',
        )
        for written, meant, more, line in (
            ("deadline", "due", "", 7),
            ("Lead officer", "owner", "", 7),
            ("completed", "status", " (such as status: done)", 8),
        )
    ),
    Case(
        "unknown-key-recommendations-of-an-assessor-report",
        {
            **COVERED,
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: Jo\n"
                "ratings:\n  plan: good\nrecommendations:\n  - Publish the survey results"
            ),
        },
        "evidence/r.md:9: warning",
        "unknown-key",
        says='unknown key "recommendations" in front matter; did you mean "improvements"?',
    ),
    Case(  # "did you mean "comments"?" where "improvements" was given (a differential fuzz)
        "unknown-key-recommendations-beside-improvements",
        {
            **COVERED,
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: Jo\n"
                "ratings:\n  plan: good\nimprovements:\n  - Publish the survey\nrecommendations:\n  - Agree measures"
            ),
        },
        "evidence/r.md:11: warning",
        "unknown-key",
        says='unknown key "recommendations" in front matter; did you mean "improvements"? It is given already: keep '
        'one of them, under "improvements"',
    ),
    Case(  # an outside review: "date", which the action has, was suggested
        "unknown-key-naming-a-key-not-given",
        {
            "evidence/a.md": md(
                "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jo\ndue_date: 2026-05-01"
            )
        },
        "evidence/a.md:7: warning",
        "unknown-key",
        says='unknown key "due_date" in front matter; did you mean "due"?',
    ),
    Case(
        "unknown-key-of-another-type",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nstatus: done")},
        "evidence/a.md:6: warning",
        "unknown-key",
        says='unknown key "status" in front matter; "status" is read on improvement actions only: delete the line, '
        'or, if this item is one, change its "type" (unknown keys are ignored)',
        alone=True,
    ),
    Case(  # a careless-user review: the rating of a section written without its indent was only an unknown key
        "unknown-key-a-rating-without-its-indent",
        {
            **COVERED,
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\nplan: poor"
            ),
        },
        "evidence/sa.md:7: warning",
        "unknown-key",
        # with the level written (a staff review: "good", the hint's own, was copied over "very good")
        says='unknown key "plan" in front matter; "plan" is a section: to rate it, indent it under "ratings:" with '
        'two spaces ("  plan: poor")',
        alone=True,
    ),
    Case(  # but not a sentence written there (a review of the change: repeated as the level to give)
        "unknown-key-a-sentence-beside-a-sections-name",
        {
            **COVERED,
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\n"
                "plan: We will open the pool longer, with partners"
            ),
        },
        "evidence/sa.md:6: warning",
        "unknown-key",
        says='"plan" is a section: to rate it, indent it under "ratings:" with two spaces ("  plan: good")',
        alone=True,
    ),
    Case(  # a fuzz of malformed input: "did you mean subtitle?", the closest key not given
        "unknown-key-misspelling-one-given",
        {
            **COVERED,
            "evidence/a.md": md(
                "title: A\ntitel: A plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
            ),
        },
        "evidence/a.md:3: warning",
        "unknown-key",
        says='unknown key "titel" in front matter; did you mean "title"? It is given already: keep one of them',
        alone=True,
    ),
    Case(
        "unknown-key-tag",
        {
            **COVERED,
            "evidence/a.md": md(
                "title: A\ntag: older-adults\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
            ),
        },
        "evidence/a.md:3: warning",
        "unknown-key",
        alone=True,
    ),
    Case(
        "unknown-key-in-framework",
        {**COVERED, "framework.yml": framework("rollup: median\n", "rollup: median\nrollups: min\n")},
        "framework.yml:13: warning",
        "unknown-key",
        alone=True,
    ),
    # --- a list written with commas but without brackets is one entry: a mistake, with the list form suggested
    *[
        Case(
            f"comma-list-{key}",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f"\n{key}: Age UK, NHS Trust")},
            "evidence/a.md:6: warning",
            "comma-list",
            # tags as the guide writes them: older-adults, not Older Adults (an outside review)
            says=(f"{key}: [age-uk, nhs-trust]" if key == "tags" else f"{key}: [Age UK, NHS Trust]")
            + f'; for one that holds a comma, a list of it alone, in quotes: {key}: ["Age UK, NHS Trust"]',
            alone=True,
        )
        for key in ("partners", "tags", "authors")
    ],
    Case(  # a careless contributor's review: told to write the sentence in brackets, as two partners
        "comma-list-a-sentence",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE + "\npartners: We worked with Age UK and the NHS memory service, who were great."
            ),
        },
        "evidence/a.md:6: warning",
        "comma-list",
        says='"partners" is a sentence, "We worked with Age UK and the NHS memory service, who were great.", which '
        "the site would show as the name of one partner; write the names alone, in a list in brackets, such as "
        "partners: [Age UK, Ashby NHS Trust]",
        alone=True,
    ),
    # --- an item dated after the build's date (issue 9)
    Case(
        "date-in-the-future",
        {**COVERED, "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-28")},
        "evidence/a.md:5: warning",
        "future-date",
        says="is after 2026-11-27, the as_of date set in mkdocs.yml; check the year, or move as_of on",
        alone=True,
    ),
    Case(  # a fuzz of malformed input: with nothing stale, "0026" counted for its sections without a word
        "date-before-1900",
        {**COVERED, "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 0026-01-15")},
        "evidence/a.md:5: warning",
        "early-date",
        says="dated 0026-01-15, before 1900, which no evidence is from; check the year",
        alone=True,
    ),
    # --- links in bodies to files that do not exist, at their lines (issue 9: `check` says what the build says)
    Case("broken-inline-link", {**COVERED, "evidence/a.md": BROKEN_LINKS}, "evidence/a.md:9: warning", "broken-link"),
    Case(
        "broken-reference-definition",
        {**COVERED, "evidence/a.md": BROKEN_LINKS},
        "evidence/a.md:13: warning",
        "broken-link",
    ),
    Case(
        "broken-raw-html-link", {**COVERED, "evidence/a.md": BROKEN_LINKS}, "evidence/a.md:15: warning", "broken-link"
    ),
    Case(
        "broken-link-on-a-plain-page",
        {**COVERED, "evidence/guide.md": "# Guide\n\nSee ![the chart](images/chart.png).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        alone=True,
    ),
    Case(  # an outside review: shown as plain text by the site, without a word from either door
        "link-to-a-pages-address-from-the-file",
        {**COVERED, "evidence/guide.md": "# Guide\n\nSee [the library](library/?type=evidence#top).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        says='the link "library/?type=evidence#top" is the address of a page, which MkDocs leaves as written, so a '
        "browser reads it from this page's own address, where it leads nowhere, and the site shows it as plain text; "
        "link to the page's file instead: (library.md?type=evidence#top)",
        alone=True,
    ),
    Case(  # a fourth review: quoted, it named the withheld page it climbed out of in the public portfolio.json
        "link-to-a-pages-address-through-another-name",
        {**COVERED, "evidence/about.md": "# About\n", "evidence/guide.md": "# Guide\n\nSee [us](cover/../about/).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        says="a link on this line is the address of a page, which MkDocs leaves as written",
        alone=True,
    ),
    Case(
        "link-to-a-folder",
        {**COVERED, "evidence/guide.md": "# Guide\n\nSee [the evidence](cover/).\n"},
        "evidence/guide.md:3: warning",
        "broken-link",
        says='the link "cover/" leads to the folder evidence/cover, which is no page of the site',
        alone=True,
    ),
    # --- files MkDocs leaves out are named, not dropped silently
    Case(
        "dot-file-is-not-published",
        {**COVERED, "evidence/.draft.md": md("title: Draft\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")},
        "evidence/.draft.md:1: warning",
        "skipped-file",
        alone=True,
    ),
    Case(  # a year-two review: an archive kept inside evidence/, as CONTRIBUTING's words allowed, failed strict builds
        "dot-folder-archive-inside-evidence",
        {
            **COVERED,
            "evidence/.archive/old.md": md("title: Old\ntype: evidence\nmaps_to: people/plan\ndate: 2020-01-01"),
        },
        "evidence/.archive:1: warning",
        "skipped-file",
        says="to keep it out of every site (an archive), move it out of evidence/, into a folder beside it such as "
        ".archive/",
        alone=True,
    ),
    Case(
        "templates-folder-is-not-published",
        {**COVERED, "evidence/templates/t.md": "# T\n"},
        "evidence/templates:1: warning",
        "skipped-file",
        alone=True,
        root=True,
    ),
    # --- a file no page refers to: published to no audience (default deny, issue 9)
    Case(
        "unreferenced-file",
        {**COVERED, "evidence/files/minutes.pdf": b"%PDF-1.4"},
        "evidence/files/minutes.pdf:1: warning",
        "unreferenced-file",
        says="published to no audience",
        alone=True,
    ),
    *[  # a malformed-input review: an editor's backup of an item was told to be renamed "notes.md~.md"
        Case(
            f"unreferenced-file-{kind}",
            {**COVERED, f"evidence/{name}": md(EVIDENCE)},
            f"evidence/{name}:1: warning",
            "unreferenced-file",
            says=says,
            alone=True,
        )
        for kind, name, says in (
            ("backup", "notes.md~", 'this file is a copy of "notes.md" that an editor keeps (a backup)'),
            ("bak", "notes.md.bak", 'a copy of "notes.md" that an editor keeps (a backup), with front matter'),
            ("autosave", "#notes.md#", 'a copy of "notes.md" that an editor keeps'),
            (
                "text",
                "notes.txt",
                'its name does not end in ".md", so it is not read as a page (and no page refers '
                'to it): rename it to "notes.md"',
            ),
        )
    ],
    # --- gaps. A stale item: at its `date` line
    Case(
        "stale-item",
        {
            **COVERED,
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: case-study\nmaps_to: partnerships/do\ndate: 2025-11-26"),
        },
        "evidence/old.md:5: warning",
        "stale-item",
        alone=True,
    ),
    Case(  # an outside review: a year typed wrong was told stale alone, 730,560 days old
        "stale-item-of-a-year-typed-wrong",
        {
            **COVERED,
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: case-study\nmaps_to: partnerships/do\ndate: 0026-01-15"),
        },
        "evidence/old.md:5: warning",
        "stale-item",
        says="Add newer evidence, or remove this item; check the year",
    ),
    # --- a section that is not covered: names the challenge and the section, how many of how many
    Case(
        "section-not-covered-empty-project",
        {},
        "framework.yml:20: warning",
        "uncovered-section",
        says='section "plan" of challenge "partnerships" is not covered: it has 0 supporting items of the 1 it needs',
    ),
    Case(
        "section-not-covered-other-challenge",
        {k: v for k, v in COVERED.items() if "people" not in k},
        "framework.yml:32: warning",
        "uncovered-section",
        alone=True,
    ),
    Case(
        "section-not-covered-min-evidence-2",
        {
            "framework.yml": framework("min_evidence: 1\n", "min_evidence: 2\n"),
            "evidence/a.md": evidence("partnerships/do"),
        },
        "framework.yml:23: warning",
        "uncovered-section",
        says="it has 1 supporting item of the 2 it needs",
    ),
    Case(
        "section-not-covered-by-stale-item",
        {
            **{k: v for k, v in COVERED.items() if "review" not in k},
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: evidence\nmaps_to: partnerships/review\ndate: 2020-01-01"),
        },
        "framework.yml:27: warning",
        "uncovered-section",
    ),
    Case(
        "section-not-covered-by-actions-and-whole-challenge-items",
        {
            **{k: v for k, v in COVERED.items() if "review" not in k},
            "evidence/act.md": md(
                "title: Act\ntype: action\nmaps_to: partnerships/review\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01"
            ),
            "evidence/whole.md": evidence("partnerships"),
        },
        "framework.yml:26: warning",
        "uncovered-section",
        alone=True,
    ),
    # --- a rating at or above the second level of an uncovered section: at the line of that rating
    Case(
        "rating-not-backed-at-second-level",
        {
            **{k: v for k, v in COVERED.items() if "partnerships-plan" not in k},
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  do: good\n  plan: Fair"
            ),
        },
        "evidence/sa.md:8: warning",
        "unbacked-rating",
    ),
    *[
        Case(  # a careless-user review: a second self-assessment rating one section made the others unrated, silently
            f"rating-dropped-by-the-next-self-assessment-{name}",
            {
                **COVERED,
                "evidence/sa-2025.md": md(
                    "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2025-10-01\nratings:\n"
                    "  plan: good\n  do: good\n  review: fair"
                ),
                "evidence/sa-2026.md": md(
                    f"title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:{later}"
                ),
            },
            f"evidence/sa-2026.md:{line}: warning",  # at `do:` where it is written empty (a fuzz)
            "rating-dropped",
            says='this self-assessment, the current one of challenge "partnerships", rates no do or review, which the '
            "one of 2025-10-01 rated (evidence/sa-2025.md): they are unrated now, and the challenge's rating leaves "
            "them out; rate each under ratings:, one line each (such as do: good), or write do: unrated for one left "
            "unrated on purpose",
        )
        for name, later, line in (
            ("left-out", "\n  plan: good", 6),
            ("left-empty", "\n  plan: good\n  do:\n  review:", 8),
        )
    ],
    Case(
        "rating-not-backed-top-level",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings:\n  plan: great"
            )
        },
        "evidence/sa.md:7: warning",
        "unbacked-rating",
    ),
    # --- an action past its due that is not done: at its `due` line
    Case(
        "overdue-action-planned",
        {
            **COVERED,
            "evidence/act.md": md(
                "title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-26"
            ),
        },
        "evidence/act.md:7: warning",
        "overdue-action",
        alone=True,
    ),
    Case(
        "overdue-action-in-progress",
        {
            **COVERED,
            "evidence/act.md": md(
                "title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\ndue: 2026-03-01\nowner: Jane\nstatus: in-progress"
            ),
        },
        "evidence/act.md:6: warning",
        "overdue-action",
        alone=True,
    ),
    # --- an action due before the day it was raised (a year typed wrong): at its `due` line, beside the overdue
    Case(
        "action-due-before-its-date",
        {
            **COVERED,
            "evidence/act.md": md(
                "title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-02-10\nowner: Jane\ndue: 2025-03-01"
            ),
        },
        "evidence/act.md:7: warning",
        "due-before-date",
        says="due 2025-03-01 is before the action's date, 2026-02-10; check due and date (a year, month or day typed "
        "wrong)",
    ),
    # --- a table under a "blank" line of a non-breaking space, pasted from Word: shown as typed, said so
    Case(
        "table-under-a-line-that-looks-blank",
        {**COVERED, "evidence/notes.md": "# Notes\n\nOur results:\n\u00a0\n| a | b |\n|---|---|\n| 1 | 2 |\n"},
        "evidence/notes.md:5: warning",
        "table-after-text",
        says="put a blank line above the table (the line above looks blank, but holds a space that is not one: delete "
        "it and type it again)",
        alone=True,
    ),
    # --- a list written straight under a sentence, as GitHub's preview shows it: one paragraph on the site, said
    Case(
        "list-after-text",
        {
            **COVERED,
            "evidence/notes.md": "# Notes\n\nWe agreed:\n- a joint bid\n- shared targets\n\n- fine\nlazy\n- fine\n",
        },
        "evidence/notes.md:4: warning",
        "list-after-text",
        says="this list comes straight after a line of text, so Markdown reads it as more of that text",
        alone=True,
    ),
    Case(
        "list-indented-short",
        {**COVERED, "evidence/notes.md": "# Notes\n\n- a joint bid\n  - with Age UK\n"},
        "evidence/notes.md:4: warning",
        "list-indented-short",
        says="this entry is indented 2 spaces under the entry above, which Markdown reads as the next entry of the "
        "same list, not one inside it (GitHub's preview nests it); indent it 4 spaces",
        alone=True,
    ),
    Case(
        "list-marked-otherwise",
        {**COVERED, "evidence/notes.md": "# Notes\n\nWe agreed:\n\n\u2022\tA joint bid\n\u2022\tShared targets\n"},
        "evidence/notes.md:5: warning",
        "list-marked-otherwise",
        says='these lines start with "\u2022", as a word processor marks a list\'s entries, which Markdown does not '
        'read as a list: the page runs them together into one paragraph, marks and all; start each entry with "- ", '
        "a dash and a space, in place of its mark, with an empty line above the list; an entry under another (Word's "
        '"◦" or "▪") with four spaces before its "- "',
        alone=True,
    ),
    Case(  # a review of valid portfolios: pasted with a space that does not break first, run into one paragraph
        "list-marked-after-a-space-that-does-not-break",
        {
            **COVERED,
            "evidence/notes.md": "# Notes\n\nOur aims:\n\n\u00a0- Grow girls\u2019 teams\n\u00a0- Train coaches\n",
        },
        "evidence/notes.md:5: warning",
        "list-marked-otherwise",
        says="these lines start with a space that does not break (U+00A0, pasted from a word processor) before their "
        '"-", so Markdown does not read them as a list: the page runs them together into one paragraph, marks and '
        "all; delete that space at the start of each line (type an ordinary one, or none), with an empty line above "
        "the list",
        alone=True,
    ),
    Case(  # a review of that: a space that does not break after the number, as Word pastes "1." and its space
        "list-marked-before-a-space-that-does-not-break",
        {
            **COVERED,
            "evidence/notes.md": "# Notes\n\nWe agreed:\n\n1.\u00a0Agree the fixtures.\n2.\u00a0Share costs.\n",
        },
        "evidence/notes.md:5: warning",
        "list-marked-otherwise",
        says='these lines have a space that does not break (U+00A0, pasted from a word processor) after their "1.", '
        "so Markdown does not read them as a list",
        alone=True,
    ),
    Case(  # a careless contributor's review: "2026. A great year" shown as "1. A great year"
        "list-renumbered",
        {**COVERED, "evidence/notes.md": "# Notes\n\n2026. A great year for us.\n"},
        "evidence/notes.md:3: warning",
        "list-renumbered",
        says='this line starts a numbered list at 2026, but the site numbers every list from 1, so it shows "1." here',
        alone=True,
    ),
    Case(  # a review of valid pages: an address without its scheme, read as a tag, shown as nothing
        "address-in-angle-brackets-without-https",
        {**COVERED, "evidence/notes.md": "# Notes\n\nVisit <www.example.org/fees> for prices.\n"},
        "evidence/notes.md:3: warning",
        "broken-link",
        says="<www.example.org/fees> on this line is an address without https:// in angle brackets, which the site takes "
        "for an HTML tag and shows as nothing; write it whole: <https://www.example.org/fees>",
        alone=True,
    ),
    Case(  # a hostile review: a file's name in angle brackets was told to be written as a web address
        "file-path-in-angle-brackets",
        {**COVERED, "evidence/notes.md": "# Notes\n\nThe minutes are in <files/board-minutes.docx>.\n"},
        "evidence/notes.md:3: warning",
        "broken-link",
        says="<files/board-minutes.docx> on this line is taken for an HTML tag, so the site shows nothing in its place; "
        "to link the file, write [board-minutes](files/board-minutes.docx); to show it as written, write &lt; in "
        'place of its "<": &lt;files/board-minutes.docx>',
        alone=True,
    ),
    Case(  # a review of valid pages: notes under the steps of a plan shown as steps 3 and 4
        "list-joined",
        {**COVERED, "evidence/notes.md": "# Notes\n\n1. Book a room\n2. Send invitations\n\n- Rooms fill fast\n"},
        "evidence/notes.md:6: warning",
        "list-joined",
        says="this bulleted list follows the numbered list above with nothing but empty lines between, so the site shows its "
        "entries as more of that list, numbered on (GitHub's preview shows a list of its own); put a line of text "
        "between the two lists (a heading, a sentence), or a line holding only <!-- -->",
        alone=True,
    ),
    Case(  # a careless contributor's review: a hashtag pasted at a line's start, the page's largest heading
        "hash-heading",
        {**COVERED, "evidence/notes.md": "# Notes\n\nThe day went well.\n#NHS75 celebrations\n"},
        "evidence/notes.md:4: warning",
        "hash-heading",
        says='this line starts with "#" and no space after it, which the site shows as a heading (GitHub\'s preview '
        "as text): to show it as written, put a backslash before it, \\#NHS75; for a heading, put a "
        'space after the "#"',
        alone=True,
    ),
    *[
        Case(  # a staff walkthrough: a heading copied from a document in its bold, shown as bold text "## ..."
            f"bold-heading-{name}",
            {**COVERED, "evidence/notes.md": f"# Notes\n\nThe day went well.\n\n{line}\n\nWe met.\n"},
            "evidence/notes.md:5: warning",
            "bold-heading",
            says=f'the line "{line}" is a heading inside {style} marks, which the site shows as a line of {style} text '
            f'starting "{hashes} " (so does GitHub\'s preview); take the {marks} away: {hashes} What we found',
            alone=True,
        )
        for name, line, hashes, style, marks in (
            ("stars", "**## What we found**", "##", "bold", "stars"),
            ("underscores", "__### What we found__", "###", "bold", "underscores"),
            ("italics-closed-by-hashes", "*## What we found ##*", "##", "italic", "stars"),
        )
    ],
    Case(  # a careless contributor's review: "# Background" left the item's page without its title
        "heading-over-title",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "Intro.\n\n# Background\n\nText.\n")},
        "evidence/a.md:9: warning",
        "heading-over-title",
        says='the heading "Background" is of the first level (one "#"), so the site shows it as the page\'s title and '
        'leaves out the item\'s own, "A", above the text; make it a heading of the second level: ## Background',
        alone=True,
    ),
    Case(  # a self-assessment's was silent, its page titled by it (a fuzzer's find)
        "heading-over-title-in-a-self-assessment",
        {
            **COVERED,
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01",
                "## Plan\n\nWe plan.\n\n# Mid-year note\n\nText.\n\n# Do\n\nWe do.\n",
            ),
        },
        "evidence/sa.md:11: warning",
        "heading-over-title",
        says='the heading "Mid-year note" is of the first level (one "#"), so the site shows it as the page\'s title',
    ),
    Case(  # a careless contributor's review: a block copied from a README, shown with its dashes and "**"
        "markdown-in-html",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, "Intro.\n\n<details>\n<summary>More</summary>\n\n- a joint **bid**\n</details>\n"
            ),
        },
        "evidence/a.md:12: warning",
        "markdown-in-html",
        says="this line is Markdown inside the HTML block that <details> on line 9 starts, which the site shows as it "
        'is typed up to </details>, so the page shows "- a joint **bid**" with its marks, though GitHub\'s preview '
        'reads it as Markdown; write markdown in the tag on line 9 (<details markdown>); this needs "- md_in_html" '
        "under markdown_extensions in mkdocs.yml",
        alone=True,
    ),
    # --- an item whose front matter was lost: a plain page, published to everyone, said at its first line
    Case(
        "dated-page-without-front-matter",
        {**COVERED, "evidence/partnerships/do/2026-05-01-notes.md": "Safeguarding notes.\n"},
        "evidence/partnerships/do/2026-05-01-notes.md:1: warning",
        "dated-page",
        says="this page has no front matter, so it is a plain page, published to everyone, though its name starts",
        alone=True,
    ),
    Case(  # told to rename a dated news page, not that a title is enough (a review of valid portfolios)
        "dated-news-page-without-front-matter",
        {**COVERED, "evidence/news/2026-09-19-awards.md": "# Awards\n\nWe won.\n"},
        "evidence/news/2026-09-19-awards.md:1: warning",
        "dated-page",
        says="or else take the date out of its name, or, for a page meant for everyone (a dated news page), start it "
        "with front matter of its title alone",
    ),
    Case(  # a date written day first, as in the UK (a review)
        "dated-page-day-first",
        {**COVERED, "evidence/partnerships/do/14-05-2026-notes.md": "Safeguarding notes.\n"},
        "evidence/partnerships/do/14-05-2026-notes.md:1: warning",
        "dated-page",
        alone=True,
    ),
    Case(  # a pasted email in a section's folder, published to everyone unsaid (a careless contributor's review)
        "a-page-without-front-matter-in-a-section-s-folder",
        {**COVERED, "evidence/partnerships/do/RE training dates.md": "From: Sarah\nSubject: RE: training\n"},
        "evidence/partnerships/do/RE training dates.md:1: warning",
        "dated-page",
        says='published to everyone, though it is in the folder of section "do" of challenge "partnerships", where '
        "its items are; if it is an item, write its front matter",
        alone=True,
    ),
    Case(
        "a-page-without-front-matter-in-a-files-folder",
        {**COVERED, "evidence/partnerships/do/files/notes.md": "Call Sarah on 07700 900123.\n"},
        "evidence/partnerships/do/files/notes.md:1: warning",
        "dated-page",
        says='though it is in a folder "files", where items keep their attachments',
        alone=True,
    ),
    # --- a table Markdown shows as a paragraph: rows without the row of dashes, cells pasted with tabs (a careless
    # contributor's review); not in code
    Case(
        "a-table-without-its-row-of-dashes",
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, "Visits.\n\n| Site | Visits |\n| Pool | 10 |\n\n```\n| a | b |\n| 1 | 2 |\n```\n"
            ),
        },
        "evidence/a.md:9: warning",
        "table-without-rule",
        says="this line and the ones below it are a table's rows with no row of dashes under the first (|---|---|)",
        alone=True,
    ),
    Case(
        "a-table-pasted-from-a-spreadsheet-with-tabs",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "Visits.\n\nMeasure\t2025\t2026\nSwims\t10\t12\n")},
        "evidence/a.md:9: warning",
        "pasted-table",
        says="this line and the ones below it hold cells separated by tabs, as a spreadsheet pastes them",
        alone=True,
    ),
    Case(  # two columns, three rows (a careless contributor's review: a run-on paragraph without a word)
        "a-two-column-table-pasted-from-a-spreadsheet-with-tabs",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "## Results\n\nMeasure\tResult\nPeople\t64\nCarers\t51\n")},
        "evidence/a.md:9: warning",
        "pasted-table",
        says="this line and the ones below it hold cells separated by tabs, as a spreadsheet pastes them",
        alone=True,
    ),
    *[
        Case(  # shown as typed, with no word (a careless contributor's review: a Word document's footnotes)
            f"written-for-{extension}-which-mkdocs-yml-leaves-out",
            {**COVERED, "evidence/a.md": md(EVIDENCE, f"We met 12 partners.\n\n{line}\n")},
            "evidence/a.md:9: warning",
            "extension-off",
            says=f'this line writes {what} for the Markdown extension "{extension}", which mkdocs.yml does not turn on',
            alone=True,
        )
        for extension, what, line in (
            ("footnotes", "a footnote's text", "[^1]: Source: the attendance register."),
            ("admonition", "a note box", '!!! note "Why it matters"'),
            ("pymdownx.details", "a note box that opens and closes", "??? tip"),
            ("pymdownx.tabbed", "a tab", '=== "2026"'),
            ("abbr", "an abbreviation", "*[CSP]: County Sports Partnership"),
            ("pymdownx.tasklist", "a checklist's box", "- [ ] Draft the survey"),  # shown "[ ] Draft" (a review)
        )
    ],
    *[
        Case(  # shown as typed, with no word (a review of valid portfolios: a glossary, a photo with its caption)
            f"written-for-{extension}-which-mkdocs-yml-leaves-out",
            {**COVERED, "evidence/a.md": md(EVIDENCE, f"We met 12 partners.\n\n{lines}\n")},
            "evidence/a.md:10: warning",
            "extension-off",
            says=f'this line writes {what} for the Markdown extension "{extension}", which mkdocs.yml does not turn on',
            alone=True,
        )
        for extension, what, lines in (
            ("def_list", "a definition (a term's meaning)", "Inactive\n:   Less than 30 minutes a week."),
            (
                "md_in_html",
                'a block of HTML whose Markdown is to be read (its "markdown" attribute)',
                '<!-- the sponsor -->\n<div class="grid" markdown>\nThe hoist was funded by **Smith & Sons**.\n</div>',
            ),
        )
    ],
    Case(  # its heading's id lost on the partners page, a note box made of it (a hostile review)
        "a-partner-with-a-line-break",
        {**COVERED, "evidence/a.md": md(EVIDENCE + '\npartners:\n  - Age UK\n  - "Multi\\n\\n??? note"')},
        "evidence/a.md:8: error",
        "wrong-kind",
        says='an entry of "partners" holds a line break ("Multi" and more); a partner is one line of text: write it on '
        "one line",
        alone=True,
    ),
    # --- an item copied and not changed: at the title of each, naming the other
    Case(
        "item-copied-and-not-changed",
        {**COVERED, "evidence/a.md": md(EVIDENCE), "evidence/copy/a.md": md(EVIDENCE.replace("A", " a "), "Other.\n")},
        "evidence/a.md:2: warning",
        "copied-item",
        says="this item has the title, type, date and sections of evidence/copy/a.md, so the two count twice",
    ),
    Case(  # an action counts towards no coverage: both are listed in the improvement plan (a year-two review)
        "action-copied-and-not-changed",
        {**COVERED, "evidence/a.md": md(ACTION), "evidence/copy/a.md": md(ACTION)},
        "evidence/a.md:2: warning",
        "copied-item",
        says="this item has the title, type, date and sections of evidence/copy/a.md, so the two are both listed: if "
        "one is a copy",
    ),
    # --- a partner or tag written otherwise than on other items in its capitals or spaces alone: at the less usual
    *[
        Case(  # a careless-user review: the partners page showed "Ashby Vale Age Uk" beside "Ashby Vale Age UK"
            f"{noun}-spelt-otherwise-by-capitals-or-spaces",
            {
                **COVERED,
                "evidence/a.md": md(f"{EVIDENCE}\n{key}: [{usual}]"),
                "evidence/b.md": md(f"{EVIDENCE.replace('title: A', 'title: B')}\n{key}: [{usual}, Other]"),
                "evidence/c.md": md(f"{EVIDENCE.replace('title: A', 'title: C')}\n{key}: [{otherwise}]"),
            },
            "evidence/c.md:6: warning",
            "spelt-otherwise",
            says=f'{noun} "{otherwise}" is written "{usual}" on 2 other items (such as evidence/a.md), so the '
            f"listings show the two as two {noun}s; write it as the others do: {usual}",
        )
        for noun, key, usual, otherwise in (
            ("partner", "partners", "Ashby Vale Age UK", "Ashby Vale  Age Uk"),
            ("tag", "tags", "older-adults", "Older-Adults"),
            ("tag", "tags", "young-carers", "young_carers"),  # (not the guide's: a review of valid pages)
            # a year-two review: the tags page's two headings of one anchor, its links leading to the odd one's
            ("tag", "tags", "older-people", "Older People"),
            ("partner", "partners", "St John's Ambulance", "St Johns Ambulance"),
            ("partner", "partners", "Ysgol Gŵyr", "Ysgol Gwyr"),
        )
    ],
    Case(  # a careless contributor's review: the partners page showed a third partner, the two joined
        "a-partner-that-is-two-other-items-name-apart",
        {
            **COVERED,
            "evidence/a.md": md(f"{EVIDENCE}\npartners: [Age UK]"),
            "evidence/b.md": md(f"{EVIDENCE.replace('title: A', 'title: B')}\npartners: [NHS Trust, Sport & Leisure]"),
            "evidence/c.md": md(
                f"{EVIDENCE.replace('title: A', 'title: C')}\npartners: [Mind, Age UK & NHS trust, Sport Wales / Wales]"
            ),
        },
        "evidence/c.md:6: warning",
        "spelt-otherwise",
        says='partner "Age UK & NHS trust" is 2 partners that other items name apart (such as evidence/a.md), so the '
        "listings show a partner of its own; write them apart: partners: [Mind, Age UK, NHS Trust, Sport Wales / "
        "Wales]",
    ),
    Case(  # a review of the commands: `new --tag swim --tag Swim` was told of "1 other item", itself
        "a-tag-spelt-two-ways-on-one-item",
        {**COVERED, "evidence/a.md": md(f"{EVIDENCE}\ntags: [swim, Swim]")},
        "evidence/a.md:6: warning",
        "spelt-otherwise",
        says='tag "Swim" is written "swim" too, on this item, so the listings show the two as two tags; keep one: swim',
        alone=True,
    ),
    Case(  # a staff member's review: the one item writing older-adults, as CONTRIBUTING asks, was told to write it
        # "Older Adults" as a new one did (the first in code point order, as many writing each)
        "a-tag-written-as-the-guide-asks-is-the-one-to-keep",
        {
            **COVERED,
            "evidence/a.md": md(f"{EVIDENCE}\ntags: [older-adults]"),
            "evidence/b.md": md(f"{EVIDENCE.replace('title: A', 'title: B')}\ntags: [Older Adults]"),
            "evidence/c.md": md(f"{EVIDENCE.replace('title: A', 'title: C')}\ntags: [Older Adults, swim]"),
        },
        "evidence/c.md:6: warning",
        "spelt-otherwise",
        says='tag "Older Adults" is written "older-adults" on 1 other item (such as evidence/a.md), so the listings '
        "show the two as two tags; write it as the others do: older-adults",
    ),
    # --- a partner or tag written in characters that look alike (é as e and an accent, as a Mac stores it): was
    # told 'partner "Café Zoë" is written "Café Zoë"', and of a tag nothing, the tags page listing "élan" twice (a
    # conformance audit); told at the one not as a keyboard types it, to be typed again
    Case(
        "a-tag-written-in-characters-that-look-alike",
        {
            **COVERED,
            "evidence/a.md": md(f"{EVIDENCE}\ntags: [élan]"),
            "evidence/b.md": md(f"{EVIDENCE.replace('title: A', 'title: B')}\ntags: [élan, Other]"),
            "evidence/c.md": md(f"{EVIDENCE.replace('title: A', 'title: C')}\ntags: [{as_a_mac_stores('élan')}]"),
        },
        "evidence/c.md:6: warning",
        "spelt-otherwise",
        says=f'tag "{as_a_mac_stores("élan")}" looks the same as the tag of 2 other items (such as evidence/a.md), but is '
        "written in characters that look alike (accents stored as a Mac stores them, a no-break space, or a character "
        "no one sees), which the listings tell apart, so they show the two as two tags; delete it and type it again",
    ),
    Case(  # written so by more items than as typed: they are the ones to type again
        "partners-written-in-characters-that-look-alike-by-most-items",
        {
            **COVERED,
            "evidence/a.md": md(f"{EVIDENCE}\npartners: [{as_a_mac_stores('Café Zoë')}]"),
            "evidence/b.md": md(f"{EVIDENCE.replace('title: A', 'title: B')}\npartners: [Café\u00a0Zoë]"),
            "evidence/c.md": md(f"{EVIDENCE.replace('title: A', 'title: C')}\npartners: [Café Zoë]"),
        },
        "evidence/a.md:6: warning",
        "spelt-otherwise",
        says=f'partner "{as_a_mac_stores("Café Zoë")}" looks the same as the partner of 1 other item (such as evidence/c.md), but '
        "is written in characters that look alike",
    ),
    Case(
        "a-tag-written-twice-on-one-item-in-characters-that-look-alike",
        {**COVERED, "evidence/a.md": md(f"{EVIDENCE}\ntags: [élan, {as_a_mac_stores('élan')}]")},
        "evidence/a.md:6: warning",
        "spelt-otherwise",
        says=f'tag "{as_a_mac_stores("élan")}" is written twice on this item, once in characters that look alike (accents stored '
        "as a Mac stores them, a no-break space, or a character no one sees), which the listings tell apart, so they "
        "show the two as two tags; keep one",
        alone=True,
    ),
    # --- a value kept from CONTRIBUTING's template: published as it is, unless named
    Case(
        "template-title",
        {**COVERED, "evidence/a.md": md(EVIDENCE.replace("title: A", "title: Write a short, clear title here"))},
        "evidence/a.md:2: warning",
        "template-text",
        says='"title" still holds the template\'s "Write a short, clear title here"; write the item\'s title instead',
        alone=True,
    ),
    Case(
        "template-partner",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners:\n  - Age UK\n  - Name of partner")},
        "evidence/a.md:8: warning",
        "template-text",
        says='"partners" still holds the template\'s "Name of partner"; write the partner organisations involved '
        "instead, or delete the line",
        alone=True,
    ),
    # --- an item saved beside evidence/ (added on GitHub from the repository's front page): never built
    Case(
        "item-outside-evidence-top",
        {**COVERED, "2026-05-14-swim.md": md(EVIDENCE)},
        "2026-05-14-swim.md:3: warning",
        "item-outside-evidence",
        says="this item (type: evidence) is outside evidence/, so no build publishes it; move it to "
        "evidence/2026-05-14-swim.md",
        alone=True,
        root=True,
    ),
    Case(
        "item-outside-evidence-folder",
        {**COVERED, "case-studies/swim.md": "\ufeff---\r\ntitle: Swim\r\n\r\ntype: 'Case-Study'  # moved\r\n---\r\n"},
        "case-studies/swim.md:4: warning",
        "item-outside-evidence",
        says="(type: Case-Study) is outside evidence/, so no build publishes it; move it to evidence/case-studies/swim.md",
        alone=True,
        root=True,
    ),
    Case(  # not to evidence/docs/ (a careless contributor's review)
        "item-outside-evidence-in-docs",
        {**COVERED, "docs/swim.md": md(EVIDENCE)},
        "docs/swim.md:3: warning",
        "item-outside-evidence",
        says="is outside evidence/, so no build publishes it; move it to evidence/swim.md",
        alone=True,
        root=True,
    ),
    Case(  # the only YAML error said without what to do (a careless contributor's review)
        "value-starting-with-a-block-mark",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\nsummary: > 50% of partners satisfied")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says='a value starting with ">" or "|" is read as the start of a block of text on the lines below; put the '
        'whole value in quotes: summary: "> 50% of partners satisfied"',
        alone=True,
    ),
    Case(  # a list's entry too (a differential review)
        "entry-starting-with-a-block-mark",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners:\n  - > 50 partners")},
        "evidence/a.md:7: error",
        "yaml-syntax",
        says='put the whole value in quotes: - "> 50 partners"',
        alone=True,
    ),
    *(  # one partner, "1. Age UK 2. NHS Trust", and a partner named "N/A", without a word (a careless review)
        Case(
            f"{key}-written-as-a-numbered-list",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f"\n{key}:\n  1. Age UK\n  2) NHS Trust")},
            "evidence/a.md:6: warning",
            "comma-list",
            says=f'"{key}" is one {noun}, "1. Age UK 2) NHS Trust", written as a numbered list, which YAML reads as '
            'one text; for several, start each on a line of its own with "- ", a dash and a space, in place of its '
            "number",
            alone=True,
        )
        for key, noun in (("partners", "partner"), ("tags", "tag"))
    ),
    Case(
        "improvements-written-as-a-numbered-list",
        {
            **COVERED,
            "evidence/r.md": md(
                "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: Jo\n"
                "ratings:\n  plan: good\nimprovements:\n  1. Publish the survey results\n  2. Agree outcome measures"
            ),
        },
        "evidence/r.md:9: warning",
        "comma-list",
        says='"improvements" is one entry, "1. Publish the survey results 2. Agree outcome measures", written as a '
        "numbered list",
    ),
    *(
        Case(
            f"partners-written-as-{name}",
            {**COVERED, "evidence/a.md": md(EVIDENCE + f"\npartners: {written}")},
            "evidence/a.md:6: error",
            "empty-value",
            says=f'"partners" is "{written}", which is no partner: it would be listed as one named "{written}"; where '
            "there is none, delete the line",
            alone=True,
        )
        for name, written in (("n-a", "N/A"), ("none", "None"), ("tbc", "TBC"))
    ),
    *(  # a value starting with a mark of YAML's: told to check the indentation, or YAML's own words (a careless review)
        Case(
            f"a-value-starting-with-{name}",
            {
                **COVERED,
                "evidence/a.md": md(f"title: A\n{line}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            },
            "evidence/a.md:3: error",
            "yaml-syntax",
            says=f"YAML does not parse: {said}",
            alone=True,
        )
        for name, line, said in (
            (
                "a-bracket",
                "summary: [DRAFT] Partner coffee morning",
                'a value starting with "[" is read as a list in brackets, which ends at "]", and the words after it '
                'are not read; put the whole value in quotes: summary: "[DRAFT] Partner coffee morning"',
            ),
            (
                "a-brace",
                "summary: {Draft} coffee",
                'a value starting with "{" is read as keys and values in braces, which end at "}", and the words '
                'after it are not read; put the whole value in quotes: summary: "{Draft} coffee"',
            ),
            (
                "a-question-mark",
                "summary: ? what next",
                'a value starting with "? " is read as a key of YAML\'s; put the whole value in quotes: summary: "? '
                'what next"',
            ),
            (
                "dashes-on-the-keys-line",
                "partners: - Age UK - NHS Trust",
                '"- " starts a list\'s entry, and each goes on a line of its own, under "partners:" ("  - Age UK"), '
                "or all in brackets: partners: [Age UK, NHS Trust]",
            ),
            (
                "a-dash",
                "summary: - Partner coffee",
                'a value starting with "- " is read as a list\'s entry, which goes on a line of its own, under '
                '"summary:" ("  - Partner coffee"); for a text starting with a dash, put the whole value in quotes: '
                'summary: "- Partner coffee"',
            ),
            (  # a differential fuzz: YAML's own words alone
                "a-dash-alone",
                "partners: -",
                '"-" alone is read as the start of a list; where there is none, delete the line; for the text, put '
                'the whole value in quotes: partners: "-"',
            ),
            (
                "a-dash-for-its-colon",
                "summary - Partner coffee",
                "could not find expected ':'; each line needs a key, a colon and a space: write it summary: Partner "
                "coffee",
            ),
        )
    ),
    Case(  # it suggested "(title: - Partner coffee morning)", itself a fault of YAML's (a careless review)
        "a-dash-for-the-colon-of-the-first-line",
        {**COVERED, "evidence/a.md": md("title - Partner coffee morning\ntype: evidence\nmaps_to: partnerships/plan")},
        "evidence/a.md:2: error",
        "yaml-syntax",
        says="YAML does not parse: a key starts this line, but no colon follows it, so the line is read on into the "
        "line below; write the key, a colon and a space, then the value (title: Partner coffee morning)",
        alone=True,
    ),
    Case(  # one partner, "Age UK; NHS Trust", without a word (a careless contributor's review)
        "partners-separated-by-semicolons",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners:\n  - Active Ashby\n  - Age UK; NHS Trust")},
        "evidence/a.md:8: warning",
        "comma-list",
        says='"Age UK; NHS Trust" is one partner of "partners", written with semicolons; for several, separate them '
        "with commas, in brackets: partners: [Active Ashby, Age UK, NHS Trust]",
        alone=True,
    ),
    Case(  # the word after "&" was left out without a word: "&Co Age UK" read as "Age UK" (a careless review)
        "value-starting-with-an-anchor",
        {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners: [&Co Age UK, NHS]")},
        "evidence/a.md:6: error",
        "yaml-syntax",
        says='a value starting with "&Co" is read as a mark of YAML\'s own (an anchor, for "*Co" to repeat the value '
        'elsewhere), and "&Co" is left out of the value; put the whole value in quotes',
        alone=True,
    ),
    Case(  # dated and summarised as an item, without its type: public (a careless contributor's review)
        "dated-page-with-a-date-and-no-type",
        {
            **COVERED,
            "evidence/2026-05-01-board-minutes.md": md(
                "title: Board minutes (confidential)\ndate: 2026-05-01\nsummary: Minutes", "Not for the public.\n"
            ),
        },
        "evidence/2026-05-01-board-minutes.md:3: warning",
        "dated-page",
        says='this page has no "type", so it is a plain page, published to everyone, though its front matter gives '
        '"date" and its name starts with a date',
        alone=True,
    ),
    Case(  # the same, kept from the public: it is no item all the same, but not published to everyone (a review)
        "dated-page-with-authors-kept-from-the-public",
        {
            **COVERED,
            "evidence/2026-05-02-minutes.md": md("title: Minutes\nauthors: [Priya]\nvisibility: internal"),
        },
        "evidence/2026-05-02-minutes.md:3: warning",
        "dated-page",
        says='this page has no "type", so it is a plain page, counted towards nothing, though its front matter gives '
        '"authors"',
        alone=True,
    ),
    Case(  # its folders typed without evidence/ (a careless contributor's review: it was not looked at)
        "item-outside-evidence-in-folders-evidence-has",
        {**COVERED, "Cover/do/2026-05-14-swim.MD": md(EVIDENCE.replace("type:", "Type:"))},
        "Cover/do/2026-05-14-swim.MD:3: warning",
        "item-outside-evidence",
        says="move it to evidence/cover/do/2026-05-14-swim.md",  # evidence/'s own folder, as a ".md" (a review)
        alone=True,
        root=True,
    ),
    Case(  # a journey review: the file is there, and the message said it was not, without saying why
        "a-hash-in-the-name-of-a-linked-file",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "![The award](<files/Award photo #2.png>)\n"),
            "evidence/files/Award photo #2.png": b"png",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says='leads to evidence/files/Award photo , which does not exist; a "#" in an address starts the place in the '
        'page to go to, so the file\'s name ends before it: write each "#" as %23, such as (<files/Award photo '
        '%232.png>), or rename the file without "#"',
    ),
    Case(  # a careless-user review: the link worked on the writer's computer, and the message did not say why not
        "a-link-to-a-file-in-other-capitals",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "The award: ![Award](files/Award.PNG)\n"),
            "evidence/files/award.png": b"png",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says="leads to evidence/files/Award.PNG, which does not exist; the file is named evidence/files/award.png, in "
        "other capitals: the site finds a file by its exact name, capitals included (a computer's own folders may "
        "not), so write (files/award.png)",
    ),
    Case(  # written from the page's address, a folder deeper than its file: shown as plain text, unsaid (an assessor)
        "a-markdown-link-climbing-a-folder-too-many",
        {**COVERED, "evidence/p/a.md": md(EVIDENCE, "See [b](../../b.md#top).\n"), "evidence/b.md": md(EVIDENCE)},
        "evidence/p/a.md:7: warning",
        "broken-link",
        says="leads outside evidence/, and the site holds only what is in evidence/, so it is broken or shown as plain "
        'text; it climbs a folder too many ("../"): write (../b.md#top)',
    ),
    Case(  # a name mistyped got no more than "fix the path" (an outside review)
        "a-link-to-a-mistyped-name",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "See [the bid](bids/2026-05-14-joint-bd.md#budget).\n"),
            "evidence/bids/2026-05-14-joint-bid.md": evidence("partnerships/do"),
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; did you mean evidence/bids/2026-05-14-joint-bid.md? If so, write "
        "(bids/2026-05-14-joint-bid.md#budget); else fix the path",
    ),
    Case(  # shown as plain text without a word in either door (a differential fuzz)
        "an-html-link-to-a-page-s-file",
        {**COVERED, "evidence/p/a.md": md(EVIDENCE, '<a href="../../b.md">b</a>\n'), "evidence/b.md": md(EVIDENCE)},
        "evidence/p/a.md:7: warning",
        "broken-link",
        says='the link "../../b.md" names the file of the page evidence/b.md, which is no address on the site, so the '
        'site shows it as plain text; in an HTML tag, write the page\'s address, such as href="../../b/"',
    ),
    Case(  # a broken picture, published unsaid (a careless contributor's review)
        "a-document-shown-as-a-picture",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "![The report](files/report.docx)\n"),
            "evidence/files/report.docx": b"PK\x03\x04word/",
        },
        "evidence/a.md:7: warning",
        "file-content",
        says='"files/report.docx": it is a document, not a picture, so the page shows a broken picture in its place; '
        'make it a link to click, without the "!" before its "[": [text](files/report.docx)',
    ),
    Case(  # told to add the file (a careless contributor's review)
        "a-link-to-an-email-address-without-mailto",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "Contact [Sarah](sarah.lindqvist@riverside.org.uk).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; it is an email address: write (mailto:sarah.lindqvist@riverside.org.uk), which "
        "opens an email to it",
    ),
    Case(  # told to fix a file's path (a review of valid portfolios)
        "a-link-to-a-website-without-https",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "Visit [Sport Wales](www.sport.wales).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; it is a website's address: write (https://www.sport.wales), as an address of "
        "another site starts",
    ),
    Case(  # a name ending as a site's does, with a page of it
        "a-link-to-a-website-named-without-www",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "See the [Urdd](urdd.cymru/en/about).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says="it is a website's address: write (https://urdd.cymru/en/about)",
    ),
    Case(  # a file's name is no website's (the test tests something)
        "a-link-to-a-missing-file-named-with-dots",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "The [minutes](minutes.final.pdf).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; fix the path (it is relative to this file), add the file, or take the link out",
    ),
    Case(  # a year-two review: a link to a file whose folder was renamed was told only to fix the path
        "a-link-to-a-file-moved-to-another-folder",
        {
            **COVERED,
            "evidence/partnerships/plan/2025-plan.md": md(EVIDENCE.replace("title: A", "title: Plan")),
            "evidence/case-studies/walk.md": md(EVIDENCE, "See [the plan](../plan/2025-plan.md#aims).\n"),
        },
        "evidence/case-studies/walk.md:7: warning",
        "broken-link",
        says="a file of that name is at evidence/partnerships/plan/2025-plan.md: if it is the one, moved there, write "
        "(../partnerships/plan/2025-plan.md#aims); else fix the path",
    ),
    Case(  # a staff review: a link to an item written without the date `portfolio new` puts first was told only to
        # fix the path
        "a-link-to-an-item-named-without-its-date",
        {
            **COVERED,
            "evidence/partnerships/do/2026-12-07-welcome-desk.md": md(EVIDENCE.replace("title: A", "title: Desk")),
            "evidence/partnerships/plan/a.md": md(EVIDENCE, "See [the desk](welcome-desk.md).\n"),
        },
        "evidence/partnerships/plan/a.md:7: warning",
        "broken-link",
        says="a file of that name after its date is at evidence/partnerships/do/2026-12-07-welcome-desk.md: if it is "
        "the one, write (../do/2026-12-07-welcome-desk.md); else fix the path",
    ),
    Case(  # its address read whole, spaces and brackets, as python-markdown reads it (an outside review)
        "a-link-to-a-file-named-with-spaces-written-without-brackets",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "The [report](files/Annual report 2026 (final).pdf).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says='the link "files/Annual report 2026 (final).pdf" leads to evidence/files/Annual report 2026 (final).pdf, '
        "which does not exist",
    ),
    Case(  # a page's title for its file's name
        "a-link-by-a-pages-title",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "See [the bid](Joint bid with the County).\n")},
        "evidence/a.md:7: warning",
        "broken-link",
        says="a link leads to a file by its name, not by its title: write the name of the page's file, with hyphens "
        "for spaces, such as (2026-05-14-joint-bid.md)",
    ),
    Case(  # told to write (<files/session register.pdf>), no file either (a careless contributor's review)
        "a-link-with-spaces-to-a-file-named-with-hyphens",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "The [register](files/session register.pdf).\n"),
            "evidence/files/session-register.pdf": b"%PDF-1.4",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says='the link "files/session register.pdf" leads to evidence/files/session register.pdf, which does not '
        "exist; did you mean evidence/files/session-register.pdf? If so, write (files/session-register.pdf)",
    ),
    Case(  # a file's name holding an "@" is no email address (a review: told to write mailto:)
        "a-link-to-a-missing-file-named-with-an-at",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "The [logo](files/logo@2x.png).\n"),
            "evidence/files/logo@2x.jpg": b"x",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; did you mean evidence/files/logo@2x.jpg?",
    ),
    Case(  # a file saved with its ending given twice: too unlike a short name for difflib (an outside review)
        "a-link-to-a-file-saved-with-its-ending-twice",
        {**COVERED, "evidence/a.md": md(EVIDENCE, "The [plan](files/a.pdf).\n"), "evidence/files/a.pdf.pdf": b"x"},
        "evidence/a.md:7: warning",
        "broken-link",
        says="which does not exist; did you mean evidence/files/a.pdf.pdf?",
    ),
    Case(  # a link to the repository's README from a README of evidence/: not "write (README.md)", itself (a review)
        "a-link-climbing-out-to-a-file-of-the-same-name",
        {**COVERED, "evidence/p/README.md": "# P\n\nSee the [project](../../README.md).\n"},
        "evidence/p/README.md:3: warning",
        "broken-link",
        says="so it is broken or shown as plain text; put the file in evidence/ and link to it there",
    ),
    Case(  # two names as close: neither is suggested
        "a-link-to-a-name-two-files-are-as-close-to",
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE, "The [report](files/report-2027.pdf).\n"),
            "evidence/files/report-2025.pdf": b"%PDF",
            "evidence/files/report-2026.pdf": b"%PDF",
        },
        "evidence/a.md:7: warning",
        "broken-link",
        says="leads to evidence/files/report-2027.pdf, which does not exist; fix the path (it is relative to this file)",
    ),
]

CASES = ERRORS + WARNINGS


# ------------------------------------------------------------------------------------ every case, at the core


@pytest.mark.parametrize(
    "text",
    [
        *(
            md(f"title: Page\n{line}", "# Page\n")
            for line in (
                "private_hire: yes",
                "private_changing_rooms: true",
                "hidden_gem: true",
                "audience: People living with dementia, their carers and care home staff",
                "audience: Local employers and their employees",
                "audience: Club secretaries, coaches and board members",
                "audience: Paddle board beginners aged 12+",
                "audience: Head teachers, governors and PE leads",
                "audience: All staff, volunteers and contractors",
                "access: Private hire only, book on 01234 567890",
                "access: Step-free entrance; staff on hand to help",
                "access: Restricted parking on the day",
                "access:\n  staff_assistance: on request",
                "sensitivity: OFFICIAL - not sensitive",
                "status: pending",
                "status: planning decision pending",
                "embargo_until: 2026-01-12",
                "embargo_until: 12 January 2026",
                "publish_date: ASAP",
                "embargo: none",
                "publish_date: 2026-11-27",
                "go_live: 2027-01-04",
                "publication_date: 2027-01-15",
                'title2: "Thank you! #staff"',
                "description: |\n  # Our staff\n  The people who run our pools and gyms.",
                "tags:\n  - awards\n# - staff",
                "# TODO: the Sunday slot is not live until January",
                "# Staff",
                "# Private hire",
                "# Internal fields below",
                "# Embargo lifted in March",
                "# was confidential until the launch",
                'summary: "Our #1 pool, for staff only"',
                # ordinary words that start as a marking does (a hostile review: each failed a strict build)
                "summary: A review.  # Confidential information removed",
                "# Secret Garden project",
                "# Restricted parking",
                "# Secret shopper visit, July",
                "# Confidential - HR details removed, safe to publish",  # a review of valid portfolios
                "# Confidential: no",
                "# Pool" + " " * 40_000 + ".",
                "listed: no",
                "confidential_notes: see the minutes",
                "status: Closed for internal maintenance",
                "status: Draft for consultation",
                "state: Private function",
                "confidentiality: All reports are treated in confidence",
                "sensitivity: Ecologically sensitive site",
                "audience: Trustees and board members",
                "audience: Senior members",
                "audience: Team managers",
                "senior_only: true",
                "members_only: true",
                "access: Private",
                "restricted: yes",
                "hidden: true",
                "shared: no",
                "scope: all staff",  # a fourth review's: a staff survey's
                "sharing: staff",
            )
        ),
        md(  # an instruction about part of a page its author made public (a fourth review)
            "title: Volunteers\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n"
            "# do not publish the names of the volunteers",
            "# Volunteers\n",
        ),
        "# Junior parkrun\nDate: Sunday 4 May\nTime: 9am\n",
        md("title: Room hire\n# prices from April\nsummary: Rooms for hire  # see the price list", "# Rooms\n"),
        "Pool update\n-----------\nStatus: Closed for internal repairs\n",
        md("title: Pool", "Status: Closed for internal maintenance until 3 June.\n"),
        "# Room hire\n---\nPrivate hire: 1 hour minimum\nPrice: £45 per hour\n",
        "# Open day\n\n---\nStatus: Booking pending\n",
        "# Press release\n\n---\nEmbargo: 2026-01-12 00:01\n",
        md("title: Hire", "Private hire: 1 hour minimum\nPrice: £45 per hour\n"),
        md("title: Kit list\nsocial:\n  type: website\n  cards: false", "# Kit\n"),
        # a second review's, each refused for a while: what a public page's front matter says of other things
        md("title: Pool closed\nworks: internal", "# Pool\n"),
        md("title: Club championship\ncompetition: internal\nassessment: internal", "# Championship\n"),
        md("title: Resources\nresources:\n  - {title: Active schools, type: case-study, url: x.md}", "# R\n"),
        md("title: Bike ride\nkit: {helmet: required, visibility: hi-vis vest recommended}", "# Ride\n"),
        md("title: Parking\ncar_parks:\n  - {name: Rear car park, access: staff only}", "# Parking\n"),
        md('title: "Raising your club\'s visibility: internal and external communications"', "# Workshop\n"),
        md("title: Plans\n# visibility internal review planned for 2027 - page stays public", "# Plans\n"),
        md("title: Press\nembargo: Lifted in January 2026", "# Press\n"),
        md("title: Press\nembargo: 2200 hrs Wednesday 11 March", "# Press\n"),
        md("title: Press\npublish_date: None (press release ref PR-2031)", "# Press\n"),
        md("title: Press\nembargo: December 9999", "# Press\n"),  # no such day: no traceback either
        md("title: Press\npublication:\n  embargo_until: 2026-01-12", "# Press\n"),
        md(
            "title: Links\nlinks:\n  - {text: Staff intranet, href: https://intranet.example.org, visibility: staff}",
            "# L\n",
        ),
        md("title: Kit list\nvisibility: public\nextra:\n  visibility: internal", "# Kit\n"),
    ],
)
def test_a_public_page_saying_who_its_activity_is_for_is_not_refused(project: Project, text: str) -> None:
    """What a leisure trust's public pages say of their activities and rooms, in the words a page meant to be kept
    from the public uses too, was refused, and the message said to make the page internal (a third hostile
    review)."""
    write_files(project, {**COVERED, "evidence/page.md": text})
    assert [str(p) for p in project.problems() if p.path == "evidence/page.md"] == []


def test_the_gaps_are_the_four_of_the_spec() -> None:
    assert {code.id for code in CODES.values() if code.gap} == GAPS
    assert all(CODES[code].severity == "warning" for code in GAPS)


def test_placeholder_text_that_is_not_published_is_not_warned_of(project: Project) -> None:
    """Kept in an HTML comment, shown as code in a fence or indented: none of it is the item's text as published (a
    review found each warned of). The readiness page lists what the check warns of, and nothing else."""
    line = "What it is, who produced it and when."
    bodies = (f"<!--\n{line}\n-->\n", f"```markdown\n{line}\n```\n", f"Intro.\n\n    {line}\n", f"Intro.\n\n{line}\n")
    write_files(project, {**COVERED, **{f"evidence/p{n}.md": md(EVIDENCE, body) for n, body in enumerate(bodies)}})
    warned = [str(p) for p in project.problems() if p.code == "template-text"]
    assert warned == [
        'evidence/p3.md:9: warning: this line still holds the placeholder text "What it is, who produced it and '
        'when." of the template (the one `portfolio new` writes, and CONTRIBUTING shows); replace it with your own '
        "words, or delete it"
    ]
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    found = assemble(load_settings(project.root, "internal")).readiness()
    assert found is not None
    assert [(gap.path, gap.line) for gap in found.gaps if gap.kind == "placeholder"] == [("evidence/p3.md", 9)]


def test_a_link_in_indented_code_is_shown_as_typed_and_not_checked(project: Project) -> None:
    """A staff guide showing how to write a link, in a block indented four spaces (at the top of the page, or under a
    list's entry), was told the link leads to a file that does not exist: python-markdown shows it as code, as a
    fenced block's, which is not checked (a false-positive review). A list's entry's own paragraph and a footnote's
    next line, indented as much, are text: their links are checked. The seal still reads the code: a withheld page's
    address there is shown as typed, and refused."""
    body = (
        "How to write a link:\n"  # line 8
        "\n"
        "    [the minutes](minutes.md)\n"  # 10: code
        "    [the secret](secret-CANARY.md)\n"  # 11: code, naming a withheld page
        "\n"
        "1. Upload the photo, then write:\n"
        "\n"
        "        ![Team](files/team.jpg)\n"  # 15: code
        "\n"
        "    Then save [the plan](plan.md).\n"  # 17: the entry's paragraph
        "\n"
        "Note[^1].\n"
        "\n"
        "[^1]: See the\n"
        "    [report](report.pdf).\n"  # 22: the footnote's text
    )
    public = md(EVIDENCE + "\nvisibility: public", body)
    secret = md(EVIDENCE.replace("title: A", "title: Secret CANARY"))
    write_files(project, {**COVERED, "evidence/p.md": public, "evidence/secret-CANARY.md": secret})
    warned = [where(p) for p in project.problems() if p.code == "broken-link"]
    assert warned == ["evidence/p.md:17: warning", "evidence/p.md:22: warning"]
    public_build = project.build(audience="public")
    assert public_build.failed
    assert [where(line.removeprefix("portfolio: ")) for line in public_build.warnings if "typed text" in line] == [
        "evidence/p.md:11: error"
    ]
    assert "Secret CANARY" in project.build(audience="internal").html("secret-CANARY/")


def test_a_link_in_a_definitions_next_paragraph_is_checked(project: Project) -> None:
    """A definition's next paragraph (def_list), indented four spaces below `:   Its meaning`, is text, as a list's
    entry's is: its link was taken for code, and a link to a file that does not exist was not told (a review); a
    block indented further is code."""
    body = (
        "Inactive\n"  # line 7
        ":   Less than 30 minutes a week.\n"
        "\n"
        "    See [the survey](survey-2026.md).\n"  # 10: the definition's paragraph
        "\n"
        "        [the minutes](minutes.md)\n"  # 12: code
    )
    write_files(project, {**COVERED, "evidence/p.md": md(EVIDENCE, body)})
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config + "markdown_extensions:\n  - def_list\n")
    warned = [where(p) for p in project.problems() if p.code == "broken-link"]
    assert warned == ["evidence/p.md:10: warning"]


def test_every_line_of_placeholder_text_is_warned_of_at_once(project: Project) -> None:
    """Only the first line still holding the template's text was named: each fix from GitHub's editor showed the
    next, a commit and a check each (a careless-user review). Every one is named, at its line."""
    first, second = ITEM_TYPES["evidence"].placeholder_lines
    write_files(project, {**COVERED, "evidence/p.md": md(EVIDENCE, f"{first}\n\nOurs.\n\n{second}\n")})
    found = [(p.line, p.message.split('"')[1]) for p in project.problems() if p.code == "template-text"]
    assert found == [(7, first), (11, second)], found


def test_a_templates_sample_row_and_the_carried_improvements_note_are_placeholder_text(project: Project) -> None:
    """An action's "| First step | Month year |", and the note of the assessor's improvements `--from-previous`
    writes ("... then delete this note:"), left in, passed `check --strict` and were printed to the assessor (a
    journey's review): each is named at its line; the table's heading row is not."""
    action = "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jo\ndue: 2027-01-01"
    body = "## What we will do\n\n| Step | By |\n|------|----|\n| First step | Month year |\n"
    assessment = "title: S\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    note = (
        "**What action can we take: the assessor's improvements.** The assessor's report asked for these. Move each "
        "under it, then delete this note:\n\n- More partners.\n"
    )
    # a case study's outcomes table as the template gives it (its sample row, once an empty one, which nothing
    # told and the public page showed: a review of valid portfolios); a row of the team's own is theirs
    study = "title: C\ntype: case-study\nmaps_to: partnerships/do\ndate: 2026-01-01\nsummary: S"
    table = "## Outcomes\n\n| Measure | Before | After |\n|---|---|---|\n| People taking part each week | 40 | 65 |\n"
    files = {
        "evidence/a.md": md(action, body),
        "evidence/s.md": md(assessment, note),
        "evidence/c.md": md(study, table),
    }
    write_files(project, {**COVERED, **files})
    found = [(p.path, p.line) for p in project.problems() if p.code == "template-text"]
    assert found == [("evidence/a.md", 13), ("evidence/c.md", 12), ("evidence/s.md", 7)], found
    write_files(
        project,
        {"evidence/c.md": md(study, table.replace("People taking part each week | 40 | 65", "Members | 210 | 340"))},
    )
    assert [(p.path, p.line) for p in project.problems() if p.code == "template-text"] == found[::2]


def test_lists_nested_beyond_what_the_parser_can_follow_are_refused_at_their_line(project: Project) -> None:
    """40,000 lists inside each other, in brackets or with dashes, ended `portfolio check` with a segmentation
    fault (a review): libyaml's C code followed them down until the process ran out of stack."""
    for nested, line in (("[" * 40_000, 6), ("\n  " + "- " * 40_000 + "a", 7)):
        project.write("evidence/a.md", md(EVIDENCE + f"\ntags: {nested}"))
        checked = project.check()
        assert checked.code == 1, checked.stderr
        assert f"evidence/a.md:{line}: error: the YAML is nested more than 50 levels deep" in checked.stdout


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES])
def test_problem_is_found_at_its_line(project: Project, case: Case) -> None:
    assert case.code in CODES, case.code
    write_files(project, case.files)
    problems = project.problems()

    problem = the_one(problems, case.where, case.code)
    assert case.says in problem.message
    assert problem.severity == case.severity == CODES[case.code].severity
    assert str(problem).splitlines() == [str(problem)], "a problem is reported on one line"
    if case.alone:
        assert [str(p) for p in problems] == [str(problem)]
    # The verdict both doors reach: an error always fails; a mistake under --strict; a gap only with strict_gaps.
    assert problem.gap == (case.code in GAPS)
    verdicts = [failed([problem], strict, gaps) for strict, gaps in ((False, False), (True, False), (True, True))]
    if case.severity == "error":
        assert verdicts == [True, True, True]
    elif problem.gap:
        assert verdicts == [False, False, True]
    else:
        assert verdicts == [False, True, True]


# --------------------------------------------------------------------------- both doors: the same lines, verdict


def test_an_error_fails_both_doors_with_the_same_lines(project: Project) -> None:
    write_files(
        project, {**COVERED, "evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: people/plan\ndate: 2026-01-01")}
    )
    checked = project.check_in_process()
    assert checked.code == 1
    assert [where(line) for line in checked.lines] == ["evidence/a.md:3: error"]
    assert checked.stderr == "1 error, 0 warnings\n"
    built = project.build()
    assert built.failed
    lines, others = reported(built)
    assert (lines, others) == (checked.lines, [])


def test_a_script_in_a_page_or_in_a_file_fails_both_doors_with_the_same_lines(project: Project) -> None:
    """A page's own script and a page of HTML holding one (a hostile review: on the internal site, a public item's
    script read the internal pages): an error at its line for each, the same from the check and the build."""
    front = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public"
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md(front + "\nattachments: [report.htm]", "Text.\n\n<b onmouseover='x()'>Hi</b>\n"),
            "evidence/report.htm": "<html><body><SCRIPT>fetch('../int/')</SCRIPT></body></html>\n",
        },
    )
    checked = project.check_in_process()
    assert checked.code == 1
    assert [where(line) for line in checked.lines] == ["evidence/a.md:11: error", "evidence/report.htm:1: error"]
    built = project.build(audience="internal")
    assert built.failed
    assert reported(built) == (checked.lines, [])


def test_a_redirect_on_the_site_is_no_problem_and_its_key_is_known(project: Project) -> None:
    """`template: redirect.html` with a `location` on the site (a path, or the site's own full address) sends its
    readers there, as Material's template does; an item's `location` is no unknown key, "ignored" (it was told so,
    and the page redirected)."""
    front = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\ntemplate: redirect.html"
    write_files(
        project,
        {
            **COVERED,
            "mkdocs.yml": MKDOCS_YML + "site_url: https://example.org/portfolio/\n",
            "evidence/a.md": md(front + "\nlocation: ../cover/people-plan/"),
            "evidence/b.md": "---\ntitle: B\ntemplate: redirect.html\nlocation: https://example.org/portfolio/a/\n---\n",
        },
    )
    assert [str(problem) for problem in project.problems()] == []


def test_a_mistake_fails_both_doors_under_strict(project: Project) -> None:
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartner: NHS Trust")})
    checked = project.check_in_process()
    assert (checked.code, [where(line) for line in checked.lines]) == (0, ["evidence/a.md:6: warning"])
    assert project.check_in_process("--strict").code == 1
    assert project.check_in_process("--strict-gaps").code == 1
    built = project.build()
    assert not built.failed, built.error
    assert reported(built) == (checked.lines, [])
    strict = project.build(strict=True)
    assert strict.failed
    assert reported(strict) == (checked.lines, [])


@pytest.mark.parametrize(
    "validation",
    [
        "validation:\n  absolute_links: warn\n  unrecognized_links: warn\n",
        "validation:\n  links:\n    absolute_links: warn\n    unrecognized_links: warn\n",
    ],
    ids=["for-links-and-nav", "for-links"],
)
def test_link_checks_mkdocs_yml_makes_warnings_fail_both_doors_under_strict(project: Project, validation: str) -> None:
    """MkDocs' notes of absolute links and links without an extension, which mkdocs.yml's `validation` may make
    warnings: a strict build failed where `portfolio check --strict` passed (an outside review). Both doors now say
    them, at their lines, with the file meant; without `validation`, the link without an extension, which the site
    shows as plain text, is the portfolio's own warning, said alike by both doors."""
    body = "See [the plan](/files/plan.pdf) and [about](../about) and [this](../about.md).\n"
    files = {
        **COVERED,
        "evidence/about.md": "# About\n",
        "evidence/files/plan.pdf": b"%PDF-1.4\n",
        "evidence/people/b.md": md("title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", body),
    }
    write_files(project, files)
    own = [
        'evidence/people/b.md:7: warning: the link "../about" is the address of a page, which MkDocs leaves as '
        "written, so a browser reads it from this page's own address, where it leads nowhere, and the site shows it "
        "as plain text; link to the page's file instead: (../about.md)"
    ]
    assert [line for line in project.check_in_process().lines if "evidence/people/b.md" in line] == own
    assert [line for line in reported(project.build())[0] if "evidence/people/b.md" in line] == own
    project.write("mkdocs.yml", MKDOCS_YML + validation)
    checked = project.check_in_process("--strict")
    assert checked.code == 1
    assert [line for line in checked.lines if "evidence/people/b.md" in line] == [
        'evidence/people/b.md:7: warning: the link "/files/plan.pdf" starts with "/", so MkDocs leaves it as it is, '
        "and mkdocs.yml's validation makes that a warning; write it relative to this file, such as "
        "(../files/plan.pdf)",
        'evidence/people/b.md:7: warning: the link "../about" names no file (its last part has no extension, such as '
        ".md or .pdf), so MkDocs leaves it as it is, and mkdocs.yml's validation makes that a warning; link to the "
        "file itself, such as (../about.md)",
    ]
    strict = project.build(strict=True)
    assert strict.failed
    assert [line for line in reported(strict)[0] if "evidence/people/b.md" in line] == [
        line for line in checked.lines if "evidence/people/b.md" in line
    ]
    assert not any("contains an absolute link" in line or "unrecognized relative link" in line for line in strict.log)


@pytest.mark.parametrize(
    "validation",
    [
        "validation:\n  absolute_links: relative_to_docs\n",
        "validation:\n  links:\n    absolute_links: relative_to_docs\n",
    ],
    ids=["for-links-and-nav", "for-links"],
)
def test_links_from_the_top_are_read_from_evidence_where_mkdocs_yml_says_so(project: Project, validation: str) -> None:
    """With `validation: absolute_links: relative_to_docs` (MkDocs 1.6), MkDocs reads a Markdown link starting with
    "/" from evidence/: every such link was told it led outside the portfolio, a strict build failing on links that
    work, and one to no file went unsaid (a session's own finding). Both doors now read it as MkDocs does: a link
    to a file passes (and refers to it), one to no file, a page's address, a folder or a name in other capitals is
    a broken link at its line, written from the top as the fix; the site links the file."""
    body = (
        "See [the plan](/files/plan.pdf) and [about](/about.md#history).\n\n"
        "Also [gone](/files/gone.pdf), [a page](/about/), [the files](/files/) and [capitals](/Files/plan.pdf).\n"
    )
    front = "title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public"
    files = {
        **COVERED,
        "evidence/about.md": "# About\n\n## History\n",
        "evidence/files/plan.pdf": b"%PDF-1.4\n",
        "evidence/people/b.md": md(front, body),
    }
    write_files(project, files)
    project.write("mkdocs.yml", MKDOCS_YML + validation)
    expected = [
        'evidence/people/b.md:10: warning: the link "/files/gone.pdf" leads to evidence/files/gone.pdf, which does '
        'not exist (mkdocs.yml\'s validation reads a link starting with "/" from evidence/); fix the path, add the '
        "file, or take the link out",
        'evidence/people/b.md:10: warning: the link "/about/" is the address of a page, and MkDocs finds a page by '
        "its file: write (/about.md)",
        'evidence/people/b.md:10: warning: the link "/files/" leads to the folder evidence/files, which is no page of '
        "the site; link to a file in it, such as (/files/report.pdf)",
        'evidence/people/b.md:10: warning: the link "/Files/plan.pdf" leads to evidence/Files/plan.pdf, which does '
        "not exist; did you mean evidence/files/plan.pdf? If so, write (/files/plan.pdf); else fix the path, add "
        "the file, or take the link out",
    ]
    checked = project.check_in_process("--strict")
    assert sorted(line for line in checked.lines if "evidence/" in line) == sorted(expected)
    for audience in ("public", "internal"):  # (the widest build too)
        built = project.build(audience=audience)
        assert sorted(line for line in reported(built)[0] if "evidence/" in line) == sorted(expected)
        page = BeautifulSoup((built.site / "people/b/index.html").read_text(encoding="utf-8"), "html.parser")
        links = {a.get_text(): a.get("href") for a in page.select("article a[href]")}
        assert (links["the plan"], links["about"]) == ("../../files/plan.pdf", "../../about/#history")
        assert (built.site / "files/plan.pdf").is_file()
    project.write("evidence/people/b.md", md(front, body.partition("\n\n")[0]))  # (the links that work, alone)
    assert project.check_in_process("--strict").code == 0
    assert not project.build(strict=True).failed


def test_links_from_the_top_to_a_place_or_out_of_evidence_fail_both_doors(project: Project) -> None:
    """With `absolute_links: relative_to_docs`, a link from the top to a place its page lacks failed the strict build
    in MkDocs' words, where the check passed, and one climbing out (`/../about.md`), which MkDocs leaves as written,
    passed both, broken on the site (a hostile review of the first version). Both doors say each at its line."""
    body = "[a](/about.md#history) [b](/about.md#nowhere)\n\n[up](/../about.md)\n"
    front = "title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public"
    files = {**COVERED, "evidence/about.md": "# About\n\n## History\n", "evidence/people/b.md": md(front, body)}
    validation = "validation:\n  anchors: warn\n  absolute_links: relative_to_docs\n"
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + validation})
    said = [line for line in project.check_in_process("--strict").lines if "evidence/people/b.md" in line]
    assert [where(line) for line in said] == ["evidence/people/b.md:8: warning", "evidence/people/b.md:10: warning"]
    assert said[0].startswith(
        'evidence/people/b.md:8: warning: the link "/about.md#nowhere" leads to the place "#nowhere", which the page '
        "it leads to does not have"
    ), said
    assert said[1] == (
        'evidence/people/b.md:10: warning: a link on this line climbs out of evidence/ with "../", where "/" is '
        'evidence/ itself (as mkdocs.yml\'s validation reads a link starting with "/"), so MkDocs leaves it as '
        "written, and it leads nowhere on the site; write the path from evidence/, such as (/about.md)"
    )
    for audience in ("public", "internal"):  # (the widest build too)
        strict = project.build(strict=True, audience=audience)
        logged = [line.removeprefix("portfolio: ") for line in strict.log if "b.md" in line]
        assert strict.failed and sorted(logged) == sorted(said), strict.log
        assert not [line for line in strict.log if "Doc file" in line], strict.log


def test_a_rating_pasted_from_word_is_read_as_its_label(project: Project) -> None:
    """A rating, target or overall written by its label with a non-breaking space (Word's, between "Very" and
    "Good"), a tab or two spaces was refused as an unknown rating, quoting what looked like the label itself (an
    assessor's review). Any run of spaces is one, as case is none; a level that is no label is still refused."""
    sa = (
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nvisibility: public\n"
        'ratings:\n  plan: Very\u00a0Good\n  do: "very\\tgood"\n  review: VERY  GOOD\noverall: very\u00a0good\n'
        "targets:\n  plan: Very\u00a0Good"
    )
    files = {
        **COVERED,
        "framework.yml": framework("  - {id: great, label: Great}", "  - {id: great, label: Very Good}"),
        "evidence/sa.md": md(sa),
    }
    write_files(project, files)
    assert [where(problem) for problem in project.problems() if problem.code == "unknown-rating"] == []
    for audience in ("public", "internal"):  # (the widest build too)
        partnerships = project.build(audience=audience).portfolio["challenges"][0]
        assert (partnerships["rating"], partnerships["rating_source"]) == ("great", "overall")
        assert [section["rating"] for section in partnerships["sections"]] == ["great", "great", "great"]
    project.write("evidence/sa.md", md(sa.replace("review: VERY  GOOD", "review: Very Goo d")))
    assert [where(problem) for problem in project.problems() if problem.code == "unknown-rating"] == [
        "evidence/sa.md:10: error"
    ]


@pytest.mark.parametrize(
    ("label", "written"),
    [
        ("Größe", ("GRÖSSE", "Grösse", "größe")),  # ß has no capital of its own: it is written SS in capitals
        (
            "Très bien",
            (unicodedata.normalize("NFD", "très bien"), unicodedata.normalize("NFD", "TRÈS BIEN"), "Très Bien"),
        ),
    ],
)
def test_a_rating_is_read_as_its_label_in_any_capitals_and_accents_stored_either_way(
    project: Project, label: str, written: tuple[str, str, str]
) -> None:
    """A level labelled "Größe" rated "GRÖSSE", or "Très bien" rated "très bien" with its è stored as e and an accent
    (Unicode's decomposed form, as a Mac may store it), was refused as an unknown rating, told 'did you mean ...?',
    a text that looked the same (a conformance audit: SPEC.md reads a rating by its id or label, case-insensitive).
    Compared by Unicode's case folding, not lower(), of one normal form, each is read as the label, and so is the
    label stored decomposed."""
    plan, do, review = written
    sa = (
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nvisibility: public\n"
        f"ratings:\n  plan: {plan}\n  do: {do}\n  review: {review}\noverall: {plan}"
    )
    files = {
        **COVERED,
        "framework.yml": framework("  - {id: great, label: Great}", f"  - {{id: great, label: {label}}}"),
        "evidence/sa.md": md(sa),
    }
    write_files(project, files)
    assert [where(problem) for problem in project.problems() if problem.code == "unknown-rating"] == []
    partnerships = project.build(audience="public").portfolio["challenges"][0]
    assert [section["rating"] for section in partnerships["sections"]] == ["great", "great", "great"]
    assert (partnerships["rating"], partnerships["rating_source"]) == ("great", "overall")
    stored = unicodedata.normalize("NFD", label)
    project.write("framework.yml", framework("  - {id: great, label: Great}", f"  - {{id: great, label: {stored}}}"))
    project.write("evidence/sa.md", md(sa.replace(plan, unicodedata.normalize("NFC", plan))))
    assert [where(problem) for problem in project.problems() if problem.code == "unknown-rating"] == []


def test_links_to_missing_places_fail_both_doors_under_strict_where_mkdocs_yml_says_so(project: Project) -> None:
    """With `validation: {anchors: warn}`, MkDocs warns of a link to a place a page does not have as it renders the
    pages, and a strict build failed where `portfolio check --strict` passed (an outside review). The check renders
    the pages such links lead to, and names the same links, at their lines; places that are there (a heading, an id
    in raw HTML, an <a name>, a generated page's heading) pass."""
    body = (
        '## Our plan\n\n<div id="raw-place">x</div>\n\n<a name="named"></a>\n\n'
        "[a](#our-plan) [b](#raw-place) [c](#named) [d](#our-plans)\n"
        "[e](../about.md#history) [f](../about.md#future) [g](../challenges/people.md#plan) [h](../library.md#none)\n"
    )
    assessment = (  # its text, quoted on the challenge's page and in the pack, where its own heading is not (a review)
        "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-01-01\nvisibility: public\nratings: {plan: good}",
        "# Our view\n\n## Plan\n\n### What do we currently do\n\nSee [the top](#our-view).\n",
    )
    files = {
        **COVERED,
        "evidence/about.md": "# About\n\n## History\n",
        "evidence/people/b.md": md("title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", body),
        "evidence/people/sa.md": md(*assessment),
    }
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + "validation:\n  anchors: warn\n"})
    checked = project.check_in_process("--strict")
    assert checked.code == 1
    said = [line for line in checked.lines if "evidence/people/b.md" in line]
    assert [(where(line), line.split('"')[1]) for line in said] == [
        ("evidence/people/b.md:13: warning", "#our-plans"),
        ("evidence/people/b.md:14: warning", "../about.md#future"),
        ("evidence/people/b.md:14: warning", "../library.md#none"),
    ]
    assert said[0].endswith('did you mean "our-plan"?'), said[0]
    quoted = [line for line in checked.lines if "evidence/people/sa.md" in line]
    assert [where(line) for line in quoted] == ["evidence/people/sa.md:15: warning"]
    assert 'the link "#our-view" leads to the place "#our-view", which the page the portfolio makes at' in quoted[0]
    strict = project.build(strict=True)
    assert strict.failed
    # the build says them as the check does, at their lines, and MkDocs' own words (no line, no fix: a differential
    # review) are left out of its log
    built_said = {line.removeprefix("portfolio: ") for line in strict.log if "leads to the place" in line}
    assert built_said == {*said, *quoted}, strict.log
    assert not [line for line in strict.log if "Doc file" in line], strict.log
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML})  # MkDocs' default: a note, not a warning
    assert [line for line in project.check_in_process().lines if "evidence/people/b.md" in line] == []


def test_links_to_missing_places_in_pages_the_checks_audience_does_not_see_are_said(project: Project) -> None:
    """`portfolio check` for the public audience judged links to places only in the pages that audience sees: an
    internal item's link to a missing place, and a public page's link to a missing place of an internal page (which
    the public build makes text), passed it, and failed the internal build under --strict (an outside review). Every
    file's problems are said whoever sees it: the check names both at their lines, and the public build still
    passes (the widest build fails on both)."""
    internal = md(
        "title: Staff rota\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: internal",
        "## Rota\n\nSee [the rota](#rotas).\n",
    )
    public = md(
        "title: Open day\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public",
        "See [the staff rota](rota.md#rota) and [its plan](rota.md#plans).\n",
    )
    files = {**COVERED, "evidence/people/rota.md": internal, "evidence/people/open.md": public}
    mkdocs = MKDOCS_YML + "validation:\n  anchors: warn\n"
    write_files(project, {**files, "mkdocs.yml": mkdocs})
    expected = [
        ("evidence/people/open.md:8: warning", "rota.md#plans"),
        ("evidence/people/rota.md:10: warning", "#rotas"),
    ]
    for audience in ("public", "accreditor", "internal"):
        checked = project.check_in_process("--strict", "--audience", audience)
        said = [line for line in checked.lines if "leads to the place" in line]
        assert checked.code == 1 and [(where(line), line.split('"')[1]) for line in said] == expected, checked.lines
    assert said[1].endswith('did you mean "rota"?'), said[1]
    assert project.build(strict=True, audience="internal").failed
    public_build = project.build(strict=True, audience="public")
    assert not public_build.failed, public_build.log
    assert "Open day" in (public_build.site / "people" / "open" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "slugify",
    [
        "!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}",
        "!!python/name:markdown.extensions.toc.slugify_unicode",
    ],
)
def test_headings_ids_are_made_by_the_function_mkdocs_yml_names(project: Project, slugify: str) -> None:
    """Material's way to keep accented letters in headings' ids (toc's `slugify`, written as Python) was not run by
    the check: a Welsh organisation's link to `#nodau-ŵyr` failed `check --strict`, which told it to write
    `#nodau-wyr`, which failed the build (a review of valid portfolios). The check makes ids as the build does;
    a link to a place that is not there still fails both doors."""
    heading = md("title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "## Nodau ŵyr\n\nText.\n")
    extensions = f"markdown_extensions:\n  - toc:\n      permalink: true\n      slugify: {slugify}\n"
    files = {
        **COVERED,
        "evidence/people/a.md": heading,
        "evidence/people/b.md": md(
            "title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "[n](a.md#nodau-ŵyr)\n"
        ),
        "mkdocs.yml": MKDOCS_YML + "validation:\n  anchors: warn\n" + extensions,
    }
    write_files(project, files)
    checked = project.check_in_process("--strict")
    assert checked.code == 0, checked.lines
    built = project.build(strict=True)
    assert not built.failed and 'id="nodau-ŵyr"' in (built.site / "people/a/index.html").read_text("utf-8"), built.log
    write_files(project, {"evidence/people/b.md": files["evidence/people/b.md"].replace("ŵyr", "wyr")})
    checked = project.check_in_process("--strict")
    assert checked.code == 1 and any('"a.md#nodau-wyr"' in line for line in checked.lines), checked.lines
    assert project.build(strict=True).failed


def test_places_a_browser_finds_are_places_in_both_doors(project: Project) -> None:
    """A content tab's id (pymdownx.tabbed with Material's slugify) was a place MkDocs' own reading missed, and both
    doors failed the strict build of a valid portfolio (a review of valid portfolios): a place is what a browser
    finds in the page's HTML (a generated page's too); a place that is not there still fails both, at its line."""
    slugify = "!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}"
    extensions = (
        "validation:\n  anchors: warn\nmarkdown_extensions:\n  - pymdownx.superfences\n  - pymdownx.tabbed:\n"
        f"      alternate_style: true\n      slugify: {slugify}\n"
    )
    body = '=== "Phase 1"\n\n    One.\n\n=== "Phase 2"\n\n    Two.\n\nSee [phase 2](#phase-2) and [people](challenges/people.md#plan).\n'
    files = {**COVERED, "evidence/a.md": md(EVIDENCE, body), "mkdocs.yml": MKDOCS_YML + extensions}
    write_files(project, files)
    checked = project.check_in_process("--strict")
    assert not [line for line in checked.lines if "missing" in line or "leads to the place" in line], checked.lines
    built = project.build(strict=True)
    assert not built.failed and 'id="phase-2"' in built.html("a/"), built.log
    # a tag's place on the tags page, which Material's tags plugin writes as the build runs: the build judges it
    # (the check failed a valid link: a review of valid portfolios)
    tagged = md(
        EVIDENCE.replace("title: A", "title: B") + "\ntags: [nps, Older Adults]",
        "See [the NPS items](tags.md#tag:nps) and [older adults](tags.md#tag:older-adults).\n",
    )
    write_files(project, {"evidence/b.md": tagged})
    assert project.check_in_process("--strict").code == 0
    built = project.build(strict=True)
    assert not built.failed and 'id="tag:nps"' in built.html("tags/"), built.log
    # a place the tags page has not: both doors (the check passed it in a middle version: a differential review)
    write_files(project, {"evidence/b.md": tagged.replace("#tag:nps", "#tag:nope")})
    checked = project.check_in_process("--strict")
    assert checked.code == 1 and any(
        "evidence/b.md:8: warning" in line and "#tag:nope" in line for line in checked.lines
    )
    assert project.build(strict=True).failed
    write_files(project, {"evidence/b.md": tagged})
    write_files(project, {"evidence/a.md": md(EVIDENCE, body.replace("#phase-2", "#phase-3"))})
    checked = project.check_in_process("--strict")
    assert checked.code == 1 and any('"#phase-3"' in line for line in checked.lines), checked.lines
    built = project.build(strict=True)
    assert built.failed and any("evidence/a.md:15: warning" in line and "#phase-3" in line for line in built.log)


def test_a_slug_function_elsewhere_is_read_empty_and_one_that_cannot_be_made_is_named(project: Project) -> None:
    """The function named at another key of mkdocs.yml stopped the check in a traceback, and one given options it
    cannot use passed the check while the build stopped in one (a hostile review): elsewhere it is read as MkDocs'
    other Python values are, empty; as toc's slugify, options it cannot use are an error at their line."""
    tag = "!!python/name:markdown.extensions.toc.slugify"
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", f"  font: false\n  features: {tag}\n"))
    checked = project.check_in_process()
    assert checked.code in (0, 1) and "NamedFunction" not in "".join(checked.lines), checked.lines
    for bogus in (
        "!!python/object/apply:pymdownx.slugs.slugify {kwds: {normalize: BOGUS}}",
        "!!python/object/apply:pymdownx.slugs.slugify [{case: fold}]",  # (its options as a list: a review)
    ):
        project.write("mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - toc:\n      slugify: {bogus}\n")
        checked = project.check_in_process()
        assert checked.code == 1 and any(
            line.startswith(
                "mkdocs.yml:14: error: the function pymdownx.slugs.slugify that slugify names cannot be made"
            )
            for line in checked.lines
        ), checked.lines


def test_links_of_the_intro_to_missing_places_and_a_framework_with_errors_under_anchor_validation(
    project: Project,
) -> None:
    """The intro's text (evidence/index.md), which the overview and the pack quote, was not looked at, and the strict
    build failed where the check passed; and with a framework in error, the check stopped in a traceback (a
    differential review). The intro's links are named at their lines; the framework's error is said alone."""
    files = {
        **COVERED,
        "evidence/about.md": "# About\n\n## History\n",
        "evidence/index.md": "# Welcome\n\nSee [our history](about.md#history) and [x](about.md#nope).\n\n[y](#nowhere)\n",
        "mkdocs.yml": MKDOCS_YML + "validation:\n  anchors: warn\n",
    }
    files["evidence/guide.md"] = "# Guide\n\n## Nowhere\n\nSee [below](#nope) and [here](#nowhere).\n"
    write_files(project, files)
    checked = project.check_in_process("--strict")
    # a link of the same address in a page no generated page quotes is not the intro's (a review named it there)
    assert [line.split(": warning")[0] for line in checked.lines if 'link "#nope"' in line] == ["evidence/guide.md:5"]
    assert [line.split(": warning")[0] for line in checked.lines if 'link "#nowhere"' in line] == [
        "evidence/index.md:5"
    ]
    said = [line for line in checked.lines if line.startswith("evidence/index.md")]
    assert checked.code == 1 and [(where(line), line.split('"')[1]) for line in said] == [
        ("evidence/index.md:3: warning", "about.md#nope"),
        ("evidence/index.md:5: warning", "#nowhere"),
    ], checked.lines
    strict = project.build(strict=True)
    assert strict.failed and any("about.md#nope" in line for line in strict.log), strict.log
    write_files(project, {"framework.yml": FRAMEWORK.replace("rollup: median", "rollup: average")})
    checked = project.check_in_process()
    assert checked.code == 1 and [line for line in checked.lines if ": error: " in line] == [
        'framework.yml:12: error: unknown rollup "average"; did you mean "mean"?'
    ], checked.lines


@pytest.mark.parametrize("key", ["exclude_docs", "draft_docs"])
def test_an_item_mkdocs_yml_leaves_out_is_no_evidence_and_a_link_to_it_says_why(project: Project, key: str) -> None:
    """exclude_docs (or draft_docs) in mkdocs.yml left an item's page out of the site without a word, while it
    still counted as evidence, in portfolio.json and on the generated pages, which linked to its missing page (a
    careless-user review). It is left out of the portfolio too, counted as withheld; a link to it says why."""
    write_files(
        project,
        {
            **COVERED,
            "mkdocs.yml": MKDOCS_YML + f"{key}: |\n  drafts/*.md\n",
            "evidence/drafts/kanaryleftoutzz.md": evidence("people/plan", title="Kanaryleftoutzz"),
            "evidence/guide.md": "# Guide\n\nSee [the draft](drafts/kanaryleftoutzz.md).\n",
        },
    )
    said = (
        'evidence/guide.md:3: warning: the link "drafts/kanaryleftoutzz.md" leads to '
        "evidence/drafts/kanaryleftoutzz.md, which exclude_docs or draft_docs of mkdocs.yml leave out of every build"
    )
    checked = project.check_in_process()
    assert [line for line in checked.lines if line.startswith("evidence/")] == [
        said + "; link to another page, or take the file out of those patterns"
    ]
    built = project.build(audience="internal")
    assert not built.failed and any(said in line for line in built.log), built.log
    portfolio = json.loads((built.site / "portfolio.json").read_text(encoding="utf-8"))
    assert "drafts/kanaryleftoutzz" not in [entry["id"] for entry in portfolio["items"]]
    assert portfolio["withheld"] >= 1 and portfolio["withheld_items"] == 1  # an item (an outside review: 0)
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in built.site.rglob("*.html")]
    assert texts and not any("kanaryleftoutzz" in text.lower() for text in texts)
    assert not (built.site / "drafts").exists()


def test_a_quiet_strict_build_fails_on_a_mistake_and_not_on_a_gap(project: Project) -> None:
    """`mkdocs build --strict --quiet` passed with a mistake (a conformance review): MkDocs' quiet log drops
    warnings before its strict count sees them. The portfolio's own count stops it; a gap still passes."""
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "--strict", "-d", str(project.root / "site")]
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartner: NHS Trust")})
    built = subprocess.run(command, cwd=project.root, env=environment, capture_output=True, text=True)
    assert built.returncode == 1, built.stderr
    said = "Aborted with 1 warning of the portfolio in 'strict' mode! `portfolio check` lists them"
    assert said in built.stdout + built.stderr and "Traceback" not in built.stderr, built.stderr
    loud = subprocess.run(command[:4] + command[5:], cwd=project.root, env=environment, capture_output=True, text=True)
    assert loud.returncode == 1 and "evidence/a.md:6: warning" in loud.stderr, loud.stderr
    write_files(project, {"evidence/a.md": md(EVIDENCE + "\npartners: [NHS Trust]")})
    project.item(
        "act.md", "title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-26"
    )
    assert [p.code for p in project.problems()] == ["overdue-action"]
    built = subprocess.run(command, cwd=project.root, env=environment, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr


def test_a_gap_fails_both_doors_under_strict_only_when_asked(project: Project) -> None:
    write_files(
        project,
        {
            **COVERED,
            "evidence/act.md": md(
                "title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-26"
            ),
        },
    )
    checked = project.check_in_process("--strict")
    assert (checked.code, [where(line) for line in checked.lines]) == (0, ["evidence/act.md:7: warning"])
    assert project.check_in_process("--strict-gaps").code == 1
    strict = project.build(strict=True)
    assert reported(strict) == (checked.lines, [])
    assert not strict.failed, f"mkdocs build --strict fails on a gap; portfolio check --strict passes: {strict.error}"

    project.write("mkdocs.yml", STRICT_GAPS_YML)
    assert project.check_in_process().code == 0
    assert project.check_in_process("--strict").code == 1
    strict = project.build(strict=True)
    assert strict.failed
    assert reported(strict) == (checked.lines, [])


def test_every_problem_is_reported_before_the_build_fails(project: Project) -> None:
    write_files(
        project,
        {
            "evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/z/b.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30"),
            "evidence/m.md": "---\ntitle: never closed\n",
        },
    )
    checked = project.check_in_process()
    assert checked.code == 1
    errors = [where(line) for line in checked.lines if ": error: " in line]
    assert errors == ["evidence/a.md:3: error", "evidence/m.md:1: error", "evidence/z/b.md:5: error"]
    built = project.build()
    assert built.failed
    assert reported(built) == (checked.lines, [])
    # The errors are counted in the message that stops the build.
    assert any(BUILD_STOPPED.match(line) and "3 errors" in line for line in built.log) or "3 errors" in built.error


def test_a_clean_project_passes_both_doors_under_strict(project: Project) -> None:
    """Files mkdocs.yml uses (logo, extra_css) or pages link (an image) are no problem; nor is anything else."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/images/logo.png": b"\x89PNG",
            "evidence/stylesheets/extra.css": "body {}\n",
            "evidence/images/photo.jpg": b"\xff\xd8\xff\xe0",
            "evidence/about.md": "# About\n\n![Our team](images/photo.jpg)\n",
            "mkdocs.yml": MKDOCS_YML.replace("  font: false\n", "  font: false\n  logo: images/logo.png\n")
            + "extra_css: [stylesheets/extra.css]\n",
        },
    )
    checked = project.check_in_process("--strict-gaps")
    assert (checked.code, checked.lines) == (0, [])
    built = project.build(strict=True)
    assert not built.failed, built.error
    assert built.warnings == []


def test_the_real_command_reports_problems_and_exits_1(project: Project) -> None:
    """`portfolio check` as a user runs it: a new Python, a real exit code, the lines on stdout."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01\npartner: NHS"),
        },
    )
    checked = project.check()
    assert "Traceback" not in checked.stderr
    assert checked.code == 1
    assert [where(line) for line in checked.lines] == ["evidence/a.md:3: error", "evidence/a.md:6: warning"]
    assert checked.lines == project.check_in_process().lines
    assert checked.stderr.strip() == "1 error, 1 warning"


def test_the_real_command_exits_2_for_a_folder_that_does_not_exist(project: Project) -> None:
    result = project.run("check", str(project.root / "no-such-folder"))
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


# --------------------------------------------------------------- one verdict: both doors over every bad input


@dataclass(frozen=True)
class Input:
    """Files that make a project bad, for the agreement test."""

    name: str
    files: Tree
    errors: bool
    root: bool = False

    @property
    def framework(self) -> Content | None:
        return self.files.get("framework.yml")

    @property
    def folder(self) -> str:
        return "evidence/" + re.sub(r"[^A-Za-z0-9-]+", "-", self.name) + "/"

    def placed(self) -> Tree:
        """Its files, each under a folder of its own (evidence/<name>/...) unless they must stay at the top; the
        items of COVERED stay where they are, shared by every input of a project."""
        if self.root:
            return dict(self.files)
        inside = [path for path in self.files if path.startswith("evidence/")]
        moved = {path: self.folder + path.removeprefix("evidence/") for path in inside}
        return {
            (path if COVERED.get(path) == content else moved.get(path, path)): content
            for path, content in self.files.items()
        }

    def home(self) -> str | None:
        """Where at least one of its problems must be: its folder, or framework.yml; None when that depends on
        the rest of the project (coverage), or for files that must stay at the top."""
        case = next((c for c in CASES if c.name == self.name), None)
        if case and case.code in ("uncovered-section", "unbacked-rating"):
            return None
        if self.name.startswith("bad-framework-") or (case and case.where.startswith("framework.yml:")):
            return "framework.yml:"
        if self.root:
            return None
        return self.folder


def _already_an_error(mkdocs_line: str, check_lines: list[str]) -> bool:
    """Whether MkDocs' own warning concerns a file that `portfolio check` already reports an error in (MkDocs
    excludes one of two files at one address, a url-clash): it then adds nothing that check does not say."""
    named = re.findall(r"'([^']+)'", mkdocs_line)
    errors = {REPORTED.match(line)["path"] for line in check_lines if ": error: " in line}
    return any(f"evidence/{name}" in errors for name in named)


def every_bad_input() -> list[Input]:
    inputs = [Input(case.name, case.files, case.severity == "error", case.root) for case in CASES]
    nowhere = Link("evidence/nowhere.md", dangling=True)
    inputs.append(Input("nasty-items", {**NASTY_ITEMS, "evidence/broken-link.md": nowhere}, True, True))
    inputs += [
        Input(f"bad-framework-{name}", {"framework.yml": text, **FRAMEWORK_USERS}, True, True)
        for name, text in BAD_FRAMEWORKS.items()
    ]
    return inputs


def batches(inputs: list[Input]) -> list[tuple[list[Input], Tree]]:
    """As few projects as possible: inputs that share a framework and a kind (errors stop the build before any
    page is rendered, so inputs with warnings only get projects of their own, built whole) share a project,
    each in its own folder, unless they write different files at one path."""
    projects: list[tuple[tuple[object, bool], list[Input], Tree]] = []
    for entry in inputs:
        key = (entry.framework, entry.errors)
        files = entry.placed()
        for project_key, members, held in projects:
            if project_key == key and all(held.get(path, content) == content for path, content in files.items()):
                members.append(entry)
                held.update(files)
                break
        else:
            projects.append((key, [entry], dict(files)))
    return [(members, files) for _, members, files in projects]


def test_a_tab_under_a_key_that_opens_a_block_is_read_into_that_block() -> None:
    """A tab indenting `question:` under `do:` (indented 6) is read as the 8 spaces that put it under `do:`: read as
    4, it was told a second error, "indented 4 spaces, where the lines above and below it are indented 6", or a key
    of the challenge, "did you mean sections?" (a careless organisation's review). (Not a Case: a framework's case
    is a batch of its own in test_both_doors_agree_on_every_bad_input.)"""
    from evidence_portfolio.reading.yaml_lines import load_yaml, pasted_characters

    text = framework("      do:\n        question: How do you work", "      do:\n\tquestion: How do you work")
    repaired, problems = pasted_characters(text)
    assert [(problem.line, problem.code) for problem in problems] == [(23, "tab-indent")]
    assert load_yaml(repaired)["challenges"][0]["sections"]["do"]["question"].startswith("How do you work")


def test_a_line_of_a_quoted_text_starting_with_a_word_in_curly_quotes_is_no_key() -> None:
    """A text in straight quotes over two lines, the second starting `“Excellent”: ...`, is valid YAML: it was
    refused as a key in curly quotes, stopping the build (a review). Only a line outside a quoted text is a key's."""
    from evidence_portfolio.reading.yaml_lines import load_yaml, pasted_characters

    for text in (
        'summary: "The assessor said\n  \u201cExcellent\u201d: our work"\ntype: evidence\n',
        "summary: 'It''s\n  \u201cExcellent\u201d: our work'\ntype: evidence\n",
        '- "A\n  \u201cB\u201d: c"\n',
    ):
        repaired, problems = pasted_characters(text)
        assert problems == [] and repaired == text and load_yaml(text), text
    repaired, problems = pasted_characters('summary: "Done"\n\u201ctype\u201d: evidence\n')
    assert [(problem.line, problem.code) for problem in problems] == [(1, "curly-quotes")]
    assert load_yaml(repaired) == {"summary": "Done", "type": "evidence"}


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        pytest.param(
            "id: test-standard",
            "id: -green",
            'framework.yml:1: error: framework id "-green" must start with a letter or a digit, not a hyphen (e.g. '
            'quest-partnerships); write "green" instead',
            id="a-framework-id-starting-with-a-hyphen",
        ),
        pytest.param(
            "id: test-standard",
            "id: " + "green-" * 25,
            "framework.yml:1: error: framework id is 150 characters long, and an id may have at most 100 (the id is a "
            'short name for the framework: its full name goes on the line "title:"); write a shorter one, such as "',
            id="a-framework-id-too-long",
        ),
        pytest.param(
            "rollup: median",
            "rollup: median\nmetrics:\n  - {id: -nps, label: NPS, kind: nps, section: partnerships}",
            'framework.yml:14: error: metric id "-nps" must start with a letter or a digit, not a hyphen (e.g. '
            'partner-nps); write "nps" instead',
            id="a-metric-id-starting-with-a-hyphen",
        ),
        pytest.param(
            "{id: plan, label: Plan}",
            "{id: " + "plan-" * 25 + ", label: Plan}",
            "framework.yml:9: error: section id is 125 characters long, and an id may have at most 100 (a section's id "
            'is written in items\' maps_to and ratings: its full name goes on the line "label:")',
            id="a-section-id-too-long",
        ),
    ],
)
def test_an_id_is_told_what_is_wrong_with_it_and_why(old: str, new: str, says: str) -> None:
    """`id: -green` was told to be "lowercase letters, digits and hyphens", which it is; a framework's id of 150
    characters was told of a challenge's folder (an audit): each is told its own fault, and the reason of its kind."""
    from evidence_portfolio.reading.framework_file import parse_framework

    framework, problems = parse_framework(FRAMEWORK.replace(old, new), "framework.yml")
    assert framework is None and len(problems) == 1, problems
    assert str(problems[0]).startswith(says), problems[0]


BLOCK_SECTIONS = FRAMEWORK.replace(
    "  - {id: plan, label: Plan}\n  - {id: do, label: Do}\n",
    "  - id: plan\n    label: PLAN\n  - id: do\n    label: DO\n",
)
"""FRAMEWORK with its first two sections written a key a line: the label of "plan" on line 10, the id of "do" on
line 11, its label on line 12, the section "review" on line 13."""


@pytest.mark.parametrize(
    ("old", "new", "place", "says"),
    [
        pytest.param(
            "label: DO",
            "label: Plan",
            "framework.yml:12: error",
            'the label "Plan" of section "do" is read as the label "PLAN" of section "plan" (line 10), as names are '
            "compared (in any capitals): a self-assessment's heading \"## Plan\" could be either section's, and the "
            "text under one of them would be left out of its page and of the pack; change this label (or the other)",
            id="two-sections-with-one-label",
        ),
        pytest.param(
            "label: PLAN",
            "label: Do",
            "framework.yml:11: error",
            'the id "do" of section "do" is read as the label "Do" of section "plan" (line 10), as names are compared '
            "(in any capitals): a self-assessment's heading \"## Do\" could be either section's",
            id="a-section-labelled-with-the-id-of-the-next",
        ),
        pytest.param(
            "label: PLAN",
            "label: Doing & reviewing",
            "framework.yml:13: error",
            'the label "Doing and reviewing" of section "review" is read as the label "Doing & reviewing" of section '
            '"plan" (line 10), as names are compared (in any capitals): a self-assessment\'s heading "## Doing and '
            "reviewing\" could be either section's",
            id="labels-a-heading-reads-alike",
        ),
        pytest.param(
            "{id: great, label: Great}",
            "{id: great, label: good}",
            "framework.yml:7: error",
            'the label "good" of rating level "great" is read as the label "Good" of rating level "good" (line 6), as '
            'names are compared (in any capitals): a rating "good" could name either level; change this label (or the '
            "other), so that each rating level has an id and a label of its own",
            id="a-rating-level-labelled-with-the-name-of-another",
        ),
    ],
)
def test_two_sections_or_levels_called_alike_are_an_error_at_the_second(
    project: Project, old: str, new: str, place: str, says: str
) -> None:
    """Two sections with one label, or a section labelled with another's id, were accepted: a self-assessment's
    heading "## Vision" went to the second, and the text under the other was left out of the pack (an audit). The
    names are compared as the headings are (in any capitals, "&" as "and"), and as ratings are for the rating
    scale, by one check of both lists."""
    text = BLOCK_SECTIONS.replace(old, new)
    if "Doing" in new:
        text = text.replace("{id: review, label: Review}", "{id: review, label: Doing and reviewing}")
    project.write("framework.yml", text)
    problems = [p for p in project.problems() if p.path == "framework.yml"]
    assert [(where(p), p.code) for p in problems] == [(place, "duplicate-id")], problems
    assert says in problems[0].message


def test_sections_whose_labels_differ_only_in_a_stage_number_are_no_problem() -> None:
    """Labels that differ in a number of their own ("Stage 1 Review", "Stage 2 Review") are each a heading of their
    own, as is a section's label that is its own id."""
    from evidence_portfolio.reading.framework_file import parse_framework

    text = FRAMEWORK.replace("label: Plan}", "label: Stage 1 Review}").replace(
        "label: Review}", "label: Stage 2 Review}"
    )
    framework, problems = parse_framework(text.replace("{id: do, label: Do}", "{id: do, label: do}"), "framework.yml")
    assert framework is not None and not problems, problems


NUMBERED = """\
id: 2026
title: Numbers
rating_scale:
  - {id: 1, label: Poor}
  - {id: 2, label: Fair}
  - 3
  - {id: 4, label: Great}
sections:
  - {id: 1, label: Plan}
  - 2
challenges:
  - id: 7
    title: Seven
    sections:
      1:
        question: How do you plan?
      2:
        question: What do you do?
metrics:
  - {id: 10, label: Partners, kind: count, section: 7}
"""
"""A framework whose every id is a whole number, as YAML reads `id: 2026`."""


def test_ids_written_as_whole_numbers_are_ids(project: Project) -> None:
    """`id: 2026`, `- {id: 1, label: Poor}` were refused ("must be text, not a number"), where the spec's ids
    allow them (an audit): each is read as its digits, a self-assessment's `1: 2` rates the section "1" at the level
    "2", a heading names a section by its label or its id, and portfolio.json gives the ids as text."""
    write_files(
        project,
        {
            "framework.yml": NUMBERED,
            "evidence/sa.md": md(
                "title: S\ntype: self-assessment\nchallenge: '7'\ndate: 2026-10-01\nratings:\n  1: 2\n  2: Great",
                "## Plan\n\nCANARY-PLAN\n\n## 2\n\nCANARY-TWO\n",
            ),
            "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: [7/1, 7/2]\ndate: 2026-10-01"),
        },
    )
    assert [str(p) for p in project.problems()] == []
    built = project.build(strict=True)
    assert not built.failed, built.log
    data = json.loads((built.site / "portfolio.json").read_text(encoding="utf-8"))
    assert data["framework"]["id"] == "2026"
    assert [level["id"] for level in data["framework"]["rating_scale"]] == ["1", "2", "3", "4"]
    [challenge] = data["challenges"]
    assert (challenge["id"], challenge["url"]) == ("7", "challenges/7/")
    assert [(s["id"], s["label"], s["rating"]) for s in challenge["sections"]] == [("1", "Plan", "2"), ("2", "2", "4")]
    page = (built.site / "challenges/7/index.html").read_text(encoding="utf-8")
    assert "CANARY-PLAN" in page and "CANARY-TWO" in page


def test_both_doors_agree_on_every_bad_input(tmp_path: Path) -> None:
    """`portfolio check --strict` and `mkdocs build --strict` report the same `PATH:LINE: severity` lines (the
    same lines, in fact) and reach the same verdict, for every bad input of this file."""
    disagreements = []
    projects = batches(every_bad_input())
    assert len(projects) < 80, len(projects)  # each batch is a check and a build: the suite stays fast
    for number, (members, files) in enumerate(projects):
        project = Project(tmp_path / f"batch-{number}")
        project.root.mkdir()
        write_files(project, {"framework.yml": FRAMEWORK, "mkdocs.yml": MKDOCS_YML, **files})
        (project.root / "evidence").mkdir(exist_ok=True)
        names = ", ".join(member.name for member in members)

        checked = project.check_in_process("--strict")
        built = project.build(strict=True)
        lines, others = reported(built)
        same_places = {where(line) for line in lines} == {where(line) for line in checked.lines}
        if not same_places or Counter(lines) != Counter(checked.lines):
            disagreements.append(
                f"[{names}] the doors report different lines:\n  check only: "
                + "\n  check only: ".join(sorted(set(checked.lines) - set(lines)))
                + "\n  build only: "
                + "\n  build only: ".join(sorted(set(lines) - set(checked.lines)))
            )
        others = [line for line in others if not _already_an_error(line, checked.lines)]
        if others:
            disagreements.append(f"[{names}] the build warns of what check does not report:\n  " + "\n  ".join(others))
        if (checked.code == 1) != built.failed:
            disagreements.append(
                f"[{names}] check --strict exits {checked.code}, the strict build "
                f"{'fails' if built.failed else 'passes'} ({built.error}); check's lines:\n  "
                + "\n  ".join(checked.lines)
            )
        # No input passes by testing nothing: each gives a problem in its own folder (or in framework.yml).
        for member in members:
            home = member.home()
            if home is not None:
                assert any(line.startswith(home) for line in checked.lines), (member.name, home, checked.lines)
    assert not disagreements, "\n\n".join(disagreements)


# --------------------------------------------------------------------------------------- what is NOT a problem


def test_covered_project_is_clean(project: Project) -> None:
    write_files(project, COVERED)
    assert project.problems() == []


def test_what_a_word_processor_may_rightly_write_is_no_problem(project: Project) -> None:
    """Curly quotes inside a value, dashes, tabs and colons in a block text, a name with a comma in a list, a URL
    after a key: read as written, with no message."""
    front_matter = (
        "title: The \u201cMove More\u201d partnership\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        'partners: ["Smith, Jones and Co"]\nsummary: |\n  \u2013 one: \u201ctwo\u201d\n  \tthree:four\n'
        "description: A value that goes on\n  title:on the next line"
    )
    write_files(project, {**COVERED, "evidence/a.md": md(front_matter)})
    assert [str(p) for p in project.problems()] == []
    item = next(i for i in project.build().portfolio["items"] if i["id"] == "a")
    assert item["title"] == "The \u201cMove More\u201d partnership"
    assert item["partners"] == ["Smith, Jones and Co"]


def test_an_attachment_with_a_colon_in_its_name_is_attached(project: Project) -> None:
    """`files/meeting 10:30.pdf` was said to be outside evidence/ (an outside review): only a name that starts as an
    address of elsewhere (a scheme, a drive) is; the file is attached, published and linked from the panel."""
    files = {
        "evidence/a.md": md(EVIDENCE + "\nvisibility: public\nattachments: ['files/meeting 10:30.pdf', 'C:/x.pdf']"),
        "evidence/files/meeting 10:30.pdf": b"%PDF-1.4 kanarycolonzz\n",
    }
    write_files(project, {**COVERED, **files})
    windows = ("evidence/files/meeting 10:30.pdf:1: warning", "file-name")  # a name Windows cannot hold
    assert [(where(p), p.code) for p in project.problems()] == [("evidence/a.md:7: error", "outside-evidence"), windows]
    write_files(
        project, {**COVERED, **files, "evidence/a.md": md(EVIDENCE + "\nattachments: ['files/meeting 10:30.pdf']")}
    )
    assert [(where(p), p.code) for p in project.problems()] == [windows]
    for audience in ("public", "internal"):
        built = project.build(audience=audience)
        assert (built.site / "files/meeting 10:30.pdf").is_file() == (audience == "internal")
    assert 'href="../files/meeting%2010%3A30.pdf"' in built.html("a/")


def test_a_visibility_made_a_comment_that_withholds_nothing_is_no_problem(project: Project) -> None:
    """Only a plain page published although a commented line would withhold it is an error: an item without
    `visibility` is internal, and a page that sets its own is read by it."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md(EVIDENCE + "\n# visibility: public"),
            "evidence/about.md": "---\ntitle: About\n# visibility: public\n---\nText.\n",
            "evidence/team.md": "---\ntitle: Team\nvisibility: accreditor\n# visibility: internal\n---\nText.\n",
        },
    )
    assert [str(p) for p in project.problems()] == []


def test_item_exactly_max_age_old_or_dated_on_the_build_date_is_no_problem(project: Project) -> None:
    write_files(
        project,
        {
            **{k: v for k, v in COVERED.items() if "partnerships-do" not in k},
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: case-study\nmaps_to: partnerships/do\ndate: 2025-11-27"),
            "evidence/today.md": md("title: Today\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-11-27"),
        },
    )
    # Not stale, so it also covers partnerships/do; not in the future: no problem at all.
    assert project.problems() == []


def test_done_action_past_due_and_action_due_today_are_not_overdue(project: Project) -> None:
    write_files(
        project,
        {
            **COVERED,
            "evidence/done.md": md(
                "title: Done\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-02-01\nstatus: done"
            ),
            "evidence/today.md": md(
                "title: Today\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-27"
            ),
            "evidence/later.md": md(
                "title: Later\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01\nstatus: planned"
            ),
        },
    )
    assert project.problems() == []


def test_lowest_rating_or_covered_section_needs_no_backing(project: Project) -> None:
    write_files(
        project,
        {
            **{k: v for k, v in COVERED.items() if "partnerships-review" not in k},
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\n"
                "ratings:\n  plan: great\n  do: good\n  review: poor\noverall: great"
            ),
        },
    )
    # Only the uncovered review section is reported.
    assert [(where(p), p.code) for p in project.problems()] == [("framework.yml:26: warning", "uncovered-section")]


def test_self_assessments_on_different_dates_or_challenges_do_not_clash(project: Project) -> None:
    write_files(
        project,
        {
            **COVERED,
            "evidence/sa/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"),
            "evidence/sa/b.md": md("title: B\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-02"),
            "evidence/sa/c.md": md("title: C\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01"),
        },
    )
    assert project.problems() == []


def test_symlink_to_a_page_inside_evidence_is_no_problem(project: Project) -> None:
    write_files(project, {**COVERED, "evidence/guides/how.md": "# How we work\n"})
    os.symlink(project.root / "evidence/guides/how.md", project.root / "evidence/how.md")
    assert project.problems() == []


def test_a_symlink_to_an_item_is_its_other_name_and_counts_once(project: Project) -> None:
    """A shortcut (symbolic link) to an item, and a shortcut to that shortcut, were read as two more items: the
    section counted three supporting items for one (a careless-user review). The item counts once, under its own
    name; each shortcut is left out of the site, with a warning naming both, and its own warnings (the item's, said
    again) go with it. Both doors agree; the widest build holds the item, once."""
    write_files(project, {**COVERED, "framework.yml": framework("min_evidence: 1\n", "min_evidence: 3\n")})
    project.write(
        "evidence/cover/people-plan.md", md(EVIDENCE.replace("partnerships/plan", "people/plan") + "\ncolour: red")
    )
    (project.root / "evidence/short").mkdir()
    os.symlink("../cover/people-plan.md", project.root / "evidence/short/cut.md")
    os.symlink("short/cut.md", project.root / "evidence/a-chain.md")
    problems = project.problems()
    other_names = [(p.path, p.line, p.code) for p in problems if p.code == "another-name"]
    assert other_names == [("evidence/a-chain.md", 1, "another-name"), ("evidence/short/cut.md", 1, "another-name")]
    assert "another name of the item evidence/cover/people-plan.md (a symbolic link to it)" in problems[0].message
    (people,) = [p.message for p in problems if p.code == "uncovered-section" and '"people"' in p.message]
    assert "it has 1 supporting item of the 3" in people, people
    assert [(p.path, p.line) for p in problems if p.code == "unknown-key"] == [("evidence/cover/people-plan.md", 6)]
    checked = project.check()
    assert "evidence/short/cut.md:1: warning: this file is another name of the item" in checked.stdout
    built = project.build(audience="internal")
    assert not built.failed, built.log
    ids = [item["id"] for item in built.portfolio["items"]]
    assert ids.count("cover/people-plan") == 1 and not [i for i in ids if "cut" in i or "chain" in i], ids
    assert (built.site / "cover/people-plan/index.html").is_file()
    assert not (built.site / "short").exists() and not (built.site / "a-chain").exists()


def test_a_symlink_to_an_item_with_attachments_beside_it_is_its_other_name(project: Project) -> None:
    """A shortcut in another folder to an item that attaches a file beside it was read as a page whose attachment
    does not exist (beside the shortcut): an error that stopped every build, where a shortcut to an item without
    attachments is its other name (a hostile review). It is its other name too; the item is built, once."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/int/files/minutes.pdf": b"%PDF-1.4\n%%EOF\n",
            "evidence/int/minutes.md": md(EVIDENCE + "\nattachments: [files/minutes.pdf]"),
        },
    )
    (project.root / "evidence/pub").mkdir()
    os.symlink("../int/minutes.md", project.root / "evidence/pub/shortcut.md")
    problems = project.problems()
    assert [(p.path, p.line, p.code) for p in problems if "shortcut" in p.path] == [
        ("evidence/pub/shortcut.md", 1, "another-name")
    ], problems
    assert not problems.errors, problems.errors
    built = project.build(audience="internal")
    assert not built.failed, built.log
    ids = [item["id"] for item in built.portfolio["items"]]
    assert ids.count("int/minutes") == 1 and not [i for i in ids if "shortcut" in i], ids
    assert (built.site / "int/files/minutes.pdf").is_file() and not (built.site / "pub/shortcut").exists()


def test_links_that_resolve_are_no_problem(project: Project) -> None:
    write_files(
        project,
        {
            **COVERED,
            "evidence/files/plan.pdf": b"%PDF-1.4",
            "evidence/a.md": md(
                EVIDENCE,
                "See [the plan](files/plan.pdf), [a page](cover/people-plan.md) and [ref].\n\n"
                "[ref]: files/plan.pdf\n\n`[code](missing.pdf)`\n",
            ),
        },
    )
    assert project.problems() == []


@pytest.mark.parametrize(
    ("written", "said"), [("3 years", "write 1095 for 3 years"), ("18 Months", "write 540 for 18 months")]
)
def test_a_number_of_days_written_as_a_time_is_told_its_days(tmp_path: Path, written: str, said: str) -> None:
    """`max_evidence_age_days: 3 years` was told only that it must be a whole number (a careless organisation's
    review): it is told the days it is."""
    from evidence_portfolio.reading.framework_file import load_framework

    path = tmp_path / "framework.yml"
    path.write_text(framework("min_evidence: 1\n", f"min_evidence: 1\nmax_evidence_age_days: {written}\n"))
    _, problems = load_framework(path, "framework.yml")
    assert [p.message.split("; ", 1)[1] for p in problems] == [f"it is a number of days: {said}"], problems


def test_a_title_in_straight_quotes_holding_brackets_is_no_mistake(project: Project) -> None:
    """`[plan](https://example.org/plan "Plan (2026)")`, which python-markdown reads with its title, was told its
    title was not closed (read to its first ")"), and to write it `"Plan (2026"` (a false-positive review)."""
    body = 'The [plan](https://example.org/plan "Plan (2026)") is agreed.\n'
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, body)})
    assert [p.message for p in project.problems() if p.path == "evidence/a.md"] == []


def test_footnotes_are_no_links_and_definitions_with_titles_are(project: Project) -> None:
    """`[^1]: text` is a footnote, and `[label]: word more words` no definition (python-markdown reads neither as
    a link); a definition with a title, on its line or the next, is one."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE,
                "A claim[^1], another[^n].\n\n"  # line 7
                "[^1]: Minutes\n"  # line 9
                "[^n]: The board's minutes, 2026.\n"  # line 10
                "[note]: Some words after a bracket\n"  # line 11
                '[one]: gone.pdf "The title"\n'  # line 12
                "[two]: away.pdf\n"  # line 13
                "    (Another title)\n",
            ),
            "mkdocs.yml": MKDOCS_YML + "markdown_extensions:\n  - footnotes\n",  # (else the footnotes show as typed)
        },
    )
    assert [(where(p), p.code) for p in project.problems()] == [
        ("evidence/a.md:12: warning", "broken-link"),
        ("evidence/a.md:13: warning", "broken-link"),
    ]


# ------------------------------------------------------------------------------------- reporting as a whole


def test_framework_and_item_problems_are_reported_together(project: Project) -> None:
    write_files(
        project,
        {
            "framework.yml": framework(
                "  - {id: review, label: Review}\n", "  - {id: review, label: Review}\n  - {id: do, label: Doing}\n"
            ),
            "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 14/05/2026"),
        },
    )
    problems = project.problems()
    the_one(problems, "framework.yml:12: error", "duplicate-id")
    the_one(problems, "evidence/a.md:5: error", "bad-date")


def test_github_format(project: Project) -> None:
    """Errors are errors and warnings warnings, gaps included (SPEC 5: they are reported like any warning); the
    mistakes come before the gaps, since GitHub shows the first ten warnings of a step."""
    write_files(
        project,
        {
            "evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
            "evidence/b.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nsumary: x"),
        },
    )
    checked = project.check_in_process("--format", "github")
    assert checked.code == 1
    assert checked.lines[0] == '::error file=evidence/a.md,line=3::unknown type "evidnce"; did you mean "evidence"?'
    assert checked.lines[1].startswith("::warning file=evidence/b.md,line=6::"), checked.stdout
    assert all(line.startswith(("::error ", "::warning ")) for line in checked.lines), checked.stdout
    gaps = [line for line in checked.lines if "is not covered" in line]
    assert gaps and gaps == checked.lines[-len(gaps) :], checked.stdout
    assert any(line.startswith("::warning file=framework.yml,line=23::") for line in gaps), checked.stdout


def test_github_format_escapes_messages_and_file_names(project: Project) -> None:
    """GitHub's workflow commands end the file property at "," and the command at "::"; "%", CR and LF are
    escaped everywhere."""
    annotation = github_annotation(Problem("evidence/a, b: c.md", 3, "error", "unknown-type", "50% done\r\nnext: line"))
    assert annotation == "::error file=evidence/a%2C b%3A c.md,line=3::50%25 done%0D%0Anext: line"
    # a terminal's escapes, from a file's text: shown as spaces, as the text output shows them (a fuzz)
    escaped = github_annotation(Problem("framework.yml", 1, "error", "unknown-type", "x\x1b]0;pwned\x07\x1b[31mRED"))
    assert escaped == "::error file=framework.yml,line=1::x ]0;pwned  [31mRED", escaped

    write_files(
        project,
        {**COVERED, "evidence/a, b: c.md": md("title: A\ntype: evidnce\nmaps_to: people/plan\ndate: 2026-01-01")},
    )
    checked = project.check_in_process("--format", "github")
    assert checked.code == 1
    assert checked.lines == [
        '::error file=evidence/a%2C b%3A c.md,line=3::unknown type "evidnce"; did you mean "evidence"?',
        '::warning file=evidence/a%2C b%3A c.md,line=1::Windows cannot hold this name (it has ":"), so a colleague '
        "on Windows cannot download the portfolio, nor open this file from the assessor's pack; rename the file "
        '(such as "a, b - c.md")',
    ]


def test_json_format(project: Project) -> None:
    write_files(project, {"evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")})
    checked = project.check_in_process("--format", "json")
    assert checked.code == 1
    problems = json.loads(checked.stdout)
    assert isinstance(problems, list)
    assert all(set(problem) == {"path", "line", "severity", "code", "gap", "message"} for problem in problems)
    assert {
        "path": "evidence/a.md",
        "line": 3,
        "severity": "error",
        "code": "unknown-type",
        "gap": False,
        "message": 'unknown type "evidnce"; did you mean "evidence"?',
    } in problems
    assert any(
        (p["path"], p["line"], p["severity"], p["code"], p["gap"])
        == ("framework.yml", 20, "warning", "uncovered-section", True)
        for p in problems
    ), problems


def test_json_format_clean_project_is_empty_list(project: Project) -> None:
    write_files(project, COVERED)
    checked = project.check_in_process("--format", "json", "--strict-gaps")
    assert checked.code == 0
    assert json.loads(checked.stdout) == []


def test_project_without_evidence_folder_exits_2(project: Project) -> None:
    (project.root / "evidence").rmdir()
    result = project.check_in_process()
    assert result.code == 2
    assert result.stdout == "" and "evidence/" in result.stderr


def test_wrong_kind_message_is_not_self_contradictory(project: Project) -> None:
    write_files(
        project,
        {
            "evidence/a.md": md(
                'title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: ["", older-adults]'
            ),
            "evidence/b.md": md(
                "title: !!binary aGVsbG8=\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
            ),
        },
    )
    problems = project.problems()
    tags = [p for p in problems if where(p) == "evidence/a.md:6: error"]
    title = the_one(problems, "evidence/b.md:2: error", "yaml-syntax")  # (a tag is not read: a fuzzer's find)
    assert tags, problems
    assert all("must be text, not text" not in str(p) for p in [*tags, title])


def section_headings(project: Project, body: str, framework: str = FRAMEWORK) -> list[tuple[int, str]]:
    """(line, message) of each section-heading problem of a self-assessment of partnerships whose body is `body`,
    under `framework`."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    write_files(project, {**COVERED, "framework.yml": framework, "evidence/sa.md": md(head, body)})
    return [(p.line, p.message) for p in project.problems() if p.code == "section-heading"]


def test_a_heading_in_two_languages_names_the_section_no_other_heading_names(project: Project) -> None:
    """`## Plan / Cynllunio` and `## Mesur / Do` were told to name no section, their text left out of the pack (a
    review of valid portfolios); `## Key points / review` above `## Review` names none, as before."""
    body = (
        "## Plan / Cynllunio\n\nWe plan.\n\n## Gwneud / Do\n\nWe do.\n\n## Key points / review\n\nPoints.\n\n"
        "## Review\n\nWe review.\n"
    )
    found = [(line, message[:46]) for line, message in section_headings(project, body)]
    assert found == [(15, 'the heading "Key points / review" names no sec')], found
    assert_narratives(project.build(audience="internal"), {"plan": "We plan.", "do": "We do.", "review": "We review."})


def test_a_public_page_that_speaks_of_confidentiality_is_not_taken_for_a_marked_one(project: Project) -> None:
    """A page's marking is a line of a marking's words alone, at its top or its foot: a page about confidentiality,
    private hire or staff, or a heading of those words among others, is a page for everyone; the page that carries
    a marking is told (the test tests something)."""
    files = {
        **COVERED,
        "evidence/staff.md": "# Our staff\n\n## Staff\n\nOur staff are great. Only the best.\n",
        "evidence/hire.md": "# Private hire\n\nBook the hall for private parties. Internal doors are wide.\n",
        "evidence/data.md": "# Confidentiality\n\nWe keep your data confidential and secure.\n",
        "evidence/report.md": "# Safeguarding\n\n## Confidential reporting line\n\nCall us.\n",
        "evidence/rules.md": "# Rules\n\nDo not run by the pool.\n\n**Only** members may use the gym.\n",
        "evidence/guide.md": "# Guide\n\n```\nCONFIDENTIAL\n```\n",
        # (a review of the first version: a timetable's cell, a phone's extension, a contact's words at the foot)
        "evidence/times.md": "# Pool\n\n| 18:00 | Private |\n|---|---|\n",
        "evidence/contacts.md": "# Contacts\n\nInternal: 2345\n",
        "evidence/complaints.md": "# Complaints\n\nWrite to us.\n\nWe reply.\n\nOur team.\n\nIn confidence\n",
        # (a review of the second version: a list of labels, a group's label in bold, a word alone under a title)
        "evidence/labels.md": "# Labels\n\n- Public\n- Internal\n- Confidential\n\nWe publish the public ones.\n",
        "evidence/who.md": "# Who we work with\n\n**Internal**\n\n- Our board.\n\n**External**\n\n- Partners.\n",
        "evidence/notes.md": "# Notes\n\nRestricted\n\nText.\n",
        "evidence/foot.md": "# Labels\n\nText.\n\nMore.\n\n- PUBLIC\n- INTERNAL\n- CONFIDENTIAL\n",
        # (a review of valid portfolios: how to mark the envelope of a complaint, above the address)
        "evidence/envelope.md": "# Complaints\n\nMark the envelope:\n\nPRIVATE & CONFIDENTIAL<br>\nHead of Governance<br>\n"
        "SA31 1NH\n",
        "evidence/letter.md": "# Complaints\n\nWrite to us.\n\nMark it:\n\nPRIVATE AND CONFIDENTIAL  \nThe Chair  \nSA31 1NH\n",
        "evidence/post.md": "# Complaints\n\nMark your envelope:\n\nPRIVATE AND CONFIDENTIAL\nSafeguarding Lead\nThe Trust\n",
        "evidence/writing.md": "# Complaints\n\nOr complain in writing to:\n\nPRIVATE AND CONFIDENTIAL  \nThe Manager  \n"
        "AV1 2CD\n",
        "evidence/foi.md": "# FOI\n\nOr sent to:\n\nPRIVATE AND CONFIDENTIAL\nInformation Governance Officer\nSA31 1JP\n",
    }
    write_files(project, files)
    assert [p for p in project.problems() if p.code == "front-matter-unread"] == []
    write_files(project, {"evidence/rules.md": "# Rules\n\nCONFIDENTIAL\n\nDo not run.\n"})
    write_files(project, {"evidence/letter.md": "# Minutes\n\nText.\n\nMore.\n\nPRIVATE AND CONFIDENTIAL<br>\n"})
    # a banner with a line of text under it, but no letter to mark above it (a hostile review of the first version)
    write_files(project, {"evidence/board.md": "# Board minutes\n\nCONFIDENTIAL\nNot for circulation.\n\nText.\n"})
    write_files(project, {"evidence/foot.md": "# Pool\n\nText.\n\nMore.\n\nINTERNAL USE ONLY\nThe Trust 2026\n"})
    # under a line of a letter, a banner above no address, or a key (a hostile review of the second version)
    write_files(project, {"evidence/staff.md": "# Letter to all staff\nCONFIDENTIAL\nThe board agreed.\n"})
    write_files(project, {"evidence/hr.md": "Please send questions to HR.\n\nPRIVATE AND CONFIDENTIAL\nThe pay.\n"})
    write_files(project, {"evidence/key.md": "Letter to staff\nAudience: staff only\nHead of HR\n"})
    # under a heading ending in a colon, above a sentence naming a manager (a hostile review of the third version)
    write_files(project, {"evidence/log.md": "# Log, 3 March:\n\nCONFIDENTIAL\nThe duty manager reported.\n"})
    found = sorted(p.path for p in project.problems() if p.code == "front-matter-unread")
    assert found == [
        *("evidence/board.md", "evidence/foot.md", "evidence/hr.md", "evidence/key.md", "evidence/letter.md"),
        *("evidence/log.md", "evidence/rules.md", "evidence/staff.md"),
    ], found


def test_an_example_of_front_matter_in_a_guide_s_code_is_no_second_item(project: Project) -> None:
    """A guide showing an item's front matter, in a fenced block far down its text, is a page for everyone (a second
    item's front matter is said outside code alone: the test tests something); a second item's keeping it from the
    public, far down a public item's text, is said however it is written (a hostile review: a list unindented)."""
    example = "---\ntitle: Forum notes\ntype: evidence\nmaps_to: partnerships/do\n---\n"
    text = "".join(f"Line {n}.\n" for n in range(45)) + "\n```yaml\n" + example + "```\n"
    write_files(project, {**COVERED, "evidence/guide.md": md("title: How to add an item", text)})
    assert [p for p in project.problems() if p.code == "front-matter-unread"] == []
    write_files(project, {"evidence/guide.md": md(EVIDENCE, text.replace("```yaml\n", "").replace("```\n", ""))})
    found = [(p.path, p.line) for p in project.problems() if p.code == "front-matter-unread"]
    assert found == [("evidence/guide.md", 53)], found
    kept = "---\nTitle: Hearing\nmaps_to:\n- partnerships/do\n# for HR\nvisibility: internal\n----\n"
    write_files(project, {"evidence/guide.md": md(EVIDENCE, text.replace("```yaml\n" + example + "```\n", kept))})
    found = [(p.path, p.line) for p in project.problems() if p.code == "front-matter-unread"]
    assert found == [("evidence/guide.md", 53)], found
    # entries of a list further down, a line of which reads as a key keeping a page (a review of valid portfolios)
    entries = (
        "---\nPartner: Ashby Vale Motors\nVisibility: Logo on our posters\n\n"
        "---\nCourse: Manual handling\nAudience: All staff\nLength: half a day\n\n"
        "---\nTitle: Replace the pool cover\nType: Action\nOwner: Jo\n\n"
    )
    write_files(project, {"evidence/guide.md": md(EVIDENCE, text.replace("```yaml\n" + example + "```\n", entries))})
    assert [p for p in project.problems() if p.code == "front-matter-unread"] == []
    # as written otherwise past those lines (a hostile review of the second version: each was published)
    for block in (
        "\u2013\u2013\u2013\ntitle: Pay\ntype: evidence\nmaps_to: partnerships/do\n\u2013\u2013\u2013\n",
        "---\u00a0\ntitle: Pay\ntype: evidence\nmaps_to: partnerships/do\n---\n",
        "---\n\nvisibility: internal\n---\n",
        "---\n# copied from the template\nvisibility: internal\n---\n",
        "Staff notes\n---\nvisibility:internal\n---\n",
        "> ---\n> visibility: internal\n> ---\n",
        # a second item internal by default, a blank line under its dashes; a <pre> named in a sentence above it
        "---\n\ntitle: Restructure\ntype: case study\nmaps_to: partnerships/do\n---\n",
        "Wrap a table in `<pre>` tags.\n\n---\ntitle: Pay\ntype: evidence\nmaps_to: partnerships/do\n---\n",
        # below a fence never closed, which Markdown shows as text (a hostile review)
        "```\nexample\n\n---\ntitle: Pay\ntype: evidence\nmaps_to: partnerships/do\nvisibility: internal\n---\n",
    ):
        public = md(EVIDENCE + "\nvisibility: public", text.replace("```yaml\n" + example + "```\n", block))
        write_files(project, {"evidence/guide.md": public})
        said = [p.line for p in project.problems() if p.code in ("front-matter-unread", "unread-visibility")]
        assert said and min(said) >= 53, (block, said)


def test_a_key_named_for_an_audience_is_told_visibility_only_where_it_says_yes_or_no(project: Project) -> None:
    """`published: 2026-03-01` on an internal item was told that visibility is written "visibility: public", which
    would publish it (a review of valid portfolios): the hint is for a yes or a no alone, where no visibility is
    given; `public: yes` gets it (the test tests something)."""
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\nvisibility: internal\npublished: 2026-03-01")})
    said = [p.message for p in project.problems() if p.code == "unknown-key"]
    assert len(said) == 1 and "visibility: public" not in said[0], said
    write_files(project, {"evidence/a.md": md(EVIDENCE + "\npublic: yes")})
    said = [p.message for p in project.problems() if p.code == "unknown-key"]
    assert len(said) == 1 and 'written "visibility: public"' in said[0], said


def test_a_link_to_a_nul_character_is_a_broken_link_in_every_door(project: Project) -> None:
    """`[a](%00)` ended the build, `portfolio report` and `portfolio pack` in a traceback as a path was followed (a
    fuzz's review); the check said it is broken: so do they, the build naming it at its line."""
    write_files(project, {**COVERED, "evidence/about.md": "# About\n\nSee [a](%00).\n"})
    assert [(p.path, p.line, p.code) for p in project.problems() if p.path == "evidence/about.md"] == [
        ("evidence/about.md", 3, "broken-link")
    ]
    built = project.build(audience="public")
    assert not built.failed and any("evidence/about.md:3: warning" in line for line in built.log), built.log
    report = project.command("report", str(project.root))
    assert report.code == 0 and "Traceback" not in report.stderr, report


def test_html_python_s_parser_gives_up_on_is_read_without_a_traceback(project: Project) -> None:
    """`<![foo[ x ]]>` and a character reference of thousands of digits ended the check in a traceback (a hostile
    review); the page is read, and a visibility above them still found."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/odd.md": "# Odd\n\n<![foo[ bar ]]>\n\n&#" + "9" * 5000 + ";\n",
            "evidence/kept.md": "<p>visibility: internal</p>\n\n<![foo[ bar ]]>\n",
        },
    )
    found = [(p.path, p.line) for p in project.problems() if p.code == "front-matter-unread"]
    assert found == [("evidence/kept.md", 1)], found


def test_a_page_for_everyone_in_a_section_s_folder_is_no_lost_item(project: Project) -> None:
    """A section's folder's own page, and a page there whose front matter gives its title alone, are pages meant for
    everyone, not items that lost their front matter; the same page without it is told (the test tests something)."""
    files = {
        **COVERED,
        "evidence/partnerships/do/index.md": "About this section.\n",
        "evidence/partnerships/do/about.md": "---\ntitle: About\n---\nAbout our work.\n",
        "evidence/partnerships/do/contacts.md": "---\n---\nContacts.\n",  # told as front matter of no key alone
    }
    write_files(project, files)
    assert [p for p in project.problems() if p.code == "dated-page"] == []
    assert [p.path for p in project.problems() if p.code == "empty-front-matter"] == [
        "evidence/partnerships/do/contacts.md"
    ]
    write_files(project, {"evidence/partnerships/do/about.md": "About our work.\n"})
    assert [p.path for p in project.problems() if p.code == "dated-page"] == ["evidence/partnerships/do/about.md"]


def test_a_heading_in_welsh_first_names_the_section_in_brackets(project: Project) -> None:
    """`## 2. Gwneud (Do)` named no section, its text left out of the pack; a heading above the sections or below
    them was told to be made a smaller heading "under one", which put a sign-off in the section above it (a review of
    valid portfolios). A section's name after a dash or a colon is told to be written so: `## Next steps: review`
    took the review's place (a review of a first version)."""
    body = (
        "## Pwy gymerodd ran / Who took part\n\nStaff and partners.\n\n## 1. Cynllunio (Plan)\n\nWe plan.\n\n"
        "## Gwneud (Do)\n\nWe do.\n\n## Camau nesaf \u2013 Review\n\nWe review.\n\n## Sign-off\n\nApproved.\n"
    )
    found = section_headings(project, body)
    assert [line for line, _ in found] == [7, 19, 23], found
    assert found[0][1].endswith("or, for an introduction above the sections, make it a smaller heading (###)")
    assert found[1][1].endswith(
        'for a heading in two languages, write the section\'s name in brackets or after a "/": '
        '"## Camau nesaf (Review)"'
    )
    assert found[2][1].endswith(
        "for a text of the whole self-assessment (who took part, a sign-off), move it above the first section's "
        "heading as a smaller heading (###), or make it a smaller heading under the section above"
    )
    assert_narratives(project.build(audience="internal"), {"plan": "We plan.", "do": "We do."})


def test_a_heading_naming_the_section_in_welsh_then_in_english_names_it(project: Project) -> None:
    """`## Cynllunio – Plan`, `## Gwneud: Do`, `## Adolygu | Review` were told to name no section, their text left
    out of the pack, where a Welsh organisation writes Welsh first (a review of valid portfolios); a heading whose
    words before the dash are no Welsh name of the section (`## Camau nesaf - Review`) still names none."""
    body = (
        "## **Gynllunio \u2013 Plan**\n\nWe plan.\n\n## 2. Gwneud: Do\n\nWe do.\n\n## Camau nesaf - Review\n\nNext.\n\n"
        "## Adolygu | Review\n\nWe review.\n"
    )
    found = section_headings(project, body)
    assert [line for line, _ in found] == [15], found
    assert found[0][1].startswith('the heading "Camau nesaf - Review" names no section'), found
    assert found[0][1].endswith(
        '(Plan, Do, Review), or, for a heading in two languages, write the section\'s name in brackets or after a "/": '
        '"## Camau nesaf (Review)"'
    ), found
    assert_narratives(project.build(audience="internal"), {"plan": "We plan.", "do": "We do.", "review": "We review."})


def test_a_section_labelled_with_a_number_is_named_by_a_heading_with_a_subtitle(project: Project) -> None:
    """Sections labelled "Step 1" and "2" were named by no heading "## Step 1 - Plan" or "## 2: Do" once numbers
    written otherwise were read, the label read as a number and left out (a review of valid portfolios)."""
    framework = FRAMEWORK.replace("{id: plan, label: Plan}", "{id: plan, label: Step 1}").replace(
        "{id: do, label: Do}", "{id: do, label: '2'}"
    )
    assert "label: Step 1" in framework and "label: '2'" in framework, "the test tests something"
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    body = "## Step 1 - Plan\n\nWe plan.\n\n## 2: Do\n\nWe do.\n"
    write_files(project, {**COVERED, "framework.yml": framework, "evidence/sa.md": md(head, body)})
    assert [p for p in project.problems() if p.code == "section-heading"] == []
    assert_narratives(project.build(audience="internal"), {"plan": "We plan.", "do": "We do."})


def test_git_s_marks_shown_in_code_or_a_heading_underlined_are_no_merge_left_undone(project: Project) -> None:
    """A guide to git showing a merge's marks in a fenced block, and a heading underlined with "=======", are a
    page's own text (merge-conflict is said of marks outside code, all three in order)."""
    example = "```text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n```\n\nTitle\n=======\n"
    for shown in (example, example.replace("```text\n", "<pre>\n").replace("```\n", "</pre>\n")):
        write_files(project, {**COVERED, "evidence/guide.md": md("title: Git", shown)})
        assert "merge-conflict" not in {p.code for p in project.problems()}, shown
    write_files(project, {**COVERED, "evidence/guide.md": md("title: Git", example.replace("```text\n", ""))})
    assert "merge-conflict" in {p.code for p in project.problems()}, "the test tests something"


def test_a_body_opening_with_words_and_a_colon_is_no_front_matter_below_it(project: Project) -> None:
    """A memo's "Date: 12 May", a sentence, a key the front matter holds already, or one the item's type does not
    read, at the start of a body are text, as meant: not told to move up (front-matter-below); nor is a plain page's
    (a glossary, a help page: a review of valid portfolios)."""
    head = "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    for body in (
        "Date: 12 May 2026\nAttendees: six\n",
        "note: the pool reopens in May.\n",
        "title: A\n",
        "attendees: six\n\ntags: [a]\n",
        "status: draft, to be approved at the forum.\n",
        "attendees: six\ntags: [a]\n",  # lines of text, of which one is no key of the item's (a list of definitions)
        "date: the day the referral was received.\npartners: who referred.\n",  # one the front matter holds
    ):
        write_files(project, {**COVERED, "evidence/a.md": md(head, body)})
        assert "front-matter-below" not in {p.code for p in project.problems()}, body
    glossary = md("title: Glossary", "challenge: one of the areas of the framework.\ntags: words on items.\n")
    write_files(project, {**COVERED, "evidence/a.md": glossary})
    assert "front-matter-below" not in {p.code for p in project.problems()}
    write_files(project, {**COVERED, "evidence/a.md": md(head, "tags: [a]\npartners: [B]\n")})
    assert [p.line for p in project.problems() if p.code == "front-matter-below"] == [7], "the test tests something"


def test_yaml_errors_say_how_to_fix_them(project: Project) -> None:
    write_files(project, {"evidence/a.md": md("title: Minutes: May forum\ntype: evidence")})
    problem = the_one(project.problems(), "evidence/a.md:2: error", "yaml-syntax")
    assert problem.message.endswith(
        'put the whole value in quotes, such as title: "Minutes: May"), or this line is '
        "indented more than the key above it"
    )


# ------------------------------------------------------------------------------------------------ no traceback


NASTY_ITEMS: Tree = {
    "evidence/empty.md": "",
    "evidence/only-dashes.md": "---\n",
    "evidence/empty-front-matter.md": "---\n---\n",
    "evidence/binary.md": b"\x00\x01\x02\xff\xfe\x00---\n",
    "evidence/bom.md": "\ufeff" + md(EVIDENCE),
    "evidence/crlf.md": md(EVIDENCE).replace("\n", "\r\n"),
    "evidence/deep.md": md("title: A\nx: " + "[" * 300 + "]" * 300),
    "evidence/deep-map.md": md("title: A\nx: " + "{a: " * 300 + "b" + "}" * 300),
    "evidence/laughs.md": md(
        "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
        "tags: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    ),
    "evidence/undefined-alias.md": md("title: *nothing\ntype: evidence"),
    "evidence/list-key.md": md("[a, b]: c\ntype: evidence"),
    "evidence/map-key.md": md("? {a: b}\n: c\ntype: evidence"),
    "evidence/null-key.md": md(
        "~: c\n1: d\ntrue: e\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    ),
    "evidence/type-list.md": md("title: A\ntype: [evidence]\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/type-number.md": md("title: A\ntype: 5\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/type-map.md": md("title: A\ntype: {a: b}\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/datetime.md": md(
        "title: 2026-05-14\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-14 10:00:00"
    ),
    "evidence/bad-timestamp.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30T10:00:00"),
    "evidence/weird-maps.md": md(
        'title: A\ntype: evidence\nmaps_to: [null, 5, partnerships/plan/extra, /plan, "", "partnerships/", " / "]\ndate: 2026-01-01'
    ),
    "evidence/weird-ratings.md": md(
        "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\n"
        "ratings: {plan: [good], 5: good, do: null, review: {a: b}}\noverall: 3"
    ),
    "evidence/weird-challenge.md": md(
        "title: A\ntype: self-assessment\nchallenge: {a: b}\ndate: 2026-01-01\nratings: {plan: good}"
    ),
    "evidence/python-tag.md": md("title: !!python/object/apply:os.system ['echo pwned']\ntype: evidence"),
    "evidence/custom-tag.md": md("title: !foo bar\ntype: evidence"),
    "evidence/binary-tag.md": md(
        "title: !!binary aGVsbG8=\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    ),
    "evidence/set-tag.md": md("title: !!set {a, b}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/weird-attachments.md": md(
        "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        'attachments: ["C:\\\\x.pdf", "", "files/../..", "\\\\\\\\server\\\\x", 5, ".", "files", "a\\u0000b"]'
    ),
    "evidence/weird-action.md": md(
        "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: [a, b]\ndue: yes\nstatus: true"
    ),
    "evidence/weird-visibility.md": md(
        "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: [public]"
    ),
    "evidence/plain-weird-visibility.md": md("title: A\nvisibility: 5"),
    "evidence/multi-doc.md": md("title: A\ntype: evidence\n---\nb: c"),
    "evidence/dots-close.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n...\nBody\n",
    "evidence/évidence unicode.md": md("title: Café\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/folder.md/inside.md": md(EVIDENCE),
    "evidence/index.md": md(EVIDENCE),
    "evidence/challenges/people.md": "# Clash\n",
    "evidence/pasted.md": md("title: A\u2029B\ntype: evidence\nsummary: tab\x0cform\x85next"),
    "evidence/nan.md": md("title: .nan\ntype: evidence\nmaps_to: partnerships/plan\ndate: .inf"),
}


def test_no_traceback_from_bad_items(project: Project) -> None:
    write_files(project, {**NASTY_ITEMS, "evidence/broken-link.md": Link("evidence/nowhere.md", dangling=True)})
    problems = project.problems()
    assert problems.errors
    assert all(str(p).splitlines() == [str(p)] for p in problems)
    # Each file is reported at its own path; a file that is not a page (the dangling link) too.
    reported_paths = {p.path for p in problems}
    for path in (
        "evidence/binary.md",
        "evidence/deep.md",
        "evidence/laughs.md",
        "evidence/python-tag.md",
        "evidence/index.md",
        "evidence/challenges/people.md",
        "evidence/broken-link.md",
        "evidence/pasted.md",
    ):
        assert path in reported_paths, path
    checked = project.check_in_process()
    assert checked.code == 1 and len(checked.lines) == len(problems)
    json_checked = project.check_in_process("--format", "json")
    assert [p["code"] for p in json.loads(json_checked.stdout)] == [p.code for p in problems]


def test_no_traceback_from_a_symlink_loop(project: Project) -> None:
    write_files(project, COVERED)
    os.symlink(project.root / "evidence", project.root / "evidence/cover/loop", target_is_directory=True)
    problems = project.problems()
    assert not problems.errors
    assert [(where(p), p.code) for p in problems] == [("evidence/cover/loop:1: warning", "linked-folder")]


FRAMEWORK_USERS: Tree = {
    "evidence/a.md": md(EVIDENCE),
    "evidence/sa.md": md(
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: {plan: good}"
    ),
}
"""Items that use the framework, for the bad frameworks."""

BAD_FRAMEWORKS: dict[str, Content] = {
    "empty": "",
    "null": "null\n",
    "scalar": "5\n",
    "empty-list": "[]\n",
    "not-utf8": b"\xff\xfe\x00id: x\n",
    "wrong-kinds": "id: Not A Slug\ntitle: [x]\nrating_scale: 5\nsections: {a: b}\nchallenges: [1, 2]\nrollup: 3\n",
    "level-entries": FRAMEWORK.replace(
        "  - {id: poor, label: Poor}", "  - {id: [poor], label: Poor}\n  - 7\n  - {label: x}\n  - {id: 'a b'}"
    ),
    "too-few-levels": FRAMEWORK.replace(
        "  - {id: fair, label: Fair}\n  - {id: good, label: Good}\n  - {id: great, label: Great}\n", ""
    ),
    "too-many-levels": FRAMEWORK.replace("  - {id: great, label: Great}\n", "".join(f"  - l{i}\n" for i in range(12))),
    "numbers": FRAMEWORK.replace("min_evidence: 1", "min_evidence: true\nmax_evidence_age_days: -1"),
    "non-finite-numbers": FRAMEWORK.replace("min_evidence: 1", "min_evidence: .nan\nmax_evidence_age_days: .inf"),
    "challenge-sections-list": FRAMEWORK.replace(
        "    sections:\n      plan:\n        question: How do you plan your workforce?\n        best_practice: A workforce plan.\n",
        "    sections: [plan]\n",
    ),
    "challenge-section-null": FRAMEWORK
    + "  - id: extra\n    title: Extra\n    weight: heavy\n    sections:\n      plan:\n      do: text\n      review: {best_practice: [x]}\n",
    "challenge-no-sections": FRAMEWORK + "  - id: extra\n    title: Extra\n    sections: {}\n",
    "deep": "id: x\ntitle: " + "[" * 500 + "]" * 500 + "\n",
    "tabs": "id: x\n\ttitle: y\n",
    "python-tag": "id: !!python/name:os.system\ntitle: x\n",
    "pasted": "id: x\ntitle: Test\u2028Standard\n",
}


@pytest.mark.parametrize("name", list(BAD_FRAMEWORKS))
def test_no_traceback_from_a_bad_framework(project: Project, name: str) -> None:
    write_files(project, {"framework.yml": BAD_FRAMEWORKS[name], **FRAMEWORK_USERS})
    problems = project.problems()
    assert any(p.path == "framework.yml" and p.severity == "error" for p in problems), problems
    assert all(str(p).splitlines() == [str(p)] for p in problems)


@pytest.mark.parametrize(
    ("option", "named_at"),
    [
        ("      framework: framework.yml\n", "mkdocs.yml:10: error"),  # the option to correct
        ("", "framework.yml:1: error"),  # no option: the file to create
    ],
)
def test_missing_framework_is_a_setup_problem_named_alike_by_both_doors(
    project: Project, option: str, named_at: str
) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace("      framework: framework.yml\n", option))
    (project.root / "framework.yml").unlink()
    checked = project.check_in_process("--format", "json")
    assert checked.code == 2
    [problem] = json.loads(checked.stdout)
    assert (f"{problem['path']}:{problem['line']}: error", problem["code"]) == (named_at, "missing-framework")
    assert "the framework file framework.yml does not exist; create it" in problem["message"]
    # how to bring back one deleted by mistake (a careless user's review)
    assert "comes back with `git checkout -- FILE`" in problem["message"]
    assert [(where(p), p.code) for p in project.problems()] == [(named_at, "missing-framework")]
    built = project.build()
    assert built.failed
    assert [where(line) for line in reported(built)[0]] == [named_at]


def test_a_link_from_the_top_of_the_host_is_read_as_the_site_reads_it(project: Project) -> None:
    """A link written from the top of the host ("/portfolio/files/a.pdf") published its file while both doors said
    no page referred to it; one outside site_url's path ("/files/a.pdf") leads nowhere on the published site, and
    passed without a word (a careless-user review). Both doors now read such a link as the seal does."""
    write_files(
        project,
        {
            **COVERED,
            "mkdocs.yml": MKDOCS_YML + "site_url: https://example.org/portfolio/\n",
            "evidence/files/a.pdf": "%PDF-1.4\n",
            "evidence/files/d.pdf": "%PDF-1.4\n",
            "evidence/files/e.pdf": "%PDF-1.4\n",
            "evidence/files/f.pdf": "%PDF-1.4\n",
            "evidence/guide.md": "# Guide\n\n[a](/portfolio/files/a.pdf) [b](/files/a.pdf) [c](/portfolio/nope.pdf)\n"
            "[d](/PORTFOLIO/files/d.pdf) [e](https://Example.org/portfolio//files/e.pdf) [o](https://example.org/o/)\n"
            "[f](/x/../portfolio/files/f.pdf)\n",
        },
    )
    said = [
        'evidence/guide.md:3: warning: a link on this line starts with "/", so it leads from the top of the web '
        "site, outside this portfolio (at /portfolio/); write it relative to this file",
        'evidence/guide.md:3: warning: a link on this line starts with "/", so it leads from the top of the '
        "web site, to no file of this portfolio; write it relative to this file",
    ]
    checked = project.check_in_process()
    found = [line for line in checked.lines if line.startswith("evidence/")]
    assert len(found) == 2 and all(line.startswith(s) for line, s in zip(sorted(found), said, strict=True)), found
    built = project.build()
    assert not built.failed and all(any(s in line for line in built.log) for s in said), built.log
    assert all((built.site / f"files/{name}.pdf").is_file() for name in "adef")  # as the seal reads them


def test_a_link_from_the_top_of_the_host_naming_a_pages_file_is_told(project: Project) -> None:
    """`[the award](/portfolio/cover/partnerships-do.md)`, a page's file from the top of the site (a path copied
    from the folder), is no address on the site: the site showed its words alone, and neither door said a word (a
    staff member's review). Both now say so at its line, with the link written relative to the file (in HTML, to the
    page's address); a link to the page's address from the top is still read as reaching it."""
    write_files(
        project,
        {
            **COVERED,
            "mkdocs.yml": MKDOCS_YML + "site_url: https://example.org/portfolio/\n",
            "evidence/guide.md": "# Guide\n\n[the award](/portfolio/cover/partnerships-do.md)\n\n"
            '<a href="/portfolio/cover/partnerships-do.md">raw</a>\n\n[ok](/portfolio/cover/partnerships-do/)\n\n'
            "[its part](/cover/partnerships-do.md#the-part)\n",
        },
    )
    said = [
        'evidence/guide.md:3: warning: the link "/portfolio/cover/partnerships-do.md" starts with "/" and names the '
        "file of the page evidence/cover/partnerships-do.md, which is no address on the site, so the site shows only "
        "its words; write it relative to this file: (cover/partnerships-do.md)",
        'evidence/guide.md:5: warning: the link "/portfolio/cover/partnerships-do.md" starts with "/" and names the '
        "file of the page evidence/cover/partnerships-do.md, which is no address on the site, so the site shows only "
        'its words; write it relative to this file: href="../cover/partnerships-do/"',
        # from the top of the host, without site_url's path, and its #place kept (a review of valid pages)
        'evidence/guide.md:9: warning: the link "/cover/partnerships-do.md#the-part" starts with "/" and names the '
        "file of the page evidence/cover/partnerships-do.md, which is no address on the site, and it leads from the "
        "top of the web site, outside this portfolio (at /portfolio/); write it relative to this file: "
        "(cover/partnerships-do.md#the-part)",
    ]
    checked = project.check_in_process()
    assert [line for line in checked.lines if line.startswith("evidence/")] == said, checked.lines
    built = project.build()
    assert not built.failed and all(any(s in line for line in built.log) for s in said), built.log
    page = (built.site / "guide/index.html").read_text()
    shown = page[page.index('<h1 id="guide">') : page.index("</article>")]
    assert "<p>the award</p>" in shown and "<p>raw</p>" in shown, shown
    assert '<a href="/cover/partnerships-do.md#the-part">its part</a>' in shown, shown  # (another site's address)
    assert '<a href="/portfolio/cover/partnerships-do/">ok</a>' in shown, shown


def test_an_automatic_link_to_the_site_is_read_as_a_link(project: Project) -> None:
    """An automatic link, `<https://site/x>`, was read by neither door: one to a file published it while both said no
    page referred to it, and one leading nowhere passed without a word. Both doors now read it as a link, and a full
    address is named as one (the message said it started with "/")."""
    write_files(
        project,
        {
            **COVERED,
            "mkdocs.yml": MKDOCS_YML + "site_url: https://example.org/portfolio/\n",
            "evidence/files/a.pdf": "%PDF-1.4\n",
            "evidence/guide.md": "# Guide\n\n<https://example.org/portfolio/files/a.pdf> "
            "[<https://example.org/portfolio/files/a.pdf>](files/a.pdf) `<https://example.org/portfolio/code/>`\n"
            "<https://example.org/portfolio/nope/> <https://example.org/elsewhere/> <https://other.org/portfolio/x/>\n",
        },
    )
    said = (
        "evidence/guide.md:4: warning: a link on this line is a full address on this site "
        "(https://example.org/portfolio/) that leads to no file of this portfolio; write it relative to this file"
    )
    checked = project.check_in_process()
    found = [line for line in checked.lines if line.startswith("evidence/")]
    assert len(found) == 1 and found[0].startswith(said), found
    built = project.build()
    assert not built.failed and any(said in line for line in built.log), built.log
    assert not any("guide.md:3" in line for line in built.log), built.log
    assert (built.site / "files/a.pdf").is_file()


def test_a_link_written_with_a_space_before_its_address_is_named_at_its_line(project: Project) -> None:
    """`[the agreement] (../plan/x.md)` is no link: Markdown shows it as typed, address and all, and a public build
    stops on it when the page it names is withheld, where the check said nothing (a careless-user review). Both
    doors name it at its line, in every build; prose in brackets and code are not links."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/guide.md": "# Guide\n\nSee [the agreement] (cover/partnerships-do.md), and the photo\n"
            "![our team]\t(files/team.jpg).\n\nA note [1] (2024), [sic] (e.g.), `[a] (b/c.md)` and [[n] (a/b)](cover/partnerships-do.md)\n",
        },
    )
    said = [
        'evidence/guide.md:3: warning: a link on this line is written with a space between "]" and "(", so Markdown '
        "shows it as it is typed, its address included, and links nowhere; remove the space: [text](address)",
        'evidence/guide.md:4: warning: a link on this line is written with a space between "]" and "("',
    ]
    found = sorted(str(p) for p in project.problems() if p.path == "evidence/guide.md" and p.code == "broken-link")
    assert len(found) == 2 and all(line.startswith(s) for line, s in zip(found, said, strict=True)), found
    checked = project.check_in_process()
    assert [line for line in checked.lines if "guide.md" in line and "space between" in line] == found
    built = project.build()
    assert not built.failed and all(any(s in line for line in built.log) for s in said), built.log


def test_links_markdown_shows_as_typed_are_named_at_their_lines(project: Project) -> None:
    """A link by reference whose label the page does not define (`[minutes][1]`, `[plan][]`), a picture with its parts
    the wrong way round (`!(Our pool)[pool.png]`) and a link whose ")" was left out were shown as typed, linking
    nowhere, without a word; the last was told its file did not exist (a careless contributor's review). Each is a
    broken link at its line, saying how to write it; a ")" later in the paragraph or a list's next entry does not
    close a link, nor one more ")" elsewhere on the page hide it (a differential review). Defined labels (in any
    capitals, one given in a list's entry), a checklist's box, a footnote, code, a title on the link's next line,
    and what a differential review found taken for links are not: citations (`[1][2]`), words in brackets side by
    side (`[Name] [Date]`), prices and times in brackets (`(adult)[£4.50]`), a code span across lines."""
    guide = (
        "# Guide\n\nSee the [minutes][1], the [plan][] and the [budget] [2].\n\n"  # 3
        "!(Our pool)[files/pool.png] and (the agreement)[cover/partnerships-do.md]\n\n"  # 5
        "Read [the agreement](cover/partnerships-do.md.\n\n"  # 7
        "[Kept][ok], [ok][], [OK], [it] [OK] and ![a picture][photo]; [a\nb][ok]\n\n"
        "- [ ] [x][ok]\n- [x] done\n- [ ] [Draft plan][draft]\n\n"  # 14
        "A note[^n], (see p. 5)[1] and [1] (2024), `[code][nope]` and\n"
        "[a link](cover/partnerships-do.md\n'its title'), and `(a)[b.png]`, [x](cover/partnerships-do.md \"a (b\").\n"
        '|[y](cover/partnerships-do.md "p|q")\n\n'
        "Read [about us](about.md and sign it (today).\n\n"  # 21
        "- [a list's entry](cover/partnerships-do.md\n- (its next entry)\n\n"  # 23
        "> A quote with [a link](cover/partnerships-do.md 'its title,\n> on the next line') goes on.\n\n"
        "See [a link](cover/partnerships-do.md\n- 'its title'), a paragraph's next line.\n\n"
        "- [Done]: agreed lane times with the club\n- [Note]: minutes.pdf \u201cBoard minutes\u201d\n\n"
        "Rose 12% [1][2]. Signed: [Name] [Date]. Fees (adult)[£4.50], (Q1)[2024/25], grid[i][j] and To type\n"
        "`[the minutes]\n[1]` is code.\n\n"
        "[ok]: cover/partnerships-do.md\n- [listed]: cover/partnerships-do.md\n[photo]: files/pool.png\n"
        "[^n]: A footnote. [Listed][listed] a) b) c) [empty]() [empty too]( )\n"
    )
    mkdocs = MKDOCS_YML + "markdown_extensions:\n  - footnotes\n  - pymdownx.tasklist\n"
    files = {**COVERED, "evidence/guide.md": guide, "mkdocs.yml": mkdocs}
    write_files(project, {**files, "evidence/files/pool.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    found = sorted((p.line, p.message.split('"')[1]) for p in project.problems() if p.path == "evidence/guide.md")
    assert found == [
        (3, "[minutes][1]"),
        (3, "[plan][]"),
        (5, "!(Our pool)[files/pool.png]"),
        (5, "(the agreement)[cover/partnerships-do.md]"),
        (7, "[the agreement](cover/partnerships-do.md."),
        (14, "[Draft plan][draft]"),
        (21, "[about us](about.md"),
        (23, "[a list's entry](cover/partnerships-do.md"),
    ], found
    said = {str(p).split(": warning: ")[1] for p in project.problems() if p.path == "evidence/guide.md"}
    assert {
        '"[minutes][1]" on this line is shown as it is typed: it links nowhere, as the link refers to "[1]", which '
        'this page does not define; add a line "[1]: address" to the page (below its text, on a line of its own), or '
        "write it [minutes](address)",
        '"!(Our pool)[files/pool.png]" on this line is shown as it is typed: it links nowhere, as the picture\'s parts '
        "are the wrong way round; write its words in [ ] and its address in ( ): ![Our pool](files/pool.png)",
        '"[the agreement](cover/partnerships-do.md." on this line is shown as it is typed: it links nowhere, as the '
        'link\'s address is not closed with ")"; write it [the agreement](cover/partnerships-do.md)',
    } <= said, said
    assert {p.code for p in project.problems() if p.path == "evidence/guide.md"} == {"broken-link"}
    checked = project.check_in_process("--strict")
    assert checked.code == 1 and len([line for line in checked.lines if line.startswith("evidence/guide.md")]) == 8
    built = project.build(strict=True)
    assert built.failed and len([line for line in built.log if "evidence/guide.md:" in line]) == 8, built.log


@pytest.mark.parametrize(
    ("scale", "written", "said"),
    [
        ("[poor, fair, good, great]", "Very good", '"Very good" is not on this framework\'s scale, and "good" is'),
        ("[poor, fair, good, great]", "V Good", '"V Good" is not on this framework\'s scale, and "good" is'),
        ("[poor, good, very-good]", "Very good", 'did you mean "very-good"?'),
        ("[{id: '1', label: Poor}, {id: '4', label: Great}]", "Level 4", 'did you mean "4"?'),
        ("[{id: '2', label: Ausreichend}, {id: '3', label: Gut}]", "2 Ausreichend", 'did you mean "Ausreichend"?'),
        ("[poor, good, very_good]", "Very good", 'did you mean "very_good"?'),  # (a final review)
        ("[poor, good, verygood]", "V Good", 'did you mean "verygood"?'),
        ("[{id: '4', label: Weak}, {id: '2', label: Good}]", "Very good", '"Good" (2) is another level: write one'),
        ("[poor, fair, good, great]", "Not good", '"Not good" says what it is not: write what it is, one of poor,'),
    ],
)
def test_a_rating_with_a_word_before_a_level_is_told_the_level_meant(
    tmp_path: Path, scale: str, written: str, said: str
) -> None:
    """A qualifier before a level's name ("Very good" on a scale without it) names another level, which is not
    suggested; where the scale has the level ("very-good"), or the words name one ("Level 4", a false-positive
    review), it is."""
    from evidence_portfolio.reading.framework_file import load_framework
    from evidence_portfolio.reading.item_reader import rating_hint

    path = tmp_path / "framework.yml"
    path.write_text(
        f"id: x\ntitle: X\nrating_scale: {scale}\nsections: [{{id: plan, label: Plan}}]\n"
        "challenges:\n  - id: c\n    title: C\n    sections:\n      plan: {question: Q?}\n",
        encoding="utf-8",
    )
    framework, problems = load_framework(path, "framework.yml")
    assert framework is not None, problems
    assert said in rating_hint(framework, written)


def test_a_link_by_reference_on_a_page_that_defines_none_is_named(project: Project) -> None:
    """A link by reference on a page that defines no label at all (`[minutes][1]`, its definition left out when it
    was copied from another page) was shown as typed without a word: only a page that defined others was read. It is
    a broken link at its line; citations (`[1][2]`, `[1, 2][6]`, `[Smith 2019][3]`), words in brackets side by side
    (`[Name][Date]`, a false-positive review) and a checklist's box are not."""
    body = (
        "See the [minutes][1] and the [plan][].\n\n"  # 1
        "Rose 12% [1][2], [1, 2][6], [1\u20133][7], [Smith 2019][3]. Signed: [Name] [Date], [Name][Date], [i][ii], "
        "[A][1], [ ][x], grid[i][j], `[code][c]`, [Smith et al.][12], [sic][1], [emphasis added][2].\n\n"
        "- [ ] [Draft plan][2]\n"  # 5
    )
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, body)})
    problems = [p for p in project.problems() if p.path == "evidence/a.md"]
    found = [(p.line, p.message.split('"')[1]) for p in problems if p.code == "broken-link"]
    assert found == [(7, "[minutes][1]"), (7, "[plan][]"), (11, "[Draft plan][2]")], found
    assert 'refers to "[1]", which this page does not define; add a line "[1]: address"' in problems[0].message


def test_a_link_shown_as_typed_in_an_admonition_a_tab_or_a_list_is_named(project: Project) -> None:
    """A link shown as typed in an admonition, a tab or a list's entry (its lines indented four spaces) or on a line
    with a backtick was left unread, as if it were code (a differential review against python-markdown): each is a
    broken link at its line. An indented code block (after a paragraph, or eight spaces in an admonition) and a code
    span across lines are still code."""
    body = (
        "!!! note\n    See the [minutes][1] and [the plan](plan.pdf.\n\n    More [x](b.pdf here.\n\n"  # 8, 10
        '=== "Plan"\n\n    Our [plan][1] here, with `code`.\n\n'  # 14
        "- An entry\n\n    with [a link](c.pdf\n\n"  # 18
        "Text.\n\n    code [code][c] and [y](d.pdf\n\n"  # 22: code
        "!!! note\n    Text.\n\n        code [z](e.pdf\n\n"  # 27: code
        "A `code span\n[w][1]` across lines, then [v](f.pdf\n\n"  # 30
        "> A quote\n>\n>     code [q](g.pdf\n\n"  # code in a quote
        "!!! note\n    [^n]: A footnote.\n\n        more [r](h.pdf\n\n"  # a footnote's text (a false-positive review)
        "> - An entry\n>     goes on [s](i.pdf\n\n"  # 42: more of a quote's list entry, no code (a final review)
        "[^m]: A note.\nA lazy line [t](j.pdf\n"  # 45: after a footnote, less indented
    )
    mkdocs = MKDOCS_YML + "markdown_extensions:\n  - admonition\n  - footnotes\n  - pymdownx.superfences\n"
    mkdocs += "  - pymdownx.tabbed\n"
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, body), "mkdocs.yml": mkdocs})
    found = [(p.line, p.message.split('"')[1]) for p in project.problems() if p.path == "evidence/a.md"]
    assert found == [
        (8, "[minutes][1]"),
        (8, "[the plan](plan.pdf."),
        (10, "[x](b.pdf"),
        (14, "[plan][1]"),
        (18, "[a link](c.pdf"),
        (30, "[v](f.pdf"),
        (42, "[s](i.pdf"),
        (45, "[t](j.pdf"),
    ], found
    built = project.build(strict=True)
    assert built.failed and len([line for line in built.log if "evidence/a.md:" in line]) == 8, built.log


def test_labels_of_links_by_reference_are_not_looked_for_where_they_may_come_from_elsewhere(tmp_path: Path) -> None:
    """mkdocs-autorefs finds a label among the headings of every page, and pymdownx.snippets' `auto_append` puts a
    glossary of definitions into every page: there, and in a page that copies a file in (`--8<--`), a label the page
    does not define is no mistake. A picture with its parts the wrong way round still is."""
    from evidence_portfolio.reading.links import links_shown_as_typed
    from evidence_portfolio.reading.settings import Settings

    body = "See [the plan][plan-2026] and !(Our pool)[pool.png].\n\n[plan]: plan.pdf\n"
    # a definition whose address holds a space, with a fragment; a link in angle brackets followed by no ")"
    spaced = "See [the minutes][1] and [y](<files/a b.pdf>(t)).\n\n[1]: <files/a b.pdf#page=2>\n"
    assert [written for _, written, _ in links_shown_as_typed(spaced)] == [
        "[y](<files/a b.pdf>",
        "[1]: <files/a b.pdf#page=2>",
    ]
    assert [fix.split(";")[0] for _, _, fix in links_shown_as_typed(body)] == [
        'it links nowhere, as the link refers to "[plan-2026]", which this page does not define',
        "it links nowhere, as the picture's parts are the wrong way round",
    ]
    assert [written for _, written, _ in links_shown_as_typed(body, own_labels=False)] == ["!(Our pool)[pool.png]"]
    assert [written for _, written, _ in links_shown_as_typed(body + '--8<-- "links.md"\n')] == [
        "!(Our pool)[pool.png]"
    ]
    where = {"root": tmp_path, "docs_dir": tmp_path / "evidence", "framework": tmp_path / "framework.yml"}
    assert Settings(**where).own_references
    assert not Settings(**where, plugins=frozenset(("search", "autorefs"))).own_references
    assert not Settings(**where, plugins=frozenset(("search", "include-markdown"))).own_references
    assert not Settings(**where, plugins=frozenset(("macros",))).own_references
    assert not Settings(**where, snippets={"auto_append": ["links.md"]}).own_references


def test_a_page_with_an_error_in_its_front_matter_has_its_links_checked_too(project: Project) -> None:
    """A link to a missing file was told only once the page's front matter had no error (a conformance audit: two
    rounds of fixes, nothing saying that problems were held back); not where the error is in the page's text, an
    HTML block left open, which makes the rest of the page text (see the test below)."""
    wrong = EVIDENCE.replace("partnerships/plan", "partnerships/pln")
    write_files(project, {**COVERED, "evidence/a.md": md(wrong, "See [m](missing.md).\n")})
    found = [(where(p), p.code) for p in project.problems() if p.path == "evidence/a.md"]
    assert found == [("evidence/a.md:4: error", "unknown-section"), ("evidence/a.md:7: warning", "broken-link")]
    checked = project.check_in_process()
    assert [line.split(": ")[0] for line in checked.lines if line.startswith("evidence/a.md")] == [
        "evidence/a.md:4",
        "evidence/a.md:7",
    ]


def test_a_file_a_page_with_errors_shows_is_not_a_second_problem(project: Project) -> None:
    """A photo shown by an item whose date is wrong was also said to be referred to by no page (a careless-user
    review): one typo, two problems, the second misleading."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/files/photo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "evidence/bad.md": md(EVIDENCE.replace("2026-01-01", "2026-13-01"), "![Photo](files/photo.png)\n"),
        },
    )
    assert [(where(p), p.code) for p in project.problems()] == [("evidence/bad.md:5: error", "bad-date")]


def test_a_folder_named_as_the_framework_is_named_where_mkdocs_yml_names_it(project: Project) -> None:
    """`framework: evidence` was an error of evidence:1, a folder with no line (a careless-user review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: evidence"))
    said = "mkdocs.yml:10: error: evidence is a folder, not the framework file; name the framework's file"
    checked = project.check_in_process()
    assert checked.code == 1 and [line for line in checked.lines if line.startswith(said)], checked.lines
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


@pytest.mark.parametrize(
    ("named", "what"),
    [
        ("mkdocs.yml", "holds the site's settings (site_name, plugins), not the framework"),
        ("evidence/cover/people-plan.md", "is a page of the portfolio, not the framework file"),
    ],
)
def test_a_page_or_mkdocs_yml_named_as_the_framework_is_said_to_be_one(project: Project, named: str, what: str) -> None:
    """`framework: mkdocs.yml` was read as a framework and gave a message of mkdocs.yml:1 for each key it lacks,
    and a page gave a YAML error at one of its own lines (a careless-user review); each is one error, at the
    option."""
    write_files(project, COVERED)
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", f"framework: {named}"))
    said = f"mkdocs.yml:10: error: {named} {what}; name the framework's file (framework.yml)"
    checked = project.check_in_process()
    assert checked.code == 1 and [line for line in checked.lines if ": error: " in line] == [said], checked.lines
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


def test_an_html_block_python_markdown_leaves_open_is_found_however_the_text_before_it_reads(project: Project) -> None:
    """A `<?` never closed as python-markdown closes it, `<![CDATA[`, a stray `&#`, a fence whose `{...}` it does not
    read (so no code), or a character it drops (STX) hid a `<div>` left open from the check, while python-markdown
    showed the rest of the page as typed, links' addresses included (a hostile review). With pymdownx.superfences,
    whose fences python-markdown's rules do not read (a title), a fenced `<div>` is code, not an open block."""
    write_files(project, COVERED)
    for before in (
        '<?xml version="1.0">\n\n',
        "<?>\n\n",
        "<![CDATA[ x ]>\n\n",
        "Q&#A team; see below.\n\n",
        "```{.html}}\n",
        "\x02",
    ):
        project.write("evidence/a.md", md(EVIDENCE, before + '<div class="note">\n```\n\n[The draft](b.md)\n'))
        found = [(p.line, p.code) for p in project.problems() if p.path == "evidence/a.md"]
        assert found == [(7 + before.count("\n"), "unclosed-html")], (before, found)
    card = md(EVIDENCE, '``` html title="card.html"\n<div class="card">\n```\n')
    project.write("evidence/a.md", card)
    assert [p.code for p in project.problems() if p.path == "evidence/a.md"] == ["unclosed-html"]  # python-markdown's
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config + "markdown_extensions:\n  - pymdownx.superfences\n")
    assert [p.code for p in project.problems() if p.path == "evidence/a.md"] == []
    assert not project.build(strict=True).failed


def test_a_block_md_in_html_reads_is_no_block_left_open(project: Project) -> None:
    """`<div markdown>` never closed, with md_in_html on: python-markdown reads the rest as Markdown and closes the
    block at the end; it was told that the rest was shown as typed, and stopped the build (a hostile review). A
    tag inside it without the attribute, left open, still hides the rest, and is told."""
    write_files(project, COVERED)
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config + "markdown_extensions:\n  - md_in_html\n")
    project.write("evidence/a.md", md(EVIDENCE, '<div class="note" markdown>\nSee [the draft](b.md).\n'))
    project.write("evidence/b.md", md(EVIDENCE.replace("title: A", "title: B")))
    assert [p.code for p in project.problems() if p.path == "evidence/a.md"] == []
    built = project.build(strict=True, audience="internal")
    assert not built.failed and '<a href="../b/">the draft</a>' in built.html("a/"), built.log
    for opened in ('<div class="note" markdown>\n<div>', '<div markdown="0">', "<pre markdown>", '<p markdown="off">'):
        # (md_in_html reads none of these as Markdown, whatever their attribute says: a hostile review)
        project.write("evidence/a.md", md(EVIDENCE, f"{opened}\nSee [the draft](b.md).\n"))
        found = [(p.line, p.code) for p in project.problems() if p.path == "evidence/a.md"]
        assert found == [(7, "unclosed-html")], (opened, found)


def test_a_named_pipe_named_as_the_framework_is_named_not_waited_on(project: Project) -> None:
    """`framework:` naming a named pipe left both doors waiting for ever on a read (an outside review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: pipe.yml"))
    os.mkfifo(project.root / "pipe.yml")
    said = "mkdocs.yml:10: error: pipe.yml is not a file (a named pipe, a socket or a device), not the framework file"
    checked = project.check()  # in a process of its own, stopped if it waits
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


def test_names_windows_cannot_hold_are_warned_of_with_a_name_it_can(project: Project) -> None:
    """A Mac, Linux and GitHub accept `?`, `:` or a device's name that Windows refuses: a colleague on Windows could
    not download the repository, nor an assessor unzip the pack. Each is a warning, at the name, in both doors; a
    name Windows holds is no problem."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/what next?.md": md(EVIDENCE),
            "evidence/con.md": md(EVIDENCE),
            "evidence/odd./a.md": md(EVIDENCE),
            "evidence/a.md": md(EVIDENCE + "\nattachments: ['files/Minutes 10:30.pdf']"),
            "evidence/files/Minutes 10:30.pdf": b"%PDF-1.4\n",
            "evidence/café & co (final) #2.md": md(EVIDENCE),
        },
    )

    def said(path: str, why: str, what: str, name: str) -> str:
        return (
            f"{path}:1: warning: Windows cannot hold this name ({why}), so a colleague on Windows cannot download "
            f'the portfolio, nor open this {what} from the assessor\'s pack; rename the {what} (such as "{name}")'
        )

    expected = [
        said("evidence/con.md", "Windows keeps the name CON for a device", "file", "con-file.md"),
        said("evidence/files/Minutes 10:30.pdf", 'it has ":"', "file", "Minutes 10-30.pdf"),
        said("evidence/odd.", "it ends with a dot", "folder", "odd"),
        said("evidence/what next?.md", 'it has "?"', "file", "what next.md"),
    ]
    assert sorted(str(p) for p in project.problems() if p.code == "file-name") == expected
    checked = project.check()
    assert checked.code == 0 and all(line in checked.stdout for line in expected), checked.stdout
    assert project.check("--strict").code == 1
    built = project.build()
    assert not built.failed and all(any(line in said for said in built.log) for line in expected), built.log
    assert project.build(strict=True).failed


def test_broken_mkdocs_yml_is_a_setup_problem_not_a_traceback(project: Project) -> None:
    project.write("mkdocs.yml", "site_name: [unclosed\n")
    checked = project.check_in_process()
    assert checked.code == 2
    assert "mkdocs.yml" in checked.stderr


def test_front_matter_shown_as_an_example_is_not_front_matter_unread(project: Project) -> None:
    """A guide may show front matter in a code block, indented or fenced, and a body may say "Type: case study":
    none of them is a `type` or `visibility` that was meant to be read."""
    project.write(
        "evidence/guide.md",
        "# How to add evidence\n\nWrite at the top of the file:\n\n    ---\n    type: evidence\n"
        "    visibility: internal\n    ---\n\n```yaml\ntype: case-study\nvisibility: public\n```\n",
    )
    project.write("evidence/template.md", "Copy this:\n\n```markdown\n---\ntype: evidence\n---\n```\n")
    project.write(
        "evidence/story.md",
        "---\ntitle: Story\ntype: case-study\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n---\n"
        "Type: case study\n\nVisibility: the campaign raised our profile.\n",
    )
    assert [str(p) for p in project.problems() if p.code == "front-matter-unread"] == []


def test_a_file_name_that_is_not_utf8_stops_the_build_at_its_name(project: Project) -> None:
    """A name unpacked from a Windows zip (Latin-1 bytes): the build stopped in a traceback before; now both doors
    name the file, and the build stops as for any error."""
    project.write("evidence/caf\udce9.md", "---\ntitle: Caf\n---\nText.\n")
    built = project.build()
    assert built.failed and any("evidence/caf\ufffd.md:1: error: the name of this file" in line for line in built.log)
    assert "evidence/caf\ufffd.md:1: error: the name of this file" in project.check().stdout


def test_a_link_to_a_folder_outside_evidence_stops_the_build_before_mkdocs_lists_it(project: Project) -> None:
    """MkDocs' own listing of evidence/ follows links to folders: one to / never ended. The build stops first, at
    the link, as the check does."""
    (project.root / "evidence").mkdir(parents=True, exist_ok=True)
    os.symlink("/", project.root / "evidence/disk")
    built = project.build()
    assert built.failed and any(
        "evidence/disk:1: error: this symbolic link leads outside" in line for line in built.log
    )
    assert "evidence/disk:1: error: this symbolic link leads outside" in project.check().stdout


def test_a_line_below_the_front_matter_that_agrees_with_it_is_no_error(project: Project) -> None:
    """An item whose text repeats its own type, or a wider visibility than its own: nothing would be published
    wider than the front matter says."""
    project.write(
        "evidence/a.md",
        md(
            "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: accreditor",
            "Type: evidence\n\nvisibility: public\n",
        ),
    )
    assert [str(p) for p in project.problems() if p.code == "front-matter-unread"] == []


def test_a_comment_a_quoted_hash_and_a_web_address_are_no_hash_comment(project: Project) -> None:
    project.item(
        "a.md",
        EVIDENCE + '\nvisibility: public # staff decided\nsummary: "#1 in the county"\ntags: [a, b] #not-read'
        "\npartners:\n  - Age UK  # the local branch\nlinks:\n  - https://example.org/page#part\nnotes: |\n  #kept",
    )
    assert [str(p) for p in project.problems() if p.code == "hash-comment"] == []


def test_a_character_escaped_in_a_link_is_read_as_markdown_reads_it(project: Project) -> None:
    """`[a\\_b](a\\_b.pdf)` leads to a_b.pdf, as python-markdown reads the escape: the check read the backslash as a
    slash, and said the link led to a/_b.pdf, which does not exist."""
    project.write("evidence/guide.md", "# Guide\n\nSee [the table](a\\_b.pdf).\n")
    project.write("evidence/a_b.pdf", "%PDF-1.4\n")
    assert [str(p) for p in project.problems() if p.code in ("broken-link", "unreferenced-file")] == []
    built = project.build()
    assert not built.failed and (built.site / "a_b.pdf").exists()


def test_a_backslash_in_a_link_is_read_as_python_markdown_writes_it(project: Project) -> None:
    """python-markdown keeps a reference definition's escapes (`[p]: a\\_b.pdf` leads to a/_b.pdf, broken) and undoes
    those of an inline link, pymdownx.escapeall's of any character (`(b\\eta.pdf)` is beta.pdf): a `publish`
    pattern published a file only an internal page linked to so, or the check passed a broken link (a hostile
    review). The widest build holds both files."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML + "      publish: ['downloads/*']\nmarkdown_extensions:\n  - pymdownx.escapeall\n",
    )
    project.write("evidence/downloads/staff_cuts.pdf", "%PDF-1.4 cuts\n")
    project.write("evidence/downloads/beta.pdf", "%PDF-1.4 beta\n")
    project.item(
        "int.md",
        "title: Int\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: internal",
        "See [the beta](downloads/b\\eta.pdf) and [the cuts](downloads/staff_cuts.pdf).\n",
    )
    project.item(
        "pub.md",
        "title: Pub\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public",
        "See [the plan][p].\n\n[p]: downloads/staff\\_cuts.pdf\n",
    )
    said = 'evidence/pub.md:10: warning: the link "downloads/staff\\_cuts.pdf" is written with backslashes'
    assert any(str(p).startswith(said) for p in project.problems()), [str(p) for p in project.problems()]
    assert not [p for p in project.problems() if "int.md" in p.path and p.code == "broken-link"]
    public, internal = project.build(audience="public"), project.build(audience="internal")
    assert (internal.site / "downloads/beta.pdf").is_file() and (internal.site / "downloads/staff_cuts.pdf").is_file()
    assert not (public.site / "downloads/beta.pdf").exists() and not (public.site / "downloads/staff_cuts.pdf").exists()


def test_a_link_to_a_file_on_the_contributors_computer_is_named(project: Project) -> None:
    """`![photo](C:\\Users\\priya\\photo.jpg)` passed every check and was published broken (an outside review)."""
    project.item(
        "pub/open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01",
        "![Photo](C:\\Users\\priya\\photo.jpg)\n\n![b](C:/Users/priya/b.jpg) [c](file:///C:/Users/priya/c.pdf)\n\n"
        '<img src="D:\\photos\\d.jpg" alt="d"> [the web](https://example.org/) [an item](../pub/open.md)\n\n'
        "A network drive (a careless contributor's review): [register](\\\\fs01\\Shared\\register.xlsx) "
        "[minutes](//fs01/Shared/minutes.docx) [a site](//example.org/a)\n",
    )
    # not quoted: such a path may name a withheld file, which a site's list of problems never names (a hostile review)
    named = [(p.line, p.message.split(" is ")[0]) for p in project.problems() if "is a path on a computer" in p.message]
    assert named == [
        (7, "the link on this line"),
        (9, "the first link on this line"),
        (9, "the second link on this line"),
        (11, "the first link on this line"),
        (13, "the first link on this line"),
        (13, "the second link on this line"),
    ]


def test_a_file_saved_as_utf16_is_named_as_such(project: Project) -> None:
    """Notepad's "Unicode" is UTF-16: "byte 0 cannot be read" told a contributor nothing (an outside review)."""
    text = "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n---\nBody.\n"
    project.write("evidence/a.md", text.encode("utf-16"))
    (problem,) = [p for p in project.problems() if p.code == "not-utf8"]
    assert (problem.path, problem.line) == ("evidence/a.md", 1) and "saved as UTF-16" in problem.message
    for encoding in ("utf-32", "utf-32-be"):  # whose mark starts as UTF-16's: told UTF-16 (an outside review)
        project.write("evidence/a.md", (("\ufeff" if encoding.endswith("be") else "") + text).encode(encoding))
        (problem,) = [p for p in project.problems() if p.code == "not-utf8"]
        assert problem.message.startswith("the file is saved as UTF-32, not UTF-8; open it"), (encoding, problem)
    # without the mark that says so (a fuzz of malformed input: told that line 1 had a character before its "---",
    # which no editor shows), letters past ASCII or not
    for encoding in ("utf-16-le", "utf-16-be"):
        for written in (text, text.replace("Body", "Caf\u00e9")):
            project.write("evidence/a.md", written.encode(encoding))
            (problem,) = [p for p in project.problems() if p.path == "evidence/a.md"]
            assert (problem.line, problem.code) == (1, "not-utf8") and "saved as UTF-16" in problem.message, problem


def test_a_mkdocs_yml_saved_as_utf16_with_its_mark_is_read_as_mkdocs_reads_it(project: Project) -> None:
    """MkDocs reads a mkdocs.yml saved as UTF-16 by its byte order mark, and built; the check refused it (a read of
    the forty-third session's leftovers): both doors read it, and tell its mistakes at their lines."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    for encoding in ("utf-16", "utf-16-be"):
        mark = "\ufeff" if encoding.endswith("be") else ""
        project.write("mkdocs.yml", (mark + MKDOCS_YML.replace("\n", "\r\n")).encode(encoding))
        assert project.check_in_process().code == 0, encoding
        assert not project.build(strict=True).failed, encoding
        project.write("mkdocs.yml", (mark + MKDOCS_YML + "      audience: publc\n").encode(encoding))
        done = project.check_in_process()
        told = 'mkdocs.yml:12: error: the portfolio option audience is "publc"'
        assert done.code == 2 and done.stderr.startswith(told), (encoding, done)
        assert project.build().failed, encoding
        # a mistake found by its line in the file's text: both doors stopped in a traceback (a review of the change)
        nav = MKDOCS_YML.replace("docs_dir: evidence\n", "docs_dir: evidence\nnav:\n  - Missing: nothere.md\n")
        project.write("mkdocs.yml", (mark + nav).encode(encoding))
        told = "mkdocs.yml:4: warning: the nav names a page on this line that is not under evidence/"
        assert told in project.check_in_process().stdout, encoding
        assert any(told in line for line in project.build().log), encoding
        project.write(
            "mkdocs.yml", (mark + MKDOCS_YML.replace("docs_dir: evidence", "docs_dir: evidencex")).encode(encoding)
        )
        assert project.check_in_process().stderr.startswith("mkdocs.yml:2: error: there is no evidencex/ folder")
    project.write("mkdocs.yml", MKDOCS_YML.encode("utf-32"))  # which PyYAML, and so MkDocs, does not read
    assert project.check_in_process().stderr.startswith("mkdocs.yml:1: error: the file is saved as UTF-32")


@pytest.mark.parametrize(
    ("name", "renamed"),
    [
        ("a.md.txt", "a.md"),
        ("b.md.docx", "b.md"),  # (it was "b.md.docx.md": a careless contributor's review)
        ("2026-05-14-forum", "2026-05-14-forum.md"),
        ("minutes.txt", "minutes.md"),
        ("2026-03-12-minutes.docx", "2026-03-12-minutes.md"),  # (it was "...docx.md": a novice's review)
        ("notes.md ", "notes.md"),  # (it was "notes.md .md": a careless contributor's review)
        ("notes.MD ", "notes.md"),  # (".MD", no page either: a differential review)
    ],
)
def test_an_item_saved_without_its_md_ending_is_told_so(project: Project, name: str, renamed: str) -> None:
    """Notepad's `.md.txt`, or a name typed on GitHub without `.md`: the warning said to attach the item to another
    (an outside review)."""
    project.write(f"evidence/pub/{name}", "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\n---\nBody.\n")
    project.write("evidence/pub/notes.txt", "Just notes, not linked.\n")
    found = {p.path: p.message for p in project.problems() if p.code == "unreferenced-file"}
    assert f'rename it to "{renamed}"' in found[f"evidence/pub/{name}"]
    assert "list it in the attachments" in found["evidence/pub/notes.txt"]


@pytest.mark.parametrize("broken", ["the-item", "the-framework"])
def test_a_file_a_page_read_in_part_names_is_not_said_to_be_named_by_none(project: Project, broken: str) -> None:
    """An item whose front matter does not parse, or whose measures cannot be read for an error in framework.yml:
    its attachment and survey file were each "no page refers to this file ... or remove it", a mistake that fails
    --strict, beside the error that is the one to mend (an outside review). A file nothing names still is one."""
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    metrics = "metrics:\n  - id: partner-nps\n    label: Partner NPS\n    kind: nps\n    section: partnerships/plan\n"
    project.write("framework.yml", framework + metrics)
    front_matter = (
        "title: Survey\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        "attachments: [files/Survey-Report.pdf]\n"
        "measures:\n  - metric: partner-nps\n    data: files/answers.csv\n    column: Score\n"
    )
    if broken == "the-item":
        front_matter = front_matter.replace("title: Survey", "title: [Survey")
    else:
        project.write("framework.yml", framework.replace("rollup: median", "rollup: middle") + metrics)
    project.item("pub/survey.md", front_matter)
    project.write("evidence/pub/files/survey-report.pdf", "%PDF-1.4\n")
    project.write("evidence/pub/files/answers.csv", "Score\n9\n10\n")
    project.write("evidence/pub/files/notes.txt", "Named by no page.\n")
    problems = project.problems()
    assert [p.path for p in problems if p.code == "unreferenced-file"] == ["evidence/pub/files/notes.txt"]
    assert problems.errors, "the error that is the one to mend"


def test_a_link_by_a_title_with_spaces_is_told_whole(project: Project) -> None:
    """`[the bid](Joint bid with the County)` was "the link "Joint" leads to evidence/Joint", with no word of why
    (an outside review): python-markdown reads the whole title as the address, and so is it told."""
    project.item(
        "pub/open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01",
        "See [the bid](Joint bid with the County) and [the file](missing.pdf).\n",
    )
    messages = [p.message for p in project.problems() if p.code == "broken-link"]
    assert len(messages) == 2
    assert 'the link "Joint bid with the County" leads to evidence/pub/Joint bid with the County' in messages[0]
    assert "fix the path" in messages[1]


def test_a_file_named_with_spaces_is_linked_and_published_as_python_markdown_reads_its_address(
    project: Project,
) -> None:
    """python-markdown reads `(files/May minutes.pdf)` as one address (and `(photo 1 (2).png "A title")` as one
    and a title), which MkDocs links and publishes: the check said the link led to files/May, and that no page
    referred to the file, "published to no audience" (an outside review). Both doors now read it whole."""
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE + "\nvisibility: public",
                'See [the minutes](files/May minutes.pdf) and [the plan](files/plan (v2).pdf "The plan").\n',
            ),
            "evidence/files/May minutes.pdf": b"%PDF-1.4 minutes",
            "evidence/files/plan (v2).pdf": b"%PDF-1.4 plan",
        },
    )
    assert [p for p in project.problems() if p.path.startswith("evidence/a.md") or "files/" in p.path] == []
    built = project.build(audience="public")
    assert not built.failed, built.log
    page = (built.site / "a/index.html").read_text()
    assert 'href="../files/May%20minutes.pdf"' in page and 'href="../files/plan%20%28v2%29.pdf"' in page, page
    assert (built.site / "files/May minutes.pdf").exists() and (built.site / "files/plan (v2).pdf").exists()


def test_folders_beside_evidence_are_not_walked_through_links(project: Project, tmp_path: Path) -> None:
    """Items saved in folders evidence/ has too are looked for at any depth: a loop of links there stopped the build
    in a traceback, and a folder linked to one outside the project (or to the whole disk) was walked in full (a
    hostile review). A loop is passed over; a linked folder is not walked."""
    outside = tmp_path / "outside"
    (outside / "deep").mkdir(parents=True)
    (outside / "deep/x.md").write_text(md(EVIDENCE), encoding="utf-8")
    write_files(project, {**COVERED, "cover/do/real.md": md(EVIDENCE)})
    (project.root / "cover/do/loop.md").symlink_to("loop.md")
    (project.root / "evidence/linked").mkdir()
    (project.root / "linked").symlink_to(outside)
    (project.root / "Evidence").symlink_to(outside)  # named as evidence/ but for its capital (a second review)
    said = [str(p).split(": warning")[0] for p in project.problems() if p.code == "item-outside-evidence"]
    assert said == ["cover/do/real.md:3"], said
    built = project.build()
    assert "Traceback" not in built.error and any("cover/do/real.md:3" in line for line in built.log), built.log


def test_only_items_beside_evidence_are_named_as_outside_it(project: Project) -> None:
    """Markdown that is no item (a README, a page without a type), an item deeper than one folder beside
    evidence/, or in a folder of other programs' files, a built site or a virtual environment, is not looked at;
    the same items inside evidence/ are read as items."""
    write_files(
        project,
        {
            **COVERED,
            "README.md": "# Our portfolio\n\ntype: evidence\n",
            "docs/guide.md": md("title: Guide"),
            "docs/old/item.md": md(EVIDENCE),
            "node_modules/x.md": md(EVIDENCE),
            "site/x.md": md(EVIDENCE),
            "env2/pyvenv.cfg": "home = /usr\n",
            "env2/x.md": md(EVIDENCE),
            ".github/x.md": md(EVIDENCE),
            "notes.md": md("title: Notes\ntype: minutes"),
        },
    )
    assert not [p for p in project.problems() if p.code == "item-outside-evidence"]
    project.write("docs/item.md", md(EVIDENCE))
    project.write("Evidence/partnerships/do/cap.md", md(EVIDENCE))  # evidence/ but for its capital: any depth
    assert [str(p) for p in project.problems() if p.code == "item-outside-evidence"] == [
        "Evidence/partnerships/do/cap.md:3: warning: this item (type: evidence) is outside evidence/, so no build "
        "publishes it; move it to evidence/partnerships/do/cap.md",
        "docs/item.md:3: warning: this item (type: evidence) is outside evidence/, so no build publishes it; move "
        "it to evidence/item.md",
    ]


def test_a_rating_written_as_a_number_is_the_level_of_that_id(project: Project) -> None:
    """A scale of "0" and "1" rated `only: 1` was refused with "unknown rating "1"; did you mean "1"?" (a conformance
    review); true and 7 are named as YAML writes them, not as Python does ("True")."""
    project.write(
        "framework.yml",
        'id: fw\ntitle: FW\nrating_scale: [{id: "0", label: Nought}, {id: "1"}]\nsections: [only]\nchallenges:\n'
        "  - id: solo\n    title: Solo\n    sections: {only: {question: Q}}\n",
    )
    project.write(
        "evidence/sa.md", md("title: SA\ntype: self-assessment\nchallenge: solo\ndate: 2026-01-01\nratings:\n  only: 1")
    )
    project.write(
        "evidence/sb.md",
        md("title: SB\ntype: self-assessment\nchallenge: solo\ndate: 2026-01-02\nratings:\n  only: true\noverall: 7"),
    )
    errors = [str(p) for p in project.problems() if p.severity == "error"]
    assert errors == [
        'evidence/sb.md:7: error: unknown rating "true" as rating of "only"; valid ratings: 0, 1',
        'evidence/sb.md:8: error: unknown rating "7" as overall; valid ratings: 0, 1',
    ]
    (project.root / "evidence/sb.md").unlink()
    assert project.build().portfolio["challenges"][0]["sections"][0]["rating"] == "1"


def test_two_self_assessments_of_one_date_are_named_when_one_has_another_error(project: Project) -> None:
    """The file with an error was left out before the clash was looked for, so the clash showed only once the error
    was fixed (a conformance review): one run reports both."""
    sa = "title: SA{n}\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-05-01\nratings: {{plan: {rating}}}"
    project.write("evidence/sa1.md", md(sa.format(n=1, rating="good")))
    project.write("evidence/sa2.md", md(sa.format(n=2, rating="zz")))
    found = sorted(f"{p.path}:{p.line} {p.code}" for p in project.problems() if p.severity == "error")
    assert found == [
        "evidence/sa1.md:5 duplicate-assessment",
        "evidence/sa2.md:5 duplicate-assessment",
        "evidence/sa2.md:6 unknown-rating",
    ]
    assert project.check().code == 1


def test_the_ratings_of_a_self_assessment_of_an_unknown_challenge_are_checked_too(project: Project) -> None:
    """A misspelt challenge hid the file's other mistakes, an unknown rating and a misspelt section, until it was
    mended (a careless-user review): they are checked against the framework's sections and scale, in one run."""
    project.write(
        "evidence/sa.md",
        md("title: SA\ntype: self-assessment\nchallenge: partnershps\ndate: 2026-05-01\nratings:\n  plan: superb\n"
           "  do: good\n  reveiw: good\ntargets: {review: goood}"),
    )  # fmt: skip
    found = [f"{p.path}:{p.line} {p.code}: {p.message}" for p in project.problems().errors]
    assert found == [
        'evidence/sa.md:4 unknown-challenge: unknown challenge "partnershps"; did you mean "partnerships"?',
        'evidence/sa.md:7 unknown-rating: unknown rating "superb" as rating of "plan"; valid ratings: poor, fair, good, '
        "great",
        'evidence/sa.md:9 unknown-section: unknown section "reveiw" in ratings; did you mean "review"?',
        'evidence/sa.md:10 unknown-rating: unknown rating "goood" as target of "review"; did you mean "good"?',
    ], found


@pytest.mark.parametrize("written", ["2026-05-14 10:00", '"2026-05-14 10:00"', "2026-05-14T10:00+01:00", "2026-05-14"])
def test_a_date_with_a_time_counts_as_its_day(project: Project, written: str) -> None:
    """docs/decisions.md says a date with a time counts as its day; one without seconds (which YAML leaves as text)
    was refused (a conformance review)."""
    write_files(project, COVERED)
    project.write("evidence/a.md", md(f"title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: {written}"))
    assert not project.problems().errors
    assert next(i for i in project.build().portfolio["items"] if i["id"] == "a")["date"] == "2026-05-14"


def test_a_value_that_starts_one_choice_alone_suggests_it() -> None:
    """Every example of the docs writes maps_to: partnerships/do; a framework imported from a sheet names the
    challenge partnerships-and-collaboration, and the message listed every challenge (a contributor's review)."""
    ids = ["partnerships-and-collaboration", "people-and-workforce", "people-development"]
    assert suggest("partnerships", ids) == '; did you mean "partnerships-and-collaboration"?'
    assert suggest("people", ids, "challenges").startswith("; valid challenges: ")  # two start with it: no guess


def test_a_value_of_another_number_is_not_told_the_closest_choice() -> None:
    """A rating "level 11" on a scale of ten levels was told "did you mean Level 1?" (a new organisation's review):
    a value whose number the closest choice does not have gets the list of choices."""
    levels = [f"Level {number}" for number in range(1, 11)]
    assert suggest("level 11", levels, "ratings") == f"; valid ratings: {', '.join(levels)}"
    assert suggest("levl 10", levels) == '; did you mean "Level 10"?'
    assert suggest("2026-plans", ["2026-plan", "2025-plan"]) == '; did you mean "2026-plan"?'
    assert suggest("goood", ["good", "level-2"]) == '; did you mean "good"?'
    # its digits typed in another order are the same number mistyped (an outside review: a challenge of 2027)
    ids = ["c1-community-reach", "c3-safeguarding-2027"]
    assert suggest("c3-safeguarding-2072", ids) == '; did you mean "c3-safeguarding-2027"?'
    assert suggest("c3-safeguarding-2028", ids) == f"; valid values: {', '.join(ids)}"
    # a number written with a zero before it, or without, is the same number (a conformance review: "c-1")
    assert suggest("c-1", ["c-01", "c2", "c-3x"], "challenges") == '; did you mean "c-01"?'
    assert suggest("level 010", levels) == '; did you mean "Level 10"?'


def test_a_value_holding_one_choice_as_a_word_suggests_it() -> None:
    """`type: Improvement action`, the heading of CONTRIBUTING's template for an action, was told every type (a
    careless contributor's review); a value holding two choices as words, none close to it, is told them all."""
    types = ["evidence", "case-study", "celebration", "action", "self-assessment", "assessor-report"]
    assert suggest("Improvement action", types) == '; did you mean "action"?'
    assert suggest("our big list of every evidence and action", types).startswith("; valid values: ")


def test_check_given_a_file_says_to_give_the_project(project: Project) -> None:
    """`portfolio check evidence/a.md` said only "is not a folder" (a contributor's review)."""
    project.write("evidence/a.md", md(EVIDENCE))
    done = project.command("check", str(project.root / "evidence/a.md"))
    assert done.code == 2
    assert "is a file: give the project's folder (or nothing, in it); every file is checked" in done.stderr


def test_keys_with_capitals_are_read_as_meant_so_one_run_reports_the_rest(project: Project) -> None:
    """`Title:`, `Type: Evidence`, `Maps_To:` took two rounds: unknown keys, then missing keys (a contributor's
    review). Each is named once, and the rest of the file is checked in the same run."""
    write_files(project, COVERED)
    project.write("evidence/a.md", md("Title: A\nType: Evidence\nMaps_To: partnerships/nowhere\nDate: 2026-01-01"))
    found = [f"{p.line} {p.code}" for p in project.problems() if p.path == "evidence/a.md"]
    assert found == ["2 key-case", "3 key-case", "4 key-case", "4 unknown-section", "5 key-case"]


def test_a_text_in_brackets_in_quotes_is_a_text_where_it_is_no_list_of_names(project: Project) -> None:
    """A list of names in brackets written in quotes is an error (told to remove the quotes); an assessor's sentence
    with brackets in it, and one name in brackets, were refused by the first version, told to remove quotes that
    YAML needs there (a false-positive review). They are texts, as written."""
    project.item(
        "r.md",
        "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-01-01\nassessor: A. Assessor\n"
        'ratings:\n  plan: good\nstrengths: "[Partnerships] Strong joint working with Age UK, the NHS and schools '
        '[p. 4]"\nimprovements: "[R1] Agree outcome measures, with partners"',
    )
    project.item("e.md", EVIDENCE + '\npartners: "[Name withheld]"\nauthors: "[Redacted]"')
    assert [(p.path, p.line, p.code) for p in project.problems() if p.code == "wrong-kind"] == []
    built = project.build(audience="internal")
    partners = {item["id"]: item["partners"] for item in built.portfolio["items"]}
    assert partners["e"] == ["[Name withheld]"], partners


def test_an_html_block_left_open_is_said_where_superfences_reads_the_fences(project: Project) -> None:
    """Every new portfolio turns pymdownx.superfences on (for diagrams), and an HTML block left open was looked for
    only where python-markdown's own fences are read: a `<div>` left open showed the rest of the page as typed,
    without a word (a careless contributor's review). A text without fences is read alike whatever reads them; both
    doors say it at its line."""
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("plugins:", "markdown_extensions:\n  - pymdownx.superfences\nplugins:")
    )
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, "Intro.\n\n<div>\n\n## What it shows\n\nText.\n")})
    said = "evidence/a.md:9: error: the HTML tag <div> on this line is never closed with </div>"
    found = [f"{p.path}:{p.line}: {p.severity}: {p.message}" for p in project.problems() if p.code == "unclosed-html"]
    assert len(found) == 1 and found[0].startswith(said), found
    built = project.build(audience="internal")
    assert built.failed and any(said in line for line in built.log), built.log


def test_pictures_and_pdfs_that_are_not_what_their_names_say(project: Project) -> None:
    """A text saved as a .png, an iPhone's HEIC photo, a picture of 900 million pixels and a Word document renamed
    .pdf passed both doors; the page showed broken pictures, the PDF their descriptions, the pack a file that does
    not open (a careless-user review), and so did a scanner's TIFF and a chart Word saved as a metafile (a later
    one). Each is a warning at the line that shows, links or attaches it; a real picture of any kind a browser shows
    (a JPEG named .png too), a real PDF and a HEIC or TIFF offered as a download are not."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    files: dict[str, str | bytes] = {
        "evidence/files/broken.png": "not a picture\n",
        "evidence/files/IMG_0001.jpg": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
        "evidence/files/IMG_0002.HEIC": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
        "evidence/files/huge.png": png + (30000).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00",
        "evidence/files/minutes.pdf": b"PK\x03\x04word",
        "evidence/files/fine.png": b"\xff\xd8\xff\xe0jpeg",
        "evidence/files/fine.pdf": b"%PDF-1.7\n",
        "evidence/files/SCAN0001.TIFF": b"MM\x00*\x00\x00\x00\x08",
        "evidence/files/scan.tif": b"II*\x00\x08\x00\x00\x00",
        "evidence/files/chart.emf": b"\x01\x00\x00\x00" + b"\x00" * 36 + b" EMF\x00\x00\x01\x00",
    }
    body = (
        "![a](files/broken.png) ![b](files/IMG_0001.jpg)\n![c](files/huge.png) ![d](files/fine.png)\n"
        "[e](files/minutes.pdf) [f](files/fine.pdf) [g](files/IMG_0002.HEIC)\n"
        "![h](files/SCAN0001.TIFF) ![i](files/chart.emf) [j](files/scan.tif)\n"
    )
    write_files(
        project,
        {**COVERED, **files, "evidence/a.md": md(EVIDENCE + "\nattachments: [files/minutes.pdf]", body)},
    )
    found = [(p.line, p.code, p.message.split(":", 1)[0]) for p in project.problems() if p.code == "file-content"]
    assert found == [
        (6, "file-content", '"files/minutes.pdf"'),
        (8, "file-content", '"files/IMG_0001.jpg"'),
        (8, "file-content", '"files/broken.png"'),
        (9, "file-content", '"files/huge.png"'),
        (10, "file-content", '"files/minutes.pdf"'),
        (11, "file-content", '"files/SCAN0001.TIFF"'),
        (11, "file-content", '"files/chart.emf"'),
    ], found
    messages = "\n".join(p.message for p in project.problems())
    assert "its name says PDF, but it holds a Word, Excel or PowerPoint document (or a zip)" in messages
    assert "it holds a HEIC photo (as an iPhone saves them), which browsers and the PDF do not show" in messages
    assert "it holds a TIFF picture (as a scanner saves them), which browsers and the PDF do not show" in messages
    assert "it holds a Windows metafile picture (as Word or Excel saves a chart), which browsers" in messages
    assert "the picture is 30,000 x 30,000 pixels, more than the PDF takes in" in messages
    built = project.build(audience="internal")
    assert not built.failed
    assert any(
        'evidence/a.md:8: warning: "files/broken.png": its name says it is a picture' in line for line in built.log
    )


def test_an_error_in_the_frameworks_settings_alone_hides_no_evidence_files_problem(project: Project) -> None:
    """A misspelt `rollup` in framework.yml hid every problem its items are read by it for (an unknown section, an
    unknown rating): they came one fix later (an outside review). The items are read by the framework as far as it
    could be read, in both doors. An error where the items are read by it (a section's id) still hides theirs, and
    both doors say so."""
    project.write("framework.yml", FRAMEWORK.replace("rollup: median", "rollup: average"))
    project.write("evidence/guide.md", "# Guide\n\nSee [the challenge](challenges/partnerships.md).\n")
    project.item("x.md", "title: X\ntype: evidence\nmaps_to: partnerships/chek\ndate: 2026-01-01")
    project.item(
        "sa.md",
        "title: S\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: excelent",
    )
    expected = [
        ("evidence/sa.md", 7, "unknown-rating"),
        ("evidence/x.md", 4, "unknown-section"),
        ("framework.yml", 12, "unknown-value"),
    ]
    found = [(p.path, p.line, p.code) for p in project.problems() if p.severity == "error"]
    assert found == expected, found
    assert [p for p in project.problems() if p.path == "evidence/guide.md"] == []  # its generated pages are known
    checked = project.check()
    assert checked.code == 1 and 'evidence/x.md:4: error: unknown section "chek"' in checked.stdout, checked
    assert "not checked against the framework" not in checked.stderr
    built = project.build()
    assert built.failed and any(
        line.startswith("portfolio: evidence/sa.md:7: error: unknown rating") for line in built.log
    )

    project.write("framework.yml", FRAMEWORK.replace("rollup: median", "rollup: average").replace("id: do", "id: Do!"))
    found = [(p.path, p.code) for p in project.problems() if p.severity == "error"]
    assert found and all(path == "framework.yml" for path, _ in found), found
    checked = project.check()
    assert checked.code == 1 and "the evidence files were not checked against the framework" in checked.stderr
    built = project.build()
    assert built.failed and any("the evidence files were not checked against the framework" in x for x in built.log)


def test_a_bare_relative_path_in_another_plugins_options_is_left_to_mkdocs(project: Project) -> None:
    """The portfolio reads other plugins' options as text, MkDocs' `!relative $config_dir/x` as its path: a bare
    `!relative` (the folder of a page being rendered) stopped the build, "current file is not set", where it had
    built before (a second hostile review). It is left as it is, for the plugin that reads it."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - search\n", "  - search:\n      foo: !relative\n"))
    assert "foo: !relative" in (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    built = project.build()
    assert not built.failed, built.error


def test_a_table_straight_under_a_line_of_text_is_named_at_its_heading_row(project: Project) -> None:
    """A table pasted under "Our results:" with no blank line between them is shown as text, its `|` and `---`
    marks and all, without a word from either door (a careless-user review). Both doors name the heading row of each
    such table, in an item or a plain page; a table after a blank line, a heading, a rule or in code is a table."""
    table = "| Month | Swims |\n|:--|--:|\n| May | 40 |\n"
    write_files(
        project,
        {
            **COVERED,
            "evidence/a.md": md(
                EVIDENCE, f"Our results:\n{table}\n- a list\n{table.replace('|:--|--:|', '| --- | --- |')}"
            ),
            "evidence/guide.md": f"# Guide\n{table}\nText\n\n{table}\n---\n\n* * *\n{table}\n```\nText\n{table}```\n",
        },
    )
    said = (
        "warning: this table comes straight after a line of text, so Markdown reads it as more of that text and the "
        'page shows its "|" and "---" marks as they are typed; put a blank line above the table'
    )
    found = [str(p) for p in project.problems() if p.code == "table-after-text"]
    assert found == [f"evidence/a.md:8: {said}", f"evidence/a.md:13: {said}"]
    checked = project.check_in_process()
    assert [line for line in checked.lines if "table-after-text" in line or "straight after" in line] == found
    built = project.build()
    assert not built.failed and [line for line in built.log if "straight after" in line] == [
        f"portfolio: {line}" for line in found
    ], built.log
    item = BeautifulSoup(built.html("a/"), "html.parser").select_one("article")
    guide = BeautifulSoup(built.html("guide/"), "html.parser").select_one("article")
    assert not item.select("table") and "|:--|--:|" in item.get_text()  # as the warning says
    assert len(guide.select("table")) == 3 and "| May | 40 |" in guide.select_one("pre").get_text()


def test_a_partner_spelt_otherwise_names_no_withheld_item_in_a_wider_build(project: Project) -> None:
    """A public item writing a partner otherwise than internal items do: the internal build names the internal
    item that writes it the usual way, in its log and portfolio.json; the public build shows nothing of it."""
    public = EVIDENCE + "\nvisibility: public\npartners: [Age Uk]"
    write_files(
        project,
        {
            **COVERED,
            "evidence/kanaryspeltzz/a.md": md(EVIDENCE + "\npartners: [Age UK]"),
            "evidence/kanaryspeltzz/b.md": md(EVIDENCE.replace("title: A", "title: B") + "\npartners: [Age UK]"),
            "evidence/open/c.md": md(public.replace("title: A", "title: C")),
        },
    )
    internal = project.build(audience="internal")
    assert any('evidence/open/c.md:7: warning: partner "Age Uk" is written "Age UK"' in line for line in internal.log)
    assert "kanaryspeltzz" in (internal.site / "portfolio.json").read_text(encoding="utf-8")
    built = project.build(audience="public")
    assert not built.failed and "kanaryspeltzz" not in built.all_output()
    # Both spellings on public items, and internal items of one of them: which is the usual, and how many write
    # it, told of the internal items (a hostile review read "on 3 other items" where one was public)
    project.write("evidence/open/d.md", md(public.replace("title: A", "title: D").replace("Age Uk", "Age UK")))
    for name in ("a", "b"):  # after the public items in code point order, so that one of those is the one named
        (project.root / f"evidence/kanaryspeltzz/{name}.md").rename(project.root / f"evidence/open/z{name}.md")
    internal = project.build(audience="internal")
    said = json.loads((internal.site / "portfolio.json").read_text(encoding="utf-8"))["warnings"]
    assert [w["message"][:44] for w in said if "is written" in w["message"]] == [
        'partner "Age Uk" is written "Age UK" on 3 ot'
    ], said
    built = project.build(audience="public")
    said = json.loads((built.site / "portfolio.json").read_text(encoding="utf-8"))["warnings"]
    assert not built.failed and not [w for w in said if "is written" in w["message"]], said


@pytest.mark.parametrize("written", ["unrated", "Not rated", "not-rated"])
def test_a_section_left_unrated_on_purpose_is_no_rating_dropped(project: Project, written: str) -> None:
    """A rating dropped by the latest self-assessment fails --strict, as a mistake (SPEC section 5), and left a
    section that the organisation does not rate this time no way through (a false-positive review): `review:
    unrated` says so, and is neither a rating dropped nor an unknown rating; the section is unrated, as left out."""
    before = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2025-10-01\nratings:\n  plan: good"
    later = before.replace("2025-10-01", "2026-10-01")
    write_files(
        project,
        {
            **COVERED,
            "evidence/sa-2025.md": md(before + "\n  review: fair"),
            "evidence/sa-2026.md": md(later + f"\n  review: {written}"),
        },
    )
    assert [p.code for p in project.problems() if p.path.startswith("evidence/sa")] == []
    assert project.check_in_process("--strict").code == 0
    built = project.build(strict=True)
    assert not built.failed, built.log
    partnerships = next(c for c in built.portfolio["challenges"] if c["id"] == "partnerships")
    assert [section["rating"] for section in partnerships["sections"]] == ["good", None, None]
    write_files(project, {"evidence/sa-2026.md": md(later)})  # left out: a rating dropped, which --strict fails on
    assert [p.code for p in project.problems() if p.path.startswith("evidence/sa")] == ["rating-dropped"]
    assert project.check_in_process("--strict").code == 1


def test_a_rating_dropped_tells_of_the_self_assessment_before(project: Project) -> None:
    """The warning names the self-assessment before, its date and its rating: that file is among those it tells of,
    so that `portfolio report --base` says it in no build that withholds it (a hostile review)."""
    before = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2025-10-01\nratings:\n  plan: good"
    write_files(
        project,
        {
            **COVERED,
            "evidence/sa-2025.md": md(before + "\n  do: good"),
            "evidence/sa-2026.md": md(before.replace("2025-10-01", "2026-10-01")),
        },
    )
    (dropped,) = [p for p in project.problems() if p.code == "rating-dropped"]
    assert dropped.concerns == {"evidence/sa-2025.md", "evidence/sa-2026.md"}, dropped


def test_a_copied_item_is_named_only_where_both_copies_are_published(project: Project) -> None:
    """Two internal copies: the internal build names both, in its log and portfolio.json; the public build names
    neither, nor anything of them. A public item and an internal version of it are two audiences' versions, which no
    build counts twice: no warning (a differential review: the public build said both counted). A title of its own
    ends it."""
    public = EVIDENCE + "\nvisibility: public"
    write_files(
        project, {**COVERED, "evidence/kanarystaffzz/a.md": md(EVIDENCE), "evidence/kanarystaffzz/b.md": md(EVIDENCE)}
    )
    internal = project.build(audience="internal")
    said = [line for line in internal.log if "sections of" in line]
    assert len(said) == 2 and any("evidence/kanarystaffzz/b.md:2: warning" in line for line in said), internal.log
    assert "copied-item" in (internal.site / "portfolio.json").read_text(encoding="utf-8")
    built = project.build(audience="public")
    assert not built.failed and "copied-item" not in (built.site / "portfolio.json").read_text(encoding="utf-8")
    assert "kanarystaffzz" not in built.all_output()  # (the overview says "staff" now)
    project.write("evidence/kanarystaffzz/b.md", md(public))
    assert "copied-item" not in {p.code for p in project.problems()}, "a public version of an internal item"
    project.write("evidence/kanarystaffzz/b.md", md(EVIDENCE.replace("title: A", "title: A, for staff")))
    assert "copied-item" not in {p.code for p in project.problems()}
    # two titles that are no text (`title: 9`, `title: 10`): each an error of its own, and no copy of the other (an
    # outside review found both told they had one title)
    for name, title in (("a", "9"), ("b", "10")):
        project.write(f"evidence/kanarystaffzz/{name}.md", md(EVIDENCE.replace("title: A", f"title: {title}")))
    assert sorted((p.path, p.code) for p in project.problems() if "kanarystaffzz" in p.path) == [
        ("evidence/kanarystaffzz/a.md", "wrong-kind"),
        ("evidence/kanarystaffzz/b.md", "wrong-kind"),
    ]


def assert_narratives(built: BuildResult, said: dict[str, str]) -> None:
    """That the challenge page of partnerships shows each section's text of the self-assessment under its heading."""
    assert not built.failed, built.log
    page = BeautifulSoup(built.html("challenges/partnerships/"), "html.parser")
    for section, text in said.items():
        heading = page.select_one(f"#{section}-self-assessment")
        assert heading is not None, section
        under = []
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            under.append(sibling.get_text())
        assert text in " ".join(under), (section, under)


def test_a_value_in_curly_quotes_is_told_to_go_without_them_only_where_it_may(project: Project) -> None:
    """ "use straight quotes (...) or none", followed without quotes, gave `title: Thank you: from Age Cymru`, which
    does not parse (a staff member's review): "or none" is said only of a value read the same without them."""
    titles = ("Thank you: from Age Cymru", "Pool # 2", "&Co", "2026", "2026-02-30", "2026-05-14", "Minutes", "It's")
    write_files(
        project,
        {
            **COVERED,
            **{
                f"evidence/{number}.md": md(EVIDENCE.replace("title: A", f"title: \u201c{title}\u201d"))
                for number, title in enumerate(titles)
            },
        },
    )
    told = sorted((p.path, p.message) for p in project.problems() if p.code == "curly-quotes")
    assert told == [
        (
            f"evidence/{number}.md",
            f"the value is in curly quotes (\u201c{title}\u201d), pasted from a word processor; use straight quotes "
            f'("{title}")' + (" or none" if number > 5 else ""),
        )
        for number, title in enumerate(titles)
    ], told
    # a date where a date is meant goes without them (a review of valid pages: a title's was told it too)
    write_files(
        project, {**COVERED, "evidence/a.md": md(EVIDENCE.replace("date: 2026-01-01", "date: \u201c2026-05-14\u201d"))}
    )
    dated = [p.message for p in project.problems() if p.code == "curly-quotes" and p.path == "evidence/a.md"]
    assert dated == [
        "the value is in curly quotes (\u201c2026-05-14\u201d), pasted from a word processor; use straight quotes "
        '("2026-05-14") or none'
    ], dated


def test_a_name_running_onto_a_line_of_no_dash_is_not_told_of_entries_below_it(project: Project) -> None:
    """`partners: Age UK - Leeds` over `  branch`: one text of two lines, but no line below starts with "- "; it was
    told that one did (a review of the session's code)."""
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners: Age UK - Leeds\n  branch")})
    assert [p for p in project.problems() if p.code == "comma-list"] == []


def test_a_value_in_curly_quotes_nested_too_deep_is_told_not_a_traceback(project: Project) -> None:
    """`title: “[[[...”`, 3,000 brackets: the check ended in a RecursionError, reading whether it could go without its
    quotes (a review of the session's code)."""
    write_files(
        project, {**COVERED, "evidence/a.md": md(EVIDENCE.replace("title: A", "title: \u201c" + "[" * 3000 + "\u201d"))}
    )
    told = [(p.line, p.message) for p in project.problems() if p.path == "evidence/a.md" and p.code == "curly-quotes"]
    assert len(told) == 1 and told[0][0] == 2 and told[0][1].endswith('[[[")'), told


def test_a_self_assessment_heading_numbered_or_with_a_colon_names_its_section(project: Project) -> None:
    """`## 1. Plan` and `## Do:` were "names no section", and their text left out of the pack (a careless-user
    review): a number before the section's name, and a colon or full stop after it, are read as the heading of the
    section, as is an emoji before it (`## \U0001f4cb Do`, a keycap's `## 3\ufe0f\u20e3 Review`: reviews of valid pages);
    another word is still named."""
    body = (
        "## 1. Plan\nWe plan together.\n\n## \U0001f4cb Do:\nWe deliver together.\n\n"
        "## 3\ufe0f\u20e3 Review\nWe review.\n\n## Planning ahead\nLater.\n"
    )
    write_files(
        project,
        {
            **COVERED,
            "evidence/sa.md": md("title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01", body),
        },
    )
    found = [(p.line, p.message) for p in project.problems() if p.code == "section-heading"]
    assert len(found) == 1 and found[0][0] == 16 and '"Planning ahead" names no section' in found[0][1], found
    assert_narratives(
        project.build(audience="internal"),
        {"plan": "We plan together.", "do": "We deliver together.", "review": "We review."},
    )


def test_a_heading_names_a_section_whose_label_ends_in_a_colon(project: Project) -> None:
    """A section labelled "Review :star:" (an emoji, as pymdownx.emoji writes it) was named by no heading, its colon
    read as one after the section's name, and the message asked for the heading that was there (a review of valid
    portfolios)."""
    framework = FRAMEWORK.replace("{id: review, label: Review}", "{id: review, label: 'Review :star:'}")
    body = "## Plan\nWe plan together.\n\n## Review :star:\nWe review together.\n"
    sa = md("title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01", body)
    write_files(project, {**COVERED, "framework.yml": framework, "evidence/sa.md": sa})
    assert [p for p in project.problems() if p.code == "section-heading"] == []
    assert_narratives(
        project.build(audience="internal"), {"plan": "We plan together.", "review": "We review together."}
    )


def test_a_self_assessment_section_underlined_or_in_bold_names_its_section(project: Project) -> None:
    """A section's name underlined (a heading in Markdown, as GitHub shows it), in bold after "##", or in bold or
    plain on a line of its own left the text out of the accreditation pack without a word, or was told that "**Plan**"
    names no section (a careless contributor's review): the first two are the section's heading; the others are told
    at their line, to be written "## Review"."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    body = "Plan\n----\n\nWe plan together.\n\n## **Do**\n\nWe deliver together.\n\nReview\n\nWe look back on it.\n"
    bold = "**Review**\n\nWe look back.\n\nWe review the plan at every Review meeting.\nReview\n"
    earlier = head.replace("2026-10-01", "2026-09-01")
    write_files(project, {**COVERED, "evidence/sa.md": md(head, body), "evidence/sb.md": md(earlier, bold)})
    found = [(p.path, p.line, p.message) for p in project.problems() if p.code == "section-heading"]
    assert found == [
        (
            f"evidence/{name}.md",
            line,
            f'the line "{written}" names the section "review", but only a heading of two "#" starts a section\'s '
            "text in the accreditation pack, so the text under it is left out of the pack, or given to the section "
            'above; write it as "## Review"',
        )
        for name, line, written in (("sa", 16, "Review"), ("sb", 7, "**Review**"))
    ], found
    assert_narratives(project.build(audience="internal"), {"plan": "We plan together.", "do": "We deliver together."})


def test_a_sections_name_in_bold_straight_above_its_text_is_told(project: Project) -> None:
    """`**Do**` on a line of its own, its text on the next line with no blank line between (as Word pastes it), left
    the section's text out of the challenge page and the pack without a word (a staff review): it is told at its
    line; a sentence in bold is no heading, nor is a bold word inside a line."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    body = (
        "## Plan\n\nWe plan together.\n\n**Do:**\nWe deliver together.\n\n"
        "**We are proud of this year.**\nIt went well, and **Review** is next.\n"
    )
    write_files(project, {**COVERED, "evidence/sa.md": md(head, body)})
    found = [(p.line, p.message) for p in project.problems() if p.code == "section-heading"]
    assert found == [
        (
            11,
            'the line "**Do:**" names the section "do", but only a heading of two "#" starts a section\'s text in the '
            "accreditation pack, so the text under it is left out of the pack, or given to the section above; write "
            'it as "## Do"',
        )
    ], found


def test_a_list_numbered_past_1_is_not_told_where_an_extension_keeps_its_number(project: Project) -> None:
    """sane_lists and pymdownx.fancylists write a list's first number (start="3"), as GitHub's preview shows it, and
    keep a bulleted list below a numbered one apart from it; and fancylists reads "#." as a list's number (a review
    of false warnings)."""
    body = "Para.\n\n3. Third step\n4. Fourth step\n\n#. auto\n#. numbered\n\nText.\n\n1. a\n\n- b\n"
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, body)})
    assert [p.code for p in project.problems() if p.path == "evidence/a.md"] == [
        "list-renumbered",
        "hash-heading",
        "hash-heading",
        "list-joined",
    ]
    for extension in ("sane_lists", "pymdownx.fancylists"):
        project.write("mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - {extension}\n")
        told = [p.code for p in project.problems() if p.path == "evidence/a.md"]
        assert told == ([] if extension.endswith("fancylists") else ["hash-heading", "hash-heading"]), told


def test_a_rule_under_a_paragraph_or_a_list_and_a_sections_name_in_code_are_no_headings(project: Project) -> None:
    """A "---" under a paragraph of two lines, or under a list, is a rule, as Markdown renders it: it was read as
    the underline of a heading that named no section, failing a strict build and leaving the section's text out of
    the pack, as was an HTML comment over one; a section's name alone on a line inside a fence was told to be a
    heading (a hostile review); `##Do`, a heading on the page, started no section's text (a differential fuzz)."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    body = (
        "## Plan\n\nWe plan every partnership with its partners.\nThe plan is reviewed each spring.\n---\n\n"
        "<!-- Priya: figures checked 14 Oct -->\n---\n\n"
        "We keep the plan short.\n\n##Do\n\n- We deliver together.\n- We meet monthly.\n---\n\nMore.\n\n"
        "```\n\nReview\n\n```\n"
    )
    write_files(project, {**COVERED, "evidence/sa.md": md(head, body)})
    assert not [p for p in project.problems() if p.code == "section-heading"]
    assert_narratives(
        project.build(audience="internal", strict=True), {"plan": "We keep the plan short.", "do": "More."}
    )


def test_a_heading_inside_an_html_comment_of_a_self_assessment_is_none(project: Project) -> None:
    """`## Measure` inside a comment of several lines cut the section's text there: the comment, hidden on the page,
    was shown in the accreditation pack and on the challenge page, and the section's own text was left out of them
    (a hostile review)."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nvisibility: accreditor"
    body = (
        "## Plan\n\nWe plan.\n\n## Do\n\nDo text.\n\n<!--\n## Review\nCANARY-COMMENT: J. Smith's absence\n-->\n\n"
        "More do text.\n\n## Review\n\nReview text.\n"
    )
    write_files(project, {**COVERED, "evidence/sa.md": md(head, body)})
    assert not [p for p in project.problems() if p.code == "section-heading"]
    built = project.build(audience="accreditor", strict=True)
    assert_narratives(built, {"do": "More do text.", "review": "Review text."})
    assert "CANARY-COMMENT" not in built.all_output()
    assert "CANARY-COMMENT" in (project.root / "evidence/sa.md").read_text(encoding="utf-8"), "the test tests something"


def test_a_heading_in_a_fence_inside_a_longer_fence_of_a_self_assessment_is_none(project: Project) -> None:
    """A fenced block opened with ```` shows a ``` line in it as code: `## Measure` between two such lines was read as
    the section's heading, cutting the text of the section above (a review of the code: six readings of fences)."""
    head = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"
    body = "## Plan\n\nWe plan.\n\n````\n```\n## Review\n```\n````\n\nMore plan text.\n\n## Do\n\nDo text.\n"
    write_files(project, {**COVERED, "evidence/sa.md": md(head, body)})
    assert_narratives(project.build(audience="internal"), {"plan": "More plan text.", "do": "Do text."})


def test_a_self_assessment_heading_with_a_subtitle_names_its_section(project: Project) -> None:
    """`## Plan: how we plan the customer experience` and `## Do (rated Good)` were told to name no section, failing
    a strict build, and their text was left out of the pack (a review of valid portfolios); `## Planning ahead` and
    `## Review of the year` name none still."""
    body = (
        "## Plan: how we plan with partners\n\nWe plan.\n\n## Do (rated Good)\n\nWe deliver together.\n\n"
        "## Review of the year\n\nA year.\n"
    )
    found = [(line, message[:40]) for line, message in section_headings(project, body)]
    assert found == [(15, 'the heading "Review of the year" names n')], found
    assert_narratives(project.build(audience="internal"), {"plan": "We plan.", "do": "We deliver together."})


def test_a_self_assessment_heading_numbered_or_worded_otherwise_names_its_section(project: Project) -> None:
    """`## Stage 1 \u2013 Plan \U0001f4cb`, `## 2 Do`, "and" for a label's "&", spaces run together, and a label's
    words without its own subtitle ("Learning & review (dysgu)": `## Learning  and review`) were told to name no
    section, failing a strict build, their text left out of the pack (a review of valid portfolios); `## A plan for
    next year` and `## Key points / review` name none still (the second took the review's place: a review of the
    change), and a smaller heading numbered so is a step of its section's work, not told to be one."""
    framework = FRAMEWORK.replace("{id: review, label: Review}", "{id: review, label: Learning & review (dysgu)}")
    assert "Learning & review (dysgu)" in framework, "the test tests something"
    body = (
        "## Stage 1 \u2013 Plan \U0001f4cb\n\nWe plan.\n\n### Stage 2 \u2013 Review\n\nWe plan the review.\n\n"
        "## 2 Do\n\nWe do.\n\n## Key points / review\n\nPoints.\n\n## Learning  and review\n\nWe learn.\n\n"
        "## A plan for next year\n\nLater.\n"
    )
    found = [(line, message[:45]) for line, message in section_headings(project, body, framework)]
    assert found == [
        (19, 'the heading "Key points / review" names no se'),
        (27, 'the heading "A plan for next year" names no s'),
    ], found
    assert_narratives(
        project.build(audience="internal"),
        {"plan": "We plan. Stage 2 \u2013 Review We plan the review.", "do": "We do.", "review": "We learn."},
    )


def test_a_heading_or_a_rating_typed_with_a_curly_apostrophe_names_its_section_or_level(project: Project) -> None:
    """Word, a Mac and a phone type `'` as `’`: a heading "Partners’ voice" was told to name no section, and told to
    write "Partners' voice", which looked the same; a rating "Developin’ well" was an unknown rating (a review of
    valid portfolios). Any apostrophe is read as `'`, in names and ratings alike; a heading of other words still
    names none."""
    framework = FRAMEWORK.replace("{id: review, label: Review}", "{id: review, label: Partners' voice}").replace(
        "{id: great, label: Great}", "{id: great, label: Developin' well}"
    )
    assert "Partners' voice" in framework and "Developin' well" in framework, "the test tests something"
    body = "## Partners’ Voice\n\nThey said so.\n\n## Partners’ views\n\nOther words.\n"
    found = [(line, message[:40]) for line, message in section_headings(project, body, framework)]
    assert found == [(11, 'the heading "Partners’ views" names no s')], found
    assert_narratives(project.build(audience="internal"), {"review": "They said so."})
    sa = (
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nvisibility: public\n"
        "ratings:\n  plan: Developin’ well\n  do: DEVELOPINʼ WELL\n  review: Developin' well\n"
    )
    write_files(project, {**COVERED, "framework.yml": framework, "evidence/sa.md": md(sa)})
    assert [where(problem) for problem in project.problems() if problem.code == "unknown-rating"] == []
    for audience in ("public", "internal"):  # (the widest build too)
        sections = project.build(audience=audience).portfolio["challenges"][0]["sections"]
        assert [section["rating"] for section in sections] == ["great", "great", "great"]


TABLE = "| a | b |\n|:--|--:|\n| 1 | 2 |\n"
TABLE_AFTER = [  # (what comes before the table, whether python-markdown then shows it as text)
    ("Our results:\n", True),
    ("- a list entry\n", True),
    ("> a quote\n", True),
    ("> a quote\n> ", True),  # the table inside the quote, straight under its text
    ("Text\n\n", False),
    ("## A heading\n", False),
    ("A title\n===\n", False),
    ("* * *\n", False),
    ("<div>x</div>\n", False),
    # a differential review found these warned of, and shown as tables
    ("!!! note\n", False),
    ("    indented code\n", False),
    ("[r]: https://example.org\n", False),
    ("*[HTML]: Hypertext\n", False),
    ("Text\n> ", False),  # a quote after text starts a block of its own
    ("Our results:\n\u00a0\n", True),  # a "blank" line of a non-breaking space, pasted from Word (a review)
]


@pytest.mark.parametrize(("before", "as_text"), TABLE_AFTER, ids=[repr(before) for before, _ in TABLE_AFTER])
def test_a_table_is_said_to_be_shown_as_text_exactly_where_markdown_shows_it_so(before: str, as_text: bool) -> None:
    import markdown

    from evidence_portfolio.reading.tables import tables_after_text

    text = before + (TABLE.replace("\n", "\n> ") if before.endswith("> ") else TABLE)
    shown = markdown.markdown(text, extensions=["tables", "admonition", "abbr", "md_in_html"])
    assert ("<table>" not in shown) == as_text, shown
    assert bool(tables_after_text(text)) == as_text


def test_a_snippet_that_is_not_there_is_named_at_its_line_by_both_doors(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pymdownx.snippets with check_paths on stopped the build in a traceback at a page putting in a file that is not
    there, naming no line, and the check passed. Both doors name the page's line; one there, or with check_paths
    off (the snippet is left out without a word, as the user chose), is no problem. (Both run in the project's
    folder, from which snippets reads its base_path.)"""
    monkeypatch.chdir(project.root)
    snippets = "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: [snippets]\n      check_paths: {}\n"
    files = {
        **COVERED,
        "snippets/hours.md": "Open 7am to 10pm.\n",
        "evidence/about.md": '# About\n\n--8<-- "hours.md"\n\nAnd more:\n\n--8<-- "Opening-times.md"\n',
    }
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + snippets.format("true")})
    said = [line for line in project.check_in_process().lines if "missing-snippet" in line or "snippet" in line]
    assert [where(line) for line in said] == ["evidence/about.md:7: error"], said
    assert 'the snippet "Opening-times.md" that this page puts in (--8<--) is not in snippets/' in said[0]
    built = project.build()
    assert built.failed and any("evidence/about.md:7: error: the snippet" in entry for entry in built.log), built.log
    assert "Traceback" not in built.error
    (project.root / "snippets/Opening-times.md").write_text("Closed at Christmas.\n", encoding="utf-8")
    assert not project.build(strict=True).failed
    (project.root / "snippets/Opening-times.md").unlink()
    # check_paths on as python-markdown reads it ("yes"), and a page the public does not see: said all the same,
    # as a check reports every file's problems (a hostile review)
    internal = md(
        "title: N\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: internal", '--8<-- "x.md"\n'
    )
    write_files(project, {**files, "evidence/n.md": internal, "mkdocs.yml": MKDOCS_YML + snippets.format("'yes'")})
    said = [where(line) for line in project.check_in_process("--audience", "public").lines if "the snippet" in line]
    assert said == ["evidence/about.md:7: error", "evidence/n.md:8: error"], said
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + snippets.format("false")})
    assert not [line for line in project.check_in_process().lines if "snippet" in line]
    # a folder, a section its file does not mark, and one put into every page: each stopped the build in a traceback
    # (a differential review)
    (project.root / "evidence/n.md").unlink()
    (project.root / "snippets/adir").mkdir()
    (project.root / "snippets/parts.md").write_text("--8<-- [start:one]\nOne.\n--8<-- [end:one]\n", encoding="utf-8")
    body = '# About\n\n--8<-- "parts.md:one"\n\n--8<-- "parts.md:two"\n'
    write_files(
        project,
        {
            **files,
            "evidence/about.md": body,
            "evidence/folder.md": '# Folder\n\n--8<-- "adir"\n',
            "mkdocs.yml": MKDOCS_YML + snippets.format("true"),
        },
    )
    said = [line for line in project.check_in_process().lines if "snippet" in line]
    assert [where(line) for line in said] == ["evidence/about.md:5: error", "evidence/folder.md:3: error"], said
    assert 'names the section "two", which its file does not mark' in said[0]
    assert 'the snippet "adir" that this page puts in (--8<--) is a folder of snippets/, not a file' in said[1]
    write_files(project, {"mkdocs.yml": MKDOCS_YML + snippets.format("false")})  # a folder stops it all the same
    said = [where(line) for line in project.check_in_process().lines if "snippet" in line]
    assert said == ["evidence/folder.md:3: error"], said
    appended = snippets.format("true") + "      auto_append: [abbreviations.md]\n"
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + appended})
    line = (MKDOCS_YML + appended).split("\n").index("      auto_append: [abbreviations.md]") + 1
    said = [line for line in project.check_in_process().lines if "snippet" in line]
    assert [where(entry) for entry in said] == [f"mkdocs.yml:{line}: error"], said
    assert 'the snippet "abbreviations.md" that mkdocs.yml puts into every page (auto_append, auto_prepend)' in said[0]
    built = project.build()
    assert built.failed and "Traceback" not in built.error and any(f"mkdocs.yml:{line}" in e for e in built.log)
    # a snippet that is not UTF-8 stopped the build in a traceback; a named pipe among the snippets kept the check
    # waiting for ever, where it rendered a page putting it in (a hostile review)
    (project.root / "evidence/folder.md").unlink()
    (project.root / "snippets/old.md").write_bytes("\u201cquoted\u201d\n".encode("cp1252"))
    plain = {**files, "mkdocs.yml": MKDOCS_YML + snippets.format("true")}
    write_files(project, {**plain, "evidence/about.md": '# About\n\n--8<-- "old.md"\n'})
    said = [line for line in project.check_in_process().lines if "snippet" in line]
    assert [where(line) for line in said] == ["evidence/about.md:3: error"] and "is not UTF-8 text" in said[0], said
    (project.root / "snippets/old.md").unlink()
    os.mkfifo(project.root / "snippets/pipe.md")
    write_files(project, {**plain, "evidence/about.md": '# About\n\n--8<-- "pipe.md"\n'})
    assert not [line for line in project.check_in_process().lines if "snippet" in line]
    (project.root / "snippets/pipe.md").unlink()
    # a base_path the command cannot tell where it leads (MkDocs' !relative): nothing said, rather than a wrong folder
    relative = snippets.format("true").replace("[snippets]", "[!relative $config_dir/snippets]")
    write_files(project, {**files, "mkdocs.yml": MKDOCS_YML + relative})
    assert not [line for line in project.check_in_process("--audience", "internal").lines if "snippet" in line]


def test_a_semicolon_of_an_html_reference_separates_no_names(project: Project) -> None:
    """`Smith &amp; Co` was said to be two partners written with a semicolon (a differential review)."""
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\npartners: [Smith &amp; Co, Age UK;NHS]")})
    said = [p.message for p in project.problems() if p.code == "comma-list"]
    assert said == [
        '"Age UK;NHS" is one partner of "partners", written with semicolons; for several, separate them with commas, '
        "in brackets: partners: [Smith &amp; Co, Age UK, NHS]"
    ], said


def test_a_link_to_sharepoint_on_an_internal_page_is_for_the_staff_who_open_it(project: Project) -> None:
    """An internal page is for the organisation's staff, who open its SharePoint: no warning there, nor of a web
    address that only names SharePoint in its path; the same link on a public page is told (the widest build holds
    the internal page, the link kept)."""
    link = "https://riverside.sharepoint.com/:w:/r/sites/P/Minutes.docx"
    body = f"[minutes]({link}) and [a page about it](https://example.org/sharepoint.com/help).\n"
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE + "\nvisibility: internal", body)})
    assert [p for p in project.problems() if p.code == "intranet-link"] == []
    built = project.build(audience="internal")
    assert not built.failed and link in built.html("a/"), built.log
    write_files(project, {"evidence/a.md": md(EVIDENCE + "\nvisibility: public", body)})
    assert [(p.line, p.code) for p in project.problems() if p.code == "intranet-link"] == [(8, "intranet-link")]
    # a Teams meeting's link lets anyone join a public webinar: no intranet's (a review of valid portfolios)
    meeting = "[Join the webinar](https://teams.microsoft.com/l/meetup-join/19%3ameeting_x/0).\n"
    write_files(project, {"evidence/a.md": md(EVIDENCE + "\nvisibility: public", meeting)})
    assert [p for p in project.problems() if p.code == "intranet-link"] == []


def test_lines_written_for_an_extension_mkdocs_yml_turns_on_are_no_mistake(project: Project) -> None:
    """With the extension on (or one that brings it, python-markdown's extra), or in a block of code, the lines are
    not told; the build renders them (a footnote, a note box)."""
    body = (  # (a note box of `???`, in a block of HTML, is shown as an example: a review of valid portfolios)
        'Met 12 partners.[^1]\n\n[^1]: The register.\n\n!!! note "Why"\n    It matters.\n\n```text\n=== "Tab"\n```\n'
        "\n<pre>\n??? tip, shown as an example\n</pre>\n"
    )
    extensions = "markdown_extensions:\n  - extra\n  - admonition\n"
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, body), "mkdocs.yml": MKDOCS_YML + extensions})
    assert [p for p in project.problems() if p.code == "extension-off"] == []
    built = project.build(audience="internal")
    page = built.html("a/")
    assert not built.failed and 'class="footnote"' in page and 'class="admonition note"' in page, built.log
    write_files(project, {"mkdocs.yml": MKDOCS_YML})
    assert [(p.line, p.code) for p in project.problems() if p.code == "extension-off"] == [
        (9, "extension-off"),
        (11, "extension-off"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1.\tRotas published.\n2.\tTravel expenses.\n3.\tTen minutes.\n",
        "- Monday\t6pm to 8pm\n- Tuesday\t7pm\n- Friday\t5pm\n",
        "| Site\t| Sessions\t|\n|---|---|\n| Ashby\t| 12\t|\n| Vale\t| 9\t|\n",
    ],
)
def test_a_list_or_a_table_with_tabs_is_no_table_pasted(project: Project, text: str) -> None:
    """A list Word pastes with a tab after its number, a list of days and times, a table of "|" padded with tabs:
    each renders as written, and was told to be a table pasted from a spreadsheet (a review of valid portfolios)."""
    write_files(project, {**COVERED, "evidence/a.md": md(EVIDENCE, text)})
    assert [p for p in project.problems() if p.code == "pasted-table"] == []


def test_footnotes_of_two_quoted_texts_are_each_their_own_in_the_pack(project: Project) -> None:
    """Two self-assessments' `[^1]`, quoted in the accreditation pack, led to one note, the other's text lost (a
    review of valid portfolios): each text's footnotes are its own there."""
    files = {
        **COVERED,
        "mkdocs.yml": MKDOCS_YML + "markdown_extensions:\n  - footnotes\n",
        "evidence/sa1.md": md(
            "title: SA1\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nvisibility: public",
            "## Plan\n\nWe plan.[^1]\n\n[^1]: First issue September 2026.\n",
        ),
        "evidence/sa2.md": md(
            "title: SA2\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nvisibility: public",
            "## Plan\n\nWe ask staff.[^1]\n\n[^1]: 212 staff answered.\n",
        ),
    }
    write_files(project, files)
    built = project.build(audience="internal")
    assert not built.failed, built.log
    pack = BeautifulSoup(built.html("accreditation-pack/"), "html.parser")
    notes = [note.parent.get_text(" ", strip=True) for note in pack.select("li [id^='fn:']")]
    assert any("First issue September 2026" in note for note in notes), notes
    assert any("212 staff answered" in note for note in notes), notes
    for reference in pack.select("sup a[href^='#fn']"):  # each mark leads to a note of its own page's
        assert pack.find(id=reference["href"][1:]) is not None, reference
    # each right after its section's text, not gathered at the end of the pack (an assessor's review)
    for part, note in (("pack-partnerships", "First issue September 2026"), ("pack-people", "212 staff answered")):
        heading = pack.find(id=part)
        following = heading.find_next(string=re.compile(re.escape(note)))
        assert following is not None and following.find_previous("h2") == heading, (part, note)
    assert not pack.select(".footnote"), "no notes gathered at the end"
    # a mark before the first section (which no section quotes), and a link to a note of its own: a strict build
    # failed on the note quoted without its mark, and the check on the link (a review of valid portfolios)
    files["evidence/sa1.md"] = md(  # (a label with a space, a note of two paragraphs: a review)
        "title: SA1\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nvisibility: public",
        "Refreshed this year.[^2]\n\n## Plan\n\nWe plan.[^1] Together.[^my note] See [the note](#fn:1).\n\n"
        "[^1]: First issue.\n[^my note]: Spaced A.\n[^2]: Board minute 14.\n\n    Its second paragraph.\n",
    )
    files["evidence/sa2.md"] = files["evidence/sa2.md"].replace(".[^1]", ".[^1] Also.[^my note]") + (
        "[^my note]: Spaced W.\n"
    )
    files["mkdocs.yml"] = MKDOCS_YML + "validation:\n  anchors: warn\nmarkdown_extensions:\n  - footnotes\n"
    write_files(project, files)
    assert project.check_in_process("--strict").code == 0
    strict = project.build(strict=True, audience="internal")
    assert not strict.failed, strict.log
    pack = strict.html("accreditation-pack/")
    assert "Board minute 14" not in pack and "second paragraph" not in pack
    assert all(note in pack for note in ("First issue", "212 staff answered", "Spaced A", "Spaced W"))


def test_a_quoted_texts_link_to_another_pages_missing_place_is_said_once_at_its_line(project: Project) -> None:
    """A self-assessment's link to a place another page has not: said at its line by both doors, and MkDocs' own
    warning of it on the pages quoting the text (no line, no fix) was left in the build's log (a differential
    review)."""
    assessment = md(
        "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-01-01\nvisibility: public\nratings: {plan: good}",
        "## Plan\n\nSee [the plan](b.md#nope).\n",
    )
    files = {
        **COVERED,
        "evidence/people/b.md": md("title: B\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "## Plan\n"),
        "evidence/people/sa.md": assessment,
        "mkdocs.yml": MKDOCS_YML + "validation:\n  anchors: warn\n",
    }
    write_files(project, files)
    checked = project.check_in_process("--strict")
    assert checked.code == 1 and [where(line) for line in checked.lines if "#nope" in line] == [
        "evidence/people/sa.md:11: warning"
    ], checked.lines
    strict = project.build(strict=True)
    assert strict.failed and not [line for line in strict.log if "Doc file" in line], strict.log
    assert any(line.startswith("portfolio: evidence/people/sa.md:11: warning") for line in strict.log), strict.log


def test_without_the_footnotes_extension_a_quoted_texts_links_are_left_as_written(project: Project) -> None:
    """With footnotes off, a self-assessment's link to `#fn:1` was renamed to an id no page has, said by MkDocs on
    the pages quoting it, with no line (a differential review): no note is one then, and nothing is renamed."""
    assessment = md(
        "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-01-01\nvisibility: public\nratings: {plan: good}",
        "## Plan\n\nSee [n](#fn:1). A claim.[^x]\n\n[^x]: The source.\n",
    )
    files = {
        **COVERED,
        "evidence/people/sa.md": assessment,
        "mkdocs.yml": MKDOCS_YML + "validation:\n  anchors: warn\n",
    }
    write_files(project, files)
    strict = project.build(strict=True)
    assert strict.failed and not [line for line in strict.log if "Doc file" in line], strict.log
    assert "fn:self-assessments" not in strict.html("challenges/people/")


def test_two_self_assessments_alike_are_a_clash_or_two_records_never_a_copy(project: Project) -> None:
    """Two self-assessments of one title and date: of one challenge, the clash's error alone (a year-two review: a
    warning said they counted twice towards coverage, which a self-assessment never does); of two challenges, two
    records, neither warned."""
    assessment = (
        "title: Self-assessment 2026\ntype: self-assessment\nchallenge: {}\ndate: 2026-10-01\nratings:\n  plan: poor"
    )
    two = {
        "evidence/sa/a.md": md(assessment.format("partnerships")),
        "evidence/sa/b.md": md(assessment.format("partnerships")),
    }
    write_files(project, {**COVERED, **two})
    codes = [p.code for p in project.problems()]
    assert codes.count("duplicate-assessment") == 2 and "copied-item" not in codes, codes
    project.write("evidence/sa/b.md", md(assessment.format("people")))
    codes = [p.code for p in project.problems()]
    assert "duplicate-assessment" not in codes and "copied-item" not in codes, codes


def test_tags_of_other_scripts_or_of_no_letter_are_not_told_as_one_spelt_otherwise(project: Project) -> None:
    """Compared without their punctuation and the accents of Latin letters, emoji tags were all one (no letter is
    left of them), and a Japanese voiced mark was an accent (バス, a bus, was told to be written ハス, a lotus): a
    hostile review of the first version. Each is a tag of its own; Café and Cafe are one, written two ways."""
    files = {
        "evidence/a.md": md(f'{EVIDENCE}\ntags: ["\U0001f6b4", バス, Café]'),
        "evidence/b.md": md(f'{EVIDENCE.replace("title: A", "title: B")}\ntags: ["\U0001f3ca", ハス, Café]'),
        "evidence/c.md": md(f"{EVIDENCE.replace('title: A', 'title: C')}\ntags: [Cafe]"),
    }
    write_files(project, {**COVERED, **files})
    told = [p.message for p in project.problems() if p.code == "spelt-otherwise"]
    assert told == [
        'tag "Cafe" is written "Café" on 2 other items (such as evidence/a.md), so the listings show the '
        "two as two tags; write it as the others do: Café"
    ], told


def test_an_unknown_challenge_mapped_to_twice_on_a_line_is_said_once(project: Project) -> None:
    """`maps_to: [comm/do, comm]`, of a challenge the framework does not have, was told "unknown challenge" twice
    at its line (word for word where a challenge was close to it: an outside review): it is said once."""
    project.write("evidence/a.md", md(EVIDENCE.replace("partnerships/plan", "[comm/do, comm]")))
    said = [(p.path, p.line, p.code) for p in project.problems() if p.path == "evidence/a.md"]
    assert said == [("evidence/a.md", 4, "unknown-challenge")]


def test_two_self_assessments_of_one_day_are_not_told_a_rating_dropped(project: Project) -> None:
    """Of two self-assessments of one challenge on one day, neither is the current one (an error says so), yet the
    second was also told that, "the current one", it rates no section the first rated (an outside review)."""
    first = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  plan: good"
    write_files(project, {**COVERED, "evidence/sa-1.md": md(first + "\n  do: good"), "evidence/sa-2.md": md(first)})
    codes = sorted(p.code for p in project.problems() if p.path.startswith("evidence/sa"))
    assert codes == ["duplicate-assessment", "duplicate-assessment"]


def test_an_inline_tag_with_a_markdown_attribute_is_not_told_of_md_in_html() -> None:
    """md_in_html reads the Markdown of a block of HTML; inside an inline tag (`<span markdown>`), python-markdown
    reads it with or without the extension, and the page shows nothing as typed: not told (a review); a block's is."""
    from evidence_portfolio.reading.extension_marks import marks_without_extension

    assert marks_without_extension("<span markdown>**Smith & Sons**</span> funded it.\n", ("toc",)) == []
    said = 'a block of HTML whose Markdown is to be read (its "markdown" attribute)'
    assert marks_without_extension('<DIV markdown="1">\n**Smith & Sons**\n</DIV>\n', ("toc",)) == [
        (0, "md_in_html", said)
    ]


def test_an_svg_picture_without_a_script_is_published(project: Project) -> None:
    """An SVG picture and a page of HTML without a script are shown and published, their words of "on" and "=" and
    a draw.io label's foreign object no script (script-file, a hostile review's check), as is a script mkdocs.yml
    names for every page (extra_javascript); a page whose braces, code, comments and scripts of data run nothing is
    no page-script (a hostile review found braces in a sentence, and an indented block of code, refused)."""
    front = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public"
    write_files(
        project,
        {
            **COVERED,
            "evidence/people/a.md": md(
                front,
                "![Chart](chart.svg) and [the report](report.html)\n\nOur team works {online = yes} and on site.\n\n"
                'A paragraph.\n{: title="Bookings online = 45%" }\n\n    <img src="x.png" onerror="alert(1)">\n\n'
                'Written `<b onclick="x()">`, <!-- <script>x()</script> -->, $x$ <script type="math/tex">x</script>\n',
            ),
            "evidence/people/report.html": "<html><body><p class=MsoNormal>Bookings made online = 45%</p></body></html>\n",
            "evidence/people/chart.svg": (
                '<svg xmlns="http://www.w3.org/2000/svg"><text>Sessions online =45</text><switch><foreignObject>'
                '<div xmlns="http://www.w3.org/1999/xhtml">A label, as draw.io writes one</div></foreignObject>'
                "</switch></svg>\n"
            ),
            "evidence/js/extra.js": "document.documentElement.dataset.extra = '1';\n",
            "mkdocs.yml": MKDOCS_YML + "extra_javascript:\n  - js/extra.js\n",
        },
    )
    assert {"script-file", "page-script"}.isdisjoint({problem.code for problem in project.problems()})
    built = project.build(strict=True, audience="public")
    assert not built.failed, built.log
    assert (built.site / "people/chart.svg").is_file() and (built.site / "js/extra.js").is_file()
    assert (built.site / "people/report.html").is_file()


_XHTML = 'xmlns:h="http://www.w3.org/1999/xhtml"'


@pytest.mark.parametrize(
    "name, data",
    [  # a hostile review: each ran in Chromium, opened on its own from the internal site, with no script-file
        (
            "prefixed.svg",
            f'<svg xmlns="http://www.w3.org/2000/svg"><h:script {_XHTML}>fetch(1)</h:script></svg>'.encode(),
        ),
        ("svg-prefix.svg", b'<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>fetch(1)</s:script></s:svg>'),
        (
            "utf16.svg",  # UTF-16 without a byte order mark: XML reads the encoding from "<?xml"
            '<?xml version="1.0" encoding="UTF-16"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>fetch(1)'
            "</script></svg>".encode("utf-16-le"),
        ),
        (
            "iso2022.svg",  # ISO-2022-JP: an escape to ASCII inside the name, which the decoder drops
            b'<?xml version="1.0" encoding="ISO-2022-JP"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
            b"<scr\x1b(Bipt>fetch(1)</scr\x1b(Bipt></svg>",
        ),
        ("styled.xml", b'<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="page.xsl"?>\n<r/>'),
    ],
)
def test_a_document_holding_a_script_however_its_xml_writes_it_is_refused(
    project: Project, name: str, data: bytes
) -> None:
    """An XML document runs a script written with a namespace prefix, in UTF-16 without a byte order mark or in
    ISO-2022-JP, or made by the XSLT stylesheet it names (`<xsl:element name="script">`): each is a script-file."""
    write_files(project, {**COVERED, "evidence/people/a.md": md(EVIDENCE, f"See [the file]({name}).\n")})
    project.write(f"evidence/people/{name}", data)
    found = [(problem.code, problem.path) for problem in project.problems() if problem.code == "script-file"]
    assert found == [("script-file", f"evidence/people/{name}")]


def test_a_css_stylesheet_of_an_xml_file_is_no_script(project: Project) -> None:
    """An XML file styled by CSS runs nothing."""
    data = b'<?xml version="1.0"?>\n<?xml-stylesheet type="text/css" href="a.css"?>\n<r>Online = yes</r>'
    write_files(project, {**COVERED, "evidence/people/a.md": md(EVIDENCE, "See [the data](data.xml).\n")})
    project.write("evidence/people/data.xml", data)
    assert "script-file" not in {problem.code for problem in project.problems()}


def test_two_blog_posts_at_one_address_are_a_clash_in_the_build_that_holds_both(project: Project) -> None:
    """Material's blog gives a post its address by its date and title: two posts of one day and one title were one
    page of the site, the other lost without a word (an outside review: an internal post replaced a public one in
    the internal build). The build that holds both stops, naming both at line 1; a build holding one of them, or
    posts given addresses of their own (`slug`), builds."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    post = "---\ndate: 2026-01-01\nvisibility: {visibility}\n{slug}---\n# Volunteer of the month\n\n{text}\n"
    project.write("evidence/blog/posts/ours.md", post.format(visibility="public", slug="", text="Ours."))
    project.write("evidence/blog/posts/staff.md", post.format(visibility="internal", slug="", text="Staff."))
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert internal.failed
    told = [line for line in internal.log if "have the same address" in line]
    assert told == [
        f"portfolio: evidence/blog/posts/{here}.md:1: error: evidence/blog/posts/{here}.md and "
        f"evidence/blog/posts/{there}.md "
        "have the same address on the site (blog/2026/01/01/volunteer-of-the-month/), which Material's blog makes "
        "for a post from its post_url_format (by default, its date and title): one would replace the other; give "
        "this post another title, or an address of its own with a slug line in its front matter (slug: ...)"
        for here, there in (("ours", "staff"), ("staff", "ours"))
    ], internal.log
    assert not public.failed, public.log
    assert "Ours." in public.html("blog/2026/01/01/volunteer-of-the-month/")
    project.write("evidence/blog/posts/staff.md", post.format(visibility="internal", slug="slug: staff\n", text="S"))
    internal = project.build(audience="internal", strict=True)
    assert not internal.failed, internal.log
    assert "Ours." in internal.html("blog/2026/01/01/volunteer-of-the-month/")
    assert "<p>S</p>" in internal.html("blog/2026/01/01/staff/")
    # a draft, which the blog leaves out of a build, takes no address (a review of valid portfolios)
    project.write("evidence/blog/posts/staff.md", post.format(visibility="internal", slug="draft: true\n", text="S"))
    internal = project.build(audience="internal", strict=True)
    assert not internal.failed, internal.log
    assert "Ours." in internal.html("blog/2026/01/01/volunteer-of-the-month/")


@pytest.mark.parametrize(
    ("text", "code", "line"),
    [
        ("", "front-matter-shape", 1),
        ("# nothing yet\n~\n", "front-matter-shape", 1),
        ("- tags\n", "front-matter-shape", 1),
        ("tags: [a\n", "yaml-syntax", 1),
        ("description: ok\ntags: [a, b\n", "yaml-syntax", 2),
    ],
)
def test_a_meta_file_the_meta_plugin_cannot_read_is_an_error(project: Project, text: str, code: str, line: int) -> None:
    """Material's meta plugin stops the build, in a traceback, on a meta file that is empty, a list or YAML that does
    not parse, which `portfolio check` passed (a review of valid portfolios): an error at its line, in the check and
    the build alike."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n"))
    project.write("evidence/partnerships/.meta.yml", text)
    found = [(p.code, p.path, p.line) for p in project.problems() if "meta.yml" in p.path]
    assert found == [(code, "evidence/partnerships/.meta.yml", line)], found
    if code == "front-matter-shape":
        built = project.build()
        assert built.failed and [entry for entry in built.log if "evidence/partnerships/.meta.yml:1: error" in entry]


@pytest.mark.parametrize("there", [True, False], ids=["there", "not-there"])
def test_a_framework_file_named_outside_the_project_is_told_where_mkdocs_yml_names_it(
    project: Project, there: bool
) -> None:
    """`framework: ../shared.yml`: the check said it did not exist, at mkdocs.yml's line, and the build that it was
    outside the project, at "../shared.yml:1", no file of the project's (a fuzz of malformed input). Both doors say
    the same, at mkdocs.yml's line: outside the project where it is there, not there where it is not."""
    if there:
        (project.root.parent / "shared.yml").write_text("kanaryoutsidezz: 1\n")
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config.replace("framework: framework.yml", "framework: ../shared.yml"))
    line = next(n for n, text in enumerate(config.splitlines(), 1) if "framework: framework.yml" in text)
    said = "is outside the project" if there else "the framework file ../shared.yml does not exist"
    checked = project.check_in_process()
    told = [*checked.lines, *checked.stderr.splitlines()]
    assert checked.code in (1, 2) and any(
        entry.startswith(f"mkdocs.yml:{line}: error: ") and said in entry for entry in told
    ), told
    built = project.build()
    assert built.failed and any(f"mkdocs.yml:{line}: error: " in e and said in e for e in built.log), built.log
    assert "kanaryoutside" not in "\n".join([*told, *built.log])


@pytest.mark.parametrize("target", ["outside", "git", "inside"])
def test_a_framework_file_reached_through_a_symbolic_link_is_not_read(
    project: Project, tmp_path: Path, target: str
) -> None:
    """framework.yml committed as a symbolic link to a file of the machine that builds the site (or of the
    project's .git folder) was read, and the names of its keys were in the build's warnings (a hostile review). A
    framework file reached through a link is an error at its line 1, unread, in the check and the build alike."""
    secret = "kanarysecretkeyzz: 1\n"
    where = {
        "outside": tmp_path / "machine" / "config.yml",
        "git": project.root / ".git" / "config",
        "inside": project.root / "frameworks" / "ours.yml",
    }[target]
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(secret if target != "inside" else (project.root / "framework.yml").read_text())
    (project.root / "framework.yml").unlink()
    (project.root / "framework.yml").symlink_to(where)
    found = [(p.code, p.path, p.line) for p in project.problems()]
    assert found == [("unreadable", "framework.yml", 1)], found
    checked = project.check_in_process()
    assert checked.code == 1 and "kanarysecret" not in checked.stdout and "framework.yml:1: error" in checked.stdout
    built = project.build()
    assert built.failed and not any("kanarysecret" in line for line in built.log), built.log
    (project.root / "framework.yml").unlink()
    (project.root / "framework.yml").write_text(where.read_text() if target == "inside" else FRAMEWORK)
    assert not project.build().failed, "the same framework, saved in the project, is read"


@pytest.mark.parametrize(
    ("body", "line"),
    [
        ("<span>" * 3000 + "x\n", 7),  # (thousands of tags left open: the search took minutes over them)
        ("Intro.\n\n" + "<div>\n" * 101 + "x\n" + "</div>\n" * 101, 109),
        # no page needs more, and none of these is deep: paragraphs and entries whose end tags are left out, as HTML
        # lets a writer, a long table, tags in code, and tables ten deep
        ("<p>One\n" * 300, None),
        ("<ul>\n" + "<li>Entry\n" * 300 + "</ul>\n", None),
        ("<table>\n" + "<tr><th>A<td>B\n" * 300 + "</table>\n", None),
        ("```html\n" + "<div>\n" * 300 + "```\n", None),
        ("<table><tr><td>\n" * 10 + "x\n" + "</td></tr></table>\n" * 10, None),
    ],
    ids=["spans", "divs", "paragraphs", "entries", "rows", "code", "tables"],
)
def test_html_nested_deeper_than_a_page_needs_is_an_error(project: Project, body: str, line: int | None) -> None:
    """A few KB of tags one inside another stopped the PDF in a traceback (tables 60 deep) or took Material's search
    minutes (thousands of spans): a hostile review. Over 100 deep is an error at the deepest tag's line."""
    project.item(
        "partnerships/plan/deep.md", "title: Deep\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01", body
    )
    found = [(p.path, p.line) for p in project.problems() if p.code == "html-too-deep"]
    assert found == ([("evidence/partnerships/plan/deep.md", line)] if line else []), found


@pytest.mark.parametrize(
    ("text", "line", "said"),
    [
        ("nav:\n  - about.md\n  - 2026: about.md\n  - ...\n", 3, "cannot read this entry of nav in .pages"),
        ("nav:\n  - Older:\n    - about.md\n    - [1, 2]\n", 4, "cannot read this entry of nav in .pages"),
        ("title: 2026\nnav:\n  - ...\n", 1, '"title" in .pages must be text, not a number (2026)'),
        ("nav:\n  - ...\ncollapse_single_pages: maybe\n", 3, "must be true or false, not text (maybe)"),
        ("nav: about.md\n", 1, '"nav" in .pages must be a list, not text (about.md)'),
        ("nav:\n  - ...\n  - about.md\n  - ... | regex=[\n", 4, "cannot read the pattern of this entry of nav"),
        ("- about.md\n", 1, ".pages holds no key: value lines"),
        # PyYAML refuses a tab after "nav:", which the portfolio's reader takes: a traceback (a fuzz)
        ("nav:\t\n  - ...\n", 1, "awesome-pages cannot read .pages (found character '\\t' that cannot start any token"),
    ],
)
def test_a_pages_file_awesome_pages_cannot_read_is_an_error_at_its_line(
    project: Project, text: str, line: int, said: str
) -> None:
    """awesome-pages stops the build, in a traceback naming no line, on a `.pages` holding a value it refuses (a
    title that is a number, an entry of nav it cannot read), which `portfolio check` passed: an error at the line,
    told by awesome-pages' own reader, in the check and the build alike; what it reads is no error."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - awesome-pages\n"))
    project.write("evidence/about.md", "# About us\n")
    project.write("evidence/.pages", "nav:\n  - '2026': about.md\n  - ... | regex=\\.md$\n")
    project.write("evidence/partnerships/.pages", "")  # awesome-pages takes an empty one
    assert [p for p in project.problems() if "pages" in p.path] == []
    project.write("evidence/partnerships/.pages", text)
    found = [(p.code, p.path, p.line) for p in project.problems() if "pages" in p.path]
    code = "front-matter-shape" if text.startswith("-") else "pages-file"
    assert found == [(code, "evidence/partnerships/.pages", line)], found
    assert said in next(p.message for p in project.problems() if "pages" in p.path)
    if line == 3:
        built = project.build()
        assert built.failed and [entry for entry in built.log if "evidence/partnerships/.pages:3: error" in entry]


def test_a_pages_nav_entry_naming_nothing_the_navigation_shows_is_an_error_at_its_line(project: Project) -> None:
    """An entry of evidence/.pages' nav naming no page at the top of the navigation (a name mistyped, a folder of
    items, the library, which is under Browse) passed the check, and awesome-pages stopped the build in a traceback;
    one naming a page withheld from an audience stopped that audience's builds (a fuzz of malformed input). Each is
    an error at its line, in the check and the builds; the pages the navigation shows, a title's link and "..." are
    none."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - awesome-pages\n"))
    project.write("evidence/about.md", "# About us\n")
    project.write("evidence/staff.md", "---\ntitle: Staff room\nvisibility: internal\n---\nStaff.\n")
    project.write("evidence/partnerships/plan/a.md", md(EVIDENCE))
    valid = "nav:\n  - index.md\n  - about.md\n  - improvement-plan.md\n  - Web: https://example.org/\n  - ...\n"
    project.write("evidence/.pages", valid)
    assert [p for p in project.problems() if p.code == "pages-file"] == []
    project.write(
        "evidence/.pages",
        "nav:\n  - about.md\n  - abuot.md\n  - partnerships\n  - Browse:\n    - library.md\n  - staff.md\n  - ...\n",
    )
    found = [(p.line, p.message.split(", which ")[0]) for p in project.problems() if p.code == "pages-file"]
    assert found == [
        (3, 'the nav of .pages names "abuot.md"'),
        (4, 'the nav of .pages names "partnerships"'),
        (6, 'the nav of .pages names "library.md"'),
        (7, 'the nav of .pages names "staff.md"'),
    ], found
    said = [str(p) for p in project.problems() if p.code == "pages-file"]
    assert said[3] == (
        'evidence/.pages:7: error: the nav of .pages names "staff.md", which builds for the public and accreditor '
        "audience leave out (it is for the internal audience), and awesome-pages stops those builds on it; take the "
        'entry out, and let "..." list it where it is shown'
    ), said
    public = project.build(audience="public")
    assert public.failed and all(any(line.endswith(s) for line in public.log) for s in said), public.log
    # an error of the portfolio's, as every error is: the internal build, which awesome-pages would pass, stops too
    internal = project.build(audience="internal")
    assert internal.failed and any(line.endswith(said[3]) for line in internal.log), internal.log


@pytest.mark.parametrize("why", ["a-folders-pages", "a-page-in-a-folder", "not-strict", "a-nav-in-mkdocs-yml"])
def test_a_pages_file_awesome_pages_does_not_read_is_not_told(project: Project, why: str) -> None:
    """The portfolio's navigation is flat: awesome-pages reads no folder's .pages, nor evidence/.pages in a build
    with a plain page in a folder (it is at the top of the navigation), nor any under a `nav` of mkdocs.yml; with
    its `strict` off, it warns of an entry it cannot find, and a strict build passes. The check told each as an
    error, and the builds stopped, where they had built (a review of valid portfolios). Each builds."""
    plugin = "  - awesome-pages:\n      strict: false\n" if why == "not-strict" else "  - awesome-pages\n"
    config = MKDOCS_YML.replace("  - tags\n", "  - tags\n" + plugin)
    if why == "a-nav-in-mkdocs-yml":
        config += "nav:\n  - index.md\n  - Guides:\n    - guides/a.md\n"
    project.write("mkdocs.yml", config)
    project.write("evidence/guides/a.md", "# A guide\n")
    project.write("evidence/guides/secret.md", "---\ntitle: Staff room\nvisibility: internal\n---\nStaff.\n")
    pages = "evidence/.pages" if why in ("a-page-in-a-folder", "not-strict") else "evidence/guides/.pages"
    project.write(pages, "nav:\n  - secret.md\n  - nosuch.md\n  - ...\n")
    if why == "not-strict":
        project.write("evidence/guides/a.md", "---\ntitle: A guide\nvisibility: internal\n---\nA.\n")
        project.write("evidence/about.md", "# About us\n")
    assert [str(p) for p in project.problems() if p.code == "pages-file"] == []
    built = project.build(audience="public")
    assert not built.failed, built.log


def test_a_file_too_large_for_a_picture_pasted_into_it_names_the_picture_s_line(project: Project) -> None:
    """A picture pasted into an item's text as a `data:` address made the file too large, and was told, at line 1,
    to "split it, or move large content into an attachment" (a novice's review): the picture's line, and how to
    show it from a file of its own; a file too large for its text alone is told as before."""
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config.replace("as_of: 2026-11-27\n", "as_of: 2026-11-27\n      max_file_mb: 0.01\n"))
    picture = "![](data:image/png;base64," + "iVBORw0KGgo" * 2_000 + ")\n"
    project.write("evidence/a.md", md(EVIDENCE, "Our new pool.\n\n" + picture))
    project.write("evidence/b.md", md(EVIDENCE, "Long minutes. " * 2_000))
    found = {(p.path, p.line): p.message for p in project.problems() if p.code == "file-too-large"}
    assert set(found) == {("evidence/a.md", 9), ("evidence/b.md", 1)}, found
    assert found["evidence/a.md", 9].endswith(
        "a picture is pasted into its text on this line (a data: address): save the picture as a file beside the "
        "item, and show it with ![what it shows](files/photo.jpg)"
    )
    assert found["evidence/b.md", 1].endswith("split it, or move large content into an attachment")


@pytest.mark.parametrize(
    "written",
    ["x: !!map [a]", "x: !!seq {a: 1}", "summary: !!timestamp x", "x: !!int soon", "x: !!float soon", "x: !!binary AA"],
)
def test_a_value_marked_with_a_yaml_tag_is_an_error_at_its_line(project: Project, written: str) -> None:
    """`!!map [a]`, `!!seq {a: 1}` and `!!timestamp x` stopped the check and the build in a traceback; `!!int soon`
    passed the check, built as text, where MkDocs stops the build (a fuzzer's finds): an error at the value's line,
    in both doors. `!!str`, and a tag a value has unmarked (`!!int 5`), are read as before."""
    project.write("evidence/about.md", f"---\ntitle: About\n{written}\n---\nText.\n")
    said = (
        f'evidence/about.md:3: error: "{written.split()[1]}" marks the value on this line: a value starting with ! (a '
        "YAML tag) is not read here; remove the word starting with ! before the value, or put the whole value in quotes"
    )
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout.splitlines(), checked.stdout
    built = project.build()
    assert built.failed and f"portfolio: {said}" in built.log, built.log
    project.write("evidence/about.md", "---\ntitle: !!str 2026\nx: !!int 5\n---\nText.\n")
    assert [p for p in project.problems() if p.path == "evidence/about.md" and p.severity == "error"] == []


def test_a_template_that_makes_no_whole_page_is_refused_by_both_doors(project: Project) -> None:
    """`template: partials/toc.html` passed the check and stopped the build with a traceback; `sitemap.xml`, MkDocs'
    own, was refused by the check as missing and built into a page of XML; `blog-post.html` outside the blog stopped
    the build (a hostile review). Each is an error at its line in both doors; a blog's post may name its own."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    post = (
        "---\ndate: 2026-01-01\nvisibility: public\ntemplate: blog-post.html\n---\n# Volunteer of the month\n\nOurs.\n"
    )
    project.write("evidence/blog/posts/ours.md", post)
    page = "---\ntitle: News\ntemplate: {template}\nvisibility: public\n---\n\nHi\n"
    project.write("evidence/news.md", page.format(template="main.html"))
    built = project.build(strict=True)
    assert not built.failed and "<p>Hi</p>" in built.html("news/"), built.log
    assert "Ours." in built.html("blog/2026/01/01/volunteer-of-the-month/")
    for template in (
        *("partials/toc.html", "Partials/toc.html", "fragments/tags/default/tag.html", "sitemap.xml", "blog-post.html"),
        *("mkdocs_theme.yml", "__init__.py"),  # (built into a page of the file's own text: a review of the change)
    ):
        project.write("evidence/news.md", page.format(template=template))
        told = [f"{p.path}:{p.line}: {p.code}" for p in project.problems() if p.severity == "error"]
        assert told == ["evidence/news.md:3: unknown-value"], (template, told)
        built = project.build()
        assert built.failed and any("evidence/news.md:3: error:" in line for line in built.log), (template, built.log)


def test_a_list_entry_indented_less_is_told_the_indentation_of_its_own_list() -> None:
    """Below a list inside another list's entry, an entry indented less than both was told to take the inner list's
    indentation, which would put it inside that entry (a review of the change): it is told its own list's."""
    from evidence_portfolio.reading.yaml_lines import YamlProblem, load_yaml

    nav = "nav:\n  - Home: index.md\n  - Section:\n      - a.md\n      - b.md\n - c.md\n"
    with pytest.raises(YamlProblem) as told:
        load_yaml(nav)
    assert told.value.line == 5 and "indent it 2 spaces, as they are" in str(told.value), told.value


def test_a_page_named_after_a_file_the_site_writes_stops_the_build_at_its_line(project: Project) -> None:
    """evidence/evidence.csv.md passed the check and stopped the build in a FileExistsError (a fuzz)."""
    project.item("evidence.csv.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    built = project.build()
    assert built.failed and any("evidence/evidence.csv.md:1: error: this file's address" in line for line in built.log)


def test_a_framework_option_naming_a_file_too_long_for_the_system_is_told_at_its_line(project: Project) -> None:
    """A `framework:` of 5,000 characters stopped the build in an OSError, and the check named no line (a fuzz)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: " + "a" * 5000 + ".yml"))
    told = "mkdocs.yml:10: error: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... cannot be read (File name"
    done = project.check_in_process()
    assert done.code == 1 and done.stdout.startswith(told), done
    built = project.build()
    assert built.failed and any(told in line for line in built.log), built.log


def test_a_template_climbing_out_of_the_themes_folders_is_told_so(project: Project) -> None:
    """`template: ../x` was told that the portfolio's own templates make its generated pages (a fuzz)."""
    project.write("evidence/news.md", "---\ntitle: News\ntemplate: ../main.html\n---\n\nHi\n")
    [problem] = [p for p in project.problems() if p.path == "evidence/news.md"]
    assert (problem.line, problem.code) == (3, "unknown-value") and problem.message.startswith(
        '"template" may not name "../main.html": a template is named from the theme\'s folders, without ".."'
    ), problem


def test_an_assessor_report_without_its_challenge_names_no_challenge_none(project: Project) -> None:
    """Without `challenge`, an assessor report that rated nothing was said to be the latest of challenge "None" (a
    fuzz): its missing challenge is told, and nothing of "None"."""
    project.item("ar.md", "title: AR\ntype: assessor-report\nassessor: Jo\ndate: 2026-01-01\nvisibility: accreditor")
    said = [p.message for p in project.problems() if p.path == "evidence/ar.md"]
    assert said and any("challenge" in message for message in said) and not any("None" in m for m in said), said


def test_a_quoted_texts_notes_keep_their_paragraphs_and_its_code_stays_code(project: Project) -> None:
    """A note of two paragraphs carried the next note into its own, a fenced block's `[^a]:` line was taken out of
    the pack as a note, a `[^b]:` line in raw HTML (a script's) was printed as a note, and a label's quote was written into the
    pack's HTML as it is (reviews of the change): each note is a paragraph of its own, code is code, raw HTML is no
    note, and a label is written as text in its attributes."""
    files = {
        **COVERED,
        "mkdocs.yml": MKDOCS_YML + "markdown_extensions:\n  - footnotes\n",
        "evidence/sa1.md": md(
            "title: SA1\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nvisibility: public",
            '## Plan\n\nWe plan.[^a] Then.[^b] Quoted.[^q"x]\n\n```\n[^a]: inside code\n```\n\n'
            '[^a]: First note.\n\n    Its second paragraph.\n\n[^b]: Note b.\n[^q"x]: Quoted note.\n\n'
            "<div>\n[^b]: A block's text.\n</div>\n",
        ),
    }
    write_files(project, files)
    built = project.build(audience="internal")
    assert not built.failed, built.log
    pack = BeautifulSoup(built.html("accreditation-pack/"), "html.parser")
    notes = [li.get_text(" ", strip=True) for li in pack.select("li") if li.find(id=re.compile("^fn:"))]
    assert notes == ["First note. Its second paragraph.", "Note b.", "Quoted note."], notes
    assert "[^a]: inside code" in pack.find("code").get_text(), "the code stays code"
    assert pack.find(id=re.compile('^fn:.*q"x$')) is not None, "the label, as text in its id"
