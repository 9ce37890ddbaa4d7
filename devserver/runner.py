"""Start and stop the devserver on a socket that is already bound (so port 0 works)."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from dataclasses import dataclass, replace

from aiohttp import web

from devserver.config import DevConfig
from devserver.connections import Registry
from devserver.dynamo import TtlSweeper
from devserver.handlers import HandlerSet, Invoker, ProcessInvoker, ThreadInvoker
from devserver.moto_sweeper import BackendSweeper
from devserver.server import Devserver


def bind(config: DevConfig) -> tuple[socket.socket, DevConfig]:
    """Bind the listening socket first: the app must know the real port before it starts."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((config.host, config.port))
    return sock, replace(config, port=sock.getsockname()[1])


@dataclass
class Running:
    """A started devserver; `stop()` closes every socket (1001) and runs their $disconnects."""

    devserver: Devserver
    runner: web.AppRunner
    sweeper_task: asyncio.Task[None] | None

    async def stop(self) -> None:
        """Stop accepting, close sockets, wait for handlers, stop the pool."""
        if self.sweeper_task is not None:
            self.sweeper_task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.sweeper_task
        await self.runner.cleanup()
        self.devserver.invoker.shutdown()


def invoker_for(config: DevConfig, handlers: HandlerSet | None = None) -> Invoker:
    """Given handlers (a test's closures): threads. Otherwise the app module in worker
    processes, or on threads with HEARTH_LAMBDA_PROCESSES=0."""
    if handlers is None and config.lambda_processes > 0:
        return ProcessInvoker(config.app_module, config.lambda_processes)
    found = handlers or HandlerSet.from_module(config.app_module)
    return ThreadInvoker(found, config.handler_workers)


async def start(
    config: DevConfig,
    handlers: HandlerSet | None,
    sock: socket.socket,
    sweeper: TtlSweeper | BackendSweeper | None = None,
) -> Running:
    """Serve the app's handlers on `sock` until `Running.stop()`; None: the app module."""
    invoker = invoker_for(config, handlers)
    try:
        await invoker.warm_up()
    except Exception:
        invoker.shutdown()
        raise
    devserver = Devserver(config, invoker, Registry())
    # access_log=None: aiohttp's access log would record client IPs and user agents.
    runner = web.AppRunner(devserver.build_app(), access_log=None, shutdown_timeout=5.0)
    await runner.setup()
    await web.SockSite(runner, sock, backlog=1024).start()
    task = None
    if sweeper is not None:
        task = asyncio.get_running_loop().create_task(sweeper.run(config.sweep_interval_s))
    return Running(devserver, runner, task)
