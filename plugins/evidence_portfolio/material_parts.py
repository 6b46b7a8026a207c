"""Parts of Material's page template rendered once for many pages, for the MkDocs adapter (plugin.py): the same
HTML on every page of a folder (the navigation of a page outside it, the search dialog...), and the texts of its
translations once per build. Material's templates are not copied: their compiled render functions are wrapped, for
one build; a template of the site's own (custom_dir) is rendered as ever."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from itertools import accumulate
from pathlib import Path
from typing import Any

import jinja2
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

_SAME_PER_FOLDER = (
    ("partials/nav.html", None, True),
    ("partials/search.html", None, False),
    ("base.html", "config", False),
    ("base.html", "styles", False),
    ("base.html", "scripts", False),
    ("partials/footer.html", None, True),
)
"""Parts of Material's page template that are the same HTML on every page of a folder but for their relative links:
the primary navigation on a page that is not in it (it marks the current page), the search dialog, the script of
settings (`__config`), the stylesheets and the scripts on every page, and the footer of a page that is not in the
navigation (no previous and next page). (Template, block or None for the whole template, whether only for pages
outside the navigation.)"""


_TRANSLATIONS = (("partials/language.html", "t"),)
"""Material's macro of translations (`lang.t("header")`), which builds the language's whole table of texts at
each call, about ten times a page: (template, macro)."""


def rendered_once_per_folder(env: jinja2.Environment, files: Files) -> None:
    """Render the parts of _SAME_PER_FOLDER once per folder instead of once per page (the navigation alone was a
    third of Material's page template on the items' pages), and the texts of _TRANSLATIONS once per build."""
    material = importlib.util.find_spec("material")
    if material is None or material.origin is None:
        return
    material_templates = Path(material.origin).parent / "templates"
    folders = {
        folder for file in files for folder in accumulate(f"{part}/" for part in file.url.rstrip("/").split("/")[:-1])
    }
    for name, block, outside_navigation in _SAME_PER_FOLDER:
        template = _material_template(env, name, material_templates)
        if template is None:
            continue
        if block is None:
            template.root_render_func = _once_per_folder(template.root_render_func, outside_navigation, folders)
        elif block in template.blocks:
            template.blocks[block] = _once_per_folder(template.blocks[block], outside_navigation, folders)
    for name, macro in _TRANSLATIONS:
        template = _material_template(env, name, material_templates)
        if template is not None:
            template.root_render_func = _translated_once(template.root_render_func, macro)


def _material_template(env: jinja2.Environment, name: str, material_templates: Path) -> jinja2.Template | None:
    """Material's own template of that name; None where the site has its own (custom_dir), or there is none."""
    try:
        template = env.get_template(name)
    except jinja2.TemplateNotFound:
        return None
    return template if Path(template.filename or "").is_relative_to(material_templates) else None


def _translated_once(
    render: Callable[[jinja2.runtime.Context], Iterator[str]], macro: str
) -> Callable[[jinja2.runtime.Context], Iterator[str]]:
    """`render` of a template that defines the macro of translations: imported on every page, it defines it anew;
    each key is translated once per build, by the first page's macro (the text depends on the key alone)."""
    texts: dict[str, Any] = {}

    def once(context: jinja2.runtime.Context) -> Iterator[str]:
        yield from render(context)
        translate = context.vars.get(macro)
        if callable(translate):

            def translated(key: str) -> Any:
                if key not in texts:
                    texts[key] = translate(key)
                return texts[key]

            context.vars[macro] = translated

    return once


def _once_per_folder(
    render: Callable[[jinja2.runtime.Context], Iterator[str]], outside_navigation: bool, folders: set[str]
) -> Callable[[jinja2.runtime.Context], Iterator[str]]:
    """`render`, run once per folder of the pages it renders (once per page where the page's own address is a folder
    of the site's files: MkDocs writes a link to a file inside it relative to the page's own folder). `folders`:
    every folder of a file of the site, as a URL ending in "/"."""
    rendered: dict[tuple[str, str, str], str] = {}

    def once(context: jinja2.runtime.Context) -> Iterator[str]:
        page, nav = context.get("page"), context.get("nav")
        if not isinstance(page, Page) or (outside_navigation and (nav is None or page in nav.pages)):
            yield from render(context)
            return
        url = page.url
        key = (str(context.get("base_url")), url.rstrip("/").rpartition("/")[0], url if url in folders else "")
        if key not in rendered:
            rendered[key] = "".join(render(context))
        yield rendered[key]

    return once
