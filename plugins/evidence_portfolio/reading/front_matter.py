"""A Markdown file read: its front matter (YAML between `---` lines at the very top) split from its body.

Front matter is only read when the file's first line is exactly `---`. A file that looks as if it meant to have
front matter but does not start that way (a blank line first, a dash pasted from a word processor, `key: value`
lines without the `---` above them) is an error rather than a plain page: a plain page is published to everyone,
so an item whose front matter was not read would reach every audience.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from itertools import pairwise

from ..model.item_types import (
    ITEM_TYPES,
    PAGE_KEYS,
    VISIBILITY,
    WITHHOLDING_WORDS,
    ItemType,
    every_field,
    item_only_keys,
)
from ..model.lazy_patterns import lazy_pattern
from ..model.narrative import FENCE, closes_fence
from ..model.problems import Problems, shortened, suggest
from ..model.vocabulary import AUDIENCES, Audience, as_audience, default_visibility
from .fields import as_written, kind_of
from .kept_from_public import a_marking, all_it_says, kept_to
from .links import without_comments
from .plain_lines import load_front_matter
from .text import LINE_BREAKING, decode
from .yaml_lines import (
    LineMap,
    Vocabulary,
    YamlProblem,
    escaped_characters,
    hashes_read_as_comments,
    odd_space,
    pasted_character,
    pasted_characters,
)

_OPENING = lazy_pattern(r"---[ \t]*(?:\n|\Z)")
_CLOSING = lazy_pattern(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)
_CROWDED_CLOSING = lazy_pattern(r"^---[ \t]*([^\s\-.\u200b\ufeff].*)$", re.MULTILINE)
"""A line meant to close front matter with more after it on the same line ("--- ## Context")."""
_HYPHENS = r"\-\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
_MARK = r"_*=~+" + _HYPHENS
_DASH = r"\s" + _MARK
_ODD_SPACE = "\u00a0" + "".join(map(chr, range(0x2000, 0x200C))) + "\u202f\u205f\u3000\ufeff"
"""Spaces a word processor types that are not the space bar's, and characters that take no room."""
_KEY_LIKE = lazy_pattern(r"[ \t]*(?:$|#|- |[A-Za-z_][\w -]*:)|[ \t]+\S")
"""A line front matter holds: a key's, a list's entry, an indented line of a value, a comment or a blank line (not
a heading or a sentence of the body: a rule of "***" deep in it was taken for the line meant to close the front
matter, a review)."""
_RULE_OR_ELLIPSIS = lazy_pattern(r"^[ \t]*(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|\u2026)[ \t]*$", re.MULTILINE)
"""A line of "***" or "___" (a rule, in Markdown), or the one character "…" Word makes of "...": not the line that
closes front matter, but one a contributor may have meant for it (a careless contributor's review)."""
_ALMOST_CLOSING = lazy_pattern(
    rf"^[ \t{_ODD_SPACE}]*(?:[{_HYPHENS}](?:[ \t{_ODD_SPACE}]*[{_HYPHENS}])+|[\u2013-\u2015])[ \t{_ODD_SPACE}]*$",
    re.MULTILINE,
)
"""A line of hyphens or dashes but not the three hyphens that close front matter: "----", "- - -", "———", the one
dash a word processor makes of "---" (not a heading's underline of "=", nor a rule of "*" or "_"), or "---" with a
space that is not the space bar's, or an invisible character, beside it."""
_DASHES = lazy_pattern(f"[{_DASH}]+")
"""A line of dashes of any sort (hyphens, en and em dashes, minus signs...), as a word processor may write `---`,
or the `+++` of TOML front matter."""
_NOTHING_ON_SCREEN = r"\x00\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
_INVISIBLE = lazy_pattern(f"[{_NOTHING_ON_SCREEN}]")
"""Characters that take no room on screen (a zero-width space, a soft hyphen...): "\u200b---" looks like "---"."""
_DASH_FIRST = lazy_pattern(f"\\n(?:[^\\S\\n]|[{_NOTHING_ON_SCREEN}])*[{_MARK}]")
"""A line whose first character on screen is a dash, as every line of dashes is, with the line break before it."""
_CODE_INDENT = ("    ", "\t")
"""A line of Markdown indented this much is code (after a blank line), not a line that opens front matter."""
_COMMENT_OPENING = lazy_pattern(r" {0,3}<!--")
"""A line opening an HTML comment, which Markdown leaves as it is until the line that closes it."""
_KEY_LINE = lazy_pattern(
    r"[ \t\u00a0]*[\"']?(?P<key>[A-Za-z_][A-Za-z0-9_ \u00a0-]{0,60}?)[\"']?[ \t\u00a0]{0,20}[:=](?:[ \t\u00a0]|$)"
)
"""A `key: value` line (or TOML's `key = value`); a key is short, and so is the space after it, so that a line of a
word and thousands of spaces is not tried at every length (it took minutes: a hostile review)."""
_SETTING_KEYS = ("type", "visibility")
"""The keys that decide who sees a page: one written where it is not read would publish the page to everyone."""
_SETTING = r"(?P<key>type|visibility)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$"
_SETTING_LINE = lazy_pattern(r"[ \t]*" + _SETTING, re.IGNORECASE)
_SETTING_TEXT_LINE = lazy_pattern(
    r" {0,3}(?:<!--[ \t]*|#{1,6}[ \t]+|(?:[-*+>]|[0-9]{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|\|[ \t]*)?"
    r"[*_~=]{0,3}(?P<key>type|visibility)[*_~=]{0,3}[ \t]*(?::{1,2}|=|\||[-\u2013\u2014])[*_~=]{0,3}[ \t]*"
    r"(?P<value>.*?)[ \t]*$",
    re.IGNORECASE,
)
"""Such a line in Markdown text (in an HTML comment too: `<!-- visibility: internal -->`), however a document
pasted from a word processor writes it: in bold or struck through, as a heading, a list's entry (numbered, a task)
or a table's row, with "=", "|" or a dash for its colon (`**Visibility:** internal`, `## Visibility: internal`,
`| visibility | internal |`); read as a reader sees it (_as_read): indented four spaces or more, it is code."""
_ODD_FORMS = lazy_pattern(f"[\uff01-\uff5e{_NOTHING_ON_SCREEN}]")
"""Full-width characters and those no reader sees, which may hide a "visibility" from a plain search for it."""
_TAG = lazy_pattern(r"</?[A-Za-z][^<>]*>")
"""An HTML tag, which a reader does not see (`<b>visibility</b>: internal`)."""


_BREAK = lazy_pattern(
    rf"</?(?:{'|'.join(sorted(LINE_BREAKING | {'br', 'dt', 'dd', 'td', 'th'}, key=len, reverse=True))})\b[^<>]*>",
    re.IGNORECASE,
)
"""Where a line of HTML breaks, as a reader sees it: at a block's tag (a document saved as HTML on one line,
`<p>---</p><p>visibility: internal</p>`, was published to everyone: a careless contributor's review)."""
_PART = "\x1e"
"""What a break within a line becomes (_as_read), where the line's parts are read apart too (_readings)."""
_REFERENCE = lazy_pattern(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
"""A character reference of HTML (`&nbsp;`, `&#58;`), which a reader sees as its character."""
_COMMENT_LINK = lazy_pattern(r"[ \t]{0,3}\[[^\]]*\]:[ \t]*(?:#|<>)[ \t]*\((.*)\)[ \t]*$")
"""A reference to nothing that Markdown shows nowhere, written as a comment (`[//]: # (visibility: internal)`), its
words in brackets: read for a setting as an HTML comment is (a hostile review)."""


def _as_read(text: str) -> str:
    """Text as a reader reads it, line for line: its character references as their characters (but a line break),
    in plain characters (_plain_characters), without HTML tags, a break within a line (_BREAK) written _PART."""
    if "&" in text:
        text = _REFERENCE.sub(_referenced, text)
    text = _plain_characters(text)
    return _TAG.sub("", _BREAK.sub(_PART, text)) if "<" in text else text


def _referenced(reference: re.Match[str]) -> str:
    """The character a reference writes; a space for one writing a line break, so that lines stay where they are;
    one of more digits than Python reads a number of, as written (a hostile review: a traceback)."""
    try:
        character = unescape(reference[0])
    except ValueError:
        return reference[0]
    return " " if "\n" in character or "\r" in character else character


def _readings(line: str) -> list[str]:
    """The ways a line of a page's text (_as_read) may be read for a setting (a hostile review of the reading of
    HTML's blocks: a label and its value in two cells, or either side of a <br>, went unread): whole, and each part
    a block's tag breaks it into; each of them without its comments too (`visibility<!-- -->: internal`)."""
    if _PART not in line and "<!--" not in line and "]:" not in line:
        return [line]  # most lines
    readings = [line.replace(_PART, ""), *(part.strip() for part in line.split(_PART))] if _PART in line else [line]
    hidden = _COMMENT_LINK.match(line)  # `[//]: # (visibility: internal)`, a comment as Markdown writes one
    return [
        *readings,
        *(without_comments(reading) for reading in readings if "<!--" in reading),
        *([hidden[1]] if hidden else []),
    ]


def _plain_characters(text: str) -> str:
    """Text with its characters in their plain forms (a full-width letter or colon is the keyboard's, a no-break
    space a space), without those no reader sees."""
    return text if text.isascii() else _INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


_VISIBILITY_IN_COMMENT = lazy_pattern(
    r"#[^\n]*?\bvisibility(?:\s*[:\uff1a=]\s*['\"]?(?P<value>[A-Za-z]+)"
    r"|\s+(?:is\s+|-\s*)?(?P<bare>internal|accreditor)[.!]?\s*$)",
    re.IGNORECASE,
)
"""A `visibility` written in a comment of the front matter: the line made a comment (`# visibility: internal`,
`## visibility: internal`, `#visibility internal` with nothing after it), or a comment after a value (`title: Plans
# visibility: internal`), matched from the line's first comment mark (_COMMENT_MARK), after which all is comment
(searched from each mark, a line of 40,000 took 32 s: a hostile review)."""
_SETTING_VALUES = {"type": frozenset(ITEM_TYPES), "visibility": frozenset(AUDIENCES)}
"""The values that make a line of text one of those keys (so that "Type: case study" in a sentence is not)."""
_KNOWN_KEYS = frozenset([*every_field(), *PAGE_KEYS])
"""The keys a `key:value` line (no space after the colon) is recognised by."""
_VOCABULARY = Vocabulary(_KNOWN_KEYS, frozenset(key for key, field in every_field().items() if field.kind == "ratings"))
"""Front matter's keys, for telling what went wrong where its YAML does not parse."""


@dataclass(frozen=True)
class Source:
    """A Markdown file read and split: its front matter (an empty mapping when it has none) and body."""

    meta: LineMap
    body: str
    body_line: int
    """The line of the file where the body starts (1 when there is no front matter)."""
    may_link: bool = False
    """Whether the text of its front matter may hold a link or an address (may_link): only then need its values be
    read for them (Build.typed_fields)."""


_LINK_AFTER_A_BRACKET = lazy_pattern(r"\][\s*_~]*[(:<]")


def may_link(text: str) -> bool:
    """Whether front matter's text holds what a link (`](`, `]:`, `]<em>(`) or a full address (`//`) needs, or an
    escape that writes one (YAML's "\x5d", a character reference, `&#93;` or `&#x2F;`, which Material prints as
    written in a tag and in the description's meta tag: a hostile review), or a tag (`<img src="...">` as a
    partner's name, `<../x/>`, which a page shows as typed: hostile reviews); not the end of a list in brackets
    (`[a, b]`). Each looked for apart, from a character of its own (see tables.holds_rule)."""
    return (
        "\\" in text
        or "//" in text
        or "<" in text
        or ("]" in text and _LINK_AFTER_A_BRACKET.search(text) is not None)
        or ("&" in text and _REFERENCE.search(text) is not None)
    )


def _last_key_line(text: str) -> int:
    """The number (from 1) of the last line of keys at the start of `text` (the lines below an opening "---"), in
    which a line of keys continues past blank lines and comments; 0 where it holds none (a novice's review: "add a
    line --- after its last key" left them to find it)."""
    last = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not _KEY_LIKE.match(line):
            break
        if line.strip() and not line.lstrip().startswith("#"):
            last = number
    return last


def split_front_matter(text: str, path: str, problems: Problems) -> tuple[str | None, str, int] | None:
    """(front matter YAML or None, body, line of the body); None when front matter is broken (an error)."""
    opening = _OPENING.match(text)
    if not opening:
        unread = (
            _wrapped_front_matter(text)
            or _unread_front_matter(text)
            or _later_front_matter(text)
            or _yaml_line_breaks(text)
        )
        if unread:  # at the line it says (a careless contributor's review: "line 3 opens ...", said at line 1)
            problems.add("front-matter-unread", path, 1 + unread[0], unread[1])
            return None
        return None, text, 1
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        crowded = _CROWDED_CLOSING.search(text, opening.end())
        if crowded:  # "--- ## Context": the closing line, with the body's first line run into it
            problems.add(
                "front-matter-unclosed",
                path,
                text.count("\n", 0, crowded.start()) + 1,
                f'front matter opened with "---" on line 1 is never closed: this line starts with "---" but holds '
                f'"{crowded[1].strip()}" too, and only a line of exactly three hyphens closes it; put '
                f'"{crowded[1].strip()}" on a line of its own, below the "---"',
            )
            return None
        almost = _ALMOST_CLOSING.search(text, opening.end())
        if almost:  # "----", "- - -", "———": a line meant to close it
            line = text.count("\n", 0, almost.start()) + 1
            odd = re.search(f"[{_ODD_SPACE}]", almost[0])
            written = almost[0].strip(" \t" + _ODD_SPACE)
            held = f", which holds {_named(odd[0])}," if odd else ""
            problems.add(
                "front-matter-unclosed",
                path,
                line,
                f'front matter opened with "---" on line 1 is never closed: this line ("{written}"{held}) does not '
                'close it, as only a line of exactly three hyphens does; write it as "---", typed again',
            )
            return None
        rule = _RULE_OR_ELLIPSIS.search(text, opening.end())
        above = text[opening.end() : rule.start()].split("\n") if rule else []
        if rule and all(_KEY_LIKE.match(line) for line in above):  # "***", or Word's "…" of "...", below its keys
            problems.add(
                "front-matter-unclosed",
                path,
                text.count("\n", 0, rule.start()) + 1,
                f'front matter opened with "---" on line 1 is never closed: this line ("{rule[0].strip()}") does not '
                "close it, as only a line of exactly three hyphens does; if the front matter ends here, write it as "
                '"---"',
            )
            return None
        last = _last_key_line(text[opening.end() :])
        problems.add(
            "front-matter-unclosed",
            path,
            1,
            'front matter opened with "---" on line 1 is never closed; add a line "---" after its last key'
            + (f", on line {last + 1}" if last else ""),
        )
        return None
    body_line = text.count("\n", 0, closing.end()) + 1
    body = text[closing.end() :]
    second = (
        _second_block(body, body_line) or _wrapped_front_matter(body, body_line) or _later_front_matter(body, body_line)
    )
    if second:
        problems.add("front-matter-unread", path, body_line + second[0], second[1])
        return None
    return text[opening.end() : closing.start()], body, body_line


def _named(character: str) -> str:
    """A character that is not the space bar's space, named, with where it comes from."""
    if character in "\u200b\ufeff":
        return f"an invisible character (U+{ord(character):04X})"
    return odd_space(character)


def _setting_in_text(text: str, meta: LineMap, *, below_front_matter: bool) -> tuple[int, str] | None:
    """(index of the line, why) when a line of a page's text, outside code, sets `type` to an item type on a page
    without one, or `visibility` to an audience narrower than the page's: below the closing "---" (or a "..." that
    closed the front matter early, after a list or a comment), or in a page without front matter, it is text, not
    front matter, and the page would be published wider than it says. A sentence such as "Type: case study", or a
    line that agrees with the front matter, is not one. Every line is looked at, so that nothing above the settings
    (blank lines, a long comment, a long text) takes them out of sight (hostile reviews); below front matter, a type
    in the first 40 lines alone."""
    lowered = text.lower()
    # Most pages: read as a reader sees them (a page with a curly quote, say, or a word written with character
    # references) only where it may tell.
    html = not below_front_matter and "<" in text  # a page published to everyone: its HTML read as a reader reads it
    if (
        "type" not in lowered
        and "visibility" not in lowered
        and (text.isascii() or not _ODD_FORMS.search(text))
        and "&" not in text  # (`Vi&shy;sibility`, `&#118;isibility`)
        and not html  # (`Visi<span>bility</span>`: a word split by a tag, a hostile review)
    ):
        return None
    read = _as_read(text)
    if not html and "type" not in read.lower() and "visibility" not in read.lower():
        return None
    shown = as_audience(meta.get("visibility")) or default_visibility("type" in meta)
    lines = read.split("\n")
    shown_as_written = _preformatted(text.split("\n")) if below_front_matter else set()
    seen = [(index, line, False) for index, line in outside_code(lines) if index not in shown_as_written]
    if html:  # each block of HTML as one line, whatever lines it is written over (html_text), outside code
        seen += [(index, _plain_characters(line), True) for index, line in _html_rows(text)]
    for index, line, in_html in seen:
        for key, value in _settings_read(line):
            # (in HTML's rows, a `type` is an events table's, `Type | Celebration`, more than a lost item's: a review;
            # below front matter, past 40 lines, a visibility alone: a second item pasted in, a hostile review)
            if key == "type" and ("type" in meta or in_html or (below_front_matter and index >= 40)):
                continue
            if key == "visibility" and AUDIENCES.index(as_audience(value) or "public") <= AUDIENCES.index(shown):
                continue
            return index, _unread_setting(key, value, below_front_matter=below_front_matter)
    return None


def _preformatted(lines: list[str]) -> set[int]:
    """The lines past the 40th inside a block HTML shows as written (`<pre>`, `<textarea>`, `<xmp>` starting a line,
    outside code: not one named in a sentence or a comment, a hostile review), up to its closing tag: an example of
    front matter in a guide's text (a review of valid portfolios), as a fenced block is."""
    inside: set[int] = set()
    closing = ""
    for index, line in outside_code(lines):
        if closing:
            inside.add(index)
            closing = "" if closing in line.lower() else closing
        elif index >= 40 and (opened := re.match(_PREFORMATTED, line)) and f"</{opened[1].lower()}" not in line.lower():
            closing = f"</{opened[1].lower()}"
    return inside


_PREFORMATTED = r"(?i)[ \t]{0,3}<(pre|textarea|xmp)\b"


@functools.lru_cache(maxsize=4)
def _html_rows(text: str) -> tuple[tuple[int, str], ...]:
    """Each row a reader sees of a page's HTML, outside code, with the index of its line (html_text): read once for
    a setting and for a marking of the page (_setting_in_text, _marked)."""
    from .html_text import html_lines  # here: a page without front matter holding HTML needs it, few others

    written = text.split("\n")
    shown = dict(outside_code(written))
    return tuple(html_lines("\n".join(shown.get(index, "") for index in range(len(written)))))


def _settings_read(line: str) -> Iterator[tuple[str, str]]:
    """Each key and value of `type` or `visibility` a line of a page's text sets, read each way it may be
    (_readings): its value an item type or an audience."""
    for reading in _readings(line):
        setting = _SETTING_TEXT_LINE.match(reading)
        if setting is None:
            continue
        key = setting["key"].lower()
        value = _setting_value(setting["value"]).strip("*_~=|.!; ")  # (`visibility: **internal**.`, a table's `|`)
        if value in _SETTING_VALUES[key]:
            yield key, value


def _unread_setting(key: str, value: str, *, below_front_matter: bool) -> str:
    """Why a setting of `key` written in a page's text is not read, and what to write."""
    if below_front_matter:
        return (
            f'"{key}" is set below the front matter, where it is not read (the front matter ends at the "---" '
            f'or "..." above it); move it up into the front matter, above its closing "---", as "{key}: {value}"'
        )
    return (
        f'"{key}" is set in the text of a page without front matter, where it is not read; make the very '
        f'first line of the file "---", then "{key}: {value}", then another line "---"'
    )


def _keys_unread(yaml_text: str, meta: LineMap) -> Iterator[tuple[int, str]]:
    """(index of the line, why) for each line of the front matter that reads as `type: ...` or `visibility: ...`
    but is not read as a key: YAML took it as part of the value above (a quote left open, say). A line starting with
    the key itself counts whatever its value; one indented or capitalised, when its value is an item type or an
    audience. On a plain page (no `type`, no `visibility`), a `visibility` narrower than the public's made a comment
    too: the page it would withhold is public."""
    lowered = yaml_text.lower()
    if lowered.count("type") + lowered.count("visibility") == sum(key in meta for key in _SETTING_KEYS):
        return  # most front matter: the words are only in the keys read
    read = _key_lines(meta)
    plain = not any(key in meta for key in _SETTING_KEYS)
    for index, line in enumerate(yaml_text.split("\n")):
        mark = _COMMENT_MARK.search(line) if plain and "#" in line else None
        commented = _VISIBILITY_IN_COMMENT.match(line, mark.start()) if mark else None
        audience = as_audience((commented["value"] or commented["bare"]).lower()) if commented else None
        if audience is not None and audience != "public":
            yield (
                index,
                (
                    f'"visibility: {audience}" is in a comment (after a "#"), where it is not read, so the page has no '
                    f"visibility and is published to everyone, not only to the {audience} audience; write it as a line "
                    f"of its own, visibility: {audience}, without the #"
                ),
            )
            continue
        setting = _SETTING_LINE.match(line)
        if setting is None or index in read:
            continue
        key, value = setting["key"], _setting_value(setting["value"])
        if (key in _SETTING_KEYS and line.startswith(key)) or value in _SETTING_VALUES[key.lower()]:
            yield (
                index,
                (
                    f'this line reads "{key}: ..." but YAML takes it as part of the value above it (a quote opened '
                    "there is closed only further down), so the page is read without it; close that quote on its own "
                    "line"
                ),
            )


def _kept_in_a_comment(yaml_text: str, meta: LineMap) -> list[tuple[int, str]]:
    """(index of the line, why) for the first comment of a plain page's front matter (no `type`, no `visibility`),
    or of any page whose visibility is public, that says the page is not for the public: a key made a comment
    (`# private: true`), or words saying who alone may read it (`# INTERNAL ONLY - DO NOT PUBLISH`, `owner: Jo  #
    staff only`), or a marking or a status and nothing else (`# CONFIDENTIAL`, `# Embargoed`, `visibility: public  #
    private`). A comment is not read, and the page is published to everyone. Only comments YAML reads as such at
    the top of the front matter: not a `#` inside a quoted value or a block of text (`description: |` over `  # Our
    staff`), nor a note of other words (`# Staff`, `# TODO: not live until January`)."""
    public = meta.get("visibility") == "public"
    if not public and any(key in meta for key in _SETTING_KEYS):
        return []
    for index, line in enumerate(yaml_text.split("\n")):
        said = _comment_of(line)
        if said is None:
            continue
        pair = _KEY_LINE.match(said)
        audience = kept_to(pair["key"], _setting_value(said[pair.end() :])) if pair else None
        if audience is None and _SAYS_ONLY.search(said):
            audience = kept_to("audience", said.lower())
        if audience is None and all_it_says(said):  # a marking or a status alone: `# CONFIDENTIAL`, `# Embargoed`
            audience = kept_to("classification", said) or kept_to("status", said)
        words = re.findall(r"[a-z]+", said.lower())
        cleared = words[1:] in (["no"], ["not"]) or bool(_CLEARED.intersection(words) or _NOT_MARKED & {*words[1:2]})
        marked = _MARKED_FIRST.match(said) is not None and not cleared
        if audience is None and marked:
            audience = "internal"  # `# Confidential - HR`, `# CONFIDENTIAL (board paper)`: a marking first (a review)
        if audience is None or (public and not (marked or all_it_says(said))):
            continue
        but = (
            "its visibility is public, so it would be published to everyone; if it is not for the public, write "
            f"visibility: {audience}, otherwise remove the comment"
            if public
            else 'a comment (after a "#") is not read, so the page has no visibility and is published to everyone; '
            f"write a line of its own, visibility: {audience}"
        )
        return [(index, f'this comment says the page is not for the public ("{shortened(said, 60)}"), but {but}')]
    return []


_SAYS_ONLY = lazy_pattern(
    r"\bonly\b|\bdo not (?:publish|share|circulate)\b|\bnot (?:for )?(?:the )?public", re.IGNORECASE
)
"""What a comment says besides who, when it says who alone may read the page."""
_MARKED_FIRST = lazy_pattern(
    r"\W*(?:confidential|secret|restricted|embargoed)\b[ \t]*(?:$|[-\u2013\u2014:;.!(\[,/|])", re.IGNORECASE
)
"""A comment that marks the page, whatever follows the mark (`# Confidential - HR`, `# CONFIDENTIAL (board
paper)`): not a word of other words (`# Confidential information removed`, `# Secret Garden project`, `# Restricted
parking`: a hostile review)."""
_CLEARED = frozenset(("removed", "redacted", "safe", "cleared"))
"""Words saying what was not for the public is gone (`# Confidential - HR details removed, safe to publish`)."""
_NOT_MARKED = frozenset(("lifted", "expired", "ended", "removed", "withdrawn", "until", "till"))
"""Words after a mark saying it is no longer the page's (`# Embargoed: lifted in March`), or is until a day (which a
comment is not read for)."""
_BEFORE_VALUE = lazy_pattern(r"(?:-[ \t]+)*(?:[^\s#:'\"-][^:#]*:[ \t]+)?")
"""What comes before a value on a line of YAML at the margin: a list's dashes, a key and its colon."""
_COMMENT_MARK = lazy_pattern(r"(?:^|(?<=[ \t]))#+")
"""Where a comment starts in a line of YAML: a "#" (or more) at its start or after a space or a tab (see
_VISIBILITY_IN_COMMENT, _comment_of)."""


def _comment_of(line: str) -> str | None:
    """What the comment of a line at the top of the front matter (not indented) says; None for a line with none. A
    "#" inside a value in quotes is none (`title: "It's #1"`), and one after it is one (`title: "Team #1"  # internal
    only`, `visibility: "public"  # private`: a hostile review found each read the other way); a quote a word holds
    (`Trustees' report  # CONFIDENTIAL`) starts no value in quotes."""
    if not line or line[0].isspace():
        return None
    start = _BEFORE_VALUE.match(line)
    at = start.end() if start else 0
    if line[at : at + 1] in ("'", '"'):
        closed = _closing_quote(line, at)
        if closed is None:
            return None
        at = closed + 1
    found = _COMMENT_MARK.search(line, at)
    return line[found.end() :].strip() if found else None


def _closing_quote(line: str, opening: int) -> int | None:
    """Where the quote opened at `opening` closes on the line, as YAML reads it ('' in single quotes, \\" in double
    quotes, are the quote mark itself); None where it does not."""
    quote, at = line[opening], opening + 1
    while at < len(line):
        if line[at] == "\\" and quote == '"':
            at += 2
            continue
        if line[at] == quote:
            if quote == "'" and line[at + 1 : at + 2] == "'":
                at += 2
                continue
            return at
        at += 1
    return None


def _setting_value(written: str) -> str:
    """The value of a `type:` or `visibility:` line as YAML would read it: without a comment (YAML's, or the end of
    an HTML comment), quotes or case."""
    return written.split(" #", 1)[0].removesuffix("-->").strip().strip("'\"").strip().lower()


def _settings_inside(meta: LineMap) -> list[tuple[int, str]]:
    """(index of the line, why) for what says who may see a page written inside the value of another key (indented
    under `notes:`, within `record: {...}`), where the page has no such key at the margin: only the keys at the
    margin are the page's. A whole item indented under a key (a `type` that is an item type beside keys only items
    read, such as `maps_to`); a `visibility` that is an audience; on a plain page, which is published to everyone, a
    `visibility` that starts with a word of those who may read it (`staff only`, `[internal]`), or a value that is
    `visibility: internal` and nothing else. Keys are compared as typed (`"\\u0076isibility"` is `visibility` to
    YAML; a full-width `ｖｉｓｉｂｉｌｉｔｙ` is too). Not a list of things each with a type or a visibility of its
    own (`resources: [{type: case-study, url: ...}]`, `kit: {visibility: hi-vis vest}`: a second review found them
    refused)."""
    plain = not any(key in meta for key in _SETTING_KEYS)
    found = []
    for parent, value in meta.items():
        if plain and isinstance(value, str) and (said := _VISIBILITY_FIRST.match(value)):
            written = f"visibility: {said['value'].lower()}"
            found.append((meta.line_of(parent), _inside(value.strip(), parent, written, True, in_text=True)))
            continue
        if not isinstance(value, (LineMap, list)):  # most values: a text, a date
            continue
        for holder, key, setting, listed in pairs_inside(value):
            line, name = holder.line_of(key), as_typed(key)
            if name == "type" and "type" not in meta and (kind := _item_type(setting)):
                if any(as_typed(other) in _ITEM_ONLY for other in holder):
                    found.append((line, _inside(f"{key}: {as_written(setting)}", parent, f"type: {kind}", plain)))
            elif (
                _visibility_like(name, setting)
                and "visibility" not in meta
                and (audience := _kept_by(setting, plain, plain and not listed))
            ):
                found.append((line, _inside(f"{key}: {as_written(setting)}", parent, f"visibility: {audience}", plain)))
            elif plain and isinstance(setting, str) and (said := _VISIBILITY_FIRST.match(setting)):
                written = f"visibility: {said['value'].lower()}"
                found.append((line, _inside(setting.strip(), parent, written, plain, in_text=True)))
    return found


def _item_type(setting: object) -> str | None:
    """The item type a `type` inside another key names (`case study`, `[evidence]`), if it names one."""
    for entry in setting if isinstance(setting, list) else [setting]:
        kind = as_typed(entry).replace(" ", "-") if isinstance(entry, str) else ""
        if kind in ITEM_TYPES:
            return kind
    return None


def _visibility_like(name: str, setting: object) -> bool:
    """Whether a key inside another key is `visibility`, or it misspelt (`visibilty`) with a text after it (not
    `sidebar: {visible: false}`)."""
    if name == "visibility":
        return True
    return isinstance(setting, str) and name[:3] == "vis" and suggest(name, ["visibility"]).startswith("; did you")


def _kept_by(setting: object, plain: bool, loose: bool) -> Audience | None:
    """The audience a `visibility` inside another key means: one it names; on a plain page (`loose`: not in a list of
    things, each with a visibility of its own, such as links), the internal one where it is `false` or starts with a
    word of those inside (`staff only`, `private`, `[internal]`); None for any other (`hi-vis vest recommended`)."""
    if loose and setting is False:  # `visibility: false`: not to be seen
        return "internal"
    entries = (
        setting if isinstance(setting, list) else list(setting.values()) if isinstance(setting, dict) else [setting]
    )
    for entry in entries:
        if isinstance(entry, (list, dict)) and (inner := _kept_by(entry, plain, loose)):  # `[[internal]]`
            return inner
        if not isinstance(entry, str):
            continue
        audience = as_audience(as_typed(entry))
        if audience is not None and (audience != "public" or not plain):  # (an item's: its own is internal)
            return audience
        first = re.match(r"[a-z]+", as_typed(entry))
        if loose and first and first[0] in _INSIDE_WORDS:
            return "internal"
    return None


_ITEM_ONLY = item_only_keys()
_INSIDE_WORDS = frozenset({*WITHHOLDING_WORDS, "not", "no", "none", "off", "trustees", "board", "members"})
"""The first words of a `visibility` inside another key of a plain page that keep it from the public."""


def _inside(shown: str, parent: object, meant: str, plain: bool, *, in_text: bool = False) -> str:
    """Why `shown`, inside the value of the key `parent` (`in_text`: in its text), is an error, and the line to
    write instead."""
    if meant.startswith("type"):
        effect = "the page is not read as an item but as a plain page" + (", published to everyone" if plain else "")
    elif plain:
        effect = "the page has no visibility, so it is published to everyone"
    else:
        effect = "the item has no visibility, so it is internal, the default"
    where = (
        f'in the text of "{parent}"' if in_text else f'inside "{parent}" (indented under it, or within its brackets)'
    )
    return (
        f'"{shown}" is {where}, where it is not read: {effect}; write it at the margin, with no space before it, as a '
        f"line of its own: {meant}"
    )


_VISIBILITY_FIRST = lazy_pattern(r"\s*visibility\s*[:\uff1a=]\s*['\"]?(?P<value>internal|accreditor)\b", re.IGNORECASE)
"""A value that starts with a visibility line (`notes: "visibility: internal (not yet approved)"`; not a
workshop's title, "Raising your club's visibility: internal and external communications")."""


def as_typed(key: object) -> str:
    """A key (or a value) as it reads, to compare with the keys and values the portfolio reads: in small letters,
    without the spaces around it or invisible characters, and with characters that look like the keyboard's as the
    keyboard's (a full-width ｖ is v)."""
    return _plain_characters(str(key)).strip().lower()


def pairs_inside(value: object, listed: bool = False) -> Iterator[tuple[LineMap, object, object, bool]]:
    """(the mapping, key, value, whether the mapping is in a list) of every key of the mappings inside a value read
    from YAML, at any depth."""
    if isinstance(value, LineMap):
        for key, inner in value.items():
            yield value, key, inner, listed
            yield from pairs_inside(inner, listed)
    elif isinstance(value, list):
        for inner in value:
            yield from pairs_inside(inner, True)


def _key_lines(value: object) -> set[int]:
    """The lines of every key of a mapping read from YAML, and of the mappings in it, and of those in its lists."""
    lines: set[int] = set()
    if isinstance(value, LineMap):
        lines.update(value.key_lines.values())
        lines.update(value.overwritten)
        for inner in value.values():
            lines |= _key_lines(inner)
    elif isinstance(value, list):
        for inner in value:
            lines |= _key_lines(inner)
    return lines


def _holding(line: str) -> str:
    """ ", which holds U+0085, next line," for a line holding a character that does not show as itself (shown as a
    space in a message: a fuzzer's find), else ""."""
    held = pasted_character(line)
    return f", which holds {held}," if held else ""


def _unread_front_matter(text: str) -> tuple[int, str] | None:
    """(0, why) when the top of a file that does not start with "---" looks like front matter all the same (after
    any number of blank lines: so many that its keys are below the first 40 lines still leave it unread): keys of
    the portfolio, or one meaning to keep the page from the public (`audience: staff-only`)."""
    shown = _INVISIBLE.sub("", text)
    blank = _BLANK_LINES.match(shown)
    lines = shown[blank.end() if blank else 0 :].split("\n", 40)[:40]
    index = 0
    while index < len(lines) and _DASHES.fullmatch(lines[index] or " "):
        index += 1
    pairs = _pairs(lines[index:])
    keys = [key for key, _ in pairs]
    known = set(every_field()) | {"type", "visibility"}
    kept = _keeps_from_public(pairs)
    if not keys or not (index > 0 or keys[0] in known or kept):
        return None
    if not kept and not any(key in known or key.replace(" ", "_") in known for key in keys):
        return None
    first = text.split("\n", 1)[0]
    if first.strip() == "":
        where = "line 1 is blank"
    elif index > 0:
        where = (  # " ---" or "\u200b---" would look like "---" quoted
            'line 1 has a space (or a character that does not show) before its "---"'
            if _INVISIBLE.sub("", first).strip() == "---"
            else f'line 1 is "{shortened(first.strip(), 20)}"{_holding(first)} instead of "---"'
        )
    else:
        where = f'there is no line "---" above "{shortened(first.strip())}"'
    return 0, (
        f"this file starts with front matter that is not read, because {where}; make the very first line of the "
        'file exactly "---", and end the front matter with another line "---"'
    )


def _yaml_line_breaks(text: str) -> tuple[int, str] | None:
    """(0, why) when the first line holds characters that YAML reads as line breaks and MkDocs does not (U+0085,
    U+2028, U+2029: the lines of some old or mainframe editors' files) and, read with them as line breaks, the file
    would open with front matter: to MkDocs it is one line of text, a page without front matter."""
    first = text.split("\n", 1)[0]
    if not _YAML_ONLY_BREAK.search(first):
        return None
    lines = _YAML_ONLY_BREAK.sub("\n", text)
    if not (_OPENING.match(lines) or _unread_front_matter(lines) or _later_front_matter(lines)):
        return None
    return 0, (
        "this file's lines end in a character that YAML reads as a line break and MkDocs does not (U+0085, U+2028 or "
        "U+2029), so its front matter is not read and the page would be published to everyone as one line of text; "
        "save the file again with ordinary line breaks (your editor's line ending setting: LF, or CRLF)"
    )


_YAML_ONLY_BREAK = lazy_pattern("[\x85\u2028\u2029]")
"""The line breaks of YAML that are none to MkDocs (U+0085, U+2028, U+2029)."""


def _wrapped_front_matter(text: str, first_line: int = 1) -> tuple[int, str] | None:
    """(index of the line, why) when the first thing of `text` (a file without front matter, or the body below it,
    starting at line `first_line`) is front matter with a `type` or `visibility`, wrapped in what Markdown shows as
    code or a quote: a fence (```markdown, blank or comment lines inside it before the "---"), an indentation, a
    quote's ">". A template copied with its wrapping: it is text, not read, and the page would be published to
    everyone. A guide that shows front matter in a code block says something above it first."""
    first = _BLANK_START.match(text)
    if first is None or text[first.end() : first.end() + 1] not in _WRAPPING:  # most texts: nothing wraps them
        return None
    lines = _INVISIBLE.sub("", "\n".join(text.split("\n", 40)[:40])).split("\n")
    bare = [_UNWRAP.sub("", line) for line in lines]
    index = next((number for number, line in enumerate(bare) if line.strip()), len(bare))
    if index == len(bare):
        return None
    wrapper = index
    if FENCE.match(bare[index]):
        index += 1
        while index < len(bare) and not _dashes_only(bare[index]) and not FENCE.match(bare[index]):
            index += 1  # blank lines, a comment, a note before the template's "---"
    elif not _WRAPPED.match(lines[index]):  # neither in a quote nor indented as code: not wrapped
        return None
    if index >= len(bare) or not _dashes_only(bare[index]):
        return None
    for line in bare[index + 1 :]:
        if _dashes_only(line) or FENCE.match(line):
            return None
        if _SETTING_LINE.match(line):
            where = f'line {first_line + wrapper} ("{shortened(lines[wrapper].strip(), 20)}")'
            place = (
                'so that the file starts with "---"'
                if first_line == 1
                else "and move its lines up into the front matter"
            )
            return wrapper, (
                f"the front matter is inside a code block or a quote, from {where}, which makes it text, so it is "
                f"not read and the page would be published to everyone; delete what wraps it (the ``` lines, the "
                f"> marks, the indentation), {place}"
            )
    return None


_UNWRAP = lazy_pattern(r"^(?:[ \t]*>)*[ \t]*")
"""What may wrap a line in Markdown: a quote's ">" marks, and indentation."""
_WRAPPED = lazy_pattern(r" {0,3}>| {4}|\t")
"""A line in a quote, or indented as code."""
_BLANK_LINES = lazy_pattern(r"(?:[^\S\n]*\n)*")
"""Blank lines."""
_BLANK_START = lazy_pattern(f"[\\s{_NOTHING_ON_SCREEN}]*")
_WRAPPING = frozenset("`~>-")
"""The first character on screen of a text that may be wrapped front matter: a fence, a quote, dashes (indented)."""


def _second_block(body: str, first_line: int) -> tuple[int, str] | None:
    """(index of the line, why) when the body opens, right below the front matter, with another block of `key:
    value` lines between dashes that names a key of the portfolio (or one meaning to keep the page from the public):
    front matter split in two (a "---" too many), of which only the first is read."""
    if not body.lstrip("\n").startswith("-"):  # most bodies
        return None
    lines = body.split("\n", 40)[:40]
    index = next((number for number, line in enumerate(lines) if line.strip()), len(lines))
    if index == len(lines) or not _dashes_only(lines[index]):
        return None
    pairs = _pairs(lines[index + 1 :])
    keys = [key for key, _ in pairs]
    if not set(keys) & _KNOWN_KEYS and not _keeps_from_public(pairs):
        return None
    return index, (
        f"line {first_line + index} opens a second block of front matter ({', '.join(keys[:3])}...), which is not "
        'read: only the first block is; move its lines up into the first block, above its closing "---", and delete '
        'the "---" lines between them'
    )


def _later_front_matter(text: str, first_line: int = 1) -> tuple[int, str] | None:
    """(index of the line, why) when a line of dashes further down the text (in its first 40 lines, outside code;
    the text starts at line `first_line` of the file) opens what reads as front matter with a `type` or
    `visibility`, or a key meaning to keep the page from the public (`audience: staff-only`): MkDocs reads only a
    block on line 1 (a comment or heading above it, a second block, `--- # a comment`, an invisible character before
    it). Below a page's own front matter, past those 40 lines too: a second item's front matter (a title, an item's
    type, and its maps_to, challenge or visibility), or a visibility of an audience but the public's (two items
    pasted into one file, a careless contributor's review: the second was the first's text, its `visibility:
    internal` published by a hostile review's)."""
    # (most texts are shorter, counted in C: looked at as they were)
    fortieth = len(text) - len(text.split("\n", 40)[40]) if first_line > 1 and text.count("\n") >= 40 else -1
    deep = fortieth >= 0 and _dash_line(text[fortieth:], len(text))
    if not deep and not _dash_line(text, 40):  # most bodies: no line that could be one of dashes
        return None
    lines = text.split("\n") if deep else text.split("\n", 40)[:40]
    shown_as_written = _preformatted(lines) if deep else set()
    for index, line in outside_code(lines):
        if line.startswith(_CODE_INDENT) or not _dashes_only(line) or index in shown_as_written:
            continue
        pairs = _pairs(lines[index + 1 : index + 60])
        keys = {key: value.strip() for key, value in pairs}
        underline = index > 0 and _PARAGRAPH.match(lines[index - 1]) is not None  # a heading's (setext), not a block's
        if index < 40:  # as front matter would be read
            if first_line > 1 and _an_item_s(keys):  # below front matter of its own: two items in one file
                return index, _second_item_said(keys["title"])
            said = bool(set(_SETTING_KEYS) & set(keys)) or (not underline and _keeps_from_public(pairs))
        else:  # further down, only an item's whole front matter, or a visibility of an audience: an entry of a list
            # (`Visibility: logo on our posters`, `Audience: all staff`: a review of valid portfolios) is none; its
            # keys read past blank lines and comments under the dashes (a hostile review: an item internal by default)
            start = index + 1
            while start < min(index + 6, len(lines)) and (not lines[start].strip() or lines[start].lstrip()[:1] == "#"):
                start += 1
            item = {key: value.strip() for key, value in _pairs(lines[start : index + 60])}
            if _an_item_s(item) and item.keys() & {"maps_to", "challenge", "visibility"}:
                return index, _second_item_said(item["title"])
            written = _setting_value(keys.get("visibility", ""))
            meant = as_audience(written) or as_audience(VISIBILITY.said_as.get(written))
            said = not underline and meant not in (None, "public")
        if said:
            return index, (
                f"line {first_line + index} opens front matter that is not read: only a block that starts on the "
                'very first line of the file, with a line that is exactly "---", is read; move it to the top '
                "(nothing, not even a comment or a heading, above it), or remove it"
            )
    return None


def _an_item_s(keys: dict[str, str]) -> bool:
    """Whether `key: value` lines, as written, are an item's front matter: a title, and a type of an item (`case
    study` too)."""
    return "title" in keys and keys.get("type", "").strip().strip("'\"").lower().replace(" ", "-") in ITEM_TYPES


def _second_item_said(title: str) -> str:
    return (
        f'a second item\'s front matter starts here ("---", then "title: {title.strip()}"), but a file holds one item: '
        "the build reads it as the text of the item above, and shows its keys as a heading; move it, from this "
        '"---" to the end of its text, into a file of its own'
    )


def outside_code(lines: list[str]) -> Iterator[tuple[int, str]]:
    """Each line (with its index) that is not in a fenced code block, nor one of its fences. A fence inside an HTML
    comment is none, as Markdown reads it: it hid every line below it (a hostile review); nor is a fence never closed,
    which Python-Markdown shows as text (another hid a second item's front matter pasted below it)."""
    fence = ""
    comment = False
    for index, line in enumerate(lines):
        if comment:
            comment = "-->" not in line
            yield index, line
            continue
        marker = FENCE.match(line)
        if not fence and not marker and (opened := _COMMENT_OPENING.match(line)):
            comment = "-->" not in line[opened.end() :]
        if marker and not fence and not any(_closes(later, marker[1]) for later in lines[index + 1 :]):
            yield index, line
        elif marker and not fence:
            fence = marker[1]
        elif marker and _closes(line, fence):
            fence = ""
        elif not fence:
            yield index, line


def _closes(line: str, fence: str) -> bool:
    """Whether `line` closes a fenced block opened with `fence`, as CommonMark closes one."""
    marker = FENCE.match(line)
    return marker is not None and closes_fence(marker[1], fence)


def _dash_line(text: str, lines: int) -> bool:
    """Whether one of the first `lines` lines of `text` is a line of dashes (see _dashes_only), in or out of code;
    only the lines that start with a dash are looked at."""
    text = "\n" + text  # every line after a line break, the first too: a line starts at a match's start in `text`
    line, counted = 0, 0
    for found in _DASH_FIRST.finditer(text):
        start = found.start()
        line += text.count("\n", counted + 1, start + 1)
        counted = start
        if line >= lines:
            return False
        end = text.find("\n", found.end())
        if _dashes_only(text[start + 1 :] if end == -1 else text[start + 1 : end]):
            return True
    return False


def _dashes_only(line: str) -> bool:
    """Whether a line is one of dashes (at least three characters) once its invisible characters and comment are
    gone."""
    cleaned = _INVISIBLE.sub("", line).split(" #", 1)[0]
    return len(cleaned.strip()) >= 3 and _DASHES.fullmatch(cleaned) is not None


def _pairs(lines: list[str]) -> list[tuple[str, str]]:
    """The keys and the values (as written) of the `key: value` lines at the start of `lines`, up to a line of
    dashes, a blank line or other text; the lines of a list or a mapping under a key, and comments, are passed over
    once a key is found."""
    pairs = []
    for line in lines:
        match = _KEY_LINE.match(line)
        if match:
            pairs.append((match["key"].strip().lower(), line[match.end() :]))
        elif not pairs or not line.strip() or line[0] not in _WITHIN_A_BLOCK or _dashes_only(line):
            break  # (before the first key, a "#" line is a heading)
    return pairs


_PARAGRAPH = lazy_pattern(r" {0,3}[^\s#<>\-=*_`~|]")
"""A line of a paragraph's text, which a line of dashes below makes a heading (`Pool update` over `-----`)."""
_WITHIN_A_BLOCK = frozenset(" \t-#")
"""How a line of a block of `key: value` lines that is no such line starts: indented (under a key), a list's
entry, a comment."""


def _kept(pairs: list[tuple[str, str]], *, in_text: bool = False) -> tuple[str, Audience] | None:
    """The first of these `key: value` lines that means to keep a page from the public (`audience: staff-only`,
    `private: true`; see kept_from_public), as written, with the audience it means; `in_text`: lines of the page's
    text (kept_to)."""
    for key, written in pairs:
        audience = kept_to(key, _setting_value(written), in_text=in_text) if key != "visibility" else None
        if audience is not None:
            return f"{key}: {written.split(' #', 1)[0].removesuffix('-->').strip()}", audience
    return None


def _keeps_from_public(pairs: list[tuple[str, str]]) -> bool:
    """Whether one of these `key: value` lines means to keep a page from the public."""
    return _kept(pairs) is not None


def _kept_just_below(body: str, meta: LineMap) -> tuple[int, str] | None:
    """(index of the line, why) when the body of a plain page without `visibility` opens (blank lines aside) with
    `key: value` lines of which one means to keep the page from the public (`private: true`): below the closing
    "---", they are text, and the page is published to everyone."""
    start = _BLANK_LINES.match(body)
    first = start.end() if start else 0
    if "visibility" in meta or "type" in meta or not body[first : first + 1].isalpha():  # most bodies
        return None
    kept = _kept(_pairs(body[first:].split("\n", 20)[:20]), in_text=True)
    if kept is None:
        return None
    return body.count("\n", 0, first), (
        f'"{kept[0]}" is below the front matter, where it is not read (the front matter ends at the "---" above '
        f'it), so the page would be published to everyone; move it up into the front matter, as "visibility: '
        f'{kept[1]}"'
    )


def _marked(body: str) -> tuple[int, str] | None:
    """(index of the line, why) when a page without front matter, published to everyone, carries a document's
    marking as a banner: on a line of its own among its first lines or its last (`CONFIDENTIAL`, `Classification:
    Internal`, a hostile review), or a `key: value` line there that means to keep it from the public (`Audience:
    staff only`). Not a heading, a table's row or cell, a line with a number or a price (`| 18:00 | Private |`,
    `Internal: 2345`), nor code (a review of valid public pages). A page for everyone that says such words there
    says so in front matter."""
    if "<" not in body and not _MARKING_WORD.search(body):  # most pages
        return None
    if "<" in body:  # the rows a reader sees of its HTML, whatever lines they are written over, not its head
        read = list(_html_rows(body))
    else:
        read = [(index, line) for index, line in outside_code(_as_read(body).split("\n")) if line.strip()]
    top, foot = read[:_MARKING_LINES], read[_MARKING_LINES:][-_MARKING_LINES:]
    lines = body.split("\n")
    # a marking above an address, after a line telling how to mark or send a letter, is no banner: `PRIVATE &
    # CONFIDENTIAL` as a complaints page tells its readers to mark the envelope (reviews of valid portfolios; hostile
    # reviews let a banner above a line of text, or under a heading of a letter, through)
    under = {
        i
        for (_, above), (i, marking) in pairwise(read)
        if re.search(_ON_AN_ENVELOPE, above)
        and not re.match(_KEY_AT_A_LINE, marking)
        and _an_address(lines[i + 1 : i + 4])
    }
    top, foot = [(i, line) for i, line in top if i not in under], [(i, line) for i, line in foot if i not in under]
    for index, line, at_top in [*((i, line, True) for i, line in top), *((i, line, False) for i, line in foot)]:
        for part in line.split(_PART):
            plain = part.strip(" \t*_>")
            if not plain or plain[0] == "#" or part.startswith(("    ", "\t")) or _NOT_A_BANNER.search(plain):
                continue
            if _LIST_ENTRY.match(part) or (not plain.isupper() and any(c.isdigit() for c in plain)):
                continue  # (`- Internal`, a list of labels; `Internal: 2345`, a phone's extension: reviews)
            pairs = [("audience" if key == "visibility" else key, value) for key, value in _pairs([plain])]
            # (`Visibility: Internal only`, read as an audience's words; at its foot, a page's contact says whom to
            # write to, `Available to: internal staff only`, and a marking is in capitals, as a footer's: a review;
            # one word alone is a marking in capitals, not a label of a group, `**Internal**`: a review of that)
            kept = _kept(pairs, in_text=True) if at_top else None
            capitals = plain.isupper()
            if kept is None and not (a_marking(plain) and (capitals or (at_top and " " in plain.strip()))):
                continue
            return index, (
                f'this page has no front matter, so it is published to everyone, though its line "{plain}" says it '
                'is not; if it is not for everyone, make the very first line of the file "---", then "visibility: '
                f'{kept[1] if kept else "internal"}", then another line "---"; if it is, say so the same way, with '
                '"visibility: public"'
            )
    return None


_MARKING_LINES = 3
"""How many lines at a page's top, and at its foot, are looked at for a marking (_marked)."""
_MARKING_WORD = lazy_pattern(
    r"(?i)confiden|sensitive|secret|restricted|internal|private|staff|classification|publi|do not|not for|only"
)
"""A word without which no line marks a page (so that most pages are not looked through line by line)."""
_ON_AN_ENVELOPE = (
    r"(?i)^(?![ \t]*#)(?:.*\b(?:envelope|mark(?:ed|ing)?|address(?:ed)?|post(?:al)?|write to|writing|send|amlen|anfon"
    r"|ysgrifennu)\b|.*:[\s*_]*$)"
)
"""Words telling how to mark or send a letter, or a colon ending the line (`complain in writing to:`), in the line
above a marking that is the letter's (reviews of valid portfolios)."""
_KEY_AT_A_LINE = r"[ \t*_]*[A-Za-z][A-Za-z _-]{0,40}:"
"""A line that starts as a `key: value` one (`Audience: staff only`): a marking of its own, no envelope's."""


def _an_address(lines: list[str]) -> bool:
    """Whether the lines of a block (up to a blank one) are an address to write to: a postcode, a PO box, or a line
    that is the office of whom to write to alone (`Customer Services Manager`, `Head of Governance`)."""
    block = []
    for line in lines:
        if not line.strip():
            break
        block.append(line)
    return any(re.search(_ADDRESS_LINE, line) for line in block)


_ADDRESS_LINE = (
    r"\b[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}\b|(?i:\bpo box\b|^[ \t*_]*(?:the )?(?:[a-z]+ ){0,3}(?:manager|lead"
    r"|officer|chair|director|secretary|clerk|head of [a-z ]+|rheolwr|cadeirydd|swyddog)[ \t,]*(?:<br ?/?>)?[ \t]*$)"
)
"""A line of an address: a UK postcode, a PO box, or the office written to (a pattern compiled where it is first
used, as _ON_AN_ENVELOPE, _KEY_AT_A_LINE and _PREFORMATTED are: only a marked page needs them, and a check starts
sooner without them)."""
_LIST_ENTRY = lazy_pattern(r"[ \t]*(?:[-*+]|[0-9]{1,9}[.)])[ \t]")
"""A list's entry, which no banner is."""
_NOT_A_BANNER = lazy_pattern(r"[|£$€]")
"""What a banner does not hold: a price, a table's cells (nor a number, but in capitals: `CONFIDENTIAL 2026`)."""


_KEY_AT_THE_MARGIN = lazy_pattern(r"([a-z_]+):(?:[ \t]|$)")
"""A key as front matter writes it, in small letters at the start of a line, then a colon and a space."""


def _keys_just_below(body: str, meta: LineMap) -> tuple[int, str] | None:
    """(index of the line, why) for the first of the `key: value` lines an item's body opens with (blank lines
    aside), each of whose keys is one its type reads and its front matter does not hold (`tags: [a, b]` under the
    closing "---"): text, not read, so that the item has no such value (a review of malformed input: dropped without
    a word). Keys as front matter writes them, in small letters at the margin, so that a memo's "Date: 12 May" is
    not one; lines of which one names a key the front matter holds, or none the item reads ("note:"), are the
    item's text (a list of definitions: a review of valid portfolios), unless a key the item must give and its front
    matter lacks is among them (a "---" typed among the keys, above `foo: 1` and `maps_to:`, was told only as
    maps_to missing, at line 1: a fuzz of malformed input); and not a plain page's, whose text may well start so (a
    glossary's "challenge: one of the areas...", a help page's "type: evidence, case-study...")."""
    start = _BLANK_LINES.match(body)
    first = start.end() if start else 0
    written = meta.get("type")
    kind = ITEM_TYPES.get(written) if isinstance(written, str) else None
    if kind is None or not body[first : first + 1].islower():  # most bodies
        return None
    keys: list[tuple[int, str, str]] = []  # (index of the line, key, line)
    for index, line in enumerate(body[first:].split("\n", 20)[:20]):
        found = _KEY_AT_THE_MARGIN.match(line)
        if found is None and (not line.strip() or line[0] not in _WITHIN_A_BLOCK):
            break  # (the lines of a list or a mapping under a key are passed over)
        if found is not None:
            keys.append((index, found[1], line.strip()))
    unread = [(index, name, line) for index, name, line in keys if name in kind.keys and name not in meta]
    if not unread or (len(unread) < len(keys) and not any(_required(kind, name) for _, name, _ in unread)):
        return None  # (but a required key the front matter lacks, among others: its missing-key error's cause)
    index, name, written_below = unread[0]
    return body.count("\n", 0, first) + index, (
        f'"{written_below}" is below the front matter, where it is not read (the front matter ends at the "---" or '
        f'"..." above it), so the page has no "{name}"; move the line up into the front matter, above its closing "---"'
    )


def _required(kind: ItemType, key: str) -> bool:
    """Whether items of the type `kind` must give `key`."""
    field = kind.field(key)
    return field is not None and field.required


def read_source(raw: bytes, path: str) -> tuple[Source | None, Problems]:
    """Decode a Markdown file and load its front matter; None (and the problem) when either fails."""
    problems = Problems()
    text = decode(raw, path, problems)
    parts = split_front_matter(text, path, problems) if text is not None else None
    if parts is None:
        return None, problems
    yaml_text, body, body_line = parts
    if yaml_text is not None:
        yaml_text, pasted = pasted_characters(yaml_text, _KNOWN_KEYS)
        for found in pasted:
            problems.add(found.code, path, found.line + 2, found.message)
    try:
        meta = load_front_matter(yaml_text, _VOCABULARY) if yaml_text is not None else None
    except YamlProblem as exc:
        problems.add(exc.code, path, exc.line + 2, exc.message)
        return None, problems
    if meta is not None and not isinstance(meta, LineMap):
        problems.add("front-matter-shape", path, 2, f"front matter must be key: value lines, not {kind_of(meta)}")
        return None, problems
    for found in escaped_characters(meta, yaml_text.split("\n")) if yaml_text is not None and "\\" in yaml_text else ():
        problems.add(found.code, path, found.line + 2, found.message)
    for found in hashes_read_as_comments(yaml_text) if yaml_text is not None and "#" in yaml_text else ():
        problems.add(found.code, path, found.line + 2, found.message)
    unread = list(_keys_unread(yaml_text, meta)) if yaml_text is not None and meta is not None else []
    if not unread and yaml_text is not None and isinstance(meta, LineMap):
        unread = _settings_inside(meta)
    if not unread and yaml_text is not None and "#" in yaml_text and isinstance(meta, LineMap):
        unread = _kept_in_a_comment(yaml_text, meta)
    for index, why in unread:
        problems.add("front-matter-unread", path, index + 2, why)
    if unread:
        return None, problems
    if yaml_text is not None and not meta and body.strip():  # (no key, but comments, {} or ~; empty: a blank page)
        problems.add(
            "empty-front-matter",
            path,
            1,
            "this page's front matter holds no key, so it is a plain page, published to everyone; if it is an item, "
            "write its keys between the two --- lines (title, type, maps_to, date, visibility), not after a #, "
            "which makes a line a comment; if it is a plain page, remove the two --- lines",
        )
    meta = meta if meta is not None else LineMap()
    setting = _setting_in_text(body, meta, below_front_matter=yaml_text is not None) or (
        _kept_just_below(body, meta) if yaml_text is not None else _marked(body)
    )
    if setting:
        problems.add("front-matter-unread", path, body_line + setting[0], setting[1])
        return None, problems
    below = _keys_just_below(body, meta) if yaml_text is not None else None
    if below:
        problems.add("front-matter-below", path, body_line + below[0], below[1])
    return Source(meta, body, body_line, yaml_text is not None and may_link(yaml_text)), problems
