"""Which lines of a Markdown body python-markdown reads as Markdown: those outside its fenced code, code spans and
comments (links.hidden_ranges) and its raw HTML blocks (raw_html.raw_lines), which the page shows as typed, as
meant. The checks of a body's lists, headings, tables and extensions' marks ask it of the lines they would tell:
most tell none, and what is hidden is found once for a body, when first asked."""

from __future__ import annotations

from .line_numbers import LinePlaces
from .links import hidden_ranges, inside
from .raw_html import raw_lines


class ShownLines:
    """Whether a line of a body, starting at a place in it, is read as Markdown."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._hidden: list[tuple[int, int]] | None = None
        self._raw: frozenset[int] = frozenset()
        self.places = LinePlaces(body)
        """Where its lines start."""

    def __call__(self, line: int, at: int) -> bool:
        """Whether line `line` (from 0), at `at` in the body (its start, or a place on it), is read as Markdown."""
        if self._hidden is None:
            self._hidden = hidden_ranges(self.body)
            self._raw = raw_lines(self.body)
        return line not in self._raw and not inside(self._hidden, at)

    def line(self, number: int) -> bool:
        """Whether line `number` (from 0) is read as Markdown (where each line starts counted once for the body:
        summed again for each line told, 10,000 tables took 10 s, a review)."""
        return self(number, self.places.start(number))
