"""Write eventwire's own actor, agent and verb tables from PETRARCH2's open Phoenix dictionaries.

The Phoenix files (MIT licence; Open Event Data Alliance, Computational Event Data System
Project; PETRARCH2 commit 676801cd) are read with eventwire's readers and never copied: this
script writes eventwire's tables, in eventwire's columns, under eventwire/data/phoenix/, with
the licence and the attribution beside them.

Run: python scripts/build_dictionaries.py [../shared/reference/petrarch2] [--kinds group,igo]
                                           [--no-agents] [--companies]

By default the actor table holds Phoenix's office holders (persons, to 2014), armed and
political groups, IGOs and NGOs; ``--kinds group,igo`` leaves the persons out. The persons give
their countries to people the project's own list (persons.tsv, office holders since 2014) does
not know: "Prime Minister Yasuhiro Nakasone", "Health Secretary John Reid". A post still held
when the files were last revised (2014) is taken as held to then: the hand-kept list knows who
held what after, and for a person it lists Phoenix gives only its other forms of the name, with
the list's posts ("Mr. Obama", "Mrs. Clinton").

What is kept (general rules, so the tables do not add noise to the project's own lexicon):
- Places are left out: records with a bare country code (``AFG``: the country, its cities and
  misspellings) and, in the country file, records without a sector code (``GAZA [PSEGZA]``);
  countries.tsv covers countries.
- Codes whose first three letters are not an ISO 3166 country of the project's tables, IGO, NGO
  or IMG are left out (CAMEO's regional and historical codes; companies, MNC, unless
  ``--companies``).
- Posts held within one calendar year (rotating presidencies, acting posts) are left out: an
  undated sentence would name the person by them.
- A surface form is left out when it is one word of fewer than 4 characters; when all of its
  words are common English words (spaCy's stop words, the words of the project's role, verb and
  object tables, the verbs and synonym sets of CAMEO.2.0.txt, the Phoenix agent words, VADER's
  sentiment words): a description like "Security Forces", not a name; for a person, when it
  holds a title or role word ("President Bush", "King Hassan": the coder reads titles itself)
  or is a one-word form that is also some Phoenix person's given name ("Hassan").
- A name written with its acronym, ``ANIMAL_LIBERATION_FRONT_(ALF)``, gives two forms.
- A form that Phoenix gives, undated, to actors of different countries is ambiguous: left out.
- Agents: role words whose code is made of CAMEO sector codes the project's roles.tsv uses,
  phrases of at least 4 characters that are not stop words.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventwire.dictionaries import verb_triggers  # noqa: E402
from eventwire.tables import read_table  # noqa: E402
from eventwire.petrarch import ActorEntry, ActorRole, read_actors, read_agents, read_verbs  # noqa: E402

ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
OUT = ROOT / "eventwire" / "data" / "phoenix"
ATTRIBUTION = """# Tables built from PETRARCH2's Phoenix dictionaries

The files in this folder are eventwire's own tables (its columns, its filtering), written by
`scripts/build_dictionaries.py` from the dictionaries shipped with PETRARCH2
(openeventdata/petrarch2, commit 676801cd, `petrarch2/data/dictionaries/`):
Phoenix.Countries.actors.txt, Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt,
Phoenix.agents.txt and CAMEO.2.0.txt.

Those dictionaries are provided by the Computational Event Data System Project
(http://eventdata.parusanalytics.com) and the Open Event Data Alliance, under the MIT licence
(Copyright (c) 2014 Open Event Data Alliance), reproduced in `LICENSE` beside this file.
The facts (names, codes, dates, patterns) come from them; the tables and their selection are
eventwire's (the rules that select them are in the script's docstring). The Phoenix files
themselves are not part of eventwire.

| table | columns |
|---|---|
| actors.tsv | phrase, code, from (year), to (year), kind (person / group / igo), name |
| agents.tsv | phrase, code (CAMEO sector), position (after / before the actor's code) |
| verbs.tsv | lemma, pattern (`*` is the verb; `*` alone: the verb by itself), code, reverse code (the event with source and target swapped), verb set (the synonym block) |
| synsets.tsv | label (`&LABEL` in patterns), phrase |
"""


def main() -> None:
    args = parse_args()
    src = Path(args.source)
    vocabulary = common_words(src)
    known = defaultdict(list)
    for row in read_table("persons.tsv", 2):
        known[row[0].lower()].append(row)
    vocab = Vocabulary(vocabulary, role_words(src), sector_codes(), country_codes(args.companies), known)
    actors = actor_rows(src, vocab, set(args.kinds.split(",")))
    agents = agent_rows(src) if args.agents else []
    book = read_verbs(src / "CAMEO.2.0.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "actors.tsv", "phrase\tcode\tfrom\tto\tkind\tname", actors)
    write(OUT / "agents.tsv", "phrase\tcode\tposition", agents)
    write(OUT / "verbs.tsv", "lemma\tpattern\tcode\treverse_code\tverb_set",
          [(t.lemma, t.pattern, t.code, t.reverse_code, t.verb_set) for t in verb_triggers(book)])
    write(OUT / "synsets.tsv", "label\tphrase", [(s.label, p) for s in book.synsets.values() for p in s.phrases])
    (OUT / "LICENSE").write_text((src / "LICENSE").read_text(encoding="utf-8"), encoding="utf-8")
    (OUT / "README.md").write_text(ATTRIBUTION, encoding="utf-8")
    print(f"{len(actors)} actor forms, {len(agents)} agent forms, {len(verb_triggers(book))} verb rows "
          f"({len(book.ignored)} patterns ignored by the format's rules) → {OUT}")


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("source", nargs="?", default=str(ROOT.parent / "shared" / "reference" / "petrarch2"))
    p.add_argument("--kinds", default="person,group,igo",
                   help="actor kinds to keep: person (office holders), group, igo (default: all three)")
    p.add_argument("--no-agents", dest="agents", action="store_false", help="write no agent rows")
    p.add_argument("--companies", action="store_true", help="keep multinational companies (MNC codes)")
    return p.parse_args()


def common_words(src: Path) -> set[str]:
    """Lower-case words that are common English, not names (see the module's rules)."""
    from spacy.lang.en.stop_words import STOP_WORDS
    words = set(STOP_WORDS)
    for table in ("roles.tsv", "verbs.tsv", "abstract-objects.tsv"):
        for row in read_table(table):
            words.update(w.lower() for w in re.findall(r"[A-Za-z][a-z'-]+", " ".join(row)))
    book = read_verbs(src / "CAMEO.2.0.txt")
    for verb in book.verbs:
        words.update(verb.lemma.split() + [f for form in verb.forms for f in form.split()])
    for s in book.synsets.values():
        words.update(w for p in s.phrases for w in p.split())
    words.update(w for a in read_agents(src / "Phoenix.agents.txt") for w in a.phrase.split())
    words.update(vader_words())
    return {w for w in words if w.isalpha() or "-" in w or "'" in w}


def vader_words() -> set[str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    return {w for w in SentimentIntensityAnalyzer().lexicon if w.isalpha()}


@dataclass
class Vocabulary:
    common: set[str]          # common English words (see common_words)
    roles: set[str]           # role and title words: roles.tsv and the Phoenix agents
    sectors: set[str]         # CAMEO sector codes the project's roles.tsv uses
    countries: set[str]       # code prefixes kept: ISO 3166 alpha-3 of the project's tables, IGO, NGO, IMG
    known: dict[str, list] = field(default_factory=dict)   # persons.tsv: name (lower case) → its rows


def role_words(src: Path) -> set[str]:
    words = {w.lower() for row in read_table("roles.tsv", 2) for w in row[0].split()}
    return words | {a.phrase for a in read_agents(src / "Phoenix.agents.txt") if " " not in a.phrase}


def sector_codes() -> set[str]:
    return {code for row in read_table("roles.tsv", 2) for code in re.findall(r"[A-Z]{3}", row[1])} | {"ELI"}


def country_codes(companies: bool) -> set[str]:
    codes = {r[0] for r in read_table("countries.tsv", 2)} | {r[0] for r in read_table("countries-extra.tsv", 3)}
    return codes | {"IGO", "NGO", "IMG"} | ({"MNC"} if companies else set())


def kind_of(record: ActorEntry, path: str) -> str:
    codes = [r.code for r in record.roles]
    if path.endswith("MilNonState.actors.txt"):
        return "group"
    if any(r.dated for r in record.roles) or any(c.endswith("ELI") for c in codes):
        return "person"
    if all(c.startswith(("IGO", "NGO", "MNC")) for c in codes):
        return "igo"
    return "group"


def is_place(record: ActorEntry, kind: str, vocab: Vocabulary) -> bool:
    """A country, city or region: a bare country code, or (in the country file) no sector code."""
    if any(len(r.code) == 3 for r in record.roles):
        return True
    return kind == "group" and not any(r.code[3:6] in vocab.sectors for r in record.roles)


def keeps(phrase: str, kind: str, vocab: Vocabulary) -> bool:
    tokens = [t.strip(".,'()") for t in phrase.lower().split()]
    tokens = [t for t in tokens if t]
    if not tokens or (len(tokens) == 1 and len(tokens[0]) < 4):
        return False
    if kind == "person" and any(t in vocab.roles for t in tokens):
        return False                  # "President Bush", "King Hassan": the coder reads titles itself
    return not all(t in vocab.common for t in tokens)


VINTAGE = 2014      # the last year the Phoenix office holders were revised


def actor_rows(src: Path, vocab: Vocabulary, kinds: set[str]) -> list[tuple]:
    """(phrase, code, from, to, kind, name) for every kept surface form and role; a form's dated
    roles come first (latest first), its undated default last."""
    records = [(name, record) for name in ACTOR_FILES for record in read_actors(src / name)]
    given_names = {p.split()[0].lower() for name, r in records if kind_of(r, name) == "person"
                   for p in [r.name] + r.aliases if len(p.split()) > 1}
    rows, owners = [], defaultdict(set)
    for name, record in records:
        kind = kind_of(record, name)
        roles = [r for r in record.roles if r.code[:3] in vocab.countries and not brief(r)]
        if not roles or kind not in kinds or (name.endswith("Countries.actors.txt") and is_place(record, kind, vocab)) \
                or any(len(r.code) == 3 for r in record.roles):
            continue
        forms = list(dict.fromkeys(f for form in [record.name] + record.aliases for f in forms_of(form)))
        listed = next((vocab.known[f.lower()] for f in forms if kind == "person" and f.lower() in vocab.known), None)
        if listed:
            # (the hand-kept list speaks for the people it lists; Phoenix adds only its other forms
            # of their names, with the list's posts: "Mr. Obama" is the list's Obama)
            rows.extend((f, row[1], row[2] if len(row) > 2 else "", row[3] if len(row) > 3 else "", kind, row[0])
                        for f in forms if f.lower() not in vocab.known and keeps(f, kind, vocab) for row in listed)
            continue
        roles.sort(key=lambda r: (not r.dated, -r.start))
        for phrase in forms:
            if not keeps(phrase, kind, vocab) or (kind == "person" and phrase.lower() in given_names):
                continue
            for role in roles:
                # (a post still held when the dictionaries were last revised is known held to then,
                # not after: "Joe Biden [USAGOV >090120]" is no government in 2019)
                end = VINTAGE if kind == "person" and role.dated and role.end == 9999 else role.end
                rows.append((phrase, role.code, year_text(role.start, 0), year_text(end, 9999),
                             kind, "" if record.name == phrase else record.name))
                if not role.dated:
                    owners[phrase.lower()].add(role.code[:3])
    ambiguous = {p for p, owner in owners.items() if len(owner) > 1}
    kept = list(dict.fromkeys(r for r in rows if r[0].lower() not in ambiguous))
    return sorted(kept, key=lambda r: r[0].lower())            # stable: each form's roles keep their order


def forms_of(phrase: str) -> list[str]:
    """``Animal Liberation Front (Alf)`` → the name and its acronym, as two forms."""
    m = re.match(r"^(.+?)\s*\(([^()]+)\)$", phrase)
    return [m.group(1).strip(), m.group(2).strip()] if m else [phrase]


def brief(role: ActorRole) -> bool:
    """A post held within one calendar year (a rotating presidency, an acting or caretaker post)."""
    return role.dated and role.start == role.end


def year_text(value: int, default: int) -> str:
    return "" if value == default else str(value)


def agent_rows(src: Path) -> list[tuple]:
    from spacy.lang.en.stop_words import STOP_WORDS
    sectors = {code for row in read_table("roles.tsv", 2) for code in re.findall(r"[A-Z]{3}", row[1])}
    rows = []
    for agent in read_agents(src / "Phoenix.agents.txt"):
        if len(agent.phrase) < 4 or agent.phrase in STOP_WORDS:
            continue
        if all(agent.role[i:i + 3] in sectors for i in range(0, len(agent.role), 3)):
            rows.append((agent.phrase, agent.role, "before" if agent.before else "after"))
    return sorted(dict.fromkeys(rows))


def write(path: Path, header: str, rows: list[tuple]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(f"# {header}\n")
        for row in rows:
            f.write("\t".join(str(x) for x in row) + "\n")


if __name__ == "__main__":
    main()
