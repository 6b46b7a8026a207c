"""The framework an organisation is assessed against: rating scale, sections and challenges."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal, TypeVar, get_args

from .names import caseless
from .vocabulary import Rollup

if TYPE_CHECKING:
    from .items import Target

MIN_LEVELS, MAX_LEVELS = 2, 10
"""How many levels a rating scale has, at least and at most."""
UNRATED = ("unrated", "not rated")
"""What a self-assessment writes for a section it leaves unrated on purpose (`review: unrated`): no rating, and no
warning that the one before rated it (`rating-dropped`, which `--strict` fails on)."""


def left_unrated(value: object) -> bool:
    """Whether a rating as written says the section is left unrated on purpose (UNRATED, in any capitals, with a
    hyphen or spaces between its words)."""
    return isinstance(value, str) and caseless(" ".join(value.replace("-", " ").split())) in UNRATED


DEFAULT_ROLLUP: Rollup = "median"
DEFAULT_MIN_EVIDENCE = 1
DEFAULT_ASSESSMENT_MAX_AGE_DAYS = 365
DEFAULT_WEIGHT = 1
DEFAULT_HIGHER_IS_BETTER = True
"""What framework.yml means when it leaves these keys out (model/framework_keys.py names them)."""


@dataclass(frozen=True)
class Level:
    """One level of the rating scale; `position` 0 is the lowest."""

    id: str
    label: str
    position: int
    descriptor: str | None = None


@dataclass(frozen=True)
class Section:
    """A stage every challenge is assessed on (plan, do, ...)."""

    id: str
    label: str


@dataclass(frozen=True)
class ChallengeSection:
    """A section as one challenge uses it: its question and its example of best practice."""

    section: Section
    question: str
    best_practice: str
    line: int = 1
    """The line of this section in framework.yml, where problems about its coverage are reported."""

    @property
    def id(self) -> str:
        return self.section.id

    @property
    def label(self) -> str:
        return self.section.label


@dataclass(frozen=True)
class Challenge:
    """One challenge of the framework, with the sections it is assessed through."""

    id: str
    title: str
    outcomes: tuple[str, ...]
    sections: tuple[ChallengeSection, ...]
    weight: float = DEFAULT_WEIGHT
    summary: str | None = None
    line: int = field(default=1, compare=False)
    """The line of its entry in framework.yml, where problems about it as a whole are reported (not part of what
    the challenge is: the same challenge written another way is equal)."""

    def section(self, section_id: str) -> ChallengeSection | None:
        return self._sections_by_id.get(section_id)

    @property
    def section_labels(self) -> dict[str, str]:
        """Each section's id -> its label, as the pages show it."""
        return {section.id: section.label for section in self.sections}

    @cached_property
    def _sections_by_id(self) -> Mapping[str, ChallengeSection]:
        return _first_by_id(self.sections)


MetricKind = Literal["nps", "count", "percent", "number"]
"""What a metric measures: a Net Promoter Score (from survey answers, or given), a count (a whole number, 0 or
more), a percentage (0 to 100) or any number."""
METRIC_KINDS: tuple[MetricKind, ...] = get_args(MetricKind)
METRIC_BOUNDS: dict[MetricKind, tuple[float | None, float | None]] = {
    "nps": (-100, 100),
    "count": (0, None),
    "percent": (0, 100),
    "number": (None, None),
}
"""The lowest and highest value (and target) of each kind of metric; None: no bound."""
KIND_NAMES: dict[MetricKind, str] = {
    "nps": "a Net Promoter Score",
    "count": "a count",
    "percent": "a percentage",
    "number": "a number",
}
"""What a value of each kind of metric is, in messages."""
LARGEST_FIGURE = 10**15
"""The largest value or target, either way, of any metric: a chart's axis is drawn with ordinary numbers (a value
of 1e308 stopped the build, and one of 400 digits the check, where each said nothing of it)."""


def rating_name(name: str) -> str:
    """A rating, or a level's id or label, as they are compared: without case (names.caseless), and with any run of
    spaces as one (a non-breaking space or a tab, pasted from Word, as a space: an assessor's review)."""
    return caseless(" ".join(name.split()))


def within_charts(value: float) -> bool:
    """Whether a value or target, a finite number, is no larger either way than LARGEST_FIGURE."""
    return -LARGEST_FIGURE <= value <= LARGEST_FIGURE


@dataclass(frozen=True)
class Metric:
    """A figure the framework asks for (a partner NPS, a participation count), shown on the page of the challenge
    (or section) it belongs to; the items' `measures` give its points."""

    id: str
    label: str
    kind: MetricKind
    challenge: str
    section: str | None = None
    """None: the metric belongs to the challenge as a whole."""
    target: int | float | None = None
    higher_is_better: bool = DEFAULT_HIGHER_IS_BETTER
    line: int = 1
    """The line of its entry in framework.yml."""

    @property
    def where(self) -> str:
        """Where it is shown, as written in framework.yml: "challenge/section" or "challenge"."""
        return f"{self.challenge}/{self.section}" if self.section else self.challenge

    @property
    def reads_answers(self) -> bool:
        """Whether its measures may read survey answers from a CSV file (`data` and `column`)."""
        return self.kind == "nps"


@dataclass(frozen=True)
class Framework:
    """framework.yml, read: its rating scale, its sections and its challenges."""

    id: str
    title: str
    rating_scale: tuple[Level, ...]
    sections: tuple[Section, ...]
    challenges: tuple[Challenge, ...]
    rollup: Rollup = DEFAULT_ROLLUP
    min_evidence: int = DEFAULT_MIN_EVIDENCE
    max_evidence_age_days: int | None = None
    assessment_max_age_days: int = DEFAULT_ASSESSMENT_MAX_AGE_DAYS
    """A self-assessment older than this many days on the visit is too old for it (`portfolio readiness`)."""
    metrics: tuple[Metric, ...] = ()
    """In the order of framework.yml."""

    @property
    def example_target(self) -> str:
        """A section of the framework as maps_to names it, for messages' examples: its first challenge's first
        section (they said "partnerships/do", Quest's, whatever the framework: a new organisation's review)."""
        first = self.challenges[0] if self.challenges else None
        if first is None:
            return "challenge/section"
        return f"{first.id}/{first.sections[0].id}" if first.sections else first.id

    def challenge(self, challenge_id: str) -> Challenge | None:
        return self._challenges_by_id.get(challenge_id)

    @cached_property
    def _challenges_by_id(self) -> Mapping[str, Challenge]:
        """Looked up for every entry of every item's maps_to."""
        return _first_by_id(self.challenges)

    @cached_property
    def targets_read(self) -> dict[str, Target | tuple[str, str]]:
        """Each entry of maps_to read against this framework so far, as reading/item_reader.parse_target read it:
        the same few entries come back in item after item, and what one names depends on its text alone."""
        return {}

    def level(self, name: str) -> Level | None:
        """The level whose id or label is `name`, as rating_name compares them."""
        wanted = rating_name(name)
        return next(
            (level for level in self.rating_scale if wanted in (rating_name(level.id), rating_name(level.label))), None
        )

    def metric(self, metric_id: str) -> Metric | None:
        return next((m for m in self.metrics if m.id == metric_id), None)


_Entry = TypeVar("_Entry", Challenge, ChallengeSection)


def _first_by_id(entries: tuple[_Entry, ...]) -> Mapping[str, _Entry]:
    """Each entry by its id, the first of any that share one (framework.yml reports those), as a search in order
    finds it."""
    by_id: dict[str, _Entry] = {}
    for entry in entries:
        by_id.setdefault(entry.id, entry)
    return by_id


_YEARS = ("one year", "two years", "three years", "four years", "five years")


def age_in_words(days: int) -> str:
    """How old evidence may be, in words: "three years" for 1095 days, "400 days" for 400 (the overview said
    "older than 1095 days": an assessor's review)."""
    years, rest = divmod(days, 365)
    return _YEARS[years - 1] if not rest and 1 <= years <= len(_YEARS) else f"{days} day{'s' if days != 1 else ''}"
