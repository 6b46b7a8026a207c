"""Whether what mkdocs.yml names is installed (its theme, its plugins, its Markdown extensions): MkDocs stops a
build on a name it cannot load (a misspelt `serach`, `tabels`, `materail`), naming no line, and `portfolio check`
names each at its line first (a site_url without `https://`: mkdocs_schema.py).

What is installed is known for sure only from the entry points of every installed package, which take a check
40 ms to read. A name is first looked for where the packages the portfolio depends on keep it, without importing
anything (MkDocs' search plugin and themes, Material's theme and plugins, python-markdown's extensions, a module
of that name): only a name not found there costs the entry points.
"""

from __future__ import annotations

import functools
import importlib.util
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from ..model.problems import Problems, suggest
from .settings import PLUGIN, Settings, config_line, extension_names, listed_line, unnumbered

MATERIAL = "material"
"""The Material theme's name, in whose namespace MkDocs also looks for a plugin (`tags` is `material/tags`)."""


def check_installed(settings: Settings) -> Problems:
    """A problem at its line of mkdocs.yml for each name MkDocs could not load, and for a site_url that is no web
    address."""
    problems = Problems()
    config = settings.config_file
    if settings.loaded_by_mkdocs or config is None or not config.is_file():
        return problems
    shown = settings.display(config)
    theme = settings.theme_name or ""

    def not_installed(kind: str, name: str, line: int, installed: set[str]) -> None:
        hint = _closest(name, installed - {name}, f"{kind}s")  # a list of every name installed is no help
        hint = hint if hint.startswith("; did you mean") else "; correct its name, or remove it"
        message = f'the {kind} "{name}" is not installed, so `mkdocs build` stops{hint}'
        problems.add("mkdocs-setting", shown, line, message)

    written = (settings.written_config or {}).get("theme")
    if isinstance(written, dict) and not written.get("name"):  # MkDocs stops on it first (mkdocs_schema names it)
        theme_installed = False
    else:
        theme_installed = not theme or _theme_installed(theme)
    if not theme_installed and theme:
        not_installed(
            "theme",
            theme,
            config_line(config, re.escape(theme), after=r"^theme\s*:"),
            set(_entry_points("mkdocs.themes")),
        )
    for name in settings.plugin_names if theme_installed else ():  # plugins are looked for in the theme's name too
        if not _plugin_installed(name, theme):
            line = listed_line(config, "plugins", name)
            if theme != MATERIAL and _plugin_installed(name, MATERIAL):  # `tags` with `theme: readthedocs`
                problems.add(
                    "mkdocs-setting",
                    shown,
                    line,
                    f'the plugin "{name}" is the Material theme\'s, which MkDocs finds by that name only where the '
                    f"theme is material (this site's is {theme or 'mkdocs'}), so `mkdocs build` stops; set the theme's "
                    f"name to material, or write the plugin as material/{unnumbered(name)}",
                )
                continue
            names = _entry_points("mkdocs.plugins")
            not_installed("plugin", name, line, {*names, *(name.rpartition("/")[2] for name in names)})
    for name in dict.fromkeys(extension_names(settings.markdown_extensions)):
        if not _extension_installed(name):
            line = listed_line(config, "markdown_extensions", name)
            not_installed("Markdown extension", name, line, set(_known_extensions()))
    return problems


def misspelt_plugin(settings: Settings) -> bool:
    """Whether mkdocs.yml names a plugin that is not installed and whose name is the portfolio's misspelt
    (`portfolo`): check_installed says so at its line, which says all there is to say of a plugin not on."""
    theme = settings.theme_name or ""
    return any(
        suggest(unnumbered(name), [PLUGIN]).startswith("; did you mean") and not _plugin_installed(name, theme)
        for name in settings.plugin_names
        if unnumbered(name) != PLUGIN
    )


@functools.cache
def _known_extensions() -> frozenset[str]:
    """The Markdown extensions installed by name: python-markdown's entry points, and pymdown-extensions' modules
    (`pymdownx.superfences`), which Material's sites use most and which are no entry points (a misspelt one was told
    no name meant: a review of valid portfolios)."""
    import pkgutil  # here: only a name not installed needs it, and a check starts sooner without it

    found = set(_entry_points("markdown.extensions"))
    try:
        spec = importlib.util.find_spec("pymdownx")  # (finds the package without running it)
    except (ImportError, ValueError):
        spec = None
    for folder in spec.submodule_search_locations or () if spec else ():
        found.update(f"pymdownx.{module.name}" for module in pkgutil.iter_modules([folder]) if not module.ispkg)
    return frozenset(found)


def misspelt_extension(name: str) -> bool:
    """Whether a Markdown extension mkdocs.yml names is not installed and is an installed one's name misspelt
    (`admonitions`): check_installed says so at its line, with the name meant, which is all there is to say of it (a
    second error, of what such an extension might do, confused a careless contributor)."""
    if _extension_installed(name):
        return False
    known = _known_extensions()
    if name in known:
        return False
    return _closest(name, set(known)).startswith("; did you mean")


def _closest(name: str, installed: set[str], noun: str = "values") -> str:
    """suggest's hint for a name of those installed; a namespaced one (`pymdownx.detail`) among those of its
    namespace, by the name after it, which the namespace alone would make close to any (`pymdownx.util`)."""
    space, dot, short = name.rpartition(".")
    if dot and any(other.startswith(f"{space}.") for other in installed):
        hint = suggest(short, sorted(o.rpartition(".")[2] for o in installed if o.startswith(f"{space}.")), noun)
        return hint.replace(f'"{_meant(hint)}"', f'"{space}.{_meant(hint)}"') if hint.startswith("; did you") else hint
    return suggest(name, sorted(installed), noun)


def _meant(hint: str) -> str:
    """The name a hint "; did you mean "x"?" names."""
    return hint.split('"')[1]


def misspelt_plugin_name(name: str, theme: str) -> bool:
    """Whether a plugin mkdocs.yml names is not installed and is an installed one's name misspelt (`serch`), as
    misspelt_extension; not one named in a package's namespace (`someone/search`), named so on purpose, nor one
    whose name is an installed one's (Material's `social`, written `material/social` under another theme: a hostile
    review found it let through, unsaid, as "misspelt" for itself)."""
    names = _entry_points("mkdocs.plugins")
    known = sorted({*names, *(entry.rpartition("/")[2] for entry in names)})
    written = unnumbered(name)
    if "/" in written or written in known or _plugin_installed(name, theme):
        return False
    return suggest(written, known).startswith("; did you")


def _theme_installed(name: str) -> bool:
    if module_file(f"mkdocs.themes.{name}") or module_file(name):
        return True
    return name in _entry_points("mkdocs.themes")


def _plugin_installed(name: str, theme: str) -> bool:
    """As MkDocs loads a plugin: by its name, or by its name in the theme's namespace (`tags` is `material/tags`),
    but not in the theme's namespace when it starts with "/" (`/tags` is another package's `tags`)."""
    written = unnumbered(name)
    name = written.removeprefix("/")
    theme = "" if written.startswith("/") else theme
    namespace, _, short = name.rpartition("/")
    if name in (PLUGIN, "search") or ((namespace or theme) and module_file(f"{namespace or theme}.plugins.{short}")):
        return True
    entry_points = _entry_points("mkdocs.plugins")
    return name in entry_points or (bool(theme) and f"{theme}/{name}" in entry_points)


def _extension_installed(module: str) -> bool:
    """As python-markdown loads an extension: by its entry point's name (its own are modules of
    markdown.extensions), or as a module."""
    if module_file(f"markdown.extensions.{module}") or module_file(module):
        return True
    if module in _entry_points("markdown.extensions"):
        return True
    try:
        return importlib.util.find_spec(module) is not None  # a module of a compiled package, say
    except (ImportError, ValueError):
        return False


def module_file(module: str) -> bool:
    """Whether a module's file is installed, looked for without importing anything (as importing a package to see
    into it would)."""
    top, _, rest = module.partition(".")
    if not rest:
        try:
            return top.isidentifier() and importlib.util.find_spec(top) is not None
        except (ImportError, ValueError):
            return False
    return module_source(module) is not None


def module_source(module: str) -> tuple[Path, bool] | None:
    """The file of a module's source (a package's __init__.py), and whether it is a package's, looked for without
    importing anything, its packages neither (which finding it as Python does would: their __init__ run); None where
    there is no such file (a module of a compiled library, or none)."""
    top, _, rest = module.partition(".")
    try:
        spec = importlib.util.find_spec(top) if top.isidentifier() else None
    except (ImportError, ValueError):
        return None
    parts = rest.split(".") if rest else []
    if spec is None or not all(part.isidentifier() for part in parts):
        return None
    if not parts:
        origin = spec.origin or ""
        return (Path(origin), spec.submodule_search_locations is not None) if origin.endswith(".py") else None
    for folder in spec.submodule_search_locations or ():
        path = Path(folder, *parts)
        if path.with_suffix(".py").is_file():
            return path.with_suffix(".py"), False
        if (path / "__init__.py").is_file():
            return path / "__init__.py", True
    return None


def _entry_points(group: str) -> frozenset[str]:
    """The names installed packages give in an entry point group (40 ms for the first)."""
    return frozenset(entry_points_of(group))


def plugin_entry_point(name: str, theme: str) -> str | None:
    """The object (`module:Class`) of the plugin mkdocs.yml names `name`, found as MkDocs finds it: in the theme's
    namespace first (`tags` is `material/tags`), but not a name starting with "/" (another package's)."""
    installed = entry_points_of("mkdocs.plugins")
    found = installed.get(f"{theme}/{name}") if "/" not in name else None
    return found or installed.get(name.removeprefix("/"))


@functools.cache
def entry_points_of(group: str) -> Mapping[str, str]:
    """The entry points installed packages give in a group, by name: the object each names (`module:Class`)."""
    from importlib.metadata import entry_points

    return MappingProxyType({point.name: point.value for point in entry_points(group=group)})
