"""moto's DynamoDB as a local HTTP server, one request at a time.

moto's backends are not thread-safe: two concurrent conditional writes could both pass their
condition. Serialising requests restores DynamoDB's atomic conditional writes (the capacity
check and message de-duplication rely on them); the GIL serialised most of the work anyway.
"""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import BaseWSGIServer, make_server

from devserver import moto_patches

Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class _NoDelayHandler(MotoRequestHandler):
    """werkzeug writes headers and body separately; with Nagle on, each response then waits
    for the client's delayed ACK (~40 ms per DynamoDB call on Linux)."""

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _serialised(app: Wsgi) -> Wsgi:
    lock = threading.Lock()

    def call(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with lock:  # the body is produced inside the lock too
            return list(app(environ, start_response))

    return call


class MotoServer:
    """A moto server on 127.0.0.1 (port 0 picks a free port), in a daemon thread."""

    def __init__(self, port: int = 0) -> None:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request, with IP
        moto_patches.apply()
        app = DomainDispatcherApplication(create_backend_app)
        self._server: BaseWSGIServer = make_server(
            "127.0.0.1", port, _serialised(app), threaded=True, request_handler=_NoDelayHandler
        )
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)

    @property
    def endpoint(self) -> str:
        """The http:// URL boto3 should use as its DynamoDB endpoint."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> MotoServer:
        """Serve in the background; returns self for chaining."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


class MotoProcess:
    """The same server in a child process (`python -m devserver.moto_server`), so moto's CPU
    runs on another core instead of competing with the app's handlers for this process's GIL."""

    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "devserver.moto_server"],
            stdin=subprocess.PIPE,  # the child exits when this pipe closes (we died or stopped)
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,  # Ctrl-C reaches us only; we stop the child in order
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline().strip()
        if not line.startswith("http://"):
            self._proc.kill()
            raise RuntimeError("moto server process failed to start")
        self.endpoint = line
        self.pid = self._proc.pid

    def start(self) -> MotoProcess:
        """Already serving once constructed; kept for symmetry with MotoServer."""
        return self

    def stop(self) -> None:
        """Close its stdin (its signal to exit) and wait."""
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(timeout=5)


def main() -> None:
    """Child entry point: serve, print the endpoint, exit when stdin closes."""
    server = MotoServer().start()
    print(server.endpoint, flush=True)
    sys.stdin.read()  # blocks until the parent closes the pipe or dies
    server.stop()


if __name__ == "__main__":
    main()
