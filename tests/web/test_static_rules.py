"""Rules about web/ that need no browser: nothing may parse strings as HTML or code."""

from __future__ import annotations

import re
from pathlib import Path

WEB = Path(__file__).resolve().parents[2] / "web"
UNSAFE = re.compile(
    r"\.(innerHTML|outerHTML|insertAdjacentHTML)\b|document\.write|\beval\(|new Function\("
)


def code_lines(path: Path) -> list[tuple[int, str]]:
    """Lines of a JS file with // comments removed (comments may mention innerHTML)."""
    return [(n, line.split("//")[0]) for n, line in enumerate(path.read_text().splitlines(), 1)]


def test_no_script_uses_html_parsing_sinks() -> None:
    scripts = sorted((WEB / "js").glob("*.js"))
    assert scripts, "web/js holds the client's modules"
    hits = [
        f"{path.name}:{n}: {code.strip()}"
        for path in scripts
        for n, code in code_lines(path)
        if UNSAFE.search(code)
    ]
    assert hits == []


def test_page_has_no_inline_script_and_a_strict_csp() -> None:
    html = (WEB / "index.html").read_text()
    assert re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html) is None
    assert "script-src 'self'" in html
    assert 'lang="en"' in html
