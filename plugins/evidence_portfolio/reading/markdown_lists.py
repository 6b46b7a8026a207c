"""Markdown lists that python-markdown does not show as their author, looking at GitHub's preview, meant: a list
written straight under a line of text, with no blank line between them (one paragraph, dashes and all); an entry
indented fewer than four spaces under another (an entry of the same list, not one inside it); and lines marked as a
word processor marks a list's entries, with bullets or with numbers and ")" (one paragraph, marks and all)."""

from __future__ import annotations

import itertools
import re

from .links import hidden_ranges, inside


class _Lines:
    """A body's lines, and whether each is outside its fenced code and comments (found once, when first asked)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.lines = body.split("\n")
        self._hidden: list[tuple[int, int]] | None = None
        self._starts: list[int] = []

    def shown(self, number: int) -> bool:
        if self._hidden is None:
            self._hidden = hidden_ranges(self.body)
            self._starts = [0, *itertools.accumulate(len(line) + 1 for line in self.lines)]
        return not inside(self._hidden, self._starts[number])


_LIST_ENTRY = re.compile(r"(?:[-*+]|\d{1,9}\.)[ \t]+\S")
"""The start of a list's entry, at the margin: `- `, `* `, `+ ` or a number and a dot (`1. `)."""
_NOT_TEXT = re.compile(r"[ \t]|#|<|\||>|!!!|\?\?\?|===[ \t]|:|\[[^\]\n]+\]:|\*\[|```|~~~|[-*_=]{3,}[ \t]*$")
"""The start of a line that is not a paragraph's plain text at the margin: indented, a heading, HTML, a table's row,
a quote, an admonition or a tab, a definition, a reference's or a footnote's definition, an abbreviation, a fence,
a rule or a heading's underline (python-markdown ends the paragraph at a reference's definition: the list below is
one)."""
_MAY_FOLLOW_TEXT = re.compile(r"^\S.*\n(?:[-*+]|\d{1,9}\.)[ \t]+\S", re.MULTILINE)
"""A list's entry at the margin right below a line at the margin: most bodies have none, and are looked at no more."""


def lists_after_text(body: str) -> list[int]:
    """The lines (from 0) of the first entries of lists written straight under a paragraph of text, with no blank
    line between them (`We agreed:` over `- a joint bid`), outside code and comments: python-markdown reads them as
    more lines of that paragraph, and the page shows one paragraph, dashes and all, where GitHub's preview shows a
    list (a careless contributor's review). A paragraph that is itself a list's entry, or holds a line of any other
    block, is left alone."""
    if not _MAY_FOLLOW_TEXT.search(body):
        return []
    read = _Lines(body)
    lines = read.lines
    found: list[int] = []
    start = 0  # the first line of the paragraph the line above belongs to
    for number, line in enumerate(lines):
        if not line.strip():
            start = number + 1
            continue
        if number == start or not _LIST_ENTRY.match(line):
            continue
        paragraph = lines[start:number]
        if any(_LIST_ENTRY.match(text) or _NOT_TEXT.match(text) for text in paragraph):
            continue
        if read.shown(number):
            found.append(number)
        start = number  # the list's entries below are the list's own
    return found


_SHORT_INDENT = re.compile(r"^ {1,3}(?:[-*+]|\d{1,9}\.)[ \t]+\S", re.MULTILINE)
"""An entry of a list indented one to three spaces: most bodies have none, and are looked at no more."""


def entries_indented_short(body: str) -> list[tuple[int, int, int]]:
    """The lines (from 0) of list entries indented under the entry above by fewer spaces than python-markdown needs
    to put an entry inside another (`- a` over `  - b`, as GitHub's preview nests it), with how far it and the
    entry above are indented: python-markdown nests an entry four spaces (or a tab) in, and shows one indented less
    as the next entry of the same list (a careless contributor's review), whose entries inside it are four spaces in
    too. Lists at the margin only (one in an admonition or in indented code is read otherwise), outside fenced code
    and comments."""
    if not _SHORT_INDENT.search(body):
        return []
    read = _Lines(body)
    found: list[tuple[int, int, int]] = []
    above: int | None = None  # how far the entry on the last line written is indented (None: no entry)
    for number, line in enumerate(read.lines):
        if not line.strip():
            continue
        text = line.lstrip(" ")
        indent = len(line) - len(text)
        entry = "\t" not in line[:indent] and _LIST_ENTRY.match(text) is not None
        if entry and above is not None and above < indent < 4 and read.shown(number):
            found.append((number, indent, above))
        above = indent if entry and indent < 4 else None
    return found


_WORD_MARK = re.compile(r" {0,3}(?P<mark>[\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u25a0]|o(?=\t)|\d{1,3}\))[ \t]+\S")
"""A list's entry as a word processor marks it: a bullet (`•`, `◦`, `▪`, `‣`, `·`, `●`, `■`; Outlook's `o` and a
tab for an entry inside another) or a number and ")" (`1)`), which python-markdown does not read as a list."""
_MAY_HOLD_MARKS = re.compile(r"^ {0,3}(?:[\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u25a0]|o\t|\d{1,3}\))", re.MULTILINE)


def lists_marked_otherwise(body: str) -> list[tuple[int, str]]:
    """The first lines (from 0) of runs of two lines or more, one under the other, each marked as a word processor
    marks a list's entry (`•<tab>New joint bid`, pasted from Word or Outlook; `1) Shared targets`), with the mark of
    the first: python-markdown reads no list there, and the page runs the lines together into one paragraph, marks
    and all (a careless contributor's review). Outside code and comments."""
    if not _MAY_HOLD_MARKS.search(body):
        return []
    read = _Lines(body)
    lines = read.lines
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines[:-1]):
        first = _WORD_MARK.match(line)
        if first is None or _WORD_MARK.match(lines[number + 1]) is None:
            continue
        if number and _WORD_MARK.match(lines[number - 1]):
            continue  # more of a run told at its first line
        if read.shown(number):
            found.append((number, first["mark"]))
    return found
