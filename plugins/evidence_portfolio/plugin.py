"""The MkDocs adapter: hooks only. Reading, checking, computing and publishing decisions happen in the core
(`site.assemble`); this module hands MkDocs what the core decided, and hands the core what MkDocs rendered."""

from __future__ import annotations

import dataclasses
import functools
import gc
import logging
import os
import shutil
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar
from urllib.parse import urlsplit

from mkdocs import utils
from mkdocs.config.base import ConfigErrors, ConfigWarnings
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort, PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Link, Navigation, Section
from mkdocs.structure.pages import Page

from .config import PortfolioConfig
from .material_parts import rendered_once_per_folder
from .mkdocs_engine import MKDOCS
from .model.markdown_extensions import REQUIRED_EXTENSION
from .model.problems import Problem, fails_strict, gaps_passed
from .model.urls import destination
from .page_converter import rendered_ahead, rendered_with_one_converter
from .reading.page_marks import page_mark
from .reading.plugin_options import PLUGIN_OPTIONS
from .reading.project import UNCHECKED
from .reading.scan import SourceCache, folder_links_out
from .reading.settings import PLUGIN, Settings, SettingsError, option_where, resolve
from .site.anchors import missing_anchors, places_in
from .site.assemble import Build, assemble, toc_labels
from .site.content_policy import content_policy, head_start, with_head_start
from .site.html_blocks import SetApart, without_search_attributes, without_search_excluded
from .site.inert import inert, with_inert_toc_title
from .site.navigation import rewrite_nav
from .site.pages import DATA_FILES, ENGINE_OUTPUTS, SCRIPTS, STYLESHEET, TEMPLATES, offline_polyfills
from .site.publication import (
    check_before_other_plugins,
    check_setup,
    deploy_refused,
    docs_dir_refused,
    site_dir_refused,
    turned_off,
)
from .site.render import template_cache
from .site.seal import WHOLE_PAGE, Sealed
from .site.stopped import STOPPED_URI, stopped_page

log = get_plugin_logger(PLUGIN)


Configured = TypeVar("Configured")


def _emptied_when_refused(
    method: Callable[[PortfolioPlugin, MkDocsConfig], Configured],
) -> Callable[[PortfolioPlugin, MkDocsConfig], Configured]:
    """A step of on_config that, when it refuses the settings, empties the site folder first (but for `mkdocs
    serve`'s own): MkDocs empties it only once they are taken, so a build for the public whose audience was mistyped
    left the last internal site in its folder, to be uploaded by hand (a hostile review). Not a folder MkDocs would
    not write into either (site_dir_refused)."""

    @functools.wraps(method)
    def step(plugin: PortfolioPlugin, config: MkDocsConfig) -> Configured:
        try:
            return method(plugin, config)
        except PluginError:
            refused = site_dir_refused(config.site_dir, config.docs_dir, _project_files(plugin, config))
            if plugin.command != "serve" and not refused:
                _empty(config.site_dir)
            raise

    return step


def _project_files(plugin: PortfolioPlugin, config: MkDocsConfig) -> list[str]:
    """The project's files a build reads (mkdocs.yml, the framework file, the theme's custom_dir), as written, so
    that no site folder holding them is emptied (site_dir_refused)."""
    folder = os.path.dirname(config.config_file_path or "")
    framework = plugin.config.get("framework")
    named = [config.config_file_path, os.path.join(folder, framework) if isinstance(framework, str) else None]
    return [path for path in (*named, config.theme.custom_dir) if isinstance(path, str) and path]


class PortfolioPlugin(BasePlugin[PortfolioConfig]):  # type: ignore[no-untyped-call]
    """Builds the evidence portfolio: generated pages, item panels, sealed links, portfolio.json and evidence.csv."""

    def __init__(self) -> None:
        self.build: Build | None = None
        self.command = "build"
        self.dirty = False
        self.typed_reported = 0
        """How many of the build's pages left out for a link shown as typed have been reported (`_report_typed`)."""
        self.cache = SourceCache()
        self.material_search: Any = None
        """Material's search plugin, when it is on."""
        self.full_content: str | None = None
        self.sealed_ahead: dict[str, tuple[str, tuple[str, Sealed, SetApart | None]]] = {}
        """The pages rendered ahead and sealed (page_converter.rendered_ahead), each with the HTML it was sealed from,
        its address then and (a generated page) its HTML blocks set apart, by src_uri, until MkDocs renders them."""
        self.previous: Build | None = None
        """The last build, while a dirty rebuild of `mkdocs serve` finds which generated pages it need not render."""
        self.ended = False
        """Whether the last build ended, every page of it written."""
        self.previous_ended = False
        """Whether `previous` did: a dirty rebuild after one that failed part way (an error in a template) renders
        every page, since that build sealed pages it did not write (a hostile review: the listings still named an
        item made internal, as the build before the failed one had written them)."""
        self.emptied = False
        """Whether `mkdocs serve` emptied its site folder for this build or the last (the page of the errors that
        stop it, _only_the_errors; other settings than the last build's, on_files): a dirty rebuild then renders
        every page, as after one that failed."""
        self.rendered: set[str] = set()
        """The URLs of the pages rendered by this build."""
        self.site_pages: set[str] = set()
        """The URLs of every page of this build."""
        self.outputs: set[str] = set()
        """Where every page and file of this build goes in the site folder."""
        self.outputs_before: set[str] = set()
        """Those of the build before, in `mkdocs serve`: a page no longer made (a challenge renamed, a blog's archive
        of a post since withheld) stays where it was."""
        self.listed: set[str] = set()
        """The files under evidence/ that MkDocs listed for this build, before those withheld were taken out."""
        self.listed_before: set[str] = set()
        """Those of the build before, in `mkdocs serve`: a file since renamed or deleted leaves what it made."""
        self.moved_before: dict[str, str] = {}
        """Where another plugin put files in the build before (a blog's posts): a post since withheld is there."""
        self.offline_copy_of: Settings | None = None
        """Set by `portfolio pack`: the build is a copy to open from disk of the site these settings build (its
        directory URLs, Settings.offline_copy_of, and its address: a link to a page by its full address on the site
        is the site's, judged as such, though the copy names no address of its own; an outside review found one to a
        withheld page kept in the pack)."""
        self.head_start = ""
        """What every page of the build starts its head with: its Content-Security-Policy (site/content_policy.py)
        and the mark of whom it was made for (site/own_outputs.page_mark)."""

    def load_config(
        self, options: dict[str, Any], config_file_path: str | None = None
    ) -> tuple[ConfigErrors, ConfigWarnings]:
        """MkDocs' own loading of the options, less its warning of an option it does not know ("Unrecognised
        configuration name", naming no line), which `mkdocs build --strict` stopped on before the portfolio could
        name the option at its line, as it does in on_config and `portfolio check` (a differential review)."""
        errors, warnings = super().load_config(options, config_file_path)
        return errors, [(key, message) for key, message in warnings if key in PLUGIN_OPTIONS]

    @property
    def turned_on(self) -> bool:
        """Whether the plugin is on: `enabled` is not false (any other value than true is refused at its line, with
        the other options, in on_config)."""
        return self.config.enabled is not False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Once per process. Defining it keeps this plugin (and its cache of parsed files) across serve's rebuilds."""
        self.command, self.dirty = command, dirty

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]) -> None:
        """Rebuild when framework.yml changes too (it lives outside evidence/, which MkDocs watches)."""
        if self.turned_on:  # (its first build may have stopped on it)
            server.watch(str(self.settings.framework))

    @event_priority(100)
    @_emptied_when_refused
    def _before_other_plugins(self, config: MkDocsConfig) -> None:
        """Before any other plugin's on_config: Material's search reads `theme.language` in its own, and stops in a
        traceback on a language the theme does not have; its blog reads its authors file, and stops on an author
        without an avatar, naming no line. Such a language (or icon), or author, stops the build here, at its line,
        as `portfolio check` names it."""
        if not self.turned_on:
            return
        try:
            settings = _settings_of(config, self.config)
        except SettingsError:
            return  # said in _configure's turn, with the other settings
        problems = check_before_other_plugins(settings)
        if problems.errors:
            self.settings = settings
            self._report(problems, config.strict)
            raise _stopped(len(problems.errors))

    @_emptied_when_refused
    def _configure(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve the settings; refuse to deploy a build for a narrower circle than the public; put the package's
        templates and assets into the theme (after custom_dir)."""
        if not self.turned_on:
            try:
                # its options judged all the same: a misspelt `audience` left the widest, allowed (a hostile review)
                settings = _settings_of(config, self.config)
                refused = turned_off(settings.audience, deploying=self.command == "gh-deploy")
            except SettingsError as exc:
                raise PluginError(str(exc)) from None
            if refused:  # at the line of `enabled: false`, as the check names it
                shown, line = option_where(settings.config_file, settings.root, "enabled")
                raise PluginError(str(Problem(shown, line, "error", "unsafe-setting", refused)))
            return None
        if any(
            name.split("/")[-1] == "offline" and plugin.config.get("enabled", True)
            for name, plugin in config.plugins.items()
        ):
            # Material's offline plugin loads its shim from unpkg.com: the published site loads nothing from elsewhere
            config.extra["polyfills"] = offline_polyfills(config.extra.get("polyfills", []))
        try:
            settings = _settings_of(config, self.config)
        except SettingsError as exc:
            raise PluginError(str(exc)) from None
        refused = deploy_refused(settings) if self.command == "gh-deploy" else None
        if refused:
            raise PluginError(refused)
        unbuilt = docs_dir_refused(settings)
        if unbuilt:
            raise PluginError(str(unbuilt))
        unwritten = site_dir_refused(config.site_dir, config.docs_dir, _project_files(self, config))
        if unwritten:
            raise PluginError(unwritten)
        if self.offline_copy_of is not None:
            copied = self.offline_copy_of
            settings = dataclasses.replace(
                settings, offline_copy_of=copied.use_directory_urls, site_url=copied.site_url
            )
        self.settings = settings
        policy = content_policy(settings, google_fonts=config.theme.get("font") is not False)
        self.head_start = head_start(policy, page_mark(settings.audience))
        if check_setup(settings).errors or folder_links_out(settings):
            # Stopped before any plugin builds (the projects plugin builds its sites before the files are listed) and
            # before MkDocs lists the files (it follows links to folders outside evidence/: one to / never ends).
            problems = assemble(settings).problems
            self._report(problems, config.strict)
            raise _stopped(len(problems.errors))
        if TEMPLATES.resolve() not in [Path(d).resolve() for d in config.theme.dirs]:
            config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(TEMPLATES))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        config.extra_javascript.extend(script for script in SCRIPTS if script not in config.extra_javascript)
        if REQUIRED_EXTENSION not in config.markdown_extensions:
            config.markdown_extensions.append(REQUIRED_EXTENSION)
        self.material_search = next(
            (
                plugin
                for plugin in config.plugins.values()
                if type(plugin).__module__.startswith("material.plugins.search") and plugin.config.get("enabled", True)
            ),
            None,
        )
        # Links to withheld pages are reduced to their text, and links to missing files are the portfolio's own
        # warnings (with their line): MkDocs' warning would add nothing but a path relative to evidence/.
        config.validation.links.not_found = logging.DEBUG
        # So are absolute links and links without an extension, where mkdocs.yml makes them warnings (link_checks).
        for name in ("absolute_links", "unrecognized_links"):
            if name in settings.link_warnings:
                setattr(config.validation.links, name, logging.DEBUG)
        return config

    on_config = CombinedEvent(_before_other_plugins, _configure)

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """A dirty build would keep the previous build's files, perhaps made for a wider audience, or pages since
        withheld: the site folder is always emptied first (only `mkdocs serve`, whose folder is its own, keeps it)."""
        if self.turned_on and self.command != "serve":
            if self.dirty:
                log.info("--dirty: the site folder is emptied first, so that nothing of another build stays in it")
            _empty(config.site_dir)

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Read and check the whole project; keep only what the audience may see; add the generated pages."""
        if not self.turned_on:
            return None
        if self.settings.use_directory_urls != config.use_directory_urls:  # set by a later plugin (offline)
            self.settings = dataclasses.replace(self.settings, use_directory_urls=config.use_directory_urls)
        build = assemble(self.settings, self.cache if self.command == "serve" else None)  # kept for its rebuilds
        gc.freeze()  # it lives until the build ends (see on_post_build)
        self._report(build.problems, config.strict)
        errors = len(build.problems.errors)
        # While serving, pages with errors are left out and the errors are listed on the overview, so that the
        # author sees them in the browser and the server keeps running; a build fails.
        if build.portfolio is None and self.command == "serve":
            return self._only_the_errors(build, files, config)
        if self.command == "serve" and self.dirty and self.build is not None and self.build.settings != build.settings:
            # Other settings (use_directory_urls, the audience...): the last site's pages may be at other addresses,
            # where a dirty rebuild would leave them (a hostile review), so it starts from an empty folder.
            _empty(config.site_dir)
            self.emptied = True
        if build.portfolio is None or (errors and self.command != "serve"):
            raise _stopped(errors, build.project.items_unchecked)
        docs_dir = config.docs_dir
        self.listed_before = self.listed
        self.listed = {file.src_uri for file in files if file.src_dir == docs_dir and not file.generated_by}
        for file in list(files):
            if file.src_dir != docs_dir or file.generated_by:
                continue
            if self.settings.companion(file.src_uri):
                file.inclusion = InclusionLevel.EXCLUDED  # kept for the plugin that reads it; never published
            elif not build.held_for_rendering(file.src_uri):
                files.remove(file)
        for uri in build.generated:
            files.append(_Generated.made_by(config, uri, build))
        for name in DATA_FILES:
            files.append(File.generated(config, name, content=""))
        # Pages a nav of mkdocs.yml's leaves out are the portfolio's own warning, where mkdocs.yml makes them one
        # (navigation.check_nav): MkDocs would name the plugin's pages alike, in a build's log only.
        config.validation.nav.omitted_files = logging.DEBUG
        if config.nav is None:
            config.nav = build.navigation()
        else:
            config.nav = rewrite_nav(config.nav, lambda entry: entry if build.keeps_nav_entry(entry) else None)
        self.previous, self.build = self.build, build
        self.previous_ended, self.ended = self.ended, False
        self.typed_reported = 0
        self.rendered = set()
        return files

    def _only_the_errors(self, build: Build, files: Files, config: MkDocsConfig) -> Files:
        """While serving, a project that cannot be built is one page naming what stops it (site/stopped.py), with
        nothing of evidence/; the next save builds the site again, in full."""
        for file in list(files):
            if file.src_dir == config.docs_dir or file.generated_by:
                files.remove(file)
        files.append(File.generated(config, STOPPED_URI, content=stopped_page(build.problems, self.settings)))
        config.nav = [STOPPED_URI]
        _empty(config.site_dir)  # what a dirty rebuild kept of the last site goes (a hostile review: all of it stayed)
        self.build = self.previous = None
        self.emptied = True
        return files

    @event_priority(-100)
    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation | None:
        """After every other plugin's on_files and on_nav: what the site holds, and at which addresses (Material's
        blog adds its own pages and moves its posts); and no link in the navigation to a page this audience may
        not see (awesome-pages builds its navigation from `.pages` files)."""
        build = self.build
        if build is None:
            return None
        docs_dir, directory = config.docs_dir, config.use_directory_urls
        build.theme_outputs = frozenset(f.dest_uri for f in files if f.src_dir != docs_dir) | ENGINE_OUTPUTS
        build.moved = {
            f.src_uri: f.dest_uri
            for f in files
            if f.src_dir == docs_dir and not f.generated_by and f.dest_uri != destination(f.src_uri, directory)
        }
        clashes = build.moved_clashes({f.src_uri for f in files.documentation_pages() if f.src_dir == docs_dir})
        self._report(clashes, config.strict)
        if clashes and self.command != "serve":
            raise _stopped(len(clashes))
        _made_safe_for_every_page(config, build)
        nav.items = _sealed_items(nav.items, build.keeps_in_navigation, build.refer_from_navigation)
        # The pages that remain, and each one's previous and next page (Material's footer links to them).
        nav.pages = pages = [item for item in _flattened(nav.items) if isinstance(item, Page)]
        for before, after in zip([None, *pages], [*pages, None], strict=True):
            if before is not None:
                before.next_page = after
            if after is not None:
                after.previous_page = before
        if self.command == "serve" and self.dirty and (self.previous is not None or self.emptied):
            # Without a previous build that ended, and wrote into this folder, every page is rendered.
            previous = self.previous if self.previous_ended and not self.emptied else None
            unchanged = build.unchanged_since(previous) if previous else frozenset()
            again = build.rendered_again(previous) if previous else frozenset(build.publication.pages)
            if previous is not None:
                build.referring_as_before(previous, again)
            for file in files:
                if isinstance(file, _Generated):
                    file.unchanged = file.src_uri in unchanged
                elif file.abs_dest_path and (
                    file.src_uri in again or (file.is_documentation_page() and build.shows_other_pages(file.src_uri))
                ):
                    Path(file.abs_dest_path).unlink(missing_ok=True)  # MkDocs renders a page whose output is gone
        self.moved_before = self.previous.moved if self.previous is not None else {}
        self.previous, self.emptied = None, False
        documentation = (file.page for file in files.documentation_pages())
        ours = [page for page in documentation if page is not None and self._ours(page)]
        rendered_with_one_converter(ours)
        self.sealed_ahead = {}
        if not (self.command == "serve" and self.dirty):  # a dirty rebuild renders the changed pages alone

            def source(page: Page) -> str | None:
                """What MkDocs will read as the page's source: a generated page's Markdown is made in the process
                that renders it ahead."""
                file = page.file
                return (
                    file.content_string
                    if isinstance(file, _Generated)
                    else self.on_page_read_source(page=page, config=config)
                )

            # The generated pages first, the longest to render, so that the processes finish close together.
            first = sorted(ours, key=lambda page: not isinstance(page.file, _Generated))
            self.sealed_ahead = rendered_ahead(first, source, self._sealed_ahead, config, files)
            for uri, (_, (_, _, apart)) in self.sealed_ahead.items():
                if apart is not None:
                    build.made_apart(uri, apart)
        return nav

    def _report(self, problems: list[Problem], strict: bool) -> None:
        """Problems to the log; gaps (an uncovered section, an overdue action) fail a strict build only when asked.
        A strict build run with `--quiet` stops on the warnings that count here: MkDocs' quiet log drops warnings
        before it counts them, and a strict build would pass with them."""
        if not self.settings.strict_gaps:
            for handler in logging.getLogger("mkdocs").handlers:
                if isinstance(handler, utils.CountHandler) and _not_a_gap not in handler.filters:
                    handler.addFilter(_not_a_gap)
        for problem in problems:
            if problem.severity == "error":
                log.error(str(problem))
            else:
                log.warning(str(problem), extra={"portfolio_gap": problem.gap})
        counted = [p for p in problems if fails_strict(p, self.settings.strict_gaps)]
        errors = any(p.severity == "error" for p in problems)  # they stop the build anyway, visibly
        gaps = gaps_passed(problems, self.settings.strict_gaps)
        if strict and gaps:  # MkDocs' count of the warnings that stop it leaves them out
            log.info(
                f"{gaps} of the portfolio's warnings {'are gaps' if gaps != 1 else 'is a gap'}, which a strict build "
                "stops on only with the plugin's option strict_gaps: true"
            )
        if strict and counted and not errors and not log.isEnabledFor(logging.WARNING):
            raise Abort(
                f"Aborted with {len(counted)} warning{'s' if len(counted) != 1 else ''} of the portfolio in 'strict' "
                "mode! `portfolio check` lists them (--quiet leaves them out of the log)"
            )

    def on_page_read_source(self, *, page: Page, config: MkDocsConfig) -> str | None:
        """Hand MkDocs the body already read (after its front matter: the blank line before it stops MkDocs
        reading the first lines of a page without front matter as metadata)."""
        source = self._source(page)
        return "\n" + self.build.body(page.file.src_uri) if source and self.build else None

    @event_priority(50)
    def on_page_markdown(self, markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """Before Material's tags plugin (priority -50): the page's metadata, as the portfolio read it."""
        if self.build is None:
            return None
        if self._ours(page):  # what other plugins set stays (the blog's)
            page.meta = {**page.meta, **self.build.page_meta(page.file.src_uri)}
        return None

    def on_page_content(self, html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        """A generated page's HTML blocks back in place; an item's panel after its heading; then every URL of the
        page sealed: in the process that rendered the page ahead (page_converter), when its HTML is still what was
        rendered then."""
        if self.build is None:
            return None
        uri = page.file.src_uri
        self._headings_sealed(page)
        if page.file.generated_by:
            _contents_to_level(page.toc.items, _CONTENTS_LEVEL)
        rendered, ahead = self.sealed_ahead.pop(uri, (None, None))
        if ahead is not None and html == rendered and ahead[0] == page.url and not self._labels_typed(page):
            return self.build.published(uri, ahead[1])
        return self.build.published(uri, self._sealed(page, html))

    def _labels_typed(self, page: Page) -> bool:
        """Whether the entries of the page's table of contents show a withheld address as typed text (a heading's
        `data-toc-label`): the page sealed ahead, in another process, was sealed without them."""
        assert self.build is not None
        return bool(page.toc) and bool(
            self.build.typed_in_labels(page.file.src_uri, page.url, toc_labels(page.toc.items))
        )

    def _headings_sealed(self, page: Page) -> None:
        """Material's typeset plugin copies each heading's HTML into the table of contents, and a page's first into
        the navigation of every page (the 404 page's too), outside the content sealed here; listed before this
        plugin, it copies them unsealed (a hostile review: a withheld page's address, an image from another host).
        They are sealed as the page's content is, before any page is rendered (listed after, it copies sealed
        headings)."""
        assert self.build is not None
        titles = {id(typeset): typeset for typeset in _typeset_titles([page, *page.toc.items])}
        for typeset in titles.values():
            # (shown in the navigation of every page too)
            typeset["title"] = self.build.seal(page.file.src_uri, typeset["title"], page.url, shown_there=False)

    def _sealed_ahead(self, page: Page, html: str) -> tuple[str, Sealed, SetApart | None] | None:
        """A page sealed ahead, with the address it was sealed at (a plugin may move the page before MkDocs renders
        it) and, a generated page, its HTML blocks set apart as they were made in this process; None when the seal
        could not read it, which on_page_content, less deep in Python's stack, might."""
        sealed = self._sealed(page, html)
        assert self.build is not None
        return None if sealed.removed == (WHOLE_PAGE,) else (page.url, sealed, self.build.apart(page.file.src_uri))

    def _sealed(self, page: Page, html: str) -> Sealed:
        """The page's HTML as the site shows it, sealed at its address now (Build.sealed_page)."""
        assert self.build is not None
        labels = tuple(toc_labels(page.toc.items)) if page.toc else ()
        return self.build.sealed_page(page.file.src_uri, html, page.url, bool(page.file.generated_by), labels)

    @event_priority(10)
    def _search_reads_less(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        """Before Material's search (priority 0) indexes a page of the portfolio: its content without what search
        leaves out of its index (the listings of generated pages), so that it does not parse it only to skip it (the
        index is the same)."""
        self.rendered.add(page.url)
        if self.material_search is not None and self._ours(page) and page.content:
            self.full_content, page.content = page.content, without_search_excluded(page.content)
        return context

    @event_priority(-10)
    def _whole_content_back(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        """After Material's search: the page's whole content back, without the attributes search takes out."""
        if self.full_content is not None:
            page.content, self.full_content = without_search_attributes(self.full_content), None
        return context

    @event_priority(-110)
    def _excerpts_inert(
        self, context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> dict[str, Any]:
        """After Material's blog (priority -100) rendered its posts' excerpts for a view (its index, an archive or a
        category page) from their Markdown: each excerpt's HTML sealed as a page's content is, its scripts made
        inert (the whole page, sealed in on_post_page, keeps the theme's). What the check of a post's Markdown did
        not see as a script ran there (a hostile review)."""
        posts = context.get("posts")
        if self.build is None or not isinstance(posts, list):
            return context
        for post in posts:
            content = getattr(post, "content", None)
            if isinstance(content, str):
                post.content = self.build.sealed(page.file.src_uri, content, page.url).html
        return context

    on_page_context = CombinedEvent(_search_reads_less, _whole_content_back, _excerpts_inert)

    def on_build_error(self, *, error: Exception) -> None:
        if self.build is not None:
            gc.unfreeze()  # (see on_post_build)

    @event_priority(10)
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Python's garbage collector gets back what the build set apart from it: what lives until the build ends
        (the project read and checked, then the pages rendered), which each of its full collections went through
        (a quarter of a second at 1,600 items).

        Before Material's search writes its index after a dirty rebuild of `mkdocs serve` (which renders only the
        pages that changed): the previous index, less the entries of the pages rendered again and of the pages
        gone, with the entries of the pages rendered (Material would keep only those of the first page rendered
        out of the previous index, or none when that page is the home page)."""
        if self.build is not None:
            gc.unfreeze()
            self._report_typed(self.build, config.site_dir)
            self.ended = True
        if self.command != "serve" or not self.dirty:
            return
        if self.build is not None:  # a dirty rebuild keeps what the last build wrote: what is now withheld goes
            site = Path(config.site_dir)
            gone = self.build.withheld_outputs(self.listed | self.listed_before, self.moved_before)
            for dest in gone | (self.outputs_before - self.outputs):  # (and what the build before made, this one not)
                _take_out(site, dest)
        search = self.material_search
        if search is None or self.build is None:
            return
        previous = getattr(search, "search_index_prev", None)
        if previous is None:
            return
        kept = [
            entry
            for entry in previous.entries
            if (url := entry["location"].split("#", 1)[0]) in self.site_pages and url not in self.rendered
        ]
        search.search_index.entries = kept + search.search_index.entries
        search.search_index_prev = None

    @event_priority(100)
    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str | None:
        """Before other plugins rewrite the page (minify): pages whose HTML holds content rendered after
        on_page_content (Material's blog puts its posts' excerpts, rendered from their Markdown, on its index and
        archive pages; any page another plugin makes) are sealed whole. Every other page is read whole once more
        for withheld addresses shown as typed text, which the theme's frame may show (a page's title). Every page
        gets the build's Content-Security-Policy and the mark of whom it was made for."""
        build = self.build
        if build is None:
            return None
        uri = page.file.src_uri
        if build.sealed_whole(uri):
            html = build.seal(uri, output, page.url, whole_page=True)
        else:
            html = build.shown_whole(uri, output, page.url)
        return with_head_start(html, self.head_start)

    def _report_typed(self, build: Build, site_dir: str) -> None:
        """The pages left out for showing a withheld address as typed text, found as they were sealed (those
        sealed whole after on_env, a blog's, at the end of the build); a build stops on them, and empties its site
        folder of what it had written (the pages of another part of the site may show the same text, differently
        resolved), while `mkdocs serve` goes on without them."""
        typed = build.typed_problems()
        for problem in typed[self.typed_reported :]:
            log.error(str(problem))
        self.typed_reported = len(typed)
        if typed and self.command != "serve":
            _empty(site_dir)  # emptied as the build began (on_pre_build): nothing else is lost
            raise _stopped(len(typed))

    def on_post_template(self, output_content: str, *, template_name: str, config: MkDocsConfig) -> str | None:
        """The site's 404 page carries the pages' Content-Security-Policy and mark too, and is read as the pages'
        frame is: one showing a withheld address as typed text stops the build (a hostile review found it did
        not, where the address was in mkdocs.yml's `extra`, shown in every page's footer)."""
        if self.build is None or not template_name.endswith(".html"):
            return None
        html = with_head_start(output_content, self.head_start)
        return self.build.shown_whole(template_name, html, template_name)

    @event_priority(50)
    def _blog_links_withheld(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Before Material's blog (priority 0) resolves its posts' `links` (front matter) to the pages and files they
        name: an entry naming a page or file the build withholds is left out (the blog shows the title of the page it
        finds there: "None", finding none; see _withheld_entries_out); the blog's warning that it found no such file
        is left out of the log (the page is only withheld from this build, and `mkdocs build --strict` would fail on
        it)."""
        build = self.build
        if build is None:
            return env
        docs = os.path.relpath(config.docs_dir)
        judged: set[str] = set()
        for plugin in config.plugins.values():
            blog = (
                getattr(plugin, "blog", None) if type(plugin).__module__.startswith("material.plugins.blog") else None
            )
            for post in getattr(blog, "posts", None) or ():
                links = getattr(getattr(post, "config", None), "links", None)
                if not isinstance(links, Navigation):
                    continue
                post_path = os.path.relpath(post.file.abs_src_path, docs)
                for path in _withheld_entries_out(links.items, build.withholds):
                    judged.add(
                        f"Error reading metadata of post '{post_path}' in '{docs}':\n"
                        f"Couldn't find file for link '{path}'"
                    )
        _WITHHELD_BY_THE_PORTFOLIO.judged = judged
        return env

    def _env(self, env: Any, *, config: MkDocsConfig, files: Files) -> Any:
        """Every page is rendered: the files they refer to are published, every other file is withheld; the
        exports are written with the final count."""
        build = self.build
        if build is None:
            return env
        self._report_typed(build, config.site_dir)
        gc.freeze()  # the pages rendered live until the build ends too
        if env.bytecode_cache is None:  # the theme's templates too are compiled once, not on every build
            env.bytecode_cache = template_cache()
        for file in list(files):
            uri = file.src_uri
            ours = file.src_dir == config.docs_dir and not file.generated_by and uri in build.project.files
            if ours and not build.publication.file_published(uri):
                files.remove(file)
        for name, content in build.exports().items():
            export = files.get_file_from_path(name)
            if export is not None:
                export.content_string = content
        pages = [file.page for file in files.documentation_pages() if file.page is not None]
        self.site_pages = {page.url for page in pages}
        self.outputs_before, self.outputs = self.outputs, {file.dest_uri for file in files}
        for page in pages:  # before any page renders: each prints the navigation's entries, with their metadata
            page.meta = build.printed_meta(page.file.src_uri, page.meta, page.url)
        rendered_once_per_folder(env, files)
        if "anchors" in build.settings.link_warnings:
            self._report_missing_anchors(build, files, config.strict)
        return env

    on_env = CombinedEvent(_blog_links_withheld, _env)

    def _report_missing_anchors(self, build: Build, files: Files, strict: bool) -> None:
        """Links to a place their page does not have, said at their lines in the check's words, from the places in
        the pages' HTML as rendered; MkDocs' own warning of each link so judged, which names no line and no fix (a
        differential review), or is wrong (the id of a content tab: a review of valid portfolios), is left out of
        the log, any other of its own kept."""
        found = {file.src_uri: file.page.content for file in files.documentation_pages() if file.page}

        def places_of(uri: str) -> frozenset[str] | None:
            content = found.get(uri)
            return places_in(content) if content is not None else None

        judged: set[tuple[str, str]] = set()
        missing = missing_anchors(build, places_of, judged)
        _JUDGED_BY_THE_PORTFOLIO.judged = judged
        self._report(missing, strict)

    def _ours(self, page: Page) -> bool:
        """Whether the page is one of the portfolio's: a generated page, or a page under evidence/ it publishes."""
        if self.build is None:
            return False
        generated = bool(page.file.generated_by) and page.file.src_uri in self.build.generated
        return generated or self._source(page) is not None

    def _source(self, page: Page) -> Any:
        if self.build is None or page.file.generated_by:
            return None
        uri = page.file.src_uri
        return self.build.project.pages.get(uri) if uri in self.build.publication.pages else None


class _Generated(File):
    """A generated page, whose Markdown is made when it is first read (Build.markdown_apart): in the process that
    renders it ahead (page_converter), or when MkDocs reads it. A dirty rebuild of `mkdocs serve` renders it again
    only if it changed."""

    unchanged = False
    build: Build
    written: str | bytes | None = None
    """The content another plugin gave it (File.content_string), if any."""

    @classmethod
    def made_by(cls, config: MkDocsConfig, uri: str, build: Build) -> _Generated:
        file = cls.generated(config, uri, content="")
        assert isinstance(file, _Generated)
        file.build, file.written = build, None
        return file

    @property
    def _content(self) -> str | bytes | None:  # what MkDocs' File reads the content from
        return self.build.markdown_apart(self.src_uri) if self.written is None else self.written

    @_content.setter
    def _content(self, content: str | bytes | None) -> None:
        self.written = content

    def is_modified(self) -> bool:
        return not self.unchanged and super().is_modified()


_CONTENTS_LEVEL = 3
"""The deepest headings a generated page's table of contents lists: a challenge's sections, and on the pack each
challenge's; not what is under them ("From the self-assessment" under each section), whose entries Material lists
as navigation landmarks named after the heading above them, the same name many times over (an assessor's review,
axe's landmark-unique)."""


def _contents_to_level(items: Iterable[Any], level: int) -> None:
    """A table of contents without its entries for headings deeper than `level`."""
    for item in items:
        if item.level >= level:
            item.children = []
        else:
            _contents_to_level(item.children, level)


def _typeset_titles(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The headings' HTML that Material's typeset plugin keeps (`typeset`) in a page and its table of contents'
    entries."""
    for item in items:
        typeset = getattr(item, "typeset", None)
        if isinstance(typeset, dict) and isinstance(typeset.get("title"), str):
            yield typeset
        yield from _typeset_titles(getattr(item, "children", None) or ())


def _sealed_items(items: list[Any], keep: Callable[[str], bool], keep_file: Callable[[str], bool]) -> list[Any]:
    """The navigation MkDocs and other plugins built, without the links whose URL `keep` refuses, the entries for
    files (not pages) that `keep_file` refuses, and the sections that leaves empty. (awesome-pages turns a `.pages`
    entry for a file that is no page of the build into such a link; MkDocs makes a `nav:` entry naming an
    attachment an entry for that file.) The titles mkdocs.yml gives entries are inert: the theme prints them raw
    into the navigation of every page."""
    kept_items: list[Any] = []
    for item in items:
        if isinstance(item, (Section, Link)) or "title" in vars(item):  # a page's own title is its front matter's
            item.title = inert(item.title)
        if isinstance(item, Section):
            item.children = _sealed_items(item.children, keep, keep_file)
            if not item.children:
                continue
        elif (isinstance(item, Link) and not keep(item.url)) or (
            isinstance(item, Page) and not item.file.is_documentation_page() and not keep_file(item.file.src_uri)
        ):
            continue
        kept_items.append(item)
    return kept_items


def _flattened(items: list[Any]) -> list[Any]:
    return [leaf for item in items for leaf in (_flattened(item.children) if isinstance(item, Section) else [item])]


def _made_safe_for_every_page(config: MkDocsConfig, build: Build) -> None:
    """What mkdocs.yml gives every page, outside its content, made safe for the build's audience: its stylesheets,
    scripts, logo and favicon that name a page or file this build withholds (only withheld items attach it), however
    their URL is written, taken out of the theme's settings, so that no page's head names them
    (Build.names_withheld); likewise the links it gives the header and footer (social links, the home page, the
    repository, other languages); its HTML (the copyright, Material's consent and feedback notes) sealed; and every
    other text the theme prints raw made inert."""
    # (an entry left empty, `-` alone, which the theme would write as a stylesheet "None", is left out too)
    config.extra_css = [url for url in config.extra_css if url is not None and not build.names_withheld(url)]
    config.extra_javascript = [
        script for script in config.extra_javascript if not build.names_withheld(str(getattr(script, "path", script)))
    ]
    for key in ("logo", "favicon"):
        if isinstance(config.theme.get(key), str) and build.names_withheld(config.theme[key]):
            config.theme[key] = None

    # The links mkdocs.yml gives the header and footer, dropped when they name what the build withholds (a
    # language's version built apart, at /fr/, is no file of this build and stays).
    def fine(url: object) -> bool:
        return not isinstance(url, str) or not build.names_withheld(url)

    if not fine(config.repo_url):
        config.repo_url = None
    extra = config.extra
    if not fine(extra.get("homepage")):
        extra["homepage"] = None
    for key in ("social", "alternate"):
        if isinstance(extra.get(key), list):
            extra[key] = [entry for entry in extra[key] if not isinstance(entry, dict) or fine(entry.get("link"))]
    # Material writes the style of each tag extra.tags names into every page's settings: those of the tags that
    # pages this build publishes carry (a tag only a withheld item has is no word of this build).
    if isinstance(extra.get("tags"), dict):
        published = build.published_tags()
        # (each by its name as text, as pages' tags are: a tag YAML read as a number, 2027, matched none, and
        # stopped Material, which sorts the names, where text ones were there too)
        extra["tags"] = {str(tag): style for tag, style in extra["tags"].items() if str(tag) in published}
    # and the theme's icon of each style (theme.icon.tag), which it writes into every page's stylesheet: those of the
    # styles kept, and the default (a hostile review: a style named after a tag only withheld items carry)
    icons = config.theme.get("icon")
    if isinstance(icons, dict) and isinstance(icons.get("tag"), dict):
        styles = {str(style) for style in extra["tags"].values()} if isinstance(extra.get("tags"), dict) else set()
        icons["tag"] = {name: icon for name, icon in icons["tag"].items() if name == "default" or str(name) in styles}
    # What the theme prints raw on every page: its HTML sealed as a page's, every other text inert.
    config.copyright = build.printed_html(config.copyright) if isinstance(config.copyright, str) else None
    for key in list(extra):
        extra[key] = build.printed_extra(extra[key], (key,))
    for key in ("site_name", "site_description", "site_author", "repo_name"):
        config[key] = inert(config[key])
    for key in config.theme:  # its palette, direction, fonts... (the paths above are judged, not printed)
        if key not in ("name", "locale", "custom_dir", "logo", "favicon"):
            config.theme[key] = inert(config.theme[key])
    with_inert_toc_title(config.mdx_configs)


def _settings_of(config: MkDocsConfig, options: PortfolioConfig) -> Settings:
    """The portfolio's settings, from mkdocs.yml as MkDocs loaded it and the plugin's options."""
    root = Path(config.config_file_path or ".").resolve().parent
    config_file = Path(config.config_file_path).resolve() if config.config_file_path else None
    return resolve(root, config, options, config_file=config_file, engine=MKDOCS)


def _empty(folder: str) -> None:
    """Empty a folder but its dot-files, as MkDocs' utils.clean_directory does: Material's projects plugin, once
    loaded, replaces that with a function that does nothing, in the whole process."""
    if not os.path.isdir(folder):
        return
    for entry in os.scandir(folder):
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)


def _take_out(site: Path, dest: str) -> None:
    """Delete the file at `dest` in the site folder, and the folders it leaves empty, whose names are a withheld
    page's address (`blog/category/internal-news/`)."""
    site = site.resolve()
    path = (site / dest).resolve()
    if site not in path.parents or path.is_dir():  # (outside: a blog's post with `slug: ../../x` is written there)
        return
    path.unlink(missing_ok=True)
    for folder in path.parents:
        if folder == site or site not in folder.parents:
            break
        try:
            folder.rmdir()
        except OSError:  # not empty, or gone
            break


def _stopped(errors: int, unchecked: bool = False) -> PluginError:
    """What stops a build with errors (listed before it)."""
    return PluginError(
        f"the portfolio has {errors} error{'s' if errors != 1 else ''} (listed above); "
        f"fix {'them' if errors != 1 else 'it'} and build again" + (f"; {UNCHECKED}" if unchecked else "")
    )


def _not_a_gap(record: logging.LogRecord) -> bool:
    return not getattr(record, "portfolio_gap", False)


class _JudgedByThePortfolio(logging.Filter):
    """MkDocs' warnings of links to a place a page does not have that the portfolio judged itself (`judged`: the
    page and the link as MkDocs names them), left out of its log."""

    def __init__(self) -> None:
        super().__init__()
        self.judged: set[tuple[str, str]] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not any(
            message.startswith(f"Doc file '{page}' contains a link '{link}', but") for page, link in self.judged
        )


_JUDGED_BY_THE_PORTFOLIO = _JudgedByThePortfolio()
logging.getLogger("mkdocs.structure.pages").addFilter(_JUDGED_BY_THE_PORTFOLIO)


def _withheld_entries_out(entries: list[Any], withholds: Callable[[str], bool]) -> Iterator[str]:
    """Takes out of a blog post's `links` (`entries`, and the sections' among them) each link to a page or file
    under evidence/ that `withholds` (by its path, as the blog looks it up), with a title of its own too (kept, its
    link to a file only a withheld page links to named the file: a hostile review), and a section left with no
    entry; yields the path of each entry taken out."""
    kept: list[Any] = []
    for entry in entries:
        if isinstance(entry, Section):
            had = bool(entry.children)
            yield from _withheld_entries_out(entry.children, withholds)
            if had and not entry.children:
                continue
        elif isinstance(entry, Link) and entry.url and not urlsplit(entry.url).scheme:
            path = urlsplit(entry.url).path
            if path and withholds(PurePosixPath(path).as_posix()):
                yield path
                continue
        kept.append(entry)
    entries[:] = kept


class _WithheldByThePortfolio(logging.Filter):
    """Material's blog's warnings that it found no file for a link of a post's `links` that names what the build
    withholds (`judged`: the warnings' text), left out of its log."""

    def __init__(self) -> None:
        super().__init__()
        self.judged: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        return not self.judged or record.getMessage() not in self.judged


_WITHHELD_BY_THE_PORTFOLIO = _WithheldByThePortfolio()
logging.getLogger("mkdocs.material.blog").addFilter(_WITHHELD_BY_THE_PORTFOLIO)
