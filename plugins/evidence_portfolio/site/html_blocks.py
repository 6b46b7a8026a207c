"""A generated page's HTML blocks set apart from its Markdown, so that python-markdown does not parse them.

A generated page is Markdown (its headings, for the table of contents) around large HTML blocks (listings,
tables): python-markdown would parse every block only to hand it back unchanged. The engine gets the Markdown
with a marker (an HTML comment) in place of each block, and the blocks are put back in the rendered HTML, where
the marker is, before the page is sealed. A block is set apart only where python-markdown would keep it raw: a
block-level tag at the start of a line after a blank line, to its closing tag at the end of a line (and the
blocks right after it) before a blank line. The authors' own Markdown on a generated page (the overview's
introduction, the pack's self-assessment texts) is rendered as Markdown: it is inserted after the blocks are set
apart, and not looked into, but for a raw HTML block it leaves open, which `closed` closes at its end.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from markdown.util import BLOCK_LEVEL_ELEMENTS

from ..model.lazy_patterns import lazy_pattern
from ..reading.raw_html import lone_fences_kept_apart, unclosed_tags

_OPENING = lazy_pattern(r"<([a-z][a-z0-9]*)(?=[\s>])")


@dataclass(frozen=True)
class SetApart:
    """A page's Markdown with markers in place of its HTML blocks, and the blocks."""

    markdown: str
    blocks: tuple[str, ...]
    marker: str
    """The markers' prefix, new for every page: no text of the page can hold it."""

    def filled(self, html: str) -> str:
        """The page's rendered HTML with each block back in place of its marker."""
        for index, block in enumerate(self.blocks):
            html = html.replace(f"<!--{self.marker}{index}-->", block, 1)
        return html


def set_apart(markdown: str, texts: Mapping[str, str]) -> SetApart:
    """The HTML blocks of `markdown` set apart; then each key of `texts` (a placeholder the template wrote where an
    author's Markdown goes) replaced with its Markdown."""
    marker = f"portfolio-block-{secrets.token_hex(8)}-"
    lines = markdown.split("\n")
    kept: list[str] = []
    blocks: list[str] = []
    start = 0
    while start < len(lines):
        end = _block_end(lines, start) if start == 0 or not lines[start - 1].strip() else None
        if end is None:
            kept.append(lines[start])
            start += 1
            continue
        kept.append(f"<!--{marker}{len(blocks)}-->")
        blocks.append(restored("\n".join(lines[start : end + 1]), texts))
        start = end + 1
    return SetApart(restored("\n".join(kept), texts), tuple(blocks), marker)


def closed(markdown: str) -> str:
    """An author's Markdown with each raw HTML block it leaves open (a `<div>` never closed) closed at its end:
    python-markdown reads everything after an unclosed block-level tag as HTML, what a generated page puts after the
    text included, where another author's links would then show as typed, withheld addresses and all (a hostile
    review). Told as python-markdown tells them, outside its fenced code (reading.raw_html); and each fence it leaves
    alone, in no code block, kept from pairing with the next text's (`lone_fences_kept_apart`)."""
    markdown = lone_fences_kept_apart(markdown)
    tags = unclosed_tags(markdown)
    return markdown + "".join(f"\n</{tag}>" for tag in reversed(tags)) + "\n" if tags else markdown


def restored(markdown: str, texts: Mapping[str, str]) -> str:
    """`markdown` with the authors' Markdown in place of its placeholders."""
    for placeholder, text in texts.items():
        markdown = markdown.replace(placeholder, text)
    return markdown


def _block_end(lines: list[str], start: int) -> int | None:
    """The last line of the raw HTML that starts at `start`, if it does: one or more blocks, one after the other,
    each a block-level tag closed as often as it is opened, at the end of a line; the last one followed by a blank
    line (or by nothing)."""
    end = _tag_end(lines, start)
    while end is not None and end + 1 < len(lines) and lines[end + 1].strip():
        end = _tag_end(lines, end + 1)
    return end


def _tag_end(lines: list[str], start: int) -> int | None:
    """The line where the block-level tag that opens line `start` is closed, at its end."""
    opening = _OPENING.match(lines[start])
    if opening is None or opening.group(1) not in BLOCK_LEVEL_ELEMENTS:
        return None
    tag = opening.group(1)
    opens = re.compile(rf"<{tag}(?=[\s>])")
    closing = f"</{tag}>"
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        depth += len(opens.findall(line)) - line.count(closing)
        if depth <= 0:
            return index if depth == 0 and line.rstrip().endswith(closing) else None
    return None


SEARCH_EXCLUDE = "data-search-exclude"
"""The attribute that keeps an element out of Material's search index (the listings of generated pages)."""
_HEADING = lazy_pattern(r"<h[1-6](?=[\s>])")
_SEARCH_ATTRIBUTE = lazy_pattern(r'data-search-\w+="[^"]+"')


def without_search_attributes(html: str) -> str:
    """The page without the attributes Material's search takes out of every page it indexes, as its plugin does
    (`re.sub(r'\\s?data-search-\\w+="[^"]+"', "", html)`), each with the space before it; read from the attribute's
    name rather than from every character of the page, where an optional first space set the regular expression."""
    parts: list[str] = []
    done = 0
    for match in _SEARCH_ATTRIBUTE.finditer(html):
        start = match.start()
        if start > done and html[start - 1].isspace():
            start -= 1
        parts.append(html[done:start])
        done = match.end()
    return "".join(parts) + html[done:] if parts else html


def without_search_excluded(html: str) -> str:
    """A page's HTML without the elements Material's search leaves out of its index (each from its opening tag
    to its matching closing tag), for search to parse only what it indexes: the same index, from less HTML. An
    element search would not skip whole is kept, for search to read as it does: one whose end cannot be found,
    one that holds an element of its own name (search then stops skipping at the inner one's end) or a heading
    (search still opens a section there)."""
    parts: list[str] = []
    done = 0
    found = html.find(SEARCH_EXCLUDE)
    while found != -1:
        start = html.rfind("<", done, found)
        inside = start != -1 and html.find(">", start, found) == -1  # an attribute, not text
        opening = _OPENING.match(html, start) if inside else None
        end = _element_end(html, start, opening.group(1)) if opening else None
        if opening is None or end is None:
            found = html.find(SEARCH_EXCLUDE, found + 1)
            continue
        parts.append(html[done:start])
        done = end
        found = html.find(SEARCH_EXCLUDE, done)
    return "".join(parts) + html[done:] if parts else html


def _element_end(html: str, start: int, tag: str) -> int | None:
    """Where the element of `tag` that opens at `start` ends (after its closing tag), if it holds no element of
    the same name and no heading."""
    tags = re.compile(rf"<{tag}(?=[\s>])|</{tag}>")
    depth = 0
    for match in tags.finditer(html, start):
        depth += -1 if match.group().startswith("</") else 1
        if depth == 0:
            return None if _HEADING.search(html, start, match.start()) else match.end()
        if depth > 1:
            return None
    return None
