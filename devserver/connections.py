"""The sockets that are open right now, keyed by API Gateway connection id."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from devserver.events import Peer, now_ms

GOING_AWAY = 1001
NORMAL = 1000
ABNORMAL = 1006  # no close frame: the TCP connection just ended


@dataclass
class LiveConnection:
    """One open socket and what the Management API reports about it."""

    peer: Peer
    ws: web.WebSocketResponse
    last_active_ms: int
    # Set when the server (not the client) decides to close, for the $disconnect event.
    close_code: int | None = None
    close_reason: str = ""

    @property
    def gone(self) -> bool:
        """True once closing has started: API Gateway answers 410 from then on."""
        return self.close_code is not None or self.ws.closed

    def touch(self) -> None:
        """Record client activity (resets the idle timer, shows in LastActiveAt)."""
        self.last_active_ms = now_ms()

    async def close(self, code: int, reason: str) -> None:
        """Close from the server side, remembering why."""
        if self.close_code is None:
            self.close_code, self.close_reason = code, reason
        await self.ws.close(code=code, message=reason.encode())


class Registry:
    """Open connections. Only touched from the event loop thread, so no lock is needed."""

    def __init__(self) -> None:
        self._live: dict[str, LiveConnection] = {}

    def __len__(self) -> int:
        return len(self._live)

    def add(self, peer: Peer, ws: web.WebSocketResponse) -> LiveConnection:
        """Register a socket whose upgrade has completed."""
        conn = LiveConnection(peer=peer, ws=ws, last_active_ms=peer.connected_at)
        self._live[peer.connection_id] = conn
        return conn

    def remove(self, connection_id: str) -> None:
        """Forget a socket (idempotent)."""
        self._live.pop(connection_id, None)

    def find(self, connection_id: str) -> LiveConnection | None:
        """The connection if it is still open, else None (the Management API's 410)."""
        conn = self._live.get(connection_id)
        return None if conn is None or conn.gone else conn

    def all(self) -> list[LiveConnection]:
        """A snapshot of every registered connection."""
        return list(self._live.values())
