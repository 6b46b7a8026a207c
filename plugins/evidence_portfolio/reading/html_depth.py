"""How deep a page's HTML nests its tags, one inside another.

No page needs more than a few dozen: tables nested 60 deep stopped the PDF in a traceback, and thousands of tags one
in another (a few KB of `<span>`) take Material's search minutes to index (a hostile review).
"""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

DEEPEST = 100
"""The most tags a page's HTML may nest one inside another (tables 40 deep are 120 tags)."""

_VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr")
)
"""Tags that hold nothing, and have no end tag."""
_KINDS: dict[str, tuple[str, ...]] = {
    tag: kind
    for kind in (("p",), ("li",), ("dt", "dd"), ("tr",), ("td", "th"), ("option",), ("thead", "tbody", "tfoot"))
    for tag in kind
}
"""Tags whose end tag HTML lets a writer leave out, each with its kind: the next of its kind ends it (`<p>` after
`<p>`, `<td>` after `<th>`, `<tr>` after a row's cell)."""


class _Depth(HTMLParser):
    """The tags open at each point, as a browser nests them: an end tag closes the tags opened inside its own (an
    end tag with none open is none), and a tag whose end may be left out is ended by the next of its kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.deepest = self.line = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in _VOID:
            return
        kind = _KINDS.get(tag, ())
        for at in range(len(self.open) - 1, -1, -1) if kind else ():  # back through the tags it may end
            if self.open[at] in kind:
                del self.open[at:]
                break
            if self.open[at] not in _KINDS:  # (a table, a list... of its own: a row inside a cell's table)
                break
        self.open.append(tag)
        if len(self.open) > self.deepest:
            self.deepest, self.line = len(self.open), self.getpos()[0]

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            del self.open[len(self.open) - 1 - self.open[::-1].index(tag) :]


def deepest_tag(text: str) -> tuple[int, int]:
    """How many tags `text` nests one inside another at the most, and the line (from 1) of the deepest."""
    reader = _Depth()
    reader.feed(text)
    reader.close()
    return reader.deepest, reader.line
