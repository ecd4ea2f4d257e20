"""Storage: one DuckDB file with articles, events, knowledge-graph records and rejected inputs.

All SQL lives here. Ids come from content hashes, and every write is an insert-if-absent inside
a transaction, so re-running the same input adds nothing twice and a failure part-way through
an article leaves nothing half-written.
"""
from __future__ import annotations

import json
import os
import re
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import duckdb

from . import CODER_VERSION
from .errors import DatabaseLocked, DatabaseMissing, DatabaseUnusable, OutputError, SetupError, UsageError
from .export import EVENT_FIELDS, event_record
from .options import Options
from .records import UNREAL_MODES, Article, ArticleResult, Event, Rejected

EVENT_TYPES = {"GLOBALEVENTID": "UBIGINT", "SQLDATE": "INTEGER", "IsRootEvent": "INTEGER",
               "QuadClass": "INTEGER", "GoldsteinScale": "DOUBLE", "SentenceStart": "INTEGER",
               "SentenceEnd": "INTEGER", "Negated": "BOOLEAN", "Confidence": "DOUBLE",
               "ActionGeo_Lat": "DOUBLE", "ActionGeo_Long": "DOUBLE"}

COUNT_FIELDS = ["NumMentions", "NumArticles", "NumSources"]
# Nothing is downloaded: DuckDB would otherwise fetch an extension for a SQLite file, md: or s3://.
DUCKDB_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
LOCK_WAIT = 10.0              # seconds to wait for another process to release the database
# Stored beside each event's GDELT fields (migration 3): who coded it, and where its words are.
EVENT_EXTRA = ["coder_version", "sentence_index", "actor1_start", "actor1_end", "actor2_start", "actor2_end"]
INSERT_BATCH = 500            # rows per INSERT statement

MIGRATIONS = [
    # 1: the first schema
    [
        """CREATE TABLE articles (
            article_key VARCHAR PRIMARY KEY, id VARCHAR, title VARCHAR, date VARCHAR, url VARCHAR,
            source VARCHAR, lang VARCHAR, origin VARCHAR, author VARCHAR, cluster_id VARCHAR,
            status VARCHAR, skipped VARCHAR, n_events INTEGER, text VARCHAR, ingested_at TIMESTAMP)""",
        "CREATE TABLE events (" + ", ".join(
            f"{f} {EVENT_TYPES.get(f, 'VARCHAR')}" + (" PRIMARY KEY" if f == "GLOBALEVENTID" else "")
            for f in EVENT_FIELDS) + ", article_key VARCHAR)",
        """CREATE TABLE rejected (
            reject_key VARCHAR PRIMARY KEY, origin VARCHAR, stage VARCHAR, reason VARCHAR,
            doc_id VARCHAR, seen_at TIMESTAMP)""",
        "CREATE TABLE gkg (article_key VARCHAR PRIMARY KEY, id VARCHAR, record JSON)",
        """CREATE TABLE dedup (article_key VARCHAR PRIMARY KEY, cluster_id VARCHAR, status VARCHAR,
            exact_hash VARCHAR, signature UBIGINT[])""",
    ],
    # 2: the corpus-level actor memory
    [
        """CREATE TABLE actor_memory (name VARCHAR, code VARCHAR, first_seen VARCHAR, last_seen VARCHAR,
            mentions INTEGER, PRIMARY KEY (name, code))""",
    ],
    # 3: every event is stored (filters apply when reading), with the coder version that made it,
    #    its sentence number and its actors' character offsets (for GDELT's Mentions table)
    [
        "ALTER TABLE events ADD COLUMN coder_version VARCHAR",
        "ALTER TABLE events ADD COLUMN sentence_index INTEGER",
        "ALTER TABLE events ADD COLUMN actor1_start INTEGER",
        "ALTER TABLE events ADD COLUMN actor1_end INTEGER",
        "ALTER TABLE events ADD COLUMN actor2_start INTEGER",
        "ALTER TABLE events ADD COLUMN actor2_end INTEGER",
        "ALTER TABLE articles ADD COLUMN coder_version VARCHAR",
        "CREATE INDEX events_article ON events (article_key)",
    ],
    # 4: events' date granularity; articles' dateline and the page furniture taken out of their text
    [
        "ALTER TABLE events ADD COLUMN IF NOT EXISTS DateGranularity VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS dateline VARCHAR",
        "ALTER TABLE articles ADD COLUMN IF NOT EXISTS removed JSON",
    ],
]
ARTICLE_COLUMNS = ["article_key", "id", "title", "date", "url", "source", "lang", "origin", "author", "cluster_id",
                   "status", "skipped", "n_events", "text", "ingested_at", "coder_version", "dateline", "removed"]


@dataclass
class EventFilter:
    """What `events` queries may ask for; empty fields do not filter."""
    actor: str = ""           # prefix of Actor1Code or Actor2Code, e.g. RUS, RUSGOV, IGOUNO
    source: str = ""          # prefix of Actor1Code (the dyad's first actor)
    target: str = ""          # prefix of Actor2Code
    country: str = ""         # ISO3 of either actor
    code: str = ""            # prefix of the CAMEO EventCode, e.g. 19, 163
    root: str = ""            # CAMEO root code, e.g. 04
    plover: str = ""          # PLOVER type, e.g. ASSAULT
    since: str = ""           # ISO date, inclusive
    until: str = ""           # ISO date, inclusive
    doc_id: str = ""
    min_confidence: float = Options.min_confidence    # the coder's default
    include_modal: bool = False    # keep negated, hypothetical, alleged, background, embedded events
    limit: int = 1000
    after: int | None = None       # cursor: only events whose GLOBALEVENTID is greater (id order)
    article_keys: tuple[str, ...] = ()   # only events of these articles (e.g. one run's inputs)


class Store:
    """The DuckDB database behind every eventwire command."""

    def __init__(self, path: str = ":memory:", read_only: bool = False, create: bool = True,
                 wait: float = LOCK_WAIT):
        """Open (or, with ``create``, create) the database at ``path``; raises DatabaseMissing,
        DatabaseLocked (after waiting ``wait`` seconds for another process) or DatabaseUnusable."""
        self.path = path
        if read_only:
            self.db = open_read_only(path)
            return
        self.db = connect(path, create, wait)
        try:
            self.check_schema()
            self.migrate()
        except BaseException:
            self.db.close()
            raise

    def check_schema(self) -> None:
        """Refuse a DuckDB file that another program made (tables, but no eventwire migrations)."""
        tables = {r[0] for r in self.db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()}
        if tables and "schema_migrations" not in tables:
            raise DatabaseUnusable(f"{self.path} is a DuckDB database of another program "
                                   f"(tables {', '.join(sorted(tables)[:5])}), not an eventwire database")

    @classmethod
    def from_connection(cls, db: duckdb.DuckDBPyConnection) -> "Store":
        """A Store over an open connection (e.g. a cursor of a shared read-only connection, one per
        thread); closing the Store closes that connection only."""
        store = cls.__new__(cls)
        store.path, store.db = "", db
        return store

    def migrate(self) -> None:
        try:
            self.apply_migrations()
        except duckdb.Error as exc:
            raise DatabaseUnusable(f"{self.path} has a schema eventwire cannot use: {first_line(exc)}") from None

    def apply_migrations(self) -> None:
        self.db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)")
        done = {r[0] for r in self.db.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, statements in enumerate(MIGRATIONS, 1):
            if version in done:
                continue
            self.db.execute("BEGIN")
            for sql in statements:
                self.db.execute(sql)
            self.db.execute("INSERT INTO schema_migrations VALUES (?)", [version])
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writes

    def has_article(self, article_key: str) -> bool:
        return bool(self.db.execute("SELECT 1 FROM articles WHERE article_key = ?", [article_key]).fetchone())

    def add_result(self, result: ArticleResult, dedup: list | None = None, memory: list | None = None) -> int:
        """Store one coded article with its events and knowledge graph; returns events added.

        What the run learned from the article goes in the same transaction: its near-duplicate
        index rows (dedup.Entry) and the actor memory rows it changed (memory.Remembered), so a
        run killed at any moment restarts from exactly what it had stored.
        """
        a = result.article
        key = a.content_hash
        if self.has_article(key):
            return 0
        records = [event_row(e) for e in result.events]
        self.db.execute("BEGIN")
        try:
            self.db.execute(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES "
                            f"({', '.join('?' * len(ARTICLE_COLUMNS))})",
                            [key, a.id, a.title, a.date, a.url, a.source, a.lang, a.origin, a.author,
                             a.cluster_id, a.status, result.skipped, len(records), a.text, now(),
                             "" if result.skipped else CODER_VERSION, a.dateline,
                             json.dumps([asdict(r) for r in a.removed], ensure_ascii=False)])
            added = self.insert_events(records, key)
            if result.gkg is not None:
                self.db.execute("INSERT INTO gkg VALUES (?,?,?) ON CONFLICT DO NOTHING",
                                [key, a.id, json.dumps(result.gkg.to_dict())])
            self.add_dedup_entries(dedup or [])
            self.upsert_memory(memory or [])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return added

    def insert_events(self, records: list[dict], article_key: str) -> int:
        """Insert an article's events; returns how many were not stored yet."""
        if not records:
            return 0
        ids = [rec["GLOBALEVENTID"] for rec in records]
        known = self.db.execute("SELECT count(*) FROM events WHERE list_contains(?, GLOBALEVENTID)",
                                [ids]).fetchone()[0]
        cols = EVENT_FIELDS + [c for c in EVENT_EXTRA if c in records[0]]
        self.insert_rows("events", cols + ["article_key"], [[rec[c] for c in cols] + [article_key] for rec in records])
        return len(set(ids)) - known

    def insert_rows(self, table: str, cols: list[str], rows: list[list]) -> None:
        """Insert rows not stored yet in one multi-row statement (DuckDB's executemany goes row by row)."""
        row = "(" + ", ".join("?" * len(cols)) + ")"
        for i in range(0, len(rows), INSERT_BATCH):
            batch = rows[i:i + INSERT_BATCH]
            self.db.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES {', '.join([row] * len(batch))} "
                            "ON CONFLICT DO NOTHING", [v for r in batch for v in r])

    def add_dedup_entries(self, entries) -> None:
        """Keep the near-duplicate index's rows (dedup.Entry) so later runs cluster against them."""
        self.insert_rows("dedup", ["article_key", "cluster_id", "status", "exact_hash", "signature"],
                         [[e.article_id, e.cluster_id, e.status, e.exact_hash, e.signature] for e in entries])

    def dedup_rows(self) -> list[tuple]:
        cur = self.db.execute("SELECT article_key, cluster_id, status, exact_hash, signature FROM dedup "
                              "ORDER BY rowid")
        return cur.fetchall()

    def load_memory(self):
        """The actor memory kept by earlier runs."""
        from .memory import ActorMemory, Remembered
        memory = ActorMemory()
        memory.merge(Remembered(*row) for row in self.db.execute(
            "SELECT name, code, first_seen, last_seen, mentions FROM actor_memory").fetchall())
        return memory

    def upsert_memory(self, rows) -> None:
        """Write these actor memory rows (memory.Remembered), replacing their stored versions."""
        for r in rows:
            self.db.execute("INSERT OR REPLACE INTO actor_memory VALUES (?,?,?,?,?)",
                            [r.name, r.code, r.first_seen, r.last_seen, r.mentions])

    def save_memory(self, memory) -> None:
        """Keep the actor memory (replacing what was kept: the memory was loaded from it)."""
        self.db.execute("BEGIN")
        self.db.execute("DELETE FROM actor_memory")
        self.insert_rows("actor_memory", ["name", "code", "first_seen", "last_seen", "mentions"],
                         [[r.name, r.code, r.first_seen, r.last_seen, r.mentions] for r in memory.rows()])
        self.db.execute("COMMIT")

    def add_rejections(self, items: list[Rejected]) -> None:
        """Store rejected inputs in one transaction (each once: the key is its origin and reason)."""
        if not items:
            return
        cols = ["reject_key", "origin", "stage", "reason", "doc_id", "seen_at"]
        self.db.execute("BEGIN")
        self.insert_columns("rejected", cols, [[r.reject_id for r in items], [r.origin for r in items],
                                               [r.stage for r in items], [r.reason for r in items],
                                               [r.doc_id for r in items], [now() for _ in items]])
        self.db.execute("COMMIT")

    def insert_columns(self, table: str, cols: list[str], columns: list[list]) -> None:
        """Insert rows not stored yet, given column by column, as one Arrow table scanned by DuckDB:
        ~100x faster than binding the values of a multi-row statement (13 s for 100,000 rejections)."""
        import pyarrow as pa

        batch = pa.table(dict(zip(cols, columns)))
        view = f"_eventwire_{table}_batch"
        self.db.register(view, batch)
        try:
            self.db.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {view} "
                            "ON CONFLICT DO NOTHING")
        finally:
            self.db.unregister(view)

    def add_rejected(self, r: Rejected) -> bool:
        """Store a rejected input once; returns False when it was already stored."""
        if self.db.execute("SELECT 1 FROM rejected WHERE reject_key = ?", [r.reject_id]).fetchone():
            return False
        self.db.execute("INSERT INTO rejected VALUES (?,?,?,?,?,?)",
                        [r.reject_id, r.origin, r.stage, r.reason, r.doc_id, now()])
        return True

    # ------------------------------------------------------------ reads

    def known_urls(self, urls: list[str]) -> set[str]:
        """The URLs among ``urls`` that an article was stored from, or that were stored as rejected
        (what `eventwire follow` must not fetch again)."""
        if not urls:
            return set()
        cur = self.db.execute("""SELECT url FROM articles WHERE list_contains(?, url)
                                 UNION SELECT origin FROM rejected WHERE list_contains(?, origin)""", [urls, urls])
        return {r[0] for r in cur.fetchall()}

    def count(self, table: str) -> int:
        assert table in ("articles", "events", "rejected", "gkg")
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def count_stage(self, table: str, stage: str) -> int:
        """Rows of the rejected table from one stage (e.g. the notes of articles cut at max_chars)."""
        assert table == "rejected"
        return self.db.execute("SELECT count(*) FROM rejected WHERE stage = ?", [stage]).fetchone()[0]

    def events(self, f: EventFilter) -> list[dict]:
        """Stored events matching a filter, newest first — one row per event, not per copy.

        Mentions of the same event (same CAMEO code and actors) in one article or in copies of
        one story (a near-duplicate cluster) are one event, with GDELT's counts: NumMentions,
        NumArticles (exact copies that were not coded again count too) and NumSources.
        With a cursor (``f.after``) events come in GLOBALEVENTID order, after that id.
        """
        if f.limit < 0:
            raise UsageError(f"--limit must be 0 or more, got {f.limit}")
        sql, args = grouped_events_sql(f)
        page, order = ("WHERE first_id > ?", "first_id") if f.after is not None else \
            ("", "SQLDATE DESC NULLS LAST, DocId, SentenceStart, first_id")
        cursor = [f.after] if f.after is not None else []
        cur = self.db.execute(f"SELECT * EXCLUDE (first_id) FROM ({sql}) {page} ORDER BY {order} LIMIT ?",
                              args + cursor + [f.limit])
        return [dict(zip(EVENT_FIELDS + COUNT_FIELDS, row)) for row in cur.fetchall()]

    def event_provenance(self, event_id: int) -> dict | None:
        """One stored event (any of its mentions) with where its words are and who coded it."""
        cols = EVENT_FIELDS + EVENT_EXTRA
        meta = ["id", "title", "date", "url", "source"]
        row = self.db.execute(f"SELECT {', '.join('e.' + c for c in cols)}, {', '.join('a.' + c for c in meta)} "
                              "FROM events e JOIN articles a USING (article_key) WHERE e.GLOBALEVENTID = ?",
                              [event_id]).fetchone()
        if row is None:
            return None
        return {**dict(zip(cols, row)), "article": dict(zip(meta, row[len(cols):]))}

    def article(self, doc_id: str) -> dict | None:
        """A stored article (the first stored under this id) with its text and coder version."""
        cols = ["article_key", "id", "title", "date", "url", "source", "lang", "origin", "author",
                "cluster_id", "status", "skipped", "n_events", "text", "coder_version"]
        row = self.db.execute(f"SELECT {', '.join(cols)} FROM articles WHERE id = ? ORDER BY ingested_at, "
                              "article_key LIMIT 1", [doc_id]).fetchone()
        return dict(zip(cols, row)) if row else None

    def article_events(self, article_key: str, f: EventFilter) -> list[dict]:
        """Every stored event of one article passing the read filters, in text order, with offsets."""
        where, args = event_where(EventFilter(min_confidence=f.min_confidence, include_modal=f.include_modal))
        cols = EVENT_FIELDS + EVENT_EXTRA
        sql = (f"SELECT {', '.join('e.' + c for c in cols)} FROM events e {where} "
               f"{'AND' if where else 'WHERE'} e.article_key = ? ORDER BY e.SentenceStart, e.GLOBALEVENTID")
        return [dict(zip(cols, r)) for r in self.db.execute(sql, args + [article_key]).fetchall()]

    def gkg_record(self, article_key: str) -> dict | None:
        row = self.db.execute("SELECT record FROM gkg WHERE article_key = ?", [article_key]).fetchone()
        return json.loads(row[0]) if row else None

    def mentions(self, f: EventFilter) -> list[dict]:
        """One row per stored mention of an event (GDELT 2.0's Mentions table), with the id of the
        event it is grouped under in `events` (same CAMEO code and actors in one story)."""
        where, args = event_where(f)
        sql = f"""
            WITH m AS (SELECT e.*, coalesce(nullif(a.cluster_id, ''), a.article_key) AS cid,
                              a.source AS src, a.url AS article_url, a.ingested_at AS seen,
                              length(a.text) AS doc_len
                       FROM events e JOIN articles a USING (article_key) {where}),
                 g AS (SELECT cid, EventCode, Actor1Code, Actor2Code, min(GLOBALEVENTID) AS event_id,
                              min(seen) AS first_seen FROM m GROUP BY 1, 2, 3, 4)
            SELECT g.event_id, g.first_seen, m.seen, m.src, m.article_url, m.DocId, m.sentence_index,
                   m.actor1_start, m.actor2_start, m.SentenceStart, m.SentenceEnd, m.SentenceText,
                   m.EventText, m.Confidence, m.doc_len,
                   CAST(json_extract(k.record, '$.tone.tone') AS DOUBLE), m.GLOBALEVENTID
            FROM m JOIN g USING (cid, EventCode, Actor1Code, Actor2Code)
            LEFT JOIN gkg k ON k.article_key = m.article_key
            ORDER BY g.event_id, m.seen, m.DocId, m.SentenceStart LIMIT ?"""
        names = ["GLOBALEVENTID", "EventSeen", "MentionSeen", "MentionSourceName", "MentionURL", "DocId",
                 "SentenceIndex", "Actor1Start", "Actor2Start", "SentenceStart", "SentenceEnd", "SentenceText",
                 "EventText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionId"]
        return [dict(zip(names, r)) for r in self.db.execute(sql, args + [f.limit]).fetchall()]

    # ------------------------------------------------------------ re-coding

    def articles_to_recode(self, after_key: str = "", limit: int = 100, stale_only: bool = False) -> list[Article]:
        """A page of coded articles (not exact copies, not skipped), in key order after ``after_key``;
        with ``stale_only``, only those another coder version coded."""
        stale = "AND coalesce(coder_version, '') <> ?" if stale_only else ""
        cols = ["article_key", "id", "text", "title", "date", "url", "source", "lang", "origin", "author",
                "cluster_id", "status", "coalesce(dateline, '')"]
        rows = self.db.execute(f"""SELECT {', '.join(cols)} FROM articles
            WHERE status <> 'duplicate' AND coalesce(skipped, '') = '' AND article_key > ? {stale}
            ORDER BY article_key LIMIT ?""", [after_key] + ([CODER_VERSION] if stale_only else []) + [limit])
        return [(r[0], Article(*r[1:])) for r in rows.fetchall()]

    def replace_events(self, article_key: str, events: list[Event]) -> tuple[int, int]:
        """Replace one article's events by a new coding in one transaction; (removed, stored)."""
        records = [event_row(e) for e in events]
        self.db.execute("BEGIN")
        try:
            removed = self.db.execute("SELECT count(*) FROM events WHERE article_key = ?", [article_key]).fetchone()[0]
            self.db.execute("DELETE FROM events WHERE article_key = ?", [article_key])
            stored = self.insert_events(records, article_key)
            self.db.execute("UPDATE articles SET n_events = ?, coder_version = ? WHERE article_key = ?",
                            [len(records), CODER_VERSION, article_key])
            self.db.execute("COMMIT")
        except Exception:
            self.db.execute("ROLLBACK")
            raise
        return removed, stored

    def article_tones(self) -> dict[str, float]:
        """Article id → GKG tone, for GDELT's AvgTone."""
        cur = self.db.execute("SELECT id, CAST(json_extract(record, '$.tone.tone') AS DOUBLE) FROM gkg")
        return {r[0]: r[1] for r in cur.fetchall()}

    def gkg_records(self, limit: int = 10**9) -> list[tuple[dict, dict]]:
        """(article fields, GKG record) pairs of stored articles, oldest first."""
        cur = self.db.execute("""SELECT a.id, a.title, a.date, a.url, a.source, g.record FROM gkg g
                                 JOIN articles a USING (article_key) ORDER BY a.ingested_at, a.id LIMIT ?""", [limit])
        return [({"id": r[0], "title": r[1], "date": r[2], "url": r[3], "source": r[4]}, json.loads(r[5]))
                for r in cur.fetchall()]

    def copy_to_parquet(self, table: str, path: str) -> None:
        """Write a stored table (events, articles, gkg, rejected) to a Parquet file."""
        assert table in ("articles", "events", "rejected", "gkg")
        try:
            self.db.execute(f"COPY {table} TO '{path.replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
        except duckdb.Error as exc:
            raise OutputError(f"cannot write {path}: {first_line(exc).removeprefix('IO Error: ')}") from None

    def rejected(self) -> list[dict]:
        cur = self.db.execute("SELECT origin, stage, reason, doc_id FROM rejected ORDER BY seen_at, origin")
        return [dict(zip(("origin", "stage", "reason", "doc_id"), r)) for r in cur.fetchall()]

    def summary(self, f: EventFilter | None = None) -> list[dict]:
        """Event counts by CAMEO root and PLOVER type, most frequent first (read filters apply)."""
        where, args = event_where(f or EventFilter())
        cur = self.db.execute(f"""SELECT e.EventRootCode, e.PloverType, count(*) AS n FROM events e {where}
                                  GROUP BY 1, 2 ORDER BY n DESC, 1""", args)
        return [{"root": r[0], "plover": r[1], "events": r[2]} for r in cur.fetchall()]

    def count_events(self, f: EventFilter | None = None) -> int:
        """Stored event rows passing the read filters (all stored rows with no filter given)."""
        where, args = event_where(f) if f else ("", [])
        return self.db.execute(f"SELECT count(*) FROM events e {where}", args).fetchone()[0]


def event_row(e: Event) -> dict:
    """An event as stored: its GDELT record plus the coder version, sentence number and actor offsets."""
    rec = event_record(e)
    rec.update(coder_version=CODER_VERSION, sentence_index=e.sentence.index,
               actor1_start=e.source.start if e.source else None, actor1_end=e.source.end if e.source else None,
               actor2_start=e.target.start if e.target else None, actor2_end=e.target.end if e.target else None)
    return rec


def grouped_events_sql(f: EventFilter) -> tuple[str, list]:
    """SQL for the stored events passing a filter, one row per event (mentions of one event in an
    article or a story's copies grouped), with NumMentions, NumArticles, NumSources."""
    where, args = event_where(f)
    cols = ", ".join(f"m.{c}" for c in EVENT_FIELDS)
    return f"""
        WITH m AS (SELECT e.*, coalesce(nullif(a.cluster_id, ''), a.article_key) AS cid, a.source AS src
                   FROM events e JOIN articles a USING (article_key) {where}),
             copies AS (SELECT cluster_id AS cid, count(*) AS n FROM articles
                        WHERE status = 'duplicate' AND cluster_id <> '' GROUP BY 1),
             g AS (SELECT cid, EventCode, Actor1Code, Actor2Code, min(GLOBALEVENTID) AS first_id,
                          count(*) AS mentions, count(DISTINCT article_key) AS arts,
                          count(DISTINCT src) AS srcs
                   FROM m GROUP BY 1, 2, 3, 4)
        SELECT {cols}, g.mentions + coalesce(c.n, 0) AS NumMentions, g.arts + coalesce(c.n, 0) AS NumArticles,
               g.srcs AS NumSources, g.first_id AS first_id
        FROM g JOIN m ON m.GLOBALEVENTID = g.first_id LEFT JOIN copies c ON c.cid = g.cid""", args


def event_where(f: EventFilter) -> tuple[str, list]:
    clauses, args = [], []
    if f.actor:
        clauses.append("(e.Actor1Code LIKE ? ESCAPE '\\' OR e.Actor2Code LIKE ? ESCAPE '\\')")
        args += [like_prefix(f.actor.upper())] * 2
    for col, value in (("Actor1Code", f.source), ("Actor2Code", f.target)):
        if value:
            clauses.append(f"e.{col} LIKE ? ESCAPE '\\'")
            args.append(like_prefix(value.upper()))
    if f.country:
        clauses.append("(e.Actor1CountryCode = ? OR e.Actor2CountryCode = ?)")
        args += [f.country.upper()] * 2
    for col, value in (("EventCode", f.code), ("EventRootCode", f.root)):
        if value:
            clauses.append(f"e.{col} LIKE ? ESCAPE '\\'")
            args.append(like_prefix(value))
    if f.plover:
        clauses.append("e.PloverType = ?")
        args.append(f.plover.upper())
    if f.since:
        clauses.append("e.SQLDATE >= ?")
        args.append(sql_day(f.since, "0", "since"))
    if f.until:
        clauses.append("e.SQLDATE <= ?")
        args.append(sql_day(f.until, "9", "until"))
    if f.article_keys:
        clauses.append("list_contains(?, e.article_key)")
        args.append(list(f.article_keys))
    if f.doc_id:
        clauses.append("e.DocId = ?")
        args.append(f.doc_id)
    if f.min_confidence:
        clauses.append("e.Confidence >= ?")
        args.append(f.min_confidence)
    if not f.include_modal:
        clauses.append(f"coalesce(e.Mode, '') NOT IN ({', '.join('?' * len(UNREAL_MODES))})")
        args += list(UNREAL_MODES)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", args


class StoreNotReadable(SetupError):
    """A database that cannot be opened for reading: missing, not DuckDB, or an older schema."""


def open_read_only(path: str) -> duckdb.DuckDBPyConnection:
    """A read-only connection to an existing database of the current schema."""
    try:
        db = duckdb.connect(path, read_only=True, config=DUCKDB_CONFIG)
        done = {r[0] for r in db.execute("SELECT version FROM schema_migrations").fetchall()}
    except duckdb.Error as exc:
        raise StoreNotReadable(f"{path}: not an eventwire database ({exc})") from exc
    if len(done) < len(MIGRATIONS):
        db.close()
        raise StoreNotReadable(f"{path}: made by an older eventwire (schema {max(done, default=0)}, "
                               f"now {len(MIGRATIONS)}); open it once for writing (e.g. 'eventwire summary') "
                               "to migrate it")
    return db


def like_prefix(value: str) -> str:
    """A LIKE pattern matching values that start with ``value`` taken literally (% and _ escaped)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def sql_day(value: str, fill: str, name: str) -> int:
    """YYYYMMDD from YYYY, YYYY-MM or YYYY-MM-DD (a shorter date is filled with ``fill``);
    UsageError for anything else."""
    if not DAY.fullmatch(value.strip()):
        raise UsageError(f"--{name} expects a date as YYYY-MM-DD (or YYYY-MM, YYYY), got '{value}'")
    return int(value.strip().replace("-", "").ljust(8, fill))


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def connect(path: str, create: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection, with DuckDB's errors turned into eventwire's (one clear line each)."""
    if not path.strip():
        raise UsageError("the database path is empty: name a file, e.g. --db eventwire.duckdb")
    if not create and path != ":memory:" and not os.path.exists(path):
        raise DatabaseMissing(f"no database at {path} (commands that only read never create one)")
    deadline = time.monotonic() + wait
    while True:
        try:
            return duckdb.connect(path, config=DUCKDB_CONFIG)
        except duckdb.Error as exc:
            locked = "Could not set lock" in str(exc)
            if locked and time.monotonic() < deadline:
                time.sleep(0.25)
                continue
            raise open_error(path, exc, locked) from None


def open_error(path: str, exc: duckdb.Error, locked: bool) -> Exception:
    """The eventwire error for a database DuckDB cannot open."""
    text = first_line(exc)
    if locked:
        holder = text.split("Conflicting lock is held in", 1)[-1].split(". See", 1)[0].strip()
        return DatabaseLocked(f"database {path} is in use by another process ({holder}); "
                              "try again when it has finished")
    if "extension" in text.lower():
        return DatabaseUnusable(f"{path} is not a DuckDB database file (other formats and remote "
                                "databases are not opened: extensions are never downloaded)")
    return DatabaseUnusable(f"cannot open database {path}: {text.removeprefix('IO Error: ')}")


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
