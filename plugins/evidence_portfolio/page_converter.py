"""How the portfolio's pages of a build are rendered from Markdown, for the MkDocs adapter (plugin.py): with one
python-markdown converter, and shared between the machine's cores.

One converter. MkDocs makes a new converter (`markdown.Markdown`, every extension of mkdocs.yml set up anew) for
each page it renders: 0.17 ms a page, a quarter of a second of a 1,600-item build. python-markdown's converters are
made to convert one document after another, `reset()` between them (each extension that keeps a document's state
resets it then). The portfolio's pages are still rendered by MkDocs' own `Page.render`; while it runs, the
converter it makes is the build's one converter, reset. python-markdown's extensions and pymdown-extensions' (tabs,
blocks, emoji...) reset what they keep (tests/test_page_converter.py), but for one number: the footnotes' ids
(UNIQUE_IDS) count the documents converted, to tell apart the notes of documents shown on one page; it is put back
as a new converter has it. An extension that kept a page's state without resetting it would carry it to the next
page, all of whose pages the audience may see.

Shared between cores. Rendering the pages' Markdown is a fifth of a build, one page after another. Before MkDocs
reads the first page, `rendered_ahead` renders the pages the portfolio read (items and other pages under evidence/)
in forked copies of the build as well as in the build itself (reading/in_parallel.py), each page with MkDocs' own
`Page.render`, and keeps what that sets on the page, what it logs, and what it saw of the site's files (the page's
own address, and each file a link named). When MkDocs then renders such a page, and its Markdown is what was
rendered ahead (no other plugin changed it), those files are as they were (no plugin moved or removed one), and so
are the settings its rendering reads (`_render_settings`: a plugin may change them later) and its depth below
Python's recursion limit (python-markdown stops reading deeper nesting near it: a page is rendered ahead as far
below it as MkDocs will render it), the page takes what was kept and the log records are handed to their loggers,
at the moment and in the order MkDocs would have made them; any other page, or one whose rendering ahead failed,
warned (Python shows a warning once per module of the build) or changed anything else, is rendered then, as MkDocs
renders it. Only code that keeps nothing from one page for the next allows it (STATELESS_CODE:
python-markdown's and pymdown-extensions' extensions, and Material's emoji functions that their options name):
another extension, or a function an extension's options name (a fence's format, a slugify), may keep what it
meets for the rest of the build (mkdocs-autorefs keeps every heading; Material's `preview` adds to its options),
which a forked copy would keep to itself. `then` seals each page rendered ahead in the same process (plugin.py);
MkDocs' on_page_content takes that sealed page only if the HTML it is given, and the page's address, are what
they were then, and seals the page itself otherwise."""

from __future__ import annotations

import logging
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import FrameType
from typing import Any, TypeVar, cast

import markdown
from markdown.extensions import Extension
from markdown.extensions.footnotes import FootnoteExtension
from mkdocs.commands import build
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure import pages
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils import meta

from .model.markdown_extensions import PYTHON_MARKDOWN_EXTENSIONS
from .reading.in_parallel import map_in_parallel, worth_sharing

SET_BY_RENDER = frozenset(("content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors"))
"""What MkDocs' `Page.render` sets on a page (MkDocs 1.6 and ProperDocs); a page that its rendering changed in any
other way is rendered again by the build itself."""
STATELESS_CODE = ("markdown", "pymdownx", "material.extensions.emoji")
"""Where the Markdown extensions, and the functions their options name (a fence's format, an emoji generator, a
slugify), keep nothing from one page for the next (above): python-markdown, pymdown-extensions, and Material's
emoji functions (not its `preview` extension, which adds to its options at every page)."""
WARNINGS_RAISED = ("error", None, Warning, None, 0)
"""A filter of Python's warnings that makes each warning an exception (one rendered ahead is rendered again)."""
_ABSENT = object()
Then = TypeVar("Then")


def rendered_with_one_converter(rendered: Iterable[Page]) -> None:
    """Render these pages with one converter per set of Markdown settings. Only MkDocs' own pages are changed
    (not those of another plugin's kind of page)."""
    converters = _Converters()
    for page in rendered:
        if type(page) is Page:
            page.__class__ = _OneConverterPage
            page.converters = converters  # type: ignore[attr-defined]


def rendered_ahead(
    rendered: Sequence[Page],
    source: Callable[[Page], str | None],
    then: Callable[[Page, str], Then | None],
    config: MkDocsConfig,
    files: Files,
) -> dict[str, tuple[str, Then]]:
    """Render these pages' Markdown now, shared between processes (above), from the source MkDocs will read for each
    (`source`, the portfolio's on_page_read_source; None: rendered by MkDocs alone), and do `then` with each page's
    HTML in the same process. What `then` gave for each page (when not None), with the HTML it was given, by the
    page's src_uri."""
    ahead = [page for page in rendered if isinstance(page, _OneConverterPage)]
    headroom = _headroom_of_mkdocs_render()
    if not worth_sharing(len(ahead)) or not _keeps_nothing(config) or headroom is None:
        return {}
    for converters in {page.converters for page in ahead}:
        converters.settings_ahead = _render_settings(config)

    def render(page: _OneConverterPage) -> tuple[_Rendered, Then | None] | None:
        written = source(page)
        done = None if written is None else _render(page, meta.get_data(written)[0], config, files, headroom)
        return None if done is None else (done, then(page, done.set_on_page["content"]))

    followed = {}
    for page, done in zip(ahead, map_in_parallel(render, ahead), strict=True):
        if done is not None:
            page.ahead = done[0]
            if done[1] is not None:
                followed[page.file.src_uri] = (done[0].set_on_page["content"], done[1])
    return followed


def _keeps_nothing(config: MkDocsConfig) -> bool:
    """Whether every Markdown extension of the build, and every function their options name, is STATELESS_CODE."""
    return all(map(_stateless, config.markdown_extensions)) and _stateless_options(config.mdx_configs)


def _stateless(extension: object) -> bool:
    if isinstance(extension, str):
        name = extension.split(":")[0]
        return name in PYTHON_MARKDOWN_EXTENSIONS or _stateless_code(name)
    options = extension.getConfigs() if isinstance(extension, Extension) else None  # made by a plugin or hook
    return _stateless_code(type(extension).__module__) and _stateless_options(options)


def _stateless_options(value: object) -> bool:
    if value is None or isinstance(value, (str, int, float)):
        return True
    if isinstance(value, Mapping):
        return all(map(_stateless_options, value.values()))
    if isinstance(value, (list, tuple)):
        return all(map(_stateless_options, value))
    module = getattr(value, "__module__", None) if callable(value) else type(value).__module__
    return isinstance(module, str) and _stateless_code(module)


def _render_settings(config: MkDocsConfig) -> object:
    """What MkDocs' rendering of a page reads of the build's settings, as it is now (a plugin may change it once the
    pages are rendered ahead): the Markdown extensions and their options, the kind of URLs, the validation of links,
    and which of its messages are logged."""
    level = logging.getLogger(pages.__name__).getEffectiveLevel()
    return _frozen(
        (config.markdown_extensions, config.mdx_configs, config.use_directory_urls, config.validation, level)
    )


def _frozen(value: object) -> object:
    """`value` as it is now, to compare with itself later, however it changes in place."""
    if isinstance(value, Mapping):
        return tuple((key, _frozen(entry)) for key, entry in value.items())
    if isinstance(value, (list, tuple)):
        return tuple(map(_frozen, value))
    if isinstance(value, Extension):
        return value, _frozen(value.getConfigs())
    return value


def _headroom_of_mkdocs_render() -> int | None:
    """How far below Python's recursion limit MkDocs will render each page (build -> _populate_page ->
    Page.render), told from where this is called in MkDocs' build; None when it is not called from there.

    python-markdown and pymdown-extensions stop reading deeper nesting (quotes, lists, blocks) as they near the
    limit, so a page is rendered ahead with the same headroom, which MkDocs' rendering checks (`_depth`)."""
    codes = [frame.f_code for frame in _stack(sys._getframe())]
    if build.build.__code__ not in codes:
        return None
    return sys.getrecursionlimit() - (len(codes) - codes.index(build.build.__code__) + 2)


def _depth() -> int:
    """The frames of the caller's stack, its own included."""
    return sum(1 for _ in _stack(sys._getframe(1)))


def _stack(frame: FrameType | None) -> Iterator[FrameType]:
    while frame is not None:
        yield frame
        frame = frame.f_back


def _stateless_code(module: str) -> bool:
    return any(f"{module}.".startswith(f"{code}.") for code in STATELESS_CODE)


Seen = tuple[str, InclusionLevel] | None
"""What rendering a page sees of a file: its URL and whether it is in the site (None: no such file)."""


@dataclass
class _Rendered:
    """What MkDocs' rendering of a page's Markdown set on it, and logged, and what it saw of the files."""

    markdown: str
    set_on_page: dict[str, Any]
    links_to_anchors: dict[str, dict[str, str]] | None
    """Page.links_to_anchors, by the path of each file linked to (a forked copy's files are not the build's)."""
    records: list[logging.LogRecord]
    seen: dict[str, Seen]
    """Each file the rendering looked at, by its path (the page's own first): a plugin may move or remove one once
    it is rendered ahead, and before MkDocs renders it."""
    headroom: int
    """How far below Python's recursion limit the page was rendered (see _headroom_of_mkdocs_render)."""

    def set_on(self, page: Page, files: Files) -> bool:
        """Set what was rendered on `page`, and hand its log records to their loggers; False (nothing done) when a
        file it looked at is not as it was then."""
        if any(_seen(files.get_file_from_path(path)) != seen for path, seen in self.seen.items()):
            return False
        linked = {uri: file for uri in self.links_to_anchors or {} if (file := files.get_file_from_path(uri))}
        for record in self.records:
            logging.getLogger(record.name).handle(record)
        vars(page).update(self.set_on_page)
        if self.links_to_anchors is not None:
            page.links_to_anchors = {linked[uri]: links for uri, links in self.links_to_anchors.items()}
        return True


def _render(
    page: _OneConverterPage, written: str, config: MkDocsConfig, files: Files, headroom: int
) -> _Rendered | None:
    """MkDocs' rendering of `written` as this page's Markdown, `headroom` frames below Python's recursion limit, the
    page left as it was; None when rendering raised an exception (MkDocs will meet it again, where it reports it),
    warned (Python's warnings are shown once per module of the build) or changed anything else on the page."""
    before = dict(vars(page))
    records: list[logging.LogRecord] = []
    seen = {page.file.src_uri: _seen(page.file)}
    handle, look_up = logging.Logger.handle, files.get_file_from_path

    def looked_up(path: str) -> File | None:
        file = look_up(path)
        seen.setdefault(path, _seen(file))
        return file

    logging.Logger.handle = lambda logger, record: records.append(_portable(record))  # type: ignore[method-assign,assignment]
    files.get_file_from_path = looked_up  # type: ignore[method-assign]
    config._current_page = page
    limit = sys.getrecursionlimit()
    filters = cast(list[Any], warnings.filters)
    filters.insert(0, WARNINGS_RAISED)  # not by warnings.simplefilter, which forgets which warnings have been shown
    try:
        page.markdown = written
        sys.setrecursionlimit(_depth() + 1 + headroom)  # as MkDocs' Page.render, one frame down, will have it
        _OneConverterPage.render(page, config, files)
        rendered = {key: value for key, value in vars(page).items() if before.get(key, _ABSENT) is not value}
    except Exception:
        return None
    finally:
        sys.setrecursionlimit(limit)
        filters.remove(WARNINGS_RAISED)
        logging.Logger.handle = handle  # type: ignore[method-assign]
        del files.get_file_from_path
        config._current_page = None
        vars(page).clear()
        vars(page).update(before)
    rendered.pop("markdown", None)
    if not rendered.keys() <= SET_BY_RENDER:
        return None
    links = rendered.pop("links_to_anchors", None)
    by_path = None if links is None else {file.src_uri: anchors for file, anchors in links.items()}
    return _Rendered(written, rendered, by_path, records, seen, headroom)


def _seen(file: File | None) -> Seen:
    return None if file is None else (file.url, file.inclusion)


def _portable(record: logging.LogRecord) -> logging.LogRecord:
    """A log record as its handlers will show it, which a forked copy can hand back (pickled)."""
    record.msg, record.args = record.getMessage(), None
    if record.exc_info:
        record.exc_text = record.exc_text or logging.Formatter().formatException(record.exc_info)
        record.exc_info = None
    return record


class _OneConverterPage(Page):
    converters: _Converters
    ahead: _Rendered | None = None

    def render(self, config: MkDocsConfig, files: Files) -> None:
        ahead = self.ahead
        if ahead is not None:
            self.ahead = None
            if (
                ahead.markdown == self.markdown
                and ahead.headroom == sys.getrecursionlimit() - _depth()
                and self.converters.settings_ahead == _render_settings(config)
                and ahead.set_on(self, files)
            ):
                return
        with self.converters:
            super().render(config, files)


class _Converters:
    """What mkdocs.structure.pages sees as the `markdown` module while a page is rendered: the module (or what
    stood for it), but for `Markdown(...)`, which gives the converter made with the same settings, reset."""

    def __init__(self) -> None:
        self.settings: object = None
        self.converter: markdown.Markdown | None = None
        self.settings_ahead: object = None
        """The build's settings as the pages were rendered ahead with them (`_render_settings`)."""
        self.footnotes: list[tuple[FootnoteExtension, int]] = []
        """The footnotes extensions of the converter, each with its number for ids (UNIQUE_IDS) as it was made: a
        reset adds one, to tell apart the notes of documents shown on one page, which pages are not."""
        self.replaced: Any = markdown

    def Markdown(self, **settings: Any) -> markdown.Markdown:
        if self.converter is None or _frozen(settings) != self.settings:  # as they are now: a plugin may change them
            self.settings, self.converter = _frozen(settings), self.replaced.Markdown(**settings)
            found = self.converter.registeredExtensions
            self.footnotes = [(ext, ext.unique_prefix) for ext in found if isinstance(ext, FootnoteExtension)]
        else:
            self.converter.reset()
            for extension, number in self.footnotes:
                extension.unique_prefix = number
        return self.converter

    def __getattr__(self, name: str) -> Any:
        return getattr(self.replaced, name)

    def __enter__(self) -> None:
        self.replaced, pages.markdown = pages.markdown, self  # type: ignore[attr-defined,assignment]  # (see the class)

    def __exit__(self, *exc: object) -> None:
        pages.markdown = self.replaced  # type: ignore[attr-defined]
