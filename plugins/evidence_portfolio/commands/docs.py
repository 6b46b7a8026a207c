"""The parts of CONTRIBUTING.md, README.md and the reference pages of docs/ that are derived from the definitions:
the table of messages (from the problem codes), the table of types and a template for each (from the item types),
the table of keys, the table of the plugin's options (from reading.plugin_options), and a reference page's table of
the codes of one topic (`<!-- portfolio:codes CODE CODE... -->`: those codes, in that order).

Each part sits between `<!-- portfolio:NAME -->` and `<!-- /portfolio:NAME -->` in the Markdown file. Rewrite them
with `python -m evidence_portfolio.commands.docs FILE...`; `--check` only says whether they are up to date.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from ..model.codes import CODES, Code, Group
from ..model.framework import Framework
from ..model.framework_keys import KEY_PLACES, METRIC, KeyPlace
from ..model.item_types import ITEM_TYPES, ItemType, every_field
from ..model.lazy_patterns import lazy_pattern
from ..reading.framework_file import load_framework
from ..reading.plugin_options import OPTIONS
from .new_item import NewItem, render_new_item

_BLOCK = lazy_pattern(
    r"(?P<start><!-- portfolio:(?P<name>[a-z-]+)(?P<codes>(?: [a-z0-9-]+)*) -->\n)(?P<body>.*?)"
    r"(?P<end><!-- /portfolio:(?P=name) -->)",
    re.DOTALL,
)


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _help(code: Code, contributing: str) -> str:
    """The help of a code, its links to headings of CONTRIBUTING.md leading there from a file elsewhere."""
    return code.help.replace("](#", f"]({contributing}#") if contributing else code.help


def messages(group: Group, contributing: str = "") -> str:
    """The table of messages of one group of codes."""
    rows = ["| Message (start) | Code | Example | What it means and how to fix it |", "|---|---|---|---|"]
    for code in CODES.values():
        if code.group != group:
            continue
        kind = " (warning)" if code.severity == "warning" else ""
        help_text = _cell(_help(code, contributing))
        rows.append(f"| **{_cell(code.title)}**{kind} | `{code.id}` | `{_cell(code.example)}` | {help_text} |")
    return "\n".join(rows) + "\n"


def codes(ids: list[str], contributing: str = "") -> str:
    """The table of the codes `ids`, in that order: the problems of one topic, on its reference page."""
    unknown = [code for code in ids if code not in CODES]
    if unknown or not ids:
        raise ValueError(f"a table of codes names no code, or one that model/codes.py does not define: {unknown}")
    rows = ["| code | severity | the message starts | what it means and how to fix it |", "|---|---|---|---|"]
    for code in map(CODES.__getitem__, ids):
        rows.append(f"| `{code.id}` | {code.severity} | {_cell(code.title)} | {_cell(_help(code, contributing))} |")
    return "\n".join(rows) + "\n"


def types() -> str:
    rows = ["| Type | Use it for | Counts towards coverage? |", "|---|---|---|"]
    for item_type in ITEM_TYPES.values():
        counts = "Yes" if item_type.supports else "No"
        rows.append(f"| `{item_type.id}` | {_cell(item_type.purpose)} | {counts} |")
    return "\n".join(rows) + "\n"


def template(item_type: ItemType, framework: Framework) -> str:
    """The template of one type: every key with its example value and hint, and the body to fill in."""
    challenge = framework.challenges[0]
    values: dict[str, object] = {"challenge": challenge} if item_type.field("challenge") else {}
    item = NewItem(item_type, values)  # type: ignore[arg-type]
    text = render_new_item(item, framework, example=True)
    intro = f"{item_type.intro}\n\n" if item_type.intro else ""
    return f"### {item_type.label}\n\n{intro}```markdown\n{text}```\n"


def templates(framework: Framework) -> str:
    return "\n".join(template(item_type, framework) for item_type in ITEM_TYPES.values())


def keys() -> str:
    """The table of keys, with the types that need each."""
    rows = ["| key | needed | what to write |", "|---|---|---|"]
    for key, field in every_field().items():
        needing = [t.id for t in ITEM_TYPES.values() if (f := t.field(key)) is not None and f.required]
        reading = [t.id for t in ITEM_TYPES.values() if t.field(key) is not None]
        if len(needing) == len(ITEM_TYPES):
            needed = "always"
        elif needing:
            needed = ", ".join(f"`{t}`" for t in needing)
        else:
            needed = "no" if len(reading) == len(ITEM_TYPES) else "no (" + ", ".join(f"`{t}`" for t in reading) + ")"
        what = field.help
        if key == "type":
            what += ": " + ", ".join(f"`{t}`" for t in ITEM_TYPES)
        elif field.choices:
            what += (
                ": "
                + ", ".join(f"`{c}`" for c in field.choice_ids())
                + (f" (default `{field.default}`)" if field.default else "")
            )
        elif field.kind == "targets":
            what += f', such as "{field.example}" (several: a list)'
        elif field.kind in ("texts", "attachments"):
            what += " (a list, such as `[a, b]`; one entry needs no brackets)"
        rows.append(f"| `{key}` | {needed} | {_cell(what)} |")
    return "\n".join(rows) + "\n"


def framework_keys(places: tuple[KeyPlace, ...] = KEY_PLACES) -> str:
    """Every key of framework.yml (or of `places` of it), where it goes, its default and its meaning."""
    rows = ["| key | where | needed | default | what it means |", "|---|---|---|---|---|"]
    for place in places:
        for key in place.keys:
            needed = "yes" if key.required else "no"
            default = "" if key.default is None else f"`{str(key.default).lower()}`"
            where = place.where or "top level"
            rows.append(f"| `{key.name}` | `{where}` | {needed} | {default} | {_cell(key.description)} |")
    return "\n".join(rows) + "\n"


def plugin_options() -> str:
    """The table of the plugin's options in mkdocs.yml, with their defaults."""
    rows = ["| option | default | it takes | what it does |", "|---|---|---|---|"]
    for option in OPTIONS:
        default = "none" if option.default is None else f"`{str(option.default).lower()}`"
        rows.append(f"| `{option.name}` | {default} | {_cell(option.takes)} | {_cell(option.help)} |")
    return "\n".join(rows) + "\n"


def _parts(framework: Framework, contributing: str) -> dict[str, Callable[[], str]]:
    return {
        "messages-item": lambda: messages("item", contributing),
        "messages-portfolio": lambda: messages("portfolio", contributing),
        "messages-framework": lambda: messages("framework", contributing),
        "types": types,
        "templates": lambda: templates(framework),
        "keys": keys,
        "framework-keys": framework_keys,
        "metric-keys": lambda: framework_keys((METRIC,)),
        "plugin-options": plugin_options,
    }


def regenerate(text: str, framework: Framework, contributing: str = "") -> str:
    """The Markdown `text` with each generated part written anew; `contributing` is the address of CONTRIBUTING.md
    from the file, which the help's links to its headings then lead to ("" in CONTRIBUTING.md itself)."""
    parts = _parts(framework, contributing)

    def part(match: re.Match[str]) -> str:
        if match["name"] == "codes":
            return f"{match['start']}{codes(match['codes'].split(), contributing)}{match['end']}"
        make = parts.get(match["name"])
        return f"{match['start']}{make()}{match['end']}" if make and not match["codes"] else match[0]

    return _BLOCK.sub(part, text)


def contributing_from(file: Path, root: Path) -> str:
    """The address of `root`'s CONTRIBUTING.md from `file`, for `regenerate`: "" for CONTRIBUTING.md itself."""
    contributing, here = (root / "CONTRIBUTING.md").resolve(), file.resolve()
    return "" if here == contributing else Path(os.path.relpath(contributing, here.parent)).as_posix()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evidence_portfolio.commands.docs", description=__doc__)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--framework", type=Path, default=Path("framework.yml"))
    parser.add_argument("--check", action="store_true", help="only say whether the files are up to date")
    args = parser.parse_args(argv)
    framework, problems = load_framework(args.framework, str(args.framework))
    if framework is None:
        print("\n".join(map(str, problems)), file=sys.stderr)
        return 2
    stale = []
    for file in args.files:
        text = file.read_text(encoding="utf-8")
        try:
            fresh = regenerate(text, framework, contributing_from(file, Path.cwd()))
        except ValueError as exc:
            print(f"{file}: {exc}", file=sys.stderr)
            return 2
        if fresh != text:
            stale.append(str(file))
            if not args.check:
                file.write_text(fresh, encoding="utf-8")
    if stale:
        print(("out of date: " if args.check else "rewrote: ") + ", ".join(stale))
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
