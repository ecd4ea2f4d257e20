"""Amounts: money, percentages, quantities and counts, with what they measure.

`normalise_amount` turns the words of an amount into a value and a unit and
needs no model; `extract_amounts` finds amounts in a parsed Doc (spaCy's MONEY,
PERCENT, QUANTITY and CARDINAL entities) and reads from the dependency parse
what is counted ("trade") and the change word that governs it ("surge").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .lexicon import load_yaml, word_set
from .records import Amount

LEXICON = "amounts.yaml"
_PIECE = re.compile(r"(?:US|HK|C|A)\$|[$£€¥₹₽%]|\d[\d,]*(?:\.\d+)?|[A-Za-z][A-Za-z'\-]*(?:\.[A-Za-z]\.?)?")
_AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
_OBJECT_PREPS = {"of", "in", "for", "on", "from", "worth"}
_SUBJECTS = {"nsubj", "nsubjpass"}


def _pieces(text: str) -> list[str]:
    return _PIECE.findall(text.replace("per cent", "percent"))


def _number(piece: str, words: dict[str, float]) -> float | None:
    """The value of one number written in digits or as a word ("5.1", "1,400", "twelve")."""
    if piece[0].isdigit():
        return float(piece.replace(",", ""))
    parts = piece.lower().split("-")
    if all(p in words for p in parts):
        return float(sum(words[p] for p in parts))
    return None


def _combine(value: float | None, number: float) -> float:
    """The first number wins, except tens followed by units ("twenty five" → 25)."""
    if value is None:
        return number
    if value >= 20 and value % 10 == 0 and number < 10:
        return value + number
    return value


def _value(pieces: list[str]) -> float | None:
    """Numbers, then scale words multiplied in: "5.1 million" → 5.1e6, "a dozen" → 12."""
    lex = load_yaml(LEXICON)
    words, scales = lex["number_words"], lex["scales"]
    value: float | None = None
    for i, piece in enumerate(pieces):
        low = piece.lower()
        number = _number(piece, words)
        if low in ("a", "an") and (i + 1 == len(pieces) or pieces[i + 1].lower() not in scales):
            continue
        if low in scales and value is not None:
            value *= float(scales[low])
        elif number is not None:
            value = _combine(value, number)
    return value


def _unit(text: str, pieces: list[str]) -> str:
    """Currency code, "percent", a measurement unit, or "" when the words carry none."""
    lex = load_yaml(LEXICON)
    for symbol, code in lex["currency_symbols"].items():
        if symbol in text:
            return code
    low = [p.lower() for p in pieces]
    pairs = [" ".join(low[i:i + 2]) for i in range(len(low) - 1)]
    for word in pairs + low:
        if word in lex["currency_words"]:
            return lex["currency_words"][word]
    if any(p in word_set(LEXICON, "percent_words") for p in low + pairs):
        return "percent"
    return next((lex["units"][p] for p in low if p in lex["units"]), "")


def normalise_amount(text: str) -> tuple[float, str] | None:
    """Value and unit of an amount as written: "$200 billion" → (2e11, "USD"); None without a number."""
    pieces = _pieces(text)
    value = _value(pieces)
    if value is None:
        return None
    unit = _unit(text, pieces)
    if unit == "USD_CENT":
        return value / 100, "USD"
    return value, unit


def _is_year(span: Span) -> bool:
    return len(span) == 1 and span.text.isdigit() and len(span.text) == 4 and 1800 <= int(span.text) <= 2100


def _extend_with_unit(doc: Doc, span: Span) -> Span:
    """An amount with the currency symbol or word NER left out: "£" + "28.7m", "15 mln" + "dlrs"."""
    start = span.start
    if start > 0 and doc[start - 1].text in load_yaml(LEXICON)["currency_symbols"]:
        start -= 1
    end = span.end
    known = _unit_words()
    while end < len(doc) and end - span.end < 4 and (doc[end].lower_ in known or doc[end].is_space):
        end += 1
    while end > span.end and doc[end - 1].is_space:
        end -= 1
    return doc[start:end]


def _phrase(noun: Token) -> str:
    """A noun with its compound modifiers: "maternity pay", "trade surplus"."""
    left = [t for t in noun.lefts if t.dep_ == "compound" and t.ent_type_ not in _AMOUNT_LABELS
            and not t.like_num and t.lower_ not in _unit_words()]
    words = [t.text for t in left] + [noun.text]
    return " ".join(words)


def _pobj_of(token: Token) -> Token | None:
    """The object of a prepositional child of `token` that names what is measured ("in loans")."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in _OBJECT_PREPS:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].ent_type_ not in _AMOUNT_LABELS | {"DATE", "GPE"}:
                return objs[0]
    return None


def _subject_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in _SUBJECTS and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


def _governor(root: Token) -> Token:
    """The word an amount hangs on, skipping the preposition: "rise [by] £1,400" → rise."""
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep":
        return head.head
    return head


def object_and_direction(span: Span) -> tuple[Token | None, str | None, Token | None]:
    """What an amount measures, the change word governing it, and its governing verb (or None)."""
    directions = word_set(LEXICON, "directions")
    root = span.root
    own = _pobj_of(root)
    gov = _governor(root) if root.head != root else root
    direction = gov.lemma_.lower() if gov.lemma_.lower() in directions else None
    if gov.pos_ in ("NOUN", "PROPN") and gov is not root:
        if direction is None:
            return own or gov, None, None
        verb = gov.head if gov.head.pos_ in ("VERB", "AUX") else None
        target = _pobj_of(gov) or (verb is not None and _subject_of(verb)) or None
        return own or target, direction, verb
    if gov.pos_ in ("VERB", "AUX"):
        return own or _subject_of(gov), direction, gov
    return own, direction, None


def _count_unit(noun: Token | None) -> str:
    if noun is None:
        return "count"
    lemma = noun.lemma_.lower()
    if lemma in word_set(LEXICON, "people_nouns"):
        return "people"
    return load_yaml(LEXICON)["units"].get(lemma, "count")


def _count_type(verb: Token | None, unit: str) -> str:
    if verb is None or unit != "people":
        return ""
    return load_yaml(LEXICON)["count_types"].get(verb.lemma_.lower(), "")


def _unit_words() -> set[str]:
    lex = load_yaml(LEXICON)
    return set(lex["currency_words"]) | set(lex["scales"]) | word_set(LEXICON, "percent_words")


def _counted(noun: Token | None, span: Span) -> Token | None:
    """The object of an amount, unless it is part of this or another amount ("£550m", "dlrs")."""
    if noun is None or span.start <= noun.i < span.end or noun.ent_type_ in _AMOUNT_LABELS:
        return None
    return None if noun.lower_ in _unit_words() else noun


def _amount(doc: Doc, ent: Span) -> Amount | None:
    span = _extend_with_unit(doc, ent)
    parsed = normalise_amount(span.text)
    if parsed is None:
        return None
    value, unit = parsed
    noun, direction, verb = object_and_direction(span)
    noun = _counted(noun, span)
    if ent.label_ == "CARDINAL" and not unit:
        if span.root.dep_ not in ("nummod", "quantmod") or span.root.head.pos_ not in ("NOUN", "PROPN"):
            return None
        noun = span.root.head
        unit = _count_unit(noun)
        verb = verb or (noun.head if noun.head.pos_ == "VERB" else None)
    return Amount(value=value, unit=unit or "count", text=span.text, start=span.start_char,
                  end=span.end_char, object=_phrase(noun) if noun is not None else None,
                  direction=direction, count_type=_count_type(verb, unit))


def extract_amounts(doc: Doc) -> list[Amount]:
    """Every amount in the Doc, in text order."""
    amounts = []
    for ent in doc.ents:
        if ent.label_ in _AMOUNT_LABELS and not _is_year(ent) and "/" not in ent.text:
            amount = _amount(doc, ent)
            if amount is not None:
                amounts.append(amount)
    return amounts
