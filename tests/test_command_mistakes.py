"""Mistakes a user makes with the `portfolio` commands, and what each says: which file, which line, what is wrong
and how to fix it, said once, and nothing written or compared when it cannot be done well."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import Project, git
from evidence_portfolio.commands import command_line as cli


def test_a_second_self_assessment_of_the_same_title_and_day_already_exists(project: Project) -> None:
    """The second one goes to the file the first is in: it was called a second self-assessment of the challenge
    (naming that file as the other one, and said twice); it is said, once, that the file already exists, as for
    any other type, and nothing is written."""
    args = ("new", "self-assessment", "--title", "SA", "--challenge", "partnerships", "--date", "2026-12-02")
    where = ("--project", str(project.root))
    first = project.command(*args, *where)
    assert (first.code, first.stdout) == (0, "evidence/self-assessments/2026-12-02-sa.md\n"), first.stderr
    written = (project.root / "evidence/self-assessments/2026-12-02-sa.md").read_text(encoding="utf-8")
    second = project.command(*args, *where)
    assert (second.code, second.stdout, second.stderr) == (
        2,
        "",
        "portfolio new: evidence/self-assessments/2026-12-02-sa.md already exists; give another title or date\n",
    )
    assert (project.root / "evidence/self-assessments/2026-12-02-sa.md").read_text(encoding="utf-8") == written
    assert len(list((project.root / "evidence").rglob("*.md"))) == 1
    other = project.command(*args[:3], "Again", *args[4:], *where)
    assert other.code == 2 and other.stderr.count("two self-assessments") == 1, other.stderr
    assert (
        '\n--date: two self-assessments of challenge "partnerships" on 2026-12-02 (this one and '
        "evidence/self-assessments/2026-12-02-sa.md)" in other.stderr
    ), "another title on the same day is still a second self-assessment of the challenge"


def test_report_says_when_the_base_cannot_be_read(project: Project) -> None:
    """A base whose framework.yml cannot be read was compared as an empty portfolio: every covered section newly
    covered, every gap opened, and not a word about the base. The report now shows the portfolio as it is, with no
    changes, and a note names the file and line of the base's problem; it does not fail (the pull request that
    mends the base runs it)."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-qm", "good")
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write("framework.yml", framework + "broken: [\n")
    git(project, "commit", "-qam", "broken")
    project.write("framework.yml", framework)
    for output_format in ("text", "markdown", "json"):
        report = project.command("report", str(project.root), "--base", "HEAD", "--format", output_format)
        alone = project.command("report", str(project.root), "--format", output_format)
        assert (report.code, report.stdout) == (0, alone.stdout), output_format
        assert report.stderr == (
            'portfolio report: note: the project at --base "HEAD" cannot be read (at that version, framework.yml:35: '
            "error: YAML does not parse: did not find expected node content; a list in [ ] (or a mapping in { }) has "
            "an empty entry (two commas together, or a comma first) or is not closed; remove the extra comma, or close "
            "it), so this report shows the portfolio as it is, and no changes\n"
        ), output_format
    project.write("framework.yml", framework.replace("rollup: median", "rollup: average").replace("1\n", "one\n"))
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30")
    git(project, "commit", "-qam", "two errors in framework.yml, and one in evidence/a.md (listed before them)")
    project.write("framework.yml", framework)
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    report = project.command("report", str(project.root), "--base", "HEAD")
    assert report.code == 0 and "Newly covered" not in report.stdout
    assert report.stderr == (
        'portfolio report: note: the project at --base "HEAD" cannot be read (at that version, framework.yml:12: '
        'error: unknown rollup "average"; did you mean "mean"?; and 1 more error), so this report shows '
        "the portfolio as it is, and no changes\n"
    ), "the framework file's first error is named, its others counted"
    assert project.command("report", str(project.root), "--base", "HEAD~2").stderr == ""


def test_report_compares_with_a_base_before_the_portfolio(project: Project) -> None:
    """A base with no framework file yet is a version before the portfolio, not one that cannot be read: against
    it, every item is added."""
    git(project, "init", "-q", "-b", "main")
    git(project, "commit", "-q", "--allow-empty", "-m", "empty")
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    report = project.command("report", str(project.root), "--base", "main")
    assert report.code == 0 and "  - Added: A (a)\n" in report.stdout, report.stderr


def test_a_visit_on_a_day_that_does_not_exist_is_named_so(project: Project) -> None:
    """2027-02-30 is written YYYY-MM-DD: the user was told to write it so. It is said that the day does not exist,
    as `portfolio check` says of a date in a file; a date not written YYYY-MM-DD is still told how to write it."""
    for visit, message in (
        ("2027-02-30", "the date 2027-02-30 does not exist; check the month (01 to 12) and the day of the month"),
        ("2027-13-01", "the date 2027-13-01 does not exist; check the month (01 to 12) and the day of the month"),
        ("30/02/2027", '"30/02/2027" is not a date; write it as YYYY-MM-DD, for example 2027-03-15'),
        ("15/03/2027", '"15/03/2027" is not a date; write it as YYYY-MM-DD: 2027-03-15, if it means 15 March 2027'),
    ):
        done = project.command("readiness", str(project.root), "--visit", visit)
        assert done.code == 2 and done.stderr.endswith(f"portfolio readiness: error: argument --visit: {message}\n"), (
            done.stderr
        )


def test_an_overdue_action_with_an_unknown_status_is_said_of_its_status_alone(project: Project) -> None:
    """`status: completed` is an error; the overdue warning quoted the status it was read as, "None", which nobody
    wrote, and then, left out, was noise beside the error, "completed" perhaps meaning done (a careless
    contributor's review): the error alone is said. Without a status, past its due date, it is overdue."""
    project.item(
        "a.md",
        "title: Do a thing\ntype: action\nmaps_to: partnerships/plan\ndate: 2025-10-01\nowner: Jane\n"
        "due: 2026-01-01\nstatus: completed",
    )
    lines = [line for line in project.check_in_process().lines if line.startswith("evidence/a.md")]
    assert lines == ['evidence/a.md:8: error: unknown status "completed"; did you mean "done"?']
    project.item(
        "a.md",
        "title: Do a thing\ntype: action\nmaps_to: partnerships/plan\ndate: 2025-10-01\nowner: Jane\ndue: 2026-01-01",
    )
    lines = [line for line in project.check_in_process().lines if line.startswith("evidence/a.md")]
    assert lines == [
        'evidence/a.md:7: warning: overdue action: due 2026-01-01 and status "planned"; finish it and set "status: '
        'done", or agree a new due date'
    ]


def test_new_with_a_day_that_does_not_exist_is_told_so(project: Project) -> None:
    """`portfolio new --date` says what `portfolio check` says of such a date in a file, not to write YYYY-MM-DD, as
    it was written."""
    for date, message in (
        ("2026-02-30", "the date 2026-02-30 does not exist; check the month (01 to 12) and the day of the month"),
        ("0000-05-14", "the date 0000-05-14 does not exist; there is no year 0000; write the real year"),
        ("14/05/2026", '"14/05/2026" is not a date; write it as YYYY-MM-DD: 2026-05-14, if it means 14 May 2026'),
        (  # a month and a year alone (a new organisation's review: told the example date alone)
            "March 2026",
            '"March 2026" is not a date; write it as YYYY-MM-DD, with its day: 2026-03-01 for 1 March 2026, or the '
            "day it happened",
        ),
    ):
        done = project.command(
            "new",
            "evidence",
            "--title",
            "A",
            "--maps-to",
            "partnerships/plan",
            "--date",
            date,
            "--project",
            str(project.root),
        )
        assert done.code == 2 and message in done.stderr, done.stderr
        assert not list((project.root / "evidence").rglob("*-a.md"))


def test_new_takes_several_values_after_one_option_as_the_spec_writes_them(project: Project) -> None:
    """SPEC 7 writes `[--maps-to C/S ...]`: several sections after one --maps-to were refused as "unrecognized
    arguments" under the usage of `portfolio` itself (an outside review). Both ways of writing them are read."""
    done = project.command(
        "new", "case-study", "--title", "Both", "--maps-to", "partnerships/do", "partnerships/review",
        "--tag", "older-adults", "--tag", "rural", "--date", "2026-05-14", "--project", str(project.root),
    )  # fmt: skip
    assert done.code == 0, done.stderr
    text = (project.root / done.stdout.strip()).read_text(encoding="utf-8")
    assert "maps_to:\n  - partnerships/do\n  - partnerships/review\n" in text and "tags: [older-adults, rural]" in text
    said = [line for line in project.check().lines if "both" in line]
    assert all("still holds the placeholder text" in line for line in said), "the item it wrote is valid, unfinished"


def test_an_option_a_command_does_not_have_is_named_under_that_commands_usage(project: Project) -> None:
    done = project.command("check", str(project.root), "--frobnicate")
    assert done.code == 2
    assert done.stderr.startswith("usage: portfolio check [-h]")
    assert done.stderr.endswith("portfolio check: error: unrecognized arguments: --frobnicate\n")


def test_a_portfolio_renamed_for_properdocs_is_checked_and_one_with_both_files_refused(project: Project) -> None:
    """ProperDocs builds from properdocs.yml, and asks for mkdocs.yml to be renamed so: the commands refused such a
    portfolio, and beside a mkdocs.yml they checked mkdocs.yml while ProperDocs built properdocs.yml, which could
    leave the plugin out and publish every page (a hostile review)."""
    project.item("a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nsumary: x")
    mkdocs_yml = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    (project.root / "mkdocs.yml").rename(project.root / "properdocs.yml")
    alone = project.check()
    assert alone.code == 0 and "evidence/a.md:6: warning: unknown key" in alone.stdout, alone.stderr
    project.write("mkdocs.yml", mkdocs_yml)
    both = project.check()
    assert both.code == 2 and "Traceback" not in both.stderr, both.stderr
    assert "properdocs.yml and mkdocs.yml are both here: ProperDocs builds the site from properdocs.yml" in both.stderr
    built = project.build()  # MkDocs, from mkdocs.yml: both doors refuse
    assert built.failed and "mkdocs.yml:1: error: properdocs.yml and mkdocs.yml are both here" in built.log[0]


@pytest.mark.parametrize("command", [["report"], ["check"], ["check", "--format", "json"], ["readiness"]])
def test_output_that_cannot_be_written_is_said_not_a_traceback(project: Project, command: list[str]) -> None:
    """`portfolio report > /dev/full` (a full disk) ended in a traceback, and `check` so with exit 1, which reads
    as problems of the portfolio (an outside review): it is said, with exit 2."""
    if not os.path.exists("/dev/full"):
        pytest.skip("this system has no /dev/full")
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "evidence_portfolio.cli", command[0], str(project.root), *command[1:]],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    assert f"portfolio {command[0]}: its output cannot be written (No space left on device)" in done.stderr


def test_a_folder_the_command_cannot_write_to_is_said_not_a_traceback(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`portfolio new` into a folder it may not write to, and `portfolio generate --out` in one, ended in a
    traceback (an outside review, as a user without rights there): each says which file or folder, with exit 2.
    (Here a file stands where the folder should be: the tests run as root, whom no folder refuses.) Ctrl+C while
    the command's modules are still imported is said too, not a traceback."""
    project.write("evidence/partnerships/review", "a file, not a folder\n")
    new = project.command(
        "new", "evidence", "--title", "T", "--maps-to", "partnerships/review", "--project", str(project.root)
    )
    assert new.code == 2 and new.stderr.startswith(
        f"portfolio new: {project.root}/evidence/partnerships/review cannot be used (File exists); check that it is "
        "where you mean, and that you may read and write there"
    ), new.stderr
    project.write("out", "a file, not a folder\n")
    out = project.root / "out/gen"
    generated = project.command("generate", str(project.root), "--audience", "public", "--out", str(out))
    assert generated.code == 2 and generated.stderr.startswith(
        f"portfolio generate: {out} cannot be written: its folder {out.parent} cannot be (File exists); give --out "
        "a folder you may write to"
    ), generated.stderr

    def interrupted(command: str | None = None) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_parser", interrupted)
    stopped = project.command("pack")
    assert stopped.code == 130 and stopped.stderr == "portfolio pack: stopped before it began\n", stopped.stderr


@pytest.mark.parametrize(
    ("words", "unknown", "hint"),
    [
        (["case", "study"], "study", "; a type is one word, with a hyphen: portfolio new case-study"),
        (["Self", "assessment", "--title", "SA"], "assessment", "; a type is one word, with a hyphen: portfolio new self-assessment"),
        (["evidence", "Board minutes"], "Board minutes", '; give the title after --title, in quotes: --title "Board minutes"'),
        (["evidence", "Board", "minutes"], "Board minutes", '; give the title after --title, in quotes: --title "Board minutes"'),
        (["evidence", "--title", "Minutes", "extra"], "extra", ""),
    ],
)  # fmt: skip
def test_new_says_what_words_after_the_type_meant(project: Project, words: list[str], unknown: str, hint: str) -> None:
    """`portfolio new case study` and `portfolio new evidence "My title"` got only argparse's "unrecognized
    arguments" (a careless-user review): it says what was meant, and writes nothing."""
    done = project.command("new", *words, "--project", str(project.root))
    assert done.code == 2 and done.stderr.endswith(f"portfolio new: error: unrecognized arguments: {unknown}{hint}\n")
    assert not list((project.root / "evidence").rglob("*.md"))


def test_what_a_command_prints_into_a_file_in_windows_encoding_is_written_whole(project: Project) -> None:
    """Windows writes an output sent to a file in cp1252, which has no Welsh "ŵ" nor the report's "≥": a traceback,
    and an empty framework.yml (an outside review). The file is written in UTF-8."""
    project.write("cy.csv", "challenge,section,question\nLles,Cynllunio,Sut ŵyr y tîm?\n")
    imported = project.run("framework", "import", "cy.csv", env={"PYTHONIOENCODING": "cp1252"})
    assert imported.code == 0 and "Sut ŵyr y tîm?" in imported.stdout, imported.stderr
    project.item("a.md", "title: Café ✓\ntype: evidence\nmaps_to: partnerships/✓\ndate: 2026-01-01")
    checked = project.run("check", env={"PYTHONIOENCODING": "cp1252"})
    assert checked.code == 1 and 'unknown section "✓"' in checked.stdout and "Traceback" not in checked.stderr


@pytest.mark.parametrize("closed", [0, 1])
def test_a_command_run_with_its_input_or_output_closed_runs(project: Project, closed: int) -> None:
    """`portfolio new <&-` and `portfolio report >&-` ended in a traceback (an outside review): a closed input is
    no terminal, a closed output prints nowhere."""
    arguments = ["new", "evidence"] if closed == 0 else ["report"]
    done = subprocess.run(
        [sys.executable, "-m", "evidence_portfolio.cli", *arguments],
        cwd=project.root,
        capture_output=closed == 0,
        stderr=subprocess.PIPE if closed == 1 else None,
        text=True,
        timeout=120,
        preexec_fn=lambda: os.close(closed),  # a closed stream, as a shell's `<&-` closes one
    )
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == (2 if closed == 0 else 0), done.stderr


def test_new_takes_sections_in_one_word_and_says_a_partner_written_with_commas(project: Project) -> None:
    """`--maps-to "a/plan b/do"` was told to write "[a/plan, b/do]", which the command does not read; `--partner
    "Age UK, NHS Trust"` wrote one partner of both without a word (a careless user's review). Sections in one word
    are each taken; a partner, tag or author with a comma is kept as written (a name may hold one), and said."""
    made = project.command(
        "new", "evidence", "--title", "Gala", "--maps-to", "partnerships/plan partnerships/do",
        "--partner", "Age UK, NHS Trust", "--tag", "swimming", "--date", "2026-05-14", "--project", str(project.root),
    )  # fmt: skip
    assert made.code == 0, made.stderr
    text = (project.root / made.stdout.strip()).read_text(encoding="utf-8")
    assert "maps_to:\n  - partnerships/plan\n  - partnerships/do\n" in text
    assert "partners: ['Age UK, NHS Trust']\n" in text, text
    assert made.stderr == (
        'portfolio new: --partner "Age UK, NHS Trust" is kept as one partner, commas and all; for several, give each '
        "as a word of its own: --partner 'Age UK' 'NHS Trust'\n"
    )
    wrong = project.command(
        "new", "evidence", "--title", "Gala 2", "--maps-to", "partnerships/plan peple/do", "--project",
        str(project.root),
    )  # fmt: skip
    assert wrong.code == 2 and 'maps_to "partnerships/plan peple/do" must be' in wrong.stderr, wrong.stderr
