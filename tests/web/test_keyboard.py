"""Keyboard only: from the welcome screen to a sent message, with a visible focus at each stop."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.web.helpers import ACCEPT, unique

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
    expect(page.get_by_role("log").get_by_text(text, exact=True)).to_be_visible()
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
