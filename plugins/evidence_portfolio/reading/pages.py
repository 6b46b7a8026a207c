"""Markdown files under evidence/: items (front matter with a `type`) and plain pages (guides, an about page)."""

from __future__ import annotations

import datetime
import posixpath
import re
from collections.abc import Set
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..model.framework import Framework
from ..model.item_types import ITEM_TYPES, PAGE_KEYS, PLAIN_PAGE_KEYS_READ, SELF_ASSESSMENT, VISIBILITY, item_only_keys
from ..model.items import Item
from ..model.lazy_patterns import lazy_pattern
from ..model.narrative import unplaced_headings
from ..model.problems import Problems, shortened, suggest
from ..model.scripts import leads_elsewhere
from ..model.vocabulary import AUDIENCES, PLAIN_PAGE_VISIBILITY, WIDEST, Audience, as_audience
from .extension_marks import marks_without_extension, turned_on
from .fields import FieldReader, as_written, flag_shown, kind_of, report_duplicates
from .front_matter import Source, as_typed, pairs_inside
from .item_reader import FRONT_MATTER_OFFSET, ItemReader
from .kept_from_public import all_it_says, kept_to, not_released
from .links import (
    Link,
    addresses_read_as_tags,
    hidden_ranges,
    links_shown_as_typed,
    read_as_links,
    scan_links,
    spaced_links,
    titled_wrongly,
)
from .markdown_blocks import (
    entries_indented_short,
    first_level_headings_below,
    hashes_without_space,
    headings_in_bold,
    lists_after_text,
    lists_joined,
    lists_marked_otherwise,
    lists_numbered_from,
    markdown_in_raw_html,
)
from .page_scripts import html_shown, scripts_in
from .raw_html import markdown_attribute, open_block
from .tables import (
    holds_rule,
    long_dash_rule,
    pasted_tables,
    rows_too_long,
    rules_unlike_headings,
    tables_after_text,
    unruled_tables,
)
from .yaml_lines import LineMap

_OPENING_HEADING = lazy_pattern(
    r"(?:[ \t]*\n)*(?:#(?!#)(?P<atx>[^\n]*?)#*[ \t]*"
    r"|(?![ ]{4}|[ ]{0,3}\t|[ ]{0,3}(?:```|~~~|<))(?P<setext>[^\n]*\S)[ \t]*\n=+[ \t]*)(?:\n|\Z)"
)
"""A heading of the first level, after nothing but blank lines, as Python-Markdown reads one: `# Title` (`#Title`
too), or a line of text over a line of `=` (not code, a fence or a tag, which start other blocks)."""
_DATED = lazy_pattern(r"\d{4}-\d{1,2}-\d{1,2}\b|\d{1,2}-\d{1,2}-\d{4}\b")
"""The start of an item's file name: its date (or a date written day first, as in the UK)."""


@dataclass(frozen=True)
class Page:
    """A Markdown file under `evidence/`: an item, or a plain page that passes through."""

    src_uri: str
    path: str
    meta: LineMap
    body: str
    body_line: int
    item: Item | None = None
    visibility: Audience = "public"
    """The item's visibility; a plain page's own `visibility`, public by default."""
    links: tuple[Link, ...] = ()
    """The links and images of its body."""
    meta_may_link: bool = False
    """Whether its front matter may hold a link or an address (Source.may_link)."""

    @cached_property
    def links_read(self) -> tuple[Link, ...]:
        """Its links but those the page shows as typed, in indented code or written in Markdown in raw HTML (a
        fenced block's are not among `links`): the links to check, and the files the page links to. The seal reads
        `links`, every one."""
        return read_as_links(self.body, self.links, self.body_line)

    @property
    def title(self) -> str | None:
        if self.item:
            return self.item.title
        title = self.meta.get("title")
        return title if isinstance(title, str) else None

    @property
    def opening_heading(self) -> tuple[str, str] | None:
        """The heading of the first level its text opens with (`# Our portfolio`), and the text after it: the title
        MkDocs gives a page whose front matter has none."""
        opening = opening_heading(self.body)
        return (opening[0], self.body[opening[1] :]) if opening else None


def opening_heading(body: str) -> tuple[str, int] | None:
    """The heading of the first level a page's Markdown opens with (`# Title`, or `Title` over a line of `=`): its
    text, and where the text after it starts."""
    opening = _OPENING_HEADING.match(body)
    if opening is None:
        return None
    return (opening["atx"] or opening["setext"] or "").strip(), opening.end()


def _check_depth(shown_html: str, path: str, body_line: int, problems: Problems) -> None:
    """HTML nested deeper than any page needs, on which the PDF stops (a hostile review)."""
    from .html_depth import DEEPEST, deepest_tag  # (html.parser takes 4 ms to import: most pages hold no HTML)

    depth, deepest = deepest_tag(shown_html)
    if depth > DEEPEST:
        problems.add(
            "html-too-deep",
            path,
            body_line + deepest - 1,
            f"the HTML of this page nests {depth} tags one inside another, the deepest on this line: the PDF stops on "
            "HTML nested so deep, and the site's search takes minutes over it; write it with fewer tags one inside "
            f"another (at most {DEEPEST})",
        )


def placeholder_line(item: Item, body: str, body_line: int) -> tuple[str, int] | None:
    """The first of placeholder_lines, if there is one."""
    return next(iter(placeholder_lines(item, body, body_line)), None)


def _check_bold_headings(source: Source, path: str, problems: Problems, told: Set[int] = frozenset()) -> None:
    """Headings written inside bold or italic marks (markdown_blocks.headings_in_bold), but on the lines in `told` (a
    self-assessment's, told as its sections' headings)."""
    for index, written, words in headings_in_bold(source.body):
        if index not in told:
            marks = written[: len(written) - len(written.lstrip("*_"))]
            hashes = written[len(marks) :].split()[0]
            style = {1: "italic", 2: "bold"}.get(len(marks), "bold and italic")
            problems.add(
                "bold-heading",
                path,
                source.body_line + index,
                f'the line "{shortened(written, 80)}" is a heading inside {style} marks, which the site shows as a '
                f'line of {style} text starting "{hashes} " (so does GitHub\'s preview); take the '
                f"{'stars' if marks[0] == '*' else 'underscores'} away: {hashes} {shortened(words, 80)}",
            )


def placeholder_lines(item: Item, body: str, body_line: int) -> list[tuple[str, int]]:
    """The lines of an item's body that are lines of the placeholder text `portfolio new` writes (and CONTRIBUTING's
    templates), where they are published (not in a comment or as code), each with its line in the file."""
    found = list(item.kind.placeholders_in(body))
    hidden = hidden_ranges(body) if found else []
    return [(text, body_line + index) for text, index, at in found if not any(s <= at < e for s, e in hidden)]


def headings_alone(body: str) -> list[tuple[int, str]]:
    """The headings of a body that holds nothing else (a template's headings left with nothing under them: a
    novice's review), each with its index (from 0) among the body's lines; none for a body holding anything else,
    or nothing."""
    if "#" not in body or _TEXT_LINE.search(body):  # (most bodies: found at their first line of text)
        return []
    return [(index, line.strip()) for index, line in enumerate(body.split("\n")) if line.strip()]


_TEXT_LINE = lazy_pattern(r"^[ \t]*(?!#{1,6}(?:[ \t]|$))\S", re.MULTILINE)
"""A line holding something other than a heading."""


def parse_page(
    src_uri: str,
    path: str,
    source: Source,
    framework: Framework | None,
    existing: frozenset[str],
    links_out: frozenset[str] = frozenset(),
    *,
    theme_dirs: tuple[Path, ...] = (),
    plain_fences: bool = True,
    extensions: tuple[str, ...] | None = None,
    draft_read: bool = False,
    blog_post: bool = False,
    as_of: datetime.date | None = None,
    left_out: frozenset[str] = frozenset(),
    own_labels: bool = True,
    site_host: str = "",
) -> tuple[Page, Problems]:
    """Validate one page read by `read_source`. `existing` holds every file under evidence/, `links_out` the symbolic
    links there that lead outside it (for attachments), `theme_dirs` the theme's template folders; `plain_fences`: the
    site's fenced code is python-markdown's own (Settings.plain_fences), so that an HTML block left open is found as
    it reads it (in a text without fences, whatever reads them); `extensions`: the modules of mkdocs.yml's Markdown
    extensions, for a line written for one it leaves out (None: not looked for); `draft_read`: the page is a post of
    a blog of Material's that reads its `draft` (leaving the post out where it is true); `blog_post`: it is a post
    of a blog of Material's (whose posts are dated as items are); `as_of`: the day the portfolio is as of, after
    which a plain page's embargo or release date is still to come; `left_out`: the files under evidence/ MkDocs
    leaves out (Tree.skipped), which an item naming one is told; `own_labels`: links by reference find their labels
    in the page alone (Settings.own_references); `site_host`: the host of site_url, whose full addresses are the
    site's own."""
    problems = Problems()
    meta = _keys_in_small_letters(source.meta, path, problems)
    links = scan_links(source.body, source.body_line)
    for line, address, rest in titled_wrongly(source.body):
        problems.add(
            "broken-link",
            path,
            source.body_line + line,
            f"a link on this line has a title after its address that is not in straight quotes, opened and closed "
            f"({rest}), which Markdown reads as more of the address, so the page shows the link's text alone (or no "
            f'picture); write it ({address} "{rest.strip(_QUOTES)}"), or delete it: ({address})',
        )
    for line, written, kind in addresses_read_as_tags(source.body, links):
        named = posixpath.basename(written.rstrip("/")).rpartition(".")[0] or written
        shown = f'to show it as written, write &lt; in place of its "<": &lt;{written}>'
        problems.add(
            "broken-link",
            path,
            source.body_line + line,
            f"<{written}> on this line is an address without https:// in angle brackets, which the site takes for an "
            f"HTML tag and shows as nothing; write it whole: <https://{written}>"
            if kind == "web"
            else f"<{written}> on this line is taken for an HTML tag, so the site shows nothing in its place; "
            + (f"to link the file, write [{named}]({written}); {shown}" if kind == "file" else shown),
        )
    for line in spaced_links(source.body):
        problems.add(
            "broken-link",
            path,
            source.body_line + line,
            'a link on this line is written with a space between "]" and "(", so Markdown shows it as it is typed, '
            "its address included, and links nowhere; remove the space: [text](address)",
        )
    for line, written, fix in links_shown_as_typed(source.body, own_labels):
        problems.add(
            "broken-link",
            path,
            source.body_line + line,
            f'"{written}" on this line is shown as it is typed: {fix}',
        )
    for script in scripts_in(source.body, links, source.body_line):
        cure = (
            "link to a page or a file instead: [text](address)"
            if script.link
            else "take the script out (a chart or a video: show it as a picture, or link to it)"
        )
        problems.add(
            "page-script",
            path,
            script.line,
            f"{script.what} on this line runs a script in the reader's browser with the site's rights (on the "
            "internal site it could read the pages its reader may see and send them elsewhere), which no page may, "
            f"so the page is published to no one; {cure}",
        )
    shown_html = html_shown(source.body)
    if shown_html is not None:
        _check_depth(shown_html, path, source.body_line, problems)
    ruled = holds_rule(source.body)
    for line, looks_blank in tables_after_text(source.body, ruled):
        problems.add(
            "table-after-text",
            path,
            source.body_line + line,
            "this table comes straight after a line of text, so Markdown reads it as more of that text and the page "
            'shows its "|" and "---" marks as they are typed; put a blank line above the table'
            + (
                " (the line above looks blank, but holds a space that is not one: delete it and type it again)"
                if looks_blank
                else ""
            ),
        )
    for line in lists_after_text(source.body):
        problems.add(
            "list-after-text",
            path,
            source.body_line + line,
            "this list comes straight after a line of text, so Markdown reads it as more of that text and the page "
            "shows one paragraph, its dashes (or numbers) as they are typed, though GitHub's preview shows a list; "
            "put a blank line above the list",
        )
    for line, indent, above in entries_indented_short(source.body):
        spaces = f"{indent - above} space{'s' if indent - above > 1 else ''}"
        problems.add(
            "list-indented-short",
            path,
            source.body_line + line,
            f"this entry is indented {spaces} under the entry above, which Markdown reads as the next entry of the "
            "same list, not one inside it (GitHub's preview nests it); indent it 4 spaces to put it inside that entry",
        )
    fancy_lists = "pymdownx.fancylists" in (extensions or ())
    numbers_kept = fancy_lists or "sane_lists" in (extensions or ())  # (each writes start=, a review)
    for line, first in lists_numbered_from(source.body) if not numbers_kept else ():
        problems.add(
            "list-renumbered",
            path,
            source.body_line + line,
            f'this line starts a numbered list at {first}, but the site numbers every list from 1, so it shows "1." '
            f"here (GitHub's preview shows {first}); for a number that starts a sentence, such as a year, put a "
            f"backslash before its full stop: {first}\\. ; to go on with a list above, indent what comes between its "
            "entries by four spaces",
        )
    for line, joined in lists_joined(source.body) if not numbers_kept else ():
        below, shown_as = (
            ("numbered", "bulleted, their numbers gone") if joined == "bulleted" else ("bulleted", "numbered on")
        )
        problems.add(
            "list-joined",
            path,
            source.body_line + line,
            f"this {below} list follows the {joined} list above with nothing but empty lines between, so the site "
            f"shows its entries as more of that list, {shown_as} (GitHub's preview shows a list of its own); put a "
            "line of text between the two lists (a heading, a sentence), or a line holding only <!-- -->",
        )
    for line, written in hashes_without_space(source.body, fancy_lists):
        problems.add(
            "hash-heading",
            path,
            source.body_line + line,
            'this line starts with "#" and no space after it, which the site shows as a heading (GitHub\'s preview '
            f"as text): to show it as written, put a backslash before it, \\{written.split()[0]}; for a heading, put a "
            'space after the "#"',
        )
    for line, mark in lists_marked_otherwise(source.body, fancy_lists):
        numbered = mark.endswith(")")
        if mark[0].isspace() or mark[-1].isspace():  # a list's own mark beside a space that does not break (a
            # review of valid portfolios: before it; a review of that: after it, as Word pastes "1." and its space)
            before = mark[0].isspace()
            fix = (
                "delete that space at the start of each line (type an ordinary one, or none)"
                if before
                else "type an ordinary space in its place on each line"
            )
            problems.add(
                "list-marked-otherwise",
                path,
                source.body_line + line,
                f"these lines {'start with' if before else 'have'} a space that does not break "
                f"(U+{ord(mark[0] if before else mark[-1]):04X}, pasted from a word processor) "
                f'{"before" if before else "after"} their "{mark.strip()}", so Markdown does not read them as a list: '
                f"the page runs them together into one paragraph, marks and all; {fix}, with an empty line above the "
                "list",
            )
            continue
        problems.add(
            "list-marked-otherwise",
            path,
            source.body_line + line,
            f'these lines start with "{mark}"'
            + (" (a number and a bracket)" if numbered else ", as a word processor marks a list's entries")
            + ", which Markdown does not read as a list: the page runs them together into one paragraph, marks and "
            "all; "
            + (
                'write each number with a full stop, such as "1.", not a bracket'
                if numbered
                else 'start each entry with "- ", a dash and a space, in place of its mark'
            )
            + ", with an empty line above the list"
            # (Word's second level flattened, its "◦" made "- " at the margin: a staff member's review)
            + ("" if numbered else '; an entry under another (Word\'s "◦" or "▪") with four spaces before its "- "'),
        )
    unruled = unruled_tables(source.body, ruled)
    lines = source.body.split("\n") if unruled else []  # (split again for each table: 16 s for 20,000, a review)
    for line in unruled:
        below = lines[line + 1] if line + 1 < len(lines) else ""
        problems.add(
            "table-without-rule",
            path,
            source.body_line + line,
            "this line and the ones below it are a table's rows with no row of dashes under the first (|---|---|), so "
            'Markdown shows them as one paragraph, "|" marks and all; '
            + (
                f'the line below it is one, typed with long dashes ("{below.strip()}"), as a word processor writes '
                '"---", which Markdown does not read: type its dashes again as hyphens (|---|---|)'
                if long_dash_rule(below)
                else "add a line such as |---|---| under the table's first row, with a --- for each of its columns"
            ),
        )
    for line, cells, columns in rules_unlike_headings(source.body, ruled):
        problems.add(
            "table-without-rule",
            path,
            source.body_line + line,
            f"this table's first row has {cells} cells, and the row of dashes under it {columns}, so Markdown does not "
            'read it as a table and shows every row as one paragraph, "|" marks and all (as GitHub\'s preview does); '
            f"give the row of dashes a --- for each cell of the first row ({'|---' * cells}|), or the first row a "
            "cell for each ---",
        )
    for line, cells, columns in rows_too_long(source.body, ruled):
        problems.add(
            "table-row-too-long",
            path,
            source.body_line + line,
            f"this table's row has {cells} cells, and the table {columns} columns (the dashes under its headings), so "
            f"the page leaves out the cells after the first {columns} without a word; join or move the cells, or add "
            'a column: a "|" inside a cell splits it (write it "\\|", or as "/")',
        )
    for line in pasted_tables(source.body):
        problems.add(
            "pasted-table",
            path,
            source.body_line + line,
            "this line and the ones below it hold cells separated by tabs, as a spreadsheet pastes them, which "
            'Markdown shows as one paragraph; write them as a table: each row between "|" marks (| Measure | 2025 '
            "|), with a row of dashes under the first (|---|---|)",
        )
    for line, extension, what in marks_without_extension(source.body, extensions) if extensions is not None else ():
        problems.add(
            "extension-off",
            path,
            source.body_line + line,
            f'this line writes {what} for the Markdown extension "{extension}", which mkdocs.yml does not turn on, so '
            f'the page shows it as typed; add "- {extension}" under markdown_extensions in mkdocs.yml, or write it as '
            "text",
        )
    md_in_html = turned_on("md_in_html", extensions or ())
    for index, written, around in markdown_in_raw_html(source.body):
        (outer, outer_at), *inner = around
        inside = ", ".join(f"<{name} {markdown_attribute(name)}> on line {source.body_line + at}" for name, at in inner)
        problems.add(
            "markdown-in-html",
            path,
            source.body_line + index,
            f"this line is Markdown inside the HTML block that <{outer}> on line {source.body_line + outer_at} starts, "
            f'which the site shows as it is typed up to </{outer}>, so the page shows "{written}" with its marks, '
            f"though GitHub's preview reads it as Markdown; write markdown in the tag on line "
            f"{source.body_line + outer_at} (<{outer} {markdown_attribute(outer)}>)"
            + (f" and in each tag inside it around this line ({inside})" if inner else "")
            + (
                '; this needs "- md_in_html" under markdown_extensions in mkdocs.yml'
                if extensions is not None and not md_in_html
                else ""
            ),
        )
    # (with pymdownx.superfences, read otherwise, a text without fences alone: an outside review found every new
    # portfolio, which turns it on for diagrams, showing a page's rest as typed after a <div> left open)
    fenceless = plain_fences or not ("```" in source.body or "~~~" in source.body)  # (looked for only if needed)
    opened = open_block(source.body, md_in_html) if fenceless else None
    if opened:
        line, tag = opened
        problems.add(
            "unclosed-html",
            path,
            source.body_line + line,
            f"the HTML tag <{tag}> on this line is never closed with </{tag}>, so everything after it is shown as it "
            f"is typed, Markdown marks and the addresses of links included; add </{tag}> where the block ends, on a "
            "line of its own",
        )
    _check_page_keys(meta, path, problems, theme_dirs, site_host, plain="type" not in meta, blog_post=blog_post)
    if "type" in meta:
        item = ItemReader(src_uri, path, meta, framework, existing, links_out, problems, left_out).read()
        challenge = (
            framework.challenge(item.challenge or "")
            if framework and item and item.type == SELF_ASSESSMENT.id
            else None
        )
        unplaced = unplaced_headings(source.body, challenge) if challenge else []
        for index, why in unplaced:
            problems.add("section-heading", path, source.body_line + index, why)
        told = {index for index, _ in unplaced}  # ("# Plan" in a self-assessment: told to write ## Plan)
        _check_bold_headings(source, path, problems, told)
        for index, words in first_level_headings_below(source.body) if item is not None else ():
            if index in told:
                continue
            problems.add(
                "heading-over-title",
                path,
                source.body_line + index,
                f'the heading "{words}" is of the first level (one "#"), so the site shows it as the page\'s title '
                f'and leaves out the item\'s own, "{item.title if item else ""}", above the text; make it a heading '
                f"of the second level: ## {words}",
            )
        for text, line in placeholder_lines(item, source.body, source.body_line) if item else ():
            problems.add(  # each: one at a time took a commit and a check each, from GitHub's editor (a review)
                "template-text",
                path,
                line,
                f'this line still holds the placeholder text "{text}" of the template (the one `portfolio new` '
                "writes, and CONTRIBUTING shows); replace it with your own words, or delete it",
            )
        headings = headings_alone(source.body) if item else []
        if item and any(text in item.kind.template_headings for _, text in headings):
            problems.add(
                "template-text",
                path,
                source.body_line + headings[0][0],
                f"the text of this item is only headings ({', '.join(text for _, text in headings[:3])}"
                f"{', ...' if len(headings) > 3 else ''}), as the template gives them: write under each what it asks, "
                "or delete them",
            )
        visibility: Audience = item.visibility if item else WIDEST
        if visibility == "public":
            _check_public_item(meta, path, problems, as_of)
        page = Page(src_uri, path, meta, source.body, source.body_line, item, visibility, links, source.may_link)
        return page, problems
    _check_plain(meta, path, problems, draft_read=draft_read, as_of=as_of)
    _check_bold_headings(source, path, problems)
    if not meta and not source.body.strip():
        problems.add(
            "empty-page",
            path,
            1,
            f"this file is empty{'' if source.body_line == 1 else ' (but for its two --- lines)'}, so it would be "
            "published to everyone as a blank page; write the item in it (see CONTRIBUTING.md), or delete the file"
            if source.body_line <= 3
            else "this file holds no key and no text: the lines between its two --- lines are comments (after a #) or "
            "empty, which are not read, so it would be published to everyone as a blank page; write the item's keys "
            "there without a # before them (see CONTRIBUTING.md), or delete the file",
        )
    # (front matter of no key, `---` twice, is told as such: empty-front-matter, with what to do)
    where = _where_items_are(src_uri, framework) if source.body_line == 1 and source.body.strip() else None
    if where is not None:
        problems.add(
            "dated-page",
            path,
            1,
            f"this page has no front matter, so it is a plain page, published to everyone, though {where[0]}; if it "
            "is an item, write its front matter above the text (title, type, maps_to, date, visibility: see "
            f"CONTRIBUTING.md), or else {where[1]}",
        )
    item_like = [key for key in meta if key in _ITEM_LIKE]
    if item_like and "type" not in meta and not blog_post and _DATED.match(posixpath.basename(src_uri)):
        public = str(meta.get("visibility") or "public").strip().lower() == "public"
        shown = "published to everyone" if public else "counted towards nothing"  # (not published: a review)
        problems.add(  # (a careless contributor's review: minutes dated and summarised as an item, public)
            "dated-page",
            path,
            meta.line_of(item_like[0]) + FRONT_MATTER_OFFSET,
            f'this page has no "type", so it is a plain page, {shown}, though its front matter gives '
            f'"{item_like[0]}" and its name starts with a date, as an item\'s do; if it is an item, add its type and '
            f"maps_to (type: {', '.join(ITEM_TYPES)}: see CONTRIBUTING.md), or else take the date out of its name",
        )
    report_duplicates(meta, path, FRONT_MATTER_OFFSET, problems)  # "visibility" twice: YAML keeps the last
    fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems)
    if "visibility" in meta and meta["visibility"] is None:  # empty: not the public default a reader would assume
        fields.error("visibility", f'"visibility" is empty; give one of {", ".join(AUDIENCES)}', "empty-value")
    chosen = fields.choice("visibility", AUDIENCES, PLAIN_PAGE_VISIBILITY, said_as=VISIBILITY.said_as)
    visibility = as_audience(chosen) or WIDEST
    return Page(src_uri, path, meta, source.body, source.body_line, None, visibility, links, source.may_link), problems


def _where_items_are(src_uri: str, framework: Framework | None) -> tuple[str, str] | None:
    """Why a page without front matter is most likely an item that lost it, and what to do if it is none: its name
    starts with a date, or it is in a section's folder (`partnerships/do/`) or a folder of attachments (`files/`),
    where items are (a careless contributor's review: a pasted email there was published to everyone); None for
    another page, and for a folder's own (index.md, README.md)."""
    *folders, name = src_uri.split("/")
    if _DATED.match(name):
        return (
            "its name starts with a date as an item's does",
            "take the date out of its name, or, for a page meant for everyone (a dated news page), start it with front "
            "matter of its title alone",
        )
    if name.lower() in ("index.md", "readme.md"):
        return None
    elsewhere = (
        "move it out of that folder, or, for a page meant for everyone there, start it with front matter of its title "
        "alone"
    )
    if "files" in (folder.lower() for folder in folders):
        return 'it is in a folder "files", where items keep their attachments', elsewhere
    challenge = framework.challenge(folders[-2]) if framework and len(folders) >= 2 else None
    if challenge is not None and challenge.section(folders[-1]) is not None:
        return (
            f'it is in the folder of section "{folders[-1]}" of challenge "{challenge.id}", where its items are',
            elsewhere,
        )
    return None


def _plain(meta: LineMap) -> str:
    """What becomes of a page without `type`: a plain page, published to everyone unless its visibility keeps it
    from the public (a novice's review: a page saying `visibility: internal` was told it would be public)."""
    kept = as_audience(meta.get("visibility"))
    if kept is None or kept == "public":
        return "this page is not an item, and would be published to everyone"
    return f"this page is not an item, and counts towards nothing (a plain page, which its {kept} visibility keeps)"


_ITEM_LIKE = frozenset(("date", "summary", "authors"))
"""Keys a plain page may have (a blog's post), which a page named with a date as an item is, without a type, has
because it was meant to be one."""
_READ_KEYS = frozenset((*(key for kind in ITEM_TYPES.values() for key in kind.keys), *PAGE_KEYS))


def _keys_in_small_letters(meta: LineMap, path: str, problems: Problems) -> LineMap:
    """A key the portfolio reads, written with capitals (`Title:`, `Maps_To:`, as a document pasted in writes
    them): an error at its line, and the key read as meant, so that one run reports the rest of the file (it was an
    unknown key, then, once renamed, another round of problems)."""
    wrong = {
        key
        for key in meta
        if isinstance(key, str) and key != key.lower() and key.lower() in _READ_KEYS and key.lower() not in meta
    }
    if not wrong:
        return meta
    fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems)
    read = LineMap(meta.line)
    for key, value in meta.items():
        if key in wrong:
            fields.error(key, f'the key "{key}" must be written "{key.lower()}", in small letters', "key-case")
        read.enter(key.lower() if key in wrong else key, meta.line_of(key))
        read[key.lower() if key in wrong else key] = value
    read.duplicates.extend(meta.duplicates)
    return read


_PLAIN_PAGE_KEYS = {**PAGE_KEYS, **PLAIN_PAGE_KEYS_READ}
"""The keys MkDocs and Material read from a page that is not an item."""


_QUOTES = "\"'“”‘’()[] "
"""The marks around a title written wrongly, left out of the one a message suggests."""


def _check_page_keys(
    meta: LineMap,
    path: str,
    problems: Problems,
    theme_dirs: tuple[Path, ...],
    site_host: str,
    *,
    plain: bool,
    blog_post: bool,
) -> None:
    """The keys MkDocs and Material read from any page, in the shapes they need (model/item_types.PAGE_KEYS): a
    wrong one would stop the build with a message that names no line (or no file)."""
    keys = _PLAIN_PAGE_KEYS if plain else PAGE_KEYS
    if meta.keys().isdisjoint(keys):  # most pages: none of them
        return
    fields = FieldReader(meta, path, FRONT_MATTER_OFFSET, problems)
    for key, page_key in keys.items():
        value = meta.get(key)
        if value is None:
            continue
        if page_key.kind == "text":
            fields.text(key)
        elif page_key.kind == "flag" and not isinstance(value, bool):
            fields.error(key, f'"{key}" must be true or false, not {flag_shown(value)}')
        elif page_key.kind == "texts" and not isinstance(value, list):
            fields.error(key, f'"{key}" must be a list such as [a, b], not {kind_of(value)}')
        elif page_key.kind == "texts":
            fields.text_list(key)  # each entry that is not text, at its line
        elif page_key.kind == "search" and not (
            isinstance(value, dict)
            and set(value) <= {"exclude", "boost"}
            and isinstance(value.get("exclude", False), bool)
            and isinstance(value.get("boost", 1), (int, float))
        ):
            fields.error(
                key, f'"{key}" must be key: value lines with "exclude: true" or "boost: 2", not {kind_of(value)}'
            )
        elif page_key.kind == "template":
            _check_template(fields, key, theme_dirs, blog_post)
        elif page_key.kind == "icon":
            _check_icon(fields, key, theme_dirs)
        elif page_key.kind == "location":
            _check_location(fields, key, site_host)


def _check_location(fields: FieldReader, key: str, site_host: str) -> None:
    """Where Material's redirect.html sends the page's readers as it opens, by a script: an address on the site. One
    on another website would send every reader there unasked (a hostile review: to a page asking for a password,
    taken for the portfolio's), and one of another scheme (`javascript:`) would run as a script."""
    location = fields.text(key)
    if location is None or not leads_elsewhere(location, site_host):
        return
    fields.error(
        key,
        f'"{key}" sends every reader of this page on to "{location[:80]}" as the page opens (template: '
        "redirect.html), another website or no address of the site, which no page may: a reader would take it for "
        "the portfolio; write an address on the site, such as ../new-page/, or remove the redirect and link to it: "
        "[text](address)",
        "page-script",
    )


def _check_icon(fields: FieldReader, key: str, theme_dirs: tuple[Path, ...]) -> None:
    """A page's icon: one of the theme's (Material's .icons folder, or the custom_dir's), which Material puts in the
    navigation; one it has not stops the build in a traceback."""
    icon = fields.text(key)
    if icon is None or not theme_dirs:
        return
    if ".." in icon.split("/") or not any((folder / ".icons" / f"{icon}.svg").is_file() for folder in theme_dirs):
        fields.error(
            key,
            f'the theme has no icon "{icon}"; name one of its icons, such as material/account-group (see Material\'s '
            "list of icons), or one in a .icons folder of the custom_dir of mkdocs.yml",
            "unknown-value",
        )


def _check_public_item(meta: LineMap, path: str, problems: Problems, as_of: datetime.date | None) -> None:
    """A key of a public item that says it is not for the public (`private: true`, `audience: staff only`, an
    embargo to come), and nothing else, is an error, not an unknown key's warning: the item is published to everyone,
    its author perhaps meaning otherwise (a hostile review)."""
    for key in meta:
        if key in _READ_KEYS:
            continue
        kept = kept_to(key, meta[key], as_of=as_of)
        if kept is not None and all_it_says(meta[key]):
            problems.add(
                "unread-visibility",
                path,
                meta.line_of(key) + FRONT_MATTER_OFFSET,
                f'"{key}: {as_written(meta[key])}" says this item is not for the public, but its visibility is '
                "public, so it would be published to everyone; if it is not for the public, write "
                f'"visibility: {kept}", otherwise remove this line',
            )


_NOT_TEMPLATES = lazy_pattern(r"sitemap\.xml|mkdocs_theme\.yml|.*\.pyc?|locales/.*")
"""The files of a theme's folders that make no page (its settings, its Python, MkDocs' sitemap), compared in small
letters, as a system that does not tell capitals apart finds them (a review of the change)."""
_THEME_PARTS = ("partials", "fragments", ".icons", "assets")
"""The folders of Material's templates that hold parts of a page's template (its header, its table of contents...),
which, named as a page's own, stop the build with a traceback (a hostile review); and MkDocs' sitemap.xml is on
every theme's path."""


def _check_template(fields: FieldReader, key: str, theme_dirs: tuple[Path, ...], blog_post: bool) -> None:
    """A page's template: a template of the theme that makes a whole page (not a part of one, not a blog post's
    outside the blog, not one of the portfolio's generated pages)."""
    template = fields.text(key)
    if template is None:
        return
    name = template.replace("\\", "/").lstrip("/")
    normal = posixpath.normpath(name)
    if ".." in name.split("/"):
        fields.error(
            key,
            f'"{key}" may not name "{template}": a template is named from the theme\'s folders, without ".." (which '
            "would climb out of them); name a template of the theme, such as main.html",
            "unknown-value",
        )
    elif normal.startswith("portfolio/"):  # ./portfolio/x.html too
        fields.error(
            key,
            f'"{key}" may not name "{template}": the portfolio\'s own templates make its generated pages, not pages '
            "of yours; name a template of the theme, such as main.html",
            "unknown-value",
        )
    elif normal.lower().split("/")[0] in _THEME_PARTS or _NOT_TEMPLATES.fullmatch(normal.lower()):
        fields.error(  # (sitemap.xml, MkDocs' own, made a page of XML; a theme's own folder may hold any name)
            key,
            f'"{template}" is not the template of a whole page (it makes a part of one, or another file), so the '
            "page cannot be built with it; name a page's template, such as main.html, or delete the line",
            "unknown-value",
        )
    elif normal == "blog-post.html" and not blog_post:
        fields.error(
            key,
            f'"{template}" is the template of a post of the blog, which only the blog\'s own posts are built with; '
            "name another, such as main.html, or delete the line",
            "unknown-value",
        )
    elif theme_dirs and not any((folder / name).is_file() for folder in theme_dirs):
        fields.error(
            key,
            f'the theme has no template "{template}"; name one of its templates (such as main.html), or one in the '
            "custom_dir of mkdocs.yml",
            "unknown-value",
        )


def _check_release_inside(meta: LineMap, path: str, problems: Problems, as_of: datetime.date) -> None:
    """An embargo's end or a release date to come inside another key (`publication: {embargo_until: 2027-03-12}`),
    as at the margin, is an error: only `visibility` keeps a page from an audience."""
    for parent, outer in meta.items():
        for holder, key, value, _ in pairs_inside(outer):
            if not_released(key, value, as_of):
                problems.add(
                    "unread-visibility",
                    path,
                    holder.line_of(key) + FRONT_MATTER_OFFSET,
                    f'"{key}: {as_written(value)}" inside "{parent}" is not read: only "visibility" keeps a page from '
                    'an audience, so this page would be published to everyone; write "visibility: internal" at the '
                    "margin",
                )


def _spelt_like(key: object, meant: str) -> bool:
    """Whether a key is `meant` misspelt, or written in other characters (a full-width ｖ, an invisible space)."""
    return as_typed(key) == meant or suggest(key, [meant]).startswith("; did you mean")


def _check_plain(
    meta: LineMap, path: str, problems: Problems, *, draft_read: bool, as_of: datetime.date | None
) -> None:
    """A page without `type` that looks like an item (a misspelt `type` or `visibility`, keys only items read), or
    that another key means to keep from the public (`audience: internal`, `private: true`), is an error: as a plain
    page it would be published to every audience."""
    for key in meta:
        line = meta.line_of(key) + FRONT_MATTER_OFFSET
        value = meta[key]
        kept = kept_to(key, value, draft_read=draft_read, as_of=as_of) if key != "visibility" else None
        if kept is not None and not _spelt_like(key, "visibility"):
            problems.add(
                "unread-visibility",
                path,
                line,
                f'"{key}: {as_written(value)}" is not read: only "visibility" keeps a page from an audience, so this '
                f'page would be published to everyone; write "visibility: {kept}" instead',
            )
        for meant, code, consequence in (
            ("type", "untyped-item", f'Without "type" {_plain(meta)}'),
            ("visibility", "unread-visibility", "Until it is spelt right, this page would be published to everyone"),
        ):
            if key != meant and _spelt_like(key, meant):
                problems.add(code, path, line, f'unknown key "{key}"; did you mean "{meant}"? {consequence}')
    if as_of is not None and "visibility" not in meta:
        _check_release_inside(meta, path, problems, as_of)
    read_by_items = [key for key in meta if key in item_only_keys()]
    if read_by_items:
        # the type whose keys these are (`challenge` and `ratings`: a self-assessment), else the first
        meant = next((kind.id for kind in ITEM_TYPES.values() if set(read_by_items) <= set(kind.keys)), "evidence")
        problems.add(
            "untyped-item",
            path,
            meta.line_of(read_by_items[0]) + FRONT_MATTER_OFFSET,
            f'"{read_by_items[0]}" is only read on items, and this page has no "type", so {_plain(meta)}; add "type: '
            f'{meant}" (or {", ".join(kind for kind in ITEM_TYPES if kind != meant)})',
        )
