"""HearthStack: tables + Chalice WebSocket API + deploy hooks (+ optional web hosting)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from aws_cdk import Aspects, CfnOutput, Stack
from constructs import Construct

from chalicelib.settings import DEFAULT_ROOMS_FILE

from . import nag
from .chat_api import HANDLERS, ChatApi, build_chat_api, parameter_arn
from .config import HearthConfig
from .functions import Arm64Everywhere
from .hooks import seed_rooms, token_secret
from .tables import build_tables
from .web_hosting import WebHosting, build_web_hosting

REPO_ROOT = Path(__file__).resolve().parents[2]


class HearthStack(Stack):
    """One deployment of Hearth. Idle cost: $0 (everything is pay-per-request)."""

    def __init__(
        self, scope: Construct, config: HearthConfig, *, source_dir: Path = REPO_ROOT, **kwargs: Any
    ) -> None:
        super().__init__(scope, config.stack_name, **kwargs)
        self.config = config
        self.tables = build_tables(self, config)
        self.secret_param_name = f"/hearth/{config.stage}/token-secret"
        self.api: ChatApi = build_chat_api(
            self, config, self.tables, self.secret_param_name, source_dir
        )
        secret = token_secret(
            self, config, self.secret_param_name, parameter_arn(self, self.secret_param_name)
        )
        for handler in HANDLERS:  # the secret exists before any cold start can read it
            self.api.chalice.get_resource(handler).node.add_dependency(secret)
        seed_rooms(self, config, self.tables["rooms"], DEFAULT_ROOMS_FILE)
        self.web: WebHosting | None = None
        if config.host_web:
            self.web = build_web_hosting(self, config, source_dir / "web", self.api.websocket_url)
        Aspects.of(self).add(Arm64Everywhere())
        self._outputs()
        nag.acknowledge(self)

    def _outputs(self) -> None:
        CfnOutput(
            self,
            "WebSocketUrl",
            value=self.api.websocket_url,
            description="Give this wss:// URL to clients (web/config.json websocketUrl)",
        )
        if self.web is not None:
            CfnOutput(self, "WebUrl", value=self.web.url, description="The hosted web client")
        for logical, table in self.tables.items():
            CfnOutput(self, f"{logical.capitalize()}TableName", value=table.table_name)
        CfnOutput(self, "TokenSecretParameter", value=self.secret_param_name)
