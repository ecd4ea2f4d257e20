"""The command line end to end on real files, with the model: code, ingest, events, bad input."""
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Iran threatened to attack Israel on Monday.", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 50)
    (folder / "feed.jsonl").write_text(
        '{"id": "r1", "text": "Russia and China signed an agreement.", "date": "2023-03-21"}\n'
        '{"id": "r2", "text": "oops"\n'
        '{"id": "r3", "title": "no text here"}\n'
        '{"id": "r4", "text": "The United Nations condemned the attack by rebels on Juba."}\n', encoding="utf-8")
    return folder


def test_code_jsonl_writes_one_event_per_line(batch, nlp):
    res = runner.invoke(app, ["code", str(batch / "good.txt"), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in events] == [("IRN", "138", "ISR")]
    e = events[0]
    assert e["DocId"] == "good" and e["SentenceText"].startswith("Iran threatened")
    assert e["Actor1Text"] == "Iran" and e["Actor2Text"] == "Israel" and "threatened" in e["EventText"]
    assert e["PloverType"] == "THREATEN" and e["QuadClass"] == 3 and e["GoldsteinScale"] == -7.0


def test_bad_input_is_named_stored_and_the_batch_goes_on(batch, tmp_path, nlp):
    db = str(tmp_path / "ew.duckdb")
    res = runner.invoke(app, ["ingest", str(batch), "--db", db])
    assert res.exit_code == 1                       # something was rejected
    err = res.stderr
    assert "empty.txt: empty" in err and "binary.txt: binary" in err
    assert "feed.jsonl:2: invalid JSON" in err and "feed.jsonl:3: missing or empty 'text'" in err
    assert res.stdout.startswith("3 new, 0 duplicate") and "4 rejected" in res.stdout
    again = runner.invoke(app, ["ingest", str(batch), "--db", db])
    assert "0 new, 3 duplicate" in again.stdout     # nothing stored twice
    listed = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"])
    docs = {json.loads(line)["DocId"] for line in listed.stdout.splitlines()}
    assert {"good", "r1"} <= docs
    summary = runner.invoke(app, ["summary", "--db", db])
    assert "3 articles" in summary.stdout and "4 rejected inputs" in summary.stdout


def test_events_filters(batch, tmp_path, nlp):
    db = str(tmp_path / "ew.duckdb")
    runner.invoke(app, ["ingest", str(batch / "feed.jsonl"), str(batch / "good.txt"), "--db", db])
    res = runner.invoke(app, ["events", "--db", db, "--actor", "IRN", "--format", "jsonl"])
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert rows and all("IRN" in (r["Actor1Code"] + r["Actor2Code"]) for r in rows)
    res = runner.invoke(app, ["events", "--db", db, "--since", "2023-03-01", "--until", "2023-03-31",
                              "--format", "jsonl"])
    assert {json.loads(line)["DocId"] for line in res.stdout.splitlines()} == {"r1"}


def test_every_command_has_help():
    for cmd in ["code", "ingest", "events", "summary"]:
        res = runner.invoke(app, [cmd, "--help"])
        assert res.exit_code == 0 and "Usage" in res.stdout
