"""`portfolio init`: a new portfolio repository that builds strictly and checks clean on its first day, written from
the files the package ships; and the repository's own copies of those files, made from them."""

from __future__ import annotations

import dataclasses
import datetime
import json
import os
import re
import shlex
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pexpect
import pytest
import yaml

from conftest import FRAMEWORK, REPOSITORY, CheckResult, Project, read_mkdocs_yml
from evidence_portfolio.commands import init
from evidence_portfolio.commands.docs import regenerate
from evidence_portfolio.reading.framework_file import load_framework
from evidence_portfolio.reading.settings import load_settings

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: tomli (zensical installs it)
    import tomli as tomllib

WRITTEN = {
    ".github/pull_request_template.md",
    ".github/workflows/publish.yml",
    ".github/workflows/pull-request.yml",
    ".gitignore",
    ".pre-commit-config.yaml",
    "CONTRIBUTING.md",
    "README.md",
    "evidence/how-to-contribute.md",
    "evidence/index.md",
    "framework.yml",
    "mkdocs.yml",
    "requirements.txt",
    "schemas/framework.schema.json",
    "zensical.toml",
}

CURRENT_ACTIONS = {
    "actions/checkout": "v7",
    "actions/setup-python": "v7",
    "actions/upload-artifact": "v7",
    "actions/download-artifact": "v8",
    "actions/upload-pages-artifact": "v5",
    "actions/deploy-pages": "v5",
}
"""The current major version of every action the workflows call (late 2026)."""


def portfolio_init(folder: Path, *args: str) -> CheckResult:
    """`portfolio init FOLDER ARGS` through the command's `main`, in this process, without a terminal."""
    return Project(folder.parent).command("init", str(folder), *args)


def written(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


# ------------------------------------------------------------------------------------ a portfolio on day one


@pytest.mark.parametrize("name", sorted(init.shipped_frameworks()))
def test_a_new_portfolio_builds_strictly_and_checks_clean_with_each_shipped_framework(tmp_path: Path, name: str):
    folder = tmp_path / "portfolio"
    done = portfolio_init(folder, "--framework", name, "--name", "Riverside Leisure Trust")
    assert done.code == 0, done.stderr
    assert written(folder) == WRITTEN
    assert f'Started the portfolio "Riverside Leisure Trust" in {folder}' in done.stdout
    project = Project(folder)
    built = project.build(strict=True)
    assert not built.failed, "\n".join([built.error, *built.warnings])
    data = built.portfolio
    assert data["audience"] == "public" and data["items"] == [] and data["coverage"] == 0
    framework, _ = load_framework(init.shipped_frameworks()[name], name)
    assert framework is not None
    challenges, to_cover = len(framework.challenges), sum(len(c.sections) for c in framework.challenges)
    counted = f"{challenges} challenge{'s' * (challenges != 1)}, {len(framework.sections)} sections, {to_cover} "
    assert counted + "challenge sections to cover)" in done.stdout, "counted as framework check counts"
    assert [c["id"] for c in data["challenges"]] == [c.id for c in framework.challenges]
    assert all("is not covered" in line for line in built.warnings), "gaps only: warnings that do not fail"
    checked = project.check_in_process("--strict")
    assert checked.code == 0, checked.stdout
    assert project.check_in_process("--strict-gaps").code == 1, "a new portfolio is all gaps"
    overview = built.html("")
    assert "Riverside Leisure Trust" in overview and "how-to-contribute" not in built.all_output()
    # staff's guide to contributing is theirs: the public and the assessor were sent to a repository they cannot open
    internal = project.build(strict=True, audience="internal")
    assert "Everyone who does the work can add evidence" in internal.html("how-to-contribute/")
    # its heading is the site's name, and so is the browser's tab, once: it read "NAME - NAME" (three reviews)
    assert "<title>Riverside Leisure Trust</title>" in overview and '<h1 id="riverside-leisure-trust">' in overview


def test_a_new_portfolios_first_check_imports_no_mkdocs_configuration(tmp_path: Path):
    """The `validation: {anchors: warn}` `portfolio init` writes was judged by importing MkDocs' configuration, which
    cost every first check of a new portfolio 140 ms (a profile of one), and the search plugin's `separator` by
    importing MkDocs' plugins and the plugin, 100 ms more: a level MkDocs' schema lists, and an option of the kind the
    plugin's schema asks, read from their source, are taken as they are. A level MkDocs does not list is still its to
    judge, at its line."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder).code == 0
    assert "validation:\n  anchors: warn\n" in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    imports = (
        "import sys\nfrom evidence_portfolio.commands.command_line import main\n"
        f"sys.argv = ['portfolio', 'check', {str(folder)!r}, '--no-cache']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(name for name in sys.modules if name.startswith('mkdocs.config')))\n"
    )
    run = [sys.executable, "-c", imports]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(run, capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout  # (nor its plugins': search's separator too)
    mkdocs_yml = folder / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text(encoding="utf-8").replace("anchors: warn", "anchors: loud"), "utf-8")
    line = mkdocs_yml.read_text(encoding="utf-8").split("\nvalidation:")[0].count("\n") + 2
    done = subprocess.run(run, capture_output=True, text=True, env=env, check=True)
    assert "mkdocs.config.defaults" in done.stdout
    assert f"mkdocs.yml:{line}: error: MkDocs says of validation: Sub-option 'links': Sub-option 'anchors': " in (
        done.stdout
    )


def test_the_contributor_guides_worked_example_goes_as_it_says_in_a_new_portfolio(tmp_path: Path):
    """Its step 5 opened a `files` folder that a new portfolio does not have (a new-organisation review): followed
    in a new portfolio, the case study gives the error the guide shows, and, its PDF uploaded beside it, none."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "quest-partnerships").code == 0
    guide = (folder / "CONTRIBUTING.md").read_text(encoding="utf-8").split("## A complete worked example")[1]
    item = guide.split("```markdown\n", 1)[1].split("```\n", 1)[0]
    said = guide.split("**4.**", 1)[1].split("```\n", 1)[1].split("```", 1)[0].strip()
    (path,) = re.findall(r"names\s+the file `([^`]+)`", guide)[:1]
    opened = re.search(r"opens `evidence` → `([^`]+)` → `([^`]+)`", guide)
    assert opened is not None
    page = folder / "evidence" / opened[1] / opened[2] / path
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(item, encoding="utf-8")
    project = Project(folder)
    assert said in project.check().stdout.splitlines()
    (page.parent / "dementia-swimming-evaluation.pdf").write_bytes(b"%PDF-1.4\n")
    assert not [line for line in project.check().stdout.splitlines() if ": error: " in line]


def test_a_framework_of_its_own_gives_an_overview_of_its_challenges_and_sections(tmp_path: Path):
    own = tmp_path / "standard.yml"
    own.write_text(FRAMEWORK, encoding="utf-8")
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(own)).code == 0
    assert (folder / "framework.yml").read_text(encoding="utf-8") == FRAMEWORK
    built = Project(folder).build(strict=True)
    assert not built.failed, built.error
    overview = built.html("")
    for text in ("Test Standard", "Partnerships", "People", "Plan", "Do", "Review"):
        assert text in overview
    sections = {c["id"]: [s["id"] for s in c["sections"]] for c in built.portfolio["challenges"]}
    assert sections == {"partnerships": ["plan", "do", "review"], "people": ["plan"]}
    contributing = (folder / "CONTRIBUTING.md").read_text(encoding="utf-8")
    framework, _ = load_framework(folder / "framework.yml", "framework.yml")
    assert framework is not None and regenerate(contributing, framework) == contributing
    templates = contributing.split("<!-- portfolio:templates -->")[1].split("<!-- /portfolio:templates -->")[0]
    assessment = templates.split("### Self-assessment")[1]
    assert "challenge: partnerships" in assessment and "## Review\n" in assessment and "## Measure" not in assessment
    assert "| `unknown-key` |" in contributing


def _new_portfolio_with_an_item(tmp_path: Path, name: str, body: str) -> Project:
    """A portfolio `portfolio init` has just started with the test's framework, holding one public item `name` of
    partnerships/do with `body`."""
    own = tmp_path / "standard.yml"
    own.write_text(FRAMEWORK, encoding="utf-8")
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(own)).code == 0
    project = Project(folder)
    front = f"title: {name.title()}\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-14\nvisibility: public\n"
    project.item(f"partnerships/{name}.md", front, body)
    return project


def test_a_mermaid_fence_in_a_new_portfolio_is_a_diagram(tmp_path: Path):
    """The README says a ```mermaid fence is drawn: the new portfolio's mkdocs.yml makes it the diagram Material
    draws (tests/test_browser.py draws one), not a block of code."""
    project = _new_portfolio_with_an_item(tmp_path, "flow", "```mermaid\ngraph TD\n  Plan --> Deliver\n```\n")
    built = project.build(strict=True)
    assert not built.failed, built.error
    page = built.html("partnerships/flow/")
    assert '<pre class="mermaid"><code>graph TD' in page and "language-mermaid" not in page


def test_a_checklist_and_a_footnote_in_a_new_portfolio_are_shown_as_such(tmp_path: Path):
    """A checklist (`- [x] survey sent`) and a footnote (`text[^1]`), everyday in what staff paste from Word or
    Planner, were warned of in a new portfolio, whose mkdocs.yml turned neither on, the only fix an edit of it
    (a staff review): they are on, the check strict passes, and the page shows a checkbox and a note."""
    body = "- [x] survey sent\n- [ ] results read\n\nWe asked every club.[^1]\n\n[^1]: Forty-two clubs answered.\n"
    project = _new_portfolio_with_an_item(tmp_path, "survey", body)
    checked = project.check_in_process("--strict")
    assert checked.code == 0, checked.stdout
    built = project.build(strict=True)
    assert not built.failed, built.error
    page = built.html("partnerships/survey/")
    assert 'class="task-list-item"' in page and 'type="checkbox"' in page and "[x]" not in page
    assert 'class="footnote"' in page and "Forty-two clubs answered." in page and "[^1]" not in page


def test_a_block_of_html_copied_from_a_readme_is_told_and_its_fix_works_in_a_new_portfolio(tmp_path: Path):
    """A `<details>` block copied from a README shows its list as typed, told (markdown-in-html) at its line in both
    doors; written `<details markdown>`, as told, the new portfolio's mkdocs.yml (md_in_html) shows the list."""
    own = tmp_path / "standard.yml"
    own.write_text(FRAMEWORK, encoding="utf-8")
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(own)).code == 0
    project = Project(folder)
    front = "title: Bid\ntype: evidence\nmaps_to: partnerships/do\ndate: 2026-05-14\nvisibility: public\n"
    details = "<details>\n<summary>More</summary>\n\n- a joint bid\n- shared targets\n</details>\n"
    project.item("partnerships/bid.md", front, details)
    told = [str(p) for p in project.problems() if p.code == "markdown-in-html"]
    assert told == [
        "evidence/partnerships/bid.md:11: warning: this line is Markdown inside the HTML block that <details> on line "
        '8 starts, which the site shows as it is typed up to </details>, so the page shows "- a joint bid" with its '
        "marks, though GitHub's preview reads it as Markdown; write markdown in the tag on line 8 (<details markdown>)"
    ]
    built = project.build(strict=True)
    assert built.failed and f"portfolio: {told[0]}" in built.log
    project.item("partnerships/bid.md", front, details.replace("<details>", "<details markdown>"))
    assert [p for p in project.problems() if p.code == "markdown-in-html"] == []
    built = project.build(strict=True)
    assert not built.failed, built.error
    assert "<li>a joint bid</li>" in built.html("partnerships/bid/")


def test_the_contributor_guides_examples_name_the_frameworks_own_challenge_and_sections(tmp_path: Path):
    """The guide's worked example, folders and `portfolio new` command named Quest's `partnerships/do` whatever the
    framework, and failed as written (an outside review): they name the first challenge's id and sections."""
    own = tmp_path / "standard.yml"
    own.write_text(
        FRAMEWORK.replace("  - id: partnerships\n", "  - id: reach\n")
        .replace("sections:\n  - {id: plan, label: Plan}", "sections:\n  - {id: intent, label: Intent}")
        .replace("      plan:\n        question: How do you plan", "      intent:\n        question: How do you plan"),
        encoding="utf-8",
    )
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(own)).code == 0, "the framework is valid"
    contributing = (folder / "CONTRIBUTING.md").read_text(encoding="utf-8")
    guide = contributing.split("## What each message means")[0]  # the messages' own examples say they are examples
    assert "partnerships" not in guide
    assert "such as *" in contributing and "`reach`" in contributing and "`intent`, `do` and `review`" in contributing
    # its rating scale too, where Quest's five levels were named (an outside review)
    assert "*Poor*, *Fair*, *Good* or *Great*" in guide and "A rating of *Fair* or above" in contributing
    assert "Unsatisfactory" not in guide
    (command,) = [line for line in contributing.splitlines() if line.startswith("portfolio new case-study")]
    assert "--maps-to reach/do " in command
    made = Project(folder).command(*shlex.split(command)[1:], "--project", str(folder))
    assert made.code == 0, made.stderr
    assert Project(folder).check().code == 0


@pytest.mark.parametrize(
    ("age", "says"),
    [
        ("max_evidence_age_days: 730\n", "older than the framework allows (two years for us)"),
        ("max_evidence_age_days: 1095\n", "older than the framework allows (three years for us)"),
        ("max_evidence_age_days: 400\n", "older than the framework allows (400 days for us)"),
        ("", "older than the framework allows (our framework sets no age, so no evidence of ours is stale)"),
    ],
)
def test_the_guide_says_how_old_evidence_may_be_as_the_framework_does(tmp_path: Path, age: str, says: str):
    """The guide's glossary said stale evidence was "three years" old whatever the framework's
    max_evidence_age_days (a new organisation's review): it says the framework's own; a framework changed since is
    said of the guide as words, and `portfolio guide` writes it. A guide written before it kept the age, by an
    earlier version, is not judged on it, and `portfolio guide` still writes it."""
    own = tmp_path / "standard.yml"
    own.write_text(re.sub(r"max_evidence_age_days: \d+\n", "", FRAMEWORK) + age, encoding="utf-8")
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(own)).code == 0
    guide = folder / "CONTRIBUTING.md"
    assert says in guide.read_text(encoding="utf-8")
    project = Project(folder)
    assert "guide-out-of-date" not in {p.code for p in project.problems()}
    framework = folder / "framework.yml"
    framework.write_text(
        framework.read_text(encoding="utf-8") + "max_evidence_age_days: 365\n"
        if not age
        else framework.read_text(encoding="utf-8").replace(age, "max_evidence_age_days: 365\n")
    )
    (said,) = [p for p in project.problems() if p.code == "guide-out-of-date"]
    assert "its examples name the framework's titles, questions or levels' labels as they were" in said.message
    assert project.command("guide", str(folder)).code == 0
    assert "older than the framework allows (one year for us)" in guide.read_text(encoding="utf-8")
    # a guide whose comment keeps no age (an earlier version wrote it): not judged on it, and rewritten all the same
    text = guide.read_text(encoding="utf-8")
    kept = re.sub(r', "stale_age": "[^"]*"', "", text)
    assert kept != text
    guide.write_text(kept, encoding="utf-8")
    assert "guide-out-of-date" not in {p.code for p in project.problems()}
    framework.write_text(framework.read_text(encoding="utf-8").replace("id: partnerships", "id: reach", 1))
    assert project.command("guide", str(folder)).code == 0
    assert "`reach/do`" in guide.read_text(encoding="utf-8")


def test_metrics_added_to_the_framework_by_hand_are_said_of_the_guide(tmp_path: Path):
    """A `metrics:` block added to framework.yml by hand left the guide's templates without their `measures:` line,
    which `portfolio guide` then wrote, and the check said nothing, though the docs say it does (a staff review): it
    is said, and `portfolio guide` writes the line."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "quest-partnerships").code == 0
    guide = folder / "CONTRIBUTING.md"
    project = Project(folder)
    assert "guide-out-of-date" not in {p.code for p in project.problems()}
    before = guide.read_text(encoding="utf-8").count("measures:")
    framework = folder / "framework.yml"
    framework.write_text(
        framework.read_text(encoding="utf-8")
        + "metrics:\n  - id: partner-nps\n    label: Partner NPS\n    kind: nps\n    section: partnerships/measure\n"
    )
    (said,) = [p for p in project.problems() if p.code == "guide-out-of-date"]
    assert said.path == "CONTRIBUTING.md" and said.severity == "warning"
    assert "its templates leave out the `measures:` line for the framework's metrics" in said.message, said.message
    assert project.command("guide", str(folder)).code == 0
    assert guide.read_text(encoding="utf-8").count("measures:") > before
    assert "guide-out-of-date" not in {p.code for p in project.problems()}


def test_the_settings_it_writes(tmp_path: Path):
    folder = tmp_path / "portfolio"
    name = 'Riverside: "Trust" #1 & Co'
    done = portfolio_init(folder, "--framework", "blank", "--name", name, "--site-url", "https://example.org/p/")
    assert done.code == 0, done.stderr
    config = read_mkdocs_yml(folder / "mkdocs.yml")
    assert config["site_name"] == name and config["site_url"] == "https://example.org/p/"
    assert config["theme"] == {
        "name": "material",
        "font": False,
        "features": ["navigation.sections", "search.highlight"],
    }
    plugins = config["plugins"]
    assert plugins[:2] == [{"search": {"separator": "[\\s\\-+]+"}}, "tags"]  # "+58" found as written
    assert plugins[2] == {
        "portfolio": {"framework": "$config_dir/framework.yml", "audience": "public", "strict_gaps": False}
    }
    assert plugins[2]["portfolio"]["framework"].tag == "!relative", "MkDocs' own tag, which stops Zensical"
    assert "PORTFOLIO_AUDIENCE=internal mkdocs serve" in (folder / "mkdocs.yml").read_text(encoding="utf-8")
    guard = (folder / "zensical.toml").read_text(encoding="utf-8")
    assert "portfolio generate" in guard.splitlines()[0]
    assert tomllib.loads(guard)["project"]["site_name"] == name
    intro = (folder / "evidence/index.md").read_text(encoding="utf-8")
    assert yaml.safe_load(intro.split("---\n")[1])["title"] == name
    assert (folder / "README.md").read_text(encoding="utf-8").startswith(f"# {name}\n")
    schema = json.loads((folder / "schemas/framework.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert "# yaml-language-server: $schema=schemas/framework.schema.json" in (folder / "framework.yml").read_text()
    assert not [path for path in WRITTEN if "@@" in (folder / path).read_text(encoding="utf-8")]


def test_the_as_of_line_it_suggests_works_as_shown(tmp_path: Path):
    """A new portfolio had no `as_of` to copy, and staff wrote one unquoted, where a day that does not exist stops
    MkDocs itself with a traceback (an outside review): the line it shows, its "#" removed, sets the day."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    settings = (folder / "mkdocs.yml").read_text(encoding="utf-8")
    assert settings.count('      # as_of: "2027-03-15"\n') == 1
    (folder / "mkdocs.yml").write_text(settings.replace('# as_of: "2027-03-15"', 'as_of: "2027-03-15"'))
    assert read_mkdocs_yml(folder / "mkdocs.yml")["plugins"][2]["portfolio"]["as_of"] == "2027-03-15"
    assert load_settings(folder).as_of == datetime.date(2027, 3, 15)
    assert Project(folder).check().code == 0
    (folder / "mkdocs.yml").write_text(settings.replace('# as_of: "2027-03-15"', 'as_of: "2027-02-30"'))
    line = settings[: settings.index('# as_of: "2027-03-15"')].count("\n") + 1
    said = f'mkdocs.yml:{line}: error: the portfolio option as_of is "2027-02-30"'
    assert Project(folder).check().stderr.startswith(said)


def test_a_link_to_a_heading_that_is_not_there_is_a_warning_in_a_new_portfolio(tmp_path: Path):
    """A link to a heading renamed or typed wrong passed both doors, said only in a note of MkDocs' that `-q` hides
    (a careless-user review): the starter's mkdocs.yml makes it a warning, which both doors name."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    project = Project(folder)
    front = "title: A\ntype: evidence\nmaps_to: first-challenge/plan\ndate: 2026-01-01\nvisibility: public"
    project.write("evidence/a.md", f"---\n{front}\n---\n## Our feedback\n\nSee [the feedback](#feedbak).\n")
    checked = project.check("--strict")
    said = 'evidence/a.md:10: warning: the link "#feedbak" leads to the place "#feedbak", which this page does not have'
    assert checked.code == 1 and said in checked.stdout and 'did you mean "our-feedback"?' in checked.stdout
    assert project.build(strict=True).failed
    project.write("evidence/a.md", f"---\n{front}\n---\n## Our feedback\n\nSee [the feedback](#our-feedback).\n")
    assert "leads to the place" not in project.check().stdout


def test_the_guide_follows_a_framework_imported_over_the_one_it_was_written_for(tmp_path: Path):
    """A new portfolio started from the blank framework, whose own framework is then imported over framework.yml as
    its header says: CONTRIBUTING.md and the pull-request template named the blank's "first-challenge" in every
    example and template, which `portfolio check` refuses when pasted (a new organisation's review). The import
    writes them for the new framework, keeping what the organisation wrote, and names a line it changed that still
    names the challenge before. Imported elsewhere, it touches nothing."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    guide = folder / "CONTRIBUTING.md"
    text = guide.read_text(encoding="utf-8")
    assert "`first-challenge/measure`" in text
    ours = "See `first-challenge/plan` for our own example."
    guide.write_text(text + "\n" + ours + "\n<!-- Portfolio lead: Jo Bloggs -->\n", encoding="utf-8")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(
        "challenge,section,question,best_practice\n"
        "Inclusive participation,Prepare,How do you prepare?,We prepare.\n"
        "Inclusive participation,Deliver,How do you deliver?,We deliver.\n"
        "Workforce,Prepare,How do staff prepare?,Staff prepare.\n",
        encoding="utf-8",
    )
    project = Project(folder)
    elsewhere = project.command("framework", "import", str(sheet), "-o", str(folder / "other.yml"))
    assert elsewhere.code == 0 and guide.read_text(encoding="utf-8").count("first-challenge") > 10
    scale = ("--scale", "Emerging,Developing,Established,Leading")
    imported = project.command(
        "framework", "import", str(sheet), *scale, "-o", str(folder / "framework.yml"), "--force"
    )
    assert imported.code == 0, imported.stderr
    text = guide.read_text(encoding="utf-8")
    line = text.split("\n").index(ours) + 1
    assert "rewrote CONTRIBUTING.md: its examples and templates now name this framework" in imported.stderr
    assert (
        f"CONTRIBUTING.md:{line}: this line, changed since `portfolio init` wrote it, still names the challenge "
        '"first-challenge" of the framework before'
    ) in imported.stderr
    assert [number for number, said in enumerate(text.split("\n"), 1) if "first-challenge" in said] == [line]
    assert "such as *Inclusive participation*" in text and "`inclusive-participation/deliver`" in text
    assert text.endswith("<!-- Portfolio lead: Jo Bloggs -->\n")
    assert "measures:" not in text, "no template offers figures for metrics a framework without any has no use for"
    template = (folder / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert "`inclusive-participation/deliver`" in template and "developing → established" in template
    # each template of the guide, pasted as it is, names this framework's challenges and levels
    blocks = re.findall(r"```markdown\n(---\n.*?)```", text.split("<!-- portfolio:templates -->")[1], re.S)
    assert len(blocks) >= 5
    for number, block in enumerate(blocks):
        project.write(f"evidence/pasted-{number}.md", block)
    codes = {p.code for p in project.problems() if p.path.startswith("evidence/pasted-")}
    assert not codes & {"unknown-challenge", "unknown-section", "unknown-rating", "bad-target"}, codes


def test_a_framework_imported_apart_names_the_portfolio_s_file_once_in_it(tmp_path: Path):
    """A framework imported to csp.yml, then given to `init`, told the portfolio to check it with `portfolio
    framework check csp.yml`, a file the portfolio does not have (a new organisation's review)."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("challenge,section,question,best_practice\nOne,Plan,How?,Well.\n", encoding="utf-8")
    project = Project(tmp_path)
    assert project.command("framework", "import", str(sheet), "-o", str(tmp_path / "csp.yml")).code == 0
    assert "`portfolio framework check csp.yml`" in (tmp_path / "csp.yml").read_text(encoding="utf-8")
    assert portfolio_init(tmp_path / "portfolio", "--framework", str(tmp_path / "csp.yml")).code == 0
    text = (tmp_path / "portfolio/framework.yml").read_text(encoding="utf-8")
    assert "`portfolio framework check framework.yml`" in text and "csp.yml`" not in text


def test_it_pins_the_package_and_its_hook_checks_with_it(tmp_path: Path):
    """The pre-commit hook named this project's repository at a tag of its version: a placeholder address and a tag
    no one had pushed, so `pre-commit install` led to commits that failed to fetch it (an outside review). It is a
    local hook now, running the tools requirements.txt installs, as the workflows do: it works as printed, offline."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    version = metadata.version("evidence-portfolio")
    requirements = (folder / "requirements.txt").read_text(encoding="utf-8")
    assert [line for line in requirements.splitlines() if not line.startswith("#")] == [
        f"evidence-portfolio[pdf]=={version}"
    ]
    pyproject = tomllib.loads((REPOSITORY / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == version, "the installed package is this checkout's"
    config = yaml.safe_load((folder / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    assert [repo["repo"] for repo in config["repos"]] == ["local"]
    environment = {
        **os.environ,
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",  # the tools, as pip installs them
    }

    def hook() -> subprocess.CompletedProcess[str]:
        run = ["pre-commit", "run", "portfolio-check", "--all-files"]
        return subprocess.run(run, cwd=folder, env=environment, capture_output=True, text=True, timeout=120)

    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=folder, check=True)
    subprocess.run(["git", "add", "-A"], cwd=folder, check=True)
    passed = hook()
    assert passed.returncode == 0 and "portfolio check" in passed.stdout and "Passed" in passed.stdout, passed
    (folder / "evidence/a.md").write_text("---\ntitle: A\ntype: evidence\ndate: 2026-02-30\n---\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=folder, check=True)
    failed = hook()
    assert failed.returncode == 1 and "Failed" in failed.stdout, failed
    assert "evidence/a.md:4: error: " in failed.stdout, failed.stdout


def test_its_workflows_install_the_pinned_package_and_check_as_the_issue_says(tmp_path: Path):
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    for name in ("pull-request.yml", "publish.yml"):
        text = (folder / ".github/workflows" / name).read_text(encoding="utf-8")
        workflow = yaml.safe_load(text)
        installs = [
            step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "pip" in step.get("run", "")
        ]
        assert installs and set(installs) == {"python -m pip install -r requirements.txt"}, name
        assert "-e ." not in text
    pull_request = (folder / ".github/workflows/pull-request.yml").read_text(encoding="utf-8")
    # the audience the pull request's build holds: what fails it is annotated (an outside review)
    assert "run: portfolio check --strict --format github --audience internal" in pull_request
    assert "PORTFOLIO_AUDIENCE=internal mkdocs build --strict" in pull_request
    assert 'portfolio report --audience internal --base "origin/${BASE_REF}" --format markdown' in pull_request
    publish = (folder / ".github/workflows/publish.yml").read_text(encoding="utf-8")
    assert "run: portfolio check --strict --format github --audience public" in pull_request
    # an accreditor's self-assessment rated on internal evidence alone is "not backed" in the assessor's site only: a
    # staff walkthrough found no check of the pull request told it
    assert "run: portfolio check --strict --format github --audience accreditor" in pull_request
    public = [step.get("run") for step in yaml.safe_load(publish)["jobs"]["public"]["steps"]]
    assert public.index("portfolio check --strict --audience public") < public.index(
        "PORTFOLIO_AUDIENCE=public mkdocs build --strict --site-dir site"
    )
    accreditor = yaml.safe_load(publish)["jobs"]["accreditor"]["steps"]
    assert "portfolio pack --audience accreditor" in [step.get("run") for step in accreditor]
    upload = next(step for step in accreditor if step.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "packs/portfolio-pack-accreditor-*.zip" and upload["with"]["archive"] is False


def test_every_workflow_calls_the_current_major_version_of_each_action():
    files = [*(REPOSITORY / ".github/workflows").glob("*.yml"), *(init.PROJECT / ".github/workflows").glob("*.yml")]
    assert len(files) == 4
    for file in files:
        for action, version in re.findall(r"uses: ([\w.-]+/[\w.-]+)@(\S+)", file.read_text(encoding="utf-8")):
            assert CURRENT_ACTIONS.get(action) == version, f"{file}: {action}@{version}"


# ------------------------------------------------------------------------------------------------ refusals


def test_it_refuses_a_folder_that_is_not_empty(tmp_path: Path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    done = portfolio_init(folder, "--framework", "blank")
    assert done.code == 2 and "is not empty (it holds notes.txt)" in done.stderr
    assert written(folder) == {"notes.txt"}
    file = tmp_path / "file"
    file.write_text("", encoding="utf-8")
    assert portfolio_init(file, "--framework", "blank").code == 2
    # a link to a folder that is not there: "[Errno 17] File exists" (an outside review)
    (tmp_path / "gone").symlink_to(tmp_path / "nowhere")
    linked = portfolio_init(tmp_path / "gone", "--framework", "blank")
    assert linked.code == 2 and "gone is a link to a folder that is not there; remove the link" in linked.stderr


def test_it_refuses_a_folder_inside_another_sites_pages(tmp_path: Path):
    """A portfolio started inside another portfolio's evidence/ was written, and the other's site then published its
    files as pages, to everyone (an outside review); beside it, or in another site's folder, it is welcome."""
    outer = tmp_path / "outer"
    assert portfolio_init(outer, "--framework", "blank", "--name", "Outer").code == 0
    inside = outer / "evidence" / "nested" / "deeper"
    done = portfolio_init(inside, "--framework", "blank")
    assert done.code == 2 and not inside.exists() and not inside.parent.exists()
    assert done.stderr == (
        f"portfolio init: {inside} is inside {(outer / 'evidence').resolve()}, the folder of pages of the site made "
        f"by {(outer / 'mkdocs.yml').resolve()}, which would publish the new portfolio's files as pages of its own; "
        f"start the portfolio in a folder outside {(outer / 'evidence').resolve()}\n"
    )
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "mkdocs.yml").write_text("site_name: S\ndocs_dir: 'pages'  # its own\n", encoding="utf-8")
    assert portfolio_init(tmp_path / "site" / "pages" / "p", "--framework", "blank").code == 2
    assert portfolio_init(tmp_path / "site" / "docs" / "p", "--framework", "blank", "--name", "P").code == 0
    assert portfolio_init(outer / "beside", "--framework", "blank", "--name", "Beside").code == 0
    (tmp_path / "yaml").mkdir()
    (tmp_path / "yaml" / "mkdocs.yaml").write_text("site_name: Y\n", encoding="utf-8")  # its other name
    assert portfolio_init(tmp_path / "yaml" / "docs" / "p", "--framework", "blank").code == 2


def test_a_folder_name_too_long_is_refused_in_a_line(tmp_path: Path):
    """It ended in a traceback (File name too long; an outside review)."""
    done = portfolio_init(tmp_path / ("d" * 300), "--framework", "blank", "--name", "x")
    assert done.code == 2 and "cannot be used (File name too long); name another folder" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr


def test_the_next_steps_quote_a_folder_with_spaces(tmp_path: Path):
    """`cd My portfolio` is two words to a shell: the steps are to be copied as they are, in every shell."""
    folder = tmp_path / "My portfolio"
    done = portfolio_init(folder, "--framework", "blank", "--name", "x")
    assert done.code == 0 and f'  cd "{folder}"\n' in done.stdout, done.stdout
    # an apostrophe and an ampersand: in double quotes, as every shell reads them (a staff review)
    folder = tmp_path / "Siân's Portfolio & Co (2026)"
    done = portfolio_init(folder, "--framework", "blank", "--name", "x")
    assert done.code == 0 and f'  cd "{folder}"\n' in done.stdout, done.stdout


def test_the_next_steps_say_no_cd_into_the_folder_it_runs_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`portfolio init .` said `cd .` as its first step (a new organisation's review)."""
    folder = tmp_path / "here"
    folder.mkdir()
    monkeypatch.chdir(folder)
    done = Project(tmp_path).command("init", ".", "--framework", "blank", "--name", "x")
    assert done.code == 0 and "Next:\n  python -m pip install -r requirements.txt" in done.stdout, done.stdout
    assert "  cd " not in done.stdout


def test_a_folder_holding_only_git_counts_as_empty(tmp_path: Path):
    folder = tmp_path / "clone"
    (folder / ".git").mkdir(parents=True)
    assert portfolio_init(folder, "--framework", "blank").code == 0
    assert written(folder) - {p for p in written(folder) if p.startswith(".git/")} == WRITTEN


def test_a_repository_github_has_just_made_counts_as_empty(tmp_path: Path):
    """A clone of a repository made on GitHub with "Add a README" and a licence ticked was refused, "not empty (it
    holds LICENSE, README.md)", with no way forward (an outside review): the licence is kept, the README replaced, a
    .gitignore added to;
    any other file, or a README of more than GitHub's two lines, is still refused, saying what to do."""
    folder = tmp_path / "clone"
    (folder / ".git").mkdir(parents=True)
    (folder / "LICENSE").write_text("MIT License\n\nCopyright (c) 2026 Vale Trust\n", encoding="utf-8")
    (folder / "README.md").write_text("# vale-portfolio\nOur evidence portfolio\n", encoding="utf-8")
    assert portfolio_init(folder, "--framework", "blank", "--name", "Vale Trust").code == 0
    assert (folder / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    assert (folder / "README.md").read_text(encoding="utf-8").startswith("# Vale Trust\n")
    assert written(folder) - {p for p in written(folder) if p.startswith(".git/")} == WRITTEN | {"LICENSE"}
    # "Add .gitignore" ticked too (a careless user's review): GitHub's template kept, the portfolio's lines added
    templated = tmp_path / "templated"
    (templated / ".git").mkdir(parents=True)
    (templated / ".gitignore").write_text("# Byte-compiled\n__pycache__/\n/site\n", encoding="utf-8")
    assert portfolio_init(templated, "--framework", "blank").code == 0
    ignored = (templated / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ignored[:3] == ["# Byte-compiled", "__pycache__/", "/site"] and ignored.count("__pycache__/") == 1
    assert {"/site/", "/packs/", "Thumbs.db"} <= set(ignored)
    # one that would leave the portfolio's own files out of git is refused, at its line, and nothing written (a
    # hostile review: `git add -A` then left out every item)
    hiding = tmp_path / "hiding"
    (hiding / ".git").mkdir(parents=True)
    (hiding / ".gitignore").write_text("build/\n*.egg-info/\n\nevidence/\n", encoding="utf-8")
    refused = portfolio_init(hiding, "--framework", "blank")
    assert refused.code == 2 and f'{hiding / ".gitignore"}:4: "evidence/" would leave evidence' in refused.stderr
    assert sorted(path.name for path in hiding.iterdir()) == [".git", ".gitignore"]
    # the last pattern that matches decides, as in git: `!` takes the files back in (a review of valid portfolios)
    (hiding / ".gitignore").write_text(
        "*.yml\n*.yaml\n!mkdocs.yml\n!framework.yml\n!.github/**/*.yml\n!.pre-commit-config.yaml\n", encoding="utf-8"
    )
    assert portfolio_init(hiding, "--framework", "blank").code == 0
    own = tmp_path / "own"
    (own / ".git").mkdir(parents=True)
    (own / "README.md").write_text("# Notes\n\nMinutes of the board.\n\nActions.\n", encoding="utf-8")
    refused = portfolio_init(own, "--framework", "blank")
    assert refused.code == 2 and f"{own} is not empty (it holds README.md)" in refused.stderr
    assert "name a new folder, or move those files out" in refused.stderr
    assert (own / "README.md").read_text(encoding="utf-8").startswith("# Notes")
    # a heading and one line of the organisation's own, not in a git clone (a new organisation's review: replaced)
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "README.md").write_text("# Shire portfolio\n\nContact Jo on 07700 900123.\n", encoding="utf-8")
    refused = portfolio_init(notes, "--framework", "blank")
    assert refused.code == 2 and f"{notes} is not empty (it holds README.md)" in refused.stderr
    assert "07700 900123" in (notes / "README.md").read_text(encoding="utf-8")
    # a pipe named README.md, which reading would wait on for ever, and a licence that is a link to the README (a
    # review): neither is GitHub's, and both are refused, untouched
    piped = tmp_path / "piped"
    (piped / ".git").mkdir(parents=True)
    os.mkfifo(piped / "README.md")
    done = subprocess.run(
        [sys.executable, "-m", "evidence_portfolio.cli", "init", str(piped), "--framework", "blank"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "(it holds README.md)" in done.stderr, done.stderr
    linked = tmp_path / "linked"
    (linked / ".git").mkdir(parents=True)
    (linked / "README.md").write_text("# linked\n", encoding="utf-8")
    (linked / "LICENSE").symlink_to("README.md")
    refused = portfolio_init(linked, "--framework", "blank")
    assert refused.code == 2 and "(it holds LICENSE)" in refused.stderr, refused.stderr
    assert (linked / "README.md").read_text(encoding="utf-8") == "# linked\n"


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["--framework", "quest"],
            'no framework of that name shipped with the tools; did you mean "quest-partnerships"?',
        ),
        (
            ["--framework", "sheet.xlsx"],
            "turn it into a framework file first with portfolio framework import sheet.xlsx",
        ),
        (
            ["--framework", "book.xlsm"],
            "turn it into a framework file first with portfolio framework import book.xlsm -o framework.yml",
        ),
        (
            ["--framework", "Quest Partnerships.docx"],
            '"Quest Partnerships.docx" is a document, not a framework file. Copy the framework\'s table into Excel',
        ),
        (["--name", " "], "--name: the name is empty"),
        (["--name", "two\nlines"], "the name must be one line of text"),
        (["--site-url", "example.org"], '--site-url "example.org" is not a web address'),
        (  # the address bar of the repository's page, copied (a new organisation's review: the site published wrong)
            ["--site-url", "https://github.com/ShireSport/Evidence-Portfolio"],
            "is the repository's page on GitHub, not the address of the site; GitHub Pages publishes it at "
            "https://shiresport.github.io/Evidence-Portfolio/",
        ),
        (
            ["--site-url", "https://github.com/shire/Shire.github.io"],
            "GitHub Pages publishes it at https://shire.github.io/ (Settings",
        ),
    ],
)
def test_usage_problems_write_nothing(tmp_path: Path, args: list[str], says: str):
    folder = tmp_path / "portfolio"
    done = portfolio_init(folder, *args)
    assert done.code == 2 and says in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not folder.exists()


def test_a_frameworks_text_saved_as_a_text_file_is_told_to_be_made_a_spreadsheet(tmp_path: Path):
    """The framework's own text, copied into Notepad (" Outcomes", then "\u00b7 The organisation...") was told of 56
    lines of YAML to mend (a new organisation's review): it is a document, told how to import it, as a .docx is; a
    framework file saved by Notepad as .txt is read as before."""
    document = tmp_path / "quest.txt"
    document.write_text(" Outcomes\n\u00b7 The organisation has identified who is important.\n", encoding="utf-8")
    done = portfolio_init(tmp_path / "portfolio", "--framework", str(document))
    assert done.code == 2 and "is a text document, not a framework file" in done.stderr, done.stderr
    assert "portfolio framework import FILE.csv -o framework.yml" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and not (tmp_path / "portfolio").exists()
    saved = tmp_path / "framework.txt"
    saved.write_text("# our framework\n" + FRAMEWORK, encoding="utf-8")
    assert portfolio_init(tmp_path / "other", "--framework", str(saved)).code == 0


def test_the_sites_settings_given_as_the_framework_are_named_so(tmp_path: Path):
    """`--framework mkdocs.yml` said "YAML does not parse: could not determine a constructor for the tag" at line
    21, of a file that is no framework at all (an outside review), where `portfolio framework check` says so."""
    settings = tmp_path / "mkdocs.yml"
    settings.write_text((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    done = portfolio_init(tmp_path / "portfolio", "--framework", str(settings))
    assert done.code == 2 and done.stderr == (
        f"portfolio init: --framework: {settings} holds the site's settings (site_name, plugins), not a framework; "
        "give the framework file, such as framework.yml, or the name of one shipped with the tools\n"
    )
    assert not (tmp_path / "portfolio").exists()


def test_the_import_it_suggests_for_a_spreadsheet_works_as_printed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`portfolio framework import some folder/Quest Partnerships.xlsx` was printed without quotes: three words to a
    shell. The command is copied as printed, and the portfolio is started from the file it writes."""
    monkeypatch.chdir(tmp_path)
    sheet = tmp_path / "some folder" / "Quest Partnerships.csv"
    sheet.parent.mkdir()
    sheet.write_text("challenge,section,question,best_practice\nPartnerships,Plan,How?,Like this.\n", encoding="utf-8")
    refused = portfolio_init(tmp_path / "portfolio", "--framework", "some folder/Quest Partnerships.csv")
    assert refused.code == 2, refused.stderr
    command = re.search(r"first with (portfolio framework import .+ -o framework\.yml) \(add", refused.stderr)
    assert command, refused.stderr
    assert command[1] == 'portfolio framework import "some folder/Quest Partnerships.csv" -o framework.yml'
    imported = Project(tmp_path).command(*shlex.split(command[1])[1:])
    assert imported.code == 0, imported.stderr
    assert portfolio_init(tmp_path / "portfolio", "--framework", "framework.yml").code == 0


def test_the_import_it_suggests_for_a_spreadsheet_says_how_to_give_the_rating_scale(tmp_path: Path):
    """A spreadsheet cannot carry a rating scale, and the import writes Quest's without --scale; the hint left
    --scale out, and a new organisation started from Quest's levels unawares (an outside review)."""
    done = portfolio_init(tmp_path / "portfolio", "--framework", "standard.csv")
    assert done.code == 2
    assert done.stderr == (
        'portfolio init: --framework: "standard.csv" is a spreadsheet: turn it into a framework file first with '
        'portfolio framework import standard.csv -o framework.yml (add --scale "Weak,Sound,Strong", your rating '
        "levels lowest first, to the import: without it, it writes Quest's, Unsatisfactory, Satisfactory, Good, "
        "Very Good, Excellent), then name framework.yml as the framework (--framework framework.yml, or at the "
        "question Framework)\n"
    )
    assert not (tmp_path / "portfolio").exists()


def test_a_framework_file_with_errors_is_refused_and_warnings_are_shown(tmp_path: Path):
    bad = tmp_path / "bad.yml"
    bad.write_text(FRAMEWORK.replace("rollup: median", "rollup: middle"), encoding="utf-8")
    done = portfolio_init(tmp_path / "one", "--framework", str(bad))
    assert done.code == 1 and f"{bad}:" in done.stderr and "nothing written" in done.stderr
    assert not (tmp_path / "one").exists()
    odd = tmp_path / "odd.yml"
    odd.write_text(FRAMEWORK + "colour: blue\n", encoding="utf-8")
    done = portfolio_init(tmp_path / "two", "--framework", str(odd))
    assert done.code == 0 and 'unknown key "colour"' in done.stderr and "--strict` fails" in done.stderr


# ------------------------------------------------------------------------------------- asking, or not asking


def test_without_a_terminal_it_asks_nothing_and_says_what_it_chose(tmp_path: Path):
    folder = tmp_path / "portfolio"
    done = portfolio_init(folder)
    assert done.code == 0, done.stderr
    assert 'no --name given: the site is called "Evidence portfolio"' in done.stderr
    assert "no --framework given: starting from blank" in done.stderr
    assert read_mkdocs_yml(folder / "mkdocs.yml")["site_name"] == "Evidence portfolio"
    assert (folder / "framework.yml").read_bytes() == init.shipped_frameworks()["blank"].read_bytes()


def test_at_a_terminal_it_asks_for_the_name_and_the_framework(tmp_path: Path):
    child = pexpect.spawn(
        sys.executable,
        ["-m", "evidence_portfolio.cli", "init", "portfolio"],
        cwd=str(tmp_path),
        encoding="utf-8",
        timeout=60,
    )
    child.expect(r"Name of the portfolio's website \[Evidence portfolio\]: ")
    child.sendline("Riverside Leisure Trust")
    child.expect("1. blank")
    child.expect("2. quest-partnerships")
    child.expect(r"Framework \[blank\]: ")
    child.sendline("quest")
    child.expect('did you mean "quest-partnerships"')
    child.expect(r"Framework \[blank\]: ")
    child.sendline("2")
    child.expect("Started the portfolio")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    folder = tmp_path / "portfolio"
    assert read_mkdocs_yml(folder / "mkdocs.yml")["site_name"] == "Riverside Leisure Trust"
    assert (folder / "framework.yml").read_bytes() == init.shipped_frameworks()["quest-partnerships"].read_bytes()


# ------------------------------------------------------------------------------------ one source of truth


def test_everything_it_writes_comes_from_the_package():
    package = Path(init.__file__).parent.parent
    assert init.STARTER.is_relative_to(package) and not init.STARTER.is_symlink()
    assert set(init.shipped_frameworks()) == {"blank", "quest-partnerships"}


def test_the_repositorys_own_copies_are_made_from_the_starter():
    stale = init.stale_copies(REPOSITORY)
    assert not stale, (
        "these files are made from plugins/evidence_portfolio/starter/: make the change there, then run "
        "`python -m evidence_portfolio.commands.init .`\n" + "".join(stale.values())
    )
    assert set(init.repository_copies(REPOSITORY)) == {
        ".github/workflows/pull-request.yml",
        ".github/workflows/publish.yml",
        ".github/pull_request_template.md",
        "CONTRIBUTING.md",
        "zensical.toml",
    }
    for name in ("pull-request.yml", "publish.yml"):
        assert "run: python -m pip install -e '.[pdf]'" in (REPOSITORY / ".github/workflows" / name).read_text(
            encoding="utf-8"
        )


def test_the_samples_framework_is_the_shipped_quest_framework_with_a_challenge_and_metrics_of_its_own():
    """The seed's challenge word for word; a second challenge, marked as written for the sample (issue 13), and
    metrics, which a new portfolio sets for itself."""
    sample, problems = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    shipped, shipped_problems = load_framework(init.shipped_frameworks()["quest-partnerships"], "framework.yml")
    assert sample is not None and shipped is not None and not problems and not shipped_problems
    assert not shipped.metrics and sample.metrics, "the sample adds metrics; a new portfolio sets its own targets"
    seed, written = sample.challenges
    # titled for both its challenges, where the shipped one is titled for its one (an outside review)
    assert dataclasses.replace(sample, metrics=(), challenges=(seed,), title=shipped.title) == shipped
    assert written.id not in {c.id for c in shipped.challenges}
    assert "not Quest's wording" in (written.summary or "")
    text = (REPOSITORY / "framework.yml").read_text(encoding="utf-8")
    comment = text.split(f"- id: {written.id}")[0].splitlines()[-3:-1]  # the lines just above the challenge
    assert comment[0].lstrip().startswith("# WRITTEN FOR THE SAMPLE, NOT QUEST'S WORDING."), comment


def test_the_sample_publishes_only_public_items_by_default():
    config = read_mkdocs_yml(REPOSITORY / "mkdocs.yml")
    options = next(p["portfolio"] for p in config["plugins"] if isinstance(p, dict) and "portfolio" in p)
    assert options["audience"] == "public"


def test_a_framework_that_is_not_utf8_is_named_at_its_line(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.yml"
    latin1.write_bytes(FRAMEWORK.replace("title: Test Standard", "title: Test caf\xe9").encode("latin-1"))
    done = portfolio_init(tmp_path / "new", "--framework", str(latin1))
    assert done.code != 0 and f"{latin1}:2: error: the file is not UTF-8 text" in done.stderr
    assert not (tmp_path / "new").exists() or not any((tmp_path / "new").iterdir())


def test_the_guide_is_not_rewritten_through_a_link_that_may_lead_out_of_the_project(tmp_path: Path):
    """A .github folder that is a symbolic link to a folder outside the project, and a CONTRIBUTING.md with another
    name outside it (a hard link): the import rewrote the files outside (a hostile review). Neither is written; both
    are named."""
    folder, outside = tmp_path / "portfolio", tmp_path / "outside"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    (folder / ".github").rename(outside)
    (folder / ".github").symlink_to(outside)
    os.link(folder / "CONTRIBUTING.md", tmp_path / "elsewhere.md")
    before = {path: path.read_bytes() for path in (*outside.rglob("*.md"), tmp_path / "elsewhere.md")}
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("challenge,section,question,best_practice\nZ,Plan,Q?,B.\nZ,Do,Q?,B.\n", encoding="utf-8")
    done = Project(folder).command("framework", "import", str(sheet), "-o", str(folder / "framework.yml"), "--force")
    assert done.code == 0, done.stderr
    assert {path: path.read_bytes() for path in before} == before
    for path in ("CONTRIBUTING.md", ".github/pull_request_template.md"):
        assert f"{path}: not rewritten for the new framework: it is reached through a symbolic link" in done.stderr


def test_the_guide_writes_a_framework_s_text_as_typed_and_two_sections_as_two(tmp_path: Path):
    """A challenge titled with a "|" split the guide's glossary table, and its Markdown and HTML were read as such;
    with two sections, the worked example mapped to one of them twice (a hostile review)."""
    framework = tmp_path / "framework.yml"
    framework.write_text(
        "id: f\ntitle: F\nrating_scale:\n  - {id: low, label: Low}\n  - {id: high, label: '**High**'}\n"
        "sections:\n  - {id: plan, label: Plan}\n  - {id: do, label: Do}\n"
        "challenges:\n  - id: ab\n    title: 'A | B [x](https://evil.example) <b>bold</b>'\n    sections:\n"
        "      plan: {question: How?, best_practice: Well.}\n      do: {question: 'What | why?', best_practice: Well.}\n",
        encoding="utf-8",
    )
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", str(framework)).code == 0
    text = (folder / "CONTRIBUTING.md").read_text(encoding="utf-8")
    glossary = next(line for line in text.splitlines() if line.startswith("| **Challenge** |"))
    assert r"such as *A \| B \[x\](https://evil.example) &lt;b&gt;bold&lt;/b&gt;*." in glossary
    assert glossary.count(" | ") == 1, "one cell after the term: the title's | ends none"
    assert r"*Low* or *\*\*High\*\**" in text
    assert "`ab/do` and `ab/plan`" in text and "`ab/do` and `ab/do`" not in text


def test_a_framework_changed_by_hand_is_said_of_the_guide_and_portfolio_guide_writes_it_anew(tmp_path: Path):
    """The blank framework's first challenge renamed by hand, as its header invites: CONTRIBUTING.md went on naming
    "first-challenge" in every example and template, which the check then refused when pasted (a new
    organisation's review). Both doors say so at the guide's comment; `portfolio guide` writes it for the framework,
    keeping what the organisation wrote; then nothing is said, and a second run writes nothing."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    guide = folder / "CONTRIBUTING.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "<!-- Portfolio lead: Jo Bloggs -->\n", encoding="utf-8")
    framework = folder / "framework.yml"
    framework.write_text(framework.read_text(encoding="utf-8").replace("first-challenge", "participation"))
    project = Project(folder)
    line = next(n for n, text in enumerate(guide.read_text().split("\n"), 1) if "`portfolio guide` writes" in text)
    said = (
        f'CONTRIBUTING.md:{line}: warning: CONTRIBUTING.md names the challenge "first-challenge", which the framework '
        "does not have, so its examples and templates would be refused when pasted; run `portfolio guide`"
    )
    checked = project.check("--strict")
    assert checked.code == 1 and said in checked.stdout, checked.stdout
    built = project.build(strict=True)
    assert built.failed and any(said in entry for entry in built.log), built.log
    written = project.command("guide", str(folder))
    assert written.code == 0 and "rewrote CONTRIBUTING.md" in written.stderr, written.stderr
    text = guide.read_text(encoding="utf-8")
    assert "`participation/measure`" in text and "`first-challenge" not in text
    assert text.endswith("<!-- Portfolio lead: Jo Bloggs -->\n")
    assert "`participation/do`" in (folder / ".github/pull_request_template.md").read_text(encoding="utf-8")
    assert "guide-out-of-date" not in {p.code for p in project.problems()}
    again = project.command("guide", str(folder))
    assert again.code == 0 and "written for this framework already; nothing to write" in again.stderr


def test_the_workflows_write_the_guide_for_a_framework_changed_in_the_browser_and_publish_commits_it(tmp_path: Path):
    """A framework edited in the browser (as the README's template route has it) left CONTRIBUTING.md naming the
    framework before: the strict checks failed on it, and nobody there can run `portfolio guide`, so the site was
    never published (a new organisation's review). Each job that checks writes the guide first; the public job keeps
    what it wrote for job `guide`, which alone may write to the repository, installs and runs nothing of it, and
    commits the guide's two files (two hostile reviews: a token that may push was within reach of the build's
    hooks). Its steps, run here as the workflow runs them, push the guide, and the checks then pass."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    git = ["git", "-c", "user.name=Jo", "-c", "user.email=jo@example.org"]
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-qm", "Start"]):
        subprocess.run([*git, *command], cwd=folder, check=True)
    framework = folder / "framework.yml"
    framework.write_text(framework.read_text(encoding="utf-8").replace("first-challenge", "participation"))
    subprocess.run([*git, "commit", "-qam", "Name our challenge"], cwd=folder, check=True)
    subprocess.run(["git", "push", "-q", str(origin), "main"], cwd=folder, check=True)
    checkout, committing = tmp_path / "checkout", tmp_path / "committing"  # what actions/checkout gives each job
    for clone in (checkout, committing):
        subprocess.run(["git", "clone", "-q", str(origin), str(clone)], check=True)
    kept = tmp_path / "runner-temp" / "guide"  # the artifact, as download-artifact writes it
    environment = {
        **os.environ,
        "GITHUB_REF": "refs/heads/main",
        "GITHUB_OUTPUT": str(tmp_path / "output"),
        "GUIDE": str(kept),
        "TOKEN": "",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",  # the tools, as pip installs them
    }
    before = subprocess.run(["portfolio", "check", "--strict"], cwd=checkout, env=environment, capture_output=True)
    assert before.returncode == 1 and b"CONTRIBUTING.md names the challenge" in before.stdout, before.stdout
    workflows = folder / ".github/workflows"
    for name, job in (("pull-request.yml", "check"), ("publish.yml", "public"), ("publish.yml", "accreditor")):
        steps = yaml.safe_load((workflows / name).read_text(encoding="utf-8"))["jobs"][job]["steps"]
        runs = [step.get("run", "") for step in steps]
        guide = next(i for i, run in enumerate(runs) if run.startswith("portfolio guide"))
        assert steps[guide]["continue-on-error"] is True, (name, job)  # a framework with errors: the check says
        assert guide < next(i for i, run in enumerate(runs) if run.startswith("portfolio check")), (name, job)
    jobs = yaml.safe_load((workflows / "publish.yml").read_text(encoding="utf-8"))["jobs"]
    assert "permissions" not in jobs["public"] and "permissions" not in jobs["accreditor"]  # the workflow's: read
    writer = jobs["guide"]
    assert writer["permissions"] == {"contents": "write"} and writer["needs"] == "public"
    assert writer["steps"][0]["with"] == {"persist-credentials": False}
    assert [step.get("uses", "").split("@")[0] for step in writer["steps"]] == [
        "actions/checkout",
        "actions/download-artifact",
        "",
    ]
    commit = writer["steps"][-1]["run"]
    assert not re.search(r"(?m)^\s*(?:portfolio|python|pip|mkdocs)\b", commit) and "update-index" in commit
    given = [step.get("name") for job in jobs.values() for step in job["steps"] if "github.token" in json.dumps(step)]
    assert given == ["Commit the contributor guide"]
    written = next(step["run"] for step in jobs["public"]["steps"] if step.get("id") == "guide")
    done = subprocess.run(["bash", "-e", "-c", written], cwd=checkout, env=environment, capture_output=True, text=True)
    assert done.returncode == 0 and (tmp_path / "output").read_text() == "changed=yes\n", done.stderr
    after = subprocess.run(["portfolio", "check", "--strict"], cwd=checkout, env=environment, capture_output=True)
    assert after.returncode == 0, after.stdout
    for path in ("CONTRIBUTING.md", ".github/pull_request_template.md"):
        (kept / path).parent.mkdir(parents=True, exist_ok=True)
        (kept / path).write_bytes((checkout / path).read_bytes())
    (committing / "unrelated.txt").write_text("left out\n", encoding="utf-8")  # only the guide's files are added
    done = subprocess.run(["bash", "-e", "-c", commit], cwd=committing, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    pushed = subprocess.run(
        ["git", "show", "--stat", "--format=%s", "main"], cwd=origin, capture_output=True, text=True, check=True
    ).stdout
    assert pushed.startswith("Write the contributor guide for the framework as it is (portfolio guide)\n"), pushed
    assert "CONTRIBUTING.md" in pushed and "unrelated" not in pushed
    shown = subprocess.run(["git", "show", "main:CONTRIBUTING.md"], cwd=origin, capture_output=True, text=True)
    assert "`participation/measure`" in shown.stdout and "`first-challenge" not in shown.stdout
    again = subprocess.run(["bash", "-e", "-c", commit], cwd=committing, env=environment, capture_output=True)
    log = subprocess.run(["git", "log", "--format=%s", "main"], cwd=origin, capture_output=True, text=True).stdout
    assert again.returncode == 0 and log.split("\n")[:2] == [
        "Write the contributor guide for the framework as it is (portfolio guide)",
        "Name our challenge",
    ], log


def test_the_job_that_commits_the_guide_writes_through_no_link_of_the_checkout(tmp_path: Path):
    """A merged change could make CONTRIBUTING.md a link to .git/config and the guide handed on a config of its
    choosing: copied into the checkout, it was written into .git/config, whose fsmonitor then ran with the token
    in reach (a hostile review). The guide goes into git's index from the artifact alone, as a regular file."""
    origin, work, checkout = tmp_path / "origin.git", tmp_path / "work", tmp_path / "checkout"
    git = ["git", "-c", "user.name=Jo", "-c", "user.email=jo@example.org"]
    subprocess.run(["git", "init", "-q", "--bare", "-b", "main", str(origin)], check=True)
    subprocess.run(["git", "clone", "-q", str(origin), str(work)], check=True, capture_output=True)
    (work / ".github").mkdir()
    (work / ".github/pull_request_template.md").write_text("Template.\n", encoding="utf-8")
    os.symlink(".git/config", work / "CONTRIBUTING.md")
    for command in (["add", "-A"], ["commit", "-qm", "Start"], ["push", "-q", "origin", "HEAD:refs/heads/main"]):
        subprocess.run([*git, *command], cwd=work, check=True)
    subprocess.run(["git", "clone", "-q", "-b", "main", str(origin), str(checkout)], check=True)
    config = (checkout / ".git/config").read_text(encoding="utf-8")
    kept = tmp_path / "guide"
    (kept / ".github").mkdir(parents=True)
    ran = tmp_path / "ran"
    (kept / "CONTRIBUTING.md").write_text(f'[core]\n\tfsmonitor = "touch {ran}; false"\n', encoding="utf-8")
    (kept / ".github/pull_request_template.md").write_text("Template, written anew.\n", encoding="utf-8")
    publish = yaml.safe_load((init.PROJECT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    commit = next(
        step["run"] for step in publish["jobs"]["guide"]["steps"] if step.get("name") == "Commit the contributor guide"
    )
    environment = {**os.environ, "GITHUB_REF": "refs/heads/main", "GUIDE": str(kept), "TOKEN": "kanarytokenzz"}
    done = subprocess.run(["bash", "-e", "-c", commit], cwd=checkout, env=environment, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (checkout / ".git/config").read_text(encoding="utf-8") == config and not ran.exists()
    tree = subprocess.run(["git", "ls-tree", "main"], cwd=origin, capture_output=True, text=True, check=True).stdout
    assert "100644 blob" in next(line for line in tree.splitlines() if line.endswith("CONTRIBUTING.md")), tree
    shown = subprocess.run(["git", "show", "main:.github/pull_request_template.md"], cwd=origin, capture_output=True)
    assert shown.stdout == b"Template, written anew.\n"


def test_portfolio_guide_keeps_a_windows_guide_s_line_endings(tmp_path: Path):
    """A guide saved on Windows (each line ending CR LF) was written back with Unix endings: every line of it was a
    change in the pull request. Its lines keep their endings, and say what a guide with Unix endings says."""
    written: dict[bytes, list[bytes]] = {}
    for ending in (b"\n", b"\r\n"):
        folder = tmp_path / str(len(ending))
        assert portfolio_init(folder, "--framework", "quest-partnerships").code == 0
        guides = [folder / "CONTRIBUTING.md", folder / ".github/pull_request_template.md"]
        for guide in guides:
            guide.write_bytes(guide.read_bytes().replace(b"\n", ending))
        framework = folder / "framework.yml"
        framework.write_text(framework.read_text(encoding="utf-8").replace("id: partnerships", "id: pship"))
        done = Project(folder).command("guide", str(folder))
        assert done.code == 0 and "rewrote CONTRIBUTING.md" in done.stderr, done.stderr
        written[ending] = [guide.read_bytes() for guide in guides]
    assert all(b"`pship/do`" in text or b"pship/do" in text for text in written[b"\n"])
    assert [text.replace(b"\n", b"\r\n") for text in written[b"\n"]] == written[b"\r\n"]


def test_a_challenge_retitled_alone_is_said_of_the_guide_as_words_not_refused_templates(tmp_path: Path):
    """A challenge's title changed alone was said to make the guide's templates refused when pasted, which they are
    not (a new organisation's review): its examples name the title as it was."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "quest-partnerships").code == 0
    framework = folder / "framework.yml"
    text = framework.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.startswith("    title: "))
    framework.write_text(text.replace(title, "    title: Working together"), encoding="utf-8")
    (said,) = [p.message for p in Project(folder).problems() if p.code == "guide-out-of-date"]
    assert "its examples name the framework's titles, questions or levels' labels as they were" in said, said
    assert "refused" not in said


def test_a_guide_that_is_not_utf8_is_said_so_and_left_as_it_is(tmp_path: Path):
    """CONTRIBUTING.md saved in the Windows encoding stopped `portfolio guide` in a traceback; then it was said
    not to be text, and no more (a careless review of the commands): it is said not to be UTF-8, and how to mend it."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    guide = folder / "CONTRIBUTING.md"
    guide.write_bytes(guide.read_text(encoding="utf-8").encode("utf-8") + "Caf\u00e9\n".encode("cp1252"))
    before = guide.read_bytes()
    done = Project(folder).command("guide", str(folder))
    said = "CONTRIBUTING.md: not rewritten for the new framework: it is not UTF-8 text; save it again as UTF-8"
    assert done.code == 0 and said in done.stderr, done.stderr
    assert guide.read_bytes() == before


def test_portfolio_guide_writes_its_comment_anew_and_names_only_lines_the_organisation_changed(tmp_path: Path):
    """A space after the guide's comment (or a second copy of it) kept the warning after `portfolio guide` said it
    had rewritten the guide, and lines of the generated tables were said to be changed by the organisation; a
    comment deleted was not said (a review). The comment is written anew; only a line the organisation changed is
    named; without the comment, that is said; with no guide, so is that."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "quest-partnerships").code == 0
    guide = folder / "CONTRIBUTING.md"
    text = guide.read_text(encoding="utf-8")
    ours = "Our own note on `partnerships/do`."
    guide.write_text(text.replace("} -->\n", "} --> \n") + ours + "\n", encoding="utf-8")
    framework = folder / "framework.yml"
    framework.write_text(framework.read_text(encoding="utf-8").replace("id: partnerships", "id: pship"))
    project = Project(folder)
    assert "guide-out-of-date" in {p.code for p in project.problems()}
    done = project.command("guide", str(folder))
    assert done.code == 0, done.stderr
    named = [line for line in done.stderr.splitlines() if "changed since `portfolio init`" in line]
    line = guide.read_text(encoding="utf-8").split("\n").index(ours) + 1
    assert [entry.split(":")[1] for entry in named] == [str(line)], named
    assert "guide-out-of-date" not in {p.code for p in project.problems()}
    # the comment deleted: said, and only the generated parts written
    text = guide.read_text(encoding="utf-8")
    guide.write_text(
        "\n".join(row for row in text.split("\n") if "`portfolio guide` writes" not in row), encoding="utf-8"
    )
    framework.write_text(framework.read_text(encoding="utf-8").replace("id: pship", "id: joint"))
    done = project.command("guide", str(folder))
    assert done.code == 0 and "CONTRIBUTING.md keeps no example values it was written with" in done.stderr
    guide.unlink()
    done = project.command("guide", str(folder))
    assert done.code == 0 and "CONTRIBUTING.md is not in the project: there is no guide to write" in done.stderr


def test_the_guide_s_values_are_read_from_its_comment_among_many_false_starts(tmp_path: Path):
    """A guide holding the comment's opening thousands of times took minutes to read, in every build (a hostile
    review): each opening is looked at once, and the comment that is there is read."""
    from evidence_portfolio.reading.contributor_guide import stored_examples

    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    text = (folder / "CONTRIBUTING.md").read_text(encoding="utf-8")
    opening = "<!-- The framework this guide's examples were written for (`portfolio guide` writes them for another): {"
    found = stored_examples(opening * 20_000 + "\n" + text)
    assert found is not None and found[0]["challenge"] == "first-challenge"


def test_the_git_command_init_prints_leaves_the_branch_the_workflows_publish(tmp_path: Path):
    """`git init -b main` in a folder that was a repository on `master` already (which init takes as empty) kept
    `master`, which no workflow publishes, without a word (a new organisation's review). The command printed names
    the branch main in a new folder and in a repository of another branch alike."""
    workflows = (REPOSITORY / "plugins/evidence_portfolio/starter/project/.github/workflows").glob("*.yml")
    assert any("branches: [main]" in path.read_text(encoding="utf-8") for path in workflows)
    for was_a_repository in (False, True):
        folder = tmp_path / f"portfolio-{was_a_repository}"
        if was_a_repository:
            folder.mkdir()
            subprocess.run(["git", "init", "-q", "-b", "master"], cwd=folder, check=True)
        done = portfolio_init(folder, "--framework", "blank")
        (command,) = [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("git init")]
        environment = {**os.environ, "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.invalid"}
        environment |= {"GIT_COMMITTER_NAME": "T", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
        subprocess.run(command, shell=True, cwd=folder, check=True, capture_output=True, env=environment)
        branch = subprocess.run(["git", "branch", "--show-current"], cwd=folder, capture_output=True, text=True)
        assert branch.stdout.strip() == "main", (was_a_repository, command)


def test_an_import_over_the_framework_in_use_names_the_items_it_leaves_naming_what_it_lacks(tmp_path: Path):
    """A revised sheet renaming a challenge, imported over the portfolio's framework, said to check the new file,
    whose check found nothing: the items were left mapped to the old challenge, and the publishing of the branch
    failed (a new organisation's review). The import says how many, names the first, and the way to keep the ids."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    project = Project(folder)
    assert (
        project.command(
            "new", "evidence", "--title", "E", "--maps-to", "first-challenge/plan", "--project", str(folder)
        ).code
        == 0
    )
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("challenge,section,question\nRenamed,Plan,How?\nRenamed,Do,How?\n", encoding="utf-8")
    done = project.command("framework", "import", str(sheet), "-o", str(folder / "framework.yml"), "--force")
    assert done.code == 1, done.stderr  # (written: the portfolio has errors now)
    assert "1 item of the portfolio names what" in done.stderr and 'unknown challenge "first-challenge"' in done.stderr
    assert "give it a challenge_id (or section_id) column holding the ids the items use" in done.stderr
    kept = tmp_path / "kept.csv"
    kept.write_text("challenge_id,challenge,section,question\nfirst-challenge,Renamed,Plan,How?\n", encoding="utf-8")
    done = project.command("framework", "import", str(kept), "-o", str(folder / "framework.yml"), "--force")
    assert done.code == 0 and "of the portfolio names what" not in done.stderr, done.stderr


def test_an_import_over_the_framework_in_use_counts_the_items_not_their_lines(tmp_path: Path) -> None:
    """Items naming the old challenge on several lines each (maps_to lists, a self-assessment's ratings) were
    counted line by line as items: "8 items" where 3 did."""
    folder = tmp_path / "portfolio"
    assert portfolio_init(folder, "--framework", "blank").code == 0
    project = Project(folder)
    for new in (
        ["evidence", "--title", "E1", "--maps-to", "first-challenge/plan", "first-challenge/do"],
        ["evidence", "--title", "E2", "--maps-to", "first-challenge/plan", "first-challenge/review"],
        ["self-assessment", "--title", "S", "--challenge", "first-challenge", "--rating", "plan=good", "do=good"],
    ):
        assert project.command("new", *new, "--date", "2026-01-05", "--project", str(folder)).code == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("challenge,section,question\nRenamed,Plan,How?\n", encoding="utf-8")
    done = project.command("framework", "import", str(sheet), "-o", str(folder / "framework.yml"), "--force")
    # written, and failing as portfolio check would (a staff member's review: a success, whose last lines a volunteer
    # skimmed, committed a portfolio that no longer built)
    assert done.code == 1 and (folder / "framework.yml").read_text(encoding="utf-8").count("Renamed"), done.stderr
    assert done.stderr.splitlines()[-1] == (
        f"error: 3 items (13 lines) of the portfolio name what {folder / 'framework.yml'} no longer has (a "
        "challenge, a section or a rating level), so the portfolio does not build until they are mended, such as "
        "evidence/first-challenge/plan/2026-01-05-e1.md:5: error: unknown "
        'challenge "first-challenge" in maps_to; valid challenges: renamed; where the sheet renamed them, give it a '
        "challenge_id (or section_id) column holding the ids the items use, and import it again; or change the "
        "items (portfolio check lists each)"
    )
