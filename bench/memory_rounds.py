"""What a long run keeps: code the same articles round after round (new ids and dates each
round, as bench/memory.py does) and print, after each round, what could grow with them.

usage: python bench/memory_rounds.py [--articles 200] [--offset 0] [--rounds 6] [--corpus FILE]
                                     [--no-gkg] [--trace]

Per round: seconds and CPU seconds, events, RSS and peak RSS (MB), parsed Docs still alive
(kept by reference cycles until a full garbage collection), spaCy's StringStore and lexemes,
the lemmatizer memo, the actor memory, and every eventwire module-level cache or dict whose size
changed. The garbage collector is not run by hand, so the figures are those of a real run.
With --trace, the allocation sites that grew most between round 1 and the last (tracemalloc,
which slows the run several times). The text repeats, so what still grows after round 1 is kept
per article.
"""
from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
CORPUS = SHARED / "corpus" / "news-dev.jsonl"


def rounds_of(rows: list[dict], round_: int):
    from eventwire.records import Article
    for row in rows:
        yield Article(id=f"{row['id']}-r{round_}", text=row["text"], title=row.get("title", ""),
                      date=f"{2000 + round_ % 25}-0{1 + round_ % 9}-1{round_ % 10}")


def rss_mb() -> int:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
    return 0


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cache_sizes() -> dict[str, int]:
    """Sizes of the lru caches and the module-level dicts, lists and sets of eventwire."""
    sizes = {}
    for module in [m for m in list(sys.modules.values()) if getattr(m, "__name__", "").startswith("eventwire")]:
        for name, value in list(vars(module).items()):
            if hasattr(value, "cache_info"):
                sizes[f"{module.__name__}.{name}"] = value.cache_info().currsize
            elif isinstance(value, (dict, list, set)) and not name.startswith("__"):
                sizes[f"{module.__name__}.{name}"] = len(value)
    return sizes


def live_docs() -> int:
    from spacy.tokens import Doc
    return sum(1 for o in gc.get_objects() if type(o) is Doc)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--offset", type=int, default=0)
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--no-gkg", action="store_true")
    ap.add_argument("--trace", action="store_true")
    args = ap.parse_args()
    from eventwire.memory import ActorMemory
    from eventwire.nlp import load_nlp
    from eventwire.options import Options
    from eventwire.pipeline import lexicons_for, run
    rows = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    rows = rows[args.offset:args.offset + args.articles]
    options = Options(gkg=not args.no_gkg)
    lexicons = lexicons_for(options, ActorMemory())
    before, first_snapshot = {}, None
    for round_ in range(args.rounds):
        start, cpu, events = time.perf_counter(), cpu_seconds(), 0
        for result in run(rounds_of(rows, round_), options, lexicons):
            events += len(getattr(result, "events", []))
        nlp = load_nlp(options.model)
        memo = getattr(nlp.get_pipe("lemmatizer"), "memo", {}) if "lemmatizer" in nlp.pipe_names else {}
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        print(f"round {round_}: {time.perf_counter() - start:.0f} s, cpu {cpu_seconds() - cpu:.1f} s, "
              f"events {events}, rss {rss_mb()} MB, peak {peak} MB, live Docs {live_docs()}, "
              f"strings {len(nlp.vocab.strings)}, lexemes {len(nlp.vocab)}, lemma memo {len(memo)}, "
              f"people {len(lexicons.memory.people)}", flush=True)
        sizes = cache_sizes()
        changed = {k: (before.get(k), v) for k, v in sizes.items() if before and v != before.get(k)}
        if changed:
            print("   changed:", ", ".join(f"{k} {a}->{b}" for k, (a, b) in sorted(changed.items())), flush=True)
        before = sizes
        if args.trace:
            first_snapshot = trace(round_, first_snapshot)


def trace(round_: int, first):
    """Start tracing after round 0, snapshot after round 1, compare each later round with it."""
    import tracemalloc
    if round_ == 0:
        tracemalloc.start(8)
        return None
    snapshot = tracemalloc.take_snapshot()
    if first is None:
        return snapshot
    for stat in snapshot.compare_to(first, "lineno")[:8]:
        print(f"   {stat.size_diff / 1024:+9.1f} KiB {stat.count_diff:+7d} blocks  {stat.traceback[0]}")
    return first


if __name__ == "__main__":
    main()
