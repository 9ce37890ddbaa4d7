"""Gateway port over API Gateway's Management API: concurrent fan-out, 410 Gone → report back.

Two adapters share the fan-out: `ApiGatewayGateway` (boto3, SigV4-signed; what runs in AWS)
and `HttpGateway` (plain keep-alive HTTP POSTs, only for a loopback emulator such as devserver/,
where signing and botocore's request pipeline would cost more than the post itself).
"""

from __future__ import annotations

import http.client
import itertools
import select
import socket
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from ipaddress import ip_address
from typing import Any
from urllib.parse import quote, urlparse

import boto3
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


class _ThreadConnection(threading.local):
    """One keep-alive connection per posting thread (http.client is not thread-safe)."""

    conn: http.client.HTTPConnection | None = None
    last_used: float = 0.0


class _Unreachable(Exception):
    """Connecting failed three times: nothing was sent."""


# Reconnect rather than reuse a connection idle this long: well under aiohttp's 75 s
# keep-alive, so a post never races the server closing an idle connection.
MAX_IDLE_S = 30.0


def _dropped(sock: socket.socket) -> bool:
    """True when an idle keep-alive socket is readable: the server closed it (EOF)."""
    poller = select.poll()  # not select(): a busy devserver has descriptors above 1024
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


class HttpGateway:
    """Unsigned POSTs to `{endpoint}/@connections/{id}` over keep-alive connections.

    Only for a loopback emulator: it speaks the same Management API, minus SigV4. Plain
    http.client, one connection per thread: half the CPU per post of urllib3's pool, which
    matters when the emulator's own process answers the posts.
    """

    def __init__(
        self,
        endpoint: str,
        pool: ThreadPoolExecutor,
        connect_timeout_s: float = 2.0,
        read_timeout_s: float = 5.0,
    ) -> None:
        url = urlparse(endpoint)
        self._host, self._port = url.hostname or "127.0.0.1", url.port or 80
        self._base = url.path.rstrip("/") + "/@connections/"
        self._pool = pool
        self._connect_timeout_s = connect_timeout_s
        self._read_timeout_s = read_timeout_s
        self._local = _ThreadConnection()
        self._opened = itertools.count(1)
        self.connections_opened = 0  # for tests: how many TCP connections were made

    def _reusable(self) -> http.client.HTTPConnection | None:
        conn, local = self._local.conn, self._local
        if conn is None:
            return None
        idle = time.monotonic() - local.last_used > MAX_IDLE_S
        if idle or conn.sock is None or _dropped(conn.sock):
            conn.close()
            local.conn = None
        return local.conn

    def _connect(self) -> http.client.HTTPConnection:
        """A new connection; connect errors retried twice (nothing was sent yet)."""
        for _ in range(3):
            conn = http.client.HTTPConnection(
                self._host, self._port, timeout=self._connect_timeout_s
            )
            try:
                conn.connect()
            except OSError:
                conn.close()
                continue
            self.connections_opened = next(self._opened)
            return conn
        raise _Unreachable()

    def _post(self, connection_id: str, data: bytes) -> int:
        conn = self._reusable() or self._connect()
        assert conn.sock is not None
        conn.sock.settimeout(self._read_timeout_s)
        self._local.conn = conn
        try:
            conn.request("POST", self._base + quote(connection_id, safe=""), body=data)
            response = conn.getresponse()
            response.read()
        except (OSError, http.client.HTTPException):
            # The post may have arrived: never retried, so a frame is never delivered twice.
            conn.close()
            self._local.conn = None
            raise
        self._local.last_used = time.monotonic()
        return response.status

    def send(self, connection_id: str, data: bytes) -> bool:
        """Post one frame. False when the connection is gone; other failures are logged."""
        try:
            status = self._post(connection_id, data)
        except _Unreachable:
            _post_failed(connection_id, "ConnectError")
            return True
        except TimeoutError:
            _post_failed(connection_id, "ReadTimeoutError")
            return True
        except (OSError, http.client.HTTPException) as e:
            _post_failed(connection_id, type(e).__name__)
            return True
        if status == GONE:
            return False
        if status >= 300:
            _post_failed(connection_id, str(status))
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        """Post concurrently; one slow or failed recipient never blocks the others."""
        return fan_out_with(self._pool, self.send, posts)
