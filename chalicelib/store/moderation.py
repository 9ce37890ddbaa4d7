"""Moderation table: credentials, bans, mutes, reports, the audit log and the on-duty roster."""

from __future__ import annotations

import secrets
from typing import Any

from botocore.exceptions import ClientError

from chalicelib.domain.credentials import StoredCredential
from chalicelib.domain.model import AuditEntry, OnDuty, ReportRecord
from chalicelib.store.codec import call, cancel_codes, code, item, plain
from chalicelib.store.schema import TTL_ATTRIBUTE


class DynamoModerationStore:
    """ModerationStore port over the moderation table."""

    def __init__(self, client: Any, table: str) -> None:
        self._db = client
        self._t = table

    def _get(self, pk: str, sk: str) -> dict[str, Any] | None:
        out = call(self._db, "get_item", TableName=self._t, Key=item({"pk": pk, "sk": sk}))
        return plain(out["Item"]) if "Item" in out else None

    def _put(self, values: dict[str, Any]) -> None:
        call(self._db, "put_item", TableName=self._t, Item=item(values))

    def _query(
        self, pk: str, newest_first: bool = False, limit: int = 1000
    ) -> list[dict[str, Any]]:
        out = call(
            self._db,
            "query",
            TableName=self._t,
            KeyConditionExpression="pk = :p",
            ExpressionAttributeValues=item({":p": pk}),
            ScanIndexForward=not newest_first,
            Limit=limit,
        )
        return [plain(i) for i in out.get("Items", [])]

    # ---- credentials -------------------------------------------------------------------
    def put_credential(self, c: StoredCredential) -> None:
        self._put(
            {
                "pk": "CRED",
                "sk": c.id,
                "role": c.role,
                "salt": c.salt,
                "digest": c.digest,
                "label": c.label,
                "revoked": c.revoked,
            }
        )

    def get_credential(self, cred_id: str) -> StoredCredential | None:
        i = self._get("CRED", cred_id)
        if i is None:
            return None
        return StoredCredential(
            cred_id,
            str(i["role"]),
            str(i["salt"]),
            str(i["digest"]),
            str(i.get("label", "")),
            bool(i.get("revoked", False)),
        )

    def list_credentials(self) -> list[StoredCredential]:
        return [c for i in self._query("CRED") if (c := self.get_credential(str(i["sk"])))]

    def revoke_credential(self, cred_id: str) -> bool:
        try:
            call(
                self._db,
                "update_item",
                TableName=self._t,
                Key=item({"pk": "CRED", "sk": cred_id}),
                UpdateExpression="SET revoked = :t",
                ConditionExpression="attribute_exists(pk)",
                ExpressionAttributeValues=item({":t": True}),
            )
        except ClientError as e:
            if code(e) == "ConditionalCheckFailedException":
                return False
            raise
        return True

    def note_credential_failure(self, cred_id: str, now_s: int, window_s: int) -> int:
        """Count a failed attempt on a credential id within a window; returns the count."""
        key = item({"pk": "CREDFAIL", "sk": cred_id})
        try:
            out = call(
                self._db,
                "update_item",
                TableName=self._t,
                Key=key,
                UpdateExpression="ADD fails :one SET #t = if_not_exists(#t, :exp)",
                ConditionExpression="attribute_not_exists(pk) OR #t > :now",
                ExpressionAttributeNames={"#t": TTL_ATTRIBUTE},
                ExpressionAttributeValues=item(
                    {":one": 1, ":exp": now_s + window_s, ":now": now_s}
                ),
                ReturnValues="UPDATED_NEW",
            )
        except ClientError as e:
            if code(e) != "ConditionalCheckFailedException":
                raise
            self._put(
                {"pk": "CREDFAIL", "sk": cred_id, "fails": 1, TTL_ATTRIBUTE: now_s + window_s}
            )
            return 1
        return int(plain(out["Attributes"])["fails"])

    def credential_failures(self, cred_id: str, now_s: int) -> int:
        i = self._get("CREDFAIL", cred_id)
        return int(i["fails"]) if i and int(i[TTL_ATTRIBUTE]) > now_s else 0

    # ---- sanctions (keyed by anonymous session, never by IP) ---------------------------
    def put_sanction(self, kind: str, session_id: str, until_ms: int) -> None:
        self._put(
            {
                "pk": kind.upper(),
                "sk": session_id,
                "until_ms": until_ms,
                TTL_ATTRIBUTE: until_ms // 1000 + 60,
            }
        )

    def sanction_until(self, kind: str, session_id: str) -> int:
        i = self._get(kind.upper(), session_id)
        return int(i["until_ms"]) if i else 0

    def clear_sanction(self, kind: str, session_id: str) -> None:
        call(
            self._db,
            "delete_item",
            TableName=self._t,
            Key=item({"pk": kind.upper(), "sk": session_id}),
        )

    # ---- reports -----------------------------------------------------------------------
    def put_report(self, r: ReportRecord, expires_s: int) -> bool:
        """Store a report once per (message, reporter); False for a repeat."""
        once = {
            "TableName": self._t,
            "Item": item(
                {
                    "pk": f"REPORTED#{r.room}#{r.message_id}",
                    "sk": r.reporter_session,
                    TTL_ATTRIBUTE: expires_s,
                }
            ),
            "ConditionExpression": "attribute_not_exists(pk)",
        }
        entry = {
            "TableName": self._t,
            "Item": item(
                {
                    "pk": "REPORTS",
                    "sk": f"{r.ts:013d}#{secrets.token_hex(4)}",
                    "room": r.room,
                    "message_id": r.message_id,
                    "message_alias": r.message_alias,
                    "message_text": r.message_text,
                    "reporter_alias": r.reporter_alias,
                    "reason": r.reason,
                    "ts": r.ts,
                    TTL_ATTRIBUTE: expires_s,
                }
            ),
        }
        try:
            call(self._db, "transact_write_items", TransactItems=[{"Put": once}, {"Put": entry}])
        except ClientError as e:
            if code(e) == "TransactionCanceledException" and cancel_codes(e)[:1] == [
                "ConditionalCheckFailed"
            ]:
                return False
            raise
        return True

    def list_reports(self, limit: int = 100) -> list[ReportRecord]:
        return [
            ReportRecord(
                str(i["room"]),
                str(i["message_id"]),
                str(i.get("message_alias", "")),
                str(i.get("message_text", "")),
                str(i.get("reporter_alias", "")),
                "",
                i.get("reason"),
                int(i["ts"]),
            )
            for i in self._query("REPORTS", newest_first=True, limit=limit)
        ]

    # ---- audit log ---------------------------------------------------------------------
    def audit(self, e: AuditEntry, expires_s: int) -> None:
        self._put(
            {
                "pk": "AUDIT",
                "sk": f"{e.ts:013d}#{secrets.token_hex(4)}",
                "ts": e.ts,
                "actor": e.actor,
                "op": e.op,
                "room": e.room,
                "target": e.target,
                "detail": e.detail,
                TTL_ATTRIBUTE: expires_s,
            }
        )

    def list_audit(self, limit: int = 10_000) -> list[AuditEntry]:
        return [
            AuditEntry(
                int(i["ts"]),
                str(i["actor"]),
                str(i["op"]),
                str(i.get("room", "")),
                str(i.get("target", "")),
                str(i.get("detail", "")),
            )
            for i in self._query("AUDIT", limit=limit)
        ]

    # ---- who is on duty ----------------------------------------------------------------
    def go_on_duty(self, d: OnDuty) -> None:
        self._put(
            {
                "pk": "ONDUTY",
                "sk": d.connection_id,
                "alias": d.alias,
                "role": d.role,
                TTL_ATTRIBUTE: d.expires_s,
            }
        )

    def go_off_duty(self, connection_id: str) -> None:
        call(
            self._db,
            "delete_item",
            TableName=self._t,
            Key=item({"pk": "ONDUTY", "sk": connection_id}),
        )

    def on_duty(self, now_s: int) -> list[OnDuty]:
        return [
            OnDuty(
                str(i["sk"]),
                str(i["alias"]),
                str(i.get("role", "moderator")),
                int(i[TTL_ATTRIBUTE]),
            )
            for i in self._query("ONDUTY")
            if int(i.get(TTL_ATTRIBUTE, 0)) > now_s
        ]
