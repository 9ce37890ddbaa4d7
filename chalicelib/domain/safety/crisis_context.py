"""Context tables for the crisis assessment: time, the past, reporting, negation, quoting.

They decide whether a risk phrase found by `crisis_rules` is about the writer, now. Patterns
run on text normalised by `crisis.normalise` (lower case, no apostrophes inside words).
"""

from __future__ import annotations

import re

from chalicelib.domain.safety.crisis_phrases import WISHED_IT_FINISHED
from chalicelib.domain.safety.crisis_regex import Anchored

_rx = Anchored

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

# Anchored (one branch per kind of time), so a sentence is only searched for the kinds whose
# words it holds: as one plain pattern this cost ~10 us per sentence, asked several times.
TIME = _rx(
    r"\b(?:tonight|tomorrow|tomorow|tmrw|tonights the night)\b",
    r"\bthis (?:weekend|evening|afternoon)\b",
    # session 13 and its review: the week said right after an act intended, "thats how im going
    # to die, on my terms, this week", "ill end it by the end of the week" (not a visit, "im
    # going to tell my therapist about wanting to end it all next week", nor "i want to die this
    # week sucks", "im killing myself this week with these double shifts")
    r"\b(?:going to|gonna|will|ill|planning to|plan to|decided to|about to) (?:\w+ ){0,2}(?:die"
    r"|kill myself|end it(?: all)?|end my life|do it|take my life)\b,?(?: [^.!?,]{1,20},)?"
    r" (?:(?:this|next) week|by the end of (?:the|this|next) (?:week|month))\b"
    r"(?=\s*(?:[.!?,;]|$)|\s+(?:and|then|so|i|im|ill|before|after|when|once)\b)",
    r"\bin (?:an|one|a few|two|\d+) (?:hours?|minutes?)\b",
    r"\b(?:when|after|once|while) (?:everyone|everyones|they|theyre|my \w+) (?:is |are |s )?"
    r"(?:all )?"
    r"(?:asleep|goes to sleep|go to sleep|goes to bed|gos to bed|go to bed|leaves?|goes out"
    r"|away|out|at work|at (?:the|their|his|her) \w+)\b",
    r"\b(?:is|will be) the day\b",
    r"\bafter (?:work|school|class|my shift|dinner|the party|tonight)\b",
    # round 87: "unaliving myself after the 4am feed"
    r"\bafter (?:the|my) \d{1,2}(?::\d\d)? ?(?:am|pm)\b",
    # an event named as the moment: "after the funeral", "before exams"
    r"\b(?:after|before|befor) (?:the |this |my )?(?:funeral|weekend|exams?|holidays?|wedding"
    r"|christmas|birthday|results|court date|work|school)\b",
    r"\b(?:when|once) (?:it gets|its) dark\b|\bfor it to get dark\b",
    r"\blater (?:today|tonight)\b",
    # (session 12: not how long it has lasted, "been wanting to kill myself since about tuesday",
    # unless planning is what has lasted: "since tuesday ive been planning how")
    r"\b(?:on |this |next |by |until |after )?(?:(?<!since )(?<!since about )(?<!since last )"
    r"(?<!since like )|(?=\w+,? (?:ive|i have|i|i ve|been) (?:been planning|planning|had|got|known"
    rf"|bought|picked|decided)\b))(?:{WEEKDAYS})\b",
    r"\bon my birthday\b|\b(?:at|after) midnight\b|\bby (?:the )?morning\b",
    # round 90: "on her birthday next week im going to join her", "doing it on his death date"
    r"\bon (?:his|her|their|my \w+s) (?:birthday|death ?date|deathday|anniversary)\b",
    r"\b(?:at|by|before) (?:first light|dawn|sunrise|daybreak)\b",
    r"\b(?:when|once) the house is (?:quiet|empty|asleep|dark)\b",
    # (not an age told before an attempt: "in the ward at 16 after i tried to kill myself")
    r"\bat \d{1,2}(?::\d\d)?(?: ?(?:am|pm|oclock))?\b(?! (?:after|when) i (?:tried|attempted))"
    # (round 87: not a length or a count, "since we lost ellie at 20 weeks ive wanted to ...")
    r"(?!\s*(?:weeks?|wks?|days?|months?|years?|yrs?|percent|%|kg|kilos?|lbs?|stone|miles?|km"
    r"|degrees?)\b)",
)
# Words that turn a feeling with a time ("suicidal tonight") into intent ("going to ... tonight").
INTENT = re.compile(
    r"\b(?:going to|will|ill|plan|planning|planned|about to|ready to|decided|attempt|try to)\b"
)
# A recurring episode or a feeling: "cut myself again tonight", "the sh urges wont quit tonight".
_NOT_AN_ACT = re.compile(
    r"\bagain\b|\b(?:urges?|thoughts?|ideation|cravings?|feelings?|wish|wishing|wished)\b"
    r"|\bthink(?:ing)? about\b|^\W*wanting\b|\brather\b"
    # an urge to self-harm at a time is an urge; wanting to die at a time stays urgent
    r"|\b(?:want|wanting|keep wanting) to (?:cut|hurt|harm|self harm|burn)\b"
    r"|\bbadly\b|^\s*bad\b"  # "so" splits clauses: "want to ... so badly tonight"
    # a time that recurs: "i get suicidal on sunday nights", "around 8 i start wanting to"
    r"|\b(?:start|starts|started) (?:wanting|thinking)\b|\bnights\b|\bevery (?:night|day|week)\b"
    r"|\b(?:dread|dreading|fear|anxiety|worry|worried|panic) (?:of|about|before)\b"
)


def time_of_act(clause: str) -> bool:
    """Whether a clause names a time for what it says will be done. An episode that recurs or
    an urge felt at a time is not a plan, unless intent is stated ("going to ... again
    tonight")."""
    if not TIME.exists(clause):
        return False
    return not _NOT_AN_ACT.search(clause) or INTENT.search(clause) is not None


# Thoughts told as over: "the suicidal thoughts have gone", "the thoughts i had ... have faded".
_THOUGHTS = (
    r"(?:suicidal thoughts|the thoughts|those thoughts|these thoughts|the urges|urges|ideation)"
)
_GONE = r"(?:gone|stopped|faded|disappeared|quiet(?:er)?)"
# Words that turn a recovery story back to now (session 15): the rest of the message holds one.
_TURN_WORDS = (
    r"\b(?:but|back|again|tonight|still|anymore|until|till|stopped|ran out|now|every night"
    r"|plan\w*|date|replaced|jk|rope|pills|stockpil\w*|notes?|want to|wanna|cant afford)\b"
)
_NO_TURN = rf"(?![^\n]*{_TURN_WORDS})"
# Sentence-level context that means the words are not about the writer, now.
# When something happened that is not over: "my attempt was last night", "... on monday".
_RECENT = (
    r"(?:last night|yesterday|today|tonight|this (?:week|morning|month)"
    rf"|on (?:{WEEKDAYS})|(?:\w+ )?(?:days?|hours?) ago)"
)
# Words that bring a sentence told of the past back to now: "in '09 i lost everything and today
# i want to die".
_NOT_OVER = (
    r"(?:today|tonight|still|again|every (?:day|night)|anymore|want|wanna|cant|planning|plan)"
)
# What keeps a stretch of life from being over: "... and now", "... but im still", "... and again".
_STRETCH_NOT_OVER = r"(?![^.!?]{0,60}\b(?:and|but) (?:now|again|im|i am|still|i still)\b)"
PAST = _rx(
    # "it never used to be this bad" is now; "the cliffs where we used to go" names a place
    # (round 60: not a place "which used to be my happy place"; round 65: nor a place others used
    # to go to, "at the cottage we used to rent", while "we used to want to die" stays past)
    r"\b(?<!never )(?<!didnt )(?<!did not )(?<!where we )(?<!where i )(?<!which )(?<!we )(?<!they )"
    # (round 89: not a wish to do it again, "i want to burn myself like i used to")
    r"(?<!he )(?<!she )(?<!you )(?<!like i )(?<!as i )used to\b",
    r"\b(?:we|they|he|she|you) used to\b(?! (?:rent|live|go|share|camp|meet|sit|visit|drive|skate"
    r"|walk|stay|swim|fish|play|hang out|spend|holiday)\b)",
    r"\b(?:years?|yrs?|months?|decades?|a while|a long time)\s+ago\b",  # (round 74: a decade)
    # session 16: "self-harmed all through school." where the sentence ends
    # (session 20: "I was suicidal all through my GCSEs. Now I'm at uni and I actually like my
    # life"; its review: not exams, which may be now; its return told later is crisis._RETURNED,
    # "... all through lockdown. its back again now")
    r"\b(?:self ?-?harmed|self harmed|cut|was suicidal) all through (?:school|uni|college|my teens"
    r"|my twenties|secondary school|high school|sixth form|my gcses|my a ?levels|my degree"
    r"|lockdown|the pandemic)\s*(?:[.!]|$)",
    # session 16: "my old kms posts from 2022 are so hard to read now"
    # (its review: only when they are hard to read now, not "reading my old suicidal posts and i
    # feel the exact same way", "my old kms tweets were right")
    r"\bmy old (?:kill myself|suicidal|suicide|self harm|vent|venting) (?:posts?|tweets?|messages?"
    r"|journals?|diary|diaries|entries|notes)(?: from (?:\d{4}|years ago|school|uni))? (?:are|were)"
    r" (?:so |really |quite )?(?:hard|painful|weird|strange|embarrassing|difficult) to (?:read"
    r"|look at|see)(?: now)?\s*(?:[.!]|$)",
    # round 106: "i had a stash of pills once, long ago" (its review: not "i wanted to die once,
    # long ago, and i want to die now")
    r"\bonce,? long ago\b(?![^.!?]*\b(?:and|but)\b)",
    # round 98 and its review: "i self-harmed as a girl in the 1950s ... im 84" (a youth in a past
    # decade: not "as a teen i feel like nobody gets it", "everyone in the 2020s is drowning")
    r"\bas a (?:girl|boy|kid|child|teenager|teen|young (?:man|woman|lad|lass)) in the"
    r" (?:19\d0|2000)s\b",
    # round 93: "my kms era is long over lol. meds + boxing + therapy, 4 years strong"
    # (its review: a risk era only, not "the honeymoon phase is over and i cant stop thinking about
    # killing myself", nor "thought my kms phase was long over. it isnt")
    r"(?<!thought my )(?<!thought that my )\b(?:kill myself|suicidal|suicide|self harm\w*|cutting"
    r"|unalive|dark) (?:era|phase) (?:is|was|has been) (?:long |well |so |totally |definitely )?"
    r"over\b",
    # round 89 and its review: "old me wouldve said kms after a day like today. now i just run a
    # bath" (not with the feeling now: "... and i want to die because youre gone", "past me would
    # have wanted to die and i do too", "... and today i wished it the whole way home")
    r"\b(?:old me|the old me|past me|younger me) (?:wouldve|would have|would|used to)\b"
    r"(?![^.!?]*\b(?:but|again|still|and i|and today|i do|do too|so do i|tonight"
    r"|now i (?:want|wanna|think))\b)",
    # session 13: "ended up in hospital after trying to end it, years back now" (not "my back")
    # (its review: not "15 years back pain", nor a wish that lasts, "i lost my son years back and
    # i want to die every single day", "i moved here years back and ive wanted to die ever since")
    r"\b(?:years|yrs|decades|a few years|many years|some years) back\b(?! (?:to|in|into|on|then"
    r"|home|from|pain|problems?|injury|injuries|surgery|trouble)\b)"
    r"(?![^.!?]{0,80}\b(?:and|but|yet) (?:now|again|im|i am|still|i still|i want|i wanna|ive"
    r"|i have|i keep|i cant|i think)\b|[^.!?]*\bever since\b)",
    # round 68: "3 years since the bridge. i go past it on the bus every day now" (not "2 days
    # since my attempt")
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?) since (?:the|my)"
    r" (?:bridge|attempt|overdose|od|last attempt|suicide attempt)\b",
    # round 58: "i survived a suicide attempt in 2019" (not "and want to try again": see
    # `past_override`)
    r"\bsurvived (?:a|my|an|the) (?:suicide )?attempt\b",
    # round 61: "old me wouldve sat in the garage with the engine on", "back in the regiment"
    # (not when the sentence comes to now: "back in the army i was fine, now i want to die")
    r"^\W*(?:(?:the )?(?:old|younger) me (?:wouldve|would have|used to)|back in (?:the )?(?:army"
    r"|navy|regiment|forces|marines|military|service|corps|raf))\b(?![^.!?]*\b(?:now|but|still"
    r"|again|this week|tonight|today|lately)\b)",
    # round 59: "my 16-year-old self wrote a goodbye letter and never used it"
    # (not "my 20 year old self was suicidal and my 45 year old self is too")
    r"\bmy (?:\d+|teenage|teen|younger)(?:[ -]year[ -]old)? self\b(?![^.!?]*\b(?:is|am|are"
    r"|still|now|too|again|do|does|wants?|today|tonight)\b)",
    # not "since last christmas" (it runs on to now) nor "last christmas was my last"
    # (round 78: "last march i wanted to die. this march im planting tomatoes")
    r"(?<!since )\blast (?:year|summer|winter|spring|fall|autumn|christmas|xmas|easter|eid|january"
    r"|february|march|april|june|july|august|september|october|november|december"
    r"|ramadan|diwali|hanukkah|thanksgiving|new year|new years|nye)\b(?! (?:was|is) my last\b)",
    # "back in 2019", "back in school" (not thoughts "creeping back in")
    # (round 79: "back in the '98 drought")
    r"\bback in (?:the )?'\d\d\b"
    r"|\bback (?:then|when|in (?:the day|the \d0s|(?:the )?(?:19|20)\d\d|high school|school"
    r"|college|uni"
    r"|my \w+ days|my (?:teens|twenties|thirties|forties|\d0s|youth|childhood)|january"
    r"|february|march|april|may|june|july|august|september|october"
    r"|november|december))\b",
    # "when i was suicidal at uni, what helped was...": a time of life seen from after it
    r"\bwhen i was\b",
    # told from later: "when i first joined this room", "looking back at that person"
    r"\bwhen i first (?:joined|started|came|got here|found|arrived|signed up)\b",
    r"\blooking back (?:at|on) (?:that|those|who|how|the)\b",
    # round 70 and its review: "last drink was the night i tried to take my life" (not "last
    # night was the night i tried ...", "today was the day")
    r"(?<!today )(?<!yesterday )(?<!last night )(?<!tonight )\b(?:was|were) the (?:night|day"
    r"|week) i (?:tried|attempted)\b",
    r"\bas a (?:teen|teenager|kid|child|student|young (?:man|woman|adult|mum|mom|dad))\b",
    r"\b(?:for|during|through|throughout) (?:most of |all of |much of )?(?:19|20)\d\d\b",
    # round 72 and its review: "winter of '89 i nearly took my own life", "came back from helmand
    # in '09" (not "in '09 i lost everything and today i want to die", "the class of '25")
    rf"(?<!class )\b(?:in|of) '\d\d\b(?![^.!?]*\b{_NOT_OVER}\b)",
    # round 72 and its review: "i was admitted after trying to hang myself", "i nearly took my
    # own life" told with no time (not "last night i nearly took my own life", "i almost ended
    # my life, im on the bridge now")
    rf"^(?![^.!?]*\b{_RECENT}\b)[^.!?]*?\bi was (?:admitted|sectioned|hospitali[sz]ed|taken to"
    r" hospital|put on a ward|in hospital) (?:\w+ ){0,3}after (?:trying|i tried|attempting|an"
    r" attempt|my attempt|an overdose|an od|overdosing)\b",
    rf"^(?![^.!?]*\b(?:{_RECENT}|{_NOT_OVER}|now)\b)[^.!?]*?\bi (?:nearly|almost) (?:took|ended)"
    r" my (?:own )?life\b",
    # a school year over: "when i was in year 9" (not "im in year 9 and i want to die")
    r"\b(?:when i was|back|i was|was|were) in year \d{1,2}\b|\bin year \d{1,2} (?:was|were)\b",
    r"\blooking back\s*(?:[.!?,]|$)",
    r"\b(?:for|during|through|throughout) (?:most of |all of |much of )?year \d{1,2}\b"
    r"(?! so far\b)",
    r"\b(?:all )?through (?:first|second|third|fourth|final|my first|my final) year\b",
    # session 19: past risk in a decade of life, where the sentence ends, "i was hospitalised for
    # suicidal depression in my fifties." (its review: not any past fact, "i had my kids in my
    # twenties and ... i just want to end it all"; and not an attempt, which a later sentence may
    # follow with means got since: "i attempted twice in my twenties. ... last week i bought rope")
    r"\b(?:was|were|felt)\b (?:\w+ ){0,4}(?:suicidal|hospitali[sz]ed|sectioned|admitted|on a psych"
    r" ward)\b[^.!?,]{0,40}\bin my (?:teens|twenties|thirties|forties|fifties|sixties|seventies"
    r"|eighties|[2-8]0s)(?: for (?:\w+ ){0,2}\w+)?\s*(?:[.!?]|$)",
    # session 19: "its been a long time since i had suicidal thoughts." where the sentence ends
    # (its review: not something good missed, "its been a long time since i felt happy and i want
    # to die", nor "... since i tried to end it, i have a date set for next week though")
    r"\b(?:its|it has) been (?:a (?:long|good) (?:time|while)|ages|years|months|a decade) since i"
    r" (?:last )?(?:(?:had|felt) (?:suicidal |those |the |any )?(?:thoughts|urges|feelings)(?: of"
    r" (?:suicide|self harm))?|felt suicidal|tried|attempted|cut|self harmed|hurt myself)"
    r"\s*(?:[.!?]|$)",
    r"\b(?:talked|spoke|speaking|talk|wrote|writing) (?:\w+ ){0,5}about my (?:suicide )?attempt\b",
    r"\b(?:the|that) (?:year|time|summer|winter|spring|autumn|month|period) (?:when )?i was\b",
    r"\bthe year before last\b|\bafter my (?:suicide |last |first )?attempt\b",
    # round 78: "sober since my 40th. before that i spent most nights planning how id go" (not
    # "before that i was fine, now i want to die")
    r"\bbefore that,? i (?:spent|was|had|used to|would)\b(?![^.!?]*\b(?:now|but|still|again"
    r"|tonight)\b)",
    # "my suicide attempt was in the army, 1998" (round 52; not "... was last night")
    rf"\bmy (?:suicide |last |first |only )?attempts? (?:was|were|happened)\b(?! {_RECENT}\b)",
    r"\bi spent (?:my|most of my|all of my|much of my) (?:teens|\d0s|twenties|thirties|forties"
    r"|childhood|youth|school years|uni years|early \w+)\b",
    # a stretch of life told as over, by the writer in the past tense: "i was suicidal for most
    # of my 20s", "spent my whole 20s self harming" (not "ive been suicidal for most of my 20s",
    # "i spent my whole 20s fighting this and im tired": those run on to now)
    r"\bi (?:was|felt|had)\b[^.!?]{0,30}?\b(?:(?:for|during|through|throughout) (?:most of |all of"
    r" |much of )?|(?:most|all|much) of )my (?:\d0s|teens|twenties|thirties|forties|fifties"
    r"|teenage years|childhood)\b" + _STRETCH_NOT_OVER,
    r"\b(?:i )?spent (?:my whole|my entire) (?:teens|\d0s|twenties|thirties|forties)"
    r" (?:self\W?harming|cutting|suicidal|in and out of)" + _STRETCH_NOT_OVER,
    r"\bmy (?:suicidal|darkest|worst) years (?:were|was)\b",
    r"\bback in (?:my |the )?(?:first|second|third|final|freshman|sophomore|junior|senior)"
    r" year\b",
    r"\bi was in (?:a|such a) (?:\w+ ){0,2}(?:dark|bad|low|black) place\b",
    # (session 19: not where the writer is now, "im in college and i want to die")
    r"(?<!\bim )(?<!\bi am )(?<!\bstill )(?<!\bcurrently )(?<!\bnow )"
    r"\bin (?:high school|college|uni|university|middle school|my teens|the past|\d{4})\b",
    # a stretch of life that is over: "for most of high school", "all through my teens"
    # (not "since uni started": that runs on to now)
    r"\b(?:of|during|through|throughout|since) (?:high school|middle school|college|uni"
    r"|university|sixth form|my teens|my twenties)\b(?! (?:started|began|begun|start))",
    r"\bmy (?:old|former|past) (?:self\W?harm|cutting|habit|coping|scars|attempts?)\b",
    # an anniversary of recovery: "two years today since i tried", "since i stopped cutting"
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?"
    r"|weeks?|wks|months?|mos|years?|yrs) (?:today |now )?since i (?:last|stopped|quit|tried"
    r"|attempted|was in"
    r" hospital|was admitted|was sectioned|got out)\b",
    r"\bsince i (?:stopped|quit) (?:self ?harming|cutting|hurting myself|harming)\b",
    # "six months since my last suicidal episode" (not "since my last attempt ive been ...")
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?"
    r"|months?|years?) since (?:my |the )?(?:last |first |only )?(?:suicidal |suicide )?(?:episode"
    r"|attempt|relapse|crisis|admission|overdose|self\W?harm|cut|cutting)\b",
    r"\bhow long (?:its been )?since i (?:last|stopped)\b",
    # told from after: "the nights i wanted to die ... feel like someone elses life now"
    r"\b(?:feels?|felt) like (?:someone|somebody) elses life\b",
    # (session 19: not sleep or food gone without, "havent slep in 3 days and i keep thinkng abt
    # endig it all")
    r"\bhavent (?!(?:slept|slep|sleep|eaten|eat|ate|showered|washed|left|spoken|talked)\b)"
    r"(?:\w+ )?(?:in|for|since) (?:\d+|a|one|two|three|four|five|six|ten|over a)"
    r" (?:days?|weeks?|months?|years?)\b",
    r"\b\d+\s+(?:days?|weeks?|months?|years?)\s+clean\b",
    r"\bclean (?:for|since)\b",
    # (round 62: not a recovery that is hard now, "ed recovery is so exhausting i just wanna rage
    # quit life")
    # (session 20: nor a recovery given up on, "fr considering the big sleep, im so done with
    # recovery"; its review: not "hate recovering from a night out", "not giving up on recovering")
    r"\b(?:recover(?:ed|ing)|(?<!done with )(?<!sick of )(?<!tired of )(?<!fed up with )"
    r"(?<!failing at )(?<!hate )recovery)\b(?! (?:is|feels) (?:so |really |very |fucking |just )?"
    r"(?:hard|exhausting|tiring|draining|brutal|awful|much|a slog|too much)\b)",
    r"\b(?<!hadnt )(?<!didnt )surviv(?:or|ed)\b",  # not "i wish i hadnt survived"
    r"\bgot help\b",
    r"\bglad im still here\b",
    r"(?<!says )(?<!say )(?<!said )(?<!saying )(?<!told me )\bit gets better\b",
    r"\bhow far ive come\b",
    r"\bthere was a time\b",
    r"\bat my (?:lowest|worst|darkest)\b",
    # milestones: "one year self harm free", "90 days clean from cutting"
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)"
    r" (?:days?|weeks?|months?|years?) (?:[\w-]+ ){0,2}(?:free|clean)\b",
    r"\b(?:free|clean) (?:from|of) (?:self harm|cutting|sh)\b",
    # recovery told in the past tense: "was my coping for years", "i remember wanting to die"
    r"\b(?:was|were) (?:my|our) (?:only )?(?:coping|way of coping|crutch|escape|habit)\b",
    r"\b(?:was|were)\b[^.]{0,40}\bfor (?:years|many years|months|a decade|ages|a long time)\b",
    r"\bi remember (?:wanting|feeling|being|when|how|thinking|sitting|standing|lying|walking"
    r"|driving|crying)\b",
    r"\b(?:so |really |very )?glad (?:that )?i (?:didnt|never|did not|survived|stayed)\b",
    r"\bglad (?:that )?(?:im|i am) (?:still )?(?:here|alive)\b",
    # an attempt at an age ("i tried to hang myself at 17"): not a time tonight
    # (round 62: "i remember writing a goodbye note at 21. im 29 now")
    r"\b(?:tried|attempted|overdosed|wrote|writing|written)\b[^.!?]{0,40}\b(?:at|aged|at age)"
    r" (?:1[0-9]|[2-9]\d)"
    r"\b(?!\s*(?:am|pm|oclock|o clock|tonight|today|tomorrow)\b|[:.]\d)"
    r"(?![^.!?]*\b(?:now|again|another|tonight|today)\b)",
    # a crisis or a year of it named as over: "my last suicidal crisis was in lockdown",
    # "i spent a year wanting to die. that was 2011"
    r"\bmy last (?:suicidal )?(?:crisis|episode|attempt|relapse|overdose|admission) was\b",
    r"\bi spent (?:(?:a|that|the|one|two|three|\d+) )?(?:whole )?(?:year|years|summer|winter"
    r"|decade)"
    r" (?:wanting|wishing|thinking about|thinking of)\b(?![^.!?]{0,40}\b(?:and|but) now\b)",
    r"\bthat was (?:in |back in )?(?:19|20)\d\d\b",
    # urges told as over: "the urges to self-harm stopped around my second year of dbt"
    r"\burges?\b[^.!?]{0,30}\b(?:stopped|went away|faded|disappeared)\b(?! being)",
    # round 103: "the suicidal thoughts stopped about a year into therapy and havent come back"
    # (its review: not "i havent come back to this group since then, but now theyre back")
    rf"\b{_THOUGHTS} (?:stopped|went away|faded|disappeared|lifted)\b[^.!?]{{0,40}}\b(?:and )?"
    r"(?:havent|have not|never) (?:come back|returned|been back)(?=\s*(?:[.!?,]|$)| since\b"
    rf"| at all\b| for\b){_NO_TURN}",
    # round 64: "the urges to hurt myself that came with it are gone too"
    r"\burges?\b[^.!?]{0,60}\b(?:are|have) (?:all |long |completely )?gone\b(?! (?:back|up)\b)"
    r"(?![^.!?]*\b(?:but|now|want|wanting|suicidal|kill)\b)",
)
# Recovery stated so plainly that "relapsed" or "still" beside it does not make it current.
# A count of days, weeks, months or years: "two years", "a month", "8 weeks".
_HOW_MANY = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
RECOVERED = _rx(
    # (round 101's review: not where the sentence goes on to risk, "now the thoughts are gone, and
    # im so tired of being alive anyway")
    rf"\b{_THOUGHTS} (?:are|have|has) (?:all )?{_GONE}\b"
    r"(?![^.!?]*\b(?:tired of|sick of|anyway|but)\b)",
    # session 15: "coming out of the suicidal stuff took me 4 years"
    r"\b(?:coming|getting|climbing|crawling) out of (?:the|my|that) (?:suicidal|self harm|dark)"
    rf"(?: \w+)? took me\b{_NO_TURN}",
    # (session 15: "the suicidal thoughts are long gone"; its review: not where the message turns,
    # "... are completely gone, replaced by this calm. ive picked the date", "... but tonight")
    rf"\b{_THOUGHTS} (?:are|have|has) (?:long|completely) {_GONE}\b{_NO_TURN}",
    r"\b(?:clean|free) (?:since|for)\b",
    # "free of suicidal thoughts for 6 months now" (round 53; not "i want to be free of them")
    # (session 16: "clean from self-harm for 500 days")
    r"(?<!\bbe )(?<!was )(?<!were )\b(?:free|clean) (?:of|from) (?:the |my |any )?(?:suicidal"
    r" thoughts|suicidal|self\W?harm|cutting|urges?|thoughts)(?: \w+){0,2} (?:for|since)"
    # (session 17: "clean from self-harm since freshers week 2021")
    r" (?:(?:\w+ ){1,3}(?:19|20)\d\d(?=\s*(?:[.!]|$))|(?:about |around |roughly |nearly |almost"
    r" |over )?(?:\d+"
    r"|a|one|two|three|four|five|six|seven|eight|nine|ten|over a|almost a|nearly a))\b"
    r"(?: \w+)?(?: now)?"
    r"(?![^.!?]{0,60}\b(?:then|until|til|till|now|again|relapsed?|back|but)\b)",
    # (session 12: "1 year self harm free today", "2 yrs self harm free as of this morning")
    rf"\b{_HOW_MANY} (?:days?|weeks?|wks?"
    r"|months?|mths?|years?|yrs?) (?:[\w-]+ ){0,2}(?:clean|free)\b"
    r"(?! (?:gone|over|ruined|broken|lost|down)\b)"
    # (its review: not when the sentence goes on to risk now, "8 months self harm free and
    # tonight i have the blade in my hand", "6 months clean and i want to die")
    # (what the streak is from is not a turn back: "two years clean from cutting")
    r"(?:(?= (?:from|of) (?:self ?-?harm\w*|cutting|sh|burning|hurting myself|harming myself)\b)"
    # (session 16: "was 2 yrs clean n now this"; its review: not "... n now i actually like myself")
    r"|(?![^.!?]*\b(?:tonight|and now|n now (?:this|i (?:want|wanna|cant|keep|need))|blade|razor"
    r"|rope|pills|want to|wanna|cut|cutting"
    r"|burn\w*|hurting|hitting|relapsed?|suicidal|kill|end it|note|knife|need to|creeping back"
    r"|coming back|creeping in)\b))",
    # session 12: "milestone: 6 months since my last suicidal thought", "my sister pulled me out of
    # a really dark place in my first phd year when id stopped eating and was hurting myself"
    # (not "... but tonight", "... and i want to try again")
    rf"\b{_HOW_MANY} (?:days?|weeks?|months?|years?|yrs?) since (?:my|the) last (?:suicidal"
    r" thoughts?|attempt|relapse|self harm|episode|cut)\b"
    r"(?![^.!?]{0,60}\b(?:but|until|till|and now|again|tonight|today i|want|wanna)\b)",
    r"\b(?:pulled|got|dragged|helped) me out of (?:a|the|that|my) (?:\w+ ){0,2}(?:dark|bad|black"
    r"|low|hard) (?:place|time|hole|patch|spot)\b"
    r"(?![^.!?]{0,80}\b(?:again|now|still|tonight|but|today)\b)",
    # session 12: "the grief is still here, the wanting to die isnt"
    # (its review: not "the urges are gone but the wanting to die isnt", isnt gone)
    r"\bstill (?:here|with me)\b[^.!?]{0,40}\bthe (?:wanting to die|wish to die|urge to die"
    r"|suicidal) (?:part |bit |feeling |thoughts )?(?:isnt|is not|arent|are not)\s*(?:[.!?]|$)",
    # round 59: "two years out from my last relapse with self harm"
    rf"\b{_HOW_MANY} (?:years?|months?)"
    r" out from my last (?:relapse|attempt|admission|episode|overdose)(?: with [\w ]{1,20})?"
    r"\s*(?:[.!?]|$)",
    # round 58: "three hundred days since i last hurt myself"
    r"\b(?:\d\d+|hundred|weeks|months|years|a year|a month) (?:days |weeks |months )?since i"
    r" (?:last )?(?:hurt myself|cut|self harmed|harmed myself|tried|attempted|overdosed"
    # (session 12: "its been two years since i was suicidal")
    r"|(?:was|felt) suicidal)\b"
    r"(?![^.!?]{0,40}\b(?:but|until|till|and now|again|tonight|today)\b)",
    r"\b(?:therapy|treatment|counselling|counseling|my meds|medication|they|she|he)"
    r" (?:got|helped|pulled) me through\b",
    # care that worked, told as a whole story: "the ward saved my life", "therapy helped me"
    r"\b(?:therapy|treatment|counselling|counseling|the ward|hospital|the hospital|dbt|cbt"
    r"|my therapist|recovery|my meds|medication) (?:really |honestly |literally )?"
    r"(?:saved my life|helped me)\b",
)
# How urges felt now are told: "the sh urges are brutal tonight".
_URGES_NOW = (
    r"(?:insane|crazy|bad|strong|intense|loud|awful|unbearable|brutal|relentless|overwhelming"
    r"|horrible|terrible|screaming|eating me alive|killing me|out of control|getting worse"
    # round 60: "sh urges hitting hard tonight"
    r"|worse|hitting hard|hitting me hard|hitting so hard)"
)
# A relapse told as recent (not "relapsed ... last spring") ends a "months clean" story.
RELAPSE = re.compile(
    # round 58: "ive gone back to hurting myself on my arms like i used to at uni"
    r"\b(?:(?:ive|i have|im|i am) (?:gone|going) back to (?:cutting|self harming|harming myself"
    # (session 12: not "first exam season without relapsing")
    r"|hurting myself|burning myself)|(?<!out from my last )(?<!since my last )(?<!without )"
    r"(?<!not )(?<!no )relaps(?:e|ed|ing)"
    r"|slipped up|broke my streak"
    # round 79: "cuting agian after 2 months clean"
    r"|(?:cutting|cut|self harming|self harmed|burning|burned|hurting myself|hurt myself) again"
    r" after"
    r"|(?:ive |i have |i )?started (?:cutting"
    r"|self harming|harming|hurting myself|burning) again|(?:want|wanting|urge|urges|tempted)"
    r" to (?:self harm|cut|hurt myself|burn myself)\w* again)\b(?![^.!?]{0,30}\b(?:last (?:year"
    # (session 17: "had a relapse with burning myself 3 years back")
    r"|spring|summer|autumn|fall|winter|month)|ago|(?:years|yrs|months|decades) back"
    r"|in (?:19|20)\d\d|back in|in the (?:spring"
    r"|summer|autumn|fall|winter)\b(?!\W+(?:and|but) now)|in (?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december))\b)"
    # or one about to happen: "40 days clean and im about to break it"
    r"|\b(?:about to|going to|so close to|close to|want to|gonna) (?:break(?:ing)? (?:it|my"
    r" streak|the streak)|relaps(?:e|ing)|slip(?:ping)?|los(?:e|ing) (?:it|my streak|the"
    r" streak)|cave|caving|give in|giving in)\b"
    # the streak giving way: "the sh urges are back bad, 47 days clean and it is slipping"
    r"|\b(?:streak|clean streak|recovery) (?:is |feels )?slipping\b|\burges? (?:are |is |r )?back\b"
    r"|\bfeel (?:it|my streak|my recovery) slipping\b|\burges? again\b"
    rf"|\burges? (?:so+|real|really|rly|very|super) {_URGES_NOW}\b"
    # round 58: "sh urges insane rn, like 2 months clean"
    rf"|\burges? {_URGES_NOW} (?:right now|tonight|today)\b"
    r"|\b(?:cant|cannot|can not) (?:stop|fight|shake|ignore) (?:the|these|this|my) urges?\b"
    r"|\b(?:itch|urge|pull|craving)\b[^.!?]{0,60}\b(?:is|are) back\b"
    rf"|\burges? (?:are|is|r) (?:so+ |real |really |rly |very |super )?{_URGES_NOW}\b"
    r"|\burges? (?:are |is )?(?:through the roof|off the charts|off the scale)\b"
    r"|\b(?:been )?wanting to (?:self harm|cut|hurt myself) again\b"
    r"|\burges? to (?:cut|self harm|hurt myself) again\b"
    rf"|\burges?\b[^.!?]{{0,25}}\b(?:are|is|r) (?:so+ |real |really |rly |very |super )?"
    rf"{_URGES_NOW}\b"
    r"|\burges? to (?:self harm|cut|hurt myself|burn) (?:is|are) back\b"
    # an urge now beside a streak: "want to s/h right now so bad, was 40 days clean"
    r"|\b(?:want|need|urge) to (?:self harm|cut|hurt myself|burn myself)\b(?=[^.!?]{0,20}\b"
    r"(?:right now|so bad|so badly)\b)"
)
# Round 73 and its review: the past or a recovery told in a sentence that the rest of the message
# may still bring back to now, so each is read with what follows it (`over_unless_later`):
# "remember when i posted here about wanting to die? im in toronto now" (not "... its happening
# again"), "i was suicidal most of 2021" (not "... it came back this week"), "500 days since the
# last time i hurt myself" (not "... relapsed today"), "the illness isnt gone but the
# wanting-to-die part is".
OVER_UNLESS_LATER = _rx(
    # session 20: "My worst suicidal stretch was my first year after coming out. Found a
    # queer-affirming mosque and things turned around." (not "... was last week")
    r"\bmy (?:worst|darkest) (?:suicidal |dark )?(?:stretch|period|patch|spell|phase|years?"
    r"|months?) (?:was|were) (?!(?:last|this|yesterday|today|recently|now|right now|earlier|never"
    r"|always|still|constant)\b)",
    # session 20: "It's been so long since I had a suicidal thought that I almost forgot what it
    # felt like.", "Throwback to when I thought I'd never want to live again - this week I booked
    # my first holiday ..." (its review: with what follows, "... so why do i keep googling how many
    # pills it takes?", "... except im thinking about it right now")
    r"\b(?:its|it has) been so long since i (?:last )?(?:(?:had|felt) (?:a |any )?(?:suicidal"
    r" )?(?:thoughts?|urges?|feelings?)|felt suicidal|tried|attempted|cut|self harmed|hurt"
    r" myself) that i (?:almost |nearly |practically )?forgot (?:what it felt like|how it felt)\b",
    r"\bthrowback to (?:when |the (?:time|days?|year|night|months?) (?:when )?)i\b",
    # session 16: "twenty years since i last self-harmed", "18 months since i was discharged from
    # inpatient after being suicidal", "those suicidal years feel like another persons life now"
    # (its review: with what follows, "... self-harmed. i have the blade in my hand right now",
    # "... discharged from the ward and i want to die"; a discharge from care only, not the army;
    # not someone's words, "my friend says those suicidal years ...")
    # (and where the sentence ends: not "a month since i last self-harmed, the urge to cut is
    # unbearable", "... another persons life and yet i keep thinking about dying")
    rf"\b(?:{_HOW_MANY}|twenty|thirty|forty|fifty|hundred) (?:days?|weeks?|months?|years?) since i"
    r" (?:last self-harmed|was discharged from (?:inpatient|hospital|the ward|the unit|the psych"
    r" ward|the mental health unit)(?: after (?:being suicidal|an attempt|my attempt))?)"
    r"\s*(?:[.!]|$)",
    r"(?<!says )(?<!said )\b(?:those|the|my) (?:suicidal|self harm|dark|darkest) (?:years|days"
    r"|times|months|period|phase) (?:feel|feels|seem|seems) like (?:another|a different"
    r"|someone elses|somebody elses) (?:persons |womans |mans )?(?:life|lifetime|world)(?: now)?"
    r"\s*(?:[.!]|$)",
    # session 16: "eighteen months since my last drink, and since the night i stood on that
    # bridge." (read with what follows)
    # (its review: only after a count since a last drink or use, not "i want to die every day
    # since the night i climbed that ledge.")
    rf"\b(?:{_HOW_MANY}|eighteen|fifteen|twenty) (?:days?|weeks?|months?|years?) since my last"
    r" (?:drink|drunk|use|hit|bet|line|cigarette|relapse),? and since the (?:night|day|time) i"
    r" (?:stood on|was on|climbed|went up|went to) (?:that|the) (?:bridge|roof|ledge|edge|cliff"
    r"|cliffs|tracks)\s*(?:[.!]|$)",
    # session 17: "had a relapse with burning myself 3 years back, but ive been stable since." (read
    # with what follows: "... stable since... until this week. ive got a rope again")
    r"\b(?:years|yrs|decades) back,? (?:but|and) (?:ive|i have) been (?:stable|clean|well|good"
    r"|fine|ok|okay|better|free|sober|safe) (?:ever )?since\s*(?:[.!]|$)",
    # session 16: "i once truly believed my family would be better off without me. i was wrong,
    # and im well now."
    r"\bi once (?:truly |really |honestly |genuinely )?(?:believed|thought|felt)\b",
    # round 98 and its review: decades free, "forty years free of self-harm this spring" (not when
    # the message turns back: "thirty years free of self-harm. but last night i stood on the
    # bridge ... im going back tonight")
    r"\b(?:twenty|thirty|forty|fifty|sixty) years (?:free|clean)\b",
    # round 88 and its review: "what helped me stop self harming was holding ice ... been over 2
    # years now" (not "what would help me stop cutting", nor when it turns back in the sentence or
    # after it: "... was my therapist. i cant afford her anymore so im cutting daily")
    r"\b(?:what|which|that|this|it|that is what|thats what) (?:really )?helped me (?:to )?stop"
    r" (?:self ?-?harming|cutting|hurting myself|harming myself|burning myself)\b(?![^.!?]*\b(?:but"
    # (session 16: not "a sponsor who texted every morning")
    r"|again|tonight|lately|recently|want|relapsed?|keep|daily|every(?! morning)|ran out|anymore"
    r"|cant)\b)",
    # round 87 and its review: "the suicidal thoughts stopped about 4 months into treatment" (not
    # when they came back, in the sentence or after it: "... went away with medication. now im off
    # it and theyre here every night")
    rf"(?:the |my )?{_THOUGHTS} (?:stopped|went away|faded|eased|lifted|left)(?: about| around)?"
    r"(?: \w+){0,3} (?:into|after|on|with|once i started) (?:the )?(?:right )?(?:treatment|therapy"
    r"|meds|medication|counselling|counseling|antidepressants)\b(?![\s\S]*\b(?:back|again"
    r"|returned|returning|tonight|lately|recently|but|now|still|every night|most nights"
    r"|constantly|this week|for a while|for them|not me|ran out|off (?:it|them)|want to die"
    r"|cut|ending it)\b)",
    r"\bremember when i\b",
    # session 12 and its review: "three christmases ago i wrote a goodbye note", "three years since
    # my last bet and since the night i wrote a goodbye note" (not "... and this year i wrote
    # another one", "two summers ago i overdosed. im stockpiling again")
    r"\b(?:christmases|birthdays|summers|winters|springs|autumns|easters|ramadans|diwalis|eids)"
    r"\s+ago\b(?![^.!?]*\b(?:another|this year)\b)",
    r"\b(?:years?|yrs?|months?|decades?)\b[^.!?]{0,40}\bsince the (?:night|day|time) i\b"
    r"(?![^.!?]*\b(?:another|more|saved|this year)\b)",
    r"\bi (?:was|felt|had)\b[^.!?]{0,30}?\b(?:(?:for|during|through|throughout) )?(?:most|all"
    r"|much) of (?:19|20)\d\d\b",
    # (session 12: "one year since i left him and one year since the last time i hurt myself")
    r"\b(?:\d\d+|hundred|weeks|months|years|(?:a|one) year|(?:a|one) month)"
    r" (?:days |weeks |months )?since the last time i (?:hurt myself|cut|self harmed"
    r"|harmed myself|tried|attempted|overdosed)\b",
    # (round 74: "the suicidal thoughts i had every day while i was drinking have completely
    # gone", not "... but tonight theyre back", "... but i bought a rope today")
    rf"\b{_THOUGHTS} i had(?: [\w ]{{1,40}}?)? (?:are|have|has) (?:all |completely |totally"
    rf" |finally )?{_GONE}\b",
    # round 75 and its review: "i was suicidal during my first pregnancy, properly" (not "... im
    # having those thoughts again this week"); "my scars from the self harm days have faded" (not
    # "i miss the self harm days", "remember those suicidal days? yeah theyre back")
    r"\bi (?:was|felt|had)\b[^.!?]{0,30}\b(?:during|through|throughout) my (?:first|second"
    r"|previous|earlier|old) \w+\b",
    # round 76: "i was suicidal my whole first year abroad. what pulled me through was my gp"
    r"\bi (?:was|felt)\b[^.!?]{0,30}\b(?:(?:my|the) whole|(?:my|the) entire|all of my|all my)"
    r" (?:first |second |final |last )?(?:year|term|semester|degree|pregnancy|marriage|teens"
    r"|twenties|childhood|month|months|week|weeks|winter|summer)\b",  # (round 78: "the whole")
    # round 78: "last time i self harmed was the night before i went into rehab", "before that i
    # spent most nights planning how id go", "the thoughts of ending it faded after i started meds"
    r"\b(?:the )?last time i (?:self harmed|cut|hurt myself|harmed myself|tried|attempted"
    r"|overdosed|relapsed) was\b",
    # (its review: not "... never faded", "... havent faded", "i wish the thoughts ... stopped")
    # (session 20: "For me the suicidal thoughts faded once I got the right meds and a good
    # therapist.", which had been urgent: the meds read as means)
    # (its review: where the sentence ends or tells what helped, not "... stopped when i decided
    # on a date", "... eased because i know ill be gone by sunday", "... cant be stopped")
    r"(?<!wish )\bthe (?:suicidal|dark|self harm) (?:thoughts|urges|feelings) (?:have |had"
    r" |finally |slowly |gradually |eventually )?(?:faded|stopped|went away|disappeared|eased"
    r"|lifted)(?=\s*(?:[.!]|$)| (?:once|after|when|since) i (?:got|started|found|began|went|had"
    r"|joined|moved|met)\b| (?:with|through|thanks to) (?:therapy|meds|medication|treatment|help"
    r"|time|support)\b)",
    r"(?<!wish )\bthe (?:thoughts|urges) (?:of|about)"
    r" (?:(?!never |havent |hasnt |didnt |not )\w+ ){1,3}(?:faded|stopped|went away|disappeared"
    r"|eased|lifted)\b",
    r"(?<!miss )(?<!missing )\b(?:the|my|those) (?:self harm|cutting|suicidal|overdose) days\b",
    # round 79: "my scars from self harming are faded now"
    r"\bmy scars (?:from|of) (?:self harm\w*|cutting|the self harm days) (?:are|have) (?:all )?"
    r"(?:faded|healed|white|silver)\b",
    r"\b(?:isnt|is not|arent|are not|hasnt|havent) (?:gone|over|fixed|better|cured)\b[^.!?]{0,10}"
    r"\bbut the (?:[\w-]+ ){1,4}(?:part|bit|side|thoughts?|urges?) (?:is|are|has|have)"
    r"\s*(?:[.!?]|$)",
)
# What brings it back, in the same sentence or after it (not a bare "now": "im in toronto now").
BROUGHT_BACK = re.compile(
    # (round 76's review: means or a place of risk after it, "... ive been looking up overdoses",
    # "... im writing this from the roof")
    r"\b(?:pills|rope|overdoses?|looking up|roof|bridge|tracks|blades?|razors?|knife)\b"
    # (round 78: a recent time, "the last time i cut was last night", but not a bare "today" or
    # "not looking back": "month 6 now and i actually laughed at a joke today")
    # (session 16: not a safety or crisis plan, "... a safety plan on the fridge ... 5 years")
    # (session 20: not coping kept at hand, "i still keep ice cubes and the butterfly method in my
    # back pocket, just in case")
    r"|\b(?:tonight|still(?! (?:keep|carry|use|do) (?:my |the |a )?(?:ice|elastic|rubber band"
    r"|butterfly|grounding|breathing|safety plan|crisis plan|coping))|again|every (?:day|night)"
    r"|anymore|want|wanna|cant|planning"
    r"|(?<!safety )(?<!crisis )plan"
    r"|(?:and|but) now|now (?:its|im|i|it)|mean it|meant it|never left|stopped|came back"
    r"|(?<!looking )(?<!never going )back(?! pocket)|this week|lately|recently|until|till"
    r"|relapsed?|then"
    # (session 20's review: "... except im thinking about it right now", "... wish id gone
    # through with it tbh")
    r"|right now|except|wish (?:i|id|i had|id have) (?:\w+ )?(?:gone through|went through|done it"
    r"|finished|succeeded|died)"
    r"|did it|i did|yesterday|happening|the only|suicidal|self harm\w*|cutting|want to die"
    r"|wanna die|last night|this (?:morning|month)|(?:was|did|since) today|today i"
    rf"|(?:\w+ )?(?:days?|hours?) ago|(?:on|last) (?:{WEEKDAYS}|week|weekend))\b"
)
# A denial is also taken back by a "but": "... never been on the table but the table keeps
# getting closer".
BROUGHT_BACK_OR_BUT = re.compile(rf"{BROUGHT_BACK.pattern}|\bbut\b")


def over_unless_later(
    rx: Anchored, sentence: str, norm: str, back: re.Pattern[str] = BROUGHT_BACK
) -> bool:
    """Whether `sentence` tells of the past or a denial (`rx`: `OVER_UNLESS_LATER`, or
    `crisis_frames.DENIED_UNLESS_LATER` with `BROUGHT_BACK_OR_BUT`, or a figure of speech,
    `crisis_frames.METAPHORICALLY` with `LITERALLY`) and nothing in it or after it in the
    message brings it back (`back`)."""
    m = rx.search(sentence)
    if m is None or back.search(sentence, m.end()):
        return False
    at = norm.find(sentence)
    return at < 0 or back.search(norm, at + len(sentence)) is None


# No laugh later in the sentence (session 19's present told after the past, below).
_NO_LAUGH_AFTER = r"(?![^.!?]*\b(?:lol|lmao|haha\w*|jk)\b)"
PAST_OVERRIDE = re.compile(
    r"\b(?:again|lately|recently|these days|coming back|creeping back|are back|is back|its back"
    r"|(?<!ago )tonight"
    r"|right now|ive started|i have started|ive begun)\b"
    # round 60: "dad comited suicide 2 yrs ago today and now im having the same thots"
    r"|\band now (?:im having|i am having|i keep|i cant stop|im thinking|i am thinking)\b"
    # round 66: "my mum used to self harm and now i want to hurt myself too" (not "... and now i
    # want to live")
    r"|\band now i (?:want|wanna|need) (?:to )?(?:hurt|kill|end|die|cut|harm|do it|disappear)\b"
    # session 19: the present told after the past, "i went through hell in my teens and im planning
    # to kill myself on friday", "i was raped in my teens and i want to die"
    # (its review: of the writer's life, not "... and im planning to end it" of a journal or
    # therapy, "... and im going to die at this 5k", "... and i want to die of old age", "... and
    # i want to die? no", nor with a laugh)
    r"|\band (?:im|i am) (?:planning|going|gonna) (?:to )?(?:kill myself|end my life"
    rf"|take my (?:own )?life|overdose)\b{_NO_LAUGH_AFTER}"
    r"|\band i (?:just )?(?:want|wanna) to (?:die|kill myself|end my life|hurt myself)\b"
    rf"(?! (?:of|in|at|when|just|peacefully|laughing)\b|\s*\?){_NO_LAUGH_AFTER}"
    r"|\bstill\b(?!\s+(?:here|alive|standing|around|breathing))"
    # session 16: "i survived him but i dont think i want to survive much longer"
    r"|\bi (?:dont|do not) (?:think i )?want to (?:survive|be alive) (?:much|any) longer\b"
    # session 16: "i want to hurt myself for what i put my kids through when i was using"
    r"|\bi (?:want|wanna|need) to (?:hurt|punish|harm|kill) myself for (?:what|everything) i\b"
    # round 67: someone's saying, not the writer's past ("thinking about punching my ticket, as my
    # old sarge used to say")
    r"|\bas (?:my |the |our |his |her )?(?:old |late |dear )?\w+ used to (?:say|put it|call it)\b"
    r"|\bstopped being (?:a )?jokes?\b"  # "the jokes stopped being jokes a while ago"
    # round 52: "the old habit is calling me, the one i used to hide, and i dont know how long
    # ill hold out"
    r"|\b(?:is|are|keeps?|been) calling (?:me|my name|to me)\b"
    r"|\b(?:planning|plan) the next (?:one|attempt)\b|\bthe next attempt\b"
    r"|\b(?:dont|do not|not sure|no idea) (?:know )?how (?:much )?longer? (?:i can|ill|i will|i"
    r" could) (?:hold (?:out|on)|last|hang on|resist|keep (?:going|this up))\b"
    r"|\bi (?:just )?wish i (?:hadnt|had not|didnt)\b"  # "i wish i hadnt survived last year"
    r"|\bi (?:just )?wish (?:i had|id|i would have|i wouldve) (?:just )?died\b"
    r"|\bwish (?:the|my|that) (?:overdose|od|suicide attempt)\b"  # round 55
    rf"|\b{WISHED_IT_FINISHED}"  # round 92: "i wish the sepsis last year had finished the job"
    # "since my brother did suicide last year, i think about suicide too, every day"
    r"|\bi (?:think|feel|want|cant stop|keep)\b[^.!?]{0,40}\b(?:every (?:day|night)|all the time)\b"
    # round 75 and its review: "widowed last spring, and honestly i want to die most nights now"
    # (not "i think im doing much better most days", "i feel safe most nights now")
    r"|\bi (?:want|wanna|wish)\b[^.!?]{0,20}\b(?:die|dead|gone|end it|kill myself)\b[^.!?]{0,20}"
    r"\b(?:most (?:days|nights)|(?:days|nights) now)\b"
)
# The present after a streak (round 55): "40 days clean and i still keep thinking i want to kill
# myself" (not "2 years clean and still going strong").
STILL_NOW = re.compile(
    # (round 71: "6 months clean from cutting and tonight i keep thinking i want to kill myself")
    r"\b(?:still|again|now|tonight|today|right now|lately)\b(?: \w+){0,4} (?:want|wanting|keep"
    r"|thinking|think about|urges?|cut|cutting|suicidal)\b"
    # round 74: "i keep wanting to cut myself again after 2 years clean"
    r"|\bi (?:keep|cant stop) (?:wanting|thinking about|getting urges)\b"
)
_NEVER_BEFORE = re.compile(r"\bnever (?:\w+ ){1,3}$")


def past_override(text: str) -> bool:
    """Whether something in `text` says the past is not over (`PAST_OVERRIDE`), except an
    "again" that ends a belief ("i thought id never laugh again")."""
    for m in PAST_OVERRIDE.finditer(text):
        if m.group() != "again" or not _NEVER_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            return True
    return False


REPORTED = _rx(
    # (session 16: not the writer's illness or voices, "postnatal depression is telling me to kill
    # myself")
    r"(?<!depression is )(?<!depression keeps )(?<!brain is )(?<!brain keeps )(?<!head is )"
    r"(?<!heads )(?<!brains )(?<!head keeps )(?<!mind is )(?<!minds )"
    r"(?<!voices are )(?<!voices keep )(?<!voice is )(?<!voice keeps )(?<!illness is )"
    r"\b(?:told|tells|telling|asked|asks|asking|wants|wanted) (?:me|us) (?:to|if|whether|what"
    r"|how|why|about)\b"
    # others' guesses and questions: "people assume i want to die", "asked about suicidal"
    # "people assume that because im depressed i must want to kill myself" (round 55)
    r"|\b(?:assume|assumes|assumed|assuming) (?:that )?(?:because (?:\w+ ){1,4})?(?:i|im|i am)\b"
    r"|\b(?:asked|asks|asking)"
    r" about\b"
    r"|\b(?:told|tells|telling|admitted|confided|said) (?:to )?(?:me|us) (?:that )?(?:he|she"
    r"|they|hed|shed|theyd|hes|shes|theyre|theyve|theyd)\b"
    r"|\b(?:asked|asking|ask|asks)(?: \w+){0,4} (?:if|whether)\b"
    r"|\b(?:he|she|they|someone|somebody|people) (?:said|says"
    r"|keep saying|keeps saying)\b"
    # round 66's review: words told right before the match ("in the song she goes if i died
    # would anyone notice", "my son asked me if i died would anyone miss me")
    r"|\b(?:he|she|they|song|line|lyric) (?:goes|went)\s*$"
    # (round 71's review: "my friend keeps texting me i need to cut")
    r"|\b(?:asked|asks|asking|texting|texted|texts|messaging|messaged) (?:me|us)\s*$",
    r"\b(?:joking|jokes|joked|joke|meme|memes|memeing) about\b",
    # a resource on the subject (round 54): "mind.org.uk has a decent page on self-harm"
    r"\b(?:page|article|leaflet|guide|factsheet|info|information|resources?|website|section"
    r"|chapter|course|training|module|workshop|webinar|podcast|documentary|research|statistics"
    r"|lecture) (?:on|about|covering|around) $",
    # session 13: someone else in a story, "our facilitator shared a story about a carer who
    # self-harmed for years"
    r"\b(?:story|film|movie|book|novel|documentary|video|post|article|podcast|episode|show|talk"
    r"|thread) about (?:a|an|the|this|some|one) (?:\w+ ){1,2}who $",
    # session 16: "reading the body keeps the score and the bit about survivors who attempted
    # suicide hit hard"
    r"\bthe (?:bit|part|section|chapter|passage|scene) about (?:\w+ ){1,2}who $",
    # session 15: a passage of a book or song, "reading redeployment ... and a line about wanting
    # to die hit hard", "the bell jar and esthers parts about wanting to die"
    # (not "the part about wanting to die is me every night")
    # round 101: "the part where jamison describes wanting to die in her depressions" (its review:
    # not the writer's own telling, "ive described wanting to die to my gp", "my journal
    # describes ...", "the poem i wrote describes ...")
    # session 16: "just read the part in the bell jar where esther wants to die"
    r"\bthe (?:part|bit|scene|chapter|passage|line) in (?:[a-z]+ ){1,5}where (?!i\b)[a-z]+ $",
    r"\b(?:where|when|how) (?:she|he|they|the (?:author|narrator|writer|character|poet)"
    r"|(?!i\b)[a-z]+) (?:describes|described|depicts|depicted|portrays|portrayed) $",
    # (round 100's review: not the writer's own, "i write verses about wanting to die")
    r"(?<!write )(?<!wrote )(?<!writing )(?:\ba (?:line|passage|scene|chapter|song|poem)"
    r" |\b(?:lines|parts|passages|scenes|chapters|lyrics) )about $",
)
# Recovery told about the present, for the whole message: "got treatment and im well now".
# How long ago, told from later: "ten years on, i ...", "fifteen years later ive ...".
_A_FEW = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|a few)"
_MANY = (
    r"(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
    r"|thirty|forty|fifty)"
)
_LATER = r" (?:years?|months?) (?:on|later)\b,? (?:and )?"
RECOVERY_NOW = _rx(
    r"\b(?:im|i am|im doing|i am doing|doing) (?:(?:so|much|a lot|really|way) ){0,2}(?:well"
    r"|better|good|fine|okay|ok) now\b",
    r"\b(?:im|i am) in a (?:much |far )?(?:better|good|great) place now\b",
    # session 17: "i was burning myself with cigarettes during my first winter here. it stopped 3
    # years ago, the scars remind me how far i came."
    # (its review: "it" only with the scars or how far after it, not "it stopped 2 months ago, the
    # funding for my therapy")
    r"\b(?:(?:it|that)(?= stopped [^.!?]{0,25}\bago\b[^.!?]{0,30}\b(?:scars?|how far))|the"
    r" (?:cutting|burning|self harm\w*)) stopped (?:\d+|a few|two|three|four|five|six|seven|eight"
    rf"|nine|ten|many) (?:years|months) ago\b{_NO_TURN}",
    # round 102: "back in a-levels i was suicidal almost every day. now im 26 and genuinely happy"
    rf"\bnow (?:im|i am) (?:\d\d|in my \w+ties) and (?:genuinely |really |actually |so )?(?:happy"
    rf"|well|thriving|okay|ok|fine|doing (?:well|great|good))\b{_NO_TURN}",
    # round 101: "i was where some of you are, wanting to die every day ... its been years, and
    # those thoughts are gone"
    # (its review: not "... i cut myself yesterday though", nor "now the thoughts are gone, and im
    # so tired of being alive anyway")
    rf"\b(?:its been (?:years|a long time|a while)|years later),? (?:and )?{_THOUGHTS}"
    rf" (?:are|have) (?:all |long |completely )?{_GONE}\b{_NO_TURN}"
    r"(?![^\n]*\b(?:yesterday|though|anyway|cut\w*|hurt\w*|die|dead|kill\w*|tired of|sick of)\b)",
    # session 15: "coming out of the suicidal stuff took me 4 years ... feeling solid these days"
    rf"\b(?:(?:im|i am|been) )?feeling (?:solid|stable|well|good|steady) (?:these days|nowadays)\b"
    rf"(?!,? (?:but|except|until|til)\b){_NO_TURN}",
    # round 94: "a couple winters ago i was suicidal every night. what changed it was therapy and a
    # friend who kept dragging me into vc"
    r"\bwhat (?:changed it|changed things|turned it around|got me through|pulled me through"
    r"|helped me through it) was\b"
    r"(?![^\n]*\b(?:but|back|again|tonight|still|anymore|until|till|stopped|ran out)\b)",
    # (session 15: "i was suicidal for most of a year. what helped: a gp who actually listened";
    # its review: not "what helped: nothing, the rope's in the car", "what helped me was planning
    # it", "... i cant afford them now")
    rf"\bwhat (?:really )?helped(?: me)?(?: was\b|:)(?! nothing| planning)(?![^\n]*{_TURN_WORDS})",
    # round 93: "i was suicidal the year after dads stroke. it passed with therapy and proper
    # respite" (its review: not "... it passed with time but tonight its back")
    r"\b(?:it|they|that|the thoughts|the urges|the feelings) (?:passed|went away|faded|lifted)"
    r" with (?:therapy|time|meds|medication|treatment|help|support|counselling)\b"
    r"(?![^\n]*\b(?:but|back|again|tonight|still|anymore)\b)",
    r"\bnow (?:im|i am) (?:so |much |really )?(?:well|better|good|fine|okay|ok|alright)\b",
    # looking back from later: "ten years on, i run a veterans walking group"
    rf"\b{_A_FEW}{_LATER}(?:i|im)\b",
    # round 77 and its review: "fifteen years later ive got grandkids", "therapy and respite care
    # helped. i dont have them anymore" (not when the message goes on to risk: "... but last night
    # i took too many pills", "... ive got a plan", "... i had a plan last night")
    rf"(?:\b{_MANY}{_LATER}(?:i|im|ive|i have)"
    rf"|\b{_A_FEW}{_LATER}(?:ive|i have)"
    r"|\bi (?:dont|do not|no longer) (?:have|get) (?:them|those thoughts|the thoughts|suicidal"
    r" thoughts|those urges|the urges)(?: at all)? (?:anymore|any more|now))\b"
    r"(?![^\n]*\b(?:but|plan|pills?|rope|noose|urge|again|tonight|last night|overdosed?|end it"
    r"|still|looking up|letters?|note|ready|paracetamol|took|cancer)\b)",
    r"\b(?:im|i am) on the other side (?:of it |of that )?now\b",
    # round 66: "i was suicidal all through the 80s farm crisis. came out the other side"
    # (not of something else, "the other side of chemo ... i want to die now anyway", nor when
    # the message goes on to risk: "came out the other side. but ive got the rope in the shed")
    r"\b(?:i )?(?:came|come|got|made it) out (?:the )?other side\b(?! of (?!it\b|that\b|them\b))"
    r"(?![\s\S]*\b(?:but|again|still|tonight|today|rope|pills|gun|anyway|lately|recently"
    r"|going to|gonna|back)\b)",
    # round 60: the story dated ("i tried to end my life. that was 2019"), the writer helping
    # others now ("now i volunteer on a support line"), the thoughts gone ("no thoughts like that
    # anymore")
    # (round 63: "it was 8 years ago. i am still here"; not "it was a year ago i last tried", nor
    # when the message goes on to now or means: "... tonight im going to finish it")
    r"\b(?:that|this|it) was (?:back )?(?:in )?(?:(?:19|20)\d\d|(?:\d+|a|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|many) (?:years?|months?) ago)\b(?! (?:that )?i last| since)"
    r"(?![\s\S]*\b(?:tonight|today|again|lately|recently|going to|gonna|finish\w*|pills|tomorrow"
    # (round 69: "people come back from it" is the story's point, not the thoughts come back)
    r"|rope|bye|still(?! here| alive| standing)|try|this time|weekend|every day"
    r"|(?<!come )(?<!came )back(?! from))\b)",
    r"\bnow i (?:volunteer|mentor|advocate|speak (?:out|openly|about it)|help others|run a)\b",
    # session 12: "those years are behind me", "i was suicidal at 15 ... im 28 now, married" (not
    # when the message goes on to risk)
    r"(?:\b(?:those|these|that|the) (?:years|days|times?|thoughts|feelings|urges) (?:are|is)"
    r" (?:all |well |long |way )?behind me"
    # session 20: "... a really dark, suicidal stretch, but thats behind me now."
    r"|\b(?:thats|that is|thats all|that is all|its all|all thats|all that is) (?:well |long |way"
    r" |now )?behind me"
    r"|\b(?:im|i am) (?:now )?(?:[1-9]\d|twenty|thirty|forty|fifty|sixty|seventy|eighty)"
    r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))? now"
    # session 13: "first year on dialysis i was suicidal ... year four now, on the transplant list"
    r"|\byear (?:[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten) now)\b"
    r"(?![\s\S]*\b(?:but|again|still(?! here)|stil|tonight|today|want|wanna|plan\w*|lately"
    r"|recently|anymore|back|doing it|last time|keep|cant stop|nothing (?:has )?changed|same)\b)",
    # round 64: "i relapsed with self harm in march but ive been okay since"
    r"\b(?:ive|i have) been (?:okay|ok|fine|good|alright|clean|safe) (?:ever )?since\b"
    r"(?![\s\S]*\b(?:until|till|but|tonight|today|still|kind of|sort of|not really)\b)",
    r"\bnot (?:since|for) (?:many|\d+|a few|several|some|two|three|four|five) (?:years|months)\b"
    r"(?![\s\S]*\b(?:but|tonight|again|back|still|today)\b)",
    r"\bno (?:more )?(?:suicidal )?(?:thoughts|urges) like (?:that|those|this)"
    r"(?: anymore| any more| now)?\b",
    # round 61: "therapy and a stable room changed that"
    r"\b(?:therapy|treatment|counselling|counseling|meds|medication|support|recovery|rehab|\w+ and"
    r" (?:a |the |my )?\w+(?: \w+)?) changed (?:that|all that|everything)\b",
    # round 59: "i was suicidal through most of my pregnancy. now bub is 1 and i feel like
    # myself again"
    r"\bi (?:feel|am feeling|finally feel) like (?:myself|me|my old self) again\b",
    # round 58: "va group plus fishing on saturdays got me through. 4 years good now.", "i
    # self-harmed every day in secondary school. five years clean now"
    rf"\b{_HOW_MANY} (?:weeks?|months?"
    r"|years?) (?:good|sober|strong|well|clean|free) now\b",
    r"\b(?:group|groups|meetings|fishing|friends|family|church|faith|god|music|running|the gym"
    # (round 70: "therapy and my sister pulled me through")
    r"|my dog|my kids|volunteering|therapy|my (?:sister|brother|mum|mom|dad|wife|husband"
    r"|partner|friends?)) (?:\w+ ){0,4}(?:got|pulled) me through\b",
    # round 70 and its review: "i stopped burning myself when i moved out of my uncles house. 3
    # years now" (not when the message turns back: "... but started again last week", "now i
    # burn instead")
    r"\bi stopped (?:cutting|burning|hurting|harming|starving) myself\b(?![\s\S]*\b(?:but|again"
    r"|now i|instead|until|till|because|cause|still|tonight|want|relapsed|yesterday)\b)",
    # round 68: "therapy and a lot of boring routine got me out. 2 yrs now"
    r"\b(?:therapy|treatment|counselling|counseling|meds|medication|rehab|support)\b(?: \w+){0,6}"
    # (session 12: "grief counselling and a walking group pulled me out. still here")
    r" (?:got|pulled|dragged|helped) me (?:out|through|back)\b(?![\s\S]*\b(?:but|again"
    r"|still(?! (?:here|alive|standing|walking|going|around)\b)|tonight|lately|anymore)\b)",
    # round 56: "got a listener, then a job in the library, and its different now", "sold the car
    # i was in when i tried to end things. felt like closing a chapter, finally"
    r"\b(?:its|things are|life is|everything is) (?:so |very |really |completely )?different now\b",
    r"\b(?:closing|closed|close) (?:a|that|the) chapter\b|\bnew chapter\b",
    # round 54: "five years on theyre gone", "shes 4 now and i havent since"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|a few) (?:years?|months?)"
    r" (?:on|later)\b,? (?:and )?(?:they|the thoughts|the urges|it)(?:re| are| have| has)?"
    r" (?:gone|stopped|over)\b",
    # session 12: "deleted the game 18 months ago and the thoughts went with it" (not "i wish the
    # thoughts went away", "... went away for a week", "... stopped me sleeping")
    rf"(?<!wish )(?<!if )\b{_THOUGHTS} (?:went (?:away|with (?:it|them|that|him|her|the \w+))"
    rf"|left|faded|vanished|lifted|eased|{_GONE})\b(?! (?:me|us|for|when|while|after|until|till)\b)"
    r"(?![\s\S]*\b(?:but|again|still|tonight|today|back|until|till|lately|recently|now i|want"
    r"|wanna)\b)",
    r"\bi (?:havent|have not|never have) since\b",
    r"\bthat was (?:\d+|two|three|four|five|six|seven|eight|nine|ten|many|some|a few) (?:years"
    r"|decades) ago\b",
    r"\b(?:got|had|found|getting) (?:proper |the right |some )?(?:treatment|help|therapy"
    r"|support)\b(?! (?:tomorrow|tonight|soon|again))",
)
# A sentence told in the past by the writer: "i was...", "had thoughts of...".
PAST_NARRATIVE = re.compile(
    r"\b(?:i was|i had|i felt|i used|i went|i tried|i thought|i spent|had thoughts|was having"
    r"|i struggled|i even thought|i also thought|i left|i lost|i attempted|thoughts were"
    r"|urges were"
    # session 12: "remember when i posted here every night about wanting to die? that was 2022",
    # "when my son was first diagnosed i took an overdose. that was 9 years ago"
    r"|remember when i|i took|i swallowed"
    # round 89: "two hospital stays for suicide attempts in my twenties. im 41 now"
    r"|(?<!im )(?<!i am )(?<!still )\bin my (?:teens|teenage years|twenties|thirties|forties"
    r"|early twenties|late teens|20s|30s)"
    # session 13: "self-harm was how i coped as a young carer for my mum. im 34 now"
    r"|was how i (?:coped|dealt with|got through|survived|managed)"
    # round 58: "i self harmed every day in secondary school. five years clean now"
    # (the normaliser reads "overdosed" as "overdose", session 12)
    r"|i self\W?harmed|i cut myself|i harmed myself|i overdosed?"
    # round 61: "the night before my release id planned to kill myself. i didnt"
    r"|id planned|i had planned|id decided|id tried"
    # round 63: "before, i burned myself with cigarettes when i felt too much. not since many
    # years"
    r"|i burned myself|i burnt myself|i relapsed|i stopped (?:cutting|burning|hurting|harming)"
    # round 68: "my relapse into self-harm was after a breakup at uni. therapy ... got me out"
    r"|my (?:last )?relapse\b[^.!?]{0,30}\bwas"
    # round 92: the writer left out, "was suicidal after the divorce, proper bad. therapy and the
    # gym got me through"
    r"|^(?:was|had|felt|tried|attempted))\b"
)
LAUGHTER = _rx(
    r"\b(?:lol|lmao|lmfao|haha\w*|jk|/j|just kidding|only joking)\b",
    r"[\U0001f602\U0001f923\U0001f480]",
    r"\bjokes\b(?=,| just\b| man\b| bru\b| bro\b)",  # "i want to die 😩 jokes, just gatvol"
    # session 16: "... ill shoot myself 🙄 (joking, its actually helping)"
    # (not "but i wasnt really joking, ive felt like this since september": only where a sentence
    # or an emoji ends before it)
    r"(?:(?<=^)|(?<=[.!?] )|(?<=[\U0001f300-\U0001faff] ))joking,",
    r"\bha ?!",  # round 103: "... one more bingo afternoon i shall shoot myself. ha!"
)
HYPOTHETICAL = re.compile(r"\bif\b")
NEGATORS = frozenset(
    {
        "not",
        "never",
        "no",
        "dont",
        "doesnt",
        "didnt",
        "wont",
        "wouldnt",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hardly",
        "zero",
        "nor",
        "without",
    }
)
# A negator followed by one of these does not negate what comes after it.
NEGATION_BREAKERS = frozenset(
    {
        "know",
        "care",
        "understand",
        "sure",
        "stop",
        "help",
        "even",
        "matter",
        "one",
        "idea",
        "remember",
        "think",
        "see",
        "why",
        "shut",  # "my brain wont shut up about ending my life"
        # round 72: said to insist, not to deny ("no lie i want to kill myself", "not kidding",
        # "no joke"), and "not just / only" adds to what follows
        "lie",
        "kidding",
        "joking",
        "joke",
        "cap",
        "just",
        "only",
    }
)
CLAUSE_SPLIT = re.compile(r"[,:]|\b(?:and|but|so|because|cause|cuz|or|though|although|bc)\b")
SENTENCE_SPLIT = re.compile(r"[.!?;\n]+")
# Rules look at most a clause or two back, so a run-on "sentence" is cut into pieces of about
# this many characters, at commas or conjunctions where possible, with an overlap when it has
# none. This bounds the work per piece, so a 2000-character message costs about the same per
# character as a short one.
MAX_PIECE = 240
PIECE_OVERLAP = 60
# Whitespace after a comma or before a conjunction. Written to start with `\s` so `re` skips
# ahead by that character class (3x faster than a lookbehind first); empty pieces that a split
# on single punctuation marks leaves are dropped below.
_SOFT_BREAK = re.compile(r"\s(?:(?<=,\s)|(?=\s*(?:and|but|so|because|cause|though)\b))\s*")
_SENTENCE_MARK = re.compile(r"[.!?;\n]")


def sentences(norm: str) -> list[str]:
    """Split normalised text into sentences, and run-on sentences into bounded pieces."""
    out: list[str] = []
    for raw in _SENTENCE_MARK.split(norm):
        sentence = raw.strip()
        if len(sentence) <= MAX_PIECE:
            if sentence:
                out.append(sentence)
            continue
        piece = ""
        for part in _SOFT_BREAK.split(sentence):
            if piece and len(piece) + len(part) >= MAX_PIECE:
                out.append(piece)
                piece = ""
            piece = f"{piece} {part}" if piece else part
        if piece:
            out.append(piece)
    return [p for chunk in out for p in _hard_cut(chunk)]


def _hard_cut(piece: str) -> list[str]:
    """Cut a piece with no soft breaks into overlapping windows that end at spaces."""
    if len(piece) <= MAX_PIECE:
        return [piece]
    windows: list[str] = []
    start = 0
    while start < len(piece):
        end = len(piece)
        if start + MAX_PIECE < len(piece):
            cut = piece.rfind(" ", start + 1, start + MAX_PIECE)
            end = cut if cut > start else start + MAX_PIECE
        windows.append(piece[start:end])
        if end >= len(piece):
            break
        nxt = piece.find(" ", end - PIECE_OVERLAP, end)  # overlap, starting at a word
        start = nxt + 1 if nxt > start else end
    return windows


# Quoted words are someone else's, unless the writer quotes their own thoughts.
# The "no letter or digit before" test of a single quote comes after the quote itself
# (`'(?<![a-z0-9]')` is `(?<![a-z0-9])'`): both branches then start with a quote character,
# so `re` skips ahead to one instead of trying the lookbehind at every position.
# (session 16: an apostrophe between letters does not end a quote, "a lyric stuck in my head: 'i'm
# so tired of being here'", nor does one that drops letters open one, "'cause i cant")
QUOTED = re.compile(
    r"\"[^\"]{1,200}\"|'(?<![a-z0-9]')(?!(?:cause|cos|coz|cuz|em|til|till|bout|round|n|night"
    r"|morning|kay|sup|90s|80s|00s)\b)(?:[^']|(?<=[a-z])'(?=[a-z])){1,120}'(?![a-z0-9])"
)
# A word or two in quotes used as an adjective of the writer's own state, not someone's words:
# "the 'unalive' thoughts keep creeping in" (round 53).
SCARE_QUOTE_AFTER = re.compile(
    r"\s*(?:thoughts?|urges?|feelings?|ideas?|mode|brain|days|nights|phase|vibes?|headspace)\b"
)
SCARE_QUOTE_WORDS = 3
# What, after a quote, says it is a work's words or a name, not the writer's thought (round 60):
# "and thought 'i want to die' is such a mood lyric", "'...' from the musical".
QUOTE_NAMED_AFTER = re.compile(
    r"\s*,?\s*(?:is|was|were|are|from|by)\b|\s*\w*\s*(?:lyric|line|song"
    r"|quote|name|title|meme|trailer)s?\b"
)
SELF_QUOTE = re.compile(
    r"(?:\b(?:i (?:keep )?(?:think|thinking|thought)|i tell myself|in my head|in my|doing the)"
    # round 76 and its review: "that sunday dread that turns into 'maybe i should just kill
    # myself'?" (not "her spiral turns into ...", "the songs mood turns into ...")
    r"|(?<!his )(?<!her )(?<!their )(?<!songs )(?<!friends )\b(?:dread|spiral|mood|thoughts?)"
    r" (?:that )?(?:turns?|turned) into"
    # round 60: "knelt in the veg patch and thought '...'" (see QUOTE_NAMED_AFTER)
    r"|\b(?:and|then|suddenly) thought"
    # "feeling very '...'", "my brain keeps going '...'"
    r"|\b(?:feeling|feel|felt)(?: very| so| really| a bit| kinda| pretty| extremely| super)?"
    # "in a very '...' headspace": the quote names the writer's own state (round 52)
    r"|\bback on my"  # round 62: "back on my 'id rather not respawn' bs"
    r"|\b(?:im|i am|been|back) in (?:a|such a|this|that|my)(?: very| real| really| total| proper"
    r"| full on| bit of a| kind of a)?"
    r"|(?:\bmy |^\W*)(?:brain|head|mind|inner voice)(?: keeps?| just| always)? (?:going|goes"
    r"|saying|says|telling me|tells me|screaming|whispering)(?: (?:back )?to)?"
    # "my ed voice has switched from '...' to '...'": the writer's own voice, whatever it says
    r"|\bmy (?:\w{1,20} )?voice\b[^.!?'\"]{0,40}(?:'[^']{0,60}'[^.!?'\"]{0,20})?)"
    r"\s*:?\s*$"
)
# A work's words named just before the quote, which no SELF_QUOTE before it makes the writer's
# (session 16): "theres a lyric stuck in my head: 'im so tired of being here'"
WORK_BEFORE = re.compile(r"\b(?:lyrics?|songs?|tunes?|chorus|jingle|verse)\b[^.!?'\"]{0,30}$")
# A SELF_QUOTE match ends where the quote starts and is shorter than this: the search can start
# this far back (`\b` still sees the text before), not at the start of a long message.
SELF_QUOTE_REACH = 200
# The word each branch of SELF_QUOTE ends with (before the spaces and colon up to the quote),
# but the last one ("my ... voice ..."), which holds "voice". Keep in step with SELF_QUOTE.
_SELF_QUOTE_LAST_WORDS = frozenset(
    [
        "think",
        "thinking",
        "thought",
        "myself",
        "head",
        "my",
        "the",
        "into",
        "feeling",
        "feel",
        "felt",
        "very",
        "so",
        "really",
        "bit",
        "kinda",
        "pretty",
        "extremely",
        "super",
        "a",
        "this",
        "that",
        "real",
        "total",
        "proper",
        "on",
        "going",
        "goes",
        "saying",
        "says",
        "me",
        "screaming",
        "whispering",
        "to",
    ]
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def self_quote_before(text: str, start: int) -> bool:
    """`SELF_QUOTE` searched just before a quote starting at `start`: the writer's own words.

    The search (~200 characters, with lookbehinds, per quote) runs only when the word before
    the quote is one a branch ends with, or "voice" is near: without either nothing matches
    (a match ends at `start`, after only spaces and at most one colon).
    """
    lo = max(0, start - SELF_QUOTE_REACH)
    before = text[lo:start].rstrip()
    if before.endswith(":"):
        before = before[:-1].rstrip()
    last = before[len(before.rstrip(_LETTERS)) :]
    if last not in _SELF_QUOTE_LAST_WORDS and "voice" not in text[lo:start]:
        return False
    return SELF_QUOTE.search(text, lo, start) is not None


def negated(tokens: list[str]) -> bool:
    """True when a negator ("not", "never", ...) stands among `tokens`, unless the next word
    breaks it ("not only", ...)."""
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in NEGATORS and nxt not in NEGATION_BREAKERS:
            if tok == "not" and i > 0 and tokens[i - 1] in _NOT_AFTER:
                continue
            if tok == "no" and i > 0 and tokens[i - 1] in _NO_AS_A_NOUN and nxt in _AFTER_AN_ANSWER:
                continue
            if tokens[i + 1 : i + 3] in _TO_INSIST or tokens[i + 1 : i + 4] in _TO_INSIST:
                continue
            return True
    return False


# "not gonna lie", "not going to lie", "not a joke": a negator that insists (round 72); "not the
# joking kind of kms" (round 74)
_TO_INSIST = (["gonna", "lie"], ["going", "to", "lie"], ["a", "joke"], ["the", "joking"])

# A "not" after these denies nothing: "chemo brain or not, i keep thinking about suicide" asks
# (round 62); "trying not to kill myself tonight" is a struggle (round 74).
_NOT_AFTER = frozenset({"or", "trying", "tryna", "try", "struggling", "fighting", "hard"})
# A "no" after these and before a new clause is an answer, not a denial (session 13): "the visa
# decision comes tomorrow and if its a no im going to hang myself", "if i get a no from the clinic
# ill end it" (not "a no self harm contract", "a no suicidal thoughts kind of week").
_NO_AS_A_NOUN = frozenset({"a", "the", "another"})
_AFTER_AN_ANSWER = frozenset({"i", "im", "ill", "id", "ive", "from", "then", "and", "so"})
