"""Options of the `portfolio` plugin in mkdocs.yml."""

from __future__ import annotations

import datetime

from mkdocs.config import config_options as c
from mkdocs.config.base import Config

from .portfolio import AUDIENCES


class PortfolioConfig(Config):
    enabled = c.Type(bool, default=True)
    """Turn the plugin off without removing it from mkdocs.yml."""

    framework = c.Type(str, default="framework.yml")
    """Path of the framework file, relative to mkdocs.yml."""

    audience = c.Choice(AUDIENCES, default="internal")
    """Who the build is for: public, accreditor or internal. The environment variable PORTFOLIO_AUDIENCE wins."""

    max_file_mb = c.Type((int, float), default=5)
    """Markdown files larger than this many megabytes are errors: a guard against files pasted in by mistake."""

    as_of = c.Optional(c.Type((datetime.date, str)))
    """Reference date for freshness and overdue actions (YYYY-MM-DD); default: the day of the build."""
