"""Links and images in a page's Markdown, with their lines: which files under evidence/ a page refers to.

Markdown links (inline, reference definitions, images) are relative to the file, as MkDocs rewrites them; an
automatic link (`<https://example.org/x>`) is a full address. URLs in
raw HTML (`<a href>`, `<img src>`, `<object data>`...) reach the browser as written, so they are relative to the
page's address on the site. Links inside code (fenced blocks, code spans) and HTML comments are not links.

This scan serves checking (broken links, files no page refers to) and quoting (a self-assessment's text moved
into the accreditation pack). What a build publishes is decided on the rendered HTML (site/seal.py), not here.
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import unescape
from urllib.parse import quote, unquote, urlsplit

from ..model.lazy_patterns import lazy_pattern
from ..model.narrative import closes_fence
from ..model.urls import DOCUMENT_EXTENSIONS, URL_SCHEME, as_browsers_read, relative_url, web_address
from .file_contents import PICTURES
from .line_numbers import LinePlaces, with_lines
from .raw_html import raw_lines

_FENCE = lazy_pattern(r"^[ \t>]*(`{3,}|~{3,})", re.MULTILINE)
_CODE_SPAN = lazy_pattern(r"(?<![\\`])(`+)(?!`).+?(?<!`)\1(?!`)")
_INLINE_START = lazy_pattern(r"\]\(")
_DEFINITION = lazy_pattern(
    r"^[ \t>]*\[(?!\^)(?P<label>[^\[\]\n]*)\]:[ \t]*\n?[ \t>]*(?P<target><[^>\n]*>|\S+)"
    r"[ \t]*(?:\n[ \t>]*)?(?:\"[^\n]*\"|'[^\n]*'|\([^\n]*\))?[ \t]*$",
    re.MULTILINE,
)
"""A reference definition as python-markdown reads one: a label, a URL, perhaps a title, and nothing else on its
lines. `[^label]: text` is a footnote (the footnotes extension), not a link."""
_TAG = lazy_pattern(r"<[A-Za-z]")
_AUTOLINK = lazy_pattern(r"<((?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://[^<>]*)>")
"""An automatic link, `<https://example.org/x>`, as python-markdown reads one (its AUTOLINK_RE)."""
AUTOMATIC_LINK = lazy_pattern(rf"{_AUTOLINK.pattern}|<[^<> !]+@[^@<> ]+>")
"""What python-markdown makes a link of in angle brackets, not a tag: an address (_AUTOLINK), or an e-mail address
(its AUTOMAIL_RE)."""
_INLINE_LINK, _HTML_URL, _DEFINED_LINK, _AUTOMATIC_LINK = range(4)
"""What a URL found in a body is: an inline link's, one in an HTML tag, a reference definition's, an automatic
link's."""
_DESTINATION_STOP = lazy_pattern(r"[ \t\n()\\]")
"""What may end an inline link's destination, or change how it is read (a parenthesis, a backslash)."""
_WORDS = r"(?:[^()\"'\\\s]|\([^()\"'\\\n]*\))+"
_SPACED_REST = lazy_pattern(rf"[ \t]+({_WORDS}(?:[ \t]+{_WORDS})*)(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'))?[ \t]*\)")
"""The rest of an inline link's destination after a space, to its title or its ")" on the same line, its words
without quotes or backslashes, a parenthesis in them closed: python-markdown reads `(files/May minutes.pdf)` and
`(photo 1 (2).png "A title")` as one address and a title, which MkDocs links and publishes (an outside review: told
it led to files/May, and the file that no page refers to)."""


@dataclass(frozen=True)
class Link:
    """A URL written in a page's body."""

    target: str
    """As written (without the angle brackets of `<url>`)."""
    line: int
    """Its line in the file."""
    start: int
    end: int
    """Where it is in the body (`body[start:end]` is the URL as written)."""
    html: bool = False
    """Written in raw HTML: relative to the page's address on the site, not to the file."""
    definition: bool = False
    """A reference definition (`[label]: url`), whose backslash escapes python-markdown keeps, where it undoes an
    inline link's."""
    loads: bool = False
    """Loaded by the browser without being followed: an image (`![alt](url)`, a definition an image refers to), or
    what an HTML attribute loads (model.urls.loads: `<img src>`, `<iframe src>`, `<script src>`...)."""
    automatic: bool = False
    """An automatic link (`<https://example.org/x>`): a full address, its text as its URL (its backslash escapes
    undone, as an inline link's; its character references not decoded)."""


def scan_links(body: str, first_line: int = 1) -> tuple[Link, ...]:
    """Every link of a Markdown body; `first_line` is the line of the file where the body starts."""
    if "<" not in body and ("]" not in body or ("](" not in body and "]:" not in body)):
        return ()  # most bodies: nothing to find (a character alone is found the fastest, see tables.holds_rule)
    hidden = hidden_ranges(body)
    found: list[tuple[int, int, int, bool]] = []  # and what it is (_INLINE_LINK...), and whether it loads
    for match in _INLINE_START.finditer(body):
        span = _inline_target(body, match.end())
        if span:
            opening = opening_bracket(body, match.start())
            image = opening is not None and opening > 0 and body[opening - 1] == "!" and not escaped(body, opening - 1)
            found.append((*span, _INLINE_LINK, image))
    if "]:" in body:  # a definition's "]:", or none (most bodies)
        images = _image_labels(body) if "![" in body else set()
        for match in _DEFINITION.finditer(body):
            start, end = match.span("target")
            if body[start] == "<":
                start, end = start + 1, end - 1
            found.append((start, end, _DEFINED_LINK, label_key(match["label"]) in images))
    if "://" in body:
        written = {start for start, *_ in found}  # `[text](<url>)` and `[label]: <url>` are read above
        for match in _AUTOLINK.finditer(body):
            if match.start(1) not in written:
                found.append((*match.span(1), _AUTOMATIC_LINK, False))
    if _TAG.search(body):
        from .html_links import html_urls  # here: most bodies hold no HTML, and html.parser takes 4 ms to import

        found.extend((start, end, _HTML_URL, loaded) for start, end, loaded in html_urls(body))
    links = []
    line, counted = first_line, 0  # the line of `counted`: line breaks are counted once, by str.count
    for start, end, kind, loaded in sorted(found):
        if end > start and not inside(hidden, start):
            line += body.count("\n", counted, start)
            counted = start
            links.append(
                Link(
                    body[start:end],
                    line,
                    start,
                    end,
                    kind == _HTML_URL,
                    kind == _DEFINED_LINK,
                    loaded,
                    kind == _AUTOMATIC_LINK,
                )
            )
    return tuple(links)


_SPACED_LINK = lazy_pattern(r"(?<![\\\[\]])\[[^\[\]\n]+\][ \t]+\((?:[^()\s]*/[^()\s]*|[^()\s]+\.[A-Za-z0-9]{1,5})\)")
"""`[text] (path)`: a link written with a space between its text and its address, which Markdown shows as typed.
The address is a path or a full address (a "/" in it, or a file's extension), so that "[1] (2024)" is not one."""


_SPACE_BEFORE_ADDRESS = lazy_pattern(r"\][ \t]\(")


def spaced_links(body: str) -> list[int]:
    """The lines (from 0) of the links written with a space between "]" and "(", outside code and comments."""
    if "]" not in body or _SPACE_BEFORE_ADDRESS.search(body) is None:
        return []  # most bodies
    hidden = hidden_ranges(body)
    return [line for line, match in with_lines(body, _SPACED_LINK) if not inside(hidden, match.start())]


def addresses_read_as_tags(body: str, links: tuple[Link, ...]) -> list[tuple[int, str, str]]:
    """(line from 0, what is written in the angle brackets, what it is: "web", "file" or "text") of each start tag
    python-markdown passes on that is an address, a path or a note naming one taken for a tag (html_links.
    taken_for_a_tag: `<www.example.org>`, `<files/minutes.docx>`, `<Policy v1.2>`), outside code (indented too, in a
    quote too), comments and a link's own angle brackets (the body's `links`): a browser shows it as nothing (the
    words around it run together), and the seals take it out of the page (reviews of valid pages)."""
    if "<" not in body or _INLINE_TAG.search(body) is None:
        return []  # most bodies
    from .html_links import taken_for_a_tag, written_attributes  # (html.parser: only where a tag may be)

    hidden, code, found = hidden_ranges(body), _indented_code(body), []
    linked = {link.start for link in links}  # (`[x](<files/x.docx>)`: a link's address, not a tag)
    for line, match in with_lines(body, _INLINE_TAG):
        raw, name = match[0], match[1]
        if (
            match.start(1) in linked
            or AUTOMATIC_LINK.fullmatch(raw)
            or inside(hidden, match.start())
            or line in code
            or not taken_for_a_tag(name.lower(), [(a["name"].lower(), None) for a in written_attributes(raw)], raw)
        ):
            continue
        written = raw[1:-1]
        plain = not match[2] and "\\" not in written and ":" not in written
        extension = posixpath.splitext(written)[1].lower()
        kind = (
            "web"
            if plain and web_address(written)
            else "file"
            if plain and ("/" in written.rstrip("/") or extension in DOCUMENT_EXTENSIONS or extension in PICTURES)
            else "text"
        )
        found.append((line, written, kind))
    return found


_INLINE_TAG = lazy_pattern(r"<([a-zA-Z][^<>@ '\"]*)((?: [^<>]*)?)>")
"""A start tag as python-markdown passes one on in a line (its HTML_RE): a letter after "<", no "@" in its name (an
e-mail address, which it links), nor a quote (`<St.John's>`, which it shows as typed)."""


_REFERENCE = lazy_pattern(
    r"(?<![\w\\\]])(?P<image>!?)\[(?P<text>[^\[\]\n]*[^\[\]\n\\])\]\[(?P<label>[^\[\]\n^][^\[\]\n]*|)\](?!\()"
)
"""A link or picture by reference, `[text][label]` or `[text][]` (whose label is its text), its parts together; not
after a letter (`grid[i][j]`), nor before "(" (`[a][b](c.pdf)` links "b")."""
_SPACED_DEFINITION = lazy_pattern(
    r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?\[(?P<label>[^\[\]\n^][^\[\]\n]*)\]:[ \t]*"
    r"(?P<address><[^>\n]*[ \t][^>\n]*\.[A-Za-z][A-Za-z0-9]{1,4}(?:[#?][^\s>]*)?>"
    r"|[^\s<\"'(]+(?:[ \t]+[^\s\"'(]+)+\.[A-Za-z][A-Za-z0-9]{1,4}(?:[#?]\S*)?)[ \t]*$",
    re.MULTILINE,
)
"""A definition whose address holds a space (`[1]: <Board minutes 2024.pdf>`, a file's name as Windows writes it),
which python-markdown does not read (a differential review): its address ends in a file's extension (and perhaps a
fragment or a query, `#page=2`); not one
followed by a title, a footnote's text (`[^1]: A note`), nor words in brackets and a sentence (`- [Done]: agreed
lane times`: a false-positive review)."""
_LABELS = lazy_pattern(r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+)?\[(?P<label>[^\[\]\n]+)\]:", re.MULTILINE)
"""The labels a page defines, as python-markdown reads them (in a list's entry too), or may."""
_REVERSED = lazy_pattern(
    r"(?<![\w\\\]])(?P<image>!?)\((?P<text>[^()\n]+)\)\[(?P<address>(?=[^\[\]\s]*[A-Za-z])"
    r"(?:[^\[\]\s]*/[^\[\]\s]*|[^\[\]\s]+\.[A-Za-z][A-Za-z0-9]{0,4}))\]"
)
"""`(text)[path]` and `!(caption)[photo.png]`: a link or picture with its parts the wrong way round, which Markdown
shows as typed. The address is a path or a full address (a "/" in it, or a file's extension), with a letter in it:
not `(adult)[£4.50]`, `(Q1)[2024/25]`."""
_EMPTY_DESTINATION = lazy_pattern(r"[ \t]*(?:<>)?[ \t]*\)")
"""An inline link's empty destination after its "](", which python-markdown makes a link of (`[x]()`)."""
_AFTER_ANGLES = lazy_pattern(r"[ \t]*(?:\n[ \t]*)?[)\"']")
"""What comes after a destination in angle brackets, `(<a b.pdf>)`, in a link: its ")", or its title (else Markdown
shows it as typed: `( <rota.pdf> and more`, a hostile review)."""


def links_shown_as_typed(body: str, own_labels: bool = True) -> list[tuple[int, str, str]]:
    """(line from 0, the link as written, how to write it) for each link or picture that Markdown shows as typed,
    linking nowhere: one by reference whose label the page does not define (`[minutes][1]` with no line `[1]:
    address`, on a page that defines others or none; not citations, `[1][2]`; looked for only where `own_labels`, the
    labels being the page's own: see Settings.own_references), one with its parts the
    wrong way round (`!(Our pool)[pool.png]`), and one whose ")" is left out (`[Agreement](agreement.pdf`). Not in
    code (code spans across lines, indented code: see _outside_code), comments or blocks of HTML. A careless
    contributor's review: each was shown as typed without a word."""
    found: list[tuple[int, str, str]] = []
    inline, joined, turned = _bracket_joins(body)
    defined = {label_key(match["label"]) for match in _LABELS.finditer(body)} if (joined or turned) else set()
    if own_labels and joined and "--8<--" not in body:
        for match in _SPACED_DEFINITION.finditer(body) if defined else ():
            address = match["address"].strip("<>").strip()
            found.append(
                (
                    match.start("address"),
                    match[0].strip(),
                    f'Markdown does not read this definition of "[{match["label"]}]", whose address holds a space, '
                    f"so the links to it are shown as typed too; write each space as %20, without < >: "
                    f"[{match['label']}]: {address.replace(' ', '%20')}",
                )
            )
        for match in _REFERENCE.finditer(body):
            text, label = match["text"], match["label"] or match["text"]
            if label_key(label) in defined or text.strip().isdigit() or not text.strip():
                continue  # (citations, `[1][2]`)
            if not defined and not _left_without_its_definition(text, match["label"]):
                continue  # (on a page that defines none: citations, `[Smith 2019][3]`, placeholders, `[Name][Date]`)
            what = "picture" if match["image"] else "link"
            found.append(
                (
                    match.start(),
                    match[0],
                    f'it links nowhere, as the {what} refers to "[{label}]", which this page does not define; add a '
                    f'line "[{label}]: address" to the page (below its text, on a line of its own), or write it '
                    f"{match['image']}[{text}](address)",
                )
            )
    for start in inline:
        if _EMPTY_DESTINATION.match(body, start + 2) or _inline_target(body, start + 2) is not None:
            continue  # (`[x]()` is a link, to nothing: no ")" is missing)
        opening = opening_bracket(body, start)
        if opening is None:
            continue
        rest = body[start + 2 :].lstrip(" \t")
        angled = rest[:1] == "<" and ">" in rest.partition("\n")[0]
        address = rest[: rest.index(">") + 1] if angled else rest.split(None, 1)[0] if rest.strip() else ""
        image = "!" if opening > 0 and body[opening - 1] == "!" else ""
        text = body[opening + 1 : start]
        found.append(
            (
                opening,
                f"{image}[{text}]({address}",
                f'it links nowhere, as the {"picture" if image else "link"}\'s address is not closed with ")"; '
                f"write it {image}[{text}]({address.rstrip('.,;:') or 'address'})",
            )
        )
    if turned:
        for match in _REVERSED.finditer(body):
            if label_key(match["address"]) in defined:
                continue  # (a link by its label alone, `[minutes.pdf]`, after words in brackets)
            what = "picture" if match["image"] else "link"
            found.append(
                (
                    match.start(),
                    match[0],
                    f"it links nowhere, as the {what}'s parts are the wrong way round; write its words in [ ] and its "
                    f"address in ( ): {match['image']}[{match['text']}]({match['address']})",
                )
            )
    return _outside_code(body, found) if found else []  # (most bodies: none)


def _left_without_its_definition(text: str, label: str) -> bool:
    """Whether `[text][label]` on a page that defines no label is a link whose definition was left out: its label
    empty (`[the plan][]`) or a number (`[minutes][1]`), its text words, of no digit (not a citation, `[1, 2][6]`,
    `[Smith 2019][3]`); not words in brackets side by side (`[Name][Date]`, `[i][ii]`: a false-positive review)."""
    letters = sum(character.isalpha() for character in text)
    cited = " ".join(text.lower().split()) in _CITED or "et al" in text.lower()  # `[sic][1]`: a final review
    return (
        letters >= 2
        and not cited
        and not any(character.isdigit() for character in text)
        and (not label or label.isdigit())
    )


_CITED = frozenset(("sic", "emphasis added", "emphasis mine", "citation needed", "ibid", "ibid.", "op. cit."))
"""What is written in brackets beside a citation's number, `[sic][1]`: no link's text."""


def _bracket_joins(body: str) -> tuple[list[int], bool, bool]:
    """Where a body's "](" are, and whether it holds "][" and ")[": found by looking for "]" and "[" alone, each
    many times as fast as a search for two characters (which took 9,600 instructions a body of 2 KB, three times
    over)."""
    inline: list[int] = []
    joined = turned = False
    at = body.find("]")
    while at != -1:
        after = body[at + 1 : at + 2]
        if after == "(":
            inline.append(at)
        joined = joined or after == "["
        at = body.find("]", at + 1)
    at = body.find("[", 1)
    while at != -1 and not turned:
        turned = body[at - 1] == ")"
        at = body.find("[", at + 1)
    return inline, joined, turned


def _outside_code(body: str, found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """(line from 0, what is written, its fix) of each of `found` (where it starts in the body, ...) that is not in
    code, a comment or a block of HTML, a code span across lines or an indented code block, which Markdown shows as
    typed whatever is written (a differential review); a line indented in an admonition, a tab or a list's entry is
    not code (a link there was left unread)."""
    hidden, in_html, code, places = hidden_ranges(body, across_lines=True), raw_lines(body), None, LinePlaces(body)
    kept = []
    for at, written, fix in sorted(found):
        line = places.line(at)
        if inside(hidden, at) or line in in_html:
            continue
        code = _indented_code(body) if code is None else code
        if line in code:
            continue
        kept.append((line, written.replace("\n", " "), fix))
    return kept


def _code_spans_across_lines(body: str) -> list[tuple[int, int]]:
    """The code spans of a body as python-markdown reads them, across the lines of a paragraph (not across an empty
    line, nor into a list's entry or an admonition): from a run of backticks (not after a backslash) to the next run
    of as many in its paragraph. Each run is looked at once (a regular expression tried from each run to the end of
    its paragraph took 11 s for 300 KB of runs that close nothing: a review)."""
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(body)]
    runs = [(match.start(), match.end(), bisect.bisect(breaks, match.start())) for match in _TICKS.finditer(body)]
    later: dict[tuple[int, int], list[int]] = {}  # (paragraph, length) -> the runs' indexes, last first
    for index in range(len(runs) - 1, -1, -1):
        start, end, paragraph = runs[index]
        later.setdefault((paragraph, end - start), []).append(index)
    spans, index = [], 0
    while index < len(runs):
        start, end, paragraph = runs[index]
        same = later[(paragraph, end - start)]
        while same and same[-1] <= index:
            same.pop()
        if same and (start == 0 or body[start - 1] != "\\"):
            closing = same.pop()
            spans.append((start, runs[closing][1]))
            index = closing
        index += 1
    return spans


_TICKS = lazy_pattern("`+")
_PARAGRAPH_BREAK = lazy_pattern(r"\n(?=[ \t>]*(?:\n|(?:[-*+]|\d+[.)])[ \t]|!!!|\?\?\?|===))")
"""Where a paragraph ends, for a code span: an empty line, or a line opening a list's entry or an admonition."""
_CONTAINER = lazy_pattern(r"(?:[-*+]|\d+[.)])(?:[ \t]|$)|!!!|\?\?\?|===[ \t]|\[\^[^\]\n]+\]:")
"""What opens a block whose lines are indented: a list's entry, an admonition (`!!! note`, `??? note`), a tab
(`=== "Plan"`), a footnote."""


_DEFINITION_OPENS = lazy_pattern(r":[ \t]{1,3}\S")
"""What opens a definition (def_list's `:   Less than 30 minutes`), whose next paragraphs are indented as a list's
entry's are, below the term or an empty line."""
_BLOCKS = ("!!!", "???", "===")
"""What opens an admonition or a tab, whose text may start on the next line (a list's entry's text starts on its
own line: an admonition right after it is more of that text, in python-markdown)."""
_MIDWAY = (*_BLOCKS, "[^")
"""What opens a block on any line of a paragraph, in python-markdown (an admonition's, a tab's, a footnote's)."""


def _indent(line: str) -> int:
    return len(line.expandtabs(4) if "\t" in line else line) - len(line.lstrip(" \t"))


def _indented_code(body: str, certain: bool = False) -> frozenset[int]:
    """The lines (from 0) of indented code blocks: four spaces further in than the block they are in (the top of the
    page, or an admonition's, a tab's, a list's entry's or a definition's text) after an empty line, or after the
    line that opens an admonition or a tab, or more of the code; not a paragraph's next line. One pass, each block
    that opens kept until a line after an empty one is less indented than its text. Taken for code too, as
    python-markdown may read them so (a false-positive review), unless `certain`: a quote's line indented four
    spaces after its ">", and the lines of a footnote's text below its first. A fenced block's lines are one
    paragraph's, whatever they hold (`!!! note` in a fence opened no admonition for the code below it: a review of
    valid pages)."""
    lines = body.split("\n")
    first, counted = 0, 0  # the line of `counted`: line breaks are counted once (each from the top: 10 s for 400 KB)
    for start, end in fenced_blocks(body):
        first += body.count("\n", counted, start)
        counted = start
        fence = lines[first]
        paragraph = fence[: len(fence) - len(fence.lstrip(" \t"))] + "x"
        for index in range(first, first + body.count("\n", start, end) + 1):
            lines[index] = paragraph
    code: set[int] = set()
    blocks: list[int] = []  # how far in the text of each open block starts
    notes: list[int] = []  # how far in the text of each open footnote starts
    empty, opener, block = True, False, False  # what the line before was
    ended = False  # the line before was a heading or a rule, which ends a paragraph as an empty line does
    listed = False  # whether the paragraph the line is in started with a list's entry
    for number, line in enumerate(lines):
        text = line.lstrip(" \t")
        if not text:
            empty = True
            continue
        indent = _indent(line)
        if empty:
            while blocks and indent < blocks[-1]:
                blocks.pop()
        while notes and indent < notes[-1]:  # (a footnote's text ends at a line less indented: a final review)
            notes.pop()
        quoted = (
            not certain
            and text.startswith(">")
            and _QUOTED_CODE.match(text) is not None
            and (empty or number - 1 in code or not lines[number - 1].lstrip(" \t>"))
        )  # (after an empty line of the quote: else more of a list's entry in it, a final review)
        deeper = indent - (blocks[-1] if blocks else 0) >= 4
        if quoted or (notes and not certain) or (deeper and (empty or block or ended or number - 1 in code)):
            code.add(number)
            empty = opener = block = ended = False
            continue
        container = _CONTAINER.match(text) is not None
        opens = (
            container
            and (
                empty
                or (opener and (block or not text.startswith(_BLOCKS)))
                or (certain and (text.startswith(_MIDWAY) or listed))
            )
        ) or _DEFINITION_OPENS.match(text) is not None  # (a definition's next paragraph is no code: a review)
        # (`certain`: python-markdown opens an admonition, a tab or a footnote on any line of a paragraph, and a list's
        # entry on any line of a list's first paragraph, `- a` / `  more` / `    - b`: the code after it, taken for
        # code, was a real link left unchecked, a review)
        listed = (listed and not empty) or (opens and container and not text.startswith(_MIDWAY))
        if opens:
            while blocks and indent < blocks[-1]:
                blocks.pop()
            blocks.append(indent - indent % 4 + 4)  # (` - a`: its text is four in, as python-markdown reads it)
            if text.startswith("[^"):
                notes.append(indent + 1)
        underline = not empty and _UNDERLINE.match(text) is not None  # (a line of "=" after an empty line is text)
        empty, opener, block = False, opens, opens and text.startswith(_BLOCKS)
        ended = not opens and (underline or _HEADING_OR_RULE.match(text) is not None)
    return frozenset(code)


_HEADING_OR_RULE = lazy_pattern(r"#|([-*_])[ \t]*(?:\1[ \t]*){2,}$")
_UNDERLINE = lazy_pattern(r"(?:=+|-+)[ \t]*$")
"""A heading (`## Notes`, or a line of "=" or "-" under a line of text) or a rule (three of one mark): the line
under it starts a block of its own, indented code four spaces in (a differential fuzz: `## Sub` over `    [b](x.md)`
was told the link led nowhere; `==` after an empty line is text, a review)."""


def read_as_links(body: str, links: tuple[Link, ...], first_line: int = 1) -> tuple[Link, ...]:
    """`links` (of `body`, whose first line is the file's `first_line`) but those the page shows as typed, as it does
    a fenced block's: on a line of an indented code block (`    [x](y.md)` after an empty line), or written in Markdown
    in a raw HTML block (`<pre>` / `[x](y.md)` / `</pre>`), which python-markdown passes through as written: no link,
    so nothing to check, and no file it leads to (a false-positive review: a staff guide showing how to write a link
    was told the link leads nowhere). Only lines certainly code (not a quote's or a footnote's, see _indented_code);
    an HTML link in a raw HTML block is real, indented or not."""
    indented = any(_indented_as_code(body, link.start) for link in links)
    code = indented_code_lines(body) if indented else frozenset()  # (most bodies: no link indented as far as code is)
    raw = raw_lines(body) if "<" in body and not all(link.html for link in links) else frozenset()
    if not code and not raw:
        return links
    return tuple(
        link
        for link in links
        if link.line - first_line not in code and (link.html or link.line - first_line not in raw)
    )


def indented_code_lines(body: str) -> frozenset[int]:
    """The lines (from 0) of the body's indented code blocks that the page certainly shows as typed (see
    _indented_code), but those in a raw HTML block, which python-markdown passes through as written."""
    code = _indented_code(body, certain=True)
    return code - raw_lines(body) if code else code


def _indented_as_code(body: str, at: int) -> bool:
    """Whether the line of `body` holding `at` is indented four spaces or more (a tab is four)."""
    start = body.rfind("\n", 0, at) + 1
    return _indent(body[start : start + 4]) >= 4


_QUOTED_CODE = lazy_pattern(r"(?:>[ ]?)+(?: {4}|\t)")
"""A quote's line of code: four spaces after its ">" (and the one space that goes with it)."""


def titled_wrongly(body: str) -> list[tuple[int, str, str]]:
    """(line from 0, address, what follows it) for each link or picture, outside code and comments, with a title after
    its address that is not in straight quotes, opened and closed (`"Swim club` left open, `“Swim club”`):
    python-markdown reads it as more of the address, and the page shows the link's text alone, or no picture, while
    the check read the address up to the space (a careless contributor's review)."""
    if "](" not in body or not any(quote in body for quote in _OPENING_QUOTES) or not _AFTER_AN_ADDRESS.search(body):
        return []  # most bodies: found by str's own search, as fast as a body is read
    hidden = hidden_ranges(body)
    found = []
    for line, match in with_lines(body, _TITLED):
        rest = match["rest"].rstrip()
        titled = (
            len(rest) > 1 and rest[0] in "\"'" and (rest[-1] == rest[0] or _closed_title(body, match.start("rest")))
        )
        # (words after it are a name with spaces, said where the address is read: see link_checks)
        if rest[:1] in _OPENING_QUOTES and not titled and not inside(hidden, match.start()):
            found.append((line, match["address"], rest))
    return found


def _closed_title(body: str, start: int) -> bool:
    """Whether the title in straight quotes at `start` is closed on its line before the link's ")", with a ")" in it
    (`"Plan (2026)"`, read to its first ")" and told not closed: a false-positive review)."""
    end = body.find(body[start], start + 1)
    line_end = body.find("\n", start)
    return end != -1 and (line_end == -1 or end < line_end) and _LINK_END.match(body, end + 1) is not None


_LINK_END = lazy_pattern(r"[ \t]*\)")
_OPENING_QUOTES = ('"', "'", "\u201c", "\u201d", "\u2018", "\u2019")
"""How a title starts: straight quotes, or a word processor's curly ones."""
_AFTER_AN_ADDRESS = lazy_pattern(r"\]\([^\s()<>]+[ \t]+[\"'\u201c\u201d\u2018\u2019]")
_TITLED = lazy_pattern(r"\]\((?P<address>[^\s()<>]+)[ \t]+(?P<rest>[^)\n]*)\)")
"""A link's address and what follows it before its ")"."""


def opening_bracket(body: str, close: int) -> int | None:
    """The "[" that balances the "]" at `close`, within the paragraph."""
    start = body.rfind("[", 0, close)
    if start != -1:  # most links: no other bracket, no backslash, no line break in their text
        text = body[max(start - 1, 0) : close]
        if "]" not in text and "\\" not in text and "\n" not in text:
            return start
    depth = 0
    index = close - 1
    while index >= 0:
        char = body[index]
        if char == "\n" and not body[body.rfind("\n", 0, index) + 1 : index].strip():
            return None  # a blank line: the paragraph starts after it
        if char in "[]" and not escaped(body, index):
            if char == "]":
                depth += 1
            elif depth == 0:
                return index
            else:
                depth -= 1
        index -= 1
    return None


def escaped(body: str, index: int) -> bool:
    """Whether the character at `index` is escaped by a backslash (an odd number of them before it)."""
    backslashes = 0
    while index - backslashes - 1 >= 0 and body[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def label_key(label: str) -> str:
    """A reference's label as python-markdown matches labels: spaces collapsed, case ignored."""
    return " ".join(label.split()).casefold()


_IMAGE_REFERENCE = lazy_pattern(r"(?<!\\)!\[(?P<text>[^\[\]\n]*)\](?:[ ]?\[(?P<label>[^\[\]\n]*)\])?")
"""An image by reference: `![alt][label]`, `![label][]`, `![label]`."""


def _image_labels(body: str) -> set[str]:
    """The labels images refer to (whose definitions' URLs the browser loads)."""
    return {label_key(match["label"] or match["text"]) for match in _IMAGE_REFERENCE.finditer(body)}


def _inline_target(body: str, index: int) -> tuple[int, int] | None:
    """The span of the destination of an inline link whose "](" ends at `index`, as python-markdown reads it:
    `<...>`, or text up to a space or the ")" that balances the "(" (parentheses may nest); None for a link whose "("
    is not balanced before its block ends, which Markdown shows as typed (see `closed`)."""
    opening, length = index - 1, len(body)
    while index < length and body[index] in " \t":
        index += 1
    if index < length and body[index] == "<":
        end = body.find(">", index)
        newline = body.find("\n", index)
        angled = end != -1 and (newline == -1 or end < newline) and _AFTER_ANGLES.match(body, end + 1) is not None
        return (index + 1, end) if angled else None
    stop = _DESTINATION_STOP.search(body, index)  # most destinations: no parenthesis, no backslash before it
    end = stop.start() if stop else length
    if end < length and body[end] == ")":
        return (index, end) if end > index else None
    span: tuple[int, int] | None
    if end < length and body[end] in " \t" and end > index and (words := _SPACED_REST.match(body, end)):
        span = (index, words.end(1))  # (python-markdown reads a destination of several words, without a title)
    elif end == length or body[end] in " \t\n":
        span = (index, end) if end > index else None
    else:
        span = _destination(body, index, end)
    if span is None or (span[1] < length and body[span[1]] == ")"):
        return span
    return span if closed(body, opening) else None


def closed(body: str, opening: int) -> bool:
    """Whether the "(" at `opening`, after a link's "]", is balanced by a ")" before its block ends: python-markdown
    reads a link's address and title across its paragraph's lines, its parentheses balanced, and shows
    `[Agreement](agreement.pdf` and `[a](b.pdf and (c)` as typed. A block ends at a blank line, a line starting a
    list's entry, a heading or a quote, and in a table's row at a "|"; a ")" in code is none, nor a "(", ")" or "|"
    in a title in quotes."""
    simple = _SIMPLE_CLOSE.match(body, opening + 1)  # most links: a ")" with nothing that matters before it
    if simple is not None:
        return True
    lead = body[body.rfind("\n", 0, opening) + 1 : opening].lstrip()
    row, quoted, listed = lead.startswith("|"), lead.startswith(">"), _LIST_ENTRY.match(lead) is not None
    depth, index, length = 0, opening, len(body)
    while index < length:
        char = body[index]
        if char == "\\":
            index += 1
        elif char == "`":
            span = _CODE_SPAN.match(body, index)
            index = span.end() - 1 if span else index
        elif char in "\"'" and body[index - 1] in " \t\n>":  # a title: its "(" and "|" are its text (a review)
            end = body.find(char, index + 1)
            index = end if end != -1 and not _BLANK_LINE.search(body, index, end) else index
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return True
        elif (char == "|" and row) or (char == "\n" and _ends_block(body, index + 1, quoted, listed)):
            return False
        index += 1
    return False


def _ends_block(body: str, start: int, quoted: bool, listed: bool) -> bool:
    """Whether the line at `start` ends the block of a link on a line of a quote (`quoted`), of a list's entry
    (`listed`), or of a paragraph: a blank line, or a heading, ends any; a quote's next line (`> ...`) goes on with
    a quote, and ends a paragraph; a list's next entry ends an entry, and goes on with a paragraph, as python-markdown
    reads them (a false-positive review: a title on a quote's next line)."""
    line = body[start : body.find("\n", start) % (len(body) + 1)].lstrip(" \t")
    if quoted and line.startswith(">"):
        line = line[1:].lstrip(" \t")
        return not line or _HEADING.match(line) is not None
    return (
        not line
        or _HEADING.match(line) is not None
        or line.startswith(">")
        or (listed and _LIST_ENTRY.match(line) is not None)
    )


_SIMPLE_CLOSE = lazy_pattern(r"[^()\n|`\\]*\)")
_LIST_ENTRY = lazy_pattern(r"(?:[-*+]|\d+[.)])[ \t]")
_HEADING = lazy_pattern(r"#{1,6}(?:[ \t]|$)")
_BLANK_LINE = lazy_pattern(r"\n[ \t>]*\n")


def _destination(body: str, start: int, index: int) -> tuple[int, int] | None:
    """The span of an inline link's destination that starts at `start`, read one character at a time from `index`
    (the characters before it hold no space, parenthesis or backslash)."""
    length, depth = len(body), 0
    while index < length:
        char = body[index]
        if char == "\\" and index + 1 < length:
            index += 2
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                break
            depth -= 1
        elif char in " \t\n":
            break
        index += 1
    return (start, index) if index > start else None


def hidden_ranges(body: str, across_lines: bool = False) -> list[tuple[int, int]]:
    """Spans of the body that hold no links: fenced code blocks, code spans (`across_lines` of a paragraph, as
    python-markdown reads them, or on one line) and HTML comments, sorted."""
    ranges = fenced_blocks(body)
    if "`" in body:  # (code spans do not overlap: only the fences, sorted once, may hold one; a hostile review)
        fences = sorted(ranges)
        spans = _code_spans_across_lines(body) if across_lines else (m.span() for m in _CODE_SPAN.finditer(body))
        ranges.extend(span for span in spans if not inside(fences, span[0]))
    ranges.extend(comment_spans(body))
    return sorted(ranges)


def fenced_blocks(body: str) -> list[tuple[int, int]]:
    """Spans of the body's fenced code blocks, from a fence's line to the end of the one that closes it, sorted."""
    ranges: list[tuple[int, int]] = []
    if ("`" in body or "~" in body) and ("```" in body or "~~~" in body):  # (see scan_links)
        opening: re.Match[str] | None = None
        for fence in _FENCE.finditer(body):
            if opening is None:
                opening = fence
            elif closes_fence(fence[1], opening[1]):
                ranges.append((opening.start(), body.find("\n", fence.end()) % (len(body) + 1)))
                opening = None
    return ranges  # (a fence never closed is none: python-markdown shows it, and what follows, as text)


def comment_spans(body: str) -> list[tuple[int, int]]:
    """Spans of the body's closed HTML comments, from each "<!--" to the first "-->" after it, code or not (an
    unclosed one is not trusted to hide anything: Markdown may not read it as one). Found by a walk through the text,
    as `<!--.*?-->` went to the end of it from each of 60,000 unclosed ones (36 s: a hostile review)."""
    spans: list[tuple[int, int]] = []
    start = body.find("<!--")
    while start >= 0:
        end = body.find("-->", start + 4)
        if end < 0:
            break
        spans.append((start, end + 3))
        start = body.find("<!--", end + 3)
    return spans


def without_comments(text: str) -> str:
    """Text without its closed HTML comments (comment_spans)."""
    kept, last = [], 0
    for start, end in comment_spans(text):
        kept.append(text[last:start])
        last = end
    return "".join(kept) + text[last:]


def inside(ranges: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of the sorted `ranges`."""
    if not ranges:  # most bodies: no code, no comment
        return False
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return any(start <= position < end for start, end in ranges[max(index - 2, 0) : index + 1])


def resolve(src_uri: str, target: str) -> str | None:
    """The path under evidence/ that a Markdown link `target`, written in the page at `src_uri`, leads to; None
    for links that leave the site (a scheme, an absolute path) or climb out of evidence/."""
    path = unquote(target.split("#", 1)[0].split("?", 1)[0])
    if not path or ":" in path.split("/", 1)[0] or path.startswith(("/", "\\")):
        return None
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(src_uri), path))
    return None if resolved == ".." or resolved.startswith("../") else resolved


def from_the_docs(target: str) -> str | None:
    """The path under evidence/ that a Markdown link from the top (`/partnerships/x.md`; not `//host/x`) leads to
    where mkdocs.yml's validation says `absolute_links: relative_to_docs`, as MkDocs reads it: decoded, its slashes
    at the start dropped, then its dot segments resolved (so `/../x.md` climbs out, to `../x.md`, as MkDocs leaves
    it: a hostile review); "" for the top itself (no page), a path ending in "/" for a folder-like one; None for any
    other link."""
    if not target.startswith("/") or target.startswith("//"):
        return None
    path = unquote(target.split("#", 1)[0].split("?", 1)[0]).lstrip("/")
    if not path:
        return ""
    return posixpath.normpath(path) + ("/" if path.endswith("/") else "")


def rebase(body: str, links: tuple[Link, ...], from_uri: str, to_uri: str) -> str:
    """The body of the page at `from_uri` with its Markdown links rewritten to work from the page at `to_uri`."""
    base = posixpath.dirname(to_uri) or "."
    return rewrite(body, links, from_uri, lambda path, rest: quote(posixpath.relpath(path, base)) + rest)


def rebase_html(body: str, links: tuple[Link, ...], written_at: str, built_at: str, pages: Mapping[str, str]) -> str:
    """The body with the relative URLs of its raw HTML, which lead from the page's address on the site
    (`written_at`, as its authors wrote them for), made to lead to the same files from `built_at`, the page's
    address in a build with other addresses (a copy for disk, where `x/` is `x.html`). Each is prefixed with the way
    from the one folder to the other and otherwise left as written, so that a browser reads it, character
    references, empty segments, queries and all, exactly as on the site; but a URL written plainly (_PLAIN_URL) that
    leads to the address on the site of a page of `pages` (the site's address, unquoted -> its address in this
    build) leads to that page's address here, its query and fragment as written. Markdown links, which MkDocs
    resolves from the file, stay as written; so do URLs that do not lead from the page's folder (a full address, one
    from the site's root, one to the page itself: a query or a fragment), as a browser reads them."""
    written, built = posixpath.dirname(written_at), posixpath.dirname(built_at)
    if written == built:
        return body
    way = posixpath.relpath(written or ".", built or ".") + "/"
    out, position = [], 0
    for link in links:
        read = as_browsers_read(unescape(link.target))
        if not link.html or not read or read.startswith(("/", "\\", "#", "?")) or URL_SCHEME.match(read):
            continue
        raw = body[link.start : link.end]
        address = _site_address(written, raw) if _PLAIN_URL.fullmatch(raw) else None
        page = pages.get(address) if address is not None else None
        if page is not None:  # a page's address of its own here (x.html), which the prefix would not give
            rebased = relative_url(page, built_at) + raw[len(re.split(r"[?#]", raw, maxsplit=1)[0]) :]
        else:
            rebased = way + raw
        out += [body[position : link.start], rebased]
        position = link.end
    return "".join(out) + body[position:]


_PLAIN_URL = lazy_pattern(r"(?:[A-Za-z0-9._~%/?#=+,;:@!$()*-]|[^\x00-\x7f\s])+")
"""A URL written plainly: no character reference, space, quote, angle bracket, backtick, pipe or backslash; letters
of other alphabets are plain (`#tag:santé`: an outside review found such a link to a page lost in the copy). Only
such a URL is taken for a page's address and given the page's address in a copy (its path replaced, its query and
fragment kept as written), so that what surrounds it reads alike to Markdown and to the browser as on the site; any
other is prefixed, as written."""


def _site_address(folder: str, url: str) -> str | None:
    """The address on the site (unquoted; a folder's page as "x/") that a relative URL leads to from a page in
    `folder`; None when it climbs above the site, which the site's seal reduces."""
    parts = urlsplit(url)
    path = unquote(parts.path)
    if parts.scheme or parts.netloc or not path:
        return None
    address = posixpath.normpath(posixpath.join(folder or ".", path))
    if address == ".." or address.startswith("../"):
        return None
    address = "" if address == "." else address + ("/" if path.endswith("/") else "")
    return address.removesuffix("index.html") if address == "index.html" or address.endswith("/index.html") else address


def rewrite(body: str, links: tuple[Link, ...], from_uri: str, target: Callable[[str, str], str | None]) -> str:
    """The body of the page at `from_uri` with each Markdown link that leads to a path under evidence/ rewritten to
    `target(path, rest)`, where `rest` is what the link writes after the path (`?tag=x#top`, `#top`, or nothing):
    left as written where that is None."""
    out, position = [], 0
    for link in links:
        path = None if link.html else resolve(from_uri, link.target)
        written = (
            None if path is None else target(path, link.target[len(link.target.split("#", 1)[0].split("?", 1)[0]) :])
        )
        if written is None:
            continue
        out += [body[position : link.start], written]
        position = link.end
    return "".join(out) + body[position:]
