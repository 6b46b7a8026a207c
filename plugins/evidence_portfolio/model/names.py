"""How a name written by hand in an item (a rating, a type, a visibility, a status) is compared with the names it
may be: in no case, as SPEC.md says ("case-insensitive")."""

from __future__ import annotations

import unicodedata


def caseless(text: str) -> str:
    """A text as names are compared without case: Unicode's case folding, which lower() is not for every letter
    ("GRÖSSE" is "größe": ß has no capital of its own, and is written SS in capitals: a conformance audit), of the
    text in one normal form, so that an accented letter stored as one character (é) or as its letter and its accent
    (e and ´, as a Mac may store it) is one letter (a conformance audit: "très bien" so stored was unknown, told 'did
    you mean "Très bien"?', which looked the same)."""
    if text.isascii():
        return text.casefold()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())
