"""The URLs in the raw HTML of a page's Markdown (`<a href>`, `<img src>`, `<object data>`...), with their spans in
the text, and whether the browser loads them as the page opens: a part of the link scan (reading/links.py) that only
bodies with HTML tags need."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..model.lazy_patterns import lazy_pattern
from ..model.urls import URL_ATTRIBUTES, URL_LIST_ATTRIBUTES, loads

_SCANNED = URL_ATTRIBUTES | URL_LIST_ATTRIBUTES.keys() | {"style"}
"""The attributes read for links: a style's `url()` too (a hostile review: a photo a public page shows as a
background was published, and the check said no page referred to it); a stylesheet's is left to the seal of the
rendered page."""
_STYLE_URL = lazy_pattern(
    r"""url\(\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|&quot;(?P<entity>.*?)&quot;"""
    r"""|&#0*39;(?P<apostrophe>.*?)&#0*39;|(?P<bare>[^\s"')&]+))\s*\)""",
    re.IGNORECASE,
)
"""A URL in a style (`background-image: url('photo.jpg')`), in quotes or not, or in quotes written as character
references (`url(&quot;x&quot;)`, as a browser's developer tools copy a style: a review of the change)."""


class _AttributeFinder(HTMLParser):
    """The URLs in a text's HTML tags, with their spans in the text and whether they load (model.urls.loads)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        self.spans: list[tuple[int, int, bool]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = [name for name, value in attrs if name in _SCANNED and value]
        if not names:
            return
        line, column = self.getpos()
        start = self.line_starts[line - 1] + column
        raw = self.get_starttag_text() or ""
        for name, value in attrs:
            if name in names and value:
                loaded = loads(tag, name)
                self.spans.extend((*span, loaded) for span in _value_spans(raw, start, name))

    handle_startendtag = handle_starttag


_ATTRIBUTE = lazy_pattern(
    r"""(?P<space>\s*)(?P<name>[^\s/>"'=]+)(?:\s*=\s*(?:"(?P<double>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s"'=<>`]+)))?"""
)


def written_attributes(raw: str) -> list[re.Match[str]]:
    """The attributes of the start tag `raw` as written, after its name: each with the spaces before it (group
    "space"), its name ("name") and its value, in the group value_group names."""
    name = re.match(r"<[^\s/>]*", raw)
    return list(_ATTRIBUTE.finditer(raw, name.end() if name else len(raw)))


def value_group(attribute: re.Match[str]) -> str | None:
    """The group of a written attribute (written_attributes) holding its value: "double" (in double quotes),
    "single" or "bare"; None for an attribute without one."""
    return next((group for group in ("double", "single", "bare") if attribute[group] is not None), None)


def _value_spans(raw: str, offset: int, name: str) -> list[tuple[int, int]]:
    """Where the value of attribute `name` is in the start tag `raw` (at `offset` in the text); srcset and ping
    values give one span per URL."""
    for match in written_attributes(raw):
        if match["name"].lower() != name:
            continue
        group = value_group(match)
        if group is None:
            return []
        start, end = match.span(group)
        if name in URL_LIST_ATTRIBUTES:
            return [(offset + start + a, offset + start + b) for a, b in url_list_spans(raw[start:end], name)]
        if name == "style":
            found = _STYLE_URL.finditer(raw, start, end)
            return [
                (offset + url.start(kind), offset + url.end(kind)) for url in found for kind in _QUOTED if url[kind]
            ]
        return [(offset + start, offset + end)]
    return []


_QUOTED = ("double", "single", "entity", "apostrophe", "bare")
"""The groups of _STYLE_URL, one of which holds the URL."""


def url_list_spans(value: str, name: str) -> list[tuple[int, int]]:
    """The URLs of a srcset ("a.png 1x, b.png 2x") or ping ("a b") value, as spans."""
    if URL_LIST_ATTRIBUTES[name] == " ":
        return [m.span() for m in re.finditer(r"\S+", value)]
    spans, index = [], 0
    while index < len(value):
        while index < len(value) and (value[index].isspace() or value[index] == ","):
            index += 1
        start = index
        while index < len(value) and not value[index].isspace():
            index += 1
        end = index
        while end > start and value[end - 1] == ",":
            end -= 1
        if end > start:
            spans.append((start, end))
        if end < index:  # the URL ended with its comma: no descriptor follows
            continue
        comma = value.find(",", index)
        index = len(value) if comma == -1 else comma + 1
    return spans


def html_urls(body: str) -> list[tuple[int, int, bool]]:
    # html.parser reads an unclosed "<!--" as a comment to the end, hiding the tags after it; python-markdown
    # writes it out as text, and the tags after it stay tags. Read them as tags (same length: offsets hold).
    start = body.rfind("<!--")
    if start != -1 and body.find("-->", start + 4) == -1:
        body = body[:start] + " " + body[start + 1 :]
    finder = _AttributeFinder(body)
    fed(finder, body)
    return finder.spans


def fed(parser: HTMLParser, text: str) -> None:
    """`text` read by `parser` to its end, or to where html.parser gives up on some broken markup (what it found
    stays)."""
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):
        pass


def taken_for_a_tag(tag: str, attrs: list[tuple[str, str | None]], written: str) -> bool:
    """Whether a start tag is an address, a path or a note naming one, taken for a tag (`<www.example.org/fees>`,
    `<example.org>`, `<partnerships/do/note.md>`, `<see the note at x.md>`): its name or an attribute's holds a
    dot, or a "/" follows its name with more than ">" (not `<br/>`). A browser shows nothing of it, and its name and
    attributes would keep the address, perhaps a withheld page's, in the page's source (reviews of valid pages and a
    hostile one)."""
    return "." in tag or any("." in name for name, _ in attrs) or _SLASH_AFTER_NAME.match(written) is not None


_SLASH_AFTER_NAME = lazy_pattern(r"<[^\s/>]+/+[^\s/>]")
