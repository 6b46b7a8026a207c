"""The JSON Schemas of framework.yml and of an item's front matter agree with the validator.

Each variant below is loaded twice: as an editor would (YAML to JSON, dates as text) and checked against the schema,
and by the validator itself. Both must accept it or both refuse it; "accept" means no error and no unknown-key
warning, since the schema refuses unknown keys that the validator only warns about. Where JSON Schema cannot follow
the validator, the variant is listed in KNOWN_DEVIATIONS with the reason, and the test checks that it still behaves
as listed (so that a deviation fixed one day is noticed and taken off the list).
"""

from __future__ import annotations

import copy
import datetime
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from conftest import FRAMEWORK, REPOSITORY
from evidence_portfolio.commands.schema import framework_schema, item_schema
from evidence_portfolio.model.framework import Framework
from evidence_portfolio.reading.framework_file import load_framework
from evidence_portfolio.reading.front_matter import read_source
from evidence_portfolio.reading.pages import parse_page
from evidence_portfolio.reading.yaml_lines import lenient_timestamp


def as_json(value: Any) -> Any:
    """What an editor's YAML-to-JSON makes of loaded YAML: dates as ISO text, keys as text."""
    if isinstance(value, dict):
        return {str(key): as_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [as_json(item) for item in value]
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return value


class EditorLoader(yaml.SafeLoader):
    """yaml.safe_load, except that a date-like value that is no date (2026-02-30) stays text, as in an editor."""


EditorLoader.add_constructor("tag:yaml.org,2002:timestamp", lenient_timestamp)


def schema_accepts(schema: dict[str, Any], text: str) -> bool:
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return validator.is_valid(as_json(yaml.load(text, Loader=EditorLoader)))


def clean(problems: Any) -> bool:
    """No error, and no warning about an unknown key (the only warnings reading a file gives)."""
    return not problems.errors and not any("unknown key" in w.message for w in problems.warnings)


# --- framework.yml -------------------------------------------------------------------------------------------------

BASE = yaml.safe_load(FRAMEWORK)
METRICS = [
    {"id": "partner-nps", "label": "Partner NPS", "kind": "nps", "section": "partnerships/review", "target": 40},
    {"id": "participants", "label": "Participants", "kind": "count", "section": "people", "higher_is_better": True},
    {
        "id": "waiting",
        "label": "Days waiting",
        "kind": "number",
        "section": "people/plan",
        "target": 3.5,
        "higher_is_better": False,
    },
]
"""Metrics for the test framework (the item tables read it with these)."""


def metric(**changes: Any) -> dict[str, Any]:
    """A valid nps metric, changed (a value None removes the key)."""
    found = {**METRICS[0], **changes}
    return {key: value for key, value in found.items() if value is not None}


def framework(change: Callable[[dict[str, Any]], Any] | None = None) -> str:
    """The test framework, changed by `change` (which edits the loaded mapping in place)."""
    data = copy.deepcopy(BASE)
    if change:
        change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def first_challenge(data: dict[str, Any]) -> dict[str, Any]:
    return data["challenges"][0]


def rename_plan(data: dict[str, Any]) -> None:
    data["sections"][0]["id"] = "Plan_1.a"
    for challenge in data["challenges"]:
        challenge["sections"]["Plan_1.a"] = challenge["sections"].pop("plan")


def numbered(data: dict[str, Any]) -> None:
    """Every id of the test framework written as a whole number, as YAML reads `id: 2026` (the spec's ids allow
    them: an audit found them refused): the framework's, the levels' (one bare), the sections', the challenges' and a
    metric's, with the metric's section a challenge's number alone."""
    data["id"] = 2026
    data["rating_scale"] = [{"id": 1, "label": "Poor"}, {"id": 2, "label": "Fair"}, 3, {"id": 4, "label": "Great"}]
    numbers = {section["id"]: number for number, section in enumerate(data["sections"], start=1)}
    data["sections"] = [{"id": numbers[s["id"]], "label": s["label"]} for s in data["sections"]]
    for number, challenge in enumerate(data["challenges"], start=7):
        challenge["id"] = number
        challenge["sections"] = {numbers[key]: body for key, body in challenge["sections"].items()}
    data["metrics"] = [metric(id=10, section=7, target=None)]


FRAMEWORKS: dict[str, str] = {
    # accepted
    "valid: the test framework": framework(),
    "valid: bare level ids": framework(lambda d: d.update(rating_scale=["low", "mid", "high"])),
    "valid: bare section ids": framework(lambda d: d.update(sections=[s["id"] for s in d["sections"]])),
    "a section that is text but no id": framework(lambda d: d["sections"].append("Plan stage")),
    "valid: levels with descriptors and no labels": framework(
        lambda d: d.update(rating_scale=[{"id": "no", "descriptor": "Not yet"}, {"id": "yes", "label": None}])
    ),
    "valid: ten levels": framework(lambda d: d.update(rating_scale=[f"l{i}" for i in range(10)])),
    "valid: rollup in capitals": framework(lambda d: d.update(rollup="MEAN")),
    "valid: rollup empty": framework(lambda d: d.update(rollup=None)),
    "valid: max_evidence_age_days": framework(lambda d: d.update(max_evidence_age_days=365)),
    "valid: only the required keys": framework(lambda d: [d.pop(k) for k in ("rollup", "min_evidence")]),
    "valid: weight, summary, single-text outcomes": framework(
        lambda d: first_challenge(d).update(weight=0.5, summary="About partners", outcomes="One outcome")
    ),
    "valid: no best_practice": framework(lambda d: first_challenge(d)["sections"]["plan"].pop("best_practice")),
    "valid: id in quotes with spaces": 'id: " test-standard "\n' + framework(lambda d: d.pop("id")),
    "valid: ids with dots and underscores": framework(rename_plan),
    # refused
    "missing id": framework(lambda d: d.pop("id")),
    "id in capitals": framework(lambda d: d.update(id="Test-Standard")),
    "id with an underscore": framework(lambda d: d.update(id="test_standard")),
    "valid: id a number": framework(lambda d: d.update(id=12)),
    "valid: every id a whole number": framework(numbered),
    "id a number with a decimal point": framework(lambda d: d.update(id=1.5)),
    "id true": framework(lambda d: d.update(id=True)),
    "level id a negative number": framework(lambda d: d["rating_scale"].__setitem__(0, {"id": -1, "label": "Poor"})),
    "bare level id a negative number": framework(lambda d: d["rating_scale"].__setitem__(0, -1)),
    "missing title": framework(lambda d: d.pop("title")),
    "blank title": framework(lambda d: d.update(title="   ")),
    "one level": framework(lambda d: d.update(rating_scale=["only"])),
    "eleven levels": framework(lambda d: d.update(rating_scale=[f"l{i}" for i in range(11)])),
    "level id with a space": framework(lambda d: d["rating_scale"].__setitem__(0, {"id": "very poor"})),
    "bare level id with a slash": framework(lambda d: d.update(rating_scale=["a/b", "c"])),
    "level label a number": framework(lambda d: d["rating_scale"][0].update(label=3)),
    "level without id": framework(lambda d: d["rating_scale"][0].pop("id")),
    "rating_scale a mapping": framework(lambda d: d.update(rating_scale={"poor": "Poor", "good": "Good"})),
    "no sections": framework(lambda d: d.update(sections=[])),
    "sections a text": framework(lambda d: d.update(sections="plan, do")),
    "unknown rollup": framework(lambda d: d.update(rollup="average")),
    "min_evidence 0": framework(lambda d: d.update(min_evidence=0)),
    "min_evidence text": framework(lambda d: d.update(min_evidence="2")),
    "min_evidence true": framework(lambda d: d.update(min_evidence=True)),
    "max_evidence_age_days 0": framework(lambda d: d.update(max_evidence_age_days=0)),
    "missing challenges": framework(lambda d: d.pop("challenges")),
    "no challenges": framework(lambda d: d.update(challenges=[])),
    "challenge a text": framework(lambda d: d["challenges"].append("people")),
    "challenge without title": framework(lambda d: first_challenge(d).pop("title")),
    "challenge without sections": framework(lambda d: first_challenge(d).pop("sections")),
    "challenge with empty sections": framework(lambda d: first_challenge(d).update(sections={})),
    "challenge sections a list": framework(lambda d: first_challenge(d).update(sections=["plan", "do"])),
    "section without question": framework(lambda d: first_challenge(d)["sections"]["plan"].pop("question")),
    "section body a text": framework(lambda d: first_challenge(d)["sections"].update(plan="How?")),
    "negative weight": framework(lambda d: first_challenge(d).update(weight=-1)),
    "weight a text": framework(lambda d: first_challenge(d).update(weight="heavy")),
    "outcomes of numbers": framework(lambda d: first_challenge(d).update(outcomes=[1, 2])),
    "outcomes a mapping": framework(lambda d: first_challenge(d).update(outcomes={"a": "b"})),
    "unknown top-level key": framework(lambda d: d.update(rollups="median")),
    "unknown level key": framework(lambda d: d["rating_scale"][0].update(lable="Poor")),
    "unknown section key": framework(lambda d: d["sections"][0].update(name="Plan")),
    "unknown challenge key": framework(lambda d: first_challenge(d).update(titel="Partners")),
    "unknown key in a challenge section": framework(lambda d: first_challenge(d)["sections"]["plan"].update(hint="x")),
    "a list, not a mapping": "- id: test\n- title: Test\n",
    "empty file": "# nothing yet\n",
    # deviations (see KNOWN_DEVIATIONS)
    "duplicate level ids": framework(lambda d: d.update(rating_scale=["low", {"id": "low", "label": "Low"}])),
    "challenge uses an unknown section": framework(
        lambda d: first_challenge(d)["sections"].update(measure={"question": "How do you measure?"})
    ),
    "key written twice": FRAMEWORK + "title: Test Standard again\n",
    "valid: min_evidence 2.0, a whole number": framework(lambda d: d.update(min_evidence=2.0)),
    "min_evidence 2.5": framework(lambda d: d.update(min_evidence=2.5)),
    "unquoted date as the id": "id: 2026-01-01\n" + framework(lambda d: d.pop("id")),
    # metrics (docs/metrics.md)
    "valid: metrics": framework(lambda d: d.update(metrics=METRICS)),
    "valid: empty metrics": framework(lambda d: d.update(metrics=None)),
    "valid: metric kind in capitals, no target": framework(
        lambda d: d.update(metrics=[{"id": "m", "label": "M", "kind": "NPS", "section": "people"}])
    ),
    "metrics a mapping": framework(lambda d: d.update(metrics={"partner-nps": "nps"})),
    "metric a text": framework(lambda d: d.update(metrics=["partner-nps"])),
    "metric without label": framework(lambda d: d.update(metrics=[metric(label=None)])),
    "metric without kind": framework(lambda d: d.update(metrics=[metric(kind=None)])),
    "metric without section": framework(lambda d: d.update(metrics=[metric(section=None)])),
    "metric id not a slug": framework(lambda d: d.update(metrics=[metric(id="Partner_NPS")])),
    "unknown metric kind": framework(lambda d: d.update(metrics=[metric(kind="score")])),
    "metric section with three parts": framework(lambda d: d.update(metrics=[metric(section="partnerships/do/x")])),
    "metric target a text": framework(lambda d: d.update(metrics=[metric(target="forty")])),
    "nps target above 100": framework(lambda d: d.update(metrics=[metric(target=120)])),
    "percent target below 0": framework(lambda d: d.update(metrics=[metric(kind="percent", target=-1)])),
    "count target below 0": framework(lambda d: d.update(metrics=[metric(kind="count", target=-5)])),
    "higher_is_better a text": framework(lambda d: d.update(metrics=[metric(higher_is_better="yes")])),
    "unknown metric key": framework(lambda d: d.update(metrics=[metric(unit="points")])),
    "duplicate metric ids": framework(lambda d: d.update(metrics=[metric(), metric(label="Again")])),
    "metric of an unknown section": framework(lambda d: d.update(metrics=[metric(section="partnerships/measure")])),
    "metric of an unknown challenge": framework(lambda d: d.update(metrics=[metric(section="finance")])),
}

# --- item front matter ---------------------------------------------------------------------------------------------

ITEMS: dict[str, str] = {
    # accepted
    "valid: evidence": "title: Plan\ntype: evidence\ndate: 2026-05-14\nmaps_to: [partnerships/do]",
    "valid: case study with every key": """\
        title: Joint bid
        type: case-study
        maps_to:
          - partnerships/do
          - partnerships/review
        date: 2026-05-14
        summary: One line
        partners: [County Active Partnership, NHS Trust]
        tags: [older-adults]
        visibility: public
        attachments: [files/plan.pdf]
        authors: [Jane Smith]""",
    "valid: celebration of a whole challenge": "title: Award\ntype: celebration\ndate: 2026-01-02\nmaps_to: people",
    "valid: names in other cases": "title: T\ntype: Evidence\ndate: 2026-05-14\nmaps_to: partnerships/do\nvisibility: PUBLIC",
    "valid: single texts for lists": """\
        title: T
        type: evidence
        date: 2026-05-14
        maps_to: partnerships/plan
        partners: NHS Trust
        tags: older-adults
        authors: Jane Smith
        attachments: files/plan.pdf""",
    "valid: spaces around names": 'title: T\ntype: " case-study "\ndate: 2026-05-14\nmaps_to: "partnerships / do"\nvisibility: " accreditor"',
    "valid: date with a time": "title: T\ntype: evidence\ndate: 2026-05-14 10:30:00\nmaps_to: people",
    "valid: date with a time written T, and its zone": "title: T\ntype: evidence\ndate: 2026-05-14T10:30+01:00\nmaps_to: people",
    "valid: date with a time without seconds": "title: T\ntype: evidence\ndate: 2026-05-14 10:30\nmaps_to: people",
    "valid: quoted date": 'title: T\ntype: evidence\ndate: "2026-05-14"\nmaps_to: partnerships',
    "valid: empty optional keys": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people/plan\nsummary:\nvisibility:\ntags:\nauthors: ''",
    "valid: page keys": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nhide: [toc]\nicon: material/star\ndescription: D\nsearch: {exclude: true}",
    "valid: action": "title: Forum\ntype: action\ndate: 2026-05-14\nmaps_to: partnerships/review\nowner: Sam\ndue: 2026-12-01\nstatus: In-Progress",
    "valid: action without status": "title: Forum\ntype: action\ndate: 2026-05-14\nmaps_to: [partnerships]\nowner: Sam\ndue: 2026-12-01",
    "valid: self-assessment": """\
        title: Self-assessment
        type: self-assessment
        challenge: partnerships
        date: 2026-10-01
        ratings:
          plan: good
          do: Great
          review:
        overall: FAIR""",
    "valid: self-assessment without ratings": "title: S\ntype: Self-Assessment\nchallenge: people\ndate: 2026-10-01",
    # refused
    "missing title": "type: evidence\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "blank title": "title: ' '\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "title a number": "title: 123\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "missing date": "title: T\ntype: evidence\nmaps_to: partnerships/do",
    "date that is no date": "title: T\ntype: evidence\ndate: 2026-02-30\nmaps_to: partnerships/do",
    "date written day first": "title: T\ntype: evidence\ndate: 14/05/2026\nmaps_to: partnerships/do",
    "date a number": "title: T\ntype: evidence\ndate: 2026\nmaps_to: partnerships/do",
    "type empty": "title: T\ntype:\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "unknown type": "title: T\ntype: report\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "type a list": "title: T\ntype: [evidence]\ndate: 2026-05-14\nmaps_to: partnerships/do",
    "missing maps_to": "title: T\ntype: evidence\ndate: 2026-05-14",
    "empty maps_to": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to:",
    "maps_to unknown challenge": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: [partnership/do]",
    "maps_to unknown section": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships/pln",
    "maps_to section the challenge does not use": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people/do",
    "maps_to in another case": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: Partnerships/Do",
    "maps_to three parts": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships/do/more",
    "maps_to missing its section": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: partnerships/",
    "maps_to a mapping": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: {partnerships: do}",
    "tags a mapping": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\ntags: {a: b}",
    "partners with a number": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\npartners: [NHS, 5]",
    "authors with a blank entry": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nauthors: [Jo, '']",
    "summary a list": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nsummary: [a, b]",
    "unknown visibility": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nvisibility: secret",
    "misspelt key": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\ntag: [a]",
    "attachment with an absolute path": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nattachments: /etc/passwd",
    "attachment on a drive": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nattachments: ['C:\\files\\plan.pdf']",
    "action without owner": "title: A\ntype: action\ndate: 2026-05-14\nmaps_to: people\ndue: 2026-12-01",
    "action without due": "title: A\ntype: action\ndate: 2026-05-14\nmaps_to: people\nowner: Sam",
    "action with a bad due": "title: A\ntype: action\ndate: 2026-05-14\nmaps_to: people\nowner: Sam\ndue: soon",
    "action with unknown status": "title: A\ntype: action\ndate: 2026-05-14\nmaps_to: people\nowner: Sam\ndue: 2026-12-01\nstatus: finished",
    "evidence with an owner": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nowner: Sam",
    "self-assessment without challenge": "title: S\ntype: self-assessment\ndate: 2026-10-01\nratings: {plan: good}",
    "self-assessment of an unknown challenge": "title: S\ntype: self-assessment\nchallenge: partners\ndate: 2026-10-01",
    "self-assessment with maps_to": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nmaps_to: people",
    "unknown rating": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings: {plan: excellent}",
    "rating a number": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings: {plan: 3}",
    "rating of an unknown section": "title: S\ntype: self-assessment\nchallenge: partnerships\ndate: 2026-10-01\nratings: {measure: good}",
    "rating of a section the challenge does not use": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings: {do: good}",
    "ratings a list": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\nratings: [good]",
    "unknown overall": "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\noverall: superb",
    "maps_to an empty list": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: []",
    "maps_to an empty text": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: ''",
    # deviations (see KNOWN_DEVIATIONS)
    "unquoted date as the title": "title: 2026-05-14\ntype: evidence\ndate: 2026-05-14\nmaps_to: people",
    "date with a time of no day": "title: T\ntype: evidence\ndate: 2026-02-30 10:30\nmaps_to: people",
    "quoted date with spaces": "title: T\ntype: evidence\ndate: ' 2026-05-14 '\nmaps_to: people",
    "quoted date without hyphens": "title: T\ntype: evidence\ndate: '20260514'\nmaps_to: people",
    "missing attachment": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nattachments: files/missing.pdf",
    "attachment outside evidence/": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nattachments: ../../outside.pdf",
    "item key written twice": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\ntitle: U",
    # measures (docs/metrics.md)
    "valid: measures": """\
        title: T
        type: case-study
        date: 2026-05-14
        maps_to: people
        measures:
          - metric: partner-nps
            data: files/survey.csv
            column: " How likely? "
          - metric: partner-nps
            value: -12.5
            n: 40
          - metric: participants
            value: 1240
          - metric: waiting
            value: -3.25""",
    "valid: empty measures": "title: T\ntype: celebration\ndate: 2026-05-14\nmaps_to: people\nmeasures:",
    "measures a mapping": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: {metric: participants}",
    "measure a text": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [participants]",
    "measures on an action": "title: A\ntype: action\ndate: 2026-05-14\nmaps_to: people\nowner: Sam\ndue: 2026-12-01\nmeasures: [{metric: participants, value: 3}]",
    "measure without metric": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{value: 3}]",
    "measure of an unknown metric": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nsp, value: 3, n: 4}]",
    "measure with an unknown key": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: 3, unit: people}]",
    "count without value": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants}]",
    "count as text": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: '4,380'}]",
    "value true": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: waiting, value: true}]",
    "nps without data or value": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps}]",
    "nps with data but no column": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, data: files/survey.csv}]",
    "nps with n below 1": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, value: 10, n: 0}]",
    "nps with data outside evidence/": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, data: /etc/survey.csv, column: Q}]",
    # each metric's kind, in the schema of a project with a framework (an outside review found them accepted)
    "count with a fraction": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: 12.5}]",
    "nps above 100": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, value: 101, n: 9}]",
    "nps value without n": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, value: 10}]",
    "data on a count": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: 3, data: files/survey.csv}]",
    "n on a count": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: 3, n: 2}]",
    "negative count": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: participants, value: -1}]",
    "nps with both ways": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, value: 10, n: 3, data: files/survey.csv, column: Q}]",
    # deviations (see KNOWN_DEVIATIONS)
    "missing survey file": "title: T\ntype: evidence\ndate: 2026-05-14\nmaps_to: people\nmeasures: [{metric: partner-nps, data: files/missing.csv, column: Q}]",
}

KNOWN_DEVIATIONS: dict[str, tuple[str, bool, bool]] = {
    # name: (reason, the schema accepts, the validator accepts)
    "duplicate level ids": ("JSON Schema cannot require ids to be unique within a list of mappings", True, False),
    "challenge uses an unknown section": (
        "JSON Schema cannot check a challenge's section keys against the ids listed under `sections`",
        True,
        False,
    ),
    "key written twice": (
        "a YAML-to-JSON conversion keeps only the last value; editors report duplicate keys themselves",
        True,
        False,
    ),
    "item key written twice": ("as for framework.yml: the schema sees only the last value", True, False),
    "unquoted date as the id": (
        "PyYAML (YAML 1.1) reads 2026-01-01 as a date, which the validator refuses as an "
        "id; editors (YAML 1.2) and the schema see text",
        True,
        False,
    ),
    "unquoted date as the title": ("as for the id: a date where text is wanted is text to an editor", True, False),
    "date with a time of no day": (
        "format `date` checks a date alone: with a time, the schema checks its pattern, not its day",
        True,
        False,
    ),
    "quoted date with spaces": ("the validator trims a quoted date; format `date` cannot allow spaces", False, True),
    "missing attachment": (
        "whether a file exists is not in the front matter; `portfolio check` reports it",
        True,
        False,
    ),
    "attachment outside evidence/": ('whether "../" leads out of evidence/ depends on the item\'s folder', True, False),
    "duplicate metric ids": ("JSON Schema cannot require ids to be unique within a list of mappings", True, False),
    "metric of an unknown section": (
        "JSON Schema cannot check a metric's section against the framework's challenges and sections",
        True,
        False,
    ),
    "metric of an unknown challenge": (
        "as for a section: the schema cannot name the framework's challenges",
        True,
        False,
    ),
    "missing survey file": (
        "whether a file exists is not in the front matter; `portfolio check` reports it",
        True,
        False,
    ),
}

ITEM_FILE = "evidence/items/case.md"


@pytest.fixture(scope="module")
def test_framework(tmp_path_factory: pytest.TempPathFactory) -> Framework:
    path = tmp_path_factory.mktemp("framework") / "framework.yml"
    path.write_text(framework(lambda d: d.update(metrics=METRICS)), encoding="utf-8")
    loaded, problems = load_framework(path, "framework.yml")
    assert loaded is not None, problems
    return loaded


def validator_accepts_item(front_matter: str, framework: Framework) -> bool:
    """Read the item as the project does: from a file under evidence/ beside an attachment files/plan.pdf."""
    raw = ("---\n" + front_matter + "\n---\nBody.\n").encode("utf-8")
    source, problems = read_source(raw, ITEM_FILE)
    if source is None:
        return False
    existing = frozenset({"items/case.md", "items/files/plan.pdf", "items/files/survey.csv"})
    page, more = parse_page("items/case.md", ITEM_FILE, source, framework, existing)
    if page.item is None:  # no type that can be read: there is an error saying so
        assert more.errors, "an item without a readable type has an error"
        return False
    return clean(problems) and clean(more)


def verdicts(name: str, schema_ok: bool, validator_ok: bool) -> None:
    if name in KNOWN_DEVIATIONS:
        reason, schema_expected, validator_expected = KNOWN_DEVIATIONS[name]
        assert (schema_ok, validator_ok) == (schema_expected, validator_expected), f"deviation changed: {reason}"
    else:
        assert schema_ok == validator_ok, (
            f"schema {'accepts' if schema_ok else 'refuses'}, validator {'accepts' if validator_ok else 'refuses'}"
        )
    if name.startswith("valid: "):
        assert schema_ok and validator_ok


def test_tables_are_large_enough() -> None:
    assert len(FRAMEWORKS) >= 25 and len(ITEMS) >= 30
    assert set(KNOWN_DEVIATIONS) <= set(FRAMEWORKS) | set(ITEMS)
    assert sum(name.startswith("valid: ") for name in FRAMEWORKS) >= 5
    assert sum(name.startswith("valid: ") for name in ITEMS) >= 5


@pytest.mark.parametrize("name", list(FRAMEWORKS))
def test_framework_schema_agrees_with_validator(name: str, tmp_path: Path) -> None:
    text = FRAMEWORKS[name]
    path = tmp_path / "framework.yml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_framework(path, "framework.yml")
    print(*problems, sep="\n")
    verdicts(name, schema_accepts(framework_schema(), text), clean(problems))


@pytest.mark.parametrize("name", list(ITEMS))
def test_item_schema_agrees_with_validator(name: str, test_framework: Framework) -> None:
    text = textwrap.dedent(ITEMS[name])
    schema = item_schema(test_framework)
    verdicts(name, schema_accepts(schema, text), validator_accepts_item(text, test_framework))


@pytest.mark.parametrize("name", [n for n in ITEMS if n.startswith("valid: ")])
def test_item_schema_without_framework_accepts_valid_items(name: str) -> None:
    assert schema_accepts(item_schema(None), textwrap.dedent(ITEMS[name]))


def test_a_rating_written_as_a_whole_number_is_read_alike_by_both(tmp_path: Path) -> None:
    """On a scale of "1" to "4", the check reads `plan: 2` as the level "2", and the schema refused it (an outside
    review); a number that is no level, and one on a scale of words, both refuse."""
    path = tmp_path / "framework.yml"
    path.write_text(framework(lambda d: d.update(rating_scale=["1", "2", "3", "4"])), encoding="utf-8")
    numbered, problems = load_framework(path, "framework.yml")
    assert numbered is not None, problems
    sa = "title: S\ntype: self-assessment\nchallenge: people\ndate: 2026-10-01\n"
    cases = {"ratings: {plan: 2}\noverall: 1": True, "ratings: {plan: '2'}": True, "ratings: {plan: 5}": False}
    for text, valid in cases.items():
        assert schema_accepts(item_schema(numbered), sa + text) == valid, text
        assert validator_accepts_item(sa + text, numbered) == valid, text
    assert schema_accepts(item_schema(None), sa + "ratings: {plan: 2}")


def test_committed_framework_schema_is_current() -> None:
    committed = (REPOSITORY / "schemas" / "framework.schema.json").read_text(encoding="utf-8")
    assert committed == json.dumps(framework_schema(), indent=2, ensure_ascii=False) + "\n", (
        "regenerate it: portfolio schema framework > schemas/framework.schema.json"
    )


def test_the_item_schema_gives_the_frameworks_own_section_as_an_example(test_framework: Framework) -> None:
    """maps_to's description said "partnerships/do" twice, Quest's, whatever the framework (a new organisation's
    review): once, the framework's first section."""
    described = item_schema(test_framework)["properties"]["maps_to"]["description"]
    assert described.count("partnerships/plan") == 1 and "partnerships/do" not in described, described
    assert 'e.g. "partnerships/do"' in item_schema(None)["properties"]["maps_to"]["description"]


def test_schemas_are_valid_deterministic_and_described(test_framework: Framework) -> None:
    for build in (framework_schema, lambda: item_schema(test_framework), lambda: item_schema(None)):
        schema = build()
        Draft202012Validator.check_schema(schema)
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema" and "$id" not in schema
        assert json.dumps(schema) == json.dumps(build())
        for where, properties in _properties(schema):
            for key, rule in properties.items():
                assert rule.get("description"), f"no description for {where}{key}"


def _properties(schema: Any, where: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(schema, dict):
        if isinstance(schema.get("properties"), dict) and not where.endswith(("if.", "then.")):
            found.append((where, schema["properties"]))
        for key, value in schema.items():
            found += _properties(value, f"{where}{key}.")
    elif isinstance(schema, list):
        for value in schema:
            found += _properties(value, where)
    return found


def test_project_framework_and_items_are_valid() -> None:
    loaded, problems = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    assert loaded is not None, problems
    text = (REPOSITORY / "framework.yml").read_text(encoding="utf-8")
    validator = Draft202012Validator(framework_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    assert not [e.message for e in validator.iter_errors(as_json(yaml.safe_load(text)))]
    schema = Draft202012Validator(item_schema(loaded), format_checker=Draft202012Validator.FORMAT_CHECKER)
    items = 0
    for file in sorted((REPOSITORY / "evidence").rglob("*.md")):
        source, problems = read_source(file.read_bytes(), file.relative_to(REPOSITORY).as_posix())
        assert source is not None, problems
        if "type" in source.meta:
            items += 1
            errors = [e.message for e in schema.iter_errors(as_json(source.meta))]
            assert not errors, f"{file}: {errors}"
    assert items >= 10


def test_broken_item_is_refused() -> None:
    loaded, _ = load_framework(REPOSITORY / "framework.yml", "framework.yml")
    assert loaded is not None
    schema = Draft202012Validator(item_schema(loaded), format_checker=Draft202012Validator.FORMAT_CHECKER)
    broken = {"title": "Joint bid", "type": "case-study", "date": "2026-05-14", "maps_to": ["partnerships/pln"]}
    errors = list(schema.iter_errors(broken))
    assert errors and any(list(e.path) == ["maps_to"] for e in errors)
    assert schema.is_valid(dict(broken, maps_to=["partnerships/plan"]))


def test_yaml_language_server_line_names_the_committed_schema() -> None:
    """framework.yml's modeline is a path relative to framework.yml itself."""
    line = "# yaml-language-server: $schema=schemas/framework.schema.json"
    target = REPOSITORY / line.split("$schema=", 1)[1]
    assert json.loads(target.read_text(encoding="utf-8")) == framework_schema()


def test_the_item_schema_of_a_project_it_cannot_read_says_why(tmp_path: Path) -> None:
    """`portfolio schema item DIR` of a folder that is no project: the schema without challenges, and a note saying
    why; of no such folder, a mistake of the command (exit 2), as for every other command (an outside review)."""

    def schema(folder: Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "evidence_portfolio.cli", "schema", "item", str(folder)]
        return subprocess.run(command, capture_output=True, text=True, timeout=60)

    (tmp_path / "empty").mkdir()
    done = schema(tmp_path / "empty")
    assert done.returncode == 0 and json.loads(done.stdout)["type"] == "object"
    assert "there is no mkdocs.yml in" in done.stderr and done.stderr.endswith("; the schema names no challenges\n")
    missing = schema(tmp_path / "none")
    assert (missing.returncode, missing.stdout) == (2, "")
    assert f"{tmp_path / 'none'} is not a folder" in missing.stderr
    # the framework's schema too, which needs no project, where it was printed without a word (an outside review)
    command = [sys.executable, "-m", "evidence_portfolio.cli", "schema", "framework", str(tmp_path / "none")]
    framework = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert (framework.returncode, framework.stdout) == (2, "") and "is not a folder" in framework.stderr
