"""Contact-info guard: Hearth is anonymous, so messages and aliases may not carry phone numbers,
emails, street addresses, social handles or messaging-app invites, however they are spelt.

Helpline numbers (988, 116 123, "text HOME to 741741") and ordinary numbers (times, dates,
doses, scores, ages) pass. Everything here is pure and runs in microseconds.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Literal

from chalicelib.domain.safety import contact_address as A
from chalicelib.domain.safety import contact_described as D
from chalicelib.domain.safety import contact_mentions as M
from chalicelib.domain.safety import contact_rules as R
from chalicelib.domain.safety import contact_windows as W
from chalicelib.domain.safety.abuse import find_abuse
from chalicelib.domain.safety.contact_model import model_finds_contact
from chalicelib.domain.safety.contact_phone import has_phone
from chalicelib.domain.safety.contact_spelling import DIGIT as _DIGIT
from chalicelib.domain.safety.contact_spelling import any_in as _any_in
from chalicelib.domain.safety.contact_spelling import said_dots, spelled
from chalicelib.domain.safety.text import LEET, base_text, whole_runs

# "learned": the learned scorer (contact_model) read it as contact details the rules missed.
ContactKind = Literal["phone", "email", "address", "handle", "invite", "learned"]

CONTACT_INFO_MESSAGE = (
    "Your message wasn't sent because it looks like it shares contact details (a phone "
    "number, email, address, social handle or invite link). Hearth stays anonymous so that "
    "everyone here is safe, so please keep talking in the room instead. Sharing a helpline "
    "number is always fine."
)
_LEET_WORD = re.compile(r"[a-z0-9@$!|]*[0134579@$!|][a-z0-9@$!|]*")
_LEET_CHAR = re.compile(r"[0134579@$!|]")
_PROVIDER_WORD = re.compile(rf"{R.PROVIDERS}|em@il|e-?mail")
_LEET_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!|")
_PARTS = re.compile(r"[@.]").split  # "jamie@0utl00k": the provider is one part of the word


@dataclass(frozen=True)
class ContactFinding:
    kind: ContactKind


def find_contact_info(text: str, allowed_mentions: Collection[str] = ()) -> ContactFinding | None:
    """The first kind of contact detail found in `text`, or None when the text may be sent.

    `allowed_mentions` are aliases in the room: "@Quiet Heron" mentions them, not a handle.
    The rules are asked first; where they find nothing, the learned scorer (`contact_model`).
    """
    found = find_contact_by_rules(text, allowed_mentions)
    if found is None and model_finds_contact(text, allowed_mentions):
        return ContactFinding("learned")
    return found


def find_contact_by_rules(
    text: str, allowed_mentions: Collection[str] = ()
) -> ContactFinding | None:
    """`find_contact_info` by the hand-written rules alone (the trainer's and tests' view)."""
    t = spelled(text)
    found = _first_check_found(t) or _read_through_ciphers(t)
    if found is None and "base" in t and _BASE64_CUE.search(t):
        found = _in_base64(text)  # the raw text: base64 is case-sensitive
    if found:
        return found
    deleeted = _deleet_words(t)  # "d1sc0rd", "1nsta", "0utl00k": names spelt with digits
    if deleeted != t and _has_invite(deleeted):  # "disc0rd . gg / ..."
        return ContactFinding("invite")
    if deleeted != t and (_has_handle(deleeted, since=t) or D.assembled(deleeted)):
        return ContactFinding("handle")
    if deleeted != t and _has_email(said_dots(deleeted)):  # "j4m13@0utl00k d0t c0m"
        return ContactFinding("email")
    if M.has_at_handle(t, allowed_mentions):
        return ContactFinding("handle")
    return _told_roundabout(t)


def _first_check_found(t: str) -> ContactFinding | None:
    """The first kind of `_CHECKS` found in `t` (spelled text), in their order."""
    for kind, check in _CHECKS:  # a loop, not next() over a generator: no frame per message
        if check(t):
            return ContactFinding(kind)
    return None


def _read_through_ciphers(t: str) -> ContactFinding | None:
    """Contact details hidden in a cipher the message names: rot13, Roman numerals."""
    found = _in_rot13(t) if "rot" in t and "13" in t and _ROT13_CUE.search(t) else None
    if found is None and "roman" in t:
        found = _in_roman_numerals(t)
    return found


def _told_roundabout(t: str) -> ContactFinding | None:
    """An account told backwards, or as the name used here, or a name beside its provider."""
    if "_" in t and _NAME_BY_PROVIDER.search(t):
        return ContactFinding("email")  # "grandpa_joe_54 (the google mail one)"
    if "my " in t and _PROVIDER_CLAIM_GATE.search(t) and _PROVIDER_CLAIM.search(t):
        return ContactFinding("email")  # "my gmail is sad_otter_99"
    if "search" in t and _SEARCH_ME_ON.search(t) and _NAME_HOW.search(t):
        return ContactFinding("handle")  # "search dima k vilnius on tele, the username is ..."
    if "first part" in t and _FIRST_PART_PLUS.search(t):
        return ContactFinding("email")  # "gmail, the first part is tomcarter plus ..."
    if "username" in t and (_PROVIDER_USERNAME.search(t) or _USERNAME_THEN_PROVIDER.search(t)):
        return ContactFinding("email")  # "my email's the usual google one, username is m.fen"
    if _any_in(t, _REVERSED_NEEDLES) and R.REVERSED_CUE.search(t):
        return _reversed_words(t) or _reversed_account(t) or _reversed_name_here(t)
    if (
        "same" in t
        and _SAME_NAME_AS_HERE.search(t)
        and (_FIND_ME.search(t) or _SAME_NAME_PLUS.search(t))
    ):
        return ContactFinding("handle")
    if "_" in t and _LOOK_UP_HANDLE.search(t) and _ACCOUNT_CUE.search(t):
        return ContactFinding("handle")
    if "line" in t and _NAME_PLUS_HELPLINE.search(t):
        return ContactFinding("email")
    return None


# A name to look up that can only be an account, wherever it lives: "the app that starts with
# i and ends with m, look up moss underscore fern underscore 92" (round 54): words joined by
# "_" and ending in two digits, beside an app or account named (not "look up dsm_5", "add
# diamond_sword_64 with the give command", "search for cbt_worksheet_10 on the nhs site").
_LOOK_UP_HANDLE = re.compile(
    r"\b(?:look (?:me )?up|search(?: for)?|find me as|add me as|add)\s+@?"
    r"[a-z]{2,}(?:_[a-z]{2,}){1,2}_?\d{2}\b"
)
# A mail name with a helpline's digits added (round 56): "gmail is tomasbrennan followed by the
# US crisis line digits, you know the three".
_NAME_PLUS_HELPLINE = re.compile(
    rf"\b{R.PROVIDERS}\W*(?:is|:|=)\s*[a-z0-9_.]{{3,30}}\s+(?:followed by|plus|then|and then)\s+"
    r"(?:the\s+)?(?:\w+\s+){0,2}(?:crisis|help|suicide|hot|life|samaritans) ?line\b"
)
_ACCOUNT_CUE = re.compile(
    r"\b(?:the app|an app|account|profile|acc|dm me|pm me|message me|add me|follow me|find me"
    r"|chat (?:off|outside) here|off here)\b"
)


_ROT13_CUE = re.compile(r"\brot ?13\b")
# A run of three or more Roman numerals, in a message that says so (round 55): "so in roman
# numerals: +CCXXXIV DCCCIII DLV LXXVII XII, whatsapp".
_ROMAN = r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_ROMAN_RUN = re.compile(rf"\+?\b{_ROMAN}\b(?:[\s,.\-]+\b{_ROMAN}\b){{2,}}")
_ROMAN_WORD = re.compile(rf"\b(?=[mdclxvi])({_ROMAN})\b")
_REACH_ME = re.compile(
    rf"\b(?:text|call|ring|dial|message|msg|add|hmu|number|phone|mobile|cell)\b|(?<![a-z]){R.PLATFORMS}"
    r"(?![a-z])"
)
_ROMAN_VALUE = {"m": 1000, "d": 500, "c": 100, "l": 50, "x": 10, "v": 5, "i": 1}


def _roman_value(word: str) -> int:
    total = 0
    for i, ch in enumerate(word):
        value = _ROMAN_VALUE[ch]
        following = _ROMAN_VALUE[word[i + 1]] if i + 1 < len(word) else 0
        total += -value if value < following else value
    return total


def _in_roman_numerals(t: str) -> ContactFinding | None:
    """The text with its runs of Roman numerals read as digits, checked again, in a message
    that asks to be contacted (not homework, a birthday or a tattoo in numerals)."""
    if not _REACH_ME.search(t):
        return None
    runs = list(_ROMAN_RUN.finditer(t))
    if not runs:
        return None
    read = t
    for run in reversed(runs):
        digits = _ROMAN_WORD.sub(lambda m: str(_roman_value(m.group(1))), run.group())
        read = f"{read[: run.start()]}{digits}{read[run.end() :]}"
    return _first_check_found(read)


# Session 12: "for the nerds, base64: bmFkaWEuay53cml0ZXNAZ21haWwuY29t".
_BASE64_CUE = re.compile(r"\bbase ?64\b")
_BASE64_TOKEN = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{12,}={0,2}")


def _in_base64(text: str) -> ContactFinding | None:
    """Contact details in base64 where the message names the encoding: each long token of its
    alphabet is decoded, and the checks read what it says."""
    for m in _BASE64_TOKEN.finditer(text):
        token = m.group().rstrip("=")
        try:
            raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
            decoded = raw.decode("utf-8")
        except (binascii.Error, ValueError):
            continue
        found = _first_check_found(spelled(decoded))
        if found:
            return found
    return None


def _in_rot13(t: str) -> ContactFinding | None:
    """ "rot13 bc the bot is nosy: wnpx.serl ng bhgybbx qbg pbz": the text read through the
    cipher it names."""
    decoded = spelled(codecs.decode(t, "rot13"))
    return _first_check_found(decoded)


_USERNAME_NEEDLES = ("name", "tag", "handle", "ign")
_REVERSED_NEEDLES = ("revers", "backward", "flip", "mirror")
_HANDLE_SHAPED = re.compile(rf"\b{R.HANDLE_SHAPE}\b")


# An account named to be read backwards, the word to read back given with it: "my gmail is the
# backwards version of nwoddnaemit", "handle is 'seltrut' backwards".
_REVERSED_ACCOUNT = re.compile(
    rf"(?:\b(?:{R.PROVIDERS}|e-?mail|handle|user ?name|ign|tag)\b|(?<![a-z]){R.PLATFORMS}"
    r"(?![a-z])) (?:is|=|:) (?:the (?:backwards?|reversed|mirrored|flipped) (?:version|spelling)"
    r" of ['\"]?[a-z0-9_.]{4,}|['\"]?[a-z0-9_.]{4,}['\"]? (?:backwards?|reversed|in reverse"
    r"|flipped|mirrored)"
    # session 20: "my snap is the reverse of 'ratsnoom' lol" (its review: quoted or shaped like a
    # handle, not "my handle is the reverse of cool")
    r"|the (?:reverse|mirror image) of (?:['\"][a-z0-9_.]{4,}(?=['\"])|(?=[a-z0-9_.]{4,}\b)[a-z]*"
    r"[0-9_.][a-z0-9_.]*))\b"
)


# A mail name with its provider said beside it: "grandpa_joe_54 (the gmail one)".
_NAME_BY_PROVIDER = re.compile(
    rf"\b[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\b[^.!?@]{{0,12}}\(?(?:the |on |at )?{R.PROVIDERS}\b"
)


# A name to search for on a messaging app, with how it is spelt there (round 68): "search dima k
# vilnius on tele, the username is the same but underscore instead of the space" (not "search
# cbt worksheets on youtube").
_SEARCH_ME_ON = re.compile(
    r"\b(?:search|search for|look up)\s+(?:me\s+(?:as\s+)?)?[a-z0-9_.]+(?: [a-z0-9_.]+){0,3} on"
    r" (?:tele|telegram|whatsapp|signal|kik|snap|snapchat|insta|instagram|ig|discord|wechat|viber"
    r"|line|threema|session)\b"
)
# (the writer's: not "search dua lipa on insta, her handle is just her name")
_NAME_HOW = re.compile(
    r"\b(?:my|the) (?:username|user name|handle)\b|\b(?:underscore|same name|all one word)\b"
)


# A mail's user name told beside its provider (round 66): "my email's the usual google one,
# username is marcus period fen period carer" (dots said are dots by then: `said_dots`); a
# name of parts joined by "." or "_" (not "username is the same as here").
_PROVIDER_USERNAME = re.compile(
    rf"\bmy (?:e-?mails?|{R.PROVIDERS}|google)\b[^!?]{{0,60}}?\busername (?:is|=|:) @?"
    r"(?!first\.last\b|firstname\.lastname\b|name\.surname\b)[a-z0-9]+(?:[._][a-z0-9]+)+\b"
)


# A mail's first part told and then added to (session 16): "gmail, the first part is tomcarter
# plus the number of months ive been unemployed (14)".
_FIRST_PART_PLUS = re.compile(
    rf"\b{R.PROVIDERS}\b[^.!?]{{0,20}}\b(?:the )?first part is [a-z][a-z0-9._]{{4,}}"
    r" (?:plus|followed by)\b"
)
# The writer's user name, then a provider's ending to put on it (session 16): "take my username
# frankie.m.doyle and stick the usual gmail ending on it".
_USERNAME_THEN_PROVIDER = re.compile(
    r"\bmy username (?:is )?@?[a-z0-9]+(?:[._][a-z0-9]+)+\b[^.!?]{0,50}\b"
    rf"{R.PROVIDERS} (?:ending|domain|bit)\b(?![^.!?]*\b(?:hacked|old|dont|do not|never|not)\b)"
)


# A mail name claimed without its domain: "my gmail is sad_otter_99" (a name with a digit or
# "_"; not "my gmail is full").
_PROVIDER_CLAIM = re.compile(
    rf"\bmy {R.PROVIDERS} (?:is|=|:|address is) [a-z][a-z0-9._]*[0-9_][a-z0-9._]*\b"
)
# Held by every match of _PROVIDER_CLAIM; starting with a literal, not `\b`, it is scanned fast
# (measured ~180 -> ~13 us a 2000-char message under load, ~5 -> ~1.7 us a chat message).
_PROVIDER_CLAIM_GATE = re.compile(rf"my {R.PROVIDERS} (?:is|=|:|address is) [a-z]")


# An account named as this room's alias read backwards (round 55): "my telegram is just my
# name here spelled backwards" (not "my username is my cats name spelled backwards").
_REVERSED_NAME_HERE = re.compile(
    rf"(?<![a-z]){R.PLATFORMS}(?![a-z])(?: (?:handle|name|username|user|id|tag))? (?:is|=|:) "
    r"(?:just |literally |simply )?my (?:user ?name|name|alias|handle|nick)"
    r" (?:here|on here|in here|in this (?:room|chat|app))\b[^.!?]{0,10}\b(?:spelled|spelt"
    r"|written|typed|read)? ?(?:backwards?|in reverse|reversed|flipped)\b"
)


def _reversed_name_here(t: str) -> ContactFinding | None:
    return ContactFinding("handle") if _REVERSED_NAME_HERE.search(t) else None


def _reversed_account(t: str) -> ContactFinding | None:
    return ContactFinding("handle") if _REVERSED_ACCOUNT.search(t) else None


# A handle made from the alias used here: "find me on the purple camera app, same name as my
# alias here but underscores instead of spaces".
_SAME_NAME_AS_HERE = re.compile(
    r"\bsame (?:name|handle|username|user name|tag|ign|alias) as (?:my (?:alias|name|username"
    r"|handle) )?(?:here|on here|in here|this (?:app|site|room|chat))\b"
)
# The name used here with something added (round 102): "on the purple streaming site i use the
# same name as here plus 77 at the end".
# (its review: not "and then 2 years ago ...", "plus 2 cats", "please dont use the same name as
# here with 2 extra numbers")
_SAME_NAME_PLUS = re.compile(
    r"(?<!dont use )(?<!not use )(?<!never use )\bsame (?:name|handle|username|user name|tag"
    r"|alias) as (?:here|on here|in here)\b,? (?:plus|with|then|followed by|just add) (?:\d{2,4}"
    r"|an underscore|_)(?: at the end| on the end| after it)?(?=\s*(?:[.!?,]|$))"
)
_FIND_ME = re.compile(
    r"\b(?:find me|add me|follow me|look me up|search (?:for )?me|hit me up|message me|dm me)\b"
)


def _reversed_words(t: str) -> ContactFinding | None:
    """ "reverse this for my email: moc.liamg@33hsinaa": each word read back to front."""
    flipped = " ".join(word[::-1].strip("_.-") for word in t.split())
    if _has_email(flipped):
        return ContactFinding("email")
    if R.PLATFORM_WORD.search(t) and _HANDLE_SHAPED.search(t):
        return ContactFinding("handle")  # "my @ on the bird app backwards: 42_ydnas_lla"
    if has_phone(flipped):
        return ContactFinding("phone")
    if "address" not in t or not _ADDRESS_REVERSED.search(t):
        return None
    backwards = t[::-1]  # the whole address told back to front
    return (
        ContactFinding("address") if any(map(A.address_near, W.digit_windows(backwards))) else None
    )


# An address said to be written back to front (session 15): "address backwards is daor krap 32,
# sdeel" (its review: not any "backwards", "saw dr lim 4 times and im going backwards")
_ADDRESS_REVERSED = re.compile(
    r"\baddress(?: is)? (?:backwards?|in reverse|reversed|flipped)\b"
    r"|\b(?:reverse|flip) (?:this|my|the) address\b"
)


def _deleet_words(t: str) -> str:
    """Every word holding letters and leet characters, read as letters ("1nsta" -> "insta").
    The text is returned unchanged unless that reveals a platform or mail provider's name."""
    if not _DIGIT.search(t) and not _any_in(t, "@$!|"):
        return t
    n, end = len(t), 0
    for m in _LEET_CHAR.finditer(t):  # few matches: expand each to its word by hand
        if m.start() < end:
            continue
        a, end = m.start(), m.end()
        while a and t[a - 1] in _LEET_WORD_CHARS:
            a -= 1
        while end < n and t[end] in _LEET_WORD_CHARS:
            end += 1
        word = t[a:end]
        if any("a" <= c <= "z" for c in word):
            plain = _plain(word)
            parts = (_plain(part) for part in _PARTS(word))
            if R.PLATFORM_WORD.search(plain) or any(map(_PROVIDER_WORD.fullmatch, parts)):
                return _LEET_WORD.sub(_deleet_word, t)
    return t


def _deleet_word(m: re.Match[str]) -> str:
    word = m.group()
    if not any("a" <= c <= "z" for c in word):
        return word  # plain numbers stay numbers
    name, at, rest = word.rpartition("@")
    plain_rest = _plain(rest)
    if at and _PROVIDER_WORD.match(plain_rest):
        return f"{_plain(name)}@{plain_rest}"  # "j4m13@0utl00k": the "@" of an address stays
    return _plain(word)


def _plain(word: str) -> str:
    return "".join(LEET.get(c, c) for c in word)


# Cheap substring tests first: most messages contain no "@", "/" or digit at all.
def _has_invite(t: str) -> bool:
    if "/" in t and R.INVITE.search(t):
        return True
    if _any_in(t, _INVITE_DOMAINS) and R.INVITE_IN_PARTS.search(t):
        return True
    return _any_in(t, _INVITE_WORDS) and bool(R.INVITE_DESCRIBED.search(t))


_INVITE_DOMAINS = ("gg", "whatsapp", ".me", "signal", "t me", "wa me")
_INVITE_WORDS = ("invite", "link", "code")


def _has_email(t: str) -> bool:
    # Search only around each "@": a scan of the whole text backtracks on every word.
    at = t.find("@")
    while at >= 0:
        if R.EMAIL.search(t, max(0, at - 70), at + 90):
            return True
        at = t.find("@", at + 1)
    if " at " not in t or not R.AT_PROVIDER.search(t):
        return False
    return bool(R.EMAIL_WORDS.search(t) or ("mail" in t and R.EMAIL_DESCRIBED.search(t)))


def _has_handle(t: str, since: str | None = None) -> bool:
    """Handles, tags, profile URLs. With `since` (the same text before leet was undone, of
    the same length), only platform words that undoing leet revealed are looked at."""
    if "." in t and _any_in(t, R.PROFILE_NEEDLES) and R.PROFILE_URL.search(t):
        return True
    if "#" in t and R.DISCORD_TAG.search(t):
        return True
    if "u/" in t and R.REDDIT_USER.search(t):
        return True
    if since is None and (
        D.described_handle(t)
        or D.ambiguous_claim(t)
        or D.dots_to_take_out(t)
        or D.starts_and_ends(t)
        or D.assembled(t)
        or (_any_in(t, _USERNAME_NEEDLES) and R.USERNAME_CLAIM.search(t) is not None)
    ):
        return True
    if since is None and _any_in(t, D.ONE_WORD_NEEDLES) and D.ONE_WORD_HANDLE.search(t):
        return True
    return any(_handle_near(window) for window in _platform_windows(t, since))


def _platform_windows(t: str, since: str | None) -> list[str]:
    """The stretches of text around each platform word (overlapping ones merged), so the
    handle patterns scan a few hundred characters, not a whole long message per pattern."""
    if _PLATFORM_RUNS:
        spans = whole_runs(t, R.PLATFORM_WORDS, R.letters_of(t))  # the same spans, faster
    else:
        spans = [m.span() for m in R.PLATFORM_WORD.finditer(t)]
    if since is not None:  # only platform words revealed by undoing leet
        spans = [(s, e) for s, e in spans if since[s:e] != t[s:e]]
    return W.windows(t, spans, R.HANDLE_REACH_BEFORE, R.HANDLE_REACH_AFTER)


# PLATFORM_WORD is the platform words as whole runs of letters: then `whole_runs` finds it.
_PLATFORM_RUNS = R.PLATFORM_WORD.pattern == (
    r"(?<![a-z])(?:" + "|".join(sorted(R.PLATFORM_WORDS, key=len, reverse=True)) + r")(?![a-z])"
) and all(w.isascii() and w.isalpha() and w.islower() for w in R.PLATFORM_WORDS)


def _handle_near(t: str) -> bool:
    if R.HANDLE_INVITATION.search(t) or R.HANDLE_SHAPED_CLAIM.search(t):
        return True
    if R.SAME_NAME_ELSEWHERE.search(t) or R.HANDLE_ON_PLATFORM.search(t):
        return True
    if D.named_handle(t) or D.NAME_WITH_SUFFIX.search(t) or D.edited_handle(t):
        return True
    return any(
        m.group(1).replace(" ", "").strip(".-") not in R.NOT_A_HANDLE
        for m in R.HANDLE_CLAIM.finditer(t)
    )


def _has_address(t: str) -> bool:
    if "address" in t and A.ADDRESS_CUE.search(t):
        return True
    if A.worded_address(t) or A.spelled_postcode(t):
        return True
    return any(A.address_near(w) for w in W.digit_windows(t))


_CHECKS: tuple[tuple[ContactKind, Callable[[str], bool]], ...] = (
    ("invite", _has_invite),
    ("email", _has_email),
    ("handle", _has_handle),
    ("phone", has_phone),
    ("address", _has_address),
)


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
