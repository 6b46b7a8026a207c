"""The framework an organisation is assessed against: rating scale, sections and challenges."""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import Rollup

MIN_LEVELS, MAX_LEVELS = 2, 10
"""How many levels a rating scale has, at least and at most."""


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
    id: str
    title: str
    outcomes: tuple[str, ...]
    sections: tuple[ChallengeSection, ...]
    weight: float = 1
    summary: str | None = None

    def section(self, section_id: str) -> ChallengeSection | None:
        return next((s for s in self.sections if s.id == section_id), None)


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    rating_scale: tuple[Level, ...]
    sections: tuple[Section, ...]
    challenges: tuple[Challenge, ...]
    rollup: Rollup = "median"
    min_evidence: int = 1
    max_evidence_age_days: int | None = None

    def challenge(self, challenge_id: str) -> Challenge | None:
        return next((c for c in self.challenges if c.id == challenge_id), None)

    def level(self, name: str) -> Level | None:
        """The level whose id or label is `name`, compared without case."""
        wanted = name.strip().lower()
        return next((level for level in self.rating_scale if wanted in (level.id.lower(), level.label.lower())), None)
