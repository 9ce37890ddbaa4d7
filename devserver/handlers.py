"""Calls the app's Lambda handlers the way Lambda would, on a thread pool."""

from __future__ import annotations

import asyncio
import importlib
import logging
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from devserver import gc_pacing
from devserver.events import new_id

log = logging.getLogger("devserver")

Handler = Callable[[dict[str, Any], Any], Any]
# API Gateway's integration timeout; Lambda contexts report time left against it.
INTEGRATION_TIMEOUT_MS = 29_000


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that libraries commonly read."""

    function_name: str
    aws_request_id: str = field(default_factory=new_id)
    memory_limit_in_mb: int = 256
    function_version: str = "$LATEST"
    log_group_name: str = "/aws/lambda/local"
    log_stream_name: str = "local"
    _deadline: float = field(
        default_factory=lambda: time.monotonic() + INTEGRATION_TIMEOUT_MS / 1e3
    )

    @property
    def invoked_function_arn(self) -> str:
        return f"arn:aws:lambda:us-east-1:123456789012:function:{self.function_name}"

    def get_remaining_time_in_millis(self) -> int:
        """Milliseconds left before the (emulated) timeout."""
        return max(0, int((self._deadline - time.monotonic()) * 1000))


@dataclass(frozen=True)
class HandlerSet:
    """The three WebSocket handlers of a Chalice app, called as handler(event, context)."""

    connect: Handler
    message: Handler
    disconnect: Handler

    @classmethod
    def from_module(cls, module_name: str) -> HandlerSet:
        """Import the app module (after the environment is set) and take its handlers."""
        module = importlib.import_module(module_name)
        return cls(module.connect, module.message, module.disconnect)


class Invoker:
    """Runs blocking handlers off the event loop; callers await them one at a time per socket,
    which keeps each connection's events in order while connections run concurrently."""

    def __init__(self, handlers: HandlerSet, workers: int) -> None:
        self.handlers = handlers
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lambda")

    async def invoke(
        self, handler: Handler, name: str, event: dict[str, Any]
    ) -> dict[str, Any] | None:
        """Call one handler: its response dict, or None when it raised (a failed Lambda)."""
        loop = asyncio.get_running_loop()
        context = LambdaContext(function_name=f"hearth-local-{name}")
        gc_pacing.note_activity()
        try:
            result = await loop.run_in_executor(self._pool, handler, event, context)
        except Exception as exc:
            # Type only: the message or traceback locals could hold user text.
            where = " <- ".join(
                f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}"
                for f in reversed(traceback.extract_tb(exc.__traceback__))
            )
            log.error("%s handler raised %s at %s", name, type(exc).__name__, where)
            return None
        return result if isinstance(result, dict) else {"statusCode": 200}

    def shutdown(self) -> None:
        """Stop the pool once running handlers finish."""
        self._pool.shutdown(wait=True, cancel_futures=True)
