"""The file a path naming none most likely misspells: `files/minuts.pdf` for files/minutes.pdf, `../do/bid.md` for
`../do/bids.md`. Told in the message of a broken link or a missing attachment, as "did you mean"."""

from __future__ import annotations

import posixpath
from collections.abc import Collection

from ..model.names import LOOK_ALIKE, as_seen
from ..model.urls import DATED_NAME

_CLOSE = 0.8
"""How alike (difflib's ratio) a name must be to the one written to be suggested."""
_APART = 0.05
"""How much closer than the next the closest name must be: of `report-2027.pdf`, neither `report-2025.pdf` nor
`report-2026.pdf` is meant more than the other, and neither is suggested."""


def near_name(path: str, files: Collection[str]) -> str | None:
    """The one path of `files` whose file `path` (a path under evidence/ that is none of them) most likely
    misspells: a name close to its own, in its folder or in the one folder whose name its folder's misspells; None
    when no name is close, or two are as close."""
    folder, name = posixpath.split(path)
    folders = {posixpath.dirname(file) for file in files}
    if folder not in folders:
        near = _closest(folder, folders)
        if near is None:
            return None
        folder = near
    found = _closest(name, [posixpath.basename(file) for file in files if posixpath.dirname(file) == folder])
    return posixpath.join(folder, found) if found is not None else None


def moved_to(path: str, files: Collection[str]) -> str | None:
    """The one path of `files` that has the name of the file `path` names (a path under evidence/ that is none of
    them), in another folder: where that file went, moved or its folder renamed (a year-two review: a link to a file
    moved was told only to fix its path); else the one that has it after a date, as `portfolio new` names items;
    None where no file, or more than one, has its name."""
    name = posixpath.basename(path.rstrip("/"))
    names = {name, f"{name}.md"} if "." not in name else {name}
    found = [file for file in files if posixpath.basename(file) in names]
    if not found:  # named without the date `portfolio new` puts first (a staff review: told only to fix the path)
        found = [
            file for file in files if (dated := DATED_NAME.fullmatch(posixpath.basename(file))) and dated[1] in names
        ]
    return found[0] if len(found) == 1 else None


def _closest(written: str, names: Collection[str]) -> str | None:
    """The name of `names` closest to `written` (in capitals alone, or its ending given twice, or else close and
    closer than any other by `_APART`)."""
    import difflib  # here: only a mistake's message needs it

    doubled = [name for name in names if _ending_twice(written.lower(), name.lower())]
    if len(doubled) == 1:
        return doubled[0]
    scored = sorted(
        ((difflib.SequenceMatcher(None, written.lower(), name.lower()).ratio(), name) for name in names),
        reverse=True,
    )
    if not scored or scored[0][0] < _CLOSE:
        return None
    if scored[0][0] < 1 and len(scored) > 1 and scored[0][0] - scored[1][0] < _APART:
        return None
    return scored[0][1]


def _ending_twice(written: str, name: str) -> bool:
    """Whether one of two names is the other with its ending given again: `minutes.pdf.pdf`, as a computer that hides
    endings saves a file named with its ending typed (a careless contributor's review: `a.pdf` and `a.pdf.pdf` are too
    unlike, by difflib's ratio, for a short name to be suggested)."""
    longer, shorter = (written, name) if len(written) > len(name) else (name, written)
    ending = posixpath.splitext(shorter)[1]
    return bool(ending) and longer == shorter + ending


def written_alike(path: str, files: Collection[str]) -> str | None:
    """The path of `files` that `path` (none of them) looks the same as: its accented letters stored otherwise (é as
    one character, or as e and an accent, as a Mac stores them: Unicode's normal forms), a no-break space for a
    space, or a character no one sees in it (a careless contributor's review: both names printed alike in "does not
    exist"); None where there is none."""
    wanted = as_seen(path)
    return next((file for file in sorted(files) if file != path and as_seen(file) == wanted), None)


ALIKE = f"has the same name written in {LOOK_ALIKE}, which the site tells apart; rename the file, typing its name anew"
"""What a message says of the file `written_alike` finds, after its name."""
