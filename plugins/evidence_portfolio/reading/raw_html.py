"""A raw HTML block that an author's Markdown leaves open, found as python-markdown finds it.

python-markdown reads a block-level tag at the start of a line (`<div>`) as the start of raw HTML, which runs to
the tag that closes it: never closed, the rest of the text is raw HTML, shown as typed, Markdown marks and the
addresses of its links included. Its fenced code blocks are set apart first, by its own rules (`fenced_code`: a
fence at the start of a line, closed by the same fence, never closed not code at all), which are not CommonMark's.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from ..model.lazy_patterns import lazy_pattern

MAY_OPEN = lazy_pattern(r"^ {0,3}<[A-Za-z]", re.MULTILINE)
"""A tag at the start of a line (after up to three spaces), where a raw HTML block may start: most texts have none."""


def open_block(text: str, md_in_html: bool = False) -> tuple[int, str] | None:
    """The line (from 0) and tag of the raw HTML block `text` leaves open, as python-markdown reads it; None when it
    leaves none open, or, where `md_in_html` is on, none but blocks whose every tag md_in_html reads as Markdown
    (`<div markdown>`, not `markdown="0"` nor `<pre markdown>`: md_in_html's own reading of each), whose rest it
    reads as Markdown, and closes at the end (a hostile review: `<div markdown>` never closed was told that the rest
    of the page was shown as typed, and stopped the build)."""
    extractor = _read(text)
    if extractor is None or (md_in_html and all(state in ("block", "span") for state in extractor.states)):
        return None
    return extractor.opened_at - 1, extractor.stack[0]


def unclosed_tags(text: str) -> list[str]:
    """The tags of the raw HTML block `text` leaves open, outermost first (none when it leaves none open)."""
    extractor = _read(text)
    return list(extractor.stack) if extractor else []


def raw_lines(text: str) -> frozenset[int]:
    """The lines (from 0) of `text` in raw HTML blocks, as python-markdown reads them: passed through as written, an
    indented line after an empty one included (`<div>` / `` / `    <a href="x.md">`: a real link, not indented code).
    Not the lines of a block whose tag has a `markdown` attribute, whose text md_in_html may read as Markdown."""
    return _raw_blocks(text)[0]


def markdown_attribute(tag: str) -> str:
    """The attribute that has md_in_html read a block's text as Markdown, lists and headings included: `markdown`,
    or `markdown="block"` for the tags whose text it reads as a line's words alone (`<td>`, `<p>`, `<li>`,
    `<summary>`: its `span_tags`, where `markdown` shows a list as typed still, a review)."""
    return 'markdown="block"' if tag in _md_in_html().span_tags else "markdown"


@functools.cache
def _md_in_html() -> Any:
    """md_in_html's own reader of raw HTML, for its reading of a tag (`get_state`) and its tags: `span_tags` (their
    text read as a line's words, unless `markdown="block"`) and `raw_tags` (their text never read as Markdown, a
    `markdown` attribute or not: `<pre>`, `<canvas>`)."""
    from markdown import Markdown
    from markdown.extensions.md_in_html import HTMLExtractorExtra

    return HTMLExtractorExtra(Markdown())


class Around:
    """The block-level tags around a piece of text in a raw HTML block, each with its line (from 0): the innermost,
    and those around it. Linked, not a tuple copied as each tag opens (text nested 10,000 tags deep took 10 s)."""

    __slots__ = ("line", "outer", "outermost", "tag")

    def __init__(self, outer: Around | None, tag: str, line: int) -> None:
        self.outer, self.tag, self.line = outer, tag, line
        self.outermost: tuple[str, int] = outer.outermost if outer else (tag, line)
        """The tag starting the block, with its line."""

    def tags(self) -> tuple[tuple[str, int], ...]:
        """The tags, outermost first, each with its line."""
        tags: list[tuple[str, int]] = []
        around: Around | None = self
        while around is not None:
            tags.append((around.tag, around.line))
            around = around.outer
        return tuple(reversed(tags))


def raw_text_holders(text: str) -> dict[int, Around]:
    """For each line (from 0) holding text (not tags alone) in a raw HTML block passed through as written (and closed:
    one left open is told as such, see open_block), the block-level tags around that text (the first text on the line):
    those a `markdown` attribute must be written in for md_in_html to read the text as Markdown (in the outermost, and
    each one inside it). No line whose text is inside a tag md_in_html never reads (its raw_tags: `<pre>`)."""
    return _raw_blocks(text)[1]


@functools.lru_cache(maxsize=1)
def _raw_blocks(text: str) -> tuple[frozenset[int], dict[int, Around]]:
    """raw_lines and raw_text_holders, read once for a page, which the checks of its lists, tables, links and raw
    HTML each ask."""
    extractor = _extracted(text)
    if extractor is None:
        return frozenset(), {}
    left_open = [(extractor.opened_at, extractor.getpos()[0])] if extractor.inraw and extractor.kept else []
    lines = frozenset(line - 1 for first, last in [*extractor.blocks, *left_open] for line in range(first, last + 1))
    return lines, extractor.held


def _read(text: str) -> Any:
    """python-markdown's reader of raw HTML, having read `text` outside its fenced code, when a block is left open;
    None when none is."""
    extractor = _extracted(text)
    return extractor if extractor is not None and extractor.inraw and extractor.stack else None


def _extracted(text: str) -> Any:
    """python-markdown's reader of raw HTML, having read `text` outside its fenced code; None when no line of it may
    start a block (most texts: cheap to tell)."""
    if "<" not in text:
        return None
    read = outside_fenced_code(text)
    if not MAY_OPEN.search(read):
        return None
    extractor = _extractor()
    extractor.reset()
    extractor.md.htmlStash.reset()  # what one text set apart is not kept for the next
    extractor.feed(read)
    extractor.close()  # what is left unfinished (`<?`, `<![`) read as python-markdown reads it at the end
    return extractor


def outside_fenced_code(text: str) -> str:
    """`text` as python-markdown reads it for raw HTML (its reading of line breaks and tabs, without the characters it
    keeps for itself), with the lines of its fenced code blocks (fences included) made blank, as `fenced_code` finds
    them: its own search, skipping a fence whose `{...}` is not closed as it reads braces. Each line stays where it
    was."""
    from markdown.extensions.attr_list import get_attrs_and_remainder
    from markdown.extensions.fenced_code import FencedBlockPreprocessor

    text = text.replace("\x02", "").replace("\x03", "").replace("\r\n", "\n").replace("\r", "\n").expandtabs(4)
    if "```" not in text and "~~~" not in text:
        return text
    searched = text + "\n"
    blanked, done, start = [], 0, 0
    while block := FencedBlockPreprocessor.FENCED_BLOCK_RE.search(searched, start):
        if block.group("attrs") and get_attrs_and_remainder(block.group("attrs"))[1]:
            start = block.end("attrs")  # braces not closed: no code block here, as python-markdown reads it
            continue
        end = min(block.end(), len(text))
        blanked += [text[done : block.start()], "\n" * text.count("\n", block.start(), end)]
        done = start = end
    return "".join([*blanked, text[done:]])


_FENCE_LINE = lazy_pattern(r"^(?=```|~~~)", re.MULTILINE)
"""The start of a line that starts as a fence does."""


def lone_fences_kept_apart(text: str) -> str:
    """`text` with each line that starts as a fence but is in no fenced code block, as python-markdown reads it
    (`outside_fenced_code`: shown as typed), made to start with the character's reference: the same text on its
    own, and no fence that another text's, put after it on one page, would close (a hostile review: the code block
    so made swallowed what came between, another author's link shown as typed among it)."""
    if "```" not in text and "~~~" not in text:
        return text
    lines, read = text.split("\n"), outside_fenced_code(text).split("\n")
    kept = [
        ("&#96;" if line[0] == "`" else "&#126;") + line[1:] if _FENCE_LINE.match(line) and line == seen else line
        for line, seen in zip(lines, read, strict=False)
    ]
    return "\n".join(kept)


@functools.cache
def _extractor() -> Any:
    """python-markdown's own reader of raw HTML, telling where the block left open started."""
    from markdown import Markdown
    from markdown.htmlparser import HTMLExtractor

    class Extractor(HTMLExtractor):
        opened_at = 0
        """The line (from 1) of the tag that started the raw HTML block being read."""
        kept = False
        """Whether that block is passed through as written (its tag has no `markdown` attribute)."""
        blocks: list[tuple[int, int]]
        """The first and last lines (from 1) of each such block read to its end."""
        held: dict[int, Around]
        """The block-level tags around each line (from 0) of text in such a block read to its end (raw_text_holders:
        a block left open is told as such)."""
        holding: dict[int, Around]
        """The same for the block being read."""
        opened: list[tuple[Around | None, bool]]
        """For each tag open in the block (the parser's `stack`), the block-level tags around the text inside it,
        itself included if block-level, and whether md_in_html never reads that text (inside `<pre>`). Found as
        each tag opens, not for each piece of text (each read through the tags open around it, text nested 4,000
        tags deep took 22 s for 118 KB)."""
        states: list[str]
        """md_in_html's reading of each of those tags (get_state: "block", "span" or "off"; a tag that is not a
        block's, `<b>`, as the one around it)."""

        def reset(self) -> None:
            super().reset()
            self.blocks, self.held, self.holding, self.opened, self.states = [], {}, {}, [], []

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            started = not self.inraw
            super().handle_starttag(tag, attrs)
            if started and self.inraw:
                self.opened_at = self.getpos()[0]
                self.kept = not any(name == "markdown" for name, _ in attrs)
                self.opened, self.states, self.holding = [], [], {}
            if self.inraw and len(self.stack) > len(self.opened):
                around, never = self.opened[-1] if self.opened else (None, False)
                if self.md.is_block_level(tag) and not never:
                    around = Around(around, tag, self.getpos()[0] - 1)
                self.opened.append((around, never or tag in _md_in_html().raw_tags))
                self.states.append(self._state(tag, attrs))

        def handle_endtag(self, tag: str) -> None:
            ended = self.inraw
            super().handle_endtag(tag)
            del self.opened[len(self.stack) :], self.states[len(self.stack) :]
            if ended and not self.inraw and self.kept:
                self.blocks.append((self.opened_at, self.getpos()[0]))
                self.held.update(self.holding)

        def _state(self, tag: str, attrs: Any) -> str:
            """md_in_html's reading of a tag opened inside the tags open (its `get_state`, under the last's)."""
            if not self.md.is_block_level(tag):
                return self.states[-1] if self.states else "off"
            reader = _md_in_html()
            reader.mdstate = self.states[-1:]
            return str(reader.get_state(tag, {name: name if value is None else value for name, value in attrs}))

        def handle_data(self, data: str) -> None:
            super().handle_data(data)
            if self.inraw and self.kept:
                around, never = self.opened[-1] if self.opened else (None, True)
                if around is None or never:
                    return
                first = self.getpos()[0] - 1
                for line, written in enumerate(data.split("\n"), first):
                    if written.strip():
                        self.holding.setdefault(line, around)

    return Extractor(Markdown())
