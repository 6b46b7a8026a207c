"""Material's primary navigation is rendered once per folder depth for the pages that are not in it (items): each
page must still get the navigation MkDocs would render for it, with links that lead where they should from its
own folder, and a page that is in the navigation must still be marked as the current one."""

from __future__ import annotations

import posixpath

from bs4 import BeautifulSoup

from conftest import MKDOCS_YML, Project

DEPTHS = {"a.md": "a/", "x/b.md": "x/b/", "x/y/c.md": "x/y/c/", "x/y/d.md": "x/y/d/"}


def _write(project: Project, nav: str = "") -> None:
    project.write("mkdocs.yml", MKDOCS_YML + nav)
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
