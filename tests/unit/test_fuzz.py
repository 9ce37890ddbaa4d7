"""Property-based fuzzing of the message handler: any frame at all gets a valid server frame back,
nothing raises, and the store's invariants hold afterwards."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chalicelib.domain.model import Room
from chalicelib.protocol import MOD_OPS
from tests.protocol_schema import validate_server_frame
from tests.unit.test_service import Chat

ACTIONS = [
    "hello",
    "list_rooms",
    "join",
    "leave",
    "send",
    "typing",
    "report",
    "ping",
    "mod",
    "list_reports",
    "dance",
    "",
]
ROOMS = ["lounge", "grief", "circle", "nope", ""]
CONNS = ["a", "b", "c"]
weird_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=2100
)
json_scalar = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | weird_text
json_value = st.recursive(
    json_scalar,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=10,
)
frame = st.fixed_dictionaries(
    {"action": st.sampled_from(ACTIONS) | json_value},
    optional={
        "room": st.sampled_from(ROOMS) | json_value,
        "text": weird_text | json_value,
        "client_id": st.text(max_size=70) | json_value,
        "ref": st.text(max_size=70) | json_value,
        "token": st.text(max_size=40) | json_value,
        "accept_guidelines": st.booleans() | json_value,
        "message_id": st.text(max_size=30) | json_value,
        "op": st.sampled_from(MOD_OPS) | json_value,
        "alias": st.text(max_size=20) | json_value,
        "seconds": st.integers(-5, 5000) | json_value,
        "duration_s": st.integers(-5, 10**8) | json_value,
        "country": st.text(max_size=3) | json_value,
    },
)
raw_body = st.one_of(
    frame.map(json.dumps),
    json_value.map(json.dumps),
    st.binary(max_size=300),
    weird_text,
    st.just("x" * (16 * 1024 + 1)),
)
step = st.tuples(
    st.sampled_from(CONNS), st.sampled_from(["frame", "raw", "disconnect"]), frame, raw_body
)


def run_steps(chat: Chat, steps: list[tuple[str, str, dict[str, Any], Any]]) -> None:
    for cid in CONNS:
        chat.service.connect(cid)
    for cid, kind, f, raw in steps:
        if kind == "disconnect":
            chat.service.disconnect(cid)
            chat.service.connect(cid)
            continue
        before = len(chat.gateway.frames(cid))
        chat.service.handle(cid, json.dumps(f) if kind == "frame" else raw)
        replies = chat.gateway.frames(cid)[before:]
        for reply in replies:
            validate_server_frame(reply)
            assert "Traceback" not in json.dumps(reply)
        chat.clock.advance(0.5)


def assert_invariants(chat: Chat) -> None:
    store = chat.store
    for room_id, seats in store.members.items():
        for cid in seats:
            conn = store.connections.get(cid)
            assert conn is not None, f"membership of {cid} in {room_id} outlived its connection"
            assert room_id in conn.rooms
        assert store.rooms[room_id].members == len(seats)
        mods = sum(1 for m in seats.values() if m.role == "moderator")
        assert store.rooms[room_id].moderators == mods
    for room_id in store.messages:
        assert room_id in store.rooms, f"message stored for unknown room {room_id}"
    for frames in chat.gateway.sent.values():
        for f in frames:
            validate_server_frame(f)


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(step, min_size=1, max_size=25))
def test_any_sequence_of_frames_keeps_every_invariant(steps: list[Any]) -> None:
    chat = Chat()
    chat.store.put_room(Room("circle", "Circle", "t", "moderated", 3, 12))
    run_steps(chat, steps)
    assert_invariants(chat)


@given(raw_body)
def test_a_single_arbitrary_body_gets_exactly_one_error_or_reply(body: Any) -> None:
    chat = Chat()
    chat.service.connect("a")
    chat.service.handle("a", body)
    replies = chat.gateway.frames("a")
    assert len(replies) == 1
    validate_server_frame(replies[0])
