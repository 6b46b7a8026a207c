"""The scripts of a text of HTML (model/scripts.py): a part of the check of a page's scripts (reading/page_scripts.py)
that only bodies with HTML tags need.

The text is read twice: with the raw text of `<noscript>`, `<xmp>`, `<title>`, `<textarea>`, `<noembed>`,
`<noframes>` and `<iframe>` read as HTML (as html.parser reads it, and browsers without scripting read
`<noscript>`), and as text ending at its end tag (as browsers read it: `<noscript><p title="</noscript><img
onerror=...>">` holds a handler they run)."""

from __future__ import annotations

from html.parser import HTMLParser

from ..model.scripts import event_handler, script_runs
from .html_links import fed

_RAW_TEXT = frozenset(("noscript", "xmp", "title", "textarea", "noembed", "noframes", "iframe", "plaintext"))
"""The elements whose text browsers read as text to their end tag (<script> and <style> are read so by html.parser
too)."""


def html_scripts(html: str) -> list[tuple[int, str]]:
    """(line, from 0; what runs, to start a sentence) for every script of a text of HTML: a `<script>` that runs, an
    event handler attribute, a frame whose srcdoc holds either."""
    found: dict[tuple[int, str], None] = {}
    for raw_text in (False, True):
        finder = _ScriptFinder(raw_text)
        fed(finder, html)
        found.update(dict.fromkeys(finder.found))
    return sorted(found)


class _ScriptFinder(HTMLParser):
    def __init__(self, raw_text: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.raw_text = raw_text
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0] - 1
        kind = next((value for name, value in attrs if name == "type"), None)
        if tag == "script" and script_runs(kind):
            self.found.append((line, "A <script> element"))
        for name, value in attrs:
            if event_handler(name):
                self.found.append((line, f'The event handler "{name}" of the tag <{tag}>'))
            elif name == "srcdoc" and value and html_scripts(value):
                self.found.append((line, f"The srcdoc of the tag <{tag}>, which holds a script,"))
        if self.raw_text and tag in _RAW_TEXT:
            self.set_cdata_mode(tag)

    handle_startendtag = handle_starttag
