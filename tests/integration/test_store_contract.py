"""One contract, two implementations: the fake store must behave like the DynamoDB adapter."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from chalicelib.domain.ids import message_id
from chalicelib.domain.model import Connection, Member, Message, Room, SendGuard
from chalicelib.errors import RoomFull
from chalicelib.rooms import load_rooms, seed_rooms
from chalicelib.store.dynamo import DynamoStore
from tests.conftest import TABLES
from tests.fakes import FakeStore

NOW_MS = 1_780_000_000_000
NOW_S = NOW_MS // 1000


class Serialized:
    """DynamoDB serializes conditional writes to an item; moto does not, so calls through this
    proxy take turns, as they would against the real service."""

    def __init__(self, client: Any) -> None:
        self._client, self._lock = client, threading.Lock()

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._client, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            with self._lock:
                return method(*args, **kwargs)

        return call


@pytest.fixture(params=["fake", "dynamodb"])
def store(request: pytest.FixtureRequest) -> Any:
    if request.param == "fake":
        return FakeStore()
    return DynamoStore(Serialized(request.getfixturevalue("dynamodb")), TABLES)


def conn(store: Any, cid: str) -> Connection:
    c = Connection(cid, NOW_MS, NOW_S + 3600, f"s-{cid}", f"Alias {cid}")
    store.put_connection(c)
    return c


def member(cid: str, expires_s: int = NOW_S + 3600) -> Member:
    return Member(cid, f"Alias {cid}", "member", NOW_MS, expires_s, f"s-{cid}", 24)


def room(store: Any, capacity: int = 5) -> Room:
    r = Room("lounge", "Lounge", "topic", "peer", capacity, 24)
    store.put_room(r)
    return r


def test_connections_round_trip_and_delete(store: Any) -> None:
    c = conn(store, "c1")
    assert store.get_connection("c1") == c
    store.delete_connection("c1")
    assert store.get_connection("c1") is None


def test_an_alias_belongs_to_one_session_until_its_claim_expires(store: Any) -> None:
    assert store.claim_alias("Quiet Heron", "s1", NOW_S, NOW_S + 10)
    assert store.claim_alias("Quiet Heron", "s1", NOW_S, NOW_S + 20)
    assert not store.claim_alias("Quiet Heron", "s2", NOW_S, NOW_S + 20)
    assert store.claim_alias("Quiet Heron", "s2", NOW_S + 21, NOW_S + 40)


def test_seeding_is_idempotent_and_never_resets_live_counts(store: Any) -> None:
    rooms = load_rooms()
    assert seed_rooms(store, rooms) == len(rooms) >= 8
    conn(store, "c1")
    store.add_member("lounge", member("c1"), 100, 24)
    seed_rooms(store, rooms)
    listed = {r.id: r for r in store.list_rooms()}
    assert set(listed) == {r.id for r in rooms}
    assert listed["lounge"].members == 1
    assert {r.kind for r in rooms} == {"peer", "moderated"}


def test_membership_updates_counts_and_the_connection(store: Any) -> None:
    room(store)
    conn(store, "a")
    assert store.add_member("lounge", member("a"), 5, 24) is True
    assert store.add_member("lounge", member("a"), 5, 24) is False
    assert store.get_room("lounge").members == 1
    assert store.get_connection("a").rooms == {"lounge"}
    assert [m.alias for m in store.list_members("lounge")] == ["Alias a"]
    assert store.remove_member("lounge", "a") is True
    assert store.remove_member("lounge", "a") is False
    assert store.get_room("lounge").members == 0
    assert store.get_connection("a").rooms == set()


def test_capacity_is_enforced(store: Any) -> None:
    room(store, capacity=1)
    conn(store, "a")
    conn(store, "b")
    store.add_member("lounge", member("a"), 1, 24)
    with pytest.raises(RoomFull):
        store.add_member("lounge", member("b"), 1, 24)


def test_two_people_racing_for_the_last_seat_exactly_one_gets_in(store: Any) -> None:
    room(store, capacity=1)
    results: dict[str, str] = {}
    barrier = threading.Barrier(2)

    def take(cid: str) -> None:
        conn(store, cid)
        barrier.wait()
        try:
            store.add_member("lounge", member(cid), 1, 24)
            results[cid] = "in"
        except RoomFull:
            results[cid] = "full"

    threads = [threading.Thread(target=take, args=(c,)) for c in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results.values()) == ["full", "in"]
    assert store.get_room("lounge").members == 1
    assert len(store.list_members("lounge")) == 1


def test_repair_drops_expired_memberships_and_fixes_the_counter(store: Any) -> None:
    room(store)
    conn(store, "old")
    conn(store, "new")
    store.add_member("lounge", member("old", expires_s=NOW_S - 1), 5, 24)
    store.add_member("lounge", member("new"), 5, 24)
    assert store.repair_room("lounge", NOW_S) == 1
    assert store.get_room("lounge").members == 1
    assert [m.connection_id for m in store.list_members("lounge")] == ["new"]


def test_messages_are_deduplicated_and_history_is_recent_oldest_first(store: Any) -> None:
    room(store)
    msgs = [Message("lounge", message_id(NOW_MS + i), "A", f"m{i}", NOW_MS + i) for i in range(60)]
    for m in msgs:
        assert store.put_message(m, None, NOW_S + 3600) == "stored"
    dup = Message("lounge", message_id(NOW_MS + 100), "A", "once", NOW_MS + 100, "k")
    assert store.put_message(dup, "s#lounge#k", NOW_S + 3600) == "stored"
    assert store.put_message(dup, "s#lounge#k", NOW_S + 3600) == "duplicate"
    recent = store.recent_messages("lounge", NOW_MS + 9, 50)
    assert [m.text for m in recent] == [f"m{i}" for i in range(11, 60)] + ["once"]
    assert store.recent_messages("lounge", NOW_MS + 100, 50) == []
    assert store.get_message("lounge", dup.id) == dup
    assert store.get_message("lounge", "missing") is None
    assert store.delete_message("lounge", dup.id) is True
    assert store.delete_message("lounge", dup.id) is False
    assert [m.text for m in store.recent_messages("lounge", NOW_MS + 58, 50)] == ["m59"]


def guarded(store: Any, cid: str, ts: int, moderator: bool = False) -> str:
    c = store.get_connection(cid)
    me = next(m for m in store.list_members("lounge") if m.connection_id == cid)
    guard = SendGuard(cid, 4.0, c.bucket_ms, me.last_sent_ms, moderator)
    msg = Message("lounge", message_id(ts), c.alias, "hi", ts, None, c.session_id)
    return str(store.put_message(msg, None, NOW_S + 3600, guard))


def test_a_guarded_send_updates_the_bucket_and_slow_mode_clock(store: Any) -> None:
    room(store)
    conn(store, "a")
    store.add_member("lounge", member("a"), 5, 24)
    assert guarded(store, "a", NOW_MS) == "stored"
    c = store.get_connection("a")
    assert (c.bucket_tokens, c.bucket_ms) == (4.0, NOW_MS)
    assert store.list_members("lounge")[0].last_sent_ms == NOW_MS


def test_a_guarded_send_fails_when_someone_spent_from_the_bucket_since_it_was_read(
    store: Any,
) -> None:
    room(store)
    conn(store, "a")
    store.add_member("lounge", member("a"), 5, 24)
    c = store.get_connection("a")
    me = store.list_members("lounge")[0]
    stale = SendGuard("a", 4.0, c.bucket_ms, me.last_sent_ms, False)
    assert guarded(store, "a", NOW_MS) == "stored"
    msg = Message("lounge", message_id(NOW_MS + 1), "A", "again", NOW_MS + 1)
    assert store.put_message(msg, None, NOW_S + 3600, stale) in ("not_member", "conflict")
    assert [m.text for m in store.recent_messages("lounge", 0, 50)] == ["hi"]


def test_locked_and_unmoderated_rooms_refuse_guarded_sends_except_from_moderators(
    store: Any,
) -> None:
    room(store)
    conn(store, "a")
    store.add_member("lounge", member("a"), 5, 24)
    store.set_room_state("lounge", locked=True)
    assert guarded(store, "a", NOW_MS) == "room_closed"
    assert guarded(store, "a", NOW_MS + 1, moderator=True) == "stored"
    store.set_room_state("lounge", locked=False, slow_s=30, pinned={"text": "Breathe"})
    r = store.get_room("lounge")
    assert (r.locked, r.slow_s, r.pinned, r.open) == (False, 30, {"text": "Breathe"}, True)
    assert store.list_members("lounge")[0].slow_s == 30
    store.put_room(Room("circle", "Circle", "", "moderated", 5, 12))
    assert store.get_room("circle").open is False


def test_moderators_are_counted_so_moderated_rooms_know_when_they_are_open(store: Any) -> None:
    store.put_room(Room("circle", "Circle", "", "moderated", 5, 12))
    conn(store, "mod")
    mod = Member("mod", "Mod", "moderator", NOW_MS, NOW_S + 3600, "s-mod", 12)
    store.add_member("circle", mod, 5, 12)
    assert store.get_room("circle").open is True
    store.remove_member("circle", "mod", "moderator")
    assert store.get_room("circle").open is False


def test_connection_fields_update_only_live_connections(store: Any) -> None:
    conn(store, "a")
    assert store.set_connection_fields("a", muted_until_ms=NOW_MS + 5) is True
    assert store.get_connection("a").muted_until_ms == NOW_MS + 5
    assert store.set_connection_fields("gone", muted_until_ms=1) is False
    assert store.get_connection("gone") is None


def test_hello_updates_identity_without_undoing_a_room_added_meanwhile(store: Any) -> None:
    # GIVEN the connection as `hello` read it (no rooms yet) ...
    c = conn(store, "c1")
    stale = store.get_connection("c1")
    # ... while a `join` on another Lambda takes a seat, adding the room to the same item
    room(store)
    assert store.add_member("lounge", member("c1"), 5, 24)
    # WHEN hello writes what it decided from its stale copy
    stale.alias, stale.role, stale.accepted_guidelines = "New Alias", "moderator", True
    store.update_identity(stale)
    # THEN the identity changed and the room the join added is still there
    now = store.get_connection("c1")
    assert (now.alias, now.role, now.accepted_guidelines) == ("New Alias", "moderator", True)
    assert now.rooms == {"lounge"} and now.session_id == c.session_id


def test_update_identity_creates_a_connection_that_has_no_item(store: Any) -> None:
    fresh = Connection("c9", NOW_MS, NOW_S + 3600, "s-9", "Alias 9", muted_until_ms=0)
    store.update_identity(fresh)
    found = store.get_connection("c9")
    assert found is not None and found.alias == "Alias 9" and found.session_id == "s-9"
