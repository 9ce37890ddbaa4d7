"""What a screen reader hears in a room: new messages as "Alias: text" from one hidden polite
region, never the names of the buttons beside them, and no burst of history on (re)join."""

from __future__ import annotations

import json
import re

from playwright.sync_api import Page, WebSocketRoute, expect

from tests.web.helpers import (
    announced,
    announcer,
    enter_rooms,
    join,
    message_frame,
    messages,
    proxy_websocket,
    record_announcements,
    send,
    unique,
)
from tests.web.test_help_and_moderation import moderator_page

# Elements that are live regions by attribute or by (implicit) role.
LIVE = (
    "[aria-live]:not([aria-live=off]), [role=log], [role=status], [role=alert], [role=timer],"
    " [role=marquee], output"
)

LIVE_REGIONS = """(selector) => {
  const live = Array.from(document.querySelectorAll(selector));
  const list = document.getElementById('message-list');
  const focusable = 'button, a[href], input, select, textarea, [tabindex]';
  return {
    ids: live.map((el) => el.id).sort(),
    focusableInside: live.reduce((n, el) => n + el.querySelectorAll(focusable).length, 0),
    listInside: live.some((el) => el.contains(list)),
    messageButtons: list.querySelectorAll('button').length,
  };
}"""


def live_roots_in_ax_tree(page: Page) -> dict[str, list[str]]:
    """Chromium's own view (its accessibility tree, as screen readers get it): each live region
    root, by role and name, with the roles of everything inside it."""
    cdp = page.context.new_cdp_session(page)
    nodes = {n["nodeId"]: n for n in cdp.send("Accessibility.getFullAXTree")["nodes"]}
    cdp.detach()

    def roles_under(node: dict[str, object]) -> list[str]:
        children = [nodes[c] for c in node.get("childIds", []) if c in nodes]
        return [r for c in children for r in [c["role"]["value"], *roles_under(c)]]

    roots = {}
    for node in nodes.values():
        props = {p["name"]: p["value"].get("value") for p in node.get("properties", [])}
        if props.get("live", "off") != "off":
            label = f"{node['role']['value']} {node.get('name', {}).get('value', '')}".strip()
            roots[label] = roles_under(node)
    return roots


def test_a_new_message_is_spoken_as_alias_and_text_only(open_page) -> None:
    # GIVEN a moderator (whose messages carry Report and Moderate buttons) and Ada in a room
    mod, _ = moderator_page(open_page)
    enter_rooms(mod)
    join(mod)
    ada = open_page()
    ada_alias = enter_rooms(ada)
    join(ada)
    expect(announcer(mod)).to_have_text(f"{ada_alias} joined the room")
    record_announcements(mod)
    record_announcements(ada)

    # WHEN Ada writes
    text = unique("Hello everyone")
    send(ada, text)

    # THEN the moderator hears exactly who said what, and no button's name
    expect(announcer(mod)).to_have_text(f"{ada_alias}: {text}")
    item = messages(mod).get_by_role("listitem").filter(has_text=text)
    expect(item.get_by_role("button", name=f"Moderate message from {ada_alias}")).to_be_visible()
    assert announced(mod) == [[f"{ada_alias}: {text}"]]
    # AND Ada's own message comes back to her only as a short "Sent."
    expect(announcer(ada)).to_have_text("Sent.")
    assert announced(ada) == [["Sent."]]
    assert mod.js_errors == [] and ada.js_errors == []


def test_no_live_region_holds_a_message_button(open_page) -> None:
    # GIVEN a moderator's view of a room with messages (each with two buttons)
    page, _ = moderator_page(open_page)
    enter_rooms(page)
    join(page)
    send(page, unique("Buttons beside me"))
    expect(announcer(page)).to_have_text("Sent.")
    # THEN the only live regions are the status line and the chat announcer, neither holds
    # anything focusable, and the message list (a labelled region) is inside neither
    found = page.evaluate(LIVE_REGIONS, LIVE)
    assert found["messageButtons"] >= 2
    assert found["ids"] == ["chat-announcer", "status"]
    assert found["focusableInside"] == 0
    assert found["listInside"] is False
    expect(messages(page)).to_have_attribute("tabindex", "0")
    # AND Chromium's accessibility tree agrees: two live roots, with only text inside
    roots = live_roots_in_ax_tree(page)
    assert len(roots) == 2, roots
    assert "StaticText" in roots["generic"]  # the announcer's "Sent.": the walk goes inside
    inside = {role for roles in roots.values() for role in roles}
    assert inside <= {"paragraph", "StaticText", "InlineTextBox"}, roots


def test_history_loaded_on_join_is_not_announced(open_page) -> None:
    # GIVEN Ada wrote two messages in a room before Bo came in
    ada, bo = open_page(), open_page()
    ada_alias = enter_rooms(ada)
    join(ada)
    earlier = [unique("Said before you came"), unique("Also said before")]
    for text in earlier:
        send(ada, text)
    enter_rooms(bo)
    record_announcements(bo)

    # WHEN Bo joins, THEN he sees the history
    join(bo)
    for text in earlier:
        expect(messages(bo).get_by_text(text, exact=True)).to_be_visible()

    # WHEN Ada writes again, THEN only that new message is spoken: the history never was
    later = unique("Said after you came")
    send(ada, later)
    expect(announcer(bo)).to_have_text(f"{ada_alias}: {later}")
    spoken = " ".join(line for batch in announced(bo) for line in batch)
    assert all(text not in spoken for text in earlier), spoken


def test_a_rejoin_announces_only_how_many_messages_were_missed(open_page) -> None:
    # GIVEN a member in a room who has already seen one message
    page = open_page()
    routes = proxy_websocket(page)
    alias = enter_rooms(page)
    join(page)
    seen = message_frame("Calm Otter", unique("Seen before the drop"))
    routes[-1].send(json.dumps(seen))
    expect(announcer(page)).to_have_text(f"Calm Otter: {seen['text']}")
    record_announcements(page)

    # WHEN a rejoin's history holds that message and two missed ones
    missed = [message_frame("Calm Otter", unique("Missed")) for _ in range(2)]
    joined = {"type": "joined", "room": "lounge", "alias": alias, "members": [alias],
              "history": [seen, *missed]}  # fmt: skip
    routes[-1].send(json.dumps(joined))

    # THEN the missed ones are shown, and one short line says how many there were
    for frame in missed:
        expect(messages(page).get_by_text(str(frame["text"]), exact=True)).to_be_visible()
    expect(announcer(page)).to_have_text("2 new messages arrived while you were reconnecting.")
    assert announced(page) == [["2 new messages arrived while you were reconnecting."]]


def listening_member(open_page) -> tuple[Page, list[WebSocketRoute]]:
    """A member in the lounge whose WebSocket the test can write to, announcements recorded."""
    page = open_page()
    routes = proxy_websocket(page)
    enter_rooms(page)
    join(page)
    record_announcements(page)
    return page, routes


def test_a_burst_of_messages_is_summarised(open_page) -> None:
    # GIVEN a member in a room
    page, routes = listening_member(open_page)
    # WHEN ten messages arrive at once
    frames = [message_frame("Busy Wren", unique("Quick")) for _ in range(10)]
    for frame in frames:
        routes[-1].send(json.dumps(frame))
    last = f"Busy Wren: {frames[-1]['text']}"
    expect(announcer(page)).to_contain_text(last)
    # THEN they are spoken in a few short batches, at least one of them a summary
    batches = announced(page)
    assert len(batches) < len(frames)
    assert all(len(batch) <= 3 for batch in batches), batches
    assert any(re.fullmatch(r"\d+ new messages\.", batch[0]) for batch in batches), batches
    assert batches[-1][-1] in (last, f"Latest: {last}")


def test_a_deleted_message_is_withdrawn_from_the_announcer(open_page) -> None:
    # GIVEN a member in a room who was just told of a message
    page, routes = listening_member(open_page)
    first = message_frame("Rude Visitor", unique("Unkind words"))
    routes[-1].send(json.dumps(first))
    expect(announcer(page)).to_have_text(f"Rude Visitor: {first['text']}")

    def delete(frame: dict[str, object]) -> None:
        deleted = {"type": "deleted", "room": "lounge", "message_id": frame["id"]}
        routes[-1].send(json.dumps(deleted))

    # WHEN a moderator deletes it, THEN its words leave the hidden text too
    delete(first)
    expect(announcer(page)).to_have_text("")
    # WHEN another arrives and is deleted while it waits its turn (the throttle holds it),
    # THEN only the message after it is spoken
    second = message_frame("Rude Visitor", unique("More unkind words"))
    routes[-1].send(json.dumps(second))
    delete(second)
    third = message_frame("Kind Visitor", unique("Kind words"))
    routes[-1].send(json.dumps(third))
    expect(announcer(page)).to_have_text(f"Kind Visitor: {third['text']}")
    spoken = " ".join(line for batch in announced(page) for line in batch)
    assert str(second["text"]) not in spoken
    expect(messages(page).get_by_text(str(second["text"]))).to_have_count(0)
