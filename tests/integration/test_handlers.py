"""The real Chalice handlers, driven with API Gateway-shaped events against moto DynamoDB.

Every frame sent and received is validated against docs/asyncapi.yaml.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

import app as hearth_app
from chalicelib.bootstrap import Runtime, runtime
from chalicelib.domain.credentials import mint
from chalicelib.rooms import load_rooms, seed_rooms
from tests.fakes import FakeGateway
from tests.protocol_schema import validate_client_frame, validate_server_frame


def event(route: str, cid: str, body: str | None = None) -> dict[str, Any]:
    """An event as API Gateway's WebSocket API hands it to Lambda."""
    ctx: dict[str, Any] = {
        "routeKey": route,
        "eventType": {"$connect": "CONNECT", "$disconnect": "DISCONNECT"}.get(route, "MESSAGE"),
        "connectionId": cid,
        "apiId": "abc123defg",
        "stage": "prod",
        "domainName": "abc123defg.execute-api.us-east-1.amazonaws.com",
        "requestId": str(uuid.uuid4()),
        "messageId": str(uuid.uuid4()),
        "connectedAt": 1_780_000_000_000,
        "requestTimeEpoch": 1_780_000_000_000,
        "identity": {"sourceIp": "203.0.113.7"},
    }
    e: dict[str, Any] = {"requestContext": ctx, "isBase64Encoded": False}
    if route == "$connect":
        e["headers"] = {"Host": ctx["domainName"], "User-Agent": "pytest"}
        e["queryStringParameters"] = None
    elif route == "$disconnect":
        ctx["disconnectStatusCode"] = 1000
        ctx["disconnectReason"] = "Client-side close frame status code"
    if body is not None:
        e["body"] = body
    return e


class Clients:
    def __init__(self, gateway: FakeGateway) -> None:
        self.gw = gateway

    def connect(self, cid: str) -> dict[str, Any]:
        return hearth_app.connect(event("$connect", cid), None)

    def send(self, cid: str, frame: dict[str, Any]) -> dict[str, Any]:
        validate_client_frame(frame)
        result = hearth_app.message(event("$default", cid, json.dumps(frame)), None)
        assert result == {"statusCode": 200}
        return self.gw.last(cid)

    def raw(self, cid: str, body: str) -> dict[str, Any]:
        assert hearth_app.message(event("$default", cid, body), None) == {"statusCode": 200}
        return self.gw.last(cid)

    def disconnect(self, cid: str) -> None:
        hearth_app.disconnect(event("$disconnect", cid), None)

    def join(self, cid: str, room: str = "lounge") -> dict[str, Any]:
        self.connect(cid)
        self.send(cid, {"action": "hello", "accept_guidelines": True})
        return self.send(cid, {"action": "join", "room": room})


@pytest.fixture
def clients(dynamodb: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[Clients]:
    runtime.reset()
    gateway = FakeGateway()
    monkeypatch.setattr(Runtime, "gateway_for", lambda self, ev: gateway)
    seed_rooms(runtime.get().store, load_rooms())
    yield Clients(gateway)
    for frames in gateway.sent.values():
        for frame in frames:
            validate_server_frame(frame)
    runtime.reset()


def test_a_conversation_between_two_people(clients: Clients) -> None:
    assert clients.connect("A1=") == {"statusCode": 200}
    welcome = clients.send("A1=", {"action": "hello", "accept_guidelines": True, "ref": "h"})
    assert welcome["type"] == "welcome" and welcome["ref"] == "h"
    assert {r["id"] for r in welcome["rooms"]} >= {"lounge", "anxiety", "grief"}
    clients.send("A1=", {"action": "join", "room": "lounge"})
    joined = clients.join("B2=")
    assert len(joined["members"]) == 2
    sent = clients.send("A1=", {"action": "send", "room": "lounge", "text": "hi", "client_id": "1"})
    assert sent["type"] == "message" and sent["text"] == "hi"
    assert clients.gw.last("B2=")["id"] == sent["id"]
    clients.disconnect("A1=")
    assert clients.gw.last("B2=") == {
        "type": "presence",
        "room": "lounge",
        "alias": welcome["alias"],
        "state": "left",
        "members": 1,
    }
    listed = clients.send("B2=", {"action": "list_rooms"})
    assert {r["id"]: r["members"] for r in listed["rooms"]}["lounge"] == 1


def test_history_survives_for_late_joiners(clients: Clients) -> None:
    clients.join("A1=")
    for i in range(3):
        clients.send("A1=", {"action": "send", "room": "lounge", "text": f"m{i}"})
    history = clients.join("B2=")["history"]
    assert [m["text"] for m in history] == ["m0", "m1", "m2"]


def test_an_idempotent_retry_is_delivered_once(clients: Clients) -> None:
    clients.join("A1=")
    clients.join("B2=")
    frame = {"action": "send", "room": "lounge", "text": "once", "client_id": "retry-1"}
    clients.send("A1=", frame)
    clients.send("A1=", frame)
    assert [f["text"] for f in clients.gw.frames("B2=", "message")] == ["once"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("{nope", "bad_json"),
        ("[]", "bad_frame"),
        ('{"action":"fly","ref":"r9"}', "unknown_action"),
        ('{"action":"join","room":["x"],"ref":"r9"}', "invalid_field"),
        ('{"action":"send","room":"lounge","text":"' + "x" * 2001 + '","ref":"r9"}', "too_long"),
        ('{"action":"ping","pad":"' + "x" * 17000 + '"}', "frame_too_large"),
        ('{"action":"join","room":"no-such-room","ref":"r9"}', "not_found"),
    ],
)
def test_every_bad_frame_gets_an_error_and_the_connection_stays(
    clients: Clients, body: str, code: str
) -> None:
    clients.join("A1=")
    err = clients.raw("A1=", body)
    assert err["type"] == "error" and err["code"] == code and err["message"]
    if '"ref":"r9"' in body and code != "frame_too_large":
        assert err["ref"] == "r9"
    assert "Traceback" not in json.dumps(err)
    assert clients.send("A1=", {"action": "ping"})["type"] == "pong"


def test_a_storage_failure_is_an_unavailable_error_not_a_crash(
    clients: Clients, monkeypatch: pytest.MonkeyPatch
) -> None:
    clients.join("A1=")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(runtime.get().store, "list_members", broken)
    err = clients.send("A1=", {"action": "send", "room": "lounge", "text": "x", "ref": "q"})
    assert (err["code"], err["ref"]) == ("internal", "q")
    assert "boom" not in err["message"]


def test_connect_disconnect_events_carry_no_client_data_into_the_store(
    clients: Clients, dynamodb: Any
) -> None:
    clients.join("A1=")
    items = dynamodb.scan(TableName="test-connections")["Items"]
    dumped = json.dumps(items)
    assert "203.0.113.7" not in dumped and "pytest" not in dumped
    assert all("ttl" in item for item in items)


def test_a_cry_for_help_with_a_phone_number_is_blocked_and_still_answered(
    clients: Clients,
) -> None:
    # GIVEN an on-duty moderator and a member in the lounge
    secret, stored = mint("moderator", "test")
    runtime.get().mods.put_credential(stored)
    clients.connect("M1=")
    clients.send("M1=", {"action": "hello", "credential": secret, "accept_guidelines": True})
    clients.send("M1=", {"action": "join", "room": "lounge"})
    clients.join("A1=")
    text = "im going to kill myself tonight. if anyone cares text me 0412 555 019"
    # WHEN the member's message shares a phone number beside crisis language
    err = clients.send("A1=", {"action": "send", "room": "lounge", "text": text, "ref": "h"})
    # THEN it is refused, yet the member gets support and the moderator the words
    assert (err["type"], err["code"], err["ref"]) == ("error", "contact_info", "h")
    assert clients.gw.frames("A1=", "support")[-1]["resources"]
    alert = clients.gw.frames("M1=", "alert")[-1]
    assert (alert["withheld"], alert["text"], alert["room"]) == (True, text, "lounge")
    assert clients.gw.frames("M1=", "message") == []


def test_safety_and_moderation_frames_through_the_real_handlers(
    clients: Clients, dynamodb: Any
) -> None:
    # GIVEN a moderator (credential minted like the admin CLI does) and two members
    secret, stored = mint("moderator", "test")
    runtime.get().mods.put_credential(stored)
    clients.connect("M1=")
    mod = clients.send("M1=", {"action": "hello", "credential": secret, "accept_guidelines": True})
    assert mod["role"] == "moderator"
    clients.send("M1=", {"action": "join", "room": "evening-circle"})
    clients.send("M1=", {"action": "join", "room": "lounge"})
    clients.join("A1=", room="evening-circle")
    clients.join("B2=", room="evening-circle")
    # WHEN a member shares crisis language, contact details, and is then reported and muted
    support = clients.send(
        "A1=", {"action": "send", "room": "evening-circle", "text": "I want to kill myself"}
    )
    assert support["type"] == "support"
    alert = clients.gw.frames("M1=", "alert")[-1]
    assert alert["level"] in ("concern", "urgent") and alert["room"] == "evening-circle"
    blocked = clients.send(
        "A1=",
        {"action": "send", "room": "evening-circle", "text": "email me: sam at gmail dot com"},
    )
    assert blocked["code"] == "contact_info"
    msg = clients.gw.frames("B2=", "message")[-1]
    assert (
        clients.send(
            "B2=", {"action": "report", "room": "evening-circle", "message_id": msg["id"]}
        )["type"]
        == "reported"
    )
    reports = clients.send("M1=", {"action": "list_reports"})
    assert reports["reports"][0]["message_id"] == msg["id"]
    muted = clients.send(
        "M1=",
        {
            "action": "mod",
            "op": "mute",
            "room": "evening-circle",
            "alias": msg["alias"],
            "duration_s": 60,
            "ref": "m",
        },
    )
    assert (muted["type"], muted["ref"]) == ("moderated", "m")
    assert (
        clients.send("A1=", {"action": "send", "room": "evening-circle", "text": "hello"})["code"]
        == "muted"
    )
    clients.send(
        "M1=",
        {
            "action": "mod",
            "op": "pin",
            "room": "evening-circle",
            "text": "You matter.",
            "url": "https://findahelpline.com",
        },
    )
    clients.send(
        "M1=", {"action": "mod", "op": "delete", "room": "evening-circle", "message_id": msg["id"]}
    )
    assert clients.gw.frames("B2=", "deleted")[-1]["message_id"] == msg["id"]
    # THEN when the moderator leaves, the session closes for the members
    clients.disconnect("M1=")
    assert clients.gw.frames("B2=", "room_update")[-1]["open"] is False
    closed = clients.send("B2=", {"action": "send", "room": "evening-circle", "text": "hi?"})
    assert closed["code"] == "room_closed"
    audit = dynamodb.query(
        TableName="test-moderation",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "AUDIT"}},
    )["Items"]
    assert [a["op"]["S"] for a in audit] == ["mute", "pin", "delete"]
