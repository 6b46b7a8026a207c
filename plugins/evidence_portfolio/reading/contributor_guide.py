"""Whether the contributor guide is written for the framework: CONTRIBUTING.md keeps the example values it was
written with (model/guide_examples.py) in a comment; a framework changed since (a challenge renamed, another
imported) leaves its examples and templates naming what the framework no longer has, which `portfolio check` refused
when a contributor pasted one. A guide without the comment (written by hand, or before it was kept) is not judged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..model.framework import Framework
from ..model.guide_examples import EXAMPLES, MEASURES, WORDS, example_values, stored
from ..model.problems import Problems
from .project_files import project_file

GUIDE = "CONTRIBUTING.md"
"""The contributor guide, in the project's folder."""
_COMMENT = (
    "<!-- The framework this guide's examples were written for (`portfolio guide` writes them for another): {} -->"
)
"""The comment of the guide that keeps its example values (as the starter's CONTRIBUTING.md writes it)."""
_OPENING, _CLOSING = _COMMENT.split("{}")
"""What the comment holds its values between."""


def stored_examples(text: str) -> tuple[dict[str, str], int] | None:
    """The example values a guide's text was written with, and the line of the comment that keeps them; None where
    it keeps none (or they cannot be read)."""
    found = next(_comments(text), None)
    if found is None:
        return None
    start, _, written = found
    try:
        values = json.loads(written)
    except ValueError:
        return None
    if not isinstance(values, dict) or not all(isinstance(v, str) for v in values.values()):
        return None
    return values, text.count("\n", 0, start) + 1


def _comments(text: str) -> Iterator[tuple[int, int, str]]:
    """Each copy of the comment that keeps the example values: where it starts and ends, and what it holds. Found by
    str.find on its line (a regular expression took minutes over a guide holding the comment's start thousands of
    times: a hostile review)."""
    start = text.find(_OPENING)
    while start != -1:
        line_end = text.find("\n", start)
        line_end = len(text) if line_end == -1 else line_end
        end = text.rfind(_CLOSING, start + len(_OPENING), line_end)
        if end != -1:
            yield start, end + len(_CLOSING), text[start + len(_OPENING) : end]
        start = text.find(_OPENING, line_end)


def check_guide(root: Path, framework: Framework) -> Problems:
    """A warning at the guide's comment where the framework gives other example values than it was written with."""
    problems = Problems()
    file = project_file(root, GUIDE)
    try:
        found = stored_examples(file.read_text(encoding="utf-8")) if file else None
    except (OSError, UnicodeDecodeError):  # (the guide is no page: what cannot be read is not judged)
        return problems
    if found is None:
        return problems
    values, line = found
    # (a value a guide written by an earlier version keeps none of is not judged: it was written without it)
    now = {key: value for key, value in example_values(framework).items() if key != EXAMPLES and key in values}
    if values != now:
        challenge = values.get("challenge", "")
        named = (
            f'names the challenge "{challenge}", which the framework does not have'
            if framework.challenge(challenge) is None
            else "was written for the framework as it was before"
        )
        changed = {key for key in {*values, *now} if values.get(key) != now.get(key)}
        why = (  # a title, a question or a level's label changed alone: what is pasted is still accepted (a review)
            "its examples name the framework's titles, questions or levels' labels as they were"
            if changed <= WORDS
            else "its examples and templates would be refused when pasted"
        )
        if changed <= {MEASURES}:  # (a template without `measures:` is accepted: its figures are not asked for)
            why = (
                "its templates leave out the `measures:` line for the framework's metrics"
                if now.get(MEASURES) == "written"
                else "its templates write a `measures:` line, for metrics the framework no longer has"
            )
        problems.add(
            "guide-out-of-date",
            GUIDE,
            line,
            f"{GUIDE} {named}, so {why}; run `portfolio guide` to write them for this one (lines you changed are kept)",
        )
    return problems


def keep_examples(text: str, values: dict[str, str]) -> str:
    """A guide's text keeping `values` (example_values's) in its comment: each copy of the comment written anew, one
    added at its end where there is none, so that the check and `portfolio guide` read the values it is written
    with, whatever became of the comment (a space after it, a second copy, a value edited: a review)."""
    comment = _COMMENT.format(values.get(EXAMPLES) or stored(values))
    found = list(_comments(text))
    if not found:
        return text.rstrip("\n") + "\n\n" + comment + "\n"
    for start, end, _ in reversed(found):
        text = text[:start] + comment + text[end:]
    return text
