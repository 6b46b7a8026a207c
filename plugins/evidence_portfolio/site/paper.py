"""The accreditation pack as one document for paper (`portfolio pdf`): the pack page, the improvement plan, the
site's other pages (an *About us* page), and an appendix with the full text of every item of the build (its panel,
its body, its attachments).

Each part is rendered as the site renders it and sealed by the site's rules (site/seal.py), so that it refers only
to what the audience's site holds. Then every link of the whole document, read by the HTML parser WeasyPrint itself
uses (tinyhtml5), is given a place on paper:

- a link to an item goes to that item in the appendix; to a plain page, to that page; to a challenge page (or one
  of its sections), to that challenge (or section) in the pack; to the improvement plan, to the plan; to a heading,
  to that heading;
- a link to a file of the audience's site that is not a page (an attachment, a spreadsheet) embeds the file in the
  PDF as an attachment, under a name no other embedded file has, described by the item that attaches it;
- a link to the overview goes to the pack's cover (its measures to the pack's); to the library or its plain list, to
  the appendix (filtered by a type alone, to that type's group); to the case studies or the celebrations, to their
  group in the appendix;
- a link to another page of the audience's site (the tags, the partners, the library filtered otherwise) goes to its
  full address in the public's PDF when mkdocs.yml has a site_url (where the public's site is published), and is
  plain text otherwise: another audience's PDF never leads to the public's site, which holds less;
- a link to another host (or mailto:) stays; any other (javascript:, file:, data:) is plain text.

Images of the site are embedded from evidence/; any other image is its alt text. The ids of each part but the pack
are prefixed with the part's own anchor, so that the headings of two items never share an anchor. `files` lists
every file the document may load: the PDF writer loads nothing else.
"""

from __future__ import annotations

import datetime
import itertools
import posixpath
import secrets
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import SplitResult, parse_qsl, unquote, urljoin, urlsplit

from markupsafe import Markup

from ..model.item_types import ITEM_TYPES
from ..model.items import Item
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.urls import is_markdown, relative_url
from ..reading.front_matter import split_front_matter
from ..reading.links import rewrite, scan_links
from . import listings
from .assemble import Build
from .markdown import renderer_as_built, snippets_as_built
from .navigation import nav_titles, plain_pages
from .own_outputs import pdf_subject
from .pages import page_uri
from .render import assets

PACK = "pack"
PLAN = "improvement-plan"
PAGES = "pages"
APPENDIX = "appendix"
"""The anchors of the document's parts."""
OTHER_PAGES = "Other pages"
"""The title of the part that holds the plain pages."""
_BASE = "https://paper.invalid/"
"""A base to resolve a part's relative URLs against (only the path is kept)."""
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_XLINK = {"{http://www.w3.org/1999/xlink}href": "xlink:href"}
_LINE_WIDTH = 504
"""The width of a line of the PDF, in points: A4's 210 mm less pack.css's margins of 16 mm each side."""
_CHARACTER_WIDTH = 6.5
"""The most a character of a table's text may take, in points, on average over a word (10pt DejaVu Sans)."""
_CELL_SPACING = 9
"""What a cell adds to its text's width, in points: its padding and its rule."""
_FACT = "portfolio-paper-fact"
"""The class of a term and its values in a list of facts (_paired)."""
_SQUEEZED = "portfolio-paper-squeezed"
"""The class of a table whose columns, each as wide as its longest word, would not fit the line: its words may
break anywhere (pack.css); in other tables only a word longer than its column breaks."""
_WHOLE = "portfolio-paper-whole"
"""A cell of a squeezed table whose words never break: a number, which broken reads as two."""
_NUMBER = lazy_pattern(r"[-+\u2212±~≈<>£$€]?\d[\d.,:/]*(?:-\d[\d.,:/]*)*(?:%|[kKmM]|st|nd|rd|th)?")
"""A number as a table's cell holds one: 120, +300%, £1,250, 4.5, 12/03, 1st, and a date, 2026-02-15."""
_ONE_WORD = "portfolio-paper-word"
"""A cell of a squeezed table kept whole that holds one word: it does not break at a hyphen or a slash either."""
_SHORT_WORD = 7
"""The most letters of a word a squeezed table keeps whole where its columns can all be that wide ("Expires",
"Site 2", broken as "Ex- / pire / s": an assessor's review)."""


@dataclass(frozen=True)
class Entry:
    """An item in the appendix, or a plain page: its title, its anchor, its URL on the site, and its panel (an
    item's) and body as sealed HTML (URLs relative to its page)."""

    title: str
    anchor: str
    url: str
    html: Markup
    item: Item | None = None
    titled: bool = False
    """Whether its HTML holds its title (a plain page with a heading of the first level, as Material shows it)."""


@dataclass(frozen=True)
class Document:
    """The HTML document the PDF is made of, and the files (images, attachments) it may load."""

    html: str
    files: frozenset[Path] = field(default_factory=frozenset)
    links: frozenset[str] = frozenset()
    """The addresses outside the PDF that its links lead to (the site's pages by site_url, other hosts, mailto:):
    the PDF writer makes no other link, whatever the document's CSS asks (`-weasy-link` on any element)."""
    attachments: tuple[tuple[str, str], ...] = ()
    """The name each embedded file has in the PDF (no two alike) and its description, naming the item (or part)
    that attaches it, in the order they are embedded."""


def paper_document(build: Build) -> Document:
    """The pack, the improvement plan and the appendix as one HTML document, every link given a place on paper."""
    portfolio = build.portfolio
    assert portfolio is not None, "a PDF is made of a build without errors"
    settings = build.settings
    # as the site renders it, with what pymdownx.snippets puts in from its folders (their `--8<--` lines, which may
    # name any file, printed as written otherwise: a hostile review)
    converter = renderer_as_built(settings, snippets_as_built(settings))
    assert converter is not None, "an extension that cannot be loaded is an error of the build"
    urls = build.urls

    def to(path: str, rest: str, here: str) -> str | None:
        """A link to the path under evidence/ from the page at `here`, as MkDocs writes it, with the query and
        fragment written after the path (`?type=case-study`, a filter of the library's), None: left as it is."""
        if path not in urls:
            return None
        query, _, fragment = rest.partition("#")
        address, _, anchor = relative_url(urls[path] + (f"#{fragment}" if fragment else ""), here).partition("#")
        return address + query + (f"#{anchor}" if anchor else "")

    def render(uri: str, text: str) -> Markup:
        converter.reset()
        return Markup(build.sealed(uri, converter.convert(text), build.urls[uri]).html)

    def generated(role: str) -> Markup | None:
        uri = page_uri(role)
        if uri not in build.generated:
            return None
        parts = split_front_matter(build.markdown(uri), uri, Problems())
        text, here = parts[1] if parts else "", urls[uri]
        # the authors' links it quotes (the overview's introduction, the self-assessments' texts), as MkDocs makes
        # them lead from the page: to the pages' and files' addresses, which `_Paper` places
        return render(uri, rewrite(text, scan_links(text), uri, lambda path, rest: to(path, rest, here)))

    anchors = {item.src_uri: f"item-{index}" for index, item in enumerate(portfolio.items, start=1)}
    groups = []
    kinds: dict[str, str] = {}
    """The anchor of each type's group in the appendix, by the type's id."""
    for type_id, kind in ITEM_TYPES.items():
        entries = []
        for item in listings.newest_first([i for i in portfolio.items if i.type == type_id]):
            page = build.project.pages[item.src_uri]
            here = urls[item.src_uri]
            body = rewrite(page.body, page.links, item.src_uri, lambda path, rest: to(path, rest, here))  # noqa: B023
            panel = build.sealed(item.src_uri, build.item_panel(item), here).html
            entries.append(
                Entry(item.title, anchors[item.src_uri], here, Markup(panel) + render(item.src_uri, body), item)
            )
        if entries:
            groups.append((kind.plural_label, entries))
            kinds[type_id] = f"{APPENDIX}-{len(groups)}"
    pages = []
    titles = nav_titles(settings.nav)
    plain = plain_pages(build)
    for number, uri in enumerate(plain, start=1):
        page = build.project.pages[uri]
        anchors[uri], here = f"{PAGES}-{number}", urls[uri]
        shown = render(uri, rewrite(page.body, page.links, uri, lambda path, rest: to(path, rest, here)))  # noqa: B023
        title, titled = _page_title(uri, titles.get(uri), page.meta.get("title"), shown)
        pages.append(Entry(title, anchors[uri], here, shown, titled=titled))
    found = assets(settings.custom_dir)
    plan = generated("actions")
    mark = f"data-paper-{secrets.token_hex(8)}"  # the parts' attributes: no item's HTML can claim to be a part
    html = build.renderer.env.get_template("portfolio/pack_document.html").render(
        title=f"Accreditation pack: {settings.site_name}",
        description=f"{portfolio.framework.title}: {pdf_subject(settings.audience)}, as of "
        f"{portfolio.as_of.isoformat()}",
        language=settings.language,
        site_name=settings.site_name,
        as_of=portfolio.as_of,
        created=portfolio.as_of.isoformat(),  # the day it is as of (a W3C date), whenever it is made
        made=datetime.date.today(),  # and the day it is made: two PDFs of one as_of weeks apart (an assessor's review)
        stylesheets=[Markup(found[name].read_text(encoding="utf-8")) for name in ("portfolio.css", "pack.css")],
        pack=generated("print"),
        pack_url=urls[page_uri("print")],
        plan=plan,
        plan_url=urls.get(page_uri("actions"), ""),
        groups=groups,
        pages=pages,
        pages_title=OTHER_PAGES,
        anchors=(PACK, PLAN, APPENDIX, PAGES),
        mark=mark,
    )
    contents: list[tuple[str, str, list[tuple[str, str]]]] = [("Improvement plan", PLAN, [])] if plan else []
    if pages:
        contents.append((OTHER_PAGES, PAGES, [(entry.title, entry.anchor) for entry in pages]))
    parts = [(label, f"{APPENDIX}-{number}") for number, (label, _) in enumerate(groups, start=1)]
    contents.append(("Evidence appendix", APPENDIX, parts))
    owners = {anchors[uri]: (f"the page “{entry.title}” ({uri})", uri) for uri, entry in zip(plain, pages, strict=True)}
    for _, entries in groups:
        for entry in entries:
            if entry.item is not None:
                owners[entry.anchor] = (f"the item “{entry.title}” ({entry.item.src_uri})", entry.item.src_uri)
    return _Paper(build, anchors, kinds, owners, mark).place(html, contents)


class _Paper:
    """Gives each link, image and id of the document its place on paper."""

    def __init__(
        self,
        build: Build,
        anchors: dict[str, str],
        kinds: dict[str, str],
        owners: dict[str, tuple[str, str]],
        mark: str,
    ) -> None:
        self.build = build
        self.owners = owners
        """Each item and plain page, as a file's description names it, and its path under evidence/, by its anchor."""
        self.url, self.prefix, self.demote = (f"{mark}-{name}" for name in ("url", "prefix", "demote"))
        self.anchors = anchors
        self.kinds = kinds
        files = build.project.files
        self.pages = {_key(unquote(url)): uri for uri, url in build.urls.items() if uri not in files}
        """Pages (items and generated pages), by their URL decoded, in any of the ways of writing it; not files,
        which a link names by their exact path (a file "notes" is not the page "notes/")."""
        self.site = build.site_map
        self.held = self.site.outputs | self.site.candidates
        """Every file the audience's site holds (or may, once a page refers to it), as site paths."""
        self.files: set[Path] = set()
        self.links: set[str] = set()
        self.docs = build.settings.docs_dir.resolve()
        address = urlsplit(build.settings.site_url)
        # site_url is where the public's site is published (publish.yml builds it): a page the PDF does not hold is
        # its address there in the public's PDF alone; another audience's PDF leads to no site of the public's
        self.site_url = (
            build.settings.site_url.rstrip("/") + "/"
            if address.scheme in ("http", "https") and build.settings.audience == "public"
            else ""
        )
        self.host = (address.hostname or "").lower()
        framework = build.portfolio.framework if build.portfolio else None
        self.challenge_of = {page_uri("challenge", c.id): c.id for c in framework.challenges} if framework else {}
        self.ids: set[str] = set()
        self.attached: dict[str, str] = {}
        """The id of the link each file is embedded at, by its file: URL (a file is embedded once)."""
        self.embedding: list[tuple[ET.Element, str, str | None]] = []
        """The link each file is embedded at, its file: URL and the prefix of the part holding it."""

    def place(self, html: str, contents: list[tuple[str, str, list[tuple[str, str]]]]) -> Document:
        """The document with each part's links, images and ids placed, and `contents` (the parts after the pack,
        each with its id and its sections' titles and ids) added to the pack's contents, which list its challenges
        alone on the site."""
        import tinyhtml5

        root = tinyhtml5.parse(html, namespace_html_elements=False)
        parents = {child: parent for parent in root.iter() for child in parent}
        parts = [(element, element.get(self.url, "")) for element in root.iter() if self._is_part(element)]
        for part, _ in parts:
            self._prefix_ids(part)
        self._keep_apart(root, next((part for part, _ in parts if part.get("id") == PACK), None))
        self.ids = {str(element.get("id")) for element in root.iter() if element.get("id")}
        for part, url in parts:
            prefix = part.get(self.prefix)
            for element in list(part.iter()):
                if element.tag == "a" and element.get("href") is not None:
                    self._link(element, url, prefix, parents)
                elif element.tag == "img":
                    self._image(element, url, parents)
                elif element.tag == "table":
                    _fit(element)
                elif element.tag == "dl" and "portfolio-facts" in _classes(element):
                    _paired(element)
                elif element.tag == "div" and "tabbed-set" in _classes(element):
                    _tabs_on_paper(element)
            for name in (self.url, self.prefix):
                part.attrib.pop(name, None)
        toc = next((e for e in root.iter() if e.tag == "ol" and "portfolio-pack-toc" in e.get("class", "")), None)
        for title, anchor, sections in contents:
            self._listed(toc, title, anchor, sections)
        for element in root.iter():  # SVG's elements and attributes by the names HTML gives them (no prefixes)
            element.tag = _local(element.tag)
            for name in [name for name in element.attrib if name.startswith("{")]:
                element.set(_XLINK.get(name, _local(name)), element.attrib.pop(name))
        attachments = self._named()
        text = "<!doctype html>\n" + ET.tostring(root, encoding="unicode", method="html")
        return Document(text, frozenset(self.files), frozenset(self.links), attachments)

    @staticmethod
    def _listed(toc: ET.Element | None, title: str, anchor: str, sections: list[tuple[str, str]]) -> None:
        """A part of the document in the pack's contents (if it has them), with its sections under it."""
        if toc is None:
            return
        entry = ET.SubElement(toc, "li")
        ET.SubElement(entry, "a", href=f"#{anchor}").text = title
        listed = ET.SubElement(entry, "ol") if sections else entry
        for label, section in sections:
            ET.SubElement(ET.SubElement(listed, "li"), "a", href=f"#{section}").text = label

    @staticmethod
    def _keep_apart(root: ET.Element, pack: ET.Element | None) -> None:
        """The ids inside the pack (whose ids are not prefixed: the site's own, which links name) that another
        part's anchor has (a self-assessment's heading "Pages 1" is "pages-1", a plain page's), prefixed with the
        pack's: links to the other part led to the heading (a hostile review)."""
        if pack is None:
            return
        inside = {element for element in pack.iter() if element is not pack}
        taken = {element.get("id") for element in root.iter() if element.get("id") and element not in inside}
        for element in inside:
            if element.get("id") in taken:
                element.set("id", f"{PACK}-{element.get('id')}")

    def _prefix_ids(self, part: ET.Element) -> None:
        prefix = part.get(self.prefix)
        if not prefix:
            return
        for element in part.iter():
            if element is not part and element.get("id"):
                element.set("id", f"{prefix}-{element.get('id')}")
        for heading in part.iter():
            if heading.tag in _HEADINGS and "portfolio-paper-title" not in heading.get("class", ""):
                level = int(heading.tag[1]) + int(part.get(self.demote, "0"))
                heading.tag = f"h{min(level, 6)}"
        part.attrib.pop(self.demote, None)

    def _link(self, element: ET.Element, url: str, prefix: str | None, parents: dict[ET.Element, ET.Element]) -> None:
        href = element.get("href", "").strip()
        element.attrib.pop("data-print-url", None)
        if "headerlink" in element.get("class", ""):
            parents[element].remove(element)  # the site's ¶ beside each heading
            return
        if href.startswith("#"):
            local = f"{prefix}-{href[1:]}" if prefix else href[1:]
            element.set("href", "#" + (local if local in self.ids else prefix or PACK))
            return
        if "portfolio-library-link" in _classes(element):
            _unwrap(element, parents)  # a partner or tag of an item's panel: the library's filter, a site's page
            return
        parts = _split(href)
        if parts is None:  # its words stay, as text
            _unwrap(element, parents)
            return
        scheme = parts.scheme.lower()
        if scheme in ("mailto", "tel") or (
            scheme in ("http", "https", "")
            and parts.netloc
            and ((parts.hostname or "").lower() != self.host or not self._under_site(parts.path))
        ):
            if not scheme:  # "//host/x": by https on paper, where it would otherwise be file://host/x
                href = "https:" + href
                element.set("href", href)
            self.links.add(href)
            return  # another host: it stays
        if scheme not in ("", "http", "https"):
            _unwrap(element, parents)
            return
        path = self._site_path(href, url)
        placed = None if path is None else self._place(path, parts.fragment, parts.query)
        if placed is None:
            _unwrap(element, parents)
            return
        element.set("href", placed)
        if placed.startswith("file:"):
            self._attach(element, placed, prefix)
        elif not placed.startswith("#"):
            element.set("data-print-url", placed)
            self.links.add(placed)

    def _attach(self, element: ET.Element, file: str, prefix: str | None) -> None:
        """A link to a file embedded in the PDF: the first embeds it, and every other link to it leads there (each
        link with rel="attachment" would embed the file once more)."""
        first = self.attached.get(file)
        if first is not None:
            element.set("href", f"#{first}")
            return
        element.set("rel", "attachment")
        anchor = element.get("id") or next(
            name for number in itertools.count(len(self.attached) + 1) if (name := f"attached-{number}") not in self.ids
        )
        element.set("id", anchor)
        self.ids.add(anchor)
        self.attached[file] = anchor
        self.embedding.append((element, file, prefix))

    def _named(self) -> tuple[tuple[str, str], ...]:
        """Each embedded file's name in the PDF, set on its link (`download`, which WeasyPrint names it by), and its
        description. A file keeps its own name unless another embedded file has it (files/attendance.csv of two
        items: a reader's "save all" kept one of them, and nothing told them apart): then its name starts with its
        item's (visit-a-attendance.csv), and a number where that is not enough."""
        own = [posixpath.basename(unquote(urlsplit(file).path)) for _, file, _ in self.embedding]
        clashing = {name for name in own if own.count(name) > 1}
        names: list[str] = []
        described: list[tuple[str, str]] = []
        for (element, file, prefix), name in zip(self.embedding, own, strict=True):
            whose, source = self.owners.get(prefix or "", ("", ""))
            if name in clashing:
                name = f"{_stem(source or prefix or PACK)}-{name}"
            stem, extension = posixpath.splitext(name)
            name = next(
                candidate
                for number in itertools.count(1)
                if (candidate := name if number == 1 else f"{stem}-{number}{extension}") not in names
            )
            names.append(name)
            element.set("download", name)
            path = posixpath.normpath(unquote(urlsplit(file).path)).removeprefix(self.docs.as_posix() + "/")
            whose = whose or ("the improvement plan" if prefix == PLAN else "the accreditation pack")
            described.append((name, f"{path}, attached to {whose}"))
        return tuple(described)

    def _under_site(self, path: str) -> bool:
        """Whether a path of the site's host is the site's (under site_url's path), not another site of that host."""
        root = self.site.root_path
        return (path or "/").startswith(root) or (path or "/") + "/" == root

    def _site_path(self, href: str, url: str) -> str | None:
        """The site path a URL of the page at `url` leads to, if it stays in the site (None otherwise)."""
        parts = urlsplit(href)
        path = parts.path
        root = self.site.root_path
        if path.startswith("/"):
            if not path.startswith(root):
                return None
            path = path[len(root) :]
            url = ""
        joined = urlsplit(urljoin(_BASE + url, path)).path
        return unquote(joined).removeprefix("/")

    def _place(self, path: str, fragment: str, query: str = "") -> str | None:
        file = self._file(path)
        if file is not None:
            return file.as_uri()
        uri = self.pages.get(_key(path))
        if uri is None or not self._published(path):
            return None
        if uri in self.anchors:
            anchor = self.anchors[uri]
            return "#" + (f"{anchor}-{fragment}" if f"{anchor}-{fragment}" in self.ids else anchor)
        if uri in self.challenge_of:
            challenge = self.challenge_of[uri]
            section = f"pack-{challenge}-{fragment}"
            if fragment and section in self.ids:
                return "#" + section
            # a measure of the challenge (#metric-wait-days), which the pack shows under it with the same id
            return "#" + (fragment if fragment.startswith("metric-") and fragment in self.ids else f"pack-{challenge}")
        if uri == page_uri("print"):
            return "#" + (fragment if fragment in self.ids else PACK)
        if uri == page_uri("actions"):
            return "#" + (f"{PLAN}-{fragment}" if f"{PLAN}-{fragment}" in self.ids else PLAN)
        held = self._held_listing(uri, fragment, query)
        if held is not None:
            return "#" + held
        if self.site_url:  # the library's filters (?tag=...) kept
            return (
                self.site_url
                + self.build.urls[uri]
                + (f"?{query}" if query else "")
                + (f"#{fragment}" if fragment else "")
            )
        return None

    def _held_listing(self, uri: str, fragment: str, query: str) -> str | None:
        """The anchor of what the PDF holds of a page the portfolio makes to show or list its items: the overview
        (its matrix and introduction are the pack's cover; its measures, the pack's), the library and its plain list
        of every item (the appendix; filtered by a type alone, that type's items), the case studies and the
        celebrations (their group in the appendix). None for the pages it does not hold (the partners, the tags, the
        library filtered by a tag, a partner, a year or words, whose lists the PDF does not show)."""
        if uri == page_uri("overview"):
            measures = f"{PACK}-{fragment}"
            return measures if fragment == "measures" and measures in self.ids else PACK
        if uri in (page_uri("library"), page_uri("library_list")):
            filters = {name: value for name, value in parse_qsl(query) if name != "sort" and value}
            if not filters:
                return APPENDIX
            if set(filters) == {"type"}:
                return self.kinds.get(filters["type"])
            return None
        listed = {page_uri("case_studies"): "case-study", page_uri("celebrations"): "celebration"}
        return self.kinds.get(listed[uri]) if uri in listed else None

    def _is_part(self, element: ET.Element) -> bool:
        return element.get(self.url) is not None

    def _file(self, path: str) -> Path | None:
        """The file under evidence/ (not a page) at a site path, if the audience's site holds it; the document may
        load it from then on."""
        name = posixpath.normpath("/" + path).lstrip("/")
        if path.endswith("/") or name not in self.build.project.files or is_markdown(name):
            return None
        if name not in self.held:
            return None
        file = (self.docs / name).resolve()
        self.files.add(file)
        return file

    def _published(self, path: str) -> bool:
        """Whether the audience's site holds the file at a site path (sealing has kept only such links)."""
        return any(candidate in self.held for candidate in _held_names(path))

    def _image(self, element: ET.Element, url: str, parents: dict[ET.Element, ET.Element]) -> None:
        src = element.get("src", "")
        parts = _split(src)
        path = None if parts is None or parts.scheme or parts.netloc else self._site_path(src, url)
        file = None if path is None else self._file(path)
        if file is not None:
            element.set("src", file.as_uri())
            element.attrib.pop("srcset", None)
            return
        alt = element.get("alt") or ""
        parent = parents[element]
        index = list(parent).index(element)
        _text_before(parent, index, alt + (element.tail or ""))
        parent.remove(element)


def _paired(facts: ET.Element) -> None:
    """A list of facts with each term and its values in a `<div>` of their own, which pack.css lays out as a row
    of a table: WeasyPrint lays out the site's grid slowly (minutes for an item of 250 partners) and cannot break
    it across pages, and terms floated beside their values are drawn after them, out of reading order."""
    pairs: list[ET.Element] = []
    for child in list(facts):
        facts.remove(child)
        if child.tag == "dt" or not pairs:
            pairs.append(ET.Element("div", {"class": _FACT}))
        pairs[-1].append(child)
    for pair in pairs:  # a short one kept on one page: a label left at a page's foot, its value on the next, misled
        if len("".join(pair.itertext())) <= _SHORT_FACT:
            pair.set("class", f"{_FACT} {_WHOLE_FACT}")
    facts.extend(pairs)


_SHORT_FACT = 400
"""The most characters of a fact (its term and values) kept on one page (pack.css): a few lines, never more than a
page, which WeasyPrint cannot lay out when kept whole."""
_WHOLE_FACT = "portfolio-paper-fact--whole"


def _tabs_on_paper(tabs: ET.Element) -> None:
    """Content tabs (pymdownx.tabbed) on paper: each tab's text under its label, without the radio buttons a browser
    switches them by (a review of valid portfolios: bare buttons, and the labels run together as one word above
    both texts, "CymraegEnglish")."""
    for button in [child for child in tabs if child.tag == "input"]:
        tabs.remove(button)
    labels = next((child for child in tabs if "tabbed-labels" in _classes(child)), None)
    if labels is None:  # the first style: each label just before its text
        for label in [child for child in tabs if child.tag == "label"]:
            label.tag, label.attrib = "p", {"class": "portfolio-paper-tab"}
        return
    tabs.remove(labels)  # the alternate style: the labels together, then the texts in their order
    content = next((child for child in tabs if "tabbed-content" in _classes(child)), None)
    blocks = [child for child in content if "tabbed-block" in _classes(child)] if content is not None else []
    for label, block in zip([child for child in labels if child.tag == "label"], blocks, strict=False):
        named = ET.Element("p", {"class": "portfolio-paper-tab"})
        named.text = "".join(label.itertext()).strip()
        block.insert(0, named)


def _fit(table: ET.Element) -> None:
    """A table too wide for the line with its words whole printed in smaller letters, down to _SMALLEST_WHOLE; one
    wider still marked squeezed, so that its words may break anywhere but for its numbers (120 is never "12 / 0")
    and, where they fit, its short words, and printed as small as that takes, down to _SMALLEST: nothing of it runs
    off the page (an assessor's review lost a year of visits' totals so). Not the overview's matrix, whose words
    break where a dictionary hyphenates them (pack.css): broken anywhere, its ratings read "Satisfac / tory" (an
    outside review)."""
    if "portfolio-matrix" in _classes(table):
        if _labels_fit(table):
            table.set("class", f"{table.get('class', '')} {_MATRIX_WHOLE}")
        return
    whole = _width(table)
    if whole <= _LINE_WIDTH:
        return
    if _LINE_WIDTH / whole >= _SMALLEST_WHOLE:
        _smaller(table, _LINE_WIDTH / whole)
        return
    table.set("class", f"{table.get('class', '')} {_SQUEEZED}".strip())
    least = _width(table, longest=_SHORT_WORD)
    short = least * _SMALLEST <= _LINE_WIDTH  # every column as wide as its short words fits the line
    if not short:
        least = _width(table, longest=0)
    scale = min(1.0, max(_LINE_WIDTH / least, _SMALLEST))
    if scale < 1:
        _smaller(table, scale)
    # Longer words kept whole too, as long as the columns still fit the line at that size: an identifier
    # (WIDECELL-A) beside a cell of 80 letters unbroken was squeezed to a column of two letters, "WI-DE-CE LL-A", and
    # a search of the PDF found nothing (a review). Only the cells of the longest words break, anywhere.
    kept = _SHORT_WORD if short else 0
    if short:
        lengths = sorted({len(word) for cell in _cells(table) for word in _text(cell).split()} - set(range(kept + 1)))
        kept = max((n for n in lengths if _width(table, longest=n) * scale <= _LINE_WIDTH), default=kept)
    for cell in _cells(table):
        text = _text(cell)
        if _NUMBER.fullmatch(text) or (short and text and max(map(len, text.split())) <= kept):
            # a cell of one word (an identifier, a date) not broken at its hyphen either: "WIDECELL- / A"
            one = "" if len(text.split()) > 1 else f" {_ONE_WORD}"
            cell.set("class", f"{cell.get('class', '')} {_WHOLE}{one}".strip())


def _cells(table: ET.Element) -> list[ET.Element]:
    return [cell for cell in table.iter() if cell.tag in ("th", "td")]


def _text(cell: ET.Element) -> str:
    return "".join(cell.itertext()).strip()


_SMALLER = "portfolio-paper-smaller"
"""The class of a table printed in smaller letters (its cells spaced in proportion: pack.css)."""
_SMALLEST_WHOLE = 0.6
"""The smallest letters a table is printed in to keep every word whole, as a part of the text's (6pt)."""
_SMALLEST = 0.45
"""The smallest letters a table is printed in at all (4.5pt): a table wider still runs off the page."""


def _smaller(table: ET.Element, scale: float) -> None:
    """A table printed in letters `scale` the size of the text's (rounded down, so that it fits)."""
    table.set("class", f"{table.get('class', '')} {_SMALLER}".strip())
    table.set("style", f"font-size: {int(scale * 100)}%")


_MATRIX_WHOLE = "portfolio-matrix--whole"
"""The class of an overview's matrix whose ratings, headings and trends fit the line with their words whole: they
do not break (pack.css), where "Unsat-isfact-ory" was hard to read (two reviews)."""
_KEPT_WHOLE = frozenset(("portfolio-heat__rating", "portfolio-heat--label", "portfolio-trend"))
_MATRIX_CHARACTER = 4.1
"""The most a character of the matrix (6.3pt DejaVu Sans, bold in a rating) takes, in points."""
_MATRIX_CELL = 8
"""What a cell of the matrix adds to its text's width, in points: its padding, a rating's padding and its rules."""
_MATRIX_PIECE = 5
"""The letters a word of the matrix's other texts (a challenge's title, the assessor's words) keeps on a line when
broken where a dictionary hyphenates it."""


def _labels_fit(table: ET.Element) -> bool:
    """Whether the overview's matrix fits the line with its headings, ratings and trends whole, every other word
    broken where a dictionary hyphenates it (estimated: with every rating of a long label, it did not)."""
    widest: dict[int, int] = {}
    for part in table:
        for row in (element for element in part.iter() if element.tag == "tr"):
            for index, cell in enumerate(child for child in row if child.tag in ("th", "td")):
                kept = [cell] if part.tag == "thead" else [e for e in cell.iter() if _KEPT_WHOLE & _classes(e)]
                lengths = [len(word) for element in kept for word in "".join(element.itertext()).split()]
                widest[index] = max(widest.get(index, _MATRIX_PIECE), *lengths, _MATRIX_PIECE)
    return sum(chars * _MATRIX_CHARACTER + _MATRIX_CELL for chars in widest.values()) <= _LINE_WIDTH


def _classes(element: ET.Element) -> set[str]:
    """The classes of an element of a part's HTML."""
    return set(element.get("class", "").split())


def _width(table: ET.Element, longest: int | None = None) -> float:
    """How wide a table's columns are (estimated, in points), each as wide as its longest word and number; with
    `longest`, as wide as its numbers and its words of that many letters or fewer (the words a squeezed table keeps
    whole)."""
    widest: dict[int, int] = {}
    for row in (element for element in table.iter() if element.tag == "tr"):
        for index, cell in enumerate(child for child in row if child.tag in ("th", "td")):
            text = "".join(cell.itertext()).strip()
            if _NUMBER.fullmatch(text):
                kept = [len(text)]
            else:
                kept = [len(word) for word in text.split() if longest is None or len(word) <= longest]
            widest[index] = max(widest.get(index, 0), *kept, 0)
    return sum(chars * _CHARACTER_WIDTH + _CELL_SPACING for chars in widest.values())


def _page_title(uri: str, in_nav: str | None, meta: object, html: str) -> tuple[str, bool]:
    """A plain page's title, as MkDocs gives it: the title mkdocs.yml's `nav` gives it, else the `title` of its
    front matter, else the text of its heading of the first level where the page starts with one (without the
    heading's permalink or footnote marks), else its file's name ("about-us.md": "About us"); and whether its HTML
    has a heading of the first level (which Material then shows in place of the title)."""
    import tinyhtml5

    fragment = tinyhtml5.parse(f"<body>{html}</body>", namespace_html_elements=False).find("body")
    headings = [element for element in fragment.iter() if element.tag == "h1"] if fragment is not None else []
    first = fragment[0] if fragment is not None and len(fragment) else None
    if in_nav or (meta is not None and not isinstance(meta, (dict, list))):
        return str(in_nav or meta), bool(headings)
    if first is not None and first.tag == "h1":
        for mark in [e for e in first.iter() if _permalink_or_footnote(e)]:
            _remove(first, mark)
        text = " ".join("".join(first.itertext()).split())
        if text:
            return text, True
    name = posixpath.splitext(posixpath.basename(uri))[0].replace("-", " ").replace("_", " ")
    return (name.capitalize() if name.lower() == name else name), bool(headings)


def _permalink_or_footnote(element: ET.Element) -> bool:
    """A heading's permalink (toc's `¶`) or a footnote's mark, which MkDocs leaves out of a title."""
    classes = element.get("class", "").split()
    return (element.tag == "a" and "headerlink" in classes) or (
        element.tag == "sup" and element.get("id", "").startswith("fnref")
    )


def _remove(root: ET.Element, element: ET.Element) -> None:
    """Take `element` out of the tree under `root` (its tail stays, as text)."""
    for parent in root.iter():
        if element in list(parent):
            _text_before(parent, list(parent).index(element), element.tail or "")
            parent.remove(element)
            return


def _stem(path: str) -> str:
    """The name of an item's file without its extension, its folder's for an index.md ("visit-a")."""
    parts = [part for part in posixpath.splitext(path)[0].split("/") if part]
    if len(parts) > 1 and parts[-1] in ("index", "README"):
        parts.pop()
    return parts[-1] if parts else PACK


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


def _key(path: str) -> str:
    """A site path as a key shared by the ways of writing it ("a/b/", "a/b/index.html", "a/b")."""
    path = posixpath.normpath("/" + path).lstrip("/")
    return path.removesuffix("index.html").rstrip("/")


def _held_names(path: str) -> tuple[str, ...]:
    path = posixpath.normpath("/" + path).lstrip("/")
    return (path, posixpath.join(path, "index.html"))


def _text_before(parent: ET.Element, index: int, text: str) -> None:
    """Add text where the child at `index` of `parent` is (after the previous child, or at the parent's start)."""
    if index > 0:
        previous = parent[index - 1]
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _unwrap(element: ET.Element, parents: dict[ET.Element, ET.Element]) -> None:
    """Replace a link by its content (its text and children stay, the link goes)."""
    parent = parents.get(element)
    if parent is None:
        return
    index = list(parent).index(element)
    children = list(element)
    _text_before(parent, index, element.text or "")
    parent.remove(element)
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
        parents[child] = parent
    if children:
        children[-1].tail = (children[-1].tail or "") + (element.tail or "")
    else:
        _text_before(parent, index, element.tail or "")


def _split(url: str) -> SplitResult | None:
    """A URL's parts; None for an address no browser can follow, which urllib refuses ("http://[::1")."""
    try:
        return urlsplit(url)
    except ValueError:
        return None
