"""Keys a contributor may write on a plain page to keep it from the public, which nothing reads: only `visibility`
keeps a page from an audience. `audience: staff-only`, `private: true`, `published: false`, `status: draft`,
`classification: OFFICIAL-SENSITIVE` would each leave the page published to everyone, its author meaning otherwise.

A plain page passes through untouched (SPEC), so these are words looked for, not a rule that every key of a plain
page must be known; and a public page of a leisure trust says who its activities are for in the same words
(`audience: All staff, volunteers and contractors`, `access: Private hire only`, `private_hire: yes`, a `listed`
building, `status: Closed for internal maintenance`, governance training for `Trustees and board members`). So a
key counts only when its whole value says so: who may read the page, in words that name only people inside the
organisation (`staff`, `trustees only`), a status or a marking and nothing else (`draft`, `OFFICIAL-SENSITIVE`), or
a yes or a no alone.
"""

from __future__ import annotations

import datetime
import re

from ..model.item_types import ASSESSING_WORDS, WITHHOLDING_WORDS
from ..model.lazy_patterns import lazy_pattern
from ..model.vocabulary import Audience
from .text import day_in_words, day_of

_ACCESS_KEYS = frozenset(
    {
        "audience",
        "audiences",
        "access",
        "access_level",
        "visible_to",
        "viewable_by",
        "shared_with",
        "share_with",
        "restricted_to",
        "permission",
        "permissions",
        "who_can_see",
        "who_can_read",
        "who_may_see",
        "readers",
        "readership",
        "viewers",
        "intended_for",
        "for_eyes_of",
        "for_the_eyes_of",
        "eyes_only",
        "available_to",
        "distribution",
        "circulation",
        "privacy",
        "vis",
        "audience_level",
        "note",
        "notes",
        "comment",
    }
)
"""Keys a contributor may write to say who a page is for (any key ending in `audience` too)."""
_INSIDERS = frozenset(
    {
        "internal",
        "accreditor",
        "accreditors",
        "assessor",
        "assessors",
        "private",
        "confidential",
        "restricted",
        "secret",
        "staff",
        "employees",
        "colleagues",
        "workforce",
        "slt",
        "smt",
    }
)
"""Words that name, alone, who inside the organisation may read a page (`staff`, `internal`, `SLT`)."""
_ROLES = frozenset(
    {
        "trustee",
        "trustees",
        "board",
        "directors",
        "governors",
        "manager",
        "managers",
        "management",
        "leadership",
        "executive",
        "exec",
        "committee",
        "officers",
        "ceo",
        "chair",
    }
)
"""Words that name people inside the organisation, and those of other organisations too (governance training for
`Trustees and board members`, a club's `Senior` section): they keep a page only with `only` (`board only`)."""
_ONLY = frozenset({"only", "eyes", "use"})
_JOINING = frozenset({"all", "the", "and", "or", "of", "for", "team", "members", "our", "s", "please", "senior"})
"""Words that join those (`all staff`, `trustees and board members only`, `for SLT use only`, `senior leadership
only`)."""
_ASSESSORS = ASSESSING_WORDS
_WITHHOLDING = frozenset({*WITHHOLDING_WORDS, "nobody", "unlisted"})
"""Words that say, alone, a page is not for the public (`audience: hidden`, `visible_to: assessors`): the words
for an audience other than the public, which `visibility` takes too (as `visibility: hidden` is told to write
`internal`)."""
_NOT_TO_PUBLISH = (
    "work in progress",
    "not for publication",
    "not for public",
    "not for the public",
    "not for external",
    "not public",
    "do not publish",
    "do not share",
    "do not circulate",
    "not for circulation",
    "not approved",
    "not yet published",
    "not live",
    "under embargo",
    "pending approval",
    "awaiting approval",
    "awaiting sign",
)
"""Phrases that say so, in an access key, a status or a marking."""
_MARKING_KEYS = frozenset(
    {
        "classification",
        "security_classification",
        "sensitivity",
        "protective_marking",
        "confidentiality",
        "marking",
        "security",
        "security_level",
    }
)
"""Keys a contributor may write to mark how sensitive a page is (`classification: OFFICIAL-SENSITIVE`)."""
_MARKED = frozenset({"sensitive", "confidential", "confidence", "secret", "restricted", "internal", "private"})
"""Words of a marking that keep a page from the public."""
_MARKING = frozenset({"official", "commercial", "in", "strictly", "highly", "only", "use"})
"""Other words of such a marking (`OFFICIAL-SENSITIVE`, `Commercial in Confidence`, `Strictly confidential`)."""
_STATUS_KEYS = frozenset({"status", "state", "publication_status", "publishing_status"})
_STATUSES = frozenset(
    {
        "draft",
        "drafting",
        "wip",
        "unpublished",
        "unapproved",
        "unfinished",
        "embargo",
        "embargoed",
        "withheld",
        "confidential",
        "secret",
        "internal",
        "private",
    }
)
"""Words of a page's `status` (which Material reads only for the navigation's icons) that mean not to publish it
(`Draft v0.3`, `Internal only`), where they are all it says: not `Closed for internal maintenance`, nor a public
consultation's `Draft for consultation`."""
_KEEPING_KEYS = frozenset(
    {
        "private",
        "confidential",
        "secret",
        "internal",
        "sensitive",
        "classified",
        "unlisted",
        "unpublished",
        "draft",
        "wip",
        "work_in_progress",
        "embargo",
        "embargoed",
        "under_embargo",
        "do_not_publish",
        "dont_publish",
        "no_publish",
        "nopublish",
        "not_public",
        "not_for_public",
        "not_for_publication",
        "do_not_share",
        "keep_private",
        "internal_use",
        "for_internal_use",
        "hidden_from_public",
        "exclude_from_site",
        "staffonly",
        "internalonly",
        "pii",
        "contains_pii",
        "personal_data",
        "contains_personal_data",
    }
)
"""Keys a contributor may set true to keep a page from the public (`draft` too, outside a blog that reads it);
written with `is_` before or `_page` after too (`is_draft`, `private_page`)."""
_ONLY_KEY = lazy_pattern(r"(?:for_)?(?P<who>[a-z_]+?)(?:_use|_eyes)?_only")
"""A key saying whom a page is for, set true: `staff_only`, `for_staff_only`, `internal_use_only`,
`board_eyes_only`."""
_PUBLIC_KEYS = frozenset(
    {
        "public",
        "publish",
        "published",
        "publishable",
        "released",
        "approved",
        "live",
        "ready_to_publish",
        "public_facing",
        "publicly_visible",
        "show_on_website",
        "share",
        "shareable",
        "public_ok",
        "ok_to_publish",
        "can_publish",
    }
)
"""Keys a contributor may set false to keep a page from the public (not `listed`, which a building is, nor `shared`,
which changing rooms are)."""
_RELEASE_KEYS = frozenset(
    {
        "embargo",
        "embargoed",
        "embargo_until",
        "embargoed_until",
        "embargo_date",
        "embargo_ends",
        "under_embargo_until",
        "embargo_end",
        "embargo_expires",
        "publish_date",
        "publish_on",
    }
)
"""Keys that give the day a page may be published from: before it, it is not to be (`embargo_until: 2027-03-12`);
not those of what a page announces (`go_live` of a new booking system, `publication_date` of a report)."""
YES, NO = frozenset({"true", "yes", "on", "y", "1"}), frozenset({"false", "no", "off", "n", "0", "never"})


def _not_yet(value: object, text: str, as_of: datetime.date) -> bool:
    """Whether an embargo's end or a release date is after the day the portfolio is as of: a date (YYYY-MM-DD, or in
    words or numbers as people write one: "12 March 2027", "12/03/2027"; a month, its last day), or, where no day
    can be read, a year after the as-of day's (`Spring 2027`: unsure, the page is kept from the public); not where
    it says there is none (`Lifted in January 2026`: a second review found such pages refused)."""
    day = day_of(value) or day_in_words(text)
    if day is not None:  # a date to come wins over any word (`Until 1 June 2027, when it will be lifted`)
        return day > as_of
    words = re.findall(r"[a-z]+", text)
    if set(words) & _LIFTED or (words and words[0] in _NONE):  # `Lifted in 2026`, `None (ref PR-2031)`
        return False
    return any(int(year) > as_of.year for year in _YEAR.findall(text))


_LIFTED = frozenset(("lifted", "expired"))
"""Words saying the embargo is over, wherever they are."""
_NONE = frozenset(("no", "none", "not", "n", "na", "nil"))
"""First words saying there is no embargo (`Not embargoed`, `No - issued 2 March 2026`)."""
_YEAR = lazy_pattern(r"(?<!\d)(20\d\d)(?!\d)")
"""A year, in words or beside them (`Spring 2027`, `mid-2027`, `FY2027`, `the 2027-28 season`): not a time
(`2200 hrs`)."""


def all_it_says(value: object) -> bool:
    """Whether a value (or a comment's words) says nothing but who may read a page, a status, a marking or a yes
    (`INTERNAL ONLY - DO NOT PUBLISH`, `staff only`, `true`, a date): not an instruction about part of the page
    (`do not publish the names of the volunteers`), which a page its author made public may well carry."""
    text = " ".join(str(entry) for entry in (value if isinstance(value, list) else [value])).lower()
    for phrase in _NOT_TO_PUBLISH:
        text = text.replace(phrase, " ")
    words = {word for word in re.findall(r"[a-z0-9]+", text) if not word.isdigit()}
    return words <= _INSIDERS | _ROLES | _ONLY | _JOINING | YES | _STATUSES | _MARKED | _MARKING


def a_marking(line: str) -> bool:
    """Whether a line of a page's text is a document's marking and nothing else, as a banner at its top or foot:
    `CONFIDENTIAL`, `OFFICIAL - SENSITIVE`, `Internal - not for publication`, `Commercial in confidence`,
    `Classification: Internal`, `Private and confidential`, `NOT FOR PUBLICATION` (a hostile review: the most
    common way a pasted document says it is not for everyone). Its words all a marking's, one of them a word that
    keeps a page from the public or a phrase not to publish."""
    text = line.lower()
    said = any(phrase in text for phrase in _NOT_TO_PUBLISH)
    for phrase in _NOT_TO_PUBLISH:
        text = text.replace(phrase, " ")
    words = set(re.findall(r"[a-z]+", text))
    return bool(said or words & _MARKED) and words <= _MARKED | _MARKING | _MARKING_WORDS


_MARKING_WORDS = frozenset(
    {
        *("classification", "sensitivity", "protective", "marking", "security", "document", "and", "amp", "label"),
        *("for", "not", "draft", "release", "distribution", "external", "personal"),
    }
)
"""Words that name a marking (`Protective marking: OFFICIAL-SENSITIVE`, `Document classification: Internal`)."""


def not_released(key: object, value: object, as_of: datetime.date) -> bool:
    """Whether `key: value` is an embargo's end or a release date after the day the portfolio is as of (see
    _not_yet): a page it is written in is not for the public yet."""
    name = _key_name(key)
    entries = value if isinstance(value, list) else [value]
    return name in _RELEASE_KEYS and any(_not_yet(entry, str(entry).lower(), as_of) for entry in entries)


def _key_name(key: object) -> str:
    """A key as the lists of this module name it: in small letters, words joined by "_" (`embargoUntil`, `Embargo
    until` and `embargo-until` are embargo_until), without "is_" before or "_page" after."""
    name = re.sub(r"[\s-]+", "_", re.sub(r"(?<=[a-z])(?=[A-Z])", "_", str(key).strip()).lower())
    return name.removeprefix("is_").removesuffix("_page")


def kept_to(
    key: object,
    value: object,
    *,
    draft_read: bool = False,
    in_text: bool = False,
    as_of: datetime.date | None = None,
) -> Audience | None:
    """The audience a key of a plain page other than `visibility` means to keep it to (None: none it seems to).
    `value` is as YAML reads it, or the text of a line of front matter that is not read; a mapping is the page's
    own data. `draft_read`: the page is a post of a blog of Material's that reads its `draft: true` (see
    Settings.reads_draft). `in_text`: the line is in the page's text (below its front matter), where a status or a
    marking is more likely the page's news (`Status: Closed for repairs`) than a key out of place. `as_of`: the day
    the portfolio is as of, before an embargo's end or a release date (`embargo_until: 2027-03-12`)."""
    if isinstance(value, dict):
        return None
    name = _key_name(key)
    said_as = value if isinstance(value, list) else [value]
    said = [str(word).strip().lower() for word in said_as]
    text = " ".join(said)
    words = re.findall(r"[a-z0-9]+", text)
    found = set(words)
    says_not_to_publish = any(phrase in text for phrase in _NOT_TO_PUBLISH)
    if name in _ACCESS_KEYS or name.endswith("audience"):
        insiders = _INSIDERS | _WITHHOLDING
        insiders = insiders - {"private", "restricted"} if name == "access" else insiders  # a car park's
        named = found & insiders or (found & _ROLES and found & _ONLY)
        if (named and found <= insiders | _ROLES | _ONLY | _JOINING) or says_not_to_publish:
            return "accreditor" if found & _ASSESSORS else "internal"
    plain = {word for word in found if not any(character.isdigit() for character in word)}  # `Draft v0.3`
    status = found & _STATUSES and not plain - _STATUSES - _ONLY - _JOINING
    marking = found & _MARKED and not plain - _MARKED - _MARKING
    if not in_text and (
        (name in _STATUS_KEYS and (status or says_not_to_publish))
        or (name in _MARKING_KEYS and (marking or says_not_to_publish))
    ):
        return "internal"
    if as_of is not None and not_released(key, value, as_of):
        return "internal"
    if isinstance(value, list) or not words:
        return None
    said_yes = words[0] in YES and found <= YES | _INSIDERS | _ROLES | _ONLY | _JOINING
    only = _ONLY_KEY.fullmatch(name)
    whose = set(only["who"].split("_")) if only else set()
    for_insiders = bool(whose & (_INSIDERS | _ROLES)) and whose <= _INSIDERS | _ROLES | _JOINING
    if said_yes and (name in _KEEPING_KEYS or for_insiders):
        return None if draft_read and name == "draft" else "internal"
    if name in _PUBLIC_KEYS and words[0] in NO and len(found) == 1:
        return "internal"
    return None
