"""The Markdown extensions the portfolio knows by what they read: none but the page (python-markdown's own,
pymdown-extensions', Material's), or files their options name."""

from __future__ import annotations

PYTHON_MARKDOWN_EXTENSIONS = frozenset(
    (
        *("abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code", "footnotes"),
        *("legacy_attrs", "legacy_em", "md_in_html", "meta", "nl2br", "sane_lists", "smarty", "tables", "toc"),
        "wikilinks",
    )
)
"""python-markdown's own extensions, by the short names mkdocs.yml may give them."""
SAFE_EXTENSIONS = frozenset(
    (
        *PYTHON_MARKDOWN_EXTENSIONS,
        *(f"pymdownx.{name}" for name in ("arithmatex", "betterem", "bracketspan", "caret", "critic", "details")),
        *(f"pymdownx.{name}" for name in ("escapeall", "extra", "fancylists", "highlight", "inlinehilite", "keys")),
        *(f"pymdownx.{name}" for name in ("magiclink", "mark", "pathconverter", "progressbar", "quotes")),
        *(f"pymdownx.{name}" for name in ("saneheaders", "smartsymbols", "striphtml", "superfences", "tabbed")),
        *(f"pymdownx.{name}" for name in ("tasklist", "tilde")),
        *(f"pymdownx.blocks.{name}" for name in ("admonition", "caption", "definition", "details", "html", "tab")),
        "material.extensions.preview",
    )
)
"""The Markdown extensions (python-markdown's own, pymdown-extensions', Material's) that read no file into a
page: any other is refused in builds narrower than internal, since an extension may copy any file, a withheld item
too, into a page (Zensical's include_markdown and macros do). Three that may read files are allowed where their
options keep them out of evidence/ (FILE_EXTENSIONS)."""
REQUIRED_EXTENSION = "attr_list"
"""The extension every build turns on, whether mkdocs.yml names it or not: the generated pages' headings give their
ids with it (`## Plan { id="plan" }`)."""
FILE_EXTENSIONS = frozenset(("pymdownx.snippets", "pymdownx.b64", "pymdownx.emoji"))
"""Extensions that copy files into pages (a snippet's text, an image as a data: URL, a custom icon's SVG): checked
by the folders their options let them read (Settings.snippet_bases, b64_bases, icon_folders)."""
