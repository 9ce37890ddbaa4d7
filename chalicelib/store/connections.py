"""Connections table: one item per socket (`conn#id`) and one per claimed alias (`alias#name`)."""

from __future__ import annotations

from typing import Any

from botocore.exceptions import ClientError

from chalicelib.domain.model import Connection
from chalicelib.store.codec import IDENTITY_ATTRS, code, conn_attrs, conn_from, item, plain
from chalicelib.store.schema import TTL_ATTRIBUTE


class ConnectionsMixin:
    _conn: str

    def _call(self, op: str, **kwargs: Any) -> Any:
        raise NotImplementedError

    def put_connection(self, conn: Connection) -> None:
        self._call("put_item", TableName=self._conn, Item=item(conn_attrs(conn)))

    def update_identity(self, conn: Connection) -> None:
        """Write what `hello` decides (identity, role, guidelines, mute, country, device) and
        nothing else: a `join` on another Lambda may be adding a room to this item meanwhile,
        which rewriting the whole item would undo. A connection with no item gets one."""
        attrs = conn_attrs(conn)
        if not self.set_connection_fields(conn.id, **{k: attrs[k] for k in IDENTITY_ATTRS}):
            self.put_connection(conn)

    def set_connection_fields(self, connection_id: str, **fields: Any) -> bool:
        """Update some attributes of a live connection (None removes one); False if it is
        gone."""
        given = {k: v for k, v in fields.items() if v is not None}
        clauses = [f"SET {', '.join(f'#{k} = :{k}' for k in given)}"] if given else []
        if dropped := [k for k, v in fields.items() if v is None]:
            clauses.append("REMOVE " + ", ".join(f"#{k}" for k in dropped))
        values = {"ExpressionAttributeValues": item({f":{k}": v for k, v in given.items()})}
        try:
            self._call(
                "update_item",
                TableName=self._conn,
                Key=item({"pk": f"conn#{connection_id}"}),
                UpdateExpression=" ".join(clauses),
                ConditionExpression="attribute_exists(pk)",
                ExpressionAttributeNames={f"#{k}": k for k in fields},
                **(values if given else {}),
            )
        except ClientError as e:
            if code(e) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def get_connection(self, connection_id: str) -> Connection | None:
        out = self._call(
            "get_item", TableName=self._conn, Key=item({"pk": f"conn#{connection_id}"})
        )
        return conn_from(plain(out["Item"])) if "Item" in out else None

    def delete_connection(self, connection_id: str) -> None:
        self._call("delete_item", TableName=self._conn, Key=item({"pk": f"conn#{connection_id}"}))

    def claim_alias(self, alias: str, session_id: str, now_s: int, expires_s: int) -> bool:
        try:
            self._call(
                "put_item",
                TableName=self._conn,
                Item=item(
                    {"pk": f"alias#{alias}", "session": session_id, TTL_ATTRIBUTE: expires_s}
                ),
                ConditionExpression="attribute_not_exists(pk) OR #s = :s OR #t < :now",
                ExpressionAttributeNames={"#s": "session", "#t": TTL_ATTRIBUTE},
                ExpressionAttributeValues=item({":s": session_id, ":now": now_s}),
            )
        except ClientError as e:
            if code(e) == "ConditionalCheckFailedException":
                return False
            raise
        return True
