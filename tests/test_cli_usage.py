"""The `portfolio` command line as a person new to it meets it: its help, and what it says of a command mistyped or
left out (a novice-user review)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from conftest import Project
from evidence_portfolio.commands.command_line import _parser

OUTSIDE = {
    ("portfolio readiness", "--format"),  # commands/readiness.py: its own --format has no help yet
    ("portfolio framework", "framework_command"),  # commands/framework_import.py: COMMAND's import and check, listed
}
"""Arguments without help whose parsers are made outside command_line.py and new.py."""


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
    assert set(unhelped) == OUTSIDE


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
