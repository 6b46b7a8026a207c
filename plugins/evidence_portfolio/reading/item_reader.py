"""Reading an item's front matter by the definition of its type: each key by its kind, each problem at its line."""

from __future__ import annotations

import datetime
import posixpath
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from ..model.framework import Challenge, Framework, Level
from ..model.item_types import COMMON, ITEM_TYPES, MAPS_TO, PAGE_KEYS, TYPE, Field, ItemType
from ..model.items import ITEM_ATTRIBUTES, Item, Target, Value, item_id
from ..model.problems import Problems, suggest
from ..model.urls import is_markdown
from ..model.vocabulary import as_audience
from .fields import FieldReader, kind_of, report_duplicates
from .yaml_lines import LineMap

FRONT_MATTER_OFFSET = 2
"""The file line of the front matter's first line (line 1 is the opening `---`)."""


def parse_target(entry: str, framework: Framework | None) -> Target | tuple[str, str]:
    """The target `entry` ("challenge/section" or "challenge") names, or (code, message) saying what is wrong."""
    parts = [part.strip() for part in entry.split("/")]
    if len(parts) > 2 or not all(parts):
        return "bad-target", f'maps_to "{entry}" must be "challenge/section" or "challenge", such as "partnerships/do"'
    if framework is None:
        return Target(parts[0], parts[1] if len(parts) == 2 else None)
    challenge = framework.challenge(parts[0])
    if challenge is None:
        ids = [c.id for c in framework.challenges]
        return "unknown-challenge", f'unknown challenge "{parts[0]}" in maps_to{suggest(parts[0], ids, "challenges")}'
    if len(parts) == 1:
        return Target(challenge.id, None)
    if challenge.section(parts[1]) is None:
        ids = [s.id for s in challenge.sections]
        return (
            "unknown-section",
            f'unknown section "{parts[1]}" of challenge "{challenge.id}" in maps_to'
            f"{suggest(parts[1], ids, 'sections')}",
        )
    return Target(challenge.id, parts[1])


class ItemReader:
    """Validates the front matter of one item against its type's definition and the framework."""

    def __init__(
        self,
        src_uri: str,
        path: str,
        meta: LineMap,
        framework: Framework | None,
        existing: frozenset[str],
        links_out: frozenset[str],
        problems: Problems,
    ) -> None:
        self.src_uri = src_uri
        self.path = path
        # A key that is missing is a problem of the whole front matter: reported at its opening line, 1.
        self.fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems, absent_line=1)
        self.framework = framework
        self.existing = existing
        self.links_out = links_out
        self.problems = problems
        self.challenge: Challenge | None = None
        self.entry_lines: dict[str, int] = {}
        self.attachment_paths: dict[str, str] = {}

    def read(self) -> Item | None:
        fields = self.fields
        type_id = fields.choice("type", ITEM_TYPES, code="unknown-type")
        if fields.data.get("type") is None:
            fields.error("type", f'"type" is empty; give one of {", ".join(ITEM_TYPES)}', "empty-value")
        item_type = ITEM_TYPES.get(type_id or "")
        known = item_type.keys if item_type else tuple(dict.fromkeys(k for t in ITEM_TYPES.values() for k in t.keys))
        fields.unknown_keys((*known, *PAGE_KEYS), "front matter")
        if item_type is None:  # still report what can be told without a type
            for field in (*COMMON, MAPS_TO):
                if field != TYPE and (field.key in fields.data or (field.required and field != MAPS_TO)):
                    self.read_field(field)
            return None
        return self.build(item_type, {field.key: self.read_field(field) for field in item_type.fields if field != TYPE})

    def build(self, item_type: ItemType, values: dict[str, Value]) -> Item:
        title, date, visibility = values.get("title"), values.get("date"), values.get("visibility")
        return Item(
            id=item_id(self.src_uri),
            src_uri=self.src_uri,
            path=self.path,
            type=item_type.id,
            title=title if isinstance(title, str) else "",
            date=date if isinstance(date, datetime.date) else None,
            visibility=as_audience(visibility) or "internal",
            maps_to=_targets(values.get("maps_to")),
            summary=_text(values.get("summary")),
            partners=_texts(values.get("partners")),
            tags=_texts(values.get("tags")),
            authors=_texts(values.get("authors")),
            attachments=MappingProxyType(self.attachment_paths),
            values=MappingProxyType({k: v for k, v in values.items() if k not in ITEM_ATTRIBUTES}),
            lines=MappingProxyType({str(key): self.fields.line(key) for key in self.fields.data}),
            entry_lines=MappingProxyType(self.entry_lines),
        )

    def read_field(self, field: Field) -> Value:
        fields = self.fields
        what = field.help
        if field.kind == "text":
            return fields.text(field.key, required=field.required, what=what)
        if field.kind == "texts":
            return tuple(dict.fromkeys(text for text, _ in fields.text_list(field.key)))
        if field.kind == "date":
            return fields.date(field.key, required=field.required, what=what)
        if field.kind == "choice":
            if field.required and not fields.require(field.key, what):
                return None
            return fields.choice(field.key, field.choice_ids(), field.default)
        if field.kind == "targets":
            return self.targets(field)
        if field.kind == "challenge":
            return self.challenge_id(field)
        if field.kind == "ratings":
            return self.ratings(field)
        if field.kind == "level":
            return self.level(fields.data.get(field.key), fields.line(field.key), field.key)
        self.attachment_paths = self.attachments(field)
        return tuple(self.attachment_paths)

    def attachments(self, field: Field) -> dict[str, str]:
        """Each attachment as written (with "/") -> its path under evidence/."""
        found: dict[str, str] = {}
        base = posixpath.dirname(self.src_uri)
        for name, line in self.fields.text_list(field.key):
            written = name.replace("\\", "/")
            resolved = posixpath.normpath(posixpath.join(base, written))
            outside = ":" in name or name.startswith(("/", "\\")) or resolved == ".." or resolved.startswith("../")
            if outside or resolved in self.links_out:
                self.problems.add(
                    "outside-evidence",
                    self.path,
                    line,
                    f'attachment "{name}" is outside evidence/; put the file beside this item and give its path '
                    "relative to it",
                )
            elif resolved not in self.existing:
                self.problems.add(
                    "missing-attachment",
                    self.path,
                    line,
                    f'attachment "{name}" does not exist (looked for evidence/{resolved}); add the file or fix the '
                    "path",
                )
            elif is_markdown(resolved):
                self.problems.add(
                    "missing-attachment",
                    self.path,
                    line,
                    f'attachment "{name}" is a page of the portfolio, not a file; link to it in the text instead',
                )
            else:
                found[written] = resolved
        return found

    def targets(self, field: Field) -> tuple[Target, ...]:
        fields = self.fields
        if field.required and not fields.require(field.key, field.help):
            return ()
        entries = fields.text_list(field.key)
        value = fields.data.get(field.key)
        if not entries and (isinstance(value, str) or (isinstance(value, list) and not value)):
            fields.error(field.key, f'"{field.key}" is empty; give {field.help}', "empty-value")
        targets: list[Target] = []
        for entry, line in entries:
            target = parse_target(entry, self.framework)
            if isinstance(target, tuple):
                self.problems.add(target[0], self.path, line, target[1])
            elif target not in targets:
                targets.append(target)
        return tuple(targets)

    def challenge_id(self, field: Field) -> str | None:
        fields = self.fields
        name = fields.text(field.key, required=field.required, what=field.help)
        if name is None or self.framework is None:
            return name
        self.challenge = self.framework.challenge(name)
        if self.challenge is None:
            ids = [c.id for c in self.framework.challenges]
            fields.error(
                field.key, f'unknown challenge "{name}"{suggest(name, ids, "challenges")}', "unknown-challenge"
            )
        return name

    def ratings(self, field: Field) -> Mapping[str, Level]:
        """Section -> level, for the sections of the challenge read before (unknown sections reported)."""
        fields, challenge = self.fields, self.challenge
        value = fields.data.get(field.key)
        if value is None or challenge is None:
            return MappingProxyType({})
        if not isinstance(value, LineMap):
            fields.error(
                field.key, f'"{field.key}" must be section: rating lines (such as "plan: good"), not {kind_of(value)}'
            )
            return MappingProxyType({})
        report_duplicates(value, self.path, FRONT_MATTER_OFFSET, self.problems)
        section_ids = [s.id for s in challenge.sections]
        found: dict[str, Level] = {}
        for key, rating in value.items():
            line = value.line_of(key) + FRONT_MATTER_OFFSET
            if str(key) not in section_ids:
                self.problems.add(
                    "unknown-section",
                    self.path,
                    line,
                    f'unknown section "{key}" of challenge "{challenge.id}" in {field.key}'
                    f"{suggest(key, section_ids, 'sections')}",
                )
                continue
            level = self.level(rating, line, f'rating of "{key}"')
            if level:
                found[str(key)] = level
                self.entry_lines[f"{field.key}.{key}"] = line
        return MappingProxyType({s: found[s] for s in section_ids if s in found})

    def level(self, value: Any, line: int, what: str) -> Level | None:
        if value is None or self.framework is None:
            return None
        level = self.framework.level(value) if isinstance(value, str) else None
        if level is None:
            names = [lv.id for lv in self.framework.rating_scale]
            self.problems.add(
                "unknown-rating",
                self.path,
                line,
                f'unknown rating "{value}" as {what}{suggest(value, names, "ratings")}',
            )
        return level


def _text(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def _texts(value: Value) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, tuple) else ()


def _targets(value: Value) -> tuple[Target, ...]:
    return tuple(v for v in value if isinstance(v, Target)) if isinstance(value, tuple) else ()
