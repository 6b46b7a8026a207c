"""Keys a contributor may write on a plain page to keep it from the public, which nothing reads: only `visibility`
keeps a page from an audience. `audience: staff-only`, `private: true`, `published: false`, `status: draft`,
`classification: OFFICIAL-SENSITIVE` would each leave the page published to everyone, its author meaning otherwise.

A plain page passes through untouched (SPEC), so these are words looked for, not a rule that every key of a plain
page must be known: each key is judged by its name and what it holds, and keys that say who an activity is for
(`audience: young people`, `access: step-free`) are left alone.
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
_KEPT_WORDS = frozenset(
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
        "trustees",
        "board",
        "employees",
        "colleagues",
        "management",
        "directors",
        "governors",
    }
)
"""Words of such a key's value that keep a page from the public (`audience: staff-only`, `trustees only`, `board`);
not those of who an activity is for (`audience: young people`, `access: free`, `access: step-free`)."""
_MARKING_KEYS = frozenset({"classification", "security_classification", "sensitivity", "protective_marking"})
"""Keys a contributor may write to mark how sensitive a page is (`classification: OFFICIAL-SENSITIVE`)."""
_MARKED = frozenset({"sensitive", "confidential", "secret", "restricted", "internal", "private"})
"""Words of a marking that keep a page from the public."""
_STATUSES = frozenset(
    {
        "draft",
        "wip",
        "unpublished",
        "unapproved",
        "unfinished",
        "incomplete",
        "pending",
        "embargo",
        "embargoed",
        "withheld",
        "hidden",
        "confidential",
        "secret",
        "sensitive",
        "restricted",
        "internal",
        "private",
    }
)
"""Words of a page's `status` (which Material reads only for the navigation's icons) that mean not to publish it."""
_KEEPING_WORDS = frozenset(
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
    }
)
"""Words of a key that a contributor may set true to keep a page from the public: `private: yes`,
`internal_use_only: true`, `staff_only: true` (`draft` too, outside a blog, whose posts' `draft: true` Material's
blog reads)."""
_EMBARGOES = frozenset({"embargo", "embargoed", "under_embargo", "embargo_until", "embargoed_until", "embargo_date"})
"""Keys that set an embargo, to true or to the date it ends (`embargo_until: 2027-01-01`), which nothing reads."""
_NOT_PUBLISHED = frozenset({"do_not_publish", "dont_publish", "no_publish", "not_public", "not_for_publication"})
"""Keys that say in their own words not to publish, set true."""
_PUBLIC_WORDS = frozenset(
    {"public", "publish", "published", "listed", "publishable", "shared", "released", "approved", "signed_off"}
)
"""Keys a contributor may set false to keep a page from the public."""
_TRUE, _FALSE = frozenset({"true", "yes", "on", "y", "1"}), frozenset({"false", "no", "off", "n", "0"})
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


def kept_to(key: object, value: object, *, blog_post: bool = False) -> Audience | None:
    """The audience a key of a plain page other than `visibility` means to keep it to (None: none it seems to):
    `audience: internal` (or `staff-only`, `trustees`), `private: yes`, `published: false`, `status: draft`,
    `classification: OFFICIAL-SENSITIVE`. Other keys are left alone, whatever they hold (a blog post's `categories:
    [Internal]`, a `slug: internal`, a blog post's `draft: true`). `value` is as YAML reads it, or the text of a
    line of front matter that is not read."""
    name = re.sub(r"[\s-]+", "_", str(key).strip().lower())
    said = [str(word).strip().lower() for word in (value if isinstance(value, list) else [value])]
    words = {word for text in said for word in re.findall(r"[a-z]+", text)}
    if name in _ACCESS_KEYS and words & _KEPT_WORDS:
        return next((a for a in map(as_audience, sorted(words)) if a and a != "public"), "internal")
    if (name in _MARKING_KEYS and words & _MARKED) or (name == "status" and words & _STATUSES):
        return "internal"
    if isinstance(value, list):
        return None
    first = next(iter(re.findall(r"[a-z0-9]+", said[0])), "")  # `confidential: yes - board only`
    parts = set(name.split("_"))
    if (name in _NOT_PUBLISHED or parts & _KEEPING_WORDS) and first in _TRUE and not (blog_post and name == "draft"):
        return "internal"
    if name in _EMBARGOES and (first in _TRUE or _DATE.match(said[0])):
        return "internal"
    if name in _PUBLIC_WORDS and first in _FALSE:
        return "internal"
    return None
