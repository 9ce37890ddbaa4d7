"""Serves the static web client from web/, plus the config.json it reads at start."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

PLACEHOLDER = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Hearth (local)</title></head>
<body><main><h1>Hearth devserver is running</h1>
<p>The web client is not built yet. Connect any WebSocket client to
<code id="ws"></code>, for example <code>wscat -c URL</code>, then send
<code>{"action":"hello"}</code>.</p></main>
<script>document.getElementById("ws").textContent =
  "ws://" + location.host + "/ws";</script></body></html>
"""
NO_CACHE = {"Cache-Control": "no-cache"}


class WebFiles:
    """GET handlers for `/config.json` and everything under web/."""

    def __init__(self, web_dir: Path) -> None:
        self._root = web_dir.resolve()

    def add_routes(self, app: web.Application) -> None:
        """Mount last: the catch-all must not shadow /ws or /@connections."""
        app.router.add_get("/config.json", self.config)
        app.router.add_get("/{path:.*}", self.file)

    async def config(self, request: web.Request) -> web.Response:
        """Where the web client should connect: this very server."""
        return web.json_response({"websocketUrl": f"ws://{request.host}/ws"}, headers=NO_CACHE)

    async def file(self, request: web.Request) -> web.StreamResponse:
        """A file below web/ (index.html for directories); never anything outside it."""
        target = (self._root / request.match_info["path"]).resolve()
        if not target.is_relative_to(self._root):
            raise web.HTTPNotFound()
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            return web.FileResponse(target, headers=NO_CACHE)
        if target == self._root / "index.html":
            return web.Response(text=PLACEHOLDER, content_type="text/html", headers=NO_CACHE)
        raise web.HTTPNotFound()
