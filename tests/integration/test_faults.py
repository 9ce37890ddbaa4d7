"""Faults: DynamoDB throttling and 5xx, injected at the HTTP layer under botocore's retries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from botocore.awsrequest import AWSResponse
from moto.core.models import botocore_stubber

from chalicelib.bootstrap import Runtime, runtime
from chalicelib.rooms import load_rooms, seed_rooms
from tests.fakes import FakeGateway
from tests.integration.test_handlers import Clients
from tests.protocol_schema import validate_server_frame


class Faults:
    """Stands in front of moto: answers chosen DynamoDB operations with an error (the request
    never reaches the table), passes everything else through. botocore's retries still apply."""

    def __init__(self) -> None:
        self.plan: dict[str, list[tuple[int, str]]] = {}
        self.injected = 0

    def fail(self, op: str, times: int, status: int, code: str) -> None:
        self.plan[op] = [(status, code)] * times

    def __call__(self, request: Any, **_: Any) -> AWSResponse | None:
        target = request.headers.get("X-Amz-Target", b"")
        op = (target.decode() if isinstance(target, bytes) else target).split(".")[-1]
        queue = self.plan.get(op)
        if not queue:
            return botocore_stubber(request=request, **_)
        status, code = queue.pop(0)
        self.injected += 1
        body = json.dumps(
            {"__type": f"com.amazonaws.dynamodb.v20120810#{code}", "message": "injected"}
        ).encode()
        return AWSResponse(
            request.url, status, {"Content-Type": "application/x-amz-json-1.0"}, _Raw(body)
        )


class _Raw:
    def __init__(self, body: bytes) -> None:
        self._body = body

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self._body

    def read(self, *_: Any, **__: Any) -> bytes:
        return self._body


@pytest.fixture
def faulty(dynamodb: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Clients, Faults]]:
    runtime.reset()
    gateway = FakeGateway()
    monkeypatch.setattr(Runtime, "gateway_for", lambda self, ev: gateway)
    rt = runtime.get()
    seed_rooms(rt.store, load_rooms())
    faults = Faults()
    events = rt.store._db.meta.events
    events.unregister("before-send", botocore_stubber)
    events.register("before-send", faults)
    yield Clients(gateway), faults
    for frames in gateway.sent.values():
        for f in frames:
            validate_server_frame(f)
    runtime.reset()


def test_throttled_writes_are_retried_and_the_message_is_delivered_once(
    faulty: tuple[Clients, Faults],
) -> None:
    clients, faults = faulty
    clients.join("A1=")
    clients.join("B2=")
    faults.fail("TransactWriteItems", 2, 400, "ThrottlingException")
    sent = clients.send("A1=", {"action": "send", "room": "lounge", "text": "hi", "client_id": "1"})
    assert sent["type"] == "message" and faults.injected == 2
    assert [m["text"] for m in clients.gw.frames("B2=", "message")] == ["hi"]


def test_a_persistent_outage_is_an_unavailable_error_and_nothing_is_stored(
    faulty: tuple[Clients, Faults],
) -> None:
    clients, faults = faulty
    clients.join("A1=")
    clients.join("B2=")
    faults.fail("TransactWriteItems", 10, 500, "InternalServerError")
    err = clients.send(
        "A1=", {"action": "send", "room": "lounge", "text": "lost?", "client_id": "c1", "ref": "r"}
    )
    assert (err["code"], err["ref"]) == ("unavailable", "r")
    assert "Traceback" not in err["message"] and "Internal" not in err["message"]
    assert clients.gw.frames("B2=", "message") == []
    # WHEN the client retries with the same client_id after the outage THEN it lands once
    faults.plan.clear()
    again = clients.send(
        "A1=", {"action": "send", "room": "lounge", "text": "lost?", "client_id": "c1"}
    )
    assert again["type"] == "message"
    assert len(clients.gw.frames("B2=", "message")) == 1
    history = clients.join("C3=")["history"]
    assert [m["text"] for m in history] == ["lost?"]


def test_a_failing_read_is_unavailable_and_the_connection_stays_usable(
    faulty: tuple[Clients, Faults],
) -> None:
    clients, faults = faulty
    clients.join("A1=")
    faults.fail("Query", 10, 503, "ServiceUnavailable")
    err = clients.send("A1=", {"action": "list_rooms"})
    assert err["code"] == "unavailable"
    faults.plan.clear()
    assert clients.send("A1=", {"action": "list_rooms"})["type"] == "rooms"
