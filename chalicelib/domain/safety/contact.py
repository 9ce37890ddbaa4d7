"""Contact-info guard: Hearth is anonymous, so messages and aliases may not carry phone numbers,
emails, street addresses, social handles or messaging-app invites, however they are spelt.

Helpline numbers (988, 116 123, "text HOME to 741741") and ordinary numbers (times, dates,
doses, scores, ages) pass. Everything here is pure and runs in microseconds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from chalicelib.domain.safety import contact_rules as R
from chalicelib.domain.safety.abuse import find_abuse
from chalicelib.domain.safety.helplines import load_helplines
from chalicelib.domain.safety.text import LEET, base_text

ContactKind = Literal["phone", "email", "address", "handle", "invite"]

CONTACT_INFO_MESSAGE = (
    "Your message wasn't sent because it looks like it shares contact details (a phone "
    "number, email, address, social handle or invite link). Hearth stays anonymous so that "
    "everyone here is safe, so please keep talking in the room instead. Sharing a helpline "
    "number is always fine."
)
MIN_PHONE_DIGITS = 7
# Emergency and support numbers beyond those in helplines.json that people share with care.
EXTRA_ALLOWED_NUMBERS = frozenset(
    {
        "911",
        "999",
        "112",
        "000",
        "111",
        "18002738255",
        "08001111",
        "116111",
        "1300224636",
        "0800585858",
        "08457909090",
        "741741",
        "85258",
        "686868",
    }
)
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[a-z]+")
_APOSTROPHE = re.compile(r"(?<=[a-z])'(?=[a-z])")
# (needles, pattern, replacement): a pattern runs only when one of its needles is in the text.
_SPELLED_SUBS = (
    (tuple("[({<"), re.compile(r"\s*[\[({<]\s*at\s*[\])}>]\s*"), "@"),
    (("dot",), re.compile(r"\s*[\[({<]\s*dot\s*[\])}>]\s*"), "."),
    ((" dot ", " . "), re.compile(r"\s+dot\s+|\s+\.\s+(?=[a-z0-9])"), "."),
    (("slash",), re.compile(r"\s+slash\s+"), "/"),
    (("underscore",), re.compile(r"\s*\bunderscore\b\s*"), "_"),
    (("dash", "hyphen"), re.compile(r"\s+(?:dash|hyphen)\s+"), "-"),
)
_LEET_WORD = re.compile(r"[a-z0-9@$!|]*[0134579@$!|][a-z0-9@$!|]*")


@dataclass(frozen=True)
class ContactFinding:
    kind: ContactKind


def spelled(text: str) -> str:
    """Lower-case text with spelt-out symbols and number words turned into the real thing."""
    t = _APOSTROPHE.sub("", base_text(text))
    for needles, rx, repl in _SPELLED_SUBS:
        if any(n in t for n in needles):
            t = rx.sub(repl, t)
    if "oh" in t:
        t = R.OH_WORD.sub(_oh_as_zero, t)
    if any(n in t for n in R.SPLIT_PLATFORM_NEEDLES):
        t = R.SPLIT_PLATFORM.sub(r"\1\2", t)
    if _DIGIT.search(t):
        # "five5five" hides digits inside one token: split number words from digits first
        t = R.DIGIT_THEN_WORD.sub(r"\1 \2", R.WORD_THEN_DIGIT.sub(r"\1 \2", t))
        t = R.DIGIT_THEN_WORD.sub(r"\1 \2", t)
    t = R.NUMBER_WORD_TOKEN.sub(_number_words_to_digits, t)
    t = R.OH_AS_ZERO.sub(r"\g<1>0", t)
    if ("then" in t or "next" in t or "followed" in t) and _DIGIT.search(t):
        t = R.DIGITS_THEN.sub(" ", t)
    return t


def _oh_as_zero(m: re.Match[str]) -> str:
    at = m.start()
    return m.group() if at and m.string[at - 1].isalnum() else "zero"


def _number_words_to_digits(m: re.Match[str]) -> str:
    if m.start() and m.string[m.start() - 1].isalnum():
        return m.group()  # "someone", "often": inside a longer word
    words = m.group().split()
    repeat = {"double": 2, "triple": 3}.get(words[0], 1) if len(words) > 1 else 1
    digits = re.findall("|".join(R.NUMBER_WORDS), words[-1])
    return " ".join(R.NUMBER_WORDS[d] for d in digits for _ in range(repeat))


def find_contact_info(text: str, allowed_mentions: Collection[str] = ()) -> ContactFinding | None:
    """The first kind of contact detail found in `text`, or None when the text may be sent.

    `allowed_mentions` are aliases in the room: "@Quiet Heron" mentions them, not a handle.
    """
    t = spelled(text)
    for kind, check in _CHECKS:
        if check(t):
            return ContactFinding(kind)
    deleeted = _deleet_words(t)  # "d1sc0rd", "1nsta": platform names spelt with digits
    if deleeted != t and _has_handle(deleeted, since=t):
        return ContactFinding("handle")
    if _has_at_handle(t, allowed_mentions):
        return ContactFinding("handle")
    return None


def _deleet_words(t: str) -> str:
    """Every word holding letters and leet characters, read as letters ("1nsta" -> "insta")."""
    if not _DIGIT.search(t) and not any(c in t for c in "@$!|"):
        return t
    return _LEET_WORD.sub(_deleet_word, t)


def _deleet_word(m: re.Match[str]) -> str:
    word = m.group()
    if not any("a" <= c <= "z" for c in word):
        return word  # plain numbers stay numbers
    return "".join(LEET.get(c, c) for c in word)


# Cheap substring tests first: most messages contain no "@", "/" or digit at all.
def _has_invite(t: str) -> bool:
    return "/" in t and bool(R.INVITE.search(t))


def _has_email(t: str) -> bool:
    # Search only around each "@": a scan of the whole text backtracks on every word.
    for at in re.finditer("@", t):
        if R.EMAIL.search(t, max(0, at.start() - 70), at.start() + 90):
            return True
    return " at " in t and bool(R.EMAIL_WORDS.search(t))


def _has_handle(t: str, since: str | None = None) -> bool:
    """Handles, tags, profile URLs. With `since` (the same text before leet was undone, of
    the same length), only platform words that undoing leet revealed are looked at."""
    if "." in t and R.PROFILE_NEEDLE.search(t) and R.PROFILE_URL.search(t):
        return True
    if "#" in t and R.DISCORD_TAG.search(t):
        return True
    if "u/" in t and R.REDDIT_USER.search(t):
        return True
    return any(_handle_near(window) for window in _platform_windows(t, since))


def _platform_windows(t: str, since: str | None) -> list[str]:
    """The stretches of text around each platform word (overlapping ones merged), so the
    handle patterns scan a few hundred characters, not a whole long message per pattern."""
    spans: list[list[int]] = []
    for m in _WORD.finditer(t):
        s, e = m.start(), m.end()
        if m.group() not in R.PLATFORM_WORDS or (since is not None and since[s:e] == m.group()):
            continue  # not a platform; or there before leet was undone
        lo, hi = max(0, s - R.HANDLE_REACH_BEFORE), e + R.HANDLE_REACH_AFTER
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi])
    return [_whole_words(t, lo, hi) for lo, hi in spans]


def _whole_words(t: str, lo: int, hi: int) -> str:
    if lo:
        lo = t.find(" ", lo) + 1 or lo  # do not start in the middle of a word
    if hi < len(t):
        space = t.rfind(" ", lo, hi)
        hi = space if space > lo else hi
    return t[lo:hi]


def _handle_near(t: str) -> bool:
    if R.HANDLE_INVITATION.search(t) or R.HANDLE_SHAPED_CLAIM.search(t):
        return True
    if R.SAME_NAME_ELSEWHERE.search(t) or R.HANDLE_ON_PLATFORM.search(t):
        return True
    return any(m.group(1).strip(".-") not in R.NOT_A_HANDLE for m in R.HANDLE_CLAIM.finditer(t))


def _has_phone(t: str) -> bool:
    for cluster in R.DIGIT_CLUSTER.finditer(t):
        if R.SERVICE_LINE_CUE.search(t, max(0, cluster.start() - 40), cluster.start()):
            continue
        safe = R.SAFE_NUMBER_SHAPES.sub(" ; ", cluster.group())
        if any(_looks_like_phone(m.group()) for m in R.DIGIT_RUN.finditer(safe)):
            return True
    return False


def _looks_like_phone(run: str) -> bool:
    groups = re.findall(r"\d+", run)
    digits = "".join(groups)
    if len(digits) < MIN_PHONE_DIGITS or digits in allowed_numbers():
        return False
    if R.SERVICE_NUMBER.fullmatch(digits):
        return False  # toll-free lines belong to services (Kids Help Phone, Trevor), not people
    if all(len(g) == 4 and R.YEAR.fullmatch(g) for g in groups):
        return False  # "2019 2020 2021"
    return not (len(groups) > 1 and all(set(g) == {"0"} for g in groups[1:]))  # "1 000 000"


def _has_address(t: str) -> bool:
    if "address" in t and R.ADDRESS_CUE.search(t):
        return True
    if not _DIGIT.search(t):
        return False
    if R.ADDRESS_CUE.search(t):
        return True
    if R.ZIP_IN_ADDRESS.search(t):
        return True
    for m in R.STREET_ADDRESS.finditer(t):
        if not set(m.group(1).replace(".", " ").split()) & R.NOT_A_STREET_NAME:
            return True
    return any(not R.ORDINAL.fullmatch(m.group(1)) for m in R.POSTCODE.finditer(t))


def _has_at_handle(t: str, allowed_mentions: Iterable[str]) -> bool:
    if "@" not in t:
        return False
    allowed = {a.lower().replace(" ", "") for a in allowed_mentions}
    allowed |= {a.lower().split()[0] for a in allowed_mentions if a.strip()}
    for m in R.AT_HANDLE.finditer(t):
        name = m.group(1).rstrip(".")
        if name in R.MENTION_WORDS or name in allowed or name.isdigit():
            continue
        if re.fullmatch(r"\d{1,2}(?:am|pm|h)?", name):
            continue  # "@5pm"
        return True
    return False


_CHECKS: tuple[tuple[ContactKind, Callable[[str], bool]], ...] = (
    ("invite", _has_invite),
    ("email", _has_email),
    ("handle", _has_handle),
    ("phone", _has_phone),
    ("address", _has_address),
)


@lru_cache(maxsize=1)
def allowed_numbers() -> frozenset[str]:
    """Digits of every helpline in the shipped config plus common emergency numbers."""
    found: set[str] = set(EXTRA_ALLOWED_NUMBERS)
    for resources in load_helplines().values():
        for r in resources:
            for field in (r.phone, r.sms):
                digits = re.sub(r"\D", "", field or "")
                if digits:
                    found.add(digits)
    return frozenset(found)


_ALIAS_CHARS = re.compile(r"[^\W_][\w '\-]{0,30}[^\W_]", re.UNICODE)
_PLATFORM_WORD = re.compile(
    rf"(?<![a-z]){R.PLATFORMS}(?![a-z])|gmail|hotmail|outlook|yahoo|\.com\b|dotcom"
)


def alias_is_safe(alias: str) -> bool:
    """Whether a chosen alias is free of contact details, platform names and abuse."""
    a = alias.strip()
    if not _ALIAS_CHARS.fullmatch(a) or sum(c.isdigit() for c in a) > 2:
        return False
    if _PLATFORM_WORD.search(base_text(a)):
        return False
    return find_contact_info(a) is None and find_abuse(a) is None
