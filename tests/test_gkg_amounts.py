"""Amounts: normalisation needs no model; object/direction reading uses hand-built parses."""
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.gkg.amounts import extract_amounts, normalise_amount


@pytest.mark.parametrize("text, value, unit", [
    ("$200 billion", 2e11, "USD"),
    ("40%", 40.0, "percent"),
    ("40 percent", 40.0, "percent"),
    ("30 per cent", 30.0, "percent"),
    ("5 pct", 5.0, "percent"),
    ("5.1 million dollars", 5.1e6, "USD"),
    ("£1,400", 1400.0, "GBP"),
    ("15 mln dlrs", 1.5e7, "USD"),
    ("2.5 billion stg", 2.5e9, "GBP"),
    ("US$1.2 bln", 1.2e9, "USD"),
    ("€3bn", 3e9, "EUR"),
    ("9.5 billion yen", 9.5e9, "JPY"),
    ("50 cents", 0.5, "USD"),
    ("1.5 mln tonnes", 1.5e6, "tonnes"),
    ("12", 12.0, ""),
    ("a dozen", 12.0, ""),
    ("twenty-five", 25.0, ""),
])
def test_normalise_amount(text, value, unit):
    assert normalise_amount(text) == (pytest.approx(value), unit)


def test_no_number_is_no_amount():
    assert normalise_amount("dozens") is None


def _doc(words, heads, deps, pos, lemmas, ents):
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)


def test_object_and_direction_of_a_percent_surge():
    # "Trade saw a 40% surge ."
    doc = _doc(["Trade", "saw", "a", "40", "%", "surge", "."],
               [1, 1, 5, 4, 5, 1, 1],
               ["nsubj", "ROOT", "det", "nummod", "compound", "dobj", "punct"],
               ["NOUN", "VERB", "DET", "NUM", "NOUN", "NOUN", "PUNCT"],
               ["trade", "see", "a", "40", "%", "surge", "."],
               ["O", "O", "O", "B-PERCENT", "I-PERCENT", "O", "O"])
    [amount] = extract_amounts(doc)
    assert (amount.value, amount.unit, amount.object, amount.direction) == (40.0, "percent", "Trade", "surge")


def test_count_of_people_with_count_type():
    # "Troops killed 12 soldiers ."
    doc = _doc(["Troops", "killed", "12", "soldiers", "."],
               [1, 1, 3, 1, 1],
               ["nsubj", "ROOT", "nummod", "dobj", "punct"],
               ["NOUN", "VERB", "NUM", "NOUN", "PUNCT"],
               ["troop", "kill", "12", "soldier", "."],
               ["O", "O", "B-CARDINAL", "O", "O"])
    [amount] = extract_amounts(doc)
    assert (amount.value, amount.unit, amount.object, amount.count_type) == (12.0, "people", "soldiers", "KILL")
