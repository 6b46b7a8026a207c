"""JSON Schemas (draft 2020-12) of `framework.yml` and of an item's front matter, for editors and other tools.

The schemas say what the validator (reading/framework_file.py, reading/item_reader.py) says, as far as JSON Schema
can:

- Unknown keys, which the validator only warns about, are refused (`additionalProperties: false` or a
  `propertyNames` list), so that editors underline a misspelt key. A document the schema accepts is one the
  validator passes without an error and without an "unknown key" warning.
- Every text the validator trims is matched with optional spaces around it (`^\\s*...\\s*$`); names the validator
  compares without case (type, visibility, status, rollup, ratings) are matched by case-insensitive patterns such
  as `^\\s*(?:[dD][oO][nN][eE])\\s*$` rather than by `enum`.
- Dates are texts in the form YYYY-MM-DD (`"format": "date"` plus a pattern), or a date and a time as the validator
  reads them (`2026-05-14 10:30`, whose day is counted; its pattern alone is checked): editors read YAML 1.2, where
  a date is plain text.
- Only keywords that mean the same in draft-07 are used, and nothing is shared through `$ref`, so that editors
  still on draft-07 (yaml-language-server) read the schemas correctly, hover help included.

What JSON Schema cannot say (ids unique within their list, a challenge's sections being among `sections`, keys
written twice, attachments existing) is left to `portfolio check`; tests/test_schema.py lists those cases.
Without a framework the item schema checks only the shape of `challenge`, `ratings` and `overall`.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable
from typing import Any

from ..model.framework import MAX_LEVELS, METRIC_BOUNDS, METRIC_KINDS, MIN_LEVELS, Framework, MetricKind
from ..model.item_types import ITEM_TYPES, PAGE_KEYS, Field, every_field
from ..model.vocabulary import ROLLUPS
from ..reading.framework_file import FRAMEWORK_ID, NAME_ID
from ..reading.text import TIME_PATTERN

DRAFT = "https://json-schema.org/draft/2020-12/schema"

_TEXT = r"\S"
"""Text with at least one character that is not a space (the validator trims text, and empty text is no text)."""
_FRAMEWORK_ID = r"^\s*" + FRAMEWORK_ID.pattern.removesuffix(r"\Z") + r"\s*$"
_NAME_ID = r"^\s*" + NAME_ID.pattern.removesuffix(r"\Z") + r"\s*$"
_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
_SYNTAX = set("\\^$.*+?()[]{}|/")
"""Characters escaped in patterns: ECMAScript's syntax characters, the only escapes its Unicode mode allows."""


def _literal(text: str) -> str:
    """`text` as a pattern matching exactly that text."""
    return "".join("\\" + ch if ch in _SYNTAX else ch for ch in text)


@functools.cache
def _lower_preimages() -> dict[str, tuple[str, ...]]:
    """Each lower-case character's other characters whose `str.lower()` it is (K and KELVIN SIGN for k)."""
    found: dict[str, list[str]] = {}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lower = char.lower()
        if len(lower) == 1 and lower != char:
            found.setdefault(lower, []).append(char)
    return {lower: tuple(chars) for lower, chars in found.items()}


def _caseless(text: str) -> str:
    """A pattern matching every text whose `.lower()` equals `text.lower()`, as the validator compares names."""
    parts = []
    for char in text.lower():
        variants = (char, *_lower_preimages().get(char, ()))
        parts.append(_literal(char) if len(variants) == 1 else "[" + "".join(variants) + "]")
    return "".join(parts)


def _one_of(names: Iterable[str], *, caseless: bool) -> str:
    """A pattern matching any of `names`, with spaces around it allowed (the validator trims)."""
    encode = _caseless if caseless else _literal
    options = list(dict.fromkeys(encode(name) for name in names))
    return r"^\s*(?:" + "|".join(options) + r")\s*$"


def _text(description: str, *, required: bool = False) -> dict[str, Any]:
    if required:
        return {"description": description, "type": "string", "pattern": _TEXT}
    return {"description": description, "type": ["string", "null"]}


def _text_list(
    description: str,
    entry: dict[str, Any] | None = None,
    *,
    single: dict[str, Any] | None = None,
    nullable: bool = True,
    min_items: int = 0,
) -> dict[str, Any]:
    """A list of texts, where a single text counts as a one-entry list (an empty single text as no entry)."""
    entry = entry or {"type": "string", "pattern": _TEXT}
    array: dict[str, Any] = {"type": "array", "items": entry}
    if min_items:
        array["minItems"] = min_items
    options: list[dict[str, Any]] = [single or {"type": "string"}, array]
    if nullable:
        options.insert(0, {"type": "null"})
    return {"description": description, "anyOf": options}


def _date(description: str) -> dict[str, Any]:
    """A date, or a date and a time (the day counts, as `portfolio check` reads it), whose day JSON Schema cannot
    check."""
    alone = {"format": "date", "pattern": f"^{_DAY}$"}
    return {"description": description, "type": "string", "anyOf": [alone, {"pattern": f"^{_DAY}{TIME_PATTERN}$"}]}


def _choice(description: str, names: Iterable[str], default: str | None = None) -> dict[str, Any]:
    pattern = _one_of(names, caseless=True)
    schema: dict[str, Any] = {"description": description, "type": ["string", "null"], "pattern": pattern}
    if default is not None:
        schema["default"] = default
    return schema


def _id(description: str) -> dict[str, Any]:
    return {"description": description, "type": "string", "pattern": _NAME_ID}


def _id_or_mapping(what: str, id_means: str, label: str, **more: dict[str, Any]) -> dict[str, Any]:
    """An entry of a list written as a mapping with its id (and optionally a label and `more`), or as its id alone,
    which is then its label too."""
    optional = "label" + "".join(f" and {key}" for key in more)
    return {
        "description": f"{what}: a mapping with its id (and optionally {optional}), or just its id.",
        "anyOf": [
            {"type": "string", "pattern": _NAME_ID},
            {
                "type": "object",
                "required": ["id"],
                "additionalProperties": False,
                "properties": {
                    "id": _id(f'{id_means}: letters, digits, "-", "_" and "." only, not ending in ".".'),
                    "label": _text(label),
                    **more,
                },
            },
        ],
    }


def framework_schema() -> dict[str, Any]:
    """The JSON Schema of framework.yml, as `load_framework` validates it."""
    level = _id_or_mapping(
        "One level of the rating scale",
        'A short name for this level, used in self-assessments (e.g. "very-good")',
        label="The name shown for this level (defaults to its id).",
        descriptor=_text("What this level means, in a sentence or two."),
    )
    section = _id_or_mapping(
        "A stage every challenge is assessed on, such as plan, do or review",
        'A short name for this section, used in maps_to and ratings (e.g. "plan")',
        label="The name shown for this section (defaults to its id).",
    )
    challenge_section = {
        "description": "How this challenge uses the section: the question it asks and an example of best practice.",
        "type": "object",
        "required": ["question"],
        "additionalProperties": False,
        "properties": {
            "question": _text("The question the organisation answers for this section.", required=True),
            "best_practice": _text("What best practice looks like for this section."),
        },
    }
    challenge = {
        "description": "One challenge of the framework, assessed section by section.",
        "type": "object",
        "required": ["id", "title", "sections"],
        "additionalProperties": False,
        "properties": {
            "id": _id(
                'A short name for this challenge, used in maps_to (e.g. "partnerships"): letters, digits, '
                '"-", "_" and "." only.'
            ),
            "title": _text("The challenge's title.", required=True),
            "summary": _text("A sentence or two about the challenge."),
            "weight": {
                "description": "How much this challenge counts compared with the others (a number, 0 or more; "
                "default 1).",
                "type": ["number", "null"],
                "minimum": 0,
                "default": 1,
            },
            "outcomes": _text_list("What good looks like, as statements (a list; a single text is a one-entry list)."),
            "sections": {
                "description": "The sections this challenge uses, by id (ids from `sections`), each with its question "
                "and best practice.",
                "type": "object",
                "minProperties": 1,
                "propertyNames": {"pattern": r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},
                "additionalProperties": challenge_section,
            },
        },
    }
    metric = {
        "description": "A figure the portfolio computes from the items' `measures` and shows, with a chart, on the "
        "page of its challenge.",
        "type": "object",
        "required": ["id", "label", "kind", "section"],
        "additionalProperties": False,
        "properties": {
            "id": {
                "description": 'A short id for the metric, used in items\' measures (e.g. "partner-nps"): lowercase '
                "letters, digits and hyphens.",
                "type": "string",
                "pattern": _FRAMEWORK_ID,
            },
            "label": _text("The name shown for the metric.", required=True),
            "kind": {
                "description": "What it measures: nps (a Net Promoter Score, computed from survey answers or given), "
                "count (a whole number, 0 or more), percent (0 to 100) or number.",
                "type": "string",
                "pattern": _one_of(METRIC_KINDS, caseless=True),
            },
            "section": {
                "description": 'Where it is shown: "challenge/section" (e.g. "partnerships/measure") or "challenge" '
                "for the challenge as a whole.",
                "type": "string",
                "pattern": _targets(None),
            },
            "target": {
                "description": "The value to reach (optional): within the kind's range (an NPS from -100 to 100, a "
                "percentage from 0 to 100, a count 0 or more).",
                "type": ["number", "null"],
            },
            "higher_is_better": {
                "description": "Whether a higher value is better (default true): the target is met at or above it, or "
                "at or below it when false.",
                "type": ["boolean", "null"],
                "default": True,
            },
        },
        "allOf": [
            {
                "if": {"required": ["kind"], "properties": {"kind": {"pattern": _one_of([kind], caseless=True)}}},
                "then": {"properties": {"target": _bounded(kind)}},
            }
            for kind in METRIC_KINDS
            if METRIC_BOUNDS[kind] != (None, None)
        ],
    }
    return {
        "$schema": DRAFT,
        "title": "framework.yml",
        "description": "The framework an organisation is assessed against: its rating scale, its sections and its "
        "challenges.",
        "type": "object",
        "required": ["id", "title", "rating_scale", "sections", "challenges"],
        "additionalProperties": False,
        "properties": {
            "id": {
                "description": 'A short id for the framework, such as "quest-partnerships": lowercase letters, '
                "digits and hyphens.",
                "type": "string",
                "pattern": _FRAMEWORK_ID,
            },
            "title": _text("The framework's title.", required=True),
            "rating_scale": {
                "description": "The levels a section can be rated at, lowest first: "
                f"{MIN_LEVELS} to {MAX_LEVELS} of them.",
                "type": "array",
                "minItems": MIN_LEVELS,
                "maxItems": MAX_LEVELS,
                "items": level,
            },
            "sections": {
                "description": "The stages every challenge is assessed on, in order (at least one).",
                "type": "array",
                "minItems": 1,
                "items": section,
            },
            "rollup": _choice(
                "How a challenge's rating is worked out when its self-assessment gives no overall rating: median "
                "(the lower middle rating), min (the lowest) or mean (the average, rounded down).",
                ROLLUPS,
                "median",
            ),
            "min_evidence": {
                "description": "How many supporting items a section needs to count as covered (a whole number, "
                "at least 1; default 1).",
                "type": ["integer", "null"],
                "minimum": 1,
                "default": 1,
            },
            "max_evidence_age_days": {
                "description": "Evidence older than this many days is stale: shown and flagged, but not counted "
                "(a whole number, at least 1; leave it out to keep evidence fresh for ever).",
                "type": ["integer", "null"],
                "minimum": 1,
            },
            "assessment_max_age_days": {
                "description": "A challenge's current self-assessment older than this many days on the day of the "
                "visit is a gap for `portfolio readiness` (a whole number, at least 1; Quest assesses every year).",
                "type": "integer",
                "minimum": 1,
                "default": 365,
            },
            "challenges": {
                "description": "The challenges of the framework (at least one).",
                "type": "array",
                "minItems": 1,
                "items": challenge,
            },
            "metrics": {
                "description": "Figures such as a partner Net Promoter Score or a participation count, each shown with "
                "a section or a challenge and computed from the items' `measures` (optional).",
                "type": ["array", "null"],
                "items": metric,
            },
        },
    }


def _bounded(kind: str) -> dict[str, Any]:
    """The bounds of a metric's target, by its kind."""
    low, high = METRIC_BOUNDS[kind]  # type: ignore[index]
    schema: dict[str, Any] = {"description": f"The target of a {kind} metric.", "type": ["number", "null"]}
    if low is not None:
        schema["minimum"] = low
    if high is not None:
        schema["maximum"] = high
    return schema


def _targets(framework: Framework | None) -> str:
    """The pattern of one maps_to entry: "challenge/section" or "challenge", with the framework's names if given."""
    if framework is None:
        part = r"[^/]*[^/\s][^/]*"
        return rf"^{part}(?:/{part})?$"
    options = [
        _literal(c.id) + r"(?:\s*/\s*(?:" + "|".join(_literal(s.id) for s in c.sections) + "))?"
        for c in framework.challenges
    ]
    return r"^\s*(?:" + "|".join(options) + r")\s*$"


def _rating(framework: Framework | None, description: str) -> dict[str, Any]:
    """A rating: a level's id or label, in any case, or, as the check reads it, a whole number written for a
    level whose id (or label) is that number (`plan: 2` on a scale of "1" to "4")."""
    if framework is None:
        return {"description": description, "type": ["string", "integer", "null"]}
    names = [name for level in framework.rating_scale for name in (level.id, level.label)]
    named = {"type": ["string", "null"], "pattern": _one_of(names, caseless=True)}
    numbers = sorted({int(name) for name in names if name.isascii() and name.isdigit() and str(int(name)) == name})
    return (
        {"description": description, **named}
        if not numbers
        else {
            "description": description,
            "anyOf": [named, {"enum": numbers}],
        }
    )


def _described(field: Field) -> str:
    """A key's description: its help, and which types read it when not all do."""
    types = [t.label for t in ITEM_TYPES.values() if field.key in t.keys]
    text = field.help[0].upper() + field.help[1:] + "."
    if field.choices:
        text += " One of " + ", ".join(field.choice_ids()) + (f" (default {field.default})." if field.default else ".")
    return text if len(types) == len(ITEM_TYPES) else f"{', '.join(types)}: {text}"


def _field_schema(field: Field, framework: Framework | None, scale: str) -> dict[str, Any]:
    """The schema of one key, by its kind."""
    listed = "a list; a single text is a one-entry list"
    description = _described(field)
    if field.key == "type":
        return {"description": description, "type": "string", "pattern": _one_of(ITEM_TYPES, caseless=True)}
    if field.kind == "text":
        return _text(description, required=field.required)
    if field.kind == "texts":
        return _text_list(f"{description[:-1]} ({listed}).")
    if field.kind == "date":
        return _date(f"{description[:-1]}, as YYYY-MM-DD (e.g. 2026-05-14).")
    if field.kind == "choice":
        return _choice(description, field.choice_ids(), field.default)
    if field.kind == "targets":
        target = {"type": "string", "pattern": _targets(framework)}
        return _text_list(
            f'{description[:-1]}, as "challenge/section" (e.g. "partnerships/do") or "challenge" for a challenge as '
            f"a whole ({listed}).",
            target,
            single=target,
            nullable=False,
            min_items=1,
        )
    if field.kind == "challenge":
        pattern = _TEXT if framework is None else _one_of([c.id for c in framework.challenges], caseless=False)
        return {"description": description, "type": "string", "pattern": pattern}
    if field.kind == "ratings":
        ratings: dict[str, Any] = {
            "description": f"{description[:-1]}, as section: rating, the rating being {scale}; names are compared "
            "without case.",
            "type": ["object", "null"],
            "additionalProperties": _rating(framework, f"The rating of this section: {scale}."),
        }
        if framework is not None:
            ratings["properties"] = {
                s.id: _rating(framework, f"The rating of {s.label}: {scale}.") for s in framework.sections
            }
            ratings["additionalProperties"] = False
        return ratings
    if field.kind == "level":
        return _rating(framework, f"{description[:-1]}: {scale}.")
    if field.kind == "measures":
        return _measures(description, framework)
    return _text_list(
        f"{description[:-1]}, as paths relative to this file ({listed}).",
        {"type": "string", "pattern": r"^(?!\s*[/\\])(?=[\s\S]*\S)[^:]*$"},
        single={"type": "string", "pattern": r"^(?!\s*[/\\])[^:]*$"},
    )


def _measures(description: str, framework: Framework | None) -> dict[str, Any]:
    """`measures`: a list of entries, each naming a metric (of the framework, if given) with `value` (and `n`), or
    with `data` and `column`; with a framework, which keys each metric's kind takes, and the bounds of its value."""
    metric: dict[str, Any] = {"description": "The id of a metric of framework.yml.", "type": "string"}
    if framework is not None:
        ids = [m.id for m in framework.metrics]
        metric["pattern"] = _one_of(ids, caseless=False) if ids else "(?!)"  # no metric: nothing matches
    entry = {
        "description": "A figure for one metric.",
        "type": "object",
        "required": ["metric"],
        "additionalProperties": False,
        "properties": {
            "metric": metric,
            "value": {
                "description": "The figure (a count, a percentage from 0 to 100, a number; or a Net Promoter Score "
                "from -100 to 100, with n).",
                "type": "number",
            },
            "n": {
                "description": "How many answers a Net Promoter Score given as value comes from (1 or more).",
                "type": "integer",
                "minimum": 1,
            },
            "data": {
                "description": "A Net Promoter Score's survey file: a CSV file beside the item, as a path relative "
                "to it.",
                "type": "string",
                "pattern": r"^(?!\s*[/\\])(?=[\s\S]*\S)[^:]*$",
            },
            "column": {
                "description": "The header of the survey file's column of 0-10 answers.",
                "type": "string",
                "pattern": _TEXT,
            },
        },
        "anyOf": [{"required": ["value"]}, {"required": ["data", "column"]}],
    }
    if framework is not None and framework.metrics:  # what each metric's kind takes, as `portfolio check` reads it
        entry["allOf"] = [
            {
                "if": {
                    "required": ["metric"],
                    "properties": {"metric": {"description": f"The metric {m.id}.", "const": m.id}},
                },
                "then": _measure_of(m.kind),
            }
            for m in framework.metrics
        ]
    return {
        "description": f"{description[:-1]}, as a list of entries.",
        "type": ["array", "null"],
        "items": entry,
    }


def _measure_of(kind: MetricKind) -> dict[str, Any]:
    """A measure of a metric of `kind`: its value within the kind's bounds (a count's a whole number); an NPS's
    `value` with `n`, or `data` with `column`, not both; any other kind's `value` alone."""
    low, high = METRIC_BOUNDS[kind]
    value: dict[str, Any] = {
        "description": f"The figure of a {kind} metric.",
        "type": "integer" if kind == "count" else "number",
    }
    value.update({"minimum": low} if low is not None else {})
    value.update({"maximum": high} if high is not None else {})
    given = {"required": ["value"], "properties": {"value": value}}
    if kind != "nps":
        return {**given, "not": {"anyOf": [{"required": [key]} for key in ("data", "column", "n")]}}
    either = {"not": {"anyOf": [{"required": ["data"]}, {"required": ["column"]}]}}
    answers = {"required": ["data", "column"], "not": {"anyOf": [{"required": ["value"]}, {"required": ["n"]}]}}
    return {"oneOf": [{**given, "required": ["value", "n"], **either}, answers]}


def item_schema(framework: Framework | None) -> dict[str, Any]:
    """The JSON Schema of an item's front matter, from the item types' definitions; with a framework, maps_to,
    challenge and ratings name its parts."""
    if framework is None:
        scale = "a rating of the framework's scale"
    else:
        scale = "one of " + ", ".join(level.id for level in framework.rating_scale) + " (or their labels)"
    properties: dict[str, Any] = {key: _field_schema(field, framework, scale) for key, field in every_field().items()}
    for key, page_key in PAGE_KEYS.items():
        properties[key] = {"description": page_key.help}

    rules: list[dict[str, Any]] = []
    for item_type in ITEM_TYPES.values():
        required = [field.key for field in item_type.fields if field.required]
        rules.append(
            {
                "if": {
                    "required": ["type"],
                    "properties": {"type": {"pattern": _one_of([item_type.id], caseless=True)}},
                },
                "then": {"required": required, "propertyNames": {"enum": [*item_type.keys, *PAGE_KEYS]}},
            }
        )
    ratings = [key for key, field in every_field().items() if field.kind == "ratings"]
    if framework is not None:
        for challenge in framework.challenges:
            rules.append(
                {
                    "if": {
                        "required": ["challenge"],
                        "properties": {"challenge": {"pattern": _one_of([challenge.id], caseless=False)}},
                    },
                    "then": {
                        "properties": {
                            key: {
                                "properties": {
                                    s.id: _rating(framework, f"The rating of {s.label}: {scale}.")
                                    for s in challenge.sections
                                },
                                "additionalProperties": False,
                            }
                            for key in ratings
                        }
                    },
                }
            )
    return {
        "$schema": DRAFT,
        "title": "Portfolio item front matter" + (f" ({framework.id})" if framework else ""),
        "description": "The front matter of a portfolio item: "
        + ", ".join(t.label.lower() for t in ITEM_TYPES.values())
        + " pages under evidence/.",
        "type": "object",
        "required": sorted(set.intersection(*({f.key for f in t.fields if f.required} for t in ITEM_TYPES.values()))),
        "additionalProperties": False,
        "properties": properties,
        "allOf": rules,
    }
