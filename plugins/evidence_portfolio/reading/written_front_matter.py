"""The front matter of a file of any name under evidence/ or in a folder an extension reads, read as the portfolio
reads a page's: a file not named as a page (notes.txt, a snippet) that says it is an item, or kept from some
audience, is kept from the audiences it names, whatever name it was saved under (site/publication.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..model.item_types import ITEM_TYPES
from ..model.lazy_patterns import lazy_pattern
from ..model.vocabulary import WIDEST, Audience, as_audience, default_visibility
from .front_matter import read_source


def reads_as_kept_page(path: Path) -> bool:
    """Whether a file (of any name: snippets include any) reads, as the portfolio reads an item, as one kept from
    some audience: its front matter's `type` is an item type, or its `visibility` another audience than public."""
    meta = front_matter_of(path)
    return meta is not None and (meta.get("type", "") in ITEM_TYPES or meta.get("visibility", "public") != "public")


def visibility_written(path: Path) -> Audience | None:
    """The visibility a file not named as a page says it has, read as an item's or a page's front matter (an item's
    is internal unless it says, a page's public); None where it has no front matter. A visibility that is no
    audience is internal's."""
    return visibility_of(front_matter_of(path))


def visibility_of(meta: Mapping[str, str] | None) -> Audience | None:
    """The visibility front matter read by front_matter_read says (see visibility_written)."""
    if meta is None:
        return None
    return as_audience(meta.get("visibility", default_visibility("type" in meta))) or WIDEST


def front_matter_of(path: Path) -> dict[str, str] | None:
    """The front matter of a file of any name, its keys and values as lowercase text, read as the portfolio reads a
    page's; None where it has none (`_opening`), or what opens as front matter is no mapping (a plain text between
    rules, a YAML list). It is read however the file is encoded and its lines end, after blank lines and comments,
    from the start of a file however large, up to its closing line (hostile reviews published files of 5 MB, in
    Windows' encoding, with a colon in a title, with lines ending in CR alone, whose front matter said internal).
    Front matter a page would be an error for (not closed, not YAML, opened otherwise than by "---") is an unknown
    visibility's, as the narrowest's."""
    try:
        with open(path, "rb") as file:
            return front_matter_read(file.read(HEAD), file.read, path.name)
    except OSError:
        return None


def front_matter_read(raw: bytes, more: Callable[[int], bytes], name: str) -> dict[str, str] | None:
    """front_matter_of a file whose first HEAD bytes are `raw`, `more` reading on from there (a zip's member too)."""
    opening = _opening(raw)
    if opening is None:
        return None
    raw += more(_FRONT_MATTER_HEAD)
    text = _as_text(raw)
    closed = _closing_line(text, opening)
    while closed is None and len(raw) < _FRONT_MATTER_AT_MOST and (following := more(_FRONT_MATTER_HEAD)):
        raw += following
        text = _as_text(raw)
        closed = _closing_line(text, opening)
    lines = text.split("\n")
    if opening == "keys":  # key: value lines closed by "---", with no "---" above them: read as a page would be
        head = "---\n" + "\n".join(lines[:closed]) + "\n---\n" if closed is not None else ""
        source = read_source(head.encode("utf-8"), name)[0] if head else None
        return _lowered(source.meta) if source is not None and source.meta else None
    if opening == "otherwise" and closed is not None and not lines[0].startswith("+++"):
        block = (
            "---\n" + "\n".join(lines[1:closed]) + "\n---\n"
        )  # a rule of other dashes around prose is no front matter
        source = read_source(block.encode("utf-8"), name)[0]
        return {"visibility": "front matter that cannot be read"} if source is not None and source.meta else None
    if opening == "otherwise" or closed is None:
        return {"visibility": "front matter that cannot be read"}
    source, problems = read_source(("\n".join(lines[: closed + 1]) + "\n").encode("utf-8"), name)
    if source is None and {problem.code for problem in problems.errors} == {"front-matter-shape"}:
        return None  # YAML, but no mapping: no front matter
    return _lowered(source.meta) if source is not None else {"visibility": "front matter that cannot be read"}


def _lowered(meta: Mapping[Any, Any]) -> dict[str, str]:
    """Front matter's keys and values as lowercase text."""
    return {str(key).strip().lower(): str(value).strip().lower() for key, value in meta.items()}


def opens_front_matter(raw: bytes) -> bool:
    """Whether a file's first HEAD bytes open what front_matter_read reads as front matter."""
    return _opening(raw) is not None


def _opening(raw: bytes) -> str | None:
    """How the start of a file (its first 4 KB) opens, after blank lines, invisible characters and HTML comments:
    "---" (front matter as a page opens it), "otherwise" (another line of dashes, "+++", "--- # notes": front
    matter a page would not read), "keys" (a first line "title: ..."), or None (a picture, a PDF, prose)."""
    first = _as_text(raw).split("\n", 1)[0].rstrip()
    if first == "---":
        return "---"
    if first and (set(first) <= _DASHES or first.startswith(("---", "+++"))):
        return "otherwise"
    return "keys" if _KEY_LINE.match(first) else None


def _as_text(raw: bytes) -> str:
    """The bytes of a file as text, however encoded (UTF-16 with or without its byte order mark), its lines ending
    in "\\n", from its first line with anything on it that is no comment."""
    utf16 = raw.startswith((b"\xff\xfe", b"\xfe\xff")) or b"-\x00-\x00-\x00" in raw or b"\x00-\x00-\x00-" in raw
    little = raw.startswith(b"\xff\xfe") or (not raw.startswith(b"\xfe\xff") and raw[1:2] == b"\x00")
    encoding = ("utf-16-le" if little else "utf-16-be") if utf16 else "utf-8"
    text = raw[: len(raw) // 2 * 2 if utf16 else len(raw)].decode(encoding, errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip(_BLANK)
    while text.startswith("<!--") and "-->" in text:
        text = text.split("-->", 1)[1].lstrip(_BLANK)
    return text


def _closing_line(text: str, opening: str) -> int | None:
    """The index of the line that closes front matter: after the first line, "---" or "..." (or, opened otherwise,
    a line of other dashes or "+++"); the first "---" under key: value lines."""
    lines = text.split("\n")
    if opening == "keys":
        return next((index for index, line in enumerate(lines) if line.rstrip() == "---"), None)
    closing = ("---", "...", "+++")
    return next(
        (
            index
            for index, line in enumerate(lines[1:], 1)
            if line.rstrip() in closing or (opening == "otherwise" and line.strip() and set(line.strip()) <= _DASHES)
        ),
        None,
    )


_BLANK = "\ufeff\u200b\u200c\u200d\u2060\x00 \t\n"
"""What a file may start with before its front matter: blank lines, a byte order mark, invisible characters."""
_KEY_LINE = lazy_pattern(r"[A-Za-z_][\w -]*:(\s|$)")
"""A line of front matter: a key and a colon."""
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212")
"""What a line opening front matter is written with: hyphens, and the dashes a word processor makes of them."""
HEAD = 4096
"""The bytes of a file's start by which it is told whether front matter opens it."""
_FRONT_MATTER_HEAD = 65_536
"""The bytes read at a time from the start of a file not named as a page, for its front matter."""
_FRONT_MATTER_AT_MOST = 1_000_000
"""The most bytes read from the start of a file not named as a page, for its front matter."""
