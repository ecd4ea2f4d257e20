"""How much could parsing only the sentences that can hold an event save? Measured, not guessed.

usage: python bench/triage.py [--corpus FILE] [--limit N]

Prints, on a sample of news-dev:
1. the time each spaCy component takes when run alone over the same documents (its share is
   what skipping it on a sentence could save);
2. the share of sentences a trigger pass would send to the tagger and parser: a sentence is a
   candidate when it holds a head word of verbs.tsv (and, for heads whose every entry needs an
   object, one of those objects), a framing word (frames.tsv) or a speech verb (say, tell,
   state: statements and the knowledge graph's quotations need the parse), and a candidate actor
   (a named entity or a pronoun). The pass reads the full parse's lemmas, so it selects at most
   as many sentences as a cheaper pass over lower-cased word forms would: its share is a floor;
3. the ceiling on speed-up this allows: 1 / (1 - skipped share x share of time in the skippable
   components), with NER kept on every sentence (the knowledge graph and the actor finder need it).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
SKIPPABLE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
ACTOR_LABELS = {"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"}
SPEECH = {"say", "tell", "state"}


def component_seconds(nlp, texts: list[str]) -> tuple[dict[str, float], list]:
    docs = [nlp.make_doc(t) for t in texts]
    spent = {}
    for name, proc in nlp.pipeline:
        start = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        spent[name] = time.perf_counter() - start
    return spent, docs


def triggers(lexicons) -> tuple[set[str], dict[str, set[str]]]:
    """Head words that may trigger alone, and heads that need one of some objects."""
    verbs = lexicons.verbs
    alone, needs = set(SPEECH) | {h.split("_")[0] for h in verbs.frames}, {}
    for table in (verbs.verbs, verbs.nouns):
        for head, patterns in table.items():
            word = head.split("_")[0]
            if any(not p.objects for p in patterns):
                alone.add(word)
            else:
                needs.setdefault(word, set()).update(o.split("_")[-1] for p in patterns for o in p.objects)
    return alone, needs


def is_candidate(sent, alone: set[str], needs: dict[str, set[str]]) -> bool:
    lemmas = {t.lemma_.lower() for t in sent}
    trigger = bool(lemmas & alone) or any(lemmas & objects for head, objects in needs.items() if head in lemmas)
    actor = any(e.label_ in ACTOR_LABELS for e in sent.ents) or any(t.pos_ == "PRON" for t in sent)
    return trigger and actor


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(SHARED / "corpus" / "news-dev.jsonl"))
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()
    from eventwire.lexicon import load_lexicons
    from eventwire.nlp import load_nlp
    from eventwire.options import Options
    nlp = load_nlp(Options().model)
    texts = [json.loads(line)["text"] for line in open(args.corpus, encoding="utf-8") if line.strip()][:args.limit]
    spent, docs = component_seconds(nlp, texts)
    total = sum(spent.values())
    for name, seconds in spent.items():
        print(f"{name:16} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    skippable = sum(spent[n] for n in SKIPPABLE if n in spent) / total
    alone, needs = triggers(load_lexicons())
    sentences = [s for d in docs for s in d.sents]
    chosen = sum(is_candidate(s, alone, needs) for s in sentences)
    skipped = 1 - chosen / len(sentences)
    print(f"{len(texts)} articles, {len(sentences)} sentences; candidates for the parser: {chosen} "
          f"({100 * chosen / len(sentences):.1f} %)")
    print(f"skippable components: {100 * skippable:.1f} % of the time; NER and the rest: {100 * (1 - skippable):.1f} %")
    print(f"speed-up ceiling with NER on every sentence: {1 / (1 - skipped * skippable):.2f}x")


if __name__ == "__main__":
    main()
