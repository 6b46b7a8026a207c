"""MkDocs, and the plugins it runs, as the engine the core's checks ask (reading/engine.Engine): the judgement of
MkDocs' own options, awesome-pages' reader of `.pages`, whether a plugin may be turned on twice. Each is imported
only when it is asked, as importing MkDocs' configuration costs a check 140 ms."""

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

    def plugin_options_said(
        self, name: str, point: str, options: dict[Any, Any]
    ) -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[str]] | None:
        from importlib.metadata import EntryPoint

        try:
            plugin = EntryPoint(name, point, "mkdocs.plugins").load()()  # (as MkDocs loads it: `pkg : P [extra]` too)
            errors, warnings = plugin.load_config(options)
        except Exception:  # a plugin that cannot be loaded is not installed (reading/installed.py), or MkDocs' to say
            return None
        known = [str(key) for key, _ in getattr(plugin, "config_scheme", ())]
        return (
            [(str(option), str(error)) for option, error in errors],
            [(str(option), str(warning)) for option, warning in warnings],
            known,
        )

    def plugin_allowed_twice(self, name: str) -> bool:
        from importlib.metadata import entry_points

        found = [point for point in entry_points(group="mkdocs.plugins") if point.name == name]
        try:
            return not found or bool(getattr(found[0].load(), "supports_multiple_instances", False))
        except Exception:  # a plugin that cannot be loaded is not installed (reading/installed.py), or MkDocs' to say
            return True


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
