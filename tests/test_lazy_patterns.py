"""Regular expressions compiled the first time they are used (model/lazy_patterns.py)."""

from __future__ import annotations

import copy
import pickle
import re

from evidence_portfolio.model.lazy_patterns import lazy_pattern


def test_a_pattern_is_compiled_when_first_used_and_answers_as_re_does() -> None:
    pattern = lazy_pattern(r"(?P<word>b+)", re.IGNORECASE)
    assert "search" not in vars(pattern), "compiled as it was made"
    assert pattern.pattern == r"(?P<word>b+)" and "search" not in vars(pattern), "its source read uncompiled"
    compiled = re.compile(r"(?P<word>b+)", re.IGNORECASE)
    for text in ("aBBa", "", "bbb b"):
        found, expected = pattern.search(text), compiled.search(text)
        assert (found and found.span()) == (expected and expected.span())
        assert pattern.findall(text) == compiled.findall(text)
        assert pattern.sub("x", text) == compiled.sub("x", text)
        assert pattern.split(text) == compiled.split(text)
    assert "search" in vars(pattern), "the compiled pattern's methods are its own once used"
    assert (pattern.flags, pattern.groups, dict(pattern.groupindex)) == (
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )


def test_a_pattern_is_copied_and_pickled_as_made_before_and_after_its_use() -> None:
    """copy.copy and pickle recursed on a pattern not yet compiled (a review of the change)."""
    for used in (False, True):
        pattern = lazy_pattern(b"a+")
        if used:
            assert pattern.match(b"aa")
        for other in (copy.copy(pattern), copy.deepcopy(pattern), pickle.loads(pickle.dumps(pattern))):
            assert other.pattern == b"a+" and other.match(b"aab")[0] == b"aa"
    assert not hasattr(lazy_pattern("a"), "_no_such"), "an attribute no pattern has is none"
