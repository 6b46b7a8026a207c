"""Reading typed fields out of a YAML mapping, reporting each wrong value at its line."""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..model.item_types import VISIBILITY
from ..model.lazy_patterns import lazy_pattern
from ..model.names import caseless
from ..model.problems import Problems, suggest
from ..model.vocabulary import as_audience
from .kept_from_public import NO, YES
from .text import date_hint, day_of, looks_like_a_date, no_such_day, typed_again, without_time
from .yaml_lines import LineList, LineMap

_SEVERAL = lazy_pattern(r"[,;/&+]| and | or ")
"""How several values are written in one (`evidence, case-study`, `public or accreditor`)."""


def kind_of(value: Any) -> str:
    """How a value reads to someone who wrote it in YAML."""
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (datetime.date, datetime.datetime)):
        return "a date"
    if value is None:
        return "empty"
    if isinstance(value, bytes):
        return "binary data"
    if isinstance(value, (set, frozenset)):
        return "a set"
    if isinstance(value, str):
        return "text" if value.strip() else "empty text"
    return type(value).__name__


def flag_shown(value: Any) -> str:
    """A value given where true or false goes, as a message shows it; for a word YAML 1.1 read as either (yes, off),
    which one to write: only true and false are read as true or false here."""
    if isinstance(value, str) and value.strip().lower() in _FLAG_WORDS:
        meant = "true" if _FLAG_WORDS[value.strip().lower()] else "false"
        return f'text "{value}" (write {meant}: only true and false are read as true or false)'
    return kind_of(value)


_FLAG_WORDS = {"yes": True, "no": False, "on": True, "off": False, "y": True, "n": False}


def number_shown(value: Any) -> str:
    """A value given where a number goes, as a message shows it ("12.5", text "twelve"); for text that is a number
    written another way (0750, 1_500, 1:30, 4,380: YAML 1.1 reads the first three as other numbers, and they are
    read as text), how to write it."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return kind_of(value)
    if isinstance(value, float) and not math.isfinite(value):  # YAML's .nan and .inf, which Python writes nan, inf
        return '".nan" (no number)' if math.isnan(value) else f'"{"-" if value < 0 else ""}.inf" (infinity)'
    if not isinstance(value, str):
        return f'"{value}"'
    written = value.strip()
    plain = _PLAIN_NUMBER.fullmatch(written.removesuffix("%").strip())
    if plain and written.endswith("%"):
        hint = f'; write the number alone, without "%" (such as {plain[1]})'
    elif plain:  # only quotes make a number written plainly text
        hint = f"; take away the quote marks ({plain[1]}): a number in quotes is read as text"
    elif _THOUSANDS.fullmatch(written) or _DECIMAL_COMMA.fullmatch(written):
        meant = written.replace(",", "") if _THOUSANDS.fullmatch(written) else written.replace(",", ".")
        hint = f'; write the number in digits alone, with "." before any decimals: {meant}'
    elif (unit := _WITH_A_UNIT.fullmatch(written)) and (unit["currency"] or unit["unit"]):
        around = [part.strip() for part in (unit["currency"], unit["unit"]) if part and part.strip()]
        meant = unit["number"].replace(",", "") if _THOUSANDS.fullmatch(unit["number"]) else unit["number"]
        word = (unit["unit"] or "").strip().lower()
        times = _MAGNITUDES.get(word) if unit["currency"] or len(word) > 2 else None  # (5k, 1.5m: a run, metres?)
        if times:  # "£1.5m": 1500000, not 1.5 (a review)
            from decimal import Decimal  # (here: a check that reads no such value starts 2 ms sooner without it)

            meant = format(Decimal(meant) * times, "f")
            meant = meant.rstrip("0").rstrip(".") if "." in meant else meant
        such = f" (such as {meant})" if times or word not in _MAGNITUDES else ""
        hint = "; write the number alone, without " + " and ".join(f'"{part}"' for part in around) + such
    else:
        hint = _NUMBER_HINT if _WRITTEN_OTHERWISE.fullmatch(written) else ""
    return f'{kind_of(value)} "{value}"{hint}'


def _as_key(name: str) -> str:
    """A key as written otherwise (`maps-to`, `Maps To`) as it is spelt: small letters, "_" between its words."""
    return "_".join(name.strip().lower().replace("-", " ").split())


def _in_days(key: str, value: Any) -> str:
    """For a number of days written as a time (`max_evidence_age_days: 3 years`: told only that it must be a whole
    number, a careless organisation's review), the days it is."""
    time = _A_TIME.fullmatch(value) if key.endswith("_days") and isinstance(value, str) else None
    if time is None:
        return ""
    days = round(float(time[1]) * _DAYS_IN[time[2].lower()])
    return f"; it is a number of days: write {days} for {time[1]} {time[2].lower()}{'s' if time[3] else ''}"


_A_TIME = lazy_pattern(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(year|month|week|day)(s?)\s*", re.IGNORECASE)
_DAYS_IN = {"year": 365, "month": 30, "week": 7, "day": 1}
_THOUSANDS = lazy_pattern(r"-?[1-9][0-9]{0,2}(?:,[0-9]{3})+(?:\.[0-9]+)?")
"""A number written with commas between its thousands (4,380), as a spreadsheet shows it."""
_DECIMAL_COMMA = lazy_pattern(r"-?(?:0|[1-9][0-9]*),(?:[0-9]{1,2}|[0-9]{4,})")
"""A number written with a comma before its decimals (37,5), as much of Europe writes it."""


_WITH_A_UNIT = lazy_pattern(
    r"(?P<currency>[£$€])?\s*(?P<number>-?(?:0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\.[0-9]+)?)"
    r"\s*(?P<unit>[^\W\d_][^\d]{0,40})?"
)
"""A number written with its unit ("3 days", "45 minutes", "£1,200"), as a report writes it (a careless user's
review: told only that it must be a number)."""
_MAGNITUDES = {
    **dict.fromkeys(("k", "thousand", "thousands"), 1000),
    **dict.fromkeys(("m", "mn", "million", "millions"), 1000000),
    **dict.fromkeys(("bn", "billion", "billions"), 1000000000),
}
"""Words and letters after a number that multiply it ("£1.5m", "£2k", "1.2 million"; "5k" and "1.5m" alone may be
a distance, and are not multiplied)."""
_PLAIN_NUMBER = lazy_pattern(r"\+?(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?)")
"""A number as a value is written plainly (but for a "+", which YAML reads and the number does not need)."""
_WRITTEN_OTHERWISE = lazy_pattern(r"[-+]?[0-9][0-9_,:.]*(?:[eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+")
_NUMBER_HINT = (
    '; write the number in digits alone, with "." before any decimals (such as 750 or 37.5): no 0 before the '
    'first digit, no "_", "," or ":", and no "e" (1000, not 1e3)'
)


def as_written(value: Any) -> str:
    """A key or value as YAML would write it (None as ~, True as true, bytes as binary data), not as Python does."""
    if value is None:
        return "~"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return "binary data"
    return str(value)


def said_as_hint(value: str, said_as: Mapping[str, str] | None) -> str:
    """The choice a word people write for it stands for ("private" for internal), as a hint; "" for another."""
    meant = (said_as or {}).get(" ".join(caseless(value.strip()).replace("-", " ").replace("_", " ").split()))
    return f'; did you mean "{meant}"?' if meant else ""


_EMAIL_HEADERS = frozenset({"From", "Sent", "To", "Cc", "Subject", "Importance"})
"""The first lines of an email as Outlook copies it."""


class FieldReader:
    """Typed access to one YAML mapping of a file, adding a problem for each value that does not fit."""

    def __init__(
        self, data: LineMap, path: str, offset: int, problems: Problems, absent_line: int | None = None
    ) -> None:
        self.data = data
        self.path = path
        self.offset = offset
        self.problems = problems
        self.absent_line = data.line + offset if absent_line is None else absent_line

    def line(self, key: str) -> int:
        """The file line of `key`; for a key that is absent, `absent_line` (by default, where the mapping starts)."""
        return self.data.key_lines[key] + self.offset if key in self.data.key_lines else self.absent_line

    def lines(self) -> dict[str, int]:
        """`line(key)` of every key (written as text), in one pass rather than one call a key."""
        key_lines, offset, absent = self.data.key_lines, self.offset, self.absent_line
        return {str(key): key_lines[key] + offset if key in key_lines else absent for key in self.data}

    def error(self, key: str, message: str, code: str = "wrong-kind") -> None:
        self.problems.add(code, self.path, self.line(key), message)

    def present(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def require(self, key: str, what: str) -> bool:
        if self.present(key):
            return True
        written = next((name for name in self.data if isinstance(name, str) and _as_key(name) == key), None)
        if key in self.data:
            self.error(key, f'"{key}" is empty; give {what}', "empty-value")
        elif written is not None:  # `maps-to:`: one error at its line, not also "unknown key" (a careless review)
            line = self.line(written)
            told = [p for p in self.problems if p.code == "unknown-key" and p.path == self.path and p.line == line]
            for problem in told:
                self.problems.remove(problem)
            self.problems.add(
                "missing-key", self.path, line, f'the required key "{key}" is written "{written}"; write it {key}:'
            )
        else:
            self.error(key, f'missing required key "{key}"; add a line "{key}: ..." with {what}', "missing-key")
        return False

    def text(self, key: str, *, required: bool = False, what: str = "some text") -> str | None:
        if required and not self.require(key, what):
            return None
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, (list, dict)):
            # (`owner: [Jo, Sam]` was told to write it on the line it was on: a careless contributor's review)
            self.error(
                key,
                f'"{key}" must be one text, not {kind_of(value)}; write it as one text on the line of "{key}:", '
                "without brackets or dashes",
            )
            return None
        if not isinstance(value, str):
            self.error(key, f'"{key}" must be text, not {kind_of(value)}; put the value in quotes')
            return None
        if not value.strip():
            if required:
                self.error(key, f'"{key}" is empty; give {what}', "empty-value")
            return None
        return value.strip()

    @staticmethod
    def bracketed(value: str) -> bool:
        """Whether a text is a list of several names in brackets, written in quotes (see text_list): `"[A, B]"`, not
        an assessor's sentence with brackets in it (`"[R1] Agree measures, with partners [priority]"`), nor one name
        (`"[Name withheld]"`): a false-positive review."""
        inside = value.strip()[1:-1]
        return value.strip()[:1] == "[" and value.strip()[-1:] == "]" and "," in inside and not {"[", "]"} & set(inside)

    def text_list(self, key: str, names: bool = False) -> list[tuple[str, int]]:
        """A list of texts with their lines; a single text is a one-item list. Of a list of `names` (maps_to,
        partners, tags, authors, attachments), several in brackets written in quotes ("[a, b]"), which YAML reads as
        one text, is an error, and read as the list it was meant to be (a careless contributor's review: told to write
        "[[a, b]]")."""
        value = self.data.get(key)
        if value is None:
            return []
        if names and isinstance(value, str) and self.bracketed(value):
            self.error(
                key,
                f'"{key}" is a list in brackets written in quotes, which YAML reads as one text, "{value.strip()}"; '
                f"remove the quotes around it: {key}: {value.strip()}",
            )
            meant = (entry.strip().strip("\"'").strip() for entry in value.strip()[1:-1].split(","))
            return [(entry, self.line(key)) for entry in meant if entry]
        if isinstance(value, str):  # (at the line of the text: `maps_to:` over `  -partnerships/do`, a review)
            return [(value.strip(), self.data.value_line(key) + self.offset)] if value.strip() else []
        if isinstance(value, dict):
            self.error(
                key,
                f'"{key}" must be a list (or a single text), not {kind_of(value)}; write each entry on a line of its '
                f'own under "{key}:", starting with a dash and a space ("  - the entry"), or [in, brackets]',
            )
            return []
        if not isinstance(value, list):  # a number, a date, true: the entry is text in quotes (an outside review: a
            # list of it, as told, was then told to be in quotes)
            self.error(key, f'"{key}" must be text (or a list of texts), not {kind_of(value)}{_entry_hint(value, key)}')
            return []
        entries: list[tuple[str, int]] = []
        for index, entry in enumerate(value):
            line = self.offset + (value.line_at(index) if isinstance(value, LineList) else self.data.line_of(key))
            if entry is None or (isinstance(entry, str) and not entry.strip()):
                self.problems.add(
                    "empty-value", self.path, line, f'an entry of "{key}" is empty; remove it, or write what it is'
                )
                continue
            if not isinstance(entry, str):
                self.problems.add(
                    "wrong-kind",
                    self.path,
                    line,
                    f'each entry of "{key}" must be text, not {kind_of(entry)}' + _entry_hint(entry),
                )
                continue
            entries.append((entry.strip(), line))
        return entries

    def date(self, key: str, *, required: bool = False, what: str = "a date") -> datetime.date | None:
        if required and not self.require(key, what):
            return None
        value = self.data.get(key)
        if value is None:
            return None
        day = day_of(value)
        if day is not None:
            return day
        if isinstance(value, (list, dict)):
            self.error(key, f'"{key}" must be one date, not {kind_of(value)}; {date_hint(None)}')
        elif isinstance(value, str) and value.strip().upper() == "YYYY-MM-DD":
            self.error(
                key,
                f'"{key}" still holds the template\'s YYYY-MM-DD; write the real date, such as 2026-05-14',
                "bad-date",
            )
        elif isinstance(value, str) and looks_like_a_date(without_time(value)):
            self.error(
                key,
                f'"{key}" is not a date: "{value}" does not exist; {no_such_day(without_time(value))}',
                "bad-date",
            )
        elif isinstance(value, str) and looks_like_a_date(without_time((typed := typed_again(value))[0])):
            self.error(
                key,
                f'"{key}" is not a date: "{value}" has {typed[1]}; type it again on the keyboard: '
                f"{without_time(typed[0])}",
                "bad-date",
            )
        else:
            self.error(key, f'"{key}" is not a date: "{value}"; {date_hint(value)}', "bad-date")
        return None

    def choice(
        self,
        key: str,
        choices: Iterable[str],
        default: str | None = None,
        code: str = "unknown-value",
        said_as: Mapping[str, str] | None = None,
    ) -> str | None:
        """One of `choices` (compared without case: names.caseless); the default when absent. A value refused that is
        one of the words `said_as` has is suggested as the choice it stands for."""
        options = list(choices)
        value = self.data.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self.error(key, f'"{key}" must be one of {", ".join(options)}, not {kind_of(value)}')
            return None
        written = caseless(value.strip())
        for option in options:
            if written == caseless(option):
                return option
        parts = [caseless(part.strip()) for part in _SEVERAL.split(value) if part.strip()]
        several = [option for part in parts for option in options if part == caseless(option)]
        if len(parts) > 1 and len(several) == len(parts):  # `type: evidence, case-study` (a novice's review)
            named = list(dict.fromkeys(several))
            self.error(
                key,
                f'"{key}" takes one value, not {len(parts)} ({", ".join(several)}): keep the one that fits best'
                if len(named) > 1
                else f'"{key}" takes one value, written once: write "{key}: {named[0]}"',
                code,
            )
            return None
        hint = said_as_hint(value, said_as) or suggest(value, options, short=True)
        self.error(key, f'unknown {key} "{value}"{hint}', code)
        return None

    def number(self, key: str, default: float, *, whole: bool = False, minimum: float | None = None) -> float:
        value = self.data.get(key)
        if value is None:
            return default
        kind = "a whole number" if whole else "a number"
        if whole and isinstance(value, float) and value.is_integer():
            value = int(value)  # 100.0 is the whole number 100, as the JSON Schema's "integer" reads it
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (whole and not isinstance(value, int)):
            days = _in_days(key, value)  # the number to write, where the number before its unit is not it
            shown = f'{kind_of(value)} "{value}"{days}' if days else number_shown(value)
            self.error(key, f'"{key}" must be {kind}, not {shown}')
            return default
        if isinstance(value, int) and abs(value) >= 10**15:  # (no float holds it: a fuzz's OverflowError)
            self.error(key, f'"{key}" must be {kind} of at most 15 digits, not one of {len(str(abs(value)))}')
            return default
        if not math.isfinite(value):
            self.error(key, f'"{key}" must be {kind}, not "{value}"')
            return default
        if minimum is not None and value < minimum:
            self.error(key, f'"{key}" must be at least {minimum:g}, not {value}', "out-of-range")
            return default
        return value

    def unknown_keys(self, known: Iterable[str], where: str, elsewhere: Mapping[str, str] | None = None) -> None:
        """Warn about keys nobody reads, suggesting the known key that was probably meant; a key `elsewhere` names
        gets its hint from there instead (read by other items only, or a part of another key)."""
        names = list(known)
        read = set(names)
        text_from = None if self.data.keys() <= read else self._text_from(read)
        for key in self.data:
            if str(key) not in read:
                written = as_written(key)
                hint = (elsewhere or {}).get(str(key)) or self._key_meant(written, names)
                if key == text_from:
                    hint = (
                        "; if this line and those below it are an email's, pasted as the page's text, the front "
                        'matter is not closed above them (a rule "---" further down closed it): add a line "---" '
                        "above them" + hint
                    )
                if key is None:  # YAML reads a key written null, Null, NULL or ~ as no name at all
                    written, hint = "null", f" (a key written null or ~ has no name in YAML){hint}"
                self.problems.add(
                    "unknown-key",
                    self.path,
                    self.line(key),
                    f'unknown key "{written}" in {where}{hint} (unknown keys are ignored)',
                )
        report_duplicates(self.data, self.path, self.offset, self.problems)

    def _text_from(self, read: set[str]) -> object:
        """The key that may start the page's text, read as keys where the front matter's closing "---" was left out
        (a careless contributor's review: an email's "From:" and "Subject:" below a blank line, told to be unknown
        keys alone): the first of the keys nobody reads that come below every key read, after a line that is none
        of theirs (a blank line), where it is an email's header; None where there is none (`Venue:` and `Contact:`,
        the keys of a front matter closed below them: a false-positive review)."""
        key_lines = self.data.key_lines
        ends = {
            key: max((line, *(value.line_at(index) for index in range(len(value)))))
            if isinstance((value := self.data[key]), LineList)
            else line
            for key, line in key_lines.items()
        }
        written = sorted(key_lines, key=key_lines.__getitem__)
        for place, key in enumerate(written):
            if str(key) in read or not place:
                continue
            gap = key_lines[key] - ends[written[place - 1]] >= 2
            if gap and str(key) in _EMAIL_HEADERS and not any(str(k) in read for k in written[place:]):
                return key
            return None
        return None

    def _key_meant(self, written: str, names: list[str]) -> str:
        """The hint for an unknown key: a key not given that is one of its words (`due_date` for a missing `due`),
        else the closest key not given, else the closest key (`date`, given already, was suggested for `due_date`)."""
        if written != written.lower() and written.lower() in self.data:  # `Title:` below `title:`, not "subtitle"
            return (
                f'; it is "{written.lower()}" in capitals, which is given already: keep one of them, in small letters'
            )
        words = set(re.split(r"[\s_-]+", written.lower()))
        missing = [name for name in names if name not in self.data]
        if words & {"section", "sections"} and "maps_to" in names:  # `Section: Plan`, as a spreadsheet's column
            return (  # (a careless contributor's review: "description" was suggested)
                '; the sections an item supports are written under "maps_to", each as challenge/section, such as '
                "maps_to: [partnerships/plan]"
            )
        if words & {"section", "sections"} and "ratings" in names:  # (and on a self-assessment: a fuzz run)
            return (
                '; a section is rated under "ratings:", one line each (such as "  plan: good"), and written about '
                "under a heading of its own in the text (## Plan)"
            )
        other = _OTHER_WORDS.get("_".join(sorted(words - {""}))) if len(words) < 4 else None
        if other and other[0] in missing:  # a word people use for it (`deadline`, `lead`, `recommendations`)
            return f'; did you mean "{other[0]}"?{other[1]}'
        if other and other[0] in names:  # and the key itself is given too (a differential fuzz: no hint)
            return f'; did you mean "{other[0]}"? It is given already: keep one of them, under "{other[0]}"'
        audience = as_audience(VISIBILITY.said_as.get(written.lower(), written.lower()))
        said = str(self.data.get(written)).strip().lower()
        if audience and "visibility" in names and "visibility" not in self.data and said in YES | NO:
            # `public: yes`, as a form's tick box (a careless contributor's review); not `published: 2026-03-01`
            if said in NO:  # (`public: no`)
                return '; who may see an item is written "visibility:", one of public, accreditor, internal'
            return f'; who may see an item is written "visibility: {audience}"'
        if audience and "visibility" in names and "visibility" in self.data:
            # `draft: true` beside `visibility: public` (a conformance review: told "did you mean date?")
            return '; who may see an item is written under "visibility" alone, which is given already'
        if written.lower() == "date" and "data" in names:  # in a measure, where "data" was said (a careless review)
            return '; a measure is dated by its item\'s own "date"; its survey file is given by "data"'
        named = [name for name in missing if name in words]
        if len(named) == 1:
            return f'; did you mean "{named[0]}"?'
        given = _closest_key(written, [name for name in names if name in self.data])
        if given is not None and given[1] > (_closest_key(written, missing) or ("", 0.0))[1]:
            # `titel` below `title` (a fuzz of malformed input: "did you mean subtitle?", the closest not given)
            return f'; did you mean "{given[0]}"? It is given already: keep one of them'
        hint = suggest(written, missing, "keys")
        return hint if hint.startswith("; did you mean") else suggest(written, names, "keys")


def _closest_key(written: str, keys: list[str]) -> tuple[str, float] | None:
    """The key of `keys` a key written is most likely a misspelling of (difflib's ratio of 0.8 or more: a letter or
    two apart), with how alike the two are; None where none is so close."""
    import difflib  # here: only a mistake needs it

    scored = [(difflib.SequenceMatcher(None, written.lower(), key).ratio(), key) for key in keys]
    best = max(scored, default=(0.0, ""))
    return (best[1], best[0]) if best[0] >= 0.8 else None


def _other_words(*groups: tuple[str, str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """Each word (or words, in the order `_key_meant` sorts them in) -> the key it means, and what to add."""
    return {"_".join(sorted(re.split(r"[\s_-]+", word))): (key, more) for key, more, words in groups for word in words}


_OTHER_WORDS = _other_words(
    ("due", "", ("deadline", "target date", "by when", "complete by", "due by", "end date", "finish by")),
    ("owner", "", ("responsible", "lead", "assigned to", "assignee", "lead officer", "action owner", "who")),
    (
        "status",
        " (such as status: done)",
        (
            *("completed", "complete", "done", "finished", "progress"),
            *("date completed", "completion date", "completed on", "date done"),
        ),
    ),
    ("improvements", "", ("recommendations", "areas for improvement", "areas for development", "development areas")),
    ("strengths", "", ("good practice", "highlights", "positives", "what went well", "key strengths")),
    ("partners", "", ("partner organisations", "organisations", "partner organisation", "partnerships")),
    ("tags", "", ("keywords", "categories", "labels", "themes")),
    ("measures", "", ("metrics", "measurements", "kpis", "kpi", "figures")),
)
"""Other words people write for a key (a careless contributor's review: `deadline` got no hint, `recommendations`
was told "comments", `done: yes` "owner")."""


def report_duplicates(data: LineMap, path: str, offset: int, problems: Problems) -> None:
    """An error for each key written twice in one mapping (YAML would silently keep only the last)."""
    for key, line in data.duplicates:
        problems.add(
            "duplicate-key", path, line + offset, f'"{key}" is given twice; keep one of them (YAML keeps only the last)'
        )


def _entry_hint(entry: object, key: str = "") -> str:
    """How to write a text that YAML read as something else (an entry of a list of texts, or the value of `key`): in
    quotes, as it was written, where that can be told (not of a number with a point: 3.10 is read as 3.1, a review
    of the change)."""
    if isinstance(entry, dict) and len(entry) == 1:
        [(name, value)] = entry.items()
        if not isinstance(value, (list, dict)):  # "- Joint bid: £186,000 secured", read as a key and a value
            whole = f"{as_written(name)}: {'' if value is None else as_written(value)}".rstrip()
            return f'; the ": " in it makes it a key and a value: put the whole entry in quotes, such as - "{whole}"'
    if isinstance(entry, (list, dict)):
        return ""
    if isinstance(entry, float):
        shown = as_written(entry) if math.isfinite(entry) else "no number" if math.isnan(entry) else "infinity"
        return f" ({shown}); put it in quotes, as you wrote it"
    return f" ({as_written(entry)}); put it in quotes" + (f': {key}: "{as_written(entry)}"' if key else "")
