"""Problems found in a portfolio project, reported as `PATH:LINE: severity: message`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .codes import CODES, Code
from .lazy_patterns import lazy_pattern
from .vocabulary import Severity

_CONTROLS = r"\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
"""Control characters but CR and LF: a terminal's escapes (ESC, the C1 CSI), a bell, a tab, Unicode's breaks."""
_LINE_BREAKS = lazy_pattern(f"[{_CONTROLS}\r\n]")
"""Characters that would break a report's line in two (or hide part of it): shown as a space."""
_SHOWN_AS_SPACES = lazy_pattern(f"[{_CONTROLS}]")


def one_line(text: str) -> str:
    return _LINE_BREAKS.sub(" ", text)


def controls_as_spaces(text: str) -> str:
    """A text with its control characters shown as spaces, as one_line shows them, but for CR and LF (which a
    GitHub annotation escapes)."""
    return _SHOWN_AS_SPACES.sub(" ", text)


def shortened(text: str, longest: int = 40) -> str:
    """Text as a message quotes it: its first `longest` characters, and "..." for any more, cut where a word ends
    where one does in its second half (a staff walkthrough: "... for Riversi")."""
    if len(text) <= longest:
        return text
    cut = text[:longest]
    space = cut.rfind(" ")
    return (cut[:space] if space > longest // 2 and not text[longest].isspace() else cut).rstrip() + "..."


@dataclass(frozen=True, order=True)
class Problem:
    """One error or warning, at a line of a file relative to the project root.

    `concerns` names every file (relative to the project root) whose name or content the message reveals: a
    build for an audience shows the problem only when it publishes all of them.
    """

    path: str
    line: int
    severity: Severity
    code: str
    message: str
    concerns: frozenset[str] = field(default=frozenset(), compare=False)
    subject: str = field(default="", compare=False)
    """What a gap is about when that is a section ("challenge/section"), whatever line it is reported at."""

    def __str__(self) -> str:
        return f"{one_line(self.path)}:{self.line}: {self.severity}: {one_line(self.message)}"

    @property
    def kind(self) -> Code:
        return CODES[self.code]

    @property
    def gap(self) -> bool:
        return self.kind.gap

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "severity": self.severity,
            "code": self.code,
            "gap": self.gap,
            "message": self.message,
        }


def fails_strict(problem: Problem, strict_gaps: bool) -> bool:
    """Whether a warning fails a strict build or check: a mistake always, a gap only with strict_gaps."""
    return problem.severity == "warning" and (not problem.gap or strict_gaps)


def gaps_passed(problems: Iterable[Problem], strict_gaps: bool) -> int:
    """How many of the warnings are gaps that a strict build or check passes (none with strict_gaps)."""
    return 0 if strict_gaps else sum(p.severity == "warning" and p.gap for p in problems)


class Problems(list[Problem]):
    """The problems of one file (or of a whole build), in the order they were found."""

    def add(self, code: str, path: str, line: int, message: str, also: Iterable[str] = (), subject: str = "") -> None:
        """A problem of kind `code` (severity from its definition); `also` names other files the message reveals;
        `subject` the section it is about."""
        kind = CODES[code]
        self.append(Problem(path, max(line, 1), kind.severity, code, message, frozenset((path, *also)), subject))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self if p.severity == "warning"]


def _listed(options: list[str]) -> str:
    """Choices as a message lists them: the first twelve."""
    return ", ".join(options[:12]) + (", ..." if len(options) > 12 else "")


def _negated(text: str, by_lower: Mapping[str, str]) -> str | None:
    """The choice a value says it is not (`not public`, `non-public`, `Not for public`, `undone`, `public - no`),
    by its words; None for a value that negates none."""
    words = [word for word in re.split(r"[^a-z0-9/]+", text.lower()) if word and word not in ("for", "the", "to", "a")]
    if "".join(words) in {re.sub(r"[^a-z0-9/]+", "", option) for option in by_lower}:  # (`un-satisfactory`, `not_met`:
        return None  # the choices unsatisfactory and not-met, written otherwise: a review of valid portfolios)
    if len(words) >= 2 and words[0] in _NOT and " ".join(words[1:]) in by_lower:
        return by_lower[" ".join(words[1:])]
    if len(words) >= 2 and words[-1] in _NOT and " ".join(words[:-1]) in by_lower:
        return by_lower[" ".join(words[:-1])]
    joined = "".join(words)
    prefix = next((start for start in ("non", "not", "un") if joined.startswith(start)), "")
    return by_lower.get(joined[len(prefix) :]) if prefix else None


_NOT = frozenset(("not", "non", "no", "never", "un"))
"""Words that say a value is not what follows them."""
_MEANT_OTHERWISE = frozenset(("poor", "bad", "weak", "fair", "low", "high", "none", "nil", "n/a", "na"))
"""Words spelt like a choice that mean another thing (`Poor` is not "good"): suggested none."""


def _numbers(text: str) -> list[str]:
    """The numbers written in a text, in order."""
    return re.findall(r"\d+", text)


def suggest(
    value: object,
    choices: Iterable[str],
    noun: str = "values",
    titles: Mapping[str, str] | None = None,
    titles_are: str = "title",
    *,
    short: bool = False,
) -> str:
    """A hint naming the closest valid choice (or the only one the value starts, as "partnerships" starts
    "partnerships-and-collaboration"), or the choice whose title the value is (`titles`: choice -> its title, or
    its label, as `titles_are` names them), or listing the valid choices when none is close. `short`: the value
    is one of `choices` misspelt, where a word of four letters or fewer may be further off."""
    options = list(choices)
    if not options:
        return ""
    text = str(value)
    titled = [option for option, title in (titles or {}).items() if " ".join(title.split()).lower() == text.lower()]
    if titled and titled[0].lower() == text.lower():  # its title is its id: the id in other capitals
        return f'; ids are written in their own capitals: write "{titled[0]}"'
    if titled:
        return f'; "{text}" is the {titles_are} of "{titled[0]}": write its id, {titled[0]}'
    by_lower = {option.lower(): option for option in options}
    negated = _negated(text, by_lower)
    if negated is not None:  # `not public`: never "did you mean public?" (a careless contributor's review)
        return (
            f'; "{text}" says what it is not: write what it is, one of {_listed([o for o in options if o != negated])}'
        )
    if text.strip().lower() in _MEANT_OTHERWISE:  # (`Poor` is spelt like "good", and means another thing)
        return f"; valid {noun}: {_listed(options)}"
    import difflib  # here: only a mistake needs it, and `portfolio check` starts 3 ms sooner without it

    # `short`: a value of a few letters is off by more of them ("gud" is 0.57 like "good"); not a key, where a
    # suggestion is read as what was meant ("date" is 0.5 like "type")
    close = difflib.get_close_matches(
        text.lower(), list(by_lower), n=1, cutoff=0.5 if short and len(text) <= 4 else 0.6
    )
    meant, typed = (_numbers(by_lower[close[0]]), _numbers(text)) if close else ([], [])
    if meant not in ([], typed) and typed and sorted("".join(meant)) != sorted("".join(typed)):
        # "level 11" is not "Level 1" mistyped (a new organisation's review); "-2072" is "-2027" (another), and "c-1"
        # is "c-01" (a conformance review)
        close = close if list(map(int, meant)) == list(map(int, typed)) else []
    started = [option for lower, option in by_lower.items() if text and lower.startswith(text.lower() + "-")]
    if close or len(started) == 1:
        return f'; did you mean "{by_lower[close[0]] if close else started[0]}"?'
    named = {" ".join(title.split()).lower(): option for option, title in (titles or {}).items()}
    near = difflib.get_close_matches(" ".join(text.split()).lower(), list(named), n=1, cutoff=0.8)
    if near:  # a title typed from memory ("Workforce and volunteering" for "... volunteers": a careless review)
        option = named[near[0]]
        title = " ".join((titles or {})[option].split())
        return f'; "{text}" is close to "{title}", the {titles_are} of "{option}": write its id, {option}'
    words = set(re.split(r"[\s_/-]+", text.lower()))
    held = [option for lower, option in by_lower.items() if lower in words] if len(words) > 1 else []
    if len(held) == 1:  # one of the value's words ("Improvement action": a careless contributor's review)
        return f'; did you mean "{held[0]}"?'
    return f"; valid {noun}: {_listed(options)}"
