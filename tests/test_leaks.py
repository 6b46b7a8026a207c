"""Leak suite, organised by vector: can anything of a withheld item or file reach a narrower audience's site?

Each vector plants its own canary word (``kanary<name>zz``) in an internal (or accreditor) item or file: in its
title, body, file or folder name, attachment, tags, partners... Every scenario is a small project built once per
audience (public, accreditor, internal); every byte of every file of each site (``.gz`` files decompressed, and
also read with character references and percent-escapes decoded) and every file and folder name is searched.

- An internal canary must be absent from the public and accreditor sites and present in the internal one (a vector
  whose canary the internal build does not hold tests nothing, so that is asserted every time).
- An accreditor canary must be absent from the public site and present in the accreditor and internal ones.
- A file referred to by nobody is withheld from every audience: its canary is absent from all three.

Vectors that need a project of their own (front matter that is not read, `mkdocs build --dirty`, `mkdocs
gh-deploy`, ratings and coverage) have their own tests below. Nothing here is marked xfail: a failing test is a
leak (or a crash) to fix.
"""

from __future__ import annotations

import base64
import functools
import gzip
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import FRAMEWORK, MKDOCS_YML, BuildResult, Project
from evidence_portfolio.site.html_blocks import closed
from evidence_portfolio.site.publication import COPYING_PLUGINS, SAFE_PLUGINS, TEMPLATING_PLUGINS

AUDIENCES = ("public", "accreditor", "internal")
SITE_URL = "https://portfolio.example.org/"
DATA_URL = re.compile(r"data:[^,\"'\s]*;base64,([A-Za-z0-9+/]+=*)")


def canary(name: str) -> str:
    """The canary word of a vector: lowercase letters only, ending in "zz" so that no canary contains another."""
    word = f"kanary{name.replace('-', '')}zz"
    assert word.isalpha() and word.islower() and "zz" not in word[:-2], word
    return word


# ------------------------------------------------------------------------------------------------- searching a site


@dataclass
class Site:
    """One built site, read for searching: every file's and folder's relative path and every file's text."""

    audience: str
    result: BuildResult
    texts: dict[str, str] = field(default_factory=dict)
    """Relative path ("a/b/" for a folder) -> lowercased text (gzip decompressed), with what its base64 data: URLs
    hold, and the same text with character references and percent-escapes decoded, so that "%6banary" or
    "&#107;anary" count too."""

    @classmethod
    def read(cls, audience: str, result: BuildResult) -> Site:
        texts: dict[str, str] = {}
        if result.site.exists():
            for path in sorted(result.site.rglob("*")):
                relative = path.relative_to(result.site).as_posix()
                if path.is_dir():
                    texts[relative + "/"] = ""
                    continue
                data = path.read_bytes()
                if path.name.endswith(".gz"):
                    data = gzip.decompress(data)
                text = data.decode("utf-8", "replace")
                embedded = [base64.b64decode(found).decode("utf-8", "replace") for found in DATA_URL.findall(text)]
                text = "\n".join((text, *embedded)).lower()
                decoded = unquote(html.unescape(text)) if ("%" in text or "&" in text) else ""
                texts[relative] = text + "\n" + decoded
        return cls(audience, result, texts)

    def where(self, word: str) -> list[str]:
        """Every file whose name or content holds `word` (and every folder whose name does)."""
        return [
            path
            for path, text in self.texts.items()
            if word in path.lower() or word in unquote(path).lower() or word in text
        ]

    @property
    def portfolio(self) -> dict:
        return self.result.portfolio

    def page(self, role: str) -> str:
        return self.result.html(self.portfolio["pages"][role])


def build_all(project: Project, refused: str = "", at: str = "mkdocs.yml:") -> dict[str, Site]:
    """Every audience's site; builds for audiences the scenario expects refused (with the problem code `refused`)
    must fail with an error at `at` (a path, perhaps with its line) and leave no site."""
    sites = {}
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        if refused and audience != "internal":
            assert result.failed, f"the {audience} build should have been refused"
            assert any(line.startswith(f"portfolio: {at}") and ": error: " in line for line in result.log), result.log
            assert not result.site.exists() or not any(result.site.rglob("*.html")), "a refused build wrote pages"
            sites[audience] = Site.read(audience, result)
            continue
        assert not result.failed, f"the {audience} build failed: {result.error}\n" + "\n".join(result.log[-30:])
        sites[audience] = Site.read(audience, result)
    return sites


def item(
    title: str,
    *,
    type_: str = "evidence",
    visibility: str = "internal",
    maps_to: str | None = "people/plan",
    date: str = "2026-01-01",
    extra: str = "",
    body: str = "Body text.\n",
) -> str:
    """The text of an item file."""
    lines = [f"title: {title}", f"type: {type_}"]
    if maps_to:
        lines.append(f"maps_to: {maps_to}")
    lines += [f"date: {date}", f"visibility: {visibility}"]
    lines += [line for line in textwrap.dedent(extra).splitlines() if line.strip()]
    return "---\n" + "\n".join(lines) + "\n---\n" + body


def assessment(challenge: str, visibility: str, body: str) -> str:
    """The text of a self-assessment of `challenge` that rates its plan section good."""
    return item(
        f"{challenge.capitalize()} 2026",
        type_="self-assessment",
        visibility=visibility,
        maps_to=None,
        extra=f"challenge: {challenge}\nratings: {{plan: good}}",
        body=body,
    )


# ------------------------------------------------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Vector:
    id: str
    word: str
    level: str = "internal"
    """internal | accreditor (the narrowest audience that may see the canary) | nobody (withheld from all)."""


@dataclass
class Scenario:
    """A small project: files under the project root, the vectors it plants, and mkdocs.yml / framework.yml."""

    name: str
    files: dict[str, str | bytes] = field(default_factory=dict)
    symlinks: dict[str, str] = field(default_factory=dict)
    vectors: list[Vector] = field(default_factory=list)
    mkdocs_yml: str = MKDOCS_YML + f"site_url: {SITE_URL}\n"
    refused: str = ""
    """The code of the error that makes every build narrower than internal refuse, if any."""
    refused_at: str = "mkdocs.yml:"
    """Where that error is."""
    framework: str = FRAMEWORK.replace("min_evidence: 1", "min_evidence: 1\nmax_evidence_age_days: 1095")

    def vector(self, id_: str, level: str = "internal") -> str:
        word = canary(id_)
        assert all(v.word != word for v in self.vectors), id_
        self.vectors.append(Vector(id_, word, level))
        return word

    def write(self, path: str, text: str | bytes) -> None:
        assert path not in self.files, path
        self.files[path] = text

    def make(self, root: Path) -> Project:
        project = Project(root)
        project.write("framework.yml", self.framework)
        project.write("mkdocs.yml", self.mkdocs_yml.replace("{root}", str(root)))
        (root / "evidence").mkdir(parents=True, exist_ok=True)
        for path, text in self.files.items():
            target = root / path
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(text, bytes):
                target.write_bytes(text)
            else:
                target.write_text(text, encoding="utf-8")
        for path, target in self.symlinks.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            os.symlink(target, root / path)
        return project


# Markdown links from a public page (evidence/pub/links.md, at pub/links/) to an internal item: (vector, Markdown
# with {w} for the canary, the internal item's path under evidence/).
MARKDOWN_LINKS = [
    ("md-inline", "[the log](../int/{w}.md)", "int/{w}.md"),
    ("md-reference", '[the log][ref-{w}]\n\n[ref-{w}]: ../int/{w}.md "The log"', "int/{w}.md"),
    ("md-reference-next-line", "[the log][next-{w}]\n\n[next-{w}]:\n  ../int/{w}.md", "int/{w}.md"),
    ("md-reference-in-blockquote", "> [the log][quote-{w}]\n>\n> [quote-{w}]: ../int/{w}.md", "int/{w}.md"),
    ("md-brackets-in-text", "[the [draft] log](../int/{w}.md)", "int/{w}.md"),
    ("md-parentheses-in-name", "[the log](../int/report({w}).md)", "int/report({w}).md"),
    ("md-angle-brackets-spaces", "[the log](<../int/safeguarding {w} notes.md>)", "int/safeguarding {w} notes.md"),
    ("md-percent-encoded-space", "[the log](../int/safeguarding%20{w}.md)", "int/safeguarding {w}.md"),
    ("md-percent-encoded-letter", "[the log](../int/%6B{W}.md)", "int/{w}.md"),
    ("md-folder-url", "[the log](../int/{w}/)", "int/{w}.md"),
    ("md-folder-index", "[the log](../int/{w}/)", "int/{w}/index.md"),
    ("md-readme", "[the log](../int/{w}/README.md)", "int/{w}/README.md"),
    ("md-anchor", "[the log](../int/{w}.md#findings)", "int/{w}.md"),
    ("md-dot-slash", "[the log](./{w}.md)", "pub/{w}.md"),
    ("md-absolute-folder", "[the log](/int/{w}/)", "int/{w}.md"),
    ("md-absolute-md", "[the log](/int/{w}.md)", "int/{w}.md"),
    ("md-query", "[the log](../int/{w}.md?version=2)", "int/{w}.md"),
    ("md-title", '[the log](../int/{w}.md "The log")', "int/{w}.md"),
    ("md-climb-out-and-back", "[the log](../../evidence/int/{w}.md)", "int/{w}.md"),
    ("md-backslashes", "[the log](..\\int\\{w}.md)", "int/{w}.md"),
    ("md-in-heading", "## See [the log](../int/{w}.md)", "int/{w}.md"),
    ("md-attr-list-href", '[the log](#top){: href="../../int/{w}/" }', "int/{w}.md"),
    ("md-host-absolute", f"[the log]({SITE_URL}int/{{w}}/)", "int/{w}.md"),
    ("md-protocol-relative", "[the log](//portfolio.example.org/int/{w}/)", "int/{w}.md"),
    # The site's own host spelled as browsers still read it (a hostile review): fullwidth letters, the ideographic
    # full stop, a soft hyphen, a percent-encoded trailing dot.
    ("md-host-fullwidth", "[the log](https://\uff50ortfolio.example.org/int/{w}/)", "int/{w}.md"),
    ("md-host-ideographic-stop", "[the log](https://portfolio\u3002example.org/int/{w}/)", "int/{w}.md"),
    ("md-host-soft-hyphen", "[the log](https://port\u00adfolio.example.org/int/{w}/)", "int/{w}.md"),
    ("md-host-encoded-dot", "[the log](https://portfolio.example.org%2e/int/{w}/)", "int/{w}.md"),
    ("md-host-three-slashes", "[the log](///portfolio.example.org/int/{w}/)", "int/{w}.md"),
]

# Raw HTML in a public page (evidence/pub/html.md, at pub/html/) pointing at an internal item's page (int/{w}/).
HTML_LINKS = [
    ("html-a-uppercase", '<A HREF="../../int/{w}/">the log</A>'),
    ("html-a-unquoted", "<a href=../../int/{w}/>the log</a>"),
    ("html-a-single-quotes", "<a href='../../int/{w}/'>the log</a>"),
    ("html-a-md-extension", '<a href="../../int/{w}.md">the log</a>'),
    ("html-a-index-html", '<a href="../../int/{w}/index.html">the log</a>'),
    ("html-a-absolute", '<a href="/int/{w}/">the log</a>'),
    ("html-a-host", f'<a href="{SITE_URL}int/{{w}}/">the log</a>'),
    ("html-a-protocol-relative", '<a href="//portfolio.example.org/int/{w}/">the log</a>'),
    ("html-a-host-fullwidth", '<a href="https://PORTFOLIO.\uff45xample.org/int/{w}/">the log</a>'),
    ("html-a-host-soft-hyphen", '<a href="https://portfolio.exa&shy;mple.org./int/{w}/">the log</a>'),
    ("html-a-host-backslashes", '<a href="https:\\\\\\portfolio.example.org/int/{w}/">the log</a>'),
    ("html-a-decimal-reference", '<a href="../../int/&#107;{W}/">the log</a>'),
    ("html-a-percent-encoded", '<a href="../../int/%6b{W}/">the log</a>'),
    ("html-a-dot-segments", '<a href="../../pub/./../int/{w}/">the log</a>'),
    ("html-a-double-slash", '<a href="../..//int//{w}/">the log</a>'),
    ("html-a-backslashes", '<a href="..\\..\\int\\{w}\\">the log</a>'),
    ("html-a-tab-in-url", '<a href="../../in&#9;t/{w}/">the log</a>'),
    ("html-a-query-fragment", '<a href="../../int/{w}/?v=1#top">the log</a>'),
    ("html-a-ping", '<a href="#top" ping="../../int/{w}/">the log</a>'),
    ("html-img-src", '<img src="../../int/{w}/" alt="a photo">'),
    ("html-img-srcset", '<img srcset="../../int/{w}/ 2x" alt="a photo">'),
    ("html-picture-source", '<picture><source srcset="../../int/{w}/"><img alt="a photo"></picture>'),
    ("html-object-data", '<object data="../../int/{w}/"></object>'),
    ("html-embed-src", '<embed src="../../int/{w}/">'),
    ("html-video-poster", '<video poster="../../int/{w}/"></video>'),
    ("html-video-source", '<video><source src="../../int/{w}/"></video>'),
    ("html-audio-src", '<audio src="../../int/{w}/"></audio>'),
    ("html-iframe-src", '<iframe src="../../int/{w}/"></iframe>'),
    ("html-iframe-srcdoc", '<iframe srcdoc="<a href=&quot;../../int/{w}/&quot;>x</a>"></iframe>'),
    ("html-form-action", '<form action="../../int/{w}/"><button>Go</button></form>'),
    ("html-button-formaction", '<button formaction="../../int/{w}/">Go</button>'),
    ("html-style-attribute", '<div style="background:url(../../int/{w}/)">x</div>'),
    ("html-style-element", '<style>.x { background: url("../../int/{w}/") }</style>'),
    ("html-style-import", '<style>@import "../../int/{w}/";</style>'),
    ("html-meta-refresh", '<meta http-equiv="refresh" content="0; url=../../int/{w}/">'),
    ("html-svg-image-href", '<svg><image href="../../int/{w}/"/></svg>'),
    ("html-svg-xlink-href", '<svg><a xlink:href="../../int/{w}/"><text>x</text></a></svg>'),
    ("html-base-href", '<base href="../../int/{w}/">'),
    ("html-link-href", '<link rel="prefetch" href="../../int/{w}/">'),
    ("html-area-href", '<map name="m"><area href="../../int/{w}/" alt="x"></map>'),
    ("html-blockquote-cite", '<blockquote cite="../../int/{w}/">A quote.</blockquote>'),
    ("html-input-image", '<input type="image" src="../../int/{w}/" alt="go">'),
    ("html-noscript", '<noscript><a href="../../int/{w}/">the log</a></noscript>'),
    # found by a hostile review: attributes no browser reads, in which the withheld page's name stayed
    ("html-itemtype", '<div itemscope itemtype="../../int/{w}/">x</div>'),
    ("html-applet", '<applet code="../../int/{w}/" archive="../../int/{w}/"></applet>'),
    ("html-param-value", '<object><param name="movie" value="../../int/{w}/"></object>'),
    # and their neighbours, found by a second hostile review
    ("html-rdfa-about", '<span about="../../int/{w}/" property="name">x</span>'),
    ("html-embed-pluginspage", '<embed pluginspage="../../int/{w}/" type="x/y">'),
    ("html-svg-xml-base", '<svg><g xml:base="../../int/{w}/"><text>x</text></g></svg>'),
    # an animation of a CSS attribute, whose url() the browser loads (a third hostile review)
    ("html-svg-set-cursor", '<svg><rect><set attributeName="cursor" to="url(../../int/{w}/), auto"/></rect></svg>'),
]

# A public page (evidence/pub/files.md, at pub/files/) linking to a file that only an internal item uses (an
# attachment of int/holder-files.md): the attachment of a withheld item is withheld (SPEC 4: "no attachment").
FILE_LINKS = [
    ("file-md-link", "[the report](../int/files/{w}.pdf)", "int/files/{w}.pdf"),
    ("file-md-image", "![a chart](../int/files/{w}.png)", "int/files/{w}.png"),
    ("file-html-a", '<a href="../../int/files/{w}.csv">the data</a>', "int/files/{w}.csv"),
    ("file-html-img", '<img src="../../int/files/{w}.jpg" alt="a photo">', "int/files/{w}.jpg"),
]

# Files that only an internal item (int/holder-only.md, at int/holder-only/) refers to: (vector, how, file).
INTERNAL_ONLY_FILES = [
    ("only-attachment", None, "int/files/{w}.pdf"),
    ("only-raw-a-uppercase", "<A HREF=../files/{w}.csv>the data</A>", "int/files/{w}.csv"),
    ("only-raw-a-unquoted", "<a href=../files/{w}.txt>notes</a>", "int/files/{w}.txt"),
    ("only-raw-object-data", '<object data="../files/{w}.svg"></object>', "int/files/{w}.svg"),
    ("only-raw-img-srcset", '<img srcset="../files/{w}.webp 2x" alt="a photo">', "int/files/{w}.webp"),
    ("only-md-image", "![a photo](files/{w}.png)", "int/files/{w}.png"),
    ("only-md-link", "[the minutes](files/{w}.docx)", "int/files/{w}.docx"),
]


def _fill(template: str, word: str) -> str:
    return template.replace("{w}", word).replace("{W}", word[1:])


def hostile_scenario() -> Scenario:
    """One project, many vectors: each canary distinct, each in its own file or field."""
    s = Scenario("hostile")
    # Public content the build must publish (so the checks below are not vacuous).
    s.write(
        "evidence/pub/open-case.md",
        item(
            "Open case study",
            type_="case-study",
            visibility="public",
            maps_to="partnerships/plan",
            extra="partners: [Open Partner Ltd]\ntags: [open-tag]\nsummary: A public summary.",
        ),
    )
    # 1. Markdown links from a public page, written every way.
    sections = ["# Links\n"]
    for vector, markdown, target in MARKDOWN_LINKS:
        word = s.vector(vector)
        sections.append(f"Vector {vector}:\n\n{_fill(markdown, word)}\n")
        s.write(f"evidence/{_fill(target, word)}", item(f"{word} title", body=f"{word} body.\n"))
    word = s.vector("md-to-accreditor-item", "accreditor")
    sections.append(f"Vector md-to-accreditor-item: [the plan](../acc/{word}.md)\n")
    s.write(f"evidence/acc/{word}.md", item(f"{word} title", visibility="accreditor"))
    s.write("evidence/pub/links.md", "\n".join(sections))
    # 2. Raw HTML in a public page.
    sections = ["# Raw HTML\n"]
    for vector, markup in HTML_LINKS:
        word = s.vector(vector)
        sections.append(f"Vector {vector}: {_fill(markup, word)}\n")
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    s.write("evidence/pub/html.md", "\n".join(sections))
    # 3. A public page linking to files that only an internal item uses.
    sections, attachments = ["# Files\n"], []
    for vector, markup, target in FILE_LINKS:
        word = s.vector(vector)
        sections.append(f"Vector {vector}: {_fill(markup, word)}\n")
        path = _fill(target, word)
        s.write(f"evidence/{path}", f"{word} file content\n".encode())
        attachments.append(path.removeprefix("int/"))
    s.write("evidence/pub/files.md", "\n".join(sections))
    s.write("evidence/int/holder-files.md", item("Holder of files", extra=f"attachments: [{', '.join(attachments)}]"))
    # 4. Files referred to only by an internal item: attachment, raw HTML, Markdown image and link.
    body, attachments = ["Internal notes.\n"], []
    for vector, markup, target in INTERNAL_ONLY_FILES:
        word = s.vector(vector)
        path = _fill(target, word)
        s.write(f"evidence/{path}", f"{word} file content\n".encode())
        if markup is None:
            attachments.append(path.removeprefix("int/"))
        else:
            body.append(f"{_fill(markup, word)}\n")
    s.write(
        "evidence/int/holder-only.md",
        item("Holder of internal-only files", extra=f"attachments: [{', '.join(attachments)}]", body="\n".join(body)),
    )
    word = s.vector("only-accreditor-attachment", "accreditor")
    s.write(f"evidence/acc/files/{word}.pdf", f"{word} file content\n".encode())
    s.write(
        "evidence/acc/holder.md",
        item("Accreditor holder", visibility="accreditor", extra=f"attachments: [files/{word}.pdf]"),
    )
    # 5. A file referred to by nobody: withheld from every audience (the internal one too).
    word = s.vector("orphan-file", "nobody")
    s.write(f"evidence/misc/{word}.pdf", f"{word} file content\n".encode())
    # 6. Fields of withheld items, in listings, the library, the partners and tags pages, the search index.
    folder, name = s.vector("field-folder-name"), s.vector("field-file-name")
    title, summary = s.vector("field-title"), s.vector("field-summary")
    partner, tag, author = s.vector("field-partner"), s.vector("field-tag"), s.vector("field-author")
    heading, text = s.vector("field-heading"), s.vector("field-body")
    s.write(
        f"evidence/{folder}/{name}.md",
        item(
            f"{title} title",
            type_="case-study",
            maps_to="partnerships/do",
            extra=f"summary: {summary} summary\npartners: [{partner} Trust]\ntags: [{tag}]\nauthors: [{author} Smith]",
            body=f"# {heading} heading\n\n{text} body.\n",
        ),
    )
    owner, action = s.vector("field-action-owner"), s.vector("field-action-title")
    s.write(
        "evidence/int/action.md",
        item(
            f"{action} title",
            type_="action",
            maps_to="partnerships/review",
            extra=f"owner: {owner} Jones\ndue: 2027-06-30\nstatus: planned",
        ),
    )
    celebration = s.vector("field-celebration-title")
    s.write("evidence/int/celebration.md", item(f"{celebration} title", type_="celebration", maps_to="people"))
    assessment, narrative = s.vector("field-assessment-title"), s.vector("field-assessment-narrative")
    s.write(
        "evidence/int/assessment.md",
        item(
            f"{assessment} title",
            type_="self-assessment",
            maps_to=None,
            date="2026-06-01",
            extra="challenge: people\nratings: {plan: great}",
            body=f"## Plan\n\n### What do we currently do\n\n{narrative} narrative.\n",
        ),
    )
    acc_title = s.vector("field-accreditor-title", "accreditor")
    acc_partner = s.vector("field-accreditor-partner", "accreditor")
    acc_tag = s.vector("field-accreditor-tag", "accreditor")
    s.write(
        "evidence/acc/case.md",
        item(
            f"{acc_title} title",
            type_="case-study",
            visibility="accreditor",
            maps_to="partnerships/do",
            extra=f"partners: [{acc_partner} Council]\ntags: [{acc_tag}]",
        ),
    )
    # 7. Plain pages (no type) that set their visibility; Markdown files with the other extensions MkDocs renders.
    word = s.vector("plain-page-internal")
    s.write(f"evidence/guides/{word}.md", f"---\ntitle: {word} guide\nvisibility: internal\n---\n{word} body.\n")
    word = s.vector("plain-page-accreditor", "accreditor")
    s.write(f"evidence/guides/{word}.md", f"---\ntitle: {word} guide\nvisibility: accreditor\n---\n{word} body.\n")
    for extension in ("markdown", "mdown", "mkdn", "mkd"):
        word = s.vector(f"extension-{extension}")
        s.write(f"evidence/int/{word}.{extension}", item(f"{word} title", body=f"{word} body.\n"))
    # 8. A symbolic link under a public folder to an internal item.
    word = s.vector("symlink-to-internal-item")
    s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    s.symlinks["evidence/pub/shortcut.md"] = f"../int/{word}.md"
    # 9. Warnings that name a withheld file or folder.
    folder, name = s.vector("warning-unknown-key-folder"), s.vector("warning-unknown-key-file")
    s.write(f"evidence/{folder}/{name}.md", item("Unknown key", extra="colour: red"))
    word = s.vector("warning-stale")
    s.write(f"evidence/int/{word}.md", item("Stale", date="2020-01-01"))
    word = s.vector("warning-overdue-action")
    s.write(
        f"evidence/int/{word}.md",
        item(
            "Overdue", type_="action", maps_to="people/plan", extra="owner: Someone\ndue: 2026-01-31\nstatus: planned"
        ),
    )
    word = s.vector("warning-future-date")
    s.write(f"evidence/int/{word}.md", item("Future", date="2027-03-01"))
    # a broken link of a public page, told where a file of its name is, moved (a year-two review): an internal one's
    word = s.vector("warning-moved-to-a-withheld-folder")
    s.write(f"evidence/{word}/plan-2025.md", item("Moved plan", body="Plan.\n"))
    s.write("evidence/pub/moved.md", "# Moved\n\nSee [the plan](../old/plan-2025.md).\n")
    word = s.vector("warning-accreditor-unknown-key", "accreditor")
    s.write(f"evidence/acc/{word}.md", item("Unknown key", visibility="accreditor", extra="colour: blue"))
    # 10. Other published pages linking to internal items: the introduction (evidence/index.md, the overview),
    # a public self-assessment (quoted on the challenge page and in the pack) and a public item.
    intro_md, intro_html = s.vector("intro-md-link"), s.vector("intro-html-link")
    s.write(
        "evidence/index.md",
        f'# Welcome\n\nSee [the log](int/{intro_md}.md) and <a href="int/{intro_html}/">the notes</a>.\n',
    )
    sa_md, sa_html = s.vector("assessment-md-link"), s.vector("assessment-html-link")
    s.write(
        "evidence/assess/partnerships-public.md",
        item(
            "Partnerships self-assessment",
            type_="self-assessment",
            visibility="public",
            maps_to=None,
            date="2026-05-01",
            extra="challenge: partnerships\nratings: {plan: fair}",
            body=f"## Plan\n\n### What do we currently do\n\nSee [the log](../int/{sa_md}.md) and "
            f'<a href="../../int/{sa_html}/">the notes</a>.\n\n### What action can we take\n\nMore.\n',
        ),
    )
    item_md = s.vector("public-item-md-link")
    s.write(
        "evidence/pub/public-item.md",
        item(
            "Public evidence",
            visibility="public",
            maps_to="partnerships/plan",
            body=f"See [the log](../int/{item_md}.md).\n",
        ),
    )
    for word in (intro_md, intro_html, sa_md, sa_html, item_md):
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    # 11. The "Outcomes" excerpt of a public case study, quoted as text on the case-studies page: each link to an
    # internal item must be reduced to its text there too.
    for vector, outcomes, target in [
        ("outcomes-reference-link", "We built [the log][log].\n\n[log]: ../int/{w}.md", "int/{w}.md"),
        ("outcomes-parentheses-in-name", "We built [the log](../int/report({w}).md).", "int/report({w}).md"),
        (
            "outcomes-html-angle-in-attribute",
            'We built <a title="a>b" href="../../int/{w}/">the log</a>.',
            "int/{w}.md",
        ),
    ]:
        word = s.vector(vector)
        s.write(
            f"evidence/pub/{vector}.md",
            item(
                f"Public case {vector}",
                type_="case-study",
                visibility="public",
                maps_to="partnerships/review",
                body=f"Intro.\n\n## Outcomes\n\n{_fill(outcomes, word)}\n",
            ),
        )
        s.write(f"evidence/{_fill(target, word)}", item(f"{word} title", body=f"{word} body.\n"))
    return s


def no_directory_urls_scenario() -> Scenario:
    """use_directory_urls: false and a site_url with a path: links resolve differently."""
    s = Scenario("no-directory-urls")
    s.mkdocs_yml = MKDOCS_YML + "use_directory_urls: false\nsite_url: https://example.org/portfolio/\n"
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    vectors = [
        ("nodir-md-inline", "[the log](../int/{w}.md)", "int/{w}.md"),
        ("nodir-html-page", '<a href="../int/{w}.html">the log</a>', "int/{w}.md"),
        ("nodir-html-folder-index", '<a href="../int/{w}/">the log</a>', "int/{w}/index.md"),
        ("nodir-absolute-with-path", '<a href="/portfolio/int/{w}.html">the log</a>', "int/{w}.md"),
        ("nodir-md-absolute-with-path", "[the log](/portfolio/int/{w}.html)", "int/{w}.md"),
        ("nodir-host", '<a href="https://example.org/portfolio/int/{w}.html">the log</a>', "int/{w}.md"),
    ]
    s.write("evidence/pub/links.md", "\n".join(["# Links\n", *_planted(s, vectors)]))
    return s


def _planted(s: Scenario, vectors: list[tuple[str, str, str]]) -> list[str]:
    """Each vector's internal target planted (an item, or a PDF an internal item attaches), and its line of the
    public page that links to it."""
    sections = []
    for vector, markup, target in vectors:
        word = s.vector(vector)
        sections.append(f"Vector {vector}: {_fill(markup, word)}\n")
        if target.endswith(".pdf"):
            s.write(f"evidence/{_fill(target, word)}", b"%PDF-1.4\n")
            s.write(
                f"evidence/int/{word}-holder.md",
                item("Holder", extra=f"attachments: [files/{word}.pdf]", body="Minutes.\n"),
            )
        else:
            s.write(f"evidence/{_fill(target, word)}", item(f"{word} title", body=f"{word} body.\n"))
    return sections


def absolute_links_scenario() -> Scenario:
    """A site_url with a path, and links starting with "/" written from the folder of pages, as MkDocs' validation
    `absolute_links: relative_to_docs` reads them (a hostile review: "/int/x.md", outside the site's path on its host,
    was kept as a link elsewhere on the host, naming the withheld file), or from another folder above (as
    pymdownx.pathconverter writes them), or as a computer's path (`file:`)."""
    s = Scenario("absolute-links")
    s.mkdocs_yml = (
        MKDOCS_YML + "validation:\n  absolute_links: relative_to_docs\nsite_url: https://example.org/portfolio/\n"
    )
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    vectors = [
        ("abs-docs-md", "[the log](/int/{w}.md)", "int/{w}.md"),
        ("abs-docs-attachment", "[the minutes](/int/files/{w}.pdf)", "int/files/{w}.pdf"),
        ("abs-docs-html", '<a href="/int/{w}.md">the log</a>', "int/{w}.md"),
        ("abs-docs-folder", '<a href="/int/{w}/">the log</a>', "int/{w}.md"),
        ("abs-other-base", '<a href="/docs/int/{w}.md">the log</a>', "int/{w}.md"),
        ("abs-other-base-md", "[the log](/docs/int/{w}.md)", "int/{w}.md"),
        ("abs-file-scheme", '<a href="file:///srv/portfolio/int/{w}.md">the log</a>', "int/{w}.md"),
        ("abs-file-scheme-md", "[the log](file:///srv/portfolio/int/{w}.md)", "int/{w}.md"),
        # the page's own file on the site, an item of another ending, a folder's README, another copy of the site
        # on another host (a hostile review of the first version)
        ("abs-index-html", "[the log](/int/{w}/index.html)", "int/{w}.md"),
        ("abs-other-ending", '<a href="/x/int/{w}/">the log</a>', "int/{w}.markdown"),
        ("abs-readme-folder", "[the log](/int/{w}/index.html)", "int/{w}/README.md"),
        ("abs-other-ending-html", "[the log](/int/{w}.html)", "int/{w}.mdown"),
        ("abs-intranet-copy", "[the log](https://intranet.example.org/portfolio/int/{w}/)", "int/{w}.md"),
        ("abs-www-copy", '<a href="https://www.example.org/portfolio/int/{w}/">the log</a>', "int/{w}.md"),
        # quoted by a warning, which portfolio.json lists (a hostile review of the second version)
        ("abs-intranet-frame", '<iframe src="https://intranet.example.org/portfolio/int/{w}/"></iframe>', "int/{w}.md"),
        ("abs-intranet-image", "![the plan](https://intranet.example.org/portfolio/int/{w}/index.html)", "int/{w}.md"),
    ]
    sections = ["# Links\n", *_planted(s, vectors)]
    # a file only an internal page links to, and a folder of internal pages alone, as another copy names them
    word = s.vector("abs-file-of-internal-pages")
    s.write(f"evidence/int/{word}.pdf", b"%PDF-1.4\n")
    s.write("evidence/int/board-notes.md", item("Board notes", body=f"See [the minutes]({word}.pdf).\n"))
    sections.append(f"Vector abs-file-of-internal-pages: [m](https://intranet.example.org/portfolio/int/{word}.pdf)\n")
    word = s.vector("abs-folder-of-internal-pages")
    s.write(f"evidence/int/{word}/notes.md", item("Folder notes", body="Notes.\n"))
    sections.append(f"Vector abs-folder-of-internal-pages: [f](https://github.com/o/r/tree/main/evidence/int/{word})\n")
    # at the top of evidence/, named in one segment from it, as relative_to_docs reads a link: a file only internal
    # pages link to (which MkDocs resolves, for the seal to judge), and an internal page's address, which MkDocs
    # leaves as written (it was kept, naming the page)
    word = s.vector("abs-docs-top-file")
    s.write(f"evidence/{word}.pdf", b"%PDF-1.4\n")
    s.write("evidence/int/top-notes.md", item("Top notes", body=f"See [the rota](../{word}.pdf).\n"))
    sections.append(f"Vector abs-docs-top-file: [r](/{word}.pdf)\n")
    word = s.vector("abs-docs-top-page")
    s.write(f"evidence/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    sections.append(f"Vector abs-docs-top-page: [r](/{word}/)\n")
    s.write("evidence/pub/links.md", "\n".join(sections))
    return s


def test_a_link_typed_as_text_to_another_copy_of_a_withheld_page_stops_the_build(project: Project) -> None:
    """A Markdown link written with a space (`[text] (address)`) is shown as typed: to an intranet's copy of an
    internal page, its address was published with a warning, where the same link written right was reduced (a
    hostile review). It is an address of a withheld page shown as typed, as on the site's own host."""
    word = canary("typedintranetcopy")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config + "site_url: https://example.org/portfolio/\n")
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    typed = f"See the [plan] (https://intranet.example.org/portfolio/int/{word}/).\n"
    project.write("evidence/pub/about.md", item("About", visibility="public", maps_to="partnerships/plan", body=typed))
    internal = project.build(audience="internal")
    assert not internal.failed and Site.read("internal", internal).where(word)
    for audience in ("public", "accreditor"):
        result = project.build(audience=audience)
        assert result.failed and any("evidence/pub/about.md" in line and "error" in line for line in result.log)
        assert Site.read(audience, result).where(word) == [], audience


def test_links_to_another_site_on_the_host_stay_when_the_home_page_is_withheld(project: Project) -> None:
    """The introduction internal (evidence/index.md), and a folder's page: every link elsewhere on the host ending
    in index.html, or naming a folder of one word, lost its link in the first version of the rule that reads a
    withheld file's name from the end of a path (a review). A path of two segments of a withheld page still goes."""
    word = canary("hometwosegments")
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config + "site_url: https://www.example.org/quest/\n")
    project.write("evidence/index.md", "---\nvisibility: internal\n---\n# Welcome, staff\n")
    project.write("evidence/staff/index.md", "---\nvisibility: internal\n---\n# Staff\n")
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    links = (
        "Visit [our website](https://www.example.org/index.html), [our news](/news/index.html), [our staff](/staff/), "
        "[staff again](/staff/index.html), "
        f"[the board](/about-us/board/index.html) and [the plan](/other/int/{word}/).\n"
    )
    project.write("evidence/pub/about.md", item("About", visibility="public", maps_to="partnerships/plan", body=links))
    sites = build_all(project)
    assert sites["internal"].where(word)
    page = sites["public"].result.html("pub/about/")
    kept = ("https://www.example.org/index.html", "/news/index.html", "/staff/", "/staff/index.html")
    for href in (*kept, "/about-us/board/index.html"):
        assert f'href="{href}"' in page, href
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []


def nav_scenario() -> Scenario:
    """mkdocs.yml's nav naming withheld pages, in the ways MkDocs accepts a path."""
    s = Scenario("nav")
    title, section = s.vector("nav-entry-title"), s.vector("nav-section-title")
    plain, dot, anchor = s.vector("nav-plain-path"), s.vector("nav-dot-slash-path"), s.vector("nav-anchor-path")
    acc = s.vector("nav-accreditor-path", "accreditor")
    s.mkdocs_yml = MKDOCS_YML + textwrap.dedent(f"""\
        nav:
          - Overview: index.md
          - Guide: guide.md
          - {title}: int/secret-a.md
          - {section}:
              - int/secret-b.md
          - Notes: int/{plain}.md
          - Notes too: ./int/{dot}.md
          - Notes again: int/{anchor}.md#part
          - Plan: acc/{acc}.md
        """)
    s.write("evidence/guide.md", "# Guide\n\nA public guide.\n")
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    s.write("evidence/int/secret-a.md", item(f"{title} page", body=f"{title} body.\n"))
    s.write("evidence/int/secret-b.md", item(f"{section} page", body=f"{section} body.\n"))
    for word in (plain, dot, anchor):
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    s.write(f"evidence/acc/{acc}.md", item(f"{acc} title", visibility="accreditor"))
    return s


def internal_intro_scenario() -> Scenario:
    """evidence/index.md, the overview's introduction, marked internal."""
    s = Scenario("internal-intro")
    title, body = s.vector("intro-internal-title"), s.vector("intro-internal-body")
    s.write(
        "evidence/index.md", f"---\ntitle: {title} welcome\nvisibility: internal\n---\n# {title} welcome\n\n{body}.\n"
    )
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    return s


def snippets_scenario() -> Scenario:
    """pymdownx.snippets (common with Material) lets a public page include the text of any file under its
    base_path: an internal item's, or an internal attachment's. With a base_path holding evidence/, builds for
    narrower audiences than internal are refused (unsafe-setting)."""
    s = Scenario("snippets", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{root}/evidence']\n"
    page, attachment = s.vector("snippet-of-internal-item"), s.vector("snippet-of-internal-attachment")
    s.write(
        f"evidence/int/{page}.md",
        item(f"{page} title", body=f"{page} body.\n", extra=f"attachments: [files/{attachment}.csv]"),
    )
    s.write(f"evidence/int/files/{attachment}.csv", f"{attachment},1\n")
    s.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            body=f'Included:\n\n--8<-- "int/{page}.md"\n\n--8<-- "int/files/{attachment}.csv"\n',
        ),
    )
    return s


def _included_by_a_public_page(s: Scenario, vector: str, include: str, directive: str = '--8<-- "{}"') -> str:
    """An internal item planted for `vector`, and a public page that includes `include` ({w}: the item's word) with
    `directive` (pymdownx.snippets' by default); the word."""
    word = s.vector(vector)
    s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    body = directive.format(_fill(include, word)) + "\n"
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=body))
    return word


def snippets_by_class_scenario() -> Scenario:
    """pymdownx.snippets named by its class ("module:Class", as MkDocs allows): refused as by its name (a third
    review included an internal item's text that way, in the site, the PDF and the folder for other engines)."""
    s = Scenario("snippets-by-class", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML + (
        "markdown_extensions:\n  - pymdownx.snippets:SnippetExtension:\n      base_path: ['{root}/evidence']\n"
    )
    _included_by_a_public_page(s, "snippet-by-class", "int/{w}.md")
    return s


def custom_dir_scenario() -> Scenario:
    """A theme custom_dir that holds evidence/: MkDocs copies its files to the site, and a page's `template` may
    name an internal item (a third review published its front matter and text that way)."""
    s = Scenario("custom-dir", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: evidence\n")
    page = s.vector("template-of-an-internal-item")
    s.write(f"evidence/int/{page}.md", item(f"{page} title", body=f"{page} body.\n"))
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    s.write("evidence/guide.md", f"---\ntitle: Guide\ntemplate: int/{page}.md\n---\n# Guide\n")
    return s


def custom_icons_scenario() -> Scenario:
    """Material's custom icons from a folder of evidence/: a :shortcode: puts a withheld SVG in a public page."""
    s = Scenario("custom-icons", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML + (
        "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n"
        "      options:\n        custom_icons: [evidence]\n"
    )
    word = s.vector("custom-icon-of-an-internal-attachment")
    s.write("evidence/int/diagram.md", item("Diagram", body="Diagram.\n", extra=f"attachments: [files/{word}.svg]"))
    s.write(f"evidence/int/files/{word}.svg", f'<svg xmlns="http://www.w3.org/2000/svg"><title>{word}</title></svg>')
    s.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body=f"Icon :int-files-{word}:\n"),
    )
    return s


def snippets_unrestricted_scenario(written: str = "false") -> Scenario:
    """pymdownx.snippets with restrict_base_path off includes any file the build can read ("../evidence/..."), from
    a base_path outside evidence/: refused as the base_path of evidence/ itself is; written 0 too (python-markdown
    reads 0, "off", "no", null as false), which was taken as on (a hostile review)."""
    suffix = {"false": "", "0": "-written-as-zero"}[written]
    s = Scenario(f"snippets-unrestricted{suffix}", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML + (
        "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{root}/snippets']\n"
        f"      restrict_base_path: {written}\n"
    )
    s.write("snippets/note.md", "A shared note.\n")
    _included_by_a_public_page(s, f"snippet-outside-its-base{suffix}", "../evidence/int/{w}.md")
    return s


def extension_reading_files_scenario() -> Scenario:
    """A Markdown extension the portfolio does not know: Zensical's macros (Jinja, run as a Markdown extension)
    includes an internal item into a public page. A hostile review found it, and include_markdown, which were let
    through by a list of the extensions that read files; any extension not known to read none is now refused."""
    s = Scenario("extension-reading-files", refused="unsafe-setting")
    s.mkdocs_yml = (
        MKDOCS_YML + "markdown_extensions:\n  - zensical.extensions.macros:\n      include_dir: '{root}/evidence'\n"
    )
    _included_by_a_public_page(s, "macros-extension", "int/{w}.md", '{{% include "{}" %}}')
    return s


def snippets_twice_scenario() -> Scenario:
    """pymdownx.snippets listed twice, the first entry safe and the second reading evidence/: python-markdown runs
    the last, and only the first was checked (a hostile review)."""
    s = Scenario("snippets-twice", refused="unsafe-setting")
    s.mkdocs_yml = MKDOCS_YML + (
        "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{root}/snippets']\n"
        "  - pymdownx.snippets:SnippetExtension:\n      base_path: ['{root}/evidence']\n"
    )
    s.write("snippets/note.md", "A shared note.\n")
    _included_by_a_public_page(s, "snippets-second-entry", "int/{w}.md")
    return s


def snippets_link_scenario() -> Scenario:
    """A symbolic link in the snippets folder to an internal item: pymdownx.snippets follows it."""
    s = Scenario("snippets-link", refused="unsafe-setting", refused_at="snippets/shared.md:1:")
    s.mkdocs_yml = MKDOCS_YML + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{root}/snippets']\n"
    s.write("snippets/note.md", "A shared note.\n")
    page = _included_by_a_public_page(s, "snippet-through-a-link", "shared.md")
    s.symlinks["snippets/shared.md"] = f"../evidence/int/{page}.md"
    return s


# ------------------------------------------------------------------------------ scenarios of the second attacker

# The "Outcomes" excerpt of a public case study is quoted as plain text on the case-studies page (inside an HTML
# block, where Markdown is not read): a link the excerpt's clean-up does not recognise keeps its URL there, while
# the case study's own page renders it as a link, which the seal reduces. (vector, Outcomes text with {w}, target)
OUTCOME_EXCERPTS = [
    ("outcomes-brackets-in-text", "We built [the [draft] log](../int/{w}.md).", "int/{w}.md"),
    ("outcomes-escaped-bracket-in-alt", "We built ![a \\] photo](../int/{w}.md).", "int/{w}.md"),
    ("outcomes-image-inside-link", "We built [![the log](../int/{w}.md)](../int/{w}.md).", "int/{w}.md"),
    ("outcomes-unclosed-comment", 'We built it <!-- <a href="../../int/{w}/">the log</a>', "int/{w}.md"),
]

# URLs in raw HTML that a browser follows and the seal does not read, each on a public page of its own
# (evidence/pub/<vector>.md, at pub/<vector>/), pointing at an internal item's page (int/{w}/).
HTML_UNREAD_URLS = [
    # SVG animation sets the href of the link it sits in: the browser follows the animated value.
    (
        "html-svg-animate-to",
        '<svg><a><animate attributeName="href" to="../../int/{w}/"/><text y="9">x</text></a></svg>',
    ),
    (
        "html-svg-animate-values",
        '<svg><a><animate attributeName="href" values="#;../../int/{w}/"/><text y="9">x</text></a></svg>',
    ),
    ("html-svg-set-to", '<svg><a><set attributeName="href" to="../../int/{w}/"/><text y="9">x</text></a></svg>'),
    (
        "html-svg-animate-from-xlink",
        '<svg><a><animate attributeName="xlink:href" from="../../int/{w}/" to="#"/><text y="9">x</text></a></svg>',
    ),
    # A CSS escape in the function name: "\\75 rl(" is url( to a browser's CSS tokenizer.
    ("html-css-escaped-url", '<div style="background: \\75 rl(../../int/{w}/)">x</div>'),
    # An HTML document in a data: URL, as srcdoc holds one (srcdoc is sealed; this is not).
    (
        "html-iframe-data-url",
        '<iframe src="data:text/html,&lt;a href=&quot;' + SITE_URL + 'int/{w}/&quot;&gt;x&lt;/a&gt;"></iframe>',
    ),
]


def second_attacker_scenario() -> Scenario:
    """Excerpts quoted as text, and URLs in raw HTML that the seal does not read."""
    s = Scenario("second-attacker")
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    for vector, outcomes, target in OUTCOME_EXCERPTS:
        word = s.vector(vector)
        s.write(
            f"evidence/pub/{vector}.md",
            item(
                f"Public case {vector}",
                type_="case-study",
                visibility="public",
                maps_to="partnerships/review",
                body=f"Intro.\n\n## Outcomes\n\n{_fill(outcomes, word)}\n",
            ),
        )
        s.write(f"evidence/{_fill(target, word)}", item(f"{word} title", body=f"{word} body.\n"))
    for vector, markup in HTML_UNREAD_URLS:
        word = s.vector(vector)
        s.write(f"evidence/pub/{vector}.md", f"# Page {vector}\n\n{_fill(markup, word)}\n")
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    return s


def publish_patterns_scenario() -> Scenario:
    """The `publish` option, as the README suggests using it ("downloads/*.pdf"), for files the site publishes on
    its own: a pattern must not publish the attachment of a withheld item (fnmatch's "*" also crosses "/")."""
    s = Scenario("publish-patterns")
    s.mkdocs_yml = MKDOCS_YML + "      publish: ['*.png', 'downloads/*.pdf']\n" + f"site_url: {SITE_URL}\n"
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    s.write("evidence/banner.png", b"a public banner\n")
    s.write("evidence/downloads/leaflet.pdf", b"a public leaflet\n")
    photo = s.vector("publish-star-pattern-internal-attachment")
    report = s.vector("publish-folder-pattern-internal-attachment")
    plan = s.vector("publish-star-pattern-accreditor-attachment", "accreditor")
    s.write(f"evidence/int/files/{photo}.png", f"{photo} photo\n".encode())
    s.write(f"evidence/downloads/safeguarding/{report}.pdf", f"{report} report\n".encode())
    s.write(f"evidence/acc/files/{plan}.png", f"{plan} chart\n".encode())
    s.write(
        "evidence/int/holder.md",
        item("Holder", extra=f"attachments: [files/{photo}.png, ../downloads/safeguarding/{report}.pdf]"),
    )
    s.write(
        "evidence/acc/holder.md",
        item("Accreditor holder", visibility="accreditor", extra=f"attachments: [files/{plan}.png]"),
    )
    return s


def nav_urls_scenario() -> Scenario:
    """mkdocs.yml's nav naming withheld pages and files by their URL rather than by their .md path (MkDocs keeps
    such entries as links, and Material prints the navigation into every page, 404.html included)."""
    s = Scenario("nav-urls")
    folder, absolute, host = s.vector("nav-folder-url"), s.vector("nav-absolute-url"), s.vector("nav-host-url")
    html_url, bare = s.vector("nav-index-html-url"), s.vector("nav-url-without-slash")
    attachment = s.vector("nav-internal-attachment")
    acc = s.vector("nav-accreditor-folder-url", "accreditor")
    s.mkdocs_yml = (
        MKDOCS_YML
        + f"site_url: {SITE_URL}\n"
        + textwrap.dedent(f"""\
        nav:
          - Overview: index.md
          - Guide: guide.md
          - Notes A: int/{folder}/
          - Notes B: /int/{absolute}/
          - Notes C: {SITE_URL}int/{host}/
          - Notes D: int/{html_url}/index.html
          - Notes E: int/{bare}
          - Report: int/files/{attachment}.pdf
          - Plan: acc/{acc}/
        """)
    )
    s.write("evidence/guide.md", "# Guide\n\nA public guide.\n")
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    for word in (folder, absolute, host, html_url, bare):
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    s.write(f"evidence/int/files/{attachment}.pdf", f"{attachment} content\n".encode())
    s.write("evidence/int/holder.md", item("Holder", extra=f"attachments: [files/{attachment}.pdf]"))
    s.write(f"evidence/acc/{acc}.md", item(f"{acc} title", visibility="accreditor"))
    return s


PACK_EXTENSIONS_YML = (
    "markdown_extensions:\n  - admonition\n  - attr_list\n  - md_in_html\n  - pymdownx.superfences\n"
    "  - pymdownx.tabbed\n"
)


def pack_extensions_scenario() -> Scenario:
    """A public self-assessment (quoted in the accreditation pack) using Markdown extensions of mkdocs.yml that
    Material projects commonly turn on: tabs, Markdown inside HTML. The site renders (and seals) its links; the
    PDF must too."""
    s = Scenario("pack-extensions")
    s.mkdocs_yml = MKDOCS_YML + f"site_url: {SITE_URL}\n" + PACK_EXTENSIONS_YML
    s.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    tabbed, in_html = s.vector("pack-tabbed-link"), s.vector("pack-md-in-html-link")
    body = (
        "## Plan\n\n### What do we currently do\n\nWe plan.\n\n"
        f'=== "Minutes"\n\n    See [the log](../int/{tabbed}.md).\n\n'
        f'<div markdown="1">\nSee [the notes](../int/{in_html}.md).\n</div>\n'
    )
    s.write(
        "evidence/assess/partnerships-public.md",
        item(
            "Partnerships self-assessment",
            type_="self-assessment",
            visibility="public",
            maps_to=None,
            date="2026-05-01",
            extra="challenge: partnerships\nratings: {plan: fair}",
            body=body,
        ),
    )
    for word in (tabbed, in_html):
        s.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"{word} body.\n"))
    return s


SCENARIOS: dict[str, Callable[[], Scenario]] = {
    "hostile": hostile_scenario,
    "no-directory-urls": no_directory_urls_scenario,
    "absolute-links": absolute_links_scenario,
    "nav": nav_scenario,
    "internal-intro": internal_intro_scenario,
    "snippets": snippets_scenario,
    "snippets-unrestricted": snippets_unrestricted_scenario,
    "snippets-by-class": snippets_by_class_scenario,
    "custom-dir": custom_dir_scenario,
    "custom-icons": custom_icons_scenario,
    "snippets-link": snippets_link_scenario,
    "extension-reading-files": extension_reading_files_scenario,
    "snippets-twice": snippets_twice_scenario,
    "snippets-restriction-zero": functools.partial(snippets_unrestricted_scenario, "0"),
    "second-attacker": second_attacker_scenario,
    "publish-patterns": publish_patterns_scenario,
    "nav-urls": nav_urls_scenario,
    "pack-extensions": pack_extensions_scenario,
}
PLANS = {name: make() for name, make in SCENARIOS.items()}


@dataclass
class Built:
    project: Project
    sites: dict[str, Site]


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Built]:
    """Each scenario written and built for every audience once, on first use."""
    cache: dict[str, Built | BaseException] = {}

    def get(name: str) -> Built:
        if name not in cache:
            project = PLANS[name].make(tmp_path_factory.mktemp(name) / "project")
            try:
                cache[name] = Built(project, build_all(project, PLANS[name].refused, PLANS[name].refused_at))
            except BaseException as exc:  # a crash fails every test of the scenario, without building it again
                cache[name] = exc
        found = cache[name]
        if isinstance(found, BaseException):
            raise found
        return found

    return get


# ------------------------------------------------------------------------------------------- the vectors, one by one


@pytest.mark.parametrize(
    ("scenario", "vector"),
    [pytest.param(name, vector, id=f"{name}:{vector.id}") for name, plan in PLANS.items() for vector in plan.vectors],
)
def test_canary_reaches_only_its_audience(builds: Callable[[str], Built], scenario: str, vector: Vector) -> None:
    sites = builds(scenario).sites
    word = vector.word
    if vector.level == "nobody":
        for audience in AUDIENCES:
            assert sites[audience].where(word) == [], f"{word} (referred to by nobody) is in the {audience} build"
        assert list((builds(scenario).project.root / "evidence").rglob(f"*{word}*")), "the canary was not planted"
        return
    may_see = AUDIENCES[AUDIENCES.index(vector.level) :]
    assert sites["internal"].where(word), f"{word} is not in the internal build: the vector tests nothing"
    for audience in AUDIENCES:
        found = sites[audience].where(word)
        if audience in may_see:
            assert found, f"{word} ({vector.level}) is missing from the {audience} build"
        else:
            assert found == [], f"{word} ({vector.level}) leaks into the {audience} build, in: {found}"


# -------------------------------------------------------------------------------- outputs named by the contract


@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_export_is_built_and_searched(builds: Callable[[str], Built], audience: str) -> None:
    """The exports the leak checks search exist in every build (a missing file would make them vacuous)."""
    site = builds("hostile").sites[audience]
    for path in (
        "portfolio.json",
        "evidence.csv",
        "search/search_index.json",
        "sitemap.xml",
        "sitemap.xml.gz",
        "tags/index.html",
        "library/index.html",
        "library-list/index.html",
        "assets/portfolio/library-data.js",
        "partners/index.html",
        "index.html",
        "accreditation-pack/index.html",
    ):
        assert path in site.texts, path
    assert site.portfolio["audience"] == audience
    assert set(site.portfolio["pages"]) >= {"overview", "library", "partners", "tags", "print"}


def test_listings_hold_only_the_audience_items(builds: Callable[[str], Built]) -> None:
    """Each listing, page by page: the withheld fields are absent from the narrower builds' library, partners
    page, tags page, search index and exports, and present in the internal build's."""
    hostile = PLANS["hostile"]
    words = {v.id: v.word for v in hostile.vectors}
    where = {
        "library/index.html": ["field-title", "field-partner", "field-tag", "field-summary"],
        "library-list/index.html": ["field-title"],
        "assets/portfolio/library-data.js": [
            "field-title",
            "field-partner",
            "field-tag",
            "field-summary",
            "field-author",
        ],
        "partners/index.html": ["field-partner"],
        "tags/index.html": ["field-tag"],
        "search/search_index.json": ["field-title", "field-body", "field-heading", "plain-page-internal"],
        "portfolio.json": ["field-title", "field-partner", "field-tag", "field-author", "field-action-owner"],
        "evidence.csv": ["field-title", "field-partner", "field-tag", "field-author", "field-action-owner"],
        "case-studies/index.html": ["field-title"],
        "improvement-plan/index.html": ["field-action-title", "field-action-owner"],
        "celebrations/index.html": ["field-celebration-title"],
    }
    sites = builds("hostile").sites
    for path, vectors in where.items():
        for vector in vectors:
            word = words[vector]
            assert word in sites["internal"].texts[path], f"{vector}: {word} not in the internal {path}"
            for audience in ("public", "accreditor"):
                assert word not in sites[audience].texts[path], f"{vector}: {word} in the {audience} {path}"
    assert "open partner ltd" in sites["public"].texts["partners/index.html"]
    assert words["field-accreditor-partner"] in sites["accreditor"].texts["partners/index.html"]
    assert words["field-accreditor-partner"] not in sites["public"].texts["partners/index.html"]


@pytest.mark.parametrize("audience", AUDIENCES)
def test_library_lists_exactly_the_items_of_the_build(builds: Callable[[str], Built], audience: str) -> None:
    site = builds("hostile").sites[audience]
    items = {entry["id"]: entry["visibility"] for entry in site.portfolio["items"]}
    allowed = AUDIENCES[: AUDIENCES.index(audience) + 1]
    assert items and all(visibility in allowed for visibility in items.values())
    library = BeautifulSoup(site.page("library"), "html.parser")
    assert {element["data-item"] for element in library.select("[data-item]")} == set(items)
    script = (site.result.site / "assets/portfolio/library-data.js").read_text(encoding="utf-8")
    data = json.loads(script.removeprefix("window.portfolioLibrary = ").rstrip().removesuffix(";"))
    assert {row[0] for row in data["items"]} == set(items)  # the library's data: exactly the build's items
    assert ("pub/open-case" in items, "int/action" in items, "acc/case" in items) == (
        True,
        audience == "internal",
        audience != "public",
    )


def test_warnings_name_withheld_files_only_in_builds_that_hold_them(builds: Callable[[str], Built]) -> None:
    hostile = PLANS["hostile"]
    words = {v.id: v.word for v in hostile.vectors}
    unknown = f"evidence/{words['warning-unknown-key-folder']}/{words['warning-unknown-key-file']}.md"
    internal_only = {
        unknown: "unknown-key",
        f"evidence/int/{words['warning-stale']}.md": "stale-item",
        f"evidence/int/{words['warning-overdue-action']}.md": "overdue-action",
        f"evidence/int/{words['warning-future-date']}.md": "future-date",
    }
    accreditor = {f"evidence/acc/{words['warning-accreditor-unknown-key']}.md": "unknown-key"}
    sites = builds("hostile").sites
    for audience, expected, unexpected in (
        ("internal", {**internal_only, **accreditor}, {}),
        ("accreditor", accreditor, internal_only),
        ("public", {}, {**internal_only, **accreditor}),
    ):
        warnings = {(w["path"], w["code"]) for w in sites[audience].portfolio["warnings"]}
        for path, code in expected.items():
            assert (path, code) in warnings, f"{audience}: {path} {code} missing from {sorted(warnings)}"
        paths = {path for path, _ in warnings}
        assert not paths & set(unexpected), f"{audience} warnings name withheld files: {paths & set(unexpected)}"


def test_the_accreditation_pack_pdf_holds_no_withheld_canary(builds: Callable[[str], Built], tmp_path: Path) -> None:
    """`portfolio pdf` for public and accreditor: its text and its link targets."""
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    built = builds("hostile")
    hostile = PLANS["hostile"]

    def pdf_text(audience: str) -> str:
        output = tmp_path / f"{audience}.pdf"
        done = built.project.command("pdf", str(built.project.root), "-o", str(output), "--audience", audience)
        assert done.code == 0, done.stderr
        reader = PdfReader(output)
        parts = [page.extract_text() for page in reader.pages]
        for page in reader.pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                parts.append(str(action.get("/URI", "")))
        return unquote("\n".join(parts)).lower().replace("\n", "")

    internal = pdf_text("internal")
    assert canary("field-assessment-narrative") in internal and canary("field-title") in internal
    for audience in ("public", "accreditor"):
        text = pdf_text(audience)
        narrower = [
            v for v in hostile.vectors if v.level == "nobody" or AUDIENCES.index(audience) < AUDIENCES.index(v.level)
        ]
        leaked = [v.id for v in narrower if v.word in text]
        assert leaked == [], f"the {audience} PDF holds {leaked}"


def test_a_file_referred_to_by_nobody_is_withheld_from_every_audience_and_counted(project: Project) -> None:
    word = canary("orphan-counted")
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write(f"evidence/misc/{word}.pdf", f"{word}\n")
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert not result.failed, result.log
        site = Site.read(audience, result)
        assert site.where(word) == []
        assert (result.portfolio["withheld"], result.portfolio["withheld_items"]) == (1, 0)
        assert any(f"evidence/misc/{word}.pdf:1: warning:" in line for line in result.log)


# ------------------------------------------------------------------------- files that look like items: errors


NOT_READ = [
    # (vector, path under evidence/, text with {w}, line of the error)
    (
        "blank-line-before-front-matter",
        "int/{w}.md",
        "\n---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        1,
    ),
    (
        "em-dash-front-matter",
        "int/{w}.md",
        "\u2014\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n\u2014\n{w} body.\n",
        1,
    ),
    (
        "en-dash-front-matter",
        "int/{w}.md",
        "\u2013\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n\u2013\n{w} body.\n",
        1,
    ),
    (
        "toml-front-matter",
        "int/{w}.md",
        '+++\ntitle = "{w}"\ntype = "evidence"\nmaps_to = ["people/plan"]\n'
        'date = 2026-01-01\nvisibility = "internal"\n+++\n{w} body.\n',
        1,
    ),
    (
        "misspelt-visibility-on-plain-page",
        "guides/{w}.md",
        "---\ntitle: {w} guide\nvisiblity: internal\n---\n{w}.\n",
        3,
    ),
    ("empty-visibility-on-plain-page", "guides/{w}.md", "---\ntitle: {w} guide\nvisibility:\n---\n{w}.\n", 3),
    # Second attacker: more ways for front matter to go unread, each published as a plain page today.
    (
        # markdownlint's MD041 wants a heading first; the usual way to silence it is a comment on line 1.
        "comment-before-front-matter",
        "int/{w}.md",
        "<!-- markdownlint-disable MD041 -->\n---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        2,
    ),
    (
        # Invisible characters pasted from a word processor or a web page, before the "---".
        "zero-width-space-before-dashes",
        "int/{w}.md",
        "\u200b---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        1,
    ),
    (
        "soft-hyphen-before-dashes",
        "int/{w}.md",
        "\u00ad---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        1,
    ),
    (
        # YAML allows a comment after the document marker; neither MkDocs nor the portfolio reads it as front matter.
        "comment-after-opening-dashes",
        "int/{w}.md",
        "--- # front matter\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        1,
    ),
    (
        "heading-before-front-matter",
        "int/{w}.md",
        "# Safeguarding log\n---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        2,
    ),
    (
        # Two blocks (a template's, then the item's): the second is read as the body.
        "second-front-matter-block",
        "int/{w}.md",
        "---\ntitle: Notes\n---\n---\ntitle: {w}\ntype: evidence\nmaps_to: people/plan\n"
        "date: 2026-01-01\nvisibility: internal\n---\n{w} body.\n",
        4,
    ),
    (
        # Items report a key given twice (YAML keeps the last); plain pages do not, and the last says public.
        "duplicate-visibility-on-plain-page",
        "guides/{w}.md",
        "---\ntitle: {w} guide\nvisibility: internal\nvisibility: public\n---\n{w}.\n",
        4,
    ),
]


@pytest.mark.parametrize(("vector", "path", "text", "line"), NOT_READ, ids=[row[0] for row in NOT_READ])
def test_a_file_that_looks_like_an_item_but_is_not_read_is_an_error(
    project: Project, vector: str, path: str, text: str, line: int
) -> None:
    """Read as a plain page, it would be published to everyone: every build fails, and both doors report it."""
    word = canary(vector)
    path = _fill(path, word)
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write(f"evidence/{path}", _fill(text, word))
    where = f"evidence/{path}:{line}: error:"
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert result.failed, f"the {audience} build of {vector} did not fail"
        assert any(where in entry for entry in result.log), (where, result.log)
        assert Site.read(audience, result).where(word) == []
    checked = project.check_in_process()
    assert checked.code == 1, checked.stdout + checked.stderr
    assert any(entry.startswith(where) for entry in checked.lines), (where, checked.lines)


# ------------------------------------------------------------------------------- ratings and coverage per audience


def test_ratings_and_coverage_count_only_the_audience_items(project: Project) -> None:
    """An internal self-assessment (later, rated higher) and internal evidence change nothing in the public
    overview: coverage and ratings come from public items alone."""
    word = canary("rating-assessment")
    project.item(
        "pub/plan.md", "title: Plan\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-01-01\nvisibility: public"
    )
    project.item(
        "int/do.md",
        "title: Do\ntype: evidence\nmaps_to: [partnerships/do, people/plan]\ndate: 2026-01-01\nvisibility: internal",
    )
    project.item(
        "assess/public.md",
        "title: Public assessment\ntype: self-assessment\nchallenge: partnerships\n"
        "date: 2026-01-01\nvisibility: public\nratings: {plan: fair}",
    )
    project.item(
        f"assess/{word}.md",
        f"title: {word}\ntype: self-assessment\nchallenge: partnerships\n"
        "date: 2026-06-01\nvisibility: internal\nratings: {plan: great, do: great, review: great}\n"
        "overall: great",
    )
    expected = {
        # audience: (portfolio coverage, partnerships coverage, rating, source, self-assessment, people coverage,
        #            overview text)
        "public": (0.25, 1 / 3, "fair", "rollup", "assess/public", 0.0, "25%"),
        "accreditor": (0.25, 1 / 3, "fair", "rollup", "assess/public", 0.0, "25%"),
        "internal": (0.75, 2 / 3, "great", "overall", f"assess/{word}", 1.0, "75%"),
    }
    for audience, (coverage, partnerships, rating, source, assessment, people, percent) in expected.items():
        result = project.build(audience=audience)
        assert not result.failed, result.log
        data = result.portfolio
        challenges = {c["id"]: c for c in data["challenges"]}
        assert data["coverage"] == pytest.approx(coverage)
        assert challenges["partnerships"]["coverage"] == pytest.approx(partnerships)
        assert (challenges["partnerships"]["rating"], challenges["partnerships"]["rating_source"]) == (rating, source)
        assert challenges["partnerships"]["self_assessment"] == assessment
        assert [s["rating"] for s in challenges["partnerships"]["sections"]] == (
            ["great"] * 3 if audience == "internal" else ["fair", None, None]
        )
        assert challenges["people"]["coverage"] == pytest.approx(people)
        overview = BeautifulSoup(result.html(""), "html.parser").get_text(" ", strip=True)
        assert percent in overview
        assert ("75%" in overview) == (audience == "internal")
        assert bool(Site.read(audience, result).where(word)) == (audience == "internal")


# ------------------------------------------------------------------------------------------- other doors: --dirty


def _env(audience: str | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PORTFOLIO_AUDIENCE"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    if audience:
        env["PORTFOLIO_AUDIENCE"] = audience
    return env


def _dirty_project(project: Project) -> str:
    word = canary("dirty-build")
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.item(
        f"int/{word}.md",
        f"title: {word} title\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\n"
        f"visibility: internal\nattachments: [files/{word}.pdf]",
    )
    project.write(f"evidence/int/files/{word}.pdf", f"{word}\n")
    return word


def _api_build(project: Project, site: Path, audience: str, dirty: bool) -> None:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    previous = os.environ.get("PORTFOLIO_AUDIENCE")
    os.environ["PORTFOLIO_AUDIENCE"] = audience
    try:
        build(load_config(str(project.root / "mkdocs.yml"), site_dir=str(site)), dirty=dirty)
    finally:
        os.environ.pop("PORTFOLIO_AUDIENCE", None)
        if previous is not None:
            os.environ["PORTFOLIO_AUDIENCE"] = previous


def _cli_build(project: Project, site: Path, audience: str, dirty: bool) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site), *(["--dirty"] if dirty else [])]
    done = subprocess.run(command, cwd=project.root, env=_env(audience), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("door", ["cli", "api"])
def test_dirty_build_after_an_internal_build_holds_nothing_internal(
    project: Project, tmp_path: Path, door: str
) -> None:
    """`mkdocs build --dirty` (or build(config, dirty=True)) for the public into a folder an internal build
    wrote: the result must hold no internal canary."""
    word = _dirty_project(project)
    site = tmp_path / "site"
    run = _cli_build if door == "cli" else _api_build
    run(project, site, "internal", False)
    fake = BuildResult(False, [], site)
    assert Site.read("internal", fake).where(word), "the internal build does not hold the canary"
    run(project, site, "public", True)
    public = Site.read("public", fake)
    assert json.loads((site / "portfolio.json").read_text())["audience"] == "public"
    assert public.where(word) == [], f"after a dirty public build the site still holds {word} in {public.where(word)}"


# ----------------------------------------------------------------------------------------- other doors: gh-deploy


def _git(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def _deployable(project: Project, tmp_path: Path) -> tuple[str, Path]:
    """The project in a git repository whose origin is a local bare repository (so that a push would succeed)."""
    word = canary("gh-deploy")
    project.item(
        "pub/open.md",
        "title: Open public item\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public",
    )
    project.item(
        f"int/{word}.md",
        f"title: {word} title\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: internal",
    )
    remote = tmp_path / "remote.git"
    assert _git("init", "-q", "--bare", str(remote), cwd=tmp_path).returncode == 0
    root = project.root
    for args in (
        ("init", "-q", "-b", "main"),
        ("config", "user.name", "Test"),
        ("config", "user.email", "t@example.org"),
        ("add", "."),
        ("commit", "-q", "-m", "portfolio"),
        ("remote", "add", "origin", str(remote)),
    ):
        done = _git(*args, cwd=root)
        assert done.returncode == 0, (args, done.stderr)
    return word, remote


def _gh_deploy(project: Project, audience: str | None) -> subprocess.CompletedProcess[str]:
    """`mkdocs gh-deploy` of the project, as a user runs it, for `audience` (PORTFOLIO_AUDIENCE; None: unset)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy"],
        cwd=project.root,
        env=_env(audience),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    "audience", [None, "internal", "accreditor"], ids=["default-internal", "internal", "accreditor"]
)
def test_gh_deploy_of_a_narrower_audience_is_refused(project: Project, tmp_path: Path, audience: str | None) -> None:
    word, remote = _deployable(project, tmp_path)
    done = _gh_deploy(project, audience)
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "gh-deploy" in output and (audience or "internal") in output, output
    assert _git("for-each-ref", cwd=remote).stdout == "", "something was pushed"
    assert _git("branch", "--list", "gh-pages", cwd=project.root).stdout == ""
    site = project.root / "site"
    assert not site.exists() or Site.read("none", BuildResult(False, [], site)).where(word) == []


@pytest.mark.parametrize("audience", ["public", "accreditor", "internal"])
def test_a_build_with_the_plugin_turned_off_publishes_nothing_narrower(project: Project, audience: str) -> None:
    """With `enabled: false`, MkDocs alone would publish every page under evidence/ (an outside review): a build
    for a narrower audience than internal stops, and the internal one, whose audience sees every page, builds."""
    word = canary("turned-off")
    project.item(
        "pub/open.md", "title: Open\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01\nvisibility: public"
    )
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    project.write("mkdocs.yml", MKDOCS_YML + "      enabled: false\n")
    built = project.build(audience=audience)
    if audience == "internal":
        assert not built.failed and word in built.all_output(), "the internal build is MkDocs' own, every page in it"
        return
    said = "mkdocs.yml:12: error: the portfolio plugin is turned off (enabled: false in mkdocs.yml)"  # at its line
    assert built.failed and any(line.startswith(said) for line in built.log), built.log
    assert not built.site.exists() or word not in built.all_output()


@pytest.mark.parametrize("strict", [False, True])
def test_a_misspelt_option_of_a_plugin_turned_off_stops_the_build(project: Project, strict: bool) -> None:
    """`enabled: false` with `audiance: public`: the options of a plugin turned off were not judged, so the audience
    stayed the widest, which a plugin turned off may build, and every internal item was published (a hostile
    review). The misspelt option stops the build at its line; spelt right, the internal build alone goes ahead."""
    word = canary("offmisspelt")
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    project.write("mkdocs.yml", MKDOCS_YML + "      enabled: false\n      audiance: public\n")
    built = project.build(strict=strict)
    assert built.failed and any('mkdocs.yml:13: error: unknown option "audiance"' in line for line in built.log)
    assert not built.site.exists() or word not in built.all_output()
    project.write("mkdocs.yml", MKDOCS_YML + "      enabled: false\n      audience: internal\n")
    widest = project.build(strict=strict)
    assert not widest.failed and word in widest.all_output(), widest.log


@pytest.mark.parametrize(
    ("options", "environment"),
    [
        ("      enabled: false\n", {}),
        ("      enabled: !ENV [PORTFOLIO_ON, true]\n", {"PORTFOLIO_ON": "false"}),
    ],
    ids=["turned-off", "turned-off-by-the-environment"],
)
def test_gh_deploy_with_the_plugin_turned_off_is_refused_for_every_audience(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: str, environment: dict[str, str]
) -> None:
    """The internal build with the plugin off is MkDocs' own, every page in it (an outside review: gh-deploy then
    pushed every internal item, past the check, which saw the plugin on): gh-deploy, which publishes to everyone,
    refuses it."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("      audience: public\n", "") + options)
    word, remote = _deployable(project, tmp_path)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    built = project.build(audience="internal")
    assert not built.failed and word in built.all_output(), "the widest build holds the canary"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "gh-deploy"],
        cwd=project.root,
        env=_env("internal"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "turned off (enabled: false in mkdocs.yml)" in output and "mkdocs gh-deploy publishes" in output, output
    assert _git("for-each-ref", cwd=remote).stdout == "", "something was pushed"


@pytest.mark.parametrize("plugins", ["  - portfolio:\n      enabled: false\n", ""], ids=["turned-off", "absent"])
def test_check_refuses_a_project_whose_plugin_is_not_on(project: Project, plugins: str) -> None:
    project.write("mkdocs.yml", MKDOCS_YML.split("  - portfolio:")[0] + plugins)
    checked = project.check("--format", "json")
    assert checked.code == 1, checked.stderr
    found = [p for p in json.loads(checked.stdout) if p["code"] == "unsafe-setting"]
    if plugins:  # at `enabled: false`, not at `plugins:` saying to add a plugin already listed (a differential review)
        assert [(p["path"], p["line"], p["severity"]) for p in found] == [("mkdocs.yml", 10, "error")]
        assert found[0]["message"].startswith("the portfolio plugin is turned off (enabled: false), so `mkdocs build`")
        assert found[0]["message"].endswith("; remove `enabled: false`")
    else:
        assert [(p["path"], p["line"], p["severity"]) for p in found] == [("mkdocs.yml", 6, "error")]
        assert "mkdocs.yml does not turn the portfolio plugin on" in found[0]["message"]
    project.write("mkdocs.yml", MKDOCS_YML)
    assert not [p for p in json.loads(project.check("--format", "json").stdout) if p["code"] == "unsafe-setting"]


def test_a_misspelt_portfolio_plugin_is_one_error_at_its_line(project: Project) -> None:
    """`- portfolo:` was two errors: the plugin not on (at `plugins:`) and a plugin not installed (at its line),
    one mistake said twice (a careless-user review). It is one, at its line, naming the plugin meant; the build
    still stops, as MkDocs stops on a plugin it cannot load."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - portfolio:\n", "  - portfolo:\n"))
    checked = project.check()
    assert checked.code == 1
    assert [line for line in checked.stdout.splitlines() if ": error: " in line] == [
        'mkdocs.yml:9: error: the plugin "portfolo" is not installed, so `mkdocs build` stops; did you mean '
        '"portfolio"?'
    ], checked.stdout
    assert project.build(audience="internal").failed
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - portfolio:\n", "  - portfolo:\n  - portfolio:\n"))
    assert [line for line in project.check().stdout.splitlines() if ": error: " in line] == [
        'mkdocs.yml:9: error: the plugin "portfolo" is not installed, so `mkdocs build` stops; did you mean '
        '"portfolio"?'
    ]


def test_gh_deploy_of_the_public_build_pushes_no_canary(project: Project, tmp_path: Path) -> None:
    """The control: gh-deploy works for the public (so the refusals above are refusals), and pushes nothing
    internal."""
    word, remote = _deployable(project, tmp_path)
    done = _gh_deploy(project, "public")
    assert done.returncode == 0, done.stdout + done.stderr
    names = _git("ls-tree", "-r", "--name-only", "gh-pages", cwd=remote).stdout
    assert "portfolio.json" in names.splitlines()
    assert word not in names.lower()
    assert _git("grep", "-i", "-I", "-c", word, "gh-pages", cwd=remote).stdout == ""
    assert _git("grep", "-i", "-I", "-l", "Open public item", "gh-pages", cwd=remote).stdout != ""


@pytest.mark.parametrize(
    "written",
    [
        "notes:\n visibility: internal",
        'notes:\n  "\\u0076isibility": internal',
        "record:\n  type: evidence\n  maps_to: people/plan\n  date: 2026-01-01\n  visibility: internal",
        "publication:\n  embargo_until: 2027-03-12",
    ],
)
def test_a_page_kept_from_the_public_inside_another_key_is_refused_in_every_build(
    project: Project, written: str
) -> None:
    """Hostile reviews published an internal page by writing what keeps it from the public inside another key: every
    build refuses it, and none holds its canary; the same page with `visibility: internal` at the margin is in the
    widest build (so that the search finds what it looks for) and in no other."""
    word = canary("inside-another-key")
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write(f"evidence/minutes/{word}.md", f"---\ntitle: Minutes {word}\n{written}\n---\n{word} body.\n")
    for audience in AUDIENCES:
        refused = project.build(audience=audience)
        assert refused.failed and not Site.read(audience, refused).where(word), audience
    project.write(
        f"evidence/minutes/{word}.md", f"---\ntitle: Minutes {word}\nvisibility: internal\n---\n{word} body.\n"
    )
    for audience in AUDIENCES:
        built = project.build(audience=audience)
        assert not built.failed and bool(Site.read(audience, built).where(word)) == (audience == "internal"), audience


def test_a_warning_of_a_link_mkdocs_leaves_names_no_withheld_page(project: Project) -> None:
    """mkdocs.yml's validation makes links without an extension and absolute links warnings, which quote the link
    and the file meant: in portfolio.json's warnings of a build that withholds that file, they are left out; the
    widest build's holds them."""
    word = canary("validation-link")
    project.write("mkdocs.yml", MKDOCS_YML + "validation:\n  unrecognized_links: warn\n  absolute_links: warn\n")
    project.write(f"evidence/int/{word}.md", item("Secret"))
    project.write(
        "evidence/pub/open.md",
        item(
            "Open", visibility="public", maps_to="partnerships/plan", body=f"[a](../int/{word}) [b](/int/{word}.md)\n"
        ),
    )
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert not result.failed, result.log
        warnings = json.dumps(result.portfolio["warnings"])
        assert (word in warnings) == (audience == "internal"), f"{audience}: {warnings}"
        assert (audience == "internal") == bool(Site.read(audience, result).where(word))


def test_snippets_from_a_folder_outside_evidence_are_allowed(project: Project) -> None:
    """The safe way to use pymdownx.snippets: a base_path outside evidence/, which no item lives in; a
    portfolio.json saved in the project's folder does not make that folder a built site; a snippet whose front
    matter says it is public, or has a type that is no item's, is no copy of a withheld page (a review)."""
    snippets = project.root / "snippets"  # pymdownx.snippets reads base_path from the folder it is run in
    project.write("portfolio.json", "{}\n")
    project.write(
        "mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}']\n"
    )
    project.write("snippets/note.md", "A shared note kanarysharednotezz.\n")
    project.write("snippets/public.md", "---\nvisibility: public\n---\nFor everyone.\n")
    project.write("snippets/abbreviations.md", "---\ntype: abbreviation-list\n---\n*[NGB]: National governing body\n")
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body='--8<-- "note.md"\n'),
    )
    result = project.build(audience="public")
    assert not result.failed, result.log
    assert "kanarysharednotezz" in (result.site / "pub/open/index.html").read_text(encoding="utf-8")


def test_snippets_from_a_clone_or_beside_an_export_are_allowed(project: Project) -> None:
    """A snippets folder that is a local clone (git hard-links its objects) beside a folder holding a saved
    portfolio.json: neither is a way to a built site, which a second review found refused; a public page shows the
    shared note."""
    shared = project.root.parent / "shared"
    project.write("../shared/note.md", "A shared note kanaryclonezz.\n")
    project.write("../shared/.git/objects/ab/one", "compressed\n")
    os.link(shared / ".git/objects/ab/one", shared / ".git/objects/ab/two")
    project.write("../portfolio.json", "{}\n")
    project.write(
        "mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{shared}']\n"
    )
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body='--8<-- "note.md"\n'),
    )
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    result = project.build(audience="public")
    assert not result.failed, result.log
    assert "kanaryclonezz" in (result.site / "pub/open/index.html").read_text(encoding="utf-8")
    os.symlink(project.root / "evidence", shared / ".git/objects/ev")  # a link in .git is a way all the same
    assert [p.code for p in project.problems("public") if p.code == "unsafe-setting"] == ["unsafe-setting"]
    os.symlink("loop", shared / "loop")  # a link that leads round in a loop: no way, and no traceback (a review)
    assert [p.code for p in project.problems("public") if p.code == "unsafe-setting"] == ["unsafe-setting"]
    (shared / ".git/objects/ev").unlink()
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []


@pytest.mark.parametrize("base", ["!relative", "\n        - !relative", "!relative $docs_dir", "!relative $config_dir"])
def test_snippets_base_path_written_with_mkdocs_relative_tag_is_refused(project: Project, base: str) -> None:
    """MkDocs' `!relative` (the page's own folder), `$docs_dir` and `$config_dir` (both hold evidence/): a build
    for the public stops at mkdocs.yml's line, and check says the same; they crashed with a traceback (a review)."""
    project.write("mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: {base}\n")
    word = canary("relative-snippets")
    project.write(f"evidence/int/{word}.md", item("Secret"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    public = project.build(audience="public")
    assert public.failed and any("mkdocs.yml:13: error: pymdownx.snippets may copy" in line for line in public.log)
    checked = project.check("--audience", "public")
    assert "mkdocs.yml:13: error: pymdownx.snippets may copy" in checked.stdout, checked.stderr
    assert word in project.build(audience="internal").all_output()


@pytest.mark.parametrize("way", ["linked-folder", "hard-link", "hard-linked-base"])
def test_snippets_reaching_evidence_through_a_linked_folder_or_a_hard_link_are_refused(
    project: Project, way: str
) -> None:
    """pymdownx.snippets follows a symbolic link to a folder outside evidence/ that holds a link into it, and reads
    a hard link as the file itself (a second hostile review included an internal item's text both ways)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root}/snippets']\n",
    )
    project.write("snippets/note.md", "A shared note.\n")
    project.write("evidence/int/notes.md", item("Kanarywayzz notes", body="Kanarywaybodyzz.\n"))
    if way == "linked-folder":
        project.write("shared/readme.md", "Shared.\n")
        os.symlink("../evidence/int/notes.md", project.root / "shared/notes.md")
        os.symlink("../shared", project.root / "snippets/out")
        include, where = "out/notes.md", "snippets/out/notes.md"
    elif way == "hard-link":
        os.link(project.root / "evidence/int/notes.md", project.root / "snippets/notes-copy.md")
        include, where = "notes-copy.md", "snippets/notes-copy.md"
    else:  # a base_path that is itself a file, hard-linked to an item (a third hostile review)
        os.link(project.root / "evidence/int/notes.md", project.root / "notes.md")
        project.write(
            "mkdocs.yml",
            MKDOCS_YML
            + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root}/notes.md']\n",
        )
        include, where = "notes.md", "notes.md"
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body=f'--8<-- "{include}"\n'),
    )
    _refused_below_internal(project, where, "pub/open/index.html", "Kanarywaybodyzz")


def test_a_snippets_base_path_naming_one_file_kept_by_its_front_matter_is_refused(project: Project) -> None:
    """A snippets base_path naming a single file whose front matter says `visibility: internal` was put into a
    public page, where the same file in a folder named as the base_path is refused (a review of the change)."""
    word = canary("snippetfile")
    project.write("notes/staff.md", f"---\nvisibility: internal\n---\n{word}: the staff's notes.\n")
    project.write(
        "mkdocs.yml",
        MKDOCS_YML
        + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root}/notes/staff.md']\n",
    )
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body='--8<-- "staff.md"\n'),
    )
    _refused_below_internal(project, "notes/staff.md", "pub/open/index.html", word)


def test_every_way_into_evidence_in_a_snippets_folder_is_named_in_one_check(project: Project) -> None:
    """A snippets folder holding several ways into evidence/ (hard links to an item and to an attachment, a link to
    an item), in two base_paths that overlap: one check names each once, at its own file (a hostile review met one a
    run, and so ran the check three times)."""
    snippets = project.root / "snippets"
    extension = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}', '{snippets}/deep']\n"
    project.write("mkdocs.yml", MKDOCS_YML + extension)
    project.write("evidence/int/notes.md", item("Kanarymanyzz notes", body="Kanarymanybodyzz.\n"))
    project.write("evidence/int/files/budget.txt", "Kanarymanyfilezz.\n")
    project.write("snippets/deep/note.md", "A shared note.\n")
    os.link(project.root / "evidence/int/notes.md", snippets / "hard.md")
    os.link(project.root / "evidence/int/files/budget.txt", snippets / "deep/hard.txt")
    os.symlink("../evidence/int/notes.md", snippets / "soft.md")
    project.write("evidence/pub/open.md", item("Open", visibility="public", body='--8<-- "soft.md"\n'))
    refused = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert sorted(refused) == [("snippets/deep/hard.txt", 1), ("snippets/hard.md", 1), ("snippets/soft.md", 1)]
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []
    internal = project.build(audience="internal")
    assert "Kanarymanybodyzz" in (internal.site / "pub/open/index.html").read_text(encoding="utf-8"), internal.log
    public = project.build(audience="public")
    assert public.failed and "Kanarymany" not in public.all_output()


def test_a_folder_reached_through_git_and_beside_it_is_looked_into_as_outside_git(project: Project) -> None:
    """A folder reached both through a link in a snippets folder's `.git` (where only what leads into evidence/ is
    looked for) and through a link beside it was looked into once, as inside `.git`: its page kept from the public
    was put into a public page, and the check passed (a hostile review of a change to the walk)."""
    snippets = project.root / "snippets"
    extension = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}']\n"
    project.write("mkdocs.yml", MKDOCS_YML + extension)
    project.write("shared/notes.md", "---\nvisibility: internal\n---\nKanarygitzz notes.\n")
    project.write("snippets/.git/HEAD", "ref: refs/heads/main\n")
    os.symlink("../../shared", snippets / ".git/hooklink")
    os.symlink("../shared", snippets / "zlink")
    project.write("evidence/pub/open.md", item("Open", visibility="public", body='--8<-- "zlink/notes.md"\n'))
    refused = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert refused == [("snippets/zlink/notes.md", 1)], refused
    internal = project.build(audience="internal")
    assert "Kanarygitzz" in (internal.site / "pub/open/index.html").read_text(encoding="utf-8"), internal.log
    public = project.build(audience="public")
    assert public.failed and "Kanarygitzz" not in public.all_output()


def _refused_below_internal(project: Project, where: str, shown: str, word: str) -> None:
    """A way in refused in a public check and build, at line 1 of the file `where`; not in the internal ones, whose
    site shows `word` in its file `shown` (else the way in tests nothing)."""
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line, p.severity) for p in refused] == [(where, 1, "error")], refused
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []
    internal = project.build(audience="internal")
    assert not internal.failed, internal.log
    assert word in (internal.site / shown).read_text(encoding="utf-8"), "the way in tests nothing"
    public = project.build(audience="public")
    assert public.failed and word not in public.all_output()


@pytest.mark.parametrize(
    "copy",
    [
        *("a-clone", "a-copied-item", "a-clone-in-custom-dir", "a-copy-as-text", "an-edited-copy", "in-a-git-folder"),
        "an-attachments-copy-in-custom-dir",
    ],
)
def test_another_copy_of_a_portfolio_is_no_way_in_for_snippets_or_the_theme(project: Project, copy: str) -> None:
    """A snippets folder holding a clone of the portfolio's repository (or a submodule, a worktree), or a copy of an
    item, holds withheld items that are no file of evidence/, no link and no built site: a hostile review included a
    clone's internal item, front matter and all, in a public page, and both doors passed. A folder holding a MkDocs
    project's settings, or a Markdown file with a type or a visibility, is refused where an extension or the theme
    reads it."""
    snippets = project.root / "snippets"
    project.write("snippets/note.md", "A shared note.\n")
    extension = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}']\n"
    project.write("mkdocs.yml", MKDOCS_YML + extension)
    secret = item("Kanarycopyzz notes", body="Kanarycopybodyzz.\n")
    project.write("evidence/int/notes.md", secret)
    include, where, shown = "self/evidence/int/notes.md", "snippets/self/mkdocs.yml", "pub/open/index.html"
    if copy == "a-clone":
        project.write("snippets/self/mkdocs.yml", MKDOCS_YML)
        project.write("snippets/self/evidence/int/notes.md", secret)
        project.write("snippets/self/.git/HEAD", "ref: refs/heads/main\n")
    elif copy == "a-copied-item":
        project.write("snippets/old/notes.md", secret)
        include, where = "old/notes.md", "snippets/old/notes.md"
    elif copy in ("a-copy-as-text", "in-a-git-folder"):  # snippets include a file of any name (a second review)
        include = "notes.txt" if copy == "a-copy-as-text" else ".git/notes.md"
        project.write(f"snippets/{include}", secret)
        where = f"snippets/{include}"
    elif copy == "an-edited-copy":  # its front matter written otherwise, as the portfolio reads an item all the same
        edited = "--- \r\n  'type': evidence\r\n  visibility: Internal\r\n  title: Old\r\n---\r\nKanarycopybodyzz.\r\n"
        project.write("snippets/old/notes", edited)
        include, where = "old/notes", "snippets/old/notes"
    elif copy == "an-attachments-copy-in-custom-dir":  # byte for byte, an internal item's attachment
        budget = "Kanarycopybodyzz: the budget of the safeguarding referral pathway, not for the public.\n"
        project.write("evidence/int/files/budget.txt", budget)
        project.write("evidence/int/notes.md", secret.replace("title:", "attachments: [files/budget.txt]\ntitle:"))
        project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
        project.write("overrides/main.html", '{% extends "base.html" %}\n')
        project.write("overrides/assets/budget.txt", budget)
        include, where, shown = "note.md", "overrides/assets/budget.txt", "assets/budget.txt"
    else:  # MkDocs copies every file of custom_dir to the site
        project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
        project.write("overrides/main.html", '{% extends "base.html" %}\n')
        project.write("overrides/self/mkdocs.yml", MKDOCS_YML)
        project.write("overrides/self/evidence/int/files/budget.txt", "Kanarycopybodyzz.\n")  # an attachment's copy
        include, where, shown = "note.md", "overrides/self/mkdocs.yml", "self/evidence/int/files/budget.txt"
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body=f'--8<-- "{include}"\n'),
    )
    _refused_below_internal(project, where, shown, "Kanarycopybodyzz")


def test_a_site_under_evidence_is_no_reason_to_refuse_the_themes_copy_of_the_portfolios_own_script(
    project: Project,
) -> None:
    """A portfolio made from the template repository has the portfolio's script in its theme's folder; an
    assessor's pack unzipped under evidence/ holds it too, and every build refused the theme's copy as perhaps a
    withheld file's, telling to delete it (an engine review). What the portfolio itself ships is published by every
    build: a copy of it is none of a withheld file. A copy of an internal attachment there is still refused."""
    from evidence_portfolio.site.pages import TEMPLATES

    script = (TEMPLATES / "assets/portfolio/library.js").read_bytes()
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    project.write("overrides/assets/portfolio/library.js", script)
    project.write("evidence/archive/pack-2026/site/assets/portfolio/library.js", script)
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    assert not project.build(audience="public").failed
    project.write("evidence/int/files/budget.txt", "The budget of the referral pathway, not for the public.\n")
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/budget.txt]"))
    project.write("overrides/assets/budget.txt", "The budget of the referral pathway, not for the public.\n")
    found = [(p.path, p.code) for p in project.problems("public") if p.severity == "error"]
    assert found == [("overrides/assets/budget.txt", "unsafe-setting")], found


@pytest.mark.parametrize("folder", ["custom-dir", "custom-dir-link", "snippets", "snippets-link", "snippets-file"])
def test_the_portfolios_own_outputs_in_the_themes_or_the_snippets_folder_go_with_their_audience(
    project: Project, folder: str
) -> None:
    """An internal build's evidence.csv (and portfolio.json) copied into the theme's custom_dir, which MkDocs copies
    whole to the site, or into the snippets' folder, to be put into a public page, was published with every internal
    item's title (a hostile review: both doors passed). One of the portfolio's outputs made for a narrower audience
    there, or a symbolic link there to one outside the project (a review of the change), is refused at its file in
    builds for wider ones; one made for the build's audience is allowed, and so is an encrypted zip of the theme's,
    which says nothing of whom it is for (a review of the change: taken for the internal audience's)."""
    word = canary("themeoutputs")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body=f"{word}: the board's notes.\n"))
    internal, accreditor = (project.build(audience=audience).site for audience in ("internal", "accreditor"))
    csv_text = (internal / "evidence.csv").read_text(encoding="utf-8")
    assert word in csv_text, "the outputs test nothing"
    if folder.startswith("custom-dir"):
        project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
        project.write("overrides/main.html", '{% extends "base.html" %}\n')
        where, shown = "overrides/assets/downloads/items.csv", "assets/downloads/items.csv"
        body = "Body text.\n"
    else:
        base = project.root / ("snippets/items.csv" if folder == "snippets-file" else "snippets")
        project.write(
            "mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{base}']\n"
        )
        where, shown, body = "snippets/items.csv", "pub/open/index.html", '--8<-- "items.csv"\n'
    if folder.endswith("-link"):  # (kept outside the project, linked from the folder)
        (project.root / where).parent.mkdir(parents=True, exist_ok=True)
        project.write("../elsewhere/items.csv", csv_text)
        (project.root / where).symlink_to(project.root.parent / "elsewhere/items.csv")
    else:
        project.write(where, csv_text)
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=body))
    said = f"{where}:1: error: this file is the portfolio's items (evidence.csv) of a build for the internal audience"
    for audience in ("public", "accreditor"):
        refused = [p for p in project.problems(audience) if p.code == "unsafe-setting"]
        assert [(p.path, p.line) for p in refused] == [(where, 1)], (audience, refused)
        assert str(refused[0]).startswith(said), refused[0]
    _refused_below_internal(project, where, shown, word)
    if folder == "custom-dir":  # the accreditor build's own data is no way past its audience
        import zipfile

        (project.root / where).unlink()
        project.write("overrides/assets/downloads/accreditor.json", (accreditor / "portfolio.json").read_bytes())
        assert [p for p in project.problems("accreditor") if p.code == "unsafe-setting"] == []
        refused = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
        assert refused == [("overrides/assets/downloads/accreditor.json", 1)], refused
        (project.root / "overrides/assets/downloads/accreditor.json").unlink()
        with zipfile.ZipFile(project.root / "overrides/assets/brand-kit.zip", "w") as archive:
            archive.writestr("brand.txt", "Our colours and logos.\n")
        flagged = bytearray((project.root / "overrides/assets/brand-kit.zip").read_bytes())
        for start in (0, flagged.rindex(b"PK\x01\x02")):  # the bit saying it is encrypted, in both of its headers
            flagged[start + (6 if start == 0 else 8)] |= 1
        project.write("overrides/assets/brand-kit.zip", bytes(flagged))
        assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
        with zipfile.ZipFile(project.root / "overrides/assets/brand-kit.zip", "a") as archive:  # (a review)
            archive.writestr(
                "z-page.html", f'<meta name="evidence-portfolio" content="made for the internal audience">{word}'
            )
        refused = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
        assert refused == [("overrides/assets/brand-kit.zip", 1)], refused


@pytest.mark.parametrize(
    "way", ["linked-folder", "linked-file", "hard-linked-file", "base-path", "custom-dir", "a-site-without-its-csv"]
)
def test_a_site_built_for_a_wider_audience_is_no_way_in_for_snippets_or_the_theme(project: Project, way: str) -> None:
    """A site built for a wider audience in another folder of the project (`.ci/run` builds site-internal/ before
    site-public/, and so may an author) holds withheld items: a hostile review committed a link in snippets/ to
    site-internal/ and included its evidence.csv in a public page. A way into a built site (a link to it or into
    it, a base_path or custom_dir in one) is refused as a way into evidence/ is."""
    snippets = project.root / "snippets"
    project.write("snippets/note.md", "A shared note.\n")
    project.write("evidence/int/notes.md", item("Kanarybuiltzz notes"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    extension = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}']\n"
    project.write("mkdocs.yml", MKDOCS_YML + extension)
    built = project.build(audience="internal").site
    assert "Kanarybuiltzz" in (built / "evidence.csv").read_text(encoding="utf-8")
    include, where = "wide/evidence.csv", "snippets/wide"
    if way in ("linked-folder", "a-site-without-its-csv"):  # (one of its marks removed: a third review's)
        os.symlink(built, snippets / "wide")
        if way == "a-site-without-its-csv":
            (built / "evidence.csv").rename(built / "list.csv")
            include = "wide/list.csv"
    elif way == "hard-linked-file":  # another name of a built file, as `cp -al` makes (a hostile review)
        os.link(built / "evidence.csv", snippets / "list.csv")
        include, where = "list.csv", "snippets/list.csv"
    elif way == "linked-file":
        os.symlink(built / "evidence.csv", snippets / "list.csv")
        include, where = "list.csv", "snippets/list.csv"
    elif way == "base-path":
        project.write("mkdocs.yml", MKDOCS_YML + extension.replace(str(snippets), str(built / "search")))
        include, where = "search_index.json", built.relative_to(project.root).as_posix() + "/search"
    else:  # a page's `template` may name any file of custom_dir
        project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
        project.write("overrides/main.html", '{% extends "base.html" %}\n')
        os.symlink(built, project.root / "overrides/wide")
        project.write("evidence/pub/list.md", "---\ntemplate: wide/evidence.csv\n---\n# List\n")
        where = "overrides/wide"
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body=f'--8<-- "{include}"\n'),
    )
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line, p.severity) for p in refused] == [(where, 1, "error")], refused
    assert "a site the portfolio built" in refused[0].message or "hard link" in refused[0].message
    internal = project.build(audience="internal")
    shown = internal.site / ("pub/list/index.html" if way == "custom-dir" else "pub/open/index.html")
    assert not internal.failed and "Kanarybuiltzz" in shown.read_text(encoding="utf-8"), "the way in tests nothing"
    public = project.build(audience="public")
    assert public.failed and "Kanarybuiltzz" not in public.all_output()


def test_snippets_base_path_is_read_from_the_folder_mkdocs_runs_in(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pymdownx.snippets reads a relative base_path from the folder MkDocs runs in, not mkdocs.yml's: built from the
    folder above the project, "project/evidence/int" is a folder of evidence/ (a third review included an internal
    item's text that way)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML + "markdown_extensions:\n  - pymdownx.snippets:\n      base_path: [project/evidence/int]\n",
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []  # from the project's folder
    monkeypatch.chdir(project.root.parent)
    assert project.root.name == "project"
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 13)] and "pymdownx.snippets" in refused[0].message
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


def withheld_from_public(project: Project, *words: str) -> tuple[BuildResult, BuildResult]:
    """The project built for internal and public (both without errors): each word in the internal build, so that the
    test tests something, and in no file of the public one."""
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    for word in words:
        assert word in internal.all_output(), f"{word} is not in the internal build: the test tests nothing"
        assert word not in public.all_output(), f"{word} leaks into the public build"
    return internal, public


def test_a_hard_link_to_a_withheld_attachment_stays_withheld_with_it(project: Project) -> None:
    """A hard link holds the same bytes as the file, as a symbolic link does: a public page linking to a hard link
    of an internal item's attachment published it (a third review)."""
    project.write("evidence/int/files/kanaryhardlinkzz.txt", "kanaryhardlinktextzz\n")
    (project.root / "evidence/pub").mkdir(parents=True)
    os.link(project.root / "evidence/int/files/kanaryhardlinkzz.txt", project.root / "evidence/pub/brochure.txt")
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/kanaryhardlinkzz.txt]"))
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body="See [it](brochure.txt).\n"),
    )
    withheld_from_public(project, "kanaryhardlinktextzz")


def test_an_attachment_a_public_item_shares_with_an_internal_one_is_an_error_and_stays_with_it(
    project: Project,
) -> None:
    """A public item that attached an internal item's attachment published it, bytes and all, without a word (a
    hostile review). Both doors name it at the public item's line, whatever the audience, and the build stops; the
    file goes with the narrowest item, in `mkdocs serve` too, which shows pages without the ones with errors."""
    project.write("evidence/int/files/kanarysharedzz.txt", "kanarysharedtextzz\n")
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/kanarysharedzz.txt]"))
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [../int/files/x.txt]"),
    )
    os.link(project.root / "evidence/int/files/kanarysharedzz.txt", project.root / "evidence/int/files/x.txt")
    said = (
        'evidence/pub/open.md:7: error: "../int/files/x.txt" is the same file, byte for byte, as '
        "evidence/int/files/kanarysharedzz.txt, an attachment or a survey file of evidence/int/notes.md "
        "(visibility: internal), and a file goes with what is shown to the fewest (a copy "
        "too, byte for byte): builds for the public and accreditor audience would show this item without it"
    )
    for audience in AUDIENCES:
        checked = project.check("--audience", audience)
        assert checked.code == 1 and any(line.startswith(said) for line in checked.stdout.splitlines()), checked
        built = project.build(audience=audience)
        assert built.failed and any(said in line for line in built.log), built.log
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    published = assemble(load_settings(project.root, "public")).publication
    assert {"int/files/x.txt", "int/files/kanarysharedzz.txt"} <= published.kept_back
    widest = assemble(load_settings(project.root, "internal")).publication
    assert not widest.kept_back & {"int/files/x.txt", "int/files/kanarysharedzz.txt"}
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    assert "shared-attachment" not in [problem.code for problem in project.problems()]
    withheld_from_public(project, "kanarysharedtextzz")


@pytest.mark.parametrize("faulty", ["public", "internal"])
def test_an_attachment_shared_with_an_item_with_an_error_is_said_in_the_same_run(project: Project, faulty: str) -> None:
    """Where one of the two items sharing a file had an error of its own (a date that does not exist), the shared
    file was said only once that error was fixed, a round later (an outside review): items with errors hold their
    files as the others do."""
    project.write("evidence/int/files/kanarysharedzz.txt", "kanarysharedtextzz\n")
    wrong = {"date": "2026-02-30"}
    project.write(
        "evidence/int/notes.md",
        item("Notes", extra="attachments: [files/kanarysharedzz.txt]", **(wrong if faulty == "internal" else {})),
    )
    project.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            extra="attachments: [../int/files/kanarysharedzz.txt]",
            **(wrong if faulty == "public" else {}),
        ),
    )
    said = [str(problem) for problem in project.problems() if problem.severity == "error"]
    bad = "evidence/int/notes.md" if faulty == "internal" else "evidence/pub/open.md"
    where = sorted([f"{bad}:5", "evidence/pub/open.md:7", "evidence/int/notes.md:7"])  # at both items' entries
    assert [line.split(": error: ")[0] for line in said] == where, said
    assert any(
        line.startswith('evidence/pub/open.md:7: error: "../int/files/kanarysharedzz.txt" is also') for line in said
    )
    # an item whose visibility is an error says nothing of whom it is for: not "internal", as it falls back to (a
    # hostile review found the other item told to remove its attachment)
    project.write(
        "evidence/int/notes.md", item("Notes", visibility="publc", extra="attachments: [files/kanarysharedzz.txt]")
    )
    said = [str(problem) for problem in project.problems() if problem.severity == "error"]
    assert not any("is also an attachment" in line for line in said) and any("publc" in line for line in said), said


@pytest.mark.parametrize("left_out", ["draft_docs", "exclude_docs", "dot-file", "git-file", "escaped-line-break"])
def test_the_attachment_of_an_item_no_build_reads_stays_withheld_whoever_links_to_it(
    project: Project, left_out: str
) -> None:
    """An internal item that mkdocs.yml's draft_docs (or exclude_docs) left out, or saved as a dot-file, was not
    read, so its attachment was nobody's: a public page linking to it published it, bytes and all (a hostile
    review). What a page no build reads names is its own, as what a page with errors names."""
    project.write("evidence/int/files/kanaryunreadzz.pdf", "%PDF kanaryunreadtextzz\n")
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/kanaryunreadzz.pdf]"))
    project.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            body="See [the file](../int/files/kanaryunreadzz.pdf).\n",
        ),
    )
    withheld_from_public(project, "kanaryunreadtextzz")  # read, the item keeps it to the internal audience
    if left_out in ("dot-file", "git-file"):  # git's own names (.gitkeep) were skipped without being read at all
        name = ".notes.md" if left_out == "dot-file" else ".git-notes.md"
        (project.root / "evidence/int/notes.md").rename(project.root / "evidence/int" / name)
    elif left_out == "escaped-line-break":  # YAML reads "files/kanary\⏎  unreadzz.pdf" as one name
        split = 'attachments: ["files/kanary\\\n    unreadzz.pdf"]'
        project.write("evidence/int/notes.md", item("Notes", extra=split))
        project.write("mkdocs.yml", MKDOCS_YML + "exclude_docs: |\n  int/notes.md\n")
    else:
        project.write("mkdocs.yml", MKDOCS_YML + f"{left_out}: |\n  int/notes.md\n")
    for audience in AUDIENCES:
        built = project.build(audience=audience)
        assert not built.failed and "kanaryunreadtextzz" not in built.all_output(), audience


@pytest.mark.parametrize("way", ["symbolic", "hard"])
def test_a_link_to_a_withheld_pages_source_stays_withheld(project: Project, way: str) -> None:
    """notes.txt, a link to an internal item's Markdown file, linked from a public page: its source, front matter
    and all, was published (a review)."""
    project.write("evidence/int/secret.md", item("Kanarysourcezz minutes", body="Kanarysourcebodyzz.\n"))
    (project.root / "evidence/pub").mkdir(parents=True)
    if way == "symbolic":
        os.symlink("../int/secret.md", project.root / "evidence/pub/notes.txt")
    else:
        os.link(project.root / "evidence/int/secret.md", project.root / "evidence/pub/notes.txt")
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body="See [the notes](notes.txt).\n"),
    )
    withheld_from_public(project, "Kanarysourcebodyzz")


@pytest.mark.parametrize("withheld", ["attachment", "source"])
def test_a_link_to_another_name_of_a_withheld_file_stays_withheld(project: Project, withheld: str) -> None:
    """A symbolic link to a hard link of an internal item's attachment (or of its Markdown file), linked from a
    public page: the links were grouped by kind, never together, and the file was published (a seventh review)."""
    project.write("evidence/int/files/a-kanary.txt", "kanaryothernamezz\n")
    project.write(
        "evidence/int/notes.md",
        item("Notes", extra="attachments: [files/a-kanary.txt]", body="Kanaryothersourcezz.\n"),
    )
    original = "int/files/a-kanary.txt" if withheld == "attachment" else "int/notes.md"
    os.link(project.root / "evidence" / original, project.root / "evidence/int/files/z-hard.txt")
    (project.root / "evidence/pub").mkdir(parents=True)
    os.symlink("../int/files/z-hard.txt", project.root / "evidence/pub/alias.txt")
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body="See [it](alias.txt).\n"),
    )
    withheld_from_public(project, "kanaryothernamezz" if withheld == "attachment" else "Kanaryothersourcezz")


@pytest.mark.parametrize("way", ["symbolic", "hard"])
def test_a_link_to_a_file_no_build_publishes_is_published_by_none(project: Project, way: str) -> None:
    """Links to a dot-file and a file of evidence/templates/, from a public page: MkDocs leaves those files out of
    every build, but the links to them were published to every audience (a seventh review). A link to an ordinary
    file, on the same page, is published: the way the others would be. (A link to a file another plugin reads is an
    error of that file's: test_a_file_a_plugin_reads_into_pages_that_is_an_internal_file_stops_every_build.)"""
    hidden = {
        ".drafts/kanary.txt": "kanarydraftzz",
        "templates/kanary.txt": "kanarytemplatezz",
        ".kanary.txt": "kanarydotfilezz",
    }
    for path, word in {**hidden, "shared/ok.txt": "kanaryordinaryzz"}.items():
        project.write(f"evidence/{path}", f"# {word}\n")
    (project.root / "evidence/pub").mkdir(parents=True)
    for index, path in enumerate((*hidden, "shared/ok.txt")):
        if way == "symbolic":
            os.symlink(f"../{path}", project.root / f"evidence/pub/{index}.txt")
        else:
            os.link(project.root / "evidence" / path, project.root / f"evidence/pub/{index}.txt")
    links = " ".join(f"[{index}]({index}.txt)" for index in range(len(hidden) + 1))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=links))
    for audience in ("internal", "public"):
        built = project.build(audience=audience)
        assert not built.failed, built.log
        assert "kanaryordinaryzz" in built.all_output(), "a link to an ordinary file is not published: tests nothing"
        for word in hidden.values():
            assert word not in built.all_output(), f"{word} leaks into the {audience} build"


@pytest.mark.parametrize("way", ["symbolic", "hard"])
def test_a_page_under_the_name_of_a_withheld_file_is_withheld(project: Project, way: str) -> None:
    """pub/a.md, a link to an internal item's attachment (or to a dot-file, or a file of templates/): MkDocs reads
    it as a page without front matter, public, and published the file's text as that page (an eighth review).
    pub/ok.md, a link to an ordinary file, is a page of the public build: the way the others would be."""
    files = {
        "int/files/a.txt": "kanarypageattachmentzz",
        ".draft.txt": "kanarypagedotfilezz",
        "templates/t.txt": "kanarypagetemplatezz",
        "shared/ok.txt": "kanarypageordinaryzz",
    }
    for path, word in files.items():
        project.write(f"evidence/{path}", f"{word}\n")
    project.write("evidence/int/secret.md", item("Secret", extra="attachments: [files/a.txt]"))
    (project.root / "evidence/pub").mkdir(parents=True)
    for path, name in zip(files, ("a", "c", "d", "ok"), strict=True):
        if way == "symbolic":
            os.symlink(
                os.path.relpath(project.root / "evidence" / path, project.root / "evidence/pub"),
                project.root / f"evidence/pub/{name}.md",
            )
        else:
            os.link(project.root / "evidence" / path, project.root / f"evidence/pub/{name}.md")
    internal, public = withheld_from_public(project, "kanarypageattachmentzz")
    assert "kanarypageordinaryzz" in public.all_output(), "a page of an ordinary file is not published: tests nothing"
    for word in ("kanarypagedotfilezz", "kanarypagetemplatezz"):
        assert word not in internal.all_output() and word not in public.all_output()


def test_a_link_to_the_introduction_is_published_with_it(project: Project) -> None:
    """intro.txt, a link to evidence/index.md (the introduction, part of the overview), linked from a public page:
    withheld from every build, as if the introduction were (an eighth review)."""
    project.write("evidence/index.md", "# Welcome\n\nKanaryintroductionzz.\n")
    os.symlink("index.md", project.root / "evidence/intro.txt")
    project.write("evidence/open.md", item("Open", visibility="public", body="See [it](intro.txt).\n"))
    built = project.build(audience="public")
    assert not built.failed, built.log
    assert (built.site / "intro.txt").read_text(encoding="utf-8").count("Kanaryintroductionzz") == 1


def test_while_a_page_with_errors_cannot_be_read_no_file_is_published_that_no_published_item_attaches(
    project: Project,
) -> None:
    """`mkdocs serve` leaves a page with errors out and withholds the files it names: one that cannot be read (its
    permissions, under a user other than root) may name any of them (a ninth review)."""
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble
    from evidence_portfolio.site.publication import publication

    project.write("evidence/files/open.txt", "open\n")
    project.write("evidence/files/plain.txt", "plain\n")
    project.write("evidence/pub/open.md", item("Open", visibility="public", extra="attachments: [../files/open.txt]"))
    project.write("evidence/pub/plain.md", "# Plain\n\n[plain](../files/plain.txt)\n")
    faulty = project.write("evidence/int/faulty.md", item("Faulty", date="2026-13-45"))
    built = assemble(load_settings(project.root, "public"))
    assert built.project.faulty_pages == ("int/faulty.md",)
    assert publication(built.project, "public").kept_back == frozenset()  # it names neither: the test tests something
    faulty.unlink()  # read before, unreadable now, as one whose permissions keep it from being read
    assert publication(built.project, "public").kept_back == {"files/plain.txt"}


def test_a_publish_pattern_leaves_out_a_link_to_what_only_withheld_pages_link_to(project: Project) -> None:
    """`publish: [downloads/*]` and downloads/poster.svg, a link to an image only an internal item shows: the
    pattern published it under the link's name (a seventh review); the other files of the folder are published."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: ['downloads/*']\n")
    project.write("evidence/int/files/photo.svg", "<svg><!--kanarylinkedphotozz--></svg>")
    project.write("evidence/downloads/leaflet.svg", "<svg><!--kanaryleafletzz--></svg>")
    os.symlink("../int/files/photo.svg", project.root / "evidence/downloads/poster.svg")
    project.write("evidence/int/notes.md", item("Notes", body="![](files/photo.svg)\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    _, public = withheld_from_public(project, "kanarylinkedphotozz")
    assert "kanaryleafletzz" in public.all_output()


def test_a_publish_pattern_leaves_out_a_page_of_html_withheld_pages_name_by_its_address(project: Project) -> None:
    """`publish: [downloads/**]` and HTML exports that only an internal page names by the address a server answers
    with them: a folder (downloads/dash/ serves downloads/dash/index.html), with or without its slash, from the
    site's root or in a sentence, or a page without its extension (downloads/board is board.html on GitHub Pages).
    The pattern published them (a review); the folder's other pages, which nothing withheld names, are published."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: ['downloads/**']\n" + f"site_url: {SITE_URL}\n")
    exports = ("kanaryslashzz", "kanarybarezz", "kanaryrootedzz", "kanarysentencezz", "kanaryopenzz")
    for name in exports:
        project.write(f"evidence/downloads/{name}/index.html", f"<p>{name} export</p>")
    project.write("evidence/downloads/kanaryboardzz.html", "<p>kanaryboardpagezz</p>")
    project.write(
        "evidence/int/notes.md",
        item(
            "Notes",
            body="[a](../downloads/kanaryslashzz/) [b](../downloads/kanarybarezz) "
            f"[c]({SITE_URL}downloads/kanaryrootedzz/) [d](../downloads/kanaryboardzz)\n\n"
            "The dashboard lives in downloads/kanarysentencezz/ on the site.\n",
        ),
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    _, public = withheld_from_public(project, *exports[:-1], "kanaryboardpagezz")
    assert "kanaryopenzz" in public.all_output()


def test_a_publish_pattern_leaves_out_a_page_of_html_withheld_texts_lead_to_without_naming_it(
    project: Project,
) -> None:
    """`publish: [downloads/**]` and HTML exports that withheld texts lead to without naming them, in ways the scan
    of links does not read: a link attr_list sets to "../" from a page in the export's folder, an attribute a
    site's script may follow (`data-href="../"`; a hostile review's was a script's "location.href='../'", which no
    page may hold now: page-script), "./board" in a page of HTML only an internal item attaches,
    "../downloads/old/../board" (a hostile review published each). Every run of a withheld text is read as an address, from its folder, its
    address and the site's root. An export whose folder is only a word of a withheld sentence ("our partners"),
    which the fix before withheld, is published again."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: ['downloads/**']\n")
    html = "<html><body>{}</body></html>"
    for name in ("kanaryattrzz", "kanaryscriptzz"):
        project.write(f"evidence/downloads/{name}/index.html", html.format(name))
        project.write(
            f"evidence/downloads/{name}/notes.md",
            item(
                "Notes",
                body='[Back](#){ href="../" }\n'
                if name == "kanaryattrzz"
                else '<button data-href="../">Overview</button>\n',
            ),
        )
    project.write("evidence/downloads/kanaryboard.html", html.format("kanaryboardzz"))
    project.write("evidence/downloads/kanarydotted.html", html.format("kanarydottedzz"))
    project.write("evidence/downloads/report.html", html.format('<a href="./kanaryboard">Board</a>'))
    project.write(
        "evidence/int/secret.md",
        item(
            "Secret",
            extra="attachments: [../downloads/report.html]",
            body='<button data-href="../downloads/old/../kanarydotted">Open</button>\n',
        ),
    )
    project.write("evidence/downloads/partners/index.html", html.format("kanarypartnerspublishedzz"))
    project.write("evidence/int/met.md", item("Met", body="We met our partners in June.\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    _, public = withheld_from_public(project, "kanaryattr", "kanaryscript", "kanaryboardzz", "kanarydottedzz")
    assert "kanarypartnerspublishedzz" in public.all_output()


def test_a_link_into_evidence_in_the_theme_folder_is_refused(project: Project) -> None:
    """custom_dir outside evidence/ holding a link to an internal file: MkDocs copies it to the site (a review)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  custom_dir: overrides\n"))
    project.write("evidence/int/secret.md", item("Secret"))
    (project.root / "overrides").mkdir()
    os.symlink("../evidence/int/secret.md", project.root / "overrides/leak.txt")
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("overrides/leak.txt", 1)], refused
    assert "MkDocs copies every file of the theme's custom_dir" in refused[0].message
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


def test_a_publish_pattern_leaves_out_what_only_withheld_pages_link_to(project: Project) -> None:
    """`publish: [images/*]` publishes the images no page links to, and those public pages link to, but not one
    that only an internal item shows (a third review published it)."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: ['images/*']\n")
    project.write("evidence/images/kanarypublishedzz.svg", "<svg><!--kanarypublishedzz--></svg>")
    project.write("evidence/images/kanarysharedzz.svg", "<svg><!--kanarysharedzz--></svg>")
    project.write("evidence/images/kanaryonlyinternalzz.svg", "<svg><!--kanaryonlyinternalzz--></svg>")
    project.write("evidence/images/kanaryrootonlyzz.svg", "<svg><!--kanaryrootonlyzz--></svg>")
    project.write(
        "evidence/int/notes.md",
        item(
            "Notes",
            body="![](../images/kanaryonlyinternalzz.svg) ![](../images/kanarysharedzz.svg) "
            "[root](/images/kanaryrootonlyzz.svg)\n",
        ),
    )
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body="![](../images/kanarysharedzz.svg)\n"),
    )
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    for word in ("kanarypublishedzz", "kanarysharedzz", "kanaryonlyinternalzz", "kanaryrootonlyzz"):
        assert word in internal.all_output(), f"{word} is not in the internal build: the test tests nothing"
    assert "kanarypublishedzz" in public.all_output() and "kanarysharedzz" in public.all_output()
    assert "kanaryonlyinternalzz" not in public.all_output() and "kanaryrootonlyzz" not in public.all_output()


def test_a_publish_pattern_leaves_out_what_withheld_pages_refer_to_in_any_way(project: Project) -> None:
    """`publish: [int/files/*]` and an internal item that shows images in ways the scan of links does not read (a
    style's url(), a <style> element, an attribute attr_list sets, CSS escapes, names with spaces or brackets, a
    backslash, a full address, a <base>): the pattern published them (a seventh and an eighth review). A withheld
    page's mention of a file's name counts as a link to it; the folder's other files are published."""
    project.write("mkdocs.yml", MKDOCS_YML + "      publish: ['int/files/*']\n")
    ways = {
        "style.svg": '<div style="background:url(../files/style.svg)">A</div>',
        "element.svg": '<style>.a{background:url("../files/element.svg")}</style>',
        "attribute.svg": '![x](files/missing.png){: srcset="../files/attribute.svg 2x"}',
        "my plan.svg": "<div style=\"background:url('../files/my plan.svg')\">B</div>",
        "p(1).svg": '<div style="background:url(../files/p\\(1\\).svg)">C</div>',
        "it's.svg": '<div style="background:url(&quot;../files/it&#39;s.svg&quot;)">D</div>',
        "escaped1.svg": '<div style="background:url(../files/escaped\\31.svg)">E</div>',
        "slashed.svg": '<img src="..\\files\\slashed.svg">',
        "full.svg": '<img src="https://example.org/int/files/full.svg">',
        "based.svg": '<base href="../files/"><img src="based.svg">',
        "tabbed.svg": "<div style='background:url(\"../files/tab\\9 bed.svg\")'>F</div>",
        "scripted.svg": "<span data-image='../files/scripted\\x2esvg'>A chart</span>",
        "sentence.svg": "The draft figures are in sentence.svg.",
        "emphasis.svg": "See _emphasis.svg_ for the board pack.",
        # as a reader reads the page: Markdown's marks, tags and comments, characters that do not show (a review)
        "bolded.svg": "The figures are in **bolded**.svg.",
        "starred.svg": "The figures are in sta*rr*ed.svg.",
        "spanned.svg": "The figures are in spanned.s<span>vg</span>.",
        "commented.svg": "The figures are in commented.<!-- -->svg.",
        "softened.svg": "The figures are in soft&shy;ened.svg.",
        "spaced.svg": "The figures are in spaced.\u200bsvg.",
        # a name of several words as a reader sees it: wrapped onto the next line, spaced twice, a tab or a no-break
        # space between its words (a hostile review: the pattern published them)
        "may board pack.svg": "The figures are in the may\nboard pack.svg we tabled.",
        "june board pack.svg": "The figures are in the june  board pack.svg we tabled.",
        "july board pack.svg": "The figures are in the july\tboard pack.svg we tabled.",
        "august board pack.svg": "The figures are in the august\u00a0board\u00a0pack.svg we tabled.",
    }
    # named in the front matter; in a withheld attachment's HTML (or server-side HTML); in a file a withheld page
    # links to, and no other page
    more = {"frontmatter.svg": "", "viahtml.svg": "", "viashtml.svg": "", "vialinked.svg": ""}
    for index, name in enumerate((*ways, *more, "other.svg")):
        project.write(f"evidence/int/files/{name}", f"<svg><!--kanaryway{index}zz--></svg>")
    project.write("evidence/int/files/board.html", '<img src="viahtml.svg">')
    project.write("evidence/int/files/board.shtml", '<img src="viashtml.svg">')
    project.write("evidence/int/files/linked.html", '<img src="vialinked.svg">')
    extra = "attachments: [files/board.html, files/board.shtml]\ncover: ../files/frontmatter.svg"
    body = "\n\n".join((*ways.values(), "[the summary](files/linked.html)")) + "\n"
    project.write("evidence/int/notes.md", item("Notes", extra=extra, body=body))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    withheld = len(ways) + len(more)
    _, public = withheld_from_public(project, *(f"kanaryway{index}zz" for index in range(withheld)))
    assert f"kanaryway{withheld}zz" in public.all_output()


def test_a_site_file_that_only_withheld_items_attach_stays_withheld(project: Project) -> None:
    """mkdocs.yml may name a file (extra_javascript, the logo) that an internal item attaches: the item's claim
    wins, as it does over the `publish` option (a third review published such files to everyone), and no page's
    head names it (a fourth review found their names there)."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", "  font: false\n  logo: int/kanarysitelogozz.svg\n")
        + "extra_javascript: [int/kanarysitejszz.js]\n",
    )
    project.write("evidence/int/kanarysitejszz.js", "// kanarysitejstextzz\n")
    project.write(
        "evidence/int/kanarysitelogozz.svg", '<svg xmlns="http://www.w3.org/2000/svg"><!--kanarylogotextzz--></svg>'
    )
    project.write(
        "evidence/int/notes.md",
        item("Notes", extra="attachments: [kanarysitejszz.js, kanarysitelogozz.svg]", body="Notes.\n"),
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    withheld_from_public(project, "kanarysitejstextzz", "kanarylogotextzz", "kanarysitejszz.js", "kanarysitelogozz.svg")


def test_an_item_with_a_capital_md_extension_is_refused_not_copied(project: Project) -> None:
    """MkDocs copies `Minutes.MD` as a file, front matter and all: a public page linking to it published an
    internal item's text (a third review). Both doors refuse it."""
    project.write("evidence/int/Minutes.MD", item("Kanarycapitalmdzz minutes", body="Kanarycapitalmdzz.\n"))
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", body="See [the minutes](../int/Minutes.MD).\n"),
    )
    for audience in ("public", "internal"):
        result = project.build(audience=audience)
        assert result.failed and any("evidence/int/Minutes.MD:1: error:" in line for line in result.log)
        assert "Kanarycapitalmdzz" not in result.all_output()


def test_a_plugin_in_materials_group_is_refused_by_the_check_too(project: Project) -> None:
    """Material's group plugin loads the plugins it holds: the build saw them, the check read only `group`."""
    project.write("mkdocs.yml", MKDOCS_YML + "  - group:\n      plugins:\n        - optimize\n")
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 14)] and "the optimize plugin" in refused[0].message
    for off in ("false", "!ENV PORTFOLIO_TEST_UNSET_VARIABLE"):  # Material's recipe: enabled: !ENV CI
        project.write(
            "mkdocs.yml", MKDOCS_YML + f"  - group:\n      enabled: {off}\n      plugins:\n        - optimize\n"
        )
        assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    # an entry of two plugins in the group, the first with options: both judged as plugins there (an option written
    # at a plugin's indentation is said so only in the top list: a hostile review found the second passed over)
    project.write("mkdocs.yml", MKDOCS_YML + "  - group:\n      plugins:\n        - meta: {}\n          optimize: ~\n")
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert any("the optimize plugin" in p.message for p in refused), refused


def test_minify_reading_evidence_itself_is_refused(project: Project) -> None:
    """mkdocs-minify's cache_safe reads the scripts it names from evidence/ before the portfolio withholds any, and
    writes them over the site's files (a fifth review published an internal file as sitemap.xml; a sixth, through a
    second minify, whose options were not read)."""
    project.write("mkdocs.yml", MKDOCS_YML + "  - minify\n  - minify:\n      cache_safe: true\n")
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 14)] and "cache_safe" in refused[0].message
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


def test_a_file_at_an_address_the_engine_writes_is_a_clash(project: Project) -> None:
    """evidence/sitemap.xml and the like would be overwritten, or written over them by another plugin."""
    for name in ("sitemap.xml", "search/search_index.json", "tags.json"):
        project.write(f"evidence/{name}", "x\n")
    project.write("evidence/404.md", "# Page not found\n")  # MkDocs' way to a 404 page of one's own: no clash
    clashes = sorted(p.path for p in project.problems() if p.code == "url-clash")
    assert clashes == ["evidence/search/search_index.json", "evidence/sitemap.xml", "evidence/tags.json"]
    project.write("mkdocs.yml", MKDOCS_YML + "use_directory_urls: false\n")  # as the pack builds: 404.md is 404.html
    assert "404.md" not in " ".join(p.path for p in project.problems() if p.code == "url-clash")


def test_a_file_at_the_address_of_the_portfolios_own_asset_is_a_clash(project: Project) -> None:
    """evidence/assets/portfolio/library.js took the place of the library's script in every site, and, withheld,
    left the library without one (a hostile review); the site's own assets go in custom_dir."""
    project.write("evidence/assets/portfolio/library.js", "alert(1)\n")
    clashes = [(p.path, p.line) for p in project.problems() if p.code == "url-clash"]
    assert clashes == [("evidence/assets/portfolio/library.js", 1)]
    built = project.build()
    assert built.failed and "alert(1)" not in built.all_output()


@pytest.mark.parametrize("plugin", sorted(COPYING_PLUGINS))
def test_plugins_that_write_the_site_themselves_are_refused(project: Project, plugin: str) -> None:
    """Material's optimize, privacy and projects plugins copy files (or build whole sites) into the site folder
    themselves, where the portfolio cannot withhold them: an error at their line in builds narrower than internal,
    from both doors (a third review published an internal item's images, stylesheet and pages through them)."""
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("  - tags\n", f"  - tags\n  - material/{plugin}:\n      cache: false\n")
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    for audience in ("public", "accreditor"):
        refused = [p for p in project.problems(audience) if p.code == "unsafe-setting"]
        assert [(p.path, p.line, p.severity) for p in refused] == [("mkdocs.yml", 9, "error")], refused
        assert f"the {plugin} plugin" in refused[0].message
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []
    if plugin == "projects":  # the build door: refused before the plugin builds a project reading evidence/
        project.write("projects/mirror/mkdocs.yml", "site_name: Mirror\ndocs_dir: ../../evidence\n")
        project.write("evidence/int/notes.md", item("Kanarymirrorzz notes", body="Notes.\n"))
        result = project.build(audience="public")
        assert result.failed and any("mkdocs.yml:9: error: the projects plugin" in line for line in result.log)
        assert not result.site.exists() or not any(result.site.rglob("*.html")), "the refused build wrote pages"


# ================================================================================ second attacker: more doors
#
# The vectors of the second attacker's scenarios run through test_canary_reaches_only_its_audience with the others
# (and through the sealed folder for Zensical in tests/test_generate.py, with every scenario of PLANS). The tests
# below are those that need a door of their own: MkDocs page keys that crash a build, Material's folder metadata,
# `portfolio report` and the PDF.


PAGE_KEYS = [
    # (vector, path under evidence/, text with {w}, line of the error). Keys MkDocs and Material read from any page
    # (model/item_types.py PAGE_KEYS, and tags on plain pages) pass through unchecked: each of these ends the build
    # in a traceback (or Material's message, without a line) instead of an error at PATH:LINE from both doors.
    (
        "template-naming-a-portfolio-template",
        "pub/{w}.md",
        item("{w} title", visibility="public", extra="template: portfolio/print.html"),
        7,
    ),
    (
        "template-naming-a-portfolio-template-from-here",
        "pub/{w}.md",
        item("{w} title", visibility="public", extra="template: ./portfolio/library_list.html"),
        7,
    ),
    ("template-missing", "guides/{w}.md", "---\ntitle: {w} guide\ntemplate: nothere.html\n---\n{w}.\n", 3),
    ("template-not-text", "pub/{w}.md", item("{w} title", visibility="public", extra="template: 5"), 7),
    ("search-not-a-mapping", "guides/{w}.md", "---\ntitle: {w} guide\nsearch: exclude\n---\n{w}.\n", 3),
    ("tags-not-a-list-on-plain-page", "guides/{w}.md", "---\ntitle: {w} guide\ntags: hello\n---\n{w}.\n", 3),
]


@pytest.mark.parametrize(("vector", "path", "text", "line"), PAGE_KEYS, ids=[row[0] for row in PAGE_KEYS])
def test_a_page_key_mkdocs_cannot_use_is_an_error_at_its_line(
    project: Project, vector: str, path: str, text: str, line: int
) -> None:
    word = canary(vector)
    path = _fill(path, word)
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write(f"evidence/{path}", _fill(text, word))
    where = f"evidence/{path}:{line}: error:"
    for audience in AUDIENCES:
        result = project.build(audience=audience)  # an exception here is the crash
        assert result.failed, f"the {audience} build of {vector} did not fail"
        assert any(where in entry for entry in result.log), (where, result.log[-10:])
        assert Site.read(audience, result).where(word) == []
    checked = project.check_in_process()
    assert checked.code == 1, checked.stdout + checked.stderr
    assert any(entry.startswith(where) for entry in checked.lines), (where, checked.lines)


@pytest.mark.parametrize("line", ["visibility: internal", "private: true", "audience: staff only", "status: draft"])
def test_a_visibility_set_for_a_folder_in_materials_meta_file_is_honoured_or_refused(
    project: Project, line: str
) -> None:
    """Material's meta plugin applies evidence/staff/.meta.yml to every page of the folder: a plain page there
    is meant to be internal. The portfolio reads visibility from the file alone, and publishes the page to
    everyone. Either the build honours it (the canary only in the internal site) or refuses, at the .meta.yml; the
    keys that are errors in a page's own front matter too (a hostile review published a folder with them)."""
    word = canary("meta-yml-folder-visibility")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write("evidence/staff/.meta.yml", f"{line}\n")
    project.write(f"evidence/staff/{word}.md", f"# Staff rota {word}\n\nNames and phone numbers.\n")
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        found = Site.read(audience, result).where(word)
        if result.failed:
            assert any("evidence/staff/.meta.yml:1: error:" in entry for entry in result.log), result.log[-10:]
            assert found == []
        else:
            assert bool(found) == (audience == "internal"), f"{audience}: {word} in {found}"


@pytest.mark.parametrize("how", ["symbolic link", "hard link", "copy", "authors copy"])
def test_a_file_a_plugin_reads_into_pages_that_is_an_internal_file_stops_every_build(
    project: Project, how: str
) -> None:
    """A `.meta.yml` (or a blog's `.authors.yml`) that is a link to, or a copy of, an internal item's attachment: the
    meta plugin printed its description and subtitle into the folder's public pages and every page's navigation, and
    the check said nothing (a hostile review). It is an error at the file, which stops every build; the folder's own
    file, typed in, gives its pages what it says, and the attachment reaches the internal build alone."""
    word = canary("plugin-file-copy")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n"))
    held = f"description: {word} pool staff redundancies\nsubtitle: {word}\n"
    project.write("evidence/hr/files/summary.yml", held)
    project.write("evidence/hr/plan.md", item("Restructure", extra="attachments: [files/summary.yml]"))
    project.write("evidence/news/index.md", "---\nvisibility: public\n---\n# News\n\nHello.\n")
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    attached = project.root / "evidence/hr/files/summary.yml"
    sites = build_all(project)
    assert "hr/files/summary.yml" in sites["internal"].where(word), "the attachment tests nothing"
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []
    companion = project.root / ("evidence/news/.meta.yml" if how != "authors copy" else "evidence/blog/.authors.yml")
    if how == "authors copy":
        project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
        held = f"authors:\n  jo:\n    name: {word}\n    description: {word}\n    avatar: jo.png\n"
        project.write("evidence/hr/files/summary.yml", held)
        project.write("evidence/blog/index.md", "# Blog\n")
    companion.parent.mkdir(parents=True, exist_ok=True)
    if how == "symbolic link":
        companion.symlink_to(os.path.relpath(attached, companion.parent))
    elif how == "hard link":
        os.link(attached, companion)
    else:
        companion.write_bytes(attached.read_bytes())
    shown = companion.relative_to(project.root).as_posix()
    said = f"{shown}:1: error: this file, which a plugin reads into the pages of its folder for every audience, " + (
        "is another name of evidence/hr/files/summary.yml (a link), so what that file holds would be shown"
        if how.endswith("link")
        else "holds the same text, byte for byte, as evidence/hr/files/summary.yml, which is kept from the public"
    )
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    assert "evidence/hr/plan.md" not in checked.stdout, "the item attaching the file did nothing wrong"
    assert checked.stdout.count(f"{shown}:1: error:") == 1, "a hard link, a copy too, was told twice (a review)"
    if how == "hard link":  # a separate copy of the file beside it is told as a copy, not as a link (a review)
        project.write("evidence/hr/files/copy.yml", attached.read_bytes())
        project.write("evidence/hr/plan2.md", item("Restructure 2", extra="attachments: [files/copy.yml]"))
        told = [line for line in project.check().stdout.splitlines() if line.startswith(f"{shown}:1: error:")]
        assert any("another name of evidence/hr/files/summary.yml (a link)" in line for line in told), told
        assert any("byte for byte, as evidence/hr/files/copy.yml" in line for line in told), told
        (project.root / "evidence/hr/files/copy.yml").unlink()
        (project.root / "evidence/hr/plan2.md").unlink()
    for audience in AUDIENCES:
        built = project.build(audience=audience)
        assert built.failed and any(said in line for line in built.log), (audience, built.log[-5:])
        assert Site.read(audience, built).where(word) == []
    companion.unlink()
    authors = "authors:\n  jo:\n    name: Jo\n    description: Editor\n    avatar: jo.png\n"
    companion.write_text("subtitle: Our news\n" if how != "authors copy" else authors)
    assert project.check().code == 0
    # a copy of a file only an internal page links to, which no item attaches (a hostile review); not of a file a
    # public item attaches, which everyone sees: the folder's own (a review of valid portfolios)
    project.write("evidence/hr/plan.md", item("Restructure", body="See [the summary](files/summary.yml).\n"))
    companion.write_bytes(attached.read_bytes())
    copied = (
        f"{shown}:1: error: this file, which a plugin reads into the pages of its folder for every audience, holds "
        "the same text, byte for byte, as evidence/hr/files/summary.yml, which is kept from the public"
    )
    assert copied in project.check().stdout
    project.write(
        "evidence/hr/plan.md", item("Restructure", visibility="public", extra="attachments: [files/summary.yml]")
    )
    assert project.check().code == 0
    if how == "symbolic link":  # one leading out of evidence/, as any other file's (none was refused)
        project.write("notes/summary.yml", held)
        companion.unlink()
        companion.symlink_to(os.path.relpath(project.root / "notes/summary.yml", companion.parent))
        out = f"{shown}:1: error: this symbolic link leads outside evidence/"
        assert out in project.check().stdout


@pytest.mark.parametrize(
    "authors_file",
    # out of evidence/, or a file MkDocs may publish, written as the plugin formats it (a hostile review: "{blog:.0}"
    # formats to nothing, and was read as written)
    ["../team.yml", "/tmp/team.yml", "{blog}/../../team.yml", "{blog:.0}../team.yml", "{blog:.0}hr/team.yml"],
)
def test_a_blog_authors_file_outside_evidence_or_without_a_dot_is_refused_below_internal(
    project: Project, authors_file: str
) -> None:
    """The blog read its authors from a file outside evidence/ that mkdocs.yml named (a copy of an internal item's
    attachment at the project's top), and printed them on every public post, where no check looked (a hostile
    review): refused at its line in builds narrower than internal; the internal build holds the blog."""
    word = canary("authors-file-outside")
    authors = f"authors:\n  jo:\n    name: {word}\n    description: Editor\n    avatar: jo.png\n"
    named = authors_file.replace("/tmp/team.yml", str(project.root / "team.yml"))
    project.write("team.yml", authors)
    project.write("evidence/hr/team.yml", authors)
    project.write("evidence/hr/notes.md", item("Notes", body="The [team](team.yml).\n"))  # (an internal page's file)
    plugins = f'  - blog:\n      authors_file: "{named}"\n'
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n" + plugins))
    project.write("evidence/blog/index.md", "# Blog\n")
    project.write("evidence/blog/posts/hello.md", "---\ndate: 2026-01-02\nauthors: [jo]\n---\n# Hello\n\nA post.\n")
    line = MKDOCS_YML.replace("  - tags\n", "  - tags\n" + plugins).split("authors_file")[0].count("\n") + 1
    for audience in ("public", "accreditor"):
        checked = project.check("--audience", audience)
        said = f"mkdocs.yml:{line}: error: Material's blog reads its authors from "
        assert checked.code == 1 and said in checked.stdout, checked.stdout
        built = project.build(audience=audience)
        assert built.failed and Site.read(audience, built).where(word) == []
    widest = project.build(audience="internal")
    assert not widest.failed and Site.read("internal", widest).where(word), widest.log[-5:]


def test_a_blog_authors_avatar_or_address_naming_a_withheld_file_is_refused_where_it_is_withheld(
    project: Project,
) -> None:
    """An author's avatar naming a picture only an internal item shows: Material's blog printed it on every public
    post, its name and all, outside what the seal reads, the check passing (a hostile review). It is an error at its
    line in the builds that withhold the picture; the internal build, which holds it, is built."""
    word = canary("avatar-withheld")
    project.write("evidence/hr/notes.md", item("Notes", body=f"![Team](../files/{word}.png)\n"))
    project.write(f"evidence/files/{word}.png", b"\x89PNG\r\n\x1a\n" + word.encode())
    authors = f"authors:\n  jo:\n    name: Jo\n    description: Editor\n    avatar: files/{word}.png\n"
    authors += "  sam:\n    name: Sam\n    description: Coach\n    avatar: https://example.org/sam.png\n"
    authors += "    url: hr/notes/\n"
    project.write("evidence/blog/.authors.yml", authors)
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/blog/index.md", "# Blog\n")
    project.write("evidence/blog/posts/hello.md", "---\ndate: 2026-01-02\nauthors: [jo, sam]\n---\n# Hello\n")
    for audience in ("public", "accreditor"):
        said = [
            (p.path, p.line, p.message.split(" names")[0])
            for p in project.problems(audience)
            if p.code == "unsafe-setting"
        ]
        assert said == [
            ("evidence/blog/.authors.yml", 5, 'the avatar of the author "jo"'),
            ("evidence/blog/.authors.yml", 10, 'the url of the author "sam"'),
        ], (audience, said)
        built = project.build(audience=audience)
        assert built.failed and Site.read(audience, built).where(word) == []
    widest = project.build(audience="internal")
    assert not widest.failed and Site.read("internal", widest).where(word), widest.log[-5:]


@pytest.mark.parametrize("way", ["symbolic", "hard"])
def test_an_attachment_that_is_another_name_of_a_file_left_out_is_told(project: Project, way: str) -> None:
    """A public item's attachments that are links to a file exclude_docs leaves out and to a dot-file: withheld from
    every build with them, rightly, but the item's page showed their names without a link, and nothing said why (a
    hostile review). Each is an error at its entry; attached as a copy of its own, each is published."""
    project.write("mkdocs.yml", MKDOCS_YML + "exclude_docs: |\n  drafts/\n")
    project.write("evidence/drafts/plan.txt", "The draft plan.\n")
    project.write("evidence/.private/n.txt", "Notes.\n")
    (project.root / "evidence/pub/files").mkdir(parents=True)
    for name, original in (("plan.txt", "drafts/plan.txt"), ("n.txt", ".private/n.txt")):
        link = project.root / "evidence/pub/files" / name
        if way == "symbolic":
            link.symlink_to(os.path.relpath(project.root / "evidence" / original, link.parent))
        else:
            os.link(project.root / "evidence" / original, link)
    attachments = "attachments:\n  - files/plan.txt\n  - files/n.txt"
    project.write(
        "evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", extra=attachments)
    )
    told = sorted(
        (p.line, p.code, p.message.split(" (a link")[0]) for p in project.problems() if p.path == "evidence/pub/open.md"
    )
    assert told == [
        (8, "missing-attachment", '"files/plan.txt" is the same file as evidence/drafts/plan.txt'),
        (9, "missing-attachment", '"files/n.txt" is the same file as evidence/.private/n.txt'),
    ], told
    for name in ("plan.txt", "n.txt"):
        link = project.root / "evidence/pub/files" / name
        copied = link.read_bytes()
        link.unlink()
        link.write_bytes(copied)
    assert not [p for p in project.problems() if p.code == "missing-attachment"]
    built = project.build(audience="public")
    assert not built.failed and (built.site / "pub/files/plan.txt").is_file(), built.log


def test_the_report_for_an_audience_names_no_item_withheld_from_it(project: Project) -> None:
    """`portfolio report --audience A --base REF` (what the pull-request workflow writes, for the audience of
    mkdocs.yml) counts only A's items, but lists every item added, changed or removed, whatever its visibility."""
    added, changed, removed = canary("report-added"), canary("report-changed"), canary("report-removed")
    accreditor = canary("report-added-accreditor")
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write(f"evidence/int/{changed}.md", item(f"{changed} title"))
    project.write(f"evidence/int/{removed}.md", item(f"{removed} title"))
    for args in (
        ("init", "-q", "-b", "main"),
        ("config", "user.name", "Test"),
        ("config", "user.email", "t@example.org"),
        ("add", "."),
        ("commit", "-q", "-m", "base"),
    ):
        assert _git(*args, cwd=project.root).returncode == 0, args
    project.write(f"evidence/int/{added}.md", item(f"{added} title"))
    project.write(f"evidence/acc/{accreditor}.md", item(f"{accreditor} title", visibility="accreditor"))
    project.write(f"evidence/int/{changed}.md", item(f"{changed} title", body="Changed.\n"))
    (project.root / f"evidence/int/{removed}.md").unlink()
    for audience in AUDIENCES:
        for output_format in ("markdown", "json"):
            done = project.command(
                "report", str(project.root), "--base", "HEAD", "--format", output_format, "--audience", audience
            )
            assert done.code == 0, done.stderr
            text = done.stdout.lower()
            held = {word for word in (added, changed, removed, accreditor) if word in text}
            expected = {
                "public": set(),
                "accreditor": {accreditor},
                "internal": {added, changed, removed, accreditor},
            }[audience]
            assert held == expected, f"the {audience} report ({output_format}) names {sorted(held)}"


def test_the_pack_pdf_holds_no_withheld_canary_whatever_extensions_the_narratives_use(
    builds: Callable[[str], Built], tmp_path: Path
) -> None:
    """The pack's narratives use mkdocs.yml's extensions (pymdownx.tabbed, md_in_html): the site renders their
    links, and seals them. The PDF renders the pack with a fixed list of extensions: the same Markdown is then
    code or raw HTML, and its link targets are printed as text."""
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    from pypdf import PdfReader

    built = builds("pack-extensions")
    plan = PLANS["pack-extensions"]

    def pdf_text(audience: str) -> str:
        output = tmp_path / f"{audience}.pdf"
        done = built.project.command("pdf", str(built.project.root), "-o", str(output), "--audience", audience)
        assert done.code == 0, done.stderr
        parts = [page.extract_text() for page in PdfReader(output).pages]
        return unquote("\n".join(parts)).lower().replace("\n", "")

    internal = pdf_text("internal")
    assert all(vector.word in internal for vector in plan.vectors), "the internal pack does not quote the links"
    for audience in ("public", "accreditor"):
        text = pdf_text(audience)
        leaked = [vector.id for vector in plan.vectors if vector.word in text]
        assert leaked == [], f"the {audience} PDF holds {leaked}"


def test_a_blog_posts_links_name_no_withheld_file(project: Project) -> None:
    """A post's `links` (front matter) are listed by the blog's template, after the page was sealed: posts are
    sealed whole (a sixth review found a withheld attachment's name in the sidebar)."""
    word = canary("blog-post-links")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/int/notes.md", item("Notes", extra=f"attachments: [files/{word}.txt]"))
    project.write(f"evidence/int/files/{word}.txt", "notes\n")
    project.write(
        "evidence/blog/posts/first.md",
        f"---\ndate: 2026-01-02\nlinks: [int/files/{word}.txt]\n---\n# A post\n\nText.\n",
    )
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert not result.failed, result.log
        found = Site.read(audience, result).where(word)
        assert bool(found) == (audience == "internal"), (audience, found)


def test_a_blog_posts_link_to_a_withheld_page_shows_no_none_and_no_title(project: Project) -> None:
    """A post's `links` naming a withheld page showed "None" in its "Related links" in the narrower builds (the
    blog's template prints the title of the page it found, which the build had taken away): the entry is left
    out, with a title of its own too (kept as a link, it named a file that only a withheld page links to: a hostile
    review); the withheld page's title and the file's name are in neither. The blog's warning that it found no such
    file is not in the log (`mkdocs build --strict` failed on it)."""
    word, name = canary("blog-post-link-page"), canary("blog-post-link-file").lower()
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/int/secret.md", item(f"{word} title", body=f"See [the notes](files/{name}.txt).\n"))
    project.write(f"evidence/int/files/{name}.txt", "notes")
    project.write(
        "evidence/blog/posts/first.md",
        "---\ndate: 2026-01-02\nlinks:\n  - int/secret.md\n  - Own words: int/secret.md\n  - pub/open.md\n"
        f"  - Notes: int/files/{name}.txt\n---\n# A post\n\nText.\n",
    )
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert not result.failed, result.log
        for secret in (word, name):
            found = Site.read(audience, result).where(secret)
            assert bool(found) == (audience == "internal"), (audience, secret, found)
        post = BeautifulSoup(result.html("blog/2026/01/02/a-post/"), "html.parser")
        related = " ".join(post.get_text(" ").split())
        assert "None" not in related, (audience, related)
        assert "Open" in related, (audience, related)
        assert ("Own words" in related) == ("Notes" in related) == (audience == "internal"), (audience, related)
        assert not any("find file for link" in line for line in result.log), result.log  # (fails --strict)


def test_a_blog_excerpt_links_to_no_withheld_page(project: Project) -> None:
    """Material's blog renders each post's excerpt from its Markdown, after the page's own HTML was sealed, onto
    its index and archive pages: those pages are sealed whole."""
    word = canary("blog-excerpt-link")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write(
        "evidence/blog/posts/first.md",
        f'---\ndate: 2026-01-02\n---\n# A post\n\nSee [the notes](../../int/{word}.md) and <a href="../../int/{word}/">'
        "the raw link</a>.\n\n<!-- more -->\n\nThe rest.\n",
    )
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    for audience in AUDIENCES:
        result = project.build(audience=audience)
        assert not result.failed, result.log
        found = Site.read(audience, result).where(word)
        assert bool(found) == (audience == "internal"), (audience, found)
        assert "the raw link" in (result.site / "blog/index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "link",
    [
        "[the minutes](../../../{project}/evidence/int/kanaryclimbzz-minutes.md)",
        '<a href="../../../../{project}/evidence/int/kanaryclimbzz-minutes/">the minutes</a>',
        "[the minutes](../../{project}/evidence/int/kanaryclimbzz-minutes.md)",  # to no file, by that name
        "[the notes](../../framework.yml/../kanaryclimbzz-minutes/../framework.yml)",  # the name on the way
        "[the notes](../../evidence-copy/int/kanaryclimbzz-minutes.md)",  # a link to evidence/ in the project
        "[the page](../../site-internal/kanaryclimbzz-minutes/index.html)",  # an internal build's output
    ],
)
def test_a_warning_about_a_link_that_climbs_out_of_the_project_and_back_names_nothing_withheld(
    project: Project, link: str
) -> None:
    """A link out of the project that climbs back into evidence/ through the project's own folder was quoted by a
    warning ("leads outside evidence/") in the public portfolio.json: a path above the project cannot be told to
    name nothing withheld (a hostile review)."""
    project.write("evidence/int/kanaryclimbzz-minutes.md", item("Minutes", maps_to="partnerships/plan"))
    (project.root / "evidence-copy").symlink_to("evidence")
    project.write("site-internal/kanaryclimbzz-minutes/index.html", "<h1>Minutes</h1>\n")
    body = "See " + link.format(project=project.root.name) + ".\n"
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=body))
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    outside = [w for w in internal.warnings if "evidence/pub/open.md" in w and "outside evidence/" in w]
    assert outside, "the test tests nothing"
    assert "kanaryclimbzz" in internal.all_output(), "the test tests nothing"
    assert "kanaryclimbzz" not in public.all_output()


def test_a_build_names_files_outside_evidence_only_for_the_framework_and_mkdocs_yml(project: Project) -> None:
    """What a warning in portfolio.json may name: published files of evidence/, and outside it the framework and
    mkdocs.yml only; not another file of the project (a site built for internal holds withheld names), nor a path
    that climbs out of the project, even one that comes back into evidence/."""
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    project.write("evidence/int/minutes.md", item("Minutes", maps_to="partnerships/plan"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("site-internal/minutes/index.html", "<h1>Minutes</h1>\n")
    up = f"../{project.root.name}"
    expected = {
        "framework.yml": True,
        "mkdocs.yml": True,
        "evidence/pub/open.md": True,
        f"{up}/evidence/pub/open.md": True,
        "evidence/int/minutes.md": False,
        f"{up}/evidence/int/minutes.md": False,
        "site-internal/minutes/index.html": False,
        f"{up}/framework.yml": True,
        "../elsewhere/framework.yml": False,
        str(project.root / "framework.yml"): False,
    }
    for audience, internal in (("public", False), ("internal", True)):
        publication = assemble(load_settings(project.root, audience)).publication
        found = {path: publication.discloses(path) for path in expected}
        wanted = {path: shown or (internal and "evidence/int/" in path) for path, shown in expected.items()}
        assert found == wanted, audience


HEAD_NAMES = {"extra_css": "kanaryheadcsszz.css", "extra_javascript": "kanaryheadjszz.js"}
HEAD_ICONS = {"logo": "kanaryheadlogozz.svg", "favicon": "kanaryheadiconzz.png"}
HEAD_NAMED = re.compile("kanary(?:head|%68ead)", re.IGNORECASE)


def head_project(project: Project, form: str) -> tuple[BuildResult, BuildResult]:
    """mkdocs.yml naming an internal item's attachments (a stylesheet, a script, the logo, the favicon), and a
    stylesheet of the site's own, by URLs written in `form`; built for internal and public."""

    def url(name: str) -> str:
        return form.format(name=name, escaped=name.replace("head", "%68ead"))

    config = MKDOCS_YML.replace(
        "  font: false\n", "  font: false\n" + "".join(f"  {key}: {url(name)}\n" for key, name in HEAD_ICONS.items())
    )
    config += "site_url: https://example.org/trust/portfolio/\n"
    config += "".join(f"{key}: ['{url(name)}', '{url('openheadzz.css')}']\n" for key, name in HEAD_NAMES.items())
    project.write("mkdocs.yml", config)
    project.write("evidence/int/files/openheadzz.css", "body { margin: 0 }\n")  # the site's own: everyone's
    every = [*HEAD_NAMES.values(), *HEAD_ICONS.values()]
    for name in every:
        project.write(f"evidence/int/files/{name}", "<svg xmlns='http://www.w3.org/2000/svg'/>\n")
    attached = ", ".join(f"files/{name}" for name in every)
    project.write("evidence/int/notes.md", item("Notes", extra=f"attachments: [{attached}]"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    return project.build(audience="internal"), project.build(audience="public")


@pytest.mark.parametrize(
    "form",
    [
        "./int/files/{name}",
        "int//files/{name}",
        "int/files/{escaped}",
        "/trust/portfolio/int/files/{name}",
        "https://example.org/trust/portfolio/int/files/{name}",
        "HTTPS://EXAMPLE.ORG./trust/portfolio/int/files/{name}",
    ],
)
def test_a_withheld_site_file_is_named_in_no_head_however_mkdocs_yml_writes_it(
    project: Project, tmp_path: Path, form: str
) -> None:
    """mkdocs.yml naming an internal item's attachments by a URL written otherwise than as the file's path: every
    page's head named them in the public build, and `portfolio generate` wrote them into zensical.toml (a fifth
    review). The site's own stylesheet, written the same way, is published and named."""
    internal, public = head_project(project, form)
    assert not internal.failed and not public.failed, public.log
    page = (internal.site / "pub/open/index.html").read_text(encoding="utf-8")
    assert len(HEAD_NAMED.findall(page)) >= 4, "the internal build names them: the test tests something"
    assert not HEAD_NAMED.search(public.all_output())
    assert (public.site / "int/files/openheadzz.css").is_file()
    public_page = (public.site / "pub/open/index.html").read_text(encoding="utf-8")
    assert re.search("open(?:head|%68ead)zz.css", public_page), "a site file of the public build stays in the head"
    out = tmp_path / "generated"
    assert project.command("generate", str(project.root), "--audience", "public", "--out", str(out)).code == 0
    toml = (out / "zensical.toml").read_text(encoding="utf-8")
    assert not HEAD_NAMED.search(toml)
    assert "openheadzz.css" in toml or "open%68eadzz.css" in toml.lower()


@pytest.mark.parametrize(
    "form",
    [
        "https:/trust/portfolio/int/files/{name}",  # the site's host, on a page of the other scheme
        "///example.org/trust/portfolio/int/files/{name}",  # browsers skip every slash before the host
        "INT/Files/{name}",  # one file on a server that ignores capitals
        "int/files/{name};v=1",  # one file on a server that drops parameters
        "evidence-link/files/{name}",  # a symbolic link to the folder, under another name
        "evidence/int/files/{name}",  # from the project's folder: it leads nowhere, but names it (a hostile review)
        "../evidence/int/files/{name}",  # (and so, each kept by the first change: another)
        "EVIDENCE/int/files/{name}",
    ],
)
def test_a_withheld_site_file_is_named_in_no_head_by_odd_spellings(project: Project, form: str) -> None:
    """Spellings a sixth review found kept in the public head: each names the withheld file (on some servers, or in
    a browser), and is dropped."""
    if form.startswith("evidence-link/"):
        (project.root / "evidence").mkdir(exist_ok=True)
        (project.root / "evidence/evidence-link").symlink_to("int")
    internal, public = head_project(project, form)
    assert (internal.site / "int/files/kanaryheadcsszz.css").is_file(), "the internal build holds them"
    assert not HEAD_NAMED.search(public.all_output())


@pytest.mark.parametrize(
    ("site_url", "url", "path"),
    [
        ("https://example.org/", "css/a.css?v=2#x", "css/a.css"),
        ("https://example.org/", "./css//a%2Db.css", "css/a-b.css"),
        ("https://example.org/", "/css/a.css", "css/a.css"),
        ("https://example.org/", "https://EXAMPLE.org./css/a.css", "css/a.css"),
        ("https://example.org/", "//example.org/css/a.css", "css/a.css"),
        ("https://example.org/", "https://cdn.example.net/css/a.css", ""),
        ("https://example.org/", "../shared/a.css", ""),
        ("https://example.org/trust/portfolio/", "/trust/portfolio/css/a.css", "css/a.css"),
        ("https://example.org/trust/portfolio/", "https://example.org/trust/portfolio/css/a.css", "css/a.css"),
        ("https://example.org/trust/portfolio/", "https://example.org/shared/a.css", ""),
        ("https://example.org/trust/portfolio/", "/css/a.css", "css/a.css"),  # as MkDocs' own reading had it
        ("", "https://example.org/css/a.css", ""),
    ],
)
def test_mkdocs_yml_names_a_site_file_by_url_however_written(site_url: str, url: str, path: str) -> None:
    """Settings.path_of: which file under evidence/ mkdocs.yml's extra_css, extra_javascript, logo or favicon
    names, so that the site's own files are published and withheld ones named in no head."""
    from evidence_portfolio.reading.settings import Settings

    assert Settings(Path("."), Path("evidence"), Path("framework.yml"), site_url=site_url).path_of(url) == path


def minutes_and_open(project: Project, config: str, word: str) -> None:
    """mkdocs.yml as given; an internal item, evidence/int/kanaryWORDzz.md, with its attachment
    int/files/kanaryWORDimgzz.png; and a public item, evidence/pub/open.md."""
    project.write("mkdocs.yml", config)
    project.write(f"evidence/int/files/kanary{word}imgzz.png", "png\n")
    project.write(
        f"evidence/int/kanary{word}zz.md", item("Minutes", extra=f"attachments: [files/kanary{word}imgzz.png]")
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))


def test_the_header_and_footer_mkdocs_yml_writes_name_nothing_withheld(project: Project) -> None:
    """The copyright's HTML, the social links, the home page link and the logo come from mkdocs.yml onto every page,
    outside the pages' content: a sixth review found links to an internal page and its attachment there."""
    config = MKDOCS_YML.replace("  font: false\n", "  font: false\n  logo: int/kanaryfootzz.md\n")
    config += (
        'copyright: \'See <a href="int/kanaryfootzz/">the minutes</a> <img src="int/files/kanaryfootimgzz.png">\'\n'
        "extra:\n  homepage: /int/kanaryfootzz/\n"
        "  social:\n    - icon: fontawesome/brands/github\n      link: https://portfolio.example.org/int/kanaryfootzz/\n"
        "    - icon: fontawesome/brands/mastodon\n      link: https://social.example.net/@trust\n"
        "  alternate:\n    - name: English\n      link: /\n    - name: Francais\n      link: /fr/\n"
        "site_url: https://portfolio.example.org/\n"
    )
    minutes_and_open(project, config, "foot")
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    page = (internal.site / "pub/open/index.html").read_text(encoding="utf-8")
    assert page.count("kanaryfoot") >= 4, "the internal build names them: the test tests something"
    assert "kanaryfoot" not in public.all_output()
    public_page = (public.site / "pub/open/index.html").read_text(encoding="utf-8")
    assert "See" in public_page and "the minutes" in public_page and "https://social.example.net/@trust" in public_page
    assert 'hreflang="fr"' in public_page or "Francais" in public_page, "a language built apart, at /fr/, stays"


def test_the_styles_of_tags_mkdocs_yml_gives_name_only_the_tags_of_published_pages(project: Project) -> None:
    """Material writes extra.tags (each tag's style) into every page's settings: a hostile review listed a tag
    only an internal item has there, and every public and accreditor page named it. Each build keeps the styles of
    the tags its own pages carry; and of theme.icon.tag (each style's icon, which the theme writes into every
    page's stylesheet: another hostile review), the icons of those styles, and the default."""
    config = (
        MKDOCS_YML + "extra:\n  tags:\n    kanarytagzz: secret\n    shared: open\n    unused: none\n    2027: year\n"
    ).replace(
        "theme:\n  name: material\n",
        "theme:\n  name: material\n  icon:\n    tag:\n      secret: material/lock\n      open: material/star\n"
        "      default: material/tag\n      kanaryiconzz: material/heart\n",
    )
    assert "kanaryiconzz" in config
    project.write(
        "evidence/int/minutes.md",
        item("Minutes", extra="tags: [kanarytagzz, shared, '2027']", maps_to="partnerships/plan"),
    )
    project.write(
        "evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", extra="tags: [shared]")
    )
    project.write("mkdocs.yml", config)
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    settings = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
    # a tag YAML reads as a number (2027) is the tag "2027": it stopped the internal build, where Material sorted it
    # among text ones (a hostile review)
    widest = {"kanarytagzz": "secret", "shared": "open", "2027": "year"}
    for built, tags in ((internal, widest), (public, {"shared": "open"})):
        page = (built.site / "pub/open/index.html").read_text(encoding="utf-8")
        assert json.loads(settings.search(page)[1])["tags"] == tags
    assert "kanarytag" in (internal.site / "int/minutes/index.html").read_text(encoding="utf-8")
    assert "kanarytag" not in public.all_output()
    icons = re.compile(r"\.md-tag(?:\.md-tag--([\w-]+))?\{--md-tag-icon")
    for built, styles in ((internal, {"secret", "open", ""}), (public, {"open", ""})):
        page = (built.site / "pub/open/index.html").read_text(encoding="utf-8")
        assert set(icons.findall(page)) == styles, built.site
    assert "md-tag--secret" not in public.all_output()


def test_what_the_theme_prints_around_a_page_carries_no_markup(project: Project) -> None:
    """Material prints a page's `description`, `author` and `status` (the status on every page, in the navigation),
    a redirect's `location`, and mkdocs.yml's site description and author, cookie consent and feedback notes raw
    into the HTML, outside the content the seal reads: a hostile review made them a meta refresh, a link and an
    image to an internal page and its attachment. Their text is now inert, mkdocs.yml's HTML sealed, and a redirect
    to what the build does not hold is no redirect (a page's field typed with a withheld address is an error: see
    test_a_tag_typed_in_a_field_showing_a_withheld_address_is_named_at_its_line_by_both_doors)."""
    shown = '"><a href="/pub/open/">m</a><img src="/pub/open/"><i class="'  # (in a page's fields, mkdocs.yml's texts)
    config = MKDOCS_YML + (
        f"site_description: 'd{shown}'\nsite_author: 'a{shown}'\n"
        "extra:\n  consent:\n    title: Cookies\n"
        '    description: \'See <a href="/int/kanaryprintzz/">the notes</a> and <a href="/pub/open/">ours</a>\'\n'
    )
    minutes_and_open(project, config, "print")
    project.write(
        "evidence/about.md",
        f"---\ntitle: About\ndescription: 'x{shown}'\nauthor: 'y{shown}'\nstatus: 'new{shown}'\n---\n# About\n",
    )
    project.write(
        "evidence/moved.md", "---\ntitle: Moved\ntemplate: redirect.html\nlocation: ../int/kanaryprintzz/\n---\n"
    )
    project.write("evidence/gone.md", "---\ntitle: Gone\ntemplate: redirect.html\nlocation: ../pub/open/\n---\n")
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    assert 'href="/int/kanaryprintzz/"' in (internal.site / "index.html").read_text(encoding="utf-8")
    assert 'url=../int/kanaryprintzz/"' in (internal.site / "moved/index.html").read_text(encoding="utf-8")
    for page in public.site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"""(?:href|src)=["'][^"']*kanaryprint|url=[^"&;]*kanaryprint""", html), page  # text
        assert "<i class=" not in html, page
    about = (public.site / "about/index.html").read_text(encoding="utf-8")
    assert 'content="x&quot;&gt;&lt;a href=&quot;/pub/open/&quot;&gt;' in about
    assert "md-status--new&quot;&gt;" in (public.site / "index.html").read_text(encoding="utf-8")
    home = (public.site / "index.html").read_text(encoding="utf-8")
    assert "See the notes and" in home and 'href="/pub/open/"' in home, "the consent's HTML is sealed, not dropped"
    moved = (public.site / "moved/index.html").read_text(encoding="utf-8")
    assert "location.replace" not in moved and 'http-equiv="refresh"' not in moved
    assert 'url=../pub/open/"' in (public.site / "gone/index.html").read_text(encoding="utf-8"), "a redirect it holds"


def test_what_mkdocs_yml_and_meta_files_give_every_page_carries_no_markup(project: Project) -> None:
    """A second hostile review: mkdocs.yml's nav titles, the table of contents' title and the theme's palette are
    printed raw on every page; links of the header written with character references (`&#47;` is "/") and a
    redirect written with them or with a script's escape got past the judgement of URLs; a meta file of Material's
    meta plugin gives a folder's pages a `description`. All inert or judged as the browser reads them now (a
    nav title's, a description's or mkdocs.yml's text's tag typed with a withheld page's address is an error: see
    test_a_text_mkdocs_yml_prints_on_every_page_showing_a_withheld_address_is_named_at_its_line)."""
    shown = '<a href="/pub/other/">x</a>'  # (typed in a nav title, a description, mkdocs.yml's texts)
    config = MKDOCS_YML.replace(
        "  font: false\n",
        f"  font: false\n  palette:\n    - toggle:\n        icon: material/brightness-7\n        name: '{shown}'\n",
    )
    config = config.replace("  - tags\n", "  - tags\n  - meta\n")
    config += (
        f"markdown_extensions:\n  - toc:\n      title: '{shown}'\n"
        f"nav:\n  - '{shown}': pub/open.md\n  - 'Section {shown}':\n    - pub/other.md\n"
        "extra:\n  homepage: 'int&#47;kanarymenuzz/'\n"
        "  social:\n    - icon: fontawesome/brands/github\n      link: 'int&#47;kanarymenuzz/'\n"
    )
    project.write("mkdocs.yml", config)
    project.write("evidence/int/kanarymenuzz.md", item("Minutes"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("evidence/pub/other.md", item("Other", visibility="public", maps_to="partnerships/plan"))
    project.write("evidence/pub/.meta.yml", f"description: '\"x{shown}'\n")
    redirects = (
        ("plain", "../int/kanarymenuzz/"),
        ("amp", "../int&#47;kanarymenuzz/"),
        ("js", "../int\\u002fkanarymenuzz/"),
    )
    for name, location in redirects:
        project.write(f"evidence/{name}.md", f"---\ntitle: R\ntemplate: redirect.html\nlocation: '{location}'\n---\n")
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and not public.failed, public.log
    assert (internal.site / "int/kanarymenuzz/index.html").is_file(), "the test tests something"
    assert 'href="int/kanarymenuzz/"' in html.unescape((internal.site / "index.html").read_text(encoding="utf-8"))
    assert "url=../int/kanarymenuzz/" in (internal.site / "plain/index.html").read_text(encoding="utf-8")
    for page in public.site.rglob("*.html"):
        html_text = html.unescape(re.sub(r"&(?:lt|gt|quot);", "", page.read_text(encoding="utf-8")))
        assert not re.search(
            r"""(?:href|src)=["'][^"']*kanarymenu|url=[^"]*kanarymenu|replace\(\["[^"]*kanary""", html_text
        ), page
    open_page = (public.site / "pub/open/index.html").read_text(encoding="utf-8")
    assert "&lt;a href=&quot;/pub/other/&quot;&gt;x&lt;/a&gt;" in open_page, "the nav title, as text"
    assert 'name="description" content="&quot;x&lt;a' in open_page, "the meta file's description, inert"


@pytest.mark.parametrize("link", ["symbolic", "hard"])
def test_pymdownx_b64_reaching_into_evidence_through_a_link_is_refused(project: Project, link: str) -> None:
    """pymdownx.b64 puts any file of its base_path whose name ends in .svg or .png into a page as a data: URL,
    following links, before the seal sees the page: a link there to an internal item put its whole source into a
    public page (a hostile review). Refused, at the link, in builds narrower than internal."""
    word = canary(f"basesixtyfour{link}link")
    images = project.root / "images"  # b64 reads a relative base_path from the folder MkDocs runs in
    project.write("mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.b64: {{base_path: '{images}'}}\n")
    note = project.write(f"evidence/int/{word}.md", item(f"{word} title", body=f"Body {word}.\n"))
    (project.root / "images").mkdir()
    if link == "symbolic":
        (project.root / "images/notes.svg").symlink_to(note)
    else:
        os.link(note, project.root / "images/notes.svg")
    body = '<img src="notes.svg" alt="diagram">\n'
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=body))
    project.write("evidence/pub/open/notes.svg", "<svg/>")  # what the link leads to on the site: no broken link
    sites = build_all(project, refused="unsafe-setting", at="images/notes.svg:1")
    assert "pub/open/index.html" in sites["internal"].where(word), "the internal build has it, in the data: URL"


def test_extra_templates_are_refused_in_builds_narrower_than_internal(project: Project) -> None:
    """MkDocs renders a file of extra_templates (under evidence/) as a Jinja template with the whole configuration
    in reach: it listed every internal item in a public site (a hostile review)."""
    word = canary("extratemplates")
    project.write("mkdocs.yml", MKDOCS_YML + "extra_templates: [stats.txt]\n")
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    project.write(
        "evidence/stats.txt",
        "{% for page in config.plugins.portfolio.build.project.pages.values() %}{{ page.title }}\n{% endfor %}",
    )
    body = "[Statistics](../../stats.txt)\n"
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=body))
    sites = build_all(project, refused="unsafe-setting", at="mkdocs.yml:12")
    assert "stats.txt" in sites["internal"].where(word)


@pytest.mark.parametrize("plugin", sorted(TEMPLATING_PLUGINS))
def test_plugins_that_render_pages_as_templates_are_refused(project: Project, plugin: str) -> None:
    """mkdocs-macros renders every page as a Jinja template that can reach the portfolio's project (not installed
    here: the check refuses it by name, at its line)."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", f"  - tags\n  - {plugin}\n"))
    for audience in ("public", "accreditor"):
        refused = [p for p in project.problems(audience) if p.code == "unsafe-setting"]
        assert [(p.path, p.line, p.severity) for p in refused] == [("mkdocs.yml", 9, "error")], refused
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


UNKNOWN_PLUGINS = [
    # Each published an internal item, its attachment or their names in a public build (a hostile review), through a
    # plugin the portfolio did not refuse: it knew only the plugins it refused.
    "include-markdown",  # {% include-markdown "./secret.md" %} in a public item: the internal item's text
    "markdownextradata",  # every page a Jinja template: {{ plugins.portfolio.build.project.pages[...].body }}
    "table-reader",  # {{ read_csv('files/withheld.csv') }}: a withheld attachment as a table
    "social",  # a page's `social: cards_layout_options: background_image:` drew a withheld image into its card
    "material/social",
    "redirects",  # redirect pages written after the seal, to a withheld page's address
    "rss",  # feeds of the pages' HTML before the seal: links naming withheld files
    "someone/search",  # not Material's search, though its name ends alike
    "/social",  # outside the theme's namespace: the same name
]


@pytest.mark.parametrize("plugin", UNKNOWN_PLUGINS)
def test_a_plugin_the_portfolio_does_not_know_is_refused_below_internal(project: Project, plugin: str) -> None:
    """Plugins are allowed by name, as Markdown extensions are (SAFE_PLUGINS): any other may read a withheld file
    into a page or write one to the site. An error at its line in builds narrower than internal; an internal build
    takes it."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", f"  - tags\n  - {plugin}:\n      enabled: true\n"))
    for audience in ("public", "accreditor"):
        refused = [p for p in project.problems(audience) if p.code == "unsafe-setting"]
        assert [(p.path, p.line, p.severity) for p in refused] == [("mkdocs.yml", 9, "error")], refused
        assert f"the plugin {plugin.removeprefix('/').removeprefix('material/')} is not one" in refused[0].message
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


def test_materials_plugin_under_another_theme_is_refused_in_both_doors(project: Project) -> None:
    """`material/social` under `theme: mkdocs` was taken for a misspelling of itself, and let through by both doors
    without a word (a hostile review of this session's change); it is refused at its line, as under Material."""
    config = MKDOCS_YML.replace("  name: material\n", "  name: mkdocs\n").replace(
        "  - tags\n", "  - material/social:\n      cards: false\n"
    )
    assert "name: mkdocs" in config and "material/social" in config, "the test tests something"
    project.write("mkdocs.yml", config)
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 8)], refused
    result = project.build(audience="public")
    assert result.failed and any("mkdocs.yml:8: error: the plugin social is not one" in line for line in result.log)


def test_the_build_refuses_a_plugin_it_does_not_know_and_builds_with_those_it_does(project: Project) -> None:
    """The build door: Material's social plugin (installed with Material) stops a public build at its line, before
    any page is written; an internal build's check takes it. Every plugin the portfolio knows, written with Material's
    namespace or without, and inside Material's group, is taken by a public build's check."""
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - social\n"))
    result = project.build(audience="public")
    assert result.failed and any("mkdocs.yml:9: error: the plugin social is not one" in line for line in result.log)
    assert not result.site.exists() or not any(result.site.rglob("*.html")), "the refused build wrote pages"
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []
    known = sorted(set(SAFE_PLUGINS) - {"portfolio", "search", "tags", "group"})
    spellings = ("  - {}\n", "  - material/{}\n", "  - /{}\n")
    listed = "".join(spellings[index % 3].format(name) for index, name in enumerate(known))
    project.write(
        "mkdocs.yml", MKDOCS_YML + listed + "  - group:\n      enabled: true\n      plugins:\n        - typeset\n"
    )
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []


def test_a_plugin_loaded_under_a_name_the_portfolio_knows_is_judged_by_what_it_is(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`- /tags` makes MkDocs load the plugin another package calls `tags` (mkdocs-plugin-tags is one, which wrote
    internal items' titles into a public page: a hostile review), and list it as `tags`, a name the portfolio
    allows. The build judges each plugin by its class's module (the check, by names, reads `/tags` as `tags`: the
    other package is not installed here, and the check says so)."""
    from importlib.metadata import EntryPoint

    from mkdocs.config.defaults import MkDocsConfig

    (tmp_path / "other_tags.py").write_text(
        "from mkdocs.plugins import BasePlugin\n\n\nclass Tags(BasePlugin):\n    pass\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    installed = dict(MkDocsConfig._schema)["plugins"].installed_plugins  # as MkDocs read them once, when imported
    monkeypatch.setitem(installed, "tags", EntryPoint("tags", "other_tags:Tags", "mkdocs.plugins"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - /tags\n"))
    result = project.build(audience="public")
    said = "mkdocs.yml:8: error: the plugin tags that this build loads comes from other_tags, not from the package"
    assert result.failed and any(said in line for line in result.log), result.log
    assert not result.site.exists() or not any(result.site.rglob("*.html")), "the refused build wrote pages"
    assert not project.build(audience="internal").failed
    assert [p for p in project.problems("internal") if p.code == "unsafe-setting"] == []


def test_a_hook_under_evidence_is_refused_below_internal(project: Project) -> None:
    """Hooks are the organisation's own code, and not judged; but one under evidence/, where contributors add
    files, copied an internal item into a public site (a hostile review)."""
    word = canary("hook")
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    project.write(
        "evidence/copy.py",
        f"import shutil\n\n\ndef on_post_build(config):\n    shutil.copy(config.docs_dir + '/int/{word}.md', "
        "config.site_dir + '/copied.txt')\n",
    )
    project.write("mkdocs.yml", MKDOCS_YML + "hooks:\n  - evidence/copy.py\n")
    sites = build_all(project, refused="unsafe-setting", at="mkdocs.yml:13")
    assert "copied.txt" in sites["internal"].where(word)
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert "the hook evidence/copy.py is a file under evidence/, where contributors add files" in refused[0].message
    project.write("hooks/copy.py", (project.root / "evidence/copy.py").read_text())
    (project.root / "evidence/copy.py").unlink()
    project.write("mkdocs.yml", MKDOCS_YML + "hooks:\n  - hooks/copy.py\n")
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == [], "a hook of its own folder"


READS_NAV = "INHERIT reads evidence/.nav.yml, a file under evidence/, where contributors"


def _copying_nav_file(project: Project, word: str) -> None:
    """An internal item holding `word`, a public item linking to notes.txt, and evidence/.nav.yml (a file other
    plugins read), whose Python tag copies the internal item over notes.txt when MkDocs reads it. (A public item
    attaching the copy would be an error of every build: it holds an internal page's source.)"""
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    project.write("evidence/pub/notes.txt", "Placeholder notes.\n")
    project.write("evidence/pub/open.md", item("Open", visibility="public", body="Public [notes](notes.txt).\n"))
    project.write(
        "evidence/.nav.yml",
        "extra:\n  note: !!python/object/apply:shutil.copyfile "
        f'["{project.root}/evidence/int/{word}.md", "{project.root}/evidence/pub/notes.txt"]\n',
    )


@pytest.mark.parametrize(
    ("inherit", "said"),
    [
        ("INHERIT: evidence/.nav.yml", READS_NAV),
        ("<<: {INHERIT: evidence/.nav.yml}", READS_NAV),
        ("INHERIT: !!python/object/new:str [evidence/.nav.yml]", "INHERIT is written with a Python tag, which MkDocs"),
    ],
)
def test_a_file_under_evidence_that_mkdocs_yml_inherits_is_refused_below_internal(
    project: Project, inherit: str, said: str
) -> None:
    """INHERIT reads a file as mkdocs.yml is read, Python tags and all, before any plugin runs: one under evidence/
    (named as a file other plugins read, so neither published nor warned of) copied an internal item over a file a
    public item attaches, and both doors passed (a hostile review). It is refused below internal, as a hook there
    is; one outside evidence/ is the organisation's own. Written in a YAML merge key (`<<:`), which MkDocs follows
    as it follows INHERIT itself, it got round the refusal (another hostile review), and so did a path MkDocs makes
    by running a Python tag (a third): which file that is cannot be known before the build."""
    word = canary("inherit")
    _copying_nav_file(project, word)
    project.write("mkdocs.yml", inherit + "\n" + MKDOCS_YML)
    sites = build_all(project, refused="unsafe-setting", at="mkdocs.yml:1")
    assert "pub/notes.txt" in sites["internal"].where(word)
    (refused,) = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert (refused.path, refused.line) == ("mkdocs.yml", 1)
    assert refused.message.startswith(said)
    project.write("shared.yml", (project.root / "evidence/.nav.yml").read_text())
    project.write("mkdocs.yml", "INHERIT: shared.yml\n" + MKDOCS_YML)
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == [], "a file of its own folder"


def test_an_inherit_through_a_link_and_dots_is_read_as_mkdocs_reads_it(project: Project, tmp_path: Path) -> None:
    """MkDocs tidies an INHERIT's path before it opens it ("lnk/../shared.yml" is the project's shared.yml, whatever
    lnk leads to); the check opened it through the link, another folder's shared.yml, so pymdownx.snippets reading
    evidence/, which builds below internal refuse, passed the check, and the public PDF printed a snippet's line
    naming a withheld item (a hostile review). The widest build holds the item, as the snippet puts it in."""
    word = canary("inheritdots")
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", body=f'--8<-- "evidence/int/{word}.md"\n'))
    project.write("shared.yml", "markdown_extensions:\n  - pymdownx.snippets\n")
    (tmp_path / "elsewhere" / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere" / "shared.yml").write_text("site_description: Another folder's settings\n")
    (project.root / "lnk").symlink_to(tmp_path / "elsewhere" / "sub")
    project.write("mkdocs.yml", "INHERIT: lnk/../shared.yml\n" + MKDOCS_YML)
    for audience in ("accreditor", "public"):
        refused = [p for p in project.problems(audience) if p.code == "unsafe-setting"]
        assert refused and "pymdownx.snippets" in refused[0].message, (audience, refused)
        assert project.check_in_process("--audience", audience).code == 1
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(project.root)  # where MkDocs runs, in a project's CI: snippets read from there
        public, internal = project.build(audience="public"), project.build(audience="internal")
    assert public.failed and word not in (public.all_output() if public.site.exists() else "")
    assert not internal.failed and word in internal.html("pub/open/"), internal.log


def test_a_file_under_evidence_inherited_through_a_file_in_utf_16_is_refused_below_internal(project: Project) -> None:
    """MkDocs reads a YAML file saved in UTF-16 (by its byte order mark); the build's check of what INHERIT reads
    read only UTF-8, so the chain stopped there, and a file under evidence/ it named copied an internal item into
    the public site (a hostile review)."""
    word = canary("utfsixteen")
    _copying_nav_file(project, word)
    project.write("base.yml", "INHERIT: evidence/.nav.yml\n".encode("utf-16"))
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + MKDOCS_YML)
    sites = build_all(project, refused="unsafe-setting", at="base.yml:1")
    assert "pub/notes.txt" in sites["internal"].where(word)


def test_a_meta_file_that_materials_meta_plugin_gives_to_a_page_beside_its_folder_is_refused(project: Project) -> None:
    """The meta plugin gives evidence/sg/.meta.yml's keys to every page whose path starts with "sg", so to
    evidence/sg-policy.md too: the description of a folder of internal items was in a public page's head, its
    search entry and the tags (a hostile review)."""
    word = canary("metaprefix")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n"))
    project.write("evidence/sg/.meta.yml", f"description: {word} case notes\ntags: [{word}tag]\n")
    project.write("evidence/sg/notes.md", item("Case notes"))
    project.write("evidence/sg-policy.md", "# Safeguarding policy\n\nOur policy.\n")
    sites = build_all(project, refused="unsafe-setting", at="evidence/sg/.meta.yml:1")
    assert "sg-policy/index.html" in sites["internal"].where(word)


def test_the_portfolio_plugin_on_twice_is_refused(project: Project) -> None:
    """A second `- portfolio` for the internal audience wrote its portfolio.json, data and search index over the
    public build's (a hostile review)."""
    word = canary("twice")
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write(f"evidence/int/{word}.md", item(f"{word} title"))
    assert "int/" + word + "/index.html" in Site.read("internal", project.build(audience="internal")).where(word)
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - portfolio:\n", "  - portfolio:\n      audience: public\n", 1))
    project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "  - portfolio:\n      audience: internal\n"
    )
    refused = [p for p in project.problems() if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 13)], refused  # the second entry's line
    result = project.build()
    assert result.failed and any("mkdocs.yml:13: error: " in line for line in result.log), result.log
    assert Site.read("public", result).where(word) == []


def test_an_audience_written_with_a_python_tag_is_read_by_the_command_as_by_mkdocs(project: Project) -> None:
    """MkDocs reads `audience: !!python/str public` as "public"; the command read the tag as nothing, so the
    default, internal: `portfolio pdf` made an internal PDF of a public portfolio (a hostile review)."""
    project.write(
        "mkdocs.yml", MKDOCS_YML.replace("  - portfolio:\n", "  - portfolio:\n      audience: !!python/str public\n")
    )
    project.write(f"evidence/int/{canary('pythontag')}.md", item("Internal"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    assert project.build().portfolio["audience"] == "public"
    report = json.loads(project.command("report", str(project.root), "--format", "json").stdout)
    assert (report["audience"], report["items"]) == ("public", 1)
    widest = project.command("report", str(project.root), "--format", "json", "--audience", "internal").stdout
    assert json.loads(widest)["items"] == 2


def test_gh_deploy_of_a_portfolio_inside_materials_group_plugin_is_refused(project: Project, tmp_path: Path) -> None:
    """Material's group plugin tells the plugins it holds that the command is a build: the portfolio inside it did
    not know it was deployed, and pushed the internal site to gh-pages (a hostile review). Refused in any build."""
    word, remote = _deployable(project, tmp_path)
    grouped = MKDOCS_YML.replace(
        "  - portfolio:\n      framework: framework.yml\n      as_of: 2026-11-27\n",
        "  - group:\n      enabled: true\n      plugins:\n        - portfolio:\n            framework: framework.yml\n"
        "            as_of: 2026-11-27\n",
    )
    assert grouped != MKDOCS_YML
    project.write("mkdocs.yml", grouped)
    refused = [p for p in project.problems() if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in refused] == [("mkdocs.yml", 9)] and "group plugin" in refused[0].message
    done = _gh_deploy(project, "internal")
    assert done.returncode != 0 and "mkdocs.yml:9: error: the portfolio plugin is inside" in done.stderr, done.stderr
    assert _git("for-each-ref", cwd=remote).stdout == "", "something was pushed"
    site = project.root / "site"
    assert not site.exists() or Site.read("none", BuildResult(False, [], site)).where(word) == []
    project.write("mkdocs.yml", MKDOCS_YML)
    assert word in project.build(audience="internal").all_output()


def test_a_meta_file_named_like_evidence_is_refused(project: Project) -> None:
    """`meta_file: data.yml` made Material's meta plugin read an unpublished evidence/.../data.yml and give its
    text to the public page beside it (a hostile review); a meta file named with a dot is never evidence."""
    word = canary("metafilename")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta:\n      meta_file: data.yml\n"))
    project.write("evidence/pub/files/data.yml", f"description: {word} figures\n")
    project.write("evidence/pub/files/note.md", "# A plain public page\n\nText.\n")
    sites = build_all(project, refused="unsafe-setting", at="mkdocs.yml:10")
    assert "pub/files/note/index.html" in sites["internal"].where(word)


def test_a_meta_file_whose_folder_starts_a_generated_pages_name_is_refused(project: Project) -> None:
    """evidence/case-studies/.meta.yml, a folder of internal items: the meta plugin gave its keys to the generated
    case-studies page too, the description of internal work in a public page's head (a hostile review)."""
    word = canary("metagenerated")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n"))
    project.write("evidence/case-studies/.meta.yml", f"description: {word} budget cuts\n")
    project.write("evidence/case-studies/note.md", item("Note"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    sites = build_all(project, refused="unsafe-setting", at="evidence/case-studies/.meta.yml:1")
    assert "case-studies/index.html" in sites["internal"].where(word)
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert "also to the page the portfolio generates at case-studies/" in refused[0].message


@pytest.mark.parametrize(
    ("folder", "options"),
    [
        ("blog/arch", ""),  # the archive, blog/archive/2026
        ("blog/cat", ""),  # a category, blog/category/news
        ("blog/archive", ""),  # a folder the archive's pages are made in
        ("blog/notes", "\n      archive_url_format: 'notes-{date}'"),  # the blog's own options
        ("archive", "\n      archive_url_format: '../archive/{date}'"),  # outside the blog (a hostile review)
    ],
)
def test_a_meta_file_whose_folder_starts_the_name_of_a_page_the_blog_makes_is_refused(
    project: Project, folder: str, options: str
) -> None:
    """The meta plugin gave evidence/blog/arch/.meta.yml's keys, a folder of internal items, to the archive page the
    blog makes at blog/archive/2026: its description in that page's head, and its subtitle in the navigation of
    every public page (a hostile review). The blog makes its pages after the portfolio has read its own, so they
    were not compared with the folder's name; they are now, by the start the blog's options give their paths."""
    word = canary("metablogview")
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", f"  - tags\n  - meta\n  - blog:{options}\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/blog/posts/hello.md", "---\ndate: 2026-01-02\ncategories: [News]\n---\n# Hello\n\nHi.\n")
    project.write(f"evidence/{folder}/.meta.yml", f"description: {word} internal folder\nsubtitle: {word} sub\n")
    project.write(f"evidence/{folder}/note.md", item("Note"))
    sites = build_all(project, refused="unsafe-setting", at=f"evidence/{folder}/.meta.yml:1")
    assert sites["internal"].where(word)
    refused = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert "also to the pages the blog generates at " in refused[0].message, refused


def test_a_meta_file_of_the_blog_itself_or_of_its_posts_is_no_clash(project: Project) -> None:
    """The blog's own folder and its posts' hold the pages the blog makes, or none of them: their meta files are
    given as ever, to every audience."""
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - meta\n  - blog\n"))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write("evidence/blog/.meta.yml", "description: Our news\n")
    project.write("evidence/blog/posts/.meta.yml", "authors: []\n")
    project.write("evidence/blog/posts/hello.md", "---\ndate: 2026-01-02\n---\n# Hello\n\nHi.\n")
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    built = project.build(audience="public")
    assert not built.failed and "Our news" in (built.site / "blog/archive/2026/index.html").read_text("utf-8")


@pytest.mark.parametrize(
    ("extensions", "line"),
    [
        # an extension listed twice: python-markdown runs the last entry, and only the first was checked
        ("  - pymdownx.b64: {base_path: images}\n  - pymdownx.b64:B64Extension: {base_path: evidence}\n", 13),
        (
            "  - pymdownx.emoji:\n      options: {custom_icons: [icons]}\n"
            "  - pymdownx.emoji:EmojiExtension:\n      options: {custom_icons: [evidence]}\n",
            14,
        ),
        # a restriction turned off as python-markdown reads it (0, "off", "no", null), not only `false`
        ("  - pymdownx.b64: {base_path: images, restrict_path: 'off'}\n", 13),
        ("  - pymdownx.snippets: {base_path: [snippets], restrict_base_path: null}\n", 13),
        ("  - pymdownx.snippets: {base_path: [snippets], restrict_base_path: 'no'}\n", 13),
        # custom icons from a glob pattern (Material expands it) or a tuple, and snippets that download
        ("  - pymdownx.emoji:\n      options: {custom_icons: ['evidenc?']}\n", 14),
        ("  - pymdownx.emoji:\n      options: {custom_icons: !!python/tuple [evidence]}\n", 14),
        ("  - pymdownx.emoji:\n      options: {custom_icons: [!relative $config_dir/evidence]}\n", 14),
        ("  - pymdownx.snippets: {base_path: [snippets], url_download: true}\n", 13),
        # an extension the portfolio does not know to read no file
        ("  - admonition\n  - zensical.extensions.include_markdown\n", 14),
        ("  - toc:\n      permalink: true\n  - 'mdx_include':\n      base_path: evidence\n", 15),
    ],
)
def test_markdown_extensions_that_may_read_evidence_are_refused_below_internal(
    project: Project, extensions: str, line: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each was let through by a hostile review: a public page showed an internal item or attachment. Refused in
    builds narrower than internal, at the first line of mkdocs.yml that names the extension (or its option); the
    internal build is not refused. Run from the project's folder, as MkDocs is (an extension reads a relative
    folder from there: from another portfolio's, this one's repository, its items would be refused too)."""
    monkeypatch.chdir(project.root)
    project.write("mkdocs.yml", MKDOCS_YML + "markdown_extensions:\n" + extensions)
    assert MKDOCS_YML.count("\n") == 11
    for audience in ("public", "accreditor"):
        refused = [p for p in project.problems(audience=audience) if p.code == "unsafe-setting"]
        assert [f"{p.path}:{p.line}" for p in refused] == [f"mkdocs.yml:{line}"], [str(p) for p in refused]
    assert not [p for p in project.problems(audience="internal") if p.code == "unsafe-setting"]


def test_the_extensions_materials_documentation_recommends_are_allowed_in_a_public_build(project: Project) -> None:
    """Default deny for Markdown extensions must not refuse the ones Material's own documentation sets up."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML
        + "markdown_extensions:\n"
        + "".join(
            f"  - {name}\n"
            for name in (
                "abbr",
                "admonition",
                "attr_list",
                "def_list",
                "footnotes",
                "md_in_html",
                "toc",
                "tables",
                "pymdownx.arithmatex",
                "pymdownx.betterem",
                "pymdownx.caret",
                "pymdownx.critic",
                "pymdownx.details",
                "pymdownx.highlight",
                "pymdownx.inlinehilite",
                "pymdownx.keys",
                "pymdownx.mark",
                "pymdownx.smartsymbols",
                "pymdownx.superfences",
                "pymdownx.tabbed",
                "pymdownx.tasklist",
                "pymdownx.tilde",
                "pymdownx.blocks.caption",
                "pymdownx.emoji",
                "markdown.extensions.smarty",
            )
        ),
    )
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    assert not [str(p) for p in project.problems(audience="public") if p.code == "unsafe-setting"]
    assert not project.build(audience="public", strict=True).failed


@pytest.mark.parametrize("order", ["typeset-first", "portfolio-first"])
def test_the_headings_typeset_copies_into_the_table_of_contents_are_sealed(project: Project, order: str) -> None:
    """Material's typeset plugin copies each heading's HTML into the table of contents, outside the content the seal
    reads: listed before the portfolio (a hostile review), it copied a link to a withheld item and a withheld
    attachment as written. They are sealed as the content is, whatever the order."""
    word = canary("typeset")
    project.write(f"evidence/int/{word}.md", item(f"{word} title", extra=f"attachments: [files/{word}-budget.pdf]"))
    project.write(f"evidence/int/files/{word}-budget.pdf", "%PDF-1.4 budget")
    project.write(
        "evidence/about.md",
        f"# About\n\n## Budget [details](int/{word}.md) ![scan](int/files/{word}-budget.pdf)\n\nText.\n",
    )
    # A page whose title is its first heading: typeset shows it in the navigation of every page, 404.html's too.
    project.write("evidence/zz-plans.md", f"# Plans [in full](int/{word}.md) for 2026\n\nText.\n")
    project.write("evidence/notes.md", "---\ntitle: Notes\n---\nText.\n")
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  - portfolio:", "  - typeset\n  - portfolio:")
        if order == "typeset-first"
        else MKDOCS_YML + "  - typeset\n",
    )
    sites = build_all(project)
    assert sites["internal"].where(word), "the widest build holds the canary"
    about = sites["internal"].result.html("about/")
    assert 'class="md-typeset"' in about and "Budget" in about, "typeset wrote the table of contents"
    assert word in sites["internal"].result.html("notes/"), "and the navigation, with the heading's link"
    for audience in ("public", "accreditor"):
        assert sites[audience].where(word) == [], audience
        assert "Budget details" in " ".join(re.sub(r"<[^>]+>", " ", sites[audience].result.html("about/")).split())


PLUGINS_FROM_THE_ENVIRONMENT = {
    "the-list": (
        "plugins: !ENV [SITE_PLUGINS, [search, tags, {portfolio: {framework: framework.yml, as_of: 2026-11-27}}]]\n",
        "mkdocs.yml",
        6,
        {"SITE_PLUGINS": ""},  # empty reads as nothing: MkDocs' own default, search alone
    ),
    "a-name": (
        "plugins:\n  - search\n  - ? !ENV [PLUGIN_NAME, portfolio]\n    : framework: framework.yml\n"
        "      as_of: 2026-11-27\n",
        "mkdocs.yml",
        8,
        {"PLUGIN_NAME": "meta"},
    ),
    "the-inherited-file": (
        "INHERIT: !ENV [PLUGIN_SET, plugins-on.yml]\n",
        "mkdocs.yml",
        6,
        {"PLUGIN_SET": "plugins-off.yml"},
    ),
}


@pytest.mark.parametrize("case", PLUGINS_FROM_THE_ENVIRONMENT)
def test_plugins_chosen_by_an_environment_variable_are_refused_by_both_doors(
    project: Project, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    """An !ENV tag that decides which plugins run (a hostile review): the check, in its own environment, saw the
    portfolio plugin on, and a build (or gh-deploy) with the variable set ran MkDocs alone, every page published.
    Both doors refuse it at its line, whatever the variable; set, it builds the public site with the canary in it,
    which is why the check, which CI runs first, must refuse it."""
    word = canary("environment-plugins")
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    written, path, line, environment = PLUGINS_FROM_THE_ENVIRONMENT[case]
    head = MKDOCS_YML.split("plugins:")[0]
    if case == "the-inherited-file":
        project.write("plugins-on.yml", MKDOCS_YML)
        project.write("plugins-off.yml", head + "plugins:\n  - search\n")
        project.write("mkdocs.yml", head + written)
    else:
        project.write("mkdocs.yml", head + written)
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    # (the file it may INHERIT, a configuration without the plugin itself, is one too: `mkdocs build -f` it)
    alone = [("plugins-off.yml", 2, "error")] if case == "the-inherited-file" else []
    assert [(p.path, p.line, p.severity) for p in found] == [(path, line, "error"), *alone], found
    assert "an environment variable (!ENV) decides here which plugins a build runs" in found[0].message
    built = project.build(audience="public")
    assert built.failed and word not in (built.all_output() if built.site.exists() else "")
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    widest = project.build(audience="public")
    assert not widest.failed and word in widest.all_output(), "the variable set, MkDocs alone publishes every page"


def test_another_configuration_inheriting_mkdocs_yml_without_the_plugin_is_refused(project: Project) -> None:
    """`other.yml` INHERITing mkdocs.yml with plugins of its own, the portfolio plugin not among them: `mkdocs build
    -f other.yml` published every item, and the check passed (an engine review). Both doors refuse it at its
    `plugins:` line; listing the plugin there mends it."""
    word = canary("other-configuration")
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    project.write("other.yml", "INHERIT: mkdocs.yml\nplugins:\n  - search\n")
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line, p.severity) for p in found] == [("other.yml", 2, "error")], found
    said = "so `mkdocs build -f other.yml` (or `mkdocs gh-deploy -f`) would publish every Markdown file under evidence/"
    assert said in found[0].message
    built = project.build(audience="public")
    assert built.failed and any("other.yml:2: error" in line for line in built.log), built.log
    out = project.root / "other-site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", "other.yml", "-d", str(out)],
        cwd=project.root,
        check=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert any(word in path.as_posix() for path in out.rglob("*")), "other.yml builds with MkDocs alone"
    project.write("other.yml", "INHERIT: ./mkdocs.yml\nplugins:\n  - search\n  - portfolio\n")
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    project.write("configs/public.yaml", "# for the public site\nINHERIT: '../mkdocs.yml'\nplugins: [search]\n")
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in found] == [("configs/public.yaml", 3)], found
    assert "`mkdocs build -f configs/public.yaml` (or `mkdocs gh-deploy -f`) would publish" in found[0].message
    # each builds with the plugin, or builds another folder (a false-positive review)
    project.write("configs/public.yaml", "INHERIT: ../mkdocs.yml\nplugins:\n  - search\n  - portfolio  # withholds\n")
    project.write(
        "configs/accreditor.yml", 'INHERIT: ../mkdocs.yml\nplugins:\n  - "portfolio":\n      as_of: 2026-11-27\n'
    )
    project.write("guide.yml", "INHERIT: mkdocs.yml\ndocs_dir: handbook\nplugins: [search]\n")
    head, _ = MKDOCS_YML.split("plugins:")
    project.write("mkdocs.yml", head + "plugins:\n  search: {}\n  portfolio:\n    framework: framework.yml\n")
    project.write("offline.yml", "INHERIT: mkdocs.yml\nplugins:\n  offline: {}\n")  # merged, as MkDocs merges it
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    # through a file between them, in a dot-folder, two folders down (a second engine review)
    project.write("a.yml", "INHERIT: mkdocs.yml\n")
    project.write("b.yml", "INHERIT: a.yml\nplugins: [search]\n")
    project.write(".ci/public.yml", "INHERIT: ../mkdocs.yml\ndocs_dir: ../evidence\nplugins: [search]\n")
    project.write("configs/ci/public.yml", "INHERIT: ../../mkdocs.yml\ndocs_dir: ../../evidence\nplugins: [search]\n")
    found = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert found == [(".ci/public.yml", 3), ("b.yml", 2), ("configs/ci/public.yml", 3)], found


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("other.yml", "INHERIT: mkdocs.yml\ndocs_dir: evidence/int\nplugins:\n  - search\n", 3),
        ("cfg/o.yml", "INHERIT: ../mkdocs.yml\ndocs_dir: ..\nplugins: [search]\n", 3),
        ("other.yml", "INHERIT: mkdocs.yml\ndocs_dir: !ENV DOCS\nplugins: [search]\n", 3),
        ("other.yml", '"INHERIT": mkdocs.yml\nplugins: [search]\n', 2),
        ("other.yml", "{INHERIT: mkdocs.yml, plugins: [search]}\n", 1),
        ("other.yml.orig", "INHERIT: mkdocs.yml\nplugins: [search]\n", 2),
        ("preview.yml", "site_name: Quick preview\ndocs_dir: evidence\n", 2),
        ("configs/preview.yaml", "site_name: Quick preview\ndocs_dir: ../evidence/int\nplugins: [search]\n", 2),
        # any name, a key written with an escape, UTF-16, through another file, an INHERIT from the environment
        ("preview.json", '{"site_name": "x", "docs_dir": "evidence"}\n', 1),
        ("preview", "site_name: x\ndocs_dir: evidence\n", 2),
        ("escaped.yml", 'site_name: x\n"docs\\x5fdir": evidence\n', 2),
        ("wide.yml", "\ufeffsite_name: x\ndocs_dir: evidence\n".encode("utf-16-le").decode("latin-1"), 2),
        ("child.yml", "INHERIT: shared-base.yml\ndocs_dir: evidence\n", 2),
        ("env.yml", "INHERIT: !ENV [UNSET_IN_THE_TEST, mkdocs.yml]\nplugins: [search]\n", 1),
        ("handbook.yml", "site_name: Handbook\ndocs_dir: handbook\n", 2),  # (its folder links to evidence/)
        # its keys' letters escaped; beside pages that look like a built site's (a review of the change)
        ("letters.yml", '"\\x73ite_name": Preview\n"\\x64ocs_dir": evidence\n', 2),
        ("letters.json", '{"\\u0064ocs_dir": "evidence", "site_name": "x"}\n', 1),
        ("built/mkdocs.yml", "site_name: Preview\ndocs_dir: ../evidence\n", 2),
        # any ending, a key escaped behind `? `, a line broken inside a key, a file padded past 1 MB (a hostile review)
        ("preview.cfg", "site_name: Preview\ndocs_dir: evidence\n", 2),
        ("explicit.yml", '? "site\\x5fname"\n: Preview\n? "docs\\x5fdir"\n: evidence\n', 3),
        ("broken.yml", '? "site\\\n  _name"\n: Preview\n? "docs\\\n  _dir"\n: evidence\n', 4),
        ("padded.yml", "# " + "x" * 1_000_010 + "\nsite_name: Preview\ndocs_dir: evidence\n", 3),
        # the plugin listed but off: the plugins a variable names, Material's group off or without `enabled: true`
        # (its default is off), `enabled` a variable's (a hostile review: each built every item, the check passing)
        ("variable.yml", "site_name: E\ndocs_dir: evidence\nplugins: !ENV [portfolio, [search]]\n", 2),
        (
            "group-off.yml",
            "site_name: G\ndocs_dir: evidence\nplugins:\n  - group:\n      enabled: false\n"
            "      plugins: [portfolio]\n",
            2,
        ),
        ("group.yml", "site_name: G\ndocs_dir: evidence\nplugins:\n  - group:\n      plugins: [portfolio]\n", 2),
        (
            "maybe.yml",
            "site_name: I\ndocs_dir: evidence\nplugins:\n  - portfolio:\n      enabled: !ENV [PREVIEW, true]\n",
            2,
        ),
    ],
)
def test_another_configuration_building_evidence_without_the_plugin_is_refused_however_written(
    project: Project, name: str, text: str, line: int
) -> None:
    """Configurations that would build evidence/, or a folder of it, without the plugin passed the check: one
    INHERITing mkdocs.yml whose docs_dir is a folder inside evidence/, a folder holding it or an environment
    variable's, its INHERIT quoted or in braces, or named other.yml.orig (`mkdocs build -f` reads any name), and a
    configuration of its own (a site_name) whose docs_dir is evidence/: `mkdocs gh-deploy -f preview.yml` put every
    internal item on the public site (a hostile review). Each is refused at its line, by every build (the widest
    too: such a file publishes everything); a configuration of another folder, or with the plugin, is none."""
    word = canary("other-settings")
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    project.write("shared-base.yml", "site_name: Shared\n")  # (a configuration of its own only as child.yml's base)
    project.write(name, text.encode("latin-1") if name == "wide.yml" else text)
    if name == "built/mkdocs.yml":
        project.write("built/index.html", "<p>Home</p>\n")
        project.write("built/sitemap.xml", "<urlset/>\n")
    if name == "handbook.yml":
        project.write("handbook/index.md", "# Handbook\n")
        (project.root / "handbook/old-evidence").symlink_to("../evidence", target_is_directory=True)
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line, p.severity) for p in found] == [(name, line, "error")], found
    assert f"`mkdocs build -f {name}` (or `mkdocs gh-deploy -f`) would publish every Markdown file" in found[0].message
    if name == "env.yml":
        assert found[0].message.endswith("write the file INHERIT reads, and docs_dir, as plain names"), found[0]
    internal = project.build(audience="internal")
    assert internal.failed and any(f"{name}:{line}: error" in entry for entry in internal.log), internal.log
    if name == "preview.yml":  # what it builds, with MkDocs alone
        out = project.root / "preview-site"
        subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "-q", "-f", name, "-d", str(out)],
            cwd=project.root,
            check=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
        assert any(word in path.as_posix() for path in out.rglob("*")), "preview.yml builds every item"
    if name == "handbook.yml":
        (project.root / "handbook/old-evidence").unlink()
    project.write(name, "site_name: Handbook\ndocs_dir: handbook\n")
    project.write(name.replace(".y", "-2.y"), "INHERIT: mkdocs.yml\nplugins: [search, portfolio]\n")
    grouped = (
        "site_name: G\ndocs_dir: evidence\nplugins:\n  - group:\n      enabled: true\n      plugins: [portfolio]\n"
    )
    project.write(name.replace(".y", "-3.y"), grouped)  # (Material's group, on, runs the plugin)
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []


def test_an_item_in_a_folder_another_configuration_builds_is_an_error_of_that_configuration(project: Project) -> None:
    """An internal item linked (or copied) into a handbook's folder, which handbook.yml builds without the plugin,
    was told "outside evidence/, so no build publishes it", and `mkdocs build -f handbook.yml` published it (a
    hostile review). The configuration is refused at its docs_dir, naming the item; the item's warning no longer
    says no build publishes it; the widest build holds the item."""
    word = canary("handbook-item")
    project.write(f"evidence/int/{word}.md", item("Minutes", maps_to="partnerships/plan", body=f"{word}\n"))
    project.write("handbook/index.md", "# Handbook\n")
    os.link(project.root / f"evidence/int/{word}.md", project.root / "handbook/minutes.md")
    project.write("handbook.yml", "site_name: Handbook\ndocs_dir: handbook\ntheme: material\n")
    problems = project.problems("public")
    (refused,) = [p for p in problems if p.code == "unsafe-setting"]
    assert (refused.path, refused.line, refused.severity) == ("handbook.yml", 2, "error"), refused
    assert "whose docs_dir holds handbook/minutes.md, an item (type: evidence)" in refused.message
    assert refused.message.endswith("move the item to evidence/handbook/minutes.md"), refused.message
    (outside,) = [p for p in problems if p.code == "item-outside-evidence"]
    assert "so no build of the portfolio publishes it" in outside.message, outside.message
    internal = project.build(audience="internal")
    assert internal.failed and any("handbook.yml:2: error" in entry for entry in internal.log), internal.log
    (project.root / "handbook.yml").unlink()
    (outside,) = [p for p in project.problems("public") if p.code == "item-outside-evidence"]
    assert "so no build publishes it" in outside.message and not [
        p for p in project.problems("public") if p.code == "unsafe-setting"
    ]
    assert word in project.build(audience="internal").html(f"int/{word}/")


@pytest.mark.parametrize(
    ("base", "preview"),
    [
        (  # Material's group on in the base, off in the file that INHERITs it (a hostile review)
            "plugins:\n  group:\n    enabled: true\n    plugins:\n      portfolio:\n        audience: public\n",
            "plugins:\n  group:\n    enabled: false\n",
        ),
        (  # the plugin off in the base, its options given again above (a review of the change)
            "plugins:\n  search: {}\n  portfolio:\n    enabled: false\n",
            "plugins:\n  portfolio:\n    audience: internal\n",
        ),
        (  # the group's list of plugins replaced, its `enabled: true` kept (a review of the change)
            "plugins:\n  group:\n    enabled: true\n    plugins: [portfolio]\n",
            "plugins:\n  group:\n    plugins: [search]\n",
        ),
        (  # the group written twice in one file: YAML keeps the last (a hostile review)
            "",
            "plugins:\n  group:\n    enabled: true\n    plugins: [portfolio]\n  group:\n    enabled: false\n",
        ),
    ],
)
def test_a_configuration_whose_plugins_merged_along_inherit_leave_the_plugin_off_is_refused(
    project: Project, base: str, preview: str
) -> None:
    """MkDocs merges a file's plugins into those of the file it INHERITs key by key, however deep: the plugin (or
    Material's group holding it) turned off by either was taken to be on, and `mkdocs build -f preview.yml` published
    every item, the check passing. Each is refused at preview.yml's docs_dir; the same files with the plugin on are
    not."""
    word = canary("merged-off")
    project.item(f"int/{word}.md", f"title: {word}\ntype: evidence\nmaps_to: people/plan\ndate: 2026-01-01")
    project.write("base.yml", base or "theme: {name: material}\n")
    project.write("preview.yml", f"INHERIT: base.yml\nsite_name: Preview\ndocs_dir: evidence\n{preview}")
    found = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert found == [("preview.yml", 3)], found
    internal = project.build(audience="internal")  # (such a file publishes everything: every build stops)
    assert internal.failed and any("preview.yml:3: error" in entry for entry in internal.log), internal.log
    project.write(
        "preview.yml", "INHERIT: base.yml\nsite_name: Preview\ndocs_dir: evidence\nplugins: [search, portfolio]\n"
    )
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    assert word in project.build(audience="internal").all_output()  # (the widest build holds it: a test of something)


def test_mkdocs_yml_s_own_base_is_no_other_configuration_and_zensical_toml_may_not_build_evidence(
    project: Project,
) -> None:
    """A base.yml that mkdocs.yml INHERITs (its theme and plugins without the portfolio's, which mkdocs.yml adds)
    was refused in every build as a configuration of its own, told to be removed, which broke mkdocs.yml (a review
    of valid portfolios): it is mkdocs.yml's own. One that is a configuration of its own, a site_name and a docs_dir
    of evidence/, built every item with `mkdocs build -f base.yml` (a hostile review): it is refused at its
    docs_dir, told to move it into mkdocs.yml. zensical.toml, whose guard's docs_dir names no folder, changed to
    build evidence/ published every item with `zensical build`, which runs no plugin, and the check passed (a
    hostile review): it is refused at its docs_dir's line, and so is another file of TOML that Zensical may be
    given (`zensical build -f preview.toml`)."""
    head, plugins = MKDOCS_YML.split("plugins:")
    project.write("base.yml", head + "plugins:\n  - search\n  - tags\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\nplugins:" + plugins)
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in found] == [("base.yml", 2)], found
    assert found[0].message.endswith("move its docs_dir (or its site_name) into mkdocs.yml"), found[0].message
    project.write("base.yml", head.replace("docs_dir: evidence\n", "") + "plugins:\n  - search\n  - tags\n")
    project.write("mkdocs.yml", "INHERIT: base.yml\ndocs_dir: evidence\nplugins:" + plugins)
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    assert not project.build(audience="public").failed
    project.write("preview.toml", '[project]\nsite_name = "x"\ndocs_dir = "evidence"\n')
    project.write("pyproject.toml", '[project]\nname = "our-portfolio"\n')
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in found] == [("preview.toml", 3)], found
    assert "`zensical build -f preview.toml` would publish" in found[0].message
    project.write("preview.toml", '[project]\nsite_name = "x"\n"docs\\u005fdir" = "evidence"\n')  # (a hostile review)
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in found] == [("preview.toml", 3)], found
    project.write("preview.toml", 'project = {site_name = "x", "docs\\u005fdir" = "evidence"}\n')  # (a review of that)
    found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
    assert [(p.path, p.line) for p in found] == [("preview.toml", 1)], found
    for written in ('"project".docs_dir = "evidence"\n', '"project".docs_dir = "evidence"\n[extra]\ny = "\\e"\n'):
        project.write("preview.toml", written)  # (its table's name quoted, read by Python or not: a third review)
        found = [p for p in project.problems("public") if p.code == "unsafe-setting"]
        assert [(p.path, p.line) for p in found] == [("preview.toml", 1)], (written, found)
    (project.root / "preview.toml").unlink()
    project.write("zensical.toml", '# guard\n[project]\nsite_name = "x"\ndocs_dir = "evidence"\n')
    found = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert found == [("zensical.toml", 4)], found
    project.write("zensical.toml", '[project]\nsite_name = "x"\ndocs_dir = "BUILT WITH MKDOCS"\n')
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    # TOML Python does not read, naming docs_dir in a comment, or with an escape in another value, is none (a review
    # of valid portfolios), and so is the guard so written
    project.write("pyproject.toml", '[project]\nname = "Caf\\u00e9"\n# mkdocs.yml sets docs_dir\nx = 1\nx = 2\n')
    project.write("zensical.toml", '[project]\nsite_name = "x \\e"\ndocs_dir = "BUILT WITH MKDOCS"\n')
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    # its key quoted, its value with an escape, or its folder holding a link to evidence/ (a review of the change)
    # or in TOML that Python does not read and Zensical does (`\\e`: a hostile review), its docs_dir plain or escaped
    for written in (
        '"docs_dir" = "evidence"',
        'docs_dir = "evid\\u0065nce"',
        'docs_dir = "evidence"\ncopyright = "\\e[0m"',
        '"docs\\u005fdir" = "evid\\u0065nce"\ncopyright = "\\e[0m"',
        'docs_dir = """evidence"""\ncopyright = "\\e[0m"',  # (a review of that: three quotes, another table's)
        'docs_dir = "evidence"\ncopyright = "\\e[0m"\n[extra]\ndocs_dir = "nothing"',
        'docs_dir = "site-docs"',
    ):
        project.write("zensical.toml", f'[project]\nsite_name = "x"\n{written}\n')
        if "site-docs" in written:
            project.write("site-docs/index.md", "# Docs\n")
            (project.root / "site-docs/ev").symlink_to("../evidence", target_is_directory=True)
        found = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
        assert found == [("zensical.toml", 3)], (written, found)
    # lists 5,000 deep, which Python's reader of TOML stops on in a traceback (a last review): read as written
    project.write(
        "zensical.toml", '[project]\nsite_name = "x"\ndocs_dir = "docs"\nx = ' + "[" * 5000 + "]" * 5000 + "\n"
    )
    assert [p for p in project.problems("public") if p.code == "unsafe-setting"] == []
    project.write("zensical.toml", '[project]\nsite_name = "x"\ndocs_dir = "site-docs"\n')
    # links in a loop, a NUL in another configuration's docs_dir: no traceback (a review of the change)
    (project.root / "loop").symlink_to("loop")
    (project.root / "site-docs/loop.md").symlink_to("loop.md")
    project.write("nul.yml", 'site_name: x\ndocs_dir: "a\\0b"\n')
    found = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert found == [("zensical.toml", 3)], found


def test_an_html_block_left_open_stops_every_build_however_a_fence_hides_it(project: Project) -> None:
    """A `<div>` the overview's introduction never closed made python-markdown read the rest of the pack as HTML,
    so a self-assessment's link to a withheld item showed as typed, its address in the pack and search index (a
    hostile review); each author's text was then closed at its end, but the closing missed a `<div>` after a fence
    python-markdown does not read as code (never closed, or closed by another kind of fence: a second hostile
    review), and on an item's own page nothing closed it. A block left open is now an error, at its line, in both
    doors and for every audience, the widest too; a fence python-markdown reads as code hides no block, and the
    pack's closing reads fences as python-markdown does."""
    word = canary("open-block")
    project.write(f"evidence/int/{word}.md", item("Plan", maps_to="partnerships/plan"))
    project.write(
        "evidence/sa.md",
        assessment("partnerships", "accreditor", f"## Plan\n\nSee [the draft](int/{word}.md) and the rest.\n"),
    )
    said = "evidence/index.md:{}: error: the HTML tag <div> on this line is never closed with </div>"
    for hidden in ("", "```\n\n", "````\n```\n\n", "  ```\n", "~~~\nsample\n```\n\n"):
        text = f'Welcome.\n\n{hidden}<div class="note">\nUnclosed.\n'
        project.write("evidence/index.md", "---\ntitle: Our portfolio\n---\n" + text)
        line = said.format(6 + hidden.count("\n"))
        assert [str(p)[: len(line)] for p in project.problems() if p.code == "unclosed-html"] == [line], hidden
        assert closed(text).endswith("\n</div>\n"), hidden
    checked = project.check_in_process()
    assert checked.code == 1 and [entry for entry in checked.lines if entry.startswith(line)], checked.lines
    for audience in AUDIENCES:
        built = project.build(audience=audience)
        assert built.failed and [entry for entry in built.log if line in entry], (audience, built.log)
    project.write("evidence/index.md", "---\ntitle: Our portfolio\n---\nWelcome.\n\n```\n<div>\n```\n")
    assert not [p for p in project.problems() if p.code == "unclosed-html"]  # in code: no block
    sites = build_all(project)
    assert sites["internal"].where(word), "the widest build holds the canary"
    for audience in ("accreditor", "public"):
        assert sites[audience].where(word) == [], audience


def test_fences_two_quoted_texts_leave_alone_do_not_pair_on_the_pack(project: Project) -> None:
    """Each quoted text closed its own HTML blocks, but a fence one text left alone (no code on its own page) was
    closed by a fence of the next, and the `</div>` between them became code: the next text's link to a withheld
    item showed as typed, its address in the accreditor's pack, search index and PDF, with each file passing its own
    check (a hostile review). A fence a quoted text leaves alone is kept from pairing: the link stays a link, which
    the seal takes out; the widest build, where the item is seen, holds it."""
    word = canary("typed-across")
    project.write(f"evidence/int/{word}.md", item("Draft", maps_to="partnerships/plan"))
    project.write("evidence/people/plan.md", item("Plan", visibility="public"))
    project.write("evidence/partnerships/plan.md", item("Plan", visibility="public", maps_to="partnerships/plan"))
    project.write(
        "evidence/sa-partnerships.md", assessment("partnerships", "accreditor", "## Plan\n\n<div>\n````\n</div>\n")
    )
    project.write(
        "evidence/sa-people.md", assessment("people", "public", f"## Plan\n\n````\n\nSee [the draft](int/{word}.md).\n")
    )
    assert [p for p in project.problems() if p.severity == "error"] == []  # each file is fine on its own
    sites = build_all(project)
    assert sites["internal"].where(word), "the widest build holds the canary"
    for audience in ("accreditor", "public"):
        assert sites[audience].where(word) == [], audience
    assert "See the draft." in " ".join(re.sub(r"<[^>]+>", " ", sites["accreditor"].page("print")).split())


def _withheld_draft_on_a_site(project: Project, word: str, attached: bool = False) -> None:
    """The scene of the tests of addresses shown as typed: a site_url, an internal item named `word` (`attached`:
    attaching int/files/`word`.pdf) and a public item of the same section."""
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://example.org/\n")
    extra = f"attachments: [files/{word}.pdf]" if attached else ""
    if attached:
        project.write(f"evidence/int/files/{word}.pdf", "%PDF-1.4\n")
    project.write(f"evidence/int/{word}.md", item("Draft", maps_to="partnerships/plan", extra=extra))
    project.write("evidence/partnerships/plan.md", item("Plan", visibility="public", maps_to="partnerships/plan"))


def test_a_link_a_page_shows_as_typed_leaves_it_out_and_stops_the_build(project: Project) -> None:
    """Markdown is not read inside a block of HTML: a link there to a withheld item showed as typed, its address
    (from the page's file, from the site's top, or from the page's address) in the page, the challenge page, the
    pack, the search index and the PDF; a stray `<code>` in a sentence hid another from the first version of this
    check, and so did a link written wrong, which is no link at all (a space before its address), and a withheld
    page's full address written out (a link in angle brackets keeps its words, its address): hostile reviews. The
    build reads each page as it is published: one showing a withheld address as typed text is left out, and the
    build stops with the error; the widest build, where the item is seen, goes ahead."""
    word = canary("typed-in-html")
    _withheld_draft_on_a_site(project, word)
    said = "error: this page would show the address of a page or file withheld"
    papers = "<details><summary>Papers</summary>\n\n- [The draft]({})\n\n</details>\n"
    bodies = [
        *(papers.format(f) for f in (f"/int/{word}/", f"../int/{word}/", f"https://example.org/int/{word}/")),
        "We wrap examples in <code> tags.\n\n" + papers.format(f"int/{word}.md"),
        f"See [the draft] (int/{word}.md), written with a space.\n",  # typed wrong: no link, an address
        f"See *[the draft]*(int/{word}.md) and [plan] : int/{word}.md in a sentence.\n",
        # a full address written out: a link in angle brackets, whose words are its address once the seal has
        # removed its link, in a sentence or in code; and as a reader sees it: a user name before the host,
        # slashes written as character references, an address split by a tag the reader does not see
        *(f"See <{f}>.\n" for f in (f"https://example.org/int/{word}/", f"https://staff@example.org/int/{word}/")),
        f"See https://example.org/int/{word}/. It says more, and `https://example.org/int/{word}/` in code.\n",
        f"See https:&#x2F;&#x2F;example.org&#x2F;int&#x2F;{word}&#x2F; or https://example.org/<wbr>int/{word}/.\n",
        f"See https://example&#46;org/int/{word}/, its host's dot a character reference.\n",
        f"Archived at https://web.archive.org/web/2026/https://example.org/int/{word}/ (one address in another).\n",
        f"Mirrors: https://example.org/a,https://example.org/int/{word}/\n",
        # a host in other letters, which browsers read as the site's: fullwidth, an ideographic full stop, a soft
        # hyphen (a hostile review)
        f"See https://\uff45xample.org/int/{word}/, https://example\u3002org/int/{word}/ in other letters.\n",
        f"See https://exam\u00adple.org/int/{word}/ with a soft hyphen.\n",
    ]
    for body in bodies:
        project.write("evidence/sa.md", assessment("partnerships", "public", "## Plan\n\n" + body))
        internal = project.build(audience="internal")
        assert not internal.failed and word in internal.all_output(), (body, internal.log)
        for audience in ("accreditor", "public"):
            built = project.build(audience=audience)
            named = [line for line in built.log if line.startswith("portfolio: evidence/sa.md:") and said in line]
            assert built.failed and named, (body, built.log)


def test_the_check_finds_a_withheld_address_a_page_would_show_as_typed_at_its_line(project: Project) -> None:
    """`portfolio check --audience public` passed a page that the public build then stopped on: a link inside a
    block of HTML, or written with a space before its address, shows its address as typed (a careless-user review).
    The check renders the pages whose Markdown may show one, and names the same error as the build, at the link's
    line (both said line 1); a page whose links are links passes, and the widest build and check hold the item."""
    word = canary("typed-checked")
    _withheld_draft_on_a_site(project, word)
    bodies = [
        (10, f"<details><summary>Papers</summary>\n\n- [The draft](../int/{word}.md)\n\n</details>\n"),
        (8, f"See [the draft] (../int/{word}.md), written with a space.\n"),
        (10, f"Our notes.\n\nSee `[the draft](../int/{word}.md)` in code.\n"),
        (8, f"See <https://example.org/int/{word}/>.\n"),
        (8, f"See https://example.org/int/{word}/ in a sentence.\n"),
        (8, f"See https://example.org/int/{word}\u200b/ with a zero-width space.\n"),  # (a third hostile review)
        # what the link scan reads otherwise than python-markdown (a second hostile review): slashes written as
        # character references, an indented code block, a fence of three closed by one of four (not closed)
        (8, f"See https:&#47;&#47;example.org/int/{word}/ now.\n"),
        (10, f"Text:\n\n    [x](../int/{word}.md)\n"),
        (13, f"Text:\n\n~~~\nA\n~~~~\n[x](../int/{word}.md)\n~~~~\n"),
        # a path in angle brackets, which Markdown makes no link of: shown as typed (a fourth hostile review)
        (8, f"See <../int/{word}.md> for the draft.\n"),
        (8, f"See <../int/{word}/> for the draft.\n"),
    ]
    _typed_stops_both_doors(project, word, bodies)
    project.write(
        "evidence/pub/note.md",
        item("Note", visibility="public", maps_to="partnerships/do", body=f"See [the draft](../int/{word}.md).\n"),
    )
    assert project.check_in_process("--audience", "public").code == 0
    assert not project.build(audience="public").failed


def test_a_tag_python_markdown_shows_as_typed_stops_the_build_and_the_check(project: Project) -> None:
    """A tag of raw HTML that python-markdown does not read as one is shown as typed, escaped, its URL as text: no
    space between two of its attributes, a comment inside it, a line of it starting with ">". Its link to a withheld
    item was no link to remove, and the public site showed the item's address (a second hostile review). It stops
    the build and the check, at the tag's line, as a Markdown link shown as typed does; a tag read as one passes."""
    word = canary("typed-tag")
    _withheld_draft_on_a_site(project, word)
    bodies = [
        (8, f'See <a href="../../int/{word}/"title="the draft">the draft</a>.\n'),
        (8, f'See <a href="../../int/{word}/" <!-- c --> >the draft</a>.\n'),
        (9, f'See <a\n  href="../../int/{word}/"\n>the draft</a>.\n'),
        (8, f'See <img src="https://example.org/int/{word}/"alt="x">.\n'),
    ]
    _typed_stops_both_doors(project, word, bodies)
    read = f'See <a href="../../int/{word}/" title="the draft">the draft</a>.\n'
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/do", body=read))
    assert project.check_in_process("--audience", "public").code == 0
    assert not project.build(audience="public").failed


def test_an_address_shown_as_typed_below_a_definition_of_it_stops_both_doors_at_its_own_line(project: Project) -> None:
    """An abbreviation's line (`*[A]: address`, where mkdocs.yml turns on no abbr: shown as typed) below a reference's
    definition of the same address, which shows nothing: the check read the definition's blanked address on to the
    next line's "*[A]:" as the address typed and passed the page the build stopped on, and both named the
    definition's line (a hostile review)."""
    word = canary("typed-below-definition")
    _withheld_draft_on_a_site(project, word)
    bodies = [
        (10, f"[u]: ../int/{word}.md\n\n*[A]: ../int/{word}.md\n"),
        (10, f'[u]: ../int/{word}.md "The draft"\n\n*[A]: ../int/{word}.md\n'),
    ]
    _typed_stops_both_doors(project, word, bodies)


def test_a_tag_shown_as_typed_stops_the_build_whatever_python_markdown_puts_inside_it(project: Project) -> None:
    """A tag python-markdown shows as typed is read as a reader sees it: Markdown inside it (`title="*a*"`, its
    `<em>`, or code), a title of over 2,000 characters before its URL, smarty's curly quotes around the URL, and a
    tag in a highlighted code block (its spans, its `&quot;`) hid the withheld address from the build and the check,
    and the public site showed it (a review), as did a Markdown link in a highlighted block of Markdown. (A page
    of 300 KB of HTML shown as code is read in a moment, where a first version took 4.5 s: see docs/benchmarks.md.)"""
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    word = canary("typed-tag-inside")
    _withheld_draft_on_a_site(project, word)
    config = (project.root / "mkdocs.yml").read_text()
    extensions = "markdown_extensions:\n  - smarty\n  - pymdownx.highlight\n  - pymdownx.superfences\n"
    project.write("mkdocs.yml", config + extensions)
    bodies = [
        (8, f'See <a title="*a*"href="../../int/{word}/">the draft</a>.\n'),
        (8, f'See <a title="`a`"href="../../int/{word}/">the draft</a>.\n'),
        (8, f'See <a title="{"x" * 2100}"href="../../int/{word}/">the draft</a>.\n'),
        (8, f'See <a href="../../int/{word}/"title="the draft">the draft</a>.\n'),  # smarty's quotes
        (11, f'How to link:\n\n```html\n<a href="../../int/{word}/">the draft</a>\n```\n'),
        (11, f'How to link:\n\n```\n<a href="../../int/{word}/">the draft</a>\n```\n'),
        (11, f"How to link:\n\n```md\nSee [the draft](../int/{word}.md).\n```\n"),  # (its marks in spans)
        (11, f"How to link:\n\n```md\n[draft]: ../int/{word}.md\n```\n"),
        # its marks as character references, on a page with no "=" (the check, reading no frame, passed it), and
        # a path from the folder of pages, on a site at its host's top (build and check passed it)
        (8, f"See [the draft]&#40;../int/{word}.md).\n"),
        (8, f"See [the draft&#93;(../int/{word}.md).\n"),
        (11, f"How to link:\n\n```md\n[the draft](/int/{word}.md)\n```\n"),
    ]
    _typed_stops_both_doors(project, word, bodies)
    project.write(
        "mkdocs.yml", config + extensions.replace("highlight\n", "highlight:\n      linenums_style: inline\n")
    )
    split = f'How to link:\n\n```md linenums="1"\nSee [the draft](\n  ../int/{word}.md)\n```\n'
    _typed_stops_both_doors(project, word, [(12, split)])  # (each line's number in the text, before the address)
    public = "How to link:\n\n```md\n[the plan](/partnerships/plan.md)\n```\n\nSee [plan]&#40;plan.md).\n"
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/do", body=public))
    assert project.check_in_process("--audience", "public").code == 0
    assert not project.build(audience="public").failed
    shown = "".join(f'<div class="row" id="r{n}"><span class="label">Name</span></div>\n' for n in range(3000))
    page = html.escape(f"{shown * 2}<p>", quote=False)  # HTML shown as code, naming nothing withheld
    assert assemble(load_settings(project.root, "public")).typed_addresses("pub/note.md", "pub/note/", page) == ()


def test_a_full_address_in_a_kept_links_words_title_or_alt_text_stops_both_doors(project: Project) -> None:
    """A withheld page's full address as the words of a link (ending them: `[https://site/x/](other.md)`, in `*`
    too, or `[address][ref]`), as a picture's alt text, or as the title of a link or picture to a published page:
    the build, where MkDocs writes the link's path from the page's address and the seal keeps it, stopped; the
    check passed it, reading the address on to "](" and rendering no page, or rendering the path as written, which
    leads nowhere from the page's address, so that the seal left out the link with its title (a review)."""
    word = canary("typed-in-kept-link")
    _withheld_draft_on_a_site(project, word)
    full = f"https://example.org/int/{word}/"
    bodies = [
        (8, f"See [{full}](../partnerships/plan.md) now.\n"),
        (8, f"See [{full}](https://other.example.net/) now.\n"),
        (8, f"See [*{full}*](https://other.example.net/) now.\n"),
        (8, f"![{full}](https://other.example.net/a.png)\n"),
        (8, f'[plan](../partnerships/plan.md "{full}")\n'),
        (8, f"[plan](../partnerships/plan.md '{full}')\n"),
        (10, f'[plan][p]\n\n[p]: ../partnerships/plan.md "{full}"\n'),
        (8, f"[{full}][p]\n\n[p]: ../partnerships/plan.md\n"),
        # (a link written wrong, its "](" closed by no link: the address read to it, and one before ")(", passed
        # both doors and showed on the public site; its slashes as references in a kept link's words passed the
        # check: a hostile review)
        (8, f"[a]b {full}](../partnerships/plan.md)\n"),
        (8, f"See {full})( now.\n"),
        (8, f"[see {full.replace('/', '&#47;')}](../partnerships/plan.md)\n"),
    ]
    _typed_stops_both_doors(project, word, bodies)
    kept = 'See [the plan](../partnerships/plan.md "The plan") and ![a chart](https://other.example.net/a.png).\n'
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/do", body=kept))
    assert project.check_in_process("--audience", "public").code == 0
    assert not project.build(audience="public").failed


def test_an_address_shown_as_typed_is_named_at_its_own_line_below_a_link_to_it(project: Project) -> None:
    """A definition whose address holds a space, which Markdown does not read, shows its address as typed: the
    error named the line of a real link above, to the same address, which shows nothing of it (a hostile review)."""
    word = canary("typed-below-a-link")
    _withheld_draft_on_a_site(project, word)
    bodies = [(12, f"A [draft](../int/{word}.md).\n\nG [ref][r]\n\n[r]: <../int/{word}.md >\n")]
    _typed_stops_both_doors(project, word, bodies)


def test_a_table_of_contents_label_showing_a_withheld_address_stops_both_doors_at_its_heading(project: Project) -> None:
    """A heading's `data-toc-label` (attr_list) is what the theme's table of contents shows beside the page, outside
    its content: a Markdown link written there with character references (`&#91;x&#93;(...)`, which a reader reads
    as `[x](...)`) passed the public build, and `portfolio check` read no label at all, passing the full address the
    build stopped on at the page's first line; a heading inside a `<div markdown>` too (a hostile review of
    md_in_html). Both doors now read the labels as the page's text, at the heading's line."""
    word = canary("toc-label")
    _withheld_draft_on_a_site(project, word)
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml").read_text() + "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - toc\n",
    )
    bodies = [
        (9, f'<div markdown>\n## Papers {{: data-toc-label="&#91;x&#93;(../int/{word}.md)" }}\n\nText.\n</div>\n'),
        (8, f'## Papers {{: data-toc-label="https://example.org/int/{word}/" }}\n\nText.\n'),
        (8, f'## Papers {{: data-toc-label="\\[x\\](../int/{word}.md)" }}\n\nText.\n'),
    ]
    _typed_stops_both_doors(project, word, bodies)


def test_a_table_of_contents_label_in_capitals_on_a_raw_heading_stops_both_doors(project: Project) -> None:
    """`<h2 markdown DATA-TOC-LABEL="...">`: md_in_html reads a raw heading's attributes' names in any case, and toc
    takes the label; the build stopped on it, and `portfolio check` read the page for no label (a hostile review)."""
    word = canary("toc-label-capitals")
    _withheld_draft_on_a_site(project, word)
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml").read_text() + "markdown_extensions:\n  - attr_list\n  - md_in_html\n  - toc\n",
    )
    label = f"&#91;x&#93;(../int/{word}.md)"
    bodies = [
        (8, f'<h2 markdown DATA-TOC-LABEL="{label}">Papers</h2>\n\nText.\n'),
        (9, f'<div markdown>\n<h2 markdown Data-Toc-Label="{label}">Papers</h2>\n\nText.\n'),
    ]
    _typed_stops_both_doors(project, word, bodies)


def test_a_front_matter_value_writing_a_withheld_address_with_character_references_stops_both_doors(
    project: Project,
) -> None:
    """Material prints a tag (the tags page, the search index) and the description (its meta tag) as written: a
    tag `&#91;x&#93;(../int/secret.md)` showed `[x](../int/secret.md)`, and a description
    `https:&#x2F;&#x2F;site&#x2F;int&#x2F;secret&#x2F;` was the full address in the public page's head; neither was
    read, having no "]" nor "//" (a hostile review). Both doors now stop at the key's line."""
    word = canary("front-matter-reference")
    _withheld_draft_on_a_site(project, word)
    reference = f'"&#91;x&#93;(../int/{word}.md)"'
    cases = [  # (the key's line, the title, the other keys)
        (7, "Note", f"tags: [{reference}]"),
        (7, "Note", f'description: "https:&#x2F;&#x2F;example.org&#x2F;int&#x2F;{word}&#x2F;"'),
        (2, reference, ""),  # (MkDocs prints a title escaped: refused all the same)
    ]
    pages = [
        (line, item(title, visibility="public", maps_to="partnerships/do", extra=extra)) for line, title, extra in cases
    ]
    _shown_page_stops_both_doors(project, word, pages)


def _typed_stops_both_doors(project: Project, word: str, bodies: list[tuple[int, str]]) -> None:
    """Each of `bodies`, on a public page: see _shown_page_stops_both_doors."""
    pages = [(line, item("Note", visibility="public", maps_to="partnerships/do", body=body)) for line, body in bodies]
    _shown_page_stops_both_doors(project, word, pages)


def _shown_page_stops_both_doors(project: Project, word: str, pages: list[tuple[int, str]]) -> None:
    """Each of `pages`, a public page's file, stops `portfolio check --audience public` and the public build, both at
    its line (given first), the build holding nothing of `word`; the internal check passes it, and the internal
    build holds `word`."""
    for line, page in pages:
        project.write("evidence/pub/note.md", page)
        said = f"evidence/pub/note.md:{line}: error: this page would show the address of a page or file withheld"
        checked = project.check_in_process("--audience", "public")
        assert checked.code == 1 and [entry for entry in checked.lines if entry.startswith(said)], (page, checked.lines)
        built = project.build(audience="public")
        assert built.failed and [entry for entry in built.log if entry.startswith("portfolio: " + said)], built.log
        assert word not in built.all_output(), page
        assert project.check_in_process("--audience", "internal").code == 0, page
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output(), internal.log


def _named_once_by_both_doors(project: Project, said: str, word: str) -> None:
    """`said` is the one error `portfolio check --audience public` names, and the public build, which holds nothing
    of `word`."""
    checked = project.check_in_process("--audience", "public")
    named = [line for line in checked.lines if ": error: " in line]
    assert checked.code == 1 and len(named) == 1 and named[0].startswith(said), checked
    built = project.build(audience="public")
    errors = [entry for entry in built.log if ": error: " in entry]
    assert built.failed and len(errors) == 1 and errors[0].startswith("portfolio: " + said), built.log
    assert word not in (built.all_output() if built.site.exists() else "")


def test_another_sites_address_of_a_withheld_file_shown_as_text_is_named_at_its_line_by_both_doors(
    project: Project,
) -> None:
    """The address of another site's copy of a withheld item (the repository's page of its file, an intranet's copy
    of the site) as the words of a link, which the seal removed as it removes the link to any such copy, or in a
    sentence: the words, the item's path, were published, and both doors passed (a hostile review). Each is named at
    its line; a link to the repository itself is none, nor is another site's page whose address ends as a withheld
    page's two-part path does (`/policies/safeguarding`, a review of the change); the widest build shows them."""
    word = canary("elsewhere")
    _withheld_draft_on_a_site(project, word)
    project.write(f"evidence/int/board/{word}-b.md", item("Board", maps_to="partnerships/plan"))
    project.write("evidence/policies/safeguarding.md", item("Safeguarding", maps_to="partnerships/plan"))
    blob = f"https://github.com/org/repo/blob/main/evidence/int/{word}.md"
    copy = f"https://intranet.example.net/portfolio/int/board/{word}-b/"
    body = (
        f"Our papers are at <https://github.com/org/repo>.\n\nThe draft: <{blob}>.\n\n"
        f"Staff copy: [{copy}]({copy})\n\nOr see {copy} on the intranet, and "
        "<https://www.cpsu.org.uk/policies/safeguarding>.\n"
    )
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/plan", body=body))
    start = 8  # the body's first line
    said = "error: this page would show the address of a page or file withheld from this build as typed text"
    checked = project.check_in_process("--audience", "public")
    named = [line for line in checked.lines if said in line]
    expected = [f"evidence/pub/note.md:{start + 2}:", f"evidence/pub/note.md:{start + 4}:"]
    assert checked.code == 1 and [line.split(" error")[0] for line in named] == expected, checked
    assert f'("{blob}")' in named[0] and f'("{copy}")' in named[1]
    built = project.build(audience="public")
    assert built.failed and [e for e in built.log if said in e] == [f"portfolio: {line}" for line in named], built.log
    assert word not in (built.all_output() if built.site.exists() else "")
    internal = project.build(audience="internal")
    assert not internal.failed and blob in internal.html("pub/note/"), internal.log


def test_a_quoted_text_showing_a_withheld_address_is_named_once_at_its_line_by_both_doors(project: Project) -> None:
    """A self-assessment's section text, which the challenge page and the pack quote, with a link to a withheld item
    inside a block of HTML: `portfolio check` named it once, at its line, and the build named it there and again at
    "the page challenges/partnerships/:1" and "the page accreditation-pack/:1", pages with no file to mend (the
    fuzz of check against the build). Both doors now name the line alone; the quoting pages are still left out,
    and the widest build holds the item."""
    word = canary("typed-quoted")
    _withheld_draft_on_a_site(project, word)
    body = f'## Plan\n\nOur plan.\n\n<div markdown="0">\nSee [the draft](int/{word}.md)\n</div>\n'
    project.write("evidence/sa.md", assessment("partnerships", "public", body))
    _named_once_by_both_doors(project, "evidence/sa.md:14: error: this page would show the address of a page", word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html("challenges/partnerships/"), internal.log


@pytest.mark.parametrize(
    ("glightbox", "html"),
    [
        (False, '<span title="https://example.org/int/{w}/&quot;x">x</span>'),
        (False, '<span data-x="&lt;a href=&quot;https://example.org/int/{w}/&quot;&gt;draft">x</span>'),
        # glightbox writes the page again, `<` and `"` of an attribute as character references
        (True, '<a class="glightbox" href="#" data-x=\'<a href="https://example.org/int/{w}/">d</a>\'>x</a>'),
        # its slashes as references in an attribute, a closing curly quote or guillemet after it, a zero-width space
        # (a second hostile review)
        (False, '<span title="https:&#x2F;&#x2F;example.org&#x2F;int&#x2F;{w}&#x2F;">x</span>'),
        (False, "See \u201chttps://example.org/int/{w}/\u201d in text."),
        (False, "See \u00abhttps://example.org/int/{w}/\u00bb in text."),
        (False, '<span title="https://example.org/int/{w}/&#x201D;x">x</span>'),
        (False, '<span title="https://example.org/int/{w}/&#8203;">x</span>'),
        # a mark past ASCII after it, one no one sees inside it in an attribute, backslashes (a final review)
        (False, "See https://example.org/int/{w}/\u2014the draft."),
        (False, "\u898b\u3066https://example.org/int/{w}/\u3002"),
        (False, "See https://example.org/int/{w}/\u2066x."),
        (False, '<span title="https://example.org/int/{w}&#8203;/">x</span>'),
        (False, "See `https:\\\\example.org\\int\\{w}\\` here."),
    ],
)
def test_a_full_address_in_an_attribute_ended_by_a_character_reference_is_named(
    project: Project, glightbox: bool, html: str
) -> None:
    """A withheld item's full address in an attribute, followed by a character reference that ends it (`&quot;`,
    `&lt;`) and more text, was read with those characters as part of its path, which named nothing: the build and
    the check passed it; with glightbox on, which writes `<a href="...">` inside an attribute as `&lt;a
    href=&quot;...`, any such address in an attribute passed the build (a hostile review). Both doors now name it at
    its line; the widest build holds it."""
    word = canary("typed-reference")
    _withheld_draft_on_a_site(project, word)
    if glightbox:
        project.write(
            "mkdocs.yml", (project.root / "mkdocs.yml").read_text().replace("  - tags\n", "  - tags\n  - glightbox\n")
        )
    project.write("evidence/about.md", "# About\n\n" + html.format(w=word) + "\n")
    _named_once_by_both_doors(project, "evidence/about.md:3: error: this page would show the address of a page", word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html("about/"), internal.log


def test_the_overviews_introduction_showing_a_withheld_address_is_named_at_its_line_by_both_doors(
    project: Project,
) -> None:
    """evidence/index.md, the introduction the overview quotes, showing a withheld item's full address: the build
    stopped at its line, and the check passed it, reading only the pages published as pages (a hostile review)."""
    word = canary("typed-intro")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/index.md", f"# Welcome\n\nSee https://example.org/int/{word}/ for the draft.\n")
    _named_once_by_both_doors(project, "evidence/index.md:3: error: this page would show the address of a page", word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html(""), internal.log


@pytest.mark.parametrize(
    "title",
    [
        "See https://example.org/int/{w}/",
        "[The draft](int/{w}.md)",
        "See https:&#47;&#47;example.org&#47;int&#47;{w}&#47;",  # the theme prints it as HTML: a browser reads "/"
        "[The draft]({w}.md)",  # from the page of evidence/int/ it is shown on
        "See https://example.org/int/{w}&#8203;/",  # a zero-width space, which no reader sees
        'The \\"draft\\" at https://example.org/int/{w}/',  # named at its line, though written with escapes
    ],
)
def test_a_nav_title_showing_a_withheld_address_is_named_at_its_line_by_both_doors(
    project: Project, title: str
) -> None:
    """A title of mkdocs.yml's `nav` that shows a withheld item's address: the theme prints it into every page, so
    the build left every page out and stopped, naming the first page "in what the theme shows around it"; the
    check passed it, and the PDF printed it as a plain page's title, in the accreditor's and the public's (a
    hostile review); one with "&#47;" for its slashes, or a Markdown link's path from a page of another folder,
    passed both doors (another). Both doors now name the nav's line, once; the PDF is refused; the widest build
    holds it."""
    word = canary("navtitle")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/about.md", "# About\n")
    project.write("evidence/int/open.md", "---\nvisibility: public\n---\n# Open notes\n")
    written = title.format(w=word)
    project.write(
        "mkdocs.yml", (project.root / "mkdocs.yml").read_text() + f'nav:\n  - index.md\n  - "{written}": about.md\n'
    )
    said = "mkdocs.yml:15: error: the nav's title on this line would show the address of a page or file withheld"
    _named_once_by_both_doors(project, said, word)
    pdf = project.command("pdf", str(project.root), "--audience", "accreditor", "-o", str(project.root / "a.pdf"))
    assert pdf.code == 1 and not (project.root / "a.pdf").exists(), pdf.stderr
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html("about/"), internal.log


def test_a_nav_an_inherited_file_writes_is_named_in_that_file(project: Project) -> None:
    """A `nav` written in the file mkdocs.yml INHERITs: its title showing a withheld address, and an entry naming no
    page, were named at mkdocs.yml:1, a line of a file without a nav (a known gap). Each is named at its line of the
    inherited file, by both doors; the widest build holds the title."""
    word = canary("inheritednav")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/about.md", "# About\n")
    written = (project.root / "mkdocs.yml").read_text()
    nav = f'nav:\n  - index.md\n  - "See https://example.org/int/{word}/": about.md\n  - Ghost: ghost.md\n'
    project.write("base.yml", written + nav)
    project.write("mkdocs.yml", "INHERIT: base.yml\n")
    said = "base.yml:15: error: the nav's title on this line would show the address of a page or file withheld"
    _named_once_by_both_doors(project, said, word)
    ghost = "base.yml:16: warning: the nav names a page on this line that is not under evidence/"
    assert [line for line in project.check_in_process("--audience", "public").lines if line.startswith(ghost)]
    internal = project.build(audience="internal")
    assert word in internal.html("about/") and any(ghost in line for line in internal.log), internal.log


def test_a_title_or_description_showing_a_withheld_address_withholds_its_page(project: Project) -> None:
    """A page's title is shown as it is written, in the navigation of every page, the window's title, the listings
    and the search index: a plain page titled with a link to a withheld item showed its address on every page of the
    public site (a hostile review), and a description showed it in each page's head. The page is withheld and the
    error is at the field's line, in `portfolio check` and the build alike; the widest build holds it."""
    word = canary("typed-title")
    _withheld_draft_on_a_site(project, word)
    fronts = [
        (2, f'title: "About [the draft](int/{word}.md)"\n'),
        (2, f'title: "About \\x5Bthe draft\\x5D(int/{word}.md)"\n'),  # YAML's escapes write the brackets
        (3, f"title: About us\ndescription: Our plans, as in https://example.org/int/{word}/\n"),
        (3, f'title: About us\n"see https://example.org/int/{word}/": yes\n'),  # a key, quoted by a warning
    ]
    for line, front in fronts:
        project.write("evidence/about.md", f"---\n{front}---\nWho we are.\n")
        assert [p for p in project.problems("internal") if p.code == "typed-link"] == []
        for audience in ("accreditor", "public"):
            found = [(p.path, p.line, p.severity) for p in project.problems(audience) if p.code == "typed-link"]
            assert found == [("evidence/about.md", line, "error")], (front, audience)
        checked = project.check_in_process("--audience", "public")
        assert checked.code == 1 and [
            entry
            for entry in checked.lines
            if entry.startswith(f"evidence/about.md:{line}: error: this page would show")
        ], checked.lines
        sites = {audience: project.build(audience=audience) for audience in AUDIENCES}
        assert not sites["internal"].failed and word in sites["internal"].all_output(), front
        for audience in ("accreditor", "public"):
            built = sites[audience]
            assert built.failed and [entry for entry in built.log if f"evidence/about.md:{line}: error" in entry]
            assert word not in (built.all_output() if built.site.exists() else ""), audience


def test_a_tag_typed_in_a_field_showing_a_withheld_address_is_named_at_its_line_by_both_doors(
    project: Project,
) -> None:
    """A partner's name written as raw HTML, `<img src="...">` with a withheld file's address, is shown as typed on
    the item's page, the library and the partners' page: `portfolio check` passed it, and the build stopped at the
    line after the front matter and at two pages naming no file, telling to make it a link (a hostile review). Both
    doors name it at its key's line and tell to take the address out of the field; the widest build shows it."""
    word = canary("typedtag")
    _withheld_draft_on_a_site(project, word, attached=True)
    project.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            extra=f"partners: ['<img src=\"../int/files/{word}.pdf\">']",
        ),
    )
    said = (
        f"evidence/pub/open.md:7: error: this page would show the address of a page or file withheld from this build "
        f'as typed text ("../int/files/{word}.pdf")'
    )
    fix = 'the page is left out of this build until the address is taken out of "partners", which is shown as typed'
    assert [p for p in project.problems("internal") if p.code == "typed-link"] == []
    for audience in ("accreditor", "public"):
        found = [(p.path, p.line) for p in project.problems(audience) if p.code == "typed-link"]
        assert found == [("evidence/pub/open.md", 7)], (audience, found)
    checked = project.check_in_process("--audience", "public")
    told = [line for line in checked.lines if line.startswith(said)]
    assert checked.code == 1 and len(told) == 1 and fix in told[0], checked.lines
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and word in internal.html("pub/open/"), internal.log
    assert public.failed and [line for line in public.log if line.startswith(f"portfolio: {said}")], public.log
    assert not [line for line in public.log if "the page library/" in line], public.log
    assert word not in (public.all_output() if public.site.exists() else "")
    # an address in angle brackets, no tag's attribute (a second hostile review: the check passed it)
    project.write(
        "evidence/pub/open.md",
        item(
            "Open", visibility="public", maps_to="partnerships/plan", extra=f"partners: ['<../int/files/{word}.pdf>']"
        ),
    )
    found = [(p.path, p.line) for p in project.problems("public") if p.code == "typed-link"]
    assert found == [("evidence/pub/open.md", 7)], found


def test_every_withheld_address_a_page_shows_as_typed_is_named_in_one_run(project: Project) -> None:
    """Only the first withheld address a page showed as typed was named, in its fields or in its text: an author
    mended one a run (a hostile review). Each key, and each address of the text, is named at its own line by both
    doors; the widest build shows them."""
    word = canary("everytyped")
    _withheld_draft_on_a_site(project, word, attached=True)
    fields = f"summary: 'See [the note](../int/{word}.md)'\nauthors: ['[a](../int/{word}.md)']"
    body = f"<details><summary>s</summary>\n[one](../int/{word}.md)\n\n[two](../int/files/{word}.pdf)\n</details>\n"
    for extra, lines in ((fields, [7, 8]), ("", [9, 11])):
        project.write(
            "evidence/pub/open.md",
            item("Open", visibility="public", maps_to="partnerships/plan", extra=extra, body=body),
        )
        for audience in ("accreditor", "public"):
            checked = project.check_in_process("--audience", audience).lines
            found = [
                int(line.split(":")[1])
                for line in checked
                if line.startswith("evidence/pub/open.md:") and ": error: " in line
            ]
            assert found == lines, (audience, checked)
        public = project.build(audience="public")
        logged = [line for line in public.log if line.startswith("portfolio: evidence/pub/open.md:")]
        assert [int(line.split(":")[2]) for line in logged if ": error: " in line] == lines, public.log
        assert word not in (public.all_output() if public.site.exists() else "")
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html("pub/open/"), internal.log


def test_a_tag_typed_in_a_nav_title_showing_a_withheld_address_is_named_at_its_line(project: Project) -> None:
    """A nav title written as a tag, `<a href="...">`, with a withheld page's address: the theme shows it as typed
    text (inert) on every page, which both doors passed (a review of the change). It is named at its line of
    mkdocs.yml; the widest build shows it."""
    word = canary("navtag")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/about.md", "# About\n")
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml").read_text()
        + f"nav:\n  - index.md\n  - '<a href=\"/int/{word}/\">x</a>': about.md\n",
    )
    said = "mkdocs.yml:15: error: the nav's title on this line would show the address of a page or file withheld"
    _named_once_by_both_doors(project, said, word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html("about/"), internal.log


@pytest.mark.parametrize(
    ("written", "line", "what"),
    [
        ("site_description: 'Our evidence [the draft](int/{w}.md)'\n", 13, "site_description"),
        ("site_name: 'Riverside <img src=\"int/{w}/\">'\n", 1, "site_name"),
        ("site_author: '<https://example.org/int/{w}/>'\n", 13, "site_author"),
        ("markdown_extensions:\n  - toc:\n      title: '<a href=\"/int/{w}/\">x</a>'\n", 15, "toc extension's title"),
        ("markdown_extensions:\n  toc:\n    title: 'See https://example.org/int/{w}/'\n", 15, "toc extension's title"),
        ("copyright: 'Minutes at https://example.org/int/{w}/'\n", 13, "copyright"),
        (
            "extra:\n  social:\n    - {{icon: fontawesome/brands/github, link: 'https://github.com/x', "
            "name: 'Minutes at https://example.org/int/{w}/'}}\n",
            15,
            "text under extra's social",
        ),
        ("extra:\n  consent:\n    title: 'See [the draft](int/{w}.md)'\n", 15, "text under extra's consent"),
        (  # (a name that is an address alone: printed as the link's title, a review of the change)
            "extra:\n  social:\n    - {{icon: fontawesome/brands/github, link: 'https://github.com/x', "
            "name: 'https://example.org/int/{w}/'}}\n",
            15,
            "text under extra's social",
        ),
    ],
)
def test_a_text_mkdocs_yml_prints_on_every_page_showing_a_withheld_address_is_named_at_its_line(
    project: Project, written: str, line: int, what: str
) -> None:
    """The site's name, description or author, the toc's title, the copyright or a text of `extra` (a social
    link's name, the cookie notice's title), holding a withheld page's address as typed text (a Markdown link, a
    tag, an address in angle brackets, written out): the theme prints each on every page; the check passed, and the
    build either left every page out naming about.md, or published the address in every page's head (hostile
    reviews). Both doors name it at its line of mkdocs.yml; the widest build shows it."""
    word = canary("sitetext")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/about.md", "# About\n")
    settings = (project.root / "mkdocs.yml").read_text()
    if written.startswith("site_name:"):  # (in place of the one it has)
        settings = settings.replace("site_name: Test portfolio\n", "")
        written = written + settings
        settings = ""
    project.write("mkdocs.yml", settings + written.format(w=word))
    said = f"mkdocs.yml:{line}: error: the {what} on this line would show the address of a page or file withheld"
    _named_once_by_both_doors(project, said, word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output(), internal.log


@pytest.mark.parametrize("address", ["/int/{w}/", "https://example.org/int/{w}/"])
def test_a_copyright_linking_a_withheld_page_is_sealed_not_refused(project: Project, address: str) -> None:
    """mkdocs.yml's copyright is HTML, whose links are sealed on every page as a page's are: a link there to a
    withheld page is no error (its words stay, its address goes), by its full address too (a review of the change:
    the address in the link's href was taken for text); nor is such a link in a text of `extra` (the cookie
    notice's), nor a text of `extra` that a file mkdocs.yml INHERITs writes and mkdocs.yml replaces; the widest build
    links it."""
    word = canary("copyrightlink")
    _withheld_draft_on_a_site(project, word)
    href = address.format(w=word)
    project.write("base.yml", f"extra:\n  consent:\n    title: 'See https://example.org/int/{word}/'\n")
    project.write(
        "mkdocs.yml",
        "INHERIT: base.yml\n"
        + (project.root / "mkdocs.yml").read_text()
        + f"copyright: '<a href=\"{href}\">Minutes</a>'\n"
        + f"extra:\n  consent:\n    title: Cookies\n    description: 'See <a href=\"{href}\">the notes</a>'\n",
    )
    assert [p for p in project.problems("public") if p.severity == "error"] == []
    public = project.build(audience="public")
    assert not public.failed and word not in public.all_output(), public.log
    assert "Minutes" in public.html("partnerships/plan/")
    internal = project.build(audience="internal")
    assert not internal.failed and f'href="{href}"' in internal.html("partnerships/plan/"), internal.log


@pytest.mark.parametrize("template", ["main.html", "404.html"])
def test_a_theme_template_showing_a_withheld_address_stops_the_build(project: Project, template: str) -> None:
    """A template of the theme's custom_dir showing a withheld page's address as text around every page (main.html)
    or on the site's page for addresses not found (404.html), which no check reads: the build passed, every page of
    the public site blank (the first page in order, which names the error, was the pack's, a generated page quoting
    the others, whose errors are not named) and the 404 page showing the address (a hostile review). The build stops
    naming it; the widest build shows it."""
    word = canary("template-typed")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/sa.md", assessment("partnerships", "public", "## Plan\n\nOur plan.\n"))  # the pack quotes
    settings = (
        (project.root / "mkdocs.yml")
        .read_text()
        .replace("  name: material\n", "  name: material\n  custom_dir: overrides\n")
    )
    assert "custom_dir" in settings
    project.write("mkdocs.yml", settings)
    block = "footer" if template == "main.html" else "content"
    project.write(
        f"overrides/{template}",
        f'{{% extends "base.html" %}}{{% block {block} %}}<p>Minutes: https://example.org/int/{word}/</p>{{% endblock %}}\n',
    )
    public = project.build(audience="public")
    errors = [entry for entry in public.log if ": error: " in entry]
    assert public.failed and len(errors) == 1, public.log
    assert f'("https://example.org/int/{word}/"), in what the theme shows around it' in errors[0]
    assert word not in (public.all_output() if public.site.exists() else "")
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output(), internal.log


def test_a_link_in_a_theme_template_to_a_withheld_page_is_named_at_its_line(project: Project) -> None:
    """A template of the theme's custom_dir linking an internal page (a footer's "Staff: the minutes"), by its path
    from the site's top or its full address, in a srcset, a style's url(), `{{ '...' | url }}`, from a page of a
    folder (`../`) or in a refresh, published the link on every page, which the seal does not read, and both doors
    passed (reviews). Each is named at its line by both doors; an address the template
    makes as it renders (`{{ base_url }}`) is not read; the widest build links it."""
    word = canary("templatelink")
    _withheld_draft_on_a_site(project, word)
    settings = (
        (project.root / "mkdocs.yml").read_text().replace("  name: material\n", "  name: material\n  custom_dir: t\n")
    )
    project.write("mkdocs.yml", settings)
    project.write(
        "t/main.html",
        '{% extends "base.html" %}\n{% block footer %}\n'
        f"<p>Staff: <a href='/int/{word}/'>the minutes</a></p>\n"
        f'<p><a href="https://example.org/int/{word}/">again</a> <img src="{{{{ base_url }}}}/logo.png"></p>\n'
        f'<img srcset="/int/{word}/ 2x" alt="">\n'  # (a hostile review: each form below was published)
        f"<div style=\"background:url('/int/{word}/')\"></div>\n"
        f"<a href=\"{{{{ 'int/{word}/' | url }}}}\">as Material writes its links</a>\n"
        f'<a href="../int/{word}/">from a page of a folder</a>\n'
        f'<meta http-equiv="refresh" content="600;url=/int/{word}/">\n'
        "{{ super() }}{% endblock %}\n",
    )
    checked = project.check_in_process("--audience", "public")
    named = [line for line in checked.lines if ": error: " in line]
    assert checked.code == 1 and [line.split(": error")[0] for line in named] == [
        f"t/main.html:{line}" for line in range(3, 10)
    ], named
    assert f'this template of the theme links a page or file withheld from this build ("/int/{word}/")' in named[0]
    public = project.build(audience="public")
    assert public.failed and any("t/main.html:3: error" in entry for entry in public.log), public.log
    assert word not in (public.all_output() if public.site.exists() else "")
    internal = project.build(audience="internal")
    assert not internal.failed and f"href='/int/{word}/'" in internal.html("partnerships/plan/").replace('"', "'")


def test_another_sites_page_in_a_template_and_a_pyproject_naming_docs_dir_are_not_refused(project: Project) -> None:
    """A review of valid portfolios: a footer template linking the organisation's own website's
    `/policies/safeguarding/`, beside an internal evidence/policies/safeguarding.md, stopped the public build, and a
    pyproject.toml whose comment names docs_dir was read as Zensical's settings building the pages' folder. Neither
    is refused; the widest build holds the internal item."""
    project.write("evidence/policies/safeguarding.md", item("Safeguarding (staff)", maps_to="partnerships/plan"))
    settings = (
        (project.root / "mkdocs.yml").read_text().replace("  name: material\n", "  name: material\n  custom_dir: t\n")
    )
    project.write("mkdocs.yml", settings + "site_url: https://portfolio.riverside.org.uk/\n")
    project.write(
        "t/main.html",
        '{% extends "base.html" %}{% block footer %}'
        '<a href="https://www.riverside.org.uk/policies/safeguarding/">Our safeguarding statement</a>'
        "{{ super() }}{% endblock %}\n",
    )
    project.write("pyproject.toml", '[project]\nname = "our-portfolio"\n# the pages are in docs/ (docs_dir)\n')
    (project.root / "docs").symlink_to("evidence", target_is_directory=True)  # (the pages' folder under its name)
    assert [p for p in project.problems("public") if p.severity == "error"] == []
    public = project.build(audience="public")
    assert not public.failed and "Our safeguarding statement" in public.html(""), public.log
    internal = project.build(audience="internal")
    assert not internal.failed and "Safeguarding (staff)" in internal.html("policies/safeguarding/"), internal.log


def test_a_theme_text_in_a_file_mkdocs_yml_inherits_showing_a_withheld_address_is_named_there(
    project: Project,
) -> None:
    """A palette's toggle's name in base.yml, which mkdocs.yml INHERITs while writing a theme of its own (MkDocs
    merges the two): the check passed it, and the build left every page out naming about.md (a review of the
    change). Both doors name it at its line of base.yml."""
    word = canary("inheritedtheme")
    _withheld_draft_on_a_site(project, word)
    project.write("evidence/about.md", "# About\n")
    palette = f"  palette:\n    - toggle:\n        icon: material/brightness-7\n        name: '<https://example.org/int/{word}/>'\n"
    project.write("base.yml", f"theme:\n  name: material\n{palette}")
    project.write("mkdocs.yml", "INHERIT: base.yml\n" + (project.root / "mkdocs.yml").read_text())
    said = "base.yml:6: error: the theme's palette on this line would show the address of a page or file withheld"
    _named_once_by_both_doors(project, said, word)
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output(), internal.log
    # the toc's title in base.yml's mapping of extensions, which mkdocs.yml's mapping is merged into (a review)
    title = f"markdown_extensions:\n  toc:\n    title: 'See https://example.org/int/{word}/'\n"
    project.write("base.yml", "theme:\n  name: material\n" + title)
    project.write(
        "mkdocs.yml",
        (project.root / "mkdocs.yml").read_text()
        + "markdown_extensions:\n  admonition: {}\n  toc: {permalink: true}\n",
    )
    said = "base.yml:5: error: the toc extension's title on this line would show the address of a page or file"
    _named_once_by_both_doors(project, said, word)


@pytest.mark.parametrize("key", ["description", "subtitle", "tags"])
def test_a_meta_file_showing_a_withheld_address_is_an_error_at_its_line(project: Project, key: str) -> None:
    """Material's meta plugin gives a folder's pages the keys of its `.meta.yml`: one whose text was a withheld
    page's full address passed `portfolio check`, and the build stopped naming a page of the folder, or the pack's
    (a hostile review). It is an error at the meta file's line, in the check and the build alike; the widest build,
    where the page is seen, shows it."""
    word = canary("typed-meta-file")
    _withheld_draft_on_a_site(project, word)
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text().replace("  - tags\n", "  - tags\n  - meta\n"))
    value = f"https://example.org/int/{word}/"
    project.write("evidence/partnerships/.meta.yml", f"# our plans\n{key}: {[value] if key == 'tags' else value}\n")
    assert [p for p in project.problems("internal") if p.code == "typed-link"] == []
    said = (
        "evidence/partnerships/.meta.yml:2: error: Material's meta plugin gives this key to every page of this "
        "folder, where its text would show the address of a page or file withheld from this build as typed text "
        f'("{value}"); write it in words of its own, or take the address out'
    )
    for audience in ("accreditor", "public"):
        found = [(p.path, p.line) for p in project.problems(audience) if p.code == "typed-link"]
        assert found == [("evidence/partnerships/.meta.yml", 2)], (audience, found)
    checked = project.check_in_process("--audience", "public")
    assert checked.code == 1 and said in checked.lines, checked.lines
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert not internal.failed and word in internal.all_output(), internal.log
    assert public.failed and f"portfolio: {said}" in public.log, public.log
    assert word not in (public.all_output() if public.site.exists() else "")


def test_a_frame_showing_a_withheld_address_stops_the_build_and_leaves_no_page(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the theme puts around each page (here a template of the theme's custom_dir, which no check reads, a
    footer on every page) is read once more as the page is written: a withheld address it shows as typed text stops
    the build. The build had written
    most pages by then, the address in each: a build that stops empties its site folder (a hostile review), even in
    a process where Material's projects plugin has replaced MkDocs' way of emptying one with a function that does
    nothing (as this test's first version found, run after a test that loads it)."""
    import mkdocs.utils
    from material.plugins.projects.plugin import ProjectsPlugin

    monkeypatch.setattr(mkdocs.utils, "clean_directory", mkdocs.utils.clean_directory)  # put back afterwards
    ProjectsPlugin()
    word = canary("typed-frame")
    project.write(f"evidence/int/{word}.md", item("Draft", maps_to="partnerships/plan"))
    project.write("evidence/partnerships/plan.md", item("Plan", visibility="public", maps_to="partnerships/plan"))
    config = (
        (project.root / "mkdocs.yml").read_text().replace("  name: material\n", "  name: material\n  custom_dir: t\n")
    )
    project.write("mkdocs.yml", config)
    footer = f"<p>Drafts: [the draft](int/{word}.md)</p>"
    project.write("t/main.html", f'{{% extends "base.html" %}}{{% block footer %}}{footer}{{% endblock %}}\n')
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.html(""), internal.log
    said = (
        ":1: error: this page would show the address of a page or file withheld from this build as typed text "
        f'("int/{word}.md"), in what the theme shows around it and '
    )
    for audience in ("accreditor", "public"):
        built = project.build(audience=audience)
        named = [line for line in built.log if said in line]  # once, not once for each page (a session's note)
        assert built.failed and len(named) == 1 and "other pages (the navigation" in named[0], built.log
        assert not built.site.exists() or not any(built.site.rglob("*")), sorted(built.site.rglob("*"))[:5]


def test_an_address_made_of_dots_alone_is_resolved_however_short(project: Project) -> None:
    """The read for withheld addresses shown as typed skips an address none of whose parts is the last part of a
    withheld page's or file's path (resolving each as the seal does cost a build 4%), but not one of dots alone,
    which climbs to a folder of its own: "../" from a page inside a withheld page's folder leads to that page. A
    path to no page or file is not withheld, though a withheld page names it (its `maps_to: partnerships/plan`)."""
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.assemble import assemble

    word = canary("dots-alone")
    project.write(f"evidence/int/{word}/index.md", item("Draft", maps_to="partnerships/plan"))
    project.write(f"evidence/int/{word}/child.md", item("Child", visibility="public", maps_to="partnerships/plan"))
    shown = (
        "<p><code>[the draft](../)</code>, <code>[home](../../../)</code> and <code>[x](../../partnerships/)</code></p>"
    )
    uri, url = f"int/{word}/child.md", f"int/{word}/child/"
    for audience in ("accreditor", "public"):
        assert assemble(load_settings(project.root, audience)).typed_addresses(uri, url, shown) == ("../",), audience
    assert assemble(load_settings(project.root, "internal")).typed_addresses(uri, url, shown) == ()


def test_an_address_of_a_published_attachment_stops_no_build(project: Project) -> None:
    """A public item's attachment whose name a withheld page merely mentions (or a withheld item's file of the same
    name, in another folder) counted as withheld to the read for addresses shown as typed, although the public page
    links it and the site publishes it: a public build that showed its address stopped (a hostile review). The file
    is in the public site, and the build goes ahead; an internal file's address still stops it."""
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://example.org/\n")
    word = canary("attached-log")
    shown = f"`[the log](files/{word}.pdf)` and https://example.org/pub/files/{word}.pdf and <https://example.org/int/files/other.pdf>"
    project.item(
        "pub/open.md",
        f"title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-01\nvisibility: public\nattachments: [files/{word}.pdf]",
        f"Body, {shown.split(' and <')[0]}.\n",
    )
    project.write(f"evidence/pub/files/{word}.pdf", b"%PDF-1.4 log")
    project.item(
        "int/hidden.md",
        f"title: Hidden\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-02\nvisibility: internal\nattachments: [files/{word}.pdf, files/other.pdf]",
        f"The coaches logged this in {word}.pdf.\n",
    )
    project.write(f"evidence/int/files/{word}.pdf", b"%PDF-1.4 hidden log")
    project.write("evidence/int/files/other.pdf", b"%PDF-1.4 other")
    for audience in ("accreditor", "public"):
        built = project.build(audience=audience)
        assert not built.failed, (audience, built.log[-3:])
        assert (built.site / "pub" / "files" / f"{word}.pdf").read_bytes() == b"%PDF-1.4 log", audience
    project.item(
        "pub/open.md",
        f"title: Open\ntype: evidence\nmaps_to: partnerships/plan\ndate: 2026-05-01\nvisibility: public\nattachments: [files/{word}.pdf]",
        f"Body, {shown}.\n",
    )
    refused = project.build(audience="public")
    assert refused.failed and [line for line in refused.log if "int/files/other.pdf" in line and "typed text" in line]
    assert not project.build(audience="internal").failed


@pytest.mark.parametrize("drafts", ["", "\n      draft: true"])
def test_a_draft_post_the_blog_leaves_out_is_checked_as_the_build_reads_it(project: Project, drafts: str) -> None:
    """Material's blog leaves a post marked `draft: true` out of a build (unless its option `draft` renders drafts):
    the check stopped on a withheld address such a post shows, which the build never renders (a hostile review).
    The check and the build agree either way; the widest build holds the item. Where the blog renders drafts, the
    post's `draft: true` keeps it from no one, and it was published to everyone (another hostile review): it is an
    error, as the words of any other plain page meaning to keep it from the public are."""
    word = canary("typed-draft")
    _withheld_draft_on_a_site(project, word)
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config.replace("  - tags\n", f"  - tags\n  - blog:{drafts}\n"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write(
        "evidence/blog/posts/soon.md",
        f"---\ndate: 2026-01-02\ndraft: true\n---\n# Soon\n\nSee https://example.org/int/{word}/ soon.\n",
    )
    rendered = bool(drafts)
    checked = project.check_in_process("--audience", "public")
    unread = 'evidence/blog/posts/soon.md:3: error: "draft: true" is not read: only "visibility" keeps a page from'
    assert any(line.startswith(unread) for line in checked.lines) == rendered, checked.lines
    named = [line for line in checked.lines if line.startswith("evidence/blog/posts/soon.md:7: error: this page")]
    assert not named, checked.lines  # (a post that is not read renders nothing)
    built = project.build(audience="public")
    assert built.failed == rendered, built.log
    if rendered:  # as the message says
        post = (project.root / "evidence/blog/posts/soon.md").read_text()
        project.write("evidence/blog/posts/soon.md", post.replace("draft: true", "visibility: internal"))
        withheld = project.check_in_process("--audience", "public")
        assert not [line for line in withheld.lines if line.startswith("evidence/blog/posts/soon.md")], withheld.lines
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output()


def test_the_check_reads_what_pymdownx_snippets_puts_into_a_page(project: Project) -> None:
    """A snippet (a file outside evidence/) showing a withheld item's address stopped the public build, where the
    check, which left the snippets out of the pages it rendered, passed (a hostile review). The check renders them
    as the build does, from the folders they are read from; the widest build holds the item."""
    word = canary("typed-snippet")
    _withheld_draft_on_a_site(project, word)
    config = (project.root / "mkdocs.yml").read_text()
    snippets = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root}/snippets']\n"
    project.write("mkdocs.yml", config + snippets)
    project.write("snippets/contact.md", f"Contact: https://example.org/int/{word}/\n")
    body = 'Our contacts.\n\n--8<-- "contact.md"\n'
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/do", body=body))
    said = "evidence/pub/note.md:8: error: this page would show the address of a page or file withheld"  # its text
    checked = project.check_in_process("--audience", "public")
    assert checked.code == 1 and [line for line in checked.lines if line.startswith(said)], checked.lines
    built = project.build(audience="public")
    assert built.failed and [line for line in built.log if said in line], built.log
    assert project.check_in_process("--audience", "internal").code == 0
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output(), internal.log
    # a folder of snippets outside the project: the check reads no file there (the build, which the user's
    # mkdocs.yml tells to, stops on it)
    from evidence_portfolio.reading.settings import load_settings
    from evidence_portfolio.site.markdown import snippets_as_built

    assert snippets_as_built(load_settings(project.root, "public")) is not None
    outside = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root.parent}/elsewhere']\n"
    project.write("mkdocs.yml", config + outside)
    assert snippets_as_built(load_settings(project.root, "public")) is None


def test_a_page_the_check_cannot_render_is_left_to_the_build(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """The check renders a page that may show a withheld address as typed text; an extension failing on it (the
    build then stops there, saying why) does not stop the check with a traceback: its other problems are named."""
    import markdown

    word = canary("typed-unrendered")
    _withheld_draft_on_a_site(project, word)
    body = f"See `[the draft](../int/{word}.md)` in code.\n"
    project.write("evidence/pub/note.md", item("Note", visibility="public", maps_to="partnerships/do", body=body))
    assert project.check_in_process("--audience", "public").code == 1  # found, when the page renders

    def failing(self: markdown.Markdown, source: str) -> str:
        raise ValueError("an extension failed")

    monkeypatch.setattr(markdown.Markdown, "convert", failing)
    checked = project.check_in_process("--audience", "public")
    assert checked.code == 0 and "Traceback" not in checked.stderr, checked.lines
    assert project.check_in_process("--audience", "internal").code == 0


def _zip_unzip_opens(how: str, secret: bytes) -> bytes:
    """A zip holding `secret` that unzip unpacks and Python does not read as written (hostile reviews): its CRC-32,
    or its size, false where the zip lists them (unzip warns, and unpacks it); beside a member whose name is not in
    the encoding the zip says (Python cannot open the zip); or in a zip in it marked as encrypted."""
    import zipfile

    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("terms.txt", secret)
        if how.endswith("python-cannot-open"):
            archive.writestr("gala/caf\u00e9.jpg", b"\xff\xd8\xff photo")
    raw = zipped.getvalue()
    if how.endswith("checksum-false"):
        return raw.replace(zlib.crc32(secret).to_bytes(4, "little"), b"\x00\x01\x02\x03")
    if how.endswith("size-false"):
        size = len(secret).to_bytes(4, "little")
        return raw.replace(size + size, size + (len(secret) + 1).to_bytes(4, "little"))
    if how.endswith("python-cannot-open"):
        return raw.replace("caf\u00e9".encode(), b"caf\xe9X")
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("more-papers.zip", raw)
    flagged = bytearray(outer.getvalue())
    for start in (0, flagged.rindex(b"PK\x01\x02")):  # the bit saying it is encrypted, in both of its headers
        at = start + (6 if start == 0 else 8)
        flagged[at] |= 1
    return bytes(flagged)


@pytest.mark.parametrize(
    ("copy", "visibility"),
    [
        ("an-attachments-copy", "accreditor"),
        ("an-items-source-as-text", "internal"),
        ("front-matter-of-its-own", "accreditor"),
        ("a-short-attachments-copy", "accreditor"),
        ("front-matter-of-a-large-file", "accreditor"),
        ("front-matter-that-cannot-be-read", "internal"),
        ("an-attachments-copy-in-a-zip", "accreditor"),
        ("an-attachments-copy-in-a-zip-in-a-zip", "accreditor"),
        ("an-attachments-copy-in-a-zip-with-bytes-before-it", "accreditor"),
        ("an-attachments-copy-in-a-zip-its-checksum-false", "accreditor"),
        ("an-attachments-copy-in-a-zip-its-size-false", "accreditor"),
        ("an-attachments-copy-in-a-zip-python-cannot-open", "internal"),  # what it holds unknown: the narrowest's
        ("an-attachments-copy-in-a-zip-in-a-zip-encrypted", "internal"),
        ("an-items-source-in-a-zip", "internal"),
        ("an-items-source-in-a-zip-pdf-in-its-title", "internal"),
        ("an-items-source-in-a-zip-as-windows-writes-it-packed-otherwise", "internal"),
    ],
)
def test_a_copy_of_what_a_build_withholds_linked_from_a_public_page_goes_with_it(
    project: Project, copy: str, visibility: str
) -> None:
    """A hostile review copied an accreditor item's attachment under a new name in evidence/, and an internal
    item's source saved as .txt, and linked each from a public page: the check and every build passed, and the
    public site held them. A file that holds, byte for byte, what a page or a file withheld holds goes with it; so
    does a file not named as a page whose own front matter says it is kept from an audience, and a zip holding one
    of those, or a page whose front matter says so (a later hostile review zipped an internal item with its
    attachment, and attached the zip to a public item)."""
    import zipfile

    word = canary(f"copy-{copy}")
    secret = f"{word}: the payment terms of the partnership agreement, for the assessor alone.\n"
    name = f"files/{word}.zip" if "zip" in copy else "files/leaflet.txt"
    if copy == "a-short-attachments-copy":  # a door code: short texts are what such files hold (a second review)
        secret = f"{word} 4821#\n"
    zipped = io.BytesIO()
    if copy in ("an-attachments-copy", "a-short-attachments-copy") or copy.startswith("an-attachments-copy-in"):
        project.write("evidence/acc/files/agreement.txt", secret)
        project.write(
            "evidence/acc/agreement.md",
            item("Agreement", visibility="accreditor", extra="attachments: [files/agreement.txt]"),
        )
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("all the papers/terms.txt", secret)
        if copy.endswith("in-a-zip-in-a-zip"):
            inner, zipped = zipped.getvalue(), io.BytesIO()
            with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("2026/papers.zip", inner)
        raw = zipped.getvalue()
        if copy.endswith("bytes-before-it"):  # as a self-extracting zip starts: unzip opens it (a hostile review)
            raw = b"#!/bin/sh\nexit 0\n" + raw
        if copy.endswith(("checksum-false", "size-false", "python-cannot-open", "encrypted")):
            raw = _zip_unzip_opens(copy, secret.encode())
        project.write(f"evidence/pub/{name}", raw if "zip" in copy else secret)
    elif copy == "an-items-source-as-text":
        source = item("Safeguarding note", body=f"{secret}\n")
        project.write("evidence/int/note.md", source)
        project.write(f"evidence/pub/{name}", source)
    elif copy.startswith("an-items-source-in-a-zip"):  # stored, a PDF after it: the zip was read as that PDF
        title = "Notes on %PDF-1.7 files" if copy.endswith("title") else "Safeguarding note (draft)"
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_STORED) as archive:
            archive.writestr("notes/draft.md", item(title, body=f"{secret}\n").replace("\n", "\r\n"))
            archive.writestr("scan.pdf", b"%PDF-1.4\n%%EOF\n")
        if copy.endswith(
            "packed-otherwise"
        ):  # no copy byte for byte, its front matter not to be read (a hostile review)
            method = bytearray(zipped.getvalue())  # said packed as Deflate64, which unzip unpacks and Python does not
            for start in (0, method.rindex(b"PK\x01\x02", 0, method.rindex(b"PK\x01\x02"))):
                method[start + (8 if start == 0 else 10)] = 9
            zipped = io.BytesIO(bytes(method))
        project.write(f"evidence/pub/{name}", zipped.getvalue())
    elif copy == "front-matter-that-cannot-be-read":  # a colon in its title, saved in Windows' own encoding
        secret = secret.replace("for the assessor alone", "for the assessor alone, \xa340,000")
        text = f"\n---\ntitle: Board minutes: March\nvisibility: accreditor\n---\n{secret}"
        project.write(f"evidence/pub/{name}", text.encode("cp1252"))
    elif copy == "front-matter-of-its-own":  # not byte for byte: an edited copy, which says what it is
        project.write(f"evidence/pub/{name}", f"---\r\ntitle: Notes\r\nvisibility: Accreditor\r\n---\r\n{secret}")
    else:  # its front matter was not read past 5,000,000 bytes (a second review)
        project.write(f"evidence/pub/{name}", f"---\nvisibility: accreditor\n---\n{secret}" + "Filler.\n" * 640_000)
    project.write("evidence/pub/downloads.md", f"# Downloads\n\n- [The leaflet]({name})\n")
    assert [p for p in project.problems("public") if p.severity == "error"] == []
    sites = build_all(project)
    assert f"pub/{name}" in sites["internal"].where(word), "the copy tests nothing"
    assert (f"pub/{name}" in sites["accreditor"].where(word)) == (visibility == "accreditor")
    assert sites["public"].where(word) == [] and "the leaflet" in sites["public"].texts["pub/downloads/index.html"]


def test_a_zip_holding_a_copy_of_a_file_kept_by_its_own_front_matter_goes_with_it(project: Project) -> None:
    """A text whose own front matter keeps it from the public (an item's type, misspelt), and a zip holding a copy of
    it, both linked from a public page: the text was kept back, the zip published with it (a hostile review)."""
    import zipfile

    word = canary("zippedsaidfor")
    notes = f"---\ntitle: Staff notes\ntype: evidnce\n---\n\n{word}: the restructure's details.\n"
    project.write("evidence/pub/files/notes.txt", notes)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("notes-copy.txt", notes)
    project.write(f"evidence/pub/files/{word}.zip", zipped.getvalue())
    links = f"# Downloads\n\n- [Notes](files/notes.txt)\n- [All of it](files/{word}.zip)\n"
    project.write("evidence/pub/downloads.md", links)
    sites = build_all(project)
    assert f"pub/files/{word}.zip" in sites["internal"].where(word), "the zip tests nothing"
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []


@pytest.mark.parametrize("packed", ["", "gz", "xz", "bz2", "gz-cut-short", "innocent"])
def test_a_tar_holding_a_withheld_file_goes_with_it(project: Project, packed: str) -> None:
    """A hostile review tarred an accreditor item's attachment (and an internal item's source) and attached the tar
    to a public item: the check and every build passed, where a zip of them was told. A tar, packed or not, holding
    a withheld file byte for byte goes with it, and the item attaching it is told; one that cannot be read to its
    end is taken to hold what is withheld; a tar of public files is published with its public item."""
    import tarfile

    word = canary(f"tar-{(packed or 'plain').replace('2', 'two')}")
    secret = f"{word}: the payment terms of the partnership agreement, for the assessor alone.\n".encode()
    project.write("evidence/acc/files/agreement.txt", secret)
    project.write(
        "evidence/acc/agreement.md",
        item("Agreement", visibility="accreditor", extra="attachments: [files/agreement.txt]"),
    )
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode=f"w:{packed.split('-')[0] if packed != 'innocent' else ''}") as archive:
        for name, content in (("papers/readme.txt", b"Our papers.\n" * 50), ("papers/terms.txt", secret)):
            if packed == "innocent" and name.endswith("terms.txt"):
                content = content.replace(b"alone", b"ALONE")  # of the same size, not the same bytes
            entry = tarfile.TarInfo(name)
            entry.size = len(content)
            archive.addfile(entry, io.BytesIO(content))
    raw = tarred.getvalue()
    name = {"": f"files/{word}.tar", "innocent": f"files/{word}.tar", "gz-cut-short": f"files/{word}.tgz"}.get(
        packed, f"files/{word}.tar.{packed}"
    )
    project.write(f"evidence/pub/{name}", raw[: len(raw) // 2] if packed.endswith("cut-short") else raw)
    project.write(
        "evidence/pub/papers.md",
        item("Papers", visibility="public", maps_to="partnerships/do", extra=f"attachments: [{name}]"),
    )
    told = [str(p) for p in project.problems("public") if p.code == "shared-attachment"]
    project.write("evidence/pub/papers.md", f"# Papers\n\n- [All the papers]({name})\n")  # (linked: no error)
    sites = build_all(project)
    assert f"pub/{name}" in sites["internal"].where(word), "the tar tests nothing"
    assert f"pub/{name}" in sites["accreditor"].where(word)
    if packed == "innocent":
        assert told == [] and f"pub/{name}" in sites["public"].where(word), told
        return
    assert sites["public"].where(word) == [] and "all the papers" in sites["public"].texts["pub/papers/index.html"]
    held = (  # (one cut short may hold anything withheld: the item's page too)
        "is a tar or packed file that cannot be read through (damaged), so it is taken to hold "
        "evidence/acc/agreement.md, "
        if packed.endswith("cut-short")
        else 'is a tar or packed file holding "papers/terms.txt", the same file byte for byte as '
    )
    assert told == [
        f'evidence/pub/papers.md:7: error: "{name}" {held}evidence/acc/files/agreement.txt (visibility: accreditor), '
        "so builds for the public audience leave it out, and would show this item (visibility: public) without it; "
        "remove it from the item, or attach instead a version of it for the public audience"
    ], told


def test_an_archive_that_cannot_be_read_through_says_why_and_names_a_few(project: Project) -> None:
    """An archive taken to hold every withheld file named them all in one line, hundreds in a real portfolio, and
    gave three reasons for the one it had (a review of valid portfolios): it says why, and names a few."""
    for number in range(6):
        project.write(f"evidence/int/files/n{number}.txt", f"Notes {number} for the staff alone.\n" * 5)
        project.write(f"evidence/int/n{number}.md", item(f"N{number}", extra=f"attachments: [files/n{number}.txt]"))
    project.write("evidence/pub/files/photos.tar.zst", b"\x28\xb5\x2f\xfd" + b"\0" * 600)
    extra = "attachments: [files/photos.tar.zst]"
    project.write("evidence/pub/photos.md", item("Photos", visibility="public", maps_to="partnerships/do", extra=extra))
    told = [p.message for p in project.problems() if p.code == "shared-attachment"]
    assert len(told) == 1 and told[0].startswith(
        '"files/photos.tar.zst" is a tar or packed file that cannot be read through (packed by zstd, lz4, lzip, lzop, '
        "compress, pack or LZH, which are not unpacked), so it is taken to hold 12 withheld files, such as "
    ), told


def test_an_accreditors_archive_holding_an_internal_file_goes_with_it(project: Project) -> None:
    """An accreditor item attaching a zip and a .tar.gz of an internal item's attachment: the check passed and the
    assessor's build published both (a review of valid portfolios: only archives of public items were looked into).
    Each is told at the accreditor item, and kept from the accreditor's build; the internal build holds them."""
    import tarfile
    import zipfile

    word = canary("accreditorarchive")
    secret = f"{word}: the board's minutes, for the staff alone.\n".encode() * 20
    project.write("evidence/int/files/minutes.txt", secret)
    project.write("evidence/int/minutes.md", item("Minutes", extra="attachments: [files/minutes.txt]"))
    zipped, tarred = io.BytesIO(), io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("minutes.txt", secret)
    with tarfile.open(fileobj=tarred, mode="w:gz") as archive:
        entry = tarfile.TarInfo("minutes.txt")
        entry.size = len(secret)
        archive.addfile(entry, io.BytesIO(secret))
    project.write(f"evidence/acc/files/{word}.zip", zipped.getvalue())
    project.write(f"evidence/acc/files/{word}-tar.gz", tarred.getvalue())
    attachments = f"attachments: [files/{word}.zip, files/{word}-tar.gz]"
    project.write("evidence/acc/pack.md", item("Pack", visibility="accreditor", extra=attachments))
    told = sorted((p.path, p.line) for p in project.problems() if p.code == "shared-attachment")
    assert told == [("evidence/acc/pack.md", 7)] * 2, told
    project.write(
        "evidence/acc/pack.md",
        item("Pack", visibility="accreditor", body=f"[a](files/{word}.zip) [b](files/{word}-tar.gz)\n"),
    )
    sites = build_all(project)
    assert f"acc/files/{word}.zip" in sites["internal"].where(word), "the archives test nothing"
    assert sites["accreditor"].where(word) == [] and sites["public"].where(word) == []


def test_a_checks_archives_are_looked_into_once(project: Project, monkeypatch: pytest.MonkeyPatch) -> None:
    """A check looked into each archive once for each audience's publication, six times (a 66 MB dataset's tar.gz
    took a new portfolio's check from 0.4 to 1.5 s): what a project's files hold in common is worked out once."""
    import tarfile
    import zipfile

    from evidence_portfolio.site import own_outputs, tarred

    secret = b"The board's minutes, for the staff alone.\n" * 20
    project.write("evidence/int/files/minutes.txt", secret)
    project.write("evidence/int/minutes.md", item("Minutes", extra="attachments: [files/minutes.txt]"))
    zipped, packed = io.BytesIO(), io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.csv", "date,visits\n2026-01-01,3\n")
    with tarfile.open(fileobj=packed, mode="w:gz") as archive:
        entry = tarfile.TarInfo("data.csv")
        entry.size = 4
        archive.addfile(entry, io.BytesIO(b"1,2\n"))
    project.write("evidence/pub/files/data.zip", zipped.getvalue())
    project.write("evidence/pub/files/data.tar.gz", packed.getvalue())
    attachments = "attachments: [files/data.zip, files/data.tar.gz]"
    project.write("evidence/pub/data.md", item("Data", visibility="public", extra=attachments))
    project.write("evidence/acc/plan.md", item("Plan", visibility="accreditor"))  # (a publication for each audience)
    project.write("mkdocs.yml", MKDOCS_YML + "validation:\n  anchors: warn\n")  # (and the widest build's places)
    read: list[str] = []
    for module, name in ((tarred, "packed_members"), (own_outputs, "zipped_members")):
        looked = getattr(module, name)

        def counted(*args: Any, _looked: Any = looked, _name: str = name, **kwargs: Any) -> Any:
            read.append(_name)
            return _looked(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    checked = project.check_in_process()
    assert checked.code == 0, checked.stdout
    assert sorted(read) == ["packed_members", "zipped_members"], read


def test_a_long_evidence_csv_is_read_to_its_last_row(project: Project) -> None:
    """A zip is also known by its end (a self-extracting one): looking there left a file read on from its end, and
    an internal build's evidence.csv, its internal row past its first 4 KB, was published (a review of the change)."""
    word = canary("longevidencecsv")
    rows = ["id,title,type,maps_to,visibility", *(f"a/x{n},Title {n},evidence,a/plan,public" for n in range(200))]
    project.write("evidence/pub/files/items.csv", "\n".join([*rows, f"a/{word},{word},evidence,a/plan,internal\n"]))
    project.write("evidence/pub/downloads.md", "# Downloads\n\n- [Our items](files/items.csv)\n")
    sites = build_all(project)
    assert "pub/files/items.csv" in sites["internal"].where(word), "the copy tests nothing"
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []


def test_a_zip_of_another_sites_pages_is_published_with_its_public_item(project: Project) -> None:
    """Pages in a zip whose front matter is another tool's (Hugo's `type: event`, TOML between "+++", a YAML data
    file's "---", a README's "Type:" above a rule) made the public item attaching the zip an error, as if they said
    whom they were for (a false-positive review): in a zip, only a `visibility`, or an item's type, keeps a page."""
    import zipfile

    project.write("evidence/int/files/minutes.txt", "The board's minutes, for the staff alone.\n")
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/minutes.txt]"))
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("site/content/events/gala.md", "---\ntitle: Gala\ntype: event\n---\nThe gala.\n")
        archive.writestr("site/content/posts/first.md", '+++\ntitle = "First"\n+++\nThe first post.\n')
        archive.writestr("site/data/venues.yaml", "---\n- name: Pool\n  town: Leeds\n")
        archive.writestr("README.txt", "Event: summer gala\nType: volunteer photos\n---\nPhotos by Jo.\n")
    project.write("evidence/pub/files/gala-site.zip", zipped.getvalue())
    project.write(
        "evidence/pub/gala.md",
        item("Gala", visibility="public", maps_to="partnerships/do", extra="attachments: [files/gala-site.zip]"),
    )
    assert [p for p in project.problems("public") if p.severity == "error"] == []
    sites = build_all(project)
    for audience in AUDIENCES:
        assert "pub/files/gala-site.zip" in sites[audience].texts, audience
    assert "int/files/minutes.txt" not in sites["public"].texts, "nothing was kept: the zips were not looked into"


def test_a_zip_with_a_password_is_for_the_internal_audience_alone(project: Project) -> None:
    """What an encrypted zip holds cannot be looked at: a withheld picture in it, a Word document holding one, or a
    copy of the internal pack, with a password on a public page, was published (a hostile review). It is kept from
    all but the internal audience, said at the item that attaches it alone: a first version took a file in it of a
    withheld file's size for that file, and told the items it took it for to remove their own (a false-positive
    review)."""
    import zipfile

    minutes = "The board's minutes, for the staff alone.\n"
    project.write("evidence/int/files/minutes.txt", minutes)
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/minutes.txt]"))
    protected = io.BytesIO()  # a file of the minutes' size, a workbook, a README
    with zipfile.ZipFile(protected, "w", zipfile.ZIP_STORED) as archive:
        visits = "date,visits\n2026-01-01,100\n2026-01-02,200\n"
        assert len(visits) == len(minutes)
        archive.writestr("visits.csv", visits)
        archive.writestr("Membership figures.xlsx", b"PK\x03\x04 a workbook")
        archive.writestr("README.md", "# Read me\n\nThe password is with the partners.\n")
    flagged = bytearray(protected.getvalue())  # each member marked as encrypted, in both of its headers
    for at in [m.start() + 6 for m in re.finditer(b"PK\x03\x04", flagged)][:3]:
        flagged[at] |= 1
    start = flagged.index(b"PK\x01\x02")
    for at in [m.start() + 8 for m in re.finditer(b"PK\x01\x02", flagged[start:])]:
        flagged[start + at] |= 1
    project.write("evidence/pub/files/visits.zip", bytes(flagged))
    project.write(
        "evidence/pub/gala.md",
        item("Gala", visibility="public", maps_to="partnerships/do", extra="attachments: [files/visits.zip]"),
    )
    for audience in AUDIENCES:
        errors = [p for p in project.problems(audience) if p.severity == "error"]
        assert [(p.path, p.line, p.code) for p in errors] == [("evidence/pub/gala.md", 7, "shared-attachment")]
        assert errors[0].message.startswith(
            '"files/visits.zip" is a zip holding "Membership figures.xlsx", which is encrypted, so what it holds is '
            "unknown, so builds for the public and accreditor audience leave it out"
        ), errors[0].message
    project.write("evidence/pub/gala.md", item("Gala", visibility="public", maps_to="partnerships/do"))
    project.write("evidence/pub/downloads.md", "# Downloads\n\n- [Visits](files/visits.zip)\n")
    sites = build_all(project)
    assert "pub/files/visits.zip" in sites["internal"].texts, "the zip tests nothing"
    assert (
        "pub/files/visits.zip" not in sites["public"].texts and "pub/files/visits.zip" not in sites["accreditor"].texts
    )


def test_a_copy_of_a_file_mkdocs_leaves_out_of_every_build_is_a_file_of_its_own(project: Project) -> None:
    """What MkDocs leaves out of every build (a dot-folder, exclude_docs) is left out alone: a poster beside its
    copy in .trash/ vanished from every build, its item's panel naming it as text (a second hostile review). A copy
    goes with what an audience may not see, not with what no build holds."""
    project.write("evidence/pub/downloads.md", "# Downloads\n\n- [The poster](files/poster.txt)\n")
    project.write("evidence/pub/files/poster.txt", "The poster of the summer programme, for everyone.\n")
    project.write("evidence/.trash/poster.txt", "The poster of the summer programme, for everyone.\n")
    for audience, site in build_all(project).items():
        assert "pub/files/poster.txt" in site.where("summer programme"), audience


def test_a_page_that_copies_an_attachment_kept_from_the_public_goes_with_it(project: Project) -> None:
    """An internal item's attachment saved again as a page (minutes.md, byte for byte) was published to the public
    as a page, search entry and all (a second hostile review)."""
    word = canary("copiedaspage")
    minutes = f"# Minutes\n\n{word}: the board's minutes, for the staff.\n"
    project.write("evidence/int/files/minutes.txt", minutes)
    project.write("evidence/int/notes.md", item("Notes", extra="attachments: [files/minutes.txt]"))
    project.write("evidence/pub/minutes.md", minutes)
    sites = build_all(project)
    assert "pub/minutes/index.html" in sites["internal"].where(word), "the copy tests nothing"
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []


def test_a_public_item_attaching_a_copy_of_what_a_narrower_one_holds_is_an_error(project: Project) -> None:
    """A public item attaching a copy (under a new name) of an accreditor item's attachment, or of an internal
    item's source, published it (a hostile review). The copy is that file: both doors name it at the public item's
    line, in every audience's check and build, as they name an attachment two items share. So is a zip holding such
    a copy, or a page whose front matter says it is for fewer people."""
    import zipfile

    word = canary("attachedcopy")
    secret = f"{word}: the payment terms of the partnership agreement, for the assessor alone.\n"
    project.write("evidence/acc/files/agreement.txt", secret)
    project.write(
        "evidence/acc/agreement.md",
        item("Agreement", visibility="accreditor", extra="attachments: [files/agreement.txt]"),
    )
    project.write("evidence/int/note.md", item("Note", body=f"{word}\n"))
    project.write("evidence/pub/files/leaflet.txt", secret)
    project.write("evidence/pub/files/notes.txt", item("Note", body=f"{word}\n"))
    project.write("evidence/pub/files/minutes.txt", f"---\ntitle: Minutes\nvisibility: accreditor\n---\n{secret}")
    for name, member, text in (("papers.zip", "terms.txt", secret), ("drafts.zip", "draft.md", item("Draft"))):
        zipped = io.BytesIO()
        with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(member, text)
        project.write(f"evidence/pub/files/{name}", zipped.getvalue())
    for attached, message in (
        (
            "files/papers.zip",  # (a hostile review: a zip of an item's papers)
            'is a zip holding "terms.txt", the same file byte for byte as evidence/acc/files/agreement.txt '
            "(visibility: accreditor), so builds for the public audience leave it out, and would show this item "
            "(visibility: public) without it",
        ),
        (
            "files/drafts.zip",
            'is a zip holding "draft.md", whose front matter says "visibility: internal", so builds for the public '
            "and accreditor audience leave it out",
        ),
        (
            "files/minutes.txt",
            "says in its own front matter that it is for fewer people (visibility: accreditor), so builds for the "
            "public audience leave it out, and would show this item (visibility: public) without it",
        ),
        (
            "files/leaflet.txt",  # not "also" (an outside review): a copy
            "is the same file, byte for byte, as evidence/acc/files/agreement.txt, an attachment or a survey file "
            "of evidence/acc/agreement.md (visibility: accreditor), and a file goes with what is shown to the fewest "
            "(a copy too, byte for byte): builds for the public audience would show this item without it",
        ),
        (
            "files/notes.txt",
            "holds what evidence/int/note.md holds (its source, a copy or another name of it) (visibility: internal), "
            "and a file goes with what is shown to the fewest (a copy too, byte for byte): builds for the public and "
            "accreditor audience would show this item without it",
        ),
    ):
        project.write(
            "evidence/pub/open.md",
            item("Open", visibility="public", maps_to="partnerships/plan", extra=f"attachments: [{attached}]"),
        )
        said = f'evidence/pub/open.md:7: error: "{attached}" {message}'
        for audience in AUDIENCES:
            checked = project.check("--audience", audience)
            assert checked.code == 1 and any(line.startswith(said) for line in checked.stdout.splitlines()), checked
            # the items whose files a zip holds did nothing wrong (a hostile review: told to remove their own)
            errors = [line for line in checked.stdout.splitlines() if ": error: " in line]
            assert not attached.endswith(".zip") or all(line.startswith("evidence/pub/open.md:") for line in errors)
        built = project.build(audience="public")
        assert built.failed and any(said in line for line in built.log) and word not in built.all_output()
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    widest = project.build(audience="internal")  # the copies, attached by none, stay out of every build
    assert not widest.failed and word in (widest.site / "acc/files/agreement.txt").read_text(encoding="utf-8")


RESAVED = (
    *("saved-again.pdf", "zipped.zip", "sorted.json", "excel.csv", "excel.xlsx"),
    *("lead.pdf", "damaged-member.zip", "edited.json", "titled.csv", "spent.zip", "merged.pdf"),
    *("rows.json", "excel.htm", "libre.ods", "rows.ndjson", "columns.json", "excel2003.xml"),
)
"""The portfolio's own outputs as they come back after a careless contributor's handling (resaved)."""


def _converted(rows: list[list[str]]) -> tuple[bytes, ...]:
    """evidence.csv's rows as JSON rows, as the page of a table Excel saves (its styles first), as an OpenDocument
    spreadsheet (an empty cell written once for several, as LibreOffice writes it), as JSON Lines, as JSON columns
    (pandas' to_json) and as Excel's XML Spreadsheet 2003."""
    import zipfile

    header, *body = rows
    as_json = json.dumps([dict(zip(header, row, strict=True)) for row in body], indent=1).encode()
    cells = "".join("<tr>" + "".join(f"<td class=xl60>{html.escape(c)}</td>" for c in row) + "</tr>\n" for row in rows)
    page = f"<html><head><style>{'.xl60{mso-number-format:General;}' * 200}</style></head><body><table>{cells}</table>"
    ods_rows = "".join(
        "<table:table-row>"
        + "".join(
            '<table:table-cell table:number-columns-repeated="2"/>'
            if cell is None
            else f"<table:table-cell><text:p>{html.escape(cell)}</text:p></table:table-cell>"
            for cell in [*row[:1], None, *row[1:]]  # (two empty columns after the first, written once for both)
        )
        + "</table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content><office:automatic-styles/>'
        f"<office:body><office:spreadsheet><table:table>{ods_rows}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    ods = io.BytesIO()
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content)
    lines = "".join(json.dumps(dict(zip(header, row, strict=True))) + "\n" for row in body).encode()
    columns = json.dumps(
        {name: {str(n): row[place] for n, row in enumerate(body)} for place, name in enumerate(header)}
    )
    cells_2003 = "".join(
        "<Row>" + "".join(f'<Cell><Data ss:Type="String">{html.escape(c)}</Data></Cell>' for c in row) + "</Row>"
        for row in rows
    )
    spreadsheet = (
        '<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:'
        f'office:spreadsheet"><Worksheet ss:Name="evidence"><Table>{cells_2003}</Table></Worksheet></Workbook>'
    )
    return as_json, page.encode(), ods.getvalue(), lines, columns.encode(), spreadsheet.encode()


def resaved(pdf: Path, site: Path) -> dict[str, bytes]:
    """The PDF saved again by a PDF editor (its identifier in hexadecimal digits), its pages merged into another
    (an identifier of its own, its metadata kept), zipped alone in a zip in a zip;
    portfolio.json with its keys sorted; evidence.csv saved by Excel in another country (semicolons, UTF-16, its
    columns in capitals and another order, values in capitals) and as a workbook; and (a hostile review) as JSON
    rows, as the page of a table Excel saves, and as an OpenDocument spreadsheet (LibreOffice's, Google Sheets')."""
    import csv
    import io
    import zipfile

    from pypdf import PdfReader, PdfWriter

    saved = io.BytesIO()
    PdfWriter(clone_from=str(pdf)).write(saved)
    merged = io.BytesIO()  # (its pages merged into another PDF, under an identifier of its own: a hostile review)
    reader = PdfReader(str(pdf))
    writer = PdfWriter()
    writer.append(reader)
    writer.add_metadata(reader.metadata or {})
    writer.write(merged)
    inner, outer = io.BytesIO(), io.BytesIO()
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("Accreditation pack.pdf", pdf.read_bytes())
    with zipfile.ZipFile(outer, "w") as archive:
        archive.writestr("for the assessor.zip", inner.getvalue())
    data = json.loads((site / "portfolio.json").read_text(encoding="utf-8"))
    rows = list(csv.reader(io.StringIO((site / "evidence.csv").read_text(encoding="utf-8"))))
    rows = [[row[-1], *row[:-1]] for row in rows]
    rows = [[cell.capitalize() for cell in rows[0]], *([cell.upper() for cell in row] for row in rows[1:])]
    excel = io.StringIO()
    csv.writer(excel, delimiter=";").writerows(rows)
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    workbook = io.BytesIO()
    book.save(workbook)
    damaged = io.BytesIO()  # (beside a member that cannot be read, an encrypted or damaged one: a second review)
    with zipfile.ZipFile(damaged, "w") as archive:
        archive.writestr("old.zip", b"PK\x03\x04 damaged")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("site/portfolio.json", (site / "portfolio.json").read_bytes())
    spent = io.BytesIO()  # (the limit of what is read spent on a member before the outputs: a hostile review)
    with zipfile.ZipFile(spent, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b" " * 64_000_001)
        archive.writestr("site/portfolio.json", (site / "portfolio.json").read_bytes())
    made = (
        saved.getvalue(),
        outer.getvalue(),
        json.dumps(data, sort_keys=True, indent=2).encode(),
        excel.getvalue().encode("utf-16"),
        workbook.getvalue(),
        b"\xef\xbb\xbf" + pdf.read_bytes() + b" " * 5000,
        damaged.getvalue(),
        (site / "portfolio.json").read_bytes() + b"// edited by hand\n",
        b"Items for the assessor\n\n" + (site / "evidence.csv").read_bytes(),
        spent.getvalue(),
        merged.getvalue(),
        *_converted(list(csv.reader(io.StringIO((site / "evidence.csv").read_text(encoding="utf-8"))))),
    )
    assert re.search(rb"/ID \[\s*<", made[0]), "the copy saved again tests nothing"
    assert b"evidence-portfolio" not in made[-1], "the merged copy tests nothing: it kept the identifier"
    return dict(zip(RESAVED, made, strict=True))


def nested_zips() -> bytes:
    """A zip of a year's papers in a zip: a report (a document, a zip) whose chart is a workbook (a zip)."""
    import io
    import zipfile

    made = b"PK\x03\x04"
    for name in ("word/embeddings/chart.xlsx", "report.docx", "2025/papers.zip"):
        packed = io.BytesIO()
        with zipfile.ZipFile(packed, "w") as archive:
            archive.writestr(name, made if made != b"PK\x03\x04" else "<workbook/>")
            archive.writestr("notes.txt", "Board papers.")
        made = packed.getvalue()
    return made


def test_ordinary_files_are_no_outputs_of_the_portfolio(project: Project) -> None:
    """A GIF, a font or a text of Windows' line ends holding a carriage return in its first line ended every check and
    build in a traceback, read as a table (a hostile review of the reading of the portfolio's own outputs): each is
    published with the page that links to it."""
    files = {
        "anim.gif": b"GIF89a\x01\x00\x01\x00\r\x00visibility,\x00\n\x00",
        "font.woff": b"wOFF\x00\x01\r\x00\x00" + b"\x00" * 40,
        "notes.txt": b"a\rb visibility, id\nc\n",
        "data.json": b'{"audience": "internal"}',  # (no schema's version: another tool's)
        "list.csv": b"id,title,visibility\n1,Main hall,high\n",  # (no audience: another table)
        "papers.zip": nested_zips(),  # (a chart's workbook in a document in zips: a review of valid portfolios)
    }
    for name, content in files.items():
        project.write(f"evidence/pub/files/{name}", content)
    links = "".join(f"- [File {number}](files/{name})\n" for number, name in enumerate(files))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=links))
    checked = project.check()
    assert "Traceback" not in checked.stderr and checked.code == 0, checked
    sites = build_all(project)
    for audience in AUDIENCES:
        site = sites[audience].result.site
        assert sorted(p.name for p in (site / "pub/files").iterdir()) == sorted(files), audience


def test_a_zip_made_to_be_unpacked_again_and_again_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip packed in a zip, its members listed last first: opened where it was, inside its packed member, each
    member read went back, unpacking it again from its start (a hostile review: 73 s for a file of 106 KB, anywhere
    in evidence/). It is read once, within the limit, and opened in memory. A PDF in a zip, read at its end (which
    unpacks it), counts towards a limit of its own: past it, the zip is the internal audience's."""
    import io
    import struct
    import zipfile

    from evidence_portfolio.site import own_outputs

    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_STORED) as archive:
        for number in range(200):
            archive.writestr(f"m{number:03}", bytes(100))
    raw = inner.getvalue()
    end = raw.rindex(b"PK\x05\x06")
    size, start = struct.unpack("<II", raw[end + 12 : end + 20])
    listing, records = raw[start : start + size], []
    while listing:
        names, extra, comment = struct.unpack("<HHH", listing[28:34])
        records.append(listing[: 46 + names + extra + comment])
        listing = listing[46 + names + extra + comment :]
    with zipfile.ZipFile(tmp_path / "pack.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("pack.zip", raw[:start] + b"".join(reversed(records)) + raw[start + size :])
    sought: list[int] = []
    seek = zipfile.ZipExtFile.seek
    monkeypatch.setattr(zipfile.ZipExtFile, "seek", lambda self, *a: sought.append(1) or seek(self, *a))
    assert own_outputs.made_for(tmp_path / "pack.zip") is None
    assert len(sought) < 5, len(sought)
    with zipfile.ZipFile(tmp_path / "papers.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("report.pdf", b"%PDF-1.7\n" + bytes(10_000) + b"%%EOF\n")
    assert own_outputs.made_for(tmp_path / "papers.zip") is None
    monkeypatch.setattr(own_outputs, "_MOST_UNPACKED", 5_000)
    assert (own_outputs.made_for(tmp_path / "papers.zip") or ("",))[0] == "internal"
    # within the limits, ordinary papers are none of the outputs (a review of the first version: a zip of board
    # papers of 90 MB, or of four slide decks of 20 MB, documents that are zips, was taken as internal's): each PDF is
    # unpacked once to its end, and a zip too large to read first is opened where it is, its members read in order
    import os

    monkeypatch.setattr(own_outputs, "_MOST_UNPACKED", 1_000_000)
    monkeypatch.setattr(own_outputs, "_MOST_READ", 50_000)
    with zipfile.ZipFile(tmp_path / "board.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(9):
            archive.writestr(f"paper-{number}.pdf", b"%PDF-1.7\n" + os.urandom(10_000) + b"%%EOF\n")
    assert own_outputs.made_for(tmp_path / "board.zip") is None
    deck = io.BytesIO()
    with zipfile.ZipFile(deck, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("ppt/media/video.mp4", os.urandom(60_000))
        for number in range(3):
            archive.writestr(f"ppt/media/image{number}.png", os.urandom(500))
        archive.writestr("ppt/presentation.xml", "<presentation/>")
    with zipfile.ZipFile(tmp_path / "decks.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(4):  # 60 KB each: too large to read first
            archive.writestr(f"deck-{number}.pptx", deck.getvalue())
    sought.clear()
    assert own_outputs.made_for(tmp_path / "decks.zip") is None
    assert len(sought) < 100, len(sought)


def test_the_portfolios_own_outputs_go_with_the_audience_they_were_made_for(project: Project, tmp_path: Path) -> None:
    """The PDF of an internal build, its portfolio.json and evidence.csv, and its site zipped (as the offline pack
    is), uploaded beside a public item and linked from it for the assessor, were published with every internal item
    in them (a hostile review). Each says whom it was made for, whatever its name, and goes with that audience; a
    public build's own portfolio.json and evidence.csv, linked alike, are published. Attached to a public item, a
    file made for the internal audience is an error of that item, at its entry."""
    pytest.importorskip("weasyprint", reason="the pdf extra is not installed")
    import zipfile

    word = canary("ownoutputs")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body=f"{word}: the board's notes.\n"))
    done = project.command("pdf", str(project.root), "-o", str(tmp_path / "pack.pdf"), "--audience", "internal")
    assert done.code == 0, done.stderr
    internal, public = project.build(audience="internal"), project.build(audience="public")
    assert word in (internal.site / "portfolio.json").read_text(encoding="utf-8"), "the outputs test nothing"
    files = project.root / "evidence/pub/files"
    files.mkdir(parents=True)
    (files / f"{word}-pack.pdf").write_bytes((tmp_path / "pack.pdf").read_bytes())
    with zipfile.ZipFile(files / f"{word}-site.zip", "w") as archive:
        for path in sorted(internal.site.rglob("*")):
            archive.write(path, "site/" + path.relative_to(internal.site).as_posix())
    for name in ("portfolio.json", "evidence.csv"):
        (files / f"{word}-{name}").write_bytes((internal.site / name).read_bytes())
        (files / f"public-{name}").write_bytes((public.site / name).read_bytes())
    for name, made in resaved(tmp_path / "pack.pdf", internal.site).items():  # (a second hostile review)
        (files / f"{word}-{name}").write_bytes(made)
    outputs = [
        *(f"{word}-{name}" for name in ("pack.pdf", "site.zip", "portfolio.json", "evidence.csv")),
        *(f"{word}-{name}" for name in RESAVED),
    ]
    published = ["public-portfolio.json", "public-evidence.csv"]
    links = "".join(f"- [Download {number}](files/{name})\n" for number, name in enumerate((*outputs, *published)))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=links))
    sites = build_all(project)
    assert sorted(sites["internal"].where(f"pub/files/{word}")) == sorted(f"pub/files/{name}" for name in outputs)
    for audience in ("public", "accreditor"):
        assert sites[audience].where(word) == [], audience
        for name in published:
            assert (sites[audience].result.site / "pub/files" / name).is_file(), (audience, name)
    for name, what in (
        (f"{word}-pack.pdf", "is the accreditation pack's PDF for the internal audience"),
        (  # (a site's search index, named, which no version of the zip but one without it may hold)
            f"{word}-site.zip",
            'is a zip holding "site/search/search_index.json", a site\'s search index, which holds the text of the '
            "site's pages without saying whose they are (the internal audience's, wherever it is)",
        ),
        (f"{word}-evidence.csv", "is the portfolio's items (evidence.csv) of a build for the internal audience"),
    ):
        project.write(
            "evidence/pub/open.md",
            item("Open", visibility="public", maps_to="partnerships/plan", extra=f"attachments: [files/{name}]"),
        )
        said = (
            f'evidence/pub/open.md:7: error: "files/{name}" {what}, so builds for the public and accreditor audience '
            "leave it out, and would show this item (visibility: public) without it; remove it from the item"
            + (
                ", or delete the search index from the zip"
                if "search index" in what
                else ", or attach instead a version of it for the public audience"
            )
        )
        checked = project.check()
        assert checked.code == 1 and said in checked.stdout.splitlines(), checked
    project.write(
        "evidence/pub/open.md",
        item(
            "Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [files/public-evidence.csv]"
        ),
    )
    assert project.check().code == 0


def _linked_publicly_and_kept(project: Project, word: str, kept: dict[str, str], published: list[str]) -> None:
    """Files under evidence/, each linked from a public page: those `kept` (by name, the audience they were made
    for) are in the builds of that audience and wider only, those `published` in every build, and `word` in no
    build narrower than internal; every one is in the internal build, so that the test cannot pass by testing
    nothing."""
    links = "".join(f"- [Part {number}]({name})\n" for number, name in enumerate((*kept, *published)))
    project.write("evidence/previous.md", f"---\ntitle: Previous portfolio\nvisibility: public\n---\n{links}")
    built = build_all(project)
    for name in (*kept, *published):
        assert (built["internal"].result.site / name).is_file(), name
    for audience in ("public", "accreditor"):
        assert built[audience].where(word) == [], audience
        for name in published:
            assert (built[audience].result.site / name).is_file(), (audience, name)
        for name, made_for in kept.items():
            shown = AUDIENCES.index(audience) >= AUDIENCES.index(made_for)
            assert (built[audience].result.site / name).is_file() == shown, (audience, name)


def test_a_page_of_a_site_says_whom_it_was_made_for(project: Project) -> None:
    """A page of an internal site, saved alone under evidence/ (no exports beside it) and linked from a public page,
    was published with what it shows of the internal items (a hostile review). Every page of a build, its 404 page
    too, says in its head whom it was made for; a page saved again (its attributes in another order, unquoted, as a
    minifier writes them; its attributes on lines of their own, as a formatter writes them; saved as a web archive,
    .mhtml, quoted-printable), or zipped without the site's search index, goes with that audience, named in the zip;
    a page of a public build is published, and the mark quoted in an internal item's summary does not make the
    internal build's evidence.csv a public page (reviews of the change). Attached to a public item, a page of the
    internal site is an error of that item; with its scripts, it is told to be linked to, not printed."""
    import quopri
    import zipfile

    word = canary("savedpage")
    public_mark = '<meta name="evidence-portfolio" content="made for the public audience">'
    project.write(
        "evidence/int/secret.md",
        item(f"Board notes {word}", extra=f"summary: '{public_mark}'", body=f"{word}: the board's notes.\n"),
    )
    sites = {audience: project.build(audience=audience).site for audience in ("internal", "accreditor", "public")}

    def saved(site: Path, name: str) -> str:  # (without its scripts: a page holding one is published to no one)
        return re.sub(r"(?s)<script\b.*?</script>", "", (site / name).read_text(encoding="utf-8"))

    page = saved(sites["internal"], "int/secret/index.html")
    assert word in page, "the page tests nothing"
    for audience, site in sites.items():
        mark = f'<meta name="evidence-portfolio" content="made for the {audience} audience">'
        assert mark in (site / "index.html").read_text(encoding="utf-8")[:1000], audience
        assert mark in (site / "404.html").read_text(encoding="utf-8")[:1000], audience
    overview = saved(sites["internal"], "library/index.html")
    assert word in overview, "the library tests nothing"
    project.write("evidence/saved/board.html", page)
    project.write("evidence/saved/overview.htm", overview)
    project.write(
        "evidence/saved/minified.html",
        overview.replace(
            '<meta name="evidence-portfolio" content="made for the internal audience">',
            "<META content='made for the internal audience' NAME=evidence-portfolio>",
        ),
    )
    project.write(
        "evidence/saved/formatted.html",
        overview.replace(
            '<meta name="evidence-portfolio" content="made for the internal audience">',
            '<meta\n      name="evidence-portfolio"\n      content="made for the internal audience"\n    />',
        ),
    )
    project.write("evidence/saved/late.html", "<!--" + " saved by a browser" * 400 + " -->\n" + page)
    project.write("evidence/saved/page.xhtml", '<?xml version="1.0" encoding="utf-8"?>\n' + page.lstrip())
    project.write(  # (a web archive whose page is in base64, whatever its first header: hostile reviews)
        "evidence/saved/base64.mhtml",
        b"Content-Location: https://example.org/x/\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; boundary="B"\r\n\r\n--B\r\n'
        b"Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + base64.encodebytes(page.encode("utf-8"))
        + b"\r\n--B--\r\n",
    )
    archived = quopri.encodestring(page.encode("utf-8"))  # (as Chromium saves a page as one file)
    project.write(
        "evidence/saved/single-file.mhtml",
        b'From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";'
        b'\r\n\tboundary="----B----"\r\n\r\n------B----\r\nContent-Type: text/html\r\n'
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + archived + b"\r\n------B------\r\n",
    )
    with zipfile.ZipFile(project.root / "evidence/saved/pages.zip", "w") as archive:
        archive.writestr("site/library.html", saved(sites["accreditor"], "library/index.html"))
    project.write("evidence/saved/public-home.html", saved(sites["public"], "index.html"))
    project.write("evidence/saved/items.csv", (sites["internal"] / "evidence.csv").read_bytes())
    assert public_mark.replace('"', '""') in (sites["internal"] / "evidence.csv").read_text(), "the mark tests nothing"
    kept = {
        "saved/board.html": "internal",
        "saved/overview.htm": "internal",
        "saved/minified.html": "internal",
        "saved/formatted.html": "internal",
        "saved/single-file.mhtml": "internal",
        "saved/late.html": "internal",
        "saved/page.xhtml": "internal",
        "saved/base64.mhtml": "internal",
        "saved/items.csv": "internal",
        "saved/pages.zip": "accreditor",
    }
    _linked_publicly_and_kept(project, word, kept, ["saved/public-home.html"])
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [../saved/board.html]"),
    )
    said = (
        'evidence/pub/open.md:7: error: "../saved/board.html" is a page of a site the portfolio built for the internal '
        "audience, so builds for the public and accreditor audience leave it out, and would show this item "
        "(visibility: public) without it; remove it from the item, or attach instead a version of it for the public "
        "audience"
    )
    checked = project.check()
    assert checked.code == 1 and said in checked.stdout.splitlines(), checked
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    for name in kept:
        (project.root / "evidence" / name).unlink()
    with zipfile.ZipFile(project.root / "evidence/saved/pages.zip", "w") as archive:
        archive.writestr("site/library.html", saved(sites["accreditor"], "library/index.html"))
    project.write("evidence/saved/whole.html", (sites["internal"] / "int/secret/index.html").read_bytes())
    project.write(
        "evidence/previous.md", "---\ntitle: Previous portfolio\nvisibility: public\n---\n[Old](saved/pages.zip)\n"
    )
    lines = project.check().stdout.splitlines()
    assert next(line for line in lines if line.startswith("evidence/saved/whole.html:")).endswith(
        "it is a page of the site built for the internal audience: link to that page instead (printed, a "
        "copy of it no longer says whom it is for), or take the script out of it"
    ), lines
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [../saved/pages.zip]"),
    )
    zipped = [line for line in project.check().stdout.splitlines() if line.startswith("evidence/pub/open.md:7: error:")]
    assert (
        zipped
        and '"../saved/pages.zip" is a zip holding "site/library.html", a page of a site the portfolio built for the accreditor audience'
        in zipped[0]
    ), zipped


def test_a_page_saved_with_something_before_it_or_inside_an_archive_still_says_whom_it_was_made_for(
    project: Project,
) -> None:
    """A page of the internal site saved with what a download tool writes before it (its HTTP headers, a WARC
    record's), with a line of text before it, in UTF-32, as Safari's web archive (a binary property list), or in a
    saved email after a large photo: each was published beside a public page, the check passing (a hostile review).
    Each goes with the internal audience; a public page saved so is published."""
    import plistlib
    from email.message import EmailMessage

    word = canary("savedagain")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body=f"{word}: the board's notes.\n"))
    sites = {audience: project.build(audience=audience).site for audience in ("internal", "public")}
    page = re.sub(r"(?s)<script\b.*?</script>", "", (sites["internal"] / "int/secret/index.html").read_text("utf-8"))
    public_page = re.sub(r"(?s)<script\b.*?</script>", "", (sites["public"] / "index.html").read_text("utf-8"))
    assert word in page, "the page tests nothing"
    headers = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nServer: nginx\r\n\r\n"
    project.write("evidence/saved/headers.html", headers + page)
    project.write("evidence/saved/public-headers.html", headers + public_page)
    project.write(
        "evidence/saved/minutes.warc",
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://staff.example.org/int/secret/\r\n"
        f"Content-Type: application/http; msgtype=response\r\n\r\n{headers}{page}",
    )
    project.write("evidence/saved/lead.html", "Saved from the staff site on 3 May:\n\n" + page)
    project.write("evidence/saved/wide.html", page.encode("utf-32"))
    project.write("evidence/saved/wide-be.html", page.encode("utf-32-be"))
    resource = {"WebResourceData": page.encode(), "WebResourceMIMEType": "text/html", "WebResourceURL": "https://x/"}
    project.write(
        "evidence/saved/minutes.webarchive",
        plistlib.dumps({"WebMainResource": resource, "WebSubresources": []}, fmt=plistlib.FMT_BINARY),
    )
    photo = bytes(range(256)) * 1200  # (300 KB before the page)
    message = EmailMessage()
    message["Subject"] = "Minutes"
    message.set_content("The minutes are attached.")
    message.add_attachment(photo, maintype="image", subtype="jpeg", filename="photo.jpg")
    message.add_attachment(page, subtype="html", filename="minutes.html")
    project.write("evidence/saved/minutes.eml", message.as_bytes())
    # (a review of the change) long headers before the page or the email's parts (a mail server's, cookies), a WARC
    # whose first record is a style, Safari's archive saved as XML, a web archive in a zip
    received = "".join(
        f"Received: from relay{n}.example.org by mx.example.org; Mon, 1 Dec 2026\r\n" * 1 for n in range(40)
    )
    project.write("evidence/saved/long.eml", received.encode() + message.as_bytes())
    cookies = "".join(f"Set-Cookie: session{n}={'x' * 150}; Path=/\r\n" for n in range(20))
    project.write("evidence/saved/cookies.html", "HTTP/1.1 200 OK\r\n" + cookies + "\r\n" + page)
    style = "WARC/1.0\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n" + "body{color:red}\n" * 400
    project.write("evidence/saved/styled.warc", style + "WARC/1.0\r\nWARC-Type: response\r\n\r\n" + page)
    project.write(
        "evidence/saved/minutes-xml.webarchive",
        plistlib.dumps({"WebMainResource": resource, "WebSubresources": []}, fmt=plistlib.FMT_XML),
    )
    import zipfile

    with zipfile.ZipFile(project.root / "evidence/saved/mail.zip", "w") as archive:
        archive.writestr("minutes.eml", b"From: <Saved by Blink>\r\n" + message.as_bytes())
    # a browser's network log (DevTools' "Save all as HAR with content"), the page as JSON text or in base64, its
    # mark's quotes escaped (a hostile review)
    for name, content in (
        ("intranet.har", {"mimeType": "text/html", "text": page}),
        (
            "intranet-b64.har",
            {"mimeType": "text/html", "text": base64.b64encode(page.encode()).decode(), "encoding": "base64"},
        ),
        ("public.har", {"mimeType": "text/html", "text": public_page}),
    ):
        entries = [{"request": {"url": "https://x/app.js"}, "response": {"status": 200, "content": {"text": "1"}}}]
        entries.append({"request": {"url": "https://x/"}, "response": {"status": 200, "content": content}})
        project.write(f"evidence/saved/{name}", json.dumps({"log": {"version": "1.2", "entries": entries}}, indent=2))
    # any JSON holding the page among its texts: its keys in another order, a web service's answer, JSON Lines, or
    # JSON that cannot be read (a comma too many), its escapes undone
    project.write("evidence/saved/reordered.har", json.dumps({"comment": "x", "log": {"entries": [{"t": page}]}}))
    project.write("evidence/saved/answer.json", json.dumps([{"id": 1, "html": page}], ensure_ascii=True))
    project.write("evidence/saved/lines.jsonl", json.dumps({"n": 1}) + "\n" + json.dumps({"page": page}) + "\n")
    project.write("evidence/saved/broken.json", json.dumps({"html": page}).replace("<", "\\u003c") + ",")
    # (a review of that) given to a script's variable or function, a web service's answer inside a network log's,
    # in base64 gzipped or said in capitals, YAML quoting it
    project.write("evidence/saved/log.js", "var har = " + json.dumps({"log": {"entries": [{"t": page}]}}) + ";\n")
    project.write("evidence/saved/jsonp.js", "callback(" + json.dumps({"html": page}) + ");\n")
    answer = json.dumps({"id": 7, "body": json.dumps({"html": page})})
    project.write(
        "evidence/saved/answer.har", json.dumps({"log": {"entries": [{"response": {"content": {"text": answer}}}]}})
    )
    packed = base64.b64encode(gzip.compress(page.encode())).decode()
    project.write("evidence/saved/packed.json", json.dumps({"file": {"content": packed, "encoding": "BASE64"}}))
    project.write("evidence/saved/quoted.yml", "title: Minutes\ntext: " + json.dumps(page) + "\n")
    # (a second review) base64 with no word of it, the mark's letters escaped, a page PyYAML wrote over lines, the
    # mark's name written as a browser reads it, JSON five deep, JSON after many spaces
    project.write(
        "evidence/saved/nokey.json", json.dumps({"id": 3, "data": base64.urlsafe_b64encode(page.encode()).decode()})
    )
    project.write(
        "evidence/saved/escaped.json",
        json.dumps({"html": page}).replace("evidence-portfolio", "\\u0065vidence-portfolio"),
    )
    project.write("evidence/saved/dump.yml", yaml.dump({"page": page}))
    project.write(
        "evidence/saved/entity.html", page.replace('name="evidence-portfolio"', 'name="evidence&#45;portfolio"')
    )
    deep: object = {"html": page}
    for _ in range(5):
        deep = {"body": json.dumps(deep)}
    project.write("evidence/saved/deep.json", json.dumps(deep))
    project.write("evidence/saved/spaced.json", " " * 3000 + json.dumps({"html": page}))
    # (a third review) base64 as MIME writes it, over lines; the page's HTML escaped as text; the prefixes web
    # services put before JSON; a script's module and its escapes of "<"
    escaped = json.dumps(page).replace("<", "\\u003c").replace(">", "\\u003e")
    project.write("evidence/saved/mime.json", json.dumps({"data": base64.encodebytes(page.encode()).decode()}))
    project.write("evidence/saved/shown.json", json.dumps({"items": [{"content": html.escape(page)}]}))
    project.write("evidence/saved/guarded.json", ")]}',\n" + json.dumps({"meta": "m" * 3000, "body": page}))
    project.write("evidence/saved/looped.json", "while(1);" + '{"body":' + escaped + "}")
    project.write("evidence/saved/module.js", 'export default {"body": ' + escaped + "};\n")
    project.write("evidence/saved/hex.js", 'var page = "' + page.replace("<", "\\x3c").replace('"', '\\"') + '";\n')
    project.write("evidence/saved/headed.html", "<h1>Saved from the staff site</h1>\n" + page)  # (a last review)
    kept = dict.fromkeys(
        (
            "saved/headers.html",
            "saved/minutes.warc",
            "saved/lead.html",
            "saved/wide.html",
            "saved/wide-be.html",
            "saved/minutes.webarchive",
            "saved/minutes.eml",
            "saved/long.eml",
            "saved/cookies.html",
            "saved/styled.warc",
            "saved/minutes-xml.webarchive",
            "saved/mail.zip",
            "saved/intranet.har",
            "saved/intranet-b64.har",
            "saved/reordered.har",
            "saved/answer.json",
            "saved/lines.jsonl",
            "saved/broken.json",
            "saved/log.js",
            "saved/jsonp.js",
            "saved/answer.har",
            "saved/packed.json",
            "saved/quoted.yml",
            "saved/nokey.json",
            "saved/escaped.json",
            "saved/dump.yml",
            "saved/entity.html",
            "saved/deep.json",
            "saved/spaced.json",
            "saved/mime.json",
            "saved/shown.json",
            "saved/guarded.json",
            "saved/looped.json",
            "saved/module.js",
            "saved/hex.js",
            "saved/headed.html",
        ),
        "internal",
    )
    _linked_publicly_and_kept(project, word, kept, ["saved/public-headers.html", "saved/public.har"])


def test_a_safari_archive_too_large_to_read_is_the_internal_audiences(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Safari's web archive keeps its index at its end: one larger than what is read of it (a page, then a video)
    could not be read, and was published (a review of the change). One that cannot be read is the internal
    audience's, and said so; one read whole is judged by its page."""
    import plistlib

    from evidence_portfolio.reading import page_marks

    monkeypatch.setattr(page_marks, "ARCHIVE_READ_WITHIN", 200_000)  # (16 MB in use: the test's archive is smaller)
    word = canary("bigarchive")
    page = f"<html><head><title>Minutes {word}</title></head></html>".encode()
    resource = {"WebResourceData": page, "WebResourceMIMEType": "text/html"}
    video = {"WebResourceData": bytes(range(256)) * 1000, "WebResourceMIMEType": "video/mp4"}
    archive = {"WebMainResource": resource, "WebSubresources": [video]}
    project.write("evidence/saved/minutes.webarchive", plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    _linked_publicly_and_kept(project, word, {"saved/minutes.webarchive": "internal"}, [])
    project.write(
        "evidence/pub/open.md",
        item(
            "Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [../saved/minutes.webarchive]"
        ),
    )
    said = (
        'evidence/pub/open.md:7: error: "../saved/minutes.webarchive" is a web archive of Safari\'s that cannot be '
        "read whole, so what it holds is unknown"
    )
    assert any(str(p).startswith(said) for p in project.problems("public")), project.problems("public")
    archive["WebSubresources"] = []
    project.write("evidence/saved/minutes.webarchive", plistlib.dumps(archive, fmt=plistlib.FMT_BINARY))
    assert not [p for p in project.problems("public") if "minutes.webarchive" in str(p)]
    # (a last review) frames named again and again, 40 at each of 9 levels, read for ever: past a limit, unknown; a
    # Mac's link (.webloc), a list of another kind, is no web archive
    node: dict[str, object] = {"WebMainResource": resource}
    for _ in range(9):
        node = {"WebMainResource": resource, "WebSubframeArchives": [node] * 40}
    project.write("evidence/saved/minutes.webarchive", plistlib.dumps(node, fmt=plistlib.FMT_BINARY))
    assert any(str(p).startswith(said) for p in project.problems("public")), project.problems("public")
    project.write("evidence/saved/minutes.webarchive", plistlib.dumps({"URL": "https://x/"}, fmt=plistlib.FMT_BINARY))
    assert not [p for p in project.problems("public") if "minutes.webarchive" in str(p)]
    # a browser's network log larger than what is read (its page, then a video's bytes): cut short, it is no JSON,
    # and its text is read for the page's mark as it is written; a large file of JSON data is published
    marked = page.decode().replace("<head>", "<head>" + page_marks.page_mark("internal"))
    video_text = base64.b64encode(bytes(range(256)) * 1000).decode()
    entries = [{"response": {"content": {"text": marked}}}, {"response": {"content": {"text": video_text}}}]
    project.write("evidence/saved/minutes.webarchive", json.dumps({"log": {"entries": entries}}))
    said = 'evidence/pub/open.md:7: error: "../saved/minutes.webarchive" is a page of a site the portfolio built for '
    assert any(str(p).startswith(said) for p in project.problems("public")), project.problems("public")
    entries[0] = {"response": {"content": {"text": base64.b64encode(marked.encode()).decode(), "encoding": "base64"}}}
    project.write("evidence/saved/minutes.webarchive", json.dumps({"log": {"entries": entries}}))  # (in base64 too)
    assert any(str(p).startswith(said) for p in project.problems("public")), project.problems("public")
    # the page after what is read (a review of the change: published): what the log holds is unknown
    project.write("evidence/saved/minutes.webarchive", json.dumps({"log": {"entries": entries[::-1]}}))
    unread = (
        'evidence/pub/open.md:7: error: "../saved/minutes.webarchive" is a browser\'s network log (.har) larger than '
        "16 MB that cannot be read whole, so what it holds is unknown"
    )
    assert any(str(p).startswith(unread) for p in project.problems("public")), project.problems("public")
    # texts of gzipped zeros, 2 MB of them, unpacked as far as a page is read (a review of the change: 1.6 GB)
    monkeypatch.setattr(page_marks, "ARCHIVE_READ_WITHIN", 16_777_216)  # (as in use: the log is read whole)
    bomb = base64.b64encode(gzip.compress(bytes(16_000_000))).decode()
    project.write("evidence/saved/minutes.webarchive", json.dumps({"log": {"entries": [{"t": bomb}] * 100}}))
    assert not [p for p in project.problems("public") if "minutes.webarchive" in str(p)]
    rows = [{"club": f"Club {n}", "members": n, "note": "<18s welcome"} for n in range(20000)]
    project.write("evidence/saved/minutes.webarchive", json.dumps({"log": rows}))
    assert not [p for p in project.problems("public") if "minutes.webarchive" in str(p)]
    # a zip of files of JSON data (a review of the change: each read for a page as a network log is, the zip's
    # reading ran past its limit, and it was taken for the portfolio's own outputs)
    import zipfile

    from evidence_portfolio.site import own_outputs

    monkeypatch.setattr(own_outputs, "_MOST_READ", 2_000_000)
    with zipfile.ZipFile(project.root / "evidence/saved/minutes.webarchive", "w") as archive_file:
        for number in range(3):
            archive_file.writestr(f"clubs-{number}.json", json.dumps(rows))
    assert not [p for p in project.problems("public") if "minutes.webarchive" in str(p)]


def test_a_sites_index_of_tags_and_its_sitemap_are_the_internal_audiences_wherever_they_are(project: Project) -> None:
    """An internal build's tags.json (Material's index of tags: every tagged page's title and address) put in a
    snippets folder was put into a public page (a hostile review); a site's sitemap lists every page's address, named
    from its file. Neither says whose pages it lists: each is the internal audience's wherever it is, under evidence/
    (alone or zipped) or in a snippets folder; attached to a public item, it is an error whose fix is to remove it."""
    import zipfile

    word = canary("tagsindex")
    project.write("mkdocs.yml", MKDOCS_YML + "site_url: https://example.org/\n")  # (a sitemap lists addresses)
    project.write(
        "evidence/int/secret.md",
        item(f"Board notes {word}", extra="tags: [governance]", body=f"{word}: the board's notes.\n"),
    )
    project.write(f"evidence/int/{word}-minutes.md", item("Minutes", body="The minutes.\n"))
    internal = project.build(audience="internal").site
    tags, sitemap = (internal / "tags.json").read_text(encoding="utf-8"), (internal / "sitemap.xml").read_bytes()
    assert word in tags and word.encode() in sitemap, "the indexes test nothing"
    project.write("evidence/archive/tags-2025.json", tags)
    project.write("evidence/archive/pages.xml", sitemap)
    # rewritten by Python's ElementTree, and with keys of its own added (a review of the change)
    project.write("evidence/archive/pages-ns0.xml", sitemap.replace(b"<urlset xmlns=", b"<ns0:urlset xmlns:ns0="))
    extended = json.loads(tags)
    extended["generated"] = "2026-12-07"
    extended["mappings"][0]["hidden"] = False
    project.write("evidence/archive/tags-more.json", json.dumps(extended, indent=2, sort_keys=True))
    with zipfile.ZipFile(project.root / "evidence/archive/indexes.zip", "w") as archive:
        archive.writestr("site/tags.json", tags)
    project.write("evidence/archive/venues.json", json.dumps({"mappings": [{"venue": "Pool", "tags": ["swim"]}]}))
    kept = [
        f"archive/{name}" for name in ("tags-2025.json", "pages.xml", "indexes.zip", "pages-ns0.xml", "tags-more.json")
    ]
    _linked_publicly_and_kept(project, word, dict.fromkeys(kept, "internal"), ["archive/venues.json"])
    for name, what, fix in (
        ("tags-2025.json", "a site's index of tags (Material's tags.json)", ""),
        ("pages.xml", "a site's sitemap", ""),
        ("indexes.zip", 'a zip holding "site/tags.json", a site\'s index of tags', ", or delete the index of tags"),
    ):
        project.write(
            "evidence/pub/open.md",
            item("Open", visibility="public", maps_to="partnerships/plan", extra=f"attachments: [../archive/{name}]"),
        )
        checked = project.check()
        said = [line for line in checked.stdout.splitlines() if line.startswith("evidence/pub/open.md:7: error:")]
        assert len(said) == 1 and f'"../archive/{name}" is {what}' in said[0], checked.stdout
        assert f"remove it from the item{fix}" in said[0], said
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    snippets = project.root / "snippets"
    project.write(
        "mkdocs.yml", MKDOCS_YML + f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{snippets}']\n"
    )
    project.write("snippets/tags.json", tags)
    mkdocs_theme = Path(__import__("mkdocs").__file__).parent / "templates/sitemap.xml"
    project.write("snippets/sitemap.xml", mkdocs_theme.read_bytes())  # (a theme's template of one is none)
    refused = [(p.path, p.line) for p in project.problems("public") if p.code == "unsafe-setting"]
    assert refused == [("snippets/tags.json", 1)], refused


def test_a_copy_of_a_site_goes_with_the_audience_its_portfolio_json_names(project: Project) -> None:
    """An internal build's site archived under evidence/ (its portfolio.json, its search index, an item's page
    without its scripts), and the offline pack's search index (a script), linked from a public page, were published
    with the text of every internal item, where the site zipped was kept (a hostile review). Each file of a copy of
    a site the portfolio built (its exports beside its pages or its search index), in its folder or below, goes with
    the audience its portfolio.json and evidence.csv name; a search index, which does not say whose pages it holds,
    is the internal audience's wherever it is, however it is written (a review of the change: beside a public site's
    portfolio.json, in a zip with one, its keys in another order, in UTF-16, in an array, as a script); a public
    site's copy is published, but for its search index. An internal portfolio.json saved in a folder of items alone
    (no site) keeps nothing else. Attached to a public item, a file of the internal copy is an error."""
    import zipfile

    word = canary("sitecopy")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body=f"{word}: the board's notes.\n"))
    internal, public = project.build(audience="internal"), project.build(audience="public")
    index = (internal.site / "search/search_index.json").read_text(encoding="utf-8")
    assert word in index, "the copy tests nothing"
    data = json.loads(index)
    written = {
        "archive/site2025/portfolio.json": (internal.site / "portfolio.json").read_text(encoding="utf-8"),
        "archive/site2025/search/search_index.json": index,
        "archive/site2025/int/secret/page.html": re.sub(  # (its mark taken out too: a page built before it)
            r"(?s)<script\b.*?</script>|<meta name=\"evidence-portfolio\"[^>]*>",
            "",
            (internal.site / "int/secret/index.html").read_text(encoding="utf-8"),
        ),
        "archive/pack/site/search/search_index.js": f"var __index = {index}",
        "archive/lone/index-2025.json": index,
        "archive/lone/reordered.json": json.dumps({"docs": data["docs"], "config": data["config"]}),
        "archive/lone/pages-alone.json": json.dumps({"docs": data["docs"]}),
        "archive/lone/spaced.json": '{"config": '
        + json.dumps(data["config"])
        + " " * 5000
        + ', "docs": '
        + json.dumps(data["docs"])
        + "}",
        "archive/lone/in-a-list.json": json.dumps([data]),
        "archive/lone/script.js": f"const __index = {index};",
        "archive/public/portfolio.json": (public.site / "portfolio.json").read_text(encoding="utf-8"),
        "archive/public/evidence.csv": (public.site / "evidence.csv").read_text(encoding="utf-8"),
        "archive/public/int/search/search_index.json": index,
    }
    for name, text in written.items():
        project.write(f"evidence/{name}", text)
    project.write("evidence/archive/lone/wide.json", index.encode("utf-16-le"))
    with zipfile.ZipFile(project.root / "evidence/archive/mix.zip", "w") as archive:
        archive.write(public.site / "portfolio.json", "public/portfolio.json")
        archive.write(internal.site / "search/search_index.json", "staff/search/search_index.json")
    project.write("evidence/int/data/portfolio.json", (internal.site / "portfolio.json").read_text(encoding="utf-8"))
    project.write("evidence/int/data/plan.txt", "our plan\n")
    # an accreditor item attaching the exports it saved beside a public item and its leaflet: no copy of a site
    accreditor = project.build(audience="accreditor").site
    for name in ("portfolio.json", "evidence.csv"):  # (saved again: the public build's bytes, no accreditor item yet)
        project.write(f"evidence/pub/{name}", (accreditor / name).read_bytes() + b"\n")
    project.write("evidence/pub/leaflet.txt", "our leaflet\n")
    project.write("evidence/pub/index.html", "<p>Our pages</p>\n")
    project.write(
        "evidence/pub/leaflet.md",
        item("Leaflet", visibility="public", maps_to="partnerships/do", extra="attachments: [leaflet.txt]"),
    )
    project.write(
        "evidence/pub/exports.md",
        item(
            "Exports",
            visibility="accreditor",
            maps_to="partnerships/do",
            extra="attachments: [portfolio.json, evidence.csv]",
        ),
    )
    # datasets of documents by place are no search index (a review of valid portfolios), nor is a folder holding a
    # page saved from Word beside a club's own evidence.csv a copy of a site
    project.write("evidence/pub/venues.json", json.dumps({"config": {"year": 2026}, "docs": [{"location": "Leeds"}]}))
    places = [{"location": "Park Road", "title": "Riverside Pool", "text": "Open 7 days"}]
    project.write("evidence/pub/facilities.json", json.dumps({"docs": places, "count": 1}))
    project.write(
        "evidence/pub/dashboard.json", json.dumps({"config": {"theme": "dark"}, "charts": places, "docs": ""})
    )
    project.write("evidence/resources/index.html", "<p>Visiting us</p>\n")
    project.write("evidence/resources/evidence.csv", "venue,day,open\nPool,Mon,07:00\n")
    project.write("evidence/resources/guide.txt", "our guide\n")
    published = [
        "archive/public/portfolio.json",
        "archive/public/evidence.csv",
        "int/data/plan.txt",
        "pub/venues.json",
        "pub/facilities.json",
        "pub/dashboard.json",
        "pub/leaflet.txt",
        "resources/index.html",
        "resources/evidence.csv",
        "resources/guide.txt",
    ]
    copies = [name for name in (*written, "archive/lone/wide.json", "archive/mix.zip") if name not in published]
    _linked_publicly_and_kept(project, word, dict.fromkeys(copies, "internal"), published)
    # an accreditor item's attachment, a copy of which is in the internal site's copy: the copy is told to be moved
    project.write("evidence/acc/files/agreement.txt", "the agreement\n")
    project.write("evidence/archive/site2025/acc/files/agreement.txt", "the agreement\n")
    project.write(
        "evidence/acc/agreement.md",
        item(
            "Agreement", visibility="accreditor", maps_to="partnerships/do", extra="attachments: [files/agreement.txt]"
        ),
    )
    project.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            extra="attachments: [../archive/site2025/int/secret/page.html, ../archive/lone/index-2025.json, "
            "../archive/mix.zip]",
        ),
    )
    errors = [line for line in project.check().stdout.splitlines() if ": error:" in line]
    assert errors == [
        'evidence/acc/agreement.md:7: error: "files/agreement.txt" is the same file, byte for byte, as '
        "evidence/archive/site2025/acc/files/agreement.txt, which is in a copy of a site built by the portfolio for "
        "the internal audience, as its evidence/archive/site2025/portfolio.json says, so builds for the accreditor "
        "audience leave it out, and would show this item (visibility: accreditor) without it; delete that copy, or "
        "move it out of evidence/",
        'evidence/pub/open.md:7: error: "../archive/lone/index-2025.json" is a site\'s search index, which holds the '
        "text of the site's pages without saying whose they are (the internal audience's, wherever it is), so builds "
        "for the public and accreditor audience leave it out, and would show this item (visibility: public) without "
        "it; remove it from the item, and link to the website's address instead: the portfolio cannot tell another "
        "website's search index from one of a site it built for its staff",
        'evidence/pub/open.md:7: error: "../archive/mix.zip" is a zip holding "staff/search/search_index.json", a '
        "site's search index, which holds the text of the site's pages without saying whose they are (the internal "
        "audience's, wherever it is), so builds for the public and accreditor audience leave it out, and would show "
        "this item (visibility: public) without it; remove it from the item, or delete the search index from the zip",
        'evidence/pub/open.md:7: error: "../archive/site2025/int/secret/page.html" is in a copy of a site built by the '
        "portfolio for the internal audience, as its evidence/archive/site2025/portfolio.json says, so builds for the "
        "public and accreditor audience leave it out, and would show this item (visibility: public) without it; "
        "remove it from the item, or attach instead a version of it for the public audience",
    ], errors


def test_a_copy_of_the_generated_folders_page_keeps_from_those_it_was_not_for(project: Project, tmp_path: Path) -> None:
    """The folder `portfolio generate` wrote for the internal audience, copied under evidence/ and linked from a
    public page, published every internal item as a page for everyone, its title in every page's navigation (a
    hostile review): its pages kept a title alone. Each says whom it is for in its front matter, which the portfolio
    reads as a page's own; the copy's pages are the internal build's alone."""
    word = canary("generatedcopy")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body=f"{word}: the board's notes.\n"))
    out = tmp_path / "generated"
    assert project.command("generate", str(project.root), "--audience", "internal", "--out", str(out)).code == 0
    shutil.copytree(out / "docs", project.root / "evidence/archive/old-zensical")
    project.write(
        "evidence/previous.md",
        "---\ntitle: Previous portfolio\nvisibility: public\n---\n[The old page](archive/old-zensical/int/secret.md)\n",
    )
    sites = build_all(project)
    assert any(path.startswith("archive/old-zensical/int/secret") for path in sites["internal"].where(word))
    for audience in ("public", "accreditor"):
        assert sites[audience].where(word) == [], audience


def test_the_portfolios_reports_and_library_data_go_with_the_audience_they_were_made_for(project: Project) -> None:
    """An internal build's library data (assets/portfolio/library-data.js) and the JSON of `portfolio report` and
    `portfolio readiness` for the internal audience, saved under evidence/ and linked from a public page, were
    published with internal items' titles (a hostile review): each says whom it was made for, as portfolio.json does,
    and goes with that audience; the public build's library data, linked alike, is published."""
    word = canary("reportcopy")
    project.write("evidence/int/secret.md", item(f"Board notes {word}", body="The board's notes.\n"))
    project.write(  # (overdue: a gap, which the reports name by its file)
        f"evidence/int/{word}.md",
        item(f"Restructure {word}", type_="action", extra="owner: Chair\ndue: 2026-01-31\nstatus: planned"),
    )
    internal, public = project.build(audience="internal"), project.build(audience="public")
    saved = {
        "files/library-data.js": (internal.site / "assets/portfolio/library-data.js").read_text(encoding="utf-8"),
        "files/report.json": project.command(
            "report", str(project.root), "--format", "json", "--audience", "internal"
        ).stdout,
        "files/readiness.json": project.command(
            "readiness", str(project.root), "--format", "json", "--audience", "internal"
        ).stdout,
    }
    for name, text in saved.items():
        assert word in text, name  # (the copies test something)
        project.write(f"evidence/pub/{name}", text)
    project.write(
        "evidence/pub/files/public-library.js",
        (public.site / "assets/portfolio/library-data.js").read_text(encoding="utf-8"),
    )
    links = "".join(f"- [Part {n}]({name})\n" for n, name in enumerate((*saved, "files/public-library.js")))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", body=links))
    sites = build_all(project)
    assert sorted(path for path in sites["internal"].where(word) if path.startswith("pub/files/")) == sorted(
        f"pub/{name}" for name in saved
    )
    for audience in ("public", "accreditor"):
        assert sites[audience].where(word) == [], audience
        assert (sites[audience].result.site / "pub/files/public-library.js").is_file(), audience
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [files/report.json]"),
    )
    assert (
        'evidence/pub/open.md:7: error: "files/report.json" is the portfolio\'s report (portfolio report --format json) '
        "of a build for the internal audience, so builds for the public and accreditor audience leave it out"
    ) in project.check().stdout


FRONT_MATTER_FORMS = {
    "lines-ending-in-cr-alone": lambda fm, text: ("---\n" + fm + "---\n" + text).replace("\n", "\r").encode(),
    "a-comment-after-the-dashes": lambda fm, text: ("--- # notes\n" + fm + "---\n" + text).encode(),
    "toml-between-pluses": lambda fm, text: ('+++\ntitle = "Notes"\nvisibility = "internal"\n+++\n' + text).encode(),
    "an-html-comment-before-it": lambda fm, text: ("<!-- notes -->\n---\n" + fm + "---\n" + text).encode(),
    "keys-with-no-dashes-above": lambda fm, text: (fm + "---\n" + text).encode(),
    "a-misspelt-type": lambda fm, text: ("---\ntitle: Notes\ntype: evidance\n---\n" + text).encode(),
    "utf-sixteen-without-its-mark": lambda fm, text: ("---\n" + fm + "---\n" + text).encode("utf-16-le"),
    "invisible-characters-first": lambda fm, text: ("\u200b\n\n---\n" + fm + "---\n" + text).encode(),
}


def test_a_shared_attachment_is_named_at_its_own_entry(project: Project) -> None:
    """Attachments listed one per line: each shared one was named at the line of `attachments:` (a careless
    contributor's review), where a missing one is named at its own; the narrower item names it at its entry too."""
    project.write("evidence/int/files/a.txt", "kanaryentryzz a\n")
    project.write("evidence/int/files/c.txt", "kanaryentryzz c\n")
    project.write(
        "evidence/int/note.md", item("Note", extra="attachments: [files/a.txt, files/c.txt]", body="Notes.\n")
    )
    project.write("evidence/pub/files/b.txt", "open\n")
    extra = "attachments:\n  - ../int/files/a.txt\n  - files/b.txt\n  - ../int/files/c.txt"
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", extra=extra))
    said = [str(p).split(": error")[0] for p in project.problems() if p.code == "shared-attachment"]
    assert said == ["evidence/int/note.md:7"] * 2 + ["evidence/pub/open.md:8", "evidence/pub/open.md:10"], said
    # and at the narrower item's own entry: the item a contributor added may be that one (a careless contributor's
    # review found the error only on the file nobody had touched)
    narrower = [
        str(p) for p in project.problems() if p.code == "shared-attachment" and p.path == "evidence/int/note.md"
    ]
    assert narrower[0] == (
        'evidence/int/note.md:7: error: "files/a.txt" is also an attachment or a survey file of evidence/pub/open.md, '
        "which may be shown to more people than this item (visibility: internal), and a file goes with what is shown "
        "to the fewest: builds for wider audiences would show that item without it; remove it from one of the two, "
        "or give that item a version of its own that may be shown"
    ), narrower


def test_a_copy_under_another_name_is_said_to_be_one_at_the_narrower_item(project: Project) -> None:
    """The narrower item attaching a file a wider one attaches a copy of, byte for byte, under another name, was
    told its file "is also an attachment" of the wider item, which lists no file of that name (a staff member's
    review): it is told the copy's name."""
    project.write("evidence/int/files/a.txt", "kanarycopyzz the same bytes\n")
    project.write("evidence/pub/files/b.txt", "kanarycopyzz the same bytes\n")
    project.write("evidence/int/note.md", item("Note", extra="attachments: [files/a.txt]", body="Notes.\n"))
    extra = "attachments: [files/b.txt]"
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan", extra=extra))
    told = sorted(str(p) for p in project.problems() if p.code == "shared-attachment")
    assert told[0] == (
        'evidence/int/note.md:7: error: "files/a.txt" is the same file, byte for byte, as evidence/pub/files/b.txt, '
        "an attachment or a survey file of evidence/pub/open.md, which may be shown to more people than this item "
        "(visibility: internal), and a file goes with what is shown to the fewest: builds for wider audiences would "
        "show that item without it; remove it from one of the two, or give that item a version of its own that may "
        "be shown"
    ), told
    assert told[1].startswith('evidence/pub/open.md:7: error: "files/b.txt" is the same file, byte for byte, as '), told


@pytest.mark.parametrize("form", list(FRONT_MATTER_FORMS))
def test_a_file_whose_front_matter_keeps_it_from_the_public_is_withheld_however_written(
    project: Project, form: str
) -> None:
    """A third hostile review published files not named as pages whose front matter said internal, written in
    forms the page reader reads, or refuses as an error: each is withheld below internal, as such a page would be
    (front matter a page would be an error for keeps the file from all but the internal audience)."""
    word = canary(f"form-{form}")
    text = f"{word}: the door code is 4821.\n"
    written = FRONT_MATTER_FORMS[form]("title: Notes\ntype: evidence\nvisibility: internal\n", text)
    project.write("evidence/pub/files/notes.txt", written)
    project.write("evidence/pub/downloads.md", "# Downloads\n\n- [The notes](files/notes.txt)\n")
    sites = build_all(project)
    assert "pub/files/notes.txt" in sites["internal"].texts, "the file tests nothing"
    for audience in ("public", "accreditor"):
        assert "pub/files/notes.txt" not in sites[audience].texts and sites[audience].where(word) == [], audience


def test_a_file_that_opens_with_a_rule_but_no_front_matter_is_published(project: Project) -> None:
    """A plain text between rules and a YAML list are no front matter: a third hostile review found them withheld
    without a word, and a public item attaching the list an error it could not mend."""
    opened = {
        "minutes.txt": "---\nMinutes of the open day\n---\nWe met kanaryrulezz.\n",
        "playbook.yml": "---\n- hosts: all\n  tasks: [kanaryplaybookzz]\n...\n",
        "notice.txt": "-----\nA notice\n-----\nkanarynoticezz.\n",
    }
    for name, text in opened.items():
        project.write(f"evidence/pub/files/{name}", text)
    project.write(
        "evidence/pub/open.md",
        item(
            "Open",
            visibility="public",
            maps_to="partnerships/plan",
            extra="attachments: [files/playbook.yml]",
            body="See [the minutes](files/minutes.txt) and [the notice](files/notice.txt).\n",
        ),
    )
    assert [p for p in project.problems("public") if p.severity == "error"] == []
    public = build_all(project)["public"]
    for word, where in (
        ("kanaryrulezz", "minutes.txt"),
        ("kanaryplaybookzz", "playbook.yml"),
        ("kanarynoticezz", "notice.txt"),
    ):
        assert f"pub/files/{where}" in public.where(word), where


@pytest.mark.parametrize("site_url", ["https://example.org/", ""])
def test_an_address_of_the_preview_naming_a_withheld_page_is_not_published(project: Project, site_url: str) -> None:
    """A link copied from the browser showing `portfolio serve` (http://127.0.0.1:8000/int/draft/) published the
    withheld page's address on the public site (a careless contributor's review): every build shows its text only,
    both doors warn at its line; written out as an autolink, whose text is the address, the page is withheld in the
    builds it names a withheld page to, as any address shown as typed. The widest build holds the page."""
    word = canary("preview-address")
    _withheld_draft_on_a_site(project, word)
    config = (project.root / "mkdocs.yml").read_text()
    project.write("mkdocs.yml", config.replace("site_url: https://example.org/\n", f"site_url: {site_url}\n"))
    about = "---\ntitle: About us\n---\nWho we are: our [draft](http://127.0.0.1:8000/int/{0}/) and [plan]({1}).\n"
    project.write("evidence/about.md", about.format(word, "http://localhost:8000/partnerships/plan/"))
    for audience in AUDIENCES:
        found = [(p.path, p.line) for p in project.problems(audience) if p.code == "preview-link"]
        assert found == [("evidence/about.md", 4)], audience  # two links of one line: said once
    sites = {audience: project.build(audience=audience) for audience in AUDIENCES}
    assert word in sites["internal"].all_output(), "the test tests something"
    for audience, built in sites.items():
        assert not built.failed, built.log
        page = built.html("about/")
        assert "127.0.0.1" not in page and "localhost:8000" not in page and "Who we are: our draft and plan." in page
        assert (word in built.all_output()) is (audience == "internal"), audience
    # shown as typed, however the host is written: with no dot in it too (a hostile review: localhost published)
    for host in ("127.0.0.1:8000", "localhost:8000", "[::1]:8000", "LOCALHOST", "2130706433:8000", "user@localhost"):
        project.write("evidence/about.md", f"---\ntitle: About us\n---\nOur draft: <http://{host}/int/{word}/>.\n")
        for audience in ("accreditor", "public"):
            built = project.build(audience=audience)
            assert built.failed and word not in (built.all_output() if built.site.exists() else ""), (host, audience)
            assert [entry for entry in built.log if "evidence/about.md:4: error" in entry], built.log
    assert word in project.build(audience="internal").all_output()


def test_an_id_on_a_link_a_build_removes_stays_a_place_links_lead_to(project: Project) -> None:
    """A public page's link to an internal item, written with an id (`{#draft-note}`) another page's link led to:
    the public strict build failed on that link, its place gone with the link's start tag, where the check passed (a
    differential review). The id stays in every build; the widest holds the link."""
    config = (project.root / "mkdocs.yml").read_text(encoding="utf-8")
    project.write("mkdocs.yml", config + "markdown_extensions:\n  - attr_list\n")
    word = canary("id-on-a-removed-link")
    project.write(f"evidence/int/{word}.md", item("Draft", maps_to="partnerships/plan"))
    project.write(
        "evidence/results.md",
        item(
            "Results",
            visibility="public",
            maps_to="partnerships/plan",
            body=f'[the draft](int/{word}.md){{#draft-note}} and [again](int/{word}.md){{: name="again" }}\n\n'
            f'<svg width="10" height="10"><a id="drawn" href="../int/{word}/"><text>x</text></a></svg>\n',
        ),
    )  # a link's name, and a link in a drawing, are places too (a differential review)
    body = "See [the note](results.md#draft-note), [again](results.md#again) and [drawn](results.md#drawn).\n"
    project.write("evidence/study.md", item("Study", visibility="public", maps_to="partnerships/do", body=body))
    assert project.check("--strict", "--audience", "public").code == 0
    for audience in AUDIENCES:
        built = project.build(audience=audience, strict=True)
        assert not built.failed, (audience, built.log)
        assert 'id="draft-note"' in built.html("results/") and 'id="drawn"' in built.html("results/")
        assert (word in built.all_output()) is (audience == "internal"), audience


def test_a_site_folder_linked_into_evidence_is_refused(project: Project) -> None:
    """`mkdocs build -d site2`, site2 a symbolic link to evidence/out/: MkDocs, which refuses a site folder inside
    the pages' folder, does not follow the link, and the internal site was written where contributors add files
    (an engine review). The build stops before writing anything there."""
    (project.root / "evidence/out").mkdir(parents=True)
    (project.root / "site2").symlink_to(project.root / "evidence/out", target_is_directory=True)
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site2"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PORTFOLIO_AUDIENCE": "internal"},
    )
    assert built.returncode == 1 and "inside" in built.stderr and "through a symbolic link" in built.stderr
    assert list((project.root / "evidence/out").iterdir()) == []
    (project.root / "site3").symlink_to(project.root / "elsewhere/out", target_is_directory=True)
    broken = subprocess.run(  # a link to a folder not made yet: Material's tags plugin ended in a traceback
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site3"],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert broken.returncode == 1 and "Traceback" not in broken.stderr
    assert "is a symbolic link to" in broken.stderr and "which does not exist" in broken.stderr
    widest = project.build(audience="internal")
    assert not widest.failed and (widest.site / "index.html").is_file()


def test_a_links_query_or_fragment_naming_a_withheld_file_is_reduced_with_it(project: Project) -> None:
    """A public page's link to a public page was kept with a query or fragment naming an internal page or its
    attachment (`?next=2026-05-01-staff-rota.md`, `#files/rota.pdf`), in the site and in the pack, where a link to
    another site naming them is reduced (a hostile review). Such a link is reduced to its text; the widest build
    keeps it; a place in a page (`#plan`) and the library's filters stay."""
    word = canary("query")
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://example.org/p/\n")
    project.write(
        f"evidence/people/{word}.md",
        item("Rota", extra=f"attachments: ['files/{word} #2.pdf']", maps_to="people/plan"),
    )
    project.write(f"evidence/people/files/{word} #2.pdf", "%PDF-1.4\n")
    project.write("evidence/people/open.md", item("Open", visibility="public", body="## Plan\n\nOpen.\n"))
    project.write("evidence/people/plan.md", item("Withheld plan"))  # (beside a place "#plan": no file's name)
    # a section's folder, which a library's filter names, beside its withheld README (a false-positive review)
    project.write("evidence/people/review/README.md", "---\ntitle: Filing\nvisibility: internal\n---\nNotes.\n")
    links = (
        f"[a](open.md?next={word}.md) [b](https://example.org/p/people/open/?from=/p/people/{word}/) "
        f"[c](https://example.org/p/people/open/#files/{word}%20%232.pdf) [d](open.md#plan) "
        "[e](../library.md?challenge=people&section=plan) [f](../library.md?section=people/review) "
        f"[g](open.md?next=(../{word}/)) [h](open.md?f=files/{word}%20%232.pdf%2C) "
        f"[i](open.md?f=files/x/../{word}%20%232.pdf.) [j](open.md?next=/p/people/{word})\n"
    )
    project.write("evidence/people/links.md", item("Links", visibility="public", body=links))
    sites = build_all(project)
    public = BeautifulSoup(sites["public"].result.html("people/links/"), "html.parser")
    kept = {a.get_text(): a["href"] for a in public.select("article a")}
    assert not {"a", "b", "c", "g", "h", "i", "j"} & set(kept), kept  # (g to j: written otherwise, hostile reviews)
    assert kept["d"] == "../open/#plan" and kept["e"] == "../../library/?challenge=people&section=plan", kept
    assert kept["f"] == "../../library/?section=people/review", kept
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []
    inside = BeautifulSoup(sites["internal"].result.html("people/links/"), "html.parser")
    assert {"a", "b", "c", "g", "h", "i", "j"} <= {a.get_text() for a in inside.select("article a")}
    assert sites["internal"].where(word)


def _rota_and_notes(project: Project, word: str, written: str) -> None:
    """Two internal rotas attaching a file named by `word` (one with a space in its name), and a public page of notes
    whose text is `written` (with `{word}`) below a line of its own, on line 10 of the file."""
    project.write(f"evidence/people/{word}.md", item("Rota", extra=f"attachments: [files/{word}.pdf]"))
    project.write(f"evidence/people/files/{word}.pdf", "%PDF-1.4\n")
    project.write(f"evidence/people/{word}-2.md", item("Rota 2", extra=f"attachments: ['files/staff {word}.pdf']"))
    project.write(f"evidence/people/files/staff {word}.pdf", "%PDF-1.4\n")
    body = "Intro.\n\n" + written.format(word=word) + "\n"
    project.write("evidence/people/notes.md", item("Notes", visibility="public", body=body))


@pytest.mark.parametrize(
    "written",
    [
        "[the rota](<{word}.md",
        "[the rota]({word}.md`",
        '[the rota]({word}.md"',
        "[the rota](files/{word}.pdf»",
        "[the rota](files/{word}.pdf&#x22;",
        "[the rota](`{word}.md` and more",
        "[the rota](<files\\{word}.pdf and more",
        "[the rota](<files/staff {word}.pdf and more",  # (a name with a space: a final review)
        "[the rota](<files/{word}.PDF and more",  # (in other capitals: a final review)
    ],
)
def test_a_link_shown_as_typed_with_marks_around_its_address_stops_the_build(project: Project, written: str) -> None:
    """A Markdown link shown as typed whose address has a mark before or after it (`(<`, a backtick, a quote, »)
    published a withheld page's or file's address: the address was read with the mark, and named nothing withheld
    (a hostile review), and a strict check passed. Both doors stop on it at its line; the widest build holds it."""
    word = canary("marked")
    _rota_and_notes(project, word, written)
    checked = project.check_in_process("--audience", "public")
    assert checked.code == 1 and any(
        line.startswith(f"evidence/people/notes.md:{10 + written.count(chr(10))}: error:") and "typed text" in line
        for line in checked.lines
    ), checked.lines
    assert project.build(audience="public").failed
    internal = project.build(audience="internal")
    assert not internal.failed and word in (internal.site / "people" / "notes" / "index.html").read_text()


@pytest.mark.parametrize(
    "written",
    [
        "[the rota]( <files/{word}.pdf> and more",
        "[the rota][1]\n\n[1]: <files/staff {word}.pdf#page=2>",  # (a definition Markdown does not read)
    ],
)
def test_a_withheld_address_taken_for_a_tag_is_in_no_page(project: Project, written: str) -> None:
    """A withheld file's address in angle brackets that Markdown passes on as a tag (`<files/rota.pdf>`), which a
    browser shows as nothing: it stopped the build as typed text, its tag in the page's source; the seal takes such
    a tag out, as the browser shows it, and the check warns of the link at its line. The widest build holds it."""
    word = canary("tagged")
    _rota_and_notes(project, word, written)
    checked = project.check_in_process("--audience", "public")
    at = 10 + written.count("\n")
    assert any(line.startswith(f"evidence/people/notes.md:{at}: warning:") for line in checked.lines), checked.lines
    public = project.build(audience="public")
    assert not public.failed and word not in public.all_output()
    internal = project.build(audience="internal")
    assert not internal.failed and word in internal.all_output()


def test_a_warning_quoting_a_withheld_address_in_brackets_is_left_out_of_portfolio_json(project: Project) -> None:
    """A public page's link with a title not in straight quotes, to an internal item's attachment, was warned with its
    address in brackets (`write it (files/rota.pdf "it's (here")`), which the public portfolio.json carried: only an
    address in double quotes was looked for (a hostile review). The warning stays in the widest build's."""
    word = canary("bracketed")
    project.write(f"evidence/people/{word}.md", item("Rota", extra=f"attachments: [files/{word}.pdf]"))
    project.write(f"evidence/people/files/{word}.pdf", "%PDF-1.4\n")
    body = f"See [the rota](files/{word}.pdf 'it's (here)').\n"
    project.write("evidence/people/notes.md", item("Notes", visibility="public", body=body))
    sites = build_all(project)
    assert sites["public"].where(word) == [] and sites["accreditor"].where(word) == []
    warnings = sites["internal"].result.portfolio["warnings"]
    assert any(word in warning["message"] for warning in warnings if warning["path"] == "evidence/people/notes.md")


def test_an_autolink_of_the_site_whose_query_names_a_withheld_file_stops_the_build(project: Project) -> None:
    """`<https://example.org/p/people/open/?f=files/rota.pdf>` on a public page: the seal removed its link, and its
    text, the address, stayed in the page and the search index (a hostile review): the address was judged by its
    path alone. Both doors stop on it; the widest build holds it."""
    word = canary("autolinked")
    project.write("mkdocs.yml", (project.root / "mkdocs.yml").read_text() + "site_url: https://example.org/p/\n")
    project.write(f"evidence/people/{word}.md", item("Rota", extra=f"attachments: [files/{word}.pdf]"))
    project.write(f"evidence/people/files/{word}.pdf", "%PDF-1.4\n")
    project.write("evidence/people/open.md", item("Open", visibility="public"))
    body = f"See <https://example.org/p/people/open/?f=people/files/{word}.pdf>.\n"
    project.write("evidence/people/notes.md", item("Notes", visibility="public", body=body))
    public = project.build(audience="public")
    assert public.failed and any("typed text" in line and "notes.md:8" in line for line in public.log), public.log
    internal = project.build(audience="internal")
    assert not internal.failed and word in (internal.site / "people" / "notes" / "index.html").read_text()


def test_a_sections_gap_stays_in_the_public_portfolio_json_when_its_folder_is_withheld(project: Project) -> None:
    """The public portfolio.json left out the warning that a section is not covered where every item of the
    section's folder was withheld, the folder counting as a withheld file its message named ("add evidence mapped
    to people/plan": a false-positive review); the section is the framework's, public. The item stays out."""
    word = canary("sectiongap")
    project.write(f"evidence/people/plan/{word}.md", item("Rota", maps_to="people/plan"))
    sites = build_all(project)
    public = [w["message"] for w in sites["public"].result.portfolio["warnings"] if w["code"] == "uncovered-section"]
    assert any("people/plan" in message for message in public), public
    assert sites["public"].where(word) == [] and sites["internal"].where(word)


@pytest.mark.parametrize("name", ["plan", "people/plan"])
def test_a_sections_gap_stays_in_the_public_portfolio_json_beside_a_withheld_page_of_its_name(
    project: Project, name: str
) -> None:
    """A withheld page named as a section (evidence/plan.md, evidence/people/plan.md) took the gaps of that section
    out of the public portfolio.json, their messages' section path ("mapped to people/plan") read as naming it (a
    differential fuzz of the contract); a section's path is the framework's. The page stays out."""
    word = canary(f"sectionnamed-{name.replace('/', '-')}")
    project.write(f"evidence/{name}.md", item(word, maps_to="partnerships/plan"))
    sites = build_all(project)
    public = [w["message"] for w in sites["public"].result.portfolio["warnings"] if w["code"] == "uncovered-section"]
    assert any("people/plan" in message for message in public), public
    assert sites["public"].where(word) == [] and sites["internal"].where(word)


def test_a_blog_excerpt_runs_no_script_the_check_did_not_see(project: Project) -> None:
    """A hostile review: a blog's index shows its posts' excerpts, which Material's blog renders again from their
    Markdown after the posts' pages were sealed, and the whole page, sealed once the theme has filled it in, keeps
    the theme's scripts. A script the check of a post's text does not see (here, one a snippet puts in) ran there.
    Each excerpt is sealed as a page's content is: no script is left of it, on the index or on the post's page; the
    widest build holds the post."""
    snippets = f"markdown_extensions:\n  - pymdownx.snippets:\n      base_path: ['{project.root}/snippets']\n"
    project.write("mkdocs.yml", MKDOCS_YML.replace("  - tags\n", "  - tags\n  - blog\n") + snippets)
    project.write("snippets/widget.html", '<details open ontoggle="fetch(1)">x</details><script>fetch(2)</script>\n')
    project.write("evidence/pub/open.md", item("Open", visibility="public"))
    project.write("evidence/blog/index.md", "---\nvisibility: public\n---\n# Blog\n")
    project.write(
        "evidence/blog/posts/first.md",
        '---\ndate: 2026-01-02\n---\n# A post kanarypostzz\n\n--8<-- "widget.html"\n\n<!-- more -->\n',
    )
    result = project.build(audience="internal")
    assert not result.failed, result.log
    for page in ("blog/index.html", "blog/2026/01/02/a-post-kanarypostzz/index.html"):
        html = (result.site / page).read_text(encoding="utf-8")
        assert "kanarypostzz" in html and "<details open>x</details>" in html, page
        assert "ontoggle" not in html and "fetch(" not in html, page


def test_a_picture_a_withheld_item_attaches_is_left_out_of_a_wider_page_with_a_warning(project: Project) -> None:
    """A public page's photo that an accreditor item attaches too goes with the item: the public site showed the
    page without it, and nothing said so (a review of valid portfolios). A warning at the picture's line, in the
    check and the builds that leave it out; none where the picture is shown."""
    word = canary("keptpicture")
    project.write(f"evidence/places/photos/{word}.jpg", b"\xff\xd8\xff\xe0 a picture")
    shown = f"Intro.\n\n![Y Bont](photos/{word}.jpg)\n"
    project.write("evidence/places/reopened.md", item("Reopened", visibility="public", body=shown))
    refurb = item("Refurb", visibility="accreditor", extra=f"attachments: [photos/{word}.jpg]")
    project.write("evidence/places/refurb.md", refurb)
    sites = build_all(project)
    assert f"places/photos/{word}.jpg" in sites["internal"].where(word)
    assert f"places/photos/{word}.jpg" in sites["accreditor"].where(word)
    assert not sites["public"].where(word), sites["public"].where(word)
    told = (
        f'portfolio: evidence/places/reopened.md:10: warning: the picture "photos/{word}.jpg" is kept by '
        "evidence/places/refurb.md (visibility: accreditor), which attaches it or reads it as survey data, and a file "
        "goes with what is shown to the fewest: the public build shows this page without it; if it may be shown to "
        "the public audience, take it out of the attachments of that item (its text can link to it), or else take it "
        "out of this page"
    )
    assert told in sites["public"].result.log, sites["public"].result.log
    for audience in ("accreditor", "internal"):
        assert not [line for line in sites[audience].result.log if "is also an attachment" in line], audience
        assert "withheld-picture" not in {p.code for p in project.problems(audience)}
    assert [(p.path, p.line) for p in project.problems("public") if p.code == "withheld-picture"] == [
        ("evidence/places/reopened.md", 10)
    ]
    # a copy byte for byte under another name, shown by the introduction (a review of the change: told of the
    # copy as the item's attachment, and not told of the introduction at all)
    project.write(f"evidence/places/photos/copy-{word}.jpg", b"\xff\xd8\xff\xe0 a picture")
    project.write("evidence/index.md", f"# Our portfolio\n\n![Café](places/photos/copy-{word}.jpg)\n")
    said = [p.message for p in project.problems("public") if p.path == "evidence/index.md"]
    assert said == [
        f'the picture "places/photos/copy-{word}.jpg" is the same file, byte for byte, as '
        f"evidence/places/photos/{word}.jpg, kept by evidence/places/refurb.md (visibility: accreditor), which "
        "attaches it or reads it as survey data, and a file goes with what is shown to the fewest: the public build "
        "shows this page without it; if it may be shown to the public audience, take it out of the attachments of "
        "that item (its text can link to it), or else take it out of this page"
    ], said
    # the picture taken out of the item's attachments, and linked from its text: shown to everyone, with no word
    project.write(
        "evidence/places/refurb.md", item("Refurb", visibility="accreditor", body=f"[Photo](photos/{word}.jpg)")
    )
    assert f"places/photos/{word}.jpg" in Site.read("public", project.build(audience="public", strict=True)).where(word)


@pytest.mark.parametrize("held", ["linked", "attached"])
def test_a_file_mkdocs_yml_names_for_every_page_stays_with_the_withheld_page_that_has_it(
    project: Project, held: str
) -> None:
    """theme.logo and extra_css naming files only an internal page linked to published them to everyone, with no
    word (a hostile review); attached by the item, they were left out with no word. Both are left out of the builds
    that withhold the page, with a warning at mkdocs.yml's line; the widest build has them."""
    word = canary(f"sitefile{held}")
    project.write(f"evidence/int/files/{word}.png", b"\x89PNG\r\n\x1a\n" + word.encode())
    project.write(f"evidence/int/files/{word}.css", f"/* {word} */ body {{ color: black; }}\n")
    names = [f"files/{word}.png", f"files/{word}.css"]
    extra = f"attachments: [{', '.join(names)}]" if held == "attached" else ""
    body = f"![logo]({names[0]}) and [style]({names[1]}).\n" if held == "linked" else "Body.\n"
    project.write("evidence/int/note.md", item("Note", extra=extra, body=body))
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  font: false\n", f"  font: false\n  logo: int/{names[0]}\n")
        + f"extra_css:\n  - int/{names[1]}\n",
    )
    sites = build_all(project)
    assert {f"int/files/{word}.png", f"int/files/{word}.css"} <= set(sites["internal"].where(word))
    why = (
        "an item withheld from this build attaches"
        if held == "attached"
        else "only pages withheld from this build link to"
    )
    for audience in ("public", "accreditor"):
        assert not sites[audience].where(word), (audience, sites[audience].where(word))
        told = [line for line in sites[audience].result.log if "withheld from this build" in line]
        assert told == [
            f'portfolio: mkdocs.yml:6: warning: theme.logo names "int/files/{word}.png", a file {why}, so the '
            f"{audience} build leaves it out and every page goes without it; name a file of the site's own that no "
            "withheld item attaches or links to (a copy byte for byte is the same file)",
            f'portfolio: mkdocs.yml:14: warning: extra_css names "int/files/{word}.css", a file {why}, so the '
            f"{audience} build leaves it out and every page goes without it; name a file of the site's own that no "
            "withheld item attaches or links to (a copy byte for byte is the same file)",
        ], told
    assert not [line for line in sites["internal"].result.log if "withheld from this build" in line]
    out = project.root.parent / f"generated-{held}"
    done = project.command("generate", str(project.root), "--audience", "public", "--out", str(out))
    assert done.code in (0, 1), done.stdout + done.stderr
    assert not [path for path in out.rglob("*") if word in path.name], list(out.rglob(f"*{word}*"))


def test_a_site_file_an_internal_page_names_without_a_link_is_published(project: Project) -> None:
    """An internal guide saying "replace assets/logo.png" kept the site's logo from the public site, with a warning
    that told to move it where it was (a review of the change): a mention is no link, and the logo is the site's."""
    project.write("evidence/assets/logo.png", b"\x89PNG\r\n\x1a\n the logo")
    project.write("evidence/guide.md", "---\nvisibility: internal\n---\n# Guide\n\nTo change it, replace logo.png.\n")
    project.write("evidence/pub/open.md", item("Open", visibility="public", maps_to="partnerships/plan"))
    project.write("mkdocs.yml", MKDOCS_YML.replace("  font: false\n", "  font: false\n  logo: assets/logo.png\n"))
    assert "logo.png" in (project.root / "evidence/guide.md").read_text()  # (the test tests something)
    built = project.build(audience="public", strict=True)
    assert not built.failed, built.log
    assert (built.site / "assets/logo.png").is_file() and "assets/logo.png" in built.html("")


def test_data_nested_too_deep_to_read_says_it_is_the_internal_audiences(tmp_path: Path) -> None:
    """The library's data of an internal build, nested past what Python reads (a review of valid portfolios), was
    taken as saying nothing, and published: what cannot be read is the internal audience's, as a zip that cannot
    be is; the same data read whole says its own audience."""
    from evidence_portfolio.site.own_outputs import made_for

    data = tmp_path / "library-data.js"
    data.write_text('window.portfolioLibrary = {"audience":"internal","types":[],"badges":{},"items":[]};')
    assert made_for(data) == ("internal", "the library's data (library-data.js) of a build for the internal audience")
    # one written before the library's data said its audience: its rows' narrowest visibility (a review of the change)
    row = ["a/b", 0, "", "", "Title", "a/b/", [], [], [], [], "", [], "accreditor", 0, -1]
    data.write_text("window.portfolioLibrary = " + json.dumps({"types": [], "badges": {}, "items": [row]}) + ";")
    assert made_for(data) == (
        "accreditor",
        "the library's data (library-data.js) of a build for the accreditor audience",
    )
    data.write_text(
        'window.portfolioLibrary = {"audience":"public","types":[],"badges":{},"items":'
        + "[" * 5000
        + "]" * 5000
        + "};"
    )
    assert made_for(data) == ("internal", "data nested too deep to be read, so what it holds is unknown")


def test_the_portfolios_data_with_a_search_indexs_first_key_is_read_whole(tmp_path: Path) -> None:
    """portfolio.json of an internal build, a `config` key put at its start by hand, was read through as it was
    looked at as a search index, and what was left of it, nothing, read as the portfolio's data: it said nothing of
    its audience (a read of the change). The file's text is read once, for both."""
    from evidence_portfolio.site.own_outputs import made_for

    # (its other keys past the first 4 KB, which alone were read of it)
    data = {"audience": "internal", "config": {"note": "x" * 5000}, "schema_version": 1, "framework": {}}
    data |= {"challenges": [], "items": []}
    path = tmp_path / "portfolio.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert made_for(path) == ("internal", "the portfolio's data (portfolio.json) of a build for the internal audience")


def test_a_zip_of_many_large_pictures_written_as_xml_is_no_output(tmp_path: Path) -> None:
    """A public zip of 300 ward maps, each an SVG of 266 KB, was read on member by member for a page's mark, past
    the limit of what is read, and taken for the internal audience's outputs (a review of the change): an SVG is
    no page; a page among them is still read for its mark."""
    import zipfile

    from evidence_portfolio.site import own_outputs

    svg = '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">' + "<path d='M0 0L1 1'/>" * 13_000 + "</svg>"
    assert len(svg) > 256_000
    with zipfile.ZipFile(tmp_path / "ward-maps.zip", "w", zipfile.ZIP_DEFLATED) as archive:
        for number in range(300):
            archive.writestr(f"maps/ward-{number:03}.svg", svg)
    assert own_outputs.made_for(tmp_path / "ward-maps.zip") is None
    with zipfile.ZipFile(tmp_path / "ward-maps.zip", "a") as archive:
        archive.writestr(
            "zz/page.html", '<html><head><meta name="evidence-portfolio" content="made for the internal audience">'
        )
    assert own_outputs.made_for(tmp_path / "ward-maps.zip") == (
        "internal",
        'a zip holding "zz/page.html", a page of a site the portfolio built for the internal audience',
    )


def test_a_page_of_parts_nested_too_deep_to_read_is_refused_for_its_script_without_a_traceback(
    project: Project,
) -> None:
    """A file named .html that is a web archive of 3,000 parts in parts, its page holding a script, ended both doors
    in a RecursionError, read for a page's mark (a review of the change): it is refused for its script, at its
    line."""
    nested = b"MIME-Version: 1.0\r\n" + b"".join(
        b'Content-Type: multipart/related; boundary="b%d"\r\n\r\n--b%d\r\n' % (n, n) for n in range(3000)
    )
    project.write("evidence/pub/files/maps.html", nested + b"Content-Type: text/html\r\n\r\n<script>x()</script>\r\n")
    project.write(
        "evidence/pub/open.md",
        item("Open", visibility="public", maps_to="partnerships/plan", extra="attachments: [files/maps.html]"),
    )
    found = [(p.path, p.code) for p in project.problems("public") if p.severity == "error"]
    assert ("evidence/pub/files/maps.html", "script-file") in found, found
