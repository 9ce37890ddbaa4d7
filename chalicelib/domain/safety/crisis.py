"""Suicide and self-harm risk assessment for one chat message: pure, fast, no network.

Levels: `concern` (thoughts of suicide or self-harm) and `urgent` (intent with a plan, means or
a time, or a goodbye). False alarms flood a room and teach people to ignore alerts, so words
that are negated, quoted, reported from someone else, about the past, or plainly hyperbole do
not count. A message is assessed sentence by sentence; rules are in `crisis_rules`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from chalicelib.domain.safety import crisis_clause as K
from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety import crisis_lexicon as L
from chalicelib.domain.safety import crisis_model as M
from chalicelib.domain.safety import crisis_phrases as P
from chalicelib.domain.safety import crisis_rules as R
from chalicelib.domain.safety.crisis_normalise import normalise
from chalicelib.domain.safety.crisis_regex import Anchored

RiskLevel = Literal["none", "concern", "urgent"]

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
SHORT_MESSAGE = 400  # characters: up to here one regex search gates the sentence scan
CLAUSE_WINDOW = 160  # characters before a match that can hold its negation or reporting verb
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class CrisisAssessment:
    level: RiskLevel
    method_detail: bool  # describes a method or means in detail: moderators only
    signals: tuple[str, ...]  # names of the rules that fired, never the text itself


NO_RISK = CrisisAssessment("none", False, ())
# Set aside before the model is asked: "overdose on chocolate", "my uncle's suicide".
_IDIOM = CrisisAssessment("none", False, ("idiom",))
_OTHERS_LOSS = CrisisAssessment("none", False, ("reported",))


@dataclass
class _Found:
    strong: set[str]
    weak: set[str]
    urgency: set[str]
    suppressed: set[str]


def assess_crisis(text: str, model: M.LinearModel | None = None) -> CrisisAssessment:
    """Assess one message for suicide or self-harm risk.

    The rules decide first; when they find nothing, and set nothing aside as negated, quoted,
    past or a joke, the learned model (`crisis_model`, the shipped one unless `model` is
    given) may still raise concern. Urgency always comes from the rules' plan/means/time cues.
    """
    norm = normalise(text)
    found = _Found(set(), set(), set(), set())
    if _might_fire(norm):
        _scan_rules(norm, found)
    method = _method_detail(norm, bool(found.strong or found.weak))
    level = _level(found, method)
    if level == "none" and not found.suppressed:
        if C.IDIOM.search(norm):
            return _IDIOM
        if L.others_loss(norm):
            return _OTHERS_LOSS
        if not (model or M.load_model()).flags(norm):
            return NO_RISK
        _model_layer(norm, found)
        level = _level(found, method)
    names = found.strong | found.weak | found.urgency | found.suppressed
    if method:
        names.add("method_detail")
    return CrisisAssessment(level, method, tuple(sorted(names)))


def _might_fire(norm: str) -> bool:
    """Gate for the sentence scan. A short message is searched with the rules at once (most
    chat ends here). A long one is only checked for the literals some rule needs: searching
    2000 characters with every rule cost as much as the scan it gated (~0.5 ms), and the scan
    finds exactly what those searches would, sentence by sentence."""
    if len(norm) <= SHORT_MESSAGE:
        return P.FAREWELL.exists(norm) or R.ANY_SIGNAL.exists(norm) or K.might_fire(norm)
    return (
        P.FAREWELL.could_match(norm) or R.ANY_SIGNAL.could_match(norm) or L.GATE.could_match(norm)
    )


def _scan_rules(norm: str, found: _Found) -> None:
    story = C.RECOVERY_NOW.search(norm) is not None
    brief = len(norm) > SHORT_MESSAGE  # long: level first, signal names only as found on the way
    for sentence in C.sentences(norm):
        if found.strong and not _may_raise(sentence):
            continue  # concern already; only a cue of urgency could change the result
        live = _live_layers(sentence)
        if not (live.phrases or live.clause or live.urgency):
            continue  # most sentences of a long message: ~5 us here instead of ~40 us
        if brief and found.strong and not _needs_full_scan(sentence):
            _scan_urgency(sentence, found, story)
        else:
            _scan_sentence(sentence, found, story, brief, live)
        if _level(found, False) == "urgent":
            break  # nothing later can raise the level: bounds the work on long messages
    if P.FAREWELL.search(norm) and P.FAREWELL_FINAL.search(norm) and not found.suppressed:
        found.urgency.add("finality")  # "goodbye everyone. this is it"


@dataclass(frozen=True)
class _Layers:
    """Which layers of `_scan_sentence` can record anything in a sentence. Context and time
    are only consulted beside a phrase, so a sentence with none of these is skipped whole."""

    phrases: bool  # some STRONG or WEAK phrase rule (or FINALITY, METHOD_HOWTO) matches
    clause: bool  # some clause family matches
    urgency: bool  # some MEANS, PLAN or FINALITY cue matches


_ALL_LAYERS = _Layers(True, True, True)


def _live_layers(sentence: str) -> _Layers:
    return _Layers(
        R.ANY_SIGNAL.exists(sentence), L.GATE.exists(sentence), R.URGENCY_CUES.exists(sentence)
    )


def _may_raise(sentence: str) -> bool:
    """Whether a sentence could make a message that is already of concern urgent."""
    return bool(
        C.TIME.exists(sentence)
        or R.URGENCY_CUES.exists(sentence)
        or L.PLAN_HOW.exists(sentence)
        or L.INGEST.exists(sentence)
    )


def _needs_full_scan(sentence: str) -> bool:
    """Whether urgency in this sentence could hang on which risk phrase it holds: a time is
    urgent only in the clause of a risk phrase, a plan only as the clause scorer reads it."""
    return C.TIME.exists(sentence) or L.PLAN_HOW.exists(sentence)


def _scan_urgency(sentence: str, found: _Found, story: bool) -> None:
    """A message already of concern only needs to know whether this sentence makes it urgent.

    On a 2000-character message this bounds the work: the phrase tables and the clause scorer
    (~200 us per sentence dense with risk words) run in full only where they can matter.
    """
    if _sentence_context(sentence, story):
        return
    for name, rx in (("means", R.MEANS), ("plan", R.PLAN), ("finality", R.FINALITY)):
        if rx.search(sentence):
            found.urgency.add(name)


def _model_layer(norm: str, found: _Found) -> None:
    """The model flagged the message: record it, and the cues that would make it urgent."""
    found.strong.add("model")
    for sentence in C.sentences(norm):
        for name, rx in (("means", R.MEANS), ("plan", R.PLAN), ("finality", R.FINALITY)):
            if rx.search(sentence):
                found.urgency.add(name)
        if any(C.TIME.exists(c) and C.INTENT.search(c) for c in C.CLAUSE_SPLIT.split(sentence)):
            found.urgency.add("time")


def _scan_sentence(
    sentence: str, found: _Found, story: bool, brief: bool = False, live: _Layers = _ALL_LAYERS
) -> None:
    context = _sentence_context(sentence, story)
    strong, weak = _phrase_hits(sentence, found, brief) if live.phrases else (set(), set())
    if context:
        if strong or weak:
            found.suppressed.add(context)
        return
    if "no_point" in strong and L.TRAVEL.search(sentence):
        strong.discard("no_point")  # "wont be around much longer, moving to spain"
        found.suppressed.add("travel")
    found.strong |= strong
    found.weak |= weak
    if live.clause and (not (brief and strong) or _needs_full_scan(sentence)):
        _clause_layer(sentence, found)  # else it could only add names to a concern found here
    if live.urgency:
        for name, rx in (("means", R.MEANS), ("plan", R.PLAN), ("finality", R.FINALITY)):
            if rx.search(sentence):
                found.urgency.add(name)
    if (strong or weak) and _timed(sentence, strong | weak):
        found.urgency.add("time")


def _phrase_hits(sentence: str, found: _Found, brief: bool) -> tuple[set[str], set[str]]:
    """The STRONG and WEAK phrase rules that match, not negated or reported.

    Brief (a long message) and no time here: one risk phrase settles concern, and names beyond
    it only matter to `_timed` and to a lone "no_point" beside travel.
    """
    brief = brief and not C.TIME.exists(sentence)
    strong = _matches(R.STRONG, sentence, found.suppressed, first_only=brief)
    if brief and strong and not (strong == {"no_point"} and L.TRAVEL.search(sentence)):
        return strong, set()  # beside a risk phrase, weak ones cannot change the level
    if brief and strong:
        strong |= _matches(R.STRONG, sentence, found.suppressed)
    return strong, _matches(R.WEAK, sentence, found.suppressed)


def _clause_layer(sentence: str, found: _Found) -> None:
    """The general clause scorer: catches wording the phrase rules have never seen."""
    clause = K.score_sentence(sentence)
    found.strong |= clause.hits
    found.urgency |= clause.urgency
    found.suppressed |= clause.suppressed


def _timed(sentence: str, names: set[str]) -> bool:
    """A time counts only in the clause that states the intent ("... tonight"), not beside it
    ("exam tomorrow and I want to die" is distress, not a plan). A feeling with a time
    ("feeling suicidal tonight") is not intent unless the clause also says what will be done."""
    patterns = [R.STRONG.get(n) or R.WEAK[n] for n in names]
    feeling_only = names <= R.FEELINGS
    return any(
        C.TIME.exists(clause)
        and any(p.search(clause) for p in patterns)
        and (not feeling_only or bool(C.INTENT.search(clause)))
        for clause in C.CLAUSE_SPLIT.split(sentence)
    )


def _sentence_context(sentence: str, story: bool) -> str | None:
    """Why a whole sentence does not count: about the past, or a joke.

    `story` says the message also tells of recovery now ("got treatment, im well now"), so a
    sentence told in the past tense is part of that story.
    """
    if C.PAST.search(sentence) and not C.PAST_OVERRIDE.search(sentence):
        return "past"
    if C.RECOVERED.search(sentence) and not C.RELAPSE.search(sentence):
        return "past"  # "8 months clean" is over when the sentence tells of a relapse
    if story and C.PAST_NARRATIVE.search(sentence) and not C.PAST_OVERRIDE.search(sentence):
        return "past"
    if C.HYPERBOLE_FRAME.search(sentence):
        return "hyperbole"
    if C.LAUGHTER.search(sentence) and C.HYPOTHETICAL.search(sentence):
        return "hyperbole"
    return None


def _matches(
    table: dict[str, Anchored], sentence: str, suppressed: set[str], first_only: bool = False
) -> set[str]:
    hits: set[str] = set()
    for name, rx in table.items():
        for m in rx.finditer(sentence):
            reason = _clause_reason(sentence[: m.start()], name)
            if reason is None:
                hits.add(name)
                break
            suppressed.add(reason)
        if hits and first_only:
            break
    return hits


def _clause_reason(before: str, name: str) -> str | None:
    """Why one match does not count: negated or reported from someone else."""
    clause = C.CLAUSE_SPLIT.split(before[-CLAUSE_WINDOW:])[-1]
    if C.REPORTED.search(clause) or K.owned_by_other(clause):
        return "reported"  # "do you ever want to die?" asks about someone else
    if name in R.NEGATION_BUILT_IN:
        return None
    return "negated" if _negated(clause.split()[-5:]) else None


def _negated(tokens: list[str]) -> bool:
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in C.NEGATORS and nxt not in C.NEGATION_BREAKERS:
            return True
    return False


def _method_detail(norm: str, ideation: bool) -> bool:
    if R.METHOD_HOWTO.search(norm):
        return True
    if not ideation or not _DIGIT.search(norm):
        return False
    return bool(R.METHOD_QUANTITY.search(norm)) and bool(R.MEANS.search(norm))


def _level(found: _Found, method: bool) -> RiskLevel:
    urgent_ctx = found.urgency & {"means", "plan"}
    if "finality" in found.urgency:
        return "urgent"
    if found.strong and (found.urgency or method):
        return "urgent"
    if found.weak and (
        urgent_ctx or method or (found.weak == {"end_it"} and "time" in found.urgency)
    ):
        return "urgent"
    if found.strong or method or "last_message" in found.weak:
        return "concern"
    return "none"


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
