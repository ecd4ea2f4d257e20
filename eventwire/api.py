"""The library functions behind every interface: the CLI, the Python API and the REST API call these.

No interface does NLP or SQL itself; they parse their input, call one function here and turn
its exceptions into messages.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from . import pipeline
from .export import csv_cell, event_record, gdelt_mention_row, gdelt_row, mention_record
from .lexicon import load_lexicons, with_memory
from .limits import Limits
from .options import Options
from .pipeline import IngestReport, for_storage, run  # noqa: F401  (IngestReport re-exported)
from .readers import read_inputs
from .records import Article, ArticleResult, Rejected
from .dedup import NearDuplicateIndex
from .store import EventFilter, Store
from .triage import TriageCounts, classify


def code_inputs(inputs: Iterable[str], options: Options = Options()) -> Iterator[ArticleResult | Rejected]:
    """Read and code files or folders; yields one result per article and one Rejected per bad input."""
    yield from run(read_inputs(inputs, Limits.of(options)), options)


def code_texts(texts: Iterable[str | Article], options: Options = Options()) -> list[ArticleResult | Rejected]:
    """Code articles given as strings or Article records (the Python API's simplest door): one
    result per text, in order; a text the coder fails on is a Rejected record in its place that
    names the text and why (``event_dicts`` passes over it), so the rest of the batch is coded."""
    articles = [t if isinstance(t, Article) else Article(id=f"text-{i}", text=t) for i, t in enumerate(texts)]
    return list(run(articles, options))


def event_dicts(results: Iterable[ArticleResult | Rejected]) -> Iterator[dict]:
    for r in results:
        if isinstance(r, ArticleResult):
            yield from (event_record(e) for e in r.events)


def ingest(inputs: Iterable[str], db_path: str, options: Options = Options(),
           on_item: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, triage (language, copies), code and store inputs (``pipeline.ingest``): articles
    already stored are not read twice; exact copies are stored as members of their cluster
    without coding. ``options.engine`` chooses where parsing and coding run (local or ray)."""
    return pipeline.ingest(inputs, db_path, options, on_item)


def read_filter(options: Options, **fields) -> EventFilter:
    """The read filter matching a run's modal and confidence settings."""
    return EventFilter(include_modal=options.include_modal, min_confidence=options.min_confidence, **fields)


def extract(inputs: Iterable[str], db_path: str | None = None) -> Iterator[Article | Rejected]:
    """Articles as the readers and triage make them (language, cluster, status), without coding;
    with a database, copies of stored articles are recognised too (nothing is written)."""
    stored = Store(db_path, create=False) if db_path else None
    index = NearDuplicateIndex.from_rows(stored.dedup_rows() if stored else [])
    try:
        for item in read_inputs(inputs):
            if isinstance(item, Article):
                if stored is not None and stored.has_article(item.content_hash):
                    item.status = "duplicate"
                else:
                    classify(item, index, TriageCounts())
            yield item
    finally:
        if stored is not None:
            stored.close()


def actor_memory(db_path: str) -> list:
    """The people the corpus taught eventwire, with their codes and when they were seen."""
    with Store(db_path, create=False) as store:
        return store.load_memory().rows()


def list_events(db_path: str, filters: EventFilter = EventFilter()) -> list[dict]:
    """Stored events passing the filters (by default the coder's: no modal events, the default confidence floor)."""
    with Store(db_path, create=False) as store:
        return store.events(filters)


def summary(db_path: str, filters: EventFilter = EventFilter()) -> dict:
    """Counts of articles, events passing the read filters (and all stored), rejected inputs; events by type."""
    with Store(db_path, create=False) as store:
        return summary_of(store, filters)


@dataclass
class RecodeReport:
    """What one recode run did: articles re-coded, events removed (the old coding) and stored."""
    articles: int = 0
    removed: int = 0
    stored: int = 0


def recode(db_path: str, options: Options = Options(), stale_only: bool = False,
           on_item: Callable[[RecodeReport], None] | None = None) -> RecodeReport:
    """Code stored articles again with the installed coder: per article, one transaction replaces
    its events (tagged with this coder version); articles, knowledge graph and the rest stay."""
    report = RecodeReport()
    with Store(db_path, create=False) as store:
        lexicons = with_memory(load_lexicons(tuple(options.actor_dictionaries), word_vectors=options.word_vectors),
                               store.load_memory())
        keys: dict[str, str] = {}
        for item in run(stored_articles(store, keys, stale_only), for_storage(options.replace(gkg=False)), lexicons):
            if isinstance(item, ArticleResult) and not item.skipped:
                removed, stored = store.replace_events(keys.pop(item.article.origin), item.events)
                report.articles, report.removed, report.stored = (report.articles + 1, report.removed + removed,
                                                                  report.stored + stored)
                if on_item:
                    on_item(report)
    return report


def stored_articles(store: Store, keys: dict[str, str], stale_only: bool, page: int = 100) -> Iterator[Article]:
    """Stored articles to re-code, a page at a time; ``keys`` maps a private origin tag to the article key."""
    after = ""
    while batch := store.articles_to_recode(after, page, stale_only):
        for key, article in batch:
            article.origin = f"recode:{key}"       # unique per stored row, even for repeated ids
            keys[article.origin] = key
            yield article
        after = batch[-1][0]


def gkg_results(inputs: Iterable[str], options: Options = Options()) -> Iterator[ArticleResult | Rejected]:
    """Read and parse files, extracting each article's knowledge graph (and its events)."""
    yield from code_inputs(inputs, options.replace(gkg=True))


def export(db_path: str, what: str, fmt: str, out, filters: EventFilter = EventFilter()) -> int:
    """Write stored events, their mentions or knowledge-graph records to a text stream; returns rows
    written. what: events | mentions | gkg; fmt: jsonl | csv | gdelt (GDELT 2.0 event or mentions
    table, GKG 2.1 layout). The read filters choose which events (and mentions) are written."""
    filters = replace(filters, limit=10**12)
    with Store(db_path, create=False) as store:
        if what == "events":
            return export_events(store, fmt, out, filters)
        if what == "mentions":
            return export_mentions(store, fmt, out, filters)
        return export_gkg(store, fmt, out)


def export_mentions(store: Store, fmt: str, out, filters: EventFilter) -> int:
    rows = [mention_record(m) for m in store.mentions(filters)]
    if fmt == "gdelt":
        out.writelines(gdelt_mention_row(m) + "\n" for m in rows)
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        out.writelines(json.dumps(m, ensure_ascii=False, default=str) + "\n" for m in rows)
    return len(rows)


def export_events(store: Store, fmt: str, out, filters: EventFilter = EventFilter(limit=10**12)) -> int:
    rows = store.events(filters)
    if fmt == "gdelt":
        tones = store.article_tones()
        for row in rows:
            out.write(gdelt_row(row, tones.get(row["DocId"])) + "\n")
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    return len(rows)


def export_gkg(store: Store, fmt: str, out) -> int:
    from .gkg.export import gkg_row
    from .gkg.records import GkgRecord
    pairs = store.gkg_records()
    for fields, record in pairs:
        if fmt == "gdelt":
            out.write(gkg_row(GkgRecord.from_dict(record), Article(text="", **fields)) + "\n")
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(pairs)


def write_csv(rows: list[dict], out) -> None:
    if rows:
        w = csv.DictWriter(out, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows({k: csv_cell(v) for k, v in row.items()} for row in rows)


def export_parquet(db_path: str, what: str, path: str) -> None:
    """Write a stored table (events, articles, gkg, rejected) as Parquet."""
    with Store(db_path, create=False) as store:
        store.copy_to_parquet(what, path)


ANALYSES = ("dyad_series", "top_actors", "top_dyads", "network", "types_over_time", "activity",
            "articles_over_time", "locations")


def analyze(db_path: str, name: str, read_only: bool = False, **kwargs):
    """Run one of the analysis functions (``ANALYSES``) on a database; returns its DataFrame."""
    from . import analysis
    if name not in ANALYSES:
        raise analysis.AnalysisError(f"unknown analysis '{name}': expected one of {', '.join(ANALYSES)}")
    with Store(db_path, read_only=read_only, create=False) as store:
        return getattr(analysis, name)(store, **kwargs)


def frame_records(frame) -> list[dict]:
    """A DataFrame's rows as plain dicts (dates as ISO strings, missing values as None) for JSON and tables."""
    import pandas as pd
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return [{k: plain_value(v) for k, v in row.items()} for row in rows]


def plain_value(value):
    import pandas as pd
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if hasattr(value, "item"):          # numpy scalars
        return value.item()
    return value


def write_frame(frame, fmt: str, out) -> None:
    """Write a DataFrame as CSV to a text stream, or as Parquet to a file path (through DuckDB)."""
    if fmt == "parquet":
        import duckdb
        with duckdb.connect() as db:
            db.register("frame", frame)
            db.execute(f"COPY frame TO '{out.replace(chr(39), chr(39) * 2)}' (FORMAT PARQUET)")
    else:
        frame.to_csv(out, index=False)


# ------------------------------------------------------------ the REST API's library functions

def json_event(row: dict) -> dict:
    """An event for JSON clients: GLOBALEVENTID as a string (it exceeds JavaScript's 2**53)."""
    return {**row, "GLOBALEVENTID": str(row["GLOBALEVENTID"])}


def event_page(store: Store, filters: EventFilter) -> dict:
    """One page of events in GLOBALEVENTID order after ``filters.after``, and the cursor of the next
    page (None on the last page)."""
    rows = store.events(replace(filters, after=-1 if filters.after is None else filters.after,
                                limit=filters.limit + 1))
    more = len(rows) > filters.limit
    rows = rows[:filters.limit]
    return {"events": [json_event(r) for r in rows],
            "next_cursor": str(rows[-1]["GLOBALEVENTID"]) if more else None}


def event_detail(store: Store, event_id: int) -> dict | None:
    """One stored event with its provenance: sentence, offsets of its actors, trigger, rule,
    coder version, and the article it came from."""
    row = store.event_provenance(event_id)
    return None if row is None else json_event(row)


def article_detail(store: Store, doc_id: str, filters: EventFilter = EventFilter()) -> dict | None:
    """A stored article: its fields and text, its events passing the read filters (with the
    offsets of their sentences and actors) and its knowledge-graph record."""
    article = store.article(doc_id)
    if article is None:
        return None
    key = article.pop("article_key")
    return {**article, "events": [json_event(e) for e in store.article_events(key, filters)],
            "gkg": store.gkg_record(key)}


def summary_of(store: Store, filters: EventFilter = EventFilter()) -> dict:
    """The summary numbers for an open store (what `summary` prints)."""
    cut = store.count_stage("rejected", pipeline.CUT)        # notes of articles cut at max_chars
    return {"articles": store.count("articles"), "events": store.count_events(filters),
            "events_stored": store.count("events"), "rejected": store.count("rejected") - cut,
            "cut": cut, "by_type": store.summary(filters)}


def analysis_rows(store: Store, name: str, **kwargs) -> list[dict]:
    """An analysis function's rows as JSON-ready dicts."""
    from . import analysis
    if name not in ANALYSES:
        raise analysis.AnalysisError(f"unknown analysis '{name}'")
    return frame_records(getattr(analysis, name)(store, **kwargs))


def code_text(text: str, date: str = "", options: Options = Options(gkg=False)) -> list[dict]:
    """Code one text on the fly (nothing stored); its events as JSON-ready dicts. A text the coder
    fails on is a TextNotCoded error that names why, not an empty answer."""
    from .errors import TextNotCoded
    results = code_texts([Article(id="text", text=text, date=date)], options)
    for r in results:
        if isinstance(r, Rejected):
            raise TextNotCoded(f"the text could not be coded ({r.stage}): {r.reason}")
    return [json_event(e) for e in event_dicts(results)]
