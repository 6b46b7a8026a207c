"""Readiness for the assessor's visit: every gap of a build's portfolio, on the day it is as of and on the day of
the visit (`portfolio readiness`, and the internal build's readiness page).

The kinds of gap, each defined once in `GAP_KINDS`:

- uncovered: a section with fewer supporting items than `min_evidence`;
- unbacked: a section rated at the scale's second level or above that is not covered (at the rating's line in the
  current self-assessment);
- uncovered-by-visit, unbacked-by-visit: a section covered on the day the build is as of that will not be on the
  visit day, its items then stale (the portfolio computed as of the visit), and its rating then unbacked;
- stale: an item stale on the day the build is as of; stale-by-visit: not stale then, but stale on the visit day;
- overdue: an action past its `due` date and not done; due-by-visit: an action not done whose `due` falls between
  the day the build is as of and the visit, both included;
- unassessed: a challenge with no self-assessment in the build;
- old-assessment: a challenge's current self-assessment dated more than the framework's `assessment_max_age_days`
  before the visit;
- unanswered: a section of a challenge's current self-assessment whose heading has nothing under it but headings
  (and the question `portfolio new` quotes), at the heading's line;
- unrated: a challenge whose current self-assessment rates no section and gives no overall rating; a section its
  current self-assessment leaves unrated where it rates others;
- unplanned: a section the current self-assessment rates at the scale's lowest level, to which no action the
  audience sees, not done, maps (the assessor asks what is planned);
- placeholder: an item that still holds a line of the placeholder text `portfolio new` writes (its type's body
  skeleton), or the value it writes for a required text when nobody is there to ask (an action's owner "to be
  agreed").

A gap about an item names the item's file and the line at fault; challenge and section are then null, since an
item may map to several sections. A gap about a section names its challenge and section, and its line of
framework.yml (for an unbacked rating, the self-assessment's file and line); a gap about a challenge names the
challenge, and its line of framework.yml (for an old self-assessment, or one the audience does not see, its file and
line). Gaps are sorted by challenge and section in the framework's order, path and line, null after any value, then
by kind.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..model.items import Item
from ..model.narrative import unanswered
from ..model.vocabulary import READERS
from .portfolio import Portfolio, compute, is_overdue, is_stale

GAP_KINDS: dict[str, str] = {
    "uncovered": "Sections not covered",
    "unbacked": "Ratings not backed by evidence",
    "uncovered-by-visit": "Sections that will not be covered by the visit",
    "unbacked-by-visit": "Ratings that will not be backed by evidence by the visit",
    "stale": "Stale items",
    "stale-by-visit": "Items that will be stale by the visit",
    "overdue": "Overdue actions",
    "due-by-visit": "Actions due by the visit",
    "unassessed": "Challenges with no self-assessment",
    "old-assessment": "Self-assessments too old for the visit",
    "unanswered": "Self-assessment sections with nothing written",
    "unrated": "Self-assessments that rate nothing, or not every section",
    "unplanned": "Sections rated at the lowest level with no action planned",
    "placeholder": "Items still holding placeholder text",
}
"""Every kind of gap, with its heading where gaps are listed by kind, in the order they are listed."""


@dataclass(frozen=True)
class Gap:
    """One gap the assessor would see on the day of the visit, with the file and line to mend it at where it has one."""

    kind: str
    message: str
    challenge: str | None = None
    section: str | None = None
    path: str | None = None
    line: int | None = None
    title: str | None = None
    """The title of the item it is about (None for a section or a challenge), so that a list of gaps reads
    without opening the files."""

    @property
    def where(self) -> str:
        """Where it is, as people read it: "evidence/a.md:5", "partnerships/plan", "partnerships"."""
        if self.path:
            return f"{self.path}:{self.line}" if self.line else self.path
        return "/".join(part for part in (self.challenge, self.section) if part)

    def sort_key(self, challenges: Mapping[str | None, int], sections: Mapping[str | None, int]) -> tuple[Any, ...]:
        """Its place in a list of gaps: by challenge and section in the framework's order (their positions, by id),
        path and line, each null after any value, then by kind."""

        def last_if_none(value: object) -> tuple[bool, object]:
            return (value is None, value if value is not None else "")

        fields = (challenges.get(self.challenge), sections.get(self.section), self.path, self.line)
        return (*(last_if_none(value) for value in fields), list(GAP_KINDS).index(self.kind))

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "challenge": self.challenge,
            "section": self.section,
            "path": self.path,
            "line": self.line,
            "title": self.title,
            "message": self.message,
        }


@dataclass(frozen=True)
class Readiness:
    """Every gap of a build on the day of the visit (`portfolio readiness`)."""

    as_of: datetime.date
    visit: datetime.date
    audience: str
    gaps: tuple[Gap, ...]

    @property
    def ready(self) -> bool:
        return not self.gaps

    @property
    def headline(self) -> str:
        """ "Not ready for the visit on 2027-03-01: 3 gaps in the portfolio for the accreditor audience, as of ..."."""
        count = len(self.gaps)
        state = "Ready" if self.ready else "Not ready"
        gaps = "no gaps" if self.ready else f"{count} gap{'s' if count != 1 else ''}"
        return (
            f"{state} for the visit on {self.visit.isoformat()}: {gaps} in the portfolio for the {self.audience} "
            f"audience, as of {self.as_of.isoformat()}"
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "as_of": self.as_of.isoformat(),
            "visit": self.visit.isoformat(),
            "audience": self.audience,
            "ready": self.ready,
            "gaps": [gap.as_dict() for gap in self.gaps],
        }

    def by_kind(self) -> list[tuple[str, str, list[Gap]]]:
        """The gaps grouped by kind (kind, heading, gaps), in the order of GAP_KINDS, kinds without gaps left out."""
        groups = [(kind, heading, [g for g in self.gaps if g.kind == kind]) for kind, heading in GAP_KINDS.items()]
        return [group for group in groups if group[2]]


def readiness(
    portfolio: Portfolio,
    visit: datetime.date,
    bodies: Mapping[str, tuple[str, int]],
    framework_path: str,
    unseen: Sequence[Item] = (),
    placeholders: Mapping[str, tuple[str, int]] | None = None,
) -> Readiness:
    """The gaps of `portfolio` (computed for one audience) for a visit on `visit`; `bodies` gives each item's body
    and the line it starts on, by its path under evidence/; a gap of the framework's (a section not covered, a
    challenge not assessed) is at its line of `framework_path`, as `portfolio check` reports it. `unseen`: the
    self-assessments of the project that this audience does not see, named where a challenge has none it sees.
    `placeholders`: the line of placeholder text `portfolio new` wrote that an item still holds, and its line, by
    its path (reading/pages.placeholder_line, which `portfolio check` warns of too)."""
    gaps = [
        *_section_gaps(portfolio, visit, framework_path, unseen),
        *_unanswered(portfolio, bodies),
        *_unrated(portfolio),
        *_unplanned(portfolio),
        *_item_gaps(portfolio, visit, placeholders or {}),
    ]
    framework = portfolio.framework
    challenges: dict[str | None, int] = {challenge.id: index for index, challenge in enumerate(framework.challenges)}
    sections: dict[str | None, int] = {section.id: index for index, section in enumerate(framework.sections)}
    ranked = sorted(gaps, key=lambda gap: gap.sort_key(challenges, sections))
    return Readiness(portfolio.as_of, visit, portfolio.audience, tuple(ranked))


def _section_gaps(
    portfolio: Portfolio, visit: datetime.date, framework_path: str, unseen: Sequence[Item]
) -> Iterator[Gap]:
    framework = portfolio.framework
    needed = framework.min_evidence
    # The same items on the visit day: those stale by then support no section.
    on_visit = compute(framework, portfolio.items, portfolio.audience, visit) if visit > portfolio.as_of else portfolio
    for result, later in zip(portfolio.challenges, on_visit.challenges, strict=True):
        current = result.assessment
        for section, then in zip(result.sections, later.sections, strict=True):
            where = f"{result.id}/{section.id}"
            count = len(section.evidence)
            name = f"{result.challenge.title} › {section.section.label}"
            if not section.covered:
                yield Gap(
                    "uncovered",
                    f"{name} is not covered: it has {count} supporting item{'s' if count != 1 else ''} of the "
                    f"{needed} it needs; add evidence mapped to {where}",
                    result.id,
                    section.id,
                    framework_path,
                    section.section.line,
                )
            elif not then.covered:
                yield Gap(
                    "uncovered-by-visit",
                    f"{name} will not be covered on the day of the visit, {visit.isoformat()}: "
                    f"{count - len(then.evidence)} of the {count} item{'s' if count != 1 else ''} supporting it will "
                    f"be stale by then, leaving {len(then.evidence)} of the {needed} it needs; add evidence mapped to "
                    f"{where}",
                    result.id,
                    section.id,
                    framework_path,
                    section.section.line,
                )
            if current and section.rating and (section.unbacked or then.unbacked):
                when = "is not covered" if section.unbacked else f"will not be covered on the day of the visit, {visit}"
                yield Gap(
                    "unbacked" if section.unbacked else "unbacked-by-visit",
                    f"{section.named} is rated {section.rating.label}, but the section {when}; add evidence mapped to "
                    f"{where} or lower the rating",
                    result.id,
                    section.id,
                    current.path,
                    current.rating_line(section.id),
                )
        narrower = [item for item in unseen if item.challenge == result.id]
        if current is None and narrower:
            latest = max(narrower, key=lambda item: (item.date or datetime.date.min, item.path))
            yield Gap(
                "unassessed",
                f"{result.challenge.title} has no self-assessment the {portfolio.audience} audience sees: "
                f'{latest.path} is {latest.visibility}; set its "visibility: {portfolio.audience}" if '
                f"{READERS[portfolio.audience]} {'is' if portfolio.audience == 'public' else 'are'} to see it",
                result.id,
                path=latest.path,
                line=latest.lines.get("visibility", 1),
            )
        elif current is None:
            yield Gap(
                "unassessed",
                f"{result.challenge.title} has no self-assessment; write one with "
                f"`portfolio new self-assessment --challenge {result.id}`",
                result.id,
                path=framework_path,
                line=result.challenge.line,
            )
        elif current.date and (visit - current.date).days > framework.assessment_max_age_days:
            age = (visit - current.date).days
            yield Gap(
                "old-assessment",
                f"the current self-assessment of {result.challenge.title} is dated {current.date.isoformat()}, {age} "
                f"days before the visit on {visit.isoformat()}, more than assessment_max_age_days "
                f"({framework.assessment_max_age_days}); assess the challenge again before the visit",
                result.id,
                path=current.path,
                line=current.lines.get("date", 1),
            )


def _unanswered(portfolio: Portfolio, bodies: Mapping[str, tuple[str, int]]) -> Iterator[Gap]:
    """The sections of each challenge's current self-assessment under whose heading nothing is written."""
    for result in portfolio.challenges:
        current = result.assessment
        body = bodies.get(current.src_uri) if current else None
        if current is None or body is None:
            continue
        labels = result.challenge.section_labels
        for section, index in unanswered(body[0], result.challenge):
            yield Gap(
                "unanswered",
                f'"{current.title}" has nothing written about {labels[section]}, only headings; write under them what '
                "you do now and what action you can take, or the assessor reads the headings alone",
                result.id,
                section,
                current.path,
                body[1] + index,
            )


def _unrated(portfolio: Portfolio) -> Iterator[Gap]:
    """The challenges whose current self-assessment rates none of their sections and gives no `overall` (its
    ratings left empty, as `portfolio new` writes them), at the line of its `ratings`; and, of one that rates some of
    its sections, each section it leaves unrated, which the pack shows "not rated" beside the others' ratings (not
    one it says it leaves unrated on purpose, `review: unrated`: a false-positive review found its gap never closed;
    one that rates no section so is said, as one whose ratings were left empty)."""
    for result in portfolio.challenges:
        current = result.assessment
        if current is None:
            continue
        rated = current.levels("ratings")
        line = current.rating_line()
        levels = ", ".join(level.id for level in portfolio.framework.rating_scale)
        for section in result.challenge.sections if rated else ():
            if section.id not in rated and section.id not in current.unrated_sections:
                yield Gap(  # at the section's own line where it is written empty (a staff walkthrough)
                    "unrated",
                    f'"{current.title}" rates other sections of {result.challenge.title} and not {section.label}, so '
                    f'the assessor reads "not rated" there; rate it under "ratings:" ({section.id}: one of {levels})',
                    result.id,
                    section.id,
                    current.path,
                    current.rating_line(section.id),
                )
        if rated or current.level("overall") is not None:
            continue
        yield Gap(
            "unrated",
            f'"{current.title}" rates no section of {result.challenge.title} and gives no overall rating, so the '
            f'assessor reads "not rated"; rate each section under "ratings:", with one of {levels}',
            result.id,
            path=current.path,
            line=line,
        )


def _unplanned(portfolio: Portfolio) -> Iterator[Gap]:
    """The sections the current self-assessment of their challenge rates at the scale's lowest level, to which no
    action the audience sees, and not done, maps: at the rating's line (an assessor's review: an Unsatisfactory
    section with no action, and a plan of internal actions the assessor never saw)."""
    for result in portfolio.challenges:
        current = result.assessment
        for section in result.sections:
            if current is None or section.rating is None or not portfolio.unplanned(result, section):
                continue
            where = f"{result.id}/{section.id}"
            yield Gap(
                "unplanned",
                f"{result.challenge.title} › {section.section.label} is rated {section.rating.label}, the lowest "
                "level, and no action the "
                f"{portfolio.audience} audience sees, not done, maps to {where}: the assessor will ask what is "
                f"planned; add one with `portfolio new action --maps-to {where}"
                + (f" --visibility {portfolio.audience}" if portfolio.audience != "internal" else "")
                + "` (or make one the audience does not see visible to it)",
                result.id,
                section.id,
                current.path,
                current.rating_line(section.id),
            )


def _item_gaps(
    portfolio: Portfolio, visit: datetime.date, placeholders: Mapping[str, tuple[str, int]]
) -> Iterator[Gap]:
    framework, as_of = portfolio.framework, portfolio.as_of
    for item in portfolio.items:
        date_line = item.lines.get("date", 1)
        if item.date and is_stale(item, framework, as_of):
            yield _item_gap(
                item,
                "stale",
                f"dated {item.date.isoformat()}, {(as_of - item.date).days} days before "
                f"{as_of.isoformat()}, older than max_evidence_age_days ({framework.max_evidence_age_days}); "
                "add newer evidence",
                date_line,
            )
        elif item.date and is_stale(item, framework, visit):
            yield _item_gap(
                item,
                "stale-by-visit",
                f"dated {item.date.isoformat()}, {(visit - item.date).days} days before "
                f"the visit on {visit.isoformat()}, older than max_evidence_age_days "
                f"({framework.max_evidence_age_days}); add newer evidence before the visit",
                date_line,
            )
        due = item.day("due")
        if due and not item.done:
            status, owner = item.text("status"), item.text("owner")
            if is_overdue(item, as_of):
                yield _item_gap(
                    item,
                    "overdue",
                    f'due {due.isoformat()} and status "{status}" (owner: {owner}); finish it and set '
                    '"status: done", or agree a new due date',
                    item.lines.get("due", 1),
                )
            elif due <= visit:
                yield _item_gap(
                    item,
                    "due-by-visit",
                    f"due {due.isoformat()}, the visit is on {visit.isoformat()}, and its "
                    f'status is "{status}" (owner: {owner}); finish it before the visit, or agree a new due date',
                    item.lines.get("due", 1),
                )
        for field in item.kind.fields:
            if field.kind == "text" and field.placeholder is not None and item.text(field.key) == field.placeholder:
                yield _item_gap(
                    item,
                    "placeholder",
                    f'"{field.key}" is still "{field.placeholder}", which `portfolio new` writes when nobody is '
                    f"there to ask; write {field.help}",
                    item.lines.get(field.key, 1),
                )
        placeholder = placeholders.get(item.src_uri)
        if placeholder:
            text, line = placeholder
            yield _item_gap(
                item,
                "placeholder",
                f'still holds the placeholder text "{text}" that `portfolio new` writes; replace it with your own '
                "words, or delete it",
                line,
            )


def _item_gap(item: Item, kind: str, message: str, line: int) -> Gap:
    """A gap about an item: at a line of its file, under its title."""
    return Gap(kind, message, path=item.path, line=line, title=item.title)
