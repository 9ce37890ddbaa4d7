"""Configuration read from the environment, with every variable name defined once.

Nothing here is required at import time: `chalice package` imports app.py with no
environment, so every value has a local default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_CONNECTIONS_TABLE = "HEARTH_CONNECTIONS_TABLE"
ENV_ROOMS_TABLE = "HEARTH_ROOMS_TABLE"
ENV_MESSAGES_TABLE = "HEARTH_MESSAGES_TABLE"
ENV_MODERATION_TABLE = "HEARTH_MODERATION_TABLE"
ENV_TOKEN_SECRET = "HEARTH_TOKEN_SECRET"  # raw secret (local development)
ENV_TOKEN_SECRET_PARAM = "HEARTH_TOKEN_SECRET_PARAM"  # SSM parameter name (AWS)
ENV_MANAGEMENT_ENDPOINT = "HEARTH_MANAGEMENT_ENDPOINT"  # @connections endpoint override
ENV_DEPLOYMENT = "HEARTH_DEPLOYMENT"  # audience baked into resume tokens
ENV_ROOMS_FILE = "HEARTH_ROOMS_FILE"
ENV_FANOUT_WORKERS = "HEARTH_FANOUT_WORKERS"
ENV_HELPLINE_COUNTRIES = "HEARTH_HELPLINE_COUNTRIES"  # e.g. "US,GB,IE,CA,AU"
ENV_HELPLINES_FILE = "HEARTH_HELPLINES_FILE"  # default chalicelib/config/helplines.json
ENV_BLOCKLIST_FILE = "HEARTH_BLOCKLIST_FILE"  # default chalicelib/config/blocklist.txt
# Set by the devserver for the moto it starts itself, which ignores signatures: skipping SigV4
# saves about a third of botocore's CPU per call. Never set it against AWS or DynamoDB Local.
ENV_DYNAMODB_UNSIGNED = "HEARTH_DYNAMODB_UNSIGNED"

CONFIG_DIR = Path(__file__).resolve().parent / "config"
DEFAULT_ROOMS_FILE = CONFIG_DIR / "rooms.json"


@dataclass(frozen=True)
class Settings:
    connections_table: str
    rooms_table: str
    messages_table: str
    moderation_table: str
    token_secret: str | None
    token_secret_param: str | None
    management_endpoint: str | None
    deployment: str
    rooms_file: Path
    fanout_workers: int
    helpline_countries: tuple[str, ...]
    helplines_file: Path | None = None
    blocklist_file: Path | None = None
    dynamodb_unsigned: bool = False

    def table_names(self) -> dict[str, str]:
        """Logical table name (as in chalicelib/store/schema.py) → the deployment's table name."""
        return {
            "connections": self.connections_table,
            "rooms": self.rooms_table,
            "messages": self.messages_table,
            "moderation": self.moderation_table,
        }

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        """Build settings from the environment (or a given mapping)."""
        e = dict(os.environ) if env is None else env
        return cls(
            connections_table=e.get(ENV_CONNECTIONS_TABLE, "hearth-connections"),
            rooms_table=e.get(ENV_ROOMS_TABLE, "hearth-rooms"),
            messages_table=e.get(ENV_MESSAGES_TABLE, "hearth-messages"),
            moderation_table=e.get(ENV_MODERATION_TABLE, "hearth-moderation"),
            token_secret=e.get(ENV_TOKEN_SECRET) or None,
            token_secret_param=e.get(ENV_TOKEN_SECRET_PARAM) or None,
            management_endpoint=e.get(ENV_MANAGEMENT_ENDPOINT) or None,
            deployment=e.get(ENV_DEPLOYMENT, "hearth-local"),
            rooms_file=Path(e.get(ENV_ROOMS_FILE, str(DEFAULT_ROOMS_FILE))),
            fanout_workers=int(e.get(ENV_FANOUT_WORKERS, "64")),
            helpline_countries=tuple(
                c.strip().upper()
                for c in e.get(ENV_HELPLINE_COUNTRIES, "US,GB,IE,CA,AU").split(",")
                if c.strip()
            ),
            helplines_file=Path(e[ENV_HELPLINES_FILE]) if e.get(ENV_HELPLINES_FILE) else None,
            blocklist_file=Path(e[ENV_BLOCKLIST_FILE]) if e.get(ENV_BLOCKLIST_FILE) else None,
            dynamodb_unsigned=e.get(ENV_DYNAMODB_UNSIGNED) == "1",
        )
