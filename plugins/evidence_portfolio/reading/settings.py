"""What to build and where the project's files are, resolved in one place for every door.

The MkDocs plugin hands `resolve` the configuration MkDocs has loaded; the `portfolio` command loads mkdocs.yml
itself with `load_mkdocs_yml` (safely: MkDocs' `!ENV` tags are honoured, `INHERIT` is followed, plain values with a
Python tag are read, other tags are read as empty values) and hands `resolve` the same kind of mapping.
"""

from __future__ import annotations

import datetime
import functools
import glob
import importlib.util
import itertools
import os
import posixpath
import re
import shlex
import sys
import types
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlsplit

import yaml

from ..model import framework_keys
from ..model.item_types import VISIBILITY
from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problem, Problems, shortened, suggest
from ..model.urls import MARKDOWN_EXTENSIONS, same_host
from ..model.vocabulary import AUDIENCES, Audience, as_audience
from .engine import Engine
from .fields import as_written, kind_of, said_as_hint
from .named_functions import kept_where_read, python_value
from .plugin_options import PLUGIN_OPTIONS, option_value, under_evidence
from .text import as_text_anyhow, date_hint, decode, iso_date, looks_like_a_date, no_such_day
from .yaml_lines import curly_quoted, or_none, pasted_character, pasted_characters, too_deep, yaml_fault

PLUGIN = "portfolio"
"""The plugin's name in mkdocs.yml (its entry point's, in pyproject.toml)."""
ENVIRONMENT_AUDIENCE = "PORTFOLIO_AUDIENCE"
"""The environment variable that chooses the audience of a build (it wins over mkdocs.yml)."""


META_FILE = ".meta.yml"
"""The name of the files Material's meta plugin reads, unless its `meta_file` option names others."""
PAGES_FILE = ".pages"
"""The name of the files awesome-pages reads, unless its `filename` option names another."""
COMPANION_FILES = frozenset((PAGES_FILE, META_FILE, ".authors.yml", ".nav.yml"))
"""Files other MkDocs plugins read from docs_dir by these default names (awesome-pages and awesome-nav, Material's
meta and blog plugins): not pages, never published, and no reason for a warning."""


class SettingsError(ValueError):
    """Settings that cannot be used, with a message for the user: a problem at a line of mkdocs.yml when they are
    written there (`PATH:LINE: error: MESSAGE`), which `portfolio check` also gives as JSON or an annotation."""

    def __init__(self, message: str, where: tuple[str, int] | None = None, code: str = "bad-option") -> None:
        self.problem = Problem(where[0], where[1], "error", code, message) if where else None
        self.problems: tuple[Problem, ...] = (self.problem,) if self.problem else ()
        super().__init__(str(self.problem) if self.problem else message)

    @classmethod
    def together(cls, errors: list[SettingsError]) -> SettingsError:
        """Several errors as one, so that one run names them all: a line each, the first's problem first."""
        if len(errors) == 1:
            return errors[0]
        joined = cls("\n".join(map(str, errors)))
        joined.problem = errors[0].problem
        joined.problems = tuple(problem for error in errors for problem in error.problems)
        return joined


@dataclass(frozen=True)
class Blog:
    """Where one instance of Material's blog plugin lives under evidence/ (paths relative to it, with "/")."""

    folder: str = "blog"
    """Its blog_dir ("." for a blog at the root)."""
    posts: str = "blog/posts"
    """Its post_dir: every page under it is a post, with an address and authors of the blog's making."""
    views: tuple[str, ...] = ("blog/archive/", "blog/category/", "blog/author/", "blog/page/")
    """How the paths of the pages the blog generates start (its archive, category, author and pagination pages: the
    fixed start of each of its *_url_format options, joined to its folder)."""
    drafts: bool = False
    """Its option `draft`: whether a build renders the posts marked `draft: true` (by default it leaves them out)."""
    authors_file: str = "blog/.authors.yml"
    """The file it reads its authors from (its option authors_file)."""
    reads_authors: bool = True
    """Its option `authors` (on by default): whether it reads the authors file, and its posts' `authors`."""

    @property
    def index(self) -> str:
        """The blog's index page, which the blog plugin needs in every build."""
        return posixpath.normpath(posixpath.join(self.folder, "index.md"))

    def holds(self, src_uri: str) -> bool:
        """Whether the blog plugin takes the page at `src_uri` for a post (it compares the paths' starts)."""
        return src_uri.startswith(self.posts)


@dataclass(frozen=True)
class Settings:
    """Where the project's files are and what to build."""

    root: Path
    docs_dir: Path
    framework: Path
    audience: Audience = "internal"
    as_of: datetime.date = field(default_factory=datetime.date.today)
    as_of_pinned: bool = False
    """Whether mkdocs.yml sets `as_of` (rather than the day of the build)."""
    publish: tuple[str, ...] = ()
    """Files under evidence/ published on their own, to every audience (paths or glob patterns)."""
    max_file_mb: float = PLUGIN_OPTIONS["max_file_mb"].default
    """Markdown files larger than this many megabytes are errors (they are not read)."""
    site_name: str = "Evidence portfolio"
    site_description: str = ""
    site_url: str = ""
    use_directory_urls: bool = True
    offline_copy_of: bool | None = None
    """For a copy to open from disk (`portfolio pack`, where `x/` is `x.html`), the published site's
    use_directory_urls, which the pages' raw HTML was written for; None for the site itself."""
    strict: bool = False
    """mkdocs.yml's `strict: true`: `mkdocs build` fails on warnings as with `--strict`, and so does the check."""
    strict_gaps: bool = False
    """Whether `--strict` fails on gaps (uncovered sections, stale items...) as well as on mistakes."""
    allow_gh_deploy: tuple[Audience, ...] = ()
    """Audiences other than public that `mkdocs gh-deploy` may publish."""
    loaded_by_mkdocs: bool = False
    """Whether MkDocs itself read mkdocs.yml (a build), having loaded its theme, plugins (and hooks) and extensions,
    and checked its site_url, before the portfolio runs."""
    engine: Engine | None = field(default=None, compare=False)
    """The engine that builds the site, asked for its own judgement of its settings and files (reading/engine);
    None: only the portfolio's own checks are made."""
    theme_name: str | None = "mkdocs"
    """The theme mkdocs.yml names (`theme: material`, or its `name`; none with a custom_dir alone)."""
    plugin_names: tuple[str, ...] = ()
    """Every plugin mkdocs.yml lists, as written (`material/tags`, `search`), on or off: MkDocs loads each."""
    plugins: frozenset[str] = frozenset(("search", "tags"))
    """The MkDocs plugins that are on, by short name ("material/tags" is "tags")."""
    plugin_entries: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    """Each plugin that is on, by short name, with its options (a plugin on twice, twice)."""
    plugin_modules: tuple[tuple[str, str], ...] = ()
    """Each plugin that is on, by short name, with the module its class comes from: only where MkDocs has loaded
    them (a build)."""
    markdown_extensions: tuple[Any, ...] = ("admonition", "attr_list", "tables", "toc")
    """mkdocs.yml's Markdown extensions, for pages the portfolio renders itself (the PDF, other engines)."""
    nav: Any = None
    """mkdocs.yml's own `nav`, if it has one."""
    link_warnings: frozenset[str] = frozenset()
    """MkDocs' own checks of links that mkdocs.yml's `validation` makes warnings, which fail a strict build: of
    MKDOCS_LINK_CHECKS (MkDocs makes them notes by default)."""
    links_from_docs: bool = False
    """Whether mkdocs.yml's `validation` has MkDocs read a Markdown link starting with "/" from the folder of pages
    (`absolute_links: relative_to_docs`, MkDocs 1.6): `/partnerships/x.md` is evidence/partnerships/x.md."""
    warn_left_out_of_nav: bool = False
    """Whether mkdocs.yml's `validation` makes a page its own `nav` does not name a warning (`omitted_files: warn`,
    a note by default), which fails a strict build."""
    custom_dir: Path | None = None
    """The theme's custom_dir, whose templates win over the package's."""
    hooks: tuple[Path, ...] = ()
    """The files of MkDocs' hooks (`hooks:`): the organisation's own code, run by every build."""
    config_file: Path | None = None
    """mkdocs.yml itself."""
    theme_dirs: tuple[Path, ...] = ()
    """The folders the theme's templates come from (custom_dir first), for a page's `template`; empty when they
    cannot be told (a theme other than Material, when the command reads mkdocs.yml), and then not checked."""
    snippet_bases: tuple[Path, ...] = ()
    """The folders pymdownx.snippets may copy files from into any page, when it is on."""
    snippets: Mapping[str, Any] | None = field(default=None, compare=False)
    """pymdownx.snippets' options as its last entry in mkdocs.yml gives them (python-markdown runs that one); None
    when it is off."""
    icon_folders: tuple[Path, ...] = ()
    """The folders of Material's custom icons (pymdownx.emoji's `custom_icons`), whose SVG files a page's
    :shortcode: puts in it whole."""
    b64_bases: tuple[Path, ...] = ()
    """The folders pymdownx.b64 may copy images from into any page, as data: URLs, when it is on (its base_path
    is relative to the folder MkDocs runs in: the project's, and this process's; without restrict_path, "/")."""
    extra_templates: tuple[str, ...] = ()
    """mkdocs.yml's extra_templates: files under evidence/ that MkDocs renders as Jinja templates, with the whole
    configuration (this plugin's project included) in reach."""
    extra_css: tuple[str, ...] = ()
    extra_javascript: tuple[str, ...] = ()
    """mkdocs.yml's own stylesheets and scripts (paths under evidence/, or URLs)."""
    polyfills: tuple[str, ...] = ()
    """The scripts of `extra.polyfills`, which Material loads on every page before its own."""
    analytics: str = ""
    """The provider of Material's `extra.analytics` (google), whose script every page loads."""
    theme_features: tuple[str, ...] = ()
    language: str = "en"
    """The site's language (Material's theme.language), for the PDF's metadata."""
    logo: str | None = None
    favicon: str | None = None
    blogs: tuple[Blog, ...] = ()
    """The blogs of Material's blog plugin, when it is on."""
    companion_files: frozenset[str] = COMPANION_FILES
    """Files other plugins read: names (matched in any folder) and paths under evidence/ (with a "/")."""
    meta_files: frozenset[str] = frozenset()
    """The names of the files Material's meta plugin reads (when it is on): it gives every page of their folder
    the keys they hold."""
    pages_files: frozenset[str] = frozenset()
    """The names of the files awesome-pages reads (when it is on): each orders the navigation of its folder."""
    pages_strict: bool = True
    """Whether awesome-pages stops a build on an entry of a `.pages` nav it cannot find (its `strict`, on unless
    turned off; where it is off, it warns, and a strict build passes)."""
    theme_icons: Any = field(default=None, compare=False)
    """The theme's `icon` setting (Material's icons for its logo, repository, admonitions, tags...)."""
    theme_palette: Any = field(default=None, compare=False)
    """The theme's `palette` setting: a palette, or a list of them, each of whose `toggle` names an icon."""
    social: Any = field(default=None, compare=False)
    """mkdocs.yml's `extra.social`, the links Material shows with their icons in the footer."""
    left_out: tuple[Any, ...] = field(default=(), compare=False)
    """mkdocs.yml's exclude_docs and draft_docs, as gitignore patterns (pathspec's): MkDocs builds no page of the
    files under evidence/ they match (drafts: but in `mkdocs serve`), so no build holds them."""
    not_in_nav: tuple[Any, ...] = field(default=(), compare=False)
    """mkdocs.yml's not_in_nav, as gitignore patterns: pages its own `nav` leaves out on purpose."""
    written_config: Mapping[str, Any] | None = field(default=None, compare=False)
    """mkdocs.yml as the command read it (its INHERITed file merged in), for `portfolio check`; None in a build,
    where MkDocs has read and checked it."""
    grouped: bool = False
    """Whether the portfolio plugin is listed inside Material's group plugin, which tells the plugins it holds
    that the command is `build` or `serve`, never `gh-deploy`."""

    @property
    def offline(self) -> bool:
        """A copy to open from disk: nothing of its pages may load from outside it (SiteMap.offline)."""
        return self.offline_copy_of is not None

    @property
    def written_directory_urls(self) -> bool:
        """Whether the relative URLs of the pages' raw HTML lead from directory URLs (`x/`): those of the published
        site, in a copy of it (offline_copy_of)."""
        return self.use_directory_urls if self.offline_copy_of is None else self.offline_copy_of

    @property
    def site_root(self) -> str:
        """The path of site_url, where the site's top is on its host ("/" without one, "/portfolio/")."""
        return ("/" + urlsplit(self.site_url).path.strip("/")).rstrip("/") + "/"

    @cached_property
    def site_host(self) -> str:
        """The host of site_url ("" without one): a full address on it is the site's own, not another website's
        (asked of every link)."""
        return urlsplit(self.site_url).hostname or ""

    def companion(self, src_uri: str) -> bool:
        """Whether the file at `src_uri` (under evidence/) is one another plugin reads (never published)."""
        return src_uri in self.companion_files or src_uri.rsplit("/", 1)[-1] in self.companion_files

    @property
    def site_files(self) -> frozenset[str]:
        """Files under evidence/ that mkdocs.yml itself uses (extra_css, extra_javascript, logo, favicon)."""
        paths = [*self.extra_css, *self.extra_javascript, *(path for path in (self.logo, self.favicon) if path)]
        return frozenset(self.path_of(path) for path in paths) - {""}

    def path_of(self, url: str) -> str:
        """The path under evidence/ of a file mkdocs.yml names by URL, written as a path from the site's root
        ("css/a.css?v=2", "./css/a%2Db.css", "css//a.css", "/css/a.css"), with the path of site_url before it, or as
        a full address on the site's host; "" for a URL that names no file of the site."""
        address = urlsplit(url.replace("\\", "/"))
        ours = address.scheme.lower() in ("", "http", "https") and same_host(address.netloc, self.site_host)
        if (address.scheme or address.netloc) and not ours:
            return ""
        path = unquote(address.path)
        root = self.site_root
        if path.lower().startswith(root.lower()):
            path = path[len(root) :]
        elif address.netloc:
            return ""  # the site's host, outside the site
        path = posixpath.normpath(path.lstrip("/"))
        return "" if path in (".", "..") or path.startswith("../") else path

    def display(self, path: Path) -> str:
        """A path as problems name it: relative to the project root, with `/`."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def left_out_by_mkdocs(self, src_uri: str) -> bool:
        """Whether mkdocs.yml's exclude_docs or draft_docs leave out the file at `src_uri` (under evidence/)."""
        return any(spec.match_file(src_uri) for spec in self.left_out)

    def framework_named_at(self) -> tuple[str, int]:
        """Where a framework file that is not there is named: the plugin's `framework` option, where mkdocs.yml
        writes it (the line to correct); else the file itself, at line 1 (the file to create)."""
        written = _written_options(self.config_file).get("framework")
        if written:
            return _shown_path(written[-1].file, self.root), written[-1].line
        return self.display(self.framework), 1

    def blog_post(self, src_uri: str) -> bool:
        """Whether the page at `src_uri` is a post of one of the blogs of Material's blog plugin."""
        return any(blog.holds(src_uri) for blog in self.blogs)

    @property
    def authors_files(self) -> frozenset[str]:
        """The paths, from evidence/, of the files Material's blogs read their authors from (when it is on)."""
        return frozenset(blog.authors_file for blog in self.blogs)

    def reads_draft(self, src_uri: str) -> bool:
        """Whether the page at `src_uri` is a post of a blog that leaves out the posts marked `draft: true` (unless
        its option `draft` is true, as by default)."""
        return any(blog.holds(src_uri) and not blog.drafts for blog in self.blogs)

    def display_uri(self, src_uri: str) -> str:
        """A file under evidence/ (by its src_uri) as problems name it."""
        return self._docs_display + src_uri

    @cached_property
    def extension_modules(self) -> tuple[str, ...]:
        """The modules of the Markdown extensions a build loads: mkdocs.yml's (MkDocs adds toc, tables and
        fenced_code, which the portfolio's lines of extensions left out never name)."""
        return extension_names(self.markdown_extensions)

    @cached_property
    def plain_fences(self) -> bool:
        """Whether fenced code is python-markdown's own `fenced_code`, whose fences reading.raw_html reads: not
        pymdownx.superfences', read otherwise (in lists, with titles), where only the build's last check of typed
        links (Build.typed_addresses) stands."""
        return "pymdownx.superfences" not in extension_names(self.markdown_extensions)

    @cached_property
    def own_references(self) -> bool:
        """Whether a page's links by reference (`[text][label]`) find their labels in the page alone, as
        python-markdown reads them: not where pymdownx.snippets puts text into every page (`auto_append`, as a
        glossary of links), nor with mkdocs-autorefs, whose labels are headings of any page, nor with a plugin that
        puts other files' text into a page (include-markdown, macros: a false-positive review)."""
        every = self.snippets is not None and bool(
            self.snippets.get("auto_append") or self.snippets.get("auto_prepend")
        )
        return not every and not {"autorefs", "include-markdown", "macros"} & self.plugins

    @cached_property
    def _docs_display(self) -> str:
        folder = self.display(self.docs_dir)
        return "" if folder == "." else folder + "/"


def chosen_audience(options: Mapping[str, Any], audience: str | None = None) -> Audience:
    """The audience of a build: `audience` chosen on the command line, else the environment's PORTFOLIO_AUDIENCE,
    else the plugin's `audience` option, else internal. PORTFOLIO_AUDIENCE set to nothing is refused, whatever
    else is given: a CI variable that came out empty would build the audience mkdocs.yml names, unseen (a hostile
    review)."""
    environment = os.environ.get(ENVIRONMENT_AUDIENCE)
    if environment is not None and not environment.strip():
        raise SettingsError(
            f"{ENVIRONMENT_AUDIENCE} is set, to nothing; set it to one of {', '.join(AUDIENCES)}, or unset it "
            "(unset, the audience is mkdocs.yml's)"
        )
    chosen = audience or environment or options.get("audience") or "internal"
    checked = as_audience(str(chosen).strip().lower())  # "Public", as a person types it in a CI setting
    if checked is None:
        source = (
            "--audience" if audience else ENVIRONMENT_AUDIENCE if os.environ.get(ENVIRONMENT_AUDIENCE) else "audience"
        )
        assessors = ' (an assessor\'s audience is "accreditor")' if "assess" in str(chosen).lower() else ""
        meant = audience_meant(str(chosen))
        meant = meant if meant.startswith("; did you mean") and not assessors else ""
        raise SettingsError(f'{source} is "{chosen}"; use {PLUGIN_OPTIONS["audience"].takes}{assessors}{meant}')
    return checked


def resolve(
    root: Path,
    mkdocs: Mapping[str, Any],
    options: Mapping[str, Any],
    audience: str | None = None,
    config_file: Path | None = None,
    engine: Engine | None = None,
) -> Settings:
    """The settings of a project: `mkdocs` is mkdocs.yml as loaded (from `config_file`), `options` the portfolio
    plugin's options, `audience` one chosen on the command line, `engine` the one that builds the site. The
    environment's PORTFOLIO_AUDIENCE wins over mkdocs.yml."""
    _check_options(options, config_file, root)
    if config_file is not None:
        _one_config(config_file)
    checked = chosen_audience(options, audience)
    theme = mkdocs.get("theme")
    theme_name = theme if isinstance(theme, str) else getattr(theme, "name", None) or _get(theme, "name")
    theme = theme if isinstance(theme, Mapping) else {}
    logo, favicon = theme.get("logo"), theme.get("favicon")
    # `docs_dir: !relative $config_dir/x`, which stops MkDocs (mkdocs_schema) and reads as nothing here: read as the
    # folder it names, which the check reads, rather than docs/ (looked for only where docs_dir reads as nothing)
    tagged = (
        next((path for where, path in relative_settings(config_file) if where == ("docs_dir",)), None)
        if config_file and mkdocs.get("docs_dir") is None
        else None
    )
    docs_dir = Path(tagged.removeprefix(RELATIVE_TO_CONFIG) if tagged else docs_dir_written(mkdocs))
    docs_dir = docs_dir if docs_dir.is_absolute() else root / docs_dir
    # MkDocs' Theme keeps custom_dir apart from its mapping
    custom_dir = _custom_dir(root, config_file, docs_dir, getattr(theme, "custom_dir", None) or theme.get("custom_dir"))
    plugins = _plugin_entries(mkdocs.get("plugins") or {})
    allowed = tuple(a for a in (as_audience(name) for name in option_value(options, "allow_gh_deploy")) if a)
    return Settings(
        root=root,
        docs_dir=docs_dir,
        framework=_framework_file(root, config_file, options.get("framework")),
        audience=checked,
        as_of=_as_of(options.get("as_of"), config_file, root),
        as_of_pinned=options.get("as_of") is not None,
        publish=tuple(str(entry) for entry in option_value(options, "publish")),
        max_file_mb=float(option_value(options, "max_file_mb")),
        site_name=str(mkdocs.get("site_name") or "Evidence portfolio"),
        site_description=str(mkdocs.get("site_description") or ""),
        site_url=str(mkdocs.get("site_url") or ""),
        use_directory_urls=mkdocs.get("use_directory_urls") is not False,
        strict=mkdocs.get("strict") is True,
        strict_gaps=bool(option_value(options, "strict_gaps")),
        allow_gh_deploy=allowed,
        loaded_by_mkdocs=not isinstance(mkdocs, dict),
        engine=engine,
        theme_name=str(theme_name) if theme_name else None if "theme" in mkdocs else "mkdocs",
        plugin_names=_plugin_names(mkdocs.get("plugins") or ()),
        plugins=frozenset(name for name, _ in plugins),
        plugin_entries=tuple(plugins),
        plugin_modules=_plugin_modules(mkdocs.get("plugins") or {}),
        markdown_extensions=extension_entries(mkdocs),
        link_warnings=_warnings(mkdocs.get("validation"), "links", MKDOCS_LINK_CHECKS),
        links_from_docs=_from_docs(mkdocs.get("validation")),
        warn_left_out_of_nav=bool(_warnings(mkdocs.get("validation"), "nav", ("omitted_files",))),
        nav=mkdocs.get("nav"),
        custom_dir=custom_dir,
        hooks=tuple(root / str(hook) for hook in _hook_names(mkdocs.get("hooks"))),
        config_file=config_file or root / "mkdocs.yml",
        theme_dirs=_theme_dirs(theme, custom_dir),
        snippet_bases=_snippet_bases(root, mkdocs),
        snippets=next(reversed(extension_options(mkdocs, "pymdownx.snippets")), None),
        b64_bases=_b64_bases(root, mkdocs),
        icon_folders=_icon_folders(root, mkdocs),
        extra_templates=_paths(mkdocs.get("extra_templates")),
        extra_css=_paths(mkdocs.get("extra_css")),
        extra_javascript=_paths(mkdocs.get("extra_javascript")),
        polyfills=_paths(extra.get("polyfills") if isinstance(extra := mkdocs.get("extra"), Mapping) else ()),
        analytics=str(_get(_get(extra, "analytics"), "provider") or ""),
        theme_features=tuple(str(f) for f in theme.get("features") or () if isinstance(f, str)),
        language=str(theme.get("language") or "en"),
        logo=logo if isinstance(logo, str) else None,
        favicon=favicon if isinstance(favicon, str) else None,
        blogs=_blogs(plugins),
        companion_files=_companion_files(plugins),
        meta_files=frozenset(_meta_file(options) for name, options in plugins if name == "meta"),
        pages_files=frozenset(_pages_file(options) for name, options in plugins if name == "awesome-pages"),
        pages_strict=all(options.get("strict") is not False for name, options in plugins if name == "awesome-pages"),
        grouped=_grouped(mkdocs.get("plugins") or {}),
        theme_icons=theme.get("icon"),
        theme_palette=theme.get("palette"),
        social=_get(mkdocs.get("extra"), "social"),
        left_out=_patterns(mkdocs, ("exclude_docs", "draft_docs")),
        not_in_nav=_patterns(mkdocs, ("not_in_nav",)),
        written_config=mkdocs if isinstance(mkdocs, dict) else None,
    )


def _patterns(mkdocs: Mapping[str, Any], keys: tuple[str, ...]) -> tuple[Any, ...]:
    """The gitignore patterns of mkdocs.yml's `keys` (exclude_docs, draft_docs, not_in_nav): as MkDocs has read
    them, or read from mkdocs.yml's text (one pattern MkDocs would refuse is MkDocs' to name: then none is read)."""
    found = []
    for key in keys:
        spec = mkdocs.get(key)
        if isinstance(spec, str) and spec.strip():
            import pathspec  # here: only a project that sets them pays for it

            try:
                spec = pathspec.gitignore.GitIgnoreSpec.from_lines(spec.splitlines())
            except ValueError:
                continue
        if hasattr(spec, "match_file"):
            found.append(spec)
    return tuple(found)


def _plugin_entries(plugins: Any) -> Plugins:
    """Each plugin that is on, by its short name ("material/blog #2" is "blog"), with its options: those of the
    plugins MkDocs has loaded (its PluginCollection, whose options have their defaults), or those of mkdocs.yml
    as written (a list of names and `name: options` mappings, or a mapping)."""
    return [(name, _paths_as_text(options)) for name, options, _ in _plugins_on(plugins)]


def _paths_as_text(options: Mapping[str, Any]) -> Mapping[str, Any]:
    """A plugin's options with each path MkDocs' `!relative` gives (an object, equal to no other) as its text:
    settings read twice from one mkdocs.yml compare equal (a dirty rebuild of `mkdocs serve` compares them)."""
    if not any(isinstance(value, os.PathLike) for value in options.values()):
        return options
    return {key: _path_as_text(value) for key, value in options.items()}


def _path_as_text(value: Any) -> Any:
    """A path as its text; one MkDocs cannot tell yet (a bare `!relative`: the folder of a page, which no page is
    being rendered to give) as it is, for MkDocs to say so where it reads it."""
    if not isinstance(value, os.PathLike):
        return value
    try:
        return os.fspath(value)
    except Exception:  # MkDocs' own error (ValidationError), raised again where a plugin reads the option
        return value


def _plugin_modules(plugins: Any) -> tuple[tuple[str, str], ...]:
    """Each plugin MkDocs has loaded that is on, by its short name, with the module its class comes from: what it is,
    whatever its name (`/tags` in mkdocs.yml loads another package's plugin called tags, which MkDocs lists as
    `tags`); none for mkdocs.yml as written."""
    return tuple((name, type(plugin).__module__) for name, _, plugin in _plugins_on(plugins) if plugin is not None)


def _plugins_on(plugins: Any, top: bool = True) -> Iterator[tuple[str, Mapping[str, Any], object]]:
    """Each plugin that is on: its short name, its options, and the plugin MkDocs loaded (None as written). `top`:
    the list under `plugins:`, where an option written at a plugin's indentation is said as that (dedented_options);
    in Material's group, every key of an entry counts as a plugin, as it did before."""
    loaded = isinstance(plugins, Mapping) and any(hasattr(value, "config") for value in plugins.values())
    pairs: list[tuple[Any, Any, object]] = []
    if isinstance(plugins, Mapping):  # MkDocs lists the hooks among them, as modules: the organisation's own code
        pairs = [
            (name, getattr(value, "config", value), value if loaded else None)
            for name, value in plugins.items()
            if not isinstance(value, types.ModuleType)
        ]
    else:
        for entry in plugins if isinstance(plugins, list) else []:
            written = [(entry, {})] if isinstance(entry, str) else entry.items() if isinstance(entry, dict) else []
            dedented = dedented_options(entry) if top and isinstance(entry, dict) else []  # said once, as that
            pairs += [(name, options, None) for name, options in written if str(name) not in dedented]
    for name, options, plugin in pairs:
        settings = options if isinstance(options, Mapping) else {}
        short = _short(name)
        # None (`!ENV NAME` of a variable not set) is the option's default; not given at all, the plugin is taken to
        # be on, whatever its default: the group plugin's plugins are judged even where it would not load them
        enabled = settings.get("enabled", True)
        if enabled is not False and (enabled is not None or short not in OFF_BY_DEFAULT):
            yield short, settings, plugin
            if short == "group" and not loaded:  # Material's group as written (MkDocs lists the plugins it loads)
                yield from _plugins_on(settings.get("plugins") or [], top=False)


def dedented_options(entry: dict[Any, Any]) -> list[str]:
    """The keys of an entry of a list of plugins (or extensions) after its first that are options of the first
    written at its indentation (`as_of:` two spaces left of `portfolio:`'s options): the first holds options, and
    they hold a value, not options of their own. MkDocs stops on such an entry; it is said once, as that."""
    if len(entry) < 2:
        return []
    first, *others = entry
    if not isinstance(entry[first], dict):
        return []
    return [str(key) for key in others if not isinstance(entry[key], dict | list)]


def _plugin_names(plugins: Any) -> tuple[str, ...]:
    """The name of every plugin mkdocs.yml lists (a list of names and `name: options` mappings, or a mapping; or
    the names MkDocs loaded), as written."""
    if isinstance(plugins, Mapping):
        return tuple(str(name) for name in plugins)
    names: list[str] = []
    for entry in plugins if isinstance(plugins, list) else ():
        if isinstance(entry, dict):  # (an option written at the plugin's indentation is none: dedented_options)
            names += [str(key) for key in entry if str(key) not in dedented_options(entry)]
        elif isinstance(entry, str):
            names.append(entry)
    return tuple(names)


def _hook_names(hooks: Any) -> list[str]:
    """The files `hooks:` names: a list as written, the keys of the modules MkDocs has loaded from them."""
    return [str(name) for name in hooks] if isinstance(hooks, (list, Mapping)) else []


def _get(mapping: object, key: str) -> Any:
    return mapping.get(key) if isinstance(mapping, Mapping) else None


MKDOCS_LINK_CHECKS = ("absolute_links", "unrecognized_links", "anchors")
"""MkDocs' checks of the links of pages that are notes unless mkdocs.yml's `validation` makes them warnings (the
portfolio checks links to missing files itself)."""
_WARNING_LEVEL = 30
"""logging.WARNING, as MkDocs' loaded configuration gives a level."""


def _warnings(validation: object, group: str, names: tuple[str, ...]) -> frozenset[str]:
    """The checks `names` of `validation`'s `group` ("links" or "nav") that it makes warnings: as MkDocs loads it
    (a level as a number under the group), or as written (`links: {anchors: warn}`, or `anchors: warn`, for links
    and the nav alike)."""
    found = set()
    for name in names:
        level = _level(validation, group, name)
        if (isinstance(level, int) and level == _WARNING_LEVEL) or str(level).strip().lower() == "warn":
            found.add(name)
    return frozenset(found)


def _level(validation: object, group: str, name: str) -> object:
    """The level `validation` gives MkDocs' check `name` of `group`: under the group, as MkDocs loads it or as
    written, or for links and the nav alike (`anchors: warn`)."""
    checks = _get(validation, group)
    return _get(checks, name) if isinstance(checks, Mapping) and name in checks else _get(validation, name)


_RELATIVE_TO_DOCS = -1
"""MkDocs' loaded value of `absolute_links: relative_to_docs` (an IntEnum)."""


def _from_docs(validation: object) -> bool:
    """Whether `validation` reads Markdown links from the top from the folder of pages: as MkDocs loads it, or as
    written (`links: {absolute_links: relative_to_docs}`, or `absolute_links: relative_to_docs` for links and the nav
    alike)."""
    level = _level(validation, "links", "absolute_links")
    if isinstance(level, int) and not isinstance(level, bool):
        return level == _RELATIVE_TO_DOCS
    return str(level).strip().lower() == "relative_to_docs"


def _short(name: object) -> str:
    """A plugin's name without Material's namespace, a number, or the "/" that names it outside the theme's namespace
    ("material/blog #2" and "/material/blog" are "blog", "/search" MkDocs' search); another namespace makes another
    plugin ("someone/search" is not Material's search)."""
    return unnumbered(name).removeprefix("/").removeprefix("material/")


def unnumbered(name: object) -> str:
    """A plugin's name without the number MkDocs gives one listed twice ("material/blog #2" is "material/blog")."""
    return re.sub(r" #\d+$", "", str(name))


def _grouped(plugins: Any) -> bool:
    """Whether the portfolio plugin is listed inside Material's group plugin: in the group's `plugins` as written,
    or among the plugins it has loaded (MkDocs takes the entries out of the option as it loads them)."""
    groups = [options for name, options in _plugin_entries(plugins) if name == "group"]
    written = (name for options in groups for name, _ in _plugin_entries(options.get("plugins") or []))
    loaded = (
        _short(name)
        for key, value in (plugins.items() if isinstance(plugins, Mapping) else ())
        if _short(key) == "group"
        for name in (getattr(value, "plugins", None) or {})
    )
    return PLUGIN in (*written, *loaded)


Plugins = list[tuple[str, Mapping[str, Any]]]
OFF_BY_DEFAULT = frozenset(("group",))
"""Plugins whose `enabled` is false by default (Material's group); every other's is true."""


def _blog_dir(options: Mapping[str, Any]) -> str:
    return posixpath.normpath(str(options.get("blog_dir") or "blog"))


def _meta_file(options: Mapping[str, Any]) -> str:
    return str(options.get("meta_file") or META_FILE)


def _pages_file(options: Mapping[str, Any]) -> str:
    return str(options.get("filename") or PAGES_FILE)


_VIEW_FORMATS = {
    "archive": "archive/{date}",
    "categories": "category/{slug}",
    "authors_profiles": "author/{slug}",
    "pagination": "page/{page}",
}
"""The blog plugin's options for the addresses of the pages it generates, with their defaults."""


def _blogs(plugins: Plugins) -> tuple[Blog, ...]:
    """Where the blogs of Material's blog plugin live (its options blog_dir and post_dir, with their defaults)."""
    blogs = []
    for name, options in plugins:
        if name == "blog":
            folder = _blog_dir(options)
            posts = _in_the_blog(options.get("post_dir") or "{blog}/posts", folder)
            formats = (options.get(f"{view}_url_format") or default for view, default in _VIEW_FORMATS.items())
            joined = (posixpath.join(folder, str(written).split("{", 1)[0].lstrip("/")) for written in formats)
            # as MkDocs names the pages: "blog/../archive/2026.md" is archive/2026.md
            views = tuple(
                (posixpath.normpath(path) + ("/" if path.endswith("/") else "")).removeprefix("./") for path in joined
            )
            drafts, reads_authors = options.get("draft") is True, options.get("authors") is not False
            blogs.append(Blog(folder, posixpath.normpath(posts), views, drafts, _authors_file(options), reads_authors))
    return tuple(blogs)


def _authors_file(options: Mapping[str, Any]) -> str:
    """The path, from evidence/, of the file a blog reads its authors from (its option authors_file)."""
    return posixpath.normpath(_in_the_blog(options.get("authors_file") or "{blog}/.authors.yml", _blog_dir(options)))


def _in_the_blog(written: object, folder: str) -> str:
    """A path of the blog plugin's options (post_dir, authors_file) as the plugin reads it: a template of Python's
    `format`, its `{blog}` the blog's folder (a hostile review: `{blog:.0}`, which formats to nothing, was taken as
    written, and the authors file it named went unchecked); where it cannot be formatted (the plugin stops on it), as
    written."""
    try:
        return str(written).format(blog=folder)
    except (KeyError, IndexError, ValueError, AttributeError, TypeError):
        return str(written)


def _companion_files(plugins: Plugins) -> frozenset[str]:
    """The default names, and the names or paths that plugins' options choose (awesome-pages' `filename`,
    the meta plugin's `meta_file`, the blog plugin's `authors_file`)."""
    chosen = set(COMPANION_FILES)
    for name, options in plugins:
        if name == "awesome-pages":
            chosen.add(_pages_file(options))
        elif name == "meta":
            chosen.add(_meta_file(options))
        elif name == "blog":
            chosen.add(_authors_file(options))
    return frozenset(chosen)


def _paths(entries: Any) -> tuple[str, ...]:
    """Stylesheets or scripts of mkdocs.yml: names, or `{path: ...}` entries (MkDocs' ExtraScriptValue)."""
    paths = (e.get("path") if isinstance(e, dict) else getattr(e, "path", e) for e in entries or ())
    return tuple(str(path) for path in paths if isinstance(path, str) and path)


def _theme_dirs(theme: Mapping[str, Any], custom: Path | None) -> tuple[Path, ...]:
    """MkDocs' own list when it has loaded the theme (`dirs`); else custom_dir and Material's templates."""
    dirs = getattr(theme, "dirs", None)
    if dirs:
        return tuple(Path(folder) for folder in dirs)
    if (theme.get("name") or "mkdocs") != "material":
        return ()
    spec = importlib.util.find_spec("material")
    if spec is None or spec.origin is None:
        return ()
    return (*([custom] if custom else []), Path(spec.origin).parent / "templates")


def _custom_dir(root: Path, config_file: Path | None, docs_dir: Path, value: Any) -> Path | None:
    """The theme's custom_dir: a path from the project's folder, or MkDocs' `!relative $config_dir/x` (or
    `$docs_dir/x`), which MkDocs hands over as a path and the command's reading of mkdocs.yml as nothing; a bare
    `!relative` (the folder of the page being rendered) is taken as evidence/, which holds every such folder."""
    if isinstance(value, os.PathLike):
        return Path(os.fspath(value))
    if value:
        return root / str(value)
    node = _node_of(_node_of(_nodes_of(config_file), "theme"), "custom_dir") if config_file else None
    if not isinstance(node, yaml.ScalarNode) or node.tag != "!relative":
        return None
    written = str(node.value)
    for prefix, folder in ((RELATIVE_TO_CONFIG, config_file.parent if config_file else root), ("$docs_dir/", docs_dir)):
        if written.startswith(prefix):
            return folder / written.removeprefix(prefix)
    return docs_dir


def extension_module(name: object) -> str:
    """The module of a Markdown extension as mkdocs.yml may name it: "pymdownx.snippets:SnippetExtension" and
    "markdown.extensions.toc" are "pymdownx.snippets" and "toc"."""
    return str(name).split(":", 1)[0].removeprefix("markdown.extensions.")


def extension_entries(mkdocs: Mapping[str, Any]) -> tuple[Any, ...]:
    """mkdocs.yml's `markdown_extensions`, as a list of names and `name: options` mappings (a mapping of names to
    options, which MkDocs takes too, as one entry each). What MkDocs refuses (mkdocs_lists.py names it) is left out:
    not each letter of `markdown_extensions: admonition` as a name, nor an option indented as little as its
    extension's name (`- toc:` then `permalink: true`, one entry of two names) as an extension."""
    value = mkdocs.get("markdown_extensions")
    if isinstance(value, Mapping):
        return tuple({name: options} for name, options in value.items())
    entries = value if isinstance(value, (list, tuple)) else ()
    return tuple(entry for entry in entries if not isinstance(entry, Mapping) or len(entry) == 1)


def extension_options(mkdocs: Mapping[str, Any], name: str) -> list[dict[str, Any]]:
    """The options of every entry of Markdown extension `name` (none when it is off), however mkdocs.yml names it,
    from MkDocs' loaded configuration (its `mdx_configs`) or from mkdocs.yml as written (a list of names and
    `name: options` mappings). An extension listed twice, under one name or two (`pymdownx.snippets` and
    `pymdownx.snippets:SnippetExtension`), is run as python-markdown runs it: the last one's processors replace the
    first's, so every entry counts."""
    configs = mkdocs.get("mdx_configs")
    loaded: Mapping[str, Any] | None = configs if isinstance(configs, Mapping) else None
    found: list[dict[str, Any]] = []
    for entry in extension_entries(mkdocs):
        if isinstance(entry, str) and extension_module(entry) == name:
            found.append(dict(loaded.get(entry) or {}) if loaded is not None else {})
        elif loaded is None and isinstance(entry, Mapping):
            for key, options in entry.items():
                if extension_module(key) == name:
                    found.append(dict(options) if isinstance(options, Mapping) else {})
    return found


def extension_names(entries: Iterable[Any]) -> tuple[str, ...]:
    """The module of every Markdown extension of mkdocs.yml's `markdown_extensions`, as loaded (names) or as
    written (names, and `name: options` mappings)."""
    names: list[str] = []
    for entry in entries:
        keys = entry if isinstance(entry, Mapping) else [entry]
        names += [extension_module(key) for key in keys if isinstance(key, str)]  # no list (mkdocs_lists.py)
    return tuple(names)


def unsafe_switch(options: Mapping[str, Any], name: str, safe: bool) -> bool:
    """Whether an extension's boolean option `name` (`safe` by default) is set otherwise, as python-markdown reads
    it (0, "off", "no", null are false; "on", 1, "yes" true); a value it cannot read counts as unsafe."""
    from markdown.util import parseBoolValue

    return name in options and parseBoolValue(options[name], fail_on_errors=False) is not safe


def _any_file(root: Path) -> Path:
    """Where an extension reads from when it may read any file the build can (its restriction off, a pattern, an
    address): the disk's root, which holds evidence/."""
    return Path(root.resolve().anchor)


def followed(path: Path) -> Path | None:
    """`path` with its links followed; None where they lead round in a loop (nothing is read through it; a review's
    crashed the check), or it holds a NUL character, which no path may (a link to `%00`: a fuzz's crashed the
    build)."""
    try:
        return path.resolve()
    except (RuntimeError, OSError, ValueError):
        return None


def docs_dir_written(mkdocs: Mapping[str, Any]) -> str:
    """mkdocs.yml's docs_dir as written ("docs" when it is not): written empty, it is the folder of mkdocs.yml, as
    MkDocs reads it (a hostile review: the check read docs/, the build the project's folder)."""
    value = mkdocs.get("docs_dir")
    return "docs" if value is None else str(value)


def _snippet_bases(root: Path, mkdocs: Mapping[str, Any]) -> tuple[Path, ...]:
    found: list[Path] = []
    docs = root / docs_dir_written(mkdocs)
    for options in extension_options(mkdocs, "pymdownx.snippets"):
        if unsafe_switch(options, "restrict_base_path", True) or unsafe_switch(options, "url_download", False):
            # any file the build can read, "../" and absolute paths too; or, with url_download, any address (the
            # repository's own files by raw.githubusercontent.com, a local server)
            return (_any_file(root),)
        bases = options.get("base_path", ["."])
        for base in bases if isinstance(bases, list) else [bases]:
            if isinstance(base, str):  # read from the folder MkDocs runs in: the project's, and this process's
                found += [followed(folder / base) or folder / base for folder in (root, Path.cwd())]
            elif isinstance(base, os.PathLike):  # MkDocs' `!relative $config_dir/x` or `$docs_dir/x`
                try:
                    found.append(followed(written := Path(os.fspath(base))) or written)
                except Exception:  # `!relative`: the folder of the page being rendered, under evidence/
                    found.append(docs.resolve())
            else:  # a tag this module's reading of mkdocs.yml leaves empty (`!relative`): as above
                found.append(docs.resolve())
    return tuple(dict.fromkeys(found))


def _icon_folders(root: Path, mkdocs: Mapping[str, Any]) -> tuple[Path, ...]:
    """The folders Material's custom icons are read from. Material expands each as a glob pattern (`evidenc?`
    names evidence/) and takes a list or a tuple: a pattern, or anything but text (a tag such as `!relative` that
    the command reads as nothing), counts as the whole disk, which holds evidence/."""
    written: list[Any] = []
    for entry in extension_options(mkdocs, "pymdownx.emoji"):
        options = entry.get("options")
        folders = options.get("custom_icons") if isinstance(options, Mapping) else None
        written += (
            [folders] if isinstance(folders, str) else list(folders) if isinstance(folders, (list, tuple)) else []
        )
    found: list[Path] = []
    for folder in written:
        if isinstance(folder, os.PathLike):  # MkDocs' `!relative $config_dir/x`
            found.append(followed(named := Path(os.fspath(folder))) or named)
        elif not isinstance(folder, str) or glob.has_magic(folder):
            found.append(_any_file(root))
        else:
            found += [followed(base / folder) or base / folder for base in (root, Path.cwd())]
    return tuple(dict.fromkeys(found))


def _b64_bases(root: Path, mkdocs: Mapping[str, Any]) -> tuple[Path, ...]:
    found: list[Path] = []
    for options in extension_options(mkdocs, "pymdownx.b64"):
        if unsafe_switch(options, "restrict_path", True):
            return (_any_file(root),)
        base = str(options.get("root_path") or options.get("base_path") or ".")
        found += [followed(folder / base) or folder / base for folder in (root, Path.cwd())]
    return tuple(dict.fromkeys(found))


def _check_options(options: Mapping[str, Any], config_file: Path | None, root: Path) -> None:
    """Refuse an option of the plugin that is unknown (a misspelt `audience` would build for the default, the
    widest audience), given twice in one file (YAML keeps the last, silently), written with a tag the command does
    not read as MkDocs does (`!!python/object/apply:...`, which MkDocs runs), or of the wrong kind, at its line: all
    of them at once."""
    errors: list[tuple[str, tuple[str, int] | None]] = []  # each message, and where
    left_out = _options_left_out(config_file, root)
    if left_out:
        errors.append(left_out)
    written_options = _written_options(config_file)
    for key, written in written_options.items():
        last = written[-1]
        lines = [where.line for where in written if where.file == last.file]
        if len(lines) > 1:
            times = "twice" if len(lines) == 2 else f"{len(lines)} times"
            listed = ", ".join(map(str, lines[:-1])) + f" and {lines[-1]}"
            errors.append(
                (
                    f"the portfolio option {key} is given {times}, on lines {listed} (only the last counts); keep one",
                    (_shown_path(last.file, root), last.line),
                )
            )
        if key not in PLUGIN_OPTIONS:
            continue  # misspelt: said below, with the option it may be
        if last.tag and last.tag not in _ConfigLoader.yaml_constructors and not _beside_config(key, last):
            takes = PLUGIN_OPTIONS[key].takes
            errors.append(
                (
                    f"the portfolio option {key} is written with the tag {last.tag}, which the portfolio does not "
                    f"read; write the value itself, such as {key}: {takes}",
                    (_shown_path(last.file, root), last.line),
                )
            )
    for key, value in options.items():
        if key not in PLUGIN_OPTIONS:
            key = as_written(key)  # (a key YAML reads as a number, a date, true: 1: x)
            meant = suggest(key, PLUGIN_OPTIONS, "options")
            known = ", ".join(PLUGIN_OPTIONS)
            if key in framework_keys.TOP.names:
                meant = f"; {key} is a key of the framework file (framework.yml), not of mkdocs.yml: move it there"
            errors.append(
                (
                    f'unknown option "{key}" of the portfolio plugin'
                    + (
                        meant
                        if meant.startswith(("; did you mean", f"; {key} is"))
                        else f"; the options are {known}: check its spelling"
                    ),
                    option_where(config_file, root, key),
                )
            )
            continue
        said = written_options.get(key, [])
        empty = bool(said) and (said[-1].tag == ENV_TAG or said[-1].text.strip() in _NULLS)  # as written, here
        if value is None and key == "audience" and empty:  # empty, ~, or an unset !ENV variable
            errors.append(
                (
                    "the portfolio option audience is empty (nothing after its colon, ~ or null, or an !ENV variable "
                    f"that is not set), so the build would hold every item, as for internal; give one of "
                    f"{', '.join(AUDIENCES)}, or leave the option out",
                    option_where(config_file, root, key),
                )
            )
            continue
        # (as written: MkDocs hands the plugin its default for a value left out, in a build; an !ENV variable is
        # MkDocs' to read, set or not: a review of the change found a set one refused)
        written_empty = empty and said[-1].tag != ENV_TAG and not isinstance(value, list | dict)
        # an !ENV variable with no default (`!ENV FW`, one scalar) that is not set, or set to nothing, read here in
        # both doors (a build hands the plugin the option's default for it: a review of the change)
        env_unset = bool(said) and said[-1].tag == ENV_TAG and bool(said[-1].text)
        env_unset = env_unset and not any(os.environ.get(name, "").strip() for name in said[-1].variables)
        if key == "framework" and (written_empty or env_unset or not str(value).strip()):
            errors.append(  # (a fuzz of malformed input: framework.yml was read without a word)
                (
                    'the portfolio option framework is empty (nothing after its colon, ~, "" or an !ENV variable '
                    "that is not set), so the framework the build reads would be framework.yml by default, unsaid; "
                    "name the framework file (framework: framework.yml), or leave the option out",
                    option_where(config_file, root, key),
                )
            )
            continue
        pasted = pasted_character(value) if isinstance(value, str) else None
        if pasted:  # `audience: public` and a zero-width space: "public" refused for "public" (a careless review)
            shown = "".join(character for character in value if character.isprintable()).strip()
            errors.append(
                (
                    f"the portfolio option {key} holds an invisible character ({pasted}), usually pasted from a word "
                    f"processor or a chat; type its value again: {key}: {shown}",
                    option_where(config_file, root, key),
                )
            )
            continue
        if isinstance(value, str) and curly_quoted(value.strip()):
            quoted = value.strip()
            errors.append(
                (
                    f"the portfolio option {key} is in curly quotes ({quoted}), pasted from a word processor; use "
                    f'straight quotes ("{quoted[1:-1]}"){or_none(quoted[1:-1], dated=key == "as_of")}',
                    option_where(config_file, root, key),
                )
            )
            continue
        wrong = _wrong_entry(key, value)
        if wrong is not None:
            errors.append(
                (
                    f'the portfolio option {key} has the entry "{wrong}", which is no path under evidence/ (it climbs '
                    f"out with .., or starts with a drive); it takes {PLUGIN_OPTIONS[key].takes}",
                    option_where(config_file, root, key),
                )
            )
            continue
        if value is not None and not PLUGIN_OPTIONS[key].fits(value):
            meant = audience_meant(value) if key == "audience" and isinstance(value, str) else ""
            if said and said[-1].quoted and PLUGIN_OPTIONS[key].fits(_unquoted(value)):
                meant = f", in quotes, which makes it text; write it without them, {key}: {said[-1].text}"
            else:
                meant = f"; it takes {PLUGIN_OPTIONS[key].takes}" + (
                    meant if meant.startswith("; did you mean") else ""
                )
            errors.append(
                (f"the portfolio option {key} is {_shown(key, value)}{meant}", option_where(config_file, root, key))
            )
    if errors:
        raise SettingsError.together([SettingsError(message, where) for message, where in errors])


def audience_meant(word: str) -> str:
    """The audience a word given for a build's audience may mean, as a hint ("; did you mean ..."), or ""; the
    words people write for one ("private"), as an item's visibility reads them. A build of every item is proposed
    only for a word of the staff's, or one starting as "internal" does: "external" is close to it in its letters,
    and means the opposite (a careless contributor's review)."""
    meant = said_as_hint(word, VISIBILITY.said_as) or suggest(word, AUDIENCES, short=True)
    staff = VISIBILITY.said_as.get(word.strip().lower()) == "internal" or word.strip().lower().startswith("int")
    return "" if '"internal"' in meant and not staff else meant


RELATIVE_TO_CONFIG = "$config_dir/"
"""MkDocs' `!relative $config_dir/x`: the path x from the folder of mkdocs.yml. The portfolio reads it in the
`framework` option, where a portfolio started by `portfolio init` writes it: Zensical, which reads mkdocs.yml but runs
no plugin (it would publish every file of evidence/ to everyone), does not know the tag, and stops there."""


def _beside_config(key: str, written: _Written) -> bool:
    """Whether an option's tag is the one the portfolio reads: `framework: !relative $config_dir/x`."""
    return key == "framework" and written.tag == "!relative" and written.text.startswith(RELATIVE_TO_CONFIG)


def _framework_file(root: Path, config_file: Path | None, value: Any) -> Path:
    """The framework file the `framework` option names: a path from the project's folder, or MkDocs' `!relative
    $config_dir/x`, which MkDocs hands over as a path (os.PathLike) and the command's reading of mkdocs.yml as
    nothing (its argument is read where it is written)."""
    if isinstance(value, os.PathLike):
        return Path(os.fspath(value))
    written = _written_options(config_file).get("framework") if value is None else None
    if written and _beside_config("framework", written[-1]) and config_file is not None:
        return config_file.parent / written[-1].text.removeprefix(RELATIVE_TO_CONFIG)
    return root / str(value or PLUGIN_OPTIONS["framework"].default)


def _shown(key: str, value: Any) -> str:
    """An option's value as a message quotes it: a list as written where the option takes a list (its entries are
    the point), as "a list" (or other kind) where it takes none; true and false as YAML writes them."""
    if isinstance(value, bool):
        return f'"{str(value).lower()}"'
    if isinstance(value, (str, int, float, datetime.date)):
        return f'"{shortened(str(value), 60)}"'  # (not a number of 400 digits in full: a fuzz)
    listed = isinstance(value, list) and all(isinstance(entry, (str, int, float)) for entry in value)
    if key in ("publish", "allow_gh_deploy") and listed:
        return f'"[{", ".join(map(str, value))}]"'
    return kind_of(value)


_NULLS = ("", "~", "null", "Null", "NULL")
"""How YAML writes no value."""


def _unquoted(value: Any) -> Any:
    """A text as YAML reads it without its quotes (`"5"` is 5, `'true'` true); None where it reads as no value."""
    try:
        return yaml.safe_load(value) if isinstance(value, str) else None
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):  # (2026-02-30, [[[[...: fuzz and review)
        return None


def _wrong_entry(key: str, value: Any) -> str | None:
    """The first entry of a `publish` list of texts that is no path under evidence/, to name it."""
    if key != "publish" or not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        return None
    return next((entry for entry in value if not under_evidence(entry)), None)


def option_where(config_file: Path | None, root: Path, key: str) -> tuple[str, int]:
    """mkdocs.yml and the line of the portfolio plugin's option `key` in it (the last, which counts, if it is given
    twice; 1 if it cannot be told)."""
    if config_file is None:
        return "mkdocs.yml", 1
    written = _written_options(config_file).get(key)
    if written:
        return _shown_path(written[-1].file, root), written[-1].line
    return _shown_path(config_file, root), config_line(config_file, rf"^\s*{re.escape(key)}\s*:", after=_PLUGIN_LINE)


def _shown_path(config_file: Path | None, root: Path) -> str:
    if config_file is None:
        return "mkdocs.yml"
    return config_file.relative_to(root).as_posix() if config_file.is_relative_to(root) else config_file.name


_PLUGIN_LINE = r"^\s*-?\s*portfolio\s*:"


@dataclass(frozen=True)
class _Written:
    """Where an option of the portfolio plugin is written, and the tag of its value as written ("" for none)."""

    file: Path
    line: int
    tag: str
    text: str = ""
    """The value as written, where it is one scalar (a tag's argument: `$config_dir/framework.yml`)."""
    variables: tuple[str, ...] = ()
    """The environment variables an `!ENV` tag reads, in order (its default left out)."""
    quoted: bool = False
    """Whether the value is written in quotes (`"5"`), which makes it text."""


def _written_options(config_file: Path | None, seen: tuple[Path, ...] = ()) -> dict[str, list[_Written]]:
    """Each option of the portfolio plugin as YAML reads mkdocs.yml (in a list or a mapping of plugins, in Material's
    group, in a flow mapping, quoted...) and the file it INHERITs (whose options come first, as MkDocs merges them),
    with where it is written: more than once in one file when it is given twice."""
    if config_file is None:
        return {}
    root = _nodes_of(config_file)
    found: dict[str, list[_Written]] = {}
    parent = _node_of(root, "INHERIT")
    if isinstance(parent, yaml.ScalarNode) and config_file.resolve() not in seen:
        inherited = inherited_path(config_file, parent.value)
        if not _replaces_plugins(_node_of(root, "plugins"), inherited):
            found = _written_options(inherited, (*seen, config_file.resolve()))
    options = next(_portfolio_options(_node_of(root, "plugins")), None)  # the first, as plugin_options reads it
    for key, value in options.value if options else ():
        if isinstance(key, yaml.ScalarNode):
            tag = value.tag if value.tag.startswith("!") or value.tag.startswith(_PYTHON_TAG) else ""
            text = str(value.value) if isinstance(value, yaml.ScalarNode) else ""
            variables = _variables(value) if tag == ENV_TAG else ()
            quoted = isinstance(value, yaml.ScalarNode) and value.style in ("'", '"')
            written = _Written(config_file, key.start_mark.line + 1, tag, text, variables, quoted)
            found.setdefault(str(key.value), []).append(written)
    return found


def _replaces_plugins(plugins: yaml.Node | None, inherited: Path) -> bool:
    """Whether a file's `plugins` takes the place of the portfolio plugin's options that the file it INHERITs
    gives: MkDocs merges a mapping into a mapping, setting by setting, and takes anything else whole (a list, a
    mapping over a list, and, in a mapping, `portfolio:` with no options, or an `!ENV` tag, over options: a hostile
    review)."""
    if plugins is None:
        return False
    theirs = _node_of(_nodes_of(file_writing(inherited, "plugins")), "plugins")
    if theirs is None:
        return False
    if not (isinstance(plugins, yaml.MappingNode) and isinstance(theirs, yaml.MappingNode)):
        return True
    mine = _node_of(plugins, PLUGIN)  # (as YAML keeps it: the last written, else a merge key's)
    return mine is not None and not isinstance(mine, yaml.MappingNode)


def _options_left_out(config_file: Path | None, root: Path) -> tuple[str, tuple[str, int]] | None:
    """A message for options of the portfolio plugin that a file INHERITed writes and MkDocs leaves out, as a file
    that INHERITs it (or one between them) writes `plugins` of its own, which take the place of the others (a list
    is taken whole): its `audience: public` is dropped without a word, and the build is for the internal audience,
    every item (a review; and along a chain of three files, a third); and where the `plugins` that takes their
    place first is written. None where none is left out."""
    chain: list[Path] = []
    file = config_file
    while file is not None and file.resolve() not in {link.resolve() for link in chain}:
        chain.append(file)
        parent = _node_of(_nodes_of(file), "INHERIT")
        file = inherited_path(file, parent.value) if isinstance(parent, yaml.ScalarNode) else None
    written: dict[str, Path] = {}  # each option written anywhere along the chain, and the nearest file writing it
    for link in chain:
        own = next(_portfolio_options(_node_of(_nodes_of(link), "plugins")), None)
        for key, value in own.value if own else ():
            if not _written_as_default(str(key.value), value):  # (left out, it changes nothing: a review of valid
                written.setdefault(str(key.value), link)  # portfolios, `strict_gaps: false` as `portfolio init` writes)
    effective = _written_options(config_file)
    left_out = [key for key in written if key not in effective]
    replacing = next(
        (
            (link, above)
            for link, above in itertools.pairwise(chain)
            if _replaces_plugins(_node_of(_nodes_of(link), "plugins"), above)
        ),
        None,
    )
    if not left_out or replacing is None:
        return None
    link, above = replacing
    if PLUGIN not in _names(_node_of(_nodes_of(link), "plugins")):  # (left out altogether: `portfolio check` says so)
        return None
    several = len(left_out) > 1
    files = " and ".join(dict.fromkeys(written[key].name for key in left_out))
    return (
        f"plugins here takes the place of the plugins {above.name} gives (MkDocs merges the file a file INHERITs "
        "setting by setting, but takes a list of plugins whole, and a plugin written with no options of its own), "
        f"so the portfolio option{'s' if several else ''} {', '.join(left_out)} written in {files} "
        f"{'are' if several else 'is'} left out"
        f"{', and this builds for the internal audience, every item' if 'audience' in left_out else ''}; write "
        f"{'them' if several else 'it'} under portfolio here too, or leave plugins out of {link.name}",
        (_shown_path(link, root), config_line(link, r"^plugins\s*:")),
    )


def _written_as_default(key: str, value: yaml.Node) -> bool:
    """Whether an option of the portfolio plugin that is true or false or a number is written as its default value,
    plainly (`strict_gaps: false`; not a path, `framework: framework.yml`, which is read from its file's folder)."""
    option = PLUGIN_OPTIONS.get(key)
    if option is None or not isinstance(option.default, (bool, int, float)) or not isinstance(value, yaml.ScalarNode):
        return False
    if value.tag == ENV_TAG or value.style is not None:
        return False
    try:
        return bool(yaml.safe_load(value.value) == option.default)
    except yaml.YAMLError:
        return False


def _names(plugins: yaml.Node | None) -> set[str]:
    """The short names of the plugins a `plugins` of mkdocs.yml names."""
    return {_short(name.value) for name, _ in _plugin_pairs(plugins) if isinstance(name, yaml.ScalarNode)}


_PYTHON_TAG = "tag:yaml.org,2002:python/"
_STR_TAG = "tag:yaml.org,2002:str"
ENV_TAG = "!ENV"


def _nodes_of(config_file: Path) -> yaml.Node | None:
    """mkdocs.yml (or a file it INHERITs) as YAML nodes, with their lines; None when it cannot be read or is empty.
    Composed once for each version of the file (its time and size), however many of its settings are looked up."""
    try:
        stat = config_file.stat()
    except OSError:
        return None
    return _composed(config_file, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _composed(config_file: Path, mtime_ns: int, size: int) -> yaml.Node | None:
    """The file's YAML nodes, read from its bytes as MkDocs reads them (UTF-16 too, by its byte order mark)."""
    try:
        return yaml.compose(config_file.read_bytes(), Loader=_ConfigLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None


def _variables(node: yaml.Node) -> tuple[str, ...]:
    """The environment variables of `!ENV NAME` or `!ENV [NAME, OTHER, default]`."""
    if isinstance(node, yaml.ScalarNode):
        return (str(node.value),)
    names = node.value[:-1] if isinstance(node, yaml.SequenceNode) and len(node.value) > 1 else node.value
    return tuple(str(name.value) for name in names if isinstance(name, yaml.ScalarNode))


def _set_by(config_file: Path | None, key: str) -> str:
    """Where an option's value came from when an environment variable gave it (`as_of: !ENV [PORTFOLIO_AS_OF,
    ...]`): the line of mkdocs.yml does not show it."""
    written = _written_options(config_file).get(key)
    variable = next((name for name in written[-1].variables if name in os.environ), None) if written else None
    return f" (the value of the environment variable {variable}, which mkdocs.yml reads here)" if variable else ""


def written_line(config_file: Path, *path: str | int) -> int:
    """The line (from 1) in mkdocs.yml of what `path` leads to from its top: keys of mappings and positions in
    lists (`"plugins", 2`); as far down as mkdocs.yml itself writes it (not an INHERITed file), 1 at worst."""
    node = _nodes_of(config_file)
    line = 0
    for step in path:
        if isinstance(step, int) and isinstance(node, yaml.SequenceNode) and step < len(node.value):
            node = node.value[step]
            line = node.start_mark.line
        elif isinstance(step, str) and isinstance(node, yaml.MappingNode):
            pairs = [(key, value) for key, value in node.value if key.value == step]
            if not pairs:
                break
            key, node = pairs[-1]
            line = key.start_mark.line
        else:
            break
    return line + 1


PRINTED_TEXTS = ("site_name", "site_description", "site_author", "repo_name")
"""The texts at the top of mkdocs.yml that the theme prints, as they are written (inert), on every page."""
EXTRA_TEXTS = "text under extra's "
"""How printed_texts names a text of `extra` (which the theme's templates print as HTML, or as the address of a
link)."""
PRINTED_HTML = "copyright"
"""The text at the top of mkdocs.yml that the theme prints as HTML on every page (its links are sealed as a page's)."""
_NOT_PRINTED = frozenset(("name", "locale", "custom_dir", "logo", "favicon"))
"""The theme's settings that are paths or names of its own, not texts it prints (the others are: a palette's
toggle's name, its fonts...)."""


def printed_texts(config_file: Path) -> Iterator[tuple[Path, int, str, str]]:
    """Each text of mkdocs.yml (or a file it INHERITs that writes it) that the theme prints on every page as it is
    written (made inert: plugin.py's _made_safe_for_every_page), with its file, its line, what it is and the text:
    PRINTED_TEXTS and PRINTED_HTML, the theme's texts (a palette's toggle's name) and `extra`'s (which the theme's
    templates print: its social links' names, its alternate languages', its cookie notice), merged from every file
    that writes them as MkDocs merges them, and the toc extension's title, in a list of extensions or a mapping of
    them (hostile reviews put a withheld page's address in each, shown on every public page)."""
    chain = [config_file, *(named for named, _, _ in inherited_files(config_file) if named is not None)]
    for key in (*PRINTED_TEXTS, PRINTED_HTML):
        file = file_writing(config_file, key)
        node = _node_of(_nodes_of(file), key)
        yield from ((file, text.start_mark.line + 1, key, text.value) for text in _texts(node))
    for file, path, _, text in _merged_texts(chain, "theme"):
        if path[0] not in _NOT_PRINTED:
            yield file, text.start_mark.line + 1, f"theme's {path[0]}", text.value
    for file, path, written_at, text in _merged_texts(chain, "extra"):
        if not (written_at in _LINKED and not any(character.isspace() for character in text.value.strip())):
            yield file, text.start_mark.line + 1, f"{EXTRA_TEXTS}{path[0]}", text.value
    for file in chain:  # (a mapping of extensions is merged along INHERIT, as the theme is: a review)
        extensions = _node_of(_nodes_of(file), "markdown_extensions")
        entries = extensions.value if isinstance(extensions, yaml.SequenceNode) else [extensions]
        for entry in entries:
            title = _node_of(_node_of(entry, "toc"), "title")
            yield from ((file, text.start_mark.line + 1, "toc extension's title", text.value) for text in _texts(title))


_LINKED = frozenset(("link", "homepage"))
"""The keys of `extra` whose address the theme makes a link of (a social link's, an alternate language's, the
logo's), which the seal reads as a page's links."""


def _merged_texts(chain: list[Path], top: str) -> Iterator[tuple[Path, tuple[str, ...], str | None, yaml.ScalarNode]]:
    """Each text of the setting `top` (a mapping) as MkDocs merges it along INHERIT (`chain`: mkdocs.yml first, then
    each file it INHERITs): a key one file writes hides what the files it INHERITs write at it or below (a review
    of the change: a base's text that mkdocs.yml replaces was named); with the file, the keys down to the value
    that holds it, and the key it is written at (None in a list)."""
    written: set[tuple[str, ...]] = set()
    for file in chain:
        leaves = list(_leaves(_node_of(_nodes_of(file), top), ()))
        for path, leaf in leaves:
            hidden = any(path[:length] in written for length in range(1, len(path) + 1)) or any(
                other[: len(path)] == path for other in written
            )
            if not hidden:
                yield from ((file, path, key, text) for key, text in _keyed_texts(leaf, path[-1], 0))
        written |= {path for path, _ in leaves}


def _leaves(node: yaml.Node | None, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], yaml.Node]]:
    """The values of a mapping that merging does not go into (a text, a list), each with its keys from the top."""
    if isinstance(node, yaml.MappingNode) and len(path) < _MAX_MERGES:
        for name, value in node.value:
            if isinstance(name, yaml.ScalarNode):
                yield from _leaves(value, (*path, str(name.value)))
    elif node is not None and path:
        yield path, node


def _keyed_texts(node: yaml.Node, key: str | None, depth: int) -> Iterator[tuple[str | None, yaml.ScalarNode]]:
    """The scalar nodes of text in a node, each with the key it is written at (None for an entry of a list)."""
    if isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
        yield key, node
    elif depth < _MAX_MERGES and isinstance(node, yaml.SequenceNode):
        for entry in node.value:
            yield from _keyed_texts(entry, None, depth + 1)
    elif depth < _MAX_MERGES and isinstance(node, yaml.MappingNode):
        for name, entry in node.value:
            yield from _keyed_texts(entry, str(getattr(name, "value", "")), depth + 1)


def _texts(node: yaml.Node | None) -> Iterator[yaml.ScalarNode]:
    """The scalar nodes of text in a node (none for None)."""
    return (text for text in _scalars(node) if isinstance(text.value, str)) if node is not None else iter(())


def _scalars(node: yaml.Node, depth: int = 0) -> Iterator[yaml.ScalarNode]:
    """The scalar nodes in a node, as deep as settings go."""
    if isinstance(node, yaml.ScalarNode):
        yield node
    elif depth < _MAX_MERGES and isinstance(node, yaml.SequenceNode):
        for entry in node.value:
            yield from _scalars(entry, depth + 1)
    elif depth < _MAX_MERGES and isinstance(node, yaml.MappingNode):
        for _, entry in node.value:
            yield from _scalars(entry, depth + 1)


def relative_settings(config_file: Path) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Each setting at the top of mkdocs.yml, entry of a list there (`extra_css`) or setting of the theme but its
    custom_dir, written with MkDocs' `!relative` (which its reading gives as a path object, where the setting takes
    text): where it is, and what follows the tag."""
    top = _nodes_of(config_file)
    for key, value in top.value if isinstance(top, yaml.MappingNode) else ():
        if not isinstance(key, yaml.ScalarNode):
            continue
        entries: list[tuple[str | int | None, yaml.Node]] = [(None, value)]
        if isinstance(value, yaml.SequenceNode):
            entries = list(enumerate(value.value))
        elif key.value == "theme" and isinstance(value, yaml.MappingNode):  # (its custom_dir takes a path)
            entries = [(str(name.value), inner) for name, inner in value.value if name.value != "custom_dir"]
        for inside, entry in entries:
            if isinstance(entry, yaml.ScalarNode) and entry.tag == "!relative":
                yield (str(key.value), *([] if inside is None else [inside])), str(entry.value)


def written_site_files(config_file: Path) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Each file mkdocs.yml itself writes that every page loads or shows (an entry of extra_css or extra_javascript,
    a name or a `path:` of its own; theme.logo and theme.favicon), or that it makes a page of (extra_templates):
    where it is, and the file's URL as written. Entries a plugin adds, or an INHERITed file gives, are not written
    here."""
    top = _nodes_of(config_file)
    for key, value in top.value if isinstance(top, yaml.MappingNode) else ():
        if key.value in ("extra_css", "extra_javascript", "extra_templates") and isinstance(value, yaml.SequenceNode):
            for index, entry in enumerate(value.value):
                if isinstance(entry, yaml.MappingNode):
                    entry = next((inner for name, inner in entry.value if name.value == "path"), entry)
                if isinstance(entry, yaml.ScalarNode) and entry.tag == _STR_TAG and entry.value:
                    yield (str(key.value), index), str(entry.value)
        elif key.value == "theme" and isinstance(value, yaml.MappingNode):
            for name, inner in value.value:
                if name.value in ("logo", "favicon") and isinstance(inner, yaml.ScalarNode) and inner.tag == _STR_TAG:
                    yield ("theme", str(name.value)), str(inner.value)


def keys_twice(config_file: Path) -> Iterator[tuple[tuple[str, ...], str, int, int]]:
    """Each key written a second time in one mapping of mkdocs.yml, which YAML keeps the last of, silently: the keys
    leading to the mapping (lists passed through), the key, and the lines of its first and its second writing. The
    portfolio plugin's options are left to its own check (_check_options), and a merge (`<<: *defaults`) is YAML's
    way of giving keys again."""
    stack: list[tuple[tuple[str, ...], yaml.Node | None]] = [((), _nodes_of(config_file))]
    seen: set[int] = set()
    while stack:
        path, node = stack.pop()
        if node is None or id(node) in seen:  # (a node an alias names again is looked at once)
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack += [(path, entry) for entry in node.value]
        if not isinstance(node, yaml.MappingNode):
            continue
        first: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE_TAG:
                continue
            line = key.start_mark.line + 1
            if key.value in first:
                yield path, str(key.value), first[key.value], line
            first.setdefault(key.value, line)
            if path != ("plugins",) or unnumbered(str(key.value)).rpartition("/")[2] != PLUGIN:
                stack.append(((*path, str(key.value)), value))


def unknown_tags(config_file: Path) -> Iterator[tuple[str, int]]:
    """Each tag written in mkdocs.yml that MkDocs' reading of it does not know (`!include`), with its line: MkDocs
    reads `!ENV`, `!relative` and YAML's own and Python's (`!!python/name:...`), and stops on any other."""
    stack, seen = [_nodes_of(config_file)], set()
    while stack:
        node = stack.pop()
        if node is None or id(node) in seen:  # (a node an alias names again is looked at once)
            continue
        seen.add(id(node))
        if node.tag.startswith("!") and node.tag not in ("!ENV", "!relative"):
            yield node.tag, node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            stack += [part for pair in node.value for part in pair]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value


_MERGE_TAG = "tag:yaml.org,2002:merge"


def _node_of(mapping: yaml.Node | None, key: str, depth: int = 0) -> yaml.Node | None:
    """The value of `key` in a YAML mapping node (the last, as YAML keeps it), or in the mappings its merge keys
    (`<<: {INHERIT: ...}`, `<<: [*a, *b]`) bring in, as MkDocs reads it: a key written in the mapping first, then
    the merged mappings in their order."""
    if not isinstance(mapping, yaml.MappingNode) or depth > _MAX_MERGES:
        return None
    values: list[yaml.Node] = [v for k, v in mapping.value if k.tag != _MERGE_TAG and k.value == key]
    if values:
        return values[-1]
    for merged in (v for k, v in reversed(mapping.value) if k.tag == _MERGE_TAG):
        for source in merged.value if isinstance(merged, yaml.SequenceNode) else [merged]:
            found = _node_of(source, key, depth + 1)
            if found is not None:
                return found
    return None


_MAX_MERGES = 20
"""How deep merge keys are followed: a mapping that merges itself (through an alias) would be followed for ever."""


def _merged_pairs(mapping: yaml.Node | None, depth: int = 0) -> list[tuple[yaml.Node, yaml.Node]]:
    """The keys and values of a YAML mapping node, with those its merge keys bring in, as _node_of finds them: a key
    written in the mapping first, then those of the merged mappings (`plugins: {<<: {portfolio: ~}}`: a hostile
    review found it read as no plugin at all)."""
    if not isinstance(mapping, yaml.MappingNode) or depth > _MAX_MERGES:
        return []
    pairs = [(key, value) for key, value in mapping.value if key.tag != _MERGE_TAG]
    seen = {key.value for key, _ in pairs if isinstance(key, yaml.ScalarNode)}
    for merged in (value for key, value in reversed(mapping.value) if key.tag == _MERGE_TAG):
        for source in merged.value if isinstance(merged, yaml.SequenceNode) else [merged]:
            for key, value in _merged_pairs(source, depth + 1):
                if isinstance(key, yaml.ScalarNode) and key.value not in seen:
                    seen.add(key.value)
                    pairs.append((key, value))
    return pairs


def _plugin_pairs(plugins: yaml.Node | None) -> list[tuple[yaml.Node, yaml.Node | None]]:
    """Each plugin mkdocs.yml's `plugins` names (a list of names and `name: options`, or a mapping, merge keys
    followed), with its options (None for a name alone)."""
    pairs: list[tuple[yaml.Node, yaml.Node | None]] = []
    if isinstance(plugins, yaml.SequenceNode):
        for entry in plugins.value:
            if isinstance(entry, yaml.ScalarNode):
                pairs.append((entry, None))
            elif isinstance(entry, yaml.MappingNode):  # not a list inside the list, which MkDocs refuses itself
                pairs += _merged_pairs(entry)
    elif isinstance(plugins, yaml.MappingNode):
        pairs = list(_merged_pairs(plugins))
    return pairs


ConfigurationKind = Literal["inherits", "own", "environment", "linked", "base"]
"""How another configuration would build docs_dir without the plugin: INHERITing mkdocs.yml with plugins of its own;
one of its own (or INHERITing another); its docs_dir or INHERIT given by an environment variable; its docs_dir, a
folder of its own, holding a symbolic link to docs_dir or into it, which MkDocs follows."""


def configurations_without_the_plugin(
    root: Path, config_file: Path, docs_dir: Path
) -> Iterator[tuple[Path, int, ConfigurationKind]]:
    """Each other configuration in the project's folders (`other.yml`, `.ci/public.yml`, `preview.json`) that would
    build docs_dir without the portfolio plugin, with the line to mend and how: one that INHERITs mkdocs.yml,
    directly or through others, whose docs_dir may hold docs_dir or be inside it (its own, or mkdocs.yml's), and
    that lists plugins of its own that take the place of those it INHERITs, the portfolio plugin not among them, at
    its `plugins` (engine reviews: `mkdocs build -f other.yml` published every item, and the check passed); one of
    its own, or INHERITing another file, with a `site_name`, whose docs_dir may hold docs_dir or be inside it, and
    whose plugins, as MkDocs merges them along its INHERITs, leave the portfolio plugin out (hostile reviews: a
    preview's configuration published every item through `mkdocs gh-deploy -f preview.yml`); one whose INHERIT or
    docs_dir an environment variable gives. The files mkdocs.yml itself INHERITs (a shared base.yml) are mkdocs.yml's
    own (a review of valid portfolios). A mapping of plugins over a mapping is merged, as MkDocs merges it (a
    false-positive review). Folders of no configuration (`.git`, `node_modules`, docs_dir) are not looked in."""
    config, docs = config_file.resolve(), docs_dir.resolve()
    ours = {config, *(named.resolve() for named, _, _ in inherited_files(config_file) if named is not None)}
    for base in sorted(ours - {config}):  # a base that builds docs_dir on its own (a hostile review)
        top = _nodes_of(base)
        built = _own_build(base, top, docs) if isinstance(top, yaml.MappingNode) else None
        if built is not None:
            yield base, built[0], "base"
    for path in _settings_files(root, config_file, docs_dir, ("INHERIT", "docs_dir", "site_name")):
        top = _nodes_of(path)
        if path.resolve() in ours or not isinstance(top, yaml.MappingNode):
            continue
        parent, own_docs = _node_of(top, "INHERIT"), _node_of(top, "docs_dir")
        if parent is not None and (not isinstance(parent, yaml.ScalarNode) or parent.tag != _STR_TAG):
            yield path, parent.start_mark.line + 1, "environment"  # (`!ENV [X, mkdocs.yml]`: a hostile review)
            continue
        if parent is not None and _inherits_from(inherited_path(path, parent.value), config):
            plugins = _node_of(top, "plugins")
            chain = [top, *(_nodes_of(named) for named, _, _ in inherited_files(path) if named is not None)]
            runs_it = PLUGIN in _merged_names(chain)  # (its plugins over mkdocs.yml's, as MkDocs merges them)
            if own_docs is not None and not _may_hold(path, own_docs, docs):  # (a handbook of its own)
                if plugins is not None and not runs_it and _links_into(path, own_docs, docs):
                    yield path, _key_line(top, "docs_dir") or 1, "linked"
                continue
            if plugins is not None and not runs_it:
                line = _key_line(top, "plugins") or plugins.start_mark.line + 1
                yield path, line, "environment" if _from_the_environment(own_docs) else "inherits"
            continue
        built = _own_build(path, top, docs)
        if built is not None:
            yield path, *built


def _own_build(path: Path, top: yaml.MappingNode, docs: Path) -> tuple[int, ConfigurationKind] | None:
    """Where a configuration that INHERITs no mkdocs.yml (it is one of its own, or INHERITs another file) and has a
    `site_name` would build `docs` without the portfolio plugin, its docs_dir (as MkDocs merges it along its
    INHERITs) holding it, inside it, or holding a link there, with how: the line to mend and the kind; None where
    it would not."""
    chain = [top, *(_nodes_of(named) for named, _, _ in inherited_files(path) if named is not None)]
    if not any(_node_of(node, "site_name") is not None for node in chain):
        return None
    written = next((found for node in chain if (found := _node_of(node, "docs_dir")) is not None), None)
    built = written or yaml.ScalarNode(_STR_TAG, "docs")
    if PLUGIN in _merged_names(chain):
        return None
    line = _key_line(top, "docs_dir") or _key_line(top, "INHERIT") or _key_line(top, "site_name") or 1
    if _may_hold(path, built, docs):
        return line, "environment" if _from_the_environment(written) else "own"
    if _links_into(path, built, docs):  # (a handbook holding a link to evidence/: a hostile review)
        return line, "linked"
    return None


def _links_into(config_file: Path, docs_dir: yaml.Node, docs: Path) -> bool:
    """Whether the folder a configuration builds (its `docs_dir`, a path) holds a symbolic link to `docs` or into
    it, or to a folder holding it, which MkDocs follows, the folders links lead to looked into too (a review of the
    change: a link to an outside folder holding a link into evidence/ was not), to _MOST_WALKED files and
    folders."""
    pending = [followed(config_file.parent / str(docs_dir.value))]
    seen: set[Path] = set()
    walked = 0
    while pending:
        folder = pending.pop()
        if folder is None or folder in seen or not folder.is_dir():
            continue
        seen.add(folder)
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            walked += 1
            if walked > _MOST_WALKED:  # (too large to look through: no link is claimed, a review of the change)
                return False
            if entry.is_symlink():
                target = followed(Path(entry.path))
                if target is not None and (target.is_relative_to(docs) or docs.is_relative_to(target)):
                    return True
                pending.append(target)
            elif entry.is_dir(follow_symlinks=False):
                pending.append(Path(entry.path))
    return False


_MOST_WALKED = 10_000
"""The most files and folders of another configuration's docs_dir looked through for a link into docs_dir."""


def _key_line(mapping: yaml.MappingNode, key: str) -> int | None:
    """The line of the last `key` written at the top of a mapping, if it is."""
    keys = [k for k, _ in mapping.value if isinstance(k, yaml.ScalarNode) and k.value == key]
    return keys[-1].start_mark.line + 1 if keys else None


def _merged_names(chain: list[yaml.Node | None]) -> set[str]:
    """The plugins a configuration turns on, its INHERITs followed (`chain`: it, then the file it INHERITs, and so
    on; _names_in), its plugins as MkDocs merges them (_merged_plugins); MkDocs' own (search) where none writes
    any."""
    merged = _merged_plugins(chain)
    return _names_in(merged) if merged is not None else {"search"}


def _merged_plugins(chain: list[yaml.Node | None]) -> yaml.Node | None:
    """The `plugins` of a configuration, its INHERITs followed (`chain`: it, then the file it INHERITs...), as MkDocs
    merges them: each file's over the one it INHERITs, a mapping into a mapping key by key, however deep (a plugin's
    options, Material's group's), anything else in its place (a hostile review and a review of the change: a
    group, or the plugin, turned off by a file that INHERITs was taken to be on); None where none writes any."""
    merged: yaml.Node | None = None
    for node in reversed(chain):
        plugins = _node_of(node, "plugins")
        if plugins is not None:
            merged = plugins if merged is None else _deep_merged(merged, plugins)
    return merged


def _deep_merged(base: yaml.Node, over: yaml.Node, depth: int = 0) -> yaml.Node:
    """`over` merged into `base` as MkDocs merges a file into the one it INHERITs (mergedeep's replace): mappings
    key by key, the last written of a key twice, anything else replaced."""
    if not (isinstance(base, yaml.MappingNode) and isinstance(over, yaml.MappingNode)) or depth > _MAX_MERGES:
        return over
    pairs = _last_written(_merged_pairs(base))
    for key, value in _last_written(_merged_pairs(over)).values():
        kept = pairs.get(key.value) if isinstance(key, yaml.ScalarNode) else None
        pairs[key.value] = (key, _deep_merged(kept[1], value, depth + 1) if kept else value)
    return yaml.MappingNode("tag:yaml.org,2002:map", list(pairs.values()))


def _last_written(pairs: list[tuple[yaml.Node, yaml.Node]]) -> dict[Any, tuple[yaml.Node, yaml.Node]]:
    """A mapping's keys and values, the last written of a key written twice (as YAML keeps it), in order."""
    return {key.value: (key, value) for key, value in pairs if isinstance(key, yaml.ScalarNode)}


def _from_the_environment(node: yaml.Node | None) -> bool:
    """Whether a setting's value is given by an environment variable (`!ENV`), or is no plain text."""
    return node is not None and (not isinstance(node, yaml.ScalarNode) or node.tag != _STR_TAG)


def _may_hold(config_file: Path, docs_dir: yaml.Node, docs: Path) -> bool:
    """Whether the docs_dir a configuration writes (`docs_dir`, read from its folder) may hold `docs` or be inside
    it: as a path, or, given by an environment variable (`!ENV`), any."""
    if _from_the_environment(docs_dir):
        return True
    built = followed(config_file.parent / str(docs_dir.value))  # (a NUL in it: no folder, a review of the change)
    return built is not None and (built.is_relative_to(docs) or docs.is_relative_to(built))


def configurations_publishing(
    root: Path, config_file: Path, docs_dir: Path, paths: Iterable[Path]
) -> dict[Path, list[tuple[Path, int]]]:
    """For each of `paths` (files outside docs_dir), each other configuration of its own (a site_name) without the
    portfolio plugin whose docs_dir holds it, with the line to mend, the project's folders looked through once (a
    hostile review: an item linked into a handbook's folder was told that no build published it, and `mkdocs build
    -f handbook.yml` did)."""
    found: dict[Path, list[tuple[Path, int]]] = {path: [] for path in paths}
    if not found:
        return found
    for other in _settings_files(root, config_file, docs_dir, ("docs_dir", "site_name")):
        top = _nodes_of(other)
        if not isinstance(top, yaml.MappingNode):
            continue
        for path, others in found.items():
            built = _own_build(other, top, path.resolve())
            if built is not None:
                others.append((other, built[0]))
    return found


def inheriting_configurations(root: Path, config_file: Path, docs_dir: Path) -> Iterator[Path]:
    """Each other file of settings in the project's folders that INHERITs another (`.ci/public.yml`), but in folders
    of no configuration (`.git`, `node_modules`, docs_dir)."""
    for path in _settings_files(root, config_file, docs_dir, ("INHERIT",)):
        if _node_of(_nodes_of(path), "INHERIT") is not None:
            yield path


def zensical_settings_building(root: Path, docs_dir: Path) -> Iterator[tuple[Path, int, bool]]:
    """Each zensical.toml in the project's folders, or other file of TOML that writes a docs_dir (`zensical build -f
    preview.toml`: a hostile review; its key written with an escape too), whose docs_dir holds docs_dir or is inside
    it, or holds a symbolic link there, with its line and whether its docs_dir is known: Zensical runs no plugin and
    would publish every page to everyone (a hostile review changed the guard's docs_dir to evidence). Zensical reads
    newer TOML than Python's (an escape such as `\\e`, a table's entries over lines, which hid the file from the
    check: hostile reviews): one Python cannot read gives its docs_dir where it is written plainly (a text on one
    line, under `[project]`), and is refused where a docs_dir key is written otherwise; a comment naming docs_dir,
    or an escape in another value, is none (a review of valid portfolios)."""
    docs = docs_dir.resolve()
    for folder, _, files in _walked(root, docs_dir):
        for name in sorted(file for file in files if file.lower().endswith(".toml")):
            path = Path(folder, name)
            text = _text_of(path) if path.is_file() else ""
            # (another file of TOML only where its [project] writes a docs_dir: a pyproject.toml's [project] is a
            # package's, which a comment naming docs_dir made one, a review of valid portfolios)
            line = _toml_docs_dir_line(text) if "docs_dir" in text or _TOML_ESCAPE.search(text) else None
            if name != "zensical.toml" and line is None:
                continue
            found_dir, known = _toml_docs_dir(text)
            if not known and line is not None:
                yield path, line, False
                continue
            if found_dir is None and name != "zensical.toml":
                continue
            written = yaml.ScalarNode(_STR_TAG, found_dir or "docs")
            if _may_hold(path, written, docs) or _links_into(path, written, docs):
                yield path, line or 1, True


def _toml_docs_dir(text: str) -> tuple[str | None, bool]:
    """The docs_dir of a file of TOML's [project] (None where it gives none: Zensical's is then "docs"), and whether
    it is known: as TOML reads it, or, where Python cannot (or, before 3.11, does not), as written plainly (a text
    on one line, with no escape, under `[project]`, the file's only docs_dir)."""
    if sys.version_info >= (3, 11):
        import tomllib

        try:
            project = tomllib.loads(text).get("project")
        except (tomllib.TOMLDecodeError, RecursionError):  # (lists 5,000 deep: a hostile review)
            pass
        else:
            written = project.get("docs_dir") if isinstance(project, dict) else None
            return (written if isinstance(written, str) else None), True
    table, found = "", []
    for line in text.splitlines():
        if header := _TOML_TABLE.match(line):
            table = header[1].strip()
        elif (plain := _TOML_DOCS_DIR.match(line)) is not None or _toml_docs_dir_line(line) is not None:
            found.append(plain["value"] if plain and table == "project" and "\\" not in plain["value"] else None)
    return (found[0] if found else None), len(found) <= 1 and None not in found


def _toml_docs_dir_line(text: str) -> int | None:
    """The line (from 1) of a file of TOML's docs_dir key (written plainly, or with an escape in it, at a line's
    start or in an inline table; not in a comment), if any."""
    found = _TOML_DOCS_DIR_LINE.search(text)
    if found is None:
        found = next((key for key in _TOML_ESCAPED_KEY.finditer(text) if "docs_dir" in _unescaped(key[0])), None)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _unescaped(key: str) -> str:
    """A key of TOML with its \\u and \\U escapes undone."""
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda found: chr(int(found[1] or found[2], 16)), key)


_TOML_TABLE = lazy_pattern(r"[ \t]*\[+([^\]\n]*)\]")
"""A table's header of TOML (`[project]`, `[[...]]`)."""
_TOML_DOCS_DIR = lazy_pattern(
    r"""[ \t]*(?P<key>["']?)docs_dir(?P=key)[ \t]*=[ \t]*"""
    r"""(?P<quote>"(?!"")|'(?!''))(?P<value>[^"'\n]*)(?P=quote)[ \t]*(?:#.*)?$"""
)
"""A docs_dir written plainly: its key bare or quoted, its value a text on one line (not three quotes), alone on its
line."""
_TOML_KEY_PARTS = r"""(?:(?:[\w-]+|"[^"\n]*"|'[^'\n]*')[ \t]*\.[ \t]*)*"""
"""The parts of a dotted key of TOML before its last (`project.`, `"project".`)."""
_TOML_DOCS_DIR_LINE = lazy_pattern(r"""(?m)(?:^|[{,])[ \t]*""" + _TOML_KEY_PARTS + r"""["']?docs_dir["']?[ \t]*=""")
"""The key of a file of TOML's docs_dir, at a line's start or in an inline table, dotted or not."""
_TOML_ESCAPE = lazy_pattern(r"\\[uU][0-9A-Fa-f]{4}")
"""An escape of TOML that may write a key."""
_TOML_ESCAPED_KEY = lazy_pattern(
    r"""(?m)(?:^|[{,.])[ \t]*""" + _TOML_KEY_PARTS + r""""[^"\n]*\\[uU][0-9A-Fa-f]{4}[^"\n]*"[ \t]*[=.]"""
)
"""A key of TOML written in quotes with an escape in it (`"docs\\u005fdir" = ...`)."""


def _walked(root: Path, docs_dir: Path) -> Iterator[tuple[str, list[str], list[str]]]:
    """os.walk of the project's folders, but folders of no configuration (`.git`, `node_modules`, docs_dir)."""
    docs = docs_dir.resolve()
    for folder, names, files in os.walk(root):
        names[:] = sorted(
            name for name in names if name not in _NO_CONFIGURATION and followed(Path(folder, name)) != docs
        )
        yield folder, names, files


def _settings_files(root: Path, config_file: Path, docs_dir: Path, words: tuple[str, ...]) -> Iterator[Path]:
    """Each file in the project's folders, but mkdocs.yml and those in folders of no configuration (`.git`,
    `node_modules`, docs_dir), that may be a file of settings (any name but a page's, a program's, a style's, a
    picture's or a document's: `mkdocs build -f` reads any name, `preview.cfg`, `other.yml.orig`) and whose text
    (UTF-16 too, to _MOST_SETTINGS bytes) holds one of `words`, or an escape that may write one (hostile reviews)."""
    config = config_file.resolve()
    for folder, _, files in _walked(root, docs_dir):
        for name in sorted(files):
            lowered = name.lower()
            if lowered.endswith(_NO_SETTINGS):
                continue
            path = Path(folder, name)
            try:
                if followed(path) in (config, None) or not path.is_file() or path.stat().st_size > _MOST_SETTINGS:
                    continue  # (a link in a loop, a named pipe: not waited on)
            except OSError:
                continue
            text = _text_of(path)
            json_keys = lowered.endswith(".json")  # (by its keys: a site's search index's text is full of words)
            if any((f'"{word}"' if json_keys else word) in text for word in words) or (
                (_ESCAPED_KEY if json_keys else _YAML_ESCAPE).search(text) is not None
            ):
                yield path  # (not framework.yml, a workflow: not composed, however deep)


_ESCAPED_KEY = lazy_pattern(r"""(?m)(?:^|[{,])[ \t]*["'][^"'\n:]*\\[xuU][0-9A-Fa-f]{2}[^"'\n:]*["'][ \t]*:""")
"""A key written in quotes with an escape in it (`"docs\\x5fdir":`, `"\\x73ite_name":`: hostile reviews), at a line's
start or a mapping's: not any escape, which JSON of text past ASCII is full of (a site's search index was composed
as settings: a review)."""
_YAML_ESCAPE = lazy_pattern(r"\\(?:[xuU][0-9A-Fa-f]{2}|\r?\n)")
"""An escape in a quoted text of YAML, which may write a key (`? "site\\x5fname"`, a line broken inside a key: a
hostile review)."""
_NO_SETTINGS = (
    *MARKDOWN_EXTENSIONS,
    *(".py", ".pyc", ".html", ".htm", ".css", ".js", ".mjs", ".map", ".csv", ".pdf", ".zip", ".gz"),
    *(".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".ico", ".woff", ".woff2", ".ttf", ".docx", ".xlsx"),
)
"""The endings of files that are no file of settings: pages, programs, styles, data, documents, pictures, fonts."""
_MOST_SETTINGS = 16_000_000
"""The largest file read to tell whether it is a file of settings (a larger one is not looked for: a file of
settings padded past 1 MB by a comment was, a hostile review)."""


def _text_of(path: Path) -> str:
    """A file's text, UTF-16 by its byte order mark too (nothing where it cannot be read)."""
    try:
        with path.open("rb") as file:
            raw = file.read(_MOST_SETTINGS)
    except OSError:
        return ""
    return as_text_anyhow(raw)


def _inherits_from(file: Path, config: Path) -> bool:
    """Whether `file` is `config`, or INHERITs it through others (within a chain of ten, as loops may be)."""
    for _ in range(10):
        if file.resolve() == config:
            return True
        parent = _node_of(_nodes_of(file), "INHERIT")
        if not isinstance(parent, yaml.ScalarNode):
            return False
        file = inherited_path(file, parent.value)
    return False


_NO_CONFIGURATION = frozenset(
    {
        ".git",
        "node_modules",
        "__pycache__",
        ".venv",
        "venv",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
    }
)
"""Folders of tools' own files (caches, installed packages), where no configuration of a build is kept."""


def _names_in(plugins: yaml.Node | None) -> set[str]:
    """The plugins `plugins` (of a configuration other than mkdocs.yml) turns on, and those in Material's group
    plugins in it that are on: not a plugin whose `enabled` is false, nor one whose `enabled` an environment
    variable gives (the build's may leave it off), nor Material's group without `enabled: true` (its default is
    off); not the name of a variable, `plugins: !ENV [portfolio, [search]]` (hostile reviews: each built every item,
    the check passing)."""
    if plugins is None or plugins.tag == ENV_TAG:
        return set()
    names: set[str] = set()
    pairs = _plugin_pairs(plugins)
    if isinstance(plugins, yaml.MappingNode):  # (a plugin written twice: the last, as YAML keeps it)
        pairs = list(_last_written([(key, value) for key, value in pairs if value is not None]).values())
    for name, options in pairs:
        if not isinstance(name, yaml.ScalarNode) or name.tag == ENV_TAG:
            continue
        short = _short(name.value)
        enabled = _node_of(options, "enabled") if isinstance(options, yaml.MappingNode) else None
        if (enabled is None and short in OFF_BY_DEFAULT) or (enabled is not None and not _true(enabled)):
            continue
        names.add(short)
        if short == "group":
            names |= _names_in(_node_of(options, "plugins"))
    return names


def _true(node: yaml.Node) -> bool:
    """Whether a value is written as YAML's true (`true`, `yes`, `on`, as MkDocs reads them)."""
    return (
        isinstance(node, yaml.ScalarNode)
        and node.tag == "tag:yaml.org,2002:bool"
        and node.value.lower()
        in (
            "true",
            "yes",
            "on",
        )
    )


def _portfolio_options(plugins: yaml.Node | None) -> Iterator[yaml.MappingNode]:
    """The mappings of options of the portfolio plugin in mkdocs.yml's `plugins` (a list or a mapping), and in
    those of Material's group plugin."""
    for name, options in _plugin_pairs(plugins):
        short = _short(name.value) if isinstance(name, yaml.ScalarNode) else ""
        if short == PLUGIN and isinstance(options, yaml.MappingNode):
            yield options
        elif short == "group":
            yield from _portfolio_options(_node_of(options, "plugins"))


def inherited_path(config_file: Path, written: object) -> Path:
    """The file an INHERIT of `config_file` names, as MkDocs makes its path: tidied before it is opened, so that
    "link/../shared.yml" is the shared.yml beside `config_file`, wherever the link leads (a hostile review)."""
    return Path(os.path.normpath(config_file.parent / str(written)))


def file_writing(config_file: Path, key: str) -> Path:
    """The file that writes the setting `key` at its top, so that a problem of it is named there: mkdocs.yml, else
    the file it INHERITs, and so on (MkDocs takes a setting from the file that INHERITs first); mkdocs.yml when
    none does."""
    file, seen = config_file, set()
    while file.resolve() not in seen:
        seen.add(file.resolve())
        top = _nodes_of(file)
        if _node_of(top, key) is not None:
            return file
        parent = _node_of(top, "INHERIT")
        if not isinstance(parent, yaml.ScalarNode):
            break
        file = inherited_path(file, parent.value)
    return config_file


def inherited_files(config_file: Path | None, seen: tuple[Path, ...] = ()) -> list[tuple[Path | None, Path, int]]:
    """The files mkdocs.yml INHERITs, and those they INHERIT in turn, each with the file that names it and the line
    it does so on: MkDocs reads them as it reads mkdocs.yml, Python tags and all, before any plugin runs. A file
    named with a Python tag (`INHERIT: !!python/object/new:str [x.yml]`), which MkDocs makes into a path as it
    reads it, is None: which file it is cannot be known without running it. (One named with `!ENV` is said by
    plugins_from_the_environment.)"""
    if config_file is None or config_file.resolve() in seen:
        return []
    parent = _node_of(_nodes_of(config_file), "INHERIT")
    if parent is None or parent.tag == ENV_TAG:
        return []
    if not isinstance(parent, yaml.ScalarNode) or parent.tag != _STR_TAG:
        return [(None, config_file, parent.start_mark.line + 1)]
    named = inherited_path(config_file, parent.value)
    return [
        (named, config_file, parent.start_mark.line + 1),
        *inherited_files(named, (*seen, config_file.resolve())),
    ]


def plugins_from_the_environment(config_file: Path | None, seen: tuple[Path, ...] = ()) -> list[tuple[Path, int]]:
    """Where mkdocs.yml (and the files it INHERITs) lets an environment variable decide which plugins a build runs:
    an `!ENV` tag on `INHERIT`, on `plugins`, or on a plugin's name (in Material's group too). A check sees its own
    environment, not the build's, which may run without the portfolio plugin, MkDocs alone publishing every page."""
    if config_file is None or config_file.resolve() in seen:
        return []
    root = _nodes_of(config_file)
    found: list[tuple[Path, int]] = []
    parent = _node_of(root, "INHERIT")
    if parent is not None and parent.tag == ENV_TAG:
        found.append((config_file, parent.start_mark.line + 1))
    elif isinstance(parent, yaml.ScalarNode):
        found += plugins_from_the_environment(inherited_path(config_file, parent.value), (*seen, config_file.resolve()))
    found += [(config_file, line) for line in _named_from_the_environment(_node_of(root, "plugins"))]
    return found


def _named_from_the_environment(plugins: yaml.Node | None) -> list[int]:
    """The lines of `!ENV` tags on a list or mapping of plugins, or on a plugin's name in it (in Material's group's
    too)."""
    if plugins is None:
        return []
    if plugins.tag == ENV_TAG:
        return [plugins.start_mark.line + 1]
    pairs: list[tuple[yaml.Node, yaml.Node | None]] = []
    if isinstance(plugins, yaml.SequenceNode):
        for entry in plugins.value:
            pairs += entry.value if isinstance(entry, yaml.MappingNode) else [(entry, None)]
    elif isinstance(plugins, yaml.MappingNode):
        pairs = list(plugins.value)
    lines = [name.start_mark.line + 1 for name, _ in pairs if name.tag == ENV_TAG]
    for name, options in pairs:
        if isinstance(name, yaml.ScalarNode) and name.tag != ENV_TAG and _short(name.value) == "group":
            lines += _named_from_the_environment(_node_of(options, "plugins"))
    return lines


def listed_line(config_file: Path | None, key: str, name: str) -> int:
    """The line (from 1) of the entry naming `name` (as written, or as extension_module reads it) in the list `key`
    of mkdocs.yml (plugins, markdown_extensions), as a list of entries or a mapping: the entry's own line, also where
    its name runs on to the next (`- tables` over `  x`: line 1 was named, a fuzzer's find), and not a line of
    another setting holding the name (`- search.highlight` of the theme's features); else the first line below
    `key:` listing it."""
    top = _nodes_of(config_file) if config_file is not None else None
    lists = [value for written, value in top.value if written.value == key] if isinstance(top, yaml.MappingNode) else []
    entries = lists[-1].value if lists and isinstance(lists[-1], (yaml.SequenceNode, yaml.MappingNode)) else []
    for entry in entries:
        named = entry[0] if isinstance(entry, tuple) else entry
        if isinstance(named, yaml.MappingNode) and named.value:
            named = named.value[0][0]
        if isinstance(named, yaml.ScalarNode) and name in (named.value, extension_module(named.value)):
            return int(named.start_mark.line) + 1
    return config_line(config_file, _listed(name), after=rf"^{key}\s*:")


def _listed(name: str) -> str:
    """A line of mkdocs.yml listing `name` (`- name`, `- name:`, `name:`, quoted or not)."""
    return r"^\s*(?:-\s*)?['\"]?" + re.escape(name) + r"['\"]?\s*(?::|$)"


def config_line(file: Path | None, pattern: str, after: str | None = None) -> int:
    """The number of the first line of `file` (mkdocs.yml) that `pattern` is found in, below the first line `after`
    is found in when it is given; 1 if none is."""
    try:
        lines = config_text(file).split("\n") if file else []
    except OSError:
        return 1
    start = next((number for number, line in enumerate(lines) if re.search(after, line)), 0) if after else -1
    return next((number + 1 for number, line in enumerate(lines) if number > start and re.search(pattern, line)), 1)


def _as_of(value: Any, config_file: Path | None, root: Path) -> datetime.date:
    try:
        return parse_as_of(value)
    except SettingsError as exc:
        raise SettingsError(
            str(exc) + _set_by(config_file, "as_of"), option_where(config_file, root, "as_of")
        ) from None


def parse_as_of(value: Any) -> datetime.date:
    """The plugin's `as_of` option: a date (YAML reads 2026-11-27 as one), ISO text, or today when absent."""
    if value is None:
        return datetime.date.today()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return iso_date(str(value))
    except ValueError:
        if looks_like_a_date(str(value)):  # "2026-02-30", quoted (unquoted, YAML stops on it: load_mkdocs_yml)
            raise SettingsError(
                f'the portfolio option as_of is "{value}", a date that does not exist; {no_such_day(str(value))}'
            ) from None
        raise SettingsError(f'the portfolio option as_of is "{value}", not a date; {date_hint(value)}') from None


# ----------------------------------------------------------------------------------- mkdocs.yml, for the command


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading of mkdocs.yml: `!ENV` as MkDocs reads it, plain values with a Python tag (`!!python/str`) as
    MkDocs reads them, any other tag (`!relative`, `!!python/name`, `!!python/object`) empty."""


def _environment_value(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """`!ENV NAME` or `!ENV [NAME, OTHER, default]`: the first variable that is set, read as a YAML scalar, else
    the default (as pyyaml_env_tag, which MkDocs uses, reads it)."""
    default = None
    if isinstance(node, yaml.ScalarNode):
        names = [loader.construct_scalar(node)]
    elif isinstance(node, yaml.SequenceNode):
        children = list(node.value)
        if len(children) > 1:
            default = loader.construct_object(children.pop(), deep=True)
        names = [loader.construct_scalar(child) for child in children if isinstance(child, yaml.ScalarNode)]
    else:
        return None
    for name in names:
        if isinstance(name, str) and name in os.environ:
            value = os.environ[name]
            tag = loader.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
            return loader.construct_object(yaml.ScalarNode(tag, value), deep=True)
    return default


_ConfigLoader.add_constructor("!ENV", _environment_value)
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", python_value)
for _data in ("none", "bool", "str", "unicode", "bytes", "int", "long", "float", "complex", "list", "tuple", "dict"):
    # plain values with a Python tag (`audience: !!python/str public`), read as MkDocs reads them (objects and
    # names of Python code, which MkDocs would import, stay empty): the command and the build take one audience
    _tag = f"tag:yaml.org,2002:python/{_data}"
    _ConfigLoader.add_constructor(_tag, yaml.FullLoader.yaml_constructors[_tag])


def config_text(file: Path) -> str:
    """The text of mkdocs.yml (or a file it INHERITs) as MkDocs reads it, UTF-16 by its byte order mark too, for
    finding a line in it (what cannot be read is replaced: the file's errors are told when it is loaded)."""
    raw = file.read_bytes()
    text = _utf_16(raw)
    if text is None:
        text = raw.decode("utf-8-sig", "replace")
        text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    return text


def _utf_16(raw: bytes) -> str | None:
    """The text of a file saved in UTF-16 with the byte order mark by which PyYAML, and so MkDocs, reads it (not
    UTF-32's, which starts as UTF-16's); None for any other."""
    if not raw.startswith((b"\xff\xfe", b"\xfe\xff")) or raw.startswith(b"\xff\xfe\x00\x00"):
        return None
    try:
        return raw.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError:
        return None


def load_mkdocs_yml(path: Path, seen: Iterable[Path] = ()) -> dict[str, Any]:
    """mkdocs.yml as a mapping, its `INHERIT` parent merged in (as MkDocs merges it)."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SettingsError(f"{path.name} does not exist", (path.name, 1), "project-setup") from None
    except IsADirectoryError:
        raise SettingsError(
            f"{path.name} is a folder, not a file; it must be the site's settings, a text file"
        ) from None
    except OSError as exc:  # (told with Python's "[Errno 13]" and the whole path: an outside review)
        raise SettingsError(f"{path.name} cannot be read ({exc.strerror or exc}); check that you may read it") from None
    unread = Problems()
    text = _utf_16(raw)  # MkDocs reads it, by its mark
    if text is None:  # saved by a Windows program in its own encoding: told as an item's is
        text = decode(raw, path.name, unread)
    if text is None:
        raise SettingsError(unread[0].message, (path.name, unread[0].line), unread[0].code)
    deep = too_deep(text)  # (a fuzz: a RecursionError from 5,000 brackets inside each other)
    if deep is not None:
        raise SettingsError(deep.message, (path.name, deep.line + 1), "yaml-syntax")
    try:
        data = yaml.load(text, Loader=_ConfigLoader)
    except yaml.YAMLError as exc:
        _word_processors(text, path)  # a word processor's space or dash: said as in front matter (a fuzz run)
        fault = yaml_fault(exc, text)
        raise SettingsError(fault.message, (path.name, fault.line + 1), "yaml-syntax") from None
    except ValueError:  # a date that does not exist, such as 2026-02-30
        found = ((number, _no_date(written)) for number, written in enumerate(text.split("\n"), 1))
        line, date = next(((number, date) for number, date in found if date), (1, ""))
        raise SettingsError(
            f"the date {date or 'on this line'} does not exist; {_mended(date)} "
            "(a date is written YYYY-MM-DD, such as 2026-11-27)",
            (path.name, line),
            "bad-date",
        ) from None
    kept_where_read(data)
    if data is None and seen:  # an INHERITed file that is empty: MkDocs merges nothing from it
        return {}
    if isinstance(data, str):  # `INHERIT:` and a non-breaking space: one line of text (a careless user's review)
        _word_processors(text, path)
    if not isinstance(data, dict):  # MkDocs stops on it too, naming no line
        raise SettingsError(
            (f"{path.name} is empty" if data is None else f"{path.name} holds {kind_of(data)}, not key: value lines")
            + "; write each setting as key: value (site_name, docs_dir: evidence, theme, plugins), as portfolio init "
            "writes them",
            (path.name, 1),
            "project-setup",
        )
    config = data
    parent = config.pop("INHERIT", None)
    if parent is None:  # (or written with a Python tag: publication.py refuses it)
        return config
    where = (path.name, config_line(path, r"^INHERIT\s*:"))
    named = inherited_path(path, parent)
    if not isinstance(parent, str):
        wrong = f"INHERIT is {kind_of(parent)}, not the name of a file of settings"
    elif followed(named) is None:
        wrong = f"INHERIT names {parent}, a symbolic link that leads round in a loop, to no file"
    elif named.resolve() in (*seen, path.resolve()):
        wrong = f"INHERIT names {parent}, which INHERITs it in turn, so MkDocs would read them round and round"
    elif named.is_dir():
        wrong = f"INHERIT names {parent}, which is a folder, not a file of settings"
    elif not named.exists():
        wrong = f"INHERIT names {parent}, which does not exist"
    else:
        return _merge(load_mkdocs_yml(named, (*seen, path.resolve())), config)
    raise SettingsError(
        f"{wrong}; correct it, such as INHERIT: shared.yml (a file beside {path.name}), or remove it",
        where,
        "project-setup",
    )


def _word_processors(text: str, path: Path) -> None:
    """Refuse mkdocs.yml (or a file it INHERITs) that does not read as settings because of what a word processor
    does to typing (a non-breaking space after a colon, a dash for "- "), naming each as front matter's are; what
    YAML refuses outright is said by YAML's own fault."""
    _, retyped = pasted_characters(text)
    pasted = [found for found in retyped if found.code != "pasted-text"]
    if pasted:
        raise SettingsError.together(
            [SettingsError(found.message, (path.name, found.line + 1), found.code) for found in pasted]
        )


def _no_date(line: str) -> str | None:
    """The value written as a date (YYYY-MM-DD), or a date and time, that is none, on a line of YAML (as a key's
    value, a list's entry, or the default of an `!ENV` tag), built as YAML builds it (a time of 25:00 is named too:
    line 1 was, a fuzzer's find)."""
    for found in _DATE_VALUE.finditer(line.split(" #", 1)[0]):
        try:
            _TIMESTAMPS.construct_yaml_timestamp(yaml.ScalarNode("tag:yaml.org,2002:timestamp", found.group(1)))
        except ValueError:
            return found.group(1)
    return None


def _mended(written: str) -> str:
    """How to mend a date, or a date and time, that does not exist: its day, or else its time."""
    if len(written) > 10 and _no_date(written[:10]) is None:
        return "check the time (hours 00 to 23, minutes and seconds 00 to 59)"
    return no_such_day(written)


_DATE_VALUE = lazy_pattern(
    r"(?<![\w.:-])(\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}"
    r"(?::\d{2})?))?)?)(?![\w.:-])"
)
_TIMESTAMPS = yaml.constructor.SafeConstructor()


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        merged[key] = (
            _merge(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict) else value
        )
    return merged


def plugin_options(plugins: Any, name: str = PLUGIN) -> dict[str, Any] | None:
    """The options of plugin `name` in mkdocs.yml's `plugins` (a list or a mapping); None when it is not on."""
    return next((dict(options) for key, options in _plugin_entries(plugins) if key == name), None)


MKDOCS_NAMES = ("mkdocs.yml", "mkdocs.yaml")
"""The names MkDocs looks for its configuration under, in its order."""
PROPERDOCS_NAMES = ("properdocs.yml", "properdocs.yaml")
"""The names ProperDocs, MkDocs' fork, looks for its configuration under before MkDocs' own."""
CONFIG_NAMES = (*PROPERDOCS_NAMES, *MKDOCS_NAMES)
"""Every name a project's configuration is read under, in ProperDocs' order."""


def project_folder(folder: Path) -> Path | None:
    """The nearest folder, `folder` or above it, with a project's configuration (mkdocs.yml); None where none has."""
    here = folder.resolve()
    return next((f for f in (here, *here.parents) if any((f / name).is_file() for name in CONFIG_NAMES)), None)


def _one_config(config_file: Path) -> None:
    """Refuse a folder holding a configuration for ProperDocs and one for MkDocs: each engine builds the site from
    its own, so one of them goes unchecked (and may leave the portfolio plugin out, publishing every page)."""
    folder = config_file.parent
    properdocs = next((name for name in PROPERDOCS_NAMES if (folder / name).is_file()), None)
    mkdocs = next((name for name in MKDOCS_NAMES if (folder / name).is_file()), None)
    if properdocs and mkdocs:
        raise SettingsError(
            f"{properdocs} and {mkdocs} are both here: ProperDocs builds the site from {properdocs} and MkDocs from "
            f"{mkdocs}, so one of them goes unchecked (and may leave the portfolio plugin out, publishing every "
            f"page); keep one of them (ProperDocs reads {mkdocs} too)",
            (config_file.name, 1),
            "project-setup",
        )


def config_path(root: Path) -> Path:
    """The configuration file of the project in `root`: the first of CONFIG_NAMES there, as ProperDocs takes it
    (MkDocs reads only mkdocs.yml or mkdocs.yaml; load_settings refuses a project with one file for each)."""
    return next((root / name for name in CONFIG_NAMES if (root / name).is_file()), root / MKDOCS_NAMES[0])


def _project_below(root: Path) -> str | None:
    """The name of the first folder in `root` (by name) that holds a project's configuration file, if one does: a
    command run one folder too high, beside the portfolio `portfolio init` made."""
    try:
        folders = sorted(entry.name for entry in os.scandir(root) if entry.is_dir() and not entry.name.startswith("."))
    except OSError:
        return None
    return next((name for name in folders if any((root / name / config).is_file() for config in CONFIG_NAMES)), None)


def load_settings(root: Path, audience: str | None = None, engine: Engine | None = None) -> Settings:
    """The settings of the project in `root`, read from its mkdocs.yml (or properdocs.yml), for the command; the
    site built by `engine`."""
    file = config_path(root)
    if not file.exists():  # MkDocs builds nothing without it either
        below = _project_below(root)
        raise SettingsError(
            f"there is no {file.name} in {root}, so it is not a portfolio's folder; "
            + (
                f"the folder {below}/ in it is one: run the command in that folder (cd {shlex.quote(below)}), or "
                f"give the folder's name to the command (portfolio new takes it as --project {shlex.quote(below)})"
                if below
                else f"give the folder that holds {file.name}, or start a portfolio with: portfolio init FOLDER"
            ),
            (file.name, 1),
            "project-setup",
        )
    config = load_mkdocs_yml(file)
    config.setdefault("docs_dir", "docs")
    return resolve(root, config, plugin_options(config.get("plugins")) or {}, audience, file, engine)
