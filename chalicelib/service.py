"""Use cases: hello, rooms, join, leave, send, typing, report, moderation, connect, disconnect.

The service speaks only to ports (Store, ModerationStore, Gateway, Clock). Errors a client can
cause are HearthError subclasses, turned into one `error` frame in `handle`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from chalicelib import events
from chalicelib.domain.aliases import random_alias
from chalicelib.domain.model import (
    CONNECTION_TTL_S,
    HISTORY_LIMIT,
    ROLE_MODERATOR,
    Connection,
    Member,
    Message,
    Room,
)
from chalicelib.domain.ratelimit import BucketPolicy
from chalicelib.domain.tokens import TOKEN_LIFETIME_S, Identity, TokenSigner, new_session_id
from chalicelib.errors import (
    HearthError,
    HelloRequired,
    NotFound,
    NotInRoom,
    RoomClosed,
    RoomFull,
)
from chalicelib.moderation import ModerationDesk
from chalicelib.observability import hash_id, logger, metrics_count
from chalicelib.ports import Clock, Gateway, ModerationStore, Store
from chalicelib.protocol import (
    MAX_FRAME_BYTES,
    Hello,
    Join,
    Leave,
    ListReports,
    ListRooms,
    Mod,
    Ping,
    Report,
    Send,
    Typing,
    decode_frame,
    encode,
    extract_ref,
    parse_command,
)
from chalicelib.safety import SafetyPolicy
from chalicelib.sending import Sender

# The web client sends `typing` at most every 3 s while someone types; it shows it for 6 s.
TYPING_INTERVAL_MS = 2_000

ALIAS_ATTEMPTS = 8


def device_tag(device: str) -> str:
    """Store a one-way tag of the client's device id, never the id itself."""
    return hashlib.sha256(device.encode("utf-8")).hexdigest()[:32]


@dataclass
class Deps:
    """Everything the service needs from outside, built once in bootstrap (or by a test)."""

    store: Store
    mods: ModerationStore
    gateway: Gateway
    clock: Clock
    signer: TokenSigner
    guidelines: str
    safety: SafetyPolicy = field(default_factory=SafetyPolicy)
    bucket: BucketPolicy = field(default_factory=BucketPolicy)
    new_alias: Callable[[], str] = random_alias


class ChatService:
    """Hearth's chat use cases for one deployment."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self.store, self.gateway, self.clock = deps.store, deps.gateway, deps.clock
        self.desk = ModerationDesk(deps.store, deps.mods, deps.gateway, deps.clock)
        self.sender = Sender(deps, self.desk, self.reply, self._fan_out)

    # ---- entry points ------------------------------------------------------------------
    def connect(self, connection_id: str) -> None:
        """Record a new socket; it has no identity until `hello`."""
        now = self.clock.now_ms()
        self.store.put_connection(Connection(connection_id, now, now // 1000 + CONNECTION_TTL_S))

    def disconnect(self, connection_id: str) -> None:
        """Remove a socket from every room it was in and tell those rooms."""
        self._drop([(connection_id, None)])

    def handle(self, connection_id: str, body: str | bytes | None) -> None:
        """One client frame in; replies and fan-out go through the gateway."""
        ref: str | None = None
        try:
            frame = decode_frame(body)
            ref = extract_ref(frame)
            self.dispatch(connection_id, parse_command(frame), ref)
        except HearthError as e:
            metrics_count(f"Error_{e.code}")
            self.reply(connection_id, events.error(e.code, e.message, ref, **e.details))

    def dispatch(self, cid: str, cmd: Any, ref: str | None) -> None:
        """Route a parsed command to its use case."""
        if isinstance(cmd, Ping):
            self.reply(cid, events.pong(self.clock.now_ms(), ref))
            return
        if isinstance(cmd, Hello):
            self.hello(cid, cmd, ref)
            return
        conn = self.store.get_connection(cid)
        if conn is None or not conn.greeted:
            raise HelloRequired()
        self._handlers()[type(cmd)](conn, cmd, ref)

    def _handlers(self) -> dict[type, Callable[[Connection, Any, str | None], None]]:
        return {
            ListRooms: lambda c, _, ref: self.reply(
                c.id, events.rooms(self.store.list_rooms(), ref)
            ),
            Join: self.join,
            Leave: self.leave,
            Send: self.sender.send,
            Typing: self.typing,
            Report: self.report,
            Mod: self.moderate,
            ListReports: lambda c, _, ref: self.reply(
                c.id, events.reports(self.desk.list_reports(c), ref)
            ),
        }

    def reply(self, connection_id: str, event: dict[str, Any]) -> None:
        if not self.gateway.send(connection_id, encode(event)):
            self._drop([(connection_id, None)])

    # ---- identity ----------------------------------------------------------------------
    def hello(self, cid: str, cmd: Hello, ref: str | None) -> None:
        now = self.clock.now_ms()
        conn = self.store.get_connection(cid) or Connection(
            cid, now, now // 1000 + CONNECTION_TTL_S
        )
        role = self.desk.role_for(conn, cmd.credential)
        if conn.greeted:
            identity = Identity(
                conn.session_id or "", conn.alias or "", conn.accepted_guidelines, 0
            )
        else:
            identity = self._restore(cmd.token, now // 1000) or self._fresh_identity(now // 1000)
        conn.device = device_tag(cmd.device) if cmd.device else conn.device
        self.desk.check_ban(identity.session_id, conn.device)
        conn.session_id, conn.alias, conn.role = identity.session_id, identity.alias, role
        conn.accepted_guidelines = identity.accepted_guidelines or cmd.accept_guidelines
        conn.muted_until_ms = self.desk.muted_until(identity.session_id)
        conn.country = cmd.country or conn.country
        self.store.update_identity(conn)  # not the whole item: a join may be adding a room
        self.desk.on_duty(conn)
        expires = now // 1000 + TOKEN_LIFETIME_S
        token = self.deps.signer.issue(
            Identity(conn.session_id, conn.alias, conn.accepted_guidelines, expires)
        )
        rooms = self.store.list_rooms()
        resources = self.deps.safety.resources(conn.country)
        self.reply(
            cid,
            events.welcome(
                conn.alias, token, self.deps.guidelines, rooms, conn.role, resources, ref
            ),
        )

    def _restore(self, token: str | None, now_s: int) -> Identity | None:
        if not token:
            return None
        identity = self.deps.signer.verify(token, now_s)
        if identity is None:
            metrics_count("TokensRejected")
            return None
        if not self.store.claim_alias(
            identity.alias, identity.session_id, now_s, now_s + TOKEN_LIFETIME_S
        ):
            return None
        return identity

    def _fresh_identity(self, now_s: int) -> Identity:
        session = new_session_id()
        for attempt in range(ALIAS_ATTEMPTS):
            alias = self.deps.new_alias()
            if attempt == ALIAS_ATTEMPTS - 1:
                alias = f"{alias} {int(session.encode().hex(), 16) % 900 + 100}"
            if self.store.claim_alias(alias, session, now_s, now_s + TOKEN_LIFETIME_S):
                return Identity(session, alias, False, now_s + TOKEN_LIFETIME_S)
        raise HearthError("Could not find a free alias; please try again.")

    # ---- rooms -------------------------------------------------------------------------
    def join(self, conn: Connection, cmd: Join, ref: str | None) -> None:
        room = self.store.get_room(cmd.room)
        if room is None:
            raise NotFound("There is no room with that id.")
        is_mod = conn.role == ROLE_MODERATOR
        if not room.open and not is_mod:
            raise self._closed(room)
        now = self.clock.now_ms()
        member = Member(
            conn.id,
            conn.alias or "",
            conn.role,
            now,
            conn.expires_s,
            conn.session_id or "",
            room.retention_hours,
            room.slow_s,
        )
        added = self._take_seat(room, member, now)
        members = self.store.list_members(room.id)
        mods = sum(1 for m in members if m.role == ROLE_MODERATOR)
        room_now = replace(room, members=len(members), moderators=mods)
        since = now - room.retention_hours * 3600 * 1000
        history = self.store.recent_messages(room.id, since, HISTORY_LIMIT)
        self.reply(conn.id, self._joined_frame(room_now, member.alias, members, history, ref))
        if not added:
            return
        others = [m.connection_id for m in members if m.connection_id != conn.id]
        presence = encode(events.presence(room.id, member.alias, "joined", len(members), conn.role))
        if is_mod and not room.open and room_now.open:  # the session opens: everyone sees it
            opened = encode(events.room_update(room_now))
            self._fan_out([(c, opened) for c in others], room.id)
        self._fan_out([(c, presence) for c in others], room.id)

    def _take_seat(self, room: Room, member: Member, now: int) -> bool:
        try:
            return self.store.add_member(room.id, member, room.capacity, room.retention_hours)
        except RoomFull:
            # Seats held by lost $disconnects expire; reclaim them once before saying no.
            if self.store.repair_room(room.id, now // 1000) >= room.capacity:
                raise
            return self.store.add_member(room.id, member, room.capacity, room.retention_hours)

    def _closed(self, room: Room) -> RoomClosed:
        peer = [r.id for r in self.store.list_rooms() if r.kind == "peer" and r.open]
        why = "locked by a moderator" if room.locked else "open only while a moderator is here"
        return RoomClosed(
            f"{room.name} is {why}. The peer rooms are open, and help is always one step away.",
            open_rooms=peer,
            resources=self.deps.safety.resources(),
        )

    @staticmethod
    def _joined_frame(
        room: Room, alias: str, members: list[Member], history: list[Message], ref: str | None
    ) -> dict[str, Any]:
        """`joined`, dropping the oldest history until the frame fits the 16 KiB frame limit."""
        aliases = [m.alias for m in members]
        mods = [m.alias for m in members if m.role == ROLE_MODERATOR]
        while True:
            frame = events.joined(room, alias, aliases, history, ref, mods)
            if not history or len(encode(frame)) <= MAX_FRAME_BYTES:
                return frame
            history = history[1:]

    def leave(self, conn: Connection, cmd: Leave, ref: str | None) -> None:
        if not self.store.remove_member(cmd.room, conn.id, conn.role):
            raise NotInRoom("You're not in that room.")
        self.reply(conn.id, events.left(cmd.room, ref))
        gone = self._announce_left(cmd.room, conn.alias or "", conn.role)
        if gone:
            self._drop([(cid, cmd.room) for cid in gone])

    def _announce_left(self, room_id: str, alias: str, role: str) -> list[str]:
        """Tell a room someone left; if the last moderator left, tell it the session closed."""
        members = self.store.list_members(room_id)
        posts = []
        if role == ROLE_MODERATOR:
            room = self.store.get_room(room_id)
            if room is not None and not room.open:
                closed = encode(events.room_update(room))
                posts += [(m.connection_id, closed) for m in members]
        frame = encode(events.presence(room_id, alias, "left", len(members), role))
        posts += [(m.connection_id, frame) for m in members]
        return list(self.gateway.fan_out(posts))

    # ---- other actions -----------------------------------------------------------------
    def typing(self, conn: Connection, cmd: Typing, ref: str | None) -> None:
        """Tell the room; at most once per TYPING_INTERVAL_MS per connection (extra frames
        are dropped quietly: a hint, not a message, and no reason to fan out a flood)."""
        now = self.clock.now_ms()
        if now - conn.last_typing_ms < TYPING_INTERVAL_MS:
            return
        self.store.set_connection_fields(conn.id, last_typing_ms=now)
        # The membership items decide, as for `send`.
        members = self.store.list_members(cmd.room)
        if all(m.connection_id != conn.id for m in members):
            raise NotInRoom()
        frame = encode(events.typing(cmd.room, conn.alias or ""))
        posts = [(m.connection_id, frame) for m in members if m.connection_id != conn.id]
        self._fan_out(posts, cmd.room)

    def report(self, conn: Connection, cmd: Report, ref: str | None) -> None:
        first = self.desk.report(conn, cmd)
        self.reply(conn.id, events.reported(cmd.message_id, not first, ref))

    def moderate(self, conn: Connection, cmd: Mod, ref: str | None) -> None:
        result = self.desk.moderate(conn, cmd, lambda cid, room: self._drop([(cid, room)]))
        self.reply(conn.id, events.moderated(cmd.op, cmd.room, ref, **result))

    # ---- cleanup -----------------------------------------------------------------------
    def _fan_out(self, posts: list[tuple[str, bytes]], room_id: str) -> None:
        gone = self.gateway.fan_out(posts)
        if gone:
            self._drop([(cid, room_id) for cid in gone])

    def _drop(self, work: list[tuple[str, str | None]]) -> None:
        """Remove gone connections; telling a room may find more gone members, so loop."""
        seen: set[str] = set()
        while work:
            cid, known_room = work.pop()
            if cid in seen:
                continue
            seen.add(cid)
            metrics_count("ConnectionsDropped")
            conn = self.store.get_connection(cid)
            rooms = set(conn.rooms) if conn else set()
            if known_room:
                rooms.add(known_room)
            role = conn.role if conn else "member"
            for room_id in sorted(rooms):
                if self.store.remove_member(room_id, cid, role) and conn and conn.alias:
                    work.extend(
                        (g, room_id) for g in self._announce_left(room_id, conn.alias, role)
                    )
            if role == ROLE_MODERATOR:
                self.deps.mods.go_off_duty(cid)
            self.store.delete_connection(cid)
            logger.info("connection dropped", extra={"conn": hash_id(cid)})
