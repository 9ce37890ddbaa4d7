"""The one aiohttp server: WebSocket endpoint `/ws`, the Management API and the web client."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

from aiohttp import WebSocketError, WSMsgType, web

from devserver.config import DevConfig
from devserver.connections import ABNORMAL, GOING_AWAY, LiveConnection, Registry
from devserver.events import (
    Peer,
    connect_event,
    disconnect_event,
    hashed,
    message_event,
    new_id,
    now_ms,
)
from devserver.handlers import Invoker
from devserver.management import ManagementApi
from devserver.web_files import WebFiles

log = logging.getLogger("devserver")
_DONE = (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR)
_REASONS = {1009: "Message too big", ABNORMAL: ""}


@dataclass
class Devserver:
    """Emulates one API Gateway WebSocket API stage in front of the app's handlers."""

    config: DevConfig
    invoker: Invoker
    registry: Registry

    def build_app(self) -> web.Application:
        """The aiohttp application with every route mounted."""
        app = web.Application(client_max_size=self.config.max_post_bytes + 1024)
        app.router.add_get("/ws", self.websocket)
        ManagementApi(self.registry, self.config.max_post_bytes).add_routes(app)
        WebFiles(self.config.web_dir).add_routes(app)
        app.on_shutdown.append(self._close_all)
        return app

    def _peer(self, request: web.Request) -> Peer:
        forwarded = [("X-Forwarded-For", request.remote or ""), ("X-Forwarded-Proto", "ws")]
        return Peer(
            connection_id=new_id(),
            connected_at=now_ms(),
            source_ip=request.remote or "127.0.0.1",
            user_agent=request.headers.get("User-Agent", ""),
            api_id=self.config.api_id,
            stage=self.config.stage,
            domain_name=self.config.domain_name,
            headers=list(request.headers.items()) + forwarded,
            query=list(request.query.items()),
        )

    async def websocket(self, request: web.Request) -> web.StreamResponse:
        """One socket's life: $connect (may refuse), $default per frame, $disconnect."""
        # aiohttp rejects a message of exactly max_msg_size bytes; API Gateway accepts 128 KiB.
        ws = web.WebSocketResponse(
            max_msg_size=self.config.max_message_bytes + 1, compress=False, timeout=5.0
        )
        if not ws.can_prepare(request).ok:
            return web.Response(status=426, text="WebSocket upgrade required")
        peer = self._peer(request)
        result = await self.invoker.invoke("connect", connect_event(peer))
        status = 500 if result is None else int(result.get("statusCode", 200))
        if not 200 <= status < 300:
            log.info("refused %s status=%d", hashed(peer.connection_id), status)
            return web.json_response({"message": "Forbidden"}, status=status)
        await ws.prepare(request)
        conn = self.registry.add(peer, ws)
        log.info("connect %s open=%d", hashed(peer.connection_id), len(self.registry))
        try:
            code, reason = await self._pump(conn)
        finally:
            self.registry.remove(peer.connection_id)
        log.info(
            "disconnect %s code=%d open=%d", hashed(peer.connection_id), code, len(self.registry)
        )
        if code == ABNORMAL and self.config.lose_abrupt_disconnects:
            return ws  # best-effort delivery, lost on purpose: the app must rely on 410
        event = disconnect_event(peer, code, reason)
        await self.invoker.invoke("disconnect", event)
        return ws

    async def _pump(self, conn: LiveConnection) -> tuple[int, str]:
        """Feed frames to $default in order until the socket ends; return the close code."""
        ws, cfg = conn.ws, self.config
        end_of_life = time.monotonic() + cfg.max_connection_s
        while not ws.closed:
            idle_left = cfg.idle_timeout_s - (now_ms() - conn.last_active_ms) / 1000
            wait = min(idle_left, end_of_life - time.monotonic())
            if wait <= 0:
                await conn.close(GOING_AWAY, "Going away")
                break
            try:
                msg = await ws.receive(timeout=wait)
            except TimeoutError:
                continue  # the loop re-checks both limits
            if msg.type in _DONE:
                return self._close_status(conn, msg)
            if msg.type in (WSMsgType.TEXT, WSMsgType.BINARY):
                conn.touch()
                await self._message(conn, msg.data)
        return self._close_status(conn, None)

    async def _message(self, conn: LiveConnection, data: str | bytes) -> None:
        event = message_event(conn.peer, data)
        if await self.invoker.invoke("message", event) is None:
            # What API Gateway tells the client when the integration fails.
            failure = {
                "message": "Internal server error",
                "connectionId": conn.peer.connection_id,
                "requestId": event["requestContext"]["requestId"],
            }
            if not conn.gone:
                await conn.ws.send_json(failure)

    @staticmethod
    def _close_status(conn: LiveConnection, msg: object) -> tuple[int, str]:
        if conn.close_code is not None:
            return conn.close_code, conn.close_reason
        code = conn.ws.close_code or ABNORMAL
        data = getattr(msg, "data", None)
        if isinstance(data, WebSocketError):  # e.g. 1009 for an oversize message
            code = data.code
        elif getattr(msg, "type", None) == WSMsgType.CLOSE:
            return code, str(getattr(msg, "extra", "") or "")
        return code, _REASONS.get(code, "")

    async def _close_all(self, _app: web.Application) -> None:
        """On shutdown, close every socket with 1001 like a redeploying API Gateway."""
        await asyncio.gather(
            *(c.close(GOING_AWAY, "Going away") for c in self.registry.all()),
            return_exceptions=True,
        )
