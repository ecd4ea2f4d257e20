"""What the tables built from PETRARCH2's Phoenix dictionaries cost and change.

usage: python bench/phoenix.py [--corpus FILE] [--limit N]

Runs twice, each in a fresh child process: the built-in lexicon alone ("without") and with the
Phoenix tables behind it ("with", what ``load_lexicons`` gives). For each: lexicon load time,
peak RSS after loading, and on the first N articles of ../shared/corpus/news-modern.jsonl the
events per article, the share of events with both actors, and the share with an actor code.
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-modern.jsonl"


def load(phoenix: bool):
    from eventwire.coder.actors import ActorLexicon
    from eventwire.coder.triggers import VerbLexicon
    from eventwire.lexicon import Lexicons, load_lexicons
    return load_lexicons() if phoenix else Lexicons(actors=ActorLexicon.load(), verbs=VerbLexicon.load())


def child(corpus: str, limit: int, phoenix: bool) -> dict:
    sys.path.insert(0, str(ROOT))
    from eventwire.memory import ActorMemory
    from eventwire.lexicon import with_memory
    from eventwire.nlp import load_nlp
    from eventwire.options import Options
    from eventwire.pipeline import run
    from eventwire.readers import read_inputs
    from eventwire.records import Article, ArticleResult

    options = Options(gkg=False)
    load_nlp(options.model)
    import eventwire.coder.actors  # noqa: F401  (imports are not lexicon loading)
    start = time.perf_counter()
    lexicons = load(phoenix)
    load_s = time.perf_counter() - start
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)][:limit]
    results = [r for r in run(articles, options, with_memory(lexicons, ActorMemory())) if isinstance(r, ArticleResult)]
    events = [e for r in results for e in r.events]
    both = [e for e in events if e.source and e.target and e.source.actor.code and e.target.actor.code]
    return {"phoenix": phoenix, "actor_phrases": len(lexicons.actors.phrases), "load_s": round(load_s, 2),
            "peak_rss_mb_after_load": round(rss_loaded / 1024), "articles": len(results), "events": len(events),
            "events_per_article": round(len(events) / max(len(results), 1), 2),
            "both_actors_share": round(len(both) / max(len(events), 1), 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--child", choices=["with", "without"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.corpus, args.limit, args.child == "with")))
        return
    for variant in ("without", "with"):
        cmd = [sys.executable, __file__, "--corpus", args.corpus, "--limit", str(args.limit), "--child", variant]
        print(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip())


if __name__ == "__main__":
    main()
