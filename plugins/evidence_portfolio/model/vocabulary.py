"""The closed sets of names the portfolio uses: audiences, severities, roll-up methods."""

from __future__ import annotations

from typing import Literal, get_args

Audience = Literal["public", "accreditor", "internal"]
AUDIENCES: tuple[Audience, ...] = get_args(Audience)
"""From the narrowest audience to the widest: a build for one holds what is visible to it and below."""
ASSESSOR: Audience = "accreditor"
"""What the assessor sees: the audience of the pack, the PDF and readiness unless told otherwise."""
WIDEST: Audience = AUDIENCES[-1]
"""The audience that sees everything: an item's visibility where it says none (default deny), or one that cannot be
read."""
READERS: dict[Audience, str] = {"public": "everyone", "accreditor": "the assessors", "internal": "staff"}
"""Whom a build for each audience is for, in the words of its readers (an assessor read "audience: accreditor")."""
PLAIN_PAGE_VISIBILITY: Audience = "public"
"""A plain page's visibility where it says none (a guide, an about page): published to everyone, as MkDocs would."""


def default_visibility(item: bool) -> Audience:
    """The visibility of front matter that says none: an item's (`item`: it has a `type`, whatever it is misspelt
    as), or a plain page's."""
    return WIDEST if item else PLAIN_PAGE_VISIBILITY


Severity = Literal["error", "warning"]

Rollup = Literal["median", "min", "mean"]
ROLLUPS: tuple[Rollup, ...] = get_args(Rollup)
ROLLUPS_SAID_AS: dict[str, Rollup] = {"average": "mean", "avg": "mean", "middle": "median", "lowest": "min"}
"""Words people write for a roll-up method ("average": an outside review), each suggested as the method it means."""


def visible_to(visibility: Audience, audience: Audience) -> bool:
    """Whether something of this visibility belongs in a build for `audience`."""
    return AUDIENCES.index(visibility) <= AUDIENCES.index(audience)


def as_audience(name: object) -> Audience | None:
    """The audience called `name`, or None."""
    return next((audience for audience in AUDIENCES if audience == name), None)
