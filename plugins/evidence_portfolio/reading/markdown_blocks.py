"""Markdown blocks that python-markdown does not show as their author, looking at GitHub's preview, meant. Lists: a
list written straight under a line of text, with no blank line between them (one paragraph, dashes and all); an
entry indented fewer than four spaces under another (an entry of the same list, not one inside it); and lines marked
as a word processor marks a list's entries, with bullets or with numbers and ")" (one paragraph, marks and all); a
numbered list starting at a number other than 1 (numbered from 1 on the site: `2026. A great year` shows "1."); a
bulleted list right below a numbered one, or the other way round (one list on the site).
Headings: a line starting with "#" and no space (`#NHS75`, a heading on the site, text in the preview); and a heading
of the first level below an item's first line (which the theme shows in place of the item's title). Raw HTML:
Markdown after an empty line inside a block of HTML (shown as typed on the site, read as Markdown in the preview)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ..model.lazy_patterns import lazy_pattern
from ..model.problems import shortened
from .line_numbers import with_lines
from .raw_html import raw_text_holders
from .shown_lines import ShownLines


def _placed_lines(body: str) -> Iterator[tuple[int, int, str]]:
    """Each line of `body`, with its number (from 0) and where it starts in it, counted as the walk goes (each
    counted from the top took 92 s for 30,000 runs of a list: a hostile review)."""
    offset = 0
    for number, line in enumerate(body.split("\n")):
        yield number, offset, line
        offset += len(line) + 1


@functools.lru_cache(maxsize=8)
def _may_hold(pattern: re.Pattern[str], body: str) -> bool:
    """Whether a line of `body` may start as `pattern`, written after a line break, says: most bodies hold none, and
    are looked at no more. A search from each line break, which re finds at once, where "^" in MULTILINE mode is
    tried at every character (ten times as long: the checks of lists and headings cost a first check 0.2 s at
    1,600 items, each body searched five times so). Remembered for the last few (the checks of a body ask it of the
    same patterns: a body's hash is kept with it, and it is looked up at once)."""
    return pattern.search("\n" + body) is not None


_MARK = r"(?:[-*+]|\d{1,9}\.)"
"""A list entry's mark as python-markdown reads one: `-`, `*`, `+` or a number and a dot (`1.`)."""
_ENTRY = _MARK + r"[ \t]+\S"
_LIST_ENTRY = lazy_pattern(_ENTRY)
"""The start of a list's entry, at the margin: its mark, then a space and its text."""
_NOT_TEXT = lazy_pattern(
    r"[ \t]|#|<|\||>|!!!|\?\?\?|===[ \t]|:|\[[^\]\n]+\]:|\*\[|```|~~~|///|[-*_=]{3,}[ \t]*$|[-=]+[ \t]*$"
)
"""The start of a line that is not a paragraph's plain text at the margin: indented, a heading, HTML, a table's row,
a quote, an admonition or a tab, a block of pymdownx.blocks (`/// note`, whose list below is one), a definition, a
reference's or a footnote's definition, an abbreviation, a fence, a rule or a heading's underline (`--` too)
(python-markdown ends the paragraph at a reference's definition: the list below is one)."""
_RULE = lazy_pattern(r" {0,3}(?:(?:-[ ]{0,2}){3,}|(?:\*[ ]{0,2}){3,}|(?:_[ ]{0,2}){3,})[ \t]*$")
"""A rule (`---`, `- - -`, `* * *`), as python-markdown reads one, which it shows wherever the line is."""
_MAY_FOLLOW_TEXT = lazy_pattern(r"\n(?!" + _MARK + r"[ \t])\S[^\n]*\n" + _ENTRY)
"""A list's entry at the margin right below a line at the margin: most bodies have none, and are looked at no more."""


def lists_after_text(body: str) -> list[int]:
    """The lines (from 0) of the first entries of lists written straight under a paragraph of text, with no blank line
    between them (`We agreed:` over `- a joint bid`), outside code, comments and raw HTML: python-markdown reads them as
    more lines of that paragraph, and the page shows one paragraph, dashes and all, where GitHub's preview shows a list
    (a careless contributor's review). A paragraph that is itself a list's entry, or holds a line of any other block, is
    left alone; so is a rule (`- - -`, which python-markdown shows as one) and a line numbered other than 1 (`2019.
    Since then`, more of the paragraph in GitHub's preview too). One walk through the lines: the paragraph above was
    looked at again for each line, and each line's place counted from the top (32 s for 75,000 entries: a review of
    false warnings)."""
    if not _may_hold(_MAY_FOLLOW_TEXT, body):
        return []
    found: list[int] = []
    shown = ShownLines(body)
    fresh = True  # the line starts a paragraph
    plain = False  # the paragraph the line above belongs to is plain text alone
    piped = False  # a line of it holds a "|" (a table's row, written without its outer "|")
    open_link = False  # the line above leaves a link's "](" open
    for number, at, line in _placed_lines(body):
        if not line.strip():
            fresh, plain, piped, open_link = True, False, False, False
            continue
        entry = _LIST_ENTRY.match(line) is not None and _RULE.match(line) is None
        if entry and not fresh and line[0] not in "-*+" and int(line[: line.index(".")]) != 1:
            entry = False  # (GitHub's preview starts no list under text with a number other than 1 either)
        if entry and piped and "|" in line:
            entry = False  # a table's row whose first cell is "-" (`- | 200`), in a table without its outer "|"
        if entry and open_link:
            entry = False  # the title of a link the line above leaves open: `[a link](x.md` over `- 'its title')`
        piped = piped or ("|" in line and not entry)
        at_link = line.rfind("](")
        open_link = at_link >= 0 and ")" not in line[at_link:]
        if entry and plain:
            if shown(number, at):
                found.append(number)
            plain = False  # the list's entries below are the list's own
        else:
            plain = (fresh or plain) and not entry and _NOT_TEXT.match(line) is None and _RULE.match(line) is None
        fresh = False
    return found


_SHORT_INDENT = lazy_pattern(r"\n {1,3}" + _ENTRY)
"""An entry of a list indented one to three spaces: most bodies have none, and are looked at no more."""


def entries_indented_short(body: str) -> list[tuple[int, int, int]]:
    """The lines (from 0) of list entries indented under the entry above by fewer spaces than python-markdown needs
    to put an entry inside another (`- a` over `  - b`, as GitHub's preview nests it), with how far it and the
    entry above are indented: python-markdown nests an entry four spaces (or a tab) in, and shows one indented less
    as the next entry of the same list (a careless contributor's review), whose entries inside it are four spaces in
    too. Lists at the margin only (one in an admonition or in indented code is read otherwise), outside fenced code
    and comments. An entry indented less than the text of the entry above it starts (`- a` over ` - b`, `1. a` over
    `  - b`) is left alone: GitHub's preview does not nest it either (a review of false warnings). One walk through
    the lines, each line's place counted as it goes (61 s for 60,000 entries, counted from the top each time)."""
    if not _may_hold(_SHORT_INDENT, body):
        return []
    found: list[tuple[int, int, int]] = []
    shown = ShownLines(body)
    above: int | None = None  # how far the entry on the last line written is indented (None: no entry)
    columns: list[int] = []  # where the text of the entries GitHub's preview would put this one in starts
    for number, at, line in _placed_lines(body):
        if not line.strip():
            continue
        text = line.lstrip(" ")
        indent = len(line) - len(text)
        entry = _LIST_ENTRY.match(text)
        if entry is None or indent >= 4:
            above, columns = None, []
            continue
        while columns and indent < columns[-1]:
            columns.pop()  # (GitHub's preview nests an entry only as far in as the text of the entry above it)
        if above is not None and above < indent and columns and shown(number, at):
            found.append((number, indent, above))
        marker = 1 if text[0] in "-*+" else text.index(".") + 1
        spaces = len(text[marker:]) - len(text[marker:].lstrip(" \t"))
        columns.append(indent + marker + (spaces if spaces <= 4 else 1))
        above = indent
    return found


_UNBROKEN = "\u00a0\u2007\u202f"
"""The spaces that do not break, which python-markdown does not read as spaces (Word's, pasted)."""
_OWN_MARK = r"(?:[-*+]|\d{1,3}\.)"
"""A list's own mark, as _WORD_MARK takes it beside a space that does not break (not a year's: `2019.`, which
lists_numbered_from tells)."""
_WORD_MARK = lazy_pattern(
    r" {0,3}(?:(?P<mark>[\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u25a0]|o(?=\t)|\d{1,3}\)|"
    + f"[{_UNBROKEN}]+{_OWN_MARK})[ \\t{_UNBROKEN}]+\\S|(?P<after>{_OWN_MARK}[{_UNBROKEN}])[ \\t{_UNBROKEN}]*\\S)"
)
"""A list's entry as a word processor marks it: a bullet (`•`, `◦`, `▪`, `‣`, `·`, `●`, `■`; Outlook's `o` and a
tab for an entry inside another) or a number and ")" (`1)`), which python-markdown does not read as a list; and a
list's own mark with a space that does not break before it, after it or both (`1.` and Word's space, pasted: a
review of valid portfolios, and a review of that), which python-markdown reads as text."""
_MARK_STARTS = frozenset(" o0123456789-*+\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u25a0" + _UNBROKEN)
"""The first characters of the lines _WORD_MARK may match: a line starting otherwise is not matched at all."""
_MAY_HOLD_MARKS = lazy_pattern(
    r"\n {0,3}(?:[\u2022\u25e6\u25aa\u2023\u00b7\u25cf\u25a0]|o\t|\d{1,3}\)"
    + f"|[{_UNBROKEN}]|{_OWN_MARK}[{_UNBROKEN}])"
)


def lists_marked_otherwise(body: str, numbered_with_brackets: bool = False) -> list[tuple[int, str]]:
    """The first lines (from 0) of runs of two lines or more, one under the other, each marked as a word processor marks
    a list's entry (`•<tab>New joint bid`, pasted from Word or Outlook; `1) Shared targets`), with the mark of the
    first: python-markdown reads no list there, and the page runs the lines together into one paragraph, marks and all
    (a careless contributor's review). Outside code, comments and raw HTML. `numbered_with_brackets`: the site reads
    `1)` as a list's number (pymdownx.fancylists does), and such lines are left alone (a review of false warnings). One
    walk through the lines, each line's place counted as it goes (92 s for 30,000 runs, counted from the top each
    time)."""
    if not _may_hold(_MAY_HOLD_MARKS, body):
        return []
    found: list[tuple[int, str]] = []
    shown = ShownLines(body)
    run: tuple[int, int, str] | None = None  # the line, place and mark of the first of the run above, not yet told
    marked = False  # the line above is marked
    for number, at, line in _placed_lines(body):
        matched = _WORD_MARK.match(line) if line[:1] in _MARK_STARTS else None
        mark = (matched["mark"] or matched["after"]) if matched else None
        if mark is not None and numbered_with_brackets and mark.endswith(")"):
            mark = None
        if mark is None:
            marked = False
            continue
        if not marked:
            run = (number, at, mark)
        elif run is not None:
            if shown(run[0], run[1]):
                found.append((run[0], run[2]))
            run = None  # more of a run told at its first line
        marked = True
    return found


_NUMBERED = lazy_pattern(r"(\d{1,9})\.[ \t]+\S")
"""A numbered list's entry at the margin, with its number."""
_MAY_NUMBER = lazy_pattern(r"\n\d{1,9}\.[ \t]+\S")
_DEFINED = lazy_pattern(r"\*?\[[^\]\n]+\]:")
"""A reference's, a footnote's or an abbreviation's definition at the margin (`[minutes]: x.pdf`, `*[NHS]: ...`)."""


def lists_numbered_from(body: str) -> list[tuple[int, str]]:
    """The lines (from 0) of numbered lists' first entries whose number is not 1, with that number: python-markdown
    numbers every list from 1 (`2026. A great year for us.` shows "1. A great year for us.", the year gone; a list
    carried on below a photo as "3." starts again at 1), where GitHub's preview shows the number written (a careless
    contributor's review). A line that goes on with a list above (its entries, or their indented text, above it
    with empty lines between) is no first entry. At the margin, outside code, comments and raw HTML."""
    if not _may_hold(_MAY_NUMBER, body):
        return []
    shown, found = ShownLines(body), []
    listed = False  # the block above is a list's: its entries, their indented text, or lines straight under them
    fresh = True  # the line is the body's first, or under an empty line
    for number, at, line in _placed_lines(body):
        if not line.strip():
            fresh = True
            continue
        entry = _NUMBERED.match(line)
        if entry and fresh and not listed and int(entry[1]) != 1 and shown(number, at):
            found.append((number, entry[1]))
        if _LIST_ENTRY.match(line) is not None or line[:1] in " \t":
            listed = True
        elif fresh and _DEFINED.match(line) is None:
            listed = False
        # (a line straight under an entry, `1. a` over `wraps here`, is more of its text; a reference's, footnote's
        # or abbreviation's definition is shown nowhere: python-markdown goes on with the list above below either,
        # both told as starting a list: a review of false warnings)
        fresh = False
    return found


_BULLETED = lazy_pattern(r"[-*+][ \t]+\S")
_MAY_BULLET = lazy_pattern(r"\n[-*+][ \t]+\S")


def lists_joined(body: str) -> list[tuple[int, str]]:
    """The lines (from 0) of lists' first entries that python-markdown reads as more of a list of the other kind just
    above (a bulleted list below a numbered one, or a numbered one below a bulleted one, with only empty lines
    between), with the kind of that list ("numbered" or "bulleted"): the site shows one list, the second's entries
    numbered on as the first's, or bulleted, where GitHub's preview shows two (a review of valid pages: notes under
    the steps of a plan became steps 3 and 4). At the margin, outside code, comments and raw HTML. sane_lists and
    pymdownx.fancylists keep them apart: not looked for where either is on."""
    if not _may_hold(_MAY_NUMBER, body) or not _may_hold(_MAY_BULLET, body):
        return []  # (most bodies hold no numbered list: told once for lists_numbered_from and this, _may_hold)
    shown, found = ShownLines(body), []
    kind: str | None = None  # of the list the line may carry on: the first's, whatever marks its entries carry on
    told = False  # whether the entries of the other kind carrying it on have been told
    fresh = True  # the line is the body's first, or under an empty line
    for number, at, line in _placed_lines(body):
        if not line.strip():
            fresh = True
            continue
        entry = "numbered" if _NUMBERED.match(line) else "bulleted" if _BULLETED.match(line) else None
        if entry is not None and _RULE.match(line) is None and shown(number, at):
            if kind is None:
                kind = entry if fresh else None  # (straight under a line of text, more of its paragraph: no list)
            elif entry != kind and not told:
                found.append((number, kind))
                told = True
        elif (
            line[:1] not in " \t"
            and (fresh or _NOT_TEXT.match(line) or not shown(number, at))
            and _DEFINED.match(line) is None  # (a reference's definition, shown nowhere, is no text between: a review)
        ):
            kind, told = None, False  # (a line straight under an entry, at the margin, is more of its text)
        fresh = False
    return found


_HASHED = lazy_pattern(r"^#(?=[^\s#]).*$", re.MULTILINE)
_MAY_HASH = lazy_pattern(r"\n#[^\s#]")
"""A line starting with one "#" and no space after it (`#NHS75 celebrations`), which python-markdown reads as a
heading: a hashtag, most often (`##Results` is a heading meant, as the site shows it)."""


def hashes_without_space(body: str, fancy_lists: bool = False) -> list[tuple[int, str]]:
    """The lines (from 0) that start with one "#" and no space after it, with their text: python-markdown makes a
    heading of each (`#NHS75 celebrations`, `#1 in the county`), where GitHub's preview, which needs the space,
    shows the line as written (a careless contributor's review: hashtags pasted from social media
    became the page's largest headings). Outside code, comments and raw HTML; not a table's row, nor, with
    `fancy_lists` (pymdownx.fancylists), a list's entry numbered "#."."""
    if "#" not in body or not _may_hold(_MAY_HASH, body):
        return []
    shown = ShownLines(body)
    return [
        (line, match[0])
        for line, match in with_lines(body, _HASHED)
        if "|" not in match[0]  # (a table's row, `#1 | Ward 3`, in a table without its outer "|": a review)
        and not (fancy_lists and match[0].startswith(("#. ", "#.\t")))  # (pymdownx.fancylists' numbered entry)
        and shown(line, match.start())
    ]


_BOLD_HASHES = lazy_pattern(r"^(?:\*{1,3}|_{1,3})#{2,6}[ \t]+\S", re.MULTILINE)
_MAY_BE_BOLD_HASHES = lazy_pattern(r"\n(?:\*{1,3}|_{1,3})##")
"""A line at the margin starting with bold or italic marks and then a heading's hashes (`**## What we found**`):
two at least, as a heading of the text is written (`**# of sessions: 40**` is a count in bold)."""


def headings_in_bold(body: str) -> list[tuple[int, str, str]]:
    """The lines (from 0) of headings written inside bold or italics, as a heading copied from a formatted document
    is (`**## What we found**`, `__## Do__`), with the line and the heading's words: the site, and GitHub's preview,
    show a line of bold text starting "## ", no heading (a staff walkthrough). Outside code, comments and raw HTML;
    the marks must close the line as they open it."""
    if "#" not in body or not _may_hold(_MAY_BE_BOLD_HASHES, body):
        return []
    shown = ShownLines(body)
    found: list[tuple[int, str, str]] = []
    for line, match in with_lines(body, _BOLD_HASHES):
        end = body.find("\n", match.start())
        written = body[match.start() : end if end >= 0 else None].rstrip()
        mark = written[: len(written) - len(written.lstrip("*_"))]
        inside = written[len(mark) : len(written) - len(mark)]
        if len(written) > 2 * len(mark) and written.endswith(mark[::-1]) and shown(line, match.start()):
            words = inside.lstrip("#").strip().rstrip("#").strip()
            if words and mark[0] not in inside:  # (`**## Results** and **more**`: bold words, then more)
                found.append((line, written, words))
    return found


_FIRST_LEVEL = lazy_pattern(r"^#[ \t]+(\S.*)$|^([^\s=].*)\n=+[ \t]*$", re.MULTILINE)
_MAY_BE_FIRST_LEVEL = lazy_pattern(r"\n#[ \t]+\S|\n[^\s=][^\n]*\n=+[ \t]*(?:\n|$)")
"""A heading of the first level: `# Background` (`#Background` is told as hash-heading), or a line underlined with
"=" (setext). The "#"s closing a heading are taken off its words after: `(\\S.*?)[ \\t#]*$` took 8 minutes on a
line of 300,000 spaces and tabs (a review)."""


def first_level_headings_below(body: str) -> list[tuple[int, str]]:
    """The lines (from 0) of headings of the first level (`# Background`) that are not the first thing an item's text
    shows, with their words: the theme shows an item's title at the top of its page only where the page holds no
    such heading, so that one lower down leaves the page with no title above its first lines (a careless
    contributor's review: staff write `# Background` for a section). One on the first line is the page's title, as
    written. Outside code, comments and raw HTML."""
    searched = "\n" + body
    first_seen = _MAY_BE_FIRST_LEVEL.search(searched)
    if (
        first_seen is None
        or (  # (most items: none, or a title on the first line alone)
            not body[: first_seen.start()].strip() and _MAY_BE_FIRST_LEVEL.search(searched, first_seen.end()) is None
        )
    ):
        return []
    headings = with_lines(body, _FIRST_LEVEL)
    if not headings:
        return []
    shown, first, lines = ShownLines(body), None, body.split("\n")
    for number, at, line in _placed_lines(body):  # the first line shown: not empty, nor a comment
        if line.strip() and _DEFINED.match(line) is None and shown(number, at + len(line) - len(line.lstrip())):
            first = number  # (a reference's, footnote's or abbreviation's definition shows nothing there: a review)
            break
    if any(line == first for line, _ in headings):
        return []  # (the text's own title first: the theme shows no other, and the item's is written there)
    return [
        (line, (match[1].rstrip(" \t#") if match[1] else match[2]).strip())
        for line, match in headings
        if (match[1] or not line or not lines[line - 1].strip())  # (an underline makes a heading of a block's 1st line)
        and shown(line, match.start())
    ]


_WRITTEN_IN_MARKDOWN = lazy_pattern(
    r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+\S"  # a list's entry
    r"|^ {0,3}#{1,6}[ \t]+\S"  # a heading
    r"|\*\*[^\s*][^*\n]{0,200}\*\*|\b__[^\s_][^_\n]{0,200}__\b"  # bold
    r"|!?\[[^\]\n]{1,200}\]\([^)\s]"  # a link, a picture
    r"|`[^`\n]{1,200}`"  # code
)
"""Markdown at a line's start (a list's entry, a heading) or in its text (bold, a link, a picture, code). What lies
between marks is read 200 characters at the most: read to the line's end, a line of 300 KB of "[" and words took
minutes (each "[" read on to the end)."""


_COMMONMARK_BLOCK_TAGS = (
    "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|"
    "dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|"
    "menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|"
    "title|tr|track|ul"
)
_BREAKS_A_PARAGRAPH = lazy_pattern(
    r" {0,3}(?:```|~~~|<(?:!|\?|(?:pre|script|style|textarea)(?:\s|>|$)|/?(?:"
    + _COMMONMARK_BLOCK_TAGS
    + r")(?:\s|/?>|$)))",
    re.IGNORECASE,
)
"""A line that CommonMark reads as the start of a fence or of an HTML block even in a paragraph's midst (a block
tag, a comment, `<pre>`), what follows shown as code or HTML: `Text` / `<p>**Note**</p>` is text and HTML."""
_NUMBERED_NOT_FROM_1 = lazy_pattern(r" {0,3}0*(?:[02-9]|1\d)\d{0,8}[.)]")
"""A numbered entry's mark other than `1.`, which CommonMark reads as text in a paragraph's midst (no list)."""


def markdown_in_raw_html(body: str) -> list[tuple[int, str, tuple[tuple[str, int], ...]]]:
    """(line from 0, its text, the tags around it with their lines) for the first line of Markdown in
    each raw HTML block that python-markdown passes through as typed, Markdown and all, where GitHub's preview reads
    it: after an empty line inside the block (`<details>`, `<summary>More</summary>`, an empty line, `- a joint bid`:
    CommonMark ends the block at the empty line, python-markdown at `</details>`). A careless contributor copies such
    a block from a README, and the page shows its dashes, "**" and links' brackets as typed, without a word. Not in
    `<pre>`, `<script>`, `<style>` or `<textarea>` (as typed in the preview too), nor in `<canvas>`, `<math>` or
    `<option>` (which md_in_html never reads), nor a paragraph starting with a tag (HTML in the preview too) or
    indented four spaces (code there), nor a line from a fence or an HTML block's tag in a paragraph's midst on
    (_BREAKS_A_PARAGRAPH), nor `2.` at the start of a paragraph's later line (text there)."""
    holders = raw_text_holders(body) if "<" in body else {}
    if not holders:
        return []  # most bodies: no raw HTML, or none holding text
    lines = body.split("\n")
    found: list[tuple[int, str, tuple[tuple[str, int], ...]]] = []
    told: set[tuple[str, int]] = set()  # the outermost tags of the blocks told
    last = last_start = -1  # the line looked at last, and its paragraph's first line
    breaks = [at for at, line in enumerate(lines) if _BREAKS_A_PARAGRAPH.match(line)]
    for number, around in sorted(holders.items()):
        outermost = around.outermost
        if outermost in told:
            continue
        start = number  # the first line of the paragraph the line is in, inside the block
        while start - 1 > outermost[1] and lines[start - 1].strip():
            start -= 1
            if start == last:  # (walked back no further than the last line: from each, 16,000 lines took 15 s)
                start = last_start
                break
        last, last_start = number, start
        opening = lines[start]
        if start - 1 <= outermost[1] or len(opening) - len(opening.lstrip(" ")) >= 4 or opening.lstrip(" ")[:1] == "<":
            continue
        if breaks and (after := bisect.bisect_right(breaks, number)) and breaks[after - 1] >= start:
            continue  # code or HTML in the preview too, from that line (`Text` / `<div>` / `**zzq**`)
        text = lines[number]
        numbered = _NUMBERED_NOT_FROM_1.match(text) if number > start else None
        written = _WRITTEN_IN_MARKDOWN.search(text[numbered.end() :] if numbered else text)
        if written:
            found.append((number, shortened(lines[number].strip()), around.tags()))
            told.add(outermost)
    return found
