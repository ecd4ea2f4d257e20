"""Analysis functions give the same numbers as plain SQL over a hand-made events table."""
import random

import pandas as pd
import pytest

from eventwire import analysis
from eventwire.analysis import AnalysisError
from eventwire.records import Actor, Article, ArticleResult, Event, Mention, Sentence
from eventwire.store import EventFilter, Store

ACTORS = ["RUSGOV", "RUSMIL", "UKRGOV", "UKR", "USA", "CHN", "IGOUNO"]
CODES = ["010", "036", "042", "057", "112", "130", "173", "190", "195"]
PLACES = [("Kyiv", "UKR", 50.45, 30.52), ("Moscow", "RUS", 55.75, 37.62), None]


class Place:
    def __init__(self, name, country, lat, lon):
        self.name, self.country, self.lat, self.lon = name, country, lat, lon


def actor(code):
    return Actor(code, code, country="" if code.startswith("IGO") else code[:3], known_group="UNO" if
                 code.startswith("IGO") else "")


def article(rng: random.Random, n: int, cluster: str = "") -> ArticleResult:
    date = f"2024-{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}"
    doc_id = f"doc{n}"
    text = " ".join(f"Sentence {i} here." for i in range(6))
    events, sentences = [], []
    for i in range(rng.randint(1, 5)):
        start = i * 16
        sent = Sentence(doc_id, i, text[start:start + 15], start, start + 15)
        a1, a2 = rng.sample(ACTORS, 2)
        e = Event(doc_id, sent, rng.choice(CODES), Mention(a1, start, start + 3, actor(a1)),
                  Mention(a2, start + 4, start + 7, actor(a2)), f"t{i}", date=date,
                  confidence=rng.choice([0.1, 0.5, 0.9]), mode=rng.choice(["", "", "", "negated"]))
        place = rng.choice(PLACES)
        e.location = Place(*place) if place else None
        events.append(e)
        sentences.append(sent)
    return ArticleResult(article=Article(id=doc_id, text=text, date=date, source=f"src{n % 3}",
                                         cluster_id=cluster), sentences=sentences, events=events)


@pytest.fixture(scope="module")
def store():
    rng = random.Random(7)
    s = Store()
    for n in range(60):
        s.add_result(article(rng, n))
    # a story and a near-copy of it in one cluster: its events count twice in NumMentions
    story = article(rng, 100, cluster="c1")
    s.add_result(story)
    copy = article(random.Random(0), 101, cluster="c1")
    copy.events = [Event("doc101", e.sentence, e.code, e.source, e.target, e.trigger + "x", date=e.date,
                         confidence=e.confidence, mode=e.mode) for e in story.events]
    for e, original in zip(copy.events, story.events):
        e.location = original.location
        e.sentence = Sentence("doc101", e.sentence.index, e.sentence.text, e.sentence.start, e.sentence.end)
    s.add_result(copy)
    yield s
    s.close()


# The plain SQL: filters, then one row per event (same code and actors in one article or cluster).
EVENTS = """WITH kept AS (SELECT e.*, coalesce(nullif(a.cluster_id, ''), a.article_key) AS cid FROM events e
                          JOIN articles a USING (article_key)
                          WHERE e.Confidence >= 0.2 AND e.Mode NOT IN ('negated')),
             ev AS (SELECT cid, EventCode, Actor1Code, Actor2Code, any_value(Actor1CountryCode) AS c1,
                           any_value(Actor2CountryCode) AS c2, min(SQLDATE) AS d, any_value(QuadClass) AS q,
                           any_value(GoldsteinScale) AS g, any_value(EventRootCode) AS root,
                           any_value(PloverType) AS plover, count(*) AS n,
                           arg_min(ActionGeo_FullName, GLOBALEVENTID) AS place,
                           arg_min(ActionGeo_Lat, GLOBALEVENTID) AS lat
                    FROM kept GROUP BY 1, 2, 3, 4)"""


def plain(store, sql, args=()):
    return store.db.execute(EVENTS + sql, list(args)).df()


def same(got: pd.DataFrame, want: pd.DataFrame):
    assert len(got) == len(want) > 0
    want = want.set_axis(list(got.columns), axis=1)
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True),
                                  check_dtype=False, check_names=False, check_exact=False)


def test_the_hand_made_database_has_a_repeated_story(store):
    assert plain(store, " SELECT max(n) AS n FROM ev")["n"][0] == 2


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_dyad_series(store, by):
    got = analysis.dyad_series(store, "RUS", "UKR", by=by)
    want = plain(store, f""" SELECT date_trunc('{by}', strptime(CAST(d AS VARCHAR), '%Y%m%d'))::DATE AS period,
        count(*), sum(n), count(*) FILTER (q = 1), count(*) FILTER (q = 2), count(*) FILTER (q = 3),
        count(*) FILTER (q = 4), sum(g), avg(g), sum(g * n) / sum(n)
        FROM ev WHERE Actor1Code LIKE 'RUS%' AND Actor2Code LIKE 'UKR%' GROUP BY 1 ORDER BY 1""")
    same(got, want)


def test_top_actors(store):
    got = analysis.top_actors(store, n=5)
    want = plain(store, """ , sides AS (SELECT Actor1Code AS actor, 1 AS s, 0 AS t, n FROM ev
                                         UNION ALL SELECT Actor2Code, 0, 1, n FROM ev)
        SELECT actor, count(*) AS events, sum(s), sum(t), sum(n) AS m FROM sides GROUP BY 1
        ORDER BY events DESC, m DESC, actor LIMIT 5""")
    same(got, want)


def test_top_dyads_and_network(store):
    want = plain(store, """ SELECT Actor1Code, Actor2Code, count(*) AS events, sum(n) AS m,
        count(*) FILTER (q <= 2), count(*) FILTER (q >= 3), sum(g), avg(g)
        FROM ev GROUP BY 1, 2 ORDER BY events DESC, m DESC, 1, 2""")
    same(analysis.top_dyads(store, n=8), want.head(8))
    net = analysis.network(store)
    same(net, want.sort_values(["events", "Actor1Code", "Actor2Code"], ascending=[False, True, True]))
    assert (net["cooperation"] + net["conflict"] == net["events"]).all()      # every code has a QuadClass
    country = analysis.network(store, level="country", min_events=3)
    want = plain(store, """ SELECT c1, c2, count(*) AS events FROM ev WHERE c1 <> '' AND c2 <> ''
        GROUP BY 1, 2 HAVING count(*) >= 3 ORDER BY events DESC, 1, 2""")
    same(country[["source", "target", "events"]], want)


@pytest.mark.parametrize("scheme,column", [("root", "root"), ("plover", "plover")])
def test_types_over_time(store, scheme, column):
    got = analysis.types_over_time(store, by="month", scheme=scheme)
    want = plain(store, f""" SELECT date_trunc('month', strptime(CAST(d AS VARCHAR), '%Y%m%d'))::DATE AS p,
        {column} AS t, count(*) AS events, sum(n) FROM ev GROUP BY 1, 2 ORDER BY p, events DESC, t""")
    same(got, want)


def test_activity_and_locations(store):
    got = analysis.activity(store, by="month")
    want = plain(store, """ SELECT date_trunc('month', strptime(CAST(d AS VARCHAR), '%Y%m%d'))::DATE AS p,
        count(*), sum(n), count(*) FILTER (q <= 2), count(*) FILTER (q >= 3), avg(g) FROM ev GROUP BY 1 ORDER BY 1""")
    same(got, want)
    places = analysis.locations(store)
    want = plain(store, """ SELECT place, count(*) AS events, sum(n) FROM ev WHERE lat IS NOT NULL
        GROUP BY 1 ORDER BY events DESC, place""")
    same(places[["place", "events", "mentions"]], want)


def test_read_filters_reach_the_analysis(store):
    everything = EventFilter(min_confidence=0, include_modal=True)
    assert analysis.activity(store, filters=everything)["events"].sum() > analysis.activity(store)["events"].sum()
    only = analysis.top_actors(store, filters=EventFilter(root="19"))
    assert only["events"].sum() < analysis.top_actors(store)["events"].sum()


def test_articles_over_time(store):
    got = analysis.articles_over_time(store, by="month")
    want = store.db.execute("""SELECT date_trunc('month', CAST(date AS DATE))::DATE AS p, count(*) FROM articles
                               GROUP BY 1 ORDER BY 1""").df()
    same(got, want)


@pytest.mark.parametrize("call", [lambda s: analysis.dyad_series(s, "RUS", "UKR", by="fortnight"),
                                  lambda s: analysis.network(s, level="city"),
                                  lambda s: analysis.types_over_time(s, scheme="gdelt")])
def test_unknown_choices_are_named(store, call):
    with pytest.raises(AnalysisError, match="unknown"):
        call(store)


def test_cli_prints_tables_and_writes_csv_and_parquet(tmp_path):
    import duckdb
    from typer.testing import CliRunner
    from eventwire.cli import app
    db = str(tmp_path / "a.duckdb")
    rng = random.Random(7)
    with Store(db) as s:
        for n in range(30):
            s.add_result(article(rng, n))
        want = analysis.dyad_series(s, "RUS", "UKR", by="week")
    runner = CliRunner()
    res = runner.invoke(app, ["analyze", "dyad", "RUS", "UKR", "--by", "week", "--db", db, "-f", "csv"])
    assert res.exit_code == 0, res.output
    got = pd.read_csv(__import__("io").StringIO(res.stdout))
    assert list(got["events"]) == list(want["events"]) and list(got["period"]) == \
        [d.date().isoformat() for d in want["period"]]
    res = runner.invoke(app, ["analyze", "top-actors", "--db", db, "-n", "3"])
    assert res.exit_code == 0 and res.stdout.splitlines()[0].split() == ["actor", "events", "as_source",
                                                                         "as_target", "mentions"]
    assert len(res.stdout.splitlines()) == 5
    out = str(tmp_path / "net.parquet")
    res = runner.invoke(app, ["analyze", "network", "--db", db, "-f", "parquet", "-o", out])
    assert res.exit_code == 0, res.output
    with Store(db) as s:
        edges = len(analysis.network(s))
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] == edges
    res = runner.invoke(app, ["analyze", "network", "--db", db, "-f", "parquet"])
    assert res.exit_code == 2 and "needs --out" in res.output
