"""moto's DynamoDB as a local HTTP server, one request at a time.

moto's backends are not thread-safe: two concurrent conditional writes could both pass their
condition. Serialising requests restores DynamoDB's atomic conditional writes (the capacity
check and message de-duplication rely on them); the GIL serialised most of the work anyway.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import Any

from moto.moto_server.werkzeug_app import (
    DomainDispatcherApplication,
    MotoRequestHandler,
    create_backend_app,
)
from werkzeug.serving import BaseWSGIServer, make_server

Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


def _serialised(app: Wsgi) -> Wsgi:
    lock = threading.Lock()

    def call(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with lock:  # the body is produced inside the lock too
            return list(app(environ, start_response))

    return call


class MotoServer:
    """A moto server on 127.0.0.1 (port 0 picks a free port), in a daemon thread."""

    def __init__(self, port: int = 0) -> None:
        app = DomainDispatcherApplication(create_backend_app)
        self._server: BaseWSGIServer = make_server(
            "127.0.0.1", port, _serialised(app), threaded=True, request_handler=MotoRequestHandler
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
