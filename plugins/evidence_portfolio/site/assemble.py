"""The one pipeline every door takes: project -> portfolio -> site.

`assemble` reads and checks the project, applies the build's audience once, computes the portfolio and lays out
the site: which pages it holds and at which addresses. The MkDocs plugin, `portfolio check`, the PDF, `report` and
the sealed folder for other engines all start here; none of them re-reads settings or re-assembles pages.
"""

from __future__ import annotations

import datetime
import html
import posixpath
import re
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from ..computation.checks import check_clashes, check_coverage, check_item
from ..computation.portfolio import ASSESSMENT, REPORT, Portfolio, compute
from ..model.items import Item, front_matter
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problem, Problems
from ..model.scripts import leads_elsewhere
from ..model.urls import (
    FULL_ADDRESS,
    URL_ATTRIBUTES,
    URL_LIST_ATTRIBUTES,
    as_browsers_read,
    destination,
    is_markdown,
    page_url,
    preview_host,
    same_host,
)
from ..model.vocabulary import AUDIENCES, WIDEST, Audience, visible_to
from ..reading.contributor_guide import check_guide
from ..reading.installed import check_installed
from ..reading.item_reader import FRONT_MATTER_OFFSET
from ..reading.links import Link, from_the_docs, rebase_html, resolve
from ..reading.mkdocs_lists import check_lists
from ..reading.mkdocs_schema import check_mkdocs_settings
from ..reading.project import INTRO_URI, Project, read_project
from ..reading.raw_html import MAY_OPEN
from ..reading.scan import SourceCache
from ..reading.settings import Settings
from ..reading.site_files import check_site_files
from .inert import inert
from .mentions import UNSEEN, texts_in
from .navigation import (
    check_left_out_of_nav,
    check_nav,
    check_pages_nav,
    names_no_page,
    nav_path,
    navigation,
    template_links,
    typed_nav_titles,
    typed_pages_titles,
    typed_site_texts,
    withheld_by_authors,
)
from .pages import DATA_FILES, LIBRARY_DATA, TAGS_PAGE, PagePlace, generated_pages, reserved_uris
from .publication import (
    Publication,
    check_attachments_left_out,
    check_before_other_plugins,
    check_blogs,
    check_pictures_kept_back,
    check_plugin_files,
    check_setup,
    check_shared_files,
    check_site_files_withheld,
    publication,
)
from .snippets import missing_snippets

if TYPE_CHECKING:  # rendering, sealing and exporting are imported when a build first needs them: `check` never does
    from pathlib import Path

    from ..computation.readiness import Readiness
    from .html_blocks import SetApart
    from .render import Renderer
    from .seal import Sealed, SiteMap

"""The files a build writes besides its pages: the exports, and the library's data."""


_TYPED_LINKS = (
    re.compile(
        r"\](?:\s|</?[a-z]+>)*(?:\(\s*(?:<code>|<|&lt;)?([^\s()<>]+)|:\s*(?:<code>|<|&lt;)?([^\s<>\"]+))",
        re.IGNORECASE,
    ),
    re.compile(r"&lt;([^\s<>&\"]+)&gt;", re.IGNORECASE),
    re.compile(r"<(?!/)([^\s<>\"'=./]*[./][^\s<>\"'=]*)>"),
)
"""A Markdown link shown as typed text: `](address` or a reference definition `[label]: address`, as written or
as a link written wrong is shown (`[text] (address)`, `*[text]*(address)`, `[label] : address` in a sentence), or
a path in angle brackets, which Markdown makes a link only of a full address (`<../x/notes.md>` is shown as typed,
or kept as a tag that names it, in the page's source: a hostile review); or the URL of a tag of raw HTML that
python-markdown does not read as a tag, and shows as typed (`<a href="x/"title="y">`, no space between two of its
attributes; a comment inside it; a line of it starting with ">": a second hostile review). Three patterns, each
starting with its own character, searched for apart (see _typed_links)."""
_QUOTES = "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb"
_TYPED_ATTRIBUTE = lazy_pattern(
    r"(?<=[\s/;>"
    + _QUOTES
    + "])(?:"
    + "|".join(sorted(map(re.escape, {*URL_ATTRIBUTES, *URL_LIST_ATTRIBUTES}), key=len, reverse=True))
    + r")\s*=\s*["
    + _QUOTES
    + "]?([^\\s<>"
    + _QUOTES
    + "]+)",
    re.IGNORECASE,
)
"""A URL attribute of a tag a reader sees as typed text (`<a href="x/"title="y">`, which python-markdown does not
read as a tag), in a page's text as a reader sees it: its tags removed, its character references read. Read there,
not in the HTML, so that what python-markdown puts inside such a tag (`<em>` for `title="*a*"`, `<code>`, the
`&rdquo;` of smarty, `&quot;` and the spans of a highlighted code block) hides no URL (a review); and found by the
attribute, after a "<" (a pattern reading up to 2,000 characters from each "<" took 4.5 s on a page of 300 KB of
HTML shown as code, and missed a URL behind a title of 2,000 characters)."""


def _typed_attributes(text: str) -> Iterator[tuple[int, str]]:
    """Where each URL of a tag shown as typed in `text` (as a reader sees it) starts, and the URL (_TYPED_ATTRIBUTE)."""
    first = text.find("<")
    if "=" not in text or first < 0:
        return
    for match in _TYPED_ATTRIBUTE.finditer(text, first):
        yield match.start(1), match[1]


_TYPED_IN_TEXT = lazy_pattern(r"\]\s*(?:\(\s*<?([^\s()<>]+)|:\s*<?([^\s<>\"]+))")
"""A Markdown link shown as typed, `](address` or `]: address`, in a page's text as a reader sees it (_TYPED_LINK
reads the HTML, where a highlighted code block puts each mark in a span of its own: ```` ```md ```` showed a
withheld page's address to the public, a review)."""
_LINE_NUMBER = lazy_pattern(r'<span class="linenos"[^>]*>[^<]*</span>')
"""A line's number in a highlighted code block (pymdownx.highlight's `linenums_style: inline`), which stood between
the marks of a link over two lines and its address (`[x](` / `2  ../int/x.md)`), hiding it (a review)."""
_ANGLED_PATH = _TYPED_LINKS[2]
"""A path in angle brackets in a page's Markdown (`<../x/notes.md>`), which is no link (but for a full address)."""
_ADDRESS_END = lazy_pattern(r"[\s<>\"'`]")
"""A full address shown as text (an autolink `<https://...>` whose link the seal removed leaves it as its text; one
typed in a sentence or in code), or in an attribute: "//", a host (with a dot or none, as the preview's `localhost`,
whose addresses name the site's pages too: a hostile review), and what follows up to a space, a quote or a tag
(`_typed_addresses_in`; its host is read by `_on_host`); its end may be the punctuation of a sentence
(`_TRAILING`). A host may have
a user name before it ("staff@"), as browsers allow, and a dot browsers read as one ("。"); a host not in ASCII
letters is read as the site's may be (model.urls.same_host). Addresses overlap: one inside another
("https://web.archive.org/web/2026/https://site/x/", "https://a/,https://site/x/") is read on its own too. (Its
scheme, "https:", is read before it apart: a pattern that starts with what it may lack is tried at every character
of a page, 40 times slower.)"""
_AUTHORITY = lazy_pattern(r"[/\\]*(?:&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|[^/\\?#&]|&)*")
"""The authority of an address after its "//", as a browser reads it (any more slashes before it left out), its
character references whole (the "#" of "&#47;" starts no fragment: a fuzz found `//&#47;。/int/x/` left unread)."""
_AUTHORITY_END = lazy_pattern(r"[/\\?#]")
_TAG = lazy_pattern(r"<[^>]*>")
_INDENTED = lazy_pattern(r"^(?: {4}|\t)", re.MULTILINE)
"""A line indented as code is, or as a list's paragraph is."""
_SLASH_REFERENCE = lazy_pattern(r"&(?:#0*47(?![0-9])|#x0*2f(?![0-9a-f])|sol;)", re.IGNORECASE)
"""A slash written as a character reference."""
_BRACKET_REFERENCE = lazy_pattern(r"&(?:#0*93(?![0-9])|#x0*5d(?![0-9a-f])|rsqb;|rbrack;)", re.IGNORECASE)
"""A "]" written as a character reference (`[x&#93;(address)`, which a reader sees as a link shown as typed)."""
_PARTS = lazy_pattern(r"[/\\;?#]")
"""What parts a URL's path (slashes, backslashes as browsers read them), its parameters, query and fragment."""
_TRAILING = ".,;:!?()[]{}'\"*_~\u201d\u2019\u00bb\u203a"
_PAST_ASCII = lazy_pattern(r"[^\x21-\x7e]")
"""A character past ASCII's printable ones: where an address written in a text may end (an em dash, an ellipsis, a
CJK full stop, a bracket or a character no one sees after it: a final review), read as a further reading."""
_BACKSLASHED = lazy_pattern(r"\\[/\\]|/\\")
"""Two slashes of which one or both are backslashes, which browsers read as slashes (`https:\\\\host\\x\\`)."""
_UNSEEN_REFERENCE = lazy_pattern(
    r"&(?:#0*(?:173|820[3-7]|8288|65279)|#x0*(?:ad|200[b-f]|2060|feff)|shy|ZeroWidthSpace|NoBreak|zwn?j|[lr]lm);?",
    re.IGNORECASE,
)
"""A character no one sees, written as a character reference."""
_WRITTEN_END = lazy_pattern(
    "[\\s<>\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u2039\u203a\u00ad\u200b-\u200f\u2060\ufeff]"
)
"""Where an address written in a text ends, once its character references are read: a space, a tag, a quote (a
word processor's curly ones and guillemets too), or a character no one sees."""
_AROUND_AN_ADDRESS = " \t\n\xa0<>\"'`«»“”‘’.,;:!?*|"
"""Marks typed around an address shown as typed, which are no part of it."""
_TYPED_END = lazy_pattern(r"[<>()\n]")
"""Where the words after an address shown as typed end (those of a name with spaces): a tag, a bracket, a line's
end."""
_MOST_WORDS = 12
"""The most words an address shown as typed is read to, for a file's name with spaces."""


_LONGEST_ADDRESS = 4096
"""The most of an address shown on a page read for another site's copy of a withheld file (a run of 80 KB of
"//a." would be read again from each "//")."""


def _typed_addresses_in(text: str) -> Iterator[tuple[int, int]]:
    """Where each full address in `text` starts (at its "//") and ends, overlapping ones too: looked for
    where "//" is (a pattern in a lookahead, to find overlapping matches, is tried at every character: a third of a
    second at 1,600 items), the end of a run of addresses found once for all of them (each read to its end was
    quadratic: 6.6 s on a page of 80 KB of "//a.")."""
    end = -1
    start = text.find("//")
    while start >= 0:
        if end < start + 2:
            found = _ADDRESS_END.search(text, start + 2)
            end = found.start() if found else len(text)
        yield start, end
        start = text.find("//", start + 1)


def _typed_links(shown: str) -> Iterator[tuple[int, str]]:
    """Where the address of each Markdown link shown as typed in `shown` starts, and the address (_TYPED_LINKS), each
    searched for from the last one's address, which may hold the next (`[u]:` blanked above `*[A]: address` read
    "*[A]:" as its address: a hostile review). The first to start of the three patterns, each searched for alone
    (in one pattern, with no first character to look for, they were tried at every character of a page: 0.2 ms of
    the 19 KB of a page in its frame, a fifth of a build's checks of whole pages)."""
    found = {pattern: pattern.search(shown) for pattern in _TYPED_LINKS}
    at = 0
    while True:
        for pattern, match in found.items():
            if match is not None and match.start() < at:
                found[pattern] = pattern.search(shown, at)
        match = min((match for match in found.values() if match), key=lambda match: match.start(), default=None)
        if match is None:
            return
        group = next(index for index, group in enumerate(match.groups(), 1) if group)
        yield match.start(group), match[group]
        at = max(match.start(group), match.start() + 1)


def _on_host(text: str, start: int, end: int, host: str) -> bool:
    """Whether the address at `text[start:end]` ("//" and what follows) may be on the site's host: its authority, as
    the seal reads it (`seal.site_path`), is the host's (`same_host`), or the preview's on the author's computer
    (`preview_host`, whose paths are the site's), with or without a sentence's punctuation after it. Only its
    authority is read, so that a run of addresses is read once (each read to its end, a page of 80 KB of "//a."
    took 11 s to build)."""
    region = _AUTHORITY.match(text, start + 2, end)
    return _authority_on_host(region.group() if region else "", host)


@lru_cache(maxsize=4096)
def _authority_on_host(region: str, host: str) -> bool:
    """_on_host of an address's authority as written (the same few on every page of a site, in the theme's frame)."""
    authority = _AUTHORITY_END.split(html.unescape(region).lstrip("/\\"), 1)[0]
    return any(same_host(name, host) or preview_host(name) for name in (authority, authority.rstrip(_TRAILING)))


_TAG_INDEX_OPTIONS = ("tags_file", "tags_extra_files", "listings_directive")
"""The options of Material's tags plugin naming the pages it fills in, and how a page asks to be."""


@dataclass
class Build:
    """Everything one build is made of, for one audience."""

    settings: Settings
    project: Project
    publication: Publication
    portfolio: Portfolio | None
    problems: Problems
    places: tuple[PagePlace, ...]
    """The generated pages."""
    theme_outputs: frozenset[str] = frozenset()
    """Files the engine adds to the site (the theme's assets, the search index), as site paths."""
    moved: dict[str, str] = field(default_factory=dict)
    """Files under evidence/ that another plugin gives another address (Material's blog: its posts, and the other
    files of its posts folder): path under evidence/ -> the file the site holds."""
    link_sources: bool = False
    """Whether generated pages link to files' paths (for engines that rewrite links in HTML) or to their URLs."""
    _renderer: Renderer | None = field(default=None, repr=False)
    references: dict[str, frozenset[str]] = field(default_factory=dict)
    """The files each page sealed so far refers to, by its path under evidence/."""
    _apart: dict[str, SetApart] = field(default_factory=dict, repr=False)
    _quoting: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    """The pages of the project whose text each generated page made in this process quotes (`Renderer.quoted`)."""
    templates: tuple[tuple[str, int, int], ...] | None = field(default=None, repr=False)
    """The template files the generated pages were made with, each with its size and time of change, once a page
    is made (a dirty rebuild keeps a page only where they are as they were)."""
    data: dict[str, str] = field(default_factory=dict, repr=False)
    """The files of `exports`, once made; before, those the build before made that are still right (see
    `unchanged_since`)."""
    _portfolios: dict[str, Portfolio] = field(default_factory=dict, repr=False)
    typed: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The pages left out whole because their HTML shows a link's address as typed text, by src_uri: the addresses
    of withheld pages and files it shows (see `sealed`)."""
    framed: set[str] = field(default_factory=set)
    """Those of `typed` whose address is in what the theme shows around the page (`shown_whole`)."""
    typed_in_nav: frozenset[str] = frozenset()
    """The withheld addresses mkdocs.yml's nav titles show (`typed_nav_titles`), named at the nav's line: not again
    where the theme shows them around each page."""

    @property
    def ok(self) -> bool:
        """Whether the portfolio could be computed and nothing has an error."""
        return self.portfolio is not None and not self.problems.errors

    # ------------------------------------------------------------------------------------------------ addresses

    @cached_property
    def generated(self) -> dict[str, PagePlace]:
        return {place.uri: place for place in self.places}

    @cached_property
    def urls(self) -> dict[str, str]:
        """The URL of every page and file the site may hold, by its path under evidence/ (generated ones too)."""
        directory = self.settings.use_directory_urls
        uris = [*self.publication.pages, *self.generated, *self.project.files]
        return {uri: page_url(uri, directory) for uri in uris}

    def page_title(self, uri: str) -> str | None:
        """The title of a generated page that comes from user text (the overview's, a challenge's)."""
        place = self.generated.get(uri)
        if place is None or self.portfolio is None:
            return None
        if place.challenge:
            challenge = self.portfolio.framework.challenge(place.challenge)
            return challenge.title if challenge else None
        return self.overview_title() if place.page.role == "overview" else None

    def overview_title(self) -> str:
        """The intro's title (or the heading it opens with), else the framework's, else the site's name."""
        intro = self.project.intro if self.publication.intro_published else None
        opening = intro.opening_heading if intro else None
        titled = (intro.title if intro else None) or (opening[0] if opening else None)
        return titled or (self.project.framework.title if self.project.framework else self.settings.site_name)

    def page_meta(self, uri: str) -> dict[str, Any]:
        """The metadata an engine gets for a page: a generated page's title; an item's normalised front matter;
        a plain page's own. Titles and tags are escaped: Material (and Zensical) print them as HTML, so that
        "<script>" stays text; tags keep their "&" (harmless in HTML), so that their anchors read well."""
        if uri in self.generated:
            title, hide = self.page_title(uri), self.generated[uri].page.hide
            if title == self.settings.site_name and self.generated[uri].page.role == "overview":
                # the home page's <title> is then the site's name alone, not "NAME - NAME" (Material adds the
                # site's name to a page's own title); its heading, the page's first, still gives the page its title
                title = None
            return {**({"title": html.escape(title)} if title else {}), **({"hide": list(hide)} if hide else {})}
        page = self.project.pages[uri]
        meta: dict[str, Any] = dict(page.meta)
        if page.item is not None:
            meta.update(front_matter(page.item), title=page.item.title, tags=list(page.item.tags))
        if isinstance(meta.get("title"), str):
            meta["title"] = html.escape(meta["title"])
        if isinstance(meta.get("tags"), list):
            meta["tags"] = [_shown_tag(tag) for tag in meta["tags"]]
        return meta

    def published_tags(self) -> frozenset[str]:
        """The tags of the pages this build publishes, as an engine gets them (page_meta)."""
        tags: set[str] = set()
        for uri in self.publication.pages:
            page = self.project.pages[uri]
            written = page.item.tags if page.item is not None else page.meta.get("tags")
            tags.update(map(_shown_tag, written) if isinstance(written, list | tuple) else ())
        return frozenset(tags)

    def navigation(self) -> list[object]:
        return navigation(self)

    @property
    def roles(self) -> dict[str, str]:
        """Each generated page's role (challenge pages aside) -> its path under evidence/."""
        places = self.places
        return {place.page.role: place.uri for place in places if not place.page.per_challenge}

    # -------------------------------------------------------------------------------------------------- content

    @property
    def renderer(self) -> Renderer:
        if self._renderer is None:
            from .render import Renderer, template_folders

            folders = template_folders(self.settings.custom_dir)
            self.templates = self.templates or _stamped(folders)
            self._renderer = Renderer(self, folders[:-1])
        return self._renderer

    def markdown(self, uri: str) -> str:
        """The Markdown of the generated page at `uri`."""
        place = self.generated[uri]
        if place.page.role == "tags":
            return TAGS_PAGE
        return self.renderer.page(place)

    def markdown_apart(self, uri: str) -> str:
        """The Markdown of the generated page at `uri` with its HTML blocks set apart, for an engine that renders it
        with python-markdown; `filled` puts them back in the HTML it renders."""
        place = self.generated[uri]
        if place.page.role == "tags":
            return TAGS_PAGE
        apart = self._apart.get(uri)
        if apart is None:
            apart = self._apart[uri] = self.renderer.page_apart(place)
            self._quoting[uri] = frozenset(self.renderer.quoted)
        return apart.markdown

    def apart(self, uri: str) -> SetApart | None:
        """The generated page at `uri` with its HTML blocks set apart, once its Markdown is made (`markdown_apart`)."""
        return self._apart.get(uri)

    def made_apart(self, uri: str, apart: SetApart) -> None:
        """Take the generated page at `uri` as another process made it (`markdown_apart`), unless it is made here
        already: a page read here is rendered from the Markdown read, which `filled` must fill."""
        self._apart.setdefault(uri, apart)

    def filled(self, uri: str, html: str) -> str:
        """The HTML rendered from `markdown_apart(uri)` with the page's HTML blocks back in place."""
        apart = self._apart.get(uri)
        return apart.filled(html) if apart else html

    def portfolio_for(self, audience: Audience) -> Portfolio | None:
        """The portfolio as a build for `audience` computes it: this build's own, or (in a wider build) a
        narrower audience's, for the readiness page and the coverage the assessor will see."""
        if audience == self.settings.audience or self.portfolio is None:
            return self.portfolio
        if audience not in self._portfolios:
            items = publication(self.project, audience).items
            self._portfolios[audience] = compute(self.portfolio.framework, items, audience, self.settings.as_of)
        return self._portfolios[audience]

    def for_audience(self, audience: Audience) -> Build:
        """The same project laid out for another audience: its pages, generated pages and portfolio (what
        `portfolio check` judges of the pages its own audience does not see, as every file's problems are)."""
        if audience == self.settings.audience:
            return self
        places = tuple(generated_pages(self.project.framework, audience, self.settings.plugins))
        published = publication(self.project, audience)
        settings = replace(self.settings, audience=audience)
        return Build(settings, self.project, published, self.portfolio_for(audience), Problems(), places)

    def readiness(self, visit: datetime.date | None = None, audience: Audience | None = None) -> Readiness | None:
        """The gaps before the visit (on `visit`, else the day the build is as of) of the portfolio `audience` sees
        (else this build's audience)."""
        from ..computation.readiness import readiness  # here: `check` starts 3 ms sooner without it
        from ..reading.pages import placeholder_line

        portfolio = self.portfolio_for(audience or self.settings.audience)
        if portfolio is None:
            return None
        pages = self.project.pages
        bodies = {item.src_uri: (pages[item.src_uri].body, pages[item.src_uri].body_line) for item in portfolio.items}
        framework = self.settings.display(self.settings.framework)
        unseen = [
            page.item
            for page in pages.values()
            if page.item and page.item.type == ASSESSMENT and not visible_to(page.item.visibility, portfolio.audience)
        ]
        placeholders = {
            item.src_uri: found for item in portfolio.items if (found := placeholder_line(item, *bodies[item.src_uri]))
        }
        return readiness(portfolio, visit or self.settings.as_of, bodies, framework, unseen, placeholders)

    def overview_errors(self) -> list[Problem]:
        """The errors listed on the overview while serving: all of them in an internal build (whose audience may
        see every file); in a narrower one, those that name no file withheld from it (the others are counted)."""
        errors = self.problems.errors
        return list(errors) if self.settings.audience == "internal" else self.disclosed(errors)

    def item_panel(self, item: Item) -> str:
        """An item's panel, rendered in the process that renders its page (page_converter)."""
        return self.renderer.item_panel(item)

    # ------------------------------------------------------------------------------------------ sealing, exports

    @cached_property
    def site_map(self) -> SiteMap:
        """What the site holds, for sealing links: every page, generated file and theme file; non-page files
        under evidence/ are candidates, published when a page refers to them."""
        from .seal import SiteMap

        moved = self.moved
        outputs = {self.address(uri) for uri in (*self.publication.pages, *self.generated)}
        outputs |= {moved.get(uri, uri) for uri in self.project.files if self.publication.on_its_own(uri)}
        outputs |= set(DATA_FILES) | self.theme_outputs
        candidates = frozenset(moved.get(uri, uri) for uri in self.publication.candidates)
        where = self._site_place
        publication = self.publication
        sources = {*publication.withheld_pages}
        sources |= {
            uri
            for uri in self.project.files
            if (uri not in publication.candidates and not publication.on_its_own(uri))
            or (publication.withheld_pages and publication.kept_for_good(uri))  # (only withheld pages link to it)
        }
        return SiteMap(
            frozenset(outputs),
            candidates,
            where.root_path,
            where.host,
            where.offline,
            where.folder_pages,
            sources_withheld=frozenset(sources | _withheld_whole(sources, (*self.project.pages, *self.project.files))),
            docs_name=self.settings.docs_dir.name,
            links_from_docs=self.settings.links_from_docs,
        )

    @cached_property
    def _site_place(self) -> SiteMap:
        """Where the site is (its host and root path), for resolving URLs as the seal does before the site's files
        are all known (site_map holds them once the engine has listed its own)."""
        from .seal import SiteMap

        root_path = "/" + urlsplit(self.settings.site_url).path.strip("/")
        settings = self.settings
        folder_pages = settings.offline and settings.written_directory_urls
        return SiteMap(
            frozenset(), frozenset(), root_path.rstrip("/") + "/", settings.site_host, settings.offline, folder_pages
        )

    def names_withheld(self, url: str) -> bool:
        """Whether a URL that mkdocs.yml writes into every page (a stylesheet, a script, the logo) names a page or
        file this build withholds, however it is spelled: as the seal resolves it from the home page, as a path from
        the site's root, through a symbolic link, in capitals or with what servers drop (";v=1", trailing dots and
        spaces), or from the project's folder ("evidence/x.css", which leads nowhere but names it); or is a full
        address the seal removes whatever the site holds ("https:/x"). A file the site does not
        hold yet (one another plugin writes after the pages) is not named, nor one above the site ("../shared/x.css":
        MkDocs writes it from each page's folder, and it leads there from every page)."""
        from .seal import kept, site_keys, site_path

        read = html.unescape(url)  # the theme writes it raw: a browser reads "&#47;" as "/"
        if read != url and self.names_withheld(read):
            return True
        path = site_path(url, "", self.site_map)
        if path is None and ":" in url.split("/", 1)[0] and not kept(url, "", self.site_map):
            return True
        named = self._withheld_names
        source = self.settings.path_of(url)
        found = {*(site_keys(path) if path is not None else ()), source}
        docs_written = self._docs_from_the_top.lower() + "/"
        climbed = _CLIMBING.sub("", unquote(urlsplit(read.replace("\\", "/")).path))  # ("../evidence/x")
        for written in (source, path or "", climbed):  # from the project's folder, in any capitals, climbing or not
            if written.lower().startswith(docs_written):
                found.add(written[len(docs_written) :])
        docs = self.settings.docs_dir.resolve()
        real = (docs / source).resolve() if source else docs
        if real != docs and real.is_relative_to(docs):
            found.add(real.relative_to(docs).as_posix())  # a link to it (or to its folder) under another name
        return any(_loose(key) in named for key in found if key)

    @cached_property
    def _docs_from_the_top(self) -> str:
        """evidence/ as a path from the project's folder ("evidence", "src/evidence"), as problems name it."""
        written = self.settings.display(self.settings.docs_dir)
        return self.settings.docs_dir.name if posixpath.isabs(written) else written

    @cached_property
    def _withheld_names(self) -> frozenset[str]:
        """Every name a URL may give a withheld page or file by (see names_withheld), as _loose writes it."""
        from .seal import site_keys

        published = self.publication
        withheld = published.kept_back | published.withheld_pages | published.withheld_site_files
        return frozenset(_loose(key) for uri in withheld for key in (uri, *site_keys(self.address(uri))))

    def address(self, uri: str) -> str:
        """Where the file of a page (its path under evidence/) is in the site: where another plugin moved it (a blog
        post), or where MkDocs puts it."""
        return self.moved.get(uri) or destination(uri, self.settings.use_directory_urls)

    def moved_clashes(self, rendered: Container[str]) -> Problems:
        """Pages of this build that another plugin gives one address (Material's blog: two posts of one day and one
        title), or the address of another page: the site would hold one, the other lost without a word (an outside
        review). Known once that plugin has moved them (`moved`), of the pages the engine renders (`rendered`: a
        blog leaves out its drafts); `portfolio check` cannot know it."""
        problems = Problems()
        pages_at: dict[str, list[str]] = {}
        for uri in sorted(self.publication.pages):
            if uri in rendered:
                pages_at.setdefault(self.address(uri), []).append(uri)
        for address, uris in pages_at.items():
            if len(uris) < 2 or not any(uri in self.moved for uri in uris):
                continue
            url = address.removesuffix("index.html") or "the home page"
            for here in uris:
                others = [self.settings.display_uri(uri) for uri in uris if uri != here]
                cure = (
                    "give this post another title, or an address of its own with a slug line in its front matter "
                    "(slug: ...)"
                    if here in self.moved
                    else "rename this page, or give the post another title or a slug line (slug: ...)"
                )
                problems.add(
                    "url-clash",
                    self.settings.display_uri(here),
                    1,
                    f"{self.settings.display_uri(here)} and {' and '.join(others)} have the same address on the site "
                    f"({url}), which Material's blog makes for a post from its post_url_format (by default, its date "
                    f"and title): one would replace the other; {cure}",
                    also=others,
                )
        return problems

    def withheld_outputs(self, sources: Iterable[str], moved_before: Mapping[str, str]) -> set[str]:
        """Where the files of `sources` (paths under evidence/) would be in the site, for those this build does not
        hold: what a dirty rebuild of `mkdocs serve` takes out of its folder (a page since withheld, or with an
        error, or a file since renamed or deleted, would stay in it as the last build left it), where this build
        would put them and where the build before put them (`moved_before`: a blog's post, say). An address a page
        of this build takes is kept."""
        outputs = self.site_map.outputs
        published = self.publication
        files = self.project.files
        gone = set()
        for uri in sources:
            # a file another page may still publish, unrendered in a dirty rebuild, stays: only what data withholds
            if is_markdown(uri):
                withheld = uri not in published.pages
            else:
                withheld = uri not in files or published.kept_for_good(uri)
            if withheld:
                gone |= {self.address(uri), moved_before.get(uri, "")} - outputs - {""}
        return gone

    @cached_property
    def moved_from(self) -> dict[str, str]:
        """The files another plugin gave another address (once it has: see `moved`), by that address."""
        return {dest: src for src, dest in self.moved.items()}

    def body(self, uri: str) -> str:
        """The body of the page at `uri` as the engine renders it: as written, but for the relative URLs of its raw
        HTML where this build's addresses are not those they were written for (Settings.offline_copy_of)."""
        page = self.project.pages[uri]
        written = self.settings.written_directory_urls
        if written == self.settings.use_directory_urls or not any(link.html for link in page.links):
            return page.body
        return rebase_html(page.body, page.links, page_url(uri, written), self.urls[uri], self._written_pages)

    @cached_property
    def _written_pages(self) -> dict[str, str]:
        """The address in this build of each page it holds, by the address it has on the site (unquoted): the
        pages of a copy for disk are `x.html`, not `x/` (Settings.offline_copy_of)."""
        written = self.settings.written_directory_urls
        return {unquote(page_url(uri, written)): url for uri, url in self.urls.items() if is_markdown(uri)}

    def printed_meta(self, uri: str, meta: Mapping[str, Any], url: str) -> dict[str, Any]:
        """The metadata of the page at `uri` (its path under evidence/; `url` its address) as the theme prints it,
        raw, around the page's content (its head, the navigation of every page): no text its authors wrote (in its
        front matter, or a meta file of its folder) can open a tag or leave the attribute it is printed in
        (`description: 'x"><a href="secret/">'`); what other plugins wrote (a date as HTML) stays. A redirect
        (`template: redirect.html`, `location`) to what the build does not hold, as written or as the browser reads
        it (`&#47;` is "/"; a backslash starts an escape in its script), or out of the site (page-script), is taken
        out, template and all. (Tags are the tags plugin's: page_meta writes them as it may read them.)"""
        given = self.project.given_keys(uri) - {"tags"}
        printed = {key: inert(value) if key in given else value for key, value in meta.items()}
        location = meta.get("location")
        if isinstance(location, str) and (
            "\\" in location  # in the page's script, "\u002f" is "/"
            or leads_elsewhere(location, self.settings.site_host)  # (page-script)
            or not self._kept_as_read(location, url)
        ):
            del printed["location"]
            if printed.get("template") == "redirect.html":
                del printed["template"]
        return printed

    def printed_extra(self, value: Any, path: tuple[str, ...], within: frozenset[int] = frozenset()) -> Any:
        """A value of mkdocs.yml's `extra` at `path` (its keys, "*" for an entry of a list), as the theme prints it:
        the texts Material prints as HTML (EXTRA_HTML) sealed, every other text inert; a value within itself (a YAML
        alias to a mapping it is in, `extra: &x {self: *x}`) left out there (a RecursionError stopped the build: a
        hostile review)."""
        if isinstance(value, str):
            return self.printed_html(value) if path in EXTRA_HTML else inert(value)
        if isinstance(value, (list, Mapping)) and id(value) in within:
            return None
        inside = within | {id(value)}
        if isinstance(value, list):
            return [self.printed_extra(entry, (*path, "*"), inside) for entry in value]
        if isinstance(value, Mapping):
            return {key: self.printed_extra(entry, (*path, str(key)), inside) for key, entry in value.items()}
        return value

    def printed_html(self, html: str) -> str:
        """HTML that mkdocs.yml gives every page (the copyright; Material's cookie consent and feedback notes),
        sealed as a page's at the site's root; nothing when it is one link to a withheld page."""
        from .seal import WHOLE_PAGE, seal

        sealed = seal(html, "", self.site_map, shown_there=False)
        return "" if sealed.removed == (WHOLE_PAGE,) else sealed.html

    def seal(
        self, uri: str, html: str, url: str | None = None, *, shown_there: bool = True, whole_page: bool = False
    ) -> str:
        """A page's rendered HTML with every URL to a withheld or absent file reduced to its text; the files it
        refers to join the publication. `url` is the page's address, when the engine knows it (a plugin may have
        moved the page: a blog post); `shown_there`, `whole_page`: see seal.seal."""
        return self.published(uri, self.sealed(uri, html, url, shown_there=shown_there, whole_page=whole_page))

    def sealed(
        self,
        uri: str,
        html: str,
        url: str | None = None,
        *,
        shown_there: bool = True,
        whole_page: bool = False,
        labels: Iterable[str] = (),
    ) -> Sealed:
        """`seal`'s work on a page, which changes nothing (a page can be sealed in another process): what
        `published` then takes into the build. A page whose HTML shows, as typed text, the address of a link to a
        withheld page or file is left out whole (`typed`): the seal removes links, and that one is no link (the
        Markdown of a block of HTML, below one left open, in code, or a link written wrong). `labels`: the entries
        of the page's table of contents (`toc_labels`), which the theme shows beside the page and which a heading's
        `data-toc-label` writes as it likes, read as the page's text is (as a reader sees it, its character
        references read: `&#91;x&#93;(../int/notes.md)` there passed the build and the check, a hostile review)."""
        from .seal import WHOLE_PAGE, Sealed, seal

        address = page_url(uri, self.settings.use_directory_urls) if url is None else url
        sealed = seal(html, address, self.site_map, shown_there=shown_there, whole_page=whole_page)
        typed = self.typed_addresses(uri, address, sealed.html) or self.typed_in_labels(uri, address, labels)
        if typed:
            self.typed[uri] = typed
            return Sealed("", frozenset(), (WHOLE_PAGE,))
        return sealed

    def typed_in_labels(self, uri: str, url: str, labels: Iterable[str]) -> tuple[str, ...]:
        """typed_addresses of the entries of the page's table of contents (`toc_labels`), read as its text is."""
        shown = "\n".join(f"<p>{label}</p>" for label in labels if label)
        return self.typed_addresses(uri, url, shown) if shown else ()

    def typed_addresses(self, uri: str, url: str, shown: str, whole: bool = False) -> tuple[str, ...]:
        """The addresses of withheld pages and files that the HTML of the page at `uri` (at `url` on the site:
        `shown`) shows as typed Markdown links (`[text](address)`, `[label]: address`), code included: each read as
        a path from the page's file, as MkDocs reads a Markdown link, and as a URL from the page's address, as the
        seal reads one (the Markdown of a raw HTML block: "/partnerships/x/", "../../x/", the site's full address);
        and every full address on the site's host that the HTML holds, as text or in an attribute (an autolink
        `<https://...>` whose link the seal removed shows its address as its text), and, but in a `whole` page
        (the theme's frame, whose text the page's parts were read for already), in its text as a reader sees it."""
        from .seal import query_names_withheld

        typed: list[str | None] = []
        if "]" in shown or "&lt;" in shown or ("<" in shown and _ANGLED_PATH.search(shown)):  # most pages: none
            typed += (
                self._typed_at(uri, url, shown, at, written, html.unescape) for at, written in _typed_links(shown)
            )
        # the page's text as a reader sees it (its tags, a highlighted block's line numbers and what no one sees
        # left out, its character references read), read for tags and links shown as typed and for full addresses
        seen = "" if whole else UNSEEN.sub("", html.unescape(_TAG.sub("", _LINE_NUMBER.sub("", shown))))
        if not whole and ("=" in shown or "]" in shown or "&" in shown) and ("<" in shown or "&" in shown):
            # a tag shown as typed, as a reader sees it (_TYPED_ATTRIBUTE): `<a href="x/"title="y">`, which
            # python-markdown does not read as a tag (a second hostile review), with `<em>`, `&rdquo;` inside it,
            # or in a highlighted code block
            typed += (self._typed_at(uri, url, seen, at, written, str) for at, written in _typed_attributes(seen))
            # and a Markdown link shown as typed, `](address`, which a highlighted code block splits into spans, or
            # its marks written as character references (`[x]&#40;address)`, on a page with no "=": `portfolio
            # check`, which reads the page's text alone, passed what the build, reading its frame too, stopped)
            for match in _TYPED_IN_TEXT.finditer(seen) if "]" in seen else ():
                group = 1 if match[1] else 2
                typed.append(self._typed_at(uri, url, seen, match.start(group), match[group], str))
        found = list(dict.fromkeys(address for address in typed if address is not None))  # (read twice: once each)
        host = self._site_place.host
        if not host and "//" not in shown:  # (the preview's addresses name the site's pages too)
            return tuple(found)
        texts = [shown]
        if not whole and ("//" in shown or ("&" in shown and _SLASH_REFERENCE.search(shown))):
            # as a reader sees it ("https://host/<wbr>x/", "&#x2F;", "https&#58;//", a zero-width space or a soft
            # hyphen inside it: a hostile review), first: the address to name
            texts.insert(0, seen)
            if "&" in shown and (_SLASH_REFERENCE.search(shown) or _UNSEEN_REFERENCE.search(shown)):
                texts.append(UNSEEN.sub("", html.unescape(shown)))  # in its attributes (`title="https:&#x2F;&#x2F;`)
        if not whole and "\\" in shown and _BACKSLASHED.search(shown):  # backslashes as slashes, as browsers read them
            texts.append(UNSEEN.sub("", html.unescape(shown)).replace("\\", "/"))
        for text in texts:
            for start, end in _typed_addresses_in(text):
                if not _on_host(text, start, end, host):  # (each read whole, "//a." * 20,000 took 11 s)
                    found += self._shown_elsewhere(text, start, end)
                    continue
                address = text[start:end]
                before = text[max(0, start - 6) : start].lower()
                scheme = next((name for name in ("https:", "http:") if before.endswith(name)), "")
                written = html.unescape(scheme + address)
                # and to where it ends once its character references are read (an attribute's
                # `https://.../secret/&quot;&gt;`, as an HTML serializer writes `<a href="...">` in a glightbox
                # data-content: a hostile review)
                ended = _WRITTEN_END.split(written, 1)[0]
                plain = _PAST_ASCII.split(ended, 1)[0]
                # and to a "]" (`.../secret/](other.md)`, the words of a link written wrong, which no link's end
                # closes: a hostile review found it shown on the public site)
                bracketed = ended.split("]", 1)[0]
                readings = dict.fromkeys(  # without a sentence's full stop first
                    (
                        *(written.rstrip(_TRAILING), written, ended.rstrip(_TRAILING), ended),
                        *(plain.rstrip(_TRAILING), plain, bracketed.rstrip(_TRAILING), bracketed),
                    )
                )
                withheld = next(
                    (
                        address
                        for address in readings
                        if self._withheld_address(address, url) or query_names_withheld(address, url, self.site_map)
                    ),
                    None,
                )
                if withheld is not None:
                    found.append(withheld)
        return tuple(dict.fromkeys(found))

    def _shown_elsewhere(self, text: str, start: int, end: int) -> list[str]:
        """The address of another site (a copy of this one on an intranet, the repository's page of a file) shown at
        `text[start:end]` ("//" and what follows), where it names a withheld page or file as the seal reads such an
        address (removing its link), by three segments of its path at least: a hostile review found the words of
        such a link, its address
        (`<https://github.com/org/repo/blob/main/evidence/int/x.md>`), published where the link was not."""
        if not self.site_map.withheld_names:
            return []
        scheme = next(
            (name for name in ("https:", "http:") if text[max(0, start - 6) : start].lower().endswith(name)), ""
        )
        ended = _WRITTEN_END.split(html.unescape(text[start : min(end, start + _LONGEST_ADDRESS)]), 1)[0]
        readings = (ended.rstrip(_TRAILING), ended)
        # (by three segments of a withheld page's path at least, or after the folder of pages, or its source's name:
        # another site's `/policies/safeguarding` beside a withheld policies/safeguarding.md is its own, a review)
        return [scheme + reading for reading in readings if self._names_withheld_elsewhere(reading, 3)][:1]

    def _typed_at(self, uri: str, url: str, text: str, at: int, written: str, read: Callable[[str], str]) -> str | None:
        """The address of a withheld page or file that `written`, shown as typed at `at` in `text` (its character
        references read by `read`), names, if it names one."""
        written = read(written)
        # as written, and without the marks around it (`(<x.md`, `x.md"`, `x.md»`: a hostile review), its
        # backslashes as "/" (`files\x.pdf`, as Windows writes it), and with the words after it, for a name
        # with spaces (`(<files/staff minutes.pdf and more`: a final review)
        bare = written.strip(_AROUND_AN_ADDRESS)
        end = at + 40 * _MOST_WORDS  # (a text of many on one line, each read to its end, would be quadratic)
        stop = _TYPED_END.search(text, at, end)
        words = read(text[at : stop.start() if stop else end]).split()[:_MOST_WORDS]
        spaced = (" ".join(words[:count]).strip(_AROUND_AN_ADDRESS) for count in range(2, len(words) + 1))
        for address in dict.fromkeys(shown_as.replace("\\", "/") for shown_as in (written, bare, *spaced)):
            # (from the page's file, as MkDocs reads a Markdown link, or from the folder of pages, `/int/x.md`, as
            # MkDocs' absolute_links: relative_to_docs does and the seal refuses a link so: shown as typed on a site
            # at its host's top, it passed the build and the check)
            paths = [path for path in (resolve(uri, address), from_the_docs(address)) if path]
            if (
                any(
                    self.withholds(name) or name.lower() in self._withheld_in_small_letters
                    for path in paths
                    for name in (path, path + ".md", path + "/index.md")
                )
                or self._withheld_address(address, url)
                or self._names_withheld_elsewhere(address)
            ):
                return address
        return None

    def shown_whole(self, uri: str, html: str, url: str) -> str:
        """The final HTML of a page whose parts were sealed (`sealed`), once the theme has put them in its frame; ""
        when the frame shows a withheld address as typed text (`typed`): the page's title, in the navigation, the
        window's title and the search index, or a description in its head."""
        typed = self.typed_addresses(uri, url, html, whole=True)
        if not typed:
            return html
        if uri not in self.typed:  # (one left out for its content is reported for it)
            self.typed[uri] = typed
            self.framed.add(uri)
        return ""

    def _names_withheld_elsewhere(self, address: str, segments: int = 2) -> bool:
        """Whether an address that leads to no file of the site names a withheld one, as the seal reads it (a copy of
        the site on an intranet: a hostile review found it shown as typed); `segments`: see seal.names_withheld."""
        from .seal import names_withheld, site_path

        site = self.site_map
        return site_path(address, "", site) is None and names_withheld(
            address, site.docs_name.lower(), site.withheld_names, segments
        )

    def withholds_address(self, address: str, url: str) -> bool:
        """Whether an address written on the page at `url` leads to a page or file withheld from this build, as the
        seal reads it: on the site, or another site's copy of it by three parts of its path at least (or after the
        folder of pages, or its source's name: seal.names_withheld; another site's `/policies/safeguarding/` beside
        a withheld policies/safeguarding.md is its own, a review of valid portfolios)."""
        return self._withheld_address(address, url) or (
            "//" in address and bool(self.site_map.withheld_names) and self._names_withheld_elsewhere(address, 3)
        )

    def _withheld_address(self, address: str, url: str) -> bool:
        """Whether a URL written on the page at `url` leads, as the seal reads it, to a page or file withheld from
        this build for good."""
        parts = {part.rstrip(". ") for part in _PARTS.split(unquote(as_browsers_read(address)).lower())}
        if not parts & self._withheld_last_parts and not parts <= {"", ".", ".."}:
            return False  # most addresses, at a set's cost: resolving one as the seal does costs 30 us
        from .seal import site_keys, site_path

        addresses = [address]
        preview = FULL_ADDRESS.match(as_browsers_read(address))
        if preview and preview_host(
            preview["authority"]
        ):  # the preview's address of a page: its path is the site's, from
            path = as_browsers_read(address)[preview.end() :]  # the host's top or (written by hand) the site's
            addresses = ["/" + path, self._site_place.root_path + path]
        for written in addresses:
            on_site = site_path(written, url, self._site_place)
            if on_site is not None and any(key in self._withheld_on_site for key in site_keys(on_site)):
                return True
        return False

    @cached_property
    def _withheld_in_small_letters(self) -> frozenset[str]:
        """The pages and files under evidence/ withheld for good, in small letters: an address shown as typed names one
        in other capitals too (`files/Minutes.PDF`: a final review)."""
        files = (path for path in self.project.files if self._file_withheld(path))
        return frozenset(path.lower() for path in (*self.publication.withheld_pages, *files))

    @cached_property
    def _withheld_last_parts(self) -> frozenset[str]:
        """The last part of the site path of each page and file withheld for good (a page's folder, or its file's
        name; "" for the site's root), in small letters: a URL that holds none of them as a part of its path (but
        "." and ".."), however it is spelled, leads to none of them."""
        names = set()
        for path in self._withheld_on_site:
            folder, name = posixpath.split(path.lower())
            names.add(name)
            if name == "index.html":
                names.add(posixpath.basename(folder))
        return frozenset(names)

    @cached_property
    def _withheld_on_site(self) -> frozenset[str]:
        """Where the pages and files withheld from this build for good would be on the site."""
        directory_urls = self.settings.use_directory_urls
        pages = {destination(uri, directory_urls) for uri in self.publication.withheld_pages}
        pages -= {destination(uri, directory_urls) for uri in self.generated}  # the overview, where the intro is not
        return frozenset(pages | {uri for uri in self.project.files if self._file_withheld(uri)})

    def _file_withheld(self, uri: str) -> bool:
        """Whether a file under evidence/ is withheld from this build for good: kept back (a withheld item attaches
        it), or only withheld pages name it and no published item attaches it (its panel links it, which publishes
        it: a file a withheld page merely names, or one of the same name in another folder, stopped public builds
        whose pages gave its address, in a hostile review)."""
        publication = self.publication
        return uri in publication.kept_back or (uri not in self._published_attachments and publication.linked_back(uri))

    @cached_property
    def _published_attachments(self) -> frozenset[str]:
        """The files that published items attach (and their survey files): their panels link them."""
        return frozenset(
            path for item in self.publication.items for path in (*item.attachments.values(), *item.data_files)
        )

    def typed_problems(self) -> Problems:
        """The errors of the pages left out whole for showing withheld addresses as typed text (`typed`), each at
        the line of the page's text that writes an address so, one for each address (the first line when none
        writes it as it is shown: a hostile review was told one a run). A generated page that quotes a page left
        out so is not named: that page's error names the line to mend, where the generated page has no file
        (`portfolio check` names only that line too)."""
        problems = Problems()
        framed: dict[str, list[str]] = {}  # what the theme shows around every page: named once, with the first page
        for uri in sorted(self.framed):
            framed.setdefault(self.typed[uri][0], []).append(uri)
        for uri, addresses in sorted(self.typed.items()):
            page = self.project.pages.get(uri)
            framing = uri in self.framed  # (whatever it quotes: a hostile review found the build passed, every page
            # of the site blank, where the first page in order was a generated one that quotes them)
            if page is None and not framing and not self._quoting.get(uri, frozenset()).isdisjoint(self.typed):
                continue
            shown_at = self.urls.get(uri, uri)  # (the 404 page is no page of the site's)
            where = self.settings.display_uri(uri) if page else f"the page {shown_at or '(the home page)'}"
            line = 1
            if framing:
                alike = framed[addresses[0]]
                if alike[0] != uri or addresses[0] in self.typed_in_nav:
                    continue
                others = f" and {len(alike) - 1} other page{'s' if len(alike) > 2 else ''}" if len(alike) > 1 else ""
                shown = (
                    f", in what the theme shows around it{others} (the navigation, mkdocs.yml's texts, its "
                    "copyright, or a template of the theme's custom_dir)"
                )
            elif page is None:
                shown = ", in one of the texts it quotes"
            else:  # each line once (an address is read several ways, `.../x/` and `.../x`)
                lines = {line_naming(page.body, page.body_line, a, page.links): a for a in reversed(addresses)}
                for line, address in sorted(lines.items()):
                    _typed_link(problems, where, line, address)
                continue
            _typed_link(problems, where, line, addresses[0], shown)
        return problems

    def typed_in_text(self) -> Problems:
        """The errors `typed_problems` gives once every published page has been rendered, found by rendering only the
        pages whose Markdown may show a withheld address as typed text (`_may_show_typed`), as MkDocs renders them,
        sealed: how `portfolio check` finds what stops a build. The overview's introduction (evidence/index.md) is
        one of them, where it is published (it was passed: a hostile review)."""
        if not self.publication.withheld_pages and not self._withheld_on_site:
            return Problems()  # nothing withheld (most internal builds): no address to show
        from .markdown import renderer_as_built, snippets_as_built, with_links_as_mkdocs_writes_them

        snippets = snippets_as_built(self.settings)  # what it puts into a page may show one
        every = snippets is not None and bool(snippets.get("auto_append") or snippets.get("auto_prepend"))
        published = sorted({*self.publication.pages, *([INTRO_URI] if self.publication.intro_published else [])})
        candidates = [uri for uri in published if self._may_show_typed(uri, snippets is not None, every)]
        renderer = renderer_as_built(self.settings, snippets) if candidates else None
        if renderer is None:
            return Problems()
        rendering = with_links_as_mkdocs_writes_them(renderer, self._url_of_file)
        for uri in candidates:
            rendering(uri)
            try:
                shown = renderer.reset().convert(self.project.pages[uri].body)
            except Exception:  # an extension that fails on this page fails the build there too, saying why
                continue
            self.sealed(uri, shown, labels=toc_labels(getattr(renderer, "toc_tokens", ())))
        return self.typed_problems()

    def _url_of_file(self, uri: str) -> str | None:
        """The address on the site of a page or file under evidence/ (`uri`), as MkDocs writes it; None where there
        is none there."""
        if uri in self.project.pages or uri in self.project.files:
            return page_url(uri, self.settings.use_directory_urls)
        return None

    def _may_show_typed(self, uri: str, snippets: bool, every: bool) -> bool:
        """Whether the Markdown of a published page, but for the addresses of its links, holds the address of a page
        or file withheld from this build as `typed_addresses` reads one: in code, in a link written wrong, a full
        address. A body where python-markdown may read code or HTML otherwise than the link scan (a block of HTML,
        inside which Markdown is not read; a fence; an indented line) keeps its links' addresses too. One that takes
        in other files' text (`snippets` on and a snippet's "--8<--" in it, or `every` page appended one) may show
        anything."""
        page = self.project.pages.get(uri)
        if page is None or (page.meta.get("draft") is True and self.settings.reads_draft(uri)):
            return False  # (a draft post the blog leaves out of a build)
        body = page.body
        if every or (snippets and "8<" in body):  # other files' text put into it
            return True
        url = page_url(uri, self.settings.use_directory_urls)
        # A tag of raw HTML that python-markdown does not read as one shows its URL as typed (`<a href="x/"title=y>`,
        # a comment inside it): the page is rendered where one leads to a withheld page or file (a hostile review)
        # (a tag in a fenced block of code, too, which the link scan does not read: a review)
        if any(self._typed_at(uri, url, body, at, written, str) for at, written in _typed_attributes(body)):
            return True
        # a table of contents' label, which toc writes as it reads it (`\[x\](...)`); in a raw HTML heading read by
        # md_in_html (`<h2 markdown DATA-TOC-LABEL=...>`), whose attributes' names are read in any case (a hostile
        # review: the check passed what the build stopped; attr_list's are read as written, and toc reads the name
        # in small letters alone); searched for in other capitals only in a body with a tag (33 ms at 1,600 items)
        if "data-toc-label" in body or ("<" in body and _TOC_LABEL.search(body)):
            return True
        if (
            "]" not in body
            and not ("&" in body and _BRACKET_REFERENCE.search(body))
            and "//" not in body
            and not ("&" in body and _SLASH_REFERENCE.search(body))
            and not ("<" in body and _ANGLED_PATH.search(body))
            and not ("\\" in body and _BACKSLASHED.search(body))
        ):
            return False
        # Where python-markdown may read code or raw HTML otherwise than the link scan (a block of HTML, a fence,
        # an indented line), what looks like a link may be shown as typed: its address is kept
        unsure = "```" in body or "~~~" in body or _INDENTED.search(body) or ("<" in body and MAY_OPEN.search(body))
        pieces, position = [], 0
        for link in page.links:  # in order, none inside another
            if not shows_its_address(link) and (link.html or not unsure):
                pieces += [body[position : link.start], " " * (link.end - link.start)]
                position = link.end
        shown = "".join(pieces) + body[position:]
        # (and with each "]" read as a space: a full address ending a link's words or a picture's alt text,
        # `[https://site/secret/](other.md)`, `![*https://site/secret/*](x.png)`, was read on to "](", and the
        # page, whose HTML shows the address as text, was not rendered: the check passed what the build stopped)
        return bool(self.typed_addresses(uri, url, shown)) or (
            "]" in shown and "//" in shown and bool(self.typed_addresses(uri, url, shown.replace("]", " ")))
        )

    def typed_fields(self) -> dict[str, list[tuple[int, str, str]]]:
        """The published pages whose front matter holds the address of a page or file withheld from this build, as
        typed text (a Markdown link, or a full address), with the line of its key and the address. A theme prints
        such a text as it is written: a title in the navigation of every page, the window's title, the listings and
        the search index; a description in the page's head; Material's subtitle in the navigation. Each key so, with
        its line, the address and the key as written."""
        found: dict[str, list[tuple[int, str, str]]] = {}
        directory = self.settings.use_directory_urls
        for uri in sorted(self.publication.pages):
            page = self.project.pages[uri]
            if page.meta_may_link and (typed := self._typed_keys(uri, page_url(uri, directory), page.meta)):
                found[uri] = [
                    (page.meta.line_of(key) + FRONT_MATTER_OFFSET, address, str(key)) for key, address in typed
                ]
        return found

    def typed_folder_meta(self) -> list[tuple[str, int, str]]:
        """The meta files of Material's meta plugin that give a published page of their folder a key whose text shows
        the address of a page or file withheld from this build, as `typed_fields` reads a page's own (a hostile
        review: the build stopped on every page that listed the folder's, naming none of them): each file (its
        path under evidence/), the line of each key so, and its address."""
        found: list[tuple[str, int, str]] = []
        directory = self.settings.use_directory_urls
        for folder, (src_uri, meta) in sorted(self.project.folder_meta.items()):
            pages = (uri for uri in sorted(self.publication.pages) if not folder or uri.startswith(folder + "/"))
            typed = next(
                (typed for uri in pages if (typed := self._typed_keys(uri, page_url(uri, directory), meta))), None
            )
            found += ((src_uri, meta.line_of(key) + 1, address) for key, address in typed or ())
        return found

    def _typed_keys(self, uri: str, url: str, meta: Mapping[Any, Any]) -> list[tuple[Any, str]]:
        """The keys of a page's metadata whose text would show, on that page, the address of a page or file withheld
        from this build, as typed text, each with the first such address. Each is read as MkDocs prints a title
        (escaped) and as Material prints a tag and the description's meta tag (as written: `&#91;x&#93;(../int/x.md)`
        shows `[x](../int/x.md)`, and a meta tag's `https:&#x2F;&#x2F;...` is the full address: a hostile
        review)."""
        found: list[tuple[Any, str]] = []
        for key, value in meta.items():
            typed = [
                address
                for text in (*texts_in(key), *texts_in(value))  # a key is quoted by the warning about it
                if "]" in text or "//" in text or "&" in text or "<" in text  # (a tag typed: a hostile review)
                for shown in ((html.escape(text), text) if "&" in text else (html.escape(text),))
                for address in self.typed_addresses(uri, url, shown)
            ]
            if typed:
                found.append((key, typed[0]))
        return found

    def withholds(self, path: str) -> bool:
        """Whether a page or file under evidence/ is withheld from this build for good (a path that is neither is
        not: a file is kept for good when withheld pages name it, and they may name anything)."""
        return path in self.publication.withheld_pages or (path in self.project.files and self._file_withheld(path))

    def sealed_page(self, uri: str, html: str, url: str, generated: bool, labels: Iterable[str] = ()) -> Sealed:
        """A page's rendered HTML as the site shows it, sealed (`sealed`, which changes nothing): a generated page's
        HTML blocks back in place; a published item's panel after its heading."""
        if generated:
            html = self.filled(uri, html)
        elif uri in self.publication.pages and (page := self.project.pages.get(uri)) and page.item is not None:
            panel = self.item_panel(page.item)
            if html.lstrip().startswith("<h1"):
                head, end, rest = html.partition("</h1>")
                html = f"{head}{end}\n{panel}{rest}"
            else:
                html = panel + html
        return self.sealed(uri, html, url, labels=labels)

    def published(self, uri: str, sealed: Sealed) -> str:
        """A page sealed (`sealed`) taken into the build: the files it refers to join the publication."""
        moved_from = self.moved_from
        references = frozenset(moved_from.get(path, path) for path in sealed.references)
        self.references[uri] = self.references.get(uri, frozenset()) | references
        self.publication.referenced.update(references)
        return sealed.html

    def rendered_again(self, previous: Build) -> frozenset[str]:
        """The pages of evidence/ that a dirty rebuild of `mkdocs serve` must render again though their files did
        not change, since the build before (`previous`): every page when the framework, the settings or the
        navigation changed (an item's panel names the framework's sections, every page shows the navigation); else
        the pages whose text names a page published in one build and not in the other, or a file kept back in one
        and not in the other (a link to it is a link in the one, and its text in the other: an outside review found
        links to a page since withheld left live), and the pages whose item changed though their file did not (an
        NPS measure's survey file edited: a hostile review)."""
        if (
            previous.settings != self.settings
            or previous.project.framework != self.project.framework
            or previous.navigation() != self.navigation()
        ):
            return frozenset(self.publication.pages)
        changed = previous.publication.pages ^ self.publication.pages
        changed |= previous.publication.kept_back ^ self.publication.kept_back
        names = {posixpath.splitext(posixpath.basename(uri))[0] for uri in changed}
        pages, before = self.project.pages, previous.project.pages
        return frozenset(
            uri
            for uri in self.publication.pages
            if any(name in pages[uri].body for name in names) or before.get(uri, pages[uri]).item != pages[uri].item
        )

    def referring_as_before(self, previous: Build, again: frozenset[str]) -> None:
        """The files that the pages of evidence/ a dirty rebuild does not render again (the same page as in
        `previous`, not `again`) refer to, as they did: published, and not counted as withheld."""
        before = previous.project.pages
        for uri in self.publication.pages - again:
            if uri in previous.references and before.get(uri) == self.project.pages[uri]:
                self.references[uri] = previous.references[uri]
                self.publication.referenced.update(previous.references[uri])

    def unchanged_since(self, previous: Build) -> frozenset[str]:
        """The generated pages that are what they were in `previous` (the last build of the same process, for the
        same settings, the same site and the same navigation). Their pages of `previous` stand (a dirty rebuild of
        `mkdocs serve` does not render them again), and the files they refer to are published again.

        A page is not made again to be compared where only texts changed (an author fixed a typo): where no text it
        quotes did, it is what it was. Else it is made, and it is unchanged where it has the same Markdown and HTML
        blocks as before."""
        if (
            previous.settings != self.settings
            or previous.site_map != self.site_map
            or previous.navigation() != self.navigation()
        ):
            return frozenset()
        from .render import template_folders

        self.templates = _stamped(template_folders(self.settings.custom_dir))
        texts = self._texts_changed_since(previous) if previous.templates == self.templates else None
        if texts is not None:  # nor did the items: the exports they alone make are what they were
            self.data = {name: previous.data[name] for name in _FROM_ITEMS_ALONE if name in previous.data}
        unchanged = set()
        for uri in self.generated:
            before, quoting = previous._apart.get(uri), previous._quoting.get(uri)
            if before is None or uri not in previous.references:
                continue
            if texts is not None and quoting is not None and not quoting & texts:  # (nor the items and the errors)
                self._apart[uri], self._quoting[uri] = before, quoting
            else:
                self.markdown_apart(uri)  # (made when first read: no page is read yet)
                apart = self._apart[uri]
                if before.blocks != apart.blocks:
                    continue
                if before.markdown.replace(before.marker, "") != apart.markdown.replace(apart.marker, ""):
                    continue
            unchanged.add(uri)
            self.references[uri] = previous.references[uri]
            self.publication.referenced.update(previous.references[uri])
        return frozenset(unchanged)

    def _texts_changed_since(self, previous: Build) -> frozenset[str] | None:
        """The pages of the project whose text (what follows the front matter) changed since `previous`, where
        nothing else did: the same files, every page's front matter as it was, the same errors (the overview lists
        them), no text of a withheld page (what it names is withheld, and a generated page may show its address).
        Else None. What a generated page shows, the texts it quotes aside, comes from the rest (the items,
        the publication, the errors), which is then as it was."""
        before, now = previous.project, self.project
        if (
            replace(now, pages=before.pages, problems=before.problems) != before
            or not _same_as_written(now.framework, before.framework)
            or previous.problems.errors != self.problems.errors
            or (previous.moved, previous.link_sources) != (self.moved, self.link_sources)
            or now.pages.keys() != before.pages.keys()
        ):
            return None
        changed = set()
        for uri, page in now.pages.items():
            was = before.pages[uri]
            if not _same_as_written(page.meta, was.meta):  # `40.0` for `40`: equal numbers, shown otherwise
                return None
            if page != was:
                if replace(page, body=was.body, body_line=was.body_line, links=was.links) != was:
                    return None
                changed.add(uri)
        if changed - self.publication.pages - {INTRO_URI}:  # a withheld page's text decides which files are withheld
            return None
        return frozenset(changed)

    def in_nav(self, entry: str) -> bool:
        """Whether an entry of mkdocs.yml's nav stays: not when it names a page this audience may not see, an item
        or a page the portfolio generates for another audience (readiness.md, internal alone). Entries that are
        addresses, not pages, become links of the navigation, judged as the seal judges links."""
        path = nav_path(entry)
        if path in self.generated:
            return True
        if path in self.project.pages:
            return self.publication.published(path)
        return path not in self._reserved

    @cached_property
    def _reserved(self) -> frozenset[str]:
        """Every path a generated page or file may take, whatever the audience (pages.reserved_uris)."""
        return frozenset(reserved_uris(self.project.framework))

    def keeps_nav_entry(self, entry: str) -> bool:
        """Whether an entry of mkdocs.yml's nav stays in the build's nav: one `in_nav` keeps, naming a page
        (navigation.names_no_page: one naming none is told at its line, and left out rather than link to no page)."""
        return self.in_nav(entry) and not names_no_page(self.settings, self._reserved, entry)

    def keeps_in_navigation(self, url: str) -> bool:
        """Whether a link of the navigation stays: an entry of mkdocs.yml's nav that stays (`in_nav`), whose URL the
        seal keeps as written and as the browser reads it (`&#47;` is "/": the theme writes it raw)."""
        return self.in_nav(url) and self._kept_as_read(url, "")

    def _kept_as_read(self, url: str, page_url: str) -> bool:
        """Whether the seal keeps a URL that the theme writes raw, on the page at `page_url`: as written, and as a
        browser reads it ("&#47;" is "/")."""
        from .seal import kept

        return all(kept(written, page_url, self.site_map) for written in (url, html.unescape(url)))

    def held_for_rendering(self, src_uri: str) -> bool:
        """Whether the engine keeps a file under evidence/ while it renders: a page this audience may see, or a
        non-page file (whether it is published is known once the pages are rendered and sealed)."""
        return src_uri in self.publication.pages or src_uri in self.project.files

    def sealed_whole(self, src_uri: str) -> bool:
        """Whether a page's final HTML must be sealed whole, once the theme has filled it in: pages another plugin
        makes, a blog's index (Material's blog puts there excerpts rendered from its posts' Markdown, after their
        pages were sealed) and its posts (their template lists the `links` of their front matter)."""
        return not self._ours(src_uri) or any(
            src_uri == blog.index or blog.holds(src_uri) for blog in self.settings.blogs
        )

    def shows_other_pages(self, src_uri: str) -> bool:
        """Whether a page shows what other pages hold, which a dirty rebuild of `mkdocs serve` renders again whatever
        changed: a blog's index (its posts' excerpts), an index of tags (the pages of each tag: one made internal was
        listed still, a hostile review) and the pages another plugin makes (a blog's archive)."""
        return (
            not self._ours(src_uri)
            or src_uri in self._tag_indexes
            or any(src_uri == blog.index for blog in self.settings.blogs)
        )

    def _ours(self, src_uri: str) -> bool:
        return src_uri in self.publication.pages or src_uri in self.generated

    @cached_property
    def _tag_indexes(self) -> frozenset[str]:
        """The author's pages that Material's tags plugin fills in with the pages of each tag: its `tags_file` and
        `tags_extra_files`, and each holding its directive (`<!-- material/tags -->`, or its `listings_directive`)
        or `[TAGS]`."""
        found: set[str] = set()
        directives = ["material/tags"]
        for name, options in self.settings.plugin_entries:
            named, extra, directive = (options.get(key) for key in _TAG_INDEX_OPTIONS) if name == "tags" else [None] * 3
            if isinstance(named, str):
                found.add(named)
            if isinstance(extra, dict):
                found.update(map(str, extra))
            if isinstance(directive, str):
                directives.append(directive)
        marker = re.compile(r"<!--\s+(?:" + "|".join(map(re.escape, directives)) + r")|\[TAGS\]")
        found.update(uri for uri, page in self.project.pages.items() if marker.search(page.body))
        return frozenset(found)

    def refer_from_navigation(self, src_uri: str) -> bool:
        """Whether the navigation (part of every page) may link to a non-page file; if so, that file is published
        as if a page referred to it (an attachment of withheld items only may not be)."""
        if src_uri in self.publication.candidates:
            self.publication.referenced.add(src_uri)
            return True
        return self.publication.on_its_own(src_uri)

    def disclosed(self, problems: Iterable[Problem]) -> list[Problem]:
        """The problems this build may show: none that names a file it withholds, as a file it is about or as an
        address it quotes (a link to another site's copy of a withheld file, which the seal removed from the page:
        a hostile review found it in portfolio.json)."""
        from .seal import names_withheld

        site = self.site_map
        docs, withheld = site.docs_name.lower(), site.withheld_names
        pages = self.settings.display_uri("")
        sections = self._section_paths

        def quotes_withheld(problem: Problem) -> bool:
            """Whether the message quotes a withheld file's address (in double quotes, as another site's address is
            judged), or names one as a file, as written or from the file it is said of (a link's address in
            brackets, `(files/rota.pdf "title")`: a hostile review). A section's path on its own ("people/do",
            `mapped to people/do`) is the framework's, no file's (a differential fuzz: the gaps of sections named as
            a withheld do.md or people/do.md were left out of portfolio.json)."""
            message = problem.message
            if any(
                quoted.lower() not in sections and names_withheld(quoted, docs, withheld)
                for quoted in _QUOTED.findall(message)
            ):
                return True
            if sections:
                message = _ALONE.sub(
                    lambda found: " " if found[0].rstrip(".").lower() in sections else found[0], message
                )
            here = posixpath.dirname(problem.path.removeprefix(pages)) if problem.path.startswith(pages) else ""
            return site.names_a_withheld_file(message, dict.fromkeys(("", f"{here}/" if here else "")))

        return [
            p
            for p in problems
            if all(self.publication.discloses(path) for path in p.concerns) and not quotes_withheld(p)
        ]

    @cached_property
    def _section_paths(self) -> frozenset[str]:
        """Every section's path in the framework ("people/do"), in small letters."""
        framework = self.project.framework
        challenges = framework.challenges if framework else ()
        return frozenset(f"{c.id}/{section.id}".lower() for c in challenges for section in c.sections)

    def exports(self) -> dict[str, str]:
        """The files of DATA_FILES: portfolio.json and evidence.csv (once every page has been sealed: the withheld
        count depends on it), and the library's data when the build has a library."""
        from .export import evidence_csv, item_rows, portfolio_json

        if self.portfolio is None:
            return {}
        urls = self.urls
        pages = dict(self.roles)
        withheld = (self.publication.withheld, self.publication.withheld_items)
        library = pages.get("library")
        rows = item_rows(self.portfolio, urls)
        kept = self.data
        self.data = {
            "portfolio.json": portfolio_json(
                self.portfolio, rows, urls, pages, self.disclosed(self.problems.warnings), withheld
            ),
            "evidence.csv": kept.get("evidence.csv") or evidence_csv(self.portfolio, rows),
        }
        if library:
            self.data[LIBRARY_DATA] = kept.get(LIBRARY_DATA) or self.renderer.library_data(self.generated[library])
        return self.data


def _withheld_whole(withheld: set[str], every: Iterable[str]) -> set[str]:
    """The folders all of whose pages and files are `withheld` (a repository's page of such a folder lists them: a
    hostile review)."""
    whole: dict[str, bool] = {}
    for uri in every:
        folders = uri.split("/")[:-1]
        for depth in range(1, len(folders) + 1):
            folder = "/".join(folders[:depth])
            whole[folder] = whole.get(folder, True) and uri in withheld
    return {folder for folder, all_withheld in whole.items() if all_withheld}


_ALONE = lazy_pattern(r"(?<![^\s\"'(\[,;:])[^\s\"'()\[\],;:/]+/[^\s\"'()\[\],;:/]+(?=$|[\s\"'),;:\]]|\.(?:\s|$))")
"""Two words joined by a slash, on their own (between spaces, quotes, brackets or punctuation; not in a longer path
or an address): as a message writes a section's path."""
_QUOTED = lazy_pattern(r'"([^"\s]+)"')
"""What a problem's message quotes that may be an address: text in double quotes, without a space."""
_CLIMBING = lazy_pattern(r"\A/*(?:\.{1,2}/+)*")
"""The start of a path that climbs from where it is written ("../", "./", "/"), read as the path after it."""


def _same_as_written(one: object, other: object) -> bool:
    """Whether two values read from YAML (or made of them) are the same as written: equal, and of the same types
    throughout (40 and 40.0, 1 and true, are equal numbers that a page shows otherwise)."""
    if type(one) is not type(other):
        return False
    if is_dataclass(one):
        return all(_same_as_written(getattr(one, f.name), getattr(other, f.name)) for f in fields(one) if f.compare)
    if isinstance(one, Mapping) and isinstance(other, Mapping):
        return (
            list(map(type, one)) == list(map(type, other))
            and one.keys() == other.keys()
            and all(_same_as_written(value, other[key]) for key, value in one.items())
        )
    if isinstance(one, (list, tuple)) and isinstance(other, (list, tuple)):
        return len(one) == len(other) and all(map(_same_as_written, one, other))
    return one == other


def _stamped(folders: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """Each file under `folders` (the templates' folders), with its size and time of change: a template may include
    a file of any name (an SVG a second hostile review edited)."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            status = path.stat()
            found.append((str(path), status.st_size, status.st_mtime_ns))
    return tuple(found)


_FROM_ITEMS_ALONE = ("evidence.csv", LIBRARY_DATA)
"""The exports made of the items (and the settings) alone: no text, no warning, no count of what is withheld."""


def assemble(settings: Settings, cache: SourceCache | None = None) -> Build:
    """Read, check and compute a project for `settings.audience`, and lay out its site."""
    project = read_project(
        settings,
        reserved_uris,
        cache,
        lambda framework, item: check_item(framework, item, settings.as_of, pinned=settings.as_of_pinned),
    )
    problems = Problems(
        project.problems
        + check_setup(settings)
        + check_installed(settings)
        + check_mkdocs_settings(settings)
        + check_lists(settings)
        + check_before_other_plugins(settings, project.pages)
        + check_site_files(settings)
        + (check_guide(settings.root, project.framework) if project.framework else Problems())
    )
    published = publication(project, settings.audience)
    places = tuple(generated_pages(project.framework, settings.audience, settings.plugins))
    typed = Build(settings, project, published, None, Problems(), places).typed_fields()
    if typed:  # a title is on every page that lists or links to it: the page is withheld from this build
        published = publication(project, settings.audience, left_out=frozenset(typed))
        for uri, keys in typed.items():
            for line, address, key in keys:  # (a partner's name, `<img src="...">`: told to make it a link)
                fix = (
                    f'the address is taken out of "{key}", which is shown as typed (a link belongs in the page\'s text)'
                )
                _typed_link(problems, settings.display_uri(uri), line, address, fix=fix)
    problems.extend(check_blogs(published))
    # every page's, whoever sees it, as every file's problems are (a hostile review: an internal item's was passed)
    problems.extend(missing_snippets(settings, project.pages))
    problems.extend(check_shared_files(published))
    problems.extend(check_plugin_files(published))
    problems.extend(check_attachments_left_out(published))
    problems.extend(check_pictures_kept_back(published))
    problems.extend(check_site_files_withheld(published))
    problems.extend(check_nav(project, frozenset(reserved_uris(project.framework))))
    problems.extend(check_pages_nav(project))
    checked = Build(settings, project, published, None, Problems(), places)
    nav_typed = typed_nav_titles(checked)
    for uri, line, address in typed_pages_titles(checked):
        problems.add(
            "typed-link",
            settings.display_uri(uri),
            line,
            f"the title on this line would show the address of a page or file withheld from this build as typed text "
            f'("{address}"): awesome-pages puts it into the navigation, which is on every page; write the title in '
            "words of its own, such as About us",
        )
    for uri, line, address in checked.typed_folder_meta():
        problems.add(
            "typed-link",
            settings.display_uri(uri),
            line,
            "Material's meta plugin gives this key to every page of this folder, where its text would show the address "
            f'of a page or file withheld from this build as typed text ("{address}"); write it in words of its own, or '
            "take the address out",
        )
    for path, line, address in nav_typed:
        problems.add(
            "typed-link",
            path,
            line,
            f"the nav's title on this line would show the address of a page or file withheld from this build as "
            f'typed text ("{address}"): the navigation is on every page, which this build would then leave out; '
            "write the title in words of its own, such as About us",
        )
    for path, line, address in template_links(checked):
        problems.add(
            "unsafe-setting",
            path,
            line,
            f'this template of the theme links a page or file withheld from this build ("{address}") on every page '
            "it makes, outside what the portfolio seals, so the address would be published; take the link out of "
            "the template, or link to a published page",
        )
    for path, line, address, author, key in withheld_by_authors(checked):
        problems.add(
            "unsafe-setting",
            path,
            line,
            f'the {key} of the author "{author}" names a page or file withheld from this build ("{address}"), and '
            "Material's blog prints it on each of their posts, outside what the portfolio seals, so the address "
            "would be published; "
            + ("use a picture that is published to everyone" if key == "avatar" else "take the address out"),
        )
    site_typed = typed_site_texts(checked)
    for path, line, address, what in site_typed:
        problems.add(
            "typed-link",
            path,
            line,
            f"the {what} on this line would show the address of a page or file withheld from this build as typed "
            f'text ("{address}"): the theme prints it on every page, which this build would then leave out; write it '
            "in words of its own, without the address",
        )
    if settings.nav is not None and settings.warn_left_out_of_nav:
        plain = (uri for uri in published.pages if project.pages[uri].item is None)
        problems.extend(check_left_out_of_nav(settings, [*plain, *(place.uri for place in places)]))
    portfolio = None
    framework = project.framework
    if framework is not None:
        every_item = [*(page.item for page in project.pages.values() if page.item), *project.faulty_items]
        problems.extend(check_clashes(every_item))  # each item's own problems were found as it was read
        portfolio = compute(framework, published.items, settings.audience, settings.as_of)
        problems.extend(_coverage_problems(settings, project, portfolio))
        problems.extend(_other_audiences_assessments_problems(settings, project, problems))
    problems.sort()
    typed_in_nav = frozenset((*(address for _, _, address in nav_typed), *(found[2] for found in site_typed)))
    return Build(settings, project, published, portfolio, problems, places, typed_in_nav=typed_in_nav)


def _coverage_problems(settings: Settings, project: Project, portfolio: Portfolio) -> Problems:
    """The warnings of a portfolio's coverage and ratings (computation.checks.check_coverage), told by this build
    or check (for another audience, naming whose build they are of)."""
    assessments = (result.assessment.src_uri for result in portfolio.challenges if result.assessment)
    bodies = {uri: project.pages[uri].body for uri in assessments if uri in project.pages}
    elsewhere = portfolio.audience != settings.audience
    return check_coverage(portfolio, settings.display(settings.framework), bodies, told_elsewhere=elsewhere)


def _other_audiences_assessments_problems(settings: Settings, project: Project, said: Problems) -> Problems:
    """The warnings of self-assessments that another audience's build gives and this one does not (a rating far
    above the assessor's, one the evidence does not back, one dropped): every file's problems are reported, whoever
    sees it. An internal self-assessment passed `portfolio check --strict` for the public and failed the internal
    build (a careless contributor's review), as did a public one rated far above an internal assessor report (a
    hostile review); an accreditor's self-assessment far above the assessor's later report, which an internal one
    since rates again, failed the accreditor's build and passed the check, for the internal audience (a review of
    valid portfolios). A warning this build gives at the same line is its own (its evidence counted as it sees it);
    of the others, the widest build's comes first. Of another than the widest, only those that fail a strict build:
    not its gaps (a rating its items do not back, which the items it does not see may); and those depend on the
    self-assessments and assessor reports a build sees alone, so a build that sees the same as this one is not
    asked."""
    assessments = {
        settings.display_uri(uri)
        for uri, page in project.pages.items()
        if page.item is not None and page.item.type == ASSESSMENT
    }
    found = Problems()
    if not assessments or project.framework is None:
        return found
    told = {(problem.path, problem.line, problem.code) for problem in said}
    judged = [page.item for page in project.pages.values() if page.item and page.item.type in (ASSESSMENT, REPORT)]

    def seen_by(audience: Audience) -> list[str]:
        return [item.src_uri for item in judged if visible_to(item.visibility, audience)]

    for audience in reversed(AUDIENCES):
        if audience == settings.audience or (audience != WIDEST and seen_by(audience) == seen_by(settings.audience)):
            continue
        portfolio = compute(project.framework, publication(project, audience).items, audience, settings.as_of)
        for problem in _coverage_problems(settings, project, portfolio):
            key = (problem.path, problem.line, problem.code)
            if problem.path in assessments and key not in told and (audience == WIDEST or not problem.gap):
                told.add(key)
                found.append(problem)
    return found


def shows_its_address(link: Link) -> bool:
    """Whether a page shows a link's address as its text: an automatic link does, and so does a definition whose
    address holds a space, which Markdown does not read (a final review; a hostile review found the error of one
    named at a real link's line instead)."""
    return link.automatic or (link.definition and any(character.isspace() for character in link.target))


def line_naming(body: str, first_line: int, address: str, links: tuple[Link, ...] = ()) -> int:
    """The line of a body that writes an address: as it is read, or (written otherwise, "&#47;" for "/") its
    longest part; the body's first line when neither is there. Where it is written more than once, the first
    outside the addresses of the body's `links` (which show no address: a definition above an abbreviation shown
    as typed, `*[A]: address`, was named, a hostile review)."""
    spans = [(link.start, link.end) for link in links if not shows_its_address(link)]
    for written in (address, max(address.split("/"), key=len)):
        at = body.find(written) if written else -1
        first = at
        while at >= 0 and any(start <= at < end for start, end in spans):
            at = body.find(written, at + 1)
        if first >= 0:
            return first_line + body.count("\n", 0, at if at >= 0 else first)
    return first_line


def _typed_link(problems: Problems, where: str, line: int, address: str, quoted: str = "", fix: str = "") -> None:
    problems.add(
        "typed-link",
        where,
        line,
        f'this page would show the address of a page or file withheld from this build as typed text ("{address}")'
        f"{quoted}: a link written in Markdown that the page shows as text (inside a block of HTML, below one left "
        "open, in code, or in a field shown as it is typed), or the page or file's address written out (a link in "
        "<angle brackets> shows its address as its text); the page is left out of this build until "
        + (fix or "the link is made a link with words of its own, such as [the referral note](...), or taken out"),
    )


def _loose(path: str) -> str:
    """A path as some servers read it: in small letters, each segment without a ";" parameter, or trailing dots,
    spaces and NUL characters."""
    return "/".join(part.split(";", 1)[0].rstrip(". \x00") for part in path.lower().split("/"))


EXTRA_HTML = frozenset({("consent", "description"), ("analytics", "feedback", "ratings", "*", "note")})
"""The texts of mkdocs.yml's `extra` that Material prints as HTML (its cookie consent, its feedback form)."""


def _shown_tag(tag: object) -> str:
    """A tag as an engine gets it: escaped, but for its "&" (harmless in HTML), so that its anchor reads well."""
    return str(tag).replace("<", "&lt;").replace(">", "&gt;")


_TOC_LABEL = lazy_pattern("data-toc-label", re.IGNORECASE)
"""A heading's table of contents' label, as an HTML attribute's name is read (in any case)."""


def toc_labels(entries: Iterable[Any]) -> Iterator[str]:
    """The words of each entry of a page's table of contents, nested ones too, as the theme prints them (HTML): from
    python-markdown's `toc_tokens` (dicts: "name", "children") or MkDocs' `page.toc` (AnchorLink: title,
    children). A heading's `data-toc-label` (attr_list) writes them as it likes, outside the page's content."""
    for entry in entries:
        name = entry.get("name") if isinstance(entry, Mapping) else getattr(entry, "title", None)
        if isinstance(name, str):
            yield name
        children = entry.get("children") if isinstance(entry, Mapping) else getattr(entry, "children", None)
        yield from toc_labels(children or ())
