"""A portfolio project on disk, read and checked in one pass: its framework, pages, other files and problems.

Reading does not depend on the audience: every file is checked, whatever the build is for, so that a broken
internal item fails a public build too.
"""

from __future__ import annotations

import functools
import gc
import os
import posixpath
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from html import unescape
from urllib.parse import unquote, urlsplit

from ..model.framework import Framework
from ..model.item_types import ITEM_TYPES, item_only_keys
from ..model.items import Item
from ..model.problems import Problems
from ..model.urls import MARKDOWN_EXTENSIONS, destination, is_markdown, only_climbs, page_url
from .framework_file import load_framework
from .in_parallel import map_in_parallel
from .links import Link, resolve
from .pages import Page, parse_page
from .scan import Entry, SourceCache, scan
from .settings import Settings
from .strays import stray_items
from .surveys import SurveyReader
from .yaml_lines import LineMap, YamlProblem, load_yaml

INTRO_URI = "index.md"
"""evidence/index.md: the introduction at the top of the overview, whose address it takes."""


@dataclass(frozen=True)
class Project:
    settings: Settings
    framework: Framework | None
    pages: dict[str, Page]
    """Markdown files by their path under evidence/; files with errors are absent."""
    files: frozenset[str]
    """Every other file under evidence/ (attachments, images)."""
    problems: Problems
    skipped: tuple[str, ...] = ()
    """The files under evidence/ that MkDocs leaves out (scan.Tree.skipped): withheld from every audience."""
    folder_keys: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """The keys the meta files of Material's meta plugin give the pages of a folder ("" for evidence/ itself), by
    folder."""
    faulty_items: tuple[Item, ...] = ()
    """The items of files with errors, as far as they could be read: out of every build, but still checked against
    the others (two self-assessments of one date), so that one run reports every problem."""

    def given_keys(self, src_uri: str) -> frozenset[str]:
        """The keys of a page's metadata that its authors wrote: its front matter's, and those the meta files of its
        folder and the folders above give it."""
        page = self.pages.get(src_uri)
        keys = set(page.meta) if page else set()
        folder = posixpath.dirname(src_uri)
        while True:
            keys |= self.folder_keys.get(folder, frozenset())
            if not folder:
                return frozenset(keys)
            folder = posixpath.dirname(folder)

    @property
    def intro(self) -> Page | None:
        """A hand-written evidence/index.md: the introduction at the top of the overview."""
        page = self.pages.get(INTRO_URI)
        return page if page and not page.item else None

    def site_file(self, src_uri: str) -> bool:
        """Whether mkdocs.yml uses this file itself (extra_css, extra_javascript, logo, favicon)."""
        return src_uri in self.settings.site_files

    def listed_to_publish(self, src_uri: str) -> bool:
        """Whether the plugin's `publish` option names this file (a path, or a pattern where `*` stays within a
        folder and `**` crosses folders)."""
        return any(_glob(pattern).fullmatch(src_uri) for pattern in self.settings.publish)


Reserved = Callable[[Framework | None], Iterable[str]]
"""The paths under evidence/ of the pages a build generates, for a framework."""


def read_project(settings: Settings, reserved: Reserved, cache: SourceCache | None = None) -> Project:
    """Read and check a whole project; problems of every file are collected, none is fatal here.

    A page with an error counts for nothing: only pages without errors are in `pages`.
    """
    with collector_off():
        return _read_project(settings, reserved, cache)


@contextmanager
def collector_off() -> Iterator[None]:
    """Python's garbage collector off: what reading makes lives as long as the project (and what it throws away
    is freed as it goes, holding no cycles), and the collector would go through all of it again and again as it
    grows (0.19 s of 1.3 s at 5,000 items)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_project(settings: Settings, reserved: Reserved, cache: SourceCache | None) -> Project:
    cache = cache or SourceCache()
    framework, problems = load_framework(settings.framework, settings.display(settings.framework))
    tree = scan(settings, problems)
    _check_strays(settings, problems)
    existing = frozenset(tree.files)
    pages: dict[str, Page] = {}
    faulty: list[Item] = []
    claimed: set[str] = set()
    """Files that items name (attachments, survey files), those of items with errors included."""
    surveys = SurveyReader(settings)
    docs = str(settings.docs_dir)

    def read(uri: str) -> tuple[Page | None, Problems, Entry | None]:
        """A Markdown file read and checked alone (None when it cannot be read), and what the cache keeps of it."""
        path, file = settings.display_uri(uri), os.path.join(docs, uri)
        source, found = cache.read(file, path, settings.max_file_mb)
        if source is None:
            return None, found, cache.entry(file)
        page, checked = parse_page(
            uri, path, source, framework, existing, tree.links_out, theme_dirs=settings.theme_dirs
        )
        return page, Problems(found + checked), cache.entry(file)

    for uri in tree.files:
        if not is_markdown(uri) and is_markdown(uri.lower()):
            _check_markdown_case(settings, uri, problems)
    markdown = [uri for uri in tree.files if is_markdown(uri)]
    # Only a first read is shared between processes: a rebuild of `mkdocs serve` reads the files that changed.
    read_pages = map_in_parallel(read, markdown) if cache.empty else [read(uri) for uri in markdown]
    for uri, (page, found, entry) in zip(markdown, read_pages, strict=True):
        if entry is not None:  # read by another process: this one's cache keeps it for the next build
            cache.keep(os.path.join(docs, uri), entry)
        counted = True
        if page is not None:
            page, counted = surveys.count(page, found)  # an item's NPS measures: the answers in its survey files
            if page.item is not None:
                claimed.update((*page.item.attachments.values(), *page.item.data_files))
        problems.extend(found)
        if page is not None and counted and not found.errors:
            pages[uri] = page
        elif page is not None and page.item is not None:
            faulty.append(page.item)
    files = frozenset(uri for uri in tree.files if not is_markdown(uri))
    generated = frozenset(reserved(framework))
    folder_keys = {
        posixpath.dirname(uri): _check_meta_file(settings, uri, markdown, generated, problems)
        for uri in tree.companions
        if uri.rsplit("/", 1)[-1] in settings.meta_files
    }
    project = Project(settings, framework, pages, files, problems, tree.skipped, folder_keys, tuple(faulty))
    _check_addresses(project, existing, generated)
    _check_links(project, existing, generated, frozenset(claimed))
    problems.sort()
    return project


def _check_strays(settings: Settings, problems: Problems) -> None:
    """Items saved beside evidence/ instead of in it (see reading/strays.py)."""
    docs = settings.display(settings.docs_dir)
    for path, line, type_id in stray_items(settings, ITEM_TYPES):
        first, _, rest = path.relative_to(settings.root).as_posix().partition("/")
        under = rest if rest and first.lower() == settings.docs_dir.name.lower() else f"{first}/{rest}".rstrip("/")
        problems.add(
            "item-outside-evidence",
            settings.display(path),
            line,
            f"this item (type: {type_id}) is outside {docs}/, so no build publishes it; move it to {docs}/{under}",
        )


def _check_markdown_case(settings: Settings, src_uri: str, problems: Problems) -> None:
    """A Markdown file whose extension is not in small letters (`.MD`): MkDocs copies it as it is, front matter and
    all, to any audience a page links it for, instead of reading it as a page."""
    stem, extension = posixpath.splitext(src_uri)
    problems.add(
        "front-matter-unread",
        settings.display_uri(src_uri),
        1,
        f'this Markdown file ends in "{extension}", not "{extension.lower()}", so it is not read as a page: MkDocs '
        f'would copy it as it is, front matter and all; rename it to "{posixpath.basename(stem)}{extension.lower()}"',
    )


def _check_meta_file(
    settings: Settings, src_uri: str, markdown: list[str], generated: frozenset[str], problems: Problems
) -> frozenset[str]:
    """Material's meta plugin gives every page of a folder the keys of its meta file; the portfolio reads each
    page's own front matter only, so keys it reads there (a `visibility` meant to withhold the folder) are an
    error, not a silent difference between what the file says and what is published. The meta plugin tells a
    folder's pages by the start of their path, so it also gives them to a page beside the folder whose name starts
    as the folder's does (sg-policy.md for sg/.meta.yml, or the generated case-studies.md for case-studies/): an
    error in builds narrower than internal, since that page may be published where the folder's are withheld. The
    keys it gives."""
    path = settings.display_uri(src_uri)
    folder = posixpath.dirname(src_uri)
    beside = settings.audience != "internal" and folder
    pages = [*markdown, *sorted(uri for uri in generated if is_markdown(uri))] if beside else []
    strays = [uri for uri in pages if uri.startswith(folder) and not uri.startswith(folder + "/")]
    if strays:
        named = (
            f"the page the portfolio generates at {page_url(strays[0], settings.use_directory_urls)}"
            if strays[0] in generated
            else settings.display_uri(strays[0])
        )
        problems.add(
            "unsafe-setting",
            path,
            1,
            f'Material\'s meta plugin gives the keys of this file to every page whose path starts with "{folder}", so '
            f"also to {named}, outside this folder"
            + (f" (and {len(strays) - 1} other pages)" if len(strays) > 1 else "")
            + "; rename the folder, or the page, so that neither name starts with the other",
            also=[settings.display_uri(uri) for uri in strays if uri not in generated],
        )
    try:
        data = load_yaml((settings.docs_dir / src_uri).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, YamlProblem):
        return frozenset()  # the meta plugin reports a file it cannot read
    if not isinstance(data, LineMap):
        return frozenset()
    read_here = {"type", "visibility", *item_only_keys()}  # tags and the like are the meta plugin's to give
    for key in data:
        if key in read_here:
            problems.add(
                "unsafe-setting",
                path,
                data.line_of(key) + 1,
                f'"{key}" in {src_uri.rsplit("/", 1)[-1]} would apply to every page of this folder, but the portfolio '
                f'reads "{key}" only from each page\'s own front matter; set it there (in each page), and remove it '
                "from this file",
            )
    return frozenset(str(key) for key in data)


def _folded(address: str) -> str:
    """An address as the file systems of Windows and macOS tell names apart: not by capitals, nor by how an accented
    letter is encoded ("é" as one character or as "e" and an accent)."""
    return unicodedata.normalize("NFC", address).lower()


def _check_addresses(project: Project, existing: frozenset[str], generated: frozenset[str]) -> None:
    """Two files the site would hold at one address are an error naming both (one would silently replace the
    other), as is a file at the address of a generated page; so is an item in evidence/index.md."""
    settings = project.settings
    owners = {destination(uri, settings.use_directory_urls): uri for uri in generated}
    by_folded = {_folded(dest): dest for dest in owners}
    for uri in sorted(existing):
        if uri == INTRO_URI:
            continue  # evidence/index.md is the introduction of the overview, and takes its address
        dest = destination(uri, settings.use_directory_urls)
        alike = by_folded.setdefault(_folded(dest), dest)
        other = owners.get(alike)
        if other is not None and alike != dest:
            how = "only in capitals" if alike.lower() == dest.lower() else "only in how their letters are encoded"
            for here, there in ((other, uri), (uri, other)):
                if here not in generated:
                    named = (
                        f"the page the portfolio generates at {page_url(there, settings.use_directory_urls)}"
                        if there in generated
                        else settings.display_uri(there)
                    )
                    project.problems.add(
                        "url-clash",
                        settings.display_uri(here),
                        1,
                        f"{settings.display_uri(here)} and {named} have addresses that differ {how}: on Windows "
                        "or macOS they would be one file; rename one of them",
                        also=[] if there in generated else [settings.display_uri(there)],
                    )
            continue
        first = owners.setdefault(dest, uri)
        if first == uri and uri not in generated:
            continue
        url = page_url(uri, settings.use_directory_urls) or "the home page"
        if first in generated:
            project.problems.add(
                "url-clash",
                settings.display_uri(uri),
                1,
                f"this file would have the address of a page or file the portfolio generates ({url}); rename or move "
                "it",
            )
            continue
        for here, other in ((first, uri), (uri, first)):
            project.problems.add(
                "url-clash",
                settings.display_uri(here),
                1,
                f"{settings.display_uri(here)} and {settings.display_uri(other)} have the same address on the site "
                f"({url}); rename or move one of them",
                also=[settings.display_uri(other)],
            )
    intro = project.pages.get(INTRO_URI)
    if intro and intro.item:
        project.problems.add(
            "intro-is-item",
            intro.path,
            1,
            "evidence/index.md is the introduction of the overview page, not an item; move this item to its own file",
        )


def _check_links(
    project: Project, existing: frozenset[str], generated: frozenset[str], claimed: frozenset[str]
) -> None:
    """Links to files that do not exist are warnings (the site would show them broken); files no page refers to
    are warnings (they reach no audience). Files an item names (`claimed`: its attachments and survey files) are
    referred to, even when the item has an error (that error is reported; the file is not a second problem)."""
    settings = project.settings
    targets = existing | generated
    folders = {posixpath.dirname(uri) for uri in targets} - {""}
    folders |= {parent for folder in list(folders) for parent in _parents(folder)}
    by_destination = {destination(uri, settings.written_directory_urls): uri for uri in targets}
    referred: set[str] = set(claimed)

    def landing(link: Link, src_uri: str) -> str | None:
        """The file a link leads to, a folder-like one's page (x/ is x.md) where there is one."""
        found = _link_target(link, src_uri, settings.written_directory_urls, by_destination)
        return found and (_page_at(found, targets) or found)

    for page in project.pages.values():
        post = any(blog.holds(page.src_uri) for blog in settings.blogs)
        for link in page.links:
            if post and link.html and _relative_path(link) is not None:
                # The blog gives the post an address of its making, and shows its excerpt on pages higher up: the
                # link cannot be judged, and is not quoted (on another page it names another file).
                project.problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    "this link in an HTML tag of a blog post is relative to the address of the page showing it: the "
                    "post, and the blog's index, archive and category pages with its excerpt, so it leads somewhere "
                    "else from each; write it as a Markdown link [text](path to the file), which the blog resolves "
                    "on every page",
                )
                continue
            if _ON_A_COMPUTER.match(clean_url(link.target, link.html)):
                project.problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    f'the link "{link.target}" is a path on a computer ("C:\\...", "file:"), which no visitor of the '
                    "site can open; put the file in evidence/, beside this item, and link to it by its name, such as "
                    "(files/photo.jpg)",
                )
                continue
            found = landing(link, page.src_uri)
            if not link.html and found not in targets:
                # MkDocs leaves a Markdown link to no file of evidence/ as written, and a browser reads it from the
                # page's address, as a link in HTML: a page's address pasted from the site (../../library/?tag=x)
                read = landing(replace(link, html=True), page.src_uri)
                if read in targets:
                    referred.add(read)
                    continue
            if found is None and _leaves_evidence(link, page.src_uri, settings):
                project.problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    # Neither quoted nor resolved: out of the project, a path may come back to any file by any name.
                    "the link on this line leads outside evidence/, and the site holds only what is in evidence/, so "
                    "it is broken or shown as plain text; put the file in evidence/ and link to it there, or link to a "
                    "web address",
                )
                continue
            if found is None or found in targets or found.rstrip("/") in folders or found == "":
                if found:
                    referred.add(found)
                continue
            if link.html:
                hint = (
                    "links in HTML tags are relative to the page's address on the site, not to the file; "
                    "write it as a Markdown link [text](path) instead, or fix the path"
                )
            elif page.body[link.end : link.end + 1] == " " and page.body[link.end + 1 : link.end + 2] not in "\"'(":
                # [the bid](Joint bid with the County): the address ends at the first space
                hint = (
                    "an address ends at its first space: link to the file by its name, with hyphens for spaces, "
                    "such as (2026-05-14-joint-bid.md), not by its title, or write the address in <angle brackets>"
                )
            else:
                hint = "fix the path (it is relative to this file) or add the file"
            # The message quotes the link: it is shown only where the path it names could be (no build names a
            # withheld file, however the link was written).
            project.problems.add(
                "broken-link",
                page.path,
                link.line,
                f'the link "{link.target}" leads to evidence/{found}, which does not exist; {hint}',
                also=[settings.display_uri(found.rstrip("/"))],
            )
    for uri in sorted(project.files - referred):
        misnamed = is_markdown(uri.lower())  # a page named ".MD", an error already
        if not (misnamed or project.site_file(uri) or project.listed_to_publish(uri)):
            project.problems.add(
                "unreferenced-file",
                settings.display_uri(uri),
                1,
                f'this file starts with front matter (---), as an item does, but its name does not end in ".md", so '
                f'it is not read as a page (and no page refers to it): rename it to "{_as_page(uri)}"'
                if _starts_as_a_page(settings, uri)
                else "no page refers to this file, so it is published to no audience; list it in the attachments of "
                "the item it belongs to, link to it from a page, or remove it",
            )


def _starts_as_a_page(settings: Settings, uri: str) -> bool:
    """Whether a file not named as Markdown starts as an item does (saved as "x.md.txt" by Notepad, or as "x" by a
    web form that was given no ending)."""
    try:
        with open(os.path.join(settings.docs_dir, uri), "rb") as file:
            start = file.read(1024).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return False
    return start.startswith(b"---") and re.search(rb"\n(title|type):", start) is not None


def _as_page(uri: str) -> str:
    """The name a file that is an item should have: its name ending in ".md" instead of ".txt" (Notepad's
    "a.md.txt" is "a.md", "notes.txt" is "notes.md"), or with ".md" added."""
    name = posixpath.basename(uri)
    if name.lower().endswith(".md.txt"):
        return name.removesuffix(".txt")
    return f"{posixpath.splitext(name)[0] if name.lower().endswith('.txt') else name}.md"


def linked_files(project: Project) -> dict[str, set[str]]:
    """The files under evidence/ (not pages) that the pages' text links to, each with the pages linking to it."""
    settings = project.settings
    by_destination = {
        destination(uri, settings.written_directory_urls): uri for uri in (*project.files, *project.pages)
    }
    root = "/" + urlsplit(settings.site_url).path.strip("/")
    root = root.rstrip("/") + "/"
    linked: dict[str, set[str]] = {}
    for uri, page in project.pages.items():
        for link in page.links:
            found = _link_target(link, uri, settings.written_directory_urls, by_destination)
            written = unquote(clean_url(link.target, link.html).split("#", 1)[0].split("?", 1)[0])
            if found is None and written.startswith(root) and not written.startswith("//"):
                found = posixpath.normpath(written[len(root) :])  # a path from the site's root
            if found in project.files:
                linked.setdefault(found, set()).add(uri)
    return linked


def _link_target(link: Link, src_uri: str, directory_urls: bool, by_destination: dict[str, str]) -> str | None:
    """The path under evidence/ a link leads to (a file, a folder ending in "/", or a path that does not exist);
    None for links that leave the site or cannot be told."""
    if not link.html:
        path = resolve(src_uri, clean_url(link.target, link.html))
        return None if path in (None, ".") else path
    url = _relative_path(link)
    if url is None:
        return None
    here = posixpath.dirname(destination(src_uri, directory_urls))
    site_path = posixpath.normpath(posixpath.join(here, url))
    if site_path.startswith("../") or site_path in ("..", "."):
        return None
    for candidate in (site_path, posixpath.join(site_path, "index.html")):
        if candidate in by_destination:
            return by_destination[candidate]
    return site_path + ("/" if url.endswith("/") else "")


def _leaves_evidence(link: Link, src_uri: str, settings: Settings) -> bool:
    """Whether a relative link climbs out of evidence/ (a Markdown link, from the file; a link in HTML, from the
    page's address) and stays out (one that climbs back in is reduced by the seal, as any link into evidence/)."""
    url = _relative_path(link)
    if url is None or only_climbs(url):  # up only: to a folder that holds the site, which the seal keeps
        return False
    here = posixpath.dirname(destination(src_uri, settings.use_directory_urls) if link.html else src_uri)
    climbed = posixpath.normpath(posixpath.join(here, url))
    if climbed != ".." and not climbed.startswith("../"):
        return False
    try:
        docs = settings.docs_dir.relative_to(settings.root).as_posix()
    except ValueError:
        return False  # evidence/ is not in the project's folder: where the link leads cannot be told
    rooted = posixpath.normpath(posixpath.join(docs, climbed))
    return rooted != docs and not rooted.startswith(docs + "/")


_ON_A_COMPUTER = re.compile(r"(?i)[a-z]:[\\/]|file:")
"""A path on the contributor's computer, pasted as a link: a drive letter (C:\\ or C:/), or a file: URL."""


def _relative_path(link: Link) -> str | None:
    """The path of a relative link (decoded, without its query and fragment); None for any other link."""
    url = unquote(clean_url(link.target, link.html).split("#", 1)[0].split("?", 1)[0])
    return None if not url or ":" in url.split("/", 1)[0] or url.startswith(("/", "\\")) else url


def _page_at(path: str, targets: frozenset[str]) -> str | None:
    """The page a folder-like link ("x/", "x") leads to: x.md (its address is x/), x/index.md or x/README.md."""
    stem = path.rstrip("/")
    names = [stem + extension for extension in MARKDOWN_EXTENSIONS]
    names += [f"{stem}/{name}{extension}" for name in ("index", "README") for extension in MARKDOWN_EXTENSIONS]
    return next((name for name in names if name in targets), None)


def clean_url(target: str, html: bool) -> str:
    """A URL as a browser reads it: character references decoded (in HTML), tabs and line breaks dropped,
    backslashes read as slashes."""
    text = unescape(target) if html else target
    return re.sub(r"[\t\n\r]", "", text).strip().replace("\\", "/")


@functools.cache
def _glob(pattern: str) -> re.Pattern[str]:
    """A `publish` pattern as a regular expression over paths under evidence/."""
    parts = re.split(r"(\*\*/?|\*|\?)", pattern.strip().lstrip("/"))
    wild = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(wild.get(part, re.escape(part)) for part in parts))


def _parents(folder: str) -> Iterable[str]:
    while "/" in folder:
        folder = folder.rsplit("/", 1)[0]
        yield folder
