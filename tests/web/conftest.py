"""Real-browser tests of the web client: Debian's Chromium driven by Playwright, against the
real devserver (which serves web/ and the chat service on one port)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TIMEOUT_MS = 10_000

pytestmark = pytest.mark.web


def _browser_or_skip() -> None:
    missing = [str(p) for p in (CHROMIUM,) if not p.exists()]
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright Python package")
    if not missing:
        return
    reason = f"web tests need {', '.join(missing)} (apt-get install chromium)"
    if os.environ.get("HEARTH_REQUIRE_BROWSER") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def devserver() -> Iterator[object]:
    """One real devserver (emulated API Gateway + embedded DynamoDB) for the whole session."""
    _browser_or_skip()
    from devserver.testing import running_devserver

    with running_devserver() as server:
        yield server


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser, devserver) -> Iterator[Callable[..., object]]:
    """Factory: a fresh browser context (its own sessionStorage, so its own person) on Hearth."""
    contexts = []

    def _open(color_scheme: str = "light", width: int = 1000, height: int = 900):
        context = browser.new_context(
            color_scheme=color_scheme,
            reduced_motion="reduce",
            viewport={"width": width, "height": height},
        )
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.js_errors = errors  # tests assert the page threw nothing
        page.goto(devserver.http_url + "/")
        return page

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"axe-core is missing: run `npm install` in {AXE_JS.parents[2]}")
    return AXE_JS.read_text(encoding="utf-8")
