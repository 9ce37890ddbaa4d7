"""Score the safety rules on the labelled sets and time them.

Usage: .venv/bin/python bench/safety_eval.py [--passes N] [--misses] [--sets FILE ...]

Prints crisis recall (explicit, indirect, misspelt, slang), false alarms (hyperbole, peer,
recovery; and negation + quoting), contact recall and false blocks, abuse-list false hits, and
mean / p99 microseconds per message for all checks together. Targets come from issue 4.
Each data file is scored on its own, with a per-category table; --misses lists wrong lines.
The history of the labelled sets in tests/data (how each was written, its first untuned score,
what the round after it changed) is in bench/safety_history.md.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.safety_sets import ALL  # noqa: E402
from chalicelib.domain.safety import assess_crisis, find_abuse, find_contact_info  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = ALL
CRISIS_POSITIVE = {"explicit", "indirect", "misspelt", "slang"}
CRISIS_FALSE_ALARM = {"hyperbole", "peer", "recovery", "ordinary"}
CRISIS_CONTEXT = {"negation", "quote"}
CONTACT_POSITIVE = {"contact", "contact_obfuscated"}
ORDINARY = {"numbers_ok", "helpline", "negation", "quote"}


@dataclass(frozen=True)
class Row:
    text: str
    crisis: str
    contact: bool
    category: str


def load(path: Path) -> list[Row]:
    """Read one JSON Lines set."""
    with path.open(encoding="utf-8") as f:
        return [Row(**json.loads(line)) for line in f if line.strip()]


def rate(rows: Iterable[Row], hit: Callable[[Row], bool]) -> tuple[float, int, int]:
    """Fraction of rows for which `hit` holds, with its numerator and denominator."""
    items = list(rows)
    n = sum(1 for r in items if hit(r))
    return (n / len(items) if items else 0.0), n, len(items)


def show(label: str, value: tuple[float, int, int], target: str = "") -> None:
    frac, n, d = value
    print(f"  {label:<44} {frac:6.3f}  ({n}/{d}) {target}")


def score(rows: list[Row]) -> None:
    """Print quality numbers for one set."""
    crisis = {r.text: assess_crisis(r.text) for r in rows}
    contact = {r.text: find_contact_info(r.text) for r in rows}
    flagged = lambda r: crisis[r.text].level != "none"  # noqa: E731
    blocked = lambda r: contact[r.text] is not None  # noqa: E731
    pos = [r for r in rows if r.category in CRISIS_POSITIVE]
    show("crisis recall (explicit/indirect/misspelt/slang)", rate(pos, flagged), "target >= 0.97")
    urgent = [r for r in rows if r.crisis == "urgent"]
    level_is = lambda r: crisis[r.text].level == r.crisis  # noqa: E731
    show("urgent labelled -> assessed urgent", rate(urgent, level_is))
    show("exact level agreement on positives", rate(pos, level_is))
    show(
        "crisis precision (all flagged lines)",
        rate([r for r in rows if flagged(r)], lambda r: r.crisis != "none"),
    )
    fa = [r for r in rows if r.category in CRISIS_FALSE_ALARM]
    show("false alarms (hyperbole/peer/recovery/ordinary)", rate(fa, flagged), "target <= 0.03")
    show(
        "false alarms (negation/quote)",
        rate([r for r in rows if r.category in CRISIS_CONTEXT], flagged),
    )
    cpos = [r for r in rows if r.category in CONTACT_POSITIVE]
    show("contact recall (incl. obfuscated)", rate(cpos, blocked), "target >= 0.97")
    show(
        "contact recall (obfuscated only)",
        rate([r for r in rows if r.category == "contact_obfuscated"], blocked),
    )
    show(
        "false blocks (all non-contact lines)",
        rate([r for r in rows if not r.contact], blocked),
        "target <= 0.02",
    )
    show(
        "false blocks (numbers_ok/helpline)",
        rate([r for r in rows if r.category in {"numbers_ok", "helpline"}], blocked),
    )
    show(
        "abuse-list hits (lines only quote abuse)",
        rate(rows, lambda r: find_abuse(r.text) is not None),
    )


def by_category(rows: list[Row], show_misses: bool) -> None:
    """Per category: lines, crisis flagged, exact crisis level, contact blocked; then misses."""
    print(f"  {'category':<20} {'n':>4} {'flagged':>8} {'level ok':>9} {'blocked':>8}")
    misses: list[str] = []
    for cat in sorted({r.category for r in rows}):
        items = [r for r in rows if r.category == cat]
        levels = [assess_crisis(r.text).level for r in items]
        blocks = [find_contact_info(r.text) is not None for r in items]
        flagged = sum(1 for lv in levels if lv != "none")
        exact = sum(1 for r, lv in zip(items, levels, strict=True) if lv == r.crisis)
        print(f"  {cat:<20} {len(items):>4} {flagged:>8} {exact:>9} {sum(blocks):>8}")
        for r, lv, b in zip(items, levels, blocks, strict=True):
            if lv != r.crisis or b != r.contact:
                misses.append(f"    [{cat}] want {r.crisis}/{r.contact} got {lv}/{b}: {r.text}")
    if show_misses:
        print("\n".join(misses))


def check_all(text: str) -> None:
    assess_crisis(text)
    find_contact_info(text)
    find_abuse(text)


def measure(texts: list[str], passes: int, clock: Callable[[], int]) -> list[float]:
    """Microseconds per message; pass 0 only warms regex and typo caches, as in a warm Lambda."""
    samples: list[float] = []
    for i in range(passes):
        for text in texts:
            t0 = clock()
            check_all(text)
            if i:
                samples.append((clock() - t0) / 1000)
    return sorted(samples)


def timing(rows: list[Row], passes: int) -> None:
    """Mean and p99 microseconds per message for all three checks together.

    CPU time of this thread is the headline: on a shared machine wall time also counts the
    moments the scheduler gave the core to someone else. Wall time is printed beside it.
    """
    texts = [r.text for r in rows]
    print(f"  load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    s = measure_fresh_lines(texts, warm_lines(set(texts)))
    print(
        f"  cpu  all checks per NEW message (each timed once, after {WARM_LINES} other lines): "
        f"mean {statistics.fmean(s):.1f} us, median {statistics.median(s):.1f} us, "
        f"p99 {_p99(s):.1f} us over {len(s)} (target <= 1000 us)"
    )
    for label, clock in (("cpu ", time.thread_time_ns), ("wall", time.perf_counter_ns)):
        s = measure(texts, passes, clock)
        print(
            f"  {label} all checks per message seen before: mean {statistics.fmean(s):.1f} us, "
            f"p99 {_p99(s):.1f} us over {len(s)} runs (the same texts again)"
        )
    dense = " ".join(texts)  # the longest message the protocol allows is 2000 characters
    # Near-misses only: no rule fires early, so every sentence is scanned and the model runs.
    benign = " ".join(r.text for r in rows if r.category in CRISIS_FALSE_ALARM)
    # Ordinary lines full of numbers, helplines, negations and quotes but no risk words: the
    # model runs on every sentence and the contact guard works hardest on digits.
    ordinary = " ".join(r.text for r in rows if r.category in ORDINARY)
    for label, joined in (
        ("dense with risk and contact words", dense),
        ("of near-misses (hyperbole/peer/recovery)", benign),
        ("of ordinary lines (numbers/helplines/negations/quotes)", ordinary),
    ):
        worst = measure([joined[:2000]], 9, time.thread_time_ns)
        print(
            f"  cpu  one 2000-char message {label}, same text again: "
            f"best {worst[0]:.0f} us, median {statistics.median(worst):.0f} us"
        )
        fresh = measure_fresh(joined, 24)
        print(
            f"  cpu  ... and 24 new 2000-char messages cut from the same lines: "
            f"median {statistics.median(fresh):.0f} us, max {fresh[-1]:.0f} us"
        )


WARM_LINES = 4000


def _p99(samples: list[float]) -> float:
    return samples[max(0, int(len(samples) * 0.99) - 1)]


def warm_lines(timed: set[str]) -> list[str]:
    """Lines of the other labelled sets: what a warm Lambda has seen before the timed ones."""
    lines: list[str] = []
    for name in ALL:
        for row in load(DATA / name):
            if row.text not in timed:
                lines.append(row.text)
        if len(lines) >= WARM_LINES:
            break
    return lines[:WARM_LINES]


def measure_fresh_lines(texts: list[str], warm: list[str]) -> list[float]:
    """CPU microseconds per message, each message checked once (as in production: every
    message is new) after `warm` other lines filled the word caches a warm Lambda holds.
    This machine's speed drifts by up to ~1.5x between runs (shared cores): compare code
    versions side by side in one process, not across runs."""
    for text in warm:
        check_all(text)
    samples: list[float] = []
    for text in dict.fromkeys(texts):  # a repeated line would be timed warm
        t0 = time.thread_time_ns()
        check_all(text)
        samples.append((time.thread_time_ns() - t0) / 1000)
    return sorted(samples)


def measure_fresh(joined: str, count: int) -> list[float]:
    """Microseconds for messages never seen before (as in production: each message is new).

    Checking the same text again reuses what was computed for it (folded text, anchor
    literals, digit windows), which hides ~0.5-0.8 ms of a long message's real cost.
    """
    step = max(1, (len(joined) - 2000) // (count + 1))
    check_all(joined[-2000:])  # warm the regex and word caches on another text
    samples: list[float] = []
    for i in range(count):
        text = joined[i * step : i * step + 2000]
        t0 = time.thread_time_ns()
        check_all(text)
        samples.append((time.thread_time_ns() - t0) / 1000)
    return sorted(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20)
    parser.add_argument("--misses", action="store_true", help="list every mislabelled line")
    parser.add_argument("--sets", nargs="+", default=SETS, help="data files to score")
    args = parser.parse_args()
    everything: list[Row] = []
    for name in args.sets:
        path = DATA / name
        if not path.exists():
            parser.error(f"no set {name} in {DATA} (give file names, not paths)")
        rows = load(path)
        everything += rows
        print(f"{name}: {len(rows)} lines")
        score(rows)
        by_category(rows, args.misses)
    print("timing (all sets):")
    timing(everything, max(2, args.passes))


if __name__ == "__main__":
    main()
