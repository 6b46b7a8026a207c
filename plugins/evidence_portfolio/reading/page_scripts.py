"""Scripts in a page's text (model/scripts.py): a `<script>` of its raw HTML that runs, an event handler attribute
(`onclick="..."`) of a tag or set with attr_list (`{: onclick="..." }`), a frame whose `srcdoc` holds either, and a
link that runs a script (`javascript:`). Each is an error at its line (`page-script`), and the page is published to
no one until it is taken out; the seal makes inert, in every build, whatever a page's HTML still holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import unescape

from ..model.scripts import SCRIPT_SCHEMES
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
        from .html_scripts import html_scripts  # here: most bodies hold no HTML, and html.parser takes 4 ms to import

        found += [(first_line + line, what) for line, what in html_scripts(shown)]
    return sorted(found)


def _script_scheme(target: str) -> str | None:
    """The scheme of a link's address that runs a script, as a browser reads it (character references read, tabs and
    line breaks dropped), such as "javascript:"; None for any other address."""
    if "&" not in target and "script" not in target.lower():  # (most addresses)
        return None
    read = _CONTROLS.sub("", unescape(target))[:11].lower()
    return next((scheme for scheme in SCRIPT_SCHEMES if read.startswith(scheme)), None)


def _outside(body: str, hidden: list[tuple[int, int]]) -> str:
    """The body with its code and comments (`hidden`) made spaces, each line where it was."""
    pieces, done = [], 0
    for start, end in hidden:
        pieces += [body[done:start], re.sub(r"[^\n]", " ", body[start:end])]
        done = end
    return "".join([*pieces, body[done:]])
