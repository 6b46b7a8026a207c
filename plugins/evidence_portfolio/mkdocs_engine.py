"""MkDocs, and awesome-pages, as the engine the core's checks ask (reading/engine.Engine): the judgement of MkDocs'
own options, and awesome-pages' reader of `.pages`. Each is imported only when it is asked, as importing MkDocs'
configuration costs a check 140 ms."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .reading.engine import PagesReader, RestTwice


class _MkDocs:
    def judged_setting(self, name: str, value: Any, config_file: Path) -> tuple[str | None, tuple[str, ...]] | None:
        from mkdocs.config.base import ValidationError
        from mkdocs.config.defaults import MkDocsConfig

        option = dict(MkDocsConfig._schema)[name]
        try:
            option.pre_validation(MkDocsConfig(config_file_path=str(config_file)), name)  # the theme's custom_dir
            option.validate(value)
        except ValidationError as exc:
            return str(exc), ()
        except Exception:  # what else an option raises without the rest of MkDocs' configuration: MkDocs' to say
            return None
        else:
            return None, tuple(option.warnings)
        finally:
            option.reset_warnings()

    def pages_reader(self) -> PagesReader | None:
        try:
            from mkdocs_awesome_pages_plugin import meta
        except ImportError:
            return None
        return _AwesomePages(meta)


class _AwesomePages:
    """awesome-pages' reader, of its module `meta`."""

    def __init__(self, meta: Any) -> None:
        self.meta = meta

    def refusal(self, path: Path) -> Exception | None:
        meta = self.meta
        try:
            self._used(meta.Meta.load_from(str(path)).nav or [])
        except meta.DuplicateRestItemError as refused:
            return RestTwice(str(refused))
        except (OSError, yaml.YAMLError, TypeError, ValueError, re.error) as refused:
            return refused
        return None

    def refuses_entry(self, entry: Any) -> bool:
        try:
            self._used([self.meta.MetaNavItem.from_yaml(entry, "")])
        except (TypeError, ValueError, re.error):
            return True
        return False

    def _used(self, nav: list[Any]) -> None:
        """Each entry of a `nav` read by awesome-pages used as the build uses it: the pattern of an entry
        "... | regex=..." is read only then."""
        for entry in nav:
            if isinstance(entry, self.meta.MetaNavRestItem):
                entry.matches("index.md")
            elif isinstance(entry.value, list):
                self._used(entry.value)


MKDOCS = _MkDocs()
"""The engine: MkDocs, with the plugins it runs."""
