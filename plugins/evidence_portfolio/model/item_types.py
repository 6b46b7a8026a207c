"""Every type of item, defined once: its keys (with their kinds, defaults and help), whether it supports sections
and can be stale, the body `portfolio new` writes, and the page that lists it.

Validation, `portfolio new`, `portfolio schema item`, evidence.csv, portfolio.json, the item panel and
CONTRIBUTING's templates are all derived from these definitions. Adding a type means adding one `ItemType` to
`ITEM_TYPES` (and, if it needs one, a template of its own).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Literal

from .lazy_patterns import lazy_pattern
from .vocabulary import ASSESSOR, AUDIENCES, default_visibility

FieldKind = Literal[
    "text", "texts", "date", "choice", "targets", "challenge", "ratings", "level", "attachments", "measures"
]
"""How a key is written and read:

- text: one line of text; texts: a list of texts (a single text is a one-item list);
- date: YYYY-MM-DD; choice: one of `choices`, compared without case;
- targets: "challenge/section" or "challenge" entries (maps_to);
- challenge: the id of a challenge; ratings: section -> rating of that challenge; level: one rating of the scale;
- attachments: paths of files beside the item, inside evidence/;
- measures: figures for the framework's metrics, each `metric` with `value` (and `n`), or with `data` (a survey CSV
  beside the item, inside evidence/) and `column` (docs/metrics.md).
"""


@dataclass(frozen=True)
class Choice:
    """One value a key of `choice` kind may take, with the label pages show for it, and other words people write
    for it (a message suggests the value for them)."""

    id: str
    label: str
    said_as: tuple[str, ...] = ()


@dataclass(frozen=True)
class Field:
    """One key of the front matter."""

    key: str
    kind: FieldKind
    label: str
    """Its name in the item panel and the docs."""
    help: str
    """What to write, completing "add a line ... with ..." (and the JSON Schema's description)."""
    required: bool = False
    default: str | None = None
    choices: tuple[Choice, ...] = ()
    example: str = ""
    """The value in CONTRIBUTING's template (a YAML value; for targets and ratings, the first entry)."""
    comment: str = ""
    """The hint after the key in templates (and after a choice `portfolio new` writes); a key `portfolio new`
    leaves empty gets its `help` as hint instead."""
    prompt: bool = False
    """`portfolio new` writes the key even when it has no value, so that the author sees it."""
    option: str = ""
    """The `portfolio new` option that sets it (default: --key)."""
    placeholder: str | None = None
    """What `portfolio new` writes when the value is required, not given and nobody is at a terminal to ask.
    For a date: a number of days after the item's date."""
    example_is_template: bool = False
    """Whether `example` is text to replace ("Write a short, clear title here", "[Name of partner]"), which an item
    that keeps it is warned of, rather than a real value."""

    @property
    def cli_option(self) -> str:
        return self.option or "--" + self.key.replace("_", "-")

    @property
    def repeatable(self) -> bool:
        return self.kind in ("texts", "targets", "attachments")

    @property
    def on_command_line(self) -> bool:
        """Whether `portfolio new` takes it as an option: not the measures, which are written in the file, under
        the key `portfolio new` leaves for them (ratings are, each SECTION=LEVEL: --rating plan=good)."""
        return self.kind != "measures"

    @property
    def proposed(self) -> str | None:
        """The choice `portfolio new` writes unless told: the template's (a self-assessment is for the assessor:
        accreditor), which is written in the file, else the default (what an item that leaves the key out gets)."""
        return self.example if self.example in self.choice_ids() else self.default

    @functools.cached_property
    def template_values(self) -> frozenset[str]:
        """The values of the template that an item must not keep: the example, or each entry of an example list; and
        what `portfolio new` writes for it, where it has none to write (an action's owner "to be agreed", which an
        outside review found never told)."""
        if not self.example_is_template:
            return frozenset()
        written = frozenset((self.placeholder,)) if self.placeholder and self.kind != "date" else frozenset()
        if self.example.startswith("[") and self.example.endswith("]"):
            return written | {entry.strip() for entry in self.example[1:-1].split(",")}
        return written | {self.example}

    def choice_ids(self) -> tuple[str, ...]:
        return tuple(choice.id for choice in self.choices)

    @functools.cached_property
    def said_as(self) -> Mapping[str, str]:
        """The other words people write for its choices, each with the choice it stands for (made once: a check
        reads each item's visibility with it)."""
        return MappingProxyType({word: choice.id for choice in self.choices for word in choice.said_as})

    def label_of(self, choice_id: str | None) -> str:
        return next((c.label for c in self.choices if c.id == choice_id), choice_id or "")


Listing = Literal["library", "case_studies", "celebrations", "actions", "challenge"]
"""The generated page where items of a type are listed (besides the library, which lists every item), by its role
(site/pages.GeneratedPage.role: the challenge's page for a self-assessment)."""


_RULE = lazy_pattern(r"\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?)?[ \t]*")
"""The row of dashes under a table's headings."""


@dataclass(frozen=True)
class ItemType:
    """One type of item."""

    id: str
    label: str
    purpose: str
    """What it is for, in the table of types."""
    fields: tuple[Field, ...]
    """Every key it reads, in the order templates and `portfolio new` write them."""
    skeleton: str
    """The body `portfolio new` writes (and CONTRIBUTING's template shows); the text is placeholder text."""
    listing: Listing
    supports: bool = False
    """Whether it supports the sections it maps to (counts towards coverage)."""
    can_be_stale: bool = False
    section_skeleton: str = ""
    """For types rating a challenge: written once per section of it, with {label} and {question}."""
    intro: str = ""
    """A paragraph above its template in CONTRIBUTING."""
    plural: str = ""
    """How a group of them is headed (in the PDF's appendix), when it is not the label with an "s"."""
    folder: str = ""
    """The folder under evidence/ where `portfolio new` puts it, as the contributor guide says; empty: the folder of
    the first section it supports."""
    placeholder_starts: tuple[str, ...] = ()
    """How a line that `portfolio new` writes for its author to replace starts, where the rest of it varies (the
    assessor's improvements carried forward into the next self-assessment: left in, it was printed to the assessor,
    a journey's review)."""

    @functools.cached_property
    def placeholder_lines(self) -> tuple[str, ...]:
        """The lines of placeholder text of its body skeleton (not its headings, quotes, or a table's heading row
        and rule: its sample rows are, as "| First step | Month year |", printed to the assessor: a journey's
        review): an item that still holds one is not finished."""
        lines = [line.strip() for line in self.skeleton.splitlines()]
        samples = [
            line
            for above, line in zip(["", *lines], lines, strict=False)
            if line.strip("| \t") and _RULE.fullmatch(above)
        ]
        return tuple(
            dict.fromkeys([*(line for line in lines if line and not line.startswith(("#", ">", "|"))), *samples])
        )

    @functools.cached_property
    def template_headings(self) -> frozenset[str]:
        """The headings its body skeleton writes (`## Context`; a section's own name aside)."""
        lines = (line.strip() for line in (*self.skeleton.splitlines(), *self.section_skeleton.splitlines()))
        return frozenset(line for line in lines if line.startswith("#") and "{" not in line)

    def placeholders_in(self, body: str) -> Iterator[tuple[str, int, int]]:
        """Each line of an item's body that is a line of its placeholder text, or starts as one does
        (placeholder_starts), not as code (indented): the line, its index (from 0) and where it starts in the body."""
        placeholders, starts = self.placeholder_lines, self.placeholder_starts
        if not any(line in body for line in (*placeholders, *starts)):  # most bodies: at C's speed
            return
        start = 0
        for index, line in enumerate(body.split("\n")):
            written = line.strip()
            if (written in placeholders or written.startswith(starts)) and not line.startswith(("    ", "\t")):
                yield written, index, start
            start += len(line) + 1

    @property
    def plural_label(self) -> str:
        return self.plural or f"{self.label}s"

    def field(self, key: str) -> Field | None:
        return next((f for f in self.fields if f.key == key), None)

    @functools.cached_property
    def rates_challenge(self) -> bool:
        """Whether it rates one challenge (a `challenge` key instead of `maps_to`, and `ratings`): the latest item of
        the type in a build gives that challenge's ratings of its kind, and two on one date are an error."""
        return self.field("challenge") is not None

    @functools.cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)


# ------------------------------------------------------------------------------------------------ the common keys

TITLE = Field(
    "title",
    "text",
    "Title",
    "the item's title",
    required=True,
    example="Write a short, clear title here",
    example_is_template=True,
    prompt=True,
)
TYPE = Field("type", "choice", "Type", "the type of item", required=True)
DATE = Field(
    "date",
    "date",
    "Date",
    "the date the evidence was produced (YYYY-MM-DD)",
    required=True,
    example="YYYY-MM-DD",
    comment="when the document was produced, such as 2026-05-14",
    prompt=True,
)
MAPS_TO = Field(
    "maps_to",
    "targets",
    "Supports",
    "the challenge sections it supports, each as challenge/section",
    required=True,
    example="partnerships/do",
    comment="the section it supports: challenge/section (add a line for each)",
    prompt=True,
)
SUMMARY = Field(
    "summary",
    "text",
    "Summary",
    "one line shown in listings",
    example="One line saying what this item shows.",
    example_is_template=True,
    prompt=True,
)
PARTNERS = Field(
    "partners",
    "texts",
    "Partners",
    "the partner organisations involved",
    example="[Name of partner]",
    example_is_template=True,
    comment="the organisations involved; or delete this line",
    option="--partner",
)
TAGS = Field(
    "tags",
    "texts",
    "Tags",
    "a few words to find it by",
    example="[a-tag, another-tag]",
    example_is_template=True,
    comment="a few words to find it by; or delete this line",
    option="--tag",
)
_AUDIENCES_SAID_AS = {
    "public": ("everyone", "open", "all", "published"),
    "accreditor": ("accreditors", "assessor", "assessors", "accreditation"),
    "internal": ("private", "staff", "confidential", "restricted", "hidden", "secret", "draft"),
}
"""Other words people write for each audience: a message suggests the audience for them (never read as it)."""
VISIBILITY = Field(
    "visibility",
    "choice",
    "Visibility",
    "who may see it",
    default=default_visibility(item=True),
    choices=tuple(Choice(a, a.capitalize(), _AUDIENCES_SAID_AS[a]) for a in AUDIENCES),
    example="internal",
    comment="public, accreditor or internal",
    prompt=True,
)
WITHHOLDING_WORDS = frozenset(
    word for choice in VISIBILITY.choices if choice.id != "public" for word in (choice.id, *choice.said_as)
)
"""The words people write for an audience other than the public (`internal`, `staff`, `hidden`, `assessor`): in
another key of a plain page, they mean to keep it from the public."""
ASSESSING_WORDS = frozenset(
    word for choice in VISIBILITY.choices if choice.id == ASSESSOR for word in (choice.id, *choice.said_as)
)
"""Those for the assessor (`accreditor`, `assessor`)."""
ATTACHMENTS = Field(
    "attachments",
    "attachments",
    "Attachments",
    "the files that go with it, beside it inside evidence/",
    example="[files/the-document.pdf]",
    example_is_template=True,
    comment="the files beside it; or delete this line",
    option="--attachment",
)
AUTHORS = Field(
    "authors",
    "texts",
    "Authors",
    "who wrote or produced it",
    example="[Your Name]",
    example_is_template=True,
    option="--author",
)
MEASURES = Field(
    "measures",
    "measures",
    "Measured",
    "the figures it gives for the framework's metrics: for each, metric and value, or metric, data (a survey CSV "
    "beside it) and column",
    comment="figures for the metrics of framework.yml; or delete this line",
)

COMMON = (TITLE, TYPE, DATE, SUMMARY, PARTNERS, TAGS, VISIBILITY, ATTACHMENTS, AUTHORS)
"""The keys every type reads (with maps_to for all but the types that rate a challenge)."""


def _supporting(
    type_id: str,
    label: str,
    purpose: str,
    skeleton: str,
    listing: Listing,
    *,
    date: str,
    summary: str,
    section: str = "partnerships/do",
    plural: str = "",
) -> ItemType:
    fields = (
        TITLE,
        TYPE,
        replace(MAPS_TO, example=section),
        replace(DATE, comment=date),
        replace(SUMMARY, example=summary),
        PARTNERS,
        TAGS,
        VISIBILITY,
        ATTACHMENTS,
        AUTHORS,
        MEASURES,
    )
    return ItemType(type_id, label, purpose, fields, skeleton, listing, supports=True, can_be_stale=True, plural=plural)


EVIDENCE = _supporting(
    "evidence",
    "Evidence",
    "A document that shows what we do: minutes, an agreement, a plan, survey results, a report.",
    "## About this document\n\nWhat it is, who produced it and when.\n\n"
    "## What it shows\n\nHow it supports the section it maps to: the points an assessor should notice.\n",
    "library",
    date="when the document was produced, such as 2026-05-14",
    summary="One line saying what this document shows.",
    plural="Evidence",
)
CASE_STUDY = _supporting(
    "case-study",
    "Case study",
    "The story of one piece of work: the need, what we did, the outcomes with figures, what we learned.",
    "## Context\n\nWhat the need was, and who was involved.\n\n"
    "## What we did\n\nThe steps you took, and who did what.\n\n"
    "## Outcomes\n\nWhat changed, with figures where you have them.\n\n"
    "| Measure | Before | After |\n|---|---|---|\n| People taking part each week | 40 | 65 |\n\n"
    "## What we learned\n\nWhat went well, what you would do differently, what happens next.\n",
    "case_studies",
    date="when the work happened or was written up, such as 2026-05-14",
    summary="One line saying what was achieved, with a figure if you have one.",
    plural="Case studies",
)
CELEBRATION = _supporting(
    "celebration",
    "Celebration of success",
    "A success worth celebrating: an award, a milestone, thanks from a partner, a big result.",
    "## The achievement\n\nWhat happened, with figures where you have them.\n\n"
    "## Why it matters\n\nWhat it shows about the way we work.\n\n"
    "## Recognition\n\nHow it was shared and celebrated, with staff, partners or the public.\n",
    "celebrations",
    date="when it happened, such as 2026-05-14",
    summary="One line saying what we are celebrating.",
    section="partnerships/impact",
    plural="Celebrations of success",
)
DONE = "done"
"""The status of a finished action: never overdue, and listed apart from those still to do."""

ACTION = ItemType(
    "action",
    "Improvement action",
    "An improvement we will make: *what action can we take*. Needs an owner, a due date and a status.",
    (
        replace(TITLE, example='Write what you will do, such as "Launch a partner bulletin"'),
        TYPE,
        replace(
            MAPS_TO,
            label="Improves",  # an action supports no section: it will improve it (an assessor's review)
            example="partnerships/review",
            comment="the section it will improve: challenge/section (add a line for each)",
        ),
        replace(DATE, comment="when the action was agreed, such as 2026-05-14"),
        Field(
            "owner",
            "text",
            "Owner",
            "who is responsible for the action",
            required=True,
            example="Name, job title",
            example_is_template=True,
            comment="who is responsible",
            prompt=True,
            placeholder="to be agreed",
        ),
        Field(
            "due",
            "date",
            "Due",
            "when the action is due (YYYY-MM-DD)",
            required=True,
            example="YYYY-MM-DD",
            comment="when it should be done",
            prompt=True,
            placeholder="90",
        ),
        Field(
            "status",
            "choice",
            "Status",
            "where the action stands",
            default="planned",
            choices=(
                # (an outside review: "open" and "new" were asked "did you mean done?", which would close the action)
                Choice(
                    "planned",
                    "Planned",
                    ("to do", "todo", "not started", "not yet started", "agreed", "pending", "open", "new", "proposed"),
                ),
                Choice(
                    "in-progress",
                    "In progress",
                    ("doing", "ongoing", "started", "underway", "under way", "wip", "active", "in hand", "on track"),
                ),
                Choice(DONE, "Done", ("complete", "completed", "finished", "closed")),
            ),
            example="planned",
            comment="planned, in-progress or done",
            prompt=True,
        ),
        replace(SUMMARY, example="One line saying what will change."),
        PARTNERS,
        TAGS,
        VISIBILITY,
        ATTACHMENTS,
        AUTHORS,
    ),
    "## Why\n\nWhat the self-assessment or the evidence showed that needs improving.\n\n"
    "## What we will do\n\n| Step | By |\n|------|----|\n| First step | Month year |\n\n"
    "## Progress\n\nAdd a line here as things move on, and change `status` when you start and when you finish.\n",
    "actions",
    folder="actions",
    intro="An action is shown under *what action can we take* for each section it maps to, and in the improvement "
    "plan. Keep its `status` up to date: `planned`, then `in-progress`, then `done`. An action past its `due` date "
    "that is not `done` is flagged as overdue.",
)
CURRENT_HEADING = "What do we currently do"
ACTION_HEADING = "What action can we take"
IMPROVEMENTS_NOTE = f"**{ACTION_HEADING}: the assessor's improvements.**"
"""How the note starts that `portfolio new self-assessment --from-previous` writes of the assessor's improvements,
for its author to move under the sections and delete."""
"""The two headings of each section of a self-assessment (under the section's own heading)."""
CHANGED_HEADING = "Since the last assessment"
"""The heading (under a section's own) where a self-assessment says what has changed since the assessor's visit: a
rating two levels or more above the assessor's that it explains is not warned of again."""

CHALLENGE = Field(
    "challenge",
    "challenge",
    "Challenge",
    "the id of the challenge it assesses",
    required=True,
    example="partnerships",
    comment="the challenge you are rating (no maps_to for a self-assessment)",
    prompt=True,
)
RATINGS = Field(
    "ratings",
    "ratings",
    "Ratings",
    "the rating of each section of the challenge",
    example="satisfactory",
    comment="one line per section",
    prompt=True,
    option="--rating",
)
OVERALL = Field(
    "overall",
    "level",
    "Overall",
    "the challenge's overall rating (instead of the roll-up)",
    example="satisfactory",
    comment="or delete this line to let the portfolio work it out",
    prompt=True,
)

SELF_ASSESSMENT = ItemType(
    "self-assessment",
    "Self-assessment",
    "Our rating of one challenge, section by section, with *what do we currently do* and *what action can we take*.",
    (
        replace(TITLE, example="Self-assessment 2027", example_is_template=False),
        TYPE,
        CHALLENGE,
        replace(DATE, comment="the day you agreed the ratings, such as 2027-10-15"),
        RATINGS,
        OVERALL,
        Field(
            "targets",
            "ratings",
            "Targets",
            "the rating each section aims for by the next assessment",
            example="good",
            comment="where each section aims to be by the next assessment (or delete this line)",
            prompt=True,
            option="--target",
        ),
        replace(SUMMARY, example="One line on how the ratings have moved."),
        PARTNERS,
        TAGS,
        replace(VISIBILITY, example="accreditor"),
        ATTACHMENTS,
        AUTHORS,
    ),
    "Who took part, and how you reached the ratings.\n",
    "challenge",
    section_skeleton=f"## {{label}}\n\n> {{question}}\n\n### {CURRENT_HEADING}\n\n### {ACTION_HEADING}\n",
    folder="self-assessments",
    placeholder_starts=(IMPROVEMENTS_NOTE,),
    intro="Usually written once a year by the portfolio lead with colleagues. It names one `challenge` (instead of "
    "`maps_to`) and rates each section. The latest self-assessment of a challenge gives that challenge's ratings; "
    "older ones stay in the portfolio to show progress. A rating may be written as its level's id or its label, "
    "in any capitals: either works. `targets` (optional) says where each section aims to be by the next assessment. "
    "`portfolio new self-assessment --from-previous` starts the next one from the latest, with the assessor's "
    f"improvements. A section rated two levels or more above the latest assessor report is warned of, until its "
    f"text says what has changed since, under a heading `### {CHANGED_HEADING}`.",
)
ASSESSOR_REPORT = ItemType(
    "assessor-report",
    "Assessor report",
    "The assessor's judgement of one challenge after the visit: a rating per section, strengths and improvements.",
    (
        replace(TITLE, example="Assessment 2026, assessor's report", example_is_template=False),
        TYPE,
        replace(CHALLENGE, comment="the challenge the assessor rated (no maps_to for an assessor report)"),
        replace(DATE, comment="the date of the assessor's report, such as 2026-11-10"),
        Field(
            "assessor",
            "text",
            "Assessor",
            "who assessed: the assessor's name, as the report gives it",
            required=True,
            example="A. Assessor",
            example_is_template=True,
            comment="the assessor's name",
            prompt=True,
        ),
        replace(RATINGS, comment="the assessor's rating of each section"),
        replace(OVERALL, comment="the assessor's overall rating; or delete this line to let the portfolio work it out"),
        Field(
            "strengths",
            "texts",
            "Strengths",
            "what the assessor found strong, one entry each",
            example="[Joint bid with the County Active Partnership]",
            comment="one line each, as the report words them",
            prompt=True,
            option="--strength",
        ),
        Field(
            "improvements",
            "texts",
            "Improvements",
            "what the assessor asks us to improve, one entry each",
            example="[Publish the partner survey results]",
            comment="one line each, as the report words them",
            prompt=True,
            option="--improvement",
        ),
        replace(SUMMARY, example="One line on the assessor's verdict."),
        PARTNERS,
        TAGS,
        replace(VISIBILITY, example="accreditor"),
        replace(ATTACHMENTS, example="[files/assessor-report.pdf]"),
        AUTHORS,
    ),
    "## The assessor's summary\n\nThe assessor's own summary, as the report words it. Attach the report itself "
    "(`attachments`).\n\n## Agreed at the feedback meeting\n\nWhat was agreed with the assessor, if anything.\n",
    "challenge",
    folder="assessor-reports",
    intro="Written once per assessment, by the portfolio lead, from the assessor's report: the assessor's rating of "
    "each section (as in a self-assessment), the `assessor`'s name, and the `strengths` and `improvements` the "
    "report lists. The latest report of a challenge is shown beside the self-assessment: each section's rating by "
    "the assessor, and how far it is from ours. Usually `visibility: accreditor`.",
)

ITEM_TYPES: dict[str, ItemType] = {
    t.id: t for t in (EVIDENCE, CASE_STUDY, CELEBRATION, ACTION, SELF_ASSESSMENT, ASSESSOR_REPORT)
}
"""Every type, in the order they are listed."""
DATE_KEYS = frozenset(field.key for kind in ITEM_TYPES.values() for field in kind.fields if field.kind == "date")
"""The keys of front matter that hold a date (date, due): a date written without quotes is read as one."""

PageKeyKind = Literal["text", "texts", "template", "icon", "search", "flag", "location"]


@dataclass(frozen=True)
class PageKey:
    """A key MkDocs or Material reads from any page (an item's too): its shape, and what it does."""

    kind: PageKeyKind
    help: str


PAGE_KEYS: dict[str, PageKey] = {
    "template": PageKey("template", "MkDocs: the template this page is rendered with."),
    "hide": PageKey("texts", "Material: parts of the page to hide (navigation, toc, footer...)."),
    "icon": PageKey("icon", "Material: the icon shown beside this page in the navigation."),
    "description": PageKey("text", "The page's description, used by search engines and link previews."),
    "search": PageKey("search", "Material: search settings for this page (for example exclude: true)."),
    "subtitle": PageKey("text", "Material: a subtitle shown beside this page in the navigation."),
    "comments": PageKey("flag", "Material: whether comments are shown on this page."),
    "location": PageKey(
        "location", "Material's redirect.html (template: redirect.html): the address on the site it sends readers to."
    ),
}
"""Keys MkDocs and Material read from any page: never reported as unknown, checked in the shape they need."""
PLAIN_PAGE_KEYS_READ = {
    "tags": PageKey("texts", "Material's tags plugin: the tags of a page."),
    "status": PageKey("text", "Material: the page's status (new, deprecated...)."),
}
"""Keys Material reads from a page that is not an item (an item's tags and status are its own keys)."""


@functools.cache
def every_field() -> dict[str, Field]:
    """Each key any type reads, once, in the order of the types (the columns of evidence.csv)."""
    found: dict[str, Field] = {}
    for item_type in ITEM_TYPES.values():
        for field in item_type.fields:
            found.setdefault(field.key, field)
    return found


PLAIN_PAGE_KEYS = ("type", "title", "date", "summary", "tags", "authors", "status", "visibility")
"""Keys that a page which is not an item may carry too (a blog post has a date and authors, say)."""


@functools.cache
def item_only_keys() -> frozenset[str]:
    """Keys only items read: on a page without `type` they mean the `type` line was forgotten or misspelt."""
    return frozenset(key for key in every_field() if key not in PLAIN_PAGE_KEYS)
