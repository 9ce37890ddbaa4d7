"""Abuse word list: categories, the usual dodges, whole-word matching and custom lists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chalicelib.domain.safety.abuse import (
    DEFAULT_BLOCKLIST_FILE,
    _squash_repeats,
    find_abuse,
    load_blocklist,
    parse_blocklist,
)
from chalicelib.errors import HarmfulContent
from chalicelib.safety import SafetyPolicy


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("kys", "harassment"),
        ("just go kill yourself", "harassment"),
        ("nobody would miss you", "harassment"),
        ("you're an attention seeker", "harassment"),
        ("send nudes", "sexual"),
        ("what are you wearing", "sexual"),
        ("you faggot", "slur"),
    ],
)
def test_listed_words_return_their_category(text: str, category: str) -> None:
    assert find_abuse(text) == category


@pytest.mark.parametrize(
    "text",
    [
        "k y s",
        "k.y.s",
        "KYS!!",
        "k!ll yourself",
        "go k1ll y0urself",
        "kiiiill yourself",
        "f4ggot",
        "faggots",
    ],
)
def test_common_dodges_are_undone(text: str) -> None:
    assert find_abuse(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",  # a crisis, not abuse: handled by the crisis rules
        "this class is so hard",
        "I feel like an attention seeker",
        "shit, today was awful",
        "fuck this week",
        "passing the assessment",
        "I got sent nudes and feel sick about it",
        "my therapist told me to be kinder to myself",
    ],
)
def test_peer_talk_swearing_and_self_talk_pass(text: str) -> None:
    assert find_abuse(text) is None


def test_custom_list_file_replaces_the_default(tmp_path: Path) -> None:
    # GIVEN a deployment's own list WHEN loaded THEN only its entries and categories apply
    path = tmp_path / "list.txt"
    path.write_text("# comment\n[spam]\nbuy followers\n\n[harassment]\nloser\n", encoding="utf-8")
    bl = load_blocklist(path)
    assert bl.size == 2
    assert find_abuse("Buy   followers now", bl) == "spam"
    assert find_abuse("what a l0ser", bl) == "harassment"
    assert find_abuse("kys", bl) is None


def test_entries_before_any_header_and_empty_lists() -> None:
    assert find_abuse("meanie", parse_blocklist("meanie\n")) == "abuse"
    assert find_abuse("anything at all", parse_blocklist("# nothing\n")) is None


def test_default_list_has_the_three_categories() -> None:
    text = DEFAULT_BLOCKLIST_FILE.read_text(encoding="utf-8")
    assert {"[harassment]", "[sexual]", "[slur]"} <= set(text.splitlines())
    assert load_blocklist().size >= 40


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aabbz .-\n", max_size=60))
def test_repeat_squashing_by_substrings_equals_the_regex(text: str) -> None:
    # GIVEN any run of letters and separators THEN the fast squash equals the regex it replaced
    assert _squash_repeats(text) == re.sub(r"([a-z])\1+", r"\1", text)


_ABUSE_WORDS = st.sampled_from(
    [
        "nobody",
        "would",
        "miss",
        "misss",
        "you",
        "yous",
        "kys",
        "k",
        "y",
        "s",
        "go",
        "kill",
        "k1ll",
        "yourself",
        "send",
        "nudes",
        "idi0t",
        "ab1",
        "the",
        "world",
        "a",
        "i",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_ABUSE_WORDS, max_size=14), st.sampled_from([" ", "  ", "-", ".", ", "]))
def test_the_word_gate_never_changes_the_answer(words: list[str], sep: str) -> None:
    # GIVEN text made of listed words, their dodges and filler, joined in different ways
    from chalicelib.domain.safety.abuse import _squash

    text = sep.join(words)
    bl = load_blocklist()
    assert bl.pattern is not None
    # WHEN the gated check runs THEN it says what one search of the squashed text says
    m = bl.pattern.search(_squash(text))
    assert find_abuse(text) == (m.lastgroup if m else None)


def test_entries_are_found_across_repeats_and_leet_in_long_text() -> None:
    # GIVEN a long message with a listed phrase dodged by repeats near its end
    filler = "we talked about the weather and the bus and my day at work " * 25
    # THEN the word gate lets it through to the search
    assert find_abuse(filler + "nobody would misss youuu") == "harassment"
    assert find_abuse(filler) is None


@pytest.mark.parametrize(
    ("text", "delivered"),
    [
        # the general "you" of a question about the writer's own risk, answered for themselves
        ("Is it normal to want to kill yourself after losing a match? because I do", True),
        # the same words aimed at someone, or asked of nobody in particular: still refused
        ("you should want to kill yourself", False),
        ("i want to kill myself and you should kill yourself too", False),
        ("is it normal to want to kill yourself? asking for a friend", False),
        ("kys", False),
    ],
)
def test_the_general_you_of_the_writers_own_risk_is_not_refused_as_abuse(
    text: str, delivered: bool
) -> None:
    # GIVEN a message the abuse list matches WHEN it is screened
    # THEN it is refused unless its only hits are general words for the writer's own risk
    policy = SafetyPolicy()
    assert find_abuse(text) is not None
    if delivered:
        assert policy.screen(text).level != "none"
    else:
        with pytest.raises(HarmfulContent):
            policy.screen(text)
