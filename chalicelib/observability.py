"""Logging and metrics (Powertools). Never log message text, IPs, user agents or tokens."""

from __future__ import annotations

import hashlib
import os
import threading

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit

logger = Logger(service="hearth")
metrics = Metrics(namespace="Hearth", service="hearth")
# In Lambda each container handles one event at a time, so the shared Metrics object is safe and
# is flushed as EMF after every event. Elsewhere (tests, the devserver's concurrent handlers)
# metrics are only counted in memory, so nothing prints EMF lines or races on a shared buffer.
_EMIT = bool(os.environ.get("AWS_LAMBDA_FUNCTION_NAME"))
local_counts: dict[str, float] = {}
_lock = threading.Lock()


def hash_id(connection_id: str) -> str:
    """A short, stable, non-reversible tag for a connection id (for correlating logs only)."""
    return hashlib.sha256(connection_id.encode("utf-8")).hexdigest()[:12]


def metrics_count(name: str, value: float = 1, unit: MetricUnit = MetricUnit.Count) -> None:
    """Count a metric: EMF in Lambda, an in-memory counter elsewhere."""
    if _EMIT:
        metrics.add_metric(name=name, unit=unit, value=value)
        return
    with _lock:
        local_counts[name] = local_counts.get(name, 0) + value


def flush_metrics() -> None:
    """Emit the metrics gathered for one event (Lambda only)."""
    if _EMIT:
        metrics.flush_metrics(raise_on_empty_metrics=False)
