"""A new item's text: front matter for each key of its type and the type's body skeleton, derived from the type's
definition (model/item_types.py). CONTRIBUTING's templates are written by the same function, with example values.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field

import yaml

from ..model.framework import Challenge, Framework
from ..model.item_types import Field, ItemType
from ..model.items import Target
from ..model.urls import dated_name

COMMENT_COLUMN = 31
"""Where the hints after the keys start, so that they line up."""

Given = str | datetime.date | tuple[str, ...] | tuple[Target, ...] | Mapping[str, str] | Challenge | None
"""A value for a key: ratings and targets (carried from a previous self-assessment) are section -> rating id."""


@dataclass(frozen=True)
class NewItem:
    """What `portfolio new` was told (or asked for): the item's type, and a value for some of its keys."""

    type: ItemType
    values: Mapping[str, Given] = field(default_factory=dict)

    @property
    def title(self) -> str:
        title = self.values.get("title")
        return title if isinstance(title, str) else ""

    @property
    def date(self) -> datetime.date:
        date = self.values.get("date")
        return date if isinstance(date, datetime.date) else datetime.date.today()

    @property
    def challenge(self) -> Challenge | None:
        challenge = self.values.get("challenge")
        return challenge if isinstance(challenge, Challenge) else None

    @property
    def maps_to(self) -> tuple[Target, ...]:
        targets = self.values.get("maps_to")
        return tuple(t for t in targets if isinstance(t, Target)) if isinstance(targets, tuple) else ()


def item_path(item: NewItem) -> str:
    """Where the item goes, relative to evidence/: its type's own folder (actions/, self-assessments/...), or the
    folder of its first mapping, named by its date and title."""
    if item.type.folder:
        folder = item.type.folder
    elif item.maps_to:
        first = item.maps_to[0]
        folder = f"{first.challenge}/{first.section}" if first.section else first.challenge
    else:
        folder = item.type.id
    return f"{folder}/{dated_name(item.date, item.title)}"


def _yaml(value: object) -> str:
    """One YAML value on one line, quoted where YAML needs it."""
    return (
        yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=1_000_000)
        .strip()
        .removesuffix("\n...")
    )


def _line(key: str, value: str, comment: str) -> str:
    text = f"{key}: {value}".rstrip() if value else f"{key}:"
    return f"{text.ljust(COMMENT_COLUMN - 1)} # {comment}" if comment else text


def _example(field: Field, framework: Framework) -> str:
    """The field's example value, made to name what this framework has: a section of its first challenge (the one
    the example names where it has it), a level of its scale (the middle one where it lacks the example's)."""
    if field.kind == "targets" and framework.challenges:
        first = framework.challenges[0]
        named = field.example.partition("/")[2]
        section = named if first.section(named) else first.sections[0].id if first.sections else ""
        return f"{first.id}/{section}" if section else first.id
    if field.kind in ("level", "ratings") and framework.level(field.example) is None:
        return framework.rating_scale[len(framework.rating_scale) // 2].id
    return field.example


def _value_lines(
    field: Field, value: Given, framework: Framework, challenge: Challenge | None, example: bool
) -> list[str]:
    # A hint for what to write: on templates and on choices (which list the others); an empty key says what it is.
    empty = value in (None, ())
    comment = field.comment if example or field.choices else field.help if empty else ""
    if field.kind == "targets":
        targets = [str(t) for t in value] if isinstance(value, tuple) else []
        lines = [f"{field.key}:"]
        for index, target in enumerate(targets or ([_example(field, framework)] if example else [])):
            entry = f"  - {_yaml(target)}"
            lines.append(f"{entry.ljust(COMMENT_COLUMN - 1)} # {comment}" if index == 0 and comment else entry)
        return lines
    if field.kind == "ratings":
        scale = ", ".join(level.label.lower() for level in framework.rating_scale)
        lines = [_line(field.key, "", f"one line per section: {scale}")]
        given = value if isinstance(value, Mapping) else {}
        for section in challenge.sections if challenge else ():
            entry = given.get(section.id) or (_example(field, framework) if example else "")
            lines.append(f"  {_yaml(section.id)}: {_yaml(entry) if entry else ''}".rstrip())
        return lines
    if isinstance(value, Challenge):  # an id may be all digits ("42"): quoted, so that YAML reads text
        text = _yaml(value.id)
    elif isinstance(value, datetime.date):
        text = value.isoformat()
    elif isinstance(value, tuple):
        text = _yaml([str(v) for v in value])
    elif isinstance(value, str):
        text = _yaml(value)
    else:
        text = _example(field, framework) if example else ""  # written as YAML already: "[Name of partner]"
    return [_line(field.key, text, comment)]


def front_matter(item: NewItem, framework: Framework, *, example: bool = False) -> str:
    """The front matter: each key given, each key the type prompts for (empty, with its hint) and, for a
    template (`example`), every key with its example value."""
    lines = []
    for key in item.type.fields:
        value = item.type.id if key.key == "type" else item.values.get(key.key)
        if value in (None, ()) and not (key.prompt or example):
            continue
        if key.kind == "measures" and not framework.metrics and value in (None, ()):
            continue  # figures for metrics a framework without any has no use for
        lines += _value_lines(key, value, framework, item.challenge, example)
    return "---\n" + "\n".join(lines) + "\n---\n"


def body(item: NewItem) -> str:
    """The type's skeleton, and for a type about a challenge its section skeleton once per section."""
    parts = [item.type.skeleton] if item.type.skeleton else []
    if item.type.section_skeleton and item.challenge:
        parts += [
            item.type.section_skeleton.format(label=section.label, question=section.question)
            for section in item.challenge.sections
        ]
    return "\n" + "\n".join(parts)


def render_new_item(item: NewItem, framework: Framework, *, example: bool = False) -> str:
    """The whole text of the new file (or, with `example`, of a template to copy)."""
    return front_matter(item, framework, example=example) + body(item)
