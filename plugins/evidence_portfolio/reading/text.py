"""Reading a file's bytes as text, reporting bytes that are not UTF-8, or a merge's two versions, at their line."""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections.abc import Iterator

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from .file_contents import OLE_START, PDF_START, ZIP_START


def decode(raw: bytes, path: str, problems: Problems) -> str | None:
    """UTF-8 text with any byte-order mark dropped and line endings made `\\n`; None (and an error) if not UTF-8, a
    document of an office program (_document), or if a merge left two versions of a part of it (merge_conflict)."""
    document = _document(raw) if raw.startswith(_DOCUMENT_STARTS) else None
    if document is not None:
        problems.add(
            "not-utf8",
            path,
            1,
            f"the file is {document}, not text, though its name ends {_suffix(path)}; copy its text into a new text "
            "file, or keep the document as a file an item attaches (attachments: in its front matter)",
        )
        return None
    # Notepad's and Word's "Unicode" text, with the mark that says so, or without it (a fuzz of malformed input:
    # read as UTF-8, every other character a NUL, told that line 1 had a character before its "---")
    wide = raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")) or _wide_without_mark(raw)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if not wide:
            start = unread_at(raw, exc)
            problems.add("not-utf8", path, raw[:start].count(b"\n") + 1, not_utf8(raw, start))
            return None
    if wide:
        # (UTF-32's mark starts as UTF-16's: an outside review was told UTF-16 of a file of UTF-32)
        saved = (
            "UTF-32"
            if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))
            else 'UTF-16 (Notepad and Word call it "Unicode")'
        )
        problems.add(
            "not-utf8",
            path,
            1,
            f'the file is saved as {saved}, not UTF-8; open it and save it again choosing the encoding "UTF-8"',
        )
        return None
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text  # (most files: no copy)
    conflict = merge_conflict(text)
    if conflict is not None:
        problems.add("merge-conflict", path, conflict[0], conflict[1])
        return None
    return text


def as_text_anyhow(raw: bytes) -> str:
    """`raw` as the text a program that opens it would most likely show: UTF-32 or UTF-16 (with the mark that says
    so or without: a hostile review published a page saved in UTF-32), else UTF-8, else Windows' own encoding
    (cp1252, as Excel saves a "CSV (Comma delimited)"), a byte it has no letter for as "\ufffd". For looking through
    a file published as it is, not for reading it."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # (before UTF-16's, which starts the same)
        return raw.decode("utf-32", "replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", "replace")
    if _wider_without_mark(raw):
        return raw.decode("utf-32-le" if raw[3] == 0 else "utf-32-be", "replace")
    if _wide_without_mark(raw):
        return raw.decode("utf-16-le" if raw[1] == 0 else "utf-16-be", "replace")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _wide_without_mark(raw: bytes) -> bool:
    """Whether `raw` is text saved as UTF-16 without the mark that says so: of its first 512 bytes, those at even
    places, or those at odd places, all NULs (the high bytes of letters and digits, spaces and line breaks)."""
    start = raw[:512]
    return (
        0 in start[:2]
        and len(start) >= 8
        and (start[0::2].count(0) == len(start[0::2]) or start[1::2].count(0) == len(start[1::2]))
    )


def _wider_without_mark(raw: bytes) -> bool:
    """Whether `raw` is text saved as UTF-32 without the mark that says so: of its first 512 bytes, the three high
    bytes of each character all NULs."""
    start = raw[:512]
    if len(start) < 16 or start[1:3] != b"\x00\x00":
        return False
    low = 0 if start[3] == 0 else 3  # (little-endian: the low byte first)
    return all(byte == 0 for place, byte in enumerate(start[: len(start) // 4 * 4]) if place % 4 != low)


_DOCUMENT_STARTS = (ZIP_START, PDF_START, b"{\\rtf", OLE_START)
"""How the files of office programs start: a zip (Word's .docx, Excel's .xlsx...), a PDF, RTF (WordPad, TextEdit) and
the older Word and Excel files (.doc, .xls)."""


def _document(raw: bytes) -> str | None:
    """What office program's document `raw` is, as a message names it (a careless contributor's review: a Word
    document renamed .md was told to type a character again); None for another file."""
    if raw.startswith(ZIP_START):
        head = raw[:4096]
        return next(
            (name for mark, name in _ZIPPED if mark in head), "a zip file (of a Word, Excel or PowerPoint document?)"
        )
    if raw.startswith(PDF_START):
        return "a PDF"
    if raw.startswith(b"{\\rtf"):
        return "an RTF document (as WordPad or TextEdit save one)"
    return "a Word or Excel document of the older kind (.doc, .xls)"


_ZIPPED = ((b"word/", "a Word document"), (b"xl/", "an Excel workbook"), (b"ppt/", "a PowerPoint presentation"))


def _suffix(path: str) -> str:
    """How a file's name ends, as a message names it ("in .md")."""
    name = path.rsplit("/", 1)[-1]
    return f'in "{name[name.rindex(".") :]}"' if "." in name else "without a type"


LINE_BREAKING = frozenset(
    (
        *("p", "div", "hr", "li", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody"),
        *("tfoot", "tr", "caption", "blockquote", "pre", "section", "article", "header", "footer", "aside", "main"),
        *("nav", "figure", "figcaption", "details", "summary", "address", "center"),
    )
)
"""HTML's elements that start a line of their own as a reader sees the page, and end it (front_matter, html_text)."""


_FENCE = lazy_pattern(r"[ \t]{0,3}(?:`{3,}|~{3,})")
"""A line that opens or closes a fenced block of code."""


def _conflicts(lines: list[str]) -> Iterator[tuple[int, int]]:
    """(first, last) index of each part of `lines` between git's marks of a merge that left two versions of it: a
    line of seven "<" (and the branch), the first version, a line of seven "=", the second, a line of seven ">" (and
    the other branch); each after the one before, as a regular expression would find them, walking the lines once
    (one found them from each "<" line to the end of the text: 33 s, a hostile review)."""
    index, count = 0, len(lines)
    while index < count:
        if lines[index] == "<<<<<<<" or lines[index].startswith("<<<<<<< "):
            middle = next((at for at in range(index + 1, count - 1) if _MIDDLE.fullmatch(lines[at])), None)
            last = (
                next((at for at in range(middle + 1, count) if lines[at][:8] in (">>>>>>>", ">>>>>>> ")), None)
                if middle is not None
                else None
            )
            if last is None:  # (no later mark has what this one lacks after it either)
                return
            yield index, last
            index = last
        index += 1


_MIDDLE = lazy_pattern(r"={7}[ \t]*")


def _shown_as_code(lines: list[str]) -> Iterator[bool]:
    """For each line, whether it starts inside a fenced block of code, a <pre> or an HTML comment, where git's marks
    are shown, not left (a review of valid portfolios: a staff guide's <pre>): what the lines before it say."""
    fences = 0
    last = dict.fromkeys(("<pre", "</pre", "<!--", "-->"), (-1, -1))  # the line and place of the last of each
    for number, line in enumerate(lines):
        yield fences % 2 == 1 or last["<pre"] > last["</pre"] or last["<!--"] > last["-->"]
        fences += bool(_FENCE.match(line))
        lowered = line.lower()
        for mark in last:
            found = (lowered if "pre" in mark else line).rfind(mark)
            if found >= 0:
                last[mark] = (number, found)


def merge_conflict(text: str) -> tuple[int, str] | None:
    """(line, why) where a merge left two versions of a part of `text` between git's marks: both were published,
    an internal one's text with a public one's, and the fixes other messages suggested kept the wrong one (a careless
    contributor's review). None for text without them (a "=======" alone underlines a heading), or with them where
    a page shows them as they are (a guide to git: _shown_as_code)."""
    if not text.startswith("<<<<<<<") and "\n<<<<<<<" not in text:  # most files
        return None
    lines = text.split("\n")
    code = list(_shown_as_code(lines))
    found = next(((first, last) for first, last in _conflicts(lines) if not code[first]), None)
    if found is None:
        return None
    start, end = found[0] + 1, found[1] + 1
    return start, (
        f"a merge left two versions of a part of this file, lines {start} to {end}, between git's marks "
        '"<<<<<<<", "=======" and ">>>>>>>": both would be published; keep the lines of the version you want, and '
        "delete the other version's lines and the three marks"
    )


_BYTE_ORDER_MARK = b"\xef\xbb\xbf"


def unread_at(raw: bytes, exc: UnicodeDecodeError) -> int:
    """Where in `raw` the byte is that `raw.decode("utf-8-sig")` could not read: the codec counts from after a
    byte-order mark, which Notepad writes at the start of a file."""
    return exc.start + (len(_BYTE_ORDER_MARK) if raw.startswith(_BYTE_ORDER_MARK) else 0)


def not_utf8(raw: bytes, start: int) -> str:
    """What is wrong with text whose byte at `start` is not UTF-8, and where on its line: most such files were saved
    by a Windows program in its own encoding, in which the byte is a letter or a sign (an accent, a £, a curly
    quote) the message shows."""
    byte = raw[start]
    before = raw[raw.rfind(b"\n", 0, start) + 1 : start].decode("utf-8", "replace").lstrip("\ufeff").strip()[-20:]
    try:
        character = bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        seen = ""
    else:  # one that shows as nothing, named (a no-break space read as a blank, an outside review)
        visible = character.isprintable() and not character.isspace()
        shown = f'"{character}"' if visible else f"a {unicodedata.name(character, 'invisible character').lower()}"
        seen = f", which Windows programs write for {shown},"
    return (
        f"the file is not UTF-8 text: the byte 0x{byte:02X}{seen} "
        + (f'after "{before}"' if before else "at the start of this line")
        + ' cannot be read; type that character again, or save the file again with the encoding "UTF-8"'
    )


_ISO_DATE = lazy_pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
TIME_PATTERN = (
    r"(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]*)?)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::?[0-9]{2})?))?"
)
"""A time after a date, as YAML writes one but without the seconds YAML requires (10:00, 10:00+01:00): the day it
is counts, and the schema of an item accepts it (in the syntax Python and JSON Schema's patterns share)."""
_TIME = lazy_pattern(TIME_PATTERN + r"\Z")


def without_time(text: str) -> str:
    """The date of a date and time written YYYY-MM-DD HH:MM, which YAML leaves as text: the day it counts as."""
    written = text.strip()
    found = _TIME.search(written)
    return written[: found.start()] if found and _ISO_DATE.match(written[: found.start()]) else written


def day_of(value: object) -> datetime.date | None:
    """The day a value read from YAML is: a date, a date with a time (its day), or text written YYYY-MM-DD (with a
    time after it or not, which YAML leaves as text); None for anything else."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return iso_date(without_time(value))
        except ValueError:
            return None
    return None


def looks_like_a_date(text: str) -> bool:
    """Whether `text` is written YYYY-MM-DD, whether or not that day exists."""
    return bool(_ISO_DATE.match(text.strip()))


def no_such_day(written: str) -> str:
    """How to mend a date written YYYY-MM-DD that does not exist (2026-02-30; 0000-01-01, as there was no year 0),
    as every message about one says it."""
    if written.strip().startswith("0000"):
        return "there is no year 0000; write the real year"
    return "check the month (01 to 12) and the day of the month"


_DASH_LIKE = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63")
"""Dashes a word processor or a web page puts where "-" was typed (a non-breaking hyphen, an en dash, a minus)."""


def typed_again(text: str) -> tuple[str, str]:
    """`text` with each character that looks like one typed on a keyboard but is another (a non-breaking hyphen, a
    full-width digit or slash) replaced by that one, and the first such character named ("‑" (non-breaking hyphen)
    where "-" belongs); ("", "") when there is none."""
    if text.isascii():
        return "", ""

    typed, named = [], ""
    for character in text:
        meant = "-" if character in _DASH_LIKE else unicodedata.normalize("NFKC", character)
        if character.isascii() or not (meant.isascii() and meant.isprintable() and len(meant) == 1):
            typed.append(character)
            continue
        typed.append(meant)
        if not named:
            name = unicodedata.name(character, f"U+{ord(character):04X}").lower()
            named = f'"{character}" ({name}) where "{meant}" belongs'
    return ("".join(typed), named) if named else ("", "")


def iso_date(text: str) -> datetime.date:
    """A date written YYYY-MM-DD; ValueError for anything else, such as what Python 3.11 reads too (20260501,
    2026-W18-5), so that a date is read alike on every Python."""
    written = text.strip()
    if not _ISO_DATE.match(written):
        raise ValueError(f"{written!r} is not written YYYY-MM-DD")
    return datetime.date.fromisoformat(written)


_DAY_MONTH_YEAR = lazy_pattern(r"\s*(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2}(?!\d))\s*")
"""A day, a month and a year, its century perhaps left out (`12/03/2027`, `12.03.27`)."""
_YEAR_MONTH_DAY = lazy_pattern(r"\s*(\d{4})([/.-])(\d{1,2})\2(\d{1,2})\s*")
_YEAR_MONTH_DAY_RUN = lazy_pattern(r"\s*(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)\s*")
"""A year, a month and a day written in one run of digits (`20270312`)."""


def date_hint(value: object, example: str = "2026-05-14") -> str:
    """How to write a date that was written otherwise: as the date it means where it was written as a day, a month
    and a year (see _day_first), else as YYYY-MM-DD with `example`."""
    return _day_first(value) or f"write it as YYYY-MM-DD, for example {example}"


def _day_first(value: object) -> str | None:
    """How to write a date written as a day, a month and a year ("03/12/2026", read as in Britain unless its month
    would be past 12), as a year, a month and a day with slashes or dots, or in words ("3 March 2027", "Tuesday,
    March 3rd 2027"), as the date it means: None when it is not written so."""
    written = value if isinstance(value, str) else str(value) if type(value) is int else ""  # 20261203
    meant = _numeric_day(written, whole=True) or _day_written_in_words(written)
    if meant is None:
        month = _DAY_IN_WORDS.fullmatch(written.strip())
        if month is None or not month[7] or (last := _day_found(month)) is None:
            return None
        # "March 2026", a month and a year alone: the day is wanted too (a new organisation's review)
        return f"write it as YYYY-MM-DD, with its day: {last:%Y-%m}-01 for 1 {last:%B %Y}, or the day it happened"
    return f"write it as YYYY-MM-DD: {meant.isoformat()}, if it means {meant.day} {meant:%B %Y}"


def _numeric_day(text: str, *, whole: bool) -> datetime.date | None:
    """The date written in `text` (all of it, or, not `whole`, anywhere in it) as a day, a month and a year, or a
    year, a month and a day, with slashes or dots (see _day_first), or as a year, a month and a day in one run of
    digits; a year of two digits is of this century."""

    def find(pattern: re.Pattern[str]) -> re.Match[str] | None:
        return pattern.fullmatch(text) if whole else pattern.search(text)

    if year_first := find(_YEAR_MONTH_DAY):
        year, month, day = int(year_first[1]), int(year_first[3]), int(year_first[4])
    elif year_first := find(_YEAR_MONTH_DAY_RUN):
        year, month, day = (int(part) for part in year_first.groups())
    elif day_first := find(_DAY_MONTH_YEAR):
        first, second, year = (int(part) for part in day_first.groups())
        day, month = (second, first) if first <= 12 < second else (first, second)
        year += 2000 if len(day_first[3]) == 2 else 0
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_DAY_IN_WORDS = lazy_pattern(
    rf"\b{_DAY}(?: of)?[ -]{_MONTH},?[ -](\d{{4}})\b|\b{_MONTH} {_DAY},? (\d{{4}})\b|\b{_MONTH},? (\d{{4}})\b",
    re.IGNORECASE,
)


def day_in_words(text: str) -> datetime.date | None:
    """The latest date written in words or numbers in a text, as people write one: "12 March 2027", "12th of March
    2027", "12-Mar-2027", "March 12, 2027", "12/03/2027" (the day first, as in Britain); a month and a year, "March
    2027", is the month's last day; None where there is none (`From 1 March 2026 until 1 June 2027` is 1 June)."""
    days = [day for found in _DAY_IN_WORDS.finditer(text) if (day := _day_found(found)) is not None]
    numeric = _numeric_day(text, whole=False)
    return max([*days, *([numeric] if numeric else [])], default=None)


_WEEKDAY = lazy_pattern(r"\s*(mon|tue|wed|thu|fri|sat|sun)(?:s|nes|rs?|ur)?(?:day)?\.?,?\s+", re.IGNORECASE)
"""A day of the week before a date ("Tuesday 3 March 2027", "Tue, 3 Mar 2027")."""
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _day_written_in_words(written: str) -> datetime.date | None:
    """The day `written` is, all of it, written in words as _DAY_IN_WORDS reads one, a day of the week before it or
    not; None for anything else, for a month and a year alone, which are no day, and for a date that falls on
    another day of the week than the one written (a review: "Tuesday 3 March 2027" is a Wednesday)."""
    weekday = _WEEKDAY.match(written)
    found = _DAY_IN_WORDS.fullmatch(written[weekday.end() if weekday else 0 :].strip())
    day = _day_found(found) if found and not found[7] else None
    if day is not None and weekday and _WEEKDAYS.index(weekday[1].lower()) != day.weekday():
        return None
    return day


def _day_found(found: re.Match[str]) -> datetime.date | None:
    """The day a match of _DAY_IN_WORDS writes; None for one that is no day (30 February, the year 0 or 10000)."""
    try:
        if found[7]:  # a month and a year: its last day
            month, year = _MONTHS[found[7].lower()], int(found[8])
            return datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
        day, month_name, year_text = (found[1], found[2], found[3]) if found[1] else (found[5], found[4], found[6])
        return datetime.date(int(year_text), _MONTHS[month_name.lower()], int(day))
    except (ValueError, OverflowError):
        return None
