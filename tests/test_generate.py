"""`portfolio generate`: a sealed docs folder for engines that run no plugin (Zensical), and the guard that stops
Zensical from building the raw project.

Tests that run `zensical build` are skipped when the command is missing, unless PORTFOLIO_REQUIRE_ENGINES=1 (CI
installs zensical and sets it): then they fail. The others only read the folder `portfolio generate` writes.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import io
import os
import posixpath
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import CheckResult, copy_sample
from evidence_portfolio.reading.settings import load_settings
from evidence_portfolio.site.assemble import assemble
from test_leaks import PLANS

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: tomli (zensical installs it)
    import tomli as tomllib

AUDIENCES = ("public", "accreditor", "internal")
ZENSICAL = shutil.which("zensical")
GUARD = "THIS PROJECT IS BUILT WITH MKDOCS"


@pytest.fixture
def zensical() -> str:
    """The zensical command, or a skip (a failure when PORTFOLIO_REQUIRE_ENGINES=1)."""
    if ZENSICAL is None:
        if os.environ.get("PORTFOLIO_REQUIRE_ENGINES") == "1":
            pytest.fail("PORTFOLIO_REQUIRE_ENGINES=1, and the zensical command is not installed (pip install zensical)")
        pytest.skip("the zensical command is not installed (pip install zensical; CI sets PORTFOLIO_REQUIRE_ENGINES=1)")
    return ZENSICAL


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    """A copy of the repository's own project (with its zensical.toml guard)."""
    return copy_sample(tmp_path / "sample", "zensical.toml").root


def generate(root: Path, audience: str, out: Path) -> CheckResult:
    """`portfolio generate ROOT --audience AUDIENCE --out OUT`, in this process, its output captured."""
    from evidence_portfolio.commands.command_line import project_settings
    from evidence_portfolio.commands.generate import add_options
    from evidence_portfolio.commands.generate import generate as run

    parser = argparse.ArgumentParser(prog="portfolio generate")
    add_options(parser)
    args = parser.parse_args([str(root), "--audience", audience, "--out", str(out)])
    stdout, stderr = io.StringIO(), io.StringIO()
    saved = os.environ.pop("PORTFOLIO_AUDIENCE", None)
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            code = run(args, project_settings(args.directory, args.audience))
    finally:
        if saved is not None:
            os.environ["PORTFOLIO_AUDIENCE"] = saved
    return CheckResult(code, stdout.getvalue(), stderr.getvalue())


def zensical_build(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([command, "build"], cwd=folder, capture_output=True, text=True, timeout=120)


def everything(folder: Path) -> dict[str, str]:
    """Every file and folder under `folder` by relative path, with its text lowercased (gzip decompressed)."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_dir():
            found[relative + "/"] = ""
            continue
        data = path.read_bytes()
        if path.name.endswith(".gz"):
            data = gzip.decompress(data)
        found[relative] = data.decode("utf-8", "replace").lower()
    return found


def holding(files: dict[str, str], word: str) -> list[str]:
    return [
        path for path, text in files.items() if word in path.lower() or word in unquote(path).lower() or word in text
    ]


def item(title: str, visibility: str, body: str, extra: str = "") -> str:
    return (
        f"---\ntitle: {title}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\n"
        f"visibility: {visibility}\n{extra}---\n{body}"
    )


# ------------------------------------------------------------------------------------------- (a) audiences


CANARIES = {
    "internal": (
        "kanarytitleinternalzz",
        "kanarybodyinternalzz",
        "kanaryfileinternalzz",
        "kanaryattachinternalzz",
        "kanarycontentinternalzz",
        "kanarytaginternalzz",
    ),
    "accreditor": (
        "kanarytitleaccreditorzz",
        "kanarybodyaccreditorzz",
        "kanaryfileaccreditorzz",
        "kanaryattachaccreditorzz",
        "kanarycontentaccreditorzz",
        "kanarytagaccreditorzz",
    ),
}


def plant(root: Path) -> None:
    """An internal and an accreditor item, each with its canaries in its title, body, file name, attachment's name
    and content, and tags; the public intro links to both."""
    for level, (title, body, name, attachment, content, tag) in CANARIES.items():
        folder = root / "evidence/partnerships/do"
        (folder / "files").mkdir(exist_ok=True)
        (folder / f"files/{attachment}.pdf").write_text(f"%PDF {content}\n", encoding="utf-8")
        (folder / f"{name}.md").write_text(
            item(
                f"Plan {title}",
                level,
                f"# Heading\n\nWords {body}.\n",
                f"attachments: [files/{attachment}.pdf]\ntags: [{tag}]\n",
            ),
            encoding="utf-8",
        )
    intro = root / "evidence/index.md"
    intro.write_text(
        intro.read_text(encoding="utf-8") + "\nSee [the internal one](partnerships/do/kanaryfileinternalzz.md) and "
        "[the accreditor one](partnerships/do/kanaryfileaccreditorzz.md).\n",
        encoding="utf-8",
    )


def test_each_audience_builds_with_zensical_and_holds_nothing_withheld(zensical: str, sample: Path, tmp_path: Path):
    plant(sample)
    sites = {}
    for audience in AUDIENCES:
        out = tmp_path / f"out-{audience}"
        result = generate(sample, audience, out)
        assert result.code == 0, result.stderr
        built = zensical_build(zensical, out)
        assert built.returncode == 0, built.stdout + built.stderr
        assert (out / "site/index.html").is_file()
        sites[audience] = everything(out / "site")
        folder = everything(out)  # the Markdown, the config and Zensical's cache too
        for level, words in CANARIES.items():
            for word in words:
                if AUDIENCES.index(level) > AUDIENCES.index(audience):
                    found = holding(folder, word)
                    assert not found, f"{word} ({level}) in the {audience} folder: {found}"
                else:
                    assert holding(sites[audience], word), f"{word} ({level}) is missing from the {audience} site"
    assert len(sites["public"]) < len(sites["accreditor"]) < len(sites["internal"])


# The leak suite's scenarios (tests/test_leaks.py), each vector's canary searched in the whole folder: the Markdown
# and the config (what Zensical builds from), and for the largest scenario, when zensical is installed, the site
# and Zensical's cache as well (test (a) builds every audience of the sample).


@pytest.mark.parametrize("name", sorted(PLANS))
def test_the_leak_suite_scenarios_hold_nothing_withheld(name: str, tmp_path: Path):
    plan = PLANS[name]
    project = plan.make(tmp_path / "project")
    engine = ZENSICAL
    if engine is None and os.environ.get("PORTFOLIO_REQUIRE_ENGINES") == "1":
        pytest.fail("PORTFOLIO_REQUIRE_ENGINES=1, and the zensical command is not installed (pip install zensical)")
    folders = {}
    audiences = ("public", "internal")  # the narrowest and the widest (the accreditor's: test (a) above)
    for audience in audiences:
        out = tmp_path / f"out-{audience}"
        result = generate(project.root, audience, out)
        if result.code == 1 and "fix them first" in result.stderr:  # the core refuses the project (snippets)
            assert not out.exists()
            return
        assert result.code == 0, result.stderr
        if engine is not None and name == "hostile":
            built = zensical_build(engine, out)
            assert built.returncode == 0, built.stdout + built.stderr
        folders[audience] = everything(out)
    failures = []
    for vector in plan.vectors:
        for audience in audiences:
            found = holding(folders[audience], vector.word)
            allowed = vector.level != "nobody" and AUDIENCES.index(audience) >= AUDIENCES.index(vector.level)
            if found and not allowed:
                failures.append(f"{vector.id} ({vector.level}) in the {audience} folder: {found[:3]}")
            if not found and audience == "internal" and allowed:
                failures.append(f"{vector.id} is not in the internal folder: the vector tests nothing")
    assert not failures, "\n".join(failures)


# ----------------------------------------------------------------------------------- (b) pages and links


def test_the_site_holds_the_generated_pages_and_item_pages_whose_links_resolve(
    zensical: str, sample: Path, tmp_path: Path
):
    out = tmp_path / "out"
    assert generate(sample, "accreditor", out).code == 0
    built = zensical_build(zensical, out)
    assert built.returncode == 0, built.stdout + built.stderr
    site = out / "site"
    import json

    data = json.loads((site / "portfolio.json").read_text(encoding="utf-8"))
    assert data["audience"] == "accreditor"
    for role in ("overview", "library", "case_studies", "partners", "celebrations", "actions", "print"):
        assert role in data["pages"], role
        assert (site / data["pages"][role] / "index.html").is_file(), role
    for challenge in data["challenges"]:
        page = BeautifulSoup((site / challenge["url"] / "index.html").read_text(encoding="utf-8"), "html.parser")
        assert page.h1 is not None and page.h1.get_text(strip=True).startswith(challenge["title"])
    assert (site / "evidence.csv").is_file()

    library = BeautifulSoup((site / "library/index.html").read_text(encoding="utf-8"), "html.parser")
    listed = {element["data-item"]: element for element in library.select("li[data-item]")}
    assert set(listed) == {entry["id"] for entry in data["items"]}
    for entry in data["items"]:
        href = listed[entry["id"]].a["href"]
        target = resolve(site, "library/", href)
        assert target == site / entry["url"] / "index.html", (entry["id"], href)
        page = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
        panel = page.select_one(".portfolio-panel")
        assert panel is not None and panel["data-item"] == entry["id"]
        assert page.h1 is not None and page.h1.find_next(class_="portfolio-panel") is panel
        for link in panel.select("a[href]"):  # challenge sections and attachments
            assert resolve(site, entry["url"], link["href"]).is_file(), (entry["id"], link["href"])

    root = site_root(sample)  # the site's path on its host: 404.html's links start with it
    broken = []
    for path in site.rglob("*.html"):
        url = path.relative_to(site).as_posix().removesuffix("index.html")
        document = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in (("a", "href"), ("img", "src"), ("link", "href"), ("script", "src")):
            for element in document.find_all(tag):
                value = element.get(attribute)
                if value and value.startswith(root):
                    value = "/" + value.removeprefix(root)
                relative = value and not urlsplit(value).scheme and not value.startswith(("#", "//"))
                if relative and not resolve(site, url, value).is_file():
                    broken.append(f"{url}: {value}")
    assert not broken, broken


def site_root(project: Path) -> str:
    """The path of the site on its host, from mkdocs.yml's site_url ("/evidence-portfolio/"; "/" without one)."""
    found = re.search(r"^site_url:\s*(\S+)", (project / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    path = urlsplit(found[1]).path.strip("/") if found else ""
    return f"/{path}/" if path else "/"


def resolve(site: Path, page_url: str, href: str) -> Path:
    """The file a relative URL leads to from the page at `page_url` (its folder's index.html for a folder)."""
    path = unquote(urlsplit(href).path)
    joined = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page_url), path)) if path else "/" + page_url
    target = site / joined.lstrip("/")
    return target / "index.html" if (path.endswith("/") or not path or target.is_dir()) else target


# ------------------------------------------------------------------------------ (c) links to a withheld page


def test_links_to_a_withheld_item_leave_no_trace_in_the_generated_markdown(sample: Path, tmp_path: Path):
    secret = "partnerships/do/kanarywithheldzz"
    root = site_root(sample)  # a path in the site starts with the site's own path on its host
    (sample / f"evidence/{secret}.md").write_text(item("Secret", "internal", "Words.\n"), encoding="utf-8")
    (sample / "evidence/links.md").write_text(
        "---\ntitle: Links\n---\n# Links\n\n"
        f'1. Inline [first]({secret}.md#part "a title") and [nested [brackets] here](<{secret}.md>).\n'
        f"2. Reference [second][ref] and [third][].\n"
        f'3. Raw HTML <a href="../{secret}/">fourth</a> and <A HREF=../{secret}/>fifth</A>.\n'
        f"4. Site path [sixth]({root}{secret}/) and an image ![seventh](../evidence/{secret}.md).\n"
        f'5. Kept: [the library](library.md?type=case-study) and <a href="../about/">about</a>.\n'
        f'6. Up only, to the organisation: [its pages](../../) and <a href="../../">home</a>.\n'
        f"7. Up only, to the home page: [home](../) and [home too](..).\n\n"
        f"[ref]: {secret}.md\n"
        f"[third]:\n    {secret}.md 'title'\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = generate(sample, "public", out)
    assert result.code == 0, result.stderr
    written = (out / "docs/links.md").read_text(encoding="utf-8")
    assert "1. Inline first and nested [brackets] here." in written
    assert "2. Reference second and third." in written
    assert "<a>fourth</a>" in written and "<A>fifth</A>" in written
    assert "4. Site path sixth and an image seventh." in written
    assert "[the library](library.md?type=case-study)" in written and '<a href="about.md">about</a>' in written
    assert '6. Up only, to the organisation: [its pages](../../) and <a href="../../">home</a>.' in written
    assert "7. Up only, to the home page: [home](index.md) and [home too](index.md)." in written
    assert not holding(everything(out), "kanarywithheldzz")
    problems = assemble(load_settings(sample, "public")).problems
    up = [p for p in problems if p.path == "evidence/links.md" and p.line in (11, 12)]
    assert up == [], "a link that only goes up names nothing, and the seal keeps it: no warning"


def test_a_link_the_markdown_seal_misses_leaves_the_page_out(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The check on the HTML is the last line: were the Markdown-level seal to miss a link (here, it is made to
    miss those of one page), that page is left out, named with the URL, and the command exits 1."""
    from evidence_portfolio.commands import generate as module
    from evidence_portfolio.site.markdown_seal import SealedMarkdown

    (sample / "evidence/partnerships/do/kanarysneakyzz.md").write_text(item("Sneaky", "internal", "W.\n"), "utf-8")
    (sample / "evidence/sneaky.md").write_text("# Sneaky\n\n[x](partnerships/do/kanarysneakyzz.md)\n", "utf-8")
    (sample / "evidence/fine.md").write_text("# Fine\n\nSee [the sneaky page](sneaky.md).\n", "utf-8")
    real = module.seal_markdown

    def missing(body: str, src_uri: str, *args: object, **kwargs: bool) -> SealedMarkdown:
        if src_uri == "sneaky.md":
            return SealedMarkdown(body, frozenset(), ())
        return real(body, src_uri, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "seal_markdown", missing)
    out = tmp_path / "out"
    result = generate(sample, "public", out)
    assert result.code == 1
    assert "evidence/sneaky.md:3: warning: left out" in result.stderr and "kanarysneakyzz" in result.stderr
    assert not (out / "docs/sneaky.md").exists()
    assert (out / "docs/fine.md").read_text(encoding="utf-8").endswith("See the sneaky page.\n")
    assert "sneaky.md" not in (out / "zensical.toml").read_text(encoding="utf-8")
    assert not holding(everything(out), "kanarysneakyzz")


def test_a_script_a_snippet_puts_in_is_inert_in_the_build_and_not_in_the_folder(sample: Path, tmp_path: Path):
    """A page's own script is an error the check finds in its text (page-script); one a snippet puts in (a file
    outside evidence/, which the check does not read for scripts) is made inert by the seal in every build (the
    widest here), and the folder for another engine leaves the lines of snippets out."""
    config = sample / "mkdocs.yml"
    snippets = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{sample}/snippets']\n"
    config.write_text(config.read_text(encoding="utf-8").replace("markdown_extensions:\n", snippets), "utf-8")
    (sample / "snippets").mkdir()
    (sample / "snippets/widget.html").write_text('<p>Widget <b onclick="go()">here</b><script>go()</script></p>\n')
    (sample / "evidence/widget.md").write_text('# Widget\n\n--8<-- "widget.html"\n', "utf-8")
    site = tmp_path / "site"
    environment = {**os.environ, "PORTFOLIO_AUDIENCE": "internal", "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    page = (site / "widget/index.html").read_text(encoding="utf-8")
    assert "Widget <b>here</b>" in page and "go()" not in page
    out = tmp_path / "out"
    assert generate(sample, "internal", out).code == 0
    assert "go()" not in (out / "docs/widget.md").read_text(encoding="utf-8")


def test_a_script_the_check_misses_leaves_the_page_out_of_the_folder(
    sample: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """The check on the HTML is the last line for scripts too: were the check to miss a page's own script (here, it
    is made to miss them all), that page is left out of the folder for another engine, whose Markdown would run it,
    saying why, and the command exits 1."""
    from evidence_portfolio.reading import pages

    monkeypatch.setattr(pages, "scripts_in", lambda *args: [])
    (sample / "evidence/widget.md").write_text('# Widget\n\n<b onclick="go()">Here</b>\n', "utf-8")
    out = tmp_path / "out"
    result = generate(sample, "public", out)
    assert result.code == 1
    assert "evidence/widget.md:1: warning: left out of the folder: its HTML runs a script of its own" in result.stderr
    assert not (out / "docs/widget.md").exists()


def test_urls_the_markdown_scan_does_not_judge_are_deleted(sample: Path, tmp_path: Path):
    """CSS, srcdoc, refresh, attr_list: deleted whole, so the page is published (not left out by the HTML check)."""
    (sample / "evidence/partnerships/do/kanaryhiddenzz.md").write_text(item("Hidden", "internal", "W.\n"), "utf-8")
    target = "partnerships/do/kanaryhiddenzz"
    (sample / "evidence/odd.md").write_text(
        "# Odd\n\n"
        f'![a photo](https://example.org/a.png){{: srcset="{target}.md 2x" .wide }}\n\n'
        f'[the top](#top){{: href="../{target}/" }}\n\n'
        f'<div style="background: url(../{target}/)">styled</div>\n\n'
        f"<style>.x {{ background: url('../{target}/') }}</style>\n\n"
        f'<iframe srcdoc="&lt;a href=&quot;../{target}/&quot;&gt;x&lt;/a&gt;"></iframe>\n\n'
        f'<meta http-equiv="refresh" content="0; url=../{target}/">\n\n'
        f'<span itemid="../{target}/">item</span> <base href="../{target}/">\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = generate(sample, "public", out)
    assert result.code == 0, result.stderr
    written = (out / "docs/odd.md").read_text(encoding="utf-8")
    assert "a photo\n" in written and ".wide" not in written, "the image is its text, without its attr_list"
    assert "srcset" not in written and "href" not in written
    assert "<style></style>" in written and "<span>item</span>" in written and "<div>styled</div>" in written
    assert not holding(everything(out), "kanaryhiddenzz")


def test_the_attr_list_of_a_reduced_link_goes_with_it(sample: Path, tmp_path: Path):
    """`[x](withheld.md){: data-x="..." }`: the link reduced to its text, its attr_list would follow text, which
    python-markdown shows as typed, the withheld page's address in it (the site's seal removes the `<a>` and its
    attributes). It goes with the link: inline, by reference, by a shortcut reference, an image; and so does a
    reference definition's title written on the line below its URL, which would be a paragraph of its own."""
    (sample / "evidence/partnerships/do/kanaryattrzz.md").write_text(item("Attr", "internal", "W.\n"), "utf-8")
    target = "partnerships/do/kanaryattrzz"
    (sample / "evidence/attrs.md").write_text(
        "# Attrs\n\n"
        f'One [x]({target}.md){{: data-x="../{target}/" }} end.\n\n'
        f'Two [y][r]{{: .kanaryclasszz }} and [r]{{: title="{target}" }} and ![p][r]{{: data-p="{target}" }}.\n\n'
        f"Three [kept](about.md){{: .keptclass }} and [r] {{: spaced }}.\n\n"
        f"[r]: {target}.md\n"
        f'    "its title on the next line, ../{target}/"\n\n'
        "Four.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = generate(sample, "public", out)
    assert result.code == 0, result.stderr
    written = (out / "docs/attrs.md").read_text(encoding="utf-8")
    assert "One x end." in written and "Two y and r and p." in written
    assert "next line" not in written, "a definition's title on the line below its URL goes with it"
    assert "[kept](about.md){: .keptclass }" in written and "r {: spaced }" in written, "only the reduced links'"
    assert not holding(everything(out), "kanaryattrzz") and not holding(everything(out), "kanaryclasszz")
    internal = tmp_path / "internal"
    assert generate(sample, "internal", internal).code == 0
    assert holding(everything(internal), "kanaryclasszz") and "kanaryattrzz" in (internal / "docs/attrs.md").read_text(
        encoding="utf-8"
    )


def test_pages_are_written_as_md_with_their_front_matter_and_the_config_is_toml(sample: Path, tmp_path: Path):
    (sample / "evidence/old-style.markdown").write_text(
        '---\ntitle: "Old <script>x</script>"\n---\nA page [to about](about.md).\n', encoding="utf-8"
    )
    (sample / "evidence/ruled.md").write_text("---\ntitle: Ruled\n---\n---\n\nAfter a rule.\n", "utf-8")
    (sample / "evidence/about.md").write_text(
        "---\nhide:\n  - toc\n  - navigation\nsearch: {exclude: true}\n---\n# About\n\nSee [the old page](old-style.markdown).\n",
        "utf-8",
    )  # (Material's lists and mappings, which the reader keeps with their lines: `hide` stopped the command, a fuzzer)
    name = 'Trust "quoted" \\ café 🎉'
    mkdocs_yml = (sample / "mkdocs.yml").read_text(encoding="utf-8")
    (sample / "mkdocs.yml").write_text(
        mkdocs_yml.replace("site_name: Riverside Leisure Trust evidence portfolio", f"site_name: '{name}'"), "utf-8"
    )
    out = tmp_path / "out"
    assert generate(sample, "public", out).code == 0
    assert not list((out / "docs").rglob("*.markdown"))
    old = (out / "docs/old-style.md").read_text(encoding="utf-8")
    assert old.startswith("---\ntitle: Old &lt;script&gt;x&lt;/script&gt;\nvisibility: public\n---\n")
    about = (out / "docs/about.md").read_text(encoding="utf-8")
    assert about.startswith("---\nhide:\n- toc\n- navigation\nvisibility: public\n---\n")
    assert "See [the old page](old-style.md)." in about
    # a generated page opening with front matter of its own (the pack's) holds one block, its visibility in it: a
    # second, written above it, was shown as text (a review of the change)
    pack = (out / "docs/accreditation-pack.md").read_text(encoding="utf-8")
    assert pack.startswith("---\nvisibility: public\nhide:\n") and pack.count("\n---\n") == 1, pack[:80]
    # and a page's body opening with a rule keeps it, below the page's front matter
    ruled = (out / "docs/ruled.md").read_text(encoding="utf-8")
    assert ruled.startswith("---\ntitle: Ruled\nvisibility: public\n---\n---\n\nAfter a rule."), ruled[:80]
    config = tomllib.loads((out / "zensical.toml").read_text(encoding="utf-8"))["project"]
    assert config["docs_dir"] == "docs" and config["site_dir"] == "site"
    assert config["site_name"] == name.replace('"', "&quot;"), "Zensical prints it raw: it cannot leave an attribute"
    assert config["extra_css"] == ["assets/portfolio/portfolio.css"]
    assert config["extra_javascript"] == ["assets/portfolio/library.js", "assets/portfolio/mermaid-loader.js"]
    assert (out / "docs/assets/portfolio/mermaid.min.js").is_file(), "the diagrams draw with the copy it holds"
    assert config["theme"]["font"] is False and config["extra"]["generator"] is False
    assert {"toc", "tables", "admonition", "attr_list"} <= set(config["markdown_extensions"])
    assert config["markdown_extensions"]["toc"] == {"permalink": True}
    assert config["nav"][0] == {"Overview": "index.md"} and "old-style.md" in config["nav"]
    assert (out / "docs/assets/portfolio/portfolio.css").is_file() and (out / "docs/portfolio.json").is_file()
    item_page = (out / "docs/partnerships/plan/2026-02-10-joint-bid-active-ashby-vale.md").read_text("utf-8")
    assert item_page.startswith("---\ntitle: Joint bid with the County Active Partnership\ntags:\n")
    assert '<div class="admonition info portfolio-panel"' in item_page
    assert "../../challenges/partnerships.md#plan" in item_page  # source paths, which Zensical turns into URLs


def test_only_files_a_written_page_refers_to_are_copied(sample: Path, tmp_path: Path):
    (sample / "evidence/kanarylonelyzz.pdf").write_text("nobody links here", encoding="utf-8")
    out = tmp_path / "out"
    assert generate(sample, "internal", out).code == 0
    copied = {p.relative_to(out / "docs").as_posix() for p in (out / "docs").rglob("*") if p.is_file()}
    others = {p for p in copied if not p.endswith(".md") and not p.startswith("assets/portfolio/")}
    assert others == {
        "partnerships/do/files/move-more-partnership-agreement.pdf",
        "partnerships/measure/files/partner-survey-2025.csv",
        "partnerships/measure/files/partner-survey-2026.csv",
        "portfolio.json",
        "evidence.csv",
    }
    public = tmp_path / "public"
    assert generate(sample, "public", public).code == 0
    assert not (public / "docs/partnerships/do/files/move-more-partnership-agreement.pdf").exists()


# --------------------------------------------------------------------------------------------- (d) the guard


def test_zensical_refuses_to_build_the_raw_project(zensical: str, sample: Path):
    built = zensical_build(zensical, sample)
    assert built.returncode == 1
    output = built.stdout + built.stderr
    assert "Docs directory does not exist" in output and GUARD in output
    assert not (sample / "site").exists()
    assert "portfolio generate" in (sample / "zensical.toml").read_text(encoding="utf-8").splitlines()[0]


@pytest.mark.parametrize("which", ["sample", "started"])
def test_zensical_refuses_to_build_from_mkdocs_yml(zensical: str, sample: Path, tmp_path: Path, which: str):
    """`zensical build -f mkdocs.yml` passes the guard of zensical.toml and would publish every file of evidence/
    (a hostile review): the `framework` option of the sample's mkdocs.yml, and of a portfolio `portfolio init`
    starts, is written with MkDocs' `!relative`, which Zensical does not read. MkDocs builds the same file, the
    internal build with the canary in it."""
    if which == "started":
        from evidence_portfolio.cli import main

        root = tmp_path / "started"
        assert main(["init", str(root), "--framework", "blank"]) == 0
        (root / "evidence/secret.md").write_text(
            "---\ntitle: kanaryzensicalzz\ntype: evidence\nmaps_to: first-challenge/plan\ndate: 2026-01-01\n---\n"
            "Body.\n",
            encoding="utf-8",
        )
    else:
        root = sample
        (root / "evidence/secret.md").write_text("---\ntitle: kanaryzensicalzz\n---\nBody.\n", encoding="utf-8")
    line = next(
        number
        for number, text in enumerate((root / "mkdocs.yml").read_text(encoding="utf-8").splitlines(), 1)
        if text.strip() == "framework: !relative $config_dir/framework.yml"
    )
    built = subprocess.run(
        [zensical, "build", "-f", "mkdocs.yml"], cwd=root, capture_output=True, text=True, timeout=120
    )
    output = built.stdout + built.stderr
    assert built.returncode != 0 and f"line {line}" in output and "!relative" in output, output
    assert not (root / "site").exists()
    internal = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PORTFOLIO_AUDIENCE": "internal"},
    )
    assert internal.returncode == 0, internal.stderr
    assert any("kanaryzensicalzz" in text for text in everything(tmp_path / "site").values())


# ------------------------------------------------------------------------------------ (e) where it writes


def test_a_folder_it_did_not_write_is_refused(sample: Path, tmp_path: Path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    result = generate(sample, "public", out)
    assert result.code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "not written by portfolio generate" in result.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]


def test_a_folder_it_wrote_is_replaced_whole(sample: Path, tmp_path: Path):
    out = tmp_path / "out"
    assert generate(sample, "internal", out).code == 0
    (out / "site").mkdir()
    (out / "site/stale.html").write_text("old build", encoding="utf-8")
    (out / "docs/stale.md").write_text("# Stale\n", encoding="utf-8")
    (out / ".cache").mkdir()
    (out / ".cache/internal-page").write_text("Zensical's cache of the internal build", encoding="utf-8")
    assert generate(sample, "public", out).code == 0
    assert not (out / "site").exists() and not (out / "docs/stale.md").exists() and not (out / ".cache").exists()
    assert (out / ".portfolio-generated").is_file() and "public audience" in (out / "zensical.toml").read_text("utf-8")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]  # no staging folder left behind


def test_a_folder_inside_evidence_or_holding_the_project_is_refused(sample: Path):
    inside = generate(sample, "public", sample / "evidence/generated")
    assert inside.code == 2 and "inside evidence/" in inside.stderr
    assert not (sample / "evidence/generated").exists()
    assert generate(sample, "public", sample.parent).code == 2
    # the theme's custom_dir, every file of which MkDocs copies into the site too (a hostile review: an internal
    # folder generated there was in the next public build)
    themed = generate(sample, "internal", sample / "site_templates/preview")
    assert themed.code == 2 and "inside site_templates/, whose every file" in themed.stderr, themed.stderr
    assert not (sample / "site_templates/preview").exists()


def test_a_portfolio_with_errors_is_refused(sample: Path, tmp_path: Path):
    (sample / "evidence/broken.md").write_text("---\ntitle: Broken\ntype: evidense\n---\n", encoding="utf-8")
    result = generate(sample, "public", tmp_path / "out")
    assert result.code == 1
    assert "evidence/broken.md:3: error:" in result.stderr and "fix them first" in result.stderr
    assert not (tmp_path / "out").exists()


def test_the_command_is_wired(sample: Path, tmp_path: Path):
    from evidence_portfolio import cli

    out = tmp_path / "out"
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = cli.main(["generate", str(sample), "--audience", "public", "--out", str(out)])
    assert code == 0, stderr.getvalue()
    assert (out / "zensical.toml").is_file()


def test_pymdownx_b64_is_left_out_of_what_zensical_builds(zensical: str, sample: Path, tmp_path: Path) -> None:
    """b64's base_path is read from where the engine runs: from the generated folder, a relative one led into
    evidence/, and Zensical put an internal item's image into a public page as a data: URL (a hostile review)."""
    word = "kanarybsixtyfourzensicalzz"
    config = sample / "mkdocs.yml"
    base = "../../evidence/partnerships/do/files"  # from build/public, where zensical runs
    written = config.read_text()  # (a second markdown_extensions: would be the only one read)
    config.write_text(
        written.replace("markdown_extensions:\n", f"markdown_extensions:\n  - pymdownx.b64:\n      base_path: {base}\n")
    )
    (sample / "evidence/partnerships/do/files").mkdir(parents=True, exist_ok=True)
    (sample / "evidence/partnerships/do/files/pic.svg").write_text(f"<svg><title>{word}</title></svg>")
    extra = "attachments: [files/pic.svg]\n"
    (sample / "evidence/partnerships/do/secret.md").write_text(item("Secret", "internal", "Body.\n", extra))
    (sample / "evidence/pic.svg").write_text("<svg><title>logo</title></svg>")
    index = sample / "evidence/index.md"
    index.write_text(index.read_text() + "\n![our logo](pic.svg)\n")
    sites = {}
    for audience in ("public", "internal"):
        out = sample / "build" / audience
        done = generate(sample, audience, out)
        assert done.code == 0 and "pymdownx.b64 is left out of zensical.toml" in done.stderr, done.stderr
        built = zensical_build(zensical, out)
        assert built.returncode == 0, built.stdout + built.stderr
        sites[audience] = everything(out / "site")
    assert holding(sites["public"], word) == [] and "data:image/svg+xml;base64" not in sites["public"]["index.html"]
    assert holding(sites["internal"], word), "the internal site holds the image (as a file)"


def test_the_command_it_prints_works_as_printed_for_a_folder_with_a_space(sample: Path, tmp_path: Path) -> None:
    """`cd {out} && zensical build` left the folder unquoted: copied, it went to no folder (a helper's review)."""
    out = tmp_path / "site for the trust"
    result = generate(sample, "public", out)
    assert result.code == 0, result.stderr
    printed = result.stderr.rsplit("build the site with: ", 1)[1].strip()
    assert shlex.split(printed) == ["cd", str(out), "&&", "zensical", "build"]


def test_a_link_shown_as_typed_stops_the_folder(sample: Path, tmp_path: Path) -> None:
    """`portfolio generate` sealed each page's links, but a link shown as typed text (in code) is no link: the public
    folder held a withheld item's address, where a build stops on it (a hostile review). Nothing is written, and the
    error is the build's; the internal folder, where the item is seen, holds it."""
    page = sample / "evidence" / "partnerships" / "do" / "2026-03-18-active-estates-case-study.md"
    withheld = "2026-09-10-safeguarding-referral-pathway-note"
    page.write_text(page.read_text(encoding="utf-8") + f"\nSee `[the note]({withheld}.md)`.\n", encoding="utf-8")
    refused = generate(sample, "public", tmp_path / "public")
    assert refused.code == 1 and not (tmp_path / "public").exists(), refused.stderr
    line = page.read_text(encoding="utf-8").count("\n")  # the line that writes it
    said = (
        f"evidence/partnerships/do/2026-03-18-active-estates-case-study.md:{line}: error: this page would show the "
        "address "
        f'of a page or file withheld from this build as typed text ("{withheld}.md")'
    )
    assert refused.stderr.startswith(said), refused.stderr
    widest = generate(sample, "internal", tmp_path / "internal")
    assert widest.code == 0, widest.stderr
    assert f"`[the note]({withheld}.md)`" in (
        tmp_path / "internal" / "docs" / page.relative_to(sample / "evidence")
    ).read_text(encoding="utf-8")


def test_a_table_of_contents_label_showing_a_withheld_address_stops_the_folder(sample: Path, tmp_path: Path) -> None:
    """A heading's `data-toc-label` in a `<div markdown>` (the sample turns on attr_list and md_in_html) writing a
    link to a withheld item with character references: the engine's table of contents shows it beside the page,
    outside the HTML sealed, and the public folder held the item's address (a hostile review). Nothing is written;
    the internal folder holds it."""
    page = sample / "evidence" / "partnerships" / "do" / "2026-03-18-active-estates-case-study.md"
    withheld = "2026-09-10-safeguarding-referral-pathway-note"
    label = f'<div markdown>\n## Papers {{: data-toc-label="&#91;x&#93;({withheld}.md)" }}\n\nText.\n</div>\n'
    page.write_text(page.read_text(encoding="utf-8") + "\n" + label, encoding="utf-8")
    refused = generate(sample, "public", tmp_path / "public")
    assert refused.code == 1 and not (tmp_path / "public").exists(), refused.stderr
    assert f'as typed text ("{withheld}.md")' in refused.stderr, refused.stderr
    assert generate(sample, "internal", tmp_path / "internal").code == 0


def test_an_address_of_the_site_shown_as_text_stays_text_in_the_folder(
    zensical: str, sample: Path, tmp_path: Path
) -> None:
    """An automatic link (`<https://site/x/>`), or an address in a sentence that pymdownx.magiclink makes a link of,
    on the site's own host and leading to no page of the folder, left its whole page out "(please report this)": the
    Markdown-level seal read neither. Each is now text, as the MkDocs build shows it, and one leading to a page of
    the folder stays a link. One leading to a withheld item stops the folder, as a build stops (an address shown);
    the internal folder, where the item is seen, links to it."""
    config = sample / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - tables\n", "  - tables\n  - pymdownx.magiclink\n"), "utf-8"
    )
    site = "https://your-organisation.github.io/evidence-portfolio/"
    page = sample / "evidence" / "partnerships" / "do" / "2026-03-18-active-estates-case-study.md"
    written = page.read_text(encoding="utf-8")
    page.write_text(
        written + f"\nDead <{site}nothing_here/>, bare {site}nothing-else/ and kept <{site}library/>.\n", "utf-8"
    )
    out = tmp_path / "public"
    result = generate(sample, "public", out)
    assert result.code == 0 and "left out" not in result.stderr, result.stderr
    assert zensical_build(zensical, out).returncode == 0
    html = BeautifulSoup(
        (out / "site/partnerships/do/2026-03-18-active-estates-case-study/index.html").read_text("utf-8"), "html.parser"
    )
    paragraph = next(p for p in html.find_all("p") if p.get_text().startswith("Dead "))
    assert paragraph.get_text() == f"Dead {site}nothing_here/, bare {site}nothing-else/ and kept {site}library/."
    assert [a["href"] for a in paragraph.find_all("a")] == [f"{site}library/"]

    withheld = f"{site}partnerships/do/2026-09-10-safeguarding-referral-pathway-note/"
    page.write_text(written + f"\nSee <{withheld}>.\n", "utf-8")
    refused = generate(sample, "public", tmp_path / "public-2")
    assert refused.code == 1 and not (tmp_path / "public-2").exists(), refused.stderr
    line = page.read_text(encoding="utf-8").count("\n")  # the line that writes it
    assert refused.stderr.startswith(
        f"evidence/partnerships/do/2026-03-18-active-estates-case-study.md:{line}: error: this page would show the "
        "address "
        f'of a page or file withheld from this build as typed text ("{withheld}")'
    ), refused.stderr
    widest = generate(sample, "internal", tmp_path / "internal")
    assert widest.code == 0, widest.stderr
    assert f"See <{withheld}>." in (tmp_path / "internal" / "docs" / page.relative_to(sample / "evidence")).read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("body", "sealed"),
    [
        ("<https://h.org/p/gone/>", "https&#58;//h\\.org/p/gone/"),
        ("<HTTPS://H.ORG/p/a_b/>", "HTTPS&#58;//H\\.ORG/p/a\\_b/"),
        ("<https://h.org/p/kept/>", "<https://h.org/p/kept/>"),
        ("<https://other.org/p/gone/>", "<https://other.org/p/gone/>"),
        ("[x](<https://h.org/p/gone/>)", "x"),
        ("[l]: <https://h.org/p/gone/>\n\n[x][l]", "\n\nx"),
        (
            "`<https://h.org/p/gone/>` and `https://h.org/p/gone/`",
            "`<https://h.org/p/gone/>` and `https://h.org/p/gone/`",
        ),
        ("see https://h.org/p/gone/.", "see https&#58;//h.org/p/gone/."),
        (
            "see https://h.org/p/kept/ and https://other.org/p/gone/",
            "see https://h.org/p/kept/ and https://other.org/p/gone/",
        ),
        ('<div title="https://h.org/p/gone/">x</div>', '<div title="https&#58;//h.org/p/gone/">x</div>'),
        ('<a href="https://h.org/p/gone/">x</a>', "<a>x</a>"),
        ('<a class="c" href="gone.md" title="../gone/" data-x=\'../gone/\' hidden>x</a>', "<a>x</a>"),
        ('<img src="gone.md" title="../gone/" alt="y" />', '<img alt="y" />'),  # (shown in its place, as the site)
        ('<img alt="Our team" src="https://other.org/t.png">', '<img alt="Our team">'),  # (a picture from elsewhere)
        ('<img src="gone.md" alt="see https://h.org/p/gone/">', '<img alt="see https&#58;//h.org/p/gone/">'),
        # an address taken for a tag, shown as nothing, goes as on the site, across lines too; not text between a "<"
        # and a ">", nor an automatic link (a hostile review)
        ('See <www.example.org/x\ndata-y="../gone/"> now', "See  now"),
        ("<TODO: link the note at gone.md> end", " end"),
        ("Targets: response <2.5 days, satisfaction >90%.", "Targets: response <2.5 days, satisfaction >90%."),
        ("Mail <a@b.org> or <https://other.org/a>", "Mail <a@b.org> or <https://other.org/a>"),
        ("<div>\n</div>\n\n`<www.x.org>`", "<div>\n</div>\n\n`<www.x.org>`"),  # (code is shown as typed)
        ("`Map<String, java.util.List>`", "`Map<String, java.util.List>`"),
        ('<div title="`"><see partnerships/do/gone.md></div>', '<div title="`"></div>'),
        ("Para </see.gone.md> end", "Para  end"),  # (an end tag named as an address goes)
        ("Use the `<style>` tag.\n\nSee <see partnerships/do/gone.md> here.", "Use the `<style>` tag.\n\nSee  here."),
        ("A </see partnerships/do/gone.md> B", "A </see> B"),  # (an end tag's name alone, as browsers read it)
        ('See [m](<kept.md>), ![p](<kept.md> "t")', 'See [m](<kept.md>), ![p](<kept.md> "t")'),  # (a link's address)
        ("[m]: <kept.md>\n\n[x][m]", "[m]: <kept.md>\n\n[x][m]"),
        ('<a href="../gone/" title="https://h.org/p/gone/">x</a>', "<a>x</a>"),
        ('<a href="../kept/" title="../gone/">x</a>', '<a href="kept.md" title="../gone/">x</a>'),
        ('<img src="../kept/" srcset="../gone/ 2x" alt="y">', '<img alt="y">'),
        # (an element the site keeps, its URL removed: its other attributes kept, `markdown` among them: a review)
        (
            '<blockquote cite="../gone/" class="q" markdown>\n**x**\n</blockquote>',
            '<blockquote class="q" markdown>\n**x**\n</blockquote>',
        ),
        ("a <!-- draft: https://h.org/p/gone/ and kept.md -->b", "a <!---->b"),
        ("`<!--` and <!-- https://h.org/p/gone/ -->.", "`<!---->."),  # from the first "<!--" to the first "-->"
        ("```\n<!-- https://h.org/p/gone/ -->\n```", "```\n<!---->\n```"),  # (in code too)
        ("[x]<!-- -->(gone.md)", "[x]<!---->(gone.md)"),  # (still no link)
    ],
)
def test_the_markdown_seal_makes_text_of_addresses_of_the_site_that_lead_out_of_the_folder(body: str, sealed: str):
    """An automatic link, or an address in a sentence (a link to pymdownx.magiclink), on the site's own host: kept
    when it leads to a page of the folder, else shown as the same text, which no extension makes a link of; other
    hosts' addresses and code are left as they are, and a link holding one is judged as a link, once."""
    from evidence_portfolio.site.markdown_seal import Destinations, seal_markdown

    where = Destinations({"kept.md": "kept.md", "page.md": "page.md"}, frozenset(), root_path="/p/", host="h.org")
    assert seal_markdown(body, "page.md", where).text == sealed


def test_an_html_comment_is_in_no_folder_as_it_is_in_no_site(sample: Path, tmp_path: Path) -> None:
    """A withheld page's address in an HTML comment of a public page (an author's note) passed every check, as no
    reader sees it: MkDocs' seal removes comments, but `generate` wrote it into the public folder, and Zensical into
    the public page's source (a hostile review); then, where the folder's reading of code was not python-markdown's
    (a line starting with "```yaml```", a fence never closed, an indented one, backticks in an HTML block), so did
    the first way of removing them (another). Every comment is emptied, wherever it is; the address leads to a
    page of the internal folder, which holds the text around the comment."""
    site = "https://your-organisation.github.io/evidence-portfolio/"
    withheld = "partnerships/do/2026-09-10-safeguarding-referral-pathway-note"
    page = sample / "evidence" / "partnerships" / "do" / "2026-03-18-active-estates-case-study.md"
    written = page.read_text(encoding="utf-8")
    note = f"<!-- draft: {site}{withheld}/ -->"
    for before, after in [
        ("End.", ""),
        ("```yaml``` files are plain text.\n\n", ""),
        ("```\n", ""),
        ("    ```\nmore\n\n", ""),
        ("<div>\n`x ", " y`\n</div>"),
    ]:
        page.write_text(written + f"\n{before}{note}{after}\n", "utf-8")
        for audience in ("public", "internal"):
            out = tmp_path / f"{audience}-{len(before)}"
            result = generate(sample, audience, out)
            assert result.code == 0, (before, result.stderr)
            text = (out / "docs" / page.relative_to(sample / "evidence")).read_text(encoding="utf-8")
            assert f"{before}<!---->{after}" in text and withheld not in text, (before, text[-300:])
        assert (tmp_path / f"internal-{len(before)}" / "docs" / f"{withheld}.md").is_file(), "the widest folder"
        assert not (tmp_path / f"public-{len(before)}" / "docs" / f"{withheld}.md").exists()


def test_a_comment_written_otherwise_leaves_its_page_out_of_the_folder(sample: Path, tmp_path: Path) -> None:
    """What browsers read as a comment but the first seal does not empty (`<?...>`) reaches the rendered HTML: the
    second seal, which removes it from a MkDocs site, leaves the page out of the folder, with a warning at the page,
    in every audience's folder alike (the widest holds the page without it)."""
    page = sample / "evidence" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n<?note the draft of the bid?>\n", "utf-8")
    for audience in ("public", "internal"):
        result = generate(sample, audience, tmp_path / audience)
        assert result.code == 1, result.stderr
        assert (
            "evidence/about.md:1: warning: left out of the folder: its HTML holds a comment with text in it, which the "
            "engine would publish in the page's source"
        ) in result.stderr, result.stderr
        assert not (tmp_path / audience / "docs" / "about.md").exists()
        assert (tmp_path / audience / "docs" / "index.md").is_file(), "the rest of the folder is written"
    page.write_text(page.read_text(encoding="utf-8").replace("<?note the draft of the bid?>", ""), "utf-8")
    assert (generate(sample, "internal", tmp_path / "again").code, (tmp_path / "again/docs/about.md").is_file()) == (
        0,
        True,
    )


def test_a_fence_zensical_reads_otherwise_hides_no_link_from_the_seals(zensical: str, sample: Path, tmp_path: Path):
    """Zensical adds pymdownx.superfences, which closes a fence of three tildes with one of four; python-markdown's
    fenced_code does not, and the second seal, rendering with it, read an automatic link as code, whose host was
    written with a backslash escape the first seal kept: Zensical made it a live link to a withheld item (a hostile
    review). The second seal renders as Zensical does, and the first undoes the escape, as python-markdown does."""
    word = "kanarysuperfenceszz"
    (sample / "evidence/partnerships/do" / f"{word}.md").write_text(item("Secret", "internal", "Internal.\n"), "utf-8")
    address = f"https://your\\-organisation.github.io/evidence-portfolio/partnerships/do/{word}/"
    (sample / "evidence/attack.md").write_text(f"# Attack\n\n~~~\n~~~~\n<{address}>\n~~~~\n", "utf-8")
    public = tmp_path / "public"
    result = generate(sample, "public", public)
    assert result.code in (0, 1) and "Traceback" not in result.stderr, result.stderr
    if public.exists():
        assert zensical_build(zensical, public).returncode == 0
        assert not holding(everything(public), word)
    internal = tmp_path / "internal"
    assert generate(sample, "internal", internal).code == 0
    assert zensical_build(zensical, internal).returncode == 0
    assert holding(everything(internal / "site"), word)


def test_an_address_taken_for_a_tag_is_in_no_folder_and_no_site(tmp_path: Path) -> None:
    """A public page linking a withheld one by its address without `https://`, in angle brackets: Markdown passes it
    on as a tag, which a browser shows as nothing, its name holding the withheld page's address in the public page's
    source, on the site and in the folder (a review of valid pages). It goes; the widest build and folder hold the
    withheld page."""
    sample = copy_sample(tmp_path / "sample")
    withheld = "partnerships/do/2026-09-10-safeguarding-referral-pathway-note"
    page = sample.root / "evidence" / "partnerships" / "do" / "2026-03-18-active-estates-case-study.md"
    page.write_text(
        page.read_text(encoding="utf-8")
        + f"\nSee <your-organisation.github.io/evidence-portfolio/{withheld}/> and <www.example.org/x> now.\n",
        encoding="utf-8",
    )
    slug = "safeguarding-referral"
    for audience in AUDIENCES:
        site = sample.build(audience=audience).site
        out = tmp_path / audience
        assert generate(sample.root, audience, out).code == 0
        held = [
            path
            for path in [*site.rglob("*"), *out.rglob("*")]
            if path.is_file() and slug in path.read_text(errors="replace")
        ]
        text = (site / "partnerships/do/2026-03-18-active-estates-case-study/index.html").read_text(encoding="utf-8")
        assert "See  and  now." in text
        if audience == "internal":
            assert held, "the widest build holds the withheld page"
        else:
            assert held == [], held


def test_a_file_only_a_link_shown_as_typed_names_is_in_no_folder(tmp_path: Path) -> None:
    """A Markdown link in a raw HTML block (`<div>` / `[draft](files/draft.pdf)` / `</div>`) is shown as typed: the
    site did not publish the file it names, attached to nothing, but the folder copied it, for Zensical to publish
    (a hostile review). Linked in Markdown the page reads, it is in both."""
    sample = copy_sample(tmp_path / "sample")
    folder = sample.root / "evidence" / "partnerships" / "do"
    (folder / "files").mkdir(exist_ok=True)
    (folder / "files" / "kanarydraft.pdf").write_bytes(b"%PDF-1.4\n")
    page = folder / "2026-03-18-active-estates-case-study.md"
    written = page.read_text(encoding="utf-8")
    for body, published in (
        ("<div>\n[draft](files/kanarydraft.pdf)\n</div>\n", False),
        ("[the draft](files/kanarydraft.pdf)\n", True),
    ):
        page.write_text(f"{written}\n{body}", encoding="utf-8")
        out = tmp_path / f"out-{published}"
        assert generate(sample.root, "public", out).code == 0
        site = sample.build(audience="public").site
        assert (out / "docs/partnerships/do/files/kanarydraft.pdf").is_file() is published
        assert (site / "partnerships/do/files/kanarydraft.pdf").is_file() is published
