"""YAML through PyYAML's safe loader, remembering the line of every key and list entry.

Mappings load as `LineMap` (a dict with `key_lines`), lists as `LineList` (a list with `lines`); lines are
0-based within the YAML text, so callers add the offset of the text in its file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import yaml

try:
    _SafeLoader: type[yaml.SafeLoader] = yaml.CSafeLoader  # type: ignore[assignment]
except AttributeError:  # PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader

MAX_DEPTH = 50
"""Deeper nesting than any front matter needs is refused, before Python's recursion limit is reached."""
MAX_VALUES = 100_000
"""More values than any front matter needs, once aliases are expanded: an alias bomb."""


_CONTEXT_FIRST = ("flow", "quoted", "simple key")
"""Parser contexts whose start, rather than the place the parser gave up, is the line at fault."""


_HINTS = (
    (
        "mapping values are not allowed",
        'a value holds ": " (put the whole value in quotes, such as '
        'title: "Minutes: May"), or this line is indented more than the key above it',
    ),
    ("tab character", "indent with spaces, not tabs"),
    ("cannot start any token", "indent with spaces, not tabs, and put a value starting with @, ` or % in quotes"),
    ("unexpected end of stream", "a quote is not closed"),
    ("expected ',' or ']'", "a list in [ ] is not closed, or an entry holds a comma or colon: put it in quotes"),
    ("expected ',' or '}'", "a mapping in { } is not closed"),
    ("could not find expected ':'", 'each line needs a key, a colon and a space, such as "title: Minutes"'),
    ("expected <block end>", "check the indentation of this line against the lines above"),
    ("did not find expected key", "check the indentation of this line against the lines above"),
    ("did not find expected '-' indicator", "list entries start with '- ' at the same indentation"),
)
"""Plain words for PyYAML's commonest complaints, for people who have never heard of YAML."""


def _hint(reason: str) -> str:
    return next((f"; {hint}" for needle, hint in _HINTS if needle in reason), "")


class YamlProblem(Exception):
    """YAML that cannot be loaded; `line` is 0-based within the YAML text; `code` the kind of problem."""

    def __init__(self, line: int, message: str, code: str = "yaml-syntax") -> None:
        super().__init__(message)
        self.line = line
        self.message = message
        self.code = code


_INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""Control characters: YAML refuses most, and reads some (U+2028, U+0085) as line breaks, which would shift every
line after them. They come from text pasted out of word processors."""


def pasted_characters(text: str) -> tuple[str, list[YamlProblem]]:
    """The text with each invisible character made a space (so that no line shifts), and a problem per line
    that held one."""
    problems: list[YamlProblem] = []
    seen: set[int] = set()
    for found in _INVISIBLE.finditer(text):
        line = text.count("\n", 0, found.start())
        if line in seen:
            continue
        seen.add(line)
        char = found[0]
        name = unicodedata.name(char, "a control character").lower()
        problems.append(
            YamlProblem(
                line,
                f"this line holds an invisible character (U+{ord(char):04X}, {name}), usually pasted from a word "
                "processor; delete it, or retype the line",
                "pasted-text",
            )
        )
    return _INVISIBLE.sub(" ", text), problems


class LineMap(dict[Any, Any]):
    """A YAML mapping that remembers the line of each key, and which keys were written twice."""

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.key_lines: dict[Any, int] = {}
        self.duplicates: list[tuple[Any, int]] = []

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list[Any]):
    """A YAML sequence that remembers the line of each entry."""

    def __init__(self) -> None:
        super().__init__()
        self.line = 0
        self.lines: list[int] = []

    def line_at(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.line


class _LineLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, with line-remembering containers and forgiving timestamps."""


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> Iterator[LineMap]:
    data = LineMap()
    data.line = node.start_mark.line
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            message = "a key must be a single word or phrase, not a list or mapping"
            raise YamlProblem(key_node.start_mark.line, message) from None
        if key in data:
            data.duplicates.append((key, key_node.start_mark.line))
        data[key] = loader.construct_object(value_node, deep=True)
        data.key_lines.setdefault(key, key_node.start_mark.line)


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> Iterator[LineList]:
    data = LineList()
    data.line = node.start_mark.line
    yield data
    for child in node.value:
        data.append(loader.construct_object(child, deep=True))
        data.lines.append(child.start_mark.line)


def _construct_bool(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """Only true and false are booleans (as in YAML 1.2): yes, no, on and off stay words, such as rating ids."""
    text = loader.construct_scalar(node)
    return text.lower() == "true" if text.lower() in ("true", "false") else text


def lenient_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    """A date-like value that is no real date (2026-02-30) stays text, for the validator to report."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", lenient_timestamp)
_LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def _check_shape(root: yaml.Node) -> None:
    """Refuse nesting deeper than MAX_DEPTH, aliases that refer to themselves, and aliases that expand to more than
    MAX_VALUES values (an "alias bomb"), before anything is built. Each node is measured once."""
    measured: dict[int, tuple[int, int]] = {}  # node -> (values once expanded, height)
    open_nodes: set[int] = set()

    def measure(node: yaml.Node, depth: int) -> tuple[int, int]:
        if isinstance(node, yaml.ScalarNode) and depth < MAX_DEPTH:  # most nodes: nothing to expand
            return 1, 1
        key = id(node)
        if key in open_nodes:
            raise YamlProblem(node.start_mark.line, "an alias (*name) refers to the value that contains it")
        if key not in measured:
            open_nodes.add(key)
            if isinstance(node, yaml.SequenceNode):
                children = list(node.value)
            elif isinstance(node, yaml.MappingNode):
                children = [part for pair in node.value for part in pair]
            else:
                children = []
            sizes = [measure(child, depth + 1) for child in children]
            open_nodes.discard(key)
            measured[key] = (1 + sum(s for s, _ in sizes), 1 + max((h for _, h in sizes), default=0))
        values, height = measured[key]
        if depth + height > MAX_DEPTH:
            raise YamlProblem(node.start_mark.line, f"the YAML is nested more than {MAX_DEPTH} levels deep")
        if values > MAX_VALUES:
            raise YamlProblem(
                node.start_mark.line,
                f"the YAML's aliases (*name) expand to more than {MAX_VALUES:,} values; write the values out instead",
            )
        return values, height

    measure(root, 0)


def load_yaml(text: str) -> Any:
    """Load one YAML document safely; raise YamlProblem with the line of the fault."""
    loader = _LineLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_shape(node)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        context = exc.context or ""
        if exc.context_mark and (
            mark is None or mark.index >= len(text.rstrip()) or any(w in context for w in _CONTEXT_FIRST)
        ):
            # An unclosed bracket or quote, or a key without its colon: the fault is where that began.
            mark = exc.context_mark
        reason = exc.problem or exc.context or "it is not valid YAML"
        raise YamlProblem(mark.line if mark else 0, f"YAML does not parse: {reason}{_hint(reason)}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(0, "YAML does not parse: " + " ".join(str(exc).split())) from None
    except RecursionError:
        raise YamlProblem(0, "the YAML is nested too deeply to read") from None
    finally:
        loader.dispose()
