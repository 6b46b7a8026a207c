"""Every page the portfolio generates, defined once: its role, where it goes, its template, its place in the
navigation, which audiences get it and how search treats it.

The navigation, the table of `pages` in portfolio.json, the addresses reserved for generated pages and the
rendering of each page are all derived from `GENERATED_PAGES`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..model.framework import Framework
from ..model.vocabulary import AUDIENCES, Audience

Search = Literal["all", "headings"]
"""What Material's search indexes of a page: everything, or its headings only (its listings are left out, so that
a search leads to the item itself rather than to every page that lists it)."""


@dataclass(frozen=True)
class GeneratedPage:
    """One page (or, with `per_challenge`, one page per challenge) that the portfolio generates."""

    role: str
    """Its name in portfolio.json's `pages`, and the name of its template."""
    uri: str
    """Its path under evidence/; "{id}" stands for the challenge's id on per-challenge pages."""
    label: str
    """Its title in the navigation (a challenge page takes the challenge's title)."""
    group: str | None = None
    """The navigation section it sits in, if any."""
    audiences: tuple[Audience, ...] = AUDIENCES
    search: Search = "headings"
    per_challenge: bool = False
    plugin: str | None = None
    """A MkDocs plugin the page needs ("tags": the index of Material's tags plugin)."""
    in_navigation: bool = True
    """Whether it is in the navigation (a page reached from another page only is not; portfolio.json's `pages`
    names it all the same)."""
    hide: tuple[str, ...] = ()
    """The parts of the theme's page it hides (Material's and Zensical's `hide`): the overview, whose matrix needs
    the width, has no table of contents beside it."""

    @property
    def template_name(self) -> str:
        """Its Jinja template, named after its role, under site_templates/portfolio/ (tags pages have none)."""
        return f"portfolio/{self.role}.html"


GENERATED_PAGES = (
    GeneratedPage("overview", "index.md", "Overview", search="all", hide=("toc",)),
    GeneratedPage("challenge", "challenges/{id}.md", "Challenges", group="Challenges", per_challenge=True),
    GeneratedPage("library", "library.md", "Evidence library", group="Browse"),
    GeneratedPage("library_list", "library-list.md", "Every item", in_navigation=False),
    GeneratedPage("case_studies", "case-studies.md", "Case studies", group="Browse"),
    GeneratedPage("partners", "partners.md", "Partners", group="Browse"),
    GeneratedPage("celebrations", "celebrations.md", "Celebrations", group="Browse"),
    GeneratedPage("tags", "tags.md", "Tags", group="Browse", plugin="tags"),
    GeneratedPage("actions", "improvement-plan.md", "Improvement plan"),
    GeneratedPage("print", "accreditation-pack.md", "Accreditation pack"),
    GeneratedPage("readiness", "readiness.md", "Readiness for the visit", audiences=("internal",)),
)
"""In the order of the navigation."""

TAGS_PAGE = "# Tags\n\n<!-- material/tags -->\n"
"""The tags page's content: the tags plugin's listing directive, where it lists each tag's pages."""

TEMPLATES = Path(__file__).parent.parent / "site_templates"
"""Where the package's templates are installed (site_templates/ of the project, mapped into the package)."""
ASSETS = "assets/portfolio"
"""Where the portfolio's own assets are, in its templates' folder and on every site."""
STYLESHEET = f"{ASSETS}/portfolio.css"
SCRIPTS = (f"{ASSETS}/library.js", f"{ASSETS}/mermaid-loader.js")
"""The portfolio's own assets, added to every site: the first script filters the evidence library (and does nothing
on other pages); the second has Material draw diagrams with the copy of mermaid in the site, not one from unpkg.com
(and loads it only on a page with a diagram)."""
LIBRARY_DATA = f"{ASSETS}/library-data.js"
"""Every item of the build in short, for the library's filters: a script the library page loads (a site opened from
disk may load a script, not fetch a JSON file). Written per build, it holds only what the build's audience sees."""
LIBRARY_SLICE = 200
"""How many items (the newest) the library page lists in its HTML; with more, the script lists the rest from
LIBRARY_DATA, and the plain list (library_list) reaches every item without JavaScript."""
IFRAME_WORKER_SHIM = f"{ASSETS}/iframe-worker-shim.js"
"""The iframe-worker shim, vendored from npm (iframe-worker 1.0.4, MIT): Material's offline plugin would load it
from unpkg.com, and runs search's worker through it when the site is opened from disk."""


def offline_polyfills(polyfills: list[str]) -> list[str]:
    """The theme's polyfills for a site opened from disk: the vendored iframe-worker shim in place of any other copy
    (Material's offline plugin adds none when one is there), so that nothing is loaded from another host."""
    return [*(script for script in polyfills if "iframe-worker" not in str(script)), IFRAME_WORKER_SHIM]


@dataclass(frozen=True)
class PagePlace:
    """One generated page of a build: its definition, its path and (for challenge pages) its challenge."""

    page: GeneratedPage
    uri: str
    challenge: str | None = None


def generated_pages(
    framework: Framework | None, audience: Audience = "internal", plugins: frozenset[str] = frozenset(("tags",))
) -> Iterator[PagePlace]:
    """The generated pages of a build for `audience`, with the MkDocs plugins that are on."""
    for page in GENERATED_PAGES:
        if audience not in page.audiences or (page.plugin and page.plugin not in plugins):
            continue
        if page.per_challenge:
            for challenge in framework.challenges if framework else ():
                yield PagePlace(page, page.uri.format(id=challenge.id), challenge.id)
        else:
            yield PagePlace(page, page.uri)


EXPORTS = ("portfolio.json", "evidence.csv")
SERVERS_FILES = ("404.html", "sitemap.xml", "sitemap.xml.gz")
"""A server's files, which name no page of a copy to open from disk: `portfolio pack` leaves them out of its copy."""
PACK_PDF = "accreditation-pack.pdf"
"""The name of the accreditation pack's PDF in the zip of `portfolio pack`, beside the folder of its site."""
DATA_FILES = (*EXPORTS, LIBRARY_DATA)
"""The files every build writes besides its pages (the library's data is per build, as the page is)."""
ENGINE_OUTPUTS = frozenset((*SERVERS_FILES, "search/search_index.json", "tags.json"))
"""Files MkDocs and Material write besides those of the build's files: a file of evidence/ at one of these addresses
would be overwritten, or, read by another plugin, written over them."""


def reserved_uris(framework: Framework | None) -> Iterator[str]:
    """Every path a generated page or file may take, whatever the audience: files there would clash with it."""
    for place in generated_pages(framework, "internal", frozenset(p.plugin for p in GENERATED_PAGES if p.plugin)):
        yield place.uri
    yield from DATA_FILES
    yield from sorted(ENGINE_OUTPUTS - {"404.html"})  # a page of one's own, 404.md, may take the theme's
    yield from sorted(f"{ASSETS}/{path.name}" for path in (TEMPLATES / ASSETS).iterdir())  # a site's own: custom_dir


def page_uri(role: str, challenge: str | None = None) -> str:
    """The path under evidence/ of the generated page of `role` (of `challenge`, for challenge pages)."""
    page = next(p for p in GENERATED_PAGES if p.role == role)
    return page.uri.format(id=challenge) if challenge else page.uri
