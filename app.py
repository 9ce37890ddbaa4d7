"""Chalice wiring only: each WebSocket route hands its event to the runtime built in bootstrap."""

from __future__ import annotations

from typing import Any

from chalice.app import Chalice, WebsocketEvent

from chalicelib.bootstrap import runtime

app = Chalice(app_name="hearth")
app.experimental_feature_flags.update(["WEBSOCKETS"])
app.websocket_api.session = runtime.boto_session()


@app.on_ws_connect()
def connect(event: WebsocketEvent) -> dict[str, Any]:
    return runtime.get().on_connect(event.to_dict())


@app.on_ws_message()
def message(event: WebsocketEvent) -> dict[str, Any]:
    return runtime.get().on_message(event.to_dict())


@app.on_ws_disconnect()
def disconnect(event: WebsocketEvent) -> dict[str, Any]:
    return runtime.get().on_disconnect(event.to_dict())
