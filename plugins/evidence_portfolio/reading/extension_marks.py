"""Lines written for a Markdown extension that mkdocs.yml does not turn on, which the page then shows as typed: a
footnote's text (`[^1]: Source`), an admonition (`!!! note`), a collapsible one (`??? tip`), a content tab
(`=== "Tab"`), an abbreviation (`*[HTML]: ...`), each at the start of a line outside code and comments (a careless
contributor's review: a Word document converted to Markdown showed its footnotes as `[^1]`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .links import hidden_ranges, inside

MARKS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("footnotes", "a footnote's text", re.compile(r"^\[\^[^\]\s]+\]:[ \t]", re.MULTILINE)),
    ("admonition", "a note box", re.compile(r"^!!![ \t]+[A-Za-z]", re.MULTILINE)),
    ("pymdownx.details", "a note box that opens and closes", re.compile(r"^\?\?\?\+?[ \t]+[A-Za-z]", re.MULTILINE)),
    ("pymdownx.tabbed", "a tab", re.compile(r'^===\+?[ \t]+"', re.MULTILINE)),
    ("abbr", "an abbreviation", re.compile(r"^\*\[[^\]\n]+\]:[ \t]", re.MULTILINE)),
)
"""Each extension, what its mark writes, and the mark at a line's start."""
_BUNDLED_IN = {"footnotes": ("extra", "pymdownx.extra"), "abbr": ("extra", "pymdownx.extra")}
"""The extensions that load others with them: python-markdown's `extra`, pymdown-extensions' `pymdownx.extra`."""


def marks_without_extension(body: str, extensions: Iterable[str]) -> list[tuple[int, str, str]]:
    """(line of the body, from 0; extension; what it writes) for the first line of the body written for each
    extension that `extensions` (the modules mkdocs.yml loads) leaves out."""
    names = set(extensions)
    found: list[tuple[int, str, str]] = []
    hidden: list[tuple[int, int]] | None = None
    for extension, what, mark in MARKS:
        if names & {extension, *_BUNDLED_IN.get(extension, ())}:
            continue
        for match in mark.finditer(body):
            hidden = hidden_ranges(body) if hidden is None else hidden
            if not inside(hidden, match.start()):
                found.append((body.count("\n", 0, match.start()), extension, what))
                break
    return sorted(found)
