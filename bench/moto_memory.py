"""RSS of the devserver's moto child before/after N chat sends, with and without the memory fix.

    python bench/moto_memory.py                      # 5,000 sends, fixed then unfixed moto
    python bench/moto_memory.py --sends 2000 --sweep # messages expire at once and are swept

Starts the child exactly as the devserver does (`devserver.moto_server.main`); "unfixed" runs
it with moto_patches' two memory patches (untracked Items, no empty partitions) turned off,
all other patches on. This process plays the app: the real ChatService, ten members in one
room, sending in turns (a counting gateway stands in for API Gateway). Without --sweep the
messages stay (24 h retention, as in the soak), so some growth per send is expected either
way; with --sweep their TTL is already past on write and the child's sweeper deletes them
every second, so what remains is what moto holds per request. Loopback only; ~1 core.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import boto3

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.load import own_rss  # noqa: E402
from chalicelib.domain.tokens import TokenSigner  # noqa: E402
from chalicelib.rooms import load_rooms, seed_rooms  # noqa: E402
from chalicelib.service import ChatService, Deps  # noqa: E402
from chalicelib.store.dynamo import DynamoStore  # noqa: E402
from chalicelib.store.moderation import DynamoModerationStore  # noqa: E402
from chalicelib.store.schema import create_tables  # noqa: E402

NAMES = {"connections": "b-conn", "rooms": "b-rooms", "messages": "b-msgs", "moderation": "b-mod"}
REGION, ROOM, MEMBERS, WARM_UP = "us-east-1", "lounge", 10, 200
MAX_SENDS = 50_000
CHILD = """
import sys
from devserver import moto_patches, moto_server
if sys.argv[1] == "unfixed":
    moto_patches._stop_instance_tracking = lambda: None
    moto_patches._patch_empty_partitions = lambda: None
moto_server.main(sys.argv[2:])
"""


class CountingGateway:
    """API Gateway stand-in: every member is connected; counts posts."""

    def __init__(self) -> None:
        self.posts = 0

    def send(self, connection_id: str, data: bytes) -> bool:
        self.posts += 1
        return True

    def fan_out(self, posts: Iterable[tuple[str, bytes]]) -> Sequence[str]:
        self.posts += sum(1 for _ in posts)
        return []


class StepClock:
    """Advances 300 ms per send: members take turns, so no flood limit is reached."""

    def __init__(self, start_ms: int) -> None:
        self.now = start_ms

    def now_ms(self) -> int:
        return self.now


@dataclass
class Result:
    variant: str
    rss_before_mb: float
    rss_after_mb: float
    sends: int
    seconds: float

    def line(self) -> str:
        grown = self.rss_after_mb - self.rss_before_mb
        per_send_kb = grown * 1024 / self.sends
        return (
            f"{self.variant:8s} RSS {self.rss_before_mb:7.1f} -> {self.rss_after_mb:7.1f} MB "
            f"(+{grown:6.1f} MB, {per_send_kb:5.2f} KB/send) "
            f"{self.sends} sends in {self.seconds:5.1f} s"
        )


def rss_mb(pid: int) -> float:
    """Resident set of one process, in MiB."""
    return own_rss(pid) / 2**20


def start_child(variant: str, sweep: bool) -> tuple[subprocess.Popen[str], str]:
    """The moto child; it prints its endpoint and exits when its stdin closes."""
    args = ["1", REGION, NAMES["messages"]] if sweep else []
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, variant, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    endpoint = proc.stdout.readline().strip()
    if not endpoint.startswith("http://127.0.0.1"):
        proc.kill()
        raise RuntimeError("moto child failed to start")
    return proc, endpoint


def chat(endpoint: str, clock: StepClock, gateway: CountingGateway) -> ChatService:
    """The real service on the child's tables, with MEMBERS connections in ROOM."""
    db = boto3.client("dynamodb", endpoint_url=endpoint, region_name=REGION)
    create_tables(db, NAMES)
    store = DynamoStore(db, NAMES)
    seed_rooms(store, load_rooms())
    mods = DynamoModerationStore(db, NAMES["moderation"])
    signer = TokenSigner(b"bench-secret" * 3, "bench")
    service = ChatService(Deps(store, mods, gateway, clock, signer, "Be kind."))
    for i in range(MEMBERS):
        service.connect(f"c{i}")
        service.handle(f"c{i}", json.dumps({"action": "hello", "accept_guidelines": True}))
        service.handle(f"c{i}", json.dumps({"action": "join", "room": ROOM}))
    return service


def send(service: ChatService, clock: StepClock, first: int, count: int) -> None:
    for n in range(first, first + count):
        clock.now += 300
        frame = {"action": "send", "room": ROOM, "text": "hello there", "client_id": f"m{n}"}
        service.handle(f"c{n % MEMBERS}", json.dumps(frame))


def run(variant: str, sends: int, sweep: bool) -> Result:
    """Warm up, sample the child's RSS, send, let a sweep pass, sample again."""
    proc, endpoint = start_child(variant, sweep)
    try:
        # With --sweep, a clock 30 days back: every message's TTL has passed when it is written.
        start_ms = time.time_ns() // 1_000_000 - (30 * 86_400_000 if sweep else 0)
        clock, gateway = StepClock(start_ms), CountingGateway()
        service = chat(endpoint, clock, gateway)
        send(service, clock, 0, WARM_UP)
        time.sleep(1.5 if sweep else 0.2)
        before = rss_mb(proc.pid)
        t0 = time.perf_counter()
        send(service, clock, WARM_UP, sends)
        seconds = time.perf_counter() - t0
        time.sleep(1.5 if sweep else 0.2)
        after = rss_mb(proc.pid)
        if gateway.posts < MEMBERS * (WARM_UP + sends):
            raise RuntimeError(f"only {gateway.posts} posts: sends were refused")
        return Result(variant, before, after, sends, seconds)
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sends", type=int, default=5000)
    parser.add_argument("--sweep", action="store_true", help="expire and sweep messages")
    parser.add_argument("--variant", choices=["fixed", "unfixed", "both"], default="both")
    args = parser.parse_args()
    if not 0 < args.sends <= MAX_SENDS:
        parser.error(f"--sends must be 1..{MAX_SENDS}")
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"  # never sign with a real identity
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    for key in ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_DYNAMODB"):
        os.environ.pop(key, None)
    variants = ["fixed", "unfixed"] if args.variant == "both" else [args.variant]
    kept = "swept" if args.sweep else "kept"
    print(f"moto child RSS, {MEMBERS} members in one room, messages {kept}")
    for variant in variants:
        print(run(variant, args.sends, args.sweep).line(), flush=True)


if __name__ == "__main__":
    main()
