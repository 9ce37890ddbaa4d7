"""Embedded DynamoDB for local runs: moto by default, or the endpoint the user names.

Tables come from chalicelib.store.schema (the CDK stack's source too); rooms from rooms.json.
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import boto3

from chalicelib import settings as hs
from chalicelib.rooms import load_rooms, seed_rooms
from chalicelib.store.dynamo import DynamoStore
from chalicelib.store.schema import TABLES, TTL_ATTRIBUTE, create_tables
from devserver.config import ENV_SWEEP_INTERVAL, DevConfig
from devserver.moto_server import InProcessMoto, MotoProcess, MotoServer
from devserver.moto_sweeper import BackendSweeper

log = logging.getLogger("devserver")
ENV_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB"
# "process" (default): an HTTP moto server in a child process, so moto's CPU runs on the other
# core; "inprocess": moto's backends in this process, reached by boto3 without HTTP (least
# CPU in total, but all of it under one GIL); "thread": the HTTP server in this process.
ENV_MOTO_MODE = "HEARTH_MOTO_MODE"
MOTO_MODES = ("process", "inprocess", "thread")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass
class LocalDynamo:
    """Where the tables live, and whether we may sweep them (only local emulators)."""

    endpoint: str | None
    table_names: dict[str, str]
    sweepable: bool
    moto: InProcessMoto | MotoServer | MotoProcess | None = None

    def client(self) -> Any:
        """A DynamoDB client for this endpoint (env credentials and region)."""
        return boto3.client("dynamodb", endpoint_url=self.endpoint)

    def sweeper(self, region: str | None = None) -> TtlSweeper | BackendSweeper | None:
        """What the devserver should run to expire items, if anything.

        moto in this process: sweep its tables directly. moto in a child: the child sweeps.
        A local endpoint (DynamoDB Local): Scan and delete. Real AWS: nothing (it expires).
        """
        if not self.sweepable or isinstance(self.moto, MotoProcess):
            return None
        if self.moto is not None:
            where = region or os.environ.get("AWS_DEFAULT_REGION", "us-east-1")
            return BackendSweeper(self.table_names.values(), where)
        return TtlSweeper(self.client(), self.table_names)

    def stop(self) -> None:
        """Stop the embedded moto server, if we started one."""
        if self.moto is not None:
            self.moto.stop()


def table_names(env: MutableMapping[str, str]) -> dict[str, str]:
    """Logical → real table names, as the app will read them from the environment."""
    return hs.Settings.from_env(dict(env)).table_names()


def start_dynamo(env: MutableMapping[str, str] = os.environ) -> LocalDynamo:
    """Use AWS_ENDPOINT_URL_DYNAMODB if set; otherwise start moto and point the env at it."""
    env.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    names = table_names(env)
    given = env.get(ENV_ENDPOINT)
    if given:
        host = urlparse(given).hostname or ""
        return LocalDynamo(given, names, sweepable=host in LOOPBACK)
    # Dummy credentials: local runs must never sign anything with a real AWS identity.
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"):
        env.pop(key, None)
    env["AWS_ACCESS_KEY_ID"] = "testing"
    env["AWS_SECRET_ACCESS_KEY"] = "testing"
    mode = env.get(ENV_MOTO_MODE) or MOTO_MODES[0]
    moto: InProcessMoto | MotoServer | MotoProcess
    region = env["AWS_DEFAULT_REGION"]
    if mode == "inprocess":
        moto = InProcessMoto(region)
    elif mode == "thread":
        moto = MotoServer(region=region).start()
    elif mode == "process":
        interval = float(env.get(ENV_SWEEP_INTERVAL, DevConfig.sweep_interval_s))
        moto = MotoProcess((interval, region, list(names.values())))
    else:
        raise ValueError(f"{ENV_MOTO_MODE} must be one of {', '.join(MOTO_MODES)}")
    if not isinstance(moto, InProcessMoto):
        env[ENV_ENDPOINT] = moto.endpoint  # botocore reads it: the app's client goes there too
        env[hs.ENV_DYNAMODB_UNSIGNED] = "1"  # our moto ignores signatures; SigV4 costs CPU
    return LocalDynamo(moto.endpoint, names, sweepable=True, moto=moto)


def prepare_tables(dynamo: LocalDynamo, env: MutableMapping[str, str] = os.environ) -> int:
    """Create missing tables (TTL on) and seed rooms from the rooms file; returns room count."""
    client = dynamo.client()
    create_tables(client, dynamo.table_names)
    rooms = load_rooms(hs.Settings.from_env(dict(env)).rooms_file)
    return seed_rooms(DynamoStore(client, dynamo.table_names), rooms)


class TtlSweeper:
    """Deletes items whose TTL has passed, as AWS does (moto and DynamoDB Local never do).

    A Scan is acceptable here: this runs only against local emulated tables, never in Lambda.
    """

    def __init__(self, client: Any, names: dict[str, str]) -> None:
        self._client = client
        self._tables = [(names[t.logical], t) for t in TABLES]

    def sweep_once(self, now_s: int | None = None) -> int:
        """One pass over every table; returns how many items were deleted."""
        now = int(time.time()) if now_s is None else now_s
        deleted = 0
        for name, spec in self._tables:
            keys = [spec.partition_key] + ([spec.sort_key] if spec.sort_key else [])
            for item in self._expired(name, keys, now):
                self._client.delete_item(TableName=name, Key={k: item[k] for k in keys})
                deleted += 1
        return deleted

    def _expired(self, table: str, keys: list[str], now: int) -> list[dict[str, Any]]:
        names = {f"#k{i}": k for i, k in enumerate(keys)} | {"#t": TTL_ATTRIBUTE}
        pages = self._client.get_paginator("scan").paginate(
            TableName=table,
            FilterExpression="#t < :now",
            ProjectionExpression=", ".join(n for n in names if n != "#t"),
            ExpressionAttributeNames=names,
            ExpressionAttributeValues={":now": {"N": str(now)}},
        )
        return [item for page in pages for item in page.get("Items", [])]

    async def run(self, interval_s: float) -> None:
        """Sweep forever (until cancelled), off the event loop."""
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(interval_s)
            try:
                deleted = await loop.run_in_executor(None, self.sweep_once)
            except Exception as exc:  # a failed sweep must not stop the server
                log.warning("ttl sweep failed: %s", type(exc).__name__)
            else:
                if deleted:
                    log.info("ttl sweep deleted %d expired items", deleted)
