"""The `portfolio` command line as a person new to it meets it: its help, and what it says of a command mistyped or
left out (a novice-user review)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator

import pexpect

from conftest import Project
from evidence_portfolio.commands.command_line import _parser


def _parsers(parser: argparse.ArgumentParser, help: str | None = None) -> Iterator[tuple[argparse.ArgumentParser, str]]:
    """Each parser of the command line, with its one line of help in its command's list (`parser`'s: "")."""
    yield parser, "" if help is None else help
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield from _parsers(sub, helps.get(name) or "")


def test_every_command_and_argument_has_help() -> None:
    """`portfolio new --help` had no description and --title no help; `check --format`, `report --format` and
    `schema`'s KIND none either: every command has a description and a line in its list, every argument a help."""
    parser, _ = _parser()
    unhelped, undescribed = [], []
    for sub, line in _parsers(parser):
        if sub is not parser and not (line.strip() and (sub.description or "").strip()):
            undescribed.append(sub.prog)
        for action in sub._actions:
            name = action.option_strings[-1] if action.option_strings else action.dest
            if not isinstance(action, argparse._HelpAction) and not (action.help or "").strip():
                unhelped.append((sub.prog, name))
    assert not undescribed
    assert unhelped == []


def test_new_help_describes_the_command_and_its_title(project: Project) -> None:
    done = project.command("new", "--help")
    shown = " ".join(done.stdout.split())  # (as wide as the terminal)
    assert done.code == 0
    assert "[TYPE] Write a new item (a piece of evidence" in shown
    assert "--title TITLE the item's title, in quotes" in shown
    assert "--visibility VISIBILITY who may see it: public, accreditor, internal" in shown


def test_a_command_mistyped_is_told_the_command_meant(project: Project) -> None:
    """`portfolio chek` was given argparse's list of every choice, the one meant not named."""
    done = project.command("chek")
    assert done.code == 2
    assert done.stderr == 'portfolio: "chek" is not a command; did you mean "check"?\n'
    other = project.command("zzz")
    assert other.code == 2 and other.stderr.startswith('portfolio: "zzz" is not a command; valid commands: check, ')


def test_portfolio_alone_lists_the_commands_with_their_help(project: Project) -> None:
    """`portfolio` alone said only "the following arguments are required: COMMAND"."""
    done = project.command()
    shown = " ".join(done.stderr.split())
    assert done.code == 2
    assert "check look for mistakes and gaps in every item and page" in shown
    assert "new write a new item" in shown and "readiness are we ready for the visit?" in shown
    assert "required" not in shown


def test_new_says_every_option_given_wrong_at_once(project: Project) -> None:
    """A wrong --maps-to and a wrong --visibility were said one a run: the second only once the first was right."""
    where = ("--project", str(project.root))
    done = project.command(
        "new", "evidence", "--title", "  ", "--maps-to", "partnerships/pln", "partnrships/plan", "--date",
        "2026-02-30", "--visibility", "publc", *where,
    )  # fmt: skip
    assert done.code == 2
    assert done.stderr.splitlines() == [
        'portfolio new: --title is empty; give the item\'s title, such as --title "Partnership board minutes"',
        "--date: the date 2026-02-30 does not exist; check the month (01 to 12) and the day of the month",
        '--maps-to: unknown section "pln" of challenge "partnerships" in maps_to; did you mean "plan"?',
        '--maps-to: unknown challenge "partnrships" in maps_to; did you mean "partnerships"?',
        '--visibility: unknown visibility "publc"; did you mean "public"?',
    ]
    rated = project.command(
        "new", "self-assessment", "--challenge", "partnerships", "--rating", "plan=goood", "pln=good", "--visibility",
        "publc", *where,
    )  # fmt: skip
    assert rated.code == 2
    assert rated.stderr.splitlines()[1:] == [
        '--rating "pln=good" names no section of challenge "partnerships"; did you mean "plan"?',
        '--visibility: unknown visibility "publc"; did you mean "public"?',
    ]
    assert rated.stderr.startswith('portfolio new: --rating "plan=goood" names no level of the rating scale')
    missing = project.command("new", "assessor-report", "--challenge", "people", "--visibility", "publc", *where)
    assert missing.code == 2
    assert missing.stderr.splitlines() == [
        "portfolio new: --assessor is needed (nothing is asked when not run in a terminal)",
        '--visibility: unknown visibility "publc"; did you mean "public"?',
    ]
    assert not list((project.root / "evidence").rglob("*.md"))


def test_new_at_a_terminal_asks_the_type_then_says_every_option_given_wrong(project: Project) -> None:
    """With the type asked for, the options given were checked only as each was reached: they are all checked once
    the type is answered, before anything else is asked."""
    command = ["-m", "evidence_portfolio.cli", "new", "--visibility", "publc", "--maps-to", "partnerships/pln"]
    child = pexpect.spawn(sys.executable, [*command, "--project", str(project.root)], encoding="utf-8", timeout=30)
    child.expect("Type of item")
    child.sendline("evidence")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2 and "Title" not in child.before, child.before
    assert (
        '--maps-to: unknown section "pln"' in child.before
        and '--visibility: unknown visibility "publc"' in child.before
    )


def test_new_takes_an_attachment_with_back_slashes_as_a_windows_shell_completes_it(project: Project) -> None:
    """`--attachment 'evidence\\partnerships\\plan\\files\\Board Minutes.PDF'` (and with `.\\` in front) was refused,
    though the same path with "/" was taken, and CONTRIBUTING says the path goes as the shell completes it."""
    project.write("evidence/partnerships/plan/files/Board Minutes.PDF", b"%PDF-1.4\n%%EOF\n")
    for number, given in enumerate(
        (
            "evidence\\partnerships\\plan\\files\\Board Minutes.PDF",
            ".\\evidence\\partnerships\\plan\\files\\Board Minutes.PDF",
            "files\\Board Minutes.PDF",
        )
    ):
        done = project.command(
            "new", "evidence", "--title", f"Minutes {number}", "--maps-to", "partnerships/plan", "--date",
            "2026-01-01", "--attachment", given, "--project", str(project.root),
        )  # fmt: skip
        assert done.code == 0, done.stderr
        written = (project.root / done.stdout.strip()).read_text(encoding="utf-8")
        assert "\nattachments: [files/Board Minutes.PDF]\n" in written, written
    assert project.check().code == 0
    wrong = project.command(
        "new", "evidence", "--title", "Gone", "--maps-to", "partnerships/plan", "--attachment",
        "evidence\\partnerships\\plan\\files\\Gone.pdf", "--project", str(project.root),
    )  # fmt: skip
    assert (
        wrong.code == 2
        and 'attachment "files/Gone.pdf" does not exist (looked for evidence/partnerships/plan/files/Gone.pdf)'
        in wrong.stderr
    )
