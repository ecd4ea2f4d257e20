"""The Ray engine on a sample of news-dev, beside the local engine: articles/s and same events.

usage: python bench/ray.py [--corpus FILE] [--limit N] [--workers 2] [--address ADDR] [--no-gkg]

Ingests the same articles into two temporary databases, with the local engine (``--workers``
processes) and with the Ray engine (``--workers`` actors; a local Ray started for the run unless
``--address`` names a cluster), and prints articles/s for each — Ray's start-up and model loading
in every actor included, as a user sees it — and whether the stored events are identical.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# this file is named ray.py: its folder must not shadow the ray package
sys.path = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "news-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--address", default="")
    ap.add_argument("--no-gkg", action="store_true")
    args = ap.parse_args()
    from eventwire import api
    from eventwire.pipeline import ingest_articles
    from eventwire.store import EventFilter
    from eventwire.options import Options
    from eventwire.readers import read_inputs
    from eventwire.records import Article
    articles = [a for a in read_inputs([args.corpus]) if isinstance(a, Article)][:args.limit]
    options = Options(n_process=args.workers, gkg=not args.no_gkg, address=args.address)
    events = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in ("local", "ray"):
            db = f"{tmp}/{engine}.duckdb"
            start = time.perf_counter()
            report = ingest_articles(iter(articles), db, options.replace(engine=engine))
            elapsed = time.perf_counter() - start
            # one row per event; the store's order leaves ties (same date, article, sentence) open
            events[engine] = sorted(api.list_events(db, EventFilter(limit=10**9)), key=lambda e: e["GLOBALEVENTID"])
            print(f"{engine:5}  workers={args.workers}  articles={report.new + report.near_duplicate}  "
                  f"{len(articles) / elapsed:.1f} articles/s  events={report.events}  ({elapsed:.1f} s)", flush=True)
    print("same stored events:", events["local"] == events["ray"])


if __name__ == "__main__":
    main()
