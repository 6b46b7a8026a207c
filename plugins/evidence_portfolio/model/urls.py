"""Site URLs of the files under evidence/, computed as MkDocs computes them, and links between pages."""

from __future__ import annotations

import contextlib
import datetime
import functools
import posixpath
import re
from collections.abc import Iterable
from urllib.parse import quote, unquote

from .lazy_patterns import lazy_pattern

URL_ATTRIBUTES = frozenset(
    (
        "href",
        "src",
        "data",
        "poster",
        "action",
        "formaction",
        "cite",
        "background",
        "longdesc",
        "lowsrc",
        "dynsrc",
        "codebase",
        "manifest",
        "usemap",
        "icon",
        "itemid",
        "xlink:href",
    )
)
"""HTML attributes whose value is one URL."""
URL_LIST_ATTRIBUTES = {"srcset": ",", "imagesrcset": ",", "ping": " ", "attributionsrc": " "}
LIGHTBOX_ATTRIBUTES = {
    "data-srcset": "srcset",
    "data-title": "html",
    "data-description": "html",
    "data-content": "html",
    "data-glightbox": "options",
}
"""What glightbox reads, after the seal has read the page, as an image's candidates, as HTML it shows (a caption,
an inline slide's `content`), or as its options (`href: ...; description: ...; content: ...`), which the seal judges
as it judges those (hostile reviews: a caption's link to an internal item, published; then an inline slide's)."""
"""HTML attributes whose value holds several URLs: image candidates separated by commas, or URLs by spaces."""
OBSOLETE_URL_ATTRIBUTES: dict[str, frozenset[str] | None] = {
    "code": frozenset({"applet", "embed"}),
    "archive": frozenset({"applet", "object"}),
    "value": frozenset({"param"}),
    "object": frozenset({"applet"}),
    "classid": frozenset({"object"}),
    "pluginspage": frozenset({"embed"}),
    "pluginurl": frozenset({"embed"}),
    "profile": frozenset({"head"}),
    "definitionurl": frozenset({"csymbol"}),
    "datasrc": None,
    "itemtype": None,
    "about": None,
    "resource": None,
    "vocab": None,
    "xml:base": None,
    "xlink:role": None,
    "xlink:arcrole": None,
    "requiredextensions": None,
    "data-src": None,
    "data-href": None,
}
"""Attributes that browsers no longer read, or read as names rather than as addresses to follow or load, and that a
page may still write a file's name in (found by two hostile reviews), on these elements only (None: on any): an
applet's or a plugin's code, archives, pages and movie (a <param>'s value), a profile, MathML's definition, an old
data source, microdata's and RDFa's vocabularies and subjects, XML's base, XLink's roles, SVG's extensions, and the
`data-src` of an image and an element's `data-href`, which glightbox makes a link's href after the seal has read the
page (two hostile reviews) and lazy loaders load. Each is
read as URLs separated by spaces. The link scan leaves them out (value="true" is no broken link); the HTML seal
judges them (removing each that leads into the site to a file it does not hold), the Markdown seal deletes them.
RDFa's `property` and `typeof`, which hold terms more than addresses, and file names written elsewhere (`download`,
`<meta content>`) are the author's text, as a path in a sentence is."""
CSS_ATTRIBUTES = frozenset(
    (
        "style",
        "fill",
        "stroke",
        "filter",
        "clip-path",
        "mask",
        "marker-start",
        "marker-mid",
        "marker-end",
        "cursor",
    )
)
"""HTML (and SVG) attributes whose value is CSS, which may hold url(...)."""
_LOADED = frozenset(
    ("src", "poster", "data", "background", "lowsrc", "dynsrc", "codebase", "manifest", "icon", "style")
)
"""URL attributes whose URL the browser loads as the page opens, on any element (a style's `url()` too)."""
_HREFS = frozenset(("href", "xlink:href"))
_FOLLOWED = frozenset(("a", "area", "base"))
"""The elements whose href is followed when clicked, not loaded (on any other, a stylesheet, an SVG image)."""


def loads(tag: str, attribute: str) -> bool:
    """Whether the browser loads the URL of an attribute (one of URL_ATTRIBUTES or URL_LIST_ATTRIBUTES) of an
    element without being asked to follow it: as the page opens (an image, a frame, a script, a stylesheet, an
    image's candidates), or as a link is followed (ping). A link's href, a form's action, a citation are not."""
    return attribute in _LOADED or attribute in URL_LIST_ATTRIBUTES or (attribute in _HREFS and tag not in _FOLLOWED)


MARKDOWN_EXTENSIONS = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
"""The names MkDocs renders as pages (compared as MkDocs compares them, with case)."""


EMAIL_ADDRESS = lazy_pattern(r"([\w.+-]{1,64})@([\w-]{1,63}(?:\.[\w-]{1,63})*\.[a-z]{2,63})", re.IGNORECASE)
"""An email address: the part before its @, and its domain (a survey's cells, a link's address), each part no longer
than an address's may be: searched for in a cell of 100,000 letters with no @, a part of any length took time
growing as the square of the cell's (a hostile review: 41 s)."""


def is_markdown(src_uri: str) -> bool:
    return src_uri.endswith(MARKDOWN_EXTENSIONS)


@functools.lru_cache(maxsize=1 << 15)
def destination(src_uri: str, use_directory_urls: bool = True) -> str:
    """The file the site holds for a file under evidence/: "a/b.md" -> "a/b/index.html", "x.pdf" -> "x.pdf".

    The name is split as posixpath splits it (its split, splitext and join), with string methods: a build and a
    check ask this of every file, and of every page a link is on, thousands of times; remembered, as a check asks it
    of every file twice (for the links, and for the addresses of the files)."""
    if not src_uri.endswith(MARKDOWN_EXTENSIONS):
        return src_uri
    slash = src_uri.rfind("/") + 1
    folder, filename = src_uri[:slash], src_uri[slash:]
    folder = folder.rstrip("/") or folder  # "a//b.md" is in "a"; "/b.md" in "/"
    dot = filename.rfind(".")
    stem = filename[:dot] if filename[:dot].strip(".") else filename  # ".md" has no extension: its stem is ".md"
    stem = "index" if stem == "README" else stem
    name = f"{stem}.html" if not use_directory_urls or stem == "index" else f"{stem}/index.html"
    return f"{folder}{name}" if not folder or folder.endswith("/") else f"{folder}/{name}"


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The URL of a file relative to the site root; the home page is "" (MkDocs writes "./")."""
    dest = destination(src_uri, use_directory_urls)
    if use_directory_urls and is_markdown(src_uri):
        folder = posixpath.dirname(dest)
        return quote(folder + "/") if folder else ""
    return quote(dest)


def relative_url(target: str, base: str) -> str:
    """The link from the page at URL `base` to URL `target`, both relative to the site root."""
    base_dir = base.rsplit("/", 1)[0] if "/" in base else ""
    target_path, _, anchor = target.partition("#")
    relative = _relative_path(target_path, base_dir)
    if (target_path == "" or target_path.endswith("/")) and not relative.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")


def _relative_path(path: str, folder: str) -> str:
    """posixpath.relpath of "/" + path from "/" + folder, without its normalisation of paths that need none (a
    site's pages link to one another thousands of times)."""
    path_parts = [part for part in path.split("/") if part]
    folder_parts = [part for part in folder.split("/") if part]
    if any(part in (".", "..") for part in (*path_parts, *folder_parts)):
        return posixpath.relpath("/" + path, "/" + folder)
    common = 0
    for ours, theirs in zip(folder_parts, path_parts, strict=False):
        if ours != theirs:
            break
        common += 1
    parts = [".."] * (len(folder_parts) - common) + path_parts[common:]
    return "/".join(parts) if parts else "."


SLUG_LENGTH = 60


_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ð": "d"}
    | {"ł": "l", "Ł": "l", "þ": "th", "Þ": "th", "ı": "i", "&": " and ", "'": "", "’": ""}
)
"""Letters NFKD does not take apart, "&" said as a word, apostrophes dropped ("Mind's" is "minds")."""


def slug(text: str, fallback: str = "item") -> str:
    """A safe name made from a title, for file names and ids: lowercase ASCII letters, digits and hyphens, accents
    dropped, at most SLUG_LENGTH characters, cut between words ("Café: NHS & Age UK" -> "cafe-nhs-and-age-uk");
    `fallback` when nothing is left."""
    import unicodedata  # here: `portfolio check` rarely needs it, and starts 3 ms sooner without it

    plain = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATE))
    words = re.sub(r"[^a-z0-9]+", "-", plain.encode("ascii", "ignore").decode("ascii").lower()).strip("-")
    if len(words) > SLUG_LENGTH:
        cut = words[: SLUG_LENGTH + 1]
        words = cut.rsplit("-", 1)[0] if "-" in cut else words[:SLUG_LENGTH]
    return words or fallback


def slug_of(text: str, fallback: str) -> str:
    """slug(text), or for a text with no letter that slug keeps (a title in Greek or Japanese), `fallback` with a
    short digest of the text, so that two such titles do not get one name."""
    words = slug(text, "")
    if words or not text.strip():
        return words or fallback
    import hashlib  # here: most runs never need it, and `portfolio check` starts 3 ms sooner without it

    return f"{fallback}-{hashlib.sha256(text.strip().encode()).hexdigest()[:8]}"


def dated_name(day: datetime.date, title: str) -> str:
    """The file name `portfolio new` gives an item: its date, then its title as a slug (2026-05-14-pool-opening.md)."""
    return f"{day.isoformat()}-{slug_of(title, 'item')}.md"


DATED_NAME = lazy_pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}-(.+)")
"""A file's name as dated_name writes it, the rest of it after the date as its group."""


def distinct_slugs(texts: Iterable[str], fallback: str) -> dict[str, str]:
    """slug_of each text, each given its own: texts that slug_of writes alike ("Age UK" and "age uk", or two names
    in Chinese that share a word) get a short digest of the text after it."""
    import hashlib

    by_slug: dict[str, list[str]] = {}
    for text in dict.fromkeys(texts):
        by_slug.setdefault(slug_of(text, fallback), []).append(text)
    return {
        text: name if len(alike) == 1 else f"{name}-{hashlib.sha256(text.encode()).hexdigest()[:8]}"
        for name, alike in by_slug.items()
        for text in alike
    }


@functools.lru_cache(maxsize=1024)
def host_of(authority: str) -> str:
    """The host of a URL's authority ("user@Example.org:8080") as browsers compare hosts: percent-decoded, mapped as
    international domain names are (fullwidth letters, the ideographic full stop, soft hyphens), in small letters,
    without a port or trailing dots; an IP address in its usual form ("127.1" is 127.0.0.1, "[::1]" and "::1" are
    [::1]). "ｅxample。org%2e" is example.org. Remembered: the site's host and the few others a portfolio links to
    come back link after link."""
    host = unquote(authority.rsplit("@", 1)[-1])
    if host.startswith("[") or host.count(":") > 1:  # IPv6, in brackets in a URL (bare in urlsplit's hostname)
        import ipaddress  # here, as socket and the idna codec below: most checks meet no such host, and import none

        address = host[1:].split("]", 1)[0] if host.startswith("[") else host
        with contextlib.suppress(ValueError):
            address = ipaddress.IPv6Address(address).compressed
        return f"[{address.lower()}]"
    host = host.split(":", 1)[0]
    if not host.isascii():  # (the codec leaves a host of ASCII letters as it is, or refuses it)
        with contextlib.suppress(UnicodeError):  # else no host a browser would go to: compared as written
            host = host.encode("idna").decode("ascii")
    host = host.lower().rstrip(".")
    last = host.rsplit(".", 1)[-1]
    if last.isdigit() or last.startswith("0x"):  # browsers read it as an IPv4 address, in any of its forms
        import socket

        with contextlib.suppress(OSError):
            host = socket.inet_ntoa(socket.inet_aton(host))
    return host


FULL_ADDRESS = lazy_pattern(r"(?i)(?:https?:)?[/\\]{2}(?P<authority>[^/\\?#]*)[/\\]?")
"""A full address's start: its scheme (or none), "//" (or backslashes, as browsers read them), its authority (host,
port, user), and the slash after it."""


def preview_host(authority: str) -> bool:
    """Whether a URL's authority is the author's own computer ("127.0.0.1:8000", "localhost", "[::1]"), where
    `portfolio serve` and `mkdocs serve` show the site as it is written: an address copied from the preview leads
    nowhere for anyone else, and names the site's pages as the site would (a careless contributor's review)."""
    host = host_of(authority)
    return host in ("localhost", "[::1]", "0.0.0.0") or host.endswith(".localhost") or host.startswith("127.")


def same_host(authority: str, site_host: str) -> bool:
    """Whether a URL's authority may be the site's own host (`site_host`, from site_url), so that its path is to be
    judged: its host is the site's as `host_of` reads both, or is not plain ASCII text, which browsers map by rules
    of Unicode that Python's codec follows only in part (a link to another site spelled so is judged by its path)."""
    return bool(site_host) and (host_of(authority) == host_of(site_host) or not unquote(authority).isascii())


DATA_STYLESHEET = lazy_pattern(r"data:\s*text/css", re.IGNORECASE)
"""A stylesheet written into its URL, which may @import another from anywhere: never loaded from a page."""
URL_SCHEME = lazy_pattern(r"[A-Za-z][A-Za-z0-9+.\-]*:")
"""A URL's scheme ("https:", "mailto:"), at its start."""
C0_AND_SPACE = "".join(map(chr, range(0x21)))
"""What a browser strips from around a URL: control characters and spaces."""
_NO_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")


def as_browsers_read(url: str) -> str:
    """A URL as a browser reads it before resolving it: without the control characters and spaces around it, nor
    tabs and line breaks anywhere in it."""
    url = url.strip(C0_AND_SPACE)
    return url.translate(_NO_TAB_NEWLINE) if "\t" in url or "\n" in url or "\r" in url else url


def only_climbs(path: str) -> bool:
    """Whether a relative path only goes up ("..", "../../", "./.."): it names no file or folder, and above the site
    leads to a folder that holds it (the organisation's own pages)."""
    return all(part in ("", ".", "..") for part in path.replace("\\", "/").split("/"))


def from_another_host(url: str, site_host: str = "", *, plainly: bool = False) -> bool:
    """Whether a URL loads from another website ("https://...", "//host/..."): a stylesheet or script that mkdocs.yml
    names (extra_css, extra_javascript, extra.polyfills), an image or a frame of a page. Not from the site's own
    files, whether named by their path or by a full address on `site_host` (site_url's; none given, as for a copy
    opened from disk, every full address is another host's). As a browser reads it: "https:" or "http:" without
    "//" is a path on the page's own host, and any number of slashes may come before the host. `plainly`: an
    address not written in plain ASCII ("https://ｅvil.test/", "https://évil.example/") is another host's, where
    same_host takes it for the site's (to judge a link by its path is safe; to load from it is not)."""
    read = as_browsers_read(url).replace("\\", "/")
    scheme = URL_SCHEME.match(read)
    if scheme and scheme[0].lower() not in ("http:", "https:"):
        return False
    rest = read[scheme.end() :] if scheme else read
    if not rest.startswith("//"):
        return False
    authority = re.split(r"[/?#]", rest.lstrip("/"), maxsplit=1)[0]
    return not same_host(authority, site_host) or (plainly and not unquote(authority).isascii())


def numbered_character(code: int) -> str:
    """The character an escape gives by its number (CSS's, JavaScript's, YAML's); the replacement character for a
    number that is none."""
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def css_unescaped(text: str) -> str:
    """CSS text with its escapes read as a browser reads them: a character by its number (and the space after it),
    the character after a backslash, or nothing (a backslash ending a line continues it). The seal and the reading
    of what a page mentions read escapes alike, as a browser does."""
    return _CSS_ESCAPE.sub(_css_character, text) if "\\" in text else text


def _css_character(escape: re.Match[str]) -> str:
    number, character = escape[1], escape[2]
    return numbered_character(int(number, 16)) if number else character or ""


_CSS_ESCAPE = lazy_pattern(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|\n|(.))", re.DOTALL)


def web_address(target: str) -> bool:
    """Whether an address is a website's, without its `https://` (`www.sport.wales`, `urdd.cymru/en`: a review of
    valid portfolios, told to fix a file's path): a name starting `www.`, or ending as a site's (`.org.uk`); not a
    file's (`report.pdf`, `data.json`)."""
    host = re.match(_HOST, target)
    return host is not None and (host[0].lower().startswith("www.") or host[1].lower() in _SITE_ENDINGS)


_HOST = r"(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,})(?=[/?#]|$)"
"""A website's name at the start of an address, and the last word of it (a pattern compiled where it is first used:
only a broken link needs it, and a check starts sooner without it)."""
_SITE_ENDINGS = frozenset(
    {"com", "org", "net", "uk", "wales", "cymru", "scot", "ie", "eu", "gov", "edu", "info", "int", "io", "co"}
)
"""How the names of websites most often end (not as a file's name does)."""


DOCUMENT_EXTENSIONS = frozenset(
    (
        *(".pdf", ".docx", ".doc", ".xlsx", ".xls", ".pptx", ".ppt", ".odt", ".ods", ".odp", ".rtf", ".csv", ".txt"),
        *(".zip", *MARKDOWN_EXTENSIONS),
    )
)
"""The files a Markdown image (`![...](...)`) cannot show: documents, and pages."""
