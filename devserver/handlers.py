"""Calls the app's Lambda handlers the way Lambda would: in worker processes (the default) or
on a thread pool in this process.

Worker processes are what Lambda does too (each execution environment is its own process that
handles one event at a time), and they take the handlers' CPU off the process that serves the
sockets: with threads, the GIL made the WebSocket server, every handler and their boto3 calls
share one core (bench/load.py: p99 118-144 ms at 50 msg/s with threads, 47 ms with two
worker processes on the same 2-core machine). Threads remain for handlers that cannot be
imported by name in another process (tests' closures) and with HEARTH_LAMBDA_PROCESSES=0.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import re
import signal
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from devserver import gc_pacing
from devserver.events import new_id

log = logging.getLogger("devserver")

Handler = Callable[[dict[str, Any], Any], Any]
# API Gateway's integration timeout; Lambda contexts report time left against it.
INTEGRATION_TIMEOUT_MS = 29_000
_FRAME = re.compile(r'File "([^"]+)", line (\d+)')


@dataclass
class LambdaContext:
    """The attributes of Lambda's context object that libraries commonly read."""

    function_name: str
    aws_request_id: str = field(default_factory=new_id)
    memory_limit_in_mb: int = 256
    function_version: str = "$LATEST"
    log_group_name: str = "/aws/lambda/local"
    log_stream_name: str = "local"
    # CLOCK_MONOTONIC is system-wide, so the deadline holds in a worker process too.
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

    def get(self, name: str) -> Handler:
        """The handler called `name`: "connect", "message" or "disconnect"."""
        handler: Handler = getattr(self, name)
        return handler


class Invoker:
    """Runs blocking handlers off the event loop; callers await them one at a time per socket,
    which keeps each connection's events in order while connections run concurrently."""

    def __init__(self, pool: Executor) -> None:
        self._pool = pool

    async def invoke(self, name: str, event: dict[str, Any]) -> dict[str, Any] | None:
        """Call one handler: its response dict, or None when it raised (a failed Lambda)."""
        loop = asyncio.get_running_loop()
        context = LambdaContext(function_name=f"hearth-local-{name}")
        gc_pacing.note_activity()
        try:
            result = await loop.run_in_executor(self._pool, *self._call(name, event, context))
        except BrokenProcessPool:
            log.error("%s handler: a Lambda worker died; starting new workers", name)
            self._replace_pool()
            return None
        except Exception as exc:
            # Type and place only: the message or traceback locals could hold user text.
            log.error("%s handler raised %s at %s", name, type(exc).__name__, _where(exc))
            return None
        return result if isinstance(result, dict) else {"statusCode": 200}

    def _call(self, name: str, event: dict[str, Any], context: LambdaContext) -> tuple[Any, ...]:
        raise NotImplementedError

    def _replace_pool(self) -> None:
        """After a worker died (Lambda would start a new execution environment)."""

    async def warm_up(self) -> None:
        """Start what must run before the first event (nothing for threads)."""

    def shutdown(self) -> None:
        """Stop the pool once running handlers finish."""
        self._pool.shutdown(wait=True, cancel_futures=True)


class ThreadInvoker(Invoker):
    """Handlers on a thread pool in this process (they share its GIL)."""

    def __init__(self, handlers: HandlerSet, workers: int) -> None:
        super().__init__(ThreadPoolExecutor(max_workers=workers, thread_name_prefix="lambda"))
        self.handlers = handlers

    def _call(self, name: str, event: dict[str, Any], context: LambdaContext) -> tuple[Any, ...]:
        return self.handlers.get(name), event, context


class ProcessInvoker(Invoker):
    """Handlers in `processes` worker processes that import `module_name` themselves, each
    handling one event at a time, as a Lambda execution environment does."""

    def __init__(self, module_name: str, processes: int) -> None:
        self.module_name, self.processes = module_name, processes
        super().__init__(self._new_pool())

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.processes,
            # spawn, not fork: this process already runs threads (moto, the event loop).
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_worker_start,
            initargs=(self.module_name,),
        )

    def _replace_pool(self) -> None:
        broken, self._pool = self._pool, self._new_pool()
        broken.shutdown(wait=False, cancel_futures=True)

    def _call(self, name: str, event: dict[str, Any], context: LambdaContext) -> tuple[Any, ...]:
        return _worker_call, name, event, context

    async def warm_up(self) -> None:
        """Start every worker and import the app there now, so the first chat doesn't wait
        and an app that fails to import stops the devserver at start-up."""
        loop = asyncio.get_running_loop()
        pings = [
            loop.run_in_executor(self._pool, _worker_ping, 0.2) for _ in range(self.processes)
        ]
        await asyncio.gather(*pings)


def _where(exc: BaseException) -> str:
    """file:line of each frame, innermost first; a worker's traceback arrives as text."""
    remote = getattr(exc.__cause__, "tb", None)  # concurrent.futures' _RemoteTraceback
    if isinstance(remote, str):
        frames = [(f.rsplit("/", 1)[-1], line) for f, line in _FRAME.findall(remote)]
    else:
        frames = [
            (f.filename.rsplit("/", 1)[-1], str(f.lineno))
            for f in traceback.extract_tb(exc.__traceback__)
        ]
    return " <- ".join(f"{name}:{line}" for name, line in reversed(frames))


# In a worker process: the app's handlers, imported once by _worker_start.
_worker_handlers: dict[str, HandlerSet] = {}


def _worker_start(module_name: str) -> None:
    # Ctrl-C reaches the whole process group; the devserver still needs its workers to run
    # the $disconnects of the sockets it closes, then shuts them down itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, name="parent-watch", daemon=True).start()
    if gc_pacing.wanted():
        gc_pacing.GcPacing().run_in_thread(threading.Event())
    _worker_handlers["app"] = HandlerSet.from_module(module_name)


def _exit_with_parent() -> None:
    # A devserver killed outright (SIGKILL, a crashed terminal) must not leave workers behind.
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)


def _worker_call(name: str, event: dict[str, Any], context: LambdaContext) -> Any:
    gc_pacing.note_activity()
    return _worker_handlers["app"].get(name)(event, context)


def _worker_ping(hold_s: float) -> bool:
    time.sleep(hold_s)  # keep this worker busy so the next ping starts another one
    return bool(_worker_handlers)
