"""Privacy audit: a whole session through the devserver with a distinctive IP, user agent and
headers; afterwards no stored item and no log line holds any of them, nor the token, nor the
message text (outside the messages table), and everything ephemeral carries a TTL."""

from __future__ import annotations

import asyncio
import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import boto3
import websockets

from devserver.testing import running_devserver
from tests.protocol_schema import validate_server_frame

SOURCE_IP = "127.0.0.77"  # a loopback address only this test uses
USER_AGENT = "HearthAuditAgent/9.9 (privacy-probe-7f3a)"
FORWARDED = "198.51.100.23"
TEXT = "my secret sentence about a zebra-quilt-4471"


async def session(url: str) -> dict[str, str]:
    headers = {"User-Agent": USER_AGENT, "X-Forwarded-For": FORWARDED, "X-Probe": "probe-header"}
    ws = await websockets.connect(
        url, additional_headers=headers, user_agent_header=USER_AGENT, local_addr=(SOURCE_IP, 0)
    )
    frames: list[dict[str, Any]] = []

    async def call(frame: dict[str, Any], want: str) -> dict[str, Any]:
        await ws.send(json.dumps(frame))
        while True:
            got = json.loads(await asyncio.wait_for(ws.recv(), 10))
            validate_server_frame(got)
            frames.append(got)
            if got["type"] == want:
                return got

    welcome = await call({"action": "hello", "accept_guidelines": True}, "welcome")
    await call({"action": "join", "room": "lounge"}, "joined")
    sent = await call(
        {"action": "send", "room": "lounge", "text": TEXT, "client_id": "p1"}, "message"
    )
    await call({"action": "ping"}, "pong")
    await call({"action": "report", "room": "lounge", "message_id": sent["id"]}, "reported")
    await ws.close()
    return {"token": welcome["token"], "alias": welcome["alias"]}


def scan_all(endpoint: str) -> dict[str, list[dict[str, Any]]]:
    client = boto3.client(
        "dynamodb",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    return {
        name: client.scan(TableName=name)["Items"] for name in client.list_tables()["TableNames"]
    }


def test_a_full_session_leaves_no_ip_user_agent_token_or_stray_text() -> None:
    env = {"POWERTOOLS_LOG_LEVEL": "INFO"} | {
        f"HEARTH_{t.upper()}_TABLE": f"audit-{t}"
        for t in ("connections", "rooms", "messages", "moderation")
    }
    with running_devserver(env) as ds:
        # A thread of its own: a session-scoped Playwright fixture may own this thread's loop.
        with ThreadPoolExecutor(max_workers=1) as pool:
            secrets = pool.submit(asyncio.run, session(ds.ws_url)).result()
        endpoint = re.search(r"embedded moto at (http://\S+)\)", ds.output())
        assert endpoint, ds.output()
        tables = scan_all(endpoint.group(1))
        # $disconnect runs after the socket closes: wait for its log line before reading logs.
        deadline = time.monotonic() + 15
        while '"route":"$disconnect"' not in ds.output() and time.monotonic() < deadline:
            time.sleep(0.1)
        logs = ds.output()
    assert sorted(tables) == [
        f"audit-{t}" for t in ("connections", "messages", "moderation", "rooms")
    ]
    forbidden = [
        SOURCE_IP,
        USER_AGENT,
        "privacy-probe",
        FORWARDED,
        "probe-header",
        secrets["token"],
    ]
    for name, items in tables.items():
        for item in items:
            dumped = json.dumps(item)
            for value in forbidden:
                assert value not in dumped, f"{value!r} stored in {name}: {dumped[:200]}"
            pk = item["pk"]["S"]
            # Text lives in message items, and in the snapshot a report keeps for moderators.
            if (name == "audit-messages" and pk == "lounge") or pk == "REPORTS":
                assert "ttl" in item
            else:
                assert "zebra-quilt" not in dumped, f"message text stored in {name}/{pk}"
            # Room definitions and credentials are configuration, not ephemeral data.
            if pk not in ("ROOMS", "CRED"):
                assert "ttl" in item, f"no TTL on {name}/{pk}"
    for value in [*forbidden, "zebra-quilt"]:
        assert value not in logs, f"{value!r} appears in the logs"
    assert '"route":"$disconnect"' in logs  # the app's own INFO lines were captured too
