"""`portfolio readiness`: are we ready for the assessor's visit? Every gap of the portfolio the assessor will see,
on the day it is as of and on the day of the visit (computation/readiness.py defines them).

    portfolio readiness [DIR] [--visit YYYY-MM-DD] [--audience accreditor] [--format text|markdown|json]

Exit 0 when ready (no gap), 1 otherwise (or when the portfolio has errors).
"""

from __future__ import annotations

import argparse
import datetime
import json

from ..computation.readiness import Gap, Readiness
from ..model.vocabulary import ASSESSOR
from ..reading.text import date_hint, iso_date, looks_like_a_date, no_such_day
from .errors import REPORT_FORMATS, UsageError, add_audience_option, add_format_option, add_project_argument


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options of `portfolio readiness`."""
    parser.description = (
        "List every gap of the portfolio an audience sees (the accreditor's, unless told otherwise) on the day the "
        "build is as of and on the day of the visit: uncovered sections, ratings not backed by evidence, stale "
        "items, overdue actions, challenges not assessed or assessed too long ago, placeholder text. Exit 0 when "
        "there is none, 1 otherwise."
    )
    add_project_argument(parser)
    parser.add_argument(
        "--visit",
        type=visit_date,
        metavar="YYYY-MM-DD",
        help="the day of the assessor's visit (default: the day the portfolio is as of)",
    )
    add_audience_option(
        parser, default=ASSESSOR, help=f"whose view of the portfolio (default: {ASSESSOR}, what the assessor sees)"
    )
    add_format_option(parser, "the list", REPORT_FORMATS)


def visit_date(text: str) -> datetime.date:
    """--visit as a date. One written YYYY-MM-DD that does not exist (2027-02-30) is said not to exist, as `portfolio
    check` says of a date in a file: telling the user to write YYYY-MM-DD, which they did, does not help."""
    try:
        return iso_date(text)
    except ValueError:
        if looks_like_a_date(text):
            raise argparse.ArgumentTypeError(f"the date {text.strip()} does not exist; {no_such_day(text)}") from None
        raise argparse.ArgumentTypeError(f'"{text}" is not a date; {date_hint(text, "2027-03-15")}') from None


def check_visit(readiness: Readiness) -> None:
    if readiness.visit < readiness.as_of:
        raise UsageError(
            f"the visit ({readiness.visit.isoformat()}) is before the day the portfolio is as of "
            f"({readiness.as_of.isoformat()}); give the day of the coming visit"
        )


def render(readiness: Readiness, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(readiness.as_dict(), indent=2, ensure_ascii=False) + "\n"
    if output_format == "markdown":
        lines = [f"## {readiness.headline}", ""]
        for _, heading, gaps in readiness.by_kind():
            lines += [f"### {heading} ({len(gaps)})", ""]
            lines += [f"- `{gap.where}`: {_titled(gap)}" for gap in gaps]
            lines.append("")
        return "\n".join(lines)
    lines = [f"{gap.where}: {gap.kind}: {_titled(gap)}" for gap in readiness.gaps]
    return "\n".join([*lines, readiness.headline]) + "\n"


def _titled(gap: Gap) -> str:
    """A gap's message, after the title of the item it is about."""
    return f"{gap.title}: {gap.message}" if gap.title else gap.message
