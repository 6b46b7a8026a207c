"""Lists python-markdown does not show as GitHub's preview does are told, and only those: a list written straight
under a line of text (list-after-text), an entry indented fewer than four spaces under another (list-indented-short)
and lines marked as a word processor marks a list (list-marked-otherwise): a careless contributor's review; the
cases not told, reviews of the warnings, each held to python-markdown's own reading, and where a message says
what GitHub's preview shows, to CommonMark's (markdown-it-py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import markdown
import pytest
from markdown_it import MarkdownIt

from evidence_portfolio.reading.extension_marks import marks_without_extension
from evidence_portfolio.reading.markdown_blocks import (
    entries_indented_short,
    first_level_headings_below,
    hashes_without_space,
    headings_in_bold,
    lists_after_text,
    lists_joined,
    lists_marked_otherwise,
    lists_numbered_from,
    markdown_in_raw_html,
)
from evidence_portfolio.reading.raw_html import markdown_attribute

EXTENSIONS = ["admonition", "attr_list", "tables", "toc", "footnotes", "abbr", "def_list", "pymdownx.tabbed"]


COMMONMARK = MarkdownIt("commonmark").enable("table")
"""CommonMark with GitHub's tables: how GitHub's preview, which a contributor looks at, reads Markdown."""


def shown_as_a_list(body: str) -> bool:
    return "<li>zzq</li>" in markdown.markdown(body, extensions=EXTENSIONS)


def previewed_as_a_list(body: str) -> bool:
    return "<li>zzq</li>" in COMMONMARK.render(body)


@pytest.mark.parametrize(
    "body",
    ["We agreed:\n- zzq\n", "**Bold:**\n1. zzq\n", "A\n+ zzq\n", "Text  \n* zzq\n", "a | b\n--|--\n1 | 2\n- zzq\n"],
)
def test_a_list_under_text_is_told(body: str) -> None:
    assert not shown_as_a_list(body) and previewed_as_a_list(body)
    assert lists_after_text(body) == [body.count("\n") - 1]


@pytest.mark.parametrize(
    "body",
    [
        "[bp]: x.pdf\n- zzq\n",  # a reference's definition ends the paragraph
        "Text\n[bp]: x.pdf\n- zzq\n",
        '=== "Tab"\n- zzq\n',
        "# Head\n- zzq\n",
        "Title\n=====\n- zzq\n",
        "<div>x</div>\n- zzq\n",
        "- a\nlazy\n- zzq\n",  # more of a list's entry
        "*[HTML]: Hyper\n- zzq\n",
        "Para\n\n- zzq\n",
    ],
)
def test_a_list_python_markdown_shows_as_one_is_not_told(body: str) -> None:
    assert shown_as_a_list(body)
    assert lists_after_text(body) == []


def nested(body: str, html: str | None = None) -> bool:
    """Whether python-markdown (or the `html` given) shows the entry "zzq" inside another entry."""
    html = markdown.markdown(body, extensions=EXTENSIONS) if html is None else html
    before = html[: html.index("zzq")]
    return before.count("<ul>") + before.count("<ol>") - before.count("</ul>") - before.count("</ol>") > 1


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("- a\n  - zzq\n", [(1, 2, 0)]),
        ("1. a\n   - zzq\n", [(1, 3, 0)]),
        ("* a\n\n  * zzq\n", [(2, 2, 0)]),
        ("- a\n  - b\n   - zzq\n", [(1, 2, 0), (2, 3, 2)]),  # the entry above at the list's level too
    ],
)
def test_an_entry_indented_short_of_four_spaces_is_told(body: str, told: list[tuple[int, int, int]]) -> None:
    assert not nested(body) and nested(body, COMMONMARK.render(body))
    assert entries_indented_short(body) == told


@pytest.mark.parametrize(
    "body",
    [
        "- a\n    - zzq\n",
        "- a\n\ttext\n- b\n\t- zzq\n",
        "1. a\n     - zzq\n",
    ],
)
def test_an_entry_indented_four_spaces_or_more_is_not_told(body: str) -> None:
    assert nested(body)
    assert entries_indented_short(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "```\n- a\n  - zzq\n```\n",  # code
        "Text\n\n    - a\n      - zzq\n",  # indented code
        "<!--\n- a\n  - zzq\n-->\n",
        "- a\n\n  text\n  - zzq\n",  # under the entry's text, not under an entry
        "- a\n - zzq\n",  # (GitHub's preview does not nest it either: a review of false warnings)
        "1. a\n  - zzq\n",
        "-   a\n  - zzq\n",
    ],
)
def test_what_is_no_list_entry_under_another_is_not_told(body: str) -> None:
    assert entries_indented_short(body) == []
    if body.startswith(("- a\n ", "1.", "-   ")):  # (GitHub's preview does not nest it either)
        assert not nested(body, COMMONMARK.render(body))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("\u2022\tNew joint bid\n\u2022\tShared targets\n", [(0, "\u2022")]),
        ("Agreed:\n\no\tsub point\no\tanother\n", [(2, "o")]),
        ("1) a\n2) b\n3) c\n\n\u25aa a\n\u25aa b\n", [(0, "1)"), (4, "\u25aa")]),
        ("\u00a0- Grow teams\n\u00a0- Train coaches\n", [(0, "\u00a0-")]),  # a space that does not break first
        ("1.\u00a0Agree\n2.\u00a0Share\n", [(0, "1.\u00a0")]),  # or after the mark
        ("-\u00a0Agree\n-\u00a0Share\n", [(0, "-\u00a0")]),
        ("\u00a01.\u00a0Agree\n\u00a02.\u00a0Share\n", [(0, "\u00a01.")]),  # or both
    ],
)
def test_lines_marked_as_a_word_processor_marks_a_list_are_told(body: str, told: list[tuple[int, str]]) -> None:
    assert "<li>" not in markdown.markdown(body, extensions=EXTENSIONS)
    assert lists_marked_otherwise(body) == told


@pytest.mark.parametrize(
    "body",
    [
        "\u2022 one alone\n",  # one line: shown as typed, and as meant
        "\u2022 one\n\n\u2022 two\n",  # paragraphs of their own
        "```\n1) a\n2) b\n```\n",
        "oh\to dear\n",
        "2026) was\n2027) will\n",  # (four digits: a year, not a list's number)
        "\u00a02019. Track resurfaced.\n\u00a02023. Floodlights.\n",  # (years: a timeline, no list: a review)
        "- a\n- b\n\n1. x\n2. y\n",  # lists
    ],
)
def test_lines_a_reader_sees_as_written_are_not_told(body: str) -> None:
    assert lists_marked_otherwise(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Text\n- - -\nMore\n",  # a rule, shown as one
        "Text\n* * *\n",
        "Our work with the council started in\n2019. Since then it has grown.\n",  # GitHub's preview: text too
        "Title\n--\n- zzq\n",
        "/// note | Agreed\n- zzq\n///\n",  # pymdownx.blocks
        "Year | Visits\n--- | ---\n2024 | 100\n- | 200\n",  # a table's row, its first cell "-"
        "<pre>\n\nUsage\n- zzq\n</pre>\n",  # raw HTML, shown as typed
        "See [a link](x.md\n- 'its title'), a paragraph's next line.\n",  # a link's title on its next line
    ],
)
def test_what_python_markdown_shows_as_meant_is_not_told(body: str) -> None:
    """A review of false warnings."""
    assert lists_after_text(body) == []


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("<pre>\n- a\n  - b\n</pre>\n", entries_indented_short),
        ("<pre>\n1) a\n2) b\n</pre>\n", lists_marked_otherwise),
        ("<div>\n\n\u2022 a\n\u2022 b\n</div>\n", lists_marked_otherwise),
    ],
)
def test_lines_of_raw_html_are_not_told(body: str, check: Callable[[str], list[Any]]) -> None:
    """python-markdown shows a raw HTML block's lines as written, which is what their author meant, and what the
    warning would have them write would not change (a review of false warnings)."""
    assert check(body) == []


def test_numbers_and_brackets_read_as_a_list_are_not_told() -> None:
    body = "1) a\n2) b\n\n\u2022 c\n\u2022 d\n"
    assert lists_marked_otherwise(body) == [(0, "1)"), (3, "\u2022")]
    assert lists_marked_otherwise(body, numbered_with_brackets=True) == [(3, "\u2022")]


def headings(body: str) -> list[str]:
    """The headings python-markdown shows, as "h1 words"."""
    html = markdown.markdown(body, extensions=EXTENSIONS)
    return [f"{level} {words}" for level, words in re.findall(r"<(h[1-6])[^>]*>(.*?)</h[1-6]>", html)]


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("#NHS75 celebrations were great\n", [(0, "#NHS75 celebrations were great")]),
        ("Text\n#1 in the county\n", [(1, "#1 in the county")]),  # mid-paragraph too
        ("##Results\n", []),  # a heading meant, as the site shows it
        ("# Fine\n\n## Fine too\n\n```\n#code\n```\n\n<!--\n#hidden\n-->\n\\#escaped\n", []),
        ("<pre>\n#raw\n</pre>\n", []),
        ("Rank | Team\n---- | ----\n#1 | Ward 3\n", []),  # a table's row
        ("    #indented code\n", []),
    ],
)
def test_a_line_starting_with_a_hash_and_no_space_is_told(body: str, told: list[tuple[int, str]]) -> None:
    assert hashes_without_space(body) == told
    for _, written in told:  # a heading on the site, text in GitHub's preview
        assert f"h1 {written[1:]}" in headings(body), headings(body)
        assert written in COMMONMARK.render(body) and "<h1>" not in COMMONMARK.render(body)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("Intro.\n\n# Background\n\nText.\n", [(2, "Background")]),
        ("Intro\n\nBackground\n===\n\nMore\n", [(2, "Background")]),
        ("Intro.\n\nBackground\n==========\n", [(2, "Background")]),
        ("Intro.\n\n# Background ##\n", [(2, "Background")]),  # its closing "#"s left out, as on the site
        ("# Title\n\nText.\n", []),  # the text's title, on its first line
        ("[a]: http://x\n\n# Title\n", []),  # a definition shows nothing above it
        ("# Title\n\nText.\n\n# Background\n", []),  # its own title first: the theme shows no other
        ("Intro\nmore\n===\n", []),  # an underline below a paragraph's second line: no heading
        ("<!-- a note -->\n\n# Title\n", []),
        ("Title\n=====\n\nText.\n", []),
        ("Intro.\n\n## Background\n\n```\n# code\n```\n", []),
    ],
)
def test_a_heading_of_the_first_level_below_the_first_line_is_told(body: str, told: list[tuple[int, str]]) -> None:
    assert first_level_headings_below(body) == told
    assert all(f"h1 {words}" in headings(body) for _, words in told)


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("2026. A great year for us.\n", [(0, "2026")]),
        ("1. a\n2. b\n\nA photo.\n\n3. c\n4. d\n", [(5, "3")]),
        ("Para\n\n3. c\n", [(2, "3")]),
        ("1. a\n\n2. b\n", []),  # the same list, loose
        ("1. a\n\n    more\n\n3. c\n", []),  # carried on under its indented text
        ("- a\n\n3. b\n", []),
        ("Para\n3. c\n", []),  # text, in a paragraph
        ("```\n3. x\n```\n", []),
        ("2026\\. A great year\n", []),
        ("1. First point that\nwraps here\n\n2. Second\n", []),  # a lazy line: the same list
        ("1. a\n\n[ref]: http://x\n\n2. b\n", []),  # a definition, shown nowhere: the same list
        ("1. a[^1]\n\n[^1]: note\n\n2. b\n", []),
        ("1. a\n\n*[NHS]: National Health Service\n\n2. b\n", []),
        ("1. a\nwraps\n\nA photo.\n\n3. c\n", [(5, "3")]),
    ],
)
def test_a_numbered_list_starting_past_1_is_told(body: str, told: list[tuple[int, str]]) -> None:
    assert lists_numbered_from(body) == told
    html = markdown.markdown(body, extensions=EXTENSIONS)
    assert all("<ol>" in html and "start=" not in html for _ in told)  # numbered from 1 on the site
    assert all(f'<ol start="{first}">' in COMMONMARK.render(body) for _, first in told)  # as written in the preview


def test_a_fancy_list_numbered_with_a_hash_is_no_heading() -> None:
    """pymdownx.fancylists numbers an entry written "#." (a review of false warnings)."""
    assert hashes_without_space("#. item\n#. next\n") == [(0, "#. item"), (1, "#. next")]
    assert hashes_without_space("#. item\n#. next\n", fancy_lists=True) == []


def test_a_mark_inside_a_block_of_html_holding_another_is_not_told() -> None:
    """A raw HTML block holding another runs to the tag closing its own, as python-markdown reads it (raw_html): the
    first `</div>` closed it, and a line of an extension's inside it, shown as typed whatever mkdocs.yml turns on,
    was told (extension-off); the same line below the block is."""
    block = '<div class="box">\n<div>Inner</div>\n!!! warning "Shown as typed"\n</div>\n'
    assert "!!! warning" in markdown.markdown(block, extensions=["admonition"])
    assert marks_without_extension(block, ()) == []
    assert marks_without_extension(block + "\n!!! note\n    Below.\n", ()) == [(5, "admonition", "a note box")]


def github_reads_markdown(body: str) -> bool:
    """Whether CommonMark, as GitHub's preview, shows "zzq" in bold, in a list's entry or as a link's words."""
    shown = COMMONMARK.render(body)
    return any(f"{tag}zzq<" in shown for tag in ("<strong>", "<li>", 'm.pdf">'))


def site_reads_markdown(body: str, *, md_in_html: bool = False) -> bool:
    """Whether python-markdown, as the site, shows "zzq" in bold, in a list's entry or as a link's words."""
    shown = markdown.markdown(body, extensions=EXTENSIONS + ["md_in_html"] * md_in_html)
    return any(f"{tag}zzq<" in shown for tag in ("<strong>", "<li>", 'm.pdf">'))


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("<details>\n<summary>More</summary>\n\n- zzq\n- b\n</details>\n", [(3, "- zzq", ("details",))]),
        ("<div>\n\n**zzq** done.\n\n</div>\n", [(2, "**zzq** done.", ("div",))]),
        ("<div>\n<div>\n\nSee [zzq](m.pdf).\n</div>\n</div>\n", [(3, "See [zzq](m.pdf).", ("div", "div"))]),
        ("<section>\n\nText\n\n1. zzq\n</section>\n", [(4, "1. zzq", ("section",))]),
        ("<div>\n\nText\n<!-- c -->\n\n**zzq**\n</div>\n", [(5, "**zzq**", ("div",))]),
        (
            "<div>\n\n- zzq\n\n**b**\n</div>\n<div>\n\n**zzq**\n</div>\n",
            [(2, "- zzq", ("div",)), (8, "**zzq**", ("div",))],
        ),
    ],
)
def test_markdown_in_a_raw_html_block_github_reads_is_told(body: str, told: list[tuple[int, str, tuple[str]]]) -> None:
    """Markdown after an empty line in a raw HTML block: GitHub's preview (CommonMark) reads it, the site shows it as
    typed; told at its line, with the tags around it (their lines the tags' own)."""
    assert github_reads_markdown(body) and not site_reads_markdown(body)
    found = markdown_in_raw_html(body)
    assert [(line, written, tuple(tag for tag, _ in around)) for line, written, around in found] == told
    lines = body.split("\n")
    assert all(lines[at].startswith(f"<{tag}") for _, _, around in found for tag, at in around)
    fixed = re.sub(r"<(div|details|section)>", r"<\1 markdown>", body)
    assert site_reads_markdown(fixed, md_in_html=True) and markdown_in_raw_html(fixed) == []


@pytest.mark.parametrize(
    "body",
    [
        "<div>\n**zzq**\n</div>\n",  # no empty line: raw HTML in the preview too
        "<pre>\n\n- zzq\n</pre>\n",  # shown as typed in the preview too
        "<div>\n\n<p>**zzq**</p>\n- zzq\n</div>\n",  # a paragraph starting with a tag: HTML there too
        "<div>\n\n    - zzq\n</div>\n",  # code in the preview
        "<div>x</div>\n\n- zzq\n",  # after the block: a list on the site too
        "<!--\n\n- zzq\n-->\n",  # a comment
        "```\n<div>\n\n- zzq\n</div>\n```\n",  # code
        "<div>\n\n- zzq\n",  # a block left open: told as such (unclosed-html)
        "<div>\n\nSome text\n<p>**zzq**</p>\n</div>\n",  # a block's tag in a paragraph's midst: HTML from there
        "<div>\n\nText\n<div>x</div>\n**zzq**\n</div>\n",
        "<div>\n\nSome text\n2. zzq\n</div>\n",  # "2." in a paragraph's midst: text
        "<details>\n\n  ```\n  - zzq\n  ```\n</details>\n",  # an indented fence: code in the preview
        "<details>\n\n```\n- zzq\n</details>\n",  # a fence never closed: code to the end
        "<div>\n<canvas>\n\n- zzq\n</canvas>\n</div>\n",  # never read by md_in_html: no fix to name
    ],
)
def test_markdown_in_html_read_alike_is_not_told(body: str) -> None:
    assert github_reads_markdown(body) == site_reads_markdown(body) or "canvas" in body or "</div>" not in body
    assert markdown_in_raw_html(body) == []


def test_the_fix_told_for_markdown_in_a_table_s_cell_works() -> None:
    """md_in_html reads a cell's text (and a `<p>`'s, an `<li>`'s, a `<summary>`'s) as a line's words alone: told
    `<td markdown>`, as for a `<div>`, the list stayed as typed and nothing more was said (a review of false
    warnings). Each tag is told the attribute that has its Markdown read: `markdown="block"` there."""
    body = "<table>\n<tr>\n<td>\n\n- zzq\n- b\n\n</td>\n</tr>\n</table>\n"
    assert github_reads_markdown(body) and not site_reads_markdown(body)
    [(line, written, around)] = markdown_in_raw_html(body)
    assert (line, written, [tag for tag, _ in around]) == (4, "- zzq", ["table", "tr", "td"])
    fixed = body
    for tag, _ in around:
        fixed = fixed.replace(f"<{tag}>", f"<{tag} {markdown_attribute(tag)}>")
    assert '<td markdown="block">' in fixed and "<tr markdown>" in fixed
    assert site_reads_markdown(fixed, md_in_html=True) and markdown_in_raw_html(fixed) == []
    assert not site_reads_markdown(fixed.replace('markdown="block"', "markdown"), md_in_html=True)


@pytest.mark.parametrize(
    "text",
    [
        "# Title\nx",
        "#hashtag day\n\nWelcome.",  # (python-markdown needs no space: a review)
        "  # Title\n",
        "## Sub\n",
        "#\nx",
        "# Title #\n",
        "# C# tips\n",
        "Title\n===\n\nx",
        "\n\n  Title\n=====\n",
        "Line A\n   ===\n\nWelcome.",  # (an underline indented is no underline: a review)
        "```\n===\n```\n\nWelcome.",  # (a fence, nor a tag, is no heading's text: a review)
        "~~~\n===\n~~~\n",
        "<div>\n===\n</div>\n\nWelcome.",
        "    code\n===\n",
        "- a\n===\n",
        "Two\nlines\n===\n",
        "#\tTab\n",
    ],
)
def test_the_opening_heading_is_the_one_python_markdown_reads(text: str) -> None:
    """The heading of the first level a page opens with (the overview's title, taken from its introduction; where
    `portfolio generate` puts an item's panel) is the first element python-markdown makes of the page, or none."""
    from evidence_portfolio.reading.pages import opening_heading

    html = markdown.markdown(text, extensions=["fenced_code", "md_in_html", "attr_list"])
    first = re.match(r"\s*<h1>(.*?)</h1>", html, re.S)
    found = opening_heading(text)
    assert (found[0] if found else None) == (first[1].strip() if first else None), html


@pytest.mark.parametrize(
    ("body", "told"),
    [
        ("1. Book a room\n2. Send invitations\n\n- Note: rooms fill fast\n- Note: catering\n", [(3, "numbered")]),
        ("- Apples\n- Pears\n\n1. Then step one\n", [(3, "bulleted")]),
        ("1. a\n- b\n", [(1, "numbered")]),
        ("1. a\n   more\n\n    text\n\n- c\n", [(5, "numbered")]),
        ("1. a\n\n- b\n\n2. c\n\n- d\n", [(2, "numbered")]),  # one list: told at its first entry of the other kind
        ("1. a\n\nText.\n\n- c\n", []),
        ("1. a\n\n<!-- -->\n\n- c\n", []),
        ("1. a\n\n## Notes\n\n- c\n", []),
        ("```\n1. a\n```\n\n- c\n", []),
        ("1. a\n\n    - nested\n", []),
        ("- a\n\n- - -\n\n1. b\n", []),  # a rule between
        ("- a\n- b\n", []),
        ("1. a\n\n[r]: https://example.org\n\n- b\n", [(4, "numbered")]),  # (a definition is shown nowhere)
        ("> Quote\n1. a\n- b\n", []),  # more of the quote's paragraph: no list (a differential fuzz)
        ("Text\n1. a\n- b\n", []),  # more of the paragraph (list-after-text)
    ],
)
def test_a_list_of_the_other_kind_below_a_list_is_told(body: str, told: list[tuple[int, str]]) -> None:
    """A bulleted list right under a numbered one, or the other way round: one list on the site, two in GitHub's
    preview (a review of valid pages: notes under the steps of a plan became steps 3 and 4)."""
    assert lists_joined(body) == told
    html, preview = markdown.markdown(body, extensions=EXTENSIONS), COMMONMARK.render(body)
    lists = re.compile(r"<[ou]l[ >]")
    joined = len(lists.findall(html)) == 1 and len(lists.findall(preview)) >= 2  # one on the site, two in the preview
    assert joined is bool(told), (html, preview)


@pytest.mark.parametrize(
    "line", ["**## What we found**", "__### What we found__", "*## What we found*", "***## What we found ##***"]
)
def test_a_heading_written_in_bold_is_told(line: str) -> None:
    """A heading copied from a formatted document keeps its bold around it: neither python-markdown nor GitHub's
    preview shows a heading, but a line of bold text starting "## " (a staff walkthrough)."""
    body = f"Intro.\n\n{line}\n\nText.\n"
    assert "<h" not in markdown.markdown(body, extensions=EXTENSIONS) and "<h" not in COMMONMARK.render(body)
    assert headings_in_bold(body) == [(2, line, "What we found")]


@pytest.mark.parametrize(
    "body",
    [
        "**# of sessions delivered: 40**\n",  # a count in bold ("number of")
        "**## Results** and more\n",  # bold words at a line's start, not a line of them
        "**## Results** and **more**\n",
        "*## not closed\n",
        "```\n**## in code**\n```\n",
        "<div>\n**## in HTML**\n</div>\n",
        "**##NoSpace**\n",
    ],
)
def test_bold_that_is_no_heading_is_not_told(body: str) -> None:
    assert headings_in_bold(body) == []
