"""Nothing lost at scale: a 5,000-item portfolio whose coverage and ratings, computed by the pipeline both doors
take, equal an independent recomputation written from SPEC section 4 alone; and a full `mkdocs build` of a
smaller one with every file accounted for. (How long builds take is measured by benchmarks/, not here.)"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import REPOSITORY, BuildResult, Project
from evidence_portfolio.reading.settings import load_settings
from evidence_portfolio.site.assemble import assemble
from evidence_portfolio.site.pages import LIBRARY_SLICE

sys.path.insert(0, str(REPOSITORY / "benchmarks"))
from generate import generate

SIZE = 5000
BUILT_SIZE = 400
AUDIENCE = "accreditor"
ORDER = ("public", "accreditor", "internal")


def recompute(root: Path, audience: str) -> dict:
    """SPEC section 4, from the files, without the project's code."""
    framework = yaml.safe_load((root / "framework.yml").read_text())
    as_of = yaml.safe_load((root / "mkdocs.yml").read_text())["plugins"][2]["portfolio"]["as_of"]
    scale = [level["id"] for level in framework["rating_scale"]]
    items, withheld = {}, 0
    for path in sorted((root / "evidence").rglob("*.md")):
        meta = yaml.safe_load(path.read_text().split("---\n")[1])
        if ORDER.index(meta.get("visibility", "internal")) > ORDER.index(audience):
            withheld += 1
            continue
        items[path.relative_to(root / "evidence").as_posix()[:-3]] = meta
    challenges = []
    for challenge in framework["challenges"]:
        assessments = sorted(
            (m["date"], i)
            for i, m in items.items()
            if m["type"] == "self-assessment" and m["challenge"] == challenge["id"]
        )
        current = items[assessments[-1][1]] if assessments else None
        sections = []
        for section in challenge["sections"]:
            target = f"{challenge['id']}/{section}"
            supporting = sorted(
                i
                for i, m in items.items()
                if m["type"] in ("evidence", "case-study", "celebration") and target in m.get("maps_to", [])
            )
            stale = [i for i in supporting if (as_of - items[i]["date"]).days > framework["max_evidence_age_days"]]
            evidence = [i for i in supporting if i not in set(stale)]
            rating = current["ratings"].get(section) if current else None
            sections.append(
                {
                    "id": section,
                    "evidence": evidence,
                    "stale": stale,
                    "covered": len(evidence) >= framework["min_evidence"],
                    "rating": rating,
                }
            )
        rated = sorted(scale.index(s["rating"]) for s in sections if s["rating"])
        rating = scale[rated[(len(rated) - 1) // 2]] if rated else None  # lower median
        challenges.append(
            {
                "id": challenge["id"],
                "rating": rating,
                "sections": sections,
                "coverage": sum(s["covered"] for s in sections) / len(sections),
            }
        )
    total = sum(len(c["sections"]) for c in challenges)
    return {
        "items": sorted(items),
        "withheld": withheld,
        "challenges": challenges,
        "coverage": sum(s["covered"] for c in challenges for s in c["sections"]) / total,
    }


def assert_as_recomputed(data: dict, root: Path) -> None:
    expected = recompute(root, AUDIENCE)
    assert [item["id"] for item in data["items"]] == expected["items"]
    assert data["withheld"] == expected["withheld"] > 0
    assert data["coverage"] == expected["coverage"]
    for challenge, wanted in zip(data["challenges"], expected["challenges"], strict=True):
        assert (challenge["id"], challenge["rating"], challenge["coverage"]) == (
            wanted["id"],
            wanted["rating"],
            wanted["coverage"],
        )
        for section, want in zip(challenge["sections"], wanted["sections"], strict=True):
            assert {key: section[key] for key in want} == want


def test_five_thousand_items_computed_as_the_spec_says(tmp_path: Path) -> None:
    root = generate(SIZE, tmp_path / "portfolio", datetime.date(2026, 11, 27))
    assert len([p for p in (root / "evidence").rglob("*") if p.is_file()]) == SIZE
    build = assemble(load_settings(root, AUDIENCE))
    assert not build.problems.errors
    assert_as_recomputed(json.loads(build.exports()["portfolio.json"]), root)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, BuildResult]:
    """A portfolio of BUILT_SIZE items, built for AUDIENCE."""
    large = Project(generate(BUILT_SIZE, tmp_path_factory.mktemp("built") / "portfolio", datetime.date(2026, 11, 27)))
    result = large.build(audience=AUDIENCE)
    assert not result.failed, result.error
    return large, result


def test_every_file_is_built_or_withheld(built: tuple[Project, BuildResult]) -> None:
    large, result = built
    data = result.portfolio
    assert_as_recomputed(data, large.root)
    files = [p for p in (large.root / "evidence").rglob("*") if p.is_file()]
    assert len(files) == BUILT_SIZE
    in_site = {item["id"] for item in data["items"]}
    for path in files:
        item_id = path.relative_to(large.root / "evidence").as_posix()[:-3]
        built = (result.site / item_id / "index.html").exists()
        assert built == (item_id in in_site), item_id  # in the site, or withheld (and counted above)


def test_the_library_lists_its_newest_items_and_reaches_every_item_through_its_plain_list(
    built: tuple[Project, BuildResult],
) -> None:
    _, result = built
    items = result.portfolio["items"]
    assert len(items) > LIBRARY_SLICE
    library = BeautifulSoup(result.html("library/"), "html.parser")
    listed = [element["data-item"] for element in library.select("[data-item]")]
    newest = sorted(items, key=lambda item: (item["date"], item["id"]), reverse=True)[:LIBRARY_SLICE]
    assert listed == [item["id"] for item in newest]
    root = library.select_one("[data-portfolio-library]")
    assert root is not None and root["data-source"] == "../assets/portfolio/library-data.js"
    more = library.select_one("[data-more] a")
    assert more is not None and more["href"] == "../library-list/"
    plain = BeautifulSoup(result.html("library-list/"), "html.parser")
    links = [link["href"] for link in plain.select(".portfolio-library__list a")]
    assert sorted(links) == sorted(f"../{item['url']}" for item in items)
    assert result.portfolio["pages"]["library_list"] == "library-list/"  # named, as every generated page is
    navigation = [link.get("href") for link in library.select(".md-nav a")]
    assert navigation and "../library-list/" not in navigation  # reached from the library, not the navigation
    assert "library-list" not in result.html("").split('<nav class="md-nav md-nav--primary"', 1)[1]
