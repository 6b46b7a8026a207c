"""`portfolio new` and `portfolio report`, run as a contributor would: in a subprocess and at a real terminal (a
few tests), and otherwise through the command's `main` in this process (the same code, without starting Python)."""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import pexpect
import pytest

from conftest import FRAMEWORK, MKDOCS_YML, Project, git
from evidence_portfolio.config import PortfolioConfig
from evidence_portfolio.reading.plugin_options import PLUGIN_OPTIONS


def committed(project: Project) -> None:
    """The project's folder made a git repository, with everything in it committed on `main`."""
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "base")


def about(lines: list[str], name: str) -> list[str]:
    """The problems `portfolio check` gives of the files whose path holds `name`, but for the placeholder text that
    `portfolio new` writes under an item's headings (template-text), which is there for its author to replace."""
    return [line for line in lines if name in line and "still holds the placeholder text" not in line]


def test_new_writes_an_item_that_check_accepts(project: Project) -> None:
    done = project.run(
        "new",
        "case-study",
        "--title",
        "Café: joint bid / NHS?",
        "--maps-to",
        "partnerships/do",
        "--maps-to",
        "partnerships/review",
        "--partner",
        "NHS Trust",
        "--tag",
        "older-adults",
        "--visibility",
        "public",
        "--date",
        "2026-05-14",
        "--project",
        str(project.root),
    )
    assert done.code == 0, done.stderr
    assert done.stdout == "evidence/partnerships/do/2026-05-14-cafe-joint-bid-nhs.md\n"
    text = (project.root / done.stdout.strip()).read_text(encoding="utf-8")
    assert "title: 'Café: joint bid / NHS?'" in text
    for heading in ("## Context", "## What we did", "## Outcomes", "## What we learned"):
        assert heading in text
    checked = project.check()
    assert not about(checked.lines, "2026-05-14-cafe"), checked.stdout
    data = project.build().portfolio
    item = next(i for i in data["items"] if i["id"] == "partnerships/do/2026-05-14-cafe-joint-bid-nhs")
    assert item["title"] == "Café: joint bid / NHS?" and item["partners"] == ["NHS Trust"]
    assert item["maps_to"] == ["partnerships/do", "partnerships/review"] and item["visibility"] == "public"


@pytest.mark.parametrize("pinned", [True, False], ids=["as-of-pinned", "as-of-today"])
def test_new_dates_an_item_no_later_than_the_portfolios_as_of(project: Project, pinned: bool) -> None:
    """A portfolio pinned to an earlier day (mkdocs.yml's as_of) would call an item dated today one dated in the
    future, which `check --strict` refuses (an outside review): a new item takes that day, and says so."""
    if not pinned:
        project.write("mkdocs.yml", MKDOCS_YML.replace("      as_of: 2026-11-27\n", ""))
    done = project.run("new", "evidence", "--title", "Minutes", "--maps-to", "partnerships/do")
    assert done.code == 0, done.stderr
    today = datetime.date.today()
    day = min(today, datetime.date(2026, 11, 27)) if pinned else today
    assert done.stdout == f"evidence/partnerships/do/{day.isoformat()}-minutes.md\n"
    said = "portfolio new: dated 2026-11-27, the as_of of mkdocs.yml (a later date would be in the future for the "
    assert (said in done.stderr) == (day != today), done.stderr
    assert not about(project.check("--strict").lines, "-minutes.md")


def test_new_names_the_item_from_the_folder_it_runs_in(project: Project) -> None:
    """Run from a folder of the project (evidence/), where it finds the project too, `portfolio new` printed the path
    from the project's root, which `code PATH` there does not open (a careless-user review): it is the path from
    that folder; from the root, and from elsewhere with --project, the path from the root."""
    run = [sys.executable, "-m", "evidence_portfolio.cli", "new", "evidence", "--maps-to", "partnerships/do"]
    folder = project.root / "evidence/partnerships"
    folder.mkdir(parents=True)
    inside = subprocess.run([*run, "--title", "Inside"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert inside.returncode == 0, inside.stderr
    assert (folder / inside.stdout.strip()).is_file() and inside.stdout.startswith("do/"), inside.stdout
    again = subprocess.run([*run, "--title", "Inside"], cwd=folder, capture_output=True, text=True, timeout=60)
    assert again.returncode == 2 and f"portfolio new: {inside.stdout.strip()} already exists" in again.stderr
    outside = subprocess.run(
        [*run, "--title", "Outside", "--project", str(project.root)],
        cwd=project.root.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert outside.stdout.startswith("evidence/partnerships/do/") and (project.root / outside.stdout.strip()).is_file()


def test_new_action_and_self_assessment_skeletons(project: Project) -> None:
    action = project.command(
        "new",
        "action",
        "--title",
        "Start a forum",
        "--maps-to",
        "partnerships",
        "--owner",
        "Head of Sport",
        "--due",
        "2027-03-31",
        "--date",
        "2026-11-01",
        "--project",
        str(project.root),
    )
    assert action.stdout == "evidence/actions/2026-11-01-start-a-forum.md\n", action.stderr
    assessment = project.command(
        "new",
        "self-assessment",
        "--title",
        "Partnerships 2026",
        "--challenge",
        "partnerships",
        "--date",
        "2026-11-01",
        "--project",
        str(project.root),
    )
    path = assessment.stdout.strip()
    assert path == "evidence/self-assessments/2026-11-01-partnerships-2026.md", assessment.stderr
    text = (project.root / path).read_text(encoding="utf-8")
    assert text.count("### What do we currently do") == 3 and text.count("### What action can we take") == 3
    assert "> How do you review with partners?" in text
    checked = project.check_in_process()
    assert not about(checked.lines, "start-a-forum") + about(checked.lines, "partnerships-2026")
    data = project.build().portfolio
    items = {item["id"]: item for item in data["items"]}
    assert items["actions/2026-11-01-start-a-forum"]["owner"] == "Head of Sport"
    assert items["self-assessments/2026-11-01-partnerships-2026"]["ratings"] == {}


def new_evidence(project: Project, title: str) -> tuple[str, ...]:
    """The arguments of `portfolio new evidence` with `title`, mapped to partnerships/plan, in `project`."""
    return (
        "new",
        "evidence",
        "--title",
        title,
        "--maps-to",
        "partnerships/plan",
        "--date",
        "2026-01-01",
        "--project",
        str(project.root),
    )


def test_new_refuses_to_overwrite_and_rejects_unknown_names(project: Project) -> None:
    args = new_evidence(project, "Minutes")
    assert project.command(*args).code == 0
    again = project.command(*args)
    assert again.code == 2 and "already exists" in again.stderr
    wrong = project.command(
        "new", "evidence", "--title", "X", "--maps-to", "partnerships/pln", "--project", str(project.root)
    )
    assert wrong.code == 2
    assert 'unknown section "pln" of challenge "partnerships" in maps_to; did you mean "plan"?' in wrong.stderr
    typo = project.command("new", "evidnce", "--title", "X", "--project", str(project.root))
    assert typo.code == 2 and 'did you mean "evidence"?' in typo.stderr
    spaces = project.command(
        "new", "evidence", "--title", "   ", "--maps-to", "partnerships/plan", "--project", str(project.root)
    )
    assert spaces.code == 2 and "--title is empty" in spaces.stderr, "a title of spaces is no title"
    plural = project.command(
        "new",
        "evidence",
        "--title",
        "X",
        "--maps-to",
        "partnerships/plan",
        "--visibility",
        "everybody",
        "--project",
        str(project.root),
    )
    assert plural.code == 2 and "valid visibilities: public, accreditor, internal" in plural.stderr


def test_new_writes_nothing_check_would_refuse(project: Project) -> None:
    """SPEC 7: `new` writes valid front matter. A rating the scale lacks, an empty partner and a second
    self-assessment of a challenge on one date were written, and check refused them (an outside review); they are
    refused with exit 2, the reason given as check gives it, and nothing is written. Each is named by the option
    that gave it, not at a line of the file that is not written (a careless-user review)."""
    where = ("--project", str(project.root))
    superb = project.command(
        "new", "self-assessment", "--title", "SA", "--challenge", "partnerships", "--overall", "superb", *where
    )
    assert superb.code == 2 and superb.stderr.endswith(
        "the item was not written, because `portfolio check` would refuse it:\n"
        '--overall: unknown rating "superb" as overall; valid ratings: poor, fair, good, great\n'
    ), superb.stderr
    absent = project.command(*new_evidence(project, "A"), "--attachment", "here.pdf", "--attachment", "gone.pdf")
    assert absent.code == 2 and absent.stderr.count("\n--attachment: attachment ") == 2, absent.stderr
    empty = project.command(
        "new", "evidence", "--title", "E", "--maps-to", "partnerships/plan", "--partner", "", *where
    )
    assert empty.code == 2 and 'an entry of "partners" is empty' in empty.stderr, empty.stderr
    assert not list((project.root / "evidence").rglob("*.md"))
    first = project.command("new", "self-assessment", "--title", "SA", "--challenge", "partnerships", *where)
    assert first.code == 0, first.stderr
    second = project.command("new", "self-assessment", "--title", "Again", "--challenge", "partnerships", *where)
    assert second.code == 2 and 'two self-assessments of challenge "partnerships" on' in second.stderr, second.stderr
    assert len(list((project.root / "evidence").rglob("*.md"))) == 1
    assert project.check().code == 0


def test_a_new_self_assessment_or_assessor_report_is_titled_by_its_challenge_where_no_title_is_given(
    project: Project,
) -> None:
    """`portfolio new self-assessment --challenge partnerships` was refused for want of --title outside a terminal
    (a review); it is titled as the sample titles one, and `--title` is not asked at a terminal either."""
    where = ("--project", str(project.root), "--date", "2026-03-02")
    alone = project.command("new", "self-assessment", *where)
    assert alone.code == 2 and "--challenge is needed" in alone.stderr and "--title" not in alone.stderr, alone.stderr
    done = project.command("new", "self-assessment", "--challenge", "partnerships", *where)
    assert done.code == 0, done.stderr
    written = project.root / done.stdout.strip()
    assert "\ntitle: Partnerships self-assessment 2026\n" in written.read_text(encoding="utf-8")
    report = project.command("new", "assessor-report", "--challenge", "people", "--assessor", "A. Smith", *where)
    assert report.code == 0, report.stderr
    assert "\ntitle: People assessor report 2026\n" in (project.root / report.stdout.strip()).read_text()
    untitled = project.command("new", "evidence", "--maps-to", "partnerships/plan", *where)
    assert untitled.code == 2 and "--title is needed" in untitled.stderr, untitled.stderr
    assert project.check().code == 0


def test_new_takes_a_challenge_by_its_title_and_a_choice_by_its_label(project: Project) -> None:
    """`--challenge "People and volunteers"` was given the list of ids (a careless review of the commands), then
    told to write the id of the title it knew (a new organisation's review), as was `--status "in progress"`: each
    is taken, its id written; a title written otherwise is told the title it is close to."""
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write("framework.yml", framework.replace("title: People\n", "title: People and volunteers\n"))
    where = ("--project", str(project.root))
    done = project.command("new", "self-assessment", "--title", "S", "--challenge", "people and volunteers", *where)
    assert done.code == 0, done.stderr
    assert "challenge: people\n" in (project.root / done.stdout.strip()).read_text(encoding="utf-8")
    action = ("action", "--title", "A", "--maps-to", "people/plan", "--owner", "Jo", "--due", "2027-01-01")
    done = project.command("new", *action, "--status", "In  Progress", *where)
    assert done.code == 0, done.stderr
    assert "status: in-progress " in (project.root / done.stdout.strip()).read_text(encoding="utf-8")
    given = "People and volunteering"
    done = project.command("new", "self-assessment", "--title", "T", "--challenge", given, *where)
    assert done.code == 2 and done.stderr.startswith(
        f'portfolio new: --challenge: unknown challenge "{given}"; "{given}" is close to "People and volunteers", the '
        "title of"
    )


def test_new_names_the_option_at_fault_and_says_all_that_is_wrong_at_once(project: Project) -> None:
    """A date that does not exist in --due, an unknown challenge or section: the message did not name the option,
    as it does for --overall; and with --title left out, a bad --overall was said only on the next try (an outside
    review). Nothing is written, and the note of the date an item would get is not said either."""
    where = ("--project", str(project.root))
    said = {
        "--due: the date 2026-02-30 does not exist": (
            "action", "--title", "A", "--maps-to", "partnerships/plan", "--owner", "Jo", "--due", "2026-02-30"
        ),
        '--challenge: unknown challenge "nope"': (
            "assessor-report", "--title", "R", "--challenge", "nope", "--assessor", "A. Smith"
        ),

        '--maps-to: unknown section "plann" of challenge "partnerships"': (
            "evidence", "--title", "B", "--maps-to", "partnerships/plann"
        ),
        "--date: the date 2026-02-30 does not exist": (
            "evidence", "--title", "B", "--maps-to", "partnerships/plan", "--date", "2026-02-30"
        ),
    }  # fmt: skip

    def refused(*arguments: str) -> str:
        """What `new` says on refusing (not its note of the date an item it writes gets, mkdocs.yml's as_of)."""
        done = project.command("new", *arguments, *where)
        assert done.code == 2, done.stderr
        return done.stderr

    for message, arguments in said.items():
        assert refused(*arguments).startswith(f"portfolio new: {message}")
    assert refused("self-assessment", "--challenge", "partnerships", "--overall", "superb") == (
        "portfolio new: the item was not written, because `portfolio check` would refuse it:\n"
        '--overall: unknown rating "superb" as overall; valid ratings: poor, fair, good, great\n'
    )
    assert refused("evidence", "--maps-to", "partnerships/plann").startswith(
        "portfolio new: --title is needed (nothing is asked when not run in a terminal)\n--maps-to: unknown section"
    )
    assert not list((project.root / "evidence").rglob("*.md"))


def test_new_quotes_an_id_made_of_digits(project: Project) -> None:
    """A challenge imported from a sheet's number cell has an id such as "42": written bare, YAML read a number,
    and check refused the item `new` had written (an outside review)."""
    project.write("framework.yml", FRAMEWORK.replace("  - id: people\n", "  - id: '42'\n"))
    where = ("--project", str(project.root))
    assert project.command("new", "evidence", "--title", "E", "--maps-to", "42/plan", *where).code == 0
    assert project.command("new", "self-assessment", "--title", "S", "--challenge", "42", *where).code == 0
    texts = "".join(path.read_text(encoding="utf-8") for path in (project.root / "evidence").rglob("*.md"))
    assert "  - 42/plan\n" in texts and "challenge: '42'\n" in texts
    checked = project.check()
    assert checked.code == 0, checked.stdout


ASKED_DATE = "Date of the [a-z -]+ \\(YYYY-MM-DD\\) \\[\\d{4}-\\d\\d-\\d\\d\\]: "
"""The question of `portfolio new` at a terminal for an item's date ("Date of the case study"), with today as its
answer."""


def new_at_a_terminal(project: Project, *args: str) -> Any:
    """`portfolio new ARGS` of the project, run at a terminal: the running command."""
    command = ["-m", "evidence_portfolio.cli", "new", *args, "--project", str(project.root)]
    return pexpect.spawn(sys.executable, command, encoding="utf-8", timeout=30)


def _proposed_visibility_taken(child: Any, proposed: str) -> str:
    """The terminal of `portfolio new` asked for the visibility, `proposed` taken, and ended well: what it said
    after."""
    child.expect(f"Visibility \\[{proposed}\\]: ")
    child.sendline("")
    child.expect(pexpect.EOF)
    said: str = child.before
    child.close()
    assert child.exitstatus == 0, said
    return said


def _new_at_a_terminal(project: Project, sections: Callable[[Any], str]) -> Any:
    """`portfolio new evidence --title T` at a terminal, dated 2026-11-01, the sections it supports answered with
    what `sections` gives (handed the terminal, which it may read first), its visibility as proposed: the ended
    terminal."""
    child = new_at_a_terminal(project, "evidence", "--title", "T")
    child.expect("Date of the evidence \\(YYYY-MM-DD\\)")  # of its type: it asked "of the work or the document"
    child.sendline("2026-11-01")
    answer = sections(child)
    child.expect("numbers by spaces too\\): ")
    child.sendline(answer)
    _proposed_visibility_taken(child, "internal")
    return child


def test_new_at_a_terminal_takes_the_number_of_a_challenge_whose_id_is_digits(project: Project) -> None:
    """The number of the entry "42" became "42", read again as entry 42 of the list: a traceback (a review)."""
    project.write("framework.yml", FRAMEWORK.replace("  - id: people\n", "  - id: '42'\n"))

    def numbered(child: Any) -> str:
        child.expect(r"(\d+)\. 42 \(People, as a whole\)\r?\n")
        return str(child.match.group(1))

    _new_at_a_terminal(project, numbered)
    (path,) = (project.root / "evidence/42").glob("*.md")
    assert "maps_to:\n  - '42'\n" in path.read_text(encoding="utf-8")


def test_new_at_a_terminal_takes_numbers_separated_by_spaces(project: Project) -> None:
    """ "2 5" was read as the name of a challenge, "unknown challenge" (an outside review)."""
    _new_at_a_terminal(project, lambda child: "1  3")
    (path,) = (project.root / "evidence/partnerships/plan").glob("*.md")
    assert "maps_to:\n  - partnerships/plan\n  - partnerships/review\n" in path.read_text(encoding="utf-8")


def test_new_at_a_terminal_asks_an_actions_due_date_in_its_form(project: Project) -> None:
    """ "Due:" was asked with no word of how to write it, where the item's date says YYYY-MM-DD (a new organisation's
    review)."""
    child = new_at_a_terminal(
        project, "action", "--title", "A", "--maps-to", "partnerships/plan", "--owner", "Jo", "--date", "2026-11-01"
    )
    child.expect("Due \\(YYYY-MM-DD\\): ")
    child.sendline("2027-01-31")
    child.expect("Status \\[planned\\]: ")
    child.sendline("in progress")
    _proposed_visibility_taken(child, "internal")
    (path,) = (project.root / "evidence").rglob("*.md")
    assert "due: 2027-01-31" in path.read_text(encoding="utf-8") and "status: in-progress" in path.read_text()


def test_new_at_a_terminal_with_the_date_typed_is_not_told_no_date_was_given(project: Project) -> None:
    """An action's date typed at the prompt, its due date before it: told "as no --date was given", with the
    wrong date (a review of the change)."""
    child = new_at_a_terminal(
        project, "action", "--title", "Roof", "--maps-to", "partnerships/plan", "--owner", "Jo", "--due", "2026-02-01"
    )
    child.expect("Date of the improvement action \\(YYYY-MM-DD\\)")
    child.sendline("2026-03-01")
    child.expect("Status \\[planned\\]: ")
    child.sendline("")
    said = _proposed_visibility_taken(child, "internal")
    assert "due before it was raised" in said and "no --date was given" not in said, said


def test_new_at_a_terminal_asks_again_for_a_date_already_taken(project: Project) -> None:
    """A second self-assessment of a challenge on one day was refused once every question was answered, as
    "--date: two self-assessments ...", an option never typed, and every answer was thrown away (an outside review):
    the date is asked again, and the item written with the new one."""
    where = ("--project", str(project.root))
    assert (
        project.command(
            "new", "self-assessment", "--title", "S1", "--challenge", "partnerships", "--date", "2026-11-01", *where
        ).code
        == 0
    )
    child = new_at_a_terminal(project, "self-assessment", "--title", "S2", "--challenge", "partnerships")
    child.expect(ASKED_DATE)
    child.sendline("2026-11-01")
    for _ in range(3):  # each section's rating, left for later
        child.expect("Rating of [A-Za-z]+ \\(Enter: later, in the file\\) \\[later\\]: ")
        child.sendline("")
    child.expect("Visibility \\[accreditor\\]: ")
    child.sendline("")
    child.expect("Another date: ")
    assert 'two self-assessments of challenge "partnerships" on 2026-11-01 (this one and' in child.before
    child.sendline("2026-11-01")  # the same again: said again
    child.expect("Another date: ")
    child.sendline("2026-11-02")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "evidence/self-assessments/2026-11-02-s2.md" in child.before
    written = sorted(path.name for path in (project.root / "evidence").rglob("*.md"))
    assert written == ["2026-11-01-s1.md", "2026-11-02-s2.md"]
    assert project.check().code == 0


@pytest.mark.parametrize(
    "given",
    [("--maps-to", "partnerships/Dp"), ("--visibility", "publc"), ("--date", "31/12/2026"), ("--tag", "a,")],
)
def test_new_at_a_terminal_checks_the_options_given_before_it_asks_anything(
    project: Project, given: tuple[str, str]
) -> None:
    """A mistyped --maps-to was refused once the title and the date had been typed, and the answers lost (a careless
    user's review): at a terminal, what the command line gives is checked first."""
    child = new_at_a_terminal(project, "celebration", *given)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and f"portfolio new: {given[0]}" in child.before, child.before
    assert "Title" not in child.before and not list((project.root / "evidence").rglob("*.md"))


def test_new_says_a_type_written_after_an_option_of_several_values_was_read_as_one(project: Project) -> None:
    """`new --tag older-adults evidence` said only "TYPE is needed": --tag had taken "evidence" too (an outside
    review)."""
    done = project.run("new", "--tag", "older-adults", "evidence", "--title", "T")
    assert done.code == 2 and done.stderr == (
        'portfolio new: TYPE is needed: "evidence" was read as a value of --tag, which takes every word after it; '
        "write the type first: portfolio new evidence --tag ...\n"
    )
    assert not list((project.root / "evidence").rglob("*.md"))


def test_new_never_prompts_without_a_terminal(project: Project) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "evidence_portfolio.cli", "new", "evidence", "--project", str(project.root)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "--title and --maps-to are needed (nothing is asked when not run in a terminal)" in done.stderr
    assert not list((project.root / "evidence").rglob("*.md"))
    # every option left out, in one message, not one a run (a careless user's review)
    report = project.run("new", "assessor-report", "--title", "R")
    assert report.code == 2 and report.stderr == (
        "portfolio new: --challenge and --assessor are needed (nothing is asked when not run in a terminal)\n"
    ), report.stderr
    empty = project.run("new", "evidence", "--title", " ", "--maps-to", "partnerships/do")
    assert empty.code == 2 and "--title is empty; give the item's title" in empty.stderr, "not 'needed' (a review)"


def test_new_says_a_title_holds_an_invisible_character(project: Project) -> None:
    """A title pasted from a word processor or a chat, with a zero-width space in it, was refused with a line of a
    file the user never wrote (an outside review): the title itself is said to hold it, and nothing is written."""
    done = project.run(
        "new", "evidence", "--title", "Joint bid\u00a0with\u200b partners", "--maps-to", "partnerships/do"
    )
    said = "portfolio new: --title holds an invisible character (U+200B, zero width space), usually pasted from"
    assert done.code == 2 and said in done.stderr, done.stderr
    assert not list((project.root / "evidence").rglob("*.md"))


def test_new_rates_each_section_from_the_command_line_or_at_a_terminal(project: Project) -> None:
    """`portfolio new self-assessment` asked nothing of the ratings: each had to be typed into the file, and an
    assessor report was warned of rating no section (a new organisation's review). --rating and --target take
    SECTION=LEVEL (a section and a level by id or label, in any capitals); at a terminal each section's rating is
    asked, Enter leaving it for the file."""
    where = ("--project", str(project.root), "--date", "2026-11-01")
    given = ("--rating", "plan=Good", "Do:fair", "review=Not rated", "--target", "plan=great")
    done = project.command("new", "self-assessment", "--title", "S1", "--challenge", "partnerships", *given, *where)
    assert done.code == 0, done.stderr
    text = (project.root / "evidence/self-assessments/2026-11-01-s1.md").read_text(encoding="utf-8")
    assert (
        "\n  plan: good\n  do: fair\n  review: unrated\n" in text and "targets:" in text and "\n  plan: great\n" in text
    )
    for wrong, says in (
        ("plam=good", '--rating "plam=good" names no section of challenge "partnerships"; did you mean "plan"?'),
        ("plan=goood", '--rating "plan=goood" names no level of the rating scale; did you mean "good"?'),
        ("plan", '--rating "plan" is not SECTION=LEVEL, such as plan=great'),
        # two in one word, and the type after the option (a careless user of the commands)
        (
            "plan=good,do=fair",
            '--rating "plan=good,do=fair" gives several; give each SECTION=LEVEL as a word of its own: --rating plan=good do=fair',
        ),
    ):
        refused = project.command(
            "new", "self-assessment", "--title", "S2", "--challenge", "partnerships", "--rating", wrong, *where
        )
        assert refused.code == 2 and says in refused.stderr, refused.stderr
    assert project.command("new", "evidence", "--title", "E", "--rating", "plan=good", *where).code == 2
    project.write("framework.yml", FRAMEWORK.replace("{id: great, label: Great}", "{id: very-good, label: Very Good}"))
    shortened = project.command(  # told "good", as a check was not (a careless contributor's review)
        "new", "self-assessment", "--title", "S2", "--challenge", "partnerships", "--rating", "plan=V.Good", *where
    )
    assert shortened.code == 2 and 'level of the rating scale; did you mean "very-good"?' in shortened.stderr
    project.write("framework.yml", FRAMEWORK)
    late = project.command("new", "--rating", "plan=good", "self-assessment", "--title", "S3", *where)
    assert late.code == 2 and '"self-assessment" was read as a value of --rating' in late.stderr, late.stderr
    child = new_at_a_terminal(
        project,
        "assessor-report",
        "--title",
        "R",
        "--challenge",
        "partnerships",
        "--date",
        "2026-11-02",
        "--assessor",
        "Jo",
    )
    answers = iter(["3", "", "Superb", "Great"])
    for _ in range(3):
        child.expect("Rating of [A-Za-z]+ \\(Enter: later, in the file\\) \\[later\\]: ")
        child.sendline(next(answers))
    # a level misspelt: the levels, and Enter for later ("later" was listed as a level: a careless user's review)
    child.expect("valid levels: poor, fair, good, great; or press Enter to rate it later, in the file")
    child.expect("Rating of Review")
    child.sendline(next(answers))
    _proposed_visibility_taken(child, "accreditor")
    (report,) = (project.root / "evidence").rglob("*-r.md")
    assert (
        "ratings:" in (text := report.read_text(encoding="utf-8"))
        and "\n  plan: good\n  do:\n  review: great\n" in text
    )


def test_new_asks_at_a_terminal_with_choices_from_the_framework(project: Project) -> None:
    child = new_at_a_terminal(project)
    child.expect("5. self-assessment")
    child.expect("Type of item: ")
    child.sendline("2")
    child.expect("Title: ")
    child.sendline("Walking netball with Age UK")
    # asked, with today as its default: an item dated today in a portfolio pinned to an earlier as_of was "in the
    # future" (an outside review)
    child.expect(ASKED_DATE)
    child.sendline("2026-13-01")
    child.expect("YYYY-MM-DD")
    child.sendline("2026-11-01")
    child.expect("partnerships/review")
    child.expect(r"people/plan \(People › Plan\)")  # by its title too (a new organisation's review)
    child.expect("numbers by spaces too\\): ")
    child.sendline("partnerships/revue")
    child.expect('did you mean "review"\\?')
    child.sendline("3, people/plan")
    child.expect("Visibility \\[internal\\]: ")
    child.sendline("")
    child.expect("evidence/partnerships/review/2026-11-01-walking-netball-with-age-uk.md")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    (path,) = (project.root / "evidence/partnerships/review").glob("*walking-netball*.md")
    text = path.read_text(encoding="utf-8")
    assert "type: case-study" in text and "  - partnerships/review\n  - people/plan\n" in text
    assert "visibility: internal" in text


def test_report_formats(project: Project) -> None:
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: [partnerships/plan, people/plan]\ndate: 2026-01-01")
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {plan: good}"
    )
    text = project.command("report", str(project.root))
    assert text.code == 0
    # whose coverage, on its first line (a new organisation's review read the public's as its own)
    assert text.stdout.startswith("Portfolio coverage: 50% (the internal audience's)\n"), text.stdout
    seen = "The portfolio the internal audience sees, as of 2026-11-27: 2 items, 0 more withheld from it"
    assert seen in text.stdout, "whose portfolio it is (an outside review: the public's was read as the assessor's)"
    assert "Plan           1 supporting, covered, Good" in text.stdout
    assert "Do             0 supporting, NOT covered, not rated" in text.stdout
    assert "People (people): coverage 100%, not rated yet\n" in text.stdout, "not 'rating not rated'"
    markdown = project.command("report", str(project.root), "--format", "markdown").stdout
    assert markdown.startswith("## Evidence portfolio: Test Standard\n"), "whose portfolio it is"
    assert "| Plan | 1 | yes | Good | 0 |" in markdown and "| Do | 0 | **no** | not rated | 0 |" in markdown
    assert seen in markdown
    data = json.loads(project.command("report", str(project.root), "--format", "json").stdout)
    assert data["coverage"] == 0.5
    assert data["challenges"][0]["sections"][0] == {
        "id": "plan",
        "label": "Plan",
        "supporting": 1,
        "covered": True,
        "rating": "good",
        "assessor_rating": None,
        "target": None,
        "rating_gap": None,
        "actions": 0,
    }
    assert data["challenges"][0]["rating"] == "good", "ids in machine output, as in portfolio.json"


def test_report_text_lines_up_wide_and_long_section_labels(project: Project) -> None:
    """A label of wide characters (学, two columns each) or longer than 14 characters pushed its row's figures out
    of line with the others' (an outside review)."""
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    for old, new in {"label: Plan}": "label: 学習計画}", "label: Review}": "label: Review and improvement}"}.items():
        framework = framework.replace(old, new)
    project.write("framework.yml", framework)
    text = project.command("report", str(project.root)).stdout
    rows = [line for line in text.splitlines() if " supporting, " in line]
    assert any("学習計画" in row for row in rows) and any("Review and improvement" in row for row in rows), text
    columns = {
        sum(2 if unicodedata.east_asian_width(char) == "W" else 1 for char in row[: re.search(r"\d", row).start()])
        for row in rows
    }
    assert len(columns) == 1, rows


def test_report_on_a_framework_with_an_error_prints_the_error(project: Project) -> None:
    """framework.yml that cannot be read: `portfolio report` (as the pull-request workflow runs it) showed a Python
    traceback (an outside review); it prints the error at its line, as `check` does, and fails."""
    project.write("framework.yml", FRAMEWORK.replace("rollup: median", "rollup: average"))
    expected = 'framework.yml:12: error: unknown rollup "average"; did you mean "mean"?'
    assert expected in project.command("check", str(project.root)).stdout
    for output_format in ("text", "markdown", "json"):
        report = project.command("report", str(project.root), "--format", output_format)
        assert (report.code, report.stderr.strip()) == (1, expected), output_format
    data = json.loads(project.command("report", str(project.root), "--format", "json").stdout)
    assert (data["coverage"], data["errors"]) == (None, 1)


def test_report_against_a_git_base(project: Project) -> None:
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {plan: fair}"
    )
    committed(project)
    (project.root / "evidence/b.md").unlink()
    project.item("a.md", "title: A (revised)\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.item("c.md", "title: C\ntype: evidence\nmaps_to: partnerships/review\ndate: 2026-03-01")
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {plan: good}"
    )
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    diff = data["changes"]
    assert diff["added"] == [{"id": "c", "title": "C"}]
    assert diff["changed"] == [
        {"id": "a", "title": "A (revised)", "what": ["title"]},
        {"id": "sa", "title": "SA", "what": ["ratings"]},
    ]
    assert diff["removed"] == [{"id": "b", "title": "B"}]
    assert diff["newly_covered"] == ["partnerships/review"] and diff["newly_uncovered"] == ["partnerships/do"]
    assert {"target": "partnerships/plan", "before": "fair", "after": "good"} in diff["ratings_changed"]
    markdown = project.command("report", str(project.root), "--base", "main", "--format", "markdown").stdout
    assert "- Added: C (c)" in markdown and "- No longer covered: Partnerships › Do (partnerships/do)" in markdown
    assert "- Rating of Partnerships › Plan (partnerships/plan): Fair -> Good" in markdown
    unknown = project.command("report", str(project.root), "--base", "no-such-ref")
    assert unknown.code == 2 and "no-such-ref" in unknown.stderr


def test_report_says_what_a_section_renamed_since_the_base_was(project: Project) -> None:
    """A section of the base's framework renamed (or removed): the report said the new one was newly covered and
    rated, and nothing of the old one, covered and rated at the base (an outside review). It is no longer covered,
    and no longer rated."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/review\ndate: 2026-01-01")
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {review: fair}"
    )
    committed(project)
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write(
        "framework.yml",
        framework.replace("{id: review, label: Review}", "{id: check, label: Check}").replace(
            "      review:\n", "      check:\n"
        ),
    )
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/check\ndate: 2026-01-01")
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {check: fair}"
    )
    diff = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)[
        "changes"
    ]
    assert diff["newly_covered"] == ["partnerships/check"]
    assert diff["newly_uncovered"] == ["partnerships/review"]
    assert {"target": "partnerships/review", "before": "fair", "after": None} in diff["ratings_changed"]
    assert {"target": "partnerships/check", "before": None, "after": "fair"} in diff["ratings_changed"]


def test_report_tells_an_item_broken_or_mended_since_the_base_from_one_withheld_or_added(project: Project) -> None:
    """An item with an error now was "withheld from this audience", and one mended since the base "added" (an
    outside review): each is said for what it is."""
    good = "title: {}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public"
    project.item("breaks.md", good.format("Breaks"))
    project.item("mended.md", good.format("Mended").replace("partnerships/do", "partnerships/dox"))
    committed(project)
    project.item("breaks.md", good.format("Breaks").replace("partnerships/do", "partnerships/dox"))
    project.item("mended.md", good.format("Mended"))
    args = ("report", str(project.root), "--base", "main", "--audience", "public")
    changes = json.loads(project.command(*args, "--format", "json").stdout)["changes"]
    assert changes["added"] == [] and changes["removed"] == [] and changes["withdrawn"] == 0
    assert changes["mended"] == [{"id": "mended", "title": "Mended"}] and changes["with_errors"] == 1
    text = project.command(*args).stdout
    assert "  - Mended: Mended (mended)" in text
    assert "With errors now, left out until they are mended: 1 item" in text


def test_report_in_a_shallow_clone_says_to_fetch_the_history(project: Project, tmp_path: Path) -> None:
    """`--base HEAD~1` in a clone of one commit: "give one, such as main or HEAD~1" named the very base that failed
    (an outside review)."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    committed(project)
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "second")
    clone = tmp_path / "clone"
    done = subprocess.run(
        ["git", "clone", "-q", "--depth", "1", project.root.as_uri(), str(clone)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    shallow = Project(clone).command("report", str(clone), "--base", "HEAD~1")
    assert shallow.code == 2 and "(a shallow clone): fetch the rest with git fetch --unshallow" in shallow.stderr
    assert project.command("report", str(project.root), "--base", "HEAD~1").code == 0, "the whole history"


def test_report_in_a_clone_of_another_branch_says_how_to_fetch_the_base(project: Project, tmp_path: Path) -> None:
    """`--base origin/main` in a clone of a pull request's branch alone: the advice, to fetch the whole history,
    would not bring main (an outside review). The command it gives does."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    committed(project)
    git(project, "checkout", "-q", "-b", "new-item")
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "second")
    clone = tmp_path / "clone"
    done = subprocess.run(
        ["git", "clone", "-q", "--depth", "1", "-b", "new-item", project.root.as_uri(), str(clone)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    report = Project(clone).command("report", str(clone), "--base", "origin/main")
    said = "fetch that one too with git fetch origin main:refs/remotes/origin/main, then run this again"
    assert report.code == 2 and said in report.stderr, report.stderr
    fetch = subprocess.run(
        ["git", "-C", str(clone), "fetch", "-q", "origin", "main:refs/remotes/origin/main"], capture_output=True
    )
    assert fetch.returncode == 0, fetch.stderr
    data = json.loads(Project(clone).command("report", str(clone), "--base", "origin/main", "--format", "json").stdout)
    assert data["changes"]["added"] == [{"id": "b", "title": "B"}]


def test_report_against_a_base_holding_links_out_of_its_tree(project: Project) -> None:
    """A base whose tree holds a symbolic link to an absolute path, or out of the tree (one under evidence/ is
    `portfolio check`'s error, which the change may remove): the report compared nothing and stopped in a traceback
    (an outside review). Such links are left out of the base."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    (project.root / "tools-doc").symlink_to("/usr/share/doc")
    (project.root / "evidence/notes.txt").symlink_to("../../../../../../etc/hostname")
    committed(project)
    (project.root / "evidence/notes.txt").unlink()
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    done = project.command("report", str(project.root), "--base", "main", "--format", "json")
    assert done.code == 0, done.stderr
    assert json.loads(done.stdout)["changes"]["added"] == [{"id": "b", "title": "B"}]


def test_report_with_links_that_lead_round_in_a_loop_now_or_at_the_base(project: Project) -> None:
    """Two symbolic links under evidence/ that lead to each other: `portfolio report` stopped in a traceback, now
    and, once they were committed and removed, against that base (an outside review), where check names them."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    (project.root / "evidence/loop1").symlink_to("loop2")
    (project.root / "evidence/loop2").symlink_to("loop1")
    now = project.command("report", str(project.root), "--format", "json")
    assert now.code == 0 and json.loads(now.stdout)["challenges"], now.stderr
    assert "evidence/loop1:1: error: this symbolic link leads nowhere" in project.check().stdout
    committed(project)
    for name in ("loop1", "loop2"):
        (project.root / "evidence" / name).unlink()
    based = project.command("report", str(project.root), "--base", "main", "--format", "json")
    assert based.code == 0 and json.loads(based.stdout)["changes"]["added"] == [], based.stderr


def test_report_says_an_item_moved_where_it_was_said_added_and_removed(project: Project) -> None:
    """An item renamed (git mv) was reported as one item added and another removed, and nothing said that its
    address changes (an outside review). An item found unchanged under another name is moved; one edited as well
    is still added and removed, and an item copied is added."""
    text = "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    project.item("a.md", text)
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    committed(project)
    (project.root / "evidence/a.md").rename(project.root / "evidence/2026-01-01-a.md")
    (project.root / "evidence/b.md").unlink()
    project.item("b2.md", "title: B, revised\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    project.item("copy.md", text)
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    diff = data["changes"]
    assert diff["moved"] == [{"id": "2026-01-01-a", "title": "A", "from": "a"}]
    assert diff["added"] == [{"id": "b2", "title": "B, revised"}, {"id": "copy", "title": "A"}]
    assert diff["removed"] == [{"id": "b", "title": "B"}]
    text_report = project.command("report", str(project.root), "--base", "main").stdout
    assert "Moved: A (a -> 2026-01-01-a): its address on the site changes, and links to the old one lead nowhere" in (
        text_report
    )
    # moved and made internal in one change: still moved, its visibility said (a hostile review found it added and
    # removed, the very change the visibility was said for)
    (project.root / "evidence/2026-01-01-a.md").unlink()
    project.item("2026-01-02-a.md", text + "\nvisibility: accreditor")
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    assert data["changes"]["moved"] == [
        {"id": "2026-01-02-a", "title": "A", "from": "a", "visibility": {"before": "internal", "after": "accreditor"}}
    ]


def test_report_counts_an_item_withheld_since_the_base_without_naming_it(project: Project) -> None:
    """An item public at the base and internal now: the public report counts it, and does not name it (its title
    and address are no longer the public's to read)."""
    project.item(
        "pub.md", "title: Open plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    )
    project.item(
        "x.md",
        "title: Kanarywithdrawnzz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public",
    )
    committed(project)
    project.item(
        "x.md",
        "title: Kanarywithdrawnzz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: internal",
    )
    args = ("report", str(project.root), "--base", "main", "--audience", "public")
    data = json.loads(project.command(*args, "--format", "json").stdout)
    assert data["changes"]["removed"] == [] and data["changes"]["withdrawn"] == 1
    text = project.command(*args).stdout
    assert "Withheld from this audience now: 1 item" in text and "Kanarywithdrawnzz" not in text
    internal = project.command("report", str(project.root), "--base", "main", "--format", "json").stdout
    assert json.loads(internal)["changes"]["changed"] == [
        {
            "id": "x",
            "title": "Kanarywithdrawnzz",
            "what": ["visibility"],
            "visibility": {"before": "public", "after": "internal"},
        }
    ]
    # a reviewer of the pull request read it as one more item changed (an outside review): it says how
    shown = project.command("report", str(project.root), "--base", "main", "--format", "markdown").stdout
    assert "- Changed: Kanarywithdrawnzz (x): visibility public -> internal\n" in shown


def test_report_does_not_name_an_item_renamed_as_it_was_withheld(project: Project) -> None:
    """A public item renamed (git mv) and made internal in one change, its title edited too, was named in the public
    report as removed, where one withheld at its own name is counted (a hostile review): it is counted. One deleted
    is still removed, though an item of its title is withheld, new (another date) or there at the base (its internal
    copy, which a second hostile review found made a deletion read as withheld)."""
    body = "Our notes on the estates programme."
    project.item(
        "x.md",
        "title: Kanaryrenamedzz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public",
        body,
    )
    project.item(
        "gone.md", "title: Gone\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public"
    )
    project.item(
        "gone-copy.md",
        "title: Gone\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: internal",
        "Our own notes.",
    )
    committed(project)
    (project.root / "evidence/x.md").unlink()
    (project.root / "evidence/gone.md").unlink()
    project.item(
        "2026-01-01-y.md",
        "title: Kanarynewnamezz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: internal",
        body,
    )
    project.item(  # another item of the removed one's title alone: no reason to call that one withdrawn
        "other.md", "title: Gone\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-02-02\nvisibility: internal"
    )
    args = ("report", str(project.root), "--base", "main", "--audience", "public")
    data = json.loads(project.command(*args, "--format", "json").stdout)
    assert data["changes"]["removed"] == [{"id": "gone", "title": "Gone"}]
    assert data["changes"]["withdrawn"] == 1
    shown = project.command(*args, "--format", "markdown").stdout
    assert "Kanary" not in shown and "Withheld from this audience now: 1 item" in shown, shown
    internal = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    assert {"id": "2026-01-01-y", "title": "Kanarynewnamezz"} in internal["changes"]["added"], "tests something"
    assert {"id": "x", "title": "Kanaryrenamedzz"} in internal["changes"]["removed"]


def test_report_does_not_name_an_item_that_is_a_withheld_page_now(project: Project) -> None:
    """A public item whose `type` went and whose visibility became internal is no item now, but still a page, which
    the public may not read: it was named as removed (a final review). It is counted as withheld."""
    project.item(
        "x.md",
        "title: Kanarynolongeritemzz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public",
    )
    committed(project)
    project.write("evidence/x.md", "---\ntitle: Kanarynolongeritemzz\nvisibility: internal\n---\nNotes.\n")
    args = ("report", str(project.root), "--base", "main", "--audience", "public")
    data = json.loads(project.command(*args, "--format", "json").stdout)
    assert data["changes"]["removed"] == [] and data["changes"]["withdrawn"] == 1
    assert "Kanarynolongeritemzz" not in project.command(*args, "--format", "markdown").stdout
    assert "Kanarynolongeritemzz" in project.build(audience="internal").all_output(), "the test tests something"


def test_a_reports_count_of_warnings_is_of_what_its_audience_sees(project: Project) -> None:
    """An internal item's warnings counted in the public report told that it was there, and something of it (a
    hostile review); the internal report counts them."""
    project.item(
        "open.md", "title: Open\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public"
    )

    def warnings(audience: str) -> int:
        done = project.command("report", str(project.root), "--audience", audience, "--format", "json")
        return int(json.loads(done.stdout)["warnings"])

    before = {audience: warnings(audience) for audience in ("public", "internal")}
    project.item("x.md", "title: X\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nkanarykeyzz: 1")
    assert warnings("public") == before["public"]
    assert warnings("internal") == before["internal"] + 1, "the unknown key, which the internal audience sees"


def test_report_does_not_call_a_gap_closed_that_is_only_withheld_now(project: Project) -> None:
    """An overdue action public at the base and internal now: its gap is not closed, only out of the public's sight,
    and the public report does not name it as closed (a fifth review); an overdue action removed since closes its
    gap."""
    overdue = "type: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public\nowner: Sam\n"
    overdue += "due: 2026-02-01\nstatus: in-progress"
    project.item("kanaryhiddenactionzz.md", "title: Hidden\n" + overdue)
    project.item("gone.md", "title: Gone\n" + overdue)
    committed(project)
    project.item("kanaryhiddenactionzz.md", "title: Hidden\n" + overdue.replace("public", "internal"))
    (project.root / "evidence/gone.md").unlink()
    args = ("report", str(project.root), "--base", "main", "--audience", "public")
    public = project.command(*args)
    assert "Gap closed: evidence/gone.md" in public.stdout, public.stdout
    assert "kanaryhiddenactionzz" not in public.stdout
    data = json.loads(project.command(*args, "--format", "json").stdout)
    assert "kanaryhiddenactionzz" not in json.dumps(data)
    assert [gap["path"] for gap in data["changes"]["gaps_closed"]] == ["evidence/gone.md"]
    internal = project.command("report", str(project.root), "--base", "main", "--format", "json")
    assert "kanaryhiddenactionzz" in internal.stdout, "the internal report still has its gap: the test tests something"


def test_report_tells_apart_gaps_reported_on_one_line(project: Project) -> None:
    """Two ratings on one line, neither backed: covering one section closes its gap alone (gaps were told apart by
    their line, and the second took the first's subject: an outside review)."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.item(
        "sa.md",
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {do: good, review: good}",
    )
    committed(project)
    project.item("c.md", "title: C\ntype: evidence\nmaps_to: partnerships/review\ndate: 2026-03-01")
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    assert sorted((g["code"], g["subject"]) for g in data["changes"]["gaps_closed"]) == [
        ("unbacked-rating", "partnerships/review"),
        ("uncovered-section", "partnerships/review"),
    ]
    assert data["changes"]["gaps_opened"] == []
    left = {(gap["code"], gap["subject"], gap["line"]) for gap in data["gaps"] if gap["path"] == "evidence/sa.md"}
    assert left == {("unbacked-rating", "partnerships/do", 6)}


def test_report_does_not_call_closed_the_gap_of_a_section_renamed(project: Project) -> None:
    """A section renamed in framework.yml (`review` to `evaluate`) was told "Gap closed" of its uncovered section,
    with nothing covered (an outside review): its gap went with it, and is said so; the renamed section's own gap is
    opened."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    committed(project)
    framework = project.root / "framework.yml"
    text = framework.read_text(encoding="utf-8")
    framework.write_text(
        text.replace("{id: review, label: Review}", "{id: evaluate, label: Evaluate}").replace(
            "      review:\n", "      evaluate:\n"
        ),
        encoding="utf-8",
    )
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    diff = data["changes"]
    assert [(g["code"], g["subject"]) for g in diff["gaps_gone"]] == [("uncovered-section", "partnerships/review")]
    assert ("uncovered-section", "partnerships/review") not in {(g["code"], g["subject"]) for g in diff["gaps_closed"]}
    assert ("uncovered-section", "partnerships/evaluate") in {(g["code"], g["subject"]) for g in diff["gaps_opened"]}
    text_report = project.command("report", str(project.root), "--base", "main").stdout
    assert "Gap closed" not in text_report, text_report
    assert "Gap of what the framework no longer has: framework.yml:" in text_report, text_report


def test_report_lists_gaps_and_the_gaps_a_change_closes_or_opens(project: Project) -> None:
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.item("b.md", "title: B\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    project.item(
        "sa.md",
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nratings: {do: good, review: good}",
    )
    committed(project)
    before = json.loads(project.command("report", str(project.root), "--format", "json").stdout)
    assert {(gap["code"], gap["subject"]) for gap in before["gaps"]} == {
        ("uncovered-section", "partnerships/review"),
        ("uncovered-section", "people/plan"),
        ("unbacked-rating", "partnerships/review"),
    }
    # The change: b.md goes (partnerships/do loses its only item, and its rating of Good its backing), c.md covers
    # partnerships/review; lines move in framework.yml and in the self-assessment, which closes and opens nothing.
    (project.root / "evidence/b.md").unlink()
    project.item("c.md", "title: C\ntype: evidence\nmaps_to: partnerships/review\ndate: 2026-03-01")
    project.item(
        "sa.md",
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nsummary: Moved.\n"
        "ratings:\n  review: good\n  do: good",
    )
    framework = project.root / "framework.yml"
    framework.write_text("# A line that moves every section down.\n" + framework.read_text())
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    diff = data["changes"]
    assert [(g["code"], g["subject"]) for g in diff["gaps_closed"]] == [
        ("unbacked-rating", "partnerships/review"),
        ("uncovered-section", "partnerships/review"),
    ]
    assert [(g["code"], g["subject"], g["path"]) for g in diff["gaps_opened"]] == [
        ("unbacked-rating", "partnerships/do", "evidence/sa.md"),
        ("uncovered-section", "partnerships/do", "framework.yml"),
    ]
    opened = diff["gaps_opened"][0]
    assert opened["line"] == 9 and "rating not backed by evidence" in opened["message"]
    markdown = project.command("report", str(project.root), "--base", "main", "--format", "markdown").stdout
    assert '- Gap opened: evidence/sa.md:9: rating not backed by evidence: "do" is rated Good' in markdown
    assert "- Gap closed: framework.yml:" in markdown and "### Gaps\n\n3 gaps left to close" in markdown
    assert "<details>" not in markdown, "a short list of gaps is shown whole"
    text = project.command("report", str(project.root), "--base", "main").stdout
    assert "  - Gap opened: framework.yml:" in text and "\nGaps (3; they do not fail the checks" in text


def test_report_in_markdown_shows_user_text_as_text(project: Project) -> None:
    project.item(
        "a|b.md", "title: '*Joint* <b>bid</b> | 50% [link](x)'\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01"
    )
    git(project, "init", "-q", "-b", "main")
    git(project, "commit", "-q", "--allow-empty", "-m", "base")
    markdown = project.command("report", str(project.root), "--base", "main", "--format", "markdown").stdout
    assert r"- Added: \*Joint\* \<b\>bid\</b\> \| 50% \[link\](x) (a\|b)" in markdown


def test_schema_command_prints_schemas_that_check_items(project: Project) -> None:
    import jsonschema

    framework = json.loads(project.command("schema", "framework").stdout)
    assert framework["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    item = json.loads(project.command("schema", "item", str(project.root)).stdout)
    validator = jsonschema.Draft202012Validator(item)
    good = {"title": "T", "type": "evidence", "date": "2026-05-14", "maps_to": ["partnerships/plan"]}
    assert not list(validator.iter_errors(good))
    assert list(validator.iter_errors({**good, "maps_to": ["partnerships/pln"]}))


def test_new_without_a_terminal_fills_what_an_action_or_assessment_can_do_without(project: Project) -> None:
    action = project.command(
        "new",
        "action",
        "--title",
        "Act",
        "--maps-to",
        "partnerships/do",
        "--date",
        "2026-11-01",
        "--project",
        str(project.root),
    )
    assert action.code == 0 and "set these in the file: owner (to be agreed), due (2027-01-30)" in action.stderr
    text = (project.root / action.stdout.strip()).read_text()
    assert "owner: to be agreed" in text and "due: 2027-01-30" in text
    assessment = project.command(
        "new",
        "self-assessment",
        "--title",
        "SA",
        "--maps-to",
        "people",
        "--date",
        "2026-11-01",
        "--project",
        str(project.root),
    )
    assert assessment.stdout.strip() == "evidence/self-assessments/2026-11-01-sa.md", assessment.stderr
    # the visibility it chose, which keeps the ratings from the public site, is said (an outside review: a public
    # overview read "Not rated", and nothing said why); not where it was chosen with --visibility
    assert (
        "portfolio new: written with visibility: accreditor, the default for a self-assessment: its challenge is "
        "shown Not rated on the public site until a public self-assessment rates it; give --visibility public (or "
        "change that line) to publish its ratings"
    ) in assessment.stderr.splitlines()
    # an action's, which keeps it from the assessor's improvement plan (a staff review: it read "No actions yet")
    assert (
        "portfolio new: written with visibility: internal, the default for an action: it is kept from the assessor, "
        "whose improvement plan (the accreditor site, pack and PDF) leaves it out; give --visibility accreditor (or "
        "change that line) to show it to the assessor"
    ) in action.stderr.splitlines()
    chosen = project.command(
        "new", "self-assessment", "--title", "SA2", "--maps-to", "partnerships", "--date", "2026-11-01",
        "--visibility", "accreditor", "--project", str(project.root),
    )  # fmt: skip
    assert chosen.code == 0 and "visibility" not in chosen.stderr, chosen.stderr
    checked = project.check_in_process()
    # the owner it could not ask for is a placeholder to set, as the check says (an outside review: never told)
    assert about(checked.lines, "/2026-11-01-") == [
        'evidence/actions/2026-11-01-act.md:7: warning: "owner" still holds the template\'s "to be agreed"; write who '
        "is responsible for the action instead"
    ], checked.stdout


def test_check_imports_neither_rendering_nor_the_other_commands(project: Project) -> None:
    """`portfolio check` runs on every commit: it reads and checks, and imports nothing that renders, seals, makes
    PDFs or serves the other commands (the parser holds only its own options)."""
    code = (
        "import sys; from evidence_portfolio.cli import main; code = main(['check', sys.argv[1]]); "
        "print(code, sorted(name for name in sys.modules if name.startswith(('jinja2', 'markdown', 'weasyprint')) "
        "or name.split('.')[-1] in ('render', 'seal', 'pdf', 'pack', 'init', 'new', 'generate', 'framework_import')))"
    )
    done = subprocess.run([sys.executable, "-c", code, str(project.root)], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
    help_text = subprocess.run(
        [sys.executable, "-m", "evidence_portfolio.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert all(name in help_text for name in ("check", "readiness", "pack", "framework", "init", "generate"))


PLUGIN_OPTION_MISTAKES = [
    # (line added under the plugin's options, what the message says); the line is 12 of mkdocs.yml
    ("audiance: public", 'unknown option "audiance" of the portfolio plugin; did you mean "audience"?'),
    ("strict_gap: true", 'unknown option "strict_gap" of the portfolio plugin; did you mean "strict_gaps"?'),
    ("colour: blue", 'unknown option "colour" of the portfolio plugin; the options are enabled, framework, audience'),
    # a key YAML reads as a number or a date stopped both doors in a traceback (a hostile review)
    ("1: x", 'unknown option "1" of the portfolio plugin; the options are enabled, framework, audience'),
    ("2026-01-01: x", 'unknown option "2026-01-01" of the portfolio plugin; the options are enabled, framework'),
    (
        "audience: publc",
        'the portfolio option audience is "publc"; it takes one of public (everyone: public items only), accreditor '
        '(the assessors: their items and the public\'s) or internal (the staff: every item); did you mean "public"?',
    ),
    ("max_file_mb: big", 'the portfolio option max_file_mb is "big"; it takes a number of megabytes above 0'),
    ("max_file_mb: -1", 'the portfolio option max_file_mb is "-1"'),
    # a number no float holds stopped both doors in an OverflowError, and was quoted whole (a fuzz)
    (
        "max_file_mb: 1" + "0" * 400,
        f'the portfolio option max_file_mb is "1{"0" * 59}..."; it takes a number of megabytes above 0 and at most',
    ),
    ("publish: downloads/*.pdf", 'the portfolio option publish is "downloads/*.pdf"; it takes a list'),
    ("publish: ['../*']", 'the portfolio option publish has the entry "../*", which is no path under evidence/'),
    ("allow_gh_deploy: accreditor", 'the portfolio option allow_gh_deploy is "accreditor"; it takes a list'),
    ("strict_gaps: maybe", 'the portfolio option strict_gaps is "maybe"; it takes true or false'),
    # values MkDocs refuses that check let through, or named without a line (an outside review)
    ("audience: everyone", 'the portfolio option audience is "everyone"; it takes one of public (everyone: public'),
    # a word people write for an audience, named as an item's visibility names it (a differential review)
    (
        "audience: private",
        'the portfolio option audience is "private"; it takes one of public (everyone: public items only), '
        "accreditor (the assessors: their items and the public's) or internal (the staff: every item); did you mean "
        '"internal"?',
    ),
    # a word close to "internal" in its letters, meaning the opposite: no build of every item proposed (a review)
    (
        "audience: external",
        'the portfolio option audience is "external"; it takes one of public (everyone: public items only), '
        "accreditor (the assessors: their items and the public's) or internal (the staff: every item)",
    ),
    ("allow_gh_deploy: [everyone]", 'the portfolio option allow_gh_deploy is "[everyone]"; it takes a list of'),
    # an empty audience built for internal, the widest, without a word: in CI, an !ENV variable not set (a review)
    ("audience:", "the portfolio option audience is empty (nothing after its colon, ~ or null, or an !ENV variable"),
    ("audience: !ENV PORTFOLIO_NEVER_SET", "the portfolio option audience is empty (nothing after its colon, ~ or"),
    # null written out built for internal where `audience:` was refused (an outside review)
    ("audience: ~", "the portfolio option audience is empty (nothing after its colon, ~ or null, or an !ENV variable"),
    ("audience: null", "the portfolio option audience is empty (nothing after its colon, ~ or null, or an !ENV"),
    # a value in quotes is text: "5" was refused for "5" (an outside review)
    (
        'max_file_mb: "5"',
        'the portfolio option max_file_mb is "5", in quotes, which makes it text; write it without them, '
        "max_file_mb: 5",
    ),
    ("strict_gaps: 'true'", 'the portfolio option strict_gaps is "true", in quotes, which makes it text; write it'),
    ("audience: true", 'the portfolio option audience is "true"; it takes one of public (everyone: public items'),
    # a date of no day in quotes stopped both doors in a traceback (a fuzz of malformed input)
    ('audience: "2026-02-30"', 'the portfolio option audience is "2026-02-30"; it takes one of public (everyone:'),
    ('strict_gaps: "2026-02-30"', 'the portfolio option strict_gaps is "2026-02-30"; it takes true or false'),
]


@pytest.mark.parametrize(("option", "says"), PLUGIN_OPTION_MISTAKES)
def test_a_mistake_in_the_plugins_options_stops_both_doors_at_its_line(
    project: Project, option: str, says: str
) -> None:
    """A misspelt option (`audiance: public` would build for the default, internal, audience without a word) or
    one of the wrong kind: the check and the build stop, naming mkdocs.yml and the option's line."""
    project.write("mkdocs.yml", MKDOCS_YML + f"      {option}\n")
    checked = project.check()
    assert checked.code == 2 and f"mkdocs.yml:12: error: {says}" in checked.stderr, checked.stderr
    built = project.build(audience="public")  # not MkDocs' "Expected type: <class 'bool'>", which names no line
    assert built.failed and any(line.startswith(f"mkdocs.yml:12: error: {says}") for line in built.log), built.log
    # strict, as CI builds: MkDocs stopped on its own "Unrecognised configuration name" first (a differential review)
    strict = project.build(audience="public", strict=True)
    assert strict.failed and any(line.startswith(f"mkdocs.yml:12: error: {says}") for line in strict.log), strict.log


@pytest.mark.parametrize(
    ("spoilt", "says"),
    [
        (
            ("site_name: Test", "site_name:\u00a0Test"),
            'mkdocs.yml:1: error: the space after "site_name:" is a non-breaking space (U+00A0), pasted from a word',
        ),
        (
            ("as_of: 2026-11-27", 'as_of: "2026-11-27"\u3000'),
            "mkdocs.yml:11: error: the value in quotes is followed by an ideographic space (U+3000), as Chinese and",
        ),
        (  # "public" refused for "public" (a careless user of the commands)
            ("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public\u200b"),
            "mkdocs.yml:12: error: the portfolio option audience holds an invisible character (U+200B, zero width "
            "space), usually pasted from a word processor or a chat; type its value again: audience: public",
        ),
    ],
)
def test_a_word_processors_space_in_mkdocs_yml_is_named_as_in_front_matter(
    project: Project, spoilt: tuple[str, str], says: str
) -> None:
    """A non-breaking space after a colon of mkdocs.yml was "could not find expected ':'", or a fault of indentation
    at another line (a differential fuzz): the check names it as it names one in front matter."""
    project.write("mkdocs.yml", MKDOCS_YML.replace(*spoilt))
    checked = project.check()
    assert checked.code == 2 and says in checked.stderr, checked.stderr


def test_a_word_processors_space_in_a_mkdocs_yml_of_one_line_is_named(project: Project) -> None:
    """`INHERIT:` and a non-breaking space, on the one line of a file for an audience, was "holds text, not key: value
    lines" (a careless user of the commands): named as in a file of more lines."""
    project.write("base.yml", MKDOCS_YML)
    project.write("mkdocs.yml", "INHERIT:\u00a0base.yml\n")
    checked = project.check()
    said = 'mkdocs.yml:1: error: the space after "INHERIT:" is a non-breaking space (U+00A0), pasted from a word'
    assert checked.code == 2 and said in checked.stderr, checked.stderr


def test_every_mistake_in_the_plugins_options_is_named_in_one_run(project: Project) -> None:
    """Three mistakes took three runs to see, one each (a malformed-input review); and a key of framework.yml
    written among the plugin's options was told the options' names, not where it belongs. Each at its line, at
    once, in both doors and in JSON."""
    project.write(
        "mkdocs.yml", MKDOCS_YML + "      max_file_mb: big\n      strict_gaps: maybe\n      min_evidence: 2\n"
    )
    said = [
        'mkdocs.yml:12: error: the portfolio option max_file_mb is "big"; it takes a number of megabytes above 0',
        'mkdocs.yml:13: error: the portfolio option strict_gaps is "maybe"; it takes true or false',
        'mkdocs.yml:14: error: unknown option "min_evidence" of the portfolio plugin; min_evidence is a key of the '
        "framework file (framework.yml), not of mkdocs.yml: move it there",
    ]
    checked = project.check()
    assert (
        checked.code == 2
        and [line[: len(start)] for line, start in zip(checked.stderr.splitlines(), said, strict=True)] == said
    )
    found = json.loads(project.check("--format", "json").stdout)
    assert [(p["line"], p["code"]) for p in found] == [(12, "bad-option"), (13, "bad-option"), (14, "bad-option")]
    built = project.build(audience="public")
    assert built.failed and all(any(start in line for line in built.log) for start in said), built.log


def test_a_quote_left_open_in_mkdocs_yml_is_named_at_its_line(project: Project) -> None:
    """YAML reads a value whose quote is left open on to the next quote mark, here an apostrophe in a comment lines
    below, and said the comment's line was badly indented (an outside review): the check names the line the quote
    opens on, and how to close it."""
    opened = MKDOCS_YML.replace("site_name: Test portfolio", "site_name: 'Test portfolio")
    project.write("mkdocs.yml", opened.replace("theme:", "# the trust's look\ntheme:"))
    checked = project.check()
    assert checked.code == 2, checked.stderr
    assert checked.stderr.startswith(
        "mkdocs.yml:1: error: YAML does not parse: the quote mark (') that opens this value is not closed on this "
        'line, so the lines below it are read as part of the value, up to the next one, at the end of "# the '
        "trust'\"; close the quote at the end of this line: site_name: 'Test portfolio'"
    ), checked.stderr


def test_a_mkdocs_yml_that_is_a_folder_is_named_so(project: Project) -> None:
    """ "mkdocs.yml cannot be read: [Errno 21] Is a directory: '/home/.../mkdocs.yml'" (an outside review)."""
    (project.root / "mkdocs.yml").unlink()
    (project.root / "mkdocs.yml").mkdir()
    checked = project.command("check", str(project.root))
    assert checked.code == 2 and "mkdocs.yml is a folder, not a file" in checked.stderr, checked.stderr
    assert "Errno" not in checked.stderr


def test_mkdocs_yml_saved_by_a_windows_program_is_named_at_the_line_of_its_byte(project: Project) -> None:
    """mkdocs.yml saved in Windows' own encoding was "cannot be read: 'utf-8' codec can't decode byte 0xe9 in position
    23", with no line and no code, in JSON too (an outside review): as for an item, the line, the letter, and how to
    save it."""
    (project.root / "mkdocs.yml").write_bytes(
        MKDOCS_YML.replace("Test portfolio", "Caf\u00e9 portfolio").encode("cp1252")
    )
    checked = project.check("--format", "json")
    assert checked.code == 2
    assert json.loads(checked.stdout) == [
        {
            "path": "mkdocs.yml",
            "line": 1,
            "severity": "error",
            "code": "not-utf8",
            "gap": False,
            "message": 'the file is not UTF-8 text: the byte 0xE9, which Windows programs write for "\u00e9", after '
            '"site_name: Caf" cannot be read; type that character again, or save the file again with the encoding '
            '"UTF-8"',
        }
    ]


def test_a_framework_named_relative_to_mkdocs_yml_is_read_by_both_doors(project: Project) -> None:
    """`framework: !relative $config_dir/x` (MkDocs' tag, which stops Zensical: a new portfolio writes it) names the
    file x beside mkdocs.yml, in the check as in the build; a file that is not there is named at the option's line."""
    (project.root / "framework.yml").rename(project.root / "standard.yml")
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: !relative $config_dir/standard.yml")
    )
    checked = project.check()
    assert checked.code in (0, 1) and "standard.yml" in checked.stdout, checked.stdout + checked.stderr
    built = project.build()
    assert not built.failed, built.error
    assert [c["id"] for c in built.portfolio["challenges"]] == ["partnerships", "people"]
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: !relative $config_dir/none.yml")
    )
    said = "mkdocs.yml:10: error: the framework file none.yml does not exist"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(line.startswith(f"portfolio: {said}") for line in built.log), built.log
    # the name written with .yaml for .yml (a careless-user review): the file that is there is named, by both doors
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: standard.yaml"))
    said = "the framework file standard.yaml does not exist (standard.yml is there: did you mean it?); create it"
    assert said in project.check().stderr and any(said in line for line in project.build().log)


@pytest.mark.parametrize("written", ["!relative $docs_dir/framework.yml", "!relative", "!!python/name:os.sep"])
def test_a_framework_named_by_another_tag_stops_both_doors_at_its_line(project: Project, written: str) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", f"framework: {written}"))
    tag = written.split()[0].replace("!!python/name:os.sep", "tag:yaml.org,2002:python/name:os.sep")
    said = f"mkdocs.yml:10: error: the portfolio option framework is written with the tag {tag}, which the portfolio"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(line.startswith(said) for line in built.log), built.log


def test_a_misspelt_option_written_with_a_tag_is_told_the_option_it_may_be(project: Project) -> None:
    """`framwork: !relative $config_dir/framework.yml` was told the tag is not read, and to write "framwork: its
    value", besides the misspelling (the differential fuzz): it is told the misspelling alone, in both doors."""
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framwork: !relative $config_dir/framework.yml")
    )
    said = 'mkdocs.yml:10: error: unknown option "framwork" of the portfolio plugin; did you mean "framework"?'
    checked = project.check()
    assert checked.code == 2 and checked.stderr.splitlines()[0] == said, checked.stderr
    assert "tag" not in checked.stderr
    built = project.build()
    assert built.failed and [line for line in built.log if "mkdocs.yml:10" in line] == [said], built.log


@pytest.mark.parametrize(
    "as_of", ["2026-02-30", "!ENV [PORTFOLIO_NEVER_SET, 2026-02-30]", "2026-02-30  # the day of the visit"]
)
def test_a_date_that_does_not_exist_in_mkdocs_yml_is_named_at_its_line(project: Project, as_of: str) -> None:
    """`as_of` as the default of an !ENV tag was blamed on line 1, and the message named no date (an outside
    review). (MkDocs itself stops on such a date before any plugin runs: the README says so.)"""
    project.write("mkdocs.yml", MKDOCS_YML.replace("      as_of: 2026-11-27\n", "") + f"      as_of: {as_of}\n")
    checked = project.check()
    said = "mkdocs.yml:11: error: the date 2026-02-30 does not exist; check the month (01 to 12) and the day"
    assert checked.code == 2 and said in checked.stderr, checked.stderr


def test_a_quoted_date_that_does_not_exist_is_named_by_both_doors(project: Project) -> None:
    """Quoted, as the sample and the README now write it, a day that does not exist reaches the plugin, which
    names it at its line in a build too, where MkDocs' reading of an unquoted one stops in a traceback (an outside
    review); it said "not a date; write it as YYYY-MM-DD" of a date written so."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", 'as_of: "2026-02-30"'))
    said = 'mkdocs.yml:11: error: the portfolio option as_of is "2026-02-30", a date that does not exist; check the'
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(line.startswith(said) for line in built.log), built.log


def test_the_plugin_listed_twice_is_said_so_by_both_doors(project: Project) -> None:
    """A bare `- portfolio` before one with options made the build say that its audience was empty "as an !ENV
    variable that is not set reads", of the other entry's line (an outside review): both doors say that the plugin
    is on twice, at the second entry (at `plugins:`, it pointed above the entry to remove: a careless-user review)."""
    twice = MKDOCS_YML.replace("plugins:\n  - search\n", "plugins:\n  - portfolio\n  - search\n").replace(
        "      as_of: 2026-11-27\n", "      as_of: 2026-11-27\n      audience: public\n"
    )
    project.write("mkdocs.yml", twice)
    said = "mkdocs.yml:10: error: mkdocs.yml turns the portfolio plugin on more than once"
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout + checked.stderr
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log
    assert not any("!ENV" in line for line in built.log), built.log


def test_a_publish_entry_out_of_evidence_is_named(project: Project) -> None:
    """A `publish` list with one entry climbing out of evidence/ was said not to be a list of paths, the whole
    list quoted (an outside review): the entry is named."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish:\n        - downloads/*.pdf\n        - ../secrets.txt\n")
    checked = project.check()
    said = 'mkdocs.yml:12: error: the portfolio option publish has the entry "../secrets.txt", which is no path under'
    assert checked.code == 2 and said in checked.stderr, checked.stderr


def test_an_as_of_from_the_environment_names_its_variable(project: Project) -> None:
    """The line of mkdocs.yml shows the tag, not the value the build got (an outside review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: !ENV [PORTFOLIO_AS_OF, 2026-11-27]"))
    checked = project.run("check", env={"PORTFOLIO_AS_OF": "2026-2-3"})
    said = (
        'mkdocs.yml:11: error: the portfolio option as_of is "2026-2-3", not a date; write it as YYYY-MM-DD: '
        "2026-02-03, if it means 3 February 2026 (the value of the environment variable PORTFOLIO_AS_OF, which "
        "mkdocs.yml reads here)"
    )
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    assert project.run("check").code in (0, 1), "without the variable, its default"


def test_a_date_in_the_year_0000_in_mkdocs_yml_is_named_at_its_line(project: Project) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 0000-11-27"))
    checked = project.check()
    said = "the date 0000-11-27 does not exist; there is no year 0000; write the real year"
    assert checked.code == 2 and f"mkdocs.yml:11: error: {said}" in checked.stderr, checked.stderr


def test_a_command_run_above_the_portfolio_says_which_folder_below_is_one(project: Project) -> None:
    """Run from the folder `portfolio init` was run in, every command said there was no mkdocs.yml there (a
    careless-user review): it names the folder below that is a portfolio, and how to run the command there."""
    above = project.root.parent
    checked = project.run("check", str(above))
    assert (
        checked.code == 2
        and (
            f"there is no mkdocs.yml in {above}, so it is not a portfolio's folder; the folder {project.root.name}/ in it "
            f"is one: run the command in that folder (cd {project.root.name}), or give the folder's name to the command"
            f" (portfolio new takes it as --project {project.root.name})"
        )
        in checked.stderr
    ), checked.stderr


def test_mistakes_on_the_command_line_are_told_what_to_type(project: Project) -> None:
    """A folder's name with spaces, not in quotes; an option misspelt; an option before the command; the `cd` a
    message proposes, for a folder with spaces (a careless user's review: argparse's own words, or a `cd` that the
    shell refused)."""
    spaced = project.root.parent / "County Sport portfolio"
    shutil.copytree(project.root, spaced, symlinks=True)
    above = spaced.parent
    said = {
        ("check", *str(spaced).split(" ")): f"a folder's name with spaces goes in quotes: portfolio check '{spaced}'",
        ("init", "p", "--framwork", "blank"): 'unrecognized arguments: --framwork blank; did you mean "--framework"?',
        ("--name", "x", "init", "p"): "--name is an option of a command, written after the command's name: "
        "portfolio init --name x p",
        ("check", str(above)): "run the command in that folder (cd 'County Sport portfolio'), or give the folder's "
        "name to the command (portfolio new takes it as --project 'County Sport portfolio')",
    }
    for arguments, hint in said.items():
        done = project.run(*arguments)
        assert done.code == 2 and hint in done.stderr, (arguments, done.stderr)
    assert not (above / "p").exists()


def test_a_plugin_option_in_curly_quotes_is_said_to_be(project: Project) -> None:
    """`as_of: “2027-03-15”`, pasted from a word processor, was "not a date; write it as YYYY-MM-DD", which it is (a
    careless-user review): the curly quotes are named, as in an item's front matter, in both doors."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: \u201c2027-03-15\u201d"))
    said = (
        "mkdocs.yml:11: error: the portfolio option as_of is in curly quotes (\u201c2027-03-15\u201d), pasted from a "
        'word processor; use straight quotes ("2027-03-15") or none'
    )
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


@pytest.mark.parametrize(
    ("written", "says"),
    [
        (None, "mkdocs.yml:1: error: there is no mkdocs.yml in {root}, so it is not a portfolio's folder; give"),
        ("", "mkdocs.yml:1: error: mkdocs.yml is empty; write each setting as key: value"),
        ("- site_name: A\n", "mkdocs.yml:1: error: mkdocs.yml holds a list, not key: value lines; write each"),
    ],
)
def test_a_folder_without_settings_is_a_setup_problem(project: Project, written: str | None, says: str) -> None:
    """No mkdocs.yml (MkDocs builds nothing): the check passed, reading defaults; an empty one or a list was
    reported as a missing docs/ folder (an outside review)."""
    config = project.root / "mkdocs.yml"
    config.unlink()
    if written is not None:
        config.write_text(written, encoding="utf-8")
    checked = project.check()
    assert checked.code == 2 and says.format(root=project.root) in checked.stderr, checked.stderr
    (problem,) = json.loads(project.check("--format", "json").stdout)  # where JSON is read, one problem, not nothing
    assert (problem["path"], problem["line"], problem["code"]) == ("mkdocs.yml", 1, "project-setup")


@pytest.mark.parametrize("given", ["missing", "mkdocs.yml", "environment"])
def test_a_setup_problem_at_no_line_of_a_file_is_a_problem_in_every_format(project: Project, given: str) -> None:
    """A folder that is not there, or mkdocs.yml given for the project's folder, printed nothing on stdout with
    --format json or github (exit 2), where no mkdocs.yml printed its problem (an outside review): every setup
    problem is one, named at the folder given where it is at no line of a file."""
    folder = {"missing": project.root / "missing", "mkdocs.yml": project.root / "mkdocs.yml"}.get(given, project.root)
    env = {"PORTFOLIO_AUDIENCE": "publc"} if given == "environment" else None
    text = project.command("check", str(folder), env=env)
    assert text.code == 2 and text.stdout == "" and text.stderr.startswith("portfolio check: "), text
    said = text.stderr.removeprefix("portfolio check: ").strip()
    done = project.command("check", str(folder), "--format", "json", env=env)
    assert done.code == 2, done
    (problem,) = json.loads(done.stdout)
    assert problem == {
        "path": str(folder),
        "line": 1,
        "severity": "error",
        "code": "project-setup",
        "gap": False,
        "message": said,
    }
    annotated = project.command("check", str(folder), "--format", "github", env=env)
    assert annotated.code == 2 and annotated.stdout.startswith("::error file=") and said in annotated.stdout


def test_a_character_yaml_refuses_in_mkdocs_yml_is_named_at_its_line(project: Project) -> None:
    """A NUL byte on line 12 of mkdocs.yml was blamed on line 1, as "position 100" (an outside review)."""
    project.write("mkdocs.yml", MKDOCS_YML + "extra:\n  note: a\x00b\n")
    checked = project.check()
    said = "mkdocs.yml:13: error: this line holds an invisible character (U+0000, a control character), which YAML"
    assert checked.code == 2 and said in checked.stderr, checked.stderr


def test_a_nav_entry_for_a_page_that_is_not_there_stops_both_doors_at_its_line(project: Project) -> None:
    """`nav:` naming a missing page: MkDocs warns, so the strict build stopped, and the check passed (an outside
    review). Entries for pages that are there (an internal one too, in the public build), generated pages and
    addresses are not named."""
    project.item("int.md", "title: Int\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("evidence/about.md", "# About\n")
    nav = "nav:\n  - about.md\n  - Int: int.md\n  - Ghost: ghost.md\n  - challenges/partnerships.md\n  - https://example.org/\n"
    project.write("mkdocs.yml", MKDOCS_YML + nav)
    said = "mkdocs.yml:15: warning: the nav names a page on this line that is not under evidence/; correct its path"
    checked = project.check("--strict")
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    assert [line for line in checked.stdout.splitlines() if "the nav names" in line] == [
        said + " (relative to that folder), or remove the entry"
    ]
    built = project.build(strict=True, audience="public")
    assert built.failed and any(said in line for line in built.log), built.log
    # said once, at its line: the nav leaves the entry out, rather than link to no page (MkDocs warned of it again)
    assert not any("is included in the 'nav' configuration" in line for line in built.log), built.log
    built = project.build(audience="internal")
    assert "ghost" not in built.html("").lower() and ">Int<" in built.html("").replace(" ", "").replace("\n", "")


@pytest.mark.parametrize(
    ("entry", "fix"),
    [
        ("partnerships/", "MkDocs' nav names pages, not folders: name a page of the folder (its index.md, say)"),
        ("partnerships", "MkDocs' nav names pages, not folders: name a page of the folder (its index.md, say)"),
        ("About: about.md#top", "MkDocs' nav names a page by its file alone: take out the # or ? part of the path"),
        ("About us", 'did you mean "about.md"? Correct its path (relative to evidence/), or remove the entry'),
        # (each said only "correct its path": a careless-user review)
        ("About: evidence/about.md", 'did you mean "about.md"? The nav\'s paths are written from evidence/, not from'),
        ("Home about.md", 'a title and its page are written with a colon between them: "Home: about.md"'),
        ("Partnerships: challenges/partnership.md", 'did you mean "challenges/partnerships.md"? Correct its path'),
    ],
)
def test_a_nav_entry_for_a_folder_a_title_or_a_place_in_a_page_is_named_at_its_line(
    project: Project, entry: str, fix: str
) -> None:
    """MkDocs looks a nav entry up as a file: a folder, a title written alone and a page's path with "#top" are no
    file, so it warns and a strict build stops; the check passed them, reading only entries ending in .md, without
    what follows a "#" (the differential fuzz of mkdocs.yml)."""
    project.write("evidence/about.md", "# About\n")
    project.item("partnerships/note.md", "title: Note\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("mkdocs.yml", MKDOCS_YML + f"nav:\n  - about.md\n  - {entry}\n")
    said = f"mkdocs.yml:14: warning: the nav names a page on this line that is not under evidence/; {fix}"
    checked = project.check("--strict")
    assert checked.code == 1 and any(line.startswith(said) for line in checked.stdout.splitlines()), checked.stdout
    built = project.build(strict=True)
    assert built.failed and any(said in line for line in built.log), built.log


def test_a_nav_naming_a_page_generated_for_another_audience_or_left_out_by_mkdocs_yml(project: Project) -> None:
    """`nav:` naming readiness.md, which only the internal build generates, stopped the public strict build (MkDocs:
    "not found in the documentation files") where the check passed; one naming a page exclude_docs leaves out
    passed the check too (the third differential fuzz). The first is left out of the nav of the builds that do not
    generate the page, as a withheld page is; the second is named at its line, in both doors."""
    project.item("partnerships/note.md", "title: Note\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("evidence/about.md", "# About\n")
    project.write("mkdocs.yml", MKDOCS_YML + "nav:\n  - index.md\n  - Readiness: readiness.md\n")
    assert project.check("--strict", "--audience", "public").code == 0
    public = project.build(strict=True, audience="public")
    assert not public.failed and "Readiness" not in public.html(""), public.log
    internal = project.build(strict=True, audience="internal")
    assert not internal.failed and 'href="readiness/"' in internal.html(""), internal.log
    project.write("mkdocs.yml", MKDOCS_YML + "nav:\n  - index.md\n  - about.md\nexclude_docs: |\n  about.md\n")
    said = (
        "mkdocs.yml:14: warning: the nav names a page on this line that MkDocs leaves out of the site (mkdocs.yml's "
        "exclude_docs or draft_docs matches it); take it out of the nav, or out of those patterns"
    )
    checked = project.check("--strict")
    assert checked.code == 1 and said in checked.stdout.splitlines(), checked.stdout
    built = project.build(strict=True)
    assert built.failed and any(said in line for line in built.log), built.log


def test_a_nav_entry_close_to_a_withheld_pages_path_is_not_published_with_it(project: Project) -> None:
    """The nav's warning now names the page an entry may mean: where that is a page the build withholds, the warning
    stays out of the build's portfolio.json (its log names it, as documented); the widest build's holds it."""
    project.item("int/board-minutes.md", "title: Minutes\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("mkdocs.yml", MKDOCS_YML + "nav:\n  - index.md\n  - Minutes: int/board-minute.md\n")
    meant = 'did you mean "int/board-minutes.md"?'
    public = project.build(audience="public")
    assert not public.failed and any(meant in line for line in public.log), public.log
    warnings = json.loads((public.site / "portfolio.json").read_text(encoding="utf-8"))["warnings"]
    assert not [w for w in warnings if "board-minute" in w["message"]] and "board-minute" not in public.all_output()
    internal = project.build(audience="internal")
    warnings = json.loads((internal.site / "portfolio.json").read_text(encoding="utf-8"))["warnings"]
    assert [w["line"] for w in warnings if meant in w["message"]] == [14], warnings


def test_pages_a_nav_of_mkdocs_yml_leaves_out_warn_in_both_doors_where_validation_says_so(project: Project) -> None:
    """A `nav:` of mkdocs.yml's with `validation: {omitted_files: warn}`: MkDocs warned of every page it did not
    name, the items among them, so a strict build failed where the check passed (a known gap). Both doors now say
    it once, at the `nav:` line, naming the plain and generated pages of the build's audience that neither the nav
    nor `not_in_nav` names, never an item; without `validation`, neither does."""
    project.item("int.md", "title: Int\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("evidence/about.md", "# About\n")
    project.write("evidence/notes.md", "---\nvisibility: internal\n---\n# Staff notes\n")
    nav = "nav:\n  - index.md\n  - Browse: library.md\n  - about.md\n"
    validation = "validation:\n  omitted_files: warn\nnot_in_nav: |\n  /challenges/\n  tags.md\n"
    project.write("mkdocs.yml", MKDOCS_YML + nav)
    assert "the nav leaves out" not in project.check("--strict", "--audience", "internal").stdout
    project.write("mkdocs.yml", MKDOCS_YML + nav + validation)
    generated = "accreditation-pack.md, case-studies.md, celebrations.md, improvement-plan.md, library-list.md"
    said = {
        audience: f"mkdocs.yml:12: warning: the nav leaves out {count} pages of this build, and mkdocs.yml's "
        f"validation makes that a warning: {generated}, {pages}; add each to the nav (paths relative to evidence/), "
        "or name it under not_in_nav in mkdocs.yml"
        for audience, count, pages in (
            ("internal", 8, "notes.md, partners.md, readiness.md"),
            ("public", 6, "partners.md"),
        )
    }
    for audience, line in said.items():
        checked = project.check("--strict", "--audience", audience)
        assert checked.code == 1, checked.stdout
        assert [text for text in checked.stdout.splitlines() if "the nav leaves out" in text] == [line]
        built = project.build(strict=True, audience=audience)
        assert built.failed and [text for text in built.log if "the nav leaves out" in text] == [
            f"portfolio: {line}"
        ], built.log
        assert not any("are not included in the" in text for text in built.log), built.log


def test_a_script_or_stylesheet_from_another_host_is_named_at_its_line(project: Project) -> None:
    """`extra.polyfills` (or extra_javascript, extra_css) naming another host put its script on every page of every
    build, internal ones and the assessor's pack included, where it could read them and send them on (a hostile
    review). Both doors name each at its line, as a mistake, whatever the audience; a file of the project is fine."""
    project.write("evidence/js/local.js", "// ours\n")
    extra = (
        "extra_javascript:\n  - js/local.js\n  - https://cdn.example.org/chart.js\n"
        "extra_css:\n  - //fonts.example.org/a.css\n"
        "extra:\n  polyfills: ['https://exfil.example/collect.js']\n  analytics:\n    provider: google\n"
    )
    project.write("mkdocs.yml", MKDOCS_YML + extra)
    said = [
        'mkdocs.yml:14: warning: extra_javascript loads "https://cdn.example.org/chart.js" from another host on every '
        "page, internal ones too",
        'mkdocs.yml:16: warning: extra_css loads "//fonts.example.org/a.css" from another host',
        'mkdocs.yml:18: warning: extra.polyfills loads "https://exfil.example/collect.js" from another host',
    ]
    checked = project.check("--strict", "--audience", "internal")
    named = [line for line in checked.stdout.splitlines() if "from another host" in line]
    assert checked.code == 1 and all(line.startswith(s) for line, s in zip(named, said, strict=True)), named
    assert (
        "mkdocs.yml:19: warning: extra.analytics has every page load google's script, which sends it each page's"
        in (checked.stdout)
    )
    built = project.build(strict=True, audience="internal")
    assert built.failed and all(any(s in line for line in built.log) for s in said), built.log


def test_a_logo_or_icon_from_another_host_is_named_at_its_line(project: Project) -> None:
    """theme.logo or theme.favicon on another host: the site's pages show pictures from the site alone, so every
    page went without its logo, without a word (an assessor's review). Both doors name each at its line; a file of
    the project is fine."""
    project.write("evidence/images/icon.png", b"\x89PNG\r\n\x1a\n")
    theme = "  font: false\n  logo: https://cdn.example.org/logo.png\n  favicon: images/icon.png\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", theme))
    said = (
        'mkdocs.yml:6: warning: theme.logo shows "https://cdn.example.org/logo.png" from another host on every page: '
        "the site's pages show pictures from the site alone, so that no other website learns who reads them, and a "
        "copy opened from disk (the assessor's pack) cannot load it, so every page goes without its logo; save the "
        "file in evidence/ (or the theme's custom_dir) and name it by its path there, such as logo: images/logo.png"
    )
    checked = project.check("--strict", "--audience", "public")
    assert checked.code == 1 and [line for line in checked.stdout.splitlines() if "another host" in line] == [said]
    for audience in ("public", "internal"):
        built = project.build(strict=True, audience=audience)
        assert built.failed and [line for line in built.log if "another host" in line] == [f"portfolio: {said}"]
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", theme.replace("logo: https://cdn.example.org/", "logo: images/")),
    )
    assert "another host" not in project.check("--audience", "public").stdout


def test_what_mkdocs_yml_names_that_is_not_installed_is_named_at_its_line(project: Project) -> None:
    """A misspelt theme, plugin or Markdown extension, or a site_url without https://, passed `portfolio check`, and
    `mkdocs build` then stopped without naming a line (a careless-user review). The check names each at its line,
    with the closest name installed; what is installed, by any of the names MkDocs loads it by (`/material/search`,
    outside the theme's namespace, too), is fine."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  - search\n", "  - serach\n  - material/tags\n  - /material/search\n  - /search\n")
        + "site_url: www.example.org\nmarkdown_extensions:\n  - tabels\n  - toc:\n      permalink: true\n"
        + "  - pymdownx.superfences\n  - markdown.extensions.abbr\n  - pymdownx.nosuchthing\n  - pymdownx.detail\n",
    )
    checked = project.check("--format", "json")
    found = [(p["line"], p["message"]) for p in json.loads(checked.stdout) if p["code"] == "mkdocs-setting"]
    assert checked.code == 1
    assert found == [
        (7, 'the plugin "serach" is not installed, so `mkdocs build` stops; did you mean "search"?'),
        (
            15,
            'site_url "www.example.org" is not a web address, so `mkdocs build` stops; write it whole, with https:// '
            "at its start (such as https://example.org/portfolio/)",
        ),
        (17, 'the Markdown extension "tabels" is not installed, so `mkdocs build` stops; did you mean "tables"?'),
        (
            22,
            'the Markdown extension "pymdownx.nosuchthing" is not installed, so `mkdocs build` stops; correct its '
            "name, or remove it",
        ),
        (  # pymdown-extensions' modules are names meant too (a review of valid portfolios: two errors, none meant)
            23,
            'the Markdown extension "pymdownx.detail" is not installed, so `mkdocs build` stops; did you mean '
            '"pymdownx.details"?',
        ),
    ], found
    assert [p for p in json.loads(checked.stdout) if p["code"] == "unsafe-setting" and p["line"] == 23] == []
    assert project.build().failed
    project.write("mkdocs.yml", MKDOCS_YML.replace("  name: material\n", "  name: materail\n"))
    checked = project.check()
    said = (
        'mkdocs.yml:4: error: the theme "materail" is not installed, so `mkdocs build` stops; did you mean "material"?'
    )
    assert checked.code == 1 and said in checked.stdout.splitlines(), checked.stdout
    assert "plugin" not in checked.stdout, "its plugins are looked for in the theme's name: not judged without it"


def test_materials_plugin_under_another_theme_is_said_to_be_materials(project: Project) -> None:
    """`theme: readthedocs` with `- tags` was said to be a plugin "not installed", to correct or remove, where it is
    Material's, found by that name only under Material's theme (a careless-user review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  name: material\n", "  name: readthedocs\n"))
    checked = project.check("--format", "json")
    found = [(p["line"], p["message"]) for p in json.loads(checked.stdout) if p["code"] == "mkdocs-setting"]
    assert found == [
        (
            8,
            'the plugin "tags" is the Material theme\'s, which MkDocs finds by that name only where the theme is '
            "material (this site's is readthedocs), so `mkdocs build` stops; set the theme's name to material, or write "
            "the plugin as material/tags",
        )
    ], found
    assert project.build().failed
    project.write("mkdocs.yml", MKDOCS_YML.replace("  name: material\n", "  name: readthedocs\n").replace(
        "  - tags\n", "  - material/tags\n"
    ))  # fmt: skip
    assert not [p for p in project.problems() if p.code == "mkdocs-setting"]


def test_a_setting_of_mkdocs_yml_written_twice_is_named_at_both_lines(project: Project) -> None:
    """A `plugins:` pasted a second time into mkdocs.yml (from a tutorial) replaced the first, the portfolio plugin
    with it: the check said to add `- portfolio` under `plugins:`, which the author could see was there (a
    careless-user review). The second is named, with the first's line."""
    project.write("mkdocs.yml", MKDOCS_YML + "site_url: https://example.org/\nplugins:\n  - search\n")
    checked = project.check("--format", "json")
    found = [(p["line"], p["code"], p["message"]) for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"]
    assert checked.code == 1
    assert (
        13,
        "duplicate-key",
        '"plugins" is given twice (first on line 6); YAML keeps only the last, so everything the first says is lost '
        "(a `plugins:` pasted in twice): merge the two into one",
    ) in found, found
    project.write("mkdocs.yml", MKDOCS_YML + "site_url: https://example.org/\n# plugins: written in a comment\n")
    assert project.check().code == 0


def test_a_second_plugins_block_stops_the_build_that_would_have_been_for_everyone(project: Project) -> None:
    """A second `plugins:` block pasted at the end, to set one option (a careless-user review), dropped the first
    and the `audience: public` in it: the build ran for the default, internal audience, published a staff-only item
    and passed strict, while only the check said so. The build now stops at the same line, with nothing published;
    with one block, the public build holds the public item and not the internal one."""
    public = MKDOCS_YML.replace("      as_of:", "      audience: public\n      as_of:")
    project.item(
        "open.md", "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    )
    project.item("staff.md", "title: Staff\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01")
    project.write("mkdocs.yml", public + "plugins:\n  - portfolio:\n      strict_gaps: true\n")
    said = 'mkdocs.yml:13: error: "plugins" is given twice (first on line 6); YAML keeps only the last'
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = project.build(strict=True)
    assert built.failed and any(said in line for line in built.log), built.log
    assert not (built.site / "staff").exists() and not list(built.site.rglob("*.html"))
    # ... and in a file mkdocs.yml INHERITs (a hostile review), named in it
    project.write("base.yml", public + "plugins:\n  - portfolio:\n      strict_gaps: true\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\n")
    said = 'base.yml:13: error: "plugins" is given twice (first on line 6); YAML keeps only the last'
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout + checked.stderr
    built = project.build(strict=True)
    assert built.failed and any(said in line for line in built.log), built.log
    assert not list(built.site.rglob("*.html"))
    project.write("mkdocs.yml", public)
    built = project.build(strict=True)
    assert not built.failed and (built.site / "open/index.html").is_file() and not (built.site / "staff").exists()


def test_a_plugin_option_indented_less_than_the_others_is_named_at_its_line(project: Project) -> None:
    """`audience:` moved two spaces left among the plugin's options was named at the option below it, four lines of
    comments further on (a careless-user review)."""
    config = MKDOCS_YML.replace("      as_of:", "    audience: public\n    # the day\n\n      as_of:")
    project.write("mkdocs.yml", config)
    checked = project.check()
    assert (
        checked.code == 2
        and "mkdocs.yml:11: error: YAML does not parse: this line is indented 4 spaces, where "
        "the lines above and below it are indented 6"
        in checked.stderr
    ), checked.stderr


def test_a_key_written_twice_inside_a_setting_of_mkdocs_yml_is_named_at_its_line(project: Project) -> None:
    """A second `name:` under `theme:` (or a key of `extra` given twice) replaced the first without a word, in both
    doors: the check named only settings written twice at the top. Keys given again by a merge (`<<: *base`), and
    the portfolio plugin's own options (named by its check), are not."""
    config = MKDOCS_YML.replace("  font: false\n", "  font: false\n  name: material\n") + (
        "extra:\n  base: &base {a: 1}\n  one: {<<: *base, b: 2}\n  team: Leisure\n  team: Sport\n"
    )
    project.write("mkdocs.yml", config)
    found = [
        (p["line"], p["code"], p["message"])
        for p in json.loads(project.check("--format", "json").stdout)
        if p["path"] == "mkdocs.yml"
    ]
    said = ("(first on line {}); YAML keeps only the last, so everything the first says is lost (a `{}:` pasted in "
            "twice): merge the two into one")  # fmt: skip
    assert found == [
        (6, "duplicate-key", '"name" is given twice in theme ' + said.format(4, "name")),
        (17, "duplicate-key", '"team" is given twice in extra ' + said.format(16, "team")),
    ], found
    project.write("mkdocs.yml", config.replace("  name: material\n", "", 1).replace("  team: Sport\n", ""))
    assert project.check().code == 0


def test_the_gaps_among_the_warnings_are_counted_apart_where_strict_passes_them(project: Project) -> None:
    """A strict build printed every warning, then "Aborted with 7 warnings" of 9, and the check "0 errors, 3
    warnings" while --strict passed (a careless-user review): nothing said which warnings were gaps. Both now say
    how many are, and how to make them count; not where they count already."""
    checked = project.check("--strict")
    gaps = sum(": warning: " in line for line in checked.stdout.splitlines())
    assert checked.code == 0 and gaps > 1, checked.stdout
    said = f"0 errors, {gaps} warnings ({gaps} are gaps, which --strict fails on only with --strict-gaps)\n"
    assert checked.stderr == said, checked.stderr
    strict = project.check("--strict-gaps")
    assert strict.code == 1 and strict.stderr == (
        f"0 errors, {gaps} warnings\nthe check fails (--strict-gaps) on the {gaps} warnings above: mend each as its "
        "line says\n"  # (a staff walkthrough: "0 errors" alone read as a pass)
    ), strict.stderr
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nmistake: yes")
    mistaken = project.check("--strict")
    assert (
        mistaken.code == 1
        and mistaken.stderr.startswith("0 errors, ")
        and mistaken.stderr.endswith(
            "which --strict fails on only with --strict-gaps)\nthe check fails (--strict) on 1 of the 4 warnings, the "
            "one that is not a gap: mend it as its line says\n"
        )
    ), mistaken.stderr
    (project.root / "evidence/a.md").unlink()
    mkdocs = logging.getLogger("mkdocs")
    level = mkdocs.level
    mkdocs.setLevel(logging.INFO)  # as `mkdocs build` logs
    try:
        built, plain = project.build(strict=True), project.build()
    finally:
        mkdocs.setLevel(level)
    told = f"portfolio: {gaps} of the portfolio's warnings are gaps, which a strict build stops on only with the plugin"
    assert not built.failed and any(line.startswith(told) for line in built.log), built.log
    assert not any("are gaps" in line for line in plain.log), "said of a strict build only"


def test_strict_true_in_mkdocs_yml_makes_the_check_strict_as_it_makes_the_build(project: Project) -> None:
    """`strict: true` in mkdocs.yml makes `mkdocs build` fail on a warning; `portfolio check` (without --strict)
    passed it, so a CI check passed while the build failed (an outside review). The check reads it, says so, and
    agrees with the build: mistakes fail both, gaps neither (but with strict_gaps)."""
    project.write("mkdocs.yml", MKDOCS_YML + "strict: true\n")
    project.write("evidence/about.md", "# About\n\nSee [the plan](missing-plan.md).\n")
    checked, built = project.check(), project.build()
    assert checked.code == 1 and "evidence/about.md:3: warning: " in checked.stdout, checked
    assert "(strict: true in mkdocs.yml makes the check --strict, as it makes the build; " in checked.stderr
    assert built.failed, built.log
    project.write("evidence/about.md", "# About\n")  # the gaps left (uncovered sections): both pass
    checked, built = project.check(), project.build()
    assert checked.code == 0 and ": warning: " in checked.stdout, checked
    assert not built.failed, built.log
    project.write("mkdocs.yml", MKDOCS_YML + "strict: false\n")
    project.write("evidence/about.md", "# About\n\nSee [the plan](missing-plan.md).\n")
    checked, built = project.check(), project.build()
    assert checked.code == 0 and "strict: true" not in checked.stderr, checked
    assert not built.failed, built.log


def test_checks_exit_code_holds_when_its_output_is_cut_short_or_lost(project: Project) -> None:
    """`portfolio check` ends its process at once (cli.run). Output a full disk refused was lost with exit 0, and a
    portfolio with errors piped to a reader that stops early (`| head`, under `set -o pipefail`) exited 0 (a
    hostile review): the first exits 120, as Python's own exit does, the second with the check's verdict."""
    command = [sys.executable, "-m", "evidence_portfolio.cli", "check", str(project.root), "--format", "json"]
    environment = {**os.environ, "PYTHONUNBUFFERED": ""}  # its output held until the end, as in a shell
    with open("/dev/full", "wb") as full:
        assert subprocess.run(command, stdout=full, stderr=subprocess.DEVNULL, env=environment).returncode == 120
    for number in range(400):
        project.write(
            f"evidence/bad-{number}.md", f"---\ntitle: Bad {number}\ntype: evidence\nvisibility: publc\n---\n"
        )
    reader = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environment)
    assert reader.stdout is not None and reader.stdout.read(100)
    reader.stdout.close()  # as `head` does, long before the end
    assert reader.wait(timeout=120) == 1


EXTENSIONS = "markdown_extensions:\n"
SETTINGS_MKDOCS_STOPS_ON = {
    "a setting misspelt": (
        ("docs_dir:", "site_descripton: A portfolio\ndocs_dir:"),
        (2, "mkdocs-warning", 'MkDocs has no setting "site_descripton", so `mkdocs build --strict` stops; did you'),
    ),
    "no site_name": (
        ("site_name: Test portfolio\n", ""),
        (1, "mkdocs-setting", "mkdocs.yml has no site_name, so `mkdocs build` stops; add a line `site_name: ...`"),
    ),
    "text for a list": (
        ("docs_dir:", "extra_css: style.css\ndocs_dir:"),
        (2, "mkdocs-setting", "extra_css is text, not a list, so `mkdocs build` stops; write each entry on a line"),
    ),
    "text for true or false": (
        ("docs_dir:", "use_directory_urls: maybe\ndocs_dir:"),
        (2, "mkdocs-setting", "use_directory_urls is text, not true or false, so `mkdocs build` stops; write true"),
    ),
    "a setting MkDocs removed": (
        ("docs_dir:", "pages: []\ndocs_dir:"),
        (2, "mkdocs-setting", 'MkDocs no longer has the setting "pages", so `mkdocs build` stops; use "nav" instead'),
    ),
    "a custom_dir that is no folder": (
        ("  font: false\n", "  font: false\n  custom_dir: nowhere\n"),
        (6, "mkdocs-setting", 'the theme\'s custom_dir "nowhere" is no folder in'),
    ),
    "a hook that is not there": (
        ("docs_dir:", "hooks: [hooks/nope.py]\ndocs_dir:"),
        (2, "mkdocs-setting", 'hooks names "hooks/nope.py", which is not in'),
    ),
    "a repository address without https://": (
        ("docs_dir:", "repo_url: github.com/org/repo\ndocs_dir:"),
        (2, "mkdocs-setting", 'repo_url "github.com/org/repo" is not a web address, so `mkdocs build` stops; write'),
    ),
    "a nav that is no list": (
        ("", "nav:\n  Home: index.md\n"),
        (12, "mkdocs-setting", "nav is a mapping (key: value lines), not a list, so `mkdocs build` stops"),
    ),
    # a malformed-input review: both passed the check and stopped the build, naming no line
    "a validation level MkDocs has not": (
        ("", "validation:\n  links:\n    absolute_links: sometimes\n"),
        (
            12,
            "mkdocs-setting",
            "MkDocs says of validation: Sub-option 'links': Sub-option 'absolute_links': Expected one of ['warn', "
            "'info', 'ignore', 'relative_to_docs'], got 'sometimes', so `mkdocs build` stops",
        ),
    ),
    "a nav entry that is a mapping": (
        ("", "nav:\n  - Home: index.md\n  - Bad: {x: y}\n"),
        (12, "mkdocs-warning", "MkDocs says of nav: Expected nav to be a list, got dict with keys ('x',), so"),
    ),
    "a language the theme has not": (
        ("  font: false\n", "  font: false\n  language: klingon\n"),
        (6, "mkdocs-setting", 'the theme has no language "klingon", so `mkdocs build` stops; use a language code'),
    ),
    "an icon the theme has not": (
        ("  font: false\n", "  font: false\n  icon:\n    admonition:\n      note: octicons/nope-16\n"),
        (8, "mkdocs-setting", 'the theme has no icon "octicons/nope-16", so `mkdocs build` stops; name one of'),
    ),
    "a social link's icon the theme has not": (
        ("", "extra:\n  social:\n    - icon: fontawesome/brands/nope\n      link: https://example.org/\n"),
        (14, "mkdocs-setting", 'the theme has no icon "fontawesome/brands/nope", so `mkdocs build` stops'),
    ),
    "a palette's toggle icon the theme has not": (
        ("  font: false\n", "  font: false\n  palette:\n    - toggle:\n        icon: material/brightness-77\n"),
        (8, "mkdocs-setting", 'the theme has no icon "material/brightness-77", so `mkdocs build` stops'),
    ),
    "a social link without its icon": (
        ("", "extra:\n  social:\n    - link: https://example.org/\n"),
        (14, "mkdocs-setting", "this link of extra.social names no icon, so `mkdocs build` stops; write each link"),
    ),
    "a list in the plugins": (
        ("plugins:\n", "plugins:\n  - [a, b]\n"),
        (7, "mkdocs-setting", "the entry [a, b] of the plugins is not the name of a plugin, so `mkdocs build` stops"),
    ),
    "two plugins run together": (
        ("  - search\n  - tags\n", "  - search:\n    tags:\n"),
        (7, "mkdocs-setting", 'one entry of the plugins names 2: "search", "tags", so `mkdocs build` stops'),
    ),
    "a plugin's option indented as little as the plugin's name": (  # (a differential review: at the entry's line)
        ("      as_of: 2026-11-27\n", "    as_of: 2026-11-27\n"),
        (
            11,
            "mkdocs-setting",
            '"as_of" is indented as a plugin of its own, in the entry of "portfolio", not as one of',
        ),
    ),
    "a plugin's options not a mapping": (
        ("  - search\n", "  - search: true\n"),
        (7, "mkdocs-setting", 'the options of the plugin "search" are not key: value lines, so `mkdocs build` stops'),
    ),
    "a setting written with !relative": (
        ("docs_dir: evidence\n", "docs_dir: !relative $config_dir/evidence\n"),
        (2, "mkdocs-setting", "docs_dir is written with `!relative`, which MkDocs reads as a path only where a plugin"),
    ),
    "the theme's name written with !relative": (
        ("  name: material\n", "  name: !relative $config_dir/material\n"),
        (4, "mkdocs-setting", "theme.name is written with `!relative`, which MkDocs reads as a path only where a"),
    ),
    "an entry of a list written with !relative": (
        ("", "extra_css:\n  - !relative $config_dir/extra.css\n"),
        (13, "mkdocs-setting", "an entry of extra_css is written with `!relative`, which MkDocs reads as a path only"),
    ),
    "patterns written as a list": (
        ("", "exclude_docs:\n  - drafts/\n"),
        (12, "mkdocs-setting", "exclude_docs is a list, not text, so `mkdocs build` stops; write its patterns as"),
    ),
    "extra written as text": (
        ("", "extra: hello\n"),
        (12, "mkdocs-setting", "extra is text, not key: value lines, so `mkdocs build` stops; indent key: value"),
    ),
    "a script written as text": (
        ("", "extra_javascript: app.js\n"),
        (12, "mkdocs-setting", "extra_javascript is text, not a list, so `mkdocs build` stops; write each entry"),
    ),
    "a hook written as text": (
        ("", "hooks: hooks.py\n"),
        (12, "mkdocs-setting", "hooks is text, not a list, so `mkdocs build` stops; write each entry on a line"),
    ),
    "a repository's name written as a list": (
        ("", "repo_name: [ours]\n"),
        (12, "mkdocs-setting", "repo_name is a list, not text, so `mkdocs build` stops"),
    ),
    "an address to serve at without its port": (
        ("", "dev_addr: localhost\n"),
        (12, "mkdocs-setting", "MkDocs says of dev_addr: Must be a string of format 'IP:PORT', so `mkdocs build`"),
    ),
    "a theme without its name": (
        ("  name: material\n", "  nme: material\n"),
        (3, "mkdocs-setting", "MkDocs says of theme: No theme name set, so `mkdocs build` stops"),
    ),
    "a theme's locale Material has not": (
        ("  name: material\n", "  name: material\n  locale: xx\n"),
        (3, "mkdocs-setting", "MkDocs says of theme: Invalid value for locale: unknown locale 'xx', so `mkdocs"),
    ),
    "the theme's folder written as a number": (
        ("  font: false\n", "  font: false\n  custom_dir: 5\n"),
        (6, "mkdocs-setting", "the theme's custom_dir is a number, not a folder's name, so `mkdocs build` stops"),
    ),
    "a tag MkDocs does not know": (
        ("", "extra: !include extra.yml\n"),
        (12, "mkdocs-setting", "MkDocs does not know the tag !include, so `mkdocs build` stops; remove it"),
    ),
    "an entry of a list of files left empty": (
        ("", "watch:\n  -\n"),
        (13, "mkdocs-setting", "an entry of watch is empty, so `mkdocs build` stops; write the file's path after its"),
    ),
    "a plugin listed twice": (
        ("  - search\n", "  - search\n  - material/search\n"),
        (8, "mkdocs-warning", 'the plugin "material/search" is listed a second time (first on line 7), and MkDocs'),
    ),
    "a plugin's option misspelt": (
        ("  - search\n", "  - search:\n      lang2: en\n"),
        (8, "mkdocs-warning", 'the plugin "search" has no option "lang2", so `mkdocs build --strict` stops; did you'),
    ),
    "a plugin's option of the wrong kind": (
        ("  - search\n", "  - search:\n      separator: 3\n"),
        (8, "mkdocs-setting", 'the option "separator" of the plugin "search" is refused (Expected type'),
    ),
    "an extension's option misspelt": (
        ("", EXTENSIONS + "  - admonition\n  - toc:\n      permalnk: true\n"),
        (15, "mkdocs-setting", 'the Markdown extension "toc" has no option "permalnk", so `mkdocs build` stops; did'),
    ),
    "an extension's option of the wrong kind": (
        ("", EXTENSIONS + "  - toc:\n      toc_depth: [x]\n"),
        (13, "mkdocs-setting", 'the Markdown extension "toc" refuses its options (TypeError: int() argument'),
    ),
    "an extension's option that fails as a page is rendered": (
        ("", EXTENSIONS + "  - footnotes:\n      BACKLINK_TEXT: 5\n"),
        (13, "mkdocs-setting", 'the Markdown extension "footnotes" refuses its options (TypeError: replace() argument'),
    ),
    "an extension's options not a mapping": (
        ("", EXTENSIONS + "  - toc: true\n"),
        (13, "mkdocs-setting", 'the options of the Markdown extension "toc" are not key: value lines, so'),
    ),
    "the extensions written as one name": (
        ("", "markdown_extensions: admonition\n"),
        (12, "mkdocs-setting", "markdown_extensions is not a list, so `mkdocs build` stops; write each Markdown"),
    ),
    "an extension's option indented as little as its name": (
        ("", EXTENSIONS + "  - toc:\n    permalink: true\n"),
        (13, "mkdocs-setting", 'one entry of the Markdown extensions names 2: "toc", "permalink", so `mkdocs build`'),
    ),
    "a list in the extensions": (
        ("", EXTENSIONS + "  - tables\n  - [toc]\n"),
        (14, "mkdocs-setting", "the entry [toc] of the Markdown extensions is not the name of a Markdown extension"),
    ),
}


VALIDATIONS = [
    {},
    {"anchors": "warn"},
    {"absolute_links": "relative_to_docs", "unrecognized_links": "warn"},
    {"omitted_files": "ignore", "not_found": "info"},
    {"links": {"anchors": "warn"}, "anchors": "info"},
    {"nav": {"omitted_files": "warn"}, "links": {}},
    {"anchors": "loud"},
    {"anchors": "Warn"},
    {"anchor": "warn"},
    {"omitted_files": "relative_to_docs"},
    {"nav": {"anchors": "warn"}},
    {"links": None},
    {"links": "warn"},
    {"anchors": ["warn"]},
    {"anchors": True},
    {1: "warn"},
    {"nav": {"omitted_files": {"x": 1}}},
    "warn",
    ["anchors"],
    None,
]


@pytest.mark.parametrize("value", VALIDATIONS, ids=[repr(value) for value in VALIDATIONS])
def test_a_validation_taken_without_mkdocs_is_one_mkdocs_takes_without_a_word(value: Any) -> None:
    """A check takes a `validation` as it is, without importing MkDocs' configuration (140 ms), only where MkDocs'
    own option takes it without an error or a warning (its schema read from MkDocs' source); MkDocs judges any
    other, as it judged them all before."""
    from mkdocs.config.base import ValidationError
    from mkdocs.config.defaults import MkDocsConfig

    from evidence_portfolio.reading.mkdocs_schema import mkdocs_validation, plainly_valid

    assert set(mkdocs_validation()) == {"nav", "links"} and "anchors" in mkdocs_validation()["links"]
    option = dict(MkDocsConfig._schema)["validation"]
    try:
        option.validate(json.loads(json.dumps(value)) if not isinstance(value, dict) or 1 not in value else value)
        taken = not option.warnings
    except ValidationError:
        taken = False
    finally:
        option.reset_warnings()
    assert plainly_valid(value, mkdocs_validation()) == (taken and isinstance(value, dict)), value


PLUGIN_OPTIONS_WRITTEN = [  # each with whether it is read from the plugin's source alone
    ("search", {"separator": "[\\s\\-+]+"}, True),
    ("search", {"separator": 5}, False),
    ("search", {"lang": "en"}, False),  # (a LangOption: the plugin judges it)
    ("search", {"seperator": "x"}, False),
    ("search", {"min_search_length": 3}, False),  # (given up: the plugin warns)
    ("tags", {"tags": False, "tags_slugify_separator": "_"}, True),
    ("tags", {"tags_file": "tags.md"}, False),
    ("blog", {"blog_dir": "news", "post_readtime": True, "pagination_per_page": 5}, True),
    ("blog", {"pagination_per_page": "five"}, False),
    ("blog", {"post_date_format": None}, False),
    ("meta", {"meta_file": ".meta.yml", "enabled": True}, True),
    ("meta", {"enabled": "yes"}, False),
    ("/search", {"separator": "x"}, True),
    ("nope", {"x": 1}, False),
]


@pytest.mark.parametrize(
    ("name", "options", "read"), PLUGIN_OPTIONS_WRITTEN, ids=[repr(p[:2]) for p in PLUGIN_OPTIONS_WRITTEN]
)
def test_plugin_options_taken_without_the_plugin_are_ones_it_takes_without_a_word(
    name: str, options: Any, read: bool
) -> None:
    """A check takes a plugin's options as they are, without importing MkDocs' plugins and the plugin (100 ms for
    the search separator of every new portfolio), only where the plugin, loaded, takes them without an error or a
    warning; the plugin judges any other, as it judged them all before."""
    from mkdocs.plugins import get_plugins

    from evidence_portfolio.reading.installed import plugin_entry_point
    from evidence_portfolio.reading.mkdocs_schema import plugin_takes

    point = plugin_entry_point(name, "material")
    taken = point is not None and plugin_takes(point, options)
    assert taken == read
    if point is not None:  # (loaded as MkDocs loads it)
        installed = get_plugins()
        named = f"material/{name}" if "/" not in name and f"material/{name}" in installed else name.lstrip("/")
        loaded = installed[named]
        assert loaded.value == point
        errors, warnings = loaded.load()().load_config(dict(options))
        assert not taken or (not errors and not warnings), (errors, warnings)


def test_a_plugins_options_are_judged_whatever_way_its_entry_point_is_written() -> None:
    """An entry point written `pkg : Class [extra]`, as MkDocs loads it, was split at its colon alone: the plugin's
    schema and the plugin itself were not found, and a refused option passed the check (a review of the change)."""
    from evidence_portfolio.mkdocs_engine import MKDOCS
    from evidence_portfolio.reading.mkdocs_lists import _plugin_option_faults
    from evidence_portfolio.reading.mkdocs_schema import _plugin_schema

    for written in ("material.plugins.search.plugin:SearchPlugin", "material.plugins.search.plugin : SearchPlugin [x]"):
        assert _plugin_schema(written)["separator"] == (str,), written
    assert _plugin_schema("pkg-x:P") == {} and _plugin_schema("pkg") == {}  # (no way MkDocs loads: the plugin's)
    refused = list(_plugin_option_faults("search", {"separator": 5}, "material", MKDOCS))
    assert [(code, option) for code, option, _, _ in refused] == [("mkdocs-setting", "separator")], refused


def test_an_icon_the_theme_has_not_stops_both_doors_at_its_line(project: Project) -> None:
    """The build stopped in Jinja's traceback as it rendered the first page that showed the icon (a hostile review):
    it now stops before, at the icon's line, as the check does."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", "  font: false\n  icon:\n    admonition:\n      note: octicons/nope-16\n")
        + "extra:\n  social:\n    - link: https://example.org/\n",
    )
    said = [
        'mkdocs.yml:8: error: the theme has no icon "octicons/nope-16", so `mkdocs build` stops',
        "mkdocs.yml:17: error: this link of extra.social names no icon, so `mkdocs build` stops",
    ]
    checked = project.check()
    assert checked.code == 1 and all(any(line.startswith(s) for line in checked.stdout.splitlines()) for s in said)
    built = project.build()
    assert built.failed and all(any(s in line for line in built.log) for s in said), built.log


def test_a_language_the_theme_has_not_stops_the_build_at_its_line_before_materials_search(project: Project) -> None:
    """Material's search plugin reads theme.language in its on_config, before the portfolio's, and stopped the build
    in a traceback (TemplateNotFound: partials/languages/klingon.html); the portfolio names it first."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  language: klingon\n"))
    said = 'mkdocs.yml:6: error: the theme has no language "klingon", so `mkdocs build` stops'
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log
    assert project.check().code == 1


@pytest.mark.parametrize("theme", ["readthedocs", "mkdocs"])
def test_a_theme_without_materials_languages_and_icons_is_not_judged_by_them(project: Project, theme: str) -> None:
    """MkDocs' own themes have no partials/languages/ nor .icons/, and read neither setting: every build of a
    portfolio with one stopped on 'the theme has no language "en"' (a hostile review), which the check did not say."""
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("  name: material\n", f"  name: {theme}\n").replace("  - tags\n", "")
    )
    assert [p for p in json.loads(project.check("--format", "json").stdout) if p["path"] == "mkdocs.yml"] == []
    built = project.build()
    assert not built.failed and not [line for line in built.log if "mkdocs.yml" in line], built.log


def test_a_file_mkdocs_yml_names_for_every_page_that_is_not_there_is_named_at_its_line(project: Project) -> None:
    """MkDocs links every page to a stylesheet, script, logo or favicon mkdocs.yml names without a word when the file
    is not there (a path written from the project's folder, `evidence/css/x.css`, among them): the site went without
    its style, and both doors passed it. Files of evidence/, of the theme's custom_dir and of Material's own (its
    favicon), and a full address on another host (another code's), are not named."""
    project.write("evidence/css/site.css", "body {}\n")
    project.write("overrides/js/theme.js", "// the theme's\n")
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace(
            "  font: false\n",
            "  font: false\n  custom_dir: overrides\n  logo: img/logo.png\n  favicon: assets/images/favicon.png\n",
        )
        + "extra_css:\n  - css/site.css\n  - evidence/css/site.css\n"
        + "extra_javascript:\n  - js/theme.js\n  - path: js/gone.js\n  - https://cdn.example.org/x.js\n",
    )
    said = [
        (
            7,
            'theme.logo names "img/logo.png", which is no file of evidence/ or of the theme, so every page links to '
            "a file that is not there and the site goes without its logo; save the file as evidence/img/logo.png",
        ),
        (
            17,
            'extra_css names "evidence/css/site.css", which is no file of evidence/ or of the theme, so every page '
            'links to a file that is not there and the site goes without its style; did you mean "css/site.css"? The '
            "path is written from evidence/, not from the project's folder",
        ),
        (
            20,
            'extra_javascript names "js/gone.js", which is no file of evidence/ or of the theme, so every page links '
            "to a file that is not there and the site goes without its script; save the file as evidence/js/gone.js",
        ),
    ]
    found = [p for p in json.loads(project.check("--format", "json").stdout) if p["code"] == "missing-site-file"]
    assert [p["line"] for p in found] == [line for line, _ in said], found
    assert all(
        p["message"].startswith(text) and p["path"] == "mkdocs.yml" for p, (_, text) in zip(found, said, strict=True)
    )
    built = project.build(strict=True)
    assert built.failed and all(
        any(f"mkdocs.yml:{line}: warning: {text}" in entry for entry in built.log) for line, text in said
    ), built.log


def test_a_template_extra_templates_names_that_is_not_there_is_named_at_its_line(project: Project) -> None:
    """MkDocs skips a template of extra_templates it does not find in evidence/, with a warning, so the strict
    build stopped (internal: below, the setting is refused); the check passed it (the third differential fuzz)."""
    project.write("evidence/feed.xml", "<feed/>\n")
    project.write("mkdocs.yml", MKDOCS_YML + "extra_templates:\n  - feed.xml\n  - missing.html\n")
    said = (
        'mkdocs.yml:14: warning: extra_templates names "missing.html", which is no file of evidence/, so MkDocs skips '
        "it and warns, and `mkdocs build --strict` stops; save the file as evidence/missing.html"
    )
    checked = project.check("--strict", "--audience", "internal")
    assert checked.code == 1 and [line for line in checked.stdout.splitlines() if "extra_templates" in line] == [
        said + ", or correct the path (written from evidence/)"
    ], checked.stdout
    built = project.build(strict=True, audience="internal")
    assert built.failed and any(said in line for line in built.log), built.log


@pytest.mark.parametrize(
    ("settings", "line", "said"),
    [
        ("edit_uri: edit/main/evidence/\n", 12, "edit_uri is no full address, and there is no repo_url to lead from"),
        (
            "repo_url: https://github.com/org/repo\nedit_uri: edit/main/\nedit_uri_template: 'edit/main/{path}'\n",
            13,
            "edit_uri does nothing where edit_uri_template is given, and MkDocs warns of it",
        ),
    ],
)
def test_edit_links_mkdocs_warns_of_are_named_at_their_line(
    project: Project, settings: str, line: int, said: str
) -> None:
    """An `edit_uri` with no `repo_url` to lead from made MkDocs warn of every page, and one beside
    `edit_uri_template` of the settings: the strict build stopped naming no line, and the check passed (the
    differential fuzz)."""
    project.item("partnerships/note.md", "title: Note\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("mkdocs.yml", MKDOCS_YML + settings)
    checked = project.check("--format", "json", "--strict")
    found = [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"]
    assert [(p["line"], p["code"]) for p in found] == [(line, "mkdocs-warning")], found
    assert found[0]["message"].startswith(said) and checked.code == 1, found
    assert project.build(strict=True).failed


def test_the_check_renders_no_page_with_an_extension_that_may_read_files(project: Project, tmp_path: Path) -> None:
    """An extension given options is tried on a small page, and pymdownx.snippets was tried with its options as
    written: the check read what `auto_append` named, outside the project (a named pipe hung it, /dev/zero filled
    its memory, an address was fetched: a hostile review). Only an extension known to read nothing but the page is
    tried so; the check of the widest build ends, and the narrower build's refuses the setting."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    snippets = f"  - pymdownx.snippets:\n      restrict_base_path: false\n      auto_append: ['{pipe}']\n"
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("      as_of", "      audience: internal\n      as_of") + EXTENSIONS + snippets
    )
    checked = project.check("--format", "json")  # (a timeout of its own: a check that hangs fails the test)
    assert [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"] == [], checked.stdout
    refused = project.check("--audience", "public", "--format", "json")
    assert [p["code"] for p in json.loads(refused.stdout) if p["path"] == "mkdocs.yml"] == ["unsafe-setting"]


@pytest.mark.parametrize(
    ("hook", "said"),
    [
        ("hooks/ours.py", "the hook \"hooks/ours.py\" is not valid Python (line 1: '(' was never closed), so"),
        ("hooks/ours.txt", 'the hook "hooks/ours.txt" is not a Python file (.py), so `mkdocs build` stops'),
    ],
)
def test_a_hook_mkdocs_cannot_import_is_named_at_its_line(project: Project, hook: str, said: str) -> None:
    """A hook of mkdocs.yml that is not valid Python stopped the build in Python's traceback, and one that is no .py
    file on MkDocs' error naming no line; the check passed both (the differential fuzz)."""
    project.write(hook, "def on_config(config\n")
    project.write("mkdocs.yml", MKDOCS_YML + f"hooks:\n  - {hook}\n")
    checked = project.check("--format", "json")
    found = [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"]
    assert [(p["line"], p["code"]) for p in found] == [(13, "mkdocs-setting")], found
    assert found[0]["message"].startswith(said), found
    with contextlib.suppress(SyntaxError):  # MkDocs imports the hook in this process: Python's own traceback
        assert project.build().failed


@pytest.mark.parametrize(("written", "kind"), [("[evidence]", "a list"), ("5", "a number")])
def test_a_docs_dir_that_is_no_text_is_told_so(project: Project, written: str, kind: str) -> None:
    """`docs_dir: [evidence]` was told "there is no ['evidence']/ folder" (the second fuzz round)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("docs_dir: evidence", f"docs_dir: {written}"))
    checked = project.check()
    said = f"mkdocs.yml:2: error: docs_dir is {kind}, not a folder's name; write it as text, such as docs_dir: evidence"
    assert checked.code == 2 and checked.stderr.startswith(said), checked.stderr


def test_a_value_of_extra_within_itself_builds(project: Project) -> None:
    """`extra: &x {self: *x}` (a YAML alias to the mapping it is in), which MkDocs builds, stopped the portfolio's
    build in a RecursionError as it made extra's texts safe to print (a hostile review)."""
    project.write("mkdocs.yml", MKDOCS_YML + "extra: &x {self: *x, note: A note}\n")
    assert project.check().code == 0
    built = project.build(strict=True)
    assert not built.failed, built.log


def test_a_stylesheet_entry_left_empty_is_left_out(project: Project) -> None:
    """`extra_css:` with an entry left empty (`-` alone) stopped the build in the portfolio's own traceback (the
    differential fuzz); MkDocs takes it, and the theme wrote a stylesheet "None" into every page. It is left out."""
    project.write("evidence/style.css", "body {}\n")
    project.write("mkdocs.yml", MKDOCS_YML + "extra_css:\n  -\n  - style.css\n")
    assert [p for p in json.loads(project.check("--format", "json").stdout) if p["path"] == "mkdocs.yml"] == []
    built = project.build(strict=True)
    assert not built.failed, built.log
    page = built.html("")
    assert 'href="style.css"' in page and 'href="None"' not in page


def test_a_plugin_that_may_be_turned_on_twice_is_not_said_to_be_listed_twice(project: Project) -> None:
    """Material's tags plugin may be listed twice (an index of tags per section of a site), as its blog may: only a
    plugin that does not say so is named, where MkDocs warns (the case above)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - material/tags\n"))
    checked = project.check("--format", "json", "--strict")
    assert [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"] == []
    assert not project.build(strict=True).failed


def test_options_written_with_yaml_tags_are_not_judged(project: Project) -> None:
    """Material's own emoji setup gives pymdownx.emoji functions by `!!python/name:` tags, which the command reads
    empty: its options were said to be refused, on a mkdocs.yml that MkDocs builds (a hostile review)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML
        + "markdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        + "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n",
    )
    checked = project.check("--format", "json")
    assert [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"] == []
    assert not project.build(strict=True).failed


@pytest.mark.parametrize("case", list(SETTINGS_MKDOCS_STOPS_ON))
def test_a_setting_mkdocs_stops_on_is_named_at_its_line(project: Project, case: str) -> None:
    """A setting of mkdocs.yml MkDocs does not have, has removed, needs or reads as a plain type, an entry of its
    plugins or Markdown extensions that MkDocs cannot take, or an option it (or the extension) refuses or warns
    about, passed `portfolio check`; `mkdocs build --strict` then stopped on it, naming no line (a careless-user
    review). The check names it at its line, alone (other checks do not read the entry)."""
    (old, new), (line, code, said) = SETTINGS_MKDOCS_STOPS_ON[case]
    project.write("mkdocs.yml", MKDOCS_YML.replace(old, new) if old else MKDOCS_YML + new)
    checked = project.check("--format", "json", "--strict")
    found = [p for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"]
    assert checked.code == 1 and "Traceback" not in checked.stderr, checked.stderr
    assert [(p["line"], p["code"]) for p in found] == [(line, code)] and found[0]["message"].startswith(said), found
    with contextlib.suppress(jinja2.TemplateNotFound, TypeError):  # the theme's or MkDocs' own traceback: the build
        assert project.build(strict=True).failed  # stops, naming no line


@pytest.mark.parametrize(
    "site_dir, said",
    [
        ("evidence/site", 'site_dir "evidence/site" is inside docs_dir "evidence", so `mkdocs build` stops'),
        (".", 'docs_dir "evidence" is inside site_dir ".", which each build empties, so `mkdocs build` stops'),
    ],
)
def test_a_site_dir_mkdocs_refuses_beside_evidence_is_named_at_its_line(
    project: Project, site_dir: str, said: str
) -> None:
    """`site_dir: evidence/site` passed `portfolio check`, and `mkdocs build` then stopped on it (an outside
    review): the check names it at its line."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("docs_dir:", f"site_dir: {site_dir}\ndocs_dir:"))
    checked = project.check("--format", "json")
    found = [(p["line"], p["code"], p["message"]) for p in json.loads(checked.stdout) if p["path"] == "mkdocs.yml"]
    assert checked.code == 1 and [(line, code) for line, code, _ in found] == [(2, "mkdocs-setting")], found
    assert found[0][2].startswith(said), found
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build"], cwd=project.root, env=environment, capture_output=True, text=True
    )
    assert built.returncode == 1 and "site_dir" in built.stderr, built.stderr


@pytest.mark.parametrize("docs_dir", [".", "./", "evidence/..", "''"])
def test_docs_dir_at_the_folder_of_mkdocs_yml_is_one_error_at_its_line(project: Project, docs_dir: str) -> None:
    """`docs_dir: .` gave 148 problems, every file beside mkdocs.yml referred to by no page, and a fix for a site_dir
    nobody had written (a malformed-input review); written empty, the check read docs/ where the build read the
    project's folder (a hostile review). One error, at its line, saying what to write, in both doors."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("docs_dir: evidence", f"docs_dir: {docs_dir}"))
    line = MKDOCS_YML.splitlines().index("docs_dir: evidence") + 1
    checked = project.check("--format", "json")
    assert checked.code == 2 and [(p["path"], p["line"], p["code"]) for p in json.loads(checked.stdout)] == [
        ("mkdocs.yml", line, "project-setup")
    ]
    assert f'mkdocs.yml:{line}: error: docs_dir "' in project.check().stderr
    assert "is the folder of mkdocs.yml itself: every file beside mkdocs.yml" in checked.stdout
    assert "such as docs_dir: evidence" in checked.stdout
    built = project.build()  # mkdocs.yml named by its full path: MkDocs refuses it itself
    assert built.failed and "Config value 'docs_dir'" in "".join(built.log), built.log
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    outside = project.root.parent / "site-outside"
    done = subprocess.run(  # named from its folder, its site outside, MkDocs goes on: the plugin stops it, as check
        [sys.executable, "-m", "mkdocs", "build", "-f", "mkdocs.yml", "-d", str(outside)],
        cwd=project.root,
        env=environment,
        capture_output=True,
        text=True,
    )
    said = "Config value 'docs_dir': The path '' isn't" if docs_dir == "''" else f"mkdocs.yml:{line}: error: docs_dir "
    assert done.returncode == 1 and said in done.stderr, done.stderr


def test_a_named_pipe_under_evidence_is_an_error_in_both_doors(project: Project) -> None:
    """A named pipe called pipe.md was left out without a word (an outside review); MkDocs would wait on it forever."""
    os.mkfifo(project.root / "evidence/pipe.md")
    said = "evidence/pipe.md:1: error: this cannot be read as a file (it is a named pipe, a socket or a device)"
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


def test_a_plugin_option_given_twice_is_named_at_the_line_that_counts(project: Project) -> None:
    """YAML keeps the last of two `audience` lines without a word, and the message named the first (an outside
    review)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  - portfolio:\n", "  - portfolio:\n      audience: public\n")
        + "      audience: everyone\n  - search:\n      lang: en\n",
    )
    said = "mkdocs.yml:13: error: the portfolio option audience is given twice, on lines 10 and 13 (only the last"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(line.startswith(said) for line in built.log), built.log


PLUGIN_BLOCK = "  - portfolio:\n      framework: framework.yml\n      as_of: 2026-11-27\n"
HIDDEN_TWICE = [  # (the plugin's entry in mkdocs.yml, the line of the audience that counts); a hostile review
    ("  - portfolio: {framework: framework.yml, audience: public, as_of: 2026-11-27, audience: internal}\n", 9),
    ('  - "portfolio":\n      audience: public\n      audience: internal\n', 11),
    ('  - portfolio:\n      audience: public\n      "audience": internal\n', 11),
    ("  - portfolio:\n      audience: public\n      ? audience\n      : internal\n", 11),
    ("  - material/portfolio:\n      audience: public\n      audience: internal\n", 11),
]


@pytest.mark.parametrize(("entry", "line"), HIDDEN_TWICE)
def test_an_audience_given_twice_however_it_is_written_is_refused(project: Project, entry: str, line: int) -> None:
    """The line scan that found options given twice missed flow mappings, quoted names and keys, and explicit keys:
    `audience: public` in view, `internal` in force. YAML itself is read now."""
    project.write("mkdocs.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, entry))
    assert (project.root / "mkdocs.yml").read_text() != MKDOCS_YML
    checked = project.check()
    said = f"mkdocs.yml:{line}: error: the portfolio option audience is given twice"
    assert checked.code == 2 and said in checked.stderr, checked.stderr


def test_an_option_given_twice_in_an_inherited_file_is_refused_and_one_overridden_is_not(project: Project) -> None:
    project.write("base.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, PLUGIN_BLOCK + "      audience: public\n" * 2))
    project.write("mkdocs.yml", "INHERIT: base.yml\n")
    checked = project.check()
    assert checked.code == 2 and "base.yml:13: error: the portfolio option audience is given twice" in checked.stderr
    project.write("base.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, PLUGIN_BLOCK + "      audience: internal\n"))
    project.write("mkdocs.yml", "INHERIT: base.yml\nplugins:\n" + PLUGIN_BLOCK + "      audience: public\n")
    assert project.check().code == 0, "the child's own audience overrides the parent's, as MkDocs merges them"


@pytest.mark.parametrize(
    "plugins",
    [
        "plugins:\n  portfolio:\n    as_of: 2026-11-27\n",  # a mapping over base.yml's list
        "plugins: [search, tags, portfolio]\n",
        "plugins:\n  - search\n  - portfolio:\n      framework: framework.yml\n      as_of: 2026-11-27\n",
        # behind a merge key (a hostile review: read as no plugin at all, and said nothing)
        "plugins:\n  <<: {search: {}, portfolio: {framework: framework.yml}}\n",
    ],
)
def test_plugins_written_by_a_file_that_inherits_leave_no_option_out_unsaid(project: Project, plugins: str) -> None:
    """MkDocs takes a list of plugins whole from the file that INHERITs: base.yml's `audience: public` was left out,
    and the build held every item, internal ones included, without a word (an outside review). Both doors stop at
    the line of `plugins`, naming what is left out."""
    project.write(
        "evidence/secret.md",
        "---\ntitle: CANARY-INHERIT\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        "visibility: internal\n---\nCANARY-INHERIT\n",
    )
    project.write("base.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, PLUGIN_BLOCK + "      audience: public\n"))
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + plugins)
    said = "mkdocs.yml:2: error: plugins here takes the place of the plugins base.yml gives (MkDocs merges the file"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    assert "left out, and this builds for the internal audience, every item; write" in checked.stderr
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log
    assert not built.site.exists() or "CANARY-INHERIT" not in built.all_output()
    project.write("mkdocs.yml", "INHERIT: base.yml\nplugins:\n" + PLUGIN_BLOCK + "      audience: public\n")
    assert project.check().code == 0
    # an option written as its default, left out, changes nothing (a review of valid portfolios: `strict_gaps:
    # false`, as `portfolio init` writes it, stopped a preview's build)
    defaults = "      audience: public\n      strict_gaps: false\n      max_file_mb: 5\n"
    project.write("base.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, PLUGIN_BLOCK + defaults))
    assert project.check().code == 0, project.check().stderr
    public, widest = project.build(), project.build(audience="internal")
    assert not public.failed and not widest.failed
    assert "CANARY-INHERIT" not in public.all_output() and "CANARY-INHERIT" in widest.all_output()


def test_a_portfolio_plugin_with_no_options_over_a_mapping_of_plugins_is_refused(project: Project) -> None:
    """MkDocs merges a mapping of plugins into the mapping of the file it INHERITs, but takes `portfolio:` with no
    options (or an `!ENV` tag) whole, in place of the other's options: `audience: public` was dropped, every item
    published, and both doors passed it (a hostile review). Options of its own are merged, as MkDocs merges them."""
    project.write(
        "evidence/secret.md",
        "---\ntitle: CANARY-MERGED\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n---\nCANARY-MERGED\n",
    )
    plugins = "plugins:\n  search: {}\n  tags: {}\n  portfolio:\n    framework: framework.yml\n    audience: public\n"
    project.write("base.yml", MKDOCS_YML[: MKDOCS_YML.index("plugins:")] + plugins)
    said = "mkdocs.yml:2: error: plugins here takes the place of the plugins base.yml gives"
    for written in ("", " ~", " !ENV PORTFOLIO_TEST_UNSET_VARIABLE", "\n  <<: {search: {}, portfolio: ~}"):
        project.write(
            "mkdocs.yml", f"INHERIT: base.yml\nplugins:\n  portfolio:{written}\n".replace("  portfolio:\n  <<", "  <<")
        )
        checked = project.check()
        assert checked.code == 2 and said in checked.stderr, (written, checked.stderr)
        built = project.build()
        assert built.failed and any(said in line for line in built.log), built.log
        assert not built.site.exists() or "CANARY-MERGED" not in built.all_output()
    # along a chain of three files, the middle one dropping them (a third hostile review)
    project.write("mid.yml", "INHERIT: base.yml\nplugins:\n  - search\n  - portfolio\n")
    project.write("mkdocs.yml", "INHERIT: mid.yml\nplugins:\n  portfolio:\n    as_of: 2026-11-27\n")
    checked = project.check()
    assert checked.code == 2 and "mkdocs.yml:2: error: plugins here takes the place of the plugins mid.yml" in (
        checked.stderr
    ), checked.stderr
    assert "so the portfolio options framework, audience written in base.yml are left out" in checked.stderr
    built = project.build()
    assert built.failed and not (built.site.exists() and "CANARY-MERGED" in built.all_output())
    for merged in (" {}", "\n    as_of: 2026-11-27"):
        project.write("mkdocs.yml", f"INHERIT: base.yml\nplugins:\n  portfolio:{merged}\n")
        assert project.check().code == 0, merged
        public, widest = project.build(), project.build(audience="internal")
        assert not public.failed and not widest.failed, public.log
        assert "CANARY-MERGED" not in public.all_output() and "CANARY-MERGED" in widest.all_output()


@pytest.mark.parametrize(
    ("inherit", "said"),
    [
        (
            "mkdocs.yml",
            "INHERIT names mkdocs.yml, which INHERITs it in turn, so MkDocs would read them round and round",
        ),
        ("42", "INHERIT is a number, not the name of a file of settings"),
        ("evidence", "INHERIT names evidence, which is a folder, not a file of settings"),
        ("shared.yml", "INHERIT names shared.yml, which does not exist"),
        ("loop.yml", "INHERIT names loop.yml, a symbolic link that leads round in a loop, to no file"),  # (traceback)
    ],
)
def test_an_inherit_mkdocs_cannot_follow_is_named_at_its_line(project: Project, inherit: str, said: str) -> None:
    """MkDocs stopped in Python's traceback (RecursionError, TypeError, IsADirectoryError) on an INHERIT of
    mkdocs.yml itself, of a number or of a folder; the check said each option of the portfolio was given twice,
    that the number was a Python tag, or that a folder could not be read, naming no line (the differential
    fuzz)."""
    project.write("mkdocs.yml", f"INHERIT: {inherit}\n" + MKDOCS_YML)
    if inherit == "loop.yml":
        (project.root / inherit).symlink_to(inherit)
    checked = project.check()
    assert checked.code == 2 and checked.stderr.startswith(f"mkdocs.yml:1: error: {said}; correct it"), checked.stderr
    with contextlib.suppress(RecursionError, TypeError, OSError):  # MkDocs' own traceback, before any plugin runs
        assert project.build().failed


@pytest.mark.parametrize("case", ["an empty site_url", "an empty file inherited"])
def test_what_mkdocs_takes_the_check_takes_too(project: Project, case: str) -> None:
    """`site_url: ''` and an INHERITed file left empty were errors of the check, and the strict build passed them
    (the differential fuzz): MkDocs reads the first as no site_url, and merges nothing from the second."""
    if case == "an empty site_url":
        project.write("mkdocs.yml", MKDOCS_YML + "site_url: ''\n")
    else:
        project.write("base.yml", "")
        project.write("mkdocs.yml", "INHERIT: base.yml\n" + MKDOCS_YML)
    checked = project.check("--strict", "--format", "json")
    assert [p for p in json.loads(checked.stdout) if p["path"] in ("mkdocs.yml", "base.yml")] == [], checked.stdout
    assert not project.build(strict=True).failed


def test_a_portfolio_key_elsewhere_in_mkdocs_yml_hides_nothing(project: Project) -> None:
    project.write(
        "mkdocs.yml",
        "extra:\n  portfolio: true\n"
        + MKDOCS_YML.replace(PLUGIN_BLOCK, PLUGIN_BLOCK + "      audience: public\n      audience: internal\n"),
    )
    checked = project.check()
    assert checked.code == 2 and "mkdocs.yml:15: error: the portfolio option audience is given twice" in checked.stderr


def test_an_option_written_with_a_tag_the_command_cannot_read_is_refused(project: Project) -> None:
    """MkDocs runs `!!python/object/apply:builtins.str [public]` and builds for the public; the command read it as
    nothing, the default, internal, and `portfolio pdf` made an internal PDF (a hostile review). Both refuse it."""
    tagged = PLUGIN_BLOCK + "      audience: !!python/object/apply:builtins.str [public]\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace(PLUGIN_BLOCK, tagged))
    said = "mkdocs.yml:12: error: the portfolio option audience is written with the tag"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(line.startswith(said) for line in built.log), built.log


@pytest.mark.parametrize(
    ("output_format", "expected"),
    [
        (
            "github",
            '::error file=mkdocs.yml,line=12::the portfolio option strict_gaps is "maybe"; it takes true or false',
        ),
        ("json", "bad-option"),
    ],
)
def test_a_mistake_in_the_plugins_options_is_reported_in_the_format_asked_for(
    project: Project, output_format: str, expected: str
) -> None:
    """A pull request shows it as an annotation at its line, as it shows the evidence's problems (an outside
    review: the output was empty, the message on stderr only)."""
    project.write("mkdocs.yml", MKDOCS_YML + '      strict_gaps: "maybe"\n')
    checked = project.check("--format", output_format)
    assert checked.code == 2 and 'mkdocs.yml:12: error: the portfolio option strict_gaps is "maybe"' in checked.stderr
    if output_format == "github":
        assert checked.stdout.splitlines() == [expected]
    else:
        assert json.loads(checked.stdout) == [
            {
                "path": "mkdocs.yml",
                "line": 12,
                "severity": "error",
                "code": expected,
                "gap": False,
                "message": 'the portfolio option strict_gaps is "maybe"; it takes true or false',
            }
        ]


def test_the_plugin_turned_on_or_off_from_the_environment_is_read_as_mkdocs_reads_it(project: Project) -> None:
    """`enabled: !ENV NAME` of a variable that is not set is the option's default: on (MkDocs' reading), for the
    check as for the build."""
    project.write("mkdocs.yml", MKDOCS_YML + "      enabled: !ENV PORTFOLIO_TEST_UNSET_VARIABLE\n")
    assert project.check().code == 0
    assert not project.build(audience="public").failed


def test_mkdocs_hands_the_plugin_each_options_default_or_its_value_as_written(project: Project) -> None:
    """The options are defined once (reading.plugin_options); MkDocs is told of each, with its default."""
    from mkdocs.config import load_config

    plugin = load_config(str(project.root / "mkdocs.yml")).plugins["portfolio"].config
    assert isinstance(plugin, PortfolioConfig)
    written = {"framework": "framework.yml", "as_of": datetime.date(2026, 11, 27)}  # in MKDOCS_YML
    assert dict(plugin) == {name: written.get(name, option.default) for name, option in PLUGIN_OPTIONS.items()}
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: [a.pdf]\n      strict_gaps: !ENV [NOT_SET, true]\n")
    plugin = load_config(str(project.root / "mkdocs.yml")).plugins["portfolio"].config
    assert (plugin["publish"], plugin["strict_gaps"], plugin["max_file_mb"]) == (["a.pdf"], True, 5)


def test_as_of_that_is_no_date_is_named_at_its_line(project: Project) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 27/11/2026"))
    checked = project.check()
    assert (
        checked.code == 2
        and 'mkdocs.yml:11: error: the portfolio option as_of is "27/11/2026", not a date' in checked.stderr
    )


def test_a_framework_that_is_a_list_or_a_folder_is_named(project: Project) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: [framework.yml]"))
    listed = project.check()
    assert listed.code == 2 and "mkdocs.yml:10: error: the portfolio option framework is a list" in listed.stderr
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: evidence"))
    (project.root / "evidence").mkdir(exist_ok=True)  # both doors give the same error
    said = "mkdocs.yml:10: error: evidence is a folder, not the framework file; name the framework's file"
    assert said in project.check().stdout
    built = project.build()
    assert built.failed and any(said in line for line in built.log)


def test_a_publish_entry_that_matches_no_file_is_told_in_both_doors(project: Project) -> None:
    """`publish: [nothere.pdf]`, a name mistyped, published nothing without a word (a fuzz of malformed input): each
    entry that matches no file under evidence/ is a warning at the option's line; one that matches is not."""
    project.write("evidence/downloads/annual-report.pdf", b"%PDF-1.4\n")
    project.write("evidence/downloads/leaflet.pdf", b"%PDF-1.4\n")
    options = "      publish:\n        - downloads/anual-report.pdf\n        - downloads/*.pdf\n        - /etc/passwd\n"
    project.write("mkdocs.yml", MKDOCS_YML + options)
    said = [
        'mkdocs.yml:12: warning: the portfolio option publish has the entry "/etc/passwd", which matches no file',
        'mkdocs.yml:12: warning: the portfolio option publish has the entry "downloads/anual-report.pdf", which '
        "matches no file under evidence/, so it publishes nothing; correct it",
    ]
    checked = project.check()
    told = [line for line in checked.stdout.splitlines() if "option publish" in line]
    assert len(told) == 2 and all(told[n].startswith(said[n]) for n in range(2)), checked.stdout
    built = project.build(strict=True)
    assert built.failed and all(any(s in line for line in built.log) for s in said), built.log
    built = project.build()
    assert not built.failed and (built.site / "downloads/leaflet.pdf").is_file(), built.log


@pytest.mark.parametrize("written", ["framework: ''", "framework:", "framework: ~", 'framework: " "'])
def test_a_framework_option_written_empty_is_an_error_in_both_doors(project: Project, written: str) -> None:
    """`framework: ''` read framework.yml without a word, where an empty `audience` is an error (a fuzz of malformed
    input): an empty framework is one too, at its line, in both doors."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", written))
    said = "mkdocs.yml:10: error: the portfolio option framework is empty"
    checked = project.check()
    assert checked.code == 2 and said in checked.stderr, checked.stderr
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log
    # not one an !ENV variable gives, set (a review of the change: refused)
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: !ENV [PORTFOLIO_FW, x.yml]"))
    checked = project.check(env={**os.environ, "PORTFOLIO_FW": "framework.yml"})
    assert "option framework is empty" not in checked.stdout + checked.stderr and checked.code == 0, checked.stderr
    # but one not set, with no default, is refused in both doors (a review of that: a build read framework.yml)
    project.write("mkdocs.yml", MKDOCS_YML.replace("framework: framework.yml", "framework: !ENV PORTFOLIO_FW_UNSET"))
    unset = {key: value for key, value in os.environ.items() if key != "PORTFOLIO_FW_UNSET"}
    assert said in project.check(env=unset).stderr
    built = project.build()
    assert built.failed and any(said in line for line in built.log), built.log


def test_report_against_a_base_when_the_project_is_a_folder_of_its_repository(tmp_path: Path) -> None:
    """git archive run in a folder of the repository holds that folder alone: the base was read as empty, and every
    item reported as added (a malformed-input review)."""
    project = Project(tmp_path / "repo" / "portfolio")
    project.write("framework.yml", FRAMEWORK)
    project.write("mkdocs.yml", MKDOCS_YML)
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    repo = Project(tmp_path / "repo")
    committed(repo)
    project.item("a.md", "title: A revised\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    data = json.loads(project.command("report", str(project.root), "--base", "main", "--format", "json").stdout)
    assert data["changes"]["changed"] == [{"id": "a", "title": "A revised", "what": ["title"]}]
    assert data["changes"]["added"] == []


def test_report_refuses_a_base_that_is_no_commit(project: Project) -> None:
    root = str(project.root)
    outside = project.command("report", root, "--base", "main")
    assert outside.code == 2 and "is not in a git repository" in outside.stderr and "leave out --base" in outside.stderr
    git(project, "init", "-q", "-b", "main")  # no commit yet: HEAD was said to be no commit, branch or tag
    unborn = project.command("report", root, "--base", "HEAD")
    assert unborn.code == 2 and "this repository has no commit yet" in unborn.stderr, unborn.stderr
    committed(project)
    for ref in ("--output=out.tar", "", "nosuch"):
        refused = project.command("report", root, f"--base={ref}")
        assert refused.code == 2 and f'--base "{ref}" is not a commit, branch or tag' in refused.stderr, refused.stderr
    assert not (project.root / "out.tar").exists()


def test_a_project_configured_in_mkdocs_yaml_is_checked_by_it(project: Project) -> None:
    """MkDocs reads mkdocs.yaml when there is no mkdocs.yml; the check read neither then, and disagreed with the
    build (a malformed-input review)."""
    (project.root / "mkdocs.yml").rename(project.root / "mkdocs.yaml")
    project.write("mkdocs.yaml", MKDOCS_YML + "      audiance: public\n")
    checked = project.check()
    assert checked.code == 2 and 'mkdocs.yaml:12: error: unknown option "audiance"' in checked.stderr, checked.stderr


def test_pdf_and_pack_refuse_an_output_they_cannot_write(project: Project) -> None:
    """An output that is a folder, or under a file, or a PDF not named .pdf: a usage error naming it, not a
    traceback (a malformed-input review), nor a file of the project replaced."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    project.write("afile", "x\n")
    (project.root / "afolder.zip").mkdir()
    root = str(project.root)
    for command, output, says in (
        ("pdf", project.root, "is a folder; give the path of a file to write"),
        ("pdf", project.root / "afile/x.pdf", "cannot be made"),
        ("pack", project.root / "afile/x.zip", "cannot be made"),
        ("pack", project.root / "afolder.zip", "is a folder"),
        # any file: `-o mkdocs.yml` replaced the project's settings with a PDF (a careless-user review)
        ("pdf", project.root / "mkdocs.yml", "does not end in .pdf; name the file to write, such as accreditation"),
        # a folder without .zip was "does not end in .zip", where the PDF's said it is a folder (an outside review)
        ("pack", project.root, "is a folder; give the path of a file to write"),
        # a folder's name typed wrong was made, and the pack written where nobody would look (a careless-user review)
        ("pdf", project.root / "evidnce/x.pdf", f"the folder {root}/evidnce does not exist ({root}/evidence does: did"),
        (
            "pack",
            project.root / "nowhere/deeper/x.zip",
            f"{root}/nowhere/deeper does not exist (nor does {root}/nowhere)",
        ),
    ):
        done = project.command(command, root, "-o", str(output))
        assert done.code == 2 and says in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert not list(project.root.glob("*.partial")) and not (project.root / "evidnce").exists()
    assert not (project.root / "nowhere").exists()
    assert (project.root / "mkdocs.yml").read_text(encoding="utf-8").startswith("site_name:")
    # packs/, the default folder, is made when it is named with -o too (a review: refused in a new project)
    made = project.command("pdf", root, "-o", str(project.root / "packs/mine.pdf"))
    assert made.code == 0 and (project.root / "packs/mine.pdf").is_file(), made.stderr
    # nor into the folder the site is built in, which is uploaded as it is; nor through packs/ as a link out of the
    # project, which a repository may hold (a hostile review)
    site = project.command("pdf", root, "-o", str(project.root / "site/pack.pdf"))
    assert site.code == 2 and "is inside site/, whose every file the site publishes" in site.stderr, site.stderr
    outside = project.root.parent / "outside"
    outside.mkdir()
    (project.root / "packs/mine.pdf").unlink()
    (project.root / "packs").rmdir()
    (project.root / "packs").symlink_to(outside)
    linked = project.command("pdf", root)
    assert linked.code == 2 and "packs is a symbolic link, which may lead out of the project" in linked.stderr
    assert not list(outside.iterdir())


def test_new_names_titles_without_latin_letters_apart(project: Project) -> None:
    """Two titles in Greek on one day: each its own file (both were "item", and the second refused)."""
    paths = []
    for title in ("Συνάντηση εταίρων", "Ετήσια έκθεση"):
        done = project.command(*new_evidence(project, title))
        assert done.code == 0, done.stderr
        paths.append(done.stdout.strip())
    assert len(set(paths)) == 2 and all(
        path.startswith("evidence/partnerships/plan/2026-01-01-item-") for path in paths
    )
    assert all(p.code != "url-clash" for p in project.problems())


def test_new_reads_a_choice_without_case_as_check_reads_the_file(project: Project) -> None:
    """`visibility: Public` in a file is public, and `new --visibility Public` was refused (an outside review)."""
    where = ("--project", str(project.root), "--date", "2026-11-01")
    made = project.command(
        "new", "Evidence", "--title", "T", "--maps-to", "partnerships/do", "--visibility", "Public", *where
    )
    assert made.code == 0, made.stderr
    text = (project.root / made.stdout.strip()).read_text(encoding="utf-8")
    assert "type: evidence\n" in text and "\nvisibility: public " in text
    # a word people write for an audience is never read as it, but named (as check names it in a file)
    refused = project.command(
        "new", "Evidence", "--title", "T2", "--maps-to", "partnerships/do", "--visibility", "private", *where
    )
    assert (
        refused.code == 2 and '--visibility: unknown visibility "private"; did you mean "internal"?' in refused.stderr
    )


def test_an_address_mkdocs_cannot_read_stops_both_doors_at_its_line(project: Project) -> None:
    """A link whose host holds a fullwidth slash (typed on a Chinese or Japanese keyboard) or an unpaired bracket
    passed the check, and `mkdocs build` stopped with a traceback from urllib naming no file (a hostile review).
    Both doors now name it at its line, with the character to retype; a plain link, and a numeric host in brackets,
    are fine."""
    project.item(
        "links.md",
        "title: Links\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01",
        "See [the report](https://partner.example.org\uff0freport.pdf).\n\n"
        "And [ours](https://[partner.example.org/x), [fine](https://example.org/a) and [v6](http://[::1]/).\n\n"
        "[defined]: https://]y.example/\n",
    )
    said = [
        'evidence/links.md:7: error: MkDocs cannot read the address "https://partner.example.org\uff0freport.pdf" and '
        'stops the build: it holds "\uff0f", which a web address reads as "/"; retype that character on an English '
        "keyboard",
        'evidence/links.md:9: error: MkDocs cannot read the address "https://[partner.example.org/x" and stops the '
        'build: its host holds a bracket ("[" or "]")',
        'evidence/links.md:11: error: MkDocs cannot read the address "https://]y.example/"',
    ]
    checked = project.check()
    found = [line for line in checked.stdout.splitlines() if "MkDocs cannot read" in line]
    assert checked.code == 1 and len(found) == 3, checked.stdout
    assert all(line.startswith(start) for line, start in zip(found, said, strict=True)), found
    built = project.build()
    assert built.failed and "Traceback" not in built.error, built.error
    assert all(any(start in line for line in built.log) for start in said), built.log


def test_an_audience_is_read_in_any_capitals_as_mkdocs_yml_reads_it(project: Project) -> None:
    """`audience: Public` in mkdocs.yml was taken, `--audience Public` refused (a careless-user review)."""
    project.write(
        "evidence/int/note.md", "---\ntitle: Note\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\n---\n"
    )
    shown = [
        json.loads(project.command("report", str(project.root), "--format", "json", "--audience", name).stdout)
        for name in ("Public", "INTERNAL")
    ]
    assert [(report["audience"], report["items"]) for report in shown] == [("public", 0), ("internal", 1)]
    assert project.command("check", str(project.root), "--audience", "Accreditor").code == 0


def test_new_takes_an_attachment_by_the_path_a_shell_completes(project: Project) -> None:
    """`--attachment evidence/partnerships/plan/files/a.pdf`, from the project, was refused as missing (looked for
    from the item's folder), with no word of what to write (a careless-user review): it is written from the item's
    folder, as the front matter takes it; a file that is not there is still refused."""
    project.write("evidence/partnerships/plan/files/a.pdf", "%PDF-1.4\n")
    given = ("--attachment", str(project.root / "evidence/partnerships/plan/files/a.pdf"))
    made = project.command(*new_evidence(project, "With a file"), *given)
    assert made.code == 0, made.stderr
    written = (project.root / made.stdout.strip()).read_text(encoding="utf-8")
    assert "attachments:\n  - files/a.pdf\n" in written or "attachments: [files/a.pdf]" in written, written
    assert [p for p in project.problems() if p.severity == "error"] == []
    relative = project.command(
        *new_evidence(project, "From the project"), "--attachment", "evidence/partnerships/plan/files/a.pdf"
    )
    assert relative.code == 0 and "files/a.pdf" in (project.root / relative.stdout.strip()).read_text("utf-8")
    refused = project.command(*new_evidence(project, "Without"), "--attachment", "evidence/nowhere.pdf")
    assert refused.code == 2 and 'attachment "evidence/nowhere.pdf" does not exist' in refused.stderr, refused.stderr


def test_new_says_what_check_would_warn_of_in_the_item_it_writes(project: Project) -> None:
    """`new --date` after as_of wrote, without a word, an item the pull request's `check --strict` then refused (a
    careless-user review): the item is written, and the warning named at its line, as check names it."""
    arguments = new_evidence(project, "Next year")
    made = project.command(*arguments[: arguments.index("--date") + 1], "2027-01-01", "--project", str(project.root))
    assert made.code == 0, made.stderr
    [warned] = [p for p in project.problems() if p.code == "future-date"]
    assert warned.path == made.stdout.strip() and warned.line == 6
    assert f"portfolio new: {warned}\n" in made.stderr, made.stderr
    quiet = project.command(*new_evidence(project, "This year"))
    assert quiet.code == 0 and "warning" not in quiet.stderr, quiet.stderr


def test_new_says_when_the_item_it_writes_is_too_old_to_support_a_section(project: Project) -> None:
    """`new --date 2019-01-01` wrote an item that supports no section, without a word (a careless-user review):
    the stale warning check gives is said as the item is written, at its line."""
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write("framework.yml", framework.replace("min_evidence: 1", "min_evidence: 1\nmax_evidence_age_days: 1095"))
    arguments = new_evidence(project, "Old minutes")
    made = project.command(*arguments[: arguments.index("--date") + 1], "2019-01-01", "--project", str(project.root))
    assert made.code == 0, made.stderr
    [warned] = [p for p in project.problems() if p.code == "stale-item"]
    assert warned.path == made.stdout.strip() and warned.line == 6
    assert made.stderr == f"portfolio new: {warned}\n", made.stderr


def test_new_refuses_the_options_its_item_would_not_read(project: Project) -> None:
    """`new evidence --owner bob --status done` wrote neither, and `--from-previous --overall excellent` kept the
    previous overall, without a word (a careless-user review): each names the options it would leave out; the
    options an item reads (--maps-to for a self-assessment's challenge) are taken."""
    root = str(project.root)
    ignored = project.command(*new_evidence(project, "Owned"), "--owner", "Bob", "--status", "done")
    assert ignored.code == 2 and "--owner, --status are not read on evidence; leave them out" in ignored.stderr
    rated = ("new", "self-assessment", "--title", "SA", "--maps-to", "partnerships/do", "--date", "2026-10-01")
    assessed = project.command(*rated, "--project", root)
    assert assessed.code == 0, assessed.stderr
    carried = project.command(
        "new", "self-assessment", "--from-previous", "--challenge", "partnerships", "--date", "2026-11-01",
        "--overall", "great", "--project", root,
    )  # fmt: skip
    assert carried.code == 2 and "--overall is not read by --from-previous" in carried.stderr, carried.stderr
    both = project.command(*rated, "--challenge", "partnerships", "--project", root)  # maps-to was left out unsaid
    assert both.code == 2 and "--challenge and --maps-to are both given" in both.stderr, both.stderr
    assert len(list((project.root / "evidence").rglob("*.md"))) == 1  # the self-assessment alone


def test_version_names_the_installed_tools(project: Project) -> None:
    """`portfolio --version` was not there to compare the tools with requirements.txt (a new-organisation review)."""
    from importlib import metadata

    done = project.run("--version")
    assert (done.code, done.stdout) == (0, f"portfolio (evidence-portfolio) {metadata.version('evidence-portfolio')}\n")


def test_new_refuses_a_title_of_two_lines(project: Project) -> None:
    """`--title $'line1\\nline2'` was written as a title of two lines of YAML (an outside review)."""
    done = project.command("new", "evidence", "--title", "One\nTwo", "--maps-to", "partnerships/do", "--project",
                           str(project.root))  # fmt: skip
    assert done.code == 2 and "--title holds a line break; a title is one line" in done.stderr, done.stderr
    assert not list((project.root / "evidence").rglob("*.md"))


def test_new_with_an_attachment_outside_evidence_is_told_where_to_move_it(project: Project) -> None:
    """A file beside the project given with --attachment was refused as not existing "(looked for evidence/.../files/
    ...)", which was true but no help (a staff review): it is told to be moved into the item's folder, and the
    --attachment given there; done so, the item is written attaching it."""
    project.write("files/Board Minutes.pdf", "%PDF-1.4\n")
    common = ("new", "evidence", "--title", "Board", "--maps-to", "partnerships/plan", "--project", str(project.root))
    done = project.command(*common, "--attachment", "files/Board Minutes.pdf")
    told = (
        "--attachment: files/Board Minutes.pdf is outside evidence/, where every file an item attaches must be (only "
        "what is there is published with it); move it into evidence/partnerships/plan/files/, beside where the item "
        'will be, and give --attachment "evidence/partnerships/plan/files/Board Minutes.pdf"'
    )
    assert done.code == 2 and told in done.stderr, done.stderr
    assert not list((project.root / "evidence").rglob("*.md"))
    (project.root / "evidence/partnerships/plan/files").mkdir(parents=True)
    (project.root / "files/Board Minutes.pdf").rename(
        project.root / "evidence/partnerships/plan/files/Board Minutes.pdf"
    )
    done = project.command(*common, "--attachment", "evidence/partnerships/plan/files/Board Minutes.pdf")
    assert done.code == 0, done.stderr
    (written,) = (project.root / "evidence").rglob("*.md")
    assert "files/Board Minutes.pdf" in written.read_text(encoding="utf-8")


def test_new_action_near_the_last_day_there_is_gets_that_day_as_its_due_date(project: Project) -> None:
    """An action dated in year 9999 without --due stopped `portfolio new` in a traceback, its default due date
    90 days on past the last day there is (an outside review)."""
    done = project.command(
        "new", "action", "--title", "Far", "--maps-to", "partnerships/do", "--date", "9999-12-01",
        "--project", str(project.root),
    )  # fmt: skip
    assert done.code == 0 and "due (9999-12-31)" in done.stderr, done.stderr


def test_new_action_due_before_today_without_a_date_is_told_to_give_the_day_it_was_raised(project: Project) -> None:
    """An action raised months ago, recorded today with its due date passed, was warned "due before it was raised
    ... check due and date", which its author had typed right, and written all the same: `portfolio check
    --strict` then failed on the date `new` had chosen (staff reviews). It is not written, and told to give the day
    it was raised; with --date, it is written and nothing is said of it."""
    common = ("new", "action", "--maps-to", "partnerships/do", "--owner", "Sam", "--due", "2026-01-01")
    done = project.command(*common, "--title", "Late", "--status", "done", "--project", str(project.root))
    told = "as no --date was given, after it was due, which `portfolio check --strict` fails on; give --date with"
    assert done.code == 2 and "the action was not written" in done.stderr and told in done.stderr, done.stderr
    assert not list((project.root / "evidence").rglob("*.md"))
    done = project.command(*common, "--title", "Dated", "--date", "2025-11-01", "--project", str(project.root))
    assert done.code == 0 and "due before it was raised" not in done.stderr and told not in done.stderr, done.stderr
    assert "due before it was raised" not in project.check().stdout


def test_a_pack_into_a_folder_that_cannot_be_written_is_told_so(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack into a read-only folder was told "a file stands in its path" (an outside review): a file in the way
    and a folder that may not be written in are told apart. (The suite runs as root, who may write anywhere: the
    file system's refusal is made here.)"""
    import errno

    from evidence_portfolio.commands.errors import UsageError, output_folder
    from evidence_portfolio.reading.settings import load_settings

    settings = load_settings(project.root)
    (tmp_path / "file").write_text("x")
    with pytest.raises(UsageError, match=r"cannot be made \(.*\): a file stands in its path"):
        output_folder(tmp_path / "file" / "sub" / "p.zip", settings, "p.zip", given=False)

    def read_only(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", read_only)
    with pytest.raises(UsageError, match=r"cannot be made \(Read-only file system\); give an output in a folder you"):
        output_folder(tmp_path / "ro" / "p.zip", settings, "p.zip", given=False)


def test_new_refuses_an_attachment_an_item_of_another_visibility_has(project: Project) -> None:
    """A new (internal) item attaching a public item's file was written, and `portfolio check` then failed on the
    public item, a file its writer never touched (a careless-user review): `new` refuses it, saying how to mend it,
    and writes it with the other item's visibility."""
    project.write("evidence/mine/files/big.jpg", b"\xff\xd8\xff\xe0jpeg")
    project.write(
        "evidence/mine/image.md",
        "---\ntitle: Image\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public\n"
        "attachments: [files/big.jpg]\n---\nText.\n",
    )
    run = ["new", "case-study", "--title", "Swim", "--maps-to", "partnerships/do"]
    refused = project.run(*run, "--attachment", "evidence/mine/files/big.jpg")
    assert refused.code == 2, refused.stderr
    assert (
        "evidence/mine/files/big.jpg is also an attachment or a survey file of evidence/mine/image.md (visibility: "
        "public), and items of different visibility cannot share a file (this one's is internal); give --visibility "
        "public, or attach a copy of the file" in refused.stderr
    )
    assert not (project.root / "evidence/partnerships/do").exists()
    written = project.run(*run, "--attachment", "evidence/mine/files/big.jpg", "--visibility", "public")
    assert written.code == 0, written.stderr
    assert project.check().code == 0, project.check().stdout


def test_a_build_into_a_folder_it_cannot_write_says_so_before_building(project: Project) -> None:
    """`mkdocs build -d` into a folder on a read-only disk, or under a file, ended in a traceback of the tags plugin
    (a review of malformed input): the build stops first, saying why and what to do."""
    (project.root / "blocker").write_text("a file\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", "blocker/site"],
        capture_output=True,
        text=True,
        cwd=project.root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"the site cannot be written into {project.root / 'blocker/site'}: {project.root / 'blocker'} is a file" in (
        done.stderr
    )


def test_a_word_close_to_internal_meaning_the_opposite_is_not_told_to_build_every_item(project: Project) -> None:
    """`audience: external` (or PORTFOLIO_AUDIENCE=external) was told "did you mean "internal"?": taken, it builds
    every item (a careless contributor's review). No audience is proposed for it; "intrnal" is still told."""
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    for written, told in (("external", False), ("intrnal", True)):
        project.write("mkdocs.yml", config + f"      audience: {written}\n")
        assert f"audience: {written}" in (project.root / "mkdocs.yml").read_text(), "the test tests something"
        checked = project.run("check")
        assert checked.code == 2 and ('did you mean "internal"' in checked.stderr) is told, checked.stderr
    project.write("mkdocs.yml", config)
    checked = project.run("check", env={"PORTFOLIO_AUDIENCE": "external"})
    assert checked.code == 2 and "did you mean" not in checked.stderr, checked.stderr


def test_a_mkdocs_yml_without_its_docs_dir_is_told_where_the_items_are(project: Project) -> None:
    """With its docs_dir line deleted, the check said to create docs/, which built a portfolio of no item without a
    word (a careless contributor's review): it names the folder the items are in, and the line to add."""
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "docs_dir: evidence\n" in config, "the test tests something"
    project.write("mkdocs.yml", config.replace("docs_dir: evidence\n", ""))
    checked = project.run("check")
    assert checked.code == 2 and checked.stderr.startswith(
        "mkdocs.yml:1: error: mkdocs.yml names no docs_dir, so the pages are looked for in docs/, which is not there; "
        "this portfolio's are in evidence/: add a line docs_dir: evidence to mkdocs.yml"
    ), checked.stderr


def test_mkdocs_build_with_mkdocs_yml_named_from_where_it_runs(sample: Project) -> None:
    """`mkdocs build -f mkdocs.yml` stopped on "framework.yml is outside the project" (a fuzzer's find): MkDocs'
    `!relative` gave the framework's path from the folder the build runs in, which was read against the project's
    full path. Named from its own folder and from the one above, the build makes the site."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    for folder, named in ((sample.root, "mkdocs.yml"), (sample.root.parent, f"{sample.root.name}/mkdocs.yml")):
        site = sample.root.parent / f"site-{len(named)}"
        done = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "--strict", "-f", named, "-d", str(site)],
            cwd=folder,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        assert json.loads((site / "portfolio.json").read_text(encoding="utf-8"))["items"], named  # (the sample's)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (  # a name run on to the next line: line 1 was named
            "markdown_extensions:\n  - tables\n    x\n",
            'mkdocs.yml:15: error: the Markdown extension "tables x" is not installed',
        ),
        (  # the time of a date: line 1, and "check the month"
            "extra:\n  when: 2026-01-01T25:00:00\n",
            "mkdocs.yml:15: error: the date 2026-01-01T25:00:00 does not exist; check the time (hours 00 to 23, minutes",
        ),
        (  # named at the theme's feature "search.highlight" above, its first line holding the word
            "markdown_extensions:\n  - tables\n  - search\n",
            "mkdocs.yml:16: error: the Markdown extension search is not one the portfolio knows to read no file",
        ),
    ],
)
def test_a_setting_of_mkdocs_yml_is_named_at_its_own_line(project: Project, written: str, said: str) -> None:
    """Three settings of mkdocs.yml a fuzzer mangled were named at another line than their own."""
    config = MKDOCS_YML.replace("  font: false\n", "  font: false\n  features:\n    - search.highlight\n")
    project.write("mkdocs.yml", config + written)
    checked = project.check("--audience", "public")
    assert said in checked.stdout + checked.stderr, checked.stdout + checked.stderr


def test_a_plugin_option_nested_too_deep_is_told_at_its_line(project: Project) -> None:
    """5,000 brackets inside each other stopped the check in a RecursionError (a fuzz); the build stops in MkDocs' own
    reading of mkdocs.yml, before the plugin runs."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: " + "[" * 5000 + "]" * 5000 + "\n")
    checked = project.check()
    assert checked.code == 2, checked
    assert checked.stderr.startswith("mkdocs.yml:12: error: the YAML is nested more than 50 levels deep"), checked


def test_a_plugin_option_indented_under_the_one_above_is_told_how_far_to_indent_it(project: Project) -> None:
    """`strict_gaps:` indented two spaces more than `as_of:` above it was told in YAML's words, "expected <block end>"
    (a fuzz): the check says to indent it as the option above is."""
    project.write("mkdocs.yml", MKDOCS_YML + '      audience: "public"\n        strict_gaps: true\n')
    checked = project.check()
    assert checked.code == 2, checked
    assert checked.stderr.startswith(
        'mkdocs.yml:13: error: YAML does not parse: "strict_gaps:" is indented 8 spaces, more than "audience:" above '
        "it, which has its value beside it, so this line is read as more of that value; indent it 6 spaces, as "
        '"audience:" is'
    ), checked
    # below a value that may run on to the next line, a colon in it is as likely: both are said (a review)
    project.write(
        "mkdocs.yml", MKDOCS_YML + "copyright: Copyright 2026 Riverside Trust,\n  Note: all rights reserved\n"
    )
    checked = project.check()
    assert "put the whole value in quotes" in checked.stderr and "indented more than the key above" in checked.stderr


def test_a_plugin_in_mkdocs_yml_indented_less_than_the_others_is_told_how_far_to_indent_it(project: Project) -> None:
    """`   - tags` among plugins indented 2 was told in YAML's words, "expected <block end>" (a fuzz)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - search\n  - tags\n", "    - search\n   - tags\n"))
    checked = project.check()
    assert checked.code == 2 and checked.stderr.startswith(
        "mkdocs.yml:8: error: YAML does not parse: this entry of a list is indented 3 spaces, and the entries above "
        "it 4"
    ), checked
