"""Contact details described rather than written: "same name as here plus 99", "my first
name then my birth year", "the word ghost then 1990", "my tele is j-a-k-e-9-9".

Kept apart from contact_rules.py (already long); contact.py and contact_spelling.py use these.
"""

from __future__ import annotations

import re

from chalicelib.domain.safety.contact_rules import NOT_A_HANDLE, PLATFORMS, any_in, letters_of

# Somewhere a handle or address lives: a platform, or a mail provider named as such.
PLACE = re.compile(
    rf"(?<![a-z])(?:{PLATFORMS}|tele)(?![a-z])"
    r"|\b(?:e-?mail|gmail|hotmail|outlook|yahoo|icloud|proton ?mail)\b"
)
# A name pointed at, then something added to it. Only read when PLACE is also in the text.
DESCRIBED_HANDLE = re.compile(
    r"\b(?:(?:my\s+)?(?:user ?name|name|handle|alias|nick)\s+(?:from\s+|on\s+|in\s+)?here"
    r"|same\s+(?:user ?name|name|handle|alias|nick)(?:\s+as\s+(?:here|this|on here|in here))?"
    r"|my\s+(?:first|last|real|full|sur)\s*name|the\s+word\s+[a-z]+"
    r"|the\s+name\s+of\s+this\s+(?:app|site|room|chat))\b"
    r"[^.!?]{0,50}?(?:\bplus\b|\bthen\b|\bfollowed by\b|\bwith\b|\band\b|\+)\s*"
    r"(?:an?\s+|my\s+|the\s+)?(?:\d|(?![ai]\b)[a-z]\b|birth ?year|year\b|birthday"
    r"|numbers?\b|digits?\b|underscore|dot\b|word\b|(?:ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)"
)
DESCRIBED_NEEDLES = ("plus", "then", "followed", "with", "and", "+")
# Every match of DESCRIBED_HANDLE also names what is described; its `\b` start makes `re` try
# every position of a long message (~60 us), so these are tested first.
_DESCRIBED_WORDS = ("name", "handle", "alias", "nick", "word")
# Platform nicknames too ambiguous for the general claim ("my tele is broken"): read only when
# what follows looks like a handle (holds a digit or an underscore).
AMBIGUOUS_CLAIM = re.compile(
    r"\bmy\s+(?:tele|gram|snap|ghost)\s*(?:is|:|=|-)\s*@?[a-z]*[0-9_][a-z0-9_.]*\b"
)
# AMBIGUOUS_CLAIM without its leading `\b`: starting with literals, it is searched fast.
_AMBIGUOUS_GATE = re.compile(r"my\s+(?:tele|gram|snap|ghost)")
# Letters and digits spelt out one at a time: "j-a-k-e-b-o-y-9-9", "j.a.k.e.9.9".
SPELT_OUT = re.compile(r"(?<![a-z0-9])[a-z0-9](?:([\-.])[a-z0-9_])(?:\1[a-z0-9_]){2,}(?![a-z0-9])")
# Held by every match of SPELT_OUT (three separators, each before a letter or digit); it starts
# with a character class, so `re` skips fast to a "-" or "." instead of trying every position.
_SPELT_GATE = re.compile(r"[\-.][a-z0-9][\-.][a-z0-9][\-.][a-z0-9]")
# Characters spelt one at a time with spaces, "_" or "." between: "j a k e _ t h e _ s n a k e",
# "j a y d e n.k 2 2". Four or more, at least one space; two letters, so digits stay as they are.
SPACED_OUT = re.compile(r"(?<![a-z0-9])[a-z0-9](?:(?: | ?[._] ?)[a-z0-9]){3,}(?![a-z0-9])")
# Starts with a literal space (so `re` skips fast) and runs on " " + text.
_SPACED_GATE = re.compile(r" [a-z0-9] (?:[._] )?[a-z0-9][ ._][a-z0-9._]")
# "my username is moonchild_88" near a platform word: a handle-shaped name (a digit, "_" or
# "."), or any name followed by an invitation ("my tag is nightowl, add me").
NAMED_HANDLE = re.compile(
    r"\b(?:my\s+(?:user\s?name|handle|tag|gamer\s?tag|user|id|@)|user\s?name|handle)\s*"
    r"(?:there\s+|on\s+there\s+)?"
    r"(?:is|:|=)\s*@?([a-z0-9_.\-]{2,40})(,?\s+(?:add|follow|dm|pm|msg|message|hmu|hit)\b"
    # or with its suffix described: "emberline followed by dot four two"
    r"|\s+(?:followed by|plus|then|with)\s*(?:a\s+|an\s+)?(?:dot\b|\.|underscore|_|\d"
    # or a number to work out: "username is tom then the year i was born"
    r"|the year|my (?:birth ?year|age|year of birth|birthday)))?"
)
# A name claimed on a platform with a suffix described: "on the bird app im rainydaynoodle with
# 3 zeros after", "on kik i go by moth plus 2 numbers at the end".
NAME_WITH_SUFFIX = re.compile(
    r"\b(?:im|i am|i go by|my name is)\s+@?[a-z0-9_.]{3,30}\s*,?\s+(?:with|plus|then|and"
    r"|followed by|\+)\s+(?:an?\s+|the\s+|some\s+)?(?:\d+\s+)?(?:zeros?|digits?|numbers?"
    r"|underscores?|\d+s)\s+(?:after|at the end|on the end|after it|behind)\b"
)
# A name or address given with how to type it: "tele: quiet river 99, all one word, lowercase".
ONE_WORD_HANDLE = re.compile(
    rf"(?<![a-z])(?:{PLATFORMS}|tele|gram)\W*(?:(?:my )?(?:user ?name|user|name|handle|tag) )?"
    r"(?:is|:|=|-|im|i am)\s*@?[a-z0-9_. ]{2,70}?[\s,;(]*"
    r"(?:all\s+(?:one|1)\s+word|all together|(?:all lower ?case )?no\s+spaces"
    r"|(?:one|1)\s+word\W+(?:all\s+)?lower\s?case)"
    # or an address in parts joined by "+": "hotmail is grandpa + bernie + the year i was born"
    r"|\b(?:e-?mail|gmail|hotmail|outlook|yahoo|icloud)\W*(?:address )?(?:is|:|=|-)\s*"
    r"[a-z0-9_. ()]{1,40}\+[a-z0-9_. +()]{1,70}?[\s,;(]*(?:all\s+(?:one|1)\s+word|no\s+spaces"
    r"|all together)"
)
ONE_WORD_NEEDLES = ("1 word", "one word", "no spaces", "all together")
# "at sign", "at symbol" for "@"; "then" after it is filler ("at sign then name").
AT_SIGN = re.compile(r"\s*\bat[\s\-]+(?:sign|symbol)\b\s*(?:then\s+|,\s*)?")
# Numbers with a unit after them are measures, not groups of a phone: "100 / 200 / 300 mg".
_NO_UNIT_AFTER = (
    r"(?![\s/\d]{0,40}(?:(?:mg|mcg|ml|g|kg|lbs?|km|mi|miles|kcal|cal|calories|steps|words"
    r"|points|pts)\b|%))"
)
# Digit groups joined by an ellipsis or a spaced slash: "415... 555... 0198", "0791 / 1123".
GROUP_BREAK = re.compile(
    r"(?<=\d)\s*(?:\.{2,}|\u2026)\s*(?=\d)|(?<=\d{3})\s+/\s+(?=\d{3})" + _NO_UNIT_AFTER +
    # digits dictated one by one, in groups split by slashes: "0 4 1 2 / 3 3 3 / 9 1 8"
    r"|(?<=\d \d)\s+/\s+(?=\d \d)"
    # or mixed: "9-1-2 / 555 / 0 8 4 7" (not "6.5 / 7.0" nor "12-3 / 14-3")
    r"|(?<=\b\d-\d-\d)\s+/\s+(?=\d)|(?<=\d{3})\s+/\s+(?=\d \d \d)"
)


# Instructions for putting a name together: "(no spaces, lowercase, add 42 at end)", "'tired'
# 'panda' '77' glued together". Beside a platform or mail provider (PLACE) they hide a handle.
ASSEMBLY = re.compile(
    r"\b(?:no spaces(?! (?:left|available|free|at|in|for|so|and|on)\b)"
    r"|all (?:one|1) word(?=\s*(?:[,.;:)!]|$|lower|no |and |with |plus |then ))"
    # parts listed, then glued: "'tired' 'panda' '77' glued together"
    r"|(?<=['\"\d]) (?:glued|stuck|squished|smooshed|smushed|mashed|jammed) together"
    r"|(?:add|stick|put|slap) (?:a |an )?\d+ (?:at|on|to) (?:the )?end"
    r"|(?:remove|take out|delete|drop|lose) the (?:spaces|dots|dashes|emojis?|symbols)"
    r"|without the (?:spaces|emojis?|dots)"
    r"|(?<=\d )all (?:joined|glued|stuck) (?:up|together))\b"  # round 54: "kauri koru 63 ..."
)
ASSEMBLY_NEEDLES = (
    "spaces",
    "word",
    "together",
    "end",
    "emoji",
    "dots",
    "dashes",
    "symbols",
    "joined up",
)
ASSEMBLY_REACH = 100  # characters before the instructions where the platform must be named
# Every match of ASSEMBLY holds, as whole runs of letters, one of these words, or "end" with
# "add"/"stick"/"put"/"slap", or "up" with "joined"/"glued"/"stuck" (its `\b`s and spaces
# bound them). ASSEMBLY_NEEDLES let most long messages through ("end" in "friend", "word" in
# "words"); its search, `\b` first, tries every position.
_ASSEMBLY_WORDS = frozenset(
    {"spaces", "word", "together", "dots", "dashes", "emoji", "emojis", "symbols"}
)
_ADD_WORDS = frozenset({"add", "stick", "put", "slap"})
_JOINED_WORDS = frozenset({"joined", "glued", "stuck"})


def _may_assemble(letters: frozenset[str]) -> bool:
    """Whether the runs of letters of a text allow an ASSEMBLY match."""
    return (
        not letters.isdisjoint(_ASSEMBLY_WORDS)
        or ("end" in letters and not letters.isdisjoint(_ADD_WORDS))
        or ("up" in letters and not letters.isdisjoint(_JOINED_WORDS))
    )


def assembled(t: str) -> bool:
    """Whether `t` tells the reader how to put a name together, just after naming a platform or
    mail provider ("disc0rd -> sunny wolf (no spaces, add 42 at end)")."""
    if not any_in(t, ASSEMBLY_NEEDLES) or not _may_assemble(letters_of(t)):
        return False
    return any(
        PLACE.search(t, max(0, m.start() - ASSEMBLY_REACH), m.start()) for m in ASSEMBLY.finditer(t)
    )


def described_handle(t: str) -> bool:
    """Whether `t` describes a handle or address in words near a platform or mail provider."""
    if not any_in(t, DESCRIBED_NEEDLES):
        return False
    if not any_in(t, _DESCRIBED_WORDS):
        return False
    return bool(DESCRIBED_HANDLE.search(t) and PLACE.search(t))


# Separators to take out of a name given on a platform: "ig is r.e.d.w.o.o.d, take the dots out".
DOTS_OUT = re.compile(
    r"\b(?:take|taking) (?:all |out )?(?:the |all the )?(?:dots|spaces|dashes) out\b"
    r"|\b(?:remove|minus|without|ignore|no|take out|delete|lose) (?:all )?(?:the )?(?:dots"
    r"|dashes)\b"
    # or to assemble it: "the first letter of each word: quiet unicorns in eastern tents"
    r"|\bfirst letters? of (?:each|every|the) words?\b"
    r"|\bput (?:them|it|those|the two|both(?: halves)?) together\b"
    r"|\bjoin (?:them|it) (?:up|together)\b"
)


def dots_to_take_out(t: str) -> bool:
    """Whether `t` tells the reader to take separators out of a name, near a platform."""
    if not any_in(t, ("dots", "dashes", "spaces", "letter", "together", "join")):
        return False
    return bool(DOTS_OUT.search(t) and PLACE.search(t))


# Session 19: a name given on a platform with edits to make to it, "snap is nightowltracy but
# with a 1 for the i and a 0 for the o", "im carer-cathy on the gram, but take out the dash and
# drop the last y" (its review: the name given as well, not advice alone, "remove the last y
# from my twitter bio", "instagram search is broken, take out the space in the username").
EDITS = re.compile(
    # (the words for a dash or an underscore are symbols by now: "take out the-")
    r"\b(?:take|taking) out the ?(?:dash|hyphen|dot|underscore|[\-_.])(?![a-z0-9])"
    r"|\bwith (?:an?|the) (?:\d|zero|one|three|four|five|seven) (?:for|instead of) the [a-z]\b"
    r"|\b(?:swap|replace|change) the [a-z] (?:for|with|to) (?:an?|the) (?:\d|zero|one|three"
    r"|four|five|seven)\b"
    r"|\b(?:drop|remove|lose|take off) the (?:last|first|final) [a-z]\b(?! (?:of|from|in)\b)"
    # (session 20: "my @ on twitter is exvangelical but every e is a 3")
    r"|\b(?:every|each) [a-z] (?:is|becomes|as) (?:an? )?(?:\d|zero|one|three|four|five|seven)\b"
    r"|\ball the [a-z]'?s (?:are|become) (?:\d|zero|one|three|four|five|seven)s?\b"
    # (session 19: "my tele is @ then the words debt free dave joined with underscores")
    # (its review: the words named, not "the channel names are joined with underscores")
    r"|\bthe words (?:[a-z]+ ){1,5}(?:joined|linked|stuck together) (?:up )?(?:with|by)"
    r" (?:an? |the )?(?:underscores?|dots?|dashes?|hyphens?|full stops?)\b"
)
_EDITS_NEEDLES = (
    *(" for the ", "the last ", "the first ", "the final ", "out the"),
    *("swap the ", "replace the ", "change the ", "the words ", "every ", "each ", "all the "),
)
NAME_GIVEN = re.compile(
    rf"(?<![a-z])(?:{PLATFORMS}|tele)\s*(?:is|its|=|:)\s*@?\s*([a-z][a-z0-9_.\-]{{3,29}})\b"
    rf"|\b(?:im|i am)\s+@?([a-z][a-z0-9_.\-]{{3,29}})\s+on\s+{PLATFORMS}(?![a-z])"
)


def edited_handle(t: str) -> bool:
    """Whether `t` gives a name on a platform and edits to make to it (`EDITS`)."""
    if not any_in(t, _EDITS_NEEDLES) or not EDITS.search(t):
        return False
    return any((m.group(1) or m.group(2)) not in NOT_A_HANDLE for m in NAME_GIVEN.finditer(t))


# An address given by how it starts and ends: "my gmail starts with tomas.r and ends with .1987".
STARTS_AND_ENDS = re.compile(
    r"\b(?:e-?mail|gmail|hotmail|outlook|yahoo|icloud|mail|insta|snap|handle|user ?name|tag)\s+"
    r"(?:starts|begins) with\s+\S+[^.!?]{0,30}?\bends (?:with|in)\b"
)
# Or by its first part, the rest left to guess: "gmail, first bit is noor.h.2001, you can
# figure out the rest".
FIRST_PART = re.compile(
    r"\b(?:first|second) (?:bit|part|half)(?: of it)? (?:is|:|=)\s*@?(?=\S*[a-z])(?:[a-z0-9._]{3,}"
    r"[^.!?]{0,40}?\b(?:the rest|figure (?:it )?out|you know)\b"
    # or a part shaped like an address itself: "first bit is priya.s.leeds"
    r"|[a-z0-9]+[._][a-z0-9][a-z0-9._]*)"
)


def starts_and_ends(t: str) -> bool:
    """Whether `t` gives an address or handle by its first and last characters, or by its
    first part with the rest left to guess (beside a platform or mail provider)."""
    if "ends " in t and STARTS_AND_ENDS.search(t) is not None:
        return True
    return ("first" in t or "second" in t) and bool(FIRST_PART.search(t) and PLACE.search(t))


def ambiguous_claim(t: str) -> bool:
    """Whether AMBIGUOUS_CLAIM matches (behind a cheaper test that any match implies)."""
    return _AMBIGUOUS_GATE.search(t) is not None and AMBIGUOUS_CLAIM.search(t) is not None


def join_spelt_out(t: str) -> str:
    """Characters spelt one at a time joined into the word they spell."""
    if not _SPELT_GATE.search(t):
        return t
    return SPELT_OUT.sub(lambda m: m.group().replace(m.group(1), ""), t)


def join_spaced_out(t: str) -> str:
    """Characters spelt one at a time with spaces between joined (the "_" and "." kept)."""
    if not _SPACED_GATE.search(" " + t):
        return t
    return SPACED_OUT.sub(_joined_if_letters, t)


def _joined_if_letters(m: re.Match[str]) -> str:
    word = m.group()
    if " " not in word or sum(c.isalpha() for c in word) < 2:
        return word
    return word.replace(" ", "")


def named_handle(t: str) -> bool:
    """Whether `t` (text near a platform word) gives "my username is X" with X a handle."""
    for m in NAMED_HANDLE.finditer(t):
        name = m.group(1).strip(".-")
        if m.group(2) and name not in NOT_A_HANDLE:
            return True
        if any(c.isdigit() or c in "_." for c in name) and any(c.isalpha() for c in name):
            return True
    return False
