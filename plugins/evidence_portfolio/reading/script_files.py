"""SVG pictures under evidence/ holding a script. Shown in a page (`![Chart](chart.svg)`) a picture runs none, but
published as a file it opens on its own as a document of the site, outside every page's checks and policy, and its
script runs with the site's rights (a hostile review: an attachment's `onload` ran on the site, where it could read
the pages its reader may see and send them elsewhere). Each is an error at its first line, and no build publishes it.
"""

from __future__ import annotations

import os
import posixpath
import re
from collections.abc import Iterable

from ..model.problems import Problems
from .settings import Settings

_SVG_SCRIPT = re.compile(rb"<script|[\s/\"']on[a-z]+\s*=|javascript:|<foreignobject", re.IGNORECASE)
"""What runs a script in an SVG picture opened on its own (a foreign object holds HTML, which may)."""
_MOST = 20_000_000
"""The most of an SVG picture read."""


def script_files(settings: Settings, files: Iterable[str]) -> tuple[frozenset[str], Problems]:
    """The SVG pictures among `files` (paths under evidence/) that hold a script, which no build publishes, and an
    error for each."""
    problems = Problems()
    found = frozenset(
        uri
        for uri in files
        if posixpath.splitext(uri)[1].lower() == ".svg" and _holds_a_script(os.path.join(settings.docs_dir, uri))
    )
    for uri in sorted(found):
        problems.add(
            "script-file",
            settings.display_uri(uri),
            1,
            "this SVG picture holds a script, which would run in the reader's browser with the site's rights when the "
            "picture is opened on its own, outside the checks of the portfolio's pages, so it is published to no one; "
            "save the picture as PNG, or take the script out of it",
        )
    return found, problems


def _holds_a_script(path: str) -> bool:
    """Whether the SVG picture at `path` holds a script (one that cannot be read holds none to run)."""
    try:
        with open(path, "rb") as file:
            return _SVG_SCRIPT.search(file.read(_MOST)) is not None
    except OSError:
        return False
