"""Problems across items: stale items, overdue actions, future dates, clashing self-assessments (whatever the
audience), and this build's coverage: uncovered sections and ratings not backed by evidence."""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from ..model.framework import Framework
from ..model.items import Item
from ..model.problems import Problems
from .portfolio import ASSESSMENT, Portfolio, is_overdue, is_stale


def check_items(framework: Framework, items: Iterable[Item], as_of: datetime.date) -> Problems:
    """Problems of every item, whatever the audience."""
    problems = Problems()
    seen: dict[tuple[str, datetime.date], Item] = {}
    for item in sorted(items, key=lambda item: item.id):
        date_line = item.lines.get("date", 1)
        if item.date and item.date > as_of:
            problems.add(
                "future-date",
                item.path,
                date_line,
                f"dated in the future: {item.date.isoformat()} is after {as_of.isoformat()}, the date of the build; "
                "check the year",
            )
        if is_stale(item, framework, as_of) and item.date:
            age = (as_of - item.date).days
            problems.add(
                "stale-item",
                item.path,
                date_line,
                f"stale: dated {item.date.isoformat()}, {age} days before {as_of.isoformat()}, older than "
                f"max_evidence_age_days ({framework.max_evidence_age_days}); it is shown but supports no section. "
                "Add newer evidence, or remove this item",
            )
        due = item.day("due")
        if is_overdue(item, as_of) and due:
            problems.add(
                "overdue-action",
                item.path,
                item.lines.get("due", 1),
                f'overdue action: due {due.isoformat()} and status "{item.text("status")}"; '
                'finish it and set "status: done", or agree a new due date',
            )
        if item.type == ASSESSMENT and item.challenge and item.date:
            key = (item.challenge, item.date)
            if key in seen:
                # Reported in both files, each naming the other: either may be the one to change.
                for here, other in ((seen[key], item), (item, seen[key])):
                    problems.add(
                        "duplicate-assessment",
                        here.path,
                        here.lines.get("date", 1),
                        f'two self-assessments of challenge "{item.challenge}" on {item.date.isoformat()} '
                        f"(this one and {other.path}); give them different dates or merge them",
                        also=[other.path],
                    )
            else:
                seen[key] = item
    return problems


def check_coverage(portfolio: Portfolio, framework_path: str) -> Problems:
    """Warnings about this build's coverage: uncovered sections, and ratings not backed by evidence."""
    problems = Problems()
    needed = portfolio.framework.min_evidence
    for result in portfolio.challenges:
        current = result.assessment
        for section in result.sections:
            count = len(section.evidence)
            if not section.covered:
                problems.add(
                    "uncovered-section",
                    framework_path,
                    section.section.line,
                    f'section "{section.id}" of challenge "{result.id}" is not covered: it has {count} supporting '
                    f"item{'s' if count != 1 else ''} of the {needed} it needs; add evidence mapped to "
                    f"{result.id}/{section.id}",
                )
            if current and section.rating and section.unbacked:
                problems.add(
                    "unbacked-rating",
                    current.path,
                    current.entry_lines.get(f"ratings.{section.id}", 1),
                    f'rating not backed by evidence: "{section.id}" is rated {section.rating.label} but the section '
                    f"has {count} of the {needed} supporting items it needs; add evidence mapped to "
                    f"{result.id}/{section.id} or lower the rating",
                )
    return problems
