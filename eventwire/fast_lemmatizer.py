"""An exact, faster stand-in for spaCy's rule lemmatizer: one memo lookup per token.

spaCy's rule lemmatizer calls Python code for every token, and for the commonest tokens
(singular nouns, base-form verbs, plain adjectives) it converts the token's morphology to a dict
each time before deciding the lemma is the word itself — its own cache only keeps the other
cases. Yet a rule lemma depends only on the word, its part of speech and its morphology (and on
the fixed lookup tables), so it is worked out once per (ORTH, POS, MORPH) triple by the stock
lemmatizer itself, remembered, and written for a whole Doc with one ``Doc.from_array``.
Tokens that already have a lemma (set by the attribute ruler) are left alone, as the stock
component does when ``overwrite`` is off.
"""
from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer

MAX_MEMO = 200_000        # the memo is emptied past this size: bounded memory on endless news


def memo_lemmatize(self, doc):
    """Lemmas for the tokens that have none, from the memo or, once per triple, the stock rules."""
    if not len(doc):
        return doc
    table = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = table[:, 3].copy()
    memo, strings = self.memo, self.vocab.strings
    if len(memo) > MAX_MEMO:
        memo.clear()
    for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
        if lemma:
            continue
        key = (orth, pos, morph)
        found = memo.get(key)
        if found is None:
            found = memo[key] = strings.add(self.lemmatize(doc[i])[0])
        lemmas[i] = found
    doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
    return doc


def use_memo_lemmatizer(nlp: Language, name: str = "lemmatizer") -> bool:
    """Give the pipeline's rule lemmatizer the memo; False (and ``nlp`` untouched) when there is
    no rule lemmatizer that keeps existing lemmas."""
    if name not in nlp.component_names:
        return False
    pipe = nlp.get_pipe(name)
    if not isinstance(pipe, Lemmatizer) or pipe.mode != "rule" or pipe.overwrite:
        return False
    pipe._validate_tables()
    pipe.__class__ = type(f"Memo{type(pipe).__name__}", (type(pipe),), {"__call__": memo_lemmatize})
    pipe.memo = {}
    return True
