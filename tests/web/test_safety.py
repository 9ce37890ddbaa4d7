"""Safe rendering: frames carrying markup or script stay inert text; links are not clickable."""

from __future__ import annotations

import json
import time

from playwright.sync_api import expect

from tests.web.helpers import enter_rooms, join, messages, proxy_websocket, send, unique

PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


def test_markup_sent_through_the_server_renders_as_text(open_page) -> None:
    # GIVEN two people in a room
    ada, bo = open_page(), open_page()
    enter_rooms(ada)
    enter_rooms(bo)
    join(ada)
    join(bo)
    # WHEN Ada sends markup and a link
    text = f"{unique('x')} {PAYLOAD} see https://example.com/page"
    send(ada, text)
    # THEN Bo sees the exact characters, no element was created, nothing ran, no link exists
    log = messages(bo)
    expect(log.get_by_text(text, exact=True)).to_be_visible()
    assert log.locator("img, script, a").count() == 0
    assert bo.evaluate("() => window.__pwned") is None


def test_forged_frame_with_script_renders_as_inert_text(open_page) -> None:
    # GIVEN a page whose WebSocket passes through a test proxy that can inject frames
    page = open_page()
    routes = proxy_websocket(page)
    enter_rooms(page)
    join(page)
    # WHEN a frame arrives whose alias and text both carry script
    frame = {
        "type": "message",
        "room": "lounge",
        "id": unique("forged").replace(" ", "-"),
        "alias": '<b onmouseover="window.__pwned=3">Bad</b>',
        "text": PAYLOAD,
        "ts": int(time.time() * 1000),
    }
    routes[-1].send(json.dumps(frame))
    # THEN it shows as literal text and created no elements and ran nothing
    item = messages(page).get_by_role("listitem").filter(has_text="window.__pwned=3")
    expect(item).to_contain_text(PAYLOAD)
    expect(item).to_contain_text(frame["alias"])
    assert item.locator("img, script, b").count() == 0
    assert page.evaluate("() => window.__pwned") is None


def test_only_pinned_resources_have_clickable_links(open_page) -> None:
    # GIVEN a member in a room
    page = open_page()
    routes = proxy_websocket(page)
    enter_rooms(page)
    join(page)
    # WHEN a message with a link arrives, and a moderator pins a resource
    message = {"type": "message", "room": "lounge", "alias": "Kind Moderator", "ts": 1}
    routes[-1].send(json.dumps({**message, "id": "plain-1", "text": "Visit https://example.org/a"}))
    update = {"type": "room_update", "room": "lounge", "open": True, "locked": False, "slow_s": 0}
    pin = {"text": "Breathing exercise", "url": "https://example.org/help"}
    routes[-1].send(json.dumps({**update, "pinned": pin}))
    # THEN only the pinned resource's link can be clicked
    pinned = page.locator("#pinned")
    expect(pinned.get_by_role("heading", name="Pinned by a moderator")).to_be_visible()
    expect(pinned.get_by_role("link", name="https://example.org/help")).to_be_visible()
    expect(messages(page).get_by_text("Visit https://example.org/a")).to_be_visible()
    assert messages(page).get_by_role("link").count() == 0
    # WHEN the pin is removed, THEN the box goes away
    routes[-1].send(json.dumps({**update, "pinned": None}))
    expect(pinned).to_be_hidden()
