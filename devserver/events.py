"""Lambda event dicts shaped exactly like API Gateway WebSocket events."""

from __future__ import annotations

import base64
import hashlib
import secrets
import string
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

_ID_ALPHABET = string.ascii_letters + string.digits


def new_id() -> str:
    """An id in API Gateway's format: 15 base64-ish characters and '=' ('AbCdEfGhIjKlMnO=').

    Real ids are base64 of 11 bytes; we avoid '+' and '/' so ids are URL-path safe.
    """
    return "".join(secrets.choice(_ID_ALPHABET) for _ in range(15)) + "="


def hashed(connection_id: str) -> str:
    """Short stable digest of a connection id: what logs may show instead of the id."""
    return hashlib.sha256(connection_id.encode()).hexdigest()[:12]


def now_ms() -> int:
    """Milliseconds since the Unix epoch."""
    return time.time_ns() // 1_000_000


def request_time(epoch_ms: int) -> str:
    """API Gateway's requestTime format, e.g. '09/Feb/2024:12:00:00 +0000'."""
    return datetime.fromtimestamp(epoch_ms / 1000, UTC).strftime("%d/%b/%Y:%H:%M:%S +0000")


@dataclass(frozen=True)
class Peer:
    """What API Gateway knows about one socket, fixed at connect time."""

    connection_id: str
    connected_at: int
    source_ip: str
    user_agent: str
    api_id: str
    stage: str
    domain_name: str
    headers: list[tuple[str, str]] = field(default_factory=list)
    query: list[tuple[str, str]] = field(default_factory=list)


def _request_context(peer: Peer, route: str, event_type: str) -> dict[str, Any]:
    t = now_ms()
    request_id = new_id()
    return {
        "routeKey": route,
        "eventType": event_type,
        "extendedRequestId": request_id,
        "requestTime": request_time(t),
        "messageDirection": "IN",
        "stage": peer.stage,
        "connectedAt": peer.connected_at,
        "requestTimeEpoch": t,
        "identity": {"userAgent": peer.user_agent, "sourceIp": peer.source_ip},
        "requestId": request_id,
        "domainName": peer.domain_name,
        "connectionId": peer.connection_id,
        "apiId": peer.api_id,
    }


def _single_and_multi(
    pairs: Iterable[tuple[str, str]],
) -> tuple[dict[str, str], dict[str, list[str]]]:
    single: dict[str, str] = {}
    multi: dict[str, list[str]] = {}
    for name, value in pairs:
        single[name] = value  # like API Gateway, the last value wins in the single map
        multi.setdefault(name, []).append(value)
    return single, multi


def connect_event(peer: Peer) -> dict[str, Any]:
    """The `$connect` event: handshake headers and query string included."""
    headers, multi_headers = _single_and_multi(peer.headers)
    event: dict[str, Any] = {
        "headers": headers,
        "multiValueHeaders": multi_headers,
        "requestContext": _request_context(peer, "$connect", "CONNECT"),
        "isBase64Encoded": False,
    }
    if peer.query:
        query, multi_query = _single_and_multi(peer.query)
        event["queryStringParameters"] = query
        event["multiValueQueryStringParameters"] = multi_query
    return event


def message_event(peer: Peer, data: str | bytes) -> dict[str, Any]:
    """The `$default` event for one client frame; binary frames arrive base64-encoded."""
    context = _request_context(peer, "$default", "MESSAGE")
    context["messageId"] = new_id()
    if isinstance(data, bytes):
        return {
            "requestContext": context,
            "body": base64.b64encode(data).decode("ascii"),
            "isBase64Encoded": True,
        }
    return {"requestContext": context, "body": data, "isBase64Encoded": False}


def disconnect_event(peer: Peer, status_code: int, reason: str) -> dict[str, Any]:
    """The `$disconnect` event, with the close code and reason API Gateway saw."""
    context = _request_context(peer, "$disconnect", "DISCONNECT")
    context["disconnectStatusCode"] = status_code
    context["disconnectReason"] = reason
    headers = {
        "Host": peer.domain_name,
        "x-api-key": "",
        "X-Forwarded-For": "",
        "x-restapi": "",
    }
    return {
        "headers": headers,
        "multiValueHeaders": {k: [v] for k, v in headers.items()},
        "requestContext": context,
        "isBase64Encoded": False,
    }
