"""Scripts in a page's text (model/scripts.py): a `<script>` of its raw HTML that runs, an event handler attribute
(`onclick="..."`) of a tag or set with attr_list (`{: onclick="..." }`), a frame whose `srcdoc` holds either, and a
link that runs a script (`javascript:`). Each is an error at its line (`page-script`), and the page is published to
no one until it is taken out; the seal makes inert, in every build, whatever a page's HTML still holds.

The text is read as python-markdown and browsers read it: not in code (fenced, indented or in backticks; backticks
inside a block of raw HTML are no code), not in a comment as a browser ends it (`<!-->`, `--!>`), and the raw text
of `<noscript>`, `<xmp>` and the like both as text and as HTML (see reading/html_scripts.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from html import unescape

from ..model.lazy_patterns import lazy_pattern
from ..model.scripts import SCRIPT_SCHEMES, event_handler
from .links import Link, hidden_ranges, indented_code_lines
from .raw_html import raw_lines

_TAG = lazy_pattern(r"<[A-Za-z]")
_BRACES = lazy_pattern(r"\{:?[ ]*([^}\n ][^}\n]*?)[ ]*\}")
"""Attributes in braces, as attr_list reads them."""
_CLOSES_AN_ELEMENT = frozenset(")]*_`~")
"""What ends the element that attributes written right after it are set on (a link, emphasis, code)."""
_CONTROLS = lazy_pattern(r"[\x00-\x20]")
"""What a browser drops from a URL's scheme (tabs, line breaks), or strips around it (spaces, control characters)."""


@dataclass(frozen=True)
class Script:
    """A script in a page's text."""

    line: int
    """Its line in the file."""
    what: str
    """What it is, to start a sentence: "A <script> element", "The event handler "onclick" of the tag <img>"."""
    link: bool = False
    """A link that runs a script (a link to a page or a file is what to write)."""


def scripts_in(body: str, links: Iterable[Link], first_line: int) -> list[Script]:
    """Every script in a page's body outside its code and comments; `links`: the body's links
    (reading.links.scan_links), `first_line`: the line of the file the body starts on. attr_list is read always:
    every build turns it on."""
    found = [
        Script(link.line, f"A link to {scheme}...", link=True)
        for link in links
        if (scheme := _script_scheme(link.target))
    ]
    if "<" not in body and "{" not in body:
        return found
    shown = _shown(body)
    if "{" in shown:
        for match in _BRACES.finditer(shown):
            if _sets_attributes(shown, match):
                line = first_line + shown.count("\n", 0, match.start())
                found += [Script(line, f'The event handler "{name}" set in braces') for name in _handlers_in(match[1])]
    if _TAG.search(shown):
        from .html_scripts import html_scripts  # here: most bodies hold no HTML, and html.parser takes 4 ms to import

        found += [Script(first_line + line, what) for line, what in html_scripts(shown)]
    code = indented_code_lines(body) if found else frozenset()
    return sorted((script for script in found if script.line - first_line not in code), key=lambda s: s.line)


def html_shown(body: str) -> str | None:
    """A page's body as a browser reads its HTML: its code and comments made spaces, each line where it was; None
    where it holds no tag."""
    return _shown(body) if _TAG.search(body) else None


@lru_cache(maxsize=1)
def _shown(body: str) -> str:
    """The body with its code and comments made spaces, each line where it was: read once for a page's scripts and
    once for its HTML's depth (the same text, so the last one is kept)."""
    return _outside(body, _hidden(body))


def _script_scheme(target: str) -> str | None:
    """The scheme of a link's address that runs a script, as a browser reads it (character references read, tabs and
    line breaks dropped), such as "javascript:"; None for any other address."""
    if "&" not in target and "script" not in target.lower():  # (most addresses)
        return None
    read = _CONTROLS.sub("", unescape(target))[:11].lower()
    return next((scheme for scheme in SCRIPT_SCHEMES if read.startswith(scheme)), None)


def _sets_attributes(text: str, braces: re.Match[str]) -> bool:
    """Whether attr_list reads the braces as attributes: at the end of a line (a heading's, a list entry's, a
    paragraph's last), or right after an element (`[link](x){...}`, `*words*{...}`), not in a sentence."""
    end = text.find("\n", braces.end())
    rest = text[braces.end() : len(text) if end < 0 else end]
    return not rest.strip() or (braces.start() > 0 and text[braces.start() - 1] in _CLOSES_AN_ELEMENT)


def _handlers_in(written: str) -> list[str]:
    """The event handlers among the attributes written in braces, as attr_list reads them."""
    from markdown.extensions.attr_list import get_attrs_and_remainder

    return [str(name) for name, _ in get_attrs_and_remainder(written)[0] if event_handler(str(name))]


def _hidden(body: str) -> list[tuple[int, int]]:
    """What of the body is not read for scripts: code, as python-markdown reads it (a code span in a block of raw
    HTML is none), and comments, as a browser ends them (`<!-->`, `--!>`), outside code."""
    code = [span for span in hidden_ranges(body) if not body.startswith("<!--", span[0])]
    if code and _TAG.search(body):
        raw = raw_lines(body)
        code = [
            (start, end)
            for start, end in code
            if not (body[start] == "`" and not body.startswith("```", start) and body.count("\n", 0, start) in raw)
        ]
    comments, start = [], body.find("<!--")
    while start >= 0:
        if not any(a <= start < b for a, b in code):
            closes = [at + len(mark) for mark in ("-->", "--!>") if (at := body.find(mark, start + 4)) >= 0]
            quick = next((len(mark) for mark in ("<!-->", "<!--->") if body.startswith(mark, start)), 0)
            if not quick and not closes:
                break
            end = start + quick if quick else min(closes)
            comments.append((start, end))
            start = body.find("<!--", end)
        else:
            start = body.find("<!--", start + 4)
    return sorted(code + comments)


def _outside(body: str, hidden: list[tuple[int, int]]) -> str:
    """The body with its code and comments (`hidden`) made spaces, each line where it was."""
    pieces, done = [], 0
    for start, end in hidden:
        start = max(start, done)
        pieces += [body[done:start], re.sub(r"[^\n]", " ", body[start:end])]
        done = max(done, end)
    return "".join([*pieces, body[done:]])
