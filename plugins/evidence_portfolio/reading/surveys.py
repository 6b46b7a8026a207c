"""Survey files: the CSV files that items' NPS measures read (`data`, `column`), and the answers counted in them.

A survey file is UTF-8 text (a byte-order mark is dropped), comma separated, with a header row naming the columns.
A first line `sep=;` (Excel's hint of the separator, which some exports write) is read as Excel reads it: it is no
row, and its character separates the cells of the rest of the file. Rows are numbered as a spreadsheet numbers them:
the header is row 1 (row 2 after a `sep=` line, so that a row is named at its own line of the file), and a blank line
is a row too. Each non-blank cell of the measure's column must be a whole number from 0 to 10: 9 and 10 are
promoters, 7 and 8 passives, 0 to 6 detractors; blank cells are skipped. Problems in the file are reported at
`CSVPATH:ROW`.
"""

from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from ..model.items import Answers, Item, Measure
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems, shortened
from ..model.urls import EMAIL_ADDRESS
from .file_contents import OLE_START, ZIP_START
from .pages import Page
from .settings import Settings
from .text import as_text_anyhow, decode
from .yaml_lines import pasted_character

if TYPE_CHECKING:
    from .workbook_rows import Sheet

ANSWER = lazy_pattern(r"[0-9]+\Z")
"""A whole number written in digits (spaces around it are trimmed first)."""
EXCEL_HINT = lazy_pattern(r"sep=(.)[^\S\n]*(?:\n|\Z)", re.IGNORECASE)
"""Excel's first line saying which character separates the cells (`sep=;`), spaces after it trimmed: Excel writes
it in some exports, and a file with it opens in Excel with its columns, whatever separator the computer's region
uses. (The byte-order mark before it is dropped and `\r\n` read as `\n` when the file is decoded.)"""
SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab", "|": "vertical bar"}
"""The characters a survey file's cells may be separated by, and their names in messages."""


@dataclass(frozen=True)
class Table:
    """A survey file read as rows: each row with its number (header = 1) and the line of the file it starts on."""

    header: tuple[str, ...]
    rows: tuple[tuple[int, int, tuple[str, ...]], ...]
    """(row number, line number, cells) of each row after the header."""
    problems: Problems = field(default_factory=Problems)
    """Problems of the whole file (it cannot be read, has no header): none of its columns can be counted."""
    whole: bool = True
    """False where the file could be read only up to a row (a quote never closed there): its rows before that one
    are checked, so that one run says every problem, but no column is counted."""
    first: int = 1
    """The header's row number: 2 after Excel's `sep=` line, which is line 1 of the file but no row."""
    separator: str = ","
    """The character that separates the cells: a comma, or the one a `sep=` line names."""
    sheet: str | None = None
    """The name of the workbook's sheet it is (a CSV file's: None; a sheet's may be "")."""
    hidden_rows: frozenset[int] = frozenset()
    """The numbers of the rows a workbook's sheet hides (Sheet.hidden_rows)."""


def read_table(raw: bytes, path: str, separator: str = ",") -> Table:
    """A survey file's rows, its cells separated by `separator` unless a `sep=` line says otherwise; `path` names it
    in problems."""
    problems = Problems()
    if raw.startswith(OLE_START):
        problems.add(
            "bad-survey",
            path,
            1,
            "this is a spreadsheet in Excel's older format (.xls), which is not read; open it in the spreadsheet and "
            "save it as CSV UTF-8 (comma delimited), or as an Excel Workbook (.xlsx)",
        )
        return Table((), (), problems)
    text = decode(raw, path, problems)
    if text is None:
        return Table((), (), problems)
    if "\x00" in text:
        problems.add(
            "bad-survey",
            path,
            text.count("\n", 0, text.index("\x00")) + 1,
            "the file holds NUL characters, so it is not CSV text; save it from the spreadsheet as CSV UTF-8",
        )
        return Table((), (), problems)
    hint = EXCEL_HINT.match(text)
    if hint is None and text[:4].lower() == "sep=":  # "sep=", "sep=,,": a hint, typed wrong (a fuzz run)
        shown = text.split("\n", 1)[0].strip()
        shown = shortened(shown)
        problems.add(
            "bad-survey",
            path,
            1,
            f'the first line, "{shown}", reads as Excel\'s hint of the character that separates the cells, but is '
            "not one: it is sep= and one character; write sep=, if the rows below separate their cells with commas, "
            "or sep=; if with semicolons, or delete the line",
        )
        return Table((), (), problems)
    separator, first = (hint.group(1), 2) if hint else (separator, 1)
    if separator not in SEPARATORS:
        problems.add("bad-survey", path, 1, _not_a_separator(separator))
        return Table((), (), problems)
    import csv  # here, as difflib below: only surveys need them, and `portfolio check` starts sooner without them

    body = text[hint.end() :] if hint else text
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator, strict=True)
    rows: list[tuple[int, int, tuple[str, ...]]] = []
    try:
        line = first
        for number, cells in enumerate(reader, first):
            rows.append((number, line, tuple(cells)))
            line = reader.line_num + first
    except csv.Error as exc:
        quote = 'a quote (") opened in this row is never closed; close it, or' if "end of data" in str(exc) else ""
        problems.add(
            "bad-survey",
            path,
            len(rows) + first,
            f"the file cannot be read as text separated by {SEPARATORS[separator]}s ({exc}); "
            f"{quote or 'correct this row, or'} save it from the spreadsheet as CSV UTF-8",
        )
        header = tuple(cell.strip() for cell in rows[0][2]) if rows else ()
        return Table(header, tuple(rows[1:]), problems, whole=False, first=first, separator=separator)
    header = tuple(cell.strip() for cell in rows[0][2]) if rows else ()
    if not any(header):
        after = "the row after its sep= line" if hint else "its first row"
        problems.add("bad-survey", path, first, f"the survey file has no header row; {after} must name the columns")
        return Table((), (), problems)
    return Table(header, tuple(rows[1:]), problems, first=first, separator=separator)


def _not_a_separator(character: str) -> str:
    """The message for a `sep=` line naming a character that separates no spreadsheet's cells (a letter, a digit, a
    quote mark): read with it, every row would be cut at that character, and every answer read wrong."""
    shown = "a space" if character.isspace() else f'"{character}"'
    return (
        f'the first line, "sep={character}", says that the cells are separated by {shown}, which is not a separator '
        "of cells; write sep=, if the rows below separate their cells with commas, or sep=; if with semicolons, or "
        "delete the line"
    )


def _spaced(header: str) -> str:
    """A column's header as it reads: its spaces as one plain space each, whatever was typed (a non-breaking space
    that a spreadsheet or a form export puts in a question looks the same as a space), and its quote marks and
    apostrophes straight (a form export writes "Riverside’s" where the item was typed "Riverside's"), and its dashes
    hyphens (a form writes "0–10" where the item was typed "0-10", which a message could not tell apart: a careless
    contributor's review)."""
    return " ".join(header.translate(_STRAIGHT).split())


_STRAIGHT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        **dict.fromkeys(("\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212"), "-"),
    }
)
"""Curly quote marks and apostrophes, as their straight ones; dashes and a minus sign, as hyphens."""


def _cut(cell: str) -> str:
    """A cell's text in quotes, as a message shows it: its first 40 characters."""
    return f'"{shortened(cell)}"'


def count_answers(table: Table, column: str, path: str, reader: str) -> tuple[Answers | None, Problems]:
    """The answers in `column` of a survey file read as `table` (without problems of its own), or None with the
    problems found. `reader` says who reads the column, for the messages ("for partner-nps by ...")."""
    problems = Problems()
    indexes = [index for index, name in enumerate(table.header) if _spaced(name) == _spaced(column)]
    if len(indexes) != 1:
        columns = ", ".join(str(i + 1) for i in indexes)
        problems.add(
            "bad-survey",
            path,
            table.first,
            f'column "{column}" appears {len(indexes)} times in the header row (columns {columns}); give each '
            "column a header of its own",
        )
        return None, problems
    index = indexes[0]
    named = max(place for place, name in enumerate(table.header) if name) + 1  # (not its empty cells after them)
    counts = [0, 0, 0]  # promoters, passives, detractors
    given: set[int] = set()
    hidden: list[int] = []  # rows answered that the workbook hides (a filter): counted, unseen (a review)
    ids = next((at for at, name in enumerate(table.header) if " ".join(_words(name)) in _RESPONDENT_IDS), -1)
    rows: dict[tuple[str, ...], int] = {}  # each row with a respondent's id, by its cells
    repeated: list[tuple[int, int]] = []  # (row, the earlier row it repeats)
    head, tail = _summary_ends(table.rows, index)
    people = _names_alone(table, index, head, tail)
    unreadable: list[tuple[int, str, str, str]] = []  # (row, where in the file, the answer, its hint): no numbers
    for number, line, cells in table.rows:
        cell = cells[index].strip() if index < len(cells) else ""
        where = f" (line {line} of the file)" if line != number else ""
        if cell and 0 <= ids < len(cells) and cells[ids].strip():
            # two downloads pasted together (a review: six respondents counted twice)
            earlier = rows.setdefault(tuple(text.strip() for text in cells), number)
            if earlier != number:
                repeated.append((number, earlier))
                continue
        summary = _summary_label(cells, index) if (number < head or number >= tail) and number not in people else ""
        if summary:  # a spreadsheet's "Total" row: counted, its figure was one more answer
            problems.add(
                "bad-answer",
                path,
                number,
                f'this row is a summary ("{summary}"), not an answer{where} (read {reader}); delete it: the score is '
                "worked out from the answers",
            )
            continue
        if any(extra.strip() for extra in cells[named:]):  # its cells out of place (a review: they were counted)
            problems.add(
                "bad-answer",
                path,
                number,
                f"this row has {len(cells)} cells, where the header row names {named} column{'s' if named != 1 else ''}"
                f"{where}, so "
                f'its answer to "{column}" may be out of place (read {reader}): {_cut_cell(table.separator)} is '
                "read as two; put such a cell in double quotes, or save the file from the spreadsheet as CSV UTF-8",
            )
            continue
        if not cell:
            continue
        if table.sheet is not None and cell[:1] == "=":  # (workbook_rows: a formula's, its result not kept)
            problems.add(
                "bad-answer",
                path,
                number,
                f'the answer to "{column}" is a formula, {_cut(cell)}, whose result the workbook does not keep (read '
                f"{reader}), as a program that writes workbooks may leave it: open the workbook in Excel and save it, "
                "or type the answer",
            )
            continue
        if ANSWER.match(cell) and len(cell.lstrip("0")) <= 2 and int(cell) <= 10:  # (int() of 4,301 digits raises)
            score = int(cell)
            if number in table.hidden_rows:
                hidden.append(number)
            counts[0 if score >= 9 else 1 if score >= 7 else 2] += 1
            given.add(score)
            continue
        # the header's own text again, "(0-10)" and all, at any row, is one too (a careless review, a fuzz run), and
        # Qualtrics' third row of headers ({"ImportId":"QID1"}: an outside review); not
        # a first respondent's "N/A" beside answers of figures (told to delete the row: a careless review)
        second_header = (_spaced(cell) == _spaced(column) or _IMPORT_ID.match(cell) is not None) or (
            number == table.first + 1
            and not any(character.isdigit() for character in cell)
            and cell.lower() not in _NO_ANSWER
            and not any(other.strip().isdigit() for other in cells)
        )
        shown = _cut(cell)
        labelled = _LABELLED.match(cell)
        hint = (
            "this row seems to be a second row of headers, as some survey tools export: delete the row"
            if second_header
            else f"it is the answer with its label: write the number alone, {int(labelled.group(1))}, or export "
            'the answers again as numbers (SurveyMonkey: "Numerical value"; Qualtrics: "Use numeric values")'
            if labelled is not None and int(labelled.group(1)) <= 10
            else _written_otherwise(cell) or _CORRECT
        )
        unreadable.append((number, where, shown, hint))
        problems.add(
            "bad-answer",
            path,
            number,
            f'{shown} is not a whole number from 0 to 10{where} (column "{column}", read {reader}); {hint}',
        )
    if repeated:
        again, first = (_listed([pair[at] for pair in repeated]) for at in (0, 1))
        many = len(repeated) > 1
        problems.add(
            "bad-answer",
            path,
            repeated[0][0],
            f"row{'s' if many else ''} {again} repeat{'' if many else 's'} row{'s' if many else ''} {first} cell for "
            f"cell, its {table.header[ids]} included, as when two downloads of the answers are pasted together, so "
            f"{'those respondents' if many else 'that respondent'} would count twice (read {reader}); delete the "
            "repeated rows",
        )
    if hidden:
        listed = _listed(hidden)
        problems.add(
            "bad-answer",
            path,
            hidden[0],
            f"the workbook hides row{'s' if len(hidden) > 1 else ''} {listed} (by a filter, or Hide), whose answers "
            f'to "{column}" would count all the same (read {reader}); unhide {"them" if len(hidden) > 1 else "it"}, '
            "and delete the rows that are no answers (tests, duplicates)",
        )
    if len(unreadable) >= _FEW and not sum(counts):  # not one answer: the wrong column, or each written alike
        problems = _told_once(problems, unreadable, path, column, reader)
    if problems:
        return None, problems
    if not sum(counts):
        problems.add(
            "bad-survey",
            path,
            table.first,
            f'column "{column}" has no answers (read {reader}); a Net Promoter Score needs one',
        )
        return None, problems
    answered = sum(counts)
    asked = " ".join(_words(column))
    of_ten = "recommend" in asked or re.search(r"\b0 (?:10|to 10)\b", asked) is not None  # the question, asked so
    grouped = _words(column)[-1:] == ["group"]  # (Qualtrics' "... recommend us? - Group" asks the question too)
    if (given == {1, 2, 3} and answered >= _FEW and not of_ten) or (given <= {1, 2, 3} and grouped):
        problems.add(
            "nps-scale",
            path,
            table.first,
            f'every one of the {answered} answers in column "{column}" is 1, 2 or 3 (read {reader}), as in a '
            'column of NPS groups (Qualtrics\' "- Group": 1 a detractor, 2 a passive, 3 a promoter), so every one '
            "counts as a detractor; a Net Promoter Score is made from the answers of 0 to 10 to the question "
            "itself: name its column",
        )
    elif answered >= _FEW and len(given) >= 3 and min(given) >= 1 and max(given) <= 5 and not of_ten:
        problems.add(
            "nps-scale",
            path,
            table.first,
            f'every one of the {answered} answers in column "{column}" is 5 or less (read {reader}), as the '
            "answers to a question of 1 to 5 are, so every one counts as a detractor; a Net Promoter Score is made "
            'from a question of 0 to 10 ("How likely are you to recommend us?"): check that this is its column',
        )
    return Answers(*counts), problems


_LABELLED = lazy_pattern(r"([0-9]{1,2})\s*(?:[-\u2013\u2014:=]|\()\s*[^\W\d_]")
"""An answer written with the label of its point of the scale, as a survey tool exports the text of the choice:
"10 - Extremely likely", "0 (Not at all likely)", "10: Extremely likely" (a careless user's review: a SurveyMonkey
export of "actual answer text" was told to be "corrected", row by row)."""
_FEW = 10
"""The fewest answers that are said to be a question of 1 to 5: all from 1 to 5, three of them at least (a few low
scores, or a survey of detractors alone, may be true)."""
_OUT_OF_TEN = lazy_pattern(r"([0-9]{1,2})\s*/\s*10\Z")
"""An answer written as a mark out of ten ("9/10")."""
_PERCENT = lazy_pattern(r"-?[0-9]+(?:[.,][0-9]+)?\s*%\Z")
"""An answer written as a percentage ("90%"), or shown as one by a workbook's format."""
_POINT_NOUGHT = lazy_pattern(r"([0-9]{1,2})[.,]0+\Z")
"""A whole number written with a decimal point or comma ("8,0", as European Excel writes one)."""


def _told_once(
    problems: Problems, unreadable: list[tuple[int, str, str, str]], path: str, column: str, reader: str
) -> Problems:
    """The problems, with those of answers that are no number told once, at the first of them, where not one answer
    of the column is (a fuzz of surveys: a column of job titles named by mistake, or 20,000 answers exported as
    "9.0", was told row by row, each to be corrected): how many, the first few, and the first one's own hint."""
    rows = {row for row, _, _, _ in unreadable}
    first = next(problem for problem in problems if problem.path == path and problem.line in rows)
    kept = Problems()
    for problem in problems:
        if problem is first or problem.path != path or problem.line not in rows:
            kept.append(problem)
    row, where, _, hint = unreadable[0]
    examples = ", ".join(list(dict.fromkeys(shown for _, _, shown, _ in unreadable))[:3])
    kept[kept.index(first)] = dataclasses.replace(
        first,
        message=f'none of the {len(unreadable)} answers in column "{column}" is a whole number from 0 to 10, such as '
        f"{examples} (read {reader}): "
        + (
            "check that it is the column of the answers to the question of 0 to 10"
            if hint == _CORRECT
            else f"the first, on row {row}{where}: {hint}"
        ),
    )
    return kept


_CORRECT = "correct the answer, or leave the cell empty"


def _written_otherwise(cell: str) -> str | None:
    """How to write an answer that means a whole number from 0 to 10 but is written otherwise (an outside review:
    each was told only to "correct the answer"), or None."""
    pasted = pasted_character(cell)
    if pasted is not None:
        rest = "".join(character for character in cell if pasted_character(character) is None).strip()
        meant = f": write {rest} alone" if ANSWER.match(rest) and int(rest) <= 10 else ""
        return f"it holds an invisible character ({pasted}), usually pasted from a web page or a chat{meant}"
    folded = unicodedata.normalize("NFKC", cell).strip()
    if folded != cell and ANSWER.match(folded) and int(folded) <= 10:
        return f"it is written in full-width digits, as Chinese and Japanese keyboards type them: write {int(folded)}"
    if _PERCENT.match(folded):
        return (
            "it is a percentage, where each answer is a whole number from 0 to 10, as the respondent gave it (a "
            "spreadsheet's column formatted as percentages shows 1 as 100%): write the answers as numbers, or format "
            "the column as Number"
        )
    for pattern, how in ((_OUT_OF_TEN, "a mark out of ten"), (_POINT_NOUGHT, "a whole number with a decimal part")):
        found = pattern.match(folded)
        if found and int(found[1]) <= 10:
            return f"it is {how}: write the number alone, {int(found[1])}"
    return None


_NO_ANSWER = frozenset(("n/a", "na", "-", "don't know", "dont know", "prefer not to say", "not applicable", "none"))
"""What a respondent writes for no answer."""
_IMPORT_ID = lazy_pattern(r'\{\s*"ImportId"\s*:', re.IGNORECASE)
"""A cell of Qualtrics' third row of headers (`{"ImportId":"QID1"}`)."""
_RESPONDENT_IDS = frozenset(
    ("id", "respondent id", "respondentid", "response id", "responseid", "submission id", "response number")
)
"""The headers survey tools give the column of each response's own id (SurveyMonkey's, Qualtrics', Microsoft
Forms', JotForm's), by their words in small letters: a row the same as an earlier one, cell for cell, its id
included, is one respondent's answers downloaded twice (two forms' downloads may each number theirs from 1)."""


def personal_data(table: Table, survey: bool) -> tuple[int, str, str] | None:
    """Where a survey file holds personal data, and what: the header row of the first column named for it (an email
    address, a name, a phone number...) that holds a value other than "anonymous" (Microsoft Forms' anonymous
    export), else the first row holding a person's email address in any cell (a name's, jane.bloggs@, or one at a
    mail service people have at home, gmail.com; not an organisation's, secretary@club.org); and what to delete.
    None where it holds none seen. In a file that is not a `survey` file, the columns are looked at only where it is
    a form's export (a column of the time each answer came in), and the cells for a name's address at a home mail
    service alone: a list of clubs or of sites, with their names, addresses and emails, is no one's personal data (a
    hostile review: each failed every build; a third found a form's export with its column in Welsh, and a register
    of names and home addresses, published), and those only in a list of people (a column of their names)."""
    columns = {" ".join(_words(name)) for name in table.header}
    form = survey or bool(_FORM_COLUMNS & columns) or columns >= _MICROSOFT_FORMS
    people = form or bool(columns & _PEOPLE)
    held: list[tuple[str, int]] = []  # each such column, with the row of its first value (all told at once: a review)
    for index, name in enumerate(table.header if form else ()):
        words = [word for word in _words(name) if word not in _ABOUT_THE_RESPONDENT]
        if " ".join(word for word in words if not re.fullmatch(r"q?[0-9]+", word)) in _PERSONAL:
            row = next(
                (number for number, _, cells in table.rows if index < len(cells) and _identifies(cells[index])), None
            )
            if row is not None:
                held.append((name.strip(), row))
    if len(held) == 1:
        return table.first, f'column "{held[0][0]}" holds personal data (a value on row {held[0][1]})', "the column"
    if held:
        listed = ", ".join(f'"{name}"' for name, _ in held[:-1]) + f' and "{held[-1][0]}"'
        rows = sorted({row for _, row in held})
        on = f"row {rows[0]}" if len(rows) == 1 else f"rows {', '.join(map(str, rows[:-1]))} and {rows[-1]}"
        return table.first, f"columns {listed} hold personal data (values on {on})", "those columns"
    for number, _, cells in table.rows:
        for column, found in (
            (column, found)
            for column, cell in enumerate(cells)
            if "@" in cell
            for found in EMAIL_ADDRESS.finditer(cell)
        ):
            named = _NAMED_ADDRESS.fullmatch(found[1]) is not None  # jane.bloggs@, not secretary@ nor club@
            home = found[2].lower().split(".")[0] in _HOME_MAIL
            personal = (named or home) if form else (named and home and people)
            parts = re.split(r"[._-]", found[1].lower())
            if personal and not _ROLE_WORDS.issuperset(parts) and _TEAM_WORDS.isdisjoint(parts):
                header = table.header[column] if column < len(table.header) else ""
                where = f'in column "{header}", ' if header else ""
                return number, f"this row holds a person's email address ({where}@{found[2]})", "the address"
    return None


_SEPARATED = {"csv": ",", "tsv": "\t"}
"""The files of text looked through for personal data, by their names' ends, with the character that separates
their cells."""
_WORKBOOKS = frozenset(("xlsx", "xlsm"))
"""Excel's workbooks looked through for personal data, by their names' ends (any zip is read as one)."""


_ZIP = "zip"
"""A zip, looked through for the tables it holds (_SEPARATED's and _WORKBOOKS')."""
_MOST_ZIPPED = 10_000
"""The most members of a zip looked at: past them, its tables are taken as unread."""
_MOST_UNPACKED = 16_000_000
"""The most a zip's tables are unpacked to, in all (a zip of 180 KB holding three registers of 30 MB made each check
take 42 s, and one of 80 CSV files of 1 MB, 7 s: reviews of the change); past it, its tables are taken as unread."""


def _tables_of(raw: bytes, suffix: str, path: str) -> list[tuple[str, Table]] | None:
    """The tables of a file (its bytes, and how its name ends) looked through for personal data, each with the words
    naming its sheet ("" for a file's one): a workbook's sheets (any zip is read as one), a CSV file's or
    tab-separated text's one table, read as a program opening it would show it (UTF-16, or Windows' own encoding: a
    review found both published unread); None for a workbook that cannot be read."""
    if raw.startswith(ZIP_START):  # an Excel workbook, whatever its name ends with
        from .workbook_rows import workbook_sheets  # (here: zip and XML are needed for a workbook alone)

        sheets = workbook_sheets(raw)
        if sheets is None:
            return None
        shared = {id(sheet.rows): sheet for sheet in sheets if sheet.rows}  # (sheets of one file: one look)
        return [(f'on sheet "{sheet.name}", ', _sheet_table(sheet)) for sheet in shared.values()]
    if suffix in _WORKBOOKS:  # (named as a workbook, and none: no table to look through)
        return []
    table = read_table(raw, path, _SEPARATED[suffix])
    if any(problem.code == "not-utf8" for problem in table.problems):
        table = read_table(as_text_anyhow(raw).encode("utf-8"), path, _SEPARATED[suffix])
    return [("", table)]


def _held_personal_data(
    tables: Sequence[tuple[str, Table]], path: str, published_with: str, problems: Problems, survey: bool, member: str
) -> bool:
    """Whether one of `tables` holds personal data, said at `path`, the file published with the public page
    `published_with` (a zip's `member`, at the zip's first line, told where in the member)."""
    for sheet, table in tables:
        held = personal_data(table, survey)
        if held is None:
            continue
        where, delete = (
            (
                f'"{member}" in this zip, at its line {held[0]}: ',
                f'delete {held[2]} from "{member}" and make the zip again',
            )
            if member
            else ("", f"delete {held[2]} from the file")
        )
        problems.add(
            "personal-data",
            path,
            1 if member else held[0],
            f"{where}{sheet}{held[1]}, and this {'zip' if member else 'file'} is published to everyone with "
            f"{published_with}, which is public; {delete}{' (a score needs only the answers)' if survey else ''}: "
            "personal data goes in no item, whatever its visibility (CONTRIBUTING.md, under Visibility)",
            also=[published_with],
        )
        return True
    return False


def _unread(path: str, published_with: str, problems: Problems, member: str = "", why: str = "") -> None:
    """A table published to everyone with the public page `published_with` that cannot be looked through for personal
    data: a workbook at `path`, or a zip's `member` (`why` it cannot be read), said rather than published unread (a
    hostile review)."""
    problems.add(
        "unread-workbook",
        path,
        1,
        (
            f'"{member}" in this zip is published to everyone with {published_with}, which is public, and cannot be '
            f"read to look for the respondents' names and addresses ({why}); attach the table itself, where it is "
            "looked through, or make the page accreditor or internal"
            if member
            else f"this workbook is published to everyone with {published_with}, which is public, and cannot be read "
            "to look for the respondents' names and addresses (it is damaged, in another format, or too large); save "
            "it from the spreadsheet as CSV UTF-8 and attach that, or make the page accreditor or internal"
        ),
        also=[published_with],
    )


def _zipped_tables(raw: bytes) -> Iterator[tuple[str, list[tuple[str, Table]] | str]]:
    """Each table a zip holds (a member named as a CSV file, tab-separated text or a workbook, not in another zip, nor
    one the system leaves beside the files zipped): its name in the zip, and its tables (as _tables_of reads them),
    or why it cannot be read (locked by a password, damaged, past _MOST_UNPACKED or the zip's first _MOST_ZIPPED
    members). A zip that cannot be read at all holds none looked for: it is no zip (a file named so by mistake)."""
    import zipfile  # (here: only a public page's zip is looked through)

    from .zip_members import ENCRYPTED, UNREADABLE, made_by_the_system

    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (OSError, *UNREADABLE):
        return
    left, said = _MOST_UNPACKED, False
    with archive:
        for number, member in enumerate(archive.infolist()):
            suffix = member.filename.lower().rpartition(".")[2]
            if member.is_dir() or suffix not in (*_SEPARATED, *_WORKBOOKS) or made_by_the_system(member.filename):
                continue
            if member.flag_bits & ENCRYPTED:
                yield member.filename, "it is locked by a password"
                continue
            if number >= _MOST_ZIPPED:
                yield member.filename, f"the zip holds more than {_MOST_ZIPPED:,} files"
                return
            if member.file_size > left:  # (said once, of the first, and the smaller after it read: reviews of the
                # change, the first of every table past it told alike, the second of one of names after it unread)
                if not said:
                    yield (
                        member.filename,
                        (f"it and the zip's other tables are more than {_MOST_UNPACKED // 1_000_000} MB unpacked"),
                    )
                said = True
                continue
            left -= member.file_size
            try:
                data = archive.read(member)
            except (OSError, *UNREADABLE):
                yield member.filename, "it is damaged, or packed in a way that is not read"
                continue
            tables = _tables_of(data, suffix, member.filename)
            yield member.filename, "it is a damaged workbook" if tables is None else tables


def workbook_tables(raw: bytes, path: str) -> tuple[Table, ...]:
    """A workbook's sheets that hold a cell, as survey files' tables, their rows numbered as the spreadsheet numbers
    them (one table of its problems where it has none)."""
    from .workbook_rows import workbook_sheets  # (here: zip and XML are needed for a workbook alone)

    problems = Problems()
    sheets = workbook_sheets(raw)
    tables = tuple(table for sheet in sheets or () if not sheet.hidden and (table := _sheet_table(sheet)).header)
    if sheets is None:
        problems.add(
            "bad-survey",
            path,
            1,
            "this workbook cannot be read (it is damaged, in a format Excel's own files are not in, or too large); "
            "open it in the spreadsheet and save it as CSV UTF-8 (comma delimited)",
        )
    elif not tables:
        problems.add("bad-survey", path, 1, "the workbook holds no cell; its first row must name the columns")
    return tables or (Table((), (), problems, sheet=""),)  # (a workbook's, whose sheets are looked through otherwise)


def _sheet_table(sheet: Sheet) -> Table:
    """A workbook's sheet as a table: its first row that holds a cell is the header."""
    held = [(number, cells) for number, cells in sheet.rows if any(cell.strip() for cell in cells)]
    if not held:  # (rows of no text: a blank row made taller or coloured, as Excel writes one)
        return Table((), ())
    (first, header), *rows = held
    header_cells = tuple(cell.strip() for cell in header)
    return Table(
        header_cells,
        tuple((n, n, cells) for n, cells in rows),
        first=first,
        sheet=sheet.name,
        hidden_rows=sheet.hidden_rows,
    )


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", name.lower())


_FORM_COLUMNS = frozenset(
    (
        *("timestamp", "response id", "respondent id", "collector id", "network id"),
        *("stamp amser", "marca temporal", "horodateur", "zeitstempel", "tijdstempel", "carimbo de data hora"),
    )
)
"""The columns a form's export starts with (Google Forms' Timestamp, in its languages too; SurveyMonkey's Respondent
ID; Typeform's Network ID): not a date a register of bids was submitted on (a review of valid portfolios)."""
_MICROSOFT_FORMS = frozenset(("start time", "completion time"))
"""Microsoft Forms' columns, both: a timetable or a rota has a start time too (a review of valid portfolios: its
sessions' names were taken for people's)."""
_PEOPLE = frozenset(
    (
        *("full name", "first name", "surname", "forename", "last name", "participant", "participant name"),
        *("attendee", "attendee name", "member name", "player name", "volunteer name", "learner name"),
        *("pupil name", "student name", "person", "contact name"),
    )
)
"""The columns of a list of people, by their names (not "Name", "Members" or "Coach", which a list of clubs or a
timetable has too): outside a form's export, a name's address at a home mail service is a person's only in such a
list (a club's own, ashbyvale.netball@gmail.com, in a list of clubs, is no one's: two reviews of valid portfolios)."""
_TEAM_WORDS = frozenset(
    (
        *("hub", "team", "info", "enquiries", "enquiry", "admin", "office", "bookings", "reception", "referral"),
        *("referrals", "noreply", "helpdesk", "mailbox", "ymholiadau", "gwybodaeth", "swyddfa"),
    )
)
"""Words of an organisation's address that no one's name holds: an address with one is a team's, whatever its other
words (ners.hub@, a team of a scheme named by its letters: a review of valid portfolios)."""
_ROLE_WORDS = frozenset(
    (
        *_TEAM_WORDS,
        *("hello", "contact", "booking", "membership", "support", "sales", "mail", "general", "help", "events"),
        *("marketing", "no", "reply", "sport", "sports", "development", "leisure", "services", "service", "safety"),
        *("club", "secretary", "chair", "treasurer", "partnerships", "partnership", "swim", "swimming", "coaching"),
        *("welfare", "safeguarding", "volunteers", "volunteering", "programmes", "projects", "facilities", "centre"),
        *("center", "communications", "comms", "media", "press", "finance", "accounts", "hr", "schools", "youth"),
        *("community", "active", "health", "wellbeing", "learn", "learning", "lessons", "courses", "customer"),
        *("customers", "feedback", "post", "nofio", "chwaraeon", "dysgu", "hamdden", "water", "exercise"),
        *("physical", "activity", "fitness", "gym", "pool", "clinic", "admissions", "operations", "programme"),
        *("project", "network", "forum", "desk"),
    )
)
"""Words of the part before the @ of an organisation's addresses (info@club.org, sports.development@council.gov.uk,
dysgu.nofio@ in Welsh), which are no one's personal data where every word of it is one (a review of valid
portfolios: a dotted role's address was taken for a person's names; a review of that change: emily.post@ is a
person's)."""


def _identifies(cell: str) -> bool:
    """Whether a cell of a column for the respondent's details holds one: not a refusal to give it."""
    return bool(cell.strip()) and cell.strip().lower() not in _NO_ANSWER | {"anonymous", "anon", "no", "not given"}


_PERSONAL = frozenset(
    (
        *("email", "email address", "e mail", "e mail address", "name", "surname", "forename"),
        *("phone", "phone number", "phone no", "telephone", "telephone number", "tel", "mobile", "mobile number"),
        *("mobile no", "postcode", "post code", "zip code", "address", "home address", "date birth", "dob"),
        *("ip address", "contact name", "contact number", "contact email", "contact email address", "contact phone"),
        "contact details",
    )
)
"""Columns survey tools export about the respondent (their words in small letters, without marks and without the
words _ABOUT_THE_RESPONDENT: "Your name (optional)", "Q1. Contact name", "Date of birth")."""
_ABOUT_THE_RESPONDENT = frozenset(
    (
        *("your", "optional", "please", "enter", "the", "of", "respondent", "respondents", "participant"),
        *("participants", "full", "first", "last", "given", "family", "preferred", "s"),
    )
)
"""Words around a column's name for the respondent's own details."""
_NAMED_ADDRESS = lazy_pattern(r"[a-z]+[._-][a-z]+[0-9]*", re.IGNORECASE)
"""The part before the @ of an address made of a person's names (jane.bloggs, j_bloggs)."""
_HOME_MAIL = frozenset(
    (
        *("gmail", "googlemail", "hotmail", "outlook", "live", "msn", "yahoo", "ymail", "icloud", "me", "mac"),
        *("aol", "btinternet", "sky", "virginmedia", "talktalk", "protonmail", "proton", "gmx"),
    )
)
"""The mail services people have at home, by the first part of their domain (gmail.com, hotmail.co.uk)."""


def _cut_cell(separator: str) -> str:
    """A cell that a separator typed in it, without quotes, cuts in two, as the message of a row of too many cells
    says it: the file's own separator (a `sep=;` line's semicolon), since a comma is then no separator."""
    example = f' ("Ward 5{separator} Ashby")' if separator != "\t" else ""
    return f"a cell with a {SEPARATORS[separator]} in it and no quotes{example}"


_SUMMARY_ROWS = frozenset(
    (
        *("total", "totals", "grand total", "sum", "average", "mean", "median", "mode", "count", "nps"),
        *("net promoter score", "max", "min", "maximum", "minimum", "range", "highest", "lowest", "promoters"),
        *("passives", "detractors", "responses", "std dev", "stdev", "sd", "standard deviation"),
        # and Welsh: total, average, mean, median, mode, highest, lowest, average score
        *("cyfanswm", "cyfartaledd", "cymedr", "canolrif", "modd", "uchafswm", "isafswm", "sgôr cyfartalog"),
    )
)
"""What a cell of a row of figures worked out from the answers says, rather than an answer's."""
_SUMMARY_WORDS = frozenset(
    (
        *("total", "totals", "sum", "average", "averages", "avg", "mean", "means", "median", "mode", "count"),
        *("overall", "cyfartaledd", "cymedr"),
    )
)
_OF_ANSWERS = frozenset(
    (
        *("score", "scores", "rating", "ratings", "answer", "answers", "response", "responses", "nps", "value"),
        *("values", "out", "of", "to", "10", "0", "average", "mean", "median", "total", "sgôr", "sgor"),
    )
)
"""A summary row's label may be a word of the first set and words of the second ("Average score", "Overall
average", "Mean score out of 10": a review found such rows counted as one more answer)."""
_FIRST_WORDS = frozenset((*_SUMMARY_WORDS, *(row.split()[0] for row in _SUMMARY_ROWS)))
"""The first word of every label of a summary row."""


def _listed(rows: list[int]) -> str:
    """Rows' numbers, the first five of them."""
    return ", ".join(map(str, rows[:5])) + (", ..." if len(rows) > 5 else "")


def _summary_ends(rows: tuple[tuple[int, int, tuple[str, ...]], ...], index: int) -> tuple[int, int]:
    """The numbers of the first row after the table's first rows, and of the first of its last rows, that are all
    summary rows or without an answer: where a summary's rows may be, above the answers or below them (a
    respondent's "Average" on a paper form, typed in among other answers, is no label: a review)."""

    def answered(cells: tuple[str, ...]) -> bool:
        return bool(cells[index].strip() if index < len(cells) else "") and not _summary_label(cells, index)

    head = next((number for number, _, cells in rows if answered(cells)), rows[-1][0] + 1 if rows else 0)
    tail = next((number + 1 for number, _, cells in reversed(rows) if answered(cells)), head)
    return head, tail


_NAMES = frozenset(("max", "min"))
"""Labels of a summary's rows that are people's first names too: a respondent Max on the last row, under the
header "Name", was told to be deleted as a summary (a careless user's review)."""


def _names_alone(table: Table, index: int, head: int, tail: int) -> set[int]:
    """The rows above the answers, or below them, whose labels are all such names ("Max", "Min"), with no "Total"
    or "Average" beside them, each in a column named for names ("Name", "First name"): respondents, whose answers
    count."""
    alone: set[int] = set()
    for block in ([row for row in table.rows if row[0] < head], [row for row in table.rows if row[0] >= tail]):
        labelled = {number: cells for number, _, cells in block if _summary_label(cells, index)}
        if labelled and all(_a_name(table.header, cells, index) for cells in labelled.values()):
            alone.update(labelled)
    return alone


def _a_name(header: tuple[str, ...], cells: tuple[str, ...], index: int) -> bool:
    """Whether a row's label is such a name, in a column whose header is a name's."""
    at = next(at for at, cell in enumerate(cells) if at != index and cell.strip())
    named = "name" in _words(header[at]) if at < len(header) else False
    return named and cells[at].strip().lower().rstrip(":.") in _NAMES


def _summary_label(cells: list[str] | tuple[str, ...], index: int) -> str:
    """The label of a row of figures worked out from the answers ("Total", "Total:", "Avg", "Average score", "Mean
    (0-10)"), or "": its first cell that is not empty, but for the answers' own, with no words in the others, only
    figures (a careless contributor's review: all but "Total" in the first cell were counted as one more answer;
    a hostile one: a respondent's comment "Average" is no label)."""
    others = [cell.strip() for at, cell in enumerate(cells) if at != index and cell.strip()]
    if not others or not _is_summary(others[0]):
        return ""
    return others[0] if all(_FIGURE.fullmatch(cell) for cell in others[1:]) else ""


_FIGURE = lazy_pattern(r"[-+]?\d[\d.,]*%?")
"""A figure of a summary row, beside its label."""


def _is_summary(cell: str) -> bool:
    """Whether a cell (stripped, not empty) reads as a summary row's label."""
    first = cell.split(None, 1)[0].rstrip(":.").lower()
    if first not in _FIRST_WORDS:  # most cells are told apart here
        return False
    words = re.sub(r"\([^)]*\)", " ", cell).replace(":", " ").replace(".", " ").lower().split()
    label = " ".join(words)
    if label in _SUMMARY_ROWS:
        return True
    return bool(words) and words[0] in _SUMMARY_WORDS and all(word in _OF_ANSWERS for word in words[1:])


def missing_column(table: Table, column: str) -> str:
    """The end of the message for a column the header does not have: the closest header, and every header."""
    names = [name for name in table.header if name]
    marks = [mark for mark in (",", ";", "\t") if mark != table.separator]
    mark = next((mark for mark in marks if len(names) == 1 and mark in names[0]), "")
    if mark:  # its whole header row is one name: neither a name meant nor the row itself says more than this
        return _separated_otherwise(table, mark)
    # a question with a comma, in a file of semicolons (a review), compared without spaces (a cell's are stripped);
    # its rows cut by the other mark as its header is (not a header holding one: a review)
    rejoined = table.separator.join(table.header).replace(" ", "")
    wanted = _spaced(column).replace(" ", "")
    mark = next(
        (
            m
            for m in marks
            if wanted in {_spaced(part.strip('"')) for part in rejoined.split(m)}
            and all(table.separator.join(cells).count(m) == rejoined.count(m) for _, _, cells in table.rows[:5])
        ),
        "",
    )
    if mark:
        return _separated_otherwise(table, mark, whole=False)
    lower = next((row for row, _, cells in table.rows[:20] if _spaced(column) in map(_spaced, cells)), None)
    below = next((cells for row, _, cells in table.rows[:21] if lower is not None and row == lower + 1), ())
    if lower is not None and any(_IMPORT_ID.match(cell) for cell in below):
        # Qualtrics' three rows of headers: told to delete the rows above, then the third (a survey review)
        return (
            f"; it is in row {lower} of a Qualtrics export, whose first three rows are headers: delete the row of "
            f'short names above it and the row of import ids ({{"ImportId": ...}}) below it, so that the file starts '
            "with the row of questions"
        )
    if lower is not None:  # a title and blank rows above the header, as Excel's reports have (a careless review)
        return (
            f"; it is in row {lower}, below rows that are no header (a title, blank rows): delete the rows above it, "
            "so that the file starts with its header row"
        )
    letter = _column_letter(column, table.header)
    if letter:  # "C", as the spreadsheet heads its columns (a careless user's review: told its columns alone)
        return letter
    import difflib

    close = difflib.get_close_matches(column.lower(), [name.lower() for name in names], n=1, cutoff=0.6)
    hint = next((f' (did you mean "{name}"?)' for name in names if close and name.lower() == close[0]), "")
    listed = ", ".join(f'"{name}"' for name in names[:20]) + (", ..." if len(names) > 20 else "")
    return f"{hint}; its columns are: {listed}"


def _column_letter(column: str, header: tuple[str, ...]) -> str:
    """The end of the message for a column named by its letter, as a spreadsheet heads it ("C"), where the header
    row has a name in that column: the name to write; else ""."""
    letters = column.strip()
    if not re.fullmatch(r"[A-Z]{1,2}", letters):
        return ""
    at = 0
    for letter in letters:
        at = at * 26 + ord(letter) - ord("A") + 1
    if at > len(header) or not header[at - 1]:
        return ""
    return (
        f'; "{letters}" reads as the spreadsheet\'s letter of a column, but a column is named by its header (the '
        f'text in the survey\'s first row): column {letters} is "{header[at - 1]}", so write that (in quotes if it '
        "holds a colon)"
    )


def _separated_otherwise(table: Table, mark: str, whole: bool = True) -> str:
    """The end of the message for a header row read as one name (`whole`; else cut where its names hold the
    separator), as it holds `mark` where another character separates the cells: a comma (the file was saved with
    semicolons or tabs), or the one its `sep=` line names (that line says another separator than its rows use)."""
    seems = f": the file seems to be separated by {SEPARATORS[mark]}s, not {SEPARATORS[table.separator]}s"
    read = "is read as one column's name" if whole else f"is cut at its {SEPARATORS[table.separator]}s"
    hint = "sep=" + (mark if mark != "\t" else " followed by a tab")
    if table.first == 1:  # (the line Excel reads too, told as the other way: a careless user's review)
        return (
            f"{seems}, so its whole first row {read}; save it as CSV UTF-8 (comma delimited), or add {hint} as its "
            "first line"
        )
    said = "sep=" + (table.separator if table.separator != "\t" else " followed by a tab")
    return f"{seems} as its first line ({said}) says, so its whole header row {read}; correct that line to {hint}"


class SurveyReader:
    """Reads the survey files of a project's items once each, and gives each NPS measure its answers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tables: dict[str, Table] = {}
        self.reported: set[str] = set()
        self.said: set[tuple[str, str, int, str]] = set()
        """The problems of answers said: two measures of one item reading one column (its name written with other
        quotes) said each of them twice, word for word (an outside review)."""
        self.personal: set[str] = set()
        """The CSV files public pages publish, looked through for personal data, once each."""
        self.sheets: dict[str, tuple[Table, ...]] = {}
        """The tables of each survey file: a workbook's sheets, the first of them its table."""
        self.counted: dict[tuple[str, str, str], tuple[str, object]] = {}
        """The item (its path and date) that first counted each column of a survey file for a metric (the file's path
        under evidence/, the column as compared, the metric)."""

    def table(self, src_uri: str, problems: Problems) -> Table:
        """The survey file at `src_uri` (under evidence/); its problems are added once, by the first reader."""
        if src_uri not in self.tables:
            path = self.settings.display_uri(src_uri)
            try:
                raw = (self.settings.docs_dir / src_uri).read_bytes()
            except OSError as exc:
                failed = Problems()
                failed.add("unreadable", path, 1, f"the file cannot be read ({exc.strerror}); check its permissions")
                self.tables[src_uri] = Table((), (), failed)
            else:
                # a workbook, as Microsoft Forms downloads its answers (a review of valid portfolios), or text
                sheets = workbook_tables(raw, path) if raw.startswith(ZIP_START) else (read_table(raw, path),)
                self.tables[src_uri], self.sheets[src_uri] = sheets[0], sheets
        table = self.tables[src_uri]
        if src_uri not in self.reported:
            self.reported.add(src_uri)
            problems.extend(table.problems)
        return table

    def count(self, page: Page, problems: Problems) -> tuple[Page, bool]:
        """The page with its item's NPS measures counted from their survey files; False when one cannot be (the
        problems say why)."""
        item = page.item
        if item is None or not any(m.data_path for m in item.measures):
            return page, True
        counted: list[Measure] = []
        ok = True
        for measure in item.measures:
            if measure.data_path is None or measure.column is None:
                counted.append(measure)
                continue
            answers = self.answers(item, measure, problems)
            ok = ok and answers is not None
            counted.append(dataclasses.replace(measure, answers=answers))
        values = MappingProxyType({**item.values, "measures": tuple(counted)})
        return dataclasses.replace(page, item=dataclasses.replace(item, values=values)), ok

    def look_for_personal_data(
        self, src_uri: str, published_with: str, problems: Problems, survey: bool = False
    ) -> None:
        """A table published to everyone with the public page `published_with` (its survey file, a CSV file, a text
        file of tab-separated cells or an Excel workbook it attaches or links to) looked through, once, for the
        respondents' names and addresses (a review: the raw export, attached, was published)."""
        suffix = src_uri.lower().rpartition(".")[2]
        if src_uri in self.personal or suffix not in (*_SEPARATED, *_WORKBOOKS, _ZIP):
            return
        self.personal.add(src_uri)
        path = self.settings.display_uri(src_uri)
        try:
            cached = self.tables.get(src_uri)  # a survey file read as CSV; a workbook's sheets are all looked through
            read = cached is not None and cached.sheet is None and suffix not in _WORKBOOKS
            raw = b"" if read else (self.settings.docs_dir / src_uri).read_bytes()
        except OSError:
            return
        if suffix == _ZIP:  # its tables (a club's registers zipped to be sent: a review of valid portfolios)
            for member, tables in _zipped_tables(raw):
                if isinstance(tables, str):  # (said, and the zip's other tables looked through: a review)
                    _unread(path, published_with, problems, member, tables)
                elif _held_personal_data(tables, path, published_with, problems, survey, member):
                    return
            return
        # a survey file's table as it was read for its answers; another file's read for this alone
        found = [("", cached)] if read and cached is not None else _tables_of(raw, suffix, path)
        if found is None:  # what cannot be looked through is said, not published unread (a hostile review)
            _unread(path, published_with, problems)
            return
        _held_personal_data(found, path, published_with, problems, survey, "")

    def _on_a_hidden_sheet(self, src_uri: str, column: str) -> str | None:
        """The name of a hidden sheet of the workbook at `src_uri` whose header row holds `column` (as compared), which
        is not read (a survey review: told of the visible sheet's columns alone)."""
        from .workbook_rows import workbook_sheets  # (here: a message's, read again)

        try:
            raw = (self.settings.docs_dir / src_uri).read_bytes()
        except OSError:
            return None
        held = (sheet for sheet in workbook_sheets(raw) or () if sheet.hidden)
        return next((s.name for s in held if column in {_spaced(name) for name in _sheet_table(s).header}), None)

    def answers(self, item: Item, measure: Measure, problems: Problems) -> Answers | None:
        assert measure.data_path is not None and measure.column is not None
        table = self.table(measure.data_path, problems)
        if table.problems and (table.whole or not any(table.header)):
            return None
        column = _spaced(measure.column)  # (a workbook's sheet that has the column, as a form's export names it)
        sheets = self.sheets.get(measure.data_path, ())
        holding = [sheet for sheet in sheets if column in {_spaced(name) for name in sheet.header}]
        path = self.settings.display_uri(measure.data_path)
        if len(holding) > 1:
            named = ", ".join(f'"{sheet.sheet}"' for sheet in holding)
            problems.add(
                "survey-sheets",
                item.path,
                measure.column_line,
                f'the workbook "{measure.data}" has the column "{measure.column}" on {len(holding)} sheets ({named}), '
                "so which answers to count is not clear; save the sheet of this survey's answers alone as CSV UTF-8 "
                'and give that file as "data", or delete the other sheets from the workbook',
                also=[path],
            )
            return None
        lower = (s for s in sheets if any(column in map(_spaced, cells) for _, _, cells in s.rows[:20]))
        table = holding[0] if holding else next(lower, table)  # (else: the sheet whose rows below its top hold it)
        if not holding:
            on = f' on sheet "{table.sheet}"' if len(sheets) > 1 else ""  # (which sheet the message's columns are of)
            hidden = self._on_a_hidden_sheet(measure.data_path, column) if table.sheet is not None else None
            problems.add(
                "missing-column",
                item.path,
                measure.column_line,
                f'survey file "{measure.data}" has no column "{measure.column}"{on}'
                + (
                    f'; it is on the hidden sheet "{hidden}", which is not read: unhide that sheet in the spreadsheet, '
                    'or save it as CSV UTF-8 (comma delimited) and give that file as "data"'
                    if hidden is not None
                    else missing_column(table, measure.column)
                ),
                also=[path],
            )
            return None
        if item.visibility == "public":
            self.look_for_personal_data(measure.data_path, item.path, problems, survey=True)
        first, dated = self.counted.setdefault((measure.data_path, column, measure.metric), (item.path, item.date))
        if first != item.path:  # an item copied, its date changed, its survey not (a careless contributor's review)
            problems.add(
                "same-survey",
                item.path,
                measure.line,
                f'this measure counts the answers in column "{measure.column}" of "{measure.data}" for '
                f"{measure.metric}, as {first} does, so one survey's score is given twice"
                + (", under two dates" if dated != item.date else "")
                + "; if this item was copied from that one, give it the survey file of its own answers, or remove the "
                "measure from one of the two",
                also=[first],
            )
        answers, found = count_answers(table, measure.column, path, f"for {measure.metric} by {item.path}")
        for problem in found:
            said = (problem.code, problem.path, problem.line, problem.message)
            if said not in self.said and (table.whole or problem.code == "bad-answer"):  # (a part has no answers)
                self.said.add(said)
                problems.add(problem.code, problem.path, problem.line, problem.message, also=[item.path])
        return answers if table.whole else None
