"""Links after a block python-markdown opens mid-paragraph are real links, not indented code (a review)."""

from __future__ import annotations

import markdown
import pytest

from evidence_portfolio.reading.links import addresses_read_as_tags, read_as_links, scan_links

EXTENSIONS = [
    "admonition",
    "attr_list",
    "tables",
    "toc",
    "footnotes",
    "pymdownx.details",
    "pymdownx.tabbed",
    "md_in_html",
    "fenced_code",
]


@pytest.mark.parametrize(
    "body",
    [
        "- a\n  more\n    - b\n\n        [A](x.md)\n",
        "1. a\n   more\n    2. b\n\n        [A](x.md)\n",
        "- a\n- b\n  text\n    * c\n\n        [A](x.md)\n",
        "!!! note\n    - a\n      b\n        - c\n\n            [A](x.md)\n",
        "Para\n!!! note\n\n    [A](x.md)\n",
        "!!! a\n    text\n    !!! b\n\n        [A](x.md)\n",
        "Para\n??? note\n\n    [A](x.md)\n",
        'Para\n=== "T"\n\n    [A](x.md)\n',
        "Para\n[^1]: Note\n\n    [A](x.md)\n\nRef[^1]\n",
        '<div>\n\n    <a href="x.md">A</a>\n\n</div>\n',  # a raw HTML block passes it through as written
        '<details>\n<summary>S</summary>\n\n    <a href="x.md">A</a>\n</details>\n',
        '```\n<div>\n```\n\n<div>\n\n    <a href="x.md">A</a>\n</div>\n',
        " - item\n\n    more [A](x.md)\n",  # an entry indented less than four: its text is four in (a fuzz)
        "  1. item\n\n    more [A](x.md)\n",
        "~~~\n[A](x.md)\n",  # a fence never closed is text
        "Intro\n\n==\n    [A](x.md)\n",  # (no underline after an empty line, nor a rule of marks mixed: a review)
        "Intro\n\n-*-\n    [A](x.md)\n",
    ],
)
def test_a_real_link_after_a_block_opened_midway_is_checked(body: str) -> None:
    assert '<a href="x.md"' in markdown.markdown(body, extensions=EXTENSIONS)  # a real link
    links = scan_links(body)
    assert [link.target for link in read_as_links(body, links)] == ["x.md"]


@pytest.mark.parametrize(
    "body",
    [
        "Text\n\n    [A](x.md)\n",
        "- a\n\n        [A](x.md)\n",
        "- a\n    - b\n\n            [A](x.md)\n",
        '<div>\n</div>\n\n    <a href="x.md">A</a>\n',  # after the block, closed
        '```\n<div>\n```\n\n    <a href="x.md">A</a>\n',  # a tag in a fenced block opens none
        '<div markdown>\n\n    <a href="x.md">A</a>\n\n</div>\n',  # md_in_html reads its text as Markdown
        "```markdown\n!!! note\n```\n\n    [A](x.md)\n",  # a fence's lines open no block (a review of valid pages)
        '~~~\n=== "Tab"\n~~~\n\n    [A](x.md)\n',
        "````\n```\n[^1]: A note\n```\n````\n\n    [A](x.md)\n",
        "- a\n\n    ```\n    !!! note\n    ```\n\n        [A](x.md)\n",
        "## Sub\n    [A](x.md)\n",  # right under a heading, a rule or an underline: code (a differential fuzz)
        "Title\n---\n    [A](x.md)\n",
        "Para\n\n***\n    [A](x.md)\n",
        "<pre>\n[A](x.md)\n</pre>\n",  # Markdown in raw HTML, shown as typed
        "<div>\n[A](x.md)\n</div>\n",
        '<div>\n\n[A](x.md) and <span title="x">B</span>\n\n</div>\n',
    ],
)
def test_a_link_in_indented_code_is_still_left_out(body: str) -> None:
    assert '<a href="x.md"' not in markdown.markdown(body, extensions=EXTENSIONS)
    assert read_as_links(body, scan_links(body)) == ()


@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "Visit <www.example.org> or <example.org/fees?x=1>.\n",
            [(0, "www.example.org", "web"), (0, "example.org/fees?x=1", "web")],
        ),
        ("In <report.pdf> and <files/minutes.docx>\n", [(0, "report.pdf", "file"), (0, "files/minutes.docx", "file")]),
        ("Use <Policy v1.2> or <e.g.>, not <St.John's>\n", [(0, "Policy v1.2", "text"), (0, "e.g.", "text")]),
        ("> Letter:\n>\n>     <www.example.org>\n", []),  # (code in a quote: a review of valid pages)
        ("<2026-x.md> is text, <br/> a tag\n", []),  # (no letter after "<": text; a tag of HTML)
        ("Text\n\n    <www.example.org>\n", []),  # in indented code, shown as typed (a differential fuzz)
        ("`<www.example.org>` and <a@b.org> and <https://example.org>\n", []),
        ("<!-- <www.example.org> -->\n", []),
    ],
)
def test_an_address_without_its_scheme_in_angle_brackets_is_told_where_it_is_a_tag(
    body: str, told: list[tuple[int, str, str]]
) -> None:
    assert addresses_read_as_tags(body, scan_links(body)) == told
    html = markdown.markdown(body, extensions=EXTENSIONS)
    assert all(f"<{address}>" in html for _, address, _ in told)  # passed on as a tag, which a browser shows as nothing
