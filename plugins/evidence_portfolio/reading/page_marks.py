"""What every page of a site the portfolio builds says in its head of whom it was made for (page_mark), and the
reading of it from a page's start (page_marked): a page saved from the site, or copied out of it without the site's
other files, says it (a hostile review: a page of an internal site, saved under evidence/ and attached to a public
item, said nothing of it)."""

from __future__ import annotations

import base64
import binascii
import contextlib
import email
import html
import json
import plistlib
import re
import zlib
from collections.abc import Iterator

from ..model.lazy_patterns import lazy_pattern
from ..model.vocabulary import AUDIENCES, Audience, as_audience
from .text import as_text_anyhow

MADE_BY = "evidence-portfolio"
"""The name of what made the portfolio's outputs, as they say it (a page's mark, a PDF's identifier)."""


MARKED_WITHIN = 262_144
"""How far into a page its mark is looked for: it is written first in its head, which a page saved again may push
on (a style or a comment put before it: a hostile review)."""
ARCHIVE_READ_WITHIN = 16_777_216
"""How far into a web archive (a saved email, .mhtml, Safari's .webarchive, a WARC) or a page after headers its
pages are looked for: its parts are in the order they were saved in, a page after a large photo (a hostile
review); each part that may be a page is read as a page is (not its photos: three emails of 59 MB took 541 MB to
check, a review of the change)."""
_HEADERS_WITHIN = 65_536
"""How far a file that starts with headers (an email's, an HTTP response's, a WARC record's) is read for a page's
start or a web archive's header: long ones (an email's Received lines, cookies, a style's record first) push them
on past 2 KB (a review of the change)."""
_BINARY_PLIST = b"bplist00"
"""How a binary property list starts: Safari's web archive (.webarchive), a page and its pictures."""
_DEEPEST_FRAMES = 8
"""How deep the frames of a Safari web archive are read: pages in frames in pages."""
_MOST_FRAMES = 10_000
"""The most frames of a Safari web archive read (one named again and again is read each time)."""


def page_mark(audience: Audience) -> str:
    """What every page of a site built for `audience` says of it in its head, near its start: a page saved from the
    site, or copied out of it without the site's other files, says whom it was made for (a hostile review: a page of
    an internal site, saved under evidence/ and attached to a public item, said nothing of it)."""
    return f'<meta name="{MADE_BY}" content="made for the {audience} audience">'


_META = lazy_pattern(r"<meta\b[^<>]{0,4000}>", re.IGNORECASE)
_MARK_NAME = lazy_pattern(r"\bname\s*=\s*\\*[\"']?" + MADE_BY + r"\b", re.IGNORECASE)
_MARK_WORDS = lazy_pattern(r"\bcontent\s*=\s*\\*[\"']?\s*made\s+for\s+the\s+([a-z]+)\s+audience", re.IGNORECASE)
"""page_mark, its attributes in either order, on lines of their own, unquoted (a page saved again by an editor, a
browser or a minifier)."""
_PAGE_START = lazy_pattern(r"<(?:!--|!doctype\s+html\b|(?:html|head|meta|title|style|link|base|body)\b)", re.IGNORECASE)
"""How a page starts: its doctype, a comment, its first tag."""
_PAGE_LATER = lazy_pattern(r"<(?:!doctype\s+html\b|html\b|head\b)", re.IGNORECASE)
"""How a page with something before it starts (the HTTP headers a download tool saves before it, a WARC record's,
a line of text: a hostile review): its doctype or its first tags, not one a table of data may quote."""
_XHTML = lazy_pattern(r"<(?:!doctype\s+html|html)\b", re.IGNORECASE)
"""A page saved as XHTML, after its XML declaration."""
_HEADER = lazy_pattern(r"(?:[A-Za-z][A-Za-z0-9-]*:|(?:HTTP|WARC)/\d)")
"""How a file of headers starts: an email's, or the status line of an HTTP response or of a WARC record."""
_JSON = lazy_pattern(
    r"""(?:\)\]\}'?,?\s*|while\s*\(1\);\s*|for\s*\(;;\);\s*|/\*.*?\*/\s*)?"""
    r"""(?:(?:export\s+default\s+|(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*(?:=|\()\s*)?[\[{]"""
    r"""|(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]*\s*(?:=|\()\s*["'`])""",
    re.DOTALL,
)
"""How a file of JSON starts (a browser's network log, `.har`; a web service's answer saved, after the prefix some
put before it, `)]}',` or `while(1);`; JSON Lines), or a script that gives it to a variable or a
function (`var log = {`, `callback({`, `export default {`, `var page = "..."`: hostile reviews)."""
_HAR = lazy_pattern(r'"log"\s*:\s*\{\s*"(?:version|creator|pages|entries|browser|comment)"')
"""A browser's network log (DevTools' "Save all as HAR with content"), by its start: read on, as an archive (not
data whose first key is "log")."""
_BASE64_TEXT = lazy_pattern(r'"([A-Za-z0-9+/_\\=-]{64,})"')
"""A text of JSON that may be in base64 (64 characters at least: a page is longer)."""
_HEX = lazy_pattern(r"[0-9A-Fa-f]+")
"""A text of hexadecimal digits (an id, a digest), which reads as base64 too, and is none."""
_BASE64_READ = 64_000_000
"""The most a file's texts in base64 are decoded and unpacked to, in all (each to MARKED_WITHIN): a file of 2 MB
whose texts were gzipped zeros took 1.6 GB unpacked whole (a review of the change)."""
_JSON_ESCAPES = lazy_pattern(r"\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}")
"""An escape of JSON (or of a script) for a character ("\\u003c", "\\x3c" for "<")."""
_YAML_FOLDED = lazy_pattern(r"\\\r?\n[ \t]*")
"""A line broken inside a text in double quotes of YAML, as PyYAML writes a long one."""
_DEEPEST_JSON = 3
"""How deep a text of JSON holding JSON (a network log's answer of a web service) is read."""
_SAFARI_XML = lazy_pattern(r"<plist\b[^>]*>\s*<dict>\s*<key>WebMainResource</key>")
"""Safari's web archive saved as XML (a property list)."""
_ARCHIVE = lazy_pattern(r"^(?:MIME-Version:|Content-Type:\s*multipart/)", re.IGNORECASE | re.MULTILINE)
"""A page saved as a web archive (Chromium's and Edge's "Webpage, Single File", .mhtml), a MIME message whose headers
start it, whatever the first (hostile reviews), and whose page is written quoted-printable (`content=3D"made for th=`
and the rest on the next line: a review) or in base64."""


def may_be_marked(head: bytes) -> bool:
    """Whether a file, by its start, may be a page or a web archive of one, which page_marked reads: a page's first
    tag, a comment or a doctype (not a picture's, `<svg`, `<?xml`: a zip of 300 maps, each read on for a mark, was
    read past the limit, a review of the change), or a page's doctype or first tags after something else, or a
    header that a web archive starts with, or Safari's web archive."""
    return _kind(head) is not None or _headed(head)


def marked_within(head: bytes) -> int:
    """How far into a file that starts with `head` page_marked reads: a page's start, or a web archive's parts (a
    file of headers may be one: its start, `head`, is read further to tell; a browser's network log is one)."""
    kind = _kind(head)
    archived = kind in ("archive", "safari") or _a_network_log(head, kind) or (kind is None and _headed(head))
    return ARCHIVE_READ_WITHIN if archived else MARKED_WITHIN


def _a_network_log(head: bytes, kind: str | None) -> bool:
    """Whether a file of that `kind` (_kind) is a browser's network log (`.har`), by its start."""
    return kind == "json" and _HAR.search(as_text_anyhow(head[:2048])) is not None


def _headed(head: bytes) -> bool:
    """Whether a file starts with headers (an email's, an HTTP response's, a WARC record's)."""
    return _HEADER.match(as_text_anyhow(head[:256]).lstrip("\ufeff \t\r\n")) is not None


def _kind(head: bytes) -> str | None:
    """What a file is by its start, as page_marked reads it: "page", "archive" (a MIME message: .mhtml, .eml),
    "safari" (a binary property list), "json" (a browser's network log, a saved answer of a web service: pages
    as its texts) or None."""
    if head.startswith(_BINARY_PLIST):
        return "safari"
    lead = 0 if head.startswith((b"\xff\xfe", b"\xfe\xff")) else len(head) - len(head.lstrip(b" \t\r\n"))
    text = as_text_anyhow(head[lead : lead + 2048]).lstrip("\ufeff \t\r\n")  # (after any spaces: a hostile review)
    if _JSON.match(text) is not None:
        return "json"
    if text.startswith("<?xml"):  # (a page saved as XHTML: its doctype or its first tag after the declaration)
        if _SAFARI_XML.search(text) is not None:
            return "safari"
        return "page" if _XHTML.search(text) is not None else None
    if text[:1] == "<":  # (a tag of the text before a page's start, `<h1>Saved from the staff site</h1>`, too)
        if _PAGE_START.match(text) is not None:
            return "page"
        return "page" if text[:4].lower() != "<svg" and _PAGE_LATER.search(text) is not None else None
    if _HEADER.match(text) is not None:  # an email, a saved HTTP response, a WARC: read on past its headers
        headed = as_text_anyhow(head[:_HEADERS_WITHIN])
        return "archive" if _ARCHIVE.search(headed) is not None else "page" if _PAGE_LATER.search(headed) else None
    return "page" if _PAGE_LATER.search(text) is not None else None


def page_marked(start: bytes, depth: int = 0, budget: list[int] | None = None) -> Audience | None:
    """The narrowest audience a page's start (up to marked_within) says it was made for, by its page_mark in a
    `<meta>` tag: a page (its text starting with a tag, a comment or a doctype, or those after something else) or a
    web archive of one, the first MARKED_WITHIN of each of its pages read as they are written in it; None for any
    other text (a table or data quoting the mark is none: a review of the change found an internal evidence.csv
    taken for a public page). A file of JSON that names the mark, or a text in base64, is read for the pages among
    its texts (a browser's network log, `.har`, holds each response's, in base64 too, gzipped or not; a web
    service's answer may hold JSON holding one: hostile reviews), JSON in them `depth` deep; one that is no JSON
    (cut short, a script's), for the marks its text holds."""
    kind = _kind(start)
    if kind is None:
        return None
    if kind == "json":
        text = as_text_anyhow(start)
        if depth > _DEEPEST_JSON:
            return _marks_in(_json_unescaped(text))
        budget = budget if budget is not None else [_BASE64_READ]  # (one for the file, however deep: a review)
        said = [page_marked(packed, depth + 1, budget) for packed in _base64_texts(text, budget)]
        if _may_name_the_mark(text):  # (most: survey data, a map; looked through at a string's search)
            values = _json_values(text)
            if values is None:
                said.append(_marks_in(_json_unescaped(text)))
            else:
                said += [page_marked(held[:MARKED_WITHIN], depth + 1, budget) for held in _texts_in(values)]
        return max((audience for audience in said if audience), key=AUDIENCES.index, default=None)
    if kind == "archive":  # each of its parts that may be a page, as written in it
        parts = email.message_from_bytes(start).walk()
        payloads = [
            payload
            for part in parts
            if _may_be_a_page(part) and isinstance(payload := part.get_payload(decode=True), bytes)
        ]
        text = "".join(as_text_anyhow(data[:MARKED_WITHIN]) for data in payloads)
    elif kind == "safari":
        text = "".join(as_text_anyhow(data[:MARKED_WITHIN]) for data in _safari_resources(start) or ())
    else:  # a page, after anything before it (headers, a line of text)
        whole = as_text_anyhow(start)
        found = _PAGE_LATER.search(whole, 0, _HEADERS_WITHIN) if whole.lstrip("\ufeff \t\r\n")[:1] != "<" else None
        at = found.start() if found else 0
        text = whole[at : at + MARKED_WITHIN]
    return _marks_in(text)


def _marks_in(text: str) -> Audience | None:
    """The narrowest audience the page marks in `text` say: their characters written as a browser reads them too
    (`evidence&#45;portfolio`), quoted in YAML over lines (`made for the\\` and `\\ internal` below it: hostile
    reviews)."""
    if "\\\n" in text or "\\\r\n" in text:
        text = _YAML_FOLDED.sub("", text).replace("\\ ", " ")
    said = [
        audience
        for tag in _META.findall(text)
        if _MARK_NAME.search(read := html.unescape(tag) if "&" in tag else tag)
        and (words := _MARK_WORDS.search(read))
        and (audience := as_audience(words[1].lower()))
    ]
    return max(said, key=AUDIENCES.index, default=None)


def archive_unread(start: bytes) -> str | None:
    """What a file (its start, up to marked_within) is, where it is Safari's web archive that cannot be read (larger
    than what is read of it, whose index is at its end; damaged) or a browser's network log larger than what is
    read: what pages it holds is unknown (reviews of the change: a Safari archive of 66 MB, a video after its page,
    and a network log of 24 MB, the page last, were published); None for another."""
    kind = _kind(start)
    if kind == "safari" and _safari_resources(start) is None:
        return "a web archive of Safari's"
    if len(start) >= ARCHIVE_READ_WITHIN and _a_network_log(start, kind):  # (a review of the change: one of 24 MB, the
        return "a browser's network log (.har) larger than 16 MB"  # page last, was published)
    return None


def _may_be_a_page(part: email.message.Message) -> bool:
    """Whether a part of a web archive may be a page: text (as a page is sent), or any part named as a page (an
    attachment sent as bytes, `minutes.html`); not a photo, which is not decoded."""
    name = (part.get_filename() or "").lower()
    return part.get_content_maintype() == "text" or name.endswith((".htm", ".html", ".xhtml", ".mht", ".mhtml"))


def _safari_resources(data: bytes) -> list[bytes] | None:
    """The data of each resource of Safari's web archive (its page, its frames' pages, its pictures), in order; none
    for another property list (a Mac's link, `.webloc`, an app's settings: a review of the change); None where it
    cannot be read (cut short by the read's limit, no property list, or frames past _MOST_FRAMES: a list of 643
    bytes naming one frame 40 times at each of 8 levels took for ever, a hostile review)."""
    try:
        archive = plistlib.loads(data)  # (binary, or XML: plistlib refuses an XML entity's declaration)
    except Exception:  # (plistlib raises what it meets: InvalidFileException, ValueError, IndexError, OverflowError)
        return None
    found: list[bytes] = []
    waiting: list[tuple[object, int]] = [(archive, 0)]
    for visited, (part, depth) in enumerate(waiting):
        if visited > _MOST_FRAMES:
            return None
        if not isinstance(part, dict) or depth > _DEEPEST_FRAMES:
            continue
        resources = [part.get("WebMainResource"), *_listed(part.get("WebSubresources"))]
        found.extend(
            held for r in resources if isinstance(r, dict) and isinstance(held := r.get("WebResourceData"), bytes)
        )
        waiting += [(frame, depth + 1) for frame in _listed(part.get("WebSubframeArchives"))]
    return found


def _listed(value: object) -> list[object]:
    return value if isinstance(value, list) else []


def _json_values(text: str) -> list[object] | None:
    """A file of JSON read (one value), or of JSON Lines (a value on each line); None where it is neither (cut short
    by the read's limit, damaged, a script's)."""
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    try:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    except (ValueError, RecursionError):
        return None


def _may_name_the_mark(text: str) -> bool:
    """Whether a text may hold a page's mark, however written (in other capitals, its characters escaped as JSON
    writes them or as a browser reads them: `\\u0065vidence`, `evidence&#45;portfolio`), looked for at a search's
    cost before the text is read for one."""
    return MADE_BY in text or "\\u" in text or "&#" in text or MADE_BY in text.lower()


def _texts_in(values: list[object]) -> list[bytes]:
    """The texts of JSON values that name the page mark."""
    found: list[bytes] = []
    waiting = list(values)
    while waiting:
        value = waiting.pop()
        if isinstance(value, str):
            if _may_name_the_mark(value):  # (a page's HTML escaped as text, `&lt;meta ...`, as it is shown: a review)
                shown = html.unescape(value) if "&lt;" in value else value
                found.append(shown.encode("utf-8", "surrogatepass"))
        elif isinstance(value, list):
            waiting += value
        elif isinstance(value, dict):
            waiting += value.values()
    return found


def _base64_texts(text: str, budget: list[int]) -> Iterator[bytes]:
    """The starts (MARKED_WITHIN) of the texts of JSON in base64 (or base64 for addresses, with line breaks as MIME
    writes it), said so or not (a network log's response, a web service's file, `"data"` of Gmail's), decoded, and
    unpacked where gzipped, found in its text, so that JSON cut short by the read's limit is read too (hostile
    reviews); not a text of digits and letters A to F alone (an id), and `budget` of them in all (_BASE64_READ for
    a file, JSON in its texts too)."""
    for found in _BASE64_TEXT.finditer(text):
        if budget[0] <= 0:
            return
        written = found[1].replace("\\n", "").replace("\\r", "").replace("\\/", "/")
        if _HEX.fullmatch(written) is None and (data := _unpacked(written)):
            budget[0] -= len(data)
            yield data


def _json_unescaped(text: str) -> str:
    """The text of JSON (or of a script) with its escapes of characters (`\\u0065`, `\\x3c`) undone, to read one
    that is no JSON for marks."""
    return _JSON_ESCAPES.sub(lambda found: chr(int(found[0][2:], 16)), text) if "\\" in text else text


def _unpacked(text: str) -> bytes:
    """The start (MARKED_WITHIN) of a text in base64 (or base64 for addresses) decoded, and unpacked where gzipped;
    b"" where it is neither."""
    text = text[: (MARKED_WITHIN // 3 + 1) * 4 * 8]  # (enough for MARKED_WITHIN unpacked from a page gzipped 8 to 1)
    text = text[: len(text) - len(text) % 4] if len(text) % 4 and "=" not in text else text
    try:
        data = base64.b64decode(text)
    except (binascii.Error, ValueError):
        try:
            data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (binascii.Error, ValueError):
            return b""
    if data.startswith(b"\x1f\x8b"):
        with contextlib.suppress(zlib.error):
            return zlib.decompressobj(wbits=31).decompress(data, MARKED_WITHIN)
        return b""
    return data[:MARKED_WITHIN]
