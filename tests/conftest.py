"""Shared fixtures: the ../shared folder, the spaCy model (loaded once), hand-built parses."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared material not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import ModelNotInstalled, load_nlp
    from eventwire.options import DEFAULT_MODEL
    try:
        return load_nlp(DEFAULT_MODEL)
    except ModelNotInstalled as exc:
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def lexicons():
    from eventwire.lexicon import load_lexicons
    return load_lexicons()


def make_doc(spec: str):
    """A parsed Doc built by hand, without the model.

    ``spec`` has one token a line: ``text lemma POS dep head_index [ENT]`` (head index is
    0-based over the whole doc; a token that is its own head is a root). A blank line starts
    a new sentence.
    """
    import spacy
    from spacy.tokens import Doc, Span
    lines = spec.strip().splitlines()
    starts = [i == 0 or not lines[i - 1].strip() for i, line in enumerate(lines) if line.strip()]
    rows = [line.split() for line in lines if line.strip()]
    vocab = spacy.blank("en").vocab
    words = [r[0] for r in rows]
    doc = Doc(vocab, words=words, spaces=[True] * (len(words) - 1) + [False],
              lemmas=[r[1] for r in rows], pos=[r[2] for r in rows], deps=[r[3] for r in rows],
              heads=[int(r[4]) for r in rows], sent_starts=starts)
    ents, i = [], 0
    while i < len(rows):
        if len(rows[i]) > 5:
            j = i
            while j + 1 < len(rows) and len(rows[j + 1]) > 5 and rows[j + 1][5] == rows[i][5]:
                j += 1
            ents.append(Span(doc, i, j + 1, label=rows[i][5]))
            i = j + 1
        else:
            i += 1
    doc.ents = ents
    return doc


def coded_events(spec: str, lexicons) -> list:
    """The events the coder's components give for a hand-built parse (see ``make_doc``)."""
    from eventwire.coder.components import coder

    doc = make_doc(spec)
    for component in coder(lexicons):
        doc = component(doc)
    return doc._.events
