"""Plain data: connections, members, rooms, messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RoomKind = Literal["peer", "moderated"]
ROLE_MEMBER = "member"
ROLE_MODERATOR = "moderator"
ROLE_LISTENER = "listener"

CONNECTION_TTL_S = 2 * 3600 + 15 * 60  # API Gateway's 2 h limit plus a margin
HISTORY_LIMIT = 50


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    topic: str
    kind: RoomKind
    capacity: int
    retention_hours: int
    members: int = 0
    open: bool = True


@dataclass(frozen=True)
class Member:
    connection_id: str
    alias: str
    role: str
    joined_ms: int
    expires_s: int
    session_id: str = ""
    retention_hours: int = 24


@dataclass(frozen=True)
class Message:
    room: str
    id: str
    alias: str
    text: str
    ts: int
    client_id: str | None = None
    session_id: str = ""  # sender's anonymous session; never sent to clients


@dataclass
class Connection:
    id: str
    connected_ms: int
    expires_s: int
    session_id: str | None = None
    alias: str | None = None
    role: str = ROLE_MEMBER
    rooms: set[str] = field(default_factory=set)
    accepted_guidelines: bool = False

    @property
    def greeted(self) -> bool:
        """True once `hello` has given this connection an identity."""
        return self.alias is not None and self.session_id is not None
