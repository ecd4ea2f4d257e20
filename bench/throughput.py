"""Throughput of eventwire end to end: read → parse → actors → events (→ knowledge graph).

usage: python bench/throughput.py [--corpus FILE] [--limit N] [--processes 1 2] [--no-gkg]

Codes a sample of ../shared/corpus/news-dev.jsonl (real Reuters and BBC news) and prints
articles/s, words/s and peak RSS for each process count. Each run happens in a fresh child
process so that peak RSS and model loading are measured per run.
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
CORPUS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"


def child(corpus: str, limit: int, processes: int, gkg: bool) -> dict:
    sys.path.insert(0, str(ROOT))
    from eventwire.nlp import load_nlp
    from eventwire.options import Options
    from eventwire.pipeline import run
    from eventwire.lexicon import load_lexicons
    from eventwire.readers import read_inputs
    from eventwire.records import Article, ArticleResult

    options = Options(n_process=processes, gkg=gkg)
    load_nlp(options.model)
    lexicons = load_lexicons()
    articles = [a for a in read_inputs([corpus]) if isinstance(a, Article)][:limit]
    words = sum(len(a.text.split()) for a in articles)
    start = time.perf_counter()
    results = [r for r in run(articles, options, lexicons) if isinstance(r, ArticleResult)]
    elapsed = time.perf_counter() - start
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"processes": processes, "articles": len(results), "words": words, "seconds": round(elapsed, 2),
            "articles_per_s": round(len(results) / elapsed, 1), "words_per_s": round(words / elapsed),
            "events": sum(len(r.events) for r in results),
            "peak_rss_mb": round(max(rss_self, rss_children) / 1024), "gkg": gkg}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-gkg", action="store_true")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.corpus, args.limit, args.child, not args.no_gkg)))
        return
    for n in args.processes:
        cmd = [sys.executable, __file__, "--corpus", args.corpus, "--limit", str(args.limit), "--child", str(n)]
        cmd += ["--no-gkg"] if args.no_gkg else []
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        r = json.loads(out)
        print(f"processes={r['processes']}  articles={r['articles']}  words={r['words']}  "
              f"{r['articles_per_s']} articles/s  {r['words_per_s']} words/s  "
              f"peak RSS {r['peak_rss_mb']} MB  events={r['events']}  gkg={r['gkg']}  ({r['seconds']} s)")


if __name__ == "__main__":
    main()
