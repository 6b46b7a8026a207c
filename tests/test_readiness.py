"""`portfolio readiness`: every gap before the assessor's visit, at its PATH:LINE, sorted, in three formats, with
exit 0 only when ready; the same list on the internal site's readiness page, which no other audience gets."""

from __future__ import annotations

import json
from typing import Any

import pytest
from bs4 import BeautifulSoup

from conftest import Project

AS_OF, VISIT = "2026-11-27", "2027-03-01"
ASSESSMENT = "evidence/assessments/partnerships-2026.md"


@pytest.fixture
def gappy(project: Project) -> Project:
    """A portfolio with one gap of every kind by the visit on 2027-03-01 (as of 2026-11-27), and things that are
    not gaps next to each: a fresh item, a done action, an action due after the visit, an internal stale item."""
    framework = (project.root / "framework.yml").read_text()
    project.write(
        "framework.yml",
        framework.replace(
            "min_evidence: 1", "min_evidence: 1\nmax_evidence_age_days: 365\nassessment_max_age_days: 200"
        ),
    )

    def evidence(name: str, maps_to: str, date: str, visibility: str = "accreditor", body: str = "Text.\n") -> None:
        project.item(
            f"partnerships/{name}.md",
            f"title: {name}\ntype: evidence\nmaps_to: {maps_to}\ndate: {date}\nvisibility: {visibility}",
            body,
        )

    evidence("fresh", "partnerships/plan", "2026-06-01", "public")
    evidence("ageing", "partnerships/do", "2025-12-01")  # 361 days on 2026-11-27, 455 on the visit
    evidence("old", "partnerships/do", "2025-01-01")  # stale already
    evidence("old-internal", "partnerships/do", "2025-01-01", "internal")  # stale, but the assessor never sees it
    evidence(
        "draft",
        "partnerships/plan",
        "2026-09-01",
        body="## About this document\n\nWhat it is, who produced it and when.\n",
    )

    def action(name: str, due: str, status: str) -> None:
        project.item(
            f"actions/{name}.md",
            f"title: {name}\ntype: action\nmaps_to: partnerships/review\ndate: 2026-01-01\nowner: Lead\n"
            f"due: {due}\nstatus: {status}\nvisibility: accreditor",
        )

    action("late", "2026-10-01", "in-progress")
    action("soon", "2027-02-01", "planned")
    action("today", AS_OF, "planned")  # due today: not overdue yet, but due by the visit
    action("on-the-day", VISIT, "in-progress")
    action("finished", "2026-01-01", "done")
    action("later", "2027-06-01", "planned")
    project.item(
        "assessments/partnerships-2026.md",
        "title: Partnerships 2026\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-06-01\n"
        "visibility: accreditor\nratings: {plan: good, do: fair, review: good}",
        "## Plan\n\n> How do you plan with partners?\n\n### What do we currently do\n\n### What action can we take\n\n"
        "## Do\n\nWe co-produce.\n",  # nothing written about Plan, and Review has no heading at all
    )
    return project


def gap(kind: str, challenge: str | None, section: str | None, path: str | None, line: int | None) -> tuple[Any, ...]:
    return (kind, challenge, section, path, line)


EXPECTED = [  # (kind, challenge, section, path, line), in no particular order
    gap("uncovered", "partnerships", "review", "framework.yml", 28),  # the section's line, as check gives
    gap("unbacked", "partnerships", "review", ASSESSMENT, 7),  # the line of the ratings
    # partnerships/do is covered today by "ageing" alone, which is stale by the visit; it is rated fair
    gap("uncovered-by-visit", "partnerships", "do", "framework.yml", 25),
    gap("unbacked-by-visit", "partnerships", "do", ASSESSMENT, 7),
    gap("old-assessment", "partnerships", None, ASSESSMENT, 5),  # 273 days before the visit, more than 200
    gap("unanswered", "partnerships", "plan", ASSESSMENT, 9),  # its heading's line
    gap("uncovered", "people", "plan", "framework.yml", 34),
    gap("unassessed", "people", None, "framework.yml", 31),  # the challenge's line
    gap("stale-by-visit", None, None, "evidence/partnerships/ageing.md", 5),
    gap("stale", None, None, "evidence/partnerships/old.md", 5),
    gap("placeholder", None, None, "evidence/partnerships/draft.md", 10),
    gap("overdue", None, None, "evidence/actions/late.md", 7),
    gap("due-by-visit", None, None, "evidence/actions/soon.md", 7),
    gap("due-by-visit", None, None, "evidence/actions/today.md", 7),
    gap("due-by-visit", None, None, "evidence/actions/on-the-day.md", 7),
]


def in_order(gaps: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Sorted by challenge and section in the framework's order (not the alphabet's: a careless-user review), path
    and line, null after any value, then by kind in the documented order."""
    kinds = ["uncovered", "unbacked", "uncovered-by-visit", "unbacked-by-visit", "stale", "stale-by-visit", "overdue"]
    kinds += ["due-by-visit", "unassessed", "old-assessment", "unanswered", "placeholder"]
    framework_order = {"partnerships": 0, "people": 1, "plan": 0, "do": 1, "review": 2}

    def key(entry: tuple[Any, ...]) -> tuple[Any, ...]:
        kind, challenge, section, *where = entry
        ranked = (framework_order.get(challenge), framework_order.get(section), *where)
        return (*((value is None, "" if value is None else value) for value in ranked), kinds.index(kind))

    return sorted(gaps, key=key)


def readiness(project: Project, *args: str) -> tuple[int, Any]:
    done = project.command("readiness", str(project.root), "--format", "json", *args)
    assert done.code in (0, 1) and done.stdout, done.stderr
    return done.code, json.loads(done.stdout)


def test_it_lists_every_gap_by_the_visit_sorted_and_at_its_line(gappy: Project) -> None:
    code, data = readiness(gappy, "--visit", VISIT)
    assert code == 1 and data["ready"] is False
    assert (data["as_of"], data["visit"], data["audience"]) == (AS_OF, VISIT, "accreditor")
    found = [(g["kind"], g["challenge"], g["section"], g["path"], g["line"]) for g in data["gaps"]]
    assert found == in_order(EXPECTED)
    assert all(isinstance(g["message"], str) and g["message"] for g in data["gaps"])
    titled = {g["kind"]: g["title"] for g in data["gaps"] if g["title"] is not None}
    assert titled == {"stale": "old", "stale-by-visit": "ageing", "placeholder": "draft", "overdue": "late"} | {
        "due-by-visit": titled["due-by-visit"]
    }, "an item's gap names its title; a section's or a challenge's names none"
    checked = {(p.path, p.line) for p in gappy.problems("accreditor") if p.code == "uncovered-section"}
    assert checked == {(g["path"], g["line"]) for g in data["gaps"] if g["kind"] == "uncovered"}, "as check says"


def test_without_a_visit_the_visit_is_the_day_the_portfolio_is_as_of(gappy: Project) -> None:
    _, data = readiness(gappy)
    kinds = [g["kind"] for g in data["gaps"]]
    assert data["visit"] == AS_OF
    assert "stale-by-visit" not in kinds and "old-assessment" not in kinds  # 179 days old: not more than 200
    assert [g["path"] for g in data["gaps"] if g["kind"] == "due-by-visit"] == ["evidence/actions/today.md"]


def test_an_audience_sees_its_own_gaps(gappy: Project) -> None:
    _, accreditor = readiness(gappy)
    _, internal = readiness(gappy, "--audience", "internal")
    _, public = readiness(gappy, "--audience", "public")
    internal_stale = "evidence/partnerships/old-internal.md"
    assert internal_stale in [g["path"] for g in internal["gaps"] if g["kind"] == "stale"]
    assert internal_stale not in [g["path"] for g in accreditor["gaps"]]
    # The public sees no accreditor item: the self-assessment and most evidence are gone.
    assert ("unassessed", "partnerships") in [(g["kind"], g["challenge"]) for g in public["gaps"]]
    assert not any(g["path"] and "actions/" in g["path"] for g in public["gaps"])


def test_a_ready_portfolio_exits_0(project: Project) -> None:
    for challenge, sections in (("partnerships", ("plan", "do", "review")), ("people", ("plan",))):
        for section in sections:
            project.item(
                f"{challenge}/{section}.md",
                f"title: {section}\ntype: evidence\nmaps_to: {challenge}/{section}\ndate: 2026-06-01\n"
                "visibility: accreditor",
            )
        project.item(
            f"assessments/{challenge}.md",
            f"title: {challenge}\ntype: self-assessment\nchallenge: {challenge}\ndate: 2026-06-01\n"
            "visibility: accreditor\nratings: {" + ", ".join(f"{section}: good" for section in sections) + "}",
        )
    code, data = readiness(project, "--visit", VISIT)
    assert (code, data["ready"], data["gaps"]) == (0, True, [])
    text = project.command("readiness", str(project.root), "--visit", VISIT)
    assert text.code == 0 and text.stdout.strip() == (
        f"Ready for the visit on {VISIT}: no gaps in the portfolio for the accreditor audience, as of {AS_OF}"
    )


def test_text_and_markdown_name_each_gap_where_it_is(gappy: Project) -> None:
    text = gappy.command("readiness", str(gappy.root), "--visit", VISIT)
    lines = text.stdout.splitlines()
    assert text.code == 1 and len(lines) == len(EXPECTED) + 1
    assert (
        lines[-1]
        == f"Not ready for the visit on {VISIT}: 15 gaps in the portfolio for the accreditor audience, as of {AS_OF}"
    )
    assert f"{ASSESSMENT}:7: unbacked: " in text.stdout
    overdue = 'evidence/actions/late.md:7: overdue: late: due 2026-10-01 and status "in-progress" (owner: Lead); finish'
    assert overdue in text.stdout, "the item's title and the action's owner: a list that reads without the files"
    assert "framework.yml:31: unassessed: People has no self-assessment; write one with" in text.stdout
    assert "evidence/partnerships/draft.md:10: placeholder: draft: still holds the placeholder text" in text.stdout
    markdown = gappy.command("readiness", str(gappy.root), "--visit", VISIT, "--format", "markdown").stdout
    assert markdown.startswith(f"## Not ready for the visit on {VISIT}: 15 gaps")
    assert "### Self-assessment sections with nothing written (1)" in markdown
    said = (
        f'{ASSESSMENT}:9: unanswered: "Partnerships 2026" has nothing written about Plan, only headings; write under '
        "them what you do now and what action you can take, or the assessor reads the headings alone"
    )
    assert said in text.stdout, text.stdout
    assert "### Actions due by the visit (3)" in markdown and "- `framework.yml:28`: Partnerships › Review" in markdown
    assert "### Sections that will not be covered by the visit (1)" in markdown
    said = (
        "framework.yml:25: uncovered-by-visit: Partnerships › Do will not be covered on the day of the visit, "
        f"{VISIT}: 1 of the 1 item supporting it will be stale by then, leaving 0 of the 1 it needs; add evidence "
        "mapped to partnerships/do"
    )
    assert said in text.stdout, text.stdout
    assert f'{ASSESSMENT}:7: unbacked-by-visit: "do" is rated Fair, but the section will not be covered' in text.stdout


@pytest.mark.parametrize(
    ("visit", "message"),
    [
        ("2027-13-01", "the date 2027-13-01 does not exist; check the month (01 to 12) and the day of the month"),
        ("0000-03-01", "the date 0000-03-01 does not exist; there is no year 0000; write the real year"),
        ("2027-3-15", '"2027-3-15" is not a date; write it as YYYY-MM-DD'),
        ("2026-01-01", "is before the day"),
    ],
)
def test_a_visit_that_is_no_date_or_already_past_is_refused(gappy: Project, visit: str, message: str) -> None:
    done = gappy.command("readiness", str(gappy.root), "--visit", visit)
    assert done.code == 2 and message in done.stderr


def test_assessment_max_age_days_must_be_a_whole_number_of_days(project: Project) -> None:
    framework = (project.root / "framework.yml").read_text()
    project.write("framework.yml", framework.replace("min_evidence: 1", "min_evidence: 1\nassessment_max_age_days: 0"))
    done = project.command("check", str(project.root))
    assert done.code == 1
    assert 'framework.yml:14: error: "assessment_max_age_days" must be at least 1, not 0' in done.stdout


def test_the_internal_site_lists_the_same_gaps_on_its_readiness_page_and_no_other_site_has_it(gappy: Project) -> None:
    _, data = readiness(gappy)
    internal = gappy.build(audience="internal")
    assert internal.portfolio["pages"]["readiness"] == "readiness/"
    page = BeautifulSoup(internal.html("readiness/"), "html.parser")
    listed = [(li["data-gap"], li.get_text(" ", strip=True)) for li in page.select("li[data-gap]")]
    assert sorted(kind for kind, _ in listed) == sorted(g["kind"] for g in data["gaps"])
    for entry in data["gaps"]:  # (what is written between backticks shown as code)
        assert any(entry["message"].replace("`", "") in text for kind, text in listed if kind == entry["kind"])
    # a section's gap reads on from the link to the section, which it named again below it (a review)
    uncovered = [(li.a.get_text(), li.get_text(" ", strip=True)) for li in page.select('li[data-gap="uncovered"]')]
    assert uncovered and all(text.count(named) == 1 for named, text in uncovered), uncovered
    assert page.select_one('li[data-gap="overdue"] a')["href"] == "../actions/late/"
    for audience in ("accreditor", "public"):
        site = gappy.build(audience=audience)
        assert "readiness" not in site.portfolio["pages"] and not (site.site / "readiness").exists()


def test_an_owner_portfolio_new_wrote_for_want_of_asking_is_a_placeholder(project: Project) -> None:
    """Run by a script, `portfolio new action` writes `owner: to be agreed` (an outside review: nothing flagged it
    afterwards)."""
    where = ("--project", str(project.root))
    made = project.command(
        "new", "action", "--title", "Plan X", "--maps-to", "partnerships/review", "--date", "2026-11-01", *where
    )
    assert made.code == 0 and "owner (to be agreed)" in made.stderr, made.stderr
    path = made.stdout.strip()  # relative to the project
    line = next(n for n, text in enumerate((project.root / path).read_text().splitlines(), 1) if "owner:" in text)
    _, data = readiness(project, "--audience", "internal")  # the action is internal, as `new` writes it
    owner = [g for g in data["gaps"] if g["kind"] == "placeholder" and '"owner"' in g["message"]]
    assert [(g["path"], g["line"]) for g in owner] == [(path, line)]
    assert 'is still "to be agreed"' in owner[0]["message"] and "who is responsible" in owner[0]["message"]
    told = [g for g in data["gaps"] if g["path"] == path and g["line"] == line]
    assert len(told) == 1, told  # once, though the check warns of it too (below)
    checked = project.command("check", str(project.root), "--audience", "internal", "--format", "json")
    said = [p for p in json.loads(checked.stdout) if p["path"] == path and p["line"] == line]
    assert [(p["code"], p["severity"]) for p in said] == [("template-text", "warning")], said


def test_a_challenge_whose_self_assessment_the_assessor_does_not_see_names_it(gappy: Project) -> None:
    """`portfolio new self-assessment` wrote visibility: internal, and readiness went on saying "People has no
    self-assessment; write one" after one was written (a contributor's review): the internal one is named, at its
    visibility's line. `new` now writes the template's accreditor."""
    done = gappy.command(
        "new",
        "self-assessment",
        "--title",
        "People SA",
        "--challenge",
        "people",
        "--date",
        "2026-11-01",
        "--project",
        str(gappy.root),
    )
    assert done.code == 0, done.stderr
    written = gappy.root / done.stdout.strip()
    assert "visibility: accreditor" in written.read_text()
    text = written.read_text().replace("visibility: accreditor", "visibility: internal")
    written.write_text(text)
    line = text.splitlines().index(next(t for t in text.splitlines() if t.startswith("visibility:"))) + 1
    shown = gappy.command("readiness", str(gappy.root), "--visit", VISIT)
    assert (
        f"{done.stdout.strip()}:{line}: unassessed: People has no self-assessment the accreditor audience sees: "
        f'{done.stdout.strip()} is internal; set its "visibility: accreditor" if the assessors are to see it'
    ) in shown.stdout, shown.stdout
    public = gappy.command("readiness", str(gappy.root), "--audience", "public", "--visit", VISIT)  # (a review: "the
    # assessor" was told to be shown what the assessors see already)
    assert 'is internal; set its "visibility: public" if everyone is to see it' in public.stdout, public.stdout
    internal = json.loads(
        gappy.command("readiness", str(gappy.root), "--audience", "internal", "--format", "json").stdout
    )
    assert "people" not in [g["challenge"] for g in internal["gaps"] if g["kind"] == "unassessed"]


def test_a_self_assessment_that_rates_nothing_is_a_gap(project: Project) -> None:
    """A self-assessment written by `portfolio new` and never rated: the pack and the report say "not rated", and
    readiness said nothing of it (a careless-user review). A gap at its `ratings` line; an overall rating is a
    rating. One that rates some sections leaves a gap at each other section (another careless-user review: the pack
    showed "not rated" beside the other sections' ratings)."""
    project.item(
        "assessments/people.md",
        "title: People\ntype: self-assessment\nchallenge: people\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan:",
    )
    _, data = readiness(project, "--visit", VISIT)
    [gap] = [gap for gap in data["gaps"] if gap["kind"] == "unrated"]
    assert (gap["challenge"], gap["section"], gap["path"], gap["line"]) == (
        "people",
        None,
        "evidence/assessments/people.md",
        7,
    )
    assert "rates no section of" in gap["message"] and '"not rated"' in gap["message"]
    project.item(
        "assessments/people.md",
        "title: People\ntype: self-assessment\nchallenge: people\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan:\noverall: good",
    )
    assert not [gap for gap in readiness(project, "--visit", VISIT)[1]["gaps"] if gap["kind"] == "unrated"]
    project.item(
        "assessments/partners.md",
        "title: Partners\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan: good\n  do:\noverall: good",
    )
    _, data = readiness(project, "--visit", VISIT)
    unrated = [(g["challenge"], g["section"], g["path"], g["line"]) for g in data["gaps"] if g["kind"] == "unrated"]
    # `do:` left empty, at its own line; `review`, not written, at `ratings:` (a staff walkthrough: both at the
    # latter, and the scale's ids not named)
    assert unrated == [
        ("partnerships", "do", "evidence/assessments/partners.md", 9),
        ("partnerships", "review", "evidence/assessments/partners.md", 7),
    ], unrated
    shown = project.command("readiness", str(project.root), "--visit", VISIT)
    assert (
        'evidence/assessments/partners.md:9: unrated: "Partners" rates other sections of Partnerships and not Do, so '
        'the assessor reads "not rated" there; rate it under "ratings:" (do: one of poor, fair, good, great)'
    ) in shown.stdout, shown.stdout
    # a section left unrated on purpose (`do: unrated`) is no gap; one that leaves every section so rates nothing
    # (a false-positive review: the first was never closed, the second never said)
    project.item(
        "assessments/partners.md",
        "title: Partners\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan: good\n  do: unrated\noverall: good",
    )
    project.item(
        "assessments/people.md",
        "title: People\ntype: self-assessment\nchallenge: people\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan: unrated",
    )
    _, data = readiness(project, "--visit", VISIT)
    unrated = [(g["challenge"], g["section"]) for g in data["gaps"] if g["kind"] == "unrated"]
    assert unrated == [("partnerships", "review"), ("people", None)], unrated


def test_a_section_rated_lowest_with_no_action_the_assessor_sees_is_a_gap(project: Project) -> None:
    """An Unsatisfactory section with no improvement action, and one whose only action was internal: readiness said
    nothing, and the assessor's pack showed "No actions" (an assessor's and a new organisation's reviews). A gap at
    the rating's line until an action the audience sees, not done, maps to the section."""
    project.item(
        "assessments/partners.md",
        "title: Partners\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan: poor\n  do: fair\n  review: poor",
    )

    def unplanned() -> list[tuple[Any, ...]]:
        _, data = readiness(project, "--visit", VISIT)
        return [(g["section"], g["path"], g["line"]) for g in data["gaps"] if g["kind"] == "unplanned"]

    where = "evidence/assessments/partners.md"
    assert unplanned() == [("plan", where, 8), ("review", where, 10)]
    shown = project.command("readiness", str(project.root), "--visit", VISIT).stdout
    assert (
        f"{where}:8: unplanned: Partnerships › Plan is rated Poor, the lowest level, and no action the accreditor "
        "audience sees, not done, maps to partnerships/plan: the assessor will ask what is planned; add one with `portfolio new "
        "action --maps-to partnerships/plan --visibility accreditor`"  # which the audience sees (a careless review)
    ) in shown, shown

    def action(name: str, maps_to: str, visibility: str, status: str = "planned") -> None:
        project.item(
            f"actions/{name}.md",
            f"title: {name}\ntype: action\nmaps_to: {maps_to}\ndate: 2026-01-01\nowner: Lead\ndue: 2027-06-01\n"
            f"status: {status}\nvisibility: {visibility}",
        )

    action("staff-only", "partnerships/plan", "internal")
    action("finished", "partnerships/review", "accreditor", "done")
    assert unplanned() == [("plan", where, 8), ("review", where, 10)], "the assessor sees neither as planned"
    _, internal = readiness(project, "--visit", VISIT, "--audience", "internal")
    assert [g["section"] for g in internal["gaps"] if g["kind"] == "unplanned"] == ["review"], "staff see theirs"
    action("planned", "partnerships/review", "accreditor")
    assert unplanned() == [("plan", where, 8)]
    # the improvement plan says so too, for each audience (an assessor's review: it had no heading for the section)
    for audience, said in (("accreditor", ["partnerships/plan"]), ("internal", [])):
        page = BeautifulSoup(project.build(audience=audience).html("improvement-plan/"), "html.parser")
        flagged = [
            group["data-target"]
            for group in page.select(".portfolio-plan-group")
            if group.select_one(".portfolio-flag--unplanned")
        ]
        assert flagged == said, (audience, flagged)
        if said:
            assert page.select_one(".portfolio-flag--unplanned").get_text() == (
                "Rated Poor, the lowest level, and no action in this plan is for it."
            )


def test_a_command_a_gap_names_is_shown_as_code_on_the_readiness_page(project: Project) -> None:
    """The readiness page showed the backticks around `portfolio new action --maps-to ...` (an assessor's review)."""
    project.item(
        "sa.md",
        "title: People\ntype: self-assessment\nchallenge: people\ndate: 2026-06-01\nvisibility: accreditor\n"
        "ratings:\n  plan: poor",
    )
    page = BeautifulSoup(project.build(audience="internal").html("readiness/"), "html.parser")
    [gap] = page.select('li[data-gap="unplanned"]')
    shown = [code.get_text() for code in gap.select(".portfolio-summary code")]
    assert shown == ["portfolio new action --maps-to people/plan --visibility accreditor"], gap
    assert "`" not in gap.get_text()
