"""The audience the portfolio's own outputs say they were made for, read from the file whatever its name: the PDF of
the accreditation pack (`portfolio pdf`), the offline pack (`portfolio pack`: a zip of the site), a site's
portfolio.json and evidence.csv. A copy of one saved under evidence/ is kept from the audiences it was not made for,
as a file whose front matter says so is (site/publication.py): a hostile review uploaded the PDF and the pack of an
internal build beside a public item, for the assessor, and a public build published every internal item in them.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path
from typing import IO

from ..model.vocabulary import AUDIENCES, Audience, as_audience
from ..reading.file_contents import PDF_START, ZIP_START
from .export import csv_columns

_MADE_BY = "evidence-portfolio"


def pdf_identifier(audience: Audience) -> bytes:
    """The first part of the identifier of a PDF the portfolio makes for `audience` (a PDF's /ID, which the PDF
    keeps, uncompressed, at its end, through a later save of it by a PDF editor; the second part tells one PDF from
    another): it says what made the PDF and for whom."""
    return f"{_MADE_BY} for the {audience} audience".encode("ascii")


_PDF_IDENTIFIER = re.compile(rb"/ID\s*\[\s*\(" + _MADE_BY.encode() + rb" for the ([a-z]+) audience\)")
_PDF_TAIL = 4096
"""How much of a PDF's end is read for its identifier: in its trailer, or in the cross-reference stream that
`startxref`, in its last bytes, names (at the start of that stream, before its data)."""
_HEAD = 4096
"""How much of a file is read first: what it starts with, and a CSV file's header."""
_JSON_HEAD = 65536
"""How much of portfolio.json is read for the audience it names (written after the framework, before the items)."""
_MOST_ROWS_READ = 64_000_000
"""The most of evidence.csv read for its rows' visibility (a file larger than that is taken as internal's)."""


def made_for(path: Path) -> tuple[Audience, str] | None:
    """The audience the file at `path` was made for, if it is one of the portfolio's own outputs, with what it is as
    a message names it (`the accreditation pack's PDF for the internal audience`); None for any other file."""
    try:
        with open(path, "rb") as file:
            head = file.read(_HEAD)
            if head.startswith(PDF_START):
                return _pdf(file)
            if head.startswith(ZIP_START):
                return _zip(file)
            return _data(head, file)
    except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError):
        return None  # what cannot be read is no output of the portfolio's (a damaged zip, an encrypted one)


def _pdf(file: IO[bytes]) -> tuple[Audience, str] | None:
    size = file.seek(0, io.SEEK_END)
    file.seek(max(0, size - _PDF_TAIL))
    tail = file.read()
    found = _PDF_IDENTIFIER.search(tail)
    start = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail)
    if found is None and start is not None and int(start[1]) < size:
        file.seek(int(start[1]))
        found = _PDF_IDENTIFIER.search(file.read(_PDF_TAIL))
    audience = as_audience(found[1].decode()) if found else None
    return (audience, f"the accreditation pack's PDF for the {audience} audience") if audience else None


_DATA_FILES = ("portfolio.json", "evidence.csv")
"""The files of a site that say whom it was built for: a zip holding one (the offline pack, a site zipped) was made
for that audience too."""


def _zip(file: IO[bytes]) -> tuple[Audience, str] | None:
    with zipfile.ZipFile(file) as archive:
        found: list[Audience] = []
        for entry in archive.infolist():
            if entry.filename.rsplit("/", 1)[-1] in _DATA_FILES and not entry.is_dir():
                with archive.open(entry) as member:
                    said = _data(member.read(_HEAD), member)  # (read at most as far as a file's: no zip bomb)
                if said:
                    found.append(said[0])
    if not found:
        return None
    audience = max(found, key=AUDIENCES.index)
    return audience, f"a zip of the portfolio's site (the offline pack) for the {audience} audience"


_AUDIENCE_NAMED = re.compile(rb'"audience"\s*:\s*"([a-z]+)"')


def _data(head: bytes, file: IO[bytes]) -> tuple[Audience, str] | None:
    """portfolio.json, by its schema's version and the audience it names; evidence.csv, by its header, for the
    narrowest visibility of its rows."""
    opening = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if opening.startswith(b"{"):
        if b'"schema_version"' not in opening:
            return None
        named = _AUDIENCE_NAMED.search(opening + file.read(_JSON_HEAD - len(head)))
        built_for = as_audience(named[1].decode()) if named else None
        return (
            (built_for, f"the portfolio's data (portfolio.json) of a build for the {built_for} audience")
            if built_for
            else None
        )
    if b"\n" not in opening:
        return None
    header = next(csv.reader([opening.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
    if not header or header[0] != csv_columns()[0] or not set(header) >= _CSV_MARKS:
        return None
    rest = file.read(_MOST_ROWS_READ)
    column = header.index("visibility")
    rows = csv.reader(io.StringIO((opening + rest).decode("utf-8", "replace")))
    next(rows, None)
    said = [row_for for row in rows if len(row) > column and (row_for := as_audience(row[column]))]
    if len(rest) == _MOST_ROWS_READ:  # rows not read: they may be anyone's
        said.append(AUDIENCES[-1])
    audience = max(said, key=AUDIENCES.index, default=AUDIENCES[0])
    return audience, f"the portfolio's items (evidence.csv) of a build for the {audience} audience"


_CSV_MARKS = frozenset({"id", "type", "visibility", "maps_to"})
"""Columns of evidence.csv (csv_columns) by which it is told from another table with a column of visibility."""
