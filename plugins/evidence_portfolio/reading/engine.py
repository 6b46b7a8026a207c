"""What the engine that builds the site (MkDocs, and the plugins it runs) says of its own settings and files.

The core imports no engine, nor a plugin of one: it reads mkdocs.yml, and the source of MkDocs' schema and of the
plugins' options, as data, and asks for the rest through this port, which the door that runs a check or a build
fills (`mkdocs_engine.MKDOCS`, given to `load_settings` and `resolve`). Without an engine, only the core's own checks
of mkdocs.yml and of `.pages` files are made.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol


class RestTwice(Exception):
    """A `.pages` whose nav lists "..." twice, which awesome-pages refuses."""


class PagesReader(Protocol):
    """awesome-pages' reader of the `.pages` files in evidence/, reading and using them as a build does."""

    def refusal(self, path: Path) -> Exception | None:
        """What the reader refuses in the file at `path`: an OSError, a yaml.YAMLError, a TypeError, ValueError or
        re.error of a value, or RestTwice; None when it refuses nothing."""

    def refuses_entry(self, entry: Any) -> bool:
        """Whether the reader refuses one entry of a nav read alone (a title that is a number, a bad pattern)."""


class Engine(Protocol):
    """The engine's own judgements, which the core's checks ask for."""

    def judged_setting(self, name: str, value: Any, config_file: Path) -> tuple[str | None, tuple[str, ...]] | None:
        """What the engine's own option `name` says of `value`, written in `config_file`: what it refuses (None:
        nothing) and what it warns of; None when the option cannot judge it without the rest of the settings."""

    def pages_reader(self) -> PagesReader | None:
        """The reader of `.pages` files; None where awesome-pages is not installed."""

    def plugin_options_said(
        self, name: str, point: str, options: dict[Any, Any]
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]] | None:
        """What the plugin `name` (of the entry point `point`, as its package gives it) says of `options` as the
        engine loads it: each option it refuses and why, each it warns of and why, and the options it has; None
        where it cannot be loaded (which the engine says itself)."""

    def plugin_allowed_twice(self, name: str) -> bool:
        """Whether the installed plugin `name` says it may be turned on more than once (Material's blog does); true
        where that cannot be told (a plugin that cannot be loaded, which the engine says itself)."""
