"""Number rules for the contact-info guard: phone numbers given whole, in parts or in words,
and the numbers that are not phones (service lines, identifiers, dates, times, years).

Split from contact_rules.py (handles, emails, addresses); like those, these patterns run on
`contact_spelling.spelled` text."""

from __future__ import annotations

import re

# Digits dictated in groups: "starts with 0 7 7, then 1 2 3 then 4 5 6 7".
DIGITS_THEN = re.compile(r"(?<=\d)\s*,?\s*(?:and\s+)?(?:then|followed by|next)\s+(?=\d)")
# A number named as a service's line ("Mind infoline 0300 ...") is shared with care.
SERVICE_LINE_CUE = re.compile(
    r"\b(?:helpline|infoline|info line|hotline|crisis line|support line|advice line|textline)"
    r"\W*(?:\w+\W+){0,2}$"
)
# A phone number given in parts or described: "first part is 0917", "my number starts with 07".
PHONE_IN_PARTS = re.compile(
    r"\b(?:first|second|third|last|next|other|final|middle)\s+(?:part|half|bit|few|digits|numbers|three"
    r"|four|five)\b(?:\s+(?:of\s+)?(?:my\s+|the\s+)?(?:number|digits|phone|mobile|it))?"
    r"\s*(?:is|are|:|=|goes|go)?\s*\+?\d(?:[\s\-]?\d){2,}"
    r"|\b(?:number|phone|mobile|cell)\s+(?:starts|begins|ends)\s+(?:with|in)\s+\+?\d(?:[\s\-]?\d){2,}"
    # digits, then "the rest": "9 8 2 0 4. the rest is 41573". Started only at the first digit
    # of a group and taken whole (possessive): tried from every digit, a long run of digits
    # cost ~100 ms per 2000 characters.
    r"|(?<!\d)(?<!\d[\s\-])\d(?:[\s\-]?\d){3,}+\W+(?:and )?(?:the )?(?:rest|remainder)"
    r"(?: of (?:it|the number))?\s*"
    r"(?:is|are|:|=)?\s*\d(?:[\s\-]?\d){3,}"
)
# The rest of a number whose start was given elsewhere ("remember the 0412 from my earlier
# message? the rest is 88 19 03. text me"); a phone only with an invitation to use it.
PHONE_REST = re.compile(
    r"\b(?:the )?(?:rest|remainder)(?: of (?:it|the number|my number))? (?:is|are|:)\s*"
    r"\d(?:[\s\-]?\d){5,}(?!\s*(?:won|dollars|pounds|euros|rupees|yen|naira|rand|pesos|k\b"
    r"|words|steps|people|views|likes))"
)
USE_MY_NUMBER = re.compile(
    r"(?<!would )(?<!will )(?<!to )\b(?:text|call|ring|whatsapp|message|msg|phone) me\b|\bhmu\b"
    r"|\bmy (?:number|mobile|cell)\b"
)
# Numbers introduced as what they identify are not phones: "ISBN is 978-...", "Order 4402-...".
ID_NUMBER_CUE = re.compile(
    r"\b(?:isbn|order|tracking|ref|reference|invoice|ticket|case|confirmation|booking|parcel"
    r"|package|serial|claim|policy|receipt|transaction|account|membership|member|student|nhs"
    r"|flight|model|product|item|sku|barcode|voucher|prescription|rx|batch|lot|version|page"
    r"|roll|exam|candidate|registration|seat|admission|index"
    # round 94 and its review: a game's numbers, "the world seed is 8675309421", "match id 7355608"
    # (not a dating match, "my match is 0412 345 678")
    r"|seed|match id|game id|lobby id"
    # session 17: "isbn of the devotional is 978-0-310-33750-1" (its review: not "reference of my
    # landlord is 07700 900461")
    r"|(?:isbn|edition) of (?:the|this|that|my) \w+"
    # round 96: "wifi password in my building is literally 12345678"; round 98 and its review: "his
    # raf service number was 3045871" (not "my service number at the cafe is 0161 496 0123")
    r"|password|passcode|(?:raf|army|navy|military|regimental) service"
    # round 87: "shift code on the app is b7-2230-0630" (not a phone's own code)
    r"|(?<!area )(?<!country )(?<!dialling )(?<!dialing )(?<!dial )code"
    # an ID card's number (round 55): "my old uni ID was 20194471"
    r"|(?:uni|university|student|library|passport|patient|nhs) id"
    # session 20: a farm animal's tag with its country letters, "ear tag IE 372 1045 0087"
    r"|(?:ear|cattle|herd|animal|cow|sheep|calf) ?tag(?: (?:no|number|num))?(?:\W+[a-z]{2})?)"
    r"(?:\s+(?:no|number|num|id|code|ref))?"
    # session 19: "the reference they gave me, 4471 9023 8812, is useless"
    r"(?:\s+(?:they|he|she|it) (?:gave|sent|issued|emailed|texted) (?:me|us))?"
    # "reference for my gp complaint is ...", "case number with the housing office is ...":
    # "reference number from the police: ...": only when "is", "was" or ":" follows, and never
    # across "text me" or "call"
    r"(?:\s+(?:for|with|at|from|on|in)(?:\s+(?!text\b|call\b|ring\b|me\b|whatsapp\b)\w+){1,4}?"
    r"(?=\s+(?:is|was)\b|\s*:))?"
    r"\W*(?:is|was|:|=|#)?\W*"
    # session 13: "permit reference was something like 2024-0917-33"
    r"(?:(?:something like|roughly|approximately|about|literally)\W+)?"
    # letters the code starts with: "1z999aa...", "cmp-...", "dwp-esa-..." (round 92)
    r"(?:[a-z0-9]*[a-z][a-z0-9]*-?){0,3}$"
)
# What a riddle hides in a phone number, and the number said later to be a phone ("... thats my
# mobile"), as the riddles below read them.
_RIDDLE = r"(?:the year|my age|my birth ?year)\b"
_SAID_TO_BE_A_PHONE = (
    r"(?=[^\n]*(?<!not )\b(?:my (?:mobile|number|cell|phone|digits|whatsapp)|text me|call me"
    r"|ring me)\b)"
)
# A number given partly as a riddle: "dial 0412, then the year the berlin wall fell, then 55".
PHONE_RIDDLE = re.compile(
    r"\b(?:dial|ring me|call me|text me|my number(?: is)?|my digits(?: are)?|area code(?: is)?)\b"
    r"[^.!?\d]{0,20}"
    r"\d[\d ]{2,}[^.!?]{0,20}?\b(?:then|plus|followed by) "
    + _RIDDLE
    # session 16: "numbers 07911 then the year of the moon landing then 22", where the sentence
    # starts, with a leading 0 (its review: not "numbers 3 6 9 then my age", "my room number is
    # 0145, then my age")
    + r"|(?:^|(?<=[.!?] ))numbers? (?:is )?0\d[\d ]{2,}[^.!?]{0,20}?\b(?:then|plus|followed by) "
    + _RIDDLE
    # session 16: "take the year the berlin wall fell, put 0775 in front and 11 after. thats my
    # mobile"
    + r"|\b(?:take|use) "
    + _RIDDLE
    + r"[^.!?]{0,40}\bput \d{2,5} (?:in front|before)(?: of it)? and \d{1,5} (?:after|behind|at the"
    r" end|on the end)\b"
    + _SAID_TO_BE_A_PHONE
    # or a leading 0 and more digits after the riddle, the cue anywhere (round 102): "07, then the
    # year the berlin wall fell, then 5523. thats my mobile"
    # (its review: only with the number said to be a phone, not years told in a row, "we won the
    # league in 08, then the year after, and then 2012 again")
    # (round 103: "07700, then my age (79), then a nought and 145. thats my mobile")
    + r"|\b0\d{1,4},? (?:then|plus|followed by) "
    + _RIDDLE
    + r"[^.!?]{0,50}?\b(?:then|plus|followed by|and then) (?:a (?:nought|zero|oh) and )?\d{3,}\b"
    + _SAID_TO_BE_A_PHONE
)
# Spoken hundreds in a dictated number: "nine hundred" -> "900".
HUNDRED = re.compile(r"(\d)\s+hundred\b")

# Where numbers are: digits with the separators, times and dates around them.
# (A class first, not an optional "+(": that lets the scan skip to candidates, 5x faster.)
DIGIT_CLUSTER = re.compile(r"[+(\d][\d\s().,:/+\-]*(?:\s?(?:am|pm)\b)?")
# A run of digits broken only by spaces, dots, dashes, brackets or ", ".
DIGIT_RUN = re.compile(r"(?<![\w.])\+?\(?\d(?:(?:[\s().\-]|,\s){0,3}\d)+")
_DAY_OR_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
# Dates and times are digits in a row too; they are blanked out before looking for phones.
SAFE_NUMBER_SHAPES = re.compile(
    rf"(?<!\d[-/. ])(?<!\d)(?:(?:19|20)\d\d[-/.]{_DAY_OR_MONTH}[-/.]{_DAY_OR_MONTH}"
    rf"|{_DAY_OR_MONTH}[-/.]{_DAY_OR_MONTH}[-/.](?:(?:19|20)\d\d|\d\d))(?![-/.]?\d)"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}\s?(?:am|pm)\b|\b24\s?/\s?(?:7|365)\b"
    # a span of years (session 12): "served 1999-2011, 2 para"
    r"|(?<![-/.\d])(?:19|20)\d\d ?- ?(?:19|20)\d\d(?![-/.]?\d)"
    # a reading with one decimal (session 15): "sugar 5.6 at 0600, 7.9 at 0900, 11.2 at 1200"
    # (no phone group has one digit after a dot)
    r"|(?<![\d.])\d{1,2}\.\d(?![\d.])"
    # a span of 24-hour times (round 102): "my rota says 0800-1130 then 1400-1730" (not a phone
    # going on in groups, "0207-1230 456")
    r"|(?<![-/.\d])(?:[01]\d|2[0-3])[0-5]\d ?- ?(?:[01]\d|2[0-3])[0-5]\d"
    r"(?:,? (?:[01]\d|2[0-3])[0-5]\d ?- ?(?:[01]\d|2[0-3])[0-5]\d){0,3}(?! ?[-.]?\d)"
    # a private network's address (session 19): "server ip for the local game is 192.168.0.104"
    r"|(?<![\d.])(?:192\.168|10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|127\.\d{1,3})\.\d{1,3}\.\d{1,3}"
    r"(?![\d.]*\d)"
)
# A price at the start of a cluster of digits right after its currency sign (session 16): "the
# workbook is £12.99, 256 pages".
CURRENCY = "£$€¥₹"
PRICE = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d\d)?(?![\d.,]?\d)")
# A UPS tracking number, "1z 999 aa1 01 2345 6784" (session 16).
UPS_TRACKING = re.compile(r"\b1z(?: ?[0-9a-z]){16}\b")
YEAR = re.compile(r"(?:19|20)\d\d")
# An NHS number named right before its digits (round 105): "my nhs number is on the letter - 485
# 777 3321" (its review: not "nhs no longer pays, ring 07911 234567", "dont know my nhs number,
# call me on 07700 900123"). The phone check reads it before a cluster of digits, the learned
# scorer's gate with its digits.
NHS_NUMBER_NAMED = r"\bnhs (?:number|no)\.?(?: is| was)?:?(?: on the (?:letter|app|card))?\W{0,3}"
# Toll-free and national service numbers (US/CA 1-800..., UK 0800/0808, AU 1800/13 xx xx).
# Toll-free lines, and UK 03 numbers (charities and public bodies, never a personal phone).
SERVICE_NUMBER = re.compile(
    r"1?8(?:00|33|44|55|66|77|88)\d{7}|080[08]\d{6,7}|1800\d{6}|13\d{4}|03[0347]\d{7}"
)
# A UK 03 number in full, eleven digits written as the UK writes them, "0300 123 6600" (session
# 19: SERVICE_NUMBER's ten digits never matched one), its first group of four, then a space or a
# dash; not Berlin's "030 12345678".
UK_SERVICE_FIRST_GROUP = re.compile(r"03[0347]\d[\s\-]")
UK_SERVICE_DIGITS = 11
# The writer's own number, said just before it (session 19's review: "my number's 0300 555 0123",
# "hmu 0333 765 4321").
OWN_NUMBER_CUE = re.compile(
    r"\b(?:my (?:\w+ )?(?:number|numbers|num|no|mobile|phone|cell|line)|call me|text me|ring me"
    r"|hmu|whatsapp me|message me|reach me|contact me|me on|me at)\b"
)
_NUMBER_WORD = r"(zero|one|two|three|four|five|six|seven|eight|nine)"
DIGIT_THEN_WORD = re.compile(rf"(\d){_NUMBER_WORD}")
WORD_THEN_DIGIT = re.compile(rf"\b{_NUMBER_WORD}(\d)")
NUMBER_WORDS = {
    "zero": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
# No leading \b, so the scan is fast; `contact` leaves a match inside a longer word alone.
NUMBER_WORD_TOKEN = re.compile(
    r"(?:(?:double|triple)[\s-]+)?(?:zero|one|two|three|four|five|six|seven|eight|nine)+\b"
)
# Gate for NUMBER_WORD_TOKEN: a number word that starts a word (the pass ignores the rest).
NUMBER_WORD_START = re.compile(
    r"(?<![a-z0-9])(?:zero|one|two|three|four|five|six|seven|eight|nine)"
)
OH_AS_ZERO = re.compile(r"(?<=\d)(\s*-?\s*)\b(?:oh|o)\b(?=[\s\-]?\d)")  # "5 - o 1 8 2" too
# "oh" read out as zero beside other digits: "5, oh 1 8 8", "double oh", "oh 7 7".
_NUMBER_AHEAD = (
    r"[\s,\-]*(?:(?:double|triple)[\s-]+)?"
    r"(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|oh\b)"
)
# No leading \b, so the scan is fast; `contact` leaves "oh" inside a longer word alone.
OH_WORD = re.compile(rf"oh\b(?={_NUMBER_AHEAD})")
# A phone number dictated in pieces, perhaps across sentences: "my num starts with 555 and
# ends in 0671", "my number is 555. the next bit is 01. then 88". The first piece is named as
# the speaker's number; each later piece is introduced by a cue ("next bit", "then", "ends in").
PIECES_START = re.compile(
    r"\b(?:my\s+(?:(?:phone|mobile|cell)\s+)?(?:number|num|no|digits|phone|mobile|cell)"
    r"|(?:phone|mobile|cell)\s+(?:number|num|no))\b"
    r"\s*(?:is|are|starts\s+with|begins\s+with|:|=)?\s*(\d+(?:[\s\-]\d+)*)\b"
)
PIECES_NEXT = re.compile(
    r"[\s.,;:!?\-]*(?:and\s+|but\s+)?(?:then\s+)?(?:the\s+)?"
    r"(?:(?:next|second|third|last|final|other|rest)(?:\s+(?:bit|part|few|half|digits|numbers"
    r"|one|ones|of\s+it))?|then|after\s+that|followed\s+by|ends?\s+(?:with|in)"
    r"|ending\s+(?:with|in))"
    r"(?:\s+(?:is|are|goes|go|:|=))?\s*(\d+(?:[\s\-]\d+)*)\b"
)
PIECES_NEEDLES = ("my n", "my d", "my p", "my m", "my c", "phone", "mobile", "cell")


def pieced_number(t: str) -> str | None:
    """The digits of a number dictated in two or more pieces in `t`, joined; else None."""
    for start in PIECES_START.finditer(t):
        pieces, at = [start.group(1)], start.end()
        while nxt := PIECES_NEXT.match(t, at):
            pieces.append(nxt.group(1))
            at = nxt.end()
        if len(pieces) > 1:
            return re.sub(r"\D", "", "".join(pieces))
    return None
