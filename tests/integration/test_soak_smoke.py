"""A small run of bench/soak.py: clients drop out and resume mid-conversation, nothing is lost.

The full soak (1,000 clients, thousands of messages) is a benchmark that prints its figures
(`python bench/soak.py`); this is its correctness check at a size that runs in about 25 s.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from bench.load import bench_devserver
from bench.soak import parse_args, soak, spell, unspell

pytestmark = pytest.mark.slow


def test_sequence_numbers_are_spelt_without_digits_and_read_back() -> None:
    # GIVEN numbers from tiny to large WHEN spelt THEN letters only, and they read back
    for n in [0, 1, 19, 20, 399, 400, 12345, 199_999]:
        word = spell(n)
        assert word.isalpha() and not any(ch in "aeiouy" for ch in word)
        assert unspell(word) == n


def test_soak_smoke_loses_duplicates_and_reorders_nothing() -> None:
    # GIVEN 30 clients in 3 rooms on a real devserver, 20 of them dropped and resumed mid-run
    args = parse_args(
        ["--clients", "30", "--rooms", "3", "--messages", "150", "--rate", "12"]
        + ["--reconnects", "20", "--seed", "3"]
    )
    # WHEN 150 messages are sent while the churn runs
    # The client loop gets a thread of its own: a session-scoped Playwright fixture may own
    # this thread's event loop.
    with bench_devserver(args.clients, args.rooms) as ds, ThreadPoolExecutor(1) as pool:
        result = pool.submit(asyncio.run, soak(ds.ws_url, ds.process.pid, args)).result()
    # THEN every send was accepted, every resume kept its alias
    assert result["sent"] == 150 and result["accepted"] == 150, result["refused"]
    assert result["unanswered"] == 0
    assert result["reconnects"]["done"] == 20
    assert result["reconnects"]["alias_changed"] == 0
    # AND most deliveries were owed (members were mostly connected), and all of them arrived
    assert result["expected_deliveries"] > 150 * 10 * 0.7
    assert result["delivered"] == result["expected_deliveries"]
    assert result["lost"] == 0
    assert result["duplicated"] == 0
    assert result["order_violations"] == 0
    # AND the churn really took members away at send time (the test exercises resumes)
    assert result["not_owed"]["away_pairs"] > 0
    assert result["devserver_rss_mb"]["end"] > 0
