"""What mkdocs.yml names among the theme's own files: its language (Material's partials/languages/<code>.html) and its
icons (`theme.icon`, the icons of `extra.social` and of the palettes' toggles, .icons/<name>.svg). A name the theme
does not have stops `mkdocs build` in a traceback naming neither file nor line (`language: klingon`, `logo:
material/nope`); both doors name it at its line first (in a build, before any other plugin's on_config: Material's
search plugin reads the language in its own). Looked for in the theme's folders (the custom_dir first), as the
theme's templates look for them; not judged when those cannot be told, or by a theme without such folders (MkDocs'
readthedocs and mkdocs).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from ..model.problems import Problems
from .settings import Settings, written_line


def check_theme_names(settings: Settings) -> Problems:
    """A problem at its line of mkdocs.yml for each language or icon it names that the theme does not have, in a
    build as in `portfolio check` (the theme would stop the build on it in a traceback as it renders a page)."""
    problems = Problems()
    config, folders = settings.config_file, settings.theme_dirs
    if config is None or not folders:
        return problems
    shown = settings.display(config)
    language = settings.language
    if _holds(folders, "partials/languages") and not _found(folders, f"partials/languages/{language}.html"):
        problems.add(
            "mkdocs-setting",
            shown,
            written_line(config, "theme", "language"),
            f'the theme has no language "{language}", so `mkdocs build` stops; use a language code it has, such as '
            "en, fr or de (see Material's list of languages)",
        )
    social = settings.social
    for path, wrong in _social_faults(social):
        problems.add(
            "mkdocs-setting",
            shown,
            written_line(config, *path),
            f"{wrong}, so `mkdocs build` stops; write each link of extra.social as two lines, such as "
            '"- icon: fontawesome/brands/github" and "  link: https://github.com/your-organisation"',
        )
    icons = (
        *_icons(settings.theme_icons, ("theme", "icon")),
        *_social_icons(social),
        *_toggle_icons(settings.theme_palette),
    )
    for path, icon in icons if _holds(folders, ".icons") else ():
        if not _found(folders, f".icons/{icon}.svg"):
            problems.add(
                "mkdocs-setting",
                shown,
                written_line(config, *path),
                f'the theme has no icon "{icon}", so `mkdocs build` stops; name one of its icons, such as '
                "material/account-group (see Material's list of icons), or one in a .icons folder of the custom_dir",
            )
    return problems


def _holds(folders: tuple[Path, ...], folder: str) -> bool:
    """Whether the theme has a folder of its templates (Material's languages and icons; other themes, such as
    MkDocs' readthedocs, have neither, and read neither setting)."""
    return any((theme / folder).is_dir() for theme in folders)


def _found(folders: tuple[Path, ...], name: str) -> bool:
    """Whether a file of the theme's templates is in one of its folders (a name climbing out of them never is)."""
    return ".." not in name.split("/") and any((folder / name).is_file() for folder in folders)


def _icons(value: Any, path: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every icon `theme.icon` names (logo, repo, and those of admonitions and tags, one level further down)."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _icons(inner, (*path, str(key)))


def _social_faults(social: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Each link of `extra.social` that Material cannot show: the list, or one of its entries, in another shape
    than a mapping naming its icon (Material includes the icon's file by that name)."""
    if social is None:
        return
    if not isinstance(social, list):
        yield ("extra", "social"), "extra.social is not a list of links"
        return
    for index, link in enumerate(social):
        icon = link.get("icon") if isinstance(link, Mapping) else None
        if not (isinstance(icon, str) and icon):
            yield ("extra", "social", index), "this link of extra.social names no icon"


def _toggle_icons(palette: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The icon of the toggle of each palette of `theme.palette` (a palette, or a list of them), which the reader
    clicks to change between them."""
    palettes = enumerate(palette) if isinstance(palette, list) else [(None, palette)]
    for index, one in palettes:
        toggle = one.get("toggle") if isinstance(one, Mapping) else None
        icon = toggle.get("icon") if isinstance(toggle, Mapping) else None
        if isinstance(icon, str) and icon:
            yield ("theme", "palette", *([] if index is None else [index]), "toggle", "icon"), icon


def _social_icons(social: Any) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """The icon of each link of `extra.social`."""
    for index, link in enumerate(social if isinstance(social, list) else ()):
        icon = link.get("icon") if isinstance(link, Mapping) else None
        if isinstance(icon, str) and icon:
            yield ("extra", "social", index, "icon"), icon
