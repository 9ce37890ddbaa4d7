"""Two people chat through the real devserver, each in their own browser context."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from tests.web.helpers import enter_rooms, join, messages, send, unique


def test_two_people_chat_with_presence_typing_and_leave(open_page) -> None:
    # GIVEN two people who accepted the guidelines and joined the same room
    ada, bo = open_page(), open_page()
    ada_alias, bo_alias = enter_rooms(ada), enter_rooms(bo)
    assert ada_alias != bo_alias
    join(ada)
    join(bo)
    expect(messages(ada)).to_contain_text(f"{bo_alias} joined the room")

    # WHEN Ada writes, THEN Bo sees her words and alias in the message log
    hello = unique("Hello from Ada")
    send(ada, hello)
    bo_item = messages(bo).get_by_role("listitem").filter(has_text=hello)
    expect(bo_item).to_contain_text(ada_alias)
    expect(bo_item.locator("time")).to_have_attribute("datetime", re.compile(r"^\d{4}-\d\d-\d\dT"))

    # WHEN Bo types, THEN Ada sees the typing indicator; his reply reaches her
    bo.get_by_role("textbox", name="Your message to Open Lounge").press_sequentially("Hi")
    expect(ada.locator("#typing")).to_have_text(f"{bo_alias} is typing…")
    reply = unique("Hi Ada, Bo here")
    send(bo, reply)
    expect(messages(ada).get_by_text(reply, exact=True)).to_be_visible()
    expect(ada.locator("#typing")).to_have_text("")

    # WHEN Bo leaves, THEN he is back on the room list and Ada is told
    bo.get_by_role("button", name="Leave room").click()
    expect(bo.get_by_role("heading", name="Rooms", level=1)).to_be_visible()
    expect(messages(ada)).to_contain_text(f"{bo_alias} left the room")
    assert ada.js_errors == [] and bo.js_errors == []


def test_each_message_is_shown_once(open_page) -> None:
    # GIVEN a member in a room WHEN they send a message
    page = open_page()
    enter_rooms(page)
    join(page)
    text = unique("Only once")
    send(page, text)
    # THEN the log holds it exactly once (the sender's echo is not doubled)
    page.wait_for_timeout(300)
    expect(messages(page).get_by_text(text, exact=True)).to_have_count(1)


def test_reporting_a_message_is_confirmed(open_page) -> None:
    # GIVEN Bo sees a message from Ada
    ada, bo = open_page(), open_page()
    ada_alias = enter_rooms(ada)
    enter_rooms(bo)
    join(ada)
    join(bo)
    text = unique("Please report me")
    send(ada, text)
    item = messages(bo).get_by_role("listitem").filter(has_text=text)

    # WHEN Bo reports it through the dialog
    report = item.get_by_role("button", name=f"Report message from {ada_alias}")
    report.click()
    dialog = bo.get_by_role("dialog", name="Report a message")
    expect(dialog).to_contain_text(text)
    dialog.get_by_role("combobox", name="What's wrong?").select_option("spam")
    dialog.get_by_role("button", name="Send report").click()

    # THEN the moderators got it, and focus went back to the Report button
    expect(bo.get_by_role("status")).to_have_text(re.compile("report was sent"))
    expect(dialog).to_be_hidden()
    expect(report).to_be_focused()
    # AND Ada, who wrote it, has no Report button on her own message
    own = messages(ada).get_by_role("listitem").filter(has_text=text)
    expect(own).to_be_visible()
    expect(own.get_by_role("button", name=re.compile("^Report"))).to_have_count(0)


def test_room_list_shows_name_topic_kind_members_and_state(open_page) -> None:
    page = open_page()
    enter_rooms(page)
    rooms = (
        page.get_by_role("list", name="Rooms")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("heading", level=2))
    )
    lounge = rooms.filter(has=page.get_by_role("heading", name="Open Lounge"))
    expect(lounge).to_contain_text("A gentle place to say hello")
    expect(lounge).to_contain_text("Peer-led")
    expect(lounge).to_contain_text(re.compile(r"\d+ of 100 here"))
    expect(lounge).to_contain_text("Open")
    circle = rooms.filter(has=page.get_by_role("heading", name="Evening Support Circle"))
    expect(circle).to_contain_text("Moderated")
