"""`mkdocs serve` for authors: edits rebuild the site, errors are shown and the server keeps running."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from conftest import FRAMEWORK, MKDOCS_YML, Project
from evidence_portfolio.reading import scan
from evidence_portfolio.reading.pages import Page
from evidence_portfolio.reading.project import read_project
from evidence_portfolio.reading.scan import SourceCache
from evidence_portfolio.reading.settings import load_settings
from evidence_portfolio.site.pages import reserved_uris


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


@contextlib.contextmanager
def serving(project: Project, audience: str = "internal") -> Iterator[str]:
    """`mkdocs serve` of the project for `audience`, once its first build is served: its address."""
    project.item(
        "plan.md", "title: The plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    )
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project.root,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PORTFOLIO_AUDIENCE": audience},
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_for(lambda: "The plan" in fetch(url + "challenges/partnerships/"), "the first build")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture
def served(project: Project) -> Iterator[tuple[Project, str]]:
    with serving(project) as url:
        yield project, url


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


@pytest.mark.parametrize("audience", ["internal", "public"])
def test_an_error_in_the_framework_is_shown_in_the_browser_until_it_is_fixed(project: Project, audience: str) -> None:
    """An error in framework.yml stopped every rebuild, and MkDocs' server held every request until it was fixed:
    the browser showed nothing, while the README said an error does not stop the server (an outside review). The
    site is one page naming the error meanwhile, with nothing of evidence/ (an item's error named only where the
    audience may see the item), and comes back once the fix is saved."""
    with serving(project, audience) as url:
        framework = project.root / "framework.yml"
        written = framework.read_text()
        project.item("kanarybrokenzz.md", "title: B\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-02-30")
        framework.write_text(written.replace("rollup: median", "rollup: medain"))
        touch_later(framework)
        wait_for(lambda: "The portfolio cannot be built" in fetch(url), "the page naming the error")
        shown = fetch(url)
        assert "framework.yml:12: error: unknown rollup &quot;medain&quot;; did you mean &quot;median&quot;?" in shown
        assert "2 errors: no page can be made until they are fixed" in shown
        if audience == "internal":  # the widest audience is shown the item's error too
            assert "evidence/kanarybrokenzz.md:5: error" in shown
        else:
            assert "kanarybrokenzz" not in shown and "1 in files this audience does not see" in shown
        with pytest.raises(urllib.error.HTTPError):
            fetch(url + "challenges/partnerships/")
        framework.write_text(written)
        touch_later(framework)
        wait_for(lambda: "The plan" in fetch(url + "challenges/partnerships/"), "the site once the fix is saved")
        assert "cannot be built" not in fetch(url)


def test_a_dirty_rebuild_after_the_page_of_errors_makes_the_whole_site_again(project: Project) -> None:
    """`mkdocs serve --dirty`: after the page naming an error of framework.yml, the fixed framework's rebuild wrote
    only the pages changed since, and the search index held a third of the site's entries. It is whole again, as a
    full build's."""
    public = "type: evidence\ndate: 2026-01-01\nvisibility: public"
    project.item("plan.md", f"title: The plan\nmaps_to: partnerships/plan\n{public}")
    project.item("do.md", f"title: The doing\nmaps_to: partnerships/do\n{public}", "We do.\n")
    site = project.root / "served"
    broken, mended = "../framework.yml|rollup: median|rollup: medain", "../framework.yml|rollup: medain|rollup: median"
    _dirty_rebuilds(project, site, broken, mended)
    full = project.build(audience="internal")  # the audience of the project's mkdocs.yml
    assert _index(site) == _index(full.site) and len(_index(site)) > 10
    assert "The doing" in (site / "library/index.html").read_text(encoding="utf-8")
    assert "cannot be built" not in (site / "index.html").read_text(encoding="utf-8")


def _canaried(site: Path, word: str) -> list[str]:
    """The files of a site folder that hold `word`, in their bytes or their names."""
    return [
        str(path)
        for path in site.rglob("*")
        if word in str(path) or (path.is_file() and word in path.read_text(errors="replace"))
    ]


@pytest.mark.parametrize(
    "stopped",
    [
        ("../framework.yml|rollup: median|rollup: medain",),  # the page of errors meanwhile
        ("../mkdocs.yml|docs_dir: evidence|docs_dir: evidence\nuse_directory_urls: false",),  # at other addresses
    ],
    ids=["framework-broken", "other-addresses"],
)
def test_a_dirty_rebuild_keeps_nothing_of_the_last_site_where_it_cannot_tell_what_it_wrote(
    project: Project, stopped: tuple[str]
) -> None:
    """`mkdocs serve --dirty` for the public: while framework.yml had an error, the page naming it replaced the home
    page alone, and every other page and file of the last site was still served, an item made internal meanwhile
    with them; after use_directory_urls changed, the pages at their old addresses were (a hostile review)."""
    yml = MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public")
    assert yml != MKDOCS_YML and "docs_dir: evidence\n" in yml
    project.write("mkdocs.yml", yml)
    project.write("evidence/x/files/kanarydirtyzz.txt", "kanarydirtytextzz\n")
    project.item(
        "x/kanarydirtyzz.md",
        "title: Kanarydirtyzz\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n"
        "attachments: [files/kanarydirtyzz.txt]",
    )
    site = project.root / "served"
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    _dirty_rebuilds(project, site, *stopped, "x/kanarydirtyzz.md|visibility: public|visibility: internal")
    assert _canaried(site, "anarydirty") == []
    project.write("framework.yml", framework)
    internal = project.build(audience="internal")  # the widest build holds what the public one must not
    assert _canaried(internal.site, "anarydirty")


def test_a_narrower_serve_counts_the_errors_it_does_not_name(project: Project) -> None:
    """`mkdocs serve` for the public, as the README has it: a page with an error, which no audience is shown, is
    not named on the overview, and the overview showed no error at all (an outside review). It counts it."""
    with serving(project, "public") as url:
        broken = project.item(
            "kanarybrokenzz.md",
            "title: Broken\ntype: evidence\nmaps_to: partnerships/pln\ndate: 2026-01-01\nvisibility: public",
        )
        touch_later(broken)
        wait_for(lambda: "1 error" in fetch(url), "the error counted on the overview")
        overview = fetch(url)
        assert "1 in files this audience does not see" in overview and "kanarybrokenzz" not in overview


def test_an_item_with_an_error_keeps_its_attachments_out_of_the_served_site(served: tuple[Project, str]) -> None:
    """While items have errors, `mkdocs serve` shows the rest of the site without them: their attachments were
    served all the same to a page linking to them, and a hard link to one's source served it (a seventh, an eighth
    and a ninth review), whether the error left the attachments readable (a date that does not exist) or not (YAML
    that does not parse, a file saved as UTF-16). Once the items are mended, the attachments are served."""
    project, url = served
    names = ("dated", "broken", "utf16")
    for name in names:
        project.write(f"evidence/int/files/{name}.txt", f"kanary{name}attachmentzz\n")
    links = ", ".join(f"[{name}](int/files/{name}.txt)" for name in names)
    project.item(
        "open.md",
        "title: Open\ntype: evidence\nvisibility: public\nmaps_to: partnerships/plan\ndate: 2026-01-01",
        f"See {links} and [the notes](notes.txt).\n",
    )
    notes = "title: Notes\ntype: evidence\nmaps_to: partnerships/plan\nattachments: [files/{}.txt]\n{}"
    dated = project.item("int/dated.md", notes.format("dated", "date: 2026-13-45"), "Kanarydatedsourcezz.\n")
    broken = project.item("int/broken.md", notes.format("broken", "date: 2026-01-13\ntags: [a, b"))
    utf16 = project.root / "evidence/int/utf16.md"
    mended_utf16 = f"---\n{notes.format('utf16', 'date: 2026-01-13')}\n---\nBody.\n"
    utf16.write_bytes(mended_utf16.encode("utf-16"))
    os.link(dated, project.root / "evidence/notes.txt")
    for path in (dated, broken, utf16):
        touch_later(path)
    wait_for(lambda: "3 errors" in fetch(url) and "See" in fetch(url + "open/"), "the errors and the page linking")
    for path in (*(f"int/files/{name}.txt" for name in names), "notes.txt"):
        with pytest.raises(urllib.error.HTTPError):
            fetch(url + path)
    assert not any(f"{name}.txt" in fetch(url + "open/") for name in (*names, "notes"))
    dated.write_text(dated.read_text().replace("2026-13-45", "2026-01-13"))  # in place: the hard link stays one
    broken.write_text(broken.read_text().replace("[a, b", "[a, b]"))
    utf16.write_text(mended_utf16, encoding="utf-8")
    for path in (dated, broken, utf16):
        touch_later(path)
    mended = {name: f"kanary{name}attachmentzz" for name in names}
    wait_for(lambda: all(word in fetch(url + f"int/files/{n}.txt") for n, word in mended.items()), "the mended files")
    assert "Kanarydatedsourcezz" in fetch(url + "notes.txt")


def test_cache_reads_a_file_again_only_when_it_changes(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    file.write_text("---\ntitle: A\n---\nBody\n")
    cache = SourceCache()
    first, _ = cache.read(str(file), "evidence/a.md")
    assert cache.read(str(file), "evidence/a.md")[0] is first
    file.write_text("---\ntitle: B\n---\nBody\n")
    touch_later(file)
    second, _ = cache.read(str(file), "evidence/a.md")
    assert second is not first and second.meta["title"] == "B"
    # of the same size, its time of modification set back as it was (`touch -r`, `cp -p`): read again
    status = file.stat()
    time.sleep(0.01)  # (a time of change of its own, on a file system that keeps it coarsely)
    file.write_text("---\ntitle: C\n---\nBody\n")
    os.utime(file, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert file.stat().st_size == status.st_size and file.stat().st_mtime_ns == status.st_mtime_ns
    third, _ = cache.read(str(file), "evidence/a.md")
    assert third is not second and third.meta["title"] == "C"


def test_a_rebuild_keeps_an_unchanged_pages_reading_only_while_all_it_depends_on_is_unchanged(project: Project) -> None:
    """A rebuild of `mkdocs serve` reads again only what changed: an unchanged page's reading is kept, but not once a
    file its links lead to, the framework or the theme's templates have changed, though the page has not."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    project.write("overrides/main.html", "{% extends 'base.html' %}\n")
    front = "type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    project.item("linking.md", f"title: Linking\n{front}", "See [the plan](plan.md) and [the report](report.pdf).\n")
    project.item("templated.md", f"title: Templated\n{front}\ntemplate: wide.html")
    project.item(
        "assessed.md",
        "title: Us\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: {plan: great}",
    )
    project.write("evidence/report.pdf", b"%PDF-1.4\n%%EOF\n")
    cache = SourceCache()

    def problems() -> tuple[dict[str, Page], set[tuple[str, str]]]:
        read = read_project(load_settings(project.root, "internal"), reserved_uris, cache)
        return read.pages, {(p.path.removeprefix("evidence/"), p.code) for p in read.problems}

    pages, first = problems()
    assert {("linking.md", "broken-link"), ("templated.md", "unknown-value")} <= first
    assert not {("linking.md", "file-content"), ("assessed.md", "unknown-rating")} & first
    again, found = problems()
    assert found == first and all(again[uri] is page for uri, page in pages.items())  # nothing read again
    project.write("evidence/report.pdf", b"<html>Not found</html>")  # a file its link leads to, of another content
    assert ("linking.md", "file-content") in problems()[1]
    project.write("overrides/wide.html", "{% extends 'main.html' %}\n")  # the template it names, added
    assert ("templated.md", "unknown-value") not in problems()[1]
    assert "{id: great, label: Great}" in FRAMEWORK  # a level of the rating scale renamed
    project.write("framework.yml", FRAMEWORK.replace("{id: great, label: Great}", "{id: top, label: Top}"))
    pages, found = problems()
    assert ("assessed.md", "unknown-rating") in found and ("linking.md", "broken-link") in found
    project.item("plan.md", f"title: The plan\n{front}")  # a file its link leads to, added
    again, found = problems()
    assert again["linking.md"] is not pages["linking.md"] and ("linking.md", "broken-link") not in found


def test_a_kept_reading_is_read_again_when_a_template_appears_in_a_theme_folder_outside_the_project_or_through_a_link(
    project: Project,
) -> None:
    """A page naming a template the theme has not is an error, left out of the site; once the template is there, the
    next rebuild of `mkdocs serve` shows the page: also where the custom_dir is outside the project (a theme shared
    by several portfolios), reached through a symbolic link, or the template a dangling link made good (a review: the
    kept reading went on saying the template was missing, and the served site lacked the page a build showed)."""
    shared = project.root.parent / "shared-theme"
    (shared / "elsewhere").mkdir(parents=True)
    (shared / "main.html").write_text("{% extends 'base.html' %}\n")
    (shared / "linked").symlink_to(shared / "elsewhere")
    (shared / "dangling.html").symlink_to(shared / "elsewhere" / "later.html")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", f"  font: false\n  custom_dir: {shared}\n"))
    front = "type: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    for name, template in (("outside", "wide.html"), ("linked", "linked/wide.html"), ("dangling", "dangling.html")):
        project.item(f"{name}.md", f"title: {name}\n{front}\ntemplate: {template}")
    project.item("assessed.md", f"title: Us\n{front}\nattachments: [library.md]")  # a generated page's path
    cache = SourceCache()

    def problems() -> set[tuple[str, str, str]]:
        read = read_project(load_settings(project.root, "public"), reserved_uris, cache)
        return {(p.path.removeprefix("evidence/"), p.code, p.message.split(";")[0]) for p in read.problems}

    first = problems()
    assert {name for name, code, _ in first if code == "unknown-value"} == {"outside.md", "linked.md", "dangling.md"}
    assert problems() == first
    (shared / "wide.html").write_text("{% extends 'main.html' %}\n")
    (shared / "elsewhere" / "wide.html").write_text("{% extends 'main.html' %}\n")
    (shared / "elsewhere" / "later.html").write_text("{% extends 'main.html' %}\n")
    project.write("evidence/library.md", "# Library\n")  # an attachment's message tells a page from no file
    found = problems()
    assert found == read_project_anew(project) and not {code for _, code, _ in found} & {"unknown-value"}
    assert (
        "assessed.md",
        "missing-attachment",
        'attachment "library.md" is a page of the portfolio, not a file',
    ) in found


def test_a_page_read_before_max_file_mb_was_lowered_is_too_large_once_it_is(project: Project) -> None:
    """A file kept from a reading when mkdocs.yml's max_file_mb was higher is too large once it is lowered, as a first
    reading finds it (a review: `mkdocs serve` went on showing the page a build leaves out)."""
    project.write("mkdocs.yml", MKDOCS_YML + "      max_file_mb: 5\n")
    front = "title: Big\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    project.item("big.md", front, "Words of the item. " * 70_000 + "\n")
    cache = SourceCache()
    assert "big.md" in read_project(load_settings(project.root, "public"), reserved_uris, cache).pages
    project.write("mkdocs.yml", MKDOCS_YML + "      max_file_mb: 1\n")
    read = read_project(load_settings(project.root, "public"), reserved_uris, cache)
    assert "big.md" not in read.pages and [p.code for p in read.problems if p.path == "evidence/big.md"] == [
        "file-too-large"
    ]
    assert {(p.path.removeprefix("evidence/"), p.code, p.message.split(";")[0]) for p in read.problems} == (
        read_project_anew(project)
    )


def read_project_anew(project: Project) -> set[tuple[str, str, str]]:
    """The problems a first reading of the project finds (no kept cache)."""
    read = read_project(load_settings(project.root, "public"), reserved_uris, SourceCache())
    return {(p.path.removeprefix("evidence/"), p.code, p.message.split(";")[0]) for p in read.problems}


def test_a_file_that_grew_after_its_size_was_taken_is_read_to_its_end(tmp_path: Path) -> None:
    file = tmp_path / "a.md"
    text = "---\ntitle: A\n---\n" + "Body of the item. " * 10_000
    file.write_text(text)
    handle = os.open(file, os.O_RDONLY)
    try:
        assert scan._read_to_end(handle, 10) == text.encode()  # its size when it was ten bytes long
    finally:
        os.close(handle)


DIRTY_REBUILDS = """
import os, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

config = load_config("mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="serve", dirty=True)
build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
for edit in sys.argv[2:]:
    path, old, new, *renamed = edit.split("|")
    item = Path("evidence", path)
    text = item.read_text(encoding="utf-8").replace(old, new)
    if renamed:
        item.unlink()
        item = Path("evidence", renamed[0])
    item.write_text(text, encoding="utf-8")
    later = time.time() + 2
    os.utime(item, (later, later))
    time.sleep(0.05)
    config = load_config("mkdocs.yml", site_dir=sys.argv[1])
    build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
"""


def _dirty_rebuilds(project: Project, site: Path, *edits: str) -> None:
    """`mkdocs serve --dirty` in its own process: a first build, then a rebuild after each edit ("path|old|new", or
    "path|old|new|new path" to rename the file as well)."""
    _run_builds(project, DIRTY_REBUILDS, str(site), *edits)


def _run_builds(project: Project, script: str, *args: str) -> str:
    """A script of builds run in a process of its own (as `mkdocs serve` runs them), which must end well: what it
    printed."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _index(site: Path) -> list[tuple[str, str]]:
    docs = json.loads((site / "search/search_index.json").read_text(encoding="utf-8"))["docs"]
    return sorted((doc["location"], doc["text"]) for doc in docs)


def test_a_dirty_rebuild_renders_what_changed_and_keeps_the_search_index_whole(project: Project) -> None:
    project.item(
        "plan.md",
        "title: The plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nattachments: [plan.txt]",
    )
    project.write("evidence/plan.txt", "The plan.\n")
    project.item(
        "do.md", "title: The doing\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01", "We do things.\n"
    )
    site = project.root / "served"
    _dirty_rebuilds(project, site, "do.md|We do things.|We do better things.")
    assert "We do better things." in (site / "do/index.html").read_text(encoding="utf-8")
    library = (site / "library/index.html").read_text(encoding="utf-8")
    assert "The plan" in library and "The doing" in library
    dirty_index = _index(site)
    full = project.build()
    assert dirty_index == _index(full.site)  # every page once, the edited one as it is now
    # the attachment of the page not rendered again is counted as published, as a full build counts it (a hostile
    # review: `withheld` was one more after every dirty rebuild)
    exported = [json.loads((where / "portfolio.json").read_text(encoding="utf-8")) for where in (site, full.site)]
    assert exported[0]["withheld"] == exported[1]["withheld"] and (site / "plan.txt").is_file()
    assert any("We do better things." in text for _, text in dirty_index)

    # A new title changes the generated pages that list the item: they are rendered again, and indexed once.
    _dirty_rebuilds(project, site, "plan.md|title: The plan|title: The new plan")
    library = (site / "library/index.html").read_text(encoding="utf-8")
    assert "The new plan" in library and "The doing" in library
    assert "The new plan" in (site / "challenges/partnerships/index.html").read_text(encoding="utf-8")
    assert _index(site) == _index(project.build().site)


MADE_AGAIN = """
import sys
from evidence_portfolio.site.render import Renderer

made = Renderer.page_apart

def noted(renderer, place):
    print("made", place.uri)
    return made(renderer, place)

Renderer.page_apart = noted
""" + DIRTY_REBUILDS.replace("build(config", 'print("build"); build(config')


def _made_again(project: Project, site: Path, *edits: str) -> list[set[str]]:
    """`_dirty_rebuilds`, and the generated pages each build made (their Markdown), the first build's first."""
    builds: list[set[str]] = []
    for line in _run_builds(project, MADE_AGAIN, str(site), *edits).splitlines():
        if line == "build":
            builds.append(set())
        elif line.startswith("made "):
            builds[-1].add(line.removeprefix("made "))
    return builds


def test_a_dirty_rebuild_makes_again_only_the_generated_pages_that_quote_a_text_changed(project: Project) -> None:
    """`mkdocs serve --dirty` after an author changed only the text of pages (not their front matter): a generated
    page is not made again to be compared, unless it quotes one of those texts (the introduction, the current
    self-assessment, a case study's outcomes; the readiness page reads every item's). Each page shows the text as
    it is now. (Making every generated page again took half of a rebuild at 2,000 items.)"""
    project.write("evidence/index.md", "# Welcome\n\nKanaryintroonezz.\n")
    project.item("plain.md", "title: Plain\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01", "Plain.\n")
    project.item(
        "sa.md",
        "title: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-15\nratings:\n  plan: good",
        "## Plan\n\n### What do we currently do\n\nKanarynarrativeonezz.\n",
    )
    project.item(
        "cs.md",
        "title: CS\ntype: case-study\nmaps_to: partnerships/do\ndate: 2026-05-14\npartners: [Acme]",
        "## Outcomes\n\n| Measure | Before | After |\n|---|---|---|\n| Kanaryoutcomeonezz | 1 | 2 |\n",
    )
    site = project.root / "served"
    builds = _made_again(
        project,
        site,
        "plain.md|Plain.|Plainer.",
        "index.md|Kanaryintroonezz|Kanaryintrotwozz",
        "sa.md|Kanarynarrativeonezz|Kanarynarrativetwozz",
        "cs.md|Kanaryoutcomeonezz|Kanaryoutcometwozz",
        "plain.md|title: Plain|title: Plainest",
    )
    first, plain, intro, narrative, outcome, title = builds
    assert {"index.md", "library.md", "readiness.md", "challenges/partnerships.md"} <= first, first
    assert plain == {"readiness.md"}  # it reads every item's text; no other page quotes this one
    assert intro == {"index.md", "accreditation-pack.md", "readiness.md"}
    assert narrative == {"challenges/partnerships.md", "accreditation-pack.md", "readiness.md"}
    assert outcome == {"case-studies.md", "readiness.md"}
    assert title == first  # a front matter changed: every page is made again, to be compared
    shown = {
        path: (site / path).read_text(encoding="utf-8") for path in ("index.html", "accreditation-pack/index.html")
    }
    assert "Kanaryintrotwozz" in shown["index.html"] and "Kanaryintrotwozz" in shown["accreditation-pack/index.html"]
    assert "Kanarynarrativetwozz" in (site / "challenges/partnerships/index.html").read_text(encoding="utf-8")
    assert "Kanarynarrativetwozz" in shown["accreditation-pack/index.html"]
    assert "Kanaryoutcometwozz" in (site / "case-studies/index.html").read_text(encoding="utf-8")
    assert "Plainest" in (site / "library/index.html").read_text(encoding="utf-8")
    assert "Plainer." in (site / "plain/index.html").read_text(encoding="utf-8")
    assert _index(site) == _index(project.build().site)
    assert (site / "evidence.csv").read_text(encoding="utf-8") == (project.build().site / "evidence.csv").read_text(
        encoding="utf-8"
    )


def _measured(project: Project, kind: str, measure: str) -> None:
    """The test framework with one metric of `kind` (partnerships/plan), and an item m.md measuring it so."""
    from conftest import FRAMEWORK

    project.write(
        "framework.yml", FRAMEWORK + f"metrics:\n  - {{id: m, label: M, kind: {kind}, section: partnerships/plan}}\n"
    )
    project.item(
        "m.md",
        f"title: M\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nmeasures:\n  - metric: m\n    {measure}",
    )


def test_a_dirty_rebuild_renders_again_an_item_whose_survey_file_changed(project: Project) -> None:
    """An NPS measure's survey file edited alone changed the item's score, but not its file: the served item page
    kept the old score, and `withheld` counted the survey as withheld (a third hostile review)."""
    project.write("evidence/files/survey.csv", "respondent,Q\n1,10\n2,10\n3,0\n")
    _measured(project, "nps", "data: files/survey.csv\n    column: Q")
    site = project.root / "served"
    _dirty_rebuilds(project, site, "files/survey.csv|2,10|2,0")
    full = project.build().site
    assert "-33.3" in (site / "m/index.html").read_text(encoding="utf-8")
    exported = [json.loads((where / "portfolio.json").read_text(encoding="utf-8")) for where in (site, full)]
    assert exported[0]["withheld"] == exported[1]["withheld"] == 0


def test_a_dirty_rebuild_makes_the_generated_pages_again_after_a_withheld_pages_text_changed(project: Project) -> None:
    """What a withheld page's text names is withheld (a file's name in it), and a generated page showing that file's
    address is refused: a served public overview kept showing it after an internal page's text came to name the file
    (a second hostile review). Such an edit makes every generated page again, to be compared and sealed."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public"))
    public = "type: evidence\ndate: 2026-01-01\nvisibility: public\nmaps_to: partnerships/"
    project.item("open.md", "title: Open\n" + public + "plan", "Open.\n")
    project.item("int.md", "title: Int\ntype: evidence\ndate: 2026-01-01\nmaps_to: partnerships/do", "Notes.\n")
    site = project.root / "served"
    first, withheld, published = _made_again(project, site, "int.md|Notes.|Notes on plan.pdf.", "open.md|Open.|Opened.")
    assert withheld == first and "library.md" in first
    assert published == set()


def test_a_dirty_rebuild_makes_the_generated_pages_again_after_a_template_or_a_number_written_otherwise(
    project: Project,
) -> None:
    """A hostile review of the rebuild that keeps generated pages where only texts changed: a template of the
    site's custom_dir edited, or a measure's `40` written `40.0` (an equal number, shown otherwise), left the
    overview and the challenge page as they were. Either makes them again."""
    from evidence_portfolio.site.render import TEMPLATES

    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    overview = (TEMPLATES / "portfolio/overview.html").read_text(encoding="utf-8")
    project.write(
        "overrides/portfolio/overview.html",
        '<p>Kanarytemplateonezz</p>\n{% include "portfolio/banner.svg" %}\n' + overview,
    )
    project.write("overrides/portfolio/banner.svg", "<svg><title>Kanarybanneronezz</title></svg>\n")
    _measured(project, "number", "value: 40")
    site = project.root / "served"
    first, template, included, number = _made_again(
        project,
        site,
        "../overrides/portfolio/overview.html|Kanarytemplateonezz|Kanarytemplatetwozz",
        "../overrides/portfolio/banner.svg|Kanarybanneronezz|Kanarybannertwozz",  # a file of any name it includes
        "m.md|value: 40|value: 40.0",
    )
    assert "index.md" in first and "index.md" in template and "index.md" in included
    assert "challenges/partnerships.md" in number
    overview = (site / "index.html").read_text(encoding="utf-8")
    assert "Kanarytemplatetwozz" in overview and "Kanarybannertwozz" in overview
    shown = (site / "challenges/partnerships/index.html").read_text(encoding="utf-8")
    assert "40.0" in shown and shown == (project.build().site / "challenges/partnerships/index.html").read_text(
        encoding="utf-8"
    )


FAILED_REBUILD = """
import os, sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config

def rebuild(*edits):
    for path, old, new in edits:
        page = Path("evidence", path)
        page.write_text(page.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        later = time.time() + 2 * (1 + rebuild.count)
        os.utime(page, (later, later))
    rebuild.count += 1
    config = load_config("mkdocs.yml", site_dir=sys.argv[1])
    build(config, serve_url="http://127.0.0.1:8000/", dirty=True)

rebuild.count = 0
config = load_config("mkdocs.yml", site_dir=sys.argv[1])
config.plugins.on_startup(command="serve", dirty=True)
build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
assert "Kanarystalezz" in Path(sys.argv[1], "library/index.html").read_text(encoding="utf-8"), "tests nothing"
try:
    rebuild(("x.md", "visibility: public", "visibility: internal"), ("about.md", "boom: 0", "boom: 1"))
except Exception:
    pass
else:
    raise SystemExit("the template did not fail")
rebuild(("about.md", "boom: 1", "boom: 0"))
"""


def test_a_dirty_rebuild_after_one_that_failed_renders_every_page_again(project: Project) -> None:
    """`mkdocs serve --dirty` for the public: an item made internal in a rebuild that failed part way (an error in
    a template of the site's own), then the error mended: the listings kept the item's title, as the build before
    the failed one had written them (a hostile review). The failed build had sealed them, and not written them."""
    yml = MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public")
    project.write("mkdocs.yml", yml.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    project.write(
        "overrides/main.html",
        '{% extends "base.html" %}{% block content %}{{ 1 // (1 - page.meta.boom) if page.meta.boom is defined }}'
        "{{ super() }}{% endblock %}\n",
    )
    project.write("evidence/about.md", "---\nboom: 0\n---\n# About\n\nAbout us.\n")
    project.item(
        "x.md", "title: Kanarystalezz\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-20\nvisibility: public"
    )
    site = project.root / "served"
    _run_builds(project, FAILED_REBUILD, str(site))
    assert not (site / "x/index.html").exists()
    shown = [path for path in site.rglob("*") if path.is_file() and b"Kanarystalezz" in path.read_bytes()]
    assert not shown
    internal = project.build(audience="internal")  # the widest build holds what the public one must not
    assert "Kanarystalezz" in (internal.site / "library/index.html").read_text(encoding="utf-8")


def test_a_dirty_rebuild_takes_out_what_a_file_renamed_or_deleted_made(project: Project) -> None:
    """`mkdocs serve --dirty` for the public: an item made internal and renamed in one step, with its attachment
    renamed, left its old page and attachment in the folder served (an eighth review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public"))
    project.item(
        "p.md",
        "title: Kanaryrenamedzz\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n"
        "attachments: [files/a.txt]",
        "Kanaryrenamedbodyzz.\n",
    )
    project.write("evidence/files/a.txt", "kanaryrenamedattachmentzz\n")
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    assert (site / "p/index.html").is_file() and (site / "files/a.txt").is_file(), "the test tests nothing"
    _dirty_rebuilds(
        project,
        site,
        "p.md|visibility: public\nattachments: [files/a.txt]|visibility: internal\nattachments: [files/b.txt]|p2.md",
        "files/a.txt|kanary|kanary|files/b.txt",
    )
    assert not (site / "p/index.html").exists() and not (site / "p2/index.html").exists()
    assert not (site / "files/a.txt").exists() and not (site / "files/b.txt").exists()
    assert all("anaryrenamed" not in path.read_text(errors="replace") for path in site.rglob("*") if path.is_file())


def test_a_dirty_rebuild_takes_out_a_blog_post_since_withheld(project: Project) -> None:
    """`mkdocs serve --dirty` for the public: a post of Material's blog made internal stayed at the address the
    blog gave it (a tenth review), which this build, holding the post no more, does not know."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public").replace(
            "  - tags\n", "  - tags\n  - blog\n"
        ),
    )
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/blog/posts/first.md", "---\ndate: 2026-01-02\nvisibility: public\n---\n# Kanarypostzz\n")
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    post = site / "blog/2026/01/02/kanarypostzz/index.html"
    assert post.is_file(), "the test tests nothing"
    _dirty_rebuilds(project, site, "blog/posts/first.md|visibility: public|visibility: internal")
    assert not post.exists()


def test_a_dirty_rebuild_takes_out_the_blogs_pages_of_a_post_since_withheld(project: Project) -> None:
    """`mkdocs serve --dirty` for the public: a post of Material's blog made internal stayed on the blog's archive,
    category and second page, which no longer exist, and on its index, not rendered again (a hostile review)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public").replace(
            "  - tags\n", "  - tags\n  - blog:\n      pagination_per_page: 1\n"
        ),
    )
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/blog/posts/new.md", "---\ndate: 2026-10-21\nvisibility: public\n---\n# News\n\nText.\n")
    project.write(
        "evidence/blog/posts/old.md",
        "---\ndate: 2025-02-03\ncategories: [Kanarycatzz]\nvisibility: public\n---\n# Kanarypostzz\n\nKanaryzz.\n",
    )
    site = project.root / "served"
    edit = "blog/posts/old.md|visibility: public|visibility: internal"
    _dirty_rebuilds(project, site, edit, "blog/posts/new.md|Text.|More text.")
    assert _canaried(site, "anary") == []
    assert (site / "blog/index.html").is_file() and (site / "blog/2026/10/21/news/index.html").is_file()
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog:\n      pagination_per_page: 1\n"))
    wider = project.root / "wider"
    _dirty_rebuilds(project, wider)  # the widest build, the post public again: its pages hold it
    assert {"archive", "category", "page"} <= {path.parent.parent.name for path in map(Path, _canaried(wider, "anary"))}


@pytest.mark.parametrize(
    ("tags", "marker"),
    [
        ("  - tags\n", "<!-- material/tags -->"),
        ("  - tags\n", "<!--  material/tags -->"),
        ("  - tags:\n      tags_file: tag-index.md\n", "[TAGS]"),
    ],
)
def test_a_dirty_rebuild_renders_an_index_of_tags_again(project: Project, tags: str, marker: str) -> None:
    """`mkdocs serve --dirty` for the public: an author's page listing the tags (`<!-- material/tags -->`, or the
    tags plugin's `tags_file`) went on listing an item made internal, and linking to it, as it was not rendered
    again (hostile reviews)."""
    yml = MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public").replace(
        "  - tags\n", tags
    )
    project.write("mkdocs.yml", yml)
    project.write("evidence/tag-index.md", f"---\nvisibility: public\n---\n# Our tags\n\n{marker}\n")
    project.item(
        "tagged.md",
        "title: Kanarytaggedzz\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n"
        "tags: [kanarytagzz]",
    )
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    assert "anarytag" in (site / "tag-index/index.html").read_text(encoding="utf-8"), "the test tests nothing"
    _dirty_rebuilds(project, site, "tagged.md|visibility: public|visibility: internal")
    assert _canaried(site, "anarytag") == []


def test_a_dirty_rebuild_takes_out_the_page_of_a_challenge_renamed(project: Project) -> None:
    """`mkdocs serve --dirty`: a challenge renamed in framework.yml left its page, listing items mapped to it, which
    are now in error and withheld (a hostile review)."""
    project.item(
        "kanary.md",
        "title: Kanaryitemzz\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public",
    )
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    assert "Kanaryitemzz" in (site / "challenges/people/index.html").read_text(encoding="utf-8")
    _dirty_rebuilds(project, site, "../framework.yml|id: people|id: staff")
    assert (site / "challenges/staff/index.html").is_file()
    assert _canaried(site, "anaryitem") == []


def test_a_dirty_rebuild_takes_out_a_page_and_attachment_since_withheld(project: Project) -> None:
    """`mkdocs serve --dirty` for the public: an item made internal, or given an error, leaves the folder served,
    with its attachment (a fourth hostile review still fetched both after the rebuild)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public"))
    project.item(
        "flip.md",
        "title: Kanaryflipzz\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n"
        "attachments: [flip.txt]",
    )
    project.item(
        "broken.md",
        "title: Kanarybrokenzz\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-01-01\nvisibility: public",
    )
    project.write("evidence/flip.txt", "kanaryflipattachmentzz\n")
    project.item(  # unchanged by the edits: what it refers to stays, though the rebuild does not render it again
        "open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/review\ndate: 2026-01-01\nvisibility: public\n"
        "attachments: [open.txt]",
        "![logo](logo.svg)\n",
    )
    project.write("evidence/open.txt", "open\n")
    project.write("evidence/logo.svg", "<svg></svg>\n")
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    assert (site / "flip/index.html").is_file() and (site / "flip.txt").is_file(), "the test tests nothing"
    assert (site / "broken/index.html").is_file()
    _dirty_rebuilds(
        project, site, "flip.md|visibility: public|visibility: internal", "broken.md|date: 2026-01-01|date: 2026-13-01"
    )
    assert not (site / "flip/index.html").exists() and not (site / "flip.txt").exists()
    assert not (site / "broken/index.html").exists()
    assert (site / "open/index.html").is_file() and (site / "open.txt").is_file() and (site / "logo.svg").is_file()
    assert all("Kanaryflipzz" not in path.read_text(errors="replace") for path in site.rglob("*") if path.is_file())


def test_a_dirty_rebuild_renders_again_the_pages_a_change_elsewhere_makes_stale(project: Project) -> None:
    """`mkdocs serve --dirty` rendered again only the files that changed (an outside review): a page linking to an
    item since withheld kept its live link, and an item's panel a section's old label. The pages whose text names a
    page published in one build and not the other are rendered again, and every page when the framework changes."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("as_of: 2026-11-27", "as_of: 2026-11-27\n      audience: public"))
    public = "type: evidence\ndate: 2026-01-01\nvisibility: public\nmaps_to: partnerships/"
    project.item("kanarytargetzz.md", "title: Target\n" + public + "plan")
    project.item("b.md", "title: B\n" + public + "do", "See [the plan](kanarytargetzz.md) for more.\n")
    site = project.root / "served"
    _dirty_rebuilds(project, site)
    page = site / "b/index.html"
    assert 'href="../kanarytargetzz/"' in page.read_text(encoding="utf-8"), "the test tests nothing"
    _dirty_rebuilds(project, site, "kanarytargetzz.md|visibility: public|visibility: internal")
    text = page.read_text(encoding="utf-8")
    assert "kanarytargetzz" not in text and "See the plan for more." in text
    assert "Partnerships › Do" in text
    _dirty_rebuilds(project, site, "../framework.yml|{id: do, label: Do}|{id: do, label: Deliver}")
    assert "Partnerships › Deliver" in page.read_text(encoding="utf-8")


def test_portfolio_serve_shows_every_item_without_a_variable_and_stops_on_ctrl_c(project: Project) -> None:
    """`PORTFOLIO_AUDIENCE=internal mkdocs serve` is written three ways by three terminals, and not at all by
    Windows' own (a journey review): `portfolio serve` shows every item, `--audience public` what everyone sees."""
    project.item(
        "plan.md", "title: The plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    )
    project.item("staff.md", "title: Staff only\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    environment = {key: value for key, value in os.environ.items() if key != "PORTFOLIO_AUDIENCE"}
    shown = {}
    for audience in ("internal", "public"):
        port = free_port()
        chosen = [] if audience == "internal" else ["--audience", audience]
        server = subprocess.Popen(
            [sys.executable, "-m", "evidence_portfolio.cli", "serve", str(project.root), "--port", str(port), *chosen],
            cwd=project.root.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=environment,
        )
        url = f"http://127.0.0.1:{port}/challenges/partnerships/"
        try:
            wait_for(lambda: "The plan" in fetch(url), f"the {audience} website")  # noqa: B023
            shown[audience] = fetch(url)
        finally:
            server.send_signal(signal.SIGINT)  # Ctrl+C
            said, _ = server.communicate(timeout=20)
        assert server.returncode == 0, said
        assert f"portfolio serve: the {audience} website at http://127.0.0.1:{port}/" in said
        with pytest.raises(OSError):
            fetch(url)  # the engine stopped with it
    assert "Staff only" in shown["internal"] and "Staff only" not in shown["public"]


def test_a_port_whose_last_connection_is_still_closing_is_free_to_serve_at() -> None:
    """Stopped and started again within a minute, `portfolio serve` said another was running at its port, whose
    last connection was still closing, where the engine itself would have served (a new organisation's review)."""
    from evidence_portfolio.commands.serve import _check_free

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the engine's server
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)) as client:
            accepted, _ = server.accept()
            accepted.close()  # the server's end closes first, and waits (TIME_WAIT)
            client.recv(1)
    _check_free(port)


def test_portfolio_serve_says_when_its_port_is_taken_or_no_port(project: Project) -> None:
    """A second `portfolio serve`, on a port the first holds, said where it would serve, then ended in MkDocs'
    traceback (Address already in use); --port 80000 in another (a careless-user review). Each is said in one line,
    with the port to give instead, before anything is started."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = project.run("serve", "--port", str(port))
    assert busy.code == 2 and "Traceback" not in busy.stderr, busy.stderr
    assert busy.stderr == (
        f"portfolio serve: port {port} on this computer is in use already (is another portfolio serve, or mkdocs "
        f"serve, running? stop it with Ctrl+C in its window); or give another port, such as --port {port + 1}\n"
    )
    for written in ("80000", "0", "eight"):
        wrong = project.run("serve", "--port", written)
        assert wrong.code == 2 and "Traceback" not in wrong.stderr, wrong.stderr
        assert f'argument --port: "{written}" is no port: give a number from 1 to 65535' in wrong.stderr


def test_portfolio_serve_refuses_a_mkdocs_yml_with_errors_as_pdf_and_pack_do(project: Project) -> None:
    """Without the plugin in mkdocs.yml, `portfolio serve --audience public` said it showed the public website and
    showed every internal item; `plugins: portfolio` ended in MkDocs' message without its line (an outside review).
    Both are said at their line, and nothing is started."""
    project.write("evidence/secret.md", "---\ntitle: S\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\n---\n")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - portfolio:\n", "  - portfolio_off:\n"))
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:  # (refused before its port is looked at)
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        off = project.run("serve", "--audience", "public", "--port", port)
        project.write("mkdocs.yml", MKDOCS_YML.replace("plugins:\n", "plugins: portfolio\nunread:\n"))
        listed = project.run("serve", "--port", port)
    assert off.code == 1 and "website at" not in off.stderr, off.stderr
    assert off.stderr.endswith("portfolio serve: mkdocs.yml has errors (above); fix them first\n"), off.stderr
    assert listed.code == 1 and "mkdocs.yml:6: error: plugins is not a list" in listed.stderr, listed.stderr


@pytest.mark.parametrize("inherited", [False, True])
def test_portfolio_serve_stops_when_mkdocs_yml_is_saved_with_errors(project: Project, inherited: bool) -> None:
    """The engine reads mkdocs.yml again as it is saved: the plugin taken out of it while the public's preview ran,
    its next rebuild showed every internal item (a hostile review); the same out of a file mkdocs.yml INHERITs (a
    last one). The preview stops, saying why."""
    project.item("plan.md", "title: The plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    settings = "base.yml" if inherited else "mkdocs.yml"
    if inherited:
        project.write("base.yml", MKDOCS_YML)
        project.write("mkdocs.yml", "INHERIT: base.yml\n")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "evidence_portfolio.cli", "serve", "--audience", "public", "--port", str(port)],
        cwd=project.root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        wait_for(lambda: "Test portfolio" in fetch(f"http://127.0.0.1:{port}/"), "the first build")
        without = MKDOCS_YML.replace("  - portfolio:\n      framework: framework.yml\n      as_of: 2026-11-27\n", "")
        assert "- portfolio" not in without, "the test tests something"
        project.write(settings, without)
        code = server.wait(timeout=30)
    finally:
        if server.poll() is None:
            server.terminate()
            server.wait(timeout=10)
    said = server.stderr.read() if server.stderr else ""
    assert code == 1 and "portfolio serve: stopped: mkdocs.yml has errors (above)" in said, said
    assert "mkdocs.yml does not turn the portfolio plugin on" in said, said


def test_a_dirty_rebuild_takes_nothing_out_above_the_site_folder(tmp_path: Path) -> None:
    """A blog's post with `slug: ../../x` is written outside the site folder; a dirty rebuild of `mkdocs serve`,
    taking out what the build before made and this one does not, deleted it there, and the folders it left empty
    (a hostile review). Inside the folder, a page and the folders it leaves empty go."""
    from evidence_portfolio.plugin import _take_out

    site, outside = tmp_path / "site", tmp_path / "victim" / "index.html"
    outside.parent.mkdir()
    outside.write_text("mine")
    (site / "blog" / "post").mkdir(parents=True)
    (site / "blog" / "post" / "index.html").write_text("post")
    (site / "blog" / "index.html").write_text("blog")
    _take_out(site, "../victim/index.html")
    _take_out(site, "blog")  # (a file's address, now a folder's: a review)
    _take_out(site, "blog/post/index.html")
    assert outside.read_text() == "mine"
    assert not (site / "blog" / "post").exists() and (site / "blog" / "index.html").is_file()
