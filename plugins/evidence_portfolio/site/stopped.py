"""The one page `mkdocs serve` shows while the project cannot be built at all (an error in framework.yml): the
errors that stop it, in the browser the author is looking at, where the server would otherwise seem stuck until
they are fixed. The next save rebuilds the site."""

from __future__ import annotations

from html import escape

from ..model.problems import Problem
from ..reading.settings import Settings

STOPPED_URI = "index.md"
"""Where the page goes: the home page, which the browser shows first and reloads."""


def stopped_page(problems: list[Problem], settings: Settings) -> str:
    """The page's Markdown: the errors that name no file under evidence/ (framework.yml's, mkdocs.yml's), and,
    where the audience is internal, every error; the others counted, as the overview counts them."""
    errors = [problem for problem in problems if problem.severity == "error"]
    pages = settings.display_uri("")
    named = [
        problem
        for problem in errors
        if settings.audience == "internal" or not any(path.startswith(pages) for path in problem.concerns)
    ]
    unnamed = len(errors) - len(named)
    items = "".join(f"<li><code>{escape(str(problem))}</code></li>\n" for problem in named)
    if unnamed:
        items += (
            f"<li>{unnamed} in files this audience does not see: <code>portfolio check</code> lists "
            f"{'it' if unnamed == 1 else 'them'}</li>\n"
        )
    count = len(errors)
    return (
        "---\ntitle: The portfolio cannot be built\n---\n\n# The portfolio cannot be built\n\n"
        '<div class="admonition danger portfolio-errors">\n'
        f'<p class="admonition-title">{count} error{"s" if count != 1 else ""}: no page can be made until '
        f"{'it is' if count == 1 else 'they are'} fixed; this page shows the site again as soon as the fix is "
        "saved</p>\n"
        f"<ul>\n{items}</ul>\n</div>\n"
    )
