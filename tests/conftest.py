"""Fixtures: small portfolio projects written into a temporary folder, built with MkDocs and checked with the command.

A test writes the files it needs (`project.write(...)`), then calls `project.build()` (MkDocs in this process, as
mkdocstrings' tests do) or `project.check()` (the `portfolio` command in a subprocess), and asserts on the HTML,
on `portfolio.json` and on the exact `PATH:LINE` lines reported.

Validation needs neither: `project.problems()` runs the core pipeline in this process (milliseconds), and
`project.command("check", ...)` runs the command's `main` in this process with its output captured.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from hypothesis import settings

if TYPE_CHECKING:
    from evidence_portfolio.model.problems import Problems

os.environ["NO_MKDOCS_2_WARNING"] = "1"
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(
    prefix="portfolio-tests-caches-"
)  # what checks remember, not the user's
atexit.register(shutil.rmtree, os.environ["XDG_CACHE_HOME"], ignore_errors=True)

# The property-based tests try new examples on each run on a developer's machine. CI, which decides whether a change
# lands, tries the same examples each time (PORTFOLIO_FUZZ=fixed): an example a random run finds is then a finding of
# whoever ran it, to be mended with a test of its own, not a failure of the next change that happens to meet it.
settings.register_profile("fixed", derandomize=True, database=None)
if os.environ.get("PORTFOLIO_FUZZ") == "fixed":
    settings.load_profile("fixed")

SCENARIOS = Path(__file__).parent / "scenarios"
REPOSITORY = Path(__file__).parent.parent

FRAMEWORK = """\
id: test-standard
title: Test Standard
rating_scale:
  - {id: poor, label: Poor}
  - {id: fair, label: Fair}
  - {id: good, label: Good}
  - {id: great, label: Great}
sections:
  - {id: plan, label: Plan}
  - {id: do, label: Do}
  - {id: review, label: Review}
rollup: median
min_evidence: 1
challenges:
  - id: partnerships
    title: Partnerships
    outcomes:
      - Partners are involved.
    sections:
      plan:
        question: How do you plan with partners?
        best_practice: Partners plan with us.
      do:
        question: How do you work with partners?
        best_practice: We co-produce.
      review:
        question: How do you review with partners?
        best_practice: Partners review with us.
  - id: people
    title: People
    sections:
      plan:
        question: How do you plan your workforce?
        best_practice: A workforce plan.
"""

MKDOCS_YML = """\
site_name: Test portfolio
docs_dir: evidence
theme:
  name: material
  font: false
plugins:
  - search
  - tags
  - portfolio:
      framework: framework.yml
      as_of: 2026-11-27
"""


class Tagged(str):
    """A value of mkdocs.yml written with one of MkDocs' tags (`!relative $config_dir/x`, `!!python/name:x`), kept as
    written so that a test can read mkdocs.yml, change it and write it back."""

    tag: str


def _tagged(loader: yaml.SafeLoader, tag: str, node: yaml.Node) -> Tagged:
    value = Tagged(node.value if isinstance(node, yaml.ScalarNode) else "")
    value.tag = tag
    return value


class _MkDocsLoader(yaml.SafeLoader):
    """mkdocs.yml read safely, its tagged values kept as written (Tagged)."""


_MkDocsLoader.add_multi_constructor("!", lambda loader, suffix, node: _tagged(loader, "!" + suffix, node))
_MkDocsLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/",
    lambda loader, suffix, node: _tagged(loader, "tag:yaml.org,2002:python/" + suffix, node),
)


class _MkDocsDumper(yaml.SafeDumper):
    """mkdocs.yml written back, its tagged values with their tags."""


_MkDocsDumper.add_representer(Tagged, lambda dumper, value: dumper.represent_scalar(value.tag, str(value)))


def read_mkdocs_yml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_MkDocsLoader)


def write_mkdocs_yml(path: Path, config: Any) -> None:
    path.write_text(yaml.dump(config, Dumper=_MkDocsDumper, sort_keys=False), encoding="utf-8")


@dataclass
class BuildResult:
    """What one `mkdocs build` made: whether it failed, its log lines, and the site folder."""

    failed: bool
    log: list[str]
    site: Path
    error: str = ""
    levels: list[int] = field(default_factory=list, repr=False)
    """The logging level of each line of `log`."""

    @property
    def warnings(self) -> list[str]:
        """The lines logged as warnings or errors (those that fail a strict build, or any build)."""
        return [line for line, level in zip(self.log, self.levels, strict=False) if level >= logging.WARNING]

    @property
    def portfolio(self) -> dict[str, Any]:
        return json.loads((self.site / "portfolio.json").read_text(encoding="utf-8"))

    def html(self, url: str) -> str:
        """The HTML of the page at `url` (as in portfolio.json: "" is the home page)."""
        path = self.site / url
        return (path / "index.html" if url == "" or url.endswith("/") else path).read_text(encoding="utf-8")

    def all_output(self) -> str:
        """Every byte of every file of the site, decoded leniently, for leak checks."""
        return "\n".join(
            p.relative_to(self.site).as_posix() + "\n" + p.read_bytes().decode("utf-8", "replace")
            for p in sorted(self.site.rglob("*"))
            if p.is_file()
        )


@dataclass
class CheckResult:
    code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[str] = []
        self.levels: list[int] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record.getMessage())
        self.levels.append(record.levelno)


@dataclass
class Project:
    """A portfolio project in a temporary folder."""

    root: Path
    _builds: int = field(default=0)

    def write(self, path: str, text: str | bytes) -> Path:
        """Write a file relative to the project root; text is dedented."""
        target = self.root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            target.write_bytes(text)
        else:
            target.write_text(textwrap.dedent(text), encoding="utf-8")
        return target

    def item(self, path: str, front_matter: str, body: str = "Body text.\n") -> Path:
        """Write evidence/<path> with the given front matter (dedented) and body."""
        return self.write(f"evidence/{path}", "---\n" + textwrap.dedent(front_matter).strip("\n") + "\n---\n" + body)

    def build(self, *, strict: bool = False, audience: str | None = None) -> BuildResult:
        """Build the site in this process, like `mkdocs build [--strict]`, with PORTFOLIO_AUDIENCE=audience."""
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        from mkdocs.exceptions import MkDocsException

        self._builds += 1
        site = self.root / f"site-{self._builds}"
        handler = _Collect()
        logger = logging.getLogger("mkdocs")
        logger.addHandler(handler)
        previous = os.environ.pop("PORTFOLIO_AUDIENCE", None)
        if audience is not None:
            os.environ["PORTFOLIO_AUDIENCE"] = audience
        try:
            # (not strict: mkdocs.yml's `strict`, as `mkdocs build` without --strict leaves it)
            config = load_config(str(self.root / "mkdocs.yml"), site_dir=str(site), strict=strict or None)
            build(config)
            return BuildResult(False, handler.records, site, levels=handler.levels)
        except (MkDocsException, SystemExit) as exc:
            return BuildResult(True, handler.records, site, str(exc), levels=handler.levels)
        finally:
            logger.removeHandler(handler)
            os.environ.pop("PORTFOLIO_AUDIENCE", None)
            if previous is not None:
                os.environ["PORTFOLIO_AUDIENCE"] = previous

    def check(self, *args: str, env: dict[str, str] | None = None) -> CheckResult:
        """Run `portfolio check ARGS` on this project, as a user would."""
        return self.run("check", str(self.root), *args, env=env)

    def problems(self, audience: str | None = None) -> Problems:
        """The problems of this project as the core finds them (the list both doors report), in this process, with
        MkDocs as the engine, as both doors give it."""
        from evidence_portfolio.mkdocs_engine import MKDOCS
        from evidence_portfolio.reading.settings import load_settings
        from evidence_portfolio.site.assemble import assemble

        previous = os.environ.pop("PORTFOLIO_AUDIENCE", None)
        try:
            return assemble(load_settings(self.root, audience, MKDOCS)).problems
        finally:
            if previous is not None:
                os.environ["PORTFOLIO_AUDIENCE"] = previous

    def check_in_process(self, *args: str, env: dict[str, str] | None = None) -> CheckResult:
        """`portfolio check ARGS` on this project, run in this process (see `command`)."""
        return self.command("check", str(self.root), *args, env=env)

    def command(self, *args: str, env: dict[str, str] | None = None) -> CheckResult:
        """Run `portfolio ARGS` in this process (`evidence_portfolio.cli.main`), its output captured: as `run`,
        without the cost of starting Python. PORTFOLIO_AUDIENCE is unset unless `env` sets it."""
        from evidence_portfolio.cli import main

        argv = list(args)
        saved = {key: os.environ.get(key) for key in {"PORTFOLIO_AUDIENCE", *(env or {})}}
        os.environ.pop("PORTFOLIO_AUDIENCE", None)
        os.environ.update(env or {})
        stdout, stderr = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
                try:
                    code = main(argv)
                except SystemExit as exc:  # argparse's usage errors, and refusals
                    code = exc.code if isinstance(exc.code, int) else 1
                    if not isinstance(exc.code, int) and exc.code is not None:
                        print(exc.code, file=sys.stderr)
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
        return CheckResult(code, stdout.getvalue(), stderr.getvalue())

    def run(self, *args: str, env: dict[str, str] | None = None) -> CheckResult:
        command = [sys.executable, "-m", "evidence_portfolio.cli", *args]
        environment = {key: value for key, value in os.environ.items() if key != "PORTFOLIO_AUDIENCE"}
        environment.update(env or {})
        done = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=self.root, timeout=120)
        return CheckResult(done.returncode, done.stdout, done.stderr)


@pytest.fixture(autouse=True, scope="session")
def _theme_prepared_once() -> Iterator[None]:
    """The suite builds hundreds of small sites in one process, and MkDocs prepares the theme anew for each: it
    lists and filters the theme's files (Material's: some 14,000) and compiles its Jinja templates. The installed
    theme does not change while the tests run, so its static files are listed once per theme (its folders and
    `static_templates`) and its compiled templates are kept (a Jinja bytecode cache, checked against each
    template's source). What a build writes is the same."""
    from jinja2 import BytecodeCache, Environment
    from jinja2.bccache import Bucket
    from mkdocs.structure.files import Files
    from mkdocs.theme import Theme

    class Compiled(BytecodeCache):
        def __init__(self) -> None:
            self.code: dict[str, bytes] = {}

        def load_bytecode(self, bucket: Bucket) -> None:
            if bucket.key in self.code:
                bucket.bytecode_from_string(self.code[bucket.key])

        def dump_bytecode(self, bucket: Bucket) -> None:
            self.code[bucket.key] = bucket.bytecode_to_string()

    compiled = Compiled()
    get_env = Theme.get_env

    def theme_env(self: Theme) -> Environment:
        env = get_env(self)
        env.bytecode_cache = compiled
        return env

    listed: dict[tuple[object, ...], list[str]] = {}
    theme: list[tuple[object, ...] | None] = [None]
    add_files_from_theme, list_templates = Files.add_files_from_theme, Environment.list_templates

    def add_theme_files(self: Files, env: Environment, config: Any) -> None:
        theme[0] = (*config.theme.dirs, "|", *config.theme.static_templates)
        try:
            add_files_from_theme(self, env, config)
        finally:
            theme[0] = None

    def theme_files(self: Environment, extensions: Any = None, filter_func: Any = None) -> list[str]:
        key = theme[0]
        if key is None or extensions is not None:
            return list_templates(self, extensions, filter_func)
        if key not in listed:
            listed[key] = list_templates(self, extensions, filter_func)
        return list(listed[key])

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Files, "add_files_from_theme", add_theme_files)
        patch.setattr(Environment, "list_templates", theme_files)
        patch.setattr(Theme, "get_env", theme_env)
        yield


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A valid, empty project: the test framework, mkdocs.yml and an empty evidence/ folder."""
    root = tmp_path / "project"
    root.mkdir()
    result = Project(root)
    result.write("framework.yml", FRAMEWORK)
    result.write("mkdocs.yml", MKDOCS_YML)
    (root / "evidence").mkdir()
    yield result


@dataclass(frozen=True)
class LineCase:
    """Files that must give one problem: its `PATH:LINE: severity`, its code and part of its message."""

    name: str
    files: dict[str, str | bytes]
    where: str
    code: str
    says: str = ""

    def check(self, project: Project) -> None:
        """Write the files into `project` and assert that exactly one such problem is found, as its code says."""
        from evidence_portfolio.model.codes import CODES

        assert self.code in CODES
        for path, text in self.files.items():
            project.write(path, text)
        problems = project.problems()
        found = [p for p in problems if f"{p.path}:{p.line}: {p.severity}" == self.where and p.code == self.code]
        assert len(found) == 1, f"expected {self.where} [{self.code}], got:\n" + "\n".join(
            f"{p} [{p.code}]" for p in problems
        )
        assert self.says in found[0].message, found[0].message
        assert found[0].severity == CODES[self.code].severity


def git(project: Project, *args: str) -> None:
    """`git ARGS` in the project's folder, as a test user."""
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.invalid", *args],
        cwd=project.root,
        check=True,
        capture_output=True,
    )


def copy_sample(root: Path, *also: str) -> Project:
    """A copy of the repository's own project (the sample portfolio) in `root`, with the other files `also` names."""
    root.mkdir()
    for name in ("framework.yml", "mkdocs.yml", *also):
        shutil.copyfile(REPOSITORY / name, root / name)
    for name in ("evidence", "site_templates"):
        shutil.copytree(REPOSITORY / name, root / name)
    return Project(root)


@pytest.fixture
def sample(tmp_path: Path) -> Project:
    """A copy of the repository's own project."""
    return copy_sample(tmp_path / "sample")


@pytest.fixture
def scenario(tmp_path: Path):
    """Copy a scenario project from tests/scenarios/ into a temporary folder."""

    def copy(name: str) -> Project:
        root = tmp_path / name
        shutil.copytree(SCENARIOS / name, root, symlinks=True)
        return Project(root)

    return copy


def bookmarks_under(outline: list[Any], title: str) -> list[Any]:
    """The bookmarks of a PDF's outline (pypdf's) under its top-level bookmark titled `title`."""
    top = next(entry for entry in outline if getattr(entry, "title", "") == title)
    return list(outline[outline.index(top) + 1])
