"""Site URLs of the files under evidence/, computed as MkDocs computes them, and links between pages."""

from __future__ import annotations

import posixpath
from typing import Iterable
from urllib.parse import quote


def page_url(src_uri: str, use_directory_urls: bool = True) -> str:
    """The URL of a file relative to the site root; the home page is "" (MkDocs writes "./")."""
    if not src_uri.endswith(".md"):
        return quote(src_uri)
    parent, filename = posixpath.split(src_uri)
    stem = posixpath.splitext(filename)[0]
    stem = "index" if stem == "README" else stem
    if not use_directory_urls:
        return quote(posixpath.join(parent, stem + ".html"))
    folder = parent if stem == "index" else posixpath.join(parent, stem)
    return quote(folder + "/") if folder else ""


def site_urls(src_uris: Iterable[str], use_directory_urls: bool = True) -> dict[str, str]:
    return {uri: page_url(uri, use_directory_urls) for uri in src_uris}


def relative_url(target: str, base: str) -> str:
    """The link from the page at URL `base` to URL `target`, both relative to the site root."""
    base_dir = base.rsplit("/", 1)[0] if "/" in base else ""
    target_path, _, anchor = target.partition("#")
    relative = posixpath.relpath("/" + target_path, "/" + base_dir)
    if (target_path == "" or target_path.endswith("/")) and not relative.endswith("/"):
        relative += "/"
    return relative + (f"#{anchor}" if anchor else "")
