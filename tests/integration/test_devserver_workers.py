"""devserver/handlers.py: the app's handlers in Lambda-like worker processes."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TypeVar

import pytest

from devserver.config import DevConfig
from devserver.handlers import ProcessInvoker, ThreadInvoker
from devserver.runner import invoker_for
from devserver.testing import process_roles, running_devserver

APP = "tests.integration.worker_app"
T = TypeVar("T")


def _run(scenario: Coroutine[Any, Any, T]) -> T:
    # On a thread of its own: a session-scoped Playwright browser keeps a loop running on
    # this one when the web tests share the pytest worker.
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, scenario).result()


async def _one_worker_in_turn(*bodies: str, warm_up: bool = False) -> list[dict[str, Any] | None]:
    """The results of `message` events with these bodies, one after another, in one worker."""
    invoker = ProcessInvoker(APP, processes=1)
    try:
        if warm_up:
            await invoker.warm_up()
        return [await invoker.invoke("message", {"body": body}) for body in bodies]
    finally:
        invoker.shutdown()


def test_handlers_run_in_warm_worker_processes_with_a_lambda_context() -> None:
    async def scenario() -> list[dict[str, object] | None]:
        invoker = ProcessInvoker(APP, processes=2)
        try:
            # GIVEN workers started and the app imported before the first event
            await invoker.warm_up()
            # WHEN several events arrive at once
            events = [{"body": f"hi {n}"} for n in range(6)]
            return await asyncio.gather(*(invoker.invoke("message", e) for e in events))
        finally:
            invoker.shutdown()

    results = _run(scenario())
    # THEN each ran in another process, with its own event and time left before the timeout
    assert all(r is not None for r in results)
    pids = {r["pid"] for r in results if r}
    assert os.getpid() not in pids and 1 <= len(pids) <= 2
    assert [r["body"] for r in results if r] == [f"hi {n}" for n in range(6)]
    assert all(0 < int(str(r["time_left_ms"])) <= 29_000 for r in results if r)


def test_a_handler_that_raises_in_a_worker_is_a_failed_lambda_logged_without_its_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="devserver"):
        failed, after = _run(_one_worker_in_turn("boom", "still here"))
    # THEN the event failed (the server answers as API Gateway would), the worker lives on
    assert failed is None and isinstance(after, dict) and after["body"] == "still here"
    # AND the log names the error type and the app's line, never the exception's text
    logged = caplog.text
    assert "message handler raised RuntimeError at worker_app.py:" in logged
    assert "private words" not in logged


def test_a_worker_that_dies_fails_its_event_and_is_replaced(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.ERROR, logger="devserver"):
        crashed, after = _run(_one_worker_in_turn("crash", "next one", warm_up=True))
    # THEN the event in flight failed, and the next one ran in a new worker
    assert crashed is None and isinstance(after, dict) and after["body"] == "next one"
    assert "a Lambda worker died" in caplog.text


def test_an_app_that_cannot_be_imported_fails_at_start_up() -> None:
    async def scenario() -> None:
        invoker = ProcessInvoker("tests.integration.no_such_app", processes=1)
        try:
            await invoker.warm_up()
        finally:
            invoker.shutdown()

    with pytest.raises(BrokenProcessPool):
        _run(scenario())


def test_processes_by_default_threads_for_closures_or_when_asked() -> None:
    assert isinstance(invoker_for(DevConfig(app_module=APP)), ProcessInvoker)
    env = {"HEARTH_LAMBDA_PROCESSES": "0", "HEARTH_DEVSERVER_APP": APP}
    threaded = invoker_for(DevConfig.from_env(env))
    assert isinstance(threaded, ThreadInvoker)
    threaded.shutdown()


def _alive(pid: int) -> bool:
    try:
        return b"zombie" not in Path(f"/proc/{pid}/status").read_bytes().lower()
    except FileNotFoundError:
        return False


def test_workers_exit_when_the_devserver_is_killed_outright() -> None:
    with running_devserver() as ds:
        # GIVEN a running devserver with its Lambda workers
        workers = process_roles(ds.process.pid)["lambda_workers"]
        assert len(workers) >= 2  # two workers (+ multiprocessing's resource tracker)
        # WHEN it is killed with no chance to clean up
        ds.process.send_signal(signal.SIGKILL)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        # THEN no worker is left behind
        assert not any(_alive(w) for w in workers)
