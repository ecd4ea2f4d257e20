"""Crash safety: kill -9 an ingest at random moments, run it again to the end, and compare the
database with an uninterrupted run (articles, events, actor memory, dedup index, rejections).
Then start two ingests into one database at once: the second must wait or fail with a clear
message, and the database must stay whole.

    .venv/bin/python bench/crash.py --limit 300 --kills 5 [--startup 30 on a busy machine]
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
START_S = 10.0                # seconds of start-up (model loading) before an ingest stores anything
CORPUS = ROOT.parent / "shared" / "corpus" / "news-dev.jsonl"
if not CORPUS.exists():
    START_S = 10.0                # seconds of start-up (model loading) before an ingest stores anything
CORPUS = ROOT.parents[1] / "shared" / "corpus" / "news-dev.jsonl"

TABLES = {
    "articles": "SELECT * EXCLUDE (ingested_at) FROM articles ORDER BY article_key",
    "events": "SELECT * FROM events ORDER BY GLOBALEVENTID",
    "actor_memory": "SELECT * FROM actor_memory ORDER BY name, code",
    "dedup": "SELECT article_key, cluster_id, status, exact_hash, signature FROM dedup ORDER BY article_key",
    "rejected": "SELECT reject_key, origin, stage, reason, doc_id FROM rejected ORDER BY reject_key",
    "gkg": "SELECT * FROM gkg ORDER BY article_key",
}


def ingest_command(src: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "ingest", str(src), "--db", str(db)]


def snapshot(db: Path) -> dict[str, list]:
    """Every table's rows (timestamps left out), and a check that no key is stored twice."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = {name: con.execute(sql).fetchall() for name, sql in TABLES.items()}
        keys = {"articles": "article_key", "events": "GLOBALEVENTID", "dedup": "article_key"}
        for table, key in keys.items():
            total, distinct = con.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()
            assert total == distinct, f"{table}: {total - distinct} duplicate rows"
    finally:
        con.close()
    return rows


def timed_run(src: Path, db: Path) -> float:
    start = time.perf_counter()
    subprocess.run(ingest_command(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def killed_runs(src: Path, db: Path, kills: int, took: float, total: int, startup: float,
                rng: random.Random) -> list[dict]:
    """Kill -9 the ingest at random moments until ``kills`` kills have landed while it was
    storing articles (more stored than before the kill, not finished); the database must open
    after every kill. Each kill falls between start-up and the time the rest should take."""
    log, stored = [], 0
    while sum(k["while_storing"] for k in log) < kills and stored < total and len(log) < 4 * kills:
        remaining = took * (total - stored) / total
        wait = rng.uniform(startup, startup + remaining / 2)      # leave some for the next kills
        proc = subprocess.Popen(ingest_command(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(wait)
        finished = proc.poll() is not None
        proc.kill()
        proc.wait()
        con = duckdb.connect(str(db))          # opens (replays its WAL) after every kill
        before, stored = stored, con.execute("SELECT count(*) FROM articles").fetchone()[0] if table_exists(con) else 0
        con.close()
        log.append({"kill": len(log) + 1, "after_s": round(wait, 1), "had_finished": finished,
                    "articles_stored": stored, "while_storing": stored > before and not finished})
        print(json.dumps(log[-1]), flush=True)
    return log


def table_exists(con) -> bool:
    return bool(con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = 'articles'").fetchone())


def compare(reference: dict, crashed: dict) -> dict:
    """Rows per table in both databases, whether they are identical, and the first rows that differ."""
    out = {}
    for t in TABLES:
        theirs = {repr(r) for r in crashed[t]}             # rows hold lists: compare their text
        only_ref = [r for r in reference[t] if repr(r) not in theirs]
        out[t] = {"uninterrupted": len(reference[t]), "killed_and_rerun": len(crashed[t]),
                  "identical": reference[t] == crashed[t],
                  "differing_rows": len(only_ref), "first_differing": [str(r)[:600] for r in only_ref[:2]]}
    return out


def concurrent(src: Path, db: Path) -> dict:
    """Two ingests into one database at once: what the second says, and the database after both."""
    first = subprocess.Popen(ingest_command(src, db), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    time.sleep(6.0)
    second = subprocess.run(ingest_command(src, db), capture_output=True, text=True)
    first.wait()
    whole = snapshot(db)
    return {"second_exit_code": second.returncode, "second_stderr": second.stderr.strip()[-300:],
            "first_exit_code": first.returncode, "articles_after": len(whole["articles"])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=300, help="articles of the corpus to ingest")
    ap.add_argument("--kills", type=int, default=5)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--startup", type=float, default=START_S,
                    help="seconds an ingest takes to start storing (model loading); no kill before")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="eventwire-crash-") as tmp:
        work = Path(tmp)
        src = work / "articles.jsonl"
        with open(args.corpus, encoding="utf-8") as f:
            src.write_text("".join(line for _, line in zip(range(args.limit), f)), encoding="utf-8")
        took = timed_run(src, work / "reference.duckdb")
        print(json.dumps({"uninterrupted_run_s": round(took, 1)}), flush=True)
        reference = snapshot(work / "reference.duckdb")
        log = killed_runs(src, work / "crashed.duckdb", args.kills, took, args.limit, args.startup, rng)
        timed_run(src, work / "crashed.duckdb")          # run again to the end
        result = {"articles_in": args.limit, "kills": log,
                  "tables": compare(reference, snapshot(work / "crashed.duckdb")),
                  "concurrent": concurrent(src, work / "concurrent.duckdb")}
        result["kills_while_storing"] = sum(k["while_storing"] for k in log)
    print(json.dumps(result, indent=1))
    same = all(t["identical"] for t in result["tables"].values())
    sys.exit(0 if same else 1)


if __name__ == "__main__":
    main()
