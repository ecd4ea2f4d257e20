"""Tone: GDELT's V2Tone fields computed from VADER's word lexicon.

Word-level, like GDELT: a word is positive when VADER's lexicon gives it a valence
above 0, negative below 0 (no negation or intensity rules).
- positive / negative: % of words that are positive / negative
- tone = positive − negative; polarity = positive + negative
- activity_density: % of words that are verbs (spaCy VERB; auxiliaries excluded)
- self_group_density: % of words that are first-person pronouns (I/me/my…, we/us/our…)
- word_count: tokens that contain a letter or digit (punctuation excluded)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from .lexicon import word_set
from .records import Tone

LEXICON = "tone.yaml"


@dataclass(frozen=True)
class Word:
    """One word as tone needs it: its lower-case form and whether it is an activity word."""
    lower: str
    active: bool = False


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """VADER's word → valence lexicon (read from the vaderSentiment package, once)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return SentimentIntensityAnalyzer().lexicon


def _percent(n: int, total: int) -> float:
    return round(100.0 * n / total, 4) if total else 0.0


def compute_tone(words: Iterable[Word]) -> Tone:
    """The seven V2Tone fields for a sequence of words."""
    lexicon, pronouns = valences(), word_set(LEXICON, "self_group_pronouns")
    total = pos = neg = active = selfgroup = 0
    for word in words:
        total += 1
        valence = lexicon.get(word.lower, 0.0)
        pos, neg = pos + (valence > 0), neg + (valence < 0)
        active += word.active
        selfgroup += word.lower in pronouns
    positive, negative = _percent(pos, total), _percent(neg, total)
    return Tone(tone=round(positive - negative, 4), positive=positive, negative=negative,
                polarity=round(positive + negative, 4), activity_density=_percent(active, total),
                self_group_density=_percent(selfgroup, total), word_count=total)


def doc_words(doc: Doc) -> list[Word]:
    """The words of a Doc (tokens with a letter or digit) with their activity flag."""
    active_pos = {p.upper() for p in word_set(LEXICON, "activity_pos")}
    return [Word(t.lower_, t.pos_ in active_pos) for t in doc
            if any(c.isalnum() for c in t.text)]


def extract_tone(doc: Doc) -> Tone:
    return compute_tone(doc_words(doc))
