"""The generated pages as Markdown strings, from the Jinja templates in `site_templates/portfolio/`.

Listings are HTML blocks inside the Markdown (autoescaped); headings are Markdown so that they reach the table
of contents, with their text escaped for Markdown. A template in the site's own `custom_dir` wins over ours.
MkDocs gets each page with its HTML blocks set apart (`html_blocks`), so that Markdown does not parse them.
"""

from __future__ import annotations

import datetime
import functools
import html
import json
import math
import posixpath
import re
import secrets
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup

from ..computation.checks import levels_apart
from ..computation.metrics import MetricResult, measured, metric_value
from ..computation.portfolio import REPORT, ChallengeResult, assessment_rating, is_overdue, rating_trend
from ..model.framework import METRIC_BOUNDS, Level, MetricKind, age_in_words
from ..model.item_types import ACTION, ITEM_TYPES, Field
from ..model.items import Item, Value
from ..model.lazy_patterns import lazy_pattern
from ..model.names import alphabetical
from ..model.narrative import demoted, narratives, numbered, without_question
from ..model.percentages import whole_percent
from ..model.urls import distinct_slugs, page_url, relative_url, slug_of
from ..model.vocabulary import ASSESSOR, READERS
from ..reading.links import hidden_ranges, inside, rebase, rebase_html, scan_links
from ..reading.raw_html import raw_lines
from . import listings
from .html_blocks import SetApart, closed, restored, set_apart
from .pages import ASSETS, LIBRARY_DATA, LIBRARY_SLICE, PACK_PDF, TEMPLATES, PagePlace, page_uri

if TYPE_CHECKING:
    from ..reading.pages import Page
    from .assemble import Build

LIBRARY_FILTERS = {"partners": "partner", "tags": "tag"}
"""Keys of an item the evidence library filters by, with the name of each filter in its URL query."""


def _own_footnotes(text: str, src_uri: str) -> str:
    """A page's text, quoted where others' are, with its footnotes named as its own (`[^1]` -> `[^sa-2026-1]`,
    outside code): two self-assessments' `[^1]` in the pack led to one note, the other's text lost (a review of valid
    portfolios)."""
    if "[^" not in text:
        return text
    hidden = hidden_ranges(text)
    prefix = slug_of(src_uri.removesuffix(".md"), "page")
    text = _FOOTNOTE.sub(lambda found: found[0] if inside(hidden, found.start()) else f"[^{prefix}-{found[1]}]", text)
    # a link to one of its notes (#fn:1), or back to its mark (#fnref:1), follows it (a review of valid portfolios)
    return _TO_A_FOOTNOTE.sub(lambda found: f"#{found[1]}:{prefix}-{found[2]}", text)  # (a reference's too: [x]: #fn:1)


def _marked_notes(texts: dict[str, str]) -> dict[str, str]:
    """The texts of a page quoted together (its sections), without the notes whose marks none of them holds (a mark
    in the text before its first section, which no section quotes: its note, quoted alone, failed a strict build as
    "a footnote that is never referenced", a review of valid portfolios)."""
    marks = {
        found[1]
        for text in texts.values()
        for found in _FOOTNOTE.finditer(text)
        if text[found.end() : found.end() + 1] != ":"
    }
    return {
        section: _NOTE_TEXT.sub(lambda note: note[0] if note[1] in marks else "", text)
        for section, text in texts.items()
    }


def _notes_in_place(texts: dict[str, str]) -> dict[str, str]:
    """The texts of a page quoted together (its sections, its footnotes named as its own), each with the notes its
    marks name right after it, numbered from 1 (a mark a superscript number leading to its note), where
    python-markdown would gather every footnote of the quoting page at its end: in the accreditation pack, and so in
    its PDF, a self-assessment's note was printed under the last challenge (an assessor's review). A note no section
    marks is left out (_marked_notes); a mark or a note's text in code is code (a review of the change)."""
    notes: dict[str, str] = {}
    for text in (text for text in texts.values() if "[^" in text):  # (most texts: no note, nothing read)
        read = _read_as_markdown(text)
        notes.update((found[1], found[0]) for found in _NOTE_TEXT.finditer(text) if read(found.start()))
    placed: set[str] = set()  # (a note marked in two sections: its place is named once, where it is first shown)
    done: dict[str, str] = {}
    for section, text in texts.items():
        if "[^" not in text:
            done[section] = text
            continue
        text = _without_notes(text)
        read = _read_as_markdown(text)
        order: list[str] = []

        def marked(found: re.Match[str], read: Callable[[int], bool] = read, order: list[str] = order) -> str:
            label = found[1]
            if label not in notes or not read(found.start()):
                return found[0]
            if label not in order:
                order.append(label)
            return f'<sup><a class="footnote-ref" href="#fn:{html.escape(label)}">{order.index(label) + 1}</a></sup>'

        text = _FOOTNOTE.sub(marked, text)
        if order:
            listed = []
            for number, label in enumerate(order, 1):
                place = "" if label in placed else f'<span id="fn:{html.escape(label)}"></span>'
                placed.add(label)
                listed.append(f"{number}. {place}{notes[label][len(label) + 4 :].strip()}")  # (after `[^label]:`)
            # (each note a paragraph of its own: one of two paragraphs carried the next note into its own)
            notes_said = "\n\n".join(listed)
            text = text.rstrip("\n") + f'\n\n<p class="portfolio-notes-label">Notes</p>\n\n{notes_said}\n'
        done[section] = text
    return done


def _without_notes(text: str) -> str:
    """A text without its notes' texts (`[^x]: ...`) where python-markdown reads them."""
    read = _read_as_markdown(text)
    return _NOTE_TEXT.sub(lambda found: "" if read(found.start()) else found[0], text)


def _read_as_markdown(text: str) -> Callable[[int], bool]:
    """Whether a place of `text` is where python-markdown reads Markdown: not in code, nor in a block of raw HTML (a
    note's text inside a <script> was printed as a note, a hostile review)."""
    hidden, raw = hidden_ranges(text), raw_lines(text)
    return lambda at: not inside(hidden, at) and text.count("\n", 0, at) not in raw


_FOOTNOTE = lazy_pattern(r"\[\^([^\]\n]+)\]")
"""A footnote's mark, or the start of its text (`[^1]`, `[^1]:`)."""
_TO_A_FOOTNOTE = lazy_pattern(r"(?<=[(\"'<\s])#(fn|fnref):([^\s)\"'>\]]+)")
"""A link to a place of its own page that is a footnote's, or its mark's (`(#fn:1)`, `href="#fnref:1"`: not
`other.md#fn:1`, another page's)."""
_NOTE_TEXT = lazy_pattern(r"^\[\^([^\]\n]+)\]:.*(?:\n(?:[ ]{4}|\t).*|\n[ \t]*(?=\n(?:[ ]{4}|\t)))*", re.MULTILINE)
"""A footnote's text: its first line, and the lines indented under it (its later paragraphs too)."""
_MARKDOWN_SPECIAL = lazy_pattern(r"([\\`*_{}\[\]#+\-.!|~^=])")
"""What Markdown reads as a mark, escaped with a backslash; not a parenthesis, which is no mark after an escaped
bracket, and which pymdownx.arithmatex reads escaped, `\\(...\\)`, as mathematics (a review of valid portfolios: a
challenge titled "Workforce (staff and volunteers)")."""
_EXTENSIONS_MARKS = lazy_pattern(r"[$@]|:(?=[\w+-]+:)")
"""What Markdown extensions read as the start of something else, written as a character reference, which none
reads: arithmatex's `$...$`, magiclink's `@name`, an emoji's `:name:`."""


def markdown_text(value: object) -> Markup:
    """Text that Markdown (and its extensions) shows as written: its punctuation escaped, then its HTML."""
    escaped = html.escape(_MARKDOWN_SPECIAL.sub(r"\\\1", str(value)), quote=False)
    return Markup(_EXTENSIONS_MARKS.sub(lambda mark: f"&#{ord(mark[0])};", escaped))


@functools.cache
def long_date(value: datetime.date | None) -> str:
    return f"{value.day} {value:%B %Y}" if value else "no date"


_CODE_SPAN = lazy_pattern(r"`([^`\n]+)`")


def code_spans(text: str) -> Markup:
    """A message of the check's, escaped, with what it writes between backticks (a command to run, a line to write)
    shown as code, not as backticks (an assessor's review of the readiness page)."""
    return Markup(_CODE_SPAN.sub(r"<code>\1</code>", str(html.escape(text, quote=False))))


def file_size(path: Path) -> str:
    """A file's size as people read it: "820 bytes", "14 KB", "2.3 MB" (powers of 1,000, as file managers show)."""
    size = path.stat().st_size if path.is_file() else 0
    if size < 1000:
        return f"{size} byte{'s' if size != 1 else ''}"
    value, unit = (size / 1000, "KB") if size < 999_500 else (size / 1_000_000, "MB")
    return f"{value:.1f} {unit}" if value < 9.95 else f"{round(value)} {unit}"


def share(part: int, whole: int) -> str:
    """A part of a whole as a whole percentage (a dash for a part of nothing)."""
    return whole_percent(part / whole) if whole else "—"


HEAT_STOPS = ((0xF4, 0xC2, 0xBC), (0xFB, 0xE4, 0xA0), (0x9F, 0xD8, 0xB6))
"""The heatmap's colours, lowest level to highest: light red, amber, green. Light enough for dark text to read on
each at more than 7:1; the words in every cell carry the rating without them."""


def heat_colour(level: Level, levels: int) -> str:
    """The background of a rating on the heatmap, as #rrggbb: the same for every cell of a level, different between
    levels (spread evenly along the stops, whatever the length of the scale)."""
    spot = level.position / (levels - 1) * (len(HEAT_STOPS) - 1) if levels > 1 else len(HEAT_STOPS) - 1
    low = min(int(spot), len(HEAT_STOPS) - 2)
    share = spot - low
    channels = (round(a + (b - a) * share) for a, b in zip(HEAT_STOPS[low], HEAT_STOPS[low + 1], strict=True))
    return "#" + "".join(f"{channel:02x}" for channel in channels)


AXIS_TITLES: dict[MetricKind, str] = {
    "nps": "Net Promoter Score",
    "count": "Count",
    "percent": "Percent",
    "number": "Value",
}


_TICKS = 6
"""About how many values an axis of a chart is marked with."""


def nice_ticks(low: float, high: float) -> list[float]:
    """Round values for an axis from `low` to `high` or a little beyond: steps of 1, 2, 2.5 or 5 times a power of
    ten, about _TICKS of them."""
    if high <= low:
        spread = abs(low) * 0.1 or 1
        low, high = low - spread, high + spread
    raw = (high - low) / (_TICKS - 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    decimals = 2 - math.floor(math.log10(step))  # two more than the step's: 0.1 * 3 is 0.3, 2e-13 * 3 is not 0
    return [round(index * step, decimals) for index in range(first, last + 1)]


def _tick_label(value: float, step: float) -> str:
    """An axis value, with as many decimals as the step between values needs."""
    exponent = Decimal(repr(step)).normalize().as_tuple().exponent
    decimals = max(0, -exponent) if isinstance(exponent, int) else 0
    text = f"{value:,.{decimals}f}"
    return "0" if not text.strip("-0.,") else text


def gap_words(found: int | None, report_after: bool = True) -> str:
    """The gap between the self-rating and the assessor's in words: "assessor one level lower", "assessor agrees",
    where the report came after the self-assessment (the assessor judged it); where the self-assessment came after
    the report, how the rating moved since: "our rating is now one level higher" (not an assessor's disagreement
    with a self-assessment they never saw: an assessor's review)."""
    if found is None:
        return ""
    if report_after:
        return (
            "assessor agrees"
            if found == 0
            else f"assessor {levels_apart(abs(found))} {'higher' if found > 0 else 'lower'}"
        )
    return (
        "our rating is the same"
        if found == 0
        else f"our rating is now {levels_apart(abs(found))} {'lower' if found > 0 else 'higher'}"
    )


_HEADED = frozenset({"title", "type", "summary"})
"""The keys the item panel shows above its facts (its heading and summary) or not at all (the type: its heading)."""
_WITH_MACROS = frozenset({"ratings", "level", "measures"})
"""The kinds of fact the item panel shows with the macros of _macros.html."""


def panel_facts(item: Item) -> tuple[list[tuple[Field, Value | Mapping[str, str]]], bool]:
    """The facts of an item's panel: each other key of its type that has a value (a self-assessment's ratings
    always), with the value (attachments: by path as written); and whether one of them is shown with the macros of
    _macros.html (importing them, with the page's context, was most of the time of a panel that does not)."""
    facts: list[tuple[Field, Value | Mapping[str, str]]] = []
    for field in item.kind.fields:
        if field.key in _HEADED:
            continue
        value = item.attachments if field.kind == "attachments" else item.value(field.key)
        if value or field.key == "ratings":
            facts.append((field, value))
    return facts, any(field.kind in _WITH_MACROS for field, _ in facts)


def choice_label(item: Item, key: str) -> str:
    """The label of an item's choice (an action's status: "in-progress" -> "In progress")."""
    field = item.kind.field(key)
    value = item.value(key)
    return field.label_of(value if isinstance(value, str) else None) if field else str(value or "")


@dataclass(frozen=True)
class Links:
    """Links from one page of the site (at `here`, its path under evidence/) to the others; `urls` maps paths
    under evidence/ to site URLs. With `sources`, links are written to the other files' paths (`../library.md`),
    as an engine that rewrites links in HTML (Zensical) expects; otherwise to their URLs, as MkDocs needs."""

    urls: Mapping[str, str]
    here: str
    site_url: str | None = ""
    """The published site's address, printed after a link on paper; None in a copy to open from disk, whose pages
    are at other addresses, and for another audience, than the published site's."""
    sources: bool = False

    def to(self, src_uri: str, anchor: str = "") -> str:
        fragment = f"#{anchor}" if anchor else ""
        if self.sources:
            return quote(posixpath.relpath(src_uri, posixpath.dirname(self.here) or ".")) + fragment
        return relative_url(self.urls[src_uri] + fragment, self.urls[self.here])

    def item(self, item: Item) -> str:
        return self.to(item.src_uri)

    def challenge(self, challenge_id: str, section_id: str = "") -> str:
        return self.to(page_uri("challenge", challenge_id), section_id)

    def page(self, role: str, anchor: str = "") -> str:
        return self.to(page_uri(role), anchor)

    def overview(self) -> str:
        return self.to(page_uri("overview"))

    def made(self, role: str) -> bool:
        """Whether the build makes the generated page of `role` (the partners page of a portfolio that names none is
        not made)."""
        return page_uri(role) in self.urls

    def filters(self, key: str) -> bool:
        """Whether the evidence library filters by this key of an item (partners, tags) and is in this build."""
        return key in LIBRARY_FILTERS and page_uri("library") in self.urls

    def library(self, key: str, value: str) -> str:
        """The evidence library showing the items whose `key` (partners, tags) holds `value`."""
        return f"{self._library}{self.filter_query(key, value)}"

    @staticmethod
    def filter_query(key: str, value: str) -> str:
        """The query of the library's URL that shows the items whose `key` (partners, tags) holds `value`: a link
        of its own on the library's page, whatever its address (library.js writes the same for the items it
        lists)."""
        return f"?{quote(LIBRARY_FILTERS[key], safe='')}={quote(value, safe='')}"

    def library_filtered(self, **filters: str) -> str:
        """The evidence library filtered by the keys of its URL query (type, challenge, section...)."""
        return f"{self._library}?{urlencode(filters, quote_via=quote)}"

    @functools.cached_property
    def _library(self) -> str:
        return self.page("library")

    def file(self, path: str) -> str:
        """A file the build writes at `path` on the site (not a page or file under evidence/)."""
        if self.sources:
            return quote(posixpath.relpath(path, posixpath.dirname(self.here) or "."))
        return relative_url(path, self.urls[self.here])

    def absolute(self, src_uri: str) -> str:
        """The address printed after a link on paper: the full URL when mkdocs.yml has a site_url; none in a copy to
        open from disk."""
        if self.site_url is None:
            return ""
        return (self.site_url.rstrip("/") + "/" if self.site_url else "/") + self.urls[src_uri]


def template_folders(custom_dir: Path | None) -> tuple[Path, ...]:
    """Where templates and assets are looked for: the site's custom_dir first, then the package's."""
    return (*([custom_dir] if custom_dir else []), TEMPLATES)


def assets(custom_dir: Path | None) -> dict[str, Path]:
    """The portfolio's assets (stylesheets, script) by name, those of the custom_dir winning."""
    found: dict[str, Path] = {}
    for folder in reversed(template_folders(custom_dir)):
        if (folder / ASSETS).is_dir():
            found.update({path.name: path for path in sorted((folder / ASSETS).iterdir()) if path.is_file()})
    return found


@functools.cache
def template_cache() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates, in a folder of the system's temporary folder that only this user may
    write to (Jinja makes it so, and refuses one that is not): compiling the templates took longer than rendering
    a small site. A compiled template is used only for a template of the same name, file and text. None where the
    folder cannot be made."""
    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


@functools.cache
def environment(overrides: tuple[Path, ...]) -> jinja2.Environment:
    """The Jinja environment of the templates (the site's custom_dir first), made once per process so that each
    template is compiled once, not on every build (`mkdocs serve` rebuilds often); it reloads a template that
    changed. What a build renders is passed to each template, not kept here."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([*overrides, TEMPLATES]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=template_cache(),
    )
    env.filters.update(
        md=markdown_text,
        long_date=long_date,
        age_in_words=age_in_words,
        percent=whole_percent,
        type_label=lambda name: ITEM_TYPES[name].label if name in ITEM_TYPES else name,
        label_of=choice_label,
        paragraphs=lambda text: [p.strip() for p in text.split("\n") if p.strip()],
        metric_value=metric_value,
        share=share,
        gap_words=gap_words,
        code_spans=code_spans,
    )
    env.tests["numbered"] = numbered
    return env


class Renderer:
    """Renders the generated pages and item panels of one build."""

    def __init__(self, build: Build, overrides: Sequence[Path] = ()) -> None:
        portfolio = build.portfolio
        if portfolio is None:
            raise ValueError("a portfolio with errors in framework.yml has no pages to render")
        self.build = build
        self.portfolio = portfolio
        self.env = environment(tuple(overrides))
        self._templates: dict[str, jinja2.Template] = {}
        self.globals: dict[str, object] = {
            "portfolio": portfolio,
            "framework": portfolio.framework,
            "as_of": portfolio.as_of,
            "site_name": build.settings.site_name,
            "readers": READERS[portfolio.audience],
            "publication": build.publication,
            "is_stale": portfolio.stale,
            "is_overdue": lambda item: is_overdue(item, portfolio.as_of),
            "rating_chart": self.rating_chart,
            "heat": lambda level: heat_colour(level, len(portfolio.framework.rating_scale)),
            "headline": listings.headline,
            "rating_trend": lambda result: rating_trend(result, portfolio.framework),
            "assessment_rating": lambda rated: assessment_rating(rated, portfolio.framework),
            "metric_chart": metric_chart,
            "metrics_of": portfolio.metrics_of,
            "measured": measured,
            "partner_anchor": self.partner_anchor,
            "file_size": lambda src_uri: file_size(build.settings.docs_dir / src_uri),
            "assessor_result": self.assessor_result,
            "search_text": lambda item: " ".join(
                [item.id, item.title, item.summary or "", *item.partners, *item.tags, *item.authors]
            ).lower(),
        }
        self.contexts: dict[str, Callable[[PagePlace], dict[str, Any]]] = {
            "overview": self._overview,
            "challenge": self._challenge,
            "library": self._library,
            "library_list": lambda place: {"items": listings.newest_first(self.portfolio.items)},
            "case_studies": self._case_studies,
            "partners": lambda place: {"entries": listings.partners(portfolio)},
            "celebrations": lambda place: {"items": listings.listed_on(portfolio, "celebrations")},
            "actions": self._actions,
            "print": self._print,
            "readiness": self._readiness,
        }

    def _links(self, page: str) -> Links:
        settings = self.build.settings
        return Links(self.build.urls, page, None if settings.offline else settings.site_url, self.build.link_sources)

    def _render(self, template: str, page: str, **context: object) -> str:
        return self._template(template).render(links=self._links(page), **self.globals, **context)

    def _template(self, name: str) -> jinja2.Template:
        """The template of that name; Jinja checks whether its file changed once per build, not on every page."""
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        return template

    def page(self, place: PagePlace) -> str:
        """A generated page (the overview lists the errors at its top: only `mkdocs serve` renders a portfolio with
        errors)."""
        return restored(*self._page(place))

    def page_apart(self, place: PagePlace) -> SetApart:
        """A generated page with its HTML blocks set apart."""
        return set_apart(*self._page(place))

    def _page(self, place: PagePlace) -> tuple[str, dict[str, str]]:
        """A generated page with a placeholder where each text of the authors' Markdown goes, and those texts."""
        self.texts: dict[str, str] = {}
        self.quoted: set[str] = set()
        self.nonce = secrets.token_hex(8)
        # Listings are left out of the search index where the page's definition says so (its headings stay).
        listing_search = Markup('data-search-exclude="true"') if place.page.search == "headings" else ""
        context = self.contexts[place.page.role](place)
        markdown = self._render(place.page.template_name, place.uri, listing_search=listing_search, **context)
        return markdown, self.texts

    def _authors(self, markdown: str) -> Markup:
        """A placeholder for the authors' Markdown (Markdown rendered with the page, not text to escape), or ""."""
        if not markdown:
            return Markup("")
        placeholder = f"portfolio-text-{self.nonce}-{len(self.texts)}."  # new for every page: no text holds it
        self.texts[placeholder] = closed(markdown)
        return Markup(placeholder)

    def item_panel(self, item: Item) -> str:
        facts, with_macros = panel_facts(item)
        return self._render(
            "portfolio/item_panel.html", item.src_uri, item=item, kind=item.kind, facts=facts, with_macros=with_macros
        )

    def _overview(self, place: PagePlace) -> dict[str, Any]:
        intro = self._intro
        # The introduction is Markdown, rendered with the page (and sealed with it), not text to escape; a heading
        # it opens with is the page's (a review: the page showed two of the first level, the overview's and its).
        opening = intro.opening_heading if intro else None
        errors = self.build.overview_errors()
        framework = self.portfolio.framework
        return {
            "title": (opening[0] if opening else "") or self.build.overview_title(),
            "intro": self._authors(opening[1] if opening else intro.body if intro else ""),
            # without an introduction, what the page is (an outside review: an assessor's copy headed by the
            # framework's title alone, then figures)
            "about": ""
            if intro
            else f"The evidence portfolio of {self.build.settings.site_name}, against "
            f"{framework.title}: how far its evidence covers each challenge's sections, and how each is rated. A "
            "challenge's page shows its evidence, and the library every item.",
            "errors": errors,
            "unnamed_errors": len(self.build.problems.errors) - len(errors),
        }

    def _challenge(self, place: PagePlace) -> dict[str, Any]:
        """A challenge's page quotes its current self-assessment's text about each section, as the pack does."""
        result = next(c for c in self.portfolio.challenges if c.id == place.challenge)
        return {
            "result": result,
            "narrative": self._narratives(result, place.uri),
            "in_library": result.id in self._challenges_in_library,
        }

    @functools.cached_property
    def _challenges_in_library(self) -> frozenset[str]:
        """The challenges the library shows an item of, filtered by challenge (a challenge's page links there only
        then: a link to "No item matches these filters" was an outside review's)."""
        return frozenset(challenge for item in self.portfolio.items for challenge in item.challenges)

    def _library(self, place: PagePlace) -> dict[str, Any]:
        items = self.portfolio.items
        present = {item.type for item in items}
        return {
            "items": listings.newest_first(items)[:LIBRARY_SLICE],
            "sliced": len(items) > LIBRARY_SLICE,
            "data": LIBRARY_DATA,
            "types": [t for t in ITEM_TYPES if t in present],
            "partners": listings.partners(self.portfolio),
            "tags": sorted({tag for item in items for tag in item.tags}, key=alphabetical),
            "years": listings.years(items),
        }

    def library_data(self, place: PagePlace) -> str:
        """LIBRARY_DATA: every item of the build, newest first, in short (the library's script lists them as the
        page lists its first ones). Each item is a row of [id, type, date, long date, title, url, [challenge],
        [target], [partner], [tag], summary, [author], visibility, stale, challenge of a self-assessment or -1];
        type, challenge, target, partner and tag are indexes into the tables of the same names. Texts are data,
        escaped by the script; only the labels of targets and the visibility badges are HTML, rendered here by the
        page's own macros."""
        portfolio = self.portfolio
        items = listings.newest_first(portfolio.items)
        macros: Any = self.env.get_template("portfolio/_macros.html").make_module(dict(self.globals))
        type_label = self.env.filters["type_label"]
        links = self._links(place.uri)
        tables: dict[str, dict[str, int]] = {key: {} for key in ("types", "challenges", "targets", "partners", "tags")}

        def index(table: str, key: str) -> int:
            return tables[table].setdefault(key, len(tables[table]))

        targets: dict[str, str] = {}
        rows: list[list[object]] = []
        for item in items:
            for target in item.maps_to:
                targets.setdefault(str(target), str(macros.target_label(target)).strip())
            rows.append(
                [
                    item.id,
                    index("types", item.type),
                    item.date.isoformat() if item.date else "",
                    long_date(item.date),
                    item.title,
                    links.item(item),
                    [index("challenges", c) for c in item.challenges],
                    [index("targets", str(t)) for t in item.maps_to],
                    [index("partners", p) for p in item.partners],
                    [index("tags", t) for t in item.tags],
                    item.summary or "",
                    list(item.authors),
                    item.visibility,
                    1 if portfolio.stale(item) else 0,
                    index("challenges", item.challenge) if item.challenge else -1,
                ]
            )
        challenges = {challenge.id: challenge.title for challenge in portfolio.framework.challenges}
        data = {
            "audience": portfolio.audience,  # (what the file is for, as the portfolio's other data say it: a copy of
            # it saved under evidence/ is kept from wider audiences, see own_outputs)
            "types": [[t, type_label(t)] for t in tables["types"]],
            "challenges": [[c, challenges.get(c, c)] for c in tables["challenges"]],
            "targets": [[t, targets[t]] for t in tables["targets"]],
            "partners": list(tables["partners"]),
            "tags": list(tables["tags"]),
            "badges": {item.visibility: str(macros.visibility_badge(item)) for item in items},
            "items": rows,
        }
        return "window.portfolioLibrary = " + json.dumps(data, separators=(",", ":")) + ";\n"

    def _case_studies(self, place: PagePlace) -> dict[str, Any]:
        studies = listings.listed_on(self.portfolio, "case_studies")
        return {
            "groups": listings.by_challenge(self.portfolio, studies),
            "outcomes": listings.outcome_texts({s.id: page for s in studies if (page := self._text(s.src_uri))}),
        }

    def _actions(self, place: PagePlace) -> dict[str, Any]:
        actions = listings.listed_on(self.portfolio, "actions")
        statuses = ACTION.field("status")
        counts = (
            {c.id: sum(1 for a in actions if a.text("status") == c.id) for c in statuses.choices} if statuses else {}
        )
        counts.update(total=len(actions), overdue=sum(1 for a in actions if self.portfolio.overdue(a)))
        return {"plan": listings.improvement_plan(self.portfolio), "counts": counts}

    def _print(self, place: PagePlace) -> dict[str, Any]:
        """The pack quotes the overview's introduction, and each current self-assessment's text per section, their
        links made to work from the pack."""
        found = {result.id: self._narratives(result, place.uri) for result in self.portfolio.challenges}
        intro = self._intro
        introduction = demoted(self._moved(intro, place.uri), 2) if intro else ""
        # the offline copy of `portfolio pack`, whose zip holds the pack's PDF beside its folder (commands/pack.py):
        # named, not linked to (a link out of the site is no link of the sealed page)
        pdf = PACK_PDF if self.build.settings.offline else None
        return {"narratives": found, "introduction": self._authors(introduction), "pack_pdf": pdf}

    @property
    def _intro(self) -> Page | None:
        """The overview's introduction (evidence/index.md), where the build publishes it."""
        intro = self.build.project.intro if self.build.publication.intro_published else None
        return self._text(intro.src_uri) if intro else None

    def _text(self, src_uri: str) -> Page | None:
        """The page of the project at `src_uri`, whose text the page being rendered quotes: noted (`quoted`), so
        that a dirty rebuild of `mkdocs serve` makes the page again once that text changes (Build.unchanged_since).
        A generated page reads the project's texts here alone."""
        self.quoted.add(src_uri)
        return self.build.project.pages.get(src_uri)

    def _narratives(self, result: ChallengeResult, to_uri: str) -> dict[str, Markup]:
        """What the current self-assessment of a challenge says of each section (by its id), without the question
        `portfolio new` quotes (the page shows it), its links made to work from the page at `to_uri`."""
        current = result.assessment
        page = self._text(current.src_uri) if current else None
        if page is None:
            return {}
        questions = {section.id: section.question for section in result.challenge.sections}
        texts = narratives(self._moved(page, to_uri), result.challenge)
        texts = _notes_in_place(texts) if self._footnotes else _marked_notes(texts)
        return {section: self._authors(without_question(text, questions[section])) for section, text in texts.items()}

    @functools.cached_property
    def _footnotes(self) -> bool:
        """Whether the site reads footnotes (`[^1]`): the footnotes extension, or one that holds it."""
        return bool({"footnotes", "extra", "pymdownx.extra"} & set(self.build.settings.extension_modules))

    def _moved(self, page: Page, to_uri: str) -> str:
        """A page's body with its links made to lead where they lead on its own page from the page at `to_uri`: its
        raw HTML's, which lead from the page's address, then its Markdown links, which lead from its file."""
        directory_urls = self.build.settings.use_directory_urls
        written_at, built_at = page_url(page.src_uri, directory_urls), page_url(to_uri, directory_urls)
        body = rebase_html(page.body, page.links, written_at, built_at, {})
        moved = rebase(body, scan_links(body, page.body_line), page.src_uri, to_uri)
        return _own_footnotes(moved, page.src_uri) if self._footnotes else moved  # (without them, no note is one)

    def _readiness(self, place: PagePlace) -> dict[str, Any]:
        """The gaps the assessor would find in the accreditor's pack, as of the build's day (an internal page): it
        reads every item's text, and which self-assessments the assessor cannot see (`quoted`)."""
        self.quoted.update(self.build.project.pages)
        return {
            "readiness": self.build.readiness(audience=ASSESSOR),
            "items": {item.path: item for item in self.portfolio.items},
        }

    def assessor_result(self, challenge: str | None = None, section: str | None = None) -> object:
        """In an internal build, what the accreditor's pack makes of the whole portfolio, a challenge or a section
        (to show its coverage where it differs); None in other builds."""
        theirs = self.build.portfolio_for(ASSESSOR) if self.portfolio.audience == "internal" else None
        if theirs is None or challenge is None:
            return theirs
        result = next(c for c in theirs.challenges if c.id == challenge)
        return result if section is None else next(s for s in result.sections if s.id == section)

    def partner_anchor(self, name: str) -> str:
        """The id of a partner's heading on the partners page: its own, though two names slug alike."""
        return "partner-" + self._partner_slugs.get(name, slug_of(name, "partner"))

    @functools.cached_property
    def _partner_slugs(self) -> dict[str, str]:
        partners = sorted({partner for item in self.portfolio.items for partner in item.partners})
        return distinct_slugs(partners, "partner")

    def rating_chart(self, result: ChallengeResult) -> dict[str, Any]:
        """The geometry of the rating-history chart of a challenge (drawn by _rating_chart.html): a point per
        self-assessment and per assessor report, by date, as two series; the target as a dotted line."""
        scale = self.portfolio.framework.rating_scale
        left, top, step, width = 120, 14, 24, 520
        height = top + step * (len(scale) - 1) + 34

        def y(position: int) -> int:
            return top + step * (len(scale) - 1 - position)

        count = len(result.history)
        room = width - left - 100  # the last date, written centred below its point, fits
        dates = [rated.date for rated in result.history]
        known = [date for date in dates if date is not None]  # (a rating always has its date)
        first = min(known) if len(known) == count else None
        days = (max(known) - first).days if first else 0

        def x(index: int) -> int:
            """Placed by its date, as a metric's points are (36 days and 329 looked alike: an assessor's review)."""
            at = dates[index]
            share = (at - first).days / days if days and at and first else index / max(count - 1, 1)
            return round(left + 20 + share * room)

        series: dict[str, list[dict[str, Any]]] = {"self": [], "assessor": []}
        for index, rated in enumerate(result.history):
            level, _ = assessment_rating(rated, self.portfolio.framework)
            series["assessor" if rated.type == REPORT else "self"].append(
                {
                    "x": x(index),
                    "y": y(level.position) if level else None,
                    "label": level.label if level else "not rated",
                    "date": rated.date.isoformat() if rated.date else "",
                }
            )
        _date_where_there_is_room([*series["self"], *series["assessor"]])
        target = result.target
        return {
            "id": result.id,
            "width": width,
            "height": height,
            "left": left,
            "points": series["self"],
            "assessor": series["assessor"],
            "count": count,
            "target": {"y": y(target.position), "label": target.label} if target else None,
            "levels": [{"y": y(level.position), "label": level.label} for level in scale],
        }


DATE_WIDTH = 66
"""The room a date written below the rating chart takes (ten characters at 11 pixels)."""


def _date_where_there_is_room(points: list[dict[str, Any]]) -> None:
    """Mark the points whose date is written below the chart: the latest, then each earlier one with room beside
    the last date written (dates of points close together would print over each other); but none written under
    which another point stands, undated, which it would seem to date (a self-assessment read as of its assessor's
    report, a month later: an accessibility review). The table beside the chart gives every date."""
    written: float | None = None
    for point in sorted(points, key=lambda point: point["x"], reverse=True):
        point["dated"] = written is None or written - point["x"] >= DATE_WIDTH
        written = point["x"] if point["dated"] else written
    undated = [point["x"] for point in points if not point["dated"]]
    for point in points:
        point["dated"] = point["dated"] and all(abs(point["x"] - x) >= DATE_WIDTH / 2 for x in undated)


@dataclass
class ChartPoint:
    """A point of a metric's chart: where it is drawn, its value (written above it when `valued`) and its date
    (written below the axis when `dated`): each when there is room."""

    x: float
    y: float
    label: str
    date: str
    dated: bool = False
    valued: bool = False


VALUE_CHARACTER = 7.5
"""The room a character of a value written above a point takes, in pixels (12 pixels, bold)."""
VALUE_HEIGHT = 14
"""The height of a value written above a point, in pixels."""


def _value_where_there_is_room(points: list[ChartPoint]) -> None:
    """Mark the points whose value is written above them: the latest, then each earlier one whose value overlaps
    none written (thirty points' values printed over each other: an assessor's review). The table below the chart
    gives every value."""
    written: list[ChartPoint] = []
    for point in reversed(points):
        width = len(point.label) * VALUE_CHARACTER
        point.valued = all(
            abs(point.x - other.x) >= (width + len(other.label) * VALUE_CHARACTER) / 2 + 2
            or abs(point.y - other.y) >= VALUE_HEIGHT
            for other in written
        )
        if point.valued:
            written.append(point)


def metric_chart(result: MetricResult) -> dict[str, Any]:
    """The geometry of a metric's line chart (drawn by _metric_chart.html): a point per measure, placed by its date,
    each with its value written above it where there is room; the target as a dashed line with its value written
    beside it; both axes labelled. Nothing depends on colour: markers, numbers and words carry it all."""
    metric = result.metric
    width, height = 600, 260
    left, right, top, bottom = 70, 104, 26, 54
    plot_width, plot_height = width - left - right, height - top - bottom
    values: list[float] = [point.value for point in result.points]
    if metric.target is not None:
        values.append(metric.target)
    if metric.kind == "count":
        values.append(0)  # counts are drawn from zero
    ticks = nice_ticks(min(values), max(values))
    lowest, highest = METRIC_BOUNDS[metric.kind]
    ticks = [t for t in ticks if (lowest is None or t >= lowest) and (highest is None or t <= highest)]
    if len(ticks) < 2:
        ticks = [min(values), max(values)] if max(values) > min(values) else [min(values) - 1, min(values) + 1]
    bottom_value, top_value = ticks[0], ticks[-1]
    step = round(ticks[1] - ticks[0], 10)

    def y(value: float) -> float:
        return round(top + plot_height * (1 - (value - bottom_value) / (top_value - bottom_value)), 1)

    days = [point.date.toordinal() for point in result.points]
    first, span, pad = (min(days), max(days) - min(days), 28) if days else (0, 0, 28)

    def x(day: int) -> float:
        if span == 0:
            return left + plot_width / 2
        return round(left + pad + (day - first) / span * (plot_width - 2 * pad), 1)

    points = [
        ChartPoint(x(day), y(point.value), metric_value(point.value, metric.kind), point.date.isoformat())
        for day, point in zip(days, result.points, strict=True)
    ]
    _value_where_there_is_room(points)
    labelled = math.inf
    for chart_point in reversed(points):  # the latest date is always written; earlier ones where there is room
        if labelled - chart_point.x >= 76:
            chart_point.dated = True
            labelled = chart_point.x
    target = None
    if metric.target is not None:
        sign = "≥" if metric.higher_is_better else "≤"
        target = {"y": y(metric.target), "label": f"Target {sign} {metric_value(metric.target, metric.kind)}"}
    described = "; ".join(f"{p.date}: {p.label}" for p in points)
    title = f"{metric.label}, {len(points)} point{'s' if len(points) != 1 else ''}: {described}"
    if target:
        title += f"; {str(target['label']).lower()}"
    caption = f"{metric.label}: a point per measure, on the date of the item that gives it"
    caption += ", the dashed line the target" if target else ""
    return {
        "id": metric.id,
        "width": width,
        "height": height,
        "left": left,
        "right": left + plot_width,
        "top": top,
        "bottom": top + plot_height,
        "middle": top + plot_height / 2,
        "ticks": [{"y": y(t), "label": _tick_label(t, step), "zero": t == 0} for t in ticks],
        "points": points,
        "line": " ".join(f"{p.x},{p.y}" for p in points),
        "target": target,
        "axis": AXIS_TITLES[metric.kind],
        "title": title,
        "caption": caption + ". The table below gives the same figures.",
    }
