"""The lexicons the per-article step uses, loaded once: actor dictionaries, the verb lexicon and
the corpus memory. (The data tables and the codebook themselves are read by ``tables``.)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .coder.actors import ActorLexicon
from .coder.triggers import VerbLexicon
from .tables import (DATA, CodebookEntry, codebook, codebook_entry, plover_type,  # noqa: F401  (re-exported)
                     read_table)


@dataclass
class Lexicons:
    """All word lists the per-article step uses, loaded once and shared read-only."""
    actors: ActorLexicon | None = None
    verbs: VerbLexicon | None = None
    memory: "object" = None       # memory.ActorMemory: people learned in earlier articles


@lru_cache(maxsize=4)
def load_lexicons(actor_files: tuple[str, ...] = ()) -> Lexicons:
    """Built-in lexicons, with user actor dictionaries layered on top (later files win)."""
    return Lexicons(actors=ActorLexicon.load(actor_files), verbs=VerbLexicon.load())


def with_memory(lexicons: Lexicons, memory) -> Lexicons:
    """The same lexicons with a corpus memory of their own (the cached lexicons stay untouched)."""
    return Lexicons(actors=lexicons.actors, verbs=lexicons.verbs, memory=memory)
