"""Reading a spreadsheet (CSV or XLSX) as rows of text, for `portfolio framework import`.

Rows keep the number a spreadsheet shows them under: a CSV cell holding line breaks is one row, a blank line is a
row. A CSV file is read as UTF-8 (with or without a byte-order mark; UTF-16 with one, or without one where every
other byte of its start is 0, which no other text is), or in the encoding named by `--encoding`: no other encoding is
guessed, since a wrong guess would change letters without a word. Its cells are separated
by commas, semicolons or tabs, whichever makes a row that names the columns. An XLSX workbook is read through
openpyxl (the extra `sheets`) in read-only mode: its first sheet, or the one named. What the rows mean is
framework_rows.py's job.
"""

from __future__ import annotations

import csv
import datetime
import importlib
import io
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.problems import Problems
from ..reading.file_contents import ZIP_START
from ..reading.surveys import EXCEL_HINT, SEPARATORS
from ..reading.text import unread_at
from .errors import UsageError

REQUIRED = ("challenge", "section", "question")
OPTIONAL = ("best_practice", "challenge_id", "section_id", "outcomes")
"""best_practice is optional, as in framework.yml: a sheet without the column imports each section without one,
as an empty cell of it does."""
COLUMNS = REQUIRED + OPTIONAL
CSV_SUFFIXES = (".csv", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
OTHER_SHEETS = (".xls", ".ods", ".numbers", ".gsheet")
"""Spreadsheets of other programs: the message says how to save them in a format that is read."""
DOCUMENTS = (".docx", ".doc", ".odt", ".rtf", ".txt", ".pdf")
"""Documents a framework arrives as (Quest's is a table in a Word document): the message says how to make the
spreadsheet that is read from one."""
LAYOUT = (
    f"a header row naming the columns {', '.join(REQUIRED)} (and optionally {', '.join(OPTIONAL)}), then one row "
    "per challenge section"
)
"""What a sheet holds, as the messages say it."""
FROM_A_DOCUMENT = (
    f"Copy the framework's table into Excel (or another spreadsheet) so that it has {LAYOUT}: the challenge's "
    "title, the section's label (such as Plan), the question the section asks and its example of best practice, "
    "and the challenge's outcomes, one per line, in the outcomes cell of any of its rows. Then, in Excel, choose "
    '"Save As" → "CSV UTF-8 (Comma delimited)", and import the .csv file it saves: portfolio framework import '
    'FILE.csv -o framework.yml. docs/framework.md ("Importing a framework from a spreadsheet") describes each column'
)
"""How to make the spreadsheet that is imported from a document holding the framework's table."""
SHEETS_EXTRA = "pip install 'evidence-portfolio[sheets]'"


# ------------------------------------------------------------------------------------------------------ columns


SPELLINGS = {
    "best_practise": "best_practice",
    "example_of_best_practice": "best_practice",
    "example_of_best_practise": "best_practice",
}
"""Headers as British English also writes them (the verb's spelling, often used for the noun), and as Quest's own
table heads its column ("Example of Best Practice:")."""


def column_name(header: str) -> str:
    """A header as it is compared: case, surrounding spaces, a trailing colon and `_`/space/hyphen ignored."""
    name = re.sub(r"[\s_-]+", "_", header.strip().rstrip(":").strip().lower()).strip("_")
    return SPELLINGS.get(name, name)


OTHER_NAMES = {
    "stage": "section",
    "phase": "section",
    "step": "section",
    "element": "section",
    "lens": "section",
    "dimension": "section",
    "theme": "challenge",
    "topic": "challenge",
    "area": "challenge",
    "prompt": "question",
    "good_practice": "best_practice",
    "example": "best_practice",
    "what_good_looks_like": "best_practice",
    "exemplar": "best_practice",
}
"""Other words a framework's table heads a column with, by the column they most likely are: suggested, never read
as it (a "Stage" may be something else)."""


def header_like(header: str) -> bool:
    """Whether a header is one of the columns, or another word for one (OTHER_NAMES), or holds one as a word of its
    own ("Key Question", "Theme title"): what a row of headers holds, and a title above it seldom does."""
    name = column_name(header)
    return name in COLUMNS or name in OTHER_NAMES or any(w in COLUMNS or w in OTHER_NAMES for w in name.split("_"))


def column_letter(index: int) -> str:
    """The spreadsheet letter of a column (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f'"{name}"' for name in names)


# ------------------------------------------------------------------------------------------------ reading a file


@dataclass
class Sheet:
    """The rows of a spreadsheet as text, each with its row number as the spreadsheet shows it."""

    path: str
    rows: list[tuple[int, list[str]]]
    problems: Problems = field(default_factory=Problems)
    others: tuple[str, ...] = ()
    """The other sheets of a workbook whose first sheet was read (none named with --sheet)."""
    framed: tuple[str, ...] = ()
    """Those of the other sheets with a header row naming the columns the sheet needs (within their first rows)."""
    formulas: frozenset[tuple[int, int]] = frozenset()
    """The cells (row number, column index) that hold a formula saved without its value: a workbook written by a
    program other than a spreadsheet, which computes formulas only when it opens the file."""


def read_sheet(path: Path, display: str, *, sheet_name: str | None = None, encoding: str | None = None) -> Sheet:
    """Read a CSV or XLSX file; a UsageError when it cannot be read at all (missing, of another format)."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UsageError(f"{display} does not exist" if not path.exists() else f"{display} is not a file")
    if suffix in OTHER_SHEETS:
        raise UsageError(
            f"{display} is a {suffix} spreadsheet, which is not read; save it as an Excel workbook (.xlsx) or as "
            '"CSV UTF-8", and import that'
        )
    if suffix in XLSX_SUFFIXES:
        return _read_xlsx(path, display, sheet_name)
    if suffix == ".txt" and _a_table(_head(path)):
        return _read_csv(path, display, encoding)  # Excel's "Text (Tab delimited)" and "Unicode Text": a sheet
    if suffix in DOCUMENTS:
        raise UsageError(
            f"{display} is a document ({suffix}), not a spreadsheet, and only a spreadsheet is imported. "
            + FROM_A_DOCUMENT
        )
    if suffix in CSV_SUFFIXES:
        if sheet_name is not None:
            raise UsageError(f"--sheet {sheet_name}: {display} is a CSV file, which has one sheet only")
        return _read_csv(path, display, encoding)
    raise UsageError(
        f"{display} is neither a CSV file (.csv, .tsv) nor an Excel workbook (.xlsx); save the spreadsheet as "
        '"CSV UTF-8" or as .xlsx, and import that'
    )


_TABLE_HEAD = 65_536
"""How much of a .txt file is looked at to tell a sheet saved as text from a document."""


def _head(path: Path) -> bytes:
    """The start of a file, as far as _a_table looks."""
    with path.open("rb") as file:
        return file.read(_TABLE_HEAD)


def _a_table(head: bytes) -> bool:
    """Whether the start of a .txt file is a sheet's rows, as Excel saves a sheet as "Text (Tab delimited)" (in the
    computer's own encoding) or as "Unicode Text" (UTF-16), both named .txt (a staff walkthrough: refused as a
    document): its first lines hold as many tabs each (columns of any names, which the import then names), or a
    row of it, its cells separated by commas or semicolons, names the challenge and the section columns."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="replace")
    else:
        unmarked = _utf16_without_mark(head[: len(head) - len(head) % 2])
        text = head.decode(unmarked or "utf-8", errors="replace")
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    try:  # (its cells read as Excel writes them: one holding a line break in quotes, a review of the change)
        rows = [row for row in _read_records("\n".join(lines), "", "\t") if any(cell.strip() for cell in row)]
        rows = rows[:-1] if len(text.splitlines()) > len(lines) else rows  # (the last, perhaps cut short)
        if len(rows) > 1 and len({len(row) for row in rows}) == 1 and len(rows[0]) > 1:
            return True
        records, _ = _records("\n".join(lines), "")
    except UsageError:  # (not CSV: a document)
        return False
    return any({"challenge", "section"} <= {column_name(cell) for cell in record} for record in records)


def _utf16_without_mark(raw: bytes) -> str | None:
    """The UTF-16 a file's text is written in without a byte-order mark, as some programs save it: every other byte
    of its start 0, as a letter of English is (an outside review: its columns were read as "c h a l l e n g e");
    None for another file."""
    head = raw[:400]
    if len(raw) % 2 or len(head) < 4 or b"\x00" not in head:
        return None
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) * 4 >= len(zeros) * 3:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _read_csv(path: Path, display: str, encoding: str | None) -> Sheet:
    raw = path.read_bytes()
    if raw.startswith(ZIP_START):
        raise UsageError(f"{display} is an Excel workbook saved under a .csv name; rename it to .xlsx")
    sheet = Sheet(display, [])
    if encoding is not None:
        try:
            text = raw.decode(encoding)
        except LookupError:
            raise UsageError(f'--encoding {encoding}: unknown encoding; try "utf-8" or "cp1252"') from None
        except UnicodeDecodeError as exc:
            raise UsageError(f"{display} is not {encoding} text either (byte {exc.start} cannot be read)") from None
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark: Excel's "Unicode text"
        text = raw.decode("utf-16")
    elif (unmarked := _utf16_without_mark(raw)) is not None:
        text = raw.decode(unmarked)
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            start = unread_at(raw, exc)
            prefix = raw[:start].decode("utf-8-sig")
            row = len(_records(prefix + "x", display)[0])
            sheet.problems.add(
                "sheet-not-utf8",
                display,
                row,
                f"the file is not UTF-8 text (byte {start}, 0x{raw[start]:02X}, on this row cannot be read); "
                'in Excel, save it again with "Save As" → "CSV UTF-8 (Comma delimited)", or, if you know its '
                "encoding, name it with --encoding (such as --encoding cp1252 for a CSV or a text file (.txt) saved "
                "by Excel on Windows)",
            )
            return sheet
    text = text.removeprefix("\ufeff")
    hint = EXCEL_HINT.match(text)
    if (hint is None and text[:4].lower() == "sep=") or (hint is not None and hint.group(1) not in SEPARATORS):
        first = text.split("\n", 1)[0].strip()[:40]
        raise UsageError(
            f'{display}:1: the first line, "{first}", reads as Excel\'s hint of the character that separates the '
            "cells, but is not one; write sep=, if the rows below separate their cells with commas, or sep=; if with "
            "semicolons, or delete the line"
        )
    if hint:  # Excel's "sep=;" line: no row, and the cells separated as it says (the survey files read it so)
        text = text[hint.end() :]
        records, delimiter = _read_records(text, display, hint.group(1)), hint.group(1)
    else:
        records, delimiter = _records(text, display)
    _check_quotes(text, delimiter, display, 2 if hint else 1)
    sheet.rows = [(number, record) for number, record in enumerate(records, 2 if hint else 1)]
    return sheet


def _records(text: str, display: str) -> tuple[list[list[str]], str]:
    """The records of a CSV text, and the delimiter that separates them: commas, semicolons (as Excel writes them
    where the decimal separator is a comma) or tabs, whichever makes a row that names the most columns (commas when
    none does)."""
    readings: list[tuple[tuple[int, int], list[list[str]], str]] = []
    for delimiter in ",;\t":
        records = _read_records(text, display, delimiter)
        named = max((sum(column_name(cell) in COLUMNS for cell in record) for record in records), default=0)
        like = max((sum(map(header_like, record)) for record in records), default=0)  # "Theme;Stage;Key Question"
        readings.append(((named, like), records, delimiter))
    best = max(readings, key=lambda reading: reading[0])  # the first of the best: commas when none names any
    return best[1], best[2]


def _read_records(text: str, display: str, delimiter: str) -> list[list[str]]:
    """The records of a CSV text whose cells `delimiter` separates."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(reader)
    except csv.Error as exc:
        large = "larger than field limit" in str(exc)
        raise UsageError(
            f"{display}:{reader.line_num}: the file cannot be read as CSV ("
            + ("a cell on this line holds more than 128 KB of text; shorten it" if large else str(exc))
            + ")"
        ) from None


def _check_quotes(text: str, delimiter: str, display: str, first: int = 1) -> None:
    """A usage error at the line where a quote (") opens a cell that is never closed: read leniently, the rest of
    the file is that one cell, and whatever is reported then points elsewhere. `first`: the line `text` starts at."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = first
    try:
        for _ in reader:
            start = reader.line_num + first
    except csv.Error as exc:
        if "end of data" in str(exc):
            raise UsageError(
                f'{display}:{start}: error: a quote (") opens a cell on this line that is never closed; close it, or '
                "save the file again from the spreadsheet as CSV UTF-8"
            ) from None


def _read_xlsx(path: Path, display: str, sheet_name: str | None) -> Sheet:
    try:
        openpyxl: Any = importlib.import_module("openpyxl")
    except ImportError:
        raise UsageError(f"reading .xlsx workbooks needs openpyxl: {SHEETS_EXTRA}") from None
    with warnings.catch_warnings():  # openpyxl warns of each Excel feature it does not read (data validation...)
        warnings.simplefilter("ignore")
        try:
            return _read_workbook(openpyxl, path, display, sheet_name)
        except UsageError:
            raise
        except Exception as exc:  # a damaged part found only as it is read (a sheet's bad CRC-32), or on reading again
            raise _unreadable(display, exc) from None


_HEADER_ROWS = 30
"""How far down a sheet its row of column names is looked for."""


def _has_the_columns(worksheet: Any) -> bool:
    """Whether a row among a sheet's first (_HEADER_ROWS) names every column the sheet needs (the sheet to give with
    --sheet, where the first is a sheet of instructions: a new organisation's review)."""
    for cells in worksheet.iter_rows(max_row=_HEADER_ROWS, values_only=True):
        if set(REQUIRED) <= {column_name(_cell_text(value)) for value in cells if value is not None}:
            return True
    return False


def _unreadable(display: str, exc: Exception) -> UsageError:
    """A workbook openpyxl cannot read, as the command tells it."""
    return UsageError(
        f"{display} cannot be read as an Excel workbook ({type(exc).__name__}: {exc}); open it in Excel and save it "
        "again as .xlsx"
    )


def _read_workbook(openpyxl: Any, path: Path, display: str, sheet_name: str | None) -> Sheet:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, XML and its own errors for a file it cannot read
        raise _unreadable(display, exc) from None
    try:
        names: list[str] = list(workbook.sheetnames)
        if sheet_name is not None and sheet_name not in names:
            raise UsageError(f'--sheet "{sheet_name}": {display} has no such sheet; its sheets are: {quoted(names)}')
        visible = [name for name in names if getattr(workbook[name], "sheet_state", "visible") == "visible"]
        chosen = sheet_name if sheet_name is not None else (visible or names)[0]  # not a sheet Excel hides
        worksheet = workbook[chosen]
        worksheet.reset_dimensions()  # some programs record a wrong size; read every row there is
        others = tuple(n for n in names if n != chosen) if sheet_name is None else ()
        framed = tuple(name for name in others if _has_the_columns(workbook[name]))
        sheet = Sheet(display, [], others=others, framed=framed)
        number = 0
        empty: set[tuple[int, int]] = set()
        for cells in worksheet.iter_rows():
            number = next((c.row for c in cells if getattr(c, "row", None)), number + 1)
            values = [_cell_text(getattr(c, "value", None)) for c in cells]
            empty.update((number, index) for index, value in enumerate(values) if not value)
            sheet.rows.append((number, values))
    finally:
        workbook.close()
    sheet.formulas = _formulas_without_values(openpyxl, path, chosen, empty)
    filled = {number for number, values in sheet.rows if any(value.strip() for value in values)}
    for number in sorted(_hidden_rows(openpyxl, path, chosen) & filled):
        sheet.problems.add(
            "sheet-hidden-row",
            display,
            number,
            "this row is hidden in the workbook, and is imported like any other; unhide it to check it, and delete "
            "it if it is not part of the framework",
        )
    if sheet.others:
        sheet.problems.add(
            "sheet-several-sheets",
            display,
            1,
            f"the workbook has {len(names)} sheets; read the first{'' if chosen == names[0] else ' shown'}, "
            f'"{chosen}", and not {quoted(sheet.others)}; to read another, give --sheet NAME',
        )
    return sheet


def _formulas_without_values(
    openpyxl: Any, path: Path, chosen: str, empty: set[tuple[int, int]]
) -> frozenset[tuple[int, int]]:
    """Which of the `empty` cells (row number, column index) of the sheet `chosen` hold a formula: read again for
    its formulas rather than its values (only when some cell read empty)."""
    if not empty:
        return frozenset()
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        found: set[tuple[int, int]] = set()
        for cells in workbook[chosen].iter_rows():
            for index, cell in enumerate(cells):
                row, value = getattr(cell, "row", 0), getattr(cell, "value", None)
                if (row, index) in empty and isinstance(value, str) and value.startswith("="):
                    found.add((row, index))
        return frozenset(found)
    finally:
        workbook.close()


def _hidden_rows(openpyxl: Any, path: Path, chosen: str) -> set[int]:
    """The numbers of the rows of the sheet `chosen` that the workbook hides (hidden or grouped and collapsed):
    read from the whole workbook, since one opened read-only for its values does not give its rows' settings."""
    workbook = openpyxl.load_workbook(path, data_only=True)
    try:
        dimensions = workbook[chosen].row_dimensions
        return {number for number, row in dimensions.items() if row.hidden}
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """A cell's value as the text a spreadsheet shows (whole numbers without ".0", dates as YYYY-MM-DD)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)
