"""`eventwire follow` from a local feed server: articles/s of one cycle, fetch to store.

usage: python bench/follow.py [--corpus FILE] [--limit N] [--processes 1]

Serves one RSS feed of N news-dev articles and an HTML page for each from a loopback
http.server, runs one follow cycle into a temporary database (no per-host delay: the server is
local) and prints articles/s with the split between fetching+reading and coding+storing.
"""
from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")


def site(rows: list[dict]) -> dict[str, bytes]:
    """Path → body: /feed.xml and one /news/N page per article."""
    pages = {}
    for n, row in enumerate(rows):
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in row["text"].split("\n") if p.strip())
        title = html.escape(row.get("title") or row["id"])
        pages[f"/news/{n}"] = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
                               f"{paragraphs}</article></body></html>").encode()
    return pages


def feed(base: str, rows: list[dict]) -> bytes:
    items = "".join(f"<item><title>{html.escape(r.get('title') or r['id'])}</title><link>{base}/news/{n}</link>"
                    f"<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>" for n, r in enumerate(rows))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}</channel></rss>'.encode()


def serve(routes: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = routes.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "news-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--processes", type=int, default=1)
    args = ap.parse_args()
    from eventwire.follow import FollowSettings, Follower
    from eventwire.nlp import load_nlp
    from eventwire.options import Options
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()][:args.limit]
    routes = site(rows)
    server = serve(routes)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    routes["/feed.xml"] = feed(base, rows)
    options = Options(n_process=args.processes)
    load_nlp(options.model)
    with tempfile.TemporaryDirectory() as tmp:
        follower = Follower([base + "/feed.xml"], f"{tmp}/follow.duckdb", options,
                            FollowSettings(every=0, host_delay=0), log=lambda line: print(line, flush=True))
        report = {}
        original_new_items, original_store = follower.new_items, follower.store

        def timed_items(cycle_report):
            start = time.perf_counter()
            items = list(original_new_items(cycle_report))
            report["fetch"] = time.perf_counter() - start
            return iter(items)

        def timed_store(items, cycle_report):
            start = time.perf_counter()
            original_store(items, cycle_report)
            report["store"] = time.perf_counter() - start
        follower.new_items, follower.store = timed_items, timed_store
        cycle = follower.run(cycles=1)[0]
    server.shutdown()
    print(f"{cycle.new} articles in {cycle.seconds:.1f} s: {cycle.new / cycle.seconds:.1f} articles/s "
          f"(fetch + read {report['fetch']:.1f} s, code + store {report['store']:.1f} s); "
          f"{cycle.failed} failed, {cycle.events} events")


if __name__ == "__main__":
    main()
