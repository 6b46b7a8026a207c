"""A list written straight under a line of text is told where python-markdown shows it as that text going on, and
only there (list-after-text: a careless contributor's review; the cases not told, a review of the warning)."""

from __future__ import annotations

import markdown
import pytest

from evidence_portfolio.reading.tables import lists_after_text

EXTENSIONS = ["admonition", "attr_list", "tables", "toc", "footnotes", "abbr", "def_list", "pymdownx.tabbed"]


def shown_as_a_list(body: str) -> bool:
    return "<li>zzq</li>" in markdown.markdown(body, extensions=EXTENSIONS)


@pytest.mark.parametrize(
    "body",
    ["We agreed:\n- zzq\n", "**Bold:**\n1. zzq\n", "A\n+ zzq\n", "Text  \n* zzq\n", "a | b\n--|--\n1 | 2\n- zzq\n"],
)
def test_a_list_under_text_is_told(body: str) -> None:
    assert not shown_as_a_list(body)
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
