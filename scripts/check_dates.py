"""How well events are dated, and how much page furniture the readers take out, on real news.

usage: python scripts/check_dates.py [--corpus FILE] [--limit N] [--sample K]

Reads every Nth article of a JSON-lines corpus (``--limit`` articles spread over the file, default
50 of ../shared/corpus/news-modern.jsonl) through the readers, codes them, and prints: events, the
share with a date, the share with the date their clause states (granularity or a date other than
the article's), the share of events neither intents, threats nor marked future dated after
their article (events with a date are those with a SQLDATE), and the
furniture removed by kind. ``--sample K`` prints K removed parts and K clause-dated events to check
by eye.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-modern.jsonl"
FUTURE_ROOTS = ("03", "13")


def spread(corpus: str, limit: int) -> list[str]:
    """``limit`` lines taken at an even step over the file (a sample across years and outlets)."""
    lines = Path(corpus).read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // limit)
    return lines[::step][:limit]


def code(lines: list[str]):
    from eventwire.options import Options
    from eventwire.pipeline import run
    from eventwire.readers import read_inputs
    from eventwire.records import ArticleResult
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    try:
        return [r for r in run(read_inputs([f.name]), Options()) if isinstance(r, ArticleResult)]
    finally:
        Path(f.name).unlink()


def figures(results) -> dict:
    from eventwire.export import sql_date
    events = [(r.article, e) for r in results for e in r.events]
    dated = [(a, e) for a, e in events if sql_date(e.date)]
    clause = [(a, e) for a, e in dated if e.date != a.date[:10] or getattr(e, "date_granularity", "day") != "day"]
    past = [(a, e) for a, e in dated if e.code[:2] not in FUTURE_ROOTS and e.mode != "future"]
    after = [(a, e) for a, e in past if a.date and sql_date(e.date) > sql_date(a.date)]
    removed = Counter(x.kind for r in results for x in getattr(r.article, "removed", []))
    return {"articles": len(results), "events": len(events), "with_date": len(dated),
            "clause_dated": len(clause), "past_events": len(past), "past_after_article": len(after),
            "removed": dict(removed), "removed_total": sum(removed.values()),
            "after_examples": [(a.date, e.date, e.sentence.text[:120]) for a, e in after]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=50)
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args()
    results = code(spread(args.corpus, args.limit))
    json.dump(figures(results), sys.stdout, indent=1, ensure_ascii=False)
    print()
    if args.sample:
        rng = random.Random(0)
        parts = [(r.article.id, x.kind, x.text[:150]) for r in results for x in getattr(r.article, "removed", [])]
        for row in rng.sample(parts, min(args.sample, len(parts))):
            print("removed", *row, sep=" | ")
        dated = [(r.article.date, e.date, getattr(e, "date_granularity", ""), e.code, e.sentence.text[:150])
                 for r in results for e in r.events if e.date and e.date != r.article.date[:10]]
        for row in rng.sample(dated, min(args.sample, len(dated))):
            print("dated", *row, sep=" | ")


if __name__ == "__main__":
    main()
