"""Reading an item's front matter by the definition of its type: each key by its kind, each problem at its line."""

from __future__ import annotations

import datetime
import functools
import math
import posixpath
import re
import unicodedata
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any
from urllib.parse import unquote

from ..model.framework import (
    KIND_NAMES,
    LARGEST_FIGURE,
    METRIC_BOUNDS,
    Challenge,
    ChallengeSection,
    Framework,
    Level,
    Metric,
    Section,
    left_unrated,
    within_charts,
)
from ..model.item_types import COMMON, ITEM_TYPES, MAPS_TO, PAGE_KEYS, RATINGS, TYPE, Field, ItemType, every_field
from ..model.items import ITEM_ATTRIBUTES, Item, Measure, Target, Value, item_id
from ..model.lazy_patterns import lazy_pattern
from ..model.names import caseless, without_accents
from ..model.problems import Problems, suggest
from ..model.urls import URL_SCHEME, is_markdown, slug
from ..model.vocabulary import WIDEST, as_audience
from .fields import FieldReader, as_written, kind_of, number_shown, report_duplicates
from .near_names import ALIKE, near_name, written_alike
from .scan import SYSTEM_FILES
from .settings import COMPANION_FILES
from .yaml_lines import BULLETED_TEXT, LineList, LineMap, remember

FRONT_MATTER_OFFSET = 2
"""The file line of the front matter's first line (line 1 is the opening `---`)."""

MEASURE_KEYS = ("metric", "value", "n", "data", "column")
"""The keys of one entry of `measures`."""
NOUNS = {"partners": "partner", "tags": "tag", "authors": "author"}
"""What one entry of a list of texts is called, in messages."""


def parse_target(entry: str, framework: Framework | None) -> Target | tuple[str, str]:
    """The target `entry` ("challenge/section" or "challenge") names, or (code, message) saying what is wrong."""
    if framework is None:
        return _parse_target(entry, None)
    read = framework.targets_read
    target = read.get(entry)
    if target is None:
        target = remember(read, entry, _parse_target(entry, framework), _MOST_TARGETS)
    return target


def _slashes_hint(entry: str, framework: Framework | None) -> str:
    """A suggestion for an entry of maps_to with a "/" at its start or end ("leadership/plan/", as a folder is
    written): the entry without it, when that names a challenge or a section of one."""
    trimmed = entry.strip("/ ")
    if not trimmed or trimmed == entry or trimmed.count("/") > 1:
        return ""
    if framework is not None and isinstance(_parse_target(trimmed, framework), tuple):
        return ""
    ends = (entry.startswith("/"), entry.endswith("/"))
    where = "either end" if all(ends) else "the end" if ends[1] else "the start"
    return f'; did you mean "{trimmed}", without the "/" at {where}?'


def _entries_run_together(entry: str) -> str:
    """A hint for entries of a list that YAML read as one ("partnerships/plan - partnerships/do"): the line of the
    second one was indented more than the first's, so it continued it; the line is named by its entry, below the
    one the problem is at (a novice's review: the mistake is on the line after)."""
    if " - " not in entry:
        return ""
    second = entry.split(" - ", 1)[1].split(" - ", 1)[0]
    return (
        '; it reads as entries of a list run together: each entry starts a line of its own with "- ", and the '
        f'entries of one list are indented alike (the line of "- {second}", below this one, is indented more)'
    )


_SEPARATOR = lazy_pattern(r"&(?:#\d+|#x[0-9a-fA-F]+|\w+);|;")
"""A semicolon, or an HTML character reference (`&amp;`), whose ";" separates no names."""
_NUMBERED = lazy_pattern(r"\d{1,2}[.)][ \t]")
"""The number of an entry of a numbered list, as a word processor writes it ("1. ", "2) ")."""
_NUMBERED_AFTER = lazy_pattern(r"\s\d{1,2}[.)][ \t]")
"""A second entry's number, further on in a numbered list that YAML read as one text."""
_MARKDOWN_MARKS = lazy_pattern(
    r"(?P<a_link>\[[^\]\n]{1,300}\]\([^)\s]{1,300}\))|(?P<bold>\*\*\S[^*\n]{0,300}\*\*)|(?P<code>`[^`\n]{1,300}`)"
    r"|(?P<a_table>\|[^|\n]{0,300}\|[^|\n]{0,300}\|)"
)
"""Markdown's marks in a sentence shown as plain text: a link, bold, code, a table's row (each bounded)."""
_NONE_WRITTEN = frozenset(("n/a", "na", "none", "nil", "-", "tbc", "tbd", "not applicable", "nobody", "no one"))
"""What a contributor writes for no partner (or tag, or author): in small letters, without a last full stop."""
_SENTENCE = lazy_pattern(r"(?:\S+\s+){9}\S|^(?:\S+\s+){3}.*(?<!\bLtd)(?<!\b[Cc]o)(?<!\bInc)(?<!\bplc)(?<!\bPLC)[.!?]$")
"""A text written as a sentence, not as names: of ten words or more, or of four or more ending with a full stop (not
a name's "Ltd." or "Co.")."""
_SPACED_THOUSANDS = lazy_pattern("[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+")
"""A number written with spaces between its thousands (`4 380`)."""
_MOST_TARGETS = 10_000
"""How many entries of maps_to a framework remembers (see Framework.targets_read). As in the other memos of what
was read, only short ones are kept: the entries that come back item after item are short."""


def _parse_target(entry: str, framework: Framework | None) -> Target | tuple[str, str]:
    """parse_target, worked out."""
    if entry.startswith("-"):  # "  -partnerships/do", a list's entry without its space: text to YAML
        odd = entry[1:2]
        if odd == " ":  # `maps_to: "- partnerships/do"`, quoted as the YAML error of `maps_to: - ...` said to
            return (
                "bad-target",
                f'maps_to "{entry}" starts with a dash, which is no part of a section\'s name: '
                + _without_the_dash("maps_to", entry),
            )
        if odd.isspace():  # "-\u00a0partnerships/do": the space after the dash is a word processor's own
            named = _a(unicodedata.name(odd, "space").lower())
            return (
                "bad-target",
                f'maps_to "{entry}" starts with a dash and a space that is not the space bar\'s ({named}, as a word '
                "processor writes one), which YAML reads as text, not as a list's entry: type the space after the "
                '"-" again, on the keyboard',
            )
        return (
            "bad-target",
            f'maps_to "{entry}" starts with a dash: each entry of a list starts with "- ", a dash and a space',
        )
    if _NUMBERED.match(entry):  # "1. partnerships/do", as a word processor numbers a list: text to YAML
        return (
            "bad-target",
            f'maps_to "{entry}" is written as a numbered list, which YAML reads as text: start each entry on a line '
            'of its own with "- ", a dash and a space, in place of its number',
        )
    parts = [part.strip() for part in entry.split("/")]
    if len(parts) > 2 or not all(parts) or "," in entry:
        # "partnerships/do partnerships/impact": the comma between them left out (or a ";", or an "and")
        spaced = [part for part in re.split(r"[\s;]+", entry) if part and part.lower() not in ("and", "&", "+")]
        prose = _prose_hint(entry, framework) if framework and "/" not in entry else ""
        several = (
            prose
            if prose
            else f"; to map to several, write a list: [{', '.join(part.strip() for part in entry.split(','))}]"
            if "," in entry
            else f"; to map to several, write a list, a comma between its entries: [{', '.join(spaced)}]"
            if len(spaced) > 1 and all(part.count("/") == 1 and part.strip("/") == part for part in spaced)
            else _entries_run_together(entry) or _slashes_hint(entry, framework)
        )
        return (
            "bad-target",
            f'maps_to "{entry}" must be "challenge/section" or "challenge", such as '
            f'"{framework.example_target if framework else MAPS_TO.example}"{several}',
        )
    if framework is None:
        return Target(parts[0], parts[1] if len(parts) == 2 else None)
    challenge = framework.challenge(parts[0])
    if challenge is None:
        hint = (
            _capitals_hint(parts, framework)
            or _separator_hint(parts[0], framework)
            or (_prose_hint(parts[0], framework) if len(parts) == 1 else "")
            or _section_alone_hint(parts[0], framework)
            or _using_the_section_hint(parts, framework)
            or _challenge_hint(parts[0], framework)
        )
        return "unknown-challenge", f'unknown challenge "{parts[0]}" in maps_to{hint}'

    if len(parts) == 1:
        return Target(challenge.id, None)
    if challenge.section(parts[1]) is None:
        ids = [s.id for s in challenge.sections]
        if parts[1] in {s.id for s in framework.sections}:  # a section of the framework this challenge leaves out
            return (
                "unknown-section",
                f'challenge "{challenge.id}" does not use the section "{parts[1]}" (maps_to); its sections are '
                f"{', '.join(ids)}{_used_by(parts[1], framework)}: map the item to the section it supports",
            )
        asked = {_question_words(s.question): s.id for s in challenge.sections if s.question}
        meant = asked.get(_question_words(parts[1]))
        hint = (  # the section's question pasted in (an outside review was told "did you mean do?" of a word in it)
            f'; "{parts[1]}" is the question of section "{meant}": write its id, {challenge.id}/{meant}'
            if meant
            else suggest(parts[1], ids, "sections", challenge.section_labels, "label")
        )
        if hint.startswith("; valid "):  # (a section taken out of framework.yml: a staff walkthrough)
            hint += "; if the framework no longer has this section, map the item to the one it supports now"
        return "unknown-section", f'unknown section "{parts[1]}" of challenge "{challenge.id}" in maps_to{hint}'
    return Target(challenge.id, parts[1])


def _without_the_dash(key: str, written: str) -> str:
    """How to write a value quoted with a list's dash and space before it (`"- partnerships/do"`)."""
    bare = written[2:].strip()
    return (
        f"write it without the dash and the quotes ({key}: {bare}), or as a list's entry, on a line of its own under "
        f'"{key}:" (  - {bare})'
    )


def _question_words(text: str) -> str:
    """A question as its words, for a question pasted in to be told from a section's (its spaces, capitals and last
    question mark aside)."""
    return " ".join(caseless(text).rstrip("?").split())


def _capitals_hint(parts: list[str], framework: Framework) -> str:
    """The target meant by a challenge and its section written in other capitals (`Partnerships / Plan`): a careless
    contributor's review was told the challenge's id, and the section's only once that was mended."""
    challenge = framework.challenge(caseless(parts[0]))
    if challenge is None:
        return ""
    if len(parts) == 1:
        return f'; ids are written in their own capitals: write "{challenge.id}"'
    section = challenge.section(caseless(parts[1]))
    return f'; ids are written in their own capitals: write "{challenge.id}/{section.id}"' if section else ""


def _separator_hint(entry: str, framework: Framework) -> str:
    """The target meant by a challenge and one of its sections joined by another mark than a slash
    (`partnerships\\measure`, `partnerships.measure`, `partnerships-plan`): the closest challenge alone would map the
    item to the whole challenge, which supports no section."""
    for index, mark in enumerate(entry):
        if mark not in _NOT_A_SLASH:
            continue
        challenge = framework.challenge(caseless(entry[:index].strip()))
        section = challenge.section(caseless(entry[index + 1 :].strip())) if challenge else None
        if challenge and section:
            return f'; a challenge and its section are written with a slash between them: "{challenge.id}/{section.id}"'
    return ""


def _prose_hint(entry: str, framework: Framework) -> str:
    """The targets meant by a challenge and its sections named in words (`Partnerships - Plan stage`, `Partnerships
    and collaboration: Review`, `Partnerships (Plan, Do and Review)`: a careless contributor's review was told the
    challenge alone, which maps the item to no section, or a list of its words)."""
    words = _words_of(entry)
    found = [c for c in framework.challenges if _words_of(c.id) <= words or _words_of(c.title) - _SMALL_WORDS <= words]
    if len(found) != 1:
        return ""
    challenge = found[0]
    rest = words - _words_of(f"{challenge.id} {challenge.title}")
    sections = [s for s in challenge.sections if _words_of(s.id) <= rest or _words_of(s.label) <= rest]
    targets = [f"{challenge.id}/{s.id}" for s in sections]
    if len(targets) == 1:
        return f'; a challenge and its section are written with a slash between them: "{targets[0]}"'
    return f"; to map to several of its sections, write a list: [{', '.join(targets)}]" if targets else ""


def _words_of(text: str) -> set[str]:
    """The words of a text, in small letters (the pattern compiled where first used: only a mistake needs it)."""
    return set(re.findall(r"[a-z0-9]+", text.lower()))


_SMALL_WORDS = frozenset(("and", "of", "the", "a", "an", "in", "for", "to", "with", "&"))
"""Words a challenge's title holds that a contributor may leave out of it."""
_NOT_A_SLASH = frozenset("\\.-_:|> \uff0f\u2215\u2044\u29f8")
"""Marks written between a challenge and its section instead of a slash, and characters that look like a slash (a
full-width slash, a division or fraction slash)."""


def _section_alone_hint(entry: str, framework: Framework) -> str:
    """A section written without its challenge (`maps_to: plan`): the targets it may have meant."""
    written = caseless(entry.strip())
    section = next((s for s in framework.sections if written in (caseless(s.id), caseless(s.label))), None)
    targets = [f'"{c.id}/{section.id}"' for c in framework.challenges if section and c.section(section.id)]
    if not targets:
        return ""
    return f'; "{entry}" is a section: write it after its challenge, such as ' + " or ".join(targets[:3])


def _a(name: str) -> str:
    """A thing's name after "a" or "an" ("an ideographic space")."""
    return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


def _using_the_section_hint(parts: list[str], framework: Framework) -> str:
    """For `challenge/section` of an unknown challenge, the challenges that use the section, where some do not (a
    year-two review: a challenge split in two, the closest by its name was the one without the section)."""
    if len(parts) != 2:
        return ""
    using = [c.id for c in framework.challenges if c.section(parts[1])]
    if not using or len(using) == len(framework.challenges):
        return ""
    return suggest("/".join(parts), [f"{challenge}/{parts[1]}" for challenge in using], "challenge sections")


def _used_by(section: str, framework: Framework) -> str:
    """The challenges that use a section, for a message about another that does not."""
    using = [c.id for c in framework.challenges if c.section(section)]
    return f'; "{section}" is a section of {", ".join(using)}' if using else ""


def _challenge_hint(name: str, framework: Framework) -> str:
    """The challenge an unknown one was meant to be, by its id or its title ('did you mean "partnerships"?')."""
    titles = {c.id: c.title for c in framework.challenges}
    return suggest(name, titles, "challenges", titles)


def _left_out_because(src_uri: str) -> str:
    """Why MkDocs leaves out a file under evidence/ (scan's Tree.skipped), so that no build reads it, and how to
    put it back."""
    if posixpath.basename(src_uri) in COMPANION_FILES:  # (a hostile review: `attachments: [.pages]`)
        return (
            "it holds the settings another MkDocs plugin reads from its folder (awesome-pages' .pages, the meta "
            "plugin's .meta.yml, the blog's .authors.yml), which no site publishes; attach a document of its own"
        )
    if any(part.startswith(".") for part in src_uri.split("/")):
        return (
            'its name, or the name of a folder it is in, starts with ".", so MkDocs leaves it out of the site and the '
            'portfolio cannot read it; rename it without the "."'
        )
    if SYSTEM_FILES.fullmatch(posixpath.basename(src_uri)):  # `~$report.docx`: Word's lock file, beside the document
        return (
            "it is a file the system or an office program leaves beside the files one works on (Word's lock file, "
            "~$report.docx, while a document is open), which no site publishes; name the document itself"
        )
    if src_uri.startswith("templates/"):
        return (
            "it is in the templates/ folder at the top of evidence/, which MkDocs leaves out of the site, so the "
            "portfolio cannot read it; move it to the item's folder"
        )
    return (
        "mkdocs.yml's exclude_docs or draft_docs matches it, so MkDocs leaves it out of the site and the portfolio "
        "cannot read it; change the pattern in mkdocs.yml so that it does not match the file"
    )


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
        left_out: frozenset[str] = frozenset(),
    ) -> None:
        self.src_uri = src_uri
        self.path = path
        # A key that is missing is a problem of the whole front matter: reported at its opening line, 1.
        self.fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems, absent_line=1)
        self.framework = framework
        self.existing = existing
        self.links_out = links_out
        self.left_out = left_out
        """The files under evidence/ that MkDocs leaves out (scan's Tree.skipped), which no build reads."""
        self.problems = problems
        self.challenge: Challenge | None = None
        self.entry_lines: dict[str, int] = {}
        self.empty_entry_lines: dict[str, int] = {}
        self.attachment_paths: dict[str, str] = {}

    def _hints(self, type_id: str | None) -> Mapping[str, str]:
        """The hints for keys this item does not read: those other types read, and, on an item with ratings, the
        framework's sections, which belong under `ratings:` (a section's rating written without its indent)."""
        hints = _read_by_other_types(type_id)
        item_type = ITEM_TYPES.get(type_id or "")
        if self.framework is None or item_type is None or RATINGS.key not in item_type.keys:
            return hints
        scale = self.framework.rating_scale
        level = scale[len(scale) // 2].id if scale else "good"

        def written(section: str) -> str:
            """The level written beside the section, as the hint repeats it (a staff review: the hint's own level,
            "good", was copied over "very good"), where it may be one (a word or three, not a sentence: a review of
            the change), else one of the scale's."""
            value = self.fields.data.get(section)
            said = value.strip() if isinstance(value, str) else ""
            return said if said and len(said.split()) <= 3 and "\n" not in said else level

        under = {
            section.id: f'; "{section.id}" is a section: to rate it, indent it under "{RATINGS.key}:" with two spaces '
            f'("  {section.id}: {written(section.id)}")'
            for section in self.framework.sections
        }
        return {**hints, **under}

    def read(self) -> Item | None:
        fields = self.fields
        type_id = fields.choice("type", ITEM_TYPES, code="unknown-type")
        if fields.data.get("type") is None:
            fields.error("type", f'"type" is empty; give one of {", ".join(ITEM_TYPES)}', "empty-value")
        item_type = ITEM_TYPES.get(type_id or "")
        known = item_type.keys if item_type else tuple(dict.fromkeys(k for t in ITEM_TYPES.values() for k in t.keys))
        if item_type and item_type.rates_challenge and "challenge" not in fields.data and "maps_to" in fields.data:
            known = (*known, "maps_to")  # written for "challenge": one error says so (challenge_id), not two
        fields.unknown_keys((*known, *PAGE_KEYS), "front matter", self._hints(type_id))
        if item_type is None:  # still report what can be told without a type
            for field in (*COMMON, MAPS_TO):
                if field.key != TYPE.key and (field.key in fields.data or (field.required and field is not MAPS_TO)):
                    self.read_field(field)
            return None
        values = {field.key: self.read_field(field) for field in item_type.fields if field.key != TYPE.key}
        return self.build(item_type, values)

    def build(self, item_type: ItemType, values: dict[str, Value]) -> Item:
        title, date, visibility = values.get("title"), values.get("date"), values.get("visibility")
        return Item(
            id=item_id(self.src_uri),
            src_uri=self.src_uri,
            path=self.path,
            type=item_type.id,
            title=title if isinstance(title, str) else "",
            date=date if isinstance(date, datetime.date) else None,
            visibility=as_audience(visibility) or WIDEST,
            maps_to=_targets(values.get("maps_to")),
            summary=_text(values.get("summary")),
            partners=_texts(values.get("partners")),
            tags=_texts(values.get("tags")),
            authors=_texts(values.get("authors")),
            attachments=MappingProxyType(self.attachment_paths),
            values=MappingProxyType({k: v for k, v in values.items() if k not in ITEM_ATTRIBUTES}),
            lines=MappingProxyType(self.fields.lines()),
            entry_lines=MappingProxyType(self.entry_lines),
            empty_entry_lines=MappingProxyType(self.empty_entry_lines),
        )

    def read_field(self, field: Field) -> Value:
        fields = self.fields
        what = field.help
        if field.kind == "text":
            text = fields.text(field.key, required=field.required, what=what)
            if text in field.template_values:
                self.check_template(field, [(text, fields.line(field.key))])
            return text
        if field.kind == "texts":
            written = fields.data.get(field.key)
            # Names (partners, tags, authors) are separated by commas; an assessor's strengths and improvements are
            # sentences, which hold commas and semicolons of their own (a careless contributor's review: a
            # paragraph was told to be split at its commas, and failed a strict build as a one-entry list)
            named = field.key in NOUNS
            if isinstance(written, str) and written[:1] == "-" and written[1:2].isspace() and written[1] != " ":
                # "-\u00a0workforce" lines: YAML read one text of all of them, dashes and all (a fuzz run)
                fields.error(
                    field.key,
                    f'"{field.key}" is one text, "{written.strip()}": its lines start with a dash and a space that is '
                    f"not the space bar's ({_a(unicodedata.name(written[1], 'space').lower())}, as a word processor "
                    'writes one), which YAML reads as text, not as a list\'s entries; type the space after each "-" '
                    "again, on the keyboard",
                    "odd-space",
                )
                return ()
            if named and isinstance(written, str) and written[:2] == "- " and written[2:].strip():
                # `tags: "- health"`, quoted as the YAML error of `tags: - health` said to (an outside review)
                fields.error(
                    field.key,
                    f'"{field.key}" is "{written}", which starts with a dash, no part of a name: '
                    + _without_the_dash(field.key, written),
                    "comma-list",
                )
                return ()
            if named and isinstance(written, str) and written[:1] == "-" and written[1:2].strip():
                # "  -Age UK" lines: YAML read one text of all of them, dashes and all (a careless contributor's
                # review); not an assessor's sentence, which may well start so ("-ve feedback...")
                listed = ", ".join(part.lstrip("-").strip() for part in re.split(r"\s+(?=-\S)", written.strip()))
                fields.error(
                    field.key,
                    f'"{field.key}" is one text, "{written.strip()}", which starts with a dash but no space after it, '
                    "which YAML reads as text, not as a list's entries; write the list in brackets, such as "
                    f'{field.key}: [{listed}], or each entry on a line of its own starting with "- ", a dash and a '
                    "space",
                    "comma-list",
                )
                return ()
            if named and isinstance(written, str) and field.key in fields.data.folded:
                # `partners: Council` over `  - NHS Trust`: one partner, "Council - NHS Trust" (a fuzz of malformed
                # input), as maps_to's entries run together are told
                listed = ", ".join(part.strip() for part in written.split(" - ") if part.strip())
                fields.error(
                    field.key,
                    f'"{field.key}" is one {NOUNS.get(field.key, "entry")}, "{written.strip()}": the lines below it '
                    f'start with "- ", but "{field.key}:" has a value on its own line, so YAML reads them as more of '
                    f"that text; write the list in brackets, {field.key}: [{listed}], or each entry on a line of its "
                    f'own below "{field.key}:", starting with "- "',
                    "comma-list",
                )
                return ()
            if named and isinstance(written, str) and "," in written and not fields.bracketed(written):
                # Pasted from a document: "Age UK, NHS Trust" reads as one partner, which is rarely what was meant.
                noun = NOUNS.get(field.key, "entry")
                parts = [name.strip() for name in written.split(",") if name.strip()]
                # tags as the guide writes them (older-adults, not Older Adults)
                names = ", ".join(slug(name, name) for name in parts) if field.key == "tags" else ", ".join(parts)
                if _SENTENCE.search(written.strip()):  # "We worked with Age UK and ..., who were great." (a review)
                    example = "[older-adults, walking]" if field.key == "tags" else "[Age UK, Ashby NHS Trust]"
                    fields.error(
                        field.key,
                        f'"{field.key}" is a sentence, "{written.strip()}", which the site would show as the name of '
                        f"one {noun}; write the names alone, in a list in brackets, such as {field.key}: {example}, "
                        "and the sentence in the page's text",
                        "comma-list",
                    )
                    return ()
                fields.error(
                    field.key,
                    f'"{field.key}" is one {noun}, "{written.strip()}", written with commas; for several, write a '
                    f"list in brackets: {field.key}: [{names}]; for one that holds a comma, a list of it alone, in "
                    f'quotes: {field.key}: ["{written.strip()}"]',
                    "comma-list",
                )
            if isinstance(written, str) and _NUMBERED.match(written.strip()) and _NUMBERED_AFTER.search(written):
                # "1. Age UK" and "2. NHS Trust" on lines of their own: YAML reads one text of them (a careless review)
                fields.error(
                    field.key,
                    f'"{field.key}" is one {NOUNS.get(field.key, "entry")}, "{written.strip()}", written as a numbered '
                    'list, which YAML reads as one text; for several, start each on a line of its own with "- ", a '
                    "dash and a space, in place of its number",
                    "comma-list",
                )
            if isinstance(written, str) and BULLETED_TEXT.match(written.strip()):
                # `strengths: |` and lines starting "• ", or "• A • B" (an assessor's review: shown as one entry)
                first, *more = written.strip().splitlines()
                fields.error(
                    field.key,
                    f'"{field.key}" is one {NOUNS.get(field.key, "entry")}, "{first}{" ..." if more else ""}", '
                    "written as a list with a word processor's bullets, which YAML reads as one text; for several, "
                    'start each on a line of its own with "- ", a dash and a space, in place of its bullet',
                    "comma-list",
                )
            entries = fields.text_list(field.key, names=named)
            broken = [(text, line) for text, line in entries if named and ("\n" in text or "\r" in text)]
            for text, line in broken:  # a heading of its own on the partners page, its id lost (a hostile review)
                first = text.splitlines()[0].strip()
                fields.problems.add(
                    "wrong-kind",
                    fields.path,
                    line,
                    f'an entry of "{field.key}" holds a line break ("{first}" and more); a {NOUNS[field.key]} is '
                    "one line of text: write it on one line",
                )
            if broken:
                return ()
            if named and len(entries) == 1 and entries[0][0].lower().strip(".") in _NONE_WRITTEN:
                fields.problems.add(
                    "empty-value",
                    fields.path,
                    entries[0][1],
                    f'"{field.key}" is "{entries[0][0]}", which is no {NOUNS[field.key]}: it would be listed as one '
                    f'named "{entries[0][0]}"; where there is none, delete the line',
                )
                return ()
            for text, line in entries if named and not (isinstance(written, str) and "," in written) else ():
                # as a spreadsheet separates them (a careless contributor's review); not "&amp;"
                if ";" in text and len(_semicolon_parts(text)) > 1:
                    noun = NOUNS.get(field.key, "entry")
                    # the whole list to write, every entry kept (a review: the others were left out)
                    separated = ", ".join(name for entry, _ in entries for name in _semicolon_parts(entry))
                    fields.problems.add(
                        "comma-list",
                        fields.path,
                        line,
                        f'"{text}" is one {noun} of "{field.key}", written with semicolons; for several, separate '
                        f"them with commas, in brackets: {field.key}: [{separated}]",
                    )
            for text, line in entries if not named else ():
                # an assessor's sentence, shown as plain text (an assessor's review: a link's marks in the PDF)
                marks = _MARKDOWN_MARKS.search(text)
                if marks is not None:
                    kind = next(name for name, found in marks.groupdict().items() if found is not None)
                    fields.problems.add(
                        "shown-as-typed",
                        fields.path,
                        line,
                        # (not quoted: a link's address may name a withheld file, which no build's problems name)
                        f'this entry of "{field.key}" holds Markdown ({kind.replace("_", " ")}), which the pages show '
                        "as typed, marks and all; write it as plain text, and give "
                        + ("a link" if kind == "a_link" else "it")
                        + " in the report's own text below its front matter",
                    )
            if field.template_values:
                self.check_template(field, entries)
            return tuple(dict.fromkeys(text for text, _ in entries))
        if field.kind == "date":
            return fields.date(field.key, required=field.required, what=what)
        if field.kind == "choice":
            if field.required and not fields.require(field.key, what):
                return None
            return fields.choice(field.key, field.choice_ids(), field.default, said_as=field.said_as)
        if field.kind == "targets":
            return self.targets(field)
        if field.kind == "challenge":
            return self.challenge_id(field)
        if field.kind == "ratings":
            return self.ratings(field)
        if field.kind == "level":
            return self.level(fields.data.get(field.key), fields.line(field.key), field.key)
        if field.kind == "measures":
            return self.measures(field)
        self.attachment_paths = self.attachments(field)
        return tuple(self.attachment_paths)

    def check_template(self, field: Field, entries: list[tuple[str, int]]) -> None:
        """A value kept from CONTRIBUTING's template ("Write a short, clear title here", "Name of partner")."""
        for entry, line in entries:
            if entry in field.template_values:
                self.problems.add(
                    "template-text",
                    self.path,
                    line,
                    f'"{field.key}" still holds the template\'s "{entry}"; write {field.help} instead'
                    + ("" if field.required else ", or delete the line"),
                )

    def attachments(self, field: Field) -> dict[str, str]:
        """Each attachment as written (with "/") -> its path under evidence/; a file named twice (`a.pdf` and
        `./a.pdf`), once, as maps_to takes a section once."""
        found: dict[str, str] = {}
        for name, line in self.fields.text_list(field.key, names=True):
            beside = posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), name))
            if name in field.template_values and beside not in self.existing:  # the template's files/the-document.pdf
                self.check_template(field, [(name, line)])  # (a careless contributor's review: "does not exist")
                continue
            resolved = self.file_beside(name, line, "attachment", "missing-attachment")
            written = name.replace("\\", "/")
            if resolved is not None and resolved not in found.values():
                found[written] = resolved
                self.entry_lines[f"{field.key}.{written}"] = line  # the line to name a file at (link_checks)
        return found

    def file_beside(self, name: str, line: int, noun: str, missing: str) -> str | None:
        """The path under evidence/ of a file named relative to the item (an attachment, a survey file); None, with a
        problem, when it is outside evidence/, missing, or a page."""
        written = name.replace("\\", "/")
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), written))
        # a scheme (file:, https:) or a drive (C:/) at its start; a colon further on is part of a name
        elsewhere = bool(URL_SCHEME.match(name)) or name.startswith(("/", "\\"))
        outside = elsewhere or resolved == ".." or resolved.startswith("../")
        if name.lower().startswith(("http://", "https://")):
            self.problems.add(
                "outside-evidence",
                self.path,
                line,
                f'{noun} "{name}" is a web address, not a file; link to it in the text instead (such as '
                f"[the report]({name})), or save the file beside this item and name it here",
            )
        elif outside or resolved in self.links_out:
            meant = self._meant(written.lstrip("/")) if name.startswith(("/", "\\")) else None
            here = posixpath.dirname(self.src_uri) or "."
            self.problems.add(
                "outside-evidence",
                self.path,
                line,
                f'{noun} "{name}" is outside evidence/; '
                + (
                    f'did you mean "{posixpath.relpath(meant, here)}"? A path is written from this item\'s folder'
                    if meant
                    else f"put the file in {posixpath.dirname(self.path) or '.'}/, beside this item, and give its path "
                    "relative to it"
                ),
                also=[self._docs + meant] if meant else [],
            )
        elif resolved in self.left_out:
            self.problems.add(missing, self.path, line, f'{noun} "{name}" is there, but {_left_out_because(resolved)}')
        elif written.endswith("/") and f"{resolved}.md" in self.existing:  # a page's address on the site
            self.problems.add(
                missing,
                self.path,
                line,
                f'{noun} "{name}" is the address of the page evidence/{resolved}.md, not a file; '
                + ("link to it in the text instead" if noun == "attachment" else "give the survey's CSV file"),
            )
        elif resolved not in self.existing:
            folder = (
                resolved == "."
                or written.endswith("/")
                or any(path.startswith(resolved + "/") for path in self.existing)
            )
            other_case = next((path for path in sorted(self.existing) if path.lower() == resolved.lower()), None)
            other_form = None if other_case else written_alike(resolved, self.existing)
            bare = without_accents(resolved.lower())
            other_accents = (
                None
                if other_case or other_form
                else next((path for path in sorted(self.existing) if without_accents(path.lower()) == bare), None)
            )
            file, mark, after = written.partition("#") if "#" in written else written.partition("?")
            cut = posixpath.normpath(posixpath.join(posixpath.dirname(self.src_uri), file)) if mark else None
            named_otherwise = other_case or other_form or other_accents
            listed = "," in name and all(part.strip() for part in name.split(","))  # several files as one text
            meant = (
                None
                if folder or named_otherwise or cut in self.existing or listed
                else self._meant(written) or near_name(resolved, self.existing)
            )
            here = posixpath.dirname(self.src_uri) or "."
            self.problems.add(
                missing,
                self.path,
                line,
                f'{noun} "{name}" is a folder (evidence/{resolved}/), not a file; name each file in it you mean'
                if folder
                else f'{noun} "{name}" does not exist (looked for evidence/{resolved}); '
                + (
                    f"evidence/{other_case} differs only in capitals, which must match exactly; write its name as it is"
                    if other_case
                    else f"evidence/{other_form} {ALIKE}"
                    if other_form
                    else f"evidence/{other_accents} differs only in its accents"
                    + ("" if without_accents(other_accents) == without_accents(resolved) else " and capitals")
                    + ", which must match exactly; write its name as it is"
                    if other_accents
                    else f'{noun}s name a file alone: write "{file}", without "{mark}{after}" (a link in the text may '
                    "keep it)"
                    if cut in self.existing
                    else f'did you mean "{posixpath.relpath(meant, here)}"? A path is written from this item\'s folder'
                    if meant
                    else f"to name several files, write a list: [{', '.join(part.strip() for part in name.split(','))}]"
                    if listed
                    else "add the file or fix the path"
                ),
                also=[self._docs + named for named in (meant, other_case, other_form, other_accents) if named],
            )
        elif is_markdown(resolved):
            instead = "link to it in the text instead" if noun == "attachment" else "give the survey's CSV file"
            self.problems.add(
                missing, self.path, line, f'{noun} "{name}" is a page of the portfolio, not a file; {instead}'
            )
        else:
            return resolved
        return None

    @property
    def _docs(self) -> str:
        """The folder of pages as problems name it ("evidence/"): the item's path without its path under it."""
        return self.path[: len(self.path) - len(self.src_uri)]

    def _meant(self, written: str) -> str | None:
        """The file of evidence/ a path naming none most likely means (an outside review): written from the
        project's folder (evidence/files/a.pdf), with %20 for its spaces, or the only file of that name, in whatever
        folder (files/a.pdf for a file in the folder above, a careless-user review)."""
        here = posixpath.dirname(self.src_uri)
        candidates = [written.removeprefix(self._docs), posixpath.normpath(posixpath.join(here, unquote(written)))]
        found = next((path for path in candidates if path in self.existing), None)
        name = written.strip("/").rsplit("/", 1)[-1]
        if found is None and name:
            named = [path for path in self.existing if path.rsplit("/", 1)[-1] == name]
            found = named[0] if len(named) == 1 else None
        return found

    def measures(self, field: Field) -> tuple[Measure, ...]:
        """Each entry of `measures`, checked against its metric's kind; entries with problems are left out."""
        value = self.fields.data.get(field.key)
        if value is None:
            return ()
        if not isinstance(value, LineList):
            self.fields.error(
                field.key,
                f'"{field.key}" must be a list of entries (lines starting with "- "), each with "metric:", not '
                f"{kind_of(value)}",
            )
            return ()
        found: list[Measure] = []
        for index, entry in enumerate(value):
            line = value.line_at(index) + FRONT_MATTER_OFFSET
            if not isinstance(entry, LineMap):
                self.problems.add(
                    "wrong-kind",
                    self.path,
                    line,
                    f'each entry of "{field.key}" must be key: value lines such as "metric: partner-nps", not '
                    f"{kind_of(entry)}",
                )
                continue
            measure = _MeasureReader(self, entry, line).read()
            if measure is not None:
                found.append(measure)
        return tuple(found)

    def _targets_help(self, field: Field) -> str:
        """What maps_to takes, as a message gives it: with the framework's own first section as its example."""
        return f'{field.help}, such as "{self.framework.example_target if self.framework else field.example}"'

    def targets(self, field: Field) -> tuple[Target, ...]:
        fields = self.fields
        if field.required and not fields.present(field.key):
            fields.require(field.key, self._targets_help(field))
            return ()
        entries = fields.text_list(field.key, names=True)
        value = fields.data.get(field.key)
        if not entries and (isinstance(value, str) or (isinstance(value, list) and not value)):
            fields.error(field.key, f'"{field.key}" is empty; give {self._targets_help(field)}', "empty-value")
        targets: list[Target] = []
        told: set[tuple[int, str]] = set()  # an unknown challenge, said once a line (`[comm/do, comm]` was said twice)
        for entry, line in entries:
            target = parse_target(entry, self.framework)
            if isinstance(target, tuple):
                if target[0] == "unknown-challenge":
                    unknown = (line, entry.split("/")[0].strip())
                    if unknown in told:
                        continue
                    told.add(unknown)
                self.problems.add(target[0], self.path, line, target[1])
            elif target not in targets:
                targets.append(target)
        return tuple(targets)

    def challenge_id(self, field: Field) -> str | None:
        fields = self.fields
        mapped = fields.data.get("maps_to")
        if field.required and field.key not in fields.data and mapped:  # the line the others start with, copied
            first = str(mapped[0] if isinstance(mapped, list) else mapped).split("/")[0].split(",")[0].strip()
            fields.error(
                "maps_to",
                f'missing required key "{field.key}": an item of this type is about one challenge, named by '
                f'"{field.key}:", not "maps_to:"; write {field.key}: {first} in place of this line',
                "missing-key",
            )
            return None
        name = fields.text(field.key, required=field.required, what=field.help)
        if name is None or self.framework is None:
            return name
        self.challenge = self.framework.challenge(name)
        if self.challenge is None:
            hint = _challenge_hint(name, self.framework)
            fields.error(field.key, f'unknown challenge "{name}"{hint}', "unknown-challenge")
        return name

    def ratings(self, field: Field) -> Mapping[str, Level]:
        """Section -> level (a rating, or a target), for the sections of the challenge read before (unknown sections
        reported). Of an unknown challenge, each is still checked against the framework's sections and rating scale,
        so that one run names every mistake of the file."""
        fields, challenge, framework = self.fields, self.challenge, self.framework
        value = fields.data.get(field.key)
        if value is None or framework is None:
            return MappingProxyType({})
        if not isinstance(value, LineMap):
            fields.error(
                field.key, f'"{field.key}" must be section: rating lines (such as "plan: good"), not {kind_of(value)}'
            )
            return MappingProxyType({})
        report_duplicates(value, self.path, FRONT_MATTER_OFFSET, self.problems)
        sections = challenge.sections if challenge else framework.sections
        section_ids = [s.id for s in sections]
        entry = field.label.lower().removesuffix("s")  # "rating", "target"
        found: dict[str, Level] = {}
        for key, rating in value.items():
            line = value.line_of(key) + FRONT_MATTER_OFFSET
            if rating is not None:  # written, if wrongly (reported below): the item rates something
                self.entry_lines[f"{field.key}.{key}"] = line
            else:
                self.empty_entry_lines[f"{field.key}.{key}"] = line
            own = str(key).lower() in every_field() and str(key).lower() not in {s.id.lower() for s in sections}
            if own and str(key) not in {s.id for s in framework.sections}:
                # `overall: good` indented as the ratings above it (the indent carried on, on a phone): a key of its
                # own, not a section (a careless contributor's review, told of no section "overall"), in any capitals
                again = fields.data.line_of(key) + FRONT_MATTER_OFFSET if key in fields.data else None
                self.problems.add(
                    "unknown-section",
                    self.path,
                    line,
                    f'"{key}" is indented under "{field.key}", as if it were a section; it is a key of its own: write '
                    "it at the start of its line, with no spaces before it"
                    + (f', in small letters ("{str(key).lower()}")' if str(key) != str(key).lower() else "")
                    + (f" (it is given on line {again} too: keep one of them)" if again else ""),
                )
                continue
            if str(key) not in section_ids:
                whose = f' of challenge "{challenge.id}"' if challenge else ""
                left_out = challenge is not None and str(key) in {s.id for s in framework.sections}
                self.problems.add(
                    "unknown-section",
                    self.path,
                    line,
                    f'challenge "{challenge.id}" does not use the section "{key}" ({field.key}); its sections are '
                    f"{', '.join(section_ids)}; delete this line: the framework does not give this challenge that "
                    "section (only some challenges have it), so no page can show it (if it did before, the file's "
                    "history in git keeps the rating)"
                    if challenge is not None and left_out
                    else f'unknown section "{key}"{whose} in {field.key}{self._unknown_section_hint(key, sections)}',
                )
                continue
            level = self.level(rating, line, f'{entry} of "{key}"', unrated=field.key == RATINGS.key, section=str(key))
            if level:
                found[str(key)] = level
        return MappingProxyType({s: found[s] for s in section_ids if s in found})

    @staticmethod
    def _unknown_section_hint(key: object, sections: Sequence[Section | ChallengeSection]) -> str:
        """The section meant, or, where none is close, the sections there are and the fix for a section taken out of
        the framework (a staff walkthrough: a rating of a deleted section was moved onto another, given twice)."""
        hint = suggest(key, [s.id for s in sections], "sections", {s.id: s.label for s in sections}, "label")
        if hint.startswith("; valid "):
            hint += "; if the framework no longer has this section, delete this line"
        return hint

    def level(self, value: Any, line: int, what: str, unrated: bool = False, section: str = "") -> Level | None:
        """The level a rating names; None, said, for one it does not; None for a section's rating left unrated on
        purpose where `unrated` (`review: unrated`: not a target's, nor an overall rating, which would be a
        section's rating worked out: a review); `section`, the section rated, named in the hint for `plan: n/a`."""
        if value is None or self.framework is None:
            return None
        names = [lv.id for lv in self.framework.rating_scale]
        if isinstance(value, (list, dict)):
            self.problems.add(
                "wrong-kind", self.path, line, f"{what} must be one rating ({', '.join(names)}), not {kind_of(value)}"
            )
            return None
        # a whole number is the level of that id: a scale of "0" and "1" is rated `plan: 1`
        written = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
        level = self.framework.level(written) if isinstance(written, str) else None
        if level is None and not (unrated and left_unrated(written)):
            said = as_written(value)
            # `plan: n/a`, `do: TBC`: a section left unrated, told the one word that says so, not only the scale's
            # levels (a careless contributor's review)
            hint = (
                f"; to leave it unrated on purpose, write {section}: unrated; else rate it, one of "
                + ", ".join(lv.id for lv in self.framework.rating_scale)
                if unrated and section and " ".join(str(said).lower().split()) in _NONE_WRITTEN
                else rating_hint(self.framework, said)
            )
            self.problems.add("unknown-rating", self.path, line, f'unknown rating "{said}" as {what}{hint}')
        return level


def rating_hint(framework: Framework | None, value: object) -> str:
    """The level a rating starts with, where a note follows it ("good (was satisfactory)": a careless contributor's
    review was told to write the level of its note); else the level "V Good" or "v.good" abbreviates (told "good", one
    level down: a later review); else the closest name a rating may be written by (a level's id, or its label), or
    else the levels' ids; never a level whose name a qualifier goes before ("Very good" is not "good", one level
    down: a careless organisation's review; "Level 4" is 4). For a rating in a file and one `portfolio new` is given
    alike."""
    written = str(value).strip()
    noted = _NOTE.search(written)
    level = framework.level(written[: noted.start()].strip()) if noted and framework else None
    if level is not None:
        return f'; did you mean "{level.id}"? A note goes in the section\'s text, not after its rating'
    very = _VERY.sub("very ", written)
    scale = framework.rating_scale if framework else ()
    squeezed = _squeezed(very)  # ("Very good", "V Good" for very_good, verygood or Very-Good: a final review)
    level = next((lv for lv in scale if squeezed in (_squeezed(lv.id), _squeezed(lv.label))), None)
    if level is not None:
        return f'; did you mean "{level.id}"?'
    ids = [level.id for level in scale]
    words = " ".join(caseless(very).replace("-", " ").split())  # ("V Good" too)
    qualified = " " in words and words.split()[0] in _QUALIFIERS
    held = [
        level
        for level in scale
        if qualified and any(f" {caseless(name)} " in f" {words} " for name in (level.id, level.label))
    ]
    if held:  # "Very good" on a scale with no such level: "good" is another level, one below what was meant
        return (
            f'; "{written}" is not on this framework\'s scale, and "{held[0].label}"'
            + (f" ({held[0].id})" if caseless(held[0].label) != caseless(held[0].id) else "")
            + f" is another level: write one of {', '.join(ids)}"
        )
    close = suggest(
        value, ids + [level.label for level in scale if caseless(level.label) != caseless(level.id)], short=True
    )
    return close if close.startswith("; did you mean") else suggest(value, ids, "ratings")


_QUALIFIERS = frozenset(
    {
        *("very", "really", "quite", "fairly", "pretty", "extremely", "highly", "mostly", "partly", "partially"),
        *("almost", "nearly", "reasonably", "less", "more", "fully", "largely", "broadly", "somewhat", "so"),
    }
)
"""Words written before a level's name that make another level of it ("Very good" is not "good")."""


def _squeezed(name: str) -> str:
    """A rating or a level's name without case, spaces, hyphens or underscores: "Very good" is very_good's."""
    return "".join(character for character in caseless(name) if character.isalnum())


_VERY = lazy_pattern(r"^v(?:\.\s*|\s+)(?=\w)", re.IGNORECASE)
""""Very" shortened before a level's name ("V Good", "v.good")."""
_NOTE = lazy_pattern(r"[(\[]|\s[-\u2013\u2014]\s|[,;:]\s")
"""Where a note starts after a rating's first words: in brackets, or after a dash, a comma, a semicolon or a colon.
(One pattern read the words, the spaces around them and the note: a rating of 5,000 spaces and a letter took 512 s,
a scan of every pattern.)"""


@functools.cache
def _read_by_other_types(type_id: str | None) -> Mapping[str, str]:
    """The keys only other types than `type_id` read, each with those types ("improvement actions"); the same for
    every item of a type."""
    item_type = ITEM_TYPES.get(type_id or "")
    if item_type is None:
        return {}
    readers: dict[str, list[str]] = {}
    for other in ITEM_TYPES.values():
        for key in other.keys:
            if key not in item_type.keys:
                readers.setdefault(key, []).append(other.plural_label.lower())
    return MappingProxyType(
        {
            key: f'; "{key}" is read on {" and ".join(labels)} only: delete the line, or, if this item is one, change '
            'its "type"'
            for key, labels in readers.items()
        }
    )


class _MeasureReader:
    """One entry of an item's `measures`, each problem at its line."""

    def __init__(self, item: ItemReader, entry: LineMap, line: int) -> None:
        self.item = item
        self.line = line
        self.fields = FieldReader(entry, item.path, FRONT_MATTER_OFFSET, item.problems, absent_line=line)
        self.ok = True

    def add(self, code: str, line: int, message: str) -> None:
        self.item.problems.add(code, self.item.path, line, message)
        self.ok = False

    def read(self) -> Measure | None:
        fields = self.fields
        before = len(self.item.problems.errors)
        fields.unknown_keys(MEASURE_KEYS, "a measure")
        name = fields.text("metric")
        if name is None:
            if len(self.item.problems.errors) == before:  # absent or blank (a value of the wrong kind is reported)
                self.add(
                    "bad-measure",
                    fields.line("metric"),
                    'this measure names no metric; add a line "metric: ..." with the id of a metric of framework.yml',
                )
            return None
        framework = self.item.framework
        metric = framework.metric(name) if framework else None
        if framework is not None and metric is None:
            ids = [m.id for m in framework.metrics]
            hint = suggest(name, ids, "metrics") or '; framework.yml defines no metrics (add them under "metrics:")'
            self.add("unknown-metric", fields.line("metric"), f'unknown metric "{name}" in measures{hint}')
        data = fields.text("data") if "data" in fields.data else None
        written = fields.data.get("column")
        numbered = isinstance(written, int) and not isinstance(written, bool)  # `column: 2`: the second, meant
        if numbered:
            self.add(
                "bad-measure",
                fields.line("column"),
                f'"column" is {written}, but a column is named by its header (the text in the survey\'s first row), '
                "not by its number; write that header, in quotes if it holds a colon",
            )
        column = fields.text("column") if "column" in fields.data and not numbered else None
        if metric is not None and not metric.reads_answers:
            for key in ("data", "column", "n"):
                if key in fields.data:
                    self.add(
                        "nps-only",
                        fields.line(key),
                        f'"{key}" is read only for NPS metrics: "{metric.id}" is {KIND_NAMES[metric.kind]}, which '
                        'takes "value" alone',
                    )
            value = self.value(metric)
            return self.measure(name, before, value=value)
        data_path = self.item.file_beside(data, fields.line("data"), "survey file", "missing-data") if data else None
        if metric is None:
            return None
        what = f'measure of "{metric.id}" ({KIND_NAMES[metric.kind]})'
        if data is not None:
            for key in ("value", "n"):
                if key in fields.data:
                    self.add(
                        "bad-measure",
                        fields.line(key),
                        f'{what} gives both "data" and "{key}"; give either "data" and "column" (the survey\'s '
                        'answers) or "value" and "n"',
                    )
            if column is None and isinstance(fields.data.get("column"), (str, type(None))):  # else reported
                self.add(
                    "bad-measure",
                    fields.line("column"),
                    f'{what} has "data" but no "column"; add "column: ..." with the header of the survey\'s column of '
                    "0-10 answers",
                )
            return self.measure(name, before, data=data, data_path=data_path, column=column)
        if "column" in fields.data:
            self.add(
                "bad-measure", fields.line("column"), f'{what} has "column" but no "data" (the survey file it is in)'
            )
        if "value" not in fields.data and "n" not in fields.data:
            self.add(
                "bad-measure",
                self.line,
                f'{what} needs "data" and "column" (a survey file and the column of its 0-10 answers), or "value" '
                'and "n"',
            )
            return None
        value = self.value(metric)
        n = self.count_of_answers(what)
        return self.measure(name, before, value=value, n=n)

    def measure(self, name: str, before: int, **values: Any) -> Measure | None:
        if not self.ok or len(self.item.problems.errors) > before:
            return None
        fields = self.fields
        return Measure(name, self.line, column_line=fields.line("column"), **values)

    def value(self, metric: Metric) -> int | float | None:
        """`value` (required): a finite number within the bounds of the metric's kind (a count: a whole number)."""
        fields = self.fields
        value = fields.data.get("value")
        low, high = METRIC_BOUNDS[metric.kind]
        if metric.kind == "count":
            wanted = "a whole number, 0 or more (a count)"
        elif high is not None and low is not None:
            wanted = f"a number from {low:g} to {high:g} ({KIND_NAMES[metric.kind]})"
        else:
            wanted = "a number"
        if value is None:
            example = {"nps": "31.3", "count": "1240", "percent": "85", "number": "3.7"}[metric.kind]
            self.add(
                "bad-measure",
                fields.line("value"),
                f'measure of "{metric.id}" ({KIND_NAMES[metric.kind]}) needs "value", such as "value: {example}"',
            )
            return None
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        whole = isinstance(value, int) or metric.kind != "count"
        if number and (isinstance(value, int) or math.isfinite(value)) and not within_charts(value):
            self.add(
                "bad-measure",
                fields.line("value"),
                f'"value" of "{metric.id}" is larger than a chart can show: at most {LARGEST_FIGURE:,}, either way',
            )
            return None
        inside = number and math.isfinite(value) and (low is None or value >= low) and (high is None or value <= high)
        if not (number and whole and inside):
            shown = number_shown(value)
            if number and inside and not whole and float(value).is_integer():  # 2950.0, as a spreadsheet saves it
                shown += f"; write it without its decimal point: value: {int(value)}"
            elif number and inside and not whole and value >= 1 and round(value * 1000, 6).is_integer():
                # 4.380, as some countries write 4,380 (a careless contributor's review)
                thousands = round(value * 1000)
                shown += (
                    "; a full stop between thousands, as some countries write them, reads as a decimal point: for "
                    f"{thousands:,}, write value: {thousands}"
                )
            elif isinstance(value, str) and _SPACED_THOUSANDS.fullmatch(value.strip()):
                shown += f"; write it without spaces: value: {re.sub(r'[^0-9]', '', value)}"
            elif isinstance(value, str) and (low is None or low < 0) and (minus := _TYPESET_MINUS.match(value.strip())):
                # "−12" as Excel and Word write it: it looks right (a careless contributor's review)
                written = value.strip()[minus.end() :].strip()
                shown += (
                    f'; it starts with "{minus[1]}" (U+{ord(minus[1]):04X}, as a word processor or a spreadsheet '
                    f'writes a minus), where "-" belongs: type it again'
                    + (f", value: -{written}" if _PLAIN_NUMBER.fullmatch(written) else "")
                )
            self.add("bad-measure", fields.line("value"), f'"value" of "{metric.id}" must be {wanted}, not {shown}')
            return None
        if metric.kind == "percent" and 0 < value < 1 and metric.target is not None and metric.target >= 1:
            self.add(  # 0.49 from a spreadsheet's cell formatted as a percentage (a careless contributor's review)
                "percent-fraction",
                fields.line("value"),
                f'"value" of "{metric.id}" ({KIND_NAMES[metric.kind]}) is {value:g}, which reads as {value:g}%, '
                f"where its target is {metric.target:g}%: a share written as a fraction, as a spreadsheet keeps "
                f"one; write it as a percentage, value: {value * 100:g}",
            )
        return value  # type: ignore[no-any-return]

    def count_of_answers(self, what: str) -> int | None:
        """`n` of a given NPS: a whole number, 1 or more."""
        fields = self.fields
        value = fields.data.get("n")
        if value is None:
            self.add(
                "bad-measure",
                fields.line("n"),
                f'{what} gives "value" but no "n"; add "n: ..." with how many answers the score comes from',
            )
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            whole = isinstance(value, float) and value >= 1 and value.is_integer()  # 45.0, as a spreadsheet saves it
            self.add(
                "bad-measure",
                fields.line("n"),
                f'"n" must be a whole number, 1 or more (how many answers the score comes from), not '
                f"{number_shown(value)}" + (f"; write it without its decimal point: n: {int(value)}" if whole else ""),
            )
            return None
        return value


_TYPESET_MINUS = lazy_pattern(r"([\u2212\u2013\u2014\u2012\ufe63\uff0d])(?=[ \t]*[0-9.])")
"""A minus sign that is not the keyboard's hyphen (the minus sign, a dash) before a number."""
_PLAIN_NUMBER = lazy_pattern(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")
"""A number as YAML reads one, with no sign: what the message may write back after a hyphen."""


def _text(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def _texts(value: Value) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, tuple) else ()


def _targets(value: Value) -> tuple[Target, ...]:
    return tuple(v for v in value if isinstance(v, Target)) if isinstance(value, tuple) else ()


def _semicolon_parts(text: str) -> list[str]:
    """The names a text separates with semicolons (but those of an HTML reference, `&amp;`), without spaces."""
    parts, start = [], 0
    for found in _SEPARATOR.finditer(text):
        if found[0] == ";":
            parts.append(text[start : found.start()])
            start = found.end()
    return [part.strip() for part in [*parts, text[start:]] if part.strip()]
