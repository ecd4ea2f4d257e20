"""`eventwire follow`: feeds and pages served by a loopback HTTP server in a thread."""
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from eventwire.follow import (USER_AGENT, BadSource, Fetcher, FetchError, FollowSettings, Follower,
                              feed_urls_and_folders, parse_interval)
from eventwire.options import Options
from eventwire.store import Store

STORIES = {
    "strike": ("Israel strikes Gaza", "Israeli aircraft struck targets in Gaza on Tuesday, the Israeli military "
               "said. Hamas fired rockets at southern Israel in response, witnesses in the city of Sderot said."),
    "aid": ("Japan pledges aid", "Japan pledged $200 million in humanitarian aid to Ukraine on Tuesday. "
            "The United Nations welcomed the pledge and urged other donors to follow quickly."),
    "talks": ("Border talks", "China and India held talks on their disputed border in Beijing on Tuesday. "
              "Indian officials said the two sides agreed to keep the peace along the frontier."),
}


def page(title: str, text: str) -> bytes:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>{text}</p></article></body></html>").encode()


def feed(base: str, slugs) -> bytes:
    items = "".join(f"<item><title>{STORIES[s][0]}</title><link>{base}/news/{s}</link>"
                    f"<description>{STORIES[s][0]}.</description>"
                    f"<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>" for s in slugs)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>'
            f"<link>{base}/</link>{items}</channel></rss>").encode()


class Site:
    """Routes: path → (status, body, delay in seconds); every request is recorded."""

    def __init__(self):
        self.routes: dict[str, tuple[int, bytes, float]] = {}
        self.requests: list[tuple[str, str]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site.requests.append((self.path, self.headers.get("User-Agent", "")))
                status, body, delay = site.routes.get(self.path, (404, b"not found", 0))
                time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def pages(self, slugs, status=200):
        for s in slugs:
            self.routes[f"/news/{s}"] = (status, page(*STORIES[s]), 0)


@pytest.fixture
def site():
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


FAST = FollowSettings(every=0, timeout=1.0, host_delay=0)


def stored(db):
    with Store(db) as store:
        return (store.count("articles"), store.count("events"),
                sorted(r[0] for r in store.db.execute("SELECT url FROM articles").fetchall()))


def test_intervals():
    assert parse_interval("15m") == 900 and parse_interval("30s") == 30 and parse_interval("2h") == 7200
    assert parse_interval("45") == 45
    with pytest.raises(ValueError, match="15 minutes"):
        parse_interval("15 minutes")


def test_sources_are_urls_url_lists_or_folders(tmp_path):
    listing = tmp_path / "feeds.txt"
    listing.write_text("# my feeds\nhttps://example.org/rss\n\nhttp://example.com/atom.xml  # world\n")
    urls, folders = feed_urls_and_folders(["https://a.example/feed", str(listing), str(tmp_path)])
    assert urls == ["https://a.example/feed", "https://example.org/rss", "http://example.com/atom.xml"]
    assert folders == [str(tmp_path)]
    with pytest.raises(BadSource, match="missing.txt"):
        feed_urls_and_folders([str(tmp_path / "missing.txt")])
    listing.write_text("example.org/rss\n")
    with pytest.raises(BadSource, match="feeds.txt:1"):
        feed_urls_and_folders([str(listing)])


def test_fetcher_names_itself_and_refuses_slow_large_and_failing_answers(site):
    site.routes["/ok"] = (200, b"hello", 0)
    site.routes["/big"] = (200, b"x" * 2000, 0)
    site.routes["/slow"] = (200, b"late", 2.0)
    site.routes["/error"] = (500, b"oops", 0)
    fetcher = Fetcher(FollowSettings(timeout=0.5, max_bytes=1000, host_delay=0))
    assert fetcher.get(site.base + "/ok") == b"hello"
    assert site.requests[0][1] == USER_AGENT and "eventwire" in USER_AGENT
    for path, reason in (("/big", "larger than 1000"), ("/slow", "timed out"), ("/error", "HTTP 500")):
        with pytest.raises(FetchError, match=reason):
            fetcher.get(site.base + path)


def test_polite_delay_between_requests_to_one_host():
    waits = []
    fetcher = Fetcher(FollowSettings(host_delay=2.0), sleep=waits.append)
    fetcher.wait_for_host("a.example")
    fetcher.wait_for_host("b.example")
    fetcher.wait_for_host("a.example")
    assert len(waits) == 1 and 1.9 < waits[0] <= 2.0


@pytest.mark.model
def test_follow_codes_new_items_retries_failures_and_survives_a_restart(site, tmp_path, nlp):
    db = str(tmp_path / "follow.duckdb")
    site.routes["/feed.xml"] = (200, feed(site.base, ["strike", "aid", "talks"]), 0)
    site.pages(["strike", "aid"])
    site.routes["/news/talks"] = (500, b"server error", 0)
    lines = []
    follower = Follower([site.base + "/feed.xml"], db, Options(gkg=False), FAST, log=lines.append)
    first = follower.run(cycles=1)[0]
    assert (first.new, first.duplicate, first.failed) == (2, 0, 1)
    assert first.events > 0 and any("talks: HTTP 500" in line and "retried" in line for line in lines)
    assert "cycle 1: 2 new, 0 duplicate, 1 failed" in lines[-1]

    site.pages(["talks"])                                  # the page is back
    second = follower.cycle()
    assert (second.new, second.duplicate, second.failed) == (1, 2, 0)
    articles, events, urls = stored(db)
    assert articles == 3 and urls == sorted(f"{site.base}/news/{s}" for s in STORIES)
    assert events == first.events + second.events

    fetched = len(site.requests)
    restarted = Follower([site.base + "/feed.xml"], db, Options(gkg=False), FAST, log=lines.append)
    third = restarted.run(cycles=1)[0]
    assert (third.new, third.duplicate, third.failed, third.events) == (0, 3, 0, 0)
    assert [p for p, _ in site.requests[fetched:]] == ["/feed.xml"]     # no page fetched again
    assert stored(db) == (articles, events, urls)                        # nothing repeated, nothing lost


@pytest.mark.parametrize("route", [(500, b"server error", 0), (200, b"\x00\x01garbage\xff" * 20, 0),
                                   (200, b"<html>not a feed</html>", 0), (200, b"<rss", 2.0)])
def test_a_failing_feed_is_logged_and_retried_never_fatal(site, tmp_path, route):
    db = str(tmp_path / "follow.duckdb")
    site.routes["/feed.xml"] = route
    lines = []
    follower = Follower([site.base + "/feed.xml"], db, Options(gkg=False), FAST, log=lines.append)
    reports = follower.run(cycles=2)
    assert [(r.new, r.failed) for r in reports] == [(0, 1), (0, 1)]
    assert sum("feed.xml" in line and "retried next cycle" in line for line in lines) == 2
    assert stored(db)[0] == 0


@pytest.mark.model
def test_stop_ends_the_run_after_the_current_article(site, tmp_path, nlp):
    db = str(tmp_path / "follow.duckdb")
    site.routes["/feed.xml"] = (200, feed(site.base, ["strike", "aid", "talks"]), 0)
    site.pages(["strike", "aid", "talks"])
    follower = Follower([site.base + "/feed.xml"], db, Options(gkg=False, batch_size=1), FAST, log=lambda _: None)
    original = follower.store

    def stop_when_storing(items, report):
        follower.stop()                                  # as Ctrl-C would, while articles are coded
        original(items, report)
    follower.store = stop_when_storing
    reports = follower.run(cycles=5)
    assert len(reports) == 1 and stored(db)[0] == 1     # one article stored, then a clean stop
    again = Follower([site.base + "/feed.xml"], db, Options(gkg=False), FAST, log=lambda _: None).run(cycles=1)[0]
    assert (again.new, again.duplicate) == (2, 1) and stored(db)[0] == 3   # the rest is not lost


@pytest.mark.model
def test_a_watched_folder_codes_new_files_once(tmp_path, nlp):
    folder, db = tmp_path / "inbox", str(tmp_path / "follow.duckdb")
    folder.mkdir()
    (folder / "a.txt").write_text(STORIES["strike"][1])
    follower = Follower([str(folder)], db, Options(gkg=False), FAST, log=lambda _: None)
    assert follower.cycle().new == 1
    (folder / "b.txt").write_text(STORIES["aid"][1])
    second = follower.cycle()
    assert (second.new, second.duplicate) == (1, 0)
    restarted = Follower([str(folder)], db, Options(gkg=False), FAST, log=lambda _: None).cycle()
    assert (restarted.new, restarted.duplicate, restarted.events) == (0, 2, 0) and stored(db)[0] == 2


@pytest.mark.model
def test_follow_command_runs_one_cycle_and_rejects_bad_sources(tmp_path, nlp):
    from typer.testing import CliRunner

    from eventwire.cli import app
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text(STORIES["talks"][1])
    db = str(tmp_path / "follow.duckdb")
    res = CliRunner().invoke(app, ["follow", str(folder), "--db", db, "--once", "--no-gkg"])
    assert res.exit_code == 0 and "cycle 1: 1 new, 0 duplicate, 0 failed" in res.stderr
    bad = CliRunner().invoke(app, ["follow", "ftp://example.org/feed", "--db", db, "--once"])
    assert bad.exit_code == 2 and "not a feed URL" in bad.stderr
    bad = CliRunner().invoke(app, ["follow", str(folder), "--db", db, "--every", "soon"])
    assert bad.exit_code == 2 and "interval 'soon'" in bad.stderr
