"""Learned crisis scorer: features, pure-Python inference, how it combines with the rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chalicelib.domain.safety.crisis import assess_crisis, normalise
from chalicelib.domain.safety.crisis_model import (
    CHAR_MAX_TOKENS,
    MAX_TOKENS,
    MODEL_FILE,
    URGENCY_FILE,
    LinearModel,
    features,
    load_model,
    load_urgency_model,
    model_from_json,
    needs_strict_bar,
)

ROOT = Path(__file__).resolve().parents[2]
# A toy model: one made-up word carries all the weight, so each test controls the score.
ZEBRA = LinearModel({"zebra": 10.0}, bias=-5.0, threshold=0.5)
# Toy urgency heads: one whose word is "ladder", one that never calls anything urgent.
LADDER = LinearModel({"ladder": 10.0}, bias=-5.0, threshold=0.5)
CALM = LinearModel({}, bias=-50.0, threshold=0.5)


def test_words_after_a_negator_are_marked_until_the_clause_ends() -> None:
    # GIVEN a negated wish and a plain one
    negated = features(normalise("I don't want to live, but I want to sleep"))
    plain = features(normalise("I want to live by the sea"))
    # THEN the negated words differ from the plain ones, and the mark stops at "but"
    assert {"n:want", "n:live"} <= negated and "live" not in negated
    assert "sleep" in negated and "n:sleep" not in negated
    assert {"live", "want to", "to live"} <= plain and "n:live" not in plain


def test_context_cues_of_the_rules_are_features() -> None:
    assert "ctx:recovered" in features(normalise("two years clean from cutting"))
    assert "ctx:laughter" in features(normalise("this exam will end me lol"))
    assert not any(f.startswith("ctx:") for f in features(normalise("nice weather")))


def test_features_of_a_huge_message_are_bounded() -> None:
    # GIVEN 5000 distinct words; THEN only the first MAX_TOKENS give words and pairs,
    # and only the first CHAR_MAX_TOKENS give letter trigrams
    feats = features(" ".join(f"w{i}" for i in range(5000)))
    words = {f for f in feats if not f.startswith("c:")}
    assert len(words) == 2 * MAX_TOKENS and "w4999" not in feats
    assert len(feats) < 2 * MAX_TOKENS + 5 * CHAR_MAX_TOKENS


def test_the_training_script_refuses_the_held_out_set() -> None:
    # GIVEN the offline trainer (it needs scikit-learn, a dev dependency)
    sys.path.insert(0, str(ROOT / "bench"))
    import train_crisis_model as trainer

    # THEN the held-out file is refused before it is opened, and is not a development set
    assert trainer.HELD_OUT == "safety_unseen59.jsonl"
    assert trainer.HELD_OUT not in trainer.DEV_SETS
    assert "safety_unseen58.jsonl" in trainer.DEV_SETS
    with pytest.raises(ValueError):
        trainer.load(Path("/nonexistent") / trainer.HELD_OUT, "held-out")


def test_misspellings_share_letter_trigrams_with_the_right_spelling() -> None:
    # GIVEN a slip no typo table lists, and the right spelling
    wrong = {f for f in features("dissappeer") if f.startswith("c:")}
    right = {f for f in features("disappear") if f.startswith("c:")}
    # THEN doubled letters are squashed and most trigrams are shared
    assert len(wrong & right) >= len(right) // 2, (wrong, right)
    # AND negated words give no trigrams, so "n:" marking is not undone by them
    assert not any(f.startswith("c:") for f in features("not disappear"))


def test_everyday_words_get_no_letter_trigrams() -> None:
    # GIVEN an everyday word and a rarer one of the same length
    feats = features("thinking overdosing")
    # THEN the everyday word is a feature once, as a word; the rarer one also by its trigrams
    assert "thinking" in feats and "c:thi" not in feats
    assert "c:ove" in feats and "c:dos" in feats


def test_tense_and_person_cues_are_features() -> None:
    assert "ctx:past_tense" in features(normalise("I self-harmed for years, I was a mess"))
    reply = features(normalise("you are so brave, your post helped"))
    assert {"ctx:you", "ctx:you_only"} <= reply
    assert "ctx:you_only" not in features(normalise("you would be better off without me"))


def test_linear_model_scores_and_thresholds() -> None:
    assert ZEBRA.flags("a zebra") and not ZEBRA.flags("a horse")
    assert ZEBRA.probability("a zebra") == pytest.approx(1 / (1 + 2.718281828**-5), rel=1e-6)


def test_model_json_is_validated() -> None:
    model = model_from_json({"weights": {"a": 1}, "bias": "-0.5", "threshold": 0.7})
    assert model.weights == {"a": 1.0} and model.bias == -0.5 and model.threshold == 0.7
    with pytest.raises(ValueError):
        model_from_json({"weights": [1, 2], "bias": 0, "threshold": 0.5})


def test_the_model_adds_concern_only_where_the_rules_found_nothing() -> None:
    # GIVEN wording no rule knows
    result = assess_crisis("the zebra is waiting for me", ZEBRA, CALM)
    # THEN the model raises concern and names itself, never the text
    assert result.level == "concern" and result.signals == ("model",)
    assert assess_crisis("the horse is waiting for me", ZEBRA, CALM).level == "none"


def test_urgency_still_comes_from_the_rules_cues() -> None:
    assert assess_crisis("the zebra is near, I bought a rope", ZEBRA, CALM).level == "urgent"


def test_the_urgency_head_makes_concern_urgent_where_no_rule_cue_did() -> None:
    # GIVEN a message of concern whose preparation no rule cue names
    result = assess_crisis("the zebra is waiting for me, the ladder is in the shed", ZEBRA, LADDER)
    # THEN the head makes it urgent and names itself
    assert result.level == "urgent" and result.signals == ("model", "urgency_model")
    # AND without the head's evidence the message stays concern
    assert assess_crisis("the zebra is waiting for me", ZEBRA, LADDER).level == "concern"


def test_the_urgency_head_never_raises_risk_nor_overrules_a_denied_plan() -> None:
    # GIVEN the head's word in a message without risk: the head is not asked
    assert assess_crisis("the ladder is in the shed", ZEBRA, LADDER).level == "none"
    # GIVEN a plan the writer denies: concern stays concern
    denied = "zebra thoughts again and the ladder. not planning anything"
    assert assess_crisis(denied, ZEBRA, LADDER).level == "concern"


# Toy models 0.9, 0.98 and all but certain: the second outweighs words read as someone else's
# (OVERRULE_BAR 0.97), only the third a joke (OVERRULE_BAR_STRICT 0.99).
FAIRLY_SURE_ZEBRA = LinearModel({"zebra": 7.2}, bias=-5.0, threshold=0.5)
VERY_SURE_ZEBRA = LinearModel({"zebra": 8.9}, bias=-5.0, threshold=0.5)
SURE_ZEBRA = LinearModel({"zebra": 20.0}, bias=-5.0, threshold=0.5)


# Messages the rules set aside as negated, past, an idiom and someone else's loss.
SET_ASIDE_FOR_GOOD = (
    "zebra. I'm not going to kill myself",
    "zebra, I used to want to die years ago",
    "zebra, I want to overdose on chocolate",
    "zebra, thinking about my uncle's suicide",
)
# Set aside as a joke.
JOKES = (
    "zebra, this homework makes me want to kms lol",
    "zebra, the traffic today, i literally want to die lol",
)


def test_what_the_rules_set_aside_is_not_overruled() -> None:
    # GIVEN messages the rules saw and set aside as negated, past, idiom or someone else's
    for text in (*SET_ASIDE_FOR_GOOD, *JOKES, "zebra, my sister wants to die"):
        # THEN a model that is merely confident (0.9 here) does not overrule them
        assert assess_crisis(text, FAIRLY_SURE_ZEBRA, CALM).level == "none", text


def test_only_words_read_as_someone_elses_yield_to_a_near_certain_model() -> None:
    # GIVEN a model all but certain of risk
    # THEN words the rules read as someone else's are the writer's after all
    result = assess_crisis("zebra, my sister wants to die", SURE_ZEBRA, CALM)
    assert result.level == "concern" and result.signals == ("model", "reported")
    # BUT a negation, the past, an idiom and someone else's loss are still set aside
    for text in SET_ASIDE_FOR_GOOD:
        assert assess_crisis(text, SURE_ZEBRA, CALM).level == "none", text


def test_a_joke_yields_only_to_a_stricter_bar() -> None:
    # GIVEN words the rules read as a joke
    for text in JOKES:
        # WHEN the model scores 0.98, enough to overrule someone else's words
        sister = assess_crisis("zebra, my sister wants to die", VERY_SURE_ZEBRA, CALM)
        assert sister.level == "concern"
        # THEN the joke still stands
        assert assess_crisis(text, VERY_SURE_ZEBRA, CALM).level == "none", text
        # BUT a model all but certain (above 0.99) reads them as risk now
        assert assess_crisis(text, SURE_ZEBRA, CALM).level == "concern", text


def test_shipped_model_is_small_and_trained_without_the_held_out_set() -> None:
    raw = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert MODEL_FILE.stat().st_size < 300_000
    assert "safety_unseen59.jsonl" not in raw["trained_on"]
    assert "safety_unseen58.jsonl" in raw["trained_on"]
    assert "crisis_train_extra2.jsonl" in raw["trained_on"]  # held out last round, development now
    model = load_model()
    assert 0.0 < model.threshold < 1.0 and len(model.weights) > 100


def test_shipped_urgency_head_is_small_and_trained_without_the_held_out_set() -> None:
    raw = json.loads(URGENCY_FILE.read_text(encoding="utf-8"))
    assert URGENCY_FILE.stat().st_size < 150_000
    assert "safety_unseen59.jsonl" not in raw["trained_on"]
    head = load_urgency_model()
    assert 0.5 <= head.threshold < 1.0 and len(head.weights) > 100


def test_shipped_urgency_head_reads_preparations_and_leaves_thoughts() -> None:
    head = load_urgency_model()
    ready = "the pills are lined up on my desk and i said goodbye to my mum on the phone"
    assert head.flags(normalise(ready))
    assert not head.flags(normalise("i keep thinking everyone would be better off without me"))


def test_shipped_model_reads_new_wording_and_leaves_ordinary_talk() -> None:
    model = load_model()
    assert model.flags(normalise("everyone would be fine if i just stopped existing"))
    assert not model.flags(normalise("I want to live somewhere warm next year"))


def test_runtime_needs_neither_numpy_nor_scikit_learn() -> None:
    code = (
        "import sys, chalicelib.domain.safety as s; s.assess_crisis('hello there');"
        "print(any(m.split('.')[0] in {'numpy', 'sklearn', 'scipy'} for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("text", "strict"),
    [
        ("its brave to say youve been thinking about it", True),  # nobody but "you"
        ("when i was at uni i had thoughts of dying", True),  # the writer, only in the past
        ("i had thoughts of dying and i still do", False),  # "i still": now
        ("everyone would be fine if i just stopped existing", False),
        ("i feel like a ghost", False),
    ],
)
def test_the_model_alone_needs_a_higher_bar_without_the_writer_now(text: str, strict: bool) -> None:
    assert needs_strict_bar(text) is strict


def test_the_strict_bar_applies_only_where_the_writer_now_is_missing() -> None:
    # GIVEN a model whose score sits between the normal and the strict bar
    model = LinearModel({"dying": 1.0}, 0.0, 0.6, strict_threshold=0.9)
    # THEN it fires on the present first person, not on a past story
    assert model.flags("i keep thinking about dying")
    assert not model.flags("when i was younger i had thoughts about dying")
