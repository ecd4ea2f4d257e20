"""Ingest end to end: language, copies and near-duplicates, one event per story, exports."""
import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire import api
from eventwire.cli import app
from eventwire.export import GDELT_EVENT_COLUMNS
from eventwire.options import Options

pytestmark = pytest.mark.model
runner = CliRunner()

STORY = ("Iran threatened on Monday to attack Israel if it struck Iranian nuclear sites, the foreign "
         "ministry in Tehran said. The United Nations urged both countries to show restraint and to "
         "return to negotiations, and European governments called for calm in the region.")
EDITED = STORY.replace("on Monday", "on Monday evening").replace("called for calm", "appealed for calm")
FRENCH = ("Le gouvernement français a annoncé lundi de nouvelles sanctions contre la Russie, a déclaré "
          "le ministre des Affaires étrangères à Paris.")


@pytest.fixture
def wire(tmp_path):
    rows = [{"id": "a1", "text": STORY, "date": "2024-04-15", "source": "Agency A"},
            {"id": "b7", "text": STORY, "date": "2024-04-15", "source": "Paper B"},
            {"id": "c3", "text": EDITED, "date": "2024-04-15", "source": "Site C"},
            {"id": "f1", "text": FRENCH, "date": "2024-04-15", "source": "Journal F"}]
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_copies_count_once_with_gdelt_counts(wire, tmp_path, nlp):
    db = str(tmp_path / "ew.duckdb")
    report = api.ingest([str(wire)], db, Options(gkg=False))
    assert (report.new, report.duplicate, report.near_duplicate, report.skipped) == (1, 1, 1, 1)
    events = api.list_events(db)
    threat = [e for e in events if e["EventCode"].startswith("13") and e["Actor1CountryCode"] == "IRN"]
    assert len(threat) == 1, events                       # one event, not three copies of it
    assert threat[0]["NumArticles"] == 3 and threat[0]["NumSources"] == 2   # the exact copy was not re-coded
    again = api.ingest([str(wire)], db, Options(gkg=False))
    assert (again.new, again.duplicate, again.events) == (0, 4, 0)


def test_extract_shows_status_language_and_cluster(wire):
    res = runner.invoke(app, ["extract", str(wire)])
    rows = {r["id"]: r for r in map(json.loads, res.stdout.splitlines())}
    assert [rows[i]["status"] for i in ("a1", "b7", "c3", "f1")] == ["new", "duplicate", "near-duplicate", "new"]
    assert rows["a1"]["cluster_id"] == rows["b7"]["cluster_id"] == rows["c3"]["cluster_id"] != rows["f1"]["cluster_id"]
    assert rows["a1"]["lang"] == "en" and rows["f1"]["lang"] == "fr"


def test_exports_in_gdelt_layout_and_parquet(wire, tmp_path, nlp):
    db = str(tmp_path / "ew.duckdb")
    api.ingest([str(wire)], db, Options())
    res = runner.invoke(app, ["export", "--db", db, "--format", "gdelt"])
    lines = res.stdout.splitlines()
    assert lines and all(len(line.split("\t")) == len(GDELT_EVENT_COLUMNS) == 61 for line in lines)
    gkg = runner.invoke(app, ["export", "--db", db, "--what", "gkg", "--format", "gdelt"]).stdout.splitlines()
    assert len(gkg) == 2 and all(len(line.split("\t")) == 27 for line in gkg)   # the coded articles
    out = tmp_path / "events.parquet"
    assert runner.invoke(app, ["export", "--db", db, "--format", "parquet", "--out", str(out)]).exit_code == 0
    assert duckdb.connect().execute(f"SELECT count(*) FROM '{out}'").fetchone()[0] >= len(lines)


def test_gkg_command_prints_one_record_per_article(shared, nlp):
    res = runner.invoke(app, ["gkg", str(shared / "corpus" / "seed-article.txt")])
    assert res.exit_code == 0
    record = json.loads(res.stdout)
    assert record["DocId"] == "seed-article"
    assert any(q["speaker"] == "Wang Yi" for q in record["quotations"])
    assert set(record["tone"]) == {"tone", "positive", "negative", "polarity", "activity_density",
                                   "self_group_density", "word_count"}


def test_actor_memory_carries_people_across_runs(tmp_path, nlp):
    db = str(tmp_path / "ew.duckdb")
    first, later = tmp_path / "first.jsonl", tmp_path / "later.jsonl"
    first.write_text(json.dumps({"id": "a", "date": "2025-01-10", "text":
                                 "Ukrainian Foreign Minister Andrii Sybiha met Polish officials in Warsaw."}) + "\n")
    later.write_text(json.dumps({"id": "b", "date": "2025-02-01", "text": "Sybiha criticized Hungary."}) + "\n")
    api.ingest([str(first)], db, Options(gkg=False))
    api.ingest([str(later)], db, Options(gkg=False))             # a new run: the memory comes from the database
    [remembered] = api.actor_memory(db)
    assert (remembered.name, remembered.code, remembered.first_seen) == ("Andrii Sybiha", "UKRGOV", "2025-01-10")
    events = api.list_events(db)
    assert any(e["DocId"] == "b" and e["Actor1Code"] == "UKRGOV" and e["Actor2CountryCode"] == "HUN" for e in events)


def test_csv_column_mapping_and_stdin(tmp_path, nlp):
    table = tmp_path / "export.csv"
    table.write_text('headline,body,published\n"Iran warns","Iran threatened to attack Israel.",2024-05-02\n'
                     ',"",2024-05-03\n', encoding="utf-8")
    res = runner.invoke(app, ["extract", str(table), "--columns", "text=body,title=headline,date=published"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows[0]["title"] == "Iran warns" and rows[0]["date"] == "2024-05-02"
    assert rows[1]["status"] == "rejected" and res.exit_code == 1          # the empty row is named, not coded
    res = runner.invoke(app, ["code", "-", "--format", "jsonl"], input="Russia and China signed an agreement.\n")
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert {(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in events} >= {("RUS", "057", "CHN")}
    assert events[0]["DocId"] == "stdin" and events[0]["SentenceText"] == "Russia and China signed an agreement."
