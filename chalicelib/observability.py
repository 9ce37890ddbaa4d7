"""Logging and metrics (Powertools). Never log message text, IPs, user agents or tokens."""

from __future__ import annotations

import hashlib
import os

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

logger = Logger(service="hearth")
metrics = Metrics(namespace="Hearth", service="hearth")
# Outside Lambda (tests, devserver) metrics are counted but not printed as EMF lines.
_EMIT = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))


def hash_id(connection_id: str) -> str:
    """A short, stable, non-reversible tag for a connection id (for correlating logs only)."""
    return hashlib.sha256(connection_id.encode("utf-8")).hexdigest()[:12]


def metrics_count(name: str, value: float = 1, unit: MetricUnit = MetricUnit.Count) -> None:
    metrics.add_metric(name=name, unit=unit, value=value)


def flush_metrics() -> None:
    """Emit (in Lambda) or drop (elsewhere) the metrics gathered for one event."""
    if _EMIT:
        metrics.flush_metrics(raise_on_empty_metrics=False)
    else:
        metrics.clear_metrics()
