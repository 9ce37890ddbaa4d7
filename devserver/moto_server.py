"""Embedded moto DynamoDB, one request at a time: in this process, as an HTTP server thread,
or as an HTTP server in a child process.

moto's backends are not thread-safe: two concurrent conditional writes could both pass their
condition. Serialising requests (one lock for every way in) restores DynamoDB's atomic
conditional writes (the capacity check and message de-duplication rely on them); the GIL
serialised most of the work anyway.
"""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any

from moto import mock_aws
from moto.core.botocore_stubber import BotocoreStubber
from moto.core.config import DefaultConfig
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from waitress.server import create_server

from devserver import gc_pacing, moto_expressions, moto_patches

Wsgi = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
Sweep = tuple[float, str, list[str]]  # interval in seconds, region, table names
# Every request into moto's backends in this process holds this lock, whichever way it came.
MOTO_LOCK = threading.Lock()
# In-process mode intercepts AWS URLs only; loopback (the devserver's @connections) and the
# management API always go out over real HTTP.
_PASSTHROUGH = {
    "urls": [r"https?://(127\.0\.0\.1|localhost|\[::1\])(:\d+)?/.*"],
    "services": ["apigatewaymanagementapi"],
}


def _serialised(app: Wsgi) -> Wsgi:
    def call(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        gc_pacing.note_activity()
        with MOTO_LOCK:  # the body is produced inside the lock too
            return list(app(environ, start_response))

    return call


def _dynamodb_first(dispatcher: DomainDispatcherApplication, region: str) -> Wsgi:
    """Route DynamoDB calls (their X-Amz-Target says so) straight to moto's DynamoDB app.

    moto's dispatcher otherwise works out the service per request, listing its modules on
    disk each time; everything else still goes through it. moto takes the region from the
    signature; the app's unsigned calls (settings.ENV_DYNAMODB_UNSIGNED) get a stand-in
    that names this server's region, so they reach the same tables as signed ones."""
    dynamodb = dispatcher.create_app("dynamodb")
    stand_in = f"AWS4-HMAC-SHA256 Credential=testing/20000101/{region}/dynamodb/aws4_request"

    def call(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        target = environ.get("HTTP_X_AMZ_TARGET", "")
        app = dynamodb if target.startswith("DynamoDB_") else dispatcher
        environ.setdefault("HTTP_AUTHORIZATION", stand_in)
        served: Iterable[bytes] = app(environ, start_response)
        return served

    return call


class MotoServer:
    """A moto server on 127.0.0.1 (port 0 picks a free port), in a daemon thread.

    waitress keeps connections alive (werkzeug's server closes every one and starts a thread
    per request: a TCP handshake plus a thread per DynamoDB call) and sets TCP_NODELAY."""

    def __init__(self, port: int = 0, region: str = "us-east-1") -> None:
        """`region`: where unsigned DynamoDB calls land (signed ones name their own)."""
        logging.getLogger("waitress").setLevel(logging.ERROR)  # "serving on", queue depth
        moto_patches.apply()
        moto_expressions.apply()
        app = _dynamodb_first(DomainDispatcherApplication(create_backend_app), region)
        self._server = create_server(
            _serialised(app),
            host="127.0.0.1",
            port=port,
            threads=4,  # requests are serialised anyway; threads only overlap socket I/O
            connection_limit=1000,
            channel_timeout=600,
            ident="moto",
            asyncore_use_poll=True,  # select() fails above fd 1024 (a busy devserver has more)
        )
        self._thread = threading.Thread(target=self._server.run, name="moto", daemon=True)

    @property
    def endpoint(self) -> str:
        """The http:// URL boto3 should use as its DynamoDB endpoint."""
        host, port = self._server.socket.getsockname()[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> MotoServer:
        """Serve in the background; returns self for chaining."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and wait for the thread."""
        self._server.close()
        self._thread.join(timeout=5)


def _serialise_stubber() -> None:
    """Make mock_aws's in-process dispatch take MOTO_LOCK too (idempotent)."""
    if getattr(BotocoreStubber, "_hearth_serialised", False):
        return
    original = BotocoreStubber.process_request

    def process_request(self: BotocoreStubber, request: Any) -> Any:
        with MOTO_LOCK:
            return original(self, request)

    BotocoreStubber.process_request = process_request  # type: ignore[method-assign]
    BotocoreStubber._hearth_serialised = True  # type: ignore[attr-defined]


class InProcessMoto:
    """moto's backends in this process. This process's boto3 clients reach them with no HTTP
    at all (mock_aws intercepts each signed request at botocore's send, so the app still talks
    DynamoDB through boto3 exactly as in AWS), and an HTTP server thread serves the same
    backends to other processes (the admin CLI) at `endpoint`."""

    def __init__(self, region: str = "us-east-1") -> None:
        moto_patches.apply()
        moto_expressions.apply()
        _serialise_stubber()
        # Our own dummy credentials are already in the environment; keep them.
        config: DefaultConfig = {
            "core": {"mock_credentials": False, "passthrough": _PASSTHROUGH}  # type: ignore[typeddict-item]
        }
        self._mock = mock_aws(config=config)
        self._mock.start()
        self._server = MotoServer(region=region).start()
        self.endpoint = self._server.endpoint

    def start(self) -> InProcessMoto:
        """Already serving once constructed; kept for symmetry with MotoServer."""
        return self

    def stop(self) -> None:
        """Stop the HTTP thread and the interception."""
        self._server.stop()
        self._mock.stop()


class MotoProcess:
    """The same server in a child process (`python -m devserver.moto_server`), so moto's CPU
    runs on another core instead of competing with the app's handlers for this process's GIL."""

    def __init__(self, sweep: Sweep | None = None) -> None:
        """`sweep`: (interval s, region, table names) for a TTL sweeper inside the child."""
        args = [] if sweep is None else [str(sweep[0]), sweep[1], *sweep[2]]
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "devserver.moto_server", *args],
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


def main(argv: list[str]) -> None:
    """Child entry point: serve (and sweep, given `interval region table...`), print the
    endpoint, exit when stdin closes."""
    from devserver.moto_sweeper import BackendSweeper  # it imports this module

    server = MotoServer(region=argv[1] if argv else "us-east-1").start()
    stop = threading.Event()
    if argv:
        BackendSweeper(argv[2:], argv[1]).run_in_thread(float(argv[0]), stop)
    if gc_pacing.wanted():
        gc_pacing.GcPacing().run_in_thread(stop)
    print(server.endpoint, flush=True)
    sys.stdin.read()  # blocks until the parent closes the pipe or dies
    stop.set()
    server.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
