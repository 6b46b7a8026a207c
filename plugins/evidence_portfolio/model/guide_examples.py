"""The names and words the contributor guide's examples use (CONTRIBUTING.md and the pull-request template that
`portfolio init` writes), taken from the framework: its first challenge, its sections, its levels. The guide keeps
them, in a comment (`stored`), so that `portfolio guide` can tell the lines it wrote from those changed since, and
`portfolio check` a guide written for another framework (reading/contributor_guide.py)."""

from __future__ import annotations

import html
import json
import re

from .framework import Framework, age_in_words

EXAMPLES = "examples"
"""The placeholder of the starter's CONTRIBUTING.md that holds the others, as `stored` writes them."""


EXAMPLE_SECTIONS = ("plan", "do", "measure", "review", "impact")
"""The sections the contributor guide's examples name, as Quest's challenges have them."""


MEASURES = "measures"
"""The example value saying whether the guide's templates write `measures:` (the framework has metrics)."""
WORDS = frozenset(("challenge_title", "measure_question", "ratings", "second_rating", "stale_age"))
"""The example values that are the framework's words (a title, a question, levels' labels), not ids that a pasted
template must name as the framework does."""


def example_values(framework: Framework) -> dict[str, str]:
    """The names the contributor guide's examples use, taken from the framework's first challenge: the section each
    example names where the challenge has it, else the one at its place (or its last), so that every example, the
    `portfolio new` command and the folders alike, works as written for this framework."""
    challenge = framework.challenges[0]
    ids = [section.id for section in challenge.sections]
    named = {
        name: name if name in ids else ids[min(place, len(ids) - 1)] for place, name in enumerate(EXAMPLE_SECTIONS)
    }
    if named["impact"] == named["do"] and len(ids) > 1:  # the worked example maps to both: two sections, not one twice
        named["impact"] = next(section for section in reversed(ids) if section != named["do"])
    quoted = [f"`{section}`" for section in ids]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
    measure = challenge.section(named["measure"])
    plan = named["plan"]
    labels = [f"*{_markdown_text(level.label)}*" for level in framework.rating_scale]
    levels = [level.id for level in framework.rating_scale]
    values = {
        "rating_change": f"{named['review']}: {levels[min(1, len(levels) - 2)]} → {levels[min(2, len(levels) - 1)]}",
        "challenge": challenge.id,
        "challenge_title": _markdown_text(challenge.title),
        "sections": listed,
        "ratings": f"{', '.join(labels[:-1])} or {labels[-1]}",
        "second_rating": labels[1],
        "measure_question": _markdown_text(measure.question) if measure else "",
        "plan_typo": plan[:-2] + plan[-1] if len(plan) > 2 else plan + plan[-1],
        "stale_age": _stale_age(framework.max_evidence_age_days),
        # whether the templates write `measures:`, which they do for a framework with metrics (a staff review: a
        # `metrics:` block added by hand left the guide's templates without it, and the check said nothing)
        MEASURES: "written" if framework.metrics else "left out",
        **named,
    }
    return {**values, EXAMPLES: stored(values)}


def _stale_age(days: int | None) -> str:
    """How old evidence may be before it is stale, as the guide's glossary says it (it said "three years" whatever
    the framework's max_evidence_age_days: a new organisation's review)."""
    if days is None:
        return "our framework sets no age, so no evidence of ours is stale"
    return f"{age_in_words(days)} for us"


def _markdown_text(text: str) -> str:
    """A framework's text as the guide writes it, in its sentences and table: read as the words typed (a "|" that
    would end a cell of the table, a "*" or "[" that Markdown would read as a mark of its own, HTML), on one line."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", escaped)


def stored(values: dict[str, str]) -> str:
    """The example values as the guide's comment holds them: JSON, its hyphens written as escapes, so that no "--"
    ends the comment."""
    return json.dumps(values, ensure_ascii=False, sort_keys=True).replace("-", "\\u002d")
