"""How a name written by hand in an item (a rating, a type, a visibility, a status) is compared with the names it
may be: in no case, as SPEC.md says ("case-insensitive"); and when two names look the same (a file's, a tag's)."""

from __future__ import annotations

import unicodedata

from .lazy_patterns import lazy_pattern

_APOSTROPHES = str.maketrans("\u2018\u2019\u02bc\u2032", "'" * 4)
"""The apostrophes a word processor or a phone types for `'` (curly, a modifier letter, a prime), as `'`."""


def caseless(text: str) -> str:
    """A text as names are compared without case: Unicode's case folding, which lower() is not for every letter
    ("GRÖSSE" is "größe": ß has no capital of its own, and is written SS in capitals: a conformance audit), of the
    text in one normal form, so that an accented letter stored as one character (é) or as its letter and its accent
    (e and ´, as a Mac may store it) is one letter (a conformance audit: "très bien" so stored was unknown, told 'did
    you mean "Très bien"?', which looked the same), with any apostrophe as `'` (a review of valid portfolios: a
    heading "Partners’ voice", typed in Word, named no section "Partners' voice", and was told to write that)."""
    if text.isascii():
        return text.casefold()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold()).translate(_APOSTROPHES)


def without_accents(text: str) -> str:
    """A text with its letters' accents taken off ("évaluation" as "evaluation"): how two names that differ in
    accents alone are told alike (an attachment named without them, two labels of a framework's sheet)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def alphabetical(name: str) -> tuple[str, str]:
    """A name's place in a list in alphabetical order, as people read one: without case or accents ("Ägypten" among
    the A's, not after "Solo": a review of valid portfolios), then as written (one order for two names alike)."""
    return without_accents(caseless(name)), name


_UNSEEN = lazy_pattern("[\u00ad\u200b-\u200f\u2060\ufeff]")
"""Characters a name may hold that no one sees: a soft hyphen, a zero-width space or joiner, a mark of direction."""

LOOK_ALIKE = (
    "characters that look alike (accents stored as a Mac stores them, a no-break space, or a character no one sees)"
)
"""Why two names as_seen makes one differ, as a message says it."""


def as_seen(name: str) -> str:
    """A name as it looks: its accented letters in one form (é as one character, not as e and an accent, as a Mac
    stores them: Unicode's normal forms), a no-break space as a space, without the characters no one sees (_UNSEEN).
    Two names it makes one look the same, and are told apart by the site (LOOK_ALIKE)."""
    return name if name.isascii() else _UNSEEN.sub("", unicodedata.normalize("NFC", name)).replace("\u00a0", " ")


def tag_as_guided(tag: str) -> bool:
    """Whether a tag is written as CONTRIBUTING.md asks, in small letters with hyphens for spaces ("older-adults",
    not "Older Adults" nor "older_adults"): of a tag written two ways, the one to keep (a staff member's review: told
    to write the guide's spelling the other way)."""
    seen = as_seen(tag)
    return seen == seen.lower() and "_" not in seen and not any(character.isspace() for character in seen)
