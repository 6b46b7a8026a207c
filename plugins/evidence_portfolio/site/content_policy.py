"""The Content-Security-Policy of the published site's pages: what the browser may load for a page, written into
its head, so that the browser itself loads nothing from another host, whatever a page holds that the seal cannot
judge (a script of an item's raw HTML that builds an address and loads it, an image a Markdown extension writes
from a CDN, CSS the seal does not read).

A page's own files ('self'), inline scripts and styles (Material's own, mermaid's drawings), and `data:` and `blob:`
images, fonts, media and workers are allowed; nothing else is. A form sends what is typed in it to the site alone (a
hostile review: a page's form asking for a password sent it to another host). Material's fonts come from Google's
hosts where mkdocs.yml does not turn them off (`theme.font: false`), and are allowed from there.
"""

from __future__ import annotations

import re
from html import escape

from ..model.lazy_patterns import lazy_pattern
from ..model.urls import from_another_host
from ..reading.settings import Settings

_GOOGLE_FONTS = "https://fonts.googleapis.com https://fonts.gstatic.com"
"""Where Material loads its fonts from (their stylesheet, then the fonts), unless `theme.font` is false."""
_HEAD = lazy_pattern(r"<head\b[^>]*>", re.IGNORECASE)


def content_policy(settings: Settings, *, google_fonts: bool) -> str | None:
    """The policy of every page of the build; None for a site opened from disk, where `'self'` names none of its
    files (Material's offline plugin, the assessor's pack), and where mkdocs.yml itself has every page load from
    another host (extra_css, extra_javascript, extra.polyfills, extra.analytics: each a mistake the check names),
    which the policy would break."""
    if settings.offline or "offline" in settings.plugins or settings.analytics:
        return None
    named = (*settings.extra_css, *settings.extra_javascript, *settings.polyfills)
    if any(from_another_host(url, settings.site_host) for url in named):
        return None
    fonts = f" {_GOOGLE_FONTS}" if google_fonts else ""
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            f"style-src 'self' 'unsafe-inline'{fonts}",
            "img-src 'self' data: blob:",
            f"font-src 'self' data:{fonts}",
            "media-src 'self' data: blob:",
            "worker-src 'self' blob:",
            "base-uri 'self'",
            "form-action 'self'",
        )
    )


def head_start(policy: str | None, mark: str) -> str:
    """What every page's head starts with: the policy, if any, first (it covers only what follows it), then the
    page's mark of whom it was made for (own_outputs.page_mark)."""
    if policy is None:
        return mark
    return f'<meta http-equiv="Content-Security-Policy" content="{escape(policy, quote=False)}">{mark}'


def with_head_start(html: str, start: str) -> str:
    """A page with `start` (head_start) as the first elements of its head; a page without one (an item whose
    `template:` is a partial) starts with it, where the browser puts it in the head it makes."""
    head = _HEAD.search(html)
    if head is None:
        return start + html
    return html[: head.end()] + start + html[head.end() :]
