"""The deploy-time custom resources, run against moto (no AWS)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import boto3
import deploy_hooks
import pytest
from moto import mock_aws

from chalicelib.settings import DEFAULT_ROOMS_FILE
from chalicelib.store.schema import ROOMS

TABLE = "hearth-rooms-test"
PARAM = "/hearth/test/token-secret"


@pytest.fixture
def aws(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """moto for SSM and DynamoDB; CloudFormation replies are captured instead of sent."""
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"):
        monkeypatch.setenv(key, "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    replies: list[str] = []
    monkeypatch.setattr(
        deploy_hooks,
        "_respond",
        lambda event, status, physical_id, reason="": replies.append(status),
    )
    with mock_aws():
        yield replies


def _event(kind: str, props: dict[str, str], physical_id: str | None = None) -> dict[str, Any]:
    event: dict[str, Any] = {
        "RequestType": kind,
        "ResourceProperties": props,
        "StackId": "s",
        "RequestId": "r",
        "LogicalResourceId": "l",
        "ResponseURL": "https://example.invalid/",
    }
    if physical_id:
        event["PhysicalResourceId"] = physical_id
    return event


def _secret() -> str:
    ssm = boto3.client("ssm")
    out = ssm.get_parameter(Name=PARAM, WithDecryption=True)["Parameter"]
    assert out["Type"] == "SecureString"
    return str(out["Value"])


def test_secret_is_created_once_and_survives_redeploys(aws: list[str]) -> None:
    props = {"ParameterName": PARAM, "RetainOnDelete": "false"}
    deploy_hooks.secret_handler(_event("Create", props), None)
    first = _secret()
    assert len(first) >= 60  # 48 random bytes, url-safe base64
    deploy_hooks.secret_handler(_event("Update", props, PARAM), None)
    assert _secret() == first  # resume tokens stay valid across deploys
    assert aws == ["SUCCESS", "SUCCESS"]


@pytest.mark.parametrize(("retain", "survives"), [("true", True), ("false", False)])
def test_secret_delete_respects_retain(aws: list[str], retain: str, survives: bool) -> None:
    props = {"ParameterName": PARAM, "RetainOnDelete": retain}
    deploy_hooks.secret_handler(_event("Create", props), None)
    deploy_hooks.secret_handler(_event("Delete", props, PARAM), None)
    names = [p["Name"] for p in boto3.client("ssm").describe_parameters()["Parameters"]]
    assert (PARAM in names) is survives
    assert aws == ["SUCCESS", "SUCCESS"]


def _rooms_table() -> Any:
    client = boto3.client("dynamodb")
    client.create_table(**ROOMS.create_table_kwargs(TABLE))
    return boto3.resource("dynamodb").Table(TABLE)


def test_seed_writes_every_room_definition(aws: list[str]) -> None:
    table = _rooms_table()
    rooms = json.loads(DEFAULT_ROOMS_FILE.read_text(encoding="utf-8"))["rooms"]
    props = {"TableName": TABLE, "Rooms": json.dumps(rooms)}
    deploy_hooks.seed_rooms_handler(_event("Create", props), None)
    for room in rooms:
        item = table.get_item(Key={"pk": "ROOMS", "sk": room["id"]})["Item"]
        assert (item["name"], item["kind"]) == (room["name"], room["kind"])
        assert (item["capacity"], item["members"], item["moderators"]) == (room["capacity"], 0, 0)
        assert item["retention_hours"] == room["retention_hours"]
    assert aws == ["SUCCESS"]


def test_reseeding_updates_definitions_but_never_resets_live_counters(aws: list[str]) -> None:
    # GIVEN a seeded room with 7 people and 1 moderator in it
    table = _rooms_table()
    room = {
        "id": "lounge",
        "name": "Lounge",
        "topic": "t",
        "kind": "peer",
        "capacity": 10,
        "retention_hours": 24,
    }
    deploy_hooks.seed_rooms_handler(
        _event("Create", {"TableName": TABLE, "Rooms": json.dumps([room])}), None
    )
    table.update_item(
        Key={"pk": "ROOMS", "sk": "lounge"},
        UpdateExpression="SET members = :n, moderators = :m",
        ExpressionAttributeValues={":n": 7, ":m": 1},
    )
    # WHEN a re-deploy changes the room's capacity
    room["capacity"] = 20
    deploy_hooks.seed_rooms_handler(
        _event("Update", {"TableName": TABLE, "Rooms": json.dumps([room])}, "x"), None
    )
    # THEN the definition changes and the counter does not
    item = table.get_item(Key={"pk": "ROOMS", "sk": "lounge"})["Item"]
    assert (item["capacity"], item["members"], item["moderators"]) == (20, 7, 1)
    assert aws == ["SUCCESS", "SUCCESS"]


def test_a_failure_is_reported_to_cloudformation_not_raised(aws: list[str]) -> None:
    # No table exists: the hook must answer FAILED rather than leave the stack hanging.
    rooms = [
        {"id": "a", "name": "A", "topic": "t", "kind": "peer", "capacity": 1, "retention_hours": 1}
    ]
    deploy_hooks.seed_rooms_handler(
        _event("Create", {"TableName": "missing", "Rooms": json.dumps(rooms)}), None
    )
    assert aws == ["FAILED"]


def test_delete_leaves_room_data_alone(aws: list[str]) -> None:
    table = _rooms_table()
    table.put_item(Item={"pk": "ROOMS", "sk": "lounge", "members": 3})
    deploy_hooks.seed_rooms_handler(
        _event("Delete", {"TableName": TABLE, "Rooms": "[]"}, "x"), None
    )
    assert table.get_item(Key={"pk": "ROOMS", "sk": "lounge"})["Item"]["members"] == 3
    assert aws == ["SUCCESS"]


def test_seeded_items_read_back_as_the_apps_rooms(aws: list[str]) -> None:
    # The hook and DynamoStore.put_room must agree on the item layout.
    from chalicelib.rooms import load_rooms
    from chalicelib.store.codec import room_from

    table = _rooms_table()
    rooms = json.loads(DEFAULT_ROOMS_FILE.read_text(encoding="utf-8"))["rooms"]
    deploy_hooks.seed_rooms_handler(
        _event("Create", {"TableName": TABLE, "Rooms": json.dumps(rooms)}), None
    )
    items = table.query(
        KeyConditionExpression="pk = :p", ExpressionAttributeValues={":p": "ROOMS"}
    )["Items"]
    by_id = {room.id: room for room in (room_from(i) for i in items)}
    for expected in load_rooms(DEFAULT_ROOMS_FILE):
        assert by_id[expected.id] == expected
