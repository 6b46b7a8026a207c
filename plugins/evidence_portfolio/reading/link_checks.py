"""The links of pages' text checked: a link to a file that does not exist, or to a path on a computer, is a
warning at its line, and a file a link leads to is referred to (so it is not reported as a file no page refers to).

Whether a link leads somewhere depends only on the files under evidence/ and the pages the portfolio generates,
which are known before any page is read: each page's links are checked as the page is read, on whichever core
reads it (see project.read_project).
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from html import unescape
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.urls import (
    DOCUMENT_EXTENSIONS,
    EMAIL_ADDRESS,
    FULL_ADDRESS,
    MARKDOWN_EXTENSIONS,
    destination,
    from_another_host,
    is_markdown,
    only_climbs,
    page_url,
    preview_host,
    relative_url,
    same_host,
    web_address,
)
from .file_contents import PICTURES, what_is_wrong
from .links import Link, from_the_docs, resolve
from .near_names import ALIKE, moved_to, near_name, written_alike
from .pages import Page
from .settings import Settings, extension_names


class LinkChecks:
    """The links of pages checked against `targets`: the files under evidence/ and the pages the portfolio
    generates, as paths under evidence/."""

    def __init__(self, settings: Settings, targets: frozenset[str]) -> None:
        self._settings = settings
        self._targets = targets
        folders = {posixpath.dirname(uri) for uri in targets} - {""}
        self._folders = folders | {parent for folder in folders for parent in _parents(folder)}
        self._by_destination = {destination(uri, settings.written_directory_urls): uri for uri in targets}
        self._escapes = markdown_escapes(settings.markdown_extensions)
        self._docs = str(settings.docs_dir)
        self._contents: dict[tuple[str, bool], str | None] = {}
        """What is wrong with each picture or PDF looked at, shown or not (file_contents.what_is_wrong)."""
        self._by_lower_case: dict[str, str] | None = None
        """The targets by their paths in lower case (made for the first link to no target)."""

    def check(self, page: Page) -> tuple[Problems, frozenset[str]]:
        """The problems of a page's links, and the files they lead to."""
        settings = self._settings
        problems = Problems()
        referred: set[str] = set()
        post = settings.blog_post(page.src_uri)
        previewed: set[int] = set()
        for written in page.links_read:
            link = as_in_page(written, self._escapes)
            if post and written.html and _relative_path(link) is not None:
                # The blog gives the post an address of its making, and shows its excerpt on pages higher up: the
                # link cannot be judged, and is not quoted (on another page it names another file).
                problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    "this link in an HTML tag of a blog post is relative to the address of the page showing it: the "
                    "post, and the blog's index, archive and category pages with its excerpt, so it leads somewhere "
                    "else from each; write it as a Markdown link [text](path to the file), which the blog resolves "
                    "on every page",
                )
                continue
            unreadable = None if written.html else _unreadable(link.target)
            if unreadable:
                problems.add(
                    "bad-address",
                    page.path,
                    link.line,
                    f'MkDocs cannot read the address "{link.target}" and stops the build: {unreadable}',
                )
                continue
            cleaned = clean_url(link.target, link.html)
            if written.loads and from_another_host(cleaned, settings.site_host, plainly=True):
                watch = _watch_address(cleaned)
                cure = (
                    f"make it a link to the video to click: [Watch the video]({watch})"
                    if watch
                    else "save the file in evidence/ beside this item and show it from there, or make it a link to "
                    f"click: [text]({link.target})"
                )
                problems.add(
                    "embedded-from-elsewhere",
                    page.path,
                    link.line,
                    f'this page shows "{link.target}" from another website as it opens (an image, a video, a frame, a '
                    "script or a stylesheet): that website would learn who reads the page, internal ones too, and a "
                    "copy opened from disk cannot show it, so the site does not load it (an image shows its "
                    f"description, a frame stays empty); {cure}",
                )
                continue
            if _ON_A_COMPUTER.match(cleaned) or written.target.startswith("\\\\"):  # (Markdown reads "\\\\" as "\\")
                problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    # Not quoted: the path may name a withheld file (C:\...\evidence\x.md, \\server\share\x.md), which a
                    # site's list of problems never names (a hostile review).
                    f'{_which_link(link, page.links)} is a path on a computer or a network drive ("C:\\...", '
                    '"\\\\server\\...", "file:"), which no visitor of the site can open; put the file in evidence/, '
                    "beside this item, and link to it by its name, such as (files/photo.jpg)",
                )
                continue
            intranet = page.visibility != "internal" and _INTRANET.match(cleaned)
            if intranet:  # a careless contributor's review: published with no word, for no one to open
                audience = "the public" if page.visibility == "public" else "the assessor"
                problems.add(
                    "intranet-link",
                    page.path,
                    link.line,
                    f'the link "{link.target}" leads to the organisation\'s SharePoint or OneDrive, which no one '
                    f"outside it can open, and this page is for {audience}; put the file in evidence/, beside this "
                    "item, and link to it by its name, such as (files/minutes.docx)",
                )
                continue
            preview = FULL_ADDRESS.match(cleaned)
            if preview and preview_host(preview["authority"]):  # copied from the browser showing `portfolio serve`
                if link.line not in previewed:  # (said once a line: two links of one line said it twice)
                    previewed.add(link.line)
                    problems.add(
                        "preview-link",
                        page.path,
                        link.line,
                        # Not quoted: it names a page of the site, which may be withheld (see broken-link below).
                        "a link on this line is an address of the preview on your own computer (http://127.0.0.1:8000/"
                        "... or http://localhost:8000/..., where portfolio serve shows the site), which no one else "
                        "can open, so the site shows only its text; link to the page's file instead, as a path from "
                        "this file, such as (../do/minutes.md)",
                    )
                continue
            from_docs = (
                from_the_docs(clean_url(link.target, False)) if settings.links_from_docs and not link.html else None
            )
            if from_docs is not None:  # (/partnerships/x.md, read from evidence/ as mkdocs.yml's validation says)
                reached = self._from_docs(link, page, from_docs, written.loads, problems)
                if reached is not None:
                    referred.add(reached)
                continue
            rooted, full = _rooted_path(link, settings.site_host)
            if rooted is not None:  # from the top of the host: the site's own files when under its path
                reached = self._from_the_top(link, rooted)
                if reached is not None:
                    referred.add(reached)
                    continue
                root = settings.site_root
                inside = (rooted + "/").lower().startswith(root.lower())
                if full and not inside:  # a full address of another site on the same host: a link elsewhere
                    continue
                named = self._page_file_from_the_top(rooted, inside)
                if named is not None:  # (/partnerships/do/x.md, copied from the folder's path: a staff review)
                    urls = settings.written_directory_urls
                    place = _place(link.target)  # (its #place kept: a review of valid pages)
                    such_as = (
                        f'href="{relative_url(page_url(named, urls), page_url(page.src_uri, urls))}{place}"'
                        if link.html
                        else f"({_bracketed(posixpath.relpath(named, posixpath.dirname(page.src_uri) or '.') + place)})"
                    )
                    problems.add(
                        "broken-link",
                        page.path,
                        link.line,
                        f'the link "{link.target}" starts with "/" and names the file of the page '
                        f"{settings.display_uri(named)}, "
                        "which is no address on the site, "
                        + (
                            "so the site shows only its words"
                            if inside
                            else f"and it leads from the top of the web site, outside this portfolio (at {root})"
                        )
                        + f"; write it relative to this file: {such_as}",
                        also=[settings.display_uri(named)],
                    )
                    continue
                where = "to no file of this portfolio" if inside else f"outside this portfolio (at {root})"
                how = (
                    f"is a full address on this site ({settings.site_url}) that leads {where}"
                    if full
                    else f'starts with "/", so it leads from the top of the web site, {where}'
                )
                problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    # Not quoted: the path it names may be a withheld file's, which the build's warnings never name.
                    f"a link on this line {how}; write it relative to this file, such as (files/report.pdf) or "
                    "(../do/minutes.md)",
                )
                continue
            found = self._landing(link, page.src_uri)
            if link.html and not written.html and _relative_path(link) is not None:  # a backslash kept (as_in_page)
                slashed = self._landing(replace(link, html=False), page.src_uri)
                problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    f'the link "{written.target}" is written with backslashes (\\), as Windows writes a path; MkDocs '
                    "finds a link's file only by slashes, so this link would be shown as plain text and its file left "
                    f"out; write it with slashes: ({clean_url(link.target, html=False)})",
                    also=[settings.display_uri(slashed.rstrip("/"))] if slashed else [],
                )
                continue
            exact = found if link.html else link_target(link, page.src_uri, False, {})
            if not link.html and exact not in self._targets:
                # MkDocs leaves a Markdown link to no file of evidence/ as written, and a browser reads it from the
                # page's address, as a link in HTML: a page's address pasted from the site (../../library/?tag=x)
                read = self._landing(replace(link, html=True), page.src_uri)
                # (an address is no Markdown file's name: ../../../about.md, one "../" too many, lands on none)
                if read in self._targets and not is_markdown(urlsplit(link.target).path):
                    referred.add(read)
                    continue
                if (
                    found is not None
                    and "unrecognized_links" not in settings.link_warnings  # (then MkDocs' own warning, below)
                    and self._address_read_from_the_file(link, page, found, problems)
                ):
                    continue
            if found is None and _leaves_evidence(link, page.src_uri, settings):
                climbed = self._climbed_too_far(link, page.src_uri)
                problems.add(
                    "broken-link",
                    page.path,
                    link.line,
                    # Neither quoted nor resolved: out of the project, a path may come back to any file by any name.
                    f"{_which_link(link, page.links)} leads outside evidence/, and the site holds only what is in "
                    "evidence/, so it is broken or shown as plain text; "
                    + (
                        f'it climbs a folder too many ("../"): write ({_bracketed(climbed[0])})'
                        if climbed
                        else "put the file in evidence/ and link to it there, or link to a web address"
                    ),
                    also=[settings.display_uri(climbed[1])] if climbed else [],
                )
                continue
            if found is None or found in self._targets or found.rstrip("/") in self._folders or found == "":
                if (
                    found
                    and link.html
                    and is_markdown(found)
                    and is_markdown(urlsplit(clean_url(link.target, True)).path)
                ):
                    # <a href="../plan/x.md">: a page's file, which is no address on the site (a differential fuzz:
                    # shown as plain text without a word)
                    urls = settings.written_directory_urls
                    address = relative_url(page_url(found, urls), page_url(page.src_uri, urls))
                    problems.add(
                        "broken-link",
                        page.path,
                        link.line,
                        f'the link "{link.target}" names the file of the page evidence/{found}, which is no address on '
                        "the site, so the site shows it as plain text; in an HTML tag, write the page's address, "
                        f'such as href="{address}", or write it as a Markdown link [text](path to the file)',
                        also=[settings.display_uri(found)],
                    )
                    continue
                if found:
                    referred.add(found)
                    self._check_contents(page, found, written.loads, link.target, link.line, problems)
                if (
                    written.loads
                    and not written.html
                    and found
                    and posixpath.splitext(found)[1].lower() in DOCUMENT_EXTENSIONS
                ):
                    # ![The report](files/report.docx): a broken picture (a careless contributor's review)
                    problems.add(
                        "file-content",
                        page.path,
                        link.line,
                        f'"{link.target}": it is a document, not a picture, so the page shows a broken picture in its '
                        'place; make it a link to click, without the "!" before its "[": [text]('
                        f"{_bracketed(link.target)})",
                        also=[settings.display_uri(found)],
                    )
                continue
            named = self._in_other_capitals(found)
            also = [found.rstrip("/")]
            if link.html:
                hint = (
                    "links in HTML tags are relative to the page's address on the site, not to the file; "
                    "write it as a Markdown link [text](path) instead, or fix the path"
                )
            elif "#" in link.target and resolve(page.src_uri, link.target.replace("#", "%23")) in self._targets:
                # (files/photo #2.png): the file's name ends at its "#", where the place in the page starts
                hint = (
                    'a "#" in an address starts the place in the page to go to, so the file\'s name ends before it: '
                    f'write each "#" as %23, such as ({_bracketed(link.target.replace("#", "%23"))}), or rename the '
                    'file without "#"'
                )
            elif named is not None:  # (files/Photo.JPG) for files/photo.jpg: found on Windows and macOS, not online
                written_as = posixpath.relpath(named, posixpath.dirname(page.src_uri) or ".")
                hint = (
                    f"the file is named evidence/{named}, in other capitals: the site finds a file by its exact name, "
                    f"capitals included (a computer's own folders may not), so write ({_bracketed(written_as)})"
                )
                also.append(named)  # (shown only where that file may be named)
            elif " " in link.target and "." not in posixpath.basename(link.target):
                # [the bid](Joint bid with the County): a page's title for its file's name
                hint = (
                    "a link leads to a file by its name, not by its title: write the name of the page's file, with "
                    "hyphens for spaces, such as (2026-05-14-joint-bid.md)"
                )
            elif (alike := written_alike(found, self._targets)) is not None:  # (café.md stored as a Mac stores it)
                hint = f"evidence/{alike} {ALIKE}"
                also.append(alike)  # (shown only where that file may be named)
            elif not link.loads and _email_address(link.target):  # [Sarah](sarah@club.org): a file's name, to MkDocs
                hint = f"it is an email address: write (mailto:{link.target}), which opens an email to it"
            elif (meant := _meant(found, self._targets)) is not None:  # (files/minuts.pdf, ../plan/x.md moved)
                other, said = meant
                fragment = link.target.partition("#")[2]
                written_as = posixpath.relpath(other, posixpath.dirname(page.src_uri) or ".")
                hint = (
                    f"{said}, write ({_bracketed(written_as + ('#' + fragment if fragment else ''))}); else fix the "
                    "path (it is relative to this file), add the file, or take the link out"
                )
                also.append(other)  # (shown only where that file may be named)
            elif not link.loads and web_address(link.target):  # [Sport Wales](www.sport.wales): a file's name too
                hint = f"it is a website's address: write (https://{link.target}), as an address of another site starts"
            else:
                hint = "fix the path (it is relative to this file), add the file, or take the link out"
            missing = "does not exist"
            if settings.left_out and settings.left_out_by_mkdocs(found):
                missing = "exclude_docs or draft_docs of mkdocs.yml leave out of every build"
                hint = "link to another page, or take the file out of those patterns"
            # The message quotes the link: it is shown only where the path it names could be (no build names a
            # withheld file, however the link was written).
            problems.add(
                "broken-link",
                page.path,
                link.line,
                f'the link "{link.target}" leads to evidence/{found}, which {missing}; {hint}',
                also=[settings.display_uri(uri) for uri in also],
            )
        if settings.link_warnings:
            self._as_mkdocs_warns(page, problems)
        item = page.item
        if item is not None:
            for name, uri in item.attachments.items():
                line = item.entry_lines.get(f"attachments.{name}", item.lines.get("attachments", 1))
                self._check_contents(page, uri, False, name, line, problems)
        return problems, frozenset(referred)

    def _address_read_from_the_file(self, link: Link, page: Page, found: str, problems: Problems) -> bool:
        """Whether a Markdown link naming no file leads, read from the file as the check reads links, to a page or a
        folder of evidence/ (`found`): the address of a page (../library/), or a folder. MkDocs leaves such a link
        as written, a browser reads it from the page's own address, one folder deeper than its file, where it finds
        nothing, and the site shows it as plain text; a problem says which file to link to."""
        if found in self._targets:
            relative = posixpath.relpath(found, posixpath.dirname(page.src_uri) or ".")
            _, _, _, query, fragment = urlsplit(clean_url(link.target, html=False))
            such_as = _bracketed(relative + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else ""))
            # Not quoted where it climbs back out of a name (x/../about/): that name may be a withheld page's.
            which = "a link on this line" if _climbs_back(link.target) else f'the link "{link.target}"'
            problems.add(
                "broken-link",
                page.path,
                link.line,
                f"{which} is the address of a page, which MkDocs leaves as written, so a browser "
                "reads it from this page's own address, where it leads nowhere, and the site shows it as plain text; "
                f"link to the page's file instead: ({such_as})",
                also=[self._settings.display_uri(found)],
            )
            return True
        if found == "" or found.rstrip("/") in self._folders:
            problems.add(
                "broken-link",
                page.path,
                link.line,
                f'the link "{link.target}" leads to the folder evidence/{found.rstrip("/")}, which is no page of the '
                "site, so the site shows it as plain text; link to a file in it, such as (files/report.pdf), or to "
                "a page, such as (../do/minutes.md)",
                also=[self._settings.display_uri(found.rstrip("/"))],
            )
            return True
        return False

    def _from_docs(self, link: Link, page: Page, found: str, loads: bool, problems: Problems) -> str | None:
        """The file of evidence/ a Markdown link from the top leads to where mkdocs.yml's validation has MkDocs read
        it from evidence/ (Settings.links_from_docs): the file of its exact path, as MkDocs finds it; else a
        problem, and None."""
        if found in self._targets:
            self._check_contents(page, found, loads, link.target, link.line, problems)
            return found
        if found == ".." or found.startswith("../"):  # (/../x.md: MkDocs leaves it as written, for the host's top)
            clamped = posixpath.normpath("/" + found).lstrip("/")
            problems.add(
                "broken-link",
                page.path,
                link.line,
                # Not quoted, as no link leaving evidence/ is: a path out of it may come back to any file by any name.
                'a link on this line climbs out of evidence/ with "../", where "/" is evidence/ itself (as '
                'mkdocs.yml\'s validation reads a link starting with "/"), so MkDocs leaves it as written, and it '
                "leads nowhere on the site; write the path from evidence/"
                + (f", such as (/{_bracketed(clamped)})" if clamped in self._targets else ""),
                also=[self._settings.display_uri(clamped)] if clamped in self._targets else [],
            )
            return None
        _, _, _, query, fragment = urlsplit(clean_url(link.target, html=False))
        rest = (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")
        also = [found.rstrip("/")] if found else []
        if (address_of := _page_at(found, self._targets) if found else "index.md") is not None:
            written_as = _bracketed("/" + address_of + rest)
            said = f"is the address of a page, and MkDocs finds a page by its file: write ({written_as})"
            also.append(address_of)
        elif found.rstrip("/") in self._folders:
            folder = found.rstrip("/")
            said = (
                f"leads to the folder evidence/{folder}, which is no page of the site; link to a file in it, such as "
                f"(/{_bracketed(folder)}/report.pdf)"
            )
        elif self._settings.left_out and self._settings.left_out_by_mkdocs(found):
            said = (
                f"leads to evidence/{found}, which exclude_docs or draft_docs of mkdocs.yml leave out of every "
                "build; link to another page, or take the file out of those patterns"
            )
        elif (
            meant := self._in_other_capitals(found) or near_name(found, self._targets) or moved_to(found, self._targets)
        ) is not None:
            said = (
                f"leads to evidence/{found}, which does not exist; did you mean evidence/{meant}? If so, write "
                f"({_bracketed('/' + meant + rest)}); else fix the path, add the file, or take the link out"
            )
            also.append(meant)
        else:
            said = (
                f"leads to evidence/{found}, which does not exist (mkdocs.yml's validation reads a link starting "
                'with "/" from evidence/); fix the path, add the file, or take the link out'
            )
        # Quoted where every file it names may be named (also), as every broken link is.
        problems.add(
            "broken-link",
            page.path,
            link.line,
            f'the link "{link.target}" {said}',
            also=[self._settings.display_uri(uri) for uri in also],
        )
        return None

    def _as_mkdocs_warns(self, page: Page, problems: Problems) -> None:
        """What MkDocs says of a page's Markdown links where mkdocs.yml's `validation` makes it a warning, which fails
        a strict build: an absolute link (`/about.md`), or a relative one without an extension that leads to no
        file (`about`, `reports/`), as MkDocs judges them; at the lines with no other problem of links."""
        warns = self._settings.link_warnings
        lines = {problem.line for problem in problems}
        for written in page.links_read:
            link = as_in_page(written, self._escapes)
            if written.html or link.line in lines:
                continue
            try:
                scheme, netloc, path, _, _ = urlsplit(link.target)
            except ValueError:
                continue
            if scheme or netloc or not path:
                continue
            path = unquote(path)
            if link.target.startswith(("/", "\\")):
                if "absolute_links" in warns:
                    rooted = posixpath.normpath(path.replace("\\", "/").lstrip("/"))
                    such_as = (
                        posixpath.relpath(rooted, posixpath.dirname(page.src_uri) or ".")
                        if rooted in self._targets
                        else "../do/minutes.md"
                    )
                    problems.add(
                        "absolute-link",
                        page.path,
                        link.line,
                        f'the link "{link.target}" starts with "/", so MkDocs leaves it as it is, and mkdocs.yml\'s '
                        f"validation makes that a warning; write it relative to this file, such as ({such_as})",
                        also=[self._settings.display_uri(rooted)],  # (said only where that file may be named)
                    )
                continue
            primary = posixpath.normpath(posixpath.join(posixpath.dirname(page.src_uri), path).lstrip("/"))
            if "unrecognized_links" in warns and not posixpath.splitext(path)[1] and primary not in self._targets:
                meant = next(
                    (
                        uri
                        for uri in (f"{primary}.md", f"{primary}/index.md", f"{primary}/README.md")
                        if uri in self._targets
                    ),
                    None,
                )
                such_as = (
                    f"({posixpath.relpath(meant, posixpath.dirname(page.src_uri) or '.')})"
                    if meant
                    else "(about.md) or (reports/index.md)"
                )
                problems.add(
                    "unrecognized-link",
                    page.path,
                    link.line,
                    f'the link "{link.target}" names no file (its last part has no extension, such as .md or .pdf), '
                    "so MkDocs leaves it as it is, and mkdocs.yml's validation makes that a warning; link to the "
                    f"file itself, such as {such_as}",
                    also=[self._settings.display_uri(uri) for uri in (primary, meant) if uri],
                )

    def _check_contents(self, page: Page, uri: str, shown: bool, written: str, line: int, problems: Problems) -> None:
        """A problem where a picture or a PDF a page links to, shows or attaches is not what its name says."""
        key = (uri, shown)
        if key not in self._contents:
            self._contents[key] = what_is_wrong(os.path.join(self._docs, uri), shown)
        wrong = self._contents[key]
        if wrong is not None:
            problems.add(
                "file-content", page.path, line, f'"{written}": {wrong}', also=[self._settings.display_uri(uri)]
            )

    def _climbed_too_far(self, link: Link, src_uri: str) -> tuple[str, str] | None:
        """A Markdown link climbing out of evidence/ with "../" once too often (written from the page's address on
        the site, a folder deeper than its file), as written to the file of evidence/ it means, and that file; None
        for another link, and for one that would lead to its own page (a link to the repository's README.md from a
        README.md of evidence/: a review)."""
        if link.html or not link.target.startswith("../"):
            return None
        written = link.target[3:]
        meant = resolve(src_uri, clean_url(written, False))
        return (written, meant) if meant in self._targets and meant != src_uri else None

    def _in_other_capitals(self, uri: str) -> str | None:
        """The file of evidence/ whose path is `uri` in other capitals, if there is one."""
        if self._by_lower_case is None:
            self._by_lower_case = {target.lower(): target for target in self._targets}
        return self._by_lower_case.get(uri.rstrip("/").lower())

    def _from_the_top(self, link: Link, rooted: str) -> str | None:
        """The file of evidence/ a link from the top of the host (`rooted`, its path) leads to, as the seal reads
        it: its path under site_url's, to a file's address or a page's; None for any other."""
        root = self._settings.site_root
        if not (rooted + "/").lower().startswith(root.lower()):  # as the seal compares it (Settings.path_of)
            return None
        inside = rooted[len(root) :].lstrip("/") or "index.html"  # the home page; "//" is read as "/"
        if is_markdown(inside):  # a page's file, at no address of the site (_page_file_from_the_top)
            return None
        directory_urls = self._settings.written_directory_urls
        found = link_target(replace(link, target=inside, html=True), "index.md", directory_urls, self._by_destination)
        return found if found in self._targets else None

    def _page_file_from_the_top(self, rooted: str, inside: bool) -> str | None:
        """The page of evidence/ whose file (not its address) a path from the top of the host names, under
        site_url's path (where it is `inside` it) or from the top itself: "/partnerships/do/x.md", which MkDocs
        leaves as written and the site holds no file at."""
        named = (rooted[len(self._settings.site_root) :] if inside else rooted).lstrip("/")
        return named if is_markdown(named) and named in self._targets else None

    def _landing(self, link: Link, src_uri: str) -> str | None:
        """The file a link leads to, a folder-like one's page (x/ is x.md) where there is one."""
        found = link_target(link, src_uri, self._settings.written_directory_urls, self._by_destination)
        return found and (_page_at(found, self._targets) or found)


def _meant(found: str, targets: Collection[str]) -> tuple[str, str] | None:
    """The file a link to no file most likely meant, and how to say so: one of a name close to the one it names (a
    name mistyped), or the one of its name in another folder (moved there, or its folder renamed: a year-two
    review)."""
    near = near_name(found, targets)
    if near is not None:
        return near, f"did you mean evidence/{near}? If so"
    moved = moved_to(found, targets)
    if moved is None:
        return None
    if posixpath.basename(moved) not in (posixpath.basename(found), posixpath.basename(found) + ".md"):
        return moved, f"a file of that name after its date is at evidence/{moved}: if it is the one"
    return moved, f"a file of that name is at evidence/{moved}: if it is the one, moved there"


def _email_address(target: str) -> bool:
    """Whether a link's address is an email address, without its `mailto:` (a careless contributor's review): not a
    file's name holding an "@" (icon@2x.png, a review of that)."""
    found = EMAIL_ADDRESS.fullmatch(target)
    return found is not None and "." + found[2].rsplit(".", 1)[-1].lower() not in _FILE_ENDINGS


_FILE_ENDINGS = DOCUMENT_EXTENSIONS | PICTURES | {".svg", ".heic", ".html", ".htm", ".mp4", ".mp3"}
"""How the names of files a page links to or shows end."""


def _watch_address(url: str) -> str | None:
    """The address of the page to watch a video on, for the address of its player embedded in a page (YouTube's,
    Vimeo's: a review of valid portfolios was told to save a YouTube video beside the item): a playlist's, a
    channel's live stream, an unlisted Vimeo video's with its key; a YouTube video's from where the player starts
    (`?start=42`: `&t=42s`)."""
    found = re.match(_PLAYER, url)
    if found is None:
        return None
    query = parse_qs(found["query"] or "")
    if found["youtube"] == "videoseries" and query.get("list"):
        return f"https://www.youtube.com/playlist?list={query['list'][0]}"
    if found["youtube"] == "live_stream" and query.get("channel"):
        return f"https://www.youtube.com/channel/{query['channel'][0]}/live"
    if found["youtube"]:
        start = query.get("start", [""])[0]  # (the player's start, in seconds: kept, as the watch page's t)
        return f"https://www.youtube.com/watch?v={found['youtube']}" + (f"&t={start}s" if start.isdigit() else "")
    return f"https://vimeo.com/{found['vimeo']}" + (f"/{query['h'][0]}" if query.get("h") else "")


_PLAYER = (
    r"(?i)(?:https?:)?//(?:(?:www\.)?youtube(?:-nocookie)?\.com/embed/(?P<youtube>[\w-]+)"
    r"|player\.vimeo\.com/video/(?P<vimeo>[0-9]+))(?:\?(?P<query>[^#]*))?"
)
"""The address of YouTube's or Vimeo's player of a video, with the video's id and the address's query."""


def link_target(link: Link, src_uri: str, directory_urls: bool, by_destination: dict[str, str]) -> str | None:
    """The path under evidence/ a link leads to (a file, a folder ending in "/", or a path that does not exist);
    None for links that leave the site or cannot be told."""
    if not link.html:
        path = resolve(src_uri, clean_url(link.target, link.html))
        return None if path in (None, ".") else path
    url = _relative_path(link)
    if url is None:
        return None
    here = posixpath.dirname(destination(src_uri, directory_urls))
    site_path = posixpath.normpath(posixpath.join(here, url))
    if site_path.startswith("../") or site_path in ("..", "."):
        return None
    for candidate in (site_path, posixpath.join(site_path, "index.html")):
        if candidate in by_destination:
            return by_destination[candidate]
    return site_path + ("/" if url.endswith("/") else "")


def _leaves_evidence(link: Link, src_uri: str, settings: Settings) -> bool:
    """Whether a relative link climbs out of evidence/ (a Markdown link, from the file; a link in HTML, from the
    page's address) and stays out (one that climbs back in is reduced by the seal, as any link into evidence/)."""
    url = _relative_path(link)
    if url is None or only_climbs(url):  # up only: to a folder that holds the site, which the seal keeps
        return False
    here = posixpath.dirname(destination(src_uri, settings.use_directory_urls) if link.html else src_uri)
    climbed = posixpath.normpath(posixpath.join(here, url))
    if climbed != ".." and not climbed.startswith("../"):
        return False
    try:
        docs = settings.docs_dir.relative_to(settings.root).as_posix()
    except ValueError:
        return False  # evidence/ is not in the project's folder: where the link leads cannot be told
    rooted = posixpath.normpath(posixpath.join(docs, climbed))
    return rooted != docs and not rooted.startswith(docs + "/")


_INTRANET = lazy_pattern(
    r"(?i)(?:https?:)?//(?:[^/?#@]*@)?(?:[a-z0-9-]+\.sharepoint\.com|onedrive\.live\.com|1drv\.ms)"
    r"\.?(?::\d+)?(?:[/?#]|$)"
)
"""A link to an organisation's SharePoint (its sites and its staff's OneDrive, `-my.sharepoint.com`) or to OneDrive:
it opens for the organisation's staff, signed in (not Teams: a meeting's link lets anyone join)."""
_ON_A_COMPUTER = lazy_pattern(r"(?i)[a-z]:[\\/]|file:|//(?!localhost/)[^/.:@\[\]]+/")
"""A path on the contributor's computer or network, pasted as a link: a drive letter (C:\\ or C:/), a file: URL, or
a network share (\\\\server\\share, read as //server/share, a host without a dot: a careless contributor's review)."""
_ESCAPED = "\\`*_{}[]()>#+-.!"
"""The characters python-markdown's backslash escapes (a backslash before any other stays a backslash)."""
_ESCAPED_BY = {"tables": "|", "extra": "|", "pymdownx.extra": "|", "smarty": "\"'"}
"""Those Markdown extensions add (the tables' cells' bar, smart quotes)."""


def markdown_escapes(extensions: Iterable[Any]) -> str | None:
    """The characters a backslash escapes in an inline Markdown link, with mkdocs.yml's Markdown extensions; None
    when any character is (pymdownx.escapeall)."""
    names = set(extension_names(extensions))
    if "pymdownx.escapeall" in names:
        return None
    return _ESCAPED + "".join(added for name, added in _ESCAPED_BY.items() if name in names)


def as_in_page(link: Link, escapes: str | None) -> Link:
    """A Markdown link as python-markdown writes it into the page: an inline link's backslash escapes undone
    (`a\\_b.pdf` is `a_b.pdf`; `escapes` as markdown_escapes gives them), an automatic link's too, a reference
    definition's kept. A
    backslash left in it MkDocs does not read as a folder's separator, and leaves the link as written, for the
    browser to read from the page's address (with the backslash as a slash): it is then a link as in HTML."""
    if link.html or "\\" not in link.target:
        return link
    target = link.target if link.definition else _undo_escapes(link.target, escapes)
    return replace(link, target=target, html="\\" in target)


def _undo_escapes(target: str, escapes: str | None) -> str:
    escaped = "." if escapes is None else f"[{re.escape(escapes)}]"
    return re.sub(rf"\\({escaped})", r"\1", target)


def _unreadable(url: str) -> str | None:
    """Why urllib (and so MkDocs, on every Markdown link) refuses an address; None for most, which it reads."""
    if url.isascii() and "[" not in url and "]" not in url:
        return None  # most addresses: nothing urllib refuses
    try:
        urlsplit(url)
    except ValueError:
        import unicodedata  # here: only an address urllib refuses needs it

        for character in url:
            read = unicodedata.normalize("NFKC", character)
            if not character.isascii() and any(separator in read for separator in "/?#@:"):
                return (
                    f'it holds "{character}", which a web address reads as "{read}"; retype that character on an '
                    "English keyboard"
                )
        return (
            'its host holds a bracket ("[" or "]"), which a web address keeps for a numeric address such as '
            "[2001:db8::1]; remove the brackets"
        )
    return None


def _rooted_path(link: Link, site_host: str) -> tuple[str | None, bool]:
    """The path of a link from the top of the site's host ("/partnerships/x.pdf", or a full address on that host;
    decoded, without its query and fragment), and whether it is a full address; None for any other link ("//host/x"
    is another host's)."""
    url = clean_url(link.target, link.html).replace("\\", "/")
    try:
        address = urlsplit(url)
    except ValueError:
        return None, False
    full = bool(address.netloc)
    if full and not (
        site_host and address.scheme.lower() in ("http", "https") and same_host(address.netloc, site_host)
    ):
        return None, False
    if (address.scheme and not full) or not address.path.startswith("/"):
        return None, False
    path = unquote(address.path)
    resolved = "/" + posixpath.normpath(path).lstrip("/")  # dot segments resolved, clamped at the top, as browsers do
    return resolved + ("/" if path.endswith("/") and resolved != "/" else ""), full


def _place(target: str) -> str:
    """A link's `#place` (with its "#"), or nothing."""
    return "#" + target.split("#", 1)[1] if "#" in target else ""


def _relative_path(link: Link) -> str | None:
    """The path of a relative link (decoded, without its query and fragment); None for any other link."""
    url = unquote(clean_url(link.target, link.html).split("#", 1)[0].split("?", 1)[0])
    return None if not url or ":" in url.split("/", 1)[0] or url.startswith(("/", "\\")) else url


def _page_at(path: str, targets: frozenset[str]) -> str | None:
    """The page a folder-like link ("x/", "x") leads to: x.md (its address is x/), x/index.md or x/README.md."""
    stem = path.rstrip("/")
    names = [stem + extension for extension in MARKDOWN_EXTENSIONS]
    names += [f"{stem}/{name}{extension}" for name in ("index", "README") for extension in MARKDOWN_EXTENSIONS]
    return next((name for name in names if name in targets), None)


def clean_url(target: str, html: bool) -> str:
    """A URL as a browser reads it: character references decoded (in HTML), tabs and line breaks dropped,
    backslashes read as slashes."""
    text = unescape(target) if html else target
    if "\t" in text or "\n" in text or "\r" in text:  # rarely: most links are written on one line
        text = _BREAKS.sub("", text)
    return text.strip().replace("\\", "/")


_BREAKS = lazy_pattern(r"[\t\n\r]")


def _climbs_back(target: str) -> bool:
    """Whether a link's path names a folder or file and then climbs out of it with ".." (x/../about/)."""
    named = False
    for part in clean_url(target, html=False).split("?", 1)[0].split("#", 1)[0].split("/"):
        if part == ".." and named:
            return True
        named = named or part not in ("", ".", "..")
    return False


def _bracketed(address: str) -> str:
    """An address as a Markdown link must write it: in angle brackets when it holds a space."""
    return f"<{address}>" if " " in address else address


def _parents(folder: str) -> Iterable[str]:
    while "/" in folder:
        folder = folder.rsplit("/", 1)[0]
        yield folder


_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _which_link(link: Link, links: tuple[Link, ...]) -> str:
    """ "the link on this line", or, where the line has several, which of them ("the second link on this line")."""
    starts = sorted(other.start for other in links if other.line == link.line)
    if len(starts) < 2:
        return "the link on this line"
    index = starts.index(link.start)
    return f"the {_ORDINALS[index]} link on this line" if index < len(_ORDINALS) else f"link {index + 1} on this line"
