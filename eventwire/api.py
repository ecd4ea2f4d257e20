"""The library functions behind every interface: the CLI, the Python API and the REST API call these.

No interface does NLP or SQL itself; they parse their input, call one function here and turn
its exceptions into messages.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .export import event_record
from .options import Options
from .pipeline import run
from .readers import read_inputs
from .records import Article, ArticleResult, Rejected
from .store import EventFilter, Store


@dataclass
class IngestReport:
    """What one ingest run did, for the summary line and the exit code."""
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0
    skipped: int = 0
    rejected: int = 0
    events: int = 0
    rejections: list[Rejected] = field(default_factory=list)


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
    """Read, code and store inputs; articles already stored are not coded again."""
    report = IngestReport()
    with Store(db_path) as store:
        fresh = new_articles(read_inputs(inputs), store, report)
        for item in run(fresh, options):
            record(item, store, report)
            if on_item:
                on_item(report)
    return report


def new_articles(items: Iterable[Article | Rejected], store: Store, report: IngestReport):
    """Articles not yet stored (exact duplicates are counted and dropped) and all rejections."""
    seen = set()
    for item in items:
        if isinstance(item, Article):
            key = item.content_hash
            if key in seen or store.has_article(key):
                report.duplicate += 1
                continue
            seen.add(key)
        yield item


def record(item: ArticleResult | Rejected, store: Store, report: IngestReport) -> None:
    if isinstance(item, Rejected):
        report.rejected += 1
        report.rejections.append(item)
        store.add_rejected(item)
        return
    report.events += store.add_result(item)
    if item.skipped:
        report.skipped += 1
    else:
        report.new += 1


def list_events(db_path: str, filters: EventFilter = EventFilter()) -> list[dict]:
    with Store(db_path) as store:
        return store.events(filters)


def summary(db_path: str) -> dict:
    with Store(db_path) as store:
        return {"articles": store.count("articles"), "events": store.count("events"),
                "rejected": store.count("rejected"), "by_type": store.summary()}
