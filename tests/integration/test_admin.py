"""The admin CLI against moto DynamoDB: rooms, credentials, reports, audit export."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from chalicelib.domain.credentials import matches, split
from chalicelib.domain.model import AuditEntry, ReportRecord
from chalicelib.store.moderation import DynamoModerationStore
from hearth.admin import main
from tests.conftest import TABLES


def run(*argv: str) -> str:
    out = io.StringIO()
    assert main(list(argv), out) == 0
    return out.getvalue()


def test_rooms_sync_list_and_set(dynamodb: Any) -> None:
    assert "synced 8 rooms" in run("rooms", "sync")
    listed = run("rooms", "list")
    assert "lounge\tpeer\t0/100" in listed and "evening-circle\tmoderated" in listed
    assert "closed" in listed.split("evening-circle")[1].splitlines()[0]
    assert "updated room lounge" in run("rooms", "set", "lounge", "--capacity", "12")
    assert "lounge\tpeer\t0/12" in run("rooms", "list")
    assert "created room night-owls" in run(
        "rooms", "set", "night-owls", "--name", "Night Owls", "--kind", "peer", "--capacity", "30"
    )
    assert main(["rooms", "set", "Bad Id!", "--name", "x", "--capacity", "3"], io.StringIO()) == 2


def test_credentials_are_minted_once_stored_hashed_and_revocable(dynamodb: Any) -> None:
    out = run("creds", "mint", "--role", "moderator", "--label", "Sam, Tuesdays")
    secret = out.strip().splitlines()[-1]
    cred_id, plain = split(secret) or ("", "")
    mods = DynamoModerationStore(dynamodb, TABLES["moderation"])
    stored = mods.get_credential(cred_id)
    assert stored is not None and matches(stored, plain)
    assert plain not in json.dumps(dynamodb.scan(TableName=TABLES["moderation"])["Items"])
    assert f"{cred_id}\tmoderator\tactive\tSam, Tuesdays" in run("creds", "list")
    run("creds", "revoke", cred_id)
    assert f"{cred_id}\tmoderator\trevoked" in run("creds", "list")


def test_reports_and_audit_export(dynamodb: Any) -> None:
    mods = DynamoModerationStore(dynamodb, TABLES["moderation"])
    mods.put_report(
        ReportRecord(
            "lounge",
            "m1",
            "Quiet Heron",
            "unkind words",
            "Brave Otter",
            "sess",
            "rude",
            1_780_000_000_000,
        ),
        1_790_000_000,
    )
    mods.audit(
        AuditEntry(1_780_000_000_001, "Calm Owl", "mute", "lounge", "Quiet Heron", "until=1"),
        1_790_000_000,
    )
    reports = json.loads(run("reports", "list"))
    assert reports[0]["message_text"] == "unkind words" and reports[0]["reporter_session"] == ""
    rows = list(csv.DictReader(io.StringIO(run("audit", "export", "--format", "csv"))))
    assert rows == [
        {
            "ts": "1780000000001",
            "actor": "Calm Owl",
            "op": "mute",
            "room": "lounge",
            "target": "Quiet Heron",
            "detail": "until=1",
        }
    ]
    assert json.loads(run("audit", "export", "--format", "json"))[0]["op"] == "mute"
