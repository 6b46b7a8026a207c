"""Pages under `evidence/`: split front matter from body, and validate portfolio items against the framework."""

from __future__ import annotations

import datetime
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any

from .fields import FieldReader, kind_of, report_duplicates
from .framework import Framework, Level
from .links import body_links
from .text import decode
from .problems import Problems, suggest
from .yaml_lines import LineMap, YamlProblem, load_yaml

ITEM_TYPES = ("evidence", "case-study", "celebration", "action", "self-assessment")
SUPPORTING_TYPES = ("evidence", "case-study", "celebration")
VISIBILITIES = ("public", "accreditor", "internal")
STATUSES = ("planned", "in-progress", "done")

COMMON_KEYS = ("title", "type", "date", "summary", "partners", "tags", "visibility", "attachments", "authors")
KEYS_BY_TYPE = {
    "evidence": COMMON_KEYS + ("maps_to",),
    "case-study": COMMON_KEYS + ("maps_to",),
    "celebration": COMMON_KEYS + ("maps_to",),
    "action": COMMON_KEYS + ("maps_to", "owner", "due", "status"),
    "self-assessment": COMMON_KEYS + ("challenge", "ratings", "overall"),
}
PAGE_KEYS = ("template", "hide", "icon", "description", "search", "subtitle", "comments")
"""Keys MkDocs and Material read from any page: never reported as unknown."""

_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.MULTILINE)


@dataclass(frozen=True)
class Target:
    """What an item maps to: a challenge section, or a challenge as a whole (section None)."""

    challenge: str
    section: str | None

    def __str__(self) -> str:
        return f"{self.challenge}/{self.section}" if self.section else self.challenge


@dataclass
class Item:
    """A portfolio item: a page whose front matter has a `type`."""

    id: str
    src_uri: str
    path: str
    title: str
    type: str
    date: datetime.date | None
    visibility: str
    maps_to: tuple[Target, ...] = ()
    summary: str | None = None
    partners: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    attachments: dict[str, str] = field(default_factory=dict)
    """Each attachment as written in the front matter -> its path under evidence/."""
    owner: str | None = None
    due: datetime.date | None = None
    status: str | None = None
    challenge: str | None = None
    ratings: dict[str, Level] = field(default_factory=dict)
    overall: Level | None = None
    lines: dict[str, int] = field(default_factory=dict)
    rating_lines: dict[str, int] = field(default_factory=dict)

    @property
    def supports(self) -> bool:
        """Whether this type of item can support a section (actions and self-assessments cannot)."""
        return self.type in SUPPORTING_TYPES

    def front_matter(self) -> dict[str, Any]:
        """The normalised front matter: every field, lists as lists, dates as ISO text."""
        data: dict[str, Any] = {
            "title": self.title,
            "type": self.type,
            "date": _iso(self.date),
            "maps_to": [str(t) for t in self.maps_to],
            "summary": self.summary,
            "partners": list(self.partners),
            "tags": list(self.tags),
            "authors": list(self.authors),
            "attachments": list(self.attachments),  # as written, relative to the item
            "visibility": self.visibility,
        }
        if self.type == "action":
            data.update(owner=self.owner, due=_iso(self.due), status=self.status)
        if self.type == "self-assessment":
            data.update(
                challenge=self.challenge,
                ratings={section: level.id for section, level in self.ratings.items()},
                overall=self.overall.id if self.overall else None,
            )
        return data


@dataclass
class Page:
    """A Markdown file under `evidence/`: an item, or a plain page that passes through."""

    src_uri: str
    path: str
    text: str
    body: str
    meta: dict[str, Any]
    item: Item | None = None
    visibility: str | None = None
    links: frozenset[str] = frozenset()

    @property
    def title(self) -> str | None:
        if self.item:
            return self.item.title
        title = self.meta.get("title")
        return title if isinstance(title, str) else None


def _iso(value: datetime.date | None) -> str | None:
    return value.isoformat() if value else None


def parse_target(entry: str, framework: Framework | None) -> Target | str:
    """The target `entry` ("challenge/section" or "challenge") names, or a message saying what is wrong with it."""
    parts = [part.strip() for part in entry.split("/")]
    if len(parts) > 2 or not all(parts):
        return f'maps_to "{entry}" must be "challenge/section" or "challenge", such as "partnerships/do"'
    if framework is None:
        return Target(parts[0], parts[1] if len(parts) == 2 else None)
    challenge = framework.challenge(parts[0])
    if challenge is None:
        ids = [c.id for c in framework.challenges]
        return f'unknown challenge "{parts[0]}" in maps_to{suggest(parts[0], ids, "challenges")}'
    if len(parts) == 1:
        return Target(challenge.id, None)
    if challenge.section(parts[1]) is None:
        ids = [s.id for s in challenge.sections]
        return f'unknown section "{parts[1]}" of challenge "{challenge.id}" in maps_to{suggest(parts[1], ids, "sections")}'
    return Target(challenge.id, parts[1])


def item_id(src_uri: str) -> str:
    """An item's id: its path under evidence/ without `.md`."""
    return src_uri[: -len(".md")] if src_uri.endswith(".md") else src_uri


def split_front_matter(text: str, path: str, problems: Problems) -> tuple[str | None, str] | None:
    """(front matter YAML or None, body); None when front matter opens and never closes (an error)."""
    opening = _OPENING.match(text)
    if not opening:
        return None, text
    closing = _CLOSING.search(text, opening.end())
    if not closing:
        problems.error(
            path, 1, 'front matter opened with "---" on line 1 is never closed; add a line "---" after its last key'
        )
        return None
    return text[opening.end() : closing.start()], text[closing.end() :]


@dataclass(frozen=True)
class Source:
    """A Markdown file read and split: its text, front matter (an empty mapping when it has none) and body."""

    text: str
    meta: LineMap
    body: str


def read_source(raw: bytes, path: str) -> tuple[Source | None, Problems]:
    """Decode a Markdown file and load its front matter; None (and the problem) when either fails."""
    problems = Problems()
    text = decode(raw, path, problems)
    parts = split_front_matter(text, path, problems) if text is not None else None
    if text is None or parts is None:
        return None, problems
    yaml_text, body = parts
    try:
        meta = load_yaml(yaml_text) if yaml_text is not None else None
    except YamlProblem as exc:
        problems.error(path, exc.line + 2, exc.message)
        return None, problems
    if meta is not None and not isinstance(meta, LineMap):
        problems.error(path, 2, f"front matter must be key: value lines, not {kind_of(meta)}")
        return None, problems
    return Source(text, meta if meta is not None else LineMap(), body), problems


def parse_page(
    src_uri: str,
    path: str,
    source: Source,
    framework: Framework | None,
    existing: frozenset[str],
    links_out: frozenset[str] = frozenset(),
) -> tuple[Page, Problems]:
    """Validate one page read by `read_source`. `existing` holds every file under evidence/, `links_out` the
    symbolic links there that lead outside it (for attachments)."""
    problems = Problems()
    meta = source.meta
    page = Page(src_uri, path, source.text, source.body, meta, links=body_links(src_uri, source.body))
    if "type" in meta:
        page.item = _ItemReader(page, meta, framework, existing, links_out, problems).read()
        return page, problems
    if "visibility" in meta:
        page.visibility = FieldReader(meta, path, 2, problems).choice("visibility", VISIBILITIES)
    _check_plain(meta, path, problems)
    return page, problems


ITEM_ONLY_KEYS = ("maps_to", "challenge", "ratings", "overall", "owner", "due", "partners", "attachments")
_PLAIN = 'so this page is a plain page, not an item: it supports nothing and is published to every audience'


def _check_plain(meta: LineMap, path: str, problems: Problems) -> None:
    """Warn when a page without `type` looks like an item: a misspelt `type` must not publish it silently."""
    for key in meta:
        if key != "type" and suggest(key, ["type"]).startswith("; did you mean"):
            problems.warning(path, meta.line_of(key) + 2, f'unknown key "{key}"; did you mean "type"? Without "type", {_PLAIN}')
            return
    first = next((key for key in meta if key in ITEM_ONLY_KEYS), None)
    if first is not None:
        problems.warning(
            path, meta.line_of(first) + 2,
            f'"{first}" is only read on items, and this page has no "type", {_PLAIN}; add "type: evidence" (or '
            "case-study, celebration, action, self-assessment)",
        )


class _ItemReader:
    """Validates the front matter of one item."""

    def __init__(
        self,
        page: Page,
        meta: LineMap,
        framework: Framework | None,
        existing: frozenset[str],
        links_out: frozenset[str],
        problems: Problems,
    ) -> None:
        self.page = page
        # A key that is missing is a problem of the whole front matter: reported at its opening line, 1.
        self.fields = FieldReader(meta, page.path, 2, problems, absent_line=1)
        self.framework = framework
        self.existing = existing
        self.links_out = links_out
        self.problems = problems

    def read(self) -> Item | None:
        fields = self.fields
        item_type = fields.choice("type", ITEM_TYPES)
        if fields.data.get("type") is None:
            fields.error("type", f'"type" is empty; give one of {", ".join(ITEM_TYPES)}')
        fields.unknown_keys(KEYS_BY_TYPE.get(item_type or "", COMMON_KEYS + ("maps_to",)) + PAGE_KEYS, "front matter")
        title = fields.text("title", required=True, what="the item's title")
        date = fields.date("date", required=True, what="the date the evidence was produced (YYYY-MM-DD)")
        visibility = fields.choice("visibility", VISIBILITIES, "internal")
        item = Item(
            id=item_id(self.page.src_uri),
            src_uri=self.page.src_uri,
            path=self.page.path,
            title=title or "",
            type=item_type or "",
            date=date,
            visibility=visibility or "internal",
            summary=fields.text("summary"),
            partners=self.texts("partners"),
            tags=self.texts("tags"),
            authors=self.texts("authors"),
            attachments=self.attachments(),
            lines={str(key): fields.line(key) for key in fields.data},
        )
        if item_type == "self-assessment":
            self.read_assessment(item)
        elif item_type or "maps_to" in fields.data:
            item.maps_to = self.maps_to()
        if item_type == "action":
            item.owner = fields.text("owner", required=True, what="who is responsible for the action")
            item.due = fields.date("due", required=True, what="when the action is due (YYYY-MM-DD)")
            item.status = fields.choice("status", STATUSES, "planned")
        return item

    def texts(self, key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(text for text, _ in self.fields.text_list(key)))

    def attachments(self) -> dict[str, str]:
        """Each attachment as written (with "/") -> its path under evidence/."""
        found: dict[str, str] = {}
        base = posixpath.dirname(self.page.src_uri)
        for name, line in self.fields.text_list("attachments"):
            written = name.replace("\\", "/")
            resolved = posixpath.normpath(posixpath.join(base, written))
            outside = ":" in name or name.startswith(("/", "\\")) or resolved == ".." or resolved.startswith("../")
            if outside or resolved in self.links_out:
                self.problems.error(
                    self.page.path, line,
                    f'attachment "{name}" is outside evidence/; put the file beside this item and give its path relative to it',
                )
            elif resolved not in self.existing:
                self.problems.error(
                    self.page.path, line,
                    f'attachment "{name}" does not exist (looked for evidence/{resolved}); add the file or fix the path',
                )
            else:
                found[written] = resolved
        return found

    def maps_to(self) -> tuple[Target, ...]:
        fields = self.fields
        if not fields.require("maps_to", 'the challenge sections it supports, such as "partnerships/do"'):
            return ()
        entries = fields.text_list("maps_to")
        value = fields.data["maps_to"]
        if not entries and (isinstance(value, str) or (isinstance(value, list) and not value)):
            fields.error("maps_to", '"maps_to" is empty; give the challenge sections it supports, such as "partnerships/do"')
        targets: list[Target] = []
        for entry, line in entries:
            target = self.target(entry, line)
            if target and target not in targets:
                targets.append(target)
        return tuple(targets)

    def target(self, entry: str, line: int) -> Target | None:
        target = parse_target(entry, self.framework)
        if isinstance(target, str):
            self.problems.error(self.page.path, line, target)
            return None
        return target

    def read_assessment(self, item: Item) -> None:
        fields = self.fields
        item.challenge = fields.text("challenge", required=True, what="the id of the challenge it assesses")
        challenge = self.framework.challenge(item.challenge) if self.framework and item.challenge else None
        if self.framework and item.challenge and challenge is None:
            ids = [c.id for c in self.framework.challenges]
            fields.error("challenge", f'unknown challenge "{item.challenge}"{suggest(item.challenge, ids, "challenges")}')
        item.overall = self.level(fields.data.get("overall"), fields.line("overall"), "overall")
        ratings = fields.data.get("ratings")
        if ratings is None or challenge is None:
            return
        if not isinstance(ratings, LineMap):
            fields.error("ratings", f'"ratings" must be section: rating lines (such as "plan: good"), not {kind_of(ratings)}')
            return
        report_duplicates(ratings, self.page.path, 2, self.problems)
        section_ids = [s.id for s in challenge.sections]
        for key, value in ratings.items():
            line = ratings.line_of(key) + 2
            if str(key) not in section_ids:
                self.problems.error(
                    self.page.path, line, f'unknown section "{key}" of challenge "{challenge.id}" in ratings{suggest(key, section_ids, "sections")}'
                )
                continue
            level = self.level(value, line, f'rating of "{key}"')
            if level:
                item.ratings[str(key)] = level
                item.rating_lines[str(key)] = line
        item.ratings = {s: item.ratings[s] for s in section_ids if s in item.ratings}

    def level(self, value: Any, line: int, what: str) -> Level | None:
        if value is None or self.framework is None:
            return None
        level = self.framework.level(value) if isinstance(value, str) else None
        if level is None:
            names = [l.id for l in self.framework.rating_scale]
            self.problems.error(self.page.path, line, f'unknown rating "{value}" as {what}{suggest(value, names, "ratings")}')
        return level
