"""Learned contact scorer: a pruned linear model over the shape of a message's words.

The contact rules recognise the tricks someone thought of; every blind set brought new ones
("ig is m.a.r.i.s.o.l...", "my gmail is my alias here with no space", a door number in French
words). What those messages share is how they are said: an invitation ("come say hi", "hmu"),
a platform or provider named, and a run of letters, digits and dots shaped like an account.
This model was trained offline (bench/train_contact_model.py, scikit-learn logistic
regression) on the labelled sets and reads exactly that: words, digit runs by length
("D3"), number words, symbols, their pairs and triples, and each word's shape ("sad_otter_99"
is "aa_aa_99"). It is asked only where the rules found nothing, and never about a message
that names a helpline (a configured helpline number or "helpline", "hotline", "crisis line")
or carries markup.
Inference is pure Python: the features are looked up in chalicelib/config/contact_model.json
and summed. `features` is shared by training and inference, so the two cannot drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache
from pathlib import Path

from chalicelib.domain.safety.contact_numbers import NHS_NUMBER_NAMED
from chalicelib.domain.safety.contact_rules import ASCII_DIGIT
from chalicelib.domain.safety.contact_rules import any_in as _any_in
from chalicelib.domain.safety.crisis_model import LinearModel, read_model
from chalicelib.domain.safety.helplines import allowed_numbers
from chalicelib.domain.safety.text import folded

MODEL_FILE = Path(__file__).resolve().parents[2] / "config" / "contact_model.json"
MAX_TOKENS = 400  # a 2000-character message has about this many tokens; bounds the work
_TOKEN = re.compile(r"[a-z]+|\d+|[^\sa-z\d]")
# Links are the rules' to judge (invite and profile links are contact, an article is not): the
# model reads each as one word, "url", so a page's address is not read as a handle's shape.
_URL = re.compile(r"\b(?:https?://|www\.)\S+")
# Markup is code (or an attack on a client), not a roundabout account: left to the rules, as
# the model read `<script>window.__pwned=2</script>` as a handle's shape.
_MARKUP = re.compile(r"<[a-z/][^<>]{0,200}>")
_SHAPE_DIGIT = re.compile(r"\d")
_SHAPE_LETTER = re.compile(r"[a-z]")
_SHAPE_RUN = re.compile(r"(.)\1{2,}")
MAX_SHAPE_WORDS = 120
NUMBER_WORDS = frozenset(
    [
        "zero",
        "oh",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "double",
        "triple",
    ]
)
# A message naming a helpline is left to the rules, which know which numbers are helplines:
# the model's few held-out false blocks were national lines ("Beyond Blue: 1300 22 4636").
_HELPLINE_WORD = re.compile(
    r"\b(?:helpline|hotline|lifeline|warmline|samaritans|befrienders|988|741741)\b"
    r"|\b(?:crisis|suicide|support|text|advice|help)(?:\s+\w+){0,2}\s*\bline\b"
)
# Held by every match of _HELPLINE_WORD (each of its "-line" words ends in "line"): most chat
# messages hold none, and its leading `\b` makes `re` try every word (measured on a chat
# message ~19 -> ~3 us under load; a 2000-char message ~320 -> ~190 us, most hold "line").
_HELPLINE_NEEDLES = ("line", "988", "741741", "samaritans", "befrienders")
_DIGIT_RUN = re.compile(r"\d[\d \-]{1,14}\d")
# An NHS number alone is the rules' to judge (round 105).
_NHS_NUMBER = re.compile(NHS_NUMBER_NAMED + r"\d{3}\W?\d{3}\W?\d{4}\b")
_SPOKEN_DIGIT = re.compile(r"\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b")


def features(text: str) -> set[str]:
    """Feature names of a message (raw text; folded here as at training; links as "url")."""
    t = folded(text)
    if "http" in t or "www." in t:
        t = _URL.sub(" url ", t)
    words = _TOKEN.findall(t)[:MAX_TOKENS]
    if NUMBER_WORDS.isdisjoint(words) and t.isascii() and ASCII_DIGIT.search(t) is None:
        toks = words  # no digit run nor number word (most chat): each token is its word
    else:  # (not ASCII: "²" is a token of its own, and a digit to `_token`)
        toks = [_token(m) for m in words]
    # A number word alone is itself ("till ten"); only in pairs and triples is it "NW"
    # ("forty two", "nine one seven"), where numbers are spelt out to pass a filter. Every
    # other word is its token, and "NW" comes from number words alone (a word is lower case,
    # a symbol one character): so the tokens' set, "NW" put back as the number words.
    feats = set(toks)
    if "NW" in feats:
        feats.discard("NW")
        feats.update(NUMBER_WORDS.intersection(words))
    # (set comprehensions of f-strings: measured faster than map() over str.format or `+`)
    feats.update({f"{a} {b}" for a, b in zip(toks, toks[1:], strict=False)})
    feats.update({f"{a} {b} {c}" for a, b, c in zip(toks, toks[1:], toks[2:], strict=False)})
    # The runs of \S, as str.split() and `re` share Python's test for whitespace.
    feats.update(map(_shape, t.split()[:MAX_SHAPE_WORDS]))
    return feats


def _token(tok: str) -> str:
    if tok[0].isdigit():
        return f"D{min(len(tok), 8)}"  # the length of a digit run, not its digits
    return "NW" if tok in NUMBER_WORDS else tok


# 16384 words: a new chat message's words missed 4096 of them 14% of the time, 16384 5%
# (measured on the 55k labelled lines after 3k, read in order); ~3 MB at most.
@lru_cache(maxsize=16384)
def _shape(word: str) -> str:
    """ "sad_otter_99" -> "S:aa_aa_99": letters a, digits 9, runs of three or more kept as two."""
    if word.isascii():  # then \d is [0-9]: one translate, not two regex passes (~3 -> ~1 us)
        # Runs of "a" and of "9" (nearly every word has one) shortened by literal replacements,
        # which `re` does in C; the `\1\1` template costs a Python call per run (Python 3.11).
        # Runs of different characters are apart, so each is shortened as `_SHAPE_RUN` does.
        s = _NINES.sub("99", _AAAS.sub("aa", word.translate(_ASCII_SHAPE)))
        if _SHAPE_RUN.search(s) is None:
            return "S:" + s
    else:
        s = _SHAPE_LETTER.sub("a", _SHAPE_DIGIT.sub("9", word))
    return "S:" + _SHAPE_RUN.sub(r"\1\1", s)


_ASCII_SHAPE = str.maketrans("0123456789abcdefghijklmnopqrstuvwxyz", "9" * 10 + "a" * 26)
_AAAS = re.compile("aaa+")
_NINES = re.compile("999+")


def names_helpline(text: str) -> bool:
    """Whether the message names a helpline or carries a configured helpline number."""
    t = folded(text)
    if _any_in(t, _HELPLINE_NEEDLES) and _HELPLINE_WORD.search(t):
        return True
    known = allowed_numbers()
    return any(re.sub(r"\D", "", m.group()) in known for m in _DIGIT_RUN.finditer(t))


def left_to_the_rules(text: str) -> bool:
    """A message the model is not asked about: it names a helpline or an NHS number, or carries
    markup."""
    if names_helpline(text) or ("<" in text and _MARKUP.search(text.lower()) is not None):
        return True
    lab, nhs = "/" in text, "nhs" in text.lower()
    if not (lab or nhs):
        return False
    t = folded(text)
    if lab and _only_lab_values(t):
        return True
    if not nhs:
        return False
    m = _NHS_NUMBER.search(t)  # an NHS number and no other digits (its review: "forgot my nhs
    if m is None:  # number ... oh seven seven zero zero ..." is still the model's to read)
        return False
    return _no_digits(t[: m.start()] + t[m.end() :])


def _no_digits(text: str) -> bool:
    """No digit in the text, written or spoken."""
    return not _SHAPE_DIGIT.search(text) and not _SPOKEN_DIGIT.search(text)


# A lab result with its unit (session 16): "estradiol 187 pg/ml, t 23 ng/dl".
_LAB_VALUE = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:pg|ng|nmol|pmol|mmol|umol|mg|mcg|g|iu|miu|u|mu)\s?/\s?(?:ml|dl|l)\b"
)


# (its review: not beside where someone lives, "... i live on elm street, the yellow house")
_WHERE_WORDS = re.compile(
    r"\b(?:live|lives|living|street|st|road|rd|avenue|ave|lane|house|flat|apartment|address"
    r"|come over|postcode|zip)\b"
)


def _only_lab_values(t: str) -> bool:
    """Every digit of the folded message is in a lab value with its unit, and no place is
    told."""
    if _LAB_VALUE.search(t) is None or _WHERE_WORDS.search(t):
        return False
    return _no_digits(_LAB_VALUE.sub(" ", t))


def without_mentions(text: str, mentions: Collection[str]) -> str:
    """The text with "@Alias" mentions of people in the room taken out (a room may hold many
    aliases: only those mentioned are looked for)."""
    if "@" not in text:
        return text
    low = text.lower()
    for alias in mentions:
        if alias and "@" + alias.lower() in low:
            text = re.sub("@" + re.escape(alias), " ", text, flags=re.IGNORECASE)
    return text


def load_contact_model() -> LinearModel:
    """The shipped model, read once per process."""
    return read_model(MODEL_FILE)


def model_finds_contact(text: str, mentions: Collection[str] = ()) -> bool:
    """Whether the learned scorer reads the message as sharing contact details."""
    if left_to_the_rules(text):
        return False
    model = load_contact_model()
    return model.probability_of(features(without_mentions(text, mentions))) >= model.threshold
