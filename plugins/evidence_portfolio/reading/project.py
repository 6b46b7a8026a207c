"""A portfolio project on disk, read and checked in one pass: its framework, pages, other files and problems.

Reading does not depend on the audience: every file is checked, whatever the build is for, so that a broken
internal item fails a public build too.
"""

from __future__ import annotations

import codecs
import functools
import gc
import os
import posixpath
import re
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..model.framework import Framework
from ..model.item_types import ITEM_TYPES, item_only_keys
from ..model.items import Item
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.urls import destination, is_markdown, page_url
from ..model.vocabulary import as_audience
from .companion_files import check_pages_file, companion_data
from .fields import as_written
from .file_contents import PICTURES
from .framework_file import load_framework
from .in_parallel import map_in_parallel
from .kept_from_public import kept_to
from .kept_readings import kept_readings_depend_on
from .link_checks import LinkChecks, as_in_page, clean_url, link_target, markdown_escapes
from .links import Link
from .pages import Page, parse_page
from .photo_places import photo_place
from .scan import Entry, SourceCache, Tree, scan
from .script_files import script_files
from .settings import META_FILE, Settings, configurations_publishing, option_where
from .site_files import theme_files
from .strays import stray_items
from .surveys import SurveyReader
from .yaml_lines import LineMap

INTRO_URI = "index.md"
"""evidence/index.md: the introduction at the top of the overview, whose address it takes."""


@dataclass(frozen=True)
class Project:
    """A whole project read and checked: its settings, its framework, its pages and files, and their problems."""

    settings: Settings
    framework: Framework | None
    pages: dict[str, Page]
    """Markdown files by their path under evidence/; files with errors are absent."""
    files: frozenset[str]
    """Every other file under evidence/ (attachments, images)."""
    problems: Problems
    tree: Tree = field(default_factory=lambda: Tree((), frozenset()))
    """What the walk of evidence/ found: among it, the files MkDocs leaves out (`skipped`, withheld from every
    audience), those other plugins read (`companions`, never published) and the symbolic links (`links`)."""
    folder_meta: Mapping[str, tuple[str, LineMap]] = field(default_factory=dict)
    """What the meta files of Material's meta plugin give the pages of a folder ("" for evidence/ itself), by
    folder: the file's path under evidence/, and its keys and values."""
    faulty_items: tuple[Item, ...] = ()
    """The items of files with errors, as far as they could be read: out of every build, but still checked against
    the others (two self-assessments of one date), so that one run reports every problem."""
    faulty_pages: tuple[str, ...] = ()
    """The Markdown files under evidence/ with errors, or that cannot be read: out of every build (`mkdocs serve`
    shows the rest of the site), with whatever they name."""
    other_names: Mapping[str, str] = field(default_factory=dict)
    """The symbolic links to items that are another name of an item, by their path, with the item's path (see
    _leave_out_other_names): out of every build, not as pages with errors are but as the item's other name."""
    items_unchecked: bool = False
    """Whether its items were read without a framework, where framework.yml has errors in what they are read by
    (UNCHECKED)."""

    @property
    def unread_pages(self) -> tuple[str, ...]:
        """The Markdown files no build reads as pages: those with errors, and those MkDocs leaves out (dot-files,
        templates/, exclude_docs, draft_docs). Whatever they name (an item's attachments among it) is theirs: no link
        from a published page publishes it."""
        return (*self.faulty_pages, *(uri for uri in self.tree.skipped if is_markdown(uri)))

    def given_keys(self, src_uri: str) -> frozenset[str]:
        """The keys of a page's metadata that its authors wrote: its front matter's, and those the meta files of its
        folder and the folders above give it."""
        page = self.pages.get(src_uri)
        keys = set(page.meta) if page else set()
        folder = posixpath.dirname(src_uri)
        while True:
            if folder in self.folder_meta:
                keys |= {str(key) for key in self.folder_meta[folder][1]}
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
ItemChecks = Callable[[Framework, Item], Problems]
"""The problems of an item on its own (computation/checks.check_item, whose settings the caller knows)."""
_Read = tuple[Page | None, Problems, tuple[Problems, frozenset[str]], Problems, Entry | None]
"""A Markdown file read (see _read_project)."""
_UNCHECKED: tuple[Problems, frozenset[str]] = (Problems(), frozenset())
"""The links of a page with an error: not checked, as the page is in no build."""


def read_project(
    settings: Settings, reserved: Reserved, cache: SourceCache | None = None, item_checks: ItemChecks | None = None
) -> Project:
    """Read and check a whole project; problems of every file are collected, none is fatal here.

    A page with an error counts for nothing: only pages without errors are in `pages`. `cache` is one a caller
    keeps for its next reading (`mkdocs serve`'s), which then reads only the files that changed. `item_checks`,
    where there is a framework, checks each item (those of pages with errors too) as it is read.
    """
    with collector_off():
        return _read_project(settings, reserved, cache, item_checks)


def _look_for_a_place(settings: Settings, file: str, published_with: str, problems: Problems) -> None:
    """A photo published to everyone with the public page `published_with` looked at for the place it was taken,
    which a phone saves in it (a review of valid portfolios: a junior team's photos told where they train)."""
    if posixpath.splitext(file)[1].lower() not in PICTURES:
        return
    if photo_place(os.path.join(settings.docs_dir, file)):
        problems.add(
            "photo-location",
            settings.display_uri(file),
            1,
            f"this photo holds the place where it was taken (the GPS position a phone saves in it), and it is "
            f"published to everyone with {published_with}, which is public; save a copy without the location and use "
            'that (Windows: right-click it, Properties, Details, "Remove Properties and Personal Information"; a '
            "Mac: open it in Preview, Tools, Show Inspector, the GPS tab, Remove Location Info), or make the page "
            "accreditor or internal",
            also=[published_with],
        )


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


def _read_project(
    settings: Settings, reserved: Reserved, kept: SourceCache | None, item_checks: ItemChecks | None
) -> Project:
    cache = kept or SourceCache()
    read_by, problems = load_framework(
        settings.framework,
        settings.display(settings.framework),
        settings.framework_named_at,
        partial=True,
        root=settings.root,
    )
    framework = None if problems.errors else read_by  # the items are read by one with errors in its settings alone
    tree = scan(settings, problems)
    _check_strays(settings, problems)
    _check_publish_patterns(settings, tree, problems)
    existing, skipped = frozenset(tree.files), frozenset((*tree.skipped, *tree.companions))
    pages: dict[str, Page] = {}
    faulty: list[Item] = []
    referred: set[str] = set()
    """Files that pages' links lead to, and that items name (attachments, survey files), those of items with errors
    included."""
    surveys = SurveyReader(settings)
    published_with: dict[str, tuple[str, bool]] = {}
    """The files public pages attach or refer to, each with the first such page (as problems name it; one without
    errors first), and whether that page has errors."""
    docs = str(settings.docs_dir)
    generated = frozenset(reserved(read_by))
    links = LinkChecks(settings, existing | generated)
    if kept is not None:
        depends_on = kept_readings_depend_on(settings, read_by, existing, tree)
        if kept.checked_with != depends_on:
            kept.checked, kept.checked_with = {}, depends_on

    def read(uri: str) -> _Read:
        """A Markdown file read and checked alone (None when it cannot be read), its links checked, its item checked
        on its own, and what a kept cache keeps of it (for another process's cache to keep); as the kept cache's
        last reading of it found, while the file and all that reading depends on are as they were."""
        path, file = settings.display_uri(uri), os.path.join(docs, uri)
        source, found = cache.read(file, path, settings.max_file_mb)
        entry = kept.entry(file) if kept else None
        if source is None:
            return None, found, _UNCHECKED, Problems(), entry
        if kept is not None and (done := kept.checked.get(file)) and done[4] is entry:
            page, found, linked, alone, _ = done
            return page, Problems(found), linked, alone, entry  # (a copy: what surveys count adds is this build's)
        page, checked = parse_page(
            uri,
            path,
            source,
            read_by,
            existing,
            tree.links_out,
            theme_dirs=settings.theme_dirs,
            plain_fences=settings.plain_fences,
            extensions=settings.extension_modules,
            draft_read=settings.reads_draft(uri),
            blog_post=settings.blog_post(uri),
            as_of=settings.as_of,
            own_labels=settings.own_references,
            left_out=skipped,
            site_host=settings.site_host,
        )
        found = Problems(found + checked)
        linked = links.check(page)
        item = page.item
        return (
            page,
            found,
            linked,
            item_checks(read_by, item) if item and read_by and item_checks else Problems(),
            entry,
        )

    for uri in tree.files:
        if not is_markdown(uri) and is_markdown(uri.lower()):
            _check_markdown_case(settings, uri, problems)
    markdown = [uri for uri in tree.files if is_markdown(uri)]
    # Only a first read is shared between processes: a rebuild of `mkdocs serve` reads the files that changed.
    read_pages = map_in_parallel(read, markdown) if cache.empty else [read(uri) for uri in markdown]
    for uri, (page, found, (linked, leads_to), alone, entry) in zip(markdown, read_pages, strict=True):
        if kept is not None and entry is not None:  # (read by another process: this one's cache keeps it too)
            kept.keep(os.path.join(docs, uri), entry)
            if page is not None:
                kept.checked[os.path.join(docs, uri)] = (page, Problems(found), (linked, leads_to), alone, entry)
        counted = True
        if page is not None:
            page, counted = surveys.count(page, found)  # an item's NPS measures: the answers in its survey files
            if page.item is not None:
                referred.update((*page.item.attachments.values(), *page.item.data_files))
        problems.extend(found)
        problems.extend(alone)
        referred |= leads_to  # a page with errors refers to its files too
        if page is not None and all(error.line < page.body_line for error in found.errors):
            # with errors in its front matter alone too: each problem fixed in one round, not its links after its
            # front matter (a conformance audit); not with one in its text, which may make its links text (an HTML
            # block left open)
            problems.extend(linked)
        if page is not None and page.visibility == "public":  # a CSV published to everyone with it: no
            # respondent's name in it (told with a page's other errors, one run telling every problem; named by a
            # page without errors where there is one, which publishes it: a review of the change)
            published = (*page.item.attachments.values(), *sorted(leads_to)) if page.item else sorted(leads_to)
            for file in published:
                if file not in published_with or (published_with[file][1] and counted and not found.errors):
                    published_with[file] = (settings.display_uri(uri), not (counted and not found.errors))
        if page is not None and counted and not found.errors:
            pages[uri] = page
        elif page is not None and page.item is not None:
            faulty.append(page.item)
    other_names = _leave_out_other_names(settings, tree, pages, problems)
    faulty = [item for item in faulty if item.src_uri not in other_names]
    # not a file a withheld item keeps, which no public build holds (a review of the change: a photo an internal
    # item attaches, shown by a public page, was told to be published to everyone)
    kept_by_items = {  # (an item with errors keeps its files only where it is withheld itself: a review of that)
        path
        for item in (*(page.item for page in pages.values() if page.item), *faulty)
        if item.visibility != "public"
        for path in (*item.attachments.values(), *item.data_files)
    }
    for file, (page_named, _) in published_with.items():
        if file not in kept_by_items:
            surveys.look_for_personal_data(file, page_named, problems)
            _look_for_a_place(settings, file, page_named, problems)
    scripts, told = script_files(settings, (uri for uri in tree.files if not is_markdown(uri)))
    problems.extend(told)
    files = frozenset(uri for uri in tree.files if not is_markdown(uri) and uri not in scripts)
    folder_meta = {
        posixpath.dirname(uri): (uri, data)
        for uri in tree.companions
        if uri.rsplit("/", 1)[-1] in settings.meta_files
        and (data := _check_meta_file(settings, uri, markdown, generated, problems)) is not None
    }
    for uri in tree.companions:
        if uri.rsplit("/", 1)[-1] == META_FILE and META_FILE not in settings.meta_files:
            _check_unread_meta_file(settings, uri, problems)
        elif uri.rsplit("/", 1)[-1] in settings.pages_files:
            check_pages_file(settings, uri, problems)
    project = Project(
        settings,
        framework,
        pages,
        files,
        problems,
        tree,
        folder_meta,
        tuple(faulty),
        tuple(uri for uri in markdown if uri not in pages and uri not in other_names),
        other_names,
        items_unchecked=read_by is None and problems.errors != [] and any(page.item for page in pages.values()),
    )
    _check_addresses(project, existing, generated)
    # Pages read only in part (with errors, or items without a framework to read their measures by) may name files
    # that `referred` does not hold: such a file is not said to be named by no page.
    unsure = [*project.faulty_pages, *(uri for uri, page in pages.items() if page.item and read_by is None)]
    _check_unreferenced(project, referred, unsure)
    problems.sort()
    return project


def _leave_out_other_names(
    settings: Settings, tree: Tree, pages: dict[str, Page], problems: Problems
) -> dict[str, str]:
    """An item read under two names, a symbolic link to it inside evidence/ being the other (read by `scan` as a
    file like any other), would count twice towards a section's coverage and be listed twice: the link is left out
    of the pages (out of every build, as a page with errors is), its problems (the item's, said again) with it, and
    a warning names both (shown only where both may be). Of several links to one file, the file keeps its name, or
    the first link does where the file is not a page. Hard links are not looked for: git, which contributions come
    by, keeps none. The links left out, with the name each leads to."""
    docs = os.path.realpath(settings.docs_dir)
    names: dict[str, list[str]] = {}
    for uri in sorted(uri for uri in tree.links if is_markdown(uri)):
        target = os.path.relpath(os.path.realpath(os.path.join(docs, uri)), docs).replace(os.sep, "/")
        page, item = pages.get(uri), pages.get(target)
        # a link read with errors of its own (an attachment beside the item, not beside the link) is as much the
        # item's other name, where the item itself reads without error
        if (page is not None and page.item is not None) or (item is not None and item.item is not None):
            names.setdefault(target, []).append(uri)
    left_out: dict[str, str] = {}
    for target, links in names.items():
        kept = target if target in pages else links[0]
        for uri in links:
            if uri != kept:
                pages.pop(uri, None)
                left_out[uri] = kept
                problems.add(
                    "another-name",
                    settings.display_uri(uri),
                    1,
                    f"this file is another name of the item {settings.display_uri(kept)} (a symbolic link to it), so "
                    f"it is left out of the site and the item counts once, as {settings.display_uri(kept)}; delete "
                    "this file, or link to the item from a page instead",
                    also=(settings.display_uri(kept),),
                )
    shown = {settings.display_uri(uri) for uri in left_out}
    if shown:
        problems[:] = [p for p in problems if p.path not in shown or p.code == "another-name"]
    return left_out


def _as_named_in(docs_dir: Path, relative: str) -> str:
    """A path under evidence/ with each of its folders named as evidence/ names it (`Actions/` where there is
    `actions/`), and its name ending in ".md" (not ".MD"): where a stray item is to go (a hostile review found the
    capitals kept, which a system telling them apart reads as another folder)."""
    *folders, name = relative.split("/")
    named, where = [], docs_dir
    for folder in folders:
        try:
            there = [entry.name for entry in os.scandir(where) if entry.is_dir(follow_symlinks=False)]
        except OSError:
            there = []
        folder = next(
            (n for n in there if n == folder), next((n for n in there if n.lower() == folder.lower()), folder)
        )
        named.append(folder)
        where = where / folder
    if name.lower().endswith(".md"):
        name = name[:-3] + ".md"
    return "/".join([*named, name])


def _check_publish_patterns(settings: Settings, tree: Tree, problems: Problems) -> None:
    """A warning for each entry of the `publish` option that matches no file under evidence/ (a fuzz of malformed
    input: `publish: [nothere.pdf]`, a name mistyped, published nothing without a word)."""
    for pattern in settings.publish:
        matched = _glob(pattern)
        if not any(matched.fullmatch(uri) for uri in tree.files):
            path, line = option_where(settings.config_file, settings.root, "publish")
            problems.add(
                "publish-unmatched",
                path,
                line,
                f'the portfolio option publish has the entry "{pattern}", which matches no file under evidence/, so it '
                "publishes nothing; correct it (a path from evidence/, such as downloads/annual-report.pdf, or a "
                "pattern, such as downloads/*.pdf), or remove it",
            )


def _check_strays(settings: Settings, problems: Problems) -> None:
    """Items saved beside evidence/ instead of in it (see reading/strays.py)."""
    docs = settings.display(settings.docs_dir)
    strays = list(stray_items(settings, ITEM_TYPES))
    config = settings.config_file
    publishing = (
        configurations_publishing(settings.root, config, settings.docs_dir, (path for path, _, _ in strays))
        if config
        else {}
    )
    for path, line, type_id in strays:
        first, _, rest = path.relative_to(settings.root).as_posix().partition("/")
        # in a folder of evidence/'s name, or in docs/ (MkDocs' own name for it): from within it
        inside = rest and first.lower() in (settings.docs_dir.name.lower(), "docs")
        under = rest if inside else f"{first}/{rest}".rstrip("/")
        under = _as_named_in(settings.docs_dir, under)
        others = publishing.get(path, [])
        for other, other_line in others:
            problems.add(
                "unsafe-setting",
                settings.display(other),
                other_line,
                f"this file is a MkDocs configuration without the portfolio plugin whose docs_dir holds "
                f"{settings.display(path)}, an item (type: {type_id}), so `mkdocs build -f {settings.display(other)}` "
                f"would publish it to everyone, whatever its visibility; move the item to {docs}/{under}",
            )
        built = "no build of the portfolio publishes it" if others else "no build publishes it"
        problems.add(
            "item-outside-evidence",
            settings.display(path),
            line,
            f"this item (type: {type_id}) is outside {docs}/, so {built}; move it to {docs}/{under}",
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
) -> LineMap | None:
    """Material's meta plugin gives every page of a folder the keys of its meta file; the portfolio reads each
    page's own front matter only, so keys it reads there (a `visibility` meant to withhold the folder) are an
    error, not a silent difference between what the file says and what is published. The meta plugin tells a
    folder's pages by the start of their path, so it also gives them to a page beside the folder whose name starts
    as the folder's does (sg-policy.md for sg/.meta.yml, or the generated case-studies.md for case-studies/): an
    error in builds narrower than internal, since that page may be published where the folder's are withheld. What
    it gives (None: the file cannot be read, or holds no keys)."""
    path = settings.display_uri(src_uri)
    folder = posixpath.dirname(src_uri)
    beside = settings.audience != "internal" and folder
    pages = [*markdown, *sorted(uri for uri in generated if is_markdown(uri))] if beside else []
    strays = [uri for uri in pages if uri.startswith(folder) and not uri.startswith(folder + "/")]
    views = [
        view
        for blog in settings.blogs
        if beside and blog.folder != folder and not blog.folder.startswith(folder + "/")
        for view in blog.views
        if view.startswith(folder) or folder.startswith(view.rstrip("/"))
    ]
    if views:  # pages the blog makes during the build, after the portfolio has read its own
        problems.add(
            "unsafe-setting",
            path,
            1,
            f'Material\'s meta plugin gives the keys of this file to every page whose path starts with "{folder}", so '
            f"also to the pages the blog generates at {views[0]}..., which show the posts of every folder; rename "
            "this folder so that its name starts as none of the blog's own pages do (archive, category, author, page)",
        )
    elif strays:
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
    data = companion_data(settings, src_uri, problems)
    if data is None:
        return None
    read_here = {"type", "visibility", *item_only_keys()}  # tags and the like are the meta plugin's to give
    name = src_uri.rsplit("/", 1)[-1]
    drafts = settings.reads_draft(src_uri)  # a blog's folder: its `draft: true` leaves the posts out of a build
    for key in data:
        if key in read_here:
            problems.add(
                "unsafe-setting",
                path,
                data.line_of(key) + 1,
                f'"{key}" in {name} would apply to every page of this folder, but the portfolio reads "{key}" only '
                "from each page's own front matter; set it there (in each page), and remove it from this file",
            )
        elif (kept := kept_to(key, data[key], draft_read=drafts, as_of=settings.as_of)) is not None:  # (a review)
            problems.add(
                "unread-visibility",
                path,
                data.line_of(key) + 1,
                f'"{key}: {as_written(data[key])}" in {name} is not read: only each page\'s own "visibility" keeps it '
                f"from an audience, so the pages of this folder would be published to everyone; write "
                f'"visibility: {kept}" in each page\'s front matter, and remove this line',
            )
    return data


def _check_unread_meta_file(settings: Settings, src_uri: str, problems: Problems) -> None:
    """A `.meta.yml` that nothing reads (Material's meta plugin is off, or reads files of another name) whose
    `visibility`, or another key meaning to keep its folder from the public, would otherwise be silently ignored:
    the pages of the folder are published as each says (a hostile review). Unreadable, it keeps nothing either, and
    is left as other files nothing reads are."""
    data = companion_data(settings, src_uri)
    if data is None:
        return
    name = src_uri.rsplit("/", 1)[-1]
    for key in data:
        value = data[key]
        visibility = str(key).strip().lower() == "visibility"  # `Visibility: Internal` too, `visibility: staff`
        said = as_audience(str(value).strip().lower()) if visibility else None
        said = said or kept_to("audience" if visibility else key, value, as_of=settings.as_of)
        kept = said if said != "public" else None
        if kept is not None:
            problems.add(
                "unread-visibility",
                settings.display_uri(src_uri),
                data.line_of(key) + 1,
                f'"{key}: {as_written(value)}" in {name} is not read: Material\'s meta plugin, which reads {name}, '
                f'is not on for it in mkdocs.yml, and only each page\'s own "visibility" keeps it from an audience, '
                f'so the pages of this folder are published as each of them says; write "visibility: {kept}" in '
                "each page's front matter, and remove this line",
            )


def _folded(address: str) -> str:
    """An address as the file systems of Windows and macOS tell names apart: not by capitals, nor by how an accented
    letter is encoded ("é" as one character or as "e" and an accent)."""
    return unicodedata.normalize("NFC", address).lower()


def _how_alike(here: str, other: str) -> str:
    """How two names that Windows and macOS read as one (_folded) differ, and, where it is in how an accented letter
    is encoded, which writes it how (a hostile review: two names that look the same, and which to rename?)."""
    if here.lower() == other.lower():
        return "only in capitals"
    one, two = (("one character", "a letter and an accent"), ("a letter and an accent", "one character"))[
        unicodedata.normalize("NFC", here) != here
    ]
    return f"only in how their letters are encoded (an accented letter is {one} in the first, {two} in the other)"


def _check_addresses(project: Project, existing: frozenset[str], generated: frozenset[str]) -> None:
    """Two files the site would hold at one address are an error naming both (one would silently replace the
    other), as is a file at the address of a generated page; so is an item in evidence/index.md."""
    settings = project.settings
    owners = {destination(uri, settings.use_directory_urls): uri for uri in generated}
    by_folded = {_folded(dest): dest for dest in owners}
    # the files the site writes itself (portfolio.json, sitemap.xml, the server's 404.html), which no folder can be
    # named as (a fuzz: an item evidence/portfolio.json.md passed the check and stopped the build in a traceback)
    written = {_folded(dest) for dest, uri in owners.items() if not is_markdown(uri)} | {"404.html"}
    for uri in sorted(existing):
        if uri == INTRO_URI:
            continue  # evidence/index.md is the introduction of the overview, and takes its address
        dest = destination(uri, settings.use_directory_urls)
        folders = dest.split("/")[:-1]
        inside = next(
            (path for path in ("/".join(folders[: n + 1]) for n in range(len(folders))) if _folded(path) in written),
            None,
        )
        if inside is not None:
            project.problems.add(
                "url-clash",
                settings.display_uri(uri),
                1,
                f"this file's address on the site would be inside a folder {inside}/, but the site writes a file of "
                f"that name itself ({inside}), so it cannot be built; rename or move it",
            )
            continue
        alike = by_folded.setdefault(_folded(dest), dest)
        other = owners.get(alike)
        if other is not None and alike != dest:
            for here, there in ((other, uri), (uri, other)):
                how = _how_alike(*(destination(uri, settings.use_directory_urls) for uri in (here, there)))
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
    _check_folder_names(project, existing)
    tops = {uri.split("/", 1)[0] for uri in existing}
    for uri in sorted(existing & theme_files(settings, tops) - generated):
        project.problems.add(
            "url-clash",
            settings.display_uri(uri),
            1,
            f"this file would take the place of the theme's own file {uri}, which every page loads or shows; rename "
            "or move it (to change the theme's file, save yours at that path in the custom_dir of mkdocs.yml)",
        )
    intro = project.pages.get(INTRO_URI)
    if intro and intro.item:
        project.problems.add(
            "intro-is-item",
            intro.path,
            1,
            "evidence/index.md is the introduction of the overview page, not an item; move this item to its own file",
        )


def _check_folder_names(project: Project, existing: frozenset[str]) -> None:
    """Two folders whose names differ only in capitals (or in how their letters are encoded), `Leadership/` beside
    `leadership/`: one folder on Windows and macOS, where a site built holds the pages of both in one, and its links
    to the other spelling lead nowhere once it is served by a system that tells them apart (an outside review). An
    error at the first file of each other spelling, naming the spelling with the most files and a file of it."""
    settings = project.settings
    files_in: dict[str, list[str]] = {}  # each folder (and the folders it is in) -> the files in it
    for uri in sorted(existing):
        folder = uri.rpartition("/")[0]
        while folder:
            files_in.setdefault(folder, []).append(uri)
            folder = folder.rpartition("/")[0]
    spellings: dict[str, dict[str, list[str]]] = {}  # a folder as those systems read it -> each spelling's files
    for folder in sorted(files_in, key=lambda folder: folder.count("/")):
        spellings.setdefault(_folded(folder), {})[folder] = files_in[folder]
    told: set[str] = set()
    for spelt in spellings.values():
        if len(spelt) < 2:
            continue
        kept = max(spelt, key=lambda folder: (len(spelt[folder]), folder == folder.lower()))
        for folder, files in spelt.items():
            if folder == kept or any(folder.startswith(other + "/") for other in told):
                continue  # (`A/b/` beside `a/b/` is told of as `A/` alone)
            told.add(folder)
            how = _how_alike(kept, folder)
            project.problems.add(
                "url-clash",
                settings.display_uri(files[0]),
                1,
                f"this file's folder {folder}/ and the folder {kept}/ (of {settings.display_uri(spelt[kept][0])}) "
                f"have names that differ {how}: on Windows or macOS they would be one folder, and links to one of "
                f"them would lead nowhere on a site served from another system; move this file into {kept}/",
                also=[settings.display_uri(spelt[kept][0])],
            )


UNCHECKED = (
    "the evidence files were not checked against the framework, which could not be read as far as they need (its "
    "rating scale, sections, challenges and metrics): fix its errors, then check again to see the evidence files'"
    " own problems"
)
"""Said after the count of problems where a project's items are unchecked (Project.items_unchecked)."""


def _check_unreferenced(project: Project, referred: set[str], unsure: list[str]) -> None:
    """Files no page refers to are warnings (they reach no audience). `referred` holds the files the pages' links
    lead to, and those items name (their attachments and survey files, even when the item has an error: that error
    is reported, and the file is not a second problem); a file whose name the text of a page in `unsure` (one read
    only in part) holds is not said to be named by none."""
    settings = project.settings
    candidates = project.files - referred
    for uri in sorted(candidates - _named_in(settings, unsure, candidates)):
        misnamed = is_markdown(uri.lower())  # a page named ".MD", an error already
        if not (misnamed or project.site_file(uri) or project.listed_to_publish(uri)):
            project.problems.add(
                "unreferenced-file",
                settings.display_uri(uri),
                1,
                f'this file is a copy of "{_backup_of(uri)}" that an editor keeps (a backup), with front matter as an '
                "item has, but it is no page and no page refers to it: delete it, or move it out of evidence/"
                if _backup_of(uri) and _starts_as_a_page(settings, uri)
                else f'this file starts with front matter (---), as an item does, but its name does not end in ".md", '
                f'so it is not read as a page (and no page refers to it): rename it to "{_as_page(uri)}"'
                if _starts_as_a_page(settings, uri)
                else "no page refers to this file, so it is published to no audience; list it in the attachments of "
                "the item it belongs to, link to it from a page, or remove it",
            )


def _named_in(settings: Settings, pages: list[str], files: Iterable[str]) -> set[str]:
    """The files among `files` whose name the text of one of `pages` holds (in any capitals)."""
    texts = [text.casefold() for text in (raw_text(settings, uri) for uri in pages) if text is not None]
    return {uri for uri in files if any(posixpath.basename(uri).casefold() in text for text in texts)}


def raw_text(settings: Settings, uri: str) -> str | None:
    """The text of a file under evidence/, however it is encoded (a page with errors may be saved as UTF-16, or be
    too large to read as a page), up to 4 times max_file_mb; None when it cannot be read."""
    try:
        with open(os.path.join(settings.docs_dir, uri), "rb") as file:
            raw = file.read(int(settings.max_file_mb * 4_000_000))
    except OSError:
        return None
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8", "replace")


def unread_page_text(settings: Settings, uri: str) -> str | None:
    """The text of a page with errors, as raw_text reads it; None (which may name any file) when the page is larger
    than max_file_mb, an error of its own: read as a browser might read it, tens of MB took seconds and GB."""
    try:
        if os.stat(os.path.join(settings.docs_dir, uri)).st_size > settings.max_file_mb * 1_000_000:
            return None
    except OSError:
        return None
    return raw_text(settings, uri)


def _starts_as_a_page(settings: Settings, uri: str) -> bool:
    """Whether a file not named as Markdown starts as an item does (saved as "x.md.txt" by Notepad, or as "x" by a
    web form that was given no ending)."""
    try:
        with open(os.path.join(settings.docs_dir, uri), "rb") as file:
            start = file.read(1024).removeprefix(b"\xef\xbb\xbf")
    except OSError:
        return False
    return start.startswith(b"---") and re.search(rb"\n(title|type):", start) is not None


def _backup_of(uri: str) -> str | None:
    """The page a file is an editor's backup of ("a.md~", "a.md.bak", "a.md.orig", "#a.md#"), by its name; None for
    any other (a malformed-input review: "a.md~" was told to be renamed "a.md~.md")."""
    name = posixpath.basename(uri)
    page = name[1:-1] if name[:1] == name[-1:] == "#" else re.sub(r"(?:~|\.bak|\.orig)$", "", name, flags=re.IGNORECASE)
    return page if page != name and is_markdown(page.lower()) else None


def _as_page(uri: str) -> str:
    """The name a file that is an item should have: its name ending in ".md" instead of ".txt" or another text's
    (Notepad's "a.md.txt" is "a.md", "notes.txt" and "notes.docx" are "notes.md"; a program's "a.md.docx" is "a.md",
    not "a.md.docx.md": a careless contributor's review), or with ".md" added; without the spaces and dots it ends in
    ("notes.md " is "notes.md": it was "notes.md .md", a careless contributor's review)."""
    name = posixpath.basename(uri).rstrip(" .") or posixpath.basename(uri)
    if name.lower().endswith(".md"):
        return name[:-3] + ".md"  # in small letters: ".MD" is no page either
    if (added := _ADDED_TO_MD.search(name)) is not None:
        return name[: added.start()] + ".md"
    stem, extension = posixpath.splitext(name)
    return f"{stem if extension.lower() in _TEXT_EXTENSIONS else name}.md"


_TEXT_EXTENSIONS = frozenset((".txt", ".text", ".docx", ".doc", ".odt", ".rtf"))
"""The extensions a program gives a text saved from it, which an item saved so should lose ("minutes.docx" holding
front matter is "minutes.md", not "minutes.docx.md": a novice's review)."""


_ADDED_TO_MD = lazy_pattern(r"(?i)\.md\.[a-z0-9]{1,5}$")
"""An extension a program added after ".md" (Notepad's ".txt", Word's ".docx")."""


def file_links(project: Project) -> Iterator[tuple[str, Link, str]]:
    """Each link of a page's text that leads to a file under evidence/ (not a page), with the page and the file:
    (page, link, file)."""
    settings = project.settings
    by_destination = {
        destination(uri, settings.written_directory_urls): uri for uri in (*project.files, *project.pages)
    }
    root = "/" + urlsplit(settings.site_url).path.strip("/")
    root = root.rstrip("/") + "/"
    escapes = markdown_escapes(settings.markdown_extensions)
    for uri, page in project.pages.items():
        for link in (as_in_page(written, escapes) for written in page.links_read):
            found = link_target(link, uri, settings.written_directory_urls, by_destination)
            written = unquote(clean_url(link.target, link.html).split("#", 1)[0].split("?", 1)[0])
            if found is None and written.startswith(root) and not written.startswith("//"):
                found = posixpath.normpath(written[len(root) :]) + ("/" if written.endswith("/") else "")
            found = served_for(found, project.files) if found is not None else None
            if found is not None and found in project.files:
                yield uri, link, found


def served_for(path: str, files: Container[str]) -> str:
    """The file under evidence/ a server answers a link to `path` with: `path` when it is one; else a folder's
    index.html, or (as GitHub Pages and other hosts serve a page of HTML without its extension) path.html."""
    if path in files:
        return path
    base = path.rstrip("/")
    served = [f"{base}/index.html", f"{base}/index.htm"]
    served += [] if path.endswith("/") else [f"{base}.html", f"{base}.htm"]
    return next((file for file in served if file in files), path)


@functools.cache
def _glob(pattern: str) -> re.Pattern[str]:
    """A `publish` pattern as a regular expression over paths under evidence/."""
    parts = re.split(r"(\*\*/?|\*|\?)", pattern.strip().lstrip("/"))
    wild = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
    return re.compile("".join(wild.get(part, re.escape(part)) for part in parts))
