"""A portfolio project on disk, read in one pass: framework, pages, items, problems and the computed portfolio.

The MkDocs plugin and the `portfolio` command are two doors onto `read_project`; neither computes anything itself.
"""

from __future__ import annotations

import datetime
import html
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .framework import Framework, load_framework
from .items import Page, Source, parse_page, read_source
from .portfolio import AUDIENCES, Portfolio, check_coverage, check_items, compute, visible_to
from .problems import Problem, Problems

OVERVIEW_URI = "index.md"
CHALLENGES_DIR = "challenges"


PAGE_URIS = {
    "library": "library.md",
    "case_studies": "case-studies.md",
    "partners": "partners.md",
    "celebrations": "celebrations.md",
    "actions": "improvement-plan.md",
    "print": "accreditation-pack.md",
}
"""The generated pages besides the overview and the challenge pages, by their role in portfolio.json."""
TAGS_URI = "tags.md"
"""The index of Material's tags plugin, generated when that plugin is on."""
TAGS_PAGE = "# Tags\n\n<!-- material/tags -->\n"
"""Its content: the tags plugin's listing directive, where it lists each tag's pages."""


def site_pages(with_tags: bool) -> dict[str, str]:
    """Every generated page but the challenges', by its role in portfolio.json."""
    return {"overview": OVERVIEW_URI, **PAGE_URIS, **({"tags": TAGS_URI} if with_tags else {})}


def generated_uris(framework: Framework) -> list[str]:
    """Every page the build generates, as a path under evidence/."""
    return [OVERVIEW_URI, *(challenge_uri(c.id) for c in framework.challenges), *PAGE_URIS.values()]


def _same_url(uri: str) -> set[str]:
    """The paths whose pages get the same URL as `uri` (x.md, x/index.md, x/README.md)."""
    stem = uri.removesuffix(".md")
    return {uri, f"{stem}/index.md", f"{stem}/README.md"}


def challenge_uri(challenge_id: str) -> str:
    """Where the page of a challenge is generated, relative to evidence/."""
    return f"{CHALLENGES_DIR}/{challenge_id}.md"


@dataclass(frozen=True)
class Settings:
    """Where the project's files are and what to build: the plugin's options, or mkdocs.yml's for the command."""

    root: Path
    docs_dir: Path
    framework: Path
    audience: str = "internal"
    as_of: datetime.date = field(default_factory=datetime.date.today)
    site_files: frozenset[str] = frozenset()
    """Files under evidence/ that mkdocs.yml itself uses (extra_css, extra_javascript, logo, favicon)."""
    max_file_mb: float = 5
    """Markdown files larger than this many megabytes are errors (they are not read)."""
    site_name: str = "Evidence portfolio"
    site_url: str = ""
    use_directory_urls: bool = True

    def display(self, path: Path) -> str:
        """A path as problems name it: relative to the project root, with `/`."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def display_uri(self, src_uri: str) -> str:
        return self.display(self.docs_dir / src_uri)


@dataclass
class Project:
    settings: Settings
    framework: Framework | None
    pages: dict[str, Page]
    """Markdown files by their path under evidence/; files with errors that stop reading are absent."""
    files: frozenset[str]
    """Every other file under evidence/ (attachments, images)."""
    problems: Problems
    portfolio: Portfolio | None = None
    withheld: frozenset[str] = frozenset()
    """Paths under evidence/ of every page and file this build leaves out for its audience."""

    def published(self, src_uri: str) -> bool:
        """Whether a file under evidence/ goes into the site as it is: read by this project (MkDocs also walks
        linked folders), not withheld, and not evidence/index.md (which becomes the overview's introduction)."""
        known = src_uri in self.pages or src_uri in self.files
        return known and src_uri != OVERVIEW_URI and src_uri not in self.withheld

    @property
    def intro(self) -> Page | None:
        """A hand-written evidence/index.md: the introduction at the top of the overview."""
        page = self.pages.get(OVERVIEW_URI)
        return page if page and not page.item and OVERVIEW_URI not in self.withheld else None

    def public(self, problems: list[Problem]) -> list[Problem]:
        """The problems that may appear in the built site: none about a withheld file."""
        hidden = {self.settings.display_uri(uri) for uri in self.withheld}
        return [p for p in problems if p.path not in hidden]

    def overview_title(self, site_name: str) -> str:
        """The intro's title, else the framework's, else the site's name."""
        intro = self.intro
        return (intro.title if intro else None) or (self.framework.title if self.framework else site_name)


def scan(settings: Settings, problems: Problems) -> tuple[list[str], frozenset[str]]:
    """Every file under evidence/, and the symbolic links leading out of it, as paths relative to it.

    Like MkDocs, dot-files and the top-level `templates/` folder are skipped. A symbolic link leading outside
    evidence/ is an error; a link to a folder inside it is not followed (its files are already there, and a loop
    of links would never end); a link to a file inside it is a file like any other.
    """
    docs = settings.docs_dir.resolve()
    found: list[str] = []
    links_out: set[str] = set()
    pending = [settings.docs_dir]
    while pending:
        folder = pending.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as exc:
            problems.error(settings.display(folder), 1, f"the folder cannot be read ({exc.strerror})")
            continue
        for entry in entries:
            path = Path(entry.path)
            uri = path.relative_to(settings.docs_dir).as_posix()
            if entry.name.startswith(".") or uri == "templates":
                _skipped(settings, path, problems)
                continue
            if entry.is_symlink() and not _link_inside(settings, path, docs, problems):
                links_out.add(uri)
                continue
            if entry.is_dir():
                pending.append(path)
            elif entry.is_file():
                found.append(uri)
    return sorted(found), frozenset(links_out)


def _skipped(settings: Settings, path: Path, problems: Problems) -> None:
    """Files and folders MkDocs leaves out (dot-files, the top-level templates/ folder) are named, not dropped
    silently; git's own housekeeping files (.gitkeep, .gitignore) go without a word."""
    if path.name.startswith(".git"):
        return
    what = "folder" if path.is_dir() else "file"
    reason = "its name starts with a dot" if path.name.startswith(".") else "MkDocs keeps evidence/templates/ for themes"
    problems.warning(
        settings.display(path), 1,
        f"this {what} is not published ({reason}); rename or move it if it belongs in the portfolio",
    )


def _link_inside(settings: Settings, path: Path, docs: Path, problems: Problems) -> bool:
    """Whether a symbolic link is to be read as a file: problems for links out, dangling or to folders."""
    display = settings.display(path)
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        problems.error(display, 1, "this symbolic link leads nowhere (or round in a loop); remove it or fix it")
        return False
    if not target.is_relative_to(docs):
        problems.error(
            display, 1, "this symbolic link leads outside evidence/; replace it with a copy of the file inside evidence/"
        )
        return False
    if target.is_dir():
        where = settings.display(target)
        problems.warning(
            display, 1, f"this symbolic link to the folder {where}/ is not followed: its files are published from "
            f"{where}/ already; remove the link",
        )
        return False
    return True


class SourceCache:
    """Markdown files already read, kept while their size and modification time stay the same.

    `mkdocs serve` rebuilds after every edit; with the cache only the files that changed are read and parsed again.
    """

    def __init__(self) -> None:
        self._entries: dict[Path, tuple[tuple[int, int], Source | None, Problems]] = {}

    def read(self, file: Path, path: str, max_mb: float = 5) -> tuple[Source | None, Problems]:
        problems = Problems()
        try:
            status = file.stat()
            stamp = (status.st_mtime_ns, status.st_size)
            cached = self._entries.get(file)
            if cached and cached[0] == stamp:
                return cached[1], cached[2]
            if status.st_size > max_mb * 1_000_000:
                problems.error(
                    path, 1, f"the file is {status.st_size / 1_000_000:.1f} MB, more than the limit of {max_mb:g} MB "
                    "(max_file_mb in mkdocs.yml); split it, or move large content into an attachment",
                )
                return None, problems
            raw = file.read_bytes()
        except OSError as exc:
            problems.error(path, 1, f"the file cannot be read ({exc.strerror}); check its permissions")
            return None, problems
        source, problems = read_source(raw, path)
        self._entries[file] = (stamp, source, problems)
        return source, problems


def read_project(settings: Settings, cache: SourceCache | None = None) -> Project:
    """Read, validate and compute a whole project; problems of every file are collected, none is fatal here.

    A page with an error counts for nothing: the portfolio is computed from the pages without errors.
    """
    cache = cache or SourceCache()
    framework, problems = load_framework(settings.framework, settings.display(settings.framework))
    every_file, links_out = scan(settings, problems)
    existing = frozenset(every_file)
    pages: dict[str, Page] = {}
    for uri in every_file:
        if not uri.endswith(".md"):
            continue
        path = settings.display_uri(uri)
        source, found = cache.read(settings.docs_dir / uri, path, settings.max_file_mb)
        if source is not None:
            page, checked = parse_page(uri, path, source, framework, existing, links_out)
            found = Problems(found + checked)
        problems.extend(found)
        if source is not None and not found.errors:
            pages[uri] = page
    project = Project(settings, framework, pages, frozenset(u for u in every_file if not u.endswith(".md")), problems)
    _check_reserved(project)
    if framework:
        items = [page.item for page in pages.values() if page.item]
        problems.extend(check_items(framework, items, settings.as_of))
        withheld_pages = {
            uri for uri, page in pages.items()
            if not visible_to(page.item.visibility if page.item else page.visibility or "public", settings.audience)
        }
        referrers = _referrers(project)
        withheld_files = _withheld_files(project, withheld_pages, referrers)
        project.withheld = frozenset(withheld_pages | withheld_files)
        others = len(withheld_files) + sum(1 for uri in withheld_pages if not pages[uri].item)
        project.portfolio = compute(framework, items, settings.audience, settings.as_of, others)
        _check_unreferenced(project, referrers)
        problems.extend(check_coverage(project.portfolio, settings.display(settings.framework)))
    problems.sort()
    return project


def _check_reserved(project: Project) -> None:
    """Files that would clash with a generated page are errors."""
    generated = [*(generated_uris(project.framework)[1:] if project.framework else PAGE_URIS.values()), TAGS_URI]
    reserved = {same: uri for uri in generated for same in _same_url(uri)}
    reserved["README.md"] = OVERVIEW_URI  # evidence/index.md is the overview's introduction; README.md has its address
    for uri in sorted(reserved.keys() & (set(project.pages) | project.files)):
        project.problems.error(
            project.settings.display_uri(uri), 1,
            f"this file would have the address of a page the portfolio generates (evidence/{reserved[uri]}); "
            "rename or move it",
        )
    intro = project.pages.get(OVERVIEW_URI)
    if intro and intro.item:
        project.problems.error(
            intro.path, 1,
            "evidence/index.md is the introduction of the overview page, not an item; move this item to its own file",
        )


def _referrers(project: Project) -> dict[str, set[str]]:
    """For each file under evidence/, the pages that refer to it (as an attachment, a link or an image)."""
    referrers: dict[str, set[str]] = {}
    for uri, page in project.pages.items():
        for ref in set(page.links) | set(page.item.attachments.values() if page.item else ()):
            referrers.setdefault(ref, set()).add(uri)
    return referrers


def _withheld_files(project: Project, withheld_pages: set[str], referrers: dict[str, set[str]]) -> frozenset[str]:
    """Non-Markdown files that only withheld pages refer to."""
    return frozenset(uri for uri in project.files if uri in referrers and referrers[uri] <= withheld_pages)


def _check_unreferenced(project: Project, referrers: dict[str, set[str]]) -> None:
    """Warn about files no page refers to: they are published to every audience, which may not be meant."""
    for uri in sorted(project.files - set(referrers) - project.settings.site_files):
        project.problems.warning(
            project.settings.display_uri(uri), 1,
            "no page refers to this file, so it is published to every audience; list it in the attachments of "
            "the item it belongs to, link to it from a page, or remove it",
        )


def parse_as_of(value: Any) -> datetime.date:
    """The plugin's `as_of` option: a date (YAML reads 2026-11-27 as one), ISO text, or today when absent."""
    if value is None:
        return datetime.date.today()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f'the portfolio option as_of is "{value}", not a date; write it as YYYY-MM-DD') from None


def load_settings(root: Path, audience: str | None = None) -> Settings:
    """The settings of the project in `root`, from its mkdocs.yml (the plugin's options), for the command.

    Raises ValueError with a message for the user when mkdocs.yml cannot be read.
    """
    config_path = root / "mkdocs.yml"
    config: dict[str, Any] = {}
    if config_path.exists():
        config = _read_mkdocs_yml(config_path)
    options = _plugin_options(config.get("plugins"))
    docs_dir = root / str(config.get("docs_dir") or "evidence")
    as_of = parse_as_of(options.get("as_of"))
    chosen = audience or os.environ.get("PORTFOLIO_AUDIENCE") or options.get("audience") or "internal"
    if chosen not in AUDIENCES:
        raise ValueError(f'unknown audience "{chosen}"; use one of {", ".join(AUDIENCES)}')
    theme = config.get("theme")
    theme = theme if isinstance(theme, dict) else {}
    return Settings(
        root=root,
        docs_dir=docs_dir,
        framework=root / str(options.get("framework") or "framework.yml"),
        audience=chosen,
        as_of=as_of,
        site_files=site_files(config.get("extra_css"), config.get("extra_javascript"), theme.get("logo"), theme.get("favicon")),
        site_name=str(config.get("site_name") or "Evidence portfolio"),
        site_url=str(config.get("site_url") or ""),
        use_directory_urls=config.get("use_directory_urls") is not False,
        max_file_mb=float(options.get("max_file_mb") or 5),
    )


def site_files(extra_css: Any, extra_javascript: Any, logo: Any, favicon: Any) -> frozenset[str]:
    """The paths under evidence/ that mkdocs.yml names as stylesheets, scripts, logo and favicon."""
    names: list[Any] = [*(extra_css or []), *(extra_javascript or []), logo, favicon]
    paths = (name.get("path") if isinstance(name, dict) else getattr(name, "path", name) for name in names)
    return frozenset(str(path).lstrip("/") for path in paths if isinstance(path, str) and path)


class _ConfigLoader(yaml.SafeLoader):
    """Safe loading that reads MkDocs' own tags (!ENV, !relative, !!python/name) as empty values."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _read_mkdocs_yml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_ConfigLoader)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ValueError(f"mkdocs.yml cannot be read: {exc}")
    return data if isinstance(data, dict) else {}


def _plugin_options(plugins: Any) -> dict[str, Any]:
    pairs: list[tuple[Any, Any]] = list(plugins.items()) if isinstance(plugins, dict) else []
    for entry in plugins if isinstance(plugins, list) else []:
        if isinstance(entry, str):
            pairs.append((entry, {}))
        elif isinstance(entry, dict):
            pairs.extend(entry.items())
    options = next((options for name, options in pairs if name == "portfolio"), None)
    return options if isinstance(options, dict) else {}


def navigation(project: Project, pages: dict[str, str]) -> list[Any]:
    """The site's navigation (as mkdocs.yml's `nav`): generated pages and plain pages, never the items, since
    Material renders the whole navigation into every page."""
    assert project.portfolio is not None
    challenges = [{html.escape(result.challenge.title): challenge_uri(result.id)} for result in project.portfolio.challenges]
    plain = [
        uri for uri, page in sorted(project.pages.items())
        if page.item is None and uri != OVERVIEW_URI and uri not in project.withheld
    ]
    browse = [
        {"Evidence library": PAGE_URIS["library"]},
        {"Case studies": PAGE_URIS["case_studies"]},
        {"Partners": PAGE_URIS["partners"]},
        {"Celebrations": PAGE_URIS["celebrations"]},
        *([{"Tags": TAGS_URI}] if "tags" in pages else []),
    ]
    return [
        {"Overview": OVERVIEW_URI},
        {"Challenges": challenges},
        {"Browse": browse},
        {"Improvement plan": PAGE_URIS["actions"]},
        {"Accreditation pack": PAGE_URIS["print"]},
        *plain,
    ]
