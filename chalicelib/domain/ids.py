"""Identifiers: message ids sort by time, so a message's id is also its history sort key."""

from __future__ import annotations

import secrets


def message_id(ts_ms: int) -> str:
    """'<13-digit ms timestamp>-<8 hex>': unique, time-ordered, reveals nothing but `ts`."""
    return f"{ts_ms:013d}-{secrets.token_hex(4)}"


def history_floor(since_ms: int) -> str:
    """Smallest sort key after `since_ms` (message ids compare as strings)."""
    return f"{since_ms:013d}~"  # "~" sorts after "-", so ids at exactly since_ms are excluded
