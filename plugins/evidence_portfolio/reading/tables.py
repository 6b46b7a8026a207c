"""Markdown tables that Markdown will not show as tables: a table written straight under a line of text, with no
blank line between them, is read as more lines of that paragraph (or of the list entry or quote above it), and the
page shows its `|` and `---` marks as they are typed."""

from __future__ import annotations

import re

from .links import hidden_ranges, inside

_DELIMITER_ROW = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
"""The row under a table's headings, as the tables extension reads it: dashes between `|` marks (`|---|---|`,
`:--|--:`, `| --- |`)."""


def tables_after_text(body: str) -> list[int]:
    """The lines (from 0) of the heading rows of tables that come straight after a line of text, outside code and
    comments."""
    if "-|" not in body and "|-" not in body and "|:" not in body and ":|" not in body and "- |" not in body:
        return []  # most bodies: no table
    lines = body.split("\n")
    found: list[int] = []
    hidden: list[tuple[int, int]] | None = None
    offset = len(lines[0]) + len(lines[1]) + 2 if len(lines) > 1 else 0
    for number in range(2, len(lines)):
        row = lines[number]
        if "|" in row and "-" in row and _DELIMITER_ROW.fullmatch(row):
            heading, above = lines[number - 1].strip(), lines[number - 2].strip()
            if "|" in heading and above and "|" not in above and not _ends_a_block(above):
                hidden = hidden_ranges(body) if hidden is None else hidden
                if not inside(hidden, offset):
                    found.append(number - 1)
        offset += len(row) + 1
    return found


def _ends_a_block(line: str) -> bool:
    """Whether a table straight under this line is shown as a table: under a heading, a rule, or a line of HTML
    (which may end a block of it: not told)."""
    return line.startswith(("#", "<")) or set(line) <= set("=-*_ ")
