"""The text a reader sees of a page's HTML, block by block: each paragraph, list entry, heading, table row and term of
a list of definitions on a line of its own, whatever lines its HTML is written over, with a row's cells and a term's
definition apart (`Visibility | internal`, `Visibility: internal`), its character references read and its comments
and tags left out.

A page without front matter says who may read it in a document's own words as often as in Markdown's (a table of
Word's, saved as HTML; a line break after a `<br>`): read so, what it says is found wherever its HTML breaks its
lines (a hostile review found each of these published to everyone)."""

from __future__ import annotations

from html.parser import HTMLParser

from ..model.lazy_patterns import lazy_pattern
from .text import LINE_BREAKING

_BLOCKS = LINE_BREAKING | {"dd"}
"""Elements that start a line of their own, and end it."""
_APART = {"td": " | ", "th": " | ", "dd": ": "}
"""Elements whose text is set apart from what comes before it on its line, and how (a definition after its term)."""
_UNSEEN = frozenset(("head", "title", "style", "script", "template", "noscript"))
"""Elements whose text no reader sees in the page (a Word document's head and styles, saved whole as HTML)."""
_IN_A_CELL = frozenset(("p", "div", "span"))
"""Elements a cell holds its text in, which break no line there."""
_BLANK_LINE = lazy_pattern(r"\n[ \t]*\n")
_BREAK = "\x1e"
"""Where a `<br>` breaks a line: read as a space, and as the end of a line (see html_lines)."""


def html_lines(text: str) -> list[tuple[int, str]]:
    """Each line a reader sees of `text` (HTML, or Markdown holding HTML), with the index of the line of `text` it
    starts on; a block a `<br>` breaks both whole (a label, a break and its value: `Visibility:<br>internal`) and as
    each of its lines. Not what no reader sees: a document's head, its styles and scripts."""
    reader = _Reader()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # (`<![foo[ x ]]>`: Python's parser gives up; the lines read so far stand)
        pass
    reader.flush()
    return reader.lines


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.start = 0
        self.begun = False
        """Whether the line held has text of its own yet (not only the marks that set a cell apart)."""
        self.unseen = 0
        """How many elements whose text no reader sees (_UNSEEN) the parser is in."""
        self.cells = 0
        """How many cells (or definitions) the parser is in: a paragraph in a cell is the cell's text (Word writes
        each cell's text as one, `<td><p>Visibility</p></td>`), on the row's line."""

    def flush(self) -> None:
        held = "".join(self.parts)
        for line in (held.replace(_BREAK, " "), *(held.split(_BREAK) if _BREAK in held else ())):
            seen = " ".join(line.split()).strip(" |:")
            if seen:
                self.lines.append((self.start, seen))
        self.parts = []
        self.begun = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _UNSEEN:
            self.unseen += 1
        if self.cells and tag in _IN_A_CELL:
            self.parts.append(" ")
        elif tag == "dt" or (tag in _BLOCKS and tag != "dd"):  # (a term ends at its definition, on its line)
            self.flush()
        if tag == "br":
            self.parts.append(_BREAK)
        elif tag in _APART:
            self.parts.append(_APART[tag])
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _UNSEEN:
            self.unseen = max(0, self.unseen - 1)
        if tag in _APART:
            self.cells = max(0, self.cells - 1)
        if tag in _BLOCKS and not (self.cells and tag in _IN_A_CELL):
            self.flush()

    def handle_data(self, data: str) -> None:
        if self.unseen:
            return
        line = self.getpos()[0] - 1
        for number, paragraph in enumerate(_BLANK_LINE.split(data)):  # (a blank line ends a paragraph of Markdown's)
            if number:
                self.flush()
            if not self.begun and paragraph.strip():  # the line starts with this text
                self.start = line + paragraph[: len(paragraph) - len(paragraph.lstrip())].count("\n")
                self.begun = True
            self.parts.append(paragraph)
            line += paragraph.count("\n") + 2
