"""DynamoDB requests and items read per `send`, in a room of 8, with 10 vs 10,000 others online.

Runs the real handlers against moto DynamoDB and counts every request the store makes.
Target (issue 2): <= 3 DynamoDB requests per send, the same with 10 or 10,000 other connections.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

os.environ.update(
    AWS_ACCESS_KEY_ID="bench",
    AWS_SECRET_ACCESS_KEY="bench",
    AWS_DEFAULT_REGION="us-east-1",
    HEARTH_TOKEN_SECRET="bench-secret-0123456789abcdef",
)

import boto3  # noqa: E402
from moto import mock_aws  # noqa: E402

from chalicelib.domain.model import (  # noqa: E402
    Room,  # noqa: E402
)
from chalicelib.domain.tokens import TokenSigner  # noqa: E402
from chalicelib.rooms import load_rooms, seed_rooms  # noqa: E402
from chalicelib.service import ChatService, Deps  # noqa: E402
from chalicelib.settings import Settings  # noqa: E402
from chalicelib.store.dynamo import DynamoStore  # noqa: E402
from chalicelib.store.moderation import DynamoModerationStore  # noqa: E402
from chalicelib.store.schema import create_tables  # noqa: E402
from tests.fakes import FakeClock, FakeGateway  # noqa: E402

NAMES = Settings.from_env().table_names()


class Counting:
    def __init__(self, client: Any) -> None:
        self.ops: Counter[str] = Counter()
        self.items = 0
        self.write_units = 0
        client.meta.events.register("before-call.dynamodb", self._before)
        client.meta.events.register("before-parameter-build.dynamodb", self._params)
        client.meta.events.register("after-call.dynamodb", self._after)

    def _before(self, model: Any, **_: Any) -> None:
        self.ops[model.name] += 1

    def _params(self, params: Any, model: Any, **_: Any) -> None:
        # Transactional writes cost 2 write units per item (each <= 1 KB here).
        self.write_units += 2 * len(params.get("TransactItems", []))
        if model.name in ("PutItem", "UpdateItem", "DeleteItem"):
            self.write_units += 1

    def _after(self, parsed: Any, **_: Any) -> None:
        self.items += len(parsed.get("Items", [])) + (1 if "Item" in parsed else 0)

    def reset(self) -> None:
        self.ops.clear()
        self.items = 0
        self.write_units = 0


def populate_others(client: Any, others: int, rooms: int) -> None:
    """Put `others` connections, spread over `rooms` other rooms, straight into the tables."""
    now = int(time.time())
    conn_items, member_items = [], []
    for i in range(others):
        cid, room = f"other{i}=", f"other-{i % rooms}"
        conn_items.append(
            {
                "pk": {"S": f"conn#{cid}"},
                "alias": {"S": f"Other {i}"},
                "session": {"S": f"s{i}"},
                "rooms": {"SS": [room]},
                "ttl": {"N": str(now + 8000)},
            }
        )
        member_items.append(
            {
                "pk": {"S": f"ROOM#{room}"},
                "sk": {"S": cid},
                "alias": {"S": f"Other {i}"},
                "ttl": {"N": str(now + 8000)},
            }
        )
    for table, items in ((NAMES["connections"], conn_items), (NAMES["rooms"], member_items)):
        for start in range(0, len(items), 25):
            batch = [{"PutRequest": {"Item": it}} for it in items[start : start + 25]]
            client.batch_write_item(RequestItems={table: batch})


def measure(others: int, other_rooms: int) -> tuple[Counter[str], int, int, float]:
    with mock_aws():
        client = boto3.client("dynamodb", region_name="us-east-1")
        create_tables(client, NAMES)
        store = DynamoStore(client, NAMES)
        seed_rooms(store, load_rooms())
        for r in range(other_rooms):
            store.put_room(Room(f"other-{r}", f"Other {r}", "", "peer", 100, 24))
        populate_others(client, others, other_rooms)
        gw = FakeGateway()
        mods = DynamoModerationStore(client, NAMES["moderation"])
        signer = TokenSigner(b"b" * 32, "bench")
        clock = FakeClock(int(time.time() * 1000))
        svc = ChatService(Deps(store, mods, gw, clock, signer, "Be kind."))
        for i in range(8):
            svc.connect(f"m{i}=")
            svc.handle(f"m{i}=", json.dumps({"action": "hello", "accept_guidelines": True}))
            svc.handle(f"m{i}=", json.dumps({"action": "join", "room": "lounge"}))
        counter = Counting(client)
        sends = 20
        posts_before = gw.posts
        for n in range(sends):
            clock.advance(3)  # a person's pace, under the flood limit
            svc.handle(
                "m0=",
                json.dumps(
                    {"action": "send", "room": "lounge", "text": f"hello {n}", "client_id": f"c{n}"}
                ),
            )
        ops = Counter({k: v // sends for k, v in counter.ops.items()})
        return (
            ops,
            counter.items // sends,
            (gw.posts - posts_before) // sends,
            counter.write_units / sends,
        )


def main() -> None:
    print("DynamoDB requests per send (room of 8; fan-out posts counted separately)")
    for others, rooms in ((10, 1), (10_000, 1_000)):
        t0 = time.perf_counter()
        ops, items, posts, wru = measure(others, rooms)
        total = sum(ops.values())
        print(
            f"  others={others:>6} in {rooms:>5} rooms: {total} requests "
            f"({', '.join(f'{k}={v}' for k, v in sorted(ops.items()))}), "
            f"{items} items read, ~{wru:.0f} write units, {posts} posts"
            f"  [setup+run {time.perf_counter() - t0:.1f}s]"
        )


if __name__ == "__main__":
    main()
