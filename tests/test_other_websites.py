"""What a page shows from another website: an image, a frame, a script or a stylesheet that the browser would load
from another host as the page opens. The published site loads nothing from other hosts (they would learn who reads
which page, internal ones too), so every build leaves it out and both doors name it at its line; a link to another
website, which loads nothing until it is followed, stays."""

from __future__ import annotations

from conftest import MKDOCS_YML, Project

ITEM = "title: Sports day\ntype: celebration\nmaps_to: partnerships/do\ndate: 2026-05-01\nvisibility: {visibility}"
SHOWN = """\
# Sports day

![Our team](https://partner.example.org/photos/team.jpg)

![Logo][logo] and [the partner's site][site].

<img src="//cdn.example.net/pixel.gif" alt="pixel">
<iframe src="HTTPS://www.youtube.com/embed/abc123"></iframe>
<audio src="https://cdn.example.net/anthem.mp3"></audio>
<link rel="stylesheet" href="https://fonts.example.com/a.css">
<img srcset="https://cdn.example.net/a.png 1x, ../photo.jpg 2x" alt="candidates">
<video poster="https://cdn.example.net/still.jpg"></video>

[logo]: https://partner.example.org/logo.png
[site]: https://partner.example.org/

Links stay: [their report](https://partner.example.org/report.pdf), <a href="https://partner.example.org/">home</a>.

```
![in code](https://cdn.example.net/code.png)
```

![ours](https://portfolio.example.org/photo.jpg) and ![mine](photo.jpg)
"""
FROM_ELSEWHERE = {
    10: "https://partner.example.org/photos/team.jpg",
    14: "//cdn.example.net/pixel.gif",
    15: "HTTPS://www.youtube.com/embed/abc123",
    16: "https://cdn.example.net/anthem.mp3",
    17: "https://fonts.example.com/a.css",
    18: "https://cdn.example.net/a.png",
    19: "https://cdn.example.net/still.jpg",
    21: "https://partner.example.org/logo.png",
}
"""The line of the file (the front matter takes 7 lines) and the URL of each thing the page would load from elsewhere."""


def _project(project: Project) -> None:
    project.write("mkdocs.yml", MKDOCS_YML + "site_url: https://portfolio.example.org/\n")
    project.write("evidence/photo.jpg", b"\xff\xd8\xff")


def test_each_thing_a_page_would_load_from_another_website_is_named_at_its_line(project: Project) -> None:
    """An image pasted by its address from a partner's website, a video embedded, a script: each would have every
    reader's browser ask that website for it (an internal page's readers too), and none showed in the assessor's
    copy opened from disk; nothing said so. Each is now a mistake at its line, whatever way it is written (Markdown,
    by reference, raw HTML, srcset, poster, capitals, "//host"); links, code and the site's own host are not."""
    _project(project)
    project.item("sports-day.md", ITEM.format(visibility="internal"), SHOWN)
    named = {p.line: p.message for p in project.problems() if p.code == "embedded-from-elsewhere"}
    assert sorted(named) == sorted(FROM_ELSEWHERE), named
    for line, url in FROM_ELSEWHERE.items():
        assert named[line].startswith(f'this page shows "{url}" from another website as it opens'), named[line]
    assert "make it a link to click: [text](https://partner.example.org/photos/team.jpg)" in named[10]
    # a video's player: a link to watch it (a review of valid portfolios was told to save it beside the item)
    assert named[15].endswith(
        "a frame stays empty); make it a link to the video to click: [Watch the video]"
        "(https://www.youtube.com/watch?v=abc123)"
    ), named[15]
    checked = project.check("--strict")
    assert checked.code == 1
    assert 'evidence/sports-day.md:15: warning: this page shows "HTTPS://www.youtube.com/embed/abc123"' in (
        checked.stdout
    )


def test_every_build_leaves_out_what_a_page_would_load_from_another_website_and_keeps_its_links(
    project: Project,
) -> None:
    """The internal build (the widest) and the public one: the page holds none of what it would load from elsewhere
    (an image becomes its description), and keeps its links to other websites and its own image."""
    _project(project)
    project.item("sports-day.md", ITEM.format(visibility="public"), SHOWN)
    for audience in ("internal", "public"):
        built = project.build(audience=audience)
        assert not built.failed, built.error
        html = built.html("sports-day/")
        for url in FROM_ELSEWHERE.values():
            assert url not in html, (audience, url)
        assert html.count("cdn.example.net") == 1 and "youtube" not in html.lower()  # once: as code
        assert "Our team" in html and 'alt="pixel"' not in html and "pixel" in html
        assert 'href="https://partner.example.org/report.pdf"' in html
        assert 'href="https://partner.example.org/"' in html
        assert 'src="../photo.jpg"' in html and 'srcset="../photo.jpg 2x"' in html
        said = [line for line in built.warnings if "from another website" in line]
        assert len(said) == len(FROM_ELSEWHERE), said


def test_a_sealed_folder_for_an_engine_without_plugins_leaves_them_out_too(project: Project) -> None:
    """`portfolio generate` writes Markdown that another engine renders: the image from elsewhere is its text there,
    the link stays, and the page is not refused by the second seal."""
    _project(project)
    project.item("sports-day.md", ITEM.format(visibility="public"), SHOWN)
    out = project.root / "out"
    done = project.command("generate", str(project.root), "--audience", "public", "--out", str(out))
    assert done.code == 0, done.stdout + done.stderr
    page = (out / "docs/sports-day.md").read_text(encoding="utf-8")
    assert "partner.example.org/photos" not in page and "Our team" in page
    assert page.count("cdn.example.net") == 1 and "youtube" not in page.lower()  # once: as code
    assert "(https://partner.example.org/report.pdf)" in page
    assert "\nLogo and [the partner's site][site].\n" in page and "[site]: https://partner.example.org/" in page


HOSTILE = """\
# Hostile

![a](https://ｅvil.test/)
<img src="https://g02.evil。test/">
<img src="https://évil.example/">
<style>@import/**/"https://h24.evil.test/x.css";</style>
<svg><image href="#"><set attributeName="href" to="https://h36.evil.test/x.png"/></image></svg>
<link rel="stylesheet" href="data:text/css,@import url(https://h69.evil.test/x.css);">
"""


def test_what_hides_another_website_behind_an_odd_spelling_is_left_out_too(project: Project) -> None:
    """A hostile review: with a site_url, an address with a fullwidth letter or an ideographic full stop (which the
    browser maps to an ASCII host) was taken for the site's own and kept; a comment after @import, an SVG animation
    of an image's href and a stylesheet written into a data: URL loaded from elsewhere too. Every build leaves them
    out; both doors name the three images (the others are CSS and SVG, which the scan does not read)."""
    _project(project)
    project.item("hostile.md", ITEM.format(visibility="internal"), HOSTILE)
    named = sorted(p.line for p in project.problems() if p.code == "embedded-from-elsewhere")
    assert named == [10, 11, 12], named
    built = project.build(audience="internal")
    assert not built.failed, built.error
    html = built.html("hostile/")
    for host in ("ｅvil.test", "evil。test", "évil.example", "h24.evil.test", "h36.evil.test", "h69.evil.test"):
        assert host not in html, host


def test_an_engine_folder_keeps_a_page_whose_extension_writes_an_image_from_elsewhere(project: Project) -> None:
    """pymdownx.emoji, as it comes, writes each emoji as an image from a CDN: `portfolio generate` left the whole
    page out as if its first seal had missed a link (a hostile review); the page is kept. The build shows the
    emoji's character instead of the image."""
    project.write("mkdocs.yml", MKDOCS_YML + "markdown_extensions:\n  - pymdownx.emoji\n")
    project.item("smile.md", ITEM.format(visibility="public"), "# Smile\n\nHello :smile:\n")
    out = project.root / "out"
    done = project.command("generate", str(project.root), "--audience", "public", "--out", str(out))
    assert done.code == 0 and "left out" not in done.stdout + done.stderr, done.stdout + done.stderr
    assert "Hello :smile:" in (out / "docs/smile.md").read_text(encoding="utf-8")
    built = project.build(audience="public")
    html = built.html("smile/")
    assert "cdnjs" not in html and "\U0001f604" in html


POLICY = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; '


def test_every_page_of_a_site_tells_the_browser_to_load_nothing_from_other_hosts(project: Project) -> None:
    """Every page (the home page, a generated listing, an item's, the 404 page) of the widest build starts its head
    with the policy, once, so that the browser refuses whatever the seal could not see; Material's fonts, where
    mkdocs.yml does not turn them off, are allowed from Google's hosts, and nothing else."""
    project.item("sports-day.md", ITEM.format(visibility="internal"), "# Sports day\n")
    built = project.build(audience="internal")
    assert not built.failed, built.error
    for url in ("", "library/", "sports-day/", "404.html"):
        html = built.html(url)
        assert html.count("Content-Security-Policy") == 1 and POLICY in html, url
        assert html.index(POLICY) < html.index("<script") and html.index(POLICY) < html.index("<link"), url
    assert "fonts.googleapis.com" not in built.html("")
    # a hostile review: a page without a head had none (Material's partials/content.html then, which is refused
    # now as no page's template: a theme's own template without a head)
    project.write("overrides/bare.html", "{{ page.content }}\n")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    project.item("bare.md", ITEM.format(visibility="internal") + "\ntemplate: bare.html", "# Bare\n")
    bare = project.build(audience="internal").html("bare/")
    assert "<head" not in bare and bare.startswith(POLICY), bare[:200]
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  custom_dir: overrides\n"))
    fonts = project.build(audience="internal").html("")
    assert "style-src 'self' 'unsafe-inline' https://fonts.googleapis.com https://fonts.gstatic.com;" in fonts


def test_no_policy_where_it_would_break_what_mkdocs_yml_chose_or_a_copy_opened_from_disk(project: Project) -> None:
    """A script that mkdocs.yml itself loads from another host (a mistake the check names) would be refused by the
    policy, breaking what the organisation chose: such a site carries none. Nor does a site opened from disk, whose
    files 'self' does not name (Material's offline plugin, the assessor's pack)."""
    import dataclasses

    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.content_policy import content_policy

    project.write("mkdocs.yml", MKDOCS_YML + "extra_javascript:\n  - https://cdn.example.org/chart.js\n")
    built = project.build(audience="internal")
    assert "Content-Security-Policy" not in built.html("")
    assert any("extra_javascript loads" in line for line in built.warnings)
    project.write("mkdocs.yml", MKDOCS_YML)
    settings = load_settings(project.root)
    assert content_policy(settings, google_fonts=False)
    assert content_policy(dataclasses.replace(settings, offline_copy_of=True), google_fonts=False) is None
    offline = dataclasses.replace(settings, plugins=settings.plugins | {"offline"})
    assert content_policy(offline, google_fonts=False) is None


def test_a_stylesheet_of_the_projects_own_loading_from_another_host_is_told_at_its_line(project: Project) -> None:
    """extra_css naming a stylesheet of the project's own that imports a font from another host made every page of the
    assessor's copy, opened from disk, load it, and the check said nothing (an assessor's review): a warning at the
    stylesheet's line, in both doors; none of one that loads the site's own files alone."""
    project.item("a.md", ITEM.format(visibility="public"), "# A\n")
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n")
        + "extra_css:\n  - assets/extra.css\n  - theme.css\n",
    )
    project.write(
        "evidence/assets/extra.css",
        '/* our colours\n   and font */\n@import url("https://fonts.googleapis.com/css?family=Roboto");\n'
        "body { background: url('https://cdn.example.com/bg.png'); }\n",
    )
    project.write("overrides/theme.css", ".logo { background: url(//cdn.example.net/logo.png) }\n")
    told = [(p.path, p.line) for p in project.problems() if p.code == "loads-from-elsewhere"]
    assert told == [("evidence/assets/extra.css", 3), ("overrides/theme.css", 1)], told
    built = project.build(audience="public")
    assert any("evidence/assets/extra.css:3: warning: this stylesheet, which extra_css" in line for line in built.log)
    project.write("evidence/assets/extra.css", "body { background: url('../images/bg.png'); }\n")
    project.write("overrides/theme.css", "@import 'colours.css';\n")
    assert not [p for p in project.problems() if p.code == "loads-from-elsewhere"]
