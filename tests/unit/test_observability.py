"""Metrics are counted for every event; log helpers never reveal a connection id."""

from __future__ import annotations

import json

import pytest

from chalicelib import observability
from chalicelib.observability import hash_id, local_counts
from tests.unit.test_service import Chat


def test_sends_and_errors_are_counted_by_name() -> None:
    chat = Chat()
    chat.member("a")
    before = dict(local_counts)
    chat.do("a", action="send", room="lounge", text="hello")
    chat.service.handle("a", "not json")

    def delta(name: str) -> float:
        return local_counts.get(name, 0) - before.get(name, 0)

    assert (delta("MessagesSent"), delta("FanOutSize"), delta("Error_bad_json")) == (1, 1, 1)


def test_hashed_connection_ids_are_stable_and_do_not_contain_the_id() -> None:
    tag = hash_id("AbCdEfGhIjKlMnO=")
    assert tag == hash_id("AbCdEfGhIjKlMnO=") and len(tag) == 12
    assert "AbCd" not in json.dumps(tag)


def test_in_lambda_metrics_are_flushed_as_emf_after_each_event(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(observability, "_EMIT", True)
    chat = Chat()
    chat.member("a")
    capsys.readouterr()
    chat.do("a", action="send", room="lounge", text="a private sentence")
    observability.flush_metrics()
    emf = [json.loads(line) for line in capsys.readouterr().out.splitlines() if "_aws" in line]
    names = {m["Name"] for e in emf for d in e["_aws"]["CloudWatchMetrics"] for m in d["Metrics"]}
    assert {"MessagesSent", "FanOutSize"} <= names
    assert "private sentence" not in json.dumps(emf)
