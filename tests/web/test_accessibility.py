"""axe-core finds no WCAG 2.0/2.1/2.2 A and AA violations on any screen, light or dark, and
every screen reflows at 320 CSS px (what 400% zoom of 1280 px gives) without sideways scroll."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.web.helpers import (
    enter_rooms,
    join,
    message_frame,
    proxy_websocket,
    run_axe,
    send,
    unique,
)


def assert_no_violations(page: Page, axe_source: str, screen: str) -> None:
    violations = run_axe(page, axe_source)
    assert violations == [], f"{screen}: " + "\n".join(
        f"{v['id']}: {v['help']}\n  " + "\n  ".join(v["nodes"]) for v in violations
    )


def visit_every_screen(page: Page) -> Iterator[str]:
    """Walk welcome → rooms → chat (with messages, help and report dialog); yield each step."""
    routes = proxy_websocket(page)  # to show a message from someone else: one's own has no Report
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    yield "welcome"
    page.get_by_role("button", name="Get help now").click()
    expect(page.get_by_role("heading", name="Get help now")).to_be_focused()
    yield "welcome with help open"
    page.get_by_role("button", name="Close help").click()
    enter_rooms(page)
    yield "rooms"
    join(page)
    send(page, unique("Checking contrast"))
    routes[-1].send(json.dumps(message_frame("Calm Otter", unique("A reply to report"))))
    yield "chat"
    page.get_by_role("button", name="Report message from").last.click()
    expect(page.get_by_role("dialog", name="Report a message")).to_be_visible()
    yield "report dialog"
    page.keyboard.press("Escape")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_on_any_screen(open_page, axe_source, scheme: str) -> None:
    page = open_page(color_scheme=scheme)
    screens = []
    for screen in visit_every_screen(page):
        assert_no_violations(page, axe_source, f"{scheme} / {screen}")
        screens.append(screen)
    assert len(screens) == 5


def test_every_screen_reflows_at_320_px(open_page) -> None:
    page = open_page(width=320, height=640)
    for screen in visit_every_screen(page):
        overflow = page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{screen} scrolls sideways by {overflow}px at 320 px"


def test_messages_are_spoken_from_one_region_outside_the_list(open_page) -> None:
    # The chat view holds no live region: the list is a labelled region to browse, and new
    # messages are spoken by the page's one hidden chat announcer (test_announcements.py).
    page = open_page()
    enter_rooms(page)
    join(page)
    send(page, unique("Live once"))
    live = page.locator(
        "#screen-chat [aria-live], #screen-chat [role=log], #screen-chat [role=status],"
        " #screen-chat [role=alert]"
    )
    expect(live).to_have_count(0)
    expect(page.locator("[aria-live=polite]")).to_have_count(1)
    expect(page.locator("[aria-live=polite]")).to_have_id("chat-announcer")
    expect(page.get_by_role("region", name="Messages", exact=True)).to_be_visible()


def test_axe_harness_reports_a_planted_violation(open_page, axe_source) -> None:
    # Guards the harness itself: an unlabeled input must be reported, or the checks above prove
    # nothing.
    page = open_page()
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    page.evaluate("() => document.querySelector('main').append(document.createElement('input'))")
    ids = {v["id"] for v in run_axe(page, axe_source)}
    assert "label" in ids


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_violations_in_the_moderator_view(open_page, axe_source, scheme) -> None:
    from tests.web.test_help_and_moderation import moderator_page

    page, _ = moderator_page(lambda: open_page(color_scheme=scheme))
    enter_rooms(page)
    join(page)
    send(page, unique("Moderated words"))
    expect(page.get_by_role("region", name="Moderator tools")).to_be_visible()
    assert_no_violations(page, axe_source, f"{scheme} / moderator tools")
    page.get_by_role("button", name="Moderate message from").last.click()
    expect(page.get_by_role("dialog")).to_be_visible()
    assert_no_violations(page, axe_source, f"{scheme} / moderate dialog")
