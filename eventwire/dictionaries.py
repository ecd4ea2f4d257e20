"""User actor dictionaries (CSV/TSV/YAML files of actors that override the built-ins), the checks
on PETRARCH dictionaries given by the user, and eventwire's own tables built from PETRARCH2's
Phoenix dictionaries (``data/phoenix/``, written by ``scripts/build_dictionaries.py``).

Columns (CSV/TSV with a header) or keys (YAML list of mappings): ``name``, ``code``
(CAMEO actor code, e.g. RUSGOV, IGOUNO), optional ``from`` / ``to`` (years the role
was held), ``aliases`` ("|"-separated) and ``kind`` (person, group, country, role).
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class DictionaryError(ValueError):
    """A user dictionary that cannot be read; the message names the file and line."""


def read_user_dictionary(path: Path) -> Iterator[tuple[str, str, str, int, int, list[str]]]:
    """(kind, name, code, from_year, to_year, aliases) for each row of a user dictionary."""
    rows = read_yaml(path) if path.suffix.lower() in (".yaml", ".yml") else read_delimited(path)
    for n, row in rows:
        name, code = str(row.get("name") or "").strip(), str(row.get("code") or "").strip().upper()
        if not name or not code:
            raise DictionaryError(f"{path}:{n}: each actor needs a 'name' and a 'code'")
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|") if a.strip()]
        yield (str(row.get("kind") or "person"), name, code, year(row.get("from"), 0, path, n),
               year(row.get("to"), 9999, path, n), list(aliases))


def year(value, default: int, path: Path, n: int) -> int:
    if value in (None, ""):
        return default
    try:
        return int(str(value)[:4])
    except ValueError:
        raise DictionaryError(f"{path}:{n}: '{value}' is not a year") from None


def read_delimited(path: Path):
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter=delimiter), 2):
            yield n, {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}


def read_yaml(path: Path):
    import yaml
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise DictionaryError(f"{path}: expected a list of actors")
    for n, row in enumerate(data, 1):
        if not isinstance(row, dict):
            raise DictionaryError(f"{path}: item {n} is not a mapping")
        yield n, {str(k).lower(): v for k, v in row.items()}


# ---------------------------------------------------------------- PETRARCH files given by the user

def check_dictionary_kinds(actor_files: tuple[str, ...], agent_files: tuple[str, ...]) -> None:
    """A verb dictionary given as actors, or an actors file given as agents, is a clear error."""
    from .petrarch import sniff
    for path in map(Path, actor_files + agent_files):
        if not path.is_file():
            raise DictionaryError(f"{path}: no such dictionary file")
        if path.suffix.lower() in (".csv", ".tsv", ".tab", ".yaml", ".yml"):
            if str(path) in agent_files:
                raise DictionaryError(f"{path}: --agents expects a PETRARCH agents dictionary ('WORD [~CODE]')")
            continue
        kind = sniff(path)
        if kind == "verbs":
            raise DictionaryError(f"{path}: this is a PETRARCH verb dictionary; give it with --verbs")
        if str(path) in agent_files and kind != "agents":
            raise DictionaryError(f"{path}: --agents expects a PETRARCH agents dictionary ('WORD [~CODE]'), "
                                  f"this reads as an actors dictionary")


def read_verb_dictionaries(verb_files: tuple[str, ...]) -> list["VerbTrigger"]:
    """Verb triggers of the user's PETRARCH verb dictionaries (each file read and checked whole)."""
    from .petrarch import read_verbs, sniff
    triggers: list[VerbTrigger] = []
    for path in map(Path, verb_files):
        if not path.is_file():
            raise DictionaryError(f"{path}: no such dictionary file")
        if sniff(path) != "verbs":
            raise DictionaryError(f"{path}: --verbs expects a PETRARCH verb dictionary ('--- VERB [CODE] ---' blocks)")
        triggers.extend(verb_triggers(read_verbs(path)))
    return triggers


# ---------------------------------------------------------------- eventwire's own tables built from Phoenix

PHOENIX = "phoenix"


@dataclass(frozen=True)
class PhoenixActor:
    """One row of phoenix/actors.tsv: a surface form and the code it has in the given years."""
    phrase: str
    code: str
    start: int
    end: int
    kind: str                 # person / group / igo (the kinds of eventwire's actor lexicon)
    name: str                 # the actor's main name


@dataclass(frozen=True)
class PhoenixAgent:
    """One row of phoenix/agents.tsv: a role word and its CAMEO sector code."""
    phrase: str
    code: str
    before: bool = False      # the code goes before the actor's ([NGO~])


@dataclass(frozen=True)
class VerbTrigger:
    """One row of phoenix/verbs.tsv: a verb lemma with a pattern of the words around it
    ('*' alone: the isolated verb) and the CAMEO code(s) that pattern codes."""
    lemma: str                # "rush", "call off"
    pattern: str              # "* (to border)"; synonym sets as &LABEL (see ``synonym_sets``)
    code: str                 # CAMEO event code ('' when only the reversed event is coded)
    reverse_code: str         # CAMEO code of the event with source and target swapped ('' if none)
    verb_set: str             # the synonym block the lemma belongs to ("accelerate")
    before: tuple[str, ...] = ()     # pattern words before the verb
    after: tuple[str, ...] = ()      # pattern words after it (prepositions included)


def phoenix_table(name: str) -> list[list[str]]:
    from .tables import DATA, read_table
    path = Path(str(DATA / PHOENIX / name))
    return read_table(path) if path.is_file() else []


def read_phoenix_actors() -> list[PhoenixActor]:
    return [PhoenixActor(r[0], r[1], int(r[2] or 0), int(r[3] or 9999), r[4], r[5] if len(r) > 5 and r[5] else r[0])
            for r in phoenix_table("actors.tsv")]


def read_phoenix_agents() -> list[PhoenixAgent]:
    return [PhoenixAgent(r[0], r[1], len(r) > 2 and r[2] == "before") for r in phoenix_table("agents.tsv")]


def agent_heads(agents: list[PhoenixAgent]) -> dict[str, str]:
    """Head noun → sector code from the agents table's one-word entries (the first code a word has)."""
    heads: dict[str, str] = {}
    for a in agents:
        if " " not in a.phrase:
            heads.setdefault(a.phrase.lower(), a.code)
    return heads


def read_verb_triggers() -> list[VerbTrigger]:
    """The verb dictionary's patterns as eventwire's table holds them (CAMEO codes only)."""
    return [VerbTrigger(r[0], r[1], r[2], r[3] if len(r) > 3 else "", r[4] if len(r) > 4 else "",
                        *pattern_sides(r[1])) for r in phoenix_table("verbs.tsv")]


def synonym_sets() -> dict[str, tuple[str, ...]]:
    """``&LABEL`` → its words, for the synonym sets the verb patterns use."""
    sets: dict[str, list[str]] = {}
    for label, phrase in (r[:2] for r in phoenix_table("synsets.tsv")):
        sets.setdefault(label, []).append(phrase)
    return {k: tuple(v) for k, v in sets.items()}


def pattern_sides(pattern: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    from .petrarch import pattern_words
    before, _, after = pattern.partition("*")
    return tuple(w.upper() if w.startswith("&") else w for w in pattern_words(before)), \
        tuple(w.upper() if w.startswith("&") else w for w in pattern_words(after))


def verb_triggers(book) -> list[VerbTrigger]:
    """Rows of the verb table from a read verb dictionary: each verb alone ('*') with its own code,
    then each verb of a block with each of the block's patterns. Null-coded rows are left out."""
    rows = []
    for block in book.blocks:
        for verb in block.verbs:
            if verb.code or verb.reverse_code:
                rows.append(VerbTrigger(verb.lemma, "*", verb.code, verb.reverse_code, block.verb_set))
            rows += [VerbTrigger(verb.lemma, p.pattern, p.code, p.reverse_code, block.verb_set, p.before, p.after)
                     for p in block.patterns if p.code or p.reverse_code]
    return rows


def add_phoenix_actors(lex, actors: list[PhoenixActor], agents: list[PhoenixAgent] = ()) -> None:
    """Put the Phoenix tables' entries behind every entry the lexicon already has, so the
    project's own tables (and the user's dictionaries) win wherever both know a phrase.
    (The built-in lexicon loads no agents as role words: so loaded they changed 24 dev-gold
    sentences for a lower dyad F1. They name only the head of an argument, ``agent_heads``.)"""
    from .coder.actors import Entry, split_code
    key = phrase_keys()
    for a in actors:
        country, role, group = ("", "", a.code) if a.kind == "igo" else split_code(a.code)
        add_behind(lex, key(a.phrase), Entry(a.kind, a.name, country=country, role=role, group=group,
                                             years=(a.start, a.end)))
    for g in agents:
        add_behind(lex, key(g.phrase), Entry("role", g.phrase, role=g.code))
    lex._longest = None                                   # the longest-phrase index is rebuilt on next use


def phrase_keys():
    """phrase → lower-case tokens as the lexicon tokenises them (spaCy's tokenizer), remembered;
    plain words that are no tokenizer special case are split on blanks, which is the same and fast."""
    from .coder.actors import _tokenizer, tokenize
    special = {k.lower() for k in _tokenizer().rules}
    keys: dict[str, tuple[str, ...]] = {}

    def key(phrase: str) -> tuple[str, ...]:
        if phrase not in keys:
            lower = phrase.lower()
            plain = lower.split()
            keys[phrase] = tuple(plain) if all(w.isalpha() and w not in special for w in plain) \
                else tuple(t.lower() for t in tokenize(phrase.title() if "." in phrase else lower))
        return keys[phrase]
    return key


def add_behind(lex, key: tuple[str, ...], entry) -> None:
    if key:
        entries = lex.phrases.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)
