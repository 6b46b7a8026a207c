"""Portfolio items: pages whose front matter has a `type`, with their keys read and normalised."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from .framework import Level
from .item_types import DONE, ITEM_TYPES, ItemType
from .vocabulary import Audience


@dataclass(frozen=True)
class Target:
    """What an item maps to: a challenge section, or a challenge as a whole (section None)."""

    challenge: str
    section: str | None

    def __str__(self) -> str:
        return f"{self.challenge}/{self.section}" if self.section else self.challenge


@dataclass(frozen=True)
class Answers:
    """The answers to a 0-10 question ("how likely are you to recommend us?") of a survey, by group."""

    promoters: int
    """Answers of 9 or 10."""
    passives: int
    """Answers of 7 or 8."""
    detractors: int
    """Answers of 0 to 6."""

    @property
    def n(self) -> int:
        return self.promoters + self.passives + self.detractors


@dataclass(frozen=True)
class Measure:
    """One entry of an item's `measures`: a figure for a metric of the framework, given as `value` or read from the
    answers in a column of a survey file (`data`, `column`) beside the item."""

    metric: str
    line: int
    """The line of its entry in the item's file."""
    value: int | float | None = None
    """As written (a count, a percentage, a number; an NPS given with `n`)."""
    n: int | None = None
    """How many answers a given NPS comes from."""
    data: str | None = None
    """The survey file as written (relative to the item)."""
    data_path: str | None = None
    """The survey file's path under evidence/."""
    column: str | None = None
    column_line: int = 1
    answers: Answers | None = None
    """The answers counted in the survey file's column (once the project has read it)."""

    def written(self) -> dict[str, object]:
        """The measure as its front matter gives it (the keys it has), as JSON data."""
        found: dict[str, object] = {"metric": self.metric}
        for key in ("data", "column", "value", "n"):
            value = getattr(self, key)
            if value is not None:
                found[key] = value
        return found


Value = (
    str
    | datetime.date
    | Level
    | tuple[str, ...]
    | tuple[Target, ...]
    | tuple[Measure, ...]
    | Mapping[str, Level]
    | None
)
"""The value of a key once read, by the key's kind (see item_types.FieldKind)."""


@dataclass(frozen=True)
class Item:
    """A portfolio item. The keys every type has are attributes; the others are in `values`, by key."""

    id: str
    src_uri: str
    """Its path under evidence/."""
    path: str
    """Its path relative to the project root, as problems name it."""
    type: str
    title: str
    date: datetime.date | None
    visibility: Audience
    maps_to: tuple[Target, ...] = ()
    summary: str | None = None
    partners: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    attachments: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """Each attachment as written in the front matter -> its path under evidence/."""
    values: Mapping[str, Value] = field(default_factory=lambda: MappingProxyType({}))
    """The type's own keys (owner, due, ratings...), read."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each key in the file."""
    entry_lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each entry of a mapping key, as "ratings.plan", and of each attachment, by its name as written
    with "/" ("attachments.files/minutes.pdf")."""
    empty_entry_lines: Mapping[str, int] = field(default_factory=dict)
    """The line of each entry of a mapping key written with no value ("ratings.plan" of `plan:` under `ratings:`, as
    `portfolio new` leaves it)."""

    @property
    def kind(self) -> ItemType:
        return ITEM_TYPES[self.type]

    @property
    def supports(self) -> bool:
        """Whether this type of item can support a section (actions and self-assessments cannot)."""
        return self.kind.supports

    def value(self, key: str) -> Value:
        """Any key's value, the common ones included."""
        if key in self.values:
            return self.values[key]
        found: Value = getattr(self, key, None) if key in ITEM_ATTRIBUTES and key != "attachments" else None
        return found

    def text(self, key: str) -> str | None:
        value = self.values.get(key)
        return value if isinstance(value, str) else None

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of texts (an assessor report's strengths, improvements), empty when absent."""
        value = self.values.get(key)
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, tuple) else ()

    def day(self, key: str) -> datetime.date | None:
        value = self.values.get(key)
        return value if isinstance(value, datetime.date) else None

    def level(self, key: str) -> Level | None:
        value = self.values.get(key)
        return value if isinstance(value, Level) else None

    def levels(self, key: str) -> Mapping[str, Level]:
        value = self.values.get(key)
        if isinstance(value, Mapping):
            return {k: v for k, v in value.items() if isinstance(v, Level)}
        return {}

    @property
    def done(self) -> bool:
        """Whether it is an action whose status is done."""
        return self.text("status") == DONE

    @property
    def rates_nothing(self) -> bool:
        """Whether it rates no section (none written, rightly or wrongly) and gives no overall rating: a
        self-assessment or assessor report whose `ratings:` lines were left empty, as `portfolio new` leaves them."""
        return self.level("overall") is None and not any(key.startswith("ratings.") for key in self.entry_lines)

    @property
    def unrated_sections(self) -> frozenset[str]:
        """The sections its `ratings` name with no rating read: written `unrated` on purpose (or a rating the check
        refuses, said as such)."""
        rated = self.levels("ratings")
        written = (key.removeprefix("ratings.") for key in self.entry_lines if key.startswith("ratings."))
        return frozenset(section for section in written if section not in rated)

    def rating_line(self, section: str | None = None) -> int:
        """The line of its rating of `section`, written or left empty (of `ratings`, for none or a section it does not
        name; of its title where there is no `ratings`)."""
        ratings = self.lines.get("ratings", self.lines.get("title", 1))
        if section is None:
            return ratings
        key = f"ratings.{section}"
        return self.entry_lines.get(key, self.empty_entry_lines.get(key, ratings))

    @cached_property
    def measures(self) -> tuple[Measure, ...]:
        """What it measured, for the framework's metrics (in the order written); asked of each item several times
        (its survey files, its metrics, the files it refers to), as its values never change."""
        value = self.values.get("measures")
        return tuple(v for v in value if isinstance(v, Measure)) if isinstance(value, tuple) else ()

    @cached_property
    def data_files(self) -> tuple[str, ...]:
        """The survey files its measures read, as paths under evidence/: they go with the item, as attachments do."""
        return tuple(dict.fromkeys(m.data_path for m in self.measures if m.data_path))

    @property
    def challenge(self) -> str | None:
        """The challenge a self-assessment (or any type with a `challenge` key) is about."""
        return self.text("challenge")

    @property
    def challenges(self) -> list[str]:
        """Every challenge the item is about, through maps_to or its challenge."""
        found = {target.challenge for target in self.maps_to} | ({self.challenge} if self.challenge else set())
        return sorted(found)


ITEM_ATTRIBUTES = frozenset(
    ("title", "type", "date", "visibility", "maps_to", "summary", "partners", "tags", "authors", "attachments")
)
"""The keys every item holds as attributes of its own; any other key of its type is in `values`."""


def item_id(src_uri: str) -> str:
    """An item's id: its path under evidence/ without its extension (.md, .markdown...)."""
    stem, dot, extension = src_uri.rpartition(".")
    return stem if dot and "/" not in extension else src_uri


def plain(value: Value) -> object:
    """A value as JSON data: dates as ISO text, ratings by id, lists as lists, attachments as written."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Level):
        return value.id
    if isinstance(value, tuple):
        return [entry.written() if isinstance(entry, Measure) else str(entry) for entry in value]
    if isinstance(value, Mapping):
        return {key: (entry.id if isinstance(entry, Level) else entry) for key, entry in value.items()}
    return value


def front_matter(item: Item) -> dict[str, object]:
    """The normalised front matter: every key of the item's type (maps_to always), as JSON data."""
    data: dict[str, object] = {"maps_to": []}
    for key in item.kind.fields:
        data[key.key] = list(item.attachments) if key.kind == "attachments" else plain(item.value(key.key))
    return data
