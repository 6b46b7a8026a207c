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
import html
import io
import json
import re
import zipfile
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

from ..model.item_types import ITEM_TYPES
from ..model.lazy_patterns import lazy_pattern
from ..model.urls import MARKDOWN_EXTENSIONS
from ..model.vocabulary import AUDIENCES, WIDEST, Audience, as_audience
from ..reading.file_contents import PDF_START, ZIP_START, a_picture
from ..reading.page_marks import MADE_BY, archive_unread, marked_within, may_be_marked, page_marked
from ..reading.text import as_text_anyhow
from ..reading.written_front_matter import front_matter_read, opens_front_matter, visibility_of
from ..reading.zip_members import ENCRYPTED, UNREADABLE
from .tarred import Unpacking, may_be_packed, packed_members


def pdf_identifier(audience: Audience) -> bytes:
    """The first part of the identifier of a PDF the portfolio makes for `audience` (a PDF's /ID, which the PDF
    keeps, uncompressed, at its end, through a later save of it by a PDF editor; the second part tells one PDF from
    another): it says what made the PDF and for whom."""
    return f"{MADE_BY} for the {audience} audience".encode("ascii")


_PDF_IDENTIFIER = lazy_pattern(rb"/ID\s*\[\s*(?:\(([^()\\]*)\)|<([0-9A-Fa-f\s]*)>)")
"""A PDF's identifier's first part, as a string in brackets or in hexadecimal digits (as an editor writes it)."""
_MADE_FOR = lazy_pattern(MADE_BY + r" for the ([a-z]+) audience")
_PDF_TAIL = 65536
"""How much of a PDF's end is read for its identifier: in its trailer, or in the cross-reference stream that
`startxref`, in its last bytes, names (at the start of that stream, before its data)."""
_HEAD = 4096
"""How much of a file (or a zip's member) is read first, to tell whether it may be one of the outputs."""
_MOST_READ = 64_000_000
"""The most bytes read of one file, the members of a zip unpacked included (a file larger is taken as internal's
where what was read of it is evidence.csv)."""
_MOST_UNPACKED = 1_000_000_000
"""The most bytes unpacked to seek in zips' members: a PDF read at its end, a zip too large to read first opened where
it is (a seek back in a packed member unpacks it again from its start: a hostile review)."""
_ZIP_PASSES = 4
"""How many times a zip in a zip opened where it is is unpacked: to its end and back for its list of members, then
through its members in the order they are stored."""
_MOST_MEMBERS = 10_000
"""The most members of a zip looked at."""
_STRINGS_READ = 8_000_000
"""How much of a workbook's list of strings (or first sheet) is read for evidence.csv's columns."""
_DEPTH = 4
"""How deep zips in zips are opened (a zip in a zip, a document in it, a workbook in that: a chart's)."""

Found = tuple[Audience, str]
UNKNOWN = "so what it holds is unknown"
"""How a message ends that says a file is the internal audience's for what cannot be read of it (no output known)."""


class _Budget:
    """What is left to read of a file (and, of a tar in a zip, of all the tars a check reads: site/tarred.py)."""

    def __init__(self, tars: Unpacking | None = None) -> None:
        self.left = _MOST_READ
        self.unpacked = _MOST_UNPACKED
        self.tars = tars or Unpacking()

    def unpack(self, size: int) -> bool:
        """Whether `size` bytes more may be unpacked to seek through a member (counted)."""
        self.unpacked -= size
        return self.unpacked >= 0

    def read(self, file: IO[bytes], size: int = -1) -> bytes:
        content = file.read(self.left if size < 0 else min(size, self.left))
        self.left -= len(content)
        return content


def made_for(path: Path) -> Found | None:
    """The audience the file at `path` was made for, if it is one of the portfolio's own outputs, with what it is as
    a message names it (`the accreditation pack's PDF for the internal audience`); the internal audience for a zip
    holding a page kept by its front matter, or what cannot be looked at (encrypted, or not to be read), or that
    cannot be read whole (hostile reviews); None for any other file."""
    try:
        with open(path, "rb") as file:
            return _made_for(file, _Budget(), 0)[0]
    except RecursionError:  # data nested too deep to read (a review of valid portfolios: such data was published)
        return WIDEST, f"data nested too deep to be read, {UNKNOWN}"
    except (OSError, zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError):
        return None  # (a damaged zip, an encrypted one; ValueError: a text that is no JSON or CSV, UnicodeError)


def _made_for(file: IO[bytes], budget: _Budget, depth: int, size: int = 0, name: str = "") -> tuple[Found | None, bool]:
    """What a file, or a zip's member (`depth`: how many zips deep; `size`: its size unpacked; `name`: its name in
    the zip), was made for, and whether it may be an output that was left unread past the limits: a PDF is read at
    its end, a zip opened where it is (as it seeks, not kept; a zip in a zip read first, within the limit), and a
    text only where its start is portfolio.json's or evidence.csv's (a review of valid portfolios: a zip of a large
    dataset was taken for the internal audience's, read to the limit). A zip's member that is none of those says
    whom it is for in its front matter, as a file under evidence/ does (written_front_matter)."""
    head = budget.read(file, _HEAD)
    # (a zip with bytes before it, as a self-extracting one, is known by its end: a hostile review)
    if head.startswith(ZIP_START) or (not depth and _ends_as_zip(file)):
        # (deeper: a chart's workbook in a document in zips, a review of valid portfolios)
        if depth >= _DEPTH:
            return None, False
        # A zip in a zip is read first (each seek back in its member would unpack it again from its start: a hostile
        # review, 73 s), or where too large, opened where it is; unpacked within a limit of its own, not the reading's
        # (a review: documents, which are zips, in a zip of board papers left it unread, and internal's)
        in_place = bool(depth) and size > _MOST_READ
        if depth and not budget.unpack(size * (_ZIP_PASSES if in_place else 1)):
            return None, True
        if depth and not in_place:
            file = io.BytesIO(head + file.read())
        try:
            found = _zip(file, budget, depth, in_place)
        except UNREADABLE:  # a zip unzip opens and Python does not (a name not in its encoding: a hostile review)
            return (WIDEST, _UNREAD if not depth else f'"{name}", a zip that cannot be read whole'), False
        if depth and found and found[1].startswith(_HOLDING):  # said by its path through the zips
            return (found[0], f'"{name} › {found[1].removeprefix(_HOLDING)}'), False
        return found, False
    if depth and opens_front_matter(head):  # a page in a zip, whose front matter says whom it is for (a hostile review)
        if may_be_marked(head):  # (or a saved page whose first header reads as a key, `From: <Saved by Blink>`: a
            head += budget.read(file, marked_within(head) - len(head))  # review of the change found it not read)
            found = _marked_page(head, name, depth)
            if found is not None:
                return found, False
        said = _kept_page(front_matter_read(head, lambda size: budget.read(file, size), name))
        return ((said[0], f'"{name}", whose front matter {said[1]}') if said else None), False
    if PDF_START in head[:_PDF_LEAD]:  # (after a zip's start: a zip holding a PDF unpacked is no PDF, a hostile review)
        return _pdf(file, budget, size)
    if a_picture(head):  # no output of the portfolio's (a theme's 600 pictures were each read as text: a review)
        return None, False
    if may_be_marked(head):  # a page's mark, which a page saved again may push on (a hostile review)
        head += budget.read(file, marked_within(head) - len(head))
    found = _marked_page(head, name, depth)
    if found is not None:
        return found, False
    start = _unassigned(_text(head)).lstrip()  # (as JSON, where a script gives a variable its value)
    read: list[str] = []

    def whole() -> str:
        """The file's text, read once (where it is looked at: a search index, or the portfolio's data)."""
        if not read:
            read.append(_text(head + budget.read(file)))
        return read[0]

    index = _site_index(start, whole)
    if index is not None:  # the text of its site's pages (a hostile review), named in a zip
        return (WIDEST, f'"{name}", {index}' if depth else index), False
    said = _data(start, whole, budget)
    return said, budget.left <= 0 and file.read(1) != b"" and _may_be_one(start)


def _marked_page(head: bytes, name: str, depth: int) -> Found | None:
    """A page (or a web archive of one) whose mark says it was made for an audience narrower than the public, with
    what it is (in a zip too: its offline pack's pages, or a site zipped)."""
    marked = page_marked(head)
    if marked is None or marked == "public":
        archive = archive_unread(head)
        if archive is None:
            return None
        unread = f"{archive} that cannot be read whole, {UNKNOWN}"
        return WIDEST, f'"{name}", {unread}' if depth else unread
    page = f"a page of a site the portfolio built for the {marked} audience"
    return marked, f'"{name}", {page}' if depth else page


def _ends_as_zip(file: IO[bytes]) -> bool:
    """Whether a file is a zip by its end, read from where it is read."""
    at = file.tell()
    try:
        return zipfile.is_zipfile(file)
    finally:
        file.seek(at)


def _kept_page(meta: Mapping[str, str] | None) -> Found | None:
    """The audience a page in a zip is kept for by its front matter, with how it says so: a `visibility` of its own
    other than public, or a `type` of an item's (internal unless it says); None for any other (a site's pages, as
    Hugo's `type: event`, or front matter that is no YAML, `+++`: a false-positive review)."""
    if meta is None or meta.get("visibility") == "front matter that cannot be read":
        return None
    audience = visibility_of(meta)
    if audience is None:
        return None
    if "visibility" in meta and audience != "public":
        return audience, f'says "visibility: {meta["visibility"]}"'
    if "visibility" not in meta and meta.get("type") in ITEM_TYPES:
        return audience, f'is an item\'s ("type: {meta["type"]}"), which is for the internal audience unless it says'
    return None


EXPORTED = ("the portfolio's data (portfolio.json)", "the portfolio's items (evidence.csv)")
"""What a site's exports are, portfolio.json and evidence.csv, as a message says them (site/pages.EXPORTS)."""
SEARCH_INDEX = (
    "a site's search index, which holds the text of the site's pages without saying whose they are (the internal "
    "audience's, wherever it is)"
)
"""What a search index of a site is (Material's search/search_index.json, or the offline copy's search_index.js),
as a message says it: the internal audience's, even in a copy of a site for others, which may hold another's (a
review of the change: a public site's portfolio.json beside an internal site's search index)."""
TAGS_INDEX = (
    "a site's index of tags (Material's tags.json), which lists the titles and addresses of the site's tagged pages "
    "without saying whose they are (the internal audience's, wherever it is)"
)
"""What the index of tags Material's tags plugin writes of a site is (its tags.json), as a message says it: the
internal audience's wherever it is (a hostile review put an internal build's in a snippets folder)."""
SITEMAP = (
    "a site's sitemap, which lists the addresses of the site's pages without saying whose they are (the internal "
    "audience's, wherever it is)"
)
"""What a site's sitemap.xml is, as a message says it: the addresses of every page, named from their files."""
INDEXES = {SEARCH_INDEX: "the search index", TAGS_INDEX: "the index of tags", SITEMAP: "the sitemap"}
"""What a site writes of its pages without saying whose they are, each as a fix names it."""


def _index_first(what: str) -> int:
    """How a message names first what a zip holds (`what`: its message): a search index, then an index of tags, then
    a sitemap, before anything else."""
    return next((len(INDEXES) - rank for rank, index in enumerate(INDEXES) if index in what), 0)


def _site_index(start: str, whole: Callable[[], str]) -> str | None:
    """What a file is (SEARCH_INDEX, TAGS_INDEX), where it is a site's index of its pages; None for any other."""
    if _search_index(start, whole):
        return SEARCH_INDEX
    if _tags_index(start, whole):
        return TAGS_INDEX
    if _URLSET.search(start) and _SITEMAPS in start and "{%" not in start and "{{" not in start:
        return SITEMAP  # (a theme's template of one, in custom_dir, is none: a review of the change)
    return None


_SITEMAPS = "www.sitemaps.org/schemas/sitemap/"
"""The start of the namespace of a sitemap's list of addresses (`<urlset xmlns=...>`)."""
_URLSET = lazy_pattern(r"<(?:[\w.-]+:)?urlset\b")
"""A sitemap's list of addresses, its namespace named by a prefix too (`<ns0:urlset>`, as Python's ElementTree writes
it: a review of the change)."""


def _tags_index(start: str, whole: Callable[[], str]) -> bool:
    """Whether a file (its text's `start`, as JSON; `whole`, its text) is a site's index of tags as Material's tags
    plugin writes it: its `mappings`, each a page (its address and title) and its tags (other keys beside them too,
    as a later version or a hand may add: a review of the change)."""
    if not start.startswith("{") or '"mappings"' not in start:
        return False
    try:
        data = json.loads(whole())
    except ValueError:
        return False
    mappings = data.get("mappings") if isinstance(data, dict) else None
    return (
        isinstance(mappings, list)
        and bool(mappings)
        and all(
            isinstance(mapping, dict)
            and {"item", "tags"} <= mapping.keys()
            and isinstance(mapping["item"], dict)
            and {"url", "title"} <= mapping["item"].keys()
            for mapping in mappings
        )
    )


def _search_index(start: str, whole: Callable[[], str]) -> bool:
    """Whether a file (its text's `start`, as JSON; `whole`, its text) is a site's search index: its settings and its
    pages (`docs`) alone, each page its place, title and text (and tags, a boost), in JSON or a script giving a
    variable its value, in a list too (a review of valid portfolios: a dataset of places with a title and a text
    each, under `docs` beside other keys, is none)."""
    if start[:1] not in ("{", "[") or ('"docs"' not in start and '"config"' not in start):
        return False
    try:
        data = json.loads(_unassigned(whole()))
    except ValueError:  # (cut short, or edited by hand: its pages' start, as Material writes them)
        return _PAGES.search(start) is not None
    data = data[0] if isinstance(data, list) and data else data
    pages = data.get("docs") if isinstance(data, dict) and data.keys() <= {"config", "docs"} else None
    return (
        isinstance(pages, list)
        and bool(pages)
        and all(isinstance(page, dict) and _PAGE_KEYS <= page.keys() <= _PAGE_KEYS_ALL for page in pages)
    )


_PAGE_KEYS = frozenset(("location", "title", "text"))
"""The keys every page of a search index has."""
_PAGE_KEYS_ALL = _PAGE_KEYS | {"tags", "boost"}
"""The keys a page of a search index may have."""
_PAGES = lazy_pattern(r'"docs"\s*:\s*\[\s*\{\s*"location"\s*:')
"""The start of a search index's pages, as Material writes them."""


_UNREAD = f"a zip that cannot be read whole (damaged, or written in a way not read), {UNKNOWN}"
_HOLDING = 'a zip holding "'
_PDF_LEAD = 1024
"""How far into a file a PDF reader looks for `%PDF-` (past bytes a program wrote before it)."""


def _pdf(file: IO[bytes], budget: _Budget, size: int) -> tuple[Found | None, bool]:
    """A PDF, by the first part of its identifier: in its last trailer, or in the cross-reference stream its last
    `startxref` names (a PDF saved again by an editor writes the identifier in hexadecimal digits); and whether it
    was left unread, a zip's member (`size`: its size unpacked) too large to unpack within the limit."""
    if size and not budget.unpack(size):  # (a zip's member, unpacked as far as it is sought)
        return None, True
    end = size or file.seek(0, io.SEEK_END)
    file.seek(max(0, end - _PDF_TAIL))
    tail = file.read()
    found = _PDF_IDENTIFIER.search(tail)
    start = re.findall(rb"startxref\s+(\d{1,12})\s+%%EOF", tail)
    if found is None and start and int(start[-1]) < end:
        if size and not budget.unpack(int(start[-1])):  # (sought back: unpacked again from its start)
            return None, True
        file.seek(int(start[-1]))
        found = _PDF_IDENTIFIER.search(file.read(_HEAD))
    if size and not budget.unpack(_PDF_TAIL):  # (its start, sought back: unpacked again from its start)
        return None, True
    file.seek(0)
    head = file.read(_PDF_TAIL)
    if found is None:  # a PDF saved "for fast web view" (linearised) says it in the trailer of its first page
        found = _PDF_IDENTIFIER.search(head)
    audience = _identified(found) if found else None
    if audience is not None:
        return (audience, f"the accreditation pack's PDF for the {audience} audience"), False
    # saved again under an identifier of its own (pages merged, a PDF compressed: a hostile review), the description
    # its metadata keeps, where a tool keeps it (usually at its start or its end)
    audience = _described_for(head + tail)
    return (
        (audience, f"the accreditation pack's PDF for the {audience} audience, saved again") if audience else None
    ), False


def _identified(found: re.Match[bytes]) -> Audience | None:
    """The audience a PDF's identifier names, where it is one the portfolio wrote (pdf_identifier)."""
    written = found[1] if found[1] is not None else bytes.fromhex(re.sub(rb"\s", b"", found[2]).decode())
    text = written.decode("utf-16") if written.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE)) else None
    said = _MADE_FOR.fullmatch(text if text is not None else written.decode("latin-1"))
    return as_audience(said[1]) if said else None


def pdf_subject(audience: Audience) -> str:
    """How the description of a PDF the portfolio makes for `audience` says whom it is for (its metadata's
    subject), which a tool saving the PDF again may keep where it writes an identifier of its own."""
    return f"evidence portfolio for the {audience} audience"


def _described_for(data: bytes) -> Audience | None:
    """The narrowest audience whose PDF description (pdf_subject) `data` holds, written as a PDF writes a text: in
    letters, in UTF-16, or in hexadecimal digits of either."""
    lowered = data.lower()
    for audience in reversed(AUDIENCES):
        said = pdf_subject(audience)
        forms = (said.encode("ascii"), said.encode("utf-16-be"))
        if any(form in data or form.hex().encode("ascii") in lowered for form in forms):
            return audience
    return None


def _zip(file: IO[bytes], budget: _Budget, depth: int, in_place: bool = False) -> Found | None:
    """The narrowest audience of what the zip holds: the offline pack (its portfolio.json, evidence.csv and PDF), a
    site zipped, an output zipped alone or in another zip, or evidence.csv saved as an Excel workbook. Its smallest
    members are looked at first (portfolio.json before the pictures of a site), but in a zip opened where it is in
    another's member (`in_place`: too large to read first), in the order they are stored; a PDF is read at its end
    alone; a member that cannot be read (encrypted, damaged) is passed over. A zip with members that may be outputs
    left unread at the end of the limits is taken as the internal audience's."""
    file.seek(0)
    found: list[Found] = []
    with zipfile.ZipFile(file) as archive:
        names = {name.lower(): name for name in archive.namelist()}
        listed = names.get("xl/sharedstrings.xml") or names.get("xl/worksheets/sheet1.xml")
        if "xl/workbook.xml" in names and _may_list_items(archive, listed, budget):
            said = _workbook(file, budget)
            if said:  # (evidence.csv saved as a workbook: said as one)
                return said
        if "content.xml" in names and _may_list_items(archive, names["content.xml"], budget):
            with archive.open(names["content.xml"]) as content:  # an OpenDocument spreadsheet's (.ods) sheets
                audience = _items(marked_up_rows(_text(budget.read(content))))
            if audience:
                return audience, f"{EXPORTED[1]} of a build for the {audience} audience, as a spreadsheet"
        # (opened where it is, in a member: in the order they are stored, each seek forward)
        order: Callable[[zipfile.ZipInfo], int] = (lambda e: e.header_offset) if in_place else (lambda e: e.file_size)
        members = sorted((entry for entry in archive.infolist() if not entry.is_dir()), key=order)
        left_unread = len(members) > _MOST_MEMBERS
        for entry in members[:_MOST_MEMBERS]:
            if entry.flag_bits & ENCRYPTED:  # what it holds cannot be looked at (hostile reviews)
                found.append((WIDEST, f'"{entry.filename}", which is encrypted, {UNKNOWN}'))
                continue
            try:
                said, unread = _member(archive, entry, budget, depth)
            except UNREADABLE:  # packed in a way not read, or damaged: the others are read
                # a page, or a zip (a hostile review)
                if entry.filename.lower().endswith((*MARKDOWN_EXTENSIONS, *_ZIPS)):
                    found.append((WIDEST, f'"{entry.filename}", which cannot be read, {UNKNOWN}'))
                continue
            found += [said] if said else []
            left_unread = left_unread or unread
    if left_unread:
        found.append((WIDEST, ""))  # (said as the outputs' below)
    if not found:
        return None
    # (a search index first, of the narrowest, named: no version of the zip may be made for a wider audience, but one
    # without it; the offline pack of any audience too: a review of the change was told it was internal's outputs)
    # (and what is known before what is not: an encrypted member hid an internal page beside it, a review)
    audience, what = max(
        found, key=lambda said: (AUDIENCES.index(said[0]), _index_first(said[1]), UNKNOWN not in said[1])
    )
    if what.startswith('"'):  # a page or a search index in it (or in a zip in it, by its path through them)
        return audience, f"a zip holding {what}"
    return audience, f"a zip of the portfolio's outputs (such as its offline pack) for the {audience} audience"


def _member(archive: zipfile.ZipFile, entry: zipfile.ZipInfo, budget: _Budget, depth: int) -> tuple[Found | None, bool]:
    if budget.left <= 0:  # (what is left may be an output: a hostile review spent the limit on a member before them)
        return None, True
    with archive.open(entry) as member:
        return _made_for(member, budget, depth + 1, entry.file_size, entry.filename)


def zipped_members(
    path: Path, kept: Collection[tuple[int, int]], tars: Unpacking | None = None
) -> Iterator[tuple[str, int, int | None]]:
    """Each member of the zip at `path` (and of zips in it, `_DEPTH` deep) that may hold what a withheld file holds
    (`kept`: their sizes and CRC-32s), by its path through the zips, its size and its CRC-32, as the zip lists them (a
    hostile review zipped an internal item with its attachment, to attach it to a public one): one listed with a
    withheld file's size and CRC-32; or, listed with a withheld file's size or CRC-32 (the other false), one that
    cannot be read through to tell it from it (packed in a way Python does not unpack, its CRC-32 false, past the
    limits), its CRC-32 given as None where it is not a withheld file's. An encrypted member is known by what the zip
    lists alone, and a zip in it that cannot be read is not looked into: made_for keeps a zip holding either from all
    but the internal audience. A zip with bytes before it (self-extracting) is known by its end; a zip in a zip, by
    its start or its name."""
    try:
        with open(path, "rb") as file:  # (known to be a zip by its caller: not looked at again)
            yield from _zipped(file, kept, _Budget(tars), 1, "")
    except (OSError, *UNREADABLE):
        return  # (said where the file cannot be read; a zip that cannot be read whole, by made_for)


def zip_in_a_tar(
    file: IO[bytes], kept: Collection[tuple[int, int]], depth: int, path: str, tars: Unpacking
) -> Iterator[tuple[str, int, int | None]]:
    """zipped_members of a zip inside a tar (`file`, read whole); one that cannot be read is taken to hold a file
    of each size kept, as a tar that cannot be is (site/tarred.py): made_for does not see it."""
    try:
        yield from _zipped(file, kept, _Budget(tars), depth, path)
    except UNREADABLE:
        for size in sorted({size for size, _ in kept}):
            yield path.removesuffix(" › "), size, None


_ZIPS = (".zip", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar")
"""The names of kinds of file that are zips."""


def _zipped(
    file: IO[bytes], kept: Collection[tuple[int, int]], budget: _Budget, depth: int, path: str
) -> Iterator[tuple[str, int, int | None]]:
    sizes, checksums = {size for size, _ in kept}, {checksum for _, checksum in kept}
    with zipfile.ZipFile(file) as archive:
        for entry in [entry for entry in archive.infolist() if not entry.is_dir()][:_MOST_MEMBERS]:
            name, size = path + entry.filename, entry.file_size
            if (size, entry.CRC) in kept:
                yield name, size, entry.CRC
                continue
            encrypted = bool(entry.flag_bits & ENCRYPTED)  # known by what it lists alone (a false-positive review)
            if not encrypted and (size in sizes or entry.CRC in checksums):  # (one listed false, unzip unpacks it)
                try:  # read through, its CRC-32 checked as it ends, its size counted
                    read = 0
                    with archive.open(entry) as member:
                        while budget.unpack(_CHUNK) and (chunk := len(member.read(_CHUNK))):
                            read += chunk
                        if budget.unpacked < 0:
                            raise RuntimeError("past the limit")
                except UNREADABLE:
                    yield name, size, entry.CRC if entry.CRC in checksums else None
                    continue
                if (read, entry.CRC) in kept:
                    yield name, read, entry.CRC
                    continue
            if encrypted or depth >= _DEPTH or size < len(ZIP_START):  # (an encrypted zip: see made_for)
                continue
            zipped = entry.filename.lower().endswith(_ZIPS)
            try:
                with archive.open(entry) as member:
                    head = member.read(_TAR_HEAD)
                    if not head.startswith(ZIP_START) and may_be_packed(head):
                        # a tar in the zip (a hostile review): looked into as one attached is; one too large to read
                        # whole is taken to hold what is withheld, not read cut short (a review of the reader)
                        if size > _MOST_READ or not budget.unpack(size):
                            yield from ((name, each, None) for each in sorted({each for each, _ in kept}))
                            continue
                        inner_tar = io.BytesIO(head + member.read(size - len(head)))
                        yield from packed_members(inner_tar, kept, budget.tars, zip_in_a_tar, depth + 1, f"{name} › ")
                        continue
                    zipped = head.startswith(ZIP_START) or zipped
                    if not zipped:
                        continue
                    # a zip in it: read first, or where too large opened where it is, within the limit of what is
                    # unpacked (as made_for reads it); past that, it may hold anything
                    in_place = size > _MOST_READ
                    if not budget.unpack(size * (_ZIP_PASSES if in_place else 1)):
                        raise RuntimeError("past the limit")
                    member.seek(0)
                    inner = member if in_place else io.BytesIO(member.read())
                    if zipfile.is_zipfile(inner):
                        yield from _zipped(inner, kept, budget, depth + 1, f"{name} › ")
            except UNREADABLE:
                continue  # (a zip in it that cannot be read: see made_for)


_TAR_HEAD = 512
"""How much of a zip's member is read to tell whether it is a tar (its first header)."""
_CHUNK = 1 << 20
"""How much of a zip's member is unpacked at a time, to check it."""


def _may_list_items(archive: zipfile.ZipFile, listed: str | None, budget: _Budget) -> bool:
    """Whether a workbook may hold evidence.csv's columns: the start of its member `listed` (an Excel workbook's list
    of strings, or without one its first sheet; an OpenDocument spreadsheet's content) names "maps_to" and
    "visibility" (a workbook is read whole only then)."""
    if listed is None:
        return True
    with archive.open(listed) as part:
        words = budget.read(part, _STRINGS_READ).lower()
    return b"maps_to" in words and b"visibility" in words


def _may_be_one(start: str) -> bool:
    """Whether a text, by its start (as JSON), may be one of the portfolio's data in JSON (portfolio.json, a report,
    the library's data: its schema's version, its audience among keys sorted, the library's badges) or evidence.csv
    (its columns of visibility and maps_to)."""
    text = start.lower()
    if text[:1] in ("{", "[", "/"):
        return any(f'"{key}"' in text for key in ("schema_version", "audience", "badges")) or (
            '"visibility"' in text and '"maps_to"' in text  # (evidence.csv's rows as JSON: a hostile review)
        )
    return "visibility" in text and "maps_to" in text


_ASSIGNED = lazy_pattern(r"\s*(?:(?:var|let|const)\s+)?[\w.$]+\s*=\s*")
"""A script's start that gives a variable its value (the library's data: `window.portfolioLibrary = {...};`)."""


def _unassigned(text: str) -> str:
    """A script that gives a variable a value, as the value alone (JSON); any other text as it is."""
    assigned = _ASSIGNED.match(text)
    return text[assigned.end() :].rstrip().removesuffix(";") if assigned else text


def _workbook(file: IO[bytes], budget: _Budget) -> Found | None:
    """evidence.csv saved as an Excel workbook: the narrowest visibility of any sheet that holds its columns."""
    from ..reading.workbook_rows import workbook_sheets  # (here: only a workbook needs XML read)

    file.seek(0)
    sheets = workbook_sheets(budget.read(file)) or []
    found = [said for sheet in sheets if (said := _items([cells for _, cells in sheet.rows]))]
    if not found:
        return None
    audience = max(found, key=AUDIENCES.index)
    return audience, f"{EXPORTED[1]} of a build for the {audience} audience, as a workbook"


def _text(raw: bytes) -> str:
    """Bytes as text, as a program would show them (UTF-16 with its byte-order mark or without: a review of the
    change, a search index saved so was not known)."""
    return as_text_anyhow(raw)


def _data(start: str, whole: Callable[[], str], budget: _Budget) -> Found | None:
    """The portfolio's data in JSON (its text's `start`, as JSON; `whole`, its text), by the keys it has and the
    audience it names; evidence.csv, by its columns, for the narrowest visibility of its rows."""
    if not _may_be_one(start):
        return None
    if start[:1] in ("{", "[", "/"):  # (JSON, in a list, or after a comment: a hand-edited copy)
        said = _json_output(_unassigned(whole()))
        return (said[0], f"{said[1]} of a build for the {said[0]} audience") if said else None
    text = whole()
    if "<" in text[:_HEAD] and _TABLE_CELL.search(text):  # saved as a page's table, or a spreadsheet's XML
        audience = _items(marked_up_rows(text))
        return (audience, f"{EXPORTED[1]} of a build for the {audience} audience, as a table") if audience else None
    lines = text[:_HEAD].splitlines()[:_HEADER_ROWS]
    separator = max((",", ";", "\t"), key=lambda mark: sum(line.count(mark) for line in lines))
    try:
        audience = _items(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    except csv.Error:  # (a file of another kind, whose bytes read as no table)
        return None
    if audience and budget.left <= 0:  # rows not read: they may be anyone's
        audience = WIDEST
    return (audience, f"{EXPORTED[1]} of a build for the {audience} audience") if audience else None


def _json_output(text: str) -> Found | None:
    """The audience one of the portfolio's data in JSON names (_JSON_OUTPUTS), with what it is: read as JSON, or,
    where it is no longer JSON (a comment, a comma left by a hand's edit), by its keys' words."""
    try:
        data = json.loads(text)
    except ValueError:
        data = _json_lines(text) or text  # (JSON Lines, a row on each: a hostile review; else the text)
    if isinstance(data, dict) and isinstance(columns := data.get("visibility"), dict) and "maps_to" in data:
        # evidence.csv's columns as JSON, each a mapping of its rows (pandas' to_json: a hostile review)
        said = [audience for value in columns.values() if (audience := as_audience(str(value).strip().lower()))]
        return max(said, key=AUDIENCES.index, default=AUDIENCES[0]), f"{EXPORTED[1]}, as JSON,"
    if isinstance(data, dict) and isinstance(data.get("visibility"), str) and "maps_to" in data:
        data = [data]  # (one row of JSON Lines)
    if isinstance(data, str):  # (no JSON: read by its keys' words)
        for keys, output in _JSON_OUTPUTS:
            if all(f'"{key}"' in text for key in keys):
                said = _AUDIENCE_NAMED.findall(text)
                named = [audience for audience in map(as_audience, said) if audience]
                narrowest = max(named, key=AUDIENCES.index, default=None)
                return (narrowest, output) if narrowest else None
        return None
    if isinstance(data, list) and data and all(isinstance(row, dict) for row in data[:_HEADER_ROWS]):
        # evidence.csv's rows as JSON, each a mapping of its columns (a hostile review: converted, it was published)
        audience = _items([list(data[0]), *([str(value) for value in row.values()] for row in data)])
        if audience:
            return audience, f"{EXPORTED[1]}, as JSON,"
    data = data[0] if isinstance(data, list) and data else data
    if not isinstance(data, dict):
        return None
    what = next((output for keys, output in _JSON_OUTPUTS if all(key in data for key in keys)), None)
    audience = as_audience(data.get("audience"))
    if what == _LIBRARY_DATA and audience is None:  # one written before it said its audience: its rows' narrowest
        audience = max(_rows_visibility(data["items"]), key=AUDIENCES.index, default=WIDEST)
    return (audience, what) if audience and what else None


def _json_lines(text: str) -> list[object]:
    """The values of a text of JSON Lines (a value on each line), its first rows; none where it is not one."""
    rows = []
    for line in text.splitlines()[: _HEADER_ROWS * 1000]:
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError:
                return []
    return rows


def _rows_visibility(rows: object) -> list[Audience]:
    """The visibility of each row of the library's data (the 13th of each row: site/render.library_data); the
    internal audience's for a row that says none."""
    if not isinstance(rows, list):
        return [WIDEST]
    return [as_audience(row[12]) or WIDEST if isinstance(row, list) and len(row) > 12 else WIDEST for row in rows]


_LIBRARY_DATA = "the library's data (library-data.js)"
_JSON_OUTPUTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("schema_version", "framework", "challenges", "items"), EXPORTED[0]),
    (("withheld_items", "gaps", "challenges"), "the portfolio's report (portfolio report --format json)"),
    (("visit", "ready", "gaps"), "the portfolio's readiness (portfolio readiness --format json)"),
    (("badges", "items", "types"), _LIBRARY_DATA),
)
"""The portfolio's data in JSON, each by the keys that tell it from another tool's data with an audience (a review
of valid portfolios: a dataset's own schema_version and audience), and what it is, as a message says it (a hostile
review: a report of the internal audience, saved and attached to a public item, was published)."""


_AUDIENCE_NAMED = lazy_pattern(r'"audience"\s*:\s*"([a-z]+)"')


_TABLE_CELL = lazy_pattern(r"<(?:t[dh]|table:table-cell|(?:ss:)?cell)\b", re.IGNORECASE)
"""A cell of a table written in markup: a page's (`<td>`, `<th>`), an OpenDocument spreadsheet's, Excel's XML
Spreadsheet 2003's (`<Cell><Data>`)."""
_ROW = lazy_pattern(
    r"<(?:tr|table:table-row|(?:ss:)?row)\b[^>]*>(.*?)"
    r"(?=<(?:/?tr\b|/?table:table-row\b|/?(?:ss:)?row\b|/table[\s>])|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_CELL = lazy_pattern(
    r"<(?:t[dh]|table:table-cell|(?:ss:)?cell)\b([^>]*?)(?:/>|>(.*?)"
    r"(?=<(?:/?t[dh]|/?table:table-cell|/?(?:ss:)?cell|/?tr|/?table:table-row|/?(?:ss:)?row)\b|\Z))",
    re.IGNORECASE | re.DOTALL,
)
_REPEATED = lazy_pattern(r"table:number-columns-repeated\s*=\s*[\"'](\d+)", re.IGNORECASE)
_MARKUP = lazy_pattern(r"<[^>]*>")
_MOST_REPEATED = 64
"""The most times a cell an OpenDocument spreadsheet writes once for several (empty ones) is counted."""


def marked_up_rows(text: str) -> list[list[str]]:
    """The rows of the tables of a text in markup (a page's, an OpenDocument spreadsheet's content.xml), each a
    list of its cells' text (evidence.csv saved as a page or opened and saved as .ods: a hostile review found each
    published)."""
    rows = []
    for row in _ROW.finditer(text):
        cells: list[str] = []
        for cell in _CELL.finditer(row[1]):
            repeated = _REPEATED.search(cell[1])
            value = html.unescape(_MARKUP.sub("", cell[2] or "")).strip()
            cells += [value] * min(int(repeated[1]) if repeated else 1, _MOST_REPEATED)
        rows.append(cells)
    return rows


def _items(rows: Iterable[Sequence[str]]) -> Audience | None:
    """The narrowest visibility of the rows of a table whose header, among its first rows, holds evidence.csv's
    `visibility` and `maps_to` (in any capitals and order; not a document register's visibility alone: a review of
    valid portfolios); None for another table."""
    reader = iter(rows)
    for _ in range(_HEADER_ROWS):
        header = [cell.strip().lower() for cell in next(reader, [])]
        if "visibility" in header and "maps_to" in header:
            break
    else:
        return None
    column = header.index("visibility")
    said = [audience for row in reader if len(row) > column and (audience := as_audience(row[column].strip().lower()))]
    return max(said, key=AUDIENCES.index, default=AUDIENCES[0])


_HEADER_ROWS = 6
"""How many rows a table's header is looked for in (a title and blank rows above it, as a spreadsheet's)."""
