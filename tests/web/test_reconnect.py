"""Reconnecting keeps the alias: after a dropped socket and after a page reload."""

from __future__ import annotations

from playwright.sync_api import expect

from tests.web.helpers import (
    alias_of,
    announced,
    announcer,
    enter_rooms,
    join,
    messages,
    proxy_websocket,
    record_announcements,
    send,
    unique,
)


def test_dropped_connection_reconnects_with_the_same_alias_and_room(open_page) -> None:
    # GIVEN Ada in a room, her socket passing through a proxy the test can cut, and Bo watching
    ada = open_page()
    routes = proxy_websocket(ada)
    alias = enter_rooms(ada)
    join(ada)
    bo = open_page()
    bo_alias = enter_rooms(bo)
    join(bo)
    before = unique("Said before the drop")
    send(bo, before)
    # (it may share one batch with "… joined the room": both can arrive within a moment)
    expect(announcer(ada)).to_contain_text(f"{bo_alias}: {before}")
    record_announcements(ada)

    # WHEN the connection drops
    routes[-1].close(code=1001, reason="test drop")
    expect(ada.locator("#connection")).to_contain_text("Connection lost")

    # THEN the page reconnects by itself, keeps the alias and rejoins the room
    expect(ada.locator("#connection")).to_be_hidden(timeout=15_000)
    assert len(routes) >= 2
    assert alias_of(ada) == alias
    expect(ada.get_by_role("status")).to_contain_text(f"You are still {alias}")
    text = unique("Back again")
    send(ada, text)
    bo_item = messages(bo).get_by_role("listitem").filter(has_text=text)
    expect(bo_item).to_contain_text(alias)
    # AND the rejoin's history (which holds Bo's earlier words) was shown once, not re-spoken
    expect(announcer(ada)).to_have_text("Sent.")
    expect(messages(ada).get_by_text(before, exact=True)).to_have_count(1)
    spoken = " ".join(line for batch in announced(ada) for line in batch)
    assert before not in spoken and "reconnecting" not in spoken, spoken


def test_reload_keeps_the_alias(open_page) -> None:
    page = open_page()
    alias = enter_rooms(page)
    page.reload()
    # The accepted guidelines and the token are remembered for this tab: straight to the rooms.
    expect(page.get_by_role("heading", name="Rooms", level=1)).to_be_visible()
    assert alias_of(page) == alias
