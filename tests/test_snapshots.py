"""Scenario folders (one small project each, under tests/scenarios/) built for every audience, with their whole
portfolio.json compared to a snapshot beside them. A difference is printed as a unified diff; to accept a change on
purpose, run with PORTFOLIO_UPDATE_SNAPSHOTS=1 and review the diff of the snapshot files."""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from conftest import SCENARIOS

SNAPSHOTTED = ["conformance", "every-type"]
AUDIENCES = ["public", "accreditor", "internal"]


def assert_same_text(actual: str, expected_file: Path) -> None:
    """`actual` equals the file's text, or the test fails with a unified diff (or rewrites the file on request)."""
    if os.environ.get("PORTFOLIO_UPDATE_SNAPSHOTS") == "1":
        expected_file.write_text(actual, encoding="utf-8")
    expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else ""
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(keepends=True),
            actual.splitlines(keepends=True),
            fromfile=str(expected_file.relative_to(SCENARIOS)),
            tofile="built",
            n=2,
        )
        pytest.fail("portfolio.json differs from its snapshot:\n" + "".join(diff), pytrace=False)


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("name", SNAPSHOTTED)
def test_portfolio_json_matches_its_snapshot(scenario, name: str, audience: str) -> None:
    result = scenario(name).build(audience=audience)
    assert not result.failed, result.log
    built = (result.site / "portfolio.json").read_text(encoding="utf-8")
    json.loads(built)  # valid JSON, NaN refused
    assert_same_text(built, SCENARIOS / name / "expected" / f"portfolio-{audience}.json")


def test_every_type_publishes_exactly_the_files_its_pages_refer_to(scenario) -> None:
    project = scenario("every-type")
    files = {audience: project.build(audience=audience).site for audience in AUDIENCES}
    held = {audience: {p.name for p in (site / "work/files").glob("*")} for audience, site in files.items()}
    assert held["public"] == {"plan.pdf", "budget.csv", "chart.png"}
    assert held["accreditor"] == held["public"]
    assert held["internal"] == {"plan.pdf", "budget.csv", "chart.png", "notes.txt"}, "stray.txt: no page refers to it"
    assert not (files["public"] / "guides/internal-guide").exists()
    assert (files["internal"] / "guides/internal-guide/index.html").exists()
