"""The library functions behind every interface: the CLI, the Python API and the REST API call these.

No interface does NLP or SQL itself; they parse their input, call one function here and turn
its exceptions into messages.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .export import event_record, gdelt_row
from .lexicon import load_lexicons, with_memory
from .options import Options
from .pipeline import run
from .readers import read_inputs
from .records import Article, ArticleResult, Rejected
from .dedup import NearDuplicateIndex
from .store import EventFilter, Store
from .triage import TriageCounts, classify, triage


@dataclass
class IngestReport(TriageCounts):
    """What one ingest run did, for the summary line and the exit code: the triage counts plus
    the articles coded as new, those stored but skipped, and the events stored."""
    new: int = 0
    skipped: int = 0
    events: int = 0


def code_inputs(inputs: Iterable[str], options: Options = Options()) -> Iterator[ArticleResult | Rejected]:
    """Read and code files or folders; yields one result per article and one Rejected per bad input."""
    yield from run(read_inputs(inputs), options)


def code_texts(texts: Iterable[str | Article], options: Options = Options()) -> list[ArticleResult]:
    """Code articles given as strings or Article records (the Python API's simplest door)."""
    articles = [t if isinstance(t, Article) else Article(id=f"text-{i}", text=t) for i, t in enumerate(texts)]
    return [r for r in run(articles, options) if isinstance(r, ArticleResult)]


def event_dicts(results: Iterable[ArticleResult | Rejected]) -> Iterator[dict]:
    for r in results:
        if isinstance(r, ArticleResult):
            yield from (event_record(e) for e in r.events)


def ingest(inputs: Iterable[str], db_path: str, options: Options = Options(),
           on_item: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, triage (language, copies), code and store inputs. Articles already stored are
    not read twice; exact copies are stored as members of their cluster without coding."""
    report = IngestReport()
    with Store(db_path) as store:
        index = NearDuplicateIndex.from_rows(store.dedup_rows())
        lexicons = with_memory(load_lexicons(tuple(options.actor_dictionaries), tuple(options.agent_dictionaries),
                                                 tuple(options.verb_dictionaries)), store.load_memory())
        articles = triage(read_inputs(inputs), index, store.has_article, report)
        try:
            for item in run(articles, options, lexicons):
                record(item, store, index, report)
                if on_item:
                    on_item(report)
        finally:
            store.save_memory(lexicons.memory)
    return report


def record(item: ArticleResult | Rejected, store: Store, index: NearDuplicateIndex, report: IngestReport) -> None:
    if isinstance(item, Rejected):
        store.add_rejected(item)          # counted by triage
        return
    report.events += store.add_result(item)
    store.add_dedup_entries([index.entries[item.article.content_hash]])
    if item.skipped and item.article.status != "duplicate":
        report.skipped += 1
    elif item.article.status == "new":
        report.new += 1


def extract(inputs: Iterable[str], db_path: str | None = None) -> Iterator[Article | Rejected]:
    """Articles as the readers and triage make them (language, cluster, status), without coding;
    with a database, copies of stored articles are recognised too (nothing is written)."""
    stored = Store(db_path) if db_path else None
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
    with Store(db_path) as store:
        return store.load_memory().rows()


def list_events(db_path: str, filters: EventFilter = EventFilter()) -> list[dict]:
    with Store(db_path) as store:
        return store.events(filters)


def summary(db_path: str) -> dict:
    with Store(db_path) as store:
        return {"articles": store.count("articles"), "events": store.count("events"),
                "rejected": store.count("rejected"), "by_type": store.summary()}


def gkg_results(inputs: Iterable[str], options: Options = Options()) -> Iterator[ArticleResult | Rejected]:
    """Read and parse files, extracting each article's knowledge graph (and its events)."""
    yield from code_inputs(inputs, options.replace(gkg=True))


def export(db_path: str, what: str, fmt: str, out) -> int:
    """Write stored events or knowledge-graph records to a text stream; returns rows written.

    what: events | gkg; fmt: jsonl | csv | gdelt (GDELT 2.0 event table / GKG 2.1 layout).
    """
    with Store(db_path) as store:
        if what == "events":
            return export_events(store, fmt, out)
        return export_gkg(store, fmt, out)


def export_events(store: Store, fmt: str, out) -> int:
    rows = store.events(EventFilter(limit=10**12))
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
        w.writerows(rows)


def export_parquet(db_path: str, what: str, path: str) -> None:
    """Write a stored table (events, articles, gkg, rejected) as Parquet."""
    with Store(db_path) as store:
        store.copy_to_parquet(what, path)
