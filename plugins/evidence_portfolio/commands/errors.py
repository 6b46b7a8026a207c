"""What the `portfolio` command's subcommands raise for the user to put right."""

from __future__ import annotations


class UsageError(Exception):
    """Something the user must put right in the command itself or the project's setup (exit 2)."""
