"""The text of an Excel workbook's cells (.xlsx, .xlsm), sheet by sheet and row by row, read with Python's own zip and
XML modules: enough to look through a form's export a public page attaches (Microsoft Forms downloads its answers as
.xlsx) for the respondents' names and addresses, without the optional openpyxl.

A workbook is a zip of XML files, found as Excel finds them, through their relationships: _rels/.rels names the
workbook (usually xl/workbook.xml), whose own relationships name its sheets and the list of its strings (usually
xl/sharedStrings.xml, which some exporters capitalise); names inside the zip are compared without regard to case,
and a target is read from its part's folder (`../xl/worksheets/sheet1.xml`) or from the zip's top (`/xl/...`). A text
cell points into the list of strings or holds its text itself. Numbers, dates and formulas' figures are kept as
written in the file, but a number whole to nine places, as the spreadsheet shows it (`10.0`, `1E1`); both of
Excel's ways of naming its XML (Transitional, and Strict Open XML) are read.

A workbook is read within limits, or not at all (None: a hostile review made a file of a few kilobytes unpack to
gigabytes, or fill them with cells): `_MOST_BYTES` unpacked in all, a string counted again each time a cell names it
again, `_MOST_CELLS` cells and strings in all, the columns of a row counted up to its last (a cell far to the right
counts every one before it), each file parsed once however many sheets name it, as it streams (each row let go once
read), its cells counted for each sheet, and no file declaring a document type (`<!DOCTYPE`, whose entities would
multiply its text: no workbook Excel writes has one) or holding a NUL byte (one written in UTF-16, whose declaration
of a document type the check for it does not see).
"""

from __future__ import annotations

import contextlib
import io
import math
import posixpath
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from ..model.lazy_patterns import lazy_pattern

_MOST_BYTES = 32 * 1024 * 1024
"""The most a workbook's files are unpacked to, in all."""
_MOST_CELLS = 1_000_000
"""The most rows, cells (each column of a row up to its last) and strings a workbook is read with, in all."""
_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)
_RELATIONSHIP_IDS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id",
)
_COLUMN = lazy_pattern(r"[A-Z]+")
_LAST_COLUMN = 16_384
"""Excel's last column (XFD): a cell beyond it is a damaged file's."""


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its name, and each row that holds a cell, with its number as Excel numbers it."""

    name: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    hidden: bool = False
    """Hidden from the workbook's reader (`state="hidden"`, or "veryHidden"): Excel shows it to no one."""
    hidden_rows: frozenset[int] = frozenset()
    """The numbers of its rows Excel hides (by a filter, or Hide, or of no height; not a group's, collapsed)."""


class _Unreadable(Exception):
    """A workbook that is damaged, or beyond the limits it is read within."""


def workbook_sheets(raw: bytes) -> list[Sheet] | None:
    """The sheets of the .xlsx workbook `raw`, in the order Excel shows them (sheets that one file holds share its
    rows); None where it cannot be read within the limits (another format, a damaged zip, too large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as workbook:
            return _Workbook(workbook).sheets()
    except (_Unreadable, zipfile.BadZipFile, ElementTree.ParseError, KeyError, IndexError, ValueError, OSError):
        return None
    except EOFError:
        return None


class _Workbook:
    def __init__(self, workbook: zipfile.ZipFile) -> None:
        self.workbook = workbook
        self.names = {name.lower(): name for name in workbook.namelist()}
        self.bytes_left = _MOST_BYTES
        self.cells_left = _MOST_CELLS
        self.main = ""
        self.named: set[int] = set()
        """The strings named by a cell so far."""
        self.parsed: dict[str, tuple[tuple[tuple[int, tuple[str, ...]], ...], int, int]] = {}
        """Each sheet's file parsed: its rows, and the cells and characters of strings they cost."""
        self.hidden_rows: dict[str, frozenset[int]] = {}
        """Each sheet's file parsed: the numbers of the rows it hides."""
        self.percent: frozenset[int] = frozenset()
        """The styles of cells (their `s`) that show a number as a percentage."""

    def sheets(self) -> list[Sheet]:
        try:
            book = self.target("", self.related("", "officedocument")[0][1])
        except (_Unreadable, KeyError):  # (a workbook written without it: Excel's own place)
            book = "xl/workbook.xml"
        root = ElementTree.fromstring(self.read(book))
        self.main = root.tag[: root.tag.index("}") + 1] if root.tag.startswith("{") else ""
        if self.main.strip("{}") not in _NAMESPACES:
            raise _Unreadable(f"{book} is no workbook")
        relations = self.related(book, "")
        strings_at = next(
            (self.target(book, target) for kind, target, _ in relations if kind == "sharedstrings"),
            "xl/sharedStrings.xml" if "xl/sharedstrings.xml" in self.names else "",
        )
        strings = self.strings(strings_at) if strings_at else []
        styles_at = next((self.target(book, target) for kind, target, _ in relations if kind == "styles"), "")
        self.percent = self.percent_styles(styles_at) if styles_at and styles_at.lower() in self.names else frozenset()
        targets = {relation: target for _, target, relation in relations}
        found = []
        for sheet in root.iter(f"{self.main}sheet"):
            relation = next((sheet.get(name) for name in _RELATIONSHIP_IDS if sheet.get(name)), None)
            name = self.target(book, targets.get(relation or "", ""))
            if name not in self.parsed:  # (each file parsed once, however many sheets name it)
                cells, characters = self.cells_left, self.bytes_left
                rows = self.rows(name, strings)
                self.parsed[name] = rows, cells - self.cells_left, characters - self.bytes_left
            else:  # but its cells counted for each (a hostile review: 1,500 sheets of one file took 2 GB)
                rows, cells, characters = self.parsed[name]
                self.spend(cells)
                self.charge(characters)
            hidden = sheet.get("state", "visible") != "visible"
            found.append(Sheet(sheet.get("name", ""), rows, hidden, self.hidden_rows.get(name, frozenset())))
        return found

    def related(self, part: str, kind: str) -> list[tuple[str, str, str]]:
        """(kind, target, id) of each relationship of `part` ("" for the package), of `kind` where one is given:
        the last word of its type, in small letters (officedocument, worksheet, sharedstrings)."""
        folder, name = posixpath.split(part)
        rels = self.read(posixpath.join(folder, "_rels", f"{name}.rels"))
        found = []
        for relation in ElementTree.fromstring(rels):
            written = relation.get("Type", "").rsplit("/", 1)[-1].lower()
            if not kind or written == kind:
                found.append((written, relation.get("Target", ""), relation.get("Id", "")))
        if not found:
            raise _Unreadable(f"no {kind or 'relationship'} of {part or 'the package'}")
        return found

    def target(self, part: str, target: str) -> str:
        """The name inside the zip of a relationship's target, read from `part`'s folder or the zip's top."""
        joined = target.lstrip("/") if target.startswith("/") else posixpath.join(posixpath.dirname(part), target)
        return posixpath.normpath(joined).lstrip("/")

    def read(self, name: str) -> bytes:
        """The file `name` of the zip (in any capitals), unpacked within what is left of the limit."""
        with self.workbook.open(self.names[name.lower()]) as member:
            content = member.read(self.bytes_left + 1)
        self.charge(len(content))
        # a document type's entities multiply its text; written in UTF-16, its markup holds NUL bytes (a hostile
        # review hid one so), which text in UTF-8, as Excel writes it, never holds
        if b"<!DOCTYPE" in content or b"<!ENTITY" in content or b"\0" in content:
            raise _Unreadable(name)
        return content

    def charge(self, characters: int) -> None:
        """Spend `characters` of what may be unpacked: a file's, or a string's each time a cell names it (a hostile
        review made 4,999 cells of one string of 900 KB)."""
        self.bytes_left -= characters
        if self.bytes_left < 0:
            raise _Unreadable(f"more than {_MOST_BYTES} bytes")

    def strings(self, name: str) -> list[str]:
        found: list[str] = []
        for _, item in ElementTree.iterparse(io.BytesIO(self.read(name))):
            if item.tag == f"{self.main}si":
                self.spend(1)
                found.append(_text(item, self.main))
                item.clear()
        return found

    def rows(self, name: str, strings: list[str]) -> tuple[tuple[int, tuple[str, ...]], ...]:
        rows = []
        hidden: set[int] = set()
        number = 0
        for _, row in ElementTree.iterparse(io.BytesIO(self.read(name))):
            if row.tag != f"{self.main}row":
                continue
            number = int(row.get("r", number + 1))
            if _hidden(row):
                hidden.add(number)
            self.spend(1)  # (a row of no cell counts too: a review)
            cells: list[str] = []
            for cell in row.iter(f"{self.main}c"):
                place = _COLUMN.match(cell.get("r", ""))
                index = _column_index(place.group()) if place else len(cells)
                if index >= _LAST_COLUMN:
                    raise _Unreadable(f"a cell beyond column {_LAST_COLUMN}")
                self.spend(max(index - len(cells), 0) + 1)  # (a cell far to the right counts each before it)
                cells.extend("" for _ in range(index - len(cells)))
                cells.append(self.value(cell, strings))
            rows.append((number, tuple(cells)))
            row.clear()
        self.hidden_rows[name] = frozenset(hidden)
        return tuple(rows)

    def percent_styles(self, name: str) -> frozenset[int]:
        """The numbers of the cell styles of the styles' file `name` whose format shows a number as a percentage
        (Excel's own 0% and 0.00%, or one of the workbook's own formats with "%" in it, not as a sign written in
        quotes or after a backslash): 1 shown as 100%."""
        root = ElementTree.fromstring(self.read(name))
        formats = {
            number.get("numFmtId", ""): number.get("formatCode", "") for number in root.iter(f"{self.main}numFmt")
        }
        styles = root.find(f"{self.main}cellXfs")
        found = set()
        for index, style in enumerate(styles.iter(f"{self.main}xf") if styles is not None else ()):
            self.spend(1)
            number = style.get("numFmtId", "0")
            if number in ("9", "10") or "%" in _LITERAL.sub("", formats.get(number, "")):
                found.add(index)
        return frozenset(found)

    def spend(self, cells: int) -> None:
        self.cells_left -= cells
        if self.cells_left < 0:
            raise _Unreadable(f"more than {_MOST_CELLS} cells")

    def value(self, cell: ElementTree.Element, strings: list[str]) -> str:
        """A cell's text as the spreadsheet shows it: a number whole to nine places as a whole number (`10.0`, `1E1`,
        a formula's `10.000000000000002`, `-0`), and a percentage's with "%" (1 formatted as one, `100%`), TRUE or
        FALSE, the string it names (a fuzz's review found each
        refused or counted otherwise); a formula whose result the file does not keep, as `=` and the formula (an
        outside review: read as an empty cell, an answer went uncounted without a word)."""
        kind = cell.get("t")
        if kind == "inlineStr":
            inline = cell.find(f"{self.main}is")
            return _text(inline, self.main) if inline is not None else ""
        value = cell.findtext(f"{self.main}v") or ""
        formula = cell.find(f"{self.main}f") if not value and kind != "str" else None  # (str: a result of no text)
        if formula is not None:  # a formula whose result the file does not keep (written by a program): as written
            return "=" + (formula.text or "")
        if kind == "s" and value:
            if not value.isdigit():
                raise _Unreadable(f"a string numbered {value}")
            index = int(value)
            text = strings[index]
            if index in self.named:  # (its first naming is counted in the list of strings' own size)
                self.charge(len(text))
            self.named.add(index)
            return text
        if kind == "b":
            return {"1": "TRUE", "0": "FALSE"}.get(value.strip(), value)
        if kind in (None, "n") and value:
            style = cell.get("s", "")
            if style.isdigit() and int(style) in self.percent:  # as Excel shows it: 1 as 100% (a fuzz of surveys)
                with contextlib.suppress(ValueError):
                    return _number(repr(float(value) * 100)) + "%"
            return _number(value)
        return value


_LITERAL = lazy_pattern(r'"[^"]*"|\\.')
"""What a number's format shows as written (`0"%"`, `0\\%`: a sign, not a percentage)."""


def _hidden(row: ElementTree.Element) -> bool:
    """Whether Excel hides a row from its reader: hidden (by a filter, or Hide), or made no height at all; not one
    of a group of rows collapsed (an outline's), which its "+" shows again (a review: a centre's rows, grouped)."""
    if row.get("outlineLevel", "0") not in ("", "0"):
        return False
    if row.get("hidden") in ("1", "true"):
        return True
    try:
        return row.get("customHeight") in ("1", "true") and float(row.get("ht", "1")) == 0
    except ValueError:
        return False


def _number(value: str) -> str:
    """A number as written in the file, or, where it is whole to nine places, as that whole number."""
    if value.isdigit():  # (as written, however long: a float would round a long one)
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    if not math.isfinite(number) or abs(number) >= 2**53:
        return value
    whole = round(number)
    return str(whole) if abs(number - whole) < 1e-9 else value


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters[:4]:  # (XFD is the last: a longer name is beyond it)
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _text(item: ElementTree.Element, main: str) -> str:
    """A string's text: its own, or its runs of formatting joined (`<r><t>Jane</t></r><r><t> Bloggs</t></r>`), without
    the phonetic guides of Japanese names (`<rPh>`), and with the characters Excel writes as `_xHHHH_` (a line break in
    a cell, `_x000D_`: a review of valid portfolios) read as themselves."""
    text = "".join(text.text or "" for text in item.findall(f"{main}t") + item.findall(f"{main}r/{main}t"))
    return _ESCAPED.sub(_unescaped, text) if "_x" in text else text


def _unescaped(found: re.Match[str]) -> str:
    """The character an escape names, but a half of a pair (which no text may hold alone: a fuzz's review ended a
    check's printing in a traceback), left as written."""
    number = int(found[1], 16)
    return found[0] if 0xD800 <= number <= 0xDFFF else chr(number)


_ESCAPED = lazy_pattern(r"_x([0-9A-Fa-f]{4})_")
"""A character as Excel writes one XML cannot hold (ST_Xstring), by its number."""
