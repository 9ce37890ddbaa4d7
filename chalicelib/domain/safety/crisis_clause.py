"""Clause-level crisis scorer: subject + desire/intent marker + ceasing-to-be, with gates.

The phrase rules in `crisis_rules` recognise sentences that were seen before; this layer
recognises their *shape*, so new wording is caught. In one clause it looks for (a) the writer
as subject, (b) a desire, intent or thought marker, and (c) a word from the ceasing-to-be
lexicon; families that carry subject and intent themselves ("kill myself", "better off without
me", "wont be around much longer") need no marker. Gates then drop a hit that is negated,
reported from someone else, owned by another subject, or an idiom ("die of embarrassment").
Sentence-level context (the past, jokes) is applied by the caller, `crisis._scan_sentence`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety import crisis_joke as J
from chalicelib.domain.safety import crisis_lexicon as L
from chalicelib.domain.safety.crisis_regex import Anchored

# Markers that state intent rather than a wish: beside a time they make a plan.
# Said with a laugh, these still state intent: the laugh may hide distress.
_PLAN_WORDS = re.compile(r"\b(?:going to|about to|ready to|planning|tonight)\b")
_INTENT_MARKERS = re.compile(
    r"\b(?:going to|about to|ready to|decided to|plan to|planning|cant wait to|tryna)\b"
)
_NO_MARKER_FAMILIES: tuple[tuple[str, Anchored], ...] = (
    ("clause_world", L.WORLD_WITHOUT_ME),
    ("clause_absence", L.FUTURE_ABSENCE),
    ("clause_plan", L.PLAN_HOW),
)
# Families that say what will be done: beside a time they are urgent.
_TIMED_FAMILIES = frozenset({"clause_act", "clause_absence", "clause_plan", "clause_intent"})


@dataclass
class ClauseSignals:
    """What the clause scorer found in one sentence (rule names only, never text)."""

    hits: set[str] = field(default_factory=set)
    urgency: set[str] = field(default_factory=set)
    suppressed: set[str] = field(default_factory=set)


def might_fire(norm: str) -> bool:
    """Cheap gate over a whole normalised message: can any family match at all?"""
    return L.GATE.exists(norm)


def score_sentence(sentence: str) -> ClauseSignals:
    """Score one normalised sentence that already passed the past/joke context check."""
    out = ClauseSignals()
    if not L.GATE.exists(sentence):
        return out
    _states(sentence, out)
    _acts(sentence, out)
    _suicidal(sentence, out)
    for name, rx in _NO_MARKER_FAMILIES:
        if name != "clause_plan" and L.TRAVEL.search(sentence):
            continue  # "wont be around much longer, moving to spain"
        for m in rx.finditer(sentence):
            reason = _reported_or_negated(_clause_before(sentence, m.start()), 3)
            _record(out, name, reason)
            if name in out.hits:
                break  # later matches could only add suppression reasons
    for m in L.INGEST.finditer(sentence):
        if "clause_act" in out.hits:
            break
        _record(out, "clause_act", _reported_or_negated(_clause_before(sentence, m.start()), 5))
    if "clause_plan" in out.hits:
        out.urgency.add("plan")
    if (
        out.hits & _TIMED_FAMILIES
        and C.TIME.exists(sentence)
        and _timed(sentence)
        and not fighting_it(sentence)
    ):
        out.urgency.add("time")
    return out


# Fighting the act is no plan for it (round 74): "tryna not game-end myself tonight" (its
# review: not "trying not to be dramatic but i might actually kill myself tonight", "trying not
# to look at the pills i stockpiled, i want to take them all tonight").
_TRYING_NOT = re.compile(
    r"\b(?:trying|tryna|try|struggling|fighting|hard) not (?:to )?(?:\w+ )?(?:kill|unalive|end|hurt"
    r"|cut|harm|do it|game[ -]end|off)\b"
)
_INTENT_BESIDE = re.compile(r"\b(?:want|wanna|might|going to|gonna|will|ill|actually|pills|rope)\b")


def fighting_it(sentence: str) -> bool:
    """Whether the sentence fights the act ("trying not to kill myself tonight") and says no
    intent or means beside it: then a time in it is not the act's."""
    return _TRYING_NOT.search(sentence) is not None and not _INTENT_BESIDE.search(sentence)


# A clause with a subject of its own says something else of the time it names.
_OWN_SUBJECT = re.compile(r"\b(?:i|im|ive|id|its|it|theyre|hes|shes|thats|everything)\b")


def _timed(sentence: str) -> bool:
    """A time is the act's when it is in a clause of the act or of intent, or in one with no
    subject of its own ("ending it all, tonight after mums asleep"); "thinking about killing
    myself and tonight its louder" is not a plan."""
    prev = ""
    for clause in C.CLAUSE_SPLIT.split(sentence):
        if not C.time_of_act(clause):
            prev = clause
        elif L.GATE.exists(clause) or C.INTENT.search(clause):
            return True
        elif not _OWN_SUBJECT.search(clause) and C.time_of_act(prev + " " + clause):
            return True  # a bare time belongs to the clause before it ("the urge is so strong")
        else:
            prev = clause
    return False


def _record(out: ClauseSignals, name: str, reason: str | None) -> None:
    if reason is None:
        out.hits.add(name)
    else:
        out.suppressed.add(reason)


def _clause_before(sentence: str, end: int) -> str:
    """The part of the clause that precedes position `end` in the sentence."""
    return L.CLAUSE_SPLIT.split(sentence[max(0, end - L.CLAUSE_LOOKBACK) : end])[-1]


def _states(sentence: str, out: ClauseSignals) -> None:
    """A ceasing-to-be word counts only after a marker, owned by the writer, not negated."""
    for m in L.STATE.finditer(sentence):
        if "clause_intent" in out.hits:
            break  # the strongest state already found; the rest cannot change the result
        before = _clause_before(sentence, m.start())
        marker = _last_marker(before)
        if marker is None:
            continue
        if (
            L.others_death_before(before, len(before))
            or _others_wish(before, marker)
            or _MADE_THEM.search(before, 0, marker.start())
            or (
                m.group() == "die"
                and _SOMETHING_ELSE_TO.match(before, marker.end())
                and not _ME_AFTER.search(sentence, m.end())
            )
        ):
            out.suppressed.add("reported")  # "my uncle's suicide": grief, not the writer's risk
            continue
        after = sentence[m.end() :]
        for_good = (
            _FOR_GOOD.search(m.group()) or _FOR_GOOD.match(after.lstrip())
        ) and not _SOMEONE_ELSE.search(before[marker.end() :])  # not "i want my ex gone forever"
        other = L.TAKES_AN_OBJECT.search(m.group()) and L.OTHER_OBJECT_AFTER.match(after)
        if other or (not for_good and (L.STATE_HYPERBOLE_AFTER.match(after) or _joke(sentence))):
            out.suppressed.add("hyperbole")
            continue
        reason = _owner_reason(before) or _reported_or_negated(before[: marker.start()], 4)
        if reason is None and C.negated(before[marker.end() :].split()):
            reason = "negated"
        intent = _INTENT_MARKERS.fullmatch(marker.group())
        _record(out, "clause_intent" if intent else "clause_state", reason)


def _last_marker(before: str) -> re.Match[str] | None:
    last = None
    # a marker must end within MARKER_WINDOW of the end, so older text need not be searched
    start = max(0, len(before) - L.MARKER_WINDOW - 40)
    for last in L.MARKER.finditer(before, start):  # noqa: B007 - we want the final match
        pass
    if last is None or len(before) - last.end() > L.MARKER_WINDOW:
        return None
    return last


# "would rather disappear permanently than stand up for the viva" is no figure of speech.
_FOR_GOOD = re.compile(r"\b(?:permanently|for good|forever|for ever)\b")
_SOMEONE_ELSE = re.compile(r"\b(?:my|the|this|that|his|her|their|your) \w+|\b(?:him|her|them|it)\b")
# Something else wished dead (round 74 and its review): "i dont want to die, i want the gambling
# to die" (not "i want my life / this body / my soul / the whole world and me to die").
_SOMETHING_ELSE_TO = re.compile(
    r" (?:the|this|that|these|those|his|her|their|your|our|my) (?!(?:life|self|body|soul|existence"
    r"|whole|heart|brain|mind|sad|feeling|person|girl|boy|man|woman|world)\b)\w+ to\s*$"
)
_ME_AFTER = re.compile(r"\b(?:me|myself|i mean me)\b")
# Someone else made to want it: "my singing makes him want to die" (round 52).
_MADE_THEM = re.compile(r"\b(?:makes?|made|making) (?:him|her|them)\s*$")
_WISH_MARKERS = frozenset({"want", "wants", "wanting", "wish", "wishing", "hope", "hoping"})
# Inner voices that want the writer dead are the writer's risk, not someone else's wish.
_INNER_VOICE = re.compile(
    r"\b(?:voices?|brain|head|mind|thoughts|demons|intrusive|part of me|body|ed|depression"
    r"|illness|disorder|anorexia|bulimia|anxiety|ocd|bpd)\b"
)


def _others_wish(before: str, marker: re.Match[str]) -> bool:
    """ "my boss wants me to die", "everyone wants me dead": another's wish about the writer."""
    return (
        marker.group() in _WISH_MARKERS
        and before[marker.end() :].startswith(" me ")
        and not _INNER_VOICE.search(before)
    )


def _acts(sentence: str, out: ClauseSignals) -> None:
    """A self-directed act ("hurt myself"), unless what follows shows a chore or accident."""
    for m in L.ACT.finditer(sentence):
        if "clause_act" in out.hits:
            break
        if L.ACT_BENIGN_AFTER.match(sentence[m.end() :]):
            continue  # "cut myself shaving", "end things with him"
        before = _clause_before(sentence, m.start())
        if "myself" not in m.group() and not (_last_marker(before) or _writer_owns(before)):
            continue  # "one bad grade could end everything": nobody's intent
        _record(out, "clause_act", _owner_reason(before) or _reported_or_negated(before, 5))


def _suicidal(sentence: str, out: ClauseSignals) -> None:
    for m in L.SUICIDAL.finditer(sentence):
        if "clause_state" in out.hits:
            break
        before = _clause_before(sentence, m.start())
        if not _writer_owns(before) and before.strip():
            continue
        _record(out, "clause_state", _reported_or_negated(before, 4))


def _writer_owns(before: str) -> bool:
    """Whether the nearest subject before this point is the writer."""
    return _nearest_subject(before) == "self"


def _nearest_subject(before: str) -> str | None:
    last_self = max((m.start() for m in L.SELF.finditer(before)), default=-1)
    last_other = max((m.start() for m in L.OTHER_SUBJECT.finditer(before)), default=-1)
    if last_self < 0 and last_other < 0:
        return None
    return "self" if last_self > last_other else "other"


def owned_by_other(before: str) -> bool:
    """Whether the nearest subject before this point is someone other than the writer."""
    return _nearest_subject(before) == "other"


def _owner_reason(before: str) -> str | None:
    """ "my sister wants to die" is not the writer's risk: report it as reported."""
    return "reported" if _nearest_subject(before) == "other" else None


def _reported_or_negated(before: str, tokens: int) -> str | None:
    if C.REPORTED.search(before):
        return "reported"
    return "negated" if C.negated(before.split()[-tokens:]) else None


def _joke(sentence: str) -> bool:
    """A laugh beside a state word ("im dead 💀") or a joke frame (`crisis_joke`), unless the
    state is a plan said with a laugh ("just gonna rope lol" hides distress)."""
    if not C.LAUGHTER.search(sentence):
        return False
    return J.joke_sentence(sentence, J.joking(sentence)) or not _PLAN_WORDS.search(sentence)
