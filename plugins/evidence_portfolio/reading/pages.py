"""Markdown files under evidence/: items (front matter with a `type`) and plain pages (guides, an about page)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model.framework import Framework
from ..model.item_types import item_only_keys
from ..model.items import Item
from ..model.problems import Problems, suggest
from ..model.vocabulary import AUDIENCES, Audience, as_audience
from .fields import FieldReader
from .front_matter import Source
from .item_reader import FRONT_MATTER_OFFSET, ItemReader
from .links import Link, scan_links
from .yaml_lines import LineMap


@dataclass(frozen=True)
class Page:
    """A Markdown file under `evidence/`: an item, or a plain page that passes through."""

    src_uri: str
    path: str
    meta: LineMap
    body: str
    body_line: int
    item: Item | None = None
    visibility: Audience = "public"
    """The item's visibility; a plain page's own `visibility`, public by default."""
    links: tuple[Link, ...] = ()
    """The links and images of its body."""

    @property
    def title(self) -> str | None:
        if self.item:
            return self.item.title
        title = self.meta.get("title")
        return title if isinstance(title, str) else None


def parse_page(
    src_uri: str,
    path: str,
    source: Source,
    framework: Framework | None,
    existing: frozenset[str],
    links_out: frozenset[str] = frozenset(),
) -> tuple[Page, Problems]:
    """Validate one page read by `read_source`. `existing` holds every file under evidence/, `links_out` the
    symbolic links there that lead outside it (for attachments)."""
    problems = Problems()
    meta = source.meta
    links = scan_links(source.body, source.body_line)
    if "type" in meta:
        item = ItemReader(src_uri, path, meta, framework, existing, links_out, problems).read()
        visibility: Audience = item.visibility if item else "internal"
        return Page(src_uri, path, meta, source.body, source.body_line, item, visibility, links), problems
    _check_plain(meta, path, problems)
    fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems)
    if "visibility" in meta and meta["visibility"] is None:  # empty: not the public default a reader would assume
        fields.error("visibility", f'"visibility" is empty; give one of {", ".join(AUDIENCES)}', "empty-value")
    chosen = fields.choice("visibility", AUDIENCES, "public")
    return Page(
        src_uri, path, meta, source.body, source.body_line, None, as_audience(chosen) or "internal", links
    ), problems


_PLAIN = "this page is not an item, and would be published to everyone"


def _check_plain(meta: LineMap, path: str, problems: Problems) -> None:
    """A page without `type` that looks like an item (a misspelt `type` or `visibility`, keys only items read) is
    an error: as a plain page it would be published to every audience."""
    for key in meta:
        line = meta.line_of(key) + FRONT_MATTER_OFFSET
        for meant, code, consequence in (
            ("type", "untyped-item", f'Without "type" {_PLAIN}'),
            ("visibility", "unread-visibility", "Until it is spelt right, this page would be published to everyone"),
        ):
            if key != meant and suggest(key, [meant]).startswith("; did you mean"):
                problems.add(code, path, line, f'unknown key "{key}"; did you mean "{meant}"? {consequence}')
    first = next((key for key in meta if key in item_only_keys()), None)
    if first is not None:
        problems.add(
            "untyped-item",
            path,
            meta.line_of(first) + FRONT_MATTER_OFFSET,
            f'"{first}" is only read on items, and this page has no "type", so {_PLAIN}; add "type: evidence" (or '
            "case-study, celebration, action, self-assessment)",
        )
