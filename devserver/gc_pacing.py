"""Keep CPython's full garbage collections from stalling the devserver under load.

A full (generation 2) collection walks every live container object. moto keeps every stored
item as Python objects, so under bench/load.py its full collections took up to 90 ms, and the
devserver's up to 175 ms (1.15 s of pauses in a 45 s run): every request in flight waited.
Here each process collects its young generations and freezes the survivors every second
(`gc.freeze()` moves them to a generation the collector never walks; it costs next to
nothing), so a full collection only walks what was promoted since the last freeze. Collecting
the young ones first matters: each moto request leaves ~250 objects in reference cycles, and
freezing them before they are collected kept ~13 MB per 3,000 sends until the full pass.
Young collections also run as usual. At most every ten minutes, once the process has been
quiet for a few seconds, everything is unfrozen and collected once, so garbage cycles that
formed among frozen objects (a closed socket's objects, say) are still reclaimed.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass

from devserver.config import ENV_GC_PACING


def wanted() -> bool:
    """Unless HEARTH_GC_PACING=0 (to compare with CPython's own schedule)."""
    return os.environ.get(ENV_GC_PACING, "1") != "0"


class _Activity:
    """Counts requests (approximately: an unlocked increment), so pacing can tell when
    the process has been quiet."""

    count = 0


def note_activity() -> None:
    """Called once per request or handler invocation."""
    _Activity.count += 1


@dataclass(frozen=True)
class GcPacing:
    """How often to freeze survivors, and when to reclaim everything.

    The full pass walks the whole heap: in a 100,000-message soak it stalled moto for about
    4 s every 10 minutes (p99 2.9 s). So it waits for `quiet_s` without requests, at least
    `full_s` after the last one; under non-stop load it waits (frozen cycles then hold about
    1 MB a minute at 45 messages a second until the next quiet moment).
    """

    step_s: float = 1.0
    full_s: float = 600.0
    quiet_s: float = 5.0

    @staticmethod
    def full() -> None:
        """Unfreeze, collect everything (one long pause), freeze again."""
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def run_in_thread(self, stop: threading.Event) -> threading.Thread:
        """Freeze every `step_s` until `stop` is set (then unfreeze)."""
        self.full()  # everything start-up made: modules, tables, seeded rooms

        def loop() -> None:
            last_full = last_busy = time.monotonic()
            seen = _Activity.count
            while not stop.wait(self.step_s):
                now = time.monotonic()
                if _Activity.count != seen:
                    seen, last_busy = _Activity.count, now
                if now - last_full >= self.full_s and now - last_busy >= self.quiet_s:
                    self.full()
                    last_full = time.monotonic()
                else:
                    gc.collect(1)  # young cycles (a request's parse trees) die first
                    gc.freeze()
            gc.unfreeze()

        thread = threading.Thread(target=loop, name="gc-pacing", daemon=True)
        thread.start()
        return thread
