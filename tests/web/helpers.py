"""Shared steps for the web tests: they find elements by role and accessible name."""

from __future__ import annotations

import re
import time
import uuid

from playwright.sync_api import Locator, Page, WebSocketRoute, expect

ACCEPT = "Accept the guidelines and continue"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def unique(prefix: str) -> str:
    """Text no other test (or earlier run in the same devserver) has sent.

    Letters only: the server's contact-details filter rightly refuses long runs of digits.
    """
    tag = "".join(chr(ord("a") + int(c, 16)) for c in uuid.uuid4().hex[:10])
    return f"{prefix} {tag}"


def alias_of(page: Page) -> str:
    """The alias the header shows ("Your alias: Quiet Heron")."""
    identity = page.locator("#identity")
    expect(identity).to_have_text(re.compile(r"^Your alias: .+"))
    return identity.inner_text().removeprefix("Your alias: ").strip()


def enter_rooms(page: Page) -> str:
    """Accept the guidelines; returns this person's alias once the room list shows."""
    expect(page.get_by_role("heading", name="Community guidelines")).to_be_visible()
    expect(page.locator("#guidelines-body")).not_to_contain_text("Connecting")
    page.get_by_role("button", name=ACCEPT).click()
    expect(page.get_by_role("heading", name="Rooms", level=1)).to_be_visible()
    return alias_of(page)


def join(page: Page, room_name: str = "Open Lounge") -> None:
    page.get_by_role("button", name=f"Join {room_name}").click()
    expect(page.get_by_role("heading", name=room_name, level=1)).to_be_visible()


def messages(page: Page) -> Locator:
    """The visible message list: a labelled region (deliberately not a live region)."""
    return page.get_by_role("region", name="Messages", exact=True)


def send(page: Page, text: str, room_name: str = "Open Lounge") -> None:
    box = page.get_by_role("textbox", name=f"Your message to {room_name}")
    box.fill(text)
    page.get_by_role("button", name="Send", exact=True).click()
    expect(messages(page).get_by_text(text, exact=True)).to_be_visible()


# Keeps what the chat announcer is given: a MutationObserver sees every batch, even one
# replaced before a test could read it.
RECORD = """() => {
  const region = document.getElementById('chat-announcer');
  window.__spoken = [];
  new MutationObserver(() => {
    const lines = Array.from(region.children, (p) => p.textContent);
    if (lines.length) window.__spoken.push(lines);
  }).observe(region, { childList: true });
}"""


def record_announcements(page: Page) -> None:
    """From now on, keep every batch the chat announcer is given (a list of lines each)."""
    page.evaluate(RECORD)


def announced(page: Page) -> list[list[str]]:
    """Every batch recorded since record_announcements (each a list of lines)."""
    return list(page.evaluate("() => window.__spoken"))


def announcer(page: Page) -> Locator:
    """The visually hidden polite region new chat messages are spoken from."""
    return page.locator("#chat-announcer")


def run_axe(page: Page, axe_source: str) -> list[dict[str, object]]:
    """axe-core's violations for the page as it is now, for the WCAG 2.x A/AA tags."""
    # evaluate() runs through DevTools, so the page's CSP (script-src 'self') doesn't block it.
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.evaluate(axe_source)
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, help: v.help,"
        " nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))",
        AXE_TAGS,
    )
    return list(result)


def proxy_websocket(page: Page) -> list[WebSocketRoute]:
    """Route the page's WebSocket through the test (still to the real devserver) and reload.

    Returns the live list of routes, newest last: a test can inject frames into the page
    (`route.send`) or cut the connection (`route.close`).
    """
    routes: list[WebSocketRoute] = []

    def proxy(ws: WebSocketRoute) -> None:
        ws.connect_to_server()
        routes.append(ws)

    page.route_web_socket("**/ws", proxy)
    page.reload()
    return routes


def message_frame(alias: str, text: str) -> dict[str, object]:
    msg_id = unique("forged").replace(" ", "-")
    return {"type": "message", "room": "lounge", "id": msg_id, "alias": alias, "text": text,
            "ts": int(time.time() * 1000)}  # fmt: skip
