"""Functions mkdocs.yml names with a Python tag for Markdown extensions, which the doors that render pages themselves
(the check, the PDF) run as the build does: those that make headings' ids (toc's `slugify`), and those of
pymdownx.emoji that find and draw emoji and icons (`emoji_index`, `emoji_generator`). mkdocs.yml is read without
running code: a value with any other Python tag is read empty.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class NamedFunction:
    """A function mkdocs.yml names with a Python tag for a Markdown extension, which the doors that render pages
    themselves (the check, the PDF) run as the build does. One that makes headings' ids (toc's `slugify`):
    python-markdown's own, or pymdown-extensions' that Material recommends for ids with accented letters
    (`!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}`; a review of valid portfolios: a Welsh
    heading's id differed, and the check failed a link the build kept). One of pymdownx.emoji's (Material's
    `emoji_index` and `emoji_generator`: a review of valid portfolios found the PDF printing `:material-run:` as
    typed, where the site drew the icon). Any other Python value is read empty."""

    name: str
    options: tuple[tuple[str, str | bool], ...] = ()
    listed: bool = False
    """Whether its options were written as a list, which the function takes none of (MkDocs stops on it)."""

    def function(self) -> Any:
        """The function, imported (and made with its options); None where it cannot be, or, one that makes headings'
        ids, does not make one (options it takes but cannot use: `normalize: BOGUS`)."""
        module, _, name = self.name.rpartition(".")
        if self.listed:
            return None
        try:
            made = getattr(importlib.import_module(module), name)
            function = made(**dict(self.options)) if self.name in _SLUG_MAKERS else made
            if self.makes_ids:
                function("A heading", "-")
        except Exception:  # (not installed, or options it does not take: the check names them at their line)
            return None
        return function

    @property
    def makes_ids(self) -> bool:
        """Whether it makes headings' ids (not one of pymdownx.emoji's)."""
        return self.name not in _EMOJI_FUNCTIONS


_SLUG_MAKERS = frozenset(("pymdownx.slugs.slugify",))
_SLUG_FUNCTIONS = frozenset(("markdown.extensions.toc.slugify", "markdown.extensions.toc.slugify_unicode"))
_EMOJI_INDEXES = frozenset(
    f"{module}.{name}"
    for module, names in (
        ("material.extensions.emoji", ("twemoji",)),
        ("pymdownx.emoji", ("twemoji", "emojione", "gemoji")),
    )
    for name in names
)
_EMOJI_GENERATORS = frozenset(
    f"{module}.{name}"
    for module, names in (
        ("material.extensions.emoji", ("to_svg",)),
        ("pymdownx.emoji", ("to_svg", "to_png", "to_png_sprite", "to_svg_sprite", "to_alt")),
    )
    for name in names
)
_EMOJI_FUNCTIONS = _EMOJI_INDEXES | _EMOJI_GENERATORS


def python_value(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> NamedFunction | None:
    """A value written with a Python tag: a function of those a NamedFunction names, else empty."""
    name = suffix.partition(":")[2]
    if suffix.startswith("name:") and (name in _SLUG_FUNCTIONS or name in _EMOJI_FUNCTIONS):
        return NamedFunction(name)
    if suffix.startswith("object/apply:") and name in _SLUG_MAKERS:
        if isinstance(node, yaml.SequenceNode) and node.value:  # its options as a list, which it takes none of (a
            # review of valid portfolios: the check passed, the build stopped in a traceback)
            return NamedFunction(name, (("a list", str(loader.construct_sequence(node, deep=True))),), listed=True)
        given = loader.construct_mapping(node, deep=True) if isinstance(node, yaml.MappingNode) else {}
        options = given.get("kwds") if isinstance(given, dict) and set(given) <= {"kwds"} else None
        if isinstance(options, dict) and all(isinstance(v, (str, bool)) for v in options.values()):
            return NamedFunction(name, tuple(sorted((str(k), v) for k, v in options.items())))
        if not given:
            return NamedFunction(name)
    return None


def kept_where_read(config: Any) -> None:
    """mkdocs.yml as loaded, with each function written elsewhere than where an extension reads it read empty, in
    place (a hostile review: `theme: {features: !!python/name:...}` stopped the check in a traceback)."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(config, ())]
    seen: set[int] = set()
    while stack:
        value, path = stack.pop()
        if id(value) in seen:  # (a value an alias names again, or within itself)
            continue
        seen.add(id(value))
        entries = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        for key, entry in list(entries):
            if isinstance(entry, NamedFunction) and not _where_read(entry.name, (*path, key)):
                value[key] = None
            elif isinstance(entry, (dict, list)):
                stack.append((entry, (*path, key)))


def _where_read(name: str, path: tuple[Any, ...]) -> bool:
    """Whether the function `name` at `path` in mkdocs.yml is where an extension reads it, in a list of extensions
    or a mapping of them: the `slugify` of toc (headings' ids) or of pymdownx.tabbed (content tabs' ids, as Material's
    documentation sets it); pymdownx.emoji's `emoji_index` or `emoji_generator`."""
    if len(path) not in (3, 4) or path[0] != "markdown_extensions":
        return False
    extension, key = str(path[-2]).removeprefix("markdown.extensions."), path[-1]
    if name in _EMOJI_FUNCTIONS:
        return extension == "pymdownx.emoji" and key == ("emoji_index" if name in _EMOJI_INDEXES else "emoji_generator")
    return key == "slugify" and extension in ("toc", "pymdownx.tabbed")
