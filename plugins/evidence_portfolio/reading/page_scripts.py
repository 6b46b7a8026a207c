"""Scripts in a page's text (model/scripts.py): a `<script>` of its raw HTML that runs, an event handler attribute
(`onclick="..."`) of a tag or set with attr_list (`{: onclick="..." }`), a frame whose `srcdoc` holds either, and a
link that runs a script (`javascript:`). Each is an error at its line (`page-script`), and the page is published to
no one until it is taken out; the seal makes inert, in every build, whatever a page's HTML still holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape
from html.parser import HTMLParser

from ..model.scripts import SCRIPT_SCHEMES, event_handler, script_runs
from .links import Link, hidden_ranges

_TAG = re.compile(r"<[A-Za-z]")
_SET_IN_BRACES = re.compile(r"\{:?[^{}\n]*?(?<![\w:.-])(on[\w-]*)[ \t]*=", re.IGNORECASE)
"""An event handler set with attr_list: `{: onclick="..." }` after a heading, a paragraph or a link."""
_CONTROLS = re.compile(r"[\x00-\x20]")
"""What a browser drops from a URL's scheme (tabs, line breaks), or strips around it (spaces, control characters)."""


def scripts_in(body: str, links: Iterable[Link], first_line: int, attributes_set: bool = True) -> list[tuple[int, str]]:
    """(line of the file; what runs) for every script in a page's body outside its code and comments; `links`: the
    body's links (reading.links.scan_links), `first_line`: the line of the file the body starts on,
    `attributes_set`: attr_list is on."""
    found = [(link.line, f"a link to {scheme}...") for link in links if (scheme := _script_scheme(link.target))]
    if "<" not in body and "{" not in body:
        return found
    shown = _outside(body, hidden_ranges(body))
    if attributes_set and "{" in shown:
        for match in _SET_IN_BRACES.finditer(shown):
            line = first_line + shown.count("\n", 0, match.start())
            found.append((line, f'the event handler "{match[1]}" set in braces'))
    if _TAG.search(shown):
        found += [(first_line + line, what) for line, what in html_scripts(shown)]
    return sorted(found)


def html_scripts(html: str) -> list[tuple[int, str]]:
    """(line, from 0; what runs) for every script of a text of HTML: a `<script>` that runs, an event handler
    attribute, a frame whose srcdoc holds either."""
    finder = _ScriptFinder()
    try:
        finder.feed(html)
        finder.close()
    except (AssertionError, ValueError):  # HTMLParser gives up on some broken markup: keep what it found
        pass
    return finder.found


def _script_scheme(target: str) -> str | None:
    """The scheme of a link's address that runs a script, as a browser reads it (character references read, tabs and
    line breaks dropped), such as "javascript:"; None for any other address."""
    read = _CONTROLS.sub("", unescape(target))[:11].lower()
    return next((scheme for scheme in SCRIPT_SCHEMES if read.startswith(scheme)), None)


def _outside(body: str, hidden: list[tuple[int, int]]) -> str:
    """The body with its code and comments (`hidden`) made spaces, each line where it was."""
    pieces, done = [], 0
    for start, end in hidden:
        pieces += [body[done:start], re.sub(r"[^\n]", " ", body[start:end])]
        done = end
    return "".join([*pieces, body[done:]])


class _ScriptFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0] - 1
        kind = next((value for name, value in attrs if name == "type"), None)
        if tag == "script" and script_runs(kind):
            self.found.append((line, "a <script> element"))
        for name, value in attrs:
            if event_handler(name):
                self.found.append((line, f'the event handler {name}="..." of a <{tag}> tag'))
            elif name == "srcdoc" and value and html_scripts(value):
                self.found.append((line, f"a <{tag}> whose srcdoc holds a script"))

    handle_startendtag = handle_starttag
