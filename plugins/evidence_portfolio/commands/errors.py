"""What the `portfolio` command's subcommands raise for the user to put right."""

from __future__ import annotations

from pathlib import Path


class UsageError(Exception):
    """Something the user must put right in the command itself or the project's setup (exit 2)."""


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
