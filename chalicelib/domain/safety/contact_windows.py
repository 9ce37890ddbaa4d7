"""Stretches of a message around what a contact rule needs (a digit, a platform word), so the
costly patterns scan a few hundred characters, not a whole long message each. Split from
contact.py; runs on `contact_spelling.spelled` text."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chalicelib.domain.safety import contact_rules as R
from chalicelib.domain.safety.contact_spelling import DIGITS as _DIGITS


def windows(t: str, spans: Iterable[tuple[int, int]], before: int, after: int) -> list[str]:
    """Whole-word stretches of `t` reaching `before`/`after` characters around each span,
    overlapping stretches merged."""
    merged: list[list[int]] = []
    for s, e in spans:
        lo, hi = max(0, s - before), e + after
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return [whole_words(t, lo, hi) for lo, hi in merged]


@lru_cache(maxsize=8)  # the phone and the address checks of one message both ask
def digit_windows(t: str) -> tuple[str, ...]:
    """The stretches around digits: every phone-in-parts and address pattern holds a digit."""
    spans = map(re.Match.span, _DIGITS.finditer(t))  # (no Python frame per digit run)
    return tuple(windows(t, spans, R.DIGIT_REACH_BEFORE, R.DIGIT_REACH_AFTER))


def whole_words(t: str, lo: int, hi: int) -> str:
    if lo:
        lo = t.find(" ", lo) + 1 or lo  # do not start in the middle of a word
    if hi < len(t):
        space = t.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return t[lo:hi]
