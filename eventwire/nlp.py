"""spaCy: load the English pipeline once and parse articles in batches."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache


class ModelNotInstalled(RuntimeError):
    """The configured spaCy pipeline is not installed (nothing is ever downloaded)."""


@lru_cache(maxsize=2)
def load_nlp(name: str):
    """The spaCy pipeline ``name`` (package or path), loaded once per process.

    Its attribute_ruler is swapped for an exact, much faster equivalent built from the same
    patterns (see eventwire.fast_ruler): the stock one costs ~13% of parsing time. Its rule
    lemmatizer remembers the lemma of each (word, POS, morphology) triple (eventwire.fast_lemmatizer):
    the same lemmas, for about a tenth of the stock lemmatizer's time.
    """
    import spacy

    from .fast_lemmatizer import use_memo_lemmatizer
    from .fast_ruler import use_fast_attribute_ruler
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline '{name}' is not installed; install it as a package "
            f"(see requirements.txt) or set --model to an installed one") from exc
    use_fast_attribute_ruler(nlp)
    use_memo_lemmatizer(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


PARAGRAPHS = "eventwire_paragraph_breaks"


DATELINE_CHARS = 120      # the most of a paragraph's opening a dateline is looked for in


def paragraph_breaks(doc):
    """A blank line ends a sentence: a headline or subhead without a full stop ("Russia's invasion
    of Ukraine\n\nBiden devoted …") is not read into the sentence after it; nor is a dateline
    that opens a paragraph ("YANGON, Myanmar (AP) — Authorities …", as eventwire.furniture
    knows them). Set before the parser, which keeps the sentence starts it is given."""
    from .furniture import dateline_length

    text = doc.text        # (spaCy rebuilds it on every access)
    after_break, opening = False, True
    for tok in doc:
        if tok.is_space:
            after_break = after_break or tok.text.count("\n") >= 2
            continue
        if after_break:
            tok.is_sent_start = True
            after_break, opening = False, True
        if opening:
            length = dateline_length(text[tok.idx:tok.idx + DATELINE_CHARS])
            if length:
                after = next((t for t in doc[tok.i + 1:] if t.idx >= tok.idx + length), None)
                if after is not None:
                    after.is_sent_start = True
            opening = False
    return doc


def _register() -> None:
    from spacy.language import Language
    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=paragraph_breaks)


_register()


def parse(texts: Iterable[tuple[str, object]], name: str, batch_size: int = 32,
          n_process: int = 1, max_sentence_tokens: int = 0) -> Iterator[tuple[object, object]]:
    """(Doc, context) for each (text, context), in order, with nlp.pipe; with
    ``max_sentence_tokens``, over-long stretches without a sentence mark are cut before the
    parser runs, and docs the parser still gives longer sentences are parsed again with them cut
    (see eventwire.limits)."""
    from .limits import cap_sentences

    nlp = load_nlp(name)
    if max_sentence_tokens:
        texts = (pre_cut(nlp, text, max_sentence_tokens) for text in texts)
    for doc, context in nlp.pipe(texts, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield (cap_sentences(nlp, doc, max_sentence_tokens) if max_sentence_tokens else doc), context


def pre_cut(nlp, text_context: tuple[str, object], max_tokens: int) -> tuple[object, object]:
    """(text or Doc, context): a text that may hold an over-long stretch without a sentence mark
    is tokenized here and cut (nlp.pipe takes a Doc as well as a text); the rest pass as they are."""
    from .limits import cut_long_stretches, may_need_cuts

    text, context = text_context
    if not may_need_cuts(text, max_tokens):
        return text, context
    doc = nlp.make_doc(text)          # what nlp.pipe would make of the text
    cut_long_stretches(doc, max_tokens)
    return doc, context
