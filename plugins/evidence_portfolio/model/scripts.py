"""What runs a script in a page of the site, once: for the check of a page's text (reading/page_scripts.py), the
check of files a browser opens as documents (reading/script_files.py) and the seal, which makes inert what the
check did not see (site/seal.py).

A script in a page runs with the site's rights: on the internal site, a public item's script could read the
internal pages its reader may see and send them elsewhere (a hostile review), and its text names what it likes.
None is an item's to write: the site's own scripts are the theme's and those mkdocs.yml names (extra_javascript).
"""

from __future__ import annotations

import re

from .lazy_patterns import lazy_pattern
from .urls import URL_SCHEME, as_browsers_read, from_another_host

SCRIPT_SCHEMES = ("javascript:", "vbscript:")
"""The schemes of a URL that runs a script where it is followed, instead of leading to a file."""

_JAVASCRIPT_TYPES = frozenset(
    (
        "application/ecmascript",
        "application/javascript",
        "application/x-ecmascript",
        "application/x-javascript",
        "text/ecmascript",
        "text/javascript",
        "text/javascript1.0",
        "text/javascript1.1",
        "text/javascript1.2",
        "text/javascript1.3",
        "text/javascript1.4",
        "text/javascript1.5",
        "text/jscript",
        "text/livescript",
        "text/x-ecmascript",
        "text/x-javascript",
    )
)
"""HTML's JavaScript MIME types: a `<script>` of one of them runs."""
_HTML_SPACE = " \t\n\r\f"
_HANDLER = lazy_pattern("on[a-z]+", re.IGNORECASE | re.ASCII)


def script_runs(type_attribute: str | None) -> bool:
    """Whether a `<script>` element with this `type` runs: one without a type (or an empty one), of a JavaScript
    type (parameters or not), or of a type that is no MIME type (`module`, `importmap`, and any word, which no
    browser runs but which is read as a script to be safe). A script of another MIME type is data that no browser
    runs (`math/tex` of MathJax, `application/ld+json`), and stays."""
    if type_attribute is None:
        return True
    essence = type_attribute.split(";", 1)[0].strip(_HTML_SPACE).lower()
    return "/" not in essence or essence in _JAVASCRIPT_TYPES


def leads_elsewhere(url: str, site_host: str) -> bool:
    """Whether an address a script sends the reader to (Material's redirect.html, by a page's `location`) leads out
    of the site: to another website (any spelling of its host but the site's own), or of another scheme than http
    and https (`javascript:`, `data:`), as a browser reads it."""
    read = as_browsers_read(url).replace("\\", "/")
    scheme = URL_SCHEME.match(read)
    if scheme and scheme[0].lower() not in ("http:", "https:"):
        return True
    return from_another_host(url, site_host, plainly=True)


def event_handler(attribute: str) -> bool:
    """Whether an attribute is an event handler, whose value the browser runs as a script (`onclick`, `onerror`,
    `onload`...: every attribute whose name is "on" and letters, in any capitals)."""
    return _HANDLER.fullmatch(attribute) is not None
