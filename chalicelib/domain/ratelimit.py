"""Token bucket for flood protection: pure arithmetic on (tokens, last refill time)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bucket:
    tokens: float
    updated_ms: int


@dataclass(frozen=True)
class BucketPolicy:
    capacity: float = 6.0  # a burst of six quick messages
    refill_per_s: float = 0.5  # then one every two seconds

    def take(self, bucket: Bucket | None, now_ms: int) -> tuple[Bucket, int]:
        """Spend one token. Returns the new bucket and 0, or the old one and ms to wait."""
        current = bucket or Bucket(self.capacity, now_ms)
        elapsed_s = max(0, now_ms - current.updated_ms) / 1000
        tokens = min(self.capacity, current.tokens + elapsed_s * self.refill_per_s)
        if tokens >= 1:
            return Bucket(tokens - 1, now_ms), 0
        wait_ms = int((1 - tokens) / self.refill_per_s * 1000) + 1
        return current, wait_ms
