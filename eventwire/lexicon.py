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
    verb_triggers: tuple = ()     # dictionaries.VerbTrigger from --verbs files (a second trigger source)


@lru_cache(maxsize=4)
def load_lexicons(actor_files: tuple[str, ...] = (), agent_files: tuple[str, ...] = (),
                  verb_files: tuple[str, ...] = (), word_vectors: str = "") -> Lexicons:
    """Built-in lexicons, with user actor and agent dictionaries layered on top (later files win)
    and the tables built from PETRARCH2's Phoenix dictionaries behind the built-in ones;
    ``word_vectors`` (a package or folder, "" for none) lets words close to a list count."""
    from .dictionaries import (add_phoenix_actors, agent_heads, check_dictionary_kinds, read_phoenix_actors,
                               read_phoenix_agents, read_verb_dictionaries)
    check_dictionary_kinds(actor_files, agent_files)
    actors = ActorLexicon.load(actor_files + agent_files)
    add_phoenix_actors(actors, read_phoenix_actors())
    actors.heads = agent_heads(read_phoenix_agents())
    triggers = tuple(read_verb_dictionaries(verb_files))
    verbs = VerbLexicon.load(triggers=triggers)
    if word_vectors:
        from .coder.similar import NearWords
        verbs.near = NearWords.load(word_vectors)
    return Lexicons(actors=actors, verbs=verbs, verb_triggers=triggers)


def with_memory(lexicons: Lexicons, memory) -> Lexicons:
    """The same lexicons with a corpus memory of their own (the cached lexicons stay untouched)."""
    return Lexicons(actors=lexicons.actors, verbs=lexicons.verbs, memory=memory, verb_triggers=lexicons.verb_triggers)
