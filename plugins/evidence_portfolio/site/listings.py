"""What the browsing pages list: partners, case studies by challenge, celebrations, the improvement plan."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

import markdown

from ..computation.portfolio import Portfolio
from ..model.item_types import ITEM_TYPES, Listing
from ..model.items import Item, Target
from ..reading.pages import Page

OUTCOME_HEADINGS = ("outcome", "result", "impact", "what changed")
EXCERPT_LENGTH = 280
_HEADING = re.compile(r"^#{2,6}[ \t]+(.+?)[ \t#]*$")


@dataclass(frozen=True)
class PartnerEntry:
    name: str
    items: tuple[Item, ...]
    targets: tuple[Target, ...]
    """The challenge sections (or whole challenges) the partner's items support."""


def partners(portfolio: Portfolio) -> list[PartnerEntry]:
    """Every partner named by an item of the build, by name (ignoring case), with its items and sections."""
    named: dict[str, list[Item]] = {}
    for item in portfolio.items:
        for partner in item.partners:
            named.setdefault(partner, []).append(item)
    entries = []
    for name in sorted(named, key=lambda n: (n.casefold(), n)):
        items = newest_first(named[name])
        targets = tuple(dict.fromkeys(t for i in items for t in i.maps_to))
        entries.append(PartnerEntry(name, tuple(items), targets))
    return entries


def newest_first(items: list[Item] | tuple[Item, ...]) -> list[Item]:
    return sorted(items, key=lambda item: (item.date or datetime.date.min, item.id), reverse=True)


def listed_on(portfolio: Portfolio, listing: Listing) -> list[Item]:
    """The items of the types listed on the page `listing`, newest first."""
    types = {t.id for t in ITEM_TYPES.values() if t.listing == listing}
    return newest_first([item for item in portfolio.items if item.type in types])


def by_challenge(portfolio: Portfolio, items: list[Item]) -> list[tuple[str, str, list[Item]]]:
    """(challenge id, title, items mapped to it), in the framework's order; an item may be under several."""
    groups = []
    for challenge in portfolio.framework.challenges:
        mapped = [item for item in items if any(t.challenge == challenge.id for t in item.maps_to)]
        if mapped:
            groups.append((challenge.id, challenge.title, mapped))
    return groups


def outcomes(page: Page) -> str:
    """The start of the body's "Outcomes" (or "Results", "Impact") section as plain text; "" if it has none.

    The section is rendered as Markdown and only its text kept: link targets, images, HTML and comments give no
    text, so nothing but what the page itself shows reaches the listing."""
    lines: list[str] | None = None
    rows: list[str] = []
    for line in page.body.split("\n"):
        heading = _HEADING.match(line)
        if heading:
            if lines is not None:
                break
            if heading.group(1).strip().lower().startswith(OUTCOME_HEADINGS):
                lines = []
        elif lines is not None and line.lstrip().startswith("|"):
            if not set(line.strip()) <= set("|-: "):  # a table row, not its rule
                rows.append(line.strip().strip("|"))
        elif lines is not None:
            lines.append(line)
    # Prose first; a section that is only a table is summed up by its rows (less the header row).
    text = _plain_text("\n".join(lines or [])) or "; ".join(
        ", ".join(cell for cell in (_plain_text(cell) for cell in row.split("|")) if cell) for row in rows[1:]
    )
    return text if len(text) <= EXCERPT_LENGTH else text[:EXCERPT_LENGTH].rsplit(" ", 1)[0] + "…"


def _plain_text(markdown_text: str) -> str:
    """What a reader sees of some Markdown: its text, on one line."""
    if not markdown_text.strip():
        return ""
    return " ".join(_TextOnly.of(_markdown().reset().convert(markdown_text)).split())


@functools.cache
def _markdown() -> markdown.Markdown:
    """One Markdown converter for every excerpt (making one costs more than converting a paragraph)."""
    return markdown.Markdown(extensions=["attr_list", "tables"])


class _TextOnly(HTMLParser):
    """The text of HTML, read by a parser (a ">" inside an attribute does not end a tag); what is left unread at
    the end (an unclosed comment or tag) gives no text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    @classmethod
    def of(cls, html: str) -> str:
        parser = cls()
        parser.feed(html)
        return "".join(parser.parts)


@dataclass(frozen=True)
class PlanGroup:
    """The actions of one challenge section (or of the challenge as a whole) in the improvement plan."""

    target: Target
    label: str
    open: tuple[Item, ...]
    done: tuple[Item, ...]


def improvement_plan(portfolio: Portfolio) -> list[tuple[str, str, list[PlanGroup]]]:
    """(challenge id, title, groups) with every action of the build; open actions by due date, done ones apart."""
    actions = listed_on(portfolio, "actions")
    plan = []
    for challenge in portfolio.framework.challenges:
        groups = []
        targets = [(Target(challenge.id, s.id), s.label) for s in challenge.sections]
        for target, label in [*targets, (Target(challenge.id, None), "The challenge as a whole")]:
            mapped = [a for a in actions if target in a.maps_to]
            due_order = sorted(mapped, key=lambda a: (a.day("due") or datetime.date.max, a.id))
            if mapped:
                groups.append(
                    PlanGroup(
                        target,
                        label,
                        tuple(a for a in due_order if a.text("status") != "done"),
                        tuple(a for a in due_order if a.text("status") == "done"),
                    )
                )
        if groups:
            plan.append((challenge.id, challenge.title, groups))
    return plan


def years(items: tuple[Item, ...]) -> list[int]:
    return sorted({item.date.year for item in items if item.date}, reverse=True)


def outcome_texts(pages: Mapping[str, Page], items: list[Item]) -> dict[str, str]:
    return {item.id: outcomes(pages[item.src_uri]) for item in items if item.src_uri in pages}
