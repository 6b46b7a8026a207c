"""Text a theme prints raw into HTML, made unable to open a tag or leave an attribute."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any


def inert(value: Any) -> Any:
    """A value a theme prints raw into HTML, its text unable to open a tag or leave an attribute (`<`, `>` and `"`
    written as character references, which read the same), and marked as such, so that a template's `| e` leaves it
    as it is; lists and mappings value by value."""
    from markupsafe import Markup  # imported when first needed: `portfolio check` never does

    if isinstance(value, str):
        return Markup(value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))
    if isinstance(value, list):
        return [inert(entry) for entry in value]
    if isinstance(value, Mapping):
        return {key: inert(entry) for key, entry in value.items()}
    return value


def with_inert_toc_title(configs: MutableMapping[str, Any]) -> None:
    """The `title` of the toc extension's options (`configs`, by extension), which Material and Zensical print raw
    above every page's table of contents, made inert."""
    toc = configs.get("toc")
    if isinstance(toc, MutableMapping) and "title" in toc:
        toc["title"] = inert(toc["title"])
