"""CloudFormation custom resources run once per deploy (not on the chat path).

- secret_handler: create the resume-token signing secret as an SSM SecureString (standard tier,
  AWS-managed key: free). CloudFormation itself cannot create SecureString parameters, and a
  value generated at synth time would sit in plain text in the template.
- seed_rooms_handler: upsert each room definition from rooms.json into the rooms table without
  ever resetting a live `members` counter.

Only boto3 and the standard library: both come with the Lambda Python runtime.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import urllib.request
from typing import Any

import boto3

SECRET_BYTES = 48


def _respond(event: dict[str, Any], status: str, physical_id: str, reason: str = "") -> None:
    """PUT the result to CloudFormation's pre-signed URL (the custom-resource protocol)."""
    body = json.dumps(
        {
            "Status": status,
            "Reason": reason[:1000] or status,
            "PhysicalResourceId": physical_id,
            "StackId": event["StackId"],
            "RequestId": event["RequestId"],
            "LogicalResourceId": event["LogicalResourceId"],
            "Data": {},  # never echo the secret: Data is visible in the CloudFormation console
        }
    ).encode()
    request = urllib.request.Request(
        event["ResponseURL"],
        data=body,
        method="PUT",
        headers={"Content-Type": "", "Content-Length": str(len(body))},
    )
    with urllib.request.urlopen(request, timeout=20):
        pass


def _run(event: dict[str, Any], physical_id: str, action: Any) -> None:
    # Always answer: an unanswered custom resource hangs the stack for an hour.
    try:
        action()
    except Exception as exc:  # report any failure to CloudFormation
        print(f"{event['RequestType']} failed: {type(exc).__name__}")
        _respond(event, "FAILED", physical_id, f"{type(exc).__name__}: {exc}")
        return
    _respond(event, "SUCCESS", physical_id)


def create_secret(ssm: Any, name: str) -> None:
    """Store a fresh random secret unless one already exists (re-deploys keep tokens valid)."""
    with contextlib.suppress(ssm.exceptions.ParameterAlreadyExists):
        ssm.put_parameter(
            Name=name,
            Value=secrets.token_urlsafe(SECRET_BYTES),
            Type="SecureString",
            Tier="Standard",
            Overwrite=False,
            Description="Hearth resume-token signing secret (generated at deploy time)",
        )


def delete_secret(ssm: Any, name: str) -> None:
    with contextlib.suppress(ssm.exceptions.ParameterNotFound):
        ssm.delete_parameter(Name=name)


def secret_handler(event: dict[str, Any], _context: Any, ssm: Any = None) -> None:
    """Custom::HearthTokenSecret: Create/Update make sure it exists; Delete removes it (dev)."""
    props = event["ResourceProperties"]
    name = props["ParameterName"]
    client = ssm or boto3.client("ssm")
    kind = event["RequestType"]
    if kind == "Delete":
        keep = props.get("RetainOnDelete") == "true" or event.get("PhysicalResourceId") != name
        _run(event, name, lambda: None if keep else delete_secret(client, name))
    else:
        _run(event, name, lambda: create_secret(client, name))


def room_update_args(table: str, room: dict[str, Any]) -> dict[str, Any]:
    """UpdateItem arguments for one room definition (the layout DynamoStore.put_room writes).

    The live counters `members` and `moderators` are only initialised when absent.
    """
    return {
        "TableName": table,
        "Key": {"pk": {"S": "ROOMS"}, "sk": {"S": str(room["id"])}},
        "UpdateExpression": (
            "SET #name = :name, #topic = :topic, #kind = :kind, #capacity = :capacity, "
            "#retention = :retention, #members = if_not_exists(#members, :zero), "
            "#moderators = if_not_exists(#moderators, :zero)"
        ),
        # Placeholders for every name: several (NAME, CAPACITY, ...) are DynamoDB reserved words.
        "ExpressionAttributeNames": {
            "#name": "name",
            "#topic": "topic",
            "#kind": "kind",
            "#capacity": "capacity",
            "#retention": "retention_hours",
            "#members": "members",
            "#moderators": "moderators",
        },
        "ExpressionAttributeValues": {
            ":name": {"S": str(room["name"])},
            ":topic": {"S": str(room["topic"])},
            ":kind": {"S": str(room["kind"])},
            ":capacity": {"N": str(int(room["capacity"]))},
            ":retention": {"N": str(int(room["retention_hours"]))},
            ":zero": {"N": "0"},
        },
    }


def seed_rooms(dynamodb: Any, table: str, rooms: list[dict[str, Any]]) -> None:
    for room in rooms:
        dynamodb.update_item(**room_update_args(table, room))


def seed_rooms_handler(event: dict[str, Any], _context: Any, dynamodb: Any = None) -> None:
    """Custom::HearthRoomsSeed: Create/Update upsert every room; Delete leaves data alone."""
    props = event["ResourceProperties"]
    table = props["TableName"]
    physical_id = f"{table}/rooms-seed"
    if event["RequestType"] == "Delete":
        _run(event, physical_id, lambda: None)
        return
    client = dynamodb or boto3.client("dynamodb")
    rooms = json.loads(props["Rooms"])
    _run(event, physical_id, lambda: seed_rooms(client, table, rooms))
