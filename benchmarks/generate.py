"""Write a synthetic portfolio of N items (a framework of 4 challenges x 5 sections), for the benchmark.

    python benchmarks/generate.py 2000 /tmp/portfolio-2000

The portfolio is the same for the same N: items are spread over the challenges, sections, types, partners,
tags, years and audiences by their number, and every body has the same length (about 250 words).
"""

from __future__ import annotations

import argparse
import datetime
import shutil
from pathlib import Path

SECTIONS = ("plan", "do", "measure", "review", "impact")
CHALLENGES = ("partnerships", "workforce", "participation", "facilities")
TYPES = ("evidence", "evidence", "evidence", "case-study", "celebration", "action")
PARTNERS = tuple(f"Partner {letter}" for letter in "ABCDEFGHIJKL")
TAGS = ("older-adults", "young-people", "inactive", "health", "disability", "schools", "women", "rural")
VISIBILITY = ("public", "public", "accreditor", "internal")
WORDS = [
    "partners",
    "plan",
    "deliver",
    "measure",
    "review",
    "improve",
    "residents",
    "participation",
    "activity",
    "health",
    "wellbeing",
    "sessions",
    "community",
    "centre",
    "pool",
    "programme",
    "outcomes",
    "evidence",
    "agreement",
    "survey",
    "feedback",
    "funding",
    "inclusion",
    "volunteers",
]


def framework() -> str:
    lines = [
        "id: synthetic-standard",
        "title: Synthetic Standard",
        "rating_scale:",
        *(f"  - {{id: level-{n}, label: Level {n}}}" for n in range(5)),
        "sections:",
        *(f"  - {{id: {s}, label: {s.title()}}}" for s in SECTIONS),
        "rollup: median",
        "min_evidence: 2",
        "max_evidence_age_days: 1095",
        "challenges:",
    ]
    for challenge in CHALLENGES:
        lines += [
            f"  - id: {challenge}",
            f"    title: {challenge.title()}",
            "    outcomes:",
            "      - An outcome.",
            "    sections:",
        ]
        lines += [f"      {s}: {{question: 'How do you {s}?', best_practice: 'We {s} well.'}}" for s in SECTIONS]
    return "\n".join(lines) + "\n"


def path_of(number: int) -> str:
    """Where item `number` is, under evidence/."""
    challenge = CHALLENGES[number % len(CHALLENGES)]
    section = SECTIONS[(number // len(CHALLENGES)) % len(SECTIONS)]
    return f"{challenge}/{section}/item-{number:05d}.md"


def body(number: int) -> str:
    words = [WORDS[(number * 7 + i * 3) % len(WORDS)] for i in range(250)]
    paragraphs = [" ".join(words[i : i + 50]).capitalize() + "." for i in range(0, 250, 50)]
    # Every other body links to an earlier item (perhaps one of a narrower audience, whose link the seal reduces
    # to its text) and to a web page, as real bodies do.
    link = (
        f" See [item {number // 2}](../../{path_of(number // 2)}) and [the guidance](https://example.org/guide)."
        if number % 2
        else ""
    )
    return (
        "## Context\n\n"
        + paragraphs[0]
        + link
        + "\n\n## What we did\n\n"
        + "\n\n".join(paragraphs[1:3])
        + (
            "\n\n## Outcomes\n\n| Measure | Before | After |\n|---|---|---|\n| Sessions | 10 | 25 |\n\n"
            + "\n\n".join(paragraphs[3:])
            + "\n"
        )
    )


def item(number: int, as_of: datetime.date) -> tuple[str, str]:
    challenge = CHALLENGES[number % len(CHALLENGES)]
    section = SECTIONS[(number // len(CHALLENGES)) % len(SECTIONS)]
    other = SECTIONS[(number // len(CHALLENGES) + 2) % len(SECTIONS)]
    item_type = TYPES[number % len(TYPES)]
    date = as_of - datetime.timedelta(days=(number * 37) % 1400)
    front = [
        f"title: Item {number} about {WORDS[number % len(WORDS)]}",
        f"type: {item_type}",
        "maps_to:",
        f"  - {challenge}/{section}",
        f"  - {challenge}/{other}",
        f"date: {date.isoformat()}",
        f"summary: Summary of item {number}.",
        f"partners: [{PARTNERS[number % len(PARTNERS)]}, {PARTNERS[(number * 5) % len(PARTNERS)]}]",
        f"tags: [{TAGS[number % len(TAGS)]}]",
        f"visibility: {VISIBILITY[number % len(VISIBILITY)]}",
    ]
    if item_type == "action":
        front += ["owner: Head of Service", f"due: {(as_of + datetime.timedelta(days=30 + number % 300)).isoformat()}"]
    return path_of(number), "---\n" + "\n".join(front) + "\n---\n\n" + body(number)


def assessment(challenge: str, year: int) -> str:
    ratings = "\n".join(f"  {s}: level-{(len(s) + year) % 5}" for s in SECTIONS)
    sections = "".join(f"## {s.title()}\n\n### What do we currently do\n\nText.\n\n" for s in SECTIONS)
    return (
        f"---\ntitle: {challenge.title()} self-assessment {year}\ntype: self-assessment\nchallenge: {challenge}\n"
        f"date: {year}-10-01\nvisibility: accreditor\nratings:\n{ratings}\n---\n\n{sections}"
    )


def generate(count: int, root: Path, as_of: datetime.date = datetime.date(2026, 11, 27)) -> Path:
    """Write the portfolio into `root` (emptied first) and return it."""
    if root.exists():
        shutil.rmtree(root)
    (root / "evidence").mkdir(parents=True)
    (root / "framework.yml").write_text(framework(), encoding="utf-8")
    (root / "mkdocs.yml").write_text(
        "site_name: Synthetic portfolio\nsite_url: https://portfolio.example.org/\ndocs_dir: evidence\n"
        "theme:\n  name: material\n  font: false\nplugins:\n  - search\n  - tags\n"
        "  - portfolio:\n      framework: framework.yml\n"
        f"      as_of: {as_of.isoformat()}\n",
        encoding="utf-8",
    )
    assessments = [(c, y) for c in CHALLENGES for y in (2024, 2025, 2026)]
    for challenge, year in assessments:
        path = root / "evidence" / "assessments" / f"{challenge}-{year}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(assessment(challenge, year), encoding="utf-8")
    for number in range(count - len(assessments)):
        relative, text = item(number, as_of)
        path = root / "evidence" / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many items")
    parser.add_argument("root", type=Path, help="the folder to write the portfolio into (emptied first)")
    args = parser.parse_args()
    print(generate(args.count, args.root))


if __name__ == "__main__":
    main()
