"""Spelling tables for the crisis normaliser (`crisis.normalise`): typos, slang, leet leftovers.

They map what people type ("wud b beter of witout me", "sucdal", "kms") onto the plain words
the pattern tables in `crisis_rules` and the learned model expect.
"""

from __future__ import annotations

import re

from chalicelib.domain.safety.text import TypoFixer

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
    ),
    protected=frozenset(
        {"alike", "olive", "aline", "alice", "overdone", "anymre", "thanking", "thinning"}
    ),
)

# Slang and abbreviations mapped onto plain words before any pattern runs.
SLANG = {
    "kms": "kill myself",
    "ctb": "kill myself",
    "sewer slide": "suicide",
    "sewerslide": "suicide",
    "sewer-slide": "suicide",
    "sewercide": "suicide",
    "sewerslidal": "suicidal",
    "sewer slidey": "suicidal",
    "sewerslidey": "suicidal",
    "sewer slidal": "suicidal",
    "s/h": "self harm",
    "selfharm": "self harm",
    "wanna": "want to",
    "wana": "want to",
    "gonna": "going to",
    "gunna": "going to",
    "imma": "im going to",
    "ima": "im going to",
    "tonite": "tonight",
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
    "u": "you",
    "unalived": "killed myself",
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
    "wuld": "would",
    "woud": "would",
    "gona": "going to",
    "wen": "when",
    "fink": "think",
    "bougt": "bought",
    "saterday": "saturday",
    "finkin": "thinking",
    "evrything": "everything",
    "evrythin": "everything",
    "evry": "every",
    "writen": "written",
    "tomoro": "tomorrow",
    "thougts": "thoughts",
    "hav": "have",
    "blad": "blade",
    "propperly": "properly",
    "urg": "urge",
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
}
# Suicide spelt with letters lost or swapped ("sucide", "sucdal", "suiside"), "*" dropped.
MANGLED_SUICIDE = re.compile(r"\bs+u*[iy]*[cs]+[iy]*d+(e|al|el|le|ial)\b")
STARRED = re.compile(r"(?<=[a-z])\*+(?=[a-z])")
# "sh" means self-harm only next to words that make that reading clear.
SH_CONTEXT = re.compile(
    r"\b(?:(on|of|my|with|from|into|about|urges? to) sh|sh(?=\s+(?:urges?|again|thoughts?|scars?"
    r"|relapse|wounds?)))\b"
)
# "si" is suicidal ideation only beside words that make that reading clear (not Spanish "si").
SI_CONTEXT = re.compile(
    r"\b(?:(having|had|have|my|with|of|about|bad|passive|active) si\b(?!\s+(?:no|senor|se)\b)"
    r"|si(?=\s+(?:again|thoughts?|urges?|is (?:really |so |very )?(?:bad|back|loud|worse"
    r"|strong|intense))\b))"
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
)
G_DROPPED = re.compile("(?:" + "|".join(G_STEMS) + r")in\b")
