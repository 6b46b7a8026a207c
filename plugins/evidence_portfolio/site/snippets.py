"""A snippet a page puts in (`--8<-- "file.md"`) that is not there. With pymdownx.snippets' `check_paths` on, MkDocs
stops the build at the first such page in a traceback (SnippetMissingError), which names neither the page's line nor
what to do; with it off, the snippet is left out without a word, as the user chose. Both doors find it first, by
rendering each page the build renders whose Markdown holds a snippet's mark as the build renders it (only those
pages: most builds render none here), and name the page's line."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..model.problems import Problems
from ..reading.pages import Page
from ..reading.settings import Settings
from .markdown import renderer_as_built, snippets_as_built

_MISSING = re.compile(r"Snippet at path '(.*)' could not be found", re.DOTALL)
"""How pymdownx.snippets says which snippet is not there."""


def missing_snippets(settings: Settings, pages: Iterable[Page]) -> Problems:
    """A `missing-snippet` error at the line of each page of `pages` (the project's: whoever sees a page, its
    problems are said) that puts in a snippet that is not there, where `check_paths` makes that stop a build that
    renders it; nothing where the snippets may be in a folder outside the project (which the portfolio does not
    read), in a folder the command cannot tell, or in a check run from another folder."""
    problems = Problems()
    root = settings.root.resolve()
    if settings.snippets is None or not _switched_on(settings.snippets.get("check_paths")):
        return problems
    if not all(base.is_relative_to(root) for base in settings.snippet_bases) or not _read_here(settings.snippets):
        return problems
    options = snippets_as_built(settings)
    marked = [page for page in pages if "8<" in page.body]
    renderer = renderer_as_built(settings, {**options, "check_paths": True}) if options and marked else None
    if renderer is None:
        return problems
    from pymdownx.snippets import SnippetMissingError  # type: ignore[import-untyped]

    folders = ", ".join(f"{os.path.relpath(base, root)}/" for base in settings.snippet_bases)
    for page in marked:
        try:
            renderer.reset().convert(page.body)
        except SnippetMissingError as exc:
            named = _MISSING.search(str(exc))
            name = named[1] if named else str(exc)
            at = page.body.find(name) if named else -1
            at = at if at >= 0 else page.body.find("8<")
            problems.add(
                "missing-snippet",
                page.path,
                page.body_line + page.body.count("\n", 0, max(at, 0)),
                f'the snippet "{name}" that this page puts in (--8<--) is not in {folders}, where pymdownx.snippets '
                "looks (its base_path), and its check_paths is on, so the build would stop here; add the file, or "
                "write its name as it is there",
            )
        except Exception:  # an extension that fails on this page fails the build there too, saying why
            continue
    return problems


def _switched_on(value: object) -> bool:
    """Whether an option is on as python-markdown reads it (`true`, but also "yes", "on" or 1: a review)."""
    from markdown.util import parseBoolValue

    return bool(parseBoolValue(value, fail_on_errors=False)) if isinstance(value, str) else bool(value)


def _read_here(options: Mapping[str, Any]) -> bool:
    """Whether every folder of snippets' base_path is one the portfolio reads where it leads: not a tag the command
    reads as nothing (`!relative $config_dir/snippets`, which a check took for evidence/: a review), nor MkDocs'
    `!relative` alone (the folder of the page being rendered)."""
    written = options.get("base_path", ["."])
    for base in written if isinstance(written, (list, tuple)) else [written]:
        try:
            os.fspath(base)
        except Exception:  # None, a number, a folder known only as a page is rendered
            return False
    return True
