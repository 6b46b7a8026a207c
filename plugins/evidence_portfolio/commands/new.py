"""`portfolio new`: write a new item, asking at a terminal for what the command line left out.

What it asks for and which options it takes come from the item type's definition: every required key, and the
keys marked `prompt` that have a choice (visibility, an action's status).
"""

from __future__ import annotations

import argparse
import datetime
import os
import re
import shlex
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from ..computation.checks import CLASHES, check_item, check_items
from ..model.framework import UNRATED, Challenge, Framework, left_unrated
from ..model.item_types import ACTION, ATTACHMENTS, ITEM_TYPES, SELF_ASSESSMENT, Field, ItemType, every_field
from ..model.items import Item, Target
from ..model.problems import Problem, Problems, suggest
from ..reading.fields import said_as_hint
from ..reading.front_matter import read_source
from ..reading.item_reader import NOUNS, parse_target, rating_hint
from ..reading.pages import parse_page
from ..reading.project import read_project
from ..reading.scan import scan
from ..reading.settings import Settings
from ..reading.text import date_hint, iso_date, looks_like_a_date, no_such_day
from ..reading.yaml_lines import pasted_character
from ..site.pages import reserved_uris
from .carry_forward import carry_forward
from .errors import UsageError
from .new_item import Given, NewItem, item_path, render_new_item

SKIPPED = ("type", "title", "date")
"""Keys with options of their own (TYPE is an argument; --title and --date are asked or defaulted first)."""
CARRIED_OPTIONS = ("challenge", "maps_to", "visibility", "summary", "tags", "partners", "authors")
"""The options `--from-previous` reads (carry_forward; --maps-to for its challenge), besides --title and --date."""


class Missing(UsageError):
    """Options left out where nothing is asked, and what is wrong with those given (`refusals`): said together, not
    one a run (a careless user's review; a novice's: a wrong --visibility was said only once --maps-to was right)."""

    def __init__(self, ask: Asker, options: tuple[str, ...], refusals: tuple[str, ...] = ()) -> None:
        super().__init__("\n".join([ask.missing(*options), *refusals] if options else refusals))
        self.options = options
        self.refusals = refusals


class Asker:
    """Asks for what the command line left out, when a person is at a terminal; otherwise refuses."""

    def __init__(self, interactive: bool, ask: Callable[[str], str] = input, *, silent: bool = False) -> None:
        self.interactive = interactive
        self.ask = ask
        self.silent = silent
        """Answer each question as a person could, without asking: Enter where it has a default, else the first
        choice or answer its check takes. An item made so checks the options given before a person is asked
        anything (a careless user's review: a mistyped --maps-to was refused once the title and date were typed)."""

    def missing(self, *options: str) -> str:
        """What is said of options left out where nothing is asked."""
        listed = options[0] if len(options) == 1 else f"{', '.join(options[:-1])} and {options[-1]}"
        return f"{listed} {'is' if len(options) == 1 else 'are'} needed (nothing is asked when not run in a terminal)"

    def __call__(
        self,
        option: str,
        question: str,
        choices: Sequence[str] = (),
        default: str | None = None,
        check: Callable[[str], str | None] = lambda answer: None,
        shown: Sequence[str] = (),
    ) -> str:
        """The answer to `question`, asked again until `check` finds nothing wrong with it; `choices` listed by
        number (each as `shown` gives it, where given: a section's id with its title, which a person knows it by),
        a number answering as the choice it numbers."""
        if not self.interactive:
            raise Missing(self, (option,))
        if self.silent:
            answers = (default, *choices, datetime.date.today().isoformat(), "Untitled")
            return next((answer for answer in answers if answer and check(answer) is None), "Untitled")
        if choices:
            listed = shown or choices
            print("\n".join(f"  {number}. {choice}" for number, choice in enumerate(listed, 1)))
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


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of `portfolio new`: one per key of any type (repeatable for lists)."""
    parser.description = (
        "Write a new item (a piece of evidence, a case study, an action...) with its front matter filled in from "
        "these options, and print where it is; in a terminal, it asks for what they leave out."
    )
    parser.add_argument("type", nargs="?", metavar="TYPE", help="the type of item: " + ", ".join(ITEM_TYPES))
    parser.add_argument(
        "--title",
        help='the item\'s title, in quotes, such as "Partnership board minutes" (a self-assessment or an assessor '
        "report without one is titled by its challenge and year)",
    )
    parser.add_argument("--date", help="YYYY-MM-DD (default: today, or mkdocs.yml's as_of where that is earlier)")
    for field in every_field().values():
        if field.key in SKIPPED or not field.on_command_line:
            continue
        # what a choice is of, and what it may be (a novice's review: "public | accreditor | internal", said alone)
        choices = ", ".join(field.choice_ids())
        hint = f"{field.help}: {choices}" if choices else field.help
        if field.repeatable or field.kind == "ratings":
            rated = field.kind == "ratings"  # each SECTION=LEVEL, as the file's lines under the key write them
            parser.add_argument(
                field.cli_option,
                dest=field.key,
                action="extend",
                nargs="+",
                default=[],
                metavar="SECTION=LEVEL" if rated else None,
                help=(f"{field.help}, each SECTION=LEVEL, such as plan=good" if rated else hint)
                + " (several, after one option or each after its own)",
            )
        else:
            parser.add_argument(field.cli_option, dest=field.key, help=hint)
    parser.add_argument(
        "--from-previous",
        action="store_true",
        help="self-assessment only: start from the latest self-assessment of the challenge (its ratings, targets and "
        "section texts), with the improvements of the assessor report that followed it",
    )
    parser.add_argument("--project", default=".", type=Path, help="the project folder (default: .)")


def _title_refused(title: str | None) -> str | None:
    """Why a title given cannot be written, if it cannot."""
    if title is not None and not title.strip():
        return '--title is empty; give the item\'s title, such as --title "Partnership board minutes"'
    if "\n" in (title or "") or "\r" in (title or ""):  # written as two lines of YAML, shown as one (an outside review)
        return "--title holds a line break; a title is one line: give it on one line"
    pasted = pasted_character(title or "")
    if pasted:
        return (
            f"--title holds an invisible character ({pasted}), usually pasted from a word processor or a chat; type "
            "the title again"
        )
    return None


def _choice_check(
    name: str,
    choices: Sequence[str],
    said_as: Mapping[str, str] | None = None,
    titles: Mapping[str, str] | None = None,
) -> Callable[[str], str | None]:
    """Whether an answer is one of `choices` (without case), else why not: the choice meant, by its id, by what it
    is said as, or by its title (`titles`: a challenge given by its title was told only the ids, as `check` told
    it the title: a careless review of the commands)."""
    plural = name[:-1] + "ies" if name.endswith("y") else name + "es" if name.endswith("s") else name + "s"

    def check(answer: str) -> str | None:
        known = _as_choice(answer, choices, titles) in choices
        hint = said_as_hint(answer, said_as) or suggest(answer, choices, plural, titles)
        return None if known else f'unknown {name} "{answer}"{hint}'

    return check


def _as_choice(answer: str, choices: Sequence[str], titles: Mapping[str, str] | None = None) -> str:
    """The choice an answer names, compared without case, with spaces for its hyphens, or by its title or label
    (`titles`: "in progress", a challenge's title, were refused: a new organisation's review); an answer naming none,
    as it is."""
    wanted = " ".join(answer.split()).lower()
    for choice in choices:
        written = (choice.lower(), choice.lower().replace("-", " "), (titles or {}).get(choice, "").strip().lower())
        if wanted in written:
            return choice
    return answer


def _date_check(answer: str) -> str | None:
    try:
        iso_date(answer)
    except ValueError:
        if looks_like_a_date(answer):
            return f"the date {answer.strip()} does not exist; {no_such_day(answer)}"
        return f'"{answer}" is not a date; {date_hint(answer)}'
    return None


def _later(date: datetime.date, days: int) -> datetime.date:
    """The day `days` after `date`, or the last day there is (an action dated in year 9999 stopped `portfolio new`
    in a traceback, an outside review)."""
    if date > datetime.date.max - datetime.timedelta(days=days):
        return datetime.date.max
    return date + datetime.timedelta(days=days)


def _valid(value: str | None, check: Callable[[str], str | None], option: str = "") -> str | None:
    """A value given on the command line, refused with the checker's message when it is wrong, after the option
    that gave it."""
    if value is not None and (problem := check(value)):
        raise UsageError(f"{option}: {problem}" if option else problem)
    return value


def _targets(answers: Sequence[str], framework: Framework) -> tuple[Target, ...]:
    """The sections of --maps-to; a usage error naming each entry that names none, all at once."""
    targets, wrong = [], []
    for answer in answers:
        for entry in filter(None, (part.strip() for part in answer.split(","))):
            # "a/plan b/do" in one word, as a shell passes what is quoted: each is meant (a careless user's review:
            # told to write "[a/plan, b/do]", which the command does not read)
            spaced = [parse_target(part, framework) for part in entry.split()]
            if len(spaced) > 1 and not any(isinstance(target, tuple) for target in spaced):
                targets += [target for target in spaced if not isinstance(target, tuple)]
                continue
            target = parse_target(entry, framework)
            if isinstance(target, tuple):
                wrong.append(f"--maps-to: {target[1]}")
            else:
                targets.append(target)
    if wrong:
        raise UsageError("\n".join(wrong))
    return tuple(dict.fromkeys(targets))


class NewCommand:
    """Gathers the values of a new item from the options and, at a terminal, from questions."""

    def __init__(self, args: argparse.Namespace, framework: Framework, ask: Asker, day: datetime.date) -> None:
        self.args = args
        self.framework = framework
        self.ask = ask
        self.day = day
        """The date an item gets unless told otherwise (default_day)."""
        self.notes: list[str] = []
        self.untitled = False
        """Whether --title was left out where nothing is asked: refused once what else is wrong is known."""
        self.rated: Challenge | None = None
        """The challenge the item rates, once chosen (its sections are rated)."""

    def item(self) -> NewItem:
        args, ask = self.args, self.ask
        if args.type is None:  # `new --tag older-adults evidence`: the type was read as one more tag
            for field in (
                f for f in every_field().values() if (f.repeatable or f.kind == "ratings") and f.on_command_line
            ):
                taken = next((value for value in getattr(args, field.key, None) or () if value in ITEM_TYPES), None)
                if taken:
                    raise UsageError(
                        f'TYPE is needed: "{taken}" was read as a value of {field.cli_option}, which takes every '
                        f"word after it; write the type first: portfolio new {taken} {field.cli_option} ..."
                    )
        type_id = _valid(args.type, _choice_check("type", list(ITEM_TYPES))) or ask(
            "TYPE", "Type of item", list(ITEM_TYPES), check=_choice_check("type", list(ITEM_TYPES))
        )
        item_type = ITEM_TYPES[_as_choice(type_id, list(ITEM_TYPES))]
        if ask.interactive and not ask.silent:  # the options given are checked before anything more is asked
            typed = argparse.Namespace(**{**vars(args), "type": item_type.id})
            NewCommand(typed, self.framework, Asker(interactive=True, silent=True), self.day).item()
        # (--maps-to names the challenge of an item that rates one: NewCommand.challenge)
        read = (*item_type.keys, "maps_to") if "challenge" in item_type.keys else item_type.keys
        _refuse_unread(args, read, f"on {item_type.plural_label.lower()}", "or give another type of item")
        wrong = _title_refused(args.title)  # said with what else is wrong (a novice's review)
        rates = "challenge" in item_type.keys  # titled by the challenge it rates, where no title is given
        title = "" if wrong else (args.title or "").strip()
        title = title or (ask("--title", "Title") if ask.interactive and not rates and not wrong else "")
        wrong = wrong or (_title_refused(title) if title else None)  # (one typed at the terminal)
        title = "" if wrong else title
        titled = bool(title) or rates or wrong is not None
        said = [wrong] if wrong else []
        try:
            values = self._values(item_type, title or "Untitled")  # (a title to check the rest with)
        except Missing as exc:
            options = exc.options if titled else ("--title", *exc.options)
            raise Missing(ask, options, (*said, *exc.refusals)) from None
        except UsageError as exc:  # what else is wrong is said with a title left out, not on the next try
            said = said if titled else [ask.missing("--title")]
            raise UsageError("\n".join([*said, str(exc)])) from None
        if wrong:
            raise UsageError(wrong)
        if not title and self.rated is not None:  # a self-assessment or an assessor's report: as the sample titles one
            values["title"] = f"{self.rated.title} {item_type.label.lower()} {values['date']:%Y}"
        self.untitled = not titled
        return NewItem(item_type, values)

    def _values(self, item_type: ItemType, title: str) -> dict[str, Given]:
        args, ask = self.args, self.ask
        day = self.day.isoformat()
        refusals: list[str] = []  # what is wrong with each option given, said together
        try:
            written = _valid(args.date, _date_check, "--date")
        except UsageError as exc:
            refusals.append(str(exc))
            written = day  # (to check the rest with)
        written = written or (
            ask("--date", f"Date of the {item_type.label.lower()} (YYYY-MM-DD)", default=day, check=_date_check)
            if ask.interactive
            else day
        )
        date = iso_date(written)
        values: dict[str, Given] = {"title": title, "date": date}
        missing: list[str] = []
        for field in item_type.fields:
            if field.key not in SKIPPED and field.on_command_line:
                try:
                    values[field.key] = self.value(field, date)
                except Missing as exc:
                    missing += exc.options
                    refusals += exc.refusals
                except UsageError as exc:
                    refusals.append(str(exc))
        if missing or refusals:
            raise Missing(ask, tuple(missing), tuple(refusals))
        return values

    def value(self, field: Field, date: datetime.date) -> Given:
        given = getattr(self.args, field.key, None)
        if isinstance(given, str) and not given.strip():  # only spaces: as good as not given
            given = None
        labels = {choice.id: choice.label for choice in field.choices}
        if field.kind == "targets":
            return self.targets(given or [])
        if field.kind == "challenge":
            return self.challenge(given)
        if field.kind == "ratings":
            return self.ratings(field, given or [])
        if field.repeatable:
            written = [entry for entry in given or () if entry.strip().startswith(",") or entry.strip().endswith(",")]
            if written:  # `--tag a, b`: a tag "a," (a careless user's review)
                words = " ".join(shlex.quote(part.strip()) for part in ",".join(given or ()).split(",") if part.strip())
                raise UsageError(
                    f'{field.cli_option}: "{written[0]}" ends or starts with a comma; give each value as a word of its '
                    f"own, without commas: {field.cli_option} {words}"
                )
            noun = NOUNS.get(field.key)
            for entry in [entry for entry in given or () if "," in entry] if noun else ():  # (a careless user's review)
                words = " ".join(shlex.quote(part.strip()) for part in entry.split(",") if part.strip())
                print(
                    f'portfolio new: {field.cli_option} "{entry}" is kept as one {noun}, commas and all; for several, '
                    f"give each as a word of its own: {field.cli_option} {words}",
                    file=sys.stderr,
                )
            return tuple(given or ())
        check = (
            _date_check
            if field.kind == "date"
            else (
                _choice_check(field.key, field.choice_ids(), field.said_as, labels) if field.choices else lambda _: None
            )
        )
        if field.choices and isinstance(given, str):  # read without case, as check reads the file (Public)
            given = _as_choice(given, field.choice_ids(), labels)
        value = _valid(given, check, field.cli_option)
        if value is None and field.required:
            if self.ask.interactive:  # (a date's form said, as the item's date's is: a new organisation's review)
                label = f"{field.label} (YYYY-MM-DD)" if field.kind == "date" else field.label
                value = self.ask(field.cli_option, label, check=check)
            elif field.placeholder is not None:
                value = _later(date, int(field.placeholder)).isoformat() if field.kind == "date" else field.placeholder
                self.notes.append(f"{field.key} ({value})")
            else:
                raise Missing(self.ask, (field.cli_option,))
        elif value is None and field.choices and field.prompt and self.ask.interactive:
            value = self.ask(field.cli_option, field.label, field.choice_ids(), default=field.proposed, check=check)
        if value is None:
            return field.proposed if field.choices else None
        if field.choices:
            return _as_choice(value, field.choice_ids(), labels)
        return iso_date(value) if field.kind == "date" else value

    def challenge(self, given: str | None) -> Given:
        """--challenge, or the challenge of --maps-to, or the framework's only one, or asked for; both given, a usage
        error (--maps-to was left out without a word, an outside review)."""
        ids = [c.id for c in self.framework.challenges]
        if given and self.args.maps_to:
            raise UsageError(
                f"--challenge and --maps-to are both given; an item that rates a challenge names it alone: leave out "
                f"--maps-to (--challenge {given})"
            )
        name = given or next((t.challenge for t in _targets(self.args.maps_to, self.framework)), None)
        if name is None and len(ids) == 1:
            name = ids[0]
        titles = {c.id: c.title for c in self.framework.challenges}
        titled = _choice_check("challenge", ids, titles=titles)
        name = _valid(name, titled, "--challenge" if given else "--maps-to") or self.ask(
            "--challenge",
            "Challenge it rates",
            ids,
            check=titled,
            shown=[f"{c.id} ({c.title})" for c in self.framework.challenges],
        )
        self.rated = self.framework.challenge(_as_choice(name, ids, titles))
        return self.rated

    def ratings(self, field: Field, given: Sequence[str]) -> dict[str, str]:
        """Section id -> level id, from --rating (or --target) SECTION=LEVEL; at a terminal, without it, each section's
        rating asked for, Enter leaving it to write in the file (a new organisation's review: every rating had to be
        typed into the file)."""
        challenge, scale = self.rated, self.framework.rating_scale
        if challenge is None:
            return {}
        levels = [level.id for level in scale]
        titles = {level.id: level.label for level in scale}
        sections = {name.lower(): section.id for section in challenge.sections for name in (section.id, section.label)}
        chosen: dict[str, str] = {}
        refused: list[str] = []
        for entry in given:
            named, mark, rated = entry.replace(":", "=").partition("=")
            section_id = sections.get(named.strip().lower())
            found = self.framework.level(rated.strip())
            wrong = ""
            if entry.count("=") + entry.count(":") > 1:  # "plan=good,do=good": two in one word (a careless review)
                shown = " ".join(part.strip() for part in re.split(r"[,;\s]+", entry) if part.strip())
                wrong = f"gives several; give each SECTION=LEVEL as a word of its own: {field.cli_option} {shown}"
            elif not mark:
                wrong = f"is not SECTION=LEVEL, such as {challenge.sections[0].id}={levels[-1]}"
            elif section_id is None:
                section_ids = [section.id for section in challenge.sections]
                wrong = f'names no section of challenge "{challenge.id}"' + suggest(
                    named.strip(), section_ids, "sections"
                )
            elif found is None and not left_unrated(rated):
                wrong = f"names no level of the rating scale{rating_hint(self.framework, rated.strip())}"
            elif section_id in chosen:
                wrong = f'rates the section "{section_id}" again'
            if wrong:
                refused.append(f'{field.cli_option} "{entry}" {wrong}')
                continue
            assert section_id is not None
            chosen[section_id] = found.id if found is not None else UNRATED[0]  # (left unrated on purpose)
        if refused:
            raise UsageError("\n".join(refused))
        if given or field.key != "ratings" or not self.ask.interactive:
            return chosen
        later = "later"  # the answer that leaves a section's rating to write in the file
        level_check = _choice_check("level", levels, titles=titles)

        def check(answer: str) -> str | None:  # ("later" is no level: a careless user's review, told it was one)
            if self.framework.level(answer) or answer.lower() == later:
                return None
            return f"{level_check(answer)}; or press Enter to rate it later, in the file"

        for section in challenge.sections:
            answer = self.ask(
                field.cli_option,
                f"Rating of {section.label} (Enter: {later}, in the file)",
                levels,
                default=later,
                check=check,
                shown=[level.label for level in scale],
            )
            level = self.framework.level(answer)
            if level is not None:
                chosen[section.id] = level.id
        return chosen

    def targets(self, given: Sequence[str]) -> tuple[Target, ...]:
        if given:
            return _targets(given, self.framework)
        framework = self.framework
        targets = [f"{c.id}/{s.id}" for c in framework.challenges for s in c.sections] + [
            c.id for c in framework.challenges
        ]

        def check(answer: str) -> str | None:
            for entry in _answered(answer):
                if entry.isdigit() and 1 <= int(entry) <= len(targets):
                    continue
                target = parse_target(entry, framework)
                if isinstance(target, tuple):
                    return target[1]
            return None

        answer = self.ask(
            "--maps-to",
            "Sections it supports (numbers or challenge/section, separated by commas; numbers by spaces too)",
            targets,
            check=check,
            # by their titles too: a new organisation's staff knew "governance/effect" as "Club governance › Evidence
            # of effect" (a new organisation's review)
            shown=[f"{c.id}/{s.id} ({c.title} › {s.label})" for c in framework.challenges for s in c.sections]
            + [f"{c.id} ({c.title}, as a whole)" for c in framework.challenges],
        )
        # The asker gives a lone number as the entry it numbers ("42", a challenge's id, stays as it is)
        entries = [targets[int(e) - 1] if e.isdigit() and e not in targets else e for e in _answered(answer)]
        return _targets(entries, framework)


def _answered(answer: str) -> list[str]:
    """The entries of an answer listing sections: separated by commas, and numbers by spaces too ("2 5" was read
    as one challenge's name, an outside review)."""
    entries: list[str] = []
    for part in (part.strip() for part in answer.split(",")):
        entries += part.split() if re.fullmatch(r"\d+(?:\s+\d+)+", part) else [part] if part else []
    return entries


def _from_previous(
    args: argparse.Namespace, settings: Settings, framework: Framework, ask: Asker, day: datetime.date
) -> tuple[str, str]:
    """The path under evidence/ and the text of the next self-assessment, carried forward from the latest."""
    if args.type != SELF_ASSESSMENT.id:
        raise UsageError(f"--from-previous starts a new self-assessment: give TYPE {SELF_ASSESSMENT.id}")
    _refuse_unread(
        args,
        CARRIED_OPTIONS,
        "by --from-previous, which carries it from the previous one",
        "and edit it in the new file",
    )
    command = NewCommand(args, framework, ask, day)
    challenge = command.challenge(args.challenge)
    if not isinstance(challenge, Challenge):
        raise UsageError("--challenge is needed")
    date = iso_date(_valid(args.date, _date_check, "--date") or command.day.isoformat())
    carried = carry_forward(args, read_project(settings, reserved_uris), framework, challenge, date)
    note = f"from {carried.previous.path}" + (
        f", with the improvements of {' and '.join(report.path for report in carried.reports)}"
        if carried.reports
        else ""
    )
    print(f"portfolio new: started {note}; update the ratings and texts", file=sys.stderr)
    return carried.src_uri, carried.text


def _refuse_unread(args: argparse.Namespace, read: Sequence[str], where: str, instead: str) -> None:
    """A usage error naming the options given that the new item would not read (`--owner` on evidence): they were
    left out of it without a word."""
    given = [
        field.cli_option
        for field in every_field().values()
        if field.on_command_line
        and field.key not in (*SKIPPED, *read)
        and getattr(args, field.key, None) not in (None, [])
    ]
    if given:
        raise UsageError(
            f"{', '.join(given)} {'is' if len(given) == 1 else 'are'} not read {where}; leave "
            f"{'it' if len(given) == 1 else 'them'} out, {instead}"
        )


def default_day(settings: Settings) -> datetime.date:
    """The date a new item gets unless told otherwise: today, or the `as_of` mkdocs.yml pins the portfolio to where
    that is earlier (`portfolio check` would call an item dated after it one dated in the future)."""
    today = datetime.date.today()
    return min(today, settings.as_of) if settings.as_of_pinned else today


def new(args: argparse.Namespace, settings: Settings, framework: Framework, ask: Asker) -> int:
    """Write a new item with valid front matter and a body skeleton; print its path."""
    day = default_day(settings)
    untitled: list[str] = []  # a title left out (where nothing is asked), said with whatever else check refuses
    checked: tuple[list[Problem], list[Problem]] | None = None  # what check would say of the item, once found
    if args.from_previous:
        src_uri, text = _from_previous(args, settings, framework, ask, day)
    else:
        command = NewCommand(args, framework, ask, day)
        asked = command.item()  # (the date asked again below where that is all that is wrong)
        if command.notes:
            print(f"portfolio new: set these in the file: {', '.join(command.notes)}", file=sys.stderr)
        untitled = [ask.missing("--title")] if command.untitled else []
        while True:
            src_uri = item_path(asked)
            item = _attachments_from_the_item(asked, settings, src_uri)
            text = render_new_item(item, framework)
            there = (settings.docs_dir / src_uri).exists()
            checked = None if there else _problems_of(settings, framework, src_uri, text)
            taken = _date_taken(settings.display_uri(src_uri), text, there, checked[0] if checked else [])
            if args.date is not None or not ask.interactive or taken is None:
                break
            # the date was asked: asked again, rather than every answer thrown away for an option never typed
            print(f"  {taken}")
            asked = NewItem(
                asked.type, {**asked.values, "date": iso_date(ask("--date", "Another date", check=_date_check))}
            )
    # A file already at the path comes first: checked with it, the new item would clash with that file (for a
    # self-assessment, "two self-assessments ... this one and" the very file it is to be), not be refused for it.
    path = settings.docs_dir / src_uri
    if path.exists() and not untitled:  # a refusal of the command, as every other of `new` (exit 2)
        raise UsageError(f"{_as_reached(settings, path)} already exists; give another title or date")
    refused, warned = checked if checked is not None else _problems_of(settings, framework, src_uri, text)
    if refused:  # named by the option that gave the value: the file they would be at is not written
        raise UsageError(
            "".join(f"{line}\n" for line in untitled)
            + "the item was not written, because `portfolio check` would refuse it:\n"
            + "\n".join(f"{_given_by(text, problem.line)}: {problem.message}" for problem in refused)
        )
    if untitled:
        raise UsageError(untitled[0])
    defaulted = not args.date and not ask.interactive  # (a date typed at the prompt is given: a review)
    if defaulted and any(problem.code == "due-before-date" for problem in warned):  # (a staff review: `portfolio
        # check --strict` failed on the date `new` chose for an action recorded after it was done)
        raise UsageError(
            f"the action was not written: it would be dated {day.isoformat()}, as no --date was given, after it was "
            "due, which `portfolio check --strict` fails on; give --date with the day the action was raised (or "
            "--due with a later day)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if day != datetime.date.today() and defaulted:  # said of an item written, not of one refused
        print(
            f"portfolio new: dated {day.isoformat()}, the as_of of mkdocs.yml (a later date would be in the future for "
            "the portfolio); give --date for another",
            file=sys.stderr,
        )
    # what `portfolio check` would then warn of in it (a date in the future, a date too old), said as it is written
    for problem in warned:
        print(f"portfolio new: {problem}", file=sys.stderr)
    if not args.from_previous and not ask.interactive and getattr(args, "visibility", None) is None:
        _say_the_visibility(asked)
    print(_as_reached(settings, path))
    return 0


def _say_the_visibility(item: NewItem) -> None:
    """The visibility a self-assessment or an action was written with that its author did not choose (no
    --visibility, and nothing asked), where it keeps the item from those who look for it: a self-assessment's
    ratings from the public site, whose challenge was "Not rated" there, and nothing said why (an outside review);
    an action from the assessor's improvement plan, which read "No actions yet" (a staff review). (Evidence kept from
    the public unless it says otherwise is no surprise.)"""
    visibility = item.values.get("visibility")
    if not isinstance(visibility, str):
        return
    if item.type is SELF_ASSESSMENT and visibility != "public":
        print(
            f"portfolio new: written with visibility: {visibility}, the default for a self-assessment: its challenge "
            "is shown Not rated on the public site until a public self-assessment rates it; give --visibility public "
            "(or change that line) to publish its ratings",
            file=sys.stderr,
        )
    elif item.type is ACTION and visibility == "internal":
        print(
            "portfolio new: written with visibility: internal, the default for an action: it is kept from the "
            "assessor, whose improvement plan (the accreditor site, pack and PDF) leaves it out; give --visibility "
            "accreditor (or change that line) to show it to the assessor",
            file=sys.stderr,
        )


def _date_taken(path: str, text: str, there: bool, refused: list[Problem]) -> str | None:
    """Why the new item at `path` (`text`) cannot have its date, where that is all that is wrong with it: a file of
    its title already `there` on that date, or, of what check `refused`, another self-assessment of its challenge on
    that date; None otherwise."""
    if there:
        return f"{path} already exists; give another date"
    if refused and all(_given_by(text, problem.line) == "--date" for problem in refused):
        return "; ".join(problem.message for problem in refused)
    return None


def _given_by(text: str, line: int) -> str:
    """The option of `portfolio new` that gave the value on a line (from 1) of the item it would write: that of the
    key on the line, or of the list the line is an entry of (`--attachment` for `  - x.pdf`)."""
    lines = text.split("\n")[:line]
    key_line = next((written for written in reversed(lines) if written[:1].isalpha()), "")
    key = key_line.split(":", 1)[0].strip()
    field = every_field().get(key)
    if field is not None and field.on_command_line:
        return field.cli_option
    return f"--{key}" if key in ("title", "date") else f'the item\'s "{key}"'


def left_over_words(type_given: str | None, words: Sequence[str], title_given: bool) -> str:
    """What words after TYPE that no option takes most likely meant, said after "unrecognized arguments": a type of
    two words written with a space (`new case study`), or a title without --title (`new evidence "My title"`)."""
    if not type_given or not words or words[0].startswith("-"):
        return ""
    joined = f"{type_given}-{words[0]}".lower()
    if joined in ITEM_TYPES:
        return f"; a type is one word, with a hyphen: portfolio new {joined}"
    if not title_given:
        return f'; give the title after --title, in quotes: --title "{" ".join(words)}"'
    return ""


def _as_reached(settings: Settings, path: Path) -> str:
    """The new item's path as the person who ran the command reaches it: from a folder of the project (evidence/,
    where `portfolio new` finds the project too), from that folder, so that `code PATH` opens it; otherwise from the
    project, as problems name files (`evidence/partnerships/do/...`), also where the project was given by --project."""
    here, root = Path.cwd().resolve(), settings.root.resolve()
    if here != root and here.is_relative_to(root):
        return Path(os.path.relpath(path.resolve(), here)).as_posix()
    return settings.display(path)


def _attachments_from_the_item(item: NewItem, settings: Settings, src_uri: str) -> NewItem:
    """The item with each --attachment that names a file under evidence/ from where the command runs, or from the
    project (the path a shell completes, `evidence/partnerships/do/files/x.pdf`), written as the front matter takes
    it: from the item's own folder (`files/x.pdf`). A path a Windows shell completes, with back-slashes
    (`.\\evidence\\partnerships\\do\\files\\x.pdf`), is read with slashes where it names no file as typed (a novice's
    review: refused, though CONTRIBUTING says the path goes as the shell completes it). Any other is left as given,
    for the check to name."""
    given = item.values.get(ATTACHMENTS.key)
    paths = [path for path in given if isinstance(path, str)] if isinstance(given, tuple) else []
    if not paths:
        return item
    folder = (settings.docs_dir / src_uri).parent
    written: list[str] = []
    for path in paths:
        slashed = path.replace("\\", "/")
        found = _attachment_found(path, folder, settings) or (
            _attachment_found(slashed, folder, settings) if slashed != path else None
        )
        if found is None:
            _refuse_a_file_outside(slashed, folder, settings)
        written.append(found or _under_evidence(slashed, folder, settings) or path)
    return NewItem(item.type, {**item.values, ATTACHMENTS.key: tuple(written)})


def _refuse_a_file_outside(path: str, folder: Path, settings: Settings) -> None:
    """An --attachment naming a file that is there, but outside evidence/ (a sheet beside the project, a download):
    refused, told where to put it first (a staff review: told only that it did not exist where the item looked)."""
    there = next(
        (place / path for place in (Path.cwd(), settings.root) if (place / path).is_file()),
        None,
    )
    if there is None:
        return
    into = settings.display(folder / "files")
    raise UsageError(
        f"--attachment: {path} is outside {settings.display(settings.docs_dir)}/, where every file an item attaches "
        f"must be (only what is there is published with it); move it into {into}/, beside where the item will be, "
        f'and give --attachment "{into}/{Path(path).name}"'
    )


def _attachment_found(path: str, folder: Path, settings: Settings) -> str | None:
    """An --attachment as the item's front matter writes it, from the item's `folder`, where it names a file under
    evidence/: from that folder (as written), from where the command runs or from the project; None otherwise."""
    if not Path(path).is_absolute() and (folder / path).exists():
        return path
    docs = settings.docs_dir.resolve()
    candidates = [(place / path).resolve() for place in (Path.cwd(), settings.root)]  # (absolute: itself)
    found = next((c for c in candidates if c.is_file() and c.is_relative_to(docs)), None)
    return os.path.relpath(found, folder.resolve()).replace(os.sep, "/") if found else None


def _under_evidence(path: str, folder: Path, settings: Settings) -> str | None:
    """An --attachment naming no file, given from the project as a shell completes it (`evidence/partnerships/do/
    files/gone.pdf`) and inside the item's `folder`, as the item's front matter writes it, from that folder, so that
    the check says it looked for the file where it is meant to be (not under evidence/partnerships/do/evidence/...:
    a review); None for another."""
    meant = (settings.root / path).resolve()
    inside = not Path(path).is_absolute() and meant.is_relative_to(folder.resolve())
    return os.path.relpath(meant, folder.resolve()).replace(os.sep, "/") if inside else None


def _problems_of(
    settings: Settings, framework: Framework, src_uri: str, text: str
) -> tuple[list[Problem], list[Problem]]:
    """The errors `portfolio check` would report in the new file at `src_uri` (a value it cannot take, such as an
    unknown rating; a second self-assessment of a challenge on one date), read as check reads it; and, when there
    are none, what it would warn of in the item on its own: a date after as_of, which `check --strict` refuses, and
    the gaps it makes, such as an item too old to support a section or an action already overdue."""
    problems = Problems()
    tree = scan(settings, problems)
    path = settings.display_uri(src_uri)
    source, found = read_source(text.encode("utf-8"), path)
    if source is None:
        return found.errors, []
    page, checked = parse_page(
        src_uri, path, source, framework, frozenset(tree.files), tree.links_out, left_out=frozenset(tree.skipped)
    )
    errors = [*found.errors, *checked.errors]
    item = page.item
    files = {*item.attachments.values(), *item.data_files} if item is not None else set()
    if not errors and item is not None and (item.type in CLASHES or files):
        others = [other.item for other in read_project(settings, reserved_uris).pages.values() if other.item]
        errors = [
            p
            for p in check_items(framework, [*others, item], settings.as_of, pinned=settings.as_of_pinned).errors
            if p.path == path
        ]
        errors += _shared_with_others(settings, item, files, others)
    if errors or item is None:
        return errors, []
    return [], check_item(framework, item, settings.as_of, pinned=settings.as_of_pinned).warnings


def _shared_with_others(settings: Settings, item: Item, files: set[str], others: list[Item]) -> list[Problem]:
    """An attachment the new item would share with an item of another visibility: `portfolio check` would then
    report an error on one of the two, perhaps on a file the writer never touched (a careless-user review)."""
    problems = Problems()
    for other in others:
        shared = sorted(files & {*other.attachments.values(), *other.data_files})
        if shared and other.visibility != item.visibility:
            problems.add(
                "shared-attachment",
                item.path,
                item.lines.get("attachments", 1),
                f"{settings.display_uri(shared[0])} is also an attachment or a survey file of {other.path} "
                f"(visibility: {other.visibility}), and items of different visibility cannot share a file (this one's "
                f"is {item.visibility}); give --visibility {other.visibility}, or attach a copy of the file",
                also=[other.path],
            )
    return problems.errors
