"""The generated pages as Markdown strings, from the Jinja templates in `site_templates/portfolio/`.

Listings are HTML blocks inside the Markdown (autoescaped); headings are Markdown so that they reach the table
of contents, with their text escaped for Markdown. A template in the site's own `custom_dir` wins over ours.
"""

from __future__ import annotations

import datetime
import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import jinja2
from markupsafe import Markup

from .items import Item, Page
from .portfolio import Portfolio, is_stale
from .problems import Problem
from .project import OVERVIEW_URI, challenge_uri
from .urls import relative_url

TEMPLATES = Path(__file__).parent / "site_templates"
"""Where the package's templates are installed (site_templates/ of the project, mapped into the package)."""

TYPE_LABELS = {
    "evidence": "Evidence",
    "case-study": "Case study",
    "celebration": "Celebration of success",
    "action": "Improvement action",
    "self-assessment": "Self-assessment",
}
STATUS_LABELS = {"planned": "Planned", "in-progress": "In progress", "done": "Done"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~^=])")


def markdown_text(value: object) -> Markup:
    """Text that Markdown shows as written: its punctuation escaped, then its HTML."""
    return Markup(html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", str(value)), quote=False))


def long_date(value: datetime.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "no date"


@dataclass(frozen=True)
class Links:
    """Links from one page of the site to the others; `urls` maps paths under evidence/ to site URLs."""

    urls: Mapping[str, str]
    page_url: str

    def to(self, src_uri: str, anchor: str = "") -> str:
        return relative_url(self.urls[src_uri] + (f"#{anchor}" if anchor else ""), self.page_url)

    def item(self, item: Item) -> str:
        return self.to(item.src_uri)

    def challenge(self, challenge_id: str, section_id: str = "") -> str:
        return self.to(challenge_uri(challenge_id), section_id)

    def overview(self) -> str:
        return self.to(OVERVIEW_URI)


class Renderer:
    """Renders the generated pages of one build."""

    def __init__(self, portfolio: Portfolio, urls: Mapping[str, str], overrides: Sequence[Path] = ()) -> None:
        self.portfolio = portfolio
        self.urls = urls
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([*overrides, TEMPLATES]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self.env.filters.update(
            md=markdown_text,
            long_date=long_date,
            percent=lambda fraction: f"{round(fraction * 100)}%",
            type_label=lambda name: TYPE_LABELS.get(name, name),
            status_label=lambda name: STATUS_LABELS.get(name or "", name),
            paragraphs=lambda text: [p.strip() for p in text.split("\n") if p.strip()],
        )
        self.env.globals.update(
            portfolio=portfolio, framework=portfolio.framework, is_stale=self.stale, as_of=portfolio.as_of
        )

    def stale(self, item: Item) -> bool:
        return is_stale(item, self.portfolio.framework, self.portfolio.as_of)

    def _render(self, template: str, page_uri: str, **context: object) -> str:
        links = Links(self.urls, self.urls[page_uri])
        return self.env.get_template(template).render(links=links, **context)

    def overview(self, title: str, intro: Page | None, errors: Sequence[Problem] = ()) -> str:
        """The home page; `errors` are listed at its top (only `mkdocs serve` renders a portfolio with errors)."""
        return self._render(
            "portfolio/overview.html", OVERVIEW_URI, title=title, intro=intro.body if intro else "", errors=errors
        )

    def challenge(self, challenge_id: str) -> str:
        result = next(c for c in self.portfolio.challenges if c.id == challenge_id)
        return self._render("portfolio/challenge.html", challenge_uri(challenge_id), result=result)

    def item_panel(self, item: Item) -> str:
        return self._render("portfolio/item_panel.html", item.src_uri, item=item)
