"""Time to code one pathological article as its length grows: punctuation alone, one endless
sentence (capitalised like news, or all lower-case, which goes through the truecaser first), one
endless word. Coding time must grow linearly with length (issue 14).

The warm-up codes a short news story first, so that what is loaded once per process (the spaCy
pipeline, the gazetteer, the truecaser's tables) is not counted in the first timed article.

    .venv/bin/python bench/long_text.py --sizes 3000 6000 12000 60000
"""
from __future__ import annotations

import argparse
import time

from eventwire.api import code_texts
from eventwire.options import Options

# Capitalised as news is (an all lower-case text would first go through eventwire.truecase).
WORDS = ("the Minister said that the Army of the Republic would meet the rebels and "
         "the envoys of the Union in Paris ").split()


def punctuation(n: int) -> str:
    return ("!?.,;:-()[]\"'/*&%$#@" * (n // 20 + 1))[:n]


def endless_sentence(n: int) -> str:
    out, i = [], 0
    while sum(map(len, out)) + len(out) < n:
        out.append(WORDS[i % len(WORDS)])
        i += 1
    return " ".join(out)[:n]


def lower_sentence(n: int) -> str:
    return endless_sentence(n).lower()


def endless_word(n: int) -> str:
    return ("abcdefghij" * (n // 10 + 1))[:n]


KINDS = {"punctuation": punctuation, "sentence": endless_sentence, "lower": lower_sentence, "word": endless_word}
WARM_UP = ["PARIS — The French president met the prime minister of Germany in Berlin on Monday, "
           "officials said. Police arrested 12 protesters in Lyon.",
           "the president of france met the german chancellor in berlin on monday and the police in lyon "
           "arrested protesters, officials said."]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 6000, 12000, 24000, 60000])
    ap.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS))
    args = ap.parse_args()
    options = Options(gkg=True)
    code_texts(WARM_UP, options)
    for kind in args.kinds:
        for n in args.sizes:
            text = KINDS[kind](n)
            start, cpu = time.perf_counter(), time.process_time()
            results = code_texts([text], options)
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            events = sum(len(r.events) for r in results)
            print(f"{kind:12} {n:>8} chars  {took:7.2f} s wall  {cpu:7.2f} s CPU  {events} events", flush=True)


if __name__ == "__main__":
    main()
