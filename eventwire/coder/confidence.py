"""Calibrated confidence: the chance that a coded event is right, from what its coding rests on.

A logistic model over a few general features of the match (how specific the lexicon entry is,
whether the actors are named or inferred, whether the event is framed, nominal or in the main
clause, its QuadClass). The weights are data (``data/confidence.tsv``), fitted by
``scripts/calibrate.py`` on gold-coded sentences; no feature names a word, so the model does
not learn the gold sentences, only how much each kind of evidence is worth.
"""
from __future__ import annotations

import math
from functools import lru_cache

from ..tables import DATA, read_table

FEATURES = ["bias", "specificity", "noun", "framed", "main_clause", "has_source", "has_target",
            "source_named", "target_named", "source_coded", "target_coded", "quad1", "quad2", "quad3",
            "quad4", "events_in_sentence", "sentence_root", "prep_found", "source_inferred"]
STATEMENT_CONFIDENCE = 0.5   # statements carry no PLOVER type: gold data cannot judge them


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """Fitted weights; empty when the table has not been fitted yet."""
    if not (DATA / "confidence.tsv").is_file():
        return {}
    return {row[0]: float(row[1]) for row in read_table("confidence.tsv", 2)}


def probability(features: dict[str, float]) -> float:
    """The calibrated probability that the event is right (0.5 without fitted weights)."""
    w = weights()
    if not w:
        return 0.5
    z = sum(w.get(name, 0.0) * value for name, value in features.items())
    return round(1 / (1 + math.exp(-z)), 3)
