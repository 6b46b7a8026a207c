"""Generated pages reach MkDocs with their HTML blocks set apart (site/html_blocks.py), so that python-markdown does
not parse them: the pages must be exactly those python-markdown renders from the whole Markdown, and the authors'
Markdown on them (the overview's introduction, the pack's self-assessment texts) must stay Markdown."""

from __future__ import annotations

import json
import re

import markdown
import pytest
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Project
from evidence_portfolio.reading.settings import load_settings
from evidence_portfolio.site.assemble import assemble
from evidence_portfolio.site.markdown import markdown_extensions

INTRO = """\
---
title: Our portfolio
---
Welcome to the **Test Trust** portfolio.

```html
<div class="not-a-block">

<table>
</table>
```

<div class="callout">
A raw block of the authors' own.
</div>
"""

ASSESSMENT = """\
## Plan

### What do we currently do

We plan with **partners**.

```
<ul class="not-a-listing">
</ul>
```

## Do

<div class="note">Raw HTML in a self-assessment.</div>
"""


@pytest.fixture
def pages(project: Project) -> Project:
    project.write("evidence/index.md", INTRO)
    project.item(
        "plan.md",
        "title: A plan <b>with</b> & partners\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        "summary: A summary with <div> in it.\npartners: [NHS Trust]\nvisibility: public",
    )
    project.item(
        "action.md",
        "title: An action\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Jo\ndue: 2026-12-01\n"
        "visibility: accreditor",
    )
    project.item(
        "assessment.md",
        "title: Self-assessment\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\n"
        "ratings: {plan: good, do: fair}\nvisibility: internal",
        ASSESSMENT,
    )
    return project


@pytest.mark.parametrize("audience", ["public", "accreditor", "internal"])
def test_pages_are_those_markdown_renders_from_the_whole_markdown(pages: Project, audience: str) -> None:
    settings = load_settings(pages.root, audience)
    build = assemble(settings)
    names, configs, _ = markdown_extensions(settings)
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    compared = 0
    for uri, place in build.generated.items():
        if place.page.role == "tags":
            continue
        whole = build.markdown(uri)
        apart = build.renderer.page_apart(place)
        assert apart.blocks, uri
        if place.page.role == "library":
            assert apart.markdown == f"# Evidence library\n\n<!--{apart.marker}0-->\n"
        expected = md.reset().convert(whole.split("\n---\n", 1)[-1])
        assert apart.filled(md.reset().convert(apart.markdown.split("\n---\n", 1)[-1])) == expected, uri
        compared += 1
    assert compared == len(build.generated) - 1


def test_the_authors_markdown_stays_markdown_on_generated_pages(pages: Project) -> None:
    result = pages.build(audience="internal")
    assert not result.failed, result.error
    overview = BeautifulSoup(result.html(""), "html.parser").select_one("article")
    assert overview.select_one("strong").get_text() == "Test Trust"
    code = overview.select_one("pre code").get_text()
    assert '<div class="not-a-block">' in code and "<table>" in code
    assert overview.select_one("div.callout").get_text(strip=True) == "A raw block of the authors' own."
    assert overview.select_one("table.portfolio-matrix") is not None
    pack = BeautifulSoup(result.html("accreditation-pack/"), "html.parser").select_one("article")
    codes = [code.get_text() for code in pack.select("pre code")]
    assert '<div class="not-a-block">' in codes[0], "the overview's introduction, at the top of the pack"
    assert any('<ul class="not-a-listing">' in code for code in codes[1:])
    assert pack.select_one("div.note").get_text() == "Raw HTML in a self-assessment."
    assert "partners" in [strong.get_text() for strong in pack.select("strong")]
    library = BeautifulSoup(result.html("library/"), "html.parser")
    assert sorted(li["data-item"] for li in library.select("[data-item]")) == ["action", "assessment", "plan"]
    assert "portfolio-block" not in result.all_output()


def _sections(html: str) -> list[tuple[str | None, str, str]]:
    from material.plugins.search.plugin import Parser

    parser = Parser()
    parser.feed(html)
    parser.close()
    return [(s.id, "".join(s.title), "".join(s.text)) for s in parser.data if not s.is_excluded()]


@pytest.mark.parametrize("audience", ["public", "internal"])
def test_search_indexes_the_same_without_parsing_listings(pages: Project, audience: str) -> None:
    """Material's search gets generated pages without the listings it leaves out of its index: the same index."""
    from evidence_portfolio.site.html_blocks import SEARCH_EXCLUDE, without_search_excluded

    settings = load_settings(pages.root, audience)
    build = assemble(settings)
    names, configs, _ = markdown_extensions(settings)
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    for uri, place in build.generated.items():
        if place.page.role == "tags":
            continue
        html = md.reset().convert(build.markdown(uri).split("\n---\n", 1)[-1])
        lighter = without_search_excluded(html)
        assert SEARCH_EXCLUDE not in lighter, uri
        assert _sections(lighter) == _sections(html), uri
        if place.page.role == "library":
            assert 'data-item="plan"' in html and "data-item" not in lighter
    result = pages.build(audience=audience)
    docs = json.loads((result.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    assert {doc["location"] for doc in docs if "A summary with" in doc["text"]} == {"plan/"}  # not the listings
    assert {"Evidence library", "Partners", "NHS Trust"} <= {doc["title"] for doc in docs}
    library = BeautifulSoup(result.html("library/"), "html.parser")
    assert library.select_one("[data-item=plan]") is not None and SEARCH_EXCLUDE not in str(library)


@pytest.mark.parametrize(
    "html",
    [
        '<h1 id="a">A</h1><p>Kept.</p><div data-search-exclude="true"><p>Gone.</p></div><p>After.</p>',
        '<h1 id="a">A</h1><div data-search-exclude="true"><div>inner</div><p>Search reads this.</p></div>',
        '<h1 id="a">A</h1><div data-search-exclude="true"><h2 id="b">B</h2><p>x</p></div><p>y</p>',
        '<h1 id="a">A</h1><img data-search-exclude="true" src="x.png"><p>After an image.</p>',
        '<h1 id="a">A</h1><p>The words data-search-exclude="true" as text.</p><ul data-search-exclude><li>z</li></ul>',
        '<h1 id="a">A</h1><p data-search-exclude="true">Never closed.<p>Next.</p>',
    ],
)
def test_search_reads_the_lighter_html_as_the_whole(html: str) -> None:
    """Whatever an author writes in raw HTML, search indexes a page without its skipped elements as it indexes the
    whole page: an element search would not skip whole is kept."""
    from evidence_portfolio.site.html_blocks import without_search_excluded

    assert _sections(without_search_excluded(html)) == _sections(html)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(['data-search-exclude="true"', 'data-search-x=""', "data-search-", "=", '"', " ", "\n"])
        | st.sampled_from(["\u00a0", "\x1c", "<p ", ">", "a", "-", "é"]),
        max_size=14,
    ).map("".join)
)
def test_search_attributes_go_as_material_takes_them_out(html: str) -> None:
    from evidence_portfolio.site.html_blocks import without_search_attributes

    assert without_search_attributes(html) == re.sub(r'\s?data-search-\w+="[^"]+"', "", html)
