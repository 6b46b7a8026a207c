"""mkdocs.yml's lists of plugins and of Markdown extensions, read as MkDocs reads them: an entry MkDocs cannot take
(`- [search]`, two plugins run together in one entry by a slip of indentation, `- toc: true`), an option a Markdown
extension or a plugin refuses (`toc: {permalnk: true}`) stop `mkdocs build` with a message naming no line, and an
option a plugin does not know, or a plugin listed twice that does not say it may be, stops `mkdocs build --strict`;
`portfolio check` names each at its line first.

Only an extension or a plugin given options (or listed twice) is loaded, as python-markdown and MkDocs load it: a
portfolio that gives none (but the portfolio plugin's own, which settings.py checks) costs no import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator, Iterator, Mapping
from typing import Any

from ..model.markdown_extensions import SAFE_EXTENSIONS
from ..model.problems import Problems, suggest
from .engine import Engine
from .installed import module_file, plugin_entry_point
from .mkdocs_schema import plugin_takes
from .named_functions import NamedFunction
from .settings import PLUGIN, Settings, dedented_options, extension_module, unnumbered, written_line

Entry = tuple[tuple[str | int, ...], str, dict[Any, Any]]
"""A plugin given options: where in mkdocs.yml, its name and its options."""


Fault = tuple[tuple[str | int, ...], str, str]
"""Where in mkdocs.yml (keys and list positions, from the top), what is wrong, and how to put it right."""


def check_lists(settings: Settings) -> Problems:
    """A problem at its line of mkdocs.yml for each entry of its plugins and Markdown extensions that MkDocs cannot
    take, as the command read them (MkDocs has checked them itself in a build)."""
    problems = Problems()
    config, written = settings.config_file, settings.written_config
    if config is None or written is None:
        return problems
    shown = settings.display(config)
    plugins: list[Entry] = []
    listed: list[Entry] = []
    faults = (
        *_plugin_faults(written.get("plugins"), plugins, listed),
        *_extension_faults(written.get("markdown_extensions")),
    )
    for path, wrong, fix in faults:
        problems.add("mkdocs-setting", shown, written_line(config, *path), f"{wrong}, so `mkdocs build` stops; {fix}")
    for path, name, first in _listed_twice(listed, settings.theme_name or "", settings.engine):
        problems.add(
            "mkdocs-warning",
            shown,
            written_line(config, *path),
            f'the plugin "{name}" is listed a second time (first on line {written_line(config, *first)}), and MkDocs '
            "warns of a plugin turned on twice, so `mkdocs build --strict` stops; remove one of the two, keeping "
            "the options of both under the other",
        )
    for path, name, options in plugins:
        for code, option, wrong, fix in _plugin_option_faults(
            name, options, settings.theme_name or "", settings.engine
        ):
            stops = "`mkdocs build` stops" if code == "mkdocs-setting" else "`mkdocs build --strict` stops"
            line = written_line(config, *path, *([option] if option else []))
            problems.add(code, shown, line, f"{wrong}, so {stops}; {fix}")
    return problems


def _plugin_faults(plugins: Any, given_options: list[Entry], listed: list[Entry]) -> Iterator[Fault]:
    """As MkDocs reads `plugins`. Each plugin given options is added to `given_options`, and every plugin but the
    portfolio's (settings.py judges it, listed twice too) to `listed`."""
    for path, name, options in (yield from _entries(plugins, "plugins", "plugin")):
        if unnumbered(name).rpartition("/")[2] == PLUGIN:
            continue
        listed.append((path, name, options))
        if options and not _unread(options):
            given_options.append((path, name, options))


def _listed_twice(
    listed: list[Entry], theme: str, engine: Engine | None
) -> Iterator[tuple[tuple[str | int, ...], str, tuple[str | int, ...]]]:
    """Each plugin listed again, as MkDocs names it (under Material, `search` is its `material/search`), that does
    not say it may be turned on twice (Material's blog may), as the engine tells: where, its name as written, and
    where it was first."""
    loose = [name.removeprefix("/").removeprefix(f"{theme}/") if theme else name for _, name, _ in listed]
    if len(set(loose)) == len(loose):  # most portfolios: no name twice, nothing to load
        return
    from importlib.metadata import entry_points

    installed = {point.name: point for point in entry_points(group="mkdocs.plugins")}
    first: dict[str, tuple[str | int, ...]] = {}
    for path, name, _ in listed:
        full = name[1:] if name.startswith("/") else name
        if "/" not in name and theme and f"{theme}/{name}" in installed:
            full = f"{theme}/{name}"
        if full not in first:
            first[full] = path
        elif full in installed and engine is not None and not engine.plugin_allowed_twice(full):
            yield path, name, first[full]


def _extension_faults(extensions: Any) -> Iterator[Fault]:
    """As MkDocs reads `markdown_extensions`, then loads each extension given options as python-markdown does."""
    for path, name, options in (yield from _entries(extensions, "markdown_extensions", "Markdown extension")):
        if options and not _unread(options):
            yield from _refused_options(path, name, options)
        for key, value in options.items() if isinstance(options, dict) else ():
            if isinstance(value, NamedFunction) and value.makes_ids and value.function() is None:  # (a traceback)
                yield (
                    (*path, key),
                    f"the function {value.name} that {key} names cannot be made from the options given "
                    f"({', '.join(f'{k}: {v}' for k, v in value.options) or 'none'})",
                    "correct them as pymdown-extensions' documentation of its slugs gives them",
                )


def _unread(options: Any) -> bool:
    """Whether options hold a value the command could not read as MkDocs does: what a YAML tag gives
    (`!!python/name:material.extensions.emoji.twemoji`, `!relative`), read empty (as null is, which is not judged
    either), or a function that makes headings' ids, which the build imports."""
    if isinstance(options, dict):
        return any(_unread(value) for value in options.values())
    if isinstance(options, list):
        return any(_unread(value) for value in options)
    return options is None or isinstance(options, NamedFunction)


def _entries(value: Any, key: str, kind: str) -> Generator[Fault, None, list[Entry]]:
    """The entries of a list of names and `name: options` mappings, or of a mapping of names, as MkDocs reads its
    plugins and Markdown extensions (the value of `key`; `kind`, what each is): each its path in mkdocs.yml, its
    name and its options (None: none); yielding the fault of each entry that is none of those, or whose options are
    no mapping (MkDocs takes none, null or false, for no options)."""
    found: list[tuple[tuple[str | int, ...], Any, Any]] = []
    if isinstance(value, dict):
        found = [((key, name), name, options) for name, options in value.items()]
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            if isinstance(entry, dict) and len(entry) != 1:
                dedented = dedented_options(entry)
                if dedented:  # `as_of:` two spaces left of `portfolio:`'s options: one of them, at its own line
                    first, extra = next(iter(entry)), dedented[0]
                    yield (
                        (key, index, extra),
                        f'"{extra}" is indented as a {kind} of its own, in the entry of "{first}", not as one of '
                        f'"{first}"\'s options',
                        f'indent it as the options of "{first}" above it are',
                    )
                else:
                    yield (key, index), *_run_together(kind, entry)
            elif isinstance(entry, dict):
                [(name, options)] = entry.items()
                found.append(((key, index, name), name, options))
            else:
                found.append(((key, index), entry, None))
    elif value is not None:
        yield (key,), f"{key} is not a list", f'write each {kind} on a line of its own, starting with "- "'
    entries: list[Entry] = []
    for path, name, options in found:
        if not isinstance(name, str):
            yield path, *_not_a_name(kind, name)
        elif options and not isinstance(options, dict):
            yield path, *_not_options(kind, name)
        else:
            entries.append((path, name, options or {}))
    return entries


def _run_together(kind: str, entry: dict[Any, Any]) -> tuple[str, str]:
    names = ", ".join(f'"{name}"' for name in entry)
    if not entry:
        return f"an entry of the {kind}s is empty", "remove it"
    return (
        f"one entry of the {kind}s names {len(entry)}: {names}",
        f'start each {kind} on a line of its own starting with "- ", and indent its options under it',
    )


def _not_options(kind: str, name: str) -> tuple[str, str]:
    return (
        f'the options of the {kind} "{name}" are not key: value lines',
        f"indent each option under `{name}:`, or remove what follows it",
    )


def _not_a_name(kind: str, entry: object) -> tuple[str, str]:
    written = "[" + ", ".join(map(str, entry)) + "]" if isinstance(entry, list) else str(entry)
    return f"the entry {written} of the {kind}s is not the name of a {kind}", "write the name alone, as `- name`"


def _refused_options(path: tuple[str | int, ...], name: str, options: dict[Any, Any]) -> Iterator[Fault]:
    """An option the extension `name` refuses, as python-markdown makes it (`make(**options)`) and adds it to a
    Markdown converter (where an option's value is read: `toc_depth: [x]`)."""
    make = _maker(name)
    if make is None:  # not installed: `portfolio check` says so (installed.py)
        return
    try:
        extension = make(**{str(key): value for key, value in options.items()})
        import markdown  # here: only a portfolio that gives an extension options pays for it

        if extension_module(name) in SAFE_EXTENSIONS:  # one that reads nothing else: another may read any file
            markdown.Markdown(extensions=[extension]).convert(_SAMPLE)
        else:
            extension.extendMarkdown(markdown.Markdown())
    except KeyError as exc:  # python-markdown's Extension.setConfig of a key it does not have
        option = str(exc.args[0]) if exc.args else ""
        known = sorted(_options(make))
        hint = suggest(option, known, "options") if known else ""
        fix = hint.removeprefix("; ") if hint.startswith("; did you mean") else "correct its name, or remove it"
        yield (*path, option), f'the Markdown extension "{name}" has no option "{option}"', fix
    except Exception as exc:  # whatever an extension raises, MkDocs stops on it
        wrong = f'the Markdown extension "{name}" refuses its options ({type(exc).__name__}: {exc})'
        yield path, wrong, "correct them as the extension's documentation gives them"


_SAMPLE = """# A heading

Text with *emphasis*, a [link](page.md), a footnote[^1] and an abbreviation, HTML.

[^1]: A note.

*[HTML]: HyperText Markup Language

| One | Two |
|-----|-----|
| 1   | 2   |

    code
"""
"""A page for an extension given options to render, as a build renders every page: an option of the wrong kind may
be read only then (`footnotes: {BACKLINK_TEXT: 5}`, `toc: {permalink_title: 5}`), in Python's traceback. Only one
known to read nothing but the page renders it: pymdownx.snippets would read what its options name, a file or an
address (a hostile review)."""


def _plugin_option_faults(
    name: str, options: dict[Any, Any], theme: str, engine: Engine | None
) -> Iterator[tuple[str, str, str, str]]:
    """What MkDocs says of a plugin's options as it loads them (the plugin's own check of each, asked of the
    engine): an option it refuses (an error: its code, the option, what is wrong, the fix) or warns about (unknown,
    or given up: a warning)."""
    point = plugin_entry_point(name, theme)
    if point is None or plugin_takes(point, options):  # (read from its source: importing it cost 100 ms)
        return
    said = engine.plugin_options_said(name, point, options) if engine else None
    if said is None:
        return
    errors, warnings, known = said
    for option, error in errors:
        wrong = f'the option "{option}" of the plugin "{name}" is refused ({error})'
        yield "mkdocs-setting", str(option), wrong, "correct it as the plugin's documentation gives it"
    for option, warning in warnings:
        unknown = warning.startswith("Unrecognised configuration name")
        hint = suggest(option, sorted(known), "options") if unknown and known else ""
        fix = hint.removeprefix("; ") if hint.startswith("; did you mean") else "correct it, or remove it"
        what = f'the plugin "{name}" has no option "{option}"' if unknown else f'"{option}" of the plugin "{name}"'
        yield "mkdocs-warning", str(option), what if unknown else f"{what}: {warning.rstrip('.')}", fix


def _maker(name: str) -> Callable[..., Any] | None:
    """What python-markdown calls to make the extension `name`: an entry point's class (its own extensions' names:
    `toc`), a module's class (`module:Class`), or a module's makeExtension."""
    module_name, _, class_name = name.partition(":")
    own = f"markdown.extensions.{name}"
    try:
        if not class_name and module_file(own):
            return getattr(importlib.import_module(own), "makeExtension", None)
        if module_file(module_name):
            module = importlib.import_module(module_name)
            return getattr(module, class_name or "makeExtension", None)
        from importlib.metadata import entry_points

        found = [point for point in entry_points(group="markdown.extensions") if point.name == name]
        return found[0].load() if found else None
    except Exception:  # an extension that cannot be imported is not this check's to judge
        return None


def _options(make: Callable[..., Any]) -> Iterator[str]:
    """The names of an extension's options (python-markdown's Extension.config), when it can be made without any."""
    try:
        config = getattr(make(), "config", None)
    except Exception:  # an extension that needs options has no list to suggest from
        return
    yield from (str(key) for key in config or () if isinstance(config, Mapping))
