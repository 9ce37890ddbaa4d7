"""Gateways: 410 Gone is reported, other failures are logged, nobody else is affected."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote

import boto3
import pytest
from botocore.exceptions import ClientError, ReadTimeoutError

from chalicelib import gateway as gateway_module
from chalicelib.gateway import ApiGatewayGateway, HttpGateway, is_local_http


def client_error(code: str, status: int) -> ClientError:
    return ClientError(
        {"Error": {"Code": code, "Message": "x"}, "ResponseMetadata": {"HTTPStatusCode": status}},
        "PostToConnection",
    )


class ScriptedClient:
    """Fails chosen connections in chosen ways; records what was delivered."""

    def __init__(self, failures: dict[str, Exception]) -> None:
        self.failures = failures
        self.delivered: list[str] = []
        self.lock = threading.Lock()

    def post_to_connection(self, ConnectionId: str, Data: bytes) -> dict[str, Any]:  # noqa: N803
        if ConnectionId in self.failures:
            raise self.failures[ConnectionId]
        with self.lock:
            self.delivered.append(ConnectionId)
        return {}


def test_gone_is_reported_and_other_failures_do_not_stop_the_rest() -> None:
    client = ScriptedClient(
        {
            "gone": client_error("GoneException", 410),
            "throttled": client_error("LimitExceededException", 429),
            "broken": client_error("InternalServerError", 500),
            "slow": ReadTimeoutError(endpoint_url="http://x"),
        }
    )
    gateway = ApiGatewayGateway(client, ThreadPoolExecutor(max_workers=4))
    ids = ["a", "gone", "b", "throttled", "broken", "slow", "c"]
    gone = gateway.fan_out([(cid, b"{}") for cid in ids])
    assert list(gone) == ["gone"]
    assert sorted(client.delivered) == ["a", "b", "c"]


def test_single_send_reports_gone_as_false() -> None:
    gateway = ApiGatewayGateway(
        ScriptedClient({"gone": client_error("GoneException", 410)}),
        ThreadPoolExecutor(max_workers=1),
    )
    assert gateway.send("gone", b"{}") is False
    assert gateway.send("here", b"{}") is True


def test_the_client_pool_matches_the_thread_pool() -> None:
    session = boto3.Session(
        region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y"
    )
    pool = ThreadPoolExecutor(max_workers=48)
    gateway = ApiGatewayGateway.for_endpoint("http://127.0.0.1:9", pool, session)
    assert gateway._client.meta.config.max_pool_connections == 48


# ---- HttpGateway: plain pooled POSTs to a loopback emulator ----------------------------------


class _Endpoint(BaseHTTPRequestHandler):
    """A tiny @connections endpoint: the connection id picks the answer."""

    protocol_version = "HTTP/1.1"  # keep-alive, as the devserver speaks
    received: list[tuple[str, bytes]] = []
    statuses = {"gone": 410, "too-big": 413, "broken": 500}

    def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        cid = unquote(self.path.removeprefix("/@connections/"))
        # The list of the test this request came in for: a slow answer finishing after its test
        # ended must not land in the next test's list (the fixture gives each test a new one).
        received = _Endpoint.received
        if cid == "slow":
            time.sleep(0.6)
        received.append((cid, body))
        status = self.statuses.get(cid, 200)
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        if cid == "then-hang-up":
            self.close_connection = True  # closes without saying so (no Connection: close)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # quiet test output


@pytest.fixture
def endpoint() -> Iterator[str]:
    _Endpoint.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_http_gateway_posts_bodies_and_reports_only_410_as_gone(
    endpoint: str, caplog: pytest.LogCaptureFixture
) -> None:
    # GIVEN an endpoint that answers 410, 413, 500 and a timeout for some connections
    gateway = HttpGateway(endpoint, ThreadPoolExecutor(max_workers=4), read_timeout_s=0.3)
    ids = ["a", "gone", "too-big", "b", "broken", "slow", "c=x/y"]
    # WHEN one frame is fanned out to all of them
    gone = gateway.fan_out([(cid, f"secret text for {cid}".encode()) for cid in ids])
    # THEN only the 410 is reported gone, everyone else got the exact bytes, nothing raised
    assert list(gone) == ["gone"]
    got = dict(_Endpoint.received)
    for cid in ("a", "b", "c=x/y"):
        assert got[cid] == f"secret text for {cid}".encode()
    # AND the failures were logged by hashed id and code only, never the text or the raw id
    failures = [r for r in caplog.records if r.getMessage() == "post failed"]
    assert sorted(str(r.__dict__["code"]) for r in failures) == ["413", "500", "ReadTimeoutError"]
    logged = " ".join(str(v) for r in failures for v in r.__dict__.values())
    for secret in ("secret text", "too-big", "broken", "slow"):
        assert secret not in logged


def test_http_gateway_send_survives_an_unreachable_endpoint(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # GIVEN nothing listening on the port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gateway = HttpGateway(f"http://127.0.0.1:{port}", ThreadPoolExecutor(max_workers=1))
    # THEN a post neither raises nor claims the connection is gone
    assert gateway.send("a", b"{}") is True
    assert gateway.fan_out([("a", b"{}"), ("b", b"{}")]) == []
    # AND the failure says what happened (nothing was sent), not that a reply timed out
    codes = {r.__dict__["code"] for r in caplog.records if r.getMessage() == "post failed"}
    assert codes == {"ConnectError"}


def test_http_gateway_does_not_reuse_a_connection_idle_too_long(
    endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GIVEN connections count as stale as soon as they are idle at all
    monkeypatch.setattr(gateway_module, "MAX_IDLE_S", 0.0)
    gateway = HttpGateway(endpoint, ThreadPoolExecutor(max_workers=1))
    # WHEN three posts go out one after another
    for i in range(3):
        assert gateway.send(f"k{i}", b"x") is True
    # THEN each went over a fresh connection, and each arrived once
    assert gateway.connections_opened == 3
    assert [cid for cid, _ in _Endpoint.received] == ["k0", "k1", "k2"]


def test_http_gateway_reuses_connections(endpoint: str) -> None:
    gateway = HttpGateway(endpoint, ThreadPoolExecutor(max_workers=1))
    for i in range(5):
        assert gateway.send(f"k{i}", b"{}") is True
    assert gateway.connections_opened == 1  # keep-alive: one TCP connection for five posts


def test_http_gateway_reconnects_when_the_server_dropped_an_idle_connection(
    endpoint: str,
) -> None:
    # GIVEN a server that silently closed the kept-alive connection after the first post
    gateway = HttpGateway(endpoint, ThreadPoolExecutor(max_workers=1))
    assert gateway.send("then-hang-up", b"1") is True
    time.sleep(0.05)  # let the FIN arrive
    # WHEN the next post goes out
    assert gateway.send("next", b"2") is True
    # THEN it went over a new connection and each frame arrived exactly once
    assert gateway.connections_opened == 2
    assert _Endpoint.received == [("then-hang-up", b"1"), ("next", b"2")]


@pytest.mark.parametrize(
    ("endpoint", "local"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000/", True),
        ("http://[::1]:8000", True),
        ("https://127.0.0.1:8000", False),
        ("http://10.0.0.5:8000", False),
        ("http://example.com", False),
        ("https://abc.execute-api.eu-west-1.amazonaws.com/prod", False),
    ],
)
def test_only_plain_http_loopback_counts_as_local(endpoint: str, local: bool) -> None:
    assert is_local_http(endpoint) is local


def test_runtime_picks_http_only_for_a_configured_loopback_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from chalicelib.bootstrap import Runtime
    from chalicelib.settings import Settings

    session = boto3.Session(
        region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y"
    )
    event = {
        "requestContext": {"domainName": "abc.execute-api.us-east-1.amazonaws.com", "stage": "prod"}
    }
    for configured, kind in [
        ("http://127.0.0.1:8000", HttpGateway),
        ("https://gw.example.org/prod", ApiGatewayGateway),
        ("", ApiGatewayGateway),
    ]:
        monkeypatch.setenv("HEARTH_MANAGEMENT_ENDPOINT", configured)
        monkeypatch.setenv("HEARTH_TOKEN_SECRET", "unit-test-secret")
        runtime = Runtime(Settings.from_env(), session)
        assert isinstance(runtime.gateway_for(event), kind)


def test_runtime_signs_dynamodb_calls_unless_the_devserver_says_its_moto_ignores_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from botocore import UNSIGNED

    from chalicelib.bootstrap import Runtime
    from chalicelib.settings import Settings

    session = boto3.Session(
        region_name="us-east-1", aws_access_key_id="x", aws_secret_access_key="y"
    )
    monkeypatch.setenv("HEARTH_TOKEN_SECRET", "unit-test-secret")
    # GIVEN no flag (AWS, DynamoDB Local): the client signs with SigV4
    signed = Runtime(Settings.from_env(), session).dynamodb
    assert signed.meta.config.signature_version != UNSIGNED
    # WHEN the devserver marks its own moto as the endpoint
    monkeypatch.setenv("HEARTH_DYNAMODB_UNSIGNED", "1")
    unsigned = Runtime(Settings.from_env(), session).dynamodb
    # THEN the client skips signing, and keeps its retry policy
    assert unsigned.meta.config.signature_version is UNSIGNED
    assert unsigned.meta.config.retries["mode"] == "standard"
