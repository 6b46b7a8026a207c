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
from typing import Any, Mapping, Sequence

import jinja2
from markupsafe import Markup

from . import listings
from .items import ITEM_TYPES, Item, Page
from .links import rebase, unlink
from .narrative import narratives
from .new_item import slug
from .portfolio import ChallengeResult, assessment_rating, is_overdue, is_stale
from .problems import Problem
from .project import OVERVIEW_URI, PAGE_URIS, Project, challenge_uri
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
    site_url: str = ""

    def to(self, src_uri: str, anchor: str = "") -> str:
        return relative_url(self.urls[src_uri] + (f"#{anchor}" if anchor else ""), self.page_url)

    def item(self, item: Item) -> str:
        return self.to(item.src_uri)

    def challenge(self, challenge_id: str, section_id: str = "") -> str:
        return self.to(challenge_uri(challenge_id), section_id)

    def page(self, role: str, anchor: str = "") -> str:
        return self.to(PAGE_URIS[role], anchor)

    def overview(self) -> str:
        return self.to(OVERVIEW_URI)

    def absolute(self, src_uri: str) -> str:
        """The address printed after a link on paper: the full URL when mkdocs.yml has a site_url."""
        return (self.site_url.rstrip("/") + "/" if self.site_url else "/") + self.urls[src_uri]


class Renderer:
    """Renders the generated pages of one build."""

    def __init__(
        self,
        project: Project,
        urls: Mapping[str, str],
        *,
        site_name: str,
        site_url: str = "",
        overrides: Sequence[Path] = (),
    ) -> None:
        assert project.portfolio is not None
        self.project = project
        self.portfolio = portfolio = project.portfolio
        self.urls = urls
        self.site_name = site_name
        self.site_url = site_url or ""
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
            portfolio=portfolio,
            framework=portfolio.framework,
            as_of=portfolio.as_of,
            site_name=site_name,
            is_stale=self.stale,
            is_overdue=lambda item: is_overdue(item, portfolio.as_of),
            rating_chart=self.rating_chart,
            partner_anchor=lambda name: "partner-" + slug(name),
            item_challenges=lambda item: sorted({t.challenge for t in item.maps_to} | ({item.challenge} if item.challenge else set())),
            search_text=lambda item: " ".join([item.title, item.summary or "", *item.partners, *item.tags, *item.authors]).lower(),
        )

    def stale(self, item: Item) -> bool:
        return is_stale(item, self.portfolio.framework, self.portfolio.as_of)

    def _render(self, template: str, page_uri: str, **context: object) -> str:
        links = Links(self.urls, self.urls[page_uri], self.site_url)
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

    def generated(self, role: str) -> str:
        """One of the pages of PAGE_URIS, from the template named after its role."""
        context = getattr(self, f"_{role}_context")()
        return self._render(f"portfolio/{role}.html", PAGE_URIS[role], **context)

    def _library_context(self) -> dict[str, Any]:
        items = self.portfolio.items
        present = {item.type for item in items}
        return {
            "items": listings.newest_first(items),
            "types": [t for t in ITEM_TYPES if t in present],
            "partners": listings.partners(self.portfolio),
            "tags": sorted({tag for item in items for tag in item.tags}, key=str.casefold),
            "years": listings.years(items),
        }

    def _case_studies_context(self) -> dict[str, Any]:
        studies = listings.of_type(self.portfolio, "case-study")
        return {
            "groups": listings.by_challenge(self.portfolio, studies),
            "outcomes": listings.outcome_texts(self.project.pages, studies),
        }

    def _partners_context(self) -> dict[str, Any]:
        return {"entries": listings.partners(self.portfolio)}

    def _celebrations_context(self) -> dict[str, Any]:
        return {"items": listings.of_type(self.portfolio, "celebration")}

    def _actions_context(self) -> dict[str, Any]:
        actions = [item for item in self.portfolio.items if item.type == "action"]
        counts = {status: sum(1 for a in actions if a.status == status) for status in STATUS_LABELS}
        counts.update(total=len(actions), overdue=sum(1 for a in actions if is_overdue(a, self.portfolio.as_of)))
        return {"plan": listings.improvement_plan(self.portfolio), "counts": counts}

    def _print_context(self) -> dict[str, Any]:
        """The pack quotes each current self-assessment's text per section, its links made to work from the pack."""
        found: dict[str, dict[str, str]] = {}
        for result in self.portfolio.challenges:
            current = result.assessment
            page = self.project.pages.get(current.src_uri) if current else None
            if page is not None:
                body = unlink(page.src_uri, page.body, self.project.withheld)
                found[result.id] = narratives(rebase(body, page.src_uri, PAGE_URIS["print"]), result.challenge)
        return {"narratives": found}

    def rating_chart(self, result: ChallengeResult) -> dict[str, Any]:
        """The geometry of the rating-history chart of a challenge (drawn by _rating_chart.html)."""
        scale = self.portfolio.framework.rating_scale
        left, top, step, width = 120, 14, 24, 520
        height = top + step * (len(scale) - 1) + 34

        def y(position: int) -> int:
            return top + step * (len(scale) - 1 - position)

        count = len(result.assessments)
        span = (width - left - 40) / max(count - 1, 1)
        points = []
        for index, assessment in enumerate(result.assessments):
            level, _ = assessment_rating(assessment, self.portfolio.framework)
            points.append({
                "x": round(left + 20 + index * span), "y": y(level.position) if level else None,
                "label": level.label if level else "not rated",
                "date": assessment.date.isoformat() if assessment.date else "",
            })
        return {
            "id": result.id, "width": width, "height": height, "left": left, "points": points,
            "levels": [{"y": y(level.position), "label": level.label} for level in scale],
        }
