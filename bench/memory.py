"""Flat memory: code N articles (news-dev repeated with varied ids) and print RSS at checkpoints.

usage: python bench/memory.py [--articles 100000] [--every 10000] [--corpus FILE] [--no-gkg]
                              [--processes 1] [--engine local]

The articles go through ``pipeline.run`` — parse, actors, events, knowledge graph, and the actor
memory growing across articles — without the store's triage, which would recognise the repeated
texts as copies and not code them again. Each copy gets a new id and a date moved by its round,
so nothing is cached by content. Prints one line per checkpoint: articles, seconds, articles/s,
current RSS (VmRSS of this process and its children) and peak RSS.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "news-dev.jsonl"


def varied(corpus: str, total: int) -> Iterator:
    """``total`` articles: the corpus again and again, each round with new ids and dates."""
    from eventwire.records import Article
    rows = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    n = 0
    while True:
        for row in rows:
            if n >= total:
                return
            round_ = n // len(rows)
            yield Article(id=f"{row['id']}-r{round_}", text=row["text"], title=row.get("title", ""),
                          date=f"{2000 + round_ % 25}-0{1 + round_ % 9}-1{round_ % 10}")
            n += 1


def rss_mb() -> tuple[int, int]:
    """(current RSS of this process and its children, peak RSS of any of them), in MB."""
    import os
    current = 0
    pids = [os.getpid()] + children(os.getpid())
    for pid in pids:
        try:
            for line in open(f"/proc/{pid}/status"):
                if line.startswith("VmRSS:"):
                    current += int(line.split()[1])
        except OSError:
            pass
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    return current // 1024, peak // 1024


def children(pid: int) -> list[int]:
    try:
        found = [int(p) for p in open(f"/proc/{pid}/task/{pid}/children").read().split()]
    except OSError:
        return []
    return found + [c for p in found for c in children(p)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--every", type=int, default=10_000)
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--processes", type=int, default=1)
    ap.add_argument("--engine", default="local")
    ap.add_argument("--no-gkg", action="store_true")
    args = ap.parse_args()
    from eventwire.options import Options
    from eventwire.pipeline import run
    options = Options(n_process=args.processes, gkg=not args.no_gkg, engine=args.engine)
    start, done, events = time.perf_counter(), 0, 0
    print("articles  seconds  articles/s  rss_mb  peak_rss_mb  events", flush=True)
    for result in run(varied(args.corpus, args.articles), options):
        done += 1
        events += len(getattr(result, "events", []))
        if done % args.every == 0 or done == args.articles:
            elapsed = time.perf_counter() - start
            current, peak = rss_mb()
            print(f"{done:8d}  {elapsed:7.0f}  {done / elapsed:10.1f}  {current:6d}  {peak:11d}  {events}", flush=True)


if __name__ == "__main__":
    main()
