"""The devserver's moto keeps what DynamoDB stores, and nothing per request (issue #7).

Unpatched moto retained every `Item` it ever built (stored items, but also each Query result
copy and transaction snapshot) in `Item.instances_tracked`, and kept an empty partition for
every deleted de-duplication key: ~26 KB per chat `send` in a room of ten, for ever. Here the
real ChatService sends through boto3 into patched moto in this process; expired messages are
swept between batches (as TTL would), so what remains is what moto holds per request.
"""

from __future__ import annotations

import gc
import json
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.dynamodb.models.dynamo_type import Item

from chalicelib.domain.tokens import TokenSigner
from chalicelib.rooms import load_rooms, seed_rooms
from chalicelib.service import ChatService, Deps
from chalicelib.store.dynamo import DynamoStore
from chalicelib.store.moderation import DynamoModerationStore
from chalicelib.store.schema import create_tables
from devserver import moto_patches
from devserver.moto_sweeper import BackendSweeper
from tests.fakes import FakeClock, FakeGateway

NAMES = {
    "connections": "mm-conn",
    "rooms": "mm-rooms",
    "messages": "mm-msgs",
    "moderation": "mm-mod",
}
REGION = "us-east-1"
ROOM, MEMBERS = "lounge", 10
WARM_UP, MEASURED = 20, 60
# Unpatched: ~26,000 B per send. Patched: ~100 (lazily grown caches, an occasional dict
# resize). The bound leaves wide margin both ways.
MAX_RETAINED_PER_SEND = 3_000
PAST_ANY_RETENTION_S = 400 * 24 * 3600


@dataclass
class Chat:
    service: ChatService
    gateway: FakeGateway
    clock: FakeClock
    db: Any
    sent: int = 0

    def send_batch(self, count: int) -> int:
        """`count` sends round the room, then expire and sweep them; returns items swept."""
        for _ in range(count):
            self.clock.advance(0.3)  # members take turns: no flood limit is reached
            sender = f"c{self.sent % MEMBERS}"
            text = {"action": "send", "room": ROOM, "text": "hello", "client_id": f"m{self.sent}"}
            self.service.handle(sender, json.dumps(text))
            self.sent += 1
        self.gateway.clear()
        sweeper = BackendSweeper([NAMES["messages"]], REGION)
        return sweeper.sweep_once(self.clock.now_ms() / 1000 + PAST_ANY_RETENTION_S)


@pytest.fixture
def chat(monkeypatch: pytest.MonkeyPatch) -> Iterator[Chat]:
    """Patched moto in-process, the real service, and MEMBERS connections in ROOM."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", REGION)
    moto_patches.apply()
    with mock_aws():
        db = boto3.client("dynamodb", region_name=REGION)
        create_tables(db, NAMES)
        store = DynamoStore(db, NAMES)
        seed_rooms(store, load_rooms())
        gateway, clock = FakeGateway(), FakeClock()
        signer = TokenSigner(b"k" * 32, "test")
        mods = DynamoModerationStore(db, NAMES["moderation"])
        service = ChatService(Deps(store, mods, gateway, clock, signer, "Be kind."))
        for i in range(MEMBERS):
            service.connect(f"c{i}")
            service.handle(f"c{i}", json.dumps({"action": "hello", "accept_guidelines": True}))
            service.handle(f"c{i}", json.dumps({"action": "join", "room": ROOM}))
        yield Chat(service, gateway, clock, db)


def _traced_after_gc() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_sends_retain_no_memory_beyond_stored_items(chat: Chat) -> None:
    # GIVEN a warmed-up room of ten, with allocations traced from before the warm-up
    tracemalloc.start(1)
    try:
        assert chat.send_batch(WARM_UP) == 2 * WARM_UP  # each send: message + dedup key
        before = _traced_after_gc()
        # WHEN another batch is sent, delivered to all, then expired and swept
        posts_before = chat.gateway.posts
        swept = chat.send_batch(MEASURED)
        after = _traced_after_gc()
    finally:
        tracemalloc.stop()
    # THEN every send was stored and fanned out, and nothing of it stayed behind in moto
    assert swept == 2 * MEASURED
    assert chat.gateway.posts - posts_before == MEMBERS * MEASURED
    per_send = (after - before) / MEASURED
    assert per_send < MAX_RETAINED_PER_SEND, f"{per_send:.0f} bytes retained per send"


def test_items_are_not_tracked_by_class(chat: Chat) -> None:
    # WHEN sends run (Queries, transactions, condition checks: many Item copies)
    chat.send_batch(5)
    # THEN moto's class-level instance list holds none of them, yet the tables work
    assert Item.instances_tracked == []  # type: ignore[attr-defined]
    got = chat.db.scan(TableName=NAMES["rooms"], Select="COUNT")
    assert got["Count"] > MEMBERS  # room definitions plus the ten memberships


def _partitions(table_name: str) -> set[str]:
    from moto.core.models import DEFAULT_ACCOUNT_ID
    from moto.dynamodb.models import dynamodb_backends

    table = dynamodb_backends[DEFAULT_ACCOUNT_ID][REGION].tables[table_name]
    return {key.value for key in table.items}


def test_lookups_and_deletes_leave_no_empty_partitions(chat: Chat) -> None:
    db, msgs = chat.db, NAMES["messages"]
    key = {"pk": {"S": "p-1"}, "sk": {"S": "a"}}
    # GIVEN a missing partition: reading or deleting in it finds nothing and adds nothing
    assert "Item" not in db.get_item(TableName=msgs, Key=key)
    assert "Attributes" not in db.delete_item(TableName=msgs, Key=key, ReturnValues="ALL_OLD")
    assert "p-1" not in _partitions(msgs)
    # WHEN a partition's items are written, then deleted one by one
    db.put_item(TableName=msgs, Item=key)
    db.put_item(TableName=msgs, Item={**key, "sk": {"S": "b"}})
    db.delete_item(TableName=msgs, Key=key)
    # THEN it lives while it has items, and goes with the last one
    query = {"KeyConditionExpression": "pk = :p", "ExpressionAttributeValues": {":p": key["pk"]}}
    assert db.query(TableName=msgs, **query)["Count"] == 1
    db.delete_item(TableName=msgs, Key={**key, "sk": {"S": "b"}})
    assert "p-1" not in _partitions(msgs)
    assert db.query(TableName=msgs, **query)["Count"] == 0
