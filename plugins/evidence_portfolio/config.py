"""Options of the `portfolio` plugin in mkdocs.yml."""

from __future__ import annotations

import datetime

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .model.vocabulary import AUDIENCES


class PortfolioConfig(Config):  # type: ignore[no-untyped-call]  # MkDocs' own hook is untyped
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml: MkDocs alone then publishes every page under
    evidence/, so only a build for the internal audience goes ahead (and `portfolio check` reports it)."""

    framework = c.Type(str, default="framework.yml")
    """Path of the framework file, relative to mkdocs.yml."""

    audience = c.Choice(AUDIENCES, default="internal")
    """Who the build is for: public, accreditor or internal. The environment variable PORTFOLIO_AUDIENCE wins."""

    max_file_mb = c.Type((int, float), default=5)
    """Markdown files larger than this many megabytes are errors: a guard against files pasted in by mistake."""

    as_of = c.Optional(c.Type((datetime.date, str)))
    """Reference date for freshness and overdue actions (YYYY-MM-DD); default: the day of the build."""

    publish = c.ListOfItems(c.Type(str), default=[])
    """Files under evidence/ published to every audience on their own, though no page refers to them (paths
    relative to evidence/, or patterns such as "downloads/*.pdf"). Every other file is published only when a page
    of the build refers to it."""

    strict_gaps = c.Type(bool, default=False)
    """Whether `mkdocs build --strict` fails on gaps (uncovered sections, stale items, ratings not backed, overdue
    actions) as well as on mistakes."""

    allow_gh_deploy = c.ListOfItems(c.Choice(AUDIENCES), default=[])
    """Audiences besides public that `mkdocs gh-deploy` may publish (it refuses any other)."""
