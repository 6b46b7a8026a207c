"""Pure computation: staleness, coverage, the current self-assessment and assessor report, ratings, targets and
the gap between the two ratings, for the items of one build."""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from ..model.framework import Challenge, ChallengeSection, Framework, Level
from ..model.item_types import ACTION, ASSESSOR_REPORT, SELF_ASSESSMENT
from ..model.items import Item, Target
from ..model.vocabulary import Audience, Rollup
from .metrics import MetricResult, compute_metrics

ASSESSMENT = SELF_ASSESSMENT.id
"""The type whose items rate a challenge (the current one gives its ratings)."""
REPORT = ASSESSOR_REPORT.id
"""The type whose items give the assessor's ratings of a challenge (the current one gives the assessor's ratings)."""


def is_stale(item: Item, framework: Framework, as_of: datetime.date) -> bool:
    """Items of a type that can be stale, older than max_evidence_age_days on `as_of`."""
    if not item.kind.can_be_stale or framework.max_evidence_age_days is None or item.date is None:
        return False
    return (as_of - item.date).days > framework.max_evidence_age_days


def is_overdue(item: Item, as_of: datetime.date) -> bool:
    """An item with a `due` date in the past and a `status` that is not done (an action)."""
    due = item.day("due")
    return due is not None and not item.done and due < as_of


def rollup(levels: Sequence[Level], method: Rollup, scale: Sequence[Level]) -> Level | None:
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
    """One section of a challenge, computed: its evidence, its rating, whether it is covered."""

    section: ChallengeSection
    evidence: tuple[Item, ...]
    stale: tuple[Item, ...]
    actions: tuple[Item, ...]
    rating: Level | None
    covered: bool
    assessor_rating: Level | None = None
    """From the current assessor report."""
    target: Level | None = None
    """From the current self-assessment's `targets`."""

    @property
    def id(self) -> str:
        return self.section.id

    @property
    def named(self) -> str:
        """The section as a message names it: its id in quotes, and its label where that is more than the id in other
        capitals (a review of valid portfolios: sections "1", "2" and "3" of a framework, named by id alone)."""
        label = self.section.label
        return f'"{self.id}"' + (f" ({label})" if label.casefold() != self.id.casefold() else "")

    @property
    def listed(self) -> tuple[Item, ...]:
        """Its supporting items as its pages list them: the fresh ones, then the stale ones, each newest first (the
        exports keep them by id)."""
        return tuple(sorted(self.evidence, key=_newest_first)) + tuple(sorted(self.stale, key=_newest_first))

    @property
    def rating_gap(self) -> int | None:
        """The assessor's level position minus the self-rating's (negative: the assessor rated lower)."""
        return gap(self.rating, self.assessor_rating)

    @property
    def needs_backing(self) -> bool:
        """Whether its rating must be backed by evidence: rated at the scale's second level or above."""
        return self.rating is not None and self.rating.position >= 1

    @property
    def unbacked(self) -> bool:
        """A rating that needs backing, on a section that is not covered."""
        return self.needs_backing and not self.covered


@dataclass(frozen=True)
class ChallengeResult:
    """One challenge, computed: its sections, its items and its rating."""

    challenge: Challenge
    sections: tuple[SectionResult, ...]
    whole: tuple[Item, ...]
    """Items mapped to the challenge as a whole: shown, but counted for no section."""
    assessments: tuple[Item, ...]
    """Self-assessments of this challenge in the build, oldest first; the last is the current one."""
    rating: Level | None
    rating_source: str | None
    reports: tuple[Item, ...] = ()
    """Assessor reports of this challenge in the build, oldest first; the last is the current one."""
    assessor_rating: Level | None = None
    assessor_rating_source: str | None = None
    """As for `rating_source`: "overall", "rollup" or None."""
    target: Level | None = None
    """The roll-up of the current self-assessment's targets (drawn on the rating chart)."""

    @property
    def id(self) -> str:
        return self.challenge.id

    @property
    def report(self) -> Item | None:
        """The current assessor report: the latest in the build."""
        return self.reports[-1] if self.reports else None

    @property
    def rating_gap(self) -> int | None:
        return gap(self.rating, self.assessor_rating)

    @property
    def history(self) -> tuple[Item, ...]:
        """Self-assessments and assessor reports together, by date (a report after the assessment of its day)."""
        return tuple(sorted((*self.assessments, *self.reports), key=_by_date))

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
    def report_after_assessment(self) -> bool:
        """Whether the current assessor report came after the current self-assessment, on its day or later (the
        assessor saw it), rather than before it."""
        current, report = self.assessment, self.report
        return bool(current and report and current.date and report.date and current.date <= report.date)

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
    audience: Audience
    as_of: datetime.date
    items: tuple[Item, ...]
    """The items of the build, sorted by id."""
    challenges: tuple[ChallengeResult, ...]
    metrics: tuple[MetricResult, ...] = ()
    """Every metric of the framework, in its order, with the points of this build's items."""

    @property
    def coverage(self) -> float:
        total = sum(challenge.section_count for challenge in self.challenges)
        return sum(challenge.covered_count for challenge in self.challenges) / total if total else 0.0

    def metrics_of(self, challenge: str, section: str | None = None) -> list[MetricResult]:
        """The metrics shown with a section of a challenge (section None: with the challenge as a whole)."""
        return [m for m in self.metrics if m.metric.challenge == challenge and m.metric.section == section]

    def stale(self, item: Item) -> bool:
        return is_stale(item, self.framework, self.as_of)

    def overdue(self, item: Item) -> bool:
        return is_overdue(item, self.as_of)

    def unplanned(self, result: ChallengeResult, section: SectionResult) -> bool:
        """Whether the current self-assessment of a challenge rates one of its sections at the scale's lowest level,
        and no action of this build, not done, maps to it: the assessor will ask what is planned."""
        scale = self.framework.rating_scale
        return (
            result.assessment is not None
            and bool(scale)
            and section.rating == scale[0]
            and not any(not action.done for action in section.actions)
        )


def gap(rating: Level | None, assessor_rating: Level | None) -> int | None:
    """The assessor's level position minus the self-rating's, or None unless both exist."""
    return None if rating is None or assessor_rating is None else assessor_rating.position - rating.position


def _by_date(item: Item) -> tuple[datetime.date, bool, str]:
    return (item.date or datetime.date.min, item.type == REPORT, item.id)


def _newest_first(item: Item) -> tuple[int, str]:
    return (-(item.date or datetime.date.min).toordinal(), item.id)


def compute(framework: Framework, items: Iterable[Item], audience: Audience, as_of: datetime.date) -> Portfolio:
    """The portfolio of a build for `audience`, from the items that build holds (the audience already applied)."""
    included = tuple(sorted(items, key=lambda item: item.id))
    by_target: dict[Target, list[Item]] = defaultdict(list)
    rating_items: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in included:
        for target in item.maps_to:
            by_target[target].append(item)
        if item.kind.rates_challenge and item.challenge:
            rating_items[(item.type, item.challenge)].append(item)
    results = tuple(
        _challenge_result(
            framework,
            challenge,
            by_target,
            rating_items.get((ASSESSMENT, challenge.id), []),
            rating_items.get((REPORT, challenge.id), []),
            as_of,
        )
        for challenge in framework.challenges
    )
    return Portfolio(framework, audience, as_of, included, results, compute_metrics(framework, included))


def assessment_rating(assessment: Item, framework: Framework) -> tuple[Level | None, str | None]:
    """A self-assessment's (or an assessor report's) rating of its challenge and where it comes from: "overall", or
    the "rollup" of its section ratings (None when it rates nothing)."""
    overall = assessment.level("overall")
    if overall:
        return overall, "overall"
    rating = rollup(list(assessment.levels("ratings").values()), framework.rollup, framework.rating_scale)
    return rating, ("rollup" if rating else None)


Trend = Literal["up", "down", "same"]


def rating_trend(result: ChallengeResult, framework: Framework) -> tuple[Trend, Level] | None:
    """How the challenge's rating moved since the previous self-assessment, and that self-assessment's rating; None
    with fewer than two self-assessments, or when either of the last two rates nothing."""
    if len(result.assessments) < 2:
        return None
    previous, _ = assessment_rating(result.assessments[-2], framework)
    current, _ = assessment_rating(result.assessments[-1], framework)
    if previous is None or current is None:
        return None
    if current.position == previous.position:
        return "same", previous
    return ("up" if current.position > previous.position else "down"), previous


def _challenge_result(
    framework: Framework,
    challenge: Challenge,
    by_target: dict[Target, list[Item]],
    assessments: list[Item],
    reports: list[Item],
    as_of: datetime.date,
) -> ChallengeResult:
    history = tuple(sorted(assessments, key=_by_date))
    current = history[-1] if history else None
    ratings = current.levels("ratings") if current else {}
    targets = current.levels("targets") if current else {}
    report_history = tuple(sorted(reports, key=_by_date))
    report = report_history[-1] if report_history else None
    assessor_ratings = report.levels("ratings") if report else {}
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
                actions=tuple(item for item in mapped if item.type == ACTION.id),
                rating=ratings.get(part.id),
                covered=len(fresh) >= framework.min_evidence,
                assessor_rating=assessor_ratings.get(part.id),
                target=targets.get(part.id),
            )
        )
    rating, source = assessment_rating(current, framework) if current else (None, None)
    assessor_rating, assessor_source = assessment_rating(report, framework) if report else (None, None)
    target = rollup(list(targets.values()), framework.rollup, framework.rating_scale)
    whole = tuple(by_target.get(Target(challenge.id, None), []))
    return ChallengeResult(
        challenge,
        tuple(sections),
        whole,
        history,
        rating,
        source,
        report_history,
        assessor_rating,
        assessor_source,
        target,
    )
