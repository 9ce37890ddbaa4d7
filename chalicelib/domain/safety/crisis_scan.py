"""The sentence-by-sentence rule scan behind `crisis.assess_crisis`.

Each sentence is checked for context first (the past, a joke), then for phrase rules (each
match may be negated or reported), the clause scorer, and cues of urgency (means, plan, time,
finality). On long messages the work is bounded: sentences no rule can fire on are skipped,
and once a message is of concern only cues that could make it urgent are looked for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from chalicelib.domain.safety import crisis_clause as K
from chalicelib.domain.safety import crisis_context as C
from chalicelib.domain.safety import crisis_cues as U
from chalicelib.domain.safety import crisis_frames as F
from chalicelib.domain.safety import crisis_joke as J
from chalicelib.domain.safety import crisis_lexicon as L
from chalicelib.domain.safety import crisis_phrases as P
from chalicelib.domain.safety import crisis_rules as R
from chalicelib.domain.safety.crisis_regex import AnchoredTable

RiskLevel = Literal["none", "concern", "urgent"]
# A match that names the writer ("im done ...", "... if i were gone") is theirs.
_WRITER_NAMED = re.compile(
    r"^(?:i|im|ive|id|ill|i am|i will|thats me)\b"
    r"|\bif i (?:was|were|wasnt|werent|killed|ended|took|died|disappeared)\b"  # (round 90: wasnt)
    # round 66: "the kids would be happier with their dad than with me still here"
    r"|\bthan (?:with )?me (?:still |being )?(?:here|around|alive|breathing)\b"
    # round 67's review: "since mum died theres nothing left for me to stay for"
    r"|\bfor me to (?:live|stay|stick around|keep going|be here) for\b"
)
# A loss that dates what follows (round 68): "since my wife passed the suicidal thoughts come
# every evening" - the thoughts are the writer's, the wife only when they began.
_SINCE_A_LOSS = re.compile(
    r"^\s*(?:ever )?since (?:my|our) (?:\w+ ){1,2}(?:passed|passed away|died|left|went)\b\s*"
)
SHORT_MESSAGE = 400  # characters: up to here one regex search gates the sentence scan
CLAUSE_WINDOW = 160  # characters before a match that can hold its negation or reporting verb


class Ctx:
    """Whole-message context for every sentence, each fact worked out when a sentence first
    asks for it. Most sentences of a long message are skipped before any is asked, and the
    searches of the whole message are dear: RECOVERY_NOW alone cost ~0.6 ms on 2000
    characters (its year and month branches are tried at every position)."""

    def __init__(self, norm: str) -> None:
        self.norm = norm  # the whole normalised message, for frames that look beyond the sentence

    @cached_property
    def story(self) -> bool:
        """The message tells of recovery now."""
        return C.RECOVERY_NOW.search(self.norm) is not None

    @cached_property
    def joke(self) -> bool:
        """The message laughs and says nothing of risk now (`crisis_joke.joking`)."""
        return J.joking(self.norm)

    @cached_property
    def sport(self) -> bool:
        """The message is about a match and says nothing of risk now."""
        return J.about_a_match(self.norm)

    @cached_property
    def taken_back(self) -> bool:
        """The message laughs it off: "jk ... ill live", "... (im kidding)"."""
        return J.taken_back(self.norm, self.joke)


@dataclass
class Found:
    strong: set[str]
    weak: set[str]
    urgency: set[str]
    suppressed: set[str]


def scan_rules(norm: str, found: Found) -> None:
    ctx = Ctx(norm)
    brief = len(norm) > SHORT_MESSAGE  # long: level first, signal names only as found on the way
    for sentence in C.sentences(norm):
        if found.strong and not _may_raise(sentence):
            continue  # concern already; only a cue of urgency could change the result
        live = _live_layers(sentence)
        if not (live.phrases or live.clause or live.urgency):
            continue  # most sentences of a long message: ~5 us here instead of ~40 us
        if brief and found.strong and not _needs_full_scan(sentence):
            _scan_urgency(sentence, found, ctx)
        else:
            _scan_sentence(sentence, found, ctx, brief, live)
        if level_of(found, False) == "urgent":
            break  # nothing later can raise the level: bounds the work on long messages
    if P.FAREWELL.search(norm) and P.FAREWELL_FINAL.search(norm) and not found.suppressed:
        found.urgency.add("finality")  # "goodbye everyone. this is it"
    _drop_denied_plans(norm, found)
    if (
        not found.strong
        and (
            "reported" in found.suppressed
            # (its review: not said with a laugh, "... ? i do, it was so bad lmao")
            or (P.ASKED_OF_ANYONE.search(norm) and not C.LAUGHTER.search(norm))
        )
        and P.ME_TOO.search(norm)
    ):
        found.strong.add("me_too")  # "do you guys ever get suicidal thoughts? mine are constant"


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


def _scan_urgency(sentence: str, found: Found, ctx: Ctx) -> None:
    """A message already of concern only needs to know whether this sentence makes it urgent.

    On a 2000-character message this bounds the work: the phrase tables and the clause scorer
    (~200 us per sentence dense with risk words) run in full only where they can matter.
    """
    if _sentence_context(sentence, ctx):
        return
    _urgency_cues(sentence, found)


_URGENCY_CUES = (("means", U.MEANS), ("plan", U.PLAN), ("finality", U.FINALITY))


def _urgency_cues(sentence: str, found: Found) -> None:
    """Means, a plan or finality in this sentence, unless denied ("i dont have a plan"),
    wished for ("hoping i wont wake up", "my arms itch for the blade") or passed on a
    journey ("every time i drive over the bridge")."""
    for name, rx in _URGENCY_CUES:
        for m in rx.finditer(sentence):
            before = sentence[max(0, m.start() - 40) : m.start()]
            if C.negated(before.split()[-3:]) or _not_at_hand(name, before, sentence):
                continue
            found.urgency.add(name)
            break


def _not_at_hand(name: str, before: str, sentence: str) -> bool:
    if name == "finality":
        return F.WISHED.search(before) is not None
    return name == "means" and bool(F.NOT_AT_HAND.search(before)) and not F.HELD.search(sentence)


def model_layer(norm: str, found: Found, name: str = "model") -> None:
    """The model (or a whole-message rule, `name`) flagged the message: record it, and the cues
    that would make it urgent."""
    found.strong.add(name)
    for sentence in C.sentences(norm):
        _urgency_cues(sentence, found)
        if any(C.TIME.exists(c) and C.INTENT.search(c) for c in C.CLAUSE_SPLIT.split(sentence)):
            found.urgency.add("time")
    _drop_denied_plans(norm, found)


def _drop_denied_plans(norm: str, found: Found) -> None:
    """ "been looking at the tracks. not planning anything": means named, a plan denied;
    "relapsed tonight and now i want to end my life. i dont have a plan": a time, no plan."""
    if found.urgency & {"means", "plan", "time"} and F.plan_denied(norm):
        found.urgency -= {"means", "plan", "time"}


def _scan_sentence(
    sentence: str, found: Found, ctx: Ctx, brief: bool = False, live: _Layers = _ALL_LAYERS
) -> None:
    context = _sentence_context(sentence, ctx)
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
        _urgency_cues(sentence, found)
    if (strong or weak) and _timed(sentence, strong | weak) and not K.fighting_it(sentence):
        found.urgency.add("time")


def _phrase_hits(sentence: str, found: Found, brief: bool) -> tuple[set[str], set[str]]:
    """The STRONG and WEAK phrase rules that match, not negated or reported.

    Brief (a long message) and no time here: one risk phrase settles concern, and names beyond
    it only matter to `_timed` and to a lone "no_point" beside travel.
    """
    brief = brief and not C.TIME.exists(sentence)
    strong = _matches(_STRONG, sentence, found.suppressed, first_only=brief)
    if brief and strong and not (strong == {"no_point"} and L.TRAVEL.search(sentence)):
        return strong, set()  # beside a risk phrase, weak ones cannot change the level
    if brief and strong:
        strong |= _matches(_STRONG, sentence, found.suppressed)
    return strong, _matches(_WEAK, sentence, found.suppressed)


_STRONG = AnchoredTable(R.STRONG)
_WEAK = AnchoredTable(R.WEAK)


def _clause_layer(sentence: str, found: Found) -> None:
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
        C.time_of_act(clause)
        and any(p.search(clause) for p in patterns)
        and (not feeling_only or bool(C.INTENT.search(clause)))
        for clause in C.CLAUSE_SPLIT.split(sentence)
    )


# What takes back "im not having any dark thoughts about harming myself" (session 12's review).
_THOUGHTS_BACK = re.compile(rf"{C.BROUGHT_BACK_OR_BUT.pattern}|{F.THOUGHTS_TAKEN_BACK.pattern}")


def _sentence_context(sentence: str, ctx: Ctx) -> str | None:
    """Why a whole sentence does not count: about the past, or a joke.

    `ctx.story` says the message also tells of recovery now ("got treatment, im well now"), so
    a sentence told in the past tense is part of that story; `ctx.joke` that the message laughs
    and says nothing of risk now, so a sentence with a trivial trigger is a joke (`crisis_joke`).
    """
    relapse = C.RELAPSE.search(sentence)  # recent or about to happen: the story is not over
    if C.PAST.search(sentence) and not (relapse or C.past_override(sentence)):
        return "past"
    if C.RECOVERED.search(sentence) and not (relapse or C.STILL_NOW.search(sentence)):
        return "past"  # "8 months clean" is over when the sentence tells of a relapse
    if C.PAST_NARRATIVE.search(sentence) and ctx.story and not C.past_override(sentence):
        return "past"
    if C.over_unless_later(C.OVER_UNLESS_LATER, sentence, ctx.norm):
        return "past"
    if (
        F.HYPERBOLE_FRAME.search(sentence)
        or C.over_unless_later(F.DENIED_UNLESS_LATER, sentence, ctx.norm, C.BROUGHT_BACK_OR_BUT)
        or C.over_unless_later(F.THOUGHTS_DENIED, sentence, ctx.norm, _THOUGHTS_BACK)
        or C.over_unless_later(F.METAPHORICALLY, sentence, ctx.norm, F.LITERALLY)
        or C.over_unless_later(F.TRIVIAL_REASON, sentence, ctx.norm, F.MEANT_AFTER)
    ):
        return "hyperbole"
    if J.joke_sentence(sentence, ctx.joke) or (
        ctx.sport and (J.outburst(sentence) or J.laughs(sentence))
    ):
        return "hyperbole"
    chore = J.died_of_a_chore(sentence) or J.bare_dying_of_a_chore(sentence, ctx.norm)
    if chore and not J.RISK_NOW.search(ctx.norm):
        return "hyperbole"
    if J.kill_them_then_me_joke(sentence, ctx.norm) or J.kms_interjection(sentence, ctx.norm):
        return "hyperbole"
    if ctx.taken_back:
        return "hyperbole"  # "wanna jump off a cliff. jk it was a tenner, ill live"
    return None


def _matches(
    table: AnchoredTable, sentence: str, suppressed: set[str], first_only: bool = False
) -> set[str]:
    hits: set[str] = set()
    for name, rx in table.live(sentence):
        for m in rx.finditer(sentence):
            reason = _clause_reason(
                sentence[: m.start()], name, m.group(), sentence[m.end() : m.end() + 3]
            )
            if reason is None:
                hits.add(name)
                break
            suppressed.add(reason)
        if hits and first_only:
            break
    return hits


# A wish denied, then "or" right before the match (session 17): "to be clear, i dont want to die or
# hurt myself" (not "i dont know whether to cry or hurt myself").
_NEGATED_WISH_OR = re.compile(
    r"\b(?:dont|do not|never|wont|will not|would never|not going to|not gonna|no longer)"
    r" (?:want|wanna|plan|intend|mean|need)(?: to)? \w+(?: \w+)? or\s*$"
)


# Someone else, then "and" right before the match (session 17): "my cousin dropped out and
# self-harmed" (its review: not a gerund, which starts a clause of its own, "my brothers been in
# hospital and self harming is all i can think about", nor the writer named, "... and im doing it
# this weekend", nor someone named as an object, "gave my guitar to my brother today and wrote
# letters to everyone")
_AND_AT_END = re.compile(r"\band\s*$")
_STARTS_WITH_OTHER = re.compile(
    r"(?:(?:my|our|his|her|their) (?:\w+ )?(?:cousin|sister|brother|mum|mom|dad|son|daughter"
    r"|friend|partner|wife|husband|boyfriend|girlfriend|kid|child|niece|nephew|aunt|uncle|flatmate"
    r"|roommate|housemate|classmate|colleague|coworker|mate)s?|(?:he|she|they)) "
)


# A phrase of a family that carries its negation ("dont want to live") that has none of its own
# here, so a "not" before it still denies it (round 72: "i said im sick of being sick, not sick
# of living").
_NO_NEGATION_OF_ITS_OWN = ("tired of", "sick of")


def _clause_reason(before: str, name: str, matched: str = "", after: str = "") -> str | None:
    """Why one match does not count: negated or reported from someone else. A match that
    names the writer itself ("im done ...") is theirs whoever was named before it."""
    window = before[-CLAUSE_WINDOW:]
    parts = C.CLAUSE_SPLIT.split(window)
    clause = parts[-1]
    if not clause.strip() and _NEGATED_WISH_OR.search(window):
        return "negated"  # "i dont want to die or hurt myself": the "dont" holds past the "or"
    if (
        not clause.strip()
        and _AND_AT_END.search(window)
        and not _WRITER_NAMED.search(matched)
        and not (matched.endswith("ing") or after.startswith("ing"))
        and len(parts) > 1
        and _STARTS_WITH_OTHER.match(parts[-2].lstrip())
    ):
        return "reported"  # "my cousin dropped out and self-harmed": the subject does both
    since = _SINCE_A_LOSS.match(clause)
    if since:
        clause = clause[since.end() :]  # "since my wife passed the suicidal thoughts come ..."
    if C.REPORTED.search(clause):
        return "reported"
    if not _WRITER_NAMED.search(matched) and K.owned_by_other(clause):
        return "reported"  # "do you ever want to die?" asks about someone else
    if name in R.NEGATION_BUILT_IN and not matched.startswith(_NO_NEGATION_OF_ITS_OWN):
        return None
    return "negated" if C.negated(clause.split()[-5:]) else None


def level_of(found: Found, method: bool) -> RiskLevel:
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
