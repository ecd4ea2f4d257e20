"""A re-codable store: every event stored with its mode, confidence and coder version; filters
when reading; recode replaces one article's events in one transaction; GDELT's Mentions table."""
import io
import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire import CODER_VERSION, api
from eventwire.cli import app
from eventwire.export import GDELT_MENTION_COLUMNS
from eventwire.options import Options
from eventwire.records import Actor, Article, ArticleResult, Event, Mention, Sentence
from eventwire.store import EventFilter, Store

runner = CliRunner()


def event(doc_id, sent, code, src, tgt, trigger, mode="", confidence=0.9):
    return Event(doc_id, sent, code, src, tgt, trigger, mode=mode, confidence=confidence, date="2024-03-05")


def mixed_result(doc_id="a1") -> ArticleResult:
    """One article with a real event, a negated one and an unsure one."""
    text = "Iran attacked Iraq. Iran did not attack Syria. Iran praised Turkey."
    s1, s2, s3 = Sentence(doc_id, 0, text[:19], 0, 19), Sentence(doc_id, 1, text[20:46], 20, 46), \
        Sentence(doc_id, 2, text[47:], 47, len(text))
    irn = lambda at: Mention("Iran", at, at + 4, Actor("IRN", "Iran", country="IRN"))
    evs = [event(doc_id, s1, "190", irn(0), Mention("Iraq", 14, 18, Actor("IRQ", "Iraq", country="IRQ")), "attacked"),
           event(doc_id, s2, "190", irn(20), Mention("Syria", 40, 45, Actor("SYR", "Syria", country="SYR")),
                 "attack", mode="negated"),
           event(doc_id, s3, "051", irn(47), Mention("Turkey", 60, 66, Actor("TUR", "Turkey", country="TUR")),
                 "praised", confidence=0.1)]
    return ArticleResult(article=Article(id=doc_id, text=text, date="2024-03-05", url="https://x.test/a1"),
                         sentences=[s1, s2, s3], events=evs)


def test_the_store_keeps_every_event_and_filters_when_reading():
    with Store() as store:
        assert store.add_result(mixed_result()) == 3
        codes = lambda f: sorted(e["EventCode"] + e["Actor2Code"] for e in store.events(f))
        assert codes(EventFilter()) == ["190IRQ"]                                  # today's defaults
        assert codes(EventFilter(include_modal=True)) == ["190IRQ", "190SYR"]
        assert codes(EventFilter(min_confidence=0)) == ["051TUR", "190IRQ"]
        assert codes(EventFilter(min_confidence=0, include_modal=True)) == ["051TUR", "190IRQ", "190SYR"]
        assert store.count_events() == 3 and store.count_events(EventFilter()) == 1
        versions = store.db.execute("SELECT DISTINCT coder_version FROM events").fetchall()
        assert versions == [(CODER_VERSION,)]
        assert store.db.execute("SELECT coder_version FROM articles").fetchone()[0] == CODER_VERSION


def test_replace_events_swaps_one_articles_events_and_keeps_the_rest():
    with Store() as store:
        store.add_result(mixed_result("a1"))
        store.add_result(mixed_result("b2"))
        [(key, article)] = [(k, a) for k, a in store.articles_to_recode() if a.id == "a1"]
        assert article.text.startswith("Iran attacked") and article.url == "https://x.test/a1"
        first = mixed_result("a1").events[0]
        first.code = "195"                      # a "new coder" codes the attack differently
        assert store.replace_events(key, [first]) == (3, 1)
        a1 = store.events(EventFilter(doc_id="a1", min_confidence=0, include_modal=True))
        assert [e["EventCode"] for e in a1] == ["195"]
        assert len(store.events(EventFilter(doc_id="b2", min_confidence=0, include_modal=True))) == 3
        assert store.count("articles") == 2


def test_replace_events_rolls_back_on_failure():
    with Store() as store:
        store.add_result(mixed_result("a1"))
        [(key, _)] = store.articles_to_recode()
        broken = mixed_result("a1").events[0]
        broken.sentence = None                  # fails while building the rows, before anything is written
        with pytest.raises(AttributeError):
            store.replace_events(key, [broken])
        assert store.count_events() == 3


def test_stale_only_picks_articles_of_other_coder_versions():
    with Store() as store:
        store.add_result(mixed_result("a1"))
        store.add_result(mixed_result("b2"))
        assert store.articles_to_recode(stale_only=True) == []
        store.db.execute("UPDATE articles SET coder_version = 'old' WHERE id = 'b2'")
        assert [a.id for _, a in store.articles_to_recode(stale_only=True)] == ["b2"]
        [(first, _)] = store.articles_to_recode(limit=1)
        [(second, _)] = store.articles_to_recode(first, limit=1)
        assert first < second and store.articles_to_recode(second) == []


def test_mentions_table_has_gdelt_columns_and_offsets(tmp_path):
    db = str(tmp_path / "m.duckdb")
    with Store(db) as store:
        store.add_result(mixed_result())
    out = io.StringIO()
    assert api.export(db, "mentions", "gdelt", out, EventFilter(include_modal=True)) == 2
    rows = [line.split("\t") for line in out.getvalue().splitlines()]
    assert all(len(r) == len(GDELT_MENTION_COLUMNS) == 16 for r in rows)
    out = io.StringIO()
    api.export(db, "mentions", "jsonl", out)
    [m] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (m["SentenceID"], m["Actor1CharOffset"], m["Actor2CharOffset"], m["ActionCharOffset"]) == (1, 0, 14, 5)
    assert m["Confidence"] == 90 and m["MentionIdentifier"] == "https://x.test/a1" and m["MentionType"] == 1
    assert m["MentionDocLen"] == len(mixed_result().article.text) and m["DocId"] == "a1"
    assert m["GLOBALEVENTID"] == api.list_events(db)[0]["GLOBALEVENTID"]


def test_an_old_database_is_migrated_and_recodable(tmp_path):
    """A database made before migration 3 gets the new columns; its articles count as stale."""
    from eventwire import store as store_module
    path = str(tmp_path / "old.duckdb")
    db = duckdb.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
    for version, statements in enumerate(store_module.MIGRATIONS[:2], 1):
        for sql in statements:
            db.execute(sql)
        db.execute("INSERT INTO schema_migrations VALUES (?)", [version])
    db.execute("INSERT INTO articles (article_key, id, text, status, skipped) VALUES ('k1', 'old', 'x', 'new', '')")
    db.close()
    with Store(path) as store:
        assert [a.id for _, a in store.articles_to_recode(stale_only=True)] == ["old"]


@pytest.mark.model
def test_reingest_with_other_filters_shows_more_and_recode_replaces(tmp_path, nlp):
    src = tmp_path / "in.txt"
    src.write_text("Iran threatened to attack Israel on Monday. The army may attack the town of Hama.",
                   encoding="utf-8")
    db = str(tmp_path / "ew.duckdb")
    first = runner.invoke(app, ["code", str(src), "--db", db, "--format", "jsonl"])
    default = [json.loads(line) for line in first.stdout.splitlines() if line.strip()]
    again = runner.invoke(app, ["code", str(src), "--db", db, "--format", "jsonl", "--include-modal",
                                "--min-confidence", "0"])
    everything = [json.loads(line) for line in again.stdout.splitlines() if line.strip()]
    assert len(everything) > len(default) >= 1                      # without coding again
    assert any(e["Mode"] == "hypothetical" for e in everything)
    ingest = runner.invoke(app, ["ingest", str(src), "--db", db])
    assert "0 new, 1 duplicate" in ingest.stdout
    with Store(db) as store:                                        # an older coder's events
        store.db.execute("UPDATE events SET EventCode = '999', coder_version = 'old'")
        store.db.execute("UPDATE articles SET coder_version = 'old'")
        gkg_before = store.count("gkg")
    res = runner.invoke(app, ["recode", "--db", db, "--stale"])
    assert res.exit_code == 0, res.output
    assert "1 articles re-coded" in res.stdout
    rows = api.list_events(db, EventFilter(include_modal=True, min_confidence=0))
    assert sorted(e["GLOBALEVENTID"] for e in rows) == sorted(e["GLOBALEVENTID"] for e in everything)
    assert all(e["EventCode"] != "999" for e in rows)
    with Store(db) as store:
        assert store.count("gkg") == gkg_before and store.count("articles") == 1
        assert store.db.execute("SELECT DISTINCT coder_version FROM events").fetchall() == [(CODER_VERSION,)]
    assert "0 articles re-coded" in runner.invoke(app, ["recode", "--db", db, "--stale"]).stdout
