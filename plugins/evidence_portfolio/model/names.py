"""How a name written by hand in an item (a rating, a type, a visibility, a status) is compared with the names it
may be: in no case, as SPEC.md says ("case-insensitive")."""

from __future__ import annotations


def caseless(text: str) -> str:
    """A text as names are compared without case: Unicode's case folding, which lower() is not for every letter
    ("GRÖSSE" is "größe": ß has no capital of its own, and is written SS in capitals: a conformance audit)."""
    return text.casefold()
