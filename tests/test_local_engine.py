"""The local engine with worker processes: the same results as in one process, in input order,
with a bounded read-ahead, and a worker that dies costs only the articles of its chunk."""
import multiprocessing
import os

import pytest

from eventwire import pipeline
from eventwire.engines.local import LocalEngine
from eventwire.lexicon import load_lexicons, with_memory
from eventwire.memory import ActorMemory
from eventwire.options import Options
from eventwire.records import Article, ArticleResult, Rejected

pytestmark = [pytest.mark.model, pytest.mark.slow]

# every person is named with their title in the article that names them: no article needs
# another's memory, so how articles are shared among workers cannot change their events
TEXTS = [
    "Russian forces shelled Kharkiv on Monday, Ukrainian officials said.",
    "Japan pledged $200 million in humanitarian aid to Gaza on Saturday.",
    "China and India held talks on their disputed border in Beijing.",
    "Police in Cairo arrested dozens of protesters after Egyptian demonstrators rioted.",
    "The United Nations condemned the attack on a school in Khartoum.",
    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.",
    "Iran accused Israel of killing a general in Damascus.",
    "Turkish troops crossed into northern Iraq, the Iraqi government said.",
    "Brazil expelled the Venezuelan ambassador on Tuesday.",
    "North Korea fired a ballistic missile into the sea, South Korea's military said.",
]


def articles(n: int = len(TEXTS), prefix: str = "a") -> list[Article]:
    return [Article(id=f"{prefix}{i}", text=TEXTS[i % len(TEXTS)], date="2024-05-01", origin=f"t.jsonl:{i}")
            for i in range(n)]


def fresh_lexicons():
    return with_memory(load_lexicons(), ActorMemory())


def coded(n_process: int, items, batch_size: int = 2) -> list:
    options = Options(n_process=n_process, batch_size=batch_size)
    return list(pipeline.run(items, options, fresh_lexicons()))


def events_of(results) -> list[tuple]:
    return [(r.article.id, e.code, e.source.actor.code if e.source else "", e.target.actor.code if e.target else "",
             e.sentence.text) for r in results if isinstance(r, ArticleResult) for e in r.events]


def test_two_workers_code_the_same_events_as_one_process(nlp):
    one, two = coded(1, articles()), coded(2, articles())
    assert [r.article.id for r in two] == [r.article.id for r in one] == [f"a{i}" for i in range(len(TEXTS))]
    assert events_of(one) and events_of(two) == events_of(one)
    assert [len(r.mentions) for r in two] == [len(r.mentions) for r in one]
    assert not multiprocessing.active_children()          # the pool is gone with the run


def test_rejected_and_skipped_items_keep_their_place(nlp):
    bad = [Rejected(origin=f"x.jsonl:{i}", stage="read", reason="invalid JSON") for i in range(3)]
    french = Article(id="fr", text="Le président a rencontré le premier ministre.", lang="fr")
    good = articles(5)
    items = [bad[0], good[0], good[1], bad[1], french, good[2], good[3], bad[2], good[4]]
    out = coded(2, items)
    assert [getattr(r, "origin", "") if isinstance(r, Rejected) else r.article.id for r in out] == \
        ["x.jsonl:0", "a0", "a1", "x.jsonl:1", "fr", "a2", "a3", "x.jsonl:2", "a4"]
    assert out[0] is bad[0] and out[3] is bad[1] and out[7] is bad[2]       # never sent to a worker
    assert out[4].skipped and not out[4].events


def test_the_stream_is_read_only_a_few_chunks_ahead_of_the_workers(nlp):
    pulled = []

    def endless():
        i = 0
        while True:
            pulled.append(i)
            yield Article(id=f"e{i}", text=TEXTS[i % len(TEXTS)])
            i += 1

    stream = pipeline.run(endless(), Options(n_process=2, batch_size=2), fresh_lexicons())
    first = [next(stream) for _ in range(3)]
    assert [r.article.id for r in first] == ["e0", "e1", "e2"]
    # two chunks of two articles in flight per worker, and one more being refilled
    assert len(pulled) <= (2 * 2 + 1) * 2 + 1
    stream.close()                                          # a caller that stops reading stops the workers
    assert not multiprocessing.active_children()


def dies_on(monkeypatch, doomed: str, once_marker=None):
    """The workers (forked from this process) exit abruptly when they code the article ``doomed``
    (only the first time when ``once_marker`` names a file to create)."""
    real = pipeline.code_article

    def code_article(article, doc, options, lexicons):
        if article.id == doomed and (once_marker is None or not once_marker.exists()):
            if once_marker is not None:
                once_marker.touch()
            os._exit(3)
        return real(article, doc, options, lexicons)

    monkeypatch.setattr(pipeline, "code_article", code_article)


def test_a_worker_that_dies_costs_only_its_chunk(nlp, monkeypatch):
    dies_on(monkeypatch, "a5")
    out = coded(2, articles(), batch_size=2)
    assert [getattr(r, "doc_id", "") or r.article.id for r in out] == [f"a{i}" for i in range(len(TEXTS))]
    lost = [r for r in out if isinstance(r, Rejected)]
    # chunks of two articles: a5's chunk-mate a4 is lost with it, every other article is coded once
    assert [r.doc_id for r in lost] == ["a4", "a5"]
    assert all(r.stage == "code" and "worker process died" in r.reason for r in lost)
    monkeypatch.undo()
    kept = [r for r in out if isinstance(r, ArticleResult)]
    assert events_of(kept) == events_of(r for r in coded(1, articles()) if r.article.id not in ("a4", "a5"))
    assert not multiprocessing.active_children()


def test_a_chunk_whose_worker_died_once_is_coded_again(nlp, monkeypatch, tmp_path):
    dies_on(monkeypatch, "a3", once_marker=tmp_path / "died")
    out = coded(2, articles(), batch_size=2)
    assert (tmp_path / "died").exists()
    assert all(isinstance(r, ArticleResult) for r in out)
    assert [r.article.id for r in out] == [f"a{i}" for i in range(len(TEXTS))]


def test_ingest_with_two_workers_stores_the_same_rows(nlp, tmp_path):
    from test_engines import sample_file, stored

    from eventwire import api
    inputs = [str(sample_file(tmp_path))]
    one = api.ingest(inputs, str(tmp_path / "one.duckdb"), Options())
    two = api.ingest(inputs, str(tmp_path / "two.duckdb"), Options(n_process=2, batch_size=1))
    assert (two.new, two.rejected, two.events) == (one.new, one.rejected, one.events) == (4, 1, one.events)
    a, b = stored(str(tmp_path / "one.duckdb")), stored(str(tmp_path / "two.duckdb"))
    assert a["events"]
    for part in ("events", "gkg", "rejected", "memory", "articles"):
        assert b[part] == a[part], part
    again = api.ingest(inputs, str(tmp_path / "two.duckdb"), Options(n_process=2))
    assert (again.new, again.events) == (0, 0)


def test_workers_that_cannot_start_are_a_clear_error(nlp, monkeypatch):
    from eventwire.engines import EngineUnavailable, local

    def start_worker(*args):
        raise RuntimeError("no model here")

    monkeypatch.setattr(local, "start_worker", start_worker)
    with pytest.raises(EngineUnavailable, match="worker processes cannot start"):
        coded(2, articles(2))
    assert not multiprocessing.active_children()


def test_one_process_runs_in_this_process(monkeypatch):
    """n_process == 1 is today's path: no pool is started."""
    from eventwire.engines import local
    monkeypatch.setattr(local, "WorkerPool", None)
    monkeypatch.setattr(local, "code_stream", lambda pending, options, lexicons, n: iter(["coded here"]))
    assert list(LocalEngine(1).code([], Options(), None)) == ["coded here"]
