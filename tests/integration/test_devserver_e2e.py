"""End to end: `python -m devserver` with the real app and embedded moto, real clients.

Python clients use the `websockets` library; one participant is `wscat` (Node), a client
that shares no code with the server. Each test uses its own room: the server is shared.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from devserver.testing import DevserverProcess, running_devserver

WSCAT = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "wscat"
HEX_ID = re.compile(r"\b[0-9a-f]{12}\b")


class Client:
    """A chat participant on a real socket; frames it is not waiting for are kept."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.seen: list[dict[str, Any]] = []

    def send(self, action: str, **fields: Any) -> None:
        self.ws.send(json.dumps({"action": action, **fields}))

    def next(self, type_: str, timeout: float = 10.0, **match: Any) -> dict[str, Any]:
        """The next frame of that type (and matching fields), read or already seen."""
        deadline = time.monotonic() + timeout
        while True:
            for frame in self.seen:
                if frame.get("type") == type_ and all(frame.get(k) == v for k, v in match.items()):
                    self.seen.remove(frame)
                    return frame
            left = deadline - time.monotonic()
            if left <= 0:
                pytest.fail(f"no {type_} {match} within {timeout}s; saw {self.seen}")
            try:
                self.seen.append(json.loads(self.ws.recv(timeout=left)))
            except TimeoutError:
                continue

    def hello(self) -> str:
        self.send("hello", accept_guidelines=True)
        return str(self.next("welcome")["alias"])

    def join(self, room: str) -> dict[str, Any]:
        self.send("join", room=room)
        return self.next("joined", room=room)

    def settle(self) -> None:
        """Wait until every earlier frame of ours was handled (handlers run in order)."""
        ref = uuid.uuid4().hex
        self.send("ping", ref=ref)
        self.next("pong", ref=ref)


def letters() -> str:
    """A unique tag of letters only: random hex such as "af44bb" can read as a postcode (and
    long digit runs as a phone number), which the contact filter rightly refuses."""
    return uuid.uuid4().hex.translate(str.maketrans("0123456789", "ghijklmnop"))[:12]


@contextmanager
def member(url: str, room: str) -> Iterator[tuple[Client, str]]:
    """A greeted client that has joined `room`."""
    with connect(url) as ws:
        client = Client(ws)
        alias = client.hello()
        client.join(room)
        yield client, alias


def wscat(url: str, *frames: dict[str, Any], wait_s: float) -> subprocess.Popen[str]:
    """Start wscat sending `frames` after connecting, then holding the socket `wait_s`.

    Its stdin stays open: wscat exits at once when stdin closes.
    """
    args = [str(WSCAT), "--no-color", "-c", url, "-w", str(wait_s)]
    for frame in frames:
        args += ["-x", json.dumps(frame)]
    return subprocess.Popen(
        args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )


def frames_in(output: str) -> list[dict[str, Any]]:
    """The JSON frames wscat printed, one per line (prompt characters stripped)."""
    found = []
    for line in output.splitlines():
        text = line.lstrip("<> ").strip()
        if text.startswith("{"):
            found.append(json.loads(text))
    return found


@pytest.fixture(scope="module", autouse=True)
def _wscat_installed() -> None:
    assert WSCAT.exists() or shutil.which("wscat"), "run `npm install` (wscat is a devDependency)"


def test_join_send_history_and_presence(devserver: DevserverProcess) -> None:
    room, text = "lounge", f"hello from A {letters()}"
    with member(devserver.ws_url, room) as (a, alias_a):
        # GIVEN A is in the room WHEN B joins THEN B sees A among the members, A sees B arrive
        with member(devserver.ws_url, "anxiety") as (b, _):
            joined = b.join(room)
            alias_b = joined["alias"]
            assert alias_a in joined["members"]
            presence = a.next("presence", room=room, alias=alias_b)
            assert presence["state"] == "joined" and presence["members"] >= 2
            # WHEN A sends (with a client_id) THEN both receive the same message once
            a.send("send", room=room, text=text, client_id="c-1")
            got_a = a.next("message", room=room, text=text)
            got_b = b.next("message", room=room, text=text)
            assert got_a["id"] == got_b["id"] and got_b["alias"] == alias_a
            assert got_a["client_id"] == "c-1"
            # AND a retry with the same client_id is not delivered again
            a.send("send", room=room, text=text, client_id="c-1")
            a.settle()
            b.settle()
            assert [f for f in a.seen + b.seen if f.get("type") == "message"] == []
        # WHEN B disconnects THEN A is told B left
        left = a.next("presence", room=room, alias=alias_b)
        assert left["state"] == "left"
        # AND a newcomer gets the message in history, and B is no longer a member
        with member(devserver.ws_url, "grief") as (c, _):
            late = c.join(room)
    assert text in [m["text"] for m in late["history"]]
    assert alias_a in late["members"] and alias_b not in late["members"]


def test_wscat_chats_with_a_python_client(devserver: DevserverProcess) -> None:
    room, text = "low-mood", f"typed in wscat {letters()}"
    with member(devserver.ws_url, room) as (a, _):
        # WHEN a wscat client says hello, joins and sends
        proc = wscat(
            devserver.ws_url,
            {"action": "hello", "accept_guidelines": True},
            {"action": "join", "room": room},
            {"action": "send", "room": room, "text": text},
            wait_s=2,
        )
        # THEN the Python client receives it, from wscat's alias
        got = a.next("message", room=room, text=text)
        assert proc.wait(timeout=20) == 0  # it closes by itself after its 2 s wait
    assert proc.stdout is not None
    out = proc.stdout.read()
    wscat_frames = frames_in(out)
    welcome = next(f for f in wscat_frames if f.get("type") == "welcome")
    assert got["alias"] == welcome["alias"]
    assert any(f.get("type") == "joined" and f["room"] == room for f in wscat_frames)
    assert any(f.get("type") == "message" and f["id"] == got["id"] for f in wscat_frames)


def test_killed_client_is_cleaned_up_by_410_on_next_fan_out(
    lossy_devserver: DevserverProcess,
) -> None:
    room = "loneliness"
    with member(lossy_devserver.ws_url, room) as (a, _):
        # GIVEN a wscat client in the room
        proc = wscat(
            lossy_devserver.ws_url,
            {"action": "hello", "accept_guidelines": True},
            {"action": "join", "room": room},
            wait_s=-1,
        )
        victim = a.next("presence", room=room, state="joined")["alias"]
        # WHEN its process is killed (no close frame; this server loses that $disconnect)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        time.sleep(0.3)
        with member(lossy_devserver.ws_url, "carers") as (probe, _):
            assert victim in probe.join(room)["members"]  # nobody has noticed yet
            # AND A sends to the room
            a.send("send", room=room, text="is anyone there?")
            a.next("message", room=room)
            # THEN the post to the dead socket got 410, and the app dropped it
            assert a.next("presence", room=room, alias=victim)["state"] == "left"
            a.settle()
            probe.send("leave", room=room)
            probe.next("left", room=room)
            assert victim not in probe.join(room)["members"]


def test_ctrl_c_closes_clients_going_away_and_exits_cleanly() -> None:
    with running_devserver() as proc:
        with connect(proc.ws_url) as ws:
            Client(ws).hello()
            # WHEN the devserver gets Ctrl-C (SIGINT)
            proc.process.send_signal(signal.SIGINT)
            # THEN the client is closed 'Going away' and the process exits 0
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    ws.recv(timeout=10)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 1001
        assert proc.process.wait(timeout=15) == 0
        time.sleep(0.2)
    assert "devserver stopped" in proc.output()
    assert "Traceback" not in proc.output()


def test_logs_hold_hashed_ids_never_text_or_ip(devserver: DevserverProcess) -> None:
    secret = "private words " + letters()
    with member(devserver.ws_url, "lgbtq") as (a, _):
        a.send("send", room="lgbtq", text=secret)
        a.next("message", text=secret)
    time.sleep(0.3)  # the disconnect line is written after the socket closes
    lines = devserver.output().splitlines()
    logs = [line for line in lines if "ws://" not in line and "http://" not in line]
    assert secret not in devserver.output()
    assert not any("127.0.0.1" in line for line in logs)
    own = [line for line in logs if " devserver connect " in line]
    assert own and all(HEX_ID.search(line) for line in own)
    assert any(" devserver disconnect " in line for line in logs)
