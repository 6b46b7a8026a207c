"""The MkDocs adapter: hooks only. Reading, checking and computing happen in `project.read_project`."""

from __future__ import annotations

import datetime
import html
import logging
import os
from pathlib import Path
from typing import Any, Callable

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page as MkDocsPage

from .config import PortfolioConfig
from .export import evidence_csv, portfolio_json
from .items import Page
from .links import unlink
from .portfolio import AUDIENCES
from .project import (
    OVERVIEW_URI,
    PAGE_URIS,
    Project,
    Settings,
    TAGS_PAGE,
    TAGS_URI,
    SourceCache,
    challenge_uri,
    generated_uris,
    navigation,
    parse_as_of,
    read_project,
    site_files,
    site_pages,
)
from .render import TEMPLATES, Renderer

log = get_plugin_logger("portfolio")

STYLESHEET = "assets/portfolio/portfolio.css"
SCRIPT = "assets/portfolio/library.js"
"""The evidence library's filters; on every other page it does nothing."""


class PortfolioPlugin(BasePlugin[PortfolioConfig]):
    """Builds the evidence portfolio: generated pages, item panels, portfolio.json and evidence.csv."""

    def __init__(self) -> None:
        self.settings: Settings | None = None
        self.project: Project | None = None
        self.renderer: Renderer | None = None
        self.serving = False
        self.cache = SourceCache()
        self.titles: dict[str, str] = {}
        """Titles of the generated pages that come from user text (the overview's, the challenges')."""

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Once per process. Defining it keeps this plugin (and its cache of parsed files) across serve's rebuilds."""
        self.serving = command == "serve"

    def on_serve(self, server: LiveReloadServer, *, config: MkDocsConfig, builder: Callable[..., Any]) -> None:
        """Rebuild when framework.yml changes too (it lives outside evidence/, which MkDocs watches)."""
        if self.config.enabled and self.settings is not None:
            server.watch(str(self.settings.framework))

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Resolve the options, and put the package's templates and stylesheet into the theme (after custom_dir)."""
        if not self.config.enabled:
            return None
        root = Path(config.config_file_path or ".").resolve().parent
        audience = os.environ.get("PORTFOLIO_AUDIENCE") or self.config.audience
        if audience not in AUDIENCES:
            raise PluginError(f'PORTFOLIO_AUDIENCE is "{audience}"; use one of {", ".join(AUDIENCES)}')
        self.settings = Settings(
            root=root,
            docs_dir=Path(config.docs_dir),
            framework=root / self.config.framework,
            audience=audience,
            as_of=self._as_of(),
            max_file_mb=self.config.max_file_mb,
            site_files=site_files(config.extra_css, config.extra_javascript, config.theme.get("logo"), config.theme.get("favicon")),
        )
        dirs = [Path(d).resolve() for d in config.theme.dirs]
        if TEMPLATES.resolve() not in dirs:
            custom = 1 if config.theme.custom_dir else 0
            config.theme.dirs.insert(custom, str(TEMPLATES))
        if STYLESHEET not in config.extra_css:
            config.extra_css.append(STYLESHEET)
        if SCRIPT not in config.extra_javascript:
            config.extra_javascript.append(SCRIPT)
        if "attr_list" not in config.markdown_extensions:
            config.markdown_extensions.append("attr_list")
        return config

    def _as_of(self) -> datetime.date:
        try:
            return parse_as_of(self.config.as_of)
        except ValueError as exc:
            raise PluginError(str(exc)) from None

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files | None:
        """Read and check the whole project, drop what the audience may not see, and add the generated files."""
        if not self.config.enabled or self.settings is None:
            return None
        project = read_project(self.settings, self.cache)
        for problem in project.problems:
            (log.error if problem.severity == "error" else log.warning)(str(problem))
        errors = len(project.problems.errors)
        # While serving, pages with errors are left out and the errors are listed on the overview, so that the
        # author sees them in the browser and the server keeps running; a build fails.
        if project.portfolio is None or (errors and not self.serving):
            raise PluginError(
                f"the portfolio has {errors} error{'s' if errors != 1 else ''} (listed above); fix them and build again"
            )
        self.project = project
        for file in list(files):
            if file.src_dir == config.docs_dir and not file.generated_by and not project.published(file.src_uri):
                files.remove(file)
        pages = site_pages(with_tags="material/tags" in config.plugins or "tags" in config.plugins)
        for uri in generated_uris(project.portfolio.framework):
            files.append(File.generated(config, uri, content=""))
        if "tags" in pages:
            files.append(File.generated(config, TAGS_URI, content=TAGS_PAGE))
        urls = {file.src_uri: ("" if file.url == "./" else file.url) for file in files}
        self._render_pages(project, files, urls, config)
        exports = {
            "portfolio.json": portfolio_json(project.portfolio, urls, pages, project.public(project.problems.warnings)),
            "evidence.csv": evidence_csv(project.portfolio, urls),
        }
        for name, content in exports.items():
            files.append(File.generated(config, name, content=content))
        if config.nav is None:
            config.nav = navigation(project, pages)
            # Items are left out of the navigation on purpose: listing each of them would only be noise.
            config.validation.nav.omitted_files = logging.DEBUG
        return files

    def _render_pages(self, project: Project, files: Files, urls: dict[str, str], config: MkDocsConfig) -> None:
        """Fill in the generated pages (created empty, so that every page's URL was known first)."""
        assert project.portfolio is not None
        self.renderer = renderer = Renderer(
            project, urls, site_name=config.site_name, site_url=config.site_url or "", overrides=_overrides(config)
        )
        title = project.overview_title(config.site_name)
        self.titles = {OVERVIEW_URI: title, **{challenge_uri(c.id): c.title for c in project.portfolio.framework.challenges}}
        contents = {OVERVIEW_URI: renderer.overview(title, project.intro, project.public(project.problems.errors))}
        contents.update((challenge_uri(c.id), renderer.challenge(c.id)) for c in project.portfolio.challenges)
        contents.update((uri, renderer.generated(role)) for role, uri in PAGE_URIS.items())
        for uri, content in contents.items():
            file = files.get_file_from_path(uri)
            assert file is not None, uri  # created empty in on_files
            file.content_string = content

    def on_page_read_source(self, *, page: MkDocsPage, config: MkDocsConfig) -> str | None:
        """Hand MkDocs the text already read (UTF-8, byte-order mark dropped, `\\n` line endings)."""
        source = self._page(page)
        return source.text if source else None

    @event_priority(50)
    def on_page_markdown(self, markdown: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str | None:
        """Before Material's tags plugin (priority -50): normalise an item's metadata; drop links to withheld
        files, so that not even their names reach the site."""
        if page.file.src_uri in self.titles and page.file.generated_by:
            # Titles made of user text reach Material's <title> and header, which print them as HTML.
            page.meta["title"] = html.escape(self.titles[page.file.src_uri])
        source = self._page(page)
        if source is None or self.project is None:
            return None
        if source.item:
            # Material treats titles and tags in the metadata as HTML: escaped here, "<script>" stays text. Tags
            # keep their "&" (a bare "&" is harmless in HTML), so that their anchors read "health-wellbeing".
            page.meta.update(source.item.front_matter())
            tags = [t.replace("<", "&lt;").replace(">", "&gt;") for t in source.item.tags]
            page.meta.update(title=html.escape(source.item.title), tags=tags)
        if source.links & self.project.withheld:
            return unlink(source.src_uri, markdown, self.project.withheld)
        return None

    def on_page_content(self, html: str, *, page: MkDocsPage, config: MkDocsConfig, files: Files) -> str | None:
        """An item's panel, after its heading. Added as HTML, so that Markdown does not parse it on every page."""
        source = self._page(page)
        if source is None or source.item is None or self.renderer is None:
            return None
        panel = self.renderer.item_panel(source.item)
        if html.lstrip().startswith("<h1"):
            head, end, rest = html.partition("</h1>")
            return f"{head}{end}\n{panel}{rest}"
        return panel + html

    def _page(self, page: MkDocsPage) -> Page | None:
        if self.project is None or page.file.generated_by:
            return None
        return self.project.pages.get(page.file.src_uri)


def _overrides(config: MkDocsConfig) -> list[Path]:
    return [Path(config.theme.custom_dir)] if config.theme.custom_dir else []
