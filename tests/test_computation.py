"""The computation of SPEC section 4 on frameworks of other shapes, through real builds and the pure core."""

from __future__ import annotations

import fnmatch

import pytest

from conftest import FRAMEWORK as TEST_FRAMEWORK
from conftest import REPOSITORY, Project
from evidence_portfolio.computation.portfolio import rollup
from evidence_portfolio.model.framework import Level
from evidence_portfolio.model.percentages import whole_percent

SCALE = tuple(Level(f"l{i}", f"L{i}", i) for i in range(6))


@pytest.mark.parametrize(
    ("method", "positions", "expected"),
    [
        ("median", [0, 5], 0),  # the lower median of an even count
        ("median", [1, 4, 5], 4),
        ("median", [3, 0, 2, 5], 2),
        ("min", [3, 1, 4], 1),
        ("mean", [0, 1], 0),  # 0.5 rounded down
        ("mean", [2, 3, 5], 3),  # 3.33 rounded down
        ("mean", [5, 5, 4], 4),  # 4.67 rounded down
    ],
)
def test_rollup(method: str, positions: list[int], expected: int) -> None:
    assert rollup([SCALE[p] for p in positions], method, SCALE) == SCALE[expected]


def test_rollup_of_nothing_is_unrated() -> None:
    assert rollup([], "median", SCALE) is None


FRAMEWORK = """\
id: other-standard
title: Other Standard
rating_scale: [{id: d}, {id: c}, {id: b, label: Bee}, {id: a}, {id: a-plus, label: A+}, {id: star}, {id: superb}]
sections:
  - {id: intent, label: Intent}
  - {id: implementation, label: Implementation}
  - {id: evaluation, label: Evaluation}
  - {id: learning, label: Learning}
rollup: ROLLUP
min_evidence: 2
max_evidence_age_days: 30
challenges:
  - id: governance
    title: Governance
    weight: 2
    sections:
      intent: {question: Q1}
      implementation: {question: Q2}
      evaluation: {question: Q3}
      learning: {question: Q4}
  - id: reach
    title: Reach
    sections:
      learning: {question: Q5}
"""


def other_project(project: Project, method: str) -> Project:
    project.write("framework.yml", FRAMEWORK.replace("ROLLUP", method))
    for name, date, sections, visibility in [
        ("e1", "2026-11-20", ["governance/intent", "reach/learning"], "public"),
        ("e2", "2026-10-28", ["governance/intent", "governance/evaluation"], "accreditor"),  # exactly 30 days old
        ("e3", "2026-10-27", ["governance/implementation"], "public"),  # 31 days: stale
        ("e4", "2026-11-01", ["governance/implementation", "reach/learning"], "public"),
        ("e5", "2026-11-02", ["governance/evaluation"], "internal"),
    ]:
        project.item(
            f"{name}.md",
            f"title: {name}\ntype: evidence\ndate: {date}\nvisibility: {visibility}\nmaps_to: {sections}",
        )
    project.item(
        "sa-old.md",
        "title: Old\ntype: self-assessment\nchallenge: governance\ndate: 2026-01-01\nvisibility: public\n"
        "ratings: {intent: superb, implementation: superb}\noverall: superb",
    )
    project.item(
        "sa-new.md",
        "title: New\ntype: self-assessment\nchallenge: governance\ndate: 2026-09-01\nvisibility: accreditor\n"
        "ratings: {intent: A+, implementation: bee, evaluation: D}",
    )
    return project


@pytest.mark.parametrize(("method", "expected"), [("median", "b"), ("min", "d"), ("mean", "b")])
def test_other_framework_shapes(project: Project, method: str, expected: str) -> None:
    # Positions of the accreditor build's ratings: A+ 4, Bee 2, D 0: median 2, min 0, mean 2.
    result = other_project(project, method).build(audience="accreditor")
    assert not result.failed, result.log
    data = result.portfolio
    governance, reach = data["challenges"]
    assert (governance["rating"], governance["rating_source"]) == (expected, "rollup")
    sections = {section["id"]: section for section in governance["sections"]}
    assert sections["intent"]["evidence"] == ["e1", "e2"] and sections["intent"]["covered"] is True
    assert sections["implementation"]["evidence"] == ["e4"] and sections["implementation"]["stale"] == ["e3"]
    assert sections["implementation"]["covered"] is False  # min_evidence 2
    assert sections["evaluation"]["evidence"] == ["e2"] and sections["evaluation"]["covered"] is False
    assert [s["rating"] for s in governance["sections"]] == ["a-plus", "b", "d", None]
    assert governance["coverage"] == 0.25
    assert reach["sections"][0]["covered"] is True and reach["coverage"] == 1.0
    assert data["coverage"] == 0.4
    assert data["withheld"] == 1
    items = {item["id"]: item for item in data["items"]}
    assert items["e2"]["stale"] is False and items["e3"]["stale"] is True
    assert "e5" not in items


def test_public_build_uses_the_latest_self_assessment_it_contains(project: Project) -> None:
    data = other_project(project, "median").build(audience="public").portfolio
    governance = data["challenges"][0]
    # The newer self-assessment is for accreditors: the public build's current one is the old one, with overall.
    assert (governance["rating"], governance["rating_source"]) == ("superb", "overall")
    assert [s["rating"] for s in governance["sections"]] == ["superb", "superb", None, None]
    assert governance["sections"][0]["evidence"] == ["e1"] and governance["sections"][0]["covered"] is False


def test_rating_not_backed_by_evidence_is_shown_on_the_challenge_page(project: Project) -> None:
    result = other_project(project, "median").build(audience="accreditor")
    warnings = [(w["path"], w["line"], w["message"]) for w in result.portfolio["warnings"]]
    assert (
        "evidence/sa-new.md",
        7,
        'rating not backed by evidence: "implementation" is rated Bee but the section '
        # the build whose count it is, as an uncovered section's (a review of valid portfolios: a public
        # self-assessment's count, read beside the internal site's)
        "has 1 of the 2 supporting items it needs in the accreditor build; add evidence mapped to "
        "governance/implementation or lower the rating",
    ) in warnings
    # D is the lowest level: an uncovered section rated D is not flagged.
    assert not any(w[1] == 7 and "evaluation" in w[2] for w in warnings)
    html = result.html(result.portfolio["challenges"][0]["url"])
    assert html.count("Rating not backed by evidence") == 1


def test_stale_and_overdue_use_as_of(project: Project) -> None:
    project.item(
        "late.md",
        "title: Late\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Me\ndue: 2026-11-26",
    )
    project.item(
        "done.md",
        "title: Done\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Me\ndue: 2026-01-26\n"
        "status: done",
    )
    project.item(
        "today.md",
        "title: Today\ntype: action\nmaps_to: partnerships/do\ndate: 2026-01-01\nowner: Me\ndue: 2026-11-27",
    )
    lines = project.check_in_process().lines
    overdue = [line for line in lines if "overdue" in line]
    assert overdue == [
        'evidence/late.md:7: warning: overdue action: due 2026-11-26 and status "planned"; finish it and set '
        '"status: done", or agree a new due date'
    ]


def test_yes_and_no_are_words_not_booleans(project: Project) -> None:
    """YAML 1.1 reads yes/no/on/off as booleans; here they stay words, so they can be rating ids."""
    framework = (project.root / "framework.yml").read_text()
    project.write(
        "framework.yml",
        framework.replace(
            "  - {id: poor, label: Poor}\n  - {id: fair, label: Fair}\n  - {id: good, label: Good}\n  - {id: great, label: Great}\n",
            "  - {id: 'no', label: Not yet}\n  - {id: 'yes', label: Achieved}\n",
        ),
    )
    project.item(
        "sa.md",
        "title: SA\ntype: self-assessment\nchallenge: people\ndate: 2026-01-01\nratings: {plan: yes}\noverall: no",
    )
    data = project.build().portfolio
    people = data["challenges"][1]
    assert (people["sections"][0]["rating"], people["rating"], people["rating_source"]) == ("yes", "no", "overall")


def test_files_mkdocs_leaves_out_are_counted_as_withheld(project: Project) -> None:
    """SPEC 5: every file under evidence/ ends up in the site, withheld and counted, or in an error. MkDocs leaves
    dot-files, dot-folders and evidence/templates/ out of every build: besides the warning naming them, they are
    counted in `withheld` (git's own files, such as .gitkeep, aside)."""
    project.item(
        "pub/open.md", "title: Open\ntype: evidence\nmaps_to: people/plan\ndate: 2026-11-01\nvisibility: public"
    )
    before = project.build(audience="internal").portfolio["withheld"]
    project.write("evidence/pub/.draft.md", "---\ntitle: Draft\ntype: evidence\n---\n")
    project.write("evidence/.hidden/a.md", "# A\n")
    project.write("evidence/.hidden/deeper/b.pdf", "%PDF\n")
    project.write("evidence/templates/t.md", "# T\n")
    project.write("evidence/pub/.gitkeep", "")
    project.write("evidence/.github/n.md", "---\ntitle: N\ntype: evidence\n---\n")  # not git's own
    built = project.build(audience="internal")
    assert built.portfolio["withheld"] == before + 5, built.portfolio
    assert built.portfolio["withheld_items"] == 0
    skipped = "\n".join(line for line in built.warnings if "is not published" in line)
    for path in ("evidence/pub/.draft.md:1:", "evidence/.hidden:1:", "evidence/templates:1:", "evidence/.github:1:"):
        assert path in skipped, skipped
    assert ".gitkeep" not in skipped


@pytest.mark.parametrize("name", ["Thumbs.db", "desktop.ini", ".DS_Store", "~$report.docx", ".~lock.report.docx#"])
def test_what_the_system_leaves_beside_documents_is_withheld_without_a_word(project: Project, name: str) -> None:
    """Windows' thumbnails, the Finder's settings and office programs' lock files failed `check --strict` (an
    outside review): counted as withheld, no warning, and a new portfolio's .gitignore leaves them out of git."""
    project.item(
        "pub/open.md", "title: Open\ntype: evidence\nmaps_to: people/plan\ndate: 2026-11-01\nvisibility: public"
    )
    before = project.build(audience="internal").portfolio["withheld"]
    project.write(f"evidence/pub/{name}", "x")
    built = project.build(audience="internal", strict=True)
    assert not built.failed and built.portfolio["withheld"] == before + 1, built.warnings
    assert not list(built.site.rglob(name)) and project.check("--strict").code == 0
    ignored = (REPOSITORY / "plugins/evidence_portfolio/starter/project/.gitignore").read_text().splitlines()
    assert any(fnmatch.fnmatch(name, pattern) for pattern in ignored if pattern and not pattern.startswith("#"))


@pytest.mark.parametrize(
    ("covered", "sections", "written"),
    [
        (5, 8, "63%"),
        (1, 8, "13%"),
        (57, 200, "29%"),
        (3, 8, "38%"),
        (2, 3, "67%"),
        (1, 3, "33%"),
        (0, 5, "0%"),
        (4, 4, "100%"),
        (199, 200, "99%"),
        (1, 250, "1%"),
        (249, 250, "99%"),
    ],
)
def test_a_whole_percentage_rounds_half_up_as_people_round(covered: int, sections: int, written: str) -> None:
    """5 sections of 8 are 62.5%: 63% on the pages and in `portfolio report`, as a spreadsheet writes it (Python's
    round wrote 62%, rounding a half to the even number)."""
    assert whole_percent(covered / sections) == written


def test_a_section_whose_id_is_a_number_is_named_with_its_label(project: Project) -> None:
    """Sections "1", "2" and "3" were named by id alone in the warnings about them (a review of valid portfolios):
    their labels follow, where a label is more than its id in other capitals."""
    numbered = TEST_FRAMEWORK.replace("{id: plan, label: Plan}", '{id: "1", label: Plan}')
    numbered = numbered.replace(
        "      plan:\n        question: How do you plan with", '      "1":\n        question: How do you plan with'
    )
    numbered = numbered.replace(
        "      plan:\n        question: How do you plan your", '      "1":\n        question: How do you plan your'
    )
    project.write("framework.yml", numbered)
    project.item(
        "sa.md", "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  1: good"
    )
    lines = project.check_in_process().lines
    assert 'framework.yml:20: warning: section "1" (Plan) of challenge "partnerships" is not covered: it has 0 ' in (
        "\n".join(lines)
    ), lines
    assert any(
        line.startswith('evidence/sa.md:7: warning: rating not backed by evidence: "1" (Plan) is rated Good')
        for line in lines
    ), lines
    assert any(line.startswith('framework.yml:23: warning: section "do" of challenge') for line in lines), lines
