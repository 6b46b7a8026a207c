"""The shape of the code: a core (model, reading, computation, site) that imports no engine (neither MkDocs, its
plugins, Material, ProperDocs nor Zensical) and none of the doors (the MkDocs adapter and the command line), so
that it outlives the engines it runs under. The doors hand the core what it asks of the engine
(reading/engine.Engine)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import evidence_portfolio
from conftest import MKDOCS_YML, Project

PACKAGE = Path(evidence_portfolio.__file__).parent
CORE = ("model", "reading", "computation", "site")
ENGINES = ("mkdocs", "material", "properdocs", "zensical")
"""Top-level modules of engines (and, with `mkdocs_` at their start, of MkDocs' plugins)."""
DOORS = frozenset(("plugin", "config", "material_parts", "page_converter", "mkdocs_engine", "commands", "cli"))
"""The package's modules outside the core: the MkDocs adapter and the command line."""


def imported(source: str, package: str) -> list[str]:
    """Each module the Python `source` of a module of `package` imports, by its absolute name (`from .. import x`
    in evidence_portfolio.reading is evidence_portfolio.x)."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = ".".join([*parts[: len(parts) - node.level + 1], *([node.module] if node.module else [])])
            base = base if node.level else node.module or ""
            found += [base, *(f"{base}.{alias.name}" for alias in node.names)]
    return found


def wrong(name: str) -> bool:
    """Whether the core may not import the module `name`."""
    parts = name.split(".")
    door = parts[0] == "evidence_portfolio" and len(parts) > 1 and parts[1] in DOORS
    return parts[0] in ENGINES or parts[0].startswith("mkdocs_") or door


def test_the_core_imports_no_engine_and_no_door() -> None:
    modules = [path for part in CORE for path in sorted((PACKAGE / part).glob("*.py"))]
    assert len(modules) > 50  # (the test reads the package's files, not nothing)
    found = [
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in modules
        for name in imported(path.read_text(encoding="utf-8"), f"evidence_portfolio.{path.parent.name}")
        if wrong(name)
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "from mkdocs.config import base",
        "import material.plugins.offline",
        "import mkdocs_awesome_pages_plugin.meta",
        "from ..mkdocs_engine import MKDOCS",
        "from .. import plugin",
        "from ..commands.pack import pack",
        "def judged():\n    from mkdocs.config.defaults import MkDocsConfig",
    ],
)
def test_an_engine_or_a_door_imported_by_the_core_is_found(source: str) -> None:
    """What the first test reads: an import anywhere in a module, absolute or relative, of an engine or a door."""
    assert any(wrong(name) for name in imported(source, "evidence_portfolio.reading"))


@pytest.mark.parametrize("source", ["import markdown", "from ..model.problems import Problems", "from . import engine"])
def test_a_library_or_the_core_imported_by_the_core_is_fine(source: str) -> None:
    assert imported(source, "evidence_portfolio.reading") and not any(
        wrong(name) for name in imported(source, "evidence_portfolio.reading")
    )


def test_the_core_loads_no_engine_as_it_runs_without_one(project: Project) -> None:
    """The core reads mkdocs.yml and the engine's schema as data: a check in the core with no engine given (what the
    port is for) loads no module of MkDocs or Material, though mkdocs.yml gives a plugin options, lists a plugin twice
    and asks MkDocs' judgement of `validation` and `nav` (a review of the change: plugins were loaded to ask them);
    with the engine, the same project is judged by MkDocs, which the check then says."""
    project.write(
        "mkdocs.yml",
        MKDOCS_YML.replace("  - search\n", "  - search:\n      lang: en\n      sepparator: x\n  - tags\n")
        + "validation:\n  links:\n    not_found: loud\nnav:\n  - index.md\n  - 5\n",
    )
    code = (
        "import sys; from pathlib import Path\n"
        "from evidence_portfolio.reading.settings import load_settings\n"
        "from evidence_portfolio.site.assemble import assemble\n"
        "engine = None\n"
        "if sys.argv[2] == 'mkdocs':\n"
        "    from evidence_portfolio.mkdocs_engine import MKDOCS as engine\n"
        "problems = assemble(load_settings(Path(sys.argv[1]), None, engine)).problems\n"
        "print(sorted({p.code for p in problems if p.code.startswith('mkdocs')}))\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')}))\n"
    )
    done = {
        engine: subprocess.run(
            [sys.executable, "-c", code, str(project.root), engine], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        for engine in ("none", "mkdocs")
    }
    assert done["none"][-1] == "[]", done
    assert done["mkdocs"][-2] == "['mkdocs-setting', 'mkdocs-warning']", done
