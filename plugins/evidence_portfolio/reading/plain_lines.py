"""Front matter of plain `key: value` lines, read line by line instead of by PyYAML.

Nearly every item's front matter is a handful of `key: value` lines at the margin, lists written `- entry` or
`[a, b]`, and values that are words, dates or text in quotes. Read line by line, such front matter gives what
load_yaml gives (the same values, of the same types, the same lines remembered) in a fraction of the time PyYAML
takes to build its nodes, which was most of the time `portfolio check` spent on a file. Anything else is left to
PyYAML, whole: a mapping inside a key, a block text (`|`, `>`), a value over several lines, an escape or a quote
inside quotes, an anchor, an alias, a tag, a comment inside [ ], a tab, and whatever PyYAML would refuse, so that
its messages stay the only ones.

What a line is depends on its text alone, and the same short lines come back in file after file (`type: evidence`,
`  - partnerships/plan`): each is read once in a process (_READ_LINES), and only what depends on where it is (its
line number, a fresh list for a list in brackets) is made for each file.
"""

from __future__ import annotations

from typing import Any, Final, NamedTuple

from ..model.lazy_patterns import lazy_pattern
from .yaml_lines import MAX_VALUES, NO_VOCABULARY, LineList, LineMap, Vocabulary, load_yaml, plain_value, remember

_NOT_PLAIN: Final = object()
"""What a line or value is when only PyYAML may read it."""
_KEY = lazy_pattern(r"([A-Za-z_][A-Za-z0-9_-]{0,199}):(?: (.*))?\Z")
"""A key at the margin, its colon, and its value after a space (none when the line ends at the colon); a key
longer than PyYAML reads as one (1,024 characters) is its to refuse."""
_ENTRY = lazy_pattern(r"( *)-(?: (.*))?\Z")
"""A list entry: its indentation, and its value after "- "."""
_FLOW = lazy_pattern(r"\[([^\[\]{}#]*)\](?: +#.*)?\Z")
"""A list in brackets on one line, with no bracket, brace or comment inside."""
_AWKWARD = lazy_pattern("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]")
"""A character PyYAML reads otherwise than as a character of text (a tab, another line break, a byte order mark) or
refuses (written as the few there are: the class of those it reads took 4 ms to compile)."""
_STARTS = frozenset("-?:,[]{}#&*!|>'\"%@`")
"""The first characters of a value that are YAML's own punctuation: a list, a mapping, a comment, an anchor, an
alias, a tag, a block text, quotes, or a character PyYAML refuses."""
_MOST_CHARACTERS = 10_000
"""Longer front matter is PyYAML's, with its limit on values (MAX_VALUES) and nesting."""
assert _MOST_CHARACTERS < MAX_VALUES  # fewer characters than the values PyYAML's reading would refuse


def load_front_matter(text: str, vocabulary: Vocabulary = NO_VOCABULARY) -> Any:
    """Front matter's YAML as load_yaml loads it, read line by line where it is plain lines."""
    read = plain_mapping(text)
    return load_yaml(text, vocabulary) if read is _NOT_PLAIN else read


def plain_mapping(text: str) -> Any:
    """The mapping of `key: value` lines (None for text of blank lines and comments only), as load_yaml builds
    it; _NOT_PLAIN for anything else."""
    if len(text) > _MOST_CHARACTERS or _AWKWARD.search(text):
        return _NOT_PLAIN
    mapping: LineMap | None = None
    listed: str | None = None  # the key (written with no value) whose `- entry` lines may follow
    entries: LineList | None = None
    indent = 0
    for number, line in enumerate(text.split("\n")):
        read = _READ_LINES.get(line)
        if read is None:
            read = remember(_READ_LINES, line, _read_line(line), _MOST_LINES)
        if read is _NOT_PLAIN:
            return _NOT_PLAIN
        # a _BLANK line (or a comment) changes nothing
        if type(read) is _KeyLine:
            name, value = read.name, read.value
            mapping = mapping if mapping is not None else LineMap(number)
            mapping.enter(name, number)
            mapping[name] = value.at(number) if type(value) is _Flow else value
            listed = name if read.lists else None
            entries = None
        elif type(read) is _EntryLine:
            if listed is None or mapping is None:
                return _NOT_PLAIN
            if entries is None:
                entries, indent = LineList(number), read.indent
                mapping[listed] = entries
            elif read.indent != indent:
                return _NOT_PLAIN
            entries.add(read.value, number)
    return mapping


class _KeyLine(NamedTuple):
    """A `key: value` line at the margin, read: its key, its value, and whether `- entry` lines may follow (nothing
    written after the colon)."""

    name: str
    value: Any
    lists: bool


class _EntryLine(NamedTuple):
    """A `- entry` line, read: its indentation and its value."""

    indent: int
    value: Any


class _Flow(tuple[Any, ...]):
    """The values of a list in brackets, which becomes a list remembering the line it is on."""

    def at(self, line: int) -> LineList:
        entries = LineList(line)
        for value in self:
            entries.add(value, line)
        return entries


_BLANK: Final = object()
"""A blank line or a comment."""
_READ_LINES: dict[str, object] = {}
"""Each line read so far, as _read_line read it: lines come back in file after file (`type: evidence`,
`visibility: public`, `  - partnerships/plan`), and what a line is depends on its text alone."""
_MOST_LINES = 20_000
"""How many lines are remembered, in each process."""


def _read_line(line: str) -> object:
    """What a line of front matter is, alone: _BLANK, a _KeyLine, an _EntryLine, or _NOT_PLAIN."""
    written = line.lstrip(" ")
    if not written or written[0] == "#":
        return _BLANK
    key = _KEY.match(line)
    if key:
        name, rest = key[1], (key[2] or "").strip(" ")
        value = _value(rest)
        if value is _NOT_PLAIN or (name not in _TEXT_KEYS and not _text_key(name)):
            return _NOT_PLAIN
        return _KeyLine(name, value, not rest or rest[0] == "#")
    entry = _ENTRY.match(line)
    if entry is None:
        return _NOT_PLAIN
    value = _value(entry[2] or "", listed=False)
    return _NOT_PLAIN if value is _NOT_PLAIN else _EntryLine(len(entry[1]), value)


def _value(written: str, *, listed: bool = True) -> Any:
    """The value written after a key's colon (or a list entry's dash), as YAML reads it; a list in brackets (a
    _Flow) only where `listed`."""
    text = written.strip(" ")
    if not text or text[0] == "#":
        return None
    first = text[0]
    if first in "\"'":
        return _in_quotes(text)
    if first == "[" and listed:
        return _flow(text)
    if first in _STARTS:
        return _NOT_PLAIN
    comment = text.find(" #")
    text = text[:comment].rstrip(" ") if comment >= 0 else text
    if ": " in text or text.endswith(":"):  # PyYAML refuses it, with a message of its own
        return _NOT_PLAIN
    return _plain(text)


def _text_key(name: str) -> bool:
    """Whether YAML reads a key as the text it is written with (`on` and `y` are, `null` and `true` not)."""
    if _plain(name) != name:
        return False
    remember(_TEXT_KEYS, name, True, _MOST_KEYS)
    return True


_TEXT_KEYS: dict[str, bool] = {}
"""The keys read as text so far: the same few in every file."""
_MOST_KEYS = 1_000


def _plain(text: str) -> Any:
    """A plain value as the loader builds it; _NOT_PLAIN for a type only PyYAML's construction builds."""
    try:
        return plain_value(text)
    except Exception:  # whatever building it does, PyYAML does it in its own place
        return _NOT_PLAIN


def _in_quotes(text: str) -> Any:
    """A value in quotes with nothing but a comment after it, and no escape (\\) or quote of its kind inside."""
    quote = text[0]
    close = text.find(quote, 1)
    inside, after = text[1:close], text[close + 1 :].strip(" ")
    if (
        close < 0
        or (quote == '"' and "\\" in inside)
        or (after and after[0] != "#")
        or text[close + 1 : close + 2] == "#"
    ):
        return _NOT_PLAIN
    return inside


def _flow(text: str) -> Any:
    """A list in brackets on one line, of plain values and values in quotes."""
    found = _FLOW.match(text)
    if found is None:
        return _NOT_PLAIN
    entries: list[Any] = []
    inside = found[1]
    if not inside.strip(" "):
        return _Flow()
    for written in inside.split(","):
        entry = written.strip(" ")
        if not entry:
            return _NOT_PLAIN
        if entry[0] in "\"'":
            value = _in_quotes(entry) if entry[-1] == entry[0] and len(entry) > 1 else _NOT_PLAIN
        elif entry[0] in _STARTS or ":" in entry or "?" in entry:  # PyYAML without libyaml ends an entry at "?"
            value = _NOT_PLAIN
        else:
            value = _plain(entry)
        if value is _NOT_PLAIN:
            return _NOT_PLAIN
        entries.append(value)
    return _Flow(entries)
