"""Problems across items: stale items, overdue actions, future dates, clashing self-assessments or assessor reports,
targets below their ratings (whatever the audience), and this build's coverage and ratings: uncovered sections,
ratings not backed by evidence, sections the current self-assessment no longer rates, self-ratings far above the
assessor's."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

from ..model.framework import Framework
from ..model.item_types import CHANGED_HEADING
from ..model.items import Item, Target
from ..model.lazy_patterns import lazy_pattern
from ..model.names import LOOK_ALIKE, as_seen, caseless, tag_as_guided
from ..model.narrative import explained
from ..model.problems import Problems
from .portfolio import ASSESSMENT, REPORT, ChallengeResult, Portfolio, is_overdue, is_stale

CLASHES = {ASSESSMENT: "duplicate-assessment", REPORT: "duplicate-assessor-report"}
"""For each type that rates a challenge, the code of two of its items on one date."""

NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def levels_apart(count: int) -> str:
    """A number of levels in words: "one level", "two levels"."""
    words = NUMBERS[count] if count < len(NUMBERS) else str(count)
    return f"{words} level{'s' if count != 1 else ''}"


def check_items(framework: Framework, items: Iterable[Item], as_of: datetime.date, *, pinned: bool = False) -> Problems:
    """Problems of every item, whatever the audience: each item's own, and those of items together."""
    items = list(items)
    problems = Problems()
    for item in items:
        problems.extend(check_item(framework, item, as_of, pinned=pinned))
    problems.extend(check_clashes(items))
    return problems


def check_item(framework: Framework, item: Item, as_of: datetime.date, *, pinned: bool = False) -> Problems:
    """Problems of an item on its own, whatever the audience: a date in the future, stale, overdue, a target below
    its rating. `pinned`: `as_of` is set in mkdocs.yml (not today)."""
    problems = Problems()
    date_line = item.lines.get("date", 1)
    if item.date and item.date > as_of:
        problems.add(
            "future-date",
            item.path,
            date_line,
            f"dated in the future: {item.date.isoformat()} is after {as_of.isoformat()}, "
            + (
                "the as_of date set in mkdocs.yml; check the year, or move as_of on"
                if pinned
                else "the date of the build; check the year"
            ),
        )
    stale = is_stale(item, framework, as_of)
    if item.date and item.date.year < _EARLIEST_YEAR and not stale:  # (a stale one is told to check the year)
        problems.add(
            "early-date",
            item.path,
            date_line,
            f"dated {item.date.isoformat()}, before {_EARLIEST_YEAR}, which no evidence is from; check the year",
        )  # (a fuzz of malformed input: "0026-01-15" counted for its sections without a word, where nothing is stale)
    if stale and item.date:
        age = (as_of - item.date).days
        problems.add(
            "stale-item",
            item.path,
            date_line,
            f"stale: dated {item.date.isoformat()}, {age} days before {as_of.isoformat()}, older than "
            f"max_evidence_age_days ({framework.max_evidence_age_days}); it is shown but supports no section. "
            "Add newer evidence, or remove this item" + ("; check the year" if item.date.year < _EARLIEST_YEAR else ""),
            # a year no evidence is from, as one dated in the future is told (an outside review: "0026-01-15")
        )
    due = item.day("due")
    status = item.text("status")
    # A status written that is no valid value ("completed") is an error of its own, said at its line: an overdue
    # warning beside it, as though no status had been written, was noise (a careless contributor's review).
    if is_overdue(item, as_of) and due and (status or "status" not in item.lines):
        quoted = f' and status "{status}"' if status else ""
        problems.add(
            "overdue-action",
            item.path,
            item.lines.get("due", 1),
            f'overdue action: due {due.isoformat()}{quoted}; finish it and set "status: done", or agree a new due date',
        )
    if due and item.date and due < item.date:
        problems.add(
            "due-before-date",
            item.path,
            item.lines.get("due", 1),
            f"due before it was raised: due {due.isoformat()} is before the action's date, {item.date.isoformat()}; "
            "check due and date (a year, month or day typed wrong)",
        )
    _check_targets(item, problems)
    _check_rated(framework, item, problems)
    return problems


def check_clashes(items: Iterable[Item]) -> Problems:
    """Two self-assessments (or assessor reports) of one challenge on one date: an error in each, naming the other,
    as either may be the one to change."""
    problems = Problems()
    seen: dict[tuple[str, str, datetime.date], Item] = {}
    ordered = sorted(items, key=lambda item: item.id)
    for item in ordered:
        if item.type in CLASHES and item.challenge and item.date:
            key = (item.type, item.challenge, item.date)
            if key in seen:
                code, kinds = CLASHES[item.type], item.kind.plural_label.lower()
                for here, other in ((seen[key], item), (item, seen[key])):
                    problems.add(
                        code,
                        here.path,
                        here.lines.get("date", 1),
                        f'two {kinds} of challenge "{item.challenge}" on {item.date.isoformat()} '
                        f"(this one and {other.path}); give them different dates or merge them",
                        also=[other.path],
                    )
            else:
                seen[key] = item
    problems.extend(_check_copies(ordered))
    problems.extend(_check_spellings(ordered))
    problems.extend(_check_joined_partners(ordered))
    return problems


_SPELT: dict[str, tuple[str, Callable[[Item], tuple[str, ...]], Callable[[str], bool]]] = {
    "partners": ("partner", lambda item: item.partners, lambda name: True),
    "tags": ("tag", lambda item: item.tags, tag_as_guided),
}
"""The lists whose names the listings group items by, exactly as written: what each entry is, the item's, and
whether a name is written as the guide asks (of two spellings, one so written is the usual)."""


def _check_spellings(ordered: Sequence[Item]) -> Problems:
    """A partner or tag written otherwise than on other items in its capitals, spaces, hyphens, accents or
    punctuation alone ("Ashby Vale Age Uk" beside "Ashby Vale Age UK", "Older People" beside "older-people"): the
    partners page and the library's filters show the two as two (a careless contributor's review), under headings of
    one anchor (a year-two review: the tags page's link to older-people led to the heading of Older People). A
    warning at each item writing it the less usual way (the way most items write it is the usual one; where as many
    write each, the first in code point order; a tag written as the guide asks, older-adults, before any number of
    Older Adults), naming one that writes it so. Or written in characters that look
    alike (names.LOOK_ALIKE: "élan" with é stored as e and an accent): told to be typed again (a conformance audit:
    tags so written gave no warning, partners one saying "Café Zoë" is written "Café Zoë"). `ordered`: the items by
    id."""
    problems = Problems()
    for key, (noun, names, guided) in _SPELT.items():
        alike: dict[str, list[str]] = {}
        for name in set().union(*map(names, ordered)):  # each name once: they come back item after item
            alike.setdefault(_spelling(name), []).append(name)
        odd = {name: folded for folded, spelt in alike.items() if len(spelt) > 1 for name in spelt}
        written: dict[str, dict[str, list[Item]]] = {}
        for item in ordered if odd else ():
            for name in names(item):
                if name in odd:
                    written.setdefault(odd[name], {}).setdefault(name, []).append(item)
        for spellings in written.values():
            # Names that look the same (as_seen) are counted as one; of them, the one as a keyboard types it (é as
            # one character, no unseen character) is the usual, as typing the others again gives it.
            looks: dict[str, int] = {}
            for name, holders in spellings.items():
                looks[as_seen(name)] = looks.get(as_seen(name), 0) + len(holders)
            usual = min(
                spellings,
                key=lambda name: (
                    not guided(name),
                    -looks[as_seen(name)],
                    name != as_seen(name),
                    -len(spellings[name]),
                    name,
                ),
            )
            others = spellings[usual]
            # Every item of every spelling is what the warning tells of (which is the usual, and how many write
            # it): where any of them is withheld, a build leaves the warning out (a hostile review counted
            # internal items through it).
            told = sorted({holder.path for holders in spellings.values() for holder in holders})
            for name, holders in spellings.items():
                if name == usual:
                    continue
                same_look = as_seen(name) == as_seen(usual)  # (told as "X" is written "X": a conformance audit)
                for item in holders:
                    elsewhere = [other for other in others if other is not item]
                    count = f"{len(elsewhere)} other item{'s' if len(elsewhere) != 1 else ''}"
                    if same_look:
                        message = (
                            f'{noun} "{name}" looks the same as the {noun} of {count} (such as {elsewhere[0].path}), '
                            f"but is written in {LOOK_ALIKE}, which the listings tell apart, so they show the two as "
                            f"two {noun}s; delete it and type it again"
                            if elsewhere
                            else f'{noun} "{name}" is written twice on this item, once in {LOOK_ALIKE}, '
                            f"which the listings tell apart, so they show the two as two {noun}s; keep one"
                        )
                    else:
                        message = (
                            f'{noun} "{name}" is written "{usual}" on {count} (such as {elsewhere[0].path}), so the '
                            f"listings show the two as two {noun}s; write it as the others do: {usual}"
                            if elsewhere  # (an item holding both was named as the other one: a review of the commands)
                            else f'{noun} "{name}" is written "{usual}" too, on this item, so the listings show the '
                            f"two as two {noun}s; keep one: {usual}"
                        )
                    problems.add("spelt-otherwise", item.path, item.lines.get(key, 1), message, also=told)
    return problems


_JOINED = lazy_pattern(r"(?<!\s)\s+(?:and|&|\+)\s+", re.IGNORECASE)  # (from a run of spaces' start: a review)
"""What joins two names written as one ("Age UK and NHS Trust", "Age UK & NHS Trust"); not "/", which writes one
name in two languages ("Sport Wales / Chwaraeon Cymru": a review of valid portfolios)."""


def _check_joined_partners(ordered: Sequence[Item]) -> Problems:
    """A partner that is two partners other items name apart, joined ("Ashby Vale Age UK & Ashby Vale NHS Trust"):
    the partners page showed a third partner (a careless contributor's review). Only where every part is another
    item's partner, so that a partner named so ("Sport & Leisure Ltd") is not one. `ordered`: the items by id."""
    problems = Problems()
    joined = {name: parts for name in {n for item in ordered for n in item.partners} if len(parts := _parts(name)) > 1}
    if not joined:  # most portfolios: no partner holds "and", "&", "/" or "+" between words
        return problems
    named: dict[str, list[Item]] = {}
    for item in ordered:
        for name in item.partners:
            named.setdefault(_folded(name), []).append(item)
    for item in ordered:
        for name in item.partners:
            parts = joined.get(name, [])
            holders = [[o for o in named.get(_folded(p), []) if o is not item] for p in parts]
            if not parts or not all(holders):
                continue
            # the item's partners as they would be: the others kept, each part as the first item naming it writes it
            written = [
                next(w for w in found[0].partners if _folded(w) == _folded(p))
                for p, found in zip(parts, holders, strict=True)
            ]
            listed = [written if partner == name else [partner] for partner in item.partners]
            problems.add(
                "spelt-otherwise",
                item.path,
                item.lines.get("partners", 1),
                f'partner "{name}" is {len(parts)} partners that other items name apart (such as '
                f"{holders[0][0].path}), so the listings show a partner of its own; write them apart: partners: "
                f"[{', '.join(dict.fromkeys(entry for entries in listed for entry in entries))}]",
                also=sorted({other.path for found in holders for other in found}),
            )
    return problems


def _folded(name: str) -> str:
    """A name as names are compared: in small letters (names.caseless: its accents in one form), its spaces run
    together."""
    return " ".join(caseless(name).split())


def _spelling(name: str) -> str:
    """A name as spellings are compared: folded (_folded), the accents of Latin letters, apostrophes and other
    punctuation dropped (where a word's letters are all the same, the listings' anchors are one); a name of no letter
    or digit (an emoji) as it is, and the marks of other scripts kept (バス is not ハス: a review). First as it looks
    (names.as_seen: "élan" with é as e and an accent was "e lan", a spelling of its own: a conformance audit)."""
    name = as_seen(name)
    if not name.isascii():
        import unicodedata  # here: most names are ASCII, and a check starts sooner without it

        name = "".join(
            "".join(part for part in plain if not unicodedata.combining(part))
            if (plain := unicodedata.normalize("NFKD", c))[:1].isascii()
            else c
            for c in name
        )
    words = _folded("".join(c if c.isalnum() else " " for c in name.replace("'", "").replace("\u2019", "")))
    return words or _folded(name)


def _parts(name: str) -> list[str]:
    """The names a partner's name joins (itself alone, where it joins none)."""
    return [part.strip() for part in _JOINED.split(name) if part.strip()]


def _check_copies(ordered: Sequence[Item]) -> Problems:
    """Two items of one type with one title, date, sections and visibility (a file copied, to start another from
    it, and not changed): a warning in each, naming the other, as either may be the copy; each counts towards
    coverage, and the listings show both, in every build that shows one. (Of another visibility, it is a version for
    another audience, which no build counts twice: a differential review.) `ordered`: the items by id."""
    problems = Problems()
    seen: dict[tuple[str, str, datetime.date, frozenset[Target], str], Item] = {}
    for item in ordered:
        title = " ".join(item.title.casefold().split())
        # (a title that is no text, `title: 10`, an error of its own: no copy's; two self-assessments or assessor
        # reports of a challenge on a day are CLASHES', and of two challenges, two records: a year-two review)
        if not item.date or not title or item.type in CLASHES:
            continue
        key = (item.type, title, item.date, frozenset(item.maps_to), item.visibility)
        other = seen.setdefault(key, item)
        if other is item:
            continue
        for here, there in ((other, item), (item, other)):
            problems.add(
                "copied-item",
                here.path,
                here.lines.get("title", 1),
                f"this item has the title, type, date and sections of {there.path}, so the two "
                + ("count twice towards coverage and are both listed" if item.kind.supports else "are both listed")
                + ": if one is a copy, write its own title (and date and sections), or delete it",
                also=[there.path],
            )
    return problems


def _check_rated(framework: Framework, item: Item, problems: Problems) -> None:
    """An assessor report that rates nothing (no rating of a section written, and no overall): the latest of its
    challenge, it leaves the challenge without the assessor's rating, hiding the ratings of the report before (an
    outside review: a report made by `portfolio new`, its rating lines left empty). An assessor's report is made to
    rate; a self-assessment may come before its ratings, and readiness lists it as a gap (unrated)."""
    if item.type != REPORT or not item.rates_nothing or not item.challenge:  # (no challenge: its own error)
        return
    challenge = framework.challenge(item.challenge or "")
    section = challenge.sections[0].id if challenge and challenge.sections else "plan"
    level = framework.rating_scale[min(2, len(framework.rating_scale) - 1)].id
    problems.add(
        "no-ratings",
        item.path,
        item.rating_line(),
        "this assessor report rates no section and gives no overall rating: while it is the latest of challenge "
        f'"{item.challenge}", the challenge shows no assessor\'s rating (nor the one the report before gave); write '
        "the assessor's rating of each section under ratings:, one line each (such as: "
        f"{section}: {level})",
    )


_EARLIEST_YEAR = 1900
"""A date before this year is a year typed wrong ("0026", "1026"), which the stale item's warning says to check."""


def _check_targets(item: Item, problems: Problems) -> None:
    """A target below the rating the same self-assessment gives its section: a warning at the target's line."""
    ratings = item.levels("ratings")
    for section, target in item.levels("targets").items():
        rating = ratings.get(section)
        if rating is not None and target.position < rating.position:
            problems.add(
                "target-below-rating",
                item.path,
                item.entry_lines.get(f"targets.{section}", item.lines.get("targets", 1)),
                f'the target of "{section}" ({target.label}) is below its rating ({rating.label}); a target is the '
                f"level to reach by the next assessment: raise it to {rating.label} or above, or delete it",
            )


def check_coverage(
    portfolio: Portfolio, framework_path: str, bodies: Mapping[str, str], *, told_elsewhere: bool = False
) -> Problems:
    """Warnings about this build's coverage and ratings: uncovered sections, ratings not backed by evidence, and
    ratings far above the assessor's (`bodies`: the text of each current self-assessment, by its src_uri).
    `told_elsewhere`: told by a check or build for another audience, whose counts and current self-assessment
    they are not (an outside review: "1 of the 2" beside "0 of the 2" of one section), so each says whose build."""
    problems = Problems()
    needed = portfolio.framework.min_evidence
    # Below internal, items the audience does not see count for nothing: the message says which build it counts.
    build = "" if portfolio.audience == "internal" and not told_elsewhere else f" in the {portfolio.audience} build"
    elsewhere = build if told_elsewhere else ""
    for result in portfolio.challenges:
        current = result.assessment
        for section in result.sections:
            count = len(section.evidence)
            if not section.covered:
                problems.add(
                    "uncovered-section",
                    framework_path,
                    section.section.line,
                    f'section {section.named} of challenge "{result.id}" is not covered: it has {count} supporting '
                    f"item{'s' if count != 1 else ''} of the {needed} it needs{build}; add evidence mapped to "
                    f"{result.id}/{section.id}",
                    subject=f"{result.id}/{section.id}",
                )
            if current and section.rating and section.unbacked:
                problems.add(
                    "unbacked-rating",
                    current.path,
                    current.rating_line(section.id),
                    f"rating not backed by evidence: {section.named} is rated {section.rating.label} but the section "
                    f"has {count} of the {needed} supporting item{'s' if needed != 1 else ''} it needs{build}; add "
                    f"evidence mapped to {result.id}/{section.id} or lower the rating",
                    subject=f"{result.id}/{section.id}",
                )
        _check_dropped(result, problems, elsewhere)
    problems.extend(_check_against_assessor(portfolio, bodies))
    return problems


def _check_dropped(result: ChallengeResult, problems: Problems, build: str) -> None:
    """Sections the self-assessment before the current one rated and the current one does not (left out, or their
    lines left empty): unrated now, without a word, and the challenge's rating rose (a careless contributor's
    review, a second self-assessment written with one section). Not one it says it leaves unrated on purpose
    (`review: unrated`), or rates wrongly (said as such)."""
    if len(result.assessments) < 2:
        return
    previous, current = result.assessments[-2:]
    if previous.date == current.date:  # two of one day: neither is the current one, which an error says
        return
    rated, before, unrated = current.levels("ratings"), previous.levels("ratings"), current.unrated_sections
    dropped = [s.id for s in result.sections if s.id in before and s.id not in rated and s.id not in unrated]
    if not dropped:
        return
    listed = dropped[0] if len(dropped) == 1 else f"{', '.join(dropped[:-1])} or {dropped[-1]}"
    first = dropped[0]
    problems.add(
        "rating-dropped",
        current.path,
        current.rating_line(first),  # its own line, where it is written empty (a fuzz: told at `ratings:`)
        f'this self-assessment, the current one of challenge "{result.id}"{build}, rates no {listed}, which the one of '
        f"{previous.date.isoformat() if previous.date else 'before'} rated ({previous.path}): "
        f"{'it is' if len(dropped) == 1 else 'they are'} unrated now, and the challenge's rating leaves "
        f"{'it' if len(dropped) == 1 else 'them'} out; rate each under ratings:, one line each (such as {first}: "
        f"{before[first].id}), or write {first}: unrated for one left unrated on purpose",
        also=[previous.path],  # what it names, so that `report --base` tells it of no build it is withheld from
        subject=result.id,
    )


def _check_against_assessor(portfolio: Portfolio, bodies: Mapping[str, str]) -> Problems:
    """A rating of the current self-assessment two or more levels above the current assessor report's rating of the
    same section, unless its text says what has changed since (`narrative.explained`): a warning at the rating's
    line (naming the report, so that no build without it shows it). Of a self-assessment the report came after (on
    its day or later), the advice is for the next self-assessment: nothing can have changed since in a text older
    than the visit (an outside review)."""
    problems = Problems()
    for result in portfolio.challenges:
        current, report = result.assessment, result.report
        if current is None or report is None:
            continue
        said = explained(bodies.get(current.src_uri, ""), result.challenge)
        for section in result.sections:
            found = section.rating_gap
            if found is None or found > -2 or section.rating is None or section.assessor_rating is None:
                continue
            if said.get(section.id):
                continue
            heading = (
                f'a heading "### {CHANGED_HEADING}" in this self-assessment\'s section "## {section.section.label}"'
                if section.id not in said
                else f'the heading "### {CHANGED_HEADING}" of this self-assessment\'s section "## '
                f'{section.section.label}", which has no text under it yet'
            )
            same_day = report.date == current.date
            advice = (
                f"; the report {'is of the same day as' if same_day else 'came after'} this self-assessment: rate the "
                "section again in the next one, from the "
                f"report's findings. Until then, to keep this rating, say why under {heading}"
                if result.report_after_assessment
                else f"; check the rating against the evidence (the assessor will ask). If it stands, say what has "
                f"changed since, under {heading}"
            )
            problems.add(
                "rated-above-assessor",
                current.path,
                current.rating_line(section.id),
                f"rated {levels_apart(-found)} above the assessor's rating: {section.named} is rated "
                f"{section.rating.label} here, {section.assessor_rating.label} in the assessor's report "
                f"{report.path}{advice}",
                also=[report.path],
            )
    return problems
