"""Parsing client frames: every bad frame maps to one stable error code."""

from __future__ import annotations

import json

import pytest

from chalicelib import protocol as p
from chalicelib.errors import HearthError


def parse(frame: object) -> object:
    return p.parse_command(p.decode_frame(json.dumps(frame)))


def code_of(body: str | bytes) -> str:
    with pytest.raises(HearthError) as e:
        p.parse_command(p.decode_frame(body))
    return e.value.code


def test_core_actions_parse_to_typed_commands() -> None:
    assert parse({"action": "hello"}) == p.Hello()
    assert parse({"action": "hello", "token": "t", "accept_guidelines": True}) == p.Hello("t", True)
    assert parse({"action": "list_rooms"}) == p.ListRooms()
    assert parse({"action": "join", "room": "lounge"}) == p.Join("lounge")
    assert parse({"action": "leave", "room": "lounge"}) == p.Leave("lounge")
    assert parse({"action": "send", "room": "r", "text": " hi ", "client_id": "c1"}) == p.Send(
        "r", "hi", "c1"
    )
    assert parse({"action": "typing", "room": "r"}) == p.Typing("r")
    assert parse({"action": "report", "room": "r", "message_id": "m"}) == p.Report("r", "m")
    assert parse({"action": "ping", "extra": [1, 2]}) == p.Ping()


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("not json", "bad_json"),
        ("[1, 2]", "bad_frame"),
        ('"hello"', "bad_frame"),
        ("{}", "bad_frame"),
        ('{"action": 5}', "bad_frame"),
        ('{"action": "dance"}', "unknown_action"),
        ('{"action": "join"}', "invalid_field"),
        ('{"action": "join", "room": 7}', "invalid_field"),
        ('{"action": "send", "room": "r"}', "invalid_field"),
        ('{"action": "send", "room": "r", "text": "   "}', "invalid_field"),
        ('{"action": "send", "room": "r", "text": "a\\u0007b"}', "invalid_field"),
        ('{"action": "send", "room": "r", "text": "x", "client_id": 3}', "invalid_field"),
        ('{"action": "hello", "accept_guidelines": "yes"}', "invalid_field"),
        ('{"action": "join", "room": "' + "r" * 65 + '"}', "too_long"),
        ('{"action": "send", "room": "r", "text": "' + "a" * 2001 + '"}', "too_long"),
        ("[" * 5000 + "]" * 5000, "bad_json"),
        (b"\xff\xfe", "bad_json"),
    ],
)
def test_bad_frames_get_stable_codes(body: str | bytes, code: str) -> None:
    assert code_of(body) == code


def test_frames_over_16_kib_are_rejected_before_parsing() -> None:
    body = json.dumps({"action": "ping", "pad": "x" * (16 * 1024)})
    assert code_of(body) == "frame_too_large"


def test_text_is_trimmed_and_newlines_kept_but_2000_chars_is_the_limit() -> None:
    assert p.clean_text("  line one\r\nline two \n") == "line one\nline two"
    assert len(p.clean_text("é" * 2000)) == 2000
    with pytest.raises(HearthError):
        p.clean_text("é" * 2001)


def test_ref_is_echoed_only_when_valid() -> None:
    assert p.extract_ref({"ref": "abc"}) == "abc"
    assert p.extract_ref({"ref": "x" * 65}) is None
    assert p.extract_ref({"ref": 12}) is None
