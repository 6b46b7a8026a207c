"""The text of an Excel workbook's cells (.xlsx), sheet by sheet and row by row, read with Python's own zip and XML
modules: enough to look through a form's export a public page attaches (Microsoft Forms downloads its answers as
.xlsx) for the respondents' names and addresses, without the optional openpyxl.

A workbook is a zip of XML files: xl/workbook.xml names the sheets, in order; each sheet's rows are in its own file
(xl/worksheets/sheet1.xml...), and its text cells point into one list of the workbook's strings
(xl/sharedStrings.xml) or hold their text themselves. Numbers, dates and formulas' figures are kept as written in the
file. No file inside the zip is read beyond `_MOST_BYTES` (a zip of a few kilobytes can unpack to gigabytes); a
workbook that cannot be read so is None. Python's XML parser resolves no external entity, and the expat it ships
with refuses exponential ones.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

_MOST_BYTES = 64 * 1024 * 1024
"""The most any one file of a workbook is unpacked to."""
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_COLUMN = re.compile(r"[A-Z]+")


@dataclass(frozen=True)
class Sheet:
    """One sheet of a workbook: its name, and each row that holds a cell, with its number as Excel numbers it."""

    name: str
    rows: tuple[tuple[int, tuple[str, ...]], ...]


def workbook_sheets(raw: bytes) -> list[Sheet] | None:
    """The sheets of the .xlsx workbook `raw`, in the order Excel shows them; None where it is not one that can be
    read (another format, a damaged zip, a file inside it too large)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as workbook:
            strings = [_text(item) for item in _parsed(workbook, "xl/sharedStrings.xml", optional=True)]
            targets = {
                relation.get("Id"): relation.get("Target", "")
                for relation in _parsed(workbook, "xl/_rels/workbook.xml.rels")
            }
            sheets = []
            for sheet in _parsed(workbook, "xl/workbook.xml").iter(f"{_MAIN}sheet"):
                target = targets.get(sheet.get(f"{_RELATIONSHIPS}id"), "").lstrip("/")
                name = target if target.startswith("xl/") else f"xl/{target}"
                sheets.append(Sheet(sheet.get("name", ""), _rows(_parsed(workbook, name), strings)))
            return sheets
    except (zipfile.BadZipFile, ElementTree.ParseError, KeyError, ValueError, IndexError, OSError, EOFError):
        return None


def _parsed(workbook: zipfile.ZipFile, name: str, optional: bool = False) -> ElementTree.Element:
    """The XML file `name` of the workbook, parsed; an empty element for an `optional` one it lacks."""
    if optional and name not in workbook.namelist():
        return ElementTree.Element("none")
    with workbook.open(name) as member:
        content = member.read(_MOST_BYTES + 1)
    if len(content) > _MOST_BYTES:
        raise ValueError(f"{name} unpacks to more than {_MOST_BYTES} bytes")
    return ElementTree.fromstring(content)


def _rows(sheet: ElementTree.Element, strings: list[str]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    rows = []
    for number, row in enumerate(sheet.iter(f"{_MAIN}row"), 1):
        number = int(row.get("r", number))
        cells: list[str] = []
        for cell in row.iter(f"{_MAIN}c"):
            place = _COLUMN.match(cell.get("r", ""))
            index = _column_index(place.group()) if place else len(cells)
            cells.extend("" for _ in range(index - len(cells)))
            cells.append(_value(cell, strings))
        rows.append((number, tuple(cells)))
    return tuple(rows)


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1


def _value(cell: ElementTree.Element, strings: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        inline = cell.find(f"{_MAIN}is")
        return _text(inline) if inline is not None else ""
    value = cell.findtext(f"{_MAIN}v") or ""
    return strings[int(value)] if kind == "s" and value else value


def _text(item: ElementTree.Element) -> str:
    """A string's text: its own, or its runs of formatting joined (`<r><t>Jane</t></r><r><t> Bloggs</t></r>`), without
    the phonetic guides of Japanese names (`<rPh>`)."""
    return "".join(text.text or "" for text in item.findall(f"{_MAIN}t") + item.findall(f"{_MAIN}r/{_MAIN}t"))
