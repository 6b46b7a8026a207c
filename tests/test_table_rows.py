"""A row of dashes inside a table (between its figures and its total) is one more row of that table, as the tables
extension reads it: not told as a table of its own, nor as the start of another whose rows are told again."""

from __future__ import annotations

import markdown

from evidence_portfolio.reading.tables import pasted_tables, rows_too_long, rules_unlike_headings, tables_after_text

TOTALLED = "| Ward | Visits |\n|---|---|\n| 1 | 200 |\n| 2 | 300 |\n|---|\n| Total | 500 |\n"


def test_a_row_of_dashes_inside_a_table_is_a_row_of_it() -> None:
    assert markdown.markdown(TOTALLED, extensions=["tables"]).count("<table>") == 1
    assert rules_unlike_headings(TOTALLED) == []


def test_a_row_too_long_is_told_once() -> None:
    body = "| a |\n|---|\n| b | c |\n| d |\n|---|\n| e | f |\n"
    assert rows_too_long(body) == [(2, 2, 1), (5, 2, 1)]


def test_rows_under_many_rows_of_dashes_are_told_once_each() -> None:
    body = "| a |\n|---|\n| b | c |\n" * 2000
    assert len(rows_too_long(body)) == 2000


def test_tables_after_text_are_told_where_they_are() -> None:
    body = "Intro\n\n```\ntext\n| a |\n|---|\n```\n\n" + "text\n| a |\n|---|\n\n" * 3
    assert [line for line, _ in tables_after_text(body)] == [9, 13, 17]


def test_tables_in_raw_html_are_shown_as_typed_and_not_told() -> None:
    """A table in a raw HTML block is passed through as typed whatever is written: the checks of tables read the
    lines a page shows as Markdown as the checks of lists do (shown_lines), and say nothing of those; the same
    tables outside the block are told."""
    tables = "Text\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n\n| a | b |\n|---|\n\nx\tb\tc\ny\tb\tc\n"
    body = "<div>\n" + tables + "</div>\n"
    rendered = markdown.markdown(body, extensions=["tables"])
    assert "<table>" not in rendered and "|---|---|" in rendered
    assert (tables_after_text(body), rows_too_long(body), rules_unlike_headings(body), pasted_tables(body)) == (
        [],
        [],
        [],
        [],
    )
    assert (tables_after_text(tables), rows_too_long(tables), rules_unlike_headings(tables), pasted_tables(tables)) == (
        [(1, False)],
        [(3, 3, 2)],
        [(5, 2, 1)],
        [8],
    )
