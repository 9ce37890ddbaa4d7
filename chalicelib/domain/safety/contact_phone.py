"""Phone numbers for the contact-info guard: whole, in parts, dictated or in pieces, and the
numbers that are not phones (helplines, services, identifiers, years, lists). Split from
contact.py; runs on `contact_spelling.spelled` text."""

from __future__ import annotations

import re

from chalicelib.domain.safety import contact_numbers as N
from chalicelib.domain.safety import contact_windows as W
from chalicelib.domain.safety.contact_spelling import DIGIT as _DIGIT
from chalicelib.domain.safety.contact_spelling import any_in as _any_in
from chalicelib.domain.safety.helplines import allowed_numbers

MIN_PHONE_DIGITS = 7
# How far before a number its cue may start: "case number with the housing office is HX-..."
CUE_REACH = 60


def has_phone(t: str) -> bool:
    if not _DIGIT.search(t):
        return False
    if "1z" in t:
        t = N.UPS_TRACKING.sub(" ", t)
    if "the" in t and _told_around(t):
        return True
    if _any_in(t, _PART_NEEDLES) and any(_in_parts(w) for w in W.digit_windows(t)):
        return True
    if _any_in(t, N.PIECES_NEEDLES) and any(_pieced_phone(w) for w in W.digit_windows(t)):
        return True
    for cluster in N.DIGIT_CLUSTER.finditer(t):
        if _digit_count(cluster.group()) < MIN_PHONE_DIGITS:
            continue  # no run in it can be a phone: skip the cue searches (most clusters)
        if _told_not_a_phone(t, cluster):
            continue
        safe = N.SAFE_NUMBER_SHAPES.sub(" ; ", _unpriced(t, cluster))
        if any(_looks_like_phone(m.group()) for m in N.DIGIT_RUN.finditer(safe)):
            return True
    return False


def _told_not_a_phone(t: str, cluster: re.Match[str]) -> bool:
    """A cluster the words around it say is something else: "ISBN is ...", "order
    4402-8817-2291", "41r pr 1234 5678", "50 -> 100mg", a helpline's service line, a UK 03
    number not given as the writer's own."""
    before = max(0, cluster.start() - CUE_REACH)
    return bool(
        N.SERVICE_LINE_CUE.search(t, before, cluster.start())
        or _uk_service_line(t, before, cluster)
        or N.ID_NUMBER_CUE.search(t, before, cluster.start())
        or _grid_reference(t, before, cluster)
        or _NHS_NUMBER.search(t, before, cluster.start())
        or _doses_stepped(t, cluster)
        or _lottery_pick(t, cluster)
        or _digits_of_pi(t, cluster)
    )


def _uk_service_line(t: str, before: int, cluster: re.Match[str]) -> bool:
    """A UK 03 number as the UK writes it, "FRANK on 0300 123 6600" (`N.UK_SERVICE_FIRST_GROUP`),
    not given as the writer's own ("my numbers 0300 555 0123", "call me 0333 ...")."""
    number = cluster.group().strip()
    if not N.UK_SERVICE_FIRST_GROUP.match(number) or _digit_count(number) != N.UK_SERVICE_DIGITS:
        return False
    return not N.OWN_NUMBER_CUE.search(t, before, cluster.start())


# (session 17's review: not a mobile or a glasgow landline that holds 1415926, "07714 159260")
_PI = re.compile(r"\bpi\b|\u03c0")


def _digits_of_pi(t: str, cluster: re.Match[str]) -> bool:
    """The digits of pi, named: "my favourite pi digits are 3.14159 26535 89793 23846"."""
    digits = re.sub(r"\D", "", cluster.group())
    return digits.startswith(("314159", "1415926535")) and _PI.search(t) is not None


def _unpriced(t: str, cluster: re.Match[str]) -> str:
    """The cluster without a price at its start right after a currency sign (`N.PRICE`)."""
    group = cluster.group()
    if cluster.start() and t[cluster.start() - 1] in N.CURRENCY and N.PRICE.match(group):
        return N.PRICE.sub(" ; ", group, count=1)
    return group


_NHS_NUMBER = re.compile(N.NHS_NUMBER_NAMED + "$")
# The zone and square letters of a military grid reference, right before its digits (session
# 15): "grid was something like 41r pr 1234 5678".
_GRID_ZONE = re.compile(r"\b\d{1,2}[c-hj-np-x] ?[a-hj-np-z]{2} $")


def _grid_reference(t: str, before: int, cluster: re.Match[str]) -> bool:
    """The cluster is a grid reference's easting and northing: two groups of equal length after
    the zone (round 100's review: not "23f wa 0412 345 678", "24h at 0412 345 678")."""
    groups = cluster.group().rstrip(" ,.:;").split(" ")
    if len(groups) != 2 or len(groups[0]) != len(groups[1]) or not "".join(groups).isdigit():
        return False
    return _GRID_ZONE.search(t, before, cluster.start()) is not None


# A unit right after the last number of a cluster: "50 -> 100 -> 150mg" (arrows are spelt away).
_DOSE_UNIT = re.compile(r"\s?(?:mg|mcg|ml|units?)\b")


def _doses_stepped(t: str, cluster: re.Match[str]) -> bool:
    """A dose stepped up or down, the unit on the last step (session 13): "sertraline went 50 ->
    100 -> 150mg over 12 weeks". No step starts with 0, and each is higher (or each lower) than
    the one before, which a phone number written in groups seldom is."""
    if not _DOSE_UNIT.match(t, cluster.end()):
        return False
    steps = re.findall(r"\d+", cluster.group())
    if len(steps) < 2 or any(s.startswith("0") or len(s) > 4 for s in steps):
        return False
    values = [int(s) for s in steps]
    pairs = list(zip(values, values[1:], strict=False))
    return all(a < b for a, b in pairs) or all(a > b for a, b in pairs)


_LOTTERY = re.compile(r"\b(?:lottery|lotto|euromillions|powerball|mega millions|bingo|keno)\b")
# (its review: not with a way to reach the writer, "lost on the lotto again, text me tho 06 14 27
# 53 88")
_REACH_ME = re.compile(
    r"\b(?:text|ring|call|phone|whatsapp|signal|telegram|mobile|cell|dm|message|contact)\b"
)


def _lottery_pick(t: str, cluster: re.Match[str]) -> bool:
    """Numbers picked for a draw (session 16): "picked 7 14 22 31 38 44 on the lottery". Five or
    more numbers of one or two digits, each higher than the one before, with a draw named."""
    picks = re.findall(r"\d+", cluster.group())
    if len(picks) < 5 or any(len(p) > 2 for p in picks):
        return False
    values = [int(p) for p in picks]
    if any(a >= b for a, b in zip(values, values[1:], strict=False)):
        return False
    return _LOTTERY.search(t) is not None and _REACH_ME.search(t) is None


def _told_around(t: str) -> bool:
    """A number partly told as a riddle ("then the year the berlin wall fell"), or finished from
    an earlier message ("the rest is 88 19 03. text me")."""
    if _any_in(t, _RIDDLE_NEEDLES) and N.PHONE_RIDDLE.search(t):
        return True
    return _any_in(t, _REST_NEEDLES) and bool(N.PHONE_REST.search(t) and N.USE_MY_NUMBER.search(t))


# Held by every match of PHONE_RIDDLE and PHONE_REST ("rest" and "remainder" are followed by a
# space, "of" or "is"/"are"/":"): their leading `\b` makes `re` try every word, ~250 and ~330
# us on a 2000-char message (measured under load), ~7-8 us on a chat message; the literal tests
# cost ~30-40 and ~1.5 us.
_RIDDLE_NEEDLES = ("the year", "my age", "my birth")
_REST_NEEDLES = ("rest ", "remainder ")


_PART_NEEDLES = (
    "part",
    "half",
    "bit",
    "few",
    "digits",
    "numbers",
    "three",
    "four",
    "five",
    "starts",
    "begins",
    "ends",
    "rest",
)


def _in_parts(w: str) -> bool:
    """`N.PHONE_IN_PARTS.search(w)`, asked only where the words of one of its branches stand:
    an ordinal and a part ("first part is"), "starts"/"begins"/"ends", or "rest"/"remainder".
    Its leading `\\b` makes `re` try every word of each digit window; on a long message most
    windows hold none of those words."""
    if not (
        (_any_in(w, _PART_ORDINALS) and _any_in(w, _PART_WORDS))
        or _any_in(w, _PART_ENDS)
        or "rest" in w
        or "remainder" in w
    ):
        return False
    return N.PHONE_IN_PARTS.search(w) is not None


_PART_ORDINALS = ("first", "second", "third", "last", "next", "other", "final", "middle")
_PART_WORDS = ("part", "half", "bit", "few", "digits", "numbers", "three", "four", "five")
_PART_ENDS = ("starts", "begins", "ends")


def _digit_count(t: str) -> int:
    return len(t) - len(t.translate(_NO_DIGITS))


_NO_DIGITS = str.maketrans("", "", "0123456789")


def _pieced_phone(t: str) -> bool:
    digits = N.pieced_number(t)
    return digits is not None and _looks_like_phone(digits)


# (round 67: or one digit first, "lotto numbers this week 4, 11, 19, 23, 38, 42"; round 97: or
# three digits, "hymn numbers for sunday: 432, 518, 76 and 301")
_LIST_OF_PAIRS = re.compile(r"\d{1,3}(?:, ?\d{2,3}){2,}")


def _isbn13(groups: list[str]) -> bool:
    """A book's ISBN-13: 978 or 979 first (no country dials 978; 979 is premium rate), written
    whole or with the check digit as its own last group, and the check digit right (digits
    weighted 1, 3, 1, 3 ... sum to a multiple of 10). Not "978-555-0142-110", a US desk line."""
    digits = "".join(groups)
    if len(digits) != 13 or digits[:3] not in ("978", "979"):
        return False
    if len(groups) > 1 and len(groups[-1]) != 1:
        return False
    return sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0


def _looks_like_phone(run: str) -> bool:
    groups = re.findall(r"\d+", run)
    digits = "".join(groups)
    if len(digits) < MIN_PHONE_DIGITS or digits in allowed_numbers():
        return False
    if N.SERVICE_NUMBER.fullmatch(digits):
        return False  # toll-free lines belong to services (Kids Help Phone, Trevor), not people
    if _isbn13(groups):
        return False  # a book (round 92): "978-0-521-18939-2"
    if all(len(g) == 4 and N.YEAR.fullmatch(g) for g in groups):
        return False  # "2019 2020 2021"
    if (
        "," in run
        and _LIST_OF_PAIRS.fullmatch(run.strip(" ,"))
        and not run.lstrip().startswith("0")
    ):
        return False  # a list: "my grades: 67, 72, 58, 81" (not "07, 70, 09, 00, 12, 34")
    return not (len(groups) > 1 and all(set(g) == {"0"} for g in groups[1:]))  # "1 000 000"
