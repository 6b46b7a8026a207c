"""Keys a contributor may write on a plain page to keep it from the public, which nothing reads: only `visibility`
keeps a page from an audience. `audience: staff-only`, `private: true`, `published: false`, `status: draft`,
`classification: OFFICIAL-SENSITIVE` would each leave the page published to everyone, its author meaning otherwise.

A plain page passes through untouched (SPEC), so these are words looked for, not a rule that every key of a plain
page must be known; and a public page of a leisure trust says who its activities are for in the same words
(`audience: All staff, volunteers and contractors`, `access: Private hire only`, `private_hire: yes`, a `listed`
building). So a key counts only when its whole value says so: who may read the page, in words that name only
people inside the organisation (`staff only`, `trustees and board`), or a yes or a no and nothing else.
"""

from __future__ import annotations

import re

from ..model.vocabulary import Audience, as_audience

_ACCESS_KEYS = frozenset(
    {
        "audience",
        "audiences",
        "access",
        "access_level",
        "visible_to",
        "shared_with",
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
        "available_to",
    }
)
"""Keys a contributor may write to say who a page is for."""
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
        "trustee",
        "trustees",
        "board",
        "employees",
        "colleagues",
        "management",
        "manager",
        "managers",
        "directors",
        "governors",
        "senior",
        "leadership",
        "slt",
        "smt",
        "executive",
    }
)
"""Words that name who inside the organisation may read a page (`staff-only`, `trustees`, `board`, `SLT`)."""
_JOINING = frozenset({"only", "all", "the", "and", "or", "of", "for", "team", "members", "use", "eyes", "s"})
"""Words that join those (`all staff`, `trustees and board members only`, `for SLT use only`): a value of these and
of insiders' words alone names no one outside the organisation."""
_MARKING_KEYS = frozenset(
    {"classification", "security_classification", "sensitivity", "protective_marking", "confidentiality"}
)
"""Keys a contributor may write to mark how sensitive a page is (`classification: OFFICIAL-SENSITIVE`)."""
_MARKED = frozenset({"sensitive", "confidential", "confidence", "secret", "restricted", "internal", "private"})
"""Words of a marking that keep a page from the public (`Commercial in Confidence`), unless denied (`not
sensitive`)."""
_DENYING = frozenset({"not", "non", "no", "un", "unclassified"})
_STATUS_KEYS = frozenset({"status", "state", "publication_status", "publishing_status"})
_STATUSES = frozenset(
    {
        "draft",
        "wip",
        "unpublished",
        "unapproved",
        "unfinished",
        "embargoed",
        "withheld",
        "confidential",
        "secret",
        "internal",
        "private",
    }
)
"""Words of a page's `status` (which Material reads only for the navigation's icons) that mean not to publish it."""
_NOT_TO_PUBLISH = ("work in progress", "not for publication", "not public", "do not publish")
"""Phrases that say so in a status or an access key's value."""
_KEEPING_KEYS = frozenset(
    {
        "private",
        "confidential",
        "secret",
        "hidden",
        "restricted",
        "internal",
        "sensitive",
        "classified",
        "unlisted",
        "unpublished",
        "draft",
        "embargo",
        "embargoed",
        "under_embargo",
        "do_not_publish",
        "dont_publish",
        "no_publish",
        "not_public",
        "not_for_publication",
        "staffonly",
        "internalonly",
    }
)
"""Keys a contributor may set true to keep a page from the public (`draft` too, outside a blog, whose posts'
`draft: true` Material's blog reads)."""
_ONLY_KEY = re.compile(r"(?:for_)?(?P<who>[a-z]+)(?:_use)?_only")
"""A key saying whom a page is for, set true: `staff_only`, `for_staff_only`, `internal_use_only`, `board_only`."""
_PUBLIC_KEYS = frozenset({"public", "publish", "published", "publishable", "shared", "released", "approved"})
"""Keys a contributor may set false to keep a page from the public (not `listed`, which a building is)."""
_TRUE, _FALSE = frozenset({"true", "yes", "on", "y", "1"}), frozenset({"false", "no", "off", "n", "0", "never"})


def kept_to(key: object, value: object, *, draft_read: bool = False) -> Audience | None:
    """The audience a key of a plain page other than `visibility` means to keep it to (None: none it seems to).
    `value` is as YAML reads it, or the text of a line of front matter that is not read; a mapping is the page's
    own data. `draft_read`: the page is a post of a blog of Material's that reads its `draft: true` (see
    Settings.reads_draft)."""
    if isinstance(value, dict):
        return None
    name = re.sub(r"[\s-]+", "_", str(key).strip().lower())
    said = [str(word).strip().lower() for word in (value if isinstance(value, list) else [value])]
    text = " ".join(said)
    words = re.findall(r"[a-z0-9]+", text)
    found = set(words)
    if name in _ACCESS_KEYS and (
        (found & _INSIDERS and found <= _INSIDERS | _JOINING) or any(phrase in text for phrase in _NOT_TO_PUBLISH)
    ):
        return next((a for a in map(as_audience, sorted(found)) if a and a != "public"), "internal")
    if name in _MARKING_KEYS and found & _MARKED and not found & _DENYING:
        return "internal"
    if name in _STATUS_KEYS and (found & _STATUSES or any(phrase in text for phrase in _NOT_TO_PUBLISH)):
        return "internal"
    if isinstance(value, list) or not words:
        return None
    said_yes = words[0] in _TRUE and found <= _TRUE | _INSIDERS | _JOINING  # `confidential: yes - board only`
    only = _ONLY_KEY.fullmatch(name)
    if said_yes and (name in _KEEPING_KEYS or (only and only["who"] in _INSIDERS)):
        return None if draft_read and name == "draft" else "internal"
    if name in _PUBLIC_KEYS and words[0] in _FALSE and len(found) == 1:
        return "internal"
    return None
