"""Soak: 1,000 clients, many messages, random disconnects and resumes, nothing lost.

    python bench/soak.py --clients 1000 --rooms 100 --messages 6000 --rate 20 --reconnects 250

Each message's text is "soak q<sender> q<seq>", both numbers spelt in consonants (the contact
guard blocks digit runs; the "q" keeps a code from being slang such as "kms") with a unique
client_id. Churn closes random idle clients (half with a
close frame, half by dropping TCP); each comes back after a short pause with `hello` + its resume
token (same alias) and re-`join`s its room.

Who is owed a message: a member whose session had received `joined` before the send and did not
start disconnecting until GRACE after the sender's own copy arrived (so the fan-out was done).
A member away at send time is not owed it (it sees history); pairs inside the grace window are
counted apart ("racing"). Lost = owed but never delivered live; duplicated = one message id
delivered live twice to one client (across its sessions); order violation = a sender's seq not
increasing in what one client receives live. Loopback only; bounded in clients, count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from websockets.asyncio.client import ClientConnection, connect

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.load import (  # noqa: E402
    CONNECT_CONCURRENCY,
    bench_devserver,
    is_loopback,
    rss_bytes,
    rss_parts,
)

MAX_CLIENTS, MAX_MESSAGES, MAX_RATE = 2000, 200_000, 50.0
REPLY_TIMEOUT_S = 30.0
KEEPALIVE_S = 240.0  # the devserver closes sockets idle 10 min; only client frames count
DOWN_S = (0.2, 3.0)  # how long a churned client stays away
ALPHABET = "bcdfghjklmnpqrstvwxz"


def spell(n: int) -> str:
    """A non-negative integer in base 20, written with consonants only."""
    out = ALPHABET[n % 20]
    while n := n // 20:
        out = ALPHABET[n % 20] + out
    return out


def unspell(word: str) -> int:
    n = 0
    for ch in word:
        n = n * 20 + ALPHABET.index(ch)
    return n


@dataclass
class Session:
    """One connection of a client, from its `joined` until it starts closing."""

    joined_at: float
    closed_at: float = math.inf
    history: set[str] = field(default_factory=set)  # client_ids seen in `joined` history


@dataclass
class Client:
    index: int
    room: str
    alias: str | None = None
    token: str | None = None
    ws: ClientConnection | None = None
    sessions: list[Session] = field(default_factory=list)
    next_seq: int = 0
    pending: set[str] = field(default_factory=set)  # own sends not yet echoed or refused
    busy: bool = True  # connecting or reconnecting
    last_frame_at: float = 0.0

    @property
    def ready(self) -> bool:
        return not self.busy and self.ws is not None


@dataclass
class Sent:
    sender: int
    seq: int
    room: str
    sent_at: float
    echo_at: float | None = None
    refused: str | None = None  # an `error` code echoing this send's ref


@dataclass
class SoakRun:
    """Everything measured. A send that is not refused counts as accepted: if the server
    never answers it, its members are still owed it (so it shows up as lost)."""

    grace_s: float
    sent: dict[str, Sent] = field(default_factory=dict)  # by client_id
    received: Counter[tuple[int, str]] = field(default_factory=Counter)  # (client, message id)
    delivered_to: defaultdict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    latencies_ms: list[float] = field(default_factory=list)
    last_seq: dict[tuple[int, int], int] = field(default_factory=dict)  # (receiver, sender)
    order_violations: int = 0
    alias_changed: int = 0
    reconnects_done: int = 0
    reconnect_errors: int = 0
    abrupt: int = 0
    skipped_ticks: int = 0
    connect_s: float = 0.0
    sending_s: float = 0.0
    rss_mb: dict[str, float] = field(default_factory=dict)
    rss_trend_mb: list[float] = field(default_factory=list)

    def record_send(self, cid: str, sender: int, seq: int, room: str, at: float) -> None:
        self.sent[cid] = Sent(sender, seq, room, at)

    def sample_rss(self, pid: int | None, label: str) -> None:
        if pid:
            parts = rss_parts(pid)
            self.rss_mb[label] = round(sum(parts.values()) / 2**20, 1)
            self.rss_mb |= {f"{label}_{k}": round(v / 2**20, 1) for k, v in parts.items()}

    async def rss_sampler(self, pid: int | None, every_s: float = 15.0) -> None:
        while pid:
            await asyncio.sleep(every_s)
            self.rss_trend_mb.append(round(rss_bytes(pid) / 2**20, 1))

    def classify(self, m: Sent, c: Client) -> str:
        """'owed', 'racing' (left within the grace window) or 'away' (not joined at send)."""
        for s in c.sessions:
            if s.joined_at < m.sent_at < s.closed_at:
                deadline = (m.echo_at or m.sent_at) + self.grace_s
                return "owed" if s.closed_at > deadline else "racing"
        return "away"

    def pairs(self, clients: list[Client]) -> list[tuple[Sent, str, Client, bool]]:
        """(message, class, member, delivered live) for every accepted message and member."""
        rooms: defaultdict[str, list[Client]] = defaultdict(list)
        for c in clients:
            rooms[c.room].append(c)
        return [
            (m, self.classify(m, c), c, c.index in self.delivered_to[cid])
            for cid, m in self.sent.items()
            if m.refused is None
            for c in rooms[m.room]
        ]

    def all_delivered(self, clients: list[Client]) -> bool:
        return all(got for _, kind, _, got in self.pairs(clients) if kind == "owed")


class Soak:
    """The clients, the send clock, the churn, and what every client received."""

    def __init__(self, url: str, args: argparse.Namespace) -> None:
        self.url, self.args, self.rng = url, args, random.Random(args.seed)
        self.run = SoakRun(grace_s=args.grace)
        self.gate = asyncio.Semaphore(CONNECT_CONCURRENCY)
        self.clients = [Client(i, f"bench-{i % args.rooms:03d}") for i in range(args.clients)]
        self.tasks: set[asyncio.Task[None]] = set()

    def spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def open(self, c: Client) -> None:
        """Connect, greet and join: a ready client whose new session starts at `joined`."""
        async with self.gate:
            ws = await connect(self.url, max_queue=None, compression=None, open_timeout=30)
            replies: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
            self.spawn(self.read(c, ws, replies))
            try:
                joined = await self.greet(c, ws, replies)
            except BaseException:
                await ws.close()
                raise
            history = {str(m.get("client_id")) for m in joined.get("history", [])}
            c.sessions.append(Session(joined["_at"], history=history))
            c.ws, c.busy, c.last_frame_at = ws, False, time.perf_counter()

    async def greet(
        self, c: Client, ws: ClientConnection, replies: asyncio.Queue[dict[str, Any]]
    ) -> dict[str, Any]:
        """`hello` (with the resume token after the first time) then `join`: the `joined`."""
        hello: dict[str, Any] = {"action": "hello", "accept_guidelines": True}
        welcome = await self.request(ws, replies, hello | {"token": c.token}, "welcome")
        if c.alias is not None and welcome["alias"] != c.alias:
            self.run.alias_changed += 1
        c.alias, c.token = welcome["alias"], welcome["token"]
        return await self.request(ws, replies, {"action": "join", "room": c.room}, "joined")

    async def request(
        self,
        ws: ClientConnection,
        replies: asyncio.Queue[dict[str, Any]],
        frame: dict[str, Any],
        want: str,
    ) -> dict[str, Any]:
        await ws.send(json.dumps({k: v for k, v in frame.items() if v is not None}))
        got = await asyncio.wait_for(replies.get(), REPLY_TIMEOUT_S)
        if got.get("type") != want:
            raise RuntimeError(f"{frame['action']}: {got.get('code')}")
        return got

    async def read(
        self, c: Client, ws: ClientConnection, replies: asyncio.Queue[dict[str, Any]]
    ) -> None:
        """Every frame of one connection; messages are recorded the moment they arrive."""
        with suppress(Exception):
            async for raw in ws:
                now, frame = time.perf_counter(), json.loads(raw)
                kind = frame.get("type")
                if kind == "message" and str(frame.get("text", "")).startswith("soak "):
                    self.on_message(c, frame, now)
                elif kind == "error" and frame.get("ref") in self.run.sent:
                    self.run.sent[frame["ref"]].refused = str(frame.get("code"))
                    c.pending.discard(frame["ref"])
                elif kind in ("welcome", "joined", "error"):
                    replies.put_nowait(frame | {"_at": now})  # when it arrived, not when read

    def on_message(self, c: Client, frame: dict[str, Any], now: float) -> None:
        cid, run = str(frame.get("client_id")), self.run
        sent = run.sent.get(cid)
        run.received[(c.index, str(frame["id"]))] += 1
        if sent is None:
            return
        run.delivered_to[cid].add(c.index)
        run.latencies_ms.append((now - sent.sent_at) * 1000)
        if sent.sender == c.index and sent.echo_at is None:
            sent.echo_at = now
            c.pending.discard(cid)
        key = (c.index, sent.sender)
        if sent.seq <= run.last_seq.get(key, -1):
            run.order_violations += 1
        run.last_seq[key] = max(sent.seq, run.last_seq.get(key, -1))

    async def send_one(self, sender: Client) -> None:
        assert sender.ws is not None
        seq, sender.next_seq = sender.next_seq, sender.next_seq + 1
        cid = f"s{sender.index}q{seq}"
        self.run.record_send(cid, sender.index, seq, sender.room, time.perf_counter())
        sender.pending.add(cid)
        sender.last_frame_at = time.perf_counter()
        text = f"soak q{spell(sender.index)} q{spell(seq)}"  # "q": never a whole slang word
        frame = {"action": "send", "room": sender.room, "text": text, "client_id": cid}
        try:
            await sender.ws.send(json.dumps(frame | {"ref": cid}))
        except Exception:  # the socket died under us: never sent, so nobody is owed it
            self.run.sent[cid].refused = "send_failed"
            sender.pending.discard(cid)

    async def drive(self) -> None:
        """`rate` messages a second on a fixed clock; senders rotate so no one floods."""
        rotation, start, n = list(self.clients), time.perf_counter(), 0
        self.rng.shuffle(rotation)
        turn, deadline = 0, start + self.args.messages / self.args.rate * 1.5 + 60
        while n < self.args.messages and time.perf_counter() < deadline:
            for _ in range(len(rotation)):
                sender, turn = rotation[turn % len(rotation)], turn + 1
                if sender.ready:
                    await self.send_one(sender)
                    break
            else:
                self.run.skipped_ticks += 1
            n += 1
            await asyncio.sleep(max(0.0, start + n / self.args.rate - time.perf_counter()))

    async def churn(self, duration: float) -> None:
        """`reconnects` disconnects spread evenly over the sending time."""
        start, count = time.perf_counter(), self.args.reconnects
        for k in range(count):
            await asyncio.sleep(
                max(0.0, start + (k + 0.5) * duration / count - time.perf_counter())
            )
            idle = [
                c
                for c in self.rng.sample(self.clients, min(20, len(self.clients)))
                if c.ready and not c.pending
            ]
            if idle:
                idle[0].busy = True
                self.spawn(self.bounce(idle[0], abrupt=k % 2 == 0))

    async def bounce(self, c: Client, abrupt: bool) -> None:
        """Drop a client, keep it away for a moment, then resume it with its token."""
        assert c.ws is not None
        ws, c.ws = c.ws, None
        c.sessions[-1].closed_at = time.perf_counter()
        if abrupt:
            ws.transport.abort()  # no close frame: the server sees the TCP connection vanish
        else:
            await ws.close()
        await asyncio.sleep(self.rng.uniform(*DOWN_S))
        for attempt in range(3):
            try:
                await self.open(c)
                self.run.reconnects_done += 1
                self.run.abrupt += abrupt
                return
            except Exception:
                self.run.reconnect_errors += 1
                await asyncio.sleep(1.0 + attempt)

    async def keepalive(self) -> None:
        while True:
            await asyncio.sleep(30)
            for c in self.clients:
                if c.ready and time.perf_counter() - c.last_frame_at > KEEPALIVE_S:
                    c.last_frame_at = time.perf_counter()
                    assert c.ws is not None
                    with suppress(Exception):
                        await c.ws.send('{"action":"ping"}')

    async def settle(self, timeout: float) -> None:
        """Wait until no client is away or reconnecting."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and any(c.busy for c in self.clients):
            await asyncio.sleep(0.1)

    async def drain(self, timeout: float) -> None:
        """Wait for every owed delivery (and every echo), up to `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not any(c.pending for c in self.clients) and self.run.all_delivered(self.clients):
                return
            await asyncio.sleep(0.25)

    async def close_all(self) -> None:
        for c in self.clients:
            if c.ws is not None:
                with suppress(Exception):
                    await c.ws.close()
        for task in list(self.tasks):
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)


def in_next_history(m: Sent, c: Client, cid: str) -> bool | None:
    """Whether a message a member missed live is in the history of its next session."""
    later = [s for s in c.sessions if s.joined_at > m.sent_at]
    return (cid in later[0].history) if later else None


def percentile(values: list[float], p: float) -> float | None:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1) if ordered else None


def report(run: SoakRun, clients: list[Client], args: argparse.Namespace) -> dict[str, Any]:
    """The figures, with what each one counts."""
    pairs = run.pairs(clients)
    kinds = Counter(kind for _, kind, _, _ in pairs)
    got = Counter(kind for _, kind, _, delivered in pairs if delivered)
    cid_of = {id(m): cid for cid, m in run.sent.items()}
    missed = [in_next_history(m, c, cid_of[id(m)]) for m, _, c, d in pairs if not d]
    refused = Counter(m.refused for m in run.sent.values() if m.refused)
    return {
        "clients": args.clients,
        "rooms": args.rooms,
        "rate_per_s": args.rate,
        "connect_all_s": round(run.connect_s, 1),
        "sending_s": round(run.sending_s, 1),
        "sent": len(run.sent),
        "accepted": len(run.sent) - sum(refused.values()),
        "refused": dict(refused),
        "unanswered": sum(1 for m in run.sent.values() if not (m.refused or m.echo_at)),
        "expected_deliveries": kinds["owed"],
        "delivered": got["owed"],
        "lost": kinds["owed"] - got["owed"],
        "duplicated": sum(n - 1 for n in run.received.values() if n > 1),
        "order_violations": run.order_violations,
        "not_owed": {
            "racing_pairs": kinds["racing"],
            "racing_delivered_live": got["racing"],
            "away_pairs": kinds["away"],
            "away_delivered_live": got["away"],
            "missed_live_then_in_next_history": sum(1 for x in missed if x),
            "missed_live_not_in_next_history": sum(1 for x in missed if x is False),
        },
        "latency_ms": {
            "p50": percentile(run.latencies_ms, 0.5),
            "p99": percentile(run.latencies_ms, 0.99),
            "max": percentile(run.latencies_ms, 1.0),
        },
        "reconnects": {
            "done": run.reconnects_done,
            "abrupt_no_close_frame": run.abrupt,
            "errors": run.reconnect_errors,
            "alias_changed": run.alias_changed,
        },
        "devserver_rss_mb": run.rss_mb | {"every_15s": run.rss_trend_mb},
        "skipped_send_ticks": run.skipped_ticks,
        "counted": (
            f"owed = joined before the send and still connected {run.grace_s}s after the "
            "sender's own copy (or the send, if none); delivered/lost count owed pairs only; "
            "duplicates and order are over all live deliveries; history is not a delivery"
        ),
    }


async def soak(url: str, pid: int | None, args: argparse.Namespace) -> dict[str, Any]:
    """Connect everyone, send and churn at once, drain, and report."""
    s = Soak(url, args)
    s.run.sample_rss(pid, "before_clients")
    t0 = time.perf_counter()
    await asyncio.gather(*(s.open(c) for c in s.clients))
    s.run.connect_s = time.perf_counter() - t0
    s.run.sample_rss(pid, "start")
    s.spawn(s.keepalive())
    s.spawn(s.run.rss_sampler(pid))
    duration = args.messages / args.rate
    churn = asyncio.create_task(s.churn(duration))
    t1 = time.perf_counter()
    await s.drive()
    s.run.sending_s = time.perf_counter() - t1
    churn.cancel()
    await s.settle(DOWN_S[1] + 10)  # let the last bounced clients come back
    await s.drain(30)
    s.run.sample_rss(pid, "end")
    try:
        return report(s.run, s.clients, args)
    finally:
        await s.close_all()


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=1000)
    p.add_argument("--rooms", type=int, default=100)
    p.add_argument("--messages", type=int, default=6000)
    p.add_argument("--rate", type=float, default=20.0, help="messages per second, in total")
    p.add_argument("--reconnects", type=int, default=250)
    p.add_argument("--grace", type=float, default=1.0, help="see 'who is owed' above")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--url", help="an already running devserver (ws://127.0.0.1:PORT/ws)")
    p.add_argument("--pid", type=int, help="its process id, to report RSS")
    a = p.parse_args(argv)
    if not (1 <= a.clients <= MAX_CLIENTS and 1 <= a.messages <= MAX_MESSAGES):
        p.error(f"clients must be 1..{MAX_CLIENTS}, messages 1..{MAX_MESSAGES}")
    if not (1 <= a.rooms <= a.clients and 0 < a.rate <= MAX_RATE and a.reconnects >= 0):
        p.error(f"need 1 <= rooms <= clients, 0 < rate <= {MAX_RATE}, reconnects >= 0")
    if a.url and not is_loopback(a.url):
        p.error("loopback only: this generator must never load a shared deployment")
    return a


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.url:
        result = asyncio.run(soak(args.url, args.pid, args))
    else:
        with bench_devserver(args.clients, args.rooms) as ds:
            result = asyncio.run(soak(ds.ws_url, ds.process.pid, args))
    print(json.dumps(result, indent=2))
    bad = result["lost"] + result["duplicated"] + result["order_violations"]
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
