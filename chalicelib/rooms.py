"""The deployment's rooms file (chalicelib/config/rooms.json): load, validate, seed the store."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from chalicelib.domain.model import Room
from chalicelib.ports import Store
from chalicelib.settings import DEFAULT_ROOMS_FILE

ROOM_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


def room_from_config(entry: dict[str, Any]) -> Room:
    """One rooms.json entry → Room; raises ValueError naming the bad field."""
    room_id = entry.get("id")
    if not isinstance(room_id, str) or not ROOM_ID.match(room_id):
        raise ValueError(f"room id {room_id!r}: use lowercase letters, digits and '-'")
    kind = entry.get("kind", "peer")
    if kind not in ("peer", "moderated"):
        raise ValueError(f"room {room_id}: kind must be 'peer' or 'moderated'")
    capacity, retention = entry.get("capacity"), entry.get("retention_hours", 24)
    if not isinstance(capacity, int) or not 1 <= capacity <= 10_000:
        raise ValueError(f"room {room_id}: capacity must be an integer from 1 to 10000")
    if not isinstance(retention, int) or not 1 <= retention <= 24 * 30:
        raise ValueError(f"room {room_id}: retention_hours must be an integer from 1 to 720")
    name, topic = entry.get("name"), entry.get("topic", "")
    if not isinstance(name, str) or not name.strip() or not isinstance(topic, str):
        raise ValueError(f"room {room_id}: name (and topic) must be text")
    return Room(room_id, name.strip(), topic.strip(), kind, capacity, retention)


def load_rooms(path: Path = DEFAULT_ROOMS_FILE) -> list[Room]:
    """Every room in the rooms file, validated; duplicate ids are an error."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rooms = [room_from_config(e) for e in data["rooms"]]
    ids = [r.id for r in rooms]
    if len(ids) != len(set(ids)):
        raise ValueError("rooms file has duplicate room ids")
    return rooms


def seed_rooms(store: Store, rooms: list[Room]) -> int:
    """Idempotently write room definitions; live member counters are never reset."""
    for room in rooms:
        store.put_room(room)
    return len(rooms)
