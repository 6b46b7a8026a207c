"""Functions mkdocs.yml names with a Python tag that make headings' ids (toc's `slugify`), which the doors that render
pages themselves (the check, the PDF) run as the build does. mkdocs.yml is read without running code: a value with any
other Python tag is read empty.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

import yaml


@dataclass(frozen=True)
class SlugFunction:
    """A function mkdocs.yml names with a Python tag that makes headings' ids (toc's `slugify`), which the doors that
    render pages themselves (the check, the PDF) run as the build does: python-markdown's own, or pymdown-extensions'
    that Material recommends for ids with accented letters (`!!python/object/apply:pymdownx.slugs.slugify {kwds:
    {case: lower}}`; a review of valid portfolios: a Welsh heading's id differed, and the check failed a link the
    build kept). Any other Python value is read empty."""

    name: str
    options: tuple[tuple[str, str | bool], ...] = ()
    listed: bool = False
    """Whether its options were written as a list, which the function takes none of (MkDocs stops on it)."""

    def function(self) -> Any:
        """The function, imported (and made with its options); None where it cannot be, or does not make an id of a
        heading (options it takes but cannot use: `normalize: BOGUS`)."""
        module, _, name = self.name.rpartition(".")
        if self.listed:
            return None
        try:
            made = getattr(importlib.import_module(module), name)
            function = made(**dict(self.options)) if self.name in _SLUG_MAKERS else made
            function("A heading", "-")
        except Exception:  # (not installed, or options it does not take: the check names them at their line)
            return None
        return function


_SLUG_MAKERS = frozenset(("pymdownx.slugs.slugify",))
_SLUG_FUNCTIONS = frozenset(("markdown.extensions.toc.slugify", "markdown.extensions.toc.slugify_unicode"))


def python_value(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> SlugFunction | None:
    """A value written with a Python tag: a function that makes headings' ids, else empty."""
    name = suffix.partition(":")[2]
    if suffix.startswith("name:") and name in _SLUG_FUNCTIONS:
        return SlugFunction(name)
    if suffix.startswith("object/apply:") and name in _SLUG_MAKERS:
        if isinstance(node, yaml.SequenceNode) and node.value:  # its options as a list, which it takes none of (a
            # review of valid portfolios: the check passed, the build stopped in a traceback)
            return SlugFunction(name, (("a list", str(loader.construct_sequence(node, deep=True))),), listed=True)
        given = loader.construct_mapping(node, deep=True) if isinstance(node, yaml.MappingNode) else {}
        options = given.get("kwds") if isinstance(given, dict) and set(given) <= {"kwds"} else None
        if isinstance(options, dict) and all(isinstance(v, (str, bool)) for v in options.values()):
            return SlugFunction(name, tuple(sorted((str(k), v) for k, v in options.items())))
        if not given:
            return SlugFunction(name)
    return None


def kept_where_read(config: Any) -> None:
    """mkdocs.yml as loaded, with each slug function written elsewhere than as an extension's `slugify` read empty,
    in place (a hostile review: `theme: {features: !!python/name:...}` stopped the check in a traceback)."""
    stack: list[tuple[Any, tuple[Any, ...]]] = [(config, ())]
    seen: set[int] = set()
    while stack:
        value, path = stack.pop()
        if id(value) in seen:  # (a value an alias names again, or within itself)
            continue
        seen.add(id(value))
        entries = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        for key, entry in list(entries):
            if isinstance(entry, SlugFunction) and not _as_slugify((*path, key)):
                value[key] = None
            elif isinstance(entry, (dict, list)):
                stack.append((entry, (*path, key)))


def _as_slugify(path: tuple[Any, ...]) -> bool:
    """Whether a value of mkdocs.yml at `path` is the `slugify` of toc (headings' ids) or of pymdownx.tabbed (content
    tabs' ids, as Material's documentation sets it), in a list of extensions or a mapping of them."""
    return (
        len(path) in (3, 4)
        and path[0] == "markdown_extensions"
        and path[-1] == "slugify"
        and str(path[-2]).removeprefix("markdown.extensions.") in ("toc", "pymdownx.tabbed")
    )
