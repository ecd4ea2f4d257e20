"""Issue 14: exit codes (0 ok, 1 rejected, 2 usage/setup, 3 internal), one line on stderr and
no traceback for bad command lines; fixes that a user sees on the command line."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
import time

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire import api
from eventwire.cli import app
from eventwire.errors import DatabaseLocked, EXIT_INTERNAL, EXIT_REJECTED, EXIT_USAGE
from eventwire.records import Article
from eventwire.store import EventFilter, Store

runner = CliRunner()
GOOD = '{"id": "a", "text": "Russia attacked Ukraine on Monday.", "date": "2024-02-01"}\n'


def run(*args: str):
    res = runner.invoke(app, list(args))
    assert "Traceback" not in res.output
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return res


def one_line_error(res, code: int, words: str) -> None:
    assert res.exit_code == code, res.output
    lines = [x for x in res.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and lines[0].startswith("eventwire: "), res.stderr
    assert words in lines[0], lines[0]


@pytest.fixture
def stored(tmp_path, nlp):
    """A database with one article and its events."""
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD)
    db = str(tmp_path / "ew.duckdb")
    assert run("ingest", str(src), "--db", db).exit_code == 0
    return db


def test_read_commands_never_create_a_database(tmp_path):
    db = tmp_path / "typo.duckdb"
    for cmd in ("events", "summary", "actors", "export"):
        res = run(cmd, "--db", str(db))
        one_line_error(res, EXIT_USAGE, "no database at")
    assert not db.exists()


def test_foreign_and_unusable_databases_are_one_clear_line(tmp_path):
    lite = tmp_path / "x.sqlite"
    sqlite3.connect(lite).execute("CREATE TABLE t (a)").connection.commit()
    text = tmp_path / "notes.duckdb"
    text.write_text("hello " * 100)
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE articles (x INTEGER)")
    con.close()
    for db, words in ((lite, "not a DuckDB database"), (text, "not a valid DuckDB database"),
                      (foreign, "another program"), (tmp_path, "cannot open database"),
                      (tmp_path / "missing" / "x.duckdb", "cannot open database")):
        one_line_error(run("ingest", str(text), "--db", str(db)), EXIT_USAGE, words)
    one_line_error(run("ingest", str(text), "--db", ""), EXIT_USAGE, "database path is empty")
    for remote in ("md:x", "s3://bucket/x.duckdb"):
        res = run("events", "--db", remote)
        assert res.exit_code == EXIT_USAGE and "Traceback" not in res.output


def test_no_extension_is_ever_autoloaded(tmp_path):
    store = Store(str(tmp_path / "x.duckdb"))
    settings = dict(store.db.execute("SELECT name, value FROM duckdb_settings() WHERE name IN "
                                     "('autoload_known_extensions', 'autoinstall_known_extensions')").fetchall())
    store.close()
    assert settings == {"autoload_known_extensions": "false", "autoinstall_known_extensions": "false"}


def test_bad_option_values_are_usage_errors(stored, tmp_path):
    one_line_error(run("events", "--db", stored, "--since", "notadate"), EXIT_USAGE, "--since expects a date")
    assert run("events", "--db", stored, "--limit", "-1").exit_code == EXIT_USAGE
    assert run("ingest", str(tmp_path), "--db", stored, "-j", "0").exit_code == EXIT_USAGE
    one_line_error(run("export", "--db", stored, "--out", str(tmp_path / "no" / "x.jsonl")),
                   EXIT_USAGE, "cannot write")
    one_line_error(run("export", "--db", stored, "--format", "parquet", "--out", str(tmp_path / "no" / "x.pq")),
                   EXIT_USAGE, "cannot write")


def test_a_bad_actor_dictionary_is_one_line(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(GOOD)
    bad = tmp_path / "actors.yaml"
    bad.write_text("- {name: [unclosed\n")
    one_line_error(run("code", str(src), "--actors", str(bad)), EXIT_USAGE, "cannot read dictionary")
    one_line_error(run("code", str(src), "--actors", str(tmp_path / "none.csv")), EXIT_USAGE, "none.csv")


def test_an_internal_error_is_exit_3_and_one_line(monkeypatch, tmp_path):
    def broken(*args, **kwargs):
        raise KeyError("boom")
    monkeypatch.setattr(api, "summary", broken)
    Store(str(tmp_path / "x.duckdb")).close()
    one_line_error(run("summary", "--db", str(tmp_path / "x.duckdb")), EXIT_INTERNAL, "internal error: KeyError")


def test_rejections_are_exit_1_and_clean_runs_exit_0(tmp_path, nlp):
    good = tmp_path / "good.jsonl"
    good.write_text(GOOD)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    db = str(tmp_path / "x.duckdb")
    assert run("ingest", str(good), "--db", db).exit_code == 0
    assert run("ingest", str(bad), "--db", db).exit_code == EXIT_REJECTED


def test_a_locked_database_waits_then_fails_clearly(tmp_path):
    db = tmp_path / "x.duckdb"
    Store(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('locked', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        start = time.monotonic()
        with pytest.raises(DatabaseLocked, match="in use by another process"):
            Store(str(db), wait=0.5)
        assert time.monotonic() - start >= 0.5
    finally:
        holder.kill()
        holder.wait()


# ------------------------------------------------------------ fixes a user sees

def test_like_wildcards_are_literal(tmp_path):
    from eventwire.store import event_where
    where, args = event_where(EventFilter(actor="R_S", code="1%", min_confidence=0, include_modal=True))
    assert "ESCAPE" in where and args[0] == "R\\_S%" and args[2] == "1\\%%"
    con = duckdb.connect()
    con.execute("CREATE TABLE e (Actor1Code VARCHAR, Actor2Code VARCHAR, EventCode VARCHAR)")
    con.execute("INSERT INTO e VALUES ('RUS', '', '190'), ('R_SGOV', '', '1%0')")
    for actor, want in (("%", []), ("_", []), ("R_S", ["R_SGOV"]), ("RUS", ["RUS"])):
        w, a = event_where(EventFilter(actor=actor, min_confidence=0, include_modal=True))
        assert [r[0] for r in con.execute(f"SELECT Actor1Code FROM e {w}", a).fetchall()] == want, actor


def test_terminal_escapes_are_stripped_from_tables_and_messages(tmp_path):
    from eventwire.cli import print_table, say_rejected
    from eventwire.records import Rejected
    nasty = "Kyiv\x1b[2J\x1b]0;owned\x07\x9b31m\rdone"
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    import contextlib
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        print_table([{"a": nasty}], ["a"])
        say_rejected(Rejected(origin=f"/tmp/{nasty}.txt", stage="read", reason=nasty))
    for text in (out.getvalue(), err.getvalue()):
        assert "\x1b" not in text and "\x9b" not in text and "\r" not in text and "\x07" not in text
        assert "Kyiv" in text and "done" in text


def test_csv_cells_that_look_like_formulas_are_escaped():
    from eventwire.api import write_csv
    out = io.StringIO()
    write_csv([{"a": "=HYPERLINK(\"http://x\")", "b": "+1", "c": "-cmd", "d": "@SUM(A1)", "e": "Kyiv",
                "f": -7.0}], out)
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row == {"a": "'=HYPERLINK(\"http://x\")", "b": "'+1", "c": "'-cmd", "d": "'@SUM(A1)", "e": "Kyiv",
                   "f": "-7.0"}


def test_code_with_db_prints_this_runs_events_only(stored, tmp_path):
    src = tmp_path / "other.jsonl"
    src.write_text('{"id": "b", "text": "Iran threatened to attack Israel.", "date": "2024-03-01"}\n')
    res = run("code", str(src), "--db", stored, "--format", "jsonl")
    assert res.exit_code == 0
    docs = {json.loads(x)["DocId"] for x in res.stdout.splitlines() if x.strip()}
    assert docs == {"b"}
    assert len(api.list_events(stored, EventFilter())) > 1     # the database holds both


def test_action_geo_type_tells_countries_from_cities():
    from eventwire.export import gdelt_row, GDELT_EVENT_COLUMNS
    col = GDELT_EVENT_COLUMNS.index("ActionGeo_Type")
    country = {"ActionGeo_FullName": "Russia", "ActionGeo_CountryCode": "RUS"}
    city = {"ActionGeo_FullName": "Moscow", "ActionGeo_CountryCode": "RUS"}
    state = {"ActionGeo_FullName": "Texas", "ActionGeo_CountryCode": "USA"}
    assert [gdelt_row(e).split("\t")[col] for e in (country, city, state)] == ["1", "4", "2"]


def test_article_with_date_none_is_coded(nlp):
    [result] = api.code_texts([Article(id="x", text="Russia attacked Ukraine on Monday.", date=None, url=None)])
    assert result.article.date == "" and result.events


@pytest.mark.model
def test_code_texts_keeps_a_text_the_coder_fails_on_in_its_place(nlp, monkeypatch):
    from eventwire import pipeline
    from eventwire.records import ArticleResult, Rejected
    real = pipeline.code_article

    def fails_on_the_second(article, *args, **kwargs):
        if article.id == "text-1":
            raise RuntimeError("no tree")
        return real(article, *args, **kwargs)
    monkeypatch.setattr(pipeline, "code_article", fails_on_the_second)
    texts = ["Russia attacked Ukraine on Monday.", "Iran threatened Israel.", "China criticised Japan on Friday."]
    first, failed, third = api.code_texts(texts)
    assert isinstance(first, ArticleResult) and isinstance(third, ArticleResult) and third.events
    assert isinstance(failed, Rejected) and failed.doc_id == "text-1" and "coder failed" in failed.reason
    assert [e["Actor1Code"] for e in api.event_dicts([first, failed, third])] == ["RUS", "CHN"]


def test_theme_evidence_order_is_the_same_in_every_process():
    script = ("import spacy\nfrom eventwire.gkg import themes\n"
              "themes.term_index.cache_clear()\n"
              "themes.load_yaml = lambda name: {'PROTEST': {'terms': ['protests', 'protest']}}\n"
              "nlp = spacy.blank('en')\ndoc = nlp('Big protests today')\ndoc[1].lemma_ = 'protest'\n"
              "print([t.evidence for t in themes.extract_themes(doc)])\n")
    outs = {subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout for seed in range(6)}
    assert outs == {"[['protests', 'protest']]\n"}


@pytest.mark.parametrize("error", [KeyboardInterrupt(), duckdb.InterruptException("INTERRUPT Error: Interrupted!")])
def test_ctrl_c_is_one_line_and_exit_130(stored, monkeypatch, error):
    # a Ctrl-C that lands in Python or inside a DuckDB write: one line, exit 130, nothing lost
    from eventwire import cli

    def interrupted(*args, **kwargs):
        raise error
    monkeypatch.setattr(cli.api, "summary", interrupted)
    res = run("summary", "--db", stored)
    one_line_error(res, 130, "interrupted")
    assert run("events", "--db", stored, "--format", "jsonl").stdout.strip()
