"""The build's data files: `portfolio.json` (the data model of SPEC section 6) and `evidence.csv`."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..computation.metrics import MetricResult, Point, measured
from ..computation.portfolio import ChallengeResult, Portfolio
from ..model.framework import Framework, Level
from ..model.item_types import every_field
from ..model.items import Item, front_matter
from ..model.problems import Problem
from .pages import page_uri

SCHEMA_VERSION = 1


def csv_columns() -> tuple[str, ...]:
    """`id`, every key of every type of item (in the order of the types), then what the build works out."""
    return ("id", *every_field(), "stale", "url")


def _framework(framework: Framework) -> dict[str, Any]:
    return {
        "id": framework.id,
        "title": framework.title,
        "rating_scale": [
            {"id": level.id, "label": level.label, **({"descriptor": level.descriptor} if level.descriptor else {})}
            for level in framework.rating_scale
        ],
        "sections": [{"id": section.id, "label": section.label} for section in framework.sections],
        "rollup": framework.rollup,
        "min_evidence": framework.min_evidence,
        "max_evidence_age_days": framework.max_evidence_age_days,
        "assessment_max_age_days": framework.assessment_max_age_days,
    }


def _ids(items: Iterable[Item]) -> list[str]:
    return sorted(item.id for item in items)


def _id(level: Level | Item | None) -> str | None:
    return level.id if level else None


def _challenge(result: ChallengeResult, url: str) -> dict[str, Any]:
    return {
        "id": result.id,
        "title": result.challenge.title,
        "url": url,
        "weight": result.challenge.weight,
        "coverage": result.coverage,
        "rating": result.rating.id if result.rating else None,
        "rating_source": result.rating_source,
        "self_assessment": result.assessment.id if result.assessment else None,
        "assessor_rating": _id(result.assessor_rating),
        "assessor_rating_source": result.assessor_rating_source,
        "rating_gap": result.rating_gap,
        "assessor_report": _id(result.report),
        "whole": _ids(result.whole),
        "sections": [
            {
                "id": section.id,
                "label": section.section.label,
                "rating": section.rating.id if section.rating else None,
                "assessor_rating": _id(section.assessor_rating),
                "target": _id(section.target),
                "rating_gap": section.rating_gap,
                "covered": section.covered,
                "evidence": _ids(section.evidence),
                "stale": _ids(section.stale),
                "actions": _ids(section.actions),
            }
            for section in result.sections
        ],
    }


def _point(point: Point) -> dict[str, Any]:
    """A point: its date, item and value; n, promoters, passives and detractors where they are known."""
    data: dict[str, Any] = {"date": point.date.isoformat(), "item": point.item.id, "value": point.value}
    if point.n is not None:
        data["n"] = point.n
    if point.answers is not None:
        answers = point.answers
        data.update(promoters=answers.promoters, passives=answers.passives, detractors=answers.detractors)
    return data


def _metric(result: MetricResult) -> dict[str, Any]:
    metric = result.metric
    return {
        "id": metric.id,
        "label": metric.label,
        "kind": metric.kind,
        "section": metric.where,
        "target": metric.target,
        "points": [_point(point) for point in result.points],
        "latest": result.latest,
        "trend": result.trend,
        "target_met": result.target_met,
    }


def item_rows(portfolio: Portfolio, urls: Mapping[str, str]) -> list[dict[str, Any]]:
    """Each item of the build as portfolio.json lists it (evidence.csv's rows come from the same): its id, its
    normalised front matter, its URL (`urls` maps paths under evidence/ to site URLs) and whether it is stale."""
    return [
        {"id": item.id, **front_matter(item), "url": urls[item.src_uri], "stale": portfolio.stale(item)}
        for item in portfolio.items
    ]


def portfolio_json(
    portfolio: Portfolio,
    rows: list[dict[str, Any]],
    urls: Mapping[str, str],
    pages: Mapping[str, str],
    warnings: Iterable[Problem],
    withheld: tuple[int, int],
) -> str:
    """portfolio.json: `rows` are the items (item_rows), `urls` maps paths under evidence/ to site URLs, `pages`
    roles to generated pages' paths, `withheld` is (files withheld, items among them)."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "framework": _framework(portfolio.framework),
        "audience": portfolio.audience,
        "as_of": portfolio.as_of.isoformat(),
        "coverage": portfolio.coverage,
        "withheld": withheld[0],
        "withheld_items": withheld[1],
        "pages": {role: urls[uri] for role, uri in pages.items()},
        "challenges": [_challenge(result, urls[page_uri("challenge", result.id)]) for result in portfolio.challenges],
        "metrics": [_metric(result) for result in portfolio.metrics],
        "items": rows,
        "warnings": [
            {
                "path": problem.path,
                "line": problem.line,
                "code": problem.code,
                "gap": problem.gap,
                "message": problem.message,
            }
            for problem in sorted(warnings)
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""How a cell a spreadsheet would read as a formula starts: = + - @ (and their full-width forms), a tab, a return."""


def _cell(value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, list):
        text = "; ".join(_entry(str(entry)) for entry in value)
    elif isinstance(value, dict):
        text = "; ".join(_entry(f"{key}: {entry}") for key, entry in value.items())
    else:
        text = str(value)
    # A spreadsheet would run a cell starting like a formula (a list's first entry too); the quote makes it text.
    # (A spreadsheet set for Chinese or Japanese reads the full-width signs as the others: a hostile review.)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _entry(text: str) -> str:
    """A list's entry in its cell: in double quotes (its own doubled) when it holds the "; " that parts entries, so
    that "Smith; Jones Ltd" stays one entry, or a double quote, so that one read as a quoted entry is read whole
    (`He said "hi"`)."""
    return '"' + text.replace('"', '""') + '"' if "; " in text or '"' in text else text


def measure_cells(item: Item) -> list[str]:
    """An item's measures in evidence.csv, one entry each: "metric=value", then how many answers it comes from and
    the survey file it was read from, where known: "partner-nps=58.0 (n=50, from files/survey-2026.csv)"."""
    cells = []
    for measure in item.measures:
        found = measured(measure)
        value, n = found if found else (None, None)
        notes = [f"n={n}"] if n is not None else []
        notes += [f"from {measure.data}"] if measure.data else []
        cells.append(
            f"{measure.metric}={value if value is not None else ''}" + (f" ({', '.join(notes)})" if notes else "")
        )
    return cells


def evidence_csv(portfolio: Portfolio, rows: list[dict[str, Any]]) -> str:
    """evidence.csv: one row per item in the build (`rows`: item_rows), a column per front-matter field, `id`
    first; lists joined by "; ", an entry holding "; " or '"' in double quotes (measures as "metric=value (n=..., from
    ...)", the value computed)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = csv_columns()
    writer.writerow(columns)
    for item, row in zip(portfolio.items, rows, strict=True):
        cells = {**row, "measures": measure_cells(item)} if "measures" in row else row
        writer.writerow([_cell(cells.get(column)) for column in columns])
    return out.getvalue()
