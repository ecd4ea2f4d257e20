"""Triage: what each article read is before it is coded — its language, whether it was stored
already, and which near-duplicate cluster it belongs to."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .dedup import NearDuplicateIndex
from .language import mark_language
from .records import Article, Rejected


@dataclass
class TriageCounts:
    """How many inputs were exact copies (in the batch or already stored), near-duplicates or rejected."""
    duplicate: int = 0
    near_duplicate: int = 0
    rejected: int = 0
    rejections: list[Rejected] = field(default_factory=list)


def triage(items: Iterable[Article | Rejected], index: NearDuplicateIndex,
           is_known: Callable[[str], bool] = lambda key: False,
           counts: TriageCounts | None = None) -> Iterator[Article | Rejected]:
    """Articles with language, cluster and status set; articles already stored are dropped
    (``is_known`` answers for an article key) and counted; rejections pass through."""
    counts = counts if counts is not None else TriageCounts()
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Rejected):
            counts.rejected += 1
            counts.rejections.append(item)
            yield item
            continue
        key = item.content_hash
        if key in seen or is_known(key):
            counts.duplicate += 1
            continue
        seen.add(key)
        yield classify(item, index, counts)


def classify(article: Article, index: NearDuplicateIndex, counts: TriageCounts) -> Article:
    """Set an article's language and near-duplicate cluster (keyed by content, not by id)."""
    mark_language(article)
    found = index.match(article.content_hash, article.text)
    article.cluster_id, article.status = found.cluster_id, found.status
    if found.status == "duplicate":
        counts.duplicate += 1
    elif found.status == "near-duplicate":
        counts.near_duplicate += 1
    return article
