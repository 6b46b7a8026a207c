"""The scripts of a text of HTML (model/scripts.py): a part of the check of a page's scripts (reading/page_scripts.py)
that only bodies with HTML tags need."""

from __future__ import annotations

from html.parser import HTMLParser

from ..model.scripts import event_handler, script_runs


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
