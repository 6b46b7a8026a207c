"""The docs that are derived from the definitions (problem codes, item types) match them."""

from __future__ import annotations

import pytest

from conftest import REPOSITORY
from evidence_portfolio.commands.docs import contributing_from, regenerate
from evidence_portfolio.model import codes
from evidence_portfolio.model.codes import CODES
from evidence_portfolio.reading.framework_file import load_framework

GENERATED = ["CONTRIBUTING.md", "README.md", "docs/framework.md", "docs/metrics.md", "docs/assessor-reports.md"]
"""The files with generated parts: the docs command in docs/development.md names them all."""


@pytest.mark.parametrize("name", GENERATED)
def test_generated_parts_are_up_to_date(name: str) -> None:
    framework, problems = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    assert framework is not None, problems
    text = (REPOSITORY / name).read_text(encoding="utf-8")
    assert "<!-- portfolio:" in text, f"{name} has no generated part"
    assert regenerate(text, framework, contributing_from(REPOSITORY / name, REPOSITORY)) == text, (
        f"{name} is out of date: run python -m evidence_portfolio.commands.docs {name}"
    )


def test_every_file_with_a_generated_part_is_checked() -> None:
    found = [
        path.relative_to(REPOSITORY).as_posix()
        for path in sorted([*REPOSITORY.glob("*.md"), *REPOSITORY.glob("docs/*.md")])
        if "<!-- /portfolio:" in path.read_text(encoding="utf-8")
    ]
    assert sorted(found) == sorted(GENERATED)


def test_the_development_guide_regenerates_every_generated_file() -> None:
    text = (REPOSITORY / "docs/development.md").read_text(encoding="utf-8")
    assert f"python -m evidence_portfolio.commands.docs {' '.join(GENERATED)}" in text


def test_a_table_of_codes_lists_the_codes_named_in_its_marker_in_that_order() -> None:
    framework, problems = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    assert framework is not None, problems
    text = "<!-- portfolio:codes no-ratings missing-key -->\n<!-- /portfolio:codes -->\n"
    table = regenerate(text, framework, "../CONTRIBUTING.md")
    rows = [line for line in table.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == ["no-ratings", "missing-key"]
    assert rows[0].startswith("| `no-ratings` | warning | this assessor report rates no section")
    assert "](../CONTRIBUTING.md#which-type-of-item" in rows[1]  # a link to CONTRIBUTING's heading leads there
    assert regenerate(table, framework, "../CONTRIBUTING.md") == table
    with pytest.raises(ValueError, match="no-such-code"):
        regenerate("<!-- portfolio:codes no-such-code -->\n<!-- /portfolio:codes -->\n", framework)


def test_every_code_is_explained_in_contributing() -> None:
    text = (REPOSITORY / "CONTRIBUTING.md").read_text(encoding="utf-8")
    missing = [code for code in CODES if f"| `{code}` |" not in text]
    assert not missing, f"codes without a row in CONTRIBUTING's table of messages: {missing}"


def test_every_code_is_defined_once() -> None:
    """CODES is keyed by id: a second definition of an id would silently replace the first."""
    assert len(CODES) == len(codes._CODES)


def test_every_example_message_starts_with_its_path_line_and_severity() -> None:
    for code in CODES.values():
        assert f": {code.severity}: " in code.example, code.id


def test_the_framework_reference_example_is_a_valid_framework(tmp_path) -> None:
    text = (REPOSITORY / "docs/framework.md").read_text(encoding="utf-8")
    example = text.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "framework.yml").write_text(example, encoding="utf-8")
    framework, problems = load_framework(tmp_path / "framework.yml", "framework.yml")
    assert framework is not None and not problems, [str(p) for p in problems]
    assert [s.id for s in framework.challenges[0].sections] == ["plan", "review"]


def test_the_starters_guide_leaves_its_generated_parts_to_portfolio_init() -> None:
    """The starter's CONTRIBUTING.md holds its generated parts' marks alone: `portfolio init` writes them for the
    framework it starts from. Written out there too, they were a copy of the repository's that nothing kept up to
    date (its table of messages was found a change behind)."""
    import re

    text = (REPOSITORY / "plugins/evidence_portfolio/starter/project/CONTRIBUTING.md").read_text(encoding="utf-8")
    parts = re.findall(r"<!-- portfolio:([a-z-]+) -->\n(.*?)<!-- /portfolio:\1 -->", text, flags=re.S)
    assert [name for name, _ in parts] == [
        "types",
        "templates",
        "messages-item",
        "messages-portfolio",
        "messages-framework",
    ]
    assert all(written == "" for _, written in parts), [name for name, written in parts if written]


def test_every_code_the_package_writes_out_is_one_it_defines() -> None:
    """A problem's code is written as text where it is told (`problems.add("missing-key", ...)`, a field reader's
    `error(key, message, "empty-value")`): a misspelt one would stop a check with a KeyError only when that problem
    arises (a read of the code against STYLE). Each is read from the package's source and looked up."""
    import ast

    written: dict[str, list[str]] = {}
    for path in sorted((REPOSITORY / "plugins" / "evidence_portfolio").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            place = {"add": 0, "error": 2}.get(node.func.attr)
            argument = node.args[place] if place is not None and len(node.args) > max(place, 2) else None
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                written.setdefault(argument.value, []).append(f"{path.name}:{node.lineno}")
    assert len(written) > 100, "the source was read"
    unknown = {code: places for code, places in written.items() if code not in CODES}
    assert not unknown, unknown
