"""The site's navigation (as mkdocs.yml's `nav`): generated pages and plain pages, never the items, since Material
renders the whole navigation into every page. A `nav` written in mkdocs.yml loses its entries for withheld pages.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from ..reading.project import INTRO_URI

if TYPE_CHECKING:
    from .assemble import Build


def navigation(build: Build) -> list[Any]:
    """The navigation of a build, grouped as the page registry says, then the plain pages."""
    entries: list[Any] = []
    groups: dict[str, list[Any]] = {}
    for place in build.places:
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
    entries += [uri for uri in sorted(build.publication.pages) if pages[uri].item is None and uri != INTRO_URI]
    return entries


def sealed_nav(nav: Any, keep: Any) -> Any:
    """mkdocs.yml's own `nav` without the entries whose page `keep(path)` refuses (sections left empty go too).
    Entries to other sites, and to paths the project does not know, stay for MkDocs to judge."""
    if isinstance(nav, list):
        kept = [sealed_nav(entry, keep) for entry in nav]
        return [entry for entry in kept if entry is not None]
    if isinstance(nav, dict):
        kept_entries = {}
        for title, value in nav.items():
            inner = sealed_nav(value, keep)
            if inner is not None and inner != []:
                kept_entries[title] = inner
        return kept_entries or None
    if isinstance(nav, str):
        return nav if keep(nav) else None
    return nav
