"""The site's navigation (as mkdocs.yml's `nav`): generated pages and plain pages, never the items, since Material
renders the whole navigation into every page. A `nav` written in mkdocs.yml loses its entries for withheld pages
(the MkDocs adapter seals the navigation other plugins build, such as awesome-pages', the same way).

Material's blog plugin attaches its posts, archive and categories to its index page, and only when that page is in
a section of the navigation: the index gets a section of its own, and its posts are left out (as items are).
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems, suggest
from ..model.urls import is_markdown
from ..model.vocabulary import AUDIENCES, Audience
from ..reading.blog_authors import AUTHORS_KEYS, authors_file_read, authors_in
from ..reading.companion_files import companion_data, pages_nav
from ..reading.mkdocs_schema import odd_nav
from ..reading.project import INTRO_URI, Project
from ..reading.settings import (
    EXTRA_TEXTS,
    PRINTED_HTML,
    Settings,
    config_line,
    file_writing,
    printed_texts,
    written_line,
)
from ..reading.yaml_lines import LineList, LineMap
from .inert import inert
from .pages import GENERATED_PAGES

if TYPE_CHECKING:
    from .assemble import Build


def navigation(build: Build) -> list[Any]:
    """The navigation of a build, grouped as the page registry says, then the plain pages."""
    entries: list[Any] = []
    groups: dict[str, list[Any]] = {}
    for place in build.places:
        if not place.page.in_navigation:
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
    return entries + _own_pages(build)


def plain_pages(build: Build) -> list[str]:
    """The plain pages of a build (an *About us* page), by path, in the order of the navigation (those mkdocs.yml's
    `nav` names first, in its order, where it has one): neither items, nor generated pages, nor the overview's
    introduction (which the overview quotes), nor a blog's."""
    order = {path: index for index, path in enumerate(nav_titles(build.settings.nav))}
    pages = [entry for entry in _own_pages(build) if isinstance(entry, str)]
    return sorted(pages, key=lambda uri: order.get(uri, len(order)))


def nav_titles(nav: Any) -> dict[str, str | None]:
    """The pages mkdocs.yml's `nav` names, by path under evidence/, in its order, each with the title it gives it
    (None where it gives none: `- about.md`)."""
    found: dict[str, str | None] = {}

    def walk(value: Any, title: str | None) -> None:
        if isinstance(value, list):
            for entry in value:
                walk(entry, None)
        elif isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, str(key))
        elif isinstance(value, str):
            found.setdefault(nav_path(value), title)

    walk(nav, None)
    return found


def _own_pages(build: Build) -> list[Any]:
    """The navigation's entries for the pages of evidence/ that are not items: the plain pages, each by its path,
    and a blog's index in a section of its own (its posts are left out, as items are)."""
    entries: list[Any] = []
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


def typed_nav_titles(build: Build) -> list[tuple[str, int, str]]:
    """The titles of mkdocs.yml's `nav` that would show the address of a page or file withheld from the build as
    typed text (`Build.typed_addresses`), each with its line and the address: the theme prints the navigation, as
    written (HTML: "&#47;" is a "/"), into every page, which the build would then leave out whole, and the PDF titles
    a plain page with it (hostile reviews). Each title's file (mkdocs.yml, or the file it INHERITs that writes the
    nav), line and address."""
    titles = list(_titles(build.settings.nav, ("nav",), build.keeps_nav_entry))
    if not titles or build.settings.config_file is None:
        return []
    file = file_writing(build.settings.config_file, "nav")
    typed = _typed_title(build)
    return [
        (build.settings.display(file), written_line(file, *where), address)
        for title, where in titles
        if (address := typed(title))
    ]


def typed_site_texts(build: Build) -> list[tuple[str, int, str, str]]:
    """The texts of mkdocs.yml the theme prints on every page as they are written (printed_texts: the site's name and
    description, a palette's toggle's name, the toc's title) that would show the address of a page or file withheld
    from the build as typed text, read as the navigation's titles are: each one's file, line, address and what it
    is (a hostile review: the build left every page out naming about.md, or published a tag showing the address,
    where the check passed)."""
    config = build.settings.config_file
    if config is None:
        return []
    typed = _typed_title(build)
    return [
        (build.settings.display(file), line, address, what)
        for file, line, what, text in printed_texts(config)
        if ("]" in text or "<" in text or "//" in text or "&" in text)
        and (address := typed(text, markup=what == PRINTED_HTML or what.startswith(EXTRA_TEXTS)))
    ]


def template_links(build: Build) -> list[tuple[str, int, str]]:
    """Each address a template of the theme's custom_dir (one inside the project: no file outside it is read) writes
    as a link's or a picture's that leads to a page or file withheld from the build, from the home page, with the
    template (from the project) and the line: the theme's templates make what is around every page, which the seal
    does not read (a review of the change: a footer's link to an internal page was published on every page). An
    address the template makes as it is rendered (`{{ ... }}`) is not read."""
    settings = build.settings
    folder = settings.custom_dir
    if folder is None or not folder.is_dir() or not folder.resolve().is_relative_to(settings.root.resolve()):
        return []
    found = []
    for path in sorted(folder.rglob("*.html"))[:_MOST_TEMPLATES]:
        try:
            text = (
                path.read_text(encoding="utf-8", errors="replace") if path.stat().st_size <= _LARGEST_TEMPLATE else ""
            )
        except OSError:
            continue
        for start, address in _template_addresses(text):
            if any(build.withholds_address(address, url) for url in _TEMPLATE_PAGES):
                found.append((settings.display(path), text.count("\n", 0, start) + 1, address))
    return list(dict.fromkeys(found))  # (a text in `{{ ... }}` inside an attribute is read twice)


def withheld_by_authors(build: Build) -> list[tuple[str, int, str, str, str]]:
    """Each author of a blog (its authors file, which Material's blog prints on their posts, outside what the
    portfolio seals) whose avatar or url leads to a page or file withheld from the build, or whose name or
    description shows the address of one as typed text: the file, the line, the address, the author and the key (a
    hostile review: an avatar named an internal item's picture on every public post)."""
    settings = build.settings
    typed = _typed_title(build)
    found = []
    for blog in (blog for blog in settings.blogs if blog.reads_authors):
        authors = authors_in(authors_file_read(settings, blog))
        for author, details in authors.items() if authors is not None else ():
            for key, value in details.items() if isinstance(details, LineMap) else ():
                if not isinstance(value, str) or key not in AUTHORS_KEYS:
                    continue
                linked = key in ("avatar", "url")  # (written into the page as `{{ author.avatar | url }}`)
                address = (value if build.withholds_address(value, "") else None) if linked else typed(value)
                if address:
                    where = settings.display_uri(blog.authors_file), details.line_of(key) + 1
                    found.append((*where, address, str(author), key))
    return found


def _template_addresses(text: str) -> Iterator[tuple[int, str]]:
    """Each address a template writes, with where: an attribute's (a srcset's each, a refresh's), a style's
    `url()`, and a text in quotes inside `{{ ... }}` (`{{ 'x/' | url }}`, as Material's templates write their
    links), not one the template makes of its values."""
    for match in _TEMPLATE_ADDRESS.finditer(text):
        value = html.unescape(match["double"] or match["single"] or match["bare"] or "")
        name = match["name"].lower()
        if "{{" in value:
            yield from ((match.start(), quoted[2]) for quoted in _JINJA_TEXT.finditer(value))
        elif name in ("srcset", "imagesrcset"):
            yield from ((match.start(), part.split()[0]) for part in value.split(",") if part.split())
        elif name == "content":
            refresh = _REFRESH.search(value)
            yield from [(match.start(), refresh[1].strip("'\" "))] if refresh else []
        elif "{" not in value:
            yield match.start(), value
    for match in _CSS_URL.finditer(text):
        if "{" not in match[2]:
            yield match.start(), html.unescape(match[2])
    for match in _JINJA_TEXT.finditer(text):  # (written outside an attribute too: a script's, a link's text)
        yield match.start(), match[2]


_TEMPLATE_ADDRESS = lazy_pattern(
    r"""(?<![\w-])(?P<name>href|src|srcset|imagesrcset|action|formaction|poster|data|ping|background|longdesc|cite"""
    r"""|xlink:href|content)\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s>"']+))""",
    re.IGNORECASE,
)
_JINJA_TEXT = lazy_pattern(r"""\{\{-?\s*(["'])([^"'{}]*/[^"'{}]*)\1""")
"""A text in quotes that a template's `{{ ... }}` starts with, holding a "/" (`{{ 'x/' | url }}`)."""
_CSS_URL = lazy_pattern(r"""url\(\s*(["']?)([^"')\s]+)\1\s*\)""", re.IGNORECASE)
_REFRESH = lazy_pattern(r"(?i)url\s*=\s*(.+)")
_TEMPLATE_PAGES = ("", "x/", "x/y/", "x/y/z/")
"""The pages a template's relative address is read from: the home page, and pages one, two and three folders
down (a template is around every page: `../x/` leads to x/ from a page of a folder)."""
_MOST_TEMPLATES = 2000
"""The most templates of a custom_dir read for links (a theme is a few dozen)."""
_LARGEST_TEMPLATE = 1_000_000
"""The largest template read for links."""


def typed_pages_titles(build: Build) -> list[tuple[str, int, str]]:
    """The titles of the entries and sections that awesome-pages' `.pages` at the top of evidence/ gives the
    navigation, and that it shows (those of entries the build keeps, and of sections holding one), that would show
    the address of a page or file withheld from the build as typed text, as mkdocs.yml's do (`typed_nav_titles`:
    the navigation is on every page; a hostile review found the build stopped naming the pack's page): the file,
    each such title's line and the address. (The portfolio writes the navigation of the plain pages itself, a list of
    their own titles: the titles of a folder's `.pages` are never shown.)"""
    settings = build.settings
    files = _top_pages_files(build.project)
    if not files:
        return []
    typed = _typed_title(build)
    return [
        (uri, _line_in(data["nav"], where), address)
        for uri in files
        if (data := companion_data(settings, uri)) is not None and "nav" in data
        for title, where in _titles(data["nav"], (), build.in_nav)
        if (address := typed(title))
    ]


def _line_in(nav: Any, where: tuple[str | int, ...]) -> int:
    """The line (from 1) of the title at `where` (keys and list positions, as _titles gives them) in a `nav` read
    with the lines of its keys."""
    line = 1
    for step in where:
        if isinstance(nav, list) and isinstance(step, int) and step < len(nav):
            nav = nav[step]
        elif isinstance(nav, LineMap):
            key = next((key for key in nav if str(key) == step), None)
            line, nav = nav.line_of(key) + 1, nav.get(key)
    return line


def _typed_title(build: Build) -> Callable[..., str | None]:
    """The withheld address a title of the navigation would show as typed text (`Build.typed_addresses`), if any.
    A title that may hold a Markdown link is read from a page of each folder of the site, as the link's path leads
    from the page it is shown on; any other, from the home page."""
    folders = {
        posixpath.dirname(uri): uri for uri in sorted((*build.publication.pages, *build.generated), reverse=True)
    }

    def typed(title: str, markup: bool = False) -> str | None:
        """`markup`: the title is printed as HTML (mkdocs.yml's copyright, a text of `extra`), whose links are
        sealed as a page's are, not as text (a review of the change: a link's full address was taken for text)."""
        pages = folders.values() if "]" in title else [INTRO_URI]
        # and as the build shows it, inert: a tag with a withheld page's address typed (a review of the change)
        shown = (
            (title, title.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))
            if "<" in title and not markup
            else (title,)
        )

        def as_shown(text: str, uri: str, url: str) -> str:
            return build.sealed(uri, text, url).html if markup and "<" in text else text

        found = next(
            (
                found
                for uri in pages
                for text in shown
                if (found := build.typed_addresses(uri, url := build.urls.get(uri, ""), as_shown(text, uri, url)))
            ),
            None,
        )
        return found[0] if found else None

    return typed


def _titles(
    nav: Any, where: tuple[str | int, ...], keeps: Callable[[str], bool]
) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    """The titles of a `nav` (mkdocs.yml's shape) at `where` in its file that a build shows: of its entries that
    `keeps` keeps, and of its sections holding one (the others are left out with their titles: rewrite_nav), in
    order, each with where it is written (keys and list positions, for written_line)."""
    if isinstance(nav, list):
        for index, entry in enumerate(nav):
            yield from _titles(entry, (*where, index), keeps)
    elif isinstance(nav, dict):
        for title, inner in nav.items():
            if rewrite_nav(inner, lambda entry: entry if keeps(entry) else None) not in (None, []):
                yield str(title), (*where, str(title))
                yield from _titles(inner, (*where, str(title)), keeps)


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


def _top_pages_files(project: Project) -> list[str]:
    """awesome-pages' `.pages` at the top of evidence/ (a path without a folder: settings.pages_files names it by
    its name alone), the only one it reads of the portfolio's flat navigation."""
    return [uri for uri in sorted(project.tree.companions) if uri in project.settings.pages_files]


def check_pages_nav(project: Project) -> Problems:
    """An entry of evidence/.pages' nav that names, without a title, no page of the top of the navigation in a build
    that reads the file is an error at its line: awesome-pages (unless its `strict` is off) stops a build on an entry
    it cannot find (a fuzz of malformed input: the check passed it). The navigation is the portfolio's: the plain
    pages and the generated ones at its top (no item, no folder, nor the library or a challenge's page, which are
    under Browse and Challenges), and awesome-pages reads evidence/.pages only in a build whose plain pages are all
    at the top, the .pages of other folders never, nor any under a `nav` of mkdocs.yml (a review of valid
    portfolios). A `.pages` awesome-pages cannot read is told by reading.companion_files."""
    problems = Problems()
    settings = project.settings
    top = next(iter(_top_pages_files(project)), None)
    nav = pages_nav(settings, top) if top is not None and settings.pages_strict and not settings.nav else None
    if top is None or nav is None:
        return problems
    shown: dict[str, tuple[Audience, ...]] = {
        page.uri: page.audiences for page in GENERATED_PAGES if page.in_navigation and not page.group
    }
    for uri, page in project.pages.items():
        if page.item is None:
            shown[uri] = AUDIENCES[AUDIENCES.index(page.visibility) :]
    read_by = [
        audience
        for audience in AUDIENCES
        if all("/" not in uri for uri, seen in shown.items() if audience in seen)
        and all("/" not in uri for uri in project.faulty_pages)  # (a page with errors: told as it is)
    ]
    if read_by:
        _entries_shown(nav, shown, read_by, settings.display_uri(top), problems)
    return problems


def _entries_shown(
    nav: LineList, shown: dict[str, tuple[Audience, ...]], read_by: list[Audience], path: str, problems: Problems
) -> None:
    """The entries of evidence/.pages' nav told where a build that reads it (`read_by`) does not show what they
    name (see check_pages_nav); entries under a title (a section of the nav) name pages of the top too."""
    for index, entry in enumerate(nav):
        if isinstance(entry, LineMap) and len(entry) == 1 and isinstance(inner := next(iter(entry.values())), LineList):
            _entries_shown(inner, shown, read_by, path, problems)
            continue
        if not isinstance(entry, str) or entry.startswith("..."):  # (the pages not named, as awesome-pages reads it)
            continue
        seen = shown.get(entry, ())
        missing = [audience for audience in read_by if audience not in seen]
        if not missing:
            continue
        if not seen:
            message = (
                f'the nav of .pages names "{entry}", which is no page at the top of the navigation (no item or folder '
                "is, nor the library and the pages under Browse or Challenges), and awesome-pages stops the build on "
                'it; correct the name, or take the entry out ("..." lists the pages not named)'
            )
        else:
            message = (
                f'the nav of .pages names "{entry}", which builds for the {" and ".join(missing)} audience leave out '
                f"(it is for the {seen[0]} audience), and awesome-pages stops those builds on it; take the entry out, "
                'and let "..." list it where it is shown'
            )
        also = [posixpath.join(posixpath.dirname(path), entry)] if seen else []  # (named where it is shown)
        problems.add("pages-file", path, nav.line_at(index) + 1, message, also=also)


def check_nav(project: Project, generated: frozenset[str]) -> Problems:
    """A warning for each entry of mkdocs.yml's `nav` that names a file under evidence/ that is not there (nor
    generated): MkDocs warns of it, so `mkdocs build --strict` stops."""
    problems = Problems()
    settings = project.settings
    docs = settings.display(settings.docs_dir)
    if odd_nav(settings.nav):  # its shape is judged at its line (mkdocs_schema), by MkDocs' own option
        return problems
    for entry in _entries(settings.nav):
        unfound = _unfound(settings, generated, entry)
        if unfound is None:
            continue
        path, inside, left_out = unfound
        address = urlsplit(entry)
        where, named = f"that is not under {docs}/", None
        if left_out:
            where = "that MkDocs leaves out of the site (mkdocs.yml's exclude_docs or draft_docs matches it)"
            fix = "take it out of the nav, or out of those patterns"
        elif address.fragment or address.query:
            fix = "MkDocs' nav names a page by its file alone: take out the # or ? part of the path"
        elif entry.endswith("/") or (inside and path != "." and (settings.docs_dir / path).is_dir()):
            fix = "MkDocs' nav names pages, not folders: name a page of the folder (its index.md, say)"
        else:
            fix, named = _nav_fix(project, generated, entry, path)
        problems.add(
            "nav-not-found",
            *_nav_line(settings, re.escape(entry)),
            f"the nav names a page on this line {where}; {fix}",
            also=[settings.display_uri(named)] if named else [],  # the page it may mean, where it may be named
            # the entry not quoted: a page withheld is named alike
        )
    return problems


def names_no_page(settings: Settings, generated: frozenset[str], entry: str) -> bool:
    """Whether an entry of mkdocs.yml's nav is a path naming no file under evidence/ nor a page the portfolio
    generates (`generated`), which check_nav warns of: the site's navigation leaves it out, rather than link to no
    page (and MkDocs warn of it again, without its line). Not in a nav whose shape is wrong (judged at its line by
    mkdocs_schema, by MkDocs' own option)."""
    return not odd_nav(settings.nav) and _unfound(settings, generated, entry) is not None


def _unfound(settings: Settings, generated: frozenset[str], entry: str) -> tuple[str, bool, bool] | None:
    """A nav entry's path as MkDocs looks its file up, whether it is inside evidence/ and whether mkdocs.yml leaves it
    out, where it names no file there nor a generated page; None where it does, and for an address (of another site,
    or from the site's top, of which MkDocs says nothing by default)."""
    address = urlsplit(entry)
    if address.scheme or address.netloc or entry.startswith("/"):
        return None
    path = PurePosixPath(entry).as_posix()  # as MkDocs looks the file up: "./x.md" is "x.md", "x.md#a" no file
    inside = path != ".." and not path.startswith("../")
    left_out = inside and bool(settings.left_out) and settings.left_out_by_mkdocs(path)
    if path in generated or (inside and not left_out and (settings.docs_dir / path).is_file()):
        return None  # (a page with errors is there, left out of the nav of every build)
    return path, inside, left_out


def _nav_fix(project: Project, generated: frozenset[str], entry: str, path: str) -> tuple[str, str | None]:
    """How to mend a nav entry naming no page: its path written from the project's folder (evidence/about.md), a
    title and a path without the colon between them (Home index.md), or the closest page's path; and the page it
    names (under evidence/), which a build withholding it names not."""
    settings = project.settings
    docs = settings.display(settings.docs_dir)
    pages = sorted({*project.pages, *project.faulty_pages, *(uri for uri in generated if is_markdown(uri))})
    within = path.removeprefix(f"{settings.docs_dir.name}/")
    if within != path and within in pages:
        return (
            f"did you mean \"{within}\"? The nav's paths are written from {docs}/, not from the project's folder",
            within,
        )
    title, _, page = entry.rpartition(" ")
    if title.strip() and page in pages:
        return f'a title and its page are written with a colon between them: "{title.strip()}: {page}"', page
    stems = {posixpath.splitext(page)[0]: page for page in pages}  # (".md" on both would make any two close)
    meant = suggest(posixpath.splitext(path)[0], stems, "pages")
    if meant.startswith('; did you mean "'):
        named = stems[meant.removeprefix('; did you mean "').partition('"')[0]]
        return f'did you mean "{named}"? Correct its path (relative to {docs}/), or remove the entry', named
    return "correct its path (relative to that folder), or remove the entry", None


def check_left_out_of_nav(settings: Settings, pages: Iterable[str]) -> Problems:
    """Where mkdocs.yml has a `nav` and its `validation` makes it a warning (`omitted_files: warn`): one for the
    `pages` of the build (plain and generated: items and a blog's posts are never in the navigation) that the nav
    does not name, nor its `not_in_nav`."""
    problems = Problems()
    named = {nav_path(entry) for entry in _entries(settings.nav)}
    left_out = sorted(  # a blog's posts too are never in it: Material's blog plugin attaches them to its index
        uri
        for uri in pages
        if uri not in named
        and not any(spec.match_file(uri) for spec in settings.not_in_nav)
        and not any(blog.holds(uri) for blog in settings.blogs)
    )
    if left_out:
        pages_left = f"{len(left_out)} {'page' if len(left_out) == 1 else 'pages'}"
        problems.add(
            "left-out-of-nav",
            *_nav_line(settings),
            f"the nav leaves out {pages_left} of this build, and mkdocs.yml's validation makes "
            f"that a warning: {', '.join(left_out)}; add each to the nav (paths relative to "
            f"{settings.display(settings.docs_dir)}/), or name it under not_in_nav in mkdocs.yml",
        )
    return problems


def _entries(nav: Any) -> list[str]:
    """The entries of a `nav` (mkdocs.yml's shape), in order."""
    entries: list[str] = []
    rewrite_nav(nav, lambda entry: entries.append(entry))
    return entries


def _nav_line(settings: Settings, entry: str | None = None) -> tuple[str, int]:
    """The file that writes the `nav` (mkdocs.yml, or a file it INHERITs) as problems name it, and the line of the
    entry matching the pattern `entry` there (of `nav:` itself without one)."""
    if settings.config_file is None:
        return "mkdocs.yml", 1
    file = file_writing(settings.config_file, "nav")
    return settings.display(file), config_line(file, entry, r"^nav:") if entry else config_line(file, r"^nav:")
