"""`portfolio framework import SHEET` and `portfolio framework check FILE`.

`import` turns a spreadsheet (CSV or XLSX: read by framework_sheet.py, understood by framework_rows.py) into a
commented framework.yml, and checks that what it wrote loads back with no problem before it shows it. `check`
validates one framework file on its own, as the build would.

Exit codes: 0 written (or no problem), 1 problems in the sheet (or in the framework file), 2 a usage problem (a file
that is missing or of another format, an option that cannot be used).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import re
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

import yaml

from ..model.framework import Challenge, Framework, Level, Section
from ..model.problems import Problem, Problems, one_line
from ..model.urls import slug
from ..reading.framework_file import FRAMEWORK_ID, load_framework, parse_framework, site_settings_in
from ..reading.settings import CONFIG_NAMES, SettingsError, load_settings, project_folder
from ..reading.yaml_lines import YamlProblem, bullet_first, curly_quoted, load_yaml
from .errors import EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE, UsageError
from .framework_rows import SEED_SCALE, Imported, import_sheet, scale_levels
from .framework_sheet import CSV_SUFFIXES, OTHER_SHEETS, XLSX_SUFFIXES, read_sheet

TYPE_CHECKING = False  # as typing's, which takes a few milliseconds to import
if TYPE_CHECKING:
    from typing import Any

    from ..reading.settings import Settings

_WIDTH = 1_000_000
"""No line of text is folded: one text, one line (or a block of lines)."""


# ---------------------------------------------------------------------------------------------------- options


def add_options(framework: argparse.ArgumentParser) -> None:
    """The `import` and `check` subcommands of `portfolio framework`."""
    commands = framework.add_subparsers(
        dest="framework_command",
        required=True,
        metavar="COMMAND",
        help="import: make framework.yml from a spreadsheet; check: validate one framework file on its own",
    )

    sheet = commands.add_parser(
        "import",
        help="turn a spreadsheet (CSV or XLSX) into a commented framework.yml",
        description="Turn a spreadsheet with one row per challenge section (columns challenge, section, question; "
        "optionally best_practice, challenge_id, section_id, outcomes) into a commented framework.yml.",
    )
    sheet.add_argument(
        "spreadsheet",
        type=Path,
        metavar="SHEET",
        help="the spreadsheet: a .csv, .tsv or .xlsx file (or Excel's text, .txt)",
    )
    sheet.add_argument(
        "-o", "--output", type=Path, metavar="FILE", help="the framework file to write (default: print it)"
    )
    sheet.add_argument("--force", action="store_true", help="replace the --output file if it exists")
    sheet.add_argument(
        "--scale",
        metavar="LABELS",
        help=f'the rating levels\' labels, lowest first, separated by commas (default: "{SEED_SCALE}")',
    )
    sheet.add_argument(
        "--id", dest="framework_id", metavar="ID", help="the framework's id (default: made from the title)"
    )
    sheet.add_argument("--title", help="the framework's title (default: the spreadsheet's file name)")
    sheet.add_argument("--sheet", dest="sheet_name", metavar="NAME", help="the sheet of an XLSX workbook to read")
    sheet.add_argument(
        "--encoding", help="the encoding of a CSV file that is not UTF-8, such as cp1252 (default: UTF-8)"
    )

    check = commands.add_parser("check", help="validate one framework file on its own")
    check.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FILE",
        help="the framework file (default: framework.yml here, else the framework of the portfolio here or above)",
    )
    check.add_argument("--strict", action="store_true", help="fail on warnings (unknown keys) too")


def run(args: argparse.Namespace) -> int:
    """Run `portfolio framework import` or `portfolio framework check`; the exit code."""
    command = {"import": import_command, "check": check_command}[args.framework_command]
    try:
        return command(args)
    except UsageError as exc:
        print(f"portfolio framework {args.framework_command}: {one_line(str(exc))}", file=sys.stderr)
        return EXIT_USAGE


# ------------------------------------------------------------------------------------------------------ import


def import_command(args: argparse.Namespace) -> int:
    sheet_path: Path = args.spreadsheet
    display = str(sheet_path)
    levels = scale_levels(args.scale if args.scale is not None else SEED_SCALE)
    title = " ".join((args.title or _title_from(sheet_path)).split())
    if not title:
        raise UsageError("--title is empty; give the framework's title")
    framework_id = args.framework_id if args.framework_id is not None else slug(title, "framework")
    if not FRAMEWORK_ID.match(framework_id):
        better = slug(framework_id, "")
        raise UsageError(
            f'--id "{framework_id}" must be lowercase letters, digits and hyphens'
            + (f', such as "{better}"' if better else "")
        )
    output: Path | None = args.output
    if output is not None:
        _check_output(output, sheet_path, args.force)
    replaced = _framework_replaced(output) if output is not None and args.force else None
    named = replaced is not None and not _the_skeletons_name(replaced[0])
    if replaced is not None and named:  # its id and title stay, where none is given
        title = title if args.title is not None else replaced[0].title
        framework_id = framework_id if args.framework_id is not None else replaced[0].id

    sheet = read_sheet(sheet_path, display, sheet_name=args.sheet_name, encoding=args.encoding)
    imported, problems = import_sheet(sheet, levels, framework_id, title, titled=args.title is not None)
    for problem in problems:
        print(problem, file=sys.stderr)
    if imported is None:
        errors = len(problems.errors)
        print(f"{errors} error{'s' if errors != 1 else ''}; nothing written", file=sys.stderr)
        return EXIT_PROBLEMS

    name = output.name if output is not None else "framework.yml"
    framework, metrics, metrics_line, rows = imported.framework, "", 0, imported.rows
    kept: list[str] = []
    if replaced is not None:  # a revised sheet over the portfolio's own framework: what no sheet holds is kept
        framework, renamed = _same_ids(framework, replaced[0], imported.given)
        rows = {renamed.get(key, key): value for key, value in rows.items()}
        framework, kept = _keeping(framework, replaced, args)
        given = [option for option, value in (("--id", args.framework_id), ("--title", args.title)) if value is None]
        if named and given:  # (only what was kept: an outside review was shown the title just given, "kept")
            values = ", ".join(f'"{framework.id if option == "--id" else framework.title}"' for option in given)
            kept.insert(
                0,
                f"its {' and '.join(o[2:] for o in given)} ({values}; give {' and '.join(given)} to change "
                f"{'them' if len(given) > 1 else 'it'})",
            )
        kept += (
            [f"the ids of {_listed(sorted(renamed.values()))}, whose titles the sheet gives as before"]
            if renamed
            else []
        )
        metrics, metrics_line = _metrics_block(replaced[1])
    text = framework_yaml(framework, source=sheet_path.name, rows=rows, name=name) + metrics
    reloaded = _load_back(text, str(output or "framework.yml"))
    if reloaded and metrics:  # the metrics kept name a challenge or a section the sheet no longer has
        moved = text.count("\n") - metrics.count("\n") + 2 - metrics_line  # their lines, as the file has them
        for problem in reloaded:
            print(dataclasses.replace(problem, line=problem.line - moved), file=sys.stderr)
        print(
            f"portfolio framework import: the metrics kept from {output} name what {display} no longer has (above); "
            f"edit them there (or remove them), and import again; nothing written",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    if reloaded:  # the sheet's texts are written so that this never happens: say so rather than write a bad file
        print("\n".join(map(str, reloaded)), file=sys.stderr)
        print(
            f"portfolio framework import: the framework made from {display} does not load back (above); this is a "
            "bug of the command, please report it; nothing written",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    what = (
        f"{count(len(framework.challenges), 'challenge')}, {count(len(framework.sections), 'section')}, "
        f"{count(len(framework.rating_scale), 'rating level')}"
    )
    if kept:
        print(f"kept from the {name} this replaces: {', '.join(kept)}", file=sys.stderr)
    elif args.scale is None:  # said before the line naming the file, which the reader finds last
        print(default_scale_note(framework, output), file=sys.stderr)
    if args.title is None and not named:  # "Csp" on the pack's cover, from csp.xlsx (a new organisation's review)
        print(
            f"the framework's title is \"{framework.title}\", made from the file's name; the overview and the "
            'accreditation pack\'s cover show it: to give its own, import again with --title "..." (or edit title in '
            + (f"{name})" if output is not None else "the framework file)"),
            file=sys.stderr,
        )
    old_scale = replaced[0].rating_scale if replaced is not None else ()
    if old_scale and [level.id for level in old_scale] != [level.id for level in framework.rating_scale]:
        # (a year-two review: last year's ratings of the old scale's levels were refused, and nothing had said why)
        print(
            f"replaced in the {name}: its rating scale ({', '.join(level.label for level in old_scale)}), by "
            f"{', '.join(level.label for level in framework.rating_scale)}; a rating of a level the new scale does "
            "not have, last year's too, is an error that portfolio check names: write the new scale's level for it",
            file=sys.stderr,
        )
    if output is None:
        sys.stdout.write(text)
        print(f"{display}: {what}", file=sys.stderr)
    else:
        root = _project_of_framework(output)
        output.write_text(text, encoding="utf-8")
        print(f"wrote {output} ({what}); check it with: {check_command_line(str(output))}", file=sys.stderr)
        if root is not None:  # the project's own framework: its contributor guide follows it
            from .guide import follow_framework

            for said in follow_framework(root, framework):
                print(said, file=sys.stderr)
            broken = _items_naming_what_it_lacks(root)
            if broken:  # errors of the portfolio now, as portfolio check would exit (a staff member's review: a
                # volunteer reading the last lines committed a portfolio that no longer built)
                print(_items_naming_what_it_lacks_message(broken, output), file=sys.stderr)
                return EXIT_PROBLEMS
    return EXIT_CLEAN


_NAMING_THE_FRAMEWORK = frozenset(("unknown-challenge", "unknown-section", "unknown-rating"))
"""The problems of an item naming what its framework lacks."""


def _items_naming_what_it_lacks(root: Path) -> list[Problem]:
    """The problems of the project's items (every audience's) that name a challenge, a section or a level its
    framework lacks: the import said nothing of them, and a publishing of the branch failed on them (a new
    organisation's review)."""
    from ..reading.settings import SettingsError, load_settings
    from ..site.assemble import assemble

    try:
        settings = load_settings(root, "internal")
    except SettingsError:
        return []
    found = [problem for problem in assemble(settings).problems if problem.code in _NAMING_THE_FRAMEWORK]
    return sorted(found, key=lambda problem: (problem.path, problem.line))


def _items_naming_what_it_lacks_message(broken: list[Problem], output: Path) -> str:
    """What the import says of the items naming what the framework it wrote lacks: how many items (files), and how
    many lines where an item names it more than once (its maps_to, a self-assessment's ratings), so that the count
    is not of lines taken for items."""
    items = len({problem.path for problem in broken})
    lines = f" ({count(len(broken), 'line')})" if len(broken) != items else ""
    return (
        f"error: {count(items, 'item')}{lines} of the portfolio {'names' if items == 1 else 'name'} what {output} "
        f"no longer has (a challenge, a section or a rating level), so the portfolio does not build until they are "
        f"mended, such as {broken[0]}; where the sheet renamed them, give it "
        "a challenge_id (or section_id) column holding the ids the items use, and import it again; or change the "
        "items (portfolio check lists each)"
    )


def _the_skeletons_name(framework: Framework) -> bool:
    """Whether the framework is named as `portfolio init --framework blank` names its skeleton ("Our quality
    framework"): a name to replace, not to keep (a new organisation's review: its sheet imported over the skeleton
    kept it on every page)."""
    from .init import shipped_frameworks  # (init imports this module)

    skeleton, _ = load_framework(shipped_frameworks()["blank"], "blank.yml")
    return skeleton is not None and (framework.id, framework.title) == (skeleton.id, skeleton.title)


def _framework_replaced(output: Path) -> tuple[Framework, str] | None:
    """The framework file `--force` replaces, read, and its text; None where there is none, or it is no framework
    at all. One with errors is refused: what no sheet holds (its scale, its metrics) would be lost without a word (a
    hostile review)."""
    try:
        text = output.read_text(encoding="utf-8-sig")
    except OSError:
        return None
    except UnicodeDecodeError:
        raise UsageError(
            f"{output} is not UTF-8 text, so its rating scale, settings and metrics cannot be kept; save it as UTF-8 "
            "first, or delete it to import the sheet alone"
        ) from None
    framework, problems = parse_framework(text, str(output))
    if framework is not None:
        return framework, text
    try:
        written = load_yaml(text)
    except YamlProblem:  # one that does not parse, where it writes a framework's keys (a careless user's review)
        written = {key: None for key in _FRAMEWORK_KEYS if re.search(rf"^{key}\s*:", text, re.MULTILINE)}
    if isinstance(written, dict) and _FRAMEWORK_KEYS & set(written):
        first = problems.errors[0] if problems.errors else None
        raise UsageError(
            f"{output} has errors{f' ({first})' if first else ''}, so its rating scale, settings and metrics cannot "
            f"be kept; correct it first (portfolio framework check {shlex.quote(str(output))}), or delete it to "
            "import the sheet alone"
        )
    return None


_FRAMEWORK_KEYS = frozenset(("rating_scale", "challenges", "sections", "metrics"))
"""The keys that make a file a framework file, whose scale and metrics an import over it keeps."""


def _same_ids(framework: Framework, old: Framework, given: frozenset[str]) -> tuple[Framework, dict[str, str]]:
    """The framework imported, each challenge and section that the sheet gives no id of its own but the title (or
    label) of one in the framework it replaces, with that one's id (a sheet without a challenge_id column made new
    ids of every challenge, and every item's maps_to an error: a careless user's review); and each id changed."""

    def same(text: str) -> str:
        return " ".join(text.lower().split())

    taken = {challenge.id for challenge in framework.challenges} | {section.id for section in framework.sections}
    old_ids = {challenge.id for challenge in old.challenges} | {section.id for section in old.sections}
    titled = {same(challenge.title): challenge.id for challenge in old.challenges}
    labelled = {same(section.label): section.id for section in old.sections}
    renamed: dict[str, str] = {}
    for new_id, written, known in [
        *((challenge.id, challenge.title, titled) for challenge in framework.challenges),
        *((section.id, section.label, labelled) for section in framework.sections),
    ]:
        before = known.get(same(written))
        if new_id not in old_ids and new_id not in given and before is not None and before not in taken:
            renamed[new_id] = before
            taken.add(before)
    if not renamed:
        return framework, renamed
    sections = {
        section.id: dataclasses.replace(section, id=renamed.get(section.id, section.id))
        for section in framework.sections
    }
    challenges = tuple(
        dataclasses.replace(
            challenge,
            id=renamed.get(challenge.id, challenge.id),
            sections=tuple(dataclasses.replace(part, section=sections[part.id]) for part in challenge.sections),
        )
        for challenge in framework.challenges
    )
    return dataclasses.replace(framework, sections=tuple(sections.values()), challenges=challenges), renamed


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]


def _keeping(
    framework: Framework, replaced: tuple[Framework, str], args: argparse.Namespace
) -> tuple[Framework, list[str]]:
    """The framework imported, with what a sheet does not hold taken from the one it replaces (a revised sheet
    imported over a portfolio's own framework put Quest's scale, and the default settings, in place of the
    organisation's own, without a word: a new organisation's review): its rating scale where --scale is not given
    (else the descriptors of its levels of the same id), its settings, a challenge's summary and weight; and what
    is kept, to say so."""
    old = replaced[0]
    kept: list[str] = []
    scale = (
        old.rating_scale
        if args.scale is None
        else tuple(
            dataclasses.replace(level, descriptor=(old.level(level.id) or level).descriptor)
            for level in framework.rating_scale
        )
    )
    if args.scale is None:
        kept.append(f"the rating scale ({', '.join(level.label for level in scale)})")
    elif any(level.descriptor for level in scale):
        kept.append("the descriptors of its levels")
    changes: dict[str, Any] = {
        key: getattr(old, key)
        for key in ("rollup", "min_evidence", "max_evidence_age_days", "assessment_max_age_days")
        if getattr(old, key) != getattr(framework, key)
    }
    kept += [f"{key}: {value}" if value is not None else f"no {key}" for key, value in changes.items()]
    challenges = tuple(
        dataclasses.replace(
            challenge,
            summary=challenge.summary or before.summary,
            weight=before.weight if challenge.weight == 1 else challenge.weight,
            outcomes=challenge.outcomes or before.outcomes,  # a sheet without the column (a hostile review)
        )
        if (before := old.challenge(challenge.id))
        else challenge
        for challenge in framework.challenges
    )
    if challenges != framework.challenges:
        kept.append("the challenges' summaries, weights and outcomes the sheet does not give")
    if old.metrics:
        kept.append(f"its metrics ({', '.join(metric.id for metric in old.metrics)})")
    return dataclasses.replace(framework, rating_scale=scale, challenges=challenges, **changes), kept


def _metrics_block(text: str) -> tuple[str, int]:
    """The `metrics:` of a framework file as it is written (with its comments), to write again after the rest, and
    the number of its first line in the file ("" and 0 where there is none)."""
    lines = text.split("\n")
    start = next((number for number, line in enumerate(lines) if re.match(r"metrics\s*:", line)), None)
    if start is None:
        return "", 0
    end = next((number for number in range(start + 1, len(lines)) if re.match(r"[^\s#]", lines[number])), len(lines))
    return "\n" + "\n".join(lines[start:end]).rstrip("\n") + "\n", start + 1


def default_scale_note(framework: Framework, output: Path | None) -> str:
    """What to say when no --scale was given: a sheet holds no rating scale, so the framework got Quest's, which a
    new organisation wrote unawares and would have been assessed against (an outside review)."""
    levels = framework.rating_scale
    labels = ", ".join(level.label for level in levels)
    where = f" to {output}" if output is not None else ""
    return (
        f"no --scale given: the rating scale written{where} is the default, Quest's {len(levels)} levels, lowest "
        f"first: {labels}. To give your own, import again with --scale and its labels, lowest first, separated by "
        'commas, such as --scale "Weak,Sound,Strong" (or edit rating_scale in the framework file)'
    )


def check_command_line(path: str) -> str:
    """The command that checks the framework file at `path`, its path quoted for a shell, to be copied as it is."""
    return f"portfolio framework check {shlex.quote(path)}"


def _title_from(path: Path) -> str:
    """A title made from a file name: "quest_partnerships.csv" gives "Quest partnerships"."""
    words = " ".join(path.stem.replace("_", " ").replace("-", " ").split())
    return words[:1].upper() + words[1:]


def _check_output(output: Path, sheet: Path, force: bool) -> None:
    if output.exists() and output.resolve() == sheet.resolve():
        raise UsageError(f"-o {output} is the spreadsheet itself; write the framework to another file")
    if output.is_dir():
        raise UsageError(f"-o {output} is a folder; name the file to write, such as {output / 'framework.yml'}")
    if output.exists() and not force:
        raise UsageError(f"{output} exists already; give --force to replace it, or choose another -o file")
    if output.exists() and (output.name in CONFIG_NAMES or output.suffix.lower() not in (".yml", ".yaml")):
        raise UsageError(  # `-o mkdocs.yml --force` replaced the site's settings (a careless user's review)
            f"-o {output} is no framework file, and --force would replace it; write the framework to framework.yml "
            "(or another .yml file)"
        )
    if not output.parent.is_dir():
        raise UsageError(f"-o {output}: there is no folder {output.parent}")
    published = _published_folder(output)
    if published is not None:
        raise UsageError(
            f"-o {output} is inside {published}/, whose every file the site publishes (and the check reports as a "
            "file no page names); write the framework beside mkdocs.yml, such as framework.yml"
        )


def _project_of_framework(output: Path) -> Path | None:
    """The folder of the project whose framework file `output` is, if it is one's."""
    settings = _settings_of_project_holding(output)
    return settings.root if settings is not None and settings.framework.resolve() == output.resolve() else None


def _published_folder(output: Path) -> str | None:
    """The folder of the project `output` is in (the nearest with a mkdocs.yml above it) whose every file the site
    publishes (evidence/, the theme's custom_dir), if `output` is in one (an outside review wrote evidence/fw.yml)."""
    from .errors import copied_into_the_site

    settings = _settings_of_project_holding(output)
    published = copied_into_the_site(output, settings) if settings is not None else None
    return settings.display(published) if settings is not None and published is not None else None


def _settings_of_project_holding(output: Path) -> Settings | None:
    """The settings of the project `output` is in (the nearest folder with a mkdocs.yml above it); None where there
    is none, or it cannot be read (its check says why)."""
    from ..reading.settings import SettingsError, load_settings, project_folder

    root = project_folder(output.parent)
    if root is None:
        return None
    try:
        return load_settings(root)
    except SettingsError:
        return None


def count(number: int, noun: str) -> str:
    """`number` `noun`s, the noun in the plural but for one."""
    return f"{number} {noun}{'s' if number != 1 else ''}"


def _load_back(text: str, display: str) -> Problems:
    """The problems the build would find in `text` as a framework file."""
    return parse_framework(text, display)[1]


# ------------------------------------------------------------------------------------------------------- check


def check_command(args: argparse.Namespace) -> int:
    path: Path = args.file or _default_framework()
    if not path.is_file():
        raise UsageError(f"{path} does not exist" if not path.exists() else f"{path} is not a file")
    if path.suffix.lower() in (*CSV_SUFFIXES, *XLSX_SUFFIXES, *OTHER_SHEETS):
        command = f"portfolio framework import {shlex.quote(str(path))}"
        raise UsageError(
            f"{path} is a spreadsheet, not a framework file; make the framework file from it first: {command} "
            "-o framework.yml (the import checks what it writes)"
        )
    if said := site_settings_given(path):  # its errors would say to take out what MkDocs needs (its !relative tags)
        raise UsageError(
            f"{said}; check the framework file, framework.yml (the one the portfolio plugin's `framework` option "
            "names in mkdocs.yml)"
        )
    framework, problems = load_framework(path, str(path))
    for problem in sorted(problems):  # in the order of their lines, as `portfolio check` prints them
        print(problem)
    errors, warnings = len(problems.errors), len(problems.warnings)
    found = f"{count(errors, 'error')}, {count(warnings, 'warning')}"
    if framework is not None:
        found += (
            f" ({count(len(framework.challenges), 'challenge')}, {count(len(framework.sections), 'section')}, "
            f"{count(len(framework.rating_scale), 'rating level')})"
        )
    print(f"{path}: {found}", file=sys.stderr)
    return EXIT_PROBLEMS if errors or (args.strict and warnings) else EXIT_CLEAN


def _default_framework() -> Path:
    """framework.yml in this folder; else the framework of the portfolio in or above it (run from evidence/, say: a
    review of valid portfolios found it said "framework.yml does not exist"), as its path from here."""
    here = Path("framework.yml")
    project = None if here.exists() else project_folder(Path.cwd())
    if project is None:
        return here
    try:
        framework = load_settings(project).framework
    except SettingsError:
        return here
    return Path(os.path.relpath(framework))


def site_settings_given(path: Path) -> str | None:
    """What is wrong with a file given as a framework that is MkDocs' settings (reading.framework_file's
    site_settings_in); None for any other."""
    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return None  # said by load_framework
    return f"{path} holds the site's settings (site_name, plugins), not a framework" if site_settings_in(text) else None


# --------------------------------------------------------------------------------------------- writing the YAML


def scalar(text: str) -> str:
    """One line of text as a YAML value: plain when it reads back as the same text, quoted otherwise (a text
    holding ": ", starting with a symbol, or that YAML would read as a number, a date, true or null, or one wrapped
    in curly quotes, or starting with a bullet, which reading would take for quotes or a bullet pasted from a word
    processor: a random test found "➢ 0" read back as a bullet pasted in the list of outcomes)."""
    style = '"' if curly_quoted(text) or bullet_first(text) else None
    return yaml.safe_dump([text], allow_unicode=True, width=_WIDTH, default_style=style)[2:].rstrip("\n")


def value(key: str, text: str, indent: str) -> list[str]:
    """`key: text` at `indent`; text of several lines as a literal block, each line as written."""
    if "\n" not in text:
        return [f"{indent}{key}: {scalar(text)}"]
    lines = [f"{indent}  {line}" if line else "" for line in text.split("\n")]
    return [f"{indent}{key}: |-", *lines]


def _flow(entry: dict[str, str]) -> str:
    return yaml.safe_dump(entry, default_flow_style=True, allow_unicode=True, sort_keys=False, width=_WIDTH).strip()


def _comment(text: str, indent: str = "") -> list[str]:
    return [f"{indent}# {line}" if line else f"{indent}#" for line in text.split("\n")]


SCHEMA_LINE = "# yaml-language-server: $schema=schemas/framework.schema.json"
"""The first line of a framework.yml: the schema editors complete and check it by (which `portfolio init` writes
beside it), as the shipped frameworks start."""


def framework_yaml(
    framework: Framework,
    *,
    source: str | None = None,
    rows: dict[str, tuple[int, ...]] | None = None,
    name: str = "framework.yml",
) -> str:
    """A commented framework.yml holding `framework`, saying what each part is for the people who will edit it;
    `source` and `rows` name the sheet and the rows of each challenge it was imported from."""
    made = f"Imported from {source} by `portfolio framework import`; edit it as you need.\n" if source else ""
    out = [
        SCHEMA_LINE,
        *_comment(
            "The framework this portfolio is assessed against: its rating scale, its sections, and its challenges.\n"
            f"{made}"
            f"Check it with `{check_command_line(name)}`; `portfolio schema framework` prints its schema."
        ),
    ]
    out += ["", *_comment("A short id (lowercase letters, digits and hyphens) and the framework's title.")]
    out += [f"id: {scalar(framework.id)}", *value("title", framework.title, "")]
    out += [
        "",
        *_comment(
            "The rating scale, lowest level first (2 to 10 levels). Self-assessments rate each section with a\n"
            "level's id or label. A level may also have a `descriptor`, saying what it means."
        ),
        "rating_scale:",
        *(f"  - {_flow(_level(level))}" for level in framework.rating_scale),
    ]
    out += [
        "",
        *_comment(
            "The sections (stages) every challenge is assessed on, in this order. An item maps to a challenge\n"
            "and a section, written challenge/section (such as "
            + (f"{framework.challenges[0].id}/{framework.sections[0].id}" if framework.challenges else "partners/plan")
            + ")."
        ),
        "sections:",
        *(f"  - {_flow(_section(section))}" for section in framework.sections),
    ]
    out += [
        "",
        *_comment(
            "How a challenge's rating is made from its sections' ratings, when a self-assessment gives no\n"
            "overall rating: median (the lower median), min (the lowest) or mean (rounded down)."
        ),
        f"rollup: {framework.rollup}",
        *_comment("How many supporting items a section needs to count as covered."),
        f"min_evidence: {framework.min_evidence}",
    ]
    if framework.max_evidence_age_days is not None:
        out += _comment(
            "Evidence older than this many days is stale: still shown, but it no longer counts. Delete this line\n"
            "to let evidence count however old it is."
        )
        out.append(f"max_evidence_age_days: {framework.max_evidence_age_days}")
    out += _comment("A self-assessment older than this many days on the day of the visit is too old for it.")
    out.append(f"assessment_max_age_days: {framework.assessment_max_age_days}")
    out += [
        "",
        *_comment(
            "The challenges. Each has an id (the first part of maps_to), a title, the outcomes that show it is\n"
            "met, and, for each section it uses, the question it asks and an example of best practice.\n"
            "A challenge may also have a `summary`, and a `weight` (default 1; reported, for other tools)."
        ),
        "challenges:",
    ]
    for position, challenge in enumerate(framework.challenges):
        out += ([""] if position else []) + _challenge(challenge, source, (rows or {}).get(challenge.id, ()))
    return "\n".join(out) + "\n"


def _level(level: Level) -> dict[str, str]:
    entry = {"id": level.id, "label": level.label}
    if level.descriptor:
        entry["descriptor"] = level.descriptor
    return entry


def _section(section: Section) -> dict[str, str]:
    return {"id": section.id, "label": section.label}


def _challenge(challenge: Challenge, source: str | None, rows: Sequence[int]) -> list[str]:
    out: list[str] = []
    if source and rows:
        out += _comment(f"{challenge.title}: {_rows(rows)} of {source}", "  ")
    out += [f"  - id: {scalar(challenge.id)}", *value("title", challenge.title, "    ")]
    if challenge.summary:
        out += value("summary", challenge.summary, "    ")
    if challenge.weight != 1:
        out.append(f"    weight: {challenge.weight:g}")
    if challenge.outcomes:
        out += ["    outcomes:", *(f"      - {scalar(outcome)}" for outcome in challenge.outcomes)]
    out.append("    sections:")
    for part in challenge.sections:
        out.append(f"      {scalar(part.id)}:")
        out += value("question", part.question, "        ")
        if part.best_practice:
            out += value("best_practice", part.best_practice, "        ")
    return out


def _rows(rows: Sequence[int]) -> str:
    """ "row 2", "rows 2 to 6", "rows 2, 3 and 8"."""
    if len(rows) == 1:
        return f"row {rows[0]}"
    if list(rows) == list(range(rows[0], rows[0] + len(rows))):
        return f"rows {rows[0]} to {rows[-1]}"
    return "rows " + ", ".join(map(str, rows[:-1])) + f" and {rows[-1]}"


__all__ = ["Imported", "add_options", "framework_yaml", "run"]
