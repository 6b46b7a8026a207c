"""Errors and warnings (SPEC section 5): every kind, from a real file on disk, at its exact `PATH:LINE`.

Each case is one row of a table: the files it writes, the `PATH:LINE: severity: ` prefix it expects and a
distinctive part of the message. For each row, `portfolio check` must print the line (exit 1 for errors; 0 for
warnings, 1 with `--strict`) and `mkdocs build` must log the very same line (failing for errors; for warnings
failing only with `strict=True`).

Front matter starts on line 2 of an item (line 1 is `---`), so an item's first key is on line 2, and a
required key that is absent is reported at line 1, the `---` that opens the front matter.
"""

from __future__ import annotations

import json
import os
import textwrap
from dataclasses import dataclass

import pytest

from conftest import FRAMEWORK, Project


# ----------------------------------------------------------------------------------------------------- helpers


def md(front_matter: str, body: str = "Body text.\n") -> str:
    """A Markdown file with the given front matter (dedented); its first key is on line 2."""
    return "---\n" + textwrap.dedent(front_matter).strip("\n") + "\n---\n" + body


def evidence(maps_to: str, date: str = "2026-06-01", title: str = "Evidence") -> str:
    return md(f"title: {title}\ntype: evidence\nmaps_to: {maps_to}\ndate: {date}\n")


def framework(old: str, new: str) -> str:
    """The test framework with one piece of text replaced (which must be there)."""
    assert old in FRAMEWORK, old
    return FRAMEWORK.replace(old, new, 1)


@dataclass(frozen=True)
class Link:
    """A symbolic link to `target`, a path relative to the folder holding the project (outside it)."""

    target: str
    directory: bool = False


COVERED = {
    "evidence/cover/partnerships-plan.md": evidence("partnerships/plan"),
    "evidence/cover/partnerships-do.md": evidence("partnerships/do"),
    "evidence/cover/partnerships-review.md": evidence("partnerships/review"),
    "evidence/cover/people-plan.md": evidence("people/plan"),
}
"""Items that cover every section of the test framework: with them, a project has no coverage warning."""

STALE_FRAMEWORK = framework("min_evidence: 1\n", "min_evidence: 1\nmax_evidence_age_days: 365\n")
"""As of 2026-11-27 (the fixture's `as_of`), an item dated 2025-11-27 is 365 days old: not stale; 2025-11-26 is."""


def write_files(project: Project, files: dict[str, str | bytes | Link]) -> None:
    outside = project.root.parent
    for path, content in files.items():
        if isinstance(content, Link):
            target = outside / content.target
            if content.directory:
                target.mkdir(parents=True, exist_ok=True)
                (target / "secret.md").write_text("# Secret\n", encoding="utf-8")
            elif not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text("# Outside the project\n", encoding="utf-8")
            link = project.root / path
            link.parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, link, target_is_directory=content.directory)
        else:
            project.write(path, content)


def logged(log: list[str], line: str) -> bool:
    """Whether the build log holds `line` (MkDocs' plugin logger may put "portfolio: " before it)."""
    return any(entry == line or entry.endswith(": " + line) for entry in log)


def find_line(lines: list[str], prefix: str, fragment: str) -> str:
    """The one line that starts with `prefix` and contains `fragment`."""
    found = [line for line in lines if line.startswith(prefix) and fragment in line]
    assert len(found) == 1, f"expected one line {prefix!r}...{fragment!r}, got:\n" + "\n".join(lines)
    return found[0]


# --------------------------------------------------------------------------------------------------- the table


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str | bytes | Link]
    prefix: str
    """The exact start of the line: `PATH:LINE: error: ` or `PATH:LINE: warning: `."""
    fragment: str
    """A distinctive part of the message."""
    alone: bool = False
    """The line is the only problem of the project (a warning row that also writes COVERED)."""

    @property
    def severity(self) -> str:
        return "error" if self.prefix.endswith(": error: ") else "warning"


ERRORS = [
    # --- YAML that does not parse, at its line
    Case(
        "yaml-unclosed-bracket-before-more-keys",
        {"evidence/a.md": md("title: A\ntags: [one, two\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-unclosed-bracket-last-line",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ntags: [one, two")},
        "evidence/a.md:5: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-unclosed-quote",
        {"evidence/a.md": md('title: "A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01')},
        "evidence/a.md:2: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-bad-indentation-of-list-entry",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n - partnerships/do\ndate: 2026-01-01")},
        "evidence/a.md:6: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-bad-indentation-of-key",
        {"evidence/a.md": md("title: A\n type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-tab-indentation",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n\t- partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:5: error: ", "YAML does not parse",
    ),
    Case(
        "yaml-framework-does-not-parse",
        {"framework.yml": framework("title: Test Standard\n", "title: Test: Standard\n")},
        "framework.yml:2: error: ", "YAML does not parse",
    ),
    # --- front matter never closed; not UTF-8; not a mapping
    Case(
        "front-matter-never-closed",
        {"evidence/a.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n\nBody.\n"},
        "evidence/a.md:1: error: ", "never closed",
    ),
    Case(
        "front-matter-never-closed-on-plain-page",
        {"evidence/guide.md": "---\ntitle: Guide\n\n# Guide\n"},
        "evidence/guide.md:1: error: ", "never closed",
    ),
    Case(
        "not-utf8-in-front-matter",
        {"evidence/a.md": b"---\ntitle: A\ntype: evidence\nsummary: caf\xe9\nmaps_to: partnerships/plan\ndate: 2026-01-01\n---\n"},
        "evidence/a.md:4: error: ", "not UTF-8",
    ),
    Case(
        "not-utf8-in-body-of-plain-page",
        {"evidence/guide.md": b"# Guide\n\nSome text.\n\ncaf\xe9 au lait\n"},
        "evidence/guide.md:5: error: ", "not UTF-8",
    ),
    Case(
        "not-utf8-framework-line-1",
        {"framework.yml": FRAMEWORK.replace("id: test-standard", "id: caf\xe9").encode("latin-1")},
        "framework.yml:1: error: ", "not UTF-8",
    ),
    Case(
        "not-utf8-framework-later-line",
        {"framework.yml": FRAMEWORK.replace("title: Test Standard", "title: Test caf\xe9").encode("latin-1")},
        "framework.yml:2: error: ", "not UTF-8",
    ),
    Case(
        "front-matter-is-a-list",
        {"evidence/a.md": md("- title: A\n- type: evidence")},
        "evidence/a.md:2: error: ", "front matter must be key: value lines, not a list",
    ),
    Case(
        "front-matter-is-text",
        {"evidence/a.md": md("just some words")},
        "evidence/a.md:2: error: ", "front matter must be key: value lines, not text",
    ),
    Case(
        "framework-is-a-list",
        {"framework.yml": "- id: test-standard\n- title: Test Standard\n"},
        "framework.yml:1: error: ", "must be a mapping",
    ),
    # --- a missing required key: at line 2, where the front matter's mapping starts
    Case(
        "missing-title",
        {"evidence/a.md": md("type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:1: error: ", 'missing required key "title"',
    ),
    Case(
        "empty-title",
        {"evidence/a.md": md("type: evidence\ntitle:\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", '"title" is empty',
    ),
    Case(
        "empty-type",
        {"evidence/a.md": md("title: A\ntype:\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", '"type" is empty',
    ),
    *[
        Case(
            f"missing-maps_to-of-{item_type}",
            {"evidence/a.md": md(f"title: A\ntype: {item_type}\ndate: 2026-01-01" + extra)},
            "evidence/a.md:1: error: ", 'missing required key "maps_to"',
        )
        for item_type, extra in [
            ("evidence", ""),
            ("case-study", ""),
            ("celebration", ""),
            ("action", "\nowner: Jane\ndue: 2027-01-01"),
        ]
    ],
    Case(
        "missing-date",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan")},
        "evidence/a.md:1: error: ", 'missing required key "date"',
    ),
    Case(
        "missing-owner-of-action",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\ndue: 2027-01-01")},
        "evidence/a.md:1: error: ", 'missing required key "owner"',
    ),
    Case(
        "missing-due-of-action",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane")},
        "evidence/a.md:1: error: ", 'missing required key "due"',
    ),
    Case(
        "missing-challenge-of-self-assessment",
        {"evidence/a.md": md("title: A\ntype: self-assessment\ndate: 2026-01-01\nratings:\n  plan: good")},
        "evidence/a.md:1: error: ", 'missing required key "challenge"',
    ),
    Case(
        "missing-title-in-framework",
        {"framework.yml": framework("title: Test Standard\n", "")},
        "framework.yml:1: error: ", 'missing required key "title"',
    ),
    # --- a value of the wrong kind
    Case(
        "title-is-a-list",
        {"evidence/a.md": md("title: [A, B]\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:2: error: ", '"title" must be text, not a list',
    ),
    Case(
        "maps_to-is-a-mapping",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  partnerships: plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error: ", '"maps_to" must be a list (or a single text), not a mapping',
    ),
    Case(
        "tags-is-a-mapping",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: {older: adults}")},
        "evidence/a.md:6: error: ", '"tags" must be a list (or a single text), not a mapping',
    ),
    Case(
        "list-entry-is-a-mapping",
        {"evidence/a.md": md(
            "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
            "partners:\n  - NHS Trust\n  - name: County Council"
        )},
        "evidence/a.md:8: error: ", 'each entry of "partners" must be text, not a mapping',
    ),
    Case(
        "maps_to-entry-is-a-mapping",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n  - {people: plan}\ndate: 2026-01-01")},
        "evidence/a.md:6: error: ", 'each entry of "maps_to" must be text, not a mapping',
    ),
    Case(
        "ratings-is-a-list",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: [good]")},
        "evidence/a.md:6: error: ", '"ratings" must be section: rating lines',
    ),
    Case(
        "min_evidence-is-not-a-whole-number",
        {"framework.yml": framework("min_evidence: 1\n", "min_evidence: two\n")},
        "framework.yml:13: error: ", '"min_evidence" must be a whole number',
    ),
    Case(
        "min_evidence-is-below-1",
        {"framework.yml": framework("min_evidence: 1\n", "min_evidence: 0\n")},
        "framework.yml:13: error: ", '"min_evidence" must be at least 1',
    ),
    # --- unknown names, with the closest valid one suggested
    Case(
        "unknown-type",
        {"evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", 'unknown type "evidnce"; did you mean "evidence"?',
    ),
    Case(
        "unknown-type-with-a-space",
        {"evidence/a.md": md("title: A\ntype: case study\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: error: ", 'unknown type "case study"; did you mean "case-study"?',
    ),
    Case(
        "unknown-challenge-in-maps_to",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnership/plan\ndate: 2026-01-01")},
        "evidence/a.md:4: error: ", 'unknown challenge "partnership" in maps_to; did you mean "partnerships"?',
    ),
    Case(
        "unknown-challenge-in-maps_to-list-entry",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to:\n  - partnerships/plan\n  - peeple/plan\ndate: 2026-01-01")},
        "evidence/a.md:6: error: ", 'unknown challenge "peeple" in maps_to; did you mean "people"?',
    ),
    Case(
        "unknown-challenge-of-self-assessment",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnership\ndate: 2026-01-01")},
        "evidence/a.md:4: error: ", 'unknown challenge "partnership"; did you mean "partnerships"?',
    ),
    Case(
        "unknown-section-in-maps_to",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plna\ndate: 2026-01-01")},
        "evidence/a.md:4: error: ", 'unknown section "plna" of challenge "partnerships" in maps_to; did you mean "plan"?',
    ),
    Case(
        "unknown-section-in-ratings",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: good\n  reveiw: fair")},
        "evidence/a.md:8: error: ", 'unknown section "reveiw" of challenge "partnerships" in ratings; did you mean "review"?',
    ),
    Case(
        "unknown-rating",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: goood")},
        "evidence/a.md:7: error: ", 'unknown rating "goood" as rating of "plan"; did you mean "good"?',
    ),
    Case(
        "unknown-overall-rating",
        {"evidence/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\noverall: grate")},
        "evidence/a.md:6: error: ", 'unknown rating "grate" as overall; did you mean "great"?',
    ),
    Case(
        "unknown-visibility",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: publc")},
        "evidence/a.md:6: error: ", 'unknown visibility "publc"; did you mean "public"?',
    ),
    Case(
        "unknown-visibility-of-plain-page",
        {"evidence/guide.md": md("title: Guide\nvisibility: intrnal", "# Guide\n")},
        "evidence/guide.md:3: error: ", 'unknown visibility "intrnal"; did you mean "internal"?',
    ),
    Case(
        "unknown-status",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01\nstatus: don")},
        "evidence/a.md:8: error: ", 'unknown status "don"; did you mean "done"?',
    ),
    Case(
        "unknown-rollup-in-framework",
        {"framework.yml": framework("rollup: median\n", "rollup: medain\n")},
        "framework.yml:12: error: ", 'unknown rollup "medain"; did you mean "median"?',
    ),
    # --- a date that is not a date
    Case(
        "date-does-not-exist",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30")},
        "evidence/a.md:5: error: ", '"date" is not a date: "2026-02-30"',
    ),
    Case(
        "date-in-day-month-year",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 14/05/2026")},
        "evidence/a.md:5: error: ", '"date" is not a date: "14/05/2026"',
    ),
    Case(
        "date-is-a-number",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026")},
        "evidence/a.md:5: error: ", '"date" is not a date: "2026"',
    ),
    Case(
        "due-is-not-a-date",
        {"evidence/a.md": md("title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: Jane\ndue: 2027-13-01")},
        "evidence/a.md:7: error: ", '"due" is not a date: "2027-13-01"',
    ),
    # --- attachments missing or outside evidence/
    Case(
        "attachment-missing",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [files/plan.pdf]")},
        "evidence/a.md:6: error: ", 'attachment "files/plan.pdf" does not exist',
    ),
    Case(
        "attachment-missing-second-list-entry",
        {
            "evidence/a.md": md(
                "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
                "attachments:\n  - files/there.pdf\n  - files/gone.pdf"
            ),
            "evidence/files/there.pdf": b"%PDF-1.4\n",
        },
        "evidence/a.md:8: error: ", 'attachment "files/gone.pdf" does not exist',
    ),
    Case(
        "attachment-with-dot-dot",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [../mkdocs.yml]")},
        "evidence/a.md:6: error: ", 'attachment "../mkdocs.yml" is outside evidence/',
    ),
    Case(
        "attachment-with-dot-dot-from-subfolder",
        {"evidence/sub/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: files/../../../framework.yml")},
        "evidence/sub/a.md:6: error: ", 'attachment "files/../../../framework.yml" is outside evidence/',
    ),
    Case(
        "attachment-absolute",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [/etc/hostname]")},
        "evidence/a.md:6: error: ", 'attachment "/etc/hostname" is outside evidence/',
    ),
    Case(
        "attachment-through-a-link-leading-out:the-attachment",
        {
            "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [files/plan.pdf]"),
            "evidence/files/plan.pdf": Link("outside/plan.pdf"),
        },
        "evidence/a.md:6: error: ", 'attachment "files/plan.pdf" is outside evidence/',
    ),
    Case(
        "attachment-through-a-link-leading-out:the-link",
        {
            "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [files/plan.pdf]"),
            "evidence/files/plan.pdf": Link("outside/plan.pdf"),
        },
        "evidence/files/plan.pdf:1: error: ", "symbolic link leads outside evidence/",
    ),
    # --- symbolic links under evidence/ that lead outside it: a whole-file problem, line 1
    Case(
        "symlink-to-a-page-outside",
        {"evidence/borrowed.md": Link("outside.md")},
        "evidence/borrowed.md:1: error: ", "symbolic link leads outside evidence/",
    ),
    Case(
        "symlink-to-a-folder-outside",
        {"evidence/shared": Link("shared-folder", directory=True)},
        "evidence/shared:1: error: ", "symbolic link leads outside evidence/",
    ),
    Case(
        "symlink-to-the-framework",
        {"evidence/framework.md": Link("project/framework.yml")},
        "evidence/framework.md:1: error: ", "symbolic link leads outside evidence/",
    ),
    # --- duplicate ids in framework.yml, at the line of the duplicate entry
    Case(
        "duplicate-rating-level-id",
        {"framework.yml": framework("  - {id: great, label: Great}\n", "  - {id: great, label: Great}\n  - {id: good, label: Very good}\n")},
        "framework.yml:8: error: ", 'duplicate id "good" in rating_scale (first on line 6)',
    ),
    Case(
        "duplicate-section-id",
        {"framework.yml": framework("  - {id: review, label: Review}\n", "  - {id: review, label: Review}\n  - {id: do, label: Doing}\n")},
        "framework.yml:12: error: ", 'duplicate id "do" in sections (first on line 10)',
    ),
    Case(
        "duplicate-challenge-id",
        {"framework.yml": FRAMEWORK + "  - id: partnerships\n    title: Partnerships again\n    sections:\n      do:\n        question: Again?\n"},
        "framework.yml:35: error: ", 'duplicate id "partnerships" in challenges (first on line 15)',
    ),
    Case(
        "unknown-section-of-a-challenge-in-framework",
        {"framework.yml": framework("      review:\n", "      reveiw:\n")},
        "framework.yml:26: error: ", 'unknown section "reveiw" in challenge "partnerships"; did you mean "review"?',
    ),
    Case(
        "duplicate-key-in-front-matter",
        {"evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntitle: B")},
        "evidence/a.md:6: error: ", '"title" is given twice',
    ),
    # --- two self-assessments of one challenge on one date: at the date line of each
    Case(
        "two-self-assessments-on-one-date",
        {
            "evidence/self-assessments/b-second.md": md(
                "title: B\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  plan: poor"
            ),
            "evidence/self-assessments/a-first.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  do: poor"
            ),
        },
        "evidence/self-assessments/b-second.md:5: error: ",
        'two self-assessments of challenge "partnerships" on 2026-10-01 (this one and evidence/self-assessments/a-first.md)',
    ),
    Case(
        "readme-at-the-root-takes-the-overviews-address",
        {"evidence/README.md": "# Readme\n\nHello\n"},
        "evidence/README.md:1: error: ", "would have the address of a page the portfolio generates (evidence/index.md)",
    ),
    Case(
        "rating-levels-sharing-a-name",
        {"framework.yml": framework("- {id: fair, label: Fair}", "- {id: fair, label: Poor}")},
        "framework.yml:3: error: ", 'rating levels "poor" and "fair" are both called "poor"',
    ),
    Case(  # the same clash, reported in the other file too
        "two-self-assessments-on-one-date:the-first",
        {
            "evidence/self-assessments/b-second.md": md(
                "title: B\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  plan: poor"
            ),
            "evidence/self-assessments/a-first.md": md(
                "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings:\n  do: poor"
            ),
        },
        "evidence/self-assessments/a-first.md:5: error: ",
        'two self-assessments of challenge "partnerships" on 2026-10-01 (this one and evidence/self-assessments/b-second.md)',
    ),
]

WARNINGS = [
    # --- an unknown front-matter key, with a suggestion
    Case(
        "unknown-key-partner",
        {**COVERED, "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\npartner: NHS Trust")},
        "evidence/a.md:6: warning: ", 'unknown key "partner" in front matter; did you mean "partners"?',
        alone=True,
    ),
    Case(
        "unknown-key-tag",
        {**COVERED, "evidence/a.md": md("title: A\ntag: older-adults\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: warning: ", 'unknown key "tag" in front matter; did you mean "tags"?',
        alone=True,
    ),
    Case(
        "unknown-key-in-framework",
        {**COVERED, "framework.yml": framework("rollup: median\n", "rollup: median\nrollups: min\n")},
        "framework.yml:13: warning: ", 'unknown key "rollups" in framework.yml; did you mean "rollup"?',
        alone=True,
    ),
    # --- a page that looks like an item but has no (correctly spelt) type: it would be published silently
    Case(
        "misspelt-type-key",
        {**COVERED, "evidence/a.md": md("title: A\ntyp: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")},
        "evidence/a.md:3: warning: ", 'unknown key "typ"; did you mean "type"? Without "type", so this page is a plain page',
        alone=True,
    ),
    Case(
        "item-keys-on-a-plain-page",
        {**COVERED, "evidence/a.md": md("title: A\ndate: 2026-01-01\nmaps_to: partnerships/plan")},
        "evidence/a.md:4: warning: ", '"maps_to" is only read on items, and this page has no "type"',
        alone=True,
    ),
    # --- files MkDocs leaves out are named, not dropped silently
    Case(
        "dot-file-is-not-published",
        {**COVERED, "evidence/.draft.md": md("title: Draft\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")},
        "evidence/.draft.md:1: warning: ", "this file is not published (its name starts with a dot)",
        alone=True,
    ),
    Case(
        "templates-folder-is-not-published",
        {**COVERED, "evidence/templates/t.md": "# T\n"},
        "evidence/templates:1: warning: ", "this folder is not published (MkDocs keeps evidence/templates/ for themes)",
        alone=True,
    ),
    # --- a file no page refers to: published to every audience
    Case(
        "unreferenced-file",
        {**COVERED, "evidence/files/minutes.pdf": b"%PDF-1.4"},
        "evidence/files/minutes.pdf:1: warning: ", "no page refers to this file, so it is published to every audience",
        alone=True,
    ),
    # --- a stale item: at its `date` line
    Case(
        "stale-item",
        {
            **COVERED,
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: case-study\nmaps_to: partnerships/do\ndate: 2025-11-26"),
        },
        "evidence/old.md:5: warning: ", "stale: dated 2025-11-26, 366 days before 2026-11-27",
        alone=True,
    ),
    # --- a section that is not covered: names the challenge and the section, how many of how many
    Case(
        "section-not-covered-empty-project",
        {},
        "framework.yml:20: warning: ",
        'section "plan" of challenge "partnerships" is not covered: it has 0 supporting items of the 1 it needs',
    ),
    Case(
        "section-not-covered-other-challenge",
        {k: v for k, v in COVERED.items() if "people" not in k},
        "framework.yml:32: warning: ",
        'section "plan" of challenge "people" is not covered: it has 0 supporting items of the 1 it needs',
        alone=True,
    ),
    Case(
        "section-not-covered-min-evidence-2",
        {
            "framework.yml": framework("min_evidence: 1\n", "min_evidence: 2\n"),
            "evidence/a.md": evidence("partnerships/do"),
        },
        "framework.yml:23: warning: ",
        'section "do" of challenge "partnerships" is not covered: it has 1 supporting item of the 2 it needs',
    ),
    Case(
        "section-not-covered-by-stale-item",
        {
            **{k: v for k, v in COVERED.items() if "review" not in k},
            "framework.yml": STALE_FRAMEWORK,
            "evidence/old.md": md("title: Old\ntype: evidence\nmaps_to: partnerships/review\ndate: 2020-01-01"),
        },
        "framework.yml:27: warning: ",
        'section "review" of challenge "partnerships" is not covered: it has 0 supporting items of the 1 it needs',
    ),
    Case(
        "section-not-covered-by-actions-and-whole-challenge-items",
        {
            **{k: v for k, v in COVERED.items() if "review" not in k},
            "evidence/act.md": md("title: Act\ntype: action\nmaps_to: partnerships/review\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01"),
            "evidence/whole.md": evidence("partnerships"),
        },
        "framework.yml:26: warning: ",
        'section "review" of challenge "partnerships" is not covered: it has 0 supporting items of the 1 it needs',
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
        "evidence/sa.md:8: warning: ", 'rating not backed by evidence: "plan" is rated Fair',
    ),
    Case(
        "rating-not-backed-top-level",
        {
            "evidence/sa.md": md(
                "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings:\n  plan: great"
            ),
        },
        "evidence/sa.md:7: warning: ", 'rating not backed by evidence: "plan" is rated Great',
    ),
    # --- an action past its due that is not done: at its `due` line
    Case(
        "overdue-action-planned",
        {
            **COVERED,
            "evidence/act.md": md("title: Act\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-26"),
        },
        "evidence/act.md:7: warning: ", 'overdue action: due 2026-11-26 and status "planned"',
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
        "evidence/act.md:6: warning: ", 'overdue action: due 2026-03-01 and status "in-progress"',
        alone=True,
    ),
]


# ------------------------------------------------------------------------------------------------ the tests


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in ERRORS + WARNINGS])
def test_problem_is_reported_at_its_line(project: Project, case: Case) -> None:
    write_files(project, case.files)

    checked = project.check()
    assert "Traceback" not in checked.stderr, checked.stderr
    line = find_line(checked.lines, case.prefix, case.fragment)
    if case.alone:
        assert checked.lines == [line]

    if case.severity == "error":
        assert checked.code == 1, checked.stdout + checked.stderr
        built = project.build()
        assert built.failed
        assert logged(built.log, line), "\n".join(built.log)
    else:
        assert checked.code == 0, checked.stdout + checked.stderr
        assert not any(": error: " in text for text in checked.lines), checked.stdout
        strict = project.check("--strict")
        assert strict.code == 1
        assert line in strict.lines
        built = project.build()
        assert not built.failed, built.error + "\n" + "\n".join(built.log)
        assert logged(built.log, line), "\n".join(built.log)
        strict_build = project.build(strict=True)
        assert strict_build.failed
        assert logged(strict_build.log, line), "\n".join(strict_build.log)


# --------------------------------------------------------------------------------------- what is NOT a problem


def test_covered_project_is_clean(project: Project) -> None:
    write_files(project, COVERED)
    checked = project.check("--strict")
    assert (checked.code, checked.lines) == (0, [])
    assert not project.build(strict=True).failed


def test_item_exactly_max_age_old_is_not_stale(project: Project) -> None:
    write_files(project, {
        **{k: v for k, v in COVERED.items() if "partnerships-do" not in k},
        "framework.yml": STALE_FRAMEWORK,
        "evidence/old.md": md("title: Old\ntype: case-study\nmaps_to: partnerships/do\ndate: 2025-11-27"),
    })
    checked = project.check("--strict")
    # Not stale, so it also covers partnerships/do: no warning at all.
    assert (checked.code, checked.lines) == (0, [])


def test_done_action_past_due_and_action_due_today_are_not_overdue(project: Project) -> None:
    write_files(project, {
        **COVERED,
        "evidence/done.md": md(
            "title: Done\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-02-01\nstatus: done"
        ),
        "evidence/today.md": md("title: Today\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2026-11-27"),
        "evidence/later.md": md(
            "title: Later\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jane\ndue: 2027-01-01\nstatus: planned"
        ),
    })
    checked = project.check("--strict")
    assert (checked.code, checked.lines) == (0, [])


def test_lowest_rating_or_covered_section_needs_no_backing(project: Project) -> None:
    write_files(project, {
        **{k: v for k, v in COVERED.items() if "partnerships-review" not in k},
        "evidence/sa.md": md(
            "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\n"
            "ratings:\n  plan: great\n  do: good\n  review: poor\noverall: great"
        ),
    })
    checked = project.check()
    assert checked.code == 0
    assert not any("rating not backed" in line for line in checked.lines), checked.stdout
    # Only the uncovered review section is reported.
    assert checked.lines == [
        'framework.yml:26: warning: section "review" of challenge "partnerships" is not covered: it has 0 '
        "supporting items of the 1 it needs; add evidence mapped to partnerships/review"
    ]


def test_self_assessments_on_different_dates_or_challenges_do_not_clash(project: Project) -> None:
    write_files(project, {
        **COVERED,
        "evidence/sa/a.md": md("title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01"),
        "evidence/sa/b.md": md("title: B\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-02"),
        "evidence/sa/c.md": md("title: C\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01"),
    })
    checked = project.check("--strict")
    assert (checked.code, checked.lines) == (0, [])


def test_symlink_inside_evidence_is_no_problem(project: Project) -> None:
    write_files(project, COVERED)
    os.symlink(project.root / "evidence/cover/people-plan.md", project.root / "evidence/alias.md")
    checked = project.check("--strict")
    assert not any(": error: " in line for line in checked.lines), checked.stdout
    assert not any("symbolic link" in line for line in checked.lines), checked.stdout


# ------------------------------------------------------------------------------------- reporting as a whole


def test_every_problem_is_reported_before_the_build_fails(project: Project) -> None:
    write_files(project, {
        "evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        "evidence/z/b.md": md("title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30"),
        "evidence/m.md": "---\ntitle: never closed\n",
    })
    expected = [
        'evidence/a.md:3: error: unknown type "evidnce"; did you mean "evidence"?',
        "evidence/m.md:1: error: ",
        'evidence/z/b.md:5: error: "date" is not a date: "2026-02-30"',
    ]
    checked = project.check()
    assert checked.code == 1
    lines = [find_line(checked.lines, text.split(" error: ")[0] + " error: ", text.split(" error: ")[1]) for text in expected]
    built = project.build()
    assert built.failed
    for line in lines:
        assert logged(built.log, line), "\n".join(built.log)
    # The errors are counted in the message that stops the build.
    assert any("3 errors" in entry for entry in built.log) or "3 errors" in built.error


def test_framework_and_item_problems_are_reported_together(project: Project) -> None:
    write_files(project, {
        "framework.yml": framework("  - {id: review, label: Review}\n", "  - {id: review, label: Review}\n  - {id: do, label: Doing}\n"),
        "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 14/05/2026"),
    })
    checked = project.check()
    assert checked.code == 1
    framework_line = find_line(checked.lines, "framework.yml:12: error: ", 'duplicate id "do"')
    item_line = find_line(checked.lines, "evidence/a.md:5: error: ", '"date" is not a date')
    built = project.build()
    assert built.failed
    assert logged(built.log, framework_line) and logged(built.log, item_line), "\n".join(built.log)


def test_github_format(project: Project) -> None:
    write_files(project, {"evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")})
    checked = project.check("--format", "github")
    assert checked.code == 1
    assert '::error file=evidence/a.md,line=3::unknown type "evidnce"; did you mean "evidence"?' in checked.lines
    assert any(
        line.startswith("::warning file=framework.yml,line=20::") and 'section "plan" of challenge "partnerships"' in line
        for line in checked.lines
    ), checked.stdout
    assert all(line.startswith(("::error ", "::warning ")) for line in checked.lines), checked.stdout


def test_json_format(project: Project) -> None:
    write_files(project, {"evidence/a.md": md("title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")})
    checked = project.check("--format", "json")
    assert checked.code == 1
    problems = json.loads(checked.stdout)
    assert isinstance(problems, list)
    assert all(set(problem) == {"path", "line", "severity", "message"} for problem in problems)
    assert {
        "path": "evidence/a.md",
        "line": 3,
        "severity": "error",
        "message": 'unknown type "evidnce"; did you mean "evidence"?',
    } in problems
    assert any(
        problem["path"] == "framework.yml" and problem["line"] == 20 and problem["severity"] == "warning"
        for problem in problems
    )


def test_json_format_clean_project_is_empty_list(project: Project) -> None:
    write_files(project, COVERED)
    checked = project.check("--format", "json", "--strict")
    assert checked.code == 0
    assert json.loads(checked.stdout) == []


def test_folder_that_does_not_exist_exits_2(project: Project) -> None:
    result = project.run("check", str(project.root / "no-such-folder"))
    assert result.code == 2
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_project_without_evidence_folder_exits_2(project: Project) -> None:
    (project.root / "evidence").rmdir()
    result = project.check()
    assert result.code == 2
    assert "Traceback" not in result.stderr


def test_wrong_kind_message_is_not_self_contradictory(project: Project) -> None:
    write_files(project, {
        "evidence/a.md": md('title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\ntags: ["", older-adults]'),
        "evidence/b.md": md("title: !!binary aGVsbG8=\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    })
    checked = project.check()
    assert checked.code == 1
    tags = find_line(checked.lines, "evidence/a.md:6: error: ", '"tags"')
    title = find_line(checked.lines, "evidence/b.md:2: error: ", '"title" must be text')
    assert "must be text, not text" not in tags
    assert "must be text, not text" not in title


# ------------------------------------------------------------------------------------------------ no traceback


NASTY_ITEMS: dict[str, str | bytes] = {
    "evidence/empty.md": "",
    "evidence/only-dashes.md": "---\n",
    "evidence/empty-front-matter.md": "---\n---\n",
    "evidence/binary.md": b"\x00\x01\x02\xff\xfe\x00---\n",
    "evidence/bom.md": "\ufeff" + md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/crlf.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01").replace("\n", "\r\n"),
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
    "evidence/null-key.md": md("~: c\n1: d\ntrue: e\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/type-list.md": md("title: A\ntype: [evidence]\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/type-number.md": md("title: A\ntype: 5\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/type-map.md": md("title: A\ntype: {a: b}\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/datetime.md": md("title: 2026-05-14\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-14 10:00:00"),
    "evidence/bad-timestamp.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30T10:00:00"),
    "evidence/weird-maps.md": md(
        'title: A\ntype: evidence\nmaps_to: [null, 5, partnerships/plan/extra, /plan, "", "partnerships/", " / "]\ndate: 2026-01-01'
    ),
    "evidence/weird-ratings.md": md(
        "title: A\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\n"
        "ratings: {plan: [good], 5: good, do: null, review: {a: b}}\noverall: 3"
    ),
    "evidence/weird-challenge.md": md("title: A\ntype: self-assessment\nchallenge: {a: b}\ndate: 2026-01-01\nratings: {plan: good}"),
    "evidence/python-tag.md": md("title: !!python/object/apply:os.system ['echo pwned']\ntype: evidence"),
    "evidence/custom-tag.md": md("title: !foo bar\ntype: evidence"),
    "evidence/binary-tag.md": md("title: !!binary aGVsbG8=\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/set-tag.md": md("title: !!set {a, b}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/weird-attachments.md": md(
        'title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n'
        'attachments: ["C:\\\\x.pdf", "", "files/../..", "\\\\\\\\server\\\\x", 5, ".", "files", "a\\u0000b"]'
    ),
    "evidence/weird-action.md": md(
        "title: A\ntype: action\nmaps_to: partnerships/plan\ndate: 2026-01-01\nowner: [a, b]\ndue: yes\nstatus: true"
    ),
    "evidence/weird-visibility.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: [public]"),
    "evidence/plain-weird-visibility.md": md("title: A\nvisibility: 5"),
    "evidence/multi-doc.md": md("title: A\ntype: evidence\n---\nb: c"),
    "evidence/dots-close.md": "---\ntitle: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n...\nBody\n",
    "evidence/évidence unicode.md": md("title: Café\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/folder.md/inside.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/index.md": md("title: Intro\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
    "evidence/challenges/people.md": "# Clash\n",
}


def test_no_traceback_from_bad_items(project: Project) -> None:
    write_files(project, NASTY_ITEMS)
    os.symlink(project.root / "evidence/nowhere.md", project.root / "evidence/broken-link.md")
    checked = project.check()
    assert "Traceback" not in checked.stderr, checked.stderr
    assert checked.code == 1
    for line in checked.lines:
        assert ": error: " in line or ": warning: " in line, line
    # The build reports the same problems and stops cleanly (an unexpected exception would fail this test).
    built = project.build()
    assert built.failed
    for line in checked.lines:
        assert logged(built.log, line), line
    json_checked = project.check("--format", "json")
    assert "Traceback" not in json_checked.stderr
    assert len(json.loads(json_checked.stdout)) == len(checked.lines)


def test_no_traceback_from_a_symlink_loop(project: Project) -> None:
    write_files(project, COVERED)
    os.symlink(project.root / "evidence", project.root / "evidence/cover/loop", target_is_directory=True)
    checked = project.check()
    assert "Traceback" not in checked.stderr, checked.stderr
    assert checked.code in (0, 1)


BAD_FRAMEWORKS = {
    "empty": "",
    "null": "null\n",
    "scalar": "5\n",
    "empty-list": "[]\n",
    "not-utf8": b"\xff\xfe\x00id: x\n",
    "wrong-kinds": "id: Not A Slug\ntitle: [x]\nrating_scale: 5\nsections: {a: b}\nchallenges: [1, 2]\nrollup: 3\n",
    "level-entries": FRAMEWORK.replace("  - {id: poor, label: Poor}", "  - {id: [poor], label: Poor}\n  - 7\n  - {label: x}\n  - {id: 'a b'}"),
    "too-few-levels": FRAMEWORK.replace("  - {id: fair, label: Fair}\n  - {id: good, label: Good}\n  - {id: great, label: Great}\n", ""),
    "too-many-levels": FRAMEWORK.replace("  - {id: great, label: Great}\n", "".join(f"  - l{i}\n" for i in range(12))),
    "numbers": FRAMEWORK.replace("min_evidence: 1", "min_evidence: true\nmax_evidence_age_days: -1"),
    "challenge-sections-list": FRAMEWORK.replace("    sections:\n      plan:\n        question: How do you plan your workforce?\n        best_practice: A workforce plan.\n", "    sections: [plan]\n"),
    "challenge-section-null": FRAMEWORK + "  - id: extra\n    title: Extra\n    weight: heavy\n    sections:\n      plan:\n      do: text\n      review: {best_practice: [x]}\n",
    "challenge-no-sections": FRAMEWORK + "  - id: extra\n    title: Extra\n    sections: {}\n",
    "deep": "id: x\ntitle: " + "[" * 500 + "]" * 500 + "\n",
    "tabs": "id: x\n\ttitle: y\n",
    "python-tag": "id: !!python/name:os.system\ntitle: x\n",
}


@pytest.mark.parametrize("name", list(BAD_FRAMEWORKS))
def test_no_traceback_from_a_bad_framework(project: Project, name: str) -> None:
    write_files(project, {
        "framework.yml": BAD_FRAMEWORKS[name],
        "evidence/a.md": md("title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"),
        "evidence/sa.md": md("title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: {plan: good}"),
    })
    checked = project.check()
    assert "Traceback" not in checked.stderr, checked.stderr
    assert checked.code == 1
    assert any(line.startswith("framework.yml:") and ": error: " in line for line in checked.lines), checked.stdout


def test_missing_framework_is_a_setup_problem_not_a_traceback(project: Project) -> None:
    (project.root / "framework.yml").unlink()
    checked = project.check()
    assert "Traceback" not in checked.stderr
    assert checked.code == 2 and "there is no framework.yml in" in checked.stderr
    built = project.build()
    assert built.failed
    assert any("framework.yml:1: error: the framework file does not exist" in line for line in built.log)


def test_broken_mkdocs_yml_is_a_setup_problem_not_a_traceback(project: Project) -> None:
    project.write("mkdocs.yml", "site_name: [unclosed\n")
    checked = project.check()
    assert "Traceback" not in checked.stderr
    assert checked.code == 2


def test_files_that_mkdocs_yml_uses_or_pages_link_are_not_unreferenced(project: Project) -> None:
    write_files(project, {
        **COVERED,
        "evidence/images/logo.png": b"\x89PNG",
        "evidence/stylesheets/extra.css": "body {}\n",
        "evidence/images/photo.jpg": b"\xff\xd8",
        "evidence/about.md": "# About\n\n![Our team](images/photo.jpg)\n",
        "mkdocs.yml": (project.root / "mkdocs.yml").read_text().replace(
            "  font: false\n", "  font: false\n  logo: images/logo.png\n"
        ) + "extra_css: [stylesheets/extra.css]\n",
    })
    checked = project.check("--strict")
    assert (checked.code, checked.lines) == (0, [])
    assert not project.build(strict=True).failed


def test_yaml_errors_say_how_to_fix_them(project: Project) -> None:
    write_files(project, {"evidence/a.md": md("title: Minutes: May forum\ntype: evidence")})
    line = find_line(project.check().lines, "evidence/a.md:2: error: ", "YAML does not parse")
    assert line.endswith('put the whole value in quotes, such as title: "Minutes: May"), or this line is indented '
                         "more than the key above it")
