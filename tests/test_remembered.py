"""`portfolio check` remembered (commands/remembered.py): an unchanged project's answer is given again without
reading it, any change the answer depends on is seen, and a project whose reads the memory cannot follow is
checked afresh every time."""

from __future__ import annotations

import errno
import io
import os
import stat
import subprocess
import sys
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from conftest import Project
from evidence_portfolio import cli
from evidence_portfolio.commands import remembered

found_packages = remembered._site_packages  # (as it is, which a test adds a folder of its own to)

STALE = """\
type: evidence
title: An old minute
date: 2019-01-10
maps_to: [partnerships/do]
"""


@pytest.fixture
def memory(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folder of caches, in the test's folder, the check run in the project's folder (a check run
    elsewhere is not kept); every file trusted however recently it changed (a test writes its files an instant
    before it checks: see test_a_file_changed_an_instant_before_is_not_trusted); the suite's own folder not among
    those Python imports from, as it is not in a user's (the browser's tests write their screenshots into it as
    they run, in another process: a check answered twice saw it changed, and ran again)."""
    suite = Path(__file__).parent.resolve()
    monkeypatch.setattr(sys, "path", [folder for folder in sys.path if Path(folder or ".").resolve() != suite])
    monkeypatch.chdir(project.root)
    folder = tmp_path / "caches"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    monkeypatch.setattr(remembered, "_RACY_NS", -(10**15))
    return folder


def kept(memory: Path) -> list[Path]:
    folder = memory / "evidence-portfolio" / "checks"
    return sorted(folder.iterdir()) if folder.is_dir() else []


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
    project: Project,
    memory: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    options: tuple[str, ...],
) -> None:
    with_a_warning(project)
    monkeypatch.setenv("A_TOKEN", "s3cr3t-value")
    runs = Runs()
    first = checked(capsys, runs, str(project.root), *options)
    assert runs.count == 1
    assert "plan.txt" in first[1] and "no page refers to this file" in first[1]
    assert first[0] == (1 if options == ("--strict",) else 0)
    assert checked(capsys, never, str(project.root), *options) == first
    (answer,) = kept(memory)
    assert stat.S_IMODE(answer.stat().st_mode) == 0o600
    assert stat.S_IMODE(answer.parent.stat().st_mode) == 0o700
    assert b"s3cr3t" not in answer.read_bytes() and str(project.root).encode() in answer.read_bytes()


def test_a_new_portfolio_is_remembered(
    tmp_path: Path, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `portfolio init` writes (its mkdocs.yml names the framework with `!relative $config_dir/...` and a fence
    with `!!python/name:`) is a project whose answer is kept."""
    assert cli.main(["init", str(tmp_path / "new"), "--framework", "quest-partnerships", "--name", "Vale"]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path / "new")
    runs = Runs()
    first = checked(capsys, runs, str(tmp_path / "new"))
    assert first[0] == 0 and "0 errors" in first[2]
    assert checked(capsys, never, str(tmp_path / "new")) == first
    monkeypatch.chdir(tmp_path)  # from the folder above, which pymdownx.snippets reads from: checked afresh
    assert checked(capsys, runs, "new") == first and runs.count == 2
    assert checked(capsys, runs, "new") == first and runs.count == 3


def _deep(project: Project, folder: str) -> None:
    project.write(f"{folder}/a/b/new.md", "---\n" + STALE + "---\n")


CHANGES: dict[str, Callable[[Project, pytest.MonkeyPatch], object]] = {
    "an item's text, of the same size and time": lambda project, _: _edited_keeping_its_size_and_time(
        project.root / "evidence/partnerships/do/minute.md"
    ),
    "an item added deep down": lambda project, _: project.item(
        "partnerships/do/a/b/c/new.md", STALE.replace("An old minute", "Another")
    ),
    "an item removed": lambda project, _: (project.root / "evidence/partnerships/do/minute.md").unlink(),
    "an attachment removed": lambda project, _: (project.root / "evidence/partnerships/do/files/plan.txt").unlink(),
    "a file saved beside evidence/": lambda project, _: project.write("minute.md", "---\n" + STALE + "---\n"),
    "a file deep in a folder named as evidence/ but for its capitals": lambda project, _: _deep(
        project, "Evidence/site-visits"
    ),
    "a file deep in a built site": lambda project, _: _deep(project, "site"),
    "a file deep in node_modules": lambda project, _: _deep(project, "node_modules"),
    "a file deep in a virtual environment": lambda project, _: _deep(project, "venv"),
    "framework.yml": lambda project, _: project.write(
        "framework.yml", (project.root / "framework.yml").read_text() + "max_evidence_age_days: 5000\n"
    ),
    "mkdocs.yml": lambda project, _: project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "\nextra: {b: 1}\n"
    ),
    "a file mkdocs.yml INHERITs": lambda project, _: project.write("base.yml", "extra: {a: 2}\n"),
    "the audience in the environment": lambda _, monkeypatch: monkeypatch.setenv("PORTFOLIO_AUDIENCE", "public"),
    "any other variable": lambda _, monkeypatch: monkeypatch.setenv("SOME_VARIABLE_MKDOCS_YML_MAY_READ", "x"),
    "the day": lambda _, monkeypatch: monkeypatch.setattr(time, "strftime", lambda *form: "2099-01-01"),
    "the user's groups": lambda _, monkeypatch: monkeypatch.setattr(os, "getgroups", lambda: [4242]),
    "the folder it runs in": lambda project, _: os.chdir(project.root / "evidence"),
    "this package's code": lambda project, _: (project.root.parent / "package/site/assemble.py").write_text("b = 2\n"),
    "a module added in a package on PYTHONPATH": lambda project, _: (
        project.root.parent / "libs/mdext/sub/fancy.py"
    ).write_text("\n"),
    "a module added deep in a folder on PYTHONPATH named site-packages": lambda project, _: (
        project.root.parent / "target/site-packages/mdext/sub/fancy.py"
    ).write_text("\n"),
    "an imported module edited where it is installed": lambda project, _: _edited_keeping_its_size_and_time(
        project.root.parent / "installed/site-packages/plug/deep/module.py"
    ),
    "a package's entry points edited": lambda project, _: _edited_keeping_its_size_and_time(
        project.root.parent / "installed/site-packages/plug-1.0.dist-info/entry_points.txt"
    ),
    "a module edited in a package mkdocs.yml names, not imported": lambda project, _: _edited_keeping_its_size_and_time(
        project.root.parent / "installed/site-packages/mdx_thing/sub/module.py"
    ),
    "a template added to the theme": lambda project, _: (
        project.root.parent / "theme/partials/languages/xq.html"
    ).write_text("x"),
    "Python's warnings": lambda _, monkeypatch: monkeypatch.setattr(sys, "warnoptions", ["error"]),
}


def _edited_keeping_its_size_and_time(path: Path) -> None:
    """As a copy that keeps times (`cp -p`) would leave it."""
    before = path.stat()
    path.write_text(path.read_text(encoding="utf-8").swapcase(), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_the_answer_depends_on_is_seen(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    with_a_warning(project)
    project.write("base.yml", "extra: {a: 1}\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + (project.root / "mkdocs.yml").read_text())
    for folder in ("Evidence/site-visits", "site", "node_modules", "venv"):
        project.write(f"{folder}/a/b/old.md", "---\n" + STALE + "---\n")
    project.write("venv/pyvenv.cfg", "home = /usr/bin\n")
    package = project.root.parent / "package"  # this package as the memory sees it
    (package / "commands").mkdir(parents=True)
    (package / "site").mkdir()
    (package / "site" / "assemble.py").write_text("a = 1\n")
    monkeypatch.setattr(remembered, "__file__", str(package / "commands" / "remembered.py"))
    for folder in ("libs", "target/site-packages"):  # a package (its folder holds a module), with a folder of its own
        (project.root.parent / folder / "mdext/sub").mkdir(parents=True)
        (project.root.parent / folder / "mdext/__init__.py").write_text("\n")
    installed = project.root.parent / "installed/site-packages"  # as pip installs a package
    (installed / "plug/deep").mkdir(parents=True)
    (installed / "plug/deep/module.py").write_text("option = 'colour'\n")
    (installed / "mdx_thing/sub").mkdir(parents=True)  # looked for as a check looks for an extension
    for name in ("mdx_thing/__init__.py", "mdx_thing/sub/__init__.py", "mdx_thing/sub/module.py"):
        (installed / name).write_text("x = 1\n")
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "\nextra: {uses: mdx_thing.sub}\n")
    (installed / "plug-1.0.dist-info").mkdir()
    (installed / "plug-1.0.dist-info/entry_points.txt").write_text("[mkdocs.plugins]\n")
    monkeypatch.setattr(remembered, "_site_packages", lambda: {*found_packages(), str(installed)})
    folders = [str(project.root.parent / "libs"), str(project.root.parent / "target/site-packages"), str(installed)]
    monkeypatch.setattr(sys, "path", [*sys.path, *folders])
    monkeypatch.setitem(sys.modules, "plug.deep.module", types.ModuleType("plug.deep.module"))
    sys.modules["plug.deep.module"].__file__ = str(installed / "plug/deep/module.py")
    (project.root.parent / "theme/partials/languages").mkdir(parents=True)  # a theme's templates, installed
    found = remembered._project

    def with_the_theme(arguments: Sequence[str]) -> remembered.Read:
        read = found(arguments)
        assert read is not None
        return (*read[:2], (*read[2], str(project.root.parent / "theme")), *read[3:])

    monkeypatch.setattr(remembered, "_project", with_the_theme)
    monkeypatch.chdir(project.root)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    assert checked(capsys, runs, str(project.root)) == first and runs.count == 1  # the widest: it is remembered
    CHANGES[change](project, monkeypatch)
    again = checked(capsys, runs, str(project.root))
    assert runs.count == 2, f"{change} changed nothing"
    assert again == (cli.main(["check", str(project.root)]), *capsys.readouterr())


def test_what_a_check_imports_from_the_installed_packages_is_in_the_fingerprint(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """site-packages lies in the standard library's folder; the standard library is left out (it changes with
    Python's version), the installed packages not."""
    import yaml

    checked(capsys, Runs(), str(project.root))
    read = remembered._project(["check", str(project.root)])
    assert read is not None
    assert yaml.__file__ in read[1] and remembered.__file__ in read[1]
    assert os.__file__ not in read[1]


def test_a_change_inside_git_is_not_a_change(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No check reads .git/ (at the top of the project), which git changes as it works."""
    with_a_warning(project)
    project.write(".git/objects/ab/old", "x")
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    project.write(".git/objects/ab/new", "x")
    project.write(".git/index", "x")
    assert checked(capsys, never, str(project.root)) == first
    project.write("evidence/.git/new.md", "---\n" + STALE + "---\n")  # (not at the top: a check reads it)
    assert checked(capsys, runs, str(project.root))[0] == 0 and runs.count == 2


def _link_into(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    project.write("shared/a.md", "# Shared\n")
    os.symlink("../shared", project.root / "evidence/shared")
    return str(project.root)


def _link_to_the_disk(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    os.symlink("/", project.root / "evidence/disk")  # a check refuses it; the fingerprint went through the disk
    return str(project.root)


def _named_in_mkdocs_yml(value: str) -> Callable[[Project, pytest.MonkeyPatch], str]:
    def change(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
        monkeypatch.setenv("SHARED_SNIPPETS", "/srv/snippets")
        text = (project.root / "mkdocs.yml").read_text()
        project.write("mkdocs.yml", text + f"\nextra:\n  shared: {value}\n")
        return str(project.root)

    return change


def _naming_the_folder_it_runs_in(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "\nextra:\n  shared: .\n")
    monkeypatch.chdir(project.root.parent)  # which holds the project, and whatever else
    return "project"


def _looping_link_where_python_imports_from(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    """A folder of modules holding a link to itself (`python -m` run where `sub -> .`; /bin/X11): the check printed
    its answer, then a traceback, and exited 1 (an outside review)."""
    folder = project.root.parent / "tools"
    folder.mkdir()
    (folder / "helper.py").write_text("")
    os.symlink(".", folder / "sub")
    monkeypatch.syspath_prepend(str(folder))
    return str(project.root)


def _run_from_outside(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    """A check run from the folder above the project: pymdownx.snippets reads its `base_path` from there, `.` where
    it is not written, and the check looks at the folders above it (a review)."""
    monkeypatch.chdir(project.root.parent)
    return "project"


def _inherited_by_a_variable(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    """`INHERIT: !ENV [...]`: the file inherited was not read for what it names outside (a review)."""
    project.write("base.yml", "extra:\n  shared: /srv/snippets\n")
    project.write(
        "mkdocs.yml", "INHERIT: !ENV [PORTFOLIO_BASE, base.yml]\n" + (project.root / "mkdocs.yml").read_text()
    )
    return str(project.root)


def _another_file_of_settings_inheriting_from_outside(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    """`ci/public.yml` INHERITs a file outside the project, which may come to INHERIT mkdocs.yml: the check reads
    whether it does (a build of it without the portfolio plugin would publish every item; a review)."""
    (project.root.parent / "shared.yml").write_text("site_name: Shared settings\n")
    project.write("ci/public.yml", "INHERIT: ../../shared.yml\nplugins: [search]\n")
    return str(project.root)


def _crowded(project: Project, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(remembered, "_MOST_ENTRIES", 5)
    return str(project.root)


NOT_KEPT: dict[str, Callable[[Project, pytest.MonkeyPatch], str]] = {
    "a link to a folder of the project": _link_into,
    "a link to the whole disk": _link_to_the_disk,
    "a folder above the project in mkdocs.yml": _named_in_mkdocs_yml("[../shared]"),
    "an absolute path in mkdocs.yml": _named_in_mkdocs_yml("/srv/shared"),
    "a path in the home folder in mkdocs.yml": _named_in_mkdocs_yml("~/shared"),
    "an !ENV variable naming a path outside": _named_in_mkdocs_yml("!ENV [SHARED_SNIPPETS, snippets]"),
    "an object made by Python as mkdocs.yml is read": _named_in_mkdocs_yml("!!python/object/apply:os.getcwd []"),
    "a value naming the folder a check runs in, from outside the project": _naming_the_folder_it_runs_in,
    "a check run from outside the project": _run_from_outside,
    "a path outside holding '://'": _named_in_mkdocs_yml("[../shared/a://snippets]"),  # no web address (a review)
    "an INHERIT named by an !ENV variable": _inherited_by_a_variable,
    "another file of settings inheriting from outside": _another_file_of_settings_inheriting_from_outside,
    "more files than are looked at": _crowded,
    "a link round to itself in a folder Python imports from": _looping_link_where_python_imports_from,
    "a value within itself, by an alias": _named_in_mkdocs_yml("&shared {a: [1, *shared]}"),
}


@pytest.mark.parametrize("case", ["nothing unusual", *NOT_KEPT])
def test_a_project_whose_reads_the_memory_cannot_follow_is_checked_afresh(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    with_a_warning(project)
    folder = NOT_KEPT[case](project, monkeypatch) if case in NOT_KEPT else str(project.root)
    monkeypatch.setattr(remembered, "_project", _checked_root_found(monkeypatch))
    runs = Runs()
    first = checked(capsys, runs, folder)
    assert checked(capsys, runs, folder) == first
    if case == "nothing unusual":  # the widest: the same project otherwise is remembered
        assert runs.count == 1 and len(kept(memory)) == 1
    else:
        assert runs.count == 2 and kept(memory) == []


def _checked_root_found(monkeypatch: pytest.MonkeyPatch) -> Callable[[Sequence[str]], str | None]:
    """remembered._project, which must have found the project's settings (a case not kept must not be one whose
    settings could not be read at all)."""
    found = remembered._project

    def project(arguments: Sequence[str]) -> str | None:
        from evidence_portfolio.commands.command_line import find_project, parsed
        from evidence_portfolio.reading.settings import load_settings

        load_settings(find_project(parsed(arguments).directory))
        return found(arguments)

    return project


def test_a_link_to_the_project_led_elsewhere_is_seen(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = project.root.parent / "other"
    other.mkdir()
    for name in ("mkdocs.yml", "framework.yml"):
        (other / name).write_text((project.root / name).read_text())
    (other / "evidence").mkdir()
    with_a_warning(project)
    (project.root.parent / "current").symlink_to(project.root)
    runs = Runs()
    first = checked(capsys, runs, "../current")
    assert checked(capsys, never, "../current") == first and "plan.txt" in first[1]
    (project.root.parent / "current").unlink()
    (project.root.parent / "current").symlink_to(other)
    again = checked(capsys, runs, "../current")
    assert runs.count == 2 and "plan.txt" not in again[1]


def test_a_file_changed_an_instant_before_is_not_trusted(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(remembered, "_RACY_NS", 3_000_000_000)
    with_a_warning(project)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    assert checked(capsys, runs, str(project.root)) == first
    assert runs.count == 2 and kept(memory) == []


def test_a_file_changed_while_the_check_runs_is_seen(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer after a change is kept with the fingerprint taken as its check began (taken to see whether the
    last answer held, and taken once): a file changed while the check ran is never answered from that memory."""
    with_a_warning(project)
    minute = project.root / "evidence/partnerships/do/minute.md"
    runs = Runs()
    checked(capsys, runs, str(project.root))
    fingerprints = []
    taken = remembered._fingerprint

    def counted(*arguments: object) -> tuple[bytes, int]:
        fingerprints.append(arguments)
        return taken(*arguments)

    monkeypatch.setattr(remembered, "_fingerprint", counted)
    minute.write_text(minute.read_text().replace("An old minute", "A minute"))

    def changed_as_it_runs(arguments: Sequence[str]) -> int:
        code = runs(arguments)
        minute.write_text(minute.read_text().replace("A minute", "The minute"))
        return code

    checked(capsys, changed_as_it_runs, str(project.root))
    assert runs.count == 2 and len(fingerprints) == 1 and len(kept(memory)) == 1
    again = checked(capsys, runs, str(project.root))
    assert runs.count == 3 and again == (cli.main(["check", str(project.root)]), *capsys.readouterr())


def test_a_check_across_midnight_is_not_kept(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check counts ages from the day it began; kept, its answer would be given all the next day."""
    days = iter(["2026-12-04", "2026-12-05", "2026-12-05", "2026-12-05"])
    monkeypatch.setattr(time, "strftime", lambda *form: next(days))
    runs = Runs()
    checked(capsys, runs, str(project.root))
    assert kept(memory) == []
    checked(capsys, runs, str(project.root))
    assert len(kept(memory)) == 1 and runs.count == 2


def test_no_cache_neither_gives_nor_keeps_an_answer(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with_a_warning(project)
    runs = Runs()
    first = checked(capsys, runs, str(project.root))
    for option in ("--no-cache", "--no-c", "--n"):  # argparse reads any start of an option's name as the whole
        assert checked(capsys, runs, str(project.root), option) == first
    assert runs.count == 4 and len(kept(memory)) == 1


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


class _Full(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def answer_kept(project: Project, memory: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """A project whose answer is kept, and that answer, given again from memory (in the test's own body: pytest
    names the test's phase in the environment, which the answer depends on)."""
    with_a_warning(project)
    answered = checked(capsys, Runs(), str(project.root))
    assert len(kept(memory)) == 1 and checked(capsys, never, str(project.root)) == answered
    return answered


def test_what_cannot_print_the_answer_is_left_to_the_check(
    project: Project,
    memory: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A closed stream, a full disk, a folder that is gone: the check says what it makes of them, as without the
    memory (exit 2, "its output cannot be written"; a traceback from the memory read as exit 1)."""
    answered = answer_kept(project, memory, capsys)
    runs = Runs()
    with monkeypatch.context() as closed:
        closed.setattr(sys, "stdout", None)
        assert remembered.checked(["check", str(project.root)], lambda arguments: 7) == 7
    with monkeypatch.context() as full:
        full.setattr(sys, "stdout", _Full())
        assert remembered.checked(["check", str(project.root)], runs) == 2 and runs.count == 1
    assert "its output cannot be written" in capsys.readouterr().err
    gone = project.root.parent / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert checked(capsys, runs, str(project.root)) == answered and runs.count == 2


def test_an_answer_kept_by_another_user_damaged_or_in_the_project_is_not_read(
    project: Project,
    memory: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answered = answer_kept(project, memory, capsys)
    runs = Runs()
    (answer,) = kept(memory)
    content = bytearray(answer.read_bytes())
    content[-3] ^= 1
    answer.write_bytes(bytes(content))
    assert checked(capsys, runs, str(project.root)) == answered and runs.count == 1
    assert checked(capsys, never, str(project.root)) == answered  # (kept again, whole)
    if os.getuid() == 0:  # (only root may give a file away)
        os.chown(answer, 12345, 12345)
        assert checked(capsys, runs, str(project.root)) == answered and runs.count == 2
    (project.root / ".cache").mkdir()
    (memory.parent / "linked").symlink_to(project.root / ".cache")
    for inside in (project.root / "evidence" / "caches", memory.parent / "linked"):  # a build might publish it
        monkeypatch.setenv("XDG_CACHE_HOME", str(inside))
        assert checked(capsys, runs, str(project.root)) == answered
    assert not (project.root / "evidence" / "caches").exists() and list((project.root / ".cache").iterdir()) == []
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/caches")
    checked(capsys, runs, str(project.root))
    assert not (project.root / "relative").exists() and not Path("relative").exists()


def test_a_folder_of_answers_others_may_write_to_is_neither_read_nor_written(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cache in a folder others may write to (`/tmp/x`): another user's link there had a check delete their
    files as it kept its last answers, and a named pipe at an answer's name had it wait for ever (a review)."""
    answered = answer_kept(project, memory, capsys)  # (the widest: it is read as it is)
    runs = Runs()
    folder = memory / "evidence-portfolio" / "checks"
    (answer,) = kept(memory)
    folder.chmod(0o777)
    assert checked(capsys, runs, str(project.root)) == answered and runs.count == 1
    assert checked(capsys, runs, str(project.root)) == answered and runs.count == 2, "not kept there either"
    folder.chmod(0o700)
    answer.unlink()
    os.mkfifo(answer)
    assert checked(capsys, runs, str(project.root)) == answered and runs.count == 3
    assert stat.S_ISREG(answer.stat().st_mode), "the answer kept in its place"
    (folder / "notes.txt").write_text("Not an answer.\n")
    for number in range(remembered._KEPT + 3):
        checked(capsys, lambda arguments: 0, str(project.root) + "/." * number)
    assert (folder / "notes.txt").is_file() and len(kept(memory)) == remembered._KEPT + 1


def test_an_answer_is_kept_where_folders_are_made_writable_by_the_users_group(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Where the umask is 002 (Ubuntu's and Fedora's for a user's own group), the folder holding the folder of answers
    is made writable by the group, and no answer was ever kept (a review)."""
    before = os.umask(0o002)
    try:
        answer_kept(project, memory, capsys)
    finally:
        os.umask(before)
    assert stat.S_IMODE((memory / "evidence-portfolio").stat().st_mode) == 0o775


def test_an_answer_kept_in_another_shape_is_not_printed(
    project: Project, memory: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An answer whose checksum holds, but whose exit status or printed text is not as a check keeps them: it was
    printed, then a traceback (a review)."""
    import marshal

    answered = answer_kept(project, memory, capsys)
    (answer,) = kept(memory)
    form, read, fingerprint, code, printed = marshal.loads(answer.read_bytes()[32:])
    runs = Runs()
    for shape in ((form, read, fingerprint, "0", printed), (form, read, fingerprint, code, [(3, "x")])):
        content = marshal.dumps(shape)
        answer.write_bytes(remembered.blake2b(content, digest_size=32).digest() + content)
        assert checked(capsys, runs, str(project.root)) == answered
    assert runs.count == 2


def test_the_last_answers_are_kept(project: Project, memory: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def answer(arguments: Sequence[str]) -> int:
        print(arguments[-1])
        return 0

    for number in range(remembered._KEPT + 3):
        checked(capsys, answer, str(project.root) + "/." * number)
    assert len(kept(memory)) == remembered._KEPT


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
