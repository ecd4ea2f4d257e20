"""The dashboard in a real browser: Debian's chromium driven by Playwright (no browser download).

Each page is loaded and photographed (build/screenshots/, ignored by git), the dyad picker is
used, an event is followed to its highlighted sentence, and an article carrying <script> and
onerror= markup must show that markup as text. Skips only when no chromium can be found.
"""
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from eventdb import XSS_TEXT, build

playwright_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "build" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn
    from eventwire.server import create_app
    db = build(str(tmp_path_factory.mktemp("dash") / "ew.duckdb"))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, allow_code=False), host="127.0.0.1", port=port,
                                        log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("chromium not found on PATH (Debian: apt-get install chromium; .ci/run installs it)")
    with playwright_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def page(browser, server):
    # bypass_csp: the page's Content-Security-Policy would also block Playwright's own waits, and
    # without it the escaping is tested on its own (the policy is a second line of defence).
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=server, bypass_csp=True)
    pg = context.new_page()
    pg.problems = []
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(m.text))
    pg.on("pageerror", lambda exc: pg.problems.append(str(exc)))
    yield pg
    context.close()


def open_page(page, hash_: str):
    page.goto(f"/{hash_}")
    wait_ready(page)


def wait_ready(page):
    page.wait_for_function("document.body.dataset.ready === (location.hash || '#/')", timeout=15000)
    assert page.locator("#error").count() == 0, page.locator("#error").inner_text()


def shot(page, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("hash_,name,check", [
    ("#/", "overview", "#card-articles"),
    ("#/dyad?a=RUSGOV&b=UKRGOV", "dyad", "#dyad-series svg rect.bar"),
    ("#/network", "network", "#network-chart path.edge"),
    ("#/map", "map", "#map-chart circle.place, #map-chart path.land"),
    ("#/article/doc001", "article", "#article-text .sentence"),
])
def test_each_page_loads(page, hash_, name, check):
    open_page(page, hash_)
    assert page.locator(check).count() > 0
    shot(page, name)
    assert page.problems == []


def test_overview_counts_match_the_api(page, server):
    open_page(page, "#/")
    summary = page.request.get(f"{server}/api/summary").json()
    assert page.locator("#card-articles .n").inner_text() == str(summary["articles"])
    assert page.locator("#card-events-shown .n").inner_text() == str(summary["events"])


def test_dyad_picker_shows_the_chosen_pair(page):
    open_page(page, "#/dyad")
    page.select_option("#actor1", "RUSGOV")
    page.select_option("#actor2", "UKRGOV")
    page.click("#dyad-show")
    page.wait_for_function("location.hash.includes('a=RUSGOV') && document.body.dataset.ready === location.hash")
    wait_ready(page)
    assert page.locator("#dyad-series h2").inner_text().startswith("RUSGOV → UKRGOV")
    rows = page.locator("#dyad-events tbody tr")
    assert rows.count() > 0
    for i in range(rows.count()):
        cells = rows.nth(i).locator("td")
        assert cells.nth(1).inner_text() == "RUSGOV" and cells.nth(3).inner_text() == "UKRGOV"
    page.click("#dyad-swap")
    page.wait_for_function("location.hash.includes('a=UKRGOV') && document.body.dataset.ready === location.hash")
    assert page.locator("#dyad-series h2").inner_text().startswith("UKRGOV → RUSGOV")
    shot(page, "dyad-picked")
    assert page.problems == []


def test_an_event_leads_to_its_highlighted_sentence(page, server):
    open_page(page, "#/")
    link = page.locator("a.event-link").first
    event_id = link.get_attribute("data-event")
    link.click()
    page.wait_for_function("location.hash.startsWith('#/article/') && document.body.dataset.ready === location.hash")
    wait_ready(page)
    event = page.request.get(f"{server}/api/events/{event_id}").json()
    assert page.locator("#article-text .sentence").all_inner_texts() and \
        "".join(page.locator("#article-text .sentence").all_inner_texts()) == event["SentenceText"]
    assert page.locator("#article-text .actor1").inner_text() == event["Actor1Text"]
    assert page.locator("#article-text .actor2").inner_text() == event["Actor2Text"]
    assert page.locator("#article-text .trigger").first.inner_text().lower() in event["EventText"].lower()
    assert page.locator(f"tr.selected[data-event='{event_id}']").count() == 1
    shot(page, "event-sentence")
    assert page.problems == []


def test_markup_in_an_article_shows_as_text(page):
    open_page(page, "#/article/xss")
    assert page.locator("#article-text").inner_text() == XSS_TEXT
    assert page.locator("#article-text script, #article-text img, #article-title b").count() == 0
    assert page.locator("#article-title").inner_text() == '<b onmouseover="window.pwned = 3">Raid</b>'
    assert page.evaluate("window.pwned") is None
    page.locator("a.event-link").nth(1).click()            # the second event: Turkey's condemnation
    page.wait_for_function("document.body.dataset.ready === location.hash && location.hash.includes('event=')")
    assert page.locator("#article-text .actor1").inner_text() == "Turkey"
    assert "onerror=" in "".join(page.locator("#article-text .sentence").all_inner_texts())
    assert page.evaluate("window.pwned") is None
    shot(page, "xss-as-text")
    assert page.problems == []
