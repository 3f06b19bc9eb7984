"""End to end in a real headless browser: Debian's chromium driven by Playwright.

Skipped cleanly when the ``playwright`` package or ``/usr/bin/chromium`` is absent
(CI installs them: ``apt-get install -y chromium`` and ``pip install playwright``;
Playwright's own browser download is never used). Screenshots of the main pages go
to ``artifacts/screenshots/`` (git-ignored).
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("no system chromium (apt-get install -y chromium)", allow_module_level=True)

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "screenshots"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(web_project):
    """The dashboard of a fresh test project, served by uvicorn on 127.0.0.1."""
    import uvicorn

    from parley.web import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_project), host="127.0.0.1", port=port, log_level="error")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        found = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield found
        found.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    opened = context.new_page()
    opened.errors = []
    opened.on("pageerror", lambda err: opened.errors.append(str(err)))
    opened.on("console", lambda msg: msg.type == "error" and opened.errors.append(msg.text))
    opened.set_default_timeout(15_000)
    yield opened
    context.close()


def _doc_id(page, server: str, name: str) -> str:
    items = page.request.get(f"{server}/api/documents").json()["items"]
    return next(d["id"] for d in items if d["name"] == name)


def _cell(page, server: str, actor: str, issue: str) -> dict:
    cells = page.request.get(f"{server}/api/matrix").json()["cells"]
    return next(c for c in cells if c["actor"] == actor and c["issue"] == issue)


def _open_queue(page, server: str, query: str = "kind=position") -> None:
    page.goto(f"{server}/review?{query}")
    page.fill("#reviewer", "ana")
    page.locator("#queue .item").first.focus()


def test_document_shows_its_highlighted_quote(page, server):
    page.goto(f"{server}/documents/{_doc_id(page, server, 'veloria-one')}")
    quote = page.locator("#doctext mark.hl-quote").first
    assert "We will return every family" in quote.inner_text()
    page.locator("aside.items a", has_text="Tomas Arvelin").click()
    assert "We will return every family" in page.locator("#doctext .focus").first.inner_text()
    assert not page.errors


def test_accept_by_keyboard_is_counted_in_the_matrix(page, server):
    assert _cell(page, server, "veloria", "peace_treaty")["reviewed"] == 0
    _open_queue(page, server)
    page.keyboard.press("a")
    page.locator("#queue .item").first.locator("text=accept saved").wait_for()
    assert _cell(page, server, "veloria", "peace_treaty")["reviewed"] == 1
    page.goto(f"{server}/matrix")
    row = page.locator('#matrix-table tr[data-actor="veloria"][data-issue="peace_treaty"]')
    assert row.locator("td").nth(6).inner_text() == "1"
    assert not page.errors


def test_reject_removes_the_statement_from_the_matrix(page, server):
    assert _cell(page, server, "veloria", "peace_treaty")["support"] == 2
    _open_queue(page, server)
    page.locator("#queue .item").first.locator('button[value="reject"]').click()
    page.locator("#queue .item.decided-reject").wait_for()
    page.goto(f"{server}/matrix")
    row = page.locator('#matrix-table tr[data-actor="veloria"][data-issue="peace_treaty"]')
    assert row.locator("td").nth(4).inner_text() == "1"


def test_correct_changes_the_stance_in_the_matrix(page, server):
    _open_queue(page, server)
    second = page.locator("#queue .item").nth(1)  # kestrel supports peace_treaty (0.40)
    second.focus()
    page.keyboard.press("c")
    second.locator('select[name="stance"]').select_option("oppose")
    second.locator('button[value="correct"]').click()
    second.locator("text=correct saved").wait_for()
    assert second.locator('[data-field="stance"]').inner_text() == "oppose"
    page.goto(f"{server}/matrix")
    row = page.locator('#matrix-table tr[data-actor="kestrel"][data-issue="peace_treaty"]')
    assert row.locator("td").nth(2).inner_text() == "oppose"


def test_two_reviewers_see_a_conflict(browser, page, server):
    _open_queue(page, server)
    other = browser.new_context().new_page()
    _open_queue(other, server)
    page.keyboard.press("a")
    page.locator("text=accept saved").wait_for()
    other.locator("#queue .item").first.locator('button[value="reject"]').click()
    message = other.locator("#queue .item").first.locator('[data-role="message"]')
    message.locator("text=Someone decided meanwhile").wait_for()
    assert "accept by ana" in other.locator("#queue .item").first.locator('[data-role="badge"]').inner_text()
    other.context.close()


def test_hostile_document_shows_as_text(page, server):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    doc = _doc_id(page, server, "hostile")
    for url in (f"/documents/{doc}", "/review?kind=all&status=all", "/quotes", "/matrix", "/search?q=onerror"):
        page.goto(server + url)
        assert page.evaluate("window.__pwned") is None
    page.goto(f"{server}/documents/{doc}")
    assert "<script>window.__pwned = 1;" in page.locator("#doctext").inner_text()
    assert page.locator("#doctext img, #doctext script, #doctext b").count() == 0
    assert not dialogs


def test_network_window_slider_moves_between_windows(page, server):
    page.goto(f"{server}/network?window=30d")
    slider = page.locator("#window-slider")
    last = int(slider.get_attribute("max"))
    assert last >= 1
    slider.fill("0")
    page.wait_for_url("**at=0**")
    assert page.locator("#window-slider").input_value() == "0"


def test_screenshots_of_the_main_pages(page, server):
    SHOTS.mkdir(parents=True, exist_ok=True)
    doc = _doc_id(page, server, "veloria-one")
    pages = {"overview": "/", "document": f"/documents/{doc}", "matrix": "/matrix",
             "network": "/network", "timeline": "/timeline", "forecast": "/forecast",
             "review": "/review", "agreement": "/agreement"}
    for name, url in pages.items():
        page.goto(server + url)
        if page.locator("[data-figure]").count():
            page.locator(".figure .main-svg").first.wait_for()  # Plotly drew it
        path = SHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    assert not page.errors, page.errors
