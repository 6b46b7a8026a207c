"""Where a text names a file, read as widely as a browser or an engine might read it: for what a build must not
publish because something withheld names it, where the scan of links (reading/links.py) is not to be relied on
(a style's url(), an attribute attr_list sets, an escape, a script, a sentence)."""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator
from urllib.parse import unquote

from ..model.lazy_patterns import lazy_pattern
from ..model.urls import css_unescaped, numbered_character


class Mentions:
    """A text as a browser or an engine may read a file's name in it, in small letters, read several ways one after
    another: with character references, CSS escapes and percent-encoding undone (twice: one may hide another); so
    again without the tabs and line breaks a browser drops from a URL; with backslashes read as slashes, as a
    browser reads them in a URL, rather than as CSS escapes; and with the escapes of YAML and JavaScript strings
    (`\\x41`, `\\u0041`, an escaped line break) undone; and as a reader reads it on the page, without HTML tags and
    comments, Markdown's marks (`**report**.pdf`) and the characters that do not show (a soft hyphen, a zero-width
    space)."""

    def __init__(self, text: str) -> None:
        escaped = slashed = quoted = text
        for _ in range(2):
            escaped = unquote(css_unescaped(html.unescape(escaped)))
            slashed = unquote(html.unescape(slashed).replace("\\", "/")).replace("\\", "/")
            quoted = unquote(_STRING_ESCAPE.sub(_string_character, html.unescape(_YAML_BREAK.sub("", quoted))))
        joined = _URL_WHITESPACE.sub("", escaped)
        shown = _MARKUP.sub("", UNSEEN.sub("", html.unescape(_without_tags(escaped))))
        # and with each run of spaces, tabs, line breaks and no-break spaces as the one space a reader sees: a name
        # of several words wrapped onto the next line ("the May\nminutes.pdf") or spaced twice (a hostile review)
        spaced = _SPACES.sub(" ", shown)
        readings = (escaped, joined, slashed, quoted, shown, *([spaced] if spaced != shown else []))
        self.text = unicodedata.normalize("NFC", "\x00".join(readings)).casefold()
        words = _WORD.findall(self.text)
        self.words = frozenset((*words, *(word.strip("._") for word in words)))
        """Each word, and each without the dots and underscores around it ("report.pdf." ends a sentence, and
        "_report.pdf_" is Markdown's emphasis)."""

    @classmethod
    def joined(cls, parts: Iterable[Mentions]) -> Mentions:
        """The texts of several, as one (each read already)."""
        joined = cls.__new__(cls)
        found = list(parts)
        joined.text = "\x00".join(part.text for part in found)
        joined.words = frozenset().union(*(part.words for part in found))
        return joined

    def addresses(self) -> set[str]:
        """Every run of the text that may be an address (no spaces, quotes, brackets or the like in it), in small
        letters: what a link the scan of links does not read (set by attr_list, in a script, in a page of HTML)
        may lead to, read as written ("../", "./board", "old/../board")."""
        return set(_ADDRESS.findall(self.text))

    def name(self, name: str) -> bool:
        """Whether the text names a file called `name`: not as a part of a longer name."""
        wanted = unicodedata.normalize("NFC", name).casefold()
        if _WORD.fullmatch(wanted):
            return wanted in self.words  # most names: one word, which the text holds or not
        tail = _LAST_WORD.search(wanted)
        if tail is not None and tail[0] not in self.words and tail[0].strip("._") not in self.words:
            return False
        spaced = _SPACES.sub(" ", wanted)  # (a name of several words, as a reader sees it written in a sentence)
        return any(
            re.search(rf"(?<![^\W_]|-){re.escape(form)}(?![^\W_]|-)", self.text) is not None
            for form in dict.fromkeys((wanted, spaced))
        )


def texts_in(value: object) -> Iterator[str]:
    """Every text in a value read from YAML (a page's front matter), keys too."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from texts_in(key)
            yield from texts_in(inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            yield from texts_in(inner)


reads_further = re.compile(r".*\.(?:s?html?|xht|xhtml|svg|css|js|mjs|xml|xslt?)", re.IGNORECASE).fullmatch
"""Whether a browser reads further files from a file, by its name: a page of HTML, an image of SVG, a stylesheet, a
script."""


def _string_character(escape: re.Match[str]) -> str:
    """What an escape of a YAML or JavaScript string stands for: a character by its number."""
    return numbered_character(int(next(group for group in escape.groups() if group), 16))


_STRING_ESCAPE = lazy_pattern(r"\\(?:x([0-9a-fA-F]{2})|u\{([0-9a-fA-F]{1,6})\}|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))")
_YAML_BREAK = lazy_pattern(r"\\\r?\n[ \t]*")
"""An escaped line break of a YAML string in double quotes, which YAML reads as nothing, the next line's indent
with it ("yaml\\⏎    secret.pdf" is "yamlsecret.pdf")."""


def _without_tags(text: str) -> str:
    """Text without its HTML comments and tags, which a reader does not see in the text around it: as `<!--.*?-->`
    then `<[^>]*>` remove them, by a walk through the text (each "<" of 60,000 without an end went to the end of the
    text: a hostile review)."""
    kept, last, start = [], 0, text.find("<")
    while start >= 0:
        end = text.find("-->", start + 4) if text.startswith("<!--", start) else -1
        end = end + 3 if end >= 0 else text.find(">", start + 1) + 1
        if end <= 0:  # no ">" after it: no tag ends after it either
            break
        kept.append(text[last:start])
        last = end
        start = text.find("<", end)
    return "".join(kept) + text[last:]


UNSEEN = lazy_pattern("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
"""Characters that do not show: a soft hyphen, zero-width spaces and joiners, direction marks."""
_MARKUP = lazy_pattern(r"[*_`~]")
"""Markdown's marks of emphasis, code and deletion, which a reader does not see either."""
_SPACES = lazy_pattern(r"[^\S\x00]{2,}|[^\S \x00]")
"""A run of what shows as one space between words: two or more white spaces, or one other than a space (a tab, a
line break, a no-break space)."""
_URL_WHITESPACE = lazy_pattern(r"[\t\n\r]")
"""What a browser drops from a URL, wherever it is in it."""
_ADDRESS = lazy_pattern(r"[^\s\x00\"'`<>()\[\]{}=,;|*]{1,300}")
"""A run of a text that may be an address: up to the characters that end one in HTML, CSS, JavaScript or prose."""
_WORD = lazy_pattern(r"[\w.-]+")
"""A run of the characters a file's name may go on with: letters and digits, dots, hyphens, underscores."""
_LAST_WORD = lazy_pattern(r"[\w.-]+\Z")
