"""The package as a user gets it, apart from the sample: a wheel built from a clean copy of the repository (its
tracked files, and the new ones git does not ignore), installed, not editable, into a fresh virtual environment,
starts a portfolio with `portfolio init` that `mkdocs build --strict` builds, reading nothing from the repository.

The environment is made with `--system-site-packages` and the wheel installed with `--no-deps`, so that the test
needs no network: the dependencies are those the suite runs with. The package itself comes from the wheel (the
editable install of the suite comes later on the path, and an audit hook fails the test if any file of the
repository is opened). Building the wheel needs pip and setuptools (from the index or pip's cache): where that is
impossible, the tests are skipped and say why. The wheel and the environment are made once per session.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPOSITORY

UNAVAILABLE = (
    "No matching distribution found",
    "Could not find a version",
    "NewConnectionError",
    "No module named pip",
)
"""What pip says when it cannot get what building a wheel needs (rather than when the build itself is wrong)."""

AUDITED = textwrap.dedent(
    """\
    # Runs a module as `python -m MODULE ARGS` would, and writes down every file under SOURCE that it opens, as it
    # opens it (`portfolio check` ends its process at once).
    import os, runpy, sys

    source, record, module, *args = sys.argv[1:]
    source = os.path.realpath(source)
    opened = set()
    open(record, "w", encoding="utf-8").close()

    def audit(event, details):
        if event == "open" and details and isinstance(details[0], (str, bytes, os.PathLike)):
            path = os.path.realpath(os.fsdecode(details[0]))
            if (path == source or path.startswith(source + os.sep)) and path not in opened:
                opened.add(path)
                with open(record, "a", encoding="utf-8") as out:
                    out.write(path + "\\n")

    sys.addaudithook(audit)
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    """
)


def _clean_copy(target: Path) -> None:
    """The repository's files as git sees them (tracked, and new ones not ignored), symbolic links as links."""
    try:
        listed = subprocess.run(
            ["git", "-C", str(REPOSITORY), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            check=True,
            capture_output=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"cannot list the repository's files with git, so no clean copy to build a wheel from: {exc}")
    for name in filter(None, listed.decode().split("\0")):
        source, copy = REPOSITORY / name, target / name
        if source.is_symlink() or source.is_file():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy, follow_symlinks=False)


@dataclass
class Built:
    wheel: Path
    source: Path
    """The clean copy of the repository it was built from."""


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """The wheel built from a clean copy of the repository (pip's isolated build, as `pip wheel .`)."""
    folder = tmp_path_factory.mktemp("package")
    _clean_copy(folder / "source")
    assert (folder / "source" / "plugins/evidence_portfolio/site_templates").is_symlink(), "copied as it is tracked"
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(folder / "dist"),
            str(folder / "source"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if built.returncode != 0 and any(sign in built.stdout + built.stderr for sign in UNAVAILABLE):
        pytest.skip(f"building a wheel is impossible here (pip cannot get setuptools): {built.stderr.strip()[-300:]}")
    assert built.returncode == 0, built.stdout + built.stderr
    (found,) = (folder / "dist").glob("evidence_portfolio-*.whl")
    return Built(found, folder / "source")


@dataclass
class Environment:
    """A virtual environment with the wheel installed, and a folder outside the repository to work in."""

    root: Path
    work: Path
    audited: Path

    @property
    def python(self) -> Path:
        return self.root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")

    def run(
        self, module: str, *args: str, cwd: Path | None = None
    ) -> tuple[subprocess.CompletedProcess[str], list[str]]:
        """`python -m MODULE ARGS` in the environment, and the files of the repository it opened."""
        record = self.work / "opened.txt"
        environment = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PORTFOLIO_AUDIENCE")}
        environment["NO_MKDOCS_2_WARNING"] = "1"
        done = subprocess.run(
            [str(self.python), str(self.audited), str(REPOSITORY), str(record), module, *args],
            capture_output=True,
            text=True,
            cwd=cwd or self.work,
            env=environment,
            timeout=300,
        )
        return done, [line for line in record.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def environment(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Environment]:
    folder = tmp_path_factory.mktemp("environment")
    root, work = folder / "venv", folder / "work"
    work.mkdir()
    made = subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(root)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot make a virtual environment here: {made.stderr.strip()}")
    python = Environment(root, work, work).python
    install = ["install", "--quiet", "--no-deps", "--no-index", "--force-reinstall", str(built.wheel)]
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), *install], capture_output=True, text=True, timeout=300
    )
    if "no such option: --python" in installed.stderr:  # pip before 22.3: give the environment a pip of its own
        subprocess.run([str(python), "-m", "ensurepip", "--default-pip"], check=True, capture_output=True)
        installed = subprocess.run([str(python), "-m", "pip", *install], capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    audited = folder / "audited.py"
    audited.write_text(AUDITED, encoding="utf-8")
    yield Environment(root, work, audited)


def _regular_files(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (dot-files too), by its path relative to it."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_wheel_holds_everything_a_portfolio_needs(built: Built) -> None:
    package = built.source / "plugins" / "evidence_portfolio"  # as copied (the repository may change meanwhile)
    with zipfile.ZipFile(built.wheel) as archive:
        entries = {info.filename: info for info in archive.infolist()}
        links = [name for name, info in entries.items() if stat.S_ISLNK(info.external_attr >> 16)]
        assert not links, f"symbolic links in the wheel: {links}"
        expected = {
            f"evidence_portfolio/{folder}/{path}": content
            for folder in ("site_templates", "starter")
            for path, content in _regular_files(package / folder).items()
            if "__pycache__" not in path
        }
        expected |= {
            f"evidence_portfolio/{p.relative_to(package).as_posix()}": p.read_bytes()
            for p in package.rglob("*.py")
            if "__pycache__" not in p.parts
        }
        missing = sorted(set(expected) - set(entries))
        assert not missing, f"files of the package missing from the wheel: {missing}"
        different = [name for name, content in expected.items() if archive.read(name) != content]
        assert not different, f"files whose content differs in the wheel: {different}"
    for required in (
        "evidence_portfolio/site_templates/portfolio/overview.html",
        "evidence_portfolio/site_templates/assets/portfolio/portfolio.css",
        "evidence_portfolio/starter/project/.github/workflows/pull-request.yml",
        "evidence_portfolio/starter/project/.gitignore",
        "evidence_portfolio/starter/frameworks/quest-partnerships.yml",
        "evidence_portfolio/commands/init.py",
    ):
        assert required in entries
    metadata = next(name for name in entries if name.endswith(".dist-info/entry_points.txt"))
    with zipfile.ZipFile(built.wheel) as archive:
        points = archive.read(metadata).decode()
    assert "portfolio = evidence_portfolio.plugin:PortfolioPlugin" in points
    assert "portfolio = evidence_portfolio.cli:run" in points


def test_a_portfolio_started_from_the_installed_package_builds_strictly(environment: Environment) -> None:
    where, opened = environment.run("evidence_portfolio.cli", "schema", "framework")
    assert where.returncode == 0 and not opened, opened
    schema = (REPOSITORY / "schemas/framework.schema.json").read_text(encoding="utf-8")
    assert json.loads(where.stdout) == json.loads(schema), "the installed package gives the repository's schema"

    project = environment.work / "portfolio"
    started, opened = environment.run(
        "evidence_portfolio.cli", "init", str(project), "--framework", "quest-partnerships", "--name", "Vale Trust"
    )
    assert started.returncode == 0, started.stderr
    assert not opened, f"portfolio init read files of the repository: {opened}"
    assert (project / ".github/workflows/publish.yml").is_file() and (project / "requirements.txt").is_file()

    built, opened = environment.run("mkdocs", "build", "--strict", cwd=project)
    assert built.returncode == 0, built.stderr
    assert not opened, f"mkdocs build read files of the repository: {opened}"
    data = json.loads((project / "site/portfolio.json").read_text(encoding="utf-8"))
    assert data["audience"] == "public" and [c["id"] for c in data["challenges"]] == ["partnerships"]
    assert (project / "site/assets/portfolio/portfolio.css").is_file()

    checked, opened = environment.run("evidence_portfolio.cli", "check", "--strict", cwd=project)
    assert checked.returncode == 0 and not opened, checked.stdout + checked.stderr

    located, _ = environment.run("evidence_portfolio.cli", "--help")  # the package the commands above ran
    probe = subprocess.run(
        [str(environment.python), "-c", "import evidence_portfolio, mkdocs; print(evidence_portfolio.__file__)"],
        capture_output=True,
        text=True,
        cwd=environment.work,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
    )
    package = Path(probe.stdout.strip())
    assert located.returncode == 0 and package.is_relative_to(environment.root), package
    assert not package.resolve().is_relative_to(REPOSITORY.resolve())
