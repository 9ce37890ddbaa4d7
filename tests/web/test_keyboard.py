"""Keyboard only: from the welcome screen to a sent message, with a visible focus at each stop."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.web.helpers import ACCEPT, enter_rooms, join, messages, send, unique

MAX_TABS = 40

FOCUS_INFO = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  return {
    name: (el.getAttribute('aria-label') || el.textContent || '').replace(/\\s+/g, ' ').trim(),
    id: el.id, tag: el.tagName,
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
  };
}"""


def tab_to(page: Page, matches) -> dict[str, object]:
    """Press Tab until `matches(focus)`; every element passed on the way must show focus."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        focus = page.evaluate(FOCUS_INFO)
        if focus["tag"] != "BODY":
            assert focus["outline"], f"no visible focus on {focus}"
        if matches(focus):
            return focus
    raise AssertionError(f"never reached the target with {MAX_TABS} Tab presses")


def test_keyboard_only_journey_from_welcome_to_sent_message(open_page) -> None:
    page = open_page()
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")

    # WHEN the person tabs to the accept button and presses Enter
    tab_to(page, lambda f: f["name"] == ACCEPT)
    page.keyboard.press("Enter")
    # THEN the room list opens with focus on its heading
    expect(page.get_by_role("heading", name="Rooms", level=1)).to_be_focused()

    # WHEN they tab to "Join Open Lounge" and press Enter
    tab_to(page, lambda f: f["name"] == "Join Open Lounge")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Open Lounge", level=1)).to_be_focused()

    # WHEN they tab to the message box, type and press Enter
    tab_to(page, lambda f: f["id"] == "composer")
    text = unique("Typed with the keyboard")
    page.keyboard.type(text)
    page.keyboard.press("Enter")

    # THEN the message is in the log and the box is empty and still focused
    expect(messages(page).get_by_text(text, exact=True)).to_be_visible()
    composer = page.get_by_role("textbox", name="Your message to Open Lounge")
    expect(composer).to_have_value("")
    expect(composer).to_be_focused()


def test_help_opens_and_closes_by_keyboard_from_any_screen(open_page) -> None:
    page = open_page()
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    help_button = page.get_by_role("button", name="Get help now")
    tab_to(page, lambda f: f["name"] == "Get help now")
    page.keyboard.press("Enter")
    expect(help_button).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("region", name="Get help now")).to_contain_text("emergency number")
    page.keyboard.press("Escape")
    expect(help_button).to_have_attribute("aria-expanded", "false")
    expect(help_button).to_be_focused()


def test_arrow_keys_reach_a_message_report_button_and_the_dialog_returns_focus(open_page) -> None:
    # GIVEN Bo in a room where Ada has just written twice
    ada, bo = open_page(), open_page()
    ada_alias = enter_rooms(ada)
    enter_rooms(bo)
    join(ada)
    join(bo)
    first, second = unique("First words"), unique("Second words")
    send(ada, first)
    send(ada, second)
    expect(messages(bo).get_by_text(second, exact=True)).to_be_visible()
    report_name = f"Report message from {ada_alias}"

    def report_button(text: str):
        item = messages(bo).get_by_role("listitem").filter(has_text=text)
        return item.get_by_role("button", name=report_name, exact=True)

    # WHEN he tabs from the room heading into the messages, THEN the newest one's button is
    # the single Tab stop there, and it is named for a screen reader
    expect(bo.get_by_role("heading", name="Open Lounge", level=1)).to_be_focused()
    tab_to(bo, lambda f: f["name"].startswith("Report"))
    expect(report_button(second)).to_be_focused()

    # WHEN he presses the up arrow, THEN focus moves to the earlier message's Report button
    bo.keyboard.press("ArrowUp")
    expect(report_button(first)).to_be_focused()

    # WHEN he presses Enter, THEN the report dialog opens on that message
    bo.keyboard.press("Enter")
    dialog = bo.get_by_role("dialog", name="Report a message")
    expect(dialog).to_contain_text(f"{ada_alias}: {first}")
    expect(dialog.get_by_role("combobox", name="What's wrong?")).to_be_focused()

    # WHEN he presses Escape, THEN the dialog closes and focus is back on that button
    bo.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(report_button(first)).to_be_focused()
    assert bo.js_errors == []
