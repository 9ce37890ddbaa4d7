"""Wire protocol: parse client frames into typed commands, build server events.

Every parse failure raises a HearthError subclass with a stable code; the runtime maps it to an
`error` frame. See docs/asyncapi.yaml for the full contract.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from chalicelib.errors import BadFrame, BadJson, FrameTooLarge, InvalidField, TooLong, UnknownAction

MAX_FRAME_BYTES = 16 * 1024
MAX_REF = 64
MAX_CLIENT_ID = 64
MAX_ID = 64
MAX_TEXT = 2000
MAX_REASON = 500
MAX_TOKEN = 1024
MAX_CREDENTIAL = 256
ALLOWED_CONTROL = {"\n"}


@dataclass(frozen=True)
class Hello:
    token: str | None = None
    accept_guidelines: bool = False
    credential: str | None = None
    country: str | None = None  # ISO 3166 alpha-2, only to pick helplines
    device: str | None = None  # random id a client keeps across tabs, so bans outlive a tab


@dataclass(frozen=True)
class ListRooms:
    pass


@dataclass(frozen=True)
class Join:
    room: str


@dataclass(frozen=True)
class Leave:
    room: str


@dataclass(frozen=True)
class Send:
    room: str
    text: str
    client_id: str | None = None


@dataclass(frozen=True)
class Typing:
    room: str


@dataclass(frozen=True)
class Report:
    room: str
    message_id: str
    reason: str | None = None


@dataclass(frozen=True)
class Ping:
    pass


MOD_OPS = ("mute", "unmute", "kick", "ban", "delete", "slow", "lock", "unlock", "pin")
MAX_DURATION_S = 30 * 24 * 3600
MAX_PIN = 500
MAX_URL = 300


@dataclass(frozen=True)
class Mod:
    """A moderator action (issue 4): which fields matter depends on `op`."""

    op: str
    room: str
    alias: str | None = None
    message_id: str | None = None
    duration_s: int | None = None
    seconds: int | None = None
    text: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class ListReports:
    pass


Command = Hello | ListRooms | Join | Leave | Send | Typing | Report | Ping | Mod | ListReports


def decode_frame(body: str | bytes | None) -> dict[str, Any]:
    """Bytes/str → JSON object, enforcing the frame size limit."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else (body or b"")
    if len(raw) > MAX_FRAME_BYTES:
        raise FrameTooLarge()
    try:
        obj = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as e:
        raise BadJson() from e
    if not isinstance(obj, dict):
        raise BadFrame("Frames must be JSON objects.")
    return obj


def extract_ref(frame: dict[str, Any]) -> str | None:
    """The client's `ref`, if it is a valid one; an invalid ref is simply not echoed."""
    ref = frame.get("ref")
    if isinstance(ref, str) and 0 < len(ref) <= MAX_REF:
        return ref
    return None


def _str(frame: dict[str, Any], name: str, limit: int, required: bool = True) -> str | None:
    value = frame.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or (required and not value):
        raise InvalidField(f"'{name}' must be a non-empty string.", field=name)
    if len(value) > limit:
        raise TooLong(f"'{name}' must be at most {limit} characters.", field=name)
    return value


def _req(frame: dict[str, Any], name: str, limit: int) -> str:
    value = _str(frame, name, limit)
    assert value is not None  # _str raises for a missing required field
    return value


def clean_text(text: str) -> str:
    """Trim and check message text: 1–2000 characters, no control characters but newline."""
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise InvalidField("Messages can't be empty.", field="text")
    if len(text) > MAX_TEXT:
        raise TooLong(f"Messages can be at most {MAX_TEXT} characters.", field="text")
    if any((ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in ALLOWED_CONTROL for c in text):
        raise InvalidField("Messages can't contain control characters.", field="text")
    return text


def _hello(f: dict[str, Any]) -> Command:
    accept = f.get("accept_guidelines", False)
    if not isinstance(accept, bool):
        raise InvalidField("'accept_guidelines' must be true or false.", field="accept_guidelines")
    return Hello(
        token=_str(f, "token", MAX_TOKEN, required=False),
        accept_guidelines=accept,
        credential=_str(f, "credential", MAX_CREDENTIAL, required=False),
        country=_country(f),
        device=_device(f),
    )


def _device(f: dict[str, Any]) -> str | None:
    value = _str(f, "device", MAX_ID, required=False)
    if value is not None and (len(value) < 16 or not all(c.isalnum() or c in "-_" for c in value)):
        raise InvalidField("'device' must be 16-64 letters, digits, '-' or '_'.", field="device")
    return value


def _country(f: dict[str, Any]) -> str | None:
    value = _str(f, "country", 2, required=False)
    if value is not None and not (len(value) == 2 and value.isascii() and value.isalpha()):
        raise InvalidField("'country' must be a two-letter country code.", field="country")
    return value.upper() if value else None


def _send(f: dict[str, Any]) -> Command:
    text = f.get("text")
    if not isinstance(text, str):
        raise InvalidField("'text' must be a string.", field="text")
    return Send(
        room=_req(f, "room", MAX_ID),
        text=clean_text(text),
        client_id=_str(f, "client_id", MAX_CLIENT_ID, required=False),
    )


def _report(f: dict[str, Any]) -> Command:
    return Report(
        room=_req(f, "room", MAX_ID),
        message_id=_req(f, "message_id", MAX_ID),
        reason=_str(f, "reason", MAX_REASON, required=False),
    )


def _int(f: dict[str, Any], name: str, low: int, high: int) -> int | None:
    value = f.get(name)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InvalidField(f"'{name}' must be a whole number from {low} to {high}.", field=name)
    return value


def _mod(f: dict[str, Any]) -> Command:
    op = f.get("op")
    if op not in MOD_OPS:
        raise InvalidField(f"'op' must be one of: {', '.join(MOD_OPS)}.", field="op")
    url = _str(f, "url", MAX_URL, required=False)
    if url is not None and not url.startswith("https://"):
        raise InvalidField("Pinned links must start with https://.", field="url")
    text = _str(f, "text", MAX_PIN, required=False)
    return Mod(
        op=str(op),
        room=_req(f, "room", MAX_ID),
        alias=_str(f, "alias", MAX_ID, required=False),
        message_id=_str(f, "message_id", MAX_ID, required=False),
        duration_s=_int(f, "duration_s", 1, MAX_DURATION_S),
        seconds=_int(f, "seconds", 0, 3600),
        text=clean_text(text) if text is not None else None,
        url=url,
    )


_PARSERS: dict[str, Callable[[dict[str, Any]], Command]] = {
    "hello": _hello,
    "list_rooms": lambda f: ListRooms(),
    "join": lambda f: Join(room=_req(f, "room", MAX_ID)),
    "leave": lambda f: Leave(room=_req(f, "room", MAX_ID)),
    "send": _send,
    "typing": lambda f: Typing(room=_req(f, "room", MAX_ID)),
    "report": _report,
    "ping": lambda f: Ping(),
    "mod": _mod,
    "list_reports": lambda f: ListReports(),
}


def parse_command(frame: dict[str, Any]) -> Any:
    """JSON object → typed command."""
    action = frame.get("action")
    if not isinstance(action, str):
        raise BadFrame("Every frame needs an 'action' string.")
    parser = _PARSERS.get(action)
    if parser is None:
        raise UnknownAction(f"Unknown action '{action[:32]}'.")
    return parser(frame)


def encode(event: dict[str, Any]) -> bytes:
    """Server event → compact UTF-8 JSON bytes."""
    return json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
