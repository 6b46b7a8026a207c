"""`portfolio check` remembered (commands/remembered.py): an unchanged project's answer is given again without
reading it, and any change the answer depends on is seen."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from conftest import Project
from evidence_portfolio import cli
from evidence_portfolio.commands import remembered

STALE = """\
type: evidence
title: An old minute
date: 2019-01-10
maps_to: [partnerships/do]
"""


@pytest.fixture
def memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folder of caches, in the test's folder; every file trusted however recently it changed (a test
    writes its files an instant before it checks: see test_a_file_changed_an_instant_before_is_not_trusted)."""
    folder = tmp_path / "caches"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setattr(remembered, "_RACY_NS", -(10**15))
    return folder


class Runs:
    """`portfolio check` as the memory runs it, counted."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, arguments: Sequence[str]) -> int:
        self.count += 1
        return cli.main(arguments)


def checked(
    capsys: pytest.CaptureFixture[str], run: Callable[[Sequence[str]], int], *arguments: str
) -> tuple[int, str, str]:
    code = remembered.checked(["check", *arguments], run)
    out, err = capsys.readouterr()
    return code, out, err


def never(arguments: Sequence[str]) -> int:
    raise AssertionError("the check ran again")


def with_a_warning(project: Project) -> None:
    project.item("partnerships/do/minute.md", STALE)
    project.write("evidence/partnerships/do/files/plan.txt", "A plan.\n")


@pytest.mark.parametrize("options", [(), ("--strict",), ("--format", "json"), ("--format", "github")])
def test_an_unchanged_project_is_answered_from_memory(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], options: tuple[str, ...]
) -> None:
    with_a_warning(project)
    runs = Runs()
    first = checked(capsys, runs, str(project.root), *options)
    assert runs.count == 1
    assert "plan.txt" in first[1] and "no page refers to this file" in first[1]
    assert first[0] == (1 if options == ("--strict",) else 0)
    assert checked(capsys, never, str(project.root), *options) == first
    (kept,) = (memory / "evidence-portfolio" / "checks").iterdir()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert stat.S_IMODE(kept.parent.stat().st_mode) == 0o700


def _edit_keeping_size(project: Project) -> None:
    path = project.root / "evidence/partnerships/do/minute.md"
    text = path.read_text(encoding="utf-8")
    before = path.stat()
    path.write_text(text.replace("2019-01-10", "2026-01-10"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # as a copy that keeps times would leave it


def _inherited(project: Project) -> None:
    (project.root.parent / "base.yml").write_text("extra: {a: 2}\n", encoding="utf-8")


CHANGES: dict[str, Callable[[Project, pytest.MonkeyPatch], object]] = {
    "an item's text, of the same size and time": lambda project, _: _edit_keeping_size(project),
    "an item added deep down": lambda project, _: project.item(
        "partnerships/do/a/b/c/new.md", STALE.replace("An old minute", "Another")
    ),
    "an item removed": lambda project, _: (project.root / "evidence/partnerships/do/minute.md").unlink(),
    "an attachment removed": lambda project, _: (project.root / "evidence/partnerships/do/files/plan.txt").unlink(),
    "an item in a folder named as one no check reads": lambda project, _: project.item(
        "site/node_modules/new.md", STALE
    ),
    "an item in a folder evidence/ links to": lambda project, _: project.item(
        "../node_modules/pkg/shared/a/b/new.md", STALE
    ),
    "a file saved beside evidence/": lambda project, _: project.write("minute.md", "---\n" + STALE + "---\n"),
    "a file in a folder named as evidence/ but for its capitals": lambda project, _: project.write(
        "Evidence/partnerships/minute.md", "---\n" + STALE + "---\n"
    ),
    "framework.yml": lambda project, _: project.write(
        "framework.yml", (project.root / "framework.yml").read_text() + "max_evidence_age_days: 5000\n"
    ),
    "mkdocs.yml": lambda project, _: project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "\nextra: {b: 1}\n"
    ),
    "a file mkdocs.yml INHERITs from outside the project": lambda project, _: _inherited(project),
    "the audience in the environment": lambda _, monkeypatch: monkeypatch.setenv("PORTFOLIO_AUDIENCE", "public"),
    "any other variable": lambda _, monkeypatch: monkeypatch.setenv("SOME_VARIABLE_MKDOCS_YML_MAY_READ", "x"),
    "the day": lambda _, monkeypatch: monkeypatch.setattr(time, "strftime", lambda *form: "2099-01-01"),
    "the folder it runs in": lambda project, _: os.chdir(project.root / "evidence"),
    "this package's code": lambda project, _: (project.root.parent / "package/site/assemble.py").write_text("b = 2\n"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_the_answer_depends_on_is_seen(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    with_a_warning(project)
    (project.root.parent / "base.yml").write_text("extra: {a: 1}\n", encoding="utf-8")
    project.write("mkdocs.yml", "INHERIT: ../base.yml\n" + (project.root / "mkdocs.yml").read_text())
    project.write("node_modules/pkg/shared/a/b/old.md", "---\n" + STALE.replace("An old minute", "Shared") + "---\n")
    os.symlink("../node_modules/pkg/shared", project.root / "evidence/shared")
    package = project.root.parent / "package"  # this package as the memory sees it
    (package / "commands").mkdir(parents=True)
    (package / "site").mkdir()
    (package / "site" / "assemble.py").write_text("a = 1\n")
    monkeypatch.setattr(remembered, "__file__", str(package / "commands" / "remembered.py"))
    monkeypatch.chdir(project.root)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    assert checked(capsys, runs, str(project.root)) == first and runs.count == 1  # the widest: it is remembered
    CHANGES[change](project, monkeypatch)
    again = checked(capsys, runs, str(project.root))
    assert runs.count == 2, f"{change} changed nothing"
    assert again == (cli.main(["check", str(project.root)]), *capsys.readouterr())


@pytest.mark.parametrize(
    "folder", [".git/objects/ab", "site/partnerships/do", "node_modules/x/y", "venv/lib/python3/site-packages/p"]
)
def test_a_change_inside_a_folder_no_check_reads_is_not_a_change(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], folder: str
) -> None:
    with_a_warning(project)
    project.write(f"{folder}/old.md", "---\n" + STALE + "---\n")
    project.write("venv/pyvenv.cfg", "home = /usr/bin\n")
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    project.write(f"{folder}/new.md", "---\n" + STALE + "---\n")
    assert checked(capsys, never, str(project.root)) == first
    project.write(f"{folder.split('/')[0]}/new.md", "---\n" + STALE + "---\n")  # just inside: it may be read
    assert checked(capsys, runs, str(project.root)) and runs.count == 2


def test_a_link_to_a_folder_outside_the_project_is_not_followed(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A check refuses it (an error at the link); following it, the fingerprint went through the whole disk."""
    os.symlink("/", project.root / "evidence/disk")
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    assert "evidence/disk:1: error: this symbolic link leads outside" in first[1]
    assert checked(capsys, never, str(project.root)) == first


def test_a_file_changed_an_instant_before_is_not_trusted(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(memory))
    with_a_warning(project)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    assert checked(capsys, runs, str(project.root)) == first
    assert runs.count == 2 and not memory.exists()


def test_no_cache_neither_gives_nor_keeps_an_answer(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_a_warning(project)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    for option in ("--no-cache", "--no-c"):  # argparse reads a part of an option's name as the whole
        assert checked(capsys, runs, str(project.root), option) == first
    assert runs.count == 3
    assert len(list((memory / "evidence-portfolio" / "checks").iterdir())) == 1


def test_only_a_whole_answer_is_kept(project: Project, memory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    runs = Runs()
    assert checked(capsys, runs, str(project.root / "nowhere"))[0] == 2  # a usage error
    with pytest.raises(SystemExit):  # the parser's own error
        checked(capsys, runs, str(project.root), "--audience", "nobody")
    project.write("framework.yml", "id: [\n")
    assert checked(capsys, runs, str(project.root))[0] == 1  # a check that found errors is an answer
    assert checked(capsys, never, str(project.root))[0] == 1

    def stopped(arguments: Sequence[str]) -> int:
        print("half of the answer")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        checked(capsys, stopped, str(project.root), "--strict")
    assert checked(capsys, runs, str(project.root), "--strict")[0] == 1 and runs.count == 4


def test_an_answer_kept_by_another_user_or_elsewhere_is_not_read(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    (kept,) = (memory / "evidence-portfolio" / "checks").iterdir()
    if os.getuid() == 0:  # (only root may give a file away)
        os.chown(kept, 12345, 12345)
        assert checked(capsys, runs, str(project.root)) == first and runs.count == 2
    monkeypatch.setenv("XDG_CACHE_HOME", str(project.root / "evidence" / "caches"))  # it would be published
    assert checked(capsys, runs, str(project.root)) == first
    assert not (project.root / "evidence" / "caches").exists()
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/caches")
    checked(capsys, runs, str(project.root))
    assert not (project.root / "relative").exists() and not Path("relative").exists()


def test_the_last_answers_are_kept(project: Project, memory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def answer(arguments: Sequence[str]) -> int:
        print(arguments[-1])
        return 0

    for number in range(remembered._KEPT + 3):
        checked(capsys, answer, str(project.root) + "/." * number)
    assert len(list((memory / "evidence-portfolio" / "checks").iterdir())) == remembered._KEPT


def test_the_installed_command_answers_from_memory_without_reading_the_project(
    project: Project, tmp_path: Path
) -> None:
    """As a user runs it: the second check prints the same, without importing what reads a project (shown by
    Python's -X importtime, which changes nothing of the answer)."""
    with_a_warning(project)
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "caches")}
    environment.pop("PORTFOLIO_AUDIENCE", None)

    def command(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *flags, "-m", "evidence_portfolio.cli", "check", str(project.root)],
            capture_output=True,
            text=True,
            env=environment,
            cwd=project.root,
            timeout=120,
        )

    command()  # Python compiles what it imports the first time (in __pycache__, which the check's answer is kept with)
    time.sleep(remembered._RACY_NS / 1e9)  # what changed an instant before a check is not trusted
    first = command()
    assert first.returncode == 0 and "files/plan.txt:1: warning" in first.stdout
    again = command("-X", "importtime")
    imported = [line for line in again.stderr.splitlines() if line.startswith("import time:")]
    assert "evidence_portfolio.commands.remembered" in "\n".join(imported)
    assert not [line for line in imported if "evidence_portfolio.reading" in line or "yaml" in line]
    assert (again.returncode, again.stdout) == (first.returncode, first.stdout)
    assert [line for line in again.stderr.splitlines() if not line.startswith("import time:")] == (
        first.stderr.splitlines()
    )
