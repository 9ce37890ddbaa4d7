"""Use cases: hello, rooms, join, leave, send, typing, report, ping, connect and disconnect.

The service speaks only to ports (Store, Gateway, Clock). Errors a client can cause are raised as
HearthError subclasses and turned into one `error` frame in `handle`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chalicelib import events
from chalicelib.domain.aliases import random_alias
from chalicelib.domain.ids import message_id
from chalicelib.domain.model import CONNECTION_TTL_S, HISTORY_LIMIT, Connection, Member, Message
from chalicelib.domain.tokens import TOKEN_LIFETIME_S, Identity, TokenSigner, new_session_id
from chalicelib.errors import (
    GuidelinesRequired,
    HearthError,
    HelloRequired,
    NotFound,
    NotInRoom,
    RoomFull,
)
from chalicelib.observability import hash_id, logger, metrics_count
from chalicelib.ports import Clock, Gateway, Store
from chalicelib.protocol import (
    Hello,
    Join,
    Leave,
    ListRooms,
    Ping,
    Report,
    Send,
    Typing,
    decode_frame,
    encode,
    extract_ref,
    parse_command,
)

ALIAS_ATTEMPTS = 8


class ChatService:
    """Hearth's chat use cases for one deployment."""

    def __init__(
        self,
        store: Store,
        gateway: Gateway,
        clock: Clock,
        signer: TokenSigner,
        guidelines: str,
        new_alias: Callable[[], str] = random_alias,
    ) -> None:
        self.store = store
        self.gateway = gateway
        self.clock = clock
        self.signer = signer
        self.guidelines = guidelines
        self.new_alias = new_alias

    # ---- entry points ------------------------------------------------------------------
    def connect(self, connection_id: str) -> None:
        """Record a new socket; it has no identity until `hello`."""
        now = self.clock.now_ms()
        conn = Connection(connection_id, now, now // 1000 + CONNECTION_TTL_S)
        self.store.put_connection(conn)

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
        handler = self._handlers().get(type(cmd))
        if handler is None:
            raise NotFound("That action is not available here.")
        handler(conn, cmd, ref)

    def _handlers(self) -> dict[type, Callable[[Connection, Any, str | None], None]]:
        return {
            ListRooms: lambda c, _cmd, ref: self.reply(
                c.id, events.rooms(self.store.list_rooms(), ref)
            ),
            Join: self.join,
            Leave: self.leave,
            Send: self.send,
            Typing: self.typing,
            Report: self.report,
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
        identity = (
            self._restore(cmd.token, now // 1000)
            if not conn.greeted
            else Identity(conn.session_id or "", conn.alias or "", conn.accepted_guidelines, 0)
        )
        if identity is None:
            identity = self._fresh_identity(now // 1000)
        conn.session_id, conn.alias = identity.session_id, identity.alias
        conn.accepted_guidelines = identity.accepted_guidelines or cmd.accept_guidelines
        self.store.put_connection(conn)
        token = self.signer.issue(
            Identity(
                conn.session_id,
                conn.alias,
                conn.accepted_guidelines,
                now // 1000 + TOKEN_LIFETIME_S,
            )
        )
        rooms = self.store.list_rooms()
        self.reply(cid, events.welcome(conn.alias, token, self.guidelines, rooms, conn.role, ref))

    def _restore(self, token: str | None, now_s: int) -> Identity | None:
        if not token:
            return None
        identity = self.signer.verify(token, now_s)
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
            alias = self.new_alias()
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
        now = self.clock.now_ms()
        member = Member(
            conn.id,
            conn.alias or "",
            conn.role,
            now,
            conn.expires_s,
            conn.session_id or "",
            room.retention_hours,
        )
        try:
            added = self.store.add_member(room.id, member, room.capacity, room.retention_hours)
        except RoomFull:
            # Seats held by lost $disconnects expire; reclaim them once before saying no.
            if self.store.repair_room(room.id, now // 1000) >= room.capacity:
                raise
            added = self.store.add_member(room.id, member, room.capacity, room.retention_hours)
        members = self.store.list_members(room.id)
        since = now - room.retention_hours * 3600 * 1000
        history = self.store.recent_messages(room.id, since, HISTORY_LIMIT)
        self.reply(
            conn.id, events.joined(room.id, member.alias, [m.alias for m in members], history, ref)
        )
        if added:
            presence = encode(events.presence(room.id, member.alias, "joined", len(members)))
            self._fan_out(
                [(m.connection_id, presence) for m in members if m.connection_id != conn.id],
                room.id,
            )

    def leave(self, conn: Connection, cmd: Leave, ref: str | None) -> None:
        if not self.store.remove_member(cmd.room, conn.id):
            raise NotInRoom("You're not in that room.")
        self.reply(conn.id, events.left(cmd.room, ref))
        self._announce_left(cmd.room, conn.alias or "")

    def _announce_left(self, room_id: str, alias: str) -> list[str]:
        members = self.store.list_members(room_id)
        frame = encode(events.presence(room_id, alias, "left", len(members)))
        return list(self.gateway.fan_out([(m.connection_id, frame) for m in members]))

    # ---- messages ----------------------------------------------------------------------
    def send(self, conn: Connection, cmd: Send, ref: str | None) -> None:
        members = self.store.list_members(cmd.room)
        me = next((m for m in members if m.connection_id == conn.id), None)
        if me is None:
            raise NotInRoom()
        if not conn.accepted_guidelines:
            raise GuidelinesRequired()
        now = self.clock.now_ms()
        msg = Message(
            cmd.room, message_id(now), me.alias, cmd.text, now, cmd.client_id, conn.session_id or ""
        )
        dedup = f"{conn.session_id}#{cmd.room}#{cmd.client_id}" if cmd.client_id else None
        if not self.store.put_message(msg, dedup, now // 1000 + me.retention_hours * 3600):
            metrics_count("DuplicatesAbsorbed")
            return
        self.deliver(msg, members, conn.id, ref)

    def deliver(self, msg: Message, members: list[Member], sender: str, ref: str | None) -> None:
        """Fan a stored message out to every member; the sender's copy echoes its `ref`."""
        plain = encode(events.message_event(msg))
        own = encode(events.message_event(msg, ref)) if ref else plain
        posts = [(m.connection_id, own if m.connection_id == sender else plain) for m in members]
        metrics_count("MessagesSent")
        metrics_count("FanOutSize", len(posts))
        self._fan_out(posts, msg.room)

    def typing(self, conn: Connection, cmd: Typing, ref: str | None) -> None:
        members = self.store.list_members(cmd.room)
        if all(m.connection_id != conn.id for m in members):
            raise NotInRoom()
        frame = encode(events.typing(cmd.room, conn.alias or ""))
        self._fan_out(
            [(m.connection_id, frame) for m in members if m.connection_id != conn.id], cmd.room
        )

    def report(self, conn: Connection, cmd: Report, ref: str | None) -> None:
        if self.store.get_message(cmd.room, cmd.message_id) is None:
            raise NotFound("That message no longer exists.")
        self.reply(conn.id, events.reported(cmd.message_id, ref))

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
            for room_id in sorted(rooms):
                if self.store.remove_member(room_id, cid) and conn and conn.alias:
                    work.extend((g, room_id) for g in self._announce_left(room_id, conn.alias))
            self.store.delete_connection(cid)
            logger.info("connection dropped", extra={"conn": hash_id(cid)})
