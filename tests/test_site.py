"""Real sites built from small projects: the overview, challenge pages, item panels, navigation and portfolio.json."""

from __future__ import annotations

import posixpath
import re

import pytest
from bs4 import BeautifulSoup
from jinja2 import UndefinedError

from conftest import MKDOCS_YML, Project
from evidence_portfolio.model.framework import age_in_words


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def content(html: str) -> BeautifulSoup:
    """The article of a Material page, without navigation and header."""
    return soup(html).select_one("article.md-content__inner")


def resolve(page_url: str, href: str) -> str:
    """The site URL a relative link on the page at `page_url` leads to (anchor dropped)."""
    base = page_url if page_url.endswith("/") or page_url == "" else posixpath.dirname(page_url) + "/"
    joined = posixpath.normpath(posixpath.join("/" + base, href.split("#")[0]))
    joined = joined.lstrip("/")
    return joined + "/" if href.split("#")[0].endswith("/") and joined else joined


@pytest.fixture
def portfolio(project: Project) -> Project:
    """A small portfolio: every section of `partnerships` covered but review, one self-assessment, one action."""
    project.write("evidence/index.md", "---\ntitle: Our portfolio\n---\nWelcome to the **Test Trust** portfolio.\n")
    project.write("evidence/about.md", "# About us\n\nWe run leisure centres.\n")
    project.item(
        "partnerships/joint-bid.md",
        """
        title: Joint bid
        type: case-study
        maps_to: [partnerships/plan, partnerships/do]
        date: 2026-05-14
        summary: We won a joint bid.
        partners: [County Active Partnership, NHS Trust]
        tags: older-adults
        visibility: public
        attachments: files/bid.csv
        authors: Jane Smith
        """,
        "# Joint bid\n\nWe bid jointly with the NHS Trust.\n",
    )
    project.write("evidence/partnerships/files/bid.csv", "partner,score\nNHS,9\n")
    project.item(
        "partnerships/minutes.md",
        """
        title: Partnership board minutes
        type: evidence
        maps_to: partnerships/do
        date: 2026-06-01
        visibility: accreditor
        """,
    )
    project.item(
        "people/workforce-plan.md",
        """
        title: Workforce plan
        type: evidence
        maps_to: [people/plan, partnerships]
        date: 2026-02-01
        visibility: public
        """,
    )
    project.item(
        "actions/review-forum.md",
        """
        title: Start a partner review forum
        type: action
        maps_to: partnerships/review
        date: 2026-09-01
        owner: Head of Partnerships
        due: 2027-03-31
        status: in-progress
        visibility: public
        """,
    )
    project.item(
        "assessments/partnerships-2026.md",
        """
        title: Partnerships self-assessment 2026
        type: self-assessment
        challenge: partnerships
        date: 2026-10-01
        visibility: public
        ratings:
          plan: Good
          do: great
          review: poor
        """,
        "## Plan\n\n### What do we currently do\n\nWe plan with partners.\n",
    )
    return project


def test_overview_heatmap(portfolio: Project) -> None:
    portfolio.item(
        "assessments/partnerships-2025.md",
        """
        title: Partnerships self-assessment 2025
        type: self-assessment
        challenge: partnerships
        date: 2025-10-01
        overall: fair
        """,
    )
    portfolio.item(  # overdue, and stale: older than max_evidence_age_days (set below)
        "actions/old-plan.md",
        """
        title: Write the old plan
        type: action
        maps_to: people/plan
        date: 2026-01-01
        owner: Jane
        due: 2026-03-01
        """,
    )
    portfolio.item(
        "people/old-minutes.md",
        "title: Old minutes\ntype: evidence\nmaps_to: people/plan\ndate: 2020-01-01\nvisibility: public",
    )
    framework = (portfolio.root / "framework.yml").read_text(encoding="utf-8")
    portfolio.write(
        "framework.yml", framework.replace("min_evidence: 1\n", "min_evidence: 1\nmax_evidence_age_days: 1000\n")
    )
    result = portfolio.build()
    assert not result.failed, result.log
    # a stale item and an action support no section: their panels said "Supports" (an assessor's review)
    for url, said in (("people/old-minutes/", "Mapped to"), ("actions/old-plan/", "Improves")):
        panel = content(result.html(url)).select_one(".portfolio-panel")
        labels = [dt.get_text() for dt in panel.select("dt")]
        assert said in labels and "Supports" not in labels, (url, labels)
    page = content(result.html(""))
    assert page.h1.get_text() == "Our portfolio"
    assert "Welcome to the" in page.get_text() and page.find("strong", string="Test Trust")

    # The headline figures: coverage, sections rated at each level (highest first), stale items, overdue actions.
    figures = {dt.get_text(strip=True): dt.find_next_sibling("dd") for dt in page.select(".portfolio-figures dt")}
    assert list(figures) == ["Coverage", "Sections rated", "Stale items", "Overdue actions"]
    assert figures["Coverage"].get_text(" ", strip=True) == "75% 3 of 4 sections covered"
    levels = [li.get_text(" ", strip=True) for li in figures["Sections rated"].select("li")]
    assert levels == ["1 Great", "1 Good", "0 Fair", "1 Poor", "1 Not rated"]
    assert figures["Stale items"].strong.get_text() == "1" and figures["Overdue actions"].strong.get_text() == "1"
    assert figures["Stale items"].get_text(" ", strip=True) == "1 older than 1000 days, not counted"
    assert figures["Overdue actions"].a["href"] == "improvement-plan/"

    table = page.select_one("table.portfolio-matrix")
    headers = [th.get_text(strip=True) for th in table.select("thead th")]
    assert headers == ["Challenge", "Plan", "Do", "Review", "Rating", "Coverage", "Trend"]
    rows = {row["data-challenge"]: row for row in table.select("tbody tr")}
    assert list(rows) == ["partnerships", "people"]
    partnerships = rows["partnerships"]
    assert partnerships.th.get_text(strip=True) == "Partnerships"
    assert partnerships.th.a["href"] == "challenges/partnerships/"
    cells = {td["data-section"]: td for td in partnerships.select("td[data-section]")}
    # each link names its challenge and section too, hidden but to screen readers: a list of the page's links read
    # "Good Covered: 1 item" for several cells (a review)
    assert {key: td.get_text(" ", strip=True) for key, td in cells.items()} == {
        "plan": "Partnerships, Plan: Good ✓ Covered: 1 item",
        "do": "Partnerships, Do: Great ✓ Covered: 2 items",
        "review": "Partnerships, Review: Poor ✗ Not covered: 0 of 1 item",
    }
    assert cells["plan"].select_one(".portfolio-sr").get_text() == "Partnerships, Plan: "
    assert cells["plan"].a["href"] == "challenges/partnerships/#plan"
    assert [cells[key].select_one("[data-rating]")["data-rating"] for key in cells] == ["good", "great", "poor"]
    rating, coverage, trend = partnerships.select("td")[-3:]
    assert rating.select_one("[data-rating]")["data-rating"] == "good"  # lower median of Poor, Good, Great
    assert coverage.get_text(" ", strip=True) == "67% 2 of 3"
    assert trend["data-trend"] == "up" and trend.get_text(" ", strip=True) == "↑ up from Fair"
    people = {td["data-section"]: td.get_text(" ", strip=True) for td in rows["people"].select("td[data-section]")}
    assert people == {
        "plan": "People, Plan: Not rated ✓ Covered: 1 item",
        "do": "— not assessed",
        "review": "— not assessed",
    }
    assert rows["people"].select("td")[-1].get_text(strip=True) == "no self-assessment"

    # One background per level: the same on every element of a level, different between levels.
    backgrounds: dict[str, set[str]] = {}
    for element in page.select("[data-rating]"):
        backgrounds.setdefault(element["data-rating"], set()).add(element["style"])
    assert set(backgrounds) == {"poor", "fair", "good", "great"}
    assert all(len(styles) == 1 for styles in backgrounds.values()), backgrounds
    assert len({styles.pop() for styles in backgrounds.values()}) == 4

    # The accreditation pack opens with the same summary, its links leading to its own headings.
    pack = content(result.html(result.portfolio["pages"]["print"]))
    summary = pack.select_one(".portfolio-pack-cover .portfolio-glance")
    assert summary is not None
    pack_cells = summary.select('tr[data-challenge="partnerships"] td[data-section]')
    assert [td.get_text(" ", strip=True) for td in pack_cells] == [
        td.get_text(" ", strip=True) for td in cells.values()
    ]
    assert pack_cells[0].a["href"] == "#pack-partnerships-plan" and pack.find(id="pack-partnerships-plan")


def test_the_overview_says_what_each_level_of_the_scale_means(portfolio: Project) -> None:
    """A level's `descriptor` (SPEC section 2: what that level means) was in portfolio.json alone, on no page (a
    conformance audit): the overview, and with it the pack, lists the scale, highest first, each level by its label
    and colour and what it means; a scale with no descriptor lists nothing more."""
    assert "portfolio-scale" not in content(portfolio.build().html("")).decode()
    framework = (portfolio.root / "framework.yml").read_text(encoding="utf-8")
    described = framework.replace(
        "{id: good, label: Good}", "{id: good, label: Good, descriptor: 'Meets most criteria <b>well</b>'}"
    ).replace("{id: poor, label: Poor}", "{id: poor, label: Poor, descriptor: Little or none}")
    assert described != framework
    portfolio.write("framework.yml", described)
    built = portfolio.build(strict=True)
    assert not built.failed, built.log
    scale = content(built.html("")).select_one("dl.portfolio-scale")
    assert [(row.dt.get_text(), row.dd.get_text()) for row in scale.select("div")] == [
        ("Great", ""),
        ("Good", "Meets most criteria <b>well</b>"),
        ("Fair", ""),
        ("Poor", "Little or none"),
    ]
    assert scale.select_one("dt [data-rating='good']") is not None


def test_challenge_page(portfolio: Project) -> None:
    result = portfolio.build()
    data = result.portfolio
    url = data["challenges"][0]["url"]
    assert url == "challenges/partnerships/"
    page = content(result.html(url))
    assert page.h1.get_text(strip=True).startswith("Partnerships")
    assert page.select_one(".portfolio-outcomes li").get_text() == "Partners are involved."
    do = page.select_one('.portfolio-section[data-section="do"]')
    text = do.get_text(" ", strip=True)
    assert "How do you work with partners?" in text and "We co-produce." in text
    assert "Rating Great" in text and "✓ Covered : 2 supporting items, 1 needed" in text
    links = {a.get_text(): resolve(url, a["href"]) for a in do.select(".portfolio-item a")}
    items = {item["title"]: item["url"] for item in data["items"]}
    assert links == {"Joint bid": items["Joint bid"], "Partnership board minutes": items["Partnership board minutes"]}
    review = page.select_one('.portfolio-section[data-section="review"]').get_text(" ", strip=True)
    assert "No supporting evidence yet." in review
    assert "Start a partner review forum" in review and "Owner: Head of Partnerships" in review
    assert "Rating not backed by evidence" not in review  # poor is the lowest level
    assert page.find(id="plan") and page.find(id="do") and page.find(id="review")
    whole = page.find(id="whole-challenge").find_next("ul").get_text()
    assert "Workforce plan" in whole
    history = page.select_one("table.portfolio-history tbody tr")
    overall = "Good median of the section ratings"  # worked out, as the challenge's rating is (not "Not rated")
    assert [td.get_text(" ", strip=True) for td in history.select("td")] == [overall, "Good", "Great", "Poor"]


def test_a_sections_items_are_listed_newest_first_and_exported_by_id(project: Project) -> None:
    """ "What we currently do" listed a section's items by id, which starts with their folder: 1 Sep 2025, 20 Mar
    2025, 10 Feb 2026 read as no order at all (an outside review). The challenge page and the pack list them newest
    first, the stale ones after; portfolio.json keeps them by id."""
    dates = {"a/middle": "2026-02-10", "b/newest": "2026-05-14", "c/oldest": "2025-09-01", "d/same-day": "2026-05-14"}
    for uri, date in dates.items():
        project.item(f"{uri}.md", f"title: {uri}\ntype: evidence\nmaps_to: partnerships/do\ndate: {date}")
    built = project.build()
    section = next(s for s in built.portfolio["challenges"][0]["sections"] if s["id"] == "do")
    assert section["evidence"] == sorted(dates)
    page = content(built.html("challenges/partnerships/")).select_one('[data-section="do"] ul.portfolio-items')
    pack = content(built.html(built.portfolio["pages"]["print"])).find(id="pack-partnerships-do")
    for listed in (page, pack.find_next("ul", class_="portfolio-items")):
        newest_first = ["b/newest", "d/same-day", "a/middle", "c/oldest"]
        assert [li["data-item"] for li in listed.select("[data-item]")] == newest_first


def test_item_panel(portfolio: Project) -> None:
    result = portfolio.build()
    item = next(i for i in result.portfolio["items"] if i["id"] == "partnerships/joint-bid")
    page = content(result.html(item["url"]))
    assert page.h1.get_text(strip=True).startswith("Joint bid")
    panel = page.select_one(".portfolio-panel")
    assert page.h1.find_next_sibling() == panel  # the panel follows the page's heading
    facts = {dt.get_text(): dt.find_next_sibling("dd") for dt in panel.select("dt")}
    assert panel.select_one(".admonition-title").get_text() == "Case study"
    assert facts["Date"].get_text(strip=True) == "14 May 2026"
    supports = {a.get_text(): a["href"] for a in facts["Supports"].select("a")}
    assert supports == {
        "Partnerships › Plan": "../../challenges/partnerships/#plan",
        "Partnerships › Do": "../../challenges/partnerships/#do",
    }
    assert resolve(item["url"], supports["Partnerships › Plan"]) == "challenges/partnerships/"
    assert facts["Partners"].get_text() == "County Active Partnership, NHS Trust"
    assert facts["Tags"].get_text() == "older-adults"
    assert facts["Visibility"].get_text() == "Public"
    attachment = facts["Attachments"].a
    assert attachment.get_text() == "bid.csv"
    assert (result.site / resolve(item["url"], attachment["href"])).read_text() == "partner,score\nNHS,9\n"
    # Material's tags plugin read the normalised list (a single string in the front matter).
    assert "older-adults" in [tag.get_text(strip=True) for tag in soup(result.html(item["url"])).select(".md-tag")]


def test_action_and_self_assessment_panels(portfolio: Project) -> None:
    result = portfolio.build()
    action = content(result.html("actions/review-forum/")).select_one(".portfolio-panel").get_text(" ", strip=True)
    assert "Owner Head of Partnerships" in action and "Due 31 March 2027" in action and "Status In progress" in action
    assessment = content(result.html("assessments/partnerships-2026/")).select_one(".portfolio-panel")
    assert [li.get_text(" ", strip=True) for li in assessment.select("dd li")] == [
        "Plan: Good",
        "Do: Great",
        "Review: Poor",
    ]


def test_navigation_holds_generated_and_plain_pages_not_items(portfolio: Project) -> None:
    result = portfolio.build()
    nav = soup(result.html("")).select_one("nav.md-nav--primary")
    titles = [a.get_text(" ", strip=True) for a in nav.select("a.md-nav__link")]
    assert "Overview" in titles and "Partnerships" in titles and "People" in titles and "About us" in titles
    assert not any(title in " ".join(titles) for title in ("Joint bid", "Workforce plan", "minutes"))


def test_portfolio_json(portfolio: Project) -> None:
    data = portfolio.build().portfolio
    assert list(data) == [
        "schema_version",
        "framework",
        "audience",
        "as_of",
        "coverage",
        "withheld",
        "withheld_items",
        "pages",
        "challenges",
        "metrics",
        "items",
        "warnings",
    ]
    assert data["schema_version"] == 1 and data["audience"] == "internal" and data["as_of"] == "2026-11-27"
    assert data["coverage"] == 0.75 and data["withheld"] == 0
    assert data["pages"] == {
        "overview": "",
        "library": "library/",
        "library_list": "library-list/",
        "case_studies": "case-studies/",
        "partners": "partners/",
        "celebrations": "celebrations/",
        "actions": "improvement-plan/",
        "print": "accreditation-pack/",
        "tags": "tags/",
        "readiness": "readiness/",  # the internal site only
    }
    assert data["framework"]["rating_scale"][0] == {"id": "poor", "label": "Poor"}
    challenge = data["challenges"][0]
    assert (challenge["rating"], challenge["rating_source"]) == ("good", "rollup")
    assert challenge["sections"][1] == {
        "id": "do",
        "label": "Do",
        "rating": "great",
        "assessor_rating": None,
        "target": None,
        "rating_gap": None,
        "covered": True,
        "evidence": ["partnerships/joint-bid", "partnerships/minutes"],
        "stale": [],
        "actions": [],
    }
    assert data["challenges"][1]["rating"] is None and data["challenges"][1]["rating_source"] is None
    items = {item["id"]: item for item in data["items"]}
    assert list(items) == sorted(items)
    bid = items["partnerships/joint-bid"]
    assert bid["url"] == "partnerships/joint-bid/"
    assert bid["tags"] == ["older-adults"] and bid["authors"] == ["Jane Smith"]
    assert bid["attachments"] == ["files/bid.csv"]  # as written, relative to the item
    assert bid["maps_to"] == ["partnerships/plan", "partnerships/do"] and bid["stale"] is False
    action = items["actions/review-forum"]
    assert (action["owner"], action["due"], action["status"]) == ("Head of Partnerships", "2027-03-31", "in-progress")
    assessment = items["assessments/partnerships-2026"]
    assert assessment["maps_to"] == [] and assessment["challenge"] == "partnerships"
    assert assessment["ratings"] == {"plan": "good", "do": "great", "review": "poor"}
    assert items["partnerships/minutes"]["visibility"] == "accreditor"
    assert [(w["path"], w["line"]) for w in data["warnings"]] == [("framework.yml", 26)]


def test_withheld_items_leave_no_trace(portfolio: Project) -> None:
    portfolio.item(
        "partnerships/zebracanary-safeguarding.md",
        """
        title: Zebracanary safeguarding case
        type: evidence
        maps_to: partnerships/review
        date: 2026-07-01
        partners: [Zebracanary Partner]
        tags: [zebracanary-tag]
        attachments: [files/zebracanary-notes.csv]
        """,
        "Zebracanary body text with a [link](files/zebracanary-image.png) and [notes](files/zebracanary%20notes.txt).\n",
    )
    portfolio.write("evidence/partnerships/files/zebracanary notes.txt", "zebracanary\n")
    portfolio.write("evidence/partnerships/files/zebracanary-notes.csv", "zebracanary,1\n")
    portfolio.write(
        "evidence/about.md",
        "# About us\n\nSee [the case](partnerships/zebracanary-safeguarding.md) and [notes][n].\n\n"
        "[n]: partnerships/zebracanary-safeguarding.md\n",
    )
    portfolio.write("evidence/partnerships/files/zebracanary-image.png", b"\x89PNGzebracanary")
    internal = portfolio.build()
    assert "zebracanary" in internal.all_output().lower()
    # Withheld: the items, and their attachment and image (files no published page refers to).
    for audience, withheld in (("public", 5), ("accreditor", 4)):
        result = portfolio.build(audience=audience)
        assert not result.failed, result.log
        assert "zebracanary" not in result.all_output().lower()
        data = result.portfolio
        assert data["withheld"] == withheld and data["audience"] == audience
        who = "the accreditor or staff" if audience == "public" else "staff"
        assert f"kept for {who} only" in content(result.html("")).get_text(" ", strip=True)
        assert "See the case and notes." in content(result.html("about/")).get_text()
    public = portfolio.build(audience="public").portfolio
    assert "partnerships/minutes" not in [item["id"] for item in public["items"]]
    assert public["challenges"][0]["sections"][1]["evidence"] == ["partnerships/joint-bid"]


def test_every_file_is_in_the_site_withheld_or_in_an_error(portfolio: Project) -> None:
    portfolio.item("partnerships/broken.md", "title: Broken\ntype: evidence\ndate: 2026-01-01\nmaps_to: nowhere/plan")
    failed = portfolio.build(audience="public")
    assert failed.failed
    assert any("evidence/partnerships/broken.md:5: error: unknown challenge" in line for line in failed.log)
    (portfolio.root / "evidence/partnerships/broken.md").unlink()
    result = portfolio.build(audience="public")
    data = result.portfolio
    in_site = {item["id"] for item in data["items"]}
    accounted = 0
    for path in sorted((portfolio.root / "evidence").rglob("*")):
        if path.is_dir():
            continue
        uri = path.relative_to(portfolio.root / "evidence").as_posix()
        if uri == "index.md":
            assert "Welcome to the" in result.html("")
        elif not uri.endswith(".md"):
            assert (result.site / uri).exists()
        elif uri[:-3] in in_site:
            assert (result.site / uri[:-3] / "index.html").exists()
        elif uri == "about.md":
            assert "We run leisure centres." in result.html("about/")
        else:
            assert not (result.site / uri[:-3]).exists()
            accounted += 1
    assert accounted == data["withheld"] == 1


def test_directory_urls_off(portfolio: Project) -> None:
    portfolio.write("mkdocs.yml", (portfolio.root / "mkdocs.yml").read_text() + "use_directory_urls: false\n")
    result = portfolio.build()
    data = result.portfolio
    assert data["pages"]["overview"] == "index.html"
    assert data["challenges"][0]["url"] == "challenges/partnerships.html"
    panel = content(result.html("partnerships/joint-bid.html")).select_one(".portfolio-panel")
    assert panel.select_one("dd a")["href"] == "../challenges/partnerships.html#plan"


def test_min_evidence_and_challenge_level_mapping(project: Project) -> None:
    framework = (project.root / "framework.yml").read_text().replace("min_evidence: 1", "min_evidence: 2")
    project.write("framework.yml", framework)
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: [people/plan]\ndate: 2026-01-01")
    project.item("b.md", "title: B\ntype: celebration\nmaps_to: people\ndate: 2026-01-01")
    data = project.build().portfolio
    people = data["challenges"][1]
    assert people["sections"][0]["evidence"] == ["a"] and people["sections"][0]["covered"] is False
    assert people["whole"] == ["b"] and people["coverage"] == 0.0


def test_the_pack_lists_what_is_about_a_whole_challenge_in_its_part(project: Project) -> None:
    """Items and actions mapped to a challenge as a whole were on its page, under "About the whole challenge", but
    not in its part of the accreditation pack (and so of the PDF), which listed only its sections' (an outside
    review)."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: [people/plan]\ndate: 2026-01-01")
    project.item("b.md", "title: Bold celebration\ntype: celebration\nmaps_to: people\ndate: 2026-01-02")
    project.item(
        "c.md",
        "title: Whole action\ntype: action\nmaps_to: people\ndate: 2026-01-03\nowner: Jo\ndue: 2027-01-01",
    )
    result = project.build()
    assert result.portfolio["challenges"][1]["whole"] == ["b", "c"]
    pack = content(result.html("accreditation-pack/index.html"))
    whole = pack.find(id="pack-people-whole")
    assert whole is not None and whole.get_text(strip=True) == "About the whole challenge"
    listed = whole.find_next("ul", class_="portfolio-items").select("li.portfolio-item")
    assert [(li["data-item"], li.a.get_text()) for li in listed] == [("b", "Bold celebration"), ("c", "Whole action")]
    assert "Owner: Jo" in listed[1].get_text() and "Celebration" in listed[0].get_text()
    assert pack.select_one('.portfolio-pack-toc a[href="#pack-people-whole"]') is not None
    assert pack.find(id="pack-partnerships-whole") is None  # a challenge with nothing about it as a whole


def test_an_attachment_named_twice_is_listed_once(project: Project) -> None:
    """`files/a.pdf`, `./files/a.pdf` and `files/../files/a.pdf` are one file: the page listed it three times (an
    outside review)."""
    project.write("evidence/files/a.pdf", "%PDF-1.4\n")
    project.item(
        "a.md",
        "title: A\ntype: evidence\nmaps_to: [people/plan]\ndate: 2026-01-01\n"
        "attachments: [files/a.pdf, ./files/a.pdf, files/../files/a.pdf]",
    )
    result = project.build()
    assert not result.failed and result.portfolio["items"][0]["attachments"] == ["files/a.pdf"]
    assert result.html("a/").count('href="../files/a.pdf"') == 1


def test_links_to_folders_inside_evidence_are_not_followed(portfolio: Project) -> None:
    (portfolio.root / "evidence/loop").symlink_to(".", target_is_directory=True)
    (portfolio.root / "evidence/alias").symlink_to("partnerships", target_is_directory=True)
    result = portfolio.build()
    assert not result.failed, result.error
    assert any(
        "evidence/loop:1: warning: this symbolic link to the folder evidence/ is not followed" in line
        for line in result.log
    )
    assert any(
        "evidence/alias:1: warning: this symbolic link to the folder evidence/partnerships/" in line
        for line in result.log
    )
    assert not (result.site / "loop").exists() and not (result.site / "alias").exists()
    assert [item["id"] for item in result.portfolio["items"]].count("partnerships/joint-bid") == 1


@pytest.mark.parametrize("directory_urls", [True, False])
def test_core_urls_are_the_urls_mkdocs_computes(portfolio: Project, directory_urls: bool) -> None:
    """`portfolio pdf` computes page URLs without MkDocs: they must be the ones MkDocs gives the same files."""
    from evidence_portfolio.model.urls import page_url

    if not directory_urls:
        portfolio.write("mkdocs.yml", (portfolio.root / "mkdocs.yml").read_text() + "use_directory_urls: false\n")
    portfolio.item("odd/with space & #1.md", "title: Odd\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    portfolio.item("odd/README.md", "title: Readme item\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    data = portfolio.build().portfolio
    for item in data["items"]:
        assert page_url(item["id"] + ".md", directory_urls) == item["url"], item["id"]
    for role, uri in {"overview": "index.md", "library": "library.md", "print": "accreditation-pack.md"}.items():
        assert page_url(uri, directory_urls) == data["pages"][role]


def test_search_finds_an_item_on_its_own_page_not_in_every_listing(portfolio: Project) -> None:
    """Listings (library, partners, challenge pages, pack...) are left out of Material's search index, so that a
    search for an item's words leads to the item, not to every page that lists it; their headings stay in."""
    import json

    result = portfolio.build()
    index = json.loads((result.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    with_summary = {doc["location"].split("#")[0] for doc in index if "We won a joint bid." in doc["text"]}
    assert with_summary == {"partnerships/joint-bid/"}
    titles = {doc["title"] for doc in index}
    assert {"Evidence library", "Improvement plan", "Accreditation pack", "Partners"} <= titles
    library = next(doc for doc in index if doc["title"] == "Evidence library")
    assert library["text"] == "", "the library's filters and count are no result of a search (an outside review)"


def test_search_shows_an_items_summary_not_its_panel(portfolio: Project) -> None:
    """Material's search shows the start of a page's text: for an item, its summary (and its partners and tags in a
    sentence, so that they are found), not the panel's facts run together."""
    import json

    result = portfolio.build()
    index = json.loads((result.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    first = next(doc for doc in index if doc["location"] == "partnerships/joint-bid/")
    assert first["text"].startswith("<p>Case study</p> <p>We won a joint bid.</p>")  # its type, then its summary
    assert "Partners: County Active Partnership, NHS Trust." in first["text"]
    assert "14 May 2026" not in first["text"] and "Supports" not in first["text"]


def test_search_finds_an_actions_owner_and_an_assessor(project: Project) -> None:
    """An assessor searching for who owns an action found nothing: only partners, tags and authors were in a
    sentence of the page's text that search reads (an outside review)."""
    import json

    project.item(
        "act.md",
        "title: Act\ntype: action\nmaps_to: people/plan\ndate: 2026-01-01\nowner: Bob Marsh\ndue: 2027-01-01"
        "\nvisibility: public",
    )
    project.item(
        "report.md",
        "title: Report\ntype: assessor-report\nchallenge: people\ndate: 2026-01-02\nassessor: Ann Lee"
        "\nvisibility: public\nratings:\n  plan: good",
    )
    result = project.build()
    assert not result.failed, result.error
    index = json.loads((result.site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    text = {doc["location"]: doc["text"] for doc in index}
    assert "Owner: Bob Marsh." in text["act/"] and "Assessor: Ann Lee." in text["report/"]


def test_partners_and_tags_on_a_panel_lead_to_the_library_filtered(portfolio: Project) -> None:
    result = portfolio.build()
    item = next(i for i in result.portfolio["items"] if i["id"] == "partnerships/joint-bid")
    panel = content(result.html(item["url"])).select_one(".portfolio-panel")
    facts = {dt.get_text(): dt.find_next_sibling("dd") for dt in panel.select("dt")}
    partners = {a.get_text(): a["href"] for a in facts["Partners"].select("a")}
    assert partners == {
        "County Active Partnership": "../../library/?partner=County%20Active%20Partnership",
        "NHS Trust": "../../library/?partner=NHS%20Trust",
    }
    assert {a.get_text(): a["href"] for a in facts["Tags"].select("a")} == {
        "older-adults": "../../library/?tag=older-adults"
    }
    assert not facts["Authors"].select("a")  # the library does not filter by author


def test_partners_in_framework_order_with_supporting_items_apart_from_actions(portfolio: Project) -> None:
    portfolio.item(
        "actions/bid-again.md",
        """
        title: Bid again with the Trust
        type: action
        maps_to: [partnerships/review, people/plan]
        date: 2026-09-01
        owner: Head of Partnerships
        due: 2027-03-31
        partners: NHS Trust
        """,
    )
    portfolio.item(
        "people/trust-secondment.md",
        "title: Trust secondment\ntype: evidence\nmaps_to: [people/plan, partnerships]\ndate: 2026-09-02\npartners: NHS Trust",
    )
    result = portfolio.build()
    page = content(result.html(result.portfolio["pages"]["partners"]))
    trust = page.find(id="partner-nhs-trust").find_next("div", class_="portfolio-partner").p
    # Joint bid (plan, do) and the secondment (people/plan, the whole of partnerships): the framework's order,
    # the whole challenge after its sections; the action's sections (review) are not contributions.
    assert [a.get_text() for a in trust.select("a")[:-1]] == [
        "Partnerships › Plan",
        "Partnerships › Do",
        "Partnerships",
        "People › Plan",
    ]
    assert trust.get_text(" ", strip=True).startswith("2 supporting items, 1 action; contributing to")
    assert trust.select("a")[-1]["href"] == "../library/?partner=NHS%20Trust"


def test_partners_and_tags_are_in_alphabetical_order_as_people_read_it(portfolio: Project) -> None:
    """ "Ägypten e.V." came after "Zebra Club" on the partners page and in the library's filter, sorted by the
    characters' codes (a review of valid portfolios): in alphabetical order without case or accents. The widest
    build too; and a challenge of one section says "1 of 1 section covered"."""
    for number, (partner, tag) in enumerate([("Zebra Club", "zumba"), ("Ägypten e.V.", "équipe"), ("alpha", "Eau")]):
        portfolio.item(
            f"partnerships/story-{number}.md",
            f"title: Story {number}\ntype: case-study\nmaps_to: partnerships/do\ndate: 2026-09-0{number + 1}\n"
            f"partners: ['{partner}']\ntags: ['{tag}']\nvisibility: public",
        )
    for audience in ("public", "internal"):
        result = portfolio.build(audience=audience)
        partners = content(result.html(result.portfolio["pages"]["partners"]))
        shown = [heading.get_text(strip=True) for heading in partners.select("h2[id^=partner-]")]
        assert [name for name in shown if name in ("Zebra Club", "Ägypten e.V.", "alpha")] == [
            "Ägypten e.V.",
            "alpha",
            "Zebra Club",
        ], shown
        library = content(result.html(result.portfolio["pages"]["library"]))
        options = [option["value"] for option in library.select("#filter-partner option")]
        assert options.index("Ägypten e.V.") < options.index("alpha") < options.index("Zebra Club"), options
        tags = [option["value"] for option in library.select("#filter-tag option")]
        assert tags.index("Eau") < tags.index("équipe") < tags.index("zumba"), tags
    people = content(result.html("challenges/people/")).get_text(" ", strip=True)
    assert "(1 of 1 section covered)" in people, people


def test_partners_whose_names_slug_alike_each_have_their_own_heading(portfolio: Project) -> None:
    """ "Age UK" and "age uk" (two partners, as written), and two names in Chinese that share a word, had one id on
    the partners page, so the case studies' links led to the first of them (an outside review)."""
    names = ["Age UK", "age uk", "\u5317\u4eac Partners", "\u4e0a\u6d77 Partners"]
    for number, name in enumerate(names):
        portfolio.item(
            f"partnerships/story-{number}.md",
            f"title: Story {number}\ntype: case-study\nmaps_to: partnerships/do\ndate: 2026-09-0{number + 1}\n"
            f"partners: ['{name}']",
        )
    result = portfolio.build()
    partners = content(result.html(result.portfolio["pages"]["partners"]))
    ids = {heading.get_text(strip=True): heading["id"] for heading in partners.select("h2[id^=partner-]")}
    assert set(names) <= set(ids) and len({ids[name] for name in names}) == len(names), ids
    stories = content(result.html(result.portfolio["pages"]["case_studies"]))
    for link in stories.select('a[href*="partners/#partner-"]'):
        assert ids[link.get_text()] == link["href"].split("#", 1)[1], "each link leads to its own partner"


def test_titles_are_shown_as_written_whatever_markdown_extensions_mkdocs_yml_adds(project: Project) -> None:
    """A challenge titled "Workforce (staff and volunteers)" was mathematics on its own page with
    pymdownx.arithmatex (its heading wrote `\\(`), and a partner "@ActiveLancs" a link to GitHub with magiclink (a
    review of valid portfolios): the headings the portfolio writes show the titles as written."""
    title = "Workforce (staff and volunteers) $5-$10 :star: (c)"
    project.write(
        "framework.yml", (project.root / "framework.yml").read_text().replace("title: People", f"title: '{title}'")
    )
    extensions = "markdown_extensions:\n  - pymdownx.arithmatex:\n      generic: true\n  - pymdownx.magiclink\n"
    extensions += "  - pymdownx.emoji\n"
    project.write("mkdocs.yml", MKDOCS_YML + extensions)
    project.item(
        "people/story.md",
        "title: Story\ntype: case-study\nmaps_to: people/plan\ndate: 2026-09-01\npartners: ['@ActiveLancs']",
    )
    result = project.build()
    assert not result.failed, result.log
    page = content(result.html("challenges/people/index.html"))
    assert page.h1.get_text().strip() == title and not page.select(".arithmatex, img, .emoji")
    partners = content(result.html(result.portfolio["pages"]["partners"]))
    heading = partners.find("h2", string="@ActiveLancs")
    assert heading is not None and heading.find("a") is None, partners.select("h2")


def test_case_study_cards_lead_to_their_sections_tags_and_the_filtered_library(portfolio: Project) -> None:
    """A public visitor browsing best practice could not tell from a card which sections it supports, nor narrow
    the case studies by section or tag (an outside review): each card names its sections of the challenge, as links
    to them (which name the challenge too to a screen reader, that lists a page's links out of their place: an
    accessibility review), and its tags, as links to the library; each challenge leads to its case studies in the
    library. A card's title is a heading, which a screen reader's list of headings reaches."""
    result = portfolio.build(audience="public")
    page = content(result.html(result.portfolio["pages"]["case_studies"]))
    card = page.select_one('li[data-item="partnerships/joint-bid"]')
    assert card.select_one("h3 > a").get_text() == "Joint bid"
    lines = {p.get_text(" ", strip=True).split(":", 1)[0]: p for p in card.select("p.portfolio-meta")}
    assert [
        (a.get_text(), a.select_one(".portfolio-sr").get_text(), a["href"]) for a in lines["Supports"].select("a")
    ] == [
        ("Partnerships: Plan", "Partnerships: ", "../challenges/partnerships/#plan"),
        ("Partnerships: Do", "Partnerships: ", "../challenges/partnerships/#do"),
    ]
    assert [(a.get_text(), a["href"]) for a in lines["Tags"].select("a")] == [
        ("older-adults", "../library/?tag=older-adults")
    ]
    filtered = page.find(id="partnerships").find_next("a", class_="portfolio-library-link")
    assert filtered["href"] == "../library/?type=case-study&challenge=partnerships"


def test_case_study_cards_show_an_outcomes_table_with_its_headings(portfolio: Project) -> None:
    table = "| Measure | Before | After |\n|---|---|---|\n" + "".join(
        f"| Measure {n} | {n} | {n * 2} |\n" for n in range(1, 7)
    )
    portfolio.item(
        "partnerships/referrals.md",
        "title: GP referrals\ntype: case-study\nmaps_to: partnerships/do\ndate: 2026-07-01\nsummary: More referrals.",
        f"## Context\n\nWe worked with GPs.\n\n## Outcomes\n\nReferrals doubled.\n\n{table}\n## Next\n\nMore.\n",
    )
    result = portfolio.build()
    page = content(result.html(result.portfolio["pages"]["case_studies"]))
    card = page.select_one('li[data-item="partnerships/referrals"]')
    assert "Outcomes: Referrals doubled." in card.get_text(" ", strip=True)
    shown = card.select_one("table.portfolio-card-outcomes")
    assert [th.get_text() for th in shown.select("thead th")] == ["Measure", "Before", "After"]
    rows = [[cell.get_text() for cell in row.select("th, td")] for row in shown.select("tbody tr")]
    assert rows == [["Measure 1", "1", "2"], ["Measure 2", "2", "4"], ["Measure 3", "3", "6"], ["Measure 4", "4", "8"]]
    assert "and 2 more rows" in card.get_text(" ", strip=True)
    assert not page.select_one('li[data-item="partnerships/joint-bid"] table')  # no outcomes section, no table


def test_a_build_hands_back_to_the_garbage_collector_what_it_set_apart(project: Project) -> None:
    """What lives until a build ends is set apart from Python's garbage collector during the build (gc.freeze),
    and the collector is off while the project is read: after it, whether it succeeded or failed, nothing is left
    set apart and the collector is on (`mkdocs serve` builds again and again), or off if it was off before."""
    import gc

    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    built = project.build()
    assert not built.failed and (built.site / "a/index.html").is_file()
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.disable()
    try:
        assert [p.code for p in project.problems()] == ["uncovered-section"] * 3 and not gc.isenabled()
    finally:
        gc.enable()
    # A theme template that fails while the pages are written: the build stops after the project was set apart.
    project.write(
        "overrides/main.html", '{% extends "base.html" %}{% block content %}{{ page.no_such_thing.x }}{% endblock %}'
    )
    project.write("mkdocs.yml", MKDOCS_YML.replace("  name: material\n", "  name: material\n  custom_dir: overrides\n"))
    with pytest.raises(UndefinedError, match="no_such_thing"):
        project.build()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_a_markdown_link_pasted_from_the_sites_address_bar_is_no_mistake(project: Project) -> None:
    """`[x](../../library/?partner=NHS)` names no file of evidence/: MkDocs leaves it as written and the browser
    reads it from the page's address, where it leads to the library, filtered. It was warned "leads outside
    evidence/" (an outside review); one that leads nowhere from either is still a broken link."""
    project.item(
        "pub/open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01",
        "[the library](../../library/?partner=NHS) [a challenge](../../challenges/partnerships/#plan)\n\n"
        "[nowhere](../../nowhere/)\n",
    )
    broken = [(p.path, p.line) for p in project.problems() if p.code == "broken-link"]
    assert broken == [("evidence/pub/open.md", 9)]
    page = BeautifulSoup(project.build().html("pub/open/"), "html.parser")
    links = {a.get_text(): a["href"] for a in page.select("article a")}
    assert links["the library"] == "../../library/?partner=NHS"
    assert links["a challenge"] == "../../challenges/partnerships/#plan"


def test_the_overview_gives_its_matrix_the_width_of_the_table_of_contents(portfolio: Project) -> None:
    """On a 1280 to 1920 pixel screen the matrix's last columns (coverage, trend, assessor, target) were scrolled
    out of view beside a table of contents holding one heading (an assessor's review): the overview hides it, and
    other pages keep theirs."""
    site = portfolio.build()

    def contents_hidden(url: str) -> bool:
        sidebar = BeautifulSoup(site.html(url), "html.parser").select_one(".md-sidebar--secondary")
        return sidebar is not None and sidebar.has_attr("hidden")

    assert contents_hidden("")
    assert not contents_hidden("challenges/partnerships/")


def test_the_pack_quotes_a_self_assessment_without_its_question_and_marks_where_its_text_ends(
    portfolio: Project,
) -> None:
    """`portfolio new` starts each section of a self-assessment with its question quoted: the pack shows the question
    above, so the quote is left out there; a line after the self-assessment's text keeps it apart from the pack's
    own lists (an outside review: an empty "What action can we take" read as if the evidence were its answer)."""
    assessment = portfolio.root / "evidence/assessments/partnerships-2026.md"
    front_matter = assessment.read_text(encoding="utf-8").split("---\n")[1]
    body = (
        "## Plan\n\n> How do you plan\n> with partners?\n\n### What do we currently do\n\nWe plan with partners.\n\n"
        "### What action can we take\n\n## Do\n\n> Not the question of Do.\n\nWe do.\n"
    )
    assessment.write_text(f"---\n{front_matter}---\n{body}", encoding="utf-8")
    result = portfolio.build()
    page = content(result.html(result.portfolio["pages"]["print"]))
    plan = page.find(id="pack-partnerships-plan")
    section = []
    for element in plan.find_next_siblings():
        if element.name == "h3":
            break
        section.append(element)
    text = " ".join(" ".join(element.get_text(" ") for element in section).split())
    assert text.count("How do you plan with partners?") == 1, text
    assert "From the self-assessment: What do we currently do We plan with partners. What action can we take" in text
    names = [element.name for element in section]
    rule = names.index("hr")
    assert (
        "What action can we take" in section[rule - 1].get_text()
        and "Supporting evidence" in section[rule + 1].get_text()
    )
    do = " ".join(page.find(id="pack-partnerships-do").find_next_sibling("blockquote").get_text().split())
    assert do == "Not the question of Do.", "a quote that is not the question stays"


@pytest.mark.parametrize("visibility", ["public", "internal"])
def test_the_pack_opens_with_the_overviews_introduction_its_links_working_from_the_pack(
    portfolio: Project, visibility: str
) -> None:
    """The introduction of the overview (evidence/index.md) says whose portfolio it is: the pack, which an assessor
    may read alone (its PDF), starts with it, its headings under the pack's and its links leading where they lead
    on the overview; withheld from an audience, it is in neither (an outside review: the PDF left it out)."""
    portfolio.write(
        "evidence/index.md",
        f"---\ntitle: Our portfolio\nvisibility: {visibility}\n---\n# Who we are\n\nKanaryintrozz. See "
        '[the joint bid](partnerships/joint-bid.md), <a href="partnerships/joint-bid/">the bid in HTML</a> and '
        '<a href="../files/kanaryloosezz.txt">a file above the site</a>.\n',
    )
    portfolio.write("evidence/files/kanaryloosezz.txt", "Nothing else names this file.\n")
    portfolio.write("mkdocs.yml", MKDOCS_YML + "site_url: https://example.org/trust/\n")  # a site in a folder
    for audience in ("internal", "public"):
        result = portfolio.build(audience=audience)
        pack = content(result.html(result.portfolio["pages"]["print"]))
        shown = visibility == "public" or audience == "internal"
        assert ("Kanaryintrozz" in result.all_output()) == shown, audience
        if not shown:
            continue
        introduction = pack.find(id="pack-introduction")
        assert introduction.name == "h2" and introduction.find_next_sibling().name == "h3"
        for text in ("the joint bid", "the bid in HTML"):
            link = pack.find("a", string=text)
            assert posixpath.normpath(posixpath.join("accreditation-pack/", link["href"])) == "partnerships/joint-bid"
        # Above the site from the overview, as from the pack (a hostile review: the pack published the file).
        assert not (result.site / "files/kanaryloosezz.txt").exists()


def test_a_challenge_page_quotes_what_its_self_assessment_says_of_each_section(project: Project) -> None:
    """The challenge page listed the evidence alone, and an assessor on it could think the organisation wrote
    nothing (a journey review): under each section it now quotes the current self-assessment's text about it, as the
    pack does, without the question `portfolio new` quotes. An audience that does not see the self-assessment sees
    none of it, and a link in it to an item withheld from the audience is reduced to its text."""
    project.item(
        "partnerships/plan/strategy.md",
        "title: Strategy\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: accreditor",
    )
    project.item(
        "partnerships/plan/notes.md", "title: Notes\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    )
    project.item(
        "assessments/partnerships.md",
        "title: Partnerships 2026\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-06-01\n"
        "visibility: accreditor\nratings: {plan: good}",
        "## Plan\n\n> How do you plan with partners?\n\n### What do we currently do\n\nWe plan with kanaryplanzz "
        "partners, in our [strategy](../partnerships/plan/strategy.md) and [notes](../partnerships/plan/notes.md).\n",
    )
    quoted, everything = {}, {}
    for audience in ("public", "accreditor", "internal"):
        built = project.build(audience=audience)
        everything[audience] = built.all_output()
        page = content(built.html("challenges/partnerships/"))
        heading = page.find(id="plan-self-assessment")
        quoted[audience] = heading is not None and " ".join(heading.find_next_sibling("p").get_text().split())
        if heading is not None:
            assert heading.find_previous_sibling("div")["data-section"] == "plan"
            links = {a.get_text(): a["href"] for a in heading.find_next_sibling("p").find_all("a")}
            assert links.get("strategy") == "../../partnerships/plan/strategy/"
            assert ("notes" in links) == (audience == "internal"), links
            assert "How do you plan with partners?" not in heading.find_next_sibling("h4").get_text()
        assert len(page.select('[data-section="plan"]')) == 1
    assert quoted["public"] is False  # the self-assessment is the assessor's: nothing of it on the public site
    assert "kanaryplanzz" not in everything["public"] and "kanaryplanzz" in everything["internal"]
    said = "We plan with kanaryplanzz partners, in our strategy and notes."
    assert quoted["accreditor"] == quoted["internal"] == said


@pytest.mark.parametrize(
    ("days", "said"), [(1095, "three years"), (365, "one year"), (1000, "1000 days"), (4015, "4015 days"), (1, "1 day")]
)
def test_how_old_evidence_may_be_is_said_in_years_where_it_is_whole_years(days: int, said: str) -> None:
    """The overview and a stale item's panel said "older than 1095 days" (an assessor's review)."""
    assert age_in_words(days) == said


def test_the_contents_of_a_generated_page_name_each_of_its_landmarks_once(sample: Project) -> None:
    """Material lists each entry of the table of contents with entries under it as a navigation landmark named by
    its heading: "From the self-assessment" under each section of a challenge, and each section under each challenge
    of the pack, named alike many times (an assessor's review, axe's landmark-unique). The contents list a generated
    page's headings to its sections."""
    built = sample.build(audience="accreditor")
    for url in ("challenges/partnerships/", "accreditation-pack/"):
        contents = BeautifulSoup(built.html(url), "html.parser").select_one("nav.md-nav--secondary")
        labels = [nav.get("aria-label") for nav in contents.select("nav")]
        assert labels and len(labels) == len(set(labels)), (url, labels)
    assert "From the self-assessment" in built.html("challenges/partnerships/")


def test_a_challenge_without_items_does_not_lead_to_an_empty_library_and_one_date_is_said_once(
    project: Project,
) -> None:
    """A challenge no item is about led to its evidence in the library, which showed "No item matches these
    filters"; one whose evidence has a single date said "dated 1 January 2026 to 1 January 2026" (an outside
    review): it leads to the library only with items there, and says its one date once."""
    project.item(
        "partnerships/do/minutes.md", "title: Minutes\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01"
    )
    result = project.build()
    partnerships = content(result.html("challenges/partnerships/"))
    people = content(result.html("challenges/people/"))
    assert "Evidence dated 1 January 2026. Back to the overview ." in partnerships.get_text(" ", strip=True)
    assert partnerships.select_one("a.portfolio-library-link")["href"] == "../../library/?challenge=partnerships"
    assert people.select_one("a.portfolio-library-link") is None
    assert "Evidence dated" not in people.get_text(" ", strip=True)
    pack = content(result.html(result.portfolio["pages"]["print"])).get_text(" ", strip=True)
    assert "Evidence dated 1 January 2026." in pack


@pytest.mark.parametrize(
    "heading", ["# Riverside evidence", "# Riverside evidence ##", "Riverside evidence\n==================="]
)
def test_an_introduction_opening_with_a_heading_gives_the_overview_its_one_title(
    project: Project, heading: str
) -> None:
    """evidence/index.md written as a page is (`# Our portfolio`, no front matter): the overview showed two headings
    of the first level, the framework's name and the introduction's (a review), and still did for a heading written
    over a line of `=`. The introduction's heading is the overview's title, once, in the page and in the browser's
    tab; its text follows."""
    project.write("evidence/index.md", f"\n{heading}\n\nWelcome to our portfolio.\n")
    built = project.build(strict=True, audience="internal")
    assert not built.failed, built.error
    page = built.html("")
    assert re.findall(r"<h1\b[^>]*>(.*?)</h1>", page) == ["Riverside evidence"]
    assert "<title>Riverside evidence - " in page
    assert page.index("</h1>") < page.index("Welcome to our portfolio.")
    assert "The evidence portfolio of" not in page  # (the introduction says what the page is)


def test_an_overview_without_an_introduction_says_what_it_is(project: Project) -> None:
    """An assessor's copy of a portfolio with no evidence/index.md opened on the framework's title and figures, with
    nothing to say whose portfolio it was (an outside review); nor does one whose introduction this audience may not
    see. Names with Markdown's marks stay as written."""
    mkdocs_yml = project.root / "mkdocs.yml"
    named = "site_name: '*Riverside* Trust & Test portfolio'"
    mkdocs_yml.write_text(mkdocs_yml.read_text().replace("site_name: Test portfolio", named))
    built = project.build(strict=True, audience="public")
    assert not built.failed, built.error
    about = re.search(r"<p>The evidence portfolio of (.*?), against (.*?):", built.html(""))
    assert about is not None and about[1].startswith("*Riverside* Trust &amp; "), about
    project.write("evidence/index.md", "---\nvisibility: internal\n---\nOur own words.\n")
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert "Our own words." in internal.html("") and "The evidence portfolio of" not in internal.html("")
    assert "The evidence portfolio of" in public.html("") and "Our own words." not in public.html("")


def test_the_pack_gives_a_challenges_summary_as_its_page_does(project: Project) -> None:
    """A challenge's `summary` in framework.yml was on its page but not in its part of the accreditation pack, nor so
    of the offline pack or the PDF (an assessor's review)."""
    from conftest import FRAMEWORK

    summary = "Making sure disabled people take part."
    project.write(
        "framework.yml", FRAMEWORK.replace("    title: People\n", f"    title: People\n    summary: {summary}\n")
    )
    result = project.build()
    assert summary in content(result.html("challenges/people/index.html")).get_text()
    pack = content(result.html("accreditation-pack/index.html"))
    part = pack.find(id="pack-people").find_next("div", class_="portfolio-pack-summary")
    assert part.select_one(".portfolio-pack-challenge-summary").get_text() == summary
    partnerships = pack.find(id="pack-partnerships").find_next("div", class_="portfolio-pack-summary")
    assert partnerships.select_one(".portfolio-pack-challenge-summary") is None
