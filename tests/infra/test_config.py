"""Deployment settings: safe defaults, validated limits, context parsing."""

from __future__ import annotations

from typing import Any

import pytest
from hearth_infra.config import HearthConfig


class FakeNode:
    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context

    def try_get_context(self, key: str) -> Any:
        return self.context.get(key)


def test_defaults_cost_nothing_while_idle() -> None:
    config = HearthConfig.from_context(FakeNode({}))
    assert config.stage == "dev" and config.stack_name == "hearth-dev"
    assert config.reserved_concurrency is None
    assert config.point_in_time_recovery is False
    assert config.host_web is False
    assert config.log_retention_days == 14


def test_cli_strings_are_parsed() -> None:
    # `cdk -c key=value` passes strings
    config = HearthConfig.from_context(
        FakeNode(
            {
                "hearth:stage": "prod",
                "hearth:reservedConcurrency": "25",
                "hearth:pointInTimeRecovery": "true",
                "hearth:hostWeb": "false",
                "hearth:lambdaMemoryMb": "512",
                "hearth:throttleRatePerSecond": "10",
            }
        )
    )
    assert config.is_production and config.stack_name == "hearth-prod"
    assert config.reserved_concurrency == 25
    assert config.point_in_time_recovery is True and config.host_web is False
    assert config.lambda_memory_mb == 512 and config.throttle_rate_per_second == 10.0


def test_zero_reserved_concurrency_means_unreserved() -> None:
    assert (
        HearthConfig.from_context(FakeNode({"hearth:reservedConcurrency": 0})).reserved_concurrency
        is None
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"lambda_timeout_seconds": 30},  # beyond API Gateway's 29 s integration timeout
        {"stage": "staging"},
        {"log_retention_days": 13},  # not a CloudWatch Logs retention value
        {"lambda_memory_mb": 64},
        {"reserved_concurrency": -1},
    ],
)
def test_invalid_settings_are_rejected(bad: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        HearthConfig(**bad)
