"""Flat memory over long runs: coding articles leaves nothing behind that grows with them.

No timing and no RSS here (bench/memory.py measures that): these tests count what is kept —
parsed Docs, vocabulary strings, cached date parsers — which is what made RSS climb.
"""
from __future__ import annotations

import gc
from datetime import date, timedelta

from eventwire.memory import ActorMemory
from eventwire.options import Options
from eventwire.pipeline import lexicons_for, run
from eventwire.records import Article, ArticleResult

TEXT = ("Russian Foreign Minister Sergey Lavrov met Chinese officials in Beijing on Monday. "
        "Lavrov said Moscow would send food and medicine to the region.\n\n"
        "Police arrested 25 protesters in the capital of Kenya on Sunday, witnesses said. "
        "Opposition leaders condemned the arrests and demanded their release.")


def articles(round_: int, n: int = 3) -> list[Article]:
    """The same texts each round, under new ids and dates (as bench/memory.py varies them)."""
    return [Article(id=f"a{k}-r{round_}", text=TEXT, title="Talks and arrests",
                    date=f"{2010 + round_}-0{1 + k}-1{round_ % 10}") for k in range(n)]


def live_docs() -> int:
    from spacy.tokens import Doc
    return sum(1 for o in gc.get_objects() if isinstance(o, Doc))


def code(items: list[Article], options: Options, lexicons) -> list[ArticleResult]:
    results = list(run(items, options, lexicons))
    assert all(isinstance(r, ArticleResult) for r in results)
    return results


def test_coded_docs_are_freed_without_the_garbage_collector(nlp):
    """A Doc must not outlive its article in a reference cycle (the coder's values on ``doc._``
    point back into the Doc): such Docs wait for the collector's rare full passes, hundreds at
    a time. With the collector off, every Doc made for the run is gone once its results are."""
    options = Options(gkg=True)
    lexicons = lexicons_for(options, ActorMemory())
    code(articles(0), options, lexicons)          # warm: the model's first run sets things up once
    gc.collect()
    gc.disable()
    try:
        before = live_docs()
        results = code(articles(1), options, lexicons)
        assert sum(len(r.events) for r in results) > 0 and sum(len(r.mentions) for r in results) > 0
        del results
        left = live_docs() - before
    finally:
        gc.enable()
    assert left == 0, f"{left} parsed Docs kept alive by reference cycles"


def test_coding_the_same_texts_again_adds_no_strings_or_words(nlp):
    """Ids and dates are not interned into spaCy's StringStore, nor anything else per article:
    the same texts under new ids and dates leave the vocabulary as it was."""
    options = Options(gkg=True)
    lexicons = lexicons_for(options, ActorMemory())
    first = code(articles(0), options, lexicons)
    strings, words = len(nlp.vocab.strings), len(nlp.vocab)
    again = code(articles(1), options, lexicons) + code(articles(2), options, lexicons)
    assert (len(nlp.vocab.strings), len(nlp.vocab)) == (strings, words)
    assert [e.code for e in again[-1].events] == [e.code for e in first[-1].events]


def test_date_parsers_are_kept_for_a_bounded_number_of_publication_dates():
    """Relative dates ("three days ago") are resolved by a parser made for the publication date;
    a long run meets ever new dates, and only the latest few parsers are kept."""
    from eventwire.gkg import dates

    start = date(2020, 1, 1)
    pubs = [start + timedelta(days=k) for k in range(dates.PARSERS_KEPT + 20)]
    found = [dates.resolve_date("three days ago", pub) for pub in pubs]
    assert found == [((pub - timedelta(days=3)).isoformat(), "day") for pub in pubs]
    assert dates._date_data_parser_for.cache_info().currsize <= dates.PARSERS_KEPT
    # an evicted date's parser is made again, with the same answer
    assert dates.resolve_date("five days ago", pubs[0]) == ((pubs[0] - timedelta(days=5)).isoformat(), "day")

