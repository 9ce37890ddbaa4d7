"""The one definition of Hearth's DynamoDB tables.

infra/ (CDK) and devserver/ (moto / DynamoDB Local) both build their tables from
TABLES, so local and deployed schemas cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TTL_ATTRIBUTE = "ttl"
ROOMS_PK = "ROOMS"  # rooms table partition holding every room definition (one Query lists them)


@dataclass(frozen=True)
class TableSpec:
    """One table: logical name, string partition key, optional string sort key."""

    logical: str  # "connections", "rooms", "messages", "moderation"
    partition_key: str
    sort_key: str | None
    holds_user_data: bool  # data tables get RETAIN + deletion protection in production

    def create_table_kwargs(self, table_name: str) -> dict[str, Any]:
        """Arguments for DynamoDB CreateTable (on-demand billing)."""
        keys = [{"AttributeName": self.partition_key, "KeyType": "HASH"}]
        attrs = [{"AttributeName": self.partition_key, "AttributeType": "S"}]
        if self.sort_key:
            keys.append({"AttributeName": self.sort_key, "KeyType": "RANGE"})
            attrs.append({"AttributeName": self.sort_key, "AttributeType": "S"})
        return {
            "TableName": table_name,
            "KeySchema": keys,
            "AttributeDefinitions": attrs,
            "BillingMode": "PAY_PER_REQUEST",
        }


# connections: "conn#<id>" items (one per socket) and "alias#<Alias>" claims.
CONNECTIONS = TableSpec("connections", "pk", None, holds_user_data=False)
# rooms: pk "ROOMS"/sk <room id> holds definitions + live member counters;
#        pk "ROOM#<id>"/sk <connection id> holds memberships.
ROOMS = TableSpec("rooms", "pk", "sk", holds_user_data=True)
# messages: pk <room id>/sk "<ts:013d>#<message id>"; "dedup#..." idempotency keys.
MESSAGES = TableSpec("messages", "pk", "sk", holds_user_data=True)
# moderation: reports, bans, mutes, credentials, audit log.
MODERATION = TableSpec("moderation", "pk", "sk", holds_user_data=True)

TABLES: tuple[TableSpec, ...] = (CONNECTIONS, ROOMS, MESSAGES, MODERATION)


def create_tables(client: Any, names: dict[str, str]) -> None:
    """Create every table (if missing) with TTL enabled. `names` maps logical → real name."""
    existing = set(client.list_tables().get("TableNames", []))
    for spec in TABLES:
        name = names[spec.logical]
        if name in existing:
            continue
        client.create_table(**spec.create_table_kwargs(name))
        client.get_waiter("table_exists").wait(TableName=name)
        client.update_time_to_live(
            TableName=name,
            TimeToLiveSpecification={"Enabled": True, "AttributeName": TTL_ATTRIBUTE},
        )
