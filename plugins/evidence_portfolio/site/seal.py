"""The seal: the last line of defence against publishing a link to a file withheld from the audience.

After a page's Markdown has been rendered to HTML, `seal` reduces every URL in it that points at a file of the site
which the build does not hold (withheld from this audience, or absent) to its text. It knows nothing of audiences:
it is told what the built site holds (`SiteMap`) and keeps only URLs that lead there.

Which URLs are checked
    Attributes holding one URL: href, src, xlink:href, formaction, usemap, itemid on any element; data (object),
    action (form, isindex), poster (video), cite (blockquote, q, del, ins), background (body, table and its parts),
    longdesc (img, frame, iframe), lowsrc, dynsrc (img), codebase (object, applet, embed), manifest (html), icon
    (menuitem, command). Lists: srcset and imagesrcset (each candidate), ping and attributionsrc (separated by
    spaces). The attributes of model.urls.OBSOLETE_URL_ATTRIBUTES (an applet's code, a <param>'s value, itemtype,
    RDFa's about...), read as URLs separated by spaces and judged as a link's are (they load nothing). CSS:
    each url(...), each string inside image-set(...) and each @import, in a style attribute, in the SVG presentation
    attributes fill, stroke, filter, clip-path, mask, marker-start, marker-mid, marker-end and cursor, and in the
    text of <style>. HTML: iframe srcdoc (sealed as a page of its own). The URL of <meta http-equiv="refresh"
    content="0; url=...">. SVG animations (<animate>, <set>...) of a URL attribute or a CSS one: the URLs their
    to, from, by and values set (the element goes with any removed). Attribute names are case-insensitive; values
    are judged decoded (character references), CSS URLs with CSS escapes decoded.

Which URLs are left alone
    Empty or fragment-only URLs, URLs with a scheme other than http(s) (mailto:, tel:, data: ...), URLs with
    another host than the site's own ("//host/x", "https://host/x"; links to SiteMap.host by its full address are
    judged by their path) that the browser follows rather than loads (a link's href; one it loads as the page opens,
    an image, a frame, a script, a stylesheet, a CSS url(), is removed: the site loads nothing from other hosts,
    which would learn who reads which page), and absolute paths ("/x", or a full address on the site's host) that
    fall outside root_path. A relative URL that climbs above root_path is removed, unless it only goes up
    ("../../", to a folder that holds the site: the host's root, or "/org/" above "/org/portfolio/"): it was
    written to lead into the site, and on another page it names another file (a blog post's excerpt, shown on the
    blog's index higher up than the post, keeps the post's relative URLs, "../../secret/" among them). A URL that
    runs a script (javascript:, vbscript:) is removed whatever it says: where it leads cannot be judged.

How a URL is resolved (as a browser, then a static file server, would)
    Leading and trailing control characters and spaces are stripped, tabs and newlines removed, backslashes read
    as slashes; "http:x" and "https:/x" without "//" are removed (a browser reads them as relative on a page of
    their scheme, and as a full address, to the host x, on a page of the other). The query and fragment are
    dropped; the path is resolved against root_path + the page's directory (a browser clamps ".." at the host root,
    so "../../x" from a page one level deep reaches "x" at the site root when root_path is "/" and is then checked);
    dot segments are removed ("%2e" counts as "."), the path is percent-decoded, dot segments removed again and
    repeated slashes merged (as servers do). A URL is kept when the path, or path + "/index.html" (path +
    "index.html" for a folder), is in SiteMap.outputs or .candidates. A full address is the site's own when its host
    is SiteMap.host as browsers read hosts (urls.same_host).

What a removed URL becomes
    <a>/<area> lose their start tag (and the <a>'s matching end tag; the content stays), an element with an id
    leaving an empty <span> with it, the place links may lead to; <img>, <image src>
    and <input type=image> become their alt text; <meta http-equiv=refresh> is dropped; other attributes are
    removed (srcset, ping: only the removed candidates); a CSS url(...) or image-set string becomes `none` and an
    @import is dropped. A <base href> in page content is always removed: it would change how the browser resolves
    every other URL of the page. <meta http-equiv="x-dns-prefetch-control"> is turned off (on, the browser would
    look up the hosts of the page's links as it opens). A <script type="speculationrules"> becomes a script of type
    text/plain, which
    browsers neither run nor read as rules: its rules would have them fetch the pages of links to other websites
    (which stay) as the page opens.

Robustness
    The page is read with html.parser, adjusted where it reads less markup than a browser would (a link it does not
    see is a link it cannot remove): comments end as browsers end them ("<!-->", "--!>"); "<!...>" other than a
    doctype is a bogus comment up to ">" (CDATA included, but inside <svg> and <math>, where it is text), and goes,
    as does a doctype after the start, which browsers ignore; <textarea>, <title>, <xmp>, <iframe>, <noembed>,
    <noframes>, <noscript> and <plaintext> are raw text like <script> and <style>, ending at "</name" followed by a
    space, "/" or ">". The text of <style>, the content of <noscript> (as browsers without scripting read it), of
    any raw text element after an <svg> or <math> (inside one, browsers read it as HTML; and they keep one open
    where the seal could not tell, such as after a "</svg>" inside its <foreignObject>) or written self-closing (as
    SVG reads it), and of those but <script> and <textarea> inside <select> (browsers following HTML before its
    2025 change to <select> ignore their start tags there and read what follows as HTML; newer ones read raw text)
    are also sealed as HTML. "</ ...>" and "<?...>" (comments for browsers) go, as comments do. The page is
    embedded in a template, so what html.parser cannot read is made text for browsers too: a start tag it finds but
    cannot read (stray character) has its "<" written "&lt;", and so has every "<" from a start tag left open at the
    end of the page (unclosed quote) to the end; a "<" written as text just before a removed tag becomes "&lt;" (it
    would otherwise open what follows). A comment or other construct left open at the end is left as it is
    (browsers read the rest of the page into it); after _MOST_OPEN such constructs, the rest of the page is made
    text. A start tag that html.parser and browsers would read differently (a space that browsers do not take for
    one, such as a no-break space; "==") is written anew as the parser read it. If the parser fails nonetheless,
    the whole page is withheld: `html` is "" and `removed` is (WHOLE_PAGE,).

Limits: scripts are not understood (a URL built by JavaScript is not seen); CSS functions written with escapes
("u\\72l(") are not recognised; legacy character references without ";" are decoded as html.unescape does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from html import escape
from html.parser import HTMLParser
from typing import Any, NoReturn, cast
from urllib.parse import quote, unquote

from ..model.lazy_patterns import lazy_pattern
from ..model.scripts import SCRIPT_SCHEMES, event_handler, script_runs
from ..model.urls import (
    C0_AND_SPACE,
    CSS_ATTRIBUTES,
    DATA_STYLESHEET,
    FULL_ADDRESS,
    LIGHTBOX_ATTRIBUTES,
    MARKDOWN_EXTENSIONS,
    OBSOLETE_URL_ATTRIBUTES,
    URL_ATTRIBUTES,
    URL_LIST_ATTRIBUTES,
    URL_SCHEME,
    as_browsers_read,
    css_unescaped,
    from_another_host,
    loads,
    only_climbs,
    preview_host,
    relative_url,
    same_host,
)
from ..reading.html_links import taken_for_a_tag
from .pages import SERVERS_FILES

WHOLE_PAGE = "*"
"""The only entry of Sealed.removed when the page could not be parsed and its HTML was withheld entirely."""


@dataclass(frozen=True)
class SiteMap:
    """What the built site holds, as site paths (relative to the site root, "/"-separated, no leading slash,
    percent-decoded), e.g. "index.html", "partnerships/do/joint-bid/index.html", "files/a b.pdf", "assets/x.css"."""

    outputs: frozenset[str]
    """Files the site holds whatever the pages refer to: pages, generated files, theme assets, site files."""
    candidates: frozenset[str] = frozenset()
    """Files published only if a page refers to them (attachments, images); a reference to one keeps the link
    and is reported in Sealed.references."""
    root_path: str = "/"
    """The path of the site root on its host (from site_url, e.g. "/portfolio/"), for links written as absolute
    paths ("/portfolio/files/x.pdf")."""
    host: str = ""
    """The site's own host (from site_url, e.g. "example.org"): links to it by full address
    ("https://example.org/portfolio/x/", "//example.org/portfolio/x/") are judged by their path."""
    offline: bool = False
    """A copy to open from disk (`portfolio pack`): a URL that would load something from outside it as a page opens
    (an image, a frame, a stylesheet, a refresh: from another host, the disk's root or above the copy) is removed
    too. Links to other sites stay: they load nothing until followed."""
    folder_pages: bool = False
    """A copy (offline) of a site whose pages are at folder addresses (`x/`), which the copy holds as `x.html`: a
    full address of the site's page `x/` leads to `x.html` here (on a site without directory URLs, `x/` is another
    page, `x/index.html`: a hostile review)."""
    sources_withheld: frozenset[str] = frozenset()
    """The files under evidence/ this build withholds, by their paths under it: a link to another site whose path
    names one from the project's folder (`.../blob/main/evidence/x/notes.md`, the repository's page of an internal
    item) is removed, as it names the withheld file (a careless contributor's review)."""
    docs_name: str = "evidence"
    """The name of the folder of pages (docs_dir), which such a path names."""
    links_from_docs: bool = False
    """Whether mkdocs.yml's validation has MkDocs read a Markdown link from the top (`/x.pdf`) from the folder of
    pages (Settings.links_from_docs): one to a withheld file, which MkDocs leaves as written, names it in one segment
    too."""

    @cached_property
    def withheld_names(self) -> frozenset[str]:
        """The withheld files as an address may name them: in small letters, a page (of any of Markdown's endings)
        with or without its ending, as .html, or as its folder, with or without index.html (a hostile review); an
        index or README page as its folder's, too."""
        names: set[str] = set()
        for lowered, stem, folder in self._withheld_sources:
            names.add(lowered)
            if stem is not None:
                names.update((stem, f"{stem}.html", f"{stem}/index.html"))
            if folder is not None:
                names.update((folder, f"{folder}/index.html" if folder else "index.html"))
        names.discard("")
        return frozenset(names)

    @cached_property
    def _withheld_sources(self) -> tuple[tuple[str, str | None, str | None], ...]:
        """Each withheld file in small letters, with its path without its ending where it is a page, and its folder
        where it is that folder's index or README page."""
        sources = []
        for source in self.sources_withheld:
            lowered = source.lower()
            stem = lowered.rsplit(".", 1)[0] if lowered.endswith(MARKDOWN_EXTENSIONS) else None
            folder, _, name = (stem or "").rpartition("/")
            sources.append((lowered, stem, folder if stem is not None and name in ("index", "readme") else None))
        return tuple(sources)

    def names_a_withheld_file(self, text: str, places: Iterable[str] = ("",)) -> bool:
        """Whether a text (a URL's query or fragment, a problem's message) names a withheld file as a file
        (`_withheld_by_last_part`), from the project's folder or the site's root or from one of `places` (folders, each
        ending in "/"), between any marks, once its percent-encoding, backslashes, "." and ".." segments are undone;
        or a withheld page by its path alone after a "/" (from the site's root: `/portfolio/staff/rota`), not as a
        value of its own (`?section=staff/rota`, a section's, or a message's `mapped to staff/rota`: false-positive
        reviews)."""
        if not self._withheld_by_last_part:
            return False
        for _ in range(3):  # (encoded more than once: %252F)
            text = unquote(text)
        text = _SLASHES.sub("/", text.replace("\\", "/")).lower()
        text = _DOT_SEGMENTS.sub("", text)
        for _ in range(text.count("/../")):
            text = _PARENT_SEGMENT.sub("", text, count=1)
        return any(
            _holds_name(text, name[len(place) :], after_slash)
            for last, named in self._withheld_by_last_part.items()
            if last in text  # (most texts: none, each looked for by str's own search)
            for name, after_slash in named
            for place in places
            if name.startswith(place)
        )

    @cached_property
    def _withheld_by_last_part(self) -> dict[str, list[tuple[str, bool]]]:
        """The withheld files as a text names one as a file (in small letters: with its ending, as .html, or as its
        folder, with "/" or index.html), with False; and the withheld pages by their paths alone (not an index's or a
        README's, which are their folders'), with True: named after a "/" only, as a section's path is written the
        same (the library's filter, `?section=partnerships/do`, beside a withheld partnerships/do.md or README.md: a
        false-positive review found the link reduced). By the last part of each name."""
        named: dict[str, list[tuple[str, bool]]] = {}
        for lowered, stem, folder in self._withheld_sources:
            forms = [(lowered if "." in lowered.rpartition("/")[2] else f"{lowered}/", False)]  # (a folder whole)
            if stem is not None:
                forms += [(f"{stem}.html", False), (f"{stem}/", False), (f"{stem}/index.html", False)]
            if folder:
                forms += [(f"{folder}/", False), (f"{folder}/index.html", False)]
            elif stem is not None and folder is None:
                forms.append((stem, True))
            for name, after_slash in forms:
                named.setdefault(name.rstrip("/").rpartition("/")[2], []).append((name, after_slash))
        return named

    verdicts_from_above: dict[str, dict[str, tuple[int, str | None]]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )
    """The verdicts on URLs starting with "../", by the folder above the pages' own: the same for every page of
    a folder (items are pages of their own folder, with directory URLs). Each site map has its own (a copy made
    with dataclasses.replace starts empty)."""


@dataclass(frozen=True)
class Sealed:
    html: str
    references: frozenset[str]
    """Candidates referred to by the URLs kept."""
    removed: tuple[str, ...]
    """Every URL reduced, as written (character references decoded), in document order (for logs and tests)."""
    commented: bool = False
    """Whether a comment removed held any text (`portfolio generate` empties every comment before)."""
    scripts: tuple[str, ...] = ()
    """Every script made inert (model/scripts.py): "script" for a `<script>`, an event handler's name (`onclick`)."""


def kept(url: str, page_url: str, site: SiteMap) -> bool:
    """Whether a URL written on the page at `page_url` may stay: it leads outside the site, or to a file the site
    holds (the verdict `seal` reaches on a link)."""
    verdict, _ = _Context(page_url, site).verdict(url)
    return verdict != _REMOVE


def site_path(url: str, page_url: str, site: SiteMap) -> str | None:
    """The site path a URL written on the page at `page_url` leads to, as the seal resolves it; None for a URL that
    leads out of the site, or that the seal removes whatever the site holds ("https:/x")."""
    path = _Context(page_url, site).site_path(url)
    return None if path is _REFUSED else path


def query_names_withheld(url: str, page_url: str, site: SiteMap) -> bool:
    """Whether the query or fragment of a URL written on the page at `page_url` names a file the site withholds (see
    `_Context.named_after_its_path`)."""
    return _Context(page_url, site).named_after_its_path(url)


def site_keys(path: str) -> tuple[str, ...]:
    """The files of the site a site path may be served from: a folder's index.html, or the file or a folder's."""
    return (path + "index.html",) if path == "" or path.endswith("/") else (path, path + "/index.html")


_COMMENT_MARKS = lazy_pattern(r"\A<(?:!--|!|/|\?)|(?:--!?)?>\Z")
"""The marks around a comment's text ("<!--", "-->", "--!>"; "<!", "</", "<?" and ">" of the others)."""


def _option(option: str) -> tuple[str, str, str]:
    """An option of glightbox's `data-glightbox`, `key: value`, split at its first colon."""
    return option.partition(":")


def seal(html: str, page_url: str, site: SiteMap, *, shown_there: bool = True, whole_page: bool = False) -> Sealed:
    """The page's HTML with every URL leading to a file of the site that the site does not hold reduced to text.

    `page_url` is the page's URL relative to the site root as MkDocs computes it ("" for the home page,
    "a/b/" with directory URLs, "a/b.html" without); relative URLs resolve against its directory. `shown_there`:
    the HTML is shown on that page alone, where a copy's ways to its files may be written (see
    `_Context.in_the_copy`); not what every page shows (the footer, a title in the navigation). `whole_page`: the
    HTML is a page the theme has filled in, whose scripts are the theme's and those mkdocs.yml names, and stay; in
    any other HTML (a page's content, a title, the copyright) every script is made inert (model/scripts.py): a
    `<script>` that runs goes with its text, and an event handler attribute (`onclick`) goes.
    """
    if "<" not in html:
        return Sealed(html, frozenset(), ())
    try:
        for attempt in range(_MOST_OPEN + 2):
            context = _Context(page_url, site, shown_there, scripts_inert=not whole_page)
            document = _Document(html, context)
            sealed = document.run()
            opened = document.left_open
            if opened is None:
                return Sealed(
                    sealed,
                    frozenset(context.references),
                    tuple(context.removed),
                    context.commented,
                    tuple(context.inert),
                )
            # A comment or declaration never closed would take in the template's HTML after the page (and keep
            # its own bytes, links and all): its "<" is made text, and what follows is sealed as markup. Each time
            # the page is read again: after _MOST_OPEN of them, every "<" that follows is made text.
            rest = html[opened:]
            html = html[:opened] + ("&lt;" + rest[1:] if attempt < _MOST_OPEN else rest.replace("<", "&lt;"))
    except Exception:  # whatever the parser could not handle: publish nothing of the page
        pass
    return Sealed("", frozenset(), (WHOLE_PAGE,))


ANIMATIONS = frozenset(("animate", "set", "animatemotion", "animatetransform", "animatecolor"))
"""SVG elements that set another attribute's value over time (to, from, by, values): the folder's Markdown seal too
deletes their values, not judged."""
FRAMES = frozenset(("iframe", "frame", "object", "embed"))
"""Elements that show a document of their own: a `data:` URL there is a page whose links cannot be judged."""

# Attributes and what they hold.
_URL, _SRCSET, _SPACED, _NAMES, _CSS, _HTML, _OPTIONS = range(7)
_KIND: dict[str, int] = {
    **dict.fromkeys(URL_ATTRIBUTES, _URL),
    **{name: _SRCSET if separator == "," else _SPACED for name, separator in URL_LIST_ATTRIBUTES.items()},
    **dict.fromkeys(CSS_ATTRIBUTES, _CSS),
    "srcdoc": _HTML,
    **dict.fromkeys(OBSOLETE_URL_ATTRIBUTES, _NAMES),  # loading nothing: another host's stays, as a link's does
    **{
        name: {"srcset": _SRCSET, "html": _HTML, "options": _OPTIONS}[kind]
        for name, kind in LIGHTBOX_ATTRIBUTES.items()
    },
}
_ONLY_ON: dict[str, frozenset[str]] = {
    "data": frozenset({"object"}),
    "action": frozenset({"form", "isindex"}),
    "poster": frozenset({"video"}),
    "cite": frozenset({"blockquote", "q", "del", "ins"}),
    "background": frozenset({"body", "table", "thead", "tbody", "tfoot", "tr", "td", "th"}),
    "longdesc": frozenset({"img", "image", "frame", "iframe"}),
    "lowsrc": frozenset({"img", "image"}),
    "dynsrc": frozenset({"img", "image", "input"}),
    "codebase": frozenset({"object", "applet", "embed"}),
    "manifest": frozenset({"html"}),
    "icon": frozenset({"menuitem", "command"}),
    **{name: elements for name, elements in OBSOLETE_URL_ATTRIBUTES.items() if elements},
}
"""Attributes that hold a URL on these elements only (elsewhere, data="3" or action="save" are not URLs)."""
REMOVED_WITH_ITS_URL: dict[str, tuple[str, ...]] = {
    "a": ("href", "xlink:href"),
    "area": ("href",),
    "img": ("src",),
    "image": ("src",),
}
"""The attribute whose removal removes the element (the first of them present, its first occurrence)."""
BECOME_ALT = frozenset({"img", "image", "input"})
"""Elements that become their alt text when their URL goes."""

_RAW_TEXT = ("script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext")
_SEALED_AS_HTML = frozenset({"style", "noscript"})
"""Raw text elements whose content is also sealed as HTML (see the module's docstring), as all are in SVG/MathML
and when written self-closing ("<textarea/>": raw text in HTML, an empty element in SVG)."""
_FOREIGN = frozenset({"svg", "math"})
_RAW_IN_SELECT = frozenset({"script", "textarea"})
"""Raw text elements that are raw text inside a <select> too, for every browser (see _Document._start)."""
_NOTABLE = frozenset({"a", "select", *_FOREIGN, *_RAW_TEXT})
"""Start tags that change how what follows is read."""
_CLOSE_SELECT = frozenset({"select", "input", "keygen", "textarea"})
_NEVER = lazy_pattern(r"(?!)")
_HTML_SPACE = " \t\n\r\f"
_ODD_SPACE = "\x0b\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
"""Characters that html.parser takes for spaces between attributes and browsers do not (str.isspace minus HTML's)."""


def bare_end_tag(written: str) -> str | None:
    """An end tag written with more than its name (`</see partnerships/do/note.md>`), as its name alone, which is all
    a browser reads of it (what follows the name stayed in the page's source, a withheld page's address with it: a
    hostile review); nothing for one whose name holds a dot, an address's (`</see.note.md>`, a review); None for one
    written so, or no end tag."""
    name = _END_NAME.match(written)
    if name is None:
        return None
    if "." in name[1]:
        return ""
    return f"</{name[1]}>" if not _BARE_END.fullmatch(written) else None


_END_NAME = lazy_pattern(r"</([a-zA-Z][^\t\n\r\f />]*)")
_BARE_END = lazy_pattern(r"</[a-zA-Z][^\t\n\r\f />]*[ \t\n\r\f]*>")
_READ_APART = lazy_pattern(f"==|[{_ODD_SPACE}]")
"""What html.parser and browsers read differently in a start tag's attributes: one of _ODD_SPACE, or "==" (for
html.parser `title=="x href=y "` is a title; for browsers, a title `="x`, then href="y")."""

_LOADS_NOTHING = ("data:", "blob:", "about:", "javascript:")


def _loads_from_elsewhere(url: str) -> bool:
    """Whether a URL the seal leaves alone loads from outside the site's folder: another host, a path from the root
    of the disk, one above the site (the seal leaves alone only those and other schemes), not data: and the like."""
    url = as_browsers_read(url)
    return bool(url) and url[0] != "#" and not url.lower().startswith(_LOADS_NOTHING)


_KEEP, _REMOVE, _LEAVE = range(3)
_AFTER_THE_PATH = lazy_pattern(r"[?#]")
_MAY_NAME_A_FILE = lazy_pattern(r"[/.%&\\]")
"""What a query or fragment naming a file holds, as written: a "/", a ".", or what may write one (`%2F`, `&#47;`)."""
_SLASHES = lazy_pattern(r"/{2,}")
_DOT_SEGMENTS = lazy_pattern(r"(?<![^/=?&#(\[\s])(?:\./)+")
_PARENT_SEGMENT = lazy_pattern(r"[^/=?&#(\[\s]+/\.\./")
_NAME_GOES_ON = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_.")
"""The characters a file's name may go on with, before or after what looks like another's."""


def _holds_name(text: str, name: str, after_slash: bool = False) -> bool:
    """Whether `text` holds `name` whole: not as the end or the start of a longer name (`plan.md` in `myplan.md`;
    dots after it are none, as a browser or a file system drops them); `after_slash`: only after a "/"."""
    start = text.find(name) if name else -1
    while start != -1:
        end = start + len(name)
        while end < len(text) and text[end] == ".":
            end += 1
        before = text[start - 1] if start else "/"
        after = text[end] if end < len(text) else "/"
        if (before == "/" if after_slash else before not in _NAME_GOES_ON) and after not in _NAME_GOES_ON:
            return True  # (a folder's "people/" in "people/plan" is a path under it, another's)
        start = text.find(name, start + 1)
    return False


_REFUSED = "../"
"""Context.site_path of a URL removed whatever the site holds (no site path is written so: site paths are
normalised): a relative URL that climbs above the site and does not only go up, and "http:" or "https:" without
"//", which a browser reads as relative on a page of its scheme and as a full address on a page of the other."""
_MOST_OPEN = 20
"""Comments and declarations left open, each made text and the page read again, before the rest is made text."""
_MOST_PASSES = 20
"""Text sealed again and again until nothing is removed (CSS, raw text read as HTML) gives up after so many passes."""
_DOT = frozenset({".", "%2e"})
_DOT_DOT = frozenset({"..", ".%2e", "%2e.", "%2e%2e"})

_CSS_STRING = r""""(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?"""
_CSS_URL_TOKEN = rf"""(?<![\w\\-])url\(\s*(?:{_CSS_STRING}|(?:[^\s"'()\\]|\\.)*)\s*\)?"""
_CSS_TOKEN = lazy_pattern(
    rf"""(?P<import>@import(?:\s|/\*.*?(?:\*/|\Z))*(?:{_CSS_URL_TOKEN}|{_CSS_STRING})[^;{{}}]*;?)
    |(?P<set>(?<![\w\\-])(?:-webkit-)?image-set\()
    |(?P<url>{_CSS_URL_TOKEN})""",
    re.IGNORECASE | re.DOTALL | re.VERBOSE | re.ASCII,
)
_CSS_URL_VALUE = lazy_pattern(
    r"""url\(\s*(?:"((?:[^"\\\n]|\\.)*)"?|'((?:[^'\\\n]|\\.)*)'?|((?:[^\s"'()\\]|\\.)*))""",
    re.IGNORECASE | re.DOTALL | re.ASCII,
)
_SPACES = lazy_pattern(r"[ \t\n\r\f]+")
_PLAIN_START = lazy_pattern(
    r'<([a-zA-Z][a-zA-Z0-9-]*)((?:[ \t\n\r\f]+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"]*")?)*)[ \t\n\r\f]*(/?)>'
)
"""A start tag as generated HTML writes it (a name, then attributes each after an HTML space, with a value in double
quotes or none): html.parser reads it as this reads it, attribute by attribute (see _Document.parse_starttag)."""
_PLAIN_ATTRIBUTE = lazy_pattern(r'[ \t\n\r\f]+([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:(=)"([^"]*)")?')
_PLAIN_END = lazy_pattern(r"</([a-zA-Z][-a-zA-Z0-9]*)>")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def names_withheld(url: str, docs_name: str, withheld: frozenset[str], segments: int = 2) -> bool:
    """Whether an address that leads to no file of the site (another site's, a path elsewhere on its host, a
    computer's) names, in its path or in a value of its query, a file a build withholds from the project's folder
    (`withheld`: SiteMap.withheld_names), in any capitals, in any of the forms an address gives it: after its folder
    of pages (`docs_name`, in small letters: a repository's page of the file, github.com/org/repo/blob/main/evidence/
    ..., or Azure's ?path=/evidence/...), or as the end of a path, in two segments at least (`/partnerships/x.md`, as
    MkDocs' absolute_links: relative_to_docs reads it, `/base/partnerships/x/`, as pymdownx.pathconverter writes it,
    an address of another copy of the site), or in one that names a page's source (`/x.md`); read as a browser reads
    a path: percent-encoding undone, `.` and `..` resolved, `//` merged, a segment's `;params` dropped (hostile
    reviews). A single segment of a page's address alone (`/staff/`, `/news/index.html`) is another site's; so is
    a path of fewer than `segments` that ends as a withheld page's does (a page's own text, read with 3: another
    site's `/policies/safeguarding` beside a withheld policies/safeguarding.md, a review of the change)."""
    if not withheld:
        return False
    address, _, query = url.partition("?")
    address, _, fragment = address.partition("#")
    texts = [address, *re.split(r"[&=#:,\s]", f"{query}#{fragment}")]
    return any(_named_after(text, docs_name, withheld, segments) for text in texts if text)


def _named_after(text: str, docs_name: str, withheld: frozenset[str], segments: int = 2) -> bool:
    """Whether a path, read as a browser reads it, names one of `withheld` (see names_withheld)."""
    for _ in range(3):  # (encoded more than once: %252F)
        text = unquote(text)
    parts: list[str] = []
    for part in text.replace("\\", "/").lower().split("/"):
        part = part.partition(";")[0]
        if part.strip() == "..":
            parts = parts[:-1]
        elif part.rstrip(". "):
            parts.append(part.rstrip(". "))
    last = len(parts) - 1
    folder_page = int(bool(parts) and parts[last] == "index.html")  # (/staff/index.html is /staff/: a review)
    return any(
        "/".join(parts[place:]) in withheld
        and (
            last - folder_page - place >= segments - 1
            or (place > 0 and parts[place - 1] == docs_name)
            or parts[last].endswith(MARKDOWN_EXTENSIONS)
        )
        for place in range(len(parts))
    )


def _any_of(names: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


def _passed(attributes: str) -> re.Pattern[str]:
    """Text and plain tags that the seal has nothing to do with, outside raw text and <select>: "<" as text, end
    tags but those of <a>, <select>, <svg> and <math>, start tags of elements that are not _NOTABLE, <meta> or SVG
    animations, with no attribute that may hold a URL (_KIND) nor any other that `attributes` matches the start of,
    nor one whose name holds a dot (taken_for_a_tag: a hostile review found `<see the note at x.md>` passed over).
    The plain path passes over them in one match."""
    return re.compile(
        "(?:[^<]+"
        "|<(?![a-zA-Z/!?])"
        rf"|</(?!(?:{_any_of(('a', 'select', *_FOREIGN))})>)[a-zA-Z][-a-zA-Z0-9]*>"
        rf"|<(?!(?:{_any_of((*_NOTABLE, 'meta', *ANIMATIONS))})[ \t\n\r\f/>])[a-zA-Z][a-zA-Z0-9-]*"
        rf"(?:[ \t\n\r\f]+(?!(?:{_any_of(_KIND)})(?![-a-zA-Z0-9_:.])|{attributes})[a-zA-Z_:][-a-zA-Z0-9_:]*(?![.])"
        r"(?:=\"[^\"]*\")?)*"
        r"[ \t\n\r\f]*/?>"
        ")*",
        re.IGNORECASE | re.ASCII,
    )


_PASSED = _passed("(?!)")
_PASSED_INERT = _passed("on")
"""_PASSED where scripts are made inert: not past an event handler (`onclick`)."""


class _Context:
    """The page, the site, the verdicts reached so far and what was removed and referred to."""

    def __init__(self, page_url: str, site: SiteMap, shown_there: bool = True, scripts_inert: bool = False) -> None:
        self.shown_there = shown_there
        self.scripts_inert = scripts_inert
        """Whether the HTML's scripts are made inert (see `seal`)."""
        self.outputs = site.outputs
        self.candidates = site.candidates
        self.site, self.docs_name = site, site.docs_name.lower()
        self.host = site.host
        self.offline = site.offline
        self.folder_pages = site.folder_pages
        root = site.root_path.strip("/")
        self.root_written = f"/{root}/" if root else "/"
        self.root = _normalise(unquote(self.root_written))
        page = page_url.lstrip("/")
        self.page = page.removeprefix("./")
        self.page_folder = self.page[: self.page.rfind("/") + 1]
        self.removed: list[str] = []
        self.references: set[str] = set()
        self.commented = False
        self.inert: list[str] = []
        """The scripts made inert (Sealed.scripts)."""
        self._verdicts: dict[str, tuple[int, str | None]] = {}
        # "../x" resolves to the same path from every folder of the folder above (when the page's folder is a
        # plain name: not a dot segment, not percent-encoded, not empty), written exactly as it is written here
        # ("/n/" is not "n/": a ".." spends itself on the empty segment instead of stopping at the root).
        folder = self.page_folder
        name = folder[:-1].rpartition("/")[2]
        plain = name and "%" not in name and name not in (".", "..")
        above = folder[: len(folder) - len(name) - 1]
        self._from_above = site.verdicts_from_above.setdefault(above, {}) if plain else self._verdicts

    def loading(self, url: str) -> tuple[int, str | None]:
        """The verdict on a URL that the browser loads as the page opens: one from another website is removed (the
        published site loads nothing from other hosts: they would learn who reads which page, internal ones too), and
        in a copy to open from disk, anything from outside it (see SiteMap.offline)."""
        verdict = self.verdict(url)
        if verdict[0] != _REMOVE and (
            from_another_host(url, self.host, plainly=True)
            or DATA_STYLESHEET.match(as_browsers_read(url))
            or (verdict[0] == _LEAVE and self.offline and _loads_from_elsewhere(url))
        ):
            return _REMOVE, None
        return verdict

    def verdict(self, url: str) -> tuple[int, str | None]:
        """Keep, remove or leave alone the URL, and the candidate it refers to."""
        verdicts = self._from_above if url.startswith("../") else self._verdicts
        verdict = verdicts.get(url)
        if verdict is None:
            verdict = verdicts[url] = self._judge(url)
        if verdict[0] == _KEEP and self.site.sources_withheld and self.named_after_its_path(url):
            return _REMOVE, None  # (judged for this page: the verdicts of "../" URLs are a folder's)
        return verdict

    def _judge(self, url: str) -> tuple[int, str | None]:
        path = self.site_path(url)
        if path is None:
            return _LEAVE, None
        if path is _REFUSED:
            return _REMOVE, None
        for key in self._keys(url, path):
            if key in self.candidates:
                return _KEEP, key
            if key in self.outputs:
                return _KEEP, None
        return _REMOVE, None

    def named_after_its_path(self, url: str) -> bool:
        """Whether the query or fragment of a URL into the site names a withheld file (`SiteMap.files_withheld`), as
        a path from the project's folder or the site's root, or from the page's folder or the one above it (a page's
        own, with directory URLs), between any marks, once its percent-encoding is undone: a place in a page
        (`#budget`) is none, whatever page is withheld beside it. Hostile reviews found a public page's link to a
        public page kept with `?next=/p/partnerships/staff-rota/`, `#files/rota.pdf`, `?next=(staff/rota/)` or
        `?f=staff/rota.pdf%2C` after it."""
        after = _AFTER_THE_PATH.search(url)  # (most URLs: no query or fragment, or a place, `#plan`, of no path)
        if after is None or _MAY_NAME_A_FILE.search(url, after.start()) is None:
            return False
        read = as_browsers_read(url)
        after = _AFTER_THE_PATH.search(read)
        if after is None:
            return False
        text = read[after.start() :]
        if "/" not in text and "." not in text and "%" not in text:
            return False
        for _ in range(3):  # (encoded more than once: %252F)
            text = unquote(text)
        text = _DOT_SEGMENTS.sub("/", _SLASHES.sub("/", text.replace("\\", "/"))).lower()
        folder = self.page_folder.lower()
        return self.site.names_a_withheld_file(
            text, dict.fromkeys(("", folder, folder[: folder.rstrip("/").rfind("/") + 1]))
        )

    def _keys(self, url: str, path: str) -> tuple[str, ...]:
        """The files of the site a URL leading to the site path `path` may be served from."""
        keys = site_keys(path)
        if self.folder_pages and path.endswith("/") and FULL_ADDRESS.match(as_browsers_read(url)):
            keys = (*keys, path[:-1] + ".html")  # the site's page at its address there, x/, is x.html in a copy
        return keys

    def in_the_copy(self, url: str) -> str:
        """In a copy to open from disk (`offline`), a URL kept that is the full address of a file of the site: the
        way to that file in the copy, from the page, its query and fragment as written (the library's filters); any
        other URL as it is. (An outside review: such a link, to a page the public site does not hold, led an
        assessor from the copy to the public site's "not found", where the PDF beside it led to the page.) Not in
        HTML other pages show too, from where the way would lead elsewhere (a hostile review: out of the copy's
        folder)."""
        read = as_browsers_read(url)
        if not self.offline or not self.shown_there or not FULL_ADDRESS.match(read):
            return url
        path = self.site_path(url)
        if path is None or path is _REFUSED:
            return url
        held = (key for key in self._keys(url, path) if key in self.outputs or key in self.candidates)
        key = next((key for key in held if key not in SERVERS_FILES), None)  # (the copy leaves them out)
        after = _AFTER_THE_PATH.search(read)
        return quote(relative_url(key, self.page)) + (read[after.start() :] if after else "") if key else url

    def site_path(self, url: str) -> str | None:
        """The site path that the URL leads to; None for a URL that does not lead into the site; _REFUSED for one
        removed whatever the site holds."""
        url = as_browsers_read(url)
        if not url or url[0] == "#":
            return None
        scheme = URL_SCHEME.match(url)
        if scheme:
            if scheme.group().lower() in SCRIPT_SCHEMES:  # whatever it says (`javascript:location='../board/'`, a
                return _REFUSED  # hostile review), where it leads cannot be judged
            if scheme.group().lower() not in ("http:", "https:"):  # (`C:/.../evidence/x.md`, `file:`: a hostile
                # review found a computer's path naming a withheld file published in a link's address)
                return _REFUSED if self._names_withheld_source(url) else None
            url = url[scheme.end() :]
            if not url or url[0] == "#":
                return None
            if url[:2].replace("\\", "/") != "//":  # "http:/host/x": on a page of the other scheme, a full address
                return _REFUSED
        end = len(url)
        for mark in "?#":
            found = url.find(mark, 0, end)
            if found >= 0:
                end = found
        path = url[:end].replace("\\", "/")
        if path.startswith("//"):  # a host follows every slash there is ("///host/x" is host's x, as browsers read it)
            authority, _, rest = path.lstrip("/").partition("/")
            if preview_host(authority):  # the author's own computer: nowhere for anyone else, whatever it names
                return _REFUSED
            if not same_host(authority, self.host):  # another site: left alone, unless it names a withheld file
                return _REFUSED if self._names_withheld_source(url) else None
            path = "/" + rest
        written = path
        if not path:
            path = self.root_written + self.page
        elif path[0] != "/":
            path = self.root_written + self.page_folder + path
        path = _normalise(unquote(_normalise(path, written=True)).replace("\\", "/"))
        root = self.root
        if root == "/":
            return path[1:]
        if path[: len(root)].lower() == root.lower():
            return path[len(root) :]
        if path.lower() == root[:-1].lower():
            return ""
        if written.startswith("/") or only_climbs(unquote(written)):
            # an absolute path elsewhere on the host, or up only: to a folder holding the site; not one naming a
            # withheld file (`\\server\share\evidence\x.md`, which Markdown makes `\server\...`), from the
            # folder of pages (`/partnerships/x.md`, as MkDocs' absolute_links: relative_to_docs reads it) or from
            # any folder above (pymdownx.pathconverter's `/base/partnerships/x.md`): a hostile review
            return _REFUSED if self._names_withheld_source(url) or self._withheld_from_docs(written) else None
        return _REFUSED

    def _names_withheld_source(self, url: str) -> bool:
        return names_withheld(url, self.docs_name, self.site.withheld_names)

    def _withheld_from_docs(self, written: str) -> bool:
        """Whether a path from the top names a withheld file from the folder of pages, where mkdocs.yml's
        validation has MkDocs read Markdown links so (`/rota.pdf` is evidence/rota.pdf)."""
        return (
            self.site.links_from_docs
            and written.startswith("/")
            and names_withheld(f"/{self.docs_name}{written}", self.docs_name, self.site.withheld_names)
        )

    def css(self, text: str) -> tuple[str, list[str], list[str]]:
        """CSS text with its URLs leading to withheld files made `none`, those URLs and the candidates kept.

        Repeated until nothing is removed: what is left around a removed @import could form a new url(...). CSS
        whose escapes spell a URL function (`\\75 rl(...)`) is removed whole: its URLs cannot be told apart."""
        if "\\" in text and len(_CSS_TOKEN.findall(css_unescaped(text))) != len(_CSS_TOKEN.findall(text)):
            return "", [text], []
        removed: list[str] = []
        for _ in range(_MOST_PASSES):
            text, removed_now, references = self._css_pass(text)
            if not removed_now:
                return text, removed, references
            removed += removed_now
        raise RecursionError("CSS that keeps forming URLs")

    def _css_pass(self, text: str) -> tuple[str, list[str], list[str]]:
        if "(" not in text and "@" not in text:
            return text, [], []
        edits: list[tuple[int, int, str]] = []
        removed: list[str] = []
        references: list[str] = []
        strings: list[tuple[int, int]] = []  # strings of image-set(...), already judged

        def judge(start: int, end: int, written: str, replacement: str) -> None:
            verdict, reference = self.loading(css_unescaped(written))
            if verdict == _REMOVE:
                edits.append((start, end, replacement))
                removed.append(written)
            elif reference:
                references.append(reference)

        for match in _CSS_TOKEN.finditer(text):
            start = match.start()
            if any(low <= start < high for low, high in strings):
                continue
            if match.lastgroup == "set":
                for low, high in _image_set_strings(text, match.end()):
                    strings.append((low, high))
                    closed = high - low > 1 and text[high - 1] == text[low]
                    judge(low, high, text[low + 1 : high - 1 if closed else high], "none")
            elif match.lastgroup == "import":
                target = match.group()[len("@import") :].lstrip()
                value = _CSS_URL_VALUE.match(target)
                if value:
                    written = next(group for group in value.groups() if group is not None)
                else:
                    written = _string_body(target)
                judge(start, match.end(), written, "")
            else:
                value = _CSS_URL_VALUE.match(match.group())
                if value:
                    written = next(group for group in value.groups() if group is not None)
                    judge(start, match.end(), written, "none")
        if not edits:
            return text, removed, references
        edits.sort()
        pieces: list[str] = []
        position = 0
        for start, end, replacement in edits:
            if start < position:
                continue
            pieces += [text[position:start], replacement]
            position = end
        pieces.append(text[position:])
        return "".join(pieces), removed, references


class _LeftOpen(Exception):
    """Raised to stop reading at a construct left open at the end of the text."""


class _Document(HTMLParser):
    """One HTML document being sealed: a page, an iframe's srcdoc, or raw text read as HTML (<noscript>...)."""

    def __init__(self, text: str, context: _Context, foreign: tuple[str, ...] = (), foreign_seen: bool = False) -> None:
        super().__init__(convert_charrefs=True)  # text is never read (but <style>'s, by offsets): positions stay exact
        self._text = text
        self._context = context
        self._base = 0
        """Where the text html.parser holds starts in the page (it drops what it has read when it stops for more)."""
        self._at = 0
        """Where the current event starts in the text html.parser holds."""
        self._plain_tag: str | None = None
        """The start tag just read by the plain path of parse_starttag (None: read by html.parser)."""
        self._edits: list[tuple[int, int, str, bool]] = []
        self._anchors: list[bool] = []
        """Open <a> elements, innermost last: whether each lost its start tag."""
        self._foreign = list(foreign)
        """The <svg> and <math> elements open, innermost last: inside them browsers read raw text elements as HTML."""
        self._foreign_seen = foreign_seen or bool(foreign)
        """Whether an <svg> or <math> was opened: browsers may keep it open after an end tag the seal takes for its
        end (`</svg>` inside a <foreignObject>'s HTML, `</noscript>` inside foreign content), so raw text elements
        after it are read as HTML too."""
        self._select = False
        """Whether a <select> may be open: raw text elements there are read both as raw text and as HTML."""
        self._raw: str | None = None
        self._raw_start = 0
        self._raw_foreign: tuple[str, ...] = ()
        self._raw_as_html = False
        self._drop_end_tag = False
        self._dropped = False
        """Whether the raw text element open is a script that goes with its text (see `seal`)."""
        self._unfinished: int | None = None
        """Where a construct left open at the end of the text starts (see _unfinish)."""
        self._unfinished_tag = False

    @property
    def left_open(self) -> int | None:
        """Where a comment or declaration left open at the end of the text starts, if one is (once run)."""
        return self._unfinished if self._unfinished is not None and not self._unfinished_tag else None

    def run(self) -> str:
        plain = self._read_plain()
        if plain < len(self._text):
            self.rawdata = ""
            try:
                self.feed(self._text[plain:])
                self.close()
            except _LeftOpen:  # what follows a construct left open is not read (see _unfinish)
                pass
        end = len(self._text) if self._unfinished is None else self._unfinished
        if self._raw is not None:
            self._close_raw(end)
        elif self._unfinished_tag:  # a start tag open at the end would take in the template's HTML that follows
            self._edit(end, len(self._text), self._text[end:].replace("<", "&lt;"))
        return self._assemble()

    def _read_plain(self) -> int:
        """Seal the text up to its first markup other than plain start and end tags (see parse_starttag), as
        html.parser would, without its reading of every piece of text between them; where that markup starts (the
        length of the text if there is none), for html.parser to read the rest. A raw text element is plain when no
        "<" comes before its plain end tag (an <svg>'s <title>). Most pages of a site are plain throughout."""
        text = self._text
        position = 0
        find = text.find
        passed = _PASSED_INERT if self._context.scripts_inert else _PASSED
        self.rawdata = text
        while True:
            if self._raw is None and not self._select:
                start = cast("re.Match[str]", passed.match(text, position)).end()  # (it matches "" too)
                if start == len(text):
                    break
            elif (start := find("<", position)) == -1:
                break
            after = text[start + 1 : start + 2]
            if after == "/":
                plain = _PLAIN_END.match(text, start)
            elif after in _ASCII_LETTERS:
                plain = _PLAIN_START.match(text, start)
            elif after in ("!", "?"):
                return start
            else:  # "<" as text
                position = start + 1
                continue
            if plain is None:
                return start
            tag = plain[1].lower()
            if tag in _RAW_TEXT and after != "/":  # plain only when no "<" comes before its plain end tag
                closing = find("<", plain.end())
                raw_end = _PLAIN_END.match(text, closing) if closing != -1 and tag != "plaintext" else None
                if raw_end is None or raw_end[1].lower() != tag:
                    return start
            position = plain.end()
            self._at = start
            if after == "/":  # (the end of a raw text element too: html.parser reads it in raw text)
                self._read_end(start, plain if self.cdata_elem is None else None)
            else:
                self._read_start(plain, tag, start)
        return len(text)

    # Events.

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, self_closing=True)

    def handle_endtag(self, tag: str) -> None:
        if self._raw is not None:
            if tag == self._raw:
                self._drop_end_tag = self._dropped
                self._close_raw(self._offset())
        elif tag == "a" and self._anchors and self._anchors.pop():
            self._drop_end_tag = True
        elif tag in _FOREIGN and tag in self._foreign:  # (else ignored by browsers)
            innermost = len(self._foreign) - 1 - self._foreign[::-1].index(tag)
            del self._foreign[innermost:]
        elif tag == "select":
            self._select = False

    def handle_data(self, data: str) -> None:
        raw = self._raw
        if raw is not None:
            # html.parser before 3.14 ends raw text only at "</name>": end it at "</name " and "</name/" too.
            size = len(raw)
            if (
                raw != "plaintext"
                and data[:2] == "</"
                and data[2 : 2 + size].lower() == raw
                and data[2 + size : 3 + size]
                and data[2 + size] in "\t\n\r\f />"
            ):
                self.clear_cdata_mode()
                dropped, start = self._dropped, self._offset()
                self._close_raw(start)
                if dropped:  # (the end tag, as html.parser gives it: "</script x>")
                    self._edit(start, start + len(data), "")
            return
        if data[:1] == "<" and data == self.get_starttag_text():
            # A start tag that html.parser found but could not read, given as text: make it text for browsers too.
            start = self._offset()
            if self._text.startswith(data, start):
                self._edit(start, start + len(data), data.replace("<", "&lt;"))

    # html.parser's internals, adjusted to read as browsers do where a difference could hide a link.

    def set_cdata_mode(self, elem: str, **options: Any) -> None:
        if elem != self._raw:  # html.parser's own call, for an element read as HTML here (see _start)
            return
        super().set_cdata_mode(elem, **options)
        self.interesting = _NEVER if elem == "plaintext" else _raw_text_end(elem)

    def goahead(self, end: bool) -> None:
        self._base, self._at = len(self._text) - len(self.rawdata), 0
        super().goahead(end)

    def updatepos(self, i: int, j: int) -> int:
        # Positions are offsets: html.parser's line and column, counted on every event, are not needed.
        if i < j:
            self._at = j
        return j

    def parse_starttag(self, i: int) -> int:
        # A start tag as generated HTML writes it is read here, as html.parser would read it but with one regular
        # expression (most of the seal's time was html.parser reading attributes one by one); any other start tag,
        # raw text elements, and tags with a character reference (which Python versions decode differently in
        # attribute values) are read by html.parser itself.
        plain = _PLAIN_START.match(self.rawdata, i)
        if plain is None or (tag := plain[1].lower()) in _RAW_TEXT:
            self._plain_tag = None
            end = super().parse_starttag(i)
            if end < 0:
                self._unfinish(start_tag=True)
            return end
        self._read_start(plain, tag, i)
        return plain.end()

    def _read_start(self, plain: re.Match[str], tag: str, i: int) -> None:
        """A start tag matched by _PLAIN_START at `i`, read as html.parser reads it (by html.parser itself when a
        value holds a character reference, which Python versions decode differently in attribute values)."""
        if "&" in plain[2]:
            self._plain_tag = None
            HTMLParser.parse_starttag(self, i)
            return
        self._plain_tag, self.lasttag = plain[0], tag
        attrs = [
            (name.lower(), value if equals else None) for name, equals, value in _PLAIN_ATTRIBUTE.findall(plain[2])
        ]
        self._start(tag, attrs, self_closing=bool(plain[3]))

    def get_starttag_text(self) -> str | None:
        return self._plain_tag if self._plain_tag is not None else super().get_starttag_text()

    def parse_endtag(self, i: int) -> int:
        return self._read_end(i, _PLAIN_END.match(self.rawdata, i) if self.cdata_elem is None else None)

    def _read_end(self, i: int, plain: re.Match[str] | None) -> int:
        """The end tag at `i`: `plain`, its match of _PLAIN_END outside raw text, read here as html.parser reads it;
        None: read by html.parser."""
        self._drop_end_tag = False
        in_raw = self._raw in _SEALED_AS_HTML or self._raw == "script"  # (its end the raw text's reading's)
        if plain is not None:  # "</name>" outside raw text, read as html.parser reads it
            self.handle_endtag(plain[1].lower())
            self.clear_cdata_mode()
            end = plain.end()
        else:
            end = super().parse_endtag(i)
        if end < 0:
            self._unfinish()
        elif self._drop_end_tag:
            self._drop_end_tag = False
            start = self._offset()
            self._edit(start, start + end - i, "")
        elif plain is None and not in_raw and (bare := bare_end_tag(self.rawdata[i:end])) is not None:
            start = self._offset()
            self._edit(start, start + end - i, bare)
        return end

    def parse_comment(self, i: int, report: bool = True) -> int:
        rawdata = self.rawdata
        j = i + 4
        if rawdata.startswith(">", j):
            stop, end = j, j + 1
        elif rawdata.startswith("->", j):
            stop, end = j, j + 2
        else:
            dashes, bang = rawdata.find("-->", j), rawdata.find("--!>", j)
            if dashes < 0 and bang < 0:
                return self._unfinish()
            if bang < 0 or 0 <= dashes < bang:
                stop, end = dashes, dashes + 3
            else:
                stop, end = bang, bang + 4
        if report:
            self.handle_comment(rawdata[j:stop])
            self._drop_comment(i, end)
        return end

    def parse_html_declaration(self, i: int) -> int:
        rawdata = self.rawdata
        if rawdata.startswith("<!--", i):
            return self.parse_comment(i)
        if rawdata[i + 2 : i + 9].lower() == "doctype":
            end = rawdata.find(">", i + 9)
            if end < 0:
                return self._unfinish()
            self.handle_decl(rawdata[i + 2 : end])
            if self._text[: self._offset()].strip():  # one after the start, which browsers ignore: in the source alone
                self._drop_comment(i, end + 1)
            return end + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i: int, report: bool = True) -> int:
        end = super().parse_bogus_comment(i, report)
        if end < 0:
            self._unfinish()
        # "<![CDATA[...]]>" is text inside <svg> and <math>, and a comment for browsers outside them, as "</ ...>" is
        if report and not (self._foreign and self.rawdata.startswith("<![CDATA[", i)):
            self._drop_comment(i, end)
        return end

    def parse_pi(self, i: int) -> int:
        end = super().parse_pi(i)
        if end < 0:
            self._unfinish()
        self._drop_comment(i, end)  # "<?...>": a comment for browsers
        return end

    def _drop_comment(self, i: int, end: int) -> None:
        """Comments are read by no one but someone viewing the source, who would find there whatever the author
        commented out: a link to a withheld item's page, say. They go (on every audience's page alike), and so do
        "</ ...>" and "<?...>", comments for browsers too."""
        start = self._offset()
        self._edit(start, start + end - i, "")
        if _COMMENT_MARKS.sub("", self.rawdata[i:end]).strip():
            self._context.commented = True

    def _unfinish(self, start_tag: bool = False) -> NoReturn:
        """Note a construct left open at the end of the text, which browsers read to the end, and stop reading.

        html.parser gives up on it, then reads the rest as text and markup (before 3.14) or skips it, from each "<"
        to the end again (quadratic time); here the rest is left as it is, but after a start tag, where it is made
        text (see `run`)."""
        self._unfinished, self._unfinished_tag = self._offset(), start_tag
        raise _LeftOpen

    # Sealing.

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], self_closing: bool) -> None:
        written = self.get_starttag_text() or ""
        if self._raw is None and taken_for_a_tag(tag, attrs, written):  # shown as nothing, its address in the source
            start = self._offset()
            self._edit(start, start + len(written), "")
            return
        handlers = False
        if self._context.scripts_inert:
            if tag == "script" and script_runs(_first(attrs, "type")):
                self._drop_script()
                return
            inert = [(name, value) for name, value in attrs if not event_handler(name)]
            if len(inert) < len(attrs):
                self._context.inert += (name for name, _ in attrs if event_handler(name))
                attrs, handlers = inert, True
        replacement, gone = self._seal_tag(tag, attrs, self_closing) if attrs else (None, False)
        if replacement is None and handlers:
            replacement = _start_tag(self.get_starttag_text() or "", tag, attrs, self_closing)
        if replacement is None and attrs and self._plain_tag is None:
            written = self.get_starttag_text() or ""
            if _READ_APART.search(written):  # written anew as the seal read it, for browsers to read it so too
                replacement = _start_tag(written, tag, attrs, self_closing)
        if tag == "a":
            self._anchors.append(gone)
        if gone or (tag not in _NOTABLE and not self._select):  # (a removed <input> does not close a <select>)
            if replacement is not None:
                start = self._offset()
                self._edit(start, start + len(self.get_starttag_text() or ""), replacement)
            return
        if tag in _FOREIGN:
            self._foreign_seen = True
            if not self_closing:
                self._foreign.append(tag)
        raw = tag in _RAW_TEXT
        in_select = self._select
        if in_select:
            self._select = tag not in _CLOSE_SELECT
        elif tag == "select":
            self._select = True
        if replacement is None and not raw:
            return
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        if replacement is not None:
            self._edit(start, end, replacement)
        if raw:  # (browsers ignore "/" in <style/>, but SVG does not: then it is read both as raw text and as HTML)
            self._raw, self._raw_start, self._raw_foreign = tag, end, tuple(self._foreign)
            self._raw_as_html = (
                self_closing
                or self._foreign_seen
                or tag in _SEALED_AS_HTML
                or (in_select and tag not in _RAW_IN_SELECT)
            )
            self.set_cdata_mode(tag)

    def _drop_script(self) -> None:
        """A script that would run goes, its text and end tag with it (see handle_endtag): read as raw text to its
        end, as browsers read it in HTML (in an <svg>, where browsers end one written `<script/>` at once, this takes
        away more, not less)."""
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        self._edit(start, end, "")
        self._context.inert.append("script")
        self._raw, self._raw_start, self._raw_foreign = "script", end, tuple(self._foreign)
        self._raw_as_html, self._dropped = False, True
        self.set_cdata_mode("script")

    def _seal_tag(self, tag: str, attrs: list[tuple[str, str | None]], self_closing: bool) -> tuple[str | None, bool]:
        """The start tag's replacement (None: unchanged) and whether the element lost it for a removed URL."""
        kinds = _KIND
        context = self._context
        if tag == "meta" and (_first(attrs, "http-equiv") or "").strip(_HTML_SPACE).lower() == "x-dns-prefetch-control":
            # "on" has the browser look up the hosts of a page's links to other websites as it opens: their name
            # servers would learn who reads it. Always off.
            quiet = [(name, "off" if name == "content" else value) for name, value in attrs]
            return _start_tag(self.get_starttag_text() or "", tag, quiet, self_closing), False
        if tag == "script" and (_first(attrs, "type") or "").strip(_HTML_SPACE).lower() == "speculationrules":
            # Speculation rules (JSON) have the browser fetch the pages they match as the page opens: the page's
            # links to other websites too, outside any Content-Security-Policy. Written as plain text, they are not.
            typed = [(name, "text/plain" if name == "type" else value) for name, value in attrs]
            return _start_tag(self.get_starttag_text() or "", tag, typed, self_closing), False
        if tag in ANIMATIONS:
            animated = self._seal_animation(attrs)
            if animated[1]:
                return animated
        if tag != "meta" and all(name not in kinds for name, _ in attrs):
            return None, False
        decisive = -1
        names = REMOVED_WITH_ITS_URL.get(tag)
        if tag == "input" and (_first(attrs, "type") or "").strip(_HTML_SPACE).lower() == "image":
            names = ("src",)
        for name in names or ():
            for index, (written, _) in enumerate(attrs):
                if written == name:
                    decisive = index
                    break
            if decisive >= 0:
                break
        removed: list[str] = []
        references: list[str] = []
        kept: list[tuple[str, str | None]] = []
        changed = gone = False
        for index, (name, value) in enumerate(attrs):
            kind = kinds.get(name)
            if kind is None or value is None or (name in _ONLY_ON and tag not in _ONLY_ON[name]):
                kept.append((name, value))
                continue
            if kind == _URL:
                if tag == "base" and name == "href":
                    verdict, reference = (_LEAVE if value.strip(C0_AND_SPACE)[:1] in ("", "#") else _REMOVE), None
                elif tag in FRAMES and value.strip(C0_AND_SPACE)[:5].lower() == "data:":
                    verdict, reference = _REMOVE, None  # a document of its own, whose links cannot be judged
                elif loads(tag, name):
                    verdict, reference = context.loading(value)
                else:
                    verdict, reference = context.verdict(value)
                if verdict == _REMOVE:
                    removed.append(value)
                    changed = True
                    gone = gone or index == decisive
                    continue
                if reference:
                    references.append(reference)
                if verdict == _KEEP and context.offline:
                    copied = context.in_the_copy(value)
                    changed, value = changed or copied != value, copied
            elif kind in (_SRCSET, _SPACED, _NAMES):
                candidates = _srcset(value) if kind == _SRCSET else [(url, "") for url in _SPACES.split(value) if url]
                judge = context.verdict if kind == _NAMES else context.loading  # a vocabulary's name loads nothing
                remaining: list[str] = []
                for url, descriptors in candidates:
                    verdict, reference = judge(url)
                    if verdict == _REMOVE:
                        removed.append(url)
                        continue
                    remaining.append(f"{url} {descriptors}" if descriptors else url)
                    if reference:
                        references.append(reference)
                if len(remaining) < len(candidates):
                    changed = True
                    if not remaining:
                        continue
                    value = (", " if kind == _SRCSET else " ").join(remaining)
            elif kind == _OPTIONS:  # glightbox's "href: ...; description: ...": gone whole where one names what goes
                options = [(key.strip().lower(), text.strip()) for key, _, text in map(_option, value.split(";"))]
                judged = [context.verdict(text) for key, text in options if key == "href"]
                if any(verdict == _REMOVE for verdict, _ in judged) or any(
                    self._sealed_apart(text)[1] for key, text in options if key in ("title", "description", "content")
                ):
                    removed.append(value)
                    changed = True
                    continue
                references += [reference for _, reference in judged if reference]
            elif kind == _CSS:
                sealed, css_removed, css_references = context.css(value)
                removed += css_removed
                references += css_references
                changed = changed or sealed != value
                value = sealed
            else:  # srcdoc, a caption: a document of its own, whose URLs resolve against the page's
                sealed, inner_removed, inner_references = self._sealed_apart(value)
                removed += inner_removed
                references += inner_references
                changed = changed or sealed != value
                value = sealed
            kept.append((name, value))
        if tag == "meta" and (_first(attrs, "http-equiv") or "").strip(_HTML_SPACE).lower() == "refresh":
            content = _first(attrs, "content") or ""
            span = _refresh_url(content)
            if span:
                url = content[span[0] : span[1]]
                verdict, reference = context.loading(url)
                if verdict == _REMOVE:
                    removed.append(url)
                    gone = True
                elif reference:
                    references.append(reference)
        context.removed += removed
        if gone:  # its id (a link's name) stays, a place links lead to (a differential review: a strict build failed
            # on a link to it); in an <svg> or <math> as an element of the drawing, which a <span> would end (a review
            # of valid portfolios): a link without its address, or an empty group
            place = _first(attrs, "id") or (_first(attrs, "name") if tag == "a" else None)
            if self._foreign and place:
                return (f'<a id="{escape(place)}">', False) if tag == "a" else (f'<g id="{escape(place)}"/>', True)
            kept_place = f'<span id="{escape(place)}"></span>' if place else ""
            if tag in BECOME_ALT:
                return kept_place + escape(_first(attrs, "alt") or "", quote=False), True
            return kept_place, True
        context.references.update(references)
        if changed:
            return _start_tag(self.get_starttag_text() or "", tag, kept, self_closing), False
        return None, False

    def _sealed_apart(self, html: str) -> tuple[str, list[str], set[str]]:
        """HTML of an attribute (srcdoc, a caption a script shows) sealed as a document of its own, against the
        page's address: its HTML, the URLs removed and the candidates it refers to."""
        context = self._context
        saved = context.removed, context.references
        context.removed, context.references = [], set()
        try:
            return _Document(html, context).run(), context.removed, context.references
        finally:
            context.removed, context.references = saved

    def _seal_animation(self, attrs: list[tuple[str, str | None]]) -> tuple[str | None, bool]:
        """An SVG animation of a URL attribute (`<animate attributeName="href" to="...">`) sets the URLs of its
        to, from, by and values, and one of a CSS attribute (`attributeName="cursor"`, `fill`, `style`...) the
        url(...) of its CSS (a hostile review): the element goes when any of them leads to a withheld or absent
        file."""
        target = (_first(attrs, "attributename") or "").strip(_HTML_SPACE).lower()
        if self._context.scripts_inert and event_handler(target):  # (an event handler set: browsers refuse it now)
            self._context.inert.append(target)
            return "", True
        if target not in URL_ATTRIBUTES and target not in CSS_ATTRIBUTES:
            return None, False
        values = [value for name, value in attrs if name in ("to", "from", "by") and value]
        values += [part for name, value in attrs if name == "values" and value for part in value.split(";") if part]
        if target in CSS_ATTRIBUTES:
            judged = [self._context.css(value) for value in values]
            removed = [url for _, urls, _ in judged for url in urls]
            if removed:
                self._context.removed += removed
                return "", True
            self._context.references.update(reference for _, _, references in judged for reference in references)
            return None, False
        urls = [url for url in values if url.strip()]
        verdicts = [(url, *self._context.loading(url)) for url in urls]
        removed = [url for url, verdict, _ in verdicts if verdict == _REMOVE]
        if removed:
            self._context.removed += removed
            return "", True
        self._context.references.update(reference for _, _, reference in verdicts if reference)
        return None, False

    def _close_raw(self, stop: int) -> None:
        element, start = self._raw, self._raw_start
        self._raw = None
        if self._dropped:
            self._dropped = False
            self._edit(start, stop, "", markup=False)
            return
        if not self._raw_as_html or stop <= start:
            return
        context = self._context
        original = sealed = self._text[start:stop]
        references = context.references
        for _ in range(_MOST_PASSES):  # until read as CSS and as HTML, nothing is left to remove
            context.references = set(references)
            before = sealed
            if element == "style":
                sealed, css_removed, css_references = context.css(sealed)
                context.removed += css_removed
                context.references.update(css_references)
            if "<" in sealed:
                inner = _Document(sealed, context, self._raw_foreign, self._foreign_seen)
                sealed = inner.run()
                self._foreign_seen = inner._foreign_seen
            if sealed == before:
                break
        else:
            raise RecursionError("raw text that keeps forming URLs")
        if sealed != original:
            self._edit(start, stop, sealed, markup=False)

    def _edit(self, start: int, end: int, replacement: str, markup: bool = True) -> None:
        self._edits.append((start, end, replacement, markup))

    def _assemble(self) -> str:
        text = self._text
        if not self._edits:
            return text
        self._edits.sort(key=lambda edit: edit[0])
        pieces: list[str] = []
        position = 0
        for start, end, replacement, markup in self._edits:
            if start < position:
                raise ValueError(f"overlapping edits at {start}")
            if start > position:
                pieces.append(text[position:start])
            if markup and replacement[:1] != "<" and pieces and pieces[-1].endswith("<"):
                pieces[-1] = pieces[-1][:-1] + "&lt;"  # a "<" written as text must not open what follows
            if replacement:
                pieces.append(replacement)
            position = end
        pieces.append(text[position:])
        return "".join(pieces)

    def _offset(self) -> int:
        """The offset in the page of the current event."""
        return self._base + self._at


_RAW_TEXT_ENDS: dict[str, re.Pattern[str]] = {}


def _raw_text_end(element: str) -> re.Pattern[str]:
    """Where raw text ends for a browser: "</name" followed by a space, "/" or ">" (ASCII case-insensitive)."""
    pattern = _RAW_TEXT_ENDS.get(element)
    if pattern is None:
        pattern = _RAW_TEXT_ENDS[element] = re.compile(
            rf"</{re.escape(element)}(?=[\t\n\r\f />])", re.IGNORECASE | re.ASCII
        )
    return pattern


def _first(attrs: list[tuple[str, str | None]], name: str) -> str | None:
    return next((value for written, value in attrs if written == name), None)


def _start_tag(raw: str, tag: str, attrs: list[tuple[str, str | None]], self_closing: bool) -> str:
    """A start tag written anew: the name as written, attribute values double-quoted and escaped. An attribute
    without a value before one whose name starts with "=" gets an empty one: html.parser reads `src/=x` as two
    attributes without values, src and "=x", and browsers would read `src =x` as src="x"."""
    name = raw[1 : 1 + len(tag)]
    if name.lower() != tag:
        name = tag
    names = [attribute for attribute, _ in attrs]
    following = [*names[1:], ""][: len(names)]
    written = "".join(
        f" {attribute}" if value is None and not after.startswith("=") else f' {attribute}="{escape(value or "")}"'
        for (attribute, value), after in zip(attrs, following, strict=True)
    )
    ending = (" />" if raw.endswith(" />") else "/>") if self_closing else ">"
    return f"<{name}{written}{ending}"


def _normalise(path: str, written: bool = False) -> str:
    """An absolute path without dot segments (clamped at the root, as browsers do) nor repeated slashes.

    `written`: the path is still percent-encoded and "%2e" counts as "." (as browsers do)."""
    if "/." not in path and "//" not in path and not (written and "%" in path):
        return path
    segments = path.split("/")[1:]
    last = len(segments) - 1
    resolved: list[str] = []
    for index, segment in enumerate(segments):
        if written:
            folded = segment.lower() if "%" in segment else segment
            dot, dot_dot = folded in _DOT, folded in _DOT_DOT
        else:
            dot, dot_dot = segment == ".", segment == ".."
        if dot_dot:
            if resolved:
                resolved.pop()
            if index == last:
                resolved.append("")
        elif dot:
            if index == last:
                resolved.append("")
        else:
            resolved.append(segment)
    if written:
        return "/" + "/".join(resolved)
    return "/" + "/".join([segment for segment in resolved[:-1] if segment] + resolved[-1:])


def _srcset(value: str) -> list[tuple[str, str]]:
    """The candidates of a srcset attribute, (URL, descriptors), as the HTML standard splits them."""
    candidates: list[tuple[str, str]] = []
    size = len(value)
    position = 0
    while True:
        while position < size and (value[position] in _HTML_SPACE or value[position] == ","):
            position += 1
        if position >= size:
            return candidates
        start = position
        while position < size and value[position] not in _HTML_SPACE:
            position += 1
        url = value[start:position]
        if url.endswith(","):
            candidates.append((url.rstrip(","), ""))
            continue
        start = position
        in_parentheses = False
        while position < size:
            character = value[position]
            if in_parentheses:
                in_parentheses = character != ")"
            elif character == "(":
                in_parentheses = True
            elif character == ",":
                break
            position += 1
        candidates.append((url, value[start:position].strip(_HTML_SPACE)))
        position += 1


def _refresh_url(content: str) -> tuple[int, int] | None:
    """Where the URL is in the content of <meta http-equiv=refresh> (the HTML standard's declarative refresh)."""
    size = len(content)
    position = 0
    while position < size and content[position] in _HTML_SPACE:
        position += 1
    start = position
    while position < size and content[position] in "0123456789":
        position += 1
    if position == start and not content.startswith(".", position):
        return None
    while position < size and content[position] in "0123456789.":
        position += 1
    if position < size:
        if content[position] not in ";," + _HTML_SPACE:
            return None
        while position < size and content[position] in _HTML_SPACE:
            position += 1
        if position < size and content[position] in ";,":
            position += 1
        while position < size and content[position] in _HTML_SPACE:
            position += 1
    if position >= size:
        return None
    url_start = position
    if content[position] in "Uu":
        if content[position + 1 : position + 3].lower() != "rl":
            return url_start, size
        position += 3
        while position < size and content[position] in _HTML_SPACE:
            position += 1
        if not content.startswith("=", position):
            return url_start, size
        position += 1
        while position < size and content[position] in _HTML_SPACE:
            position += 1
    if position < size and content[position] in "'\"":
        quote = content[position]
        end = content.find(quote, position + 1)
        return position + 1, size if end < 0 else end
    return position, size


def _image_set_strings(css: str, position: int) -> list[tuple[int, int]]:
    """The strings (quotes included) directly inside the image-set( whose arguments start at `position`."""
    strings: list[tuple[int, int]] = []
    size = len(css)
    depth = 1
    while position < size and depth:
        character = css[position]
        if character in "\"'":
            end = position + 1
            while end < size and css[end] != character and css[end] != "\n":
                end += 2 if css[end] == "\\" else 1
            end = min(end + 1 if end < size and css[end] == character else end, size)
            if depth == 1:
                strings.append((position, end))
            position = end
            continue
        if character == "\\":
            position += 2
            continue
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        position += 1
    return strings


def _string_body(string: str) -> str:
    """The content of a CSS string token as written (quotes removed; it may be unterminated)."""
    quote = string[0]
    position = 1
    while position < len(string) and string[position] != quote:
        position += 2 if string[position] == "\\" else 1
    return string[1 : min(position, len(string))]
