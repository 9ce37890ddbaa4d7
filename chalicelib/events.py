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
    if m.role != "member":
        event["role"] = m.role  # moderators and listeners are marked for everyone
    return _with_ref(event, ref)


def welcome(
    alias: str,
    token: str,
    guidelines: str,
    rooms: list[Room],
    role: str,
    resources: list[dict[str, str]],
    ref: str | None,
) -> dict[str, Any]:
    return _with_ref(
        {
            "type": "welcome",
            "alias": alias,
            "token": token,
            "guidelines": guidelines,
            "rooms": [room_info(r) for r in rooms],
            "role": role,
            "resources": resources,
        },
        ref,
    )


def rooms(rooms_: list[Room], ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "rooms", "rooms": [room_info(r) for r in rooms_]}, ref)


def joined(
    room: Room,
    alias: str,
    members: list[str],
    history: list[Message],
    ref: str | None,
    moderators: list[str] | None = None,
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "joined",
        "room": room.id,
        "alias": alias,
        "members": members,
        "history": [message_event(m) for m in history],
        "moderators": moderators or [],
        "room_state": room_update(room),
    }
    return _with_ref(event, ref)


def left(room: str, ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "left", "room": room}, ref)


def presence(
    room: str, alias: str, state: str, members: int, role: str = "member"
) -> dict[str, Any]:
    event: dict[str, Any] = {
        "type": "presence",
        "room": room,
        "alias": alias,
        "state": state,
        "members": members,
    }
    if role != "member":
        event["role"] = role
    return event


def typing(room: str, alias: str) -> dict[str, Any]:
    return {"type": "typing", "room": room, "alias": alias}


def reported(message_id: str, duplicate: bool, ref: str | None) -> dict[str, Any]:
    """`duplicate` is true when this person had already reported that message."""
    return _with_ref({"type": "reported", "message_id": message_id, "duplicate": duplicate}, ref)


def pong(ts: int, ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "pong", "ts": ts}, ref)


def error(code: str, message: str, ref: str | None, **extra: Any) -> dict[str, Any]:
    return _with_ref({"type": "error", "code": code, "message": message, **extra}, ref)


def support(reason: str, text: str, resources: list[dict[str, str]]) -> dict[str, Any]:
    """Private, warm help for the person it is for (never sent to a room)."""
    return {"type": "support", "reason": reason, "text": text, "resources": resources}


def alert(
    room: str, level: str, message_id: str | None, alias: str | None, **extra: Any
) -> dict[str, Any]:
    """For on-duty moderators only: something in `room` needs a human."""
    event: dict[str, Any] = {"type": "alert", "room": room, "level": level}
    if message_id is not None:
        event["message_id"] = message_id
    if alias is not None:
        event["alias"] = alias
    return {**event, **extra}


def deleted(room: str, message_id: str) -> dict[str, Any]:
    return {"type": "deleted", "room": room, "message_id": message_id}


def room_update(room: Room) -> dict[str, Any]:
    return {
        "type": "room_update",
        "room": room.id,
        "open": room.open,
        "locked": room.locked,
        "slow_s": room.slow_s,
        "pinned": room.pinned,
    }


def moderated(op: str, room: str, ref: str | None, **extra: Any) -> dict[str, Any]:
    return _with_ref({"type": "moderated", "op": op, "room": room, **extra}, ref)


def reports(items: list[dict[str, Any]], ref: str | None) -> dict[str, Any]:
    return _with_ref({"type": "reports", "reports": items}, ref)
