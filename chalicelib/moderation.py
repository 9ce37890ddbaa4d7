"""Moderators' side: credentials, bans, alerts, reports and the `mod` actions, all audited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from chalicelib import events
from chalicelib.domain.credentials import matches, split
from chalicelib.domain.model import (
    ROLE_MEMBER,
    ROLE_MODERATOR,
    AuditEntry,
    Connection,
    Member,
    OnDuty,
    ReportRecord,
    Room,
)
from chalicelib.errors import Banned, Forbidden, InvalidField, NotFound, NotInRoom, RateLimited
from chalicelib.observability import metrics_count
from chalicelib.ports import Clock, Gateway, ModerationStore, Store
from chalicelib.protocol import Mod, Report, encode

AUDIT_TTL_S = 180 * 24 * 3600  # policy: keep the audit log six months
REPORT_TTL_S = 30 * 24 * 3600
DEFAULT_MUTE_S = 10 * 60
DEFAULT_BAN_S = 30 * 24 * 3600
MAX_CREDENTIAL_FAILURES = 5  # per connection
CRED_LOCKOUT = 10  # failed guesses at one credential id, across all connections...
CRED_LOCKOUT_WINDOW_S = 15 * 60  # ...within this window, lock it until the window ends

Drop = Callable[[str, str], None]  # (connection id, reason) → remove it everywhere


class ModerationDesk:
    """Everything that needs a moderator, or tells one."""

    def __init__(self, store: Store, mods: ModerationStore, gateway: Gateway, clock: Clock) -> None:
        self.store, self.mods, self.gateway, self.clock = store, mods, gateway, clock

    # ---- identity ----------------------------------------------------------------------
    def role_for(self, conn: Connection, credential: str | None) -> str:
        """The role a credential proves; a bad one costs an attempt and is refused."""
        if credential is None:
            return conn.role if conn.greeted else ROLE_MEMBER
        if conn.credential_failures >= MAX_CREDENTIAL_FAILURES:
            raise RateLimited("Too many credential attempts on this connection.")
        parts = split(credential)
        stored = self.mods.get_credential(parts[0]) if parts else None
        now_s = self.clock.now_ms() // 1000
        if stored is not None and self.mods.credential_failures(stored.id, now_s) >= CRED_LOCKOUT:
            # Someone is guessing this credential's secret: refuse even a right guess for a while.
            raise RateLimited("This credential is locked for a while after failed attempts.")
        if parts is None or stored is None or not matches(stored, parts[1]):
            conn.credential_failures += 1
            self.store.set_connection_fields(conn.id, credential_failures=conn.credential_failures)
            if stored is not None:
                self.mods.note_credential_failure(stored.id, now_s, CRED_LOCKOUT_WINDOW_S)
            metrics_count("CredentialFailures")
            raise Forbidden("That credential isn't valid. You can still join as a member.")
        return stored.role

    def check_ban(self, session_id: str, device: str | None) -> None:
        """Refuse a banned session, or a new session from a banned device."""
        until = self.mods.sanction_until("ban", session_id)
        if device:
            until = max(until, self.mods.sanction_until("ban", f"device#{device}"))
        if until > self.clock.now_ms():
            raise Banned(retry_after_ms=until - self.clock.now_ms())

    def muted_until(self, session_id: str) -> int:
        return self.mods.sanction_until("mute", session_id)

    def on_duty(self, conn: Connection) -> None:
        if conn.role == ROLE_MODERATOR and conn.alias:
            self.mods.go_on_duty(OnDuty(conn.id, conn.alias, conn.role, conn.expires_s))

    # ---- alerts and reports ------------------------------------------------------------
    def alert(
        self, room: str, level: str, message_id: str | None, alias: str | None, **extra: Any
    ) -> None:
        """Tell every on-duty moderator at once."""
        frame = encode(events.alert(room, level, message_id, alias, **extra))
        gone = self.gateway.fan_out(
            [(d.connection_id, frame) for d in self.mods.on_duty(self.clock.now_ms() // 1000)]
        )
        for cid in gone:
            self.mods.go_off_duty(cid)
        metrics_count("Alerts")

    def report(self, conn: Connection, cmd: Report) -> bool:
        """Store a report with a snapshot of the message; False if this person already did."""
        msg = self.store.get_message(cmd.room, cmd.message_id)
        if msg is None:
            raise NotFound("That message no longer exists.")
        now = self.clock.now_ms()
        record = ReportRecord(
            cmd.room,
            msg.id,
            msg.alias,
            msg.text,
            conn.alias or "",
            conn.session_id or "",
            cmd.reason,
            now,
        )
        if not self.mods.put_report(record, now // 1000 + REPORT_TTL_S):
            return False
        extra = {"reason": cmd.reason} if cmd.reason else {}
        self.alert(cmd.room, "report", msg.id, msg.alias, **extra)
        return True

    def list_reports(self, conn: Connection) -> list[dict[str, Any]]:
        self._require_moderator(conn)
        return [_report_wire(r) for r in self.mods.list_reports()]

    # ---- mod actions -------------------------------------------------------------------
    def moderate(self, conn: Connection, cmd: Mod, drop: Drop) -> dict[str, Any]:
        """Carry out one `mod` op; returns extra fields for the `moderated` acknowledgement."""
        self._require_moderator(conn)
        room = self.store.get_room(cmd.room)
        if room is None:
            raise NotFound("There is no room with that id.")
        ops: dict[str, Callable[[Connection, Mod, Room, Drop], dict[str, Any]]] = {
            "mute": self._mute,
            "unmute": self._unmute,
            "kick": self._kick,
            "ban": self._ban,
            "delete": self._delete,
            "slow": self._room_state,
            "lock": self._room_state,
            "unlock": self._room_state,
            "pin": self._room_state,
        }
        result = ops[cmd.op](conn, cmd, room, drop)
        now = self.clock.now_ms()
        target = cmd.alias or cmd.message_id or ""
        detail = ",".join(f"{k}={v}" for k, v in result.items() if k != "text")
        self.mods.audit(
            AuditEntry(now, conn.alias or "", cmd.op, room.id, target, detail),
            now // 1000 + AUDIT_TTL_S,
        )
        metrics_count(f"Mod_{cmd.op}")
        return result

    def _require_moderator(self, conn: Connection) -> None:
        if conn.role != ROLE_MODERATOR:
            raise Forbidden("Only moderators can do that.")

    def _target(self, room: Room, alias: str | None) -> Member:
        if not alias:
            raise InvalidField("Say whose alias this is for.", field="alias")
        found = next((m for m in self.store.list_members(room.id) if m.alias == alias), None)
        if found is None:
            raise NotInRoom("No one with that alias is in this room.")
        return found

    def _mute(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        target = self._target(room, cmd.alias)
        until = self.clock.now_ms() + (cmd.duration_s or DEFAULT_MUTE_S) * 1000
        self.mods.put_sanction("mute", target.session_id, until)
        self.store.set_connection_fields(target.connection_id, muted_until_ms=until)
        err = events.error(
            "muted",
            "A moderator has paused your messages for a while.",
            None,
            retry_after_ms=until - self.clock.now_ms(),
        )
        self.gateway.send(target.connection_id, encode(err))
        return {"alias": target.alias, "until": until}

    def _unmute(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        target = self._target(room, cmd.alias)
        self.mods.clear_sanction("mute", target.session_id)
        self.store.set_connection_fields(target.connection_id, muted_until_ms=0)
        return {"alias": target.alias}

    def _kick(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        target = self._target(room, cmd.alias)
        if self.store.remove_member(room.id, target.connection_id, target.role):
            self.gateway.send(
                target.connection_id,
                encode({**events.left(room.id, None), "reason": "removed_by_moderator"}),
            )
            members = self.store.list_members(room.id)
            frame = encode(
                events.presence(room.id, target.alias, "left", len(members), target.role)
            )
            self.gateway.fan_out([(m.connection_id, frame) for m in members])
        return {"alias": target.alias}

    def _ban(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        target = self._target(room, cmd.alias)
        until = self.clock.now_ms() + (cmd.duration_s or DEFAULT_BAN_S) * 1000
        self.mods.put_sanction("ban", target.session_id, until)
        target_conn = self.store.get_connection(target.connection_id)
        if target_conn is not None and target_conn.device:
            self.mods.put_sanction("ban", f"device#{target_conn.device}", until)
        err = events.error("banned", Banned.default_message, None)
        self.gateway.send(target.connection_id, encode(err))
        drop(target.connection_id, room.id)
        return {"alias": target.alias, "until": until}

    def _delete(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        if not cmd.message_id:
            raise InvalidField("Say which message to delete.", field="message_id")
        if not self.store.delete_message(room.id, cmd.message_id):
            raise NotFound("That message no longer exists.")
        frame = encode(events.deleted(room.id, cmd.message_id))
        self.gateway.fan_out([(m.connection_id, frame) for m in self.store.list_members(room.id)])
        return {"message_id": cmd.message_id}

    def _room_state(self, conn: Connection, cmd: Mod, room: Room, drop: Drop) -> dict[str, Any]:
        state: dict[str, Any]
        if cmd.op == "slow":
            if cmd.seconds is None:
                raise InvalidField("Say how many seconds between messages.", field="seconds")
            state = {"slow_s": cmd.seconds}
        elif cmd.op in ("lock", "unlock"):
            state = {"locked": cmd.op == "lock"}
        else:
            pin = {k: v for k, v in (("text", cmd.text), ("url", cmd.url)) if v}
            state = {"pinned": pin or None}
        self.store.set_room_state(room.id, **state)
        updated = replace(room, **state)
        frame = encode(events.room_update(updated))
        self.gateway.fan_out([(m.connection_id, frame) for m in self.store.list_members(room.id)])
        return {k: v for k, v in state.items() if v is not None and k != "pinned"}


def _report_wire(r: ReportRecord) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "room": r.room,
        "message_id": r.message_id,
        "alias": r.message_alias,
        "text": r.message_text,
        "reporter": r.reporter_alias,
        "ts": r.ts,
    }
    if r.reason:
        wire["reason"] = r.reason
    return wire
