"""A new item: valid front matter and a body skeleton suited to its type, in the folder of its first mapping."""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

import yaml

from .framework import Challenge, Framework
from .items import Target

SLUG_LENGTH = 60


@dataclass(frozen=True)
class NewItem:
    """What `portfolio new` was told (or asked for)."""

    type: str
    title: str
    date: datetime.date
    maps_to: tuple[Target, ...] = ()
    challenge: Challenge | None = None
    """The challenge a self-assessment rates."""
    partners: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    visibility: str = "internal"
    owner: str | None = None
    due: datetime.date | None = None
    status: str = "planned"
    summary: str | None = None


def slug(text: str) -> str:
    """A safe file name part: lowercase ASCII letters, digits and hyphens ("Café: NHS/Age UK" -> "cafe-nhs-age-uk")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return words[:SLUG_LENGTH].rstrip("-") or "item"


def item_path(item: NewItem) -> str:
    """Where the item goes, relative to evidence/: the folder of its first mapping (a self-assessment's challenge)."""
    if item.type == "self-assessment" and item.challenge:
        folder = f"{item.challenge.id}/self-assessments"
    elif item.maps_to:
        first = item.maps_to[0]
        folder = f"{first.challenge}/{first.section}" if first.section else first.challenge
    else:
        folder = item.type
    return f"{folder}/{item.date.isoformat()}-{slug(item.title)}.md"


def _yaml(value: object) -> str:
    """One YAML value on one line, quoted where YAML needs it."""
    return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1_000_000).strip().removesuffix("\n...")


def front_matter(item: NewItem, framework: Framework) -> str:
    lines = [f"title: {_yaml(item.title)}", f"type: {item.type}"]
    if item.type == "self-assessment" and item.challenge:
        lines.append(f"challenge: {item.challenge.id}")
    else:
        lines.append("maps_to:")
        lines += [f"  - {target}" for target in item.maps_to]
    lines.append(f"date: {item.date.isoformat()}")
    lines.append(f"summary: {_yaml(item.summary)}" if item.summary else "summary:   # one line shown in listings")
    if item.partners:
        lines.append(f"partners: {_yaml(list(item.partners))}")
    if item.tags:
        lines.append(f"tags: {_yaml(list(item.tags))}")
    lines.append(f"visibility: {item.visibility}   # public | accreditor | internal")
    if item.type == "action":
        lines += [
            f"owner: {_yaml(item.owner)}",
            f"due: {item.due.isoformat() if item.due else ''}",
            f"status: {item.status}   # planned | in-progress | done",
        ]
    if item.type == "self-assessment" and item.challenge:
        levels = ", ".join(level.id for level in framework.rating_scale)
        lines.append(f"ratings:   # for each section, one of: {levels}")
        lines += [f"  {section.id}:" for section in item.challenge.sections]
        lines.append("overall:   # optional: the challenge's rating, instead of the roll-up of the sections")
    return "---\n" + "\n".join(lines) + "\n---\n"


_BODIES = {
    "evidence": (
        "## What this shows\n\nWhich part of the framework this evidences, in a sentence or two.\n\n"
        "## Details\n\nWhat the document is, who produced it and when. Attach the document itself if you can.\n"
    ),
    "case-study": (
        "## Context\n\nThe need or problem, who it affected, and the figures that show it.\n\n"
        "## What we did\n\nWho did what, with which partners, and when.\n\n"
        "## Outcomes\n\n| Measure | Before | After |\n|---|---|---|\n| | | |\n\n"
        "What changed for people, with figures.\n\n"
        "## What we learned\n\nWhat worked, what did not, and what we would do differently.\n"
    ),
    "celebration": (
        "## What we are celebrating\n\nThe success, with a date and a figure if there is one.\n\n"
        "## Who made it happen\n\nStaff, partners, volunteers and participants.\n\n"
        "## Why it matters\n\nThe difference it makes, and to whom.\n"
    ),
    "action": (
        "## What we will do\n\nThe action, in a sentence or two.\n\n"
        "## Why\n\nThe gap or the evidence that shows it is needed.\n\n"
        "## How we will know it is done\n\nThe result we expect, and how we will measure it.\n"
    ),
}


def body(item: NewItem) -> str:
    if item.type == "self-assessment" and item.challenge:
        parts = [
            f"## {section.label}\n\n> {section.question}\n\n"
            "### What do we currently do\n\n\n### What action can we take\n\n"
            for section in item.challenge.sections
        ]
        return "\n" + "\n".join(parts)
    return "\n" + _BODIES[item.type]


def render_new_item(item: NewItem, framework: Framework) -> str:
    """The whole text of the new file."""
    return front_matter(item, framework) + body(item)
