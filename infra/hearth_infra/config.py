"""Deployment settings read from CDK context (`cdk.json` defaults, `-c key=value` overrides)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

STAGES = ("dev", "prod")
MAX_LAMBDA_TIMEOUT = 29  # API Gateway's integration timeout; a longer Lambda only wastes money
# CloudWatch Logs accepts only these retention periods (days).
VALID_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096)


class ContextReader(Protocol):
    def try_get_context(self, key: str) -> Any: ...


@dataclass(frozen=True)
class HearthConfig:
    """Everything an operator may tune per deployment; defaults keep the idle bill at ~$0."""

    stage: str = "dev"
    lambda_memory_mb: int = 256
    lambda_timeout_seconds: int = 20
    reserved_concurrency: int | None = None  # None = unreserved (no cap, no cost)
    log_retention_days: int = 14
    point_in_time_recovery: bool = False  # opt-in: PITR bills per GB-month
    throttle_rate_per_second: float = 50.0
    throttle_burst: int = 100
    host_web: bool = False

    def __post_init__(self) -> None:
        if self.stage not in STAGES:
            raise ValueError(f"hearth:stage must be one of {STAGES}, got {self.stage!r}")
        if not 1 <= self.lambda_timeout_seconds <= MAX_LAMBDA_TIMEOUT:
            raise ValueError(f"hearth:lambdaTimeoutSeconds must be 1..{MAX_LAMBDA_TIMEOUT}")
        if not 128 <= self.lambda_memory_mb <= 10240:
            raise ValueError("hearth:lambdaMemoryMb must be 128..10240")
        if self.log_retention_days not in VALID_RETENTION_DAYS:
            raise ValueError(f"hearth:logRetentionDays must be one of {VALID_RETENTION_DAYS}")
        if self.reserved_concurrency is not None and self.reserved_concurrency < 1:
            raise ValueError("hearth:reservedConcurrency must be >= 1 (or 0 for unreserved)")

    @property
    def is_production(self) -> bool:
        return self.stage == "prod"

    @property
    def stack_name(self) -> str:
        """Also the Chalice stage name (chalice.cdk uses the enclosing stack's name)."""
        return f"hearth-{self.stage}"

    @classmethod
    def from_context(cls, node: ContextReader) -> HearthConfig:
        """Read `hearth:*` context keys; missing keys take the dataclass defaults."""
        d = cls()
        reserved = _int(node.try_get_context("hearth:reservedConcurrency"), 0)
        return cls(
            stage=str(node.try_get_context("hearth:stage") or d.stage),
            lambda_memory_mb=_int(
                node.try_get_context("hearth:lambdaMemoryMb"), d.lambda_memory_mb
            ),
            lambda_timeout_seconds=_int(
                node.try_get_context("hearth:lambdaTimeoutSeconds"), d.lambda_timeout_seconds
            ),
            reserved_concurrency=reserved or None,
            log_retention_days=_int(
                node.try_get_context("hearth:logRetentionDays"), d.log_retention_days
            ),
            point_in_time_recovery=_bool(node.try_get_context("hearth:pointInTimeRecovery")),
            throttle_rate_per_second=float(
                node.try_get_context("hearth:throttleRatePerSecond") or d.throttle_rate_per_second
            ),
            throttle_burst=_int(node.try_get_context("hearth:throttleBurst"), d.throttle_burst),
            host_web=_bool(node.try_get_context("hearth:hostWeb")),
        )


def _int(value: Any, default: int) -> int:
    return default if value is None or value == "" else int(value)


def _bool(value: Any) -> bool:
    # `-c key=true` arrives as the string "true"; cdk.json gives a real bool.
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)
