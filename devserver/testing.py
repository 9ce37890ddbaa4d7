"""Start a real devserver in a subprocess for tests: `with running_devserver() as ds: ds.ws_url`.

Used by the devserver's own tests, the web-client tests and end-to-end tests. The child gets
HEARTH_PORT=0 and reports the port it bound in its banner, so there is no free-port race.
`process_roles` finds its moto child and Lambda workers (tests and bench/load.py).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_BANNER = re.compile(r"ws://127\.0\.0\.1:(\d+)/ws")
START_TIMEOUT_S = 60.0


@dataclass
class DevserverProcess:
    """A running devserver child: where to connect, and its recent output for diagnostics."""

    process: subprocess.Popen[str]
    port: int = 0
    lines: deque[str] = field(default_factory=lambda: deque(maxlen=400))

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        """The child's last lines of stdout/stderr (logs never hold message text)."""
        return "".join(self.lines)


def _drain(proc: DevserverProcess, ready: threading.Event) -> None:
    assert proc.process.stdout is not None
    for line in proc.process.stdout:
        proc.lines.append(line)
        match = _BANNER.search(line)
        if match and not ready.is_set():
            proc.port = int(match.group(1))
            ready.set()
    ready.set()  # EOF: the child exited (the caller sees port == 0)


def _child_env(env: Mapping[str, str] | None) -> dict[str, str]:
    child = dict(os.environ)
    # Never let a developer's real AWS settings leak into a test run of the emulator.
    for key in (
        "AWS_ENDPOINT_URL_DYNAMODB",
        "AWS_PROFILE",
        "AWS_ENDPOINT_URL",
        "HEARTH_DYNAMODB_UNSIGNED",
    ):
        child.pop(key, None)
    child.update({"HEARTH_PORT": "0", "PYTHONUNBUFFERED": "1"})
    child.update(env or {})
    return child


def _stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)  # the same path as Ctrl-C
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


@contextmanager
def running_devserver(
    env: Mapping[str, str] | None = None, timeout_s: float = START_TIMEOUT_S
) -> Iterator[DevserverProcess]:
    """Run `python -m devserver` on a free port until the block ends (then Ctrl-C it).

    `env` adds or overrides environment variables for the child (e.g. HEARTH_IDLE_TIMEOUT_S).
    """
    popen = subprocess.Popen(
        [sys.executable, "-m", "devserver"],
        cwd=ROOT,
        env=_child_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    proc = DevserverProcess(popen)
    ready = threading.Event()
    threading.Thread(target=_drain, args=(proc, ready), daemon=True).start()
    started = time.monotonic()
    try:
        if not ready.wait(timeout_s) or proc.port == 0:
            raise RuntimeError(
                f"devserver did not start within {time.monotonic() - started:.0f}s:\n"
                + proc.output()
            )
        yield proc
    finally:
        _stop(popen)


def child_pids(pid: int) -> list[int]:
    """Direct children of `pid` (moto, Lambda workers), from /proc."""
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def process_roles(pid: int) -> dict[str, list[int]]:
    """The devserver's processes by role: itself, its moto child, its Lambda workers (and
    multiprocessing's resource tracker, counted with them)."""
    roles: dict[str, list[int]] = {"devserver": [pid], "moto": [], "lambda_workers": []}
    for kid in child_pids(pid):
        try:
            cmdline = Path(f"/proc/{kid}/cmdline").read_bytes()
        except OSError:
            continue  # it exited meanwhile
        roles["moto" if b"devserver.moto_server" in cmdline else "lambda_workers"].append(kid)
    return roles
