"""Engines: the local engine and the Ray engine give the same stored records for the same input."""
import pickle

import pytest

from eventwire import api
from eventwire.engines import UnknownEngine, engine_for
from eventwire.engines.local import LocalEngine
from eventwire.options import Options
from eventwire.records import Article, ArticleResult, Rejected
from eventwire.store import EventFilter, Store

SAMPLE = [
    ("kyiv", "2024-02-12", "Russian forces shelled Kharkiv on Monday, Ukrainian officials said. "
     "President Volodymyr Zelensky urged Western allies to send more air defence systems."),
    ("aid", "2024-03-02", "Japan pledged $200 million in humanitarian aid to Gaza on Saturday. "
     "The United Nations welcomed the pledge and called for a ceasefire."),
    ("talks", "2024-05-20", "China and India held talks on their disputed border in Beijing. "
     "Indian Foreign Minister Subrahmanyam Jaishankar met his Chinese counterpart Wang Yi."),
    ("later", "2024-05-21", "Jaishankar said India would not accept any change to the status quo. "
     "Police in Cairo arrested dozens of protesters after Egyptian demonstrators rioted."),
]


def sample_file(tmp_path):
    import json
    path = tmp_path / "sample.jsonl"
    lines = [json.dumps({"id": i, "date": d, "text": t, "source": "Wire"}) for i, d, t in SAMPLE]
    path.write_text("\n".join(lines + ["{not json"]) + "\n", encoding="utf-8")
    return path


def stored(db: str) -> dict:
    """Everything a run leaves in the database that does not depend on when it ran."""
    with Store(db) as store:
        # sorted by id: the store orders events by date, article and sentence, and leaves ties open
        return {"events": sorted(store.events(EventFilter(limit=10**6)), key=lambda e: e["GLOBALEVENTID"]),
                "gkg": store.gkg_records(),
                "rejected": store.rejected(),
                "memory": store.load_memory().rows(),
                "articles": store.db.execute("SELECT article_key, id, cluster_id, status, skipped, n_events "
                                             "FROM articles ORDER BY article_key").fetchall()}


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(UnknownEngine, match="unknown engine 'spark'"):
        engine_for(Options(engine="spark"))


def test_local_engine_is_the_default():
    assert isinstance(engine_for(Options()), LocalEngine)


def test_results_survive_the_round_trip_through_parquet_shards(tmp_path):
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq

    from eventwire.engines.ray import read_shards
    results = [ArticleResult(article=Article(id=f"a{i}", text=f"text {i}")) for i in range(5)]
    # two shards, written out of order: the reader gives input order back
    for name, seqs in (("b.parquet", [3, 1]), ("a.parquet", [4, 0, 2])):
        pq.write_table(pa.table({"seq": seqs, "result": [pickle.dumps(results[s]) for s in seqs]}),
                       tmp_path / name)
    assert [r.article.id for r in read_shards(str(tmp_path))] == ["a0", "a1", "a2", "a3", "a4"]


@pytest.mark.model
@pytest.mark.slow
def test_ray_engine_stores_the_same_records_as_the_local_engine(tmp_path, nlp):
    pytest.importorskip("ray")
    inputs = [str(sample_file(tmp_path))]
    local = api.ingest(inputs, str(tmp_path / "local.duckdb"), Options())
    remote = api.ingest(inputs, str(tmp_path / "ray.duckdb"), Options(engine="ray", n_process=2, batch_size=2))
    assert (remote.new, remote.rejected, remote.events) == (local.new, local.rejected, local.events) == (4, 1, local.events)
    a, b = stored(str(tmp_path / "local.duckdb")), stored(str(tmp_path / "ray.duckdb"))
    assert a["events"] and any(e["EventRootCode"] == "19" for e in a["events"])
    for part in ("events", "gkg", "rejected", "memory", "articles"):
        assert b[part] == a[part], part
    again = api.ingest(inputs, str(tmp_path / "ray.duckdb"), Options(engine="ray", n_process=2))
    assert (again.new, again.events) == (0, 0)          # nothing stored twice


def test_rejected_inputs_pass_through_the_ray_engine_without_ray(monkeypatch):
    """Rejected and skipped items never leave the driver; a window of none starts no dataset."""
    from eventwire.engines import ray as ray_engine
    engine = ray_engine.RayEngine(address="already-there")
    monkeypatch.setattr(ray_engine, "connect", lambda address, workers: (None, False))
    bad = Rejected(origin="x.jsonl:3", stage="read", reason="invalid JSON")
    assert list(engine.code([("", bad)], Options(), None)) == [bad]
