"""Regular expressions compiled the first time they are used, not as their module is imported.

The portfolio's modules hold some 350 regular expressions, most of them for mistakes a project seldom makes
(a date written in words, a list pasted from Word, a stylesheet's address). Compiling them all as the modules were
imported took 37 ms of every `portfolio check` and build, where the check of a project of 1,600 items used 69 of
them: Python's `re` compiles a pattern in Python, and keeps it only in the process. A pattern made here is a
stand-in with the methods of `re.Pattern`, compiled as one of them (or any other attribute but `pattern`) is first
asked for; the compiled pattern's methods are then the stand-in's own, so that a use costs what it would on the
compiled pattern. Only its methods may be used: it is no `re.Pattern` to `re.sub(...)` nor to `isinstance`.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")
_VALUES = ("flags", "groups", "groupindex")


def lazy_pattern(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """`re.compile(source, flags)`, compiled when first used."""
    return cast("re.Pattern[AnyStr]", _Uncompiled(source, flags))


class _Uncompiled:
    def __init__(self, source: str | bytes, flags: int) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        """The compiled pattern's attribute: called only for what this object does not hold yet, so only once for
        each method (dunder methods, which Python looks for on the class, are not asked here; nor is anything of an
        object not yet made, as a copy is: a review of the change found copy.copy recursing)."""
        if name.startswith("_") or name == "pattern":
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for kept in (*_METHODS, *_VALUES):
            setattr(self, kept, getattr(compiled, kept))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str | bytes, int]]:
        """Pickled (and copied) as it was made: uncompiled."""
        return lazy_pattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy_pattern({self.pattern!r}, {self._flags})"
