"""The devserver's embedded moto and its TTL sweeper (moto never expires items itself)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import boto3
import pytest

from chalicelib.store.schema import TTL_ATTRIBUTE
from devserver.dynamo import LocalDynamo, TtlSweeper, prepare_tables, start_dynamo

NOW = 1_800_000_000


@pytest.fixture
def local_dynamo(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalDynamo]:
    env: dict[str, str] = {"HEARTH_ROOMS_TABLE": "ttl-rooms", "HEARTH_MESSAGES_TABLE": "ttl-msgs"}
    dynamo = start_dynamo(env)
    # The credentials start_dynamo chose are dummies; the test's clients need them too.
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"):
        monkeypatch.setenv(key, env[key])
    yield dynamo
    dynamo.stop()


def _client(dynamo: LocalDynamo) -> Any:
    return boto3.client("dynamodb", endpoint_url=dynamo.endpoint)


def test_start_dynamo_embeds_moto_with_dummy_credentials() -> None:
    env = {"AWS_PROFILE": "someone-real", "AWS_ACCESS_KEY_ID": "AKIAREAL"}
    dynamo = start_dynamo(env)
    try:
        assert dynamo.moto is not None and dynamo.sweepable
        assert env["AWS_ENDPOINT_URL_DYNAMODB"] == dynamo.endpoint
        assert dynamo.endpoint is not None and dynamo.endpoint.startswith("http://127.0.0.1:")
        assert env["AWS_ACCESS_KEY_ID"] == "testing" and "AWS_PROFILE" not in env
    finally:
        dynamo.stop()


def test_a_given_endpoint_is_used_and_only_local_ones_are_swept() -> None:
    local = start_dynamo({"AWS_ENDPOINT_URL_DYNAMODB": "http://localhost:8001"})
    remote = start_dynamo({"AWS_ENDPOINT_URL_DYNAMODB": "https://dynamodb.eu-west-1.amazonaws.com"})
    assert local.moto is None and local.sweepable
    assert remote.moto is None and not remote.sweepable


def test_tables_created_from_schema_and_rooms_seeded(local_dynamo: LocalDynamo) -> None:
    seeded = prepare_tables(local_dynamo, {"HEARTH_ROOMS_TABLE": "ttl-rooms"})
    client = _client(local_dynamo)
    tables = set(client.list_tables()["TableNames"])
    assert set(local_dynamo.table_names.values()) <= tables
    ttl = client.describe_time_to_live(TableName="ttl-msgs")["TimeToLiveDescription"]
    assert ttl["AttributeName"] == TTL_ATTRIBUTE
    rooms = client.query(
        TableName="ttl-rooms",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "ROOMS"}},
    )["Items"]
    assert seeded >= 1 and {r["sk"]["S"] for r in rooms} >= {"lounge"}


def test_sweeper_deletes_only_expired_items(local_dynamo: LocalDynamo) -> None:
    # GIVEN items that expired, that expire later, and that never expire
    prepare_tables(local_dynamo, {"HEARTH_ROOMS_TABLE": "ttl-rooms"})
    client = _client(local_dynamo)
    for sk, ttl in (("old", NOW - 1), ("edge", NOW), ("new", NOW + 60), ("forever", None)):
        item = {"pk": {"S": "lounge"}, "sk": {"S": sk}}
        if ttl is not None:
            item[TTL_ATTRIBUTE] = {"N": str(ttl)}
        client.put_item(TableName="ttl-msgs", Item=item)
    rooms_before = client.scan(TableName="ttl-rooms")["Count"]
    # WHEN one sweep runs at NOW
    deleted = TtlSweeper(client, local_dynamo.table_names).sweep_once(NOW)
    # THEN only the item whose TTL is in the past is gone
    left = {i["sk"]["S"] for i in client.scan(TableName="ttl-msgs")["Items"]}
    assert deleted == 1
    assert left == {"edge", "new", "forever"}
    assert client.scan(TableName="ttl-rooms")["Count"] == rooms_before


def test_failed_transaction_still_changes_nothing(local_dynamo: LocalDynamo) -> None:
    # The devserver's moto snapshots only the items a transaction names (moto_patches).
    # GIVEN an existing item
    prepare_tables(local_dynamo, {"HEARTH_ROOMS_TABLE": "ttl-rooms"})
    client = _client(local_dynamo)
    table, key = "ttl-msgs", {"pk": {"S": "r"}, "sk": {"S": "kept"}}
    client.put_item(TableName=table, Item=key | {"v": {"S": "old"}})
    # WHEN a transaction overwrites it and adds a new item, but its last condition fails
    with pytest.raises(client.exceptions.TransactionCanceledException):
        client.transact_write_items(
            TransactItems=[
                {"Put": {"TableName": table, "Item": key | {"v": {"S": "new"}}}},
                {"Put": {"TableName": table, "Item": {"pk": {"S": "r"}, "sk": {"S": "added"}}}},
                {
                    "ConditionCheck": {
                        "TableName": table,
                        "Key": {"pk": {"S": "r"}, "sk": {"S": "missing"}},
                        "ConditionExpression": "attribute_exists(pk)",
                    }
                },
            ]
        )
    # THEN neither write is visible
    items = client.scan(TableName=table)["Items"]
    assert [(i["sk"]["S"], i.get("v", {}).get("S")) for i in items] == [("kept", "old")]
    # AND a transaction that succeeds still applies every write
    client.transact_write_items(
        TransactItems=[{"Put": {"TableName": table, "Item": key | {"v": {"S": "new"}}}}]
    )
    got = client.get_item(TableName=table, Key=key)["Item"]["v"]["S"]
    assert got == "new"
