"""Links and images in a page's Markdown: which files under evidence/ they lead to, and removing those withheld."""

from __future__ import annotations

import posixpath
import re
from typing import AbstractSet
from urllib.parse import quote, unquote

_INLINE = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\]\n]*)\]\(\s*(?:<(?P<angled>[^>\n]+)>|(?P<plain>[^)\s]+))(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
"""An inline link or image; its target is written plain or, with spaces allowed, <between angle brackets>."""
_ATTRIBUTE = re.compile(r"""(?P<name>\b(?:src|href))\s*=\s*(?P<quote>["'])(?P<target>[^"']*)(?P=quote)""")
_DEFINITION = re.compile(r"^[ ]{0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*<?(?P<target>[^\s>]+)>?.*$", re.MULTILINE)
_REFERENCE = re.compile(r"(?P<bang>!?)\[(?P<text>[^\]\n]+)\](?:\[(?P<label>[^\]\n]*)\]|(?![(:]))")


def resolve(src_uri: str, target: str) -> str | None:
    """The path under evidence/ that `target`, written in the page at `src_uri`, leads to; None for other links."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not path or ":" in path or path.startswith("/"):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path))
    return None if resolved == ".." or resolved.startswith("../") else resolved


def body_links(src_uri: str, body: str) -> frozenset[str]:
    """Files under evidence/ that the body links to or embeds, as paths relative to evidence/."""
    if "](" not in body and "]:" not in body and "=" not in body:  # most bodies: no link at all
        return frozenset()
    targets = [_target(match) for pattern in (_INLINE, _ATTRIBUTE, _DEFINITION) for match in pattern.finditer(body)]
    return frozenset(path for target in targets if (path := resolve(src_uri, target)))


def _target(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return groups.get("target") or groups.get("angled") or groups.get("plain") or ""


def unlink(src_uri: str, body: str, withheld: AbstractSet[str]) -> str:
    """The body with every link or image leading to a withheld file reduced to its text, so no name leaks."""

    def hidden(target: str) -> bool:
        return resolve(src_uri, target) in withheld

    labels = {m["label"].strip().lower() for m in _DEFINITION.finditer(body) if hidden(m["target"])}

    def reference(match: re.Match[str]) -> str:
        label = (match["label"] or match["text"]).strip().lower()
        return match["text"] if label in labels else match[0]

    body = _INLINE.sub(lambda m: m["text"] if hidden(_target(m)) else m[0], body)
    body = _ATTRIBUTE.sub(lambda m: f'{m["name"]}=""' if hidden(m["target"]) else m[0], body)
    body = _DEFINITION.sub(lambda m: "" if hidden(m["target"]) else m[0], body)
    return _REFERENCE.sub(reference, body) if labels else body


def rebase(body: str, from_uri: str, to_uri: str) -> str:
    """The body of the page at `from_uri` with its relative links rewritten to work from the page at `to_uri`."""
    base = posixpath.dirname(to_uri)

    def moved(target: str) -> str:
        path = resolve(from_uri, target)
        if path is None:
            return target
        fragment = target[len(target.split("#", 1)[0]):]
        return quote(posixpath.relpath(path, base or ".")) + fragment

    body = _INLINE.sub(lambda m: m[0].replace(_target(m), moved(_target(m)), 1), body)
    body = _ATTRIBUTE.sub(lambda m: f'{m["name"]}={m["quote"]}{moved(m["target"])}{m["quote"]}', body)
    return _DEFINITION.sub(lambda m: m[0].replace(m["target"], moved(m["target"]), 1), body)
