"""Options of the `portfolio` plugin in mkdocs.yml, as MkDocs is told of them: those `reading.plugin_options`
defines, each handed over as written. The portfolio's settings judge them, in `mkdocs build` as in `portfolio
check`, with the option's line of mkdocs.yml and what it takes; MkDocs' own check of a type would name no line
("Expected type: <class 'bool'> but received: <class 'str'>").
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.base import BaseConfigOption, Config

from .reading.plugin_options import OPTIONS


class AsWritten(BaseConfigOption[Any]):
    """An option MkDocs hands over as written; its default when it is not written or empty (`!ENV NAME` of a
    variable not set), as MkDocs' own options take it."""

    def __init__(self, default: Any = None) -> None:
        super().__init__()
        self.default = default

    def validate(self, value: object, /) -> Any:
        return self.default if value is None else value


_Options: Any = type("_Options", (Config,), {option.name: AsWritten(option.default) for option in OPTIONS})
"""A Config of every option (MkDocs makes its schema of the attributes a subclass is made with)."""


class PortfolioConfig(_Options):  # type: ignore[misc]  # its base is made of OPTIONS, above
    """The portfolio plugin's options, read as `self.config[name]` (reading.plugin_options says what each does)."""
