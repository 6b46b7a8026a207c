"""Metrics and measures (issue 14, docs/metrics.md): the Net Promoter Score computed from survey files, points,
trend and target, every validation case at its line, portfolio.json per audience against an independent
computation, the chart and table on the pages, and a withheld survey that changes nothing in a narrower build.
"""

from __future__ import annotations

import csv
import datetime
import io
import itertools
import json
import re
import textwrap
import time
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import FRAMEWORK, MKDOCS_YML, LineCase, Project, bookmarks_under, git
from evidence_portfolio.computation.metrics import MetricResult, Point, nps
from evidence_portfolio.model.framework import Metric
from evidence_portfolio.model.items import Answers, Item, Measure
from evidence_portfolio.model.problems import Problems
from evidence_portfolio.reading import workbook_rows
from evidence_portfolio.reading.surveys import count_answers, missing_column, personal_data, read_table

METRICS = """\
metrics:
  - id: partner-nps
    label: Partner NPS
    kind: nps
    section: partnerships/review
    target: 40
  - id: participants
    label: Participants
    kind: count
    section: partnerships
  - id: satisfied
    label: Satisfied partners
    kind: percent
    section: people/plan
    target: 80
  - id: waiting
    label: Days waiting for a referral
    kind: number
    section: people/plan
    target: 5
    higher_is_better: false
"""
"""Appended to the test framework: `line(text)` is the line of the framework where a text of it is."""


def line(text: str, nth: int = 1) -> int:
    """The line of framework.yml (FRAMEWORK + METRICS) where `text` occurs for the nth time."""
    lines = [number for number, found in enumerate((FRAMEWORK + METRICS).splitlines(), 1) if text in found]
    return lines[nth - 1]


QUESTION = "How likely are you to recommend us? (0-10)"
AUDIENCES = ("public", "accreditor", "internal")


@pytest.fixture
def measured(project: Project) -> Project:
    project.write("framework.yml", FRAMEWORK + METRICS)
    return project


def md(front_matter: str, body: str = "Body text.\n") -> str:
    return "---\n" + textwrap.dedent(front_matter).strip("\n") + "\n---\n" + body


def item(
    title: str, measures: str, *, date: str = "2026-06-01", visibility: str = "public", maps_to: str = "people/plan"
) -> str:
    """An evidence item whose `measures:` is on line 7 (its first entry on line 8)."""
    head = f"title: {title}\ntype: evidence\nmaps_to: {maps_to}\ndate: {date}\nvisibility: {visibility}\n"
    return md(head + "measures:\n" + textwrap.indent(textwrap.dedent(measures).strip("\n"), "  "))


def survey(answers: list[str | int], column: str = QUESTION, extra: str = "tier") -> str:
    """A survey file: a header row (respondent, the extra column, the question), then one row per answer."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["respondent", extra, column])
    for number, answer in enumerate(answers, 1):
        writer.writerow([f"R{number}", "delivery", answer])
    return out.getvalue()


def scores(promoters: int, passives: int, detractors: int, blanks: int = 0) -> list[str | int]:
    return [10] * promoters + [8] * passives + [3] * detractors + [""] * blanks


# ------------------------------------------------------------------------------------------------ the computation


def exact_nps(promoters: int, passives: int, detractors: int) -> Decimal:
    """The rule of docs/metrics.md computed another way: the exact fraction in tenths, rounded half away from zero
    with whole numbers only."""
    n = promoters + passives + detractors
    tenths = Fraction(1000 * (promoters - detractors), n)
    magnitude = abs(tenths)
    rounded = magnitude.numerator * 2 + magnitude.denominator
    whole = rounded // (2 * magnitude.denominator)
    signed = whole if tenths >= 0 else -whole
    return Decimal(signed).scaleb(-1) if signed else Decimal("0.0")


@pytest.mark.parametrize(
    ("promoters", "passives", "detractors", "expected"),
    [
        (22, 19, 7, "31.3"),  # the issue's example: 15/48 = 31.25, a tie, half up
        (7, 19, 22, "-31.3"),  # its mirror image: half up is away from zero
        (1, 7, 0, "12.5"),  # 1/8 = 12.5 exactly: one decimal already, nothing to round
        (0, 7, 1, "-12.5"),
        (1, 79, 0, "1.3"),  # 1/80 = 1.25: a tie in the second decimal
        (0, 79, 1, "-1.3"),
        (1, 15, 0, "6.3"),  # 1/16 = 6.25
        (0, 15, 1, "-6.3"),
        (5, 41, 2, "6.3"),  # 3/48 = 6.25
        (2, 41, 5, "-6.3"),
        (3, 77, 0, "3.8"),  # 3/80 = 3.75
        (0, 77, 3, "-3.8"),
        (1, 2, 0, "33.3"),  # 33.33...
        (2, 1, 0, "66.7"),  # 66.66...
        (3, 2, 2, "14.3"),  # 14.2857...
        (1, 1, 1, "0.0"),
        (0, 2999, 1, "0.0"),  # -0.033... rounds to zero, written without a minus
        (5, 0, 0, "100.0"),
        (0, 0, 5, "-100.0"),
        (33, 13, 4, "58.0"),
        (17, 21, 7, "22.2"),
    ],
)
def test_nps_on_known_answer_sets(promoters: int, passives: int, detractors: int, expected: str) -> None:
    score = nps(Answers(promoters, passives, detractors))
    assert str(score) == expected and score == Decimal(expected)
    assert score == exact_nps(promoters, passives, detractors)


def test_half_up_is_away_from_zero_and_never_the_float_rounding() -> None:
    """Python's round() on floats rounds 31.25 to 31.2 (half to even, and binary fractions); the score is 31.3."""
    assert round(100 * 15 / 48, 1) == 31.2
    assert nps(Answers(22, 19, 7)) == Decimal("31.3")
    assert nps(Answers(7, 19, 22)) == Decimal("-31.3")
    assert Decimal("-31.25").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP) == Decimal("-31.3")


def test_nps_equals_the_exact_rule_for_every_answer_set_up_to_60_answers() -> None:
    for n in range(1, 61):
        for promoters, detractors in itertools.product(range(n + 1), repeat=2):
            if promoters + detractors <= n:
                passives = n - promoters - detractors
                assert nps(Answers(promoters, passives, detractors)) == exact_nps(promoters, passives, detractors)


def test_nps_of_very_large_surveys_is_exact() -> None:
    for promoters, passives, detractors in [(10**12 + 1, 10**12, 10**12 - 7), (123_456_789, 1, 987_654_321)]:
        assert nps(Answers(promoters, passives, detractors)) == exact_nps(promoters, passives, detractors)
    # A tie with a huge n: 1/80 of 10**15 answers.
    n = 80 * 10**13
    assert nps(Answers(10 * 10**13, n - 10 * 10**13, 0)) == Decimal("12.5")
    assert nps(Answers(10**13, n - 10**13, 0)) == Decimal("1.3")  # 1.25: a tie
    assert nps(Answers(0, n - 10**13, 10**13)) == Decimal("-1.3")
    assert nps(Answers(10**13 + 0, n - 2 * 10**13, 10**13)) == Decimal("0.0")


def _result(values: list[float], target: float | None = None, higher: bool = True) -> MetricResult:
    metric = Metric("m", "M", "number", "people", None, target, higher)
    dummy = Item("a", "a.md", "evidence/a.md", "evidence", "A", datetime.date(2026, 1, 1), "public")
    points = tuple(
        Point(datetime.date(2026, 1, 1 + index), dummy, Measure("m", 1), value) for index, value in enumerate(values)
    )
    return MetricResult(metric, points)


@pytest.mark.parametrize(
    ("values", "target", "higher", "latest", "trend", "met"),
    [
        ([], 5, True, None, None, None),
        ([3], None, True, 3, None, None),
        ([3], 3, True, 3, None, True),
        ([1, 3], 4, True, 3, "up", False),
        ([3, 1], 1, True, 1, "down", True),
        ([3, 3.0], 3, True, 3.0, "flat", True),
        ([5, 4, 4], None, True, 4, "flat", None),
        ([9, 6], 5, False, 6, "down", False),  # lower is better: met at or below the target
        ([9, 5], 5, False, 5, "down", True),
        ([4, 6], 5, False, 6, "up", False),  # "up" means the value rose, whichever way is better
    ],
)
def test_latest_trend_and_target(
    values: list[float], target: float | None, higher: bool, latest: Any, trend: Any, met: Any
) -> None:
    result = _result(values, target, higher)
    assert (result.latest, result.trend, result.target_met) == (latest, trend, met)
    if trend in ("up", "down"):
        assert result.improving == ((trend == "up") == higher)


# --------------------------------------------------------------------------------------------------- survey files


def test_a_survey_file_with_a_bom_crlf_blank_cells_and_a_cell_over_two_lines() -> None:
    text = (
        "\ufeffrespondent,comment, Q \r\n"
        'R1,"Good, but\r\nslow",10\r\n'
        "R2,,\r\n"  # a blank answer: skipped
        "\r\n"  # a blank row: skipped
        "R3,, 7 \r\n"
        "R4,,0\r\n"
        "R5\r\n"  # a short row: its answer is blank
    )
    table = read_table(text.encode("utf-8"), "evidence/s.csv")
    assert not table.problems and table.header == ("respondent", "comment", "Q")
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert not problems and answers == Answers(1, 1, 1)


def test_a_header_is_read_however_its_spaces_are_typed(measured: Project) -> None:
    """A header with a non-breaking space (as a spreadsheet or a form export writes one in a question) was "no
    column" of the question, with a suggestion that looked the same (a careless-user review): spaces are read as
    they look, in the core and in a build."""
    table = read_table("id,How\u00a0likely  are you?\n1,10\n2,3\n".encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "How likely are you?", "evidence/s.csv", "for m by evidence/a.md")
    assert not problems and answers == Answers(1, 0, 1)
    # and its quote marks and apostrophes as they look (a form export writes Riverside’s, a careless-user review)
    table = read_table("id,Would you recommend Riverside\u2019s \u201cMove\u201d?\n1,10\n".encode(), "evidence/s.csv")
    answers, problems = count_answers(table, 'Would you recommend Riverside\'s "Move"?', "evidence/s.csv", "for m")
    assert not problems and answers == Answers(1, 0, 0)
    # and its dashes as hyphens: "0–10" was told "did you mean 0–10?", which looked as typed (a careless review)
    table = read_table("id,Recommend us \u2013 on a scale of 0\u201310?\n1,10\n".encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Recommend us - on a scale of 0-10?", "evidence/s.csv", "for m")
    assert not problems and answers == Answers(1, 0, 0)
    measured.write("evidence/files/survey.csv", survey(scores(3, 1, 1), column=QUESTION.replace(" ", "\u00a0", 2)))
    measured.write(
        "evidence/nps.md", item("NPS", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}")
    )
    assert [p for p in measured.problems() if p.code in ("missing-column", "bad-survey")] == []
    built = measured.build()
    assert not built.failed, built.log
    assert "partner-nps=40.0 (n=5, from files/survey.csv)" in (built.site / "evidence.csv").read_text("utf-8")


def test_personal_data_is_said_only_of_a_public_items_survey_file(measured: Project) -> None:
    """The respondents' addresses of a public item's survey file were published with no word (a careless
    contributor's review): both doors stop on them. Kept to the accreditor or staff, or left anonymous as Microsoft
    Forms leaves them, the file is no problem."""
    emails = f'"Timestamp","Email address","{QUESTION}"\n"2026/11/01","jo@example.org","9"\n"2026/11/02","","7"\n'
    measured.write("evidence/s/files/survey.csv", emails)
    measure = f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"
    measured.write("evidence/s/a.md", item("A", measure))
    said = 'evidence/s/files/survey.csv:1: error: column "Email address" holds personal data'
    checked = measured.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = measured.build(audience="public")
    assert built.failed and any(said in line for line in built.log), built.log
    for visibility in ("accreditor", "internal"):
        measured.write("evidence/s/a.md", item("A", measure, visibility=visibility))
        assert not [p for p in measured.problems() if p.code == "personal-data"]
    measured.write("evidence/s/a.md", item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"))
    measured.write("evidence/s/files/survey.csv", "ID,Email,Name,Q\n1,anonymous,,9\n2,anonymous,,8\n")
    assert not [p for p in measured.problems() if p.code == "personal-data"]
    widest = measured.build(audience="internal")
    assert not widest.failed and "partner-nps" in (widest.site / "evidence.csv").read_text("utf-8")


@pytest.mark.parametrize("column", ["Your name (optional)", "Q1. Contact name", "Phone no.", "Date of birth"])
def test_personal_data_is_said_of_any_csv_a_public_page_publishes(measured: Project, column: str) -> None:
    """A raw export attached to a public item, or linked from it, was published with the respondents' names, and
    columns named as forms name their questions ("Your name (optional)") were not read as names (a hostile review):
    any CSV file a public page publishes that is a form's export is looked through; a club's or a session's name, a
    list of sites, an organisation's address, are no one's."""
    export = f'Timestamp,"{column}",Club name,Score\n2026/11/01 10:02,Jo Bloggs,Ashby Vale FC,9\n'  # a form's export
    measured.write("evidence/s/files/raw-export.csv", export)
    said = f'evidence/s/files/raw-export.csv:1: error: column "{column}" holds personal data (a value on row 2)'
    for how in ("attachments:\n  - files/raw-export.csv", "summary: see the export"):
        body = "See the [raw export](files/raw-export.csv).\n" if how.startswith("summary") else "Body.\n"
        head = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-06-01\nvisibility: public\n"
        measured.write("evidence/s/a.md", md(head + how, body))
        checked = measured.check()
        assert checked.code == 1 and said in checked.stdout, checked.stdout
    # a form's export with its column in Welsh, and a register of home addresses (a third hostile review)
    for held, line in (
        ("Stamp amser,Your name,Score\n2026/05/01 10:00,Jane Bloggs,5\n", 1),
        ("Participant,Email,Attended\nJane Bloggs,jane.bloggs@gmail.com,yes\n", 2),
    ):
        measured.write("evidence/s/files/raw-export.csv", held)
        found = [(p.line, p.code) for p in measured.problems() if p.code == "personal-data"]
        assert found == [(line, "personal-data")], (held, found)
    # no one's: a club's or a session's name, a list of sites that is no form's export, an organisation's address,
    # a register of bids (its "Date submitted" no form's), a club's own mail address, a refusal to give a name (a
    # review of valid portfolios: each failed every build)
    for clean in (
        "Name,Funder,Date submitted,Funder contact\nActive Estates,Sport England,2025-10-01,grants@sportengland.org\n",
        "Club,Contact,Email\nHartwell Bowls,Fixtures secretary,hartwellbowls@gmail.com\n",
        "Timestamp,Your name (optional),Comment,Score\n2026/11/01,Prefer not to say,secretary@bowls.org.uk,9\n",
        "Site,Name,Address,Postcode,Contact email\n1,Riverside Leisure Centre,1 River Rd,AV1 2BC,jo@riverside.org\n",
        "Timestamp,Comment,Score\n2026/11/01,I emailed info@ashbysc.org.uk to thank them,9\n",
        "Respondent,Club name,Name of session,Score\nR1,Ashby FC,Swim,9\n",
        # a list of clubs with a club's own home-mail address; a timetable and a rota with a start time, which no
        # form's export they are (a second review of valid portfolios: each failed every build)
        "Club,Sport,Email,Website\nAshby Vale Netball,Netball,ashbyvale.netball@gmail.com,\n",
        "Name,Day,Start time,End time,Venue\nAqua fit,Monday,09:00,10:00,Riverside\n",
        "Day,Start time,End time,Name\nMonday,09:00,17:00,Sam\n",
        "Club,Sport,Venue,Contact email,Members\nAshby Vale Netball Club,Netball,Riverside,ashbyvale.netball@gmail.com,64\n",
        "Day,Start time,Session,Coach,Bookings\nMonday,18:30,Walking netball,Community coach,riverside.bookings@outlook.com\n",
    ):
        measured.write("evidence/s/files/raw-export.csv", clean)
        assert not [p for p in measured.problems() if p.code == "personal-data"], clean
    built = measured.build(audience="public")
    assert not built.failed and (built.site / "s/files/raw-export.csv").is_file(), built.log


def test_personal_data_is_said_of_a_workbook_or_tab_separated_file_a_public_page_publishes(measured: Project) -> None:
    """Microsoft Forms downloads its answers as an Excel workbook, and a public item attaching one published its
    respondents' names and addresses (only CSV files were looked through): a workbook's sheets are read as CSV files
    are, and a file of tab-separated cells too. Anonymous answers, or the file kept from the public, are no
    problem."""
    openpyxl = pytest.importorskip("openpyxl")
    head = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-06-01\nvisibility: public\n"
    measured.write("evidence/s/a.md", md(head + "attachments:\n  - files/responses.xlsx\n  - files/r.tsv", "Body.\n"))
    header = ["ID", "Start time", "Completion time", "Email", "Name", "How likely are you to recommend us?"]

    def workbook(*answers: tuple[str, str], blank_first_row: bool = False) -> None:
        book = openpyxl.Workbook()
        book.active.title = "Summary"
        book.active.append(["Responses", len(answers)])
        sheet = book.create_sheet("Form1")
        if blank_first_row:  # a blank row made taller above the header, as Excel writes it (a review: unlooked at)
            sheet.row_dimensions[1].height = 30
            sheet.append([])
        sheet.append(header)
        for number, (email, name) in enumerate(answers, 1):
            sheet.append([number, "11/1/26 10:02:01", "11/1/26 10:04:12", email, name, 9])
        book.save(measured.root / "evidence/s/files/responses.xlsx")

    measured.write("evidence/s/files/r.tsv", "Timestamp\tScore\tComment\n2026/11/01\t9\tjo.bloggs@gmail.com\n")
    workbook(("anonymous", ""), ("jane.bloggs@riverside.org", "Jane Bloggs"), blank_first_row=True)
    said = [
        'evidence/s/files/r.tsv:2: error: this row holds a person\'s email address (in column "Comment", @gmail.com), '
        "and this file is published to "
        "everyone with evidence/s/a.md",
        'evidence/s/files/responses.xlsx:2: error: on sheet "Form1", columns "Email" and "Name" hold personal data '
        "(values on row 4), and this file is published to everyone with evidence/s/a.md",
    ]
    checked = measured.check()
    assert checked.code == 1 and all(line in checked.stdout for line in said), checked.stdout
    built = measured.build(audience="public")
    assert built.failed and all(any(line in logged for logged in built.log) for line in said), built.log
    attached = "attachments:\n  - files/responses.xlsx\n  - files/r.tsv"
    measured.write("evidence/s/a.md", md(head.replace("public", "accreditor") + attached, "Body.\n"))
    widest = measured.build(audience="internal")  # kept from the public, the files are published with the page
    assert not widest.failed and (widest.site / "s/files/responses.xlsx").is_file(), widest.log
    measured.write("evidence/s/a.md", md(head + attached, "Body.\n"))
    workbook(("anonymous", ""), ("anonymous", ""))
    measured.write("evidence/s/files/r.tsv", "Timestamp\tScore\tComment\n2026/11/01\t9\tthanks to info@club.org\n")
    assert not [p for p in measured.problems() if p.code == "personal-data"]
    # one that cannot be read is said, not published unread (a hostile review)
    (measured.root / "evidence/s/files/responses.xlsx").write_bytes(b"PK\x03\x04 damaged")
    assert [
        (p.path, p.line, p.code) for p in measured.problems() if p.code in ("personal-data", "unread-workbook")
    ] == [("evidence/s/files/responses.xlsx", 1, "unread-workbook")]


def zipped(files: dict[str, str] | dict[str, bytes]) -> bytes:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in files.items():
            book.writestr(name, text)
    return packed.getvalue()


def test_personal_data_is_said_of_a_table_in_a_zip_a_public_page_publishes(measured: Project) -> None:
    """A club's registers, zipped to be sent, were published with a public item with no word, where the same CSV
    attached alone was refused (a review of valid portfolios): the tables a zip holds (CSV, tab-separated, workbooks)
    are looked through as that file alone would be, and told at the zip, naming the table. One locked by a password
    is said to be unread; the zip kept from the public, or holding only clean tables, is no problem."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Form1"
    book.active.append(["ID", "Start time", "Completion time", "Email", "Name", "Score"])
    book.active.append([1, "11/1/26 10:02:01", "11/1/26 10:04:12", "jane.bloggs@riverside.org", "Jane Bloggs", 9])
    workbook = io.BytesIO()
    book.save(workbook)

    def zipped(*members: tuple[str, bytes]) -> bytes:
        made = io.BytesIO()
        with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, data in members:
                archive.writestr(name, data)
        return made.getvalue()

    register = b"Participant,Email,Session\nFfion Roberts,ffion.roberts@gmail.com,U12\n"
    clean = b"Session,Attended\nU12,14\n"
    head = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-06-01\nvisibility: {}\n"
    attached = "attachments:\n  - files/registers.zip"
    measured.write("evidence/s/a.md", md(head.format("public") + attached, "Body.\n"))
    for members, said in (
        (
            (("photos/readme.txt", b"Ffion Roberts, ffion.roberts@gmail.com"), ("2026/registers.csv", register)),
            'evidence/s/files/registers.zip:1: error: "2026/registers.csv" in this zip, at its line 2: this row holds '
            'a person\'s email address (in column "Email", @gmail.com), and this zip is published to everyone with '
            'evidence/s/a.md, which is public; delete the address from "2026/registers.csv" and make the zip again: '
            "personal data goes in no item, whatever its visibility (CONTRIBUTING.md, under Visibility)",
        ),
        (
            (("attendance.csv", clean), ("Responses.XLSX", workbook.getvalue())),
            'evidence/s/files/registers.zip:1: error: "Responses.XLSX" in this zip, at its line 1: on sheet "Form1", '
            'columns "Email" and "Name" hold personal data (values on row 2), and this zip is published to everyone '
            "with evidence/s/a.md",
        ),
    ):
        measured.write("evidence/s/files/registers.zip", zipped(*members))
        checked = measured.check()
        assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = measured.build(audience="public")
    assert built.failed and any(said in line for line in built.log), built.log
    locked = bytearray(zipped(("register.tsv", register)))
    locked[6] |= 1  # (its local header's) and the central directory's flag: locked by a password
    locked[locked.rindex(b"PK\x01\x02") + 8] |= 1
    measured.write("evidence/s/files/registers.zip", bytes(locked))
    told = [(p.path, p.line, p.code, p.severity) for p in measured.problems() if p.code == "unread-workbook"]
    assert told == [("evidence/s/files/registers.zip", 1, "unread-workbook", "warning")], told
    # a table that cannot be read is said, and the tables after it looked through (a review of the change: the
    # register after it was published); one saved as UTF-16, or in Windows' own encoding, is read as such (two
    # reviews: published unread); what a Mac and Excel leave beside the files zipped are no tables (a review of
    # valid portfolios: a Mac's zip was told of its "._venues.xlsx")
    for members, line in (
        ((("0-summary.xlsx", b"not really a workbook"), ("registers.csv", register)), 2),
        ((("registers.csv", register.decode().encode("utf-16")),), 2),
        ((("registers.csv", register.decode().replace("Ffion", "Jos\u00e9").encode("cp1252")),), 2),
    ):
        measured.write("evidence/s/files/registers.zip", zipped(*members))
        found = [(p.code, p.message.split(": ")[0]) for p in measured.problems() if p.path.endswith(".zip")]
        assert ("personal-data", f'"registers.csv" in this zip, at its line {line}') in found, found
    mac = (("__MACOSX/._venues.xlsx", b"\x00\x05\x16\x07Mac OS X"), ("~$venues.xlsx", b"lock"), ("a.csv", clean))
    measured.write("evidence/s/files/registers.zip", zipped(*mac))
    assert not [p for p in measured.problems() if p.path.endswith(".zip")]
    measured.write("evidence/s/files/registers.zip", zipped(("attendance.csv", clean), ("notes/Roberts.txt", register)))
    assert not [p for p in measured.problems() if p.code in ("personal-data", "unread-workbook")]
    measured.write("evidence/s/files/registers.zip", zipped(("2026/registers.csv", register)))
    measured.write("evidence/s/a.md", md(head.format("accreditor") + attached, "Body.\n"))
    assert not [p for p in measured.problems() if p.code == "personal-data"]
    widest = measured.build(audience="internal")
    assert not widest.failed and (widest.site / "s/files/registers.zip").is_file(), widest.log


def test_a_zips_tables_past_its_limit_are_said_once(measured: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every table of a zip past the limit of what is unpacked was told, each with the same words, and a zip of
    80 tables of 1 MB cost every check 7 s (a review of the change): the first table past it is said, once."""
    from evidence_portfolio.reading import surveys

    monkeypatch.setattr(surveys, "_MOST_UNPACKED", 100)
    table = b"Session,Attended\nU12,14\nU14,16\n"  # (31 bytes)
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(6):
            archive.writestr(f"t{number}.csv", table)
    measured.write("evidence/s/files/tables.zip", made.getvalue())
    head = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-06-01\nvisibility: public\n"
    measured.write("evidence/s/a.md", md(head + "attachments:\n  - files/tables.zip", "Body.\n"))
    told = [p.message for p in measured.problems() if p.code == "unread-workbook"]
    assert len(told) == 1 and told[0].startswith('"t3.csv" in this zip is published to everyone'), told
    assert "(it and the zip's other tables are more than 0 MB unpacked)" in told[0], told
    # a smaller table after one past the limit is still looked through (a review of that: a register went unread)
    made = io.BytesIO()
    with zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a-big.csv", table * 4)
        archive.writestr("b-names.csv", b"Participant,Email\nFfion Roberts,ffion.roberts@gmail.com\n")
    measured.write("evidence/s/files/tables.zip", made.getvalue())
    found = sorted(p.code for p in measured.problems() if p.path.endswith("tables.zip"))
    assert found == ["personal-data", "unread-workbook"], found


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp1252"])
def test_personal_data_is_said_of_a_csv_saved_as_utf16_or_in_windows_own_encoding(
    measured: Project, encoding: str
) -> None:
    """A form's export saved as Excel's "Unicode Text" or "CSV (Comma delimited)" attached to a public item was
    published with no word (two reviews: its table could not be read as UTF-8, and held no personal data seen): it is
    read as a program opening it would show it."""
    export = "Timestamp,Name,Email,Score\n2026-01-01 10:00,Jos\u00e9 Bloggs,jose.bloggs@gmail.com,9\n"
    measured.write("evidence/s/files/responses.csv", export.encode(encoding))
    head = "title: A\ntype: evidence\nmaps_to: people/plan\ndate: 2026-06-01\nvisibility: public\n"
    measured.write("evidence/s/a.md", md(head + "attachments:\n  - files/responses.csv", "Body.\n"))
    told = [(p.path, p.line, p.code) for p in measured.problems() if p.code == "personal-data"]
    assert told == [("evidence/s/files/responses.csv", 1, "personal-data")], told


def test_cells_of_long_words_are_looked_through_for_addresses_in_time() -> None:
    """A public page's CSV of cells of 100,000 letters and no @ took 41 s to look through for email addresses, the
    time growing as the square of a cell's length (a hostile review); an address's parts are as long as an address's
    may be, and a cell without an @ holds none. (Thirty cells of 20,000 letters took 40 s.)"""
    text = "Club,Notes\n" + "".join(f"Club {n}," + "a" * 20_000 + "\n" for n in range(30))
    table = read_table(text.encode(), "evidence/s.csv")
    started = time.perf_counter()
    assert personal_data(table, survey=False) is None
    assert time.perf_counter() - started < 4  # (a guard against the square, not a measure: that is in benchmarks/)
    named = read_table(("Club,Notes\n" + "a" * 20_000 + ",jane.bloggs@gmail.com\n").encode(), "evidence/s.csv")
    assert personal_data(named, survey=True) is not None


def test_a_workbook_made_to_grow_as_it_is_read_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files of a few kilobytes that grew as they were read, each found by a hostile review: 1,500 sheets naming one
    file of 20,000 rows (2 GB), 4,999 cells naming one string of 900 KB (84 s), entities declared in a part written
    in UTF-16, where the check for a declaration did not see them (1.7 GB). Each sheet's cells count, each time a
    string is named it counts, and a part holding a NUL byte is not read."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    relations = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="s"><v>0</v></c></row>' for n in range(1, 101))
    files = {
        "xl/workbook.xml": f'<workbook {main} {relations}><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>',
        "xl/worksheets/s.xml": f"<worksheet {main}><sheetData>{rows}</sheetData></worksheet>",
        "xl/sharedStrings.xml": f"<sst {main}><si><t>Score</t></si></sst>",
    }
    assert len(workbook_rows.workbook_sheets(zipped(files)) or ()) == 1
    monkeypatch.setattr(workbook_rows, "_MOST_CELLS", 1000)
    sheets = files["xl/workbook.xml"].replace('<sheet name="S" r:id="rId1"/>', "{}")
    four = sheets.format("".join(f'<sheet name="S{n}" r:id="rId1"/>' for n in range(4)))  # 200 cells each
    assert len(workbook_rows.workbook_sheets(zipped({**files, "xl/workbook.xml": four})) or ()) == 4
    twenty = sheets.format("".join(f'<sheet name="S{n}" r:id="rId1"/>' for n in range(20)))
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/workbook.xml": twenty})) is None
    monkeypatch.setattr(workbook_rows, "_MOST_BYTES", 100_000)
    long = files["xl/sharedStrings.xml"].replace("Score", "ab " * 400)  # 1,200 characters, named by 100 cells
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/sharedStrings.xml": long})) is None
    shorter = files["xl/sharedStrings.xml"].replace("Score", "ab " * 30)
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/sharedStrings.xml": shorter})) is not None
    declared = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE sst [<!ENTITY e "AAAA">]>' + files[
        "xl/sharedStrings.xml"
    ].replace("<t>Score</t>", "<t>&e;&e;</t>")
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in {**files, "xl/sharedStrings.xml": ""}.items():
            book.writestr(name, declared.encode("utf-16") if name == "xl/sharedStrings.xml" else text)
    assert workbook_rows.workbook_sheets(packed.getvalue()) is None


def test_a_workbooks_cells_are_read_as_the_spreadsheet_shows_them() -> None:
    """A score stored as 10.0, 1E1, -0 or a formula's 10.000000000000002 was told to be no whole number, a TRUE was
    counted as an answer of 1, and an escape `_xD800_` (half of a pair) ended a check in a traceback as its message
    was printed (a fuzz's review); a line break Excel writes `_x000D_` is one. A string numbered below 0 is damage."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    relations = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    cells = [("n", "10.0"), ("n", "1E1"), ("n", "-0"), ("n", "10.000000000000002"), ("n", "9.5"), ("b", "1")]
    cells += [("n", "12345678901234567890"), ("inlineStr", "a_x000D_b _xD800_")]
    row = "".join(
        f'<c r="A{n}" t="inlineStr"><is><t>{value}</t></is></c>'
        if kind == "inlineStr"
        else f'<c r="A{n}" t="{kind}"><v>{value}</v></c>'
        for n, (kind, value) in enumerate(cells, 1)
    )
    files = {
        "xl/workbook.xml": f'<workbook {main} {relations}><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>',
        "xl/worksheets/s.xml": f'<worksheet {main}><sheetData><row r="1">{row}</row></sheetData></worksheet>',
    }
    sheets = workbook_rows.workbook_sheets(zipped(files))
    assert sheets is not None
    assert sheets[0].rows[0][1] == ("10", "10", "0", "10", "9.5", "TRUE", "12345678901234567890", "a\rb _xD800_")
    damaged = files["xl/worksheets/s.xml"].replace('t="b"><v>1</v>', 't="s"><v>-1</v>')
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/worksheets/s.xml": damaged})) is None


def test_a_workbook_is_read_as_excel_writes_it_and_a_zip_bomb_is_not(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cells written otherwise than openpyxl writes them: a string in the cell itself, one in runs of formatting with
    a phonetic guide, a skipped column, rows numbered with gaps. A file inside the workbook that unpacks beyond the
    limit leaves it unread."""
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    relations = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    rows = (
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Email</t></is></c><c r="C1" t="s"><v>0</v></c></row>'
        '<row r="4"><c r="A4" t="str"><v>a@b.org</v></c><c r="C4"><v>9</v></c></row>'
    )
    strings = "<si><r><t>Sc</t></r><r><t>ore</t></r><rPh><t>sukoa</t></rPh></si>"
    files = {
        "xl/workbook.xml": f'<workbook {main} {relations}><sheets><sheet name="Form 1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships><Relationship Id="rId1" Target="/xl/worksheets/s.xml"/></Relationships>',
        "xl/worksheets/s.xml": f"<worksheet {main}><sheetData>{rows}</sheetData></worksheet>",
        "xl/sharedStrings.xml": f"<sst {main}>{strings}</sst>",
    }
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as book:
        for name, text in files.items():
            book.writestr(name, text)
    sheets = workbook_rows.workbook_sheets(packed.getvalue())
    assert sheets == [workbook_rows.Sheet("Form 1", ((1, ("Email", "", "Score")), (4, ("a@b.org", "", "9"))))]
    # Excel's Strict Open XML names the same elements otherwise (a hostile review: read as no sheet at all)
    strict = {
        name: text.replace(
            "schemas.openxmlformats.org/spreadsheetml/2006/main", "purl.oclc.org/ooxml/spreadsheetml/main"
        ).replace(
            "schemas.openxmlformats.org/officeDocument/2006/relationships",
            "purl.oclc.org/ooxml/officeDocument/relationships",
        )
        for name, text in files.items()
    }
    assert workbook_rows.workbook_sheets(zipped(strict)) == sheets
    # what would unpack or grow beyond the limits is not read (a hostile review: each took gigabytes, or minutes):
    # a cell beyond Excel's last column, entities declared to multiply a text, a file thirty sheets name
    far = files["xl/worksheets/s.xml"].replace('r="C4"', 'r="ZZZZZZZ4"')
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/worksheets/s.xml": far})) is None
    entities = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY e "AAAA">]>' + files["xl/sharedStrings.xml"].replace(
        "<t>Sc</t>", "<t>&e;&e;</t>"
    )
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/sharedStrings.xml": entities})) is None
    many = files["xl/workbook.xml"].replace(
        '<sheet name="Form 1" r:id="rId1"/>', "".join(f'<sheet name="S{n}" r:id="rId1"/>' for n in range(30))
    )
    parsed: list[str] = []
    original = workbook_rows._Workbook.rows
    monkeypatch.setattr(workbook_rows._Workbook, "rows", lambda self, *a: parsed.append("") or original(self, *a))
    assert len(workbook_rows.workbook_sheets(zipped({**files, "xl/workbook.xml": many})) or ()) == 30
    assert len(parsed) == 1, "the file thirty sheets name is parsed once"
    # its parts found through their relationships, in any capitals, from their own folder (a hostile review: an
    # exporter's xl/SharedStrings.xml, a sheet at ../xl/worksheets/, were read as no workbook, and published)
    package = '<Relationships><Relationship Id="r" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    typed = (
        '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="../xl/worksheets/s.xml"/>'
        '<Relationship Id="rId2" Type="x/sharedStrings" Target="SharedStrings.xml"/></Relationships>'
    )
    renamed = {
        **{name: text for name, text in files.items() if name != "xl/sharedStrings.xml"},
        "xl/SharedStrings.xml": files["xl/sharedStrings.xml"],
        "_rels/.rels": package,
        "xl/_rels/workbook.xml.rels": typed,
    }
    assert workbook_rows.workbook_sheets(zipped(renamed)) == sheets
    # cells far to the right count each before them (a hostile review: rows padded to Excel's last column)
    wide = files["xl/worksheets/s.xml"].replace('r="C4"', 'r="XFC4"')
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/worksheets/s.xml": wide})) is not None
    monkeypatch.setattr(workbook_rows, "_MOST_CELLS", 1000)
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/worksheets/s.xml": wide})) is None
    # rows of no cell count too (a review: five million of them took seconds and a gigabyte, unflagged)
    empty_rows = files["xl/worksheets/s.xml"].replace("<sheetData>", "<sheetData>" + "<row/>" * 1001)
    assert workbook_rows.workbook_sheets(zipped({**files, "xl/worksheets/s.xml": empty_rows})) is None
    monkeypatch.setattr(workbook_rows, "_MOST_BYTES", 100)
    assert workbook_rows.workbook_sheets(packed.getvalue()) is None
    assert workbook_rows.workbook_sheets(b"PK\x03\x04 not a zip") is None


def test_a_column_of_answers_from_1_to_5_is_told_to_be_checked() -> None:
    """A measure reading a satisfaction question (1 to 5) gave -100, published with no word (a careless contributor's
    review): ten answers or more all 5 or less are told, the score still made; fewer, or one above 5, are not."""
    path, reader, column = "evidence/s.csv", "for partner-nps by evidence/a.md", "Overall satisfaction"
    low = read_table(survey([1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 4, 5], column).encode(), path)
    answers, problems = count_answers(low, column, path, reader)
    assert answers == Answers(0, 0, 12)
    assert [(p.path, p.line, p.severity, p.code) for p in problems] == [(path, 1, "warning", "nps-scale")]
    assert f'every one of the 12 answers in column "{column}" is 5 or less (read {reader})' in problems[0].message
    # one above 5, fewer than ten, a zero (no answer of a 1 to 5 question), detractors of one or two values alone
    for fine in ([1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 4, 7], [1, 2, 3, 4, 5, 5, 4, 3, 2], [0, 1, 2, 3, 4, 5] * 2, [3] * 12):
        assert count_answers(read_table(survey(fine, column).encode(), path), column, path, reader)[1] == []
    # a column asked as the score's question (0 to 10, "recommend"): a poor survey, told nothing (a review of valid
    # portfolios: its strict build failed for good)
    for asked in (QUESTION, "Would you recommend us to a friend?", "Score (0 to 10)"):
        poor = read_table(survey([1, 2, 3, 4, 5, 5, 4, 3, 2, 1, 4, 5], asked).encode(), path)
        assert count_answers(poor, asked, path, reader)[1] == [], asked


def test_rows_are_numbered_as_a_spreadsheet_numbers_them() -> None:
    text = 'id,comment,Q\n1,"two\nlines",11\n2,,9\n\n3,,x\n'
    table = read_table(text.encode("utf-8"), "evidence/s.csv")
    _, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert [(p.line, p.code) for p in problems] == [(2, "bad-answer"), (5, "bad-answer")]
    assert "(line 6 of the file)" in problems[1].message and "line" not in problems[0].message.split("(column")[0]


@pytest.mark.parametrize("cell", ["11", "7.5", "7.0", "-1", "+7", "ten", "1_0", "٧", "10%"])
def test_an_answer_must_be_a_whole_number_from_0_to_10(cell: str) -> None:
    table = read_table(f"Q\n{cell}\n".encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer")]


@pytest.mark.parametrize(
    ("cell", "number"),
    [("10 - Extremely likely", 10), ("0 - Not at all likely", 0), ("7 (Likely)", 7), ("9: Very likely", 9)],
)
def test_an_answer_written_with_its_label_is_told_to_be_written_as_its_number(cell: str, number: int) -> None:
    """A survey tool's export of the choices' text ("10 - Extremely likely", SurveyMonkey's "actual answer text")
    was told, row by row, to be "corrected" (a careless user's review): each row is told the number to write, and
    how to export the answers as numbers. A number above 10 with a label is no answer on the scale."""
    table = read_table(f"Q\n{cell}\n11 - Beyond\n".encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer"), (3, "bad-answer")]
    assert problems[0].message == (
        f'"{cell}" is not a whole number from 0 to 10 (column "Q", read for m by evidence/a.md); it is the answer '
        f"with its label: write the number alone, {number}, or export the answers again as numbers (SurveyMonkey: "
        '"Numerical value"; Qualtrics: "Use numeric values")'
    )
    assert problems[1].message.endswith("correct the answer, or leave the cell empty")


@pytest.mark.parametrize(
    ("cell", "told"),
    [
        (
            "9\u200b",
            "it holds an invisible character (U+200B, zero width space), usually pasted from a web page or a "
            "chat: write 9 alone",
        ),
        ("\uff11\uff10", "it is written in full-width digits, as Chinese and Japanese keyboards type them: write 10"),
        ("9/10", "it is a mark out of ten: write the number alone, 9"),
        ("8,0", "it is a whole number with a decimal part: write the number alone, 8"),
        ("7.00", "it is a whole number with a decimal part: write the number alone, 7"),
        (
            "90%",
            "it is a percentage, where each answer is a whole number from 0 to 10, as the respondent gave it (a "
            "spreadsheet's column formatted as percentages shows 1 as 100%): write the answers as numbers, or format "
            "the column as Number",
        ),
    ],
)
def test_an_answer_meaning_a_number_written_otherwise_is_told_the_number_to_write(cell: str, told: str) -> None:
    """A pasted invisible character after "9", full-width digits, "9/10" and "8,0" were told only to "correct the
    answer" (an outside review): the cell looked right, or its number was plain to see."""
    table = read_table(f'Q\n"{cell}"\n'.encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer")]
    assert problems[0].message.endswith(f'(column "Q", read for m by evidence/a.md); {told}'), problems[0].message


def test_a_column_without_one_answer_is_told_once() -> None:
    """A column of job titles named by mistake, or 20,000 answers exported as "9.0", was told row by row, each to be
    "corrected" (a fuzz of surveys): where not one answer of ten or more is a number, it is told once, at the first,
    with how many, a few of them, and the first one's own hint. With one answer that is, each is told at its row."""
    titles = "role,Q\n" + "".join(f"{title},9\n" for title in ("Chair", "Secretary", "Treasurer", "Member") * 3)
    answers, problems = count_answers(read_table(titles.encode(), "evidence/s.csv"), "role", "evidence/s.csv", "for m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer")]
    assert problems[0].message == (
        'none of the 12 answers in column "role" is a whole number from 0 to 10, such as "Chair", "Secretary", '
        '"Treasurer" (read for m): check that it is the column of the answers to the question of 0 to 10'
    )
    exported = "Q\n" + "9.0\n" * 20
    answers, problems = count_answers(read_table(exported.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert [p.line for p in problems] == [2] and problems[0].message.endswith(
        "(read for m): the first, on row 2: it is a whole number with a decimal part: write the number alone, 9"
    )
    one = "Q\n9\n" + "9.0\n" * 20
    answers, problems = count_answers(read_table(one.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert [p.line for p in problems] == list(range(3, 23))


def test_a_summary_row_and_a_second_header_row_are_told_for_what_they_are() -> None:
    """A spreadsheet's "Total" row whose figure was 0 to 10 was counted as one more answer, and SurveyMonkey's second
    row of headers was told to be "corrected" (an outside review): each is told to be deleted."""
    text = "respondent,Q\n,Response\nR1,9\nR2,3\nTotal,6\nAverage,4.5\n"
    table = read_table(text.encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert answers is None and [(p.line, p.code) for p in problems] == [(row, "bad-answer") for row in (2, 5, 6)]
    assert problems[0].message.endswith(
        "this row seems to be a second row of headers, as some survey tools export: delete the row"
    )
    assert problems[1].message == (
        'this row is a summary ("Total"), not an answer (read for m by evidence/a.md); delete it: the score is worked '
        "out from the answers"
    )
    table = read_table(b"Q,respondent\n9\n10\nTotal,1\n", "evidence/s.csv")  # the answers' own column first
    assert count_answers(table, "Q", "evidence/s.csv", "for m")[1][0].message.startswith('"Total" is not a whole')


@pytest.mark.parametrize(
    "row",
    [
        *("Total:,,9", "Avg,,9", "Avg.,,9", "Average score,,9", "Mean (0-10),,9", ",Total,9", "OVERALL NPS,,9"),
        # a survey review: counted, as Excel's "Save as CSV" writes an average as shown (7.27 as 7)
        *("Overall average,,7", "Mean score out of 10,,7", "Mode,,9", "Averages,,7", "Mean response,,7"),
        *("Cyfartaledd,,7", "Cyfartaledd sgôr,,7", "Max,,9", "Min,,3", "Range,,6", "Highest,,9", "Promoters,,1"),
        "Std dev,,3",
    ],
)
def test_a_summary_row_labelled_otherwise_or_elsewhere_is_told_not_counted(row: str) -> None:
    """A summary row labelled "Total:", "Avg", "Average score" or "Mean (0-10)", or in another cell than the first,
    was counted as one more answer without a word (the NPS moved from 58.0 to 58.8: a careless contributor's
    review); a row of an answer whose comment starts with such a word is an answer."""
    text = f"respondent,comment,Q\nR1,,9\nR2,,3\n{row}\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(4, "bad-answer")], problems
    assert "this row is a summary" in problems[0].message
    # a respondent's words, "Average" as a comment or a worded rating among them, and a cell of a space alone (a
    # hostile review: the first stopped every build, the second every reading in a traceback)
    text = "respondent,comment,Q\nR1,Total waste of a morning,9\nR2,Mean Streets FC,3\nR3,Average,10\nR4, ,8\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers == Answers(2, 1, 1) and not problems, problems
    # a paper form typed in: "Average" an answer of its own (a review), above other answers; and the rows below
    # the last answer all a summary's, blank rows among them
    text = "Overall experience,Q,Age\nGood,9,34\nAverage,7,51\nOverall,8,6\nExcellent,10,29\n,,\nMax,10\nMin,7\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert [(p.line, p.code) for p in problems] == [(7, "bad-answer"), (8, "bad-answer")], problems
    text = text.partition(",,")[0]
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers == Answers(2, 2, 0) and not problems, problems
    # a summary above the answers, as some reports put it, is one too
    text = "respondent,comment,Q\nAverage,,6\nR1,,9\nR2,,3\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert [(p.line, p.code) for p in problems] == [(2, "bad-answer")], problems


def test_a_respondent_named_max_on_the_last_row_is_counted_not_told_to_be_deleted() -> None:
    """A respondent Max, last under the header "Name", was told to be deleted as a summary row ("Max"), and the
    score, once the row was deleted as told, was wrong (a careless user's review): a name's column holding "Max" or
    "Min" alone below the answers is a respondent's. Beside a "Total" or an "Average" it is a summary's still."""
    text = "Name,Q\nAnn,9\nBob,3\nMax,10\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers == Answers(2, 0, 1) and not problems, problems
    text = "First name,Q\nMin,6\nAnn,9\nBob,3\nMax,10\nMin,7\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers == Answers(2, 1, 2) and not problems, problems
    text = "Name,Q\nAnn,9\nBob,3\nAverage,6\nMax,9\nMin,3\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(r, "bad-answer") for r in (4, 5, 6)], problems


def test_a_respondent_listed_twice_is_told_not_counted_twice() -> None:
    """Two downloads of a survey's answers pasted together counted six respondents twice, without a word (a survey
    review): rows the same as earlier rows, cell for cell, with a respondent's id (SurveyMonkey's Respondent ID,
    Qualtrics' ResponseId, Microsoft Forms' ID), are told, in one problem at the first. An id again with other
    cells (two forms' downloads, each numbered from 1: a review of the first version) is another respondent."""
    for header in ("Respondent ID", "ResponseId", "ID"):
        text = f"{header},centre,Q\n101,North,9\n102,North,3\n103,South,10\n101,North,9\n102,North,3\n"
        answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
        assert answers is None and [(p.line, p.code) for p in problems] == [(5, "bad-answer")], problems
        assert problems[0].message == (
            f"rows 5, 6 repeat rows 2, 3 cell for cell, its {header} included, as when two downloads of the answers "
            "are pasted together, so those respondents would count twice (read for m); delete the repeated rows"
        )
    text = (
        "ID,centre,Q\n1,Ashby Pool,9\n2,Ashby Pool,3\n1,Vale Gym,10\n2,Vale Gym,9\nPaper,Vale Gym,9\nPaper,Vale Gym,9\n"
    )
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert [(p.line, p.code) for p in problems] == [(7, "bad-answer")], problems  # (the same paper form twice)
    merged = text.replace("Paper,Vale Gym,9\n", "")
    answers, problems = count_answers(read_table(merged.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "m")
    assert answers == Answers(3, 0, 1) and not problems, problems


def test_a_column_of_nps_groups_is_told_not_scored_as_detractors() -> None:
    """Qualtrics' "- Group" column holds 1, 2 or 3 (detractor, passive, promoter): named as the measure's column,
    every answer was a detractor, an NPS of -100 published without a word, its header holding "recommend" (a survey
    review). Told, as a question of 1 to 5 is; the question's own column is fine."""
    question = "How likely is it that you would recommend us?"
    rows = "".join(f"R{n},{score},{group}\n" for n, (score, group) in enumerate([(10, 3), (3, 1), (8, 2)] * 4))
    text = f"ResponseId,{question},{question} - Group\n{rows}"
    table = read_table(text.encode(), "evidence/s.csv")
    answers, problems = count_answers(table, f"{question} - Group", "evidence/s.csv", "for m")
    assert answers == Answers(0, 0, 12) and [(p.line, p.code) for p in problems] == [(1, "nps-scale")], problems
    assert problems[0].message.startswith(
        f'every one of the 12 answers in column "{question} - Group" is 1, 2 or 3 (read for m), as in a column of '
        'NPS groups (Qualtrics\' "- Group": 1 a detractor, 2 a passive, 3 a promoter)'
    )
    few = read_table(b"Q1_NPS_GROUP\n3\n1\n", "evidence/s.csv")  # (a few, by its header's name)
    assert [p.code for p in count_answers(few, "Q1_NPS_GROUP", "evidence/s.csv", "for m")[1]] == ["nps-scale"]
    assert count_answers(table, question, "evidence/s.csv", "for m") == (Answers(4, 4, 4), Problems())
    # the question's own column, poorly answered (a review of the first version: told to name the question)
    poor = read_table(("ID,Q (0-10)\n" + "".join(f"{n},{n % 3 + 1}\n" for n in range(12))).encode(), "s.csv")
    assert count_answers(poor, "Q (0-10)", "s.csv", "for m")[1] == Problems()


def test_a_file_of_semicolons_whose_question_holds_a_comma_is_told_so() -> None:
    """A file separated by semicolons (Excel's, in much of Europe) whose question holds a comma was told "did you
    mean" a piece of its header row, where one without a comma is told to be saved as CSV UTF-8 (a survey
    review): both are told the same."""
    question = "On a scale of 0-10, how likely are you to recommend us?"
    table = read_table(f"Horodateur;{question};Commentaires\n2026-01-01;9;Bien\n".encode(), "evidence/s.csv")
    assert missing_column(table, question) == (
        ": the file seems to be separated by semicolons, not commas, so its whole first row is cut at its commas; "
        "save it as CSV UTF-8 (comma delimited), or add sep=; as its first line"
    )
    # a header of commas holding a semicolon, named in part: a name meant (a review of the first version)
    header = '"How likely are you to recommend us; 0 = not at all, 10 = extremely",Centre'
    table = read_table(f"{header}\n9,Ashby\n3,Vale\n".encode(), "evidence/s.csv")
    assert "separated by" not in missing_column(table, "How likely are you to recommend us")


def test_an_answer_of_thousands_of_digits_is_told_not_a_traceback() -> None:
    """int() refuses a text of more than 4,300 digits: such an answer stopped the check and every build in a
    traceback, whoever the item is for (a hostile review). It is an answer above 10, said in a line of its own."""
    text = "id,Q\n1," + "1" * 5000 + "\n2,9\n"
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Q", "evidence/s.csv", "for m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer")]
    assert problems[0].message.startswith('"' + "1" * 40 + '..." is not a whole number from 0 to 10'), problems


def test_a_header_row_copied_down_is_told_to_be_deleted() -> None:
    """Row 1 copied into row 2, its question holding "(0-10)", was told to be corrected as an answer: a header with a
    digit in it was no header to the check (a careless contributor's review)."""
    question = "How likely are you to recommend us? (0-10)"
    text = f'respondent,"{question}"\nrespondent,"{question}"\nR1,9\n'
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), question, "evidence/s.csv", "m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer")], problems
    assert problems[0].message.endswith(
        "this row seems to be a second row of headers, as some survey tools export: delete the row"
    )


def test_qualtrics_third_row_of_headers_is_told_to_be_deleted() -> None:
    """Qualtrics exports three rows of headers, its third of import ids, which was told to be corrected as an answer
    (an outside review)."""
    text = 'ResponseId,Score\nResponse ID,How likely are you to recommend us?\n{"ImportId":"_recordId"},{"ImportId":"QID1"}\nR_1,9\n'
    answers, problems = count_answers(read_table(text.encode(), "evidence/s.csv"), "Score", "evidence/s.csv", "m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer"), (3, "bad-answer")]
    assert all(p.message.endswith("as some survey tools export: delete the row") for p in problems), problems
    # named by its question, in the second row: told to delete the rows above it, and then the third (a survey
    # review): both are said at once
    question = "How likely are you to recommend us?"
    assert missing_column(read_table(text.encode(), "evidence/s.csv"), question) == (
        "; it is in row 2 of a Qualtrics export, whose first three rows are headers: delete the row of short names "
        'above it and the row of import ids ({"ImportId": ...}) below it, so that the file starts with the row of '
        "questions"
    )


def test_a_row_of_more_cells_than_the_header_is_not_counted() -> None:
    """A name typed with a comma and no quotes ("Ward 5, 6") made two cells, and the row was counted with its
    answer out of place (a 6 for a 9), or said to be a second row of headers, to be deleted (a careless review).
    It is an error at the row; empty cells after the header's (a trailing comma) are no problem."""
    text = "Org,Score\nWard 5, 6,9\nSmith, Jones and Co,3\nAcme,10,\n"
    table = read_table(text.encode(), "evidence/s.csv")
    answers, problems = count_answers(table, "Score", "evidence/s.csv", "for m")
    assert answers is None and [(p.line, p.code) for p in problems] == [(2, "bad-answer"), (3, "bad-answer")]
    assert problems[0].message.startswith(
        'this row has 3 cells, where the header row names 2 columns, so its answer to "Score" may be out of place'
    )
    answers, problems = count_answers(read_table(b"Org,Score\nAcme,10,\n", "s.csv"), "Score", "s.csv", "for m")
    assert answers is not None and not problems
    # a header row ending in empty cells names no more columns (a hostile review: such a row was counted)
    table = read_table(b"Org,Score,,\nWard 5, 6,9,\n", "s.csv")
    assert [p.line for p in count_answers(table, "Score", "s.csv", "for m")[1]] == [2]


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"sep=,\nrespondent,Q\nR1,10\nR2,9\nR3,\nR4,8\nR5,3\nR6,10\n", id="sep=, with commas"),
        pytest.param(b"sep=;\nrespondent;Q\nR1;10\nR2;9\nR3;\nR4;8\nR5;3\nR6;10\n", id="sep=; with semicolons"),
        pytest.param(
            b"\xef\xbb\xbfsep=; \r\nrespondent;Q\r\nR1;10\r\nR2;9\r\nR3;\r\nR4;8\r\nR5;3\r\nR6;10\r\n",
            id="sep=; with a BOM and CRLF",
        ),
    ],
)
def test_excels_sep_line_is_no_row_and_names_the_separator(raw: bytes) -> None:
    """A CSV saved by Excel with its `sep=` first line was read with that line as its header ("its columns are:
    "sep=""), and with `sep=;` told that its whole first row was one column's name (an outside review). The line is
    read as Excel reads it: no row, and its character separates the cells; the rows keep their lines of the file."""
    table = read_table(raw, "evidence/s.csv")
    assert not table.problems and table.header == ("respondent", "Q")
    assert [(number, line) for number, line, _ in table.rows] == [(3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8)]
    answers, problems = count_answers(table, "Q", "evidence/s.csv", "for m by evidence/a.md")
    assert not problems and answers == Answers(3, 1, 1)
    assert nps(answers) == Decimal("40.0")


# ------------------------------------------------------------------------------------- validation, at each line


A = "evidence/s/a.md"
CSV = "evidence/s/files/survey.csv"
GOOD_CSV = survey(scores(3, 2, 2))

CASES = [
    LineCase(  # a careless contributor's review: both versions' answers counted, the file published with its marks
        "a survey file a merge left two versions of rows of",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "id,Q\n1,9\n<<<<<<< HEAD\n2,7\n=======\n2,10\n3,10\n>>>>>>> more-responses\n",
        },
        f"{CSV}:3: error",
        "merge-conflict",
        "a merge left two versions of a part of this file, lines 3 to 8, between git's marks",
    ),
    LineCase(  # "did you mean "data"?", the survey file's key (a careless contributor's review)
        "a measure given a date of its own",
        {A: item("A", "- metric: satisfied\n  value: 85\n  date: 2026-08-31")},
        f"{A}:10: warning",
        "unknown-key",
        'unknown key "date" in a measure; a measure is dated by its item\'s own "date"; its survey file is given by '
        '"data" (unknown keys are ignored)',
    ),
    LineCase(  # a careless contributor's review: Google Forms' export, the respondents' addresses published
        "a public survey file with a column of email addresses",
        {
            A: item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"),
            CSV: f'"Timestamp","Email address","{QUESTION} "\n"2026/11/01 10:02:03 am GMT","a@b.org","9"\n',
        },
        f"{CSV}:1: error",
        "personal-data",
        'column "Email address" holds personal data (a value on row 2), and this file is published to everyone with '
        f"{A}, which is public; delete the column from the file (a score needs only the answers): personal data goes "
        "in no item, whatever its visibility (CONTRIBUTING.md, under Visibility)",
    ),
    LineCase(  # Microsoft Forms' export: a name beside the answer
        "a public survey file with the respondents' names",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "ID,Start time,Email,Name,Q\n1,2026-11-01,anonymous,,9\n2,2026-11-01,anonymous,Jo Bloggs,8\n",
        },
        f"{CSV}:1: error",
        "personal-data",
        'column "Name" holds personal data (a value on row 3)',
    ),
    LineCase(  # a survey review: the second column was told only once the first was deleted
        "a public survey file with the respondents' names and email addresses",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "ID,Start time,Email,Name,Q\n1,2026-11-01,anonymous,,9\n2,2026-11-01,jo@x.org,,8\n3,2026-11-01,,Al,8\n",
        },
        f"{CSV}:1: error",
        "personal-data",
        'columns "Email" and "Name" hold personal data (values on rows 3 and 4), and this file is published to '
        f"everyone with {A}, which is public; delete those columns from the file (a score needs only the answers)",
    ),
    LineCase(  # an address in a comment, in a column of no such name
        "a public survey file with an email address in a comment",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "id,comment,Q\n1,Great,9\n2,call me on jo.bloggs@example.co.uk,7\n",
        },
        f"{CSV}:3: error",
        "personal-data",
        'this row holds a person\'s email address (in column "comment", @example.co.uk), and this file is published '
        f"to everyone with {A}, which is public; delete the address from the file",
    ),
    LineCase(  # an item copied, its date changed and its survey file not: an old score made the latest, unsaid
        "two items counting one column of one survey file",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q", date="2025-07-01"),
            "evidence/s/b.md": item("B", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "id,Q\n1,9\n2,10\n",
        },
        "evidence/s/b.md:8: warning",
        "same-survey",
        f'this measure counts the answers in column "Q" of "files/survey.csv" for partner-nps, as {A} does, so one '
        "survey's score is given twice, under two dates; if this item was copied from that one, give it the survey "
        "file of its own answers, or remove the measure from one of the two",
    ),
    LineCase(  # a review of valid portfolios: a role's dotted address was taken for a person's names
        "a public form's export with an organisation's role addresses in a comment",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "Timestamp,comment,Q\n2026/11/01,sports.development@flintshire.gov.uk or dysgu.nofio@urdd.org,9\n"
            "2026/11/02,send referrals to ners.hub@wales.nhs.uk,8\n"  # (a review of valid portfolios: a team's)
            "2026/11/03,ask emily.post@example.co.uk,7\n",
        },
        f"{CSV}:4: error",
        "personal-data",
        'this row holds a person\'s email address (in column "comment", @example.co.uk)',
    ),
    LineCase(  # a careless contributor's review: told to delete a respondent's row as a second row of headers
        "a first respondent's N/A beside figures",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "id,tier,sat,Q\nR1,a,4,N/A\nR2,b,5,10\n",
        },
        f"{CSV}:2: error",
        "bad-answer",
        '"N/A" is not a whole number from 0 to 10 (column "Q", read for partner-nps by evidence/s/a.md); correct the '
        "answer, or leave the cell empty",
    ),
    LineCase(  # a careless contributor's review: 0.49 from a spreadsheet shown as 0.49%, target not met, unsaid
        "a percentage written as a fraction",
        {A: item("A", "- metric: satisfied\n  value: 0.49")},
        f"{A}:9: warning",
        "percent-fraction",
        '"value" of "satisfied" (a percentage) is 0.49, which reads as 0.49%, where its target is 80%: a share '
        "written as a fraction, as a spreadsheet keeps one; write it as a percentage, value: 49",
    ),
    LineCase(  # it said "not 4.38", a value not typed, and no more (a careless contributor's review)
        "a count with a full stop between its thousands",
        {A: item("A", "- metric: participants\n  value: 4.380")},
        f"{A}:9: error",
        "bad-measure",
        '"value" of "participants" must be a whole number, 0 or more (a count), not "4.38"; a full stop between '
        "thousands, as some countries write them, reads as a decimal point: for 4,380, write value: 4380",
    ),
    LineCase(
        "a count with spaces between its thousands",
        {A: item("A", "- metric: participants\n  value: 4 380")},
        f"{A}:9: error",
        "bad-measure",
        'not text "4 380"; write it without spaces: value: 4380',
    ),
    LineCase(  # a careless contributor's review: "not text "\u221212"", which looks right
        "a score with a spreadsheet's minus sign",
        {A: item("A", "- metric: partner-nps\n  value: \u221212\n  n: 40")},
        f"{A}:9: error",
        "bad-measure",
        'not text "\u221212"; it starts with "\u2212" (U+2212, as a word processor or a spreadsheet writes a minus), '
        'where "-" belongs: type it again, value: -12',
    ),
    LineCase(  # a review of valid portfolios: "value: -1" was proposed, of a number written with its thousands
        "a number with a spreadsheet's minus sign and thousands",
        {A: item("A", "- metric: partner-nps\n  value: \u22121,200\n  n: 40")},
        f"{A}:9: error",
        "bad-measure",
        'where "-" belongs: type it again',
    ),
    LineCase(  # it said "not 2950.0", and no more (a careless contributor's review)
        "a count written with a decimal point",
        {A: item("A", "- metric: participants\n  value: 2950.0")},
        f"{A}:9: error",
        "bad-measure",
        '"value" of "participants" must be a whole number, 0 or more (a count), not "2950.0"; write it without its '
        "decimal point: value: 2950",
    ),
    LineCase(  # it said "not 45.0", and no more (an outside review)
        "a count of answers written with a decimal point",
        {A: item("A", "- metric: partner-nps\n  value: 30\n  n: 45.0")},
        f"{A}:10: error",
        "bad-measure",
        '"n" must be a whole number, 1 or more (how many answers the score comes from), not "45.0"; write it without '
        "its decimal point: n: 45",
    ),
    LineCase(
        "unknown metric, with a suggestion",
        {A: item("A", "- metric: partner-nsp\n  value: 3\n  n: 4")},
        f"{A}:8: error",
        "unknown-metric",
        'unknown metric "partner-nsp" in measures; did you mean "partner-nps"?',
    ),
    LineCase(
        "unknown metric on its own line",
        {A: item("A", "- value: 3\n  metric: participant")},
        f"{A}:9: error",
        "unknown-metric",
        'did you mean "participants"?',
    ),
    LineCase(
        "survey file missing",
        {A: item("A", f"- metric: partner-nps\n  data: files/nope.csv\n  column: {QUESTION}")},
        f"{A}:9: error",
        "missing-data",
        "looked for evidence/s/files/nope.csv",
    ),
    LineCase(
        "survey file left out by exclude_docs",
        {
            A: item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"),
            CSV: GOOD_CSV,
            "mkdocs.yml": MKDOCS_YML + "exclude_docs: |\n  *.csv\n",
        },
        f"{A}:9: error",
        "missing-data",
        'survey file "files/survey.csv" is there, but mkdocs.yml\'s exclude_docs or draft_docs matches it, so MkDocs '
        "leaves it out of the site",
    ),
    LineCase(
        "survey file whose name starts with a dot",
        {
            A: item("A", f"- metric: partner-nps\n  data: files/.survey.csv\n  column: {QUESTION}"),
            "evidence/s/files/.survey.csv": GOOD_CSV,
        },
        f"{A}:9: error",
        "missing-data",
        'survey file "files/.survey.csv" is there, but its name, or the name of a folder it is in, starts with "."',
    ),
    LineCase(
        "survey file outside evidence/",
        {
            A: item("A", f"- metric: partner-nps\n  data: ../../survey.csv\n  column: {QUESTION}"),
            "survey.csv": GOOD_CSV,
        },
        f"{A}:9: error",
        "outside-evidence",
        'survey file "../../survey.csv" is outside evidence/',
    ),
    LineCase(
        "survey file at an absolute path",
        {A: item("A", f"- metric: partner-nps\n  data: /etc/survey.csv\n  column: {QUESTION}")},
        f"{A}:9: error",
        "outside-evidence",
    ),
    LineCase(
        "survey file that is a page",
        {A: item("A", "- metric: partner-nps\n  data: b.md\n  column: Q"), "evidence/s/b.md": "# B\n"},
        f"{A}:9: error",
        "missing-data",
        "is a page of the portfolio",
    ),
    LineCase(
        "column missing, naming the columns there are",
        {
            A: item(
                "A", "- metric: partner-nps\n  data: files/survey.csv\n  column: How likely are you to recommend us?"
            ),
            CSV: GOOD_CSV,
        },
        f"{A}:10: error",
        "missing-column",
        f'has no column "How likely are you to recommend us?" (did you mean "{QUESTION}"?); its columns are: '
        f'"respondent", "tier", "{QUESTION}"',
    ),
    LineCase(  # a careless contributor's review: its columns were "Partner survey 2026 - results"
        "a survey whose header is below a title and a blank row",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "Partner survey 2026 - results,,\n,,\nRespondent,Tier,Q\n1,a,9\n",
        },
        f"{A}:10: error",
        "missing-column",
        'has no column "Q"; it is in row 3, below rows that are no header (a title, blank rows): delete the rows '
        "above it, so that the file starts with its header row",
    ),
    LineCase(  # a careless-user review: "must be text; put the value in quotes", and "2" was no better
        "a column named by its number",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: 2"), CSV: survey([10, 9])},
        f"{A}:10: error",
        "bad-measure",
        '"column" is 2, but a column is named by its header (the text in the survey\'s first row), not by its '
        "number; write that header, in quotes if it holds a colon",
    ),
    LineCase(  # a careless user's review: told the file's columns, not that a letter names none
        "a column named by its spreadsheet letter",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: C"), CSV: survey([10, 9])},
        f"{A}:10: error",
        "missing-column",
        'has no column "C"; "C" reads as the spreadsheet\'s letter of a column, but a column is named by its header '
        f'(the text in the survey\'s first row): column C is "{QUESTION}", so write that (in quotes if it holds a '
        "colon)",
    ),
    LineCase(
        "a survey separated by semicolons",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "id;Q\n1;9\n"},
        f"{A}:10: error",
        "missing-column",
        'has no column "Q": the file seems to be separated by semicolons, not commas, so its whole first row is '
        "read as one column's name; save it as CSV UTF-8 (comma delimited), or add sep=; as its first line",
    ),
    LineCase(  # an outside review: a CSV saved by Excel with its sep= first line was read as a header "sep="
        "a bad answer after Excel's sep= line, at its own line of the file",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "sep=;\nid;Q\n1;9\n2;x\n"},
        f"{CSV}:4: error",
        "bad-answer",
        f'"x" is not a whole number from 0 to 10 (column "Q", read for partner-nps by {A}); correct the answer, or '
        "leave the cell empty",
    ),
    LineCase(
        "a sep= line naming a letter",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "sep=a\nid,Q\n1,9\n"},
        f"{CSV}:1: error",
        "bad-survey",
        'the first line, "sep=a", says that the cells are separated by "a", which is not a separator of cells',
    ),
    *[
        LineCase(  # a fuzz run: read as the header row, "its columns are: "sep="", said at the item
            f"a sep= line of {name}",
            {
                A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
                CSV: f"{first}\nid,Q\n1,9\n",
            },
            f"{CSV}:1: error",
            "bad-survey",
            f'the first line, "{first}", reads as Excel\'s hint of the character that separates the cells, but is not '
            "one: it is sep= and one character",
        )
        for name, first in (("no character", "sep="), ("two characters", "sep=,,"))
    ],
    LineCase(  # read as Excel reads it, whatever its capitals
        "a SEP= line in capitals",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "SEP=;\nid;Q\n1;9\n2;x\n"},
        f"{CSV}:4: error",
        "bad-answer",
    ),
    LineCase(  # a fuzz run: the header copied further down was told to be corrected as an answer
        "the header row copied below the first answers",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "id,Q\n1,9\nid,Q\n2,7\n"},
        f"{CSV}:3: error",
        "bad-answer",
        "this row seems to be a second row of headers, as some survey tools export: delete the row",
    ),
    LineCase(
        "a sep= line saying commas of a file separated by semicolons",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "sep=,\nid;Q\n1;9\n"},
        f"{A}:10: error",
        "missing-column",
        'has no column "Q": the file seems to be separated by semicolons, not commas as its first line (sep=,) says, '
        "so its whole header row is read as one column's name; correct that line to sep=;",
    ),
    LineCase(
        "an answer above 10, at its row",
        {
            A: item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"),
            CSV: survey([10, 9, 11]),
        },
        f"{CSV}:4: error",
        "bad-answer",
        '"11" is not a whole number from 0 to 10',
    ),
    LineCase(
        "a fraction, at its row in a file with a BOM and CRLF",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: "\ufeffid,Q\r\n1,9\r\n2,\r\n3,7.5\r\n".encode(),
        },
        f"{CSV}:4: error",
        "bad-answer",
    ),
    LineCase(
        "a word, at its row after a cell over two lines",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: 'id,comment,Q\n1,"first\nsecond",9\n2,,very likely\n',
        },
        f"{CSV}:3: error",
        "bad-answer",
        "(line 4 of the file)",
    ),
    LineCase(
        "a survey file that is not UTF-8",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: b"id,Q\n1,9\n2,\xe9\n"},
        f"{CSV}:3: error",
        "not-utf8",
    ),
    LineCase(
        "an empty survey file",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: ""},
        f"{CSV}:1: error",
        "bad-survey",
        "no header row",
    ),
    LineCase(
        "a column without answers",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "id,Q\n1,\n2, \n"},
        f"{CSV}:1: error",
        "bad-survey",
        "has no answers",
    ),
    LineCase(
        "a column named twice",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "Q,id,Q\n1,2,3\n"},
        f"{CSV}:1: error",
        "bad-survey",
        "appears 2 times",
    ),
    LineCase(
        "a quote never closed",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: 'id,Q\n"1,9\n2,10\n'},
        f"{CSV}:2: error",
        "bad-survey",
        'a quote (") opened in this row is never closed',
    ),
    LineCase(  # an outside review: a bad answer above a quote never closed was said only once the quote was closed
        "a bad answer above a quote never closed",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: 'id,Q\n1,eleven\n"2,9\n'},
        f"{CSV}:2: error",
        "bad-answer",
        '"eleven" is not a whole number from 0 to 10',
    ),
    LineCase(
        "a NUL character",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"), CSV: "id,Q\n1,9\n2,9\x00\n"},
        f"{CSV}:3: error",
        "bad-survey",
        "holds NUL characters",
    ),
    LineCase(  # read as a workbook whatever its name (a damaged one: said so)
        "a damaged Excel workbook named .csv",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: b"PK\x03\x04\x14\x00binary",
        },
        f"{CSV}:1: error",
        "bad-survey",
        "this workbook cannot be read (it is damaged, in a format Excel's own files are not in, or too large); open "
        "it in the spreadsheet and save it as CSV UTF-8 (comma delimited)",
    ),
    LineCase(
        "an older Excel file (.xls)",
        {
            A: item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"),
            CSV: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1binary",
        },
        f"{CSV}:1: error",
        "bad-survey",
        "this is a spreadsheet in Excel's older format (.xls), which is not read; open it in the spreadsheet and save "
        "it as CSV UTF-8 (comma delimited), or as an Excel Workbook (.xlsx)",
    ),
    LineCase(
        "a count without value",
        {A: item("A", "- metric: participants")},
        f"{A}:8: error",
        "bad-measure",
        'needs "value"',
    ),
    LineCase(
        "a count written with a comma",
        {A: item("A", "- metric: participants\n  value: 4,380")},
        f"{A}:9: error",
        "bad-measure",
        'must be a whole number, 0 or more (a count), not text "4,380"; write the number in digits alone, with "." '
        "before any decimals: 4380",  # (it said "such as 750 or 37.5", which a count cannot be: a careless user)
    ),
    *(  # a number written with its unit was told only that it must be a number (a careless user's review)
        LineCase(
            f"a number written with its unit ({written})",
            {A: item("A", f"- metric: {metric}\n  value: {written}")},
            f"{A}:9: error",
            "bad-measure",
            f'not text "{written}"; write the number alone, without "{unit}" (such as {meant})',
        )
        for metric, written, unit, meant in (
            ("waiting", "3 days", "days", "3"),
            ("waiting", "12.5 hrs", "hrs", "12.5"),
            ("participants", "£1,200", "£", "1200"),
            ("participants", "1,200 people", "people", "1200"),
            ("participants", "£1.5m", '£" and "m', "1500000"),  # (it said "such as 1.5": a review)
            ("participants", "1.2 million", "million", "1200000"),
        )
    ),
    # YAML 1.1 reads these as other numbers (488, 90, 1500, 16, 8): an outside review found them published.
    *(
        LineCase(
            f"a count written {written} (YAML 1.1 would read {read})",
            {A: item("A", f"- metric: participants\n  value: {written}")},
            f"{A}:9: error",
            "bad-measure",
            f'must be a whole number, 0 or more (a count), not text "{written}"; write the number in digits alone',
        )
        for written, read in (("0750", 488), ("1:30", 90), ("1_500", 1500), ("0x10", 16), ("1_000.5", 1000.5))
    ),
    # an outside review: digits in quotes, or with "%", were told to be written "in digits alone"
    LineCase(
        "a count in quotes",
        {A: item("A", '- metric: participants\n  value: "4380"')},
        f"{A}:9: error",
        "bad-measure",
        'not text "4380"; take away the quote marks (4380): a number in quotes is read as text',
    ),
    LineCase(
        "a percentage written with its sign",
        {A: item("A", "- metric: participants\n  value: 85%")},
        f"{A}:9: error",
        "bad-measure",
        'not text "85%"; write the number alone, without "%" (such as 85)',
    ),
    LineCase(
        "an NPS's n written 010 (YAML 1.1 would read 8)",
        {A: item("A", "- metric: partner-nps\n  value: 31.3\n  n: 010")},
        f"{A}:10: error",
        "bad-measure",
        '(how many answers the score comes from), not text "010"; write the number in digits alone',
    ),
    # an outside review: 1e308 stopped the build (a chart's axis), and 400 digits the check, each after the other
    # door had passed them
    *(
        LineCase(
            f"a number {name}",
            {A: item("A", f"- metric: waiting\n  value: {value}")},
            f"{A}:9: error",
            "bad-measure",
            '"value" of "waiting" is larger than a chart can show: at most 1,000,000,000,000,000, either way',
        )
        for name, value in (("of 1e308", "1.0e+308"), ("of minus 1e308", "-1.0e+308"), ("of 400 digits", "9" * 400))
    ),
    LineCase(
        "a count with a fraction",
        {A: item("A", "- metric: participants\n  value: 12.5")},
        f"{A}:9: error",
        "bad-measure",
    ),
    LineCase("a negative count", {A: item("A", "- metric: participants\n  value: -1")}, f"{A}:9: error", "bad-measure"),
    LineCase(
        "a count that is true", {A: item("A", "- metric: participants\n  value: true")}, f"{A}:9: error", "bad-measure"
    ),
    LineCase(
        "a percentage above 100",
        {A: item("A", "- metric: satisfied\n  value: 100.5")},
        f"{A}:9: error",
        "bad-measure",
        "from 0 to 100",
    ),
    LineCase(  # (written back as "inf", which nobody wrote, before a malformed-input review)
        "a number that is infinite",
        {A: item("A", "- metric: waiting\n  value: .inf")},
        f"{A}:9: error",
        "bad-measure",
        'not ".inf" (infinity)',
    ),
    LineCase(
        "a number that is no number",
        {A: item("A", "- metric: waiting\n  value: .nan")},
        f"{A}:9: error",
        "bad-measure",
        'not ".nan" (no number)',
    ),
    LineCase(
        "a number that is text", {A: item("A", "- metric: waiting\n  value: three")}, f"{A}:9: error", "bad-measure"
    ),
    LineCase(
        "an NPS above 100",
        {A: item("A", "- metric: partner-nps\n  value: 101\n  n: 30")},
        f"{A}:9: error",
        "bad-measure",
        "from -100 to 100",
    ),
    LineCase(
        "an NPS value without n",
        {A: item("A", "- metric: partner-nps\n  value: 31.3")},
        f"{A}:8: error",
        "bad-measure",
        'gives "value" but no "n"',
    ),
    LineCase(
        "an NPS with n of 0",
        {A: item("A", "- metric: partner-nps\n  value: 0\n  n: 0")},
        f"{A}:10: error",
        "bad-measure",
    ),
    LineCase(
        "an NPS with n as a fraction",
        {A: item("A", "- metric: partner-nps\n  value: 10\n  n: 4.5")},
        f"{A}:10: error",
        "bad-measure",
    ),
    LineCase(
        "an NPS without data or value",
        {A: item("A", "- metric: partner-nps")},
        f"{A}:8: error",
        "bad-measure",
        'needs "data" and "column"',
    ),
    LineCase(
        "an NPS with data but no column",
        {A: item("A", "- metric: partner-nps\n  data: files/survey.csv"), CSV: GOOD_CSV},
        f"{A}:8: error",
        "bad-measure",
        'has "data" but no "column"',
    ),
    LineCase(
        "an NPS with data and value",
        {
            A: item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}\n  value: 5"),
            CSV: GOOD_CSV,
        },
        f"{A}:11: error",
        "bad-measure",
        'gives both "data" and "value"',
    ),
    LineCase(
        "an NPS with a column but no data",
        {A: item("A", "- metric: partner-nps\n  value: 5\n  n: 3\n  column: Q")},
        f"{A}:11: error",
        "bad-measure",
    ),
    LineCase(
        "a measure without metric",
        {A: item("A", "- value: 3")},
        f"{A}:8: error",
        "bad-measure",
        "names no metric",
    ),
    LineCase(
        "data on a count",
        {A: item("A", "- metric: participants\n  value: 3\n  data: files/survey.csv"), CSV: GOOD_CSV},
        f"{A}:10: error",
        "nps-only",
        '"data" is read only for NPS metrics: "participants" is a count',
    ),
    LineCase(
        "n on a percentage",
        {A: item("A", "- metric: satisfied\n  n: 40\n  value: 80")},
        f"{A}:9: error",
        "nps-only",
    ),
    LineCase(
        "column on a number",
        {A: item("A", "- metric: waiting\n  value: 4\n  column: Q")},
        f"{A}:10: error",
        "nps-only",
    ),
    LineCase(
        "measures not a list",
        {A: item("A", "metric: participants")},
        f"{A}:7: error",
        "wrong-kind",
    ),
    LineCase("a measure that is text", {A: item("A", "- participants")}, f"{A}:8: error", "wrong-kind"),
    LineCase(
        "an unknown key in a measure",
        {A: item("A", "- metric: participants\n  value: 3\n  unit: people")},
        f"{A}:10: warning",
        "unknown-key",
        'unknown key "unit" in a measure',
    ),
]

FRAMEWORK_CASES = [
    LineCase(
        "duplicate metric ids",
        {"framework.yml": FRAMEWORK + METRICS + "  - {id: partner-nps, label: Again, kind: count, section: people}\n"},
        f"framework.yml:{line('higher_is_better') + 1}: error",
        "duplicate-id",
        f'duplicate id "partner-nps" in metrics (first on line {line("id: partner-nps")})',
    ),
    LineCase(
        "duplicate metric ids, the second with another mistake too (named at once, not once that is fixed)",
        {
            "framework.yml": FRAMEWORK
            + METRICS
            + "  - {id: partner-nps, label: Again, kind: count, section: partnerships/mesure}\n"
        },
        f"framework.yml:{line('higher_is_better') + 1}: error",
        "duplicate-id",
        f'duplicate id "partner-nps" in metrics (first on line {line("id: partner-nps")})',
    ),
    LineCase(
        "a metric of a section that does not exist",
        {"framework.yml": FRAMEWORK + METRICS.replace("partnerships/review", "partnerships/reveiw")},
        f"framework.yml:{line('partnerships/review')}: error",
        "unknown-section",
        'did you mean "review"?',
    ),
    LineCase(
        "a metric of a section the challenge does not use",
        {"framework.yml": FRAMEWORK + METRICS.replace("section: people/plan", "section: people/review", 1)},
        f"framework.yml:{line('people/plan')}: error",
        "unknown-section",
    ),
    LineCase(
        "a metric of a challenge that does not exist",
        {"framework.yml": FRAMEWORK + METRICS.replace("section: partnerships\n", "section: partnership\n")},
        f"framework.yml:{line('section: partnerships', 2)}: error",
        "unknown-challenge",
        'did you mean "partnerships"?',
    ),
    LineCase(
        "a metric id that is not a slug",
        {"framework.yml": FRAMEWORK + METRICS.replace("id: waiting", "id: Waiting Days")},
        f"framework.yml:{line('id: waiting')}: error",
        "bad-id",
    ),
    LineCase(
        "an unknown kind",
        {"framework.yml": FRAMEWORK + METRICS.replace("kind: count", "kind: total")},
        f"framework.yml:{line('kind: count')}: error",
        "unknown-value",
    ),
    LineCase(
        "a metric without a section",
        {"framework.yml": FRAMEWORK + METRICS.replace("    section: partnerships\n", "")},
        f"framework.yml:{line('id: participants')}: error",
        "missing-key",
    ),
    LineCase(
        "a percentage target above 100",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 80", "target: 120")},
        f"framework.yml:{line('target: 80')}: error",
        "out-of-range",
        '"target" of a percentage (percent) must be from 0 to 100, not 120',
    ),
    LineCase(  # it read "of a nps metric" (a careless contributor's review)
        "an NPS target above 100",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 40", "target: 140")},
        f"framework.yml:{line('target: 40')}: error",
        "out-of-range",
        '"target" of a Net Promoter Score (nps) must be from -100 to 100, not 140',
    ),
    LineCase(
        "a target that is text",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 40", "target: top quartile")},
        f"framework.yml:{line('target: 40')}: error",
        "wrong-kind",
        '"target" must be a number, not text "top quartile"; write the figure to reach, as a number (such as 50)',
    ),
    # an outside review: a score written as the pages write it (+50) was told to be written "in digits alone"
    LineCase(
        "a target in quotes with its sign",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 40", 'target: "+40"')},
        f"framework.yml:{line('target: 40')}: error",
        "wrong-kind",
        '"target" must be a number, not text "+40"; take away the quote marks (40): a number in quotes is read as text',
    ),
    LineCase(
        "a target written 1_500 (YAML 1.1 would read 1500)",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 40", "target: 1_500")},
        f"framework.yml:{line('target: 40')}: error",
        "wrong-kind",
        '"target" must be a number, not text "1_500"; write the number in digits alone',
    ),
    LineCase(
        "a target of 400 digits",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 40", "target: " + "9" * 400)},
        f"framework.yml:{line('target: 40')}: error",
        "out-of-range",
        '"target" is larger than a chart can show: at most 1,000,000,000,000,000, either way',
    ),
    LineCase(
        "higher_is_better that is not true or false",
        {"framework.yml": FRAMEWORK + METRICS.replace("higher_is_better: false", "higher_is_better: no")},
        f"framework.yml:{line('higher_is_better')}: error",
        "wrong-kind",
        '"higher_is_better" must be true or false, not text "no" (write false: only true and false are read as '
        "true or false)",
    ),
    LineCase(
        "an unknown metric key",
        {"framework.yml": FRAMEWORK + METRICS.replace("target: 5\n", "target: 5\n    unit: days\n")},
        f"framework.yml:{line('higher_is_better')}: warning",
        "unknown-key",
    ),
    LineCase(
        "metrics that are not a list",
        {"framework.yml": FRAMEWORK + "metrics: partner-nps\n"},
        f"framework.yml:{line('metrics:')}: error",
        "wrong-kind",
    ),
]


def test_the_framework_of_these_tests_has_its_metrics_where_the_cases_say() -> None:
    lines = (FRAMEWORK + METRICS).splitlines()
    assert lines[line("metrics:") - 1] == "metrics:" and line("metrics:") == len(FRAMEWORK.splitlines()) + 1
    assert line("section: partnerships", 2) == line("id: participants") + 3


@pytest.mark.parametrize("question", ["question:", "question: 2026"])
def test_a_metric_of_a_section_with_an_error_of_its_own_is_not_told_of_an_unknown_section(
    measured: Project, question: str
) -> None:
    """A section's question left empty (or a number) was told at its line, and the metric shown in that section
    was told of an unknown section too, with the other sections to choose from (a fuzz of malformed input): the
    section's own error alone is told."""
    written = "question: How do you review with partners?"
    measured.write("framework.yml", (FRAMEWORK + METRICS).replace(written, question))
    found = [(p.line, p.code) for p in measured.problems() if p.path == "framework.yml" and p.severity == "error"]
    assert found == [(line(written), "wrong-kind" if "2026" in question else "empty-value")], found


@pytest.mark.parametrize("case", [pytest.param(case, id=case.name) for case in CASES + FRAMEWORK_CASES])
def test_problem_is_found_at_its_line(measured: Project, case: LineCase) -> None:
    case.check(measured)


def test_every_bad_cell_of_a_survey_is_reported_and_both_doors_agree(measured: Project) -> None:
    measured.write(A, item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"))
    measured.write(CSV, "id,Q\n1,9\n2,eleven\n3,8\n4,-3\n5,10\n")
    checked = measured.command("check", str(measured.root), "--format", "json")
    assert checked.code == 1
    reported = [(p["path"], p["line"], p["code"]) for p in json.loads(checked.stdout) if p["severity"] == "error"]
    assert reported == [(CSV, 3, "bad-answer"), (CSV, 5, "bad-answer")]
    built = measured.build()
    assert built.failed
    expected = [f"portfolio: {text}" for text in checked_text(measured) if text.startswith(CSV)]
    assert [entry for entry in built.log if entry.startswith(f"portfolio: {CSV}:")] == expected
    assert len(expected) == 2


def test_a_bad_answer_read_twice_by_one_item_is_said_once(measured: Project) -> None:
    """Two measures of one item reading one column, its name written with curly quotes in one: each bad answer was
    said twice, word for word (an outside review)."""
    measures = (
        "- metric: partner-nps\n  data: files/survey.csv\n  column: Q\n- metric: partner-nps\n  data: files/survey.csv"
    )
    measured.write(A, item("A", measures + "\n  column: Q"))
    measured.write(CSV, "id,Q\n1,9\n2,eleven\n")
    said = [line for line in checked_text(measured) if line.startswith(CSV)]
    assert len(said) == 1 and said[0].startswith(f'{CSV}:3: error: "eleven" is not a whole number'), said


def test_a_survey_with_excels_sep_line_is_counted_in_a_build(measured: Project) -> None:
    measured.write(A, item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"))
    measured.write(CSV, "\ufeffsep=;\r\nid;Q\r\n1;10\r\n2;9\r\n3;8\r\n4;3\r\n5;10\r\n".encode())
    assert [p for p in measured.problems() if p.code in ("missing-column", "bad-survey", "bad-answer")] == []
    built = measured.build()
    assert not built.failed, built.log
    assert "partner-nps=40.0 (n=5, from files/survey.csv)" in (built.site / "evidence.csv").read_text("utf-8")


def test_a_survey_downloaded_as_an_excel_workbook_is_counted(measured: Project) -> None:
    """Microsoft Forms downloads its answers only as an Excel workbook, which was refused as a survey file, told at
    the workbook to be saved as CSV (a review of valid portfolios): the sheet holding the measure's column is read,
    its rows numbered as the spreadsheet numbers them, and a public item's workbook looked through for personal
    data as a CSV file is."""
    openpyxl = pytest.importorskip("openpyxl")
    measured.write(A, item("A", f"- metric: partner-nps\n  data: files/responses.xlsx\n  column: {QUESTION}"))

    def workbook(*rows: list[object]) -> None:
        book = openpyxl.Workbook()
        book.active.title = "Summary"  # (a sheet above the answers, as a form's summary)
        book.active.append(["Responses", len(rows)])
        sheet = book.create_sheet("Form1")
        sheet.append(["ID", "Start time", "Email", QUESTION])
        for row in rows:
            sheet.append(row)
        (measured.root / "evidence/s/files").mkdir(parents=True, exist_ok=True)
        book.save(measured.root / "evidence/s/files/responses.xlsx")

    workbook(*([number, "11/1/26 10:02:01", "anonymous", score] for number, score in enumerate((10, 9, 8, 3, 10))))
    assert [p for p in measured.problems() if p.path.endswith(".xlsx") or p.code == "missing-column"] == []
    built = measured.build()
    assert not built.failed, built.log
    assert "partner-nps=40.0 (n=5, from files/responses.xlsx)" in (built.site / "evidence.csv").read_text("utf-8")
    workbook([1, "11/1/26", "anonymous", 9], [2, "11/1/26", "jo.bloggs@gmail.com", "eleven"])
    found = [(p.path, p.line, p.code) for p in measured.problems() if p.path.endswith(".xlsx")]
    assert found == [
        ("evidence/s/files/responses.xlsx", 1, "personal-data"),
        ("evidence/s/files/responses.xlsx", 3, "bad-answer"),
    ], found
    # a formula whose result a program did not keep (openpyxl keeps none) was read as an empty cell, its answer
    # uncounted without a word (an outside review)
    workbook([1, "11/1/26", "anonymous", 9], [2, "11/1/26", "anonymous", "=5+5"], [3, "11/1/26", "anonymous", 6])
    told = [p for p in measured.problems() if p.path.endswith(".xlsx")]
    assert [(p.line, p.code) for p in told] == [(3, "bad-answer")], told
    assert told[0].message.startswith(f'the answer to "{QUESTION}" is a formula, "=5+5", whose result the workbook')
    # answers formatted as percentages, which Excel shows as 100% and 0%, were counted as 1 and 0 (a fuzz of surveys)
    workbook([1, "11/1/26", "anonymous", 9], [2, "11/1/26", "anonymous", 1], [3, "11/1/26", "anonymous", 0])
    book = openpyxl.load_workbook(measured.root / "evidence/s/files/responses.xlsx")
    for row in (3, 4):
        book["Form1"].cell(row, 4).number_format = "0%"
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    told = [p for p in measured.problems() if p.path.endswith(".xlsx")]
    assert [(p.line, p.code) for p in told] == [(3, "bad-answer"), (4, "bad-answer")], told
    assert told[0].message.startswith('"100%" is not a whole number from 0 to 10') and "format" in told[0].message
    for row in (3, 4):  # a "%" written as a sign (in quotes) shows the number as it is
        book["Form1"].cell(row, 4).number_format = '0"%"'
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    assert [p for p in measured.problems() if p.path.endswith(".xlsx")] == []


def zero_height(workbook: Path, row: int) -> None:
    """The workbook with a row of its first sheet made of no height (`ht="0" customHeight="1"`), as openpyxl writes
    none."""
    with zipfile.ZipFile(workbook) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    assert f'<row r="{row}"' in sheet
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(
        f'<row r="{row}"', f'<row r="{row}" ht="0" customHeight="1"'
    ).encode()
    workbook.write_bytes(zipped(parts))


def test_answers_on_rows_a_workbook_hides_are_told_not_counted_unseen(measured: Project) -> None:
    """Two test responses hidden by an Excel filter (Status = Complete) were counted, the NPS moving from +18.2 to 0
    without a word, where the spreadsheet shows eleven answers (a survey review): told at the first such row, and
    nothing counted until they are unhidden and deleted, or kept."""
    openpyxl = pytest.importorskip("openpyxl")
    measured.write(A, item("A", f"- metric: partner-nps\n  data: files/responses.xlsx\n  column: {QUESTION}"))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["ID", "Status", QUESTION])
    for number, (status, score) in enumerate([("Complete", 10), ("Complete", 8), ("Test", 0), ("Test", 0)], 1):
        sheet.append([number, status, score])
    sheet.row_dimensions[4].hidden = sheet.row_dimensions[5].hidden = True
    (measured.root / "evidence/s/files").mkdir(parents=True, exist_ok=True)
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    told = [p for p in measured.problems() if p.path.endswith(".xlsx")]
    assert [(p.line, p.code) for p in told] == [(4, "bad-answer")], told
    assert told[0].message == (
        f'the workbook hides rows 4, 5 (by a filter, or Hide), whose answers to "{QUESTION}" would count all the same '
        "(read for partner-nps by evidence/s/a.md); unhide them, and delete the rows that are no answers (tests, "
        "duplicates)"
    )
    sheet.row_dimensions[4].hidden = sheet.row_dimensions[5].hidden = False
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    zero_height(measured.root / "evidence/s/files/responses.xlsx", 5)  # (hidden too, as a program may hide a row)
    told = [p for p in measured.problems() if p.path.endswith(".xlsx")]
    assert [(p.line, p.code) for p in told] == [(5, "bad-answer")], told
    sheet.row_dimensions.group(4, 5, outline_level=1, hidden=True)  # a group collapsed: its "+" shows it again
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    assert [p for p in measured.problems() if p.path.endswith(".xlsx")] == []
    sheet.delete_rows(4, 2)
    for number in (4, 5):
        sheet.row_dimensions[number].outlineLevel, sheet.row_dimensions[number].hidden = 0, False
    book.save(measured.root / "evidence/s/files/responses.xlsx")
    assert [p for p in measured.problems() if p.path.endswith(".xlsx")] == []
    assert "partner-nps=50.0 (n=2" in (measured.build().site / "evidence.csv").read_text("utf-8")


def test_a_workbook_with_the_column_on_two_sheets_is_told_and_a_hidden_sheet_is_not_read(measured: Project) -> None:
    """A workbook with a sheet for each year's answers, or a hidden sheet of last year's, was counted from its first
    sheet without a word; a question's header written over two lines was named as Excel writes its line break,
    `_x000D_`; a workbook named .csv had only the sheet of its answers looked through for personal data (a review
    of the first version)."""
    openpyxl = pytest.importorskip("openpyxl")
    question = "How likely are you to recommend us?\r\n(0-10)"
    measured.write(A, item("A", "- metric: partner-nps\n  data: files/answers.csv\n  column: " + QUESTION))

    def workbook(*sheets: tuple[str, str, list[int]]) -> None:
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, state, scores in sheets:
            sheet = book.create_sheet(title)
            sheet.sheet_state = state
            if title == "People":  # (the respondents, on a sheet of their own)
                sheet.append(["ID", "Name", "Email"])
                sheet.append([1, "Jo Bloggs", "jo.bloggs@gmail.com"])
                continue
            sheet.append(["ID", question.replace("\r\n", "_x000D_\n"), "Email"])
            for number, score in enumerate(scores, 1):
                sheet.append([number, score, "anonymous"])
        (measured.root / "evidence/s/files").mkdir(parents=True, exist_ok=True)
        book.save(measured.root / "evidence/s/files/answers.csv")  # (a workbook, whatever its name)

    measured.write(
        A, item("A", "- metric: partner-nps\n  data: files/answers.csv\n  column: " + question.replace("\r\n", " "))
    )
    workbook(("2025", "visible", [0, 1, 2]), ("2026", "visible", [10, 9, 8]))
    found = [(p.path, p.line, p.code, p.message) for p in measured.problems() if p.code == "survey-sheets"]
    assert found == [
        (
            A,
            10,
            "survey-sheets",
            'the workbook "files/answers.csv" has the column "How likely are you to recommend us? (0-10)" on 2 '
            'sheets ("2025", "2026"), so which answers to count is not clear; save the sheet of this survey\'s '
            'answers alone as CSV UTF-8 and give that file as "data", or delete the other sheets from the workbook',
        )
    ], found
    workbook(("2025", "hidden", [0, 1, 2]), ("2026", "visible", [10, 9, 8]))
    built = measured.build(audience="internal")
    assert not built.failed, built.log
    assert "partner-nps=66.7 (n=3, from files/answers.csv)" in (built.site / "evidence.csv").read_text("utf-8")
    # the answers on a hidden sheet alone, its visible one a summary: told so (a survey review: told of the visible
    # sheet's columns alone)
    workbook(("2026", "hidden", [10, 9, 8]), ("People", "visible", []))
    found = [p.message for p in measured.problems() if p.code == "missing-column"]
    assert found == [
        'survey file "files/answers.csv" has no column "How likely are you to recommend us? (0-10)"; it is on the '
        'hidden sheet "2026", which is not read: unhide that sheet in the spreadsheet, or save it as CSV UTF-8 (comma '
        'delimited) and give that file as "data"'
    ], found
    workbook(("2026", "visible", [10, 9, 8]), ("People", "visible", []))
    found = [(p.path, p.line, p.code) for p in measured.problems() if p.code == "personal-data"]
    assert found == [("evidence/s/files/answers.csv", 1, "personal-data")], found
    # its sheet of answers named with nothing, its respondents hidden (a hostile review: looked through as text)
    workbook(("2026", "visible", [10, 9, 8]), ("People", "hidden", []))
    saved = measured.root / "evidence/s/files/answers.csv"
    parts = {}
    with zipfile.ZipFile(saved) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    assert b'name="2026"' in parts["xl/workbook.xml"], "the test tests something"
    parts["xl/workbook.xml"] = parts["xl/workbook.xml"].replace(b'name="2026"', b'name=""')
    saved.write_bytes(zipped({name: data.decode() for name, data in parts.items()}))
    found = [(p.path, p.line, p.code) for p in measured.problems() if p.code == "personal-data"]
    assert found == [("evidence/s/files/answers.csv", 1, "personal-data")], found


def survey_problems(project: Project) -> list[tuple[str, int, str, str]]:
    """The problems `portfolio check --format json` says of the survey file CSV: path, line, code, message."""
    checked = json.loads(project.command("check", str(project.root), "--format", "json").stdout)
    return [(p["path"], p["line"], p["code"], p["message"]) for p in checked if p["path"] == CSV]


def test_after_excels_sep_line_a_bad_row_and_a_bad_separator_are_said_at_their_lines(measured: Project) -> None:
    measured.write(A, item("A", "- metric: partner-nps\n  data: files/survey.csv\n  column: Q"))
    measured.write(CSV, "sep=;\r\nid;Q\r\n1;9\r\n2;eleven\r\n")
    assert survey_problems(measured) == [
        (
            CSV,
            4,
            "bad-answer",
            f'"eleven" is not a whole number from 0 to 10 (column "Q", read for partner-nps by {A}); correct the '
            "answer, or leave the cell empty",
        )
    ]
    measured.write(CSV, "sep=x\nid,Q\n1,9\n")
    assert survey_problems(measured) == [
        (
            CSV,
            1,
            "bad-survey",
            'the first line, "sep=x", says that the cells are separated by "x", which is not a separator of cells; '
            "write sep=, if the rows below separate their cells with commas, or sep=; if with semicolons, or delete "
            "the line",
        )
    ]


def reported_against_a_base(project: Project, metric: str, before: float, after: float) -> tuple[str, ...]:
    """A measure of `metric` committed in git (its value `before`), and a later one not (`after`): the arguments of
    `portfolio report` against that commit."""
    project.write("evidence/s/a.md", item("A", f"- metric: {metric}\n  value: {before}", date="2026-01-01"))
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "base")
    project.write("evidence/s/b.md", item("B", f"- metric: {metric}\n  value: {after}", date="2026-06-01"))
    return ("report", str(project.root), "--base", "main")


def test_the_report_gives_each_metric_and_what_a_change_moves(measured: Project) -> None:
    """A reviewer of a pull request adding a survey saw no figure of it in `portfolio report` (an outside review):
    each metric's latest value, trend and target, and the values a change moves."""
    args = reported_against_a_base(measured, "participants", 1200, 4380)
    data = json.loads(measured.command(*args, "--format", "json").stdout)
    participants = next(metric for metric in data["metrics"] if metric["id"] == "participants")
    assert (participants["latest"], participants["trend"], participants["target_met"]) == (4380, "up", None)
    assert data["changes"]["metrics_changed"] == [
        {
            "id": "participants",
            "label": "Participants",
            "kind": "count",
            "before": 1200,
            "after": 4380,
            "target_met_before": None,
            "target_met_after": None,
        }
    ]
    text = measured.command(*args).stdout
    assert "  Participants (partnerships): 4,380, up (better)\n" in text
    assert "  - Participants: 1,200 -> 4,380\n" in text
    markdown = measured.command(*args, "--format", "markdown").stdout
    assert "### Measures" in markdown and "- Participants (partnerships): 4,380, up (better)\n" in markdown


def test_the_report_says_which_way_is_better_and_when_a_change_loses_a_target(measured: Project) -> None:
    """The report said "8.5, down; target 10, met" where the page said "down (better)" and "target ≤ 10", and a
    change that lost a target was only two values (an outside review): it says both, as the pages do."""
    args = reported_against_a_base(measured, "waiting", 4, 6.5)
    text = measured.command(*args).stdout
    assert "  Days waiting for a referral (people/plan): 6.5, up (worse); target ≤ 5, not met\n" in text, text
    assert "  - Days waiting for a referral: 4 -> 6.5 (target no longer met)\n" in text, text
    data = json.loads(measured.command(*args, "--format", "json").stdout)
    waiting = next(metric for metric in data["metrics"] if metric["id"] == "waiting")
    assert (waiting["higher_is_better"], waiting["improving"], waiting["target_met"]) == (False, False, False)
    measured.write("evidence/s/b.md", item("B", "- metric: waiting\n  value: 3", date="2026-06-01"))
    assert "  - Days waiting for a referral: 4 -> 3\n" in measured.command(*args).stdout  # met before and after


def checked_text(project: Project) -> list[str]:
    return project.command("check", str(project.root)).stdout.splitlines()


def test_a_clean_project_with_measures_builds_strictly_for_every_audience(measured: Project) -> None:
    write_portfolio(measured)
    assert measured.command("check", str(measured.root), "--strict").code == 0
    for audience in AUDIENCES:
        built = measured.build(audience=audience, strict=True)
        assert not built.failed, built.log


# ------------------------------------------------------------------------------- portfolio.json, per audience


def write_portfolio(project: Project) -> None:
    """Items of every audience: surveys (one with blank answers, one a tie rounding half up, one negative tie),
    NPS values given with n, counts, percentages and numbers, a stale item, and an action that measures nothing."""
    project.write(
        "framework.yml", FRAMEWORK.replace("min_evidence: 1", "min_evidence: 1\nmax_evidence_age_days: 730") + METRICS
    )
    files = {
        "evidence/nps/2024.md": item(
            "Survey 2024", "- metric: partner-nps\n  data: files/2024.csv\n  column: " + QUESTION, date="2024-05-01"
        ),  # stale (as_of 2026-11-27, 730 days): still a point
        "evidence/nps/files/2024.csv": survey(scores(7, 19, 22)),  # -31.25 -> -31.3
        "evidence/nps/2025.md": item(
            "Survey 2025",
            "- metric: partner-nps\n  data: files/2025.csv\n  column: " + QUESTION,
            date="2025-05-01",
            visibility="accreditor",
        ),
        "evidence/nps/files/2025.csv": survey(scores(22, 19, 7, blanks=3)),  # 31.25 -> 31.3, blanks skipped
        "evidence/nps/2026.md": item(
            "Survey 2026",
            "- metric: partner-nps\n  data: files/2026.csv\n  column: " + QUESTION,
            date="2026-05-01",
            visibility="internal",
        ),
        "evidence/nps/files/2026.csv": survey(scores(30, 10, 8)),
        "evidence/nps/given.md": item(
            "Survey 2025 by phone", "- metric: partner-nps\n  value: 12.5\n  n: 8", date="2025-05-01"
        ),
        "evidence/count/a.md": item(
            "Return 2025",
            "- metric: participants\n  value: 2950\n- metric: satisfied\n  value: 78.5",
            date="2025-10-01",
        ),
        "evidence/count/b.md": item(
            "Return 2026", "- metric: participants\n  value: 4380", date="2026-10-01", visibility="accreditor"
        ),
        "evidence/count/c.md": item(
            "Waiting times", "- metric: waiting\n  value: 6\n- metric: waiting\n  value: 4.5", date="2026-02-01"
        ),
        "evidence/actions/plan.md": md(
            "title: Plan\ntype: action\nmaps_to: people/plan\ndate: 2026-01-01\nowner: Sam\ndue: 2027-01-01\n"
            "visibility: public"
        ),
    }
    for path, text in files.items():
        project.write(path, text)


def independent(root: Path, audience: str) -> list[dict[str, Any]]:
    """portfolio.json's metrics for `audience`, computed from the files by the rules of the issue, without the
    package: items at or below the audience, NPS from the CSV columns, points by date then id."""
    order = {"public": 0, "accreditor": 1, "internal": 2}
    framework = yaml.safe_load((root / "framework.yml").read_text(encoding="utf-8"))
    points: dict[str, list[dict[str, Any]]] = {m["id"]: [] for m in framework["metrics"]}
    for path in sorted((root / "evidence").rglob("*.md")):
        meta = yaml.safe_load(path.read_text(encoding="utf-8").split("---")[1])
        if order[meta.get("visibility", "internal")] > order[audience]:
            continue
        item_id = path.relative_to(root / "evidence").with_suffix("").as_posix()
        for measure in meta.get("measures") or []:
            point: dict[str, Any] = {"date": str(meta["date"]), "item": item_id}
            if "data" in measure:
                rows = list(
                    csv.DictReader(io.StringIO((path.parent / measure["data"]).read_text(encoding="utf-8-sig")))
                )
                answers = [int(row[measure["column"]]) for row in rows if (row[measure["column"]] or "").strip()]
                p, d = sum(a >= 9 for a in answers), sum(a <= 6 for a in answers)
                value = Decimal(100 * (p - d)) / Decimal(len(answers))
                point["value"] = float(value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
                point.update(n=len(answers), promoters=p, passives=len(answers) - p - d, detractors=d)
            else:
                point["value"] = measure["value"]
                if "n" in measure:
                    point["n"] = measure["n"]
            points[measure["metric"]].append(point)
    found = []
    for metric in framework["metrics"]:
        ordered = sorted(points[metric["id"]], key=lambda p: (p["date"], p["item"]))
        latest = ordered[-1]["value"] if ordered else None
        trend = None
        if len(ordered) >= 2:
            last, before = ordered[-1]["value"], ordered[-2]["value"]
            trend = "up" if last > before else "down" if last < before else "flat"
        target = metric.get("target")
        met = None
        if target is not None and latest is not None:
            met = latest >= target if metric.get("higher_is_better", True) else latest <= target
        found.append(
            {
                "id": metric["id"],
                "label": metric["label"],
                "kind": metric["kind"],
                "section": metric["section"],
                "target": target,
                "points": ordered,
                "latest": latest,
                "trend": trend,
                "target_met": met,
            }
        )
    return found


@pytest.fixture(scope="module")
def portfolio_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The portfolio of write_portfolio, built once per audience."""

    root = tmp_path_factory.mktemp("metrics") / "project"
    root.mkdir()
    project = Project(root)
    project.write("mkdocs.yml", MKDOCS_YML + "site_url: https://portfolio.example.org/\n")
    (root / "evidence").mkdir()
    write_portfolio(project)
    built = {audience: project.build(audience=audience) for audience in AUDIENCES}
    for audience, result in built.items():
        assert not result.failed, (audience, result.log)
    return {"project": project, **built}


@pytest.mark.parametrize("audience", AUDIENCES)
def test_portfolio_json_metrics_equal_an_independent_computation(
    portfolio_sites: dict[str, Any], audience: str
) -> None:
    project, result = portfolio_sites["project"], portfolio_sites[audience]
    metrics = result.portfolio["metrics"]
    assert metrics == independent(project.root, audience)
    text = (result.site / "portfolio.json").read_text(encoding="utf-8")
    assert '"value": -31.3' in text and '"value": 12.5' in text  # one decimal, as computed


def test_portfolio_json_metrics_as_the_issue_gives_them(portfolio_sites: dict[str, Any]) -> None:
    nps_metric, participants, satisfied, waiting = portfolio_sites["internal"].portfolio["metrics"]
    assert nps_metric["points"] == [
        {
            "date": "2024-05-01",
            "item": "nps/2024",
            "value": -31.3,
            "n": 48,
            "promoters": 7,
            "passives": 19,
            "detractors": 22,
        },
        {
            "date": "2025-05-01",
            "item": "nps/2025",
            "value": 31.3,
            "n": 48,
            "promoters": 22,
            "passives": 19,
            "detractors": 7,
        },
        {"date": "2025-05-01", "item": "nps/given", "value": 12.5, "n": 8},
        {
            "date": "2026-05-01",
            "item": "nps/2026",
            "value": 45.8,
            "n": 48,
            "promoters": 30,
            "passives": 10,
            "detractors": 8,
        },
    ]
    assert (nps_metric["latest"], nps_metric["trend"], nps_metric["target_met"]) == (45.8, "up", True)
    assert participants["section"] == "partnerships" and participants["target"] is None
    assert (participants["latest"], participants["trend"], participants["target_met"]) == (4380, "up", None)
    assert (satisfied["latest"], satisfied["trend"], satisfied["target_met"]) == (78.5, None, False)
    # Two measures of one metric on one item: two points, in the order written; lower is better.
    assert [p["value"] for p in waiting["points"]] == [6, 4.5]
    assert (waiting["trend"], waiting["target_met"]) == ("down", True)
    public = portfolio_sites["public"].portfolio["metrics"][0]
    assert [p["item"] for p in public["points"]] == ["nps/2024", "nps/given"]
    assert (public["latest"], public["trend"], public["target_met"]) == (12.5, "up", False)


def test_a_framework_without_metrics_gives_an_empty_list(project: Project) -> None:
    assert project.build().portfolio["metrics"] == []


def test_items_carry_their_measures_as_written_and_evidence_csv_one_row_each(portfolio_sites: dict[str, Any]) -> None:
    result = portfolio_sites["internal"]
    items = {i["id"]: i for i in result.portfolio["items"]}
    assert items["nps/2025"]["measures"] == [{"metric": "partner-nps", "data": "files/2025.csv", "column": QUESTION}]
    assert items["nps/given"]["measures"] == [{"metric": "partner-nps", "value": 12.5, "n": 8}]
    assert items["actions/plan"].get("measures") is None  # an action has no measures
    rows = list(csv.DictReader(io.StringIO((result.site / "evidence.csv").read_text(encoding="utf-8"))))
    assert [row["id"] for row in rows] == sorted(items)
    by_id = {row["id"]: row for row in rows}
    assert by_id["nps/2025"]["measures"] == "partner-nps=31.3 (n=48, from files/2025.csv)"
    assert by_id["count/a"]["measures"] == "participants=2950; satisfied=78.5"
    assert by_id["nps/given"]["measures"] == "partner-nps=12.5 (n=8)"


# -------------------------------------------------------------------------------------------------------- pages


def test_the_challenge_page_shows_each_metric_with_its_chart_and_table(portfolio_sites: dict[str, Any]) -> None:
    result = portfolio_sites["internal"]
    page = BeautifulSoup(result.html("challenges/partnerships/"), "html.parser")
    review = page.select_one('.portfolio-section[data-section="review"]')
    block = review.select_one('.portfolio-metric[data-metric="partner-nps"]')
    assert block["id"] == "metric-partner-nps"
    summary = block.select_one(".portfolio-metric__summary").get_text(" ", strip=True)
    assert "Latest: +45.8 (1 May 2026, 48 answers)" in summary
    assert "↑ up (better)" in summary and "✓ target met (target ≥ +40)" in summary
    svg = block.select_one("figure.portfolio-metric-chart svg")
    assert svg["role"] == "img" and svg.title.get_text().startswith("Partner NPS, 4 points: 2024-05-01: -31.3;")
    assert not page.select("script[src*=chart]") and not svg.select("script")
    markers = svg.select("circle.portfolio-metric-chart__point")
    assert len(markers) == 4
    assert [t.get_text() for t in svg.select(".portfolio-metric-chart__value")] == ["-31.3", "+31.3", "+12.5", "+45.8"]
    ys = [float(c["cy"]) for c in markers]
    assert ys[0] > ys[2] > ys[1] > ys[3]  # higher values are drawn higher
    xs = [float(c["cx"]) for c in markers]
    assert xs[0] < xs[1] == xs[2] < xs[3]  # placed by date
    assert svg.select_one(".portfolio-metric-chart__target-label").get_text() == "Target ≥ +40"
    target = svg.select_one("line.portfolio-metric-chart__target")
    assert target["stroke-dasharray"] and float(target["y1"]) < ys[1]
    titles = [t.get_text() for t in svg.select(".portfolio-metric-chart__axis-title")]
    assert titles == ["Net Promoter Score", "Date of the item"]
    assert "2026-05-01" in [t.get_text() for t in svg.select(".portfolio-metric-chart__date")]
    table = block.select_one("table.portfolio-metric__points")
    headers = [th.get_text() for th in table.select("thead th")]
    assert headers == [
        "Date",
        "Measured by",
        "Value",
        "Answers",
        "Promoters (9–10)",
        "Passives (7–8)",
        "Detractors (0–6)",
    ]
    rows = [[td.get_text(" ", strip=True) for td in tr.select("td")] for tr in table.select("tbody tr")]
    assert rows == [
        ["2024-05-01", "Survey 2024", "-31.3", "48", "7 (15%)", "19 (40%)", "22 (46%)"],
        ["2025-05-01", "Survey 2025", "+31.3", "48", "22 (46%)", "19 (40%)", "7 (15%)"],
        ["2025-05-01", "Survey 2025 by phone", "+12.5", "8", "—", "—", "—"],
        ["2026-05-01", "Survey 2026", "+45.8", "48", "30 (63%)", "10 (21%)", "8 (17%)"],
    ]
    # 15% + 40% + 46% is 101%: the caption says why, where an assessor would otherwise suspect a wrong count.
    assert "rounded to a whole percent (so that the three may add up to 99% or 101%)" in table.caption.get_text()
    assert table.select_one("tbody a")["href"] == "../../nps/2024/"
    # The metric of the challenge as a whole, under a heading of its own.
    whole = page.select_one('.portfolio-metrics .portfolio-metric[data-metric="participants"]')
    assert page.select_one("h2#measures").get_text(strip=True).startswith("Measures of the whole challenge")
    assert [t.get_text() for t in whole.select(".portfolio-metric-chart__value")] == ["2,950", "4,380"]
    assert [th.get_text() for th in whole.select("thead th")] == ["Date", "Measured by", "Value"]


def test_a_latest_figure_dated_after_as_of_is_said_to_be(measured: Project) -> None:
    """A measure dated after the day the portfolio is as of became the metric's "Latest", beside "As of 27 November
    2026", with only check's future-date warning to tell (an assessor's review): the latest figure says so."""
    measured.write("evidence/pulse/late.md", item("Late", "- metric: participants\n  value: 5000", date="2026-12-15"))
    page = BeautifulSoup(measured.build(audience="internal").html(""), "html.parser")
    row = page.select_one('table.portfolio-metrics-summary tr[data-metric="participants"]').get_text(" ", strip=True)
    assert "5,000 (15 December 2026) dated after 27 November 2026, the day this portfolio is as of" in row, row
    measured.write("evidence/pulse/late.md", item("Late", "- metric: participants\n  value: 5000", date="2026-11-20"))
    page = BeautifulSoup(measured.build(audience="internal").html(""), "html.parser")
    assert "dated after" not in page.select_one("table.portfolio-metrics-summary").get_text()


def test_the_values_of_a_crowded_chart_are_written_where_there_is_room(measured: Project) -> None:
    """A chart of 30 monthly points printed their values over each other ("-10.2-8.6-7.3-11.": an assessor's
    review): the latest value is written, and each other where it overlaps none written; the table gives all."""
    for month in range(30):
        date = f"{2024 + month // 12}-{month % 12 + 1:02}-01"
        value = 1000 + (month * 7) % 11 * 3 + month  # a count, up and down
        measured.write(
            f"evidence/pulse/{month:02}.md",
            item(f"Pulse {month}", f"- metric: participants\n  value: {value:g}", date=date),
        )
    page = BeautifulSoup(measured.build(audience="internal").html("challenges/partnerships/"), "html.parser")
    svg = page.select_one('.portfolio-metric[data-metric="participants"] svg')
    written = [(float(t["x"]), float(t["y"]), t.get_text()) for t in svg.select(".portfolio-metric-chart__value")]
    assert len(svg.select("circle.portfolio-metric-chart__point")) >= 30 and 3 < len(written) < 30, written
    latest = max(svg.select("circle.portfolio-metric-chart__point"), key=lambda c: float(c["cx"]))
    assert any(x == float(latest["cx"]) for x, _, _ in written), "the latest value is written"
    for (x1, y1, a), (x2, y2, b) in itertools.combinations(written, 2):
        assert abs(x1 - x2) >= (len(a) + len(b)) * 7.5 / 2 or abs(y1 - y2) >= 14, (a, b)


def test_a_metric_without_points_and_one_with_a_single_point(portfolio_sites: dict[str, Any]) -> None:
    public = BeautifulSoup(portfolio_sites["public"].html("challenges/people/"), "html.parser")
    satisfied = public.select_one('.portfolio-metric[data-metric="satisfied"]')
    text = satisfied.get_text(" ", strip=True)
    assert "Latest: 78.5% (1 October 2025)" in text and "no trend yet" in text and "✗ target not met" in text
    assert len(satisfied.select("circle")) == 1 and not satisfied.select("polyline")
    waiting = public.select_one('.portfolio-metric[data-metric="waiting"]')
    assert "↓ down (better)" in waiting.get_text(" ", strip=True)
    assert waiting.select_one(".portfolio-metric-chart__target-label").get_text() == "Target ≤ 5"


def test_a_metric_with_no_points_in_a_build(measured: Project) -> None:
    built = measured.build()
    page = BeautifulSoup(built.html("challenges/partnerships/"), "html.parser")
    block = page.select_one('.portfolio-metric[data-metric="partner-nps"]')
    assert "no figures in this build yet" in block.get_text(" ", strip=True) and not block.select("svg, table")
    assert "target ≥ +40: no figures yet" in block.get_text(" ", strip=True)


def test_the_overview_shows_each_metric_latest_trend_and_target(portfolio_sites: dict[str, Any]) -> None:
    page = BeautifulSoup(portfolio_sites["accreditor"].html(""), "html.parser")
    table = page.select_one("table.portfolio-metrics-summary")
    rows = {
        tr["data-metric"]: [c.get_text(" ", strip=True) for c in tr.select("th, td")] for tr in table.select("tbody tr")
    }
    assert list(rows) == ["partner-nps", "participants", "satisfied", "waiting"]
    # Two points on 1 May 2025: the later item id (nps/given) is the latest.
    assert rows["partner-nps"] == [
        "Partner NPS",
        "Partnerships › Review",
        "+12.5 (1 May 2025, 8 answers)",
        "↓ down (worse)",
        "✗ target not met (target ≥ +40)",
    ]
    assert rows["participants"][1:] == ["Partnerships", "4,380 (1 October 2026)", "↑ up (better)", "no target"]
    link = table.select_one('tr[data-metric="partner-nps"] a')["href"]
    assert link == "challenges/partnerships/#metric-partner-nps"


def test_the_item_page_shows_what_it_measured_and_links_its_survey(portfolio_sites: dict[str, Any]) -> None:
    result = portfolio_sites["public"]
    page = BeautifulSoup(result.html("nps/2024/"), "html.parser")
    panel = page.select_one(".portfolio-panel")
    entry = panel.select_one('li[data-metric="partner-nps"]')
    assert entry.get_text(" ", strip=True) == (
        f"Partner NPS : -31.3 (48 answers: 7 promoters, 19 passives, 22 detractors), from 2024.csv (column “{QUESTION}”)"
    )
    links = [a["href"] for a in entry.select("a")]
    assert links == ["../../challenges/partnerships/#metric-partner-nps", "../files/2024.csv"]
    assert (result.site / "nps/files/2024.csv").read_text(encoding="utf-8") == survey(scores(7, 19, 22))
    given = BeautifulSoup(result.html("nps/given/"), "html.parser").select_one(".portfolio-panel li[data-metric]")
    assert given.get_text(" ", strip=True) == "Partner NPS : +12.5 (8 answers)"


def test_the_accreditation_pack_and_the_pdf_include_the_metrics(
    portfolio_sites: dict[str, Any], tmp_path: Path
) -> None:
    result = portfolio_sites["accreditor"]
    pack = BeautifulSoup(result.html("accreditation-pack/"), "html.parser")
    review = pack.select_one("#pack-partnerships-review").find_next("div", class_="portfolio-section")
    block = review.select_one('.portfolio-metric[data-metric="partner-nps"]')
    assert block.select_one("h4").get_text() == "Partner NPS" and block.select_one("svg[role=img]")
    link = block.select_one("tbody a")
    assert link["data-print-url"] == "https://portfolio.example.org/nps/2024/"
    assert pack.select_one('.portfolio-pack-summary .portfolio-metric[data-metric="participants"]')
    # the overview's table of every metric, near the pack's start, each leading to its metric further on (the PDF
    # had the figures only inside their sections: an assessor's review)
    summary = pack.select_one("#pack-measures").find_next("table", class_="portfolio-metrics-summary")
    rows = {row["data-metric"]: row for row in summary.select("tbody tr")}
    assert rows["partner-nps"].select_one("a")["href"] == "#metric-partner-nps"
    assert "+12.5" in rows["partner-nps"].get_text() and pack.select_one("#metric-partner-nps") is block
    site = BeautifulSoup(result.html(""), "html.parser").select_one(
        'table.portfolio-metrics-summary tr[data-metric="partner-nps"]'
    )
    assert site.select_one("a")["href"] == "challenges/partnerships/#metric-partner-nps", "the site's leads to its page"
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    pdf = tmp_path / "pack.pdf"
    project = portfolio_sites["project"]
    done = project.command("pdf", str(project.root), "-o", str(pdf), "--audience", "accreditor")
    assert done.code == 0, done.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for expected in ("Partner NPS", "Latest: +12.5", "Target ≥ +40", "Net Promoter Score", "Promoters", "Detractors"):
        assert expected in text, expected
    partnerships = bookmarks_under(PdfReader(pdf).outline, "Partnerships")
    assert [entry.title for entry in partnerships] == ["Plan", "Do", "Review"], "no bookmark per metric"


# ------------------------------------------------------------------------------- a withheld survey, every byte


def test_a_withheld_survey_changes_nothing_in_a_narrower_build(measured: Project) -> None:
    """An internal item reads a survey whose name and contents hold a canary; a public page links to that file. The
    public and accreditor sites hold no point of it, no file, no count, no byte of the canary; the internal holds
    them. The withheld count counts the survey as withheld with its item."""
    word = "kanarysurveyzz"
    measured.write(
        "evidence/pub/survey.md",
        item("Public survey", "- metric: partner-nps\n  value: 20\n  n: 10", date="2025-05-01")
        + f"\nThe raw answers are [here](../int/files/{word}-answers.csv).\n",
    )
    measured.write(
        "evidence/int/survey.md",
        item(
            f"Internal survey {word}",
            f"- metric: partner-nps\n  data: files/{word}-answers.csv\n  column: {word} question",
            date="2026-05-01",
            visibility="internal",
        ),
    )
    measured.write(f"evidence/int/files/{word}-answers.csv", survey(scores(9, 0, 1), column=f"{word} question"))
    public, accreditor, internal = (measured.build(audience=a) for a in AUDIENCES)
    assert not (public.failed or accreditor.failed or internal.failed), public.log
    for site in (public, accreditor):
        metric = site.portfolio["metrics"][0]
        assert [p["item"] for p in metric["points"]] == ["pub/survey"]
        assert (metric["latest"], metric["trend"], metric["target_met"]) == (20, None, False)
        assert word not in site.all_output().lower()
        assert not list(site.site.rglob("*.csv")) or [p.name for p in site.site.rglob("*.csv")] == ["evidence.csv"]
        assert (site.portfolio["withheld"], site.portfolio["withheld_items"]) == (2, 1)  # the item and its survey
        page = site.html("pub/survey/")
        assert "The raw answers are here." in BeautifulSoup(page, "html.parser").get_text(" ", strip=True)
    metric = internal.portfolio["metrics"][0]
    assert [p["item"] for p in metric["points"]] == ["pub/survey", "int/survey"]
    assert metric["points"][1] == {
        "date": "2026-05-01",
        "item": "int/survey",
        "value": 80.0,
        "n": 10,
        "promoters": 9,
        "passives": 0,
        "detractors": 1,
    }
    assert (metric["latest"], metric["trend"], metric["target_met"]) == (80.0, "up", True)
    assert (internal.site / f"int/files/{word}-answers.csv").exists()
    assert internal.portfolio["withheld"] == 0 and word in internal.all_output()


def test_a_survey_file_is_referred_to_by_the_item_that_reads_it(measured: Project) -> None:
    """No "no page refers to this file" warning for a survey file: its item refers to it, as to an attachment."""
    measured.write(A, item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"))
    measured.write(CSV, GOOD_CSV)
    measured.write("evidence/s/files/stray.csv", GOOD_CSV)
    problems = measured.problems()
    assert [p.path for p in problems if p.code == "unreferenced-file"] == ["evidence/s/files/stray.csv"]


def test_the_sample_portfolio_computes_its_metrics_from_its_surveys() -> None:
    from conftest import REPOSITORY
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    for audience, nps_points in (("internal", [22.2, 58.0]), ("public", [58.0])):
        build = assemble(load_settings(REPOSITORY, audience))
        assert build.ok and build.portfolio is not None
        nps_metric, participants = build.portfolio.metrics
        assert [p.value for p in nps_metric.points] == nps_points
        assert all(40 <= (p.n or 0) <= 60 for p in nps_metric.points)
        assert [p.value for p in participants.points] == [2410, 2950, 4380]
        assert [p.date.year for p in participants.points] == [2024, 2025, 2026]
    assert re.search(r"^metrics:", (REPOSITORY / "framework.yml").read_text(encoding="utf-8"), re.M)


def test_the_split_of_a_large_survey_is_written_as_its_answers_are(measured: Project) -> None:
    """5,000 answers, and 3186 detractors: the counts of the split are grouped in thousands too (an outside
    review)."""
    measured.write(A, item("A", f"- metric: partner-nps\n  data: files/survey.csv\n  column: {QUESTION}"))
    measured.write(CSV, survey(scores(904, 910, 3186)))
    page = BeautifulSoup(measured.build().html("challenges/partnerships/"), "html.parser")
    row = [td.get_text(" ", strip=True) for td in page.select("table.portfolio-metric__points tbody td")]
    assert row[-4:] == ["5,000", "904 (18%)", "910 (18%)", "3,186 (64%)"], row


def test_numbers_far_below_one_are_charted_and_shown_in_digits(project: Project) -> None:
    """Values of a number metric 1e-12 apart stopped the build and the pack (the axis's values were all rounded to
    0), and 0.00005 was shown as "5e-05" (an outside review): they are shown in digits, on an axis of their own."""
    project.write("framework.yml", FRAMEWORK + METRICS)
    for first, second in (("1.0e-12", "2.0e-12"), ("0.00005", "0.00004")):
        project.write(A, item("A", f"- metric: waiting\n  value: {first}", date="2026-05-01"))
        project.write("evidence/s/b.md", item("B", f"- metric: waiting\n  value: {second}"))
        result = project.build()
        assert not result.failed, result.log
        page = (result.site / "challenges/people/index.html").read_text(encoding="utf-8")
        shown = ("0.000000000001", "0.000000000002") if first == "1.0e-12" else ("0.00005", "0.00004")
        assert all(value in page for value in shown) and "e-0" not in page and "e-1" not in page
