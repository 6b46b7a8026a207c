"""Markdown rendered as MkDocs renders it, for the doors that render pages themselves (the PDF, the sealed folder
for other engines): the project's extensions, with their options."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit, urlunsplit

from ..model.markdown_extensions import REQUIRED_EXTENSION
from ..model.urls import relative_url
from ..reading.named_functions import NamedFunction
from ..reading.settings import Settings, extension_module

if TYPE_CHECKING:
    import markdown

BUILTIN_EXTENSIONS = ("toc", "tables", "fenced_code")
"""The extensions MkDocs always adds to mkdocs.yml's (Zensical needs toc); the plugin adds attr_list."""
INCLUDING_EXTENSIONS = frozenset(("pymdownx.snippets", "markdown_include.include", "mdx_include", "pymdownx.b64"))
"""Extensions that copy other files into a page, their text or (pymdownx.b64) an image as a data: URL, reading any
file, a withheld one too, from folders the engine resolves from where it runs: left out (the sealed folder holds
the images a page shows, as files)."""
MKDOCS_ONLY_EXTENSIONS = frozenset(("material.extensions.preview",))
"""Extensions that need MkDocs' own processors (Material's instant previews read its links' `relpath`): left out of
the Markdown the portfolio renders itself (the PDF), where they would stop it, and of other engines' configuration."""


def markdown_extensions(settings: Settings) -> tuple[list[str], dict[str, dict[str, Any]], list[str]]:
    """The Markdown extensions MkDocs would use for the project: its builtins, mkdocs.yml's, attr_list; with
    their options (options YAML could not give a value, such as Python names, left out); and those left out,
    because they copy other files into pages."""
    names = list(BUILTIN_EXTENSIONS)
    configs: dict[str, dict[str, Any]] = {}
    dropped: list[str] = []
    for entry in settings.markdown_extensions:
        if isinstance(entry, str):
            name, options = entry, None
        elif isinstance(entry, Mapping) and len(entry) == 1:
            name, options = next(iter(entry.items()))
        else:
            continue
        name = str(name).removeprefix("markdown.extensions.")
        if extension_module(name) in INCLUDING_EXTENSIONS:
            dropped += [] if name in dropped else [name]
            continue
        if extension_module(name) in MKDOCS_ONLY_EXTENSIONS:
            continue
        if name not in names:
            names.append(name)
        if isinstance(options, Mapping):
            configs[name] = {str(k): v for k, v in _without_none(_run(options)).items()}
    if REQUIRED_EXTENSION not in names:
        names.append(REQUIRED_EXTENSION)
    return names, configs, dropped


def _run(options: Mapping[Any, Any]) -> dict[Any, Any]:
    """An extension's options as the build has them: a function making headings' ids, which mkdocs.yml names,
    imported (None where it cannot be)."""
    return {k: v.function() if isinstance(v, NamedFunction) else v for k, v in options.items()}


def _without_none(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _without_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [_without_none(v) for v in value if v is not None]
    return value


def snippets_as_built(settings: Settings) -> dict[str, Any] | None:
    """pymdownx.snippets' options as a build runs it (its last entry's), its base_path made absolute (read from the
    folder MkDocs runs in: settings.snippet_bases), for a door that renders a page as the build does (the check);
    None when it is off. Only its folders inside the project are read (the portfolio reads no file outside it)."""
    root = settings.root.resolve()
    bases = [str(base) for base in settings.snippet_bases if base.is_relative_to(root)]
    if settings.snippets is None or not bases:
        return None
    options = _without_none(settings.snippets)
    options.update(base_path=bases, check_paths=False, url_download=False)
    return dict(options)


def with_links_as_mkdocs_writes_them(
    renderer: markdown.Markdown, urls: Callable[[str], str | None]
) -> Callable[[str], None]:
    """`renderer` made to write a link or a picture to a page or file of the project (a path from the page's file)
    as MkDocs writes it, from the page's address: the seal keeps a link to a published page, with its title and a
    picture's alt text, which may show what the rest of the page does not (the check, rendering the path as
    written, which leads nowhere from the page's address, left out such links and passed a title or an alt text
    showing a withheld page's full address, where the build stopped: a review). `urls` gives the address of a
    path under evidence/ on the site, None where it is no file there. What it returns is called with each page
    (its path under evidence/) before it is rendered."""
    from markdown.treeprocessors import Treeprocessor

    class LinksAsBuilt(Treeprocessor):
        """MkDocs' _RelativePathTreeprocessor, for the paths it finds a file for."""

        page = ""

        def run(self, root: Any) -> None:
            here = urls(self.page)
            if here is None:
                return
            for element in root.iter():
                key = "href" if element.tag == "a" else "src" if element.tag == "img" else None
                url = element.get(key) if key else None
                if not url or url.startswith(("/", "\\")) or "\x02amp\x03" in url:
                    continue
                scheme, netloc, path, query, anchor = urlsplit(url)
                if scheme or netloc or not path:
                    continue
                target = posixpath.normpath(posixpath.join(posixpath.dirname(self.page), unquote(path)).lstrip("/"))
                there = urls(target)
                if there is not None:
                    element.set(key, urlunsplit(("", "", relative_url(there, here), query, anchor)))

    processor = LinksAsBuilt(renderer)
    renderer.treeprocessors.register(processor, "portfolio_relpath", 0)  # (where MkDocs registers its own)

    def rendering(page: str) -> None:
        processor.page = page

    return rendering


def renderer_as_built(settings: Settings, snippets: dict[str, Any] | None) -> markdown.Markdown | None:
    """python-markdown with the extensions a build renders the project's pages with (`snippets`: pymdownx.snippets'
    options as snippets_as_built gives them), for `portfolio check` to render a page as the build does; None when an
    extension cannot be loaded (the check names it: reading/installed.py)."""
    import markdown  # here: most checks render nothing

    names, configs, _ = markdown_extensions(settings)
    if snippets is not None:
        names, configs = [*names, "pymdownx.snippets"], {**configs, "pymdownx.snippets": snippets}
    try:
        return markdown.Markdown(extensions=names, extension_configs=configs)
    except Exception:
        return None
