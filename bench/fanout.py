"""Fan-out wall time for rooms of 10, 100 and 500, each post taking 20 ms (a slow gateway).

Uses the real ApiGatewayGateway (thread pool sized by HEARTH_FANOUT_WORKERS, default 64) with a
client stand-in that sleeps 20 ms per PostToConnection. Target (issue 2): 500 members in <= 0.5 s,
at least 20x faster than sequential.
"""

from __future__ import annotations

import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chalicelib.gateway import ApiGatewayGateway  # noqa: E402
from chalicelib.settings import Settings  # noqa: E402

POST_S = 0.020


class SlowClient:
    def post_to_connection(self, ConnectionId: str, Data: bytes) -> dict[str, Any]:  # noqa: N803
        time.sleep(POST_S)
        return {}


def main() -> None:
    workers = Settings.from_env().fanout_workers
    gateway = ApiGatewayGateway(SlowClient(), ThreadPoolExecutor(max_workers=workers))
    gateway.fan_out([("warm", b"x")] * workers)  # start the pool's threads once, as a warm Lambda
    print(f"Fan-out with {workers} workers, {POST_S * 1000:.0f} ms per post")
    for members in (10, 100, 500):
        posts = [(f"c{i}", b'{"type":"message"}') for i in range(members)]
        t0 = time.perf_counter()
        gone = gateway.fan_out(posts)
        wall = time.perf_counter() - t0
        sequential = members * POST_S
        print(
            f"  room of {members:>3}: {wall * 1000:7.1f} ms"
            f"  (sequential {sequential * 1000:7.0f} ms,"
            f" {sequential / wall:5.1f}x faster, gone={len(gone)})"
        )


if __name__ == "__main__":
    main()
