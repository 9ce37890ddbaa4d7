"""Load generator: N clients in R rooms sending at a total rate through the devserver.

    python bench/load.py --clients 500 --rooms 50 --rate 50 --duration 20

Starts `python -m devserver` (embedded moto) with a generated rooms file unless --url is given,
then reports delivered/expected, lost, duplicates, end-to-end latency (send → each member's
receipt, one clock) and the devserver's CPU. Loopback only; bounded in clients and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from websockets.asyncio.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from devserver.testing import (  # noqa: E402
    DevserverProcess,
    process_roles,
    running_devserver,
)

MAX_CLIENTS, MAX_DURATION_S = 2000, 120
CONNECT_CONCURRENCY = 50


@dataclass
class Stats:
    """Everything measured, keyed by message sequence number."""

    sent_at: dict[int, float] = field(default_factory=dict)
    expected: dict[int, int] = field(default_factory=dict)  # seq -> members at send time
    received: Counter[tuple[int, int]] = field(default_factory=Counter)  # (seq, client)
    latencies_ms: list[float] = field(default_factory=list)
    sent_latencies: list[tuple[int, float]] = field(default_factory=list)  # (seq, ms)
    errors: Counter[str] = field(default_factory=Counter)


@dataclass
class Member:
    index: int
    room: str
    ws: ClientConnection


def rooms_file(rooms: int, capacity: int) -> Path:
    """A rooms.json with `rooms` peer rooms big enough for the load."""
    data = {
        "rooms": [
            {
                "id": f"bench-{i:03d}",
                "name": f"Bench {i}",
                "topic": "load test",
                "kind": "peer",
                "capacity": capacity,
                "retention_hours": 1,
            }
            for i in range(rooms)
        ]
    }
    fd, path = tempfile.mkstemp(prefix="hearth-bench-rooms-", suffix=".json")
    with os.fdopen(fd, "w") as f:
        json.dump(data, f)
    return Path(path)


async def _request(ws: ClientConnection, frame: dict[str, Any], reply: str) -> dict[str, Any]:
    await ws.send(json.dumps(frame))
    while True:
        got = json.loads(await asyncio.wait_for(ws.recv(), 30))
        if got.get("type") == reply:
            return dict(got)
        if got.get("type") == "error":
            raise RuntimeError(f"{frame['action']}: {got.get('code')}")


async def open_member(url: str, index: int, room: str, gate: asyncio.Semaphore) -> Member:
    """Connect, say hello, join: one ready client."""
    async with gate:
        ws = await connect(url, max_queue=None, compression=None, open_timeout=30)
        await _request(ws, {"action": "hello", "accept_guidelines": True}, "welcome")
        await _request(ws, {"action": "join", "room": room}, "joined")
        return Member(index, room, ws)


async def listen(member: Member, stats: Stats) -> None:
    """Record each message's latency; a (seq, client) seen twice is a duplicate."""
    async for raw in member.ws:
        now = time.perf_counter()
        frame = json.loads(raw)
        kind = frame.get("type")
        if kind == "message" and str(frame.get("text", "")).startswith("bench "):
            seq = int(frame["text"].split()[1])
            stats.received[(seq, member.index)] += 1
            if stats.received[(seq, member.index)] == 1:
                latency = (now - stats.sent_at[seq]) * 1000
                stats.latencies_ms.append(latency)
                stats.sent_latencies.append((seq, latency))
        elif kind == "error":
            stats.errors[str(frame.get("code"))] += 1


async def drive(members: list[Member], rate: float, duration: float, stats: Stats) -> None:
    """Send `rate` messages per second in total, round-robin over clients, on a fixed clock."""
    per_room = Counter(m.room for m in members)
    start, seq = time.perf_counter(), 0
    while (elapsed := time.perf_counter() - start) < duration:
        due = int(elapsed * rate)
        while seq <= due:
            sender = members[(seq * 7919) % len(members)]  # spread senders across rooms
            stats.sent_at[seq] = time.perf_counter()
            stats.expected[seq] = per_room[sender.room]
            frame = {"action": "send", "room": sender.room, "text": f"bench {seq}"}
            await sender.ws.send(json.dumps(frame | {"client_id": f"b{seq}"}))
            seq += 1
        await asyncio.sleep(max(0.0, (seq / rate) - (time.perf_counter() - start)))


def _own_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(x) for x in fields[11:13]) / os.sysconf("SC_CLK_TCK")  # utime + stime


def cpu_seconds(pid: int) -> dict[str, float]:
    """CPU seconds of the devserver, its moto child and its Lambda worker processes."""
    return {role: sum(_own_cpu(p) for p in pids) for role, pids in process_roles(pid).items()}


def own_rss(pid: int) -> int:
    """Resident bytes of one process (not its children), from /proc; 0 once it is gone."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024  # reported in kB
    return 0


def rss_parts(pid: int) -> dict[str, int]:
    """Resident bytes of the devserver, its moto child and its Lambda worker processes."""
    return {role: sum(own_rss(p) for p in pids) for role, pids in process_roles(pid).items()}


def rss_bytes(pid: int) -> int:
    """Resident memory of `pid` plus its children (moto, Lambda workers), from /proc."""
    return sum(rss_parts(pid).values())


def is_loopback(url: str) -> bool:
    """True for ws://127.0.0.1, localhost or ::1: these generators must never load a shared
    deployment."""
    return urlparse(url).hostname in ("127.0.0.1", "localhost", "::1")


async def wait_drained(stats: Stats, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sum(1 for k in stats.received) >= sum(stats.expected.values()):
            return
        await asyncio.sleep(0.1)


async def run(url: str, pid: int | None, args: argparse.Namespace) -> dict[str, Any]:
    stats, gate = Stats(), asyncio.Semaphore(CONNECT_CONCURRENCY)
    t0 = time.perf_counter()
    rooms = [f"bench-{i % args.rooms:03d}" for i in range(args.clients)]
    members = await asyncio.gather(*(open_member(url, i, r, gate) for i, r in enumerate(rooms)))
    connect_s = time.perf_counter() - t0
    listeners = [asyncio.create_task(listen(m, stats)) for m in members]
    cpu0, wall0 = (cpu_seconds(pid) if pid else {}), time.perf_counter()
    own0 = time.process_time()
    await drive(list(members), args.rate, args.duration, stats)
    await wait_drained(stats, 10)
    cpu1, wall1 = (cpu_seconds(pid) if pid else {}), time.perf_counter()
    cpu0["load_generator"], cpu1["load_generator"] = own0, time.process_time()
    for task in listeners:
        task.cancel()
    await asyncio.gather(*(m.ws.close() for m in members), return_exceptions=True)
    cpu = {k: round(100 * (cpu1[k] - cpu0[k]) / (wall1 - wall0), 1) for k in cpu1}
    return report(stats, args, connect_s, cpu)


def p99_by_window(stats: Stats, rate: float, window_s: float = 5.0) -> list[float]:
    """p99 latency of the messages sent in each `window_s` of the run (spots warm-up tails)."""
    windows: dict[int, list[float]] = {}
    for seq, latency in stats.sent_latencies:
        windows.setdefault(int(seq / rate // window_s), []).append(latency)
    return [
        round(sorted(v)[min(len(v) - 1, int(0.99 * len(v)))], 1) for _, v in sorted(windows.items())
    ]


def report(
    stats: Stats, args: argparse.Namespace, connect_s: float, cpu: dict[str, float]
) -> dict[str, Any]:
    lat = sorted(stats.latencies_ms)
    expected = sum(stats.expected.values())
    delivered = len(stats.received)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))], 1) if lat else float("nan")

    return {
        "clients": args.clients,
        "rooms": args.rooms,
        "rate_per_s": args.rate,
        "duration_s": args.duration,
        "connect_all_s": round(connect_s, 2),
        "sent": len(stats.sent_at),
        "expected_deliveries": expected,
        "delivered": delivered,
        "lost": expected - delivered,
        "duplicates": sum(n - 1 for n in stats.received.values() if n > 1),
        "latency_ms": {
            "p50": pct(0.50),
            "p99": pct(0.99),
            "max": round(lat[-1], 1) if lat else None,
            "mean": round(statistics.fmean(lat), 1) if lat else None,
            "p99_per_window_of_sending": p99_by_window(stats, args.rate, args.window),
        },
        "cpu_percent_of_one_core": cpu,
        "machine_load_average_1m": os.getloadavg()[0],
        "error_frames": dict(stats.errors),
    }


@contextmanager
def bench_devserver(clients: int, rooms: int) -> Iterator[DevserverProcess]:
    """`python -m devserver` with `rooms` bench rooms sized for `clients` (plus slack for
    reconnects that rejoin before their old seat is freed)."""
    path = rooms_file(rooms, -(-clients // rooms) + 5)
    try:
        with running_devserver({"HEARTH_ROOMS_FILE": str(path)}) as ds:
            yield ds
    finally:
        path.unlink(missing_ok=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=500)
    p.add_argument("--rooms", type=int, default=50)
    p.add_argument("--rate", type=float, default=50.0, help="messages per second, in total")
    p.add_argument("--duration", type=float, default=20.0, help="seconds of sending")
    p.add_argument("--window", type=float, default=5.0, help="seconds per p99 window")
    p.add_argument("--url", help="an already running devserver (ws://127.0.0.1:PORT/ws)")
    p.add_argument("--pid", type=int, help="its process id, to report CPU")
    args = p.parse_args(argv)
    if not (1 <= args.clients <= MAX_CLIENTS and 0 < args.duration <= MAX_DURATION_S):
        p.error(f"clients must be 1..{MAX_CLIENTS}, duration 0..{MAX_DURATION_S} s")
    if not 1 <= args.rooms <= args.clients or args.rate <= 0:
        p.error("need 1 <= rooms <= clients and a positive rate")
    if args.url and not is_loopback(args.url):
        p.error("loopback only: this generator must never load a shared deployment")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.url:
        result = asyncio.run(run(args.url, args.pid, args))
    else:
        with bench_devserver(args.clients, args.rooms) as ds:
            result = asyncio.run(run(ds.ws_url, ds.process.pid, args))
    print(json.dumps(result, indent=2))
    ok = result["lost"] == 0 and result["duplicates"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
