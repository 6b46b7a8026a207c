"""`portfolio pack`: the assessor's copy in one zip. Its site works opened from disk (navigation, the library and
its filters, search) with no request leaving the folder; it holds the PDF, portfolio.json, evidence.csv and a README;
it holds nothing above its audience, while the internal pack holds everything (so the check cannot pass by testing
nothing)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from conftest import Project
from test_browser import browser  # noqa: F401  (the module's headless Chromium, skipping without it)
from test_publishing import CANARY, published  # noqa: F401  (a portfolio with canaries for each audience)

pytest.importorskip("weasyprint", reason="the pack holds a PDF: the pdf extra is not installed")


def make_pack(project: Project, tmp_path: Path, audience: str) -> tuple[Path, Path]:
    """The pack for `audience`, and the folder it unzips into."""
    output = tmp_path / f"pack-{audience}.zip"
    done = project.command("pack", str(project.root), "--audience", audience, "-o", str(output))
    assert (done.code, done.stdout.strip()) == (0, str(output)), done.stderr
    unzipped = tmp_path / f"unzipped-{audience}"
    with zipfile.ZipFile(output) as archive:
        archive.extractall(unzipped)
    return output, unzipped / output.stem


def every_text(folder: Path) -> str:
    """Every byte of the folder's files as text (lowercased), the PDF's extracted text included."""
    from pypdf import PdfReader

    texts = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            texts.append(path.as_posix())
            texts.append(path.read_bytes().decode("utf-8", "replace"))
            if path.suffix == ".pdf":
                texts += [page.extract_text() for page in PdfReader(path).pages]
    return "\n".join(texts).lower()


def test_the_pack_holds_the_site_the_pdf_the_exports_and_a_readme(
    published: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    output, folder = make_pack(published, tmp_path, "accreditor")
    with zipfile.ZipFile(output) as archive:
        names = archive.namelist()
    assert all(name.startswith(f"{output.stem}/") for name in names), "one folder, named as the zip"
    top = {name.split("/")[1] for name in names}
    assert top == {"README.txt", "site", "accreditation-pack.pdf", "portfolio.json", "evidence.csv"}
    data = json.loads((folder / "portfolio.json").read_text(encoding="utf-8"))
    assert data["audience"] == "accreditor" and data == json.loads((folder / "site/portfolio.json").read_text())
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert "Test portfolio" in readme and "accreditor audience, as of 2026-11-27" in readme
    assert "site/index.html" in readme and "do not publish it" in readme
    assert f"{len(data['items'])} items" in readme
    # Excel reads a CSV without a byte-order mark in the Windows encoding: the README says how to open it as UTF-8
    assert "open it with Data > From Text/CSV" in readme
    listed = readme.split("What is inside\n")[1].split("\n\n")[0].splitlines()
    assert len({len(line) - len(line[2:].split("  ")[-1].lstrip()) for line in listed}) == 1, "one column"
    # Opened from disk: every page is a file (no directory URLs), and every link inside the site leads to one.
    site = folder / "site"
    for page in site.rglob("*.html"):
        for anchor in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("a[href]"):
            href = anchor["href"].split("#")[0].split("?")[0]
            if not href or ":" in href:
                continue
            assert (page.parent / href).resolve().is_file(), f"{page.relative_to(site)} links to {href}"
    assert (site / "search/search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    assert not (site / "404.html").exists(), "a server's page, with links from the server's root"
    # the pack's page says where its PDF is (an assessor looked for it from the site); the site's own does not
    cover = BeautifulSoup((site / "accreditation-pack.html").read_text(encoding="utf-8"), "html.parser")
    facts = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in cover.select(".portfolio-pack-cover dt")}
    assert facts["As a PDF"] == "the file accreditation-pack.pdf, beside this site's folder (site) in the pack"
    assert "As a PDF" not in published.build(audience="accreditor").html("accreditation-pack/")


def test_the_pack_holds_nothing_above_its_audience_and_the_widest_holds_everything(
    published: Project,  # noqa: F811
    tmp_path: Path,
) -> None:
    for audience, absent, present in (
        ("public", ("acc", "int"), ()),
        ("accreditor", ("int",), ("acc",)),
        ("internal", (), ("acc", "int")),
    ):
        _, folder = make_pack(published, tmp_path, audience)
        text = every_text(folder)
        for marker in absent:
            assert f"{CANARY}{marker}" not in text, f"the {audience} pack holds a {marker} canary"
        for marker in present:
            assert f"{CANARY}{marker} body" in text, f"the {audience} pack lacks the {marker} item's body"
            assert f"{CANARY}{marker}-attachment.csv" in text


def test_an_audience_left_in_the_environment_does_not_widen_the_pack(published: Project, tmp_path: Path) -> None:  # noqa: F811
    """PORTFOLIO_AUDIENCE=internal, left set for a preview, does not make the assessor's copy an internal one: the
    pack is the accreditor's unless --audience says otherwise (and --audience internal holds the internal items)."""
    for chosen, absent, present in (((), ("int",), ("acc",)), (("--audience", "internal"), (), ("acc", "int"))):
        output = tmp_path / f"pack{len(chosen)}.zip"
        given = {"PORTFOLIO_AUDIENCE": "internal"}
        done = published.command("pack", str(published.root), *chosen, "-o", str(output), env=given)
        assert done.code == 0, done.stderr
        with zipfile.ZipFile(output) as archive:
            archive.extractall(tmp_path / output.stem)
        text = every_text(tmp_path / output.stem / output.stem)
        assert not [marker for marker in absent if f"{CANARY}{marker}" in text]
        assert all(f"{CANARY}{marker} body" in text for marker in present)
        assert ("PORTFOLIO_AUDIENCE=internal is not read" in done.stderr) == (not chosen)
    # PORTFOLIO_AUDIENCE=public, a public build's job, narrows it: the pack made the accreditor's (a hostile review)
    output = tmp_path / "public.zip"
    done = published.command("pack", str(published.root), "-o", str(output), env={"PORTFOLIO_AUDIENCE": "public"})
    assert done.code == 0 and not done.stderr, done.stderr
    with zipfile.ZipFile(output) as archive:
        archive.extractall(tmp_path / "public")
    text = every_text(tmp_path / "public/public")
    assert f"{CANARY}acc" not in text and "old minutes" in text


def test_a_portfolio_with_errors_gets_no_pack(project: Project, tmp_path: Path) -> None:
    project.item("a.md", "title: A\ntype: evidnce\nmaps_to: partnerships/plan\ndate: 2026-01-01")
    output = tmp_path / "pack.zip"
    done = project.command("pack", str(project.root), "-o", str(output))
    assert done.code == 1 and not output.exists()
    assert 'evidence/a.md:3: error: unknown type "evidnce"' in done.stderr
    assert "portfolio pack: the portfolio has errors (above); fix them first" in done.stderr


def test_the_pack_is_a_zip(project: Project, tmp_path: Path) -> None:
    done = project.command("pack", str(project.root), "-o", str(tmp_path / "pack.tar"))
    assert done.code == 2 and "does not end in .zip" in done.stderr


def test_by_default_the_pack_goes_where_git_does_not_look(project: Project) -> None:
    done = project.command("pack", str(project.root))
    assert done.code == 0, done.stderr
    assert done.stdout.strip() == str(project.root / "packs/portfolio-pack-accreditor-2026-11-27.zip")
    ignored = (Path(__file__).parent.parent / "plugins/evidence_portfolio/starter/project/.gitignore").read_text()
    assert "/packs/" in ignored.splitlines()


def test_opened_from_disk_the_library_filters_and_search_work_and_nothing_leaves_the_folder(
    published: Project,  # noqa: F811
    tmp_path: Path,
    browser: Any,  # noqa: F811
) -> None:
    _, folder = make_pack(published, tmp_path, "accreditor")
    site = (folder / "site").resolve()
    requests: list[str] = []
    errors: list[str] = []
    page = browser.new_page()
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((site / "index.html").as_uri())
    page.locator("label.md-nav__link", has_text="Browse").first.click()  # the navigation's collapsed section
    page.locator('a[href="library.html"]:visible').first.click()
    assert page.url == (site / "library.html").as_uri()
    page.locator("[data-item]").first.wait_for(state="attached")  # listed by the library's script
    every = page.locator("[data-item]").count()
    page.goto((site / "library.html").as_uri() + "?type=case-study")
    shown = page.locator("[data-item]:visible").evaluate_all("items => items.map(item => item.dataset.item)")
    assert f"partnerships/{CANARY}acc-file" in shown and len(shown) < every
    page.goto((site / "index.html").as_uri())
    page.locator("input.md-search__input").click(force=True)
    page.keyboard.type("image")  # a word only the canary items' bodies hold ("... body with an image")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    found = " ".join(results.all_inner_texts()).lower()
    assert f"{CANARY}acc" in found and f"{CANARY}int" not in found
    # printed, the pack's page gave each item the published site's address: of another audience's site, and of
    # pages ending in .html, where that site has none (a journey review); a copy for disk prints no address
    page.goto((site / json.loads((folder / "portfolio.json").read_text())["pages"]["print"]).as_uri())
    page.emulate_media(media="print")
    printed = page.eval_on_selector_all(
        "article a[href]", "as => as.map(a => [a.getAttribute('href'), getComputedStyle(a, '::after').content])"
    )
    items = [after for href, after in printed if href.endswith(".html") and "/" in href]
    assert items and set(items) <= {"none", "normal"}, printed
    page.close()
    assert not errors, errors
    outside = [url for url in requests if not url.startswith(site.as_uri() + "/")]
    assert requests and not outside, outside


def test_a_site_built_with_materials_offline_plugin_loads_its_shim_from_the_site(project: Project) -> None:
    project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text().replace("  - search\n", "  - search\n  - offline\n")
    )
    result = project.build(strict=True)
    assert not result.failed, result.log
    html = (result.site / "index.html").read_text(encoding="utf-8")
    assert "unpkg.com" not in html and 'src="assets/portfolio/iframe-worker-shim.js"' in html
    assert (result.site / "assets/portfolio/iframe-worker-shim.js").is_file()
    assert "Content-Security-Policy" not in html  # opened from disk, its files are no 'self' of a policy


def test_the_pack_loads_no_fonts_from_elsewhere_and_says_nothing_but_its_path(project: Project, tmp_path: Path) -> None:
    """Without `font: false` in mkdocs.yml, every page of the pack loaded Material's fonts from Google; and the
    portfolio's warnings came out of the pack's build as "portfolio: PATH:LINE: ..." lines (an outside review)."""
    from conftest import MKDOCS_YML

    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", ""))
    project.item(
        "a.md", "title: A\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public\nsumary: x"
    )
    assert "fonts.googleapis.com" in project.build().html(""), "the site loads them: the test tests something"
    output = tmp_path / "pack.zip"
    done = project.command("pack", str(project.root), "--audience", "public", "-o", str(output))
    assert done.code == 0 and "portfolio: " not in done.stderr and "sumary" not in done.stderr, done.stderr
    with zipfile.ZipFile(output) as archive:
        pages = [archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".html")]
    assert pages and not any("fonts.googleapis.com" in page or "fonts.gstatic.com" in page for page in pages)


def test_the_pack_and_the_pdf_name_items_still_holding_placeholder_text(project: Project, tmp_path: Path) -> None:
    """An item `portfolio new` wrote and nobody finished went into the assessor's pack reading "What it is, who
    produced it and when." without a word: the pack and the PDF name it at its line, as notes (they still write)."""
    from evidence_portfolio.model.item_types import ITEM_TYPES

    line = ITEM_TYPES["evidence"].placeholder_lines[0]
    front = "title: Draft\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: "
    project.item("draft.md", front + "public", body=f"# Draft\n\n{line}\n")
    project.item("hidden.md", front.replace("Draft", "Hidden") + "internal", body=f"{line}\n")
    said = f'evidence/draft.md:10: note: still holds the placeholder text "{line}" that `portfolio new` writes'
    done = project.command("pack", str(project.root), "--audience", "public", "-o", str(tmp_path / "pack.zip"))
    assert done.code == 0 and said in done.stderr, done.stderr
    assert (
        "hidden.md" not in done.stderr
        and "portfolio pack: 1 item in the pack still holds placeholder text (above)" in done.stderr
    )
    done = project.command("pdf", str(project.root), "--audience", "internal", "-o", str(tmp_path / "pack.pdf"))
    assert done.code == 0 and said in done.stderr and "evidence/hidden.md:8: note: " in done.stderr, done.stderr
    assert "portfolio pdf: 2 items in the pack still hold placeholder text (above)" in done.stderr
    assert done.stdout.strip() == str(tmp_path / "pack.pdf")


def test_the_pack_and_the_pdf_are_not_written_where_the_site_would_publish_them(sample: Project) -> None:
    """Written into the theme's custom_dir (or evidence/), an internal pack or PDF was in the next public build,
    since MkDocs copies every file there into the site (a hostile review): both are refused, and nothing written."""
    root = sample.root
    plain = (root / "mkdocs.yml").read_text(encoding="utf-8")
    assert "  custom_dir: site_templates\n" in plain
    # and with custom_dir written with MkDocs' own tag, which the command read as no folder at all (a review)
    for written in ("site_templates", "!relative $config_dir/site_templates"):
        sample.write("mkdocs.yml", plain.replace("  custom_dir: site_templates\n", f"  custom_dir: {written}\n"))
        for command, name in (("pack", "staff.zip"), ("pdf", "staff.pdf")):
            for folder in ("site_templates", "evidence/downloads"):
                output = root / folder / name
                done = sample.command(command, str(root), "--audience", "internal", "-o", str(output))
                said = f"inside {folder.split('/')[0]}/, whose every file"
                assert done.code == 2 and said in done.stderr, (written, done.stderr)
                assert not output.exists()


def test_a_command_asked_to_stop_cleans_up_and_says_so(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGTERM (as CI and `kill` send) stopped `portfolio pack` at once, leaving its temporary site behind; it now
    ends the command as Ctrl+C does: what it was making is cleaned up, exit 130."""
    import dataclasses
    import os
    import signal
    import tempfile

    from evidence_portfolio.commands import command_line as cli

    left: list[Path] = []

    def stopped_while_making(args: Any) -> int:
        with tempfile.TemporaryDirectory(prefix="portfolio-pack-") as scratch:
            left.append(Path(scratch))
            os.kill(os.getpid(), signal.SIGTERM)
        return 0

    monkeypatch.setitem(cli.COMMANDS, "pack", dataclasses.replace(cli.COMMANDS["pack"], run=stopped_while_making))
    done = project.command("pack", str(project.root))
    assert done.code == 130 and "portfolio pack: stopped before it finished" in done.stderr
    assert left and not left[0].exists()
    assert signal.getsignal(signal.SIGTERM) is not None, "the handler before the command is put back"


def test_the_packs_pages_lead_where_the_sites_do(project: Project, tmp_path: Path) -> None:
    """Raw HTML's relative URLs lead from a page's address on the site (`pub/open/`), and the pack's copy for disk
    gives the page another (`pub/open.html`): an image that worked on the site was dropped from the pack, and a URL
    that led nowhere on the site led, in the pack, to a file only an internal item uses, which the pack then held
    (an outside review). They are rewritten for the pack's addresses: the pack holds what the site holds."""
    project.item(
        "pub/open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: public",
        '<img src="../img/chart.png" alt="the chart"> <img src="../int/files/kanarypackzz.png" alt="not here">\n'
        # a review's ways of making one rewritten URL lead elsewhere than on the site
        '<img src="?x/../../../int/files/kanarypackzz.png" alt="q"> <img src="..//..//..//int/files/kanarypackzz.png">'
        ' <img src="&#47;&#47;x&#47;..&#47;..&#47;..&#47;..&#47;int&#47;files&#47;kanarypackzz.png">'
        ' <img src="&#104;ttp://x/../../../../int/files/kanarypackzz.png"> <img src="&#9;../x">\n',
    )
    project.write("evidence/pub/img/chart.png", "png\n")
    project.write("evidence/int/files/kanarypackzz.png", "png\n")
    project.item(
        "int/secret.md",
        "title: Secret\ntype: evidence\nmaps_to: people/plan\ndate: 2026-11-01",
        "![](files/kanarypackzz.png)\n",
    )
    site = project.build(audience="public")
    assert 'src="../img/chart.png"' in site.html("pub/open/") and not list(site.site.rglob("kanarypack*"))
    _, public = make_pack(project, tmp_path, "public")
    page = (public / "site/pub/open.html").read_text(encoding="utf-8")
    assert 'src="open/../img/chart.png"' in page and (public / "site/pub/img/chart.png").is_file()
    assert not list(public.rglob("kanarypack*")), "no file of the internal item is in the pack"
    _, internal = make_pack(project, tmp_path, "internal")
    assert (internal / "site/int/files/kanarypackzz.png").is_file(), (
        "the internal pack holds it: the test tests something"
    )


def test_raw_html_links_to_pages_lead_to_the_same_pages_in_the_pack(project: Project, tmp_path: Path) -> None:
    """`<a href="../other/">` leads from `pub/open/` to the page `pub/other/` on the site; in the pack that page is
    `pub/other.html`, and the link was reduced to its text (an outside review). A link to a page withheld stays
    reduced, and a query's quote cannot leave the attribute."""
    front_matter = "type: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: public"
    project.item(
        "pub/open.md",
        f"title: Open\n{front_matter}",
        '<a href="../other/">plain</a> <a href="../other/index.html#part">with its file</a> '
        '<a href="../other/?q=&quot;onmouseover=alert(1)">quoted</a> <a href="../../int/secret/">withheld</a> '
        '<a href="../../">home</a> <a href="../../../pub/other/">above the site</a> '
        '<a href="../other/#café">accented</a>\n'  # (an outside review: reduced to its text in the copy)
        # unquoted, a decoded space ended the value: what followed were attributes (a hostile review)
        "<a href=../other/?a&#32;onmouseover&#61;alert(1)>unquoted</a> "
        "<img srcset=../other/?a&#32;1x,&#32;../../int/files/kanarylinkedzz.pdf&#32;2x alt=set>\n\n"
        # a rewrite that dropped the backtick made Markdown read the tag, code text on the site, as a live element
        'Para <img alt="k" src="../other/#`" onerror="document.title=\'x\'"> and `tail`.\n',
    )
    project.write("evidence/int/files/kanarylinkedzz.pdf", "%PDF\n")
    project.item("pub/other.md", f"title: Other\n{front_matter}", "## Part\n\nText.\n")
    project.item(
        "int/secret.md",
        "title: Kanarylinkedzz\ntype: evidence\nmaps_to: people/plan\ndate: 2026-11-01\n"
        "attachments: [files/kanarylinkedzz.pdf]",
    )
    site = BeautifulSoup(project.build(audience="public").html("pub/open/"), "html.parser")
    on_site = {a.get_text(): a.get("href") for a in site.select("article a")}
    assert [on_site[text] for text in ("plain", "with its file", "quoted", "home")] == [
        "../other/",
        "../other/index.html#part",
        '../other/?q="onmouseover=alert(1)',
        "../../",
    ]
    _, public = make_pack(project, tmp_path, "public")
    page = BeautifulSoup((public / "site/pub/open.html").read_text(encoding="utf-8"), "html.parser")
    links = {a.get_text(): a.get("href") for a in page.select("article a")}
    assert links["plain"] == "other.html" and links["with its file"] == "other.html#part"
    assert links["accented"] == "other.html#café"
    assert links["home"] == "../index.html" and "quoted" not in links, "not plain: prefixed, and then reduced"
    assert "withheld" not in links and "above the site" not in links, "reduced to their text, as on the site"
    assert not page.select("[onmouseover]") and page.select_one("img[alt=set]").attrs == {"alt": "set"}
    assert not page.select("[onerror]") and not site.select("[onerror]"), "code text in both, as on the site"
    assert "kanarylinkedzz" not in every_text(public)
    _, internal = make_pack(project, tmp_path, "internal")
    inside = BeautifulSoup((internal / "site/pub/open.html").read_text(encoding="utf-8"), "html.parser")
    assert {a.get_text(): a.get("href") for a in inside.select("article a")}["withheld"] == "../int/secret.html"


def test_nothing_of_the_packs_pages_loads_from_elsewhere(project: Project, tmp_path: Path) -> None:
    """An item's raw HTML loading an image, a frame or a stylesheet from another site loaded it in the pack too,
    which promises that no request leaves the folder (an outside review): those URLs are reduced in the pack (an
    image to its alt text), as the PDF does; links to other sites stay, as on the site."""
    body = (
        '<img src="https://tracker.example/pixel.png" alt="the pixel"> <iframe src="//frames.example/x"></iframe>\n'
        '<link rel="stylesheet" href="https://styles.example/a.css"> <img srcset="https://sets.example/a.png 2x">\n'
        '<span style="background: url(https://css.example/b.png)">x</span> <img src="file:///etc/hostname.png">\n'
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="inline"> '
        '<a href="https://partner.example/report">the report</a>\n'
    )
    project.item(
        "pub/open.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: public",
        body,
    )
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml")
        .read_text()
        .replace(
            "  font: false\n", "  font: false\n  logo: https://logos.example/l.png\n  favicon: //icons.example/f.png\n"
        )
        + "extra_javascript: ['https://scripts.example/a.js']\nextra_css: ['//sheets.example/b.css']\n"
        + "extra:\n  polyfills: ['https://polyfills.example/c.js']\n  analytics:\n    provider: google\n"
        + "    property: G-TEST\nrepo_url: https://github.com/example/portfolio\n",
    )  # mkdocs.yml's own, which the theme puts in every page's head (and its script asks the repository's host)
    elsewhere = ("tracker.example", "frames.example", "styles.example", "sets.example", "css.example", "file:///etc")
    elsewhere += ("scripts.example", "sheets.example", "polyfills.example", "logos.example", "G-TEST", "md-source")
    elsewhere += ("icons.example",)
    kept = elsewhere[5:]  # the site leaves out what a page would load from other hosts, not mkdocs.yml's own
    site = project.build(audience="public").html("pub/open/")
    assert all(host in site for host in kept), "the site keeps them: the test tests something"
    assert not [host for host in elsewhere[:5] if host in site]
    _, public = make_pack(project, tmp_path, "public")
    page = (public / "site/pub/open.html").read_text(encoding="utf-8")
    assert not [host for host in elsewhere if host in page]
    assert "the pixel" in page and 'href="https://partner.example/report"' in page and "data:image/gif" in page
    # Material's own icon, in the favicon's place (it was "None", a file each page asked for: an assessor's review)
    icon = BeautifulSoup(page, "html.parser").select_one('link[rel="icon"]')
    assert icon is not None and icon["href"] == "../assets/images/favicon.png"
    assert (public / "site/assets/images/favicon.png").is_file()
    again = project.build(audience="public").html("pub/open/")
    assert all(host in again for host in kept), "MkDocs keeps the plugin between builds: the pack's copy did not stay"


def test_the_packs_pages_have_no_edit_button_to_nowhere(project: Project, tmp_path: Path) -> None:
    """With a repository on GitHub and Material's edit button on, every page of the pack had an "Edit this page"
    link to a file of the disk that is not there, and the pack logged a warning of MkDocs' per page (an assessor's
    review): the copy has no such button; the site keeps its own."""
    project.item(
        "pub.md", "title: Pub\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: public"
    )
    config = (project.root / "mkdocs.yml").read_text()
    config = config.replace(
        "  font: false\n", "  font: false\n  features: [content.action.edit, content.action.view]\n"
    )
    project.write("mkdocs.yml", config + "repo_url: https://github.com/example/portfolio\n")
    site = project.build(audience="public").html("pub/")
    assert 'href="https://github.com/example/portfolio/edit/master/docs/pub.md"' in site, "the test tests something"
    output = tmp_path / "pack.zip"
    done = project.command("pack", str(project.root), "--audience", "public", "-o", str(output))
    assert done.code == 0 and "edit_uri" not in done.stderr, done.stderr
    with zipfile.ZipFile(output) as archive:
        page = archive.read("pack/site/pub.html").decode("utf-8")
    assert "md-content__button" not in page and "edit/master" not in page


def test_the_packs_pages_name_no_address_on_the_public_site_as_their_own(project: Project, tmp_path: Path) -> None:
    """The pack's copy gave each page a canonical link, and a sitemap, to addresses on the public site: those of the
    accreditor's pages are there on no site (an outside review). The copy names none; the site keeps its own."""
    project.item(
        "acc.md", "title: Acc\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: accreditor"
    )
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://trust.example.org/\n")
    site = project.build(audience="accreditor")
    assert 'rel="canonical" href="https://trust.example.org/acc/"' in site.html("acc/"), "the test tests something"
    assert (site.site / "sitemap.xml").is_file()
    _, folder = make_pack(project, tmp_path, "accreditor")
    pages = list((folder / "site").rglob("*.html"))
    assert (folder / "site/acc.html") in pages
    assert not [page for page in pages if 'rel="canonical"' in page.read_text(encoding="utf-8")]
    assert not list((folder / "site").glob("sitemap.xml*"))
    assert "trust.example.org" not in (folder / "site/acc.html").read_text(encoding="utf-8")


def test_a_pack_more_than_email_takes_is_said_with_its_largest_files(tmp_path: Path) -> None:
    """A pack of 400 MB (an item's videos) was written without a word, and the assessor's email refused it (a
    careless-user review): above about 20 MB, `portfolio pack` says so on stderr, naming the largest files."""
    import os

    from evidence_portfolio.commands.pack import size_note

    small, large = tmp_path / "small.zip", tmp_path / "large.zip"
    with zipfile.ZipFile(small, "w") as archive:
        archive.writestr("pack/site/index.html", "<p>Small</p>")
    with zipfile.ZipFile(large, "w") as archive:
        archive.writestr("pack/site/index.html", "<p>Large</p>")
        archive.writestr("pack/site/pool/opening.mp4", os.urandom(21_000_000))
    assert size_note(small) is None
    assert size_note(large) == (
        "the pack is 21 MB, more than most email takes (about 20 MB): share it through your organisation's file "
        "sharing, or make its largest files smaller; the largest: pack/site/pool/opening.mp4 (21 MB), "
        "pack/site/index.html (1 KB)"
    )


def test_a_link_by_the_sites_full_address_to_a_withheld_page_is_not_kept_in_a_pack(
    project: Project, tmp_path: Path
) -> None:
    """The copy names no address of its own, and the seal took the site's full addresses for another website's:
    a public page's link to an internal page by its full address, in its text or in mkdocs.yml's navigation, was
    kept in the public and the accreditor's packs (a hostile review). The widest pack holds the page."""
    project.item(
        "secret-notes.md",
        "title: Notes\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: internal",
        "Internal notes.",
    )
    project.write(
        "evidence/index.md",
        "# Home\n\nSee [the notes](https://trust.example.org/secret-notes/) and "
        "[the file](https://trust.example.org/secret-notes.md). And [the open notes]"
        "(https://trust.example.org/open-notes/), a public page, by its full address (a review of valid portfolios: "
        "removed in the pack).\n",
    )
    config = (project.root / "mkdocs.yml").read_text()
    project.write(
        "mkdocs.yml",
        config + "site_url: https://trust.example.org/\n"
        "copyright: See <a href='https://trust.example.org/open-notes/'>our notes</a>\n"
        "nav:\n  - Home: index.md\n  - Full notes: https://trust.example.org/secret-notes/\n",
    )
    project.item(
        "open-notes.md",
        "title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: public",
        "Open notes.",
    )
    for audience, held in (("public", False), ("accreditor", False), ("internal", True)):
        _, folder = make_pack(project, tmp_path, audience)
        assert ("secret-notes" in every_text(folder / "site")) is held, audience
        home = BeautifulSoup((folder / "site/index.html").read_text(encoding="utf-8"), "html.parser")
        # the public page in the copy, not on the site, where an accreditor's page is not (an outside review)
        assert home.find("a", string="the open notes")["href"] == "open-notes.html", audience
    accreditor = "title: Plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility: accreditor"
    project.item(
        "assessor-plan.md",
        accreditor.replace("2026-11-01", '2026-11-01\nattachments: ["files/Award photo #2.png"]'),
        "The plan.",
    )
    project.write("evidence/files/Award photo #2.png", "\x89PNG\r\n\x1a\n")
    project.write(
        "evidence/open-notes.md",
        (project.root / "evidence/open-notes.md").read_text()
        + "\nSee [the plan](https://trust.example.org/assessor-plan/#the-plan), [the photo]"
        "(https://trust.example.org/files/Award%20photo%20%232.png), "
        '<a href="//trust.example.org/library/?type=evidence">the library</a> and '
        "[another site](https://other.example.org/assessor-plan/) [the sitemap](https://trust.example.org/sitemap.xml)"
        ".\n",
    )
    _, folder = make_pack(project, tmp_path, "accreditor")
    page = BeautifulSoup((folder / "site/open-notes.html").read_text(encoding="utf-8"), "html.parser")
    links = {a.get_text(): a["href"] for a in page.select("article a")}
    assert links["the plan"] == "assessor-plan.html#the-plan" and (folder / "site/assessor-plan.html").is_file()
    assert links["the library"] == "library.html?type=evidence" and (folder / "site/library.html").is_file()
    assert (
        links["the photo"] == "files/Award%20photo%20%232.png" and (folder / "site/files/Award photo #2.png").is_file()
    )
    assert links["another site"] == "https://other.example.org/assessor-plan/"
    # a server's file the copy leaves out stays the site's (a false-positive review: led to no file)
    assert links["the sitemap"] == "https://trust.example.org/sitemap.xml"
    # what every page shows (the footer) is not written from one page: a way from the top led out of the copy
    # from a page below it (a hostile review)
    assert page.find("a", string="our notes")["href"] == "https://trust.example.org/open-notes/"
    _, public = make_pack(project, tmp_path, "public")
    page = BeautifulSoup((public / "site/open-notes.html").read_text(encoding="utf-8"), "html.parser")
    assert "the plan" not in {a.get_text() for a in page.select("article a")}, "withheld: its text alone"


def test_a_pack_of_a_site_without_directory_urls_reads_a_full_address_as_that_site_does(
    project: Project, tmp_path: Path
) -> None:
    """On a site without directory URLs, the page x/ is x/index.html, not x.html: the copy took a link to an internal
    x/index.md for one to the public x.md, kept it, and then refused its own page (a hostile review)."""
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml").read_text() + "site_url: https://trust.example.org/\nuse_directory_urls: false\n",
    )
    head = "type: evidence\nmaps_to: partnerships/plan\ndate: 2026-11-01\nvisibility:"
    project.item("notes/index.md", f"title: Inner\n{head} internal", "Inner notes.")
    project.item("notes.md", f"title: Outer\n{head} public", "Outer notes.")
    project.write("evidence/about.md", "# About\n\nSee [the inner notes](https://trust.example.org/notes/) now.\n")
    for audience, held in (("public", False), ("internal", True)):
        _, folder = make_pack(project, tmp_path, audience)
        about = BeautifulSoup((folder / "site/about.html").read_text(encoding="utf-8"), "html.parser")
        assert (about.find("a", string="the inner notes") is not None) is held, audience
        assert ("inner notes." in every_text(folder / "site")) is held, audience
