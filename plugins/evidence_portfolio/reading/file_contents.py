"""Whether a picture or a PDF holds what its name says, read from its first bytes.

A file saved under a name that is not its kind (a Word document renamed minutes.pdf, a text saved as photo.png), a
picture in a format browsers do not show (HEIC, as an iPhone saves them; TIFF, as a scanner does; a Windows
metafile, as Word saves a chart) or a picture of more pixels than the PDF
takes in passes every check of links: the page then shows a broken picture, the PDF its description, and the
assessor's pack a file that does not open. A browser shows a picture of any of the kinds it knows whatever its name
says (a JPEG named .png), so only what it cannot show is said.
"""

from __future__ import annotations

import posixpath
import struct

PICTURES = frozenset({".png", ".jpg", ".jpeg", ".gif", ".webp"})
"""The names of pictures a browser and the PDF show."""
_READ = 1024
"""How much of a file is read: a PDF reader looks for `%PDF-` this far in."""
MOST_PIXELS = 2 * 89_478_485
"""More pixels than the PDF's imaging library (Pillow) takes in: it refuses such a picture as a decompression bomb."""


def what_is_wrong(path: str, shown: bool) -> str | None:
    """What is wrong with the file at `path` (on disk) for its kind, as a message's start and its cure; None when
    nothing is, or its name is not of a kind looked at. `shown`: the page shows it as a picture (not a link)."""
    extension = posixpath.splitext(path)[1].lower()
    if extension not in PICTURES and extension not in _NOT_SHOWN and extension != ".pdf":
        return None
    try:
        with open(path, "rb") as file:
            head = file.read(_READ)
    except OSError:
        return None  # said where the file cannot be read
    holds = _holds(head)
    if extension == ".pdf":
        if PDF_START in head:
            return None
        return f"its name says PDF, but it holds {holds}, so it does not open as a PDF; {_cure(holds, 'PDF')}"
    kind = holds if holds in _CURES else None if holds in _SHOWN else _NOT_SHOWN.get(extension)
    if kind is not None:
        if not shown and extension in _NOT_SHOWN:
            return None  # a download, for whoever has a program for it
        return f"it holds {kind}, which browsers and the PDF do not show; {_CURES[kind]}"
    if holds not in _SHOWN:
        return (
            f"its name says it is a picture, but it holds {holds}, so browsers and the PDF cannot show it; "
            f"{_cure(holds, 'PNG or JPEG picture')}"
        )
    size = _size(head)
    if size and size[0] * size[1] > MOST_PIXELS:
        return (
            f"the picture is {size[0]:,} x {size[1]:,} pixels, more than the PDF takes in (it shows the picture's "
            "description instead) and slow for a browser; save it smaller, such as 2,000 pixels wide"
        )
    return None


_HEIC = "a HEIC photo (as an iPhone saves them)"
_TIFF = "a TIFF picture (as a scanner saves them)"
_METAFILE = "a Windows metafile picture (as Word or Excel saves a chart)"
_CURES = {
    _HEIC: "save it again as a JPEG picture",
    _TIFF: "save it again as a JPEG or PNG picture (or scan it as a PDF, and link to it)",
    _METAFILE: "save the chart again as a PNG picture (right-click it › Save as Picture › PNG)",
}
"""The pictures browsers and the PDF do not show, with how to mend each."""
_NOT_SHOWN = {".heic": _HEIC, ".heif": _HEIC, ".tif": _TIFF, ".tiff": _TIFF, ".emf": _METAFILE, ".wmf": _METAFILE}
_PNG, _JPEG, _GIF, _WEBP = "a PNG picture", "a JPEG picture", "a GIF picture", "a WebP picture"
_SHOWN = frozenset({_PNG, _JPEG, _GIF, _WEBP})
_OFFICE = "a Word, Excel or PowerPoint document (or a zip)"
_OLD_OFFICE = "an older Word, Excel or PowerPoint document"


ZIP_START = b"PK\x03\x04"
"""How a zip starts: Word's .docx, Excel's .xlsx and PowerPoint's .pptx are zips."""
OLE_START = b"\xd0\xcf\x11\xe0"
"""How the older Word, Excel and PowerPoint files start (.doc, .xls, .ppt)."""
PDF_START = b"%PDF-"


def a_picture(head: bytes) -> bool:
    """Whether the first bytes of a file are those of a picture a page shows (PNG, JPEG, GIF, WebP)."""
    return _holds(head) in _SHOWN


def _holds(head: bytes) -> str:
    """What the first bytes of a file say it holds, as a message names it."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if head.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _WEBP
    if head[4:8] == b"ftyp" and head[8:12] in (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1"):
        return _HEIC
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return _TIFF
    if (head[:4] == b"\x01\x00\x00\x00" and head[40:44] == b" EMF") or head.startswith(b"\xd7\xcd\xc6\x9a"):
        return _METAFILE
    if PDF_START in head:
        return "a PDF"
    if head.startswith(ZIP_START):
        return _OFFICE
    if head.startswith(OLE_START):
        return _OLD_OFFICE
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<svg", b"<?xml")) and b"<svg" in head.lower():
        return "an SVG picture"
    if start.startswith((b"<!doctype html", b"<html")):
        return "a web page"
    if not head:
        return "nothing (it is empty)"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not a character cut at the end of what was read
            return "something else"
    return "text" if b"\x00" not in head else "something else"


def _cure(holds: str, kind: str) -> str:
    """How to mend a file that holds `holds` where its name says `kind`."""
    if holds in (_OFFICE, _OLD_OFFICE):
        return (
            f"open it in its program and save it as a {kind} (File › Save as), or rename it to what it is (.docx, "
            ".xlsx or .pptx)"
        )
    if holds in _SHOWN or holds == "an SVG picture":
        return f"rename it to what it is (.{holds[holds.index(' ') + 1 : holds.index(' picture')].lower()})"
    return f"replace it with the real {kind}"


def _size(head: bytes) -> tuple[int, int] | None:
    """The width and height of a PNG or GIF picture, from its first bytes."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR" and len(head) >= 24:
        width, height = struct.unpack(">II", head[16:24])
        return int(width), int(height)
    if head.startswith((b"GIF87a", b"GIF89a")) and len(head) >= 10:
        width, height = struct.unpack("<HH", head[6:10])
        return int(width), int(height)
    return None
