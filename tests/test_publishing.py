"""Publishing for accreditors: leak-proof audience builds, the accreditation pack (page and PDF), exports,
freshness, the improvement plan and the rating history."""

from __future__ import annotations

import csv
import io
import os
import re

import pytest
from bs4 import BeautifulSoup

from conftest import MKDOCS_YML, Project, bookmarks_under

CANARY = "quokkacanary"
"""Planted in every field, the body, the file name and an attachment of each item that a build must withhold."""


def canary_item(project: Project, visibility: str, marker: str, assessed: str) -> None:
    word = f"{CANARY}{marker}"
    project.item(
        f"partnerships/{word}-file.md",
        f"""
        title: {word} title
        type: case-study
        maps_to: [partnerships/plan, people]
        date: 2026-06-01
        summary: {word} summary
        partners: [{word} partner]
        tags: [{word}-tag]
        authors: [{word} author]
        visibility: {visibility}
        attachments: [files/{word}-attachment.csv]
        """,
        f"# {word} heading\n\n{word} body with an image ![x](files/{word}-image.png).\n",
    )
    project.write(f"evidence/partnerships/files/{word}-attachment.csv", f"{word},1\n")
    project.write(f"evidence/partnerships/files/{word}-image.png", f"\x89PNG {word}".encode())
    project.item(
        f"actions/{word}-action.md",
        f"title: {word} action\ntype: action\nmaps_to: partnerships/do\ndate: 2026-06-01\nowner: {word} owner\n"
        f"due: 2027-01-01\nvisibility: {visibility}",
    )
    project.item(
        f"assessments/{word}-assessment.md",
        f"title: {word} assessment\ntype: self-assessment\nchallenge: people\ndate: {assessed}\n"
        f"visibility: {visibility}\nratings: {{plan: great}}",
        f"## Plan\n\n### What do we currently do\n\n{word} narrative.\n",
    )


@pytest.fixture
def published(project: Project) -> Project:
    """A portfolio with public items, and canary items for accreditors only ("acc") and internal only ("int")."""
    project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://portfolio.example.org/\n"
    )
    project.item(
        "partnerships/plan/strategy.md",
        "title: Partnership strategy\ntype: evidence\nmaps_to: [partnerships/plan, people/plan]\ndate: 2026-03-01\n"
        "summary: Agreed with partners.\nvisibility: public",
    )
    project.item(
        "partnerships/do/old-minutes.md",
        "title: Old minutes\ntype: evidence\nmaps_to: partnerships/do\ndate: 2023-01-01\nvisibility: public",
    )
    project.item(
        "assessments/partnerships-2025.md",
        "title: Partnerships 2025\ntype: self-assessment\nchallenge: partnerships\ndate: 2025-10-01\nvisibility: public\n"
        "ratings: {plan: poor, do: poor, review: poor}",
    )
    project.item(
        "assessments/partnerships-2026.md",
        "title: Partnerships 2026\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nvisibility: public\n"
        "ratings: {plan: good, do: great, review: fair}\noverall: good",
        "## Plan\n\n### What do we currently do\n\nWe plan with the [strategy](../partnerships/plan/strategy.md).\n\n"
        "### What action can we take\n\nInvite more partners.\n\n## Review\n\nPartners review with us.\n",
    )
    project.item(
        "actions/forum.md",
        "title: Start a forum\ntype: action\nmaps_to: partnerships/review\ndate: 2026-01-01\nowner: Head of Sport\n"
        "due: 2026-06-30\nstatus: in-progress\nvisibility: public",
    )
    project.item(
        "actions/survey.md",
        "title: Run a survey\ntype: action\nmaps_to: partnerships/review\ndate: 2026-01-01\nowner: Analyst\n"
        "due: 2026-03-31\nstatus: done\nvisibility: public",
    )
    framework = (project.root / "framework.yml").read_text()
    project.write("framework.yml", framework.replace("min_evidence: 1", "min_evidence: 1\nmax_evidence_age_days: 1095"))
    canary_item(project, "accreditor", "acc", "2026-03-01")
    canary_item(project, "internal", "int", "2026-04-01")
    return project


@pytest.mark.parametrize(
    ("audience", "hidden", "shown"),
    [
        ("public", ["acc", "int"], []),
        ("accreditor", ["int"], ["acc"]),
        ("internal", [], ["acc", "int"]),
    ],
)
def test_withheld_items_appear_in_no_output_byte(
    published: Project, audience: str, hidden: list[str], shown: list[str]
) -> None:
    result = published.build(audience=audience)
    assert not result.failed, result.log
    output = result.all_output().lower()  # every file's name and bytes: pages, search index, sitemap, data, files
    for marker in hidden:
        assert f"{CANARY}{marker}" not in output
    for marker in shown:
        assert f"{CANARY}{marker}" in output
        assert (result.site / f"partnerships/files/{CANARY}{marker}-attachment.csv").exists()
    # Per withheld audience: three items, and the attachment and image only they refer to.
    assert (result.portfolio["withheld"], result.portfolio["withheld_items"]) == (5 * len(hidden), 3 * len(hidden))
    overview = BeautifulSoup(result.html(""), "html.parser").get_text(" ", strip=True)
    if hidden:  # said whom they are for: "withheld from this audience" read as hidden from them (an assessor)
        who = "the accreditor or staff" if len(hidden) == 2 else "staff"
        assert f"{3 * len(hidden)} items kept for {who} only" in overview


def test_an_action_of_several_sections_says_where_else_the_plan_lists_it(published: Project) -> None:
    """An action of two sections is listed under each: an assessor counted eight entries under a headline of six
    actions (an assessor's review). Each entry names the other places."""
    published.item(
        "actions/both.md",
        "title: Share the plan\ntype: action\nmaps_to: [partnerships/do, partnerships/review, people/plan, people]\n"
        "date: 2026-01-01\nowner: Head of Sport\ndue: 2027-01-01\nstatus: planned\nvisibility: public",
    )
    page = BeautifulSoup(published.build(audience="public").html("improvement-plan/"), "html.parser")
    said = {
        group["data-target"]: group.select_one('li[data-item="actions/both"] .portfolio-also').get_text(strip=True)
        for group in page.select(".portfolio-plan-group")
        if group.select_one('li[data-item="actions/both"]')
    }
    assert said == {
        "partnerships/do": "· also under Review, People › Plan, People as a whole",
        "partnerships/review": "· also under Do, People › Plan, People as a whole",
        "people/plan": "· also under Partnerships › Do, Partnerships › Review, the challenge as a whole",
        "people": "· also under Partnerships › Do, Partnerships › Review, Plan",
    }, said
    assert not page.select('li[data-item="actions/forum"] .portfolio-also')  # one section: said nowhere else


def test_the_audience_is_read_without_capitals_or_spaces(published: Project) -> None:
    """PORTFOLIO_AUDIENCE=Public, as a person types it in a CI setting, is the public audience (it was refused while
    `visibility: Public` was read); a word that is no audience is still refused, with the choices."""
    public = published.build(audience=" Public ")
    assert public.portfolio["audience"] == "public"
    assert CANARY not in public.all_output().lower()
    internal = published.build(audience="Internal")
    assert internal.portfolio["audience"] == "internal"
    assert CANARY in internal.all_output().lower()
    refused = published.check_in_process(env={"PORTFOLIO_AUDIENCE": "everyone"})
    assert refused.code != 0
    assert (
        'PORTFOLIO_AUDIENCE is "everyone"; use one of public (everyone: public items only), accreditor (the '
        "assessors: their items and the public's) or internal (the staff: every item)" in refused.stderr
    )
    # the docs speak of the assessor's pack, and the audience is "accreditor" (a journey review)
    refused = published.check_in_process(env={"PORTFOLIO_AUDIENCE": "assessor"})
    assert refused.code == 2 and ('(the staff: every item) (an assessor\'s audience is "accreditor")' in refused.stderr)
    refused = published.check_in_process(env={"PORTFOLIO_AUDIENCE": "acreditor"})  # misspelt: the word meant
    assert refused.code == 2 and (
        'PORTFOLIO_AUDIENCE is "acreditor"; use one of public (everyone' in refused.stderr
        and '(the staff: every item); did you mean "accreditor"?' in refused.stderr
    )


@pytest.mark.parametrize("mistake", ["variable", "option"])
def test_a_build_refused_for_its_audience_leaves_no_other_audiences_site_in_its_folder(
    published: Project, mistake: str
) -> None:
    """An internal build, then a public one into the same folder with the audience mistyped (`PORTFOLIO_AUDIENCE=pub`,
    `audience: pubic` in mkdocs.yml): the build stopped before MkDocs empties the folder, which still held the whole
    internal site, `"audience": "internal"` and every canary, to be uploaded by hand (a hostile review). It is
    emptied as the build stops, as it is when an item's error stops one."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    site = published.root / "site"
    config = published.root / "mkdocs.yml"
    os.environ["PORTFOLIO_AUDIENCE"] = "internal"
    try:
        build(load_config(str(config), site_dir=str(site)))
        assert CANARY in "".join(p.read_text(errors="replace") for p in site.rglob("*") if p.is_file()).lower()
        if mistake == "variable":
            os.environ["PORTFOLIO_AUDIENCE"] = "pub"
        else:
            del os.environ["PORTFOLIO_AUDIENCE"]
            text = config.read_text(encoding="utf-8")
            published.write(
                "mkdocs.yml", re.sub(r"(?m)^(\s+)- portfolio.*$", r"\1- portfolio:\n\1    audience: pubic", text)
            )
        with pytest.raises((MkDocsException, SystemExit)):
            build(load_config(str(config), site_dir=str(site)))
    finally:
        os.environ.pop("PORTFOLIO_AUDIENCE", None)
    assert site.is_dir() and not list(site.iterdir()), sorted(site.iterdir())


@pytest.mark.parametrize("target", ["project", "framework"])
@pytest.mark.parametrize("audience", ["internal", "pub"])
def test_a_site_folder_leading_to_the_project_is_refused_and_nothing_of_it_emptied(
    published: Project,
    audience: str,
    target: str,
    tmp_path_factory: pytest.TempPathFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """`mkdocs build -d LINK`, a symbolic link to the project's folder (or to one holding it): MkDocs compares the
    paths as written, and a build emptied the folder first, deleting evidence/, mkdocs.yml and framework.yml; so did
    a build refused for a mistyped audience, since it empties its folder (a hostile review). Both are refused,
    naming the folder, and nothing is deleted."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    link = tmp_path_factory.mktemp("links") / "site-link"
    if target == "framework":  # the framework file in a folder of its own (a second hostile review)
        (published.root / "fw").mkdir()
        (published.root / "framework.yml").rename(published.root / "fw/framework.yml")
        config = published.root / "mkdocs.yml"
        config.write_text(
            config.read_text(encoding="utf-8").replace("framework: framework.yml", "framework: fw/framework.yml")
        )
    link.symlink_to(published.root / ("fw" if target == "framework" else ""), target_is_directory=True)
    before = sorted(path.name for path in published.root.iterdir())
    os.environ["PORTFOLIO_AUDIENCE"] = audience
    try:
        with pytest.raises((MkDocsException, SystemExit)):
            build(load_config(str(published.root / "mkdocs.yml"), site_dir=str(link)))
    finally:
        os.environ.pop("PORTFOLIO_AUDIENCE", None)
    assert sorted(path.name for path in published.root.iterdir()) == before
    assert (published.root / "mkdocs.yml").is_file() and (published.root / "evidence").is_dir()
    assert (published.root / ("fw/framework.yml" if target == "framework" else "framework.yml")).is_file()
    if audience == "internal":
        assert "which holds the project's own files (through a symbolic link)" in caplog.text, caplog.text
    assert CANARY in published.build(audience="internal").all_output().lower()  # (the project still builds whole)


def test_an_audience_variable_set_to_nothing_stops_both_doors(published: Project) -> None:
    """PORTFOLIO_AUDIENCE set to nothing (a CI variable that came out empty) built the audience of mkdocs.yml, the
    internal site here, without a word (a hostile review): both doors stop, saying so. Unset, the build is the
    internal one, with every canary (so that the refusal is not of a build that would have held nothing)."""
    config = (published.root / "mkdocs.yml").read_text()
    published.write("mkdocs.yml", config.replace("  - portfolio:\n", "  - portfolio:\n      audience: internal\n", 1))
    widest = published.build()
    assert not widest.failed and f"{CANARY}int" in widest.all_output().lower(), widest.log
    said = "PORTFOLIO_AUDIENCE is set, to nothing; set it to one of public, accreditor, internal, or unset it"
    for nothing in ("", " "):
        refused = published.build(audience=nothing)
        assert refused.failed and any(said in line for line in refused.log), refused.log
        assert not (refused.site / "index.html").exists()
        checked = published.check_in_process(env={"PORTFOLIO_AUDIENCE": nothing})
        assert checked.code == 2 and said in checked.stderr, checked.stderr


@pytest.mark.parametrize("command", [["pack", "-o"], ["pdf", "-o"], ["readiness"], ["report"]])
def test_a_misspelt_audience_stops_every_command(published: Project, command: list[str]) -> None:
    """PORTFOLIO_AUDIENCE=publc in a public build's job: the pack and the PDF were the accreditor's, the default,
    with a note on stderr, and readiness ignored it (an outside review). Every command stops, naming the one meant,
    whatever --audience says; with the variable right, the pack is made."""
    output = published.root.parent / f"out.{'zip' if command[0] == 'pack' else 'pdf'}"
    command = [*command, str(output)] if command[-1] == "-o" else command
    refused = published.command(*command, str(published.root), env={"PORTFOLIO_AUDIENCE": "publc"})
    assert refused.code == 2, refused.stderr
    assert 'PORTFOLIO_AUDIENCE is "publc"; use one of public (everyone: public items only)' in refused.stderr
    assert '(the staff: every item); did you mean "public"?' in refused.stderr
    assert not output.exists()
    if command[0] == "readiness":
        assert published.command(*command, str(published.root), env={"PORTFOLIO_AUDIENCE": "public"}).code in (0, 1)


def test_the_audience_option_of_mkdocs_yml_is_read_without_capitals_too(published: Project) -> None:
    """`audience: Public` in mkdocs.yml was refused, where PORTFOLIO_AUDIENCE=Public and `visibility: Public` were
    read (a conformance review): both doors read it as public, and the build holds nothing above it."""
    config = (published.root / "mkdocs.yml").read_text()
    published.write("mkdocs.yml", config.replace("  - portfolio:\n", "  - portfolio:\n      audience: Public\n", 1))
    assert "audience: Public" in (published.root / "mkdocs.yml").read_text()
    checked = published.check_in_process()
    assert checked.code in (0, 1) and "audience" not in checked.stdout + checked.stderr, checked.stderr
    public = published.build()
    assert not public.failed and public.portfolio["audience"] == "public", public.log
    assert CANARY not in public.all_output().lower()
    assert CANARY in published.build(audience="internal").all_output().lower()


def test_withheld_items_are_absent_from_the_pdf(published: Project, tmp_path) -> None:
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    pdf = tmp_path / "pack.pdf"
    done = published.command("pdf", str(published.root), "-o", str(pdf), env={"PORTFOLIO_AUDIENCE": "public"})
    assert done.code == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert CANARY not in text.lower()
    assert "Partnership strategy" in text and "How do you plan with partners?" in text


def test_accreditation_pack_page(published: Project) -> None:
    result = published.build(audience="accreditor")
    data = result.portfolio
    assert data["pages"]["print"] == "accreditation-pack/"
    page = BeautifulSoup(result.html("accreditation-pack/"), "html.parser")
    article = page.select_one("article")
    text = article.get_text(" ", strip=True)
    cover = article.select_one(".portfolio-pack-cover").get_text(" ", strip=True)
    assert (
        "Test portfolio" in cover
        and "Test Standard" in cover
        and "27 November 2026" in cover
        and "Prepared for The assessors" in cover
    )
    contents = [a["href"] for a in article.select(".portfolio-pack-toc a")]
    assert contents[:2] == ["#pack-partnerships", "#pack-partnerships-plan"]
    challenges = article.select("h2.portfolio-pack-challenge")
    assert [h["id"] for h in challenges] == ["pack-partnerships", "pack-people"]
    for question in (
        "How do you plan with partners?",
        "How do you work with partners?",
        "How do you review with partners?",
        "How do you plan your workforce?",
        "Partners plan with us.",
        "Partners are involved.",
    ):
        assert question in text
    plan = article.select_one("#pack-partnerships-plan").find_next("div", class_="portfolio-section")
    assert "Good ✓ backed by evidence" in plan.get_text(" ", strip=True)
    # The self-assessment's own words, its link made to work from the pack page.
    narrative = article.find(string=re.compile("We plan with the")).parent
    assert narrative.a["href"] == "../partnerships/plan/strategy/"
    assert "Invite more partners." in text and "Partners review with us." in text
    items = [li["data-item"] for li in article.select("li[data-item]")]
    assert "partnerships/plan/strategy" in items and f"partnerships/{CANARY}acc-file" in items
    strategy = article.select_one('li[data-item="partnerships/plan/strategy"] a')
    assert strategy["data-print-url"] == "https://portfolio.example.org/partnerships/plan/strategy/"
    assert "Agreed with partners." in text and "Owner: Head of Sport" in text
    assert page.select_one('meta[name="generator"]')  # a Material page, with the print stylesheet:
    css = (result.site / "assets/portfolio/portfolio.css").read_text()
    assert "h2.portfolio-pack-challenge { break-before: page; }" in css and "attr(data-print-url)" in css


def test_pdf_holds_the_pack_with_bookmarks(published: Project, tmp_path) -> None:
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    pdf = tmp_path / "pack.pdf"
    done = published.command("pdf", str(published.root), "-o", str(pdf), "--audience", "accreditor")
    assert (done.code, done.stdout.strip()) == (0, str(pdf)), done.stderr
    reader = PdfReader(pdf)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Accreditation pack",
        "How do you plan with partners?",
        "How do you plan your workforce?",
        "Partnership strategy",
        f"{CANARY}acc title",
        "Invite more partners.",
        "Great",
    ):
        assert expected in text
    assert f"{CANARY}int" not in text
    # Its first page opens with the overview's summary: the headline figures and the heatmap (issue 13).
    cover = reader.pages[0].extract_text().casefold()  # the figures' names are set in capitals
    for expected in ("Sections rated", "Stale items", "Overdue actions", "Trend", "Partnerships", "People"):
        assert expected.casefold() in cover, expected
    outline = reader.outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    assert titles[titles.index("Partnerships") :] == ["Partnerships", "People", "Improvement plan", "Evidence appendix"]
    assert [entry.title for entry in bookmarks_under(outline, "Partnerships")] == ["Plan", "Do", "Review"]


def test_pdf_without_weasyprint_names_the_extra(published: Project, tmp_path) -> None:
    blocker = tmp_path / "blocker"
    blocker.mkdir()
    (blocker / "weasyprint.py").write_text("raise ImportError('not installed')\n")
    env = {"PYTHONPATH": os.pathsep.join([str(blocker), os.environ.get("PYTHONPATH", "")])}
    done = published.run("pdf", str(published.root), "-o", str(tmp_path / "x.pdf"), env=env)
    assert done.code == 2
    assert "pip install 'evidence-portfolio[pdf]'" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_evidence_csv_has_exactly_the_builds_items(published: Project) -> None:
    """One row per item, id first; a cell a spreadsheet would run as a formula made text, a list's too; a partner
    named with the "; " that parts a list's entries in double quotes, one entry (an outside review)."""
    published.item(
        "formula.md",
        "title: '=HYPERLINK(\"x\")'\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\n"
        "partners: [A, B]\nvisibility: public",
    )
    published.item(
        "wide.md",
        "title: '\uff1dHYPERLINK(\"x\")'\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public",
    )
    published.item(
        "lists.md",
        "title: Lists\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public\n"
        "partners: ['=HYPERLINK(\"x\")', 'Smith; Jones Ltd', '\"Quoted\" Co', 'Plain']\ntags: ['a;b', c]",
    )
    for audience in ("public", "internal"):
        result = published.build(audience=audience)
        rows = list(csv.DictReader(io.StringIO((result.site / "evidence.csv").read_text(encoding="utf-8"))))
        assert [row["id"] for row in rows] == [item["id"] for item in result.portfolio["items"]]
        assert list(rows[0])[:5] == ["id", "title", "type", "maps_to", "date"]
        formula = next(row for row in rows if row["id"] == "formula")
        assert formula["title"] == '\'=HYPERLINK("x")' and formula["partners"] == "A; B"  # a formula made text
        wide = next(row for row in rows if row["id"] == "wide")["title"]
        assert wide == '\'\uff1dHYPERLINK("x")', wide  # (its full-width sign too: a hostile review)
        lists = next(row for row in rows if row["id"] == "lists")
        assert lists["partners"] == '"=HYPERLINK(""x"")"; "Smith; Jones Ltd"; """Quoted"" Co"; Plain'
        # each entry read back whole, as a CSV reader splitting at "; " reads it (a conformance review)
        entries = next(csv.reader([lists["partners"]], delimiter=";", skipinitialspace=True))
        assert entries == ['=HYPERLINK("x")', "Smith; Jones Ltd", '"Quoted" Co', "Plain"]
        assert lists["tags"] == "a;b; c"
    action = next(row for row in rows if row["id"] == "actions/forum")
    assert (action["owner"], action["due"], action["status"]) == ("Head of Sport", "2026-06-30", "in-progress")


def test_every_generated_page_is_named_in_portfolio_json_and_exists(published: Project) -> None:
    result = published.build()
    pages = result.portfolio["pages"]
    assert set(pages) == {
        "overview",
        "library",
        "library_list",
        "case_studies",
        "partners",
        "celebrations",
        "actions",
        "print",
        "tags",
        "readiness",
    }
    for url in pages.values():
        assert result.html(url)


def test_freshness_is_visible(published: Project) -> None:
    result = published.build()
    challenge = BeautifulSoup(result.html("challenges/partnerships/"), "html.parser").select_one("article")
    text = challenge.get_text(" ", strip=True)
    assert (
        "Current self-assessment: Partnerships 2026 , 1 October 2026. Evidence dated 1 January 2023 to 1 June 2026."
        in text
    )
    do = challenge.select_one('.portfolio-section[data-section="do"]')
    assert "⚠ Rating not backed by evidence" in do.get_text(" ", strip=True)  # only stale evidence
    old = do.select_one('li[data-item="partnerships/do/old-minutes"]')
    # said on the badge, not in a title a mouse alone shows (an assessor's review: "1 supporting item" above two)
    assert old.select_one(".portfolio-flag--stale").get_text() == "Stale, not counted"
    for url in ("library/", "accreditation-pack/", "partnerships/do/old-minutes/"):
        page = BeautifulSoup(result.html(url), "html.parser")
        assert page.select(".portfolio-flag--stale"), url


def test_the_overview_and_the_pack_say_whom_the_build_is_for_in_their_readers_words(published: Project) -> None:
    """ "audience: accreditor" under the overview's heading, and "Audience: Accreditor" on the pack's cover, were the
    tool's words, not the assessor's: each says whom the build is for (everyone, the assessors, staff)."""
    for audience, readers in (("public", "everyone"), ("accreditor", "the assessors"), ("internal", "staff")):
        result = published.build(audience=audience)
        overview = BeautifulSoup(result.html(""), "html.parser").select_one("article")
        line = overview.select_one("p.portfolio-summary-line").get_text(" ", strip=True)
        assert f"· for {readers}" in line and "audience" not in line, line
        cover = BeautifulSoup(result.html("accreditation-pack/"), "html.parser").select_one(".portfolio-pack-cover")
        facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in cover.select("dt")}
        assert facts["Prepared for"] == readers[0].upper() + readers[1:] and "Audience" not in facts, facts


def test_improvement_plan(published: Project) -> None:
    result = published.build(audience="accreditor")
    assert result.portfolio["pages"]["actions"] == "improvement-plan/"
    page = BeautifulSoup(result.html("improvement-plan/"), "html.parser").select_one("article")
    assert page.select_one(".portfolio-summary-line").get_text() == (
        "3 actions: 1 in progress, 1 planned, 1 done; 1 of them overdue (as of 27 November 2026)."
    )
    review = page.select_one('.portfolio-plan-group[data-target="partnerships/review"]')
    # (its heading names the challenge too, to a screen reader listing a page's headings: an accessibility review)
    assert review.select_one("h3 .portfolio-sr").get_text() == "Partnerships: "
    open_items = review.select("ul:not(.portfolio-items--done) li[data-item]")
    assert [li["data-item"] for li in open_items] == ["actions/forum"]
    assert "⚠ Overdue" in open_items[0].get_text() and "Owner: Head of Sport" in open_items[0].get_text()
    assert [li["data-item"] for li in review.select(".portfolio-items--done li")] == ["actions/survey"]
    # done is said, not struck through (a line through a link reads as withdrawn: an outside review)
    assert review.select_one(".portfolio-items--done .portfolio-flag--done").get_text() == "✓ Done"
    done = review.select_one(".portfolio-items--done .portfolio-meta").get_text()  # (once: "· Done ✓ Done", it said)
    assert "Done" not in done and done.startswith("Owner: "), done
    assert not open_items[0].select(".portfolio-flag--done")
    assert "line-through" not in (result.site / "assets/portfolio/portfolio.css").read_text(encoding="utf-8")
    do = page.select_one('.portfolio-plan-group[data-target="partnerships/do"]')
    assert [li["data-item"] for li in do.select("li")] == [f"actions/{CANARY}acc-action"]


def test_rating_history_table_and_chart(published: Project) -> None:
    result = published.build(audience="public")
    page = BeautifulSoup(result.html("challenges/partnerships/"), "html.parser")
    rows = page.select("table.portfolio-history tbody tr")
    assert [row["data-item"] for row in rows] == ["assessments/partnerships-2025", "assessments/partnerships-2026"]
    assert [td.get_text(strip=True) for td in rows[1].select("td")] == [
        "Good",
        "Good",
        "Great",
        "Fair",
    ]  # overall first
    svg = page.select_one(".portfolio-chart svg")
    assert svg["role"] == "img" and not page.select(".portfolio-chart script")
    points = svg.select("circle")
    assert len(points) == 2
    assert float(points[0]["cy"]) > float(points[1]["cy"])  # Poor (2025) is drawn lower than Good (2026)
    assert "2025-10-01 Poor; 2026-10-01 Good" in svg.title.get_text()


def test_an_internal_build_marks_what_the_assessor_will_not_see(published: Project) -> None:
    """Badges on every listing, and the accreditor's coverage where it differs; no other build has either."""
    internal = published.build(audience="internal")
    for url, marker in (("library/", "int"), ("challenges/partnerships/", "int"), ("accreditation-pack/", "acc")):
        page = BeautifulSoup(internal.html(url), "html.parser")
        badges = {badge.get_text(strip=True) for badge in page.select("article .portfolio-badge")}
        assert badges == {"Internal only", "Accreditor only"}, url
        entry = page.select_one(f'[data-item="partnerships/{CANARY}{marker}-file"]')
        assert (
            entry.select_one(".portfolio-badge")["class"][-1]
            == f"portfolio-badge--{'internal' if marker == 'int' else 'accreditor'}"
        )
        assert not page.select_one('[data-item="partnerships/plan/strategy"] .portfolio-badge'), "public: no badge"
    challenge = BeautifulSoup(internal.html("challenges/partnerships/"), "html.parser")
    plan = challenge.select_one('.portfolio-section[data-section="plan"]').get_text(" ", strip=True)
    assert "3 supporting items, 1 needed (in the accreditor's pack: 2 supporting items, covered)" in plan
    do = challenge.select_one('.portfolio-section[data-section="do"]').get_text(" ", strip=True)
    assert "accreditor's pack" not in do, "the same coverage: nothing to add"
    for audience in ("accreditor", "public"):
        site = published.build(audience=audience)
        for url in ("library/", "challenges/partnerships/", "accreditation-pack/"):
            html = site.html(url)
            assert "portfolio-badge" not in html and "in the accreditor's pack" not in html, (audience, url)


def test_a_stylesheet_named_with_a_query_is_one_of_the_sites_own_files(project: Project) -> None:
    """extra_css: [css/site.css?v=2]: the file is css/site.css, published as the site's own."""
    project.write("mkdocs.yml", MKDOCS_YML + "extra_css:\n  - css/site.css?v=2\n")
    project.write("evidence/css/site.css", "body { color: black; }\n")
    result = project.build(audience="public")
    assert not result.failed, result.log
    assert (result.site / "css/site.css").is_file()
    assert 'href="css/site.css?v=2"' in (result.site / "index.html").read_text(encoding="utf-8")
