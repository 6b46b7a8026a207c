"""One python-markdown converter for the portfolio's pages of a build, for the MkDocs adapter (plugin.py).

MkDocs makes a new converter (`markdown.Markdown`, every extension of mkdocs.yml set up anew) for each page it
renders: 0.17 ms a page, a quarter of a second of a 1,600-item build. python-markdown's converters are made to
convert one document after another, `reset()` between them (each extension that keeps a document's state resets
it then). The portfolio's pages are still rendered by MkDocs' own `Page.render`; while it runs, the converter it
makes is the build's one converter, reset. python-markdown's extensions and pymdown-extensions' (tabs, blocks,
emoji...) reset what they keep (tests/test_page_converter.py); an extension that kept a page's state without
resetting it would carry it to the next page, all of whose pages the audience may see."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import markdown
from mkdocs.structure import pages
from mkdocs.structure.pages import Page


def rendered_with_one_converter(rendered: Iterable[Page]) -> None:
    """Render these pages with one converter per set of Markdown settings. Only MkDocs' own pages are changed
    (not those of another plugin's kind of page)."""
    converters = _Converters()
    for page in rendered:
        if type(page) is Page:
            page.__class__ = _OneConverterPage
            page.converters = converters  # type: ignore[attr-defined]


class _OneConverterPage(Page):
    converters: _Converters

    def render(self, *args: Any, **kwargs: Any) -> None:
        with self.converters:
            super().render(*args, **kwargs)


class _Converters:
    """What mkdocs.structure.pages sees as the `markdown` module while a page is rendered: the module (or what
    stood for it), but for `Markdown(...)`, which gives the converter made with the same settings, reset."""

    def __init__(self) -> None:
        self.settings: dict[str, Any] | None = None
        self.converter: markdown.Markdown | None = None
        self.replaced: Any = markdown

    def Markdown(self, **settings: Any) -> markdown.Markdown:
        if self.converter is None or settings != self.settings:
            self.settings, self.converter = settings, self.replaced.Markdown(**settings)
        else:
            self.converter.reset()
        return self.converter

    def __getattr__(self, name: str) -> Any:
        return getattr(self.replaced, name)

    def __enter__(self) -> None:
        self.replaced, pages.markdown = pages.markdown, self  # type: ignore[attr-defined,assignment]  # (see the class)

    def __exit__(self, *exc: object) -> None:
        pages.markdown = self.replaced  # type: ignore[attr-defined]
