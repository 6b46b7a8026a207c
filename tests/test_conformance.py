"""The worked example of ../shared/conformance: each audience's build gives the values the spec gives for it."""

from __future__ import annotations

import json

import pytest

from conftest import SCENARIOS

CHALLENGE_KEYS = ("coverage", "rating", "rating_source")
SECTION_KEYS = ("id", "rating", "covered", "evidence", "stale", "actions")


def computed(portfolio: dict) -> dict:
    """The fields of portfolio.json that the conformance files pin down, shaped as they are (items as ids)."""
    return {
        "audience": portfolio["audience"],
        "as_of": portfolio["as_of"],
        "withheld": portfolio["withheld"],
        "coverage": portfolio["coverage"],
        "items": [item["id"] for item in portfolio["items"]],
        "challenges": [
            {
                "id": challenge["id"],
                **{key: challenge[key] for key in CHALLENGE_KEYS},
                "sections": [{key: section[key] for key in SECTION_KEYS} for section in challenge["sections"]],
            }
            for challenge in portfolio["challenges"]
        ],
    }


@pytest.mark.parametrize("audience", ["public", "accreditor", "internal"])
def test_conformance_values(scenario, audience: str) -> None:
    expected = json.loads((SCENARIOS / "conformance" / f"expected-{audience}.json").read_text())
    result = scenario("conformance").build(audience=audience)
    assert not result.failed, result.log
    assert computed(result.portfolio) == expected


def test_conformance_portfolio_json_is_byte_identical_across_builds(scenario) -> None:
    project = scenario("conformance")
    first, second = project.build(), project.build()
    assert (first.site / "portfolio.json").read_bytes() == (second.site / "portfolio.json").read_bytes()


def test_conformance_check_reports_the_same_warnings_as_the_build(scenario) -> None:
    project = scenario("conformance")
    build = project.build()
    check = project.check()
    assert check.code == 0
    warnings = [line for line in check.lines if ": warning: " in line]
    assert warnings == [
        "evidence/leadership/old-plan.md:5: warning: stale: dated 2025-12-20, 101 days before 2026-03-31, older "
        "than max_evidence_age_days (100); it is shown but supports no section. Add newer evidence, or remove this item",
        "evidence/leadership/older-plan.md:5: warning: stale: dated 2025-12-19, 102 days before 2026-03-31, older "
        "than max_evidence_age_days (100); it is shown but supports no section. Add newer evidence, or remove this item",
        'framework.yml:32: warning: section "check" of challenge "leadership" is not covered: it has 0 supporting '
        "items of the 1 it needs; add evidence mapped to leadership/check",
    ]
    assert all(any(line in record for record in build.log) for line in warnings)
    assert [(w["path"], w["line"]) for w in build.portfolio["warnings"]] == [
        ("evidence/leadership/old-plan.md", 5),
        ("evidence/leadership/older-plan.md", 5),
        ("framework.yml", 32),
    ]
