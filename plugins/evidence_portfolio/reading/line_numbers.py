"""Lines of a body and places in it: each match of a pattern with its line, and the line of any place, the line
breaks counted once for a body. Counted from the top for each match, a check takes time growing with the square of
a page's length: a hostile review's 280 KB of links written with a space, titles in curly quotes or tables without
their row of dashes took a second each, four times as long for twice the text."""

from __future__ import annotations

import bisect
import itertools
import re


def with_lines(body: str, pattern: re.Pattern[str]) -> list[tuple[int, re.Match[str]]]:
    """Each match of `pattern` in `body` with its line (from 0)."""
    found, line, counted = [], 0, 0
    for match in pattern.finditer(body):
        line += body.count("\n", counted, match.start())
        counted = match.start()
        found.append((line, match))
    return found


class LinePlaces:
    """Where each line of a body starts, found when first asked, and the line of any place in it."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._starts: list[int] = []

    def start(self, line: int) -> int:
        """Where line `line` (from 0) starts."""
        return self._found()[line]

    def line(self, at: int) -> int:
        """The line (from 0) of the place `at`."""
        return bisect.bisect_right(self._found(), at) - 1

    def _found(self) -> list[int]:
        if not self._starts:
            self._starts = [0, *itertools.accumulate(len(line) + 1 for line in self.body.split("\n"))]
        return self._starts
