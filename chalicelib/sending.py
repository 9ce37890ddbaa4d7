"""The `send` path: checks, safety screening, one guarded write, fan-out, crisis follow-up.

DynamoDB cost per send: GetItem (connection, in dispatch) + Query (room members) + one
TransactWriteItems (message, idempotency key, room open/locked check, slow-mode and flood-bucket
updates). Crisis follow-ups (support, alerts) add requests only when they happen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from chalicelib import events
from chalicelib.domain.ids import message_id
from chalicelib.domain.model import ROLE_MODERATOR, Connection, Member, Message, SendGuard
from chalicelib.domain.ratelimit import Bucket
from chalicelib.domain.safety.crisis import CrisisAssessment
from chalicelib.errors import (
    ContactInfo,
    GuidelinesRequired,
    HarmfulContent,
    Muted,
    NotInRoom,
    RateLimited,
    RoomClosed,
)
from chalicelib.moderation import ModerationDesk
from chalicelib.observability import metrics_count
from chalicelib.protocol import Send, encode

if TYPE_CHECKING:
    from chalicelib.service import Deps

Reply = Callable[[str, dict[str, Any]], None]
FanOut = Callable[[list[tuple[str, bytes]], str], None]
CONFLICT_RETRY_MS = 300
ROOM_CLOSED_ON_SEND = "This room is closed right now, so your message wasn't posted."


class Sender:
    def __init__(self, deps: Deps, desk: ModerationDesk, reply: Reply, fan_out: FanOut) -> None:
        self.deps, self.desk, self.reply, self.fan_out = deps, desk, reply, fan_out

    def send(self, conn: Connection, cmd: Send, ref: str | None) -> None:
        members = self.deps.store.list_members(cmd.room)
        me = next((m for m in members if m.connection_id == conn.id), None)
        if me is None:
            raise NotInRoom()
        if not conn.accepted_guidelines:
            raise GuidelinesRequired()
        now = self.deps.clock.now_ms()
        guard = self._guard(conn, me, now)
        msg = Message(
            cmd.room,
            message_id(now),
            me.alias,
            cmd.text,
            now,
            cmd.client_id,
            conn.session_id or "",
            conn.role,
        )
        try:
            assessment = self.deps.safety.screen(cmd.text, [m.alias for m in members])
        except (ContactInfo, HarmfulContent):
            # Not posted, but a cry for help beside a phone number is still one: the writer gets
            # support and moderators an alert with the words (the room never sees them).
            blocked = self.deps.safety.assess(cmd.text)
            if blocked.level != "none":
                self._follow_up(conn, msg, blocked, withheld=True)
            raise
        if assessment.method_detail:
            self._follow_up(conn, msg, assessment, withheld=True)  # moderators only
            return
        dedup = f"{conn.session_id}#{cmd.room}#{cmd.client_id}" if cmd.client_id else None
        expires = now // 1000 + me.retention_hours * 3600
        outcome = self.deps.store.put_message(msg, dedup, expires, guard)
        if outcome == "duplicate":
            metrics_count("DuplicatesAbsorbed")
            return
        if outcome == "room_closed":
            raise RoomClosed(ROOM_CLOSED_ON_SEND)
        if outcome != "stored":  # someone else spent from the same bucket at the same moment
            raise RateLimited(retry_after_ms=CONFLICT_RETRY_MS)
        self.deliver(msg, members, conn.id, ref)
        if assessment.level != "none":
            self._follow_up(conn, msg, assessment, withheld=False)

    def _guard(self, conn: Connection, me: Member, now: int) -> SendGuard:
        """Mute, slow mode and flood bucket, checked now and re-checked atomically on write."""
        if conn.muted_until_ms > now:
            raise Muted(retry_after_ms=conn.muted_until_ms - now)
        is_mod = conn.role == ROLE_MODERATOR
        if not is_mod and me.slow_s and me.last_sent_ms is not None:
            wait = me.last_sent_ms + me.slow_s * 1000 - now
            if wait > 0:
                raise RateLimited(
                    f"This room is in slow mode: one message every {me.slow_s} seconds.",
                    retry_after_ms=wait,
                )
        before = (
            Bucket(conn.bucket_tokens, conn.bucket_ms)
            if conn.bucket_tokens is not None and conn.bucket_ms is not None
            else None
        )
        bucket, wait = self.deps.bucket.take(before, now)
        if wait and not is_mod:
            raise RateLimited(retry_after_ms=wait)
        return SendGuard(conn.id, bucket.tokens, conn.bucket_ms, me.last_sent_ms, is_mod)

    def deliver(self, msg: Message, members: list[Member], sender: str, ref: str | None) -> None:
        """Fan a stored message out to every member; the sender's copy echoes its `ref`."""
        plain = encode(events.message_event(msg))
        own = encode(events.message_event(msg, ref)) if ref else plain
        posts = [(m.connection_id, own if m.connection_id == sender else plain) for m in members]
        metrics_count("MessagesSent")
        metrics_count("FanOutSize", len(posts))
        self.fan_out(posts, msg.room)

    def _follow_up(
        self, conn: Connection, msg: Message, a: CrisisAssessment, withheld: bool
    ) -> None:
        """Private support for the sender (rate-limited) and an alert for moderators."""
        metrics_count(f"Crisis_{a.level}")
        safety, now = self.deps.safety, msg.ts
        due = safety.support_due(a.level, now, conn.last_support_ms, conn.last_support_level)
        if due or withheld:
            text = safety.support_text(a)
            self.reply(conn.id, events.support(a.level, text, safety.resources(conn.country)))
            self.deps.store.set_connection_fields(
                conn.id, last_support_ms=now, last_support_level=a.level
            )
        extra: dict[str, Any] = {"signals": list(a.signals)}
        if withheld:  # the room never sees method detail; moderators need it to help
            extra.update(withheld=True, text=msg.text)
        self.desk.alert(msg.room, a.level, None if withheld else msg.id, msg.alias, **extra)
