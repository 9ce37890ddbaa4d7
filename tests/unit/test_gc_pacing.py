"""devserver/gc_pacing.py: survivors get frozen (so full collections skip them), and a full
pass still reclaims garbage cycles among frozen objects."""

from __future__ import annotations

import gc
import threading
import time
import weakref

import pytest

from devserver.gc_pacing import GcPacing, note_activity


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def _walked_by_collector(obj: object) -> bool:
    """gc.get_objects() lists the generations a collection walks, not the frozen one."""
    return any(o is obj for o in gc.get_objects())


def test_survivors_are_frozen_then_released_on_stop() -> None:
    # GIVEN pacing with a short step (its start-up pass freezes everything made so far)
    stop = threading.Event()
    gc.unfreeze()
    thread = GcPacing(step_s=0.01, full_s=3600).run_in_thread(stop)
    try:
        # WHEN an object is made after start-up and survives a step
        keep = [Node() for _ in range(10)]
        assert _walked_by_collector(keep)
        for _ in range(200):
            if not _walked_by_collector(keep):
                break
            stop.wait(0.01)
        # THEN a periodic step froze it: collections no longer walk it
        assert not _walked_by_collector(keep)
    finally:
        stop.set()
        thread.join(timeout=5)
    # AND stopping hands every object back to the collector
    assert gc.get_freeze_count() == 0
    assert _walked_by_collector(keep)


def test_full_pass_reclaims_a_cycle_among_frozen_objects() -> None:
    # GIVEN a cycle that was frozen while alive, then dropped
    a, b = Node(), Node()
    a.other, b.other = b, a
    probe = weakref.ref(a)
    gc.freeze()
    del a, b
    gc.collect()
    assert probe() is not None  # frozen: an ordinary collection leaves it alone
    # WHEN the periodic full pass runs
    GcPacing.full()
    gc.unfreeze()
    # THEN the cycle is gone
    assert probe() is None


def test_the_full_pass_waits_until_requests_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    # GIVEN pacing whose full pass is due at once but needs 0.2 s without requests
    fulls: list[float] = []
    monkeypatch.setattr(GcPacing, "full", staticmethod(lambda: fulls.append(time.monotonic())))
    stop = threading.Event()
    thread = GcPacing(step_s=0.01, full_s=0.0, quiet_s=0.2).run_in_thread(stop)
    try:
        fulls.clear()  # the start-up pass
        # WHEN requests keep arriving for half a second
        busy_until = time.monotonic() + 0.5
        while time.monotonic() < busy_until:
            note_activity()
            stop.wait(0.005)
        during = list(fulls)
        # AND then stop
        stop.wait(0.6)
    finally:
        stop.set()
        thread.join(timeout=5)
    # THEN no full pass ran while they arrived, and one did once they stopped
    assert during == []
    assert fulls and fulls[0] >= busy_until
