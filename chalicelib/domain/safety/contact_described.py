"""Contact details described rather than written: "same name as here plus 99", "my first
name then my birth year", "the word ghost then 1990", "my tele is j-a-k-e-9-9".

Kept apart from contact_rules.py (already long); contact.py and contact_spelling.py use these.
"""

from __future__ import annotations

import re

from chalicelib.domain.safety.contact_rules import PLATFORMS

# Somewhere a handle or address lives: a platform, or a mail provider named as such.
PLACE = re.compile(
    rf"(?<![a-z]){PLATFORMS}(?![a-z])"
    r"|\b(?:e-?mail|gmail|hotmail|outlook|yahoo|icloud|proton ?mail)\b"
)
# A name pointed at, then something added to it. Only read when PLACE is also in the text.
DESCRIBED_HANDLE = re.compile(
    r"\b(?:(?:my\s+)?(?:user ?name|name|handle|alias|nick)\s+(?:from\s+|on\s+|in\s+)?here"
    r"|same\s+(?:user ?name|name|handle|alias|nick)(?:\s+as\s+(?:here|this|on here|in here))?"
    r"|my\s+(?:first|last|real|full|sur)\s*name|the\s+word\s+[a-z]+)\b"
    r"[^.!?]{0,50}?(?:\bplus\b|\bthen\b|\bfollowed by\b|\bwith\b|\band\b|\+)\s*"
    r"(?:an?\s+|my\s+|the\s+)?(?:\d|(?![ai]\b)[a-z]\b|birth ?year|year\b|birthday"
    r"|numbers?\b|digits?\b|underscore|dot\b)"
)
DESCRIBED_NEEDLES = ("plus", "then", "followed", "with", "and", "+")
# Platform nicknames too ambiguous for the general claim ("my tele is broken"): read only when
# what follows looks like a handle (holds a digit or an underscore).
AMBIGUOUS_CLAIM = re.compile(
    r"\bmy\s+(?:tele|gram|snap|ghost)\s*(?:is|:|=|-)\s*@?[a-z]*[0-9_][a-z0-9_.]*\b"
)
# Letters and digits spelt out one at a time: "j-a-k-e-b-o-y-9-9", "j.a.k.e.9.9".
SPELT_OUT = re.compile(r"\b[a-z0-9](?:([\-.])[a-z0-9])(?:\1[a-z0-9]){2,}\b")
# "at sign", "at symbol" for "@"; "then" after it is filler ("at sign then name").
AT_SIGN = re.compile(r"\s*\bat[\s\-]+(?:sign|symbol)\b\s*(?:then\s+|,\s*)?")
# Digit groups joined by an ellipsis or a spaced slash: "415... 555... 0198", "0791 / 1123".
GROUP_BREAK = re.compile(r"(?<=\d)\s*(?:\.{2,}|\u2026)\s*(?=\d)|(?<=\d{3})\s+/\s+(?=\d{3})")


def described_handle(t: str) -> bool:
    """Whether `t` describes a handle or address in words near a platform or mail provider."""
    if not any(n in t for n in DESCRIBED_NEEDLES):
        return False
    return bool(DESCRIBED_HANDLE.search(t) and PLACE.search(t))


def join_spelt_out(t: str) -> str:
    """Characters spelt one at a time joined into the word they spell."""
    return SPELT_OUT.sub(lambda m: m.group().replace(m.group(1), ""), t)
