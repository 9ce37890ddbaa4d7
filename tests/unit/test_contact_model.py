"""The learned contact scorer: its features, where it is asked, and the shipped table."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from chalicelib.domain.safety import contact_model as CM
from chalicelib.domain.safety.contact import find_contact_by_rules, find_contact_info
from chalicelib.domain.safety.crisis_model import LinearModel

ROOT = Path(__file__).resolve().parents[2]


def test_digit_runs_are_read_by_length_and_number_words_as_one_kind() -> None:
    feats = CM.features("call 07700 900123 or forty two")
    assert {"call", "D5", "D6", "D5 D6", "or NW NW"} <= feats
    assert not any("07700" in f for f in feats)  # no number is learnt by its digits


def test_words_are_read_by_their_shape() -> None:
    feats = CM.features("my gmail is Sad_Otter_999")
    assert "S:aa_aa_99" in feats  # letters a, digits 9, a run of three or more kept as two
    assert "my gmail is" in feats


def test_features_of_a_huge_message_are_bounded() -> None:
    huge = "07700 900 123 and sad_otter " * 400
    assert len(CM.features(huge)) < 200


def test_in_room_mentions_are_taken_out_before_the_model_reads() -> None:
    text = "@Rainy_Fox_22 thanks for earlier"
    assert "S:@aa_aa_99" in CM.features(text)
    assert "S:@aa_aa_99" not in CM.features(CM.without_mentions(text, ["Rainy_Fox_22"]))


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Beyond Blue: 1300 22 4636", True),  # 1300224636 is a configured helpline
        ("the samaritans got me through last winter", True),
        ("Kenya helpline is +254 722 178 177", True),
        ("text HOME to 741741", True),
        ("my number is 0412 889 301", False),
    ],
)
def test_a_message_naming_a_helpline_is_left_to_the_rules(text: str, named: bool) -> None:
    assert CM.names_helpline(text) is named


def test_markup_is_left_to_the_rules() -> None:
    assert CM.left_to_the_rules("<script>window.__pwned=2</script> hi")
    assert not CM.left_to_the_rules("i <3 this room, 2 < 3")


def test_the_model_is_asked_only_where_the_rules_found_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN a model that blocks everything and one that blocks nothing
    always = LinearModel({}, 50.0, 0.7)
    never = LinearModel({}, -50.0, 0.7)
    phone = "text me on 07700 900123"
    # WHEN the rules find a phone, THEN their finding stands whatever the model says
    monkeypatch.setattr(CM, "load_contact_model", lambda: never)
    assert find_contact_info(phone) == find_contact_by_rules(phone)
    assert find_contact_info("see you tomorrow") is None
    # WHEN the rules find nothing, THEN a sure model blocks, but never a helpline
    monkeypatch.setattr(CM, "load_contact_model", lambda: always)
    found = find_contact_info("see you tomorrow")
    assert found is not None and found.kind == "learned"
    assert find_contact_info("call the helpline on 0800 111 222, they were kind") is None


@pytest.mark.parametrize(
    "text",
    [
        # roundabout contact no rule of the shipped guard knows (held out when first trained)
        "my gmail is literally just my alias here with no space lol, same at the end as everyone's",
        "kik is the name of the first pokemon + my birth year 2006 lol figure it out",
        # (an email in base64 was here until session 12, when the rules learnt to decode it)
    ],
)
def test_shipped_model_reads_roundabout_contact(text: str) -> None:
    assert find_contact_by_rules(text) is None
    found = find_contact_info(text)
    assert found is not None and found.kind == "learned"


@pytest.mark.parametrize(
    "text",
    [
        "my sister messaged me on whatsapp to say happy birthday",
        "I live at the end of a 2km dirt track with no phone signal, so sorry if I vanish",
        "i deleted insta last month and honestly my sleep is better",
        "took my 50mg at 9pm, bed by 10:30",
        "@Quiet_Heron_7 that helped, thank you",
    ],
)
def test_shipped_model_passes_ordinary_talk_of_apps_and_numbers(text: str) -> None:
    assert find_contact_info(text, ["Quiet_Heron_7"]) is None


def test_shipped_model_is_small_and_trained_without_the_held_out_sets() -> None:
    raw = json.loads(CM.MODEL_FILE.read_text(encoding="utf-8"))
    assert CM.MODEL_FILE.stat().st_size < 250_000
    assert "safety_unseen59.jsonl" not in raw["trained_on"]
    assert "ordinary_unseen1.jsonl" not in raw["trained_on"]
    assert "safety_unseen58.jsonl" in raw["trained_on"]
    assert 0.7 <= raw["threshold"] < 1.0


def test_the_training_script_uses_the_sets_the_crisis_trainer_uses() -> None:
    sys.path.insert(0, str(ROOT))
    from bench import train_contact_model as trainer

    assert trainer.HELD_OUT == "safety_unseen59.jsonl"
    assert trainer.HELD_OUT not in trainer.MODEL_TRAINING
    assert trainer.THRESHOLDS[0] == 0.7
