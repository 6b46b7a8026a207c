"""Links to a place in a page (`minutes.md#actions`, `#actions`) checked as MkDocs checks them where mkdocs.yml's
`validation` makes a missing place a warning (`anchors: warn`), which fails a strict build.

A page's places are those a browser finds in its HTML: every element's id, and the name of each `<a>` (MkDocs' own
reading of them misses some: the ids of content tabs, an id in a generated page's HTML set apart). The build finds
them in the pages it rendered, and says each link to a place that is not there at the link's line, leaving MkDocs'
own warning of each link it judged out of the log (plugin.py). `portfolio check` renders nothing else, so here it
renders the pages such links lead to, and only those, as the build does (the project's Markdown extensions; a
generated page's Markdown with its HTML set apart, then put back). Headings' ids are made by
the function mkdocs.yml names as toc's `slugify`, where it is python-markdown's or pymdown-extensions' (Material's way
to keep accented letters: reading/named_functions.py); the check runs no other code mkdocs.yml names, and with
another function a heading's id may differ from the build's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from ..model.item_types import SELF_ASSESSMENT
from ..model.problems import Problem, Problems, suggest
from ..model.urls import page_url
from ..reading.link_checks import as_in_page, markdown_escapes
from ..reading.links import Link, from_the_docs, resolve, scan_links
from ..reading.named_functions import NamedFunction
from ..reading.project import INTRO_URI
from ..reading.settings import plugin_options
from .markdown import renderer_as_built, snippets_as_built

if TYPE_CHECKING:
    import markdown

    from ..reading.pages import Page
    from .assemble import Build


def missing_anchors(
    build: Build,
    places_of: Callable[[str], frozenset[str] | None] | None = None,
    judged: set[tuple[str, str]] | None = None,
) -> list[Problem]:
    """A warning at each Markdown link of a published page to a place its page does not have, where mkdocs.yml's
    validation makes that a warning; and at each link of an author's text that a generated page quotes (a
    self-assessment's, on its challenge's page and in the pack), where the quoting page does not have the place (a
    review found a strict build failing there, the check passing). `places_of`: the places of a page (by its path
    under evidence/) as a build found them; the check, which renders nothing else, renders the pages the links
    lead to. `judged` is given each link judged, as MkDocs names it: the page where the link is rendered, and its
    address as written. A warning for a link that several pages show (a self-assessment's) is given once."""
    if "anchors" not in build.settings.link_warnings or build.portfolio is None:
        return []  # (a framework with errors: no page is rendered, the build stops on them)
    pages = build.project.pages
    # The intro's text (evidence/index.md) is no page of its own: the overview and the pack quote it (a differential
    # review found its links to a missing place unchecked).
    published = sorted({*build.publication.pages, *([INTRO_URI] if build.publication.intro_published else [])})
    escapes = markdown_escapes(build.settings.markdown_extensions)
    wanted: list[_Wanted] = []
    for uri in build.publication.pages:
        wanted += [_Wanted(uri, link, target, place) for link, target, place in _links_to_places(build, uri, escapes)]
    authors: dict[str, tuple[str, Link]] = {}
    """Each link's address, as in the page, with the first page whose text a generated page quotes that holds it:
    the intro's, then the self-assessments' (another page's link of the same address is none a generated page shows:
    a review found one named in the intro's place)."""
    elsewhere: dict[tuple[str, str], tuple[str, Link]] = {}
    """The same, for links to another page's place, by the page and the place (a generated page writes the address
    to lead from itself: a differential review found MkDocs' own warning of them left in the log)."""
    quoted = [uri for uri in published if uri == INTRO_URI or _quoted(pages[uri])]
    for uri in sorted(quoted, key=lambda uri: uri != INTRO_URI):
        for written in pages[uri].links:
            link = as_in_page(written, escapes)
            authors.setdefault(link.target, (uri, link))
        for link, target, place in _links_to_places(build, uri, escapes):
            if target != uri:
                elsewhere.setdefault((target, place), (uri, link))
    for generated in sorted(build.generated):
        for link, target, place in _links_to_places(build, generated, escapes):
            # the text of a page it quotes (a link of the template's own is the portfolio's)
            author = authors.get(link.target) or (elsewhere.get((target, place)) if target != generated else None)
            if author is not None:
                wanted.append(_Wanted(author[0], author[1], target, place, generated, link.target))
    if places_of is None:
        renderer = renderer_as_built(build.settings, snippets_as_built(build.settings)) if wanted else None
        if renderer is None:
            return []

        def places_of(target: str) -> frozenset[str] | None:
            if target in build.generated and build.generated[target].page.role == "tags":
                listed = _tag_places(build)  # (Material's tags plugin writes its listing as the build runs)
                rendered = _rendered(renderer, build.markdown_apart(target))
                return listed | places_in(rendered) if listed is not None and rendered is not None else None
            if target in build.generated:
                rendered = _rendered(renderer, build.markdown_apart(target))
                return places_in(build.filled(target, rendered)) if rendered is not None else None
            rendered = _rendered(renderer, pages[target].body)
            return places_in(rendered) if rendered is not None else None

    found: dict[str, frozenset[str] | None] = {}
    said: dict[tuple[str, int, str], Problem] = {}
    for want in wanted:
        target = want.target
        if target not in found:
            found[target] = places_of(target)
        there, where = found[target], (want.uri, want.link.line, want.link.target)
        if there is None:
            continue
        if judged is not None:
            judged.add((want.quoted_by or want.uri, want.shown or want.link.target))
        if want.place in there:
            continue
        if where not in said:  # (said once, of the first page that shows it: each such page is one MkDocs names)
            said[where] = _missing_anchor(build, want, there)
    return list(said.values())


def _missing_anchor(build: Build, want: _Wanted, there: frozenset[str]) -> Problem:
    if want.quoted_by:
        url = page_url(want.quoted_by, build.settings.use_directory_urls) or "(the home page)"
        page = f"the page the portfolio makes at {url}, which quotes this text, does not have there"
    else:
        page = "this page does not have" if want.target == want.uri else "the page it leads to does not have"
    meant = suggest(want.place, sorted(there), "places")
    said = Problems()
    said.add(
        "missing-anchor",
        build.project.pages[want.uri].path,
        want.link.line,
        f'the link "{want.link.target}" leads to the place "#{want.place}", which {page}, and mkdocs.yml\'s '
        'validation makes that a warning; write the place as the heading\'s address shows it after "#"'
        + (meant if meant.startswith("; did you mean") else ", or remove it"),
    )
    return said[0]


def _quoted(page: Page) -> bool:
    """Whether a generated page quotes the text of `page`: a self-assessment's, on its challenge's page and in the
    pack."""
    return page.item is not None and page.item.type == SELF_ASSESSMENT.id


class _Wanted(NamedTuple):
    """A link to a place, as MkDocs reads it: its place as written, not decoded."""

    uri: str
    """The page whose text holds the link."""
    link: Link
    target: str
    """The page it leads to, as read where it is rendered."""
    place: str
    quoted_by: str | None = None
    """The generated page that quotes the text, where it is read there."""
    shown: str = ""
    """The link's address as that page writes it (made to lead from it), as MkDocs names it there."""


def _links_to_places(build: Build, uri: str, escapes: str | None) -> Iterator[tuple[Link, str, str]]:
    """(link, page it leads to, place) of each Markdown link of the page at `uri` to a place in a page of the build
    (another is a link to no page, said elsewhere)."""
    page = build.project.pages.get(uri)
    links = page.links_read if page is not None else scan_links(build.markdown_apart(uri))
    for written in links:
        if written.html or "#" not in written.target:
            continue
        link = as_in_page(written, escapes)
        try:
            scheme, netloc, path, _, place = urlsplit(link.target)
        except ValueError:
            continue
        from_docs = from_the_docs(link.target) if build.settings.links_from_docs else None
        if scheme or netloc or not place or (link.target.startswith(("/", "\\")) and from_docs is None):
            continue
        target = from_docs if from_docs is not None else resolve(uri, link.target) if path else uri
        if target in build.publication.pages or target in build.generated:
            yield link, target, place


def _tag_places(build: Build) -> frozenset[str] | None:
    """The places Material's tags plugin gives the tags of the build's pages on the tags page (`tag:older-adults`,
    as its default slugify makes them); None where mkdocs.yml makes them otherwise (the build judges those alone)."""
    options = plugin_options((build.settings.written_config or {}).get("plugins"), "tags") or {}
    if any(str(key).startswith("tags_slugify") for key in options):
        return None
    made = NamedFunction("pymdownx.slugs.slugify", (("case", "lower"),)).function()  # (Material's own default)
    if made is None:
        return None
    tags: set[str] = set()
    for uri in build.publication.pages:
        page = build.project.pages[uri]
        written = page.item.tags if page.item else page.meta.get("tags")
        tags.update(tag for tag in written or () if isinstance(tag, str))
    return frozenset(f"tag:{made(tag, '-')}" for tag in tags)


def _rendered(renderer: markdown.Markdown, text: str) -> str | None:
    """A page of Markdown rendered; None where it cannot be (the build fails there too)."""
    try:
        return renderer.reset().convert(text)
    except Exception:
        return None


def places_in(html: str) -> frozenset[str]:
    """The places of a page's HTML, as a browser finds them: every element's id, and the name of each <a> (the ids
    a content tab's title is given by pymdownx.tabbed, an id in a generated page's HTML, which MkDocs' own reading
    missed: a review of valid portfolios)."""
    reader = _RawHtml()
    reader.feed(html)
    reader.close()
    return frozenset(reader.found)


class _RawHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if value and (key == "id" or (key == "name" and tag == "a")):
                self.found.add(value)
