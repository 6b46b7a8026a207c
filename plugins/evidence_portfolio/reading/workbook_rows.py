"""The text of an Excel workbook's cells (.xlsx), sheet by sheet and row by row, read with Python's own zip and XML
modules: enough to look through a form's export a public page attaches (Microsoft Forms downloads its answers as
.xlsx) for the respondents' names and addresses, without the optional openpyxl.

A workbook is a zip of XML files: xl/workbook.xml names the sheets, in order; each sheet's rows are in its own file
(xl/worksheets/sheet1.xml...), and its text cells point into one list of the workbook's strings
(xl/sharedStrings.xml) or hold their text themselves. Numbers, dates and formulas' figures are kept as written in the
file; both of Excel's ways of naming its XML (Transitional, and Strict Open XML) are read.

A workbook is read within limits, or not at all (None), since a file of a few kilobytes can be made to unpack to
gigabytes (a hostile review): `_MOST_BYTES` unpacked in all, each file inside it unpacked and parsed once however
many sheets name it, no file declaring a document type (`<!DOCTYPE`, whose entities would multiply its text: no
workbook Excel writes has one), no cell beyond Excel's last column. Only files inside the zip are read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

_MOST_BYTES = 64 * 1024 * 1024
"""The most a workbook's files are unpacked to, in all."""
_LAST_COLUMN = 16_384
"""Excel's last column (XFD)."""
_MAINS = (
    "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}",
    "{http://purl.oclc.org/ooxml/spreadsheetml/main}",
)
_RELATIONSHIPS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}",
)
_COLUMN = re.compile(r"[A-Z]+")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its name, and each row that holds a cell, with its number as Excel numbers it."""

    name: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]


class _Unreadable(Exception):
    """A workbook that is damaged, or beyond the limits it is read within."""


def workbook_sheets(raw: bytes) -> list[Sheet] | None:
    """The sheets of the .xlsx workbook `raw`, in the order Excel shows them; None where it is not one that can be
    read within the limits (another format, a damaged zip, a file inside it too large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as workbook:
            return _Workbook(workbook).sheets()
    except (
        _Unreadable,
        zipfile.BadZipFile,
        ElementTree.ParseError,
        KeyError,
        IndexError,
        ValueError,
        OSError,
        EOFError,
    ):
        return None


class _Workbook:
    def __init__(self, workbook: zipfile.ZipFile) -> None:
        self.workbook = workbook
        self.left = _MOST_BYTES
        self.main = _MAINS[0]
        self.parsed: dict[str, tuple[tuple[int, tuple[str, ...]], ...]] = {}

    def sheets(self) -> list[Sheet]:
        book = self.parse("xl/workbook.xml")
        self.main = next((main for main in _MAINS if book.tag.startswith(main)), _MAINS[0])
        names = self.workbook.namelist()
        strings = (
            [_text(item, self.main) for item in self.parse("xl/sharedStrings.xml").iter(f"{self.main}si")]
            if "xl/sharedStrings.xml" in names
            else []
        )
        targets = {
            relation.get("Id"): relation.get("Target", "") for relation in self.parse("xl/_rels/workbook.xml.rels")
        }
        found = []
        for sheet in book.iter(f"{self.main}sheet"):
            relation = next((sheet.get(f"{name}id") for name in _RELATIONSHIPS if sheet.get(f"{name}id")), None)
            target = targets.get(relation, "").lstrip("/")
            name = target if target.startswith("xl/") else f"xl/{target}"
            if name not in self.parsed:  # (each file once, however many sheets name it)
                self.parsed[name] = self.rows(self.parse(name), strings)
            found.append(Sheet(sheet.get("name", ""), self.parsed[name]))
        return found

    def parse(self, name: str) -> ElementTree.Element:
        """The XML file `name` of the workbook, unpacked within what is left of the limit, and parsed."""
        with self.workbook.open(name) as member:
            content = member.read(self.left + 1)
        self.left -= len(content)
        if self.left < 0 or b"<!DOCTYPE" in content or b"<!ENTITY" in content:
            raise _Unreadable(name)
        return ElementTree.fromstring(content)

    def rows(self, sheet: ElementTree.Element, strings: list[str]) -> tuple[tuple[int, tuple[str, ...]], ...]:
        rows = []
        for number, row in enumerate(sheet.iter(f"{self.main}row"), 1):
            number = int(row.get("r", number))
            cells: list[str] = []
            for cell in row.iter(f"{self.main}c"):
                place = _COLUMN.match(cell.get("r", ""))
                index = _column_index(place.group()) if place else len(cells)
                if index >= _LAST_COLUMN:
                    raise _Unreadable(f"column {index + 1}")
                cells.extend("" for _ in range(index - len(cells)))
                cells.append(self.value(cell, strings))
            rows.append((number, tuple(cells)))
        return tuple(rows)

    def value(self, cell: ElementTree.Element, strings: list[str]) -> str:
        kind = cell.get("t")
        if kind == "inlineStr":
            inline = cell.find(f"{self.main}is")
            return _text(inline, self.main) if inline is not None else ""
        value = cell.findtext(f"{self.main}v") or ""
        return strings[int(value)] if kind == "s" and value else value


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters[:4]:  # (XFD is the last: a longer name is beyond it)
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1 if len(letters) <= 3 else _LAST_COLUMN


def _text(item: ElementTree.Element, main: str) -> str:
    """A string's text: its own, or its runs of formatting joined (`<r><t>Jane</t></r><r><t> Bloggs</t></r>`), without
    the phonetic guides of Japanese names (`<rPh>`)."""
    return "".join(text.text or "" for text in item.findall(f"{main}t") + item.findall(f"{main}r/{main}t"))
