"""Pattern tables for the crisis assessment, kept apart from the logic that combines them.

Patterns run on text normalised by `crisis.normalise`: lower case, no apostrophes inside
words ("dont", "im"), leetspeak undone, slang and common typos mapped onto plain words.
Each table maps a signal name (what moderators see) to one compiled pattern.
"""

from __future__ import annotations

from chalicelib.domain.safety.crisis_cues import FINALITY, MEANS, METHOD_HOWTO, PLAN
from chalicelib.domain.safety.crisis_phrases import (
    NO_LAUGH_AFTER,
    NOT_FROM_AN_ACCOUNT,
    NOT_IN_MY_BOOTS,
    STRONG_EXTRA,
    WEAK_EXTRA,
)
from chalicelib.domain.safety.crisis_regex import Anchored

_rx = Anchored


# "sleep forever after this week" is tiredness with an end in sight, not wanting to die.
_NOT_TIREDNESS = r"(?!\s+(?:after|once|when|till|until|this|on|at|in|from)\b)"

STRONG = {
    "self_kill": _rx(
        r"\b(?:kill|killing|end|ending|unalive|unaliving|hang|hanging|shoot|shooting|drown"
        r"|drowning|poison|poisoning|neck|delete|stab|stabbing|top|topping)\s+myself\b"
        # (round 66's review: not "delete myself from the group chat")
        r"(?!\s+(?:laughing|up))" + NOT_FROM_AN_ACCOUNT,
        r"\b(?:to|going to|will|ill|might|could|should|just)\s+off\s+myself\b",
        r"\bif i (?:killed|ended|unalived) myself\b",
        # round 68 and its review: "want to do myself in honestly", "bruh im ready to game end
        # fr" (not "i could do myself in with this much coffee haha", "about to game end, final
        # round")
        r"\b(?:want to|wanna|going to|gonna|ready to|thinking of) (?:just )?do myself in\b",
        r"\b(?:want to|wanna|ready to|im going to|im gonna) (?:just )?game end\b"
        r"(?! (?:the|this|my|a|at|now|soon)\b)",
    ),
    "self_harm": _rx(
        r"\b(?:cut|cutting|hurt|hurting|harm|harming|burn|burning|scratch|scratching"
        r"|starve|starving)\s+myself\b(?!\s+(?:cooking|shaving|chopping|playing|lifting"
        r"|running|laughing|at the gym|at work|on (?:a|the)|with (?:a|the) (?:knife|paper)"
        r"|by accident|accidentally|while|when i fell|falling))",
        # (round 61: not "self harm awareness month", "a self-harm support group")
        r"\bself\s?-?\s?(?:harm|injur)(?!\w*\s+(?:awareness|prevention|support|services?|charity"
        r"|charities|helpline|hotline|resources?|training|course|workshop|module|policy|research"
        r"|statistics|rates?|admissions?|figures|cases|data|reports?|study|studies|survey)\b)",
        # (round 73: not what else is cut, "power cut again during the match", "hours cut again")
        r"(?<!power )(?<!hair )(?<!grass )(?<!lawn )(?<!budget )(?<!hours )(?<!shifts )(?<!pay )"
        r"(?<!wages )(?<!funding )(?<!benefits )(?<!water )(?<!gas )(?<!electricity )(?<!got )"
        r"(?<!gets )(?<!getting )\b(?:cut|cutting|burned|burning)\s+again\b",
        # round 71 and its review: "day 40 without self harming and i really want to cut tonight",
        # "itching to cut rn", "craving my old coping mechanism so bad rn": to cut with nothing
        # after it but now, again or how much (not "want to cut dairy", "cut 5 kg", "cut ties")
        r"\b(?:(?:i|im|i am|i really|really|so|and|just)\s+)?(?:want|wanna|need|itching|tempted"
        r"|dying) to cut(?=\s*(?:[.!?,]|$)|\s+(?:rn|right now|tonight|so bad(?:ly)?|so much|again"
        r"|myself|deeper|to feel)\b)",
        # round 96 and its review: "i keep wantin to cutt. my support wrker says ring her", the
        # writer wanting it (not "the grass is needing to cut", "my editor keeps wanting to cut,
        # half my novel is gone", "my manager is wanting to cut so much from the budget")
        r"\b(?:i keep|i keep on|ive been|i been|been|im|i am|im just|so|just) (?:wanting|needing)"
        r" to cut(?=\s*(?:[.!?]|$)|\s+(?:rn|right now|tonight|so bad(?:ly)?|again|myself|deeper"
        r"|to feel)\b)",
        # round 101: "feel like cutting, havent told my crisis team" (nothing cut after it: not
        # "feel like cutting my hair", "... class"; its review: not words or a session cut, "im 800
        # words over the limit, i feel like cutting, but which paragraph??", nor a question to
        # others, "do u guys ever just feel like cutting?", left to the model)
        r"(?<!ever )(?<!ever just )(?<!also )\b(?:i |i really |i just |really |just )?feel like"
        r" cutting(?=\s*(?:[.!,]|$)|\s+(?:again|rn|right now|so bad(?:ly)?|myself)\b)"
        r"(?![^\n]*\b(?:words?|paragraphs?|essay|scenes?|chapters?|hair|fringe|bangs|carbs|sugar"
        r"|class|lesson|session|ties|back|down|short|which|lol|lmao|haha\w*)\b)",
        r"\b(?:craving|crave|miss|missing|want|need) (?:my|the) old coping (?:mechanism|method"
        r"|habit)\b",
        # round 75: "my skin is itching to feel the blade again"
        r"\b(?:itching|craving|aching|longing) (?:to feel|for) (?:the|a|my)"
        r" (?:blade|razor)\b",
        # a body part with "again": a habit come back, not an accident
        r"\b(?:cut|burned|burnt|scratched|carved|hit)\s+(?:into\s+)?my\s+(?:arms?|wrists?"
        r"|thighs?|legs?|skin|stomach|hips?)\s+(?:\w+\s+)?again\b",
        r"\brelapsed?\s+(?:on|into|with)\s+(?:self harm|cutting)\b",
        # round 58, cuts in rows named for their look: "barcode urges back"
        r"\bbarcod(?:e|ed|ing) (?:urges?|again)\b"
        r"|\b(?:urges?|tempted|itching) to barcode\b",
        # body parts need a cue of habit or intent: "burned my arm cooking" is not self-harm
        r"\b(?:been|keep|kept|started|start|want to|going to|urge to|urges to|cant stop)\s+"
        r"(?:cutting|cut|burning|burn|scratching|carving|hitting|punching)\s+(?:into\s+)?my\s+"
        r"(?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?|body)\b",
        r"\b(?:cut|cutting|slit|slitting)\s+(?:open\s+)?my\s+wrists?\b",
        # "cat scratches": self-harm named as a pet's, told as a habit or an urge
        r"\bcat scratch(?:es)?\b[^.!?]{0,40}\b(?:again|urges?)\b",
        r"\b(?:marks|cuts|scars) on my (?:arms?|wrists?|thighs?|legs?|stomach) (?:are|is)"
        r" (?:fresh|new|still bleeding)\b",
        # "the new marks are from this week"; arms hidden in the heat
        r"\b(?:the |my )?(?:new|fresh) (?:marks|cuts) (?:are|is) from (?:this|last)"
        r" (?:week|night)\b(?![^.!?]{0,60}\b(?:cat|dog|kitten|puppy|class|cooking|kitchen|garden"
        r"|roses|brambles|climbing|knife skills|bathed|shaving)\b)",
        r"\b(?:long sleeves|hoodie|jumper|sleeves down)\b[^.!?]{0,40}\bso (?:nobody|no one|noone"
        r"|people dont|they dont) (?:sees?|notices?|can see) (?:my|the) (?:arms|wrists|legs|thighs"
        r"|marks|cuts)\b(?! (?:covered in|full of|with) (?:mosquito |bug |insect )?(?:bites|rash"
        r"|eczema|sunburn|tattoos?|hair|bruises))",
        r"\b(?:itch(?:ing|es)?|aching|craving|crave|longing) for (?:the|my|a) (?:blade|razor"
        r"|cutting)\b",
        # the habit calling: "the old habit with the blade keeps calling me"
        r"\b(?:habit|urges?|blades?|cutting|razor)\b[^.!?]{0,40}\b(?:keeps?|has been|is|been)"
        r" (?:calling|pulling|calling out to|whispering to) me\b",
        r"\burges? to (?:cut|self harm|hurt myself|burn myself)\b(?! (?:stopped|faded|eased|went"
        r"|have (?:stopped|gone|faded)|are (?:gone|fading)|my hair|my fringe|the|back"
        r"|down|ties|corners|costs)\b)",
        r"\b(?:going to|want to|about to|ready to)\s+cut\s+(?:deep|deeper|again)\b",
        # "the old itch to take a blade to my arm"
        r"\b(?:itch|urge|pull|temptation) to take a (?:blade|knife) to my (?:arms?|skin"
        r"|wrists?|legs?|thighs?)\b(?! to (?:pop|get|remove|cut out|shave|trim)\b)",
        # the urges named by the act: "cutting urges r relentless right now"
        r"\b(?:cutting|burning|self harm|self harming) urges?\b(?! (?:are|have|has) (?:gone|stopped"
        r"|faded|eased|quiet|quieter|less|better)\b)",
        # pain sought to quiet the mind: "i want to feel actual physical pain"
        r"\b(?:want|need|crave|craving|wanting|needing) (?:to feel )?(?:actual |real )?physical"
        r" pain\b",
    ),
    "suicidal": _rx(
        r"\bsuicidal\b",
        r"\bsuicide\s+(?:thoughts?|ideation|urges?|plans?|notes?|attempts?|letters?)\b",
        r"\b(?:feel|feeling|felt|been|so|really|very|getting)\s+suicid(?:e|al)\b",
        r"\b(?:think|thinking|thought|thoughts|considering|contemplating|planning)\s+"
        r"(?:about\s+|of\s+)?(?:committing\s+)?suicide\b"
        r"(?!\s+(?:prevention|awareness|hotline|helpline|rates?|statistics|lifeline))",
        r"\b(?:commit|committing|attempt|attempted|attempting)\s+suicide\b",
        # round 64: "low key thinking of unaliving"
        r"\b(?:im|i am|ive been|been|i keep|keep|i|lowkey|low key|honestly|still|always)"
        r" (?:thinking|think|thought) (?:of|about) unaliv(?:ing|e)\b"
        r"(?! (?:is|came|was|the|a|this)\b)",
        # round 68 and its review: "im in sewerslide mode again", "feeling very unalive-y today"
        # (the writer's: not "my phones battery is in suicide mode", "that trend about feeling
        # unalive-y", "feeling very unalive-y after leg day lol")
        r"\b(?:im|i am|ive been|been|i was|back) (?:\w+ )?(?:in|into) (?:full )?"
        r"(?:suicide|suicidal) mode\b",
        r"(?<!about )\bfeeling (?:very |so |really |kinda |kind of |a bit |pretty )?unalive(?:-?y"
        r"|-?ish)?(?![\w-])(?! (?:after|from|lol|lmao)\b)",
        # round 66: "ngl been on that unalive vibe since the harvest tanked"
        # (the writer's, not "that meme is so on that unalive vibe lol")
        r"\b(?:been|im|i am|ive been|i was|i been|still|lowkey|low key|ngl|honestly|back)"
        r" (?:so |lowkey |kinda |fully |deep )?(?:on|in) (?:that|an|the|my|full) unalive"
        r" (?:vibes?|mood|mode|era|arc|phase|headspace)\b(?! (?:content|memes?|posts?|videos?)\b)",
        # round 59: "part of me thinks suicide would be easier than standing in front of that
        # judge"
        r"\b(?:part of me|i|me) (?:thinks?|feels?|keeps? thinking|believes?|wonders? if)(?: that)?"
        r" suicide (?:would|could|might|will|d) be (?:so much |much |a lot )?(?:easier|better"
        r"|simpler|a relief)\b",
        # round 58: "all morning the thought is suicide suicide suicide"
        r"\b(?:thought|thoughts|mind|head|brain|voice)\b[^.!?]{0,20}\bsuicide,? suicide\b"
        r"(?! (?:squad|prevention|awareness|hotline|helpline|rates?|note|watch|forest|season)\b)",
        r"\b(?:think|thinking|thought|thoughts)\s+(?:about|of)\s+(?:dying|death|being dead"
        r"|not being here|not existing)\b",
    ),
    "want_die": _rx(
        # a poison to be drunk: "the antifreeze is in front of me and im drinking it tonight"
        # (session 12: "got bleech under my bed and im drinking it after iftar")
        r"\b(?:pesticide|weedkiller|weed killer|paraquat|rat poison|antifreeze|bleach|bleech|bleche"
        r"|drain cleaner)\b[^.!?]{0,60}"
        # (its review: not denied, "vet said its fine if she didnt swallow it")
        r"(?<!didnt )(?<!not )(?<!never )(?<!dont )(?<!wont )(?<!not going to )(?<!not gonna )"
        r"\b(?:drink|drinking|swallow|swallowing|down|downing) (?:it|the lot|all of it"
        r"|the bottle)\b",
        # round 69 and its review: "part of me is hoping the infection wins this time" (not
        # "praying the cancer wins so he can rest", "hoping this virus takes me out of school")
        r"\b(?:hoping|praying) (?:that )?the (?:infection|cancer|sepsis|pneumonia|tumou?r)"
        r" (?:wins|takes me)\b(?! (?:the|an?|out|so|for)\b)",
        # envy of the dying: "im so jealous of people who get to die", "the hospice patients,
        # they get to die"
        r"\b(?:jealous|envious|envy)\b(?: of)?[^.!?]{0,50}\b(?:who|they|that|them) (?:get to die"
        r"|got to die|get to go|get to rest)\b",
        # not living to see a day (round 62): "friday when the carers leave im making sure i dont
        # see saturday"
        r"\b(?:making|make|made|gonna make|going to make) sure i (?:dont|do not|wont|will not"
        r"|never) (?:see|wake up (?:to|on)|live to see|make it to) (?:saturday|sunday|monday"
        r"|tuesday|wednesday|thursday|friday|tomorrow|another day|the morning|next week"
        r"|christmas|my birthday)\s*(?:[.!,]|$)",
        # a wish lasting since a loss (round 58): "since margaret passed ive wanted to die"
        # (not "its been a while since ive wanted to die": not lately)
        r"(?<!while )(?<!long )(?<!ages )(?<!time )(?<!years )(?<!months )(?<!weeks )"
        r"\bsince\b[^.!?]{0,40}\b(?:ive|i have) (?:wanted|been wanting|wished) to (?:die|be dead"
        r"|not be here|not exist)\b(?! (?:of|from|laughing|than|in|at|on|with|when)\b)",
        # undeserving of life (round 53): "i feel like i dont deserve to live"
        r"\b(?:i|me|im|myself)\b[^.!?]{0,20}\b(?:dont|do not|dont even|never) deserve(?:d)? to"
        r" (?:live|be alive|exist|be here)\b"
        r"(?! (?:in|somewhere|anywhere|like|with|near|at|on|here|there|this|that|such)\b)",
        # not "my dancing made her want to die" (round 52)
        r"(?<!her )(?<!him )(?<!them )"
        r"\b(?:want|wish|wishing|wanting|ready|deserve|hope|tempted|just want)\s+to\s+"
        r"(?:just\s+)?(?:die|be dead|not exist|not be alive|not be here|stop existing"
        r"|be unalive|unalive)\b(?!\s+(?:of|from|laughing|than|inside|a little)\b)"
        + NOT_IN_MY_BOOTS,
        r"\b(?:want|ready|going|planning|plan|need|about|trying|decided)\s+to\s+(?:just\s+)?"
        r"(?:kill myself|end it all|overdose|end things|end my life|end myself|end it(?! all\b))\b"
        r"(?!\s+(?:with|on (?!(?:my|the|all|pills|meds|tablets|insulin|paracetamol)\b)))"
        r"(?!\s+and\s+(?:start|begin)\s+(?:fresh|over|again|anew)\b)",
        r"\bwish (?:i|id) (?:was|were|could) (?:dead|die)\b|\bwish i could die\b",
        r"\b(?:still|always|constantly) (?:want|wanted|wanting|wish|wished) to (?:die|be dead"
        r"|kill myself)\b",
        r"\b(?:wish|wishing|hope|hoping|pray|praying)\s+(?:that\s+)?(?:i|id)\s+(?:would\s+"
        r"|could\s+|will\s+)?(?:just\s+)?(?:die|be dead|not wake up|never wake up)\b",
        r"\b(?:part of me|something in me|all i)\s+(?:wants?|wish(?:es)?)\s+(?:is\s+)?to\s+"
        r"(?:die|be dead|disappear|not exist|kill myself)\b",
        r"\bso (?:that )?i (?:can|could) (?:overdose|kill myself|end it|end my life|die)\b",
        r"\b(?:i|im|id)\s+(?:\w+\s+){0,2}better off dead\b",
        # "catch the bus" slang, unless it is going somewhere or at some time
        r"\b(?:ready|want|tempted|about|wish i could|thinking about|thinking of)\s+(?:to\s+)?"
        r"catch(?:ing)? the bus\b(?!\s+(?:to|at|home|into|from|back|in|with|on|for|before"
        r"|after|tomorrow|today|tonight|this|every|again|\d))",
        r"\b(?:im|i am|so|just|really)\s+(?:so\s+|just\s+|really\s+)?done\s+(?:with\s+)?"
        r"(?:life|living|being alive|existing)\b(?!\s+(?:like|with|in|here|under|admin))",
        r"\b(?:going to|want to|about to|ready to|planning to|plan to|will|ill)\s+jump\s+"
        r"(?:off|from|in front of)\s+(?:(?:a|the|my|this|that)\s+)?(?:\w+\s+){0,2}(?:bridge"
        r"|building|roof|rooftop|garage|cliff|balcony|overpass|tower|car park|window|ledge|train"
        r"|bus|truck|lorry|tracks|highway|motorway)\b",
        # session 16's review: "... im going to walk out in front of one tonight"
        r"\b(?:going to|gonna|want to|about to|ready to|planning to|plan to|will|ill)\s+(?:step"
        r"|walk|walk out|run out|lie down)\s+in front of\s+(?:(?:a|the|one of the)\s+)?(?:\w+\s+)?"
        r"(?:train|bus|car|truck|lorry|tram|traffic|one(?! of))\b",
    ),
    "end_life": _rx(
        r"\b(?:end|ending|take|taking|took)\s+my\s+(?:own\s+)?life\b",
        r"\bend it all\b(?!\s+(?:with|between)\s+(?:my|her|him|them|the|this|that|us)\b"
        r"|\s+and\s+(?:start|begin)\s+(?:fresh|over|again|anew)\b)",
        r"\bend everything\b",
        # round 61: "feel like ending it all tbh" (not "... with this job", "... and starting over")
        r"(?<!made me )(?<!makes me )\b(?:feel|feeling|felt) like ending (?:it all|everything)"
        r"(?:\s*(?:[.!?,]|$)|\s+(?:tbh|ngl|honestly|lately|tonight|today|right now|again)\b)",
        r"\b(?:wrote|written|writing|write|left|leaving)\s+(?:my\s+|a\s+|the\s+|some\s+)?"
        r"(?:goodbye|farewell|final|last)\s+(?:notes?|letters?|messages?)\b",
        # (session 20: suggested as grief work, "My grief counsellor suggested writing letters to
        # my brother. Has anyone tried that?")
        r"(?<!suggested )(?<!recommended )(?<!suggests )(?<!recommends )"
        r"\b(?:wrote|written|writing|left)\s+(?:\w+\s+)?letters\s+(?:to|for)\s+(?:my\s+|all\s+"
        r"(?:of\s+)?my\s+|each of my\s+)?(?:family|mum|mom|dad|parents|kids|children|friends"
        r"|wife|husband|partner|sisters?|brothers?|everyone|loved ones)\b"
        r"(?![^.!?]{0,40}\b(?:first day|birthday|christmas|lunch|school|trip|holiday|exam|while i"
        r"|when i get back)\b)"
        # (session 12: letters to someone who has died, grief work: "my therapist suggested
        # writing letters to my dad even though hes gone")
        r"(?!(?=[^.!?]{0,40}\b(?:(?:hes|shes|theyre|he is|she is|they are) (?:gone|dead|passed)"
        r"|passed away|who died|since (?:he|she|they) died|in heaven)\b)"
        # (its review: not when the writer goes to them, "... shes gone, im joining her tonight")
        r"(?![^.!?]*\b(?:join\w*|tonight|when i go|when im gone|be with (?:her|him|them)|see (?:her"
        r"|him|them) soon)\b))",
        r"\b(?:giving|give|gave|given) away (?:all )?(?:of )?my (?:things|stuff|belongings"
        r"|possessions)\b|\bwont need (?:it|them|any of (?:it|this)|my \w+) where im going\b",
    ),
    "not_live": _rx(
        # round 102: the commonest ways to say it in languages written beside English in peer
        # rooms (Tagalog, Swahili, Nigerian Pidgin, Hindi and Urdu in Latin letters, Spanish,
        # French, Portuguese), where the phrase ends its clause: "gusto ko na mmatay. sobrang sakit
        # na", "pagod na ako mabuhay.", "nimechoka kuishi. sitaki kuwa hapa tena", "omo, i don tire
        # for this life." (its review: not an idiom or a place after it, "gusto ko nang mamatay sa
        # hiya", "je veux mourir de rire", "no quiero vivir en esta ciudad", "sitaki kuishi
        # nairobi", "i don tire for this life o 😂"; not negated, "nao quero morrer"; not "me
        # quiero morir / matar", said of traffic and exams as often as meant; not the past, "dati
        # gusto ko nang mamatay")
        r"(?<!dati )(?<!no )(?<!nao )(?<!não )(?<!ne )\b(?:gusto ko(?: na| nang| ng)?(?: lang)?"
        r" (?:mamatay|mmatay|mamatai)|nataka kufa|(?<!me )quiero morir(?:me)?|je veux mourir"
        r"|quero morrer"
        r"|marna chaht[ai] (?:hoon|hun|hu)|mar jana chaht[ai] (?:hoon|hun|hu)"
        r"|(?<!me )quiero matarme|nataka kujiua|gusto ko(?:ng)? magpakamatay|je veux me suicider"
        r"|quero me matar|ayoko (?:na|nang) mabuhay|sitaki kuishi(?: tena)?|no quiero vivir"
        r"(?: mas| más)?|n[aã]o quero (?:mais )?viver(?: mais)?"
        r"|jeena nahi chaht[ai] (?:hoon|hun|hu)|pagod na (?:ako|akong) mabuhay|nimechoka kuishi"
        r"|i don tire for this life)"
        r"(?=\s*(?:[.!?,]|$)|\s+(?:na|ya|tena|ngayon|talaga|tlga|yaar|bas|anymore|now|tonight"
        r"|today)\s*(?:[.!?,]|$))(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jaja\w*|kkk+|jk)\b|[😂🤣💀]))",
        # round 91 and its review: the urge back after a streak, "havent self harmed in a while but
        # the urge is realy bad tonite" (not "havent cut ties with him yet but the urge is really
        # strong", "... but the urge is back to go heavy", "... back down to almost nothing")
        r"\b(?:havent|have not|hadnt) (?:self harmed|hurt myself|harmed myself|burned myself"
        r"|cut myself|cut)(?= (?:in|for|since)\b| \w+ (?:in|for|since)\b|,| but\b)[^.!?]{0,40}"
        r"\bbut (?:the|my|that) urges? (?:is|are|has been|have been|feels?) (?:so |really |very "
        r"|getting |pretty )?(?:bad|strong|awful|unbearable|loud|back|intense|worse)"
        r"(?=\s*(?:[.!?,]|$)| (?:tonight|today|again|rn|right now|lately|after|since|and)\b)",
        # round 80 and its review: "im in my sewerslide era" (not an album's "suicide season", nor
        # "back in my suicide era i never thought id see 25")
        r"\b(?:im|i am|currently|entering) (?:in )?my (?:suicide|suicidal|unalive|self harm)"
        r" (?:era|phase|arc)\b",
        # round 78: "suicide is just sitting there in my head like a lodger", "i dont want any more
        # days. im done with days", "lowkey rooting for a bus to hit me on the walk home"
        r"\bsuicide(?: is| thoughts? (?:are|is))? (?:just )?(?:sitting|living|rattling|stuck"
        r"|looping|circling) (?:there )?in my (?:head|mind|brain)\b",
        r"\b(?:dont|do not) want (?:any )?more days\s*(?:[.!?,]|$)",
        r"\b(?:rooting|hoping|praying|wishing) (?:for )?(?:a|the) (?:bus|car|truck|train|lorry)"
        r" (?:to )?(?:hit|hits|kill|kills) me\b(?![^.!?]{0,40}\b(?:so i (?:get|can|could)|week off"
        r"|day off|off work|off school)\b)",
        # round 76: "feel like ive run my course. fifty-five years is enough for anyone"
        r"\b(?:ive|i have|i|my life has|my lifes) (?:\w+ )?run (?:my|its) course\b"
        r"(?!,? (?:at|in|with|here|on|as|of|for)\b)",
        # round 61: "tryna find a reason not to unalive tbh"
        r"\b(?:find|finding|looking for|need|give me|cant find|struggling to find) (?:a|one|any)"
        r" (?:good )?reasons? (?:not to|to not) (?:unalive|kill myself|die|end it|end my life"
        r"|do it)\b",
        # round 59: "ive never felt more suicidal" (the "never" is the point, not a denial)
        r"\b(?:ive|i have|i) (?:never|not ever) (?:felt|been) (?:more|this|so) suicidal\b",
        # round 103: "if i didnt exist my parents could finally be happy"
        # (its review: not a pet, "my dog would be fine", nor a thought denied or someone's words,
        # "i no longer think if i didnt exist ...", "... she says that all the time ha!")
        r"(?<!think )(?<!thought )(?<!says )(?<!said )\bif i (?:didnt|did not|never) exist(?:ed)?,?"
        r" (?:my (?:parents|mum|mom|dad|family|kids|children|wife|husband|partner|sister|brother"
        r"|siblings|friends)|everyone|everybody|people|they|the world)(?: \w+)? (?:could|would"
        r"|might) (?:finally |all |actually )?be (?:happy|happier|free|fine|okay|at peace)\b"
        r"(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jk|says|said)\b|\bha ?!))",
        # round 103: "sometimes i picture stepping in front of a bus and it feels like relief"
        # (its review: the writer's own, not "imagine stepping in front of a car" taught to a child,
        # "picture stepping in front of the bus in that video", nor "i cant imagine ...")
        r"\bi (?:keep |sometimes |often |always |just |still )?(?:picture|imagine|daydream about"
        r"|fantasi[sz]e about|keep picturing|keep imagining) (?:myself )?(?:stepping|walking"
        r"|jumping|falling|lying down) (?:in front of|under) (?:a|the) (?:bus|train|car|truck"
        r"|lorry|tram|tube)\b(?! (?:shelter|stop|station|driver|pass|lane)\b)"
        r"(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jk)\b|\bha ?!))",
        # round 103: "kind of hoping the cold takes me this winter tbh"
        # (its review: not a day off, a tan or a ride, "hoping the snow gets me a day off", "hoping
        # the river takes me downstream fast")
        r"\b(?:hoping|hope|wish|wishing|praying) (?:that )?the (?:cold|winter|frost|snow|heat|sea"
        r"|river|storm) (?:takes|will take|would take) me(?=\s*(?:[.!?,]|$)| (?:this (?:winter"
        r"|year|time)|in my sleep|tbh|honestly|soon|away|for good)\b)"
        r"(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jk)\b|\bha ?!))",
        # round 104: "if i was gone, social services would finally give him the placement he needs"
        # (its review: not an absence, "if i was gone for the summer / on monday / by 6 / to uni",
        # "dead tired", "... my ex would finally stop texting me", nor denied or laughed off)
        r"(?<!longer think )(?<!dont think )(?<!never think )(?<!think that )(?<!says )(?<!said )"
        r"(?<!lol )(?<!lmao )(?<!haha )\bif i (?:was|were) (?:gone|dead|not here)\b"
        r"(?! (?:for|on|by|to|tired|from|in|at|until|till)\b),? [^.!?]{0,40}\b(?:would|could)"
        r" finally\b(?! stop (?:texting|calling|messaging|buzzing|ringing))"
        r"(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jk|says|said|holiday|trip|away|week|weekend)\b"
        r"|\bha ?!))",
        # round 104: "truth is id trade places and not come back"
        r"\b(?:id|i would) (?:happily |gladly |honestly )?(?:trade|swap) places(?: with (?:her|him"
        r"|them))? and not come back\b(?! from\b)" + NO_LAUGH_AFTER,
        # round 106: "kys is what my brain tells me 24/7 at this point"
        # (its review: not a timetable, a wasp or a match, "... when i see my uni timetable lmao")
        r"\b(?:kys|kill yourself|kill urself) is what my (?:brain|head|mind|thoughts?|inner voice)"
        r" (?:tells|says|keeps (?:telling|saying)|screams)(?: to)? me(?=\s*(?:[.!?,]|$)"
        r"| (?:24/7|all the time|at this point|every day|constantly|lately|now|rn)\b)"
        + NO_LAUGH_AFTER,
        # round 103: "i would rather not go on like this" (where the sentence ends)
        # (its review: not a ride, a stage or a shift, "... id rather not go on.")
        r"\b(?:i would|id) (?:much |honestly )?rather not (?:go on|carry on|be alive|live)"
        r" (?:like this|anymore|any more)\s*(?:[.!?]|$)" + NO_LAUGH_AFTER,
        # round 103: resisting it, "tryna not go sewerslide but my brain is being a proper c*nt"
        # (where a "but" follows: the struggle is now)
        # (its review: not a relationship, a contract or onions, "trying not to end it but he keeps
        # lying", "chopping onions, trying not to cut, but ...")
        r"\b(?:trying|tryna|try|struggling) (?:not to|to not|not) (?:go |be |get )?(?:suicide"
        r"|suicidal|kill myself|self harm|cut myself|hurt myself)\b,? but\b",
        r"\b(?:dont|do not|no longer|never)\s+(?:(?:really|even|think i|think i even)\s+)?"
        r"(?:want|wish|feel like)\s+to\s+"
        r"(?:live|be alive|exist|keep living|be here anymore|be here any ?more|go on anymore"
        r"|continue this life(?! of| as| in| with| at| working)|continue living|go on living"
        r"|wake up|be around)\b(?!\s+(?:in|with|at|near|here|there|on|abroad|alone"
        r"|together|somewhere|far|early|before|for|so))",
        r"\b(?:tired|sick)\s+of\s+(?:being alive|living|existing|life)\b(?!\s+(?:with|in|at|here))",
    ),
    "no_point": _rx(
        r"\b(?:no|dont see a|dont see any|dont see the|dont have a|dont have any|cant see a"
        r"|cant see any|cant see the|dont see much"
        r"|cant find a|cant find any|whats the|what is the|whats even the|lost my|without a)\s+"
        r"(?:point|reason)"
        r"\s+(?:for me\s+)?(?:in|of|to|for)\s+"
        r"(?:keep\s+|keeping\s+|even\s+|carrying on\s+|carry on\s+)?"
        r"(?:living|live|life|going on|go on|keep going|being alive|be alive|being here|be here"
        r"|staying alive|stay alive|existing|exist|sticking around|stick around)\b",
        r"\breason not to (?:end it|die|kill myself|end my life|end things)\b",
        # round 101: "whats the point in carrying on. genuinely asking", a sentence of its own (not
        # "... carrying on with this diet"; its review: not after a game or a trip in the same
        # sentence, "... the boss one-shots me every time, whats the point in carrying on", "im not
        # asking whats the point ...", nor before a comma, "... carrying on, its a 6 hour drive")
        r"(?:^|(?<=[.!?] ))(?:(?:honestly|seriously|genuinely|like|but|so),? )?(?:whats|what is"
        r"|whats even|what even is) the point (?:in|of) (?:carrying on|carry on|going on)"
        r"(?=\s*(?:[.!?]|$)| (?:anymore|any more|like this)\b)" + NO_LAUGH_AFTER,
        # round 102: "mentally booking a one way ticket outta existence lol. not lol" (its review:
        # not a trip or a book, "... out of this world", "... out of this life and into a cabin")
        r"\bone way ticket (?:out of|outta|from) (?:existence|being alive)\b",
        # round 102: "sometimes i calculate how long it would take anyone to notice i was gone"
        # (its review: not leaving a party or going home, "... curious how long itd take people to
        # notice i was gone. 2 hours lol", "... to notice i had gone home early")
        r"\bhow long (?:it would|itd|it will|it\s?ll|it might) take (?:anyone|anybody) to"
        r" (?:notice|realise|realize)(?: that)? (?:i was|im)"
        r" (?:gone|dead|missing)\b(?![^\n]*\b(?:lol|lmao|haha\w*|jk|party|office|home|early|snuck"
        r"|sneak\w*|left|meeting|class)\b)",
        # round 101: "im this close to punching my ticket, lads. honestly." (its review: not a place
        # won or a ride, "... to the olympic trials", "the conductor came close to punching my
        # ticket", "... to bed")
        r"\b(?:im|i am) (?:this |so |very )?close to punching my ticket(?=\s*(?:[.!?,]|$)"
        r"|\s+(?:lads|honestly|tbh|ngl|fr|now|tonight)\b)(?![^\n]*\b(?:lol|lmao|haha\w*|jk|bed"
        r"|finals?|trials?|olympics?|worlds|qualif\w*|race|marathon|conductor|train|bus|tour)\b)",
        # session 15: the writer indifferent to surviving, "ive stopped caring whether i make it
        # home off the ice road or not", "i dont care if i live or die" (not "my parents dont care
        # if i live or die"; its review: not "... make it home for the footy or not", "... live
        # paycheck to paycheck", "... wake up grumpy", nor a game, "... lol, i just respawn")
        r"\b(?:i|ive|i have)(?: just| honestly| really)? (?:dont|do not|no longer|stopped"
        r"|have stopped) (?:really |even )?car(?:e|ing) (?:anymore |any more )?(?:if|whether) i"
        r" (?:live or (?:die|not)|wake up(?: again| tomorrow| in the morning)?(?: or not)?"
        r"|make it (?:home|back)(?: alive| in one piece| off the (?:\w+ ){0,2}(?:road|roads|water"
        r"|sea|ice|rig|mountain|boat))? or not)(?=\s*(?:[.!?,]|$))"
        r"(?![^\n]*\b(?:lol|lmao|haha\w*|jk|respawn)\b)",
        # round 87: "whats even the point of me anymore" (not "... of me going to the party")
        # round 95: "whats the point of another week. or any week" (where the sentence ends; its
        # review: not "... another year, am i right? birthdays after 30 ...", nor with a laugh)
        r"\b(?:whats|what is|whats even|what even is) the point (?:of|in) (?:another|one more"
        r"|facing another|getting through another) (?:week|day|year|month|monday|morning)"
        r"(?=\s*(?:[.!?]|$|or\b|like this\b))" + NO_LAUGH_AFTER,
        r"\b(?:whats|what is|whats even|what even is) the point (?:of|in) me(?: anymore| any more"
        r"| at all| being (?:here|alive)| existing| even being here)?\s*(?:[.!?,;]|$)"
        r"(?![\s\S]*\b(?:lol|lmao|haha\w*|jk)\b)",  # (its review: "... my manager does my job lol")
        r"\blife\s+(?:just\s+|really\s+|even\s+|simply\s+)?(?:isnt|is not|aint)\s+"
        r"(?:really\s+|even\s+)?worth\s+(?:living|it)\b",
        r"\bcant\s+(?:go on|keep living|keep going)\b(?!\s+(?:to|with|on|at|back|out|the|a))",
        r"\b(?:sleep|bed) and (?:never|not) wake up\b|\b(?:want|wish|hope)\s+(?:to\s+)?"
        r"(?:never|not)\s+wake up\b|\bhope i (?:just )?(?:dont|never|wont) wake up\b",
        # round 93: "used to wish i wouldnt wake up" (its past told by "used to"; its review: where
        # the clause ends, not "... every hour with this cough", "... with a hangover lol", nor
        # denied, "i dont wish i wouldnt wake up anymore"); round 95: "been wishing i wouldnt wake
        # up, every night"
        r"(?<!dont )(?<!never )(?<!not )(?<!stopped )\b(?:wish|wishing) i (?:just )?(?:wouldnt"
        r"|would not|wont|dont|never) wake up(?=\s*(?:[.!?]|$)| (?:tbh|honestly|anymore"
        r"|sometimes|some days|most days|tomorrow)\b|, every (?:night|day|morning)\s*(?:[.!?]|$))",
        # round 70 and its review: "maybe its time i stopped taking up space in this world" (not
        # "... on this planet with plastic", "haha jk"), "im not planning on being around for an
        # after" (not "for the after party")
        r"\b(?:time i|i should|i need to|i want to|im going to|gonna) (?:just )?(?:stop|stopped)"
        r" taking up space (?:in this world|on this earth|on this planet)\b"
        r"(?![^.!?]{0,30}\b(?:with|haha|jk|lol)\b)",
        r"\bdont want to take up space (?:in this world|on this earth) (?:anymore|any more)\b",
        r"\b(?:im|i am) not planning on being (?:around|here|alive) for an after\s*(?:[.!?,]|$)",
        r"\b(?:drifting to|thinking (?:about|of)|want to|wanna|going to|gonna|ready to|close to)"
        r" finish(?:ing)? it all\s*(?:[.!?]|$)",
        # round 67 and its review: "there is nothing left for me to stay for", "lord, take me too"
        # after a loss (not "nothing left to stay for at the festival", "lord take me too,
        # theyve cancelled bake off")
        r"\b(?:nothing|no one|nobody|noone) (?:left )?(?:here )?(?:for me )?to live for\b",
        r"\b(?:nothing|no one|nobody|noone) (?:left )?(?:here )?for me to (?:stay|stick around"
        r"|keep going|be here) for\b(?! (?:in|at|here in)\b)",
        r"\b(?:lord|god|jesus),? (?:please |just )*take me (?:too|with (?:him|her|them))\b"
        r"(?=[^!?]{0,80}\b(?:buried|died|passed|lost|funeral|grave|gone)\b)"
        r"|\btake me with (?:him|her|them),? (?:lord|god|jesus)\b",
        # asking to be taken: "praying god just takes me in my sleep"
        # (round 73: "i pray every night that god takes me in my sleep")
        r"\b(?:pray|praying|prayed|hope|hoping|wish|wishing|asking|beg|begging|dey beg)\s+"
        r"(?:(?:every|each) (?:night|day|morning)\s+|at night\s+)?(?:that\s+)?"
        r"(?:god|the lord|jesus|allah|the universe)\s+(?:would\s+|will\s+|to\s+"
        r"|make e\s+|make am\s+)?(?:just\s+)?takes?\s+me\b"
        r"(?!\s+(?:to|there|back|out|with|through|on|for(?! sleep)|along|seriously)\b)",
        # (round 66: "be simpler if i went to sleep and stayed that way")
        r"\b(?:better|happier|easier|simpler)(?: off)? (?:without me|if i (?:died|disappeared"
        r"|was gone|were gone|was dead|were dead|wasnt here|werent here|wasnt around|wasnt alive"
        r"|was never born|went to sleep and (?:stayed that way|stayed asleep|never woke up"
        r"|didnt wake up)))\b",
        r"\b(?:better|happier|easier|safer) (?:place|world|life|lives|family) without me\b",
        # session 20: the writer as one of the family, named from outside, "My family would be
        # better off without a kafir son embarrassing them in front of the whole community."
        # (not someone else, "... without a dad like him"; its review: not another's words, "dad
        # always told me the family would be better off without a son like me", nor a laugh, "...
        # embarrassing them at weddings with my dancing 😂")
        r"(?<!told me )(?<!told me the )(?<!told me my )(?<!said )(?<!said the )(?<!said my )"
        r"\b(?:my )?(?:family|parents|mum|mom|dad|kids|children|wife|husband) (?:would be|would"
        r" all be|are|d be) better off without (?:a|an|such an?) (?:\w+ ){0,2}(?:son|daughter|child"
        r"|kid|sibling|brother|sister|mum|mom|dad|wife|husband|partner) (?:like me|embarrassing"
        r" them|shaming them|disappointing them)\b(?![^\n]*(?:\b(?:lol|lmao|haha\w*|jk|kidding)\b"
        r"|\U0001f602|\U0001f923))",
        # round 88: "if i didnt wake up, my po would be the first to notice ... thats how little
        # i matter" (not "if i didnt wake up for my alarm my boss would notice", "... by 7", "...
        # every hour with my toddler")
        r"\bif i (?:didnt|did not|never|wouldnt) wake up\b(?! (?:on time|in time|for|til|until"
        r"|till|early|at|before|by|every|from|with|to)\b)[^.!?]{0,60}\b(?:notice|miss me|care"
        r"|matter)\b"
        r"(?![^\n]*\b(?:lol|lmao|haha\w*|alarm|late for|shift|work)\b)",
        r"\b(?:nobody|no one) (?:needs to|has to|will (?:have|need) to) (?:worry|deal) (?:about"
        r"|with) me (?:anymore|any more|again|after)\b",
        r"\b(?:nobody|no one)\s+(?:would|will)\s+(?:even\s+|really\s+)?miss me\b",
        # round 90 and its review: the other way round, "if i vanished nobody would notice, theyre
        # all too busy grieving him" (not "if i vanished from the group chat", someone's words,
        # "my son told me if i died nobody would care", what goes unnoticed, "... the bins never
        # get taken out", "... my manager doesnt even know my name")
        # (round 98 and its review: "if i didnt exist nobody in my seminar group would even notice
        # tbh", not someone's words, "my sister said that if i died nobody in my class would
        # care", nor a class skipped, "... would notice. so im skipping tomorrow")
        r"(?<!told me )(?<!said )(?<!says )(?<!wrote )(?<!diary )(?<!said that )(?<!says that )"
        r"\bif i (?:vanished|disappeared|died|was gone|were gone|wasnt here|wasnt around"
        r"|didnt exist)\b(?! from\b),? (?:nobody|no one|noone)(?: in my (?:seminar|class|course"
        r"|year|family|group|friend group|friendship group|house|life)(?: group)?)? (?:would|will"
        r"|d) (?:even |really )?(?:notice|care|miss me)(?: tbh| honestly)?(?:\s*(?:[.!?]|$)"
        r"|, (?:theyre"
        r"|they are|theyd|everyone|everybody))(?![^\n]*\b(?:lol|lmao|haha\w*|jk|manager|boss"
        r"|work|job|skip\w*|lunch)\b)",
        r"\b(?:get (?:her|his|their|our) (?:life|lives) back|be free) if i (?:wasnt|werent|was not"
        r"|were not) (?:here|around|alive)\b",
        # round 90: "if the lord took me in my sleep id be grateful"
        r"\bif (?:god|the lord|jesus|allah|the universe) (?:just )?(?:took|takes|would take)"
        r" me(?: in my sleep| tonight| home)?,? (?:id|i would) be (?:grateful|glad|relieved"
        r"|thankful)\b",
        # (session 15: "nobody here would notice if i was gone")
        # (session 20: "nobody in the group chat would notice if I disappeared for good")
        r"\b(?:nobody|no one)(?: here| in here| at home| in my life| in (?:the|this|my|our)"
        r" (?:group ?chat|chat|server|class|office|team|house|family|friend group))?\s+(?:would"
        r"|will)\s+"
        r"(?:even\s+|really\s+)?(?:notice|care)\s+if i"
        r" (?:died|was gone|were gone|was dead|were dead|disappeared|wasnt here|wasnt around"
        r"|killed myself)\b"
        # (round 100's review: not a short absence or a trip, "... if i was gone for the weekend",
        # "... if i disappeared for a year to backpack asia", nor a reply quoting it, "...? thats
        # not true")
        r"(?!\s*\?|\s+(?:for(?! good| ever| real)|to|on|from|till|until|while)\b)",
        r"\b(?:dont think|doubt) (?:ill|i will|im going to) (?:still be (?:here|around|alive)"
        r"|be (?:here|around|alive) (?:much|for much|any) longer"
        r"|be (?:here|around|alive) for long)",
        r"\b(?:want|wish|need|ready|like)\s+to\s+(?:go to\s+|fall\s+)?(?:sleep|asleep)\s+"
        r"(?:forever|for good|and never wake)\b" + _NOT_TIREDNESS,
        r"\b(?:want|wish|need)\s+(?:the pain|this pain|the hurt|it|it all|this|everything)\s+to"
        r"\s+(?:stop|end|go away)\s+(?:forever|for good|permanently)\b",
        r"\b(?:no )?way out (?:but|except|other than|apart from) (?:dying|death|suicide|to die"
        r"|killing myself)\b|\bonly way out is (?:death|dying|to die|suicide)\b",
        r"\b(?:wont|will not) be (?:a burden|around|here)(?: to \w+)? (?:much|for much|any) longer",
        r"\bwish (?:i|id|i had|i was|i were) never (?:been )?born\b",
        r"\b(?:i|me)\s+(?:\w+\s+){0,3}(?:disappear|disappeared|vanish|vanished)\s+forever\b",
        r"\b(?:just|could|want to|i could)\s+(?:stop existing|not exist|cease to exist)\b",
        r"\b(?:want|wish|need)\s+(?:it all|everything|my life|all of it)\s+to\s+(?:end|stop)\b",
        # the mind urging it: "brain keeps going to kys territory", "my head tells me to die"
        r"\b(?:brain|head|mind)\b[^.!?]{0,30}\b(?:kill yourself|kys|kill myself|to die|to suicide"
        r"|to killing myself|to ending it)\b",
        # round 93 and its review: "brain keeps saying yeet yourself off the planet" (not "my brain
        # at 7am: yeet yourself out of bed", "if your brain ever tells you to unalive yourself")
        r"\b(?:brain|head|mind|voices?) (?:keeps?|is|been|wont stop|keeps on) (?:saying|telling me"
        r"(?: to)?) (?:to )?(?:yeet (?:yourself|myself) off (?:the|this) (?:planet|earth|world"
        r"|bridge|roof)|unalive (?:yourself|myself))\b",
    ),
}
STRONG.update(STRONG_EXTRA)
# Families that name a state of mind: a time beside them alone is not a plan (session 13: nor
# beside an accident wished for or being only a burden, "if a bus hit me tomorrow ...").
FEELINGS = frozenset(
    {"suicidal", "not_live", "no_point", "accident_relief", "only_burden", "grave_emoji"}
)
# Families whose wording already contains the negation ("I don't want to live").
# Patterns whose own words settle who says what: a negation before them belongs to something
# else ("switched from 'dont eat' to 'youd be better off dead' and im starting to agree").
NEGATION_BUILT_IN = frozenset({"not_live", "no_point", "agree_with_voice"})

# Ambiguous alone ("I'm ending it"); they count only beside means or a plan.
WEAK = {
    # (session 16's review: not a relationship or a fresh start, "end it all with my ex for good",
    # "end it all and start fresh in a new city")
    "end_it": _rx(
        r"\b(?:end|ending)\s+it\b(?!\s+(?:all\s+)?(?:with|between|for|early|off)\b)"
        r"(?!\s+all\s+and\s+(?:start|begin)\s+(?:fresh|over|again|anew)\b)"
    ),
    "jump": _rx(
        r"\b(?:going to|want to|about to|ready to|planning to|plan to)\s+jump\b"
        r"(?!\s+(?:in|into|on|at|rope|ship))(?![^.]*\binto the (?:lake|water|pool|sea|river|ocean))"
    ),
    "take_all": _rx(
        r"\b(?:going to|will|ill|about to|ready to|planning to|want to|im|i am) (?:just )?"
        r"tak(?:e|ing) "
        r"(?:them all|all of them|it all(?! in\b)|all (?:\d+ )?(?:of )?(?:my |the )?(?:\w+ )?"
        r"(?:pills|meds|tablets|morphine)"
        r"|the whole (?:bottle|box|pack))"
        r"(?!\s+(?:on time|as prescribed|properly|today|every|with food|in the morning"
        # people taken somewhere: "im taking them all to the zoo"
        r"|to|out|with|for|home|back|along|shopping|swimming)\b)"
    ),
    "use_on_self": _rx(r"\bus(?:e|ing) (?:it|that|this|them|the \w+|my \w+) on myself\b"),
    "do_it": _rx(
        r"\b(?:im|i am|ill|i will|going to|about to|ready to)\s+(?:do|doing)\s+it\b"
        r"(?!\s+(?:for|with|again|right|properly|later|myself|anyway))"
    ),
    "resolve": _rx(
        r"\bi (?:know|have decided|decided) what (?:im going to|ill|i have to|i need to|to) do\b"
        r"(?!\s+(?:about|for|next|tomorrow|today|now|with my life))"
    ),
    "all_over": _rx(
        r"\b(?:itll|it will|everything will|it all will)\s+(?:all\s+)?be over",
        r"\b(?:tomorrow|tonight|at (?:first )?light|at dawn)\b[^.!?]{0,20}\b(?:its|it will be"
        r"|itll be) over\b",
    ),
    "method_research": _rx(
        r"\b(?:look(?:ing|ed)? up|googl\w*|research\w*|search\w*|read(?:ing)? up on)\s+"
        r"(?:for\s+)?(?:how (?:many|much|to|high|long)|ways to|painless|lethal|fatal|methods)\b"
    ),
    "done": _rx(
        r"\bim (?:so )?(?:done|finished)\s*$",
        r"\bthats me (?:done|finished|gone)\s*(?:[.!?]|$)",  # round 56
        r"\bim (?:so )?done with (?:all of )?(?:this|it all|everything|life|living)\b",
    ),
    "last_message": _rx(
        # (not one told about: "since my last post sounded dark")
        # (round 66: nor "'im dead' in my last message meant my character died")
        # (round 79 and its review: nor "for anyone worried after my last post: im safe")
        r"(?<!in )(?<!in my )(?<!about )(?<!about my )(?<!for my )(?<!re )(?<!re my )"
        r"(?<!worried after )(?<!worried after my )"
        r"\b(?:my )?last (?:message|post)\b"
        r"(?! (?:sounded|was|got|here|about|on|in|where|when|said|i|you|made|came|went|seemed"
        # (session 12: nor "sorry if my last post sound like that")
        r"|sound|sounds|seems|read|looked|looks"
        r"|felt|meant|of the (?:night|day|evening|week|year)))",
        r"\b(?:the )?last time (?:ill|i will|im going to) (?:log on|log in|post|be on|be here"
        r"|come on|message)\b",
        r"\bdone after this (?:message|post)\b",
        r"\b(?:wont|will not) be (?:logging on|logging in|posting|on here|around here) (?:after"
        r"|past) (?:tonight|today|this)\b",
    ),
}

WEAK.update(WEAK_EXTRA)

# Any cue that turns concern into urgency (see `crisis._may_raise`).
URGENCY_CUES = Anchored.union(MEANS, PLAN, FINALITY)
# One pass over the whole message decides whether any rule could fire; most chat is skipped.
ANY_SIGNAL = Anchored.union(*STRONG.values(), *WEAK.values(), FINALITY, METHOD_HOWTO)
