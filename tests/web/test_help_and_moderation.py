"""A private `support` event opens help gently; moderator tools appear only for moderators."""

from __future__ import annotations

import json

from playwright.sync_api import Page, WebSocketRoute, expect

from tests.web.helpers import enter_rooms, join, messages, proxy_websocket, send, unique

SUPPORT = {
    "type": "support",
    "reason": "crisis",
    "text": "It sounds like things are really heavy right now. You don't have to face it alone.",
    "resources": [{"name": "Samaritans", "phone": "116 123", "hours": "24/7", "country": "UK"}],
}


def test_support_event_opens_help_without_taking_focus(open_page) -> None:
    # GIVEN a member typing in a room
    page = open_page()
    routes = proxy_websocket(page)
    enter_rooms(page)
    join(page)
    composer = page.get_by_role("textbox", name="Your message to Open Lounge")
    composer.click()
    # WHEN the server privately sends support
    routes[-1].send(json.dumps(SUPPORT))
    # THEN help opens with its words and resources, and focus stays where the person was
    region = page.get_by_role("region", name="Get help now")
    expect(region).to_contain_text(SUPPORT["text"])
    expect(region.get_by_role("link", name="Call 116 123")).to_have_attribute("href", "tel:116123")
    expect(page.get_by_role("button", name="Get help now")).to_have_attribute(
        "aria-expanded", "true"
    )
    expect(composer).to_be_focused()


def moderator_page(open_page) -> tuple[Page, list[dict[str, object]]]:
    """A page whose `welcome` says role "moderator"; returns the page and every frame it sends.

    The proxy records every frame the page sends (to check the exact `mod` frame), strips the
    credential and marks the welcome as a moderator's; test_moderation_e2e.py covers the same
    flow with a real credential and no proxy."""
    sent: list[dict[str, object]] = []

    def proxy(ws: WebSocketRoute) -> None:
        server = ws.connect_to_server()

        def to_server(message: str | bytes) -> None:
            frame = json.loads(message)
            sent.append(dict(frame))
            frame.pop("credential", None)
            server.send(json.dumps(frame))

        def to_page(message: str | bytes) -> None:
            frame = json.loads(message)
            if frame.get("type") == "welcome":
                frame["role"] = "moderator"
            ws.send(json.dumps(frame))

        ws.on_message(to_server)
        server.on_message(to_page)

    page = open_page()
    page.route_web_socket("**/ws", proxy)
    page.reload()
    return page, sent


def test_moderator_can_act_on_a_message(open_page) -> None:
    # GIVEN a moderator in a room with a message in it
    page, sent = moderator_page(open_page)
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    page.get_by_role("group").filter(has_text="Moderator sign-in").locator("summary").click()
    page.get_by_label("Moderator credential").fill("example-credential")
    enter_rooms(page)
    join(page)
    text = unique("Needs a moderator")
    send(page, text)
    expect(page.get_by_role("region", name="Moderator tools")).to_be_visible()
    # WHEN they delete it through the Moderate dialog
    item = messages(page).get_by_role("listitem").filter(has_text=text)
    item.get_by_role("button", name="Moderate message from").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete message").click()
    # THEN a `mod` frame for that message went out, and hello carried the credential
    message_id = item.get_attribute("data-id")
    assert {"op": "delete", "message_id": message_id} in [
        {"op": f.get("op"), "message_id": f.get("message_id")} for f in sent
    ]
    assert any(f.get("credential") == "example-credential" for f in sent)


def test_members_never_see_moderator_tools(open_page) -> None:
    page = open_page()
    routes = proxy_websocket(page)
    enter_rooms(page)
    join(page)
    send(page, unique("Just a member"))
    routes[-1].send(
        json.dumps({"type": "alert", "room": "lounge", "message_id": "m", "level": "x"})
    )
    expect(page.get_by_role("region", name="Moderator tools")).to_have_count(0)
    expect(page.get_by_role("button", name="Moderate message from")).to_have_count(0)


def test_a_refused_credential_lets_the_person_continue_as_a_member(open_page) -> None:
    # GIVEN someone who typed a credential the server doesn't know
    page = open_page()
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    page.get_by_role("group").filter(has_text="Moderator sign-in").locator("summary").click()
    page.get_by_label("Moderator credential").fill("not-a-real-credential")
    # WHEN they accept, THEN the real server refuses it and the page says so
    page.get_by_role("button", name="Accept the guidelines and continue").click()
    expect(page.get_by_role("status")).to_contain_text("credential")
    expect(page.get_by_role("heading", name="Welcome to Hearth")).to_be_visible()
    # WHEN they accept again, THEN they continue as a member
    page.get_by_role("button", name="Accept the guidelines and continue").click()
    expect(page.get_by_role("heading", name="Rooms", level=1)).to_be_visible()
    expect(page.get_by_role("region", name="Moderator tools")).to_have_count(0)
