"""From the rows of a spreadsheet to the framework they describe, for `portfolio framework import`.

The sheet has one row per challenge section, under a header row naming its columns (in any case; spaces, `_` and
`-` between words alike; a trailing colon ignored):

    challenge      the challenge's title; left empty (or merged), the row belongs to the challenge above
    section        the section's label (Plan, Do...)
    question       the question the section asks of this challenge
    best_practice  optional: the example of best practice ("Best practise" too); without it, sections have none
    challenge_id   optional: the challenge's id (default: made from its title)
    section_id     optional: the section's id (default: made from its label)
    outcomes       optional: the challenge's outcomes, one per line or per bullet, on any of its rows

Every problem is reported at the spreadsheet's row number, as `SHEET:ROW: error: ...`.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Generic, TypeVar

from ..model.framework import MAX_LEVELS, MIN_LEVELS, Challenge, ChallengeSection, Framework, Level, Section
from ..model.lazy_patterns import lazy_pattern
from ..model.names import without_accents
from ..model.problems import Problems
from ..model.urls import slug
from ..reading.framework_file import NAME_ID, name_clashes
from .errors import UsageError
from .framework_sheet import (
    COLUMNS,
    LAYOUT,
    OPTIONAL,
    OTHER_NAMES,
    REQUIRED,
    Sheet,
    column_letter,
    column_name,
    header_like,
    quoted,
)

DEFAULT_MAX_AGE_DAYS = 1095
"""As the seed's framework: evidence older than three years is stale."""
SEED_SCALE = "Unsatisfactory,Satisfactory,Good,Very Good,Excellent"

_LINE_BREAKS = lazy_pattern("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
"""Line breaks as Windows, Word (manual line break: vertical tab) and Unicode write them: each becomes one `\\n`."""
_INVISIBLE = lazy_pattern("[\x00-\x08\x0e-\x1f\x7f-\x9f\xad\u200b\u2060\ufeff\ud800-\udfff\ufffe\uffff]")
"""Control characters that no framework.yml may hold, and characters that take no room on screen (a soft hyphen, a
zero-width space, a word joiner, a byte order mark inside the text), which framework.yml may not hold either: they
come from text pasted out of word processors and web pages."""
_LOST = lazy_pattern(r"\ufffd|(?<![?\w])\?+(?=[^\W\d_])(?!\w+=)|(?<=[^\W\d_])\?+(?=[^\W\d_A-ZÀ-Þ])(?!\w+=)")
"""A letter a spreadsheet could not save in the file's encoding, which it wrote as "?" (Excel's "CSV (Comma
delimited)" writes Welsh ŵ and ŷ, among others, so: "?yl" for "Ŵyl"), or a decoder as U+FFFD: a "?" at a word's
start or inside it, before a letter (inside a word, a small one: "it?Yes" is a space left out). A web address's
"?" (`page?id=3`, `sportengland.org/guidance?topic=plans` written without its https://: a query's `?name=`) is not
one."""
_ADDRESS = lazy_pattern(
    r"(?<!\S)\S*(?:://|www\.)\S*"
)  # from a word's start only: a long word is read once, not from each of its letters

_SPREADSHEET_ERRORS = frozenset(
    ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#GETTING_DATA")
)
"""What Excel and LibreOffice show in a cell whose formula fails, and save in its place (in a CSV file too)."""
_BULLET = lazy_pattern(r"\s*(?:[•·▪‣◦●○■□\-*–—]|\d{1,2}[.)]|\(\d{1,2}\))\s+")
"""A bullet at the start of an outcome's line: "• ", "· ", "- ", "* ", "– "..., or a number of a numbered list:
"1. ", "2) ", "(3) " (of one or two digits, so that a line going on with "2026. " or "1.5" is not taken for one)."""
# ----------------------------------------------------------------------------------------------- ids and names


def unique(base: str, taken: Iterable[str]) -> str:
    """`base`, or `base-2`, `base-3`... whichever is not taken yet."""
    used = set(taken)
    candidate, number = base, 1
    while candidate in used:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


_DITTO = frozenset(
    ('"', '""', "''", "\u3003", "-", "--", "\u2013", "\u2014", "ditto", "do.", "as above", "same", "n/a")
)
"""What a cell says to mean "as the row above" (ditto marks, dashes, "as above", "N/A"), in small letters: read as
a title or a label, it made a challenge or section of that name (a careless contributor's review)."""


def _name(text: str) -> str:
    """A title or label: one line, single spaces."""
    return " ".join(text.split())


def _key(text: str) -> str:
    """How two titles or labels are recognised as the same: case and spacing aside."""
    return _name(text).casefold()


def _folded(text: str) -> str:
    """A title or label without its accents, case and spacing aside: how two that differ in accents alone look."""
    return without_accents(_key(text))


# ------------------------------------------------------------------------------------- from rows to a framework


@dataclass(eq=False)
class _Section:
    """A section as the sheet names it (compared by identity: one object per section)."""

    id: str | None
    name: str
    """Its label."""
    row: int


@dataclass
class _Part:
    section: _Section
    question: str
    best_practice: str
    row: int


@dataclass
class _Challenge:
    id: str | None
    name: str
    """Its title."""
    row: int
    rows: list[int] = field(default_factory=list)
    tried: bool = False
    """Whether a row of it describes a section (with or without errors)."""
    outcomes: list[str] = field(default_factory=list)
    parts: list[_Part] = field(default_factory=list)


Named = TypeVar("Named", _Challenge, _Section)


class _Known(Generic[Named]):
    """The challenges (or sections) the sheet has named so far, in order, found by id or by name."""

    def __init__(self, kind: str, name: str) -> None:
        self.kind = kind
        """challenge or section: the column of its name, and with _id, of its id."""
        self.name = name
        """What its name is called: title or label."""
        self.entries: list[Named] = []
        self.by_id: dict[str, Named] = {}
        self.by_name: dict[str, Named] = {}

    def find(self, given_id: str, name: str) -> Named | None:
        """The entry with this id, else the one with this name and no other id; an id given to an entry known
        by its name alone becomes its id."""
        found = self.by_id.get(given_id) if given_id else None
        if found is None and name:
            by_name = self.by_name.get(_key(name))
            if by_name is not None and (not given_id or by_name.id is None):
                found = by_name
        if found is not None and given_id and found.id is None:
            found.id = given_id
            self.by_id[given_id] = found
        return found

    def alike(self, name: str) -> Named | None:
        """The entry whose name differs from `name` in its accents alone ("Plán" and "Plan"), if any."""
        folded = _folded(name)
        return next((e for e in self.entries if _folded(e.name) == folded and _key(e.name) != _key(name)), None)

    def add(self, entry: Named) -> Named:
        self.entries.append(entry)
        self.by_name.setdefault(_key(entry.name), entry)
        if entry.id:
            self.by_id[entry.id] = entry
        return entry


@dataclass(frozen=True)
class Imported:
    """What a sheet describes: the framework, and the rows each challenge came from (for the YAML's comments)."""

    framework: Framework
    rows: dict[str, tuple[int, ...]]
    given: frozenset[str] = frozenset()
    """The ids of challenges and sections the sheet gives itself (its challenge_id and section_id columns), not made
    from their titles."""


@dataclass
class _Columns:
    """Where each known column is, in a row of cells."""

    index: dict[str, int]
    header_row: int
    heads: dict[str, str]
    """Each known column's header as the sheet writes it ("Challenge ID"), for messages that name the column."""

    def cell(self, cells: Sequence[str], name: str) -> str:
        where = self.index.get(name)
        return cells[where] if where is not None and where < len(cells) else ""


class SheetReader:
    """Turns the rows of a sheet into a framework, adding a problem at the row of each thing that does not fit."""

    def __init__(
        self, sheet: Sheet, levels: Sequence[Level], framework_id: str, title: str, titled: bool = False
    ) -> None:
        self.sheet = sheet
        self.problems = sheet.problems
        self.levels = tuple(levels)
        self.framework_id = framework_id
        self.title = title
        self.titled = titled
        """Whether the title was given (--title): a title written above the table is then not told to be given."""
        self.challenges = _Known[_Challenge]("challenge", "title")
        self.sections = _Known[_Section]("section", "label")
        self.failed: set[tuple[int, str]] = set()
        """The cells (row number, column name) that show a formula's error, reported once: not as empty too."""

    def error(self, code: str, row: int, message: str) -> None:
        self.problems.add(code, self.sheet.path, row, message)

    def read(self) -> Imported | None:
        """The framework the sheet describes; None when the sheet has errors."""
        if self.problems.errors:
            return None
        rows = [(number, [_clean(cell) for cell in cells]) for number, cells in self.sheet.rows]
        filled = [(number, cells) for number, cells in rows if any(cells)]
        if not filled:
            self.error("sheet-empty", 1, self._empty_message("the sheet is empty"))
            return None
        columns = self.header(filled)
        if columns is None:
            return None
        body = [(number, cells) for number, cells in filled if number > columns.header_row]
        if not body:
            message = f"the sheet has a header row (row {columns.header_row}) but no rows under it"
            self.error("sheet-empty", columns.header_row, self._empty_message(message))
            return None
        current: _Challenge | None = None
        for number, cells in body:
            current = self.row(number, cells, columns, current)
        for challenge in self.challenges.entries:
            if not challenge.tried:
                self.error(
                    "sheet-no-sections",
                    challenge.row,
                    f'challenge "{challenge.name}" has no section: no row of it gives a section and a question; add a '
                    "row for each section it is assessed on, or, if the row is a note below the table, delete it",
                )
        self.sections_alike()
        if self.problems.errors:
            return None
        return self.framework()

    def sections_alike(self) -> None:
        """An error at the row of a section called as one before it, by label or id (name_clashes: framework.yml
        refuses two, since a self-assessment's heading would name either), with the column of its label, or of its
        id where that is the name at fault (the load-back of such a framework said the command had a bug)."""
        entries = self.sections.entries
        ids = _ids([(s.id, s.name) for s in entries], "section")
        sheet: dict[Level | Section, _Section] = {
            Section(made, s.name): s for s, made in zip(entries, ids, strict=True)
        }
        used = [  # by challenge (two challenges may each have a section of one label: a false-positive review)
            [section for section, row in sheet.items() if any(part.section is row for part in challenge.parts)]
            for challenge in self.challenges.entries
        ]
        clashes = {(c.entry, c.first, c.field): c for sections in used for c in name_clashes("sections", sections)}
        for clash in clashes.values():
            entry, first = sheet[clash.entry], sheet[clash.first]
            one = (
                "if they are one, give both rows the same label and the same section_id (or leave this row's "
                "section_id empty); if two, give this one a label of its own"
                if clash.field == clash.first_field == "label"
                else f"give this section a {'label' if clash.field == 'label' else 'section_id'} of its own"
            )
            made = "" if clash.field == "label" or entry.id else ", made from its label"
            self.error(
                "sheet-sections-alike",
                entry.row,
                f'section {_named(entry)} is called "{clash.written}" here (as its '
                f"{'label' if clash.field == 'label' else 'id' + made}), which is read as the "
                f'{"label" if clash.first_field == "label" else "id"} "{clash.first_written}" of section '
                f"{_named(first)} on row {first.row}: {clash.why}; {one}",
            )

    def _empty_message(self, what: str) -> str:
        others = f" (it reads the first sheet; the others are {quoted(self.sheet.others)}: give --sheet NAME)"
        return f"{what}{others if self.sheet.others else ''}; write {LAYOUT}"

    # --------------------------------------------------------------------------------------------- the header

    def header(self, filled: list[tuple[int, list[str]]]) -> _Columns | None:
        """The columns named by the header: the first row naming one of the known columns (rows above it, such as
        a title, are not read), or else the first row with anything in it."""
        number, cells = next(
            ((n, c) for n, c in filled if any(column_name(cell) in COLUMNS for cell in c)),
            # else a row of two headers or more in other words ("Theme", "Key Question") below a title (a new
            # organisation's review: told of its title row's one cell, never of its header row)
            next(((n, c) for n, c in filled if sum(map(header_like, c)) >= 2), filled[0]),
        )
        above = [(n, c) for n, c in filled if n < number]
        if above:
            written = [cell.strip() for cell in above[0][1] if cell.strip()]
            title = (  # a sheet's title, written above its table, which --title gives the framework
                f'; if "{written[0]}" is the framework\'s title, give it with --title (it is "{self.title}")'
                if len(written) == 1 and " ".join(written[0].split()) != self.title and not self.titled
                else ""
            )
            rows = [n for n, _ in above]
            self.problems.add(
                "sheet-not-read",
                self.sheet.path,
                rows[0],
                f"row{'s' if len(rows) > 1 else ''} {_row_list(rows)}, above the header row {number}, "
                f"{'are' if len(rows) > 1 else 'is'} not read{title}",
            )
        index: dict[str, int] = {}
        unread: list[tuple[int, str]] = []
        for where, header in enumerate(cells):
            name = column_name(header)
            if name in COLUMNS:
                if name in index:
                    self.error(
                        "sheet-duplicate-column",
                        number,
                        f'columns {column_letter(index[name])} and {column_letter(where)} are both "{name}"; '
                        "keep one of them, or rename the other",
                    )
                    continue
                index[name] = where
            else:
                unread.append((where, header))
        width = max(len(row) for _, row in filled)
        unread += [(where, "") for where in range(len(cells), width)]  # cells right of the header's last
        suggested: set[int] = set()
        for missing in (name for name in (*REQUIRED, "best_practice") if name not in index):
            close = _closest(missing, unread)
            if close is None and missing not in REQUIRED:
                continue  # a sheet without examples of best practice: each section is written without one
            hint = ""
            if close is not None:  # best_practice too: its texts would be left out without a word
                suggested.add(close[0])
                other = ", or give it another header if it holds something else" if missing not in REQUIRED else ""
                hint = f' Did you mean column {column_letter(close[0])}, "{close[1]}"? Rename it "{missing}"{other}.'
            named = quoted(h for h in cells if h) or "none"
            # (the optional column said as one: "there is no ... column" beside "the sheet needs the columns ...",
            # which do not name it, read as a contradiction to an outside review)
            lacking = f'no "{missing}" column' if missing in REQUIRED else f'no "{missing}" column (it is optional)'
            self.error(
                "sheet-missing-column",
                number,
                f"there is {lacking}; the columns named in row {number} are: {named}.{hint or ''} "
                f"The sheet needs the columns {', '.join(REQUIRED)} (header names in any case)"
                + (
                    f"; this is the first sheet of the workbook, and the others are {quoted(self.sheet.others)}"
                    + (
                        f"; sheet {quoted(self.sheet.framed)} has them: give --sheet {quoted(self.sheet.framed)}"
                        if len(self.sheet.framed) == 1
                        else ": give --sheet NAME to read another"
                    )
                    if self.sheet.others
                    else ""
                ),
            )
        for where, header in unread:
            if where in suggested or (not header and not self._column_has_data(where, number)):
                continue
            meant = _closest_name(header, OPTIONAL)
            what = (
                f'column {column_letter(where)}, "{header}",'
                if header
                else f"column {column_letter(where)} has no header, so it"
            )
            self.problems.add(
                "sheet-not-read",
                self.sheet.path,
                number,
                f"{what} is not read"
                + (f'; did you mean "{meant}"?' if meant else f" (the columns read are {', '.join(COLUMNS)})"),
            )
        if any(name not in index for name in REQUIRED) or self.problems.errors:
            return None
        return _Columns(index, number, {name: _name(cells[where]) for name, where in index.items()})

    def _column_has_data(self, where: int, header_row: int) -> bool:
        return any(n > header_row and where < len(c) and c[where].strip() for n, c in self.sheet.rows)

    # ---------------------------------------------------------------------------------------------- one row

    def row(self, number: int, cells: list[str], columns: _Columns, current: _Challenge | None) -> _Challenge | None:
        """Read one row; the challenge it belongs to (the next row's "challenge above")."""
        value = {name: columns.cell(cells, name) for name in COLUMNS}
        for name, text in value.items():
            found = _INVISIBLE.search(text)
            if found:
                char = found[0]
                self.error(
                    "sheet-invisible-character",
                    number,
                    f'the "{name}" cell (column {column_letter(columns.index[name])}) holds an invisible character '
                    f"(U+{ord(char):04X}, {unicodedata.name(char, 'a control character').lower()}), usually pasted "
                    "from a word processor; retype the text of that cell",
                )
                value[name] = _clean(_INVISIBLE.sub("", text))  # "Plan" and a soft hyphen on the line below: "Plan"
            if text.strip() in _SPREADSHEET_ERRORS:
                self.error(
                    "sheet-formula-error",
                    number,
                    f'the "{name}" cell (column {column_letter(columns.index[name])}) shows {text.strip()}, the '
                    "error of a formula, not text; correct the formula in the spreadsheet, or write the text itself "
                    "in the cell",
                )
                value[name] = ""  # reported: not read as a title, a question or an id as well
                self.failed.add((number, name))
        for name, text in value.items():
            lost = _LOST.search(_ADDRESS.sub(" ", text))
            if lost and name not in ("challenge_id", "section_id"):
                self.problems.add(
                    "sheet-lost-character",
                    self.sheet.path,
                    number,
                    f'the "{name}" cell (column {column_letter(columns.index[name])}) holds "{_excerpt(text, lost)}", '
                    f'where "{lost[0]}" stands in a word for a letter the spreadsheet could not save in this file\'s '
                    'encoding (Excel\'s "CSV (Comma delimited)" loses Welsh ŵ and ŷ so); write the letter again, and '
                    'save the sheet as "CSV UTF-8 (Comma delimited)", or import the .xlsx workbook itself',
                )
        for name in ("challenge", "section"):
            if value[name].strip().casefold() in _DITTO:
                instead = "leave it empty to mean the challenge above" if name == "challenge" else "write its label"
                self.error(
                    "sheet-ditto",
                    number,
                    f'the "{name}" cell (column {column_letter(columns.index[name])}) holds "{value[name].strip()}", '
                    f"which would be read as a {name} of that name, not as the one above; {instead}",
                )
                value[name] = ""  # reported: not read as a title or a label as well
                self.failed.add((number, name))
        if not any(value.values()):
            return current  # a row whose only content is in columns that are not read
        challenge = self.challenge_of(number, value, columns, current)
        if challenge is None:
            return current
        challenge.rows.append(number)
        for outcome in _outcomes(value["outcomes"]):
            if outcome not in challenge.outcomes:
                challenge.outcomes.append(outcome)
        part_cells = ("section", "section_id", "question", "best_practice")
        if any(value[name] for name in part_cells):
            challenge.tried = True
            self.part(number, value, columns, challenge)
        return challenge

    def challenge_of(
        self, number: int, value: dict[str, str], columns: _Columns, current: _Challenge | None
    ) -> _Challenge | None:
        title, given_id = _name(value["challenge"]), _name(value["challenge_id"])
        if not title and not given_id and (number, columns.index["challenge"]) in self.sheet.formulas:
            self.empty_cell(number, "challenge", columns, "")  # not "the challenge above" (an outside review)
            return None
        if not title and not given_id:
            if current is None:
                self.error(
                    "sheet-no-challenge",
                    number,
                    'this row comes before any challenge: its "challenge" cell '
                    f"(column {column_letter(columns.index['challenge'])}) is empty and no row above names one; "
                    "write the challenge's title in it",
                )
            return current  # left empty (or merged): the challenge above
        looked = self.known(number, self.challenges, given_id, title, columns)
        if looked is None:
            return None
        found, given_id = looked
        if found is not None and current is not None and found is not current:
            self.problems.add(
                "sheet-challenge-again",
                self.sheet.path,
                number,
                f'challenge "{found.name}" comes again here, after challenge "{current.name}" (its rows above: '
                f"{_row_list(found.rows)}); its rows are read as one challenge: if this is another challenge, give it "
                "a title of its own",
            )
        if found is not None:
            return found
        if not title:
            self.error(
                "sheet-empty-cell",
                number,
                f'the "challenge" cell (column {column_letter(columns.index["challenge"])}) is empty, and no row '
                f'above gives challenge "{given_id}" a title; write its title in the cell',
            )
            return None
        self.alike(number, self.challenges, title, given_id, columns)
        return self.challenges.add(_Challenge(given_id or None, title, number))

    def part(self, number: int, value: dict[str, str], columns: _Columns, challenge: _Challenge) -> None:
        """The section this row describes for its challenge: its question and its example of best practice."""
        label, given_id = _name(value["section"]), _name(value["section_id"])
        section = self.section_of(number, label, given_id, columns)
        complete = True
        for name, what in (
            ("question", "the question this section asks"),
            ("best_practice", "an example of best practice"),
        ):
            # the example of best practice may be left empty (or its column left out), as in framework.yml, but not
            # hide a formula
            formula = name in columns.index and (number, columns.index[name]) in self.sheet.formulas
            if not value[name] and (name == "question" or formula):
                complete = False
                self.empty_cell(number, name, columns, what)
        if section is None or not complete:
            return
        same = next((p for p in challenge.parts if p.section is section), None)
        if same is not None:
            self.error(
                "sheet-duplicate-row",
                number,
                f'challenge "{challenge.name}" has section "{section.name}" twice: on row {same.row} and on this '
                "row; keep one row per challenge section (delete this row, or merge the two)",
            )
            return
        challenge.parts.append(_Part(section, value["question"], value["best_practice"], number))

    def section_of(self, number: int, label: str, given_id: str, columns: _Columns) -> _Section | None:
        looked = self.known(number, self.sections, given_id, label, columns)
        if looked is None:
            return None
        found, given_id = looked
        if found is not None:
            return found
        if not label:
            self.empty_cell(number, "section", columns, "the section's label (such as Plan)")
            return None
        self.alike(number, self.sections, label, given_id, columns)
        return self.sections.add(_Section(given_id or None, label, number))

    def alike(self, number: int, known: _Known[Named], name: str, given_id: str, columns: _Columns) -> None:
        """A warning where a new challenge (or section) differs from one before in its accents alone: a slip of the
        keyboard ("Plán"), read as another one (a careless contributor's review); or has its name and another id:
        two of one name, told apart on the site by nothing (a copied row whose id was changed, or a mistyped id)."""
        named = known.by_name.get(_key(name))
        if named is not None and named.id is not None and given_id and known.kind == "section":
            return  # two sections of one label: an error (sections_alike)
        if named is not None and named.id is not None and given_id:
            column = f"{known.kind}_id"
            self.problems.add(
                "sheet-one-name-two-ids",
                self.sheet.path,
                number,
                f'{known.kind} "{name}" is given id "{given_id}" here and "{named.id}" on row {named.row} (column '
                f'{column_letter(columns.index[column])}, "{columns.heads[column]}"), and is read as two {known.kind}s '
                f"of one {known.name}; if it is one, give it the same id on both rows (or leave this row's cell "
                f"empty); if two, give this one a {known.name} of its own",
            )
            return
        other = known.alike(name)
        if other is not None:
            self.problems.add(
                "sheet-alike",
                self.sheet.path,
                number,
                f'{known.kind} "{name}" differs from "{other.name}" (row {other.row}) in its accents alone, and is '
                f"read as another {known.kind}; if it is the same, write it as on row {other.row}",
            )

    def known(
        self, number: int, known: _Known[Named], given_id: str, name: str, columns: _Columns
    ) -> tuple[Named | None, str] | None:
        """The challenge (or section) a row names that is already known, if any, and the id the row gives it
        ("" when none, or a wrong one that was reported); None when the row names nothing that can be read (a
        wrong id, and no name)."""
        if given_id and not self.good_id(number, given_id, f"{known.kind}_id", columns):
            if not name:
                return None
            given_id = ""  # reported; read the row by its name
        found = known.find(given_id, name)
        if found is not None and name and _key(name) != _key(found.name):
            self.id_given_twice(number, known, given_id, name, found, columns)
            return known.find("", name), ""  # read as the one its name names: not merged with the other as well
        return found, given_id

    def id_given_twice(
        self, number: int, known: _Known[Named], given_id: str, name: str, other: Named, columns: _Columns
    ) -> None:
        """The error of a row whose id column gives the id of another challenge (or section) with another name: two
        challenges sharing an id (a copied row whose id was not changed), or one whose name is misspelt here."""
        column = f"{known.kind}_id"
        where = f'column {column_letter(columns.index[column])}, "{columns.heads[column]}"'
        self.error(
            "sheet-two-names",
            number,
            f'{known.kind} id "{given_id}" ({where}) is given to two {known.kind}s, "{name}" here and "{other.name}" '
            f"on row {other.row}; give each its own id in that column, or leave the cell empty so that one is made "
            f"from the {known.name} (if they are one {known.kind}, write its {known.name} as on row {other.row})",
        )

    def empty_cell(self, number: int, name: str, columns: _Columns, what: str) -> None:
        if (number, name) in self.failed:
            return
        cell = f'the "{name}" cell (column {column_letter(columns.index[name])})'
        if (number, columns.index[name]) in self.sheet.formulas:
            self.error(
                "sheet-empty-cell",
                number,
                f"{cell} holds a formula saved without its value (the file was not saved by a spreadsheet); open it "
                "in Excel or LibreOffice and save it again, or write the text itself in the cell",
            )
            return
        merged = (
            "; if it is merged with the cell above, unmerge it and write the text in each row (only the "
            '"challenge" column may be left empty to mean "the challenge above")'
        )
        self.error("sheet-empty-cell", number, f"{cell} is empty; write {what}{merged}")

    def good_id(self, number: int, given: str, name: str, columns: _Columns) -> bool:
        if NAME_ID.match(given):
            return True
        better = f'"{slug(given, "")}"' if slug(given, "") else "another"
        made_from = "title" if name == "challenge_id" else "label"
        self.error(
            "bad-id",
            number,
            f'{name} "{given}" (column {column_letter(columns.index[name])}) may hold only letters, digits, "-", "_" '
            f'and "." (no spaces or "/"), and not end with "."; write {better} instead, or leave the cell empty to '
            f"make the id from the {made_from}",
        )
        return False

    # ------------------------------------------------------------------------------------------ the framework

    def framework(self) -> Imported:
        section_ids = _ids([(s.id, s.name) for s in self.sections.entries], "section")
        sections = {
            s: Section(section_id, s.name) for s, section_id in zip(self.sections.entries, section_ids, strict=True)
        }
        challenge_ids = _ids([(c.id, c.name) for c in self.challenges.entries], "challenge")
        challenges = tuple(
            Challenge(
                challenge_id,
                c.name,
                tuple(c.outcomes),
                tuple(ChallengeSection(sections[p.section], p.question, p.best_practice) for p in c.parts),
            )
            for c, challenge_id in zip(self.challenges.entries, challenge_ids, strict=True)
        )
        framework = Framework(
            id=self.framework_id,
            title=self.title,
            rating_scale=self.levels,
            sections=tuple(sections[entry] for entry in self._section_order()),
            challenges=challenges,
            rollup="median",
            min_evidence=1,
            max_evidence_age_days=DEFAULT_MAX_AGE_DAYS,
        )
        rows = {
            challenge_id: tuple(c.rows) for c, challenge_id in zip(self.challenges.entries, challenge_ids, strict=True)
        }
        given = {made for c, made in zip(self.challenges.entries, challenge_ids, strict=True) if c.id}
        given |= {made for s, made in zip(self.sections.entries, section_ids, strict=True) if s.id}
        return Imported(framework, rows, frozenset(given))

    def _section_order(self) -> list[_Section]:
        """The sections in an order each challenge's keeps, the first challenge's where two challenges give two
        orders, and else in the order the sheet first names them: a first challenge without a middle section
        (Intent, Impact; then Intent, Implementation, Impact) put it last, and every page then showed Impact before
        Implementation (a new organisation's review); two challenges each naming one section after Intent (Delivery;
        Review) have them in that order."""
        named: list[_Section] = []
        after: dict[_Section, set[_Section]] = {}
        for challenge in self.challenges.entries:
            listed = [part.section for part in challenge.parts]
            named += [section for section in listed if section not in named]
            for first, then in pairwise(listed):
                if first not in _following(then, after):  # (else the order an earlier challenge gives holds)
                    after.setdefault(first, set()).add(then)
        order: list[_Section] = []
        while len(order) < len(named):
            waiting = {then for first in named if first not in order for then in after.get(first, ())}
            order.append(next(section for section in named if section not in order and section not in waiting))
        return order + [section for section in self.sections.entries if section not in order]


def _following(section: _Section, after: dict[_Section, set[_Section]]) -> set[_Section]:
    """The sections an order puts after `section`, directly or through others."""
    found: set[_Section] = set()
    reached = [section]
    while reached:
        for then in after.get(reached.pop(), ()):
            if then not in found:
                found.add(then)
                reached.append(then)
    return found


def _ids(entries: Sequence[tuple[str | None, str]], kind: str) -> list[str]:
    """The id of each entry: the one given, or one made from its name, unique among all (a clash gets -2, -3)."""
    taken = {given for given, _ in entries if given}
    ids: list[str] = []
    for position, (given, name) in enumerate(entries, 1):
        if given:
            ids.append(given)
            continue
        made = unique(slug(name, f"{kind}-{position}"), taken)
        taken.add(made)
        ids.append(made)
    return ids


def scale_levels(labels: str) -> list[Level]:
    """The rating scale of `--scale "A,B,C"`, lowest first, each id made from its label."""
    names = [_name(label) for label in labels.split(",")]
    if any(not name for name in names):
        raise UsageError(
            f'--scale "{labels}" has an empty level; list the labels lowest first, such as "Poor,Fair,Good"'
        )
    if not MIN_LEVELS <= len(names) <= MAX_LEVELS:
        apart = next((mark for mark in ";|/" if mark in labels), None) if len(names) == 1 else None
        raise UsageError(
            f'--scale "{labels}" has {len(names)} level(s); a rating scale needs {MIN_LEVELS} to {MAX_LEVELS}'
            + (f'; separate the levels with commas, not "{apart}": "{labels.replace(apart, ",")}"' if apart else "")
        )
    levels: list[Level] = []
    owner: dict[str, int] = {}
    for position, label in enumerate(names):
        level_id = unique(slug(label, f"level-{position + 1}"), (lv.id for lv in levels))
        for alias in {level_id, label.casefold()}:
            if owner.setdefault(alias, position) != position:  # "A,B,A" too (an outside review)
                raise UsageError(
                    f'--scale "{labels}": levels {owner[alias] + 1} and {position + 1} ("{names[owner[alias]]}" and '
                    f'"{label}") would both be called "{alias}"; give each level a name of its own'
                )
        levels.append(Level(level_id, label, position))
    return levels


def _clean(cell: str) -> str:
    """A cell's text: line breaks made `\\n`, spaces at the end of each line dropped, surrounding blank lines and
    spaces dropped (a cell holding only spaces is empty)."""
    lines = _LINE_BREAKS.sub("\n", cell).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _outcomes(cell: str) -> list[str]:
    """The outcomes of a cell, one per line. When some lines start with a bullet (or a number), a line without one
    continues the outcome above, joined to it by a space: a sentence broken by a manual line break (Word's
    Shift+Enter, Excel's Alt+Enter) inside one bullet."""
    lines = [line for line in cell.split("\n") if line.strip()]
    if not any(_BULLET.match(line) for line in lines):
        return [_name(line) for line in lines]
    outcomes: list[str] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet or not outcomes:
            outcomes.append(_name(line[bullet.end() :] if bullet else line))
        else:
            outcomes[-1] = f"{outcomes[-1]} {_name(line)}"
    return [o for o in outcomes if o]


def _closest(missing: str, headers: Sequence[tuple[int, str]]) -> tuple[int, str] | None:
    """The unread header a missing column was most likely meant to be."""
    by_name = {column_name(h): (where, h) for where, h in headers if h}
    close = difflib.get_close_matches(missing, list(by_name), n=1, cutoff=0.6)
    if close:
        return by_name[close[0]]
    named = [name for name in by_name if OTHER_NAMES.get(name) == missing]  # "Stage" for the section
    if len(named) == 1:
        return by_name[named[0]]
    worded = [name for name in by_name if any(OTHER_NAMES.get(word) == missing for word in name.split("_"))]
    if len(worded) == 1:  # "Theme title", "Stage name" (a new organisation's review)
        return by_name[worded[0]]
    containing = [name for name in by_name if missing in name]  # "Example of best practice"
    return by_name[containing[0]] if len(containing) == 1 else None


def _excerpt(text: str, found: re.Match[str]) -> str:
    """The word of a cell's text around what was found (the whole text, when short)."""
    if len(text) <= 60:
        return text
    start = max(text.rfind(" ", 0, max(found.start() - 20, 0)) + 1, 0)
    end = text.find(" ", found.end() + 20)
    return ("..." if start else "") + text[start : end if end > 0 else len(text)] + ("..." if end > 0 else "")


def _closest_name(header: str, names: Sequence[str]) -> str | None:
    close = difflib.get_close_matches(column_name(header), list(names), n=1, cutoff=0.75)
    return close[0] if close else None


def _named(section: _Section) -> str:
    """A section of the sheet as a message names it: its label, and its section_id where the row gives one (two of
    one label told apart: a false-positive review)."""
    return f'"{section.name}"' + (f" (section_id {section.id})" if section.id else "")


def _row_list(rows: Sequence[int]) -> str:
    return f"{rows[0]} to {rows[-1]}" if len(rows) > 2 else " and ".join(map(str, rows))


def import_sheet(
    sheet: Sheet, levels: Sequence[Level], framework_id: str, title: str, titled: bool = False
) -> tuple[Imported | None, Problems]:
    """The framework a sheet describes (None when it has errors), and the problems found in it; `titled`: the title
    was given."""
    imported = SheetReader(sheet, levels, framework_id, title, titled).read()
    return imported, sheet.problems
