"""Problems found in a portfolio project, reported as `PATH:LINE: severity: message`."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning, at a line of a file relative to the project root."""

    path: str
    line: int
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"path": self.path, "line": self.line, "severity": self.severity, "message": self.message}


class Problems(list[Problem]):
    """The problems of one file (or of a whole build), in the order they were found."""

    def error(self, path: str, line: int, message: str) -> None:
        self.append(Problem(path, line, "error", message))

    def warning(self, path: str, line: int, message: str) -> None:
        self.append(Problem(path, line, "warning", message))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self if p.severity == "warning"]


def suggest(value: object, choices: Iterable[str], noun: str = "values") -> str:
    """A hint naming the closest valid choice, or listing the valid choices when none is close."""
    options = list(choices)
    if not options:
        return ""
    text = str(value)
    by_lower = {option.lower(): option for option in options}
    close = difflib.get_close_matches(text.lower(), list(by_lower), n=1, cutoff=0.6)
    if close:
        return f'; did you mean "{by_lower[close[0]]}"?'
    listed = ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")
    return f"; valid {noun}: {listed}"
