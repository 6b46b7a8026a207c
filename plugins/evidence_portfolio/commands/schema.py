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
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from ..model.framework import MAX_LEVELS, METRIC_BOUNDS, METRIC_KINDS, MIN_LEVELS, UNRATED, Framework, MetricKind
from ..model.framework_keys import CHALLENGE, CHALLENGE_SECTION, ID_LENGTH, METRIC, RATING_LEVEL, SECTION, TOP, KeyPlace
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


_Shape = dict[str, Any] | Literal["text", "texts"]
"""How a key of framework.yml is written, in JSON Schema; "text": a text, which may be left empty unless the key is
required; "texts": a list of texts."""


def _keys(place: KeyPlace, shapes: Mapping[str, _Shape]) -> dict[str, Any]:
    """A mapping of framework.yml: the keys the definition gives it, each with its description, shape and default."""
    if set(shapes) != set(place.names):
        raise ValueError(f"shapes given for {sorted(shapes)}, where framework_keys has {sorted(place.names)}")
    properties = {}
    for key in place.keys:
        shape = shapes[key.name]
        if shape == "text":
            written = _text(key.description, required=key.required)
        elif shape == "texts":
            written = _text_list(key.description)
        else:
            written = {"description": key.description, **shape}
        default = {} if key.default is None else {"default": key.default}
        properties[key.name] = {**written, **default}
    return {"type": "object", "required": list(place.required), "additionalProperties": False, "properties": properties}


_WHOLE_NUMBER_ID = {"type": "integer", "minimum": 0}
"""An id written as a whole number (`id: 2026`), which YAML reads as a number: read as its digits."""
_NAME_ID_SHAPE = {"anyOf": [{"type": "string", "pattern": _NAME_ID, "maxLength": ID_LENGTH}, _WHOLE_NUMBER_ID]}
_FRAMEWORK_ID_SHAPE = {
    "anyOf": [{"type": "string", "pattern": _FRAMEWORK_ID, "maxLength": ID_LENGTH}, _WHOLE_NUMBER_ID]
}


def _id_or_mapping(what: str, place: KeyPlace, shapes: Mapping[str, _Shape]) -> dict[str, Any]:
    """An entry of a list written as a mapping with its id (and optionally its other keys), or as its id alone,
    which is then its label too."""
    optional = " and ".join(name for name in place.names if name not in place.required)
    return {
        "description": f"{what}: a mapping with its id (and optionally {optional}), or just its id.",
        "anyOf": [_NAME_ID_SHAPE, _keys(place, shapes)],
    }


def framework_schema() -> dict[str, Any]:
    """The JSON Schema of framework.yml, as `load_framework` validates it."""
    level = _id_or_mapping(
        "One level of the rating scale", RATING_LEVEL, {"id": _NAME_ID_SHAPE, "label": "text", "descriptor": "text"}
    )
    section = _id_or_mapping(
        "A stage every challenge is assessed on, such as plan, do or review",
        SECTION,
        {"id": _NAME_ID_SHAPE, "label": "text"},
    )
    challenge_section = {
        "description": "How this challenge uses the section: the question it asks and an example of best practice.",
        **_keys(CHALLENGE_SECTION, {"question": "text", "best_practice": "text"}),
    }
    challenge_shapes: dict[str, _Shape] = {
        "id": _NAME_ID_SHAPE,
        "title": "text",
        "summary": "text",
        "weight": {"type": ["number", "null"], "minimum": 0},
        "outcomes": "texts",
        "sections": {
            "type": "object",
            "minProperties": 1,
            "propertyNames": {"pattern": r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"},
            "additionalProperties": challenge_section,
        },
    }
    challenge = {
        "description": "One challenge of the framework, assessed section by section.",
        **_keys(CHALLENGE, challenge_shapes),
    }
    metric_shapes: dict[str, _Shape] = {
        "id": _FRAMEWORK_ID_SHAPE,
        "label": "text",
        "kind": {"type": "string", "pattern": _one_of(METRIC_KINDS, caseless=True)},
        "section": {"anyOf": [{"type": "string", "pattern": _targets(None)}, _WHOLE_NUMBER_ID]},
        "target": {"type": ["number", "null"]},
        "higher_is_better": {"type": ["boolean", "null"]},
    }
    metric = {
        "description": "A figure the portfolio computes from the items' `measures` and shows, with a chart, on the "
        "page of its challenge.",
        **_keys(METRIC, metric_shapes),
        "allOf": [
            {
                "if": {"required": ["kind"], "properties": {"kind": {"pattern": _one_of([kind], caseless=True)}}},
                "then": {"properties": {"target": _bounded(kind)}},
            }
            for kind in METRIC_KINDS
            if METRIC_BOUNDS[kind] != (None, None)
        ],
    }
    top_shapes: dict[str, _Shape] = {
        "id": _FRAMEWORK_ID_SHAPE,
        "title": "text",
        "rating_scale": {"type": "array", "minItems": MIN_LEVELS, "maxItems": MAX_LEVELS, "items": level},
        "sections": {"type": "array", "minItems": 1, "items": section},
        "rollup": {"type": ["string", "null"], "pattern": _one_of(ROLLUPS, caseless=True)},
        "min_evidence": {"type": ["integer", "null"], "minimum": 1},
        "max_evidence_age_days": {"type": ["integer", "null"], "minimum": 1},
        "assessment_max_age_days": {"type": "integer", "minimum": 1},
        "challenges": {"type": "array", "minItems": 1, "items": challenge},
        "metrics": {"type": ["array", "null"], "items": metric},
    }
    return {
        "$schema": DRAFT,
        "title": "framework.yml",
        "description": "The framework an organisation is assessed against: its rating scale, its sections and its "
        "challenges.",
        **_keys(TOP, top_shapes),
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
    named = {"type": ["string", "null"], "pattern": _one_of([*names, *UNRATED, "not-rated"], caseless=True)}
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
            f'{description[:-1]} (e.g. "{framework.example_target if framework else field.example}"), or '
            f'"challenge" for a challenge as a whole ({listed}).',
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
