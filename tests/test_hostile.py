"""Hostile and careless input: it is reported or handled, never crashes, hangs, injects markup or loses files."""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.parse

import pytest
from bs4 import BeautifulSoup

from conftest import MKDOCS_YML, Project

BOMB = "lol: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"lol{n}: &{chr(98 + n)} [{', '.join([f'*{chr(97 + n)}'] * 9)}]\n" for n in range(8)
)


def lines_of(project: Project, path: str) -> list[str]:
    return [line for line in project.check_in_process().lines if line.startswith(path + ":")]


def test_alias_bomb_is_rejected_fast(project: Project) -> None:
    project.write("evidence/bomb.md", "---\ntitle: Bomb\ntype: evidence\n" + BOMB + "---\nBody\n")
    started = time.monotonic()
    lines = lines_of(project, "evidence/bomb.md")
    assert time.monotonic() - started < 20  # a subprocess; the YAML itself is refused in well under a second
    assert lines == [
        "evidence/bomb.md:9: error: the YAML's aliases (*name) expand to more than 100,000 values; write the "
        "values out instead"
    ]


def test_a_file_of_more_values_than_are_read_without_an_alias_is_not_said_to_expand_aliases() -> None:
    """A framework of 4,000 challenges was told its aliases expanded too far, and it had none (an outside review)."""
    from evidence_portfolio.reading.yaml_lines import YamlProblem, load_yaml

    with pytest.raises(YamlProblem) as refused:
        load_yaml("items:\n" + "".join(f"  - {{a: {n}, b: {n}}}\n" for n in range(40_000)))
    assert refused.value.message.startswith("the file holds more than 100,000 values"), refused.value.message


def test_alias_that_contains_itself_and_deep_nesting_are_errors(project: Project) -> None:
    project.write("evidence/loop.md", "---\ntitle: Loop\ntags: &a [*a]\n---\n")
    project.write("evidence/deep.md", "---\ntitle: Deep\ntags: " + "[" * 200 + "]" * 200 + "\n---\n")
    project.write("evidence/deeper.md", "---\ntitle: Deeper\ntags: [a]\nmore: " + "[" * 5000 + "]" * 5000 + "\n---\n")
    project.write(
        "evidence/block.md", "---\ntitle: Block\n" + "".join("  " * i + f"k{i}:\n" for i in range(300)) + "---\n"
    )
    # the line where the first level too many starts (Python's own limit was reached first, and line 2 named)
    assert lines_of(project, "evidence/deeper.md") == [
        "evidence/deeper.md:4: error: the YAML is nested more than 50 levels deep; write the value with fewer "
        "lists and mappings inside each other"
    ]
    assert [line.split(": error")[0] for line in lines_of(project, "evidence/block.md")] == ["evidence/block.md:52"]
    assert lines_of(project, "evidence/loop.md") == [
        "evidence/loop.md:3: error: an alias (*name) refers to the value that contains it; write the value out "
        "instead of the alias"
    ]
    assert lines_of(project, "evidence/deep.md") == [
        "evidence/deep.md:3: error: the YAML is nested more than 50 levels deep; write the value with fewer lists "
        "and mappings inside each other"
    ]


def test_oversized_item_is_an_error_with_a_configurable_limit(project: Project) -> None:
    project.item("big.md", "title: Big\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "x" * 6_000_000)
    assert lines_of(project, "evidence/big.md") == [
        "evidence/big.md:1: error: the file is 6.0 MB, more than the limit of 5 MB (max_file_mb in mkdocs.yml); "
        "split it, or move large content into an attachment"
    ]
    assert project.build().failed
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml")
        .read_text()
        .replace("      as_of: 2026-11-27\n", "      as_of: 2026-11-27\n      max_file_mb: 7\n"),
    )
    assert lines_of(project, "evidence/big.md") == []
    assert not project.build().failed
    project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text().replace("max_file_mb: 7\n", "max_file_mb: 0.005\n")
    )
    project.item("small.md", "title: Small\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "x" * 6_000)
    assert lines_of(project, "evidence/small.md") == [
        "evidence/small.md:1: error: the file is 0.00607 MB, more than the limit of 0.005 MB (max_file_mb in "
        "mkdocs.yml); split it, or move large content into an attachment"
    ]


def test_a_page_over_the_limit_is_not_read_for_the_names_it_holds(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 30 MB page, refused as too large, was still read as a browser might read it, for the files it may name: 14 s
    and 2.2 GB (a conformance review). It is not read: a page that cannot be read may name any file, so the files
    only it could lead to stay unpublished (the build stops at its error anyway)."""
    from evidence_portfolio.site import mentions

    read: list[int] = []
    reading = mentions.Mentions.__init__

    def recorded(self: mentions.Mentions, text: str) -> None:
        read.append(len(text))
        reading(self, text)

    monkeypatch.setattr(mentions.Mentions, "__init__", recorded)
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml")
        .read_text()
        .replace("as_of: 2026-11-27\n", "as_of: 2026-11-27\n      max_file_mb: 0.01\n"),
    )
    project.item(
        "big.md", "title: Big\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01", "See files/a.pdf. " * 2_000
    )
    project.item(
        "odd.md",
        "title: Odd\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: [",
        "See files/b.pdf.",
    )
    assert {p.code for p in project.problems()} >= {"file-too-large", "yaml-syntax"}
    assert read and max(read) < 1_000, read  # the page with a YAML error is read, the one over the limit is not


def test_awkward_file_names_build_with_working_links(project: Project) -> None:
    names = ["with spaces.md", "café-ünïcode.md", "number#1.md", "what?.md", "100% & more.md"]
    for number, name in enumerate(names):
        project.item(
            f"odd/{name}", f"title: Odd {number}\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01"
        )
    project.write("evidence/odd/files/report #2 (final).csv", "a,b\n")
    project.item(
        "odd/attached.md",
        "title: Attached\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\n"
        "attachments: ['files/report #2 (final).csv']",
    )
    result = project.build()
    assert not result.failed, result.log
    items = {item["title"]: item for item in result.portfolio["items"]}
    challenge = BeautifulSoup(result.html("challenges/partnerships/"), "html.parser")
    links = {li["data-item"]: li.a["href"] for li in challenge.select("li[data-item]")}
    for number, name in enumerate(names):
        url = items[f"Odd {number}"]["url"]
        assert urllib.parse.unquote(url) == "odd/" + name.removesuffix(".md") + "/"
        link = links["odd/" + name.removesuffix(".md")]
        target = urllib.parse.unquote(urllib.parse.urljoin("http://x/challenges/partnerships/", link))
        assert (result.site / target.removeprefix("http://x/") / "index.html").exists(), link
    panel = BeautifulSoup(result.html(items["Attached"]["url"]), "html.parser").select_one(".portfolio-panel")
    href = panel.find("dt", string="Attachments").find_next_sibling("dd").a["href"]
    target = urllib.parse.unquote(urllib.parse.urljoin("http://x/" + items["Attached"]["url"], href))
    assert (result.site / target.removeprefix("http://x/")).read_text() == "a,b\n"


def test_crlf_and_byte_order_mark_are_accepted(project: Project) -> None:
    text = "\ufeff---\r\ntitle: Windows file\r\ntype: evidence\r\nmaps_to: people/plan\r\ndate: 2026-01-01\r\n---\r\n# Hi\r\n"
    project.write("evidence/windows.md", text.encode("utf-8"))
    assert lines_of(project, "evidence/windows.md") == []
    result = project.build()
    assert [i["title"] for i in result.portfolio["items"]] == ["Windows file"]
    framework = (project.root / "framework.yml").read_text()
    project.write("framework.yml", ("\ufeff" + framework.replace("\n", "\r\n")).encode("utf-8"))
    assert not project.build().failed


INJECTIONS = ['<script>alert("x")</script>', '"><img src=x onerror=alert(1)>', "{{ 7*7 }}", "{% raw %}x{% endraw %}"]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_markup_in_fields_is_shown_as_text_everywhere(project: Project, payload: str, tmp_path) -> None:
    quoted = json.dumps(payload)
    framework = (project.root / "framework.yml").read_text()
    project.write(
        "framework.yml",
        framework.replace("title: Partnerships\n", f"title: {quoted}\n", 1).replace(
            "- Partners are involved.", f"- {quoted}"
        ),
    )
    for kind, extra in (("case-study", ""), ("celebration", ""), ("action", f"\nowner: {quoted}\ndue: 2027-01-01")):
        project.item(
            f"{kind}.md",
            f"title: {quoted}\ntype: {kind}\nmaps_to: partnerships/plan\ndate: 2026-01-01\nsummary: {quoted}\n"
            f"partners: [{quoted}]\ntags: [{quoted}]\nvisibility: public{extra}",
        )
    result = project.build()
    assert not result.failed, result.log
    data = result.portfolio
    pages = [data["pages"][role] for role in data["pages"]] + [data["challenges"][0]["url"]]
    pages += [item["url"] for item in data["items"]]
    for url in pages:
        html = result.html(url)
        soup = BeautifulSoup(html, "html.parser")
        assert not soup.select('img[src="x"]') and 'alert("x")</script>' not in html, url
        assert "49" not in soup.get_text(), url  # {{ 7*7 }} is never evaluated
    library = BeautifulSoup(result.html("library/"), "html.parser")
    assert all(li.select_one("a").get_text() == payload for li in library.select("li[data-item]"))
    assert [item["title"] for item in data["items"]] == [payload] * 3
    rows = list(csv.DictReader(io.StringIO((result.site / "evidence.csv").read_text(encoding="utf-8"))))
    partners = [next(csv.reader([row["partners"]], delimiter=";", skipinitialspace=True)) for row in rows]
    assert [(row["title"], row["summary"], *entries) for row, entries in zip(rows, partners, strict=True)] == [
        (payload, payload, payload)
    ] * 3  # a list's entry holding a quote is in quotes: read back whole
    weasyprint = pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    assert weasyprint
    from pypdf import PdfReader

    pdf = tmp_path / "pack.pdf"
    assert project.command("pdf", str(project.root), "-o", str(pdf)).code == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert payload.replace(" ", "") in text.replace(" ", "").replace("\n", "")


ITEM = "---\ntitle: Hostile\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\n---\n\n"
ASSESSMENT = (
    "---\ntitle: Hostile\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings:\n  plan: good\n"
    "visibility: public\n---\n\n"
)
GROWING = [
    # (case, path, text): each took from 15 s to minutes to check, a few hundred kilobytes at most (a hostile review)
    ("spaces-in-a-heading", "evidence/sa.md", ASSESSMENT + "## Plan" + " " * 2000 + "x\n\nText.\n"),
    ("symbols-after-a-heading", "evidence/sa.md", ASSESSMENT + "## " + "$" * 20_000 + "a\n\nText.\n"),
    (
        "a-comment-of-marks",
        "evidence/notes.md",
        "---\ntitle: Notes\n# type of page: notes\n#" + " #" * 40_000 + "\n---\n",
    ),
    ("comments-never-closed", "evidence/a.md", ITEM + "Text " + "<!--" * 60_000 + "\n"),
    ("pasted-tables", "evidence/a.md", ITEM + "a\tb\tc\na\tb\tc\n\n" * 30_000),
    ("code-spans", "evidence/a.md", ITEM + "See [it](b.md).\n\n" + "\n".join("`a` " * 25 for _ in range(4000))),
    ("merge-marks-never-closed", "evidence/a.md", ITEM + "Text.\n" + "<<<<<<<\n" * 40_000),
    (
        "merge-marks-in-code",
        "evidence/a.md",
        ITEM + "Text.\n\n```\n" + "<<<<<<<\n=======\n>>>>>>>\n" * 10_000 + "```\n",
    ),
    # (a scan of every pattern: a heading of 73 characters took 16 s, its time doubling with each "+:")
    ("shortcodes-or-symbols", "evidence/sa.md", ASSESSMENT + "## Training " + "+:" * 40 + "x\n\nText.\n"),
    ("a-heading-of-spaces-after-a-word", "evidence/sa.md", ASSESSMENT + "## Next" + " " * 50_000 + "steps\n\nText.\n"),
    ("a-rating-of-spaces", "evidence/sa.md", ASSESSMENT.replace("plan: good", 'plan: "' + " " * 5000 + 'x"')),
    (
        "a-partner-of-spaces",
        "evidence/a.md",
        ITEM.replace("visibility", 'partners: ["A' + " " * 50_000 + 'B"]\nvisibility'),
    ),
    ("a-row-of-tabs-under-a-table", "evidence/a.md", ITEM + "Some text.\n\n| a | b |\n" + "\t" * 40_000 + "x|-\n"),
    # (markdown-in-html: each line walked back to its paragraph's start, and the tags around each piece of text read)
    ("lines-after-an-empty-line-in-html", "evidence/a.md", ITEM + "<div>\n\n" + "a\n" * 30_000 + "</div>\n"),
    (
        "text-deep-in-html",
        "evidence/a.md",
        ITEM + "<div>\n" * 3000 + "a <b>x</b>\n<p>b</p>\n" * 2500 + "</div>\n" * 3000,
    ),
    ("a-key-of-spaces", "evidence/a.md", "---\ntitle: A\ntype: evidence\na" + " " * 50_000 + "b\t\n---\nText.\n"),
    (
        "ratings-of-many-pairs-on-a-line",
        "evidence/sa.md",
        "---\ntitle: SA\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-01-01\nratings: plan: good"
        + " do: fair" * 30
        + " :\n---\nText.\n",
    ),
]


@pytest.mark.parametrize(("case", "path", "text"), GROWING, ids=[row[0] for row in GROWING])
def test_a_file_made_to_be_read_slowly_is_read_in_time(project: Project, case: str, path: str, text: str) -> None:
    """Patterns and loops whose time grew as the square (or the cube) of a line's or a text's length: each now reads
    its text once. The limit is no measure (benchmarks/ measures), a guard against the square: each took 15 s or
    more before, and takes well under a second."""
    project.write(path, text)
    started = time.monotonic()
    project.problems()
    assert time.monotonic() - started < 5, case


def test_the_toc_extensions_title_is_printed_inert_by_both_engines(project: Project) -> None:
    """toc's `title`, which Material and Zensical print raw above every page's table of contents, would run a script
    on every page: the build and `portfolio generate` make it inert, by one definition (a read of the code found two)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML + "markdown_extensions:\n  - toc:\n      title: '<img src=x onerror=alert(1)>On this page'\n",
    )
    project.item(
        "a.md",
        "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public",
        "# A\n\n## One\n\n## Two\n",
    )
    built = project.build(audience="public")
    assert not built.failed, built.log
    page = built.html("a/")
    assert "&lt;img src=x onerror=alert(1)&gt;On this page" in page and "<img src=x" not in page
    out = project.root.parent / "generated"
    done = project.command("generate", str(project.root), "--audience", "public", "--out", str(out))
    assert done.code == 0, done.stdout + done.stderr
    toml = (out / "zensical.toml").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;On this page" in toml and "<img" not in toml
