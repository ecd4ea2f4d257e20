"""Exact and near-duplicate detection of articles: content hashes plus MinHash LSH.

An article is first looked up by the hash of its normalised words (same words
in the same order: an exact duplicate, whatever the punctuation, case or
spacing). Otherwise its MinHash signature over word shingles is looked up in
an LSH index, and the best candidate whose estimated Jaccard similarity
reaches ``threshold`` gives the cluster. A cluster's id is the id of its
first article.

Parameters, chosen on news-dev.jsonl with edited copies (tests/test_dedup.py):

* ``SHINGLE_WORDS = 3``: word trigrams. Bigrams are shared by too many
  unrelated stories on the same topic; with 5-grams a handful of changed
  words in a 60-word wire story already pushes a copy below any safe
  threshold.
* ``NUM_PERM = 128``: the standard error of the Jaccard estimate is
  sqrt(J(1-J)/128), about 0.04 near the threshold, at ~1 kB per signature.
* ``THRESHOLD = 0.6``: lightly edited copies of the corpus (words changed, a
  sentence dropped or added, a byline or copyright line added) keep a trigram
  Jaccard of 0.65-1.0, while different reports rarely pass 0.55 — the
  exceptions are templated tables (e.g. daily EC sugar levies, 0.56) which
  must not merge. Pairs of originals above 0.6 in news-dev are re-filed or
  corrected versions of one story.
* The LSH bands are tuned for ``LSH_THRESHOLD = 0.45``, below the
  verification threshold, so that banding loses few true pairs; every
  candidate is then checked against ``THRESHOLD``.
"""
from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from typing import Any

from .records import Article

SHINGLE_WORDS = 3
NUM_PERM = 128
THRESHOLD = 0.6
LSH_THRESHOLD = 0.45
SEED = 1
SCHEME = "affine32"   # datasketch 2.x permutation scheme; stored signatures are only valid with it
FORMAT = "eventwire.dedup.v1"
WORD = re.compile(r"\w+")


@dataclass
class Match:
    """Where an added article landed: its cluster, how it matched, and how closely."""
    cluster_id: str
    status: str          # new / duplicate / near-duplicate (as in Article.status)
    similarity: float    # 1.0 for new and exact duplicates, else estimated Jaccard


@dataclass
class Entry:
    """What the index keeps per article; ``signature`` values are < 2**32 (fit BIGINT)."""
    article_id: str
    cluster_id: str
    status: str
    exact_hash: str
    signature: list[int]


def words(text: str) -> list[str]:
    """Lower-cased word tokens; punctuation and spacing are ignored."""
    return WORD.findall(text.lower())


def exact_hash(text: str) -> str:
    """Hash of the text's normalised words: equal for texts that differ only in form."""
    return hashlib.sha1(" ".join(words(text)).encode("utf-8")).hexdigest()[:20]


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of ``size``-word sequences of the text (the whole text if it is shorter)."""
    tokens = words(text)
    if len(tokens) <= size:
        return {" ".join(tokens).encode("utf-8")}
    return {" ".join(tokens[i:i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)}


class NearDuplicateIndex:
    """Clusters of exact and near-duplicate articles, built one article at a time."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
                 shingle_words: int = SHINGLE_WORDS) -> None:
        from datasketch import MinHashLSH

        self.threshold, self.num_perm, self.shingle_words = threshold, num_perm, shingle_words
        self.lsh = MinHashLSH(threshold=min(LSH_THRESHOLD, threshold), num_perm=num_perm)
        self.entries: dict[str, Entry] = {}
        self.by_hash: dict[str, str] = {}      # exact hash -> cluster id
        self._minhashes: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def minhash(self, text: str) -> Any:
        from datasketch import MinHash

        mh = MinHash(num_perm=self.num_perm, seed=SEED, scheme=SCHEME)
        mh.update_batch(list(shingles(text, self.shingle_words)))
        return mh

    def add(self, article_id: str, text: str) -> str:
        """Index an article and return its cluster id (its own id when it starts a cluster)."""
        return self.match(article_id, text).cluster_id

    def match(self, article_id: str, text: str) -> Match:
        """Index an article and say which cluster it joined and why."""
        if article_id in self.entries:       # the same article again: same answer
            known = self.entries[article_id]
            return Match(known.cluster_id, known.status, 1.0)
        digest = exact_hash(text)
        mh = self.minhash(text)
        found = self._exact(digest) or self._nearest(mh) or Match(article_id, "new", 1.0)
        signature = [int(v) for v in mh.hashvalues]
        self._store(Entry(article_id, found.cluster_id, found.status, digest, signature), mh)
        return found

    def _exact(self, digest: str) -> Match | None:
        cluster = self.by_hash.get(digest)
        return Match(cluster, "duplicate", 1.0) if cluster else None

    def _nearest(self, mh: Any) -> Match | None:
        """The most similar indexed article at or above the threshold, if any."""
        best, best_sim = None, self.threshold
        for key in self.lsh.query(mh):
            sim = mh.jaccard(self._minhashes[key])
            if sim >= best_sim:
                best, best_sim = key, sim
        if best is None:
            return None
        return Match(self.entries[best].cluster_id, "near-duplicate", round(best_sim, 4))

    def _store(self, entry: Entry, mh: Any) -> None:
        self.entries[entry.article_id] = entry
        self.by_hash.setdefault(entry.exact_hash, entry.cluster_id)
        self._minhashes[entry.article_id] = mh
        self.lsh.insert(entry.article_id, mh, check_duplication=False)

    def rows(self) -> Iterator[Entry]:
        """Every indexed article, in the order added: what to keep in a table."""
        yield from self.entries.values()

    @classmethod
    def from_rows(cls, rows: Iterable[Entry | tuple], **params: Any) -> NearDuplicateIndex:
        """Rebuild an index from stored rows: Entry or (id, cluster, status, hash, signature)."""
        from datasketch import MinHash

        index = cls(**params)
        for row in rows:
            entry = row if isinstance(row, Entry) else Entry(*row)
            mh = MinHash(num_perm=index.num_perm, seed=SEED, scheme=SCHEME, hashvalues=entry.signature)
            entry.signature = list(entry.signature)
            index._store(entry, mh)
        return index

    def to_bytes(self) -> bytes:
        """The whole index as compressed JSON (no pickle: safe to load from storage)."""
        doc = {"format": FORMAT, "threshold": self.threshold, "num_perm": self.num_perm,
               "shingle_words": self.shingle_words,
               "rows": [list(astuple(e)) for e in self.rows()]}
        return zlib.compress(json.dumps(doc, separators=(",", ":")).encode("utf-8"))

    @classmethod
    def from_bytes(cls, data: bytes) -> NearDuplicateIndex:
        """An index saved with ``to_bytes``."""
        doc = json.loads(zlib.decompress(data))
        if doc.get("format") != FORMAT:
            raise ValueError(f"not a saved dedup index (format {doc.get('format')!r})")
        return cls.from_rows((tuple(r) for r in doc["rows"]), threshold=doc["threshold"],
                             num_perm=doc["num_perm"], shingle_words=doc["shingle_words"])


def mark_duplicate(article: Article, index: NearDuplicateIndex) -> Article:
    """Add an article to the index and record its cluster and duplicate status on it."""
    found = index.match(article.id, article.text)
    article.cluster_id = found.cluster_id
    if found.status != "new":
        article.status = found.status
    return article
