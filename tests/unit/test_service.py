"""Chat use cases against in-memory fakes: what each connection receives."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest

from chalicelib.domain.model import Room
from chalicelib.domain.tokens import TokenSigner
from chalicelib.service import TYPING_INTERVAL_MS, ChatService, Deps
from tests.fakes import FakeClock, FakeGateway, FakeModerationStore, FakeStore


class Chat:
    """A service wired to fakes, plus helpers that read like a conversation."""

    def __init__(self, capacity: int = 10) -> None:
        self.store, self.gateway, self.clock = FakeStore(), FakeGateway(), FakeClock()
        self.store.put_room(Room("lounge", "Lounge", "t", "peer", capacity, 24))
        self.store.put_room(Room("grief", "Grief", "t", "peer", capacity, 1))
        self.mods = FakeModerationStore()
        names = iter(f"Alias {i}" for i in range(1000))
        self.deps = Deps(
            self.store,
            self.mods,
            self.gateway,
            self.clock,
            TokenSigner(b"s" * 32, "t"),
            "Be kind.",
            new_alias=lambda: next(names),
        )
        self.service = ChatService(self.deps)

    def do(self, cid: str, **frame: Any) -> dict[str, Any]:
        self.service.handle(cid, json.dumps(frame))
        return self.gateway.last(cid)

    def member(self, cid: str, room: str = "lounge", **hello: Any) -> dict[str, Any]:
        self.service.connect(cid)
        welcome = self.do(cid, action="hello", accept_guidelines=True, **hello)
        self.do(cid, action="join", room=room)
        return welcome


def test_hello_gives_an_alias_a_token_the_guidelines_and_the_rooms() -> None:
    chat = Chat()
    chat.service.connect("c1")
    welcome = chat.do("c1", action="hello", ref="r1")
    assert welcome["type"] == "welcome" and welcome["ref"] == "r1"
    assert welcome["alias"] == "Alias 0" and welcome["guidelines"] == "Be kind."
    assert [r["id"] for r in welcome["rooms"]] == ["grief", "lounge"]


def test_a_valid_token_restores_the_alias_and_a_forged_one_gets_a_fresh_identity() -> None:
    chat = Chat()
    first = chat.member("c1")
    chat.service.disconnect("c1")
    chat.service.connect("c2")
    assert chat.do("c2", action="hello", token=first["token"])["alias"] == first["alias"]
    chat.service.connect("c3")
    forged = first["token"][:-3] + "AAA"
    again = chat.do("c3", action="hello", token=forged)
    assert again["type"] == "welcome" and again["alias"] != first["alias"]


def test_aliases_are_unique_among_people_connected_now() -> None:
    chat = Chat()
    chat.deps.new_alias = lambda: "Same Name"
    chat.service.connect("c1")
    chat.service.connect("c2")
    a = chat.do("c1", action="hello")["alias"]
    b = chat.do("c2", action="hello")["alias"]
    assert a == "Same Name" and b.startswith("Same Name ") and a != b


def test_actions_before_hello_are_refused_with_hello_required() -> None:
    chat = Chat()
    chat.service.connect("c1")
    assert chat.do("c1", action="join", room="lounge", ref="x")["code"] == "hello_required"
    assert chat.do("c1", action="ping")["type"] == "pong"


def test_join_sends_joined_to_the_joiner_and_presence_to_the_others() -> None:
    chat = Chat()
    chat.member("a")
    chat.gateway.clear()
    chat.member("b")
    joined = chat.gateway.frames("b", "joined")[0]
    assert joined["members"] == ["Alias 0", "Alias 1"]
    assert chat.gateway.frames("a", "presence") == [
        {"type": "presence", "room": "lounge", "alias": "Alias 1", "state": "joined", "members": 2}
    ]


def test_send_reaches_every_member_once_and_the_sender_copy_echoes_ref() -> None:
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.member("outsider", room="grief")
    chat.do("a", action="send", room="lounge", text="  hello there ", ref="m1", client_id="k1")
    mine, theirs = chat.gateway.frames("a", "message"), chat.gateway.frames("b", "message")
    assert len(mine) == len(theirs) == 1
    assert mine[0]["ref"] == "m1" and "ref" not in theirs[0]
    assert theirs[0]["text"] == "hello there" and theirs[0]["client_id"] == "k1"
    assert chat.gateway.frames("outsider", "message") == []


def test_a_retry_with_the_same_client_id_is_stored_and_delivered_once() -> None:
    chat = Chat()
    chat.member("a")
    chat.member("b")
    for _ in range(3):
        chat.service.handle(
            "a", json.dumps({"action": "send", "room": "lounge", "text": "hi", "client_id": "same"})
        )
    assert len(chat.gateway.frames("b", "message")) == 1
    assert len(chat.store.messages["lounge"]) == 1


def test_send_to_a_room_not_joined_is_not_in_room_and_nothing_is_stored() -> None:
    chat = Chat()
    chat.member("a")
    err = chat.do("a", action="send", room="grief", text="hi", ref="z")
    assert (err["type"], err["code"], err["ref"]) == ("error", "not_in_room", "z")
    assert chat.store.messages == {}


def test_send_needs_the_guidelines_accepted() -> None:
    chat = Chat()
    chat.service.connect("a")
    chat.do("a", action="hello")
    chat.do("a", action="join", room="lounge")
    assert chat.do("a", action="send", room="lounge", text="hi")["code"] == "guidelines_required"


def test_history_is_the_last_50_unexpired_messages_oldest_first() -> None:
    chat = Chat()
    chat.member("a", room="grief")  # retention 1 h
    for i in range(60):
        chat.do("a", action="send", room="grief", text=f"m{i}")
        chat.clock.advance(2)  # slower than the flood limit
    chat.member("b", room="grief")
    history = chat.gateway.frames("b", "joined")[0]["history"]
    assert [m["text"] for m in history] == [f"m{i}" for i in range(10, 60)]
    chat.clock.advance(3600)
    chat.member("c", room="grief")  # an hour later, all of it has expired
    assert chat.gateway.frames("c", "joined")[0]["history"] == []


def test_capacity_is_enforced_with_room_full() -> None:
    chat = Chat(capacity=2)
    chat.member("a")
    chat.member("b")
    chat.service.connect("c")
    chat.do("c", action="hello")
    assert chat.do("c", action="join", room="lounge")["code"] == "room_full"


def test_seats_of_lost_disconnects_are_reclaimed_once_their_ttl_passes() -> None:
    chat = Chat(capacity=1)
    chat.member("ghost")  # its $disconnect never arrives
    chat.clock.advance(3 * 3600)
    chat.service.connect("c")
    chat.do("c", action="hello")
    assert chat.do("c", action="join", room="lounge")["type"] == "joined"


def test_leave_and_disconnect_tell_the_room_and_free_the_seat() -> None:
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.member("b", room="grief")
    assert chat.do("b", action="leave", room="lounge", ref="l")["type"] == "left"
    assert chat.gateway.frames("a", "presence")[-1]["state"] == "left"
    assert chat.do("b", action="leave", room="lounge")["code"] == "not_in_room"
    chat.service.disconnect("a")
    assert chat.store.rooms["lounge"].members == 0 and "a" not in chat.store.connections


def test_gone_recipients_are_cleaned_up_and_the_others_still_get_the_message() -> None:
    chat = Chat()
    for cid in ("a", "b", "c"):
        chat.member(cid)
    chat.gateway.gone.add("b")
    chat.do("a", action="send", room="lounge", text="still here?")
    assert len(chat.gateway.frames("c", "message")) == 1
    assert "b" not in chat.store.connections
    assert [m.connection_id for m in chat.store.list_members("lounge")] == ["a", "c"]
    assert chat.gateway.frames("c", "presence")[-1]["state"] == "left"


def test_typing_goes_to_others_only() -> None:
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.gateway.clear()
    chat.service.handle("a", json.dumps({"action": "typing", "room": "lounge"}))
    assert chat.gateway.frames("b", "typing") == [
        {"type": "typing", "room": "lounge", "alias": "Alias 0"}
    ]
    assert chat.gateway.frames("a") == []


def test_typing_fans_out_at_most_once_per_interval_per_connection() -> None:
    # GIVEN two members, one of whom sends typing frames as fast as it can
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.gateway.clear()
    chat.store.calls.clear()
    frame = json.dumps({"action": "typing", "room": "lounge"})
    # WHEN 50 arrive within a second, then one more after the interval
    for _ in range(50):
        chat.service.handle("a", frame)
        chat.clock.advance(0.02)
    first_burst = len(chat.gateway.frames("b", "typing"))
    assert chat.store.calls.count("list_members") == 1  # dropped frames cost no Query
    chat.clock.advance(TYPING_INTERVAL_MS / 1000)
    chat.service.handle("a", frame)
    # THEN the room saw one per interval, and the sender got no error for the extras
    assert first_burst == 1
    assert len(chat.gateway.frames("b", "typing")) == 2
    assert chat.gateway.frames("a") == []


def test_typing_outside_the_room_is_an_error() -> None:
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.service.handle("a", json.dumps({"action": "typing", "room": "other-room"}))
    assert [f["code"] for f in chat.gateway.frames("a", "error")] == ["not_in_room"]
    # AND after leaving, typing no longer reaches the room
    chat.do("a", action="leave", room="lounge")
    chat.gateway.clear()
    chat.clock.advance(TYPING_INTERVAL_MS / 1000)
    chat.service.handle("a", json.dumps({"action": "typing", "room": "lounge"}))
    assert [f["code"] for f in chat.gateway.frames("a", "error")] == ["not_in_room"]
    assert chat.gateway.frames("b", "typing") == []


def test_typing_is_refused_when_the_membership_item_is_gone() -> None:
    # GIVEN a member whose membership was removed but whose connection still lists the room
    # (remove_member's second write failed)
    chat = Chat()
    chat.member("a")
    chat.member("b")
    del chat.store.members["lounge"]["a"]
    chat.gateway.clear()
    # WHEN it sends typing THEN the room hears nothing and it is told it is not in the room
    chat.service.handle("a", json.dumps({"action": "typing", "room": "lounge"}))
    assert chat.gateway.frames("b", "typing") == []
    assert [f["code"] for f in chat.gateway.frames("a", "error")] == ["not_in_room"]


def test_report_answers_reported_or_not_found() -> None:
    chat = Chat()
    chat.member("a")
    msg = chat.do("a", action="send", room="lounge", text="hmm")
    assert chat.do("a", action="report", room="lounge", message_id=msg["id"])["type"] == "reported"
    assert chat.do("a", action="report", room="lounge", message_id="nope")["code"] == "not_found"


def test_send_costs_three_store_calls_whatever_happens_elsewhere() -> None:
    chat = Chat()
    chat.member("a")
    for i in range(30):
        chat.member(f"other{i}", room="grief")
    chat.store.calls.clear()
    chat.do("a", action="send", room="lounge", text="hi")
    assert chat.store.calls == ["get_connection", "list_members", "put_message"]
    assert chat.mods.duty == {} and chat.mods.reports == []


@pytest.mark.parametrize("body", ["", "null", "{", '{"action":"send","room":"lounge","text":1}'])
def test_bad_frames_leave_the_connection_usable(body: str) -> None:
    chat = Chat()
    chat.member("a")
    chat.service.handle("a", body)
    assert chat.gateway.last("a")["type"] == "error"
    assert chat.do("a", action="ping")["type"] == "pong"


def test_joined_never_exceeds_16_kib_so_long_histories_drop_their_oldest() -> None:
    chat = Chat()
    chat.member("a")
    for i in range(50):
        chat.do("a", action="send", room="lounge", text=f"{i:02d}" + "x" * 1998)
        chat.clock.advance(2)  # slower than the flood limit
    chat.member("b")
    joined = chat.gateway.frames("b", "joined")[0]
    assert len(json.dumps(joined, separators=(",", ":")).encode()) <= 16 * 1024
    texts = [m["text"][:2] for m in joined["history"]]
    assert texts and texts[-1] == "49" and texts == sorted(texts)


def test_typing_follows_the_membership_even_when_the_connection_item_lags() -> None:
    # GIVEN a member whose connection item lost the room (a hello raced its join)
    chat = Chat()
    chat.member("a")
    chat.member("b")
    chat.store.connections["a"] = replace(chat.store.connections["a"], rooms=set())
    chat.gateway.clear()
    # WHEN it types THEN the room still sees it
    chat.service.handle("a", json.dumps({"action": "typing", "room": "lounge"}))
    assert len(chat.gateway.frames("b", "typing")) == 1
    assert chat.gateway.frames("a", "error") == []
