"""What a self-assessment says about each section: the Markdown under its heading ("## Plan")."""

from __future__ import annotations

import re

from ..model.framework import Challenge

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t#]*(?:\{[^}]*\})?[ \t]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")


def _sections(body: str) -> list[tuple[str, list[str]]]:
    """The body cut at its level-2 headings: (heading text, lines under it); code blocks are not cut."""
    parts: list[tuple[str, list[str]]] = [("", [])]
    fence = ""
    for line in body.split("\n"):
        opening = _FENCE.match(line)
        if opening and (not fence or opening.group(1)[0] == fence[0]):
            fence = "" if fence else opening.group(1)
        heading = None if fence or opening else _HEADING.match(line)
        if heading and len(heading.group(1)) == 2:
            parts.append((heading.group(2).strip(), []))
        else:
            parts[-1][1].append(line)
    return parts


def _demote(lines: list[str], levels: int) -> str:
    """Headings `levels` deeper (### -> ####), so that they sit under the section's own heading."""
    out, fence = [], ""
    for line in lines:
        opening = _FENCE.match(line)
        if opening and (not fence or opening.group(1)[0] == fence[0]):
            fence = "" if fence else opening.group(1)
        if not fence and not opening and line.startswith("#"):
            line = "#" * levels + line
        out.append(line)
    return "\n".join(out).strip("\n")


def narratives(body: str, challenge: Challenge, demote: int = 1) -> dict[str, str]:
    """Section id -> the self-assessment's text about it, matching headings to section labels or ids (any case)."""
    names = {name.lower(): s.id for s in challenge.sections for name in (s.id, s.label)}
    found: dict[str, str] = {}
    for heading, lines in _sections(body):
        section = names.get(heading.lower())
        if section and section not in found:
            text = _demote(lines, demote)
            if text:
                found[section] = text
    return found
