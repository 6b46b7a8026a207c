"""The package's own source: what a reader of one module takes for one definition is one. A module-level name bound
twice leaves the second in force for every reader above it too, without a word from ruff or mypy (front matter's
pattern of a character reference, given again below it for another use, replaced it everywhere: a page whose
`Vi&shy;sibility: internal` had been told was read as public, found by the suite)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "plugins" / "evidence_portfolio"


def bound_at_the_top(tree: ast.Module) -> list[str]:
    """The names a module's own statements bind: its assignments, functions and classes."""
    names: list[str] = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            names += [target.id for target in statement.targets if isinstance(target, ast.Name)]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            names.append(statement.target.id)
        elif isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(statement.name)
    return names


def test_no_module_binds_a_name_twice() -> None:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert len(modules) > 50
    twice = {
        f"{module.relative_to(PACKAGE)}: {name}"
        for module in modules
        for name, count in Counter(bound_at_the_top(ast.parse(module.read_text(encoding="utf-8")))).items()
        if count > 1
    }
    assert not twice, sorted(twice)
