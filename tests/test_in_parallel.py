"""Reading shared between processes (reading/in_parallel.py) gives what one process alone gives: the same results in
the same order, the same pages and problems of a whole project, and the same exceptions; a forked process that
fails changes nothing but the time taken."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import MappingProxyType

import pytest
import yaml

from conftest import REPOSITORY
from evidence_portfolio.reading import in_parallel, project
from evidence_portfolio.reading.in_parallel import map_in_parallel
from evidence_portfolio.reading.settings import load_settings
from evidence_portfolio.site.pages import reserved_uris

sys.path.insert(0, str(REPOSITORY / "benchmarks"))
from generate import generate

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="files are read in parallel on Linux only")


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cores, and no other thread (pytest-xdist runs one, which the command line does not): the files are
    shared between two processes here as `portfolio check` shares them."""
    monkeypatch.setattr(in_parallel, "cores", lambda: 2)
    monkeypatch.setattr(in_parallel.threading, "active_count", lambda: 1)


def tagged(number: int) -> tuple[int, int, MappingProxyType[str, int]]:
    return os.getpid(), number * 2, MappingProxyType({"n": number})


def test_results_come_back_in_order_from_two_processes(two_cores: None) -> None:
    count = 2 * in_parallel.PER_PROCESS + 7

    def slowly_tagged(number: int) -> tuple[int, int, MappingProxyType[str, int]]:
        time.sleep(0.0002)  # long enough for the forked process to start and take batches
        return tagged(number)

    results = map_in_parallel(slowly_tagged, range(count))
    assert [doubled for _, doubled, _ in results] == [n * 2 for n in range(count)]
    assert [dict(proxy) for _, _, proxy in results] == [{"n": n} for n in range(count)]
    assert all(isinstance(proxy, MappingProxyType) for _, _, proxy in results)
    pids = [pid for pid, _, _ in results]
    assert os.getpid() in pids and len(set(pids)) == 2, "both processes took batches"
    batches = [set(pids[start : start + in_parallel.BATCH]) for start in range(0, count, in_parallel.BATCH)]
    assert all(len(batch) == 1 for batch in batches), "a batch is read by one process"


def test_a_slower_process_takes_fewer_batches(two_cores: None) -> None:
    """The batches are taken in turn, not shared out at the start: a forked process slowed down (by other work on
    the machine, say) leaves more of them to this one."""
    parent = os.getpid()

    def slow_when_forked(number: int) -> int:
        time.sleep(0.002 if os.getpid() != parent else 0.0002)
        return os.getpid()

    pids = map_in_parallel(slow_when_forked, range(3 * in_parallel.PER_PROCESS))
    here = pids.count(parent)
    assert 0 < len(pids) - here < here / 2


def test_what_the_forked_process_hands_back_is_read_between_batches(
    two_cores: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reading the forked process's results is shared out like the rest of the work: this process reads what has
    been handed back between batches of its own, not all of it at the end, when the other core would wait."""
    read: list[int] = []
    handed_back = in_parallel._Child.handed_back

    def counted(child: in_parallel._Child) -> dict[int, list[object]]:
        done = handed_back(child)
        read.append(len(done))
        return done

    monkeypatch.setattr(in_parallel._Child, "handed_back", counted)
    count = 4 * in_parallel.PER_PROCESS

    def slowly(number: int) -> int:
        time.sleep(0.0002)
        return number

    assert map_in_parallel(slowly, range(count)) == list(range(count))
    assert sum(read[:-1]) > 0, read  # the last is read once the forked process has ended
    assert sum(read) * in_parallel.BATCH <= count


def test_a_batch_still_being_written_is_read_once_it_is_whole() -> None:
    handed = os.memfd_create("test-results", os.MFD_CLOEXEC)
    child = in_parallel._Child(0, handed)
    records = [in_parallel._dumps((number, [number] * 3)) for number in (0, 1)]
    written = b"".join(len(record).to_bytes(in_parallel._LENGTH, "big") + record for record in records)
    first = in_parallel._LENGTH + len(records[0])
    try:
        for end, expected in ((5, {}), (first - 1, {}), (first + 3, {0: [0, 0, 0]}), (len(written), {1: [1, 1, 1]})):
            os.pwrite(handed, written[os.fstat(handed).st_size : end], os.fstat(handed).st_size)
            assert child.handed_back() == expected, end
        assert child.handed_back() == {}
    finally:
        os.close(handed)


def test_one_process_below_the_threshold_or_with_other_threads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(in_parallel, "cores", lambda: 2)
    few = map_in_parallel(tagged, range(in_parallel.PER_PROCESS))
    assert {pid for pid, _, _ in few} == {os.getpid()}
    monkeypatch.setattr(in_parallel.threading, "active_count", lambda: 2)
    many = map_in_parallel(tagged, range(4 * in_parallel.PER_PROCESS))
    assert {pid for pid, _, _ in many} == {os.getpid()}


def test_a_failing_process_changes_nothing(two_cores: None) -> None:
    """A forked process that raises, or whose results cannot be pickled, is replaced by the process itself."""
    parent = os.getpid()

    def fails_when_forked(number: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the forked copy")
        return number + 1

    def unpicklable_when_forked(number: int) -> object:
        return (lambda: number) if os.getpid() != parent else number

    count = 3 * in_parallel.PER_PROCESS
    assert map_in_parallel(fails_when_forked, range(count)) == [n + 1 for n in range(count)]
    assert map_in_parallel(unpicklable_when_forked, range(count)) == list(range(count))


def test_a_process_the_system_will_not_start_changes_nothing(two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> int:
        raise BlockingIOError("Resource temporarily unavailable")

    monkeypatch.setattr(in_parallel.os, "fork", refused)
    results = map_in_parallel(tagged, range(3 * in_parallel.PER_PROCESS))
    assert [doubled for _, doubled, _ in results] == [n * 2 for n in range(3 * in_parallel.PER_PROCESS)]
    assert {pid for pid, _, _ in results} == {os.getpid()}


def test_an_exception_is_raised_as_one_process_raises_it(two_cores: None) -> None:
    count = 3 * in_parallel.PER_PROCESS

    def breaks_late(number: int) -> int:
        if number == count - 1:  # in the forked part: the process reads the part again and meets it itself
            raise ValueError(f"item {number}")
        return number

    with pytest.raises(ValueError, match=f"item {count - 1}"):
        map_in_parallel(breaks_late, range(count))


def test_an_exception_in_this_process_stops_the_forked_one(two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    stopped: list[int] = []
    monkeypatch.setattr(in_parallel, "_stop", lambda pid, pipe: stopped.append(pid) or stop(pid, pipe))

    def breaks_here(number: int) -> int:
        if os.getpid() == parent:  # the first in order is raised: batches before this process's first it reads again
            raise ValueError(f"item {number}")
        time.sleep(0.001)
        return number

    with pytest.raises(ValueError, match=r"^item 0$"):
        map_in_parallel(breaks_here, range(3 * in_parallel.PER_PROCESS))
    assert len(stopped) == 1 and stopped[0] != parent
    with pytest.raises(ChildProcessError):
        os.waitpid(stopped[0], os.WNOHANG)  # stopped and reaped: no process is left behind


def test_a_project_read_in_two_processes_equals_one_read_in_one(
    two_cores: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages, items and every problem alike: broken files in each half, and a survey file with a faulty row that
    items of both halves read."""
    root = generate(2 * in_parallel.PER_PROCESS + 50, tmp_path / "p")
    framework = yaml.safe_load((root / "framework.yml").read_text(encoding="utf-8"))
    challenge = framework["challenges"][0]["id"]
    with (root / "framework.yml").open("a", encoding="utf-8") as appended:
        appended.write(f"metrics:\n  - id: nps\n    label: NPS\n    kind: nps\n    section: {challenge}/review\n")
    (root / "evidence" / "survey.csv").write_text("respondent,score\nR1,10\nR2,eleven\nR3,3\n", encoding="utf-8")
    files = sorted((root / "evidence").rglob("*.md"))
    for measured in (files[1], files[-2]):
        depth = "../" * (len(measured.relative_to(root / "evidence").parts) - 1)
        measured.write_text(
            f"---\ntype: evidence\ntitle: Survey\ndate: 2026-06-01\nvisibility: public\n"
            f"maps_to: [{challenge}/review]\nmeasures:\n  - metric: nps\n    data: {depth}survey.csv\n"
            f"    column: score\n---\n",
            encoding="utf-8",
        )
    for linking in (files[2], files[-4]):
        linking.write_text(linking.read_text(encoding="utf-8") + "\nSee [the missing page](nowhere.md).\n")
    files[3].write_text("---\ntype: evidence\ntitle: [unclosed\n---\n", encoding="utf-8")
    files[-3].write_text("---\ntype: evidnce\ntitle: Late\n---\n", encoding="utf-8")
    files[-5].write_bytes(b"---\ntitle: Latin-1 \xe9\n---\n")
    settings = load_settings(root, "internal")
    monkeypatch.setattr(in_parallel, "cores", lambda: 1)
    read_alone = project.read_project(settings, reserved_uris)
    monkeypatch.setattr(in_parallel, "cores", lambda: 2)
    forked = []
    monkeypatch.setattr(in_parallel, "_fork", lambda *a: forked.append(1) or fork(*a))
    cache = project.SourceCache()  # as mkdocs serve keeps it: what the forked process read is kept here all the same
    shared = project.read_project(settings, reserved_uris, cache)
    assert forked == [1]
    markdown = [f"{root}/evidence/{path.relative_to(root / 'evidence').as_posix()}" for path in files]
    assert all(cache.entry(file) is not None for file in markdown)
    again = project.read_project(settings, reserved_uris, cache)  # a rebuild of mkdocs serve: the cache, one process
    assert forked == [1] and again.pages == shared.pages and again.problems == shared.problems
    assert shared.pages == read_alone.pages
    assert list(shared.pages) == list(read_alone.pages)
    assert shared.problems == read_alone.problems
    found = [(p.code, p.path) for p in shared.problems]
    readers = {files[1].relative_to(root).as_posix(), files[-2].relative_to(root).as_posix()}
    survey = [p.concerns - {"evidence/survey.csv"} for p in shared.problems if p.path == "evidence/survey.csv"]
    assert sorted(survey, key=sorted) == sorted(({reader} for reader in readers), key=sorted)
    for code, file in [("yaml-syntax", files[3]), ("unknown-type", files[-3]), ("not-utf8", files[-5])]:
        assert (code, file.relative_to(root).as_posix()) in found
    linking = {files[2].relative_to(root).as_posix(), files[-4].relative_to(root).as_posix()}
    assert {p.path for p in shared.problems if p.code == "broken-link"} == linking
    assert sum(1 for page in shared.pages.values() if page.item is not None) > 2 * in_parallel.PER_PROCESS


fork = in_parallel._fork
stop = in_parallel._stop
