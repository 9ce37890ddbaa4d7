"""ApiGatewayGateway: 410 Gone is reported, other failures are logged, nobody else is affected."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import boto3
from botocore.exceptions import ClientError, ReadTimeoutError

from chalicelib.gateway import ApiGatewayGateway


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
