"""A Markdown file read: its front matter (YAML between `---` lines at the very top) split from its body.

Front matter is only read when the file's first line is exactly `---`. A file that looks as if it meant to have
front matter but does not start that way (a blank line first, a dash pasted from a word processor, `key: value`
lines without the `---` above them) is an error rather than a plain page: a plain page is published to everyone,
so an item whose front matter was not read would reach every audience.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.item_types import PAGE_KEYS, every_field
from ..model.problems import Problems
from .fields import kind_of
from .text import decode
from .yaml_lines import LineMap, YamlProblem, load_yaml, pasted_characters

_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)
_DASH = r"\s\-_*=~+\u2010-\u2015\u2212\ufe58\ufe63\uff0d"
_DASHES = re.compile(f"[{_DASH}]+")
"""A line of dashes of any sort (hyphens, en and em dashes, minus signs...), as a word processor may write `---`,
or the `+++` of TOML front matter."""
_NOTHING_ON_SCREEN = r"\x00\u00ad\u200b-\u200f\u2060-\u2064\ufeff"
_INVISIBLE = re.compile(f"[{_NOTHING_ON_SCREEN}]")
"""Characters that take no room on screen (a zero-width space, a soft hyphen...): "\u200b---" looks like "---"."""
_MAYBE_DASHES = re.compile(f"^[{_DASH}{_NOTHING_ON_SCREEN}]{{3,}}(?: #.*)?$", re.MULTILINE)
"""A line that may be one of _DASHES once its invisible characters and comment are gone (or more than a line: it
only tells which texts to read line by line)."""
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_KEY_LINE = re.compile(r"[ \t\u00a0]*(?P<key>[A-Za-z_][A-Za-z0-9_ \u00a0-]*?)[ \t\u00a0]*[:=](?:[ \t\u00a0]|$)")
"""A `key: value` line (or TOML's `key = value`)."""
_KNOWN_KEYS = frozenset([*every_field(), *PAGE_KEYS])
"""The keys a `key:value` line (no space after the colon) is recognised by."""


@dataclass(frozen=True)
class Source:
    """A Markdown file read and split: its front matter (an empty mapping when it has none) and body."""

    meta: LineMap
    body: str
    body_line: int
    """The line of the file where the body starts (1 when there is no front matter)."""


def split_front_matter(text: str, path: str, problems: Problems) -> tuple[str | None, str, int] | None:
    """(front matter YAML or None, body, line of the body); None when front matter is broken (an error)."""
    opening = _OPENING.match(text)
    if not opening:
        unread = _unread_front_matter(text) or _later_front_matter(text)
        if unread:
            problems.add("front-matter-unread", path, 1, unread[1])
            return None
        return None, text, 1
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        problems.add(
            "front-matter-unclosed",
            path,
            1,
            'front matter opened with "---" on line 1 is never closed; add a line "---" after its last key',
        )
        return None
    body_line = text.count("\n", 0, closing.end()) + 1
    body = text[closing.end() :]
    second = _later_front_matter(body)
    if second:
        problems.add("front-matter-unread", path, body_line + second[0], second[1])
        return None
    return text[opening.end() : closing.start()], body, body_line


def _unread_front_matter(text: str) -> tuple[int, str] | None:
    """(0, why) when the top of a file that does not start with "---" looks like front matter all the same."""
    lines = _INVISIBLE.sub("", text).split("\n", 40)[:40]
    index = 0
    while index < len(lines) and _DASHES.fullmatch(lines[index] or " "):
        index += 1
    keys = _keys(lines[index:])
    known = set(every_field()) | {"type", "visibility"}
    if not keys or not (index > 0 or keys[0] in known):
        return None
    if not any(key in known or key.replace(" ", "_") in known for key in keys):
        return None
    first = text.split("\n", 1)[0]
    if first.strip() == "":
        where = "line 1 is blank"
    elif index > 0:
        where = f'line 1 is "{first.strip()[:20]}" instead of "---"'
    else:
        where = f'there is no line "---" above "{first.strip()[:40]}"'
    return 0, (
        f"this file starts with front matter that is not read, because {where}; make the very first line of the "
        'file exactly "---", and end the front matter with another line "---"'
    )


def _later_front_matter(text: str) -> tuple[int, str] | None:
    """(index of the line, why) when a line of dashes further down the text (in its first 40 lines, outside code)
    opens what reads as front matter with a `type` or `visibility`: MkDocs reads only a block on line 1 (a
    comment or heading above it, a second block, `--- # a comment`, an invisible character before it)."""
    lines = text.split("\n", 40)[:40]
    if not _MAYBE_DASHES.search("\n".join(lines)):  # most bodies: no line that could be one of dashes
        return None
    fence = ""
    for index, line in enumerate(lines):
        marker = _FENCE.match(line)
        if marker and (not fence or marker[1][0] == fence[0]):
            fence = "" if fence else marker[1]
            continue
        cleaned = _INVISIBLE.sub("", line).split(" #", 1)[0]
        if fence or len(cleaned.strip()) < 3 or not _DASHES.fullmatch(cleaned):
            continue
        if {"type", "visibility"} & set(_keys(lines[index + 1 :])):
            return index, (
                f"line {index + 1} opens front matter that is not read: only a block that starts on the very first "
                'line of the file, with a line that is exactly "---", is read; move it to the top (nothing, not even '
                "a comment or a heading, above it), or remove it"
            )
    return None


def _keys(lines: list[str]) -> list[str]:
    """The keys of the `key: value` lines at the start of `lines`."""
    keys = []
    for line in lines:
        match = _KEY_LINE.match(line)
        if not match:
            break
        keys.append(match["key"].strip().lower())
    return keys


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
        meta = load_yaml(yaml_text) if yaml_text is not None else None
    except YamlProblem as exc:
        problems.add(exc.code, path, exc.line + 2, exc.message)
        return None, problems
    if meta is not None and not isinstance(meta, LineMap):
        problems.add("front-matter-shape", path, 2, f"front matter must be key: value lines, not {kind_of(meta)}")
        return None, problems
    return Source(meta if meta is not None else LineMap(), body, body_line), problems
