"""Assessor reports and targets (issue 15, docs/assessor-reports.md): portfolio.json's assessor ratings, targets and
gaps per audience against an independent computation, every validation case at its line, the challenge page, the
overview, the pack and its PDF, `portfolio report` (and `--base`), `portfolio new self-assessment --from-previous`,
and an accreditor-only report that vanishes from a public build.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import subprocess
import textwrap
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import FRAMEWORK, LineCase, Project

AUDIENCES = ("public", "accreditor", "internal")
LEVELS = ("poor", "fair", "good", "great")
"""The test framework's scale, lowest first."""
SECTIONS = {"partnerships": ("plan", "do", "review"), "people": ("plan",)}
SA, AR = "self-assessment", "assessor-report"


def md(front_matter: str, body: str = "Body text.\n") -> str:
    """A Markdown file with the given front matter (dedented); its first key is on line 2."""
    return "---\n" + textwrap.dedent(front_matter).strip("\n") + "\n---\n" + body


def write_items(project: Project, items: dict[str, dict[str, Any]]) -> None:
    for path, data in items.items():
        project.write(f"evidence/{path}", "---\n" + yaml.safe_dump(data, sort_keys=False) + "---\nBody text.\n")


def content(html: str) -> BeautifulSoup:
    page = BeautifulSoup(html, "html.parser")
    return page.select_one("article") or page


# ----------------------------------------------------------------- portfolio.json, against an independent computation

CYCLES: dict[str, dict[str, Any]] = {
    "sa/partnerships-2025.md": {
        "title": "Partnerships 2025",
        "type": SA,
        "challenge": "partnerships",
        "date": "2025-10-01",
        "ratings": {"plan": "fair", "do": "Good", "review": "poor"},
        "visibility": "public",
    },
    "sa/partnerships-2026.md": {
        "title": "Partnerships 2026",
        "type": SA,
        "challenge": "partnerships",
        "date": "2026-10-01",
        "ratings": {"plan": "good", "do": "great", "review": "fair"},
        "targets": {"plan": "Great", "do": "great", "review": "good"},
        "visibility": "public",
    },
    "ar/partnerships-2025.md": {
        "title": "Assessment 2025",
        "type": AR,
        "challenge": "partnerships",
        "date": "2025-11-10",
        "assessor": "A. Assessor",
        "ratings": {"plan": "fair", "do": "fair", "review": "fair"},
        "strengths": ["Co-located coaches"],
        "improvements": ["Publish the partner survey", "Involve small partners in reviews"],
        "visibility": "public",
    },
    "ar/partnerships-2026.md": {
        "title": "Assessment 2026",
        "type": AR,
        "challenge": "partnerships",
        "date": "2026-11-10",
        "assessor": "B. Visitor",
        "ratings": {"plan": "good", "do": "Good", "review": "poor"},
        "overall": "great",
        "strengths": "One strength",
        "visibility": "accreditor",
    },
    "sa/people-2026.md": {
        "title": "People 2026",
        "type": SA,
        "challenge": "people",
        "date": "2026-09-01",
        "ratings": {"plan": "fair"},
        "overall": "poor",
        "visibility": "internal",
    },
    "ar/people-2026.md": {
        "title": "People assessment 2026",
        "type": AR,
        "challenge": "people",
        "date": "2026-11-01",
        "assessor": "C. Critic",
        "ratings": {"plan": "great"},
        "visibility": "internal",
    },
}


def _level(name: str | None) -> str | None:
    return name.lower().replace(" ", "-") if name else None


def _rating(data: dict[str, Any] | None) -> tuple[str | None, str | None]:
    """The rule: `overall`, else the lower median of the section ratings' positions."""
    if data is None:
        return None, None
    if data.get("overall"):
        return _level(data["overall"]), "overall"
    positions = sorted(LEVELS.index(_level(r) or "") for r in data.get("ratings", {}).values())
    return (LEVELS[positions[(len(positions) - 1) // 2]], "rollup") if positions else (None, None)


def _gap(self_rating: str | None, assessor: str | None) -> int | None:
    return LEVELS.index(assessor) - LEVELS.index(self_rating) if self_rating and assessor else None


def expected(audience: str) -> list[dict[str, Any]]:
    """The new fields of each challenge, worked out from CYCLES alone."""
    visible = {
        path[:-3]: data
        for path, data in CYCLES.items()
        if AUDIENCES.index(data["visibility"]) <= AUDIENCES.index(audience)
    }
    found = []
    for challenge, sections in SECTIONS.items():

        def current(kind: str, challenge: str = challenge) -> tuple[str | None, dict[str, Any] | None]:
            mine = [(d["date"], i) for i, d in visible.items() if d["type"] == kind and d["challenge"] == challenge]
            return (max(mine)[1], visible[max(mine)[1]]) if mine else (None, None)

        _, assessment = current(SA)
        report_id, report = current(AR)
        own, _ = _rating(assessment)
        theirs, source = _rating(report)
        found.append(
            {
                "id": challenge,
                "assessor_rating": theirs,
                "assessor_rating_source": source,
                "rating_gap": _gap(own, theirs),
                "assessor_report": report_id,
                "sections": [
                    {
                        "id": section,
                        "assessor_rating": _level((report or {}).get("ratings", {}).get(section)),
                        "target": _level((assessment or {}).get("targets", {}).get(section)),
                        "rating_gap": _gap(
                            _level((assessment or {}).get("ratings", {}).get(section)),
                            _level((report or {}).get("ratings", {}).get(section)),
                        ),
                    }
                    for section in sections
                ],
            }
        )
    return found


NEW_SECTION_KEYS = ("id", "assessor_rating", "target", "rating_gap")
NEW_CHALLENGE_KEYS = ("id", "assessor_rating", "assessor_rating_source", "rating_gap", "assessor_report")


@pytest.fixture
def cycles(project: Project) -> Project:
    write_items(project, CYCLES)
    return project


@pytest.mark.parametrize("audience", AUDIENCES)
def test_portfolio_json_equals_an_independent_computation(cycles: Project, audience: str) -> None:
    data = cycles.build(audience=audience).portfolio
    built = [
        {
            **{key: challenge[key] for key in NEW_CHALLENGE_KEYS},
            "sections": [{key: s[key] for key in NEW_SECTION_KEYS} for s in challenge["sections"]],
        }
        for challenge in data["challenges"]
    ]
    assert built == expected(audience)
    reports = {item["id"]: item for item in data["items"] if item["type"] == AR}
    for item_id, item in reports.items():
        written = CYCLES[item_id + ".md"]
        strengths = written.get("strengths", [])
        assert item["maps_to"] == [] and item["challenge"] == written["challenge"]
        assert item["assessor"] == written["assessor"] and item["overall"] == _level(written.get("overall"))
        assert item["ratings"] == {key: _level(value) for key, value in written["ratings"].items()}
        assert item["strengths"] == ([strengths] if isinstance(strengths, str) else strengths)
        assert item["improvements"] == written.get("improvements", [])
        assert item["stale"] is False
    visible = {
        p[:-3]
        for p, d in CYCLES.items()
        if d["type"] == AR and d["visibility"] in AUDIENCES[: AUDIENCES.index(audience) + 1]
    }
    assert set(reports) == visible


def test_the_worked_example_of_the_computation(cycles: Project) -> None:
    """The figures themselves: the 2026 report (overall Great, one level above our roll-up, Good) rates plan as we
    do, do and review one level lower; people's internal report rolls up to Great: two levels above our Fair for
    plan, three above our overall Poor."""
    accreditor = {c["id"]: c for c in cycles.build(audience="accreditor").portfolio["challenges"]}
    partnerships = accreditor["partnerships"]
    assert (partnerships["assessor_rating"], partnerships["assessor_rating_source"]) == ("great", "overall")
    assert partnerships["rating"] == "good" and partnerships["rating_gap"] == 1
    assert [s["rating_gap"] for s in partnerships["sections"]] == [0, -1, -1]
    assert [s["target"] for s in partnerships["sections"]] == ["great", "great", "good"]
    assert accreditor["people"]["assessor_report"] is None
    internal = {c["id"]: c for c in cycles.build(audience="internal").portfolio["challenges"]}
    assert (internal["people"]["assessor_rating"], internal["people"]["assessor_rating_source"]) == ("great", "rollup")
    assert internal["people"]["rating_gap"] == 3 and internal["people"]["sections"][0]["rating_gap"] == 2


# ------------------------------------------------------------------------------------------------- validation


REPORT = "title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-11-10\nassessor: A. Assessor\n"
"""An assessor report: title on line 2, type 3, challenge 4, date 5, assessor 6; what a case adds starts on line 7."""
SELF = "title: S\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-11-20\n"
"""A self-assessment: title on line 2, type 3, challenge 4, date 5; what a case adds starts on line 6."""

CASES = [
    LineCase(
        "a report without an assessor",
        {"evidence/r.md": md("title: R\ntype: assessor-report\nchallenge: partnerships\ndate: 2026-11-10")},
        "evidence/r.md:1: error",
        "missing-key",
        'missing required key "assessor"',
    ),
    LineCase(
        "a report without a challenge",
        {"evidence/r.md": md("title: R\ntype: assessor-report\ndate: 2026-11-10\nassessor: A")},
        "evidence/r.md:1: error",
        "missing-key",
        'missing required key "challenge"',
    ),
    LineCase(
        "a report of an unknown challenge",
        {"evidence/r.md": md("title: R\ntype: assessor-report\nchallenge: partnership\ndate: 2026-11-10\nassessor: A")},
        "evidence/r.md:4: error",
        "unknown-challenge",
        'did you mean "partnerships"?',
    ),
    LineCase(
        "a report without a date",
        {"evidence/r.md": md("title: R\ntype: assessor-report\nchallenge: partnerships\nassessor: A")},
        "evidence/r.md:1: error",
        "missing-key",
        'missing required key "date"',
    ),
    LineCase(
        "an unknown rating in a report",
        {"evidence/r.md": md(REPORT + "ratings:\n  plan: good\n  do: grate")},
        "evidence/r.md:9: error",
        "unknown-rating",
        'unknown rating "grate" as rating of "do"; did you mean "great"?',
    ),
    LineCase(
        "an unknown section in a report",
        {"evidence/r.md": md(REPORT + "ratings:\n  pln: good")},
        "evidence/r.md:8: error",
        "unknown-section",
        'did you mean "plan"?',
    ),
    LineCase(
        "an unknown overall rating in a report",
        {"evidence/r.md": md(REPORT + "overall: fine")},
        "evidence/r.md:7: error",
        "unknown-rating",
        'unknown rating "fine"',
    ),
    LineCase(
        "strengths that are not a list of texts",
        {"evidence/r.md": md(REPORT + "strengths: {one: two}")},
        "evidence/r.md:7: error",
        "wrong-kind",
    ),
    LineCase(
        "maps_to on a report",
        {"evidence/r.md": md(REPORT + "maps_to: partnerships/plan")},
        "evidence/r.md:7: warning",
        "unknown-key",
        '"maps_to"',
    ),
    LineCase(
        "ratings of a report that are not a mapping",
        {"evidence/r.md": md(REPORT + "ratings: good")},
        "evidence/r.md:7: error",
        "wrong-kind",
        "section: rating lines",
    ),
    LineCase(
        "two reports on one date (the first)",
        {"evidence/r1.md": md(REPORT), "evidence/r2.md": md(REPORT.replace("R\n", "R2\n"))},
        "evidence/r1.md:5: error",
        "duplicate-assessor-report",
        'two assessor reports of challenge "partnerships" on 2026-11-10 (this one and evidence/r2.md)',
    ),
    LineCase(
        "two reports on one date (the second)",
        {"evidence/r1.md": md(REPORT), "evidence/r2.md": md(REPORT.replace("R\n", "R2\n"))},
        "evidence/r2.md:5: error",
        "duplicate-assessor-report",
        "(this one and evidence/r1.md)",
    ),
    LineCase(
        "an unknown rating as a target",
        {"evidence/s.md": md(SELF + "targets:\n  plan: grat")},
        "evidence/s.md:7: error",
        "unknown-rating",
        'unknown rating "grat" as target of "plan"; did you mean "great"?',
    ),
    LineCase(
        "a target of an unknown section",
        {"evidence/s.md": md(SELF + "targets:\n  revue: good")},
        "evidence/s.md:7: error",
        "unknown-section",
        'in targets; did you mean "review"?',
    ),
    LineCase(
        "a target below its rating",
        {"evidence/s.md": md(SELF + "ratings:\n  plan: poor\n  do: good\ntargets:\n  plan: fair\n  do: fair")},
        "evidence/s.md:11: warning",
        "target-below-rating",
        'the target of "do" (Fair) is below its rating (Good)',
    ),
    LineCase(
        "a self-rating two levels above the assessor's",
        {
            "evidence/s.md": md(SELF + "ratings:\n  plan: good\n  do: great"),
            "evidence/r.md": md(REPORT + "ratings:\n  plan: fair\n  do: poor"),
        },
        "evidence/s.md:8: warning",
        "rated-above-assessor",
        "rated three levels above the assessor's rating: \"do\" is rated Great here, Poor in the assessor's report "
        "evidence/r.md",
    ),
]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES])
def test_problem_is_found_at_its_line(project: Project, case: LineCase) -> None:
    case.check(project)


def test_a_target_at_or_above_its_rating_and_a_gap_of_one_level_are_fine(project: Project) -> None:
    project.write(
        "evidence/s.md", md(SELF + "ratings:\n  plan: good\n  do: great\ntargets:\n  plan: good\n  do: great")
    )
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: fair\n  do: good"))
    codes = {p.code for p in project.problems()}
    assert not codes & {"target-below-rating", "rated-above-assessor"}, codes


def test_an_assessors_rating_from_some_sections_says_how_many(project: Project) -> None:
    """A report rating plan alone was shown as the assessor's rating of the whole challenge, "(median of the
    assessor's section ratings)", nothing saying the other sections went unrated (a fuzz of ratings)."""
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: good"))
    built = project.build(audience="internal")
    said = content(built.html("challenges/partnerships/")).select_one(".portfolio-assessor-summary").get_text(" ")
    assert "(median of the assessor's section ratings: 1 of 3 sections rated)" in " ".join(said.split()), said
    assert "(median of the assessor's section ratings: 1 of 3 sections rated)" in built.html("accreditation-pack/")
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: good\n  do: good\n  review: fair"))
    said = content(project.build(audience="internal").html("challenges/partnerships/")).select_one(
        ".portfolio-assessor-summary"
    )
    assert "(median of the assessor's section ratings)" in " ".join(said.get_text(" ").split())


def test_only_the_current_report_and_assessment_are_compared(project: Project) -> None:
    """An old report two levels below is history; the latest one (one level below) is what counts."""
    project.write("evidence/s.md", md(SELF + "ratings:\n  plan: great"))
    project.write("evidence/old.md", md(REPORT.replace("2026-11-10", "2025-11-10") + "ratings:\n  plan: fair"))
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: good"))
    assert "rated-above-assessor" not in {p.code for p in project.problems()}
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: fair"))
    warned = [p for p in project.problems() if p.code == "rated-above-assessor"]
    assert [(p.path, p.line) for p in warned] == [("evidence/s.md", 7)]
    assert warned[0].message.startswith('rated two levels above the assessor\'s rating: "plan"')


def test_a_self_assessment_the_assessor_has_seen_is_told_to_rate_again_in_the_next(project: Project) -> None:
    """A self-assessment written before the visit, rated far above what the assessor then gave, was told to say "what
    has changed since", which a document older than the visit cannot (an outside review): it is still warned of, as
    issue 15 asks, with advice for the next self-assessment; one of the report's own day counts as seen."""
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: poor"))
    for date in ("2026-10-01", "2026-11-10"):
        project.write("evidence/s.md", md(SELF.replace("2026-11-20", date) + "ratings:\n  plan: great"))
        warned = [p for p in project.problems() if p.code == "rated-above-assessor"]
        assert [(p.path, p.line) for p in warned] == [("evidence/s.md", 7)], date
        when = "is of the same day as" if date == "2026-11-10" else "came after"  # not "after": a careless review
        assert warned[0].message == (
            "rated three levels above the assessor's rating: \"plan\" is rated Great here, Poor in the assessor's "
            f"report evidence/r.md; the report {when} this self-assessment: rate the section again in the next "
            "one, from the report's findings. Until then, to keep this rating, say why under a heading \"### Since "
            'the last assessment" in this self-assessment\'s section "## Plan"'
        )
    project.write("evidence/s.md", md(SELF + "ratings:\n  plan: great"))
    warned = [p for p in project.problems() if p.code == "rated-above-assessor"]
    assert [(p.path, p.line) for p in warned] == [("evidence/s.md", 7)]
    assert "check the rating against the evidence (the assessor will ask)" in warned[0].message


@pytest.mark.parametrize("ratings", ["ratings:", "ratings:\n  plan:\n  do:"], ids=["empty", "lines-empty"])
def test_an_assessor_report_that_rates_nothing_is_warned_of(project: Project, ratings: str) -> None:
    """An assessor report from `portfolio new` with its rating lines left empty became the latest report and hid
    the previous report's ratings, without a word (an outside review). A rating written wrongly is an error of its
    own, and an overall rating alone rates the challenge: neither is warned of as rating nothing. A self-assessment
    without ratings is no mistake (it may come before its ratings): readiness lists it as a gap."""
    project.write("evidence/old.md", md(REPORT.replace("2026-11-10", "2025-11-10") + "ratings:\n  plan: fair"))
    project.write("evidence/r.md", md(REPORT + ratings))
    warned = [p for p in project.problems() if p.code == "no-ratings"]
    assert [(p.path, p.line, p.severity) for p in warned] == [("evidence/r.md", 7, "warning")]
    assert warned[0].message.startswith(
        "this assessor report rates no section and gives no overall rating: while it is the latest of challenge "
        '"partnerships", the challenge shows no assessor\'s rating'
    )
    assert warned[0].message.endswith("one line each (such as: plan: good)")
    assert project.check("--strict").code == 1
    # The example is the framework's: its first section, and a level of its scale (not Quest's "good" where the
    # scale has none: a new organisation's review).
    project.write("framework.yml", FRAMEWORK.replace("{id: good, label: Good}", "{id: solid, label: Solid}"))
    assert next(p.message for p in project.problems() if p.code == "no-ratings").endswith("(such as: plan: solid)")
    project.write("framework.yml", FRAMEWORK)
    for rated in ("ratings:\n  plan: gud", "overall: fair"):
        project.write("evidence/r.md", md(REPORT + rated))
        assert "no-ratings" not in {p.code for p in project.problems()}, rated
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: fair"))
    project.write("evidence/s.md", md(SELF + "summary: Ratings to follow."))
    assert "no-ratings" not in {p.code for p in project.problems()}
    readiness = project.command("readiness", str(project.root), "--audience", "internal", "--format", "json")
    gaps = json.loads(readiness.stdout)["gaps"]
    assert [(g["kind"], g["path"], g["line"]) for g in gaps if g["kind"] == "unrated"] == [
        ("unrated", "evidence/s.md", 2)
    ]


def test_a_rating_far_above_the_assessors_that_the_text_explains_is_not_warned_of_again(project: Project) -> None:
    """The message said to "say in the text what has changed since", and doing so changed nothing: a rise the
    organisation stands by failed every strict check until the next visit (a journey review). Text under "### Since
    the last assessment" in the section's own part of the self-assessment lifts the warning, in both doors; a heading
    with nothing under it, or one in another section, does not."""
    rated = SELF + "ratings:\n  plan: great\n  do: great"
    report = REPORT.replace("A. Assessor", "Jo Brennan")  # not the template's name, a mistake of its own
    project.write("evidence/r.md", md(report + "ratings:\n  plan: fair\n  do: fair"))
    project.write("evidence/s.md", md(rated, "## Plan\n\nWe plan.\n"))
    warned = [p for p in project.problems() if p.code == "rated-above-assessor"]
    assert [p.line for p in warned] == [7, 8]
    assert warned[0].message.endswith(
        "check the rating against the evidence (the assessor will ask). If it stands, say what has changed since, "
        'under a heading "### Since the last assessment" in this self-assessment\'s section "## Plan"'
    )
    body = (
        "## Plan\n\nWe plan.\n\n### Since the last assessment:\n\nA new partnership strategy, agreed in May.\n\n"
        "## Do\n\n### Since the last assessment\n\n### What do we currently do\n\nThe same as before.\n"
    )
    project.write("evidence/s.md", md(rated, body))
    warned = [p for p in project.problems() if p.code == "rated-above-assessor"]
    assert [p.line for p in warned] == [8]  # "do": its heading has nothing under it, which is said
    assert warned[0].message.endswith(
        'say what has changed since, under the heading "### Since the last assessment" of this self-assessment\'s '
        'section "## Do", which has no text under it yet'
    )
    checked = project.command("check", str(project.root), "--strict", "--format", "json")
    assert [(p["path"], p["line"]) for p in json.loads(checked.stdout) if p["code"] == "rated-above-assessor"] == [
        ("evidence/s.md", 8)
    ]
    built = project.build(strict=True)
    assert built.failed and [line for line in built.log if "rated two levels above" in line and ":8:" in line]
    project.write("evidence/s.md", md(rated, body.replace("### What do we", "We changed it all.\n\n### What do we")))
    assert "rated-above-assessor" not in {p.code for p in project.problems()}
    assert not project.build(strict=True).failed


def test_a_rating_far_above_the_assessors_that_only_a_narrower_build_shows_is_told_by_the_check(
    project: Project,
) -> None:
    """An accreditor's self-assessment rated far above the assessor's later report, which an internal one (a draft)
    since rates again: the accreditor's strict build failed on it, and `portfolio check --strict`, for the internal
    audience, passed (a review of valid portfolios). Every build and the check tell it, at its line."""
    report = REPORT.replace("A. Assessor", "Jo Brennan").replace("2026-11-10", "2026-03-01")
    project.write("evidence/r.md", md(report + "visibility: accreditor\nratings:\n  plan: fair"))
    early = SELF.replace("2026-11-20", "2026-01-15")
    project.write("evidence/s1.md", md(early + "visibility: accreditor\nratings:\n  plan: great"))
    project.write("evidence/s2.md", md(SELF.replace("2026-11-20", "2026-06-01") + "ratings:\n  plan: fair"))
    said = "evidence/s1.md:8: warning: rated two levels above the assessor's rating"
    checked = project.check("--strict")
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    for audience in ("internal", "accreditor"):
        built = project.build(strict=True, audience=audience)
        assert built.failed and any(said in line for line in built.log), (audience, built.log)


@pytest.mark.parametrize(
    "heading",
    [
        "Since the last assessment (November 2025)",
        "Since the last assessment \u2013 December 2025",
        "**Since the last assessment**",
        "Since our last assessment",
        "What has changed since the last assessment",
        "Changes since last assessment",
        "Since the previous assessment",
        "Since our 2025 Quest visit",  # (a review of valid portfolios: these three were not read)
        "Progress since the assessor's report",
        "Ers yr asesiad diwethaf",
    ],
)
def test_a_heading_saying_since_the_last_assessment_in_more_words_explains_a_rating(
    project: Project, heading: str
) -> None:
    """Text under "### Since the last assessment (November 2025)", in bold, or "Since our last assessment" left the
    warning in place, failing a strict check (a review of valid portfolios); a heading that says something else
    does not lift it."""
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: fair"))
    for written, warned in (
        (heading, []),
        ("Since the last assessments were made", [7]),
        ("Growth since 2024 in visit numbers", [7]),
        ("Highlights since our annual report", [7]),
    ):
        # its text under smaller headings of its own (a review of valid portfolios: told it had none)
        body = f"## Plan\n\n### {written}\n\n#### Participation\n\nNew.\n"
        project.write("evidence/s.md", md(SELF + "ratings:\n  plan: great", body))
        assert [p.line for p in project.problems() if p.code == "rated-above-assessor"] == warned, written


def test_both_doors_report_a_malformed_report_at_its_line(project: Project) -> None:
    project.write("evidence/r.md", md(REPORT + "ratings:\n  plan: grate"))
    checked = project.command("check", str(project.root), "--format", "json")
    assert checked.code == 1
    assert [(p["path"], p["line"], p["code"]) for p in json.loads(checked.stdout) if p["severity"] == "error"] == [
        ("evidence/r.md", 8, "unknown-rating")
    ]
    built = project.build()
    assert built.failed and any(
        line.startswith("portfolio: evidence/r.md:8: error: unknown rating") for line in built.log
    )


# ------------------------------------------------------------------------------------------------------ the pages


def test_the_challenge_page_sets_each_rating_beside_the_assessors_and_the_target(cycles: Project) -> None:
    page = content(cycles.build(audience="accreditor").html("challenges/partnerships/"))
    facts = {
        section["data-section"]: {
            dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(" ", strip=True)
            for dt in section.select(".portfolio-facts dt")
        }
        for section in page.select(".portfolio-section[data-section]")
    }
    assert facts["plan"]["Our rating"].startswith("Good")  # beside the assessor's: whose (an assessor's review)
    assert facts["plan"]["Assessor's rating"] == "Good (assessor agrees)"
    assert facts["do"]["Assessor's rating"] == "Good (assessor one level lower)"
    assert facts["review"]["Assessor's rating"] == "Poor (assessor one level lower)"
    assert [facts[s]["Target"] for s in ("plan", "do", "review")] == ["Great", "Great", "Good"]
    summary = page.select_one(".portfolio-assessor-summary").get_text(" ", strip=True)
    assert "Assessor's rating: Great" in summary and "assessor one level higher" in summary
    assert page.select_one(".portfolio-strengths").get_text(strip=True) == "One strength"
    assert page.select_one(".portfolio-improvements") is None  # the 2026 report lists none
    rows = page.select("table.portfolio-history tbody tr")
    assert [(row["data-item"], row["data-type"]) for row in rows] == [
        ("sa/partnerships-2025", SA),
        ("ar/partnerships-2025", AR),
        ("sa/partnerships-2026", SA),
        ("ar/partnerships-2026", AR),
    ]
    assert [td.get_text(strip=True) for td in rows[3].select("td")] == ["Great", "Good", "Good", "Poor"]
    # the overall rating first, in sight at a desktop's width (at the end, the table scrolled: an assessor's review)
    assert [th.get_text(strip=True) for th in page.select("table.portfolio-history thead th")][:2] == [
        "Rated by",
        "Overall",
    ]
    overall = [row.select("td")[0].get_text(" ", strip=True) for row in rows]  # as the chart gives them
    worked_out = "median of the section ratings"  # the cells said "Not rated" without an `overall` (an outside review)
    assert overall == [f"Fair {worked_out}", f"Fair {worked_out}", f"Good {worked_out}", "Great"]
    target = page.select_one("table.portfolio-history tfoot tr")
    assert [td.get_text(strip=True) for td in target.select("td")] == ["Great", "Great", "Great", "Good"]
    svg = page.select_one(".portfolio-chart svg")
    assert len(svg.select("circle")) == 2 and len(svg.select("rect")) == 2
    title = svg.title.get_text()
    assert "2025-10-01 Fair; 2026-10-01 Good" in title
    assert "Assessor's rating: 2025-11-10 Fair; 2026-11-10 Great" in title and "Target: Great" in title


def test_a_reports_strengths_and_improvements_are_a_list_on_its_page(project: Project) -> None:
    """Sentences joined with commas ran together ("...estate offices, A partnership framework..."), and one holding
    a comma could not be told from two (an assessor's review): each is an entry of a list; short names stay a line."""
    report = REPORT + "visibility: public\nstrengths: [Coaches based in the estate offices, Short one]\n"
    project.write("evidence/r.md", md(report + "improvements: ['Publish the survey, with what is done, yearly']\n"))
    page = content(project.build().html("r/"))
    lists = {dt.get_text(): dt.find_next_sibling("dd") for dt in page.select(".portfolio-panel dt")}
    assert [li.get_text() for li in lists["Strengths"].select("li")] == [
        "Coaches based in the estate offices",
        "Short one",
    ]
    assert [li.get_text() for li in lists["Improvements"].select("li")] == [
        "Publish the survey, with what is done, yearly"
    ]
    assert lists["Assessor"].get_text() == "A. Assessor" and not lists["Assessor"].select("li")


def test_a_strength_written_as_a_sentence_with_commas_is_one_strength(project: Project) -> None:
    """A report's strength written as one sentence, commas and semicolons in it, was told to be split at its commas
    into a list (which would make three wrong strengths), and failed a strict build, where a single text is a list
    of one entry (a careless contributor's review). Partners written so are still told."""
    sentence = "Outreach coaches based in the estate offices; strong links with the council, the NHS and Age UK"
    project.write("evidence/r.md", md(REPORT + f"visibility: public\nstrengths: {sentence}\n"))
    codes = {p.code for p in project.problems() if p.path == "evidence/r.md"}
    assert "comma-list" not in codes, codes
    page = content(project.build(strict=True).html("r/"))
    lists = {dt.get_text(): dt.find_next_sibling("dd") for dt in page.select(".portfolio-panel dt")}
    assert [li.get_text() for li in lists["Strengths"].select("li")] == [sentence]
    project.write("evidence/r.md", md(REPORT + "partners: Age UK, NHS Trust\n"))
    assert "comma-list" in {p.code for p in project.problems() if p.path == "evidence/r.md"}


def test_the_overview_has_an_assessor_column_only_where_a_report_exists(cycles: Project) -> None:
    overview = content(cycles.build(audience="accreditor").html(""))
    headers = [th.get_text(strip=True) for th in overview.select("table.portfolio-matrix thead th")]
    assert headers[-2:] == ["Assessor", "Target"]  # after the trend: the latest report's rating, then our target
    assert headers[-5] == "Our rating"  # beside the assessor's: whose (an assessor's review); "Rating" without one
    cells = {
        row["data-challenge"]: row.select_one("td.portfolio-assessor").get_text(" ", strip=True)
        for row in overview.select("table.portfolio-matrix tbody tr")
    }
    assert cells["partnerships"].startswith("Great") and "assessor one level higher" in cells["partnerships"]
    assert cells["people"] == "no report"


def test_the_pack_shows_the_previous_report_beside_the_new_self_assessment(cycles: Project) -> None:
    pack = content(cycles.build(audience="accreditor").html("accreditation-pack/"))
    previous = pack.select_one(".portfolio-pack-assessor")
    assert previous["data-item"] == "ar/partnerships-2026"
    # The 2026 report came after the 2026 self-assessment: the latest report, not the previous one.
    assert "Latest assessor report: Assessment 2026" in previous.get_text(" ", strip=True)
    assert "by B. Visitor" in previous.get_text(" ", strip=True)
    do = pack.find(id="pack-partnerships-do").find_next("div", class_="portfolio-section")
    assert "Good (assessor one level lower)" in do.get_text(" ", strip=True)
    public = content(cycles.build(audience="public").html("accreditation-pack/"))
    previous = public.select_one(".portfolio-pack-assessor")
    # named as the challenge's page names it, the latest, and said to come before (it read "Previous" in the pack
    # and "Latest" on the challenge's page: an assessor's review)
    said = "Latest assessor report, from before this self-assessment: Assessment 2025"
    assert said in previous.get_text(" ", strip=True)
    # The assessor never saw the 2026 self-assessment: the gap says how our rating moved since, not that the
    # assessor rated lower than it ("assessor one level lower" read as disagreeing with their own report: a review)
    words = [span.get_text(strip=True) for span in public.select(".portfolio-section .portfolio-gap")]
    assert words and all(word.startswith("(our rating is ") for word in words), words
    assert "Publish the partner survey" in previous.select_one(".portfolio-improvements").get_text()


def test_a_report_of_the_self_assessments_own_day_is_the_latest_not_the_previous(project: Project) -> None:
    """A report dated the day of the self-assessment was called the previous one, where the checks read it as
    having come after it (the assessor saw it); one with no self-assessment of its challenge was "previous" too."""
    write_items(project, {"sa/p.md": CYCLES["sa/partnerships-2026.md"], "ar/p.md": CYCLES["ar/partnerships-2026.md"]})
    write_items(project, {"ar/people.md": CYCLES["ar/people-2026.md"]})
    report = project.root / "evidence/ar/p.md"
    report.write_text(report.read_text().replace("2026-11-10", "2026-10-01"))
    pack = content(project.build(audience="internal").html("accreditation-pack/"))
    shown = {box["data-item"]: box.get_text(" ", strip=True) for box in pack.select(".portfolio-pack-assessor")}
    assert shown["ar/p"].startswith("Latest assessor report: Assessment 2026 , 1 October 2026"), shown
    assert shown["ar/people"].startswith("Latest assessor report:"), shown
    report.write_text(report.read_text().replace("2026-10-01", "2026-09-30"))
    pack = content(project.build(audience="internal").html("accreditation-pack/"))
    said = pack.select_one('[data-item="ar/p"]').get_text(" ", strip=True)
    assert said.startswith("Latest assessor report, from before this self-assessment:"), said


# -------------------------------------------------------------------------------------------- confidentiality

CANARY = "zqxcanary"
SECRET = {
    "sa/mine.md": {
        "title": "Our view",
        "type": SA,
        "challenge": "partnerships",
        "date": "2026-11-20",
        "ratings": {"plan": "great"},
        "visibility": "public",
    },
    "ar/secret.md": {
        "title": f"Visit {CANARY}title",
        "type": AR,
        "challenge": "partnerships",
        "date": "2026-11-10",
        "assessor": f"{CANARY}assessor",
        "ratings": {"plan": "poor"},
        "overall": "poor",
        "summary": f"{CANARY}summary",
        "strengths": [f"{CANARY}strength"],
        "improvements": [f"{CANARY}improvement"],
        "visibility": "accreditor",
    },
}


def test_an_accreditor_only_report_vanishes_from_a_public_build(project: Project) -> None:
    write_items(project, SECRET)
    public = project.build(audience="public")
    assert not public.failed, public.log
    assert CANARY not in public.all_output().lower()
    assert "ar/secret" not in public.all_output()
    data = public.portfolio
    challenge = data["challenges"][0]
    assert [challenge[key] for key in NEW_CHALLENGE_KEYS[1:]] == [None, None, None, None]
    assert challenge["sections"][0]["assessor_rating"] is None and challenge["sections"][0]["rating_gap"] is None
    assert "rated-above-assessor" not in {w["code"] for w in data["warnings"]}
    assert AR not in {item["type"] for item in data["items"]}
    rows = list(csv.DictReader(io.StringIO((public.site / "evidence.csv").read_text(encoding="utf-8"))))
    assert [row["id"] for row in rows] == ["sa/mine"]
    assert "Assessor" not in [th.get_text(strip=True) for th in content(public.html("")).select("thead th")]
    for url in ("challenges/partnerships/", "accreditation-pack/"):
        assert "assessor" not in content(public.html(url)).get_text(" ").lower(), url
    for output_format in ("text", "markdown"):
        report = project.command("report", str(project.root), "--audience", "public", "--format", output_format)
        assert report.code == 0 and CANARY not in report.stdout and "assessor" not in report.stdout.lower()
    report = project.command("report", str(project.root), "--audience", "public", "--format", "json").stdout
    sections = json.loads(report)["challenges"][0]["sections"]
    assert CANARY not in report and [s["assessor_rating"] for s in sections] == [None, None, None]
    # The widest build holds it all: the report, its ratings and the warning naming it.
    internal = project.build(audience="internal")
    assert f"{CANARY}strength" in internal.all_output()
    widest = internal.portfolio
    assert widest["challenges"][0]["assessor_report"] == "ar/secret"
    assert widest["challenges"][0]["sections"][0]["rating_gap"] == -3
    assert [w["line"] for w in widest["warnings"] if w["code"] == "rated-above-assessor"] == [7]
    accreditor = project.command("report", str(project.root), "--audience", "accreditor")
    assert "assessor Poor" in accreditor.stdout


def test_the_pack_pdf_shows_the_report_to_the_accreditor_only(project: Project, tmp_path: Any) -> None:
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    write_items(project, SECRET)

    def pdf_text(audience: str) -> str:
        output = tmp_path / f"{audience}.pdf"
        done = project.command("pdf", str(project.root), "-o", str(output), "--audience", audience)
        assert done.code == 0, done.stderr
        return "\n".join(page.extract_text() for page in PdfReader(output).pages)

    assert f"{CANARY}strength" in pdf_text("accreditor")
    assert CANARY not in pdf_text("public")


# ------------------------------------------------------------------------------------------------- the report


def _git(project: Project, *args: str) -> None:
    subprocess.run(["git", "-C", str(project.root), *args], check=True, capture_output=True)


def test_the_report_shows_assessor_ratings_and_targets_and_their_changes(cycles: Project) -> None:
    root = str(cycles.root)
    text = cycles.command("report", root, "--audience", "accreditor").stdout
    assert "rating Good, assessor's rating Great" in text
    assert "Do             0 supporting, NOT covered, Great, assessor Good, target Great" in text
    markdown = cycles.command("report", root, "--audience", "accreditor", "--format", "markdown").stdout
    assert "| Section | Supporting items | Covered | Rating | Assessor | Target | Actions |" in markdown
    assert "| Do | 0 | **no** | Great | Good | Great | 0 |" in markdown
    data = json.loads(cycles.command("report", root, "--audience", "accreditor", "--format", "json").stdout)
    partnerships = data["challenges"][0]
    assert (partnerships["assessor_rating"], partnerships["rating_gap"]) == ("great", 1)
    assert (partnerships["sections"][1]["assessor_rating"], partnerships["sections"][1]["target"]) == ("good", "great")
    _git(cycles, "init", "-q", "-b", "main")
    _git(cycles, "add", "-A")
    _git(cycles, "-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "base")
    changed = dict(CYCLES)
    changed["ar/partnerships-2026.md"] = {**CYCLES["ar/partnerships-2026.md"], "ratings": {"plan": "great"}}
    changed["sa/partnerships-2026.md"] = {**CYCLES["sa/partnerships-2026.md"], "targets": {"plan": "great"}}
    write_items(cycles, changed)
    result = cycles.command("report", root, "--audience", "accreditor", "--base", "main", "--format", "json")
    diff = json.loads(result.stdout)["changes"]
    assert diff["assessor_ratings_changed"] == [
        {"target": "partnerships/plan", "before": "good", "after": "great"},
        {"target": "partnerships/do", "before": "good", "after": None},
        {"target": "partnerships/review", "before": "poor", "after": None},
    ]
    assert diff["targets_changed"] == [
        {"target": "partnerships/do", "before": "great", "after": None},
        {"target": "partnerships/review", "before": "good", "after": None},
    ]
    text = cycles.command("report", root, "--audience", "accreditor", "--base", "main").stdout
    assert "Assessor's rating of Partnerships › Plan (partnerships/plan): Good -> Great" in text
    assert "Target of Partnerships › Review (partnerships/review): Good -> no target" in text
    public = cycles.command("report", root, "--audience", "public", "--base", "main", "--format", "json").stdout
    assert json.loads(public)["changes"]["assessor_ratings_changed"] == [], "the changed report is not public"


# ------------------------------------------------------------------------------------ carrying a cycle forward

PREVIOUS = (
    SELF.replace("2026-11-20", "2026-10-01")
    + "ratings:\n  plan: good\n  do: fair\noverall: good\ntargets:\n  plan: great\nvisibility: accreditor\n"
    + "authors: [Jo]"
)
PREVIOUS_BODY = """
Who took part.

## Plan

### What do we currently do

- We plan with partners ([the plan](../work/plan.md)).

### What action can we take

- Plan more.

## Do

### What do we currently do

- We do things.
"""


def test_from_previous_carries_the_ratings_texts_and_the_assessors_improvements(project: Project) -> None:
    project.write(
        "evidence/work/plan.md", md("title: Plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    )
    project.write("evidence/sa/2026.md", md(PREVIOUS, PREVIOUS_BODY))
    project.write(
        "evidence/ar/2026.md",
        md(REPORT + "improvements: [Involve small partners, Publish the survey]\nvisibility: accreditor"),
    )
    carry = ("new", "self-assessment", "--from-previous", "--challenge", "partnerships", "--date", "2027-10-01")
    carry += ("--project", str(project.root))
    project.write(  # before the previous self-assessment: not the one that followed it
        "evidence/ar/2025.md",
        md(REPORT.replace("2026-11-10", "2025-11-10") + "improvements: [An old improvement]"),
    )
    done = project.command(*carry)
    assert done.code == 0, done.stderr
    path = done.stdout.strip()
    assert path == "evidence/sa/2027-10-01-partnerships-self-assessment-2027.md"
    text = (project.root / path).read_text(encoding="utf-8")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["challenge"] == "partnerships" and str(front["date"]) == "2027-10-01"
    assert front["ratings"] == {"plan": "good", "do": "fair", "review": None}
    assert front["targets"] == {"plan": "great", "do": None, "review": None}
    assert front["overall"] == "good" and front["visibility"] == "accreditor" and front["authors"] == ["Jo"]
    body = text.split("---\n", 2)[2]
    assert "- We plan with partners ([the plan](../work/plan.md))." in body and "- We do things." in body
    assert "## Review\n\n> How do you review with partners?" in body  # no text before: the skeleton
    improvements = body.index("What action can we take: the assessor's improvements")
    assert body.index("- Involve small partners") > improvements and "- Publish the survey" in body
    assert "An old improvement" not in body
    assert "The assessor's report “R” (2026-11-10) asked for these improvements." in body
    problems = [p for p in project.problems() if p.path == path]
    assert [p.code for p in problems if p.severity == "error"] == []
    # the note of improvements is no section's heading, which failed `check --strict` (a careless user's review)
    assert not {"broken-link", "section-heading"} & {p.code for p in problems}, problems
    # a second assessor's report: its improvements were listed alone, the first one's left out (an assessor's review)
    (project.root / path).unlink()
    second = REPORT.replace("2026-11-10", "2026-11-12").replace("A. Assessor", "B. Assessor").replace("R\n", "R2\n", 1)
    project.write("evidence/ar/2026-second.md", md(second + "improvements: [Train the volunteers]"))
    done = project.command(*carry)
    assert done.code == 0, done.stderr
    assert "with the improvements of evidence/ar/2026.md and evidence/ar/2026-second.md" in done.stderr
    body = (project.root / done.stdout.strip()).read_text(encoding="utf-8").split("---\n", 2)[2]
    assert "The assessors' reports asked for these improvements." in body
    first, later = body.index("From “R” (2026-11-10):"), body.index("From “R2” (2026-11-12):")
    assert first < body.index("- Involve small partners") < later < body.index("- Train the volunteers")


def test_from_previous_is_never_wider_than_what_it_copies(project: Project) -> None:
    """A public self-assessment followed by an accreditor-only report: the new one copies the report's improvements,
    so it is for accreditors, and --visibility public is refused; a public build holds none of the report's text."""
    project.write("evidence/sa/2026.md", md(PREVIOUS.replace("visibility: accreditor", "visibility: public")))
    project.write("evidence/ar/2026.md", md(REPORT + "improvements: [Involve small partners]\nvisibility: accreditor"))
    carry = ("new", "self-assessment", "--from-previous", "--challenge", "partnerships", "--date", "2027-10-01")
    wider = project.command(*carry, "--visibility", "public", "--project", str(project.root))
    assert wider.code == 2 and "copies text from evidence/ar/2026.md" in wider.stderr
    assert "cannot be public" in wider.stderr
    done = project.command(*carry, "--project", str(project.root))
    assert done.code == 0, done.stderr
    text = (project.root / done.stdout.strip()).read_text(encoding="utf-8")
    assert yaml.safe_load(text.split("---\n")[1])["visibility"] == "accreditor" and "Involve small partners" in text
    public, internal = project.build(audience="public"), project.build(audience="internal")
    assert "Involve small partners" in internal.all_output()
    assert "Involve small partners" not in public.all_output()


def test_from_previous_refuses_what_it_cannot_do(project: Project) -> None:
    root = str(project.root)
    nothing = project.command("new", "self-assessment", "--from-previous", "--challenge", "people", "--project", root)
    assert nothing.code == 2 and 'no self-assessment of challenge "people"' in nothing.stderr
    project.write("evidence/sa/people.md", md(SELF.replace("partnerships", "people") + "ratings:\n  plan: soudn"))
    project.write("evidence/people-plan.md", md("title: E\ntype: evidence\nmaps_to: people/plna\ndate: 2026-01-01"))
    broken = project.command("new", "self-assessment", "--from-previous", "--challenge", "people", "--project", root)
    # the self-assessment named, not the evidence with errors (an outside review)
    assert broken.code == 2 and "(evidence/sa/people.md has errors" in broken.stderr, broken.stderr
    (project.root / "evidence/people-plan.md").unlink()
    (project.root / "evidence/sa/people.md").unlink()
    wrong = project.command("new", "evidence", "--from-previous", "--project", root)
    assert wrong.code == 2 and "--from-previous starts a new self-assessment" in wrong.stderr
    project.write("evidence/sa/2026.md", md(PREVIOUS))
    early = project.command(
        "new",
        "self-assessment",
        "--from-previous",
        "--challenge",
        "partnerships",
        "--date",
        "2026-10-01",
        "--project",
        root,
    )
    assert early.code == 2 and "must be dated after the previous one (2026-10-01" in early.stderr


def test_the_rating_chart_draws_without_a_stylesheet_and_its_dates_do_not_overprint(project: Project) -> None:
    """In the PDF, whose SVG renderer reads no stylesheet, the line was a filled black wedge and the dates of close
    assessments printed over each other (an assessor's review): each shape carries its look as attributes, and a
    date is written only with room beside the next one written (the latest always)."""
    for month in range(1, 8):
        project.item(
            f"sa/partnerships-{month}.md",
            f"title: SA {month}\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-0{month}-01\n"
            f"visibility: public\nratings: {{plan: {('fair', 'good')[month % 2]}}}",
        )
    svg = content(project.build().html("challenges/partnerships/")).select_one(".portfolio-chart svg")
    assert len(svg.select("circle")) == 7
    assert all(line["fill"] == "none" and line["stroke"] for line in svg.select("polyline"))
    assert all(label.get("font-size") == "11" for label in svg.select("text"))
    dates = [(float(t["x"]), t.get_text()) for t in svg.select("text") if t.get_text().startswith("2026-")]
    assert dates[-1][1] == "2026-07-01", "the latest date is written"
    assert 1 < len(dates) < 7 and all(b[0] - a[0] >= 66 for a, b in itertools.pairwise(dates)), dates


def test_the_rating_chart_places_each_rating_by_its_date(project: Project) -> None:
    """Ratings 36 days apart and 329 days apart were drawn the same distance apart, where a metric's chart spaces
    its points by date (an assessor's review)."""
    for date, rating in (("2025-10-15", "fair"), ("2025-11-20", "good"), ("2026-10-15", "great")):
        project.item(
            f"sa/partnerships-{date}.md",
            f"title: SA {date}\ntype: self-assessment\nchallenge: partnerships\ndate: {date}\n"
            f"visibility: public\nratings: {{plan: {rating}}}",
        )
    svg = content(project.build().html("challenges/partnerships/")).select_one(".portfolio-chart svg")
    xs = [float(circle["cx"]) for circle in svg.select("circle")]
    assert len(xs) == 3 and xs[0] < xs[1] < xs[2]
    assert abs((xs[2] - xs[1]) / (xs[1] - xs[0]) - 329 / 36) < 0.5, xs
    # no date under which another point stands, undated, that it would seem to date (an accessibility review)
    dates = [t.get_text() for t in svg.select("text") if t.get_text()[:2] == "20"]
    assert dates == ["2026-10-15"], dates


def test_from_previous_refuses_to_pass_over_a_later_one_with_errors(project: Project) -> None:
    """The latest self-assessment, or the assessor report after the previous one, with a mistake in it was passed
    over without a word: the new one started from last year's, or left the report's improvements out (a careless-user
    review). Refused, naming the file to fix."""
    root = str(project.root)
    carry = ("new", "self-assessment", "--from-previous", "--challenge", "partnerships", "--date", "2027-10-01")
    project.write("evidence/sa/2025.md", md(PREVIOUS.replace("2026-10-01", "2025-10-01")))
    project.write("evidence/sa/2026.md", md(PREVIOUS.replace("plan: good", "plan: goood")))
    later = project.command(*carry, "--project", root)
    assert later.code == 2 and "evidence/sa/2026.md has errors" in later.stderr, later.stderr
    assert "start from the older evidence/sa/2025.md" in later.stderr
    project.write("evidence/sa/2026.md", md(PREVIOUS))
    project.write("evidence/ar/2026.md", md(REPORT + "ratings:\n  plan: goood\nimprovements: [Involve partners]"))
    report = project.command(*carry, "--project", root)
    assert report.code == 2 and "evidence/ar/2026.md has errors" in report.stderr, report.stderr
    assert "its improvements would be left out" in report.stderr
    assert not list((project.root / "evidence/sa").glob("2027-*"))
    # front matter that cannot be read at all was passed over too (an outside review): none can say of what type
    project.write("evidence/ar/2026.md", md(REPORT + "ratings:\n  plan: good\nimprovements: [Involve partners]"))
    project.write("evidence/sa/2026-11.md", md(PREVIOUS.replace("2026-10-01", "2026-11-01") + "\ntitle: 'It's ours'"))
    unread = project.command(*carry, "--project", root)
    assert unread.code == 2 and "evidence/sa/2026-11.md:" in unread.stderr, unread.stderr
    assert "cannot be read (`portfolio check` says why), and it may be the latest self-assessment" in unread.stderr
    assert not list((project.root / "evidence/sa").glob("2027-*"))
    project.write("evidence/sa/2026-11.md", "---\ntitle: 'An action's notes'\ntype: action\n---\n")  # no rating
    assert project.command(*carry, "--project", root).code == 0


def test_a_withheld_self_assessments_warnings_are_reported_by_every_audiences_check(project: Project) -> None:
    """An internal self-assessment rated far above the assessor's passed `portfolio check --strict` for the public,
    and failed the internal build (a careless contributor's review), as did a public one rated against an internal
    report (a hostile review): every file's problems are reported, whoever sees it. Its warnings are those of the
    widest build, at its lines, and no file of the public site names it."""
    canary = "CANARY-RATED-HIGH"
    project.write("evidence/s.md", md(SELF + "visibility: internal\nratings:\n  plan: good\n  do: great", canary))
    project.write("evidence/r.md", md(REPORT + "visibility: internal\nratings:\n  plan: fair\n  do: poor"))
    wide = [(p.path, p.line, p.code) for p in project.problems("internal") if p.code == "rated-above-assessor"]
    assert wide == [("evidence/s.md", 9, "rated-above-assessor")]
    for audience in ("public", "accreditor"):
        said = [(p.path, p.line, p.code) for p in project.problems(audience) if p.code == "rated-above-assessor"]
        assert said == wide, audience
    checked = project.check_in_process("--strict", "--audience", "public")
    assert checked.code == 1 and "evidence/s.md:9: warning: rated three levels above" in checked.stdout
    # a public self-assessment rated against an internal report: said in every build too (a hostile review)
    public_self = md(SELF + "visibility: public\nratings:\n  plan: good\n  do: great", canary)
    project.write("evidence/s.md", public_self)
    for audience in ("public", "accreditor", "internal"):
        said = [(p.path, p.line, p.code) for p in project.problems(audience) if p.code == "rated-above-assessor"]
        assert said == wide, audience
    assert "rated three levels" not in project.build(audience="public").all_output()  # (it names the report)
    project.write("evidence/s.md", md(SELF + "visibility: internal\nratings:\n  plan: good\n  do: great", canary))
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert canary in (internal.site / "s/index.html").read_text(encoding="utf-8")
    for path in public.site.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".js", ".xml", ".txt"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert canary not in text and "evidence/s.md" not in text and "rated three levels" not in text, path


def test_a_withheld_self_assessments_warnings_say_whose_build_they_count(project: Project) -> None:
    """The public check told an internal self-assessment's rating not backed ("1 of the 2 supporting items it
    needs", the internal build's count, beside the public build's "0 of the 2" of the same section) and called it
    "the current one" of its challenge, with nothing to say of which build (an outside review): told by a check or
    build for another audience, each names the build."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: internal")
    earlier = "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-02-01\nvisibility: internal\n"
    project.item("sa-1.md", earlier + "ratings:\n  plan: good\n  do: good")
    project.item("sa-2.md", earlier.replace("02-01", "03-01") + "ratings:\n  plan: good")
    said = {p.code: p.message for p in project.problems("internal") if p.path.startswith("evidence/sa-2")}
    assert "has 1 of the 1 supporting item" not in said.get("unbacked-rating", "")  # (plan is backed: 1 item)
    assert said["rating-dropped"].startswith('this self-assessment, the current one of challenge "partnerships", ')
    public = {p.code: p.message for p in project.problems("public") if p.path.startswith("evidence/sa-2")}
    assert public["rating-dropped"].startswith(
        'this self-assessment, the current one of challenge "partnerships" in the internal build, rates no do'
    ), public
    project.item("sa-2.md", earlier.replace("02-01", "03-01") + "ratings:\n  plan: good\n  review: good")
    told = {p.code: p.message for p in project.problems("internal") if p.path.startswith("evidence/sa-2")}
    assert "has 0 of the 1 supporting item it needs; add" in told["unbacked-rating"], told
    public = {p.code: p.message for p in project.problems("public") if p.path.startswith("evidence/sa-2")}
    assert "has 0 of the 1 supporting item it needs in the internal build; add" in public["unbacked-rating"], public
