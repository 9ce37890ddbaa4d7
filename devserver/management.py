"""The API Gateway Management API (`/@connections/{id}`), as boto3's
`apigatewaymanagementapi` client calls it: POST sends, GET describes, DELETE closes."""

from __future__ import annotations

from datetime import UTC, datetime

from aiohttp import web

from devserver.connections import NORMAL, LiveConnection, Registry

ROUTE = "/@connections/{connection_id}"


def _iso(epoch_ms: int) -> str:
    stamp = datetime.fromtimestamp(epoch_ms / 1000, UTC)
    return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{epoch_ms % 1000:03d}Z"


def _error(status: int, error_type: str, message: str) -> web.Response:
    # botocore's rest-json parser reads the code from this header (or `__type` in the body).
    return web.json_response(
        {"__type": error_type, "message": message},
        status=status,
        headers={"x-amzn-ErrorType": error_type},
    )


def gone() -> web.Response:
    """410, as API Gateway answers for a connection that is unknown or closed."""
    return _error(410, "GoneException", "The connection with the provided id no longer exists.")


class ManagementApi:
    """Request handlers bound to the registry of open sockets."""

    def __init__(self, registry: Registry, max_post_bytes: int) -> None:
        self._registry = registry
        self._max_post_bytes = max_post_bytes

    def add_routes(self, app: web.Application) -> None:
        """Mount POST/GET/DELETE on `/@connections/{connection_id}`."""
        app.router.add_post(ROUTE, self.post)
        app.router.add_get(ROUTE, self.get)
        app.router.add_delete(ROUTE, self.delete)

    def _find(self, request: web.Request) -> LiveConnection | None:
        return self._registry.find(request.match_info["connection_id"])

    async def post(self, request: web.Request) -> web.Response:
        """PostToConnection: the body becomes one frame (text when it is UTF-8)."""
        length = request.content_length
        if length is not None and length > self._max_post_bytes:
            return _error(413, "PayloadTooLargeException", "Message too long")
        data = await request.read()
        if len(data) > self._max_post_bytes:
            return _error(413, "PayloadTooLargeException", "Message too long")
        conn = self._find(request)
        if conn is None:
            return gone()
        try:
            await _send(conn, data)
        except (ConnectionError, RuntimeError):
            # The peer vanished under us (no close frame yet): it is gone all the same.
            return gone()
        return web.Response(status=200)

    async def get(self, request: web.Request) -> web.Response:
        """GetConnection: connectedAt, lastActiveAt and identity.sourceIp/userAgent."""
        conn = self._find(request)
        if conn is None:
            return gone()
        peer = conn.peer
        return web.json_response(
            {
                "connectedAt": _iso(peer.connected_at),
                "lastActiveAt": _iso(conn.last_active_ms),
                "identity": {"sourceIp": peer.source_ip, "userAgent": peer.user_agent},
            }
        )

    async def delete(self, request: web.Request) -> web.Response:
        """DeleteConnection: close the socket; 204 when done."""
        conn = self._find(request)
        if conn is None:
            return gone()
        await conn.close(NORMAL, "")
        return web.Response(status=204)


async def _send(conn: LiveConnection, data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        await conn.ws.send_bytes(data)
    else:
        await conn.ws.send_str(text)
