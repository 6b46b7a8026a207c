"""Every kind of problem the portfolio reports, once: its stable code, severity, whether it is a gap, and the help
that CONTRIBUTING.md's table of messages is generated from.

A *gap* says the portfolio is incomplete (a section needs evidence, an action is overdue), not that a file is
wrong: `--strict` fails on gaps only when asked to (`strict_gaps`). Every other warning is a *mistake*.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .vocabulary import Severity

Group = Literal["item", "portfolio", "framework"]
"""Where the help for a code is listed: problems with a file, gaps of the portfolio, problems in framework.yml."""


@dataclass(frozen=True)
class Code:
    """One kind of problem."""

    id: str
    severity: Severity
    title: str
    """How its message starts, in bold in the table of messages."""
    example: str
    """A real message of this kind, as `PATH:LINE: severity: message`."""
    help: str
    """What it means and how to fix it, for someone who has never heard of YAML."""
    group: Group = "item"
    gap: bool = False


_CODES = (
    # ---------------------------------------------------------------------------------------------- file problems
    Code(
        "yaml-syntax",
        "error",
        "YAML does not parse",
        "evidence/partnerships/review/2026-05-14-forum.md:2: error: YAML does not parse: mapping values are not "
        'allowed in this context; a value holds ": " or ends with ":" (put the whole value in quotes, such as '
        'title: "Minutes: May"), or this line is indented more than the key above it',
        "The front matter is not written in the expected format. The message says what usually causes it: a value "
        "holding a colon and a space (`title: Minutes: May forum`; put the value in double quotes), a line indented "
        'when it should not be, a `[` never closed with `]`, a `"` never closed, or a quote mark inside a value in '
        "the same quote marks (`title: 'It's ours'`: write `title: \"It's ours\"`). A quote left open is named at "
        "the line it opens on, and a key without its colon at its own line; for anything else, the line is where "
        "the problem was found, and sometimes the mistake is on the line before.",
    ),
    Code(
        "section-heading",
        "warning",
        "the heading ... names no section / a second heading for the section",
        'evidence/self-assessments/2026-10-01-partnerships.md:14: warning: the heading "Measurement" names no section '
        'of challenge "partnerships", so the text under it is in no section of the accreditation pack (the page shows '
        "it); write a section's name as the heading (Plan, Do, Measure, Review, Impact), or make it a smaller heading "
        "(###) under one",
        "A self-assessment's text goes into the accreditation pack section by section, under headings written `## "
        "Plan`, `## Do`... (the section's name or id, in any capitals, numbered or not, in bold or not, with a "
        "subtitle after a colon, a dash or in brackets or not, an emoji after it, `and` for `&`: `## 1. Plan`, `## "
        "Stage 1 - Plan`, `## **Plan**`, `## Plan: how we plan`; in two languages, `## Plan / Cynllunio`, `## "
        "Gwneud (Do)` or `## Adolygu | Review`, where no other heading names it, and, Welsh first, the stage's Welsh "
        "name before a dash or a colon, `## Cynllunio - Plan`; "
        "or underlined, `Plan` over a line of `----`, as Markdown writes a heading too). Text "
        "under a `##` heading that names no "
        "section, or under a second heading for a section, is shown on the item's page but left out of the pack. "
        "Rename the heading, or make it a `###` heading inside a section. A section's heading written with one `#` "
        "or with three or more (`# Plan`, `### Do`), where no `##` heading names it, starts no section: its text is "
        "left out of the pack, or given to the section above. Write it with two. So is a section's name on a line "
        "of its own, in bold or not (`**Plan**`), which is no heading, and a heading in a quote (`> ## Plan`) or in "
        "HTML (`<h2>Plan</h2>`).",
    ),
    Code(
        "hash-comment",
        "warning",
        'YAML reads "#" at the start of a value or after a space as the start of a comment',
        'evidence/a.md:6: warning: YAML reads "#" at the start of a value or after a space as the start of a comment, '
        'so "summary" is read as empty; put the whole value in quotes (summary: "#1 result in the county"), or, for '
        "a comment, write a space after the #",
        "In front matter, `#` at the start of a value or after a space starts a comment, and the rest of the line is "
        "ignored: `summary: #1 in the county` is an empty summary, `partners: Age UK #NHS Trust` is the one partner "
        '"Age UK". Put the whole value in double quotes. A comment meant as one has a space after its `#` '
        "(`visibility: internal  # staff only`), and is fine.",
    ),
    Code(
        "pasted-text",
        "error",
        "this line holds an invisible character",
        "evidence/a.md:3: error: this line holds an invisible character (U+2028, line separator), usually pasted "
        "from a word processor; delete it, or retype the line",
        "Text copied from a word processor or a web page can carry characters you cannot see, and some of them "
        "break a line in two. Delete the character (it often sits where the cursor jumps oddly), or retype the line "
        'by hand in the GitHub editor. One written as an escape in double quotes (`"\\u0007"`, `"\\0"`) is '
        "reported too: delete the escape.",
    ),
    Code(
        "curly-quotes",
        "error",
        "the value is in curly quotes",
        "evidence/a.md:2: error: the value is in curly quotes (“Minutes: May”), pasted from a word processor; use "
        'straight quotes ("Minutes: May")',
        "A word processor turns the quotes you type into curly ones (“ ” ‘ ’), which the labelled lines do not read as "
        'quotes. Retype them as straight quotes, `title: "Minutes: May"`; a value with no colon and space, or " #", '
        "in it may go without quotes, and the message then says `or none`. Curly quotes inside a value, `title: The "
        "“Move More” plan`, are fine.",
    ),
    Code(
        "wide-colon",
        "error",
        "the colon after ... is a full-width colon",
        'evidence/a.md:2: error: the colon after "title" is a full-width colon (：), as Chinese and Japanese keyboards '
        'type it; retype it as ":"',
        "A keyboard set to type Chinese or Japanese writes a wider colon (：), which YAML does not read as the colon "
        "after a key. Switch the keyboard to English and retype the colon (`title: ...`). A wide colon inside a "
        "value is fine.",
    ),
    Code(
        "dash-bullet",
        "error",
        "this list entry starts with an en dash",
        "evidence/a.md:5: error: this list entry starts with an en dash (–), pasted from a word processor; start it "
        'with a hyphen and a space ("- ") instead',
        "A word processor turns the `-` that starts a list line into a dash (`–` or `—`) or a bullet (`•`, `▪`, `➢`, "
        "`◦`, Word's and Outlook's at every level), and the "
        "line then reads as part of the line above. Start each entry with a hyphen and a space: `  - partnerships/do`. "
        "A bullet pasted after the hyphen (`  - • Good plans`) would be shown as a second bullet: delete it.",
    ),
    Code(
        "missing-space",
        "error",
        "there is no space after",
        'evidence/a.md:2: error: there is no space after "title:"; write "title: Minutes"',
        "Each labelled line is the label, a colon, a space and the value. Without the space, `title:Minutes` is not "
        "read as a label at all. Add the space.",
    ),
    Code(
        "tab-indent",
        "error",
        "this line is indented with a tab",
        "evidence/a.md:5: error: this line is indented with a tab; indent with spaces (a tab cannot indent YAML)",
        "The lines under a label (the entries of a list) are indented with spaces, two of them: `  - partnerships/do`. "
        "A tab looks the same but is not read. Delete it and type two spaces.",
    ),
    Code(
        "odd-space",
        "error",
        "holds a non-breaking space",
        'evidence/a.md:3: error: the key "maps to" holds a non-breaking space (U+00A0), pasted from a word '
        "processor; retype it with an underscore for each space: maps_to:",
        "A word processor puts a non-breaking space (it looks like any other) before a colon or between two words, "
        "and the label is then not the one it looks like. Retype the label, its colon and the space after it.",
    ),
    Code(
        "front-matter-unclosed",
        "error",
        "front matter ... is never closed",
        'evidence/a.md:1: error: front matter opened with "---" on line 1 is never closed; add a line "---" after '
        "its last key",
        "The first line is `---` but there is no second `---` after the last key. Add a line with just `---` after "
        "the front matter, before the text.",
    ),
    Code(
        "front-matter-unread",
        "error",
        "this file starts with front matter that is not read",
        'evidence/a.md:1: error: this file starts with front matter that is not read, because line 1 is "—" '
        'instead of "---"; make the very first line of the file exactly "---"',
        "The labelled lines at the top are only read when the very first line of the file is exactly three "
        "hyphens, `---`, with nothing before it: no blank line, no space, and not a dash (`—` or `–`) that a word "
        "processor put in. Until it is fixed the file would be a plain page shown to everyone, so the build stops. A "
        "plain page's `visibility` written in a comment (`# visibility: internal`, or after a value: `title: Plans  # "
        "visibility: internal`), or in an HTML comment at the top of a page without front matter, is this error "
        "too: it is not read, and the page is published to everyone. So is a `visibility` (or a `type`) indented "
        "under another key (`notes:` above it), or inside its brackets: only the keys at the very start of a line "
        "are the page's. And so is a Markdown file whose name ends in capitals (`Report.MD`, as Windows may save "
        "it): MkDocs reads only `.md` as a page, and would copy the file as it is, front matter and all; rename it.",
    ),
    Code(
        "merge-conflict",
        "error",
        "a merge left two versions of a part of this file",
        "evidence/partnerships/review/2026-11-01-forum.md:1: error: a merge left two versions of a part of this file, "
        'lines 1 to 19, between git\'s marks "<<<<<<<", "=======" and ">>>>>>>": both would be published; keep the '
        "lines of the version you want, and delete the other version's lines and the three marks",
        "Two changes to the same lines of a file were merged, and git wrote both versions into it, between a line "
        "`<<<<<<< ...`, a line `=======` and a line `>>>>>>> ...`. Both would be published (an internal version's "
        "text with a public one's), so nothing is built until one is chosen: keep the version you want, and delete "
        "the other and the three lines of marks. In a framework, a survey file or mkdocs.yml too.",
    ),
    Code(
        "front-matter-below",
        "warning",
        "... is below the front matter, where it is not read",
        'evidence/a.md:7: warning: "tags: [swimming, families]" is below the front matter, where it is not read (the '
        'front matter ends at the "---" or "..." above it), so the page has no "tags"; move the line up into the front '
        'matter, above its closing "---"',
        "The page's text opens with a line such as `tags: [...]`, `partners: [...]` or `date: ...` that the front "
        "matter does not hold: it is below the closing `---` (or a `...`, which ends front matter too), so it is "
        "shown as text and the page has no such value. Move it up, above the closing `---`.",
    ),
    Code(
        "front-matter-shape",
        "error",
        "front matter must be key: value lines",
        "evidence/a.md:2: error: front matter must be key: value lines, not a list",
        "The lines between the two `---` must each be `key: value`. Remove any `- ` at the start of the lines, and "
        "any line of plain text (move it below the second `---`).",
    ),
    Code(
        "empty-front-matter",
        "warning",
        "this page's front matter holds no key",
        "evidence/partnerships/do/forum.md:1: warning: this page's front matter holds no key, so it is a plain page, "
        "published to everyone; if it is an item, write its keys between the two --- lines (title, type, maps_to, "
        "date, visibility), not after a #, which makes a line a comment; if it is a plain page, remove the two --- "
        "lines",
        "The two `---` lines of the page hold no key (nothing, or only lines starting with `#`, which are comments), "
        "so the page has no `type` and no `visibility`: it is a plain page, and plain pages are on every site, the "
        "public one too. Usually an item's keys were deleted, or turned into comments, by mistake: put them back "
        "(see the templates below), `visibility` too. A plain page needs no `---` lines at all.",
    ),
    Code(
        "not-utf8",
        "error",
        "the file is not UTF-8 text",
        'evidence/a.md:4: error: the file is not UTF-8 text: the byte 0x92, which Windows programs write for "’", '
        'after "the partners" cannot be read; type that character again, or save the file again with the encoding '
        '"UTF-8"',
        "The file was saved in an old text format, usually because it was written in another program and uploaded. "
        "The message names the line of the first character that cannot be read, usually an accented letter, a £ "
        'sign or a "smart" quote. On GitHub: open the file, retype the odd character on that line, and commit. On '
        "a computer: *Save as* → encoding *UTF-8* (for a survey file, Excel's *CSV UTF-8*). A Word document, a PDF or "
        "an RTF file renamed `.md` is said to be one: copy its text into a new page, or attach the document to an "
        "item.",
    ),
    Code(
        "file-too-large",
        "error",
        "the file is ... MB, more than the limit",
        "evidence/a.md:1: error: the file is 7.2 MB, more than the limit of 5 MB (max_file_mb in mkdocs.yml); "
        "split it, or move large content into an attachment",
        "A Markdown file this large is usually a mistake (a document pasted in whole). Split it, or attach the "
        "document as a file and link to it.",
    ),
    Code(
        "unreadable",
        "error",
        "cannot be read",
        "evidence/a.md:1: error: the file cannot be read (Permission denied); check its permissions",
        "Only happens on a computer: the file's (or folder's) permissions stop it being read, or it is not a file "
        "at all (a named pipe or a socket another program made there). Ask the portfolio lead.",
    ),
    Code(
        "item-outside-evidence",
        "warning",
        "this item is outside evidence/",
        "case-studies/2026-05-14-swim.md:3: warning: this item (type: case-study) is outside evidence/, so no build "
        "publishes it; move it to evidence/case-studies/2026-05-14-swim.md",
        "Only the files under `evidence/` are built. A file added on GitHub from the repository's front page, or "
        "saved into a folder beside `evidence/`, is never shown. Move it into `evidence/` (on GitHub: edit the "
        "file, and put `evidence/` in front of its name). To keep an old item out of every site on purpose, keep it "
        "in a folder beside `evidence/` whose name starts with a dot (`.archive/`), which is not looked at (inside "
        "`evidence/`, such a folder is warned of: `skipped-file`).",
    ),
    Code(
        "key-case",
        "error",
        "the key ... must be written ..., in small letters",
        'evidence/a.md:3: error: the key "Type" must be written "type", in small letters',
        "Keys are read exactly as written, and all are in small letters: `title`, `type`, `maps_to`, `date`. A key "
        "with a capital (often from text pasted out of a document) is read as meant while you fix it, so that the "
        "other problems of the file show at once.",
    ),
    Code(
        "empty-page",
        "warning",
        "this file is empty",
        "evidence/partnerships/do/new.md:1: warning: this file is empty, so it would be published to everyone as a "
        "blank page; write the item in it (see CONTRIBUTING.md), or delete the file",
        "A Markdown file with nothing in it (or only two `---` lines) is a page without a title or text, shown to "
        "everyone. It is usually a file created on GitHub and saved before anything was written in it.",
    ),
    Code(
        "template-text",
        "warning",
        "... still holds the template's ...",
        'evidence/a.md:2: warning: "title" still holds the template\'s "Write a short, clear title here"; write the '
        "item's title instead",
        "The item keeps a value of the template it was copied from (a title, summary, partner, tag or author that "
        "says what to write, rather than the real one), or a line of the text `portfolio new` writes under the "
        'headings ("What it is, who produced it and when."), or what `portfolio new` wrote for a value nobody gave '
        "it (an action's owner, \"to be agreed\"), or a text of nothing but the template's headings. Write your own, "
        "or delete the line if it is optional.",
    ),
    Code(
        "missing-key",
        "error",
        "missing required key",
        'evidence/a.md:1: error: missing required key "date"; add a line "date: ..." with the date the evidence '
        "was produced (YYYY-MM-DD)",
        "A line that every item of this type needs is missing. Add it. The [templates](#which-type-of-item-with-a-"
        "template-for-each) show which lines each type needs. The line number is 1, the `---` that opens the front "
        "matter, since the missing line has no line of its own.",
    ),
    Code(
        "empty-value",
        "error",
        "is empty",
        'evidence/a.md:3: error: "title" is empty; give the item\'s title',
        "The key is there but nothing follows the colon (or `maps_to: []` lists nothing). Write the value after "
        'the colon. `partners`, `tags` or `authors` written "N/A", "none" or "TBC" would list a partner of that '
        "name: where there is none, delete the line.",
    ),
    Code(
        "wrong-kind",
        "error",
        "must be text / a list / a number ...",
        'evidence/a.md:2: error: "title" must be text, not a number; put the value in quotes',
        "A value is of the wrong kind: a number, date or `true` where text is expected (put it in double quotes: "
        '`title: "2026"`), a mapping where a list is expected (write `tags: [older-adults, swimming]`, or one '
        "entry per line starting with `  - `), a list where one value is expected (remove the brackets), or a "
        "number that is not a real number (`.nan`, `.inf`). `measures` is a list of entries, each of `key: value` "
        "lines (`  - metric: partner-nps`); `ratings` and `targets` are `section: rating` lines (`plan: good`), one "
        "rating each; `strengths` and `improvements` are texts.",
    ),
    Code(
        "bad-date",
        "error",
        "is not a date",
        'evidence/a.md:5: error: "date" is not a date: "14/05/2026"; write it as YYYY-MM-DD: 2026-05-14, if it means '
        "14 May 2026",
        "Write dates as year-month-day, with hyphens: `2026-05-14`. The message also appears for a date that does "
        "not exist, such as `2026-02-30`.",
    ),
    Code(
        "unknown-type",
        "error",
        "unknown type",
        'evidence/a.md:3: error: unknown type "case study"; did you mean "case-study"?',
        "Use one of the types of the [templates](#which-type-of-item-with-a-template-for-each), spelled exactly "
        "(with the hyphen).",
    ),
    Code(
        "unknown-challenge",
        "error",
        "unknown challenge",
        'evidence/a.md:4: error: unknown challenge "partnership" in maps_to; did you mean "partnerships"?',
        "The part before the `/` (or the `challenge` of a self-assessment or an assessor report) is not the id of a "
        "challenge. Use the suggested one; the ids are in `framework.yml` (`id:` of each challenge).",
    ),
    Code(
        "unknown-section",
        "error",
        "unknown section",
        'evidence/a.md:4: error: unknown section "plna" of challenge "partnerships" in maps_to; did you mean "plan"?',
        "The part after the `/` (or a name under `ratings` or `targets`) is not a section of that challenge. Use "
        "the suggested one. In `framework.yml`, a challenge uses a section that is not in the top-level `sections` "
        "list.",
    ),
    Code(
        "unknown-rating",
        "error",
        "unknown rating",
        'evidence/a.md:7: error: unknown rating "goood" as rating of "plan"; did you mean "good"?',
        "A rating (of `ratings`, `targets` or `overall`) is not on the framework's scale. Use the suggested one; "
        "the scale is `rating_scale` in `framework.yml`.",
    ),
    Code(
        "unknown-value",
        "error",
        "unknown visibility / status / rollup",
        'evidence/a.md:6: error: unknown visibility "publc"; did you mean "public"?',
        "The value is not one of those allowed for this key: `visibility` is `public`, `accreditor` or `internal`; "
        "an action's `status` is `planned`, `in-progress` or `done`. Use the suggested one.",
    ),
    Code(
        "bad-target",
        "error",
        'must be "challenge/section"',
        'evidence/a.md:4: error: maps_to "partnerships/plan/extra" must be "challenge/section" or "challenge", such '
        'as "partnerships/do"',
        "Each `maps_to` entry is a challenge and a section with one `/` between them, nothing more: "
        "`partnerships/plan`.",
    ),
    Code(
        "duplicate-key",
        "error",
        "is given twice",
        'evidence/a.md:6: error: "title" is given twice; keep one of them (YAML keeps only the last)',
        "The same key appears on two lines. Delete one of them (to add more partners, put them all in one list). In "
        "`mkdocs.yml` too, at the top or inside a setting (a second `name:` under `theme:`): MkDocs keeps the last "
        "without a word; merge the two.",
    ),
    Code(
        "missing-attachment",
        "error",
        "attachment ... does not exist",
        'evidence/a.md:6: error: attachment "files/plan.pdf" does not exist (looked for '
        "evidence/partnerships/do/files/plan.pdf); add the file or fix the path",
        "The file is not where the item says. Upload it to that place on **your branch**, or correct the name: it "
        "must match exactly, capitals and all. The message shows where it looked. An attachment must be a file, "
        "not a page. A file that is there but that MkDocs leaves out of the site (one `exclude_docs` or "
        "`draft_docs` in mkdocs.yml matches, or whose name starts with `.`) cannot be attached either, nor a link "
        "to one under another name: the message says which. Attach a copy of its own.",
    ),
    Code(
        "missing-snippet",
        "error",
        "the snippet ... is not in",
        'evidence/about.md:12: error: the snippet "opening-times.md" that this page puts in (--8<--) is not in '
        "snippets/, where pymdownx.snippets looks (its base_path), and its check_paths is on, so the build would stop "
        "here; add the file, or write its name as it is there",
        'A page puts in another file\'s text with `--8<-- "name.md"` (the pymdownx.snippets extension, which '
        "mkdocs.yml turns on), and that file is not in the folder mkdocs.yml gives it (`base_path`). Add the file "
        "there, or write its name exactly as it is, capitals and all. mkdocs.yml's `check_paths: true` makes a "
        "missing snippet (or a section its file does not mark) stop the build; without it, the snippet is left out "
        "of the page without a word. A snippet that names a folder stops the build either way. One that mkdocs.yml "
        "puts into every page (`auto_append`, `auto_prepend`) is named at its line of mkdocs.yml.",
    ),
    Code(
        "outside-evidence",
        "error",
        "is outside evidence/",
        'evidence/a.md:6: error: attachment "../report.pdf" is outside evidence/; put the file beside this item and '
        "give its path relative to it",
        "Attachments, links and files must be inside the `evidence` folder. Upload the file next to the item and "
        "write its path from there, with no `..` climbing out, no `C:\\` and no leading `/`. The same goes for the "
        "survey file a measure reads (`data`). On a computer, a symbolic link (a shortcut) that leads outside "
        "`evidence/` gets this message too: replace it with a copy of the file. An attachment or a survey file "
        "given as a web address (`https://...`) gets it as well: link to the address in the text instead.",
    ),
    Code(
        "unknown-metric",
        "error",
        "unknown metric",
        'evidence/measure/survey-2026.md:13: error: unknown metric "partner-nsp" in measures; did you mean '
        '"partner-nps"?',
        "A `measures` entry names a metric that `framework.yml` does not define. Use the suggested id; the metrics "
        "are listed under `metrics:` in `framework.yml` (the `id:` of each).",
    ),
    Code(
        "bad-measure",
        "error",
        "measure of ... needs / must be",
        'evidence/impact/report-2026.md:14: error: "value" of "participants" must be a whole number, 0 or more '
        '(a count), not text "4,380"',
        "A `measures` entry is incomplete or holds a value of the wrong kind. Each entry names its `metric`. A "
        "count, a percentage or a number gives `value`: a count is a whole number, 0 or more, written in digits "
        "without separators (`4380`, not `4,380` or `4380.0`); a percentage is from 0 to 100; no figure may be "
        "larger, either way, than 1,000,000,000,000,000 (what a chart can show), and `.nan` or `.inf` is no "
        "figure. A Net Promoter Score gives either `data` (the survey file) and `column` (the header of its 0-10 "
        "question), or `value` (from -100 to 100) and `n` (how many answers: a whole number, 1 or more), never "
        "both, and never one of a pair without the other. The message says which.",
    ),
    Code(
        "nps-only",
        "error",
        "is read only for NPS metrics",
        'evidence/impact/report-2026.md:15: error: "data" is read only for NPS metrics: "participants" is a count, '
        'which takes "value" alone',
        "Only a Net Promoter Score is computed from a survey file: `data`, `column` and `n` belong to measures of "
        "`kind: nps` metrics. For a count, a percentage or a number, write the figure itself as `value`.",
    ),
    Code(
        "missing-data",
        "error",
        "survey file ... does not exist",
        'evidence/measure/survey-2026.md:14: error: survey file "files/survey.csv" does not exist (looked for '
        "evidence/measure/files/survey.csv); add the file or fix the path",
        "The survey file a measure reads (`data`) is not where the item says. Upload it to that place on **your "
        "branch**, or correct the name: it must match exactly, capitals and all, relative to the item's own "
        "folder. It must be a CSV file or an Excel workbook (`.xlsx`), not a folder or a page of the portfolio, "
        "and one MkDocs does not leave "
        "out of the site (by `exclude_docs` or `draft_docs` in mkdocs.yml, or a name starting with `.`).",
    ),
    Code(
        "missing-column",
        "error",
        "survey file ... has no column",
        'evidence/measure/survey-2026.md:15: error: survey file "files/survey.csv" has no column "Recommend us?" '
        '(did you mean "Recommend us"?); its columns are: "respondent", "tier", "Recommend us"',
        "The `column` of a measure must be written exactly as the header of the column in the survey file's first "
        "row, capitals and all; only how its spaces are typed does not matter (at either end, two in a row, or a "
        "non-breaking space that a spreadsheet or a form export puts in a question). Copy the header from the "
        "file: the message lists the file's headers (the first 20) and suggests the closest, if one is close (a "
        'column\'s letter, "C", is told the header of that column). A '
        "file separated by semicolons or tabs has a single column: save it as *CSV UTF-8 (comma delimited)*, or "
        "add a first line `sep=;` (Excel's own hint, read as Excel reads it). A "
        "header found in a lower row is told with the rows to delete above it (a Qualtrics export's three rows of "
        "headers, told at once), and one on a hidden sheet of a workbook, which is not read, with that sheet.",
    ),
    Code(
        "survey-sheets",
        "error",
        "the workbook ... has the column ... on ... sheets",
        'evidence/measure/survey-2026.md:15: error: the workbook "files/survey.xlsx" has the column "Recommend us" '
        'on 2 sheets ("2025", "2026"), so which answers to count is not clear; save the sheet of this survey\'s '
        'answers alone as CSV UTF-8 and give that file as "data", or delete the other sheets from the workbook',
        "An Excel workbook read as a survey file (`data: files/survey.xlsx`) has the measure's column in the first "
        "row of more than one of its sheets: a sheet for each year's answers, or a summary sheet headed by the "
        "question beside the answers' sheet. Which sheet's answers make the score is not clear, so none is counted. "
        "Keep one survey's answers in one sheet: save that sheet as *CSV UTF-8 (comma delimited)* and give the CSV "
        "file as `data`, or delete the other sheets. Hidden sheets are not read.",
    ),
    Code(
        "same-survey",
        "warning",
        "this measure counts the answers in column ... as ... does",
        'evidence/measure/2026-07-15-survey.md:14: warning: this measure counts the answers in column "Recommend us" '
        'of "files/survey-2025.csv" for partner-nps, as evidence/measure/2025-07-10-survey.md does, so one survey\'s '
        "score is given twice, under two dates; if this item was copied from that one, give it the survey file of its "
        "own answers, or remove the measure from one of the two",
        "Two items read their measure of one metric from the same column of the same survey file. Each item's "
        "measure is a point "
        "of the metric, dated with the item, so one survey's answers would be counted as two surveys, and the "
        "newer item's date would make an old score the latest. It usually means an item was copied for a new "
        "survey and its `data` was left naming the old file. Give the new item the file of its own survey's "
        "answers, or keep the measure on one item only (the other can link to it).",
    ),
    Code(
        "unread-workbook",
        "warning",
        "this workbook is published to everyone ... and cannot be read",
        "evidence/measure/files/export.xlsx:1: warning: this workbook is published to everyone with "
        "evidence/measure/2026-07-15-survey.md, which is public, and cannot be read to look for the respondents' "
        "names and addresses (it is damaged, in another format, or too large); save it from the spreadsheet as CSV "
        "UTF-8 and attach that, or make the page accreditor or internal",
        "A public page's Excel workbook (`.xlsx`, `.xlsm`) is looked through for personal data, as a CSV file is "
        "(`personal-data`), and so is each table in a zip it publishes. One that cannot be read (damaged, a format "
        "Excel's own files are not in, locked by a password, more than 32 MB unpacked or a million rows and cells; "
        "in a zip, past 16 MB of its tables unpacked or its first 10,000 files, said of the first table past them) "
        "would be published unread. Save it as CSV UTF-8 and attach it itself, which is read, or keep the page from "
        "the public.",
    ),
    Code(
        "photo-location",
        "warning",
        "this photo holds the place where it was taken",
        "evidence/juniors/files/team.jpg:1: warning: this photo holds the place where it was taken (the GPS position "
        "a phone saves in it), and it is published to everyone with evidence/juniors/cup-final.md, which is public; "
        'save a copy without the location and use that (Windows: right-click it, Properties, Details, "Remove '
        'Properties and Personal Information"; a Mac: open it in Preview, Tools, Show Inspector, the GPS tab, Remove '
        "Location Info), or make the page accreditor or internal",
        "A phone saves in each photo the place it was taken (its GPS position), and anyone who downloads the photo "
        "from the site can read it: a public page's photo of a junior team, taken at training, tells everyone "
        "where the children train. Each photo (JPEG, PNG or WebP) a public page attaches or shows is looked at. Save "
        "a copy without the location (or turn the phone's location off for the camera) and attach or show that "
        "one, or keep the page from the public.",
    ),
    Code(
        "nps-scale",
        "warning",
        "every one of the ... answers in column ... is 5 or less",
        'evidence/measure/files/survey.csv:1: warning: every one of the 52 answers in column "overall_satisfaction" is '
        "5 or less (read for partner-nps by evidence/measure/2026-07-15-survey.md), as the answers to a question of 1 "
        'to 5 are, so every one counts as a detractor; a Net Promoter Score is made from a question of 0 to 10 ("How '
        'likely are you to recommend us?"): check that this is its column',
        "A Net Promoter Score counts answers of 9 and 10 as promoters and 0 to 6 as detractors, so a column of "
        "answers from 1 to 5 (a satisfaction question) gives -100, the lowest score there is, and it would be "
        "published. Said where ten answers or more are all from 1 to 5, of three values at least, in a column whose "
        "name does not ask the score's own question (0 to 10, or recommending). So is a column whose answers are 1, 2 "
        "and 3 alone, ten of them at least, its name not asking the question, or 1 to 3 under a header ending in "
        '"group": a column of NPS groups, as Qualtrics exports beside the question (1 a detractor, 2 a passive, 3 a '
        "promoter). Give the measure's `column` the name of the question asked from 0 to 10.",
    ),
    Code(
        "bad-answer",
        "error",
        "is not a whole number from 0 to 10",
        'evidence/measure/files/survey.csv:14: error: "11" is not a whole number from 0 to 10 (column "Recommend '
        'us", read for partner-nps by evidence/measure/survey-2026.md); correct the answer, or leave the cell empty',
        "A Net Promoter Score is computed from answers 0 to 10. The row of the survey file named in the message "
        "(the header is row 1, as a spreadsheet numbers it) holds something else in that column: a word, a "
        "fraction, a number above 10. Correct it, or empty the cell: empty cells are skipped. An answer exported "
        'with its label ("10 - Extremely likely", the text of the choice) is told the number to write: export the '
        "answers again as numbers (SurveyMonkey's Numerical value, Qualtrics' Use numeric values); one written as a "
        "percentage, or shown as one by a workbook's format (1 as 100%), is told to be written as a number. Every "
        "such cell is reported, each at its row; where not one of ten or more is an answer (a column of job titles "
        "named by mistake, answers all exported as 9.0), once, at the first: 'none of the N answers in column ... is "
        "a whole number from 0 to 10'. A second row of headers, as some survey tools export, is told to be deleted. So "
        'is a row of figures worked out from the answers (a cell "Total", "Average score", "Mean (0-10)", "NPS"...), '
        "whatever figure it holds, since it would be counted as one more answer. A row with more cells than the "
        "header row names is refused too: a cell holding a comma, typed without quotes, is read as two, and every "
        "answer after it moves one column along. In a workbook, a formula whose result the file does not keep (a "
        "program that writes workbooks may leave it so) is told too: open the workbook in Excel and save it. So are "
        "rows the same as earlier rows, cell for cell, with a respondent's id (`Respondent ID`, `ResponseId`, `ID`, "
        "`Submission ID`: two downloads pasted together; an id again with other cells is another respondent's, as "
        "two forms may each number theirs from 1), and answers on rows the workbook hides (by a filter, by Hide, or "
        "of no height; not a group of rows collapsed, which its + shows), which the spreadsheet does not show but "
        "would be counted: unhide them, and delete the rows that are no answers. A summary's rows are looked for "
        'above the first answer and below the last (a respondent\'s "Average" among the answers is one).',
    ),
    Code(
        "personal-data",
        "error",
        "... holds personal data",
        'evidence/measure/files/survey.csv:1: error: column "Email address" holds personal data (a value on row 2), '
        "and this file is published to everyone with evidence/measure/2026-03-01-survey.md, which is public; "
        "delete the column from the file (a score needs only the answers): personal data goes in no item, whatever its "
        "visibility (CONTRIBUTING.md, under Visibility)",
        "A CSV file a public page publishes (an item's survey file, or a form's export it attaches or links to, "
        "as CSV, tab-separated text or an Excel workbook) is there for anyone to download. Survey tools export the "
        "respondents' names, email addresses and phone numbers beside their answers (Google Forms' *Email "
        "address*, Microsoft Forms' *Email* and *Name*), which must never be published. Said at the header row "
        "of a column named for them (email, name, first name, surname, phone, mobile, postcode, address, date of "
        'birth, as forms ask them too: "Your name (optional)", "Q1. Contact name"; not "Club name") that holds a '
        'value other than "anonymous", and at the row of any other cell holding a person\'s email address (a '
        "name's, or one at gmail.com and the like; not info@, secretary@ or sports.development@). Delete the column "
        "(or the address) from the file before adding it: a score needs only the answers. A column of comments may "
        'name a respondent too ("Call me, Sam"), which no check can tell from other words: delete such columns '
        "from a file a public page publishes. A zip a public page publishes is looked into for such tables (CSV, "
        "tab-separated text, workbooks, not those in a zip inside it): one that holds personal data is told at the "
        "zip, naming the table; delete the data from the table, and make the zip again.",
    ),
    Code(
        "bad-survey",
        "error",
        "the survey file ...",
        "evidence/measure/files/survey.csv:1: error: the survey file has no header row; its first row must name "
        "the columns",
        "The survey file cannot be read as a table of answers. At row 1: the file is empty or its first row (the "
        "header) names no column; the header names the measure's column twice (give each column a header of its "
        "own); the column has no answers at all (every cell blank); the file is a spreadsheet in Excel's older "
        "format (`.xls`), even if it is named `.csv`, or a workbook (`.xlsx`) that cannot be read (damaged, or more "
        "than 32 MB unpacked) or holds no cell. At the row where the reading stops: the file is "
        'not comma-separated text, such as a quote mark (`"`) that is never closed, or a cell of more than 131,072 '
        "characters. At its line: the file holds an invisible NUL character. At line 1: a first line `sep=` "
        "naming no separator of cells, such as a letter (Excel's hint `sep=,` or `sep=;` is read as Excel reads "
        "it: the line is no row, and its character separates the cells). Save it from the spreadsheet as *CSV "
        "UTF-8 (comma delimited)*.",
    ),
    Code(
        "unclosed-html",
        "error",
        "the HTML tag ... is never closed",
        "evidence/a.md:12: error: the HTML tag <div> on this line is never closed with </div>, so everything after it "
        "is shown as it is typed, Markdown marks and the addresses of links included; add </div> where the block "
        "ends, on a line of its own",
        "A tag such as `<div>` at the start of a line starts a block of HTML, which runs to its closing tag "
        "(`</div>`). Never closed, the rest of the page is shown as typed: `**bold**` with its stars, and each "
        "link as `[text](address)`, which would show the address of a page or file the reader may not be meant to "
        "see. Add the closing tag where the block ends. (A fenced code block left open, or closed by another kind "
        "of fence than it was opened with, does not hide a tag: it is not code at all.)",
    ),
    Code(
        "script-file",
        "error",
        "this SVG picture / page of HTML / XML file holds a script",
        'evidence/partnerships/files/chart.svg:3: error: this SVG picture holds a script (the event handler "onload"), '
        "which would run in the reader's browser with the site's rights when it is opened on its own, outside the "
        "checks of the portfolio's pages, so it is published to no one; save the picture as PNG, or take the script "
        "out of it",
        "A file that a browser opens as a page of the site, an SVG picture, a page of HTML (`.html`, `.htm`) or an "
        "XML file, holding a script (`<script>`, an attribute such as `onload=`, a `javascript:` link) runs none "
        "where a page shows it as a picture, but opened on its own (an attachment, a link to it) it is a document "
        "of the site, and its script runs as the site itself: it could read the internal pages its reader may see "
        "and send them elsewhere. No build publishes it. Save a picture as PNG and a page of HTML as PDF (or take "
        "its script out).",
    ),
    Code(
        "page-script",
        "error",
        "... on this line runs a script",
        'evidence/partnerships/do/2026-03-02-open-day.md:12: error: The event handler "onclick" of the tag <button> on '
        "this line runs a script in the reader's browser with the site's rights (on the internal site it could read "
        "the pages its reader may see and send them elsewhere), which no page may, so the page is published to no "
        "one; take the script out (a chart or a video: show it as a picture, or link to it)",
        "A page runs the site's scripts alone: the theme's, and those `mkdocs.yml` names (`extra_javascript`). A "
        "script of a page's own, a `<script>` in its HTML, an attribute such as `onclick=` or `onerror=` (in a tag, or "
        'set with `{: onclick="..." }`), a frame whose `srcdoc` holds one, or a link to `javascript:...`, would run in '
        "every reader's browser as the site itself: on the internal site it could read the pages its reader may see "
        "and send them elsewhere, and what it says is not read for the names of withheld pages. The page is "
        "published to no one until it is taken out, and every build leaves out any script a page's HTML still "
        'holds. A `<script>` of data that no browser runs (`type="math/tex"`, `application/ld+json`) is no script. '
        "A redirect out of the site is one (`template: redirect.html` with a `location` on another website, or "
        "`javascript:`): its script would send every reader there as the page opens; write an address on the site, "
        "or link to the other website.",
    ),
    Code(
        "html-too-deep",
        "error",
        "nests ... tags one inside another",
        "evidence/partnerships/do/2026-03-02-open-day.md:70: error: the HTML of this page nests 180 tags one inside "
        "another, the deepest on this line: the PDF stops on HTML nested so deep, and the site's search takes "
        "minutes over it; write it with fewer tags one inside another (at most 100)",
        "A page's HTML holds more than 100 tags one inside another (tables inside tables inside tables, or a block "
        "of HTML pasted with thousands of tags left open). No page needs so many: the PDF cannot be laid out, and "
        "the site's search index takes minutes over them. Write that part with fewer tags one inside another.",
    ),
    Code(
        "typed-link",
        "error",
        "this page would show ... as typed text",
        "evidence/a.md:9: error: this page would show the address of a page or file withheld from this build as typed "
        'text ("partnerships/plan/draft.md"): a link written in Markdown that the page shows as text (inside a block '
        "of HTML, below one left open, in code, or in a field shown as it is typed), or the page or file's address "
        "written out (a link in <angle brackets> shows its address as its text); the page is left out of this build "
        "until the link is made a link with words of its own, such as [the referral note](...), or taken out",
        "The last line of defence of the build, which reads each page as it will be published: a Markdown link "
        "(`[text](address)`) that the page shows as typed text would show a withheld page's or file's address to "
        "everyone who reads it. Markdown is not read inside a block of HTML (`<details>`...`</details>`), nor "
        "below one left open (`unclosed-html`, which `portfolio check` finds), nor in code, nor in a field such as "
        "`summary`, nor in a page's `title`. A page's or file's full address (`https://...`) shows as it is "
        "written, and so does a link in angle brackets (`<https://...>`), whose words are its address. Write the "
        "link outside the block, with words of its own, or leave it out. On a generated page (a challenge page, the "
        "accreditation pack) it is in one of the texts it quotes. In a `.meta.yml` of Material's meta plugin, which "
        "gives its keys to every page of its folder, it is said at the key's line; in a title of mkdocs.yml's `nav`, "
        "or of a `.pages` file of awesome-pages, which are on every page, at the title's line. `portfolio check "
        "--audience` finds it on the pages of evidence/ (it renders each page whose text names a withheld page or "
        "file other than as a link); the build, `portfolio generate` and the PDF find it on every page.",
    ),
    Code(
        "broken-link",
        "warning",
        "links to ... which does not exist",
        'evidence/a.md:12: warning: the link "files/minute.pdf" leads to evidence/files/minute.pdf, which does not '
        "exist; fix the path (it is relative to this file), add the file, or take the link out",
        "A link or image in the text points at a file or page that is not there, often a typing mistake or a "
        "file that was renamed or moved. The site would show a broken link. Fix the path (it is relative to the "
        "item's own folder), upload the file, or take the link out. Where a file of a name close to it is in the "
        "folder, or one file of the same name is in another folder (moved there), the message names it. A link "
        "Markdown shows as typed, linking nowhere, is said too: written with a space before its address (`[text] "
        "(file.pdf)`), its `)` left out, its parts the wrong way round (`(text)[file.pdf]`), a title not in straight "
        "quotes, or by a reference the page does not define (`[minutes][1]` with no line `[1]: address`). An address "
        "without `https://`, a file's path, or text with a dot in it, in angle brackets (`<www.example.org>`, "
        "`<files/minutes.docx>`, `<Policy v1.2>`) is taken for an HTML tag and shown as nothing: it is told how to "
        "write it, and the site leaves it out of the page.",
    ),
    Code(
        "intranet-link",
        "warning",
        "the link ... leads to the organisation's SharePoint or OneDrive",
        'evidence/a.md:12: warning: the link "https://riverside.sharepoint.com/:w:/r/sites/Partnerships/Minutes.docx" '
        "leads to the organisation's SharePoint or OneDrive, which no one outside it can open, and this page is for "
        "the public; put the file in evidence/, beside this item, and link to it by its name, such as "
        "(files/minutes.docx)",
        "A link copied from SharePoint or OneDrive opens for the organisation's staff, signed in, and for no "
        "one else: not the public, not the assessor, and not from the copy the assessor is sent. Said of a public "
        "or accreditor page (an internal page is for the staff). Save the file beside the item (a PDF, a Word "
        "document) and link to it there, so that it is published with the page, or take the link out.",
    ),
    Code(
        "preview-link",
        "warning",
        "a link on this line is an address of the preview on your own computer",
        "evidence/a.md:12: warning: a link on this line is an address of the preview on your own computer "
        "(http://127.0.0.1:8000/... or http://localhost:8000/..., where portfolio serve shows the site), which no one "
        "else can open, so the site shows only its text; link to the page's file instead, as a path from this file, "
        "such as (../do/minutes.md)",
        "A link copied from the browser while `portfolio serve` (or `mkdocs serve`) runs starts with "
        "`http://127.0.0.1:8000/` or `http://localhost:8000/`: that is your own computer, which no reader of the "
        "site can reach, so every build shows the link's text only, whoever may read the page it names. Link to "
        "the page's Markdown file instead, as a path from the file you are writing (`../do/minutes.md`).",
    ),
    Code(
        "absolute-link",
        "warning",
        'the link ... starts with "/"',
        'evidence/a.md:12: warning: the link "/partnerships/plan.md" starts with "/", so MkDocs leaves it as it is, '
        "and mkdocs.yml's validation makes that a warning; write it relative to this file, such as (../do/minutes.md)",
        "Only where mkdocs.yml sets `validation: {absolute_links: warn}`. A link that starts with a slash leads from "
        "the top of the web site, which is not where the portfolio is when it is published in a folder or opened "
        "from disk. Write the path from this file's own folder instead (`../` climbs one folder).",
    ),
    Code(
        "unrecognized-link",
        "warning",
        "the link ... names no file",
        'evidence/a.md:12: warning: the link "about" names no file (its last part has no extension, such as .md or '
        ".pdf), so MkDocs leaves it as it is, and mkdocs.yml's validation makes that a warning; link to the file "
        "itself, such as (about.md) or (reports/index.md)",
        "Only where mkdocs.yml sets `validation: {unrecognized_links: warn}`. A link to a page is written with the "
        "page's file name, `.md` included, which MkDocs turns into the page's address; a link without one is left "
        "as it is, and may lead nowhere once the site is published.",
    ),
    Code(
        "table-after-text",
        "warning",
        "this table comes straight after a line of text",
        "evidence/a.md:12: warning: this table comes straight after a line of text, so Markdown reads it as more of "
        'that text and the page shows its "|" and "---" marks as they are typed; put a blank line above the table',
        "A table (rows of `|` marks, with a row of dashes under its headings) must have a blank line above it, as a "
        "paragraph does. Written straight under a sentence (`Our results:`), a list or a quote, it is shown as "
        "that text goes on, marks and all. Add an empty line between the text and the table.",
    ),
    Code(
        "list-after-text",
        "warning",
        "this list comes straight after a line of text",
        "evidence/a.md:12: warning: this list comes straight after a line of text, so Markdown reads it as more of "
        "that text and the page shows one paragraph, its dashes (or numbers) as they are typed, though GitHub's "
        "preview shows a list; put a blank line above the list",
        "A list (lines starting `- `, `* ` or `1. `) must have a blank line above it, as a table does. Written "
        "straight under a sentence (`We agreed:`), it is shown as that sentence goes on, dashes and all, though "
        "GitHub's preview shows it as a list. Add an empty line between the text and the list.",
    ),
    Code(
        "list-indented-short",
        "warning",
        "this entry is indented",
        "evidence/a.md:12: warning: this entry is indented 2 spaces under the entry above, which Markdown reads as "
        "the next entry of the same list, not one inside it (GitHub's preview nests it); indent it 4 spaces to put "
        "it inside that entry",
        "An entry inside another entry of a list is indented four spaces (or a tab) more than that entry. Indented "
        "two spaces, as GitHub's preview takes it, it is shown as the next entry of the same list, at the same "
        "level. Indent it four spaces more than the entry it belongs under.",
    ),
    Code(
        "list-marked-otherwise",
        "warning",
        "these lines start with (or hold)",
        'evidence/a.md:12: warning: these lines start with "•", as a word processor marks a list\'s entries, which '
        "Markdown does not read as a list: the page runs them together into one paragraph, marks and all; start "
        'each entry with "- ", a dash and a space, in place of its mark, with an empty line above the list; an entry '
        'under another (Word\'s "◦" or "▪") with four spaces before its "- "',
        "A list pasted from Word or Outlook keeps its bullets (`•`, `o` and a tab), and a list numbered `1)`, "
        "`2)` is numbered as Markdown does not read it: the page shows the lines run together into one paragraph, "
        "bullets and numbers as typed. Start each entry with `- ` (a dash and a space), or number it `1.`, with an "
        "empty line above the list. Word's second level (`◦`) is an entry indented under the one above: four spaces, "
        "then `- `. So is a list whose marks have a space that does not break (U+00A0, as Word pastes one) before "
        "them or after them: Markdown reads no list there either; type an ordinary space in its place.",
    ),
    Code(
        "list-renumbered",
        "warning",
        "this line starts a numbered list at",
        "evidence/a.md:12: warning: this line starts a numbered list at 2026, but the site numbers every list from 1, "
        'so it shows "1." here (GitHub\'s preview shows 2026); for a number that starts a sentence, such as a year, '
        "put a backslash before its full stop: 2026\\. ; to go on with a list above, indent what comes between its "
        "entries by four spaces",
        "The site numbers every list from 1, whatever number its first entry is written with: a sentence that "
        "starts with a year and a full stop (`2026. A great year`) is shown as a list's entry numbered 1, the year "
        "gone, and a list carried on below a photo or a paragraph (`3.`, `4.`) starts again at 1. Put a backslash "
        "before the full stop (`2026\\.`) to keep the number as text; to carry a list on, indent what comes between "
        "its entries by four spaces.",
    ),
    Code(
        "list-joined",
        "warning",
        "list follows the",
        "evidence/a.md:14: warning: this bulleted list follows the numbered list above with nothing but empty lines "
        "between, "
        "so the site shows its entries as more of that list, numbered on (GitHub's preview shows a list of its own); "
        "put a line of text between the two lists (a heading, a sentence), or a line holding only <!-- -->",
        "A bulleted list right below a numbered one (notes under the steps of a plan), or a numbered one right below "
        "a bulleted one, with only empty lines between them, is carried on by the site as one list: the notes are "
        "numbered as steps 3 and 4, or the steps bulleted. GitHub's preview shows two lists. Put a line of text "
        "between them, such as a heading or a sentence, or a line holding only `<!-- -->`.",
    ),
    Code(
        "hash-heading",
        "warning",
        'this line starts with "#" and no space after it',
        'evidence/a.md:12: warning: this line starts with "#" and no space after it, which the site shows as a heading '
        "(GitHub's preview as text): to show it as written, put a backslash before it, \\#NHS75; for "
        'a heading, put a space after the "#"',
        "A line starting with `#` is a heading on the site, with or without a space after the `#`: a hashtag pasted "
        "at the start of a line (`#NHS75`, `#1 in the county`) becomes the page's largest heading, though GitHub's "
        "preview, which needs the space, shows it as text. Put a backslash before it (`\\#NHS75`) to show it as "
        "written, or a space after the `#` for a heading.",
    ),
    Code(
        "bold-heading",
        "warning",
        "is a heading inside bold/italic marks",
        'evidence/a.md:12: warning: the line "**## What we found**" is a heading inside bold marks, which the site '
        'shows as a line of bold text starting "## " (so does GitHub\'s preview); take the stars away: ## What we '
        "found",
        "A heading copied from a formatted document often keeps its bold around it: `**## What we found**`. Markdown "
        "reads the stars first, so the page shows bold text beginning with `## `, not a heading. Take the stars (or "
        "underscores) away: `## What we found`. In a self-assessment, where a section's heading (`## Do`) starts its "
        "text in the accreditation pack, the warning is `section-heading`.",
    ),
    Code(
        "heading-over-title",
        "warning",
        "the heading ... is of the first level",
        'evidence/a.md:20: warning: the heading "Background" is of the first level (one "#"), so the site shows it as '
        "the page's title and leaves out the item's own, \"Joint bid\", above the text; make it a heading of the "
        "second level: ## Background",
        "The site shows an item's title at the top of its page only where its text has no heading of the first "
        "level (`# Background`, one `#`). Written lower down, such a heading leaves the page with no title above "
        "its first lines. Use `##` for the text's own headings; a `#` heading on the text's first line is its "
        "title, as written.",
    ),
    Code(
        "markdown-in-html",
        "warning",
        "this line is Markdown inside the HTML block",
        "evidence/a.md:14: warning: this line is Markdown inside the HTML block that <details> on line 10 starts, "
        'which the site shows as it is typed up to </details>, so the page shows "- a joint bid with the council" '
        "with its marks, though GitHub's preview reads it as Markdown; write markdown in the tag on line 10 "
        "(<details markdown>)",
        "A block of HTML (`<details>`, `<div>`, a line starting with such a tag) is shown as it is typed, up to the "
        "tag that closes it: Markdown written inside it, even after an empty line, keeps its dashes, `**` and "
        "links' brackets on the page, though GitHub's preview shows a list, bold words and links (a block copied "
        "from a README). Write `markdown` in the tag that opens the block (`<details markdown>`), and in each tag "
        'inside it that holds Markdown (`markdown="block"` in a table\'s cell, a `<p>`, an `<li>` or a `<summary>`, '
        "whose text is otherwise read as a line's words alone); this needs the `md_in_html` extension in "
        'mkdocs.yml. Or, for a box that opens and closes, write `??? note "More"` (with `pymdownx.details`). Said of '
        "the first such line of each block; not of `<pre>`, `<script>`, `<style>` or `<textarea>`, which GitHub's "
        "preview shows as typed too.",
    ),
    Code(
        "table-without-rule",
        "warning",
        "this line and the ones below it are a table's rows with no row of dashes under the first",
        "evidence/a.md:12: warning: this line and the ones below it are a table's rows with no row of dashes under "
        'the first (|---|---|), so Markdown shows them as one paragraph, "|" marks and all; add a line such as '
        "|---|---| under the table's first row, with a --- for each of its columns",
        "A Markdown table needs a row of dashes under its first row (its headings): `|---|---|`, a `---` for each "
        "column. Without it, the rows are shown as one paragraph of text with their `|` marks. Add the row.",
    ),
    Code(
        "shown-as-typed",
        "warning",
        "this entry of ... holds Markdown",
        'evidence/assessor-reports/2026-11-25-visit.md:14: warning: this entry of "improvements" holds Markdown (a '
        "link), which the pages show as typed, marks and all; write it as plain text, and give a link in the report's "
        "own text below its front matter",
        "An assessor's `strengths` and `improvements` are shown as plain text, on the challenge's page, in the pack "
        "and in the PDF: a link (`[text](address)`), **bold** (`**text**`), `code` or a table's `|` marks written in "
        "one would be shown with its marks. Write the entry as plain text; a link, a table or emphasis goes in the "
        "report's own text, below its front matter, which is Markdown.",
    ),
    Code(
        "extension-off",
        "warning",
        "this line writes ... for the Markdown extension ..., which mkdocs.yml does not turn on",
        'evidence/a.md:14: warning: this line writes a footnote\'s text for the Markdown extension "footnotes", which '
        'mkdocs.yml does not turn on, so the page shows it as typed; add "- footnotes" under markdown_extensions in '
        "mkdocs.yml, or write it as text",
        "Some ways of writing are read by a Markdown extension that the site turns on in mkdocs.yml: footnotes "
        "(`[^1]: Source`, as a Word document converted to Markdown writes them), note boxes (`!!! note`, with "
        '`admonition`), boxes that open and close (`??? tip`, with `pymdownx.details`), tabs (`=== "Tab"`, with '
        "`pymdownx.tabbed`), abbreviations (`*[HTML]: ...`, with `abbr`), a checklist's boxes (`- [ ] Draft`, with "
        "`pymdownx.tasklist`), a term's meaning on the line below it (`:   Less than 30 minutes a week`, with "
        "`def_list`) and Markdown in a block of HTML (`<figure markdown>`, with `md_in_html`). Without the extension "
        "the page shows the "
        "line as it is typed. Said of the first such line of a page, for each extension. Ask whoever keeps "
        "mkdocs.yml to add the extension under `markdown_extensions`, or write the text without it.",
    ),
    Code(
        "table-row-too-long",
        "warning",
        "this table's row has ... cells, and the table ... columns",
        "evidence/a.md:14: warning: this table's row has 4 cells, and the table 3 columns (the dashes under its "
        "headings), so the page leaves out the cells after the first 3 without a word; join or move the cells, or add "
        'a column: a "|" inside a cell splits it (write it "\\|", or as "/")',
        "A row of a table with more cells than the row of dashes under its headings has columns: Markdown shows the "
        "first cells and leaves out the rest, so a figure goes missing, or moves to the wrong column where a `|` typed "
        "inside a cell (`900|1000`) split it. Join or move the cells, add a column (a `---` in the row of dashes and a "
        "heading), or write a `|` that belongs in a cell as `\\|`.",
    ),
    Code(
        "pasted-table",
        "warning",
        "this line and the ones below it hold cells separated by tabs",
        "evidence/a.md:12: warning: this line and the ones below it hold cells separated by tabs, as a spreadsheet "
        'pastes them, which Markdown shows as one paragraph; write them as a table: each row between "|" marks '
        "(| Measure | 2025 |), with a row of dashes under the first (|---|---|)",
        "Cells copied from a spreadsheet and pasted into the text are separated by tabs, which Markdown does not read "
        "as a table: the page shows them run together as one paragraph. Write them as a Markdown table, each row "
        "between `|` marks, with a row of dashes under the first. Said of two lines or more of three cells or "
        "more, and of three lines or more of two cells.",
    ),
    Code(
        "missing-anchor",
        "warning",
        "the link ... leads to the place ... which ... does not have",
        'evidence/a.md:12: warning: the link "../plan.md#budget" leads to the place "#budget", which the page it '
        "leads to does not have, and mkdocs.yml's validation makes that a warning; write the place as the heading's "
        'address shows it after "#"; did you mean "the-budget"?',
        "Only where mkdocs.yml sets `validation: {anchors: warn}`, and said alike by `portfolio check` and the "
        "build, at the link's line. A link may lead to a heading of a page: after the page's name comes `#` and the "
        "heading's place, as the address of the heading shows it on the site (click the heading's link). A heading "
        "renamed moves its place. A self-assessment's text is quoted on its challenge's page and in the pack, where "
        "a link to a heading of its own page leads nowhere: link to the page itself, `(assessment.md#heading)`. "
        "`portfolio check` says it of every page, whoever sees it, as the internal build does; a build for the public "
        "makes a link to a page it leaves out plain text, and does not say it.",
    ),
    Code(
        "blog-authors",
        "error",
        "the author ... / is not listed in",
        'evidence/blog/.authors.yml:3: error: the author "jo" in evidence/blog/.authors.yml has no avatar, which '
        "Material's blog needs of every author, and it stops the build; add avatar: under it (name: Jo Bloggs, "
        "description: Active Partnership lead, avatar: blog/avatars/jo.png)",
        "Material's blog reads its authors from `.authors.yml` in the blog's folder (its `authors_file`), and stops "
        "the build on an author without a `name`, a `description` or an `avatar` (the address of their picture), "
        "on a value that is not text, and on a post whose `authors` names one the file does not list. The message "
        "names the author and what to add; keys the blog does not read are `unknown-key` warnings.",
    ),
    Code(
        "pages-file",
        "error",
        "awesome-pages cannot read ...",
        "evidence/.pages:3: error: awesome-pages cannot read this entry of nav in .pages, and stops the build: write a "
        'file or folder name (- about.md), "..." for the files not named, or one "Title: about.md" line, a title that '
        'is a number, a date or true/false in quotes ("2026": about.md)',
        "A `.pages` file orders the navigation of its folder for the awesome-pages plugin, which stops the build on a "
        'value it cannot read: a title that is a number or a date (`title: 2026`: write `title: "2026"`), an '
        "entry of `nav` that is not a file name, `...` or one `Title: file.md` line, `...` twice, or `order` other "
        "than `asc` or `desc`. The message names the line and what the plugin takes there. It stops the build too on "
        "an entry of `evidence/.pages` naming no page at the top of the navigation: a name mistyped, an item or a "
        "folder (items are never in the navigation, which is flat), the library or another page under Browse or "
        "Challenges, or a page withheld from the audience built (`visibility: internal`): take the entry out, and "
        "let `...` list the pages not named. (awesome-pages reads no other folder's `.pages`, nor this one where a "
        "plain page of the build is in a folder.)",
    ),
    Code(
        "bad-address",
        "error",
        "MkDocs cannot read the address",
        'evidence/a.md:12: error: MkDocs cannot read the address "https://partner.example.org／report.pdf" and stops '
        'the build: it holds "／", which a web address reads as "/"; retype that character on an English keyboard',
        "A link's address holds a character that a web address reads as one of its own separators, such as a "
        "fullwidth slash `／` (typed with a Chinese or Japanese keyboard, or pasted from such a text), or a `[` with "
        "no `]` after the host. MkDocs stops the whole build on it, with a message that names neither the file nor "
        "the line. Retype the address with plain characters, or paste it again from the browser's address bar.",
    ),
    Code(
        "embedded-from-elsewhere",
        "warning",
        "this page shows ... from another website",
        'evidence/a.md:14: warning: this page shows "https://partner.example.org/team.jpg" from another website as it '
        "opens (an image, a video, a frame, a script or a stylesheet): that website would learn who reads the page, "
        "internal ones too, and a copy opened from disk cannot show it, so the site does not load it (an image shows "
        "its description, a frame stays empty); save the file in evidence/ beside this item and show it from there, "
        "or make it a link to click: [text](https://partner.example.org/team.jpg)",
        "A page shows an image, or embeds a video, a frame, a script or a stylesheet, straight from another "
        "website. The published site loads nothing from other websites: each would learn who reads which page, "
        "internal ones included, and the assessor's copy opened from disk could not load it. So every build leaves "
        "it out (an image is replaced by its description). Download the file, save it in `evidence/` beside the "
        "item and show it by its name (`![Our team](team.jpg)`), or turn it into a link a reader can click "
        "(`[Our team's photo](https://...)`); a video's player (YouTube's, Vimeo's) is told the address to watch it "
        "at, for a link (`[Watch the video](https://www.youtube.com/watch?v=...)`). `--strict` fails on it, as on any "
        "mistake.",
    ),
    Code(
        "url-clash",
        "error",
        "have the same address",
        "evidence/a.md:1: error: evidence/a.md and evidence/a/index.md have the same address on the site (a/); "
        "rename or move one of them",
        "Two files would become the same page of the website, so one would silently replace the other: `a.md` "
        "and `a/index.md`, `a.md` and `a.markdown`, or `README.md` and `index.md` in one folder. Rename or move "
        "one of them. The website also makes pages of its own (the challenges' pages, the library, the listings, "
        "the accreditation pack...); a file may not take their addresses either, and the message names the page "
        "it would replace. Nor may it take the place of one of the theme's own files (its scripts, stylesheets and "
        "pictures, such as `assets/images/favicon.png`), which every page loads: to change one, save yours at that "
        "path in the `custom_dir` of mkdocs.yml. Two files, or two folders, whose names differ only in capitals "
        "(`Minutes/` beside `minutes/`) are one on Windows and macOS: move the files into one of them. Material's "
        "blog gives a post an address made of its date and its title: two posts of one day with one title clash "
        "in the builds that show both (`mkdocs build` says so; `portfolio check` cannot know the blog's "
        "addresses): give one another title, or an address of its own with `slug: ...` in its front matter.",
    ),
    Code(
        "intro-is-item",
        "error",
        "evidence/index.md is the introduction",
        "evidence/index.md:1: error: evidence/index.md is the introduction of the overview page, not an item; move "
        "this item to its own file",
        "`evidence/index.md` is the introduction shown on the home page; it cannot be an item. Put the item in a "
        "file of its own and remove its `type` line from `index.md`.",
    ),
    Code(
        "blog-conflict",
        "error",
        "the blog's ...",
        "evidence/blog/posts/forum.md:2: error: the blog's posts folder evidence/blog/posts/ holds this item, and "
        "Material's blog plugin makes every page there a post, with an address and authors of its own; move the "
        'item out of evidence/blog/posts/, or remove its "type" line to make it a post',
        "Material's blog plugin manages some pages itself. Every page in its posts folder (`blog/posts/`) becomes a "
        "post, so an item there would lose its address in the portfolio: move the item elsewhere, or make it a "
        "plain post. The blog's index page (`blog/index.md`) is needed in every build: if it is withheld from an "
        "audience, make it public (the posts keep their own `visibility`), or turn the blog plugin off in the builds "
        "for that audience.",
    ),
    Code(
        "percent-fraction",
        "warning",
        "... is ..., which reads as ...%, where its target is ...%",
        'evidence/impact/2026-07-01-return.md:12: warning: "value" of "inactive-share" (a percentage) is 0.49, which '
        "reads as 0.49%, where its target is 50%: a share written as a fraction, as a spreadsheet keeps one; write "
        "it as a percentage, value: 49",
        "A percentage's value is written as a percentage (49 for 49%). A value between 0 and 1, for a metric whose "
        "target is 1% or more, is most likely a share copied from a spreadsheet's cell, which keeps 49% as 0.49: "
        "the site would show 0.49%, far from the target. Write it as a percentage.",
    ),
    Code(
        "spelt-otherwise",
        "warning",
        "partner ... is written ... on ... other items",
        'evidence/partnerships/do/2026-05-14-swim.md:9: warning: partner "Ashby Vale Age Uk" is written "Ashby Vale '
        'Age UK" on 7 other items (such as evidence/partnerships/do/2025-09-01-agreement.md), so the listings show '
        "the two as two partners; write it as the others do: Ashby Vale Age UK",
        "A partner or a tag is written as on other items but for its capitals or spaces. The partners page, the "
        "library's filters and the tags group items by a name exactly as it is written, so the two spellings are "
        "shown as two partners (or tags), each with some of the items. Write it as most items do (the message "
        "gives it). So is a partner that joins two partners other items name apart (`Age UK & NHS Trust`, with "
        "`and`, `/` or `+`): shown as a partner of its own; write the two as two, `partners: [Age UK, NHS Trust]`.",
    ),
    Code(
        "shared-attachment",
        "error",
        "... is also an attachment or a survey file of ... (visibility: ...)",
        'evidence/partnerships/do/2026-06-12-joint-bid.md:9: error: "../files/survey.csv" is also an attachment or '
        "a survey file of evidence/partnerships/measure/2026-05-01-staff-survey.md (visibility: internal), and a file "
        "goes with what is shown to the fewest (a copy too, byte for byte): builds for the public and accreditor "
        "audience would show this item without it; remove it from one of the two, or give this item a version of its "
        "own that may be shown",
        "Two items of different visibility attach the same file (or read the same survey file), under one name or two:"
        " a link, or a copy byte for byte under another name or in a zip (said at both items' entries). Or the file an"
        " item attaches holds a narrower page: a copy of an item's source, or front matter of its own (or of a page in"
        " it, a zip) that says its visibility; or it is one of the portfolio's own outputs made for a wider audience "
        "(the pack's PDF, the offline pack, a site's portfolio.json or evidence.csv, of an internal build). A file "
        "goes with what is shown to the fewest people, so that nothing meant for staff is published by another item, "
        "and the builds for wider audiences would show the other item without it. If the file may be seen by everyone,"
        " remove it from the narrower item's `attachments` (link to it from the text instead); otherwise remove it "
        "from this item, or attach a version that may be shown (a copy of the same bytes is the same file).",
    ),
    Code(
        "withheld-picture",
        "warning",
        "the picture ... is kept by ...",
        'evidence/places/reopened.md:9: warning: the picture "photos/cafe.jpg" is kept by '
        "evidence/places/cafe-refurb.md (visibility: accreditor), which attaches it or reads it as survey data, and a "
        "file goes with what is shown to the fewest: the public build shows this page without it; if it may be shown "
        "to the public audience, take it out of the attachments of that item (its text can link to it), or else take "
        "it out of this page",
        "A page shows a picture (or another file it loads, in a frame) that an item its audience may not see attaches "
        "too, under that name or another, or reads as survey data. A file goes with what is shown to the fewest "
        "people, so that nothing meant for staff is published by another page: the build leaves it out, and shows "
        "this page without it. If the picture may be seen by this page's readers, take it out of the other item's "
        "`attachments` (that item's text can link to it, or show it); otherwise take it out of this page. A copy "
        "byte for byte is the same file: a copy only helps where it is changed (a smaller version, cropped).",
    ),
    Code(
        "withheld-site-file",
        "warning",
        "... names ..., a file an item withheld from this build attaches",
        'mkdocs.yml:8: warning: theme.logo names "files/logo.png", a file only pages withheld from this build link '
        "to, so the public build leaves it out and every page goes without it; name a file of the site's own that no "
        "withheld item attaches or links to (a copy byte for byte is the same file)",
        "mkdocs.yml names a file of evidence/ for every page (a stylesheet or script under `extra_css` or "
        "`extra_javascript`, the theme's `logo` or `favicon`) that an item this audience may not see attaches, or "
        "that only pages it may not see link to or show. mkdocs.yml cannot publish a withheld item's file (anyone "
        "could add a line naming one), so the build leaves it out and the site goes without its style, script or "
        "logo. Keep the site's own files apart from the items', under a folder of their own such as "
        "`evidence/assets/`, which no item attaches.",
    ),
    Code(
        "untyped-item",
        "error",
        'has no "type"',
        'evidence/a.md:3: error: unknown key "typ"; did you mean "type"? Without "type" this page is not an item, '
        "and would be published to everyone",
        "The page has item lines (`maps_to`, `partners`, a misspelt `type` or `visibility`...) but no `type` "
        "line, so it would be a plain page, counted towards nothing and shown to everyone unless its `visibility` "
        "keeps it from the public. Add `type: evidence` (or the right type), or spell "
        "`type:` or `visibility:` correctly.",
    ),
    Code(
        "dated-page",
        "warning",
        "this page has no front matter (or no type), so it is a plain page, published to everyone",
        "evidence/partnerships/do/2026-05-01-safeguarding-notes.md:1: warning: this page has no front matter, so it "
        "is a plain page, published to everyone, though its name starts with a date as an item's does; if it is an "
        "item, write its front matter above the text (title, type, maps_to, date, visibility: see CONTRIBUTING.md), "
        "or else take the date out of its name, or, for a page meant for everyone (a dated news page), start it with "
        "front matter of its title alone",
        "A file whose name starts with a date, as an item's does, or that is in a section's folder "
        "(`evidence/partnerships/do/`) or a `files` folder, but with no front matter (the lines between `---` "
        "at its top): its front matter was lost, or never written, so it is a plain page, published to everyone, "
        "and counts towards nothing (a page meant for everyone in such a folder starts with front matter of its "
        "title alone). The same for one whose front matter gives a `date`, a `summary` or `authors`, "
        "as an item's does, but no `type` (said at that key's line). If it is an item, write its front matter (or "
        "its type, maps_to and visibility); if it is a page meant for everyone, rename it without the date, or start "
        "it with front matter of its title alone. A "
        "post of a blog of Material's, dated as items are, is no such page.",
    ),
    Code(
        "unread-visibility",
        "error",
        'did you mean "visibility"?',
        'evidence/about.md:3: error: unknown key "visiblity"; did you mean "visibility"? Until it is spelt right, this '
        "page would be published to everyone",
        "A page's `visibility` line is misspelt, or another key says who the page is for (`audience: internal`, "
        "`private: true`), which nothing reads: the page would be read as public. Write `visibility:` in lower case, "
        "with the audience the page is for.",
    ),
    Code(
        "duplicate-assessment",
        "error",
        "two self-assessments of challenge ... on ...",
        'evidence/self-assessments/b.md:5: error: two self-assessments of challenge "partnerships" on 2026-10-01 '
        "(this one and evidence/self-assessments/a.md); give them different dates or merge them",
        "Only one self-assessment of a challenge per day. Merge the two files, or give one of them the right date.",
    ),
    Code(
        "duplicate-assessor-report",
        "error",
        "two assessor reports of challenge ... on ...",
        'evidence/assessor-reports/b.md:5: error: two assessor reports of challenge "partnerships" on 2026-11-10 '
        "(this one and evidence/assessor-reports/a.md); give them different dates or merge them",
        "Only one assessor report of a challenge per day: the latest report gives the assessor's ratings, so two on "
        "one day cannot be told apart. The error is in both files, each at its `date` line. Merge the two, or give one "
        "of them the right date.",
    ),
    Code(
        "copied-item",
        "warning",
        "this item has the title, type, date and sections of ...",
        "evidence/partnerships/do/2026-04-22-training-copy.md:2: warning: this item has the title, type, date and "
        "sections of evidence/partnerships/do/2026-04-22-training.md, so the two count twice towards coverage and "
        "are both listed: if one is a copy, write its own title (and date and sections), or delete it",
        "Two items of one visibility alike in all that names them: usually a file copied to start a new item from, "
        "and saved before "
        "it was changed. Both count towards the sections' coverage, and the library lists both. Give the new item "
        "its own title, date and sections, or delete the copy. (Two different pieces of evidence with one title "
        "are told apart by adding to the title, such as the place or the month.)",
        group="portfolio",
    ),
    Code(
        "guide-out-of-date",
        "warning",
        "CONTRIBUTING.md names the challenge ..., which the framework does not have",
        'CONTRIBUTING.md:892: warning: CONTRIBUTING.md names the challenge "participation", which the framework does '
        "not have, so its examples and templates would be refused when pasted; run `portfolio guide` to write them "
        "for this one (lines you changed are kept)",
        "The contributor guide's examples and templates name the framework's first challenge, its sections and its "
        "levels, as they were when it was written. The framework has changed since: a challenge or section renamed, "
        "so that a template pasted from the guide would be refused, or only a title, a question or a level's label, "
        "which the examples still name as they were (the message says which). Run `portfolio guide`: it writes "
        "them for the framework as it is, keeping the lines you changed yourself.",
        group="portfolio",
    ),
    Code(
        "no-ratings",
        "warning",
        "this assessor report rates no section and gives no overall rating",
        "evidence/assessor-reports/2026-11-20-quest.md:7: warning: this assessor report rates no section and gives "
        'no overall rating: while it is the latest of challenge "partnerships", the challenge shows no assessor\'s '
        "rating (nor the one the report before gave); write the assessor's rating of each section under ratings:, "
        "one line each (such as: plan: good)",
        "An assessor report with no rating written (its `ratings:` lines left empty, and no `overall`); the "
        "warning is at its `ratings:` line, or at its title's if it has none. The latest report of a challenge "
        "gives the assessor's ratings, so while this one is the latest, the challenge shows none, and the ratings "
        "of the report before are no longer shown. Write the assessor's rating of each section under "
        "`ratings:`, one line each (`plan: good`), or the overall rating (`overall: good`). (A self-assessment "
        "without ratings is not warned of: the readiness page lists it.)",
    ),
    Code(
        "target-below-rating",
        "warning",
        "the target of ... is below its rating",
        'evidence/self-assessments/2026-10-15-partnerships.md:14: warning: the target of "plan" (Fair) is below its '
        "rating (Good); a target is the level to reach by the next assessment: raise it to Good or above, or "
        "delete it",
        "A self-assessment's `targets` say where each section aims to be by the next assessment, so a target below "
        "the section's own rating in the same self-assessment is a slip (the warning is at the target's line). "
        "Raise the target, or delete its line.",
    ),
    Code(
        "rated-above-assessor",
        "warning",
        "rated two levels above the assessor's rating",
        "evidence/self-assessments/2026-10-15-partnerships.md:9: warning: rated two levels above the assessor's "
        'rating: "impact" is rated Good here, Unsatisfactory in the assessor\'s report '
        "evidence/assessor-reports/2025-11-20-quest.md; check the rating against the evidence (the assessor will "
        'ask). If it stands, say what has changed since, under a heading "### Since the last assessment" in this '
        'self-assessment\'s section "## Impact"',
        "The latest self-assessment rates a section two or more levels above the latest assessor report's rating "
        "of it (of a self-assessment the report came after, the warning says to rate the section again in the next "
        "one). It "
        "may be right (things have improved since the visit), but the assessor will ask: check the rating against the "
        "evidence. If it stands, write what has changed since the visit in the self-assessment, under the section's "
        "own heading (`## Impact`), beneath a heading `### Since the last assessment` (or one saying so in more "
        "words: `### Changes since our last assessment (2025)`, `### Since our 2025 visit`, `### Progress since the "
        "assessor's report`, in Welsh `### Ers yr asesiad diwethaf`): the warning then goes, and "
        "the assessor reads your explanation in the accreditation pack. Only builds that hold the assessor report "
        "show this warning, at the line of the rating; yet every build and check says it where the internal build "
        "does (of an internal self-assessment, or of a public one rated against an internal report), as every "
        "file's problems are said, whoever sees it.",
    ),
    Code(
        "unknown-key",
        "warning",
        "unknown key",
        'evidence/a.md:6: warning: unknown key "partner" in front matter; did you mean "partners"? (unknown keys '
        "are ignored)",
        "A key nobody reads, usually a typing mistake. Use the suggested key. Until you do, that line is ignored: "
        "for example a misspelt `visibility` leaves the item `internal`.",
    ),
    Code(
        "comma-list",
        "warning",
        "is one ... written with commas",
        'evidence/a.md:6: warning: "partners" is one partner, "Age UK, NHS Trust", written with commas; for '
        "several, write a list in brackets: partners: [Age UK, NHS Trust]; for one that holds a comma, a list of it "
        'alone, in quotes: partners: ["Age UK, NHS Trust"]',
        "Without square brackets, a line of names separated by commas is one name. Put the names in brackets, "
        "`partners: [Age UK, NHS Trust]` (the same for `tags` and `authors`), or one per line starting with `  - `. "
        'A single name that holds a comma goes in a list of its own: `partners: ["Smith, Jones and Co"]`. Names '
        "separated by semicolons, as a spreadsheet may separate them (`partners: [Age UK; NHS Trust]`), are one "
        "name too: separate them with commas. So is a list numbered as a word processor numbers it (`1. Age UK` and "
        "`2. NHS Trust` on lines of their own, for `partners`, `tags` or an assessor's `strengths`), or with its "
        "bullets (`• Good plans` and `• Partners involved` under `strengths: |`): start each entry with `- ` in place "
        "of its number or bullet.",
    ),
    Code(
        "future-date",
        "warning",
        "dated in the future",
        "evidence/a.md:5: warning: dated in the future: 2027-05-14 is after 2026-11-27, the date of the build; "
        "check the year",
        "The item's date is after the day the portfolio is built for, usually a typing mistake in the year. Until "
        "it is mended the item still counts for its sections (it is not stale), and `--strict` fails on it, as on "
        "any mistake.",
    ),
    Code(
        "early-date",
        "warning",
        "dated before 1900",
        "evidence/a.md:5: warning: dated 0026-01-15, before 1900, which no evidence is from; check the year",
        "The item's year is before 1900 (`0026` for `2026`, a year typed short): with no `max_evidence_age_days` in "
        "framework.yml nothing else would say so, and the item would count for its sections. (Where evidence goes "
        "stale, the stale warning says to check the year instead.) `--strict` fails on it, as on any mistake.",
    ),
    Code(
        "plugin-file-copy",
        "error",
        "this file, which a plugin reads into the pages of its folder for every audience, is another name of ...",
        "evidence/news/.meta.yml:1: error: this file, which a plugin reads into the pages of its folder for every "
        "audience, is another name of evidence/hr/files/summary.yml (a link), so what that file holds would be shown "
        "on those pages to everyone who sees them, whoever it is kept from; make it a file of its own, not a link",
        "Some plugins read a file of their own from the folders under evidence/: Material's meta plugin a "
        "`.meta.yml` (a description, a subtitle for each page of the folder), its blog the authors' `.authors.yml`, "
        "awesome-pages a `.pages`, awesome-nav a `.nav.yml`. What such a file holds is printed into pages for every "
        "audience. One that is a symbolic or hard link to another file under evidence/, or a copy byte for byte of a "
        "file that is not known "
        "to be shown to everyone (an internal item's attachment, a file only an internal page links to), would print "
        "that file's text on public pages, so it stops every build. Write the folder's own file, with only what "
        "everyone may read. (A copy of a file a public item attaches, or a public page links to, is the folder's "
        "own.) A symbolic link of such a file that leads out of evidence/ is an error too (`outside-evidence`), and "
        "so is a blog's `authors_file` outside evidence/ (`unsafe-setting`).",
    ),
    Code(
        "skipped-file",
        "warning",
        "this file is not published",
        "evidence/.draft.md:1: warning: this file is not published (its name starts with a dot); rename or move it "
        "if it belongs in the portfolio, or, to keep it out of every site (an archive), move it out of evidence/, "
        "into a folder beside it such as .archive/",
        "The website leaves out files whose name starts with a dot, and the folder `evidence/templates/`. Rename "
        "or move the file; to keep it out of the portfolio on purpose, as an archive, move it out of `evidence/` "
        "into a folder beside it whose name starts with a dot (`.archive/`), which is not looked at. Such files are "
        "counted in `withheld` in `portfolio.json`. Files that other MkDocs "
        "plugins read (`.pages`, `.meta.yml`, `.authors.yml`) are not reported.",
    ),
    Code(
        "file-name",
        "warning",
        "Windows cannot hold this name",
        'evidence/files/what next?.pdf:1: warning: Windows cannot hold this name (it has "?"), so a colleague on '
        "Windows cannot download the portfolio, nor open this file from the assessor's pack; rename the file (such "
        'as "what next.pdf")',
        'A file or folder whose name has `< > : " \\ | ? *`, ends with a dot or a space, or is one of the names '
        "Windows keeps for devices (`CON`, `PRN`, `AUX`, `NUL`, `COM1`, `LPT1`...) can be made on a Mac, on Linux "
        "or on GitHub, but not on Windows: a colleague on Windows cannot download the repository, and an assessor "
        "cannot unzip the pack. Rename the file or folder, and the links and attachments that name it.",
    ),
    Code(
        "file-content",
        "warning",
        "... its name says ..., but it holds ...",
        'evidence/partnerships/do/minutes.md:9: warning: "files/minutes.pdf": its name says PDF, but it holds a Word, '
        "Excel or PowerPoint document (or a zip), so it does not open as a PDF; open it in its program and save it as "
        "a PDF (File › Save as), or rename it to what it is (.docx, .xlsx or .pptx)",
        "A picture or a PDF that is not what its name says (a Word document renamed `.pdf`, a text saved as `.png`), "
        "a photo in the HEIC format of iPhones, a scanner's TIFF or a chart saved as a Windows metafile (.emf, .wmf), "
        "which browsers do not show, or a picture of more pixels than the PDF "
        "takes in. The page would show a broken picture and the assessor's pack a file that does not open. Save the "
        "file again in the kind its name says (a JPEG for a photo), or rename it to what it is. A document shown as "
        "a picture (`![The report](files/report.docx)`) is told to be a link: remove the `!`.",
    ),
    Code(
        "unreferenced-file",
        "warning",
        "no page refers to this file",
        "evidence/files/minutes.pdf:1: warning: no page refers to this file, so it is published to no audience; "
        "list it in the attachments of the item it belongs to, link to it from a page, or remove it",
        "An uploaded file that no item lists or links to is left out of every version of the website. Add it to "
        "the `attachments` of its item, link to it, or delete it. (The portfolio lead can publish a file on its "
        "own with the `publish` option in `mkdocs.yml`.)",
    ),
    Code(
        "symbolic-link",
        "error",
        "this symbolic link ...",
        "evidence/x.pdf:1: error: this symbolic link leads nowhere (or round in a loop); remove it or fix it",
        "Only happens on a computer: a *symbolic link* (a shortcut) in the `evidence` folder that leads nowhere. "
        "Delete it, or replace it with a copy of the file.",
    ),
    Code(
        "linked-folder",
        "warning",
        "this symbolic link to the folder ... is not followed",
        "evidence/x:1: warning: this symbolic link to the folder evidence/partnerships/ is not followed: its files "
        "are published from evidence/partnerships/ already; remove the link",
        "Only happens on a computer: a shortcut to a folder inside `evidence/`. Its files are there already; "
        "delete the link.",
    ),
    Code(
        "another-name",
        "warning",
        "this file is another name of the item ...",
        "evidence/pub/shortcut.md:1: warning: this file is another name of the item evidence/int/minutes.md (a "
        "symbolic link to it), so it is left out of the site and the item counts once, as evidence/int/minutes.md; "
        "delete this file, or link to the item from a page instead",
        "Only happens on a computer: a shortcut (*symbolic link*) in the `evidence` folder to an item there. An item "
        "counts once towards a section's coverage, so the shortcut is left out of every version of the website. "
        "Delete it; to point readers to the item, link to it from a page.",
    ),
    # ---------------------------------------------------------------------------- gaps of the portfolio as a whole
    Code(
        "stale-item",
        "warning",
        "stale",
        "evidence/a.md:5: warning: stale: dated 2022-01-10, 1782 days before 2026-11-27, older than "
        "max_evidence_age_days (1095); it is shown but supports no section. Add newer evidence, or remove this item",
        "The item is older than the framework allows. It is still shown, but no longer counts towards coverage. "
        "Add more recent evidence for the same sections; you can keep the old item as history, or remove it. Do "
        "not change its date unless the date is wrong.",
        group="portfolio",
        gap=True,
    ),
    Code(
        "overdue-action",
        "warning",
        "overdue action",
        'evidence/actions/a.md:7: warning: overdue action: due 2026-03-01 and status "in-progress"; finish it and '
        'set "status: done", or agree a new due date',
        "An action's `due` date has passed and its `status` is not `done`. If it is finished, write `status: done`; "
        "if not, agree a new date with its owner and change `due`.",
        group="portfolio",
        gap=True,
    ),
    Code(
        "due-before-date",
        "warning",
        "due before it was raised",
        "evidence/actions/a.md:8: warning: due before it was raised: due 2025-03-01 is before the action's date, "
        "2026-02-10; check due and date (a year, month or day typed wrong)",
        "An action's `due` date is before its own `date`, the day it was raised: usually a mistake in the year of "
        "one of them. Until it is mended, the action reads as overdue from the day it was raised.",
    ),
    Code(
        "uncovered-section",
        "warning",
        "is not covered",
        'framework.yml:40: warning: section "measure" of challenge "partnerships" is not covered: it has 0 '
        "supporting items of the 1 it needs; add evidence mapped to partnerships/measure",
        "The section does not have enough evidence. Add an evidence, case-study or celebration item that maps to "
        "it. Actions and self-assessments do not count, nor do stale items. In a build for the public or the "
        'accreditor (the message then ends "in the public build"), items that audience does not see do not count '
        "either: `portfolio check --audience internal` counts every item.",
        group="portfolio",
        gap=True,
    ),
    Code(
        "unbacked-rating",
        "warning",
        "rating not backed by evidence",
        'evidence/self-assessments/2026-10-15-partnerships.md:10: warning: rating not backed by evidence: "measure" '
        "is rated Satisfactory but the section has 0 of the 1 supporting item it needs; add evidence mapped to "
        "partnerships/measure or lower the rating",
        "The latest self-assessment rates a section that has no supporting evidence. Add evidence for that "
        "section, or, if the rating cannot be supported, lower it in a new self-assessment.",
        group="portfolio",
        gap=True,
    ),
    Code(
        "rating-dropped",
        "warning",
        "this self-assessment, the current one of challenge ..., rates no ...",
        "evidence/self-assessments/2026-11-01-workforce.md:7: warning: this self-assessment, the current one of "
        'challenge "workforce", rates no do, measure or review, which the one of 2025-10-15 rated '
        "(evidence/self-assessments/2025-10-15-workforce.md): they are unrated now, and the challenge's rating leaves "
        "them out; rate each under ratings:, one line each (such as do: good), or write do: unrated for one left "
        "unrated on purpose",
        "The latest self-assessment of a challenge decides its sections' ratings, and a section it does not rate "
        "(left out, or its line left empty) is unrated, whatever the self-assessment before said: the challenge's "
        "rating is worked out from the sections it rates, and may rise. The warning names the sections the one "
        "before rated. Rate them in the latest, or, for a section left unrated on purpose this time, write "
        "`review: unrated` (or `not rated`) on its line. It is a mistake, which `--strict` fails on, not a gap.",
    ),
    # --------------------------------------------------------------------------------------- framework.yml problems
    Code(
        "missing-framework",
        "error",
        "the framework file does not exist",
        "mkdocs.yml:24: error: the framework file frame.yml does not exist; create it, or name it in the plugin's "
        "`framework` option (a file deleted by mistake comes back with `git checkout -- FILE`; `portfolio framework "
        "import SHEET -o FILE` writes one from a spreadsheet)",
        "Create `framework.yml` beside `mkdocs.yml`, or set the `framework` option of the `portfolio` plugin in "
        "`mkdocs.yml`. A framework file deleted by mistake comes back with `git checkout -- framework.yml` (in the "
        "portfolio's folder); `portfolio framework import SHEET -o framework.yml` writes one from a spreadsheet.",
        group="framework",
    ),
    Code(
        "duplicate-id",
        "error",
        "duplicate id",
        'framework.yml:10: error: duplicate id "do" in sections (first on line 9); ids must be unique: give this one '
        "an id of its own",
        "Two entries share an id (in `rating_scale`, `sections` or `challenges`), or two rating levels, or two "
        "sections, share a name (as id or label, in any capitals). Rename or remove one.",
        group="framework",
    ),
    Code(
        "bad-id",
        "error",
        "id ... may hold only",
        'framework.yml:2: error: framework id "Quest Partnerships" must be lowercase letters, digits and hyphens '
        "(e.g. quest-partnerships)",
        "Ids are short names with no spaces, starting with a letter or a digit, at most 100 characters long, such as "
        "`quest-partnerships` or `very-good`: the full name goes in `title` or `label`.",
        group="framework",
    ),
    Code(
        "empty-label",
        "warning",
        "the label of ... is empty",
        'framework.yml:30: warning: the label of section "do" is empty, so the site shows its id, "do", in its place; '
        "write its label after the colon (such as label: Do), or delete the line to show the id",
        "A section or a rating level of framework.yml has `label:` with nothing after it. A level or section without "
        "a label is shown by its id, which is meant only where the line is left out: write the label, or delete the "
        "line.",
        group="framework",
    ),
    Code(
        "missing-site-file",
        "warning",
        "extra_css / extra_javascript / theme.logo / theme.favicon names ..., which is no file",
        'mkdocs.yml:21: warning: extra_css names "evidence/css/brand.css", which is no file of evidence/ or of the '
        "theme, so every page links to a file that is not there and the site goes without its style; did you mean "
        '"css/brand.css"? The path is written from evidence/, not from the project\'s folder',
        "`mkdocs.yml` names a stylesheet, a script, a logo or a favicon for every page, and the file is not there: "
        "misspelt, moved, or written from the project's folder (`evidence/css/brand.css`) where MkDocs reads it "
        "from `evidence/` (`css/brand.css`). MkDocs links every page to it without a word, so the site shows no "
        "style, runs no script or shows a broken logo. Correct the path, or save the file there. A file of the "
        "theme's `custom_dir` counts, as MkDocs copies it too; a full address on another host is not looked for "
        "(see `loads-from-elsewhere`). A template of `extra_templates` is looked for in `evidence/` alone: MkDocs "
        "skips one that is not there, with a warning of its own.",
        group="framework",
    ),
    Code(
        "nav-not-found",
        "warning",
        "the nav names a page on this line that is not under evidence/",
        "mkdocs.yml:14: warning: the nav names a page on this line that is not under evidence/; correct its path "
        "(relative to that folder), or remove the entry",
        "The `nav` of `mkdocs.yml` lists a page that is not there: misspelt, moved or deleted. MkDocs warns of it, so "
        "`mkdocs build --strict` stops. Paths in the nav are relative to `evidence/`; correct the entry, or remove "
        "it (the generated pages and the plain pages are in the navigation without one). The nav names each page by "
        "its file: not a folder (name its `index.md`), not a title alone, and without a `#` part; and not a page "
        "`exclude_docs` or `draft_docs` leaves out. (An entry for a page this build's audience may not see, or one "
        "the portfolio generates for another audience, is left out of the nav without a word.)",
        group="framework",
    ),
    Code(
        "left-out-of-nav",
        "warning",
        "the nav leaves out",
        "mkdocs.yml:14: warning: the nav leaves out 2 pages of this build, and mkdocs.yml's validation makes that a "
        "warning: about.md, partners.md; add each to the nav (paths relative to evidence/), or name it under "
        "not_in_nav in mkdocs.yml",
        "Only where `mkdocs.yml` has a `nav` of its own and sets `validation: {omitted_files: warn}`: MkDocs then "
        "warns of every page the nav does not name, so `mkdocs build --strict` stops. Items are never in the "
        "navigation and never named; the generated pages and your plain pages are, when the nav leaves them out. "
        "Add them to the nav, or list the ones left out on purpose under `not_in_nav` (patterns like those of "
        "`.gitignore`).",
        group="framework",
    ),
    Code(
        "mkdocs-setting",
        "error",
        "the theme / plugin / Markdown extension ... is not installed; site_url ... is not a web address",
        'mkdocs.yml:14: error: the plugin "serach" is not installed, so `mkdocs build` stops; did you mean "search"?',
        "`mkdocs.yml` names a theme, a plugin or a Markdown extension that is not installed, usually because its "
        "name is misspelt (`serach`, `tabels`, `materail`), or gives a `site_url` that is not a whole web address "
        "(`www.example.org` instead of `https://www.example.org/`); or an entry of `plugins` or "
        "`markdown_extensions` is not a name (`- [search]`), runs two together (a slip of indentation), or gives "
        "options MkDocs or the extension refuses (`toc: {permalnk: true}`); or it names a language or an icon the "
        "theme does not have (`language: klingon`, an icon of `theme.icon` or `extra.social`). MkDocs would stop the "
        "build without "
        "saying on which line; correct the name (the message suggests the closest one installed), or install the "
        "package that provides it.",
        group="framework",
    ),
    Code(
        "mkdocs-warning",
        "warning",
        "MkDocs has no setting ... / the plugin ... has no option ...",
        'mkdocs.yml:3: warning: MkDocs has no setting "site_descripton", so `mkdocs build --strict` stops; did you '
        'mean "site_description"?',
        "`mkdocs.yml` has a setting MkDocs does not know, or gives a plugin an option it does not have, usually "
        "because its name is misspelt; or it uses one MkDocs or the plugin has given up. MkDocs only warns about "
        "it, so a plain build goes on without it, and a strict build stops. Correct the name (the message suggests "
        "the closest one), or remove the line.",
        group="framework",
    ),
    Code(
        "loads-from-elsewhere",
        "warning",
        "extra_css / extra_javascript / extra.polyfills loads ... from another host (theme.logo / theme.favicon shows)",
        'mkdocs.yml:31: warning: extra_javascript loads "https://cdn.example.org/chart.js" from another host on every '
        "page, internal ones too: what it loads reads each page it is on and may send it anywhere, and a copy opened "
        "from disk (the assessor's pack) cannot load it; save the file in a folder of the project (extra_css and "
        "extra_javascript name it there), or remove the line",
        "`mkdocs.yml` makes every page load a script or a stylesheet from another website. Whoever runs that website "
        "can then read every page of every build, internal ones included, and the site no longer works offline. Save "
        "the file in the project and name it by its path instead (a script loaded from evidence/ is published with "
        "the site), or remove the line. A logo or an icon (`theme.logo`, `theme.favicon`) from another website is not "
        "shown at all, as the site's pages show pictures from the site alone: save it in the project too. A "
        "stylesheet of the project's own that `extra_css` names and that loads a font, a picture or another "
        'stylesheet from another website (`@import url("https://fonts...")`) is told at its line, for the same '
        "reasons. `--strict` fails on it, as on any mistake.",
        group="framework",
    ),
    Code(
        "project-setup",
        "error",
        "there is no mkdocs.yml / evidence/ folder / framework",
        "mkdocs.yml:6: error: there is no evidence/ folder in /home/trust/portfolio; create it, or correct docs_dir "
        "in mkdocs.yml",
        "There is no portfolio to check here: `mkdocs.yml`, the folder its `docs_dir` names (`evidence/`), the "
        "framework file its portfolio plugin names, or the file its `INHERIT` names is missing, or `mkdocs.yml` is "
        "empty. `portfolio check` stops (exit 2) before it reads any evidence. Run it in the portfolio's folder, or "
        "give that folder; `portfolio init` starts a portfolio.",
        group="framework",
    ),
    Code(
        "bad-option",
        "error",
        "unknown option / the portfolio option ... is",
        'mkdocs.yml:12: error: the portfolio option strict_gaps is "no"; it takes true or false',
        "An option of the `portfolio` plugin in `mkdocs.yml` is misspelt, or has a value it does not take. A "
        "misspelt `audience` would build for the widest audience, so both `mkdocs build` and `portfolio check` stop "
        "(the check exits 2, before it reads any evidence). The message names the option's line and what it takes: "
        "`audience` one of public, accreditor or internal; `as_of` a date written YYYY-MM-DD; `strict_gaps` and "
        "`enabled` true or false; `publish` and `allow_gh_deploy` a list. A date that does not exist (`as_of: "
        "2026-02-30`, or anywhere in `mkdocs.yml`) stops MkDocs itself with a Python traceback as it reads the file, "
        "before the portfolio runs: `portfolio check` names its line (`bad-date`).",
        group="framework",
    ),
    Code(
        "publish-unmatched",
        "warning",
        "the portfolio option publish has the entry ..., which matches no file under evidence/",
        'mkdocs.yml:14: warning: the portfolio option publish has the entry "downloads/anual-report.pdf", which '
        "matches no file under evidence/, so it publishes nothing; correct it (a path from evidence/, such as "
        "downloads/annual-report.pdf, or a pattern, such as downloads/*.pdf), or remove it",
        "The plugin's `publish` option lists files (or patterns) to publish on their own, whatever refers to them. An "
        "entry that matches no file is usually a name mistyped, and the file it meant is not published. Each entry "
        "is a path from evidence/, where `*` stands for any name within a folder and `**` for any folders.",
        group="framework",
    ),
    Code(
        "unsafe-setting",
        "error",
        "could publish what this audience may not see",
        "mkdocs.yml:12: error: pymdownx.snippets may copy any file under evidence/ into a page (its base_path . "
        "holds evidence/), so a public page could show an item withheld from the public audience; set its "
        "base_path to a folder outside evidence/, such as snippets/",
        "A setting would let a page publish what its audience may not see: a setting of `mkdocs.yml`, such as a "
        "snippets folder holding `evidence/` or a plugin that copies files to the site itself (builds for narrower "
        "audiences than internal then stop), a symbolic link that lets snippets reach into `evidence/`, or a "
        "`visibility` (or other key the portfolio reads) in a "
        "`.meta.yml` that Material's meta plugin would give a whole folder (the portfolio reads it only from each "
        "page). The message says which setting and how to make it safe.",
        group="framework",
    ),
    Code(
        "out-of-range",
        "error",
        "needs / must be at least",
        'framework.yml:4: error: "rating_scale" has 1 entries; it needs 2 to 10',
        "A number or a list is outside what is allowed: the rating scale needs 2 to 10 levels, each challenge at "
        "least one section, `min_evidence` at least 1, `max_evidence_age_days` at least 1, a `weight` 0 or more.",
        group="framework",
    ),
    # ------------------------------------------------------- spreadsheets read by `portfolio framework import`
    Code(
        "sheet-empty",
        "error",
        "the sheet is empty / has a header row but no rows under it",
        "framework.csv:1: error: the sheet has a header row (row 1) but no rows under it; write a header row naming "
        "the columns challenge, section, question (and optionally best_practice, challenge_id, section_id, "
        "outcomes), then one row per challenge section",
        "`portfolio framework import` found nothing to import. The sheet needs a header row naming its columns, "
        "then one row per challenge section. In a workbook of several sheets the first is read: name another with "
        "`--sheet NAME`.",
        group="framework",
    ),
    Code(
        "sheet-missing-column",
        "error",
        "there is no ... column",
        'framework.csv:1: error: there is no "question" column; the columns named in row 1 are: "Challenge", '
        '"Section", "Questoin", "Best practice". Did you mean column C, "Questoin"? Rename it "question". The sheet '
        "needs the columns challenge, section, question (header names in any case)",
        "The header row must name the columns `challenge`, `section` and `question` (in any case, with spaces or "
        "`_` between words: `Best practice` is fine). Rename the column the message suggests, or add the column. "
        "`best_practice` may be left out, but a column whose header looks like it (`Best practce`, `Example`) is "
        "refused until it is renamed `best_practice` (or given another header), so that its texts are not left out "
        "unseen.",
        group="framework",
    ),
    Code(
        "sheet-duplicate-column",
        "error",
        "columns ... are both",
        'framework.csv:1: error: columns C and E are both "question"; keep one of them, or rename the other',
        "Two columns of the header row have the same name, so the import cannot tell which one to read. Delete "
        "one, or rename it (a column with another name is not read).",
        group="framework",
    ),
    Code(
        "sheet-empty-cell",
        "error",
        "the ... cell is empty",
        'framework.csv:4: error: the "question" cell (column C) is empty; write the question this section asks; '
        'if it is merged with the cell above, unmerge it and write the text in each row (only the "challenge" '
        'column may be left empty to mean "the challenge above")',
        "Every row of a section needs its section and question (a cell holding only spaces is empty); its best "
        "practice may be left empty, as in framework.yml. Only the challenge may be left empty, or merged over "
        "several rows: the row then belongs to the challenge above. A row with nothing but outcomes is read as more "
        "outcomes of its challenge.",
        group="framework",
    ),
    Code(
        "sheet-no-challenge",
        "error",
        "this row comes before any challenge",
        'framework.csv:2: error: this row comes before any challenge: its "challenge" cell (column A) is empty and '
        "no row above names one; write the challenge's title in it",
        'An empty challenge cell means "the challenge above", but this row has none above it. Write the '
        "challenge's title in the first row of each challenge.",
        group="framework",
    ),
    Code(
        "sheet-no-sections",
        "error",
        "challenge ... has no section",
        'framework.csv:2: error: challenge "People" has no section: no row of it gives a section and a question; add '
        "a row for each section it is assessed on, or, if the row is a note below the table, delete it",
        "Each challenge is assessed on at least one section. Add a row for each of its sections, or remove the "
        "challenge's rows (a note written below the table, such as the rating scale, is read as a challenge).",
        group="framework",
    ),
    Code(
        "sheet-duplicate-row",
        "error",
        "challenge ... has section ... twice",
        'framework.csv:6: error: challenge "Partnerships" has section "Plan" twice: on row 2 and on this row; keep '
        "one row per challenge section (delete this row, or merge the two)",
        "A challenge asks one question per section. Keep one row for each challenge and section; put what the "
        "other row said into the one you keep.",
        group="framework",
    ),
    Code(
        "sheet-challenge-again",
        "warning",
        "challenge ... comes again here, after challenge ...",
        'framework.csv:11: warning: challenge "Safeguarding" comes again here, after challenge "Workforce" (its rows '
        "above: 4 to 6); its rows are read as one challenge: if this is another challenge, give it a title of its own",
        "A challenge's rows are usually together. A challenge named again further down, after another one, is read "
        "as the same challenge, its rows put together. That is right for a row added at the end; if the title was "
        "copied for a new challenge, give that one its own title.",
        group="framework",
    ),
    Code(
        "sheet-ditto",
        "error",
        "the ... cell holds ..., which would be read as a challenge of that name",
        'framework.csv:4: error: the "challenge" cell (column A) holds "〃", which would be read as a challenge of '
        "that name, not as the one above; leave it empty to mean the challenge above",
        "A ditto mark, a dash, *as above* or *N/A* in the `challenge` (or `section`) column would make a challenge "
        "(or section) of that name. To mean the challenge above, leave the cell empty (or merge it with the one "
        "above); a section's cell always names its section.",
        group="framework",
    ),
    Code(
        "sheet-alike",
        "warning",
        "section ... differs from ... in its accents alone",
        'framework.csv:9: warning: section "Plán" differs from "Plan" (row 2) in its accents alone, and is read as '
        "another section; if it is the same, write it as on row 2",
        "Two challenges (or sections) whose names differ only in their accents are read as two. That is usually a "
        "slip of the keyboard: write the name as on the row it names. If they are two, nothing needs doing.",
        group="framework",
    ),
    Code(
        "sheet-one-name-two-ids",
        "warning",
        "is given id ... here and ... on row",
        'framework.csv:6: warning: challenge "Partnerships" is given id "partners" here and "partnerships" on row 2 '
        '(column A, "Challenge ID"), and is read as two challenges of one title; if it is one, give it the same id on '
        "both rows (or leave this row's cell empty); if two, give this one a title of its own",
        "Two challenges with one name and two ids are read as two, which the site shows under the same name (two "
        "sections, an error: `sheet-sections-alike`). Usually a row was copied and its id changed, or an id was "
        "mistyped: give the rows of one challenge the same id, or leave the id cell empty on all but the first. If "
        "they are two, name them apart.",
        group="framework",
    ),
    Code(
        "sheet-sections-alike",
        "error",
        "section ... is called ... here",
        'framework.csv:5: error: section "plan" is called "plan" here (as its label), which is read as the label '
        '"Plan" of section "Plan" on row 2: a self-assessment\'s heading "## plan" could be either section\'s, and '
        "the text under one of them would be left out of its page and of the pack; if they are one, give both rows "
        "the same label and the same section_id (or leave this row's section_id empty); if two, give this one a "
        "label of its own",
        "Two sections may not share a name, as id or label, in any capitals: a self-assessment names its sections by "
        "its headings (`## Plan`), which could not say which one they mean. Usually a row was copied and its "
        "section_id changed: give the rows of one section the same label and id. If they are two, name them apart.",
        group="framework",
    ),
    Code(
        "sheet-two-names",
        "error",
        "is given to two",
        'framework.csv:5: error: challenge id "partnerships" (column A, "Challenge ID") is given to two challenges, '
        '"Partnership" here and "Partnerships" on row 2; give each its own id in that column, or leave the cell '
        "empty so that one is made from the title (if they are one challenge, write its title as on row 2)",
        "A `challenge_id` (or `section_id`) stands for one challenge (or section), so every row that gives it "
        "must give the same title (or label). If they are two, give the other one an id of its own (or none, to "
        "have one made from its title); if they are one, correct the spelling.",
        group="framework",
    ),
    Code(
        "sheet-not-utf8",
        "error",
        "the file is not UTF-8 text",
        "framework.csv:3: error: the file is not UTF-8 text (byte 40, 0xE9, on this row cannot be read); in Excel, "
        'save it again with "Save As" → "CSV UTF-8 (Comma delimited)", or, if you know its encoding, name it with '
        "--encoding (such as --encoding cp1252 for a CSV or a text file (.txt) saved by Excel on Windows)",
        "The CSV file was saved in an older encoding, usually by Excel's plain *CSV (Comma delimited)*. Save it "
        "again as *CSV UTF-8*, or import the .xlsx itself. If you know the encoding, `--encoding cp1252` reads it "
        "as such; the import does not guess, since a wrong guess would change letters without a word.",
        group="framework",
    ),
    Code(
        "sheet-invisible-character",
        "error",
        "holds an invisible character",
        'framework.csv:3: error: the "best_practice" cell (column D) holds an invisible character (U+0007, a '
        "control character), usually pasted from a word processor; retype the text of that cell",
        "A cell holds a control character that no framework file may hold, usually pasted from a word processor "
        "or a PDF. Retype the text of that cell (line breaks are fine).",
        group="framework",
    ),
    Code(
        "sheet-several-sheets",
        "warning",
        "the workbook has ... sheets",
        'framework.xlsx:1: warning: the workbook has 2 sheets; read the first, "Framework", and not "Notes"; to '
        "read another, give --sheet NAME",
        "Only one sheet of a workbook is imported: the first, unless `--sheet NAME` names another. Check that "
        "the first sheet is the framework, or name the right one.",
        group="framework",
    ),
    Code(
        "sheet-formula-error",
        "error",
        "the error of a formula",
        'framework.csv:4: error: the "question" cell (column C) shows #REF!, the error of a formula, not text; '
        "correct the formula in the spreadsheet, or write the text itself in the cell",
        "A cell shows an error such as `#REF!`, `#N/A` or `#DIV/0!`: its formula fails (often because a row or "
        "sheet it refers to was deleted), and the spreadsheet saves the error in place of text. Correct the "
        "formula, or replace it with the text itself.",
        group="framework",
    ),
    Code(
        "sheet-lost-character",
        "warning",
        "stands in a word for a letter the spreadsheet could not save",
        'framework.csv:2: warning: the "challenge" cell (column A) holds "?yl Chwaraeon", where "?" stands in a word '
        "for a letter the spreadsheet could not save in this file's encoding (Excel's \"CSV (Comma delimited)\" "
        'loses Welsh ŵ and ŷ so); write the letter again, and save the sheet as "CSV UTF-8 (Comma delimited)", or '
        "import the .xlsx workbook itself",
        "Excel's *CSV (Comma delimited)* saves only the letters of one Western alphabet, and writes a `?` for any "
        "other (Welsh ŵ and ŷ, Polish ł, Greek, Chinese...). The import reads the `?` as written, so `Ŵyl` would "
        "become `?yl` on every page. Save the sheet again with *CSV UTF-8 (Comma delimited)*, or import the `.xlsx` "
        "file itself, and correct the cell if the spreadsheet itself lost the letter.",
        group="framework",
    ),
    Code(
        "sheet-hidden-row",
        "warning",
        "this row is hidden in the workbook",
        "framework.xlsx:9: warning: this row is hidden in the workbook, and is imported like any other; unhide it to "
        "check it, and delete it if it is not part of the framework",
        "Excel hides a row (or a collapsed group of rows) from view, but it is still in the workbook, so the "
        "import reads it. Unhide it (select the rows around it, right-click, *Unhide*) to check what it says, and "
        "delete it if it is an old or draft row.",
        group="framework",
    ),
    Code(
        "sheet-not-read",
        "warning",
        "is not read",
        'framework.csv:1: warning: column E, "Outcome", is not read; did you mean "outcomes"?',
        "A column whose header is not one of the import's columns (`challenge`, `section`, `question`, "
        "`best_practice`, `challenge_id`, `section_id`, `outcomes`), a column with cells but no header, or rows "
        "above the header row: the import leaves them out. Rename the column if it was meant to be read.",
        group="framework",
    ),
)

CODES: dict[str, Code] = {code.id: code for code in _CODES}
"""Every code, in the order of the table of messages."""
