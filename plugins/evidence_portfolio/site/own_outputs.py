"""The audience the portfolio's own outputs say they were made for, read from the file whatever its name: the PDF of
the accreditation pack (`portfolio pdf`), the offline pack (`portfolio pack`: a zip of the site), a site's
portfolio.json and evidence.csv. A copy of one saved under evidence/ is kept from the audiences it was not made for,
as a file whose front matter says so is (site/publication.py): a hostile review uploaded the PDF and the pack of an
internal build beside a public item, for the assessor, and a public build published every internal item in them.

Read as they come back after a careless contributor's handling (hostile reviews): the PDF saved again by a PDF
editor (which keeps the first part of its identifier), evidence.csv saved again by Excel (separated by semicolons or
tabs, in UTF-16, its columns in other capitals or order, or as a workbook), portfolio.json with its keys sorted, and
any of them in a zip, under any name, a zip in a zip too. Within limits: what one file holds is read to
`_MOST_READ` bytes in all, a zip's members to `_MOST_MEMBERS`, and a member only where its first bytes may be one of
them. What cannot be read (a damaged or encrypted zip) is no output of the portfolio's.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

from ..model.vocabulary import AUDIENCES, Audience, as_audience
from ..reading.file_contents import PDF_START, ZIP_START

_MADE_BY = "evidence-portfolio"


def pdf_identifier(audience: Audience) -> bytes:
    """The first part of the identifier of a PDF the portfolio makes for `audience` (a PDF's /ID, which the PDF
    keeps, uncompressed, at its end, through a later save of it by a PDF editor; the second part tells one PDF from
    another): it says what made the PDF and for whom."""
    return f"{_MADE_BY} for the {audience} audience".encode("ascii")


_PDF_IDENTIFIER = re.compile(rb"/ID\s*\[\s*(?:\(([^()\\]*)\)|<([0-9A-Fa-f\s]*)>)")
"""A PDF's identifier's first part, as a string in brackets or in hexadecimal digits (as an editor writes it)."""
_MADE_FOR = re.compile(_MADE_BY + r" for the ([a-z]+) audience")
_PDF_TAIL = 4096
"""How much of a PDF's end is read for its identifier: in its trailer, or in the cross-reference stream that
`startxref`, in its last bytes, names (at the start of that stream, before its data)."""
_HEAD = 4096
"""How much of a file (or a zip's member) is read first, to tell whether it may be one of the outputs."""
_MOST_READ = 64_000_000
"""The most bytes read of one file, the members of a zip unpacked included (a file larger is taken as internal's
where what was read of it is evidence.csv)."""
_MOST_MEMBERS = 10_000
"""The most members of a zip looked at."""
_DEPTH = 2
"""How deep zips in zips are opened."""

Found = tuple[Audience, str]


class _Budget:
    """What is left to read of a file."""

    def __init__(self) -> None:
        self.left = _MOST_READ

    def read(self, file: IO[bytes], size: int = -1) -> bytes:
        content = file.read(self.left if size < 0 else min(size, self.left))
        self.left -= len(content)
        return content


def made_for(path: Path) -> Found | None:
    """The audience the file at `path` was made for, if it is one of the portfolio's own outputs, with what it is as
    a message names it (`the accreditation pack's PDF for the internal audience`); None for any other file."""
    try:
        with open(path, "rb") as file:
            return _made_for(file, _Budget(), 0)
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError):
        return None  # (a damaged zip, an encrypted one; ValueError: a text that is no JSON or CSV, UnicodeError)


def _made_for(file: IO[bytes], budget: _Budget, depth: int) -> Found | None:
    head = budget.read(file, _HEAD)
    if head.startswith(PDF_START):
        return _pdf(file)
    if head.startswith(ZIP_START):
        return _zip(file, budget, depth) if depth < _DEPTH else None
    return _data(head, file, budget)


def _pdf(file: IO[bytes]) -> Found | None:
    size = file.seek(0, io.SEEK_END)
    file.seek(max(0, size - _PDF_TAIL))
    tail = file.read()
    found = _PDF_IDENTIFIER.search(tail)
    start = re.search(rb"startxref\s+(\d{1,12})\s+%%EOF\s*$", tail)
    if found is None and start is not None and int(start[1]) < size:
        file.seek(int(start[1]))
        found = _PDF_IDENTIFIER.search(file.read(_PDF_TAIL))
    if found is None:
        return None
    written = found[1] if found[1] is not None else bytes.fromhex(re.sub(rb"\s", b"", found[2]).decode())
    text = written.decode("utf-16") if written.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)) else None
    said = _MADE_FOR.fullmatch(text if text is not None else written.decode("latin-1"))
    audience = as_audience(said[1]) if said else None
    return (audience, f"the accreditation pack's PDF for the {audience} audience") if audience else None


def _zip(file: IO[bytes], budget: _Budget, depth: int) -> Found | None:
    """The narrowest audience of what the zip holds: the offline pack (its portfolio.json, evidence.csv and PDF), a
    site zipped, an output zipped alone or in another zip, or evidence.csv saved as an Excel workbook."""
    file.seek(0)
    found: list[Audience] = []
    with zipfile.ZipFile(file) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        if "xl/workbook.xml" in names:  # (its list of strings names its columns: read only where they may be)
            strings = names.get("xl/sharedstrings.xml")
            with archive.open(strings) if strings else io.BytesIO(b"maps_to visibility") as listed:
                words = budget.read(listed).lower()
            return _workbook(file, budget) if b"maps_to" in words and b"visibility" in words else None
        for entry in archive.infolist()[:_MOST_MEMBERS]:
            if entry.is_dir() or budget.left <= 0:
                continue
            with archive.open(entry) as member:
                head = budget.read(member, _HEAD)
                if not _may_be_one(head):
                    continue
                held = io.BytesIO(head + budget.read(member))
            said = _made_for(held, budget, depth + 1)
            if said:
                found.append(said[0])
    if not found:
        return None
    audience = max(found, key=AUDIENCES.index)
    return audience, f"a zip of the portfolio's outputs (such as its offline pack) for the {audience} audience"


def _may_be_one(head: bytes) -> bool:
    """Whether a zip's member, by its first bytes, may be one of the outputs (a PDF, a zip, JSON or CSV text)."""
    text = _text(head).lstrip()
    return head.startswith((PDF_START, ZIP_START)) or text[:1] == "{" or "visibility" in text.lower()


def _workbook(file: IO[bytes], budget: _Budget) -> Found | None:
    """evidence.csv saved as an Excel workbook: the narrowest visibility of any sheet that holds its columns."""
    from ..reading.workbook_rows import workbook_sheets  # (here: only a workbook needs XML read)

    file.seek(0)
    sheets = workbook_sheets(budget.read(file)) or []
    found = [said for sheet in sheets if (said := _items([cells for _, cells in sheet.rows]))]
    if not found:
        return None
    audience = max(found, key=AUDIENCES.index)
    return audience, f"the portfolio's items (evidence.csv) of a build for the {audience} audience, as a workbook"


def _text(raw: bytes) -> str:
    """Bytes as text: UTF-16 by its byte-order mark, else UTF-8 (a byte that is not read as a replacement)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8", "replace").removeprefix("\ufeff")


def _data(head: bytes, file: IO[bytes], budget: _Budget) -> Found | None:
    """portfolio.json, by its schema's version and the audience it names; evidence.csv, by its columns, for the
    narrowest visibility of its rows."""
    opening = _text(head).lstrip()
    if opening[:1] == "{":
        if '"audience"' not in opening and '"schema_version"' not in opening:
            return None
        data = json.loads(_text(head + budget.read(file)))
        said = as_audience(data.get("audience")) if isinstance(data, dict) and "schema_version" in data else None
        return (said, f"the portfolio's data (portfolio.json) of a build for the {said} audience") if said else None
    if "visibility" not in opening.lower():
        return None
    text = _text(head + budget.read(file))
    lines = text[:_HEAD].splitlines()[:3]
    separator = max((",", ";", "\t"), key=lambda mark: sum(line.count(mark) for line in lines))
    try:
        audience = _items(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error:  # (a file of another kind, whose bytes read as no table)
        return None
    if audience and budget.left <= 0:  # rows not read: they may be anyone's
        audience = AUDIENCES[-1]
    return (
        (audience, f"the portfolio's items (evidence.csv) of a build for the {audience} audience") if audience else None
    )


def _items(rows: Iterable[Sequence[str]]) -> Audience | None:
    """The narrowest visibility of the rows of a table whose header, among its first three rows, holds evidence.csv's
    columns (in any capitals and order); None for another table."""
    reader = iter(rows)
    for _ in range(3):
        header = [cell.strip().lower() for cell in next(reader, [])]
        if set(header) >= _CSV_MARKS:
            break
    else:
        return None
    column = header.index("visibility")
    said = [audience for row in reader if len(row) > column and (audience := as_audience(row[column].strip().lower()))]
    return max(said, key=AUDIENCES.index, default=AUDIENCES[0])


_CSV_MARKS = frozenset({"id", "type", "visibility", "maps_to"})
"""Columns of evidence.csv (export.csv_columns) by which it is told from another table with a column of visibility."""
