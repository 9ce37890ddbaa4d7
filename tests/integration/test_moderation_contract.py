"""One contract, two implementations: the fake moderation store must behave like DynamoDB's."""

from __future__ import annotations

from typing import Any

import pytest

from chalicelib.domain.credentials import mint
from chalicelib.domain.model import AuditEntry, OnDuty, ReportRecord
from chalicelib.store.moderation import DynamoModerationStore
from tests.conftest import TABLES
from tests.fakes import FakeModerationStore

NOW_MS = 1_780_000_000_000
NOW_S = NOW_MS // 1000


@pytest.fixture(params=["fake", "dynamodb"])
def mods(request: pytest.FixtureRequest) -> Any:
    if request.param == "fake":
        return FakeModerationStore()
    return DynamoModerationStore(request.getfixturevalue("dynamodb"), TABLES["moderation"])


def report(reporter: str, ts: int = NOW_MS) -> ReportRecord:
    return ReportRecord("lounge", "m1", "Loud Crow", "unkind", "Quiet Heron", reporter, None, ts)


def test_credentials_round_trip_list_and_revoke(mods: Any) -> None:
    _, stored = mint("moderator", "Sam")
    mods.put_credential(stored)
    assert mods.get_credential(stored.id) == stored
    assert [c.id for c in mods.list_credentials()] == [stored.id]
    assert mods.revoke_credential(stored.id) is True
    assert mods.get_credential(stored.id).revoked is True
    assert mods.revoke_credential("missing") is False


def test_sanctions_are_per_kind_and_session_and_can_be_cleared(mods: Any) -> None:
    mods.put_sanction("mute", "s1", NOW_MS + 60_000)
    assert mods.sanction_until("mute", "s1") == NOW_MS + 60_000
    assert mods.sanction_until("ban", "s1") == 0
    assert mods.sanction_until("mute", "s2") == 0
    mods.clear_sanction("mute", "s1")
    assert mods.sanction_until("mute", "s1") == 0


def test_a_report_is_stored_once_per_reporter(mods: Any) -> None:
    assert mods.put_report(report("r1"), NOW_S + 60) is True
    assert mods.put_report(report("r1"), NOW_S + 60) is False
    assert mods.put_report(report("r2", NOW_MS + 1), NOW_S + 60) is True
    listed = mods.list_reports()
    assert [r.ts for r in listed] == [NOW_MS + 1, NOW_MS]  # newest first
    assert all(r.message_text == "unkind" for r in listed)


def test_audit_entries_come_back_oldest_first(mods: Any) -> None:
    for i in range(3):
        mods.audit(AuditEntry(NOW_MS + i, "Calm Owl", "mute", "lounge", f"A{i}", ""), NOW_S + 60)
    assert [e.target for e in mods.list_audit()] == ["A0", "A1", "A2"]


def test_on_duty_roster_ignores_expired_entries(mods: Any) -> None:
    mods.go_on_duty(OnDuty("c1", "Calm Owl", "moderator", NOW_S + 60))
    mods.go_on_duty(OnDuty("c2", "Old Owl", "moderator", NOW_S - 1))
    assert [d.connection_id for d in mods.on_duty(NOW_S)] == ["c1"]
    mods.go_off_duty("c1")
    assert mods.on_duty(NOW_S) == []


def test_credential_failures_count_within_a_window(mods: Any) -> None:
    assert [mods.note_credential_failure("id1", NOW_S, 900) for _ in range(3)] == [1, 2, 3]
    assert mods.credential_failures("id1", NOW_S + 10) == 3
    assert mods.credential_failures("id1", NOW_S + 901) == 0
    assert mods.note_credential_failure("id1", NOW_S + 901, 900) == 1
