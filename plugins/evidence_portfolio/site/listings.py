"""What the browsing pages list: partners, case studies by challenge, celebrations, the improvement plan."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown

from ..computation.portfolio import Portfolio
from ..model.framework import Challenge, Level
from ..model.item_types import ACTION, ITEM_TYPES, Listing
from ..model.items import Item, Target
from ..model.lazy_patterns import lazy_pattern
from ..model.names import alphabetical
from ..reading.pages import Page

OUTCOME_HEADINGS = ("outcome", "result", "impact", "what changed")
EXCERPT_LENGTH = 280
OUTCOME_ROWS = 4
"""Rows of an outcomes table a card shows."""
_HEADING = lazy_pattern(r"#{2,6}[ \t]+(\S.*)")
"""A heading of level 2 or more, its words (with the marks after them, taken off as it is read: one pattern took
time growing as the square of a run of spaces after them, a review)."""


@dataclass(frozen=True)
class PartnerEntry:
    name: str
    items: tuple[Item, ...]
    targets: tuple[Target, ...]
    """The challenge sections (or whole challenges) the partner's supporting items support, in the framework's
    order."""
    supporting: int
    """Its items that support sections (evidence, case studies, celebrations; stale ones included)."""
    actions: int
    """Its actions (what it will do with us, not what it has contributed)."""


def partners(portfolio: Portfolio) -> list[PartnerEntry]:
    """Every partner named by an item of the build, in alphabetical order, with its items and sections."""
    named: dict[str, list[Item]] = {}
    for item in portfolio.items:
        for partner in item.partners:
            named.setdefault(partner, []).append(item)
    order = framework_order(portfolio)
    entries = []
    for name in sorted(named, key=alphabetical):
        items = newest_first(named[name])
        supporting = [item for item in items if item.supports]
        targets = sorted({t for item in supporting if not portfolio.stale(item) for t in item.maps_to}, key=order)
        actions = sum(1 for item in items if item.type == ACTION.id)
        entries.append(PartnerEntry(name, tuple(items), tuple(targets), len(supporting), actions))
    return entries


def framework_order(portfolio: Portfolio) -> Callable[[Target], tuple[int, int]]:
    """A sort key putting targets in the framework's order: by challenge, then section, the whole challenge last."""
    places = {
        Target(challenge.id, section): (number, index)
        for number, challenge in enumerate(portfolio.framework.challenges)
        for index, section in enumerate([*(s.id for s in challenge.sections), None])
    }
    return lambda target: places.get(target, (len(places), 0))


@dataclass(frozen=True)
class Headline:
    """The figures above the overview's heatmap (and the pack's): how many sections the current self-assessments
    rate at each level of the scale, lowest first, how many they leave unrated, the stale items, the overdue
    actions."""

    rated: tuple[tuple[Level, int], ...]
    unrated: int
    stale: int
    overdue: int


def headline(portfolio: Portfolio) -> Headline:
    ratings = [section.rating for challenge in portfolio.challenges for section in challenge.sections]
    return Headline(
        tuple((level, sum(1 for r in ratings if r == level)) for level in portfolio.framework.rating_scale),
        sum(1 for r in ratings if r is None),
        sum(1 for item in portfolio.items if portfolio.stale(item)),
        sum(1 for item in portfolio.items if portfolio.overdue(item)),
    )


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


@dataclass(frozen=True)
class Outcomes:
    """What a case study's card shows of its "Outcomes" section: the start of its prose, and its first table (the
    heading row and the first rows, as plain text), so that "34, 71" keeps its columns' names."""

    text: str
    head: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    more: int = 0
    """Rows of the table left out of the card."""


def outcomes(page: Page) -> Outcomes | None:
    """The start of the body's "Outcomes" (or "Results", "Impact") section; None if it has none, or nothing in it.

    The section is rendered as Markdown and only its text kept: link targets, images, HTML and comments give no
    text, so nothing but what the page itself shows reaches the listing."""
    lines: list[str] | None = None
    table: list[list[str]] = []
    for line in page.body.split("\n"):
        heading = _HEADING.fullmatch(line.rstrip(" \t#"))
        if heading:
            if lines is not None:
                break
            if heading.group(1).strip().lower().startswith(OUTCOME_HEADINGS):
                lines = []
        elif lines is not None and line.lstrip().startswith("|"):
            if not set(line.strip()) <= set("|-: ") and (not table or table[-1]):  # a row, not the rule
                table.append([_plain_text(cell) for cell in line.strip().strip("|").split("|")])
        elif lines is not None:
            if table and table[-1]:
                table.append([])  # the end of the first table: later ones are not shown
            lines.append(line)
    rows = [row for row in table if row]
    text = _plain_text("\n".join(lines or []))
    text = text if len(text) <= EXCERPT_LENGTH else text[:EXCERPT_LENGTH].rsplit(" ", 1)[0] + "…"
    if not text and not rows:
        return None
    head, body = (tuple(rows[0]), rows[1:]) if rows else ((), [])
    return Outcomes(text, head, tuple(tuple(row) for row in body[:OUTCOME_ROWS]), max(0, len(body) - OUTCOME_ROWS))


def _plain_text(markdown_text: str) -> str:
    """What a reader sees of some Markdown: its text, on one line."""
    if not markdown_text.strip():
        return ""
    if _WORDS_ONLY.fullmatch(markdown_text) and not _NUMBERED.search(markdown_text):
        return " ".join(markdown_text.split())  # nothing Markdown would change: its text is the text itself
    return " ".join(_TextOnly.of(_markdown().reset().convert(markdown_text)).split())


_WORDS_ONLY = lazy_pattern(r"(?:[^\W_]|[ \t\n,.;:%()'’?])*")
"""Text of letters, digits, spaces and punctuation that no Markdown construct starts with (most table cells: "34",
"Participants (2024)"): rendered, it is the same words."""
_NUMBERED = lazy_pattern(r"^[ \t]*\d+\.[ \t]", re.MULTILINE)
"""A numbered list's entry ("2024. Our year"), whose number Markdown renders as a list marker, not text."""


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
    unplanned: Level | None = None
    """The section's rating, where it is the scale's lowest and no action is planned (Portfolio.unplanned)."""
    also: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Each action's other places in the plan, by its id: an action of two sections is listed under each, and an
    assessor counted eight entries under a headline of six actions (an assessor's review)."""


def improvement_plan(portfolio: Portfolio) -> list[tuple[str, str, list[PlanGroup]]]:
    """(challenge id, title, groups) with every action of the build; open actions by due date, done ones apart."""
    actions = listed_on(portfolio, "actions")
    plan = []
    results = {result.id: result for result in portfolio.challenges}
    places = {
        target: (challenge.title, label)
        for challenge in portfolio.framework.challenges
        for target, label in _places(challenge)
    }
    for challenge in portfolio.framework.challenges:
        groups = []
        result = results.get(challenge.id)
        for target, label in _places(challenge):
            mapped = [a for a in actions if target in a.maps_to]
            due_order = sorted(mapped, key=lambda a: (a.day("due") or datetime.date.max, a.id))
            # a section rated at the lowest level with no action planned is said too (an assessor's review: the
            # plan left it out, and the assessor did not see that nothing was planned)
            section = next((s for s in result.sections if s.id == target.section), None) if result else None
            unplanned = section.rating if result and section and portfolio.unplanned(result, section) else None
            if mapped or unplanned:
                groups.append(
                    PlanGroup(
                        target,
                        label,
                        tuple(a for a in due_order if not a.done),
                        tuple(a for a in due_order if a.done),
                        unplanned,
                        {
                            a.id: tuple(
                                _also(places[other], other.challenge == challenge.id, other.section is None)
                                for other in a.maps_to
                                if other != target and other in places
                            )
                            for a in mapped
                        },
                    )
                )
        if groups:
            plan.append((challenge.id, challenge.title, groups))
    return plan


def _also(place: tuple[str, str], here: bool, whole: bool) -> str:
    """Another place of an action in the plan, as "also under ..." names it: a section of the same challenge by its
    label, of another with the challenge's title; a challenge as a whole in small letters, mid-sentence."""
    title, label = place
    if whole:
        return "the challenge as a whole" if here else f"{title} as a whole"
    return label if here else f"{title} › {label}"


def _places(challenge: Challenge) -> list[tuple[Target, str]]:
    """The places of a challenge in the improvement plan: each section, then the challenge as a whole."""
    whole = (Target(challenge.id, None), "The challenge as a whole")
    return [*((Target(challenge.id, s.id), s.label) for s in challenge.sections), whole]


def years(items: tuple[Item, ...]) -> list[int]:
    return sorted({item.date.year for item in items if item.date}, reverse=True)


def outcome_texts(pages: Mapping[str, Page]) -> dict[str, Outcomes]:
    """The outcomes of case studies' pages (by the item's id) that have any."""
    found = {item_id: outcomes(page) for item_id, page in pages.items()}
    return {item_id: outcome for item_id, outcome in found.items() if outcome}
