"""The coder's word lists, read from ``data/coder-words.tsv``: one list a line, its name, a tab and
its words; ``name:key`` lines make a map of lists, ``a=b`` words a map of words."""
from __future__ import annotations

from functools import lru_cache

from ..tables import read_table


@lru_cache(maxsize=1)
def word_lists() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) if len(row) > 1 else () for row in read_table("coder-words.tsv")}


def words(name: str) -> frozenset[str]:
    """A word list by name; a name the file lacks is an error, not an empty list."""
    return frozenset(word_lists()[name])


def word_map(name: str) -> dict[str, frozenset[str]]:
    """The lists named ``name:key``, by key."""
    prefix = name + ":"
    return {k[len(prefix):]: frozenset(v) for k, v in word_lists().items() if k.startswith(prefix)}


def word_pairs(name: str) -> dict[str, str]:
    """A list of ``a=b`` words as a map."""
    return dict(w.split("=", 1) for w in word_lists()[name])


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The last words of the role phrases of ``roles.tsv``: "minister", "police", "government"."""
    return frozenset(row[0].split()[-1] for row in read_table("roles.tsv", 2))


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    """Words for persons: the role words less those for bodies, machines and the like
    (``not-persons``). The lexicon's object class ``~people`` ("held two policemen", "booked a
    moneylender")."""
    return role_heads() - words("not-persons")
