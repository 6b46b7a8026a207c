"""What the `portfolio` command's subcommands raise for the user to put right."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model.vocabulary import AUDIENCES

if TYPE_CHECKING:
    from ..model.problems import Problem
    from ..reading.settings import Settings

OUTPUT_FOLDER = "packs"
"""Where packs (and PDFs) go by default, in the project: a folder its .gitignore covers, made when it is not there."""
EXIT_CLEAN, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
"""How every `portfolio` command ends: clean, problems with the portfolio, a usage or setup problem."""


def add_project_argument(parser: argparse.ArgumentParser, help: str = "the project folder (default: .)") -> None:
    """A command's project folder, `directory`: a Path, the current folder when not given."""
    parser.add_argument("directory", nargs="?", default=Path("."), type=Path, help=help)


def add_audience_option(parser: argparse.ArgumentParser, help: str, **options: Any) -> None:
    """A command's --audience, read in any capitals (`--audience Public`), as mkdocs.yml's `audience` is."""
    parser.add_argument("--audience", type=str.lower, choices=AUDIENCES, help=help, **options)


REPORT_FORMATS = ("text", "markdown", "json")
"""The formats of a report to read or to paste into a pull request (readiness, report)."""


def add_format_option(parser: argparse.ArgumentParser, printed: str, formats: tuple[str, ...]) -> None:
    """A command's --format: how it prints `printed`, in one of `formats` (text, the default, first)."""
    parser.add_argument(
        "--format",
        choices=formats,
        default="text",
        dest="output_format",
        help=f"how to print {printed}: {', '.join(_FORMAT_USES[name] for name in formats)}",
    )


_FORMAT_USES = {
    "text": "text to read (the default)",
    "github": "github for notes on a pull request's files",
    "markdown": "markdown to paste into a page, a pull request or an email",
    "json": "json for other programs",
}


class UsageError(Exception):
    """Something the user must put right in the command itself or the project's setup (exit 2); `problem` when it
    is at a line of a file (an option of mkdocs.yml), for the formats that report problems."""

    def __init__(self, message: str, problem: Problem | None = None, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.problem = problem
        self.problems = problems or ((problem,) if problem else ())
        """Every problem, where there are several (options of mkdocs.yml), the first being `problem`."""


def copied_into_the_site(path: Path, settings: Settings) -> Path | None:
    """The folder holding `path` whose every file MkDocs copies into the site (evidence/, the theme's custom_dir),
    or that is the site (site/, as mkdocs.yml's site_dir names it), if any: what a command writes there, an internal
    pack say, the next build (or the upload of the site built) would publish."""
    target = path.resolve()
    written = (settings.written_config or {}).get("site_dir")
    base = settings.config_file.parent if settings.config_file else settings.root
    site = base / (written if isinstance(written, str) and written.strip() else "site")
    for folder in (settings.docs_dir, settings.custom_dir, site):
        if folder is not None and (target == folder.resolve() or folder.resolve() in target.parents):
            return folder
    return None


def output_folder(output: Path, settings: Settings, such_as: str, *, given: bool) -> None:
    """Make the folder `output` is to be written in; a usage error when `output` is a folder, or does not end as
    `such_as` does (`-o mkdocs.yml` replaced the project's settings with a PDF), or is in a folder the site publishes
    every file of, or its folder cannot be made. `given`: the user named `output` (with -o), whose folder must be
    there: a folder's name typed wrong (`~/Desktp/pack.zip`) made a folder nobody would look in."""
    if output.is_dir():
        raise UsageError(f"{output} is a folder; give the path of a file to write, such as {OUTPUT_FOLDER}/{such_as}")
    suffix = Path(such_as).suffix
    if output.suffix.lower() != suffix:
        raise UsageError(f"{output} does not end in {suffix}; name the file to write, such as {such_as}")
    published = copied_into_the_site(output, settings)
    if published is not None:
        raise UsageError(
            f"{output} is inside {settings.display(published)}/, whose every file the site publishes (to everyone, "
            "in a public build); write it elsewhere, such as packs/ (the default, which git leaves out)"
        )
    packs = settings.root / OUTPUT_FOLDER
    default_folder = output.parent.resolve() == packs.resolve()  # named with -o too
    if (default_folder or not given) and (
        packs.is_symlink() or not packs.resolve().is_relative_to(settings.root.resolve())
    ):
        raise UsageError(
            f"{settings.display(packs)} is a symbolic link, which may lead out of the project, where the pack would be "
            "written unseen; remove it (the folder is made), or give an output elsewhere with -o"
        )
    if given and not output.parent.exists() and not default_folder:
        raise UsageError(
            f"the folder {output.parent} does not exist{_folder_meant(output.parent)}; give an output in a "
            "folder that is there (only the default folder, packs/ in the project, is made)"
        )
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise UsageError(
            f"the folder {output.parent} cannot be made ({exc.strerror}): a file stands in its path; give another "
            "output, or move that file"
        ) from None
    except OSError as exc:  # read-only, no permission: nothing in the way (an outside review)
        raise UsageError(
            f"the folder {output.parent} cannot be made ({exc.strerror}); give an output in a folder you may write "
            "in (with -o)"
        ) from None


def _folder_meant(missing: Path) -> str:
    """Where the first folder of `missing` that is not there may be a folder's name typed wrong: the folder meant."""
    first = missing
    while not first.parent.exists() and first.parent != first:
        first = first.parent
    try:
        there = [child.name for child in first.parent.iterdir() if child.is_dir()]
    except OSError:  # no permission to list it
        return ""
    import difflib

    close = difflib.get_close_matches(first.name, there, n=1)
    return (
        f" ({first.parent / close[0]} does: did you mean it?)" if close else f" (nor does {first})" * (first != missing)
    )
