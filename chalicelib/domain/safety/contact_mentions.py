"""@names in a message: a handle on another platform, or a mention of someone in the room?

Split from contact.py. Runs on `contact_spelling.spelled` text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chalicelib.domain.safety import contact_rules as R


def has_at_handle(t: str, allowed_mentions: Iterable[str]) -> bool:
    """Whether `t` holds an @name that is not a mention of someone in the room (an alias in
    `allowed_mentions`) nor of someone the message speaks to (`_addressed`)."""
    if "@" not in t:
        return False
    allowed = {a.lower().replace(" ", "") for a in allowed_mentions}
    allowed |= {a.lower().split()[0] for a in allowed_mentions if a.strip()}
    allowed |= _addressed(t)
    for m in R.AT_HANDLE.finditer(t):
        name = m.group(1).rstrip(".")
        if name in R.MENTION_WORDS or name in allowed or name.isdigit():
            continue
        if re.fullmatch(r"\d{1,2}(?:am|pm|h)?", name):
            continue  # "@5pm"
        return True
    return False


def _addressed(t: str) -> set[str]:
    """Names the message speaks to, not handles: a reply that starts "@river ...", or people
    thanked or greeted ("thanks @sunflower_88 and @kez"), unless it asks to be added or followed
    or names a platform. Names with more than two digits look like handles and stay suspect."""
    if R.SELF_PROMOTION.search(t):
        return set()
    names = set()
    lead = R.LEADING_MENTION.match(t)
    if lead:  # "@river that line made me cry": a reply, even beside a word like "line"
        names.add(lead.group(1))
    if not R.PLATFORM_WORD.search(t):
        names |= {next(g for g in m.groups() if g) for m in R.ADDRESSED_MENTION.finditer(t)}
        pairs = [(m.group(1), m.group(2)) for m in R.LISTED_MENTIONS.finditer(t)]
        for first, second in pairs + pairs[::-1]:  # spread along the list both ways
            if first in names or second in names:
                names |= {first, second}
    return {n.rstrip(".") for n in names if sum(c.isdigit() for c in n) <= 2}
