"""DynamoDB item <-> domain object conversion, and ClientError helpers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from chalicelib.domain.model import Connection, Member, Message, Room
from chalicelib.errors import Unavailable
from chalicelib.store.schema import TTL_ATTRIBUTE

_ser = TypeSerializer()
_de = TypeDeserializer()
RETRYABLE = {
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "InternalServerError",
    "ServiceUnavailable",
    "TransactionConflictException",
}


def item(values: dict[str, Any]) -> dict[str, Any]:
    """Plain dict → DynamoDB attribute values; None values are left out."""
    return {k: _ser.serialize(_num(v)) for k, v in values.items() if v is not None}


def _num(v: Any) -> Any:
    return Decimal(repr(v)) if isinstance(v, float) else v


def plain(raw: dict[str, Any]) -> dict[str, Any]:
    """DynamoDB attribute values → plain dict (integral numbers as int, others as float)."""
    out = {k: _de.deserialize(v) for k, v in raw.items()}
    return {k: _py_num(v) for k, v in out.items()}


def _py_num(v: Any) -> Any:
    if isinstance(v, Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    return v


def code(e: ClientError) -> str:
    return str(e.response.get("Error", {}).get("Code", ""))


def cancel_codes(e: ClientError) -> list[str]:
    return [str(r.get("Code", "None")) for r in e.response.get("CancellationReasons", [])]


def call(client: Any, op: str, **kwargs: Any) -> Any:
    """One DynamoDB call; throttling and service errors become Unavailable."""
    try:
        return getattr(client, op)(**kwargs)
    except ClientError as e:
        if code(e) in RETRYABLE:
            raise Unavailable() from e
        raise


# The attributes `hello` decides (DynamoStore.update_identity writes only these).
IDENTITY_ATTRS = ("session", "alias", "role", "accepted", "muted_until_ms", "country", "device")


def conn_attrs(c: Connection) -> dict[str, Any]:
    return {
        "pk": f"conn#{c.id}",
        "connected_ms": c.connected_ms,
        "session": c.session_id,
        "alias": c.alias,
        "role": c.role,
        "rooms": set(c.rooms) or None,
        "accepted": c.accepted_guidelines,
        "muted_until_ms": c.muted_until_ms or None,
        "bucket_tokens": c.bucket_tokens,
        "bucket_ms": c.bucket_ms,
        "last_support_ms": c.last_support_ms or None,
        "last_support_level": c.last_support_level or None,
        "last_typing_ms": c.last_typing_ms or None,
        "country": c.country,
        "credential_failures": c.credential_failures or None,
        "device": c.device,
        TTL_ATTRIBUTE: c.expires_s,
    }


def conn_from(i: dict[str, Any]) -> Connection:
    return Connection(
        id=str(i["pk"]).removeprefix("conn#"),
        connected_ms=int(i.get("connected_ms", 0)),
        expires_s=int(i.get(TTL_ATTRIBUTE, 0)),
        session_id=i.get("session"),
        alias=i.get("alias"),
        role=str(i.get("role", "member")),
        rooms=set(i.get("rooms", set())),
        accepted_guidelines=bool(i.get("accepted", False)),
        muted_until_ms=int(i.get("muted_until_ms", 0)),
        bucket_tokens=float(i["bucket_tokens"]) if "bucket_tokens" in i else None,
        bucket_ms=int(i["bucket_ms"]) if "bucket_ms" in i else None,
        last_support_ms=int(i.get("last_support_ms", 0)),
        last_support_level=str(i.get("last_support_level", "")),
        last_typing_ms=int(i.get("last_typing_ms", 0)),
        country=i.get("country"),
        credential_failures=int(i.get("credential_failures", 0)),
        device=i.get("device"),
    )


def room_from(i: dict[str, Any]) -> Room:
    pinned = i.get("pinned")
    return Room(
        id=str(i["sk"]),
        name=str(i["name"]),
        topic=str(i.get("topic", "")),
        kind="moderated" if i.get("kind") == "moderated" else "peer",
        capacity=int(i["capacity"]),
        retention_hours=int(i["retention_hours"]),
        members=max(0, int(i.get("members", 0))),
        moderators=max(0, int(i.get("moderators", 0))),
        locked=bool(i.get("locked", False)),
        slow_s=int(i.get("slow_s", 0)),
        pinned={str(k): str(v) for k, v in pinned.items()} if isinstance(pinned, dict) else None,
    )


def member_from(i: dict[str, Any]) -> Member:
    return Member(
        connection_id=str(i["sk"]),
        alias=str(i["alias"]),
        role=str(i.get("role", "member")),
        joined_ms=int(i.get("joined_ms", 0)),
        expires_s=int(i.get(TTL_ATTRIBUTE, 0)),
        session_id=str(i.get("session", "")),
        retention_hours=int(i.get("retention_hours", 24)),
        slow_s=int(i.get("slow_s", 0)),
        last_sent_ms=int(i["last_sent_ms"]) if "last_sent_ms" in i else None,
    )


def message_from(i: dict[str, Any]) -> Message:
    return Message(
        room=str(i["pk"]),
        id=str(i["id"]),
        alias=str(i["alias"]),
        text=str(i["text"]),
        ts=int(i["ts"]),
        client_id=i.get("client_id"),
        session_id=str(i.get("session", "")),
        role=str(i.get("role", "member")),
    )
