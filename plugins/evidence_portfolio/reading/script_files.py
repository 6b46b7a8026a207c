"""Files under evidence/ that a browser opens as documents of the site (SVG pictures, pages of HTML, XML and its
stylesheets) holding a script. Shown in a page (`![Chart](chart.svg)`) a picture runs none, but published as a file
any of them opens on its own as a document of the site, outside every page's checks, seal and policy, and its script
runs with the site's rights (a hostile review: an attachment's `onload` ran on the site, where it could read the
pages its reader may see and send them elsewhere). Each is an error at the script's line, and no build publishes
it.

A script is looked for as a browser would read one, however it is written: in the file's text as it is, with its
character references read (`jav&#x61;script:`, a frame's `srcdoc="&lt;script&gt;"`) and without the tabs and line
breaks a browser drops from an address. A word that only looks like one (a page of HTML about `<script>` tags, shown
as text) counts too: save such a file as PDF.
"""

from __future__ import annotations

import codecs
import os
import posixpath
import re
from collections.abc import Iterable
from html import unescape

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.scripts import SCRIPT_SCHEMES
from ..model.vocabulary import Audience
from .page_marks import marked_within, page_marked
from .settings import Settings

_DOCUMENTS = {
    ".svg": ("SVG picture", "save the picture as PNG"),
    **dict.fromkeys(
        (".html", ".htm", ".xhtml", ".xht", ".shtml"), ("page of HTML", "save the page as PDF (Print, Save as PDF)")
    ),
    **dict.fromkeys((".xml", ".xsl", ".xslt"), ("XML file", "save it as PDF, or as a spreadsheet (CSV)")),
}
"""The files a browser opens as documents that may run a script, by extension: what each is, and what to save it as."""
_SCRIPT = lazy_pattern(
    r"<(?:[\w.-]+:)?script\b|\bsrcdoc\s*=|<\?xml-stylesheet(?![^>]*\btype\s*=\s*[\"']\s*text/css)", re.IGNORECASE
)
"""What runs a script in a document opened on its own, its element written with a namespace prefix or not (`<h:script
xmlns:h="http://www.w3.org/1999/xhtml">` runs in XML); a frame's srcdoc is a page of its own; an XSLT stylesheet an
XML document names may write any script (`<xsl:element name="script">`)."""
_TAG = lazy_pattern(r"""<[A-Za-z](?:[^>"']+|"[^"]*"|'[^']*')*""")
"""A start tag, to its ">" (one in quotes is in a value); where a quote is never closed, to it."""
_HANDLER = lazy_pattern(r"""[\s/"'](on[a-z]+)\s*=""", re.IGNORECASE)
"""An event handler attribute in a start tag (`onload=`): in a tag alone, as "Sessions online = 45" in a chart's
text is none (a review: a chart and a page saved from Word were refused for it)."""
_UNSEEN = lazy_pattern(r"\x00|\x1b[\x20-\x2f]*[\x30-\x7e]?")
"""What a browser's decoder may drop from a name that the UTF-8 reading here keeps: the zero bytes of UTF-16
without a byte order mark (which XML reads from "<?xml"), and ISO-2022-JP's escape sequences (`<scr ESC ( B ipt>`)."""
_DROPPED = lazy_pattern(r"[\x00-\x20]+")
"""What a browser drops from an address (tabs, line breaks) or strips around it: the scheme of `java\tscript:`."""
_MOST = 20_000_000
"""The most of a file read."""


def script_files(settings: Settings, files: Iterable[str]) -> tuple[frozenset[str], Problems]:
    """The files among `files` (paths under evidence/) that a browser opens as documents and that hold a script,
    which no build publishes, and an error for each, at the script's line."""
    problems = Problems()
    found: set[str] = set()
    for uri in sorted(files):
        extension = posixpath.splitext(uri)[1].lower()
        script = _DOCUMENTS.get(extension) and _script_in(os.path.join(settings.docs_dir, uri))
        if not script:
            continue
        found.add(uri)
        kind, cure = _DOCUMENTS[extension]
        line, what, made_for = script
        if made_for not in (None, "public"):  # a copy of it printed would say nothing of it (a review of the change)
            cure = (
                f"it is a page of the site built for the {made_for} audience: link to that page instead (printed, "
                "a copy of it no longer says whom it is for)"
            )
        problems.add(
            "script-file",
            settings.display_uri(uri),
            line,
            f"this {kind} holds a script ({what}), which would run in the reader's browser with the site's rights "
            "when it is opened on its own, outside the checks of the portfolio's pages, so it is published to no "
            f"one; {cure}, or take the script out of it",
        )
    return frozenset(found), problems


def _script_in(path: str) -> tuple[int, str, Audience | None] | None:
    """The line of the first script the document at `path` holds, what it is, and the audience the page says it was
    made for (page_marked), if any (one that cannot be read holds none to run); where only its text read as a browser
    reads it shows one (character references, `java\tscript:`), its first line."""
    try:
        with open(path, "rb") as file:
            data = file.read(_MOST)
    except OSError:
        return None
    text = _UNSEEN.sub("", _decoded(data))
    found = _found(text)
    if found:
        return text.count("\n", 0, found[0]) + 1, found[1], _marked(data)
    read = unescape(text) if "&" in text else text
    found = _found(read) if read is not text else None
    if found:
        return 1, found[1], _marked(data)
    squeezed = _DROPPED.sub("", read).lower()
    scheme = next((scheme for scheme in SCRIPT_SCHEMES if scheme in squeezed), None)
    return (1, f"an address starting {scheme}", _marked(data)) if scheme else None


def _marked(data: bytes) -> Audience | None:
    """The audience a page says it was made for (page_marked); none for one nested too deep to be read (a web
    archive of 3,000 parts in parts: a review of the change), which is refused for its script all the same."""
    try:
        return page_marked(data[: marked_within(data)])
    except RecursionError:
        return None


def _found(text: str) -> tuple[int, str] | None:
    """Where the first script of a text is, and what it is."""
    first: tuple[int, str] | None = None
    named = _SCRIPT.search(text)
    if named:
        written = named[0].lower()
        what = (
            "a frame's srcdoc"
            if "srcdoc" in written
            else "an XSLT stylesheet it names, which may write one"
            if written.startswith("<?")
            else "a <script> element"
        )
        first = (named.start(), what)
    for tag in _TAG.finditer(text, 0, first[0] if first else len(text)):
        handler = _HANDLER.search(tag[0])
        if handler:
            return tag.start() + handler.start(1), f'the event handler "{handler[1]}"'
    return first


def _decoded(data: bytes) -> str:
    """A document's text as a browser decodes it: by its byte order mark (UTF-16 or UTF-8), or as UTF-8, any byte
    it does not read a character that is none of the marks looked for."""
    for mark, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(mark):
            return data[len(mark) :].decode(encoding, "replace")
    return data.decode("utf-8", "replace")
