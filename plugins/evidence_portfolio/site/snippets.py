"""A snippet a page puts in (`--8<-- "file.md"`) that is not there. With pymdownx.snippets' `check_paths` on, MkDocs
stops the build at the first such page in a traceback (SnippetMissingError), which names neither the page's line nor
what to do; with it off, the snippet is left out without a word, as the user chose. Both doors find it first, by
rendering each page the build renders whose Markdown holds a snippet's mark as the build renders it (only those
pages: most builds render none here), and name the page's line."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..reading.pages import Page
from ..reading.settings import Settings, config_text
from .markdown import renderer_as_built, snippets_as_built

_MISSING = lazy_pattern(r"Snippet at path '(.*)' could not be found", re.DOTALL)
"""How pymdownx.snippets says which snippet is not there."""
_PUT_IN = "that this page puts in (--8<--)"
_EVERY_PAGE = "that mkdocs.yml puts into every page (auto_append, auto_prepend)"
_NO_SECTION = lazy_pattern(r"Snippet section '(.*)' could not be located", re.DOTALL)
"""How it says a snippet's file has no such section (`--8<-- "file.md:name"`)."""


def missing_snippets(settings: Settings, pages: Mapping[str, Page]) -> Problems:
    """A `missing-snippet` error at the line of each page of `pages` (the project's, by their src_uri: whoever sees a
    page, its problems are said) that puts in a snippet that is not there (or a folder, or a section its file does
    not have), and at mkdocs.yml's line of one every page has (`auto_append`, `auto_prepend`), where `check_paths`
    makes that stop a build that renders it (a folder stops it whatever check_paths says); nothing where the snippets
    may be in a folder outside the project (which the portfolio does not read), in a folder the command cannot tell,
    or in a check run from another folder."""
    problems = Problems()
    root = settings.root.resolve()
    if settings.snippets is None:
        return problems
    if not all(base.is_relative_to(root) for base in settings.snippet_bases) or not _read_here(settings.snippets):
        return problems
    if _special_file(settings.snippet_bases):  # (MkDocs waits on it too, where it renders such a page)
        return problems
    options = snippets_as_built(settings)
    every = bool(settings.snippets.get("auto_append") or settings.snippets.get("auto_prepend"))
    marked = [pages[uri] for uri in sorted(pages) if "8<" in pages[uri].body]
    checked = _switched_on(settings.snippets.get("check_paths"))
    renderer = (
        renderer_as_built(settings, {**options, "check_paths": checked}) if options and (marked or every) else None
    )
    if renderer is None:
        return problems
    folders = ", ".join(f"{os.path.relpath(base, root)}/" for base in settings.snippet_bases)
    if every:  # put into every page: said once, at mkdocs.yml, where a page that puts in none says it too
        said = _fault(renderer, "Text.\n", folders)
        if said is not None:
            config = settings.config_file or settings.root / "mkdocs.yml"
            text = config_text(config) if config.is_file() else ""
            at = text.find(said[0]) if said[0] else -1
            line = text.count("\n", 0, at) + 1 if at >= 0 else 1
            problems.add("missing-snippet", settings.display(config), line, said[1].replace(_PUT_IN, _EVERY_PAGE))
            return problems
    for page in marked:
        said = _fault(renderer, page.body, folders)
        if said is not None:
            at = page.body.find(said[0]) if said[0] else -1
            at = at if at >= 0 else page.body.find("8<")
            problems.add("missing-snippet", page.path, page.body_line + page.body.count("\n", 0, max(at, 0)), said[1])
    return problems


def _fault(renderer: Any, text: str, folders: str) -> tuple[str, str] | None:
    """What stops pymdownx.snippets rendering `text`, if anything does: the snippet's name as written (to find its
    line), and the message."""
    from pymdownx.snippets import SnippetMissingError  # type: ignore[import-untyped]

    try:
        renderer.reset().convert(text)
    except SnippetMissingError as exc:
        missing, section = _MISSING.search(str(exc)), _NO_SECTION.search(str(exc))
        if section:
            return f":{section[1]}", (
                f'a snippet {_PUT_IN} names the section "{section[1]}", which its file does not '
                "mark (with --8<-- [start:name] and [end:name]), so the build would stop here; name a section the "
                "file has, or mark it there"
            )
        name = missing[1] if missing else ""
        return name, (
            f'the snippet "{name}" {_PUT_IN} is not in {folders}, where pymdownx.snippets looks '
            "(its base_path), and its check_paths is on, so the build would stop here; add the file, or write its "
            "name as it is there"
        )
    except IsADirectoryError as exc:  # stops the build whatever check_paths says
        name = os.path.basename(str(exc.filename or ""))
        return name, (
            f'the snippet "{name}" {_PUT_IN} is a folder of {folders}, not a file, so the build '
            "would stop here; name a file in it"
        )
    except UnicodeDecodeError:  # stops the build in a traceback, whatever check_paths says (a hostile review)
        return "", (
            f"a snippet {_PUT_IN} is not UTF-8 text, so the build would stop here; open it and save it as UTF-8 "
            "(in Notepad: Save as, Encoding UTF-8)"
        )
    except Exception:  # an extension that fails on this text fails the build there too, saying why
        return None
    return None


def _special_file(bases: Iterable[Path]) -> bool:
    """Whether a folder of snippets (or one below it) holds what is no file nor folder (a named pipe, a device),
    from which rendering a page that puts it in would wait for ever (a hostile review: the check hung on one)."""
    for base in bases:
        for folder, subfolders, names in os.walk(base):
            for name in [*names, *subfolders]:
                try:
                    mode = os.stat(os.path.join(folder, name)).st_mode
                except OSError:  # a link that leads nowhere: said missing, as pymdownx finds it
                    continue
                if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
                    return True
    return False


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
