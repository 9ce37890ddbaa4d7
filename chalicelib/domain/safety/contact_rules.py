"""Pattern tables for the contact-info guard: invites, profile URLs, emails and handles (numbers
and phones are in contact_numbers.py, street addresses in contact_address.py). They run on
`contact.spelled` text: lower case, "dot"/"(at)"/"slash"/"underscore" written as symbols and
number words as digits."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chalicelib.domain.safety.text import letter_set


def any_in(t: str, needles: Iterable[str]) -> bool:
    """Whether one of `needles` is in `t`. A plain loop: `any()` over a generator costs twice as
    much (measured ~2.2 -> ~1.2 us for 16 needles on a chat message), and the contact checks
    ask this ~40 times a message."""
    for n in needles:  # noqa: SIM110 - the loop is the point (see above)
        if n in t:
            return True
    return False


# One of 0-9 (`\d` also matches other scripts' digits).
ASCII_DIGIT = re.compile("[0-9]")


@lru_cache(maxsize=4)  # the handle windows and the assembly test of one text both read them
def letters_of(t: str) -> frozenset[str]:
    """`letter_set(t)`: the runs of [a-z] in `t`."""
    return letter_set(t)


_D = r"\s?\.\s?"  # a dot, perhaps spaced out to dodge filters
_S = r"\s?/\s?"
_ID = r"[a-z0-9_][a-z0-9_.\-]{1,40}"

INVITE = re.compile(
    rf"(?<![a-z0-9])(?:discord(?:app)?(?:{_D}|\s+)(?:gg|com{_S}invite|io){_S}|t{_D}me{_S}"
    rf"|telegram{_D}(?:me|dog){_S}|chat{_D}whatsapp{_D}com{_S}|wa{_D}me{_S}|kik{_D}me{_S}"
    rf"|signal{_D}(?:me|group){_S}|m{_D}me{_S}|join{_D}skype{_D}com{_S}|line{_D}me{_S}"
    rf"|groupme{_D}com{_S}join|api{_D}whatsapp{_D}com{_S})\+?#?{_ID}"
)
# An invite code given after the word: "disc invite: its the gg/thing then qw84ntz" (a code
# mixes letters and digits; "24hrs" or "5th" is not one).
INVITE_DESCRIBED = re.compile(
    r"\b(?:discord|disc|dc|server|whatsapp|wa|telegram|tg|signal|group chat|gc)\s+(?:invite|inv"
    r"|link|code)\b[^.!?]{0,60}?\b"
    # letters and digits interleaved, as in a random code (not "iphone12", "win11", "404page")
    r"(?=[a-z0-9]*(?:[a-z]\d+[a-z]|\d[a-z]+\d))[a-z0-9]{5,12}\b"
)
# An invite link given in parts: "link starts chat dot whatsapp dot com and ends jx7pqw2mls".
INVITE_IN_PARTS = re.compile(
    rf"(?<![a-z0-9])(?:discord{_D}gg|chat{_D}whatsapp{_D}com|t{_D}me|wa{_D}me|signal{_D}group"
    rf"|telegram{_D}me)\b[^.!?]{{0,40}}?\b(?:ends?|ending|then|followed by|code(?: is)?|and)\b"
    r"\W*(?:with\s+|in\s+)?[a-z0-9_\-]*\d[a-z0-9_\-]*"
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
    r"|no|dk|fi|pl|br|mx|jp|ru|ch|be|app|dev|xyz|online|email|fm|tv|ly|gg|ai|cc|eu|at|pt|gr"
    r"|za|sg|my|ph|ke|ng|pk|lk|tw|kr|hk|cz|hu|ro|tr|ar|cl)"
)
EMAIL = re.compile(
    rf"(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+\-]{{0,63}}\s?@\s?[a-z0-9\-]*[a-z][a-z0-9\-]*"
    rf"(?:{_D}[a-z0-9\-]+)*{_D}{_TLD}\b"
)
PROVIDERS = (
    r"(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|protonmail|proton|aol|live|msn"
    r"|gmx|yandex|zoho|mail)"
)
# "at gmail", "at the big gmail", "at good old hotmail"
_AT_THE = r"at\s+(?:the\s+)?(?:(?:big|good old|old|usual|trusty)\s+)?"
EMAIL_WORDS = re.compile(rf"\b[a-z0-9][a-z0-9._+\-]{{1,63}},?\s+{_AT_THE}{PROVIDERS}\b")
# Held by every match of EMAIL_WORDS and EMAIL_DESCRIBED; starting with a literal, it is
# searched fast, where their leading `\b` makes `re` try every position of a long message.
AT_PROVIDER = re.compile(rf"{_AT_THE}{PROVIDERS}\b")
# "email is my first name then my surname, at gmail": an address described, not written.
EMAIL_DESCRIBED = re.compile(rf"\be-?mails?\b[^!?]{{0,80}}?\b{_AT_THE}{PROVIDERS}\b")
# Providers spelt as heard: "gee mail", "hot mail", "proton mail".
PROVIDER_SPOKEN = re.compile(r"\b(?:gee|g|google|hot|proton|ya)[\s\-]+(mail|hoo)\b")

PLATFORMS = (
    r"(?:insta(?:gram)?|ig|snap(?:chat)?|sc|tik ?tok|twitter|discord|telegram|tg"
    r"|whats ?app|kik|facebook|fb|messenger|skype|reddit|tumblr|threads|bluesky|bsky"
    r"|wechat|viber|steam|xbox|psn|roblox|imessage|facetime|snap|the ?gram|youtube|twitch)"
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
        *("line", "signal", "teams", "zoom", "x", "youtube", "twitch"),
        "tele",  # telegram's nickname; only handle-shaped names count after it
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
    # (session 12: not someone else's words told, "my son said 'add me on snap' and i nodded")
    r"(?<!said ')(?<!says ')(?<!said \")(?<!says \")(?<!said \u2018)(?<!says \u2018)"
    r"(?<!said \u201c)(?<!says \u201c)"
    r"(?<!dont )(?<!don't )(?<!do not )(?<!never )(?<!wont )(?<!won't )"
    r"\b(?:(?:add|follow|find|dm|pm|message|msg|text|hit|reach|contact|call|ring|friend|catch|ping"
    r"|look)\s+(?:me|us)(?:\s+up)?|hmu|dm|talk to me|chat with me)\s+(?:on|at|via|over|in|thru"
    rf"|through)\s+(?:my\s+)?{_PLATFORMS_ANY}\b"
    rf"|\b(?:im|i am|find me|look me up|search(?: for)? me)\s+(?:on|at)\s+{PLATFORMS}\s+"
    r"(?:as|under|@)"
    # a name to search for there, owned: "search 'the tired midwife' on youtube, thats me"
    r"|\b(?:search|look up|type|google)\s+(?:for\s+)?['\"\u2018\u201c]?[a-z0-9_. ]{2,40}"
    rf"['\"\u2019\u201d]?\s+(?:on|in)\s+{PLATFORMS}\W+(?:\w+\W+){{0,2}}(?:thats|its|is)"
    r"\s+(?:me|my|mine)\b"
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
    rf"|(?<![a-z]){PLATFORMS}(?:\W*(?:username|handle|name|id|tag|user))?\s*[:=]"
    rf"|{PLATFORMS}\s+(?:username|handle|user|id|tag)\s*(?:is)?"
    # round 94 and its review: "im on xbox, gamertag ragequitraccoon77" (a comma only before
    # "gamertag", and a name with a digit or "_": not "i use instagram, username changes take 14
    # days", "xbox, gamertag changes cost money now")
    rf"|{PLATFORMS},?\s+(?:gamertag|gamer tag)\s*(?:is|:)?(?=\s*@?[a-z]*[0-9_])"
    r"|\bline\s+id\s*(?:is|:|=)"
    # the platform first, then the name: "on discord, username is mothlight"
    rf"|(?<![a-z])(?:on|at) {PLATFORMS}\W+(?:(?:my|the) )?(?:username|user name|user|handle|tag"
    r"|id)"
    r"\s*(?:is|:|=))"
    # the handle may be typed with spaces around its underscores: "@ grey _ harbour"
    r"\s*@?\s*([a-z0-9_.#\-]{2,40}(?: ?_ ?[a-z0-9_.#\-]+)*)"
)
# "insta is sad.girl.hours", "tele is @ grey _ harbour", "snap its jay.r7": without "my", or
# with "its" or the nickname "tele", only a handle-shaped word counts.
HANDLE_SHAPED_CLAIM = re.compile(
    rf"(?<![a-z])(?:{PLATFORMS}|tele)(?:\s+(?:is|its)\s+|\s*(?:[=:\u2192\u27a1\u21d2\U0001f449]|=>)"
    r"\s*|\s+-+>?\s+)@? ?"
    # (not a count: "snapchat \u27a1 3.5k streak gone", "tiktok \u27a1 3.5 hours")
    r"((?![\d.]+(?:k|m|h|hrs?|hours?|mins?|days?|am|pm|st|nd|rd|th|gb|mb)?(?![a-z0-9_.]))"
    r"(?:[a-z0-9]+(?:[._]| ?_ ?)[a-z0-9_.]+|(?=[a-z0-9_.]{5})[a-z_]*\d[a-z0-9_.]*))\b"
)
# "sam_the_sad on tiktok", "im on twitter, hazel_rain": a handle-shaped word (with "_" or "."
# and a letter) on a platform, named after it or before it.
# A word shaped like a handle: letters or digits with a "." or "_" inside, and a letter.
HANDLE_SHAPE = r"(?=[a-z0-9._]*[a-z])[a-z0-9]+[._][a-z0-9_.]*[a-z0-9]"
HANDLE_ON_PLATFORM = re.compile(
    rf"(?<![a-z0-9_.])@?{HANDLE_SHAPE}\s+(?:on|at|over on)\s+{PLATFORMS}(?![a-z])"
    rf"|\b(?:im|i am|find me|me) on {PLATFORMS}\W+@?{HANDLE_SHAPE}\b"
    # "ping me on discord, names grey.fox" (name's)
    rf"|\bnames\s+@?{HANDLE_SHAPE}\b"
    # or right after the platform's name: "insta dark.matter" (not "ig e.g. stories")
    # (not "ig e.g. stories", "insta lol.anyway" with a space missed, "discord v2.1")
    rf"|(?<![a-z]){PLATFORMS}\s+@?(?!(?:e\.g|i\.e|a\.m|p\.m|u\.s|u\.k)\b)"
    r"(?!(?:lol|lmao|so|ok|okay|and|but|yeah|yes|no|well|anyway|haha|tho|too|etc|then|now|though"
    rf"|just|also|btw|idk|tbh)[._])(?!v?\d+\.\d){HANDLE_SHAPE}\b"
)
# Platform names split by a hyphen or space to dodge filters: "tele-gram", "snap chat".
SPLIT_PLATFORM = re.compile(
    r"\b(tele|insta|snap|tik|whats|face|disco|disc|dis)[\s\-_.]+(gram|chat|tok|app|book|ord|cord"
    r"|rd)\b"
)
SPLIT_PLATFORM_NEEDLES = ("tele", "insta", "snap", "tik", "whats", "face", "disc", "dis")
# "I'm on insta, same name as here": pointing at a handle without writing it.
SAME_NAME_ELSEWHERE = re.compile(
    rf"(?<![a-z]){PLATFORMS}(?![a-z])[^.!?]{{0,60}}\bsame (?:user ?name|name|handle|alias|@"
    r"|as (?:this|here|on here|in here|my (?:user ?name|name|alias|handle)))"
    rf"|\bsame (?:user ?name|name|handle|alias) [^.!?]{{0,40}}\b(?:on|at) {PLATFORMS}(?![a-z])"
    # the name here, changed: "my username on here but backwards on insta"
    r"|\b(?:user ?name|name|handle|alias) (?:on |in )?here\b[^.!?]{0,30}\b(?:backwards|reversed"
    rf"|in reverse|with|plus|and then)\b[^.!?]{{0,30}}\b(?:on|at) {PLATFORMS}(?![a-z])"
    # session 16: "take my username here, swap the dots for underscores and thats my discord"
    # (its review: a swap said, not "... i changed it from what i use for my discord")
    r"|\b(?:user ?name|name|handle|alias) (?:on |in )?here\b[^.!?]{0,40}\b(?:swap|replace) (?:the"
    r" )?(?:dots?|spaces?|underscores?|dashes?|letters?|numbers?|\w) (?:for|with)\b[^.!?]{0,40}"
    rf"\b(?:thats|that is|is|its) my {PLATFORMS}(?![a-z])"
)
# "add me, username is marco.77": a handle-shaped name claimed as one's username, with or
# without a platform named (aliases here are words: they hold no dot, "_" or digit run).
USERNAME_CLAIM = re.compile(
    r"(?:\b(?:user ?name|gamer ?tag|ign) ?(?:is|:|=)?|(?<!door )\b(?:handle|tag) ?(?:is|:|=)) ?@?"
    r"(?=[a-z0-9._]*\d)(?!v?\d+(?:\.\d+)*(?:cm|mm|m|kg|k|in|ft|mg|ml|l|x|h|hrs?|mins?|s|gbp|usd"
    rf"|eur|p)?\b){HANDLE_SHAPE}\b(?! (?:on|in) here\b)"
)
AT_HANDLE = re.compile(r"(?<![\w@.])@([a-z0-9_][a-z0-9_.]{1,29})")
# "name#1234"; not an order, ticket or room number ("order #4471-2290-88", "room #1204").
DISCORD_TAG = re.compile(
    r"\b(?!(?:order|ref|invoice|ticket|case|room|flat|apt|unit|no|number|item|issue|bus|route"
    r"|page|step|rule|pr|bug|tracking|parcel|booking|claim|policy|receipt|account|locker|seat"
    r"|table|gate|platform|desk|bay|pin|code|stall|booth|ward|bed|lane|row|box|is|was|at)\s?#)"
    r"[a-z0-9_.]{2,32}\s?#\s?\d(?:\s?\d){3}\b(?!-\d)"
)
# "hashtag four four seven one": the "#" of a tag said in words (run after number words).
HASH_SPOKEN = re.compile(r"\s*\b(?:hashtag|hash|pound)(?:\s+sign)?\s*(?=\d)")
# Apps named by nickname ("the bird app"): read as the platform so the handle rules apply.
# Described further ("the purple gaming chat app"), or drawn ("the 📸 app").
PLATFORM_NICKNAME = re.compile(
    r"(?:\b(?:the\s+)?(bird|blue ?bird|blue|yellow ghost|ghost|yellow|green|purple|clock|photo"
    r"|paper ?plane)"
    r"|(?:the\s+)?(\U0001f4f8|\U0001f4f7|\U0001f47b|\U0001f426|\u2708\ufe0f?))\s*"
    r"(?:(?:gaming|game|chat|chatting|messaging|messenger|social|video|photo|pic)\s+){0,2}"
    r"(?:app|site)\b"
    r"|\b(?:the\s+)?(?:app|site)\s+with\s+the\s+(?:yellow\s+|little\s+|blue\s+)?(ghost|bird"
    r"|clock|paper plane)\b"
)
NICKNAME_NEEDLES = (
    *("bird", "blue", "ghost", "yellow", "green", "purple", "clock", "photo", "plane"),
    *("\U0001f4f8", "\U0001f4f7", "\U0001f47b", "\U0001f426", "\u2708"),
)
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
    "yellow ghost": "snapchat",
    "paper plane": "telegram",
    "paperplane": "telegram",
    "\U0001f4f8": "instagram",
    "\U0001f4f7": "instagram",
    "\U0001f47b": "snapchat",
    "\U0001f426": "twitter",
    "\u2708": "telegram",
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
        "taken",
        "changed",
        "different",
        "weird",
        "long",
        "case",
        "blowing",
        "going",
        "acting",
        "playing",
        "crashing",
        "glitching",
        "lagging",
        "muted",
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

# A reply that starts by addressing someone ("@river same here") names them, unless it also
# asks to be added or followed.
LEADING_MENTION = re.compile(r"\s*@([a-z0-9_][a-z0-9_.]{1,29})[\s,:]+\S")
# Told to read something back to front: "reverse this for my email", "my number backwards".
REVERSED_CUE = re.compile(
    r"\b(?:reverse[ds]?|reversing|in reverse|backwards?|flip(?:ped)?(?: it)?|mirror(?:ed)?)\b"
)
# People thanked or greeted by name, and names listed with them: "thanks @sunflower_88 and @kez".
ADDRESSED_MENTION = re.compile(
    r"(?:\b(?:thanks|thank you|thx|ty|hi|hey|hiya|hello|morning|evening|night|hugs|welcome"
    r"|congrats|cheers|sorry|love you|same|agree with|proud of you|shout ?out to|props to"
    r"|kudos to|big up|you (?:said|suggested"
    r"|mentioned|recommended)))\s*,?\s*"
    r"@([a-z0-9_][a-z0-9_.]{1,29})"
    # or set off by a comma at the end of a clause: "you matter to this room, @amber fox."
    r"|,\s*@([a-z0-9_][a-z0-9_.]{1,29})(?:\s+[a-z]{2,12})?\s*[.!?]"
    # or spoken to: "honestly @gentle otter you said it better"
    r"|@([a-z0-9_][a-z0-9_.]{1,29})(?:\s+[a-z]{2,12})?,?\s+(?:you|youre|your|u|ur)\b"
    # or named at the end of words to them: "what happened with your interview @quiet heron!!"
    # (an alias of letters only: "your new fav account @moth.light!" is a handle)
    r"|\b(?:you|youre|your|u|ur)\b(?:(?!\b(?:i|im|my|me|message|msg|contact|reach|talk|chat"
    r"|find|hit|call|text|ask|write|join|account|page|channel|profile|follow)\b)[^@]){0,80}"
    r"@([a-z]{2,20})(?:\s+[a-z]{2,12})?\s*[.!?]+\s*$"
)
# Two names listed together ("@kez and @sunflower_88", aliases of two words "@silver fern
# @brave lantern"): the second is in the lookahead, so a list yields every neighbouring pair.
LISTED_MENTIONS = re.compile(
    r"@([a-z0-9_][a-z0-9_.]{1,29})(?:\s+(?!(?:my|me|is|its|at|on|add|dm|follow)\b)[a-z]{2,12})?"
    r"\s*(?:,|&|and)?\s*(?=@([a-z0-9_][a-z0-9_.]{1,29}))"
)
SELF_PROMOTION = re.compile(
    r"\b(?:add|follow|dm|pm|hmu|message me|text me|find me|check (?:me )?out|thats me|its me"
    r"|sub(?:scribe)?)\b"
)
