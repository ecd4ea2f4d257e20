"""Ingest throughput: read inputs, detect language, find duplicates; prints articles per second.

    python bench/ingest.py                      # ../shared/corpus/news-dev.jsonl
    python bench/ingest.py data/*.warc.gz feeds/ --repeat 3
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventwire.dedup import NearDuplicateIndex, mark_duplicate  # noqa: E402
from eventwire.language import identifier, mark_language  # noqa: E402
from eventwire.readers import read_inputs  # noqa: E402
from eventwire.records import Article  # noqa: E402

DEFAULT_INPUT = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"


def run(inputs: list[str]) -> tuple[Counter, dict[str, float]]:
    """One pass over the inputs; counts of outcomes and seconds spent per step."""
    counts: Counter = Counter()
    spent = {"read": 0.0, "language": 0.0, "dedup": 0.0}
    index = NearDuplicateIndex()
    records = read_inputs(inputs)
    while True:
        t0 = time.perf_counter()
        record = next(records, None)
        t1 = time.perf_counter()
        spent["read"] += t1 - t0
        if record is None:
            return counts, spent
        if not isinstance(record, Article):
            counts["rejected"] += 1
            continue
        mark_language(record, overwrite=True)
        t2 = time.perf_counter()
        mark_duplicate(record, index)
        spent["language"] += t2 - t1
        spent["dedup"] += time.perf_counter() - t2
        counts["articles"] += 1
        counts[f"lang={record.lang or '?'}"] += 1
        counts[f"status={record.status}"] += 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files or folders (default: news-dev.jsonl)")
    parser.add_argument("--repeat", type=int, default=1, help="passes to time (best is kept)")
    args = parser.parse_args(argv)
    inputs = args.inputs or [str(DEFAULT_INPUT)]
    identifier()   # load the language model once, outside the timing
    best = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        counts, spent = run(inputs)
        elapsed = time.perf_counter() - start
        best = min(best or (elapsed, counts, spent), (elapsed, counts, spent), key=lambda x: x[0])
    elapsed, counts, spent = best
    rate = counts["articles"] / elapsed if elapsed else 0.0
    print(f"{counts['articles']} articles, {counts['rejected']} rejected in {elapsed:.2f}s: "
          f"{rate:,.0f} articles/s")
    print("time per step: " + ", ".join(f"{k} {v:.2f}s" for k, v in spent.items()))
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
