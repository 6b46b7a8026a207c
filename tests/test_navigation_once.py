"""Material's primary navigation is rendered once per folder for the pages that are not in it (items), and its search
dialog and settings script once per folder for every page: each page must still get what MkDocs would render for
it, with links that lead where they should from its own folder, and a page that is in the navigation must still
be marked as the current one."""

from __future__ import annotations

import json
import posixpath

from bs4 import BeautifulSoup

from conftest import MKDOCS_YML, Project
from evidence_portfolio import material_parts

DEPTHS = {"a.md": "a/", "x/b.md": "x/b/", "x/y/c.md": "x/y/c/", "x/y/d.md": "x/y/d/"}


def _write(project: Project, nav: str = "") -> None:
    theme = MKDOCS_YML.replace("  font: false\n", "  font: false\n  features: [navigation.footer]\n")
    footer = "copyright: The trust\nextra:\n  social:\n    - icon: material/web\n      link: https://example.org/a\n"
    project.write("mkdocs.yml", theme + footer + nav)
    for path in DEPTHS:
        name = path.rsplit("/", 1)[-1][:-3]
        project.item(path, f"title: Item {name}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")


def _nav(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser").select_one("nav.md-nav--primary")


def _targets(url: str, html: str) -> dict[str, str]:
    """Each link of the page's primary navigation: its text -> the site path it leads to from the page."""
    found = {}
    for link in _nav(html).select("a.md-nav__link[href]"):
        target = posixpath.normpath(posixpath.join("/" + url, link["href"])).lstrip("/")
        found[link.get_text(" ", strip=True)] = target + "/" if link["href"].endswith("/") and target else target
    return found


def test_items_at_every_depth_get_a_navigation_that_leads_where_it_should(project: Project) -> None:
    _write(project)
    result = project.build()
    assert not result.failed, result.error
    overview = _targets("", result.html(""))
    assert overview["Evidence library"] == "library/" and overview["Partnerships"] == "challenges/partnerships/"
    navigations = set()
    for url in DEPTHS.values():
        assert _targets(url, result.html(url)) == overview, url
        navigations.add(str(_nav(result.html(url))))
        assert not _nav(result.html(url)).select(".md-nav__link--active"), url
    # The same page depth, the same navigation; another depth, other relative links.
    assert len(navigations) == 3
    assert str(_nav(result.html("x/y/c/"))) == str(_nav(result.html("x/y/d/")))


def test_a_page_in_the_navigation_is_marked_current(project: Project) -> None:
    _write(project, "nav:\n  - index.md\n  - x/y/c.md\n  - library.md\n")
    result = project.build()
    assert not result.failed, result.error
    current = _nav(result.html("x/y/c/")).select(".md-nav__link--active")
    assert current and current[0].get_text(" ", strip=True) == "Item c"
    assert not _nav(result.html("x/y/d/")).select(".md-nav__link--active")
    assert _targets("x/y/d/", result.html("x/y/d/"))["Item c"] == "x/y/c/"
    library = _nav(result.html("library/")).select(".md-nav__link--active")
    assert library and library[0].get_text(" ", strip=True) == "Evidence library"


def test_every_page_is_the_same_as_rendered_part_by_part(project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The parts rendered once per folder (navigation, search dialog, settings script, footer) and the texts
    translated once per build leave every file of the site as it is when Material renders them on every page; the
    settings script leads to the search worker from each depth."""
    _write(project, "nav:\n  - index.md\n  - x/y/c.md\n  - x/y/d/more.md\n  - library.md\n")
    # From x/y/d/ the link to x/y/d/more/ is "more/", from x/y/e/ "../d/more/": MkDocs links from a page's own
    # folder, not only from its depth.
    for path in ("x/y/e.md", "x/y/d/more.md"):
        project.item(path, "title: More\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    once = project.build()
    monkeypatch.setattr(material_parts, "_SAME_PER_FOLDER", ())
    monkeypatch.setattr(material_parts, "_TRANSLATIONS", ())
    every = project.build()
    assert not once.failed and not every.failed, (once.error, every.error)
    files = sorted(path.relative_to(once.site) for path in once.site.rglob("*") if path.is_file())
    assert files == sorted(path.relative_to(every.site) for path in every.site.rglob("*") if path.is_file())
    assert len(files) > 20
    for path in files:
        a, b = (once.site / path).read_bytes(), (every.site / path).read_bytes()
        i = next((k for k in range(min(len(a), len(b))) if a[k] != b[k]), 0)
        assert a == b, (path, a[i - 300 : i + 100], b[i - 300 : i + 100])
    for url in ("", *DEPTHS.values()):
        settings = json.loads(BeautifulSoup(once.html(url), "html.parser").select_one("script#__config").string)
        worker = posixpath.normpath(posixpath.join("/" + url, settings["base"], settings["search"])).lstrip("/")
        assert (once.site / worker).is_file(), (url, settings)
