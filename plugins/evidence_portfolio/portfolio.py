"""Pure computation: audience, staleness, coverage, the current self-assessment and ratings."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

from .framework import Challenge, ChallengeSection, Framework, Level
from .items import Item, Target
from .problems import Problems

AUDIENCES = ("public", "accreditor", "internal")
"""From the narrowest audience to the widest: a build for one holds what is visible to it and below."""


def visible_to(visibility: str, audience: str) -> bool:
    return AUDIENCES.index(visibility) <= AUDIENCES.index(audience)


def is_stale(item: Item, framework: Framework, as_of: datetime.date) -> bool:
    """Evidence, case studies and celebrations older than max_evidence_age_days; other types never are."""
    if not item.supports or framework.max_evidence_age_days is None or item.date is None:
        return False
    return (as_of - item.date).days > framework.max_evidence_age_days


def is_overdue(item: Item, as_of: datetime.date) -> bool:
    """An action past its due date that is not done."""
    return item.type == "action" and item.status != "done" and item.due is not None and item.due < as_of


def rollup(levels: Sequence[Level], method: str, scale: Sequence[Level]) -> Level | None:
    """Combine section ratings by their positions on the scale: lower median, minimum or mean rounded down."""
    positions = sorted(level.position for level in levels)
    if not positions:
        return None
    if method == "min":
        position = positions[0]
    elif method == "mean":
        position = sum(positions) // len(positions)
    else:
        position = positions[(len(positions) - 1) // 2]
    return scale[position]


@dataclass(frozen=True)
class SectionResult:
    section: ChallengeSection
    evidence: tuple[Item, ...]
    stale: tuple[Item, ...]
    actions: tuple[Item, ...]
    rating: Level | None
    covered: bool

    @property
    def id(self) -> str:
        return self.section.id


@dataclass(frozen=True)
class ChallengeResult:
    challenge: Challenge
    sections: tuple[SectionResult, ...]
    whole: tuple[Item, ...]
    """Items mapped to the challenge as a whole: shown, but counted for no section."""
    assessments: tuple[Item, ...]
    """Self-assessments of this challenge in the build, oldest first; the last is the current one."""
    rating: Level | None
    rating_source: str | None

    @property
    def id(self) -> str:
        return self.challenge.id

    @property
    def covered_count(self) -> int:
        return sum(section.covered for section in self.sections)

    @property
    def section_count(self) -> int:
        return len(self.sections)

    @property
    def coverage(self) -> float:
        return self.covered_count / self.section_count if self.sections else 0.0

    @property
    def assessment(self) -> Item | None:
        return self.assessments[-1] if self.assessments else None

    @property
    def evidence_dates(self) -> tuple[datetime.date, datetime.date] | None:
        """The first and last dates of the evidence shown for this challenge (stale included), if any."""
        items = [i for s in self.sections for i in s.evidence + s.stale] + [i for i in self.whole if i.supports]
        dates = [item.date for item in items if item.date]
        return (min(dates), max(dates)) if dates else None


@dataclass(frozen=True)
class Portfolio:
    """What one build contains and what it makes of it."""

    framework: Framework
    audience: str
    as_of: datetime.date
    items: tuple[Item, ...]
    withheld_items: int
    withheld_other: int
    """Plain pages and other files (attachments, images) withheld with the items."""
    challenges: tuple[ChallengeResult, ...]

    @property
    def withheld(self) -> int:
        """Every file the build leaves out for its audience."""
        return self.withheld_items + self.withheld_other

    @property
    def coverage(self) -> float:
        total = sum(challenge.section_count for challenge in self.challenges)
        return sum(challenge.covered_count for challenge in self.challenges) / total if total else 0.0

    def stale(self, item: Item) -> bool:
        return is_stale(item, self.framework, self.as_of)


def compute(
    framework: Framework, items: Iterable[Item], audience: str, as_of: datetime.date, withheld_other: int = 0
) -> Portfolio:
    """The portfolio of a build for `audience`; `withheld_other` counts the other files withheld with the items."""
    every = sorted(items, key=lambda item: item.id)
    included = tuple(item for item in every if visible_to(item.visibility, audience))
    by_target: dict[Target, list[Item]] = defaultdict(list)
    assessments: dict[str, list[Item]] = defaultdict(list)
    for item in included:
        for target in item.maps_to:
            by_target[target].append(item)
        if item.type == "self-assessment" and item.challenge:
            assessments[item.challenge].append(item)
    results = tuple(
        _challenge_result(framework, challenge, by_target, assessments.get(challenge.id, []), as_of)
        for challenge in framework.challenges
    )
    return Portfolio(framework, audience, as_of, included, len(every) - len(included), withheld_other, results)


def assessment_rating(assessment: Item, framework: Framework) -> tuple[Level | None, str | None]:
    """A self-assessment's rating of its challenge and where it comes from: "overall", or the "rollup" of its
    section ratings (None when it rates nothing)."""
    if assessment.overall:
        return assessment.overall, "overall"
    rating = rollup(list(assessment.ratings.values()), framework.rollup, framework.rating_scale)
    return rating, ("rollup" if rating else None)


def _challenge_result(
    framework: Framework,
    challenge: Challenge,
    by_target: dict[Target, list[Item]],
    assessments: list[Item],
    as_of: datetime.date,
) -> ChallengeResult:
    history = tuple(sorted(assessments, key=lambda item: (item.date or datetime.date.min, item.id)))
    current = history[-1] if history else None
    sections = []
    for part in challenge.sections:
        mapped = by_target.get(Target(challenge.id, part.id), [])
        supporting = [(item, is_stale(item, framework, as_of)) for item in mapped if item.supports]
        fresh = tuple(item for item, stale in supporting if not stale)
        sections.append(
            SectionResult(
                section=part,
                evidence=fresh,
                stale=tuple(item for item, stale in supporting if stale),
                actions=tuple(item for item in mapped if item.type == "action"),
                rating=current.ratings.get(part.id) if current else None,
                covered=len(fresh) >= framework.min_evidence,
            )
        )
    rating, source = assessment_rating(current, framework) if current else (None, None)
    whole = tuple(by_target.get(Target(challenge.id, None), []))
    return ChallengeResult(challenge, tuple(sections), whole, history, rating, source)


def check_items(framework: Framework, items: Iterable[Item], as_of: datetime.date) -> Problems:
    """Problems across items, whatever the audience: stale items, overdue actions, clashing self-assessments."""
    problems = Problems()
    seen: dict[tuple[str, datetime.date], Item] = {}
    for item in sorted(items, key=lambda item: item.id):
        if is_stale(item, framework, as_of) and item.date:
            age = (as_of - item.date).days
            problems.warning(
                item.path,
                item.lines.get("date", 1),
                f"stale: dated {item.date.isoformat()}, {age} days before {as_of.isoformat()}, older than "
                f"max_evidence_age_days ({framework.max_evidence_age_days}); it is shown but supports no section. "
                "Add newer evidence, or remove this item",
            )
        if is_overdue(item, as_of) and item.due:
            problems.warning(
                item.path,
                item.lines.get("due", 1),
                f'overdue action: due {item.due.isoformat()} and status "{item.status}"; '
                'finish it and set "status: done", or agree a new due date',
            )
        if item.type == "self-assessment" and item.challenge and item.date:
            key = (item.challenge, item.date)
            if key in seen:
                # Reported in both files, each naming the other: either may be the one to change.
                for here, other in ((seen[key], item), (item, seen[key])):
                    problems.error(
                        here.path,
                        here.lines.get("date", 1),
                        f'two self-assessments of challenge "{item.challenge}" on {item.date.isoformat()} '
                        f"(this one and {other.path}); give them different dates or merge them",
                    )
            else:
                seen[key] = item
    return problems


def check_coverage(portfolio: Portfolio, framework_path: str) -> Problems:
    """Warnings about this build's coverage: uncovered sections, and ratings not backed by evidence."""
    problems = Problems()
    second_level = portfolio.framework.rating_scale[1].position
    needed = portfolio.framework.min_evidence
    for result in portfolio.challenges:
        current = result.assessment
        for section in result.sections:
            if not section.covered:
                problems.warning(
                    framework_path,
                    section.section.line,
                    f'section "{section.id}" of challenge "{result.id}" is not covered: it has '
                    f"{len(section.evidence)} supporting item{'s' if len(section.evidence) != 1 else ''} of the "
                    f"{needed} it needs; add evidence mapped to {result.id}/{section.id}",
                )
            if current and section.rating and section.rating.position >= second_level and not section.covered:
                problems.warning(
                    current.path,
                    current.rating_lines.get(section.id, 1),
                    f'rating not backed by evidence: "{section.id}" is rated {section.rating.label} but the section '
                    f"has {len(section.evidence)} of the {needed} supporting items it needs; add evidence mapped to "
                    f"{result.id}/{section.id} or lower the rating",
                )
    return problems
