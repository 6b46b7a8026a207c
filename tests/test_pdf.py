"""`portfolio pdf`: a complete, self-contained accreditation pack. It holds the full text of every item of the
build and nothing above its audience (the widest build holds everything); every link in it resolves, within the PDF
or to a page of the audience's site; images and attachments are embedded; it is tagged, described and bookmarked."""

from __future__ import annotations

import datetime
import io
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import MKDOCS_YML, Project, bookmarks_under
from test_publishing import CANARY, published  # noqa: F401  (a portfolio with canaries for each audience)

pytest.importorskip("weasyprint", reason="the pdf extra is not installed")

SITE = "https://portfolio.example.org/"
EXTERNAL = {"https://example.com/report", "mailto:team@example.org"}
LINKS_BODY = f"""## Links

- the [strategy](plan/strategy.md), and [its summary](plan/strategy.md#no-such-heading)
- the [evidence library](../library.md) and the [tags](../tags.md)
- the [plan section](../challenges/partnerships.md#plan) and the [improvement plan](../improvement-plan.md)
- the [secret item]({CANARY}int-file.md) and the [accreditors' item]({CANARY}acc-file.md)
- the [data](files/data.csv)
- a [report elsewhere](https://example.com/report), a [mail](mailto:team@example.org)
- back to [the links](#links)
- <a href="../library/">the library, written in HTML</a>

![A bar chart](files/chart.png)
"""


def png(size: tuple[int, int] = (40, 20), colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A picture of one colour, as a PNG file's bytes."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def linked(published: Project) -> Project:  # noqa: F811
    """The published portfolio, with a public item that links to everything a contributor might link to."""
    published.item(
        "partnerships/links.md",
        "title: Links everywhere\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public\n"
        "attachments: [files/data.csv]",
        LINKS_BODY,
    )
    published.write("evidence/partnerships/files/data.csv", "a,1\n")
    published.write("evidence/partnerships/files/chart.png", png())
    return published


def make_pdf(project: Project, tmp_path: Path, audience: str) -> Any:
    from pypdf import PdfReader

    output = tmp_path / f"{audience}.pdf"
    done = project.command("pdf", str(project.root), "--audience", audience, "-o", str(output))
    assert (done.code, done.stdout.strip()) == (0, str(output)), done.stderr
    return PdfReader(output)


def text_of(reader: Any) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def annotations(reader: Any, subtype: str) -> list[Any]:
    found = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == subtype:
                found.append(annotation)
    return found


def link_targets(reader: Any) -> tuple[list[str], list[str]]:
    """The named destinations and the URIs of every link of the PDF."""
    names, uris = [], []
    for link in annotations(reader, "/Link"):
        action = link.get("/A")
        action = action.get_object() if action is not None else None
        if action is not None and "/URI" in action:
            uris.append(str(action["/URI"]))
        else:
            destination = link.get("/Dest") if action is None else action.get("/D")
            names.append(str(destination))
    return names, uris


def site_file(site: Path, uri: str) -> Path:
    path = uri.removeprefix(SITE).split("#")[0]
    return site / (path + "index.html" if path.endswith("/") or not path else path)


@pytest.mark.parametrize("audience", ["public", "accreditor", "internal"])
def test_it_holds_every_items_full_text_and_nothing_above_its_audience(
    linked: Project, tmp_path: Path, audience: str
) -> None:
    site = linked.build(audience=audience)
    reader = make_pdf(linked, tmp_path, audience)
    text = text_of(reader).lower()
    flat = text.replace("\n", " ")
    for item in site.portfolio["items"]:
        assert item["title"].lower() in flat, f"{item['id']} is not in the {audience} PDF"
    widest = {"public": (), "accreditor": ("acc",), "internal": ("acc", "int")}[audience]
    for marker in ("acc", "int"):
        held = f"{CANARY}{marker} body with an image" in flat
        assert held == (marker in widest), f"{audience}: the {marker} item's body"
        if marker not in widest:
            assert f"{CANARY}{marker}" not in text
    assert "Body text." in text_of(reader)  # the bodies of the public items


def test_by_default_it_is_the_accreditors_whatever_the_plugin_builds(linked: Project, tmp_path: Path) -> None:
    """The PDF was the plugin's audience by default (internal when mkdocs.yml names none), so the accreditation pack
    handed to an assessor held internal items (an outside review); it is the accreditor's, as the pack's is."""
    output = tmp_path / "default.pdf"
    done = linked.command("pdf", str(linked.root), "-o", str(output))
    assert done.code == 0, done.stderr
    from pypdf import PdfReader

    flat = text_of(PdfReader(output)).replace("\n", " ")
    assert f"{CANARY}acc body with an image" in flat
    assert f"{CANARY}int" not in flat
    assert f"{CANARY}int body with an image" in text_of(make_pdf(linked, tmp_path, "internal")).replace("\n", " ")


def test_an_audience_in_the_environment_may_narrow_the_pdf_and_never_widen_it(linked: Project, tmp_path: Path) -> None:
    """PORTFOLIO_AUDIENCE=internal, left set for a preview, made the PDF handed to an assessor an internal one (a
    hostile review; the pack already ignored it): it is said to be ignored; PORTFOLIO_AUDIENCE=public, a public
    build's job, still makes the public's PDF."""
    from pypdf import PdfReader

    texts = {}
    for given in ("internal", "public"):
        output = tmp_path / f"{given}.pdf"
        done = linked.command("pdf", str(linked.root), "-o", str(output), env={"PORTFOLIO_AUDIENCE": given})
        assert done.code == 0, done.stderr
        assert ("PORTFOLIO_AUDIENCE=internal is not read" in done.stderr) == (given == "internal")
        texts[given] = text_of(PdfReader(output)).replace("\n", " ")
    assert f"{CANARY}acc body with an image" in texts["internal"] and f"{CANARY}int" not in texts["internal"]
    assert f"{CANARY}acc" not in texts["public"] and "Links everywhere" in texts["public"]


def test_every_link_resolves_within_the_pdf_or_to_a_page_of_the_audiences_site(linked: Project, tmp_path: Path) -> None:
    """The public's PDF: its site is the one at site_url (test_links_to_the_portfolios_own_pages_lead_inside_the_pdf...
    for the others, which lead to no site)."""
    site = linked.build(audience="public").site
    reader = make_pdf(linked, tmp_path, "public")
    names, uris = link_targets(reader)
    destinations = set(reader.named_destinations)
    assert names and set(names) <= destinations, set(names) - destinations
    ours = [uri for uri in uris if uri.startswith(SITE)]
    assert set(uris) - set(ours) == EXTERNAL
    for uri in ours:
        assert site_file(site, uri).is_file(), f"{uri} is not a page of the public site"
    assert f"{SITE}tags/" in ours and "appendix" in names, "the library is the appendix, every item"
    # Items, challenges, the improvement plan and the library are in the PDF: links to them stay in it.
    parts = ("strategy", "challenges", "improvement-plan", "library", CANARY)
    assert not any(part in uri for uri in ours for part in parts), ours
    text = text_of(reader)
    assert "the secret item" in text  # withheld: plain text


def test_links_go_to_the_item_the_section_and_the_heading_they_name(linked: Project, tmp_path: Path) -> None:
    reader = make_pdf(linked, tmp_path, "accreditor")
    names, _ = link_targets(reader)
    pages = {name: reader.get_destination_page_number(dest) for name, dest in reader.named_destinations.items()}
    text = {number: page.extract_text() for number, page in enumerate(reader.pages)}
    assert any(name.startswith("item-") and "Partnership strategy" in text[pages[name]] for name in names)
    assert any(name == "pack-partnerships-plan" for name in names)
    assert any(name == "improvement-plan" for name in names)
    heading = next(name for name in names if name.endswith("-links"))  # the item's own heading, prefixed
    assert heading.startswith("item-") and "LINKS" in text[pages[heading]]


def test_links_to_the_portfolios_own_pages_lead_inside_the_pdf_never_to_another_audiences_site(
    linked: Project, tmp_path: Path
) -> None:
    """A link to the overview in an accreditor's item became the public site's address (site_url) in the
    accreditor's PDF (a review): the public site holds the public items only. The pages the portfolio makes lead to
    what the PDF holds of them (the overview to the cover, the library to the appendix, the case studies to their
    group); the pages it does not hold (the tags, the partners, a library filtered by a tag) are text in any PDF but
    the public's, whose site is at site_url. The internal PDF holds the item: the links test something."""
    from bs4 import BeautifulSoup

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.paper import paper_document

    linked.item(
        f"partnerships/{CANARY}acc-pages.md",
        "title: Pages of the portfolio\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\n"
        "visibility: accreditor",
        f"The [overview](../index.md), its [measures](../index.md#measures), the [home page]({SITE}), the "
        f"[library]({SITE}library/), [every item](../library-list.md), the [case studies](../case-studies.md), the "
        "[case studies filtered](../library.md?type=case-study), the [tagged items](../library.md?tag=older-adults), "
        "the [partners](../partners.md) and the [tags](../tags.md).\n",
    )

    def links(audience: str) -> dict[str, str]:
        html = paper_document(assemble(load_settings(linked.root, audience))).html
        text = next(
            p for p in BeautifulSoup(html, "html.parser").find_all("p") if p.get_text().startswith("The overview")
        )
        return {a.get_text(): a["href"] for a in text.find_all("a")}

    accreditor = links("accreditor")
    appendix = {"Evidence": "appendix-1", "Case studies": "appendix-2"}
    assert accreditor == {
        "overview": "#pack",
        "measures": "#pack",
        "home page": "#pack",
        "library": "#appendix",
        "every item": "#appendix",
        "case studies": f"#{appendix['Case studies']}",
        "case studies filtered": f"#{appendix['Case studies']}",
    }, accreditor
    assert links("internal") == accreditor
    public = BeautifulSoup(paper_document(assemble(load_settings(linked.root, "public"))).html, "html.parser")
    assert f"{CANARY}acc" not in str(public)
    reader = make_pdf(linked, tmp_path, "accreditor")
    names, uris = link_targets(reader)
    assert not [uri for uri in uris if uri.startswith(SITE)], uris
    assert {"pack", "appendix", appendix["Case studies"]} <= set(names) <= set(reader.named_destinations)
    assert [
        entry.title for entry in bookmarks_under(reader.outline, "Evidence appendix") if not isinstance(entry, list)
    ][:2] == list(appendix)
    flat = " ".join(text_of(reader).split())
    assert "the partners and the tags." in flat and "the tagged items," in flat


def test_links_to_the_hosts_other_pages_stay_and_a_filter_of_the_library_is_kept(
    linked: Project, tmp_path: Path
) -> None:
    """An assessor's review: with the site at https://example.org/portfolio/, a link to https://example.org (the
    organisation's home page) led to the item itself, one to another page of that host was plain text, and a link
    to the library filtered by a tag lost its filter. Each partner and tag of an item's panel printed the library's
    address after it: they are plain text on paper. The public's PDF, whose site is at site_url: another audience's
    leads to no page of the public's site (test_links_to_the_portfolios_own_pages_lead_inside_the_pdf...), and a
    library filtered by a type alone to the type's group in the appendix."""
    config = linked.root / "mkdocs.yml"
    config.write_text(config.read_text().replace(f"site_url: {SITE}", "site_url: https://example.org/portfolio/"))
    linked.item(
        "partnerships/home.md",
        "title: Home links\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public\n"
        "partners: [Age UK]\ntags: [older-adults]",
        "Our [home](https://example.org), our [news](https://example.org/news/award.html) and the "
        "[older adults' evidence](https://example.org/portfolio/library/?tag=older-adults), and the library's "
        "[items of 2026](../library.md?year=2026#results) as a link between pages.\n",
    )
    reader = make_pdf(linked, tmp_path, "public")
    _, uris = link_targets(reader)
    assert {"https://example.org", "https://example.org/news/award.html"} <= set(uris)
    assert "https://example.org/portfolio/library/?tag=older-adults" in uris
    # a link between pages lost its filter too, in a later review
    assert "https://example.org/portfolio/library/?year=2026#results" in uris, uris
    flat = " ".join(text_of(reader).split())
    assert "Partners Age UK Tags older-adults" in flat, "the panel's names, as text"
    assert "Age UK <https://" not in flat


def test_links_of_the_texts_the_pack_quotes_are_placed_as_an_items_are(linked: Project, tmp_path: Path) -> None:
    """The overview's introduction (evidence/index.md) and a self-assessment's text, which the pack quotes: their
    links were plain text on paper (an outside review; `portfolio init`'s introduction links to how-to-contribute.md),
    where the same links in an item's text lead to the item in the appendix, or to the page's address. A link to a
    page withheld from the audience stays text, as in an item's."""
    from bs4 import BeautifulSoup

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.paper import paper_document

    linked.write("evidence/about.md", "# About us\n")
    linked.write(
        "evidence/index.md",
        "# Welcome\n\nRead [the strategy](partnerships/plan/strategy.md), [the library](library.md), "
        f"[about us](about.md) and [the secret](partnerships/{CANARY}int-file.md).\n",
    )
    document = BeautifulSoup(paper_document(assemble(load_settings(linked.root, "accreditor"))).html, "html.parser")
    introduction = document.find(id="pack-introduction").find_next("p")
    links = {a.get_text(): a["href"] for a in introduction.find_all("a")}
    strategy = links.pop("the strategy")
    assert links == {"the library": "#appendix", "about us": "#pages-1"}, introduction
    assert "the secret" in introduction.get_text()
    narrative = document.find(string=lambda text: text and "We plan with the" in text).parent
    assert narrative.a["href"] == strategy and strategy.startswith("#item-")
    entry = document.find(id=strategy[1:])
    assert entry is not None and "Partnership strategy" in entry.get_text(), entry
    reader = make_pdf(linked, tmp_path, "accreditor")
    names, uris = link_targets(reader)
    assert "appendix" in names and not [uri for uri in uris if uri.startswith(SITE)], uris
    internal = BeautifulSoup(paper_document(assemble(load_settings(linked.root, "internal"))).html, "html.parser")
    widest = {a.get_text(): a["href"] for a in internal.find(id="pack-introduction").find_next("p").find_all("a")}
    assert widest["the secret"].startswith("#item-"), "the link to the withheld page tests nothing"


def test_it_holds_the_plain_pages_the_audience_sees_under_their_titles(linked: Project, tmp_path: Path) -> None:
    """The site's plain pages (an About us page) were left out of the PDF, a link to one leading to the site (an
    outside review: the assessor's PDF was incomplete). Each is in it now, under the title MkDocs gives it, with
    its headings lowered under that title, and links to it (to a heading of it) lead there; a page withheld from
    the audience is not, and its words are nowhere in the PDF (the internal one holds it)."""
    from bs4 import BeautifulSoup

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.paper import paper_document

    linked.write("evidence/about.md", "# About us\n\nWe run four sites.\n\n## Our sites\n\nRiverside and more.\n")
    linked.write("evidence/team/index.md", "---\ntitle: Who we are\n---\nOur team of forty.\n")
    linked.write("evidence/partners-list.md", "Partners we work with.\n")
    linked.write("evidence/staff-only.md", f"---\nvisibility: internal\n---\n# Rota\n\n{CANARY}int rota.\n")
    linked.item(
        "partnerships/to-about.md",
        "title: Pointing at pages\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public",
        "See [our sites](../about.md#our-sites), [the team](../team/index.md) and [the rota](../staff-only.md).\n",
    )

    def document(audience: str) -> BeautifulSoup:
        built = assemble(load_settings(linked.root, audience))
        return BeautifulSoup(paper_document(built).html, "html.parser")

    accreditor = document("accreditor")
    part = accreditor.find(id="pages")
    titles = [article.find(["h3"]).get_text(" ", strip=True) for article in part.find_all("article")]
    assert titles == ["About us", "Partners list", "Who we are"], titles
    about = part.find("article", id="pages-1")
    assert [h.name for h in about.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])] == ["h3", "h4"]
    assert "Riverside and more." in about.get_text() and f"{CANARY}int" not in str(accreditor)
    assert "the rota" in accreditor.get_text() and not accreditor.find("a", string="the rota")
    entry = next(a for a in accreditor.find_all("article") if "Pointing at pages" in a.get_text())
    links = {a.get_text(): a["href"] for a in entry.find_all("a")}
    assert links["our sites"] == "#pages-1-our-sites" and accreditor.find(id="pages-1-our-sites") is not None
    assert links["the team"] == "#pages-3"
    internal = document("internal")
    assert f"{CANARY}int rota." in internal.find(id="pages").get_text(), "the withheld page tests nothing"
    assert internal.find("a", string="the rota")["href"].startswith("#pages-")

    reader = make_pdf(linked, tmp_path, "accreditor")
    outline = reader.outline
    top = [entry.title for entry in outline if not isinstance(entry, list)]
    assert top[-2:] == ["Other pages", "Evidence appendix"], top
    index = next(number for number, entry in enumerate(outline) if getattr(entry, "title", "") == "Other pages")
    assert [entry.title for entry in outline[index + 1]] == titles
    contents = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    found = reader.get_destination_page_number(next(e for e in _flat(outline) if e.title == "Who we are"))
    assert f"Who we are, page {found + 1}" in contents
    assert f"{CANARY}int" not in text_of(reader)


def test_plain_pages_are_titled_and_ordered_as_mkdocs_does_and_no_heading_takes_their_anchors(
    linked: Project,
) -> None:
    """A hostile review: a page's title kept its heading's permalink (\u00b6) and its footnote's mark, a heading of
    the first level deep in a page was taken for its title, `title: 2026` was left out, a title or order that the
    nav gives was not followed, and a self-assessment's heading "Pages 1" (the pack's ids are the site's) took
    the anchor of the first plain page, where links to it then led."""
    from bs4 import BeautifulSoup

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.paper import paper_document

    config = linked.root / "mkdocs.yml"
    config.write_text(
        config.read_text()
        + "markdown_extensions:\n  - footnotes\n  - toc:\n      permalink: true\n"
        + "nav:\n  - Home: index.md\n  - zeta.md\n  - Our people: team/index.md\n"
    )
    linked.write("evidence/zeta.md", "# Zeta team[^1]\n\nText.\n\n[^1]: A note.\n")
    linked.write("evidence/team/index.md", "Who we are.\n")
    linked.write("evidence/year.md", "---\ntitle: 2026\n---\nThe year.\n")
    linked.write("evidence/late.md", "First words.\n\n# A heading further down\n")
    linked.write("evidence/index-page/index.md", "An index.\n")
    sa = linked.root / "evidence/assessments/partnerships-2026.md"
    sa.write_text(sa.read_text() + "\n#### Pages 1\n\nNot a page.\n")
    linked.item(
        "partnerships/to-zeta.md",
        "title: To zeta\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public",
        "See [the zeta team](../zeta.md).\n",
    )
    document = BeautifulSoup(paper_document(assemble(load_settings(linked.root, "accreditor"))).html, "html.parser")
    articles = document.find(id="pages").find_all("article")
    listed = document.select_one("ol.portfolio-pack-toc").find("a", href="#pages").find_next("ol")
    titles = [link.get_text() for link in listed.find_all("a")]
    assert titles == ["Zeta team", "Our people", "Index", "Late", "2026"], titles
    assert [a["id"] for a in articles] == [f"pages-{n}" for n in range(1, 6)]
    assert len(document.find_all(id="pages-1")) == 1 and document.find(id="pack-pages-1") is not None
    entry = next(a for a in document.find_all("article") if "To zeta" in a.get_text())
    assert entry.find("a", string="the zeta team")["href"] == "#pages-1"
    late = articles[3]
    assert [h.name for h in late.find_all(["h3", "h4"])] == ["h3"] and "First words." in late.get_text()


def test_snippets_are_put_in_as_the_site_puts_them_in(linked: Project, tmp_path: Path) -> None:
    """The PDF rendered pages without pymdownx.snippets: a page's `--8<--` lines were printed as written, the path of
    a withheld item named in one with them (a hostile review), where the site puts in the text of the snippet's
    file and leaves out a line naming a file outside the snippets' folder. The widest PDF holds the item."""
    config = linked.root / "mkdocs.yml"
    config.write_text(config.read_text() + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: [snips]\n")
    linked.write("snips/shared.md", "Shared opening hours.\n")
    snippets = f'--8<-- "shared.md"\n--8<-- "evidence/partnerships/{CANARY}int-file.md"\n'
    linked.write("evidence/about.md", "# About us\n\n" + snippets)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(linked.root)  # the snippets' folder is read from where MkDocs runs, as in a project's CI
        site = linked.build(audience="public")
        public, internal = (text_of(make_pdf(linked, tmp_path, audience)) for audience in ("public", "internal"))
    assert "Shared opening hours." in site.html("about/") and f"{CANARY}int" not in site.all_output()
    assert "Shared opening hours." in public and "--8<--" not in public and f"{CANARY}int" not in public
    assert f"{CANARY}int body" in internal, "the widest PDF holds the item"


def test_icons_are_drawn_as_the_site_draws_them(linked: Project, tmp_path: Path) -> None:
    """Material's icons (`:material-run:`, pymdownx.emoji with Material's `emoji_index` and `emoji_generator`, which
    mkdocs.yml names with a Python tag) were printed in the PDF as typed, where the site drew them (a review of
    valid portfolios): the PDF reads those functions as the build does."""
    config = linked.root / "mkdocs.yml"
    emoji = (
        "markdown_extensions:\n  - attr_list\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"
    )
    config.write_text(config.read_text() + emoji)
    linked.write("evidence/about.md", "# About us\n\nSessions ran weekly :material-run: all year.\n")
    site = linked.build(audience="public")
    assert ":material-run:" not in site.html("about/") and "<svg" in site.html("about/"), site.log
    reader = make_pdf(linked, tmp_path, "public")
    text = text_of(reader)
    assert "Sessions ran weekly" in text and ":material-run:" not in text, text


def test_without_a_site_url_links_to_pages_outside_the_pdf_are_plain_text(linked: Project, tmp_path: Path) -> None:
    config = linked.root / "mkdocs.yml"
    config.write_text(config.read_text().replace(f"site_url: {SITE}\n", ""))
    reader = make_pdf(linked, tmp_path, "accreditor")
    names, uris = link_targets(reader)
    assert set(uris) == EXTERNAL and names
    assert "the evidence library" in text_of(reader)


def test_images_and_attachments_are_embedded_and_attachments_listed_with_their_size(
    linked: Project, tmp_path: Path
) -> None:
    reader = make_pdf(linked, tmp_path, "accreditor")
    attached = {str(a["/FS"]["/F"]) for a in annotations(reader, "/FileAttachment")}
    assert {"data.csv", f"{CANARY}acc-attachment.csv"} <= attached
    embedded = [str(a["/FS"]["/F"]) for a in annotations(reader, "/FileAttachment")]
    assert embedded.count("data.csv") == 1, "linked from the body and from the panel, embedded once"
    assert not any(f"{CANARY}int" in name for name in attached)
    stream = next(a for a in annotations(reader, "/FileAttachment") if a["/FS"]["/F"] == "data.csv")
    assert stream["/FS"]["/EF"]["/F"].get_object().get_data() == b"a,1\n"
    assert "data.csv (4 bytes)" in text_of(reader)
    images = [
        xobject
        for page in reader.pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
        if xobject.get_object().get("/Subtype") == "/Image"
    ]
    assert any(image.get_object()["/Width"] == 40 for image in images), "the item's chart is embedded"


def test_it_is_tagged_described_bookmarked_and_numbered(linked: Project, tmp_path: Path) -> None:
    reader = make_pdf(linked, tmp_path, "accreditor")
    catalog = reader.trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"] and "/StructTreeRoot" in catalog and catalog["/Lang"] == "en"
    assert reader.metadata.title == "Accreditation pack: Test portfolio"
    assert reader.metadata["/CreationDate"].startswith("D:20261127")
    # and the day it was made, in its metadata and at the foot of every page (an assessor's review: two PDFs of one
    # as_of, made weeks apart, could not be told apart)
    today = datetime.date.today()
    assert reader.metadata["/ModDate"].startswith(f"D:{today:%Y%m%d}")
    # in words, as the pages' own dates are, and in the pages' own font (an assessor's review: ISO dates, in serif)
    made = f"{today.day} {today:%B %Y}"
    assert all(f"As of 27 November 2026, made {made}" in page.extract_text() for page in reader.pages)
    fonts = {
        str(font["/BaseFont"]).split("+")[-1] for page in reader.pages for font in page["/Resources"]["/Font"].values()
    }
    assert fonts and not [font for font in fonts if "Serif" in font], fonts
    outline = reader.outline
    titles = [entry.title for entry in outline if not isinstance(entry, list)]
    # the pages before the first challenge too (an assessor's review: the bookmarks started at the first challenge)
    assert titles == [
        "Accreditation pack",
        "Contents",
        "Partnerships",
        "People",
        "Improvement plan",
        "Evidence appendix",
    ]
    assert reader.get_destination_page_number(outline[0]) == 0
    appendix = bookmarks_under(outline, "Evidence appendix")
    groups = [entry.title for entry in appendix if not isinstance(entry, list)]
    assert groups == ["Evidence", "Case studies", "Improvement actions", "Self-assessments"]
    assert "Links everywhere" in [entry.title for entry in appendix[1]]
    pages = len(reader.pages)
    assert reader.pages[-1].extract_text().rstrip().endswith(f"{pages} / {pages}")
    contents = reader.pages[0].extract_text() + reader.pages[1].extract_text()
    people = reader.get_destination_page_number(next(e for e in outline if getattr(e, "title", "") == "People"))
    assert f"People, page {people + 1}" in contents, "the contents give each challenge's page"
    for title in ("Improvement plan", "Evidence appendix", "Case studies"):  # they listed the challenges alone
        found = reader.get_destination_page_number(next(e for e in _flat(outline) if e.title == title))
        assert f"{title}, page {found + 1}" in contents, f"the contents give the page of {title}"


def _flat(outline: list[Any]) -> list[Any]:
    return [entry for part in outline for entry in (_flat(part) if isinstance(part, list) else [part])]


def test_nothing_is_cut_off_at_the_pages_edge(linked: Project, tmp_path: Path) -> None:
    """A table of 14 columns lost its last three, and a word longer than a line its end (an outside review)."""
    head = "| " + " | ".join(f"Heading {n}" for n in range(1, 15)) + " |\n|" + "---|" * 14 + "\n"
    row = "| " + " | ".join(f"cell{n}" for n in range(1, 14)) + " | lastcell |\n"
    body = f"{head}{row}\nA long word {'x' * 300}wordend here.\n"
    front_matter = "title: Wide\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    linked.item("partnerships/wide.md", front_matter, body)
    reader = make_pdf(linked, tmp_path, "public")
    text = "".join(text_of(reader).replace("\u2010", "").split())  # words broken across lines, joined (hyphens too)
    assert "Heading14" in text and "lastcell" in text and "wordendhere" in text
    drawn = [run for run in runs(reader) if any(word in run[2] for word in ("Heading", "cell", "xxxxx"))]
    assert len(drawn) > 14 and all(end <= width for end, width, _ in drawn), "a text runs off its page"


def test_nothing_of_the_packs_own_tables_nor_of_code_is_cut_off(project: Project, tmp_path: Path) -> None:
    """A rating history of nine sections lost its last columns, "Overall" among them, at the page's edge, and so did
    the end of a line of code wider than the page (a test of the PDF against varied input)."""
    count = 11
    sections = "".join(f"  - {{id: s{n}, label: Section number {n}}}\n" for n in range(count))
    asked = "".join(f"      s{n}:\n        question: Q{n}?\n        best_practice: B{n}.\n" for n in range(count))
    project.write(
        "framework.yml",
        "id: many\ntitle: Many\nrating_scale:\n  - {id: poor, label: Poor}\n  - {id: good, label: Good}\n"
        f"sections:\n{sections}challenges:\n  - id: c\n    title: C\n    sections:\n{asked}",
    )
    ratings = "".join(f"  s{n}: good\n" for n in range(count))
    for date in ("2025-10-01", "2026-10-01"):
        project.item(
            f"sa-{date}.md", f"title: SA {date}\ntype: self-assessment\nchallenge: c\ndate: {date}\nratings:\n{ratings}"
        )
    code = "x = " + "+".join(f"value{n}" for n in range(60)) + "  # codeendzz"
    project.item("e.md", "title: E\ntype: evidence\nmaps_to: c/s0\ndate: 2026-01-01", f"```python\n{code}\n```\n")
    assert not project.problems().errors
    reader = make_pdf(project, tmp_path, "internal")
    text = "".join(text_of(reader).replace("\u2010", "").split())
    assert all(f"Sectionnumber{n}" in text for n in range(count)) and "Overall" in text and "codeendzz" in text
    drawn = [run for run in runs(reader) if any(word in run[2] for word in ("Section", "Overall", "value", "codeend"))]
    assert len(drawn) > count and all(end <= width for end, width, _ in drawn), "a text runs off its page"


def test_a_column_of_short_words_beside_long_texts_keeps_its_words_whole(linked: Project, tmp_path: Path) -> None:
    """Every word could break anywhere, so a narrow column beside two of long sentences was squeezed to three
    letters: "Vot / es", "Comple / tion" (an outside review). A table that fits the line with its words whole keeps
    them whole; one that cannot (test_nothing_is_cut_off_at_the_pages_edge) still breaks them to fit."""
    sentence = "Move two Steady Steps classes to venues on current bus routes, agreed with the partners at the forum"
    table = "| Proposal | Votes | Completion | Decision |\n|---|---|---|---|\n"
    table += "".join(f"| {sentence} {n} | {n}9 | 98% | {sentence} again |\n" for n in range(3))
    front_matter = (
        "title: Forum proposals\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    )
    linked.item("partnerships/votes.md", front_matter, table)
    words = text_of(make_pdf(linked, tmp_path, "public")).split()
    assert "Votes" in words and "Completion" in words and "Proposal" in words, [w for w in words if "Vot" in w]


def test_numbers_of_a_squeezed_table_and_ratings_of_the_overview_are_never_broken_anywhere(
    linked: Project, tmp_path: Path
) -> None:
    """In a table too wide for the page every word could break anywhere: 120 printed as "12 / 0", +300% as "+3 / 00
    / %", and the overview's ratings as "Satisfac / tory" (an outside review). A number stays whole; the overview's
    words break where a dictionary hyphenates them, with a hyphen, if at all."""
    head = "| " + " | ".join(f"Quarter {n} attendance" for n in range(1, 13)) + " |\n|" + "---|" * 12 + "\n"
    row = "| " + " | ".join(("120", "+300%", "£1,250", "4.5", "100") * 2 + ("98%", "1,100,100")) + " |\n"
    front_matter = "title: Wide\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    linked.item("partnerships/wide.md", front_matter, head + row)
    reader = make_pdf(linked, tmp_path, "public")
    words = text_of(reader).split()
    assert all(number in words for number in ("120", "+300%", "£1,250", "4.5", "100", "98%", "1,100,100")), [
        word for word in words if word[:1].isdigit() or word[:1] in "+£"
    ]
    cover = reader.pages[0].extract_text()
    assert "Quarter" in text_of(reader) and "Poor" in cover  # the overview's ratings, on the cover
    assert not re.search(r"(?m)(?:Poo|Goo|Satisfac|Unsatis)$", cover), cover


def test_attachments_of_one_name_from_two_items_are_embedded_under_two_names_each_described(
    linked: Project, tmp_path: Path
) -> None:
    """Two items each attaching its own files/attendance.csv: both were embedded as "attendance.csv" with no
    description, so a reader's "save all" kept one of them (a review). Each has a name of its own, starting with its
    item's, and a description naming the item; a file no other shares keeps its own name."""
    for visit, rows in (("visit-a", "a,1\n"), ("visit-b", "b,2\nb,3\n")):
        linked.write(f"evidence/partnerships/{visit}/files/attendance.csv", rows)
        linked.item(
            f"partnerships/{visit}/index.md",
            f"title: Visit {visit[-1].upper()}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\n"
            "visibility: public\nattachments: [files/attendance.csv]",
        )
    reader = make_pdf(linked, tmp_path, "public")
    specs = {str(a["/FS"]["/UF"]): a["/FS"] for a in annotations(reader, "/FileAttachment")}
    assert {"visit-a-attendance.csv", "visit-b-attendance.csv", "data.csv"} <= set(specs), set(specs)
    assert specs["visit-b-attendance.csv"]["/EF"]["/F"].get_object().get_data() == b"b,2\nb,3\n"
    assert str(specs["visit-a-attendance.csv"]["/F"]) == "visit-a-attendance.csv"
    assert "“Visit A” (partnerships/visit-a/index.md)" in str(specs["visit-a-attendance.csv"]["/Desc"])
    assert "“Links everywhere” (partnerships/links.md)" in str(specs["data.csv"]["/Desc"])
    assert str(specs["data.csv"]["/Desc"]).startswith("partnerships/files/data.csv, attached to the item")


def test_a_wide_tables_identifiers_stay_whole_and_nothing_in_a_table_is_hyphenated(
    linked: Project, tmp_path: Path
) -> None:
    """A table of 12 columns with a token of 80 letters unbroken in a cell: its column of identifiers was squeezed
    to two letters, WIDECELL-A printed "WI-DE-CE LL-A", and a search of the PDF found nothing (a review). The
    identifiers stay whole, nothing in the table is hyphenated, and the long token breaks where its column ends,
    within the page."""
    head = "| Ref | Token | " + " | ".join(f"Col {n}" for n in range(3, 13)) + " |\n|" + "---|" * 12 + "\n"
    token = "Q" * 79 + "E"
    rows = "".join(
        f"| WIDECELL-{letter} | {token if letter == 'A' else 'Participation registered'} | "
        + " | ".join(f"v{n}" for n in range(10))
        + " |\n"
        for letter in "ABC"
    )
    front_matter = "title: Wide refs\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    linked.item("partnerships/refs.md", front_matter, head + rows)
    reader = make_pdf(linked, tmp_path, "public")
    text = text_of(reader)
    assert "Wide refs" in text and "WIDECELL" in text, "the identifiers are broken: " + text[text.rindex("Ref") :]
    table = text[text.rindex("Ref") :]
    assert all(f"WIDECELL-{letter}" in table.split() for letter in "ABC"), table
    assert "\u2010" not in table and "Participation" in table.split(), table
    assert token in "".join(table.split()), "the token, broken over lines, is whole"
    drawn = [run for run in runs(reader) if any(word in run[2] for word in ("WIDECELL", "QQQ", "v9"))]
    assert len(drawn) >= 6 and all(end <= width for end, width, _ in drawn), "a text runs off its page"


def test_an_attachment_whose_name_wraps_is_embedded_once(linked: Project, tmp_path: Path) -> None:
    """A link to an attachment whose long name wrapped over two lines embedded the file once for each line (an
    assessor counted 25 embedded files for 24)."""
    name = "a-very-long-attachment-file-name-that-wraps-onto-two-lines-of-the-page-in-the-item-panel-report.pdf"
    linked.write(f"evidence/partnerships/files/{name}", "%PDF-1.4\n")
    front_matter = (
        "title: Long name\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public\n"
        f"attachments: [files/{name}]"
    )
    linked.item("partnerships/long.md", front_matter, f"See the words before [the report](files/{name}) here.\n")
    reader = make_pdf(linked, tmp_path, "public")
    embedded = [str(a["/FS"]["/F"]) for a in annotations(reader, "/FileAttachment")]
    assert embedded.count(name) == 1, embedded


def test_dates_and_short_words_of_a_squeezed_table_are_never_broken(linked: Project, tmp_path: Path) -> None:
    """A register of 8 columns, one of long notes: its dates printed as "202 / 1-02 / -15", and its headings as
    "Gai / ned" and "Ex- / pire / s", while the notes had room to spare (an assessor's review). A date stays whole,
    and so do words of a few letters where every column can be as wide as they are."""
    notes = "Refresher booked with the county partnership, certificate checked against the register by the lead"
    head = "| Date | Site | Gained | Expires | Coach | Course | Level | Notes |\n|" + "---|" * 8 + "\n"
    rows = "".join(
        f"| 2021-02-{n:02} | Site {n} | 2021 | 2024 | Jo | FA | L{n} | {notes}averyveryverylongwordzz |\n"
        for n in range(1, 4)
    )
    front_matter = "title: Register\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    linked.item("partnerships/register.md", front_matter, head + rows)
    words = text_of(make_pdf(linked, tmp_path, "public")).split()
    assert all(word in words for word in ("2021-02-01", "2021-02-03", "Gained", "Expires", "Course")), [
        word for word in words if word[:2] in ("20", "Ga", "Ex", "Co")
    ]


@pytest.mark.parametrize("columns", [14, 22])
def test_a_table_too_wide_for_the_page_with_its_numbers_whole_is_printed_smaller_not_cut(
    linked: Project, tmp_path: Path, columns: int
) -> None:
    """A year of visits by site, month by month, with a total: its numbers kept whole were wider together than the
    page, so the total ran off its edge ("652,0"), and the site's name was squeezed to a letter a line; with a
    column of notes, a page held only the heading before it, and the table's heading row and notes were lost (an
    assessor's review). Such a table is printed in smaller letters, whole, within the page."""
    months = [f"M{n:02}" for n in range(1, columns - 1)]
    head = "| Site | " + " | ".join(months) + " | Total 2026 |\n|" + "---|" * columns + "\n"
    rows = "".join(
        f"| Riverside Leisure Centre {n} | " + " | ".join(f"{52_300 + n:,}" for _ in months) + f" | 652,00{n} |\n"
        for n in range(3)
    )
    front_matter = "title: Visits\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    linked.item("partnerships/visits.md", front_matter, "## Visits by site\n\n" + head + rows)
    reader = make_pdf(linked, tmp_path, "public")
    words = text_of(reader).split()
    assert all(f"652,00{n}" in words for n in range(3)) and words.count("52,300") == columns - 2, words
    assert "Riverside" in words and "Total" in words and "M01" in words, [w for w in words if w[:1] in "RTM"]
    drawn = [run for run in runs(reader) if any(word in run[2] for word in ("652,00", "52,30", "Total"))]
    assert len(drawn) >= 3 and all(end <= width for end, width, _ in drawn), "a text runs off its page"


def test_a_best_practice_longer_than_a_page_is_printed(project: Project, tmp_path: Path) -> None:
    """A section's facts were kept on one page as a grid, which WeasyPrint cannot break: a best practice of six
    paragraphs stopped `portfolio pdf` and `pack` with an assertion, and no PDF (an outside review). Facts are rows
    of a table on paper, read in order."""
    paragraph = "Partners and stakeholders are involved in planning, delivery and review of every programme. " * 8
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    long = "best_practice: |\n" + "".join(f"          {paragraph}paragraph{n}end\n\n" for n in range(8))
    project.write("framework.yml", framework.replace("best_practice: Partners plan with us.", long.rstrip("\n"), 1))
    # and an item with 250 partners, whose panel's grid WeasyPrint took minutes to lay out
    partners = ", ".join(f"Partner organisation {n}" for n in range(250))
    front_matter = f"title: Big\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\npartners: [{partners}]"
    project.item("partnerships/big.md", front_matter)
    assert not project.problems().errors
    reader = make_pdf(project, tmp_path, "internal")
    text = "".join(text_of(reader).split())
    assert all(f"paragraph{n}end" in text for n in range(8)) and len(reader.pages) > 3
    assert "Partnerorganisation249" in text
    assert "Question How do you plan with partners?" in " ".join(text_of(reader).split()), "terms before values"


def test_a_short_fact_is_never_split_from_its_label_at_a_page_break(project: Project, tmp_path: Path) -> None:
    """An assessor read a page ending "Rating: Not rated / Not rated" and the next starting with "Assessor's rating
    (2026)" alone (an outside review): a label of two lines went over the page, its value stayed. Sections of ever
    longer questions put the rows at every height of a page; a short fact is kept on one."""
    import re

    count = 60
    sections = "".join(f"  - {{id: s{n}, label: Section {n}}}\n" for n in range(count))
    asked = "".join(
        f"      s{n}:\n        question: {'How do partners take part in it ' * (1 + n % 11)}?\n"
        f"        best_practice: {'They plan it with us and they review it with us. ' * (1 + n % 13)}\n"
        for n in range(count)
    )
    project.write(
        "framework.yml",
        "id: many\ntitle: Many\nrating_scale:\n  - {id: poor, label: Poor}\n  - {id: good, label: Good}\n"
        f"sections:\n{sections}challenges:\n  - id: c\n    title: C\n    sections:\n{asked}",
    )
    ratings = "".join(f"  s{n}: {'good' if n % 2 else 'poor'}\n" for n in range(count))
    project.item("sa.md", f"title: SA\ntype: self-assessment\nchallenge: c\ndate: 2026-10-01\nratings:\n{ratings}")
    project.item(
        "ar.md",
        f"title: AR\ntype: assessor-report\nchallenge: c\ndate: 2026-11-01\nassessor: A\nratings:\n{ratings}",
    )
    assert not project.problems().errors
    reader = make_pdf(project, tmp_path, "internal")
    rows = 0
    for page in reader.pages:
        for line in page.extract_text(extraction_mode="layout").replace("\x00", "").splitlines():
            label = re.match(r"\s*(Our rating|Rating|Assessor's rating)( \(\d{4}\))?(?P<rest>.*)$", line)
            if label and not label["rest"].strip():
                raise AssertionError(f"a label without its value on page {reader.get_page_number(page) + 1}")
            rows += bool(label and re.match(r"\s{2,}(Poor|Good)\b", label["rest"]))
    assert rows == 2 * count, "the PDF holds the rows of every section"


def test_a_challenge_with_a_dozen_metrics_is_printed(project: Project, tmp_path: Path) -> None:
    """With a dozen metrics on a challenge, a table of a metric's points split below its caption, and WeasyPrint
    stopped in a traceback, "Table wrapper without a table": no PDF at all (found writing a test of page breaks).
    Metrics of ever longer labels put the tables at every height of a page; each table's region stays whole."""
    import re

    count = 14
    metrics = "".join(
        f"  - {{id: m{n}, label: {'Sessions run with partners ' * (1 + n % 5)}{n}, kind: count, section: people/plan}}\n"
        for n in range(count)
    )
    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write("framework.yml", framework + "metrics:\n" + metrics)
    for year in (2025, 2026):
        measures = "".join(f"  - {{metric: m{n}, value: {n + year - 2024}}}\n" for n in range(count))
        project.item(
            f"m{year}.md",
            f"title: M{year}\ntype: evidence\nmaps_to: people/plan\ndate: {year}-01-01\nmeasures:\n{measures}",
        )
    assert not project.problems().errors
    reader = make_pdf(project, tmp_path, "internal")
    text = text_of(reader)
    assert len(re.findall(r"Latest: ", text)) >= count, "the PDF holds the summary of every metric"
    assert all(f"partners {n}" in text.replace("\n", " ") for n in range(count))


def test_a_measure_in_an_items_panel_leads_to_its_chart_in_the_pack(project: Project) -> None:
    """ "Measured" in an item's panel led to the top of the challenge, where the pack holds the measure's own place
    (an outside review of the assessor's pack)."""
    from bs4 import BeautifulSoup

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.paper import paper_document

    framework = (project.root / "framework.yml").read_text(encoding="utf-8")
    project.write(
        "framework.yml",
        framework + "metrics:\n  - {id: waits, label: Days waiting, kind: count, section: people/plan}\n",
    )
    project.item(
        "m.md",
        "title: M\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nmeasures:\n  - {metric: waits, value: 9}",
    )
    assert not project.problems().errors
    document = BeautifulSoup(paper_document(assemble(load_settings(project.root, "internal"))).html, "html.parser")
    (link,) = [a for a in document.select("li[data-metric=waits] a") if a.get_text() == "Days waiting"]
    assert link["href"] == "#metric-waits" and document.find(id="metric-waits") is not None


def test_an_items_table_with_a_long_caption_is_printed(project: Project, tmp_path: Path) -> None:
    """A table of an item's with a caption of some forty words stopped WeasyPrint 68's tagging in a traceback, "Table
    wrapper without a table", wherever it stood: no PDF at all (a test of the PDF against varied input). WeasyPrint
    70 prints it."""
    caption = "Participation in each programme run with our partners across the borough, by site and month " * 4
    project.item(
        "i.md",
        "title: I\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01",
        f"<table><caption>{caption}</caption>\n<tr><td>Kanarycellzz</td></tr>\n</table>\n",
    )
    text = " ".join(text_of(make_pdf(project, tmp_path, "internal")).split())
    assert "Kanarycellzz" in text and "Participation in each programme run with our partners" in text


def runs(reader: Any) -> list[tuple[float, float, str]]:
    """Each run of text the PDF draws: how far across its page it reaches (an estimate, in points: where it starts,
    and half an em a character), its page's width, and its text. The PDF holds the text that runs off a page too."""
    found: list[tuple[float, float, str]] = []
    for page in reader.pages:
        width = float(page.mediabox.width)

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float, width: float = width) -> None:
            if text.strip():
                start, em = tm[4] * cm[0] + cm[4], size * abs(cm[0])
                found.append((start + len(text.strip()) * em / 2, width, text))

        page.extract_text(visitor_text=visit)
    return found


def test_it_opens_with_the_pack_and_holds_the_rating_history_and_the_improvement_plan(
    linked: Project, tmp_path: Path
) -> None:
    text = text_of(make_pdf(linked, tmp_path, "accreditor"))
    contents = text.index("Improvement plan")  # the contents name it first
    assert (
        text.index("Accreditation pack") < text.index("Rating history") < text.index("Improvement plan", contents + 1)
    )
    assert "Partnerships 2025" in text and "Partnerships 2026" in text  # both self-assessments in the history
    plan = text[text.index("Improvement plan", text.index("Rating history")) :]
    assert "Start a forum" in plan and "Owner: Head of Sport" in plan


def test_the_samples_pdf_is_made_and_tagged(sample: Project, tmp_path: Path) -> None:
    """The sample's PDF, whose tables (with captions) split across pages: WeasyPrint tags it without failing."""
    reader = make_pdf(sample, tmp_path, "accreditor")
    assert "/StructTreeRoot" in reader.trailer["/Root"] and len(reader.pages) > 20


def test_an_image_taller_than_a_page_is_scaled_to_fit_one(linked: Project, tmp_path: Path) -> None:
    """A 400 x 3000 image was printed at its size, cut off at the foot of the page, and the rest lost (an assessor's
    review). Its height as drawn (the transformation in force where the page draws it) fits the page."""
    linked.write("evidence/partnerships/files/tall.png", png((400, 3000), (30, 30, 200)))
    linked.item(
        "partnerships/tall.md",
        "title: A tall image\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public",
        "![An infographic](files/tall.png)\n",
    )
    heights = []

    def drawn(operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        if operator == b"Do":
            heights.append(cm[3])

    reader = make_pdf(linked, tmp_path, "accreditor")
    for page in reader.pages:
        names = {
            name
            for name, xobject in (page["/Resources"].get("/XObject") or {}).items()
            if xobject.get_object().get("/Height") == 3000
        }
        if names:
            page.extract_text(visitor_operand_before=drawn)
            page_height = float(page.mediabox.height)
    assert heights and page_height, "the tall image is not in the PDF"
    assert max(heights) <= page_height * 0.9, (heights, page_height)


def test_a_photo_of_many_pixels_prints_no_warning_of_an_attack(
    linked: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A photo of 90 to 179 million pixels is embedded whole, but Pillow warned on the terminal of a "decompression
    bomb DOS attack" (a careless contributor's review). Pillow's limit is lowered here, to a photo of 1,600 pixels."""
    import warnings

    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    picture = png((40, 40), (30, 30, 200))
    linked.write("evidence/partnerships/files/big.png", picture)
    linked.item(
        "partnerships/big.md",
        "title: A big photo\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public",
        "![The pool](files/big.png)\n",
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        Image.open(io.BytesIO(picture)).load()  # (the warning, as Pillow gives it)
        reader = make_pdf(linked, tmp_path, "accreditor")
    assert [str(warning.category.__name__) for warning in caught] == ["DecompressionBombWarning"], caught
    assert any(
        xobject.get_object().get("/Width") == 40
        for page in reader.pages
        for xobject in (page["/Resources"].get("/XObject") or {}).values()
    )


def test_an_images_width_written_in_html_is_kept(linked: Project, tmp_path: Path) -> None:
    """A logo written `<img ... width="100">` was printed at its full size, as large as the images beside it (an
    assessor's review), where the site shows it 100 pixels wide: it is drawn 75 points wide (100 CSS pixels); an
    image beside it without a width keeps its own."""
    for name, width in (("logo.png", 400), ("banner.png", 401)):
        linked.write(f"evidence/partnerships/files/{name}", png((width, 200), (30, 30, 200)))
    linked.item(
        "partnerships/logo.md",
        "title: Our logo\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public",
        '<img src="../files/logo.png" alt="The logo" width="100">\n\n![The banner](files/banner.png)\n',
    )
    widths: dict[int, float] = {}
    reader = make_pdf(linked, tmp_path, "accreditor")
    for page in reader.pages:
        xobjects = {name: x.get_object() for name, x in (page["/Resources"].get("/XObject") or {}).items()}

        def drawn(operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
            if operator == b"Do" and operands[0] in xobjects:  # noqa: B023
                widths[xobjects[operands[0]].get("/Width")] = cm[0]  # noqa: B023

        if any(x.get("/Width") in (400, 401) for x in xobjects.values()):
            page.extract_text(visitor_operand_before=drawn)
    assert 74 <= widths[400] <= 76 and widths[401] > 200, widths


def test_materials_instant_previews_do_not_stop_it(linked: Project, tmp_path: Path) -> None:
    """material.extensions.preview needs MkDocs' own link processor: the PDF, the pack and the folder for other
    engines stopped with a traceback (a hostile review). It is left out of the Markdown the portfolio renders."""
    config = linked.root / "mkdocs.yml"
    config.write_text(config.read_text() + "markdown_extensions:\n  - material.extensions.preview\n")
    assert not linked.build(audience="accreditor").failed
    assert "Links everywhere" in text_of(make_pdf(linked, tmp_path, "accreditor"))


def test_the_overview_s_ratings_are_whole_where_they_fit_and_the_matrix_fits_the_page(
    sample: Project, tmp_path: Path
) -> None:
    """The cover's matrix broke every rating where a dictionary hyphenates it ("Unsat-isfact-ory", "Satis-factory":
    two reviews). Where the ratings, headings and trends fit the page whole, they are whole; where they do not (every
    rating "Unsatisfactory"), they break as before, and the matrix still fits the page."""
    cover = make_pdf(sample, tmp_path, "internal").pages[0].extract_text()
    assert "Unsatisfactory" in cover.split() and "Satisfactory" in cover.split(), cover
    assert not re.search(r"(?m)(?:Unsat|Unsatis|Satis|Satisfact|Cover)[-\u2010]?$", cover), cover
    for path in (*(sample.root / "evidence/self-assessments").glob("*.md"), sample.root / "framework.yml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"(?m)^(  (?:plan|do|measure|review|impact)): \S+$", r"\1: unsatisfactory", text)
        path.write_text(text, encoding="utf-8")
    (tmp_path / "worst").mkdir()
    page = make_pdf(sample, tmp_path / "worst", "internal").pages[0]
    right = float(page.mediabox.width)
    shown: list[tuple[str, float]] = []
    page.extract_text(visitor_text=lambda text, cm, tm, *_: shown.append((text, tm[4] * cm[0] + cm[4])))
    assert "Target" in [text.strip() for text, _ in shown], shown
    assert max(x for text, x in shown if text.strip()) < right - 30, "the matrix runs off the page"
    assert re.search(r"(?m)Unsat\S*\u2010$", page.extract_text()), "the ratings break, to fit"


def test_an_emoji_is_printed_with_a_font_that_draws_it(linked: Project, tmp_path: Path) -> None:
    """An emoji in a title or a table printed as an empty box: only DejaVu was installed (an assessor's review).
    `.ci/run` and the publishing workflow install Noto Color Emoji, which the PDF embeds for it."""
    import shutil
    import subprocess

    listed = (
        subprocess.run(["fc-list", ":charset=1f3ca"], capture_output=True, text=True)
        if shutil.which("fc-list")
        else None
    )
    if listed is None or not listed.stdout.strip():
        pytest.skip("no font on this machine draws emoji (apt-get install fonts-noto-color-emoji)")
    front_matter = (
        "title: Swim gala \U0001f3ca\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: public"
    )
    linked.item("partnerships/gala.md", front_matter, "| Event | Mood |\n|---|---|\n| Relay | \U0001f389 |\n")
    reader = make_pdf(linked, tmp_path, "public")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert any("Emoji" in name for name in fonts), fonts


@pytest.mark.parametrize("alternate", [True, False])
def test_content_tabs_are_printed_each_under_its_label(project: Project, tmp_path: Path, alternate: bool) -> None:
    """Tabs in two languages printed as two bare radio buttons, then the labels run together as one word,
    "CymraegEnglish", above both texts (a review of valid portfolios): each text is under its label."""
    extensions = "markdown_extensions:\n  - pymdownx.superfences\n  - pymdownx.tabbed:\n"
    project.write("mkdocs.yml", MKDOCS_YML + extensions + f"      alternate_style: {str(alternate).lower()}\n")
    project.item(
        "i.md",
        "title: I\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01",
        '=== "Cymraeg"\n\n    Testun Cymraeg.\n\n=== "English"\n\n    English text.\n',
    )
    text = "".join(text_of(make_pdf(project, tmp_path, "internal")).split())  # (pypdf spaces some kerned letters)
    assert "CymraegTestunCymraeg.EnglishEnglishtext." in text, text


def test_a_photo_opening_an_items_text_is_printed_on_the_page_of_its_title(project: Project, tmp_path: Path) -> None:
    """A celebration whose text is a photo alone: its title and panel at the foot of a page, the photo alone at the
    top of the next, under no title, and the assessor could not tell whose it was (a new organisation's review).
    The first thing an item's text shows goes on the page of its title; photos of ever more pixels after ever
    longer panels put the items at every height of a page."""
    count = 6
    for n in range(count):
        project.write(f"evidence/partnerships/files/photo{n}.png", png((800 + n, 600), (30 * n, 90, 160)))
        partners = ", ".join(f"Partner {n} {m}" for m in range(1 + 4 * n))
        project.item(
            f"partnerships/photo{n}.md",
            f"title: Awards night {n}\ntype: celebration\nmaps_to: partnerships/do\ndate: 2026-05-0{n + 1}\n"
            f"visibility: public\npartners: [{partners}]",
            f"![The winners on stage {n}](files/photo{n}.png)\n",
        )
    reader = make_pdf(project, tmp_path, "accreditor")
    placed = {}
    for number, page in enumerate(reader.pages):
        xobjects = page["/Resources"].get("/XObject") or {}
        for name in drawn_images(page):
            width = xobjects[name].get_object().get("/Width") if name in xobjects else None
            if isinstance(width, int) and 800 <= width < 800 + count:
                placed[width - 800] = number
    assert sorted(placed) == list(range(count)), "each photo is in the PDF"
    for n, number in placed.items():
        assert f"Awards night {n}" in reader.pages[number].extract_text(), (n, number)


def drawn_images(page: Any) -> list[str]:
    """The names of the images a page of a PDF draws (its resources may list others, shared between pages)."""
    drawn: list[str] = []
    page.extract_text(visitor_operand_before=lambda op, args, *_: drawn.extend(args[:1] if op == b"Do" else []))
    return drawn


def test_a_fact_of_several_values_lines_up_with_the_facts_of_one(linked: Project, tmp_path: Path) -> None:
    """The sections an item supports, a list, started further right than its date in the pack's details of it (a
    staff member's review): each value of every fact starts where the others do."""
    front_matter = (
        "title: Lined up\ntype: evidence\nmaps_to: [partnerships/plan, partnerships/review]\ndate: 2026-05-03\n"
        "visibility: public\ntags: [alignedtag]"
    )
    linked.item("partnerships/lined-up.md", front_matter, "Text.\n")
    starts: dict[str, list[float]] = {}
    for page in make_pdf(linked, tmp_path, "public").pages:

        def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
            if text.strip():
                starts.setdefault(text.strip(), []).append(round(tm[4] * cm[0] + cm[4], 1))

        page.extract_text(visitor_text=visit)
    date, tag = starts["3 May 2026"][-1], starts["alignedtag"][-1]
    sections = [x for text, xs in starts.items() if text.startswith("Partnerships ›") for x in xs]
    assert date == tag and date in sections, (date, tag, sections)
