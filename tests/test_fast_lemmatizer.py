"""The memo lemmatizer gives exactly the stock rule lemmatizer's lemmas."""
import pytest

from eventwire import fast_lemmatizer
from eventwire.fast_lemmatizer import use_memo_lemmatizer

TEXTS = ["Russian forces shelled Kharkiv on Monday, and the mayor said they were shelling it again.",
         "The ministers met, meeting again later; talks were held and better offers made by the best negotiators.",
         "Protesters gon na rally as police fined dozens who'd staged sit-ins, Hamas's leaders added.",
         "", "   \n  "]


@pytest.mark.model
def test_same_lemmas_as_the_stock_lemmatizer(nlp, monkeypatch):
    import spacy
    from eventwire.options import DEFAULT_MODEL
    stock = spacy.load(DEFAULT_MODEL)
    assert type(nlp.get_pipe("lemmatizer")).__name__.startswith("Memo")
    monkeypatch.setattr(fast_lemmatizer, "MAX_MEMO", 5)      # the memo is emptied and refilled
    for _ in range(2):
        for text in TEXTS:
            assert [t.lemma_ for t in nlp(text)] == [t.lemma_ for t in stock(text)], text
    assert len(nlp.get_pipe("lemmatizer").memo) <= 5 + 60


def test_pipelines_without_a_rule_lemmatizer_are_left_alone():
    import spacy
    blank = spacy.blank("en")
    assert not use_memo_lemmatizer(blank)
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not use_memo_lemmatizer(blank)
