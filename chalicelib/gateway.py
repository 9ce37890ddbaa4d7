"""Gateway port over API Gateway's Management API: concurrent fan-out, 410 Gone → report back.

Two adapters share the fan-out: `ApiGatewayGateway` (boto3, SigV4-signed; what runs in AWS)
and `HttpGateway` (plain pooled HTTP POSTs, only for a loopback emulator such as devserver/,
where signing and botocore's request pipeline would cost more than the post itself).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from ipaddress import ip_address
from typing import Any
from urllib.parse import quote, urlparse

import boto3
import urllib3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from chalicelib.observability import hash_id, logger, metrics_count

GONE = 410


def _post_failed(connection_id: str, code: str) -> None:
    # The connection id hashed and an error code only: never the frame, never the error text.
    logger.warning("post failed", extra={"conn": hash_id(connection_id), "code": code})
    metrics_count("PostFailures")


def fan_out_with(
    pool: ThreadPoolExecutor, send: Callable[[str, bytes], bool], posts: Iterable[tuple[str, bytes]]
) -> Sequence[str]:
    """Post concurrently with `send`; returns the ids it reported gone."""
    batch = list(posts)
    if len(batch) == 1:
        cid, data = batch[0]
        return [] if send(cid, data) else [cid]
    results = pool.map(lambda p: (p[0], send(p[0], p[1])), batch)
    return [cid for cid, ok in results if not ok]


class ApiGatewayGateway:
    """Posts frames to WebSocket connections through @connections."""

    def __init__(self, client: Any, pool: ThreadPoolExecutor) -> None:
        self._client = client
        self._pool = pool

    @classmethod
    def for_endpoint(
        cls, endpoint: str, pool: ThreadPoolExecutor, session: boto3.Session | None = None
    ) -> ApiGatewayGateway:
        """A client whose connection pool matches the fan-out thread pool."""
        config = Config(
            max_pool_connections=pool._max_workers,
            retries={"max_attempts": 2, "mode": "standard"},
            connect_timeout=2,
            read_timeout=5,
        )
        client = (session or boto3.Session()).client(
            "apigatewaymanagementapi", endpoint_url=endpoint, config=config
        )
        return cls(client, pool)

    def send(self, connection_id: str, data: bytes) -> bool:
        """Post one frame. False when the connection is gone; other failures are logged."""
        try:
            self._client.post_to_connection(ConnectionId=connection_id, Data=data)
        except ClientError as e:
            code = str(e.response.get("Error", {}).get("Code", ""))
            status = e.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
            if code == "GoneException" or status == GONE:
                return False
            _post_failed(connection_id, code)
        except BotoCoreError as e:
            _post_failed(connection_id, type(e).__name__)
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        """Post concurrently; one slow or failed recipient never blocks the others."""
        return fan_out_with(self._pool, self.send, posts)


def is_local_http(endpoint: str) -> bool:
    """True for a plain-http endpoint on a loopback address (a local emulator, never AWS)."""
    url = urlparse(endpoint)
    if url.scheme != "http" or not url.hostname:
        return False
    if url.hostname == "localhost":
        return True
    try:
        return ip_address(url.hostname).is_loopback
    except ValueError:
        return False


class HttpGateway:
    """Unsigned POSTs to `{endpoint}/@connections/{id}` over pooled keep-alive connections.

    Only for a loopback emulator: it speaks the same Management API, minus SigV4.
    """

    def __init__(
        self,
        endpoint: str,
        pool: ThreadPoolExecutor,
        connect_timeout_s: float = 2.0,
        read_timeout_s: float = 5.0,
    ) -> None:
        self._base = endpoint.rstrip("/") + "/@connections/"
        self._pool = pool
        # Connect errors are retried (nothing was sent); a POST that may have arrived is not,
        # so a frame is never delivered twice.
        self._http = urllib3.PoolManager(
            # Fan-out threads post, and so do handler threads replying to their own client.
            maxsize=2 * pool._max_workers,
            timeout=urllib3.Timeout(connect=connect_timeout_s, read=read_timeout_s),
            retries=urllib3.Retry(total=2, connect=2, read=0, status=0, redirect=0),
        )

    def send(self, connection_id: str, data: bytes) -> bool:
        """Post one frame. False when the connection is gone; other failures are logged."""
        url = self._base + quote(connection_id, safe="")
        try:
            response = self._http.request("POST", url, body=data, preload_content=True)
        except urllib3.exceptions.HTTPError as e:
            _post_failed(connection_id, type(e).__name__)
            return True
        if response.status == GONE:
            return False
        if response.status >= 300:
            _post_failed(connection_id, str(response.status))
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        """Post concurrently; one slow or failed recipient never blocks the others."""
        return fan_out_with(self._pool, self.send, posts)
