"""`portfolio generate`: a sealed docs folder for site engines that run no plugin (Zensical).

Zensical reads mkdocs.yml but runs no MkDocs plugin: built from the project itself, the site would hold every
page, whatever its audience. Instead, `portfolio generate --audience A --out DIR` writes

    DIR/zensical.toml          the engine's configuration (site name, navigation, Markdown extensions, assets)
    DIR/docs/                  what audience A may see, and nothing else:
        *.md                   every page visible to A (".markdown" and the like renamed ".md"), an item's panel
                               after its first heading; every generated page (overview, challenges, library...)
        assets/portfolio/      the portfolio's stylesheet and script
        (other files)          the files those pages refer to, and those the project publishes on its own
        portfolio.json, evidence.csv
    DIR/.portfolio-generated   the mark of a folder this command wrote (and may therefore replace whole)

and `zensical build`, run in DIR, writes the site to DIR/site.

Every page is sealed twice. On its Markdown (site/markdown_seal.py): each link leads to a page or file of DIR/docs,
written as the path to it (Zensical turns source paths into URLs), or is reduced to its text. Then on its HTML
(site/seal.py), as python-markdown renders it with the project's extensions: any URL still leading to something
DIR/docs does not hold means the first seal missed a link, and the page is left out (with a warning, exit 1).
Files are copied only when a page kept a link to them. Default deny.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import posixpath
import re
import shlex
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
import yaml

from ..model.lazy_patterns import lazy_pattern
from ..model.urls import MARKDOWN_EXTENSIONS, URL_SCHEME, destination, from_another_host, page_url
from ..reading.pages import opening_heading
from ..reading.settings import Settings, extension_module
from ..site.assemble import Build, assemble, line_naming, toc_labels
from ..site.inert import inert, with_inert_toc_title
from ..site.markdown import markdown_extensions
from ..site.markdown_seal import Destinations, SealedMarkdown, seal_markdown
from ..site.navigation import nav_path, rewrite_nav
from ..site.pages import ASSETS, DATA_FILES, SCRIPTS, STYLESHEET
from ..site.render import assets
from ..site.seal import WHOLE_PAGE, SiteMap, kept, seal
from .errors import (
    EXIT_CLEAN,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    UsageError,
    add_audience_option,
    add_project_argument,
    copied_into_the_site,
)

MARKER = ".portfolio-generated"
"""The file that marks a folder written by this command: only such a folder is replaced whole."""
DOCS = "docs"
CONFIG = "zensical.toml"
_SNIPPET_LINE = lazy_pattern(
    r"""^[ \t]*(?:(?P<inline>-+8<-+[ \t]+(?:"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?'))|(?P<block>-+8<-+))[ \t]*\r?$"""
)
"""A line of pymdownx.snippets: a directive naming a file, or the marker around a block of file names."""


def add_options(parser: argparse.ArgumentParser) -> None:
    add_project_argument(parser)
    add_audience_option(
        parser, required=True, help="whose site: the folder holds what this audience may see, and nothing else"
    )
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="the folder to write (new, empty, or written by this command before: it is then replaced whole); "
        "run `zensical build` in it",
    )


def generate(args: argparse.Namespace, settings: Settings) -> int:
    """Write the sealed folder for `settings.audience` to `args.out`; exit 0, 1 (errors in the portfolio, or a
    page left out by the second seal) or 2 (a folder this command may not write)."""
    out = Path(args.out)
    refusal = _refusal(out, settings)
    if refusal:
        print(f"portfolio generate: {refusal}", file=sys.stderr)
        return EXIT_USAGE
    build = assemble(settings)
    if not build.ok:
        for problem in build.problems:
            print(problem, file=sys.stderr)
        print(f"portfolio generate: {_errors(len(build.problems.errors))} (above); fix them first", file=sys.stderr)
        return EXIT_PROBLEMS
    names, configs, dropped = markdown_extensions(settings)
    if "pymdownx.superfences" not in names:  # as Zensical adds it, whose fences close otherwise than fenced_code's
        names.append("pymdownx.superfences")
    for name in dropped:
        print(
            f"portfolio generate: warning: the Markdown extension {name} is left out of {CONFIG}: it copies other "
            "files into pages, and would copy withheld ones as readily",
            file=sys.stderr,
        )
    try:
        renderer = markdown.Markdown(extensions=names, extension_configs=configs)
    except Exception as exc:  # an extension that cannot be loaded or configured: Zensical would fail on it too
        print(f"portfolio generate: the Markdown extensions of mkdocs.yml cannot be loaded: {exc}", file=sys.stderr)
        return EXIT_USAGE
    folder = sealed_folder(
        build, renderer, snippets=any(extension_module(name) == "pymdownx.snippets" for name in dropped)
    )
    typed = build.typed_problems()
    if typed:  # as a build stops on them, and a PDF is not made
        for problem in typed:
            print(problem, file=sys.stderr)
        print(f"portfolio generate: {_errors(len(typed))} (above); nothing was written", file=sys.stderr)
        return EXIT_PROBLEMS
    target = out.resolve()  # ("--out ." has no name, and its parent is itself)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    except OSError as exc:
        raise UsageError(
            f"{target} cannot be written: its folder {target.parent} cannot be ({exc.strerror}); give --out a folder "
            "you may write to"
        ) from None
    try:
        folder.write(staging, build)
        _install(staging, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for src_uri in folder.snippets:
        print(
            f"{settings.display_uri(src_uri)}:1: warning: the lines of pymdownx.snippets (--8<--) are left out of "
            "this page in the folder: portfolio generate includes no other file's text",
            file=sys.stderr,
        )
    for src_uri, urls in folder.left_out.items():
        print(_left_out(build, src_uri, urls), file=sys.stderr)
    print(out)
    pages, files = len(folder.pages), len(folder.files)
    print(
        f"portfolio generate: {pages} page{'s' if pages != 1 else ''} and {files} file{'s' if files != 1 else ''} "
        f"for the {settings.audience} audience in {out}; build the site with: cd {shlex.quote(str(out))} && "
        "zensical build",
        file=sys.stderr,
    )
    return EXIT_PROBLEMS if folder.left_out else EXIT_CLEAN


COMMENTED = "<!-- -->"
"""What a page refused for a comment holding text is refused for (among the URLs the second seal reduced)."""
SCRIPTED = "<script>"
"""What a page refused for a script of its own is refused for (among the URLs the second seal reduced)."""


def _left_out(build: Build, src_uri: str, urls: tuple[str, ...]) -> str:
    """Why a page the second seal refused is left out of the folder, at the line of the first URL it names."""
    where = build.settings.display_uri(src_uri)
    if urls == (WHOLE_PAGE,):
        return f"{where}:1: warning: left out of the folder: its HTML cannot be read (please report this)"
    if urls[0] == SCRIPTED:
        return (
            f"{where}:1: warning: left out of the folder: its HTML runs a script of its own, which the engine would "
            "publish (a Markdown extension wrote it, where portfolio check does not look); take it out"
        )
    if urls[0] == COMMENTED:
        return (
            f"{where}:1: warning: left out of the folder: its HTML holds a comment with text in it, which the engine "
            "would publish in the page's source (portfolio generate empties each <!-- ... --> it reads, and this "
            "one is written otherwise); delete the comment"
        )
    page = build.project.pages.get(src_uri)
    line = line_naming(page.body, page.body_line, urls[0]) if page is not None else 1
    return (
        f"{where}:{line}: warning: left out of the folder: its HTML links to {', '.join(repr(u) for u in urls)}, "
        "which leads to nothing in the folder and which a Markdown extension made a link of (portfolio generate "
        "reduces the links Markdown writes, not those an extension makes); write it as a Markdown link, [text](path "
        "to the file), or remove it"
    )


def _errors(count: int) -> str:
    return f"the portfolio has {count} error{'s' if count != 1 else ''}"


# --------------------------------------------------------------------------------------------------- the folder


@dataclass
class Folder:
    """What a sealed folder holds, decided before anything is written."""

    pages: dict[str, str] = field(default_factory=dict)
    """Path under docs/ -> the page's Markdown."""
    files: set[str] = field(default_factory=set)
    """Non-page files under evidence/ copied to docs/ (same path)."""
    nav: list[Any] = field(default_factory=list)
    left_out: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Pages the second seal refused (path under evidence/) -> the URLs it found."""
    snippets: list[str] = field(default_factory=list)
    """Pages whose pymdownx.snippets lines were left out."""

    def write(self, folder: Path, build: Build) -> None:
        settings = build.settings
        (folder / MARKER).write_text(
            "Written by `portfolio generate`, which replaces this folder whole each time it runs.\n", encoding="utf-8"
        )
        docs = folder / DOCS
        docs.mkdir()
        for name, source in assets(settings.custom_dir).items():
            _write_bytes(docs / ASSETS / name, source.read_bytes())
        for uri in sorted(self.files):
            target = docs / uri
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(settings.docs_dir / uri, target)
        for name, text in self.pages.items():
            _write_bytes(docs / name, text.encode("utf-8"))
        build.publication.referenced.update(self.files)
        for name, text in build.exports().items():
            _write_bytes(docs / name, text.encode("utf-8"))
        (folder / CONFIG).write_text(zensical_toml(build, self.nav), encoding="utf-8")


def sealed_folder(build: Build, renderer: markdown.Markdown, snippets: bool = False) -> Folder:
    """Every page the folder holds, sealed twice, and the files they refer to. With `snippets`, the lines of
    pymdownx.snippets are left out of every page (the extension is not carried over).

    A page refused by the second seal is left out, and the folder is decided again without it (links to it are
    then reduced), until no page is refused."""
    build.link_sources = True  # generated pages and panels link to source paths, as Zensical expects
    names = {uri: _md_name(uri) for uri in sorted(build.publication.pages)}
    names.update({uri: uri for uri in build.generated})
    sources = {uri: _page_source(build, uri) for uri in names}
    cut: list[str] = []
    if snippets:
        for uri, (front, parts) in sources.items():
            without = [(_without_snippets(text), relative) for text, relative in parts]
            if without != parts:
                sources[uri] = (front, without)
                cut.append(uri)
    settings = build.settings
    own = {uri for uri in build.project.files if build.publication.on_its_own(uri)}
    site_files = {f"{ASSETS}/{name}" for name in assets(settings.custom_dir)} | set(DATA_FILES) | own
    root_path, host, withheld = build.site_map.root_path, build.site_map.host, build.site_map.sources_withheld
    docs_name = build.site_map.docs_name
    left_out: dict[str, tuple[str, ...]] = {}
    while True:
        kept = {uri: name for uri, name in names.items() if uri not in left_out}
        where = Destinations(
            kept,
            build.publication.candidates,
            settings.use_directory_urls,
            root_path,
            host,
            build.site_map.withheld_names,
            docs_name.lower(),
            settings.links_from_docs,
        )
        # The second seal judges URLs as the engine reads them: relative ones as paths to source files; full
        # ones, to the site's own host, by their path on the site.
        pages = frozenset(kept.values())
        pages |= {destination(name, settings.use_directory_urls) for name in pages}
        folder = Folder(left_out=dict(left_out), snippets=[uri for uri in cut if uri not in left_out])
        refused: dict[str, tuple[str, ...]] = {}
        for uri, name in kept.items():
            front, parts = sources[uri]
            sealed = [seal_markdown(text, uri, where, html_relative_to_page=relative) for text, relative in parts]
            body = _with_panel(sealed)
            files = frozenset().union(*(part.files for part in sealed))
            renderer.reset()
            site = SiteMap(
                pages | files | site_files,
                frozenset(),
                root_path,
                host,
                sources_withheld=withheld,
                docs_name=docs_name,
                links_from_docs=settings.links_from_docs,
            )
            checked = seal(renderer.convert(body), name, site)
            address = page_url(uri, settings.use_directory_urls)
            typed = build.typed_addresses(uri, address, checked.html) or build.typed_in_labels(
                uri, address, toc_labels(getattr(renderer, "toc_tokens", ()))
            )  # (and the entries of its table of contents, which a heading's data-toc-label writes as it likes)
            if typed:  # a link shown as typed text, which no seal removes: the page is left out, and nothing written
                build.typed[uri] = typed
                refused[uri] = (WHOLE_PAGE,)
                continue
            # What a Markdown extension writes from another host (pymdownx.emoji's images from a CDN) is no link the
            # first seal missed: not a reason to leave the page out
            missed = tuple(url for url in checked.removed if not from_another_host(url, host, plainly=True))
            if checked.commented:  # a comment the first seal did not empty, which the engine would publish
                missed = (COMMENTED, *missed)
            if checked.scripts:  # a script the check did not see, which the engine would run (page-script)
                missed = (SCRIPTED, *missed)
            if missed:
                refused[uri] = missed
                continue
            folder.pages[name] = _with_front_matter(front, body, opens_with_its_own=uri in build.generated)
            folder.files |= files
        if not refused:
            folder.files |= own
            folder.nav = _nav(build, kept)
            return folder
        left_out.update(refused)


Part = tuple[str, bool]
"""Markdown, and whether the URLs of its raw HTML are relative to the page's address (as written for MkDocs)
rather than to its file (as the generated pages and panels write them)."""


def _page_source(build: Build, uri: str) -> tuple[dict[str, Any], list[Part]]:
    """A page's front matter (for the engine) and its Markdown, in parts: body, and an item's panel. Its front matter
    says whom it is for too (a generated page: the build's audience), which no engine reads but the portfolio does:
    a copy of the folder saved under evidence/ is kept from the audiences its pages were not for (a hostile review
    published the internal folder's pages as pages for everyone)."""
    meta = build.page_meta(uri)
    front = {key: meta[key] for key in ("title", "tags", "hide") if meta.get(key)}  # what the engine reads
    if uri in build.generated:
        return {**front, "visibility": build.settings.audience}, [(build.markdown(uri), False)]
    page = build.project.pages[uri]
    front["visibility"] = page.visibility
    if page.item is not None:
        return front, [(page.body, True), (build.item_panel(page.item), False)]
    return front, [(page.body, True)]


def _without_snippets(text: str) -> str:
    """The Markdown without the lines pymdownx.snippets would replace with other files' text: its directives, and
    its blocks of file names (to the end, when a block is never closed)."""
    if "8<" not in text:
        return text
    kept: list[str] = []
    in_block = False
    for line in text.splitlines(keepends=True):
        found = _SNIPPET_LINE.match(line)
        if found and found["block"]:
            in_block = not in_block
        elif not in_block and not found:
            kept.append(line)
    return "".join(kept)


def _with_panel(parts: list[SealedMarkdown]) -> str:
    """The body, with the item's panel (if any) after its first heading when it opens with one (as the plugin
    puts it after the <h1>), else at the top."""
    body = parts[0].text
    if len(parts) == 1:
        return body
    panel = parts[1].text.strip("\n")
    heading = opening_heading(body)
    if heading is None:
        return f"\n{panel}\n\n{body.lstrip(chr(10))}"
    end = heading[1]
    return f"{body[:end].rstrip(chr(10))}\n\n{panel}\n\n{body[end:].lstrip(chr(10))}"


def _with_front_matter(front: Mapping[str, Any], body: str, opens_with_its_own: bool) -> str:
    """A page's text with `front` as its front matter: put into the block a generated page opens with (the pack's,
    which hides its navigation, `opens_with_its_own`), as only one block is read (a review of the change: a second
    block, written above it, was shown as text by Zensical); above a page's body, which may open with a rule."""
    written = _front_matter(front)
    if written and opens_with_its_own and body.startswith("---\n"):
        return written.removesuffix("---\n") + body.removeprefix("---\n")
    return written + body


def _front_matter(front: Mapping[str, Any]) -> str:
    if not front:
        return ""
    text = yaml.safe_dump(_plain(front), allow_unicode=True, sort_keys=False, default_flow_style=False, width=1 << 30)
    return f"---\n{text}---\n"


def _plain(value: object) -> object:
    """A value of front matter as YAML writes it: the reader's lists and mappings, which remember their lines, as
    plain ones (`hide: [toc]` stopped the command: PyYAML's safe writer takes no kind of its own)."""
    if isinstance(value, Mapping):
        return {key: _plain(entry) for key, entry in value.items()}
    if isinstance(value, list):
        return [_plain(entry) for entry in value]
    return value


def _md_name(uri: str) -> str:
    """The name a page is written under: with ".md" (Zensical renders nothing else)."""
    for extension in MARKDOWN_EXTENSIONS:
        if uri.endswith(extension):
            return uri[: -len(extension)] + ".md"
    return uri


def _write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# ----------------------------------------------------------------------------------------------- where to write


def _refusal(out: Path, settings: Settings) -> str | None:
    """Why the folder `out` may not be written, if it may not."""
    if out.is_symlink():
        return f"{out} is a symbolic link; name a folder"
    if out.exists() and not out.is_dir():
        return f"{out} is a file, not a folder"
    target, root = out.resolve(), settings.root.resolve()
    published = copied_into_the_site(out, settings)
    if published is not None:
        return (
            f"{out} is inside {settings.display(published)}/, whose every file the project would publish; write it "
            "outside the project's folder, such as ../portfolio-public"
        )
    if target == root or target in root.parents:
        return f"{out} holds the project itself; name another folder"
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).is_file():
        return f"{out} is not empty and was not written by portfolio generate; name a new or empty folder"
    return None


def _install(staging: Path, out: Path) -> None:
    """Move what was written to `staging` into `out`, whose previous content (a folder this command wrote, or
    nothing) goes whole: the site built from it, Zensical's cache and all. The folder itself stays (a shell may
    be in it)."""
    out.mkdir(exist_ok=True)
    for entry in sorted(out.iterdir(), key=lambda path: path.name == MARKER):  # the mark goes last
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry)
        else:
            entry.unlink()
    os.replace(staging / MARKER, out / MARKER)  # the mark comes first
    for entry in sorted(staging.iterdir()):
        os.replace(entry, out / entry.name)


# ------------------------------------------------------------------------------------------ the engine's config


def zensical_toml(build: Build, nav: list[Any]) -> str:
    """zensical.toml for the folder: the project's settings, the navigation, the Markdown extensions."""
    settings = build.settings
    # Zensical prints the site's name and description raw, as Material does (see Build.printed_meta)
    project: dict[str, Any] = {"site_name": str(inert(settings.site_name))}
    if settings.site_url:
        project["site_url"] = settings.site_url
    if settings.site_description:
        project["site_description"] = str(inert(settings.site_description))
    project.update(docs_dir=DOCS, site_dir="site", use_directory_urls=settings.use_directory_urls)
    project["extra_css"] = [STYLESHEET, *_site_files(settings.extra_css, build)]
    project["extra_javascript"] = [*SCRIPTS, *_site_files(settings.extra_javascript, build)]
    project["nav"] = nav
    theme_table: dict[str, Any] = {"font": False}
    if settings.theme_features:
        theme_table["features"] = list(settings.theme_features)
    for key, value in (("logo", settings.logo), ("favicon", settings.favicon)):
        if value and _published_on_its_own(value, build):
            theme_table[key] = settings.path_of(value)
    names, configs, _ = markdown_extensions(settings)
    with_inert_toc_title(configs)
    lines = [
        f"# Written by `portfolio generate` for the {settings.audience} audience: it holds what that audience may see.",
        "# Build the site with `zensical build` in this folder. The next `portfolio generate` replaces this file.",
        "[project]",
        *(f"{_key(key)} = {_value(value)}" for key, value in project.items()),
        "",
        "[project.theme]",
        *(f"{_key(key)} = {_value(value)}" for key, value in theme_table.items()),
        "",
        "[project.extra]",
        "generator = false",
        "",
        "[project.markdown_extensions]",
        *(f"{_key(name)} = {_value(configs.get(name, {}))}" for name in names),
    ]
    if "tags" in settings.plugins:
        lines += ["", "[project.plugins.tags]"]
    return "\n".join(lines) + "\n"


def _site_files(paths: Iterable[str], build: Build) -> list[str]:
    """mkdocs.yml's extra_css or extra_javascript: files under evidence/ that the folder holds (published on their
    own), by their path, and full URLs the seal keeps (another site's, or a file the site holds)."""
    found: list[str] = []
    for path in paths:
        if _published_on_its_own(path, build):
            found.append(build.settings.path_of(path))
        elif (
            (scheme := URL_SCHEME.match(path))
            and path[scheme.end() :].startswith("//")
            and kept(path, "", build.site_map)
        ):
            found.append(path)
    return found


def _published_on_its_own(url: str, build: Build) -> bool:
    """Whether mkdocs.yml's `url` names a file under evidence/ that the build publishes on its own."""
    uri = build.settings.path_of(url)
    return uri in build.project.files and build.publication.on_its_own(uri)


def _nav(build: Build, names: Mapping[str, str]) -> list[Any]:
    """The navigation: mkdocs.yml's own when it has one, else the portfolio's; only pages the folder holds (an
    address of this site's own host is judged as the seal judges a link; one of another site stays)."""
    written = {posixpath.normpath(uri): name for uri, name in names.items()}

    def target(entry: str) -> str | None:
        if URL_SCHEME.match(entry.strip()):
            return entry if build.keeps_in_navigation(entry) else None
        return written.get(nav_path(entry))

    nav = build.settings.nav if build.settings.nav is not None else build.navigation()
    found = rewrite_nav(nav if isinstance(nav, list) else [nav], target)
    return found if isinstance(found, list) else []


# ---------------------------------------------------------------------------------------------------------- TOML


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _string(key)


def _string(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's, but for DEL, which TOML wants escaped)."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ("nan" if math.isnan(value) else "inf" if value > 0 else "-inf")
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        shown = (f"{_key(str(k))} = {_value(v)}" for k, v in value.items() if v is not None and not callable(v))
        return "{" + ", ".join(shown) + "}"  # (a function: toc's slugify, which Zensical's file cannot name)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value if v is not None) + "]"
    return _string(str(value))
