"""`portfolio new self-assessment --from-previous`: the next cycle's self-assessment, started from the current one.

The new file copies the current self-assessment's ratings, `overall`, `targets` and section texts, and goes in the
same folder (so that its links still work). Where an assessor report of the challenge follows that
self-assessment, its improvements are listed in a note above the sections (of each such report, a second assessor's
too), for the author to place under "What action can we take" in each. The new file
is visible to no wider an audience than what it copies from.
"""

from __future__ import annotations

import argparse
import datetime
import posixpath
from dataclasses import dataclass

from ..computation.portfolio import ASSESSMENT, REPORT
from ..model.framework import Challenge, Framework
from ..model.item_types import ACTION_HEADING, ASSESSOR_REPORT, IMPROVEMENTS_NOTE, SELF_ASSESSMENT
from ..model.items import Item
from ..model.narrative import narratives
from ..model.urls import dated_name
from ..model.vocabulary import AUDIENCES
from ..reading.project import Project
from .errors import UsageError
from .new_item import Given, NewItem, front_matter


@dataclass(frozen=True)
class Carried:
    """The new self-assessment: where it goes, its text, and what it was made from."""

    src_uri: str
    text: str
    previous: Item
    reports: tuple[Item, ...]
    """The assessor reports whose improvements the note lists."""


def dated(items: list[Item], type_id: str, challenge: str, since: datetime.date | None = None) -> list[Item]:
    """The items of a type about a challenge (dated on or after `since`), by date then id."""
    found = [
        i
        for i in items
        if i.type == type_id and i.challenge == challenge and (since is None or (i.date or since) >= since)
    ]
    return sorted(found, key=lambda i: (i.date or datetime.date.min, i.id))


def latest(items: list[Item], type_id: str, challenge: str, since: datetime.date | None = None) -> Item | None:
    """The latest item of a type about a challenge (dated on or after `since`), by date then id."""
    found = dated(items, type_id, challenge, since)
    return found[-1] if found else None


def _title(previous: Item, challenge: Challenge, date: datetime.date) -> str:
    """The previous title with its year moved on ("... 2026" -> "... 2027"), or the challenge's title and the year."""
    old_year = str(previous.date.year) if previous.date else ""
    if old_year and old_year in previous.title and previous.date and date.year != previous.date.year:
        return previous.title.replace(old_year, str(date.year))
    return f"{challenge.title} self-assessment {date.year}"


def _body(project: Project, previous: Item, reports: tuple[Item, ...], challenge: Challenge) -> str:
    page = project.pages[previous.src_uri]
    texts = narratives(page.body, challenge, demote=0)
    parts = [SELF_ASSESSMENT.skeleton]
    if reports:
        move = f"Move each under “{ACTION_HEADING}” in the section it concerns, with what we will do, then delete this"
        if len(reports) == 1:
            asked = f"The assessor's report {_named(reports[0])} asked for these improvements"
            parts.append(f"{IMPROVEMENTS_NOTE} {asked}. {move} note:\n\n{_listed(reports[0])}")
        else:  # a second assessor's too (an assessor's review: the first one's were left out without a word)
            each = "\n".join(f"From {_named(report)}:\n\n{_listed(report)}" for report in reports)
            parts.append(
                f"{IMPROVEMENTS_NOTE} The assessors' reports asked for these improvements. {move} note:\n\n{each}"
            )
    for section in challenge.sections:
        text = texts.get(section.id)
        if text:
            parts.append(f"## {section.label}\n\n{text}\n")
        else:
            parts.append(SELF_ASSESSMENT.section_skeleton.format(label=section.label, question=section.question))
    return "\n" + "\n".join(parts)


def _named(report: Item) -> str:
    """A report as the note names it: its title and date."""
    return f"“{report.title}” ({report.date.isoformat() if report.date else 'undated'})"


def _listed(report: Item) -> str:
    """A report's improvements, a list's entry each."""
    return "".join(f"- {text}\n" for text in report.texts("improvements"))


def _refuse_a_later_one_with_errors(project: Project, previous: Item, challenge: Challenge) -> None:
    """A usage error when a self-assessment after `previous`, or an assessor report after it, has errors: the new
    one would start from an older self-assessment, or leave the report's improvements out, without a word."""
    for kind, what in (
        (ASSESSMENT, f"so the new one would start from the older {previous.path}"),
        (REPORT, "so its improvements would be left out of the new one"),
    ):
        broken = latest(list(project.faulty_items), kind, challenge.id, since=previous.date)
        if broken is not None and broken is not previous:
            raise UsageError(
                f"{broken.path} has errors (`portfolio check` lists them), and a file with errors counts for nothing, "
                f"{what}; fix it first"
            )
    for problem in project.problems.errors:  # front matter that cannot be read at all: of what type, none can say
        if problem.code in _UNREAD and _may_rate(project, problem.path, challenge):
            raise UsageError(
                f"{problem.path}:{problem.line} cannot be read (`portfolio check` says why), and it may be the latest "
                f"self-assessment or assessor report of {challenge.id}, so the new one would start from "
                f"{previous.path} without it; fix it first"
            )


_UNREAD = frozenset(("yaml-syntax", "front-matter-unclosed", "front-matter-unread", "front-matter-shape", "not-utf8"))
"""The errors of a file whose front matter is not read (an outside review: the latest self-assessment, with a YAML
error, was passed over for the one before)."""


def _may_rate(
    project: Project, path: str, challenge: Challenge, types: tuple[str, ...] = (SELF_ASSESSMENT.id, ASSESSOR_REPORT.id)
) -> bool:
    """Whether a file's text names one of these types (a self-assessment or an assessor report), and the challenge."""
    try:
        text = (project.settings.root / path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(type_id in text for type_id in types) and challenge.id in text


def carry_forward(
    args: argparse.Namespace, project: Project, framework: Framework, challenge: Challenge, date: datetime.date
) -> Carried:
    """The next self-assessment of `challenge`, dated `date`, from the latest one in the project (any audience)."""
    items = [page.item for page in project.pages.values() if page.item]
    previous = latest(items, ASSESSMENT, challenge.id)
    if previous is None:
        # the files with errors that may be one (an outside review was named an item of evidence among them)
        errors = {problem.path for problem in project.problems.errors}
        broken = sorted(path for path in errors if _may_rate(project, path, challenge, (SELF_ASSESSMENT.id,)))
        besides = (
            f" ({', '.join(broken[:3])}{', ...' if len(broken) > 3 else ''} {'has' if len(broken) == 1 else 'have'} "
            "errors, and a self-assessment with errors counts for nothing: fix them first, `portfolio check` lists "
            "them)"
            if broken
            else ""
        )
        raise UsageError(
            f'there is no self-assessment of challenge "{challenge.id}" to start from{besides}; leave out '
            "--from-previous"
        )
    if previous.date and date <= previous.date:
        raise UsageError(
            f"the new self-assessment must be dated after the previous one ({previous.date.isoformat()}, "
            f"{previous.path}); give --date"
        )
    _refuse_a_later_one_with_errors(project, previous, challenge)
    reports = tuple(r for r in dated(items, REPORT, challenge.id, since=previous.date) if r.texts("improvements"))
    copied = [previous, *reports]
    narrowest = max((item.visibility for item in copied), key=AUDIENCES.index)
    if args.visibility and AUDIENCES.index(args.visibility) < AUDIENCES.index(narrowest):
        source = next(item for item in copied if item.visibility == narrowest)
        raise UsageError(
            f"the new self-assessment copies text from {source.path}, which is visible to the {narrowest} audience "
            f"only, so it cannot be {args.visibility}; leave out --visibility (it will be {narrowest}), and widen it "
            "once the copied text is yours to publish"
        )
    title = args.title or _title(previous, challenge, date)
    values: dict[str, Given] = {
        "title": title,
        "challenge": challenge,
        "date": date,
        "ratings": {key: level.id for key, level in previous.levels("ratings").items()},
        "targets": {key: level.id for key, level in previous.levels("targets").items()},
        "overall": level.id if (level := previous.level("overall")) else None,
        "visibility": args.visibility or narrowest,
        "tags": tuple(args.tags or previous.tags),
        "partners": tuple(args.partners or previous.partners),
        "authors": tuple(args.authors or previous.authors),
    }
    if args.summary:
        values["summary"] = args.summary
    text = front_matter(NewItem(SELF_ASSESSMENT, values), framework) + _body(project, previous, reports, challenge)
    folder = posixpath.dirname(previous.src_uri)
    name = dated_name(date, title)
    return Carried(f"{folder}/{name}" if folder else name, text, previous, reports)
