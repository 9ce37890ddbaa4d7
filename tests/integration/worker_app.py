"""A minimal app for the devserver's Lambda worker processes (test_devserver_workers.py):
plain module-level handlers, importable by name in another process, as `app` is."""

from __future__ import annotations

import os
from typing import Any


def connect(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return {"statusCode": 200, "pid": os.getpid()}


def message(event: dict[str, Any], context: Any) -> dict[str, Any]:
    if event.get("body") == "boom":
        raise RuntimeError("private words the log must not show")
    if event.get("body") == "crash":
        os._exit(3)  # the worker process dies mid-event, as a Lambda runtime crash would
    return {
        "statusCode": 200,
        "pid": os.getpid(),
        "body": event.get("body"),
        "time_left_ms": context.get_remaining_time_in_millis(),
    }


def disconnect(event: dict[str, Any], context: Any) -> dict[str, Any]:
    return {"statusCode": 200}
