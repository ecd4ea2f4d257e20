"""Fit the confidence model (eventwire/data/confidence.tsv) on gold-coded sentences.

usage: python scripts/calibrate.py GOLD.jsonl [--folds 2] [--fit-half tune]

An event counts as right when its PLOVER type is among the sentence's gold types and, where
the gold event of that type names source countries and the event's source has a country, its
source country is one of them (a party no dictionary places cannot be judged by country).
Statements (CAMEO 01) have no PLOVER type and are not judged. The script first reports
cross-validated calibration (fit on the other folds, score the held-out one); with --fit-half
it then fits on that fixed half of the gold set and reports the other half, never seen in the
fit; else it fits on everything. It writes the weights it fitted last.
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from eventwire.coder.confidence import FEATURES  # noqa: E402
from eventwire.evaluate import HALVES, gold_articles, gold_type, half_of, read_gold  # noqa: E402
from eventwire.tables import DATA, plover_type  # noqa: E402
from eventwire.options import Options  # noqa: E402
from eventwire.pipeline import run  # noqa: E402
from eventwire.records import ArticleResult  # noqa: E402

L2 = 1.0


def labelled_events(gold: list[dict]) -> list[tuple[str, np.ndarray, int]]:
    """(sentence id, feature vector, right?) for every judged event the coder outputs."""
    wanted = {}
    for s in gold:
        for e in s["events"]:
            if t := gold_type(e):
                wanted.setdefault((s["id"], t), set()).update(a["country"] for a in e["source"] if a.get("country"))
    out = []
    for result in run(gold_articles(gold), Options(gkg=False, min_confidence=0.0)):
        if not isinstance(result, ArticleResult):
            continue
        for e in result.events:
            t = plover_type(e.code)
            if not t or not e.evidence:
                continue
            sources = wanted.get((e.doc_id, t))
            right = sources is not None and (not sources or (e.source is not None and e.source.actor.country in
                                                              sources | {""}))
            out.append((e.doc_id, np.array([e.evidence.get(f, 0.0) for f in FEATURES]), int(right)))
    return out


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def loss(w):
        z = x @ w
        p = 1 / (1 + np.exp(-z))
        eps = 1e-9
        nll = -np.sum(y * np.log(p + eps) + (1 - y) * np.log(1 - p + eps))
        grad = x.T @ (p - y) + L2 * np.r_[0.0, w[1:]]
        return nll + 0.5 * L2 * np.sum(w[1:] ** 2), grad
    return minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B").x


def fold_of(doc_id: str, folds: int) -> int:
    return int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % folds


def report(p: np.ndarray, y: np.ndarray) -> None:
    for lo, hi in ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
        m = (p >= lo) & (p < hi)
        if m.any():
            print(f"  confidence {lo:.1f}-{min(hi, 1):.1f}: {m.sum():4d} events, {y[m].mean():.2f} right")
    high = p >= 0.8
    print(f"  confidence >= 0.8: {high.sum()} events, {y[high].mean() if high.any() else float('nan'):.2f} right")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("--folds", type=int, default=2)
    ap.add_argument("--fit-half", choices=HALVES, help="fit on this half of the gold set, report the other")
    args = ap.parse_args()
    gold = read_gold(args.gold)
    rows = labelled_events(gold)
    x = np.array([r[1] for r in rows])
    y = np.array([r[2] for r in rows], dtype=float)
    folds = np.array([fold_of(r[0], args.folds) for r in rows])
    held_out = np.zeros(len(rows))
    for k in range(args.folds):
        w = fit(x[folds != k], y[folds != k])
        held_out[folds == k] = 1 / (1 + np.exp(-(x[folds == k] @ w)))
    print(f"{len(rows)} judged events, {y.mean():.2f} right; cross-validated calibration ({args.folds} folds):")
    report(held_out, y)
    fitted = np.ones(len(rows), dtype=bool)
    if args.fit_half:
        fitted = np.array([half_of(r[0]) == args.fit_half for r in rows])
    w = fit(x[fitted], y[fitted])
    with open(DATA / "confidence.tsv", "w", encoding="utf-8") as f:
        f.write(f"# Confidence model weights, fitted by scripts/calibrate.py on {Path(args.gold).name}"
                f"{' (half ' + args.fit_half + ')' if args.fit_half else ''}\n")
        f.write(f"# ({int(fitted.sum())} judged events). feature<TAB>weight\n")
        for name, value in zip(FEATURES, w):
            f.write(f"{name}\t{value:.4f}\n")
    print(f"fitted on {'half ' + args.fit_half if args.fit_half else 'all events'}:")
    report(1 / (1 + np.exp(-(x[fitted] @ w))), y[fitted])
    if args.fit_half:
        print("the other half, not seen in the fit:")
        report(1 / (1 + np.exp(-(x[~fitted] @ w))), y[~fitted])


if __name__ == "__main__":
    main()
