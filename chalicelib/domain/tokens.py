"""Signed, opaque resume tokens: HMAC-SHA256 over a small JSON payload.

A token carries the anonymous session id, the alias, whether the guidelines were accepted, the
deployment it was issued by, and an expiry. It names no person.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass

TOKEN_LIFETIME_S = 24 * 3600


@dataclass(frozen=True)
class Identity:
    session_id: str
    alias: str
    accepted_guidelines: bool
    expires_s: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_session_id() -> str:
    return secrets.token_urlsafe(16)


class TokenSigner:
    """Issues and verifies resume tokens for one deployment."""

    def __init__(self, secret: bytes, deployment: str) -> None:
        if len(secret) < 16:
            raise ValueError("token secret must be at least 16 bytes")
        self._secret = secret
        self._deployment = deployment

    def _mac(self, payload: str) -> str:
        return _b64(hmac.new(self._secret, payload.encode("ascii"), hashlib.sha256).digest())

    def issue(self, identity: Identity) -> str:
        body = {
            "s": identity.session_id,
            "a": identity.alias,
            "g": identity.accepted_guidelines,
            "d": self._deployment,
            "e": identity.expires_s,
        }
        payload = _b64(json.dumps(body, separators=(",", ":")).encode("utf-8"))
        return f"{payload}.{self._mac(payload)}"

    def verify(self, token: str, now_s: int) -> Identity | None:
        """The identity in a valid token; None for anything forged, tampered, foreign or expired."""
        payload, _, mac = token.partition(".")
        if not payload or not mac or not payload.isascii() or not mac.isascii():
            return None
        if not hmac.compare_digest(self._mac(payload), mac):
            return None
        try:
            body = json.loads(_unb64(payload))
            identity = Identity(str(body["s"]), str(body["a"]), bool(body["g"]), int(body["e"]))
            deployment = body["d"]
        except (ValueError, KeyError, TypeError):
            return None
        if deployment != self._deployment or identity.expires_s <= now_s:
            return None
        return identity
