"""Attacks on `portfolio pdf` and `portfolio pack`: a public item (or a careless contributor) tries to bring an internal
item's text, file name, attachment bytes or image, or a path of the build machine, into a narrower audience's PDF or
pack. Each test plants a canary in a withheld item and its files, and checks every byte of the narrower PDF (its raw
bytes, every decompressed stream, its embedded files and its text) for it; and that the internal PDF holds the
canary, so that no test passes by testing nothing."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import Project
from test_pdf import png

pytest.importorskip("weasyprint", reason="the pdf extra is not installed")

CANARY = "wombatcanary"
SITE = "https://portfolio.example.org/"
SECRET_SIZE = (37, 23)
"""The withheld image's size in pixels (no public image has it): an image of that size in a PDF is the secret."""


def make_project(
    project: Project, public_body: str = "Body text.\n", public_attachments: str = "[files/open.csv]"
) -> Path:
    """A public item at evidence/pub/open.md (its page at pub/open/) and an internal item beside it
    (evidence/pub/hidden.md) whose title, body, attachments and image hold the canary. Returns evidence/.

    The image is one of the internal item's attachments: a file that no item attaches is published whenever a
    published page refers to it (docs/confidentiality.md), in the site as in the PDF."""
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + f"site_url: {SITE}\n")
    project.item(
        "pub/open.md",
        "title: Open item\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-01\nvisibility: public\n"
        f"attachments: {public_attachments}",
        public_body,
    )
    project.write("evidence/pub/files/open.csv", "open,1\n")
    project.write("evidence/pub/files/open.png", png((40, 20), (10, 200, 10)))
    project.item(
        "pub/hidden.md",
        f"title: {CANARY} title\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-02\nvisibility: internal\n"
        f"summary: {CANARY} summary\nattachments: ['files/{CANARY}-secret.csv', 'files/budget 2026.csv', "
        f"'files/{CANARY}-photo.png']",
        f"{CANARY} body ![{CANARY} alt](files/{CANARY}-photo.png)\n",
    )
    project.write(f"evidence/pub/files/{CANARY}-secret.csv", f"{CANARY},secret attachment\n")
    project.write("evidence/pub/files/budget 2026.csv", f"{CANARY},secret budget\n")
    project.write(f"evidence/pub/files/{CANARY}-photo.png", png(SECRET_SIZE, (200, 10, 10)))
    return project.root / "evidence"


def make_pdf(project: Project, tmp_path: Path, audience: str) -> Path:
    output = tmp_path / f"{audience}.pdf"
    done = project.command("pdf", str(project.root), "--audience", audience, "-o", str(output))
    assert (done.code, done.stdout.strip()) == (0, str(output)), done.stderr
    return output


def every_byte(pdf: Path | bytes) -> bytes:
    """The PDF's raw bytes, every object as pypdf reads it, every stream decompressed (embedded files included) and
    the text of every page, lowercased."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    raw = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    reader = PdfReader(io.BytesIO(raw))
    chunks = [raw]
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # a free entry of the table
            continue
        chunks.append(repr(obj).encode("utf-8", "replace"))
        if hasattr(obj, "get_data"):
            try:
                chunks.append(obj.get_data())
            except Exception:  # a stream pypdf cannot decode
                continue
    chunks += [(page.extract_text() or "").encode("utf-8") for page in reader.pages]
    return b"\n".join(chunks).lower()


def image_sizes(pdf: Path | bytes) -> set[tuple[int, int]]:
    """The size of every image of the PDF, wherever it is (a page, a pattern, a form)."""
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(io.BytesIO(pdf.read_bytes() if isinstance(pdf, Path) else pdf))
    sizes = set()
    for number in range(1, int(reader.trailer["/Size"])):
        try:
            obj = reader.get_object(IndirectObject(number, 0, reader))
        except Exception:  # a free entry of the table
            continue
        if hasattr(obj, "get") and obj.get("/Subtype") == "/Image":
            sizes.add((int(obj["/Width"]), int(obj["/Height"])))
    return sizes


def attached_names(pdf: Path | bytes) -> set[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf.read_bytes() if isinstance(pdf, Path) else pdf))
    names = set()
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/FileAttachment":
                names.add(str(annotation["/FS"]["/F"]))
    return names


def assert_sealed(project: Project, pdf: Path | bytes, *secrets: str) -> None:
    """No byte of the canary, of the other secrets, of the project's path or of a file: URL; no withheld image."""
    data = every_byte(pdf)
    for secret in (CANARY, *secrets):
        assert secret.lower().encode() not in data, f"the PDF holds {secret!r}"
    for path in (str(project.root), str(project.root.resolve()), "file:"):
        assert path.lower().encode() not in data, f"the PDF holds {path!r}"
    assert SECRET_SIZE not in image_sizes(pdf), "the PDF holds the withheld image"


def assert_widest_holds_the_canary(project: Project, tmp_path: Path) -> None:
    internal = make_pdf(project, tmp_path, "internal")
    data = every_byte(internal)
    assert f"{CANARY} body".encode() in data and f"{CANARY},secret attachment".encode() in data
    assert SECRET_SIZE in image_sizes(internal)


# ------------------------------------------------------------------------------------------- raw HTML in a body

SECRET_FROM_PAGE = f"../files/{CANARY}-secret.csv"
"""The internal attachment, relative to the public item's page (pub/open/)."""
SECRET_FROM_DOCS = f"pub/files/{CANARY}-secret.csv"
"""The same, relative to evidence/ (the base WeasyPrint resolves relative URLs against)."""
PHOTO_FROM_PAGE = f"../files/{CANARY}-photo.png"
PHOTO_FROM_DOCS = f"pub/files/{CANARY}-photo.png"


def payloads(evidence: Path) -> list[str]:
    """Raw HTML a contributor may write in a public item's body to load the internal item's files."""
    absolute = (evidence / "pub/files" / f"{CANARY}-secret.csv").resolve()
    photo = (evidence / "pub/files" / f"{CANARY}-photo.png").resolve()
    urls = [SECRET_FROM_PAGE, SECRET_FROM_DOCS, f"/pub/files/{CANARY}-secret.csv", f"{SITE}{SECRET_FROM_DOCS}"]
    urls += [absolute.as_uri(), str(absolute), f"..%2Ffiles%2F{CANARY}-secret.csv", f"..\\files\\{CANARY}-secret.csv"]
    urls += [f"pub%2Ffiles%2F{CANARY}-secret.csv", "../../../../../../etc/passwd", "file:///etc/passwd"]
    images = [PHOTO_FROM_PAGE, PHOTO_FROM_DOCS, photo.as_uri(), f"{SITE}{PHOTO_FROM_DOCS}", f"/{PHOTO_FROM_DOCS}"]
    found = []
    for url in urls:
        found += [
            f'<a href="{url}" rel="attachment">an attachment</a>',
            f'<A HREF="{url}" REL="ATTACHMENT">upper</A>',
            f'<link rel="attachment" href="{url}">',
            f'<link rel="stylesheet" href="{url}">',
            f'<object data="{url}">object</object>',
            f'<embed src="{url}">',
            f'<iframe src="{url}"></iframe>',
            f"<div style=\"background: url('{url}')\">style</div>",
            f"<style>@import url('{url}');</style>",
        ]
    for url in images:
        found += [
            f'<img src="{url}" alt="img">',
            f'<IMG SRC="{url}" ALT="upper img">',
            f'<img src="../files/open.png" srcset="{url} 2x" alt="srcset">',
            f'<picture><source srcset="{url}"><img src="../files/open.png" alt="picture"></picture>',
            f'<svg width="40" height="20"><image href="{url}" width="40" height="20"/></svg>',
            f'<svg width="40" height="20"><image xlink:href="{url}" width="40" height="20"/></svg>',
            f'<div style="background-image: url({url}); width: 40px; height: 20px">bg</div>',
            f'<div style="background-image: u\\72l({url}); width: 40px; height: 20px">escaped</div>',
            f"<style>.portfolio-pack-document {{ background: url('{url}') }}</style>",
            f"<style>@page {{ background: url('{url}') }}</style>",
            f"<style>h1::before {{ content: url('{url}') }}</style>",
            f"<style>@font-face {{ font-family: x; src: url('{url}') }}</style>",
            f'<div style="list-style-image: url({url}); border-image: url({url}) 30">list</div>',
            f'<base href="../files/"><img src="{CANARY}-photo.png" alt="based">',
            f'<input type="image" src="{url}" alt="input">',
            f'<video poster="{url}"></video>',
        ]
    return found


def test_raw_html_in_a_public_body_loads_no_withheld_file(project: Project, tmp_path: Path) -> None:
    evidence = make_project(project)
    body = "Body text.\n\n" + "\n\n".join(f"<div>{payload}</div>" for payload in payloads(evidence)) + "\n"
    (evidence / "pub/open.md").write_text((evidence / "pub/open.md").read_text().replace("Body text.\n", body))
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public, "root:x:0:0")
    assert b"open item" in every_byte(public)
    assert_widest_holds_the_canary(project, tmp_path)


def test_markdown_a_careless_contributor_writes_loads_no_withheld_file(project: Project, tmp_path: Path) -> None:
    body = f"""Links a careless contributor writes:

- [the budget](<files/budget 2026.csv>), [the budget again](files/budget%202026.csv)
- [the secret]({CANARY.upper()}-secret.csv) and [the folder](../pub/) and [the files](files/)
- [by reference][ref] and ![an image by reference][img]
- [the hidden item](hidden.md), [its page](../hidden/), [its heading](hidden.md#{CANARY}-heading)
- [the site's copy]({SITE}pub/files/{CANARY}-secret.csv)
- ![a photo](files/{CANARY}-photo.png "a title with < in it")

[ref]:
    files/{CANARY}-secret.csv
[img]: files/{CANARY}-photo.png
"""
    make_project(project, body)
    assert_sealed(project, make_pdf(project, tmp_path, "public"), "secret budget")
    assert_widest_holds_the_canary(project, tmp_path)
    # `<files/x.csv>` is no link but a tag to Markdown, which a browser shows as nothing: the seal takes it out of the
    # page, the withheld file's name with it (it stopped the PDF, as typed text)
    (project.root / "evidence/pub/open.md").write_text(
        (project.root / "evidence/pub/open.md").read_text() + f"\nSee <files/{CANARY}-secret.csv>.\n"
    )
    assert_sealed(project, make_pdf(project, tmp_path, "public"), "secret budget")


# -------------------------------------------------------------------------------- leaks found, and fixed here


def test_a_public_file_named_with_a_percent_escape_does_not_stand_for_a_withheld_file(
    project: Project, tmp_path: Path
) -> None:
    """paper.py looked a link's path up, decoded, among the sites' URLs, encoded: a public decoy named
    "budget%202026.csv" stood for the internal item's "budget 2026.csv", which the PDF embedded."""
    evidence = make_project(
        project,
        "Body [the decoy](files/budget%25202026.csv) ![decoy](files/photo%2520one.png)\n",
        "[files/open.csv, 'files/budget%202026.csv', 'files/photo%20one.png']",
    )
    (evidence / "pub/files/budget%202026.csv").write_text("decoy,1\n")
    (evidence / "pub/files/photo%20one.png").write_bytes(png((41, 21), (0, 0, 0)))
    (evidence / "pub/files/photo one.png").write_bytes(png(SECRET_SIZE, (200, 10, 10)))
    hidden = evidence / "pub/hidden.md"
    hidden.write_text(
        hidden.read_text().replace("'files/budget 2026.csv'", "'files/budget 2026.csv', 'files/photo one.png'")
    )
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public, "secret budget")
    assert "budget%202026.csv" in attached_names(public), "the decoy itself is public, and embedded"
    assert (41, 21) in image_sizes(public)
    assert_widest_holds_the_canary(project, tmp_path)


def test_a_public_attachment_with_a_space_in_its_name_is_embedded(project: Project, tmp_path: Path) -> None:
    """Not a leak, the same fault: a published file whose URL is percent-encoded was not found, and not embedded."""
    evidence = make_project(project, "Body [the minutes](<files/minutes 2026.csv>)\n", "['files/minutes 2026.csv']")
    (evidence / "pub/files/minutes 2026.csv").write_text("minutes,1\n")
    public = make_pdf(project, tmp_path, "public")
    assert "minutes 2026.csv" in attached_names(public)
    assert_sealed(project, public, "secret budget")


def test_a_withheld_file_without_extension_beside_a_public_page_is_not_embedded(
    project: Project, tmp_path: Path
) -> None:
    """paper.py keyed pages and files alike ("notes/" and "notes" are one key): a link to the public page
    pub/notes/ embedded the internal item's attachment pub/notes instead."""
    evidence = make_project(project, "Body: see [the notes](notes.md) and [the notes page](../notes/).\n")
    project.item(
        "pub/notes.md", "title: Notes\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-01\nvisibility: public"
    )
    hidden = evidence / "pub/hidden.md"
    hidden.write_text(hidden.read_text().replace("attachments: [", "attachments: [notes, "))
    (evidence / "pub/notes").write_text(f"{CANARY} notes without an extension\n")
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public)
    assert "notes" not in attached_names(public)
    assert_widest_holds_the_canary(project, tmp_path)
    assert b"notes without an extension" in every_byte(make_pdf(project, tmp_path, "internal"))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="symbolic links")
def test_a_symbolic_link_to_a_withheld_attachment_publishes_nothing(project: Project, tmp_path: Path) -> None:
    """A link inside evidence/ is a file like any other: a public page linking to pub/files/copy.csv, a link to the
    internal item's attachment, published its bytes (in the site, and embedded in the PDF)."""
    evidence = make_project(project, "Body [a copy](files/copy.csv) ![a photo](files/copy.png)\n")
    os.symlink(f"{CANARY}-secret.csv", evidence / "pub/files/copy.csv")
    hidden = evidence / "pub/hidden.md"
    hidden.write_text(hidden.read_text().replace("attachments: [", "attachments: [files/linked.png, "))
    os.symlink("open.png", evidence / "pub/files/linked.png")  # internal attaches a link: open.png is its own
    os.symlink(f"{CANARY}-photo.png", evidence / "pub/files/copy.png")
    public = make_pdf(project, tmp_path, "public")
    data = every_byte(public)
    assert b"secret attachment" not in data
    site = project.build(audience="public")
    assert not site.failed and "secret attachment" not in site.all_output()
    assert not (site.site / "pub/files/copy.csv").exists()
    assert_widest_holds_the_canary(project, tmp_path)


def test_a_url_with_a_semicolon_loads_the_file_the_fetcher_allowed(project: Project, tmp_path: Path) -> None:
    """Tried, and held: if the fetcher judged a file: URL by a path that stops at ";" (urlparse's params) while
    urllib opens the whole path, then with two public decoys "minutes;v2.csv" (withheld) would be embedded as if it
    were "minutes" (published). urlparse splits no params from file: URLs."""
    evidence = make_project(
        project,
        '[m](../../minutes)\n\n<div><link rel="attachment" href="minutes;v2.csv"></div>\n',
        "['../minutes', 'open/minutes;v2.csv']",
    )
    (evidence / "minutes").write_text("published minutes\n")
    (evidence / "pub/open").mkdir()
    (evidence / "pub/open/minutes;v2.csv").write_text("decoy\n")
    project.item(
        "hidden2.md",
        "title: Minutes\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-02\nvisibility: internal\n"
        "attachments: ['minutes;v2.csv']",
    )
    (evidence / "minutes;v2.csv").write_text(f"{CANARY},secret minutes\n")
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public, "secret minutes")
    assert_widest_holds_the_canary(project, tmp_path)


# ------------------------------------------------------------------------------------------------------- pack


def test_the_public_pack_holds_no_withheld_byte(project: Project, tmp_path: Path) -> None:
    """The pack: the offline site, the PDF and the exports, with the decoy of the percent-escape attack."""
    evidence = make_project(
        project, "Body [the decoy](files/budget%25202026.csv)\n", "[files/open.csv, 'files/budget%202026.csv']"
    )
    (evidence / "pub/files/budget%202026.csv").write_text("decoy,1\n")
    contents: dict[str, dict[str, bytes]] = {}
    for audience in ("public", "internal"):
        output = tmp_path / f"pack-{audience}.zip"
        done = project.command("pack", str(project.root), "--audience", audience, "-o", str(output))
        assert done.code == 0, done.stderr
        with zipfile.ZipFile(output) as archive:
            contents[audience] = {name: archive.read(name) for name in archive.namelist()}
    for name, data in contents["public"].items():
        assert CANARY not in name.lower() and "budget 2026" not in name
        found: Any = every_byte(data) if name.endswith(".pdf") else data.lower()
        assert CANARY.encode() not in found and b"secret budget" not in found, name
        assert str(project.root).encode() not in found, name
    internal = b"".join(every_byte(d) if n.endswith(".pdf") else d for n, d in contents["internal"].items())
    assert f"{CANARY},secret budget".encode() in internal and f"{CANARY} body".encode() in internal


def test_css_makes_no_link_to_a_file_of_the_build_machine(project: Project, tmp_path: Path) -> None:
    """WeasyPrint makes a link of any element whose CSS says `-weasy-link`, resolved against evidence/ on disk: the
    PDF held file:///home/.../evidence/... (and file:///etc/passwd) links; and "//host/x" became file://host/x."""
    body = """Body

<div><span style="-weasy-link: url(../other/)">one</span></div>

<div><span data-x="../other/" style="-weasy-link: attr(data-x)">two</span></div>

<div><span href="../other/" style="-weasy-link: attr(href)">three</span></div>

<div><span data-y="../../../../../../etc/passwd" style="-weasy-link: attr(data-y)">four</span></div>

<div><a name="x" href="../other/" style="-weasy-link: attr(name)">five</a></div>

<style>.six { -weasy-link: attr(title) }</style>

<div><span class="six" title="../hidden/">six</span> and <a href="//example.com/x">seven</a></div>
"""
    make_project(project, body)
    project.item(
        "pub/other.md", "title: Other\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-01\nvisibility: public"
    )
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public)
    from pypdf import PdfReader

    uris = {
        str(annotation.get_object()["/A"]["/URI"])
        for page in PdfReader(public).pages
        for annotation in page.get("/Annots") or []
        if "/A" in annotation.get_object() and "/URI" in annotation.get_object()["/A"]
    }
    assert uris == {"https://example.com/x"}, uris  # "other" is in the PDF: its links stay inside it
    assert_widest_holds_the_canary(project, tmp_path)
    # A withheld page's full address in an attribute the seal leaves (data-z) is in the page: no PDF holds it
    page = project.root / "evidence/pub/open.md"
    eight = (
        '<div><span data-z="https://portfolio.example.org/pub/hidden/" style="-weasy-link: attr(data-z)">8</span></div>'
    )
    page.write_text(page.read_text(encoding="utf-8") + f"\n{eight}\n", encoding="utf-8")
    refused = project.command("pdf", str(project.root), "--audience", "public", "-o", str(tmp_path / "eight.pdf"))
    line = page.read_text(encoding="utf-8").count("\n")  # the line that writes it
    said = f"evidence/pub/open.md:{line}: error: this page would show the address of a page or file withheld from"
    assert refused.code == 2 and said in refused.stderr and not (tmp_path / "eight.pdf").exists(), refused.stderr


def test_an_element_that_claims_to_be_a_part_of_the_document_changes_no_link(project: Project, tmp_path: Path) -> None:
    """paper.py resolved links against the nearest element with data-paper-url: a public body claiming another URL
    made a file that the public site lacks (one an internal item links to, and no item attaches) a file of the
    PDF, which a <link rel=attachment> (resolved by WeasyPrint against evidence/) then embedded."""
    evidence = make_project(
        project,
        '<div data-paper-url="" data-paper-prefix="x">\n<a href="pub/files/drawing.csv">drawn</a>\n'
        '<img src="pub/files/drawing.png" alt="drawn">\n</div>\n\n'
        '<div><link rel="attachment" href="pub/files/drawing.csv"></div>\n\n'
        '<div style="background: url(pub/files/drawing.png); width: 43px; height: 23px">bg</div>\n',
    )
    (evidence / "pub/open/pub/files").mkdir(parents=True)  # the decoys the seal sees
    (evidence / "pub/open/pub/files/drawing.csv").write_text("decoy\n")
    (evidence / "pub/open/pub/files/drawing.png").write_bytes(png((42, 22), (0, 0, 200)))
    (evidence / "pub/files/drawing.csv").write_text(f"{CANARY} drawing\n")
    (evidence / "pub/files/drawing.png").write_bytes(png((43, 23), (0, 0, 200)))
    hidden = evidence / "pub/hidden.md"
    hidden.write_text(hidden.read_text() + "\n![a drawing](files/drawing.png) and [its data](files/drawing.csv)\n")
    public = make_pdf(project, tmp_path, "public")
    assert_sealed(project, public)
    assert (43, 23) not in image_sizes(public)
    site = project.build(audience="public")
    assert not (site.site / "pub/files/drawing.png").exists() and not (site.site / "pub/files/drawing.csv").exists()
    assert_widest_holds_the_canary(project, tmp_path)
    internal = make_pdf(project, tmp_path, "internal")
    assert (43, 23) in image_sizes(internal) and f"{CANARY} drawing".encode() in every_byte(internal)


@pytest.mark.parametrize("off", ["enabled: false", "left out"])
def test_no_pack_is_made_without_the_portfolio_plugin(project: Project, tmp_path: Path, off: str) -> None:
    """`portfolio pack` builds the site from the project's mkdocs.yml: with the plugin off, MkDocs alone would put
    every item in the site; the build went on, and stopped on a missing portfolio.json, with a traceback."""
    make_project(project)
    config = project.root / "mkdocs.yml"
    block = "  - portfolio:\n      framework: framework.yml\n      as_of: 2026-11-27\n"
    assert block in config.read_text()
    replacement = block.replace("      as_of", "      enabled: false\n      as_of") if off == "enabled: false" else ""
    config.write_text(config.read_text().replace(block, replacement))
    output = tmp_path / "pack.zip"
    done = project.command("pack", str(project.root), "--audience", "public", "-o", str(output))
    assert done.code != 0 and not list(tmp_path.glob("pack.zip*"))
    said = "the portfolio plugin is turned off" if off == "enabled: false" else "does not turn the portfolio plugin on"
    assert said in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("options", "refused"),
    [("", True), ("\n      restrict_path: false\n      base_path: images", True), ("\n      base_path: images", False)],
)
def test_pymdownx_b64_copies_no_withheld_image_into_the_pack(
    project: Project, tmp_path: Path, options: str, refused: bool
) -> None:
    """pymdownx.b64 (base_path "." by default: the folder MkDocs runs in) replaced a public body's reference to the
    internal item's image by the image itself, as a data: URL the seal leaves alone: the public site, and the site
    in the public pack, held the withheld image. Like pymdownx.snippets, it is refused below internal."""
    make_project(project, f"Body ![a photo](evidence/{PHOTO_FROM_DOCS}) ![again]({PHOTO_FROM_PAGE})\n")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text() + f"markdown_extensions:\n  - pymdownx.b64:{options or ' {}'}\n")
    (project.root / "images").mkdir()
    output = tmp_path / "pack.zip"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project.root)  # where MkDocs runs, in a project's CI
        done = project.command("pack", str(project.root), "--audience", "public", "-o", str(output))
        site = project.build(audience="public")
        internal = project.build(audience="internal")
    if refused:
        assert done.code == 1 and not output.exists() and "pymdownx.b64" in done.stderr
        assert site.failed
    else:
        assert done.code == 0, done.stderr
        with zipfile.ZipFile(output) as archive:
            for name in archive.namelist():
                data = archive.read(name)
                found = every_byte(data) if name.endswith(".pdf") else data.lower()
                assert CANARY.encode() not in found, name
                assert not name.endswith(".html") or b"data:image/png;base64" not in found, name  # in a page
        pages = "".join(page.read_text(encoding="utf-8") for page in site.site.rglob("*.html"))
        assert not site.failed and "data:image/png;base64" not in pages
    assert not internal.failed and CANARY in internal.all_output()


def test_an_address_urllib_cannot_read_is_its_words_on_paper(project: Project, tmp_path: Path) -> None:
    """`<a href="http://[::1">`, an address no browser can follow, passed the check and the build, then stopped the
    PDF and the pack with Python's traceback (urllib refuses it; a hostile review). Its words stay, as text."""
    make_project(project, 'Body text.\n\n<a href="http://[::1">sixlink</a> <a href="https://[zz]/x">zedlink</a>\n')
    public = make_pdf(project, tmp_path, "public")
    assert b"sixlink" in every_byte(public) and b"zedlink" in every_byte(public)
    output = tmp_path / "pack.zip"
    done = project.command("pack", str(project.root), "--audience", "public", "-o", str(output))
    assert done.code == 0 and "Traceback" not in done.stderr, done.stderr
    assert_sealed(project, public)
    assert_widest_holds_the_canary(project, tmp_path)


def test_tables_nested_too_deep_for_the_pdf_are_an_error_not_a_traceback(project: Project, tmp_path: Path) -> None:
    """Tables nested 60 deep in a public item's HTML (2 KB) stopped `portfolio pdf` in a traceback, the site's build
    going ahead (a hostile review): an error at the line of its deepest tag, which the PDF refuses too."""
    body = "Intro.\n\n" + "<table><tr><td>\n" * 60 + "x\n" + "</td></tr></table>\n" * 60
    make_project(project, public_body=body)
    said = "evidence/pub/open.md:70: error: the HTML of this page nests 180 tags one inside another"
    done = project.command("pdf", str(project.root), "--audience", "public", "-o", str(tmp_path / "x.pdf"))
    assert done.code != 0 and "Traceback" not in done.stderr and said in done.stderr + done.stdout, done.stderr
