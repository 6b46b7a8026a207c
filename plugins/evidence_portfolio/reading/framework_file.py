"""Reading `framework.yml`: load it and validate it into the framework model."""

from __future__ import annotations

import json
import math
import re
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from ..model.framework import (
    DEFAULT_ASSESSMENT_MAX_AGE_DAYS,
    DEFAULT_HIGHER_IS_BETTER,
    DEFAULT_MIN_EVIDENCE,
    DEFAULT_ROLLUP,
    DEFAULT_WEIGHT,
    KIND_NAMES,
    LARGEST_FIGURE,
    MAX_LEVELS,
    METRIC_BOUNDS,
    METRIC_KINDS,
    MIN_LEVELS,
    Challenge,
    ChallengeSection,
    Framework,
    Level,
    Metric,
    MetricKind,
    Section,
    rating_name,
    within_charts,
)
from ..model.framework_keys import CHALLENGE, CHALLENGE_SECTION, ID_LENGTH, METRIC, RATING_LEVEL, SECTION, TOP
from ..model.lazy_patterns import lazy_pattern
from ..model.narrative import heading_names
from ..model.problems import Problem, Problems, shortened, suggest
from ..model.urls import is_markdown, slug
from ..model.vocabulary import ROLLUPS, ROLLUPS_SAID_AS, Rollup
from .fields import FieldReader, flag_shown, kind_of, number_shown, report_duplicates
from .project_files import in_the_project
from .text import decode
from .yaml_lines import LineList, LineMap, YamlProblem, load_yaml, pasted_characters

FRAMEWORK_ID = lazy_pattern(r"[a-z0-9][a-z0-9-]*\Z")
NAME_ID = lazy_pattern(r"[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
"""An id of a challenge, a section or a rating level: not ending in a dot, which Windows drops from a folder's name
(a challenge's page is the folder challenges/<id>/ of the assessor's copy)."""
_TOLD_APART = {
    "challenges": "their pages would be one file on Windows and macOS",
    "sections": "a self-assessment's headings name sections in any capitals (## Plan), so the two could not be told "
    "apart",
    "rating_scale": "ratings are read in any capitals (good, Good), so the two could not be told apart",
}
"""Why two ids of a list of framework.yml may not differ only in capitals, by the list's key."""
_WHY_SHORT = {
    "framework": 'the id is a short name for the framework: its full name goes on the line "title:"',
    "rating level": "a level's id is written in self-assessments' ratings: its full name goes on the line \"label:\"",
    "section": "a section's id is written in items' maps_to and ratings: its full name goes on the line \"label:\"",
    "challenge": 'a challenge\'s id names the folder of its page on the site: its full name goes on the line "title:"',
    "metric": "a metric's id is written in items' measures: its full name goes on the line \"label:\"",
}
"""Why an id of framework.yml is short, by what it is the id of."""
_NAMES: dict[str, tuple[Callable[[str], Iterable[str]], Callable[[str], str]]] = {
    "rating_scale": (
        lambda name: (rating_name(name),),
        lambda name: f'a rating "{name}" could name either level',
    ),
    "sections": (
        lambda name: heading_names(name, staged=False),
        lambda name: (
            f"a self-assessment's heading \"## {name}\" could be either section's, and the text under one of "
            "them would be left out of its page and of the pack"
        ),
    ),
}
"""How the names of the levels and of the sections are compared (as a rating, and a self-assessment's heading, are
read), and why two may not be the same, by the list's key."""


def load_framework(
    path: Path,
    display_path: str,
    named_at: Callable[[], tuple[str, int]] | None = None,
    *,
    partial: bool = False,
    root: Path | None = None,
) -> tuple[Framework | None, Problems]:
    """Read and validate framework.yml; the framework is None when it has errors, but as `parse_framework` gives it
    where `partial`. A file that is not there is named where `named_at` says (the option of mkdocs.yml that names
    it), else at its own path. Given the project's `root`, a file that is not in it, or in its `.git` folder (a
    symbolic link leading there), is not read (a hostile review: a link to a file of the build machine had its
    keys named by warnings, in the CI's log), and is told where mkdocs.yml names it."""
    problems = Problems()
    named = named_at or (lambda: (display_path, 1))
    try:
        there = path.exists() or path.is_symlink()
    except OSError as exc:  # a name too long for the system (a fuzz: a traceback in the build)
        problems.add(
            "unreadable", *named(), f"{shortened(display_path, 60)} cannot be read ({exc.strerror}); {_NAME_IT}"
        )
        return None, problems
    if root is not None and there and not in_the_project(root, path):
        where = "a symbolic link" if path.is_symlink() else "outside the project"
        problems.add(
            "unreadable",
            # a link, at itself; a path outside, where mkdocs.yml names it (a fuzz: at ../x.yml:1, no file of the
            # project's); one that is not there is said not to be, as the check says it
            *((display_path, 1) if path.is_symlink() else named()),
            f"{display_path} is {where}, which the portfolio does not read (it could lead to any file of the computer "
            "that builds the site); save the framework's file itself in the project, beside mkdocs.yml",
        )
        return None, problems
    if is_markdown(path.name.lower()):  # read as a framework, its front matter gave a YAML error of the page's
        message = f"{display_path} is a page of the portfolio, not the framework file; {_NAME_IT}"
        problems.add("unreadable", *named(), message)
        return None, problems
    try:
        mode = path.stat().st_mode
        raw = path.read_bytes() if stat.S_ISREG(mode) else None  # a named pipe would never end
    except FileNotFoundError:
        problems.append(missing_framework(path, display_path, named()))
        return None, problems
    except OSError as exc:
        problems.add("unreadable", display_path, 1, f"the framework file cannot be read ({exc.strerror})")
        return None, problems
    if raw is None:
        what = "a folder" if stat.S_ISDIR(mode) else "not a file (a named pipe, a socket or a device)"
        problems.add(
            "unreadable",
            *named(),
            f"{display_path} is {what}, not the framework file; name the framework's file (framework.yml)",
        )
        return None, problems
    text = decode(raw, display_path, problems)
    if text is None:
        return None, problems
    if site_settings_in(text):  # read as a framework, it gave an error for each of a framework's keys it lacks
        problems.add("unreadable", *named(), f"{display_path} holds the site's settings (site_name, plugins), not the "
                     f"framework; {_NAME_IT}")  # fmt: skip
        return None, problems
    framework, found = parse_framework(text, display_path, partial=partial)
    return framework, Problems(problems + found)


_NAME_IT = "name the framework's file (framework.yml)"


def site_settings_in(text: str) -> bool:
    """Whether a file given as a framework holds MkDocs' settings instead (mkdocs.yml by any name: a `site_name` at
    the margin, no `rating_scale`)."""
    return _SITE_NAME.search(text) is not None and _RATING_SCALE.search(text) is None


_SITE_NAME = lazy_pattern(r"^site_name\s*:", re.MULTILINE)
_RATING_SCALE = lazy_pattern(r"^rating_scale\s*:", re.MULTILINE)


def missing_framework(path: Path, display_path: str, named_at: tuple[str, int]) -> Problem:
    """The error of a framework file that is not there, where it is named (in a build and in `portfolio check`),
    with the file of YAML beside it that may be meant (framework.yml, for a framework.yaml named)."""
    try:
        there = [child.name for child in path.parent.iterdir() if child.suffix.lower() in (".yml", ".yaml")]
    except OSError:  # no such folder, or not one to list
        there = []
    import difflib

    close = difflib.get_close_matches(path.name, there, n=1, cutoff=0.75)
    meant = f" ({close[0]} is there: did you mean it?)" if close else ""
    message = f"the framework file {display_path} does not exist{meant}; create it, or name it in the plugin's "
    message += "`framework` option (a file deleted by mistake comes back with `git checkout -- FILE`; `portfolio "
    message += "framework import SHEET -o FILE` writes one from a spreadsheet)"
    return Problem(*named_at, "error", "missing-framework", message)


def parse_framework(text: str, display_path: str, *, partial: bool = False) -> tuple[Framework | None, Problems]:
    """Validate the text of a framework file; the framework is None when it has errors. Where `partial`, errors all
    in its settings (a `rollup` misspelt), not in its rating scale, sections, challenges and metrics, give the
    framework as far as it could be read (each setting in error as if left out): the items are read and checked by
    it, and nothing is computed with it."""
    problems = Problems()
    text, pasted = pasted_characters(text)
    for found in pasted:
        problems.add(found.code, display_path, found.line + 1, found.message)
    try:
        data = load_yaml(text)
    except YamlProblem as exc:
        problems.add(exc.code, display_path, exc.line + 1, exc.message)
        return None, problems
    if not isinstance(data, LineMap):
        problems.add(
            "wrong-kind",
            display_path,
            1,
            f"the framework file must be a mapping of keys (id:, title:, ...), not {kind_of(data)}",
        )
        return None, problems
    framework = _FrameworkReader(data, display_path, problems).read()
    return (framework if partial or not problems.errors else None), problems


def _as_list_entries(value: object) -> str:
    """How a mapping of ids and labels (`plan: Plan`, as a list of sections is written by mistake) is written as a
    list: its first entry as one, or nothing for any other value."""
    if not isinstance(value, LineMap) or not value:
        return ""
    key, label = next(iter(value.items()))
    label = label if isinstance(label, str) and label.strip() else key
    return f'; write each on a line of its own, such as "  - {{id: {key}, label: {label}}}"'


@dataclass(frozen=True)
class NameClash:
    """An entry of `rating_scale` or `sections` called as one before it is: `written`, its id or label (`field`),
    is read as the other's (`first_written`, its `first_field`)."""

    entry: Level | Section
    field: str
    written: str
    first: Level | Section
    first_field: str
    first_written: str
    why: str
    """Why the two may not share a name, in words."""


def name_clashes(key: str, entries: Sequence[Level | Section]) -> list[NameClash]:
    """The entries of `rating_scale` or `sections` (by its key) named as one before them: a rating names its level,
    and a self-assessment's heading its section, by id or label in any capitals (as _NAMES compares them), so no two
    may share a name, as id or label (a heading "## Vision" went to the second section labelled Vision, and the
    text under the first was left out of the pack: an audit). One clash for each entry, label against label where
    both are."""
    names_of, why = _NAMES[key]
    owner: dict[str, tuple[Level | Section, str, str]] = {}
    clashes = []
    for entry in entries:
        for field, written in (("id", entry.id), ("label", entry.label)):
            clash = next(
                (
                    earlier
                    for name in names_of(written)
                    if (earlier := owner.setdefault(name, (entry, field, written)))[0] is not entry
                ),
                None,
            )
            if clash is None:
                continue
            first, first_field, first_written = clash
            if field == "label" and set(names_of(written)) & set(names_of(first.label)):
                first_field, first_written = "label", first.label
            heading = written if field == "label" or first_field == "id" else first_written
            clashes.append(NameClash(entry, field, written, first, first_field, first_written, why(heading)))
            break
    return clashes


def written_id(value: object) -> str | None:
    """An id as framework.yml gives it: a text, or a whole number (`id: 2026`, `- {id: 1, label: Poor}`), which
    YAML reads as a number, and which is an id by the spec's pattern (a self-assessment's `plan: 2` names the level
    "2"), as its digits; None for any other value (a number with a decimal point, true, a list). A number written
    with a 0 before its digits (01) is read as text by the loader, and stays as written."""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def read_id(fields: FieldReader, key: str, what: str) -> str | None:
    """The required id (or, for a metric's `section`, the ids) at `key`: a text, or a whole number as its digits
    (written_id); any other value is said at its line."""
    value = fields.data.get(key)
    digits = None if isinstance(value, str) else written_id(value)
    return digits if digits is not None else fields.text(key, required=True, what=what)


def _slug_fault(written: str) -> str:
    """What is wrong with an id that must be lowercase letters, digits and hyphens (the framework's, a metric's):
    its first character, where the rest are right (`-green` was told to be what it is: an audit)."""
    if _SLUG_CHARACTERS.fullmatch(written):
        return "must start with a letter or a digit, not a hyphen"
    return "must be lowercase letters, digits and hyphens"


_SLUG_CHARACTERS = lazy_pattern(r"[a-z0-9-]+")


def _id_hint(written: str) -> str:
    """An id made of one that cannot be one ("é-ü" is "e-u"), as a suggestion."""
    better = slug(written, "")
    return f'; write "{better}" instead' if better and better != written else ""


def _labelled_hint(written: str) -> str:
    """A level or section written by its name, which cannot be an id ("Getting Started"), as a mapping of an id made
    of it and the name as its label, so that pages still show the name (a new organisation's review: told to write
    "getting-started", its pages showed that)."""
    better = slug(written, "")
    if not better or better == written:
        return ""
    label = json.dumps(written, ensure_ascii=False) if _NEEDS_QUOTES.search(written) else written
    return f'; write {{id: {better}, label: {label}}} instead, so that pages still show "{written}"'


_NEEDS_QUOTES = lazy_pattern(r"""^[\s\-?!&*|>'"%@`]|[:#{}\[\],]|\s$""")
"""What makes a label in a flow mapping need quotes (YAML would read it otherwise)."""


class _FrameworkReader:
    def __init__(self, data: LineMap, path: str, problems: Problems) -> None:
        self.path = path
        self.problems = problems
        self.top = FieldReader(data, path, 1, problems)
        self.sections_read = True
        """Whether every section was read: a challenge's section that is not among them is unknown only then (a
        `sections:` written as a mapping made every section of every challenge "unknown": a new organisation's
        review)."""
        self.refused: set[tuple[str, str]] = set()
        """The sections of challenges written with an error of their own (no question): a metric shown there is not
        told of an unknown section too (a fuzz: told to pick one of the others)."""

    def reader(self, data: LineMap) -> FieldReader:
        return FieldReader(data, self.path, 1, self.problems)

    def read(self) -> Framework | None:
        top = self.top
        top.unknown_keys(TOP.names, "framework.yml")
        framework_id = read_id(top, "id", "a short id such as quest-partnerships")
        if framework_id and not FRAMEWORK_ID.match(framework_id):
            top.error(
                "id",
                f'framework id "{framework_id}" {_slug_fault(framework_id)} (e.g. quest-partnerships)'
                f"{_id_hint(framework_id)}",
                "bad-id",
            )
        elif framework_id:
            self.check_length(top, "framework", framework_id)
        title = top.text("title", required=True, what="the framework's title")
        errors = len(self.problems.errors)
        levels = self.list_of("rating_scale", self.level, minimum=MIN_LEVELS, maximum=MAX_LEVELS)
        self.check_names("rating_scale", levels)
        before = len(self.problems.errors)
        sections = self.list_of("sections", self.section, minimum=1)
        self.sections_read = len(self.problems.errors) == before
        errors_in_lists = len(self.problems.errors) - errors
        rollup = _rollup(top.choice("rollup", ROLLUPS, DEFAULT_ROLLUP, said_as=ROLLUPS_SAID_AS))
        min_evidence = int(top.number("min_evidence", DEFAULT_MIN_EVIDENCE, whole=True, minimum=1))
        max_age = top.data.get("max_evidence_age_days")
        max_age_days = (
            int(top.number("max_evidence_age_days", 0, whole=True, minimum=1)) if max_age is not None else None
        )
        assessment_age = int(
            top.number("assessment_max_age_days", DEFAULT_ASSESSMENT_MAX_AGE_DAYS, whole=True, minimum=1)
        )
        known = {s.id: s for s in sections}
        errors = len(self.problems.errors)
        challenges = self.list_of("challenges", lambda d, p: self.challenge(d, p, known), minimum=1)
        told: set[tuple[str, str]] = set()
        order = {section.id: index for index, section in enumerate(sections)}
        for challenge in challenges:  # (two challenges may each have a section of one label: a false-positive review)
            used = sorted((part.section for part in challenge.sections), key=lambda section: order[section.id])
            self.check_names("sections", used, told)
        metrics = self.metrics(challenges)
        if errors_in_lists or len(self.problems.errors) > errors:
            return None  # what the items are read by is not all there
        return Framework(
            id=framework_id or "",
            title=title or "",
            rating_scale=tuple(Level(lv.id, lv.label, i, lv.descriptor) for i, lv in enumerate(levels)),
            sections=tuple(sections),
            challenges=tuple(challenges),
            rollup=rollup or DEFAULT_ROLLUP,
            min_evidence=min_evidence,
            max_evidence_age_days=max_age_days or None,
            assessment_max_age_days=assessment_age,
            metrics=tuple(metrics),
        )

    def check_names(
        self, key: str, entries: list[Level] | list[Section], told: set[tuple[str, str]] | None = None
    ) -> None:
        """No two entries of `rating_scale`, or sections of one challenge, may share a name (name_clashes): an error
        at the line of the second, once (`told`: the pairs of ids told already, for another challenge)."""
        noun = "rating level" if key == "rating_scale" else "section"
        told = set() if told is None else told
        for clash in name_clashes(key, entries):
            entry, first = clash.entry, clash.first
            if (entry.id, first.id) in told:
                continue
            told.add((entry.id, first.id))
            first_line = self.entry_line(key, first.id, clash.first_field)
            self.problems.add(
                "duplicate-id",
                self.path,
                self.entry_line(key, entry.id, clash.field),
                f'the {clash.field} "{clash.written}" of {noun} "{entry.id}" is read as the {clash.first_field} '
                f'"{clash.first_written}" of {noun} "{first.id}" (line {first_line})'
                f"{':' if clash.written == clash.first_written else ', as names are compared (in any capitals):'} "
                f"{clash.why}; change this {clash.field} (or the other), so that each {noun} has an id and a label of "
                "its own",
            )

    def entry_line(self, key: str, entry_id: str, field: str) -> int:
        """The line of framework.yml where the entry of `key` with this id gives `field` (its entry's line where it
        does not, or is its id alone)."""
        entries = self.top.data.get(key)
        if not isinstance(entries, LineList):
            return int(self.top.data.line_of(key)) + 1
        for index, entry in enumerate(entries):
            if written_id(entry.get("id") if isinstance(entry, LineMap) else entry) == entry_id:
                line: int = (
                    entry.line_of(field) if isinstance(entry, LineMap) and field in entry else entries.line_at(index)
                )
                return line + 1
        return int(self.top.data.line_of(key)) + 1

    def list_of(
        self, key: str, read_one: Callable[[Any, int], _Entry | None], *, minimum: int, maximum: int | None = None
    ) -> list[_Entry]:
        """Read a list of mappings that each have a unique `id`."""
        top = self.top
        if not top.require(key, "a list of entries"):
            return []
        value = top.data[key]
        if not isinstance(value, LineList):
            top.error(
                key,
                f'"{key}" must be a list of entries (lines starting with "- "), not {kind_of(value)}'
                + _as_list_entries(value if key != "challenges" else None),
            )
            return []
        if len(value) < minimum or (maximum is not None and len(value) > maximum):
            bounds = f"{minimum} to {maximum}" if maximum else f"at least {minimum}"
            count = f"{len(value)} entry" if len(value) == 1 else f"{len(value)} entries"
            top.error(key, f'"{key}" has {count}; it needs {bounds}', "out-of-range")
        entries: list[_Entry] = []
        seen: dict[str, int] = {}
        for index, entry in enumerate(value):
            line = value.line_at(index) + 1
            item = read_one(entry, line)
            if item is None:
                continue
            first = next((other for other in entries if other.id.lower() == item.id.lower()), None)
            if first is not None:
                same = first.id == item.id
                self.problems.add(
                    "duplicate-id",
                    self.path,
                    line,
                    f'duplicate id "{item.id}" in {key} (first on line {seen[first.id]}); ids must be unique: give '
                    "this one an id of its own"
                    if same
                    else f'ids "{first.id}" (line {seen[first.id]}) and "{item.id}" in {key} differ only in capitals: '
                    + _TOLD_APART.get(key, "the two would be mistaken for each other")
                    + "; give each an id of its own",
                )
                continue
            seen[item.id] = line
            entries.append(item)
        return entries

    def entry_id(self, entry: Any, line: int, what: str) -> FieldReader | None:
        if not isinstance(entry, LineMap):
            bare = written_id(entry) if what != "challenge" else None  # a level or section may be its bare id
            numeric = isinstance(entry, float) and what != "challenge"
            self.problems.add(
                "wrong-kind",
                self.path,
                line,
                f'each {what} must be an id (letters A to Z, small or capital, digits, "-", "_" and "." only: no '
                f'spaces, accents or "/") or a mapping with an id and a label (id: ..., label: ...), not '
                f'"{bare}"{_labelled_hint(bare)}'
                if bare is not None
                else f"each {what} must be an id or a mapping with an id and a label, not the number {entry}; put it "
                f'in quotes ("{entry}") to make it an id'
                if numeric
                else f"each {what} must be a mapping with an id (id: ...), not {kind_of(entry)}",
            )
            return None
        fields = self.reader(entry)
        entry_id = read_id(fields, "id", f"the {what}'s id")
        if entry_id and not NAME_ID.match(entry_id):
            fields.error(
                "id",
                f'{what} id "{entry_id}" must start with a letter or a digit, hold only letters A to Z (small or '
                f'capital), digits, "-", "_" and "." (no spaces, accents or "/"), and not end with "."'
                + _id_hint(entry_id),
                "bad-id",
            )
            return None
        if entry_id and not self.check_length(fields, what, entry_id):
            return None
        return fields if entry_id else None

    def check_length(self, fields: FieldReader, what: str, written: str) -> bool:
        """Whether an id is at most ID_LENGTH characters long; an error at its line if not, with the reason of an id
        of its kind (a framework's was told of a challenge's folder: an audit)."""
        if len(written.strip()) <= ID_LENGTH:
            return True
        fields.error(
            "id",
            f"{what} id is {len(written.strip())} characters long, and an id may have at most {ID_LENGTH} "
            f"({_WHY_SHORT[what]}); write a shorter one"
            + (f', such as "{slug(written, "")}"' if slug(written, "") else ""),
            "bad-id",
        )
        return False

    def level(self, entry: Any, line: int) -> Level | None:
        bare = None if isinstance(entry, LineMap) else written_id(entry)
        if bare and NAME_ID.match(bare):  # a bare id: labelled by its id
            return Level(bare, bare, 0)
        fields = self.entry_id(entry, line, "rating level")
        if fields is None:
            return None
        fields.unknown_keys(RATING_LEVEL.names, "a rating level")
        level_id = str(written_id(fields.data["id"]))
        return Level(level_id, self.label(fields, "rating level", level_id), 0, fields.text("descriptor"))

    def section(self, entry: Any, line: int) -> Section | None:
        bare = None if isinstance(entry, LineMap) else written_id(entry)
        if bare and NAME_ID.match(bare):  # a bare id, as a rating level may be
            return Section(bare, bare)
        fields = self.entry_id(entry, line, "section")
        if fields is None:
            return None
        fields.unknown_keys(SECTION.names, "a section")
        section_id = str(written_id(fields.data["id"]))
        return Section(section_id, self.label(fields, "section", section_id))

    @staticmethod
    def label(fields: FieldReader, what: str, entry_id: str) -> str:
        """An entry's label, or its id where it has none; a `label:` left empty is warned of, at its line (the site
        showed the id without a word: a new organisation's review)."""
        label, written = fields.text("label"), fields.data.get("label")
        if "label" in fields.data and (written is None or (isinstance(written, str) and not written.strip())):
            fields.error(
                "label",
                f'the label of {what} "{entry_id}" is empty, so the site shows its id, "{entry_id}", in its place; '
                f"write its label after the colon (such as label: {entry_id.replace('-', ' ').capitalize()}), or "
                "delete the line to show the id",
                "empty-label",
            )
        return label or entry_id

    def challenge(self, entry: Any, line: int, known: dict[str, Section]) -> Challenge | None:
        fields = self.entry_id(entry, line, "challenge")
        if fields is None:
            return None
        fields.unknown_keys(CHALLENGE.names, "a challenge")
        challenge_id = str(written_id(fields.data["id"]))
        title = fields.text("title", required=True, what="the challenge's title")
        outcomes = [text for text, _ in fields.text_list("outcomes")]
        weight = fields.number("weight", DEFAULT_WEIGHT, minimum=0)
        sections = self.challenge_sections(fields, challenge_id, known)
        if title is None:
            return None
        return Challenge(challenge_id, title, tuple(outcomes), sections, weight, fields.text("summary"), line)

    def challenge_sections(
        self, fields: FieldReader, challenge_id: str, known: dict[str, Section]
    ) -> tuple[ChallengeSection, ...]:
        if not fields.require("sections", "the sections this challenge uses, each with a question"):
            return ()
        value = fields.data["sections"]
        if not isinstance(value, LineMap):
            fields.error(
                "sections",
                f'"sections" of challenge "{challenge_id}" must be its sections one under another, each its id and a '
                f"colon (plan:), with its question on a line below, indented two spaces more (question: ...), not "
                f"{kind_of(value)}",
            )
            return ()
        report_duplicates(value, self.path, 1, self.problems)
        found: dict[str, ChallengeSection] = {}
        owner: object = None  # the section above, whose keys a line level with it may be
        for key, body in value.items():
            line = value.line_of(key) + 1
            if str(key) not in CHALLENGE_SECTION.names:
                owner = key
            elif str(key) not in known and owner is not None:
                # `question:` moved left, level with its section's id (a new organisation's review: told of an
                # unknown section "question"); or a section's id line lost above it (a review)
                above = value.get(owner)
                lost = isinstance(above, LineMap) and key in above
                unlisted = next((f' (such as "{s}:")' for s in known if s not in value), "")
                self.problems.add(
                    "unknown-section",
                    self.path,
                    line,
                    f'"{key}" is indented as the sections of challenge "{challenge_id}" are, as if it were one; '
                    + (
                        f'the section "{owner}" above it has its own {key}, so the line of a section\'s id{unlisted} '
                        "seems to be missing above this one: write it, and indent its lines two spaces more"
                        if lost
                        else f'it belongs to the section "{owner}" above it: indent it two spaces more than "{owner}:"'
                    ),
                )
                continue
            if str(key) not in known and not self.sections_read:
                continue  # (said where the sections are listed)
            if str(key) not in known:
                self.problems.add(
                    "unknown-section",
                    self.path,
                    line,
                    f'unknown section "{key}" in challenge "{challenge_id}"'
                    + suggest(key, known, "sections", {s.id: s.label for s in known.values()}, "label"),
                )
                continue
            if not isinstance(body, LineMap):
                self.refused.add((challenge_id, str(key)))
                self.problems.add(
                    "wrong-kind",
                    self.path,
                    line,
                    f'section "{key}" of challenge "{challenge_id}" must be a mapping with question: (and, if you '
                    f"like, best_practice:), not {kind_of(body)}",
                )
                continue
            part = self.reader(body)
            part.unknown_keys(CHALLENGE_SECTION.names, f'section "{key}" of challenge "{challenge_id}"')
            question = part.text("question", required=True, what="the question this section asks")
            if question is not None:
                found[str(key)] = ChallengeSection(known[str(key)], question, part.text("best_practice") or "", line)
            else:
                self.refused.add((challenge_id, str(key)))
        if not value:
            fields.error("sections", f'challenge "{challenge_id}" uses no section; give at least one', "out-of-range")
        # Sections follow the framework's order, whatever order the challenge lists them in.
        return tuple(found[s] for s in known if s in found)

    def metrics(self, challenges: list[Challenge]) -> list[Metric]:
        """The optional `metrics` list: each a mapping with a unique slug id, a label, a kind and where it is shown."""
        top = self.top
        value = top.data.get("metrics")
        if value is None:
            return []
        if not isinstance(value, LineList):
            top.error(
                "metrics", f'"metrics" must be a list of entries (lines starting with "- "), not {kind_of(value)}'
            )
            return []
        found: list[Metric] = []
        seen: dict[str, int] = {}
        for index, entry in enumerate(value):
            line = value.line_at(index) + 1
            metric = self.metric(entry, line, challenges)
            # its id as written, whatever else is wrong with it: a second one is named now, not once the rest is fixed
            metric_id = (written_id(entry.get("id")) if isinstance(entry, LineMap) else None) or ""
            if metric_id in seen:
                self.problems.add(
                    "duplicate-id",
                    self.path,
                    line,
                    f'duplicate id "{metric_id}" in metrics (first on line {seen[metric_id]}); ids must be '
                    "unique: give this one an id of its own",
                )
                continue
            if metric_id:
                seen[metric_id] = line
            if metric is not None:
                found.append(metric)
        return found

    def metric(self, entry: Any, line: int, challenges: list[Challenge]) -> Metric | None:
        if not isinstance(entry, LineMap):
            self.problems.add(
                "wrong-kind",
                self.path,
                line,
                f"each metric must be a mapping with id, label, kind and section, not {kind_of(entry)}",
            )
            return None
        fields = self.reader(entry)
        fields.unknown_keys(METRIC.names, "a metric")
        metric_id = read_id(fields, "id", "the metric's id, such as partner-nps")
        if metric_id and not FRAMEWORK_ID.match(metric_id):
            fields.error(
                "id",
                f'metric id "{metric_id}" {_slug_fault(metric_id)} (e.g. partner-nps){_id_hint(metric_id)}',
                "bad-id",
            )
            metric_id = None
        elif metric_id and not self.check_length(fields, "metric", metric_id):
            metric_id = None
        label = fields.text("label", required=True, what="the name shown for the metric")
        kind = _metric_kind(
            fields.choice("kind", METRIC_KINDS) if fields.require("kind", "nps, count, percent or number") else None
        )
        where = self.metric_section(fields, metric_id, challenges)
        target = self.metric_target(fields, kind)
        better = fields.data.get("higher_is_better")
        if better is not None and not isinstance(better, bool):
            fields.error("higher_is_better", f'"higher_is_better" must be true or false, not {flag_shown(better)}')
        if metric_id is None or label is None or kind is None or where is None:
            return None
        higher = better if isinstance(better, bool) else DEFAULT_HIGHER_IS_BETTER
        return Metric(metric_id, label, kind, where[0], where[1], target, higher, line)

    def metric_section(
        self, fields: FieldReader, metric_id: str | None, challenges: list[Challenge]
    ) -> tuple[str, str | None] | None:
        """Where a metric is shown: "challenge/section" or "challenge", both of the framework."""
        text = read_id(fields, "section", 'where it is shown: "challenge/section" or "challenge"')
        if text is None:
            return None
        what = f'metric "{metric_id}"' if metric_id else "the metric"
        parts = [part.strip() for part in text.split("/")]
        if len(parts) > 2 or not all(parts):
            fields.error(
                "section",
                f'section "{text}" of {what} must be "challenge/section" or "challenge", such as '
                '"partnerships/measure"',
                "bad-target",
            )
            return None
        challenge = next((c for c in challenges if c.id == parts[0]), None)
        if challenge is None:
            ids = [c.id for c in challenges]
            fields.error(
                "section",
                f'unknown challenge "{parts[0]}" in the section of {what}{suggest(parts[0], ids, "challenges")}',
                "unknown-challenge",
            )
            return None
        if len(parts) == 1:
            return challenge.id, None
        if (challenge.id, parts[1]) in self.refused:  # (its own error is told)
            return None
        if challenge.section(parts[1]) is None:
            ids = [s.id for s in challenge.sections]
            fields.error(
                "section",
                f'unknown section "{parts[1]}" of challenge "{challenge.id}" in the section of {what}'
                f"{suggest(parts[1], ids, 'sections', challenge.section_labels, 'label')}",
                "unknown-section",
            )
            return None
        return challenge.id, parts[1]

    def metric_target(self, fields: FieldReader, kind: MetricKind | None) -> int | float | None:
        """An optional finite number, within what the metric's kind allows."""
        value = fields.data.get("target")
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (isinstance(value, float) and not math.isfinite(value))
        ):
            shown = number_shown(value)
            if isinstance(value, str) and ";" not in shown:  # words ("top quartile"): the figure they stand for
                shown += "; write the figure to reach, as a number (such as 50)"
            fields.error("target", f'"target" must be a number, not {shown}')
            return None
        if not within_charts(value):
            fields.error(
                "target",
                f'"target" is larger than a chart can show: at most {LARGEST_FIGURE:,}, either way',
                "out-of-range",
            )
            return None
        low, high = METRIC_BOUNDS[kind] if kind else (None, None)
        if kind and ((low is not None and value < low) or (high is not None and value > high)):
            bounds = f"from {low:g} to {high:g}" if high is not None else f"{low:g} or more"
            what = KIND_NAMES[kind]  # ("a nps metric": a careless contributor's review)
            fields.error("target", f'"target" of {what} ({kind}) must be {bounds}, not {value}', "out-of-range")
            return None
        return value


_Entry = TypeVar("_Entry", Level, Section, Challenge)


def _metric_kind(name: str | None) -> MetricKind | None:
    return next((kind for kind in METRIC_KINDS if kind == name), None)


def _rollup(name: str | None) -> Rollup | None:
    return next((rollup for rollup in ROLLUPS if rollup == name), None)
