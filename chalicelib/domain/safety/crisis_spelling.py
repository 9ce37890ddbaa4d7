"""Spelling tables for the crisis normaliser (`crisis.normalise`): typos, slang, leet leftovers.

They map what people type ("wud b beter of witout me", "sucdal", "kms") onto the plain words
the pattern tables in `crisis_rules` and the learned model expect.
"""

from __future__ import annotations

import re

from chalicelib.domain.safety.text import TypoFixer

# English words one edit from a vocabulary word below that are not an inflection of it ("willing"
# is not "killing", "putting" not "cutting", "letter" not "better"): never corrected. Listed
# from Debian's wamerican and wbritish word lists (every word of 5+ letters the fixer changed).
REAL_WORDS_NEAR_VOCABULARY = frozenset(
    {
        "abetter",
        "abridge",
        "banging",
        "batter",
        "beater",
        "bending",
        "betted",
        "bettor",
        "billing",
        "bitter",
        "bleeping",
        "breaching",
        "bride",
        "bridle",
        "butter",
        "butting",
        "catting",
        "changing",
        "chinking",
        "enduing",
        "exiting",
        "fending",
        "fetter",
        "filling",
        "fridge",
        "ganging",
        "gutting",
        "handing",
        "hinging",
        "jutting",
        "kilning",
        "lending",
        "letter",
        "mending",
        "milling",
        "netter",
        "nutting",
        "overdoes",
        "pending",
        "pilling",
        "putting",
        "rally",
        "ranging",
        "realty",
        "regally",
        "rending",
        "ridge",
        "rutting",
        "seeping",
        "sending",
        "setter",
        "sleeking",
        "sleeting",
        "steeping",
        "sweeping",
        "tables",
        "tending",
        "tilling",
        "vending",
        "wending",
        "wetter",
        "willing",
        "wreathing",
    }
)
# Words typed often enough with one slip that exact matching would miss real distress.
TYPOS = TypoFixer(
    (
        "myself",
        "suicide",
        "suicidal",
        "anymore",
        "alive",
        "overdose",
        "unalive",
        "tonight",
        "thinking",
        "committing",
        "existing",
        "breathing",
        "cutting",
        "without",
        "tablets",
        "sleeping",
        "everyone",
        "happening",
        "better",
        "really",
        "killing",
        "ending",
        "hanging",
        "pointless",
        "disappear",
        "bridge",
        "paracetamol",
        "midnight",
        "urges",
    ),
    protected=frozenset(
        {"alike", "olive", "aline", "alice", "overdone", "anymre", "thanking", "thinning"}
        | {"surges", "purges", "urged", "urger", "urgers"}  # one edit from "urges"
    )
    | REAL_WORDS_NEAR_VOCABULARY,
)

# Someone else and their own self, for the slang said of them ("hed kms", "says shell kms").
_OTHERS_AND_SELVES = (("he", "himself"), ("she", "herself"), ("they", "themselves"))
# Slang and abbreviations mapped onto plain words before any pattern runs.
SLANG = {
    "kms": "kill myself",
    "ctb": "kill myself",
    # session 16: said of someone else, "my mate keeps saying hell kms if he fails" (its review:
    # "hell" and "shell" are words, "my life is a living hell kms": only after saying or fearing)
    **{
        f"{who}{verb} kms": f"{who}{verb} kill {self}"
        for who, self in _OTHERS_AND_SELVES
        for verb in ("d", "s gonna", "s going to", " will", " would", " wants to")
    },
    **{
        f"{said} {who}ll kms": f"{said} {who} will kill {self}"
        for who, self in _OTHERS_AND_SELVES
        for said in ("saying", "says", "said", "that", "thinks", "worried", "scared", "afraid")
    },
    "sewer slide": "suicide",
    "sewerslide": "suicide",
    # round 101: "sewerslide's been on my mind a lot" (its review: not "... off my mind")
    "sewerslides been on": "suicide has been on",
    "sewer-slide": "suicide",
    "sewercide": "suicide",
    "sewerside": "suicide",  # round 53: "been feelin sewerside all week"
    # round 71 and its review: "got sewer side thoughts again" (not "the sewer side drain")
    "sewer side thoughts": "suicidal thoughts",
    "feeling sewer side": "feeling suicidal",
    # round 54, talk-to-text and typos: "been feelin sue a sidle again", "jus die in my sleap"
    "sue a sidle": "suicidal",
    "sooicidal": "suicidal",  # round 59
    "sooicide": "suicide",
    "to liv": "to live",  # round 69: "i dont wanna liv anymore"
    "wanna liv": "want to live",
    "sueside": "suicide",  # round 66: "thinkin bout sueside alot this winter"
    "suecide": "suicide",
    "suesidal": "suicidal",
    "sue a sidal": "suicidal",
    "sue a side": "suicide",
    "sue i side": "suicide",
    "jus": "just",
    "sleap": "sleep",
    "thouhgts": "thoughts",
    # round 55: Spanish beside English slang ("me dan ganas de unalive"; not "me quiero morir",
    # which in Spanglish is mostly traffic and exams), a drug and a bottle misspelt
    "ganas de unalive": "want to unalive",
    # round 56: "bought rat poisin this evening", "i dnt have a plan"
    "poisin": "poison",
    "posion": "poison",
    "dnt": "dont",
    "buliding": "building",  # round 57: "on the rooftop of my buliding, gonna jmp"
    "bulding": "building",
    "botle": "bottle",
    "clonazapam": "clonazepam",
    "nite": "night",
    "sewerslidal": "suicidal",
    "sewer slidey": "suicidal",
    "sewerslidey": "suicidal",
    "sewer slidal": "suicidal",
    "s/h": "self harm",
    "s/hd": "self harmed",  # round 53: "i s/h'd today"
    # round 92 and its review: "having s/i again, passive-ish but getting louder" (not "is it normal
    # for the intake form to ask about s/i?")
    "having s/i": "having suicidal thoughts",
    "s/i again": "suicidal thoughts again",
    "my hed": "my head",  # round 92: "my hed keep sayin end it end it" (not "hed" for "he'd")
    "selfharm": "self harm",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "imma": "im going to",
    "ima": "im going to",
    "tonite": "tonight",
    "tird of": "tired of",  # session 13: "im tird of bein alive" (the typo fixer reads 5+ letters)
    "the pont in": "the point in",  # round 88: "dont see the pont in living"
    "hurtng": "hurting",  # round 88: "feel like hurtng myself" (not "hurtlng" down a slope)
    # round 93: "been wanting to hirt myself evry night", "no reason to keep livng im tired of
    # tryng", "in my s-word era again ngl"
    "hirt": "hurt",
    "livng": "living",
    "tryng": "trying",
    # round 94 and its review: "i thnk about sucide alot" (not "i dont thnk im suicidal")
    "thnk about": "think about",
    "in my s-word era": "in my suicidal era",  # (its review: not "my s-word era is sourdough")
    "in my s word era": "in my suicidal era",
    # round 90: "im a burdn to evry one" (its review: not "being hear" for "being here", which woke
    # the point of it on "whats the pont of being hear at 6am", nor Spanish said as hyperbole)
    "burdn": "burden",
    "2nite": "tonight",
    "tmrw": "tomorrow",
    "tmr": "tomorrow",
    "rn": "right now",
    "wnat": "want",
    "wamt": "want",
    "watn": "want",
    "lfie": "life",
    "lyfe": "life",
    "pils": "pills",
    "my self": "myself",
    "kil": "kill",
    "ded": "dead",
    "od": "overdose",
    "overdoes on": "overdose on",  # "bout to overdoes on my meds" (not "overdoes it on")
    "wont be hear": "wont be here",
    "shd again": "self harmed again",  # "sh'd again last night" (not "u shd try it")
    "jmp": "jump",
    "rof": "roof",  # "rooof" once its letter run is squashed
    "jump of the": "jump off the",
    "my slef": "myself",
    "slef": "self",
    "trian": "train",
    "frunt": "front",
    "u": "you",
    "unalived": "killed myself",
    "exsit": "exist",  # session 16: "i dont want to exsit"
    # session 17: "kepe havng thougts of jumpin in front of a train"
    "kepe": "keep",
    "havng": "having",
    # session 17: "gota rope in the shed, sundy mornig b4 chruch is when"
    "gota rope": "got a rope",
    # session 17: "the urg is bak", "self harmd", "i wisg i could jus sleep and nevr wake up"
    # "goin to the railwy line after dark"
    "urg is bak": "urge is back",
    "self harmd": "self harmed",
    "wisg": "wish",
    "railwy": "railway",
    "sundy": "sunday",
    "mornig": "morning",
    "chruch": "church",
    # session 16: "wrote a not for my mom", "dont see the pont of living"
    "wrote a not for": "wrote a note for",
    "left a not for": "left a note for",
    "the pont of": "the point of",
    # (its review: not "my cat knocks my mug off the table on purpse")
    "overdose on purpse tonight": "overdose on purpose tonight",
    # session 16: "self-unaliving has been on my mind a lot" (its review: thoughts or urges asked
    # about, "my gp asked if i was having self-unaliving thoughts and i said yes")
    "self-unaliving": "suicide",
    "self unaliving": "suicide",
    "self-unaliving thoughts": "suicidal thoughts",
    "self unaliving thoughts": "suicidal thoughts",
    "self-unaliving urges": "suicidal urges",
    "self unaliving urges": "suicidal urges",
    "ur": "your",
    "bout": "about",
    "beter": "better",
    "evryone": "everyone",
    "every1": "everyone",
    "no1": "no one",
    "noone": "no one",
    "lfe": "life",
    "toaster bath": "suicide",
    "wud": "would",
    "wld": "would",  # round 92: "evry1 wld be beter off w/o me"
    "w/o": "without",
    "wuld": "would",
    "woud": "would",
    "gona": "going to",
    "wen": "when",
    "fink": "think",
    "bougt": "bought",
    # round 95: "bougth a rope tday. sundays teh day. dnot try to stop me", "kms tn fr, not a joke"
    # (its review: "tn" only with "fr", not "gonna kms tn if this essay isnt done lol")
    "bougth": "bought",
    "tday": "today",
    "teh day": "the day",
    "dnot": "dont",
    "kms tn fr": "kill myself tonight fr",
    "saterday": "saturday",
    "finkin": "thinking",
    "evrything": "everything",
    "evrythin": "everything",
    "evry": "every",
    "writen": "written",
    "tomoro": "tomorrow",
    "thougts": "thoughts",
    "thoghts": "thoughts",
    "my brian": "my brain",
    "thots": "thoughts",
    "suicide feeling": "suicidal feeling",
    "suicide feelings": "suicidal feelings",
    "suicide thoughts": "suicidal thoughts",
    "self harn": "self harm",
    "selfharn": "self harm",  # round 61: "been wantin to selfharn again"
    "blaid": "blade",  # round 63: "the blaid is in my hand now"
    "endin it": "ending it",  # round 61: "feel like endin it all tbh"
    # Scots (round 52): "my heid's full o wantin tae dee the nicht. no gonnae dae anythin"
    "tae dee": "to die",
    "tae": "to",
    "masel": "myself",
    "an no wake up": "and not wake up",
    "the morra": "tomorrow",
    "am daein": "im doing",
    "the nicht": "tonight",
    "no gonnae": "not going to",
    "gonnae": "going to",
    "cannae": "cant",
    "dinnae": "dont",
    "dae anythin": "do anything",
    "jist": "just",
    "heid": "head",
    "hav": "have",
    "cutt": "cut",
    "ctb thoughts": "suicidal thoughts",
    "kill myself thoughts": "suicidal thoughts",
    "unalive thoughts": "suicidal thoughts",
    "blad": "blade",
    "propperly": "properly",
    "urg": "urge",
    "urj": "urge",
    "urje": "urge",
    "urjes": "urges",
    "slf": "self",  # "s*lf h*rmy" with its stars dropped
    "hrmy": "harmy",
    "hrm": "harm",
    "stong": "strong",
    "thoughs": "thoughts",
    "thougths": "thoughts",
    "myslef": "myself",
    "leter": "letter",
    "sui thoughts": "suicidal thoughts",
    "s-word thoughts": "suicidal thoughts",
    "s word thoughts": "suicidal thoughts",
    "weeknd": "weekend",
    "stuf": "stuff",
    "blaeds": "blades",
    "sui ideation": "suicidal ideation",
    "goodby": "goodbye",
    "gudbye": "goodbye",
    "sory": "sorry",
    "cabnet": "cabinet",
    "sved": "saved",
    "weks": "weeks",
    "evr": "ever",
    "for evr": "forever",
    "dissapear": "disappear",
    "dissappear": "disappear",
    "shud": "should",
    "cud": "could",
    "abt": "about",
    "jst": "just",
    "wnt": "want",
    "wan to": "want to",
    "b alive": "be alive",
    "b here": "be here",
    "b dead": "be dead",
    "agen": "again",
    "agian": "again",
    "anymor": "anymore",
    "no more": "anymore",
    "no mroe": "anymore",  # session 15: "cant do this no mroe"
    "anymroe": "anymore",
    "bieng": "being",  # round 101: "im so tired of bieng alive without her"
    # round 104: "kinda want to ✂️ again" (its review: not "... to ✂️ my bangs again lol")
    "to ✂ again": "to cut again",
    # round 106: "im so tired of beign alive", "bout 2 jump off the carpark roof"
    "beign": "being",
    "bout 2": "about to",
    # round 103: "cant stop thinkn about jumpin in fromt of a trian", "feel lik endng it al tbh",
    # "od'ing on purpose tonight"
    "thinkn": "thinking",
    "fromt": "front",
    "feel lik": "feel like",
    "oding": "overdosing",
    "4 gud": "for good",
    "4 good": "for good",
    "4ever": "forever",
    "gud": "good",
    "lyf": "life",
    "lif": "life",
    "evry1": "everyone",
    "every1s": "everyones",
    "better of": "better off",
    "beter of": "better off",
    "it al": "it all",
    "rop": "rope",
    # round 74: "bought a rop and i no where im gonna do it", "standin on the brige rite now"
    "i no where": "i know where",
    "i no how": "i know how",
    "i no what": "i know what",
    "i no when": "i know when",
    "dont no": "dont know",
    "rite now": "right now",
    "edj": "edge",
    "alve": "alive",  # round 76: "i dont wanna be alve anymore"
    "deadd": "dead",  # round 79: "wish i was deadd honestly"
    "cuting": "cutting",  # round 79: "cuting agian after 2 months clean"
    "di": "die",
    "cuttin": "cutting",
    "endin": "ending",
    "hangin": "hanging",
    "takin": "taking",
    "aftr": "after",
    "skool": "school",
    "midnite": "midnight",
    "razr": "razor",
    "self delete": "kill myself",
    "self-delete": "kill myself",
    "selfdelete": "kill myself",
    "self deleting": "killing myself",
    "self-deleting": "killing myself",
    # an expectation overturned, not a denial: "never thought id feel suicidal but here we are"
    "never thought id": "was surprised to",
    "never thought i would": "was surprised to",
    "never thought i could": "was surprised to",
    "never imagined id": "was surprised to",
    # session 19: "havent cut in months but the urge is bakc and its bad" (a four-letter word:
    # the typo table reads five or more)
    "bakc": "back",
    # session 19, Spanish beside English: "estoy en el puente now. i am going to jump"
    "en el puente": "on the bridge",
    "tobe": "to be",  # session 19: "dont want tobe here no more"
}
# Suicide spelt with letters lost or swapped ("sucide", "sucdal", "suiside"), "*" dropped.
# (round 77: "sucicde", a letter doubled out of place)
MANGLED_SUICIDE = re.compile(r"\bs+u*[iy]*[cs]+[iy]*[cs]?d+(e|al|el|le|ial)\b")
STARRED = re.compile(r"(?<=[a-z])\*+(?=[a-z])")
# "sh" means self-harm only next to words that make that reading clear.
SH_CONTEXT = re.compile(
    r"\b(?:(on|of|my|with|from|into|about|urges? to) sh|sh(?=\s+(?:urges?|again|thoughts?|scars?"
    r"|relapse|wounds?))"
    # session 16: "3 months sh free and i want to sh so bad"
    r"|(?:(?<=\bwant to )|(?<=\bwanna )|(?<=\bneed to ))sh(?=\s+(?:so|really|rn|again|tonight)\b)"
    r"|(?<=\d months )sh(?=\s+free\b)|(?<=\d weeks )sh(?=\s+free\b)|(?<=\d days )sh(?=\s+free\b)"
    # session 16: "tryna not relapse on the sh stuff" (its review: not "the sh stuff in my bash
    # script", "anyone into the sh stuff? silent hill")
    r"|(?:(?<=\brelapse on the )|(?<=\brelapsing on the )|(?<=\brelapsed on the ))sh"
    r"(?=\s+(?:stuff|thing)\b)"
    # session 15: "last sh sesh gonna be the deep one" (its review: not "sh sesh at the shisha
    # lounge", "an sh session on the server")
    r"|(?:(?<=\blast )|(?<=\banother ))sh(?=\s+sesh\b))\b"
)
# Spanish yes to someone, said in English before SI_CONTEXT and the model read "si" (round 119:
# the retrained model scored "si senor, ill be there" 0.77): the words after it stay as written.
SI_SENOR = re.compile(r"\bsi,? se(?:n|\u00f1)or(?:a|ita)?\b")
# "si" is suicidal ideation only beside words that make that reading clear (not Spanish "si").
SI_CONTEXT = re.compile(
    r"\b(?:(having|had|have|my|with|of|about|bad|passive|active) si\b(?!\s+(?:no|senor|se)\b)"
    r"|si(?=\s+(?:again|thoughts?|urges?|is (?:really |so |very )?(?:bad|back|loud|worse"
    r"|strong|intense))\b)"
    # session 17: "si through the roof since my last deployment"
    # (its review: where the sentence starts, not "my clients si has been sky high")
    r"|(?:(?<=^)|(?<=[.!?] ))si(?=\s+(?:is |has been |been )?(?:through the roof|off the charts"
    r"|sky high)\b)"
    # session 16: rated where the sentence starts, "si 10/10 today tbh" (its review: not "i said
    # si 10/10" to a grandma's tamales, "spanish quiz results: si 8/10")
    r"|(?:(?<=^)|(?<=[.!?] ))si(?=\s+(?:[5-9]|10)\s?/\s?10\s+(?:today|tonight|rn|right now"
    r"|lately|this week)\b)"
    # session 15: "si every day since my tour ended" where the sentence starts (its review: not
    # Spanish, "my abuela says si every day", "si daily is my spanish app streak")
    r"|(?<![\w,] )(?<![\w,])si(?=\s+(?:every (?:day|night|single day)|most days)\b))"
)
# "want to dye" with nothing to colour is a misspelt "die".
DYE = re.compile(
    r"\b(want to|going to|ready to|wish i could|just|i could) dye\b"
    r"(?!\s+(?:my|your|her|his|their|it|the|a|an|them|hair|this|that|some|\w+ hair))"
)
TO_TWO = re.compile(r"\b(want|going|have|need|ready|about|wish)\s?(?:2|too)\s")
# Dropped g's: "thinkin", "feelin", "tryin".
# No leading \b: a pattern that starts with literals is scanned fast; `crisis` checks the start.
G_STEMS = (
    "think",
    "feel",
    "want",
    "try",
    "go",
    "kill",
    "hurt",
    "cut",
    "end",
    "plan",
    "dy",
    "wish",
    "hop",
    "jump",  # round 69: "im jumpin off the multistory" reads as "jumping"
    "stand",  # round 74: "standin on the brige"
    "be",  # session 13: "im tired of bein alive"
    "liv",  # session 13: "sick of livin"
)
G_DROPPED = re.compile("(?:" + "|".join(G_STEMS) + r")in\b")
