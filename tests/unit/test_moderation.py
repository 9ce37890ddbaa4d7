"""Safety and moderation through the service, against fakes: what each person receives."""

from __future__ import annotations

import json
from typing import Any

import pytest

from chalicelib.domain import credentials
from chalicelib.domain.credentials import mint
from chalicelib.domain.model import Room
from chalicelib.protocol import MOD_OPS
from tests.unit.test_service import Chat

CRISIS = "I can't go on anymore, I want to kill myself"


@pytest.fixture(autouse=True)
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """PBKDF2's production cost (200k rounds) is for attackers, not for this suite."""
    monkeypatch.setattr(credentials, "ITERATIONS", 1_000)


class SafeChat(Chat):
    def __init__(self) -> None:
        super().__init__()
        self.store.put_room(Room("circle", "Circle", "t", "moderated", 10, 12))
        self.creds: dict[str, str] = {}
        for role in ("moderator", "listener"):
            secret, stored = mint(role, f"test {role}")
            self.mods.put_credential(stored)
            self.creds[role] = secret

    def moderator(self, cid: str, room: str = "lounge") -> dict[str, Any]:
        return self.member(cid, room, credential=self.creds["moderator"])

    def frames(self, cid: str, type_: str) -> list[dict[str, Any]]:
        return self.gateway.frames(cid, type_)


def test_crisis_language_is_delivered_and_brings_private_support_and_an_alert() -> None:
    # GIVEN a member and an on-duty moderator in another room
    chat = SafeChat()
    chat.moderator("mod", room="grief")
    chat.member("a")
    chat.member("b")
    # WHEN a member says they want to end their life
    sent = chat.do("a", action="send", room="lounge", text=CRISIS)
    # THEN the room still sees it, only the sender gets support, the moderator gets an alert
    assert sent["type"] == "support" and sent["resources"]
    assert [m["text"] for m in chat.frames("b", "message")] == [CRISIS]
    assert chat.frames("b", "support") == []
    alert = chat.frames("mod", "alert")[0]
    assert alert["room"] == "lounge" and alert["level"] in ("concern", "urgent")
    assert alert["message_id"] == chat.frames("b", "message")[0]["id"]
    assert "988" in json.dumps(sent["resources"])


def test_support_is_rate_limited_per_person() -> None:
    chat = SafeChat()
    chat.member("a")
    for _ in range(3):
        chat.do("a", action="send", room="lounge", text="I feel so hopeless, I want to die")
        chat.clock.advance(2)
    assert len(chat.frames("a", "support")) == 1
    assert len(chat.frames("a", "message")) == 3


def test_method_detail_is_withheld_from_the_room_and_shown_to_moderators() -> None:
    chat = SafeChat()
    chat.moderator("mod", room="grief")
    chat.member("a")
    chat.member("b")
    text = "I've saved up 40 pills and will take them all tonight"
    chat.do("a", action="send", room="lounge", text=text)
    assert chat.frames("mod", "alert")[0]["withheld"] is True
    assert chat.frames("b", "message") == []
    assert chat.frames("mod", "alert")[0]["text"] == text
    assert chat.frames("a", "support")


def test_contact_details_are_blocked_with_a_kind_explanation() -> None:
    chat = SafeChat()
    chat.member("a")
    chat.member("b")
    err = chat.do("a", action="send", room="lounge", text="text me on 555 123 4567", ref="c")
    assert (err["code"], err["ref"]) == ("contact_info", "c")
    assert chat.frames("b", "message") == [] and chat.store.messages == {}
    ok = chat.do("a", action="send", room="lounge", text="you can call 988 any time")
    assert ok["type"] == "message"


def test_crisis_language_in_a_blocked_message_still_brings_support_and_an_alert() -> None:
    # GIVEN a member, another member and an on-duty moderator
    chat = SafeChat()
    chat.moderator("mod", room="grief")
    chat.member("a")
    chat.member("b")
    text = "i want to kill myself tonight, if anyone cares text me on 0412 555 019"
    # WHEN the message shares a phone number beside crisis language
    err = chat.do("a", action="send", room="lounge", text=text, ref="c")
    # THEN it is not posted, the writer still gets support and moderators see the words
    assert (err["code"], err["ref"]) == ("contact_info", "c")
    assert chat.frames("b", "message") == [] and chat.store.messages == {}
    assert chat.frames("a", "support")[0]["resources"]
    alert = chat.frames("mod", "alert")[0]
    assert alert["withheld"] is True and alert["text"] == text and "message_id" not in alert
    assert alert["level"] in ("concern", "urgent")


def test_a_blocked_message_without_crisis_language_alerts_nobody() -> None:
    chat = SafeChat()
    chat.moderator("mod", room="grief")
    chat.member("a")
    assert chat.do("a", action="send", room="lounge", text="text me on 555 123 4567")["code"] == (
        "contact_info"
    )
    assert chat.frames("a", "support") == [] and chat.frames("mod", "alert") == []


def test_credentials_give_roles_and_bad_ones_are_refused_then_rate_limited() -> None:
    chat = SafeChat()
    welcome = chat.moderator("mod")
    assert welcome["role"] == "moderator"
    chat.service.connect("x")
    for _ in range(5):
        assert chat.do("x", action="hello", credential="abc.wrong")["code"] == "forbidden"
    assert chat.do("x", action="hello", credential=chat.creds["moderator"])["code"] == (
        "rate_limited"
    )
    assert chat.do("x", action="hello")["role"] == "member"


def test_a_revoked_credential_no_longer_works() -> None:
    chat = SafeChat()
    cred_id = chat.creds["moderator"].split(".")[0]
    chat.mods.revoke_credential(cred_id)
    chat.service.connect("m")
    assert chat.do("m", action="hello", credential=chat.creds["moderator"])["code"] == "forbidden"


OPS: dict[str, dict[str, Any]] = {
    "mute": {"alias": "Alias 1", "duration_s": 60},
    "unmute": {"alias": "Alias 1"},
    "kick": {"alias": "Alias 1"},
    "ban": {"alias": "Alias 1"},
    "delete": {"message_id": "MSG"},
    "slow": {"seconds": 10},
    "lock": {},
    "unlock": {},
    "pin": {"text": "You matter.", "url": "https://findahelpline.com"},
}


@pytest.mark.parametrize("op", MOD_OPS)
@pytest.mark.parametrize("role", ["member", "listener", "moderator"])
def test_authorization_matrix_every_op_by_every_role(op: str, role: str) -> None:
    chat = SafeChat()
    hello = {"credential": chat.creds[role]} if role != "member" else {}
    chat.member("actor", **hello)  # Alias 0
    chat.member("target")  # Alias 1
    msg = chat.do("target", action="send", room="lounge", text="hello all")
    fields = {k: (msg["id"] if v == "MSG" else v) for k, v in OPS[op].items()}
    reply = chat.do("actor", action="mod", op=op, room="lounge", ref="op", **fields)
    if role == "moderator":
        assert (reply["type"], reply["op"], reply["ref"]) == ("moderated", op, "op")
        assert chat.mods.audit_log[-1].op == op and chat.mods.audit_log[-1].actor == "Alias 0"
    else:
        assert (reply["type"], reply["code"]) == ("error", "forbidden")
        assert chat.mods.audit_log == []


def test_mute_stops_sends_until_it_ends() -> None:
    chat = SafeChat()
    chat.moderator("mod")
    chat.member("a")
    chat.do("mod", action="mod", op="mute", room="lounge", alias="Alias 1", duration_s=60)
    err = chat.do("a", action="send", room="lounge", text="hi")
    assert err["code"] == "muted" and 0 < err["retry_after_ms"] <= 60_000
    chat.clock.advance(61)
    assert chat.do("a", action="send", room="lounge", text="hi")["type"] == "message"


def test_a_ban_survives_a_reconnect_with_the_same_token() -> None:
    chat = SafeChat()
    chat.moderator("mod")
    welcome = chat.member("a")
    chat.do("mod", action="mod", op="ban", room="lounge", alias="Alias 1")
    assert chat.frames("a", "error")[-1]["code"] == "banned"
    assert "a" not in chat.store.connections
    chat.service.connect("a2")
    assert chat.do("a2", action="hello", token=welcome["token"])["code"] == "banned"


def test_delete_removes_a_message_for_everyone_and_from_history() -> None:
    chat = SafeChat()
    chat.moderator("mod")
    chat.member("a")
    msg = chat.do("a", action="send", room="lounge", text="something unkind")
    chat.do("mod", action="mod", op="delete", room="lounge", message_id=msg["id"])
    assert chat.frames("a", "deleted") == [
        {"type": "deleted", "room": "lounge", "message_id": msg["id"]}
    ]
    chat.member("late")
    assert chat.frames("late", "joined")[0]["history"] == []


def test_slow_mode_and_lock() -> None:
    chat = SafeChat()
    chat.moderator("mod")
    chat.member("a")
    chat.do("mod", action="mod", op="slow", room="lounge", seconds=30)
    assert chat.frames("a", "room_update")[-1]["slow_s"] == 30
    assert chat.do("a", action="send", room="lounge", text="one")["type"] == "message"
    assert chat.do("a", action="send", room="lounge", text="two")["code"] == "rate_limited"
    chat.clock.advance(31)
    chat.do("mod", action="mod", op="lock", room="lounge")
    assert chat.do("a", action="send", room="lounge", text="three")["code"] == "room_closed"
    assert chat.do("mod", action="send", room="lounge", text="We'll reopen soon")["type"] == (
        "message"
    )


def test_a_moderated_room_is_open_only_while_a_moderator_is_present() -> None:
    chat = SafeChat()
    chat.service.connect("a")
    chat.do("a", action="hello", accept_guidelines=True)
    closed = chat.do("a", action="join", room="circle")
    assert closed["code"] == "room_closed" and "lounge" in closed["open_rooms"]
    assert closed["resources"]
    chat.moderator("mod", room="circle")
    assert chat.do("a", action="join", room="circle")["moderators"] == ["Alias 1"]
    chat.do("mod", action="leave", room="circle")
    assert chat.frames("a", "room_update")[-1]["open"] is False
    assert chat.do("a", action="send", room="circle", text="hello?")["code"] == "room_closed"


def test_moderators_are_marked_for_members() -> None:
    chat = SafeChat()
    chat.member("a")
    chat.moderator("mod")
    assert chat.frames("a", "presence")[-1]["role"] == "moderator"
    chat.do("mod", action="send", room="lounge", text="Welcome, everyone")
    assert chat.frames("a", "message")[-1]["role"] == "moderator"


def test_reports_are_stored_once_with_a_snapshot_and_alert_moderators() -> None:
    chat = SafeChat()
    chat.moderator("mod", room="grief")
    chat.member("a")
    chat.member("b")
    msg = chat.do("a", action="send", room="lounge", text="rude words here")
    first = chat.do("b", action="report", room="lounge", message_id=msg["id"], reason="rude")
    again = chat.do("b", action="report", room="lounge", message_id=msg["id"])
    assert (first["duplicate"], again["duplicate"]) == (False, True)
    assert len(chat.mods.reports) == 1 and chat.mods.reports[0].message_text == "rude words here"
    assert [a["level"] for a in chat.frames("mod", "alert")] == ["report"]
    listed = chat.do("mod", action="list_reports")
    assert listed["reports"][0]["reporter"] == "Alias 2"
    assert chat.do("a", action="list_reports")["code"] == "forbidden"


def test_a_ban_also_covers_a_fresh_session_from_the_same_device() -> None:
    # GIVEN a member whose client keeps a device id (e.g. in localStorage)
    chat = SafeChat()
    chat.moderator("mod")
    device = "d3v1ce-7f3a9b2c4d5e6f70"
    chat.member("a", device=device)
    # WHEN a moderator bans them and they come back without their token, from a new tab
    chat.do("mod", action="mod", op="ban", room="lounge", alias="Alias 1")
    chat.service.connect("a2")
    again = chat.do("a2", action="hello", device=device)
    # THEN the device is still banned, while another device is welcome
    assert again["code"] == "banned"
    chat.service.connect("other")
    assert chat.do("other", action="hello", device="another-device-123456")["type"] == "welcome"
    stored = json.dumps([vars(c) for c in chat.store.connections.values()], default=list)
    assert device not in stored  # only a one-way tag of it is kept


def test_guessing_one_credential_from_many_connections_locks_it_for_a_while() -> None:
    # GIVEN an attacker who knows a credential's id but not its secret
    chat = SafeChat()
    cred_id = chat.creds["moderator"].split(".")[0]
    for n in range(10):  # new connections, so the per-connection limit never trips
        chat.service.connect(f"guess{n}")
        assert chat.do(f"guess{n}", action="hello", credential=f"{cred_id}.guess{n}")["code"] == (
            "forbidden"
        )
    # WHEN even the right secret arrives inside the window THEN it is refused
    chat.service.connect("real")
    locked = chat.do("real", action="hello", credential=chat.creds["moderator"])
    assert locked["code"] == "rate_limited"
    # AND once the window has passed the real moderator gets in
    chat.clock.advance(15 * 60 + 1)
    chat.service.connect("later")
    assert chat.do("later", action="hello", credential=chat.creds["moderator"])["role"] == (
        "moderator"
    )
