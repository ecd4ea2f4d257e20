"""Limits on what one input may cost: bytes, record length, nesting, token and sentence length.

The readers stop an input past ``Limits.input_bytes`` (decompressed) or a record past
``Limits.record_bytes`` and reject it; compressed layers deeper than ``Limits.nesting`` are
rejected. Before parsing, runs of characters without a space are broken (spaCy's tokenizer is
quadratic on long runs of punctuation); stretches of more than ``max_sentence_tokens`` tokens
without any mark that may end a sentence get forced sentence starts before the parser runs
(``cut_long_stretches``: nothing is parsed twice); and a sentence the parser still makes longer
than that (it may join sentences across a full stop) is cut and parsed again (``cap_sentences``:
rare). The coder's work per sentence grows with its length, so with both, coding time grows
linearly with an article's length.
The defaults are in ``Options`` (eventwire/options.py) and the README.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MiB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What the readers accept from one input file."""
    input_bytes: int = 1024 * MiB     # decompressed bytes read from one input file
    record_bytes: int = 32 * MiB      # one file read whole (text, HTML, feed), JSONL line, CSV row, WARC record
    nesting: int = 4                  # compression layers (gzip inside gzip …)

    @classmethod
    def of(cls, options) -> "Limits":
        """The limits an Options object sets."""
        return cls(input_bytes=options.max_input_bytes, record_bytes=options.max_record_bytes,
                   nesting=options.max_nesting)


class LimitExceeded(ValueError):
    """An input passes one of the limits; the reader turns it into a rejected row."""


def break_long_runs(text: str, max_run: int) -> str:
    """The text with a space put in place of every ``max_run``-th character of any run of
    characters without whitespace longer than ``max_run``: the same length, so offsets hold."""
    if max_run <= 0 or len(text) <= max_run:
        return text
    pattern = re.compile(r"\S{%d,}" % (max_run + 1))
    return pattern.sub(lambda m: _spaced(m.group(), max_run), text)


def _spaced(run: str, every: int) -> str:
    chars = list(run)
    for i in range(every, len(chars), every + 1):
        chars[i] = " "
    return "".join(chars)


# A token with one of these may end a sentence; a stretch of tokens with none cannot (but for the
# parser's own judgement, which cut_long_stretches overrides only past max_sentence_tokens).
SENTENCE_MARKS = ".!?;:\n"
_NO_MARK_RUN = {}


def may_need_cuts(text: str, max_tokens: int) -> bool:
    """False when no stretch of ``max_tokens`` tokens without a sentence mark can be in ``text``:
    such a stretch spans at least ``max_tokens`` characters none of which is a mark (every token
    has a character, and a token with a mark is not in a stretch). A cheap test on characters,
    so that most articles are not tokenized ahead of the pipeline."""
    if max_tokens <= 0 or len(text) < max_tokens:
        return False
    if max_tokens not in _NO_MARK_RUN:
        _NO_MARK_RUN[max_tokens] = re.compile(r"[^%s]{%d,}" % (re.escape(SENTENCE_MARKS), max_tokens))
    return _NO_MARK_RUN[max_tokens].search(text) is not None


def cut_long_stretches(doc, max_tokens: int) -> int:
    """Force a sentence start on every ``max_tokens``-th token of each stretch of more than
    ``max_tokens`` tokens without a sentence mark, on a tokenized doc before the parser runs
    (the parser keeps the starts it is given). The number of cuts: 0 leaves the doc as it was,
    which is the case for ordinary news."""
    if max_tokens <= 0:
        return 0
    run = cuts = 0
    for tok in doc:
        if any(mark in tok.text for mark in SENTENCE_MARKS):
            run = 0
            continue
        run += 1
        if run > max_tokens:
            tok.is_sent_start = True
            run, cuts = 1, cuts + 1
    return cuts


def long_sentence_starts(doc, max_tokens: int) -> list[bool] | None:
    """Sentence starts that cut every sentence longer than ``max_tokens`` into pieces of at
    most that many tokens, or None when no sentence is that long."""
    starts = [tok.is_sent_start is True for tok in doc]
    if not doc or max_tokens <= 0:
        return None
    cut = False
    for sent in doc.sents:
        for i in range(sent.start + max_tokens, sent.end, max_tokens):
            starts[i], cut = True, True
    if not cut:
        return None
    starts[0] = True
    return starts


def cap_sentences(nlp, doc, max_tokens: int):
    """The doc, parsed again with over-long sentences cut (itself when none is too long).

    The parser keeps the sentence starts it is given, so the new parse has the same sentences
    as before plus the cuts; the text and the character offsets are unchanged. Only the parser
    and the components after it run again: the token vectors and tags do not depend on sentences.
    """
    from spacy.tokens import Doc

    starts = long_sentence_starts(doc, max_tokens)
    if starts is None:
        return doc
    again = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                tags=[t.tag_ for t in doc], sent_starts=[True if s else None for s in starts])
    again.tensor = doc.tensor
    names = nlp.pipe_names
    first = names.index("parser") if "parser" in names else 0
    for _, proc in nlp.pipeline[first:]:
        again = proc(again)
    return again
