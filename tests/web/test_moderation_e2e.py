"""A real moderator (the credential `make run` prints) and a real member, both in Chromium,
through the devserver: crisis alerts reach the moderator, and a deletion reaches the member."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.web.helpers import enter_rooms, join, messages, send, unique


def credential_of(devserver: object) -> str:
    found = re.search(r"Moderator credential \(this run only\): (\S+)", devserver.output())
    assert found, "the devserver did not print a moderator credential"
    return found.group(1)


def sign_in_as_moderator(page: Page, credential: str) -> None:
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    page.get_by_role("group").filter(has_text="Moderator sign-in").locator("summary").click()
    page.get_by_label("Moderator credential").fill(credential)
    enter_rooms(page)


def test_a_moderator_sees_crisis_alerts_and_deletes_a_message_for_everyone(
    open_page, devserver
) -> None:
    # GIVEN a moderator and a member in the same room
    mod = open_page()
    sign_in_as_moderator(mod, credential_of(devserver))
    join(mod)
    expect(mod.get_by_role("region", name="Moderator tools")).to_be_visible()
    member = open_page()
    enter_rooms(member)
    join(member)
    # WHEN the member says they want to end their life
    send(member, "I want to kill myself, I can't do this anymore")
    # THEN the member privately gets help, and the moderator gets an alert
    expect(member.get_by_role("region", name="Get help now")).to_be_visible()
    tools = mod.get_by_role("region", name="Moderator tools")
    expect(tools).to_contain_text(re.compile(r"(concern|urgent) · room lounge"))
    # WHEN the member posts something the moderator removes
    text = unique("Something unkind")
    send(member, text)
    item = messages(mod).get_by_role("listitem").filter(has_text=text)
    item.get_by_role("button", name="Moderate message from").click()
    mod.get_by_role("dialog").get_by_role("button", name="Delete message").click()
    # THEN it disappears for the member too
    expect(messages(member).get_by_role("listitem").filter(has_text=text)).to_have_count(0)
    assert not mod.js_errors and not member.js_errors
