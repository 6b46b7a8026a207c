"""What the readers of zips (site/own_outputs.py, which looks into archives for withheld files; reading/surveys.py,
which looks into a public page's zip for personal data) take a zip's members to be."""

from __future__ import annotations

import zipfile
import zlib

ENCRYPTED = 0x1
"""The bit of a zip's member's flags that says it is encrypted (locked by a password)."""
UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, RuntimeError, NotImplementedError, ValueError)
"""What reading a damaged zip, or a member packed in a way Python does not read, raises."""


def made_by_the_system(name: str) -> bool:
    """Whether a member is what the system or an office program leaves beside the files zipped: macOS' __MACOSX/
    folder and its "._" files, and the files scan.SYSTEM_FILES names under evidence/ (Excel's and Word's lock files,
    "~$budget.xlsx"), none of them a document (a review of valid portfolios: a zip a Mac made was told its
    "._venues.xlsx" could not be read)."""
    from .scan import SYSTEM_FILES

    parts = name.split("/")
    return parts[0] == "__MACOSX" or parts[-1].startswith("._") or SYSTEM_FILES.fullmatch(parts[-1]) is not None
