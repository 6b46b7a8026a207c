"""Options of the `portfolio` plugin in mkdocs.yml.

MkDocs takes each option as it is written: the portfolio's settings judge them (`reading.settings.PLUGIN_OPTIONS`),
in `mkdocs build` as in `portfolio check`, with the option's line of mkdocs.yml and what it takes. MkDocs' own check
of a type would name no line ("Expected type: <class 'bool'> but received: <class 'str'>").
"""

from __future__ import annotations

from typing import Any

from mkdocs.config.base import BaseConfigOption, Config


class AsWritten(BaseConfigOption[Any]):
    """An option MkDocs hands over as written; its default when it is not written or empty (`!ENV NAME` of a
    variable not set), as MkDocs' own options take it."""

    def __init__(self, default: Any = None) -> None:
        super().__init__()
        self.default = default

    def validate(self, value: object, /) -> Any:
        return self.default if value is None else value


class PortfolioConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' own hook is untyped
    enabled = AsWritten(default=True)
    """Turn the plugin off without removing it from mkdocs.yml: MkDocs alone then publishes every page under
    evidence/, so only a build for the internal audience goes ahead (and `portfolio check` reports it)."""

    framework = AsWritten(default="framework.yml")
    """Path of the framework file, relative to mkdocs.yml."""

    audience = AsWritten()
    """Who the build is for: public, accreditor or internal (internal when the option is left out; written but
    empty, it is refused). The environment variable PORTFOLIO_AUDIENCE wins."""

    max_file_mb = AsWritten(default=5)
    """Markdown files larger than this many megabytes are errors: a guard against files pasted in by mistake."""

    as_of = AsWritten()
    """Reference date for freshness and overdue actions (YYYY-MM-DD); default: the day of the build."""

    publish = AsWritten(default=[])
    """Files under evidence/ published to every audience on their own, though no page refers to them (paths
    relative to evidence/, or patterns such as "downloads/*.pdf"). Every other file is published only when a page
    of the build refers to it."""

    strict_gaps = AsWritten(default=False)
    """Whether `mkdocs build --strict` fails on gaps (uncovered sections, stale items, ratings not backed, overdue
    actions) as well as on mistakes."""

    allow_gh_deploy = AsWritten(default=[])
    """Audiences besides public that `mkdocs gh-deploy` may publish (it refuses any other)."""
