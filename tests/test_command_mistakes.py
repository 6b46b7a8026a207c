"""Mistakes a user makes with the `portfolio` commands, and what each says: which file, which line, what is wrong
and how to fix it, said once, and nothing written or compared when it cannot be done well."""

from __future__ import annotations

from conftest import Project


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
        1,
        "",
        "portfolio new: evidence/self-assessments/2026-12-02-sa.md already exists; give another title or date\n",
    )
    assert (project.root / "evidence/self-assessments/2026-12-02-sa.md").read_text(encoding="utf-8") == written
    assert len(list((project.root / "evidence").rglob("*.md"))) == 1
    other = project.command(*args[:3], "Again", *args[4:], *where)
    assert other.code == 2 and other.stderr.count("two self-assessments") == 1, other.stderr
    assert (
        'evidence/self-assessments/2026-12-02-again.md:5: error: two self-assessments of challenge "partnerships" '
        "on 2026-12-02 (this one and evidence/self-assessments/2026-12-02-sa.md)" in other.stderr
    ), "another title on the same day is still a second self-assessment of the challenge"
