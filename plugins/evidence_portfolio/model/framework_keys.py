"""Every key of framework.yml, defined once: where it goes, whether it is needed, its default and what it means.

The validator (reading/framework_file.py) warns about any other key, the JSON Schema (commands/schema.py) gives
these as its properties, and the table of keys in docs/framework.md lists them. Adding a key means adding one
`FrameworkKey` here, reading it in the validator and giving its shape in the schema.
"""

from __future__ import annotations

from dataclasses import dataclass

from .framework import (
    DEFAULT_ASSESSMENT_MAX_AGE_DAYS,
    DEFAULT_HIGHER_IS_BETTER,
    DEFAULT_MIN_EVIDENCE,
    DEFAULT_ROLLUP,
    DEFAULT_WEIGHT,
    MAX_LEVELS,
    MIN_LEVELS,
)


@dataclass(frozen=True)
class FrameworkKey:
    """One key of a mapping of framework.yml."""

    name: str
    description: str
    """What it means, in a sentence (the schema's hover help, the docs' table)."""
    required: bool = False
    default: str | int | bool | None = None
    """What leaving it out means; None: nothing (or it is required)."""


@dataclass(frozen=True)
class KeyPlace:
    """A mapping of framework.yml and the keys it may hold, in the order they are written."""

    where: str
    """Where the mapping is, as YAML nests it ("challenges: - "); empty for the top level."""
    keys: tuple[FrameworkKey, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(key.name for key in self.keys)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(key.name for key in self.keys if key.required)


ID_LENGTH = 100
"""The most characters an id of framework.yml may have: a challenge's names a folder of the site, and a name longer
than a file system takes (255 bytes) stopped the build in a traceback, after both checks had passed (a new
organisation's review)."""
_NAME_ID = f'letters, digits, "-", "_" and "." only, at most {ID_LENGTH} of them'
_WHOLE_NUMBER = "A whole number (7) is an id too, read as its digits."

TOP = KeyPlace(
    "",
    (
        FrameworkKey(
            "id",
            'A short id for the framework, such as "quest-partnerships": lowercase letters, digits and hyphens, '
            f"starting with a letter or a digit, at most {ID_LENGTH} of them. {_WHOLE_NUMBER}",
            required=True,
        ),
        FrameworkKey("title", "The framework's title.", required=True),
        FrameworkKey(
            "rating_scale",
            f"The levels a section can be rated at, lowest first: {MIN_LEVELS} to {MAX_LEVELS} of them.",
            required=True,
        ),
        FrameworkKey("sections", "The stages every challenge is assessed on, in order (at least one).", required=True),
        FrameworkKey(
            "rollup",
            "How a challenge's rating is worked out when its self-assessment gives no overall rating: median (the "
            "lower middle rating), min (the lowest) or mean (the average, rounded down).",
            default=DEFAULT_ROLLUP,
        ),
        FrameworkKey(
            "min_evidence",
            "How many supporting items a section needs to count as covered (a whole number, at least 1; default "
            f"{DEFAULT_MIN_EVIDENCE}).",
            default=DEFAULT_MIN_EVIDENCE,
        ),
        FrameworkKey(
            "max_evidence_age_days",
            "Evidence older than this many days is stale: shown and flagged, but not counted (a whole number, at "
            "least 1; leave it out to keep evidence fresh for ever).",
        ),
        FrameworkKey(
            "assessment_max_age_days",
            "A challenge's current self-assessment older than this many days on the day of the visit is a gap for "
            "`portfolio readiness` (a whole number, at least 1; Quest assesses every year).",
            default=DEFAULT_ASSESSMENT_MAX_AGE_DAYS,
        ),
        FrameworkKey("challenges", "The challenges of the framework (at least one).", required=True),
        FrameworkKey(
            "metrics",
            "Figures such as a partner Net Promoter Score or a participation count, each shown with a section or a "
            "challenge and computed from the items' `measures` (optional).",
        ),
    ),
)
RATING_LEVEL = KeyPlace(
    "rating_scale: - ",
    (
        FrameworkKey(
            "id",
            f'A short name for this level, used in self-assessments (e.g. "very-good"): {_NAME_ID}, not ending in ".". '
            + _WHOLE_NUMBER,
            required=True,
        ),
        FrameworkKey("label", "The name shown for this level (defaults to its id)."),
        FrameworkKey("descriptor", "What this level means, in a sentence or two."),
    ),
)
SECTION = KeyPlace(
    "sections: - ",
    (
        FrameworkKey(
            "id",
            f'A short name for this section, used in maps_to and ratings (e.g. "plan"): {_NAME_ID}, not ending in ".". '
            + _WHOLE_NUMBER,
            required=True,
        ),
        FrameworkKey("label", "The name shown for this section (defaults to its id)."),
    ),
)
CHALLENGE = KeyPlace(
    "challenges: - ",
    (
        FrameworkKey(
            "id",
            f'A short name for this challenge, used in maps_to (e.g. "partnerships"): {_NAME_ID}. {_WHOLE_NUMBER}',
            required=True,
        ),
        FrameworkKey("title", "The challenge's title.", required=True),
        FrameworkKey("summary", "A sentence or two about the challenge."),
        FrameworkKey(
            "weight",
            f"How much this challenge counts compared with the others (a number, 0 or more; default {DEFAULT_WEIGHT}).",
            default=DEFAULT_WEIGHT,
        ),
        FrameworkKey("outcomes", "What good looks like, as statements (a list; a single text is a one-entry list)."),
        FrameworkKey(
            "sections",
            "The sections this challenge uses, by id (ids from `sections`), each with its question and best practice.",
            required=True,
        ),
    ),
)
CHALLENGE_SECTION = KeyPlace(
    "challenges: - sections: SECTION: ",
    (
        FrameworkKey("question", "The question the organisation answers for this section.", required=True),
        FrameworkKey("best_practice", "What best practice looks like for this section."),
    ),
)
METRIC = KeyPlace(
    "metrics: - ",
    (
        FrameworkKey(
            "id",
            'A short id for the metric, used in the items\' `measures` (e.g. "partner-nps"): lowercase letters, digits '
            f"and hyphens, starting with a letter or a digit. {_WHOLE_NUMBER} Ids are unique.",
            required=True,
        ),
        FrameworkKey("label", "The name shown for the metric on the pages.", required=True),
        FrameworkKey(
            "kind",
            "What it measures: `nps`, a Net Promoter Score from -100 to 100, computed from survey answers (or given "
            "with the number of answers); `count`, a whole number, 0 or more; `percent`, a number from 0 to 100; or "
            "`number`, any number. Compared without case.",
            required=True,
        ),
        FrameworkKey(
            "section",
            'Where it is shown: a section of a challenge ("partnerships/measure") or a challenge as a whole '
            '("partnerships"). Both must exist in the framework.',
            required=True,
        ),
        FrameworkKey(
            "target",
            "The value to reach (optional): a number within the kind's range (an NPS from -100 to 100, a percentage "
            "from 0 to 100, a count 0 or more).",
        ),
        FrameworkKey(
            "higher_is_better",
            "Whether a higher value is better (default true). With false the target is met at or below it, and a "
            'fall is shown as "(better)".',
            default=DEFAULT_HIGHER_IS_BETTER,
        ),
    ),
)
KEY_PLACES = (TOP, RATING_LEVEL, SECTION, CHALLENGE, CHALLENGE_SECTION, METRIC)
"""Every mapping of framework.yml, in the order the docs' table lists them."""
