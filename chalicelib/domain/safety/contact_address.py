"""Street-address rules for the contact-info guard (split from contact_rules.py). Like those,
they run on `contact_spelling.spelled` text."""

from __future__ import annotations

import re

from chalicelib.domain.safety.contact_rules import any_in, letters_of
from chalicelib.domain.safety.contact_spelling import DIGIT
from chalicelib.domain.safety.text import word_set

_STREET = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|crescent"
    r"|close|terrace|place|pl|way|parkway|pkwy|highway|hwy|square|grove|gardens|row|mews"
    r"|circle|trail)"
)
# (round 97 and its review: not a shop open "24h", "a rope at the 24h hardware place", while
# "12h elm grove" is a door; session 15: a numbered street with its side, "221 west 48th street"
# (its review: not a count, a time or a year before "5th avenue", "ran 5 10th avenue loops")
# (session 16: not "one last drive", spelt "1 last drive")
STREET_ADDRESS = re.compile(
    rf"\b\d{{1,5}}[a-z]?(?<!\b24h)\s+(?!(?<=\b1 )(?:last|final) )((?:[a-z]+\.?\s+){{1,3}}"
    r"|(?:west|east|north|south|w|e|n|s)\.?\s+\d{1,3}(?:st|nd|rd|th)\s+)"
    rf"{_STREET}\b"
)
# Words that show "3 blocks down the road" is a distance, not an address.
NOT_A_STREET_NAME = frozenset(
    {
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "their",
        "his",
        "her",
        "this",
        "that",
        "more",
        "other",
        "few",
        "blocks",
        "block",
        "miles",
        "mile",
        "km",
        "minutes",
        "minute",
        "mins",
        "hours",
        "hour",
        "hr",  # session 9: "4 hr drive in the snow"
        "hrs",
        "min",
        "days",
        "day",
        "weeks",
        "times",
        "steps",
        "houses",
        "doors",
        "down",
        "up",
        "along",
        "across",
        "from",
        "to",
        "on",
        "in",
        "at",
        "of",
        "off",
        "by",
        "near",
        "past",
        "over",
        "into",
        "onto",
        "way",
        "kms",
        "metres",
        "meters",
        "yards",
        "feet",
        "ft",
        "and",
        "or",
        "but",
        # round 87: "1hr 20 each way"
        "each",
        "either",
        "both",
        "same",
        "wrong",
        "whole",
    }
)
ADDRESS_CUE = re.compile(
    r"\bmy (?:home |house |street |postal |mailing |full )?address(?: is|:)"
    r"|\b(?:i live|come over to|come to|meet me at|my house is|my flat is) (?:at|on) \d{1,5}\b"
)
# A door number given apart from its street: "im on wattle st, house number is four-two".
_NUMBER_WORDS = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred)"
)
DOOR_NUMBER = re.compile(
    r"\b(?:house|flat|apartment|apt|unit|door|building) (?:number|no|num|#) (?:is |its |=|:)?"
    rf"\s*(?:\d{{1,4}}(?:-\d{{1,3}})?[a-z]?|{_NUMBER_WORDS}(?:-?\d|[- ]{_NUMBER_WORDS})?)\b"
)
NAMED_STREET = re.compile(rf"\b(?:on|in|off) ((?:[a-z]+ ){{1,2}}){_STREET}\b")
# Not after "#" or "0x": "#af44bb" is a colour, not "AF4 4BB".
# The area and district may be typed apart once spelt ("bn one 3fq" -> "bn 1 3fq", round 54),
# but not after a common two-letter word ("in 1 2hr") nor "a" or "i", which are no areas ("a
# 12hr patrol", session 9).
POSTCODE = re.compile(
    r"(?<!#)(?<!0x)\b(?:[a-z]{1,2}|(?!(?:is|at|to|in|on|me|my|we|be|by|do|go|he|if|it|no|of|or|so"
    r"|up|us|an|am|as|hi|ok|ya|yo|ur|im|a|i)\b)[a-z]{1,2} )\d[a-z\d]?\s*(\d[abd-hjlnp-uw-z]{2})\b"
)
# A US state's code then a ZIP: ", ny 10027" (not ", is 14416", a helpline).
_STATES = (
    "al|ak|az|ar|ca|co|ct|de|dc|fl|ga|hi|id|il|in|ia|ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh"
    "|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|wy"
)
ZIP_IN_ADDRESS = re.compile(rf",\s*(?:{_STATES})\s+\d{{5}}(?:-\d{{4}})?\b")
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
# Street types written before the name (French, Spanish, Portuguese, Italian, Catalan).
_STREET_TYPES = (
    "rue",
    "calle",
    "avenida",
    "rua",
    "chemin",
    "allee",
    "quai",
    "impasse",
    "corso",
    "viale",
    "paseo",
    "carrer",
    # session 15: Malay and Indonesian, "17 jalan ampang, unit 9-2, kuala lumpur 50450"
    "jalan",
    "jln",
    "lorong",
)
_STREET_TYPE_SET = frozenset(_STREET_TYPES)
# A street named type first, with its articles: "rue des lilas", "avenida da liberdade".
_TYPED_STREET = (
    rf"(?:{'|'.join(_STREET_TYPES)})\s+(?:(?:de|des|du|da|do|dos|das|del|della|di|la|le|les"
    # (round 100's review: Malay words after "jalan" / "lorong" that name no street, "2 jalan
    # jalan around pavilion and spent 1500 ringgit", "lorong gelap")
    r"|l)\s+)*(?!(?:jalan|kaki|gelap|cari|makan|sana|sini)\b)[a-z]{3,}"
)
# The same with accented letters in the name (session 13: "calle de alcalá").
_TYPED_STREET_ANY = _TYPED_STREET.replace("[a-z]{3,}", r"[^\W\d_]{3,}")
# Streets named type first, as in French, Spanish, Portuguese or Italian, then a postal code:
# "17 rue des lilas, 75011 paris", "12 avenida da liberdade, 1250-096 lisboa".
FOREIGN_STREET = re.compile(
    rf"\b\d{{1,5}}[a-z]?,?\s+{_TYPED_STREET}[^.!?\d]{{0,40}}?\b\d{{4,5}}\b"
    # or a flat right before the street (session 17): "apartment 3b, 221 rue de la paix, lyon"
    rf"|\b(?:apartment|apt|flat|unit) \w{{1,4}},\s*\d{{1,5}}[a-z]?,?\s+{_TYPED_STREET}\b"
    # or a unit right after the street (session 15): "17 jalan ampang, unit 9-2"
    # (its review: not "day 3 jalan jalan, no plans", "week 2 jalan kaki, floor of my flat")
    rf"|\b\d{{1,5}}[a-z]?,?\s+{_TYPED_STREET}(?: [a-z]{{3,}})?,\s*(?:unit|apt|apartment|flat|level"
    r"|blok|block|no)\.? ?#?\d"
    # or the door number after the name, then a floor or a city (session 13): "calle de alcala
    # 120, 4ob, madrid" (not a time, a distance or a count: "rua augusta 3 times")
    rf"|\b{_TYPED_STREET_ANY}(?: [^\W\d_]{{2,}}){{0,2}},? \d{{1,4}}[a-z]?,\s*"
    r"(?:\d{1,2}\s*[a-z]{1,3}\b|(?:piso|bajo|puerta|etage|andar|apt|apartment|flat|floor)\b|[a-z]{3,}\s*(?:[.!?]|$))"
)


# The same with the door number in words and a city or floor after it instead of a postal code
# (round 55): "fourteen rue des lilas, lyon seventh arrondissement, third floor".
FOREIGN_STREET_WORDED = re.compile(
    rf"\b{_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})?,?\s+{_TYPED_STREET}\b,?\s+(?:[a-z]+,?\s+){{0,2}}"
    r"(?:\w+ )?(?:floor|arrondissement|etage|piso|andar|apt|apartment|flat)\b"
    # or told as where one lives (round 69): "i live in the flat above the bakery, number
    # twenty-two rua das flores, lisbon"
    r"|\b(?:i live|im living|we live|come round|come over|visit me)\b[^.!?]{0,50}\b"
    rf"(?:number|no) (?:{_NUMBER_WORDS}|\d{{1,4}})(?:[- ](?:{_NUMBER_WORDS}|\d))?,?\s+"
    rf"{_TYPED_STREET}\b"
)


# Held by every match of ADDRESS_CUE ("address", or "at"/"on" then a number) and of
# FOREIGN_STREET (its street type): both start with `\b`, which `re` tries at every position.
_AT_ON_NUMBER = re.compile(r"\d(?<=(?: at| on) \d)")


def _address_cue(t: str) -> bool:
    if "address" not in t and not _AT_ON_NUMBER.search(t):
        return False
    return ADDRESS_CUE.search(t) is not None


def _foreign_street(t: str) -> bool:
    if not any_in(t, _STREET_TYPES):
        return False
    return FOREIGN_STREET.search(t) is not None


# A door number said in words before a named street: "im at number fourteen birch road".
WORDED_DOOR = re.compile(
    rf"\bnumber {_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})?,? ((?:[a-z]+\s+){{1,2}}){_STREET}\b"
)


# Where one lives, a door number in words, then the street: "im at the yellow house, nineteen
# queen vic street".
LIVE_AT_WORDED = re.compile(
    r"\b(?:im at|i live at|i live on|live at|come (?:round )?to|send \w+ to|post \w+ to"
    r"|my (?:home |house |)(?:address|addy)|(?:address|addy) for (?:the |our |a )?(?:\w+ )?"
    r"(?:meetup|meet up|meet|party|gathering|get together|hangout))\b"
    # the number right after the cue ("i live at fourteen brick lane"), or further on but not
    # a time ("im at work till twelve, same place as always")
    r"(?:[:,]? |[^.!?]{0,30}?(?<!till )(?<!until )(?<!at )(?<!by )(?<!from )(?<!before )"
    rf"(?<!after )(?<!around )(?<!about )\b){_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})?,? "
    rf"((?:[a-z]+ ){{1,3}}){_STREET}\b"
)


def _names_a_street(rx: re.Pattern[str], t: str) -> bool:
    """Whether some match of `rx` names a street: its group 1 (the words before the street type)
    holds none of NOT_A_STREET_NAME ("3 blocks down the road" is a distance)."""
    return any(
        not set(m.group(1).replace(".", " ").split()) & NOT_A_STREET_NAME for m in rx.finditer(t)
    )


# Every match of LIVE_AT_WORDED starts with its cue, which holds one of these ("im at", "i
# live at", "come round to", "send it to", "my addy", ...). Its leading `\b` makes `re` try
# every position of the text; most messages hold none of them.
_LIVE_AT_NEEDLES = ("im at", "live ", "come ", "send ", "post ", "address", "addy")


def worded_address(t: str) -> bool:
    """Whether `t` gives a door number in words with a named street (no digit to find)."""
    if any_in(t, _LIVE_AT_NEEDLES) and _names_a_street(LIVE_AT_WORDED, t):
        return True
    # In every FOREIGN_STREET_WORDED match the street type stands between `\s` (or `\b`) and
    # `\s`: a whole run of letters. The letters of the text are known (the handle check read
    # them); 15 substring scans of a 2000-char message cost ~25 us.
    if not letters_of(t).isdisjoint(_STREET_TYPE_SET) and FOREIGN_STREET_WORDED.search(t):
        return True
    if "number " not in t:
        return False
    return (
        _names_a_street(WORDED_DOOR, t)
        or _door_number_on_street(t)
        or _names_a_street(STREET_THEN_NUMBER, t)
    )


_STREET_IS = re.compile(
    r"\b(?:street|road|avenue) (?:is|:|=) (?!(?:the|a|my|so|very|too|quiet|busy|long|short|nice"
    r"|lovely|noisy|dark|closed|blocked|flooded|icy|empty|full|loud|safe|steep|narrow|not)\b)[a-z]+"
)


# A door number told as a riddle: "house number is my age minus fifty".
DOOR_NUMBER_TOLD = re.compile(r"\b(?:house|flat|door|apartment|apt|unit) (?:number|no) (?:is|=|:)")


def _door_number_on_street(t: str) -> bool:
    """A door number and a named street ("wattle st"), not "the street", told apart."""
    if not ("number" in t or " no " in t or "#" in t):
        return False
    if not (DOOR_NUMBER.search(t) or DOOR_NUMBER_TOLD.search(t)):
        return False
    if _STREET_IS.search(t):
        return True  # "street is elm, house number four-one-seven"
    return _names_a_street(NAMED_STREET, t)


# Street-name words: not a stop word ("on lotus lane": "lotus"), nor an ordinal ("first place").
# (session 20: its letters may be typed as digits, "on w1ll0w lane")
_NAME_WORD = (
    r"(?!(?:on|in|at|near|off|the|my|a|first|second|third|last|1st|2nd|3rd)\b)"
    r"[a-z](?:[a-z]|[01](?=[a-z]))* "
)
# A named street then a six-digit postal code (India's PIN): "one-twenty, lotus lane,
# koramangala, blore 560034".
STREET_THEN_PIN = re.compile(
    rf"\b((?:{_NAME_WORD}){{1,2}}){_STREET}\b,?[^.!?\d]{{0,50}}?"
    # a postal code, not a price or an order ("is 120000 a month", "order 482913")
    r"(?<!is )(?<!like )(?<!cost )(?<!costs )(?<!order )(?<!rs )(?<!inr )(?<!for )(?<!pay )"
    r"\b[1-9]\d\d ?\d{3}\b(?! ?\d)(?!\s*(?:a (?:month|year|week)|now|pcm|per|rupees|rs|inr|k)\b)"
)


# A rural lot as the door number (session 13): "write to me at lot 7, sandy creek rd".
# (its review: the street type ends the part, not "auction lot 7, victorian street lamp")
LOT_ADDRESS = re.compile(
    rf"(?<!auction )\blot \d{{1,5}}[a-z]?,?\s+((?:[a-z]+\.?\s+){{1,3}}){_STREET}\b(?=\s*(?:[,.]|$))"
)


# A door number after its street: "the blue house on mill lane, number 9", or in words
# (session 20: "I live on w1ll0w lane, number fourteen, the blue door ..."; not a rank, "down
# memory lane, number one hit", nor a bus, "on hope street, number twelve bus stops there")
STREET_THEN_NUMBER = re.compile(
    rf"\b(?:on|in|off|at) ((?:{_NAME_WORD}){{1,2}}){_STREET},? (?:at )?(?:(?:number|no\.?|#) ?"
    rf"\d{{1,4}}\b|number {_NUMBER_WORDS}(?:[- ]{_NUMBER_WORDS})?\b(?! (?:hit|song|fan|priority"
    r"|rule|spot|reason|thing|choice|pick|seed|in|on|of|at|for|to|is|bus|buses|tram|train|route"
    r"|stop|stops)\b))"
)


# The writer's own post-office box (session 15): "you can write to me at po box 221, hokitika",
# "my po box is 5521".
# (its review: not "my po box is 20 minutes away", "i checked my po box 3 times", nor a
# service's "write to us at po box 9090")
_OWN_PO_BOX = re.compile(
    r"\b(?:(?:write|mail|post|send \w+)(?: to)? me at p\.? ?o\.? ?box:?"
    r"|my p\.? ?o\.? ?box(?: number)? is:?) \d{1,6}\b"
    r"(?! ?(?:min\w*|miles?|km|doors?|times?|years?|months?|weeks?|days?|hours?|bucks|dollars"
    r"|quid|pounds|euros)\b)"
)


def address_near(t: str) -> bool:
    """Whether `t` (a stretch of text around a digit) holds a street address or postcode."""
    if _address_cue(t) or ZIP_IN_ADDRESS.search(t) or _foreign_street(t):
        return True
    if "box" in t and _OWN_PO_BOX.search(t):
        return True
    if _door_number_on_street(t):
        return True
    if _may_name_a_street(t) and any(
        _names_a_street(rx, t)
        for rx in (STREET_THEN_PIN, STREET_THEN_NUMBER, STREET_ADDRESS, LOT_ADDRESS)
    ):
        return True
    if _POSTCODE_TAIL is not None and not _POSTCODE_TAIL.search(t):
        return False
    return any(not ORDINAL.fullmatch(m.group(1)) for m in POSTCODE.finditer(t))


# A postcode spelled out letter by letter (session 17): "fourteen harrow ln, el ess six two queue
# tee, leeds" (spelled text: "el ess 6 2 queue tee"). The names of the letters, read only in a run
# of five to seven letters and digits that makes the exact shape of a UK postcode.
_LETTER_NAMES = {
    "ay": "a",
    "bee": "b",
    "see": "c",
    "cee": "c",
    "dee": "d",
    "ee": "e",
    "ef": "f",
    "eff": "f",
    "gee": "g",
    "aitch": "h",
    "haitch": "h",
    "eye": "i",
    "jay": "j",
    "kay": "k",
    "el": "l",
    "ell": "l",
    "em": "m",
    "en": "n",
    "oh": "o",
    "pee": "p",
    "queue": "q",
    "cue": "q",
    "kew": "q",
    "ar": "r",
    "ess": "s",
    "tee": "t",
    "you": "u",
    "vee": "v",
    "ex": "x",
    "why": "y",
    "wye": "y",
    "zed": "z",
    "zee": "z",
}
# Letter names that are seldom words of a sentence: one must be in the text to look further.
_RARE_LETTER_NAMES = frozenset(_LETTER_NAMES) - {"see", "ee", "eye", "oh", "you", "why", "ex"}
_POSTCODE_SHAPE = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[abd-hjlnp-uw-z]{2}")
_TOKEN = re.compile(r"[a-z]+|\d")
_TOKEN_GAP = re.compile(r"[ ,]*")


def spelled_postcode(t: str) -> bool:
    """Whether `t` spells out a postcode ("el ess 6 2 queue tee"): two or more letters named."""
    if not DIGIT.search(t) or _RARE_LETTER_NAMES.isdisjoint(word_set(t)):
        return False  # most messages: no digit, or no letter named
    # (letter or digit, said by its name, spaced from the one before by one space only)
    run: list[tuple[str, bool, bool]] = []
    end = 0
    for m in _TOKEN.finditer(t):
        word = m.group()
        char = _LETTER_NAMES.get(word) or (word if word.isdigit() else None)
        if char is None or not _TOKEN_GAP.fullmatch(t, end, m.start()):
            run = []
        if char is not None:
            run.append((char, word in _LETTER_NAMES, t[end : m.start()] == " "))
            if _ends_a_postcode(run):
                return True
        end = m.end()
    return False


def _ends_a_postcode(run: list[tuple[str, bool, bool]]) -> bool:
    """Whether the last five to seven of `run` make a postcode with two letters named, its
    inward part (a digit, two letters named) spaced by single spaces: "2 ay bee", not the "12,
    ay, ee" of a list of vitamins nor the "ex 1 2, ay bee" of a bus route."""
    inward = run[-3:]
    if len(inward) < 3 or not all(named and spaced for _, named, spaced in inward[1:]):
        return False
    for size in (5, 6, 7):
        tail = run[-size:]
        if (
            len(tail) == size
            and sum(named for _, named, _ in tail) >= 2
            and _POSTCODE_SHAPE.fullmatch("".join(c for c, _, _ in tail))
        ):
            return True
    return False


# In every match of STREET_THEN_PIN, STREET_THEN_NUMBER and STREET_ADDRESS the street type
# stands after a space and before `\b` (or ", "): it is a whole run of `\w` in the text. A
# window without one is skipped (~35 us for the three scans of one digit window).
# (Only while _STREET is a plain list of words; else every window is scanned.)
_STREET_WORDS = (
    frozenset(_STREET[len("(?:") : -1].split("|"))
    if re.fullmatch(r"\(\?:[a-z]+(?:\|[a-z]+)*\)", _STREET)
    else None
)
_WORD_RUN = re.compile(r"\w+")


def _may_name_a_street(t: str) -> bool:
    return _STREET_WORDS is None or not _STREET_WORDS.isdisjoint(_WORD_RUN.findall(t))


# The end of every POSTCODE match (its group 2 and the `\b` after it): a digit start, scanned
# fast, where POSTCODE's lookbehinds and `\b` are tried at every position. (Only while
# POSTCODE ends so.)
_POSTCODE_END = r"\s*(\d[abd-hjlnp-uw-z]{2})\b"
_POSTCODE_TAIL = (
    re.compile(r"\d[abd-hjlnp-uw-z]{2}\b") if POSTCODE.pattern.endswith(_POSTCODE_END) else None
)
