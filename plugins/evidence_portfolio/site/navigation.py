"""The site's navigation (as mkdocs.yml's `nav`): generated pages and plain pages, never the items, since Material
renders the whole navigation into every page. A `nav` written in mkdocs.yml loses its entries for withheld pages
(the MkDocs adapter seals the navigation other plugins build, such as awesome-pages', the same way).

Material's blog plugin attaches its posts, archive and categories to its index page, and only when that page is in
a section of the navigation: the index gets a section of its own, and its posts are left out (as items are).
"""

from __future__ import annotations

import html
import posixpath
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from ..reading.project import INTRO_URI
from .inert import inert

if TYPE_CHECKING:
    from .assemble import Build


def navigation(build: Build) -> list[Any]:
    """The navigation of a build, grouped as the page registry says, then the plain pages."""
    entries: list[Any] = []
    groups: dict[str, list[Any]] = {}
    for place in build.places:
        if not place.page.listed:
            continue
        title = build.page_title(place.uri) if place.challenge else None
        entry = {html.escape(title or place.page.label): place.uri}
        group = place.page.group
        if group is None:
            entries.append(entry)
        elif group in groups:
            groups[group].append(entry)
        else:
            groups[group] = [entry]
            entries.append({group: groups[group]})
    pages = build.project.pages
    blogs = build.settings.blogs  # where Material's blog plugin keeps its index and posts
    indexes = {blog.index: blog for blog in blogs}
    for uri in sorted(build.publication.pages):
        if pages[uri].item is not None or uri == INTRO_URI or any(blog.holds(uri) for blog in blogs):
            continue
        blog = indexes.get(uri)
        if blog is None:
            entries.append(uri)
        else:
            folder = posixpath.basename(blog.folder.strip("./")) or "blog"
            title = pages[uri].title or folder.replace("-", " ").replace("_", " ").capitalize()
            entries.append({html.escape(title): [uri]})
    return entries


def nav_path(entry: str) -> str:
    """The path under evidence/ that a `nav` entry names, however it is written ("./x.md", "x.md#part",
    "x%20y.md", "/x.md")."""
    path = unquote(entry.strip().split("#", 1)[0].split("?", 1)[0]).replace("\\", "/")
    return posixpath.normpath(path).lstrip("/") if path else ""


def rewrite_nav(nav: Any, rewrite: Callable[[str], str | None]) -> Any:
    """A `nav` (mkdocs.yml's shape: lists, `title: entry` mappings, entries) with each entry rewritten, or left
    out where `rewrite` gives None; sections left empty go too; titles inert."""
    if isinstance(nav, list):
        kept = [rewrite_nav(entry, rewrite) for entry in nav]
        return [entry for entry in kept if entry is not None]
    if isinstance(nav, dict):
        kept_entries = {}
        for title, value in nav.items():
            inner = rewrite_nav(value, rewrite)
            if inner is not None and inner != []:
                kept_entries[inert(title)] = inner  # the theme prints titles raw into every page
        return kept_entries or None
    if isinstance(nav, str):
        return rewrite(nav)
    return nav
