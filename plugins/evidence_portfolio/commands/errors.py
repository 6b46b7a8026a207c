"""What the `portfolio` command's subcommands raise for the user to put right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.problems import Problem


class UsageError(Exception):
    """Something the user must put right in the command itself or the project's setup (exit 2); `problem` when it
    is at a line of a file (an option of mkdocs.yml), for the formats that report problems."""

    def __init__(self, message: str, problem: Problem | None = None) -> None:
        super().__init__(message)
        self.problem = problem


def output_folder(output: Path) -> None:
    """Make the folder `output` is to be written in; a usage error when `output` is a folder, or its folder cannot
    be made (a file stands where a folder of its path would be)."""
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give the path of a file to write, in it or elsewhere")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(
            f"the folder {output.parent} cannot be made ({exc.strerror}): a file stands in its path; give another "
            "output, or move that file"
        ) from None
