"""Evaluation on gold-coded sentences: code each gold sentence as an article, score the events.

The gold file holds one sentence a line: {"id", "text", "date"?, "events": [{"plover", "cameo",
"source": [{"text", "country"}], "target": [...]}], "no_event"?}. The figures follow the
contract of the project's scorer (../shared/eval/score.py): PLOVER types are derived from
each event's CAMEO code through the codebook, statements (01) carry no PLOVER type.
"""
from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

from .export import event_record
from .tables import plover_type
from .options import Options
from .pipeline import run
from .records import Article, ArticleResult


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


HALVES = ("tune", "report")


def half_of(sentence_id: str) -> str:
    """The fixed half a gold sentence belongs to, from a hash of its id: rules are tuned on
    'tune'; 'report' is measured only, its errors are not read."""
    return HALVES[hashlib.sha1(str(sentence_id).encode("utf-8")).digest()[0] % 2]


def gold_half(gold: list[dict], half: str) -> list[dict]:
    return [g for g in gold if half_of(g["id"]) == half]


def gold_articles(gold: Iterable[dict]) -> list[Article]:
    return [Article(id=str(g["id"]), text=g["text"], date=g.get("date") or "") for g in gold]


def code_gold(gold: list[dict], options: Options = Options(gkg=False)) -> list[dict]:
    """Event records for every gold sentence (DocId = the gold id)."""
    out = []
    for result in run(gold_articles(gold), options):
        if isinstance(result, ArticleResult):
            out.extend(event_record(e) for e in result.events)
    return out


def write_jsonl(rows: Iterable[dict], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


# ---------------------------------------------------------------- scoring

MERGED = {"CONCEDE": "YIELD", "RETREAT": "YIELD"}   # the actor-pair score treats these as one class
STOPWORDS = {"the", "of", "and", "a", "an"}


def gold_type(event: dict) -> str:
    return event.get("plover") or plover_type(str(event.get("cameo") or ""))


def system_type(event: dict) -> str:
    return plover_type(str(event.get("EventCode") or ""))


def prf(tp: int, n_sys: int, n_gold: int) -> dict:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "sys": n_sys, "gold": n_gold}


def by_sentence(events: Iterable[dict], ids: set[str]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {i: [] for i in ids}
    for e in events:
        if str(e.get("DocId")) in out:
            out[str(e["DocId"])].append(e)
    return out


def type_scores(gold: list[dict], sys: dict[str, list[dict]]) -> tuple[dict, float, dict]:
    """Micro P/R/F1 of (sentence, PLOVER type) pairs, macro-F1 over gold types, per-type F1."""
    g = {(s["id"], t) for s in gold for e in s["events"] if (t := gold_type(e))}
    y = {(i, t) for i, evs in sys.items() for e in evs if (t := system_type(e))}
    per = {}
    for t in sorted({t for _, t in g}):
        per[t] = prf(len({x for x in g if x[1] == t} & {x for x in y if x[1] == t}),
                     len({x for x in y if x[1] == t}), len({x for x in g if x[1] == t}))["f1"]
    macro = round(sum(per.values()) / len(per), 3) if per else 0.0
    return prf(len(g & y), len(y), len(g)), macro, per


def dyad_scores(gold: list[dict], sys: dict[str, list[dict]]) -> dict:
    """Events with the right type, source country and (where gold names one) target country."""
    wanted = [(s["id"], t, {a["country"] for a in e["source"] if a.get("country")},
               {a["country"] for a in e["target"] if a.get("country")})
              for s in gold for e in s["events"] if (t := gold_type(e))]
    wanted = [w for w in wanted if w[2]]
    ids = {w[0] for w in wanted}
    found = {(i, system_type(e), e.get("Actor1CountryCode"), e.get("Actor2CountryCode"))
             for i in ids for e in sys[i] if system_type(e)}

    def fits(f, w):
        return f[0] == w[0] and f[1] == w[1] and f[2] in w[2] and (not w[3] or f[3] in w[3])
    recalled = sum(1 for w in wanted if any(fits(f, w) for f in found))
    right = sum(1 for f in found if any(fits(f, w) for w in wanted))
    p = right / len(found) if found else 0.0
    r = recalled / len(wanted) if wanted else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": recalled, "sys": len(found), "gold": len(wanted)}


def root_scores(gold: list[dict], sys: dict[str, list[dict]]) -> dict | None:
    """(sentence, CAMEO root) pairs on the gold sentences coded in CAMEO."""
    ids = {s["id"] for s in gold if any(e.get("cameo") for e in s["events"]) or s.get("no_event")}
    if not ids:
        return None
    g = {(s["id"], str(e["cameo"])[:2]) for s in gold if s["id"] in ids for e in s["events"] if e.get("cameo")}
    y = {(i, str(e["EventCode"])[:2]) for i in ids for e in sys[i] if e.get("EventCode")}
    return prf(len(g & y), len(y), len(g))


def words_of(text) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", (text or "").lower())) - STOPWORDS


def pair_predictions(gold: list[dict], sys: dict[str, list[dict]]) -> list[tuple[str, str, str]]:
    """(sentence id, gold type, predicted type or NONE) for each gold event whose actors are
    given as text: the coder's event whose actor texts overlap the gold source and target."""
    out = []
    for s in gold:
        for e in s["events"]:
            if not (e.get("plover") and e["source"] and e["target"] and e["source"][0].get("text")
                    and e["target"][0].get("text")):
                continue
            pred = next((MERGED.get(t, t) for x in sys[s["id"]] if (t := system_type(x))
                         and any(words_of(x.get("Actor1Text")) & words_of(a["text"]) for a in e["source"])
                         and any(words_of(x.get("Actor2Text")) & words_of(a["text"]) for a in e["target"])),
                        "NONE")
            out.append((s["id"], MERGED.get(e["plover"], e["plover"]), pred))
    return out


def pair_scores(pairs: list[tuple[str, str, str]]) -> dict | None:
    if not pairs:
        return None
    truth, pred = [p[1] for p in pairs], [p[2] for p in pairs]
    f1s = [prf(sum(a == b == t for a, b in zip(truth, pred)), pred.count(t), truth.count(t))["f1"]
           for t in sorted(set(truth))]
    return {"accuracy": round(sum(a == b for a, b in zip(truth, pred)) / len(pairs), 3),
            "macro_f1": round(sum(f1s) / len(f1s), 3), "n": len(pairs), "none": pred.count("NONE")}


def score(gold: list[dict], events: list[dict]) -> dict:
    """The figures of the project's scorer (type, type macro-F1, dyad, CAMEO root, actor pair)."""
    sys = by_sentence(events, {s["id"] for s in gold})
    typed, macro, per_type = type_scores(gold, sys)
    out = {"type": typed, "type_macro_f1": macro, "dyad": dyad_scores(gold, sys)}
    if (roots := root_scores(gold, sys)) is not None:
        out["cameo"] = roots
    if (pairs := pair_scores(pair_predictions(gold, sys))) is not None:
        out["pair"] = pairs
    out["events_per_sentence"] = round(sum(len(v) for v in sys.values()) / len(gold), 2) if gold else 0.0
    out["sentences"] = len(gold)
    out["sentences_with_events"] = sum(1 for s in gold if sys[s["id"]])
    out["per_type_f1"] = per_type
    return out


def confusion(gold: list[dict], events: list[dict]) -> dict[tuple[str, str], int]:
    """(gold PLOVER type, coded type or NONE) counts over each sentence's gold types; a coded
    type absent from the gold sentence is counted against NONE."""
    sys = by_sentence(events, {s["id"] for s in gold})
    counts: dict[tuple[str, str], int] = {}
    for s in gold:
        g = {t for e in s["events"] if (t := gold_type(e))}
        y = {t for e in sys[s["id"]] if (t := system_type(e))}
        for t in g:
            key = (t, t if t in y else (sorted(y - g)[0] if y - g else "NONE"))
            counts[key] = counts.get(key, 0) + 1
        for t in y - g:
            if not g:
                counts[("NONE", t)] = counts.get(("NONE", t), 0) + 1
    return counts


def worst_sentences(gold: list[dict], events: list[dict], n: int = 10) -> list[dict]:
    """The gold sentences the coder got most wrong: missed plus invented PLOVER types."""
    sys = by_sentence(events, {s["id"] for s in gold})
    rows = []
    for s in gold:
        g = {t for e in s["events"] if (t := gold_type(e))}
        y = {t for e in sys[s["id"]] if (t := system_type(e))}
        errors = len(g - y) + len(y - g)
        if errors:
            rows.append({"id": s["id"], "errors": errors, "missed": sorted(g - y), "invented": sorted(y - g),
                         "text": s["text"]})
    return sorted(rows, key=lambda r: (-r["errors"], r["id"]))[:n]
