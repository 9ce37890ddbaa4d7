"""Suicide and self-harm risk assessment for one chat message: pure, fast, no network.

Levels: `concern` (thoughts of suicide or self-harm) and `urgent` (intent with a plan, means or
a time, or a goodbye). False alarms flood a room and teach people to ignore alerts, so words
that are negated, quoted, reported from someone else, about the past, or plainly hyperbole do
not count. A message is assessed sentence by sentence; rules are in `crisis_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

from chalicelib.domain.safety import crisis_clause as K
from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety import crisis_cues as U
from chalicelib.domain.safety import crisis_frames as F
from chalicelib.domain.safety import crisis_joke as J
from chalicelib.domain.safety import crisis_lexicon as L
from chalicelib.domain.safety import crisis_model as M
from chalicelib.domain.safety import crisis_phrases as P
from chalicelib.domain.safety import crisis_rules as R
from chalicelib.domain.safety.crisis_normalise import normalise
from chalicelib.domain.safety.crisis_scan import (
    SHORT_MESSAGE,
    Found,
    level_of,
    model_layer,
    scan_rules,
)
from chalicelib.domain.safety.crisis_scan import RiskLevel as RiskLevel

# The `support` event wording follows safe-messaging guidance: warm, no judgement, no method
# talk, says help is available now and that reaching out is a strength.
SUPPORT_TEXT: dict[RiskLevel, str] = {
    "none": "",
    "concern": (
        "Thank you for sharing how you're feeling. That took courage, and you don't have to "
        "carry this alone. If you'd like to talk to someone right now, the people below are "
        "there to listen, for free and in confidence. You're welcome to keep talking here too."
    ),
    "urgent": (
        "It sounds like you're going through something really painful right now, and we're "
        "glad you told us. Your life matters. Please reach out to one of the services below "
        "now; they are there to help you stay safe. If you are in immediate danger, call your "
        "local emergency number. A moderator has been asked to check in with you."
    ),
}
SUPPORT_COOLDOWN_MS = 15 * 60 * 1000
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class CrisisAssessment:
    level: RiskLevel
    method_detail: bool  # describes a method or means in detail: moderators only
    signals: tuple[str, ...]  # names of the rules that fired, never the text itself


class _Searcher(Protocol):
    """A compiled pattern or an `Anchored` table: anything with `search`."""

    def search(self, text: str, /) -> object: ...


NO_RISK = CrisisAssessment("none", False, ())
# Set aside before the model is asked: "overdose on chocolate", "my uncle's suicide".
_IDIOM = CrisisAssessment("none", False, ("idiom",))
_OTHERS_LOSS = CrisisAssessment("none", False, ("reported",))
_JOKE = CrisisAssessment("none", False, ("hyperbole",))
_FOR_NOW = CrisisAssessment("none", False, ("for_now",))
_PAST_SELF = CrisisAssessment("none", False, ("past",))
# What the rules set aside that a near-certain model may overrule, and how sure it must be:
# words read as someone else's ("my dad told me ... lately ive been thinking maybe ill
# disappear permanently") at OVERRULE_BAR; a joke and a trip at the stricter bar ("i keep
# thinking id rather be dead than lose my legs again": 0.999). Never a negation, an idiom or
# the past: recovery stories score high ("the suicidal thoughts are gone since the new meds,
# i actually feel like me again": 0.999).
OVERRULE_BARS: dict[str, float] = {
    "reported": M.OVERRULE_BAR,
    "hyperbole": M.OVERRULE_BAR_STRICT,
    "travel": M.OVERRULE_BAR_STRICT,
}


def overrule_bar(suppressed: Iterable[str]) -> float | None:
    """How sure the model must be to overrule words set aside for these reasons, if it may."""
    names = set(suppressed)
    if not names or not names <= OVERRULE_BARS.keys():
        return None
    return max(OVERRULE_BARS[name] for name in names)


def assess_crisis(
    text: str, model: M.LinearModel | None = None, urgency: M.LinearModel | None = None
) -> CrisisAssessment:
    """Assess one message for suicide or self-harm risk.

    The rules decide first; when they find nothing, and set nothing aside as negated, quoted,
    past or a joke, the learned model (`crisis_model`, the shipped one unless `model` is
    given) may still raise concern, and, all but certain of risk, it overrules words the rules
    read as someone else's, a joke or a trip (`OVERRULE_BARS`). Urgency comes from
    the rules' plan/means/time cues and, where they found none in a message of concern, from
    the learned urgency head (`urgency`, the shipped one unless given) unless the message
    denies a plan or says the writer is safe for now.
    """
    norm = normalise(text)
    read = _sincere(_without_denied_assumption(norm))  # the rules' text; the model reads it all
    found = Found(set(), set(), set(), set())
    if _might_fire(read):
        scan_rules(read, found)
    if not (found.strong or found.weak) and "past" in found.suppressed and _RETURNED.search(read):
        found.strong.add("returned")  # the past told, then its return now
    _whole_message_rules(read, found)
    method = _method_detail(read, bool(found.strong or found.weak))
    if not found.suppressed and _settled(read):
        found.urgency |= {"finality", "plan"}
    level = level_of(found, method)
    scorer = model or M.load_model()
    if level == "none" and _overruled(norm, found, scorer):
        model_layer(norm, found)  # set aside, but near-certainly the writer's risk now
        level = level_of(found, method)
    if level == "none" and not found.suppressed:
        asked = _without_idioms(norm) if F.IDIOM.search(norm) else norm
        aside = _set_aside(norm, asked)
        if aside is not None:
            return aside
        if not scorer.flags(asked):
            return NO_RISK
        model_layer(asked, found)
        level = level_of(found, method)
    if level == "concern" and _urgent_by_wording(norm, urgency):
        found.urgency.add("urgency_model")
        level = "urgent"
    names = found.strong | found.weak | found.urgency | found.suppressed
    if method:
        names.add("method_detail")
    return CrisisAssessment(level, method, tuple(sorted(names)))


# What was told as the past, come back (round 59): "back in the 2019 floods i tried to kill
# myself. the thoughts are back this month" (not "the urges are back to normal").
_RETURNED = re.compile(
    r"\b(?:the|those|these|my|that|suicidal|old) (?:thoughts?|urges?|feelings?|voices?)"
    r" (?:are|r|have|has|is) (?:all |slowly |creeping )?(?:back|coming back|creeping back|come back"
    r"|returned|returning)\b(?! (?:to|in|under)\b)"
    # round 100's review: "coming out of the suicidal stuff took me 4 years. its creeping back in
    # and i have a plan this time"
    r"|\b(?:its|it is|theyre|they are) (?:slowly )?(?:creeping|coming|sneaking|crawling) back"
    r"(?: in)?\b(?! (?:to|from|home|with|on)\b)"
    # round 61: "back in the forces i felt suicidal once. it never really passed"
    r"|\b(?:it|they|that|the feeling|the thoughts) never (?:really |fully )?(?:passed|went away"
    r"|left|stopped|ended)\b"
    # round 66: "during the 80s i wanted to kill myself every day. right now i feel that way
    # again", "... i attempted twice. this month ive started planning again"
    r"|\b(?:i|im) (?:feel|feeling|am feeling) (?:that|the same) way again\b"
    r"|\b(?:ive|i have|i) (?:started|begun|been) planning (?:it )?again\b"
    # session 20's review: "I was suicidal all through lockdown. It's back again now and it's
    # worse", "i self harmed all through my exams. its starting again" (not "its back to normal")
    r"|\b(?:its|it is|theyre|they are) (?:back again|starting again|started again|happening again"
    r"|all coming back)\b"
)


# Round 90 and its review: following someone who has died, read with the whole message, since
# the death and the means are often told in other sentences: "ive been keeping mums leftover meds
# in a drawer. on her birthday next week im going to join her". Only with means named and a death
# told (not "my friends husband died on sunday. im going to be with her", "my sister passed her
# driving test, im going to join her", "my phone died ... cant wait to be with him").
_JOIN_THEM = re.compile(
    r"\b(?:im going to|im gonna|going to|gonna|ill|i will|i want to|i wanna|ready to|time to)"
    r" (?:go and |finally |go )?join (?:her|him|them|my (?:\w+ )?(?:mum|mom|mam|ma|dad|wife"
    r"|husband|son|daughter|brother|sister|partner|baby|nan|gran|grandad|grandma))"
    # (session 16: "... join him that day")
    r"(?: again| soon| that day| on that day)?"
    r"\s*(?:[.!?,]|$)"
)
# A death told, or the dead one's medicines kept ("mums leftover meds", means as well).
_LEFTOVER_MEDS = re.compile(
    r"\b(?:her|his|their|\w+s) (?:leftover|old|last) (?:meds|medication|pills|tablets|prescription"
    r"|morphine|insulin)\b"
)
_THE_DEAD = re.compile(
    r"\b(?:died|passed away|funeral|grave|ashes|buried|inquest|late (?:mum|mom|dad|wife|husband"
    r"|son|daughter)|since (?:she|he|they) (?:died|went|passed)|killed (?:herself|himself"
    r"|themselves)|took (?:her|his|their) own life)\b"
)
_NOT_THE_DEAD = re.compile(
    r"\b(?:lol|lmao|haha\w*|jk|mov\w*|abroad|holiday|trip|flight|flew|lives in|gym|pub|party"
    r"|cinema|festival|service|job|team|game|match|class|course|test|exam)\b"
)


def _follows_the_dead(norm: str) -> bool:
    """Whether the writer means to follow someone who has died (see `_JOIN_THEM`)."""
    if "join" not in norm or not _JOIN_THEM.search(norm) or _NOT_THE_DEAD.search(norm):
        return False
    return bool(_LEFTOVER_MEDS.search(norm) or (_THE_DEAD.search(norm) and U.MEANS.search(norm)))


# Round 95: a headstone or coffin felt, said to be meant in a later sentence, "feeling very 🪦⚰️
# today. not in a funny way. in a real way" (the phrase rule `grave_emoji` reads one sentence).
_GRAVES = ("\U0001faa6", "\u26b0")
_GRAVE_FELT = re.compile(P.GRAVE_FELT)
# (its review: not "in a real way" alone, "feeling 🪦 in a real way about my fantasy team")
_MEANT = re.compile(
    r"\bnot in (?:a|an|the) (?:funny|joking|fun|ironic|meme) (?:way|kind|sense)\b"
    r"|\bnot (?:joking|kidding)\b"
    # round 104: "the 🪦 emoji is my whole mood rn and i mean it literally" (its review: where the
    # clause ends, not "not that i mean it literally", "... literally dying of laughter")
    r"|(?<!not that )(?<!dont )\bi mean it literally\s*(?:[.!?,]|$)"
)


# Round 98: not living long enough, said to be meant in a later sentence, "i dont see myself
# making it to second year. and i dont mean because of my grades."
_NOT_MAKING_IT = re.compile(
    r"\bi (?:dont|do not|cant|cannot) see myself (?:making it|being (?:here|around|alive))"
    r" (?:to|till|until|past|through)\b"
)
# (its review: where the sentence ends, with no laugh: not "i dont mean the course is bad", "...
# i dont mean my job interview, i mean the football trials", "i dont mean that way lol")
_NOT_THAT_WAY = re.compile(
    r"\b(?:and )?i (?:dont|do not) mean (?:because of |cause of )?(?:my |the )?(?:grades|exams"
    r"|marks|course|uni|school|job|money|work|visa|contract|that way|academically|financially)"
    r"\s*(?:[.!?]|$)"
)


# Session 15: a survivor's wish to have died instead, said in another sentence, "shouldve been
# me in that vehicle instead of him. still wish it was."
_SHOULD_HAVE_BEEN_ME = re.compile(
    r"\b(?:it )?(?:shouldve|should have|shoulda) been me\b[^.!?]{0,40}\b(?:instead|not (?:him"
    r"|her|them))\b"
)
# (round 100's review: the writer's own wish, "i (still) wish it was" or a sentence "still wish
# it was", not "my parents still wish it was", "i used to wish it was", "i dont wish it was")
_STILL_WISH_IT_WAS = re.compile(
    r"(?:\bi (?:still |really |just )?|(?:^|[.!?]\s*)(?:still |and still )?)(?:wish|wishing)"
    r" it (?:was|were|had been)(?: me)?(?: (?:sometimes|honestly|tbh|every day))?\s*(?:[.!?]|$)"
    r"(?![^\n]*\b(?:not anymore|not any more|therapy helped|lol|lmao|haha\w*)\b)"
)
# A death beside it (its review: not a place won or lost, "... on stage / at the concert / who got
# the scholarship instead of her"), and not others' words ("people say it should have been me")
_A_DEATH = re.compile(
    r"\b(?:died|dead|death|killed|funeral|grave|buried|passed|crash|accident|vehicle|convoy"
    r"|patrol|ied|blast|bomb|shot|drowned|overdose|coffin)\b"
)
_OTHERS_SAY = re.compile(
    r"\b(?:says?|said|saying|think|thinks|thought)(?: that)? it (?:shouldve|should have|shoulda)"
)


# Round 104: things given away and not needed after a day, "ive given my binders and my good coat to
# the younger ones at group. i wont need them after saturday." (its review: not exams, a sale, a
# wedding, a healed leg or a new phone: "you can borrow my textbooks, i wont need them after
# friday, exams are done", "the crutches? i wont need them after monday, physio says im healed")
_GAVE_AWAY = re.compile(
    r"\b(?:ive|i have|i|just) (?:given|gave|been giving) (?:away )?(?:my|all my|most of my)\b"
    # (session 19's review: where the sentence starts, "gave my guitar to my cousin and my records
    # to my best mate. i dont need them after friday")
    r"|(?:^|(?<=[.!?] ))(?:given|gave) (?:away )?(?:my|all my|most of my)\b"
)
_WONT_NEED = re.compile(
    # (session 19: "... and my gold chain to my sister. i dont need them after friday")
    r"\b(?:wont|will not|shant|shall not|dont|do not) (?:need|be needing) (?:them|it|anything"
    r"|any of it)"
    r"(?: any ?more)? (?:after|past|beyond|by) (?:this )?(?:monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend)\s*(?:[.!?]|$)"
)
# (session 19's review: not a thing given back or replaced, or a plan changed, "gave my work
# laptop back to it today, contract ends, i dont need it after friday", "gave my old phone to my
# nan, the new one arrives thursday", "gave my tickets to my brother, the gig got moved")
_GIVEN_FOR_A_REASON = re.compile(
    r"\b(?:back to|contract|returned|returning|lent|loan\w*|new one|arriv\w*|upgrad\w*"
    r"|tickets?|gig|concert|moved|cancell?ed)\b"
)
_ORDINARY_REASON = re.compile(
    r"\b(?:exams?|deadline|sell\w*|sale|borrow|graduat\w*|wedding|prom|test|marathon|heal\w*"
    r"|physio|prescription|holidays?|trip|moving|move|emigrat\w*|new phone|lol|lmao|haha\w*"
    r"|pick up|collect\w*|revision|course\w*|solicitors?)\b"
)


# Round 105: a burden, said alone as a sentence of its own, "im such a burden. mum spends every
# evening supervising my meals instead of living her own life." (its review: not a favour or a
# load, "can someone give me a lift? i feel like such a burden.", "thanks for carrying my bags,
# im such a burden!", "with this broken wrist im a total burden", nor someone's words, "my nan
# always says im such a burden")
_BURDEN_ALONE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:honestly,? |tbh,? |i know |god,? |ugh,? )?(?:im|i am|i feel like"
    r"|i just feel like) (?:such a|just a|nothing but a|an absolute) burden\s*(?:\.|$)"
)
_A_LOAD_OR_FAVOUR = re.compile(
    r"\b(?:lift|ride|bags?|carry\w*|shift|cover\w*|project|meetings?|wrist|leg|arm|report|thanks"
    r"|thank you|ty|favou?r|help(?:ing)? me with|says|saying|said|narrator|book|film|giggle\w*"
    r"|lol|lmao|haha\w*|jk|caring for|on my own|could you|can you|can someone|would you"
    r"|move|moving)\b"
)


# Round 106: an illness hoped to take the writer, "is it awful that i hope the covid takes me
# properly next time" (its review: read over the whole message, not a sick day wanted in the next
# sentence, "... hoping the flu gets me this time. i need the sick days", nor someone's words, "my
# mum said at the hospice: i hope the cancer takes me soon")
_ILLNESS_HOPED = re.compile(
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:the )?(?:covid|cancer|virus"
    r"|infection|illness|disease|flu|pneumonia|sepsis|tumou?r)\b (?:takes|gets|kills|finishes) me"
    r"(?: off)?(?: properly)?(?: (?:next time|this time|for good|soon))?\s*(?:[.!?]|$)"
)
_TIME_OFF_OR_WORDS = re.compile(
    r"\b(?:sick (?:day|days|note|leave)|days? off|weeks? off|time off|off work|off school|said"
    r"|says|told|lol|lmao|haha\w*|jk|used to|clear|remission|ago)\b"
)


# Round 106: affairs put in order and a day after which nothing will matter, "sorted out my will
# and deleted all my accounts. by friday none of this will matter." (its review: not reassurance,
# "dont stress about the quiz, by friday none of this will matter")
_NOTHING_MATTERS_BY = re.compile(
    r"\b(?:by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight"
    # session 16: "... and my guitar to my best friend. tomorrow none of it will matter."
    r"|the weekend)|(?:(?<=^)|(?<=[.!?] ))tomorrow)"
    r",? none of (?:this|it) will matter\s*(?:[.!?]|$)"
)
_AFFAIRS_DONE = re.compile(
    r"\b(?:sorted|made|wrote|written|updated|finished|did) (?:out )?(?:my|the) will\b(?! for\b)"
    r"|\bdeleted (?:all )?(?:of )?my (?:social media |online )?accounts\b"
    r"|\b(?:given|gave) (?:away )?(?:my|all my)\b|\bsaid (?:my )?goodbyes\b"
)
# Session 17: going to a place of risk at a time, and a letter written to the family: "goin to the
# railwy line after dark. wrote the kids a leter"
# (its review: the writer's, and where the clause ends: not "heading to the roof later to fix the
# aerial, left my wife a note about the boiler", "going to the cliffs tonight to watch the meteor
# shower", "my dad is going to the bridge tonight")
_TO_A_PLACE_LATER = re.compile(
    r"(?:^|(?<=[.!?] )|\bim |\bi am |\bi )(?:goin|going|heading|walking|driving|off) (?:down |out"
    r" )?to the (?:railway|railway line|tracks|train tracks|train line|bridge|cliffs?|quarry"
    r"|multi ?stor(?:e)?y|car park roof|roof) (?:after dark|tonight|later|when its dark|at"
    r" midnight)\s*(?:[.!?]|$)"
)
_LETTER_TO_FAMILY = re.compile(
    r"\b(?:wrote|written|left|writing) (?:the kids|my kids|my family|my wife|my husband|my mum"
    r"|my mom|my parents|my partner|mum|mom|everyone) (?:a |my )?(?:letter|letters|note|notes)"
    r"\s*(?:[.!?]|$)"
)
# Session 17: dead weight, a sentence of its own, said of life as well as a game: "im dead weight.
# in game, out of game. they carry me in raids and my family carries me irl" (its review: not of
# a game, a group, a hike or a band alone, "im dead weight. my duo carried me all night")
_DEAD_WEIGHT = re.compile(
    r"(?:^|(?<=[.!?] ))(?:honestly,? |tbh,? |i know )?(?:im|i am|ive become) (?:just |such )?"
    r"dead weight\s*(?:[.!]|$)"
)
_OF_LIFE = re.compile(r"\b(?:irl|in real life|out of game|in life)\b")


# Session 17: a message to the family set to send, and nothing to matter by then, "set an email to
# send to my family on a timer for 6am tomorrow. by then it wont matter." (its review: not a boss
# told "i quit", nor a bike given away)
_BY_THEN_NOTHING = re.compile(
    r"(?:(?<=^)|(?<=[.!?] ))by then (?:it|none of (?:this|it)|nothing) (?:wont|will not|will)"
    r" matter\s*(?:[.!?]|$)"
)
_MESSAGE_TIMED = re.compile(
    r"\b(?:set|scheduled|timed|queued) (?:up )?(?:an|a|the) (?:email|message|text|post)s? to"
    r" (?:send|go out|post) to (?:my |all my )?(?:family|kids|children|wife|husband|partner|mum|mom"
    r"|mam|dad|parents|sister|brother|friends|everyone|loved ones)\b"
)


# Session 19: nothing to matter after a day, and a note left where it will be found: "no point
# going to the mortgage review next week, it wont matter after sunday. the notes in the bedside
# drawer." A plan with its day (`_PLAN_TOLD`).
# (its review: nothing to matter, not "it will matter by friday when hr reads it"; a note put
# somewhere, not a letter written to someone or about something, "wrote a letter to the council
# about the potholes", "left a note on the fridge for my partner about dinner"; and not a report
# due, a match, a funeral, an interview, new keys)
_MATTERS_NOT_AFTER = re.compile(
    r"\b(?:(?:it|this) (?:wont|will not|doesnt|does not)|(?:none of (?:this|it)|nothing) will)"
    r" matter (?:after|by|past) (?:this )?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday|tonight|tomorrow|the weekend|this weekend)\b"
)
_NOTE_LEFT = re.compile(
    r"\b(?:the|my) (?:note|letter)(?:s| is) (?:in|on|under|behind) (?:the|my)\b"
    r"|\bleft (?:a|the|my) (?:note|letter)(?:\s*(?:[.!?]|$)| (?:in|on|under|behind) (?:the|my)\b)"
)
_NOTE_ORDINARY = re.compile(
    r"\b(?:about|to (?:my|the|our) (?:\w+ )?(?:tutor|boss|teacher"
    r"|landlord|council|mp|club|school|neighbou?rs?)|report|due|match|game|funeral|eulogy|read out"
    r"|interview|keys|new (?:flat|house|place|job)|complaint|vote|election|results?)\b"
)


# Session 19: risk said before and meant, "when i said i wanted to die i meant every word"
# (not "i meant of embarrassment", nor a laugh).
_MEANT_IT = re.compile(
    r"\bwhen i (?:said|say|told (?:you|them|her|him|everyone)) (?:that )?i (?:wanted|want|wanna)"
    r" to (?:die|kill myself|end it|end my life|not be here),? i (?:meant|mean) (?:it|every word)"
    r"(?: literally)?\s*(?:[.!?]|$)"
)
# (its review: not told as over, "... i meant it. but that was 2019, im well now")
_MEANT_THEN = re.compile(
    r"\b(?:that was|as a joke|joking|back then|years ago|im (?:well|better|fine|ok|okay) now"
    r"|in \d{4})\b"
)
# Session 19: not coming back wished for, "wouldnt be the worst thing if i didnt come back from
# this hike" (not from work or a group, "... if i didnt come back to this job").
# (its review: not from a holiday, the pub, the gym or a break, nor told of a year ago)
_NOT_COMING_BACK = re.compile(
    r"\b(?:wouldnt|would not|it wouldnt|it would not) be the worst thing if i (?:didnt|did not"
    r"|never) (?:(?:come back|make it back|make it home)(?: from (?:this|the|that|my) (?:hike|walk"
    r"|swim|climb|drive|ride))?|wake up)\s*(?:[.!?]|$)"
)
_NOT_COMING_BACK_THEN = re.compile(r"\b(?:ago|used to|back then|last year|i thought|at the time)\b")
# Session 19: the world better without the writer, "it feels like the world would run more
# smoothly with one less me in it" (not one less at a party or in a queue).
# (its review: said of the world, not of a rota, a pitch, a house or "me time")
_ONE_LESS_ME = re.compile(
    r"\bone less (?:me|of me)(?: (?:in it|in the world|around|on (?:this|the) planet|to (?:worry"
    r" about|deal with|look after|put up with)|for (?:everyone|everybody|people|my family|the"
    r" world|them)(?: to (?:worry about|deal with|look after|put up with))?))?\s*(?:[.!?,]|$)"
)
_THE_WORLD = re.compile(r"\b(?:world|everyone|everybody|family|earth|planet|people|everything)\b")
# Session 19: to disappear, meant for good, "i need to disappear. not a holiday. properly
# disappear." (not from social media or to a cabin)
# (its review: the writer, who needs to, and said again as a sentence of its own; not scars, debt,
# snow or a rash that would "completely disappear")
_DISAPPEAR_PROPERLY = re.compile(
    r"(?:^|(?<=[.!?] ))(?:just |i mean )?(?:properly|permanently|completely|for good) disappear"
    r"\s*(?:[.!]|$)|(?:^|(?<=[.!?] ))disappear (?:properly|permanently|for good)\s*(?:[.!]|$)"
)
_I_NEED_TO_DISAPPEAR = re.compile(
    r"\bi (?:need|want|have|wanna|just want|just need) to disappear\b"
)
_DISAPPEAR_ELSEWHERE = re.compile(
    r"\b(?:social media|instagram|insta|tiktok|online|internet|off grid|off the grid|cabin"
    r"|abroad|trip|phone|app|group chat|new identity|witness protection|magic trick|magician"
    r"|(?<!not a )holiday)\b"
)
# Session 19: a day of the writer's own not to be reached, "my one year clean anniversary that im
# never going to reach" (not an event missed: "... im not going to make it to", a party).
# (its review: the writer's own day, not "my grandmas 100th birthday that i wont see")
_DAY_NOT_REACHED = re.compile(
    r"\b(?:my|our) (?:(?:\d+(?:st|nd|rd|th)?|one|two|three|four|five|ten|first|second|next|year"
    r"|years|clean|sober) ){0,3}(?:birthday|anniversary|christmas|new year|graduation)s?"
    r" (?:that |which )?(?:im|i am|i) (?:never|not|wont|will never|will not) (?:going to |gonna )?"
    r"(?:reach|see|live to see)\s*(?:[.!?,]|$)"
)
# (not missed for work, a trip, a hospital stay, distance or paperwork: "a birthday im not going
# to see, working abroad that week")
_AWAY_THAT_DAY = re.compile(
    r"\b(?:work\w*|shift|abroad|deployed|deployment|away|party|dinner|hospital|isolation|ward"
    r"|lives (?:with|in)|custody|prison|jail|resit|paperwork|exams?)\b"
)


# Session 16: the writer's own body hated and to be hurt, "i hate my body i want to hurt it back,
# burn it or somthing" (not fat burnt off, "... so i want to burn it off at the gym")
_BODY_HATED = re.compile(
    r"\b(?:i|i just|i really|i fucking) (?:hate|loathe|despise) my (?:own )?body\b"
)
# (its review: where the clause ends or "back", not "gonna hit it at the gym", "cut it short",
# the hair)
_HURT_IT = re.compile(
    r"\b(?:want|wanna|need|going|gonna|itching) (?:to )?(?:hurt|burn|cut|punish|damage) it"
    r"(?=\s*(?:[.!?,]|$)| back\b| or\b)(?![^\n]*\b(?:hair|fringe|nails|beard)\b)"
)
_OTHERS_SAY_IT = re.compile(r"\b(?:says|said|saying|tells|told)\b")


# Session 16: the dead joined sooner than planned, said with a hint.
_SEE_THEM_SOONER = re.compile(
    r"\b(?:going to see|go and see|join|joining|be with|being with|see|seeing|meet|meeting)"
    r" (?:my )?(?:\w+ ){1,2}(?:a bit |a little |a lot |much )?(?:sooner|earlier) than (?:planned"
    r"|expected|intended|i should|i was meant to)\b"
)
_HINTED = re.compile(r"\bif you (?:catch|get) my (?:drift|meaning)\b|\bif you know what i mean\b")
_A_GRAVE = re.compile(f"[{''.join(_GRAVES)}]")
_A_TRIP = re.compile(
    r"\b(?:flights?|train|trains|visit\w*|holiday|trip|tickets?|booked|drive|driving|lol|lmao"
    r"|haha\w*|jk|baby|visa|move|moving|says|said|book|dentist|doctor|consultant|therapist)\b"
)


# Session 16: the writer already mourned, and the mourning made official.
_MAKE_IT_OFFICIAL = re.compile(r"(?:^|(?<=[.!?] ))might as well make it official\s*(?:[.!]|$)")
_A_NEW_LIFE = re.compile(
    r"\b(?:trans|came out|coming out|deed poll|name|sober|sobriety|drinking|drink|wedding|engaged"
    r"|married|divorce|breakup|broke up|new job|moved|moving|baptis\w*|church)\b"
)
_ALREADY_GRIEVED = re.compile(
    r"\b(?:already )?(?:grieved|mourned|buried|said goodbye to) (?:the person i was|who i was|the"
    r" old me|me)\b"
)


# Session 16: someone deserving a better one than the writer, who is better not here.
_DESERVE_BETTER = re.compile(
    r"\b(?:deserves?|deserved) (?:a )?(?:much |so much |way )?better (?:mum|mom|mother|dad"
    r"|father|parent|wife|husband|partner|boyfriend|girlfriend|friend|sister|brother|daughter"
    r"|son) than me\b"
)
# (its review: "at all" where the sentence ends, not away, "im always the one that isnt here",
# nor asked, told as the past or someone's words: "... is what i used to think. not anymore", "my
# ex always said ...")
_ONE_NOT_HERE = re.compile(
    r"\b(?:one|someone) (?:that|who) (?:isnt|is not|wouldnt be|isnt even) (?:here|around|alive)"
    r" at all\s*(?:[.!]|$)"
)
_OVER_OR_SAID = re.compile(
    r"\b(?:used to|not anymore|no longer|therapy|proud|said|says|told|always said)\b"
)
# The dead envied for not feeling it: "part of me envies my brother. at least he doesnt have to
# feel any of this now." (someone living envied for a holiday has more to deal with than feeling)
# (its review: not denied, "i dont envy what she went through"; spared for good, "now" or
# "anymore"; and not someone living's day, "jealous of my sister, she finally moved out ...")
_ENVY = re.compile(r"(?<!dont )(?<!not )(?<!never )\b(?:envy|envies|envying|jealous of)\b")
_SPARED_FEELING = re.compile(
    r"\bat least (?:he|she|they) (?:doesnt|dont|does not|do not|no longer|never) (?:has to |have to"
    r" )?(?:feel|suffer|hurt) (?:any of )?(?:this|it|anything) (?:anymore|any more|now)"
    r"\s*(?:[.!?]|$)"
)
# Session 17: "some days i envy the people whose names we read out at the memorial service. at
# least they got to rest." (its review: with a death told, not a cruise or a retirement)
_GOT_TO_REST = re.compile(r"\bat least (?:he|she|they) (?:got|get|gets) to rest\b")
_DEATH_TOLD = re.compile(
    r"\b(?:died|dead|memorial|funeral|grave|graves|passed away|buried|cemetery|in heaven|names we"
    r" read)\b"
)
_LIVING_DAY = re.compile(
    r"\b(?:moved|moving|holiday|vacation|working|works|slept|sleeping|asleep|school|job|lives"
    r"|living|cat|dog|son|daughter|baby|kids?)\b"
)
_ALIVE_AND_RESTING = re.compile(r"\b(?:cruise|retired|retirement|spa|beach|trip|holiday|nap)\b")


# Session 20: an attempt on the writer's life told, then a try to come, "i attempted in my teens
# and im going to try again on saturday" (was none: "in my teens" read as the past, and "try
# again" alone is every exam's).
# (its review: not an attempt at something, "i attempted twice to get my licence", "tried to end
# it with my ex", "tried to die my hair", pills tried for an illness; nor a try with a new
# treatment or at uni, "... try again with a new psychiatrist"; nor a try denied or a maybe, "if i
# try again")
_ATTEMPTED_BEFORE = re.compile(
    r"\b(?:i|ive|i have|i had) (?:(?:already|once|twice) )?(?:attempted(?! (?:the|a|an|my|to|it"
    r"|this|that|his|her)\b)(?![^.!?]{0,25}\bto (?!(?:kill|end|die|take|hang|overdose)\b)\w+)"
    r"|tried to (?:kill myself|end (?:it|my life|things)(?! (?:with|between|off)\b)"
    r"|take my (?:own )?life|overdose|hang myself|die(?! (?:my|her|his|the|it|them|your)\b))"
    r"|overdosed"
    r"|tried (?:pills|an overdose|suicide)(?! for\b))"
    r"|\b(?:survived|after) (?:an|one|my|the) (?:suicide )?attempt\b(?! (?:at|to|on)\b)"
    r"|\b(?:suicide attempt|attempted suicide|attempt on my life)\b"
)
_TRY_AGAIN = re.compile(
    r"(?<!not )(?<!never )(?<!dont )(?<!do not )(?<!didnt )\b(?:going to|gonna|planning to|will"
    r"|want to|wanna) (?:try|do it|attempt(?: it)?|go through with it)(?: properly| for real)?"
    r" (?:again|one more time|a second time|a third time)\b(?! (?:with|at (?:uni|school|college"
    r"|work|the (?:exam|test|course|gym|clinic)))\b)"
)
_TRY_AGAIN_IF = re.compile(r"\b(?:if|in case|whether) (?:i|im|i am|ill)\b[^.!?]{0,20}\btry\b")
# Session 20: "its overdose time. took 30 already" (was none; the overdose, means, makes it
# urgent), said on its own (its review: not "time to overdose my plants with fertiliser", "time
# to overdose-proof your house", "its overdose time for the sim patient"), nor with a laugh.
_OVERDOSE_TIME = re.compile(
    r"\b(?:(?:its|it is) (?:overdose|od) (?:time|o ?clock)|time to (?:overdose|od))\s*(?:[.!?,]|$)"
)
# Session 20: "If I got really sick and didn't get better I think I'd be okay with that" (was
# none), not time off or others' words (`_TIME_OFF_OR_WORDS`), nor with a laugh.
# (its review: not better in time for something, "... didnt get better by friday id be okay with
# skipping the party", "... id be glad to have had a good life", "id not mind missing school")
_SICK_AND_OK = re.compile(
    r"\bif i (?:got|get|was|were|became|ended up) (?:really |very |seriously |super )?(?:sick|ill)"
    r" and (?:didnt|did not|dont|do not|never|wouldnt|would not) (?:get better|recover|make it"
    r"|pull through)\b(?! (?:in time|by|before|for|until)\b)"
    r"[^.!?]{0,30}?\b(?:id|i would) (?:honestly |really |genuinely |actually |probably )?(?:be"
    r" (?:ok|okay|fine|alright|at peace|relieved)(?: with (?:that|it))?|not mind(?: that| it)?)"
    r"\s*(?:[.!?,]|$)"
)


# Session 20: means stored up, then peace to come, "Been saving my meds up for a month. Friday
# I'm finally going to get some peace." (was none; the store is a plan, `crisis_cues.PLAN`).
# (its review: the writer's own store, now, not a prescription collected or a supply for a trip,
# "saving my pills for the trip so i dont run out", "was saving my pills last winter", "stopped
# stockpiling"; the writer's own peace, not rest after a shift, "peace of mind", "mum is finally
# at peace")
_STORED_UP = re.compile(
    r"(?<!stopped )(?<!was )(?<!quit )(?<!used to be )\b(?:saving|stockpiling|hoarding|stashing)"
    r" (?:up )?(?:all )?my (?:pills|meds|tablets|painkillers|sleeping pills|medication)(?: up)?\b"
    r"(?! (?:for|because|in a|receipts?|from)\b)(?![^.!?]*\b(?:trip|holiday|cruise|travel"
    r"|run(?:ning)? out|dosette|receipts?|pharmacy)\b)"
)
_PEACE_TO_COME = re.compile(
    r"\b(?:im|i am|ill|i will|i) (?:finally )?(?:going to|gonna|will|get to)? ?(?:finally )?"
    r"(?:get|have|find) (?:some )?peace\b(?! of mind| and quiet| from)"
    r"|\b(?:ill|i will|im going to|i am going to|im gonna) (?:finally )?be at peace\b"
)


@dataclass(frozen=True)
class _AllOf:
    """A whole-message rule made of patterns: each of `needs` found, none of `unless`.

    `literals` are words one of which every match of `needs[0]` holds: these rules are asked of
    nearly every message (all that the sentence scan found nothing in), and a substring test
    rules most out at once (the six patterns cost ~16 us a chat message, the tests ~1 us)."""

    literals: tuple[str, ...]
    needs: tuple[_Searcher, ...]
    unless: tuple[_Searcher, ...] = ()

    def __call__(self, norm: str) -> bool:
        if not any(map(norm.__contains__, self.literals)):
            return False
        return all(p.search(norm) for p in self.needs) and not any(
            p.search(norm) for p in self.unless
        )


# Rules read over the whole message, since what they need is often told in other sentences
# than the one the sentence scan reads; the first that holds is recorded.
_WHOLE_MESSAGE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("follow_the_dead", _follows_the_dead),  # round 90: "... im going to join her"
    # round 95: "feeling very 🪦 today. not in a funny way", with no laugh
    ("grave_emoji", _AllOf(_GRAVES, (_GRAVE_FELT, _MEANT), (C.LAUGHTER,))),
    # round 98: "... and i dont mean because of my grades", with no laugh
    ("not_making_it", _AllOf(("see myself",), (_NOT_MAKING_IT, _NOT_THAT_WAY), (C.LAUGHTER,))),
    # session 15: "shouldve been me in that vehicle ... still wish it was", a death beside it, not
    # others' words, no laugh
    (
        "wish_it_was_me",
        _AllOf(
            ("been me",),
            (_SHOULD_HAVE_BEEN_ME, _A_DEATH, _STILL_WISH_IT_WAS),
            (_OTHERS_SAY, C.LAUGHTER),
        ),
    ),
    # round 104: "ive given my binders ... i wont need them after saturday."
    (
        "given_away",
        _AllOf(("need",), (_WONT_NEED, _GAVE_AWAY), (_ORDINARY_REASON, _GIVEN_FOR_A_REASON)),
    ),
    # round 105: "im such a burden. mum spends every evening ...", no favour, load or quote
    ("burden_alone", _AllOf(("burden",), (_BURDEN_ALONE,), (_A_LOAD_OR_FAVOUR,))),
    # round 106: "i hope the covid takes me properly next time", no time off, quote or past
    ("illness_hoped", _AllOf(("s me",), (_ILLNESS_HOPED,), (_TIME_OFF_OR_WORDS,))),
    # round 106: "sorted out my will ... by friday none of this will matter."
    # (session 16's review: not an exam, a move or a course, "gave away all my revision notes ...
    # tomorrow none of it will matter. last exam!!")
    (
        "nothing_matters_by",
        _AllOf(("will matter",), (_NOTHING_MATTERS_BY, _AFFAIRS_DONE), (_ORDINARY_REASON,)),
    ),
    # session 19: "... it wont matter after sunday. the notes in the bedside drawer.", no laugh
    (
        "note_and_day",
        _AllOf(
            ("matter",),
            (_MATTERS_NOT_AFTER, _NOTE_LEFT),
            (_ORDINARY_REASON, _NOTE_ORDINARY, C.LAUGHTER),
        ),
    ),
    # session 19: "when i said i wanted to die i meant every word", no laugh
    (
        "meant_it",
        _AllOf(
            ("when i said", "when i say", "when i told"), (_MEANT_IT,), (C.LAUGHTER, _MEANT_THEN)
        ),
    ),
    # session 19: "wouldnt be the worst thing if i didnt come back from this hike", no laugh
    (
        "not_coming_back",
        _AllOf(("worst thing",), (_NOT_COMING_BACK,), (C.LAUGHTER, _NOT_COMING_BACK_THEN, _A_TRIP)),
    ),
    # session 19: "the world would run more smoothly with one less me in it", no laugh
    ("one_less_me", _AllOf(("one less",), (_ONE_LESS_ME, _THE_WORLD), (C.LAUGHTER,))),
    # session 19: "i need to disappear. not a holiday. properly disappear.", no laugh
    (
        "disappear_properly",
        _AllOf(
            ("disappear",),
            (_DISAPPEAR_PROPERLY, _I_NEED_TO_DISAPPEAR),
            (C.LAUGHTER, _DISAPPEAR_ELSEWHERE),
        ),
    ),
    # session 19: "... my one year clean anniversary that im never going to reach", no laugh
    (
        "day_not_reached",
        _AllOf(
            ("birthday", "anniversar", "christmas", "new year", "graduation"),
            (_DAY_NOT_REACHED,),
            (C.LAUGHTER, _A_TRIP, _AWAY_THAT_DAY),
        ),
    ),
    # session 17: "im dead weight. in game, out of game. ... my family carries me irl", no laugh
    ("dead_weight", _AllOf(("dead weight",), (_DEAD_WEIGHT, _OF_LIFE), (C.LAUGHTER,))),
    # session 17: "goin to the railwy line after dark. wrote the kids a leter", no laugh
    (
        "place_and_letter",
        _AllOf(("letter", "note"), (_LETTER_TO_FAMILY, _TO_A_PLACE_LATER), (C.LAUGHTER,)),
    ),
    # session 17: "set an email to send to my family on a timer ... by then it wont matter."
    (
        "timed_goodbye",
        _AllOf(("by then",), (_BY_THEN_NOTHING, _MESSAGE_TIMED), (_ORDINARY_REASON,)),
    ),
    # session 16: "i hate my body i want to hurt it back, burn it or somthing", no laugh
    ("body_hurt", _AllOf(("body",), (_BODY_HATED, _HURT_IT), (C.LAUGHTER, _OTHERS_SAY_IT))),
    # session 16: "my kids deserve a better mum than me. maybe one that isnt here at all."
    (
        "better_one_gone",
        _AllOf(("than me",), (_DESERVE_BETTER, _ONE_NOT_HERE), (C.LAUGHTER, _OVER_OR_SAID)),
    ),
    # session 16: "thinking of going to see my eileen a bit sooner than planned, if you catch my
    # drift 🪦", hinted, no laugh or trip
    # (its review: the drift and a grave both, not "seeing my ex sooner than expected if you know
    # what i mean 😏", "joining my ancestors sooner than expected 🪦 these carolina reaper noodles")
    (
        "see_them_sooner",
        _AllOf(("sooner", "earlier"), (_SEE_THEM_SOONER, _HINTED, _A_GRAVE), (_A_TRIP,)),
    ),
    # session 16: "my family already grieved the person i was before the diagnosis. might as well
    # make it official."
    # (its review: not a name changed or sobriety, "... before i came out as trans. might as well
    # make it official. deed poll is in the post!")
    (
        "make_it_official",
        _AllOf(("official",), (_MAKE_IT_OFFICIAL, _ALREADY_GRIEVED), (C.LAUGHTER, _A_NEW_LIFE)),
    ),
    # session 16: "part of me envies my brother. at least he doesnt have to feel any of this now."
    (
        "envy_the_dead",
        _AllOf(("envi", "envy", "jealous"), (_ENVY, _SPARED_FEELING), (C.LAUGHTER, _LIVING_DAY)),
    ),
    # (session 17: "... i envy the people whose names we read out at the memorial service. at least
    # they got to rest.")
    (
        "envy_the_dead",
        _AllOf(
            ("got to rest",), (_GOT_TO_REST, _ENVY, _DEATH_TOLD), (C.LAUGHTER, _ALIVE_AND_RESTING)
        ),
    ),
    # session 20: "i attempted in my teens and im going to try again on saturday", no laugh
    (
        "try_again",
        _AllOf(
            ("attempt", "tried", "overdosed"),
            (_ATTEMPTED_BEFORE, _TRY_AGAIN),
            (C.LAUGHTER, _TRY_AGAIN_IF),
        ),
    ),
    # session 20: "Been saving my meds up for a month. Friday I'm finally going to get some
    # peace.", no laugh
    ("stored_for_peace", _AllOf(("peace",), (_PEACE_TO_COME, _STORED_UP), (C.LAUGHTER,))),
    # session 20: "its overdose time. took 30 already", no laugh
    (
        "overdose_time",
        _AllOf(
            ("overdose time", "od time", "overdose o", "od o", "to overdose", "to od"),
            (_OVERDOSE_TIME,),
            (C.LAUGHTER,),
        ),
    ),
    # session 20: "if i got really sick and didnt get better i think id be okay with that"
    (
        "sick_and_ok",
        _AllOf(
            ("sick and", "ill and"),
            (_SICK_AND_OK,),
            (C.LAUGHTER, _TIME_OFF_OR_WORDS),
        ),
    ),
)


# Whole-message rules whose finding is itself a plan with its day: things given away "i wont
# need them after friday" (session 19: "i gave my laptop to my cousin and my gold chain to my
# sister. i dont need them after friday" had no other cue, so it was concern).
_PLAN_TOLD = frozenset({"given_away", "note_and_day"})


# Whether any whole-message rule made of patterns may hold: each `_AllOf` needs one of its words
# (`literals`), and most chat messages hold none of them, which one scan tells (~9 us a chat
# message, against ~32 us for the 26 rules' own word tests). A long message nearly always holds
# one, so there the scan would only add to the tests: it is skipped past `_WORD_SCAN_LENGTH`.
_ANY_RULE_WORD = re.compile(
    "|".join(
        sorted(
            {
                re.escape(word)
                for _, rule in _WHOLE_MESSAGE_RULES
                if isinstance(rule, _AllOf)
                for word in rule.literals
            }
        )
    )
)
_RULES_WITHOUT_WORDS = tuple(
    (name, rule) for name, rule in _WHOLE_MESSAGE_RULES if not isinstance(rule, _AllOf)
)
_WORD_SCAN_LENGTH = 500


def _whole_message_rules(norm: str, found: Found) -> None:
    """Where the rules found nothing and set nothing aside, the whole-message rules: the first
    that holds is recorded, with the cues that make it urgent."""
    if found.strong or found.weak or found.suppressed:
        return
    rules = _WHOLE_MESSAGE_RULES
    if len(norm) <= _WORD_SCAN_LENGTH and _ANY_RULE_WORD.search(norm) is None:
        rules = _RULES_WITHOUT_WORDS  # no `_AllOf` can hold: none of their words is here
    for name, holds in rules:
        if holds(norm):
            model_layer(norm, found, name)
            if name in _PLAN_TOLD and not F.plan_denied(norm):
                found.urgency.add("plan")
            return


# Held by every denial of `crisis_frames.ASSUMED_THEN_DENIED` ("im not", "i wont", ...).
_DENIALS = ("not", "neither", "wont")


def _without_denied_assumption(norm: str) -> str:
    """The message without what others assume and the writer denies, as the rules read it:
    "people assume im suicidal. im not. im angry" holds no finding of theirs, "my mum thinks im
    suicidal. im not. i just want to die sometimes" still does. The model still reads the
    whole message ("they think im suicidal. im not. im just going to disappear"). Words asked
    back and called untrue go too (`_QUOTED_THEN_DENIED`)."""
    if "true" in norm:
        norm = _QUOTED_THEN_DENIED.sub(" ", norm)
    if ", no" in norm:
        norm = _NAMED_THEN_DENIED.sub(" ", norm)
    if not any(word in norm for word in _DENIALS):
        return norm
    m = F.ASSUMED_THEN_DENIED.search(norm)
    return norm if m is None else f"{norm[: m.start()]} {norm[m.end() :]}"


# A state named and denied on its own (round 104): "sad, yes. suicidal, no." (its review: not
# "suicidal, no plan", "... no one to talk to", "... no lie": the "no" ends its sentence)
_NAMED_THEN_DENIED = re.compile(r"\b(?:suicidal|self harming),? no\s*(?:[.!]|$)")
# Someone's words asked back and denied, as a reply (round 100's review): "nobody here would
# notice if i was gone? thats not true, we would notice"
_QUOTED_THEN_DENIED = re.compile(
    r"(?:^|(?<=[.!?]))[^.!?]{5,120}\?\s*(?:no[,.!]? )?(?:thats|that is|thats just|its) not true\b"
)


# A laugh taken back: "lol. not joking tho", "lol but not lol".
_SINCERE = re.compile(r"\b(?:not|no) (?:even )?(?:joking|kidding)\b|\bbut not lol\b|\bnot lol\b")
# "... lmao but im not actually laughing" (round 52), unless it is about homework: "lmao i
# wanna die this homework is so long. not actually laughing, im actually crying".
_NOT_LAUGHING = re.compile(r"\b(?:im |i am )?not (?:actually |really |even )?laughing\b")
# Round 58: the skull is a laugh too ("the big sleep early 💀 not even joking").
_LAUGH_WORDS = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*)\b|[\U0001f602\U0001f923\U0001f480]")


def _sincere(norm: str) -> str:
    """A message that laughs and then says it is not joking is read without the laugh: "i
    just wanna sewerslide and be done with all of it lol. not joking tho"."""
    if ("jok" in norm or "kidd" in norm or "not lol" in norm) and _SINCERE.search(norm):
        return _LAUGH_WORDS.sub(" ", _SINCERE.sub(" ", norm))  # "not lol" must not negate
    if "laughing" in norm and _NOT_LAUGHING.search(norm) and not J.TRIVIAL_TRIGGER.search(norm):
        return _LAUGH_WORDS.sub(" ", _NOT_LAUGHING.sub(" ", norm))
    return norm


def _overruled(norm: str, found: Found, scorer: M.LinearModel) -> bool:
    """Whether the rules set the words aside only for reasons a model may overrule (see
    `OVERRULE_BARS`) and the model is all but certain they are the writer's risk now."""
    bar = overrule_bar(found.suppressed)
    if bar is None or _others(norm):
        return False
    return scorer.overrules(norm, bar)


def _others(norm: str) -> bool:
    """Someone else's loss ("my uncle's suicide") or words quoted ("she said ...")."""
    return bool(L.others_loss(norm) or F.QUOTING.search(norm))


def _set_aside(norm: str, asked: str) -> CrisisAssessment | None:
    """Why a message the rules found nothing in is not for the model either, if it is not."""
    if not asked:
        return _IDIOM
    if _others(norm):
        return _OTHERS_LOSS
    if F.GOODBYE_FOR_NOW.search(norm):
        return _FOR_NOW  # "goodbye all, this is it for today"
    if J.joking(norm) and J.TRIVIAL_TRIGGER.search(norm):
        return _JOKE  # "one more rota and ill throw myself out the window lol"
    framed = _framed_aside(norm)
    if framed is not None and not (J.RISK_NOW.search(norm) or _AFTER_ALL.search(norm)):
        return framed
    return None


def _framed_aside(norm: str) -> CrisisAssessment | None:
    """A frame that makes the message no risk unless risk is said after all (`_AFTER_ALL`)."""
    if len(norm) <= _A_LINE_ABOUT_A_BOOK and _A_BOOK_ABOUT_IT.search(norm):
        return _OTHERS_LOSS  # "isbn ... is the edition of reasons to stay alive ive got"
    if _FORMER_SELF.search(norm):
        return _PAST_SELF  # "the version of me who wanted to die wouldnt believe ..."
    if _ONLY_THING_TO_END.search(norm):
        return _JOKE  # "im safe, honestly. the only thing i want to end is this rota."
    return None


# Session 17: the writer's former self who wanted to die, set against now: "the version of me who
# wanted to die wouldnt believe i have a job and a cat now" (its review: not with it back or a plan
# after it, "... wouldnt believe how far ive come, which makes it scarier that ive been planning")
_FORMER_SELF = re.compile(
    r"\b(?:the|that) (?:old |younger |past |former |earlier )?(?:version of me|me|girl|guy|kid"
    r"|person i was) (?:who|that) (?:wanted to die|was suicidal|tried to (?:kill myself|end it)"
    r"|used to (?:self harm|cut|want to die))\b[^.!?]{0,40}\b(?:wouldnt|would not|couldnt"
    r"|could not|would never|wouldve never|would have never) (?:believe|recogni[sz]e|imagine)\b"
)
# Session 17: ending named of a task, "the only thing i want to end is this rota" (its review: a
# task only, not a feeling, "... is my torment / the hurt / the loneliness / my days")
_ONLY_THING_TO_END = re.compile(
    r"\bthe only thing i (?:want|wanna|need|would like) to (?:end|kill|quit) is (?:this|that|the"
    r"|my) (?:\w+ )?(?:rota|shift|meeting|call|week|month|term|semester|exam|essay|project"
    r"|deadline|contract|lease|commute|queue|lecture|seminar|season|series|show|diet|streak|game"
    r"|match|argument|conversation|group chat|thread|subscription|heatwave|drought)s?\s*"
    r"(?:[.!?,]|$)"
)
# A line about a book, not a long message that also names one (its slices: "... i kinda want to
# act on them ... reading the bell jar at 3am was a choice ...").
_A_LINE_ABOUT_A_BOOK = 200
# Session 17: a book on the subject named as a book: "isbn 978-0-14-303943-3 is the edition of
# reasons to stay alive ive got, its brilliant"
_A_BOOK_ABOUT_IT = re.compile(
    r"\b(?:isbn|edition|paperback|hardback|audiobook|novel|memoir|author|chapter|book|reading"
    r"|read)\b[^.!?]{0,60}\b(?:reasons to stay alive|the bell jar|its kind of a funny story"
    r"|all the bright places|thirteen reasons why|13 reasons why|the midnight library"
    r"|night falls fast|an unquiet mind|darkness visible|prozac nation|girl interrupted)\b"
)
# What says the risk is here after all: "... and then me", "neither do i", "stopped taking my meds"
_AFTER_ALL = re.compile(
    r"\b(?:then me|and me|me too|neither do i|some days|some nights|this week|today|disappear"
    r"|stopped taking|want (?:her|him|them|it|that) back|miss (?:her|him|being)"
    r"|want to die|wanna die|kill myself|end it|end my life|thoughts are|urges are|again|scar\w*"
    r"|until|till"
    # (a book's words taken as the writer's own: "the bell jar ... feels like me right now")
    r"|right now|like me|to be alive|i dont want|act on|easier for)\b"
)


def _urgent_by_wording(norm: str, urgency: M.LinearModel | None) -> bool:
    """The urgency head reads a plan, means or time the rules have no cue for; a denied plan
    ("been looking at the bridge. not planning anything") stays concern."""
    if F.plan_denied(norm):
        return False
    if _SAFE_NOW.search(norm):
        return False  # "im suicidal but im safe for tonight, ive got my safety plan"
    return (urgency or M.load_urgency_model()).flags(norm)


_SAFE_NOW = re.compile(
    r"\b(?:im|i am|ill be|i will be|i feel) (?:safe|ok|okay|alright)(?: for)? (?:tonight|now"
    r"|today|right now|for now)\b"
)


# Separate preparations in one message that make a plan without the act named: "put the farm
# papers in order and left a letter for jenny on the kitchen table. going down to the river
# bridge at first light". One or two happen in ordinary life ("papers in order for the visa,
# left a note for the landlord"); three together are a goodbye, unless the message is about a
# move or a trip ("going on a 3 month trip: left the cat with my neighbour, papers in order").
PREPARATIONS_ENOUGH = 3


# A sign-off that, beside means and a plan, is a goodbye: "notes written, the ropes in the
# closet. peace out".
_SIGN_OFF = re.compile(
    # (round 60: "gg everyone" closing a message)
    r"\b(?:gg (?:everyone|all|guys|yall)\s*[.!]*\s*$|bye|goodbye|peace out|farewell|love you all"
    r"|so long|take care (?:all|everyone|of"
    r" yourselves)|this is it for me(?! tonight| today| for (?:today|tonight|now))"
    # round 55: "thanks for all the good chats in here over the years"
    # round 68: "thank you all for being kind to me these months"
    r"|thank(?:s| you) (?:all |everyone |guys )?for being (?:so )?(?:kind|good|nice) to me"
    r"|thanks for (?:everything|all (?:the |your )?(?:\w+ )?(?:chats|talks|support|help|kindness"
    r"|company|friendship|love|laughs))\b[^.!?]{0,30}\b(?:over the years|all these years)"
    # session 12: "just wanted to say this room helped for a while"
    r"|(?:just )?wanted to say (?:this|the) (?:room|place|group|chat|site) (?:helped|was good"
    r"|has been good) (?:for a while|while it lasted|till now|until now)"
    # session 16: "just wanted to say cheers to this group"
    r"|(?:just )?wanted to say (?:cheers|thanks|thank you) to (?:this|the) (?:group|room|chat|lot"
    r"|place)(?=\s*(?:[.!]|$))"
    # session 16: "just wanted to say you all helped for a while"
    r"|(?:just )?wanted to say (?:you all|you guys|yall|everyone|everyone here|you lot) helped"
    r" (?:me )?(?:for a while|while it lasted|till now|until now))\b"
)
# Means at hand, which beside a sign-off is a goodbye with no other preparation: "got my
# service pistol in my lap. ... this is it for me."
_AT_HAND = re.compile(
    r"\b(?:guns?|pistols?|rifles?|shotguns?|revolvers?|pills|tablets|rope|noose)\b[^.!?]{0,20}"
    r"\b(?:in|on) my (?:lap|hand|hands)\b"
    r"(?![^.!?]{0,30}\b(?:clean\w*|sale|sell\w*|repair\w*|fix\w*|hunting|range|photo\w*)\b)"
    # or rigged (round 60): "the belts already over the closet door. gg everyone", "i tied the
    # cord to the pipe" (not "dad hung his belts over the closet door", "scarf tied to the door
    # handle so i dont forget it")
    r"|\b(?:(?:belt|rope|cord|scarf|noose)s? (?:is )?already (?:over|tied (?:to|round|around))"
    r"|(?:i|ive) tied (?:the|a|my) (?:belt|rope|cord|scarf|noose|cable) (?:to|round|around))"
    r" (?:the |my )?(?:closet |wardrobe |bedroom |bathroom |garage )?(?:door|beam|rail|banister"
    r"|hook|rafter|pipe)\b(?! (?:handle|frame|knob)\b)"
    # session 12: at the top of a drop ("parked at the top of the quarry. engine running. just
    # wanted to say this room helped for a while")
    r"|\bparked (?:up )?(?:at|on) the (?:top|edge) of the (?:quarry|cliffs?|gorge|dam)\b"
    r"(?![\s\S]*\b(?:sunset|sunrise|view|picnic|walk|lunch|photos?|stars|long drive|drive home"
    r"|see you|tomorrow)\b)"
)


def _settled(norm: str) -> bool:
    """Preparations told without the act named: three of them, or means and a plan with a
    sign-off, or means at hand with one; not in a message about a move or a trip."""
    if L.TRAVEL.search(norm):
        return False
    preparations = _preparations(norm)  # one scan of PLAN serves both tests
    if preparations >= PREPARATIONS_ENOUGH:
        return True
    if not _SIGN_OFF.search(norm):
        return False
    if preparations:
        return bool(U.MEANS.search(norm))
    return bool(_AT_HAND.search(norm)) and not F.GOODBYE_FOR_NOW.search(norm)


def _preparations(norm: str) -> int:
    """How many plan cues (`crisis_cues.PLAN`, `crisis_cues.AFFAIRS`) match in separate places
    of the message."""
    count, end = 0, -1
    found = [*U.PLAN.finditer(norm), *U.AFFAIRS.finditer(norm)]
    for m in sorted(found, key=lambda m: m.start()):
        if m.start() >= end:
            count, end = count + 1, m.end()
    return count


def _without_idioms(norm: str) -> str:
    """The message without its sentences that hold an idiom: "i thought i was going to die at
    work" is set aside, but a next sentence "tonight i take all my pills" is still read."""
    return ". ".join(s for s in C.sentences(norm) if s.strip() and not F.IDIOM.search(s))


def _might_fire(norm: str) -> bool:
    """Gate for the sentence scan. A short message is searched with the rules at once (most
    chat ends here). A long one is only checked for the literals some rule needs: searching
    2000 characters with every rule cost as much as the scan it gated (~0.5 ms), and the scan
    finds exactly what those searches would, sentence by sentence."""
    if len(norm) <= SHORT_MESSAGE:
        return (
            P.FAREWELL.exists(norm)
            or R.ANY_SIGNAL.exists(norm)
            or K.might_fire(norm)
            or P.ASKED_OF_ANYONE.exists(norm)  # may be answered for the writer (`ME_TOO`)
        )
    return (
        P.FAREWELL.could_match(norm)
        or R.ANY_SIGNAL.could_match(norm)
        or L.GATE.could_match(norm)
        or P.ASKED_OF_ANYONE.could_match(norm)
    )


def _method_detail(norm: str, ideation: bool) -> bool:
    if U.METHOD_HOWTO.search(norm):
        return True
    if not ideation or not _DIGIT.search(norm):
        return False
    return _quantity(norm) and bool(U.MEANS.search(norm))


# Held by every match of U.METHOD_QUANTITY: a digit then a unit's first letter ("20mg",
# "30 pills"), or "all " then a digit. Both start with a literal or a digit, so `re` skips
# ahead fast; the pattern itself starts with `\b` and is tried at every position.
_UNIT_AFTER_DIGIT = re.compile(r"\d\s*[mgptc]")
_ALL_OF = re.compile(r"all \d")


def _quantity(norm: str) -> bool:
    """`U.METHOD_QUANTITY.search(norm)`, skipped when it cannot match."""
    if not (_UNIT_AFTER_DIGIT.search(norm) or _ALL_OF.search(norm)):
        return False
    return bool(U.METHOD_QUANTITY.search(norm))


def support_due(
    level: RiskLevel,
    now_ms: int,
    last_sent_ms: int | None,
    last_level: RiskLevel | None,
    cooldown_ms: int = SUPPORT_COOLDOWN_MS,
) -> bool:
    """Whether to send a `support` event now: not again within the cooldown, unless risk rose."""
    if level == "none":
        return False
    if last_sent_ms is None or now_ms - last_sent_ms >= cooldown_ms:
        return True
    return level == "urgent" and last_level != "urgent"


def levels_seen(assessments: Iterable[CrisisAssessment]) -> RiskLevel:
    """The highest level among several assessments (e.g. a burst of short messages)."""
    order: tuple[RiskLevel, ...] = ("none", "concern", "urgent")
    return max((a.level for a in assessments), key=order.index, default="none")
