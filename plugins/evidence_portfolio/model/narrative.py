"""What a self-assessment says about each section: the Markdown under its heading ("## Plan")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .framework import Challenge
from .lazy_patterns import lazy_pattern
from .names import caseless
from .problems import shortened

_HEADING = lazy_pattern(r"(#{1,6})[ \t]*([^#\s].*)")
"""A heading, as python-markdown reads one: with a space after its "#" or not (`##Do` is the heading "Do"); its
words, and the marks after them, see _heading."""
_LONGEST = 300
"""The most characters of a heading compared with a section's name (longer, it names none): a hostile review made
a check take minutes with a heading of 20,000 symbols."""
FENCE = lazy_pattern(r"^[ \t]{0,3}(`{3,}|~{3,})")
"""A line that opens or closes a fenced block of code, with its mark."""


def closes_fence(mark: str, fence: str) -> bool:
    """Whether a fence's mark closes the fenced block `fence` opened: one of its character, at least as long (a block
    opened with ```` shows ``` as code: a section's heading between two was read as one, a review of the code)."""
    return mark[0] == fence[0] and len(mark) >= len(fence)


_UNDERLINE = lazy_pattern(r"^[ \t]{0,3}(=+|-+)[ \t]*$")
"""The line under a heading written without "#" ("Plan" over "----" is a heading of level 2, over "====" of 1)."""

Heading = tuple[int, str]
"""A heading's level and its words."""


def _heading(line: str) -> Heading | None:
    """A line's heading: its level and its words, without the "#" marks, spaces or attributes (`{#id .class}`) after
    them; None for a line that is no heading. (One regular expression read the words and what follows them: a
    hostile review made it take 42 s with a heading of 2,000 spaces.)"""
    found = _HEADING.fullmatch(line)
    if found is None:
        return None
    words = found.group(2).rstrip(" \t")
    brace = words.rfind("{") if words.endswith("}") else -1
    if brace > 0 and "}" not in words[brace:-1]:
        words = words[:brace].rstrip(" \t")
    return len(found.group(1)), words.rstrip(" \t#")


def _lines(body: str) -> Iterator[tuple[int, str, Heading | None, bool]]:
    """Each line of the body, with its index, its heading (None for a line of text, in code or in an HTML comment: a
    hostile review found `## Measure` inside one cut the section's text, the comment shown in the pack) and whether
    it is in code or a comment: a line of words over a line of "-" (or "=") is a heading, as Markdown renders it,
    where it is a block of one line (after a blank line or a heading: under a longer paragraph or a list, "---" is a
    rule), and the line under it is left out."""
    fence, comment = "", False
    lines = body.split("\n")
    under = -1
    was_heading = False  # (the line before: a heading, which a line of words under it may be one too)
    for index, line in enumerate(lines):
        if index == under:
            continue
        opening = FENCE.match(line) if not comment else None
        if opening and (not fence or closes_fence(opening.group(1), fence)):
            fence = "" if fence else opening.group(1)
        if not fence and not opening and (comment or "<!--" in line):  # an HTML comment, whose headings are none
            comment = line.rfind("-->") < line.rfind("<!--") if "<!--" in line else "-->" not in line
            yield index, line, None, True
            continue
        if fence or opening:
            yield index, line, None, True
            continue
        heading = _heading(line)
        below = _UNDERLINE.match(lines[index + 1]) if index + 1 < len(lines) else None
        starts = index == 0 or not lines[index - 1].strip() or was_heading
        was_heading = heading is not None
        if heading is None and below and starts and line.strip() and not _NOT_A_PARAGRAPH.match(line):
            under = index + 1
            yield index, line, (1 if below.group(1)[0] == "=" else 2, line.strip()), False
        else:
            yield index, line, heading, False


_NOT_A_PARAGRAPH = lazy_pattern(r"(?: {4}|\t)|[ \t]*(?:[-*+>|]|[0-9]{1,9}[.)])(?:[ \t]|$)|[ \t]{0,3}<")
"""A line that starts no paragraph: code (indented), a list's entry, a quote, a table's row, HTML (a comment)."""


def _sections(body: str) -> list[tuple[str, int, list[str]]]:
    """The body cut at its level-2 headings: (heading text, index of its line, lines under it); code blocks are
    not cut."""
    parts: list[tuple[str, int, list[str]]] = [("", -1, [])]
    for index, line, heading, _ in _lines(body):
        if heading and heading[0] == 2:
            parts.append((heading[1].strip(), index, []))
        else:
            parts[-1][2].append(line)
    return parts


def _named_sections(body: str, challenge: Challenge) -> list[tuple[str, int, list[str], str | None]]:
    """The body cut at its level-2 headings (_sections), each with the section it names (_section_named); a heading
    in two languages, one on each side of a "/", or the second in brackets (`## Plan / Cynllunio`, `## Mesur /
    Measure`, `## 2. Gwneud (Do)`), names the section one side names where no other heading names it (reviews of
    valid portfolios: a Welsh organisation's headings were told to name none; `## Key achievements / impact` above
    `## Impact` took the impact's place in a first version)."""
    names = _section_names(challenge)
    cut = [(heading, index, lines, _section_named(names, heading)) for heading, index, lines in _sections(body)]
    taken = {section for *_, section in cut if section is not None}
    named = []
    for heading, index, lines, section in cut:
        plain = _EMPHASIS.sub(r"\2", heading.strip())  # (`## **Cynllunio - Plan**`: a review of valid portfolios)
        compared = section is None and index >= 0 and len(plain) <= _LONGEST
        sides = _TWO_SIDES.fullmatch(plain) if compared else None
        either = (
            {found for side in sides.groups() if side and (found := _section_named(names, side))} if sides else set()
        )
        dashed = _AFTER_A_DASH.fullmatch(plain) if compared and not either else None
        meant = _section_named(names, dashed[2]) if dashed else None
        if dashed and meant and _comparable(dashed[1], staged=True) in _in_welsh(challenge, meant):
            either = {meant}  # `## Cynllunio - Plan`: the section's name in Welsh, then in English
        if len(either) == 1 and not either & taken:
            section = either.pop()
            taken.add(section)
        named.append((heading, index, lines, section))
    return named


_TWO_SIDES = lazy_pattern(r"(.+?)[ \t]+[/|][ \t]+(.+)|(.+?)[ \t]*\(([^()]+)\)")
"""A heading's two sides: either side of a "/" or a "|", or before and in brackets (see _named_sections)."""
_WELSH = {
    "plan": ("cynllunio", "cynllun", "gynllunio", "gynllun"),
    "do": ("gwneud", "cyflawni", "gweithredu", "wneud", "gyflawni", "weithredu"),
    "measure": ("mesur", "mesuro", "fesur", "fesuro"),
    "review": ("adolygu", "adolygiad"),
    "impact": ("effaith",),
}
"""The Welsh names of the stages a framework such as Quest assesses, as written and after a soft mutation (`ein
Gynllunio`): a Welsh organisation writes its headings Welsh first, by the Welsh Language Standards (`## Cynllunio -
Plan`, reviews of valid portfolios)."""


def _in_welsh(challenge: Challenge, section: str) -> frozenset[str]:
    """The Welsh names of a challenge's section, by its id and label in English (none for another section)."""
    found = next(s for s in challenge.sections if s.id == section)
    return frozenset(name for key in (found.id, _comparable(found.label, staged=True)) for name in _WELSH.get(key, ()))


_AFTER_A_DASH = lazy_pattern(r"(.+?)(?:[ \t]+[\u2013\u2014-]|:)[ \t]+(.+)")
"""A heading's words after a dash or a colon: a section's name in a heading in two languages (`## Gwneud - Do`), or
the subject of a heading in one (`## Next steps: review`, whose text is no review's: a review of a first version
that read it as one). Such a heading names no section; its message says how to write one in two languages."""


def _demote(lines: list[str], levels: int) -> str:
    """Headings `levels` deeper (### -> ####), so that they sit under the section's own heading."""
    out, fence = [], ""
    for line in lines:
        opening = FENCE.match(line)
        if opening and (not fence or closes_fence(opening.group(1), fence)):
            fence = "" if fence else opening.group(1)
        if not fence and not opening and line.startswith("#"):
            line = "#" * levels + line
        out.append(line)
    return "\n".join(out).strip("\n")


def demoted(text: str, levels: int = 1) -> str:
    """Markdown with its headings `levels` deeper, outside code: a page's text placed under a heading of another."""
    return _demote(text.split("\n"), levels)


def narratives(body: str, challenge: Challenge, demote: int = 1) -> dict[str, str]:
    """Section id -> the self-assessment's text about it, matching headings to section labels or ids (any case)."""
    found: dict[str, str] = {}
    for _, _, lines, section in _named_sections(body, challenge):
        if section and section not in found:
            text = _demote(lines, demote)
            if text:
                found[section] = text
    return found


def without_question(text: str, question: str) -> str:
    """A section's text without the quote of its question that `portfolio new` writes first ("> How do you...?"):
    the accreditation pack shows the question just above it."""
    lines = text.split("\n")
    quoted = 0
    while quoted < len(lines) and lines[quoted].startswith(">"):
        quoted += 1
    words = " ".join(line.lstrip(">").strip() for line in lines[:quoted]).split()
    return "\n".join(lines[quoted:]).strip("\n") if quoted and words == question.split() else text


def unanswered(body: str, challenge: Challenge) -> list[tuple[str, int]]:
    """(section id, index of its heading's line in the body) for each section of `challenge` whose heading in a
    self-assessment has nothing under it but headings, and the question `portfolio new` quotes: the accreditation
    pack would show the headings alone."""
    questions = {section.id: section.question for section in challenge.sections}
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    for _, index, lines, section in _named_sections(body, challenge):
        if section is None or section in seen:
            continue
        seen.add(section)
        text = without_question(_demote(lines, 0), questions[section])
        if not any(line.strip() and not _heading(line) for line in text.split("\n")):
            found.append((section, index))
    return found


def explained(body: str, challenge: Challenge) -> dict[str, bool]:
    """The sections of `challenge` whose text in a self-assessment has a heading of its own saying what has changed
    since the last assessment (`### Since the last assessment`, in any capitals), each with whether there is some text
    under it (a heading alone was told to be written: a careless contributor's review)."""
    found: dict[str, bool] = {}
    for _, _, lines, section in _named_sections(body, challenge):
        said = _text_under(lines, _SINCE_THE_LAST) if section is not None else None
        if section is not None and said is not None:
            found[section] = found.get(section, False) or said
    return found


_SINCE_THE_LAST = lazy_pattern(
    r"\bsince\b.*\b(?:assessment|assessor)\b"
    r"|\bsince(?:[ \t]+(?:our|the|their|your|last|previous|latest|quest|accreditation|[0-9]{4}))*"
    r"[ \t]+(?:visit|report)\b"
    r"|\bers\b.*\b(?:asesiad|asesydd)\b"
)
"""A heading saying what has changed since the last assessment, as item_types.CHANGED_HEADING does in other words:
"Changes since our last Quest assessment", "Since the previous assessment (2025)", "**Since the last assessment**",
"Since our 2025 Quest visit", "Progress since the assessor's report", in Welsh "Ers yr asesiad diwethaf" (three
reviews of valid portfolios found them not read); a visit or a report that is the last one's alone, not "Growth
since 2024 in visit numbers" nor "Highlights since our annual report" (a review of that)."""


def _text_under(lines: list[str], wanted: re.Pattern[str]) -> bool | None:
    """Whether `lines` hold a heading that `wanted` finds in its words (as a section's name is compared,
    _comparable) with some text before the next heading of its level or above (smaller headings under it are its
    own: a review of valid portfolios); None where they hold no such heading."""
    level, headed = 0, False  # the level of the heading found, while its part lasts
    for line in lines:
        heading = _heading(line)
        if heading:
            if level and heading[0] > level:
                continue
            level = heading[0] if wanted.search(_comparable(heading[1])) else 0
            headed = headed or bool(level)
        elif level and line.strip():
            return True
    return False if headed else None


def unplaced_headings(body: str, challenge: Challenge) -> list[tuple[int, str]]:
    """(index of the line in the body, why) for each heading of a self-assessment whose text `narratives` leaves
    out of the accreditation pack: a level-2 one that names no section of the challenge, or one a heading above
    already named; and one of another level that names a section no level-2 heading names ("# Plan")."""
    names = _section_names(challenge)
    labels = ", ".join(s.label for s in challenge.sections)
    seen: set[str] = set()
    found: list[tuple[int, str]] = []
    cut = _named_sections(body, challenge)[1:]
    named = [place for place, (*_, section) in enumerate(cut) if section is not None]
    for place, (heading, index, _, section) in enumerate(cut):
        if section is None:
            instead = (
                "or, for an introduction above the sections, make it a smaller heading (###)"
                if not named or place < named[0]
                else "or, for a text of the whole self-assessment (who took part, a sign-off), move it above the "
                "first section's heading as a smaller heading (###), or make it a smaller heading under the section "
                "above"
                if place > named[-1]
                else "or make it a smaller heading (###) under one"
            )
            plain = _EMPHASIS.sub(r"\2", heading.strip())
            dashed = _AFTER_A_DASH.fullmatch(plain) if len(plain) <= _LONGEST else None
            meant = _section_named(names, dashed[2]) if dashed else None
            if dashed and meant is not None:  # `## Camau nesaf - Review`
                label = next(s.label for s in challenge.sections if s.id == meant)
                instead = (
                    f'or, for a heading in two languages, write the section\'s name in brackets or after a "/": '
                    f'"## {dashed[1].strip()} ({label})"'
                )
            why = (
                f'the heading "{shortened(heading, _LONGEST)}" names no section of challenge "{challenge.id}", so the '
                "text under it is in no section of the accreditation pack (the page shows it); write a section's name "
                f"as the heading ({labels}), {instead}"
            )
        elif section in seen:
            why = (
                f'a second heading for the section "{section}": the accreditation pack takes the text under the '
                "first one only; put all of it under one heading"
            )
        else:
            seen.add(section)
            continue
        found.append((index, why))
    lines = list(_lines(body))
    for place, (index, line, other, code) in enumerate(lines):  # "# Plan", "### Do", "**Plan**": no section's heading
        if code or (other is not None and other[0] == 2):
            continue
        alone = not line.startswith((" ", "\t")) and all(
            not lines[near][1].strip() for near in (place - 1, place + 1) if 0 <= near < len(lines)
        )  # a line of its own, between blank lines: a heading written otherwise
        quoted = _QUOTED_OR_HTML_HEADING.match(line) if other is None and len(line) <= _LONGEST else None
        written = other[1].strip() if other else (quoted[2] or quoted[4]).strip() if quoted else line.strip()
        # (a line in bold alone, `**Do**` above its text, is a heading written otherwise too: a staff review found its
        # section's text left out of the pack unsaid)
        bold = other is None and not line.startswith((" ", "\t")) and _BOLD_LINE.fullmatch(line.strip())
        if bold:  # `**## Do**`, a heading copied in bold, as `**Do**` (a staff walkthrough: its text was given to Plan)
            written = _HASHES_IN_BOLD.sub(r"\1", written)
        section = _section_named(names, written, staged=False) if other or quoted or alone or bold else None
        if section is not None and section not in seen:
            seen.add(section)
            shown = f"{'#' * other[0]} {written}" if other and line.lstrip().startswith("#") else written
            shown = line.strip() if quoted or bold else shown
            kind, plain = ("heading" if other or quoted else "line"), _EMPHASIS.sub(r"\2", written).rstrip(": ")
            found.append(
                (
                    index,
                    f'the {kind} "{shown}" names the section "{section}", but only a heading of two "#" starts a '
                    "section's text in the accreditation pack, so the text under it is left out of the pack, or "
                    f'given to the section above; write it as "## {plain}"',
                )
            )
    return sorted(found)


_NUMBERED = lazy_pattern(r"^(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]+|[ \t]*[:.][ \t]*$", re.IGNORECASE)
"""A number before a heading's words ("1. Plan", "a) Do") and a colon or full stop after them ("Review:")."""
_STAGE_NUMBER = lazy_pattern(
    r"^(?:(?:section|stage|step|part)[ \t]+)?\d{1,2}(?:[.)]|[ \t]*[-:\u2013\u2014])?[ \t]+", re.IGNORECASE
)
"""A number written otherwise before a section's heading ("1 Plan", "1 \u2013 Plan", "Section 1: Plan", "Stage 2 \u2014
Do"): read so in a heading of two "#" alone, which starts a section or names none (a smaller heading so written,
"### Stage 1 \u2013 Review" under "## Plan", is a step of its section's work: a review of valid portfolios)."""
_KEYCAP = "[0-9#*]\ufe0f?\u20e3"
"""A keycap emoji: a digit, # or * in a box ("1\ufe0f\u20e3 Plan": a review found it named no section)."""
_SYMBOLS_BEFORE = lazy_pattern(rf"^(?>(?::[a-z0-9_+-]+:|{_KEYCAP}|[^\w\s(\['\"#])[ \t]*)+")
"""Emoji, or their `:shortcodes:`, before a heading's words ("\U0001f4cb Plan", ":star: Do": a review of valid
pages); each taken whole, once, as _SYMBOLS_AFTER."""
_SYMBOLS_AFTER = lazy_pattern(rf"(?>[ \t]*(?::[a-z0-9_+-]+:|{_KEYCAP}|[^\w\s)\]'\"?!]))+$")
"""Emoji, or their `:shortcodes:`, after a heading's words ("Plan \U0001f4cb", "Do :star:"); each taken whole, once
(`:+:` read as a shortcode or as three symbols, a heading of 30 such pairs took 16 s: a hostile review)."""


def numbered(name: str) -> bool:
    """Whether a heading's words, or a section's or challenge's name, start with a number of their own ("1. Plan",
    "Stage 2 - Do"): a list of them is not numbered again ("1. 1. Plan", an outside review of the PDF)."""
    written = name.strip()
    return _STAGE_NUMBER.match(written) is not None or (
        _NUMBERED.match(written) is not None and not _NUMBERED.fullmatch(written)
    )


_QUOTED_OR_HTML_HEADING = lazy_pattern(
    r"[ \t]{0,3}(?:>[ \t]*)+(#{1,6})[ \t]*(\S.*?)[ \t#]*$|[ \t]{0,3}<h([1-6])\b[^>]*>\s*(.*?)\s*</h\3>[ \t]*$",
    re.IGNORECASE,
)
"""A heading in a quote (`> ## Do`) or written in HTML (`<h2>Do</h2>`): shown, but no section's heading to the
pack (a differential fuzz: its text was given to the section above, unsaid)."""
_EMPHASIS = lazy_pattern(r"^([*_]{1,3})(.+?)\1$")
"""A heading's words in bold or italics ("**Plan**")."""
_BOLD_LINE = lazy_pattern(r"(\*\*|__)[^*_]{1,80}?:?\1:?")
"""A line of words in bold alone ("**Do**", "**Do:**", "**## Do**")."""
_HASHES_IN_BOLD = lazy_pattern(r"^(\*\*|__)#{1,6}[ \t]+")
"""A heading's hashes inside the bold around it ("**## Do**")."""


def _section_named(names: dict[str, str], heading: str, staged: bool = True) -> str | None:
    """The id of the section a heading names (by the section's id or label, in any capitals, in bold or not,
    numbered or not, with a colon after it or not, or a subtitle after a colon, a dash or in brackets: `## Plan: how
    we plan`, `## Do (rated Good)`, which a review of valid portfolios found told to name no section; `staged`: a
    number written otherwise too, _STAGE_NUMBER); None for another heading."""
    for read in (False, True) if staged else (False,):  # as written first: a label "Step 1" names its own number
        written = _comparable(heading, read)
        found = names.get(written)
        if found is None and (subtitled := _SUBTITLED.match(written)):
            found = names.get(subtitled[1].strip())
        if found is not None:
            return found
    return None


_SUBTITLED = lazy_pattern(r"(.+?)[ \t]*(?::[ \t]|[ \t][-\u2013\u2014][ \t]|\()")
"""A heading's first words, before a subtitle after a colon, a dash or an opening bracket."""


def _comparable(name: str, staged: bool = False) -> str:
    """A heading's words, or a section's name, as they are compared: without case (names.caseless, which reads any
    apostrophe as `'`), without bold, a number before them (`staged`: written otherwise too, _STAGE_NUMBER), emoji
    before them, a colon or emoji after them, spaces run together, "&" read as "and" (a review of valid portfolios:
    "## Learning and review" named no section "Learning & review")."""
    if len(name) > _LONGEST:  # (no section's name: see _LONGEST)
        return ""
    words = caseless(" ".join(_EMPHASIS.sub(r"\2", name.strip()).split())).replace(" & ", " and ")
    words = _STAGE_NUMBER.sub("", words) if staged else words
    return _NUMBERED.sub("", _SYMBOLS_AFTER.sub("", _SYMBOLS_BEFORE.sub("", words))).strip()


def heading_names(name: str, staged: bool = True) -> tuple[str, ...]:
    """A section's id or label as a heading is compared with it: without case, as _comparable reads it (a label
    ending in an emoji's `:star:`, whose colon a heading's was read without: a review of valid portfolios) and,
    where `staged`, without a number written before it otherwise too (_STAGE_NUMBER)."""
    forms = (caseless(name), _comparable(name), _comparable(name, staged=True) if staged else "")
    return tuple(form for form in dict.fromkeys(forms) if form)


def _section_names(challenge: Challenge) -> dict[str, str]:
    """A section's id and label, as they are compared (heading_names) -> its id; and a label's words before a
    subtitle of its own ("Impact (effaith)": `## Impact`), where no other section's name is those words."""
    names = {written: s.id for s in challenge.sections for name in (s.id, s.label) for written in heading_names(name)}
    heads: dict[str, set[str]] = {}
    for s in challenge.sections:
        if subtitled := _SUBTITLED.match(_comparable(s.label, staged=True)):
            heads.setdefault(subtitled[1].strip(), set()).add(s.id)
    return {**{head: ids.pop() for head, ids in heads.items() if len(ids) == 1 and head not in names}, **names}
