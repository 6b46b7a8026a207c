"""`portfolio report`: coverage, ratings and gaps by challenge and section, and what changed against another version.

A *gap* (an uncovered section, a rating not backed by evidence, a stale item, an overdue action) is known across
two versions by its code and its subject: the section it is about ("partnerships/do"), or else the file it is in.
Its line and its wording may change (one more supporting item, a rating moved down a line) without the gap being
closed and opened again.

A base whose framework file cannot be read (it does not parse, say) has no coverage, ratings or gaps to compare
with: the report then shows the portfolio as it is, with no changes, and a note names the base's first error at its
file and line (exit 0: the pull request that mends the base must not fail for it). A base with no framework file
at all is a version before the portfolio: against it, every item is added.
"""

from __future__ import annotations

import io
import json
import shlex
import subprocess
import tarfile
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any, NamedTuple

from ..computation.metrics import metric_value
from ..model.items import item_id
from ..model.lazy_patterns import lazy_pattern
from ..model.percentages import whole_percent
from ..reading.pages import Page
from ..reading.settings import Settings, SettingsError, load_settings
from ..site.assemble import Build, assemble


class ReportError(Exception):
    """A problem with the request (an unknown git ref, no git): exit 2."""


class UnreadableBase(ReportError):
    """A base whose framework file cannot be read: nothing to compare with (see the module's docstring)."""


def summary(build: Build) -> dict[str, Any]:
    """Coverage and ratings of the build, by challenge and section; ratings by id, as in portfolio.json."""
    portfolio = build.portfolio
    if portfolio is None:
        return {
            "coverage": None,
            "challenges": [],
            "errors": len(build.problems.errors),
            "labels": {},
            "gaps": [],
            "metrics": [],
        }
    return {
        "framework": portfolio.framework.title,
        "audience": portfolio.audience,
        "as_of": portfolio.as_of.isoformat(),
        "coverage": portfolio.coverage,
        "items": len(portfolio.items),
        "withheld_items": build.publication.withheld_items,
        "errors": len(build.problems.errors),  # every file's, as every build stops on them, whoever sees the file
        "warnings": len(build.disclosed(build.problems.warnings)),  # those this audience may see, as its gaps
        "labels": {level.id: level.label for level in portfolio.framework.rating_scale},
        "gaps": gaps(build),
        "metrics": [
            {
                "id": result.id,
                "label": result.metric.label,
                "kind": result.metric.kind,
                "section": result.metric.where,
                "target": result.metric.target,
                "higher_is_better": result.metric.higher_is_better,
                "latest": result.latest,
                "trend": result.trend,
                "improving": result.improving,
                "target_met": result.target_met,
            }
            for result in portfolio.metrics
        ],
        "challenges": [
            {
                "id": result.id,
                "title": result.challenge.title,
                "coverage": result.coverage,
                "rating": result.rating.id if result.rating else None,
                "assessor_rating": result.assessor_rating.id if result.assessor_rating else None,
                "assessor_report": result.report.id if result.report else None,
                "rating_gap": result.rating_gap,
                "sections": [
                    {
                        "id": section.id,
                        "label": section.section.label,
                        "supporting": len(section.evidence),
                        "covered": section.covered,
                        "rating": section.rating.id if section.rating else None,
                        "assessor_rating": section.assessor_rating.id if section.assessor_rating else None,
                        "target": section.target.id if section.target else None,
                        "rating_gap": section.rating_gap,
                        "actions": len(section.actions),
                    }
                    for section in result.sections
                ],
            }
            for result in portfolio.challenges
        ],
    }


def gaps(build: Build) -> list[dict[str, Any]]:
    """The gaps of the build that its audience may see, each with its subject: the section it is about, or else
    its file."""
    return [
        {
            "code": problem.code,
            "subject": problem.subject or problem.path,
            "path": problem.path,
            "line": problem.line,
            "message": problem.message,
        }
        for problem in build.disclosed(build.problems)
        if problem.gap
    ]


def _gap_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> tuple[list[Any], list[Any]]:
    """The gaps of `old` that `new` no longer has (closed), and those `new` has that `old` had not (opened)."""
    before = {(gap["code"], gap["subject"]) for gap in old}
    after = {(gap["code"], gap["subject"]) for gap in new}
    closed = [gap for gap in old if (gap["code"], gap["subject"]) not in after]
    opened = [gap for gap in new if (gap["code"], gap["subject"]) not in before]
    return closed, opened


class _Fingerprint(NamedTuple):
    """An item as a change to it would change it."""

    title: str
    meta: dict[str, Any]
    body: str
    visibility: str


def _fingerprints(build: Build) -> dict[str, _Fingerprint]:
    """The items of the build (its audience's only), each with what a change to it would change."""
    found: dict[str, _Fingerprint] = {}
    for item in build.publication.items:
        page = build.project.pages[item.src_uri]
        found[item.id] = _Fingerprint(item.title, dict(page.meta), page.body, page.visibility)
    return found


def _changed(item: str, before: _Fingerprint, after: _Fingerprint) -> dict[str, Any]:
    """An item changed: the keys of its front matter that changed, and "text" where its text did; the visibility
    before and after where it changed (a reviewer missed an item made internal among the others changed)."""
    old, new = before.meta, after.meta
    what = sorted(str(key) for key in {*old, *new} if old.get(key) != new.get(key))
    entry: dict[str, Any] = {
        "id": item,
        "title": after.title,
        "what": [*what, *(["text"] if before.body != after.body else [])],
    }
    return entry | _visibility_moved(before, after)


def _visibility_moved(before: _Fingerprint, after: _Fingerprint) -> dict[str, Any]:
    """`visibility` with its value before and after, where an item's changed; else nothing."""
    if before.visibility == after.visibility:
        return {}
    return {"visibility": {"before": before.visibility, "after": after.visibility}}


def _moves(
    before: dict[str, _Fingerprint], after: dict[str, _Fingerprint], added: list[str], gone: list[str]
) -> list[dict[str, Any]]:
    """Items of `gone` found unchanged under a name of `added`, but for their visibility: moved or renamed, which
    changes their address on the site (a reviewer read them as one item added and another removed), with the
    visibility before and after where it changed too."""
    moves: list[dict[str, Any]] = []
    left = list(gone)
    for item in added:
        was = next((old for old in left if _but_visibility(before[old]) == _but_visibility(after[item])), None)
        if was is not None:
            left.remove(was)
            moves.append(
                {"id": item, "title": after[item].title, "from": was} | _visibility_moved(before[was], after[item])
            )
    return moves


def _withheld_since(base: Build, head: Build, seen: dict[str, _Fingerprint]) -> list[Page]:
    """The items of `head` withheld from the audience (`seen` holds what it sees) under a name new since `base`:
    what an item the audience saw, whose file is gone, may have become (_renamed_as_withheld)."""
    before = {page.item.id for page in base.project.pages.values() if page.item}
    return [
        page
        for page in head.project.pages.values()
        if page.item and page.item.id not in seen and page.item.id not in before
    ]


def _renamed_as_withheld(was: _Fingerprint, withheld: list[Page]) -> bool:
    """Whether an item the audience saw, whose file is gone, may be one of `withheld` (_withheld_since): one of its
    date, with its title or its text, renamed as it was withheld, maybe edited too (a hostile review found it named
    as removed, where an item withheld at its own name is counted, not named). An item of the same title or text
    alone ("Minutes"), or one there before, does not make one removed withdrawn."""
    return any(
        page.meta.get("date") == was.meta.get("date")
        and ((page.item is not None and page.item.title == was.title) or page.body == was.body)
        for page in withheld
    )


def _but_visibility(fingerprint: _Fingerprint) -> tuple[str, dict[str, Any], str]:
    """An item's title, front matter without its visibility, and text."""
    meta = {key: value for key, value in fingerprint.meta.items() if key != "visibility"}
    return fingerprint.title, meta, fingerprint.body


RATED = (("rating", "ratings_changed"), ("assessor_rating", "assessor_ratings_changed"), ("target", "targets_changed"))
"""What a section says about its level (in `summary`), and the list of `changes` that reports its changes."""


def changes(base: Build, head: Build) -> dict[str, Any]:
    """What `head` changes against `base`: items, coverage of sections, ratings, assessor ratings and targets."""
    before, after = _fingerprints(base), _fingerprints(head)
    # Items the audience saw that are still in the portfolio, withheld from it now (an item, or a file at the item's
    # path that is no longer one): counted, not named (their title and address are no longer this audience's to read).
    docs = head.settings.docs_dir
    still = {page.item.id for page in head.project.pages.values() if page.item} | {
        item.id for item in base.publication.items if (docs / item.src_uri).is_file()
    }
    old, new = summary(base), summary(head)
    old_sections = {(c["id"], s["id"]): (c, s) for c in old["challenges"] for s in c["sections"]}
    covered: list[str] = []
    uncovered: list[str] = []
    moved: dict[str, list[dict[str, Any]]] = {name: [] for _, name in RATED}
    for challenge in new["challenges"]:
        for section in challenge["sections"]:
            name = f"{challenge['id']}/{section['id']}"
            previous = old_sections.get((challenge["id"], section["id"]))
            was_covered = previous[1]["covered"] if previous else False
            if section["covered"] and not was_covered:
                covered.append(name)
            elif was_covered and not section["covered"]:
                uncovered.append(name)
            for key, changed in RATED:
                was_rated = previous[1][key] if previous else None
                if was_rated != section[key]:
                    moved[changed].append({"target": name, "before": was_rated, "after": section[key]})
        previous_challenge = next((c for c in old["challenges"] if c["id"] == challenge["id"]), None)
        for key, changed in RATED[:2]:  # a challenge's target is not reported: it is drawn from its sections'
            was_rated = previous_challenge.get(key) if previous_challenge else None
            if was_rated != challenge[key]:
                moved[changed].append({"target": challenge["id"], "before": was_rated, "after": challenge[key]})
    # A challenge or section of the base's framework that the framework has no more (renamed, removed): no longer
    # covered, and no longer rated, where it was (an outside review found it unsaid)
    new_sections = {(c["id"], s["id"]) for c in new["challenges"] for s in c["sections"]}
    for (challenge_id, section_id), (_, section) in old_sections.items():
        if (challenge_id, section_id) in new_sections:
            continue
        name = f"{challenge_id}/{section_id}"
        if section["covered"]:
            uncovered.append(name)
        for key, changed in RATED:
            if section[key] is not None:
                moved[changed].append({"target": name, "before": section[key], "after": None})
    new_challenges = {c["id"] for c in new["challenges"]}
    for challenge in old["challenges"]:
        for key, changed in RATED[:2]:
            if challenge["id"] not in new_challenges and challenge.get(key) is not None:
                moved[changed].append({"target": challenge["id"], "before": challenge[key], "after": None})
    measured = _metrics_changed(old["metrics"], new["metrics"])
    gaps_closed, gaps_opened = _gap_changes(old["gaps"], new["gaps"])
    # A gap of the base about a file still in the portfolio that this audience may no longer see is not closed,
    # only out of sight: it is not named. (One about a file since removed is closed.)
    root, published = head.settings.root, head.publication

    def withheld(path: str) -> bool:
        return (root / path).exists() and not published.discloses(path)

    hidden = {(p.code, p.path, p.line) for p in base.problems if p.gap and any(map(withheld, p.concerns))}
    gaps_closed = [gap for gap in gaps_closed if (gap["code"], gap["path"], gap["line"]) not in hidden]
    # Nor is one of a section or a challenge the framework no longer has (renamed, or taken out): it went with it
    # (an outside review: a section renamed was told its gap closed, with nothing covered).
    subjects: set[tuple[str, str | None]] = {*new_sections, *((c, None) for c in new_challenges)}
    about = [(gap, _framework_subject(gap, old)) for gap in gaps_closed]
    gaps_gone = [gap for gap, subject in about if subject is not None and subject not in subjects]
    gaps_closed = [gap for gap in gaps_closed if gap not in gaps_gone]
    # Items whose files have errors now, or had them at the base: left out of both builds' items, they are neither
    # withheld nor removed, nor added, but broken or mended.
    faulty_now = {item_id(uri) for uri in head.project.faulty_pages}
    faulty_before = {item_id(uri) for uri in base.project.faulty_pages}
    gone = set(before) - set(after)
    added = sorted(set(after) - set(before) - faulty_before)
    removed = sorted(gone - still - faulty_now)
    moves = _moves(before, after, added, removed)
    added = [i for i in added if i not in {move["id"] for move in moves}]
    removed = [i for i in removed if i not in {move["from"] for move in moves}]
    withheld_now = _withheld_since(base, head, after) if removed else []
    renamed_away = [i for i in removed if _renamed_as_withheld(before[i], withheld_now)]
    removed = [i for i in removed if i not in renamed_away]
    return {
        "added": [{"id": i, "title": after[i].title} for i in added],
        "mended": [{"id": i, "title": after[i].title} for i in sorted((set(after) - set(before)) & faulty_before)],
        "changed": [
            _changed(i, before[i], after[i]) for i in sorted(set(after) & set(before)) if after[i] != before[i]
        ],
        "moved": moves,
        "removed": [{"id": i, "title": before[i].title} for i in removed],
        "withdrawn": len((gone & still) - faulty_now) + len(renamed_away),
        "with_errors": len(gone & faulty_now),
        "newly_covered": covered,
        "newly_uncovered": uncovered,
        **moved,
        "coverage": {"before": old["coverage"], "after": new["coverage"]},
        "metrics_changed": measured,
        "gaps_closed": gaps_closed,
        "gaps_opened": gaps_opened,
        "gaps_gone": gaps_gone,
    }


def _framework_subject(gap: dict[str, Any], old: dict[str, Any]) -> tuple[str, str | None] | None:
    """The section (challenge, section) or challenge (challenge, None) of the base's framework that a gap is about,
    or None for a gap about a file (a stale item, an overdue action)."""
    challenge, _, section = str(gap["subject"]).partition("/")
    for known in old["challenges"]:
        if known["id"] == challenge and (not section or any(s["id"] == section for s in known["sections"])):
            return challenge, section or None
    return None


def _metrics_changed(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The metrics whose latest value a change moves (a reviewer saw no figure of the surveys, an outside review),
    and whether each met its target before and after (null without a target or a value)."""
    was: dict[str, dict[str, Any]] = {metric["id"]: metric for metric in old}
    return [
        {
            "id": metric["id"],
            "label": metric["label"],
            "kind": metric["kind"],
            "before": before.get("latest"),
            "after": metric["latest"],
            "target_met_before": before.get("target_met"),
            "target_met_after": metric["target_met"],
        }
        for metric in new
        if (before := was.get(metric["id"], {})).get("latest") != metric["latest"]
    ]


def _inside(member: tarfile.TarInfo, destination: str) -> tarfile.TarInfo | None:
    """A file of the base's archive as tarfile's "data" filter lets it out, or None (left out) for one it refuses: a
    symbolic link to an absolute path or out of the tree, which `portfolio check` reports where it is under
    evidence/ (and which may be what the change removes)."""
    try:
        return tarfile.data_filter(member, destination)
    except tarfile.FilterError:
        return None


def base_project(settings: Settings, ref: str) -> tuple[Build, tempfile.TemporaryDirectory[str]]:
    """The project as it is at git `ref`, read with the same audience and as_of (the folder lives as long as the
    returned TemporaryDirectory)."""
    root = settings.root

    def git(*args: str) -> bytes:
        try:
            return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True).stdout
        except FileNotFoundError:
            raise ReportError("git is not installed; install it to compare with --base") from None
        except subprocess.CalledProcessError as exc:
            raise ReportError(f"git {' '.join(args)}: {exc.stderr.decode(errors='replace').strip()}") from None

    if not ref or ref.startswith("-"):  # never an option of git's
        raise ReportError(f'--base "{ref}" is not a commit, branch or tag; give one, such as main or HEAD~1')
    try:
        prefix = git("rev-parse", "--show-prefix").decode().strip()
    except ReportError:
        raise ReportError(
            f"{root} is not in a git repository, so there is nothing to compare with; leave out --base"
        ) from None
    try:
        commit = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}").decode().strip()
    except ReportError:
        try:
            git("rev-parse", "--verify", "--quiet", "HEAD")
        except ReportError:  # (an outside review: it said HEAD was no commit, branch or tag)
            raise ReportError(
                "this repository has no commit yet, so there is nothing to compare with; leave out --base, or commit "
                "first"
            ) from None
        shallow = git("rev-parse", "--is-shallow-repository").strip() == b"true"
        raise ReportError(
            f'--base "{ref}" is not a commit, branch or tag of this repository; '
            + (
                f"this clone holds only the branch it was made from (git clone --depth or --single-branch): fetch "
                f"that one too with git fetch origin {_fetched(ref)}, then run this again"
                if ref.startswith("origin/") and len(ref) > len("origin/")
                else "this clone holds only the latest commits (a shallow clone): fetch the rest with git fetch "
                "--unshallow, then run this again"
                if shallow
                else "give one, such as main or HEAD~1 (git branch and git log list them)"
            )
        ) from None
    # The whole tree, whatever folder of it the project is in (git archive run in a folder holds that folder alone).
    top = git("rev-parse", "--show-toplevel").decode().strip()
    archive = git("-C", top, "archive", "--format=tar", commit)
    folder = tempfile.TemporaryDirectory(prefix="portfolio-base-")
    if git("-C", top, "ls-tree", "--name-only", commit).strip():  # an empty tree's archive is refused by tarfile
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder.name, filter=_inside)
    base_root = Path(folder.name) / prefix
    try:
        base = load_settings(base_root, settings.audience)
    except SettingsError:  # no readable mkdocs.yml then: assume the layout of today
        base = Settings(
            base_root,
            base_root / settings.docs_dir.relative_to(settings.root),
            base_root / settings.framework.relative_to(settings.root),
        )
    build = assemble(replace(base, audience=settings.audience, as_of=settings.as_of))
    unreadable = _unreadable(build)
    if unreadable:
        folder.cleanup()
        raise UnreadableBase(
            f'the project at --base "{ref}" cannot be read (at that version, {unreadable}), so this report shows the '
            "portfolio as it is, and no changes"
        )
    return build, folder


def _fetched(ref: str) -> str:
    """What `git fetch origin` needs to make a remote branch (origin/main) known to a clone of another branch
    alone (an outside review: the advice to fetch the whole history would not bring it)."""
    branch = ref.removeprefix("origin/")
    return shlex.quote(f"{branch}:refs/remotes/origin/{branch}")


def _unreadable(base: Build) -> str | None:
    """Why the base has no portfolio to compare with (its first error, at its file and line), when its framework
    file is there but cannot be read; compared with, it would be an empty portfolio, and every section covered now
    "newly covered", every gap "opened". None when it has a portfolio, or no framework file at all (a version
    before the portfolio, against which every item is rightly added)."""
    if base.portfolio is not None or not base.settings.framework.exists():
        return None
    shown = base.settings.display(base.settings.framework)
    # The framework file's own errors: an item's (sorted before it, in evidence/) is not why there is no portfolio.
    errors = [error for error in base.problems.errors if error.path == shown] or base.problems.errors
    if not errors:
        return f"{shown} cannot be read"
    more = len(errors) - 1
    return str(errors[0]) + (f"; and {more} more error{'s' if more != 1 else ''}" if more else "")


def _percent(fraction: float | None) -> str:
    return "n/a" if fraction is None else whole_percent(fraction)


def _label(data: dict[str, Any], rating: str | None, absent: str = "not rated") -> str:
    """A rating id as people read it: its label on the framework's scale."""
    return str(data["labels"].get(rating, rating)) if rating else absent


def _named(data: dict[str, Any], target: str) -> str:
    """A challenge or section by its id ("partnerships/impact") as the report names it: by its title and label, with
    the id in brackets, as the measures are (an outside review: a change was the only place ids stood alone); by the
    id alone for one the framework no longer has."""
    challenge_id, _, section_id = target.partition("/")
    challenge = next((c for c in data["challenges"] if c["id"] == challenge_id), None)
    section = next((s for s in challenge["sections"] if s["id"] == section_id), None) if challenge else None
    if challenge is None or (section_id and section is None):
        return target
    named = f"{challenge['title']} › {section['label']}" if section else challenge["title"]
    return f"{named} ({target})"


def _section_cell(data: dict[str, Any], section: dict[str, Any]) -> str:
    state = "covered" if section["covered"] else "NOT covered"
    cell = f"{section['supporting']} supporting, {state}, {_label(data, section['rating'])}"
    if section["assessor_rating"]:
        cell += f", assessor {_label(data, section['assessor_rating'])}"
    if section["target"]:
        cell += f", target {_label(data, section['target'])}"
    return cell


def _assessed(challenge: dict[str, Any], data: dict[str, Any]) -> str:
    """ ", assessor's rating Satisfactory" for a challenge with an assessor report, else nothing."""
    return f", assessor's rating {_label(data, challenge['assessor_rating'])}" if challenge["assessor_report"] else ""


def _plain(text: str) -> str:
    return text


_MARKDOWN_SPECIAL = lazy_pattern(r"([\\`*_{}\[\]<>|~&#])")


def _markdown(text: str) -> str:
    """Text that Markdown shows as it is (a title or a file name holding `*`, `|` or `<` changes nothing)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _gap_line(gap: dict[str, Any], escape: Callable[[str], str]) -> str:
    return f"{escape(gap['path'])}:{gap['line']}: {escape(gap['message'])}"


GAPS_NOTE = "they do not fail the checks unless mkdocs.yml sets strict_gaps: true"
FOLDED_GAPS = 10
"""Above this many gaps, the Markdown report folds their list away."""


def _seen_by(data: dict[str, Any]) -> str:
    """Whose portfolio this is, and on which day: a report of the public audience leaves out what the assessor sees
    (a self-assessment for the accreditor, say)."""
    withheld = data["withheld_items"]
    return (
        f"The portfolio the {data['audience']} audience sees, as of {data['as_of']}: {data['items']} "
        f"item{'s' if data['items'] != 1 else ''}, {withheld} more withheld from it (--audience chooses another)"
    )


def _shown_width(text: str) -> int:
    """How many columns of a terminal a text takes: two for a wide character (学), none for a combining one."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text
    )


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - _shown_width(text))


def as_text(data: dict[str, Any], diff: dict[str, Any] | None) -> str:
    out = [f"Portfolio coverage: {_percent(data['coverage'])} (the {data['audience']} audience's)", _seen_by(data)]
    if data.get("errors"):
        out.append(f"{data['errors']} error(s): run `portfolio check` to see them")
    labels = [section["label"] for challenge in data["challenges"] for section in challenge["sections"]]
    width = max([14, *map(_shown_width, labels)])  # every challenge's figures in one column
    for challenge in data["challenges"]:
        out.append(
            f"\n{challenge['title']} ({challenge['id']}): coverage {_percent(challenge['coverage'])}, "
            + (f"rating {_label(data, challenge['rating'])}" if challenge["rating"] else "not rated yet")
            + _assessed(challenge, data)
        )
        out += [f"  {_padded(s['label'], width)} {_section_cell(data, s)}" for s in challenge["sections"]]
    if data["metrics"]:
        out.append("\nMeasures:")
        out += [f"  {_measure_line(metric, _plain)}" for metric in data["metrics"]]
    if diff is not None:
        out.append("\nChanges:")
        out += _change_lines(data, diff, bullet="  - ", escape=_plain)
    if data["gaps"]:
        out.append(f"\nGaps ({len(data['gaps'])}; {GAPS_NOTE}):")
        out += [f"  {_gap_line(gap, _plain)}" for gap in data["gaps"]]
    return "\n".join(out) + "\n"


def as_markdown(data: dict[str, Any], diff: dict[str, Any] | None) -> str:
    md = _markdown
    out = [
        f"## Evidence portfolio: {md(data['framework'])}",
        "",
        f"**Portfolio coverage: {_percent(data['coverage'])}** (the {data['audience']} audience's)",
        "",
        md(_seen_by(data)),
    ]
    if data.get("errors"):
        out.append(f"\n:x: {data['errors']} error(s): run `portfolio check` (or see the annotations) to fix them.")
    for challenge in data["challenges"]:
        out += [
            "",
            f"### {md(challenge['title'])}",
            "",
            f"Coverage {_percent(challenge['coverage'])}, rating **{md(_label(data, challenge['rating']))}**"
            + md(_assessed(challenge, data)),
            "",
        ]
        # The assessor's ratings and the targets get columns where the challenge has them.
        extra = [
            (key, title)
            for key, title in (("assessor_rating", "Assessor"), ("target", "Target"))
            if any(s[key] for s in challenge["sections"])
        ]
        out += [
            "| Section | Supporting items | Covered | Rating |"
            + "".join(f" {title} |" for _, title in extra)
            + " Actions |",
            "|---|---|---|---|" + "---|" * len(extra) + "---|",
        ]
        out += [
            f"| {md(s['label'])} | {s['supporting']} | {'yes' if s['covered'] else '**no**'} "
            f"| {md(_label(data, s['rating']))} |"
            + "".join(f" {md(_label(data, s[key]) if s[key] else '—')} |" for key, _ in extra)
            + f" {s['actions']} |"
            for s in challenge["sections"]
        ]
    if data["metrics"]:
        out += ["", "### Measures", ""]
        out += [f"- {_measure_line(metric, md)}" for metric in data["metrics"]]
    if diff is not None:
        out += ["", "### What this change does", ""]
        out += _change_lines(data, diff, bullet="- ", escape=md)
    out += ["", "### Gaps", ""]
    count = len(data["gaps"])
    if not count:
        out.append("No gaps: every section is covered; no evidence is stale, no action overdue, no rating unbacked.")
    else:
        out += [f"{count} gap{'s' if count != 1 else ''} left to close ({GAPS_NOTE}).", ""]
        listed = [f"- {_gap_line(gap, md)}" for gap in data["gaps"]]
        if count > FOLDED_GAPS:
            listed = [f"<details><summary>The {count} gaps</summary>", "", *listed, "", "</details>"]
        out += listed
    return "\n".join(out) + "\n"


def _change_lines(data: dict[str, Any], diff: dict[str, Any], bullet: str, escape: Callable[[str], str]) -> list[str]:
    lines = []
    for key, label in (("added", "Added"), ("mended", "Mended")):
        lines += [f"{bullet}{label}: {escape(entry['title'])} ({escape(entry['id'])})" for entry in diff[key]]
    lines += [
        f"{bullet}Changed: {escape(entry['title'])} ({escape(entry['id'])}): {_what_changed(entry, escape)}"
        for entry in diff["changed"]
    ]
    lines += [
        f"{bullet}Moved: {escape(entry['title'])} ({escape(entry['from'])} -> {escape(entry['id'])}): its address on "
        "the site changes, and links to the old one lead nowhere"
        + (f"; {_visibility_words(entry['visibility'])}" if "visibility" in entry else "")
        for entry in diff["moved"]
    ]
    lines += [f"{bullet}Removed: {escape(entry['title'])} ({escape(entry['id'])})" for entry in diff["removed"]]
    for key, label in (
        ("withdrawn", "Withheld from this audience now"),
        ("with_errors", "With errors now, left out until they are mended"),
    ):
        count = diff[key]
        lines += [f"{bullet}{label}: {count} item{'s' if count != 1 else ''}"] if count else []
    lines += [f"{bullet}Newly covered: {escape(_named(data, name))}" for name in diff["newly_covered"]]
    lines += [f"{bullet}No longer covered: {escape(_named(data, name))}" for name in diff["newly_uncovered"]]
    for changed, what, absent in (
        ("ratings_changed", "Rating", "not rated"),
        ("assessor_ratings_changed", "Assessor's rating", "not rated"),
        ("targets_changed", "Target", "no target"),
    ):
        lines += [
            f"{bullet}{what} of {escape(_named(data, change['target']))}: "
            f"{escape(_label(data, change['before'], absent))} -> "
            f"{escape(_label(data, change['after'], absent))}"
            for change in diff[changed]
        ]
    coverage = diff["coverage"]
    if coverage["before"] != coverage["after"]:
        lines.append(f"{bullet}Portfolio coverage: {_percent(coverage['before'])} -> {_percent(coverage['after'])}")
    lines += [
        f"{bullet}{escape(change['label'])}: {metric_value(change['before'], change['kind'])} -> "
        f"{metric_value(change['after'], change['kind'])}"
        + _TARGET_NOW.get((change["target_met_before"], change["target_met_after"]), "")
        for change in diff["metrics_changed"]
    ]
    lines += [f"{bullet}Gap closed: {_gap_line(gap, escape)}" for gap in diff["gaps_closed"]]
    lines += [f"{bullet}Gap opened: {_gap_line(gap, escape)}" for gap in diff["gaps_opened"]]
    lines += [f"{bullet}Gap of what the framework no longer has: {_gap_line(gap, escape)}" for gap in diff["gaps_gone"]]
    return lines or [f"{bullet}No change to items, coverage, ratings, targets or gaps."]


_TARGET_NOW = {(True, False): " (target no longer met)", (False, True): " (target now met)"}
"""What a change of a metric's value does to its target, where it changes whether it is met."""


def _measure_line(metric: dict[str, Any], escape: Callable[[str], str]) -> str:
    """A metric as the report gives it, as its page does: "Partner NPS (partnerships/measure): +31.3, up (better);
    target ≥ +50, not met"."""
    kind = metric["kind"]
    target = metric["target"]
    met = {True: ", met", False: ", not met"}.get(metric["target_met"], "")
    better = {True: " (better)", False: " (worse)"}.get(metric["improving"], "")
    goal = "≥ " if metric["higher_is_better"] else "≤ "
    return (
        f"{escape(metric['label'])} ({escape(metric['section'])}): {metric_value(metric['latest'], kind)}"
        + (f", {metric['trend']}{better}" if metric["trend"] else "")
        + (f"; target {goal}{metric_value(target, kind)}{met}" if target is not None else "")
    )


def _what_changed(entry: dict[str, Any], escape: Callable[[str], str]) -> str:
    """What changed of an item, in words: "visibility public -> internal, title, text"."""
    seen = entry.get("visibility")
    return ", ".join(
        _visibility_words(seen) if what == "visibility" and seen else escape(what) for what in entry["what"]
    )


def _visibility_words(seen: dict[str, str]) -> str:
    """A visibility changed, in words: "visibility public -> internal"."""
    return f"visibility {seen['before']} -> {seen['after']}"


def render(data: dict[str, Any], diff: dict[str, Any] | None, output_format: str) -> str:
    if output_format == "json":
        machine = {key: value for key, value in data.items() if key != "labels"}
        return (
            json.dumps({**machine, **({"changes": diff} if diff is not None else {})}, indent=2, ensure_ascii=False)
            + "\n"
        )
    return as_markdown(data, diff) if output_format == "markdown" else as_text(data, diff)
