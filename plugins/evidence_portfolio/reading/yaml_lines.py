"""YAML through PyYAML's safe loader, remembering the line of every key and list entry.

Mappings load as `LineMap` (a dict with `key_lines`), lists as `LineList` (a list with `lines`); lines are
0-based within the YAML text, so callers add the offset of the text in its file.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import yaml

from ..model.item_types import DATE_KEYS
from ..model.lazy_patterns import lazy_pattern
from .line_numbers import with_lines

try:
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader

MAX_DEPTH = 50
"""Deeper nesting than any front matter needs is refused, before Python's recursion limit is reached."""
MAX_VALUES = 100_000
"""More values than any front matter needs, once aliases are expanded: an alias bomb."""
_SMALL = 10_000
"""Text shorter than this, with no alias, no dash after a dash (`- - a`) and fewer lines and brackets than
MAX_DEPTH, cannot break either limit."""


_CONTEXT_FIRST = ("flow", "quoted", "simple key")
"""Parser contexts whose start, rather than the place the parser gave up, is the line at fault."""


_ESCAPE_HINT = (
    "a backslash (\\) inside double quotes starts an escape, such as \\n; put the value in single quotes instead, "
    "such as 'C:\\Users\\Club', or write each backslash twice"
)
_TAG_HINT = (
    "a value starting with ! (a YAML tag) is not read here; remove the word starting with ! before the value, or put "
    "the whole value in quotes"
)
_HINTS = (
    (
        "mapping values are not allowed",
        'a value holds ": " or ends with ":" (put the whole value in quotes, such as '
        'title: "Minutes: May"), or this line is indented more than the key above it',
    ),
    ("tab character", "indent with spaces, not tabs"),
    ("cannot start any token", "put a value starting with @, ` or % in quotes"),  # (or a tab: see yaml_fault)
    ("unexpected end of stream", "a quote is not closed"),
    ("expected ',' or ']'", "a list in [ ] is not closed, or an entry holds a comma or colon: put it in quotes"),
    (  # (a review of valid portfolios: `{1: "not yet", 3: Meets: standard}` was told it was not closed)
        "expected ',' or '}'",
        "a mapping in { } is not closed, or a value in it holds a colon or comma: put it in quotes, such as {plan: "
        '"Meets: standard"}',
    ),
    (
        "found unexpected ':'",  # libyaml's, of `{id: data, label:}`
        "inside { } or [ ], a colon needs a space and a value after it ({id: data, label: Data}); put a value that "
        "holds a colon in quotes",
    ),
    ("could not find expected ':'", 'each line needs a key, a colon and a space, such as "title: Minutes"'),
    ("expected <block end>", "check the indentation of this line against the lines above"),
    ("did not find expected key", "check the indentation of this line against the lines above"),
    ("did not find expected '-' indicator", "list entries start with '- ' at the same indentation"),
    ("escape", _ESCAPE_HINT),  # "found unknown escape character", "expected escape sequence of 4 hexadecimal ..."
    ("hexdecimal", _ESCAPE_HINT),  # libyaml's "did not find expected hexdecimal number"
    ("found another document", 'a line "---" (or "...") starts a second part in this file; remove it'),
    (
        "node content",  # libyaml's "did not find expected node content", PyYAML's "expected the node content"
        "a list in [ ] (or a mapping in { }) has an empty entry (two commas together, or a comma first) or is not "
        "closed; remove the extra comma, or close it",
    ),
    (
        "expected alphabetic or numeric character",
        "a value starting with * or & is read as a mark of YAML's own: a list's entries start with \"- \" (a dash "
        'and a space), not "* "; put a value that starts with * or & in quotes',
    ),
    (
        "found undefined alias",
        "a value starting with * is read as a mark of YAML's own (a reference to a value marked with &); put the "
        'whole value in quotes, such as summary: "*Winner* of the county award"',
    ),
    (
        "for merging",
        '"<<" merges a mapping into this one: give it one, such as "<<: *defaults", or remove the line',
    ),
    ("could not determine a constructor for the tag", _TAG_HINT),
)
"""Plain words for PyYAML's commonest complaints, for people who have never heard of YAML."""


def _hint(reason: str) -> str:
    return next((f"; {hint}" for needle, hint in _HINTS if needle in reason), "")


class YamlProblem(Exception):
    """YAML that cannot be loaded; `line` is 0-based within the YAML text; `code` the kind of problem."""

    def __init__(self, line: int, message: str, code: str = "yaml-syntax") -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.code = code


_INVISIBLE = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""Control characters: YAML refuses most, and reads some (U+2028, U+0085) as line breaks, which would shift every
line after them. They come from text pasted out of word processors."""
_ZERO_WIDTH = lazy_pattern("[\u00ad\u200b\u2060\ufeff]")
"""Characters that take no room on screen (a soft hyphen, a zero-width space, a word joiner, a byte order mark
inside the text), pasted from word processors and web pages: `type: evidence` followed by one reads as another
type, and the message would name a value that looks right. Not the joiners that emoji and some scripts need."""
_PASTED = lazy_pattern(_INVISIBLE.pattern[:-1] + _ZERO_WIDTH.pattern[1:])
"""Either, as one class of characters."""


def pasted_character(text: str) -> str | None:
    """The first character of `text` that front matter may not hold (_PASTED), named: "U+200B, zero width space"."""
    found = _PASTED.search(text)
    return _named(found[0]) if found else None


_PASTED_IN_ASCII = lazy_pattern("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""Those of them ASCII holds, found in a third less time in the ASCII text most front matter is."""


def pasted_characters(text: str, keys: Collection[str] = ()) -> tuple[str, list[YamlProblem]]:
    """The text with what a word processor does to typing undone, and a problem per mistake at its line: invisible
    characters (made spaces, so that no line shifts), then, outside block texts (`|`, `>`), tabs in the
    indentation, a dash or bullet instead of "- ", a full-width colon after a key, a non-breaking space in a key or
    after its colon, a key of `keys` without a space after its colon, and curly quotes around a value. What is
    repaired is read as meant, so that the lines after it are read as written and nothing is reported a line late."""
    problems: list[YamlProblem] = []
    seen: set[int] = set()
    for line, found in with_lines(text, _PASTED_IN_ASCII if text.isascii() else _PASTED):
        if line in seen:
            continue
        seen.add(line)
        problems.append(
            _invisible(line, found[0], "usually pasted from a word processor; delete it, or retype the line")
        )
    cleaned = _ZERO_WIDTH.sub("", _INVISIBLE.sub(" ", text)) if problems else text
    if not _suspect(cleaned):  # most front matter: nothing a word processor did, no line to look at
        return cleaned, problems
    lines = cleaned.split("\n")
    block: int | None = None  # the indentation of the key whose block text (| or >) the lines are in
    levels: set[int] = set()  # the indentations of the lines above
    opened: int | None = None  # the indentation of the line above, where it is a key opening a block (`do:`)
    quoted: str | None = None  # the quote of a scalar that a line above opened and left open
    for number, written in enumerate(lines):
        indent = len(written) - len(written.lstrip(" \t"))
        if block is not None and (not written.strip() or indent > block):
            continue
        if quoted is not None:  # more of a quoted text (`"The assessor said` / `“Excellent”: our work"`), not keys
            quoted = None if _closes(written, quoted) else quoted
            continue
        opening = _OPENS_QUOTED.match(written)
        if opening and not _closes(opening["rest"], opening["quote"]):
            quoted = opening["quote"]
        block = indent if _BLOCK_TEXT.match(written) else None
        lines[number], mistakes = _retyped(written, keys, levels, opened)
        if written.strip() and not written.lstrip().startswith("#"):
            levels.add(len(lines[number]) - len(lines[number].lstrip(" ")))
            opens = lines[number].split(" #", 1)[0].rstrip().endswith(":")
            opened = len(lines[number]) - len(lines[number].lstrip(" ")) if opens else None
        problems += [YamlProblem(number, message, code) for code, message in mistakes]
    return "\n".join(lines), sorted(problems, key=lambda problem: problem.line)


_BLOCK_TEXT = lazy_pattern(r"^[ \t]*(?:- +)*(?:[^#\s-][^#:]*(?::[^#\s:][^#:]*)*:[ \t]+)?[|>][-+0-9]*[ \t]*(?:#.*)?$")
"""A line that starts a block text: the lines indented under it are text, where tabs, dashes and quotes are fine."""
_BULLETS = {
    "\u2013": "an en dash (–)",
    "\u2014": "an em dash (—)",
    "\u2012": "a figure dash (‒)",
    "\u2212": "a minus sign (−)",
    "\u2022": "a bullet (•)",
    "\u00b7": "a middle dot (·)",
    "\u25aa": "a square bullet (▪)",
    "\u25a0": "a square bullet (■)",
    "\u27a2": "an arrow bullet (➢)",
    "\u25ba": "an arrow bullet (►)",
    "\u25e6": "a hollow bullet (◦)",
    "\u25cb": "a hollow bullet (○)",
    "\u2023": "a triangular bullet (‣)",
    "\u2043": "a hyphen bullet (⁃)",
    "\u2219": "a bullet (∙)",
    "\uf0b7": "Word's bullet (\uf0b7, in its Symbol font)",
    "\uf0a7": "Word's square bullet (\uf0a7, in its Wingdings font)",
    "\uf0d8": "Word's arrow bullet (\uf0d8, in its Wingdings font)",
}
"""The dashes and bullets a word processor writes at a list's entries (Word's and Outlook's bullets of every
level: a careless contributor's review found ▪ and ➢ told that a line needs a colon)."""
_BULLET = lazy_pattern(f"^(?P<indent>[ \\t]*)(?P<bullet>[{''.join(_BULLETS)}])[ \\t\u00a0]+")
_BULLET_MARKS = "".join(mark for mark, name in _BULLETS.items() if "dash" not in name and "minus" not in name)
"""The bullets of _BULLETS, which no text starts with but a list pasted from a word processor (not its dashes)."""
_BULLET_AFTER_DASH = lazy_pattern(f"^(?P<lead>[ \\t]*- +)(?P<bullet>[{_BULLET_MARKS}])[ \\t\u00a0]+")
"""A list's entry whose text starts with a word processor's bullet (`- • Coaching academy`), which a page would
show as a second bullet."""
BULLETED_TEXT = lazy_pattern(f"[{_BULLET_MARKS}][ \\t\u00a0].*?\\s[{_BULLET_MARKS}][ \\t\u00a0]", re.DOTALL)
"""One text written as a list with a word processor's bullets (`• A • B`, or a block of lines each starting with
one), which YAML reads as one text."""
_SPACES = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
"""Spaces that are not the space bar's: a word processor puts a non-breaking space before a colon or between words."""
_KEY = lazy_pattern(  # (a key and the spaces after it of 200 characters at most: of any length, a line of spaces took
    # time growing as the square of its length, 16 s for 50,000: a hostile review)
    f"^(?P<lead>[ \\t]*(?:- +)?)(?P<key>[A-Za-z_][A-Za-z0-9_ {_SPACES}-]{{0,200}}?)"
    f"(?P<gap>[ {_SPACES}]{{0,200}}):(?P<rest>.*)$"
)
_ENTRY = lazy_pattern(r"^(?P<lead>[ \t]*- +)(?P<rest>.*)$")
_CURLY_KEY = lazy_pattern(
    "^(?P<lead>[ \t]*(?:- +)?)(?P<open>[“„‘‚”])(?P<key>[A-Za-z_][A-Za-z0-9_-]{0,100})(?P<close>[”“’‘])[ \t]*(?=:)"
)
"""A key in curly quotes, as a word processor writes quotes (`“title”: A`), which YAML reads as a key of its own."""
_CURLY = {"“": "”", "„": "“", "«": "»", "‘": "’", "‚": "‘", "”": "”"}
"""Opening curly quotes (and the mark that closes each) as word processors write them: a value wrapped in them is a
value meant to be quoted (a value that only holds them, "The “Move More” plan", is fine)."""
_NO_SPACE_AFTER_KEY = r"^[A-Za-z_][A-Za-z0-9_ -]*:[^ \t\n]"
_WORD_PROCESSORS = f"[{''.join(_BULLETS)}{_SPACES}{''.join(sorted({*_CURLY, *_CURLY.values()}))}]"
"""The dashes, bullets, spaces and quotes a word processor writes, none of them ASCII."""
_WIDE_COLONS = "\uff1a\ufe55"
"""The colons of Chinese and Japanese input (full-width, small), which YAML does not read as a key's colon."""
_WIDE_COLON = lazy_pattern(
    f"^(?P<lead>[ \\t]*(?:- +)?)(?P<key>[A-Za-z_][A-Za-z0-9_ {_SPACES}-]{{0,200}}?)[ {_SPACES}]{{0,200}}"
    f"(?P<colon>[{_WIDE_COLONS}])"
)
_SUSPECT = lazy_pattern(f"\t|{_WORD_PROCESSORS}|[{_WIDE_COLONS}]|{_NO_SPACE_AFTER_KEY}", re.MULTILINE)
"""What any of the mistakes _retyped repairs needs on some line (a tab, a dash or bullet, an odd space, a curly
quote, a key at the margin with no space after its colon): text without it is left as it is, unread line by line."""
_KEY_WITHOUT_SPACE_AFTER_A_BREAK = lazy_pattern("\n" + _NO_SPACE_AFTER_KEY.removeprefix("^"))
"""_NO_SPACE_AFTER_KEY after a line break, looked for in the text after one: a search for a character first is a
third of the time of one trying `^` at every character."""


def odd_space(character: str) -> str:
    """A space that is not the space bar's, named, with where it comes from."""
    if character == "\u3000":
        return "an ideographic space (U+3000), as Chinese and Japanese keyboards type it"
    kind = "a non-breaking space" if character in "\u00a0\u202f\u2007" else "a typographic space"
    return f"{kind} (U+{ord(character):04X}), pasted from a word processor"


def _suspect(text: str) -> bool:
    """Whether _SUSPECT finds something in `text`; in ASCII text, looking only for what ASCII can hold (a third of
    the time)."""
    if text.isascii():
        return "\t" in text or _KEY_WITHOUT_SPACE_AFTER_A_BREAK.search("\n" + text) is not None
    return _SUSPECT.search(text) is not None


_OPENS_QUOTED = lazy_pattern(r"""^[ \t]*(?:- +)?(?:[^\s"'#:-][^:#]*:[ \t]+)?(?P<quote>["'])(?P<rest>.*)$""")
"""A line whose value starts with a straight quote (`description: "The assessor said`, `- 'A`), which a line below
may close."""


def _closes(text: str, quote: str) -> bool:
    """Whether `text` holds the end of a text in `quote`s (a `"` not escaped; a `'` not doubled)."""
    if quote == '"':
        return re.search(r'(?<!\\)(?:\\\\)*"', text) is not None
    return "'" in text.replace("''", "")


def _retyped(
    line: str, keys: Collection[str], levels: Collection[int] = (), opened: int | None = None
) -> tuple[str, list[tuple[str, str]]]:
    """A line with a word processor's changes undone, and what they were: a problem code and plain words each.
    `levels`: the indentations of the lines above, one of which a tab in the indentation is read to make, where it
    can (as an editor's tab of 4 or 8 spaces, else of 2). Read as 2 spaces always, `\t  do:` among sections
    indented 6 was told a second error, at a line below that was right (a new organisation's review). `opened`:
    the indentation of the line above where it opens a block (`do:`), which the line is read to be in, indented
    more: a tab under `do:` indented 6, read as 4 spaces, was told to be indented 4 where the lines around it are
    indented 6, and a "question" of the challenge (a careless organisation's review)."""
    found: list[tuple[str, str]] = []
    lead = line[: len(line) - len(line.lstrip(" \t"))]
    if "\t" in lead:
        found.append(("tab-indent", "this line is indented with a tab; indent with spaces (a tab cannot indent YAML)"))

        def spaces(width: int) -> int:
            return len(lead.replace("\t", " " * width))

        inside = [width for width in (4, 8, 2) if opened is None or spaces(width) > opened] or [4, 8, 2]
        fits = next((width for width in inside if spaces(width) in levels), None)
        if fits is None and opened is None and levels:
            # under a value, where no line goes deeper: a tab typed before a key of the lines above (an outside
            # review: `\ttype: evidence` below the title was told a second error, to put a value in quotes)
            line = " " * max((level for level in levels if level <= spaces(2)), default=min(levels)) + line[len(lead) :]
        else:
            width = fits if fits is not None else min(inside, key=spaces)
            line = lead.replace("\t", " " * width) + line[len(lead) :]
    indent = re.match(f"[ {_SPACES}]*", line)
    odd_indent = indent and re.search(f"[{_SPACES}]", indent[0])
    if indent and odd_indent:
        found.append(
            (
                "odd-space",
                f"this line is indented with {odd_space(odd_indent[0])}; indent it with the space bar",
            )
        )
        line = re.sub(f"[{_SPACES}]", " ", indent[0]) + line[indent.end() :]
    bullet = _BULLET.match(line)
    if bullet:
        found.append(
            (
                "dash-bullet",
                f"this list entry starts with {_BULLETS[bullet['bullet']]}, pasted from a word processor; start it "
                'with a hyphen and a space ("- ") instead',
            )
        )
        line = bullet["indent"] + "- " + line[bullet.end() :]
    doubled = _BULLET_AFTER_DASH.match(line)
    if doubled:  # (an assessor's review: "• • Volunteer coaching academy" in the pack and its PDF)
        found.append(
            (
                "dash-bullet",
                f'this list entry has {_BULLETS[doubled["bullet"]]} after its "- ", pasted from a word processor, so '
                f"the site would show two bullets; delete the {doubled['bullet']}",
            )
        )
        line = doubled["lead"] + line[doubled.end() :]
    wide = _WIDE_COLON.match(line)
    if wide and (not wide["lead"] or wide["key"].strip().lower() in keys):  # not a line of text going on
        after = line[wide.end("colon") :]
        # no space after it, as such a keyboard types it: one error says both (there were two, a careless review)
        spaced = after[:1] in ("", " ", "\t")
        found.append(
            (
                "wide-colon",
                f'the colon after "{wide["key"].strip()}" is a full-width colon ({wide["colon"]}), as Chinese and '
                "Japanese keyboards type it; retype it as "
                + ('":"' if spaced else f'":" and a space: "{wide["key"].strip()}: {after.strip()}"'),
            )
        )
        line = line[: wide.start("colon")] + (":" if spaced else ": ") + after
    quoted_key = _CURLY_KEY.match(line)
    if quoted_key and quoted_key["close"] == _CURLY[quoted_key["open"]]:  # (“title”: A, a careless review)
        name = quoted_key["key"]
        found.append(
            (
                "curly-quotes",
                f"the key is in curly quotes ({quoted_key['open']}{name}{quoted_key['close']}), pasted from a word "
                f"processor; write it without quotes: {name}:",
            )
        )
        line = quoted_key["lead"] + name + line[quoted_key.end("close") :]
    key = _KEY.match(line)
    if key:
        name, rest = key["key"], key["rest"]
        odd = re.search(f"[{_SPACES}]", name + key["gap"])
        if odd:
            written = (name + key["gap"]).replace(odd[0], " ").strip()
            found.append(
                (
                    "odd-space",
                    # ("retype with ordinary spaces" gave `maps to:`, still no key: a staff member's review; a
                    # section's id is written with "-": a review of valid pages)
                    f'the key "{written}" holds {odd_space(odd[0])}; retype it '
                    + (
                        f"and its colon, with no space before the colon: {written}:"
                        if " " not in written
                        else f"with an underscore for each space: {written.replace(' ', '_')}:"
                        if written.replace(" ", "_").lower() in keys
                        else 'as the key is written, with no space in it: with "_" (maps_to) or "-" (a section\'s '
                        "id, such as customer-journey) in its place"
                    ),
                )
            )
            name = re.sub(f"[{_SPACES}]", " ", name)
        if rest[:1] and re.match(f"[{_SPACES}]", rest[:1]):
            found.append(
                (
                    "odd-space",
                    f'the space after "{name.strip()}:" is {odd_space(rest[0])}; retype it with the space bar',
                )
            )
            rest = " " + rest[1:]
        elif rest[:1] not in ("", " ", "\t") and not key["lead"] and name.strip().lower() in keys:
            # Only a line that starts at the margin: an indented one may go on the value of the line above.
            written = f'"{name.strip()}: {rest.strip()}"'
            if re.search(r":(?:[ \t]|$)|[ \t]#", rest.strip()):  # `title:Minutes: May`: with the space alone, a
                # value holding ": " would not parse either (a careless contributor's review): in quotes
                written = f"{name.strip()}: {_requoted(rest.strip(), chr(39))}, in quotes as its value holds a colon"
            found.append(("missing-space", f'there is no space after "{name.strip()}:"; write {written}'))
            rest = " " + rest
        line = f"{key['lead']}{name}:{rest}"
        value_at = len(line) - len(rest)
    else:
        entry = _ENTRY.match(line)
        value_at = entry.start("rest") if entry else len(line)
    value, message = _unquoted(line[value_at:], key is not None and name.strip().lower() in DATE_KEYS)
    if message:
        found.append(("curly-quotes", message))
        line = line[:value_at] + value
    closed = _AFTER_QUOTE.search(line)
    if closed:  # `title: "Minutes" ` with a non-breaking space after it: told as a fault of indentation (a fuzz run)
        odd = re.search(f"[{_SPACES}]", closed[0])
        assert odd is not None
        found.append(("odd-space", f"the value in quotes is followed by {odd_space(odd[0])}; delete it"))
        line = line[: closed.start() + 1]
    return line, found


_AFTER_QUOTE = lazy_pattern(f"[\"'][ \t]*[{_SPACES}][ \t{_SPACES}]*$")
"""A quoted value's closing quote, and after it spaces of which one is not the space bar's."""


def bullet_first(text: str) -> bool:
    """Whether a value starts with a word processor's bullet and a space (`➢ Plans agreed`), which reading takes for
    a bullet pasted after a list's "- " (and reports) unless the value is quoted."""
    return _BULLET_FIRST.match(text) is not None


_BULLET_FIRST = lazy_pattern(f"[{_BULLET_MARKS}][ \t\u00a0]")


def curly_quoted(text: str) -> bool:
    """Whether a plain value is wrapped in curly quotes, which reading takes for quotes pasted from a word processor
    (and reports): a program writing YAML quotes such a value with straight quotes."""
    return len(text) > 1 and text[0] in _CURLY and text[-1] in _CURLY.values()


def _unquoted(value: str, dated: bool = False) -> tuple[str, str]:
    """A value in curly quotes (or a list in [ ] of them, or a mapping in { } with one as a value) in straight
    quotes, and what was wrong; unchanged and "" when it is not in curly quotes."""
    text = value.strip()
    flow = text[:1] + text[-1:] in ("[]", "{}")
    entries = [entry.strip() for entry in text[1:-1].split(",")] if flow else [text]
    keys, written = zip(*(_key_and_value(entry) if text[:1] == "{" else ("", entry) for entry in entries), strict=True)
    curly = [entry for entry in written if curly_quoted(entry)]
    if not curly:
        return value, ""
    straight = [
        key + (_in_double_quotes(entry[1:-1]) if entry in curly else entry)
        for key, entry in zip(keys, written, strict=True)
    ]
    message = (
        f"the value is in curly quotes ({curly[0]}), pasted from a word processor; use straight quotes "
        f'("{curly[0][1:-1]}"){or_none(curly[0][1:-1], flow, dated)}'
    )
    repaired = text[0] + ", ".join(straight) + text[-1] if flow else straight[0]
    return value[: len(value) - len(value.lstrip())] + repaired, message


def _key_and_value(entry: str) -> tuple[str, str]:
    """An entry of a mapping in { } as its key with the colon and space after it, and its value."""
    key, colon, rest = entry.partition(": ")
    return (key + colon, rest.strip()) if colon else ("", entry)


class LineMap(dict[Any, Any]):
    """A YAML mapping that remembers the line of each key, and which keys were written twice."""

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self.key_lines: dict[Any, int] = {}
        self.value_lines: dict[Any, int] = {}
        """The line of each text written on a line below its key's (`maps_to:` over `  -partnerships/do`)."""
        self.duplicates: list[tuple[Any, int]] = []
        self.overwritten: list[int] = []
        """The lines of keys written again below, whose values YAML drops."""
        self._merged: set[Any] = set()
        self.folded: set[Any] = set()
        """The keys of a text written on its key's line and on lines below it, one " - " where they join: entries of a
        list below a key with a value of its own (`partners: Council` over `  - NHS Trust`), read as one text."""

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)

    def value_line(self, key: Any) -> int:
        """The line a key's text starts on: its own, or the one below where it is written there."""
        return self.value_lines.get(key) or self.line_of(key)

    def enter(self, key: Any, line: int, merged: bool = False) -> None:
        """Note a key written at `line`, before its value is built: refuse a list or mapping as a key, remember a
        key written twice and the line of its last writing, whose value YAML keeps. A key `merged` in (`<<:
        *defaults`) is no key written twice: the mapping's own key of that name is the one kept, whatever the order
        (as YAML says), and its line."""
        try:
            hash(key)
        except TypeError:
            raise YamlProblem(line, "a key must be a single word or phrase, not a list or mapping") from None
        if merged:  # a later mapping merged in overrides an earlier one's key (flatten_mapping's order)
            if key not in self.key_lines or key in self._merged:
                self.key_lines[key] = line
                self._merged.add(key)
            return
        if key in self._merged:
            self._merged.discard(key)
            self.key_lines[key] = line
            return
        if key in self:  # what was noted of the value YAML drops goes with it (a review: its text's line was kept)
            self.duplicates.append((key, line))
            self.overwritten.append(self.key_lines[key])
            self.value_lines.pop(key, None)
            self.folded.discard(key)
        self.key_lines[key] = line  # the line of the value YAML keeps, the last (a fuzz: told of the first's)


class LineList(list[Any]):
    """A YAML sequence that remembers the line of each entry."""

    def __init__(self, line: int = 0) -> None:
        super().__init__()
        self.line = line
        self.lines: list[int] = []

    def add(self, value: Any, line: int) -> None:
        self.append(value)
        self.lines.append(line)

    def line_at(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.line


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, with line-remembering containers and forgiving timestamps."""

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return super().resolve(kind, value, implicit)  # type: ignore[no-any-return]
        return plain_tag(value)


_MOST_REMEMBERED = 10_000
LONGEST_REMEMBERED = 200
"""The longest text a memo of what was read keeps: the texts that come back file after file are short (a type, a
date, an audience, a target, a partner), and long ones (a title, a summary) are each written once, so thousands of
them would only hold memory for as long as the process runs (all of an `mkdocs serve` session)."""

Remembered = TypeVar("Remembered")


def remember(memo: dict[str, Remembered], text: str, read: Remembered, most: int = _MOST_REMEMBERED) -> Remembered:
    """`read`, what `text` was read as, kept in `memo` (a memo of what was read, for the process) while it holds
    fewer than `most` and if the text is short (LONGEST_REMEMBERED)."""
    if len(memo) < most and len(text) <= LONGEST_REMEMBERED:
        memo[text] = read
    return read


def plain_tag(value: str) -> str:
    """The type PyYAML gives a plain value (one written without quotes): its first implicit type whose pattern the
    value matches, else text."""
    # A plain value whose first character starts no implicit type (most words) is text: PyYAML would try none of
    # its patterns on it either.
    if value[:1] not in _IMPLICIT_STARTS and not _ANY_START:
        return _STR
    tag = _PLAIN_TAGS.get(value)
    if tag is None:
        resolvers = (*_LineLoader.yaml_implicit_resolvers.get(value[:1], ()), *_WILDCARD_RESOLVERS)
        tag = remember(_PLAIN_TAGS, value, next((tag for tag, pattern in resolvers if pattern.match(value)), _STR))
    return tag


def plain_value(text: str) -> object:
    """A plain value as the loader builds it: text, or a date, number, boolean or null. ValueError for a value of
    another type (a YAML value mark or merge key), which only PyYAML's construction builds."""
    tag = plain_tag(text)
    if tag == _STR:
        return text
    if tag not in _SCALAR_TAGS:
        raise ValueError(f"{text!r} is a {tag}")
    built = _BUILT.get(text, _BUILT)
    if built is _BUILT:
        built = remember(_BUILT, text, _build(tag, text))
    return built


def _build(tag: str, text: str) -> object:
    """A plain value of one of _SCALAR_TAGS, built as the loader builds it. A day written YYYY-MM-DD (the
    timestamp's only form of ten characters), which nearly every item has, is built here as PyYAML's timestamp
    builds it (lenient_timestamp: a day that does not exist stays text), in a tenth of its time."""
    if tag == _TIMESTAMP and len(text) == 10:
        try:
            return datetime.date(int(text[:4]), int(text[5:7]), int(text[8:]))
        except ValueError:
            return text
    return _LineLoader.yaml_constructors[tag](_CONSTRUCTOR, yaml.ScalarNode(tag, text))


_PLAIN_TAGS: dict[str, str] = {}
"""The type PyYAML gives each plain value it was asked about: the same keys and values (type, date, true) come back
in every file, and the type of a plain value depends on its text alone."""
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{kind}" for kind in ("null", "bool", "int", "float", "timestamp"))
"""The types of plain value built by a constructor of one value, with no loader state."""
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_BUILT: dict[str, object] = {}
"""The value built from each plain text of those types, none of which can be changed (a date, a number, true, null):
the same dates come back in file after file, and PyYAML takes 25,000 instructions to build one."""


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[LineMap]:
    data = LineMap(node.start_mark.line)
    yield data
    own = {id(key_node) for key_node, _ in node.value}
    loader.flatten_mapping(node)  # the keys merged in come first, each mapping merged in before the ones it overrides
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        merged = id(key_node) not in own
        data.enter(key, key_node.start_mark.line, merged)
        if not merged or key not in data or key in data._merged:
            data[key] = loader.construct_object(value_node, deep=True)
            _below(data, key, key_node, value_node, getattr(loader, "lines", ()))


def _below(mapping: LineMap, key: Any, key_node: yaml.Node, value_node: yaml.Node, lines: Sequence[str]) -> None:
    """Notes the line of a text written below its key's, and a text of several lines, a line below its key's
    starting with "- " (LineMap.folded; of `lines`, the text's)."""
    if not isinstance(value_node, yaml.ScalarNode):
        return
    start, end = value_node.start_mark.line, value_node.end_mark.line
    if start > key_node.start_mark.line:
        mapping.value_lines[key] = start
    elif (
        not value_node.style
        and end > start
        and " - " in value_node.value
        and any(line.lstrip().startswith("- ") for line in lines[start + 1 : end + 1])
    ):
        mapping.folded.add(key)


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Iterator[LineList]:
    data = LineList(node.start_mark.line)
    yield data
    for child in node.value:
        data.add(loader.construct_object(child, deep=True), child.start_mark.line)


def _construct_bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """Only true and false are booleans (as in YAML 1.2): yes, no, on and off stay words, such as rating ids."""
    text = loader.construct_scalar(node)
    return text.lower() == "true" if text.lower() in ("true", "false") else text


def _construct_int(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """A whole number written in digits alone (no 0 before them); one of more digits than Python reads (4,300) is
    a problem at its line, where PyYAML's ValueError was a traceback (a hostile review), and MkDocs stops on it.
    YAML 1.1's other forms stay text, for the validator to report where a number goes: it reads 0750 as 488
    (octal), 1:30 as 90 (base 60), 1_500 as 1500 and 0x10 as 16, which an author means as no such number (an
    outside review found them published as measures)."""
    if not _WHOLE_NUMBER.fullmatch(node.value):
        return loader.construct_scalar(node)
    try:
        return loader.construct_yaml_int(node)
    except ValueError:
        raise YamlProblem(
            node.start_mark.line,
            "this number has more digits than can be read (4,300), and MkDocs stops on it; put it in quotes, or "
            "shorten it",
        ) from None


def _construct_float(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """A number with a decimal point, written in digits alone, or .inf or .nan; YAML 1.1's other forms
    (1_000.5, 1:30.5, 1.2.3) stay text, as _construct_int's do."""
    if not _DECIMAL_NUMBER.fullmatch(node.value) and node.value.lstrip("+-").lower() not in (".inf", ".nan"):
        return loader.construct_scalar(node)
    return loader.construct_yaml_float(node)


_WHOLE_NUMBER = lazy_pattern(r"[-+]?(?:0|[1-9][0-9]*)")
_DECIMAL_NUMBER = lazy_pattern(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")


def lenient_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """A date-like value that is no real date (2026-02-30) stays text, for the validator to report."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_IMPLICIT_STARTS = frozenset({"", *_LineLoader.yaml_implicit_resolvers})
"""The first characters PyYAML's implicit types start with ("" for the empty value)."""
_ANY_START = None in _LineLoader.yaml_implicit_resolvers
"""Whether an implicit type may start with any character (none of the safe loader's does)."""
_WILDCARD_RESOLVERS = tuple(_LineLoader.yaml_implicit_resolvers.get(None, ()))
_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lenient_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)
_LineLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
_LineLoader.add_constructor("tag:yaml.org,2002:float", _construct_float)


_MERGE_KEYS = frozenset(("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"))


def _tree(loader: _LineLoader, node: yaml.Node) -> Any:
    """What loader.construct_document builds from a document without aliases (each node in one place), built
    directly: text, mappings and lists here, every other value by the loader (front matter is mostly text, and
    PyYAML's general construction took most of the time of reading it)."""
    tag = node.tag
    if tag == _STR and isinstance(node, yaml.ScalarNode):
        return node.value
    if tag == _SEQ and isinstance(node, yaml.SequenceNode):
        entries = LineList(node.start_mark.line)
        for child in node.value:
            entries.add(_tree(loader, child), child.start_mark.line)
        return entries
    if tag == _MAP and isinstance(node, yaml.MappingNode) and all(k.tag not in _MERGE_KEYS for k, _ in node.value):
        mapping = LineMap(node.start_mark.line)
        for key_node, value_node in node.value:
            key = _tree(loader, key_node)
            mapping.enter(key, key_node.start_mark.line)
            mapping[key] = _tree(loader, value_node)
            _below(mapping, key, key_node, value_node, getattr(loader, "lines", ()))
        return mapping
    return loader.construct_object(node, deep=True)


def _check_tags(root: yaml.Node) -> None:
    """Refuse a value marked with a YAML tag (`!!int soon`, `!!map [a]`, `!!timestamp x`, `!!binary`) other than
    `!!str` on a single value: the loader stopped on some in a traceback, built others as text where MkDocs, which
    reads front matter too, stops the build on them (a fuzzer's finds), and no portfolio needs one. A value's tag is
    told from the one YAML gives it unmarked (a node does not keep a tag written apart from it)."""
    seen: set[int] = set()
    waiting = [root]
    while waiting:
        node = waiting.pop()
        if id(node) in seen:  # (one reached again through an alias)
            continue
        seen.add(id(node))
        unmarked: tuple[str, ...]
        if isinstance(node, yaml.ScalarNode):  # (plain: a style of None, or "" in libyaml's loader)
            unmarked = (plain_tag(node.value) if not node.style else _STR, _STR)
        elif isinstance(node, yaml.SequenceNode):
            unmarked, waiting = (_SEQ,), [*waiting, *node.value]
        else:
            unmarked, waiting = (_MAP,), [*waiting, *(part for pair in node.value for part in pair)]
        if node.tag not in unmarked:
            tag = node.tag.replace("tag:yaml.org,2002:", "!!")
            raise YamlProblem(node.start_mark.line, f'"{tag}" marks the value on this line: {_TAG_HINT}')


def _check_shape(root: yaml.Node) -> None:
    """Refuse nesting deeper than MAX_DEPTH, aliases that refer to themselves, and aliases that expand to more than
    MAX_VALUES values (an "alias bomb"), before anything is built. Each node is measured once."""
    measured: dict[int, tuple[int, int]] = {}  # node -> (values once expanded, height)
    open_nodes: set[int] = set()
    aliased = False  # whether a node is reached twice: through an alias

    def measure(node: yaml.Node, depth: int) -> tuple[int, int]:
        if depth >= MAX_DEPTH:  # where the first level too many starts
            raise YamlProblem(node.start_mark.line, _TOO_DEEP)
        if isinstance(node, yaml.ScalarNode):  # most nodes: nothing to expand
            return 1, 1
        nonlocal aliased
        key = id(node)
        aliased = aliased or key in measured
        if key in open_nodes:
            raise YamlProblem(
                node.start_mark.line,
                "an alias (*name) refers to the value that contains it; write the value out instead of the alias",
            )
        if key not in measured:
            open_nodes.add(key)
            if isinstance(node, yaml.SequenceNode):
                children = list(node.value)
            elif isinstance(node, yaml.MappingNode):
                children = [part for pair in node.value for part in pair]
            else:
                children = []
            sizes = [measure(child, depth + 1) for child in children]
            open_nodes.discard(key)
            measured[key] = (1 + sum(s for s, _ in sizes), 1 + max((h for _, h in sizes), default=0))
        values, height = measured[key]
        if depth + height > MAX_DEPTH:  # a value reused by an alias deeper than where it was written
            raise YamlProblem(node.start_mark.line, _TOO_DEEP)
        if values > MAX_VALUES:
            raise YamlProblem(
                node.start_mark.line,
                f"the YAML's aliases (*name) expand to more than {MAX_VALUES:,} values; write the values out instead"
                if aliased
                else f"the file holds more than {MAX_VALUES:,} values, more than a portfolio's file is read with; "
                "make it smaller (a framework of fewer challenges, say)",
            )
        return values, height

    measure(root, 0)


_TOO_DEEP = (
    f"the YAML is nested more than {MAX_DEPTH} levels deep; write the value with fewer lists and mappings inside "
    "each other"
)


def _too_deep(text: str) -> int | None:
    """The line (from 0) where YAML opens lists or mappings inside each other more than _PARSED_DEPTH times, in
    brackets or with dashes on one line (`- - - - a`): libyaml's C code would follow them down until the process
    ran out of stack and ended without a word (a review's 40,000 levels); None where it does not (most text, at a
    glance). Nesting beyond MAX_DEPTH is refused after parsing, where quoted text is told from brackets."""
    if text.count("[") + text.count("{") > _PARSED_DEPTH:
        line = _deepest_line(text, _PARSED_DEPTH)
        if line is not None:
            return line
    if "- - " in text:
        found = _DASHES.search(text)
        if found:
            return text.count("\n", 0, found.start())
    return None


_PARSED_DEPTH = 1000
"""The most levels of lists and mappings inside each other handed to libyaml: far more than any text in quotes
holds brackets, far fewer than its C code can follow."""
_DASHES = lazy_pattern(rf"^[ \t]*(?:-[ \t]+){{{_PARSED_DEPTH + 1}}}", re.MULTILINE)
"""A line whose entry is a list inside a list, _PARSED_DEPTH times over."""


def _deepest_line(text: str, most: int = MAX_DEPTH) -> int | None:
    """The line where brackets ([ and {) first open more than `most` levels (None when they never do)."""
    depth = 0
    for line, written in enumerate(text.split("\n")):
        for char in written:
            depth += 1 if char in "[{" else -1 if char in "]}" else 0
            if depth > most:
                return line
    return None


_COMMENTED = lazy_pattern(r"(.*?)[ \t]*((?:[ \t]#.*)?)$")
"""A value, and the comment after it (" # a note") if any."""
_KEY_FIRST = lazy_pattern(r"[@`%][^\s:]*:(?:[ \t]|$)")
"""A line's first word a key (`@type: evidence`): no value to put in quotes."""
_RESERVED_START = lazy_pattern(r"(?P<key>[ \t]*(?:-[ \t]+)*(?:[^\s:#][^:#]*:[ \t]+)?)(?P<value>[@`%].*)")
"""A line whose value starts with a character YAML keeps for itself (`title: @Club wins`, `- %tag`), which no value
may start with unquoted: what comes before the value, and the value."""
_YAML_BREAK = lazy_pattern("\r\n|[\r\n\x85\u2028\u2029]")
"""A line break as PyYAML counts lines."""


@dataclass(frozen=True)
class Vocabulary:
    """What the writer of a YAML file means by its keys, for telling what went wrong where it does not parse."""

    keys: frozenset[str] = frozenset()
    """The keys the file is read for (front matter's: title, summary, partners...)."""
    pairs: frozenset[str] = frozenset()
    """Those whose value is pairs of keys and values (a self-assessment's ratings: `plan: good`)."""


NO_VOCABULARY = Vocabulary()
"""The words of a YAML file read for no keys in particular."""


def yaml_fault(exc: yaml.YAMLError, text: str, vocabulary: Vocabulary = NO_VOCABULARY) -> YamlProblem:
    """What is wrong with YAML that does not parse (`text`), in words, at the line (from 0) of the fault."""
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(exc.character, int):  # a character YAML refuses
        line = len(_YAML_BREAK.findall(text, 0, exc.position))
        return _invisible(line, chr(exc.character), "which YAML refuses; delete it, or retype the line")
    if not isinstance(exc, yaml.MarkedYAMLError):
        return YamlProblem(0, "YAML does not parse: " + " ".join(str(exc).split()))
    mark = exc.problem_mark or exc.context_mark
    context = exc.context or ""
    if exc.context_mark and (
        mark is None or mark.index >= len(text.rstrip()) or any(w in context for w in _CONTEXT_FIRST)
    ):
        # An unclosed bracket or quote, or a key without its colon: the fault is where that began.
        mark = exc.context_mark
    reason = exc.problem or exc.context or "it is not valid YAML"
    last = len(_YAML_BREAK.findall(text.rstrip("\r\n\x85\u2028\u2029")))  # a fault found at the end is on the last line
    line = min(mark.line, last) if mark else 0
    lines = _YAML_BREAK.split(text)
    found = _quote_fault(lines, max(line, exc.problem_mark.line if exc.problem_mark else line))
    if found is None:
        found = _indented_first_key(lines)
    if found is None and "mapping values are not allowed" in reason:
        found = (
            _curly_colon_fault(lines, line)
            or _colon_fault(lines, line)
            or _pairs_on_a_line(lines, line, reason, vocabulary.pairs)
        )
    if found is None and exc.context_mark and exc.problem_mark and "block collection" in context:
        found = _dash_fault(lines, exc.context_mark.line, exc.problem_mark.line)
    if found is None and ("mapping values are not allowed" in reason or "expected <block end>" in reason):
        found = _dedented_fault(lines, line)
    if found is None and any(said in reason for said in _INDENTED_KEY_REASONS):
        found = _indented_key_fault(lines, line, vocabulary.keys)
    if found is None and ("did not find expected key" in reason or "expected <block end>" in reason):
        found = _dedented_entry_fault(lines, line)
    if found is None:
        found = _dashless_entry_fault(lines, line)
    if found is None:
        found = _marked_value_fault(lines, line)
    if found is None:
        found = _marked_key_fault(lines, line)
    if found is not None:
        return found
    hint = _hint(reason)
    token = "cannot start any token" in reason and line < len(lines)
    reserved = _RESERVED_START.match(lines[line]) if token else None
    if reserved and (reserved["key"].strip() or not _KEY_FIRST.match(reserved["value"])):
        # the line written right (a review of valid portfolios: a title starting with @ was told of tabs); without
        # its comment, which stays one
        commented = _COMMENTED.match(reserved["value"])
        value, comment = (commented[1], commented[2]) if commented else (reserved["value"], "")
        quoted = f'"{value}"' if '"' not in value and "\\" not in value else "'" + value.replace("'", "''") + "'"
        written = f"{reserved['key'].lstrip()}{quoted}{comment}"
        hint = f"; a value cannot start with {value[0]} outside quotes: write it {written}"
    elif token and "\t" in lines[line]:  # (a tab after a list's dash: a review of the change)
        hint = "; this line holds a tab, which YAML does not take there: type spaces in its place"
    spaced = _SPACED_KEY.match(lines[line]) if "expected ':'" in reason and line < len(lines) else None
    above = next((lines[n] for n in range(min(line, len(lines)) - 1, -1, -1) if lines[n].strip()), "")
    meant = spaced is not None and (bool(spaced["separator"]) or spaced["key"] in vocabulary.keys)
    run_on = _RUN_ON.match(above) if spaced and not meant else None
    if run_on and not run_on["value"]:  # `strengths:`, then an email's lines (a careless contributor's review)
        hint = (
            f'; a line under "{run_on["key"]}:" belongs to it: indent it with two spaces, and, if it is one of a '
            'list\'s entries, start it with "- ", a dash and a space'
        )
    elif run_on and not lines[line - 1].strip():  # the page's text: the front matter's "---" left out above it
        hint = (  # (a careless contributor's review: told to join it to the line above, a blank line)
            "; this line, below a blank line, has no key: if it is the page's text, the front matter is not closed "
            'above it (a rule "---" further down closed it): add a line "---" above the blank line; if it is more of '
            f'"{run_on["key"]}", indent it with two spaces'
        )
    elif run_on:  # the rest of a text from the line above, wrapped by an editor, or its next sentence (two reviews)
        hint = (
            f'; this line reads as the rest of "{run_on["key"]}" on the line above, a text that runs on: indent it '
            'with two spaces, or join it to the line above; or, if it is the page\'s text, add a line "---" above it, '
            "where the front matter ends"
        )
    elif spaced:  # `summary - Partner coffee`: the line itself, written right (a careless contributor's review)
        hint = f"; each line needs a key, a colon and a space: write it {spaced['key']}: {spaced['value'].strip()}"
    elif "flow" in context and (comment := _COMMENT.search(lines[line])):  # in brackets: a "#" hid their end
        if not comment[0].strip("#") or comment[0][0].isspace():
            hint = _COMMENT_HINT
        else:  # `tags: [#summer, camps]`: the entry itself, in quotes
            entry = re.split(r"[,\]}]", lines[line][comment.end() - 1 :], maxsplit=1)[0].strip()
            bare = entry[1:].strip()
            leave = f', or leave the "#" out: {bare}' if bare else ""
            hint = _ENTRY_COMMENT_HINT.format(entry=_in_double_quotes(entry), leave=leave)
    elif block := _BLOCK_START.match(lines[line]):  # `summary: > 50% of partners`: ">" begins a block of text
        key, value = block["key"], lines[line][block.start("value") :].strip()
        hint = (
            '; a value starting with ">" or "|" is read as the start of a block of text on the lines below; put the '
            f"whole value in quotes: {f'{key.strip()}: ' if key else '- '}{_in_double_quotes(value)}"
        )
    return YamlProblem(line, f"YAML does not parse: {reason}{hint}")


def _indented_first_key(lines: list[str]) -> YamlProblem | None:
    """The first key indented, and a key below it at the margin: YAML then finds the end of one mapping and a
    second it does not take (a fuzz: told "did not find expected <document start>" at the line below, with no fix)."""
    written = [(number, line) for number, line in enumerate(lines) if line.strip()[:1] not in ("", "#")]
    if not written or not (first := _KEY_AT.match(written[0][1])) or not first["indent"]:
        return None
    if not any((key := _KEY_AT.match(line)) and not key["indent"] for _, line in written[1:]):
        return None
    return YamlProblem(
        written[0][0],
        f'the first key, "{first["key"]}", is indented, and the keys below it are not: the keys of the top level '
        f'start at the start of their lines; delete the spaces before "{first["key"]}:"',
        "yaml-syntax",
    )


_KEY_AT = lazy_pattern(r"(?P<indent>[ \t]*)(?P<key>[^\s:#\-][^:#]*?):(?:\s|$)")
"""A line holding a key and its colon, with the spaces before it."""


def _marked_key_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A key written with Markdown's marks around it (`**title**: ...`, `` `title`: ... ``), which YAML reads as
    marks of its own: a careless contributor's review was told to put the value in quotes."""
    found = _MARKED_KEY.match(lines[line]) if line < len(lines) else None
    if found is None:
        return None
    return YamlProblem(
        line,
        f'YAML does not parse: the key "{found["key"]}" is written with Markdown\'s marks around it '
        f'("{found["marks"]}"), which front matter does not take; write it {found["key"]}: {found["value"].strip()}',
    )


_MARKED_KEY = lazy_pattern(r"[ \t]*(?P<marks>(?P<mark>\*\*|__|\*|_|`)(?P<key>[A-Za-z_][\w-]*)(?P=mark)):(?P<value>.*)")


def _dashless_entry_fault(lines: list[str], line: int) -> YamlProblem | None:
    """An entry of a list written without the space after its dash (`-partnerships/do`), below the list's entries
    at its indentation: YAML reads it as text that goes on from them, and says a key's colon is missing (a careless
    contributor's review: told to write "key: value")."""
    text = lines[line] if line < len(lines) else ""
    entry = text.lstrip(" \t")
    if not entry.startswith("-") or entry[1:2] in ("", " ", "\t", "-"):
        return None
    above = next((lines[n] for n in range(line - 1, -1, -1) if lines[n].strip()), "")
    if _indent(above) != _indent(text) or not above.lstrip(" \t").startswith(("- ", "-\t")):
        return None
    return YamlProblem(
        line,
        "YAML does not parse: this line is an entry of the list above with no space after its dash, which YAML "
        f"reads as more text; put a space after the dash: - {entry[1:].strip()}",
    )


def _marked_value_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A value that starts with a mark of YAML's and goes on as text, which YAML could not read (a careless
    contributor's review: told to check the line's indentation, or in YAML's words): `title: [DRAFT] Minutes` (a list
    in brackets, and words after it), `{Draft} ...`, `title: ? what next` (a key's mark), and `partners: - Age UK -
    NHS Trust` (a list's entries, on the key's line)."""
    found = _MARKED_VALUE.match(lines[line]) if line < len(lines) else None
    if found is None:
        return None
    key, value, mark = found["key"].strip(), found["value"].split(" #")[0].strip(), found["mark"]
    if mark in "[{" and (value.endswith("]" if mark == "[" else "}") or ("]" if mark == "[" else "}") not in value):
        return None  # a list or a mapping in brackets (or one never closed), whatever is wrong with it
    quoted = f"put the whole value in quotes: {key}: {_in_double_quotes(value)}"
    if value in ("-", "?"):  # `partners: -` for none
        return YamlProblem(
            line,
            f'YAML does not parse: "{value}" alone is read as the start of {"a list" if value == "-" else "a key"}; '
            f"where there is none, delete the line; for the text, {quoted}",
        )
    if mark == "-":
        entries = [entry.strip() for entry in re.split(r"(?:^|[ \t])-[ \t]+", value) if entry.strip()]
        if len(entries) < 2:  # (a list's entry, or a title starting with a dash: an outside review found the
            # quotes it was told alone taken into a list of tags, "- health")
            return YamlProblem(
                line,
                f'YAML does not parse: a value starting with "- " is read as a list\'s entry, which goes on a line of '
                f'its own, under "{key}:" ("  - {entries[0] if entries else value}"); for a text starting with a '
                f"dash, {quoted}",
            )
        return YamlProblem(
            line,
            f'YAML does not parse: "- " starts a list\'s entry, and each goes on a line of its own, under "{key}:" '
            f'("  - {entries[0]}"), or all in brackets: {key}: [{", ".join(entries)}]',
        )
    read_as = {"[": "a list in brackets, which ends at", "{": "keys and values in braces, which end at"}
    if mark == "?":
        return YamlProblem(
            line, f'YAML does not parse: a value starting with "? " is read as a key of YAML\'s; {quoted}'
        )
    close = "]" if mark == "[" else "}"
    return YamlProblem(
        line,
        f'YAML does not parse: a value starting with "{mark}" is read as {read_as[mark]} "{close}", and the words '
        f"after it are not read; {quoted}",
    )


_MARKED_VALUE = lazy_pattern(
    r"[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_ -]*):[ \t]+(?P<value>(?P<mark>[\[{]|[-?](?=[ \t]|$)).*)"
)
"""A key whose value starts with a mark of YAML's: "[", "{", "- " or "? "."""


_SPACED_KEY = lazy_pattern(
    r"[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_]*)[ \t]+(?:(?P<separator>[-=\u2013\u2014])[ \t]+)?(?P<value>[^\s#].*)"
)
"""A key and its value with a space (a dash, an equals sign) between them, in place of a colon."""
_RUN_ON = lazy_pattern(r"(?P<key>[A-Za-z_][A-Za-z0-9_ -]*):(?:[ \t]+(?P<value>[^\s\"'\[{>|&*!#%@`].*))?[ \t]*$")
"""A key at the margin with no value (a list's entries meant below it), or a value of plain text, which an editor
may have wrapped onto the line below."""


_BLOCK_START = lazy_pattern(r"[ \t]*(?:-[ \t]+)?(?:(?P<key>[^\s#:>|][^:]*):[ \t]+)?(?P<value>[>|][ \t]*[^\s#].*)")
"""A key (or a list's entry) whose value starts with ">" or "|" (a block of text below it) and goes on, on its
line, with more than the block's own marks (`> 50% of partners`): the value was meant as text."""


def _quote_fault(lines: list[str], last: int) -> YamlProblem | None:
    """The first value in quotes, on the lines up to `last` (from 0) of YAML that does not parse, that is not what
    its writer meant: one whose quotes close before its end (`title: 'It's ours'`, `summary: "Our "best" year"`),
    or one whose quote is not closed on its line and that runs on to the next quote mark, past lines of other keys
    (`title: 'Our partners`, then `summary: It's great`). YAML reads each from its first quote mark to the next, and
    says what it met after that, at that line, as an indentation to check. A value in quotes written over several
    lines, each indented under its key, is meant so: the quote mark that ends it too soon is the fault."""
    block: int | None = None
    whole = "\n".join(lines)
    starts = [0]
    for written in lines:
        starts.append(starts[-1] + len(written) + 1)
    number = 0
    while number <= min(last, len(lines) - 1):
        written = lines[number]
        indent = _indent(written)
        if block is not None and (not written.strip() or indent > block):  # a line of a block text (|, >)
            number += 1
            continue
        block = indent if _BLOCK_TEXT.match(written) else None
        opened = _QUOTED_VALUE.match(written)
        if opened is None or _continues(lines, number):
            number += 1
            continue
        quote, start = opened["quote"], opened.end("quote")
        closed = (_IN_SINGLE if quote == "'" else _IN_DOUBLE).match(whole, starts[number] + start)
        if closed is None:  # never closed: YAML says so itself, at this line
            return None
        before = whole.count("\n", starts[number], closed.end())
        after = whole[closed.end() : starts[number + before + 1] - 1]
        if not after.strip() or _CLEAN_AFTER.match(after):
            number += before + 1
            continue
        shown, key = written[start - 1 :].rstrip(), written[: start - 1].strip() + " "
        below = [line for line in lines[number + 1 : number + before + 1] if line.strip()]
        if before and all(_indent(line) > indent for line in below):  # over several lines, as meant
            return YamlProblem(
                number + before,
                f"YAML does not parse: the value in quotes that starts {before} line{'s' if before > 1 else ''} above "
                f"ends at the quote mark before {after.strip()[:30]}, so the rest of the line is not read; for a "
                f"quote mark inside a value, {_INSIDE[quote]}",
            )
        if before:
            ran_into = whole[starts[number + before] : closed.end()].strip()  # the line up to that quote mark
            ran_into = ran_into if len(ran_into) <= 60 else "..." + ran_into[-57:]
            return YamlProblem(
                number,
                f"YAML does not parse: the quote mark ({quote}) that opens this value is not closed on this line, "
                f'so the lines below it are read as part of the value, up to the next one, at the end of "{ran_into}"; '
                f"close the quote at the end of this line: {key}{shown}{quote}",
            )
        return YamlProblem(
            number,
            "YAML does not parse: the value in quotes ends at its second quote mark, so the rest of the line, "
            f"{after.strip()}, is not read; for a quote mark inside a value, {_INSIDE[quote]}: "
            f"{key}{_requoted(shown, quote)}",
        )
    return None


_INSIDE = {
    "'": "write it twice ('') or put the whole value in double quotes",
    '"': 'write a backslash before it (\\") or put the whole value in single quotes',
}
"""How to write a quote mark inside a value in single or double quote marks."""


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _continues(lines: list[str], number: int) -> bool:
    """Whether a line is more of the plain value (no quotes, brackets or block text) of a key above it, indented
    under it: text, wherever it has quote marks or a dash."""
    indent = _indent(lines[number])
    for above in range(number - 1, -1, -1):
        written = lines[above]
        if not written.strip() or written.lstrip().startswith("#"):
            continue
        if _indent(written) >= indent:
            if _indent(written) == indent and (_KEY_OR_ENTRY.match(written) or written.rstrip().endswith(":")):
                return False
            continue  # another line of that value, or of a value above
        found = _KEY_OR_ENTRY.match(written)
        return bool(found and found["rest"].strip() and found["rest"].lstrip()[:1] not in _NOT_PLAIN_START)
    return False


_QUOTED_VALUE = lazy_pattern(
    r"[ \t]*(?:(?:-[ \t]+)+(?:{key}:[ \t]+)?|{key}:[ \t]+)(?P<quote>['\"])".format(
        key=r"[^\s'\"#\[\]{},&*!|>%@`:-][^:]*"
    )
)
"""A key's line or a list's entry whose value starts with a quote mark (not a line inside brackets)."""
_IN_SINGLE = lazy_pattern(r"(?:[^']|'')*'")
_IN_DOUBLE = lazy_pattern(r'(?:[^"\\]|\\.)*"', re.DOTALL)
"""The rest of a value in single or double quote marks, up to the one that closes it."""
_CLEAN_AFTER = lazy_pattern(r"[ \t]+#|[ \t]*(?::(?:[ \t]|$)|[,\]}])")
"""What may follow a value in quotes on its line: a comment, the colon after a key in quotes, the comma or bracket
after an entry in brackets."""


def _requoted(written: str, quote: str) -> str:
    """A value written in `quote` marks that holds them too (`'It's ours'`, `"Best" year`), as it reads written
    otherwise: in the other marks where that keeps its text (a backslash is an escape in double quotes, and text in
    single ones), else in the same marks, the one inside written twice ('') or after a backslash (\\")."""
    inner = written[1:-1] if len(written) > 1 and written.endswith(quote) else written
    if quote == "'":
        inner = inner.replace("''", "'")  # (a quote mark written twice, as single quotes write one)
        return '"' + inner + '"' if '"' not in inner and "\\" not in inner else "'" + inner.replace("'", "''") + "'"
    if "'" not in inner and "\\" not in inner:
        return "'" + inner + "'"
    return '"' + re.sub(r'(?<!\\)"', r'\\"', inner) + '"'


_INDENTED_KEY_REASONS = ("mapping values are not allowed", "did not find expected key", "expected <block end>")
"""What YAML says of a key indented under a key with its value (as more of that value, with a colon; or as a key it
did not expect there)."""


def _written_above(lines: list[str], line: int) -> int | None:
    """The nearest line above `line` that holds more than a comment; None at the top."""
    return next(
        (n for n in range(line - 1, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")), None
    )


def _curly_colon_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A value that opens with a curly quote and holds ": " (`title: “Our plan”: the year`): YAML reads the quote as
    a letter and the ": " as another key's; its author, who put it in quotes, was told to put it in quotes (a staff
    review)."""
    found = _CURLY_THEN_COLON.match(lines[line]) if line < len(lines) else None
    if found is None:
        return None
    value = found["value"].rstrip()
    quoted = f'"{value}"' if '"' not in value and "\\" not in value else "'" + value.replace("'", "''") + "'"
    return YamlProblem(
        line,
        f"YAML does not parse: the value opens with a curly quote ({value[0]}), pasted from a word processor, which "
        'YAML reads as a letter, not a quote, so the ": " in it reads as the start of another key; put the whole '
        f"value in straight quotes: {found['key']}: {quoted}",
    )


_CURLY_THEN_COLON = lazy_pattern(
    r"[ \t]*(?:-[ \t]+)?(?P<key>[^\s:#\-\[\]{}][^:#]*?):[ \t]+(?P<value>[\u201c\u2018\u201e\u00ab][^#]*?:[ \t].*)$"
)
"""A key whose value opens with a curly quote and holds ": "."""


def _colon_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A line with no colon after its key (`title Minutes`), which YAML reads on into the key of the line after it,
    and then says the line after it is at fault: the line above `line`, at its indentation, holding no key, where
    it is not more of a value of the line above it."""
    above = _written_above(lines, line)
    if above is None or line >= len(lines) or _continues(lines, above):
        return None
    written, below = lines[above], lines[line]
    if _indent(written) != _indent(below) or _KEY_OR_ENTRY.match(written):
        return None
    words = written.strip()
    if words[:1] in _NOT_PLAIN_START or words.startswith("-") or ": " in words or words.endswith(":"):
        return None
    key, _, value = words.partition(" ")
    value = re.sub(r"^(?:[-=\u2013\u2014]|::?)[ \t]+", "", value)  # `title - Minutes`: the colon in its place
    return YamlProblem(
        above,
        "YAML does not parse: a key starts this line, but no colon follows it, so the line is read on into the line "
        f"below; write the key, a colon and a space, then the value ({key}: {value or '...'}), or, if the line is more "
        "of the value above, indent it",
    )


_KEY_LINE = lazy_pattern(r"[ \t]*[A-Za-z_][A-Za-z0-9_ -]*:(?:[ \t]|$)")
"""A line that starts with a key and its colon."""
_PAIRS = lazy_pattern(
    r"[ \t]*(?P<key>[A-Za-z_][A-Za-z0-9_-]*):[ \t]+"
    r"(?P<pairs>[A-Za-z_][\w -]*:[ \t]+[^,:]+(?:,?[ \t]*[A-Za-z_][\w -]*:[ \t]+[^,:]+)*)"
)
"""A key whose value is key: value pairs on its line (`ratings: plan: good, do: fair`)."""
_PAIR = lazy_pattern(r"([A-Za-z_][\w-]*):[ \t]+([^,:]+?)(?=,|[ \t]+[A-Za-z_][\w-]*:|[ \t]*$)")
"""One of those pairs, ending at a comma or the next pair's key."""
_MOST_PAIRS = 12
"""The most pairs on a line told to be written in braces (see _pairs_on_a_line)."""


def _pairs_on_a_line(lines: list[str], line: int, reason: str, keys: frozenset[str]) -> YamlProblem | None:
    """A key of `keys` (whose value is pairs) written with its pairs on its line, which YAML reads as keys of their
    own where it allows none (a careless contributor's review: told to put the value in quotes, which made it a
    text the key does not take): told to put them in braces, or each on a line of its own."""
    written = lines[line].rstrip() if line < len(lines) else ""
    # (of more pairs than any framework has sections, no key's: the pattern's time doubles with each pair, a review)
    found = _PAIRS.fullmatch(written) if written.count(":") <= _MOST_PAIRS + 1 else None
    if found is None or found["key"] not in keys:
        return None
    key, pairs = found["key"], ", ".join(f"{pair[1]}: {pair[2].strip()}" for pair in _PAIR.finditer(found["pairs"]))
    return YamlProblem(
        line,
        f'YAML does not parse: {reason}; the value of "{key}" is pairs of keys and values: write them in braces, '
        f'{key}: {{{pairs}}}, or each on a line of its own, indented under "{key}:" with two spaces',
    )


def _dash_fault(lines: list[str], start: int, line: int) -> YamlProblem | None:
    """A key written as a list's entry (`- plan:`) among keys at its indentation without a dash (`do:`): YAML reads
    a list from the dash, and says the key below, which is no entry of it, is at fault; the dash, the list's only
    one, is."""
    if max(start, line) >= len(lines) or not lines[start].lstrip().startswith("- "):
        return None
    below = lines[line]
    if _indent(below) != _indent(lines[start]) or not _KEY_LINE.match(below):
        return None
    dash = _indent(lines[start])
    if any(_indent(lines[n]) == dash and lines[n].lstrip().startswith("- ") for n in range(start + 1, line)):
        return None  # a list of entries, one of them written without its dash: YAML's line is the one at fault
    return YamlProblem(
        start,
        f'YAML does not parse: this line starts a list with "- ", but "{below.strip().split(":")[0]}:" below it, at '
        'its indentation, is a key without one; take the "- " out of this line (or start each of the others with "- ")',
    )


def _indented_key_fault(lines: list[str], line: int, keys: frozenset[str]) -> YamlProblem | None:
    """One of the file's keys (any key's name, in a file read for no keys in particular, mkdocs.yml, under a value
    that cannot run on to the line below: quoted, in brackets, or followed by a comment) indented under a key whose
    value is beside it (`  summary:` below `date: 2026-05-14`, below a quoted value, a list in brackets,
    a comment), which YAML reads as more of that value, and then refuses for its colon, or for a key it did not
    expect (a staff walkthrough: told that a value holds ": ", or of the line above; a fuzz)."""
    found = _KEY_AT.match(lines[line]) if line < len(lines) else None
    key = found["key"].strip() if found else ""
    if found is None or not found["indent"] or not (key in keys if keys else _KEY_NAME.fullmatch(key)):
        return None
    above = _written_above(lines, line)
    owner = _KEY_AT.match(lines[above]) if above is not None else None
    if above is None or owner is None or len(owner["indent"]) >= len(found["indent"]):
        return None
    written = lines[above][owner.end() :]
    value = written.split(" #", 1)[0].strip()
    if not value or value.startswith(("#", "|", ">", "&", "!")):
        return None
    closed = value.startswith(("'", '"', "[", "{")) or " #" in written  # a value that cannot run on below
    if not keys and not closed:  # (mkdocs.yml: `copyright: ...,` over `  Note: all rights reserved` may run on)
        return None
    spaces, level = len(found["indent"]), len(owner["indent"])
    fix = (
        f'delete the spaces before "{key}:"'
        if not level
        else f'indent it {level} spaces, as "{owner["key"].strip()}:" is'
    )
    return YamlProblem(
        line,
        f'YAML does not parse: "{key}:" is indented {spaces} space{"" if spaces == 1 else "s"}, more than '
        f'"{owner["key"].strip()}:" above it, which has its value beside it, so this line is read as more of that '
        f"value; {fix}",
    )


_KEY_NAME = lazy_pattern(r"[A-Za-z_][A-Za-z0-9_]*")
"""A key's name as settings files write them (`as_of`, `docs_dir`): one word."""


def _dedented_entry_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A list's entry indented less than the entry above it, and more than the key of the list (`    - do`, then
    `   - plan`): a staff walkthrough was told to check the indentation against the lines above, without how. The
    indentation it is given is that of the entries of the list it is nearest to, of those above it indented more (a
    list inside another's entry is not its own: a review of the change)."""
    if line >= len(lines) or not lines[line].lstrip().startswith("- "):
        return None
    spaces = _indent(lines[line])
    above: set[int] = set()
    for number in range(line - 1, -1, -1):
        written = lines[number]
        if not written.strip() or written.lstrip().startswith("#"):
            continue
        if written.lstrip().startswith("- "):
            above.add(_indent(written))
        elif _indent(written) <= spaces:  # the key of the list
            break
    wanted = min((indent for indent in above if indent > spaces), default=None)
    if wanted is None:
        return None
    return YamlProblem(
        line,
        f"YAML does not parse: this entry of a list is indented {spaces} space{'' if spaces == 1 else 's'}, and the "
        f"entries above it {wanted}: the entries of one list are indented alike; indent it {wanted} spaces, as they "
        "are",
    )


def _dedented_fault(lines: list[str], line: int) -> YamlProblem | None:
    """A key indented less than the keys above and below it (`audience:` moved two spaces left among a plugin's
    options), which YAML reads as a key of the block around them, and then says the key below it is at fault (for
    being indented more than a key whose value it cannot be part of): the line above `line` that holds a key with
    its value, indented less than `line` and the line before it, which are indented alike; or (`question:` moved
    left, level with the empty `deliver:` before it, whose block the line below it is in) indented as the line
    before it, which opens a block, and less than `line`."""
    written = [n for n in range(line - 1, -1, -1) if lines[n].strip() and not lines[n].lstrip().startswith("#")]
    if len(written) < 2 or line >= len(lines):
        return None
    above, before = written[0], written[1]
    value = lines[above].split("#", 1)[0].rstrip()
    if value.endswith((":", "|", ">")):
        return None
    alike = lines[before].lstrip().startswith("- ") == lines[line].lstrip().startswith("- ")
    if _indent(lines[above]) < _indent(lines[line]) == _indent(lines[before]) and alike:
        # (not a key below a list's entry: `date:` between `  - partnerships/do` and `  summary:` is where it should
        # be, and the line below it is at fault: a staff walkthrough)
        return YamlProblem(
            above,
            f"YAML does not parse: this line is indented {_indent(lines[above])} spaces, where the lines above and "
            f"below it are indented {_indent(lines[line])}, so it ends the block they are in; indent it as they are",
        )
    opening = lines[before].split("#", 1)[0].rstrip()
    entry = lines[above].lstrip().startswith("- ")  # (a list at its key's indentation is the key's own: a review)
    if not entry and _indent(lines[before]) == _indent(lines[above]) < _indent(lines[line]) and opening.endswith(":"):
        # `question:` moved left, level with `deliver:` above it, whose block it began (a new organisation's review:
        # told at the line below it that a value ends with ":")
        owner = opening.strip().removeprefix("- ")
        return YamlProblem(
            above,
            f'YAML does not parse: this line is indented as "{owner}" above it, which is left empty, and the line '
            f'below it is indented more, as if it were under this one; if this line belongs under "{owner}", '
            f"indent it {_indent(lines[line])} spaces, as the line below is; else indent the line below as this one",
        )
    return None


_COMMENT = lazy_pattern(r"(?:^|[\s\[{,])#")
"""Where a comment starts in a line of YAML, and hides the rest of it: a "#" after a space, or where an entry of a
list or mapping in brackets starts (`tags: [#summer, camps]`), as YAML reads it there too."""
_COMMENT_HINT = (
    '; a "#" after a space starts a comment, which hides the rest of the line (the closing bracket too): put the '
    'entry that holds it in quotes, such as [minutes.pdf, "photo #2.png"]'
)
_ENTRY_COMMENT_HINT = (
    '; a "#" at the start of an entry in brackets starts a comment, which hides the rest of the line (the closing '
    "bracket too): put the entry in quotes, {entry}{leave}"
)


def _invisible(line: int, char: str, how: str) -> YamlProblem:
    return YamlProblem(line, f"this line holds an invisible character ({_named(char)}), {how}", "pasted-text")


def _named(char: str) -> str:
    """A character as messages name it: "U+200B, zero width space"."""
    import unicodedata

    return f"U+{ord(char):04X}, {unicodedata.name(char, 'a control character').lower()}"


def escaped_characters(data: object, lines: Sequence[str], line: int = 0) -> Iterator[YamlProblem]:
    """A problem for each value of loaded YAML holding a control character written as an escape in double quotes
    (`"\\a"`, `"\\x07"`, `"\\u0007"`, `"\\0"`), which pasted_characters cannot see in the text, at its line; where
    the escape's back-slash was meant as itself (`"files\\new minutes.pdf"`, a Windows path in double quotes,
    changed without a word, a novice's review; `"$\\frac{a}{b}$"`, LaTeX), the value is told to be written in single
    quotes, as found on its line of the text (`lines`)."""
    if isinstance(data, str):
        found = _INVISIBLE.search(data)
        meant = _backslash_meant(lines[line]) if line < len(lines) and (found or _BREAKS.search(data)) else None
        if meant:
            yield YamlProblem(line, meant)
        elif found:
            yield _invisible(line, found[0], "written as an escape in quotes; delete the escape")
    elif isinstance(data, LineMap):
        for key, value in data.items():
            yield from escaped_characters(key, lines, data.line_of(key))
            yield from escaped_characters(value, lines, data.line_of(key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from escaped_characters(value, lines, data.line_at(index) if isinstance(data, LineList) else line)


def _backslash_meant(written: str) -> str | None:
    """What is wrong with a text in double quotes on the line `written` whose back-slash before a letter was meant as
    itself, or None: an escape YAML reads as a control character a word's letter follows (`\\alpha`, `\\frac`: no
    one means a bell or a form feed there), or any escape before a letter in a path or in a formula."""
    escape = _ESCAPED_LETTER.search(written)
    if not escape:
        return None
    text, letter = escape[0][1:], escape[1][1]
    formula = any(_COMMAND.search(found[0]) for found in _FORMULA.finditer(text))
    path = not formula and _PATH_LIKE.search(escape[0])
    if letter not in "abefv" and not path and not formula:
        return None
    read_as = _READ_AS.get(letter, "a control character")
    quoted = "'" + text.replace("'", "''") + "'"
    slashed = f"write a path with / ({_quoted(text.replace(chr(92), '/'))}), or " if path else ""
    return (
        f'a backslash (\\) inside double quotes starts an escape: "\\{letter}" in "{_quoted(text)}" is read as '
        f"{read_as}; {slashed}put the value in single quotes ({_quoted(quoted)})"
    )


def _quoted(text: str) -> str:
    """A value as a message quotes it: whole, up to a line's length (a value of 100 KB was quoted three times)."""
    return text if len(text) <= 200 else text[:200] + "..."


_BREAKS = lazy_pattern("[\n\t\r]")
_ESCAPED_LETTER = lazy_pattern(r'"(?:[^"\\]|\\.)*?(\\[ntrabefvNLP0])(?=[A-Za-z0-9])(?:[^"\\]|\\.)*')
"""A text in double quotes holding an escape YAML reads as a control character, a line break or a tab (`\\n`,
`\\t`, `\\f`, `\\N`...) before a letter or digit, as a folder's name follows a back-slash in a Windows path and a
command's name in a formula (not "a\\n\\nb", a line break meant: a check of its own says a partner holds one), up
to its closing quote or the end of its line."""
_READ_AS = {"t": "a tab", **dict.fromkeys("nrNLP", "a line break")}
"""What YAML reads an escape as, by its letter, where not a control character."""
_PATH_LIKE = lazy_pattern(
    r"(?<![A-Za-z0-9])[A-Za-z]:\\|\\[^\\\s\"]+[^\\\s\".,:;!?]\\|(?<![.,:;!?])\\[^\\\"]*\.[A-Za-z][A-Za-z0-9]{0,4}$"
)
"""A path of Windows as written: after a drive's letter (not a word's, "Steps:\\n1."), with a folder's name
between two back-slashes (a name of more than the escape's letter, without a space, not ending as a sentence or a
list's entry does: not "a\\n\\nb", "Agreed.\\nReviewed.\\nDone." or "Col A\\tCol B\\tCol C", line breaks
and tabs meant: a review of valid portfolios), or ending in a file's extension, a letter first, not after a
sentence's end ("files\\new minutes.pdf"; not "very\\tgood", a tab meant: a test of the suite's; not "Version
1\\nVersion 2.0", nor "Agreed.\\nMore at example.org")."""
_FORMULA = lazy_pattern(r"\$[^$\\]*(?:\\.[^$\\]*)*\$")
"""A formula of LaTeX, between dollar signs (`$\\theta$`), read in one pass (none closed took seconds: a review)."""
_COMMAND = lazy_pattern(r"\\[A-Za-z]{2}")
"""A command of LaTeX in a formula (`\\theta`, `\\alpha\\nu`): the formula is no path."""


def hashes_read_as_comments(text: str) -> Iterator[YamlProblem]:
    """A problem for each line whose value holds "#" right before a word, at its start or after a space (`summary:
    #1 in the county`, `tags: #dementia`, `partners: Age UK #NHS Trust`): YAML reads it as the start of a comment,
    and what follows is lost without a word. A comment with a space after its "#", a "#" inside quotes or inside a
    word (a web address's `#section`), and block texts (`|`, `>`), whose lines are text, are fine."""
    block: int | None = None
    for number, line in enumerate(text.split("\n")):
        indent = len(line) - len(line.lstrip(" \t"))
        if block is not None and (not line.strip() or indent > block):
            continue
        block = indent if _BLOCK_TEXT.match(line) else None
        found = _KEY_OR_ENTRY.match(line) if block is None and "#" in line else None
        if found is None or found["rest"][:1] in _NOT_PLAIN_START:
            continue
        rest = found["rest"]
        hashed = _HASH_WORD.search(rest)
        if hashed is None:
            continue
        value, key = rest[: hashed.start()].strip(), found["key"]
        empty = f'"{key}" is read as empty' if key else "this entry is read as empty"
        what = empty if not value else f'"{rest[hashed.start() :].strip()}" is not part of the value'
        written = _in_double_quotes(rest.strip())
        words = rest.split()
        named = [word.lstrip("#").rstrip(",;") for word in words]
        listed = (  # `tags: #summer #camps`: quoted, one tag of both (a new organisation's review)
            f", or, for a list of words, write them in brackets without their #: {key}: [{', '.join(named)}]"
            if key and len(words) > 1 and all(word.startswith("#") for word in words) and all(named)
            else ""
        )
        yield YamlProblem(
            number,
            f'YAML reads "#" at the start of a value or after a space as the start of a comment, so {what}; put the '
            f"whole value in quotes ({f'{key}: ' if key else '- '}{written}){listed}, or, for a comment, write a "
            "space after the #",
            "hash-comment",
        )


_KEY_OR_ENTRY = lazy_pattern(r"[ \t]*(?:(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:|-)[ \t]+(?P<rest>.*)")
"""A `key: value` line or a list's entry, and its value as written."""
_NOT_PLAIN_START = frozenset("'\"[{|>&*!%@`")
"""The first characters of a value in quotes, a list or mapping in brackets, a block text, an anchor, an alias,
a tag: read otherwise than plain text."""
_HASH_WORD = lazy_pattern(r"(?:^|(?<=[ \t]))#[^\s#]\S*")
"""A "#" at the start or after a space, with no space after it, and the word it starts."""


def or_none(text: str, in_brackets: bool = False, dated: bool = False) -> str:
    """ " or none" where a value in quotes could go without them, read as the same text, or as the date it writes
    where a date is meant (`dated`; in a list in [ ] where `in_brackets`): not "Thank you: from Age Cymru", whose ": "
    YAML reads as a key's, "Pool # 2", cut at its "#", "2026", a number, nor a title "2026-05-14", a date (reviews:
    the fix followed did not parse, or was refused)."""
    try:
        read = yaml.safe_load(f"[{text}]" if in_brackets else text)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):  # (2026-02-30, [[[[...: fuzz and review)
        return ""
    if in_brackets:
        if not isinstance(read, list) or len(read) != 1:
            return ""
        read = read[0]
    return " or none" if read == text or (dated and isinstance(read, datetime.date)) else ""


def _in_double_quotes(text: str) -> str:
    """A text in double quotes as YAML reads it (as JSON writes it), for a mistake's message."""
    import json  # here, as unicodedata in _invisible: only a mistake's message needs them, and a check starts sooner

    return json.dumps(text, ensure_ascii=False)


def _check_anchors(text: str) -> None:
    """Refuse a value marked as an anchor (`&name`) that no alias (`*name`) repeats: a value that starts with "&" and
    a word (`title: &Co partnership`, `partners: [&Co Age UK]`) lost the word without a word, as YAML reads it as the
    anchor's name (a careless contributor's review)."""
    defined: dict[str, int] = {}
    used: set[str] = set()
    for event in yaml.parse(text, Loader=_SafeLoader):
        if isinstance(event, yaml.AliasEvent) and event.anchor is not None:
            used.add(event.anchor)
        elif isinstance(event, yaml.NodeEvent) and event.anchor is not None:
            defined.setdefault(event.anchor, event.start_mark.line if event.start_mark else 0)
    for name, line in defined.items():
        if name not in used:
            raise YamlProblem(
                line,
                f'a value starting with "&{name}" is read as a mark of YAML\'s own (an anchor, for "*{name}" to repeat '
                f'the value elsewhere), and "&{name}" is left out of the value; put the whole value in quotes, such as '
                f'"&{name} ..."',
            )


def too_deep(text: str) -> YamlProblem | None:
    """The problem of YAML nested deeper than is read (see _too_deep), at its line; None for any other."""
    deep = _too_deep(text)
    return None if deep is None else YamlProblem(deep, _TOO_DEEP)


def load_yaml(text: str, vocabulary: Vocabulary = NO_VOCABULARY) -> Any:
    """Load one YAML document safely; raise YamlProblem with the line of the fault (told in the words of
    `vocabulary`)."""
    deep = _too_deep(text)
    if deep is not None:  # before libyaml, whose C code would run out of stack, and end Python without a word
        raise YamlProblem(deep, _TOO_DEEP)
    loader = _LineLoader(text)
    loader.lines = text.splitlines()  # (LineMap.folded looks at them)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if (
            "*" in text
            or "- - " in text
            or len(text) > _SMALL
            or text.count("\n") + text.count("[") + text.count("{") >= MAX_DEPTH
        ):
            _check_shape(node)  # else no alias to expand, and fewer lines and brackets than levels to refuse
        if "&" in text:
            _check_anchors(text)
        if "!" in text:
            _check_tags(node)
        if "*" in text:  # an alias: one value in several places, as PyYAML builds it
            return loader.construct_document(node)
        return _tree(loader, node)
    except yaml.YAMLError as exc:
        raise yaml_fault(exc, text, vocabulary) from None
    except RecursionError:
        raise YamlProblem(_deepest_line(text) or 0, _TOO_DEEP) from None
    finally:
        loader.dispose()
