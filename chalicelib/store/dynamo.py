"""DynamoDB adapter for the Store port. Every call is a GetItem, Query or (conditional) write."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from botocore.exceptions import ClientError

from chalicelib.domain.ids import history_floor
from chalicelib.domain.model import Connection, Member, Message, Room
from chalicelib.errors import NotFound, RoomFull, Unavailable
from chalicelib.store.schema import TTL_ATTRIBUTE

_ser = TypeSerializer()
_de = TypeDeserializer()
ROOMS_PK = "ROOMS"
RETRYABLE = {
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
    "InternalServerError",
    "ServiceUnavailable",
    "TransactionConflictException",
}


def _item(values: dict[str, Any]) -> dict[str, Any]:
    return {k: _ser.serialize(v) for k, v in values.items() if v is not None}


def _plain(item: dict[str, Any]) -> dict[str, Any]:
    out = {k: _de.deserialize(v) for k, v in item.items()}
    return {k: int(v) if isinstance(v, Decimal) else v for k, v in out.items()}


def _code(e: ClientError) -> str:
    return str(e.response.get("Error", {}).get("Code", ""))


def _cancel_codes(e: ClientError) -> list[str]:
    return [str(r.get("Code", "None")) for r in e.response.get("CancellationReasons", [])]


class DynamoStore:
    """Store port over four DynamoDB tables (see chalicelib/store/schema.py)."""

    def __init__(self, client: Any, tables: dict[str, str]) -> None:
        self._db = client
        self._conn = tables["connections"]
        self._rooms = tables["rooms"]
        self._msgs = tables["messages"]

    def _call(self, op: str, **kwargs: Any) -> Any:
        try:
            return getattr(self._db, op)(**kwargs)
        except ClientError as e:
            if _code(e) in RETRYABLE:
                raise Unavailable() from e
            raise

    # ---- connections -------------------------------------------------------------------
    def put_connection(self, conn: Connection) -> None:
        self._call("put_item", TableName=self._conn, Item=_item(_conn_attrs(conn)))

    def update_connection(self, conn: Connection) -> None:
        self.put_connection(conn)

    def get_connection(self, connection_id: str) -> Connection | None:
        out = self._call(
            "get_item", TableName=self._conn, Key=_item({"pk": f"conn#{connection_id}"})
        )
        return _conn_from(_plain(out["Item"])) if "Item" in out else None

    def delete_connection(self, connection_id: str) -> None:
        self._call("delete_item", TableName=self._conn, Key=_item({"pk": f"conn#{connection_id}"}))

    def claim_alias(self, alias: str, session_id: str, now_s: int, expires_s: int) -> bool:
        try:
            self._call(
                "put_item",
                TableName=self._conn,
                Item=_item(
                    {"pk": f"alias#{alias}", "session": session_id, TTL_ATTRIBUTE: expires_s}
                ),
                ConditionExpression="attribute_not_exists(pk) OR #s = :s OR #t < :now",
                ExpressionAttributeNames={"#s": "session", "#t": TTL_ATTRIBUTE},
                ExpressionAttributeValues=_item({":s": session_id, ":now": now_s}),
            )
        except ClientError as e:
            if _code(e) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    # ---- rooms -------------------------------------------------------------------------
    def put_room(self, room: Room) -> None:
        """Create or update a room definition; never resets its live member counter."""
        self._call(
            "update_item",
            TableName=self._rooms,
            Key=_item({"pk": ROOMS_PK, "sk": room.id}),
            UpdateExpression=(
                "SET #n = :n, #t = :t, #k = :k, #c = :c, #r = :r, #m = if_not_exists(#m, :zero)"
            ),
            ExpressionAttributeNames={
                "#n": "name",
                "#t": "topic",
                "#k": "kind",
                "#c": "capacity",
                "#r": "retention_hours",
                "#m": "members",
            },
            ExpressionAttributeValues=_item(
                {
                    ":n": room.name,
                    ":t": room.topic,
                    ":k": room.kind,
                    ":c": room.capacity,
                    ":r": room.retention_hours,
                    ":zero": 0,
                }
            ),
        )

    def get_room(self, room_id: str) -> Room | None:
        out = self._call(
            "get_item", TableName=self._rooms, Key=_item({"pk": ROOMS_PK, "sk": room_id})
        )
        return _room_from(_plain(out["Item"])) if "Item" in out else None

    def list_rooms(self) -> list[Room]:
        items = self._query(self._rooms, "pk = :p", {":p": ROOMS_PK})
        return [_room_from(i) for i in items]

    def _query(
        self, table: str, cond: str, values: dict[str, Any], **kw: Any
    ) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        args: dict[str, Any] = {
            "TableName": table,
            "KeyConditionExpression": cond,
            "ExpressionAttributeValues": _item(values),
            **kw,
        }
        while True:
            out = self._call("query", **args)
            items.extend(_plain(i) for i in out.get("Items", []))
            if "LastEvaluatedKey" not in out or "Limit" in kw:
                return items
            args["ExclusiveStartKey"] = out["LastEvaluatedKey"]

    # ---- memberships -------------------------------------------------------------------
    def add_member(self, room_id: str, member: Member, capacity: int, retention_hours: int) -> bool:
        """Atomically take a seat. False if already a member; raises RoomFull / NotFound."""
        try:
            self._call(
                "transact_write_items",
                TransactItems=self._join_items(room_id, member, capacity, retention_hours),
            )
        except ClientError as e:
            if _code(e) != "TransactionCanceledException":
                raise
            codes = _cancel_codes(e)
            if codes[1:2] == ["ConditionalCheckFailed"]:
                return False
            if codes[0:1] == ["ConditionalCheckFailed"]:
                raise RoomFull() from e
            if codes[2:3] == ["ConditionalCheckFailed"]:
                raise NotFound("Your connection has expired; please reconnect.") from e
            raise Unavailable() from e
        return True

    def _join_items(
        self, room_id: str, m: Member, capacity: int, retention_hours: int
    ) -> list[dict[str, Any]]:
        seat = {
            "TableName": self._rooms,
            "Key": _item({"pk": ROOMS_PK, "sk": room_id}),
            "UpdateExpression": "SET #m = #m + :one",
            "ConditionExpression": "attribute_exists(pk) AND #m < :cap",
            "ExpressionAttributeNames": {"#m": "members"},
            "ExpressionAttributeValues": _item({":one": 1, ":cap": capacity}),
        }
        membership = {
            "TableName": self._rooms,
            "Item": _item(
                {
                    "pk": f"ROOM#{room_id}",
                    "sk": m.connection_id,
                    "alias": m.alias,
                    "role": m.role,
                    "joined_ms": m.joined_ms,
                    "retention_hours": retention_hours,
                    "session": m.session_id,
                    TTL_ATTRIBUTE: m.expires_s,
                }
            ),
            "ConditionExpression": "attribute_not_exists(sk)",
        }
        conn = {
            "TableName": self._conn,
            "Key": _item({"pk": f"conn#{m.connection_id}"}),
            "UpdateExpression": "ADD #r :r",
            "ExpressionAttributeNames": {"#r": "rooms"},
            "ConditionExpression": "attribute_exists(pk)",
            "ExpressionAttributeValues": _item({":r": {room_id}}),
        }
        return [{"Update": seat}, {"Put": membership}, {"Update": conn}]

    def remove_member(self, room_id: str, connection_id: str) -> bool:
        """Give up a seat. False if the connection was not a member."""
        leave = {
            "TableName": self._rooms,
            "Key": _item({"pk": f"ROOM#{room_id}", "sk": connection_id}),
            "ConditionExpression": "attribute_exists(sk)",
        }
        seat = {
            "TableName": self._rooms,
            "Key": _item({"pk": ROOMS_PK, "sk": room_id}),
            "UpdateExpression": "SET #m = #m - :one",
            "ConditionExpression": "attribute_exists(pk) AND #m > :zero",
            "ExpressionAttributeNames": {"#m": "members"},
            "ExpressionAttributeValues": _item({":one": 1, ":zero": 0}),
        }
        try:
            self._call("transact_write_items", TransactItems=[{"Delete": leave}, {"Update": seat}])
        except ClientError as e:
            if _code(e) != "TransactionCanceledException":
                raise
            if _cancel_codes(e)[0:1] == ["ConditionalCheckFailed"]:
                return False
            # counter already at zero: still drop the membership itself
            self._call("delete_item", TableName=self._rooms, Key=leave["Key"])
        self._forget_room(connection_id, room_id)
        return True

    def _forget_room(self, connection_id: str, room_id: str) -> None:
        try:
            self._call(
                "update_item",
                TableName=self._conn,
                Key=_item({"pk": f"conn#{connection_id}"}),
                UpdateExpression="DELETE #r :r",
                ExpressionAttributeNames={"#r": "rooms"},
                ConditionExpression="attribute_exists(pk)",
                ExpressionAttributeValues=_item({":r": {room_id}}),
            )
        except ClientError as e:
            if _code(e) != "ConditionalCheckFailedException":
                raise

    def list_members(self, room_id: str) -> list[Member]:
        items = self._query(self._rooms, "pk = :p", {":p": f"ROOM#{room_id}"})
        return [_member_from(i) for i in items]

    def repair_room(self, room_id: str, now_s: int) -> int:
        """Drop memberships past their TTL (lost $disconnects) and reset the counter."""
        members = self.list_members(room_id)
        live = [m for m in members if m.expires_s > now_s]
        for m in members:
            if m.expires_s <= now_s:
                self._call(
                    "delete_item",
                    TableName=self._rooms,
                    Key=_item({"pk": f"ROOM#{room_id}", "sk": m.connection_id}),
                )
        self._call(
            "update_item",
            TableName=self._rooms,
            Key=_item({"pk": ROOMS_PK, "sk": room_id}),
            UpdateExpression="SET #m = :n",
            ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeNames={"#m": "members"},
            ExpressionAttributeValues=_item({":n": len(live)}),
        )
        return len(live)

    # ---- messages ----------------------------------------------------------------------
    def put_message(self, message: Message, dedup_key: str | None, expires_s: int) -> bool:
        """Store a message; with a dedup key, atomically once. False for a duplicate."""
        put = {
            "TableName": self._msgs,
            "Item": _item(
                {
                    "pk": message.room,
                    "sk": message.id,
                    "id": message.id,
                    "alias": message.alias,
                    "text": message.text,
                    "ts": message.ts,
                    "client_id": message.client_id,
                    "session": message.session_id,
                    TTL_ATTRIBUTE: expires_s,
                }
            ),
        }
        if dedup_key is None:
            self._call("put_item", **put)
            return True
        dedup = {
            "TableName": self._msgs,
            "Item": _item(
                {"pk": f"dedup#{dedup_key}", "sk": "-", "id": message.id, TTL_ATTRIBUTE: expires_s}
            ),
            "ConditionExpression": "attribute_not_exists(pk)",
        }
        try:
            self._call("transact_write_items", TransactItems=[{"Put": dedup}, {"Put": put}])
        except ClientError as e:
            if _code(e) == "TransactionCanceledException" and _cancel_codes(e)[0:1] == [
                "ConditionalCheckFailed"
            ]:
                return False
            raise
        return True

    def get_message(self, room_id: str, message_id: str) -> Message | None:
        out = self._call(
            "get_item", TableName=self._msgs, Key=_item({"pk": room_id, "sk": message_id})
        )
        return _message_from(_plain(out["Item"])) if "Item" in out else None

    def recent_messages(self, room_id: str, since_ms: int, limit: int) -> list[Message]:
        items = self._query(
            self._msgs,
            "pk = :p AND sk > :since",
            {":p": room_id, ":since": history_floor(since_ms)},
            ScanIndexForward=False,
            Limit=limit,
        )
        return [_message_from(i) for i in reversed(items)]


def _conn_attrs(c: Connection) -> dict[str, Any]:
    return {
        "pk": f"conn#{c.id}",
        "connected_ms": c.connected_ms,
        "session": c.session_id,
        "alias": c.alias,
        "role": c.role,
        "rooms": set(c.rooms) or None,
        "accepted": c.accepted_guidelines,
        TTL_ATTRIBUTE: c.expires_s,
    }


def _conn_from(i: dict[str, Any]) -> Connection:
    return Connection(
        id=str(i["pk"]).removeprefix("conn#"),
        connected_ms=int(i.get("connected_ms", 0)),
        expires_s=int(i.get(TTL_ATTRIBUTE, 0)),
        session_id=i.get("session"),
        alias=i.get("alias"),
        role=str(i.get("role", "member")),
        rooms=set(i.get("rooms", set())),
        accepted_guidelines=bool(i.get("accepted", False)),
    )


def _room_from(i: dict[str, Any]) -> Room:
    return Room(
        id=str(i["sk"]),
        name=str(i["name"]),
        topic=str(i.get("topic", "")),
        kind="moderated" if i.get("kind") == "moderated" else "peer",
        capacity=int(i["capacity"]),
        retention_hours=int(i["retention_hours"]),
        members=max(0, int(i.get("members", 0))),
    )


def _member_from(i: dict[str, Any]) -> Member:
    return Member(
        connection_id=str(i["sk"]),
        alias=str(i["alias"]),
        role=str(i.get("role", "member")),
        joined_ms=int(i.get("joined_ms", 0)),
        expires_s=int(i.get(TTL_ATTRIBUTE, 0)),
        session_id=str(i.get("session", "")),
        retention_hours=int(i.get("retention_hours", 24)),
    )


def _message_from(i: dict[str, Any]) -> Message:
    return Message(
        room=str(i["pk"]),
        id=str(i["id"]),
        alias=str(i["alias"]),
        text=str(i["text"]),
        ts=int(i["ts"]),
        client_id=i.get("client_id"),
        session_id=str(i.get("session", "")),
    )
