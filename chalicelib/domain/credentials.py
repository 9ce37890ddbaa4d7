"""Moderator and listener credentials: '<id>.<secret>', stored only as a salted PBKDF2 hash."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

ITERATIONS = 200_000
ROLES_WITH_CREDENTIALS = ("moderator", "listener")


@dataclass(frozen=True)
class StoredCredential:
    id: str
    role: str
    salt: str
    digest: str
    label: str
    revoked: bool = False


def _digest(secret: str, salt: str) -> str:
    raw = hashlib.pbkdf2_hmac("sha256", secret.encode("utf-8"), bytes.fromhex(salt), ITERATIONS)
    return raw.hex()


def mint(role: str, label: str) -> tuple[str, StoredCredential]:
    """A new credential: the string to hand to the person once, and what the store keeps."""
    if role not in ROLES_WITH_CREDENTIALS:
        raise ValueError(f"role must be one of {ROLES_WITH_CREDENTIALS}")
    cred_id, secret, salt = secrets.token_hex(6), secrets.token_urlsafe(24), secrets.token_hex(16)
    stored = StoredCredential(cred_id, role, salt, _digest(secret, salt), label)
    return f"{cred_id}.{secret}", stored


def split(credential: str) -> tuple[str, str] | None:
    """'<id>.<secret>' → (id, secret); None when it can't be one of ours."""
    cred_id, _, secret = credential.partition(".")
    if not cred_id or not secret or len(cred_id) > 32 or not cred_id.isalnum():
        return None
    return cred_id, secret


def matches(stored: StoredCredential, secret: str) -> bool:
    """Constant-time check of a presented secret against a stored, unrevoked credential."""
    return not stored.revoked and hmac.compare_digest(_digest(secret, stored.salt), stored.digest)
