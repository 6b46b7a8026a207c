"""What a build for one audience publishes, decided from data: default deny.

A file under evidence/ reaches an audience's site only when it is
- a page visible to that audience (an item at or below it; a plain page is public unless it says otherwise),
- or a file of the site itself (mkdocs.yml's extra_css, extra_javascript, logo, favicon), or one the project lists
  in the plugin's `publish` option,
- or a non-page file that a published page refers to: an attachment, or any URL in the page's rendered HTML;
  except the attachments of withheld items: a file that items list as an attachment (or read as a survey file, the
  `data` of a measure) belongs to them, and stays withheld with them, whatever else links to it or attaches it
  (items of different visibility that attach one file are told, check_shared_files).

A file is known by what it holds, not by its name: the names of one file on disk (links, hard links) are withheld
together. What a withheld page (or one with errors, in `mkdocs serve`) names, read as widely as a browser reads
(site/mentions.py), a `publish` pattern does not publish. Every other file is withheld, and counted. Generated pages
are built from the published items alone.
"""

from __future__ import annotations

import os
import posixpath
import re
import stat
import zlib
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlsplit

from ..model.item_types import ITEM_TYPES
from ..model.items import Item
from ..model.lazy_patterns import lazy_pattern
from ..model.markdown_extensions import FILE_EXTENSIONS, SAFE_EXTENSIONS
from ..model.problems import Problem, Problems
from ..model.urls import URL_SCHEME, destination, from_another_host, is_markdown
from ..model.vocabulary import AUDIENCES, WIDEST, Audience, visible_to
from ..reading.blog_authors import check_blog_authors
from ..reading.file_contents import PICTURES
from ..reading.installed import misspelt_extension, misspelt_plugin, misspelt_plugin_name
from ..reading.item_reader import FRONT_MATTER_OFFSET
from ..reading.links import Link
from ..reading.pages import Page
from ..reading.project import INTRO_URI, Project, file_links, raw_text, served_for, unread_page_text
from ..reading.settings import (
    CONFIG_NAMES,
    PLUGIN,
    Settings,
    config_line,
    configurations_without_the_plugin,
    extension_names,
    followed,
    inherited_files,
    listed_line,
    option_where,
    plugins_from_the_environment,
    unnumbered,
    written_line,
    written_site_files,
    zensical_settings_building,
)
from ..reading.theme_names import check_theme_names
from ..reading.written_front_matter import front_matter_of, reads_as_kept_page, visibility_written
from .pages import EXPORTS, TEMPLATES

if TYPE_CHECKING:
    from .mentions import Mentions
    from .own_outputs import Found


@dataclass
class Publication:
    """The pages and files of a project that one build holds, and what it withholds."""

    project: Project
    audience: Audience
    pages: frozenset[str]
    """Markdown files under evidence/ published as pages of their own (the introduction is not one: it is part of
    the overview)."""
    withheld_pages: frozenset[str]
    """Markdown files withheld from this audience (pages with errors are not counted: they stop a build)."""
    kept_back: frozenset[str] = frozenset()
    """Attachments and survey files of withheld items: withheld, even if a page links to them or a published item
    attaches or reads them too."""
    referenced: set[str] = field(default_factory=set)
    """Non-page files that published pages refer to, as found on their rendered HTML."""
    same_file: tuple[frozenset[str], ...] = ()
    """The names under evidence/ that are one file on disk (see _one_file), or hold the same (see _copies)."""
    zipped: Mapping[str, tuple[str, bool, frozenset[str]]] = field(default_factory=dict)
    """The zips that hold a copy of a file kept from the public -> the copy's name in the zip, whether it is known to
    be one (or only taken for one), and the names of what it copies (see _archives_holding)."""

    @cached_property
    def file_links(self) -> list[tuple[str, Link, str]]:
        """Each link of a page's text to a file, with the page and the file (reading.project.file_links), worked out
        when first asked: a project without `publish` patterns, site files or files kept back needs it only in
        `mkdocs serve`."""
        return list(file_links(self.project))

    @cached_property
    def _links(self) -> dict[str, set[str]]:
        """The pages that link to each file, a link to one name of a file linking to all of them."""
        linked: dict[str, set[str]] = {}
        for uri, _, found in self.file_links:
            linked.setdefault(found, set()).add(uri)
        for names in self.same_file:
            owners = set().union(*(linked.get(name, set()) for name in names))
            linked.update((name, owners) for name in names & self.project.files if owners)
        return linked

    @cached_property
    def _withheld_sources(self) -> list[tuple[str, Mentions]]:
        """What the withheld pages hold (front matter and body), the pages with errors, and the withheld files
        (attached by withheld items, or linked from withheld pages only) that a browser reads further files from (a
        page of HTML, an image of SVG, a stylesheet, a script), each read as a browser may read it, by its path."""
        from .mentions import Mentions, reads_further, texts_in  # here, as below: only `publish` patterns
        # and pages with errors need them, and `check` starts 2 ms sooner without them

        project = self.project
        sources = []
        for uri in sorted(self.withheld_pages):
            page = project.pages[uri]
            sources.append((uri, "\x00".join([*texts_in(page.meta), page.body])))
        sources += [(uri, unread_page_text(project.settings, uri) or "") for uri in project.unread_pages]
        withheld_files = self.kept_back | {
            path for path, owners in self._links.items() if owners <= self.withheld_pages
        }
        sources += [
            (uri, raw_text(project.settings, uri) or "") for uri in sorted(withheld_files) if reads_further(uri)
        ]
        return [(uri, Mentions(text)) for uri, text in sources]

    @cached_property
    def _withheld_text(self) -> Mentions:
        """All that _withheld_sources hold, as one text."""
        from .mentions import Mentions

        return Mentions.joined(mentions for _, mentions in self._withheld_sources)

    @cached_property
    def _withheld_addresses(self) -> frozenset[str]:
        """The files under evidence/ that a run of a withheld source's text leads to, read as an address (a link
        the scan of links does not read: set by attr_list, in a script, in a page of HTML) from the source's
        folder, from its address on the site and from the site's root, in any capitals, as a server answers it (a
        folder by its index.html, a page without its .html)."""
        settings = self.project.settings
        files = {path.casefold(): path for path in self.project.files}
        site = settings.site_url.casefold().rstrip("/") + "/" if settings.site_url else None
        root = "/" + urlsplit(settings.site_url).path.strip("/").casefold()
        lasts = _last_parts(files)
        found: set[str] = set()
        for uri, mentions in self._withheld_sources:
            address = destination(uri, settings.written_directory_urls) if is_markdown(uri) else uri
            folders = {posixpath.dirname(uri).casefold(), posixpath.dirname(address).casefold(), ""}
            for written in mentions.addresses():
                path = written.split("#", 1)[0].split("?", 1)[0]
                if path.rstrip("/").rsplit("/", 1)[-1] not in lasts:
                    continue
                if site and path.startswith(site):
                    path = "/" + path[len(site) :]
                if URL_SCHEME.match(path) or path.startswith("//"):
                    continue  # another site's
                rooted = path.startswith("/")
                if rooted:
                    path = path.removeprefix(root.rstrip("/")).lstrip("/")
                for folder in ("",) if rooted else folders:
                    joined = posixpath.normpath(posixpath.join(folder, path)) + ("/" if path.endswith("/") else "")
                    if joined.startswith("../") or joined in ("..", "../"):
                        continue
                    served = served_for(joined.removeprefix("./"), files)
                    if served in files:
                        found.add(files[served])
        return frozenset(found)

    @cached_property
    def _names(self) -> dict[str, frozenset[str]]:
        """The names of each file that has several (see _one_file)."""
        return {name: names for names in self.same_file for name in names}

    @cached_property
    def _linked_back(self) -> dict[str, bool]:
        """linked_back of each file asked about so far (the files a pattern matches are asked about more than once)."""
        return {}

    def linked_back(self, src_uri: str) -> bool:
        known = self._linked_back.get(src_uri)
        if known is None:
            known = self._linked_back[src_uri] = self._only_withheld_refer_to(src_uri)
        return known

    def _only_withheld_refer_to(self, src_uri: str) -> bool:
        """Whether only withheld pages (or pages with errors) refer to a file, under any of its names: a pattern of
        the `publish` option does not publish it. A withheld page is read wider than its links: any mention of the
        file's name in its text counts (in a style's url(), an attribute attr_list sets, an escape, a full address),
        so that what the scan of links misses does not publish the file."""
        owners = self._links.get(src_uri, set())
        if owners - self.withheld_pages:  # a published page links to it
            return False
        names = self._names.get(src_uri, frozenset({src_uri}))
        addressed = self._withheld_addresses
        return bool(owners) or any(
            name in addressed or self._withheld_text.name(posixpath.basename(name)) for name in names
        )

    def shown_to_everyone(self, src_uri: str, attached: Container[str]) -> bool:
        """Whether a public build is known to publish a page or file from what the project's files say: a public
        page, or a file no withheld item keeps that a public item attaches (of `attached`, the public items'
        attachments and survey files) or a published page links to."""
        if src_uri in self.pages:
            return True
        if src_uri not in self.project.files or src_uri in self.kept_back:
            return False
        return src_uri in attached or bool(self._links.get(src_uri, set()) - self.withheld_pages)

    @property
    def items(self) -> list[Item]:
        return [page.item for uri, page in self.project.pages.items() if page.item and uri not in self.withheld_pages]

    @property
    def intro_published(self) -> bool:
        intro = self.project.intro
        return intro is not None and INTRO_URI not in self.withheld_pages

    def kept_for_good(self, src_uri: str) -> bool:
        """Whether this build withholds a file whatever its pages refer to: one only withheld items attach, or only
        withheld pages refer to."""
        return src_uri in self.kept_back or self.linked_back(src_uri)

    @property
    def candidates(self) -> frozenset[str]:
        """Non-page files that a published page may publish by referring to them."""
        return self.project.files - self.kept_back

    def on_its_own(self, src_uri: str) -> bool:
        """Whether a file is published whatever refers to it: a file of the site itself, or one the `publish`
        option names, unless withheld items attach it, or only withheld pages refer to it (those stay withheld,
        whatever a pattern or mkdocs.yml says: a hostile review published a file only an internal page linked to,
        named as the site's logo)."""
        project = self.project
        if src_uri in self.kept_back:
            return False
        if project.listed_to_publish(src_uri):
            return not self.linked_back(src_uri)
        return project.site_file(src_uri) and not self.linked_by_withheld_only(src_uri)

    @cached_property
    def withheld_site_files(self) -> frozenset[str]:
        """The files of evidence/ mkdocs.yml names for every page (extra_css, extra_javascript, logo, favicon) that
        this build withholds: no page's head names them (Build.names_withheld), and check_site_files_withheld tells
        of them."""
        project = self.project
        return frozenset(uri for uri in project.settings.site_files & project.files if not self.on_its_own(uri))

    def linked_by_withheld_only(self, src_uri: str) -> bool:
        """Whether pages link to a file, under any of its names, and every one of them is withheld: a file of the
        site itself (a logo, a stylesheet) is not withheld for a mere mention of its name in a withheld page's text,
        which a guide to the site makes (a review of the change), as a file a pattern publishes is."""
        owners = set().union(*(self._links.get(name, set()) for name in self._names.get(src_uri, {src_uri})))
        return bool(owners) and owners <= self.withheld_pages

    def file_published(self, src_uri: str) -> bool:
        """Whether a non-page file under evidence/ is in the site (final once every page has been sealed)."""
        if src_uri not in self.project.files:
            return False
        return self.on_its_own(src_uri) or (src_uri in self.referenced and src_uri not in self.kept_back)

    def published(self, src_uri: str) -> bool:
        """Whether a file under evidence/ (a page or another file) is in the site."""
        return src_uri in self.pages or (src_uri == INTRO_URI and self.intro_published) or self.file_published(src_uri)

    @property
    def withheld_files(self) -> list[str]:
        return sorted(uri for uri in self.project.files if not self.file_published(uri))

    @property
    def withheld_items(self) -> int:
        """The items the build leaves out (portfolio.json's `withheld_items`): `withheld_item_pages`, and those
        mkdocs.yml leaves out of every build."""
        return self.withheld_item_pages + self._left_out_items

    @property
    def withheld_item_pages(self) -> int:
        """The pages withheld from the build's audience that are items."""
        return sum(1 for uri in self.withheld_pages if self.project.pages[uri].item)

    @cached_property
    def _left_out_items(self) -> int:
        """The pages mkdocs.yml leaves out of every build (exclude_docs, draft_docs) that read as items (an item
        type in their front matter): withheld items too (an outside review counted none)."""
        settings = self.project.settings
        left_out = [uri for uri in self.project.tree.skipped if settings.left_out and settings.left_out_by_mkdocs(uri)]
        read = (front_matter_of(settings.docs_dir / uri) for uri in left_out if is_markdown(uri))
        return sum(1 for meta in read if meta is not None and meta.get("type", "") in ITEM_TYPES)

    @property
    def withheld(self) -> int:
        """Every file under evidence/ that the build leaves out for its audience (and those MkDocs leaves out of
        every build: dot-files, evidence/templates/)."""
        return len(self.withheld_pages) + len(self.withheld_files) + len(self.project.tree.skipped)

    def discloses(self, path: str) -> bool:
        """Whether the build may name the file at `path` (relative to the project root, "../" and all): a file of
        evidence/ (by its path, or where its links lead) when it is published; outside it, the project's framework
        and mkdocs.yml; nothing else (a path out of the project may come back into evidence/, and a build's own
        output holds the names of what it withheld)."""
        settings = self.project.settings
        if Path(path).is_absolute():
            return False
        root, docs = Path(os.path.abspath(settings.root)), Path(os.path.abspath(settings.docs_dir))
        where = Path(os.path.normpath(root / path))
        real, real_docs = followed(where), docs.resolve()
        if where.is_relative_to(docs):
            return self.published(where.relative_to(docs).as_posix())
        if real is None:  # a link that leads round in a loop: it leads to nothing to name
            return False
        if real.is_relative_to(real_docs):
            return self.published(real.relative_to(real_docs).as_posix())
        own = (settings.framework, settings.config_file or settings.root / "mkdocs.yml")
        return real in {Path(os.path.abspath(file)).resolve() for file in own}


SAFE_PLUGINS: dict[str, frozenset[str]] = {
    PLUGIN: frozenset(("evidence_portfolio.plugin",)),
    "search": frozenset(("material.plugins.search.plugin", "mkdocs.contrib.search", "properdocs.contrib.search")),
    **{
        name: frozenset((f"material.plugins.{name}.plugin",))
        for name in ("tags", "blog", "meta", "offline", "group", "typeset")
    },
    "awesome-pages": frozenset(("mkdocs_awesome_pages_plugin.plugin",)),
    "glightbox": frozenset(("mkdocs_glightbox.plugin",)),
    "git-revision-date-localized": frozenset(("mkdocs_git_revision_date_localized_plugin.plugin",)),
    "minify": frozenset(("mkdocs_minify_plugin.plugin",)),
}
"""The plugins known to put into the site nothing the portfolio has not sealed, and to read no file under evidence/
into a page, by name, with the modules their classes come from (MkDocs' search; Material's search, tags, blog, meta,
offline, group and typeset; awesome-pages, glightbox, git-revision-date-localized, and minify without `cache_safe`):
any other is refused in builds narrower than internal, since a plugin may copy any file into a page
(include-markdown), render a page as a template that reads every item (markdownextradata, table-reader), or write
files after the seal (a feed, a redirect page, a social card drawn from a withheld image). A plugin named with
another namespace than Material's is another plugin; and in a build, where MkDocs has loaded them, each is judged by
its class too (`/tags` in mkdocs.yml loads any other package's plugin called tags, and MkDocs lists it as `tags`)."""
COPYING_PLUGINS = {
    "optimize": "copies the images under evidence/ to the site itself, before the portfolio withholds any",
    "privacy": "writes stylesheets and scripts under evidence/ to the site itself, before the portfolio withholds any",
    "projects": "builds other MkDocs projects into the site without the portfolio plugin (they may read evidence/)",
}
"""Plugins that write files to the site themselves, where the portfolio cannot withhold them: refused in builds
narrower than internal."""
TEMPLATING_PLUGINS = {
    "macros": "renders every page as a Jinja template, which can read every item of the portfolio and any file",
}
"""Plugins that render what contributors write as templates with the whole configuration in reach (the portfolio's
project, every item of it): refused in builds narrower than internal."""


def _plugin_line(name: str) -> str:
    """A line of mkdocs.yml listing the plugin of short name `name` (`- tags`, `- material/tags:`, `- /tags`)."""
    return r"^\s*-?\s*['\"]?/?(material/)?" + re.escape(name) + r"['\"]?\s*(:|$|#)"


class _Way(NamedTuple):
    """A way into evidence/, or into a site the portfolio built, found in a folder an extension or the theme reads."""

    path: Path
    what: str
    """What it is: "this symbolic link leads to ..."."""
    reaches: str
    """What may be read through it."""
    link: bool = True
    """Whether it is a link (else a file the folder holds: a copy of a portfolio's)."""


_EVIDENCE = "files under evidence/"
_BUILT = "the files of a site the portfolio built (one built for a wider audience holds withheld items)"
_BUILT_OR_ANY = "any file, a page of a site the portfolio built for a wider audience among them,"
_SHORTEST_COPY = 8
"""Files shorter than this many bytes are not compared (two files holding one blank line are no copy; a door's code
with its name, "Door: 4821#", is longer)."""


def _ways_into(base: Path, docs: Path, root: Path, audience: Audience) -> Iterator[_Way]:
    """The files of the folder `base` that are ways into `docs` (a symbolic link into it, or to a folder holding it;
    a hard link to one of its files), or into a site the portfolio built (a build for a wider audience, in another
    folder of the project), or that hold what `audience` may not see (a copy of a file under `docs`, a page kept by
    its front matter, one of the portfolio's outputs made for a narrower audience: a hostile review put an internal
    build's evidence.csv in the theme's folder and the snippets' folder), with what each is: every one, so that one
    check names them all (a hostile review met one a run). The folders that links lead to are searched too, and
    `base` is one such way where it is in a built site itself (a folder between it and the project's folder
    `root`)."""
    resolved = followed(base)
    if resolved is None:  # a link that leads round in a loop: nothing can be read through it
        return
    site = _built_site(resolved, root)
    if site is not None:
        yield _Way(base, f"this is in {site}, a site the portfolio built (it holds portfolio.json)", _BUILT)
        return
    if base.is_file():  # a snippets base_path may name a file (kept by its front matter too: a review)
        evidence = _Evidence(docs)
        way = _hard_link(base, evidence.inodes) if base.stat().st_nlink > 1 else None
        way = way or _holding(base, base.stat().st_size, evidence, audience)
        yield from [way] if way else []
        return
    pending: list[tuple[Path, bool]] = [(base, False)]
    seen: dict[Path, bool] = {}
    """Each folder walked, and whether only as a part of a `.git` folder (where less is looked for): one reached
    outside it too is walked again (a hostile review led a link out of `.git` and one beside it to one folder)."""
    evidence = _Evidence(docs)
    while pending:
        folder, in_git = pending.pop()
        real = followed(folder)
        if real is None or (real in seen and (in_git or not seen[real])) or not real.is_dir():
            continue
        seen[real] = in_git
        if _is_built_site(real):
            yield _Way(folder, "this folder is a site the portfolio built (it holds portfolio.json)", _BUILT)
            continue
        project = next((real / name for name in CONFIG_NAMES if (real / name).is_file()), None)
        if project is not None and not in_git:
            yield _Way(
                folder / project.name,
                "this file makes its folder a MkDocs project, perhaps another copy of this portfolio (a clone, a "
                "submodule, a worktree)",
                "the project's pages, withheld items among them,",
                link=False,
            )
            continue
        found: list[tuple[Path, bool]] = []
        for entry in sorted(os.scandir(folder), key=lambda entry: entry.name):
            path = Path(entry.path)
            if entry.is_symlink():
                target = followed(path)
                if target is None:
                    continue
                if target.is_relative_to(docs) or docs.is_relative_to(target):
                    yield _Way(path, f"this symbolic link leads to {target}", _EVIDENCE)
                elif (site := _built_site(target, root)) is not None:
                    yield _Way(path, f"this symbolic link leads to {target}, in a site the portfolio built", _BUILT)
                elif target.is_dir():
                    found.append((path, in_git))
                elif not in_git and target.is_file():  # (read through the link, as the file itself: a review)
                    way = _holding(path, target.stat().st_size, evidence, audience)
                    yield from [way] if way else []
            elif entry.is_dir():  # a clone's own .git: its objects are hard links (and compressed text), not ways
                found.append((path, in_git or entry.name == ".git"))
            elif entry.is_file() and entry.stat().st_nlink > 1:
                way = _hard_link(path, evidence.inodes)
                if not in_git or way.reaches == _EVIDENCE:
                    yield way
            elif entry.is_file() and (way := _holding(path, entry.stat().st_size, evidence, audience, in_git)):
                yield way
        pending += reversed(found)  # the folders in name order, the first taken first


def _holding(path: Path, size: int, evidence: _Evidence, audience: Audience, in_git: bool = False) -> _Way | None:
    """The file at `path` (of `size`: a symbolic link to one, read through it, or the file itself) as a way to what
    `audience` may not see, where it holds it: a copy of a file under evidence/, a page kept by its front matter, or
    one of the portfolio's outputs made for a narrower audience (_made_beyond); in a `.git` folder (`in_git`), a
    copy alone."""
    copied = _copy_of(path, size, evidence.sizes)
    if copied is not None and not _shipped(path):
        what = f"this file is a copy of {copied.relative_to(evidence.docs.parent).as_posix()}, perhaps withheld"
        return _Way(path, what, "it", link=False)
    if in_git:
        return None
    if reads_as_kept_page(path):
        what = "this file reads as a page of a portfolio kept from some audience (its front matter says so)"
        return _Way(path, what, "it", link=False)
    return _made_beyond(path, audience)


def _made_beyond(path: Path, audience: Audience) -> _Way | None:
    """The file at `path` as a way to what `audience` may not see, where it is one of the portfolio's own outputs
    made for a narrower audience (made_for: its data, its items, its pack's PDF, a page of its site, a zip of them);
    None for any other (a page there is judged by its front matter: reads_as_kept_page)."""
    from .own_outputs import UNKNOWN

    stamp = _stamp(path)
    made = _made(path, *stamp) if stamp else None  # (a theme's encrypted zip, which says nothing: no output, a review)
    if made is None or AUDIENCES.index(made[0]) <= AUDIENCES.index(audience) or UNKNOWN in made[1]:
        return None
    return _Way(path, f"this file is {made[1]}", "it", link=False)


class _Evidence:
    """The files under evidence/, walked once when first asked about (a folder an extension reads may need both)."""

    def __init__(self, docs: Path) -> None:
        self.docs = docs

    @cached_property
    def _statuses(self) -> list[tuple[Path, os.stat_result]]:
        found = []
        for folder, _, names in os.walk(self.docs):
            for name in names:
                file = Path(folder, name)
                try:
                    found.append((file, os.stat(file, follow_symlinks=False)))
                except OSError:
                    continue
        return found

    @cached_property
    def inodes(self) -> set[tuple[int, int]]:
        """The files by device and inode (what hard links share)."""
        return {(status.st_dev, status.st_ino) for _, status in self._statuses}

    @cached_property
    def sizes(self) -> dict[int, list[Path]]:
        """The files by their size in bytes."""
        found: dict[int, list[Path]] = {}
        for file, status in self._statuses:
            found.setdefault(status.st_size, []).append(file)
        return found


def _copy_of(path: Path, size: int, sizes: dict[int, list[Path]]) -> Path | None:
    """The file under evidence/ that `path` is a copy of, byte for byte (an item's source, an attachment), if any."""
    alike = sizes.get(size)
    if not alike or size < _SHORTEST_COPY:
        return None
    try:
        content = path.read_bytes()
        return next((file for file in alike if file.read_bytes() == content), None)
    except OSError:
        return None


def _shipped(path: Path) -> bool:
    """Whether a file is, byte for byte, one the portfolio's own templates hold under its name (its script or
    stylesheet, which every build publishes): copied into a theme's folder, as a portfolio made from the template
    repository has them, it is no way into a withheld file (an engine review: a site unzipped under evidence/ made
    every build refuse the theme's own script, and told to delete it)."""
    try:
        content = path.read_bytes()
        return any(file.read_bytes() == content for file in TEMPLATES.rglob(path.name) if file.is_file())
    except OSError:
        return False


def _hard_link(path: Path, inodes: set[tuple[int, int]]) -> _Way:
    """A file with other names (a hard link, which git cannot carry: made on this computer, as `cp -al` makes them):
    one under evidence/, or perhaps in a site built for a wider audience (a hostile review linked a built page)."""
    status = path.stat()
    if (status.st_dev, status.st_ino) in inodes:
        return _Way(path, "this file is a hard link to a file under evidence/", _EVIDENCE)
    return _Way(path, "this file is a hard link, another name of a file elsewhere (git keeps none)", _BUILT_OR_ANY)


_SITE_FILES = ("index.html", "sitemap.xml", "404.html", "search/search_index.json")
"""Files at the root of a site MkDocs built."""


def _built_site(path: Path, root: Path) -> Path | None:
    """The site the portfolio built that `path` (a resolved path) is in, or is itself: a build for a wider audience
    in another folder of the project (`.ci/run` builds site-internal/ before site-public/) holds withheld items. The
    project's folder `root` is no site (no build writes into it), whatever it holds: a saved portfolio.json, say."""
    for folder in (path, *path.parents):
        if folder == root:
            break
        if _is_built_site(folder):
            return folder
    return None


def _is_built_site(folder: Path) -> bool:
    """Whether `folder` is a site the portfolio built: it holds a file every build writes at the site's root, beside
    another (or a page of a site): a portfolio.json saved alone, an export, is not one (a second review found a
    folder above the project refused), one of them removed from a site is (a third review's way past)."""
    marks = sum((folder / name).is_file() for name in EXPORTS)  # (every site the portfolio builds holds them)
    return marks == len(EXPORTS) or (marks > 0 and any((folder / name).is_file() for name in _SITE_FILES))


def turned_off(audience: Audience, deploying: bool) -> str | None:
    """Why a build for `audience` with the plugin turned off (`enabled: false`) must stop: MkDocs alone publishes
    every page under evidence/, which only the internal audience may see, and `mkdocs gh-deploy` (`deploying`)
    publishes what it builds to everyone."""
    off = "the portfolio plugin is turned off (enabled: false in mkdocs.yml), so MkDocs would publish every Markdown "
    if deploying:
        return (
            off + "file under evidence/, internal items included, and mkdocs gh-deploy publishes the site to everyone; "
            "turn the plugin back on, and deploy the public build (PORTFOLIO_AUDIENCE=public mkdocs gh-deploy)"
        )
    if audience == "internal":
        return None
    return (
        off + f"file under evidence/, internal items included, to the {audience} audience; turn the plugin back on, "
        "or build for the internal audience"
    )


def docs_dir_refused(settings: Settings) -> Problem | None:
    """Why a project whose docs_dir is the folder of mkdocs.yml cannot be built, at docs_dir's line: every file
    beside mkdocs.yml would be a page or a file of the site (MkDocs refuses it, when it reads mkdocs.yml by its full
    path). One error, where each file beside mkdocs.yml would be one."""
    config = settings.config_file
    if config is None or settings.docs_dir.resolve() != config.parent.resolve():
        return None
    shown = settings.display(config)
    message = (
        f'docs_dir "{settings.display(settings.docs_dir) or "."}" is the folder of {shown} itself: every file beside '
        f"{shown} (framework.yml, README.md, the site's own folder) would be a page or a file of the site; keep the "
        "items in a folder of their own and name it, such as docs_dir: evidence"
    )
    return Problem(shown, config_line(config, r"^docs_dir\s*:"), "error", "project-setup", message)


_CSS_LOADS = lazy_pattern(
    r"""(?:url\(\s*(["']?)(?P<url>[^"')\s(]{1,2048})\1\s*\)|@import\s+(["'])(?P<imported>[^"'\n]{1,2048})\3)""",
    re.I,
)
"""What a stylesheet loads: `url(...)`, quoted or not, and `@import "..."`."""
_LARGEST_STYLESHEET = 2_000_000
"""The most bytes of a stylesheet looked through (Material's own, the largest, is about 150 KB)."""


def _without_css_comments(text: str) -> str:
    """A stylesheet's text without its comments (`/* ... */`), their line breaks kept, one look at each character (a
    regular expression took minutes on a stylesheet of comments never closed: a review of the change); one left open
    hides the rest, as a browser reads it."""
    kept: list[str] = []
    at = 0
    while (start := text.find("/*", at)) >= 0:
        end = text.find("*/", start + 2)
        kept += [text[at:start], "\n" * text.count("\n", start, len(text) if end < 0 else end)]
        if end < 0:
            return "".join(kept)
        at = end + 2
    return "".join([*kept, text[at:]])


def _stylesheets_loading_from_elsewhere(settings: Settings) -> Problems:
    """A warning at its line of each stylesheet of the project's own that mkdocs.yml loads on every page (extra_css,
    saved under evidence/ or the theme's custom_dir) that loads a font, a picture or another stylesheet from another
    host (`@import url("https://fonts...")`): every page would, the assessor's copy opened from disk too, which the
    check said nothing of (an assessor's review)."""
    problems = Problems()
    folders = [settings.docs_dir, *([settings.custom_dir] if settings.custom_dir else [])]
    for url in settings.extra_css:
        path = settings.path_of(url)
        found = next((folder / path for folder in folders if path and (folder / path).is_file()), None)
        if found is None or ".." in path.split("/"):
            continue
        try:
            with found.open("rb") as file:
                text = file.read(_LARGEST_STYLESHEET).decode("utf-8", "replace")
        except OSError:
            continue
        text = _without_css_comments(text)
        for loaded in _CSS_LOADS.finditer(text):
            address = loaded["url"] or loaded["imported"] or ""
            if not from_another_host(address, settings.site_host):
                continue
            problems.add(
                "loads-from-elsewhere",
                settings.display(found),
                text.count("\n", 0, loaded.start()) + 1,
                f'this stylesheet, which extra_css in mkdocs.yml loads on every page, loads "{address}" from another '
                "host: every page would, internal ones too, telling that host who reads them, and a copy opened from "
                "disk (the assessor's pack) cannot load it; save the file (a font, a picture) in the project and name "
                "it by its path from this stylesheet, or remove the line",
            )
            break  # (told once a stylesheet, at the first)
    return problems


def site_dir_refused(site_dir: str, docs_dir: str, kept: Iterable[str] = ()) -> str | None:
    """Why the site could not be written into `site_dir` (a folder on a read-only disk, or under a file), said
    before anything is built: MkDocs and its plugins ended in a traceback there (a review of malformed input). Or
    should not be: into `docs_dir` through a symbolic link, which MkDocs does not follow (an engine review: an
    internal site written where contributors add files); nor, through one, into a folder holding `docs_dir` or
    the project's files that a build reads (`kept`: mkdocs.yml, the framework file, the theme's custom_dir), which a
    build empties first (hostile reviews: `mkdocs build -d LINK`, a link to the project, deleted it)."""
    folder = Path(site_dir)
    broken = next((path for path in (folder, *folder.parents) if path.is_symlink() and not path.exists()), None)
    if broken is not None:  # (a traceback of Material's tags plugin: a false-positive review)
        return (
            f"the site cannot be written into {site_dir}: {broken} is a symbolic link to {os.readlink(broken)}, which "
            "does not exist; make that folder, or build into another one: mkdocs build -d FOLDER"
        )
    existing = next((path for path in (folder, *folder.parents) if path.exists()), None)
    if existing is None:
        return None
    docs = Path(docs_dir).resolve()
    if existing.resolve().is_relative_to(docs):
        return (
            f"the site would be written into {existing.resolve()}, inside {docs_dir} (through a symbolic link), where "
            "its pages would be read as the portfolio's own; build into a folder outside it: mkdocs build -d FOLDER"
        )
    # (os.path's, which say no more of a name too long for the system than that it is no folder: a fuzz)
    held = [
        docs,
        *(
            Path(os.path.realpath(path) if os.path.isdir(path) else os.path.dirname(os.path.realpath(path)))
            for path in kept
        ),
    ]
    if existing == folder and any(inside.is_relative_to(folder.resolve()) for inside in held):
        return (
            f"the site would be written into {folder.resolve()}, which holds the project's own files (through a "
            "symbolic link), and a build empties its folder first; build into a folder of its own: mkdocs build -d "
            "FOLDER"
        )
    if not existing.is_dir():
        return (
            f"the site cannot be written into {site_dir}: {existing} is a file, not a folder; build into another "
            "folder (mkdocs build -d FOLDER), or name one in mkdocs.yml as site_dir"
        )
    if not os.access(existing, os.W_OK | os.X_OK):
        return (
            f"the site cannot be written into {site_dir}: the folder {existing} may not be written to (a read-only "
            "disk, or another user's folder); build into a folder you may write in: mkdocs build -d FOLDER"
        )
    return None


def deploy_refused(settings: Settings) -> str | None:
    """Why `mkdocs gh-deploy` of a build must stop: it publishes the site to everyone, and the build is for a
    narrower audience than the public that mkdocs.yml does not allow by name (`allow_gh_deploy`)."""
    if settings.audience == "public" or settings.audience in settings.allow_gh_deploy:
        return None
    return (
        f"mkdocs gh-deploy publishes the site to everyone, and this build is for the {settings.audience} audience; "
        "deploy the public build (PORTFOLIO_AUDIENCE=public mkdocs gh-deploy), or allow this one by name in "
        f"mkdocs.yml: allow_gh_deploy: [{settings.audience}] in the portfolio plugin's options"
    )


def _last_parts(files: Iterable[str]) -> set[str]:
    """What the last part of an address must be to lead to one of `files` (most runs of a text are words, which need
    no resolving): a file's name, a page of HTML's without .html, its folder's for an index, or a folder of dots."""
    lasts = {"", ".", ".."}
    for path in files:
        folder, name = posixpath.split(path)
        stem, extension = posixpath.splitext(name)
        html = extension in (".html", ".htm")
        lasts.update((name, stem if html else name, posixpath.basename(folder) if stem == "index" else name))
    return lasts


def check_before_other_plugins(settings: Settings, pages: Mapping[str, Page] | None = None) -> Problems:
    """What stops another plugin as MkDocs configures it, before any page, in a traceback or with no line (so the
    plugin checks it first, at priority 100): a theme's language or icon Material does not have (its search plugin
    reads the language), a blog's authors file the blog refuses; with `pages`, the authors the blog's posts name
    too (check_blog_authors)."""
    return Problems(check_theme_names(settings) + check_blog_authors(settings, pages))


def check_setup(settings: Settings) -> Problems:
    """Settings that would let a page publish what its audience may not see: errors in every build (the plugin not
    on, in Material's group, or on twice), and in builds narrower than internal (the rest)."""
    problems = Problems()
    docs, root = settings.docs_dir.resolve(), settings.root.resolve()
    config = settings.display(settings.config_file or settings.root / "mkdocs.yml")

    def refuse(setting: str, message: str) -> None:
        """A setting of mkdocs.yml, at the first line `setting` (a pattern) is found on."""
        problems.add("unsafe-setting", config, config_line(settings.config_file, setting), message)

    refused: set[tuple[Path, str]] = set()

    def refuse_link(way: _Way, message: str) -> None:
        """A link (found by _ways_into) that leads into evidence/ or a built site, at the link itself, once (two
        base_paths may hold one folder)."""
        if (way.path, message) not in refused:
            refused.add((way.path, message))
            problems.add("unsafe-setting", settings.display(way.path), 1, message)

    listed_off = PLUGIN in map(unnumbered, settings.plugin_names)  # listed, with `enabled: false`
    if (
        settings.config_file is not None
        and settings.config_file.is_file()
        and PLUGIN not in settings.plugins
        and not misspelt_plugin(settings)  # said once, at its own line, with the name meant (check_installed)
    ):
        everything = (
            f"so `mkdocs build` would publish every Markdown file under {settings.display(settings.docs_dir)}/ as a "
            "page, internal items included"
        )
        if listed_off:  # at the option's line, not at plugins: with "add `- portfolio`" (a differential review)
            shown, line = option_where(settings.config_file, settings.root, "enabled")
            problems.add(
                "unsafe-setting",
                shown,
                line,
                f"the portfolio plugin is turned off (enabled: false), {everything}; remove `enabled: false`",
            )
        else:
            refuse(
                r"plugins\s*:",
                f"{config} does not turn the portfolio plugin on, {everything}; add `- portfolio` under `plugins:`",
            )
    others = settings.config_file and configurations_without_the_plugin(
        settings.root, settings.config_file, settings.docs_dir
    )
    for file, line, kind in others or ():
        what = {
            "inherits": f"this file INHERITs {config} and lists plugins of its own without the portfolio plugin",
            "own": "this file is a MkDocs configuration (a site_name) whose docs_dir holds "
            f"{settings.display(settings.docs_dir)}/ or is inside it, and whose plugins leave the portfolio plugin out "
            "(or off: `enabled` false or given by an environment variable, or in Material's group without `enabled: "
            "true`)",
            "environment": "an environment variable gives this file's INHERIT or docs_dir, which may then lead to "
            f"{settings.display(settings.docs_dir)}/ without the portfolio plugin",
            "linked": "this file is a MkDocs configuration without the portfolio plugin whose docs_dir holds a "
            f"symbolic link to {settings.display(settings.docs_dir)}/ or into it, which MkDocs follows",
            "base": f"{config} INHERITs this file, which is a MkDocs configuration of its own (a site_name) whose "
            f"docs_dir holds {settings.display(settings.docs_dir)}/ or is inside it, without the portfolio plugin",
        }[kind]
        fix = {
            "environment": "write the file INHERIT reads, and docs_dir, as plain names",
            "linked": "delete the link, or add portfolio to its plugins",
            "base": f"move its docs_dir (or its site_name) into {config}",
        }.get(kind, "add portfolio to its plugins, or remove the file")
        problems.add(
            "unsafe-setting",
            settings.display(file),
            line,
            f"{what}, so `mkdocs build -f {settings.display(file)}` (or `mkdocs gh-deploy -f`) would publish every "
            f"Markdown file under {settings.display(settings.docs_dir)}/ as a page, internal items included; {fix}",
        )
    for file, line, read in zensical_settings_building(settings.root, settings.docs_dir):
        what = (
            f"this file's docs_dir holds {settings.display(settings.docs_dir)}/, is inside it or holds a symbolic link "
            "to it"
            if read
            else "this file cannot be read as TOML 1.0, of which Zensical reads more, and its docs_dir is not "
            "written plainly (a text on one line under [project]), so it may build "
            f"{settings.display(settings.docs_dir)}/"
        )
        problems.add(
            "unsafe-setting",
            settings.display(file),
            line,
            f"{what}, and Zensical runs no plugin, so `zensical build -f {settings.display(file)}` would publish every "
            "Markdown file there to everyone, internal items included; keep the guard's docs_dir, which names no "
            "folder, and build for Zensical from the folder `portfolio generate --audience A --out DIR` writes",
        )
    for file, line in plugins_from_the_environment(settings.config_file):
        problems.add(
            "unsafe-setting",
            settings.display(file),
            line,
            "an environment variable (!ENV) decides here which plugins a build runs, so a build may run without the "
            "portfolio plugin, and MkDocs alone would publish every Markdown file under "
            f"{settings.display(settings.docs_dir)}/, internal items included, whatever `portfolio check` saw; name "
            "the plugins (and the file INHERIT reads) themselves, and take only their options from the environment",
        )
    if settings.grouped:
        refuse(
            r"^\s*-?\s*(material/)?group\s*:",
            "the portfolio plugin is inside Material's group plugin, which tells the plugins it holds that the "
            "command is a build, so `mkdocs gh-deploy` would publish a build for any audience to everyone; list "
            "`- portfolio` directly under `plugins:`",
        )
    if [name for name, _ in settings.plugin_entries].count(PLUGIN) > 1:
        listed = _plugin_line(PLUGIN)  # at the second entry (not at `plugins:`, above the first)
        problems.add(
            "unsafe-setting",
            config,
            config_line(settings.config_file, listed, after=listed),
            f"{config} turns the portfolio plugin on more than once: each would build the portfolio, for its own "
            "audience, into the same site; keep one `- portfolio` under `plugins:`",
        )
    for key, files in (
        ("extra_css", settings.extra_css),
        ("extra_javascript", settings.extra_javascript),
        ("extra.polyfills", settings.polyfills),
    ):
        for url in files:
            if from_another_host(url, settings.site_host):
                problems.add(
                    "loads-from-elsewhere",
                    config,
                    config_line(settings.config_file, re.escape(url)),
                    f'{key} loads "{url}" from another host on every page, internal ones too: what it loads reads '
                    "each page it is on and may send it anywhere, and a copy opened from disk (the assessor's pack) "
                    "cannot load it; save the file in a folder of the project (extra_css and extra_javascript "
                    "name it there), or remove the line",
                )
    problems.extend(_stylesheets_loading_from_elsewhere(settings))
    for key, shown, picture in (("logo", "logo", settings.logo), ("favicon", "icon", settings.favicon)):
        if picture and from_another_host(picture, settings.site_host):  # (an assessor's review: a broken logo, unsaid)
            problems.add(
                "loads-from-elsewhere",
                config,
                config_line(settings.config_file, rf"^\s+{key}\s*:"),
                f'theme.{key} shows "{picture}" from another host on every page: the site\'s pages show pictures '
                "from the site alone, so that no other website learns who reads them, and a copy opened from disk "
                f"(the assessor's pack) cannot load it, so every page goes without its {shown}; "
                f"save the file in evidence/ (or the theme's custom_dir) and name it by its path there, such as "
                f"{key}: images/{key}.png",
            )
    if settings.analytics:
        problems.add(
            "loads-from-elsewhere",
            config,
            config_line(settings.config_file, r"^\s+analytics\s*:"),
            f"extra.analytics has every page load {settings.analytics}'s script, which sends it each page's address "
            "and title, internal ones too; leave analytics out of mkdocs.yml, or out of every build but the public "
            "one (INHERIT a file that adds it)",
        )
    if settings.audience == "internal":
        return problems
    for base in settings.snippet_bases:
        if docs.is_relative_to(base) or base.is_relative_to(docs):
            where = settings.display(base) if base != settings.root else "."
            why = (
                "restrict_base_path is off, or url_download on: it may read any file or address"
                if base == Path(base.anchor)
                else f"its base_path {where} holds evidence/"
            )
            refuse(
                re.escape("pymdownx.snippets"),
                f"pymdownx.snippets may copy any file under evidence/ into a page ({why}), so a page could show an "
                f"item withheld from the {settings.audience} audience; set its base_path to a folder outside "
                "evidence/, such as snippets/, with restrict_base_path on and url_download off",
            )
    for base in settings.snippet_bases:
        if docs.is_relative_to(base) or base.is_relative_to(docs):
            continue
        for way in _ways_into(base, docs, root, settings.audience):
            refuse_link(
                way,
                f"{way.what}: pymdownx.snippets, which follows links, may copy {way.reaches} through it into "
                f"any page, so a page could show an item withheld from the {settings.audience} audience; replace it "
                "with a copy of the text you mean to share"
                if way.link
                else f"{way.what}: pymdownx.snippets may copy {way.reaches} into any page, so a page could show an "
                f"item withheld from the {settings.audience} audience; keep in the folders of its base_path only "
                "copies of the texts you mean to share",
            )
    for name in dict.fromkeys(extension_names(settings.markdown_extensions)):
        if name not in SAFE_EXTENSIONS | FILE_EXTENSIONS and (
            settings.loaded_by_mkdocs or not misspelt_extension(name)
        ):
            problems.add(
                "unsafe-setting",
                config,
                listed_line(settings.config_file, "markdown_extensions", name),
                f"the Markdown extension {name} is not one the portfolio knows to read no file into a page, and an "
                "extension may copy any file under evidence/ into a page (Zensical's include_markdown does), so a "
                f"page could show an item withheld from the {settings.audience} audience; leave it out of builds for "
                f"the {settings.audience} audience (docs/confidentiality.md lists the extensions that are allowed)",
            )
    if any(name == "minify" and options.get("cache_safe") for name, options in settings.plugin_entries):
        refuse(
            re.escape("cache_safe"),
            "the minify plugin's cache_safe reads the stylesheets and scripts it names from evidence/ itself, before "
            "the portfolio withholds any, and writes them into the site, so it could publish a file withheld from the "
            f"{settings.audience} audience; turn cache_safe off in builds for the {settings.audience} audience",
        )
    for name, what in (COPYING_PLUGINS | TEMPLATING_PLUGINS).items():
        if name in settings.plugins:
            refuse(
                re.escape(name),
                f"the {name} plugin {what}, so it could publish a file withheld from the {settings.audience} audience; "
                f"leave it out of builds for the {settings.audience} audience (set its `enabled: false`)",
            )
    may_publish = (
        "a plugin may read any file under evidence/ into a page, or write one to the site, so a page could show an "
        f"item withheld from the {settings.audience} audience"
    )
    for name, module in settings.plugin_modules:
        if name in SAFE_PLUGINS and module not in SAFE_PLUGINS[name]:
            refuse(
                _plugin_line(name),
                f"the plugin {name} that this build loads comes from {module}, not from the package the portfolio "
                f"knows by that name (another package installed here gives a plugin that name), and {may_publish}; "
                "uninstall the other package, or write the plugin's name without a leading /, or leave it out of "
                f"builds for the {settings.audience} audience",
            )
    for named, by, line in inherited_files(settings.config_file):
        if named is None:
            problems.add(
                "unsafe-setting",
                settings.display(by),
                line,
                "INHERIT is written with a Python tag, which MkDocs runs to make the path of the file it reads, so "
                "which file that is cannot be known before the build, and a file under "
                f"{settings.display(settings.docs_dir)}/ (where contributors add files) could run code in every "
                f"build with every item in reach; write the path plainly, such as INHERIT: shared.yml",
            )
        elif named.resolve().is_relative_to(docs):
            problems.add(
                "unsafe-setting",
                settings.display(by),
                line,
                f"INHERIT reads {settings.display(named)}, a file under {settings.display(settings.docs_dir)}/, where "
                "contributors add files: MkDocs reads it as it reads mkdocs.yml, before the portfolio plugin runs, "
                "and a Python tag in it runs code in every build with every item in reach, so it could publish one "
                f"withheld from the {settings.audience} audience; keep the file INHERIT reads outside "
                f"{settings.display(settings.docs_dir)}/, beside mkdocs.yml",
            )
    for hook in settings.hooks:
        if hook.resolve().is_relative_to(docs):
            problems.add(
                "unsafe-setting",
                config,
                config_line(settings.config_file, re.escape(hook.name), after=r"^hooks\s*:"),
                f"the hook {settings.display(hook)} is a file under {settings.display(settings.docs_dir)}/, where "
                "contributors add files: a hook runs in every build with every item in reach, so it could publish "
                f"one withheld from the {settings.audience} audience; keep hooks in a folder of their own outside "
                f"{settings.display(settings.docs_dir)}/, such as hooks/",
            )
    for name in dict.fromkeys(name for name, _ in settings.plugin_entries):
        if name not in {*SAFE_PLUGINS, *COPYING_PLUGINS, *TEMPLATING_PLUGINS} and (
            settings.loaded_by_mkdocs or not misspelt_plugin_name(name, settings.theme_name or "")
        ):  # (in a build, MkDocs has loaded every plugin named: none is misspelt there)
            refuse(
                _plugin_line(name),
                f"the plugin {name} is not one the portfolio knows to publish only what it has sealed, and "
                f"{may_publish}; leave it out of builds for the {settings.audience} audience (set its `enabled: false` "
                "there; docs/confidentiality.md lists the plugins that are allowed)",
            )
    folders = [
        (
            folder,
            "custom_icons",
            "Material's custom icons (custom_icons of pymdownx.emoji) put a whole SVG "
            "file of their folder into a page for its :shortcode:",
        )
        for folder in settings.icon_folders
    ]
    if settings.custom_dir is not None:
        folders.append(
            (
                settings.custom_dir.resolve(),
                "custom_dir",
                "MkDocs copies every file of the theme's "
                "custom_dir to the site, and a page's `template` may name any of them",
            )
        )
    for folder, setting, what in folders:
        if docs.is_relative_to(folder) or folder.is_relative_to(docs):
            refuse(
                re.escape(setting),
                f"{what}; its folder {settings.display(folder)} holds evidence/ or is inside it, so a page could show "
                f"a file withheld from the {settings.audience} audience; use a folder outside evidence/, such as "
                "overrides/",
            )
            continue
        for way in _ways_into(folder, docs, root, settings.audience):
            refuse_link(
                way,
                f"{way.what}: {what}, so a file withheld from the {settings.audience} audience could be published "
                "through it; replace it with a copy of a file you mean to publish"
                if way.link
                else f"{way.what}: {what}, so a file withheld from the {settings.audience} audience could be "
                "published from there; keep in that folder only the files you mean to publish",
            )
    for name in sorted(settings.meta_files):
        if not posixpath.basename(name).startswith("."):
            refuse(
                r"meta_file\s*:",
                f"Material's meta plugin reads every file named {name} under evidence/ and gives its keys to the pages "
                f"of its folder, published or not, so a file withheld from the {settings.audience} audience could "
                "publish its text through them; name the meta files with a dot first (such as .meta.yml, the "
                "default), which MkDocs never publishes",
            )
    for name in sorted(settings.authors_files):
        outside = posixpath.isabs(name) or name == ".." or name.startswith("../")
        hidden = any(part.startswith(".") for part in name.split("/"))  # (in a dot-folder too: a review)
        if outside or not hidden:  # (hostile reviews: a copy of an internal
            # attachment at the project's top, or an internal page's file, named so, printed on every public post)
            where = "outside evidence/, where the portfolio reads no file" if outside else "a file MkDocs may publish"
            refuse(
                r"authors_file\s*:",
                f"Material's blog reads its authors from {name}, {where}, and prints their names and descriptions on "
                f"the posts' pages, so a file withheld from the {settings.audience} audience could publish its text "
                "through it; keep the authors file in the blog's folder, named with a dot first (authors_file: "
                '"{blog}/.authors.yml", the default), which MkDocs never publishes',
            )
    for base in settings.b64_bases:
        if docs.is_relative_to(base) or base.is_relative_to(docs):
            refuse(
                re.escape("pymdownx.b64"),
                f"pymdownx.b64 may copy any image under evidence/ into a page as a data: URL (its base_path, or "
                f"root_path, {settings.display(base)} holds evidence/ or is inside it), so a page could show an "
                f"image withheld from the {settings.audience} audience; set base_path to a folder outside evidence/, "
                "such as images/, and keep restrict_path on",
            )
            continue
        for way in _ways_into(base, docs, root, settings.audience):
            refuse_link(
                way,
                f"{way.what}: pymdownx.b64, which follows links and takes any file under a name ending in .png or "
                f".svg, may copy one of {way.reaches} through it into a page as a data: URL, so a page could show "
                f"one withheld from the {settings.audience} audience; replace it with a copy of the image you mean "
                "to share"
                if way.link
                else f"{way.what}: pymdownx.b64 may copy an image from there into a page as a data: URL, so a "
                f"page could show one withheld from the {settings.audience} audience; keep in the folders of its "
                "base_path only the images you mean to share",
            )
    if settings.extra_templates:
        refuse(
            r"^extra_templates\s*:",
            "extra_templates makes MkDocs render files under evidence/ as Jinja templates, which can read every "
            f"item of the portfolio (and any file), so such a file could publish what the {settings.audience} "
            f"audience may not see; leave extra_templates out of builds for the {settings.audience} audience",
        )
    return problems


def check_blogs(published: Publication) -> Problems:
    """Pages that Material's blog plugin manages and the portfolio cannot publish as the blog needs them: an item
    in a blog's posts folder (the blog gives it an address and authors of its own), and a blog's index withheld
    from the build's audience (the blog plugin stops with a traceback without it)."""
    problems = Problems()
    project = published.project
    settings = project.settings
    for blog in settings.blogs:
        posts = settings.display_uri(blog.posts)
        for uri, page in sorted(project.pages.items()):
            if page.item is not None and blog.holds(uri):
                problems.add(
                    "blog-conflict",
                    page.path,
                    page.meta.line_of("type") + FRONT_MATTER_OFFSET,
                    f"the blog's posts folder {posts}/ holds this item, and Material's blog plugin makes every page "
                    f"there a post, with an address and authors of its own; move the item out of {posts}/, or "
                    'remove its "type" line to make it a post',
                )
        index = project.pages.get(blog.index)
        if index is not None and blog.index in published.withheld_pages:
            line = index.meta.line_of("visibility") + FRONT_MATTER_OFFSET if "visibility" in index.meta else 1
            problems.add(
                "blog-conflict",
                index.path,
                line,
                f"the blog's index page is withheld from the {published.audience} audience (visibility: "
                f"{index.visibility}), and Material's blog plugin cannot build without it; make it public (the "
                "posts keep their own visibility), or turn the blog plugin off in the builds for this audience",
            )
    return problems


def check_shared_files(published: Publication) -> Problems:
    """A file that items of different visibility attach (or read as survey data), under one name or two (a link, a
    copy byte for byte), goes with the narrowest of them (publication), and is an error of each of the others, at its
    line, whichever audience is built: a build for a wider audience would show that item without it, and its front
    matter would still name the file. So is a file an item attaches that holds a narrower page (a copy of its
    source, or front matter of its own that says so)."""
    problems = Problems()
    project = published.project
    groups = {name: names for names in published.same_file for name in names}
    one_file = {name: min(names) for name, names in groups.items()}
    holders: dict[str, list[tuple[str, Audience, Item | None, str]]] = {}
    # Items with errors too, as `publication` keeps their files: one run says every problem (an outside review);
    # but not one whose visibility is an error, which says nothing of whom the item is for (a hostile review).
    unread = {(problem.path, problem.line) for problem in project.problems.errors}
    faulty = [item for item in project.faulty_items if (item.path, item.lines.get("visibility", 0)) not in unread]
    items = [page.item for page in project.pages.values() if page.item is not None] + faulty
    for holder in items:
        for path in dict.fromkeys((*holder.attachments.values(), *holder.data_files)):
            holders.setdefault(one_file.get(path, path), []).append((holder.src_uri, holder.visibility, holder, path))
    says: dict[str, Said] = {}
    """How a file attached says whom it is for, by its name."""
    for key, held in holders.items():
        group = groups.get(key, {key})
        pages = sorted(name for name in group if name in project.pages)  # a page's source under another name
        held += [(name, project.pages[name].visibility, None, name) for name in pages]
        for name in [] if pages else sorted(group & project.files):  # front matter in a file named otherwise
            declared = said_for(project, name)
            if declared is not None and declared[0] != "public":
                held.append((name, declared[0], None, name))
                says[name] = declared
    display = project.settings.display_uri
    owners: dict[str, list[Audience]] = {}
    for holder in items:
        for path in (*holder.attachments.values(), *holder.data_files):
            owners.setdefault(path, []).append(holder.visibility)
    for key, held in holders.items():
        zipped = _held_in_an_archive(published, key, owners, display)
        if zipped is not None:
            held.append((key, zipped[0], None, key))
            says.setdefault(key, Said(zipped[0], zipped[1]))  # (one reason: a second said the path again, a hostile
            # review)
    for held in holders.values():
        narrowest = max((visibility for _, visibility, _, _ in held), key=AUDIENCES.index)
        kept_by = [(uri, item) for uri, visibility, item, _ in held if visibility == narrowest]
        keepers = sorted({display(uri) for uri, _ in kept_by})
        kept_as = {path for _, visibility, _, path in held if visibility == narrowest}
        copied = sorted(display(path) for path in kept_as)
        itself, fixes = False, set()
        if all(item for _, item in kept_by):
            what = f"is also an attachment or a survey file of {', '.join(keepers)}"
        elif all(uri in project.files for uri, _ in kept_by):  # the file itself says so
            what = " and ".join(sorted({says[uri].how for uri, _ in kept_by}))
            itself = True
            fixes = {says[uri].fix for uri, _ in kept_by}
        else:
            what = f"holds what {', '.join(keepers)} holds (its source, a copy or another name of it)"
        wider = sorted({display(uri) for uri, visibility, item, _ in held if item and visibility != narrowest})
        for uri, visibility, item, path in held:
            if item is None:
                continue
            written, line = _entry(item, path)
            if visibility == narrowest:  # said here too: the item a contributor added may be this one (a review)
                if wider:
                    # a copy under another name is said to be one (a staff member's review: "is also an attachment
                    # of" items that list files of other names)
                    others = sorted(
                        {display(other) for _, seen, by, other in held if by and seen != narrowest} - {display(path)}
                    )
                    shared = (
                        f"is the same file, byte for byte, as {', '.join(others)}, an attachment or a survey file of"
                        if others
                        else "is also an attachment or a survey file of"
                    )
                    problems.add(
                        "shared-attachment",
                        display(uri),
                        line,
                        f'"{written}" {shared} {", ".join(wider)}, which may be '
                        f"shown to more people than this item (visibility: {narrowest}), and a file goes with what is "
                        "shown to the fewest: builds for wider audiences would show that item without it; remove it "
                        "from one of the two, or give that item a version of its own that may be shown",
                        also=[*wider, *others],
                    )
                continue
            lost = AUDIENCES[AUDIENCES.index(visibility) : AUDIENCES.index(narrowest)]
            said = what
            if path not in kept_as and all(item for _, item in kept_by):  # a copy of the file they name
                said = (
                    f"is the same file, byte for byte, as {', '.join(copied)}, an attachment or a survey file of "
                    f"{', '.join(keepers)}"
                )
            # a copy elsewhere says it is for fewer (a copy of a site holding it): the copy is the one to move (a
            # review of the change: the item was told its own file was in the copy, and to remove it)
            twin = itself and path not in kept_as
            if twin:
                said = f"is the same file, byte for byte, as {', '.join(copied)}, which {what}"
            fix = (
                f"delete that copy, or move it out of {display('').rstrip('/') or 'evidence'}/"
                if twin
                else "remove it from the item"
                + (
                    f", or attach instead a version of it for the {visibility} audience"
                    if fixes == {None}
                    else "".join(sorted(told for told in fixes if told))
                )
            )
            problems.add(
                "shared-attachment",
                display(item.src_uri),
                line,
                f'"{written}" {said}, so builds for the {" and ".join(lost)} audience leave it out, and would show '
                f"this item (visibility: {visibility}) without it; {fix}"
                if itself
                else f'"{written}" {said} (visibility: {narrowest}), and a file goes with what is shown to the fewest '
                f"(a copy too, byte for byte): builds for the {' and '.join(lost)} audience would show this item "
                "without it; remove it from one of the two, or give this item a version of its own that may be shown",
                also=[*keepers, *copied],
            )
    return problems


def check_pictures_kept_back(published: Publication) -> Problems:
    """A warning at each picture (or other file a page loads) that a published page shows but a withheld item
    attaches or reads, under that name or another (a copy byte for byte): the file goes with the item, and the build
    shows the page without it, where nothing said so (a review of valid portfolios: a public page's photo, which an
    accreditor item attached too, was taken out of the public site without a word). The introduction's too."""
    problems = Problems()
    project = published.project
    if not published.kept_back:
        return problems
    groups = {name: names for names in published.same_file for name in names}
    display = project.settings.display_uri
    keepers: dict[str, dict[str, tuple[Audience, str]]] = {}  # a file -> the withheld items that keep it
    for page in project.pages.values():
        item = page.item
        if item is not None and not visible_to(item.visibility, published.audience):
            for path in (*item.attachments.values(), *item.data_files):
                for name in groups.get(path, {path}):
                    keepers.setdefault(name, {})[display(item.src_uri)] = (item.visibility, path)
    shown = {*published.pages, *([INTRO_URI] if published.intro_published else [])}
    told: set[tuple[str, str]] = set()
    for uri, link, found in published.file_links:
        if uri not in shown:
            continue
        kept_by = keepers.get(found) if link.loads and found in published.kept_back else None
        if not kept_by or (uri, found) in told:
            continue
        item = project.pages[uri].item
        if item and any(found in groups.get(path, {path}) for path in item.attachments.values()):
            continue  # (its own attachment too: told as a shared attachment)
        told.add((uri, found))
        suffix = posixpath.splitext(found)[1].lower()
        what = "picture" if suffix in PICTURES or suffix == ".svg" else "file"
        copied = sorted({display(path) for _, path in kept_by.values() if path != found})
        by = " and ".join(f"{path} (visibility: {seen})" for path, (seen, _) in sorted(kept_by.items()))
        same = f"is the same file, byte for byte, as {', '.join(copied)}, kept by" if copied else "is kept by"
        problems.add(
            "withheld-picture",
            display(uri),
            link.line,
            f'the {what} "{link.target}" {same} {by}, which attaches it or reads it as survey data, and a file goes '
            f"with what is shown to the fewest: the {published.audience} build shows this page without it; if it may "
            f"be shown to the {published.audience} audience, take it out of the attachments of "
            f"{'that item' if len(kept_by) == 1 else 'those items'} (its text can link to it), or else take it out of "
            "this page",
            also=sorted({*kept_by, *copied}),
        )
    return problems


def check_site_files_withheld(published: Publication) -> Problems:
    """A warning at its line of mkdocs.yml for each file of evidence/ it names for every page (a stylesheet, a
    script, the logo, the icon) that this build withholds, as a withheld item attaches it or only withheld pages
    refer to it: the site goes without it, and nothing said why (a hostile review)."""
    problems = Problems()
    settings = published.project.settings
    config = settings.config_file
    if config is None or published.audience == WIDEST:
        return problems
    for where, url in written_site_files(config):
        src_uri = settings.path_of(url)
        if where[0] == "extra_templates" or src_uri not in published.withheld_site_files:
            continue  # (a template is made a page of, from evidence/ alone: check_site_files tells of it)
        why = (
            "an item withheld from this build attaches"
            if src_uri in published.kept_back
            else "only pages withheld from this build link to"
        )
        setting = ".".join(str(step) for step in where if isinstance(step, str))
        problems.add(
            "withheld-site-file",
            settings.display(config),
            written_line(config, *where),
            f'{setting} names "{url}", a file {why}, so the {published.audience} build leaves it out and every page '
            "goes without it; name a file of the site's own that no withheld item attaches or links to (a copy byte "
            "for byte is the same file)",
            also=(settings.display_uri(src_uri),),
        )
    return problems


def check_plugin_files(published: Publication) -> Problems:
    """An error for each file another plugin reads into pages (the meta plugin's `.meta.yml`, the blog's
    `.authors.yml`, awesome-pages' `.pages`) that is another name of a file under evidence/ (a symbolic or a hard
    link), or a copy of one that is not known to be shown to everyone (a public page, or a file a public item
    attaches or a published page links to, none withheld keeping it): its plugin prints what it holds (a
    description, a subtitle, an author's name) into the pages of its folder for every audience, where no seal reads it
    as a withheld file's (a hostile review: a `.meta.yml` linked to an internal item's attachment put its text on every
    public page; another copied a file only an internal page links to). A copy of a public file is the folder's own."""
    problems = Problems()
    project = published.project
    display = project.settings.display_uri
    companions = set(project.tree.companions)
    linked: dict[str, frozenset[str]] = {}
    for names in _same_bytes(project).links:  # (links alone, not copies: a review of the change)
        for uri in sorted(names & companions):
            linked[uri] = names
            others = sorted(display(name) for name in names - companions)
            if others:
                problems.add(
                    "plugin-file-copy",
                    display(uri),
                    1,
                    f"this file, which a plugin reads into the pages of its folder for every audience, is another "
                    f"name of {', '.join(others)} (a link), so what that file holds would be shown on those pages to "
                    "everyone who sees them, whoever it is kept from; make it a file of its own, not a link",
                    also=others,
                )
    copies = _same_bytes(project).plugin_copies
    public = publication(project, AUDIENCES[0]) if copies else published
    attached = {path for item in public.items for path in (*item.attachments.values(), *item.data_files)}
    for uri, copied in sorted(copies.items()):  # (not told again of a hard link, told above: a hostile review)
        unlinked = copied - linked.get(uri, frozenset())
        kept = sorted(display(name) for name in unlinked if not public.shown_to_everyone(name, attached))
        if kept:
            problems.add(
                "plugin-file-copy",
                display(uri),
                1,
                f"this file, which a plugin reads into the pages of its folder for every audience, holds the same "
                f"text, byte for byte, as {', '.join(kept)}, which is kept from the public, so that text would be "
                "shown on those pages to everyone who sees them; write this file anew, with only what everyone may "
                "read (or, if that file may be shown to everyone, publish it: attach it to a public item)",
                also=kept,
            )
    return problems


def check_attachments_left_out(published: Publication) -> Problems:
    """An error for each attachment or survey file of an item that is another name (a symbolic or a hard link) of a
    file MkDocs leaves out of every build (a dot-file, evidence/templates/, exclude_docs or draft_docs): it goes with
    that file, into no build, where the item's page showed its name without a link and nothing said why (a hostile
    review). Attached under its own name, such a file is told by the item's reading."""
    problems = Problems()
    project = published.project
    never = set(project.tree.skipped)  # (a plugin's file linked to is told there: check_plugin_files)
    groups = {name: names for names in published.same_file for name in names if names & never}
    if not groups:
        return problems
    display = project.settings.display_uri
    for item in (*(page.item for page in project.pages.values() if page.item), *project.faulty_items):
        for path in dict.fromkeys((*item.attachments.values(), *item.data_files)):
            left_out = sorted(display(name) for name in groups.get(path, frozenset()) & never)
            if path in never or not left_out:
                continue
            written, line = _entry(item, path)
            problems.add(
                "missing-attachment",
                display(item.src_uri),
                line,
                f'"{written}" is the same file as {", ".join(left_out)} (a link between the two), which no build '
                "publishes (MkDocs leaves it out: its name or a folder's starts with a dot, it is under "
                "evidence/templates/, or exclude_docs or draft_docs of mkdocs.yml match it), so no build publishes "
                "this file either; attach a copy of its own (not a link), or remove it",
                also=left_out,
            )
    return problems


def _held_in_an_archive(
    published: Publication, path: str, owners: dict[str, list[Audience]], display: Callable[[str], str]
) -> tuple[Audience, str] | None:
    """The audience a zip attached is for by the withheld files it holds (see _archives_holding): the narrowest of
    theirs (a page's visibility, or the items' that attach a file), with how a message says so; None for a zip that
    holds none. Only the items attaching the zip are told: those attaching what it holds did nothing wrong (a
    hostile review: an internal pack in a public zip told an accreditor's item to remove its own attachment)."""
    if path not in published.zipped:
        return None
    member, known, copied = published.zipped[path]
    pages = published.project.pages
    seen = [pages[name].visibility for name in copied if name in pages]
    seen += [visibility for name in copied for visibility in owners.get(name, ())]
    narrowest = max(seen, key=AUDIENCES.index, default=WIDEST)
    if narrowest == AUDIENCES[0]:
        return None
    names = ", ".join(display(name) for name in sorted(copied))
    archive = "a zip" if _is_zip(published.project.settings.docs_dir / path) else "a tar or packed file"
    if known:
        return (
            narrowest,
            f'is {archive} holding "{member}", the same file byte for byte as {names} (visibility: {narrowest})',
        )
    if archive != "a zip":  # (site/tarred.py: one it cannot read through, and why: a review of valid portfolios)
        held = names if len(copied) <= _MOST_NAMED else f"{len(copied)} withheld files, such as {display(min(copied))}"
        return narrowest, (
            f"is a tar or packed file that cannot be read through ({member}), so it is taken to hold {held} "
            f"(visibility: {narrowest})"
        )
    return narrowest, (
        f'is {archive} holding "{member}", which cannot be read (packed in a way not read, or listed falsely) to tell '
        f"it from {names} (visibility: {narrowest}), so it is taken for it"
    )


def _entry(item: Item, path: str) -> tuple[str, int]:
    """How an item names the file `path` (an attachment, a survey file), and the line it does so at: the entry's own
    (a careless contributor's review: all were said at the key's)."""
    named = [
        (name, item.entry_lines.get(f"attachments.{name}", item.lines.get("attachments", 1)))
        for name, uri in item.attachments.items()
        if uri == path
    ]
    named += [(str(measure.data), measure.line) for measure in item.measures if measure.data_path == path]
    return named[0]


def publication(project: Project, audience: Audience, left_out: frozenset[str] = frozenset()) -> Publication:
    """The pages a build for `audience` publishes (but those `left_out`); files follow once its pages are
    rendered."""
    visible: set[str] = set()
    withheld: set[str] = set()
    for uri, page in project.pages.items():
        (visible if visible_to(page.visibility, audience) and uri not in left_out else withheld).add(uri)
    shown = set(visible)  # the introduction too: it is part of the overview
    visible.discard(INTRO_URI)
    attached: dict[str, set[str]] = {}
    owned = [page.item for page in project.pages.values() if page.item]
    for item in (*owned, *project.faulty_items):  # an item with errors (`mkdocs serve` shows the rest) owns them too
        for path in (*item.attachments.values(), *item.data_files):
            attached.setdefault(path, set()).add(item.src_uri)
    named: dict[str, set[str]] = {}
    unread = project.unread_pages  # what they name is theirs, their attachments unread
    if unread:
        from .mentions import Mentions

        texts = [unread_page_text(project.settings, uri) for uri in unread]
        faulty = Mentions("\x00".join(text or "" for text in texts))
        for path in project.files:  # a page that cannot be read at all may name any of them
            if None in texts or faulty.name(posixpath.basename(path)):
                named.setdefault(path, set()).update(unread)
    withheld_owners = withheld | set(unread)

    def withheld_with(owners: set[str], namers: set[str]) -> bool:
        """Whether a file stays with its owners: one a withheld item attaches (whoever else attaches it), or one
        that only pages with errors may name (a published item's attachment is its own)."""
        return bool(owners & withheld_owners) or (bool(namers) and (owners | namers) <= withheld_owners)

    kept_back = {
        path for path in {*attached, *named} if withheld_with(attached.get(path, set()), named.get(path, set()))
    }
    never = {*project.tree.skipped, *project.tree.companions}
    same_file, strays, zipped, _, _ = _same_bytes(project)
    for names in same_file:  # a link holds the bytes of the file it leads to, under a name of its own
        owners = set().union(*(attached.get(name, set()) for name in names))
        namers = set().union(*(named.get(name, set()) for name in names))
        # a link to a page's source, front matter and all (but an item's other name, which is no page: its own)
        pages = {name for name in names if is_markdown(name) and name not in project.other_names}
        if withheld_with(owners, namers) or any(page not in shown for page in pages) or names & never:
            kept_back |= names & project.files
            withheld |= names & project.pages.keys()  # a page, under a name of a withheld file
    kept_back |= strays & project.files
    withheld |= strays & project.pages.keys()
    if audience != WIDEST:  # a file not named as a page that says it is one, kept from this audience
        for uri in project.files - kept_back:
            declared = said_for(project, uri)
            if declared is not None and not visible_to(declared[0], audience):
                kept_back.add(uri)
    # a zip holding what this build withholds goes with it (and no further: what it holds keeps its own owners)
    kept_back |= {uri for uri, (_, _, copied) in zipped.items() if copied & (kept_back | withheld | set(unread))}
    visible -= withheld
    return Publication(
        project,
        audience,
        frozenset(visible),
        frozenset(withheld),
        frozenset(kept_back),
        same_file=same_file,
        zipped=zipped,
    )


class Said(NamedTuple):
    """The audience a file says it is for, with how a message says so, and the fix of an item that attaches it for a
    wider audience, where it is not a version of it for that audience (no version of a search index says whose it
    is)."""

    audience: Audience
    how: str
    fix: str | None = None


def said_for(project: Project, uri: str) -> Said | None:
    """The audience a file under evidence/ not named as a page says it is for, with how a message says so: in its
    front matter (visibility_written), as one of the portfolio's own outputs, made for an audience (made_for), or as
    a file of a copy of a site the portfolio built (_site_exports), in its folder or below, which goes with the
    narrowest audience that site's portfolio.json and evidence.csv say (a hostile review: the pages of an internal
    site, archived under evidence/ beside its portfolio.json, were published, where a zip of the site was not); the
    narrowest of them. None where it says nothing of it."""
    settings = project.settings
    said = [own] if (own := _said(settings.docs_dir / uri)) else []
    folder = uri
    while folder:
        folder = posixpath.dirname(folder)
        exports = _site_exports(project, folder)
        if exports:
            name, narrowest = max(exports, key=lambda export: AUDIENCES.index(export[1].audience))
            written = settings.display_uri(posixpath.join(folder, name))
            said.append(
                Said(
                    narrowest.audience,
                    f"is in a copy of a site built by the portfolio for the {narrowest.audience} audience, as its "
                    f"{written} says",
                )
            )
    return max(said, key=lambda found: AUDIENCES.index(found.audience), default=None)


def _site_exports(project: Project, folder: str) -> list[tuple[str, Said]]:
    """The exports of a copy of a site the portfolio built that the folder of evidence/ `folder` holds, each by its
    name with what it says: its portfolio.json or evidence.csv, read as the portfolio's own (a review of valid
    portfolios: a club's own evidence.csv beside a page saved from Word made its folder a site's), beside a page of a
    site (its home page, its sitemap, its search index), and no item of the portfolio in it or below (a review of
    the change: an accreditor item's exports, saved beside public items, withheld their attachments); none for a
    folder that is no such copy. Worked out once a folder, for a project (every file below asks it)."""
    from .own_outputs import EXPORTED  # (here: as made_for)

    folders = _folders_of(project)
    if folder not in folders.exports:
        docs = project.settings.docs_dir / folder
        said = (
            ((name, _said(docs / name)) for name in EXPORTS)
            if folder not in folders.with_items and any((docs / name).is_file() for name in _SITE_FILES)
            else ()
        )
        ours = tuple(f"is {export}" for export in EXPORTED)
        folders.exports[folder] = [(name, found) for name, found in said if found and found.how.startswith(ours)]
    return folders.exports[folder]


@dataclass
class _Folders:
    """What the folders of a project's evidence/ are, for copies of sites (_site_exports)."""

    with_items: frozenset[str]
    """Every folder that holds an item, or a folder that does ("" for evidence/ itself): no copy of a site."""
    exports: dict[str, list[tuple[str, Said]]] = field(default_factory=dict)
    """The exports of a copy of a site in each folder asked of so far."""


_FOLDERS: list[tuple[Project, _Folders]] = []
"""The last project's _Folders, with the project (which keeps the one looked up by identity alive)."""


def _folders_of(project: Project) -> _Folders:
    """The project's _Folders, made once a project (as _same_bytes is)."""
    for known, folders in _FOLDERS:
        if known is project:
            return folders
    found: set[str] = set()
    for uri in (*(uri for uri, page in project.pages.items() if page.item), *(i.src_uri for i in project.faulty_items)):
        while uri:
            uri = posixpath.dirname(uri)
            found.add(uri)
    folders = _Folders(frozenset(found))
    _FOLDERS[:] = [(project, folders)]
    return folders


def _said(path: Path) -> Said | None:
    """What the file at `path` says of itself (said_for), read once while it stays as it was (a build asks it for
    the check of attachments and for what it publishes); None for a file that is not there."""
    stamp = _stamp(path)
    return _said_for(path, *stamp) if stamp else None


def _stamp(path: Path) -> tuple[int, ...] | None:
    """What tells one version of a file from another (its times, size and inode); None for a file not there."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_ctime_ns, status.st_size, status.st_ino


@lru_cache(maxsize=4096)
def _made(path: Path, *stamp: int) -> Found | None:
    """own_outputs.made_for, read once for each version of a file (the attachments' check, the publication and the
    theme's and snippets' folders, of each audience, ask it)."""
    from .own_outputs import made_for  # (here: zip, JSON and CSV are needed for files, which a check may not have)

    return made_for(path)


@lru_cache(maxsize=4096)
def _said_for(path: Path, *stamp: int) -> Said | None:
    from .own_outputs import INDEXES

    declared = visibility_written(path)
    if declared is not None:
        return Said(declared, f"says in its own front matter that it is for fewer people (visibility: {declared})")
    made = _made(path, *stamp)
    if made is None:
        return None
    zipped = made[1].startswith("a zip")
    index = next((short for written, short in INDEXES.items() if written in made[1]), None)
    fix = (  # (a club's own website's sitemap: a review of the change)
        None
        if index is None
        else f", or delete {index} from the zip"
        if zipped
        else f", and link to the website's address instead: the portfolio cannot tell another website's "
        f"{index.removeprefix('the ')} from one of a site it built for its staff"
    )
    return Said(made[0], f"is {made[1]}", fix)


class _SameBytes(NamedTuple):
    """What a project's files hold in common, whatever the audience (see _same_bytes)."""

    same_file: tuple[frozenset[str], ...]
    """The groups of names that are one file on disk (_one_file) or hold the same bytes (_copies)."""
    strays: frozenset[str]
    """The symbolic links that lead to no name read under evidence/ (_one_file)."""
    zipped: dict[str, tuple[str, bool, frozenset[str]]]
    """The archives holding what something kept from the public holds (_copies)."""
    plugin_copies: dict[str, frozenset[str]]
    """The files other plugins read that hold what other files or pages hold, byte for byte (_plugin_copies)."""
    links: tuple[frozenset[str], ...]
    """The groups of names that are one file on disk alone (_one_file), without copies."""


_WORKED_OUT: list[tuple[Project, _SameBytes]] = []
"""The last project's _SameBytes, with the project (which keeps the one looked up by identity alive)."""


def _same_bytes(project: Project) -> _SameBytes:
    """What `project`'s files hold in common, worked out once a project: a check and a build ask it of each
    audience's publication, six times (a 66 MB dataset's tar.gz was unpacked six times for one check)."""
    for known, worked_out in _WORKED_OUT:
        if known is project:
            return worked_out
    same_file, strays = _one_file(project)
    copies, zipped = _copies(project)
    worked_out = _SameBytes(_joined((*same_file, *copies)), strays, zipped, _plugin_copies(project), same_file)
    _WORKED_OUT[:] = [(project, worked_out)]
    return worked_out


def _plugin_copies(project: Project) -> dict[str, frozenset[str]]:
    """Each file another plugin reads into pages (a `.meta.yml`, `.authors.yml`, `.pages`) that holds, byte for byte,
    what other files or pages under evidence/ hold (those MkDocs leaves out too, and those with errors), with their
    names: only files of a plugin's file's size are read."""
    companions = project.tree.companions
    if not companions:
        return {}
    docs = str(project.settings.docs_dir)
    sizes: dict[int, list[str]] = {}
    for uri in companions:
        size = _size(os.path.join(docs, uri))
        if size >= _SHORTEST_COPY:  # (empty files are alike: a review of the change)
            sizes.setdefault(size, []).append(uri)
    found: dict[str, frozenset[str]] = {}
    others = (*project.files, *project.pages, *project.faulty_pages, *project.tree.skipped)
    alike: dict[int, list[str]] = {}
    for uri in dict.fromkeys(others):
        size = _size(os.path.join(docs, uri))
        if size in sizes:
            alike.setdefault(size, []).append(uri)
    for size, names in sizes.items():
        for same in _held_alike(docs, (*names, *alike.get(size, ()))):
            copied = frozenset(same - set(names))
            found.update((uri, copied) for uri in same & set(names) if copied)
    return found


def _one_file(project: Project) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The names under evidence/ that are one file on disk, found by the device and inode their bytes come from
    (symbolic links and the file they lead to, hard links, and a link to another name of a file): they share their
    owners, so that a withheld item's attachment stays withheld under any name, a page's name too. The names MkDocs
    leaves out (dot-files, templates/, other plugins' files) and the pages with errors are among them: a link to one
    of those is withheld with it. Second, the symbolic links that lead to no name read under evidence/: withheld,
    as nothing tells what they are. The pages are looked up only when a name may be another's (a link, or a file
    with hard links): two pages that are one file have one front matter."""
    docs = str(project.settings.docs_dir)  # a path as a string: a pathlib.Path for each of thousands costs more
    by_file: dict[tuple[int, int], set[str]] = {}
    links: set[str] = set()
    tree = project.tree
    others = (*project.files, *project.faulty_pages, *tree.skipped, *tree.companions, *tree.links)
    shared = False
    for uri in dict.fromkeys(others):
        shared |= _add_name(by_file, links, os.path.join(docs, uri), uri)
    for uri in project.pages if shared else ():
        _add_name(by_file, links, os.path.join(docs, uri), uri)
    same_file = tuple(frozenset(names) for names in by_file.values() if len(names) > 1)
    strays = frozenset(uri for names in by_file.values() if len(names) == 1 for uri in names & links)
    return same_file, strays


def _copies(project: Project) -> tuple[list[frozenset[str]], dict[str, tuple[str, bool, frozenset[str]]]]:
    """The files and pages under evidence/ that hold, byte for byte, what something kept from the public holds (a
    page, an item's attachment or survey file), each with the names holding the same: a copy goes with what it
    copies, as another name of a file does (hostile reviews attached a copy of an accreditor's attachment, under a
    new name, to a public item, linked an internal item's source saved as .txt from a public page, and saved an
    internal item's attachment as a page). Second, each zip holding such a copy (a hostile review zipped an internal
    item with its attachment: see _archives_holding), which goes with what it holds, in one direction only, however
    wide its own audience is, but the widest's. Only files
    (and a zip's members) of the size of one of those are read. What MkDocs leaves out of every build (a dot-folder,
    exclude_docs) is left out alone: its copies elsewhere are files of their own."""
    if not project.files:  # every group holds a file that is no page
        return [], {}
    docs = str(project.settings.docs_dir)
    kept_pages = {uri for uri, page in project.pages.items() if page.visibility != "public"}
    kept_pages.update(project.faulty_pages)
    kept_files: set[str] = set()
    internal_files: set[str] = set()  # (kept from all but the widest audience: what they hold is no matter)
    for item in (*(page.item for page in project.pages.values() if page.item), *project.faulty_items):
        if item.visibility != "public":
            kept_files.update((*item.attachments.values(), *item.data_files))
        if item.visibility == WIDEST:
            internal_files.update((*item.attachments.values(), *item.data_files))
    sizes: dict[int, set[str]] = {}
    for uri in kept_pages | kept_files:
        size = _size(os.path.join(docs, uri))
        if size >= _SHORTEST_COPY:
            sizes.setdefault(size, set()).add(uri)
    of_files = {size for size, names in sizes.items() if names & kept_files}  # a page may copy a file, not a page
    for candidates, among in ((project.files - kept_files, set(sizes)), (project.pages.keys() - kept_pages, of_files)):
        for uri in candidates if among else ():
            size = _size(os.path.join(docs, uri))
            if size in among:
                sizes[size].add(uri)
    groups: list[frozenset[str]] = []
    for names in sizes.values():
        held = _held_alike(docs, sorted(names)) if len(names) > 1 else []
        groups += [frozenset(same) for same in held if len(same) > 1 and same & project.files]
    # an accreditor's archive is looked into too (a review of valid portfolios: one holding an internal item's
    # attachment was published to the assessor)
    candidates = project.files - internal_files
    zipped = _archives_holding(project, candidates, sizes, kept_pages | kept_files) if candidates else {}
    return groups, zipped


def _archives_holding(
    project: Project, files: Iterable[str], sizes: dict[int, set[str]], withheld: set[str]
) -> dict[str, tuple[str, bool, frozenset[str]]]:
    """Each zip among `files` that holds what a file kept from the public holds (`withheld`, among the names of each
    size of `sizes`), with the name of the first such member (by its path through the zips), whether it is known to
    be one (by its size and CRC-32) or only taken for one (a member that cannot be read through to tell), and the
    names it copies. A zip that cannot be read, or holds what cannot (encrypted), is kept by what it says of
    itself (made_for)."""
    docs = project.settings.docs_dir
    zips = [uri for uri in sorted(files) if _is_zip(docs / uri)]
    tars = [uri for uri in sorted(set(files) - set(zips)) if _is_packed(docs / uri)]  # (a hostile review tarred them)
    if not zips and not tars:
        return {}
    kept = {size: names & withheld for size, names in sizes.items()}
    for uri in sorted(set(files) - set(zips) - set(tars)):  # and a file that says so itself (a hostile review)
        declared = said_for(project, uri)
        if declared is not None and declared[0] != AUDIENCES[0]:
            kept.setdefault(_size(str(docs / uri)), set()).add(uri)
    if not any(kept.values()):
        return {}
    from .own_outputs import zip_in_a_tar, zipped_members  # (here: only a project with archives and something kept)
    from .tarred import Unpacking, packed_members

    checksums: dict[str, int] = {}
    for names in kept.values():
        for uri in names:
            try:
                checksums[uri] = zlib.crc32((docs / uri).read_bytes())
            except OSError:
                continue
    every = set().union(*kept.values())
    pairs = {(size, checksums[uri]) for size, names in kept.items() for uri in names if uri in checksums}
    found: dict[str, tuple[str, bool, frozenset[str]]] = {}
    unpacking = Unpacking()  # (each archive within its limit, and all within the check's: bombs took minutes)

    def tarred(path: Path) -> Iterator[tuple[str, int, int | None]]:
        try:
            with open(path, "rb") as file:
                yield from packed_members(file, pairs, unpacking, zip_in_a_tar)
        except OSError:
            return

    for uri in (*zips, *tars):
        unpacking.next_archive()
        listed = zipped_members(docs / uri, pairs, unpacking) if uri in zips else tarred(docs / uri)
        for member, size, checksum in listed:
            among = every if checksum is not None else kept[size]
            copied = {name for name in among if checksum is None or checksums.get(name) == checksum}
            first, known, before = found.get(uri, (member, checksum is not None, frozenset()))
            found[uri] = (first, known, before | copied)
    return found


_MOST_NAMED = 5
"""The most withheld files a message names that an archive which cannot be read through is taken to hold."""


def _is_packed(path: Path) -> bool:
    """Whether the file at `path` is a tar or a packed file (site/tarred.py), by its start."""
    from .tarred import may_be_packed  # (here: only a project with files that are no pages looks for them)

    try:
        if not path.is_file():  # (a named pipe is not waited on)
            return False
        with open(path, "rb") as file:
            return may_be_packed(file.read(512))
    except OSError:
        return False


def _is_zip(path: Path) -> bool:
    """Whether the file at `path` is a zip (by its end, so a zip with bytes before it too)."""
    import zipfile  # (here: only a project with something kept looks for zips)

    try:
        return path.is_file() and zipfile.is_zipfile(path)  # (a named pipe is not waited on)
    except OSError:
        return False


def _held_alike(docs: str, names: Iterable[str]) -> list[set[str]]:
    """`names` (paths under the folder `docs`, of files of one size) grouped by what they hold, byte for byte (a
    file that cannot be read in none)."""
    by_content: dict[bytes, set[str]] = {}
    for uri in names:
        try:
            by_content.setdefault(_digest(os.path.join(docs, uri)), set()).add(uri)
        except OSError:
            continue
    return list(by_content.values())


def _digest(path: str) -> bytes:
    """The SHA-256 of the file at `path`, read a megabyte at a time."""
    import hashlib  # here: only a project with files of one size compares them, and a check starts 2 ms sooner

    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.digest()


def _size(path: str) -> int:
    """The size in bytes of the file at `path` (-1 where it cannot be read)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return -1


def _joined(groups: Iterable[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """Groups of names, those that share a name made one (a copy of a file that has a link)."""
    joined: list[set[str]] = []
    for group in groups:
        meeting = [found for found in joined if found & group]
        merged = set(group).union(*meeting)
        joined = [found for found in joined if not found & group] + [merged]
    return tuple(frozenset(names) for names in joined)


def _add_name(by_file: dict[tuple[int, int], set[str]], links: set[str], path: str, uri: str) -> bool:
    """`uri` under the device and inode of the file its bytes come from; whether the file may have another name
    (`uri` is a symbolic link, or the file has hard links)."""
    try:
        status = os.lstat(path)
        link = stat.S_ISLNK(status.st_mode)
        if link:
            links.add(uri)
            status = os.stat(path)
    except OSError:  # a link that leads nowhere: the scan does not read it as a file
        return False
    by_file.setdefault((status.st_dev, status.st_ino), set()).add(uri)
    return link or status.st_nlink > 1
