"""The portfolio's pages are rendered with one python-markdown converter per build, reset between pages, instead of
a new one per page: every page must be what a new converter makes of it, with extensions that keep a document's
state (footnotes, abbreviations, headings' ids, stashed HTML), and nothing of one page may reach the next."""

from __future__ import annotations

import markdown
from mkdocs.structure import pages

from conftest import MKDOCS_YML, Project
from evidence_portfolio import plugin

EXTENSIONS = """markdown_extensions:
  - abbr
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - tables
  - toc:
      permalink: true
  - pymdownx.superfences
  - pymdownx.details
  - pymdownx.tabbed
  - pymdownx.blocks.tab
  - pymdownx.tasklist
  - pymdownx.emoji
  - pymdownx.magiclink
  - pymdownx.highlight
  - pymdownx.inlinehilite
  - pymdownx.keys
  - pymdownx.mark
  - pymdownx.critic
  - pymdownx.arithmatex
  - pymdownx.smartsymbols
"""

FIRST = """# First

*[HTML]: Hyper Text Markup Language

HTML here[^a] and there[^b].

## Same heading

<div markdown="1">**inside**</div>

```python
print("fenced")
```

=== "One"
    In the first tab.

=== "Two"
    In the second tab.

/// tab | Three
In a block tab.
///

- [x] done
- [ ] to do

:smile: https://example.org ++ctrl+alt+del++ ==marked== {++added++} $x^2$ `#!python print(1)` (c)

??? note "Details"
    Folded.

[^a]: The first page's note.
[^b]: Another note.
"""

SECOND = """# Second

HTML, with no abbreviation defined on this page[^a].

## Same heading

## Same heading

Term
: Definition

[^a]: The second page's note.
"""


def _write(project: Project) -> None:
    project.write("mkdocs.yml", MKDOCS_YML + EXTENSIONS)
    for name, body in (("first.md", FIRST), ("second.md", SECOND), ("third.md", FIRST)):
        front = f"title: {name[:-3].title()}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
        project.item(name, front, body)


def test_every_page_is_what_a_new_converter_makes_of_it(project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _write(project)
    one = project.build()
    assert pages.markdown is markdown  # MkDocs' module is left as it was
    monkeypatch.setattr(plugin, "rendered_with_one_converter", lambda rendered: None)
    every = project.build()
    assert not one.failed and not every.failed, (one.error, every.error)
    files = sorted(path.relative_to(one.site) for path in one.site.rglob("*.html"))
    assert files == sorted(path.relative_to(every.site) for path in every.site.rglob("*.html"))
    assert len(files) > 10
    for path in files:
        assert (one.site / path).read_bytes() == (every.site / path).read_bytes(), path


def test_nothing_of_one_page_reaches_the_next(project: Project) -> None:
    _write(project)
    result = project.build()
    assert not result.failed, result.error
    first, second, third = (result.html(url) for url in ("first/", "second/", "third/"))
    assert '<abbr title="Hyper Text Markup Language">HTML</abbr>' in first
    assert "<abbr" not in second
    assert "The first page's note." in first and "The first page's note." not in second
    assert "The second page's note." in second and "The second page's note." not in third
    assert 'id="same-heading"' in second and 'id="same-heading_1"' in second and 'id="same-heading_1"' not in third
    assert first.count('class="footnote-ref"') == 2 and second.count('class="footnote-ref"') == 1
    assert "<p><strong>inside</strong></p>" in third and '<span class="s2">&quot;fenced&quot;</span>' in third
    assert 'id="__tabbed_1_1"' in first and 'id="__tabbed_1_1"' in third and "__tabbed_2" not in third
