"""Markdown tables that Markdown will not show as tables: a table written straight under a line of text, with no
blank line between them, is read as more lines of that paragraph (or of the list entry or quote above it), and the
page shows its `|` and `---` marks as they are typed; rows of `|` without the row of dashes under the headings; and
a table pasted from a spreadsheet, its cells separated by tabs. Each is shown as a paragraph of text."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator

from ..model.lazy_patterns import lazy_pattern
from .shown_lines import ShownLines

_DELIMITER_ROW = lazy_pattern(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
"""The row under a table's headings, as the tables extension reads it: dashes between `|` marks (`|---|---|`,
`:--|--:`, `| --- |`)."""
_BLOCK_LINE = lazy_pattern(r"#|<|!!!|\?\?\?|\*\[|\[[^\]]+\]:[ \t]")
"""The start of a line that is a block of its own, under which a table starts anew: a heading, HTML, an admonition
(`!!! note`, `??? note`), an abbreviation (`*[HTML]: ...`) or a link's definition (`[label]: address`)."""
_QUOTE = lazy_pattern(r"[ \t]{0,3}>[ \t]?")
"""A quote's mark at a line's start, which a table inside a quote is written after on each of its lines."""


def holds_rule(body: str) -> bool:
    """Whether the body may hold the row of dashes under a table's headings ("|---|", "| --- |", "|:--|"): found
    by str's own search, so that a body holding none is looked through no more: first for a "|" alone, which is
    found as fast as memory is read (a search for two characters reads a body at a fifth of that speed)."""
    return "|" in body and ("-|" in body or "|-" in body or "|:" in body or ":|" in body or "- |" in body)


def tables_after_text(body: str, ruled: bool | None = None) -> list[tuple[int, bool]]:
    """The lines (from 0) of the heading rows of tables that come straight after a line of text, outside code,
    comments and raw HTML, each with whether that line looks blank (a non-breaking space, which Markdown reads as
    text).
    `ruled`: holds_rule(body), where the caller has it already."""
    if not (holds_rule(body) if ruled is None else ruled):
        return []  # most bodies: no table
    lines, rows = _rule_rows(body)
    rows = [number for number in rows if number > 1]
    shown = ShownLines(body)
    return [  # each line that may be a row of dashes (a table's usually has a blank line above)
        (number - 1, not lines[number - 2].strip())
        for number in rows
        if _shown_as_text(lines[number - 2], lines[number - 1], lines[number]) and shown.line(number)
    ]


def _shown_as_text(above: str, heading: str, row: str) -> bool:
    """Whether a table whose heading row and row of dashes are `heading` and `row`, under the line `above`, is read
    as more of that line's text: all three in a quote, or none."""
    quoted = _QUOTE.match(row)
    if quoted:  # a table inside a quote: read as one without the quote's marks (a line above outside it ends it)
        marks = _QUOTE.match(above), _QUOTE.match(heading)
        if not marks[0] or not marks[1]:
            return False
        above, heading, row = above[marks[0].end() :], heading[marks[1].end() :], row[quoted.end() :]
    # (a line of spaces Markdown counts as text: a non-breaking space, pasted from a word processor, looks blank)
    if not _DELIMITER_ROW.fullmatch(row.strip(" \t")) or "|" not in heading.strip() or not above.strip(" \t"):
        return False
    if _indent(above) >= _indent(heading) + 4:  # code, indented: it ends before the table
        return False
    written = above.strip(" \t")
    return "|" not in written and not _BLOCK_LINE.match(written) and not set(written) <= set("=-*_ ")


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def unruled_tables(body: str, ruled: bool | None = None) -> list[int]:
    """The lines (from 0) of the first rows of tables written without the row of dashes under their headings (`| a | b
    |` lines alone, from the margin), outside code, comments and raw HTML: Markdown shows them as one paragraph, "|"
    marks and all (a careless contributor's review). Only in a body with no row of dashes at all: most bodies with rows
    of "|" hold a table written right, and looking through them cost a first check 3% (a table without its row beside
    one with it is not found). `ruled`: holds_rule(body), where the caller has it already."""
    if (holds_rule(body) if ruled is None else ruled) or "|\n|" not in body:
        return []  # a row of dashes somewhere, or no two rows in a row
    text = "\n" + body
    found: list[int] = []
    shown = ShownLines(body)
    run: list[tuple[int, int]] = []  # the rows in a row so far: where each starts and ends in `text`
    start = text.find("\n|")  # found by str.find, as fast as the text can be read: most lines are no row
    while start != -1 or run:
        end = text.find("\n", start + 1) if start != -1 else -1
        end = len(text) if end == -1 else end
        row = start != -1 and text[start + 1 : end].rstrip().endswith("|")
        if row and run and run[-1][1] == start:  # the line right after the last row
            run.append((start, end))
        else:
            if len(run) > 1 and not any(_DELIMITER_ROW.fullmatch(text[a + 1 : b].strip()) for a, b in run):
                line = shown.places.line(run[0][0])
                if shown(line, run[0][0]):
                    found.append(line)
            run = [(start, end)] if row else []
        if start == -1:
            break
        start = text.find("\n|", end if row else start + 1)
    return found


def rows_too_long(body: str, ruled: bool | None = None) -> list[tuple[int, int, int]]:
    """(line from 0, its cells, the table's columns) for each row of a table, outside code, comments and raw HTML, with
    more cells than the row of dashes under its headings has columns: Markdown drops the cells past the last column,
    without a word (a careless contributor's review: `| Visits | 900|1000 | 1400 |` published 1000 as the figure after,
    and dropped 1400). `ruled`: holds_rule(body), where the caller has it already. The lines that may be rows of dashes
    are those tables_after_text looks at, found once for both; a row's cells are counted by its "|" marks where it holds
    no code or escape (a first version read every line again: a tenth of a first check's reading of a page)."""
    if not (holds_rule(body) if ruled is None else ruled):
        return []
    lines, rows = _rule_rows(body)
    found: list[tuple[int, int, int]] = []
    shown = ShownLines(body)
    for number, cells, rule in _ruled_tables(lines, rows):
        if cells != _cell_count(rule):
            continue  # no table at all (rules_unlike_headings): no cell of it is left out
        columns = len(_DASHES.findall(rule))
        for below in range(number + 1, len(lines)):
            row = lines[below].strip(" \t")
            if "|" not in row:
                break
            cells = _cell_count(row)
            if cells > columns:
                lost = any(cell.strip() for cell in _cells(row)[columns:])  # (an empty cell past the last: none lost)
                if lost and shown.line(below):
                    found.append((below, cells, columns))
    return found


def _heading_rules(lines: list[str], rows: list[int]) -> list[int]:
    """Those of `rows` (lines that may be a row of dashes) under a line with a "|" that is not itself under one: a
    row of dashes under a table's row (`| 1 | 200 |` over `|---|`, a line between a table's figures and its total)
    is one more row of that table, not the start of another (a review: each row of a long table was told again for
    each such line above it, and a table with one was told it was no table)."""
    return [
        number
        for number in rows
        if number and "|" in lines[number - 1] and not (number > 1 and "|" in lines[number - 2])
    ]


_DASHES = lazy_pattern(r"-+")


def rules_unlike_headings(body: str, ruled: bool | None = None) -> list[tuple[int, int, int]]:
    """(line from 0 of a table's heading row, its cells, the cells of the row of dashes under it) for each table,
    outside code, comments and raw HTML, whose row of dashes has more or fewer cells than its heading row: the tables
    extension (as GitHub's preview) reads no table there, and shows every row as one paragraph, "|" marks and all
    (a careless contributor's review: told the page left out the cells past the last column, where it showed them
    all, as typed). `ruled`: holds_rule(body), where the caller has it already."""
    if not (holds_rule(body) if ruled is None else ruled):
        return []
    lines, rows = _rule_rows(body)
    shown = ShownLines(body)
    return [
        (number - 1, cells, columns)
        for number, cells, rule in _ruled_tables(lines, rows)
        if cells != (columns := _cell_count(rule)) and shown.line(number - 1)
    ]


def _ruled_tables(lines: list[str], rows: list[int]) -> Iterator[tuple[int, int, str]]:
    """(line from 0, cells of the row above, the row itself) of each row of dashes under a table's first row
    (_heading_rules), as both the checks of tables' rows read them (a line of dashes alone is a rule, or a
    heading's underline)."""
    for number in _heading_rules(lines, rows):
        rule = lines[number].strip(" \t")
        if _DELIMITER_ROW.fullmatch(rule):
            yield number, _cell_count(lines[number - 1].strip(" \t")), rule


@functools.lru_cache(maxsize=1)
def _rule_rows(body: str) -> tuple[list[str], list[int]]:
    """The lines of a body, and those that may be a table's row of dashes (a "|" and a "-"): found once for the
    checks of tables of one page."""
    lines = body.split("\n")
    return lines, [number for number, row in enumerate(lines) if "|" in row and "-" in row]


def _cell_count(row: str) -> int:
    """How many cells a table's row has (`len(_cells(row))`), counted by its "|" marks where it holds no code or
    escape (most rows: split one character at a time, each table's heading and row of dashes took a tenth of a
    first check's reading of a page)."""
    if "`" in row or "\\" in row:
        return len(_cells(row))
    return row.count("|") + 1 - row.startswith("|") - row.endswith("|")


def _cells(row: str) -> list[str]:
    """A table's row split into its cells as the tables extension splits it: at each "|" not escaped (`\\|`) nor in
    code (`` `a|b` ``), the marks at its ends left out."""
    cells, cell, code, escaped = [], "", False, False
    for character in row:
        if character == "|" and not code and not escaped:
            cells.append(cell)
            cell = ""
        else:
            cell += character
            code = code != (character == "`" and not escaped)
        escaped = character == "\\" and not escaped
    cells.append(cell)
    if row.startswith("|"):
        cells = cells[1:]
    if row.endswith("|") and not row.endswith("\\|") and cells:
        cells = cells[:-1]
    return cells


_LONG_DASH_RULE = lazy_pattern(
    r"[ \t]*\|?(?:[ \t]*:?[-\u2010-\u2015\u2212]+:?[ \t]*\|)+[ \t]*(?::?[-\u2010-\u2015\u2212]+:?)?[ \t]*"
)
"""A row of dashes of a table typed with a word processor's dashes ("|\u2014|\u2014|"), which Markdown reads as no
rule."""


def long_dash_rule(row: str) -> bool:
    """Whether a table's row is its row of dashes written with long dashes (a word processor's "---"): told as
    such, not as a row missing (a careless contributor's review: the row added as told showed those dashes as a row
    of cells)."""
    written = row.strip(" \t")  # (its spaces around two runs of the pattern: a row of 40,000 tabs took 10 s, a review)
    return _LONG_DASH_RULE.fullmatch(written) is not None and not _DELIMITER_ROW.fullmatch(written.strip())


def pasted_tables(body: str) -> list[int]:
    """The lines (from 0) that start two or more lines of three cells or more separated by tabs, or three or more lines
    of two cells, as a spreadsheet pastes them, outside code, comments and raw HTML: Markdown shows them as a paragraph,
    the tabs as spaces (a careless review; a careless contributor's pasted two columns)."""
    if "\t" not in body:
        return []
    lines = body.split("\n")
    cells = [
        0 if _LISTED.match(line) else 2 if _TABBED.fullmatch(line) else 1 if _TWO_CELLS.fullmatch(line) else 0
        for line in lines
    ]
    found: list[int] = []
    shown = ShownLines(body)
    for number, tabbed in enumerate(cells):
        run = list(itertools.takewhile(bool, cells[number : number + 3]))
        wide = len(run) >= 2 and run[0] == run[1] == 2
        if tabbed and not (number and cells[number - 1]) and (wide or len(run) == 3) and shown.line(number):
            found.append(number)
    return found


_TABBED = lazy_pattern(r"[^\s][^\t\n]*(?:\t+[^\t\n]*){2,}")
"""A line of three cells or more separated by tabs (not indented as code)."""
_TWO_CELLS = lazy_pattern(r"[^\s][^\t\n]*\t+[^\t\n]*[^\s]")
"""A line of two cells separated by tabs, the second not empty."""
_LISTED = lazy_pattern(r"(?:[-*+\u2022]|\d{1,9}[.)])[ \t]|\|")
"""A line that is an entry of a list (`1.<tab>text`, as Word pastes a numbered list, which Markdown shows as one; a
bullet `•`, which is no table either), or a row of a table written with "|", whatever tabs pad it (a review of
valid portfolios)."""
