"""Devserver fixtures.

`emulator`: the devserver in-process (background event loop) in front of a tiny real Chalice
app that records every event, so the emulator is tested without the chat service.
`devserver` / `lossy_devserver`: `python -m devserver` with the real app, in a subprocess.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import boto3
import pytest
from chalice.app import Chalice, WebsocketEvent

from devserver.config import DevConfig
from devserver.handlers import HandlerSet
from devserver.runner import Running, bind, start
from devserver.testing import DevserverProcess, running_devserver


@dataclass
class Recorder:
    """What the fake app saw, plus knobs a test can turn."""

    events: list[dict[str, Any]] = field(default_factory=list)
    refuse_with: int | None = None
    release: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, event: dict[str, Any]) -> None:
        with self.lock:
            self.events.append(event)

    def of(self, event_type: str, connection_id: str | None = None) -> list[dict[str, Any]]:
        """Recorded events of one type (optionally for one connection)."""
        with self.lock:
            return [
                e
                for e in self.events
                if e["requestContext"]["eventType"] == event_type
                and connection_id in (None, e["requestContext"]["connectionId"])
            ]

    def wait_for(self, event_type: str, count: int = 1, timeout: float = 5.0) -> list[Any]:
        """Block until `count` events of a type were recorded; fail the test otherwise."""
        deadline = time.monotonic() + timeout
        while len(self.of(event_type)) < count:
            if time.monotonic() > deadline:
                pytest.fail(f"expected {count} {event_type} events, got {self.of(event_type)}")
            time.sleep(0.01)
        return self.of(event_type)


def management_client(endpoint: str) -> Any:
    """boto3's apigatewaymanagementapi client, exactly as the app's gateway adapter builds it."""
    return boto3.client(
        "apigatewaymanagementapi",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def fake_app(recorder: Recorder, endpoint: str) -> HandlerSet:
    """A real Chalice WebSocket app: records events; `echo:X` posts X back via @connections;
    `block` waits until the test releases it; `boom` raises."""
    app = Chalice(app_name="devserver-fake")
    app.experimental_feature_flags.update(["WEBSOCKETS"])
    app.websocket_api.session = boto3.Session(region_name="us-east-1")
    gateway = management_client(endpoint)

    @app.on_ws_connect()
    def connect(event: WebsocketEvent) -> dict[str, Any]:
        recorder.add(event.to_dict())
        return {"statusCode": recorder.refuse_with or 200}

    @app.on_ws_message()
    def message(event: WebsocketEvent) -> None:
        recorder.add(event.to_dict())
        if event.body == "boom":
            raise RuntimeError("handler failure")
        if event.body == "block":
            recorder.release.wait(5)
        if event.body.startswith("echo:"):
            gateway.post_to_connection(ConnectionId=event.connection_id, Data=event.body[5:])

    @app.on_ws_disconnect()
    def disconnect(event: WebsocketEvent) -> None:
        recorder.add(event.to_dict())

    return HandlerSet(connect, message, disconnect)


@dataclass
class Emulator:
    """An in-process devserver: URLs, the recorder, and a management client pointed at it."""

    config: DevConfig
    recorder: Recorder
    management: Any
    stop: Callable[[], None]

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.config.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.config.port}"


@pytest.fixture
def emulator_factory() -> Iterator[Callable[..., Emulator]]:
    """Start in-process devservers with config overrides; all are stopped at teardown."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    started: list[Running] = []

    def stopper(running: Running) -> Callable[[], None]:
        def stop() -> None:
            if running in started:
                started.remove(running)
                asyncio.run_coroutine_threadsafe(running.stop(), loop).result(20)

        return stop

    def make(**overrides: Any) -> Emulator:
        sock, config = bind(replace(DevConfig(port=0, handler_workers=8), **overrides))
        recorder = Recorder()
        endpoint = f"http://127.0.0.1:{config.port}"
        handlers = fake_app(recorder, endpoint)
        running = asyncio.run_coroutine_threadsafe(start(config, handlers, sock), loop).result(10)
        started.append(running)
        return Emulator(config, recorder, management_client(endpoint), stopper(running))

    yield make
    for running in list(started):
        stopper(running)()
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


@pytest.fixture
def emulator(emulator_factory: Callable[..., Emulator]) -> Emulator:
    """An in-process devserver with API Gateway's default limits."""
    return emulator_factory()


@pytest.fixture(scope="module")
def devserver() -> Iterator[DevserverProcess]:
    """`python -m devserver` with the real Hearth app and embedded moto."""
    with running_devserver() as proc:
        yield proc


@pytest.fixture(scope="module")
def lossy_devserver() -> Iterator[DevserverProcess]:
    """Like `devserver`, but sockets that vanish without a close frame get no $disconnect
    (API Gateway's delivery is best-effort), so only 410-on-fan-out can clean them up."""
    with running_devserver({"HEARTH_LOSE_ABRUPT_DISCONNECTS": "1"}) as proc:
        yield proc
