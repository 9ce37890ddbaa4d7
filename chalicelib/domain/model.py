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
    moderators: int = 0
    locked: bool = False
    slow_s: int = 0
    pinned: dict[str, str] | None = None

    @property
    def open(self) -> bool:
        """Peer rooms are open unless locked; moderated rooms only while a moderator is in."""
        return not self.locked and (self.kind == "peer" or self.moderators > 0)


@dataclass(frozen=True)
class Member:
    connection_id: str
    alias: str
    role: str
    joined_ms: int
    expires_s: int
    session_id: str = ""
    retention_hours: int = 24
    slow_s: int = 0
    last_sent_ms: int | None = None


@dataclass(frozen=True)
class SendGuard:
    """What a send must still hold when it is written (checked atomically with the write)."""

    connection_id: str
    bucket_tokens: float
    bucket_ms_before: int | None  # optimistic check: nobody else spent from this bucket
    last_sent_before: int | None  # optimistic check for slow mode
    sender_is_moderator: bool


@dataclass(frozen=True)
class Message:
    room: str
    id: str
    alias: str
    text: str
    ts: int
    client_id: str | None = None
    session_id: str = ""  # sender's anonymous session; never sent to clients
    role: str = ROLE_MEMBER  # moderators' messages are marked for members


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
    muted_until_ms: int = 0
    bucket_tokens: float | None = None
    bucket_ms: int | None = None
    last_support_ms: int = 0
    last_support_level: str = ""
    last_typing_ms: int = 0
    country: str | None = None
    credential_failures: int = 0
    device: str | None = None  # a hash of the client's device id, never the id itself

    @property
    def greeted(self) -> bool:
        """True once `hello` has given this connection an identity."""
        return self.alias is not None and self.session_id is not None


@dataclass(frozen=True)
class ReportRecord:
    room: str
    message_id: str
    message_alias: str
    message_text: str  # snapshot, so a report survives the message's deletion or expiry
    reporter_alias: str
    reporter_session: str
    reason: str | None
    ts: int


@dataclass(frozen=True)
class AuditEntry:
    ts: int
    actor: str  # the moderator's alias
    op: str
    room: str
    target: str  # an alias or message id
    detail: str


@dataclass(frozen=True)
class OnDuty:
    connection_id: str
    alias: str
    role: str
    expires_s: int
