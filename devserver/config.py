"""Devserver settings, read once from the environment, with API Gateway's defaults."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_PORT = "HEARTH_PORT"
ENV_APP_MODULE = "HEARTH_DEVSERVER_APP"  # module exposing connect/message/disconnect
ENV_WEB_DIR = "HEARTH_WEB_DIR"
ENV_STAGE = "HEARTH_DEVSERVER_STAGE"
ENV_IDLE_TIMEOUT = "HEARTH_IDLE_TIMEOUT_S"
ENV_MAX_CONNECTION = "HEARTH_MAX_CONNECTION_S"
ENV_MAX_MESSAGE = "HEARTH_MAX_MESSAGE_BYTES"
ENV_MAX_POST = "HEARTH_MAX_POST_BYTES"
ENV_HANDLER_WORKERS = "HEARTH_HANDLER_WORKERS"
ENV_LAMBDA_PROCESSES = "HEARTH_LAMBDA_PROCESSES"  # 0: handlers on threads in this process
ENV_SWEEP_INTERVAL = "HEARTH_TTL_SWEEP_S"
# "0" turns off devserver/gc_pacing.py (CPython's own GC schedule then runs), to compare.
ENV_GC_PACING = "HEARTH_GC_PACING"
# API Gateway's $disconnect is best-effort. With this set, sockets that vanish without a
# close frame get no $disconnect, so the app's 410-on-fan-out cleanup can be exercised.
ENV_LOSE_ABRUPT_DISCONNECTS = "HEARTH_LOSE_ABRUPT_DISCONNECTS"

ROOT = Path(__file__).resolve().parent.parent
KIB = 1024


@dataclass(frozen=True)
class DevConfig:
    """Everything the server needs; defaults mirror API Gateway's documented limits."""

    host: str = "127.0.0.1"
    port: int = 8000
    app_module: str = "app"
    web_dir: Path = ROOT / "web"
    stage: str = "local"
    api_id: str = "hearthdev01"
    idle_timeout_s: float = 600.0
    max_connection_s: float = 7200.0
    max_message_bytes: int = 128 * KIB
    max_post_bytes: int = 128 * KIB
    lambda_processes: int = 2
    handler_workers: int = 32  # threads, when lambda_processes is 0
    sweep_interval_s: float = 30.0
    lose_abrupt_disconnects: bool = False

    @property
    def domain_name(self) -> str:
        """The Host API Gateway would report; local, so it is the listening address."""
        return f"{self.host}:{self.port}"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> DevConfig:
        """Read overrides from the environment (or a given mapping)."""
        e = os.environ if env is None else env
        d = cls()
        return cls(
            port=int(e.get(ENV_PORT, d.port)),
            app_module=e.get(ENV_APP_MODULE, d.app_module),
            web_dir=Path(e.get(ENV_WEB_DIR, str(d.web_dir))),
            stage=e.get(ENV_STAGE, d.stage),
            idle_timeout_s=float(e.get(ENV_IDLE_TIMEOUT, d.idle_timeout_s)),
            max_connection_s=float(e.get(ENV_MAX_CONNECTION, d.max_connection_s)),
            max_message_bytes=int(e.get(ENV_MAX_MESSAGE, d.max_message_bytes)),
            max_post_bytes=int(e.get(ENV_MAX_POST, d.max_post_bytes)),
            lambda_processes=int(e.get(ENV_LAMBDA_PROCESSES, d.lambda_processes)),
            handler_workers=int(e.get(ENV_HANDLER_WORKERS, d.handler_workers)),
            sweep_interval_s=float(e.get(ENV_SWEEP_INTERVAL, d.sweep_interval_s)),
            lose_abrupt_disconnects=e.get(ENV_LOSE_ABRUPT_DISCONNECTS, "") in ("1", "true"),
        )
