"""DynamoDB adapter for the Store port. Every call is a GetItem, Query or (conditional) write."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from chalicelib.domain.model import ROLE_MODERATOR, Member, Room
from chalicelib.errors import NotFound, RoomFull, Unavailable
from chalicelib.store.codec import (
    call,
    cancel_codes,
    code,
    item,
    member_from,
    plain,
    room_from,
)
from chalicelib.store.connections import ConnectionsMixin
from chalicelib.store.messages import MessagesMixin
from chalicelib.store.schema import ROOMS_PK, TTL_ATTRIBUTE


class DynamoStore(ConnectionsMixin, MessagesMixin):
    """Store port over Hearth's DynamoDB tables (see chalicelib/store/schema.py)."""

    def __init__(self, client: Any, tables: dict[str, str]) -> None:
        self._db = client
        self._conn = tables["connections"]
        self._rooms = tables["rooms"]
        self._msgs = tables["messages"]

    def _call(self, op: str, **kwargs: Any) -> Any:
        return call(self._db, op, **kwargs)

    def _query(
        self, table: str, cond: str, values: dict[str, Any], **kw: Any
    ) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        args: dict[str, Any] = {
            "TableName": table,
            "KeyConditionExpression": cond,
            "ExpressionAttributeValues": item(values),
            **kw,
        }
        while True:
            out = self._call("query", **args)
            items.extend(plain(i) for i in out.get("Items", []))
            if "LastEvaluatedKey" not in out or "Limit" in kw:
                return items
            args["ExclusiveStartKey"] = out["LastEvaluatedKey"]

    # ---- rooms -------------------------------------------------------------------------
    def put_room(self, room: Room) -> None:
        """Create or update a room definition; never resets its live counters or state."""
        fields = {
            "name": room.name,
            "topic": room.topic,
            "kind": room.kind,
            "capacity": room.capacity,
            "retention_hours": room.retention_hours,
        }
        sets = [f"#{k} = :{k}" for k in fields]
        sets += [f"#{k} = if_not_exists(#{k}, :zero)" for k in ("members", "moderators")]
        self._call(
            "update_item",
            TableName=self._rooms,
            Key=item({"pk": ROOMS_PK, "sk": room.id}),
            UpdateExpression="SET " + ", ".join(sets),
            ExpressionAttributeNames={f"#{k}": k for k in [*fields, "members", "moderators"]},
            ExpressionAttributeValues=item({**{f":{k}": v for k, v in fields.items()}, ":zero": 0}),
        )

    def set_room_state(self, room_id: str, **state: Any) -> None:
        """Moderator state (locked, slow_s, pinned); slow mode is copied onto every membership
        so that a send checks it from the membership it already reads."""
        names = {f"#{k}": k for k in state}
        sets = [f"#{k} = :{k}" for k, v in state.items() if v is not None]
        removes = [f"#{k}" for k, v in state.items() if v is None]
        expr = ("SET " + ", ".join(sets) if sets else "") + (
            " REMOVE " + ", ".join(removes) if removes else ""
        )
        self._call(
            "update_item",
            TableName=self._rooms,
            Key=item({"pk": ROOMS_PK, "sk": room_id}),
            UpdateExpression=expr.strip(),
            ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeNames=names,
            **(
                {"ExpressionAttributeValues": item({f":{k}": v for k, v in state.items()})}
                if sets
                else {}
            ),
        )
        if state.get("slow_s") is not None:
            for m in self.list_members(room_id):
                self._call(
                    "update_item",
                    TableName=self._rooms,
                    Key=item({"pk": f"ROOM#{room_id}", "sk": m.connection_id}),
                    UpdateExpression="SET slow_s = :s",
                    ConditionExpression="attribute_exists(sk)",
                    ExpressionAttributeValues=item({":s": state["slow_s"]}),
                )

    def get_room(self, room_id: str) -> Room | None:
        out = self._call(
            "get_item", TableName=self._rooms, Key=item({"pk": ROOMS_PK, "sk": room_id})
        )
        return room_from(plain(out["Item"])) if "Item" in out else None

    def list_rooms(self) -> list[Room]:
        return [room_from(i) for i in self._query(self._rooms, "pk = :p", {":p": ROOMS_PK})]

    # ---- memberships -------------------------------------------------------------------
    def add_member(self, room_id: str, member: Member, capacity: int, retention_hours: int) -> bool:
        """Atomically take a seat. False if already a member; raises RoomFull / NotFound."""
        try:
            self._call(
                "transact_write_items",
                TransactItems=self._join_items(room_id, member, capacity, retention_hours),
            )
        except ClientError as e:
            if code(e) != "TransactionCanceledException":
                raise
            codes = cancel_codes(e)
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
            "Key": item({"pk": ROOMS_PK, "sk": room_id}),
            "UpdateExpression": "SET #m = #m + :one, #mod = #mod + :mod",
            "ConditionExpression": "attribute_exists(pk) AND #m < :cap",
            "ExpressionAttributeNames": {"#m": "members", "#mod": "moderators"},
            "ExpressionAttributeValues": item(
                {":one": 1, ":cap": capacity, ":mod": int(m.role == ROLE_MODERATOR)}
            ),
        }
        membership = {
            "TableName": self._rooms,
            "Item": item(
                {
                    "pk": f"ROOM#{room_id}",
                    "sk": m.connection_id,
                    "alias": m.alias,
                    "role": m.role,
                    "joined_ms": m.joined_ms,
                    "retention_hours": retention_hours,
                    "session": m.session_id,
                    "slow_s": m.slow_s,
                    TTL_ATTRIBUTE: m.expires_s,
                }
            ),
            "ConditionExpression": "attribute_not_exists(sk)",
        }
        conn = {
            "TableName": self._conn,
            "Key": item({"pk": f"conn#{m.connection_id}"}),
            "UpdateExpression": "ADD #r :r",
            "ConditionExpression": "attribute_exists(pk)",
            "ExpressionAttributeNames": {"#r": "rooms"},
            "ExpressionAttributeValues": item({":r": {room_id}}),
        }
        return [{"Update": seat}, {"Put": membership}, {"Update": conn}]

    def remove_member(self, room_id: str, connection_id: str, role: str = "member") -> bool:
        """Give up a seat. False if the connection was not a member."""
        leave = {
            "TableName": self._rooms,
            "Key": item({"pk": f"ROOM#{room_id}", "sk": connection_id}),
            "ConditionExpression": "attribute_exists(sk)",
        }
        seat = {
            "TableName": self._rooms,
            "Key": item({"pk": ROOMS_PK, "sk": room_id}),
            "UpdateExpression": "SET #m = #m - :one, #mod = #mod - :mod",
            "ConditionExpression": "attribute_exists(pk) AND #m > :zero",
            "ExpressionAttributeNames": {"#m": "members", "#mod": "moderators"},
            "ExpressionAttributeValues": item(
                {":one": 1, ":zero": 0, ":mod": int(role == ROLE_MODERATOR)}
            ),
        }
        try:
            self._call("transact_write_items", TransactItems=[{"Delete": leave}, {"Update": seat}])
        except ClientError as e:
            if code(e) != "TransactionCanceledException":
                raise
            if cancel_codes(e)[0:1] == ["ConditionalCheckFailed"]:
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
                Key=item({"pk": f"conn#{connection_id}"}),
                UpdateExpression="DELETE #r :r",
                ConditionExpression="attribute_exists(pk)",
                ExpressionAttributeNames={"#r": "rooms"},
                ExpressionAttributeValues=item({":r": {room_id}}),
            )
        except ClientError as e:
            if code(e) != "ConditionalCheckFailedException":
                raise

    def list_members(self, room_id: str) -> list[Member]:
        items = self._query(self._rooms, "pk = :p", {":p": f"ROOM#{room_id}"})
        return [member_from(i) for i in items]

    def repair_room(self, room_id: str, now_s: int) -> int:
        """Drop memberships past their TTL (lost $disconnects) and reset the counters."""
        members = self.list_members(room_id)
        live = [m for m in members if m.expires_s > now_s]
        for m in members:
            if m.expires_s <= now_s:
                self._call(
                    "delete_item",
                    TableName=self._rooms,
                    Key=item({"pk": f"ROOM#{room_id}", "sk": m.connection_id}),
                )
        mods = sum(1 for m in live if m.role == ROLE_MODERATOR)
        self._call(
            "update_item",
            TableName=self._rooms,
            Key=item({"pk": ROOMS_PK, "sk": room_id}),
            UpdateExpression="SET #m = :n, #mod = :mods",
            ConditionExpression="attribute_exists(pk)",
            ExpressionAttributeNames={"#m": "members", "#mod": "moderators"},
            ExpressionAttributeValues=item({":n": len(live), ":mods": mods}),
        )
        return len(live)
