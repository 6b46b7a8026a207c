"""The options of the portfolio plugin in mkdocs.yml, defined once: each one's name, its default, what it takes (as
messages say it) and how a value is judged. config.py declares them to MkDocs, which hands them over as written;
settings.py judges them, with their line, and reads them."""

from __future__ import annotations

import datetime
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ..model.vocabulary import AUDIENCES, as_audience


@dataclass(frozen=True)
class PluginOption:
    """One option of the plugin."""

    name: str
    default: Any
    """Its value when it is not written, or written empty (`!ENV NAME` of a variable not set): one it takes."""
    takes: str
    """What it takes, as a message says it ("true or false")."""
    fits: Callable[[Any], bool]
    """Whether a value written (not empty) is one it takes."""
    help: str
    """What it does, for whoever reads mkdocs.yml's options."""


def under_evidence(pattern: str) -> bool:
    """Whether a `publish` entry is a path under evidence/ (a "/" first is evidence/ itself): not climbing out of it,
    nor a drive's (C:)."""
    path = pattern.strip().replace("\\", "/")
    return bool(path.strip("/")) and ".." not in path.split("/") and ":" not in path[:3]


def _flag(value: Any) -> bool:
    return isinstance(value, bool)


def _audiences(value: Any) -> bool:
    return isinstance(value, list) and all(entry in AUDIENCES for entry in value)


OPTIONS = (
    PluginOption(
        "enabled",
        True,
        "true or false",
        _flag,
        "Turn the plugin off without removing it from mkdocs.yml: MkDocs alone then publishes every page under "
        "evidence/, so only a build for the internal audience goes ahead (and `portfolio check` reports it).",
    ),
    PluginOption(
        "framework",
        "framework.yml",
        "the path of the framework file, such as framework.yml",
        lambda value: isinstance(value, (str, os.PathLike)),
        "Path of the framework file, relative to mkdocs.yml.",
    ),
    PluginOption(
        "audience",
        None,
        "one of public (everyone: public items only), accreditor (the assessors: their items and the public's) or "
        "internal (the staff: every item)",
        lambda value: isinstance(value, str) and as_audience(value.strip().lower()) is not None,  # as it is chosen
        "Who the build is for: public, accreditor or internal (internal when the option is left out; written but "
        "empty, it is refused). The environment variable PORTFOLIO_AUDIENCE wins.",
    ),
    PluginOption(
        "max_file_mb",
        5,
        "a number of megabytes above 0 and at most 1,000,000, such as 5",
        lambda value: isinstance(value, (int, float)) and not isinstance(value, bool) and 0 < value <= 1_000_000,
        "Markdown files larger than this many megabytes are errors: a guard against files pasted in by mistake.",
    ),
    PluginOption(
        "as_of",
        None,
        "a date written YYYY-MM-DD",
        lambda value: isinstance(value, (str, datetime.date)),
        "Reference date for freshness and overdue actions (YYYY-MM-DD); default: the day of the build.",
    ),
    PluginOption(
        "publish",
        [],
        "a list of paths or patterns under evidence/, such as [downloads/*.pdf]",
        lambda value: isinstance(value, list) and all(isinstance(e, str) and under_evidence(e) for e in value),
        "Files under evidence/ published to every audience on their own, though no page refers to them (paths "
        'relative to evidence/, or patterns such as "downloads/*.pdf"). Every other file is published only when a '
        "page of the build refers to it.",
    ),
    PluginOption(
        "strict_gaps",
        False,
        "true or false",
        _flag,
        "Whether `mkdocs build --strict` fails on gaps (uncovered sections, stale items, ratings not backed, overdue "
        "actions) as well as on mistakes.",
    ),
    PluginOption(
        "allow_gh_deploy",
        [],
        f"a list of audiences, such as [accreditor] ({', '.join(AUDIENCES)})",
        _audiences,
        "Audiences besides public that `mkdocs gh-deploy` may publish (it refuses any other).",
    ),
)
PLUGIN_OPTIONS: dict[str, PluginOption] = {option.name: option for option in OPTIONS}
assert all(option.default is None or option.fits(option.default) for option in OPTIONS)


def option_value(options: Mapping[str, Any], name: str) -> Any:
    """An option's value as written, or its default when it is not written (or written empty)."""
    value = options.get(name)
    return PLUGIN_OPTIONS[name].default if value is None else value
