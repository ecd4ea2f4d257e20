"""The fast attribute ruler annotates exactly like spaCy's AttributeRuler, on real news and on
made-up tokens that trigger every pattern (including the rare multi-token ones)."""
from __future__ import annotations

import ast
import json
import pickle
import random
import re
from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from eventwire.fast_ruler import FastAttributeRuler, use_fast_attribute_ruler
from eventwire.options import DEFAULT_MODEL

pytestmark = pytest.mark.model

ROOT = Path(__file__).resolve().parents[1]
ATTRS = ["POS", "TAG", "MORPH", "LEMMA", "DEP"]


def shipped_news() -> list[str]:
    """The news text that ships with the project: the bundled samples, the example wire and
    the news sentences the other tests parse (each a real or realistic news sentence)."""
    samples = sorted((ROOT / "eventwire" / "sample").iterdir())
    texts = [path.read_text(encoding="utf-8") for path in samples]
    with open(ROOT / "examples" / "wire.jsonl", encoding="utf-8") as lines:
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if path.name != Path(__file__).name:
            texts += sentence_literals(path.read_text(encoding="utf-8"))
    return texts


def sentence_literals(source: str) -> list[str]:
    """String literals that read as sentences (capitalised, six words or more, final stop)."""
    sentence = re.compile(r"\s*[A-Z].*[.!?\"”]\s*$", re.DOTALL)
    return [node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and len(node.value.split()) >= 6 and sentence.match(node.value)]


def token_rows(doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def stock():
    """The pipeline as shipped, with spaCy's own AttributeRuler (and eventwire's paragraph
    breaks before the parser, as load_nlp adds them: only the ruler is compared here)."""
    from eventwire.nlp import PARAGRAPHS
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


def test_load_nlp_uses_the_fast_ruler(nlp, stock):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert nlp.pipe_names == stock.pipe_names
    assert nlp.get_pipe("attribute_ruler").patterns == stock.get_pipe("attribute_ruler").patterns


def test_same_annotations_on_shipped_news(nlp, stock):
    texts = shipped_news()
    fast_docs, stock_docs = list(nlp.pipe(texts)), list(stock.pipe(texts))
    assert sum(len(list(doc.sents)) for doc in stock_docs) >= 150
    for fast_doc, stock_doc in zip(fast_docs, stock_docs):
        assert token_rows(fast_doc) == token_rows(stock_doc)


def random_docs(nlp, n_docs: int = 300, length: int = 24):
    """Docs whose tokens are random or made to meet a random pattern (whole multi-token
    patterns included), with tags and dependency labels set by hand, so that every pattern
    fires, alone, overlapping and overriding others."""
    patterns = [alt for p in nlp.get_pipe("attribute_ruler").patterns for alt in p["patterns"]]
    pools = {"LOWER": sorted(mentioned_words(patterns) | LOOK_ALIKES),
             "TAG": sorted(nlp.get_pipe("tagger").labels) + [""],
             "DEP": sorted(nlp.get_pipe("parser").labels) + [""]}
    rng = random.Random(7)
    for _ in range(n_docs):
        tokens = []
        while len(tokens) < length:
            specs = rng.choice(patterns) if rng.random() < 0.6 else [{}]
            tokens += [realize(spec, pools, rng) for spec in specs]
        doc = Doc(nlp.vocab, words=[rng.choice([t["LOWER"], t["LOWER"].title()]) for t in tokens])
        for token, values in zip(doc, tokens):
            token.tag_, token.dep_ = values["TAG"], values["DEP"]
        yield doc


LOOK_ALIKES = {"n't", "nt", "nothin'", "nuthin'", "y'", "y", "the", "said", "talks", " ", "\n\n"}


def mentioned_words(patterns) -> set[str]:
    """The LOWER values the patterns name."""
    words = set()
    for spec in (spec for pattern in patterns for spec in pattern):
        lower = spec.get("LOWER", {})
        words.update([lower] if isinstance(lower, str) else lower.get("IN", ()))
    return words


def realize(spec: dict, pools: dict[str, list[str]], rng: random.Random) -> dict[str, str]:
    """LOWER, TAG and DEP values for a token meeting a pattern's token spec."""
    values = {key: pick(spec.get(key), pool, rng) for key, pool in pools.items()}
    if spec.get("IS_SPACE"):
        values["LOWER"] = rng.choice([" ", "\n", "\t"])
    return values


def pick(wanted, pool: list[str], rng: random.Random) -> str:
    """A value meeting a pattern value (plain, IN, NOT_IN or REGEX), or any value of the pool."""
    if wanted is None:
        return rng.choice(pool)
    if isinstance(wanted, str):
        return wanted
    if "IN" in wanted:
        return rng.choice(wanted["IN"])
    if "NOT_IN" in wanted:
        return rng.choice([v for v in pool if v not in wanted["NOT_IN"]])
    return rng.choice([v for v in pool if re.search(wanted["REGEX"], v)])


def fast_copy(stock) -> FastAttributeRuler:
    fast = FastAttributeRuler(stock.vocab)
    fast.add_patterns(stock.get_pipe("attribute_ruler").patterns)
    return fast


def test_same_annotations_on_every_pattern(stock):
    ruler, fast = stock.get_pipe("attribute_ruler"), fast_copy(stock)
    fired = set()
    for doc in random_docs(stock):
        fired.update(int(stock.vocab.strings[m]) for m, _, _ in ruler.matcher(doc, allow_missing=True))
        expected, got = ruler(doc.copy()), fast(doc.copy())
        assert (got.to_array(ATTRS) == expected.to_array(ATTRS)).all()
    assert fired == set(range(len(ruler.patterns)))


def test_round_trips(stock, tmp_path):
    fast = fast_copy(stock)
    assert pickle.loads(pickle.dumps(fast)).patterns == fast.patterns
    assert FastAttributeRuler(stock.vocab).from_bytes(fast.to_bytes()).patterns == fast.patterns
    fast.to_disk(tmp_path)
    assert FastAttributeRuler(stock.vocab).from_disk(tmp_path).patterns == fast.patterns


def test_unsupported_patterns_keep_the_stock_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert not use_fast_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)
