"""`portfolio framework import SHEET` and `portfolio framework check FILE`.

The seed's sheet, written as a CSV and as an XLSX workbook from the project's own framework.yml, imports back to
that framework, word for word. Every problem of a bad sheet is reported at its `SHEET:ROW`. What the import writes
loads with no problem and builds a site.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import dataclasses
import io
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import REPOSITORY, Project
from evidence_portfolio import cli
from evidence_portfolio.commands import framework_import
from evidence_portfolio.commands.framework_rows import _INVISIBLE, _clean
from evidence_portfolio.commands.init import shipped_frameworks
from evidence_portfolio.model.framework import Challenge, ChallengeSection, Framework, Level, Section
from evidence_portfolio.model.urls import slug
from evidence_portfolio.reading.framework_file import load_framework

openpyxl = pytest.importorskip("openpyxl")

HEADER = ["challenge", "section", "question", "best_practice"]


@dataclasses.dataclass
class Result:
    code: int
    stdout: str
    stderr: str

    @property
    def problems(self) -> list[str]:
        """The problem lines of stderr (`SHEET:ROW: severity: message`)."""
        return [line for line in self.stderr.splitlines() if ": error: " in line or ": warning: " in line]


def portfolio(*argv: str | Path) -> Result:
    """`portfolio ARGV`, through this module's options and `run`, with its output captured."""
    parser = argparse.ArgumentParser(prog="portfolio")
    framework_import.add_options(parser.add_subparsers(dest="command", required=True).add_parser("framework"))
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = framework_import.run(parser.parse_args([str(a) for a in argv]))
        except SystemExit as exc:  # argparse's usage errors
            code = exc.code if isinstance(exc.code, int) else 2
    return Result(code, stdout.getvalue(), stderr.getvalue())


def write_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", newline="", encoding=encoding) as file:
        csv.writer(file, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[str | None]]], merge: Sequence[str] = ()) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for name, rows in sheets.items():
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    for cells in merge:
        workbook.worksheets[0].merge_cells(cells)
    workbook.save(path)
    return path


def imported(tmp_path: Path, rows: Sequence[Sequence[str]], *options: str) -> Framework:
    """The framework a CSV of `rows` imports to, loaded back with no problem at all."""
    result = portfolio("framework", "import", write_csv(tmp_path / "sheet.csv", rows), *options)
    assert result.code == 0, result.stderr
    return loaded(tmp_path, result.stdout)


def loaded(tmp_path: Path, text: str) -> Framework:
    path = tmp_path / "framework.yml"
    path.write_text(text, encoding="utf-8")
    framework, problems = load_framework(path, "framework.yml")
    assert framework is not None and not problems, "\n".join(map(str, problems))
    return framework


def without_lines(framework: Framework) -> Framework:
    """The framework without the lines its sections were read from (which differ between two files), and without
    its metrics (a sheet holds none)."""
    challenges = tuple(
        dataclasses.replace(c, sections=tuple(dataclasses.replace(s, line=1) for s in c.sections))
        for c in framework.challenges
    )
    return dataclasses.replace(framework, challenges=challenges, metrics=())


@pytest.fixture(autouse=True)
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run where the sheets are, so that messages name them as a user would: sheet.csv:ROW."""
    monkeypatch.chdir(tmp_path)


def problems_of(tmp_path: Path, rows: Sequence[Sequence[str]], *options: str) -> Result:
    """Importing a bad CSV (given as sheet.csv): exit 1, nothing on stdout."""
    write_csv(tmp_path / "sheet.csv", rows)
    result = portfolio("framework", "import", "sheet.csv", *options)
    assert result.code == 1, result.stderr
    assert result.stdout == ""
    return result


# ------------------------------------------------------------------------------------ the seed, back word for word


@pytest.fixture(scope="module")
def seed() -> Framework:
    """The seed as shipped (the sample's framework.yml adds a challenge of its own, and metrics)."""
    framework, problems = load_framework(shipped_frameworks()["quest-partnerships"], "framework.yml")
    assert framework is not None, problems
    return framework


SEED_OPTIONS = ("--id", "quest-partnerships", "--title", "Partnerships and collaboration")


def test_a_csv_of_the_seed_imports_to_the_project_framework(tmp_path: Path, seed: Framework) -> None:
    rows: list[list[str]] = [["Challenge ID", "Challenge", "Section", "Question", "Best practice", "Outcomes"]]
    for challenge in seed.challenges:  # the title on every row, the outcomes in one cell, one per line
        for index, part in enumerate(challenge.sections):
            outcomes = "\n".join(challenge.outcomes) if index == 0 else ""
            rows.append([challenge.id, challenge.title, part.label, part.question, part.best_practice, outcomes])
    sheet = write_csv(tmp_path / "quest.csv", rows)
    output = tmp_path / "framework.yml"

    result = portfolio("framework", "import", sheet, "-o", output, *SEED_OPTIONS)

    assert result.code == 0, result.stderr
    assert result.stdout == ""
    assert result.problems == []
    framework, problems = load_framework(output, "framework.yml")
    assert not problems, problems
    assert framework is not None
    assert without_lines(framework) == without_lines(seed)
    assert [level.id for level in framework.rating_scale] == [
        "unsatisfactory",
        "satisfactory",
        "good",
        "very-good",
        "excellent",
    ]


def test_an_xlsx_of_the_seed_imports_to_the_project_framework(tmp_path: Path, seed: Framework) -> None:
    """As Excel users write it: the challenge merged down its rows, the outcomes as bullets over several rows
    (a long one wrapped over two lines of its cell), headers in their own spelling."""
    rows: list[list[str | None]] = [
        [" CHALLENGE_ID", "Challenge", "section ", "Question:", "Best Practice", "outcomes"]
    ]
    merge = []
    for challenge in seed.challenges:
        first = len(rows) + 1
        for index, part in enumerate(challenge.sections):
            outcome = challenge.outcomes[index] if index < len(challenge.outcomes) else None
            if outcome and index == 0:  # wrapped in its cell, as the seed's first outcome is
                middle = outcome.index(" ", len(outcome) // 2)
                outcome = f"{outcome[:middle]}\n{outcome[middle + 1 :]}"
            cell = f"· {outcome}" if outcome else None
            rows.append(
                [
                    challenge.id if index == 0 else None,
                    challenge.title if index == 0 else None,
                    part.label,
                    part.question,
                    part.best_practice,
                    cell,
                ]
            )
        merge += [f"A{first}:A{len(rows)}", f"B{first}:B{len(rows)}"]
    sheet = write_xlsx(tmp_path / "quest.xlsx", {"Framework": rows}, merge)

    result = portfolio("framework", "import", sheet, *SEED_OPTIONS)

    assert result.code == 0, result.stderr
    assert result.problems == []
    assert without_lines(loaded(tmp_path, result.stdout)) == without_lines(seed)


def test_the_written_file_is_commented_and_names_the_rows_of_each_challenge(tmp_path: Path) -> None:
    rows = [HEADER, ["People", "Plan", "Q?", "BP."], ["Places", "Plan", "Q2?", "BP2."], ["People", "Do", "Q3?", "BP3."]]
    result = portfolio("framework", "import", write_csv(tmp_path / "sheet.csv", rows))
    assert result.code == 0, result.stderr
    text = result.stdout
    for key in ("rating_scale:", "sections:", "rollup:", "min_evidence:", "challenges:"):
        before = text.split(f"\n{key}")[0].splitlines()[-1]
        assert before.startswith("#"), f"no comment before {key}"
    assert "# People: rows 2 and 4 of sheet.csv" in text
    assert "# Places: row 3 of sheet.csv" in text
    assert "sheet.csv: 2 challenges, 2 sections, 5 rating levels" in result.stderr


def test_the_project_framework_written_out_reads_the_same(tmp_path: Path, seed: Framework) -> None:
    assert without_lines(loaded(tmp_path, framework_import.framework_yaml(seed))) == without_lines(seed)


# ------------------------------------------------------------------------------------------ texts that survive

AWKWARD = [
    "Minutes: May forum",
    "- a dash first",
    "# not a comment",
    "* starred",
    "& ampersand",
    "! bang",
    "% percent",
    "@ at",
    "` backtick",
    "| pipe",
    "> greater",
    "? question",
    '"quoted" then more',
    "'single' then more",
    "yes",
    "null",
    "~",
    "2026-05-14",
    "123",
    "1.5",
    "true",
    "ends with a colon:",
    "a # hash inside",
    "[bracketed]",
    "{braced}",
    "Égalité, café – “quotes” … 😀",
    "tab\tinside",
    "back\\slash",
    "line one\n\n  indented second: with colon\n# hash line\n- dash line\n---\n...",
]


@pytest.mark.parametrize("text", AWKWARD)
def test_texts_with_symbols_survive_word_for_word(tmp_path: Path, text: str) -> None:
    rows = [[*HEADER, "outcomes"], [text.replace("\n", " "), text.replace("\n", " "), text, text, text.split("\n")[0]]]
    framework = imported(tmp_path, rows)
    challenge = framework.challenges[0]
    assert challenge.title == " ".join(text.split())
    assert framework.sections[0].label == " ".join(text.split())
    assert challenge.sections[0].question == text
    assert challenge.sections[0].best_practice == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t:#-'\"|>&*!%@`{}[],? "), min_size=1)
)
@example("«‘")  # wrapped in curly quotes: written in straight quotes, or reading would take them for pasted ones
@example("“The plan”")
@example("Co\xadoperation")  # a soft hyphen, which framework.yml may not hold (it is pasted text): left out
@example("0\n\xad")  # a soft hyphen alone on the last line: left out with the line (CI found it)
@example("\u27a2\n0")  # a bullet first, in the list of outcomes: quoted, not read as one pasted (a random run)
def test_any_text_of_a_cell_loads_back_as_it_was(tmp_path: Path, text: str) -> None:
    cell = _clean(_INVISIBLE.sub("", _clean(text)))  # as the import reads a cell
    if not cell:
        return
    section = Section("plan", "Plan")
    framework = Framework(
        "f",
        "F",
        (Level("a", "A", 0), Level("b", "B", 1)),
        (section,),
        (Challenge("c", " ".join(cell.split()), (" ".join(cell.split()),), (ChallengeSection(section, cell, cell),)),),
    )
    assert without_lines(loaded(tmp_path, framework_import.framework_yaml(framework))) == framework


# ------------------------------------------------------------------------------------------ ids, order, scale


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Partnerships and collaboration", "partnerships-and-collaboration"),
        ("Égalité des chances", "egalite-des-chances"),
        ("Health & Safety / Wellbeing", "health-and-safety-wellbeing"),
        ("People's voice (2026)!", "peoples-voice-2026"),
        ("Straße Ærø", "strasse-aero"),
        ("  --Very   Good--  ", "very-good"),
        ("所有", ""),
        ("word " * 20, "-".join(["word"] * 12)),
    ],
)
def test_ids_are_made_from_titles(title: str, expected: str) -> None:
    assert slug(title, "") == expected


def test_ids_made_from_titles_and_labels_are_unique(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["Café culture", "Plan", "Q?", "BP."],
        ["Cafe culture!", "Plan!", "Q?", "BP."],
        ["CAFÉ-CULTURE", "所有", "Q?", "BP."],
    ]
    framework = imported(tmp_path, rows)
    assert [c.id for c in framework.challenges] == ["cafe-culture", "cafe-culture-2", "cafe-culture-3"]
    assert [c.title for c in framework.challenges] == ["Café culture", "Cafe culture!", "CAFÉ-CULTURE"]
    assert [(s.id, s.label) for s in framework.sections] == [
        ("plan", "Plan"),
        ("plan-2", "Plan!"),
        ("section-3", "所有"),
    ]


def test_an_id_given_is_kept_and_made_ids_step_aside(tmp_path: Path) -> None:
    rows = [
        ["challenge", "challenge_id", "section", "section_id", "question", "best_practice"],
        ["People", "", "Plan", "", "Q?", "BP."],
        ["Workforce", "people", "Plan", "p", "Q?", "BP."],
    ]
    framework = imported(tmp_path, rows)
    assert [(c.id, c.title) for c in framework.challenges] == [("people-2", "People"), ("people", "Workforce")]
    assert [(s.id, s.label) for s in framework.sections] == [("p", "Plan")]


def test_the_same_title_in_another_case_or_spacing_is_the_same_challenge(tmp_path: Path) -> None:
    rows = [HEADER, ["Partnerships", "Plan", "Q1?", "BP1."], ["  partnerships ", "DO", "Q2?", "BP2."]]
    rows += [["PARTNERSHIPS", "do ", "Q3?", "BP3."]]
    result = problems_of(tmp_path, rows)
    assert result.problems == [
        'sheet.csv:4: error: challenge "Partnerships" has section "DO" twice: on row 3 and on this row; keep one row per challenge section (delete this row, or merge the two)'
    ]


def test_outcomes_are_gathered_from_every_row_of_their_challenge(tmp_path: Path) -> None:
    rows = [
        [*HEADER, "outcomes"],
        ["A", "Plan", "Q?", "BP.", "First.\nSecond."],
        ["", "Do", "Q?", "BP.", "\n  Second.  \nThird.\n"],
        ["", "", "", "", "• Fourth, which\nwraps.\n• First."],
        ["B", "Plan", "Q?", "BP.", "- Own outcome."],
        ["A", "Review", "Q?", "BP.", "Fifth."],
    ]
    framework = imported(tmp_path, rows)
    assert framework.challenges[0].outcomes == ("First.", "Second.", "Third.", "Fourth, which wraps.", "Fifth.")
    assert framework.challenges[1].outcomes == ("Own outcome.",)
    assert [s.id for s in framework.challenges[0].sections] == ["plan", "do", "review"]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize(
    ("cell", "outcomes"),
    [
        (  # as the Quest sheet's Word table: a manual line break inside a bullet, after a space; a blank line
            "· Seeks to build \nnew collaborations. \n· Involves partners.\n\n· Has objectives.",
            ("Seeks to build new collaborations.", "Involves partners.", "Has objectives."),
        ),
        (
            "1. Seeks to build\nnew collaborations.\n2) Involves partners.\n(3) Has objectives.",
            ("Seeks to build new collaborations.", "Involves partners.", "Has objectives."),
        ),
        (
            "• Participation doubles from 2020 to\n2030. Partners see it.\n• Second.",
            ("Participation doubles from 2020 to 2030. Partners see it.", "Second."),
        ),
        ("No bullet on\nany line.", ("No bullet on", "any line.")),  # then each line is an outcome
    ],
    ids=["word-table", "numbered", "a-year-is-no-number", "no-bullet"],
)
def test_a_line_without_a_bullet_among_bulleted_lines_continues_the_outcome_above(
    tmp_path: Path, suffix: str, cell: str, outcomes: tuple[str, ...]
) -> None:
    rows = [[*HEADER, "outcomes"], ["A", "Plan", "Q?", "BP.", cell]]
    sheet = tmp_path / f"sheet{suffix}"
    if suffix == ".csv":
        write_csv(sheet, rows)
    else:
        write_xlsx(sheet, {"Framework": rows})
    result = portfolio("framework", "import", sheet)
    assert result.code == 0, result.stderr
    assert loaded(tmp_path, result.stdout).challenges[0].outcomes == outcomes


def test_a_challenge_without_outcomes_has_no_outcomes_key(tmp_path: Path) -> None:
    result = portfolio("framework", "import", write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP."]]))
    assert result.code == 0, result.stderr
    assert "outcomes:" not in result.stdout


def imported_sections(tmp_path: Path, rows: list[list[str]]) -> list[str]:
    """The ids of the sections, in order, of the framework `framework import` makes of a sheet of `rows`."""
    result = portfolio("framework", "import", write_csv(tmp_path / "order.csv", [HEADER, *rows]))
    assert result.code == 0, result.stderr
    return [section.id for section in loaded(tmp_path, result.stdout).sections]


def test_sections_follow_the_order_the_challenges_give_them(tmp_path: Path) -> None:
    """Sections were listed as first seen, and a first challenge without a middle section put it last (Intent,
    Impact; then Intent, Implementation, Impact): every page showed Impact before Implementation (a new
    organisation's review). They are in an order each challenge's keeps."""
    rows = [
        ["Inactive people", "Intent", "Q?", "BP."],
        ["Inactive people", "Impact", "Q?", "BP."],
        ["System", "Intent", "Q?", "BP."],
        ["System", "Implementation", "Q?", "BP."],
        ["System", "Impact", "Q?", "BP."],
    ]
    assert imported_sections(tmp_path, rows) == ["intent", "implementation", "impact"]
    rows = [
        HEADER,
        ["A", "Do", "Q?", "BP."],
        ["A", "Review", "Q?", "BP."],
        ["B", "Plan", "Q?", "BP."],
        ["B", "Do", "Q?", "BP."],
        ["B", "Impact", "Q?", "BP."],
        ["A", "Impact", "Q?", "BP."],
    ]
    result = portfolio("framework", "import", write_csv(tmp_path / "s.csv", rows))
    assert result.code == 0, result.stderr
    framework = loaded(tmp_path, result.stdout)
    assert [s.id for s in framework.sections] == ["plan", "do", "review", "impact"]  # Plan comes before B's Do
    # each challenge's sections as its rows give them
    challenge_b = result.stdout.split("- id: b\n")[1]
    assert [line.strip() for line in challenge_b.splitlines() if line.endswith(":") and "  " * 3 in line] == [
        "plan:",
        "do:",
        "impact:",
    ]


def test_sections_no_challenge_puts_in_order_keep_the_order_the_sheet_names_them(tmp_path: Path) -> None:
    """Delivery after Intent in one challenge and Review after Intent in the next put Review before Delivery on every
    page, as a new section went straight after the one before it (a review of the spec's commands)."""
    rows = [
        ["Inclusion", "Intent", "Q?", "BP."],
        ["Inclusion", "Delivery", "Q?", "BP."],
        ["Safeguarding", "Intent", "Q?", "BP."],
        ["Safeguarding", "Review", "Q?", "BP."],
        ["Volunteering", "Delivery", "Q?", "BP."],  # before Intent here: Inclusion's order comes first
        ["Volunteering", "Intent", "Q?", "BP."],
        ["Volunteering", "Learning", "Q?", "BP."],
    ]
    assert imported_sections(tmp_path, rows) == ["intent", "delivery", "review", "learning"]


def test_a_ditto_mark_is_refused_and_names_alike_but_for_accents_are_said(tmp_path: Path) -> None:
    """A ditto mark, a dash or N/A in the challenge column made a challenge of that name, and "Plán" a section of its
    own, without a word (a careless contributor's review). A ditto mark is an error at its row (an empty cell means
    the challenge above); a name that differs from one before in its accents alone is a warning."""
    rows = [
        HEADER,
        ["Inactive people", "Plan", "Q?", "BP."],
        ["\u3003", "Do", "Q?", "BP."],
        ["N/A", "Review", "Q?", "BP."],
        ["System", '"', "Q?", "BP."],
    ]
    result = portfolio("framework", "import", write_csv(tmp_path / "ditto.csv", rows))
    assert result.code == 1 and [line.split(": error: ")[0] for line in result.problems] == [
        f"{tmp_path / 'ditto.csv'}:{row}" for row in (3, 4, 5)
    ], result.problems
    assert (
        'the "challenge" cell (column A) holds "\u3003", which would be read as a challenge of that name'
        in (result.problems[0])
    )
    rows = [HEADER, ["Inactive people", "Plan", "Q?", "BP."], ["System", "Pl\u00e1n", "Q?", "BP."]]
    result = portfolio("framework", "import", write_csv(tmp_path / "alike.csv", rows))
    assert result.code == 0 and result.problems == [
        f'{tmp_path / "alike.csv"}:3: warning: section "Pl\u00e1n" differs from "Plan" (row 2) in its accents alone, '
        "and is read as another section; if it is the same, write it as on row 2"
    ], result.problems


def test_a_letter_the_spreadsheet_could_not_save_is_said_at_its_row(tmp_path: Path) -> None:
    """Excel's "CSV (Comma delimited)" writes Welsh ŵ and ŷ as "?": "Ŵyl Chwaraeon" was imported as "?yl
    Chwaraeon", its id "yl-chwaraeon", without a word (a new organisation's review). A "?" at a word's start or
    inside it, before a letter, is a warning at its row; a question mark, one before a capital (a space left out)
    and a web address's are not."""
    rows = [
        HEADER,
        ["?yl Chwaraeon", "Plan", "Why? How?", "See https://example.org/a?id=3 and www.example.org/?q=x."],
        ["", "Do", "Is it?Yes", "what?"],
        ["Gw?yl", "Plan", "Q?", "BP."],
        ["Cymru", "Plan", "Q?", "Datblygu \ufffd."],
    ]
    result = portfolio("framework", "import", write_csv(tmp_path / "ansi.csv", rows))
    assert result.code == 0 and [line.split(": warning: ")[0] for line in result.problems] == [
        f"{tmp_path / 'ansi.csv'}:{row}" for row in (2, 4, 5)
    ], result.problems
    assert result.problems[0].endswith(
        'the "challenge" cell (column A) holds "?yl Chwaraeon", where "?" stands in a word for a letter the '
        "spreadsheet could not save in this file's encoding (Excel's \"CSV (Comma delimited)\" loses Welsh ŵ and ŷ "
        'so); write the letter again, and save the sheet as "CSV UTF-8 (Comma delimited)", or import the .xlsx '
        "workbook itself"
    )
    assert 'the "best_practice" cell (column D) holds "Datblygu \ufffd."' in result.problems[2]
    rows = [HEADER, ["Ŵyl Chwaraeon", "Plan", "Why? How?", "Is it?Yes"]]
    assert portfolio("framework", "import", write_csv(tmp_path / "utf8.csv", rows)).problems == []
    # a query's "?" in an address written without https:// (a review)
    rows = [HEADER, ["Ŵyl", "Plan", "Q?", "See sportengland.org/guidance?topic=plans or bit.ly/3xYz?utm=1."]]
    assert portfolio("framework", "import", write_csv(tmp_path / "bare.csv", rows)).problems == []


def test_a_title_made_from_the_files_name_is_said(tmp_path: Path) -> None:
    """ "Csp", from csp.xlsx, went to the accreditation pack's cover without a word (a new organisation's review):
    the import says the title it made, and how to give one; not when --title gives it."""
    rows = [HEADER, ["A", "Plan", "Q?", "BP."]]
    made = portfolio("framework", "import", write_csv(tmp_path / "csp.csv", rows), "-o", tmp_path / "framework.yml")
    assert made.code == 0
    assert (
        "the framework's title is \"Csp\", made from the file's name; the overview and the accreditation pack's "
        'cover show it: to give its own, import again with --title "..." (or edit title in framework.yml)'
    ) in made.stderr
    given = portfolio("framework", "import", tmp_path / "csp.csv", "--title", "Datblygu Chwaraeon Cymru")
    assert given.code == 0 and "made from the file's name" not in given.stderr
    assert "title: Datblygu Chwaraeon Cymru" in given.stdout


def test_scale_lists_the_levels_lowest_first(tmp_path: Path) -> None:
    framework = imported(
        tmp_path, [HEADER, ["A", "Plan", "Q?", "BP."]], "--scale", " Not yet , Getting there,Très bien"
    )
    assert [(lv.id, lv.label, lv.position) for lv in framework.rating_scale] == [
        ("not-yet", "Not yet", 0),
        ("getting-there", "Getting there", 1),
        ("tres-bien", "Très bien", 2),
    ]


def test_without_scale_the_default_scale_is_said_with_how_to_give_your_own(tmp_path: Path) -> None:
    """Without --scale, Quest's five levels were written without a word: a sheet cannot carry a scale, and a new
    organisation found itself rated against levels it never chose (an outside review). With --scale, nothing is
    said."""
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    default = (
        "no --scale given: the rating scale written{to} is the default, Quest's 5 levels, lowest first: "
        "Unsatisfactory, Satisfactory, Good, Very Good, Excellent. To give your own, import again with --scale and "
        'its labels, lowest first, separated by commas, such as --scale "Weak,Sound,Strong" (or edit rating_scale in '
        "the framework file)\n"
    )
    written = portfolio("framework", "import", "s.csv", "--title", "S", "-o", "framework.yml")
    assert written.code == 0
    assert written.stderr == default.format(to=" to framework.yml") + (
        "wrote framework.yml (1 challenge, 1 section, 5 rating levels); check it with: portfolio framework check "
        "framework.yml\n"
    )
    framework = loaded(tmp_path, (tmp_path / "framework.yml").read_text(encoding="utf-8"))
    assert [lv.label for lv in framework.rating_scale] == [
        "Unsatisfactory",
        "Satisfactory",
        "Good",
        "Very Good",
        "Excellent",
    ]

    printed = portfolio("framework", "import", "s.csv", "--title", "S")
    assert printed.code == 0
    assert printed.stderr == default.format(to="") + "s.csv: 1 challenge, 1 section, 5 rating levels\n"

    given = portfolio("framework", "import", sheet, "--scale", "Weak,Sound,Strong", "--title", "S", "-o", "own.yml")
    assert given.code == 0
    assert given.stderr == (
        "wrote own.yml (1 challenge, 1 section, 3 rating levels); check it with: portfolio framework check own.yml\n"
    )
    own = loaded(tmp_path, (tmp_path / "own.yml").read_text(encoding="utf-8"))
    assert [lv.label for lv in own.rating_scale] == ["Weak", "Sound", "Strong"]


@pytest.mark.parametrize(
    ("scale", "says"),
    [
        ("Only", "has 1 level(s); a rating scale needs 2 to 10"),
        ("Poor;Fair;Good", 'a rating scale needs 2 to 10; separate the levels with commas, not ";": "Poor,Fair,Good"'),
        (",".join("ABCDEFGHIJK"), "has 11 level(s)"),
        ("Poor,,Good", "has an empty level"),
        ("Good,good", 'levels 1 and 2 ("Good" and "good") would both be called "good"'),
        ("A,B,A", 'levels 1 and 3 ("A" and "A") would both be called "a"'),  # "a bug of the command", it said
    ],
)
def test_a_scale_that_cannot_be_used_is_a_usage_error(tmp_path: Path, scale: str, says: str) -> None:
    result = portfolio("framework", "import", write_csv(tmp_path / "s.csv", [HEADER]), "--scale", scale)
    assert result.code == 2
    assert says in result.stderr
    assert result.stderr.startswith("portfolio framework import: --scale")


def test_a_tab_separated_file_is_read_by_its_name_too(tmp_path: Path) -> None:
    """docs/framework.md says a CSV may separate its cells with tabs; a file named .tsv was refused as neither a CSV
    nor a workbook (an outside review)."""
    sheet = tmp_path / "quest.tsv"
    sheet.write_text("challenge\tsection\tquestion\tbest_practice\nA\tPlan\tQ?\tBP.\n", encoding="utf-8")
    result = portfolio("framework", "import", sheet)
    assert result.code == 0, result.stderr
    framework = loaded(tmp_path, result.stdout)
    assert [(c.title, [s.label for s in c.sections]) for c in framework.challenges] == [("A", ["Plan"])]


def test_id_and_title_come_from_the_file_name(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "leisure_trust-framework.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    framework = loaded(tmp_path, portfolio("framework", "import", sheet).stdout)
    assert (framework.id, framework.title) == ("leisure-trust-framework", "Leisure trust framework")
    framework = loaded(tmp_path, portfolio("framework", "import", sheet, "--title", "Quest: Leisure").stdout)
    assert (framework.id, framework.title) == ("quest-leisure", "Quest: Leisure")
    result = portfolio("framework", "import", sheet, "--id", "Quest Leisure")
    assert result.code == 2
    assert 'must be lowercase letters, digits and hyphens, such as "quest-leisure"' in result.stderr


# ------------------------------------------------------------------------------------------- output file


def test_output_is_printed_unless_o_is_given_and_never_replaced_without_force(tmp_path: Path) -> None:
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    output = tmp_path / "framework.yml"
    printed = portfolio("framework", "import", sheet)
    assert printed.code == 0 and printed.stdout.startswith(
        "# yaml-language-server: $schema=schemas/framework.schema.json\n# The framework"
    )
    assert not output.exists()

    written = portfolio("framework", "import", sheet, "-o", output)
    assert written.code == 0 and written.stdout == ""
    assert output.read_text(encoding="utf-8") == printed.stdout

    output.write_text("mine", encoding="utf-8")
    refused = portfolio("framework", "import", sheet, "-o", output)
    assert refused.code == 2
    assert "exists already; give --force to replace it" in refused.stderr
    assert output.read_text(encoding="utf-8") == "mine"
    assert portfolio("framework", "import", sheet, "-o", output, "--force").code == 0
    assert output.read_text(encoding="utf-8") == printed.stdout
    assert portfolio("framework", "import", sheet, "-o", sheet, "--force").code == 2


OWN_FRAMEWORK = """\
id: active-communities
title: Active Communities Standard
rating_scale:
  - {id: not-yet, label: Not yet}
  - {id: meeting, label: Meeting, descriptor: Does what the standard asks.}
  - {id: exceeding, label: Exceeding}
sections:
  - {id: plan, label: Plan}
rollup: min
min_evidence: 2
max_evidence_age_days: 730
challenges:
  - id: a
    title: A
    summary: Our first challenge.
    weight: 2
    sections:
      plan: {question: Q?}
# the figures we are asked for
metrics:
  - id: partner-nps
    label: Partner NPS
    kind: nps
    section: a
    target: 30
"""


def test_a_revised_sheet_imported_over_a_framework_keeps_what_no_sheet_holds(tmp_path: Path) -> None:
    """Imported again with --force, as the docs say to import a revised sheet, the framework lost its own scale (for
    Quest's), its descriptors, settings and metrics, without a word, and every rating of the portfolio became an
    error (a new organisation's review): what a sheet cannot hold is kept from the file it replaces, and said."""
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q, revised?", "BP."], ["B", "Plan", "Q2?", "BP."]])
    output = tmp_path / "framework.yml"
    output.write_text(OWN_FRAMEWORK, encoding="utf-8")
    done = portfolio("framework", "import", sheet, "-o", output, "--force")
    assert done.code == 0, done.stderr
    assert (
        'kept from the framework.yml this replaces: its id and title ("active-communities", "Active Communities '
        'Standard"; give --id and --title to change them), the rating scale (Not yet, Meeting, Exceeding), rollup: '
        "min, "
        "min_evidence: 2, max_evidence_age_days: 730, the challenges' summaries, weights and outcomes the sheet does "
        "not give, its metrics "
        "(partner-nps)\n" in done.stderr
    )
    assert "no --scale given" not in done.stderr
    retitled = tmp_path / "retitled.yml"
    retitled.write_text(OWN_FRAMEWORK, encoding="utf-8")
    titled = portfolio("framework", "import", sheet, "-o", retitled, "--force", "--title", "Our Standard 2027")
    # only what is kept (an outside review was told the title just given was kept)
    assert 'this replaces: its id ("active-communities"; give --id to change it), the rating' in titled.stderr
    framework = loaded(tmp_path, output.read_text(encoding="utf-8"))
    before = loaded(tmp_path, OWN_FRAMEWORK)
    assert (framework.id, framework.title) == ("active-communities", "Active Communities Standard")
    assert framework.rating_scale == before.rating_scale
    assert [dataclasses.replace(metric, line=1) for metric in framework.metrics] == [
        dataclasses.replace(metric, line=1) for metric in before.metrics
    ]
    assert (framework.rollup, framework.min_evidence, framework.max_evidence_age_days) == ("min", 2, 730)
    first, second = framework.challenges
    assert (first.summary, first.weight, first.sections[0].question) == ("Our first challenge.", 2, "Q, revised?")
    assert (second.summary, second.weight) == (None, 1)
    # a scale given is the scale: the descriptor of its level of the same id stays
    output.write_text(OWN_FRAMEWORK, encoding="utf-8")
    rescaled = portfolio("framework", "import", sheet, "-o", output, "--force", "--scale", "Not yet,Meeting,Beyond")
    assert rescaled.code == 0 and "the descriptors of its levels" in rescaled.stderr, rescaled.stderr
    # the scale replaced is said, with what it does to last year's ratings (a year-two review: they were refused)
    assert (
        "replaced in the framework.yml: its rating scale (Not yet, Meeting, Exceeding), by Not yet, Meeting, Beyond; "
        "a rating of a level the new scale does not have, last year's too, is an error" in rescaled.stderr
    )
    assert "replaced in" not in done.stderr
    levels = loaded(tmp_path, output.read_text(encoding="utf-8")).rating_scale
    assert [(level.id, level.descriptor) for level in levels] == [
        ("not-yet", None),
        ("meeting", "Does what the standard asks."),
        ("beyond", None),
    ]
    # outcomes the sheet does not give are kept; a framework with errors, or not UTF-8, is refused, not lost (a
    # hostile review: Quest's scale took the place of the organisation's, without a word)
    with_outcomes = OWN_FRAMEWORK.replace(
        "    weight: 2\n", "    weight: 2\n    outcomes:\n      - Partners are involved.\n"
    )
    output.write_text(with_outcomes, encoding="utf-8")
    assert portfolio("framework", "import", sheet, "-o", output, "--force").code == 0
    assert loaded(tmp_path, output.read_text(encoding="utf-8")).challenges[0].outcomes == ("Partners are involved.",)
    for broken in (
        OWN_FRAMEWORK.replace("min_evidence: 2", "min_evidence: 0").encode(),
        OWN_FRAMEWORK.replace("Our", "Öur").encode("cp1252"),
    ):
        output.write_bytes(broken)
        refused = portfolio("framework", "import", sheet, "-o", output, "--force")
        assert refused.code == 2 and "cannot be kept" in refused.stderr and output.read_bytes() == broken, (
            refused.stderr
        )
    # a metric of a challenge the revised sheet no longer has: named at its line of the file, nothing written
    output.write_text(OWN_FRAMEWORK, encoding="utf-8")
    renamed = write_csv(tmp_path / "r.csv", [HEADER, ["B", "Plan", "Q?", "BP."]])
    refused = portfolio("framework", "import", renamed, "-o", output, "--force")
    assert refused.code == 1 and output.read_text(encoding="utf-8") == OWN_FRAMEWORK
    assert f'{output}:24: error: unknown challenge "a" in the section of metric "partner-nps"' in refused.stderr
    assert "the metrics kept from" in refused.stderr and "nothing written" in refused.stderr


def test_a_sheet_imported_over_the_blank_skeleton_names_the_framework_itself(tmp_path: Path) -> None:
    """`portfolio init --framework blank`, then the sheet imported over it as the README says: the skeleton's
    "Our quality framework" was kept, without a word, and shown on every page (a new organisation's review). The
    sheet names the framework (from its file's name, or --title); a framework of the organisation's own keeps its
    name, and says so, unless --title is given."""
    assert cli.main(["init", str(tmp_path / "new"), "--framework", "blank", "--name", "Vale"]) == 0
    output = tmp_path / "new/framework.yml"
    sheet = write_csv(tmp_path / "County Sport Standard.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    done = portfolio("framework", "import", sheet, "-o", output, "--force")
    assert done.code == 0 and "its id and title" not in done.stderr, done.stderr
    framework = loaded(tmp_path, output.read_text(encoding="utf-8"))
    assert (framework.id, framework.title) == ("county-sport-standard", "County Sport Standard")
    again = portfolio("framework", "import", sheet, "-o", output, "--force", "--title", "County Standard 2027")
    assert again.code == 0 and 'its id ("county-sport-standard"; give --id to change it)' in again.stderr
    framework = loaded(tmp_path, output.read_text(encoding="utf-8"))
    assert (framework.id, framework.title) == ("county-sport-standard", "County Standard 2027")


def test_a_revised_sheet_without_ids_keeps_the_ids_of_what_it_titles_as_before(tmp_path: Path) -> None:
    """A sheet with no challenge_id column made new ids of every challenge, from its title, and every item's maps_to
    became an error (a careless user's review): a challenge (or section) the sheet titles as the framework it
    replaces does keeps its id. A framework that does not parse is refused, not replaced, and so is a file that is
    no framework file (`-o mkdocs.yml --force` replaced the site's settings)."""
    output = tmp_path / "framework.yml"
    output.write_text(
        OWN_FRAMEWORK.replace("  - {id: plan, label: Plan}", "  - {id: p1, label: Plan}")
        .replace("  - id: a\n    title: A\n", "  - id: partners\n    title: Partnerships and collaboration\n")
        .replace("      plan: {question: Q?}", "      p1: {question: Q?}")
        .replace("    section: a\n", "    section: partners\n"),
        encoding="utf-8",
    )
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["Partnerships  and Collaboration", "Plan", "Q, revised?", "BP."]])
    done = portfolio("framework", "import", sheet, "-o", output, "--force")
    assert done.code == 0, done.stderr
    assert "the ids of p1 and partners, whose titles the sheet gives as before" in done.stderr
    framework = loaded(tmp_path, output.read_text(encoding="utf-8"))
    assert [(c.id, [part.id for part in c.sections]) for c in framework.challenges] == [("partners", ["p1"])]
    assert framework.challenges[0].summary == "Our first challenge." and framework.metrics[0].challenge == "partners"
    # an id the sheet gives itself is the id, whatever the title: the metric kept names the id before
    given = write_csv(
        tmp_path / "g.csv",
        [["challenge_id", *HEADER], ["partners-v2", "Partnerships and collaboration", "Plan", "Q?", "BP."]],
    )
    renamed = portfolio("framework", "import", given, "-o", output, "--force")
    assert renamed.code == 1 and 'unknown challenge "partners"' in renamed.stderr, renamed.stderr
    broken = OWN_FRAMEWORK + "oops: [1\n"
    output.write_text(broken, encoding="utf-8")
    refused = portfolio("framework", "import", sheet, "-o", output, "--force")
    assert refused.code == 2 and "has errors" in refused.stderr and output.read_text(encoding="utf-8") == broken
    settings = tmp_path / "mkdocs.yml"
    settings.write_text("site_name: Ours\n", encoding="utf-8")
    refused = portfolio("framework", "import", sheet, "-o", settings, "--force")
    assert refused.code == 2 and "is no framework file" in refused.stderr, refused.stderr
    assert settings.read_text(encoding="utf-8") == "site_name: Ours\n"


def test_a_framework_is_not_written_where_the_site_publishes_every_file(tmp_path: Path) -> None:
    """-o evidence/fw.yml in a project: the site would publish it, and the check reports it as a file no page names
    (an outside review); refused as the pack and the PDF are. Beside mkdocs.yml it is written."""
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    (tmp_path / "mkdocs.yml").write_text("site_name: S\ndocs_dir: evidence\n", encoding="utf-8")
    (tmp_path / "evidence").mkdir()
    refused = portfolio("framework", "import", sheet, "-o", tmp_path / "evidence" / "fw.yml")
    assert refused.code == 2 and "is inside evidence/, whose every file the site publishes" in refused.stderr
    assert not (tmp_path / "evidence" / "fw.yml").exists()
    assert portfolio("framework", "import", sheet, "-o", tmp_path / "fw.yml").code == 0


def test_the_check_commands_it_prints_work_as_printed_for_a_path_with_spaces(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`check it with: portfolio framework check some folder/our framework.yml` was four words to a shell: the
    commands, on stderr and in the file's comment (run beside the file), are copied as printed."""
    sheet = write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP."]])
    (tmp_path / "some folder").mkdir()
    written = portfolio("framework", "import", sheet, "-o", "some folder/our framework.yml")
    assert written.code == 0, written.stderr
    said = written.stderr.split("check it with: ")[1].strip()
    assert said == "portfolio framework check 'some folder/our framework.yml'"
    assert portfolio(*shlex.split(said)[1:]).code == 0
    text = (tmp_path / "some folder" / "our framework.yml").read_text(encoding="utf-8")
    commented = text.split("# Check it with `")[1].split("`")[0]
    assert commented == "portfolio framework check 'our framework.yml'"
    monkeypatch.chdir(tmp_path / "some folder")
    assert portfolio(*shlex.split(commented)[1:]).code == 0


def test_a_bad_sheet_writes_nothing(tmp_path: Path) -> None:
    output = tmp_path / "framework.yml"
    result = portfolio(
        "framework", "import", write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "", "BP."]]), "-o", output
    )
    assert result.code == 1
    assert not output.exists()
    assert result.stderr.splitlines()[-1] == "1 error; nothing written"


# --------------------------------------------------------------------------------------- bad sheets, at SHEET:ROW


def test_a_missing_column_names_the_columns_there_are(tmp_path: Path) -> None:
    rows = [["Challenge", "Section", "Question", "Best practce", "Notes"], ["A", "Plan", "Q?", "BP.", "n"]]
    result = problems_of(tmp_path, rows)
    assert result.problems == [
        'sheet.csv:1: error: there is no "best_practice" column (it is optional); the columns named in row 1 are: "Challenge", "Section", "Question", "Best practce", "Notes". Did you mean column D, "Best practce"? Rename it "best_practice", or give it another header if it holds something else. The sheet needs the columns challenge, section, question (header names in any case)',
        'sheet.csv:1: warning: column E, "Notes", is not read (the columns read are challenge, section, question, best_practice, challenge_id, section_id, outcomes)',
    ]


def test_best_practise_as_british_english_writes_it_is_the_best_practice_column(tmp_path: Path) -> None:
    """A UK trust's sheet headed "Best Practise" was refused (a new organisation's review)."""
    rows = [["Challenge", "Section", "Question", "Best Practise"], ["A", "Plan", "Q?", "Partners plan with us."]]
    output = tmp_path / "framework.yml"
    result = portfolio("framework", "import", write_csv(tmp_path / "s.csv", rows), "-o", output)
    assert result.code == 0, result.stderr
    assert "best_practice: Partners plan with us." in output.read_text()


def test_the_column_of_a_long_heading_is_suggested(tmp_path: Path) -> None:
    rows = [["Challenge", "Section", "Question", "Best practice we look for:"], ["A", "Plan", "Q?", "BP."]]
    assert (
        'Did you mean column D, "Best practice we look for:"? Rename it "best_practice", or give it another header'
        in problems_of(tmp_path, rows).stderr
    )


def test_a_column_headed_with_another_word_for_it_is_suggested(tmp_path: Path) -> None:
    """An organisation's sheet headed its sections "Stage:" got no suggestion, where "Key Question:" got one (an
    outside review)."""
    rows = [["Challenge", "Stage:", "Key Question:", "Best practice"], ["A", "Plan", "Q?", "BP."]]
    said = problems_of(tmp_path, rows).stderr
    assert 'Did you mean column B, "Stage:"? Rename it "section".' in said
    assert 'Did you mean column C, "Key Question:"? Rename it "question".' in said
    # "Lens", and the UK's "What good looks like", which was dropped with a warning (a new organisation's review)
    rows = [["Theme", "Lens", "Question", "What good looks like"], ["A", "Commit", "Q?", "BP."]]
    said = problems_of(tmp_path, rows).stderr
    assert 'Did you mean column A, "Theme"? Rename it "challenge".' in said
    assert 'Did you mean column B, "Lens"? Rename it "section".' in said
    assert 'Did you mean column D, "What good looks like"? Rename it "best_practice", or give it another' in said
    # another word for it among the header's words: "Theme title" got no suggestion (a new organisation's review)
    rows = [["Theme title", "Stage name", "Question"], ["A", "Plan", "Q?"]]
    said = problems_of(tmp_path, rows).stderr
    assert 'Did you mean column A, "Theme title"? Rename it "challenge".' in said
    assert 'Did you mean column B, "Stage name"? Rename it "section".' in said


def test_a_header_row_in_other_words_below_a_title_is_found(tmp_path: Path) -> None:
    """A title row (merged across the table) above a header row in other words ("Theme", "Stage", "Key Question")
    was taken for the header: the message named the title as the only column, and, in a CSV with semicolons, the
    title's empty cells too ("...2026/27;;;;"), never the headers to rename (a new organisation's review)."""
    title = "Shireshire Sport Partnership - Quality Framework 2026/27"
    header = ["Theme", "Stage", "Key Question", "What good looks like", "Notes"]
    rows = [[title, "", "", "", ""], ["", "", "", "", ""], header, ["Partners", "Plan", "Q?", "BP.", "Ask Jo"]]
    for delimiter in ",;":
        write_csv(tmp_path / "sheet.csv", rows, delimiter=delimiter)
        result = portfolio("framework", "import", "sheet.csv")
        assert result.code == 1, result.stderr
        said = result.stderr
        assert 'the columns named in row 3 are: "Theme", "Stage", "Key Question"' in said, delimiter
        assert 'Did you mean column A, "Theme"? Rename it "challenge".' in said, delimiter
        assert 'Did you mean column C, "Key Question"? Rename it "question".' in said, delimiter
        assert "row 1, above the header row 3, is not read" in said, delimiter
        assert ";;" not in said, delimiter
    # a title alone, whose words name a column, is no header row
    rows = [["Challenge and section guide"], header, ["Partners", "Plan", "Q?", "BP.", ""]]
    said = problems_of(tmp_path, rows).stderr
    assert "the columns named in row 2 are" in said


def test_the_heading_of_quests_own_table_is_the_best_practice_column(tmp_path: Path) -> None:
    """Quest's table heads the column "Example of Best Practice:", which was only suggested, to be renamed (an
    outside review)."""
    rows = [["Challenge", "Section", "Question", "Example of Best Practice:"], ["A", "Plan", "Q?", "Partners plan."]]
    output = tmp_path / "framework.yml"
    result = portfolio("framework", "import", write_csv(tmp_path / "s.csv", rows), "-o", output)
    assert result.code == 0, result.stderr
    assert "best_practice: Partners plan." in output.read_text()


def test_a_column_given_twice(tmp_path: Path) -> None:
    rows = [[*HEADER, "Question"], ["A", "Plan", "Q?", "BP.", "Q?"]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:1: error: columns C and E are both "question"; keep one of them, or rename the other'
    ]


def test_columns_and_rows_that_are_not_read_are_said(tmp_path: Path) -> None:
    rows = [
        ["Quest framework, 2026"],
        [],
        [*HEADER, "Outcome", "What do we currently do", ""],
        ["A", "Plan", "Q?", "BP.", "", "", "stray"],
    ]
    write_csv(tmp_path / "s.csv", rows)
    result = portfolio("framework", "import", "s.csv")
    assert result.code == 0, result.stderr
    assert result.problems == [
        's.csv:1: warning: row 1, above the header row 3, is not read; if "Quest framework, 2026" is the framework\'s '
        'title, give it with --title (it is "S")',
        's.csv:3: warning: column E, "Outcome", is not read; did you mean "outcomes"?',
        's.csv:3: warning: column F, "What do we currently do", is not read (the columns read are challenge, section, question, best_practice, challenge_id, section_id, outcomes)',
        "s.csv:3: warning: column G has no header, so it is not read (the columns read are challenge, section, question, best_practice, challenge_id, section_id, outcomes)",
    ]
    # given with --title, the title is not told to be given again (a staff member's review)
    titled = portfolio("framework", "import", "s.csv", "--title", "Quest framework 2026")
    assert titled.code == 0 and titled.problems[0] == "s.csv:1: warning: row 1, above the header row 3, is not read"


def test_cells_right_of_the_header_are_said_not_read(tmp_path: Path) -> None:
    """Cells beyond the last header cell were dropped without a word (a malformed-input review)."""
    write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", "BP.", "extra", "more"]])
    result = portfolio("framework", "import", tmp_path / "s.csv", "-o", tmp_path / "f.yml")
    assert result.code == 0, result.stderr
    assert [line.split(" (")[0] for line in result.problems] == [
        f"{tmp_path / 's.csv'}:1: warning: column E has no header, so it is not read",
        f"{tmp_path / 's.csv'}:1: warning: column F has no header, so it is not read",
    ]


def test_a_quote_never_closed_is_named_at_its_line(tmp_path: Path) -> None:
    """Read leniently, the rest of the file was one cell, and an empty best_practice was reported instead."""
    (tmp_path / "s.csv").write_text(",".join(HEADER) + '\nA,Plan,"Q?,BP.\nA,Do,Q?,BP.\n', encoding="utf-8")
    result = portfolio("framework", "import", tmp_path / "s.csv", "-o", tmp_path / "f.yml")
    said = 's.csv:2: error: a quote (") opens a cell on this line that is never closed'
    assert result.code == 2 and said in result.stderr


@pytest.mark.parametrize("empty", ["", "   ", " \n\t "])
def test_an_empty_required_cell(tmp_path: Path, empty: str) -> None:
    rows = [HEADER, ["A", "Plan", "Q?", "BP."], ["A", "Do", empty, "BP."], ["A", empty, "Q?", empty]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:3: error: the "question" cell (column C) is empty; write the question this section asks; if it is merged with the cell above, unmerge it and write the text in each row (only the "challenge" column may be left empty to mean "the challenge above")',
        'sheet.csv:4: error: the "section" cell (column B) is empty; write the section\'s label (such as Plan); if it is merged with the cell above, unmerge it and write the text in each row (only the "challenge" column may be left empty to mean "the challenge above")',
    ]  # an empty best_practice is no error: it is optional, as in framework.yml


def test_an_empty_best_practice_cell_is_left_out(tmp_path: Path) -> None:
    """best_practice is optional in framework.yml; the import refused a sheet that left it empty (an outside
    review)."""
    write_csv(tmp_path / "s.csv", [HEADER, ["A", "Plan", "Q?", ""], ["A", "Do", "Q2?", "BP."]])
    result = portfolio("framework", "import", tmp_path / "s.csv", "-o", tmp_path / "f.yml")
    assert result.code == 0 and result.problems == [], result.stderr
    framework, problems = load_framework(tmp_path / "f.yml", "f.yml")
    assert framework is not None and not problems
    plan, do = framework.challenges[0].sections
    assert (plan.question, plan.best_practice, do.best_practice) == ("Q?", "", "BP.")


def test_a_sheet_without_a_best_practice_column_imports_as_with_empty_cells(tmp_path: Path) -> None:
    """best_practice is optional in framework.yml, and its cells may be empty; a sheet without the column was
    refused (`there is no "best_practice" column`, an outside review of a new organisation). Each section is written
    without one, exactly as from a column of empty cells."""
    rows = [["Challenge", "Section", "Question"], ["A", "Plan", "Q?"], ["", "Do", "Q2?"], ["B", "Plan", "Q3?"]]
    (tmp_path / "without").mkdir()
    (tmp_path / "empty").mkdir()
    write_csv(tmp_path / "without" / "sheet.csv", rows)
    write_csv(
        tmp_path / "empty" / "sheet.csv", [[*row, "Best practice" if n == 0 else ""] for n, row in enumerate(rows)]
    )
    without = portfolio(
        "framework", "import", "without/sheet.csv", "--scale", "Weak,Strong", "--title", "S", "-o", "without/f.yml"
    )
    assert without.code == 0
    assert without.stderr == (
        "wrote without/f.yml (2 challenges, 2 sections, 2 rating levels); check it with: portfolio framework check "
        "without/f.yml\n"
    )
    text = (tmp_path / "without" / "f.yml").read_text(encoding="utf-8")
    assert "best_practice" not in text
    framework = loaded(tmp_path, text)
    assert [
        (c.title, [(s.section.label, s.question, s.best_practice) for s in c.sections]) for c in framework.challenges
    ] == [
        ("A", [("Plan", "Q?", ""), ("Do", "Q2?", "")]),
        ("B", [("Plan", "Q3?", "")]),
    ]
    empty = portfolio(
        "framework", "import", "empty/sheet.csv", "--scale", "Weak,Strong", "--title", "S", "-o", "empty/f.yml"
    )
    assert empty.code == 0, empty.stderr
    assert (tmp_path / "empty" / "f.yml").read_text(encoding="utf-8") == text


def test_excels_sep_line_is_read_as_survey_files_read_it(tmp_path: Path) -> None:
    """A sheet saved by Excel with its `sep=` first line was read with that line as its header ("there is no
    challenge column; the columns named in row 1 are: "sep=|""), or told to give it as the title (a careless
    user's review of the commands); a `sep=` naming no separator is refused at line 1."""
    (tmp_path / "sep.csv").write_text(
        "sep=|\nchallenge|section|question\nSwimming, pools|Plan|How?\n", encoding="utf-8"
    )
    done = portfolio("framework", "import", "sep.csv", "--scale", "Weak,Strong", "-o", "framework.yml")
    assert done.code == 0, done.stderr
    framework = loaded(tmp_path, (tmp_path / "framework.yml").read_text(encoding="utf-8"))
    assert [(c.title, [s.question for s in c.sections]) for c in framework.challenges] == [
        ("Swimming, pools", ["How?"])
    ]
    (tmp_path / "bad.csv").write_text("sep=x\nchallenge,section,question\nA,Plan,Q?\n", encoding="utf-8")
    refused = portfolio("framework", "import", "bad.csv", "--scale", "Weak,Strong")
    assert refused.code == 2 and 'bad.csv:1: the first line, "sep=x", reads as Excel\'s hint' in refused.stderr


def test_the_question_column_is_still_needed(tmp_path: Path) -> None:
    """framework.yml needs each section's question (docs/framework.md): a sheet without the column is refused, and
    says no more about best practice, which it may leave out."""
    rows = [["Challenge", "Section"], ["A", "Plan"]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:1: error: there is no "question" column; the columns named in row 1 are: "Challenge", "Section". '
        "The sheet needs the columns challenge, section, question (header names in any case)"
    ]


def test_a_section_row_before_any_challenge(tmp_path: Path) -> None:
    rows = [HEADER, ["  ", "Plan", "Q?", "BP."], ["A", "Plan", "Q?", "BP."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:2: error: this row comes before any challenge: its "challenge" cell (column A) is empty and no row above names one; write the challenge\'s title in it'
    ]


def test_an_empty_challenge_cell_means_the_challenge_above(tmp_path: Path) -> None:
    rows = [
        HEADER,
        ["A", "Plan", "Q1?", "BP1."],
        ["", "Do", "Q2?", "BP2."],
        ["B", "Plan", "Q3?", "BP3."],
        [" ", "Do", "Q4?", "BP4."],
    ]
    framework = imported(tmp_path, rows)
    assert [(c.id, [s.question for s in c.sections]) for c in framework.challenges] == [
        ("a", ["Q1?", "Q2?"]),
        ("b", ["Q3?", "Q4?"]),
    ]


def test_duplicate_challenge_sections(tmp_path: Path) -> None:
    rows = [HEADER, ["A", "Plan", "Q?", "BP."], ["A", "Do", "Q?", "BP."], ["", "plan", "Q again?", "BP."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:4: error: challenge "A" has section "Plan" twice: on row 2 and on this row; keep one row per challenge section (delete this row, or merge the two)'
    ]


def test_one_id_with_two_names(tmp_path: Path) -> None:
    rows = [
        ["challenge_id", "challenge", "section_id", "section", "question", "best_practice"],
        ["p", "Partnerships", "plan", "Plan", "Q?", "BP."],
        ["p", "Partnership", "do", "Do", "Q?", "BP."],
        ["q", "People", "plan", "Planning", "Q?", "BP."],
    ]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:3: error: challenge id "p" (column A, "challenge_id") is given to two challenges, "Partnership" here and "Partnerships" on row 2; give each its own id in that column, or leave the cell empty so that one is made from the title (if they are one challenge, write its title as on row 2)',
        'sheet.csv:4: error: section id "plan" (column C, "section_id") is given to two sections, "Planning" here and "Plan" on row 2; give each its own id in that column, or leave the cell empty so that one is made from the label (if they are one section, write its label as on row 2)',
    ]


def test_one_name_with_two_ids(tmp_path: Path) -> None:
    """A title given a second id (a copied row whose id was changed, or a mistyped id) made a second challenge of the
    same title without a word (an outside review): a warning at its row, naming both ids."""
    rows = [
        ["challenge_id", "challenge", "section_id", "section", "question", "best_practice"],
        ["p1", "Partnerships", "plan", "Plan", "Q?", "BP."],
        ["p1", "Partnerships", "do", "Do", "Q?", "BP."],
        ["p2", "Partnerships", "plan", "Plan", "Q?", "BP."],
        ["p3", "People", "plan2", "Review", "Q?", "BP."],
        ["p4", "partnerships", "", "Do", "Q?", "BP."],
    ]
    write_csv(tmp_path / "sheet.csv", rows)
    result = portfolio("framework", "import", "sheet.csv")
    assert result.problems == [
        'sheet.csv:4: warning: challenge "Partnerships" is given id "p2" here and "p1" on row 2 (column A, "challenge_id"), and is read as two challenges of one title; if it is one, give it the same id on both rows (or leave this row\'s cell empty); if two, give this one a title of its own',
        'sheet.csv:6: warning: challenge "partnerships" is given id "p4" here and "p1" on row 2 (column A, "challenge_id"), and is read as two challenges of one title; if it is one, give it the same id on both rows (or leave this row\'s cell empty); if two, give this one a title of its own',
    ]
    assert result.code == 0 and [challenge.title for challenge in loaded(tmp_path, result.stdout).challenges] == [
        "Partnerships",
        "Partnerships",
        "People",
        "partnerships",
    ]


def test_sections_of_one_label_in_two_challenges_are_no_clash(tmp_path: Path) -> None:
    """Two sections of one label, each of its own challenge (p-plan and w-plan, both "Plan"), were refused by
    framework.yml and by the import (a false-positive review): a heading is read within its challenge, so only two
    of one challenge may be taken for each other. The framework imported loads back, with no problem."""
    rows = [
        ["challenge_id", "challenge", "section_id", "section", "question", "best_practice"],
        ["partnerships", "Partnerships", "p-plan", "Plan", "Q?", "BP."],
        ["workforce", "Workforce", "w-plan", "Plan", "Q?", "BP."],
    ]
    framework = imported(tmp_path, rows)
    assert [(s.id, s.label) for s in framework.sections] == [("p-plan", "Plan"), ("w-plan", "Plan")]


@pytest.mark.parametrize(
    ("rows", "said"),
    [
        pytest.param(
            [["p1", "Partnerships", "plan", "Plan"], ["p1", "Partnerships", "plan2", "plan"]],
            [
                'sheet.csv:3: error: section "plan" (section_id plan2) is called "plan" here (as its label), which is '
                'read as the label "Plan" of section "Plan" (section_id plan) on row 2: a self-assessment\'s heading '
                '"## plan" could be either section\'s, '
                "and the text under one of them would be left out of its page and of the pack; if they are one, give "
                "both rows the same label and the same section_id (or leave this row's section_id empty); if two, "
                "give this one a label of its own"
            ],
            id="one-label-two-ids",
        ),
        pytest.param(
            [
                ["p1", "Partnerships", "", "Plan"],
                ["p1", "Partnerships", "", "Plan & do"],
                ["p1", "Partnerships", "plan", "Planning"],
                ["p1", "Partnerships", "", "Plan and do"],
            ],
            [
                'sheet.csv:4: error: section "Planning" (section_id plan) is called "plan" here (as its id), which is '
                "read as the label "
                '"Plan" of section "Plan" on row 2: a self-assessment\'s heading "## Plan" could be either section\'s, '
                "and the text under one of them would be left out of its page and of the pack; give this section a "
                "section_id of its own",
                'sheet.csv:5: error: section "Plan and do" is called "Plan and do" here (as its label), which is read '
                'as the label "Plan & do" of section "Plan & do" on row 3: a self-assessment\'s heading "## Plan and '
                "do\" could be either section's, and the text under one of them would be left out of its page and of "
                "the pack; if they are one, give both rows the same label and the same section_id (or leave this "
                "row's section_id empty); if two, give this one a label of its own",
            ],
            id="an-id-that-is-a-label-and-labels-a-heading-reads-alike",
        ),
    ],
)
def test_sections_called_alike_are_an_error_at_the_row_of_the_second(
    tmp_path: Path, rows: list[list[str]], said: list[str]
) -> None:
    """Two sections of one label given two ids were warned of, and framework.yml refuses them (a self-assessment's
    heading would name either); two whose labels a heading reads alike ("Plan & do", "Plan and do"), or one whose
    section_id is another's label, made a framework.yml that did not load back, and the command said it had a bug:
    each is an error at the row of the second, and nothing is written."""
    header = ["challenge_id", "challenge", "section_id", "section", "question", "best_practice"]
    result = problems_of(tmp_path, [header, *([*row, "Q?", "BP."] for row in rows)])
    assert result.problems == said
    assert "does not load back" not in result.stderr


def test_an_id_given_to_two_names_the_column_as_headed_and_does_not_merge_the_rows(tmp_path: Path) -> None:
    """The row whose id is another's is read as its own challenge (or section): its sections are not told to come
    twice in the other's."""
    rows = [
        ["Challenge", "Challenge ID", "Section", "Section_ID", "Question"],
        ["Leadership", "lead", "Plan", "plan", "q"],
        ["", "", "Do", "do", "q2"],
        ["People", "lead", "Plan", "plan", "q3"],
        ["Money", "money", "Plan", "plan", "q4"],
        ["", "", "Review", "plan", "q5"],
    ]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:4: error: challenge id "lead" (column B, "Challenge ID") is given to two challenges, "People" here and "Leadership" on row 2; give each its own id in that column, or leave the cell empty so that one is made from the title (if they are one challenge, write its title as on row 2)',
        'sheet.csv:6: error: section id "plan" (column D, "Section_ID") is given to two sections, "Review" here and "Plan" on row 2; give each its own id in that column, or leave the cell empty so that one is made from the label (if they are one section, write its label as on row 2)',
    ]


def test_an_id_that_cannot_be_one(tmp_path: Path) -> None:
    rows = [["challenge_id", *HEADER], ["Part nerships/1", "A", "Plan", "Q?", "BP."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:2: error: challenge_id "Part nerships/1" (column A) may hold only letters, digits, "-", "_" and "." (no spaces or "/"), and not end with "."; write "part-nerships-1" instead, or leave the cell empty to make the id from the title'
    ]


def test_a_challenge_with_no_section(tmp_path: Path) -> None:
    rows = [[*HEADER, "outcomes"], ["A", "Plan", "Q?", "BP.", ""], ["B", "", "", "", "Some outcome."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:3: error: challenge "B" has no section: no row of it gives a section and a question; add a row for each section it is assessed on, or, if the row is a note below the table, delete it'
    ]


def test_an_invisible_character(tmp_path: Path) -> None:
    rows = [HEADER, ["A", "Plan", "Q?", "Best\x07 practice."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:2: error: the "best_practice" cell (column D) holds an invisible character (U+0007, a control character), usually pasted from a word processor; retype the text of that cell'
    ]


def test_a_formula_saved_without_its_value_is_named_as_such(tmp_path: Path) -> None:
    """A workbook written by a program (not Excel) holds formulas without their values: such a cell read as empty,
    and the message said to write text in a cell that showed it in Excel (an outside review)."""
    sheet = write_xlsx(tmp_path / "f.xlsx", {"Framework": [HEADER, ["A", "Plan", "Q?", '=CONCAT("B", "P")']]})
    result = portfolio("framework", "import", sheet)
    assert result.code == 1 and (
        'f.xlsx:2: error: the "best_practice" cell (column D) holds a formula saved without its value' in result.stderr
    ), result.stderr
    # a challenge's title so made was read as empty, its row as one more of the challenge above (an outside review)
    rows = [HEADER, ["A", "Plan", "Q?", "BP."], ['="Wellbeing"', "Do", "Q2?", "BP."]]
    result = portfolio("framework", "import", write_xlsx(tmp_path / "g.xlsx", {"Framework": rows}))
    assert result.code == 1 and (
        'g.xlsx:3: error: the "challenge" cell (column A) holds a formula saved without its value' in result.stderr
    ), result.stderr


def test_a_formula_error_is_not_read_as_text(tmp_path: Path) -> None:
    """A cell showing #REF! (its formula's row deleted) was imported as the question "#REF!"; in a CSV file, which
    saves what the cell shows, and in a workbook, which saves the error as such; the cell is not said to be empty too."""
    rows = [HEADER, ["A", "Plan", "#REF!", "BP."], ["A", "Do", "Q?", " #N/A "]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:2: error: the "question" cell (column C) shows #REF!, the error of a formula, not text; correct the formula in the spreadsheet, or write the text itself in the cell',
        'sheet.csv:3: error: the "best_practice" cell (column D) shows #N/A, the error of a formula, not text; correct the formula in the spreadsheet, or write the text itself in the cell',
    ]
    sheet = write_xlsx(tmp_path / "f.xlsx", {"Framework": [HEADER, ["A", "Plan", "Q?", "#DIV/0!"]]})
    result = portfolio("framework", "import", sheet)
    assert result.code == 1 and result.problems == [
        f'{sheet}:2: error: the "best_practice" cell (column D) shows #DIV/0!, the error of a formula, not text; correct the formula in the spreadsheet, or write the text itself in the cell'
    ]


def test_a_hidden_row_is_imported_and_said_to_be_hidden(tmp_path: Path) -> None:
    """A row Excel hides (an old question kept out of sight) was imported without a word; an empty hidden row, or
    a visible one, is not named."""
    path = write_xlsx(
        tmp_path / "f.xlsx",
        {
            "Framework": [
                HEADER,
                ["A", "Plan", "Q?", "BP."],
                ["A", "Do", "Old question?", "BP."],
                [],
                ["A", "Review", "Q?", "BP."],
            ]
        },
    )
    workbook = openpyxl.load_workbook(path)
    for number in (3, 4):
        workbook["Framework"].row_dimensions[number].hidden = True
    workbook.save(path)
    result = portfolio("framework", "import", path)
    assert result.code == 0 and result.problems == [
        f"{path}:3: warning: this row is hidden in the workbook, and is imported like any other; unhide it to check it, and delete it if it is not part of the framework"
    ], result.stderr
    assert "Old question?" in result.stdout


def test_a_character_that_takes_no_room_on_screen(tmp_path: Path) -> None:
    """A zero-width space (from a web page or a word processor) went into framework.yml unseen (an outside review)."""
    rows = [HEADER, ["Part\u200bners", "Plan", "Q?", "BP."]]
    assert problems_of(tmp_path, rows).problems == [
        'sheet.csv:2: error: the "challenge" cell (column A) holds an invisible character (U+200B, zero width space), usually pasted from a word processor; retype the text of that cell'
    ]


def test_a_cell_too_long_for_csv_is_named_at_its_line(tmp_path: Path) -> None:
    """Python's CSV reader refuses a cell over 128 KB: the message had no line (an outside review)."""
    sheet = write_csv(tmp_path / "big.csv", [HEADER, ["A", "Plan", "Q?", "BP."], ["B", "Plan", "x" * 140_000, "BP."]])
    result = portfolio("framework", "import", sheet)
    assert (
        result.code == 2
        and "big.csv:3: the file cannot be read as CSV (a cell on this line holds more than 128 KB" in result.stderr
    )


def test_word_line_breaks_are_line_breaks(tmp_path: Path) -> None:
    rows = [HEADER, ["A", "Plan", "Q?", "One.\x0bTwo.\u2028Three.\r\nFour.\rFive."]]
    assert imported(tmp_path, rows).challenges[0].sections[0].best_practice == "One.\nTwo.\nThree.\nFour.\nFive."


@pytest.mark.parametrize(
    ("rows", "row", "says"),
    [
        ([], 1, "the sheet is empty"),
        ([[], [" ", ""]], 1, "the sheet is empty"),
        ([[], HEADER], 2, "the sheet has a header row (row 2) but no rows under it"),
    ],
)
def test_an_empty_sheet(tmp_path: Path, rows: list[list[str]], row: int, says: str) -> None:
    result = problems_of(tmp_path, rows)
    assert result.problems == [
        f"sheet.csv:{row}: error: {says}; write a header row naming the columns challenge, section, question (and optionally best_practice, challenge_id, section_id, outcomes), then one row per challenge section"
    ]


def test_rows_are_counted_as_a_spreadsheet_shows_them(tmp_path: Path) -> None:
    """A cell of several lines is one row; a blank line is a row."""
    rows = [HEADER, ["A", "Plan", "Line one\nline two\nline three", "BP."], [], ["A", "Do", "", "BP."]]
    assert problems_of(tmp_path, rows).problems[0].startswith('sheet.csv:4: error: the "question" cell')


# ---------------------------------------------------------------------------------------- encodings and formats


def test_utf8_with_or_without_bom_utf16_and_other_separators(tmp_path: Path) -> None:
    rows = [HEADER, ["Égalité", "Plan", "Q: où?", "£5; “BP”."]]
    # UTF-16 without its byte-order mark too: its columns were read as "c h a l l e n g e " (an outside review)
    encodings = (("utf-8", ","), ("utf-8-sig", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("utf-16-le", ","))
    for encoding, delimiter in (*encodings, ("utf-16-be", ";")):
        sheet = write_csv(tmp_path / "s.csv", rows, encoding=encoding, delimiter=delimiter)
        result = portfolio("framework", "import", sheet)
        assert result.code == 0, result.stderr
        challenge = loaded(tmp_path, result.stdout).challenges[0]
        assert (challenge.id, challenge.title, challenge.sections[0].question) == ("egalite", "Égalité", "Q: où?")
        assert challenge.sections[0].best_practice == "£5; “BP”."


def test_the_separator_is_the_one_that_names_the_columns(tmp_path: Path) -> None:
    """Excel writes semicolons where the decimal separator is a comma; a title row above may hold either."""
    for delimiter, title in ((";", "Framework, draft 2"), (",", "Framework; draft 2"), ("\t", "Framework; draft, 2")):
        rows = [[title], HEADER, ["A", "Plan", "Q; or, Q?", "BP."]]
        write_csv(tmp_path / "s.csv", rows, delimiter=delimiter)
        result = portfolio("framework", "import", "s.csv")
        assert result.code == 0, result.stderr
        assert loaded(tmp_path, result.stdout).challenges[0].sections[0].question == "Q; or, Q?"


@pytest.mark.parametrize("mark", [b"", b"\xef\xbb\xbf"], ids=["plain", "after-a-byte-order-mark"])
def test_a_cp1252_csv_is_reported_at_its_row_unless_its_encoding_is_given(tmp_path: Path, mark: bytes) -> None:
    """The byte named is the one that cannot be read, after a byte-order mark too (it was named 3 bytes early)."""
    rows = [HEADER, ["A", "Plan", "Q?", "BP."], ["A", "Do", "Q?", "Costs £5 – “cheap”."]]
    sheet = write_csv(tmp_path / "excel.csv", rows, encoding="cp1252")
    sheet.write_bytes(mark + sheet.read_bytes())
    byte = sheet.read_bytes().index(b"\xa3")
    result = portfolio("framework", "import", "excel.csv")
    assert result.code == 1
    assert result.problems == [
        f'excel.csv:3: error: the file is not UTF-8 text (byte {byte}, 0xA3, on this row cannot be read); in Excel, save it again with "Save As" → "CSV UTF-8 (Comma delimited)", or, if you know its encoding, name it with --encoding (such as --encoding cp1252 for a CSV or a text file (.txt) saved by Excel on Windows)'
    ]
    if mark:  # (a UTF-8 mark on cp1252 text: no encoding reads the whole file)
        return
    result = portfolio("framework", "import", sheet, "--encoding", "cp1252")
    assert result.code == 0, result.stderr
    assert loaded(tmp_path, result.stdout).challenges[0].sections[1].best_practice == "Costs £5 – “cheap”."
    assert portfolio("framework", "import", sheet, "--encoding", "klingon").code == 2


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("framework.json", b"{}", "is neither a CSV file (.csv, .tsv) nor an Excel workbook (.xlsx)"),
        (
            "framework.xls",
            b"\xd0\xcf\x11\xe0",
            "is a .xls spreadsheet, which is not read; save it as an Excel workbook",
        ),
        ("framework.ods", b"PK\x03\x04", "is a .ods spreadsheet"),
        ("framework.csv", b"PK\x03\x04rest", "is an Excel workbook saved under a .csv name; rename it to .xlsx"),
        ("framework.xlsx", b"not a zip", "cannot be read as an Excel workbook"),
        ("missing.csv", None, "does not exist"),
    ],
)
def test_a_file_that_cannot_be_read_is_a_usage_error(
    tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = portfolio("framework", "import", path)
    assert result.code == 2
    assert result.stdout == ""
    assert says in result.stderr, result.stderr


@pytest.mark.parametrize("name", ["Quest Partnerships.txt", "Quest Partnerships.docx"])
def test_a_document_is_refused_with_how_to_make_the_spreadsheet_of_its_table(tmp_path: Path, name: str) -> None:
    """The Quest framework arrives as a table in a Word document (or that document saved as text): the message says
    which columns the spreadsheet needs, one row per challenge section, and how to save it from Excel."""
    (tmp_path / name).write_bytes(b"\tChallenge:\n\xc2\xb7 An outcome\n" if name.endswith(".txt") else b"PK\x03\x04")
    result = portfolio("framework", "import", name)
    assert result.code == 2 and result.stdout == ""
    assert result.stderr == (
        f"portfolio framework import: {name} is a document ({Path(name).suffix}), not a spreadsheet, and only a "
        "spreadsheet is imported. Copy the framework's table into Excel (or another spreadsheet) so that it has a "
        "header row naming the columns challenge, section, question (and optionally best_practice, challenge_id, "
        "section_id, outcomes), then one row per challenge section: the challenge's title, the section's label (such "
        "as Plan), the question the section asks and its example of best practice, and the challenge's outcomes, one "
        'per line, in the outcomes cell of any of its rows. Then, in Excel, choose "Save As" → "CSV UTF-8 (Comma '
        'delimited)", and import the .csv file it saves: portfolio framework import FILE.csv -o framework.yml. '
        'docs/framework.md ("Importing a framework from a spreadsheet") describes each column\n'
    )


def test_xlsx_needs_the_sheets_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Framework": [HEADER, ["A", "Plan", "Q?", "BP."]]})
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    result = portfolio("framework", "import", sheet)
    assert result.code == 2
    assert "pip install 'evidence-portfolio[sheets]'" in result.stderr


def test_a_workbook_of_several_sheets_reads_the_first_or_the_one_named(tmp_path: Path) -> None:
    sheet = write_xlsx(
        tmp_path / "book.xlsx",
        {
            "Framework": [HEADER, ["A", "Plan", "Q?", "BP."]],
            "Notes": [["anything"]],
            "Other": [HEADER, ["B", "Do", "Q?", "BP."]],
        },
    )
    first = portfolio("framework", "import", sheet)
    assert first.code == 0, first.stderr
    assert first.problems == [
        f'{sheet}:1: warning: the workbook has 3 sheets; read the first, "Framework", and not "Notes", "Other"; to read another, give --sheet NAME'
    ]
    assert [c.id for c in loaded(tmp_path, first.stdout).challenges] == ["a"]

    other = portfolio("framework", "import", sheet, "--sheet", "Other")
    assert other.code == 0 and other.problems == []
    assert [c.id for c in loaded(tmp_path, other.stdout).challenges] == ["b"]

    notes = portfolio("framework", "import", sheet, "--sheet", "Notes")
    assert notes.code == 1
    assert 'there is no "challenge" column; the columns named in row 1 are: "anything".' in notes.stderr
    assert "--sheet NAME" not in notes.stderr

    instructions = write_xlsx(tmp_path / "b.xlsx", {"Read me": [["How to fill in"]], "Notes": [["anything"]]})
    wrong = portfolio("framework", "import", instructions)
    assert wrong.code == 1
    assert 'this is the first sheet of the workbook, and the others are "Notes": give --sheet NAME' in wrong.stderr
    # the one other sheet with the columns, below a title row, is named (a new organisation's review)
    sheets = {"Read me": [["How to fill in"]], "Our framework": [["Title"], [], ["Challenge", "Section", "Question"]]}
    wrong = portfolio("framework", "import", write_xlsx(tmp_path / "c.xlsx", sheets | {"Scores": [["x"]]}))
    assert wrong.code == 1
    assert (
        'the others are "Our framework", "Scores"; sheet "Our framework" has them: give --sheet "Our framework"'
        in wrong.stderr
    )

    missing = portfolio("framework", "import", sheet, "--sheet", "Nope")
    assert missing.code == 2
    assert 'has no such sheet; its sheets are: "Framework", "Notes", "Other"' in missing.stderr


def test_a_workbook_whose_first_sheet_is_hidden_reads_the_first_shown(tmp_path: Path) -> None:
    """Excel shows the second sheet of a workbook whose first is hidden: that was read, with errors about its
    columns and no word of its being hidden (an outside review)."""
    import openpyxl

    sheet = write_xlsx(
        tmp_path / "book.xlsx", {"Hidden": [["scratch"]], "Framework": [HEADER, ["A", "Plan", "Q?", "BP."]]}
    )
    workbook = openpyxl.load_workbook(sheet)
    workbook["Hidden"].sheet_state = "hidden"
    workbook.save(sheet)
    read = portfolio("framework", "import", sheet)
    assert read.code == 0, read.stderr
    assert read.problems == [
        f'{sheet}:1: warning: the workbook has 2 sheets; read the first shown, "Framework", and not "Hidden"; to read '
        "another, give --sheet NAME"
    ]
    assert [c.id for c in loaded(tmp_path, read.stdout).challenges] == ["a"]


def test_xlsx_rows_are_its_row_numbers_and_merged_challenges_are_understood(tmp_path: Path) -> None:
    rows: list[list[str | None]] = [
        ["Title of the workbook"],
        [],
        HEADER,
        ["Partnerships", "Plan", "Q1?", "BP1."],
        [None, "Do", "Q2?", "BP2."],
        [],
        [None, "Review", None, "BP3."],
    ]
    sheet = write_xlsx(tmp_path / "s.xlsx", {"Framework": rows}, merge=["A4:A7"])
    result = portfolio("framework", "import", sheet)
    assert result.code == 1
    assert result.problems[0] == (
        f'{sheet}:1: warning: row 1, above the header row 3, is not read; if "Title of the workbook" is the '
        'framework\'s title, give it with --title (it is "S")'
    )
    titled = portfolio("framework", "import", sheet, "--title", "Title of the workbook")
    assert titled.problems[0] == f"{sheet}:1: warning: row 1, above the header row 3, is not read", "given: no hint"
    assert result.problems[1].startswith(f'{sheet}:7: error: the "question" cell (column C) is empty')


def test_numbers_and_dates_in_xlsx_cells_read_as_shown(tmp_path: Path) -> None:
    import datetime

    rows: list[list[object]] = [HEADER, ["A", 2026, 1.5, datetime.date(2026, 5, 14)]]
    sheet = write_xlsx(tmp_path / "s.xlsx", {"F": rows})  # type: ignore[dict-item]
    result = portfolio("framework", "import", sheet)
    assert result.code == 0, result.stderr
    framework = loaded(tmp_path, result.stdout)
    assert (framework.sections[0].id, framework.sections[0].label) == ("2026", "2026")
    assert framework.challenges[0].sections[0].question == "1.5"
    assert framework.challenges[0].sections[0].best_practice == "2026-05-14"


# ---------------------------------------------------------------------------------------- round trip: a site


def test_an_imported_framework_builds_a_site(tmp_path: Path, project: Project) -> None:
    rows = [
        [*HEADER, "outcomes"],
        [
            "Partnerships & collaboration",
            "Plan",
            "How: do you plan?",
            "- Partners plan with us.",
            "• We plan with partners.",
        ],
        ["", "Do", "How do you work?", "Line one.\n\nLine two: more.", ""],
        ["Café people", "Plan", "Who plans?", "#1 best", ""],
    ]
    result = portfolio(
        "framework", "import", write_csv(tmp_path / "sheet.csv", rows), "-o", project.root / "framework.yml", "--force"
    )
    assert result.code == 0, result.stderr
    project.item(
        "a.md",
        "title: Minutes\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships-and-collaboration/plan\nvisibility: public",
    )

    build = project.build(strict=True)

    assert not build.failed, build.error + "\n".join(build.log)
    challenges = build.portfolio["challenges"]
    assert [(c["id"], c["title"]) for c in challenges] == [
        ("partnerships-and-collaboration", "Partnerships & collaboration"),
        ("cafe-people", "Café people"),
    ]
    site = build.all_output()
    for text in (
        "How: do you plan?",
        "- Partners plan with us.",
        "Line two: more.",
        "#1 best",
        "We plan with partners.",
    ):
        assert text in site


# ------------------------------------------------------------------------------------------- framework check


def test_check_a_framework_file(tmp_path: Path) -> None:
    good = portfolio("framework", "check", REPOSITORY / "framework.yml")
    assert (good.code, good.stdout) == (0, "")
    assert "0 errors, 0 warnings (2 challenges, 5 sections, 5 rating levels)" in good.stderr

    text = (REPOSITORY / "framework.yml").read_text(encoding="utf-8")
    bad = tmp_path / "bad.yml"
    bad.write_text(text.replace("{id: do, label: Do}", "{id: plan, label: Do}"), encoding="utf-8")
    result = portfolio("framework", "check", bad)
    assert result.code == 1
    assert (
        result.stdout.splitlines()[0]
        == f'{bad}:14: error: duplicate id "plan" in sections (first on line 13); ids must be unique: give this one '
        "an id of its own"
    )

    odd = tmp_path / "odd.yml"
    odd.write_text(text.replace("rollup: median", "rollup: median\nroll_up: min"), encoding="utf-8")
    assert portfolio("framework", "check", odd).code == 0
    strict = portfolio("framework", "check", odd, "--strict")
    assert strict.code == 1
    assert strict.stdout.startswith(f"{odd}:19: warning: unknown key")

    missing = portfolio("framework", "check", tmp_path / "none.yml")
    assert missing.code == 2
    assert "none.yml does not exist" in missing.stderr

    # its problems in the order of their lines (an outside review: line 6's before line 5's)
    several = tmp_path / "several.yml"
    several.write_text(
        "id: t\ntitle: T\nrating_scale: [a, b]\nsections: [s]\nmin_evidence: 0\nrollup: average\n"
        "challenges: [{id: c, title: C, sections: {s: {question: Q}}}]\n",
        encoding="utf-8",
    )
    assert portfolio("framework", "check", several).stdout.splitlines() == [
        f'{several}:5: error: "min_evidence" must be at least 1, not 0',
        f'{several}:6: error: unknown rollup "average"; did you mean "mean"?',
    ]


def test_framework_check_reads_framework_yml_of_the_folder_it_runs_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`portfolio framework check` without FILE was a usage error (an outside review): it checks framework.yml, or,
    run in a folder of the portfolio (evidence/), the portfolio's framework (said not to exist: a later review)."""
    monkeypatch.chdir(REPOSITORY)
    done = portfolio("framework", "check")
    assert done.code == 0 and "framework.yml: 0 errors, 0 warnings (2 challenges" in done.stderr, done.stderr
    monkeypatch.chdir(REPOSITORY / "evidence" / "partnerships")
    below = portfolio("framework", "check")
    assert below.code == 0 and "../../framework.yml: 0 errors, 0 warnings (2 challenges" in below.stderr, below.stderr
    monkeypatch.chdir(tmp_path)
    missing = portfolio("framework", "check")
    assert missing.code == 2 and "framework.yml does not exist" in missing.stderr


@pytest.mark.parametrize("name", ["Quest (final).csv", "quest.XLSX", "quest.ods"])
def test_framework_check_of_a_spreadsheet_says_to_import_it_first(tmp_path: Path, name: str) -> None:
    """`portfolio framework check SHEET.csv` said "framework.yml must be a mapping of keys, not text" of a CSV file (a
    careless-user review): it says to import the spreadsheet, by the command to run."""
    sheet = write_csv(tmp_path / name, [HEADER, ["A", "Plan", "Q?", "BP."]])
    done = portfolio("framework", "check", sheet)
    assert (done.code, done.stdout) == (2, ""), done.stdout
    assert done.stderr.startswith(
        f"portfolio framework check: {sheet} is a spreadsheet, not a framework file; make the framework file from "
        f"it first: portfolio framework import {shlex.quote(str(sheet))} -o framework.yml"
    ), done.stderr


def test_framework_check_of_the_sites_settings_says_which_file_to_check() -> None:
    """`portfolio framework check mkdocs.yml` listed the tags MkDocs needs (!relative) as errors to take out (a
    careless-user review): it says the file is the site's settings, and which file is the framework."""
    done = portfolio("framework", "check", REPOSITORY / "mkdocs.yml")
    assert (done.code, done.stdout) == (2, ""), done.stdout
    assert "mkdocs.yml holds the site's settings (site_name, plugins), not a framework; check the framework file" in (
        done.stderr
    )


def test_a_challenge_named_again_after_another_is_read_as_one_and_said(tmp_path: Path) -> None:
    """A challenge's row added at the end of the sheet, after another challenge, was put with its other rows
    without a word (a new organisation's review): it still is, with a warning at its row naming the rows above."""
    header = ["challenge", "section", "question", "best_practice"]
    rows = [header, ["Safeguarding", "Plan", "Q1?", "B1."], ["Safeguarding", "Do", "Q2?", "B2."]]
    rows += [["Workforce", "Plan", "Q3?", "B3."], ["", "Do", "Q4?", "B4."], ["Safeguarding", "Review", "Q5?", "B5."]]
    result = portfolio("framework", "import", write_csv(tmp_path / "sheet.csv", rows))
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[0] == f"{tmp_path}/" + (
        'sheet.csv:6: warning: challenge "Safeguarding" comes again here, after challenge "Workforce" (its rows '
        "above: 2 and 3); its rows are read as one challenge: if this is another challenge, give it a title of its own"
    )
    framework = loaded(tmp_path, result.stdout)
    assert [[s.id for s in c.sections] for c in framework.challenges] == [["plan", "do", "review"], ["plan", "do"]]


def test_a_workbook_damaged_past_its_opening_is_a_usage_error(tmp_path: Path) -> None:
    """A sheet whose recorded checksum is wrong opens, and fails as its rows are read: a traceback (a fuzzer's
    find); it is told as a workbook that cannot be read is."""
    import struct
    import zipfile

    import openpyxl

    workbook = openpyxl.Workbook()
    for row in [HEADER, *(["People", f"Stage {n}", "How do you plan?", "BP."] for n in range(300))]:
        workbook.active.append(row)
    path = tmp_path / "framework.xlsx"
    workbook.save(path)
    with zipfile.ZipFile(path) as packed:
        checksum = packed.getinfo("xl/worksheets/sheet1.xml").CRC
    path.write_bytes(path.read_bytes().replace(struct.pack("<I", checksum), struct.pack("<I", checksum ^ 1)))
    result = portfolio("framework", "import", path)
    assert result.code == 2 and result.stdout == ""
    assert "framework.xlsx cannot be read as an Excel workbook (BadZipFile: Bad CRC-32" in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("saved_as", "encoding"),
    [("Text (Tab delimited)", "cp1252"), ("Unicode Text", "utf-16"), ("Unicode Text without its mark", "utf-16-le")],
)
def test_a_sheet_excel_saves_as_text_is_read_as_a_csv(tmp_path: Path, saved_as: str, encoding: str) -> None:
    """Excel saves a sheet as "Text (Tab delimited)" (in the computer's encoding) or as "Unicode Text" (UTF-16), both
    named .txt: each was refused as a document, told to go back to Excel (a staff walkthrough). A row naming the
    challenge and section columns makes it a sheet; one not in UTF-8 is told, with --encoding, as a CSV's is."""
    rows = [HEADER, ["Partnerships", "Plan", "How do you plan?", "A shared plan."], ["Partnerships", "Do", "Q?", "BP."]]
    text = "\r\n".join("\t".join(row) for row in rows) + "\r\n"
    (tmp_path / "Quest.txt").write_bytes(text.encode(encoding) if encoding != "utf-16" else text.encode("utf-16"))
    options = ("--encoding", "cp1252") if encoding == "cp1252" else ()
    result = portfolio("framework", "import", "Quest.txt", "-o", str(tmp_path / "framework.yml"), *options)
    assert result.code == 0, (saved_as, result.stderr)
    framework, problems = load_framework(tmp_path / "framework.yml", "framework.yml")
    assert framework is not None and not problems, problems
    assert [challenge.id for challenge in framework.challenges] == ["partnerships"]
    assert [(part.section.id, part.question) for part in framework.challenges[0].sections] == [
        ("plan", "How do you plan?"),
        ("do", "Q?"),
    ]
    if encoding == "cp1252":  # a letter outside ASCII, without --encoding: told at its row, as a CSV's is
        (tmp_path / "Quest.txt").write_bytes(text.replace("Q?", "Café?").encode("cp1252"))
        result = portfolio("framework", "import", "Quest.txt", "-o", str(tmp_path / "other.yml"))
        assert result.code == 1 and result.stderr.startswith("Quest.txt:3: error: the file is not UTF-8 text"), result
    # columns of other names, tab-separated: a sheet, whose columns are told to be named (a review of the change)
    (tmp_path / "Areas.txt").write_text("Area\tStage\tAsk\nPartnerships\tPlan\tHow?\nPartnerships\tDo\tHow?\n")
    result = portfolio("framework", "import", "Areas.txt", "-o", str(tmp_path / "areas.yml"))
    assert result.code == 1 and 'Areas.txt:1: error: there is no "challenge" column' in result.stderr, result
    # a cell holding a line break, in quotes, as Excel writes one (a review of that: taken for a document)
    (tmp_path / "Lines.txt").write_text('Area\tStage\tAsk\nPartnerships\tPlan\t"How?\nSay."\nPartnerships\tDo\tHow?\n')
    result = portfolio("framework", "import", "Lines.txt", "-o", str(tmp_path / "lines.yml"))
    assert result.code == 1 and 'Lines.txt:1: error: there is no "challenge" column' in result.stderr, result
