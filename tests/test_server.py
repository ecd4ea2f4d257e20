"""The REST API with FastAPI's TestClient: every endpoint, bad parameters, pagination, errors."""
import pytest
from fastapi.testclient import TestClient

from eventwire import api
from eventwire.server import create_app
from eventwire.store import EventFilter, Store, StoreNotReadable

from eventdb import XSS_TEXT, build


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    return build(str(tmp_path_factory.mktemp("srv") / "ew.duckdb"))


@pytest.fixture(scope="module")
def client(db):
    return TestClient(create_app(db), raise_server_exceptions=False)


def rounded(rows):
    """Sums of floats may differ in the last bits between runs (parallel aggregation)."""
    return [{k: round(v, 9) if isinstance(v, float) else v for k, v in r.items()} for r in rows]


def everything(db, **fields):
    with Store(db, read_only=True) as store:
        return store.events(EventFilter(limit=10**9, **fields))


def is_envelope(res, status):
    body = res.json()
    assert res.status_code == status, body
    assert set(body) == {"error"} and body["error"]["status"] == status and body["error"]["message"]
    assert "Traceback" not in res.text
    return body["error"]


@pytest.mark.parametrize("query", [{}, {"min_confidence": 0, "include_modal": True}, {"actor": "RUS"},
                                   {"root": "19", "since": "2024-02-01", "until": "2024-05-31"}])
def test_events_paged_to_the_end_are_the_whole_query(client, db, query):
    seen, cursor, pages = [], None, 0
    while True:
        params = {**query, "limit": 7, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["GLOBALEVENTID"] for e in body["events"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    want = everything(db, **query)
    assert len(seen) == len(set(seen)) == len(want) > 7          # no repeat, no loss
    assert set(seen) == {str(e["GLOBALEVENTID"]) for e in want}
    assert pages == -(-len(want) // 7) or pages == len(want) // 7 + 1


def test_events_filters_match_the_library(client, db):
    body = client.get("/api/events", params={"source": "RUS", "target": "UKR", "limit": 500}).json()
    want = everything(db, source="RUS", target="UKR")
    assert sorted(e["GLOBALEVENTID"] for e in body["events"]) == sorted(str(e["GLOBALEVENTID"]) for e in want)
    assert all(e["Actor1Code"].startswith("RUS") and e["Actor2Code"].startswith("UKR") for e in body["events"])
    for params in ({"country": "tur"}, {"code": "19"}, {"plover": "assault"}, {"doc": "xss"}):
        res = client.get("/api/events", params={**params, "limit": 500})
        assert res.status_code == 200 and res.json()["events"], params
    modal = client.get("/api/events", params={"include_modal": True, "min_confidence": 0, "limit": 500}).json()
    assert any(e["Mode"] == "negated" for e in modal["events"])
    assert not any(e["Mode"] == "negated" for e in client.get("/api/events?limit=500").json()["events"])


def test_one_event_with_provenance(client, db):
    first = everything(db, doc_id="xss")
    event = client.get(f"/api/events/{first[0]['GLOBALEVENTID']}").json()
    assert event["article"]["id"] == "xss" and event["coder_version"]
    assert XSS_TEXT[event["actor1_start"]:event["actor1_end"]] == event["Actor1Text"]
    assert XSS_TEXT[event["SentenceStart"]:event["SentenceEnd"]] == event["SentenceText"]


def test_article_with_text_events_and_gkg(client):
    body = client.get("/api/articles/xss").json()
    assert body["text"] == XSS_TEXT and len(body["events"]) == 2 and body["gkg"] is None
    assert [e["EventCode"] for e in body["events"]] == ["190", "111"]


def test_analysis_endpoints_answer_the_library(client, db):
    with Store(db, read_only=True) as store:
        want = api.analysis_rows(store, "dyad_series", actor1="RUS", actor2="UKR", by="week")
        actors = api.analysis_rows(store, "top_actors", n=5)
        edges = api.analysis_rows(store, "network", level="country")
    series = client.get("/api/dyad", params={"actor1": "rus", "actor2": "UKR", "by": "week"}).json()["series"]
    assert rounded(series) == rounded(want) and want
    assert client.get("/api/top-actors", params={"n": 5}).json()["actors"] == actors
    assert rounded(client.get("/api/network", params={"level": "country"}).json()["edges"]) == rounded(edges)
    assert client.get("/api/top-dyads").json()["dyads"]
    assert client.get("/api/types", params={"scheme": "plover", "by": "day"}).json()["types"]
    activity = client.get("/api/activity").json()
    assert activity["events"] and activity["articles"]
    assert {p["place"] for p in client.get("/api/locations").json()["locations"]} == {"Kyiv", "Moscow", "Ankara"}
    summary = client.get("/api/summary").json()
    assert summary["articles"] == 81 and summary["events"] < summary["events_stored"]


def test_dashboard_and_openapi_are_served(client):
    assert "<script" in client.get("/").text
    assert client.get("/static/app.js").status_code == 200
    assert "/api/events" in client.get("/openapi.json").json()["paths"]


@pytest.mark.parametrize("url", [
    "/api/events?limit=0", "/api/events?limit=501", "/api/events?limit=abc", "/api/events?cursor=-1",
    "/api/events?cursor=99999999999999999999", "/api/events?min_confidence=2", "/api/events?since=yesterday",
    "/api/events?actor=R%25S", "/api/events?code=abc", "/api/events?include_modal=maybe",
    "/api/events/abc", "/api/events/99999999999999999999", "/api/dyad?actor1=RUS", "/api/dyad?actor1=RUS&actor2=UKR&by=hour",
    "/api/top-actors?n=0", "/api/top-actors?level=city", "/api/network?min_events=-1", "/api/types?scheme=gdelt",
    "/api/articles/" + "x" * 400])
def test_bad_parameters_answer_a_4xx_envelope(client, url):
    err = is_envelope(client.get(url), 422)
    assert err["code"] == "invalid_parameter"


def test_unknown_things_answer_404_and_wrong_methods_405(client):
    assert is_envelope(client.get("/api/events/12345"), 404)["code"] == "not_found"
    assert is_envelope(client.get("/api/articles/nope"), 404)["code"] == "not_found"
    assert is_envelope(client.get("/api/nowhere"), 404)["code"] == "not_found"
    assert is_envelope(client.delete("/api/events"), 405)["code"] == "method_not_allowed"


def test_a_failure_inside_is_a_500_envelope_without_traceback(db, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(api, "summary_of", broken)
    res = TestClient(create_app(db), raise_server_exceptions=False).get("/api/summary")
    assert is_envelope(res, 500)["code"] == "internal_error" and "secret" not in res.text


def test_code_refuses_empty_and_oversized_texts(client):
    assert is_envelope(client.post("/api/code", json={"text": ""}), 422)["code"] == "invalid_parameter"
    assert is_envelope(client.post("/api/code", json={"text": "x" * 20_001}), 422)["code"] == "invalid_parameter"
    assert is_envelope(client.post("/api/code", content=b"x" * 200_000,
                                   headers={"content-type": "application/json"}), 413)["code"] == "too_large"
    assert is_envelope(client.post("/api/code", content=b"{not json",
                                   headers={"content-type": "application/json"}), 422)


@pytest.mark.model
def test_code_codes_a_text(client, nlp):
    body = client.post("/api/code", json={"text": "Iran threatened to attack Israel on Monday.",
                                          "date": "2024-03-04"}).json()
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in body["events"]] == [("IRN", "138", "ISR")]


@pytest.mark.model
def test_a_text_the_coder_fails_on_is_an_error_that_names_why(client, nlp, monkeypatch):
    from eventwire import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("no tree")
    monkeypatch.setattr(pipeline, "code_article", broken)
    res = client.post("/api/code", json={"text": "Iran threatened to attack Israel on Monday."})
    assert is_envelope(res, 422)["code"] == "not_coded" and "coder failed" in res.json()["error"]["message"]


def test_the_database_is_opened_read_only(db, tmp_path):
    client = TestClient(create_app(db), raise_server_exceptions=False)
    with pytest.raises(Exception):
        Store.from_connection(client.app.state.database.db.cursor()).db.execute("DELETE FROM events")
    with pytest.raises(StoreNotReadable):
        create_app(str(tmp_path / "missing.duckdb"))


def test_serve_names_a_database_it_cannot_read(tmp_path):
    from typer.testing import CliRunner
    from eventwire.cli import app
    res = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert res.exit_code == 2 and "missing.duckdb" in res.output


def test_an_old_schema_is_refused_read_only_with_advice(tmp_path):
    import duckdb
    path = str(tmp_path / "old.duckdb")
    db = duckdb.connect(path)
    db.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY)")
    db.execute("INSERT INTO schema_migrations VALUES (1), (2)")
    db.close()
    with pytest.raises(StoreNotReadable, match="older eventwire"):
        create_app(path)
