"""Pattern tables for the contact-info guard. They run on `contact.spelled` text: lower case,
"dot"/"(at)"/"slash"/"underscore" written as symbols and number words as digits."""

from __future__ import annotations

import re

_D = r"\s?\.\s?"  # a dot, perhaps spaced out to dodge filters
_S = r"\s?/\s?"
_ID = r"[a-z0-9_][a-z0-9_.\-]{1,40}"

INVITE = re.compile(
    rf"(?<![a-z0-9])(?:discord(?:app)?{_D}(?:gg|com{_S}invite|io){_S}|t{_D}me{_S}"
    rf"|telegram{_D}(?:me|dog){_S}|chat{_D}whatsapp{_D}com{_S}|wa{_D}me{_S}|kik{_D}me{_S}"
    rf"|signal{_D}(?:me|group){_S}|m{_D}me{_S}|join{_D}skype{_D}com{_S}|line{_D}me{_S}"
    rf"|groupme{_D}com{_S}join|api{_D}whatsapp{_D}com{_S})\+?{_ID}"
)
PROFILE_URL = re.compile(
    rf"(?<![a-z0-9])(?:(?:www{_D})?(?:instagram|twitter|x|facebook|fb|snapchat{_D}com{_S}add"
    rf"|tiktok|threads|onlyfans|linkedin{_D}com{_S}in){_D}?(?:com|net)?{_S}@?{_ID}"
    rf"|reddit{_D}com{_S}u(?:ser)?{_S}{_ID}|bsky{_D}app{_S}profile{_S}{_ID}"
    rf"|{_ID}{_D}tumblr{_D}com)"
)
# PROFILE_URL needs one of these; a literal-first search for them is far cheaper than the URL's.
PROFILE_NEEDLES = (
    *("instagram", "twitter", "x.", "x .", "x\t.", "x\n.", "facebook", "fb", "snapchat"),
    *("tiktok", "threads", "onlyfans", "linkedin", "reddit", "bsky", "tumblr"),
)
_TLD = (
    r"(?:com|net|org|edu|gov|io|co|me|info|biz|uk|us|ca|au|de|fr|ie|nz|in|es|it|nl|se"
    r"|no|dk|fi|pl|br|mx|jp|ru|ch|be|app|dev|xyz|online|email)"
)
EMAIL = re.compile(
    rf"(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+\-]{{0,63}}\s?@\s?[a-z0-9\-]*[a-z][a-z0-9\-]*"
    rf"(?:{_D}[a-z0-9\-]+)*{_D}{_TLD}\b"
)
PROVIDERS = (
    r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|live|msn"
    r"|gmx|yandex|zoho|mail)"
)
EMAIL_WORDS = re.compile(rf"\b[a-z0-9][a-z0-9._+\-]{{1,63}},?\s+at\s+(?:the\s+)?{PROVIDERS}\b")
# "email is my first name then my surname, at gmail": an address described, not written.
EMAIL_DESCRIBED = re.compile(rf"\be-?mails?\b[^!?]{{0,80}}?\bat\s+(?:the\s+)?{PROVIDERS}\b")
# Providers spelt as heard: "gee mail", "hot mail", "proton mail".
PROVIDER_SPOKEN = re.compile(r"\b(?:gee|g|google|hot|proton|ya)[\s\-]+(mail|hoo)\b")

PLATFORMS = (
    r"(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|twitter|discord|telegram|tg"
    r"|whats ?app|kik|facebook|fb|messenger|skype|reddit|tumblr|threads|bluesky|bsky"
    r"|wechat|viber|steam|xbox|psn|roblox|imessage|facetime|snap|the ?gram)"
)
_PLATFORMS_ANY = rf"(?:{PLATFORMS}|x|line|signal|teams|zoom)"
# Every handle pattern except tags, u/ names and URLs names a platform: one fast search for
# any platform word (no leading \b, so the scan is quick) decides whether they run at all.
# Words that name a platform (or start a two-word name: "tik tok", "whats app", "the gram").
PLATFORM_WORDS = frozenset(
    {
        *("instagram", "insta", "ig", "snapchat", "snap", "sc", "tiktok", "tik", "twitter"),
        *("discord", "telegram", "tg", "whatsapp", "whats", "kik", "facebook", "fb"),
        *("messenger", "skype", "reddit", "tumblr", "threads", "bluesky", "bsky", "wechat"),
        *("viber", "steam", "xbox", "psn", "roblox", "imessage", "facetime", "gram", "thegram"),
        *("line", "signal", "teams", "zoom", "x"),
    }
)
PLATFORM_WORD = re.compile(
    r"(?<![a-z])(?:" + "|".join(sorted(PLATFORM_WORDS, key=len, reverse=True)) + r")(?![a-z])"
)
# Characters around a digit that the address and number-in-parts patterns can reach.
DIGIT_REACH_BEFORE = 80
DIGIT_REACH_AFTER = 90
# Characters around a platform word that the handle patterns can reach.
HANDLE_REACH_BEFORE = 110
HANDLE_REACH_AFTER = 110
HANDLE_INVITATION = re.compile(
    r"\b(?:(?:add|follow|find|dm|pm|message|msg|text|hit|reach|contact|call|ring|friend|catch"
    r"|look)\s+(?:me|us)(?:\s+up)?|hmu|dm|talk to me|chat with me)\s+(?:on|at|via|over|in|thru"
    rf"|through)\s+(?:my\s+)?{_PLATFORMS_ANY}\b"
    rf"|\b(?:im|i am|find me|look me up|search(?: for)? me)\s+(?:on|at)\s+{PLATFORMS}\s+"
    r"(?:as|under|@)"
    # a name given on a platform, then an invitation: "discord is nightowl, add me"
    rf"|(?<![a-z]){PLATFORMS}\s*(?:is|=|:)\s*@?[a-z0-9_.]{{2,30}},?\s+(?:add|follow|dm|pm"
    r"|message|msg|hmu|hit)\b"
    r"|\b(?:whatsapp|snap|snapchat|telegram|kik|facetime|insta|instagram|ig|facebook|fb|discord"
    r"|skype|messenger|tiktok|twitter|wechat|viber) me\b"
)
# "my insta is X", "snap: X"; the candidate handle is checked against ordinary words.
HANDLE_CLAIM = re.compile(
    rf"\b(?:my\s+{PLATFORMS}(?:\s+(?:username|handle|name|user|tag|id|acc|account|@))*"
    r"\s*(?:is|:|=|-|@|\bis\s+@)"
    rf"|(?<![a-z]){PLATFORMS}\s*(?:username|handle|name|id|tag)?\s*[:=]"
    rf"|{PLATFORMS}\s+(?:username|handle|user|id|tag)\s*(?:is)?)"
    r"\s*@?\s*([a-z0-9_.#\-]{2,40})"
)
# "insta is sad.girl.hours": without "my", only a handle-shaped word counts.
HANDLE_SHAPED_CLAIM = re.compile(
    rf"(?<![a-z]){PLATFORMS}\s+(?:is|=)\s+@?([a-z0-9]+[._][a-z0-9_.]+|[a-z_]*\d[a-z0-9_.]*)\b"
)
# "sam_the_sad on tiktok": a handle-shaped word (with "_" or "." and a letter) on a platform.
HANDLE_ON_PLATFORM = re.compile(
    r"(?<![a-z0-9_.])@?(?=[a-z0-9._]*[a-z])[a-z0-9]+[._][a-z0-9_.]*[a-z0-9]\s+(?:on|at|over on)"
    rf"\s+{PLATFORMS}(?![a-z])"
)
# Platform names split by a hyphen or space to dodge filters: "tele-gram", "snap chat".
SPLIT_PLATFORM = re.compile(
    r"\b(tele|insta|snap|tik|whats|face|disc)[\s\-_.]+(gram|chat|tok|app|book|ord)\b"
)
SPLIT_PLATFORM_NEEDLES = ("tele", "insta", "snap", "tik", "whats", "face", "disc")
# Digits dictated in groups: "starts with 0 7 7, then 1 2 3 then 4 5 6 7".
DIGITS_THEN = re.compile(r"(?<=\d)\s*,?\s*(?:and\s+)?(?:then|followed by|next)\s+(?=\d)")
# A number named as a service's line ("Mind infoline 0300 ...") is shared with care.
SERVICE_LINE_CUE = re.compile(
    r"\b(?:helpline|infoline|info line|hotline|crisis line|support line|advice line|textline)"
    r"\W*(?:\w+\W+){0,2}$"
)
# "I'm on insta, same name as here": pointing at a handle without writing it.
SAME_NAME_ELSEWHERE = re.compile(
    rf"(?<![a-z]){PLATFORMS}(?![a-z])[^.!?]{{0,60}}\bsame (?:user ?name|name|handle|alias|@"
    r"|as (?:this|here|on here|in here|my (?:user ?name|name|alias|handle)))"
    rf"|\bsame (?:user ?name|name|handle|alias) [^.!?]{{0,40}}\b(?:on|at) {PLATFORMS}(?![a-z])"
)
AT_HANDLE = re.compile(r"(?<![\w@.])@([a-z0-9_][a-z0-9_.]{1,29})")
DISCORD_TAG = re.compile(r"\b[a-z0-9_.]{2,32}\s?#\s?\d(?:\s?\d){3}\b")
# "hashtag four four seven one": the "#" of a tag said in words (run after number words).
HASH_SPOKEN = re.compile(r"\s*\b(?:hashtag|hash|pound)(?:\s+sign)?\s*(?=\d)")
# Apps named by nickname ("the bird app"): read as the platform so the handle rules apply.
PLATFORM_NICKNAME = re.compile(
    r"\b(?:the\s+)?(bird|blue ?bird|blue|ghost|yellow|green|purple|clock|photo)\s*(?:app|site)\b"
)
NICKNAME_NEEDLES = ("bird", "blue", "ghost", "yellow", "green", "purple", "clock", "photo")
NICKNAMED = {
    "bird": "twitter",
    "bluebird": "twitter",
    "blue bird": "twitter",
    "blue": "facebook",
    "ghost": "snapchat",
    "yellow": "snapchat",
    "green": "whatsapp",
    "purple": "discord",
    "clock": "tiktok",
    "photo": "instagram",
}
REDDIT_USER = re.compile(r"(?<![a-z0-9])u/[a-z0-9_\-]{3,20}\b")
# Words that follow "my insta is" in ordinary talk ("my insta is private").
NOT_A_HANDLE = frozenset(
    {
        "full",
        "private",
        "public",
        "deleted",
        "dead",
        "just",
        "so",
        "really",
        "very",
        "not",
        "a",
        "an",
        "the",
        "all",
        "mostly",
        "where",
        "kinda",
        "pretty",
        "gone",
        "down",
        "banned",
        "literally",
        "only",
        "too",
        "same",
        "empty",
        "boring",
        "toxic",
        "fine",
        "ok",
        "okay",
        "off",
        "on",
        "making",
        "killing",
        "ruining",
        "why",
        "how",
        "what",
        "when",
        "also",
        "still",
        "actually",
        "never",
        "always",
        "like",
        "bad",
        "good",
        "great",
        "awful",
        "terrible",
        "filled",
        "nothing",
        "set",
        "locked",
        "hacked",
        "disabled",
        "inactive",
    }
)
MENTION_WORDS = frozenset(
    {
        "everyone",
        "here",
        "all",
        "mods",
        "mod",
        "moderator",
        "moderators",
        "listener",
        "listeners",
        "channel",
        "room",
    }
)

# A phone number given in parts or described: "first part is 0917", "my number starts with 07".
PHONE_IN_PARTS = re.compile(
    r"\b(?:first|second|third|last|next|other|final)\s+(?:part|half|bit|few|digits|numbers|three"
    r"|four|five)\b(?:\s+(?:of\s+)?(?:my\s+|the\s+)?(?:number|digits|phone|mobile|it))?"
    r"\s*(?:is|are|:|=|goes|go)?\s*\+?\d(?:[\s\-]?\d){2,}"
    r"|\b(?:number|phone|mobile|cell)\s+(?:starts|begins|ends)\s+(?:with|in)\s+\+?\d(?:[\s\-]?\d){2,}"
)
# Numbers introduced as what they identify are not phones: "ISBN is 978-...", "Order 4402-...".
ID_NUMBER_CUE = re.compile(
    r"\b(?:isbn|order|tracking|ref|reference|invoice|ticket|case|confirmation|booking|parcel"
    r"|package|serial|claim|policy|receipt|transaction|account|membership|member|student|nhs"
    r"|flight|model|product|item|sku|barcode|voucher|prescription|rx|batch|lot|version|page)"
    r"(?:\s+(?:no|number|num|id|code|ref))?"
    r"(?:\s+for\s+(?:\w+\s+){1,4}?)?"  # "reference for my gp complaint is ..."
    r"\W*(?:is|was|:|=|#)?\W*"
    r"(?:[a-z0-9]*[a-z][a-z0-9]*-?)?$"  # letters the code starts with: "1z999aa...", "cmp-..."
)
# A reply that starts by addressing someone ("@river same here") names them, unless it also
# asks to be added or followed.
LEADING_MENTION = re.compile(r"\s*@([a-z0-9_][a-z0-9_.]{1,29})\s+\S")
SELF_PROMOTION = re.compile(
    r"\b(?:add|follow|dm|pm|hmu|message me|text me|find me|check (?:me )?out|thats me|its me"
    r"|sub(?:scribe)?)\b"
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
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}\s?(?:am|pm)\b"
)
YEAR = re.compile(r"(?:19|20)\d\d")
# Toll-free and national service numbers (US/CA 1-800..., UK 0800/0808, AU 1800/13 xx xx).
# Toll-free lines, and UK 03 numbers (charities and public bodies, never a personal phone).
SERVICE_NUMBER = re.compile(
    r"1?8(?:00|33|44|55|66|77|88)\d{7}|080[08]\d{6,7}|1800\d{6}|13\d{4}|03[0347]\d{7}"
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
    r"(?:(?:double|triple)\s+)?(?:zero|one|two|three|four|five|six|seven|eight|nine)+\b"
)
# Gate for NUMBER_WORD_TOKEN: a number word that starts a word (the pass ignores the rest).
NUMBER_WORD_START = re.compile(
    r"(?<![a-z0-9])(?:zero|one|two|three|four|five|six|seven|eight|nine)"
)
OH_AS_ZERO = re.compile(r"(?<=\d)([\s\-]?)\b(?:oh|o)\b(?=[\s\-]?\d)")
# "oh" read out as zero beside other digits: "5, oh 1 8 8", "double oh", "oh 7 7".
_NUMBER_AHEAD = (
    r"[\s,\-]*(?:(?:double|triple)\s+)?"
    r"(?:\d|zero|one|two|three|four|five|six|seven|eight|nine|oh\b)"
)
# No leading \b, so the scan is fast; `contact` leaves "oh" inside a longer word alone.
OH_WORD = re.compile(rf"oh\b(?={_NUMBER_AHEAD})")

_STREET = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|crescent"
    r"|close|terrace|place|pl|way|parkway|pkwy|highway|hwy|square|grove|gardens|row|mews"
    r"|circle|trail)"
)
STREET_ADDRESS = re.compile(rf"\b\d{{1,5}}[a-z]?\s+((?:[a-z]+\.?\s+){{1,3}}){_STREET}\b")
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
    }
)
ADDRESS_CUE = re.compile(
    r"\bmy (?:home |house |street |postal |mailing |full )?address(?: is|:)"
    r"|\b(?:i live|come over to|come to|meet me at|my house is|my flat is) (?:at|on) \d{1,5}\b"
)
POSTCODE = re.compile(r"\b[a-z]{1,2}\d[a-z\d]?\s*(\d[abd-hjlnp-uw-z]{2})\b")
ZIP_IN_ADDRESS = re.compile(r",\s*[a-z]{2}\s+\d{5}(?:-\d{4})?\b")
ORDINAL = re.compile(r"\d(?:st|nd|rd|th)")
