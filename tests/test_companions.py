"""Other MkDocs plugins next to the portfolio: each builds the repository's sample with `--strict`, for the
internal and the public audience, and does its job; the files it reads from evidence/ (awesome-pages' `.pages`,
Material's `.meta.yml`, the blog's `.authors.yml`) raise no warning and are not published.

A test is skipped when its plugin is not installed, unless PORTFOLIO_REQUIRE_ENGINES=1 (CI installs them and sets
it): then it fails. Material's own plugins (blog, meta, offline) come with Material.
"""

from __future__ import annotations

import base64
import os
import posixpath
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import BuildResult, Project, read_mkdocs_yml, write_mkdocs_yml

AUDIENCES = ("internal", "public")
PLUGINS = {entry.name for entry in entry_points(group="mkdocs.plugins")}

# A 1x1 PNG.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000001f15c4890000000d49444154789c6360000002000001e221"
    "bc330000000049454e44ae426082"
)


def require(plugin: str, package: str) -> None:
    """Skip unless the MkDocs plugin is installed (fail when PORTFOLIO_REQUIRE_ENGINES=1)."""
    if plugin in PLUGINS:
        return
    reason = f"the MkDocs plugin {plugin} is not installed (pip install {package})"
    if os.environ.get("PORTFOLIO_REQUIRE_ENGINES") == "1":
        pytest.fail(f"PORTFOLIO_REQUIRE_ENGINES=1, and {reason}")
    pytest.skip(f"{reason}; CI installs it and sets PORTFOLIO_REQUIRE_ENGINES=1")


def add_plugin(project: Project, entry: str | dict[str, Any], *, before_portfolio: bool = False) -> None:
    """Add a plugin to the project's mkdocs.yml, just before the portfolio or at the end of the list."""
    path = project.root / "mkdocs.yml"
    config = read_mkdocs_yml(path)
    plugins: list[Any] = config["plugins"]
    portfolio = next(i for i, p in enumerate(plugins) if isinstance(p, dict) and "portfolio" in p)
    plugins.insert(portfolio if before_portfolio else len(plugins), entry)
    write_mkdocs_yml(path, config)


def build_both(project: Project, *companions: str) -> dict[str, BuildResult]:
    """Build the project for each audience with --strict: each passes, `portfolio check --strict` agrees, and the
    companion files (names) are neither published nor named by a warning."""
    results = {}
    for audience in AUDIENCES:
        result = project.build(strict=True, audience=audience)
        assert not result.failed, (audience, result.error, result.warnings)
        check = project.command("check", str(project.root), "--strict", "--audience", audience)
        assert check.code == 0, (audience, check.stdout, check.stderr)
        for companion in companions:
            assert not list(result.site.rglob(companion)), f"{companion} was published to the {audience} audience"
            assert not [line for line in result.warnings if companion in line]
            assert companion not in check.stdout + check.stderr
        results[audience] = result
    return results


def soup(result: BuildResult, path: str) -> BeautifulSoup:
    return BeautifulSoup((result.site / path).read_text(encoding="utf-8"), "html.parser")


def nav_links(page: BeautifulSoup) -> list[tuple[str, str]]:
    """The primary navigation of a page: (text, href) of each link, in order."""
    nav = page.select_one("nav.md-nav--primary")
    assert nav is not None
    return [(a.get_text(" ", strip=True), str(a.get("href"))) for a in nav.select("a.md-nav__link[href]")]


def site_path(page: str, href: str) -> str:
    """The file that a relative link on the page at `page` (a file of the site, "about/index.html") leads to."""
    target = unquote(urlsplit(href).path)
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), target))
    if path == ".":
        return "index.html"
    return f"{path}/index.html" if target.endswith("/") or target in ("", "..") else path


def test_blog(sample: Project) -> None:
    """Material's blog: its authors file is read, not published; the blog's index has a section of its own in
    the generated navigation, where the blog attaches its archive and categories, and lists the posts this
    audience may see; posts are not listed one by one in the navigation. Links keep to where the blog moved its
    posts and their images."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, "blog")
    sample.write(
        "evidence/blog/.authors.yml",
        f"""\
        authors:
          sam:
            name: Sam Okafor
            description: Partnerships lead
            avatar: "data:image/png;base64,{base64.b64encode(PNG).decode()}"
        """,
    )
    sample.write("evidence/blog/index.md", "# News\n\nNews from the trust.\n")
    sample.write(
        "evidence/blog/posts/forum-launch.md",
        """\
        ---
        date: 2026-10-21
        authors: [sam]
        categories: [Partnerships]
        ---

        # Stakeholder forum launched

        Our first stakeholder forum met in October. More [about us](../../about.md).

        ![Forum photo](forum.png)

        <!-- more -->

        The forum will meet every quarter.
        """,
    )
    sample.write("evidence/blog/posts/forum.png", PNG)
    sample.write(
        "evidence/blog/posts/2026-10-23-forum-follow-up.md",  # dated, as items are: no dated-page warning
        """\
        ---
        date: 2026-10-23
        authors: [sam]
        ---

        # Forum follow-up

        Actions from the [launch](forum-launch.md).
        """,
    )
    about = sample.root / "evidence/about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\nRead [our news](blog/posts/forum-launch.md).\n")
    sample.write(
        "evidence/blog/posts/board-notes.md",
        """\
        ---
        date: 2026-10-25
        authors: [sam]
        categories: [Governance]
        visibility: internal
        ---

        # Board notes for staff

        Internal news.
        """,
    )
    results = build_both(sample, ".authors.yml")
    for audience, result in results.items():
        assert (result.site / "blog/archive/2026/index.html").is_file()
        assert (result.site / "blog/category/partnerships/index.html").is_file()
        post = "blog/2026/10/21/stakeholder-forum-launched/index.html"
        assert "Sam Okafor" in (result.site / post).read_text(encoding="utf-8")
        internal_post = result.site / "blog/2026/10/25/board-notes-for-staff/index.html"
        assert internal_post.is_file() == (audience == "internal")
        assert ("Board notes for staff" in result.all_output()) == (audience == "internal")
        home = nav_links(soup(result, "index.html"))
        assert ("News", "blog/") in home and ("2026", "blog/archive/2026/") in home, home
        assert ("Partnerships", "blog/category/partnerships/") in home, home
        assert (("Governance", "blog/category/governance/") in home) == (audience == "internal"), home
        assert "Stakeholder forum launched" not in dict(home)  # posts are reached from the blog's pages
        sections = [
            label.get_text(" ", strip=True) for label in soup(result, "index.html").select("label.md-nav__link")
        ]
        assert {"Blog", "Archive", "Categories"} <= set(sections), sections
        index = dict(home)["News"]
        assert site_path("index.html", index) == "blog/index.html"
        listed = [
            site_path("blog/index.html", str(a["href"])) for a in soup(result, "blog/index.html").select("a[href]")
        ]
        assert post in listed
        assert (internal_post.relative_to(result.site).as_posix() in listed) == (audience == "internal")
        links = {a.get_text(): site_path(post, str(a["href"])) for a in soup(result, post).select("article a[href]")}
        assert links["about us"] == "about/index.html"
        image = soup(result, post).select_one("article img[alt='Forum photo']")
        assert image is not None and (result.site / site_path(post, str(image["src"]))).read_bytes() == PNG
        follow_up = "blog/2026/10/23/forum-follow-up/index.html"
        launch = soup(result, follow_up).find("a", string="launch")
        assert launch is not None and site_path(follow_up, str(launch["href"])) == post
        news = soup(result, "about/index.html").find("a", string="our news")
        assert news is not None and site_path("about/index.html", str(news["href"])) == post


def test_a_blog_excerpt_on_the_index_names_no_withheld_page(sample: Project) -> None:
    """A public post's links to a page withheld from the public, in an HTML tag and in Markdown (which MkDocs leaves
    as written where the page is withheld): on the blog's index, higher up than the post, they climb above the
    site's root (its site_url has a path). There they name the withheld page as much as in the post, and are
    removed; the internal build keeps the post's. Relative links above the site are removed wherever they are
    written, but to a folder holding the site; absolute paths outside it are left alone."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, "blog")
    config = sample.root / "mkdocs.yml"
    written = read_mkdocs_yml(config)
    write_mkdocs_yml(config, {**written, "site_url": "https://example.org/trust/portfolio/"})
    sample.write("evidence/blog/index.md", "# News\n")
    sample.write("evidence/minutes/board-secret-minutes.md", "---\nvisibility: internal\n---\n# Minutes\n")
    about = sample.root / "evidence/about.md"
    about.write_text(
        about.read_text(encoding="utf-8")
        + '\n<a href="../../">The trust</a>, <a href="../../other-project/">sibling</a>, <a href="/shop/">shop</a>.\n',
        encoding="utf-8",
    )
    sample.write(
        "evidence/blog/posts/forum.md",
        """\
        ---
        date: 2026-10-21
        ---

        # Forum

        See <a href="../../../../../minutes/board-secret-minutes/">the minutes</a>, [the notes](../../minutes/board-secret-minutes.md)
        and [about us](../../about.md).

        <!-- more -->

        More.
        """,
    )
    post = "blog/2026/10/21/forum/index.html"
    for audience in AUDIENCES:
        result = sample.build(audience=audience)
        assert not result.failed, (audience, result.error)
        index = soup(result, "blog/index.html")
        assert "the minutes" in index.get_text() and "the notes" in index.get_text(), audience
        on_index = [a.get_text() for a in index.select(".md-content a[href*='board-secret-minutes']")]
        assert on_index == (["the notes"] if audience == "internal" else []), audience  # MkDocs resolved it there
        about = index.select_one(".md-content a[href$='about/']")
        assert about is not None and site_path("blog/index.html", str(about["href"])) == "about/index.html"
        warned = [line for line in result.warnings if "forum.md:7:" in line]
        assert len(warned) == 1 and "write it as a Markdown link" in warned[0], result.warnings
        kept = [a.get_text() for a in soup(result, post).select("article a[href*='board-secret-minutes']")]
        assert kept == (["the minutes", "the notes"] if audience == "internal" else []), audience
        links = {a.get_text(): a["href"] for a in soup(result, "about/index.html").select(".md-content a[href]")}
        assert (links["The trust"], links["shop"]) == ("../../", "/shop/"), audience
        assert "sibling" not in links, audience
        if audience != "internal":
            leaked = [p for p in result.site.rglob("*") if p.is_file() and b"board-secret-minutes" in p.read_bytes()]
            assert not leaked, (audience, leaked)


@pytest.mark.parametrize(
    ("write", "expected"),
    [
        pytest.param(
            lambda project: project.write("evidence/blog/index.md", "---\nvisibility: internal\n---\n# News\n"),
            "evidence/blog/index.md:2: error: the blog's index page is withheld from the public audience "
            "(visibility: internal), and Material's blog plugin cannot build without it; make it public (the "
            "posts keep their own visibility), or turn the blog plugin off in the builds for this audience",
            id="withheld-index",
        ),
        pytest.param(
            lambda project: project.item(
                "blog/posts/minutes.md",
                """\
                title: Forum minutes
                type: evidence
                maps_to: [partnerships/review]
                date: 2026-10-21
                authors: [Sam Okafor]
                """,
            ),
            "evidence/blog/posts/minutes.md:3: error: the blog's posts folder evidence/blog/posts/ holds this item, "
            "and Material's blog plugin makes every page there a post, with an address and authors of its own; "
            'move the item out of evidence/blog/posts/, or remove its "type" line to make it a post',
            id="item-among-posts",
        ),
        # (a hostile review: the check passed them, and the blog stopped the build with no line and no fix)
        pytest.param(
            lambda project: (
                project.write("evidence/blog/.authors.yml", "authors:\n  jo:\n    name: Jo\n    description: Coach\n"),
                project.write("evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: [jo]\n---\n# News\n"),
            ),
            'evidence/blog/.authors.yml:2: error: the author "jo" in evidence/blog/.authors.yml has no avatar, which '
            "Material's blog needs of every author, and it stops the build; add avatar: under it (name: Jo Bloggs, "
            "description: Active Partnership lead, avatar: blog/avatars/jo.png)",
            id="author-without-avatar",
        ),
        pytest.param(
            lambda project: project.write(
                "evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors:\n  - sam\n---\n# News\n"
            ),
            'evidence/blog/posts/news.md:4: error: the author "sam" is not listed in evidence/blog/.authors.yml, which '
            "does not exist, and Material's blog stops the build on a post naming one it does not know; correct the "
            'author\'s id here, or list them in a new file, evidence/blog/.authors.yml, under "authors:", with their '
            "name, description and avatar (name: Jo Bloggs, description: Active Partnership lead, avatar: "
            "blog/avatars/jo.png)",
            id="post-author-unknown",
        ),
        pytest.param(  # (a review of the change: Material's own error named no line)
            lambda project: project.write(
                "evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: sam\n---\n# News\n"
            ),
            'evidence/blog/posts/news.md:3: error: "authors" must be a list of the authors\' ids, not text (sam), '
            "and Material's blog stops the build on it; write authors: [sam]",
            id="post-authors-as-text",
        ),
        pytest.param(  # (a review of valid portfolios: Material's "Required configuration not provided", no line)
            lambda project: project.write("evidence/blog/.authors.yml", "# The blog's authors\nauthors:\n"),
            'evidence/blog/.authors.yml:2: error: "authors" in evidence/blog/.authors.yml is empty, and Material\'s '
            "blog stops the build on it; write each author's id under it (jo:), and under that their name, description "
            "and avatar (name: Jo Bloggs, description: Active Partnership lead, avatar: blog/avatars/jo.png), or remove "
            "the line",
            id="authors-file-empty",
        ),
        pytest.param(  # (a review of the change: Material's "Expected type: <class 'str'> for keys", no line)
            lambda project: project.write(
                "evidence/blog/.authors.yml", "authors:\n  7:\n    name: Jo\n    description: D\n    avatar: a.png\n"
            ),
            "evidence/blog/.authors.yml:2: error: the author's id 7 in evidence/blog/.authors.yml is a number, not "
            'text, and Material\'s blog stops the build on it; put it in quotes ("7":), and in the posts that name it',
            id="authors-file-number",
        ),
        pytest.param(
            lambda project: project.write(
                "evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: [7]\n---\n# News\n"
            ),
            "evidence/blog/posts/news.md:3: error: the author 7 is a number, not an author's id, and Material's blog "
            'stops the build on it; write the id as it is in evidence/blog/.authors.yml, in quotes ("7")',
            id="post-author-number",
        ),
    ],
)
def test_blog_pages_the_portfolio_cannot_publish_are_errors(
    sample: Project, write: Callable[[Project], Any], expected: str
) -> None:
    """A withheld blog index (the blog plugin cannot build without it) and an item among the posts (the blog
    would give it another address, and read its `authors` as the blog's author ids) stop the build with a
    message, not a traceback; `portfolio check` says the same."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, "blog")
    write(sample)
    result = sample.build(strict=True, audience="public")
    assert result.failed, result.log
    assert [line for line in result.warnings if "error" in line] == [
        f"portfolio: {expected}",
        "the portfolio has 1 error (listed above); fix it and build again",
    ]
    check = sample.command("check", str(sample.root), "--audience", "public")
    assert check.code == 1 and expected in check.lines, check.stdout


def test_a_blog_authors_file_in_a_folder_named_with_a_dot_is_read_and_not_refused(sample: Project) -> None:
    """An authors file in a folder named with a dot, which MkDocs never publishes, was refused as "a file MkDocs may
    publish" (a review of valid portfolios): it is read, as the blog reads it, and the build passes."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, {"blog": {"authors_file": "{blog}/.team/authors.yml"}})
    sample.write("evidence/blog/.team/authors.yml", "authors:\n  jo:\n    name: Jo\n    description: Coach\n")
    sample.write("evidence/blog/index.md", "# News\n")
    sample.write("evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: [jo]\n---\n# News\n")
    said = [(p.path, p.line, p.code) for p in sample.problems("public") if p.severity == "error"]
    assert said == [("evidence/blog/.team/authors.yml", 2, "blog-authors")], said  # (no avatar: read, as the blog does)
    sample.write(
        "evidence/blog/.team/authors.yml", "authors:\n  jo:\n    name: Jo\n    description: Coach\n    avatar: jo.png\n"
    )
    assert not sample.build(audience="public").failed


def test_a_named_pipe_for_the_authors_file_is_not_waited_on(sample: Project) -> None:
    """A named pipe called .authors.yml made `portfolio check` wait for ever (a hostile review): it is no file, so
    the blog has no authors file, and a post naming an author is told so."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, "blog")
    sample.write("evidence/blog/index.md", "# News\n")
    sample.write("evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: [jo]\n---\n# News\n")
    os.mkfifo(sample.root / "evidence/blog/.authors.yml")
    checked = subprocess.run(
        [sys.executable, "-m", "evidence_portfolio.cli", "check", str(sample.root), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert 'evidence/blog/posts/news.md:3: error: the author "jo" is not listed in' in checked.stdout, checked


def test_a_draft_posts_authors_are_not_judged_where_the_blog_leaves_drafts_out(sample: Project) -> None:
    """A draft post naming an author the blog does not list stopped the build, which Material's blog, leaving the
    draft out, does not (a review of the change); a post it publishes is told."""
    require("material/blog", "mkdocs-material")
    add_plugin(sample, "blog")
    sample.write("evidence/blog/index.md", "# News\n")
    sample.write(
        "evidence/blog/posts/plans.md", "---\ndate: 2026-10-21\ndraft: true\nauthors: [nobody]\n---\n# Plans\n"
    )
    assert [p for p in sample.problems("public") if p.code == "blog-authors"] == []
    assert not sample.build(audience="public").failed
    sample.write("evidence/blog/posts/news.md", "---\ndate: 2026-10-21\nauthors: [nobody]\n---\n# News\n")
    said = [(p.path, p.line) for p in sample.problems("public") if p.code == "blog-authors"]
    assert said == [("evidence/blog/posts/news.md", 3)], said


# awesome-pages warns of plugins with an on_nav handler placed before it (its NavPluginOrder warning).
@pytest.mark.filterwarnings("error:The plugin .* might not work correctly when placed before awesome-pages")
def test_awesome_pages(sample: Project) -> None:
    """awesome-pages (before the portfolio, which seals the navigation after it) orders the navigation from
    `.pages`, which is not published; an entry there for a page the audience may not see is left out (and so is
    one for an item in the internal build: items are not in the navigation, so awesome-pages makes the entry a
    link to the Markdown file, which the site does not hold)."""
    require("awesome-pages", "mkdocs-awesome-pages-plugin")
    add_plugin(sample, "awesome-pages", before_portfolio=True)
    item = "partnerships/do/2026-09-10-safeguarding-referral-pathway-note.md"  # internal
    sample.write("evidence/.pages", f"nav:\n  - about.md\n  - Canary safeguarding entry: {item}\n  - ...\n")
    results = build_both(sample, ".pages")
    for result in results.values():
        home = nav_links(soup(result, "index.html"))
        assert home[0][0] == "About Riverside Leisure Trust", home
        assert home[1][0] == "Overview", home
        assert "Canary safeguarding entry" not in result.all_output()


@pytest.mark.filterwarnings("error:The plugin .* might not work correctly when placed before awesome-pages")
def test_a_pages_title_showing_a_withheld_address_is_an_error_at_its_line(sample: Project) -> None:
    """A title of `.pages` is shown, as typed, in the navigation of every page: one holding a link to an internal
    item passed `portfolio check --audience public`, and the build stopped naming the pack's page (a hostile
    review). It is an error at the title's line, in the check and the build alike; the internal build, where the
    item is seen, builds."""
    require("awesome-pages", "mkdocs-awesome-pages-plugin")
    add_plugin(sample, "awesome-pages", before_portfolio=True)
    item = "partnerships/do/2026-09-10-safeguarding-referral-pathway-note.md"  # internal
    sample.write("evidence/.pages", f"nav:\n  - about.md\n  - 'See [the note]({item})': about.md\n  - ...\n")
    said = (
        "evidence/.pages:3: error: the title on this line would show the address of a page or file withheld from "
        f'this build as typed text ("{item}"): awesome-pages puts it into the navigation, which is on every page; '
        "write the title in words of its own, such as About us"
    )
    check = sample.command("check", str(sample.root), "--audience", "public")
    assert check.code == 1 and said in check.lines, check.stdout
    public = sample.build(audience="public")
    assert public.failed and f"portfolio: {said}" in public.log, public.log
    internal = sample.build(audience="internal")
    assert not internal.failed, internal.log
    assert f"See [the note]({item})" in soup(internal, "index.html").get_text(), "the title shows in the widest build"
    # a title shown in no build for the audience: of an entry the build leaves out (the withheld item itself), or in
    # a folder's .pages (the portfolio lists the plain pages under their own titles) is no error (a review of valid
    # portfolios)
    sample.write("evidence/.pages", f"nav:\n  - about.md\n  - 'See [the note]({item})': {item}\n  - ...\n")
    sample.write("evidence/partnerships/.pages", f"title: 'See [it](do/{item.split('/', 1)[1]})'\nnav:\n  - ...\n")
    check = sample.command("check", str(sample.root), "--audience", "public")
    assert check.code == 0, check.stdout


@pytest.mark.parametrize("before_portfolio", [False, True], ids=["after", "before"])
def test_meta(sample: Project, before_portfolio: bool) -> None:
    """Material's meta plugin applies `.meta.yml` to the pages of its folder (a tag on a plain page here), in
    either place in the list of plugins; the file is not published."""
    require("material/meta", "mkdocs-material")
    add_plugin(sample, "meta", before_portfolio=before_portfolio)
    sample.write("evidence/.meta.yml", "tags:\n  - Zebra crossing\n")
    for result in build_both(sample, ".meta.yml").values():
        tags = [a.get_text(strip=True) for a in soup(result, "about/index.html").select(".md-tag")]
        assert "Zebra crossing" in tags


def test_companion_file_names_follow_the_plugins_options(sample: Project) -> None:
    """The meta plugin's `meta_file` and awesome-pages' `filename` choose other names: those files are read
    by their plugin, not published, and no warning of the portfolio names them. (A meta file's name starts with a
    dot: any other is refused below internal, test_leaks.py says why.)"""
    require("material/meta", "mkdocs-material")
    require("awesome-pages", "mkdocs-awesome-pages-plugin")
    add_plugin(sample, {"meta": {"meta_file": ".defaults.yml"}})
    add_plugin(sample, {"awesome-pages": {"filename": "_order.yml"}}, before_portfolio=True)
    sample.write("evidence/.defaults.yml", "tags:\n  - Zebra crossing\n")
    sample.write("evidence/_order.yml", "nav:\n  - about.md\n  - ...\n")
    for result in build_both(sample, ".defaults.yml", "_order.yml").values():
        assert "Zebra crossing" in [a.get_text(strip=True) for a in soup(result, "about/index.html").select(".md-tag")]
        assert nav_links(soup(result, "index.html"))[0][0] == "About Riverside Leisure Trust"


def test_minify(sample: Project) -> None:
    """Pages minified; the site's own stylesheet and script minified too, under the names minify gives them, which
    every page names (it writes those files only after the pages: a review found them dropped from every head). A
    stylesheet of the organisation above the site stays named as well."""
    require("minify", "mkdocs-minify-plugin")
    options = {"minify_html": True, "minify_css": True, "minify_js": True}
    add_plugin(sample, {"minify": {**options, "css_files": ["css/site.css"], "js_files": ["js/site.js"]}})
    config = sample.root / "mkdocs.yml"
    written = read_mkdocs_yml(config)
    written |= {
        "site_url": "https://example.org/trust/portfolio/",
        "extra_css": [*written.get("extra_css", []), "css/site.css", "../shared/brand.css"],
        "extra_javascript": [*written.get("extra_javascript", []), "js/site.js"],
    }
    write_mkdocs_yml(config, written)
    sample.write("evidence/css/site.css", "body {\n  margin: 0;\n}\n")
    sample.write("evidence/js/site.js", "var answer = 42;\n")
    for result in build_both(sample).values():
        html = (result.site / "about/index.html").read_text(encoding="utf-8")
        assert html.count("\n") < 5, "the page is not minified"
        assert "Riverside Leisure Trust" in html
        head = soup(result, "about/index.html")
        assert {site_path("about/index.html", str(link["href"])) for link in head.select("link[rel=stylesheet]")} >= {
            "css/site.min.css"
        }
        assert "../../shared/brand.css" in {str(link["href"]) for link in head.select("link[rel=stylesheet]")}
        assert "js/site.min.js" in {site_path("about/index.html", str(js["src"])) for js in head.select("script[src]")}
        assert (result.site / "css/site.min.css").is_file() and (result.site / "js/site.min.js").is_file()


def test_glightbox(sample: Project) -> None:
    """glightbox wraps the images of a page in a link to the image; the image is published with the page."""
    require("glightbox", "mkdocs-glightbox")
    add_plugin(sample, "glightbox")
    sample.write("evidence/files/visits-chart.png", PNG)
    about = sample.root / "evidence/about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n![Visits by site](files/visits-chart.png)\n")
    for result in build_both(sample).values():
        link = soup(result, "about/index.html").select_one("a.glightbox")
        assert link is not None and link.select_one("img") is not None
        assert site_path("about/index.html", str(link["href"])) == "files/visits-chart.png"
        assert (result.site / "files/visits-chart.png").read_bytes() == PNG


def test_git_revision_date_localized(sample: Project) -> None:
    """The plugin dates each page from git (the sample is committed into a repository of its own)."""
    require("git-revision-date-localized", "mkdocs-git-revision-date-localized-plugin")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    add_plugin(sample, "git-revision-date-localized")
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"]
    environment = {
        **os.environ,
        "GIT_COMMITTER_DATE": "2026-11-20T12:00:00+0000",
        "GIT_AUTHOR_DATE": "2026-11-20T12:00:00+0000",
    }
    for command in (["init", "-q"], ["add", "."], ["commit", "-q", "-m", "The sample"]):
        subprocess.run([*git, *command], cwd=sample.root, check=True, env=environment)
    for result in build_both(sample).values():
        dates = soup(result, "about/index.html").select(".git-revision-date-localized-plugin-date")
        assert [date.get_text(strip=True) for date in dates] == ["November 20, 2026"]


@pytest.mark.parametrize("before_portfolio", [True, False], ids=["before", "after"])
def test_offline(sample: Project, before_portfolio: bool) -> None:
    """Material's offline plugin turns directory URLs off (the portfolio's links follow, wherever the plugin is in
    the list) and writes the search index as a script."""
    require("material/offline", "mkdocs-material")
    add_plugin(sample, "offline", before_portfolio=before_portfolio)
    for result in build_both(sample).values():
        assert (result.site / "search/search_index.js").is_file()
        assert (result.site / "about.html").is_file() and not (result.site / "about").exists()
        for page in ("index.html", "library.html", "challenges/partnerships.html"):
            hrefs = [str(a["href"]) for a in soup(result, page).select("article a[href]")]
            local = [h for h in hrefs if not re.match(r"[a-z]+:|#", h)]
            assert local, page
            for href in local:
                assert (result.site / site_path(page, href)).is_file(), (page, href)
