"""Throughput: the stock spaCy pipeline alone vs eventwire end to end, on the same articles.

usage: python bench/throughput.py [--corpus FILE] [--limit N] [--processes 1 2] [--no-gkg]
                                  [--only stock|eventwire] [--option name=value ...]

Codes a sample of ../shared/corpus/news-dev.jsonl (real Reuters and BBC news) and prints, for each
process count, articles/s, words/s and peak RSS of (a) the stock pipeline (``spacy.load`` +
``nlp.pipe``, nothing else) and (b) eventwire end to end (read → parse → actors → events → knowledge
graph, ``pipeline.run``), and their ratio. Each run happens in a fresh child process so that peak
RSS and model loading are measured per run; model loading is not timed. The machine's other load
counts: run it on a quiet machine, and compare figures from one run only. The CPU seconds of the
timed part (this process and its finished worker processes) show the work done, whatever the load.
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
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "news-dev.jsonl"


def sample(corpus: str, limit: int) -> list:
    from eventwire.readers import read_inputs
    from eventwire.records import Article
    return [a for a in read_inputs([corpus]) if isinstance(a, Article)][:limit]


def peak_rss_mb() -> int:
    """Peak RSS of this process or of its largest child (a worker), in MB."""
    return round(max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                     resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024)


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children (the workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def stock(corpus: str, limit: int, processes: int, options) -> dict:
    """The stock pipeline as spaCy ships it, over the same texts eventwire parses."""
    import spacy
    nlp = spacy.load(options.model)
    texts = [a.text[:options.max_chars] for a in sample(corpus, limit)]
    nlp(texts[0])                 # warm-up: lookup tables some components load on first use
    start, cpu = time.perf_counter(), cpu_seconds()
    n = sum(1 for _ in nlp.pipe(texts, batch_size=options.batch_size, n_process=processes))
    return {"articles": n, "seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu, "events": None}


def eventwire(corpus: str, limit: int, processes: int, options) -> dict:
    from eventwire.lexicon import load_lexicons
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import run
    from eventwire.records import ArticleResult
    lexicons = load_lexicons(word_vectors=options.word_vectors)
    articles = sample(corpus, limit)
    load_nlp(options.model)(articles[0].text)     # warm-up, as for the stock pipeline
    start, cpu = time.perf_counter(), cpu_seconds()
    results = [r for r in run(articles, options.replace(n_process=processes), lexicons)
               if isinstance(r, ArticleResult)]
    return {"articles": len(results), "seconds": time.perf_counter() - start, "cpu": cpu_seconds() - cpu,
            "events": sum(len(r.events) for r in results)}


def child(args) -> dict:
    sys.path.insert(0, str(ROOT))
    from eventwire.options import Options
    options = Options(gkg=not args.no_gkg).replace(**parse_options(args.option))
    measure = stock if args.child_mode == "stock" else eventwire
    r = measure(args.corpus, args.limit, args.child, options)
    words = sum(len(a.text.split()) for a in sample(args.corpus, args.limit))
    return {"mode": args.child_mode, "processes": args.child, **r, "words": words,
            "articles_per_s": r["articles"] / r["seconds"], "words_per_s": words / r["seconds"],
            "peak_rss_mb": peak_rss_mb()}


def parse_options(pairs: list[str]) -> dict:
    """--option name=value pairs as Options fields (ints, floats and true/false converted)."""
    out = {}
    for pair in pairs:
        name, value = pair.split("=", 1)
        out[name] = {"true": True, "false": False}.get(value.lower(), value)
        for kind in (int, float):
            try:
                out[name] = kind(value)
                break
            except ValueError:
                pass
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=300)
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--no-gkg", action="store_true")
    ap.add_argument("--only", choices=["stock", "eventwire"])
    ap.add_argument("--option", action="append", default=[], help="An Options field for eventwire, name=value.")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--child-mode", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args)))
        return
    print(f"{args.limit} articles of {args.corpus}; eventwire options {args.option or 'default'}"
          f"{' without gkg' if args.no_gkg else ''}")
    for n in args.processes:
        rates = {}
        for mode in ([args.only] if args.only else ["stock", "eventwire"]):
            cmd = [sys.executable, __file__, "--corpus", args.corpus, "--limit", str(args.limit),
                   "--child", str(n), "--child-mode", mode] + (["--no-gkg"] if args.no_gkg else [])
            cmd += [x for o in args.option for x in ("--option", o)]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
            r = json.loads(out)
            rates[mode] = r["articles_per_s"]
            print(f"{mode:9}  processes={n}  articles={r['articles']}  {r['articles_per_s']:.1f} articles/s  "
                  f"{r['words_per_s']:.0f} words/s  peak RSS {r['peak_rss_mb']} MB  "
                  f"events={r['events']}  ({r['seconds']:.1f} s, CPU {r['cpu']:.1f} s)", flush=True)
        if len(rates) == 2:
            print(f"           processes={n}  eventwire / stock = {rates['eventwire'] / rates['stock']:.2f}", flush=True)


if __name__ == "__main__":
    main()
