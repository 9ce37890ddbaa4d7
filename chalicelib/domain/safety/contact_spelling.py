"""Contact text as the guard reads it: symbols and numbers spelt out put back ("at" -> "@",
"five five five" -> "555"), platform names split to dodge filters joined again.

Each pass costs 20-160 us on a 2000-character message even when it changes nothing, so each
runs behind a cheap test that any change it makes implies. Where a pattern must start with
`\\b`, a lookbehind or an optional group (which makes `re` try every position), the test is
the same pattern without that start: it begins with literals, so `re` skips ahead fast.
"""

from __future__ import annotations

import re

from chalicelib.domain.safety import contact_described as D
from chalicelib.domain.safety import contact_numbers as N
from chalicelib.domain.safety import contact_rules as R
from chalicelib.domain.safety.contact_rules import any_in
from chalicelib.domain.safety.text import folded

__all__ = ["DIGIT", "DIGITS", "any_in", "said_dots", "spelled"]

DIGIT = re.compile(r"\d")
DIGITS = re.compile(r"\d+")
# (needles, gate, pattern, replacement): a pattern runs only when one of its needles is in the
# text and its gate (if any) is found. A gate is held by every match of its pattern and starts
# with a literal or a class, so `re` skips fast to candidates, where the pattern's leading
# `\s*`, `\b` or lookbehind makes it try every position (on 2000 characters, measured: the
# bracketed "at" ~57 us, the bracketed gap ~47 us, "i g" ~69 us, "cord" ~23 us a message, as
# their needles, "(", "space", "i g", "record", are common).
_BRACKETED_AT = r"[\[({<]\s*at\s*[\])}>]"
_BRACKETED_DOT = r"[\[({<]\s*(?:dot|d0t|\.)\s*[\])}>]"
_BRACKETED_GAP = r"[\[({<]\s*(?:gap|space|pause|break)\s*[\])}>]"
_MISSPELT_DISCORD = r"(?:dizz?cord|dyscord|diskord|disscord|dizkord)\b"
_I_G = r"i[ .]g\b(?! [a-z]\b)"
_SPELLED_SUBS: tuple[tuple[tuple[str, ...], re.Pattern[str] | None, re.Pattern[str], str], ...] = (
    (tuple("[({<"), re.compile(_BRACKETED_AT), re.compile(rf"\s*{_BRACKETED_AT}\s*"), "@"),
    (
        ("dot", "d0t", "(.)", "[.]", "{.}", "<.>"),
        re.compile(_BRACKETED_DOT),
        re.compile(rf"\s*{_BRACKETED_DOT}\s*"),
        ".",
    ),
    ((" dot ", " . "), None, re.compile(r"\s+dot\s+|\s+\.\s+(?=[a-z0-9])"), "."),
    (("slash",), None, re.compile(r"\s+slash\s+"), "/"),
    # "@" as said in India, before a mail provider (session 12): "rahul underscore painfree at the
    # rate gmail full stop com" (not "at the rate of 2 a day")
    (
        ("at the rate",),
        None,
        re.compile(
            r"\s+at the rate(?: of)?\s+(?=(?:gmail|googlemail|yahoo|hotmail|outlook|icloud"
            r"|rediffmail|rediff|protonmail|proton|live|aol|ymail|zoho)\b)"
        ),
        "@",
    ),
    # a gap named between digit groups: "0 8 2 [gap] 4 4 1 [gap] 7 7 0 3"
    (
        ("gap", "space", "pause", "break"),
        re.compile(_BRACKETED_GAP),
        re.compile(rf"(?<=\d)\s*{_BRACKETED_GAP}\s*(?=\d)"),
        " ",
    ),
    # "sunflower underscore gremlin", "sunflower(underscore)gremlin"
    (("underscore",), None, re.compile(r"\s*[\[({<]?\s*\bunderscore\b\s*[\])}>]?\s*"), "_"),
    (("dash", "hyphen"), None, re.compile(r"\s+(?:dash|hyphen)\s+"), "-"),
    # WhatsApp as it is said: "mándame por wasap", "my watsap". (`\b(?:wh?ats?s?app?|...)`
    # written to start with its "w": `(?<!\w\w)` after a "w" is `\b` before it, the same
    # matches; "whatsapp" itself holds the needle "whatsap", so a gate would not help.)
    (
        ("wasap", "wassap", "watsap", "whatsap", "wazap", "wazzap"),
        None,
        re.compile(r"w(?<!\w\w)(?:h?ats?s?app?|az?z?s?s?app?)\b"),
        "whatsapp",
    ),
    # platform names as said or misspelt: "eye gee", "dizzcord"
    (("eye gee", "eye-gee"), None, re.compile(r"\beye[ -]gee\b"), "ig"),
    (
        ("cord", "kord"),
        re.compile(_MISSPELT_DISCORD),
        re.compile(rf"\b{_MISSPELT_DISCORD}"),
        "discord",
    ),
    # "add me on i g", not the "i g" inside letters spelt out one by one ("m i d n i g h t")
    (("i g", "i.g"), re.compile(_I_G), re.compile(rf"(?<!\b[a-z] )\b{_I_G}\.?"), "ig"),
)


# Long dashes are read as "-": "tg \u2013 quiet_fox", "917 \u2014 555 \u2014 0142".
_DASHES_FROM = ("\u2013", "\u2014", "\u2212", "\u2012", "\u2796", "\ufe63")
_DASHES = str.maketrans(dict.fromkeys(_DASHES_FROM, "-"))
_DASH = re.compile("[" + "".join(_DASHES_FROM) + "]")
_NUMBER_WORDS = "|".join(N.NUMBER_WORDS)
# N.NUMBER_WORD_TOKEN with its optional "double"/"triple" written as alternatives, each starting
# with a literal (the same matches: an optional group is tried first, then skipped).
_NUMBER_WORD_TOKEN = re.compile(
    rf"double[\s-]+(?:{_NUMBER_WORDS})+\b|triple[\s-]+(?:{_NUMBER_WORDS})+\b"
    + "".join(rf"|{w}(?:{_NUMBER_WORDS})*\b" for w in N.NUMBER_WORDS)
)
# Tails of R.SPLIT_PLATFORM, N.OH_AS_ZERO and N.DIGITS_THEN: implied by any of their matches.
_SPLIT_PLATFORM_GATE = re.compile(
    r"(?:tele|insta|snap|tik|whats|face|disco|disc|dis)[\s\-_.]+(?:gram|chat|tok|app|book|ord|cord"
    r"|rd)\b"
)
_OH_GATE = re.compile(r"(?:oh|o)\b(?=[\s\-]?\d)")
_DIGITS_THEN_GATE = re.compile(r"(?:then|followed by|next)\s+(?=\d)")
# Held by every match of R.PLATFORM_NICKNAME (each names an app or a site); "app" alone is
# also in "happy", "apparently".
_APP_OR_SITE = re.compile(r"(?:app|site)\b")


def spelled(text: str) -> str:
    """Lower-case text with spelt-out symbols and number words turned into the real thing."""
    t = _symbols_said(folded(text))
    if "at" in t and ("sign" in t or "symbol" in t):
        t = D.AT_SIGN.sub(" @", t)
    if "-" in t or "." in t:
        t = D.join_spelt_out(t)
    t = D.join_spaced_out(t)
    if "oh" in t:
        t = N.OH_WORD.sub(_oh_as_zero, t)
    if any_in(t, R.SPLIT_PLATFORM_NEEDLES) and _SPLIT_PLATFORM_GATE.search(t):
        t = R.SPLIT_PLATFORM.sub(r"\1\2", t)
    if any_in(t, R.NICKNAME_NEEDLES) and _APP_OR_SITE.search(t):
        t = R.PLATFORM_NICKNAME.sub(_nicknamed, t)
    if any_in(t, _SPOKEN_PROVIDER_NEEDLES):
        t = R.PROVIDER_SPOKEN.sub(lambda m: _PROVIDER[m.group(0)[0]], t)
    if any_in(t, _SPANISH_DIGITS):
        t = _spanish_digits(t)
    return _spelled_digits(_separators(t))


def _symbols_said(t: str) -> str:
    """Long dashes as "-", then `_SPELLED_SUBS`."""
    if not t.isascii() and _DASH.search(t):  # translate looks up each character in a dict
        t = t.translate(_DASHES)
    for needles, gate, rx, repl in _SPELLED_SUBS:
        if any_in(t, needles) and (gate is None or gate.search(t)):
            t = rx.sub(repl, t)
    return t


# Digits said in Spanish ("nueve-uno-dos"), read only when three or more are in the message:
# one "dos" or "uno" alone is a word, not a number.
_SPANISH_DIGITS = {
    **{"cero": "0", "uno": "1", "dos": "2", "tres": "3", "cuatro": "4"},
    **{"cinco": "5", "seis": "6", "siete": "7", "ocho": "8", "nueve": "9"},
}
_SPANISH_DIGIT = re.compile(r"\b(?:" + "|".join(_SPANISH_DIGITS) + r")\b")


def _spanish_digits(t: str) -> str:
    if len(_SPANISH_DIGIT.findall(t)) < 3:
        return t
    return _SPANISH_DIGIT.sub(lambda m: _SPANISH_DIGITS[m.group()], t)


def _nicknamed(m: re.Match[str]) -> str:
    name = next((g for g in m.groups() if g), "").rstrip("\ufe0f")
    return R.NICKNAMED.get(name, m.group())


def said_dots(t: str) -> str:
    """ "tired dot tortoise" (or "period", "full stop") for a name or an address is
    "tired.tortoise"."""
    if any_in(t, _DOTS_SAID) and any_in(t, _NAME_WORDS):
        return _DOT_SAID.sub(".", t)
    return t


# Words put between digit groups to be skipped (round 67): "07 apple 700 banana 900 cherry 812,
# ignore the fruit, it's my mobile".
_IGNORE_FILLER = re.compile(
    r"\bignore (?:the|all the|those|these|every) (?:\w+ )?(?:fruits?|words?|letters?|animals?"
    r"|emojis?|colou?rs?|names?|veg\w*|stuff|bits?|filler|\w+s)\b"
)
# (with a phone asked for: not "ignore the names, the scores were 21 to 14")
_WORD_BETWEEN_DIGITS = re.compile(
    r"(?<=\d)\s+(?!(?:to|and|then|or|x|by|of|out|in|for|vs|v|minus|plus|times)\s)[a-z]+\s+(?=\d)"
)
# One letter repeated between digits: "07x7x0x0x9x0x0x1x2x3 ignore the x's".
_LETTER_BETWEEN_DIGITS = re.compile(r"(?<![a-z0-9])\d+([a-z])\d+(?:\1\d+){3,}(?![a-z0-9])")
_LETTER_BETWEEN_GATE = re.compile(r"\d[a-z]\d+[a-z]\d")  # starts with a class: scanned fast


# Letters standing in for digits inside a number: "call me on o7o8 l2l 9o5o".
_DIGITISH = re.compile(r"\b(?=[0-9olis]*\d)(?=[0-9olis]*[olis])[0-9olis]{3,}\b")
_AS_DIGITS = str.maketrans("olis", "0115")
# Held by every match of _DIGITISH (a word of only digits and o/l/i/s holding both has a digit
# beside one of those letters). Starting with a digit, they skip fast to digits; the `\b` start
# of _DIGITISH is tried at every word (~50 us on 2000 characters, ~25 us for these).
_DIGIT_THEN_OLIS = re.compile(r"\d[olis]")
_OLIS_THEN_DIGIT = re.compile(r"\d(?<=[olis]\d)")


def _digits_only(m: re.Match[str]) -> str:
    digits = m.group().replace(m.group(1), "")
    return digits if len(digits) >= 7 else m.group()


def _separators(t: str) -> str:
    """Separators said or drawn: "tired dot tortoise" for a name, "555🌸01🌸88", "0x7x7"."""
    t = said_dots(t)
    if not DIGIT.search(t):
        return t  # each pass below needs a digit to change anything (most chat messages)
    if _DIGIT_THEN_OLIS.search(t) or _OLIS_THEN_DIGIT.search(t):
        t = _DIGITISH.sub(lambda m: m.group().translate(_AS_DIGITS), t)
    if _LETTER_BETWEEN_GATE.search(t):
        t = _LETTER_BETWEEN_DIGITS.sub(_digits_only, t)
    if "ignore" in t and _IGNORE_FILLER.search(t) and _PHONE_CUE.search(t):
        t = _WORD_BETWEEN_DIGITS.sub(" ", t)  # "07 apple 700 banana 900 ... ignore the fruit"
    if not t.isascii() and _SYMBOL_AFTER_DIGIT.search(t):
        t = _SYMBOLS_BETWEEN_DIGITS.sub(" ", t)
    if "|" in t and _PHONE_CUE.search(t):
        t = _BAR_BETWEEN_DIGITS.sub(" ", t)  # "0 7 7 0 0 | 9 0 0 | 3 1 5 ... text me"
    return t


# "dot" said between two parts of a name, where a name is being given.
# (round 66: "username is marcus period fen period carer")
_DOT_WORDS = ("dot", "period", "full stop")
_DOT_SAID = re.compile(rf"(?<=[a-z0-9]) (?:{'|'.join(_DOT_WORDS)}) (?=[a-z0-9])")
_DOTS_SAID = tuple(f" {w} " for w in _DOT_WORDS)
_NAME_WORDS = ("user", "handle", "@", "add me", "mail")
# Non-ASCII symbols (emoji, bullets, stars) standing between two digits.
_SYMBOLS_BETWEEN_DIGITS = re.compile(r"(?<=\d)\s*(?:[^\x00-\x7f\w]\s*)+(?=\d)")
# Held by every match of it (a digit, then such a symbol): starting with a digit, not a
# lookbehind, it is scanned fast; emoji in a long message no longer cost a ~35 us pass.
_SYMBOL_AFTER_DIGIT = re.compile(r"\d\s*[^\x00-\x7f\w]")
_BAR_BETWEEN_DIGITS = re.compile(r"(?<=\d)\s*\|+\s*(?=\d)")
# Bars are how mood and sleep logs are kept ("4 | 5 | 3 | 6"): read as gaps in a number only
# where the message asks to be called or texted, or gives "my number".
_PHONE_CUE = re.compile(
    r"\b(?:te?xt|call|ring|phone|whatsapp|wa|signal|telegram) me\b|\bmy (?:number|numbr|num"
    r"|no|digits|cell|mobile|phone)\b(?! of\b)|\b(?:phone|mob|mobile|tel|cell)\b(?=\s*[:=]?\s*\d)"
)


_REPEATED_DIGIT = re.compile(r"\b(double|triple)[\s-]+(\d)\b")  # "double 0", "double-0"


def _repeated(m: re.Match[str]) -> str:
    return " ".join(m.group(2) * (2 if m.group(1) == "double" else 3))


def _spelled_digits(t: str) -> str:
    """Number words as digits, and digits dictated in groups joined. Each pass first checks
    (cheaply) that it could change something: on a long message each one costs 20-160 us."""
    if DIGIT.search(t) and _digit_beside_letter(t):
        # "five5five" hides digits inside one token: split number words from digits first
        t = N.DIGIT_THEN_WORD.sub(r"\1 \2", _word_then_digit(t))
        t = _word_then_digit(N.DIGIT_THEN_WORD.sub(r"\1 \2", t))
    if N.NUMBER_WORD_START.search(t):
        t = _NUMBER_WORD_TOKEN.sub(_number_words_to_digits, t)
    if not _two_digits(t):
        return t  # what follows joins digits to digits
    if _OH_GATE.search(t):
        t = N.OH_AS_ZERO.sub(r"\g<1>0", t)
    if "double" in t or "triple" in t:  # "triple 3" beside digits: the words were done above
        t = _REPEATED_DIGIT.sub(_repeated, t)
    if "hundred" in t:
        t = N.HUNDRED.sub(r"\g<1>00", t)
    if "hash" in t or "pound" in t:
        t = R.HASH_SPOKEN.sub("#", t)
    if (".." in t or "/" in t or "\u2026" in t) and _GROUP_BREAK_GATE.search(t):
        t = D.GROUP_BREAK.sub(" ", t)
    if _DIGITS_THEN_GATE.search(t):
        t = N.DIGITS_THEN.sub(" ", t)
    return t


# Held by every match of D.GROUP_BREAK (a digit, then the ellipsis or the spaced slash); its
# lookbehind start made `re` try every position (~100 us on a long message with a "/").
_GROUP_BREAK_GATE = re.compile(r"\d(?:\s*(?:\.\.|\u2026)|\s+/)")
# Held by every match of N.WORD_THEN_DIGIT: a digit right after the last letter of a number
# word. It starts with a digit, so `re` skips fast; the `\b` start of the other is slow.
_WORD_THEN_DIGIT_GATE = re.compile(r"\d(?<=[eortxn]\d)")


def _word_then_digit(t: str) -> str:
    """`N.WORD_THEN_DIGIT.sub(r"\1 \2", t)`, skipped when it cannot match."""
    if not _WORD_THEN_DIGIT_GATE.search(t):
        return t
    return N.WORD_THEN_DIGIT.sub(r"\1 \2", t)


def _two_digits(t: str) -> bool:
    """Whether `t` holds two or more of 0-9 (two searches, not ten counts of the text)."""
    first = R.ASCII_DIGIT.search(t)
    return first is not None and R.ASCII_DIGIT.search(t, first.end()) is not None


# A digit after or before an ASCII letter; starting with a digit, it is scanned fast.
_ASCII_DIGIT_BESIDE_LETTER = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|[A-Za-z])")


def _digit_beside_letter(t: str) -> bool:
    """Whether a digit touches a letter ("five5five"): only then are they pulled apart."""
    if t.isascii():  # then a digit is [0-9] and a letter [A-Za-z]: one scan, no Python loop
        return _ASCII_DIGIT_BESIDE_LETTER.search(t) is not None
    n = len(t)
    for m in DIGITS.finditer(t):
        a, b = m.start(), m.end()
        if (a and t[a - 1].isalpha()) or (b < n and t[b].isalpha()):
            return True
    return False


_SPOKEN_PROVIDER_NEEDLES = tuple(sep + w for sep in " -\t\n" for w in ("mail", "hoo"))


_PROVIDER = {"g": "gmail", "h": "hotmail", "p": "protonmail", "y": "yahoo"}  # by first letter


def _oh_as_zero(m: re.Match[str]) -> str:
    at = m.start()
    return m.group() if at and m.string[at - 1].isalnum() else "zero"


_WORD_GAP = re.compile(r"[\s-]+")


def _number_words_to_digits(m: re.Match[str]) -> str:
    if m.start() and m.string[m.start() - 1].isalnum():
        return m.group()  # "someone", "often": inside a longer word
    words = _WORD_GAP.split(m.group())  # "double zero", "double-zero"
    repeat = {"double": 2, "triple": 3}.get(words[0], 1) if len(words) > 1 else 1
    digits = re.findall("|".join(N.NUMBER_WORDS), words[-1])
    return " ".join(N.NUMBER_WORDS[d] for d in digits for _ in range(repeat))
