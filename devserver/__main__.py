"""`python -m devserver`: embedded DynamoDB, the app's real handlers, one local port."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import signal
import socket
import sys
import threading

from chalicelib import settings as hs
from devserver import dev_tools, gc_pacing
from devserver.config import DevConfig
from devserver.dynamo import LocalDynamo, prepare_tables, start_dynamo
from devserver.runner import bind, start

log = logging.getLogger("devserver")


def _configure_app_env(config: DevConfig) -> None:
    """What the app reads at its first event: where @connections is, and a token secret."""
    os.environ[hs.ENV_MANAGEMENT_ENDPOINT] = f"http://{config.host}:{config.port}"
    # The devserver prints its own line per connect/disconnect; the app's INFO lines would
    # double them. Set POWERTOOLS_LOG_LEVEL=INFO to see the app's structured logs too.
    os.environ.setdefault("POWERTOOLS_LOG_LEVEL", "WARNING")
    if not os.environ.get(hs.ENV_TOKEN_SECRET):
        # Random per run: resume tokens from a previous run stop working, by design.
        os.environ[hs.ENV_TOKEN_SECRET] = secrets.token_urlsafe(32)


def _banner(config: DevConfig, dynamo: LocalDynamo, rooms: int) -> None:
    where = f"embedded moto at {dynamo.endpoint}" if dynamo.moto else dynamo.endpoint
    moderator = dev_tools.mint_dev_moderator(dynamo) if dynamo.sweepable else None
    if os.environ.get("HEARTH_PORT") != "0":  # port 0 = a test's throwaway server
        dev_tools.write_state(dynamo)
    print(
        f"Hearth devserver ({rooms} rooms, DynamoDB: {where})\n"
        f"  WebSocket:  ws://{config.host}:{config.port}/ws\n"
        f"  Web client: http://{config.host}:{config.port}/\n"
        + (f"  Moderator credential (this run only): {moderator}\n" if moderator else "")
        + "  Admin CLI:  .venv/bin/python -m hearth.admin --local rooms list\n"
        "  Press Ctrl-C to stop.",
        flush=True,
    )


async def _serve(config: DevConfig, sock: socket.socket, dynamo: LocalDynamo, rooms: int) -> None:
    sweeper = dynamo.sweeper()
    running = await start(config, None, sock, sweeper)
    pacing_stop = threading.Event()
    if gc_pacing.wanted():
        gc_pacing.GcPacing().run_in_thread(pacing_stop)
    _banner(config, dynamo, rooms)  # only now: testing.py treats the banner as "ready"
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    log.info("stopping: closing %d connections", len(running.devserver.registry))
    pacing_stop.set()
    await running.stop()


def main() -> int:
    """Start everything, serve until Ctrl-C or SIGTERM, stop cleanly."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    # werkzeug (moto) logs one line per request with the caller's address: too noisy, and
    # nothing from our own logs may carry an IP.
    for noisy in ("werkzeug", "botocore.credentials"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    config = DevConfig.from_env()
    try:
        sock, config = bind(config)
    except OSError as exc:
        print(f"devserver: cannot listen on port {config.port}: {exc.strerror}", file=sys.stderr)
        return 1
    _configure_app_env(config)
    dynamo = start_dynamo()
    try:
        rooms = prepare_tables(dynamo)
        asyncio.run(_serve(config, sock, dynamo, rooms))
    except KeyboardInterrupt:
        pass  # Ctrl-C during start-up, before the loop's signal handlers exist
    finally:
        dev_tools.clear_state()
        dynamo.stop()
    print("devserver stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
