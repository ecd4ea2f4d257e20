"""Time `eventwire code` and `eventwire ingest` on one RSS feed of N broken items (no title, no
text: each is a rejected row), and check that ingest stored every rejection once (issue 14: the
store wrote each rejection on its own, 134 s against 4 s to code).

    .venv/bin/python bench/broken_feed.py --items 100000
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

EVENTWIRE = str(Path(sys.executable).with_name("eventwire"))


def broken_feed(path: Path, items: int) -> None:
    body = "".join(f"<item><guid>g{n}</guid><pubDate>not a date {n}</pubDate></item>" for n in range(items))
    path.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken</title>{body}"
                    "</channel></rss>", encoding="utf-8")


def timed(args: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s of the child, exit code) of one eventwire command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    code = subprocess.run([EVENTWIRE, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.perf_counter() - start, cpu, code


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="eventwire-broken-") as tmp:
        feed, db = Path(tmp) / "broken.rss", Path(tmp) / "broken.duckdb"
        broken_feed(feed, args.items)
        for name, cmd in (("code", ["code", str(feed), "--format", "jsonl"]),
                          ("ingest", ["ingest", str(feed), "--db", str(db)])):
            wall, cpu, code = timed(cmd)
            print(f"{name:7} {args.items} broken items  {wall:7.1f} s wall  {cpu:7.1f} s CPU  exit {code}", flush=True)
        with duckdb.connect(str(db), read_only=True) as con:
            rows, keys = con.execute("SELECT count(*), count(DISTINCT origin) FROM rejected").fetchone()
        print(f"rejected rows stored: {rows} ({keys} distinct items; {args.items} expected)")


if __name__ == "__main__":
    main()
