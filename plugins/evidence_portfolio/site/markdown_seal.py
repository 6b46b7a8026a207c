"""The Markdown-level seal: a page's Markdown with every link that does not lead into the sealed folder reduced
to its text, and every link that does rewritten to the path of what it leads to there.

`portfolio generate` writes Markdown for engines that run no plugin (Zensical). Such an engine renders the Markdown
itself and rewrites every relative URL, in Markdown links and in raw HTML alike, as a path to a source file
("../library.md" -> "../library/"). So the written pages must link to source paths, and a link must be judged
before the engine sees it. What the engine renders is then checked once more on the HTML (site/seal.py).

Which links: those `reading.links.scan_links` finds (inline links and images, reference definitions, automatic
links, URLs of raw HTML attributes), with their spans in the body; and addresses on the site's own host written as
text, which an extension may make links of (pymdownx.magiclink).

How a URL is read
    Entities are decoded (and, in Markdown, backslash escapes); empty and fragment-only URLs, URLs with a host
    ("//h/x", "https://h/x") and with a scheme other than http(s) (mailto:, data:) are left alone. A Markdown
    link is relative to the page's file. A URL in raw HTML is relative to the page's address on the site, as
    MkDocs leaves it to the browser, unless `html_relative_to_page` is False (the generated pages link to source
    paths already). A path starting with "/" is relative to the site root (the path of site_url).

What happens to it
    A URL leading to a page or file of `Destinations` is written anew as the relative path to it (so "x.markdown"
    becomes "x.md" and "../x/" in HTML becomes "../x.md"), its query and fragment kept. Any other URL is reduced:
    an inline link or image becomes its text (`[text](url)` -> `text`, `![alt](url)` -> `alt`), without the
    attr_list `{...}` right after it, which set its attributes and would be shown as typed after text; a reference
    definition is deleted and the references to its label become their text; a raw HTML link or picture loses
    every attribute (`<a href="x" title="y">text</a>` -> `<a>text</a>`, plain text to a browser) but a picture's
    alt, which a browser shows in its place (`<img src title alt>` -> `<img alt>`), as the site's seal removes the
    element or puts its alt text there; another tag loses the attribute (`<blockquote cite>`).
    A URL to the site's own host ("https://example.org/portfolio/x/") is judged by its path, and kept as written.
    An automatic link reduced (`<https://example.org/portfolio/gone/>`) becomes its address as text, as the site's
    seal leaves it; an address of the site written as text that leads to nothing in the folder gets its ":" written
    as a character reference, which shows the same, and which no extension reads as an address.
    A URL to another host is left as it is when it is followed (a link), and reduced when the browser would load it
    as the page opens (an image, `<iframe src>`, `<script src>`: Link.loads), as site/seal.py reduces it.

What no reader sees, it empties
    Every HTML comment, as site/seal.py removes them from the HTML: an engine renders a comment into the page's
    source, where an address in it (written as text, which no link scan reads) was published. Each becomes an empty
    comment, from its "<!--" to the first "-->", in code too (where what it shows goes): what was on either side stays
    apart (`[text]<!-- -->(x.md)` is no link), and no other reading of where code is or where a comment ends can
    keep a comment's text. A comment the rendered HTML still holds, with text, leaves the page out (second seal).

URLs it does not judge, and removes
    URLs in CSS (a `style` attribute or an SVG presentation attribute holding url(), image-set() or @import; the
    text of a <style> element holding them), `srcdoc`, the `content` of <meta http-equiv="refresh">, <base href>,
    imagesrcset, attributionsrc, dynsrc and itemid, the attributes that name files and that browsers no longer read
    (an applet's code, a <param>'s value, itemtype, RDFa's about...: model.urls.OBSOLETE_URL_ATTRIBUTES), and the
    URL-bearing attributes that attr_list can set (`{: href="..." }`): deleted whole, wherever they lead.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from html.parser import HTMLParser
from urllib.parse import quote, unquote

from ..model.lazy_patterns import lazy_pattern
from ..model.urls import (
    CSS_ATTRIBUTES,
    DATA_STYLESHEET,
    OBSOLETE_URL_ATTRIBUTES,
    URL_ATTRIBUTES,
    URL_LIST_ATTRIBUTES,
    URL_SCHEME,
    as_browsers_read,
    destination,
    from_another_host,
    only_climbs,
    same_host,
)
from ..reading.html_links import taken_for_a_tag, value_group, written_attributes
from ..reading.links import (
    AUTOMATIC_LINK,
    Link,
    comment_spans,
    escaped,
    hidden_ranges,
    inside,
    label_key,
    opening_bracket,
    read_as_links,
    scan_links,
)
from .seal import ANIMATIONS, BECOME_ALT, FRAMES, REMOVED_WITH_ITS_URL, bare_end_tag, names_withheld

_EMPTY_COMMENT = "<!---->"
"""What each HTML comment becomes."""


@dataclass(frozen=True)
class Destinations:
    """What a sealed folder holds, by path under evidence/."""

    pages: Mapping[str, str]
    """Every page of the folder (generated ones too) -> the path it is written at under docs/ ("x.markdown" ->
    "x.md")."""
    files: frozenset[str]
    """Non-page files that a link may publish (a file a published page refers to is published)."""
    use_directory_urls: bool = True
    root_path: str = "/"
    """The path of the site root on its host (from site_url), for URLs written as absolute paths."""
    host: str = ""
    """The site's own host (from site_url): URLs to it by full address are judged by their path."""
    withheld: frozenset[str] = frozenset()
    """The files withheld from the folder, as an address may name them (SiteMap.withheld_names): a URL left alone
    (to another site, outside the site's root on its host, to a computer's file) that names one is reduced."""
    docs_name: str = "evidence"
    """The name of the folder of pages, in small letters, after which another site's address names a file."""
    links_from_docs: bool = False
    """Whether a Markdown link from the top (`/x.md`) leads from the folder of pages, as mkdocs.yml's validation
    has MkDocs read it (Settings.links_from_docs): it is written relative, as every engine reads it."""

    def names_withheld(self, url: str) -> bool:
        """Whether a URL left alone names a withheld file (see site.seal.names_withheld)."""
        return names_withheld(url, self.docs_name, self.withheld)

    @cached_property
    def by_site_path(self) -> dict[str, str]:
        """The path under evidence/ of each file of the site, by its path on the site (as MkDocs lays it out)."""
        found = {destination(uri, self.use_directory_urls): uri for uri in self.files}
        found.update({destination(uri, self.use_directory_urls): uri for uri in self.pages})
        return found

    def written(self, uri: str) -> str | None:
        """Where the page or file at `uri` (under evidence/) is written under docs/; None when it is not."""
        return self.pages.get(uri) or (uri if uri in self.files else None)


@dataclass(frozen=True)
class SealedMarkdown:
    text: str
    files: frozenset[str]
    """The non-page files that the kept links lead to (paths under evidence/)."""
    removed: tuple[str, ...]
    """The URLs reduced, as written, each once, in the order of the body."""


_LEAVE, _KEEP, _REDUCE = range(3)
_BACKSLASH_ESCAPE = lazy_pattern(r"\\([!-/:-@\[-`{-~])")
_REST_SAFE = "/?#=&;:+,@!$'*~%.-_"
"""Characters kept as they are in a rewritten URL's query and fragment (spaces, quotes, brackets, parentheses and
angle brackets are percent-encoded, so that the URL fits any Markdown or HTML context)."""


def seal_markdown(
    body: str, src_uri: str, where: Destinations, *, html_relative_to_page: bool = True
) -> SealedMarkdown:
    """The Markdown `body` of the page at `src_uri` (under evidence/), sealed for the folder `where` describes."""
    links = scan_links(body)
    code = (
        [(start, end) for start, end in hidden_ranges(body) if not body.startswith("<!--", start)]
        if "<" in body
        else []
    )
    attributes = _Attributes.of(_blanked(body, code)) if "<" in body else None
    edits = [_Edit(start, end, "", written) for start, end, written in attributes.unjudged] if attributes else []
    edits += _attr_list_edits(body) if "{" in body else []
    edits += [_Edit(start, end, _EMPTY_COMMENT) for start, end in comment_spans(body)]
    tags = (
        [(start, end, "") for start, end in attributes.taken_for_tags] + attributes.bare_end_tags if attributes else []
    )
    if tags:  # as the site's seal takes them out (outside code, which the page shows as typed)
        destinations = sorted((link.start - 1, link.end + 1) for link in links)  # (`[x](<files/x.docx>)`: a link's)
        edits += [_Edit(start, end, bare) for start, end, bare in tags if not inside(destinations, start)]
    if not links and not edits and "://" not in body:
        return SealedMarkdown(body, frozenset(), ())
    judge = _Judge(src_uri, where, html_relative_to_page)
    if "://" in body:
        edits += _bare_addresses(body, links, edits, judge)
    reduced_labels: set[str] = set()
    kept_labels: set[str] = set()
    read = {link.start for link in read_as_links(body, links)}  # (the rest: shown as typed, no link)
    for link in links:
        verdict, replacement, file = judge.verdict(link)
        file = file if link.start in read else None  # a file only a link shown as typed names is not the page's
        if verdict == _LEAVE:
            if not link.html and _definition_label(body, link) is not None:
                kept_labels.add(label_key(_definition_label(body, link) or ""))
            continue
        if verdict == _KEEP:
            if replacement is None:  # kept as written (a full URL to the site's own host)
                written = body[link.start : link.end]
            else:
                written = html.escape(replacement) if link.html else replacement
            edits.append(_Edit(link.start, link.end, written, file=file))
            label = None if link.html else _definition_label(body, link)
            if label is not None:
                kept_labels.add(label_key(label))
            continue
        if link.automatic:  # `<url>` becomes the URL as text, as the site's seal leaves it
            shown = _BACKSLASH_ESCAPE.sub(r"\1", link.target)  # its words, as python-markdown shows them
            edits.append(_Edit(link.start - 1, link.end + 1, _as_text(shown), link.target))
            continue
        if link.html:
            gone = (attributes.spans_gone(link.start, link.end) if attributes else None) or [(link.start, link.end)]
            edits += [_Edit(a, b, "", link.target if a == gone[0][0] else None) for a, b in gone]
            continue
        label = _definition_label(body, link)
        if label is not None:
            reduced_labels.add(label_key(label))
            edits.append(_Edit(*_definition_span(body, link), "", link.target))
            continue
        inline = _inline_spans(body, link)
        if inline is None:  # not read as an inline link: its URL made empty (a link to nothing, or no image)
            edits.append(_Edit(link.start, link.end, "", link.target))
        else:
            opening, (close_bracket, end) = inline
            attributes_of_link = _INLINE_ATTR_LIST.match(body, end)  # attr_list's `{...}` set on the link goes with it
            edits.append(_Edit(*opening, "", link.target))
            edits.append(_Edit(close_bracket, attributes_of_link.end() if attributes_of_link else end, "", None))
    text, files, removed = _apply(body, edits)
    labels = reduced_labels - kept_labels
    if labels:
        text = _unlink_references(text, labels)
    return SealedMarkdown(text, files, removed)


_BARE_ADDRESS = lazy_pattern(r"(?i)\bhttps?(:)//[^\s<>\"'`\\]+")
"""An address written as text (its ":" apart): as pymdownx.magiclink finds one, up to a space, a quote or a bracket."""


def _bare_addresses(body: str, links: tuple[Link, ...], edits: list[_Edit], judge: _Judge) -> list[_Edit]:
    """An address written as text on the site's own host that leads to nothing in the folder, written so that an
    extension making links of addresses in text (pymdownx.magiclink) does not: its ":" a character reference, which
    shows as the same text, in Markdown and in raw HTML alike. Addresses in code, and those links already hold, are
    left as they are."""
    taken = [(link.start, link.end) for link in links] + [(edit.start, edit.end) for edit in edits]
    taken += hidden_ranges(body)
    found = []
    for match in _BARE_ADDRESS.finditer(body):
        start, end = match.span()
        if any(first < end and start < last for first, last in taken):
            continue
        if judge.verdict(Link(match[0], 0, start, end, automatic=True))[0] == _REDUCE:
            found.append(_Edit(*match.span(1), "&#58;"))
    return found


# ---------------------------------------------------------------------------------------------------- judging


class _Judge:
    def __init__(self, src_uri: str, where: Destinations, html_relative_to_page: bool) -> None:
        self.src_uri = src_uri
        self.where = where
        self.html_relative_to_page = html_relative_to_page
        self.folder = posixpath.dirname(where.pages.get(src_uri, src_uri))
        self.site_folder = posixpath.dirname(destination(src_uri, where.use_directory_urls))
        root = where.root_path.strip("/")
        self.root = f"/{root}/" if root else "/"

    def verdict(self, link: Link) -> tuple[int, str | None, str | None]:
        """Leave, keep (with the URL to write) or reduce a link; and the non-page file it publishes."""
        url = link.target if link.automatic else html.unescape(link.target)  # (an automatic link's is not decoded)
        if not link.html:
            url = _BACKSLASH_ESCAPE.sub(r"\1", url)
        url = as_browsers_read(url)
        if not url or url[0] == "#":
            return _LEAVE, None, None
        address, where = url, self.where
        scheme = URL_SCHEME.match(url)
        if link.loads and DATA_STYLESHEET.match(url):
            return _REDUCE, None, None
        if scheme:
            if scheme.group().lower() not in ("http:", "https:"):  # (`file:`, `C:`: a computer's path)
                return (_REDUCE if where.names_withheld(address) else _LEAVE), None, None
            url = url[scheme.end() :]
            if not url.replace("\\", "/").startswith("//"):
                return _REDUCE, None, None  # "http:x": relative to a browser, and not how to write a link
        cut = min((i for i in (url.find("?"), url.find("#")) if i >= 0), default=len(url))
        path, rest = unquote(url[:cut]).replace("\\", "/"), url[cut:]
        if path.startswith("//"):  # a host follows every slash there is ("///host/x" is host's x, as browsers read it)
            authority, _, after = path.lstrip("/").partition("/")
            if link.loads and from_another_host(url, self.where.host, plainly=True):
                return _REDUCE, None, None  # an image from another site goes (a link to it stays)
            if not same_host(authority, self.where.host):  # another site, unless it names a withheld file
                return (_REDUCE if where.names_withheld(address) else _LEAVE), None, None
            found = self._under_root("/" + after)
            if found is None:
                return (_REDUCE if where.names_withheld(address) else _LEAVE), None, None
            target = self._from_site_path(found)
            if target is None or self.where.written(target) is None:
                return _REDUCE, None, None
            return _KEEP, None, target if target in self.where.files else None
        if path.startswith("/") and self.where.links_from_docs and not link.html:
            target = _joined("", path.lstrip("/"))  # (as MkDocs reads it: "/../x.md" climbs out, and is reduced)
        elif path.startswith("/"):
            found = self._under_root(path)
            if found is None:  # another site on the same host, unless it names a withheld file (as site.seal judges)
                return (_REDUCE if where.names_withheld(address) else _LEAVE), None, None
            target = self._from_site_path(found)
        elif only_climbs(path) or (link.html and self.html_relative_to_page):
            # Read from the page's address: an HTML link, or one that only goes up (it names no file, and the engine
            # leaves it as written); above the site, one that only goes up leads to a folder that holds it.
            if only_climbs(path) and _joined(self.site_folder, path) is None:
                return _LEAVE, None, None
            target = self._from_site_path(posixpath.join(self.site_folder, path))
        else:
            target = _joined(self.folder, path)
        written = self.where.written(target) if target is not None else None
        if target is None or written is None:
            return _REDUCE, None, None
        relative = posixpath.relpath(written, self.folder or ".")
        file = target if target in self.where.files else None
        return _KEEP, quote(relative) + quote(rest, safe=_REST_SAFE), file

    def _under_root(self, path: str) -> str | None:
        """An absolute path as a site path (relative to the site root); None when it is outside the site. Dot
        segments are resolved first (".." clamped at the host's root, as browsers do)."""
        normal = posixpath.normpath("/" + path.lstrip("/"))
        normal = "/" if normal in ("/", "//") else normal + ("/" if path.endswith("/") else "")
        if normal.lower().startswith(self.root.lower()):
            return normal[len(self.root) :]
        return "" if normal.lower() == self.root.rstrip("/").lower() else None

    def _from_site_path(self, path: str) -> str | None:
        """The path under evidence/ of the page or file at a site path (relative to the site root)."""
        folder = path.endswith("/") or path in ("", ".")
        normal = _joined("", path)
        if normal is None:
            return None
        keys = [posixpath.join(normal, "index.html")] if folder or normal == "" else [normal, f"{normal}/index.html"]
        return next((self.where.by_site_path[key] for key in keys if key in self.where.by_site_path), None)


def _joined(folder: str, path: str) -> str | None:
    """`path` joined to `folder` and normalised; None when it climbs out."""
    joined = posixpath.normpath(posixpath.join(folder, path)) if path else folder
    if joined in (".", ""):
        return ""
    return None if joined == ".." or joined.startswith(("../", "/")) else joined


# ---------------------------------------------------------------------------------------------------- editing

_MARKDOWN_SPECIAL = lazy_pattern(r"[\\`*_{}\[\]()>#+\-.!]")
"""What python-markdown reads a backslash before as the character itself (its ESCAPED_CHARS)."""


def _as_text(url: str) -> str:
    """Markdown that shows `url` as text, as an automatic link shows it, but links nowhere: its characters escaped,
    and its ":" a character reference, which no extension that makes links of addresses in text (magiclink) reads
    as one."""
    return _MARKDOWN_SPECIAL.sub(r"\\\g<0>", url.replace("&", "&amp;")).replace(":", "&#58;")


@dataclass(frozen=True, order=True)
class _Edit:
    start: int
    end: int
    replacement: str = field(compare=False)
    removed: str | None = field(default=None, compare=False)
    """The URL reduced by this edit (None when the edit keeps it, or is the second half of a reduction)."""
    file: str | None = field(default=None, compare=False)
    """The non-page file the kept URL leads to."""


def _apply(body: str, edits: list[_Edit]) -> tuple[str, frozenset[str], tuple[str, ...]]:
    """The body with the edits made. An edit inside another is dropped (a URL of a srcset whose attribute goes);
    two edits that overlap otherwise become one deletion of both (what is left out cannot leak)."""
    pieces: list[str] = []
    kept: list[str | None] = []
    """The file each piece of `pieces` refers to."""
    removed: list[str] = []
    position = 0
    for edit in sorted(edits):
        if edit.removed is not None and edit.removed not in removed:
            removed.append(edit.removed)
        if edit.start < position:
            if edit.end > position:
                pieces[-1], kept[-1] = "", None
                position = edit.end
            continue
        pieces += [body[position : edit.start], edit.replacement]
        kept += [None, edit.file]
        position = edit.end
    pieces.append(body[position:])
    return "".join(pieces), frozenset(file for file in kept if file), tuple(removed)


def _before_target(body: str, link: Link) -> int:
    """Where the text before a Markdown link's URL ends (before the "<" of "<url>" and the spaces)."""
    index = link.start
    if index > 0 and body[index - 1] == "<":
        index -= 1
    return index


_DEFINITION_HEAD = lazy_pattern(r"(?m)^(?P<prefix>[ \t>]*)\[(?P<label>[^\[\]\n]*)\]:[ \t]*\n?[ \t>]*\Z")


def _definition_label(body: str, link: Link) -> str | None:
    """The label of the reference definition whose URL this is; None for an inline link."""
    index = _before_target(body, link)
    line_start = body.rfind("\n", 0, max(body.rfind("\n", 0, index), 0)) + 1
    match = _DEFINITION_HEAD.search(body, line_start, index)
    return match["label"] if match else None


_DEFINITION_TITLE = lazy_pattern(r"""(?:[ \t]*\n[ \t]*|[ \t]+)(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\))[ \t]*(?=\n|\Z)""")
"""A reference definition's title, after its URL on the same line or on the next (python-markdown's
ReferenceProcessor): deleted with the definition, where it would otherwise be a paragraph of its own, shown as
typed."""


def _definition_span(body: str, link: Link) -> tuple[int, int]:
    """The span of a whole reference definition (its label, URL and a title on the same line or the next), from
    its "["."""
    index = _before_target(body, link)
    line_start = body.rfind("\n", 0, max(body.rfind("\n", 0, index), 0)) + 1
    match = _DEFINITION_HEAD.search(body, line_start, index)
    start = match.start("label") - 1 if match else link.start
    end = link.end + (1 if link.end < len(body) and body[link.end] == ">" and index < link.start else 0)
    title = _DEFINITION_TITLE.match(body, end)
    return start, title.end() if title else end


def _inline_spans(body: str, link: Link) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The two spans to delete so that an inline link or image becomes its text: its "[" (or "![") and its
    "](url "title")". None when the link cannot be delimited (its URL is then made empty)."""
    index = _before_target(body, link)
    while index > 0 and body[index - 1] in " \t":
        index -= 1
    if body[index - 2 : index] != "](":
        return None
    close_bracket = index - 2
    opening = opening_bracket(body, close_bracket)
    if opening is None:
        return None
    start = opening - 1 if opening > 0 and body[opening - 1] == "!" and not escaped(body, opening - 1) else opening
    angle = index < link.start and body[link.end : link.end + 1] == ">"  # "<url>": its ">" is not part of the span
    end = _closing_parenthesis(body, link.end + (1 if angle else 0))
    if end is None:
        return None
    return (start, opening + 1), (close_bracket, end)


def _closing_parenthesis(body: str, index: int) -> int | None:
    """The end of an inline link's destination part (after its ")"), from just after its URL: spaces, an
    optional title in quotes or parentheses, spaces, ")"."""
    length = len(body)
    while index < length and body[index] in " \t\n":
        index += 1
    if index < length and body[index] in "\"'(":
        closing = ")" if body[index] == "(" else body[index]
        index += 1
        while index < length and (body[index] != closing or escaped(body, index)):
            index += 1
        index += 1
        while index < length and body[index] in " \t\n":
            index += 1
    return index + 1 if index < length and body[index] == ")" else None


_ATTR_LIST = lazy_pattern(r"\{:?[ \t]*(?P<body>[^{}\n]*)\}")
_INLINE_ATTR_LIST = lazy_pattern(r"\{:?[ ]*[^}\n ][^}\n]*\}")
"""attr_list's `{: ...}` right after an inline element, which it sets the attributes of (its INLINE_RE): when the
element is reduced to its text, the list would be shown as typed, its values (a withheld page's address) included."""
_ATTR_LIST_PAIR = lazy_pattern(
    r"""(?P<space>[ \t]*)(?P<name>[^\s=}"'<>]+)=(?:"(?P<double>[^"\n]*)"|'(?P<single>[^'\n]*)'|(?P<bare>[^\s}]*))"""
)


def _blanked(body: str, code: list[tuple[int, int]]) -> str:
    """The body with its fenced code and code spans (`code`) blanked (spaces, its line breaks kept, every place where
    it was), for reading its tags: `` `<style>` `` or `` `<![CDATA[` `` in a code span set the reading of what follows
    astray (a hostile review found every tag after it missed)."""
    if not code:
        return body
    kept, last = [], 0
    for start, end in code:
        if start < last:
            continue
        kept.append(body[last:start])
        kept.append(re.sub(r"[^\n]", " ", body[start:end]))
        last = end
    return "".join(kept) + body[last:]


def _attr_list_edits(body: str) -> list[_Edit]:
    """attr_list's `{: name="value" }`: the pairs setting a URL-bearing attribute, deleted."""
    edits = []
    for block in _ATTR_LIST.finditer(body):
        for pair in _ATTR_LIST_PAIR.finditer(body, block.start("body"), block.end("body")):
            if pair["name"].lower() in _ATTR_LIST_URLS:
                value = next(pair[g] for g in ("double", "single", "bare") if pair[g] is not None)
                edits.append(_Edit(pair.start(), pair.end(), "", value))
    return edits


def _unlink_references(text: str, labels: Iterable[str]) -> str:
    """`[text][label]`, `[label][]`, `[label]` and the images `![alt][label]`, `![alt][]`, `![alt]`, whose label lost
    its definition, become their text (an image's alt text), without the attr_list `{...}` that set their
    attributes (shown as typed once they are text, values and all)."""
    wanted = set(labels)

    def plain(match: re.Match[str]) -> str:
        label = match["label"] if match["label"] else match["text"]
        return match["text"] if label_key(label) in wanted else match[0]

    return re.sub(
        r"(?<!\\)!?\[(?P<text>[^\[\]\n]+)\](?:[ ]?\[(?P<label>[^\[\]\n]*)\]|(?![(:\[]))"
        r"(?:" + _INLINE_ATTR_LIST.pattern + ")?",
        plain,
        text,
    )


# ---------------------------------------------------------------------------------------------- HTML attributes


_CSS_URL = lazy_pattern(r"url\(|image-set\(|@import", re.IGNORECASE)
_ATTR_LIST_URLS = frozenset(
    (
        *URL_ATTRIBUTES,
        *URL_LIST_ATTRIBUTES,
        *CSS_ATTRIBUTES,
        *OBSOLETE_URL_ATTRIBUTES,
        "srcdoc",
        "content",
    )
)
"""Attributes that attr_list may set and that hold URLs (or may: content, for <meta>): deleted, not judged."""


class _Attributes(HTMLParser):
    """The spans of the attributes of a text's start tags (spaces before them included), for deleting one whole;
    and the spans of what holds URLs that are not judged (CSS, srcdoc, refresh), to delete."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
        self.spans: list[tuple[tuple[int, int], tuple[int, int] | None, int, int]] = []
        """(what goes when the value's URL is reduced: the tag's attributes, or the attribute alone where it is not
        the element's own URL, its start and end; the attribute kept inside it, a picture's alt, which a browser shows
        in its place; the value's start, its end)"""
        self.unjudged: list[tuple[int, int, str]] = []
        """(start, end, what is deleted)"""
        self.bare_end_tags: list[tuple[int, int, str]] = []
        """(start, end, the end tag's name alone) of each end tag written with more than its name (bare_end_tag)."""
        self.taken_for_tags: list[tuple[int, int]] = []
        """The spans of the start tags that are addresses taken for tags (html_links.taken_for_a_tag), but Markdown's
        automatic links (`<https://...>`, `<a@b.org>`), which it makes links of."""
        self._style_start: int | None = None

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @classmethod
    def of(cls, text: str) -> _Attributes:
        found = cls(text)
        try:
            found.feed(text)
            found.close()
        except (AssertionError, ValueError):  # what html.parser cannot read: the URL is made empty instead
            pass
        return found

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self._offset()
        raw = self.get_starttag_text() or ""
        if taken_for_a_tag(tag, attrs, raw) and not AUTOMATIC_LINK.fullmatch(raw):
            self.taken_for_tags.append((offset, offset + len(raw)))
            return
        refresh = tag == "meta" and any(
            key == "http-equiv" and (value or "").strip().lower() == "refresh" for key, value in attrs
        )
        written = written_attributes(raw)
        alt = next((match for match in written if match["name"].lower() == "alt"), None) if tag in BECOME_ALT else None
        every = (offset + written[0].start(), offset + written[-1].end()) if written else (0, 0)
        kept = (offset + alt.start(), offset + alt.end()) if alt else None
        for match in written:
            group = value_group(match)
            if group is None:
                continue
            start, end = offset + match.start(), offset + match.end()
            attribute, value = match["name"].lower(), html.unescape(match[group])
            # (of an element the site's seal removes with its URL, a link or a picture: every attribute; else the
            # attribute alone, as the site's seal takes it: `<blockquote cite markdown>` kept its `markdown`, a review)
            own = tag in REMOVED_WITH_ITS_URL and (attribute in URL_ATTRIBUTES or attribute in URL_LIST_ATTRIBUTES)
            whole = every if own else (start, end)
            self.spans.append((whole, kept if own else None, offset + match.start(group), offset + match.end(group)))
            if (
                attribute == "srcdoc"
                or (attribute in CSS_ATTRIBUTES and (_CSS_URL.search(value) or "\\" in value))  # escapes too
                or (refresh and attribute == "content")
                or (tag == "base" and attribute == "href")  # it would change how every other URL resolves
                or (tag in ANIMATIONS and attribute in ("to", "from", "by", "values"))  # SVG sets a URL with them
                or (tag in FRAMES and attribute in ("src", "data") and value.strip()[:5].lower() == "data:")
                or (attribute in OBSOLETE_URL_ATTRIBUTES and tag in (OBSOLETE_URL_ATTRIBUTES[attribute] or (tag,)))
            ):
                self.unjudged.append((start, end, value))
        if tag == "style":
            self._style_start = offset + len(raw)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._style_start = None

    def handle_endtag(self, tag: str) -> None:
        start = self._offset()
        end = self.text.find(">", start) + 1
        bare = bare_end_tag(self.text[start:end]) if end and self.cdata_elem is None else None  # (not raw text's end)
        if bare is not None:
            self.bare_end_tags.append((start, end, bare))
        if tag == "style" and self._style_start is not None:
            start, end = self._style_start, self._offset()
            if _CSS_URL.search(self.text, start, end):
                self.unjudged.append((start, end, self.text[start:end]))
            self._style_start = None

    def close(self) -> None:
        super().close()
        if self._style_start is not None and _CSS_URL.search(self.text, self._style_start):
            self.unjudged.append((self._style_start, len(self.text), self.text[self._style_start :]))

    def spans_gone(self, start: int, end: int) -> list[tuple[int, int]]:
        """What goes when the URL at `start`:`end` is reduced: the attribute holding it, or where that is the
        element's own URL (`href`, `src`, `srcset`...), every attribute of its tag but a picture's alt, as the site's
        seal puts the alt text in the element's place (its title or a `data-` attribute may name the same withheld
        page: a full address there stopped the folder, and a relative one was left in it, in a hostile review).
        Nothing where the URL is in no attribute read."""
        for (gone_start, gone_end), kept, value_start, value_end in self.spans:
            if value_start <= start and end <= value_end:
                parts = [(gone_start, kept[0]), (kept[1], gone_end)] if kept else [(gone_start, gone_end)]
                return [(a, b) for a, b in parts if a < b]
        return []
