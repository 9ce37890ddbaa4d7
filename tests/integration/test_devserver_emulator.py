"""The emulator against a tiny real Chalice app: event shapes, @connections, limits.

No chat service and no DynamoDB here: see test_devserver_e2e.py for the real app.
"""

from __future__ import annotations

import base64
import json
import re
import socket
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from botocore.exceptions import ClientError
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import ClientConnection, connect

from tests.integration.conftest import Emulator

API_GATEWAY_ID = re.compile(r"^[A-Za-z0-9]{15}=$")
KIB = 1024


def _cid(emulator: Emulator, ws: ClientConnection) -> str:
    """The connection id the app saw for this client (its most recent $connect)."""
    del ws  # clients connect one at a time in these tests
    return str(emulator.recorder.wait_for("CONNECT")[-1]["requestContext"]["connectionId"])


def _close_code(ws: ClientConnection, timeout: float = 5.0) -> int | None:
    with pytest.raises(ConnectionClosed) as closed:
        ws.recv(timeout=timeout)
    return closed.value.rcvd.code if closed.value.rcvd else None


def _gone(call: Any) -> str:
    with pytest.raises(ClientError) as err:
        call()
    assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 410
    return str(err.value.response["Error"]["Code"])


def test_connect_event_has_api_gateway_shape(emulator: Emulator) -> None:
    # GIVEN a client with a query string (a repeated key) and a custom header
    url = emulator.ws_url + "?lang=en&tag=a&tag=b"
    before = int(time.time() * 1000)
    # WHEN it connects
    with connect(url, additional_headers={"X-Client": "pytest"}):
        event = emulator.recorder.wait_for("CONNECT")[0]
    # THEN the $connect event looks like API Gateway's
    ctx = event["requestContext"]
    assert ctx["routeKey"] == "$connect" and ctx["eventType"] == "CONNECT"
    assert API_GATEWAY_ID.match(ctx["connectionId"])
    assert API_GATEWAY_ID.match(ctx["requestId"])
    assert ctx["apiId"] and ctx["stage"] == "local"
    assert ctx["domainName"] == f"127.0.0.1:{emulator.config.port}"
    assert before <= ctx["connectedAt"] <= ctx["requestTimeEpoch"] <= before + 5000
    assert ctx["identity"]["sourceIp"] == "127.0.0.1"
    assert event["headers"]["X-Client"] == "pytest"
    assert event["multiValueHeaders"]["X-Client"] == ["pytest"]
    assert event["queryStringParameters"] == {"lang": "en", "tag": "b"}
    assert event["multiValueQueryStringParameters"]["tag"] == ["a", "b"]
    assert event["isBase64Encoded"] is False


def test_message_events_carry_body_and_message_id(emulator: Emulator) -> None:
    # GIVEN a connected client
    with connect(emulator.ws_url) as ws:
        # WHEN it sends a text frame and a binary frame
        ws.send('{"action":"ping"}')
        ws.send(b"\x00\xffraw")
        text, binary = emulator.recorder.wait_for("MESSAGE", 2)
    # THEN both reach $default, in order, each with its own messageId
    for event in (text, binary):
        assert event["requestContext"]["routeKey"] == "$default"
        assert API_GATEWAY_ID.match(event["requestContext"]["messageId"])
    assert text["requestContext"]["messageId"] != binary["requestContext"]["messageId"]
    assert text["body"] == '{"action":"ping"}' and text["isBase64Encoded"] is False
    assert base64.b64decode(binary["body"]) == b"\x00\xffraw" and binary["isBase64Encoded"]


def test_disconnect_event_reports_the_clients_close_code(emulator: Emulator) -> None:
    # GIVEN a connected client
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        # WHEN it closes with its own code and reason
        ws.close(code=4001, reason="bye")
    # THEN $disconnect carries them, for the same connection id
    event = emulator.recorder.wait_for("DISCONNECT")[0]
    ctx = event["requestContext"]
    assert ctx["routeKey"] == "$disconnect" and ctx["connectionId"] == cid
    assert ctx["disconnectStatusCode"] == 4001 and ctx["disconnectReason"] == "bye"


def test_abrupt_socket_loss_is_a_1006_disconnect(emulator: Emulator) -> None:
    # GIVEN a connected client WHEN its TCP connection ends without a close frame
    with connect(emulator.ws_url) as ws:
        emulator.recorder.wait_for("CONNECT")
        ws.socket.shutdown(socket.SHUT_RDWR)
        # THEN the app still hears $disconnect, with 1006
        event = emulator.recorder.wait_for("DISCONNECT")[0]
    assert event["requestContext"]["disconnectStatusCode"] == 1006


def test_lossy_mode_drops_disconnect_for_abrupt_loss(emulator_factory: Any) -> None:
    # GIVEN an emulator that loses $disconnect for vanished sockets (best-effort delivery)
    emulator = emulator_factory(lose_abrupt_disconnects=True)
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        # WHEN the socket vanishes
        ws.socket.shutdown(socket.SHUT_RDWR)
        # THEN the connection is gone (410) but the app was never told
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                emulator.management.get_connection(ConnectionId=cid)
            except ClientError:
                break
            time.sleep(0.02)
    get = emulator.management.get_connection
    assert _gone(lambda: get(ConnectionId=cid)) == "GoneException"
    time.sleep(0.2)
    assert emulator.recorder.of("DISCONNECT") == []


def test_refused_connect_returns_the_handlers_status(emulator: Emulator) -> None:
    # GIVEN an app whose $connect answers 403
    emulator.recorder.refuse_with = 403
    # WHEN a client tries to connect THEN the upgrade fails with HTTP 403
    with pytest.raises(InvalidStatus) as refused:
        connect(emulator.ws_url)
    assert refused.value.response.status_code == 403
    # AND no socket ever opened, so there is no $disconnect
    cid = emulator.recorder.wait_for("CONNECT")[0]["requestContext"]["connectionId"]
    time.sleep(0.1)
    assert emulator.recorder.of("DISCONNECT") == []
    assert _gone(lambda: emulator.management.get_connection(ConnectionId=cid)) == "GoneException"


def test_post_to_connection_delivers_a_frame(emulator: Emulator) -> None:
    # GIVEN a connected client
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        # WHEN the backend posts through boto3's management client
        emulator.management.post_to_connection(ConnectionId=cid, Data=b'{"type":"pong"}')
        # THEN the client receives exactly that, as a text frame
        assert ws.recv(timeout=5) == '{"type":"pong"}'


def test_app_handler_posts_back_through_the_endpoint(emulator: Emulator) -> None:
    # GIVEN the app echoes `echo:X` via @connections from inside its handler
    with connect(emulator.ws_url) as ws:
        # WHEN the client sends frames
        for i in range(3):
            ws.send(f"echo:{i}")
        # THEN replies arrive, in order
        assert [ws.recv(timeout=5) for _ in range(3)] == ["0", "1", "2"]


def test_get_connection_reports_times_and_source_ip(emulator: Emulator) -> None:
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        first = emulator.management.get_connection(ConnectionId=cid)
        time.sleep(0.05)
        ws.send("activity")
        emulator.recorder.wait_for("MESSAGE")
        later = emulator.management.get_connection(ConnectionId=cid)
    assert first["Identity"]["SourceIp"] == "127.0.0.1"
    assert isinstance(first["ConnectedAt"], datetime)
    assert abs(first["ConnectedAt"].timestamp() - time.time()) < 10
    assert first["ConnectedAt"].tzinfo is not None and first[
        "ConnectedAt"
    ].utcoffset() == UTC.utcoffset(None)
    assert later["LastActiveAt"] > first["LastActiveAt"]
    assert later["ConnectedAt"] == first["ConnectedAt"]


def test_delete_connection_closes_the_socket(emulator: Emulator) -> None:
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        # WHEN the backend deletes the connection
        emulator.management.delete_connection(ConnectionId=cid)
        # THEN the client is closed, the app hears $disconnect and the id is gone
        assert _close_code(ws) == 1000
    assert emulator.recorder.wait_for("DISCONNECT")[0]["requestContext"]["connectionId"] == cid
    post = emulator.management.post_to_connection
    assert _gone(lambda: post(ConnectionId=cid, Data=b"x")) == "GoneException"


def test_unknown_connection_is_gone_for_every_method(emulator: Emulator) -> None:
    mgmt, cid = emulator.management, "AbCdEfGhIjKlMnO="
    assert _gone(lambda: mgmt.post_to_connection(ConnectionId=cid, Data=b"x")) == "GoneException"
    assert _gone(lambda: mgmt.get_connection(ConnectionId=cid)) == "GoneException"
    assert _gone(lambda: mgmt.delete_connection(ConnectionId=cid)) == "GoneException"


def test_post_over_128_kib_is_413(emulator: Emulator) -> None:
    with connect(emulator.ws_url, max_size=None) as ws:
        cid = _cid(emulator, ws)
        # GIVEN exactly 128 KiB is accepted and delivered
        emulator.management.post_to_connection(ConnectionId=cid, Data=b"a" * (128 * KIB))
        assert len(ws.recv(timeout=5)) == 128 * KIB
        # WHEN one byte more is posted THEN 413 PayloadTooLargeException, nothing delivered
        with pytest.raises(ClientError) as err:
            emulator.management.post_to_connection(ConnectionId=cid, Data=b"a" * (128 * KIB + 1))
        assert err.value.response["ResponseMetadata"]["HTTPStatusCode"] == 413
        assert err.value.response["Error"]["Code"] == "PayloadTooLargeException"
        with pytest.raises(TimeoutError):
            ws.recv(timeout=0.2)


def test_frame_over_128_kib_closes_with_1009(emulator: Emulator) -> None:
    with connect(emulator.ws_url, compression=None) as ws:
        # GIVEN a frame of exactly 128 KiB reaches the app
        ws.send("a" * (128 * KIB))
        emulator.recorder.wait_for("MESSAGE")
        # WHEN the client sends one byte more THEN the socket closes with 1009
        ws.send("a" * (128 * KIB + 1))
        assert _close_code(ws) == 1009
    assert len(emulator.recorder.of("MESSAGE")) == 1
    event = emulator.recorder.wait_for("DISCONNECT")[0]
    assert event["requestContext"]["disconnectStatusCode"] == 1009


def test_idle_connection_closes_with_1001(emulator_factory: Any) -> None:
    # GIVEN an idle timeout of 0.3 s (API Gateway: 10 min)
    emulator = emulator_factory(idle_timeout_s=0.3)
    with connect(emulator.ws_url) as ws:
        started = time.monotonic()
        # WHEN the client sends nothing THEN it is closed 'Going away'
        with pytest.raises(ConnectionClosed) as closed:
            ws.recv(timeout=5)
    assert closed.value.rcvd is not None
    assert (closed.value.rcvd.code, closed.value.rcvd.reason) == (1001, "Going away")
    assert 0.25 <= time.monotonic() - started < 3
    ctx = emulator.recorder.wait_for("DISCONNECT")[0]["requestContext"]
    assert (ctx["disconnectStatusCode"], ctx["disconnectReason"]) == (1001, "Going away")


def test_busy_connection_still_ends_at_the_maximum_age(emulator_factory: Any) -> None:
    # GIVEN idle 0.3 s but a maximum age of 0.8 s (API Gateway: 2 h)
    emulator = emulator_factory(idle_timeout_s=0.3, max_connection_s=0.8)
    with connect(emulator.ws_url) as ws:
        started = time.monotonic()
        # WHEN the client keeps talking every 0.1 s THEN idle never fires, but age does
        with pytest.raises(ConnectionClosed) as closed:
            while time.monotonic() - started < 5:
                ws.send("still here")
                time.sleep(0.1)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1001
    assert 0.7 <= time.monotonic() - started < 3


def test_one_connection_in_order_others_concurrently(emulator: Emulator) -> None:
    # GIVEN connection A whose handler blocks until released
    with connect(emulator.ws_url) as a, connect(emulator.ws_url) as b:
        a.send("block")
        a.send("echo:after-block")
        emulator.recorder.wait_for("MESSAGE")
        # WHEN B sends while A's handler is still running
        b.send("echo:b")
        # THEN B is served meanwhile, and A's next frame waits for its first
        assert b.recv(timeout=5) == "b"
        with pytest.raises(TimeoutError):
            a.recv(timeout=0.2)
        emulator.recorder.release.set()
        assert a.recv(timeout=5) == "after-block"


def test_failing_handler_sends_api_gateways_error_frame(emulator: Emulator) -> None:
    with connect(emulator.ws_url) as ws:
        cid = _cid(emulator, ws)
        ws.send("boom")
        failure = json.loads(ws.recv(timeout=5))
        # AND the connection stays usable
        ws.send("echo:ok")
        assert ws.recv(timeout=5) == "ok"
    assert failure["message"] == "Internal server error"
    assert failure["connectionId"] == cid and API_GATEWAY_ID.match(failure["requestId"])


def test_plain_http_get_on_ws_is_426(emulator: Emulator) -> None:
    import urllib.error
    import urllib.request

    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(emulator.http_url + "/ws", timeout=5)
    assert err.value.code == 426
    assert emulator.recorder.of("CONNECT") == []


def test_serves_web_client_and_its_config(emulator: Emulator) -> None:
    import urllib.error
    import urllib.request

    with urllib.request.urlopen(emulator.http_url + "/config.json", timeout=5) as resp:
        config = json.loads(resp.read())
    assert config == {"websocketUrl": emulator.ws_url}
    with urllib.request.urlopen(emulator.http_url + "/", timeout=5) as resp:
        page = resp.read()
        assert resp.headers["Content-Type"].startswith("text/html")
    index = emulator.config.web_dir / "index.html"
    if index.exists():  # the real client; else the built-in placeholder
        assert page == index.read_bytes()
    else:
        assert b"Hearth devserver is running" in page
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(emulator.http_url + "/%2e%2e/pyproject.toml", timeout=5)
    assert err.value.code == 404


def test_stop_closes_every_socket_going_away_and_runs_disconnect(emulator: Emulator) -> None:
    # GIVEN three connected clients
    with (
        connect(emulator.ws_url) as a,
        connect(emulator.ws_url) as b,
        connect(emulator.ws_url) as c,
    ):
        ids = {
            e["requestContext"]["connectionId"] for e in emulator.recorder.wait_for("CONNECT", 3)
        }
        # WHEN the server stops (Ctrl-C does the same)
        emulator.stop()
        # THEN each is closed 'Going away' and the app hears each $disconnect
        assert [_close_code(ws) for ws in (a, b, c)] == [1001, 1001, 1001]
    gone = emulator.recorder.wait_for("DISCONNECT", 3)
    assert {e["requestContext"]["connectionId"] for e in gone} == ids
    assert {e["requestContext"]["disconnectStatusCode"] for e in gone} == {1001}
