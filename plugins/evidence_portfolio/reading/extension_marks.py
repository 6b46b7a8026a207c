"""Lines written for a Markdown extension that mkdocs.yml does not turn on, which the page then shows as typed: a
footnote's text (`[^1]: Source`), an admonition (`!!! note`), a collapsible one (`??? tip`), a content tab
(`=== "Tab"`), an abbreviation (`*[HTML]: ...`), a checklist's box (`- [ ] Draft the survey`), a term's meaning
(`:   Less than 30 minutes`, below the term), a block of HTML whose Markdown is to be read (`<figure markdown>`), each
at the start of a line outside code, comments and raw HTML (careless contributors' reviews: a Word document converted to
Markdown showed its footnotes as `[^1]`, an action's checklist its boxes as `[ ]`; a review of valid portfolios: a
glossary, a photo with its caption in `<figure markdown>`, shown as typed without a word).
"""

from __future__ import annotations

import functools
import re

from ..model.lazy_patterns import lazy_pattern
from .shown_lines import ShownLines

MARKS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("footnotes", "a footnote's text", re.compile(r"^\[\^[^\]\s]+\]:[ \t]", re.MULTILINE)),
    ("admonition", "a note box", re.compile(r"^!!![ \t]+[A-Za-z]", re.MULTILINE)),
    ("pymdownx.details", "a note box that opens and closes", re.compile(r"^\?\?\?\+?[ \t]+[A-Za-z]", re.MULTILINE)),
    ("pymdownx.tabbed", "a tab", re.compile(r'^===\+?[ \t]+"', re.MULTILINE)),
    ("abbr", "an abbreviation", re.compile(r"^\*\[[^\]\n]+\]:[ \t]", re.MULTILINE)),
    ("pymdownx.tasklist", "a checklist's box", re.compile(r"^[-*+][ \t]+\[[ xX]\][ \t]", re.MULTILINE)),
    ("def_list", "a definition (a term's meaning)", re.compile(r"(?<=[^\n]\n):[ \t]{1,3}\S")),
    (
        "md_in_html",
        'a block of HTML whose Markdown is to be read (its "markdown" attribute)',
        re.compile(
            r"^ {0,3}<(?P<tag>[A-Za-z][A-Za-z0-9-]*)\b[^>\n]*\smarkdown(?:\s*=\s*[\"']?(?:1|block|span)[\"']?)?[\s/>]",
            re.MULTILINE,
        ),
    ),
)
"""Each extension, what its mark writes, and the mark at a line's start."""
_STARTS = ("[^", "!!!", "???", "===", "*[", "- [", "* [", "+ [", ":", "<")
"""How the marks start, looked for at the start of a line of a body before its lines are read."""
_STARTS_AFTER_A_BREAK = lazy_pattern("\n(?:" + "|".join(map(re.escape, _STARTS)) + ")")
"""A line break and the start of a mark: one search of a body for all of them (str's `in` reads the body again for
each, at about a fifth of the speed of a regular expression's search for a character, here the line break)."""
_BUNDLED_IN = dict.fromkeys(("footnotes", "abbr", "def_list", "md_in_html"), ("extra", "pymdownx.extra"))
"""The extensions that load others with them: python-markdown's `extra`, pymdown-extensions' `pymdownx.extra`."""


def marks_without_extension(body: str, extensions: tuple[str, ...]) -> list[tuple[int, str, str]]:
    """(line of the body, from 0; extension; what it writes) for the first line of the body written for each
    extension that `extensions` (the modules mkdocs.yml loads) leaves out."""
    if not body.startswith(_STARTS) and not _STARTS_AFTER_A_BREAK.search(body):  # most bodies: none
        return []
    found: list[tuple[int, str, str]] = []
    shown = ShownLines(body)  # (not a block of HTML, a `<pre>` showing `!!! note` as an example: a review)
    for extension, what, mark in _left_out(extensions):
        for match in mark.finditer(body):
            if "tag" in mark.groupindex and match["tag"].lower() not in _BLOCKS:
                continue  # (md_in_html reads blocks: `<span markdown>` is read the same without it, a review)
            line = shown.places.line(match.start())
            if shown(line, match.start()):
                found.append((line, extension, what))
                break
    return sorted(found)


@functools.cache
def _left_out(extensions: tuple[str, ...]) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The marks of the extensions that `extensions` leaves out (the same for every page of a project)."""
    return tuple(mark for mark in MARKS if not turned_on(mark[0], extensions))


def turned_on(extension: str, extensions: tuple[str, ...]) -> bool:
    """Whether `extensions` (the modules mkdocs.yml loads) turn on `extension`, alone or with others (`extra`)."""
    return not set(extensions).isdisjoint({extension, *_BUNDLED_IN.get(extension, ())})


_BLOCKS = frozenset(
    (
        *("address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt", "fieldset"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "li"),
        *("main", "nav", "ol", "p", "pre", "section", "table", "ul", "script", "style", "textarea", "iframe"),
        *("noscript", "canvas", "math", "video", "audio", "summary", "thead", "tbody", "tr", "td", "th", "center"),
    )
)
"""The tags python-markdown reads as the start of a block of HTML (its block_level_elements)."""
