"""MkDocs' own settings of mkdocs.yml, as its schema defines them: the class MkDocsConfig of MkDocs'
config/defaults.py, read from MkDocs' source rather than imported (importing MkDocs' configuration costs a check
140 ms; reading its schema, 2 ms).

A setting MkDocs does not have (a misspelt `site_descripton`, `markdown_extension`) or has given up makes it warn, so
that `mkdocs build --strict` stops; one it has removed, a required one left out (`site_name`), a value of the wrong
kind, where the schema asks for a plain type (`extra_css: style.css`, `use_directory_urls: maybe`) or its option
takes one (`extra_javascript: app.js`, `exclude_docs` as a list, `extra: hello`), a path of `hooks`, `watch` or the
theme's `custom_dir` that is not there, a web address without its scheme (`repo_url: github.com/org/repo`, or a
site_url), a setting written with `!relative` and a `nav` that is no list stop `mkdocs build`, naming no line. So
does a hook that is no valid Python module, and a theme's custom_dir that is no folder's name; an `edit_uri` with no
`repo_url` to lead from, or beside `edit_uri_template`, makes MkDocs warn. `portfolio check` names each at its line
first. `validation`, `dev_addr`, a theme without a name or with a locale, and a `nav` holding anything but pages,
titled pages and sections, are judged by MkDocs' own options, asked through the engine (reading/engine), which
imports them for these alone. MkDocs checks the rest of its
settings' values itself, naming the setting.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..model.problems import Problems, suggest
from .engine import Engine
from .fields import kind_of
from .installed import module_source
from .settings import (
    RELATIVE_TO_CONFIG,
    Settings,
    inherited_files,
    keys_twice,
    relative_settings,
    unknown_tags,
    written_line,
)

_TYPES: Mapping[str, type] = {"str": str, "bool": bool, "list": list, "dict": dict, "int": int}
_SAID = {str: "text", bool: "true or false", list: "a list", dict: "key: value lines", int: "a number"}
_FIX = {
    str: "write it as text, in quotes if it holds a colon",
    bool: "write true or false",
    list: 'write each entry on a line of its own under it, starting with "- "',
    dict: "indent key: value lines under it",
    int: "write a whole number",
}

Schema = dict[str, tuple[type | None, bool, str, str]]
"""Each setting: the plain type it must be (None when MkDocs checks more than a type), whether it is required;
for one MkDocs has given up, "removed" or "deprecated" with what replaces it after a colon ("" otherwise); and the
kind of MkDocs' option ("ListOfPaths", "URL", "Nav"...), for those this module checks further (_PATHS, _ADDRESS,
_LISTED)."""
_PLAIN: Mapping[str, type] = {
    "PathSpec": str,
    "URL": str,
    "DocsDir": str,
    "SiteDir": str,
    "RepoName": str,
    "EditURI": str,
    "EditURITemplate": str,
    "ListOfItems": list,
    "ListOfPaths": list,
    "Hooks": list,
    "SubConfig": dict,
}
"""The plain type each of MkDocs' options takes, of those that check more than a type: a value of another type
stops `mkdocs build` (`extra_javascript: app.js`, `exclude_docs` as a list, `extra: hello`)."""
_PATTERNS = "write its patterns as lines of text under it, after a `|` ({name}: |, then one pattern a line)"
_FILES = frozenset(("extra_javascript", "watch", "hooks"))
"""MkDocs' settings that list files whose entry left empty (`-` alone) stops the build, naming no line."""
_PATHS = frozenset({"ListOfPaths", "Hooks"})
"""Options that list paths (relative to mkdocs.yml's folder), each of which must exist."""
_ADDRESS = "URL"
"""An option that is a web address, with its scheme (https://) and host."""
_LISTED = "Nav"
"""An option that must be a list at its top."""


def check_mkdocs_settings(settings: Settings) -> Problems:
    """A problem at its line of mkdocs.yml for each of MkDocs' own settings it would stop on (or warn about), as
    the command read mkdocs.yml (MkDocs has checked them itself in a build)."""
    problems = Problems()
    config, written = settings.config_file, settings.written_config
    schema = mkdocs_schema()
    if config is None:
        return problems
    shown = settings.display(config)
    problems.extend(_relative_settings(config, shown, schema))  # in a build too: the theme stops on a path object
    for tag, line in unknown_tags(config) if written is not None else ():  # (MkDocs stops on it before a build)
        problems.add(
            "mkdocs-setting",
            shown,
            line,
            f"MkDocs does not know the tag {tag}, so `mkdocs build` stops; remove it (MkDocs reads !ENV and "
            "!relative; another file's settings are brought in by INHERIT: file.yml)",
        )
    # In a build too (MkDocs keeps the last without a word), in mkdocs.yml and each file it INHERITs.
    written_in = [config, *(named for named, _, _ in inherited_files(config) if named is not None and named.is_file())]
    for file in written_in:
        for path, key, first, line in keys_twice(file):
            inside = f" in {'.'.join(path)}" if path else ""
            problems.add(
                "duplicate-key",
                settings.display(file),
                line,
                f'"{key}" is given twice{inside} (first on line {first}); YAML keeps only the last, so everything the '
                f"first says is lost (a `{key}:` pasted in twice): merge the two into one",
            )
    if written is None or not schema:
        return problems
    for where, code, wrong, fix in _faults(written, schema, config, settings.engine):
        problems.add(code, shown, written_line(config, *where) if where else 1, f"{wrong}; {fix}")
    return problems


def _relative_settings(config: Path, shown: str, schema: Schema) -> Problems:
    """An error at its line for each of MkDocs' settings written with `!relative` (or an entry of one): MkDocs reads
    the tag as a path only where a plugin's option or the theme's custom_dir takes one, and stops on it elsewhere
    (`docs_dir`, naming no line), or hands it to the theme, which stops in a traceback (`extra_css`)."""
    problems = Problems()
    for where, path in relative_settings(config):
        if where[0] not in schema:
            continue
        if len(where) == 1:
            name = str(where[0])
            itself = path.removeprefix(RELATIVE_TO_CONFIG) or "."
            fix = f"write the path itself, from the folder of mkdocs.yml ({name}: {itself})"
        elif isinstance(where[1], int):
            name = f"an entry of {where[0]}"
            fix = f"write the path itself, without the tag, as {where[0]}'s other entries are written"
        else:
            name = f"{where[0]}.{where[1]}"
            fix = (
                f"write it without the tag (such as {where[1]}: material)"
                if where[1] == "name"
                else "write it without the tag"
            )
        problems.add(
            "mkdocs-setting",
            shown,
            written_line(config, *where),
            f"{name} is written with `!relative`, which MkDocs reads as a path only where a plugin's option or the "
            f"theme's custom_dir takes one, so `mkdocs build` stops; {fix}",
        )
    return problems


def _faults(
    written: Mapping[str, Any], schema: Schema, config: Path, engine: Engine | None
) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """Each setting MkDocs would stop on or warn about: where (keys and positions; none for the file), its code, what
    is wrong, the fix. Paths are relative to the folder of `config`, mkdocs.yml."""
    folder = config.parent
    stops, strict = "so `mkdocs build` stops", "so `mkdocs build --strict` stops"
    for name, value in written.items():
        if name == "INHERIT" or not isinstance(name, str):
            continue
        if name not in schema:
            hint = suggest(name, sorted(schema), "settings")
            fix = hint.removeprefix("; ") if hint.startswith("; did you mean") else "correct its name, or remove it"
            yield (name,), "mkdocs-warning", f'MkDocs has no setting "{name}", {strict}', fix
            continue
        kind, _, given_up, option = schema[name]
        kind = kind or _PLAIN.get(option)
        status, _, replaced_by = given_up.partition(":")
        instead = f'use "{replaced_by}" instead' if replaced_by else "remove it"
        if status == "removed":
            yield (name,), "mkdocs-setting", f'MkDocs no longer has the setting "{name}", {stops}', instead
        elif status == "deprecated":
            yield (name,), "mkdocs-warning", f'MkDocs has given up the setting "{name}", {strict}', instead
        elif kind is not None and value is not None and not isinstance(value, kind):
            fix = _PATTERNS.format(name=name) if option == "PathSpec" else _FIX[kind]
            yield (name,), "mkdocs-setting", f"{name} is {kind_of(value)}, not {_SAID[kind]}, {stops}", fix
        elif name in _FILES and isinstance(value, list) and None in value:
            wrong = f"an entry of {name} is empty, {stops}"
            yield (name, value.index(None)), "mkdocs-setting", wrong, "write the file's path after its -, or remove it"
        elif option in _PATHS and isinstance(value, list):
            for index, path in enumerate(value):
                if isinstance(path, str) and not (folder / path).exists():
                    wrong = f'{name} names "{path}", which is not in {folder}, {stops}'
                    yield (name, index), "mkdocs-setting", wrong, _RELATIVE
        elif option == _ADDRESS and isinstance(value, str) and value and not _web_address(value):  # "": none
            wrong = f'{name} "{value}" is not a web address, {stops}'
            yield (
                (name,),
                "mkdocs-setting",
                wrong,
                "write it whole, with https:// at its start (such as https://example.org/portfolio/)",
            )
        elif option == _LISTED and value is not None and not isinstance(value, list):
            yield (name,), "mkdocs-setting", f"{name} is {kind_of(value)}, not a list, {stops}", _FIX[list]
        elif (
            (name == "validation" and not plainly_valid(value, mkdocs_validation()))
            or (name == "nav" and odd_nav(value))
            or _beyond_its_kind(option, value)
        ):
            yield from _judged_by_the_engine(name, value, config, engine, stops, strict)
    theme = written.get("theme")
    custom_dir = theme.get("custom_dir") if isinstance(theme, Mapping) else None
    if isinstance(custom_dir, str) and not (folder / custom_dir).is_dir():
        wrong = f'the theme\'s custom_dir "{custom_dir}" is no folder in {folder}, {stops}'
        yield ("theme", "custom_dir"), "mkdocs-setting", wrong, _RELATIVE
    elif custom_dir is not None and not isinstance(custom_dir, (str, os.PathLike)):
        wrong = f"the theme's custom_dir is {kind_of(custom_dir)}, not a folder's name, {stops}"
        yield ("theme", "custom_dir"), "mkdocs-setting", wrong, _RELATIVE
    yield from _hooks(written.get("hooks"), folder, stops)
    yield from _edit_links(written, strict)
    yield from _folders_apart(written, folder, stops)
    for name, (_, required, _, _) in schema.items():
        if required and written.get(name) is None and name != "config_file_path":  # MkDocs sets that itself
            yield (), "mkdocs-setting", f"mkdocs.yml has no {name}, {stops}", f"add a line `{name}: ...`"


def _hooks(hooks: Any, folder: Path, stops: str) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """A hook MkDocs cannot import (one that is not there is said with the other paths): a file that is not a
    Python module (.py), or one that is not valid Python, which stopped the build in a traceback."""
    for index, hook in enumerate(hooks if isinstance(hooks, list) else ()):
        path = folder / hook if isinstance(hook, str) else None
        if path is None or not path.is_file() or not path.resolve().is_relative_to(folder.resolve()):
            continue  # (not read outside the project)
        if path.suffix != ".py":
            wrong = f'the hook "{hook}" is not a Python file (.py), {stops}'
            yield ("hooks", index), "mkdocs-setting", wrong, "name the hook's .py file"
            continue
        try:
            compile(path.read_bytes(), str(path), "exec")
        except SyntaxError as exc:
            wrong = f'the hook "{hook}" is not valid Python (line {exc.lineno}: {exc.msg}), {stops}'
            yield ("hooks", index), "mkdocs-setting", wrong, "correct that line of the hook"
        except (OSError, ValueError):  # unreadable, or a NUL byte: MkDocs' to say
            continue


def _edit_links(written: Mapping[str, Any], strict: str) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """What makes MkDocs warn of each page's edit link, or of the settings that make it: an `edit_uri` that is no
    full address with no `repo_url` to lead from, or one that `edit_uri_template` replaces."""
    edit_uri, template = written.get("edit_uri"), written.get("edit_uri_template")
    if isinstance(edit_uri, str) and edit_uri and template:
        wrong = f"edit_uri does nothing where edit_uri_template is given, and MkDocs warns of it, {strict}"
        yield ("edit_uri",), "mkdocs-warning", wrong, "remove one of the two"
    elif isinstance(edit_uri, str) and edit_uri and not written.get("repo_url") and not _web_address(edit_uri):
        wrong = (
            f"edit_uri is no full address, and there is no repo_url to lead from: MkDocs warns of each page, {strict}"
        )
        yield ("edit_uri",), "mkdocs-warning", wrong, "add repo_url (the repository's address), or write edit_uri whole"


def _beyond_its_kind(option: str, value: Any) -> bool:
    """Whether MkDocs' own option judges a setting's value beyond its type (`_judged_by_the_engine`): any `dev_addr`
    ("localhost" is no IP:PORT), and a theme that is neither a name nor a mapping, or names no theme, or a locale
    (which Material must know)."""
    if option == "IpAddress":
        return value is not None
    if option == "Theme":
        return not isinstance(value, (str, dict)) or (
            isinstance(value, dict) and ("name" not in value or "locale" in value)
        )
    return False


def odd_nav(value: Any) -> bool:
    """Whether a nav holds anything but pages (`- page.md`), titled pages or links (`- Title: page.md`) and titled
    sections of them: what MkDocs may warn about or stop on (it judges)."""
    for entry in value if isinstance(value, list) else ():
        inner = next(iter(entry.values())) if isinstance(entry, dict) and len(entry) == 1 else None
        if not (isinstance(entry, str) or isinstance(inner, str) or (isinstance(inner, list) and not odd_nav(inner))):
            return True
    return False


def _judged_by_the_engine(
    name: str, value: Any, config: Path, engine: Engine | None, stops: str, strict: str
) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """MkDocs' own judgement of a setting whose values it checks beyond their kind (`validation`'s levels, `nav`'s
    entries), at the setting's line (a malformed-input review found both passing the check and stopping the
    build)."""
    judged = engine.judged_setting(name, value, config) if engine else None
    fix = f"correct {name} as MkDocs says (see its documentation of {name})"
    refused, warnings = judged or (None, ())
    if refused is not None:
        yield (name,), "mkdocs-setting", f"MkDocs says of {name}: {refused.rstrip('.')}, {stops}", fix
    for warning in warnings if refused is None else ():
        yield (name,), "mkdocs-warning", f"MkDocs says of {name}: {warning}, {strict}", fix


def _folders_apart(
    written: Mapping[str, Any], folder: Path, stops: str
) -> Iterator[tuple[tuple[str | int, ...], str, str, str]]:
    """The site's folder inside the portfolio's, or the other way round, which MkDocs refuses (the site would be
    built into itself, or its cleaning would delete the portfolio)."""
    site_dir, docs_dir = written.get("site_dir") or "site", written.get("docs_dir") or "docs"
    if not isinstance(site_dir, str) or not isinstance(docs_dir, str):
        return
    site, docs = (folder / site_dir).resolve(), (folder / docs_dir).resolve()
    key = "site_dir" if "site_dir" in written else "docs_dir"
    fix = "leave site_dir out (the site goes to site/), or name a folder outside it"
    if site == docs or docs in site.parents:
        yield (key,), "mkdocs-setting", f'site_dir "{site_dir}" is inside docs_dir "{docs_dir}", {stops}', fix
    elif site in docs.parents:
        wrong = f'docs_dir "{docs_dir}" is inside site_dir "{site_dir}", which each build empties, {stops}'
        yield (key,), "mkdocs-setting", wrong, fix


_RELATIVE = "correct the path (relative to mkdocs.yml), or remove it"


def _web_address(value: str) -> bool:
    """As MkDocs reads a URL option: one with a scheme and a host."""
    try:
        address = urlsplit(value)
    except ValueError:
        return False
    return bool(address.scheme and address.netloc)


@functools.cache
def _defaults() -> ast.Module:
    """MkDocs' config/defaults.py, parsed; empty when it cannot be read (a MkDocs whose schema is elsewhere: then
    MkDocs alone checks its settings)."""
    try:
        spec = importlib.util.find_spec("mkdocs")
        folder = next(iter(spec.submodule_search_locations or ())) if spec else None
        return ast.parse(Path(folder, "config", "defaults.py").read_bytes()) if folder else ast.Module([], [])
    except (ImportError, ValueError, OSError, SyntaxError, StopIteration):
        return ast.Module([], [])


def _class(body: list[ast.stmt], name: str) -> ast.ClassDef | None:
    """The class named `name` among the statements of `body`."""
    return next((node for node in body if isinstance(node, ast.ClassDef) and node.name == name), None)


@functools.cache
def mkdocs_schema() -> Schema:
    """MkDocs' settings, read from its source; empty when it cannot be read (then MkDocs alone checks them)."""
    body = _class(_defaults().body, "MkDocsConfig")
    schema: Schema = {}
    for statement in body.body if body else ():
        target: ast.expr | None = statement.target if isinstance(statement, ast.AnnAssign) else None
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        value = getattr(statement, "value", None)
        if isinstance(target, ast.Name) and isinstance(value, ast.Call) and not target.id.startswith("_"):
            option = _option(value)
            if option is not None:
                schema[target.id] = option
    return schema


Validation = dict[str, dict[str, frozenset[str]]]
"""MkDocs' `validation` setting, as its schema defines it: each part (`nav`, `links`), with its settings and the
levels each takes (`warn`, `info`, `ignore`...)."""


@functools.cache
def mkdocs_validation() -> Validation:
    """MkDocs' `validation` setting, read from its source (the class Validation inside MkDocsConfig, whose parts'
    settings are options that each take the levels their class lists); empty when it cannot be read so, or is no
    longer a setting whose parts' settings may also be given at its top (PropagatingSubConfig)."""
    tree = _defaults().body
    config = _class(tree, "MkDocsConfig")
    body = config.body if config else []
    option = _given(body, "validation")
    called = option.func if isinstance(option, ast.Call) else None
    kind = called.value if isinstance(called, ast.Subscript) else called
    validation = _class(body, "Validation")
    if not isinstance(kind, ast.Attribute) or kind.attr != "PropagatingSubConfig" or validation is None:
        return {}
    parts: Validation = {}
    for statement in validation.body:
        value = getattr(statement, "value", None)
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
        if not (isinstance(target, ast.Name) and isinstance(value, ast.Call) and value.args):
            continue
        part = _class(validation.body, getattr(value.args[0], "id", ""))
        settings = {
            name.id: _levels(tree, setting.func.id)
            for inner in (part.body if part else ())
            if isinstance(inner, ast.Assign)
            and len(inner.targets) == 1
            and isinstance(name := inner.targets[0], ast.Name)
            if isinstance(setting := inner.value, ast.Call) and isinstance(setting.func, ast.Name)
        }
        if not settings or not all(settings.values()):
            return {}  # (a part or a setting read otherwise: MkDocs judges)
        parts[target.id] = settings
    return parts


def _given(body: list[ast.stmt], name: str) -> ast.expr | None:
    """The value the statements of `body` give `name` (`name = ...` or `name: ... = ...`), if any."""
    for statement in body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            if statement.target.id == name and statement.value is not None:
                return statement.value
        elif isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in statement.targets
        ):
            return statement.value
    return None


def _levels(tree: list[ast.stmt], option: str) -> frozenset[str]:
    """The levels an option's class takes (its `levels`, with those of the class it spreads in: `**_LogLevel.levels`);
    none where they cannot be read so."""
    found = _class(tree, option)
    value = _given(found.body, "levels") if found else None
    if not isinstance(value, ast.Dict):
        return frozenset()
    levels: set[str] = set()
    for key, spread in zip(value.keys, value.values, strict=True):
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            levels.add(key.value)
        elif key is None and isinstance(spread, ast.Attribute) and isinstance(spread.value, ast.Name):
            inherited = _levels(tree, spread.value.id) if spread.value.id != option else frozenset()
            if not inherited:
                return frozenset()
            levels |= inherited
        else:
            return frozenset()
    return frozenset(levels)


def plainly_valid(value: Any, validation: Validation) -> bool:
    """Whether MkDocs takes `validation`'s value without a word: each part's settings (`links: {anchors: warn}`), or a
    part's setting at the top (`anchors: warn`, which MkDocs gives each part that has it), set to a level it takes.
    MkDocs' configuration, which costs a check 140 ms to import, judges any other (the setting `portfolio init`
    writes, `validation: {anchors: warn}`, cost every first check of a new portfolio that)."""
    if not validation or not isinstance(value, dict):
        return False
    for key, given in value.items():
        if key in validation:
            settings = validation[key]
            if not isinstance(given, dict) or not all(
                isinstance(level, str) and level in settings.get(name, ()) for name, level in given.items()
            ):
                return False
        elif (
            not isinstance(given, str)
            or not all(given in settings[key] for settings in validation.values() if key in settings)
            or not any(key in settings for settings in validation.values())
        ):
            return False
    return True


def plugin_takes(point: str, options: Mapping[Any, Any]) -> bool:
    """Whether the plugin an entry point names (`module:Class`) surely takes `options` without a word: each one it
    has, of the plain kind its schema asks (`separator = Type(str)`, `Optional(Type(str))`), read from the plugin's
    source rather than imported (importing MkDocs' plugins and Material's search, to judge the separator every new
    portfolio's mkdocs.yml gives it, cost a first check 100 ms). False where it cannot be read so: the plugin itself
    judges them then (mkdocs_lists)."""
    schema = _plugin_schema(point)
    return bool(schema) and all(
        isinstance(key, str) and (kinds := schema.get(key)) is not None and isinstance(value, kinds)
        for key, value in options.items()
    )


@functools.cache
def _plugin_schema(point: str) -> Mapping[str, tuple[type, ...] | None]:
    """The options of the plugin an entry point names (`module:Class`), each with the plain types it takes (None for
    an option that asks more than a type): read from the class's `BasePlugin[ItsConfig]` and that config class's
    source; empty where either cannot be read so (a plugin of MkDocs' older kind, a config class built on another)."""
    from importlib.metadata import EntryPoint

    try:  # (`pkg : P [extra]`, `pkg:Outer.P`: a review of the change)
        entry = EntryPoint("", point, "mkdocs.plugins")
        module, name = entry.module, entry.attr
    except AttributeError:  # (written in no way MkDocs loads either)
        return {}
    found = _parsed(module) if name else None
    plugin = _class(found[1].body, name) if found else None
    base = plugin.bases[0] if plugin and len(plugin.bases) == 1 else None
    config = base.slice if isinstance(base, ast.Subscript) else None
    if found is None or not isinstance(config, ast.Name):
        return {}
    schema_class = _class(found[1].body, config.id) or _imported_class(found, config.id)
    bases = schema_class.bases if schema_class else []
    if schema_class is None or len(bases) != 1 or _called(bases[0]) != "Config":
        return {}
    schema: dict[str, tuple[type, ...] | None] = {}
    for statement in schema_class.body:
        target = statement.targets[0] if isinstance(statement, ast.Assign) and len(statement.targets) == 1 else None
        if isinstance(target, ast.Name) and isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Call):
            schema[target.id] = _plain_types(statement.value)
    return schema


def _parsed(module: str) -> tuple[str, ast.Module] | None:
    """A module's name (a package's own, `a.b` for a/b/__init__.py: the name its relative imports start from, with
    a dot after it) and its source parsed, found without running anything (installed.module_source: a review of
    the change found Material's packages run to read its search plugin's options); None where it cannot be."""
    found = module_source(module)
    if found is None:
        return None
    try:
        return (module + "." if found[1] else module), ast.parse(found[0].read_bytes())
    except (OSError, SyntaxError, ValueError):
        return None


def _imported_class(found: tuple[str, ast.Module], name: str) -> ast.ClassDef | None:
    """The class `name` a module imports from another (`from .config import SearchConfig`), from that one's source."""
    module, tree = found
    for statement in tree.body:
        if isinstance(statement, ast.ImportFrom) and any(
            alias.name == name and not alias.asname for alias in statement.names
        ):
            package = module.rsplit(".", statement.level)[0] if statement.level else ""  # (a package's name ends
            # with a dot: its own modules are its own)
            origin = ".".join(part for part in (package, statement.module) if part)
            other = _parsed(origin)
            return _class(other[1].body, name) if other else None
    return None


def _called(node: ast.expr) -> str:
    """The name a call or a base is written with (`Type`, `c.Type`, `config_options.Type`)."""
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


_PLAIN_TYPES: Mapping[str, type] = {"str": str, "bool": bool, "int": int, "float": float, "dict": dict, "list": list}


def _plain_types(call: ast.Call) -> tuple[type, ...] | None:
    """The plain types an option takes, where it asks only that (`Type(str)`, `Type((int, float), default=1.0)`,
    `Optional(Type(str))`); None for any other."""
    kind = _called(call.func)
    if kind == "Optional" and len(call.args) == 1 and isinstance(call.args[0], ast.Call):
        return _plain_types(call.args[0])
    if kind != "Type" or not call.args or any(keyword.arg != "default" for keyword in call.keywords):
        return None  # (`Type(str, length=2)` asks more)
    given = call.args[0]
    names = given.elts if isinstance(given, ast.Tuple) else [given]
    types = [_PLAIN_TYPES.get(_called(name)) for name in names]
    plain = tuple(kind for kind in types if kind is not None)
    return plain if len(plain) == len(types) else None


def _option(call: ast.Call) -> tuple[type | None, bool, str, str] | None:
    """What a setting's option object asks (`c.Type(str)`, `c.Optional(c.Type(str))`, `c.Deprecated(...)`); None
    for a private one, which MkDocs fills itself."""
    func = call.func.value if isinstance(call.func, ast.Subscript) else call.func  # `c.Private[dict]()`
    kind = func.attr if isinstance(func, ast.Attribute) else ""
    if kind == "Private":
        return None
    keywords = {keyword.arg: keyword.value for keyword in call.keywords}
    if kind == "Optional" and call.args and isinstance(call.args[0], ast.Call):
        inner = _option(call.args[0])
        return (inner[0], False, inner[2], inner[3]) if inner else None
    if kind == "Deprecated":
        removed = keywords.get("removed")
        moved = keywords.get("moved_to")
        status = "removed" if isinstance(removed, ast.Constant) and removed.value is True else "deprecated"
        instead = moved.value if isinstance(moved, ast.Constant) and isinstance(moved.value, str) else ""
        return None, False, f"{status}:{instead}", kind
    if kind == "Type" and call.args and isinstance(call.args[0], ast.Name):
        return _TYPES.get(call.args[0].id), "default" not in keywords, "", kind
    return (None, False, "", kind) if kind else None
