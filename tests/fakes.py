"""In-memory fakes implementing the same ports as the real adapters (see test_store_contract)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from chalicelib.domain.credentials import StoredCredential
from chalicelib.domain.model import (
    AuditEntry,
    Connection,
    Member,
    Message,
    OnDuty,
    ReportRecord,
    Room,
    SendGuard,
)
from chalicelib.errors import NotFound, RoomFull
from chalicelib.ports import SendOutcome


class FakeClock:
    def __init__(self, now_ms: int = 1_780_000_000_000) -> None:
        self.now = now_ms

    def now_ms(self) -> int:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += int(seconds * 1000)


class FakeStore:
    """Store port in memory, with the same atomicity guarantees (one lock for everything)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.connections: dict[str, Connection] = {}
        self.aliases: dict[str, tuple[str, int]] = {}
        self.rooms: dict[str, Room] = {}
        self.members: dict[str, dict[str, Member]] = {}
        self.messages: dict[str, dict[str, tuple[Message, int]]] = {}
        self.dedup: set[str] = set()
        self.calls: list[str] = []

    def _log(self, name: str) -> None:
        self.calls.append(name)

    def put_connection(self, conn: Connection) -> None:
        self._log("put_connection")
        with self._lock:
            self.connections[conn.id] = replace(conn, rooms=set(conn.rooms))

    def update_identity(self, conn: Connection) -> None:
        self._log("update_identity")
        with self._lock:
            now = self.connections.get(conn.id)
            if now is None:
                self.connections[conn.id] = replace(conn, rooms=set(conn.rooms))
                return
            self.connections[conn.id] = replace(
                now,
                session_id=conn.session_id,
                alias=conn.alias,
                role=conn.role,
                accepted_guidelines=conn.accepted_guidelines,
                muted_until_ms=conn.muted_until_ms,
                country=conn.country,
                device=conn.device,
            )

    def set_connection_fields(self, connection_id: str, **fields: Any) -> bool:
        self._log("set_connection_fields")
        with self._lock:
            conn = self.connections.get(connection_id)
            if conn is None:
                return False
            self.connections[connection_id] = replace(conn, **fields)
            return True

    def get_connection(self, connection_id: str) -> Connection | None:
        self._log("get_connection")
        c = self.connections.get(connection_id)
        return replace(c, rooms=set(c.rooms)) if c else None

    def delete_connection(self, connection_id: str) -> None:
        self._log("delete_connection")
        self.connections.pop(connection_id, None)

    def claim_alias(self, alias: str, session_id: str, now_s: int, expires_s: int) -> bool:
        self._log("claim_alias")
        with self._lock:
            held = self.aliases.get(alias)
            if held and held[0] != session_id and held[1] >= now_s:
                return False
            self.aliases[alias] = (session_id, expires_s)
            return True

    def put_room(self, room: Room) -> None:
        with self._lock:
            old = self.rooms.get(room.id)
            self.rooms[room.id] = replace(room, members=old.members if old else 0)

    def get_room(self, room_id: str) -> Room | None:
        self._log("get_room")
        return self.rooms.get(room_id)

    def list_rooms(self) -> list[Room]:
        self._log("list_rooms")
        return sorted(self.rooms.values(), key=lambda r: r.id)

    def set_room_state(self, room_id: str, **state: Any) -> None:
        self._log("set_room_state")
        with self._lock:
            self.rooms[room_id] = replace(self.rooms[room_id], **state)
            if state.get("slow_s") is not None:
                seats = self.members.get(room_id, {})
                for cid, m in seats.items():
                    seats[cid] = replace(m, slow_s=state["slow_s"])

    def add_member(self, room_id: str, member: Member, capacity: int, retention_hours: int) -> bool:
        self._log("add_member")
        with self._lock:
            room = self.rooms.get(room_id)
            if room is None:
                raise NotFound()
            seats = self.members.setdefault(room_id, {})
            if member.connection_id in seats:
                return False
            if room.members >= capacity:
                raise RoomFull()
            conn = self.connections.get(member.connection_id)
            if conn is None:
                raise NotFound()
            seats[member.connection_id] = replace(member, retention_hours=retention_hours)
            mods = room.moderators + int(member.role == "moderator")
            self.rooms[room_id] = replace(room, members=room.members + 1, moderators=mods)
            conn.rooms.add(room_id)
            return True

    def remove_member(self, room_id: str, connection_id: str, role: str = "member") -> bool:
        self._log("remove_member")
        with self._lock:
            seats = self.members.get(room_id, {})
            if seats.pop(connection_id, None) is None:
                return False
            room = self.rooms[room_id]
            mods = max(0, room.moderators - int(role == "moderator"))
            self.rooms[room_id] = replace(room, members=max(0, room.members - 1), moderators=mods)
            conn = self.connections.get(connection_id)
            if conn:
                conn.rooms.discard(room_id)
            return True

    def list_members(self, room_id: str) -> list[Member]:
        self._log("list_members")
        return sorted(self.members.get(room_id, {}).values(), key=lambda m: m.connection_id)

    def repair_room(self, room_id: str, now_s: int) -> int:
        self._log("repair_room")
        with self._lock:
            seats = self.members.get(room_id, {})
            for cid in [c for c, m in seats.items() if m.expires_s <= now_s]:
                del seats[cid]
            mods = sum(1 for m in seats.values() if m.role == "moderator")
            self.rooms[room_id] = replace(self.rooms[room_id], members=len(seats), moderators=mods)
            return len(seats)

    def put_message(
        self,
        message: Message,
        dedup_key: str | None,
        expires_s: int,
        guard: SendGuard | None = None,
    ) -> SendOutcome:
        self._log("put_message")
        with self._lock:
            if dedup_key is not None and dedup_key in self.dedup:
                return "duplicate"
            if guard is not None:
                failed = self._check_guard(message, guard)
                if failed:
                    return failed
            if dedup_key is not None:
                self.dedup.add(dedup_key)
            self.messages.setdefault(message.room, {})[message.id] = (message, expires_s)
            return "stored"

    def _check_guard(self, m: Message, g: SendGuard) -> SendOutcome | None:
        room = self.rooms.get(m.room)
        if room is None or (not g.sender_is_moderator and not room.open):
            return "room_closed"
        seat = self.members.get(m.room, {}).get(g.connection_id)
        if seat is None or seat.last_sent_ms != g.last_sent_before:
            return "not_member"
        conn = self.connections.get(g.connection_id)
        if conn is None or conn.bucket_ms != g.bucket_ms_before:
            return "conflict"
        self.members[m.room][g.connection_id] = replace(seat, last_sent_ms=m.ts)
        self.connections[g.connection_id] = replace(
            conn, bucket_ms=m.ts, bucket_tokens=g.bucket_tokens
        )
        return None

    def delete_message(self, room_id: str, message_id: str) -> bool:
        self._log("delete_message")
        return self.messages.get(room_id, {}).pop(message_id, None) is not None

    def get_message(self, room_id: str, message_id: str) -> Message | None:
        self._log("get_message")
        found = self.messages.get(room_id, {}).get(message_id)
        return found[0] if found else None

    def recent_messages(self, room_id: str, since_ms: int, limit: int) -> list[Message]:
        self._log("recent_messages")
        kept = [m for m, _ in self.messages.get(room_id, {}).values() if m.ts > since_ms]
        return sorted(kept, key=lambda m: m.id)[-limit:]


class FakeModerationStore:
    """ModerationStore port in memory."""

    def __init__(self) -> None:
        self.credentials: dict[str, StoredCredential] = {}
        self.cred_fails: dict[str, tuple[int, int]] = {}
        self.sanctions: dict[tuple[str, str], int] = {}
        self.reported: set[tuple[str, str, str]] = set()
        self.reports: list[ReportRecord] = []
        self.audit_log: list[AuditEntry] = []
        self.duty: dict[str, OnDuty] = {}

    def put_credential(self, c: StoredCredential) -> None:
        self.credentials[c.id] = c

    def get_credential(self, cred_id: str) -> StoredCredential | None:
        return self.credentials.get(cred_id)

    def list_credentials(self) -> list[StoredCredential]:
        return sorted(self.credentials.values(), key=lambda c: c.id)

    def revoke_credential(self, cred_id: str) -> bool:
        if cred_id not in self.credentials:
            return False
        self.credentials[cred_id] = replace(self.credentials[cred_id], revoked=True)
        return True

    def note_credential_failure(self, cred_id: str, now_s: int, window_s: int) -> int:
        fails, until = self.cred_fails.get(cred_id, (0, 0))
        if until <= now_s:
            fails, until = 0, now_s + window_s
        self.cred_fails[cred_id] = (fails + 1, until)
        return fails + 1

    def credential_failures(self, cred_id: str, now_s: int) -> int:
        fails, until = self.cred_fails.get(cred_id, (0, 0))
        return fails if until > now_s else 0

    def put_sanction(self, kind: str, session_id: str, until_ms: int) -> None:
        self.sanctions[(kind, session_id)] = until_ms

    def sanction_until(self, kind: str, session_id: str) -> int:
        return self.sanctions.get((kind, session_id), 0)

    def clear_sanction(self, kind: str, session_id: str) -> None:
        self.sanctions.pop((kind, session_id), None)

    def put_report(self, r: ReportRecord, expires_s: int) -> bool:
        key = (r.room, r.message_id, r.reporter_session)
        if key in self.reported:
            return False
        self.reported.add(key)
        self.reports.append(replace(r, reporter_session=""))
        return True

    def list_reports(self, limit: int = 100) -> list[ReportRecord]:
        return sorted(self.reports, key=lambda r: -r.ts)[:limit]

    def audit(self, e: AuditEntry, expires_s: int) -> None:
        self.audit_log.append(e)

    def list_audit(self, limit: int = 10_000) -> list[AuditEntry]:
        return self.audit_log[:limit]

    def go_on_duty(self, d: OnDuty) -> None:
        self.duty[d.connection_id] = d

    def go_off_duty(self, connection_id: str) -> None:
        self.duty.pop(connection_id, None)

    def on_duty(self, now_s: int) -> list[OnDuty]:
        return sorted(
            (d for d in self.duty.values() if d.expires_s > now_s), key=lambda d: d.connection_id
        )


@dataclass
class FakeGateway:
    """Records every frame per connection; ids in `gone` answer 410."""

    gone: set[str] = field(default_factory=set)
    sent: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    posts: int = 0

    def send(self, connection_id: str, data: bytes) -> bool:
        self.posts += 1
        if connection_id in self.gone:
            return False
        self.sent.setdefault(connection_id, []).append(json.loads(data))
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        return [cid for cid, data in posts if not self.send(cid, data)]

    def frames(self, connection_id: str, type_: str | None = None) -> list[dict[str, Any]]:
        got = self.sent.get(connection_id, [])
        return [f for f in got if type_ is None or f.get("type") == type_]

    def last(self, connection_id: str) -> dict[str, Any]:
        return self.sent[connection_id][-1]

    def clear(self) -> None:
        self.sent.clear()
