"""The docs that are derived from the definitions (problem codes, item types) match them."""

from __future__ import annotations

import pytest

from conftest import REPOSITORY
from evidence_portfolio.commands.docs import regenerate
from evidence_portfolio.model import codes
from evidence_portfolio.model.codes import CODES
from evidence_portfolio.reading.framework_file import load_framework


@pytest.mark.parametrize("name", ["CONTRIBUTING.md", "README.md", "docs/framework.md"])
def test_generated_parts_are_up_to_date(name: str) -> None:
    framework, problems = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    assert framework is not None, problems
    text = (REPOSITORY / name).read_text(encoding="utf-8")
    assert regenerate(text, framework) == text, (
        f"{name} is out of date: run python -m evidence_portfolio.commands.docs {name}"
    )


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
