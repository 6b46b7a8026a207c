"""The files mkdocs.yml names for every page to load or show (its extra_css and extra_javascript, the theme's logo
and favicon) that are not there. MkDocs links every page to each without a word, so the site goes without its style,
its script or its logo; both doors name each at its line of mkdocs.yml. A file is looked for where MkDocs copies the
site's files from: evidence/ and the theme's folders (the custom_dir, and Material's own, whose favicon is the one
by default). A template of extra_templates, which MkDocs looks for in evidence/ alone, and skips with a warning
(so that a strict build stops), is named too. A warning concerns the file it names, so that a build which cannot
tell that file from a withheld one (written `INT/Files/x.css` on a server that ignores capitals) leaves the
warning out of its portfolio.json."""

from __future__ import annotations

import fnmatch
import os
import posixpath
from collections.abc import Container

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import Problems
from ..model.urls import MARKDOWN_EXTENSIONS
from .settings import Settings, written_line, written_site_files

_SHOWS = {"extra_css": "its style", "extra_javascript": "its script", "logo": "its logo", "favicon": "its icon"}
"""What the site goes without when each setting's file is not there."""
_TEMPLATES = "extra_templates"


def check_site_files(settings: Settings) -> Problems:
    """A warning at its line of mkdocs.yml for each file it names for every page that is neither under evidence/
    nor among the theme's files (a full address on another host is not looked for)."""
    problems = Problems()
    config = settings.config_file
    if config is None:
        return problems
    docs = settings.docs_dir.name
    for where, url in written_site_files(config):
        src_uri = settings.path_of(url)
        template = where[0] == _TEMPLATES
        if not src_uri or _found(settings, src_uri, template):
            continue
        setting = ".".join(str(step) for step in where if isinstance(step, str))
        within = src_uri.removeprefix(f"{docs}/")
        meant = within != src_uri and _found(settings, within, template)
        problems.add(
            "missing-site-file",
            settings.display(config),
            written_line(config, *where),
            (
                f'{setting} names "{url}", which is no file of {docs}/, so MkDocs skips it and warns, and '
                "`mkdocs build --strict` stops; "
                if template
                else f'{setting} names "{url}", which is no file of {docs}/ or of the theme, so every page links to '
                f"a file that is not there and the site goes without {_SHOWS[setting.rpartition('.')[2]]}; "
            )
            + (
                f'did you mean "{within}"? The path is written from {docs}/, not from the project\'s folder'
                if meant
                else f"save the file as {docs}/{src_uri}, or correct the path (written from {docs}/)"
            ),
            also=(settings.display_uri(src_uri),),  # a build withholding what it may name (INT/x.css) names it not
        )
    return problems


_NOT_THE_THEMES = (".*", "*/.*", "*.py", "*.pyc", "*.html", "*readme*", "mkdocs_theme.yml", "locales/*", "sitemap.xml")
"""The files of a theme's folders MkDocs does not copy to the site, as it names them (with Markdown files)."""


_NOT_COPIED = lazy_pattern(
    "|".join(fnmatch.translate(pattern) for pattern in (*_NOT_THE_THEMES, *(f"*{x}" for x in MARKDOWN_EXTENSIONS)))
)


def theme_files(settings: Settings, tops: Container[str]) -> frozenset[str]:
    """The paths of the files MkDocs copies from the theme's folders to the site (Material's stylesheets, scripts and
    pictures, and those of the custom_dir), which a file of evidence/ at the same path would take the place of: those
    whose first folder (or name) is in `tops` (the first names of the paths under evidence/: the others need no
    look)."""
    found: set[str] = set()
    for folder in settings.theme_dirs:
        try:
            entries = [entry for entry in os.scandir(folder) if entry.name in tops and not entry.name.startswith(".")]
        except OSError:
            continue
        for entry in entries:
            if not entry.is_dir():
                found.add(entry.name)
                continue
            for at, folders, names in os.walk(entry.path):
                folders[:] = [name for name in folders if not name.startswith(".")]
                under = os.path.relpath(at, folder).replace(os.sep, "/")
                found.update(posixpath.join(under, name) for name in names)
    return frozenset(path for path in found if not _NOT_COPIED.match(path.lower()))


def _found(settings: Settings, src_uri: str, template: bool) -> bool:
    """Whether the site has a file at this path: under evidence/, or among the theme's files but for a template (a
    path climbing out of them never is)."""
    if ".." in src_uri.split("/") or posixpath.isabs(src_uri):
        return False
    folders = (settings.docs_dir,) if template else (settings.docs_dir, *settings.theme_dirs)
    return any((folder / src_uri).is_file() for folder in folders)
