"""The devserver's moto speed-ups change nothing a DynamoDB client can see.

Every DynamoDB response in a realistic workload is encoded both ways (moto's serializer and
the fast path) and every base-table Query is answered both ways (full-table scan and one
partition); the test fails on the first difference. The direct TTL sweeper is checked too.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import pytest
from moto import mock_aws
from moto.dynamodb.models.table import Table
from moto.dynamodb.responses import DynamoHandler

from chalicelib.store.schema import TTL_ATTRIBUTE, create_tables
from devserver import moto_patches
from devserver.dynamo import TtlSweeper, prepare_tables, start_dynamo, table_names
from devserver.moto_sweeper import BackendSweeper

NAMES = {"connections": "m-conn", "rooms": "m-rooms", "messages": "m-msgs", "moderation": "m-mod"}
NOW = 1_800_000_000


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, int]]:
    """Patched moto, with both paths computed and compared on every call."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    moto_patches.apply()
    seen: dict[str, int] = {}
    slow = DynamoHandler._hearth_original_serialized  # type: ignore[attr-defined]
    fast = DynamoHandler.serialized
    patched_query = Table.query

    def both_serialized(self: DynamoHandler, result: Any) -> Any:
        status, _, body = fast(self, result)
        ref_status, _, ref_body = slow(self, result)
        op = self._get_action()
        assert (status, json.loads(body)) == (ref_status, json.loads(ref_body)), op
        seen[op] = seen.get(op, 0) + 1
        return status, _, body

    def both_queries(self: Table, *args: Any, **kwargs: Any) -> Any:
        got = patched_query(self, *args, **kwargs)
        ref = Table._hearth_original_query(self, *args, **kwargs)  # type: ignore[attr-defined]
        assert _view(got) == _view(ref)
        seen["partition-query"] = seen.get("partition-query", 0) + 1
        return got

    monkeypatch.setattr(DynamoHandler, "serialized", both_serialized)
    monkeypatch.setattr(Table, "query", both_queries)
    with mock_aws():
        yield seen


def _view(result: Any) -> Any:
    items, scanned, last_key = result
    return [i.to_json() for i in items], scanned, last_key


def _client() -> Any:
    return boto3.client("dynamodb", region_name="us-east-1")


def _seeded_rooms(client: Any, table: str) -> list[dict[str, Any]]:
    """The room items prepare_tables seeded, as `client` reads them."""
    items: list[dict[str, Any]] = client.query(
        TableName=table,
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "ROOMS"}},
    )["Items"]
    return items


def _workload(db: Any) -> None:
    create_tables(db, NAMES)
    for i in range(30):
        db.put_item(
            TableName="m-msgs",
            Item={
                "pk": {"S": f"room-{i % 3}"},
                "sk": {"S": f"{i:04d}"},
                "text": {"S": f"hello {i} ✓"},
                "n": {"N": str(i)},
                "flag": {"BOOL": i % 2 == 0},
                "nothing": {"NULL": True},
                "tags": {"SS": ["a", "b"]},
                "nested": {"M": {"l": {"L": [{"N": "1"}, {"S": "x"}]}}},
            },
        )
    db.get_item(TableName="m-msgs", Key={"pk": {"S": "room-1"}, "sk": {"S": "0004"}})
    db.get_item(TableName="m-msgs", Key={"pk": {"S": "room-1"}, "sk": {"S": "nope"}})
    paginator = db.get_paginator("query")
    for forward in (True, False):
        for page in paginator.paginate(
            TableName="m-msgs",
            KeyConditionExpression="pk = :p AND sk > :s",
            ExpressionAttributeValues={":p": {"S": "room-2"}, ":s": {"S": "0003"}},
            ScanIndexForward=forward,
            PaginationConfig={"PageSize": 3},
            ReturnConsumedCapacity="TOTAL",
        ):
            assert page["Count"] <= 3
    db.query(
        TableName="m-msgs",
        KeyConditionExpression="pk = :p",
        FilterExpression="flag = :t",
        ProjectionExpression="sk, #n",
        ExpressionAttributeNames={"#n": "n"},
        ExpressionAttributeValues={":p": {"S": "room-0"}, ":t": {"BOOL": True}},
    )
    db.query(
        TableName="m-msgs",
        KeyConditionExpression="pk = :p",
        ExpressionAttributeValues={":p": {"S": "empty"}},
    )
    db.update_item(
        TableName="m-msgs",
        Key={"pk": {"S": "room-0"}, "sk": {"S": "0000"}},
        UpdateExpression="SET n = n + :one",
        ExpressionAttributeValues={":one": {"N": "1"}},
        ReturnValues="ALL_NEW",
    )
    db.delete_item(
        TableName="m-msgs", Key={"pk": {"S": "room-0"}, "sk": {"S": "0003"}}, ReturnValues="ALL_OLD"
    )
    put = {"TableName": "m-msgs", "Item": {"pk": {"S": "dedup"}, "sk": {"S": "-"}}}
    db.transact_write_items(
        TransactItems=[{"Put": {**put, "ConditionExpression": "attribute_not_exists(pk)"}}]
    )
    with pytest.raises(db.exceptions.TransactionCanceledException):
        db.transact_write_items(
            TransactItems=[{"Put": {**put, "ConditionExpression": "attribute_not_exists(pk)"}}]
        )
    db.batch_write_item(RequestItems={"m-msgs": [{"PutRequest": {"Item": put["Item"]}}]})
    db.batch_get_item(RequestItems={"m-msgs": {"Keys": [{"pk": {"S": "dedup"}, "sk": {"S": "-"}}]}})
    db.scan(TableName="m-msgs", Limit=5)
    db.describe_table(TableName="m-msgs")  # not a fast-path operation: moto's serializer
    _index_queries(db)


def _index_queries(db: Any) -> None:
    """A GSI spans partitions: the one-partition shortcut must not apply to it."""
    keys = [{"AttributeName": "pk", "KeyType": "HASH"}, {"AttributeName": "sk", "KeyType": "RANGE"}]
    db.create_table(
        TableName="m-gsi",
        KeySchema=keys,
        AttributeDefinitions=[
            {"AttributeName": a, "AttributeType": "S"} for a in ("pk", "sk", "g")
        ],
        GlobalSecondaryIndexes=[
            {
                "IndexName": "by-g",
                "KeySchema": [{"AttributeName": "g", "KeyType": "HASH"}],
                "Projection": {"ProjectionType": "ALL"},
            }
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    for i in range(6):
        item = {"pk": {"S": f"p{i % 3}"}, "sk": {"S": str(i)}, "g": {"S": "x" if i % 2 else "y"}}
        db.put_item(TableName="m-gsi", Item=item)
    got = db.query(
        TableName="m-gsi",
        IndexName="by-g",
        KeyConditionExpression="g = :g",
        ExpressionAttributeValues={":g": {"S": "x"}},
    )
    assert sorted(i["sk"]["S"] for i in got["Items"]) == ["1", "3", "5"]


def test_fast_paths_answer_exactly_like_moto(checked: dict[str, int]) -> None:
    # GIVEN patched moto with both encodings and both query strategies compared on each call
    # WHEN a realistic mix of reads, writes, pages, filters and transactions runs
    _workload(_client())
    # THEN no difference was found, and every fast-path operation was exercised
    assert moto_patches.FAST_OPERATIONS - {"TransactGetItems"} <= set(checked)
    assert checked["partition-query"] >= 4


def test_binary_attributes_keep_motos_encoding(checked: dict[str, int]) -> None:
    db = _client()
    create_tables(db, NAMES)
    item = {"pk": {"S": "b"}, "sk": {"S": "1"}, "blob": {"B": b"\x00\xffdata"}}
    db.put_item(TableName="m-msgs", Item=item)
    got = db.get_item(TableName="m-msgs", Key={"pk": {"S": "b"}, "sk": {"S": "1"}})["Item"]
    assert got["blob"]["B"] == b"\x00\xffdata"
    assert moto_patches.fast_body("GetItem", {"Item": {"blob": {"B": "AP8="}}}) is None


def test_backend_sweeper_deletes_only_expired_items(checked: dict[str, int]) -> None:
    # GIVEN items that expired, expire exactly now, expire later, or never expire
    db = _client()
    create_tables(db, NAMES)
    for sk, ttl in (("old", NOW - 1), ("edge", NOW), ("new", NOW + 60), ("forever", None)):
        entry = {"pk": {"S": "lounge"}, "sk": {"S": sk}}
        if ttl is not None:
            entry[TTL_ATTRIBUTE] = {"N": str(ttl)}
        db.put_item(TableName="m-msgs", Item=entry)
    db.put_item(TableName="m-conn", Item={"pk": {"S": "c1"}, TTL_ATTRIBUTE: {"N": str(NOW - 5)}})
    # WHEN one sweep runs at NOW, in batches of one
    deleted = BackendSweeper(NAMES.values(), "us-east-1", batch=1).sweep_once(NOW)
    # THEN exactly the two past-TTL items are gone, as DynamoDB's TTL would do
    assert deleted == 2
    left = {i["sk"]["S"] for i in db.scan(TableName="m-msgs")["Items"]}
    assert left == {"edge", "new", "forever"}
    assert db.scan(TableName="m-conn")["Count"] == 0


def test_in_process_moto_serves_boto3_without_http_and_other_processes_over_http(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # GIVEN the devserver's in-process moto (what HEARTH_MOTO_MODE=inprocess starts)
    env = {"HEARTH_MOTO_MODE": "inprocess", "HEARTH_ROOMS_TABLE": "ip-rooms"}
    dynamo = start_dynamo(env)
    try:
        for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"):
            monkeypatch.setenv(key, env[key])
        # WHEN tables are made over its HTTP endpoint (as the admin CLI would talk to it)
        seeded = prepare_tables(dynamo, env)
        # THEN a plain boto3 client, with no endpoint configured, sees the same tables
        assert "AWS_ENDPOINT_URL_DYNAMODB" not in env
        rooms = _seeded_rooms(_client(), "ip-rooms")
        assert seeded >= 1 and len(rooms) == seeded
        # AND the TTL sweeper works on moto's tables directly
        assert isinstance(dynamo.sweeper(), BackendSweeper)
    finally:
        dynamo.stop()


def test_moto_mode_picks_where_ttl_sweeping_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    child = start_dynamo({"HEARTH_MOTO_MODE": "process", "HEARTH_TTL_SWEEP_S": "5"})
    try:
        assert child.sweeper() is None  # the moto child process sweeps its own tables
    finally:
        child.stop()
    local = start_dynamo({"AWS_ENDPOINT_URL_DYNAMODB": "http://localhost:8001"})
    assert isinstance(local.sweeper(), TtlSweeper)
    with pytest.raises(ValueError, match="HEARTH_MOTO_MODE"):
        start_dynamo({"HEARTH_MOTO_MODE": "elsewhere"})


def test_unsigned_app_calls_reach_the_region_the_devserver_made_its_tables_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from botocore import UNSIGNED
    from botocore.config import Config

    # GIVEN the moto child started for a deployment in eu-west-1, tables made by signed calls
    env = {"HEARTH_MOTO_MODE": "process", "AWS_DEFAULT_REGION": "eu-west-1"}
    dynamo = start_dynamo(env)
    try:
        for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"):
            monkeypatch.setenv(key, env[key])  # the devserver's own environment
        seeded = prepare_tables(dynamo, env)
        # WHEN the app's client, told by the devserver to skip signing, queries the rooms
        assert env["HEARTH_DYNAMODB_UNSIGNED"] == "1"
        app_client = boto3.client(
            "dynamodb",
            region_name="eu-west-1",
            endpoint_url=dynamo.endpoint,
            config=Config(signature_version=UNSIGNED),
        )
        rooms = _seeded_rooms(app_client, table_names(env)["rooms"])
        # THEN it reads the tables the signed calls made (moto took eu-west-1, not its default)
        assert seeded >= 1 and len(rooms) == seeded
    finally:
        dynamo.stop()


def test_moto_lists_a_handler_class_methods_once() -> None:
    from moto.core import responses as core_responses

    moto_patches.apply()
    # GIVEN moto's per-request "does this action exist" lookup, after the patch
    first = core_responses.method_names_from_class(DynamoHandler)
    # THEN it names the real actions, and is computed once
    assert {"query", "transact_write_items", "update_item"} <= set(first)
    assert core_responses.method_names_from_class(DynamoHandler) is first
