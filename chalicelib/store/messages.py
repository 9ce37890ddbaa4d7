"""Messages table: guarded, idempotent writes and time-ordered history (ids sort by time)."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from chalicelib.domain.ids import history_floor
from chalicelib.domain.model import Message, SendGuard
from chalicelib.ports import SendOutcome
from chalicelib.store.codec import call, cancel_codes, code, item, message_from, plain
from chalicelib.store.schema import ROOMS_PK, TTL_ATTRIBUTE


class MessagesMixin:
    _db: Any
    _conn: str
    _rooms: str
    _msgs: str

    def _query(
        self, table: str, cond: str, values: dict[str, Any], **kw: Any
    ) -> list[dict[str, Any]]:
        raise NotImplementedError

    def put_message(
        self,
        message: Message,
        dedup_key: str | None,
        expires_s: int,
        guard: SendGuard | None = None,
    ) -> SendOutcome:
        """Store a message in one transaction with its idempotency key and its guards."""
        parts: list[tuple[SendOutcome, dict[str, Any]]] = []
        if dedup_key is not None:
            parts.append(("duplicate", {"Put": self._dedup_item(message, dedup_key, expires_s)}))
        parts.append(("conflict", {"Put": self._message_item(message, expires_s)}))
        if guard is not None:
            parts += self._guard_items(message, guard)
        if len(parts) == 1:
            call(self._db, "put_item", **parts[0][1]["Put"])
            return "stored"
        try:
            # The token makes botocore's own retries of this write idempotent on DynamoDB's side.
            call(
                self._db,
                "transact_write_items",
                TransactItems=[p for _, p in parts],
                ClientRequestToken=message.id[:36],
            )
        except ClientError as e:
            if code(e) != "TransactionCanceledException":
                raise
            for (outcome, _), reason in zip(parts, cancel_codes(e), strict=False):
                if reason == "ConditionalCheckFailed":
                    return outcome
            return "conflict"
        return "stored"

    def _message_item(self, m: Message, expires_s: int) -> dict[str, Any]:
        values = {
            "pk": m.room,
            "sk": m.id,
            "id": m.id,
            "alias": m.alias,
            "text": m.text,
            "ts": m.ts,
            "client_id": m.client_id,
            "session": m.session_id,
            "role": m.role,
            TTL_ATTRIBUTE: expires_s,
        }
        return {"TableName": self._msgs, "Item": item(values)}

    def _dedup_item(self, m: Message, key: str, expires_s: int) -> dict[str, Any]:
        return {
            "TableName": self._msgs,
            "Item": item({"pk": f"dedup#{key}", "sk": "-", "id": m.id, TTL_ATTRIBUTE: expires_s}),
            "ConditionExpression": "attribute_not_exists(pk)",
        }

    def _guard_items(self, m: Message, g: SendGuard) -> list[tuple[SendOutcome, dict[str, Any]]]:
        room_cond = "attribute_exists(pk)"
        if not g.sender_is_moderator:
            room_cond += (
                " AND (attribute_not_exists(#locked) OR #locked = :false)"
                " AND (#kind = :peer OR #mods > :zero)"
            )
        room = {
            "TableName": self._rooms,
            "Key": item({"pk": ROOMS_PK, "sk": m.room}),
            "ConditionExpression": room_cond,
            **(
                {
                    "ExpressionAttributeNames": {
                        "#locked": "locked",
                        "#kind": "kind",
                        "#mods": "moderators",
                    },
                    "ExpressionAttributeValues": item(
                        {":false": False, ":peer": "peer", ":zero": 0}
                    ),
                }
                if not g.sender_is_moderator
                else {}
            ),
        }
        member = _optimistic_set(
            self._rooms,
            {"pk": f"ROOM#{m.room}", "sk": g.connection_id},
            "sk",
            "last_sent_ms",
            g.last_sent_before,
            {"last_sent_ms": m.ts},
        )
        bucket = _optimistic_set(
            self._conn,
            {"pk": f"conn#{g.connection_id}"},
            "pk",
            "bucket_ms",
            g.bucket_ms_before,
            {"bucket_ms": m.ts, "bucket_tokens": g.bucket_tokens},
        )
        return [
            ("room_closed", {"ConditionCheck": room}),
            ("not_member", {"Update": member}),
            ("conflict", {"Update": bucket}),
        ]

    def get_message(self, room_id: str, message_id: str) -> Message | None:
        out = call(
            self._db, "get_item", TableName=self._msgs, Key=item({"pk": room_id, "sk": message_id})
        )
        return message_from(plain(out["Item"])) if "Item" in out else None

    def delete_message(self, room_id: str, message_id: str) -> bool:
        out = call(
            self._db,
            "delete_item",
            TableName=self._msgs,
            Key=item({"pk": room_id, "sk": message_id}),
            ReturnValues="ALL_OLD",
        )
        return "Attributes" in out

    def recent_messages(self, room_id: str, since_ms: int, limit: int) -> list[Message]:
        items = self._query(
            self._msgs,
            "pk = :p AND sk > :since",
            {":p": room_id, ":since": history_floor(since_ms)},
            ScanIndexForward=False,
            Limit=limit,
        )
        return [message_from(i) for i in reversed(items)]


def _optimistic_set(
    table: str,
    key: dict[str, str],
    key_attr: str,
    version_attr: str,
    before: int | None,
    values: dict[str, Any],
) -> dict[str, Any]:
    """Update that only applies if `version_attr` still holds what we read (or is absent)."""
    cond = f"attribute_exists({key_attr}) AND "
    cond += (
        f"attribute_not_exists(#{version_attr})" if before is None else f"#{version_attr} = :before"
    )
    names = {f"#{k}": k for k in values} | {f"#{version_attr}": version_attr}
    vals = {f":{k}": v for k, v in values.items()}
    if before is not None:
        vals[":before"] = before
    return {
        "TableName": table,
        "Key": item(key),
        "UpdateExpression": "SET " + ", ".join(f"#{k} = :{k}" for k in values),
        "ConditionExpression": cond,
        "ExpressionAttributeNames": names,
        "ExpressionAttributeValues": item(vals),
    }
