"""The DuckDB store: idempotent writes, rejections once, filters — in memory, no model."""
from eventwire.records import Actor, Article, ArticleResult, Event, Mention, Rejected, Sentence
from eventwire.store import EventFilter, Store


def result(doc_id="a1", text="Iran attacked Iraq.", date="2024-03-05") -> ArticleResult:
    article = Article(id=doc_id, text=text, date=date)
    sent = Sentence(doc_id, 0, text, 0, len(text))
    src = Mention("Iran", 0, 4, Actor("IRN", "Iran", country="IRN"))
    tgt = Mention("Iraq", 14, 18, Actor("IRQ", "Iraq", country="IRQ"))
    ev = Event(doc_id, sent, "190", src, tgt, "attacked", date=date)
    return ArticleResult(article=article, sentences=[sent], events=[ev])


def test_same_article_twice_adds_nothing():
    with Store() as store:
        assert store.add_result(result()) == 1
        assert store.add_result(result()) == 0
        assert store.count("articles") == 1 and store.count("events") == 1


def test_rejections_are_stored_once():
    with Store() as store:
        r = Rejected("bad.jsonl:3", "read", "invalid JSON")
        assert store.add_rejected(r) and not store.add_rejected(r)
        assert store.rejected() == [{"origin": "bad.jsonl:3", "stage": "read", "reason": "invalid JSON",
                                     "doc_id": ""}]


def test_filters_by_actor_country_code_and_dates():
    with Store() as store:
        store.add_result(result())
        store.add_result(result("a2", "Iran attacked Iraq again.", "2024-06-01"))
        assert len(store.events(EventFilter(actor="IRN"))) == 2
        assert len(store.events(EventFilter(country="IRQ", since="2024-04-01"))) == 1
        assert len(store.events(EventFilter(root="19", until="2024-03-31"))) == 1
        assert store.events(EventFilter(code="04")) == []
        row = store.events(EventFilter(doc_id="a1"))[0]
        assert (row["Actor1Code"], row["EventCode"], row["Actor2Code"], row["SQLDATE"]) == ("IRN", "190", "IRQ", 20240305)
        assert row["QuadClass"] == 4 and row["GoldsteinScale"] == -10.0 and row["PloverType"] == "ASSAULT"


def test_database_file_survives_reopen(tmp_path):
    path = str(tmp_path / "ew.duckdb")
    with Store(path) as store:
        store.add_result(result())
    with Store(path) as store:   # migrations are not run twice, data is still there
        assert store.count("events") == 1
        assert store.add_result(result()) == 0
