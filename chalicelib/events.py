"""Builders for server → client events (one small function per `type`)."""

from __future__ import annotations

from typing import Any

from chalicelib.domain.model import Message, Room


def _with_ref(event: dict[str, Any], ref: str | None) -> dict[str, Any]:
    if ref is not None:
        event["ref"] = ref
    return event


def room_info(room: Room) -> dict[str, Any]:
    return {
        "id": room.id,
        "name": room.name,
        "topic": room.topic,
        "kind": room.kind,
        "members": room.members,
        "capacity": room.capacity,
        "open": room.open,
    }


def message_event(m: Message, ref: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "message",
        "room": m.room,
        "id": m.id,
        "alias": m.alias,
        "text": m.text,
        "ts": m.ts,
    }
    if m.client_id is not None:
        event["client_id"] = m.client_id
    return _with_ref(event, ref)


def welcome(
    alias: str, token: str, guidelines: str, rooms: list[Room], role: str, ref: str | None
) -> dict[str, Any]:
    return _with_ref(
        {
            "type": "welcome",
            "alias": alias,
            "token": token,
            "guidelines": guidelines,
            "rooms": [room_info(r) for r in rooms],
            "role": role,
        },
        ref,
    )


def rooms(rooms_: list[Room], ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "rooms", "rooms": [room_info(r) for r in rooms_]}, ref)


def joined(
    room: str, alias: str, members: list[str], history: list[Message], ref: str | None
) -> dict[str, Any]:
    return _with_ref(
        {
            "type": "joined",
            "room": room,
            "alias": alias,
            "members": members,
            "history": [message_event(m) for m in history],
        },
        ref,
    )


def left(room: str, ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "left", "room": room}, ref)


def presence(room: str, alias: str, state: str, members: int) -> dict[str, Any]:
    return {"type": "presence", "room": room, "alias": alias, "state": state, "members": members}


def typing(room: str, alias: str) -> dict[str, Any]:
    return {"type": "typing", "room": room, "alias": alias}


def reported(message_id: str, ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "reported", "message_id": message_id}, ref)


def pong(ts: int, ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "pong", "ts": ts}, ref)


def error(code: str, message: str, ref: str | None, **extra: Any) -> dict[str, Any]:
    return _with_ref({"type": "error", "code": code, "message": message, **extra}, ref)
