"""More crisis phrase families, merged into the tables of `crisis_rules`.

Each family names a *kind* of statement rather than one sentence: suicide as the only option,
fear of one's own actions, throwing oneself from a height, imagining one's own funeral,
letting go for good, and a farewell with finality. Patterns run on `crisis.normalise` text.
"""

from __future__ import annotations

from chalicelib.domain.safety.crisis_regex import Anchored

# No laugh anywhere after the match: "... and not come back" is meant, "... lol" is not.
NO_LAUGH_AFTER = r"(?![^\n]*\b(?:lol|lmao|haha\w*|jk)\b)"

# Medicines people name when they mean an overdose.
# Guards shared by the phrase rules and the clause lexicon: "delete myself from the group chat"
# leaves an account (round 66's review); "die in my boots" is a soldier's saying (round 67's).
NOT_FROM_AN_ACCOUNT = r"(?!(?<=delete myself)\s+(?:from|off|out of)\b)"
NOT_IN_MY_BOOTS = r"(?!\s+(?:in|with) (?:my|his|her|their) boots\b)"
# Where someone goes and does "not come back" in a plan (round 66): water, a height, the tracks.
RISK_PLACES = r"sea|ocean|reef|river|lake|water|bridge|cliffs?|tracks|quarry|dam"
# After "... and not coming back": a trip, a move or a day out, not a plan (round 66's reviews).
NOT_A_MOVE = (
    r"(?!\s+(?:till|until|for|before|to|here|in|after|soon|from|with|without|on|up|down|home"
    r"|again|tonight|today|this|any ?time|was|is|isnt|wasnt)\b)"
    r"(?![^.!?]{0,40}\b(?:moving|move|moved|for good|fresh start|tree change|sea change|new"
    r" (?:house|home|job|life))\b)"
)
# Where else people check out of (a stay, a shop, a job): "check out for good" is not about them.
_CHECKED_OUT_OF = (
    r"hotel|room|airbnb|cabin|flat|library|book|shop|store|till|cart|basket|order|apps?|work|job"
    r"|retreat|party|trip"
)
DRUGS = (
    r"(?:\w+ )?(?:pills|tablets|meds|medication|medicine|antidepressants|painkillers"
    r"|paracetamol|tylenol|ibuprofen|aspirin|insulin|prescriptions?|sleeping pills|capsules"
    r"|oxys?|oxycodone|xanax|xans|percs|percocets?|codeine|fentanyl|opioids|benzos"
    # named medicines (the review of round 55: "going to take every clonazepam i have tonight")
    r"|clonazepam|diazepam|lorazepam|alprazolam|valium|klonopin|ativan|zopiclone|zolpidem|ambien"
    r"|amitriptyline|sertraline|fluoxetine|citalopram|quetiapine|seroquel|lithium|tramadol"
    r"|morphine|propranolol|co-?codamol|naproxen)"
)
# Heights to throw oneself from; `_LEDGES` are those that are no vehicle ("jumping off the bus
# at the next stop" is a stop).
_BUILT_HIGH = r"bridge|building|roof|rooftop|cliff|balcony|ledge|tower|overpass|car park"
_LEDGES = rf"(?:{_BUILT_HIGH}|multi ?stor(?:e)?y|quarry)"
# A jump for sport, play or a dream, anywhere in the sentence.
_NOT_FOR_FUN = (
    r"(?![^.!?]*\b(?:coasteering|parkour|climbing|belayer|dream\w*|sea|pool|swim\w*|div\w+|bungee"
    r"|zip ?line|parachut\w*|skydiv\w*|ladder|cradle|ship|pub|bar|for a walk|fly|river|lake|water"
    r"|mates|novel|character)\b)"
)
# What makes being a burden to everyone a passing complaint, not the writer's worth (rounds 88 and
# 90's "only_burden"): "... when i vent", "... yesterday but talking here helped", "... at work".
_A_REASON = (
    r"when i|for (?:asking|needing|posting|venting)|this week|today|tonight|yesterday|sorry|lol"
    r"|lmao|haha\w*|but|at work|because|cause|cuz|coz|bc|with my"
)
# An illness or accident wished fatal, its own time told in it (round 92 and its review): "i wish
# the sepsis last year had finished the job" (not "i wish the stroke unit had taken me in sooner",
# "the crash course had taken me through", nor with no time of its own, "for years after the
# accident id think i wish the crash had killed me. now im so glad it didnt").
WISHED_IT_FINISHED = (
    r"wish (?:the|my|that) (?:sepsis|cancer|infection|stroke|heart attack|crash|car crash|accident"
    r"|covid|pneumonia|tumou?r|illness) (?:last|that|in|back in|this) \w+(?: \w+)?,? (?:had )?"
    r"(?:finished the job|finished me off|killed me|taken me|took me)(?=\s*(?:[.!?,]|$))"
)
# A headstone or coffin felt (rounds 93 and 95): "feeling very 🪦 today ...".
GRAVE_FELT = (
    r"(?:\b(?:feeling|feel|im|i am|been) (?:very |so |really |super |extra |kinda |mad )?"
    r"[\U0001faa6\u26b0]"
    # round 104: "honestly the 🪦 emoji is my whole mood rn and i mean it literally"
    r"|\bthe [\U0001faa6\u26b0] emoji is (?:my|literally my) (?:whole |entire )?mood\b)"
)
# Not someone else's words about the writer: "my dad says im a burden to everyone".
_NOT_SOMEONES_WORDS = r"(?<!think )(?<!says )(?<!said )(?<!thinks )(?<!told me )"
# Something that would kill the writer, happening to them (session 13's "accident_relief").
_AN_ACCIDENT = (
    r"(?:a|the|some|that|my) (?:\w+ ){0,2}(?:truck|lorry|car|bus|train|tractor|ute|tree|wave|bull"
    r"|horse|plane|infection|virus|illness|cancer|stroke|heart attack) (?:just |ever |finally "
    r"|simply )?(?:(?:rolled (?:on|over)|ran (?:me )?over|hit|hits|ploughed into|plowed into"
    r"|crushed|killed|kills|finished|fell on) me\b|(?:took|takes) me(?:\s*[,.!?]| (?:itd|it would"
    r"|thatd|that would|honestly|id|i would)\b|\s*$))"
)
_HEIGHTS = rf"(?:{_BUILT_HIGH}|window|multi ?stor(?:e)?y|train|bus|truck|lorry|tracks)"

STRONG_EXTRA = {
    "only_option": Anchored(
        r"\b(?:suicide|death|dying|killing myself|ending (?:it|my life|things))\s+(?:\w+\s+)?"
        r"(?:feels|seems|is|looks|sounds)\s+(?:like\s+)?(?:the|my)\s+only\s+"
        r"(?:option|way out|way|choice|answer|solution|exit)\b",
        r"\b(?:the|my) only (?:option|way out|choice|answer|solution|exit) (?:left )?"
        r"(?:is|feels like|seems like) (?:suicide|death|dying|to die|killing myself|ending it)\b",
    ),
    "fear_of_self": Anchored(
        r"\b(?:scared|afraid|frightened|terrified|worried) (?:of|about) what i (?:might|could"
        r"|will|would|am going to|m going to) do(?: to myself)?\b(?! (?:next|at|in|for|with|about"
        r"|if|when|after|tomorrow|this|on)\b)",
        r"\b(?:scared|afraid|frightened|terrified) (?:that )?(?:i|ill|i will|i might)"
        r" (?:might |will |could )?(?:hurt|kill|harm|cut) myself\b",
        r"\bdont trust myself (?:not to|tonight|around|with)\b",
    ),
    "throw_self": Anchored(
        r"\b(?:yeet|throw|fling|hurl|launch|chuck|drop) myself (?:off|from|in front of|under)"
        r" (?:(?:a|the|my|this|that|our)\s+)?(?:\w+\s+){0,2}" + _HEIGHTS + r"\b",
        r"\b(?:thinking (?:of|about)|considering|contemplating|tempted to|tempted by|imagining)"
        r" (?:jumping|jump) (?:off|from|in front of) (?:(?:a|the|my|this|that)\s+)?(?:\w+\s+){0,2}"
        + _HEIGHTS
        + r"\b",
        # session 12 and its review: the writer's own thought of going off a height, not a vehicle
        # ("i thought about jumping off the roof", "been thinking of stepping off the ledge
        # outside my flat window", "was up on the roof fitting flashing and thought about
        # stepping off. didnt"; not the bus at the next stop, coasteering into the sea, a dream, a
        # ladder, a cradle, or "going over" to the pub)
        r"(?:^|\b(?:i|ive|i have|i just|honestly|seriously|and|been) )"
        r"(?:just |honestly |kinda |actually )?(?:thought|thinking) (?:of|about)"
        rf" (?:jumping|stepping) off (?:(?:a|the|my|this|that)\s+)?(?:\w+\s+){{0,2}}{_LEDGES}\b"
        r"(?!\s+(?:into|onto|to|for|and (?:then )?(?:actually )?did|at the|with|like)\b)"
        + _NOT_FOR_FUN,
        # session 12 and its review: "goin to the bridg after group at 4 and jumpin. sory
        # everyone" (not someone else's story, "and jumping on the bus / for joy / into the river")
        r"(?<!was )(?<!were )(?<!is )(?<!shes )(?<!hes )\b(?:going|gonna|heading|off|walking"
        r"|driving|go) (?:up |back )?to the "
        + _LEDGES
        + r"\b[^.!?]{0,40}\band (?:jumping|jump|ending it|end it)(?: off(?: it)?)?"
        r"(?=\s*(?:[.!?,]|$|(?:sorry|sory|bye|goodbye|tonight)\b))" + _NOT_FOR_FUN,
        r"\b(?:on|up on|at the edge of|on the edge of) (?:the|a|my|this|that) (?:\w+ )?"
        + _LEDGES
        + r"\b[^.!?]{0,60}\b(?:i |and )(?:just |honestly |kinda )?(?:thought|thinking) (?:of|about)"
        r" (?:stepping|jumping) off(?:\s*(?:[.!?,]|$)| (?:it|the edge)\b)" + _NOT_FOR_FUN,
    ),
    "own_funeral": Anchored(
        r"\b(?:picturing|imagining|visuali[sz]ing|fantasi[sz]ing about|(?:day)?dreaming"
        r" (?:of|about)|thinking about|planning|keep seeing) my (?:own )?(?:funeral|grave|death"
        r"|suicide|dead body)\b",
    ),
    "let_go": Anchored(
        r"\b(?:ready|want|going|need|about|time) to let go(?: of (?:everything|it all|life"
        r"|this life|this world|the world))? (?:for good|forever|for ever|permanently)\b",
        r"\b(?:ready|want|going|about|time) to let go of (?:life|this life|this world|living)\b",
    ),
    "overdose_intent": Anchored(
        # the whole of it to be taken: "gonna take them all", "im swallowing all of them"
        r"\b(?:im|i am|gonna|going to|will|ill|about to) (?:swallow|take)(?:ing)? (?:all of them"
        r"|them all|the lot)\b(?! (?:to|out|with|for|home|back|in|on|along|shopping)\b)",
        # a store gathered, then all of it to be taken: "...collecting my sleeping tablets for
        # two months, and i intend to take them all"
        r"\b(?:collecting|saving|hoarding|stockpiling|collected|saved)\b[^.!?]{0,40}\b(?:pills"
        r"|tablets|meds|painkillers)\b[^.!?]{0,80}\b(?:take|swallow) them all\b",
        r"\b(?:tempted|thinking (?:of|about)|considering|contemplating|planning|urge) (?:to )?"
        r"tak(?:e|ing) (?:all |every one |every single one |the whole (?:box|bottle|pack) )"
        r"(?:of )?(?:my |the |these |those )?" + DRUGS + r"\b"
        r"(?! (?:on time|as prescribed|properly|today|every|with food|in the morning)\b)",
        # every one there is: "going to take every clonazepam i have tonight"
        r"\b(?:im|i am|gonna|going to|will|ill|about to|want to) (?:swallow|take)(?:ing)? every"
        r" (?:single )?" + DRUGS + r" (?:i have|ive got|i own|in the house|left)\b",
    ),
}

# Means set out ready: a risk statement of its own, and a plan (see `crisis_rules.PLAN`).
PREPARED = (
    r"\b(?:rope|noose|hose|pills|meds|tablets|bottle(?! of (?:wine|prosecco|champagne|fizz"
    r"|bubbly|beer|cider|milk|water|formula|bubbles)\b)|blades?|razors?)(?:s)?\s+"
    r"(?:(?:is|are|all)\s+)?(?:\w+\s+){0,3}?(?:set up|ready|tied|laid out|counted out"
    r"|lined up|stacked up)\b(?! (?:for (?:the|my|a) (?:party|trip|camping|garden|kids|dog)|at the"
    r" (?:pharmacy|chemist|chemists|drugstore|surgery)|to (?:collect|pick up)|for (?:collection"
    r"|pick ?up))\b)"
)

STRONG_EXTRA.update(
    {
        # means set out ready: "the rope and the chair set up", "the bottles ready"
        "prepared": Anchored(PREPARED),
        # a message left for others through the reader: "tell my sister im sorry"
        "proxy_goodbye": Anchored(
            r"\btell (?:my \w+|everyone|them|him|her|mum|mom|dad|the (?:\w+ )?(?:mods|team|group"
            r"|room)) (?:that )?(?:im sorry|i love (?:them|her|him|you)|i said (?:bye|goodbye)"
            r"|goodbye|thank you from me|thanks from me)\b"
            r"(?![^.!?]{0,60}\b(?:for (?:the|sorting|all|everything|my|your|their)|back (?:in|on"
            r"|next|soon)|op|operation|surgery|holiday)\b)",
        ),
        # no place for oneself ahead: "cant picture a future with me in it", "running out of
        # reasons to stay", "walking to the line to make it all stop for good"
        "no_future": Anchored(
            r"\b(?:cant|cannot|can not|dont|do not|never) (?:picture|see|imagine) (?:a|any|the)"
            r" future (?:with me in it|where im (?:still )?(?:here|alive|around|in it)|that i am"
            r" in|with me still (?:here|alive))\b",
            r"\b(?:running out of|ran out of|run out of|no) (?:more )?reasons? (?:left )?to"
            r" (?:stay|live|keep going|be here|stay alive|go on|keep living)\b",
            r"\bmake (?:it all|everything|it|this|the pain) stop (?:for good|forever|for ever"
            r"|permanently)\b",
        ),
        # staying only for another: "im only still here because of my cat"
        "only_for": Anchored(
            r"\b(?:only|just) (?:still )?(?:here|alive|around|breathing) (?:because of|for|cause"
            r" of|cuz of|for the sake of) (?:my|the|our)\b",
            r"\b(?:no fit|cant|cannot|can not) carry (?:this|my) life (?:again|anymore|any more"
            r"|any longer)\b",
        ),
        # not leaving where one is: "not going back down the stairs this time", "not coming
        # out of this one"; "ill be gone before they wake up"
        "not_coming_back": Anchored(
            r"\b(?:not|never|dont think im|dont think ill be|doubt im) (?:going|coming|walking)"
            r" back down\b",
            # round 58: "last nye i was on the bridge. this nye i wont come back down"
            r"\bi (?:wont|will not|am not going to|m not going to|aint gonna|dont think ill)"
            r" (?:come|walk|climb) back down\b(?! (?:the|from|off|to|until|till|for|before|after"
            r"|at|that|this|in|on|when|if)\b)",
            r"\b(?:im )?not coming out of this (?:one|time)\b",
            r"\b(?:im )?not bringing myself back\b(?! to\b)",
            r"\b(?:im )?not coming back (?:from this|this time|alive)\b",
            r"\b(?:ill|i will|i ll) be gone (?:before|by the time) (?:they|everyone|you|the kids"
            r"|my \w+) (?:wake|wakes|get|gets|come|comes) (?:up|home|back)\b",
        ),
        # a new life in a game's terms: "want to respawn in a different life", "speedrun the
        # afterlife"; walking into the water
        "respawn": Anchored(
            r"\b(?:respawn|reroll)\w*\b[^.!?]{0,30}\b(?:different|new|another|better|next) life\b",
            # not coming back at all: "feeling very dont want to respawn", "respawn nowhere"
            r"\bfeeling (?:very |so |really )?(?:dont|do not) (?:want|wanna) to respawn\b",
            r"\b(?:want|wanna|wanting) to respawn nowhere\b",
            # round 62: "back on my 'id rather not respawn' bs", "a permanent rage quit on life"
            r"\b(?:id|i would|i d) rather not respawn\b",
            # (closing the clause: not "rage quitting life admin", "rage quit life for a bit")
            r"\b(?:(?:permanent|final|forever|permanently) )?rage ?quit(?:ting)?(?: on| from)?"
            r" (?:life|existence|the world)(?: permanently| for good| forever)?(?:\s*(?:[.!,]|$)"
            r"|\s+(?:tbh|ngl|honestly|fr)\b)",
            r"\bspeedrun(?:ning)? (?:the afterlife|death|my death|to the grave)\b",
            # round 69 and its review: "honestly ready to alt+f4 my whole life" (not "alt+f4 my
            # whole life admin")
            r"\b(?:ready to|want to|wanna|gonna|going to|about to) (?:just )?alt ?\+? ?f4 (?:my )?"
            r"(?:whole |entire )?(?:life|existence)\b(?! (?:admin|savings|choices|goals|plans)\b)",
            # round 67's review: "no point staying, im leaving this world tonight"
            r"\b(?:im|i am|going to|gonna|will|ill|ready to|want to|wanna) (?:just )?(?:leave"
            r"|leaving) this (?:world|earth|life)\b",
            # round 67: "thinking about punching my ticket, as my old sarge used to say" (not a
            # ticket punched "to the final", "for the train")
            r"\b(?:thinking (?:about|of)|want to|wanna|going to|gonna|ready to|time to|might|could"
            r"|should) (?:just )?punch(?:ing)? my (?:own )?ticket\b(?! (?:to|for|at|on|in)\b)",
            r"\bfinal (?:logout|log out|log off|logoff)\b",
            # round 93 and its review: "mood: permanent log off 💤⚰️" (not an app or a device left,
            # "permanent log off from instagram", "work laptop did a permanent log off on me")
            r"\bpermanent (?:logout|log out|log off|logoff)\b(?! (?:from|on|of|option|button|in|for"
            r"|with)\b)(?![^.!?]*\b(?:apps?|insta\w*|twitter|facebook|fb|tiktok|discord|snap\w*"
            r"|reddit|settings|laptop|account|server|screen)\b)",
            r"\b(?:logging|log|logged) (?:off|out) (?:for good|forever|permanently)\b",
            r"\bif (?:i|you) (?:just )?(?:despawned|despawn|logged off for good"
            r"|uninstalled myself)\b",
            r"\bonly way (?:the|this|my) (?:hurting|pain|hurt) (?:stops|ends) is if i (?:stop|die"
            r"|go|end it)\b",
            r"\b(?:im|i am|going to|gonna|will|ill) (?:just )?(?:walk|walking|wade|wading)"
            r" (?:out )?into the (?:sea|ocean|river|lake|water)\b",
            # round 66 and its reviews: "heading past the reef at dusk and not coming back",
            # "walking into the sea tomorrow and not coming back", "out to the bush with dads
            # rifle and im not coming back" (not "to the pub", "north", "... till dark", "...
            # without a barra", "... moving to the coast for good")
            rf"\b(?:{RISK_PLACES}|rifle|gun|shotgun|pistol)\b[^.!?]{{0,30}}\band (?:im |i am )?"
            r"not coming back\b" + NOT_A_MOVE,
        ),
        # their lives after one's death weighed up: "my kids would get the life insurance"
        "after_me": Anchored(
            r"\b(?:kids|family|wife|husband|partner|children|they|she|he) (?:would|will|could)"
            r" (?:get|have) (?:the|my) (?:life )?insurance\b",
            r"\bwithout their (?:dad|mum|mom|father|mother) (?:in it|around)\b",
        ),
        # their lives better for one's absence: "shed have so much more money if i were gone"
        "better_gone": Anchored(
            # round 66's reviews: "if i died would anyone notice", "if i went to sleep and stayed
            # that way would anyone notice" (not "if i died my hair pink would anyone notice",
            # "if i vanished off socials", "if i disappeared would they notice? its a surprise")
            r"\bif i (?:died|was gone|were gone|disappeared|stopped existing|wasnt here"
            r"|werent here|killed myself|vanished|went to sleep and (?:stayed that way|never woke"
            r" up|didnt wake up)),? (?:tomorrow |today |tonight )?would (?:anyone|anybody|any of"
            r" you|people|you guys|yall) (?:even |actually )?(?:notice|care|miss me)\b",
            r"\b(?:have|get|be) (?:so much |a lot |much )?(?:more|better|happier|richer)"
            r" (?:\w+ ){0,4}if i (?:was|were) (?:gone|dead|not here|not around)\b",
            # round 66: "the family'd manage better on the payout than with me still here"
            # (those close to the writer, not "the team would do better with a new captain than
            # with me still around", "the dog is happier at my mums than with me still here")
            r"\b(?:family|familyd|kids|children|wife|husband|partner|parents|everyone|everybody"
            r"|they|theyd|the world)(?: would| will| could)? (?:\w+ ){0,3}(?:better|easier"
            r"|happier)\b[^.!?]{0,60}\bthan (?:with )?me (?:still |being )?(?:here|around|alive"
            r"|breathing)\b",
        ),
        # still being alive as a letdown, being found as the thing to avoid
        "still_here": Anchored(
            r"\b(?:disappoint\w*|gutted|annoyed|upset|angry) (?:that )?(?:im|i am) still (?:here"
            r"|alive|breathing)\b",
            r"\bso (?:nobody|no one|noone|my \w+|they|the kids) (?:finds|find|will find|sees|see"
            r"|has to find) me\b",
        ),
        # reopening healing wounds: "the marks are healing and all i want is to open them up"
        "reopen": Anchored(
            r"\b(?:cuts?|scars?|wounds?|marks)\b[^.!?]{0,80}\bto (?:re)?open (?:them|it)\b",
            r"\b(?:re)?open(?:ing)? (?:up )?(?:my|the) (?:old )?(?:cuts?|scars?|wounds?)\b",
        ),
        # a crash meant, not met: "thought about just steering into the barrier"
        "crash_on_purpose": Anchored(
            # not "traffic made me want to drive off a cliff": a frustration
            r"\b(?<!made me )(?<!makes me )(?<!make me )(?:thought about|thinking (?:about|of)"
            r"|think about|tempted to|urge to|want to|wanted to|wanting to|considered|considering"
            r"|imagining|pictured|picturing)"
            r"(?: just)? (?:steer|swerv|veer|driv|crash|yank)(?:e|ing)?"
            r"(?: (?:the|my) (?:car|wheel|truck|van))? (?:into|off) (?:the |a |an )?"
            r"(?:oncoming |on coming |crash |central |concrete |motorway |back of a |parked )?"
            r"(?:barrier|wall|tree|traffic|truck|lorry|bridge|river|median|pole|pillar|embankment"
            r"|ditch|lamp ?post|sea|lake)\b(?! (?:district|view|front|side|shore|road|lane|car park"
            r"|house|walk)\b)",
        ),
        # nerve gathered for the act: "working up the nerve to walk to the edge"
        "nerve": Anchored(
            r"\b(?:working up|building up|getting up|trying to find|finding|found|got|get)"
            r" (?:the )?(?:nerve|courage|guts|balls|bottle) to (?:walk (?:to|off) the edge|step off"
            r"|jump|go through with it|end it|end my life|swallow (?:them|it|the|all)|pull the"
            r" trigger|take (?:them all|my life|my own life)|let go(?! of))\b",
        ),
        # an afterlife joined, oneself deleted, a shift ended for good
        "other_side": Anchored(
            r"\b(?:go|going to|gonna|ill|i will|time to|ready to|about to|cant wait to|want to"
            r"|wanna) (?:go )?(?:join|see|be with|meet) (?:\w+ ){0,5}on the other side\b",
            r"\bdelete (?:my account|me|myself) from (?:existence|the world|life|earth)\b",
            # round 58: "want to catch the last bus to the afterlife", "wanna cross the rainbow
            # bridge with him", "i want to be where he is now"
            r"\b(?:want|wanna|ready|about|going|gonna|wish i could|need) (?:to )?(?:just )?"
            r"(?:catch|get|take|book|ride|buy) (?:the |a )?(?:last |next |one way |first )?"
            r"(?:bus|train|ticket|flight|ride|boat|express) to the afterlife\b",
            r"\b(?:want|wanna|ready|wish i could|going|gonna) (?:to )?(?:just )?cross (?:over )?"
            r"the rainbow bridge (?:with|to (?:be with|join|see|meet)|too|as well)\b",
            r"\b(?:want|wanna|wish i could|need|should) (?:to )?(?:just )?(?:go|be)"
            r" (?:where|wherever) (?:he|she|they|my \w+) (?:is now|are now)\s*(?:[.!?]|$)",
            r"\bclock(?:ing)? out (?:for good|permanently|forever|of life|for the last time)\b"
            r"(?![^.!?]{0,40}\b(?:retir\w*|job|shift|work|career|office|company)\b)",
        ),
        # self-harm with a tool or to blood: "scratching my arms with my car keys"
        "self_harm_tool": Anchored(
            r"\b(?:scratch\w*|carv\w*|dig\w*|slic\w*) (?:into |at )?my (?:arms?|wrists?|legs?"
            r"|skin|thighs?|stomach|hips?) with (?:a |my |the )?(?:\w+ )?(?:keys?|blades?|razors?"
            r"|compass|pins?|needles?|glass|scissors|knife|nails)\b",
        ),
        # following someone who died: "some nights i feel like following him"
        "follow_them": Anchored(
            r"\b(?:some nights|some days|sometimes|part of me|honestly)\b[^.!?]{0,20}\bfeel like"
            r" following (?:him|her|them|my (?:dad|mum|mom|brother|sister|son|daughter|husband|wife"
            r"|friend|partner))\s*(?:[.!?,]|$)",
            # said plainly, as the sentence's end: "since my dad died i just want to follow him"
            r"\bi (?:just |really )?(?:want to|wanna|feel like) follow(?:ing)? (?:him|her|them|my"
            r" (?:dad|mum|mom|brother|sister|son|daughter|husband|wife|friend|partner))"
            r"\s*(?:[.!?]|$)",
            r"\bfollow (?:him|her|them) (?:to wherever (?:he|she|they) (?:is|are)|into the dark)\b",
            r"\b(?:want to|wanna|feel like|thinking (?:of|about)) follow(?:ing)? (?:him|her|them|my"
            r" \w+)\b[^.!?]{0,60}\b(?:gone|died|passed|been a year|my whole world|since (?:he|she)"
            r" (?:went|died|passed))\b",
        ),
        # a death wished for in the past tense: "i wish i had died in that crash"
        "wish_died": Anchored(
            r"\bi (?:just )?wish (?:i had|id|i would have|i wouldve) (?:just )?(?:died|not survived"
            r"|not woken up|never woken up|never been born)\b(?! (?:my |it |the |them |me )?(?:hair"
            r"|fringe|roots|beard|jeans|shirt|clothes|nails|eyebrows|blue|pink|red|green|black"
            r"|purple|blonde))",
            r"\bi (?:just )?wish i (?:hadnt|had not|didnt) (?:survive|survived|wake up|woken up"
            r"|make it|made it)\b",
            # round 55: "i wish the overdose last spring had finished the job"
            r"\bi (?:just |sometimes )?wish (?:the|my|that) (?:overdose|od|suicide attempt)\b"
            r"[^.!?]{0,30}\b(?:had )?(?:finished the job|killed me|taken me)\b",
            r"\bi (?:just |sometimes )?" + WISHED_IT_FINISHED,  # round 92
            # session 17: "sometimes i hope my pc just doesnt turn back on tomorrow and neither do
            # i"
            r"\bi (?:\w+ )?(?:hope|wish) (?:my|the) (?:pc|laptop|computer|phone|console|alarm"
            r"|heart) (?:just )?(?:doesnt|does not|wont|will not|never) (?:turn (?:back )?on|boot"
            r"|wake up|go off|start)(?: again)?(?: tomorrow| in the morning)?,? and neither"
            r" (?:do|will|would) i\s*(?:[.!?,]|$)",  # (its review: not "neither do i want to ...")
        ),
        # means in hand and done (round 55): "a full bottle of my clonazepam in my hand and im
        # done. tonight is the night" (not "... and im done for today")
        "done_in_hand": Anchored(
            r"\b(?:pills|tablets|bottle|rope|noose|gun|pistol|blade|razor|\w+zepam|\w+azepam)\b"
            r"[^.!?]{0,40}\b(?:in my hand|in my lap|next to me)\b[^.!?]{0,20}"
            r"\b(?:im done|this is it)\s*(?:[.!?]|$)",
        ),
        # a note timed to be read after (round 55): "scheduled the emails to my kids to send at
        # 6am. by the time they read them itll be done"
        "read_after": Anchored(
            r"\bby the time (?:they|you|anyone|she|he|my \w+) (?:read|reads) (?:this|them|it|my"
            r" (?:letters?|notes?|emails?|messages?))\b[^.!?]{0,10}\b(?:itll be (?:done|over"
            r"|too late)|ill be gone|i wont be here|ill be dead|i will be gone)\s*(?:[.!?]|$)",
        ),
        # the idiom said of oneself: "gonna take a long walk off a short pier fr"
        "short_pier": Anchored(
            r"\b(?:going to|gonna|about to|might|will|ill|want to) (?:go )?take a long walk off a"
            r" short (?:pier|bridge|cliff|plank)\b",
        ),
        # a burden ended: "tonight i stop being everyones burden"
        "stop_burden": Anchored(
            r"\b(?:stop|quit) being (?:a|everyones|everybodys|their|your|the family|such a)"
            r" (?:\w+ )?burden\b(?! (?:on|to) (?:myself|my \w+) by\b)",
        ),
        # session 13: the writer no more than a burden, "im just a burden on my son now", "im just
        # a burden. they sold land back home to pay my tuition" (not a burden for a reason or at a
        # time, "i feel like such a burden asking my flatmate for lifts", "im just a burden this
        # week, sorry for all the posts")
        # (its review: not "im just a burden right now, sorry for dumping all this on you", "... on
        # the group chat tonight with all my memes lol", "only a burden financially until ...", "a
        # burden bearer at work", "on the nhs now")
        "only_burden": Anchored(
            # (session 17's review: not someone's words, "my mum told me im only a burden here")
            r"(?<!told me )(?<!tells me )(?<!says )(?<!said )"
            r"\b(?:im|i am|ive become|ive been|i feel like im|i feel like i am) (?:just|only"
            r"|nothing but|nothing more than) (?:a|an) (?:\w+ )?burden(?: (?:to|on) (?:my|everyone"
            r"|everybody|them|him|her|those|people|the people|the family|the ones)\b[^.!?,]{0,30})?"
            # (session 17: "im just a burden at this point. my wife works two jobs ...")
            r"(?: now| here| at this point| these days)?"  # (and "i am only a burden here.")
            r"(?=\s*(?:[.!?,;]|$)|\s+(?:and|thats|they|he|she|its)\b)"
            r"(?![^.!?]{0,60}\b(?:sorry|lol|lmao|haha\w*|tonight|today|this week|financially|until"
            r"|till)\b)",
            # round 90 and its review: "im a burden to every one" (as below, not with a reason, a
            # place or a time: "... in my group project", "... while im off sick", "... anymore")
            # (round 92 and its review: "on" and "for" too, not someone's words, "my dad says im a
            # burden on everyone, hes such a dinosaur")
            _NOT_SOMEONES_WORDS + r"\b(?:im|i am) (?:such )?a burden (?:to|on|for) (?:literally "
            r"|basically )?"
            r"(?:everyone|everybody|every one|all of them|my whole family)\b"
            rf"(?![^.!?]{{0,40}}\b(?:{_A_REASON}"
            r"|in|on|while|since|until|till|right now|anymore|any more)\b)",
            # round 95 and its review: "im such a burden to my friends. every message i send ..."
            # (where the clause ends: not "... to my family at christmas, i cant cook anything",
            # "... to my partner with all my hospital appointments", "... to my parents, still
            # living at home at 28", nor someone's words, "my dad keeps saying im a burden ...")
            _NOT_SOMEONES_WORDS + r"(?<!saying )\b(?:im|i am) (?:such )?a burden (?:to|on|for) my"
            r" (?:friends|family|parents|kids|children|partner"
            r"|wife|husband)(?=\s*(?:[.!?]|$)|\s+(?:and (?:they|theyd)|they|theyd|honestly|tbh)\b)",
            # round 88 and its review: "i feel like such a burden to literally everyone" (not "...
            # when i vent", "... yesterday but talking here helped", "... at work because im slow")
            r"\bi (?:feel|just feel) like (?:such |a total |a huge |nothing but )?a burden to"
            r" (?:literally |basically |just )?(?:everyone|everybody|all of them|the whole world)\b"
            rf"(?![^.!?]{{0,40}}\b(?:{_A_REASON})\b)",
        ),
        # session 13: an accident wished for as a relief, "if the tractor rolled on me out in the
        # back paddock, honestly thatd be a relief", "itd be a relief if a truck just ploughed into
        # me" (not a day off, "if a bus hit me id get a week off")
        # (its review: "took me" only where the clause ends, not a ride, "if the bus took me all
        # the way home itd be a relief", "if the virus takes me out of work for a week")
        "accident_relief": Anchored(
            rf"\bif {_AN_ACCIDENT}[^.!?]{{0,50}}\b(?:a (?:relief|mercy|blessing)|for the best)\b",
            # session 16: "be easier on everyone if the tractor rolled on me one day, honestly"
            r"\b(?:easier|better) (?:on|for) (?:everyone|everybody|them|all of them|the family|my"
            rf" (?:family|wife|husband|kids|parents)) if {_AN_ACCIDENT}" + NO_LAUGH_AFTER,
            # round 91 and its review: "if i got hit by a bus on the way to the contact centre i
            # dont think id mind much tbh" (not time off or a break, "... and broke my leg i wouldnt
            # mind, 6 weeks in a cast sounds like a holiday", nor minding something, "... i wouldnt
            # mind my sister getting my cat")
            # (round 95: the other way round, "if a car hit me on the way to school i dont think
            # id mind")
            r"\bif (?:i (?:got|get|was|were) (?:hit|run over|knocked down|killed) by a (?:bus|car"
            r"|train|truck|lorry|tram)|(?:a|the) (?:bus|car|train|truck|lorry|tram) (?:hit|hits"
            r"|ran over|runs over|knocked down|killed) me"
            # session 15: the weather at work, "if a storm took the boat with me on it i dont think
            # id mind much"
            # (its review: not a day off or a wipeout, "if the storm gets me a snow day", "if a
            # wave took me out while surfing", "... took me by surprise")
            r"|(?:a|an|the) (?:big |freak )?(?:storm|wave|sea|flood|avalanche|blizzard|tornado"
            r"|gale) (?:(?:took|takes|killed|kills) me(?: away| for good)?(?=[ ,]+(?:i|id|honestly"
            r"|tbh)\b)|(?:took|takes|got|gets|hit|hits|killed|kills|swept|sank) the (?:boat|truck"
            r"|rig|car|tractor|plane|cab|trailer) with me (?:on|in) it))\b"
            r"(?:(?!\b(?:off|broke|break|leg|arm|bike)\b)[^.!?]){0,60}"
            # (session 15: "... i wouldnt even mind. at all")
            # (session 16: "if i got hit by a car on the school run i think id mostly feel relief")
            r"\b(?:i dont think id (?:even )?mind|i (?:wouldnt|would not) (?:even |really )?mind"
            r"|(?:i think )?id (?:mostly |honestly |just |probably )?feel (?:relief|relieved))"
            r"(?: much| at all| tbh|\. at all"
            # (round 95's review: nor a commute, "... my commute is 3 hours a day")
            r"| honestly)*\s*(?:[.!?,]|$)(?![^.!?]{0,60}\b(?:off|holiday|break|cast|compensation"
            r"|commute|hospital|netflix|nap|lol|lmao|haha\w*|jk|as long as)\b)"
            + NO_LAUGH_AFTER,  # (round 100's review: "... at all. lmao jk")
            r"\b(?:itd|it would|thatd|that would|id) (?:honestly |almost |kind of |kinda "
            r"|actually )?(?:be|feel like) (?:a (?:relief|mercy|blessing)|for the best)\b,? if "
            + _AN_ACCIDENT,
            # round 92: hoping the next flare is the one that takes the writer, "part of me hopes
            # the next flare is the one that finally takes me" (its review: not "gets me", said of
            # a therapist who understands)
            r"\b(?:hope|hopes|hoping|wish|wishes|wishing|pray|praying)\b[^.!?]{0,40}\b(?:is|will be"
            r"|would be|be|was) the one that (?:finally )?(?:takes|kills|finishes) me(?: off)?"
            r"\s*(?:[.!?,]|$)",
            # round 94: an illness hoped to end it, "sometimes i hope the heart thing the doctor
            # warned me about just happens and thats the end of it" (not a promotion hoped for)
            r"\b(?:hope|hoping|wish|pray)\b[^.!?]{0,15}\b(?:heart|cancer|tumou?r|stroke|clot"
            r"|aneurysm|illness|disease|condition|lump)\b[^.!?]{0,40}\b(?:just )?(?:happens"
            r"|kicks in|gets me|takes me)\b,? and (?:thats|that is|thatll be|that will be|itd be"
            r"|it would be) (?:the end of (?:it|me)|it)\s*(?:[.!?]|$)",
            # round 105: an illness taking the writer, a relief, "if the heart thing the doctors
            # keep missing actually got me, honestly part of me would be relieved"
            # (its review: where the clause ends, not "... id be grateful for the years i got", "...
            # id be glad to have been a donor", nor someone's words, "my nan used to say ...")
            r"(?<!say )(?<!says )(?<!said )"
            r"\bif (?:the|this|my) (?:\w+ ){0,2}(?:heart thing|heart|cancer|tumou?r|illness"
            r"|disease|condition|clot|infection|lump|aneurysm)\b[^.!?]{0,40}\b(?:got|gets|took"
            r"|takes|killed|kills) me\b,? (?:honestly |tbh |then )?(?:a )?(?:part of me |some part"
            r" of me )?(?:would be|id be|would feel|would honestly be)"
            r" (?:relieved|grateful|glad)\s*(?:[.!?]|$)",
            # round 92: something falling on the writer hoped for, "sometimes i hope a beam comes
            # down on me at work. quick and nobodys fault" (its review: not a share of work or a
            # spotlight, "i hope the spot beam lands on me for the solo", nor a joke, "i hope a
            # wall comes down on me so i dont have to go to this wedding lol")
            r"\bi (?:\w+ )?(?:hope|wish) (?:that )?(?:a|the|some) (?:\w+ ){0,2}(?:beam|tree|wall"
            r"|roof|ceiling|rock|scaffold|scaffolding|crane|girder|slab) (?:would |will )?(?:comes?"
            r"|falls?|drops?|collapses?|caves?) (?:down |in )?(?:on|onto) me\b(?! (?:not|instead"
            r"|rather|for|so)\b)(?![^.!?]*\b(?:lol|lmao|haha\w*|jk|so i dont|so i can|so i"
            r" wont)\b)",
            # session 17: a car hoped not to stop as the writer crosses, "sometimes when i cross the
            # road i kind of hope a car doesnt stop" (its review: not a driver not seeing, a bus to
            # catch or an ice cream van, "... i hope the bus doesnt stop. snow day please!")
            r"\b(?:when|as|while|whenever|every time) i (?:cross|step out|walk out|step off)\b"
            r"[^.!?]{0,40}\bi (?:\w+ ){0,2}hope (?:a|the|that|some) (?:car|bus|truck|lorry|van)"
            r" (?:doesnt|does not|wont|will not|wouldnt|would not) (?:stop|brake)(?: in time)?"
            r"\s*(?:[.!?]|$)(?![^\n]*\b(?:snow day|late|stop here|my stop|parade|school)\b)"
            + NO_LAUGH_AFTER,
            # session 17: "is it weird that i feel calm when i imagine not existing" (its review:
            # where the clause ends, not "... not being here at work tomorrow")
            r"\bi (?:feel|felt|get) (?:so |really |weirdly |strangely )?(?:calm|peaceful|at peace"
            r"|relieved|lighter) (?:when|whenever|if) i (?:imagine|picture|think about) (?:not"
            r" existing|not being alive|being dead)\s*(?:[.!?,]|$)" + NO_LAUGH_AFTER,
            # session 17: "is it normal to lie in bed hoping your heart just stops in the night?"
            # (its review: where it ends or in the night, not "... stops fluttering / being so
            # anxious", nor "i hope your heart stops, you muppet")
            r"\b(?:hoping|i hope|wishing|i wish|praying) (?:that )?(?:my heart (?:just |would"
            r" |will )?(?:stops|stop|gives out)(?:\s*(?:[.!?]|$)| in my sleep| in the night"
            r"| for good)|your heart (?:just )?(?:stops|gives out) in (?:the night|your sleep))"
            + NO_LAUGH_AFTER,
            # session 17: "maybe the world has one sinner too many, and its me."
            # (its review: a person's worth only, not "one comedian too many ... dad jokes")
            r"\b(?:the world|this world|this family|this house|everyone) has one (?:\w+ )?(?:sinner"
            r"|burden|mouth|person|soul|body|failure|waste|problem|disappointment|mistake|mess)"
            r" too many,? (?:and )?(?:its|it is|thats|that is|and thats) me\s*(?:[.!?]|$)"
            + NO_LAUGH_AFTER,
            # session 17: "thinking abt going to meet jesus early 🙃 and no thats not a bit"
            # (its review: the writer, where the sentence starts or after "i", not "were going to
            # meet jesus tonight!" at a vigil, "wanna meet jesus soon? come to alpha", nor the idiom
            # "im about to meet my maker tonight" of a forgotten anniversary)
            r"(?:(?:^|(?<=[.!?] ))(?:(?:been |just )?thinking (?:about|abt|of) )?|\b(?:im|i am|i)"
            r" (?:\w+ ){0,2})(?:going to|gonna|want to|wanna|ready to|planning to) (?:go )?meet"
            r" (?:jesus|god|allah|the lord|my creator) (?:early|soon|sooner|tonight"
            r"|ahead of schedule)\b(?=\s*(?:[.!,]|$)|\W*(?:and )?(?:no )?(?:thats |its |this is )?"
            r"not (?:a bit|a joke|joking|kidding)\b)" + NO_LAUGH_AFTER,
            # session 17: "honestly id be fine if i got sick and just never got better."
            # (its review: not fear, "i wouldnt be okay if ...", nor someone's words, "my friend
            # told me id be fine if ...")
            r"(?<!told me )(?<!says )(?<!said )(?<!thinks )(?<!think )"
            r"\b(?:(?:id|i would) (?:honestly |actually |really |probably )?(?:be fine|be ok"
            r"|be okay|be happy|be glad)|i (?:wouldnt|would not) (?:honestly |really )?mind) if i"
            r" (?:got|get|was|were|fell|became)"
            r" (?:really |very |seriously )?(?:sick|ill) and (?:just )?(?:never|didnt|did not)"
            r" (?:got|get|recover\w*)(?: better)?\s*(?:[.!?]|$)" + NO_LAUGH_AFTER,
            # session 17: a terminal diagnosis imagined as a relief, "if the doctor told me i had
            # something terminal i think id feel relieved"
            # (its review: not an answer at last, "... something incurable id honestly be relieved.
            # at least id have a name for it")
            r"\bif (?:the |my )?(?:doctors?|doc|gp|consultant|specialist|oncologist|they) (?:told"
            r"|tells|said|says) (?:me )?(?:i had|i have|it was|its) (?:something |got )?(?:terminal"
            r"|months to live|weeks to live)\b[^.!?]{0,30}\b(?:i think )?(?:id|i would|part of me"
            r" would) (?:honestly |probably |actually |secretly )?(?:feel |be )?(?:relieved|relief"
            r"|glad)\s*(?:[.!?]|$)(?![^\n]*\b(?:name for it|an answer|diagnos\w*|in my head"
            r"|finally know)\b)" + NO_LAUGH_AFTER,
        ),
        # round 97: death or nothing preferred to life, "heaven or nothing, honestly either one
        # would be better than here" (its review: only those two named, where the sentence ends;
        # not "pizza or nothing tonight, either one is better than this cafeteria slop", "death
        # or taxes lol, either way is better than this tax form")
        "either_better": Anchored(
            r"\b(?:heaven|death|hell) or (?:nothing|heaven|hell|death|oblivion),? (?:honestly |tbh "
            r"|really )?either (?:one|way) (?:would be|is) better than (?:here|this|being here"
            r"|living|being alive)\s*(?:[.!?]|$)(?![^\n]*\b(?:lol|lmao|haha\w*)\b)",
        ),
        # round 93: a headstone or coffin felt and said to be meant, "feeling very 🪦 today and not
        # in a joking way" (three blind lines in sessions 13-14; not a skull, which is a laugh)
        "grave_emoji": Anchored(
            GRAVE_FELT + r"[\U0001faa6\u26b0\U0001f480\s]*(?:(?:today|tonight|rn|lately"
            r"|again)\b)?,?\s*(?:(?:and|but|like)\s+)?(?:actually,?\s+)?(?:not (?:in (?:a|the) )?"
            r"(?:joking|funny|fun|ironic|meme)(?: way| kind| sense)?|not joking|not kidding)\b",
            # session 16: "feeling very 🪦 today and not in a joke way", the writer's own, where the
            # sentence starts and ends (its review: not "my houseplant is feeling very 🪦 ...",
            # "feeling 🪦 about the football result ...", "... about how bad this hangover is")
            r"(?:^|(?<=[.!?] ))(?:im |i am |been |honestly )?feeling (?:very |so |really )?"
            r"[\U0001faa6\u26b0]+\s*(?:(?:today|tonight|rn|lately|again)\s*)?,?\s*(?:and |but )?not"
            r" in a joke way\s*(?:[.!?]|$)",
            # (its review: not "no joke", "for real" or "like actually", said of leg day, a 10k,
            # the heat, a playlist)
            # session 16: a gun to the head said to be meant, "me rn: 🙂🔫 but not as a meme tbh"
            r"\bme(?: rn| right now| today| tonight)?:\s*(?:[\U0001f600-\U0001f60a\U0001f642"
            r"\U0001f643\u263a]\ufe0f?\s*)?\U0001f52b\ufe0f?\s*(?:(?:but|and)\s+)?not (?:as )?"
            r"(?:a )?(?:meme|joke|joking)\b"
            # (its review: not a toy or a sport, "... actual water pistol for the heatwave lol")
            r"(?![^\n]*\b(?:lol|lmao|haha\w*|water pistol|nerf|range|clay|laser tag|paintball"
            r"|airsoft|toy|tax return|homework)\b)",
            # session 16: the meme, "me: 🙂 my brain: 🪦🪦🪦 every single night" (its review: the
            # smile beside it, not "my brain: 🪦 all day on this calc homework", the heat, a
            # newborn, a flatpack)
            r"\bme:\s*(?:[\U0001f600-\U0001f60a\U0001f642\U0001f643\u263a]\ufe0f?\s*)+my (?:brain"
            r"|head|mind):\s*[\U0001faa6\u26b0]"
            r"(?![^\n]*\b(?:lol|lmao|haha\w*|jk|exam|exams|essay|deadline|work|shift)\b)",
        ),
        # round 90: the means got for it, "bought what i need for the sewerslide, doing it on his
        # death date sat"
        "means_for_it": Anchored(
            # (its review: the clause ends there, not "the suicide squad cosplay", "the suicide
            # prevention walk", "my attempt at sourdough")
            r"\b(?:bought|got|have|sorted|ordered|collected) (?:what i need|everything i need|the"
            r" stuff|what i needed|everything) for (?:the|my) (?:suicide|overdose)\s*(?:[.!?,]|$)",
        ),
        # the whole of it over, the writer with it: "want the whole story to be over, me included"
        "me_included": Anchored(
            r"\b(?:want|wish|need)\b[^.!?]{0,40}\b(?:over|done|finished|gone)\b,? (?:and )?"
            r"(?:me included|including me|me with it|me too)\b",
            # the means named as one's own: "the 11:40 train is mine"
            r"\b(?:voices?|told me|its decided|i know)\b[^.!?]{0,40}\bthe (?:\d\d?(?::\d\d)? ?(?:am"
            r"|pm)? |next |last )?(?:train|bus|tram) is mine\b",
        ),
        # dark jokes that stopped being jokes: "the six feet under jokes stopped being jokes"
        "not_joking": Anchored(
            r"\b(?:jokes?|joking) (?:have |has )?stopped being (?:jokes?|a joke)\b",
            r"\b(?:jokes?|joking)\b[^.!?]{0,40}\b(?:arent|are not|isnt|is not) (?:a )?jokes?"
            r" (?:anymore|any more)\b",
            r"\b(?:im )?not (?:really )?joking (?:anymore|any more)\b(?! about\b)",
        ),
        # punishment of one's body that leaves marks: "this need to punish my body ... marks"
        "punish_self": Anchored(
            r"\b(?:need|urge|want|wanting|have|has) to punish (?:my body|myself|my skin)\b"
            r"(?! (?:at|in) the gym\b| with (?:a |an |extra )?(?:run|workout|salad|gym))",
        ),
        # words put in the writer's mouth, then taken up: "...to 'youd be better off dead' and
        # im starting to agree with it"
        "agree_with_voice": Anchored(
            r"\b(?:youd be better off dead|you (?:should|need to) (?:just )?die|kill yourself|kys"
            r"|you dont deserve to (?:live|be here)|just die)\b[^.!?]{0,80}\b(?:(?:im|i am"
            r"|i keep) (?:starting|beginning|tempted) to (?:agree|believe)|part of me (?:agrees"
            r"|believes))\b",
        ),
        # the mind telling the writer to die: "my brain keeps going just end it bro"
        "inner_voice": Anchored(
            r"\b(?:my (?:brain|head|mind|inner voice)|the voices?|a voice)"
            r"(?: keeps?| just| always)?"
            r" (?:going|goes|saying|says|telling me|tells me|screaming|whispering) (?:to )?"
            # (round 66: "my brain keeps telling me to delete myself")
            r"(?:just )?(?:end it|(?:kill|delete) (?:myself|yourself|urself)|kys|die(?! on)"
            r"|unalive|jump"
            # round 56: "on the platform ... a voice says just step forward" (not "step forward
            # please, next customer"), "step out in front of the lorries"
            r"|just step (?:forward|off)\b(?! (?:please|and|if|into|for|of)\b)"
            r"|step (?:out )?in front of (?:the|a) (?:lorr(?:y|ies)|trains?|bus(?:es)?|cars?"
            r"|traffic|trucks?)\b)\b",
            # "4am brain says suicide is the answer": the mind at night, not someone else
            r"(?<!her )(?<!his )(?<!their )(?<!your )"
            r"\b(?:my|the|\d{1,2} ?am|late night|night ?time) (?:brain|head|mind)(?: keeps?| just"
            r"| always)? (?:says|saying|tells me|telling me|whispers|goes) (?:that )?(?:suicide"
            r"|dying|death|ending it|killing myself) is the (?:answer|only (?:way|option|way out)"
            r"|way out|solution)\b",
        ),
        # ideation named as returning: "ideations back", "my si is back again"
        "ideation_back": Anchored(
            r"\b(?:the |my |suicidal )?ideation(?:s| is| has| have)? (?:been )?(?:back|returned"
            r"|come back|coming back|creeping back|bad again|worse again|getting worse)\b",
        ),
        # the thought returning unasked: "suicide keeps crossing my mind at work"
        "crosses_mind": Anchored(
            r"\b(?:suicide|killing myself|ending (?:it|my life|things)|self harm|dying|not being"
            r" here)\b (?:\w+ )?(?:keeps|kept|is|has been|always) (?:crossing|entering|popping"
            r" into|coming into|creeping into|on) my mind\b",
        ),
        # death spoken of as something pleasant: "sleeping forever sounds really nice"
        "death_appeal": Anchored(
            r"\b(?:sleeping forever|not waking up|never waking up|not existing|being dead"
            r"|dying)\s+(?:\w+\s+)?(?:sounds|seems|feels|looks)\s+(?:\w+\s+)?(?:nice|good"
            r"|peaceful|appealing|tempting|better|like a relief|so nice)\b",
            # session 20: "could really go for not existing rn 🪦" (its review: where the clause
            # ends, not "not waking up at 5am", "dying my hair purple", "the big sleep tonight,
            # love a bogart noir", "dying on that hill"; nor taken back, "... jk im fine")
            r"\b(?:could|would|id) (?:really |honestly |totally |so |seriously )?go for"
            r" (?:not existing|not being alive|not waking up|being dead|the (?:forever|eternal)"
            r" (?:nap|sleep))(?: (?:right now|tbh|ngl|honestly|atm|lately))?(?=\s*(?:[.!?,]|$"
            r"|[^\w\s]))(?![^\n]*\b(?:jk|lol|lmao|haha\w*|kidding)\b)",
            r"\b(?:take|taking|have|having) (?:the|a) (?:big|long|permanent|eternal|forever)"
            r" (?:sleep|nap|dirt nap)\b",
            # round 106: "fr considering the forever nap 😴⚰️" (its review: the writer's own, the
            # words closed, not "a permanent sleep schedule", "the eternal rest prayer", "my cat
            # is craving a forever nap on the radiator")
            # session 16: "thinking abt the forever nap a lot lately", "srsly considering the big
            # sleep. not trolling"
            r"(?:^|(?<=[.!?] )|(?<=\bfr )|(?<=\bngl )|(?<=\bi )|(?<=\bim )|(?<=\bhonestly )"
            r"|(?<=\bsrsly )|(?<=\bseriously ))"
            # (its review: not "craving a long sleep", tiredness)
            r"(?:considering|thinking about|craving|wanting) (?:(?:the|a) (?:eternal|permanent"
            r"|forever) (?:sleep|nap|dirt nap)|the (?:big|long|final) sleep)(?=\s*(?:[.!?,]|$)"
            r"|\s+(?:more"
            r"|again|tonight|lately|a lot|ngl|tbh|fr|honestly)\b|\s*[\U0001f300-\U0001faff])"
            r"(?![^\n]*\b(?:lol|lmao|haha\w*|jk|film|movie|novel|book|chandler|bogart)\b)",
        ),
        # round 52, the grave wished for: "honestly want to be six feet under", "ready for the
        # dirt nap", "logging off life permanently"
        "grave_wish": Anchored(
            r"\b(?:want|wanna|wish|wishing|wanting|ready|rather|longing|hoping|deserve) (?:to )?"
            r"(?:just )?be (?:six feet under|6 feet under|in the ground|pushing up daisies"
            r"|worm food|in a coffin|in my grave|in the grave|in a box)\b",
            r"\bready for (?:the|my) (?:dirt nap|long sleep|big sleep|eternal sleep"
            r"|forever sleep)\b",
            # round 62: "feeling very 'oh to be a corpse' today but unironically"
            r"\boh to (?:be (?:a corpse|dead|in the ground|six feet under|in a coffin)|not exist"
            r"|not be alive)\b(?! (?:tired|inside|on my feet|beat)\b)"
            r"(?=[^.!?]{0,40}\b(?:unironically|not joking|genuinely)\b)",
            # round 61: "3rd night in a row of wanting to kermit" (the meme's frog, not the muppet
            # show)
            r"\b(?:want|wanting|wanna|urge|urges|tempted)\s+to\s+kermit(?:\s*(?:[.!?,]|$)|\s+(?:tonight"
            r"|again|ngl|tbh|fr|irl|myself|so bad)\b)",
            # round 60: "my brain keeps saying unsubscribe from life." (not "from life insurance
            # emails", "from life for a weekend"), "lately i keep asking him to hurry up and take
            # me"
            r"\bunsubscrib(?:e|ing) from (?:life|existence|existing|this life|living|being alive)"
            r"\s*(?:[.!?,]|$)",
            r"\b(?:asking|ask|begging|beg|praying|pray)(?: for)? (?:god|him|allah|jesus|the lord"
            r"|the universe)(?: to)? (?:just |please |hurry up and |to hurry up and )?take me\b"
            r"(?! (?:to|through|with|out|back|under|in|home to|somewhere)\b)",
            # session 13: asking to be spared more days, "every night i ask whoevers listening not
            # to make me do another day of this"
            r"\b(?:asking|ask|begging|beg|praying|pray)(?: for)? (?:god|him|allah|jesus|the lord"
            r"|the universe|whoevers listening|whoever is listening|whoevers up there|anyone up"
            r" there)(?: to)? (?:please )?(?:not to|to not|dont) make me (?:do|live|face"
            r"|wake up to) (?:another|one more) day(?: of (?:this|it|life|living|being alive))?"
            r"\s*(?:[.!?,]|$)",
            # round 59: "ready for the eternal dirt nap ngl" (not "my phone is ready for ...")
            r"(?<!is )(?<!are )(?<!its )(?<!hes )(?<!shes )(?<!theyre )\bready for (?:the|my)"
            r" (?:eternal|long|big|final|forever) (?:dirt nap|long sleep|big sleep|sleep)\b",
            # round 53: "honestly ready to dip from existence"
            r"\b(?:dip|dipping|peace out|bounce|yeet myself|check out) (?:from|of|out of)"
            r" (?:existence|existing|life|this life|this world|this planet|earth)\b"
            r"(?! for (?:a|an|the|one|two|\d+)\b| (?:till|until)\b)",
            # round 58: "reckon i might just check out one of these days"
            r"\b(?:might|gonna|going to|want to|wanna|ready to|could) (?:just )?check out"
            r" (?:one of these days|for good|permanently|forever|for ever)\b"
            r"(?! (?:from|of|at|on|to|and (?:just )?(?:travel|go|move|live|see|start))\b)"
            rf"(?![^.!?]{{0,30}}\b(?:{_CHECKED_OUT_OF})\b)",
            # session 12: "been thinking about checking out early. retirement was meant to be the
            # golden years" (not "... early today", "... from the conference", a hotel)
            # (its review: nor a stay or a shop named in the next sentence, "... the b&b smells")
            r"\b(?:thinking (?:about|of)|think about|want to|wanna|ready to) (?:just )?"
            r"check(?:ing)? out early\b(?!\s+(?:today|tonight|tomorrow|this|from|and|to|so|on"
            rf"|for)\b)(?![\s\S]{{0,80}}\b(?:{_CHECKED_OUT_OF}|conference|festival|holiday|b ?&"
            r" ?b|bnb|hostel|wifi|tesco|queue|supermarket|checkout|guests?|reception)\b)",
            # session 12: "thinking about doing a little self-deletion ngl" (not deleting posts)
            r"\b(?:thinking (?:about|of)|considering|want|wanna|craving|urges? (?:for|of)|ready for"
            r"|tempted by) (?:doing )?(?:a (?:little |bit of |lil )?|some )?self ?-?deletion\b"
            r"(?! (?:of|button|feature|setting|timer)\b)",
            # session 12: gaming words for not going on ("just want to go to sleep and skip the
            # respawn", "feeling very 'delete my character' today and not in a gaming way")
            r"\b(?:want to|wanna|just want to|id like to|would love to|wish i could)\b[^.!?]{0,40}"
            r"\b(?:skip the respawn|not respawn|never respawn|no respawn)\b"
            r"(?! (?:animation|cutscene|wait|timer|button|screen|time|point|grind|mod)\b)",
            r"\b(?:feeling|feel|in my|energy)\b[^.!?]{0,15}\bdelete my character\b"
            r"(?![\s\S]{0,40}\b(?:in the game|in game|save|slot|and start|new one|reroll|build)\b)",
            # session 12: "want to unexist. thats all"
            # (its review: not "unexist that email", "... but not in a suicide way")
            r"\b(?:want|wanna|wish i could|just want|need) (?:to )?un-?exist"
            r"(?=\s*(?:[.!?,]|$|(?:tonight|forever|for good|completely|thats all)\b))",
            # session 12: "thinking about catching the early bus to heaven ngl"
            r"\b(?:thinking (?:about|of)|want to|wanna|ready to|gonna|might|could) (?:just )?"
            r"(?:catch|catching|get|getting|take|taking|book|booking) (?:the |an |a )?(?:early"
            r" |first |next |last |one way )?(?:bus|train|flight|ticket|ride) (?:to|into)"
            r" (?:heaven|the afterlife|the other side|the next life)\b",
            # session 12: "wouldnt mind shuffling off this mortal coil sooner rather than later"
            r"\b(?:wouldnt mind|would not mind|want to|wanna|ready to|thinking (?:about|of)|might"
            r"|could|gonna|going to|time to|tempted to|longing to|like to) (?:just )?"
            r"shuffl(?:e|ing) off (?:this|the|my) mortal coil\b",
            r"\blog(?:ging|ged)? (?:off|out)(?: of| from)? (?:life|this life|existence|existing)"
            r" (?:permanently|for good|forever|for ever)\b",
        ),
        # stopping for good, oneself (round 54): "i could just stop, properly stop, for good"
        "stop_for_good": Anchored(
            r"\bi (?:could|can|want to|wanna|just want to|would|might) (?:just )?stop"
            r"(?:,? (?:properly|really|completely|fully) stop)?,? (?:for good|forever|permanently"
            r"|for ever)\b"
            r"(?! (?:and|to) (?:go|move|live|start|get|find|become|be|retire|travel)\b)",
        ),
        # no future seen for oneself (round 53): "i genuinely dont see myself being around for
        # the next one", "not even planning on being around to graduate"
        "not_around": Anchored(
            # "around" only as the whole of it: not "around kids all day", "around the house"
            r"\b(?:dont|do not|cant|cannot|can not) (?:really |honestly |even )?(?:see|picture"
            r"|imagine) myself (?:being |still )?(?:alive\b(?! (?:at|in|on|when|by)\b)|around"
            r"(?:\s*[.!?,]|$| (?:anymore|any more|next year|for long|for much longer)\b))",
            r"\bnot (?:even )?(?:planning|plan|expecting) (?:on|to) (?:being|be|still being)"
            r" (?:around|alive)\b (?:to graduate|to finish (?:school|uni|college|my degree)"
            r"|to make it to|by the end of (?:the|this) (?:year|month|week))",
        ),
        # a streak broken in thought (round 56): "three months without self-harming and today
        # all i can think about is doing it again"
        "streak_urge": Anchored(
            r"\b(?:days?|weeks?|months?|years?) (?:without|free of|free from|clean from|since)"
            r" (?:self\W?harm\w*|cutting|hurting myself|burning myself|my last cut)\b[^.!?]{0,60}"
            r"\b(?:doing it again|do it again|cut again|cutting again|all i can think about is"
            r" (?:doing it|cutting|hurting myself|dying|ending it|the blade))\b",
        ),
        # another attempt wanted: "two weeks since my last attempt and i want to try again"
        "try_again": Anchored(
            r"\b(?:my|the|last|first|suicide) attempts?\b(?! (?:at|on|to|of)\b)[^.!?]{0,60}"
            r"\b(?:(?:want|wanna|going|planning|plan|need|ready|tempted) to try (?:it |that )?again"
            r"|(?:thinking|thought) (?:about|of) (?:doing it|trying) again"
            r"|planning the next one)\b",
        ),
        # means or death calling: "the pills in the cabinet keep calling my name", "the bridge
        # has been calling me all week", "death keeps calling me"
        "calling_me": Anchored(
            r"\b(?:death|suicide|self harm|the (?:pills|blades?|razors?|rope|bridge|river|tracks"
            r"|edge|void|grave|ground|cliffs?|sea))\b(?: in the (?:\w+ )?\w+)?(?: keeps?| is| are"
            r"| has been| have been| been| keep on)? calling (?:me|my name|to me)\b",
        ),
        # being gone as the answer: "starting to think not being here at all is the answer",
        # "maybe its kinder if i just disappear for good"
        "gone_answer": Anchored(
            r"(?<!dont think )(?<!do not think )(?<!dont believe )(?<!never think )"
            r"\b(?:not being here|not existing|not being alive|being gone|me being gone|being dead"
            r"|dying|ending my life|disappearing for good)(?: at all| anymore"
            r"| any more| for good| forever)? (?:is|would be|seems like|feels like|might be"
            r"|could be) (?:the|my) (?:only )?(?:answer|way out|solution|best option|only option"
            r"|only way)\b",
            r"\b(?:kinder|better|easier|best)(?: for (?:everyone|them|all|my \w+))? if i (?:just )?"
            r"(?:disappear|disappeared|vanish|vanished)(?: for good| forever| permanently)\b",
        ),
    }
)

WEAK_EXTRA = {
    # slang for suicide that is also ordinary travel: counts only beside means or a plan
    "catch_bus": Anchored(r"\bcatch(?:ing)? the bus\b(?! (?:to|home|back|into|from)\b)"),
    # "i know where ill go": a plan without the act named; urgent beside means or a plan
    "plan_known": Anchored(
        r"\bi know (?:where|when|how) (?:ill|i will|im going to|i am going to|to) (?:go|do it"
        r"|end it|do this)\b(?! (?:to|for|with|on|after|next|shopping|tomorrow)\b)",
    ),
}

# A question asked of anyone (round 94), which `ME_TOO` may answer for the writer: "is it normal
# to want to kill yourself after losing a ranked match? because i do".
# (its review: not an idiom, a game or a relationship, "... to want to die of embarrassment",
# "... to want to kill yourself in minecraft hardcore", "... to want to end it with my boyfriend")
ASKED_OF_ANYONE = Anchored(
    r"\b(?:is it|its it) (?:normal|weird|bad|ok|okay|wrong|common) to (?:want to|wanna|think about"
    r"|keep thinking about) (?:kill(?:ing)? yourself|die|end(?:ing)? (?:it all|your life)"
    r"|hurt(?:ing)? yourself|suicide|not (?:want to )?(?:wake up|be alive|exist))"
    r"(?=\s*\?|\s+(?:sometimes|a lot|all the time|every day|after|when|because|over)\b)"
)
# A question about others answered for oneself: "...? cuz mine are constant", "...? i do".
ME_TOO = Anchored(
    r"\?\s*(?:cuz|cause|because|coz|bc|and|tbh|cos)?\s*(?:mine|i do|me too|same here|i get them"
    r"|i have them|i always do|thats (?:every night|every day|me|how i feel))\b"
    # (round 94's review: not an answer in the past or a denial, "? mine have stopped since i
    # started therapy", "? i do not")
    r"(?! (?:have |are |had )?(?:stopped|gone|over|better|not)\b)",
    # the writer takes someone else's words as their own (the review of round 52): "the
    # heroine wants to die, and honestly so do i", "... and meant every word"
    r"\b(?:and )?(?:honestly |tbh )?so (?:do|am|have) i\b|\bmeant every (?:word|line)\b"
    r"|\b(?:its|thats) (?:exactly )?how i feel\b|\bive felt (?:like )?that (?:every|all)\b"
    r"|\bi (?:feel|felt) (?:exactly |just )?the same\b|\bi (?:relate|still feel it)\b"
    r"|\brelate so much\b|\bi wrote the same\b"
    # "the midwife asked if ive had thoughts of harming myself and i said no but the truth is
    # yes" (round 54)
    r"|\bthe truth is (?:yes|i do|i have)\b(?![^.!?]{0,30}\b(?:years ago|was years|havent since"
    r"|in the past|back then|but it was|but that was)\b)"
    # "... and i lied and said no. i have." (round 56: across the full stop)
    r"|\b(?:i lied|said no)\b[^!?]{0,25}\b(?:i do|i have|truth is yes|yes i do)\s*(?:[.!,]|$)"
    # the writer's own act beside a resource or another's words: "the website on self-harm
    # said to hold ice but it doesnt help, i still cut last night"
    r"|\bi still (?:cut|self harm|hurt myself|burn myself|do it)\b|\bi do it (?:every|most|all)\b"
    r"|\btalking about me\b"
    # "does anyone else ... hope they just dont wake up tmrw. bc thats me every single night"
    r"|\b(?:bc|because|cause|cuz|cos|coz) thats me\b|\bthats me (?:every|most|all)\b",
)
# A farewell to everyone said with finality, across the whole message ("goodbye everyone.
# this is it"). Either half alone is ordinary ("bye everyone, see you tomorrow").
FAREWELL = Anchored(
    r"\b(?:goodbye|bye|farewell) (?:everyone|everybody|all|world|guys|to (?:you )?all)\b"
    r"(?! (?:for now|for today|for tonight|see you|till|until|talk|catch)\b)",
)
FAREWELL_FINAL = Anchored(
    r"\bthis is it\b(?! (?:for (?:today|tonight|now|the week)|then)\b)",
    r"\bthis is the end\b(?! of (?:the|my) (?:week|day|shift|term|semester|season)\b)",
    r"\b(?:forever|for the last time|for good|i wont be back|final goodbye)\b",
    r"\b(?:im sorry|sorry) for everything\b",
)
