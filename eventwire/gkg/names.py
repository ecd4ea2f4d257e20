"""Persons and organisations named in an article, deduplicated.

Persons come from spaCy PERSON entities; a bare surname ("Wang", "Putin") joins the
full name it is part of ("Wang Yi", "Vladimir Putin"), and a one-word ORG entity that
is part of a person's name (NER tags "Wang" ORG at times) counts as that person.
Organisations come from ORG entities plus the gazetteer data/gkg/organizations.tsv,
which also gives IGOs, media and seats of government one canonical name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from .lexicon import load_tsv, word_set
from .records import Name

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


@dataclass(frozen=True)
class OrgEntry:
    name: str
    short: str
    kind: str


@dataclass(frozen=True)
class Hit:
    """A name found in the text: where, and the canonical form it stands for."""
    name: str
    start: int
    end: int


def clean_name(text: str) -> str:
    """A name without a leading "the", possessive or line breaks: "the Kremlin's" → "Kremlin"."""
    t = _POSSESSIVE.sub("", " ".join(text.split()))
    return t[4:] if t.lower().startswith("the ") else t


def strip_titles(name: str) -> str:
    """A person's name without honorifics and office titles: "Ms Hewitt" → "Hewitt"."""
    titles = word_set("names.yaml", "titles")
    words = name.split()
    while len(words) > 1 and words[0].lower() in titles:
        words.pop(0)
    return " ".join(words)


@lru_cache(maxsize=1)
def org_gazetteer() -> tuple[dict[str, OrgEntry], re.Pattern[str]]:
    """Alias → organisation, and one regex matching every alias on word boundaries."""
    aliases: dict[str, OrgEntry] = {}
    for row in load_tsv("organizations.tsv"):
        entry = OrgEntry(row["name"], row["short"] or "", row["kind"])
        for alias in [row["name"], row["short"] or ""] + (row["aliases"] or "").split("|"):
            if alias:
                aliases[alias] = entry
    ordered = sorted(aliases, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w.-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])")
    return aliases, pattern


def org_entry(text: str) -> OrgEntry | None:
    """The gazetteer organisation a name stands for, if any."""
    aliases, _ = org_gazetteer()
    return aliases.get(text) or aliases.get(clean_name(text))


def gazetteer_hits(text: str) -> list[tuple[OrgEntry, int, int]]:
    """Every gazetteer organisation in a text with its character offsets."""
    aliases, pattern = org_gazetteer()
    return [(aliases[m.group()], m.start(), m.end()) for m in pattern.finditer(text)]


def _full_names(names: Iterable[str]) -> list[str]:
    return sorted({n for n in names if len(n.split()) > 1}, key=lambda n: (-len(n), n))   # (ties: not by set order)


def canonical_person(name: str, full_names: list[str]) -> str:
    """The full name a bare surname or given name stands for ("Wang" → "Wang Yi"), else the name."""
    if len(name.split()) > 1:
        return next((f for f in full_names if f.endswith(" " + name) and f != name), name)
    last = [f for f in full_names if f.split()[-1] == name]
    first = [f for f in full_names if f.split()[0] == name]
    return (last or first or [name])[0]


def person_hits(doc: Doc) -> list[Hit]:
    """Every mention of a person with its canonical name: PERSON entities, plus one-word ORG
    entities that are part of a person's name."""
    raw = [(strip_titles(clean_name(e.text)), e) for e in doc.ents if e.label_ == "PERSON"]
    full = _full_names(n for n, _ in raw)
    parts = {w for f in full for w in f.split()}
    raw += [(clean_name(e.text), e) for e in doc.ents
            if e.label_ == "ORG" and clean_name(e.text) in parts and org_entry(e.text) is None]
    return [Hit(canonical_person(n, full), e.start_char, e.end_char) for n, e in raw
            if n and n[0].isupper() and not any(c.isdigit() for c in n)]


def _org_hits(doc: Doc, persons: list[Hit]) -> list[Hit]:
    taken = {(h.start, h.end) for h in persons}
    hits = [Hit(e.name, s, t) for e, s, t in gazetteer_hits(doc.text)]
    covered = [(h.start, h.end) for h in hits]
    for ent in doc.ents:
        if ent.label_ != "ORG" or (ent.start_char, ent.end_char) in taken:
            continue
        if any(s < ent.end_char and ent.start_char < t for s, t in covered):
            continue
        entry = org_entry(ent.text)
        hits.append(Hit(entry.name if entry else clean_name(ent.text), ent.start_char, ent.end_char))
    return sorted(hits, key=lambda h: h.start)


def group_names(hits: list[Hit]) -> list[Name]:
    """One Name per canonical form (case-insensitive), in order of first mention."""
    names: dict[str, Name] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        name = names.setdefault(hit.name.lower(), Name(name=hit.name))
        name.count += 1
        name.offsets.append(hit.start)
    return list(names.values())


def extract_organizations(doc: Doc, persons: list[Hit] | None = None) -> list[Name]:
    """Organisations with gazetteer acronym and kind where the gazetteer knows them."""
    names = group_names(_org_hits(doc, persons if persons is not None else person_hits(doc)))
    for name in names:
        entry = org_entry(name.name)
        if entry is not None:
            name.short, name.kind = entry.short, entry.kind
    return names
