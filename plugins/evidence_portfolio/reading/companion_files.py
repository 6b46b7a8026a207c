"""The files of settings that other MkDocs plugins read from evidence/ (Material's meta plugin's `.meta.yml`,
awesome-pages' `.pages`), read as YAML with the lines of their keys; and a `.pages` checked by awesome-pages' own
reader, which otherwise stops the build in a traceback on a value it refuses (a title that is a number).
"""

from __future__ import annotations

import re

import yaml

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from .engine import PagesReader, RestTwice
from .fields import as_written, kind_of
from .settings import Settings
from .yaml_lines import LineList, LineMap, YamlProblem, load_yaml

_REFUSED = lazy_pattern(r'Expected "(?P<key>\w+)"(?: attribute)? to be (?P<takes>.*?) - got')
"""How awesome-pages says that a key's value is not one it takes."""
_TAKES = {"a string": "text", "a boolean": "true or false", "a list of strings": "a list of names"}
"""What awesome-pages says a key takes, in the words of the portfolio's messages."""
_NAV_ENTRY = (
    'write a file or folder name (- about.md), "..." for the files not named, or one "Title: about.md" line, a '
    'title that is a number, a date or true/false in quotes ("2026": about.md)'
)


def companion_data(
    settings: Settings, src_uri: str, problems: Problems | None = None, *, empty: bool = False
) -> LineMap | None:
    """A file of settings that another plugin reads from evidence/, read as YAML (None: it cannot be read, or holds
    no keys). Given `problems`, a file that cannot be read as keys and values is an error there: Material's meta
    plugin stops the build on it, in a traceback (a review of valid portfolios: `portfolio check` passed an empty
    meta file), as awesome-pages does on all but an empty one (`empty`: the plugin takes an empty file)."""
    path, name = settings.display_uri(src_uri), src_uri.rsplit("/", 1)[-1]
    try:
        data = load_yaml((settings.docs_dir / src_uri).read_text(encoding="utf-8-sig"))
    except OSError:
        return None
    except UnicodeDecodeError:
        if problems is not None:
            problems.add("not-utf8", path, 1, f"the file is not UTF-8 text, which the plugin that reads {name} needs")
        return None
    except YamlProblem as problem:
        if problems is not None:
            problems.add(problem.code, path, problem.line + 1, f"{problem.message} (in {name}, which a plugin reads)")
        return None
    if not isinstance(data, LineMap):
        if problems is not None and not (empty and data is None):
            problems.add(
                "front-matter-shape",
                path,
                1,
                f"{name} holds no key: value lines, as a page's front matter does ({kind_of(data)}), and the plugin "
                "that reads it stops the build on it; write key: value lines, or delete the file",
            )
        return None
    return data


def check_pages_file(settings: Settings, src_uri: str, problems: Problems) -> None:
    """A `.pages` that awesome-pages' own reader refuses is an error at the line of the value it refuses (in the
    check and every build alike, where awesome-pages would stop the build in a traceback). Not checked where
    awesome-pages is not installed: MkDocs then stops on the plugin's name, which the check says."""
    data = companion_data(settings, src_uri, problems, empty=True)
    judged = _refusal(settings, src_uri) if data is not None else None
    if data is None or judged is None or judged[1] is None or isinstance(judged[1], OSError):
        return
    reader, refused = judged
    path, name = settings.display_uri(src_uri), src_uri.rsplit("/", 1)[-1]
    if isinstance(refused, yaml.YAMLError):  # (what the portfolio's reader takes: `nav:` and a tab, a fuzz)
        mark = getattr(refused, "problem_mark", None)
        problem = getattr(refused, "problem", None) or "it is no YAML"
        problems.add(
            "pages-file",
            path,
            mark.line + 1 if mark else 1,
            f"awesome-pages cannot read {name} ({problem}), and stops the build; "
            + ("delete the tab: YAML takes spaces" if "'\\t'" in problem else "write it as key: value lines"),
        )
    else:
        said = str(refused).rsplit(" [", 1)[0]
        line, message = 1, f"awesome-pages cannot read {name}, and stops the build: {said}"
        if (known := _REFUSED.match(said)) and known["key"] in data:
            key, value = known["key"], data[known["key"]]
            takes = _TAKES.get(known["takes"], known["takes"].replace('"', ""))
            line = data.line_of(key) + 1
            message = (
                f'"{key}" in {name} must be {takes}, not {kind_of(value)} ({as_written(value)}): awesome-pages, which '
                f"reads {name}, stops the build on it"
                + ('; put the title in quotes (title: "2026")' if takes == "text" else "")
            )
        elif isinstance(nav := data.get("nav"), LineList) and (where := _refused_entry(nav, reader)):
            line = where
            message = (
                f"awesome-pages cannot read the pattern of this entry of nav in {name} ({said}), and stops the build; "
                "correct it, or name the files instead"
                if isinstance(refused, re.error)
                else f"awesome-pages cannot read this entry of nav in {name}, and stops the build: {_NAV_ENTRY}"
            )
        elif isinstance(refused, RestTwice) and "nav" in data:
            line = data.line_of("nav") + 1
            message = f'{name} lists "..." twice in its nav, and awesome-pages stops the build on it; keep one'
        problems.add("pages-file", path, line, message)


def pages_nav(settings: Settings, src_uri: str) -> LineList | None:
    """The nav of a `.pages` that awesome-pages reads whole (None: it has none, or awesome-pages is not installed or
    refuses the file, which check_pages_file tells)."""
    data = companion_data(settings, src_uri)
    nav = data.get("nav") if data is not None else None
    judged = _refusal(settings, src_uri) if isinstance(nav, LineList) else None
    return nav if isinstance(nav, LineList) and judged is not None and judged[1] is None else None


def _refusal(settings: Settings, src_uri: str) -> tuple[PagesReader, Exception | None] | None:
    """awesome-pages' reader, and what it refuses in a `.pages` (None: nothing), read and used as a build reads and
    uses it; None where awesome-pages is not installed (or there is no engine)."""
    reader = settings.engine.pages_reader() if settings.engine else None
    return (reader, reader.refusal(settings.docs_dir / src_uri)) if reader else None


def _refused_entry(nav: LineList, reader: PagesReader) -> int | None:
    """The line (from 1) of the first entry of `nav` that awesome-pages' reader of one entry refuses, looked for
    inside the sections it refuses (None: it refuses none)."""
    for index, entry in enumerate(nav):
        if reader.refuses_entry(entry):
            inner = next(iter(entry.values())) if isinstance(entry, LineMap) and len(entry) == 1 else None
            found = _refused_entry(inner, reader) if isinstance(inner, LineList) else None
            return found or nav.line_at(index) + 1
    return None
