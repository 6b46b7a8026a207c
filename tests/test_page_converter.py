"""The portfolio's pages are rendered with one python-markdown converter per build, reset between pages, instead of
a new one per page: every page must be what a new converter makes of it, with extensions that keep a document's
state (footnotes, abbreviations, headings' ids, stashed HTML), and nothing of one page may reach the next."""

from __future__ import annotations

import os
import re
import sys
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import markdown
import pytest
from mkdocs.structure import pages
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from conftest import MKDOCS_YML, REPOSITORY, BuildResult, Project
from evidence_portfolio import page_converter, plugin
from evidence_portfolio.reading import in_parallel
from evidence_portfolio.site.assemble import Build
from evidence_portfolio.site.seal import WHOLE_PAGE, Sealed

sys.path.insert(0, str(REPOSITORY / "benchmarks"))
from generate import generate

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


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[], set[int]]:
    """Two cores and no other thread, as `mkdocs build` has (pytest-xdist runs one): the pages are rendered ahead in
    two processes. It gives the ids of the processes that rendered pages ahead since it was made."""
    monkeypatch.setattr(in_parallel, "cores", lambda: 2)
    monkeypatch.setattr(in_parallel.threading, "active_count", lambda: 1)
    log = tmp_path / "renderers"
    log.touch()
    render = page_converter._render

    def logged(*args: Any) -> page_converter._Rendered | None:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return render(*args)

    monkeypatch.setattr(page_converter, "_render", logged)
    return lambda: {int(pid) for pid in log.read_text(encoding="utf-8").split()}


def _large(tmp_path: Path, extra_yml: str = "", public: int = 0) -> Project:
    """A portfolio large enough to be rendered ahead in two processes, its pages using every extension above (the
    footnotes with ids unique to each page); one page links to an anchor its target lacks (MkDocs reports it once
    every page is rendered), and to a file. With `public`, as many public items at least (half the items are)."""
    root = generate(max(2 * in_parallel.PER_PROCESS + 40, 2 * public), tmp_path / "large")
    result = Project(root)
    extensions = EXTENSIONS.replace("  - footnotes\n", "  - footnotes:\n      UNIQUE_IDS: true\n")
    result.write("mkdocs.yml", (root / "mkdocs.yml").read_text(encoding="utf-8") + extensions + extra_yml)
    files = sorted((root / "evidence").rglob("*.md"))
    for number, file in enumerate(files):
        body = (FIRST, SECOND)[number % 2].replace("# First", "").replace("# Second", "")
        file.write_text(file.read_text(encoding="utf-8") + body, encoding="utf-8")
    last = files[-1].relative_to(files[-2].parent).as_posix() if files[-1].parent == files[-2].parent else None
    assert last is not None
    with files[-2].open("a", encoding="utf-8") as linking:
        linking.write(f"\nSee [the last one]({last}#no-such-heading) and [its outcomes]({last}#same-heading).\n")
        linking.write("\nSee [the site's home](/) and [this folder](./).\n")  # MkDocs reports both as it renders
        linking.write("\nSee [the report](report.pdf).\n")  # a file published because a page refers to it
    (files[-2].parent / "report.pdf").write_bytes(b"%PDF-1.4 report")
    return result


def _rendered_ahead(monkeypatch: pytest.MonkeyPatch, generated: list[str] | None = None) -> list[str]:
    """The pages of evidence/ that took what was rendered ahead, as the build renders them; the generated pages that
    did go into `generated`."""
    taken: list[str] = []
    set_on = page_converter._Rendered.set_on

    def counted(self: page_converter._Rendered, page: Page, files: Files) -> bool:
        done = set_on(self, page, files)
        if done and not page.file.generated_by:
            taken.append(page.file.src_uri)
        elif done and generated is not None:
            generated.append(page.file.src_uri)
        return done

    monkeypatch.setattr(page_converter._Rendered, "set_on", counted)
    return taken


def _as_mkdocs_renders(project: Project, monkeypatch: pytest.MonkeyPatch, audience: str | None = None) -> BuildResult:
    """The site as MkDocs renders it alone: a new converter for each page, one page after another."""
    with monkeypatch.context() as alone:
        alone.setattr(plugin, "rendered_with_one_converter", lambda rendered: None)
        return project.build(audience=audience)


def _assert_same_site(one: BuildResult, other: BuildResult) -> list[Path]:
    """Every file of both sites, byte for byte, and every line of both logs; the site's files."""
    assert not one.failed and not other.failed, (one.error, other.error)
    assert one.log == other.log and one.levels == other.levels
    files = sorted(path.relative_to(one.site) for path in one.site.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(other.site) for path in other.site.rglob("*") if path.is_file())
    for path in files:
        assert (one.site / path).read_bytes() == (other.site / path).read_bytes(), path
    return files


def test_pages_rendered_ahead_in_two_processes_make_the_site_mkdocs_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """Every file of the site, byte for byte, and every line of the log: among them the report of a missing anchor,
    made from what each page's rendering found, and the portfolio's of links MkDocs leaves."""
    links = "  links:\n    absolute_links: warn\n    unrecognized_links: warn\n"
    large = _large(tmp_path, "validation:\n  anchors: warn\n" + links)
    generated: list[str] = []
    taken = _rendered_ahead(monkeypatch, generated)
    shared = large.build()
    assert len(two_cores()) == 2 and os.getpid() in two_cores(), "this process and a forked one rendered pages"
    items = sum(1 for _ in (large.root / "evidence").rglob("*.md"))
    assert len(taken) == items
    # The generated pages too, their Markdown made in the process that renders them; but the tags page, whose
    # listing Material's tags plugin writes into its Markdown once it is read.
    pages = {"index.md", "library.md", "library-list.md", "accreditation-pack.md", "readiness.md", "partners.md"}
    assert pages <= set(generated) and "challenges/partnerships.md" in generated and "tags.md" not in generated
    files = _assert_same_site(shared, _as_mkdocs_renders(large, monkeypatch))
    assert len(two_cores()) == 2 and len(taken) == items, "MkDocs alone rendered every page"
    missing = [line for line in shared.warnings if "no-such-heading" in line]
    assert len(missing) == 1 and 'leads to the place "#no-such-heading", which the page it leads to' in missing[0]
    assert not [line for line in shared.warnings if "#same-heading" in line]
    # (absolute links and links without an extension are the portfolio's own warnings, at their lines: link_checks)
    left = [line for line in shared.warnings if "so MkDocs leaves it as it is" in line]
    assert len(left) == 2 and 'the link "/" starts with "/"' in left[0] and 'the link "./" names no file' in left[1]
    assert not [line for line in shared.warnings if "it was left as is" in line]
    assert len(files) > items
    assert [path for path in files if path.name == "report.pdf"], "the file a page refers to is published"
    pages = [shared.html(item["url"]) for item in shared.portfolio["items"]]
    assert any('class="footnote-ref"' in page and "<abbr" in page for page in pages)


def test_a_page_another_plugin_changes_is_rendered_as_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """A hook (or plugin) that changes a page's Markdown after it was read: that page is rendered from what it wrote."""
    large = _large(tmp_path, "hooks:\n  - changes.py\n")
    large.write(
        "changes.py",
        """
        def on_page_markdown(markdown, page, **kwargs):
            return markdown + "\\n\\nChanged by a hook.\\n" if page.file.src_uri.endswith("1.md") else markdown
        """,
    )
    taken = _rendered_ahead(monkeypatch)
    result = large.build()
    assert not result.failed, result.error
    changed = [item for item in result.portfolio["items"] if item["id"].endswith("1")]
    assert changed and len(two_cores()) == 2
    for item in changed:
        assert "<p>Changed by a hook.</p>" in result.html(item["url"])
    assert not {item["id"] + ".md" for item in changed} & set(taken)
    assert len(taken) == sum(1 for _ in (large.root / "evidence").rglob("*.md")) - len(changed)


def test_a_page_another_plugin_moves_is_rendered_and_sealed_where_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """A hook that moves a page once the portfolio has rendered it ahead (MkDocs' on_pre_page): the page, and the
    pages after it that link to it, are rendered and sealed from where it is then, as MkDocs alone does. Sealed
    from its old address, the moved page would keep a link that leads, from the new one, to an internal item."""
    large = _large(tmp_path, "hooks:\n  - moves.py\n", public=2 * in_parallel.PER_PROCESS + 20)
    large.item(
        "facilities/review/budget-2027.md",
        "title: Budget\ntype: evidence\nmaps_to: facilities/review\ndate: 2026-01-01\nvisibility: internal",
    )
    large.item(
        "partnerships/do/budget-2027.md",
        "title: Public budget\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public",
    )
    moved = sorted((large.root / "evidence" / "partnerships" / "do").glob("item-*.md"))[0]
    moved.write_text(moved.read_text(encoding="utf-8") + "\nSee [the budget](budget-2027.md).\n", encoding="utf-8")
    later = sorted((large.root / "evidence" / "workforce").rglob("item-*.md"))[-1]
    to_moved = os.path.relpath(moved, later.parent)
    later.write_text(later.read_text(encoding="utf-8") + f"\nSee [the moved one]({to_moved}).\n", encoding="utf-8")
    uri = moved.relative_to(large.root / "evidence").as_posix()
    quiet = next(  # a public page whose HTML is the same wherever it is (no relative link), but for its panel's
        path.relative_to(large.root / "evidence").as_posix()
        for path in sorted((large.root / "evidence").rglob("item-*.md"))
        if "](" not in (text := path.read_text(encoding="utf-8")) and "visibility: public" in text
    )
    large.write(
        "moves.py",
        f"""
        import os

        MOVED = {{"{uri}": "facilities/review/moved/", "{quiet}": "a/b/c/quiet/"}}

        def on_pre_page(page, config, files):
            if page.file.src_uri in MOVED:
                page.file.url = MOVED[page.file.src_uri]
                page.file.dest_uri = page.file.url + "index.html"
                page.file.abs_dest_path = os.path.join(config.site_dir, page.file.dest_uri)
            return page
        """,
    )
    taken = _rendered_ahead(monkeypatch)
    shared = large.build(audience="public")
    assert len(two_cores()) == 2 and uri not in taken and quiet not in taken and taken
    _assert_same_site(shared, _as_mkdocs_renders(large, monkeypatch, "public"))
    page = (shared.site / "facilities/review/moved/index.html").read_text(encoding="utf-8")
    assert 'href="../../../partnerships/do/budget-2027/"' in page and 'href="../budget-2027/"' not in page
    quiet_page = (shared.site / "a/b/c/quiet/index.html").read_text("utf-8")  # its panel's links lead nowhere there
    assert "Partnerships ›" in quiet_page and 'href="../../../challenges/' not in quiet_page
    assert not (shared.site / "facilities/review/budget-2027").exists()
    internal = large.build(audience="internal")  # the widest build holds the internal item the link must not reach
    assert "Budget" in (internal.site / "facilities/review/budget-2027/index.html").read_text("utf-8")


def test_a_page_the_seal_cannot_read_ahead_is_sealed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """Sealing ahead runs deeper in Python's stack than on_page_content: a page too deep for it there (the seal
    withholds a page it cannot read) is sealed again when MkDocs renders it, and published as it would be."""
    large = _large(tmp_path)
    rendered_ahead, sealed = plugin.rendered_ahead, Build.sealed
    ahead: list[bool] = []

    def deeper(*args: Any) -> Any:
        ahead.append(True)
        try:
            return rendered_ahead(*args)
        finally:
            ahead.clear()

    def too_deep(build: Build, uri: str, html: str, url: str | None = None, **options: Any) -> Sealed:
        return Sealed("", frozenset(), (WHOLE_PAGE,)) if ahead else sealed(build, uri, html, url, **options)

    monkeypatch.setattr(plugin, "rendered_ahead", deeper)
    monkeypatch.setattr(Build, "sealed", too_deep)
    taken = _rendered_ahead(monkeypatch)
    shared = large.build()
    assert len(two_cores()) == 2 and taken
    _assert_same_site(shared, _as_mkdocs_renders(large, monkeypatch))
    assert "<p>HTML, with no abbreviation" in shared.html(shared.portfolio["items"][1]["url"])


COUNTING = """
from markdown.extensions import Extension
from markdown.preprocessors import Preprocessor

SEEN = []

def numbered(source, language, css_class, options, md, **kwargs):
    SEEN.append(1)
    return f"<p>Page number {len(SEEN)} of the build.</p>"

class Counting(Preprocessor):
    def run(self, lines):
        SEEN.append(1)
        return [*lines, "", f"Page number {len(SEEN)} of the build."]

class CountingExtension(Extension):
    def extendMarkdown(self, md):
        md.preprocessors.register(Counting(md), "counting", 0)

def makeExtension(**kwargs):
    return CountingExtension(**kwargs)
"""


@pytest.mark.parametrize(
    "extensions",
    [
        pytest.param("  - counting\n", id="an extension"),
        pytest.param(
            "  - pymdownx.superfences:\n      custom_fences:\n        - name: numbered\n          class: numbered\n"
            "          format: !!python/name:counting.numbered\n",
            id="a function an extension's options name",
        ),
        pytest.param("  - material.extensions.preview\n", id="Material's preview"),
    ],
)
def test_an_extension_from_elsewhere_sees_every_page_in_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]], extensions: str
) -> None:
    """Code outside python-markdown, pymdown-extensions and Material's emoji functions may keep what it meets from
    page to page (this counts the pages; Material's preview adds to its options at every page): every page is then
    rendered by the build itself, in order."""
    large = _large(tmp_path)
    yml = large.root / "mkdocs.yml"
    yml.write_text(yml.read_text(encoding="utf-8").replace("  - pymdownx.superfences\n", extensions), "utf-8")
    for item in (large.root / "evidence").rglob("*.md"):
        item.write_text(item.read_text(encoding="utf-8") + "\n```numbered\nA figure\n```\n", encoding="utf-8")
    (tmp_path / "modules").mkdir()
    (tmp_path / "modules" / "counting.py").write_text(COUNTING, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "modules"))
    taken = _rendered_ahead(monkeypatch)
    result = large.build()
    assert not result.failed, result.error
    assert taken == [] and two_cores() == set()
    if "preview" not in extensions:
        numbers = sorted(
            int(re.search(r"Page number (\d+) of the build", result.html(item["url"]))[1])  # type: ignore[index]
            for item in result.portfolio["items"]
        )
        assert numbers == sorted(set(numbers)) and len(numbers) > 2 * in_parallel.PER_PROCESS


LATER_SETTINGS = """
import logging
from markdown.extensions.toc import TocExtension
from mkdocs.plugins import event_priority

SEEN = []

def numbered(value, separator):
    SEEN.append(1)
    return f"heading-{len(SEEN)}"

@event_priority(-200)
def on_nav(nav, config, files):
    if "{change}" == "settings":  # after the portfolio's on_nav
        config.mdx_configs["toc"]["permalink"] = "link"
        config.validation.links.absolute_links = logging.WARNING

def on_config(config):
    if "{change}" == "extension":  # an extension object whose options name a function that counts
        config.markdown_extensions.append(TocExtension(slugify=numbered))
"""


@pytest.mark.parametrize("change", ["settings", "extension"])
def test_settings_changed_after_pages_are_rendered_ahead_are_those_they_are_rendered_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]], change: str
) -> None:
    """A plugin (here a hook) that changes the Markdown settings, or the validation of links, once the pages are
    rendered ahead: every page is rendered with the settings as they are then; one that adds an extension whose
    options name a function from elsewhere: every page is rendered by the build itself, in order."""
    large = _large(tmp_path, "hooks:\n  - later.py\n")
    large.write("later.py", LATER_SETTINGS.replace("{change}", change))
    taken = _rendered_ahead(monkeypatch)
    shared = large.build()
    assert not shared.failed and taken == [] and len(two_cores()) == (2 if change == "settings" else 0)
    page = shared.html(shared.portfolio["items"][0]["url"])
    if change == "settings":
        _assert_same_site(shared, _as_mkdocs_renders(large, monkeypatch))
        assert 'class="headerlink"' in page and ">link</a>" in page
        assert [line for line in shared.warnings if "contains an absolute link '/'" in line]
    else:  # the hook's count goes on from build to build: each page's numbers come after the last page's
        first = [int(number) for number in re.findall(r'id="heading-(\d+)"', page)]
        later = shared.html(shared.portfolio["items"][-1]["url"])
        assert first and max(first) < min(int(number) for number in re.findall(r'id="heading-(\d+)"', later))


def test_a_page_nested_near_pythons_recursion_limit_is_rendered_as_mkdocs_renders_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """python-markdown and pymdown-extensions stop reading deeper nesting as they near Python's recursion limit:
    a page is rendered ahead as far below the limit as MkDocs renders it, so nesting stops at the same depth, in
    whichever process renders it."""
    large = _large(tmp_path)
    files = sorted((large.root / "evidence").rglob("*.md"))
    for depth, file in zip(range(280, 310), files, strict=False):
        file.write_text(file.read_text(encoding="utf-8") + "\n" + "> " * depth + "Deep quote\n", encoding="utf-8")
    taken = _rendered_ahead(monkeypatch)
    shared = large.build()
    assert len(two_cores()) == 2 and len(taken) == len(files)
    again = large.build()
    alone = _as_mkdocs_renders(large, monkeypatch)
    _assert_same_site(shared, alone)
    _assert_same_site(again, alone)
    quoted = [
        page.count("<blockquote>")
        for item in shared.portfolio["items"]
        if "Deep quote" in (page := shared.html(item["url"]))
    ]
    assert quoted and min(quoted) > 200 and len(set(quoted)) > 1, "deep enough for the limit to stop some of them"


def test_a_page_whose_rendering_warns_is_rendered_by_mkdocs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_cores: Callable[[], set[int]]
) -> None:
    """Python's warnings are shown once per module of the build (MkDocs' command line logs them): a page whose
    rendering warns is rendered by MkDocs, so that the warning is shown once, where MkDocs shows it."""
    large = _large(tmp_path)
    yml = large.root / "mkdocs.yml"
    yml.write_text(
        yml.read_text(encoding="utf-8").replace(
            "  - pymdownx.magiclink\n", "  - pymdownx.magiclink:\n      social_url_shorthand: true\n"
        ),
        encoding="utf-8",
    )
    files = sorted((large.root / "evidence").rglob("*.md"))
    for file in files[::3]:
        file.write_text(file.read_text(encoding="utf-8") + "\nAsk @twitter:example.\n", encoding="utf-8")
    taken = _rendered_ahead(monkeypatch)
    shared, warned = _warned(large.build)
    alone, shown = _warned(lambda: _as_mkdocs_renders(large, monkeypatch))
    assert len(two_cores()) == 2 and taken and len(taken) < len(files)
    _assert_same_site(shared, alone)
    assert warned == shown and len([text for text in warned if "twitter" in text]) == 1


def _warned(build: Callable[[], BuildResult]) -> tuple[BuildResult, list[str]]:
    """A build, and the warnings it showed, with Python's warnings set as MkDocs' command line sets them."""
    shown: list[str] = []
    with warnings.catch_warnings():
        warnings.simplefilter("module", DeprecationWarning)
        warnings.showwarning = lambda message, *args, **kwargs: shown.append(str(message))
        return build(), shown
