"""`mkdocs serve` for authors: edits rebuild the site, errors are shown and the server keeps running."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import Project
from evidence_portfolio.reading.scan import SourceCache


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def wait_for(condition: Callable[[], bool], what: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def served(project: Project) -> Iterator[tuple[Project, str]]:
    project.item("plan.md", "title: The plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "The plan" in fetch(url + "challenges/partnerships/"), "the first build")
        yield project, url
    finally:
        server.terminate()
        server.wait(timeout=10)


def touch_later(path: Path) -> None:
    """Make sure the file's modification time moves on, whatever the file system's resolution."""
    later = time.time() + 2
    os.utime(path, (later, later))


def test_serve_rebuilds_on_edits_and_survives_errors(served: tuple[Project, str]) -> None:
    project, url = served
    challenge = url + "challenges/partnerships/"
    edited = project.item(
        "plan.md", "title: The revised plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
    )
    touch_later(edited)
    wait_for(lambda: "The revised plan" in fetch(challenge), "the edited item on the challenge page")

    broken = project.item("broken.md", "title: Broken\ntype: evidence\nmaps_to: partnerships/pln\ndate: 2026-01-01")
    touch_later(broken)
    wait_for(lambda: "1 error" in fetch(url), "the error on the overview")
    overview = fetch(url)
    assert "evidence/broken.md:4: error: unknown section &#34;pln&#34;" in overview
    assert "The revised plan" in fetch(challenge)  # the rest of the site is still served

    broken.unlink()
    framework = project.root / "framework.yml"
    framework.write_text(framework.read_text().replace("Partners are involved.", "Partners are closely involved."))
    touch_later(framework)
    wait_for(lambda: "Partners are closely involved." in fetch(challenge), "the edited framework")
    assert "error" not in fetch(url).split("portfolio-overview")[0].lower()


def test_cache_reads_a_file_again_only_when_it_changes(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_text("---\ntitle: A\n---\nBody\n")
    cache = SourceCache()
    first, _ = cache.read(file, "evidence/a.md")
    assert cache.read(file, "evidence/a.md")[0] is first
    file.write_text("---\ntitle: B\n---\nBody\n")
    touch_later(file)
    second, _ = cache.read(file, "evidence/a.md")
    assert second is not first and second.meta["title"] == "B"
