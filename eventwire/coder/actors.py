"""Actors: find the words that name countries, governments, IGOs, groups, roles and people.

The lexicon holds surface forms (tokenised like spaCy) → entries. ``ActorFinder`` works on
one parsed article: it matches the lexicon in each sentence, learns titled people ("Russian
Foreign Minister Sergey Lavrov" → RUSGOV) so later bare mentions ("Lavrov") resolve, and
answers "which actor does this noun phrase name?" for the coder.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..gkg.names import org_entry
from ..gkg.places import country_of_place, geocode, is_listed_place
from ..gkg.quotes import QUOTE_MARKS, quoted_ranges
from ..tables import read_table
from ..records import Actor, Mention
from .words import words
from .repair import OBJECTS, SUBJECTS
from .syntax import PASSIVE_SUBJECTS, counted_people

PLACE_PRIORITY = ["person", "group", "seat", "capital", "country"]
# Which role wins when a phrase has several: "opposition leaders" are OPP, "rebel commanders" REB.
ROLE_PRIORITY = ["OPP", "REB", "SEP", "UAF", "CRM", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PTY",
                 "LAB", "EDU", "BUS", "MED", "REF", "REL", "AGR", "NGO", "CVL"]
# Noun-phrase dependents that belong to the phrase's own words (not clauses or attachments).
CORE_DEPS = {"compound", "amod", "poss", "nmod", "det", "case", "nummod", "appos", "flat", "quantmod", "punct"}
PERSON_PRONOUNS = {"he", "she", "him", "her"}
PLURAL_PRONOUNS = {"they", "them"}
# Links from a clause to the clause it hangs from, whose actors are not what its "them" stands for.
CLAUSE_LINKS = {"xcomp", "advcl", "conj", "ccomp", "relcl", "acl"}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                  "herself": "f"}
# Nouns that stand for a group of a place named after them ("members of the G7", "groups in Zimbabwe").
GROUP_NOUNS = {"group", "member", "supporter", "leader", "official", "representative", "faction", "wing",
               "delegation", "coalition", "alliance", "force", "people", "citizen", "national",
               "resident", "minister", "head", "chief", "spokesman", "spokeswoman", "envoy",
               "thousand", "hundred", "dozen", "million", "score", "crowd", "band", "team", "contingent"}
# Nouns for a body that a name before them identifies: "the APEC forum", "the NATO alliance".
BODY_NOUNS = {"forum", "alliance", "bloc", "organization", "organisation", "agency", "body", "council",
              "commission", "committee", "movement", "party", "cartel", "mission", "court", "tribunal",
              "network", "faction", "coalition", "union", "front", "group", "government", "administration",
              "regime", "authority", "ministry", "army", "military", "navy", "police", "militia", "parliament",
              "assembly", "cabinet", "junta", "leadership", "delegation", "team", "force", "contingent"}
# Nouns for the people of a body named after them: "leaders of the opposition coalition".
MEMBER_NOUNS = {"leader", "member", "supporter", "official", "representative", "delegate", "activist",
                "militant", "fighter", "spokesman", "spokeswoman", "head", "chief"}
# Titles that, as "the minister", point back to the person last named with a title.
TITLE_WORDS = {"minister", "president", "premier", "prime minister", "secretary", "chancellor", "leader",
               "envoy", "ambassador", "spokesman", "spokeswoman", "diplomat", "king", "queen", "emir"}
# Definite descriptions that point back to a country named earlier ("the country", "its neighbour").
COUNTRY_NOUNS = {"country", "nation", "state", "neighbor", "neighbour", "kingdom", "republic"}
PAIR_NOUNS = words("pair-nouns")     # "the two leaders", "both men": the last two people named
GOVERNMENT_NOUNS = {"government", "administration", "ministry", "cabinet", "regime", "authorities"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Phrase heads that mentions are collected from.
NP_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "poss", "dative", "attr"}


@dataclass(frozen=True)
class Entry:
    """What a surface form names."""
    kind: str                 # country / capital / seat / igo / group / role / person
    name: str
    country: str = ""         # ISO3
    role: str = ""            # CAMEO sector code(s)
    group: str = ""           # IGO code, e.g. IGOUNO
    case_sensitive: bool = False
    years: tuple[int, int] = (0, 9999)
    title_only: bool = False  # a rank that names an actor only before a person's name ("General X")


@dataclass
class ActorLexicon:
    """Surface forms (lower-cased token tuples) → entries."""
    phrases: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    # head nouns → sector code, for the head of an argument no entry names ("the vendors")
    heads: dict[str, str] = field(default_factory=dict)
    _longest: dict[str, int] | None = field(default=None, repr=False)

    @classmethod
    def load(cls, user_files: tuple[str, ...] = ()) -> "ActorLexicon":
        lex = cls()
        load_countries(lex)
        load_igos(lex)
        load_groups(lex)
        load_roles(lex)
        load_persons(lex, read_table("persons.tsv", 2))
        for path in user_files:
            load_user_dictionary(lex, Path(path))
        return lex

    def add(self, phrase: str, entry: Entry) -> None:
        """Add a surface form; later entries take precedence (a repeat moves to the front)."""
        # (abbreviations are split unless capitalised as in text: "Gen." is one token, "gen." two)
        key = tuple(t.lower() for t in tokenize(phrase.title() if "." in phrase else phrase.lower()))
        if not key:
            return
        self._longest = None
        entries = self.phrases.setdefault(key, [])
        if entry in entries:
            entries.remove(entry)
        entries.insert(0, entry)

    def longest_from(self, first: str) -> int:
        """The most tokens a phrase starting with this word has (0: no phrase starts with it)."""
        if self._longest is None:
            longest: dict[str, int] = {}
            for key in self.phrases:
                head = (key[1] if key[0] == "=" and len(key) > 1 else key[0]).lower()
                longest[head] = max(longest.get(head, 0), len(key) - (key[0] == "="))
            self._longest = longest
        return self._longest.get(first.lower(), 0)

    def lookup(self, tokens: list[str], texts: list[str], when: int = 0) -> Entry | None:
        """The entry for a token sequence, honouring case rules and date ranges. A person out of
        office keeps the country: after it, an elite (ELI, as CAMEO codes former officials:
        "Donald Trump" in 2023); before it, of no role yet. Full names only."""
        out_of_office = None
        for entry in self.phrases.get(tuple(tokens), []):
            if not case_ok(entry, texts):
                continue
            if when and not entry.years[0] <= when <= entry.years[1]:
                if entry.kind == "person" and entry.country and (
                        out_of_office is None or office_order(entry, when) < office_order(out_of_office, when)):
                    out_of_office = entry        # (the last office held before, else the next)
                continue
            return entry
        if out_of_office is None or len([t for t in tokens if t != "="]) < 2:
            return None      # (a surname alone may be another's: "Carney" of Delaware; the article's
            #                  memory carries "Trump" from "Donald Trump")
        return replace(out_of_office, role="ELI" if when > out_of_office.years[1] else "", years=(0, 9999))


def office_order(entry: Entry, when: int) -> tuple[int, int]:
    """Which of a person's offices speaks for a year outside them: the last one ended before it
    first, else the next one to begin."""
    start, end = entry.years
    return (0, when - end) if end < when else (1, start - when)


def party_tagged(head) -> bool:
    """Whether a name is followed by its party and state, as American news labels members of
    Congress: "Rep. Jason Chaffetz (R-Utah)", "Sen. Debbie Stabenow, D-Michigan"."""
    doc = head.doc
    i = head.i + 1
    if i + 2 < len(doc) and doc[i].text in (",", "(") and doc[i + 1].text in PARTY_LABELS and doc[i + 2].text == "-":
        return True
    return any(c.dep_ == "appos" and any(x.dep_ == "compound" and x.text in PARTY_LABELS and x.i + 1 < len(doc)
                                         and doc[x.i + 1].text == "-" for x in c.children) for c in head.children)


def tokenize(text: str) -> list[str]:
    """Tokenise a lexicon phrase the way spaCy's English tokenizer does."""
    return [t.text for t in _tokenizer()(text)]


_TOK = None


def _tokenizer():
    global _TOK
    if _TOK is None:
        import spacy
        _TOK = spacy.blank("en").tokenizer
    return _TOK


def case_ok(entry: Entry, texts: list[str]) -> bool:
    """Proper names must be capitalised in text; acronyms must match exactly."""
    if entry.kind == "role":
        return True
    if entry.case_sensitive:
        return True  # checked by exact key below
    if texts[0][:1].isupper() or texts[0][:1].isdigit():
        return True
    # names with a lower-case particle: "al-Qaeda", "al-Shabab", "de Klerk"
    return len(texts) > 1 and len(texts[0]) <= 3 and any(t[:1].isupper() for t in texts[1:])


def is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) <= 6


def add_name(lex: ActorLexicon, phrase: str, entry: Entry) -> None:
    """Add a proper name, and its exact-case form when it is an acronym ("US", "UN", "WHO")."""
    if is_acronym(phrase):
        entry = Entry(**{**entry.__dict__, "case_sensitive": True})
        lex.phrases.setdefault(("=",) + tuple(tokenize(phrase)), []).insert(0, entry)
        lex._longest = None
        return
    lex.add(phrase, entry)
    if phrase.lower().startswith("the "):
        lex.add(phrase[4:], entry)


def load_countries(lex: ActorLexicon) -> None:
    names = {}
    for row in read_table("countries.tsv", 2):
        iso3, name = row[0], row[1]
        names[iso3] = name
        demonyms = split(row, 3)
        # ("Kenyans", "Iraqis": plurals of demonyms the table lacks)
        plurals = [plural(d) for d in demonyms if d.endswith(("an", "i")) and plural(d) not in demonyms]
        forms = [name] + split(row, 2) + demonyms + plurals
        for form in forms:
            add_name(lex, form, Entry("country", name, country=iso3))
        for cap in split(row, 4):
            add_name(lex, cap, Entry("capital", name, country=iso3, role="GOV"))
    for row in read_table("countries-extra.tsv", 3):
        iso3, kind, phrase = row[0], row[1], row[2]
        role = row[3] if len(row) > 3 else ""
        if kind == "name":
            names[iso3] = phrase
        entry_kind = {"seat": "seat", "capital": "capital"}.get(kind, "country")
        entry = Entry(entry_kind, names.get(iso3, phrase), country=iso3,
                      role=role or ("GOV" if kind == "capital" else ""))
        if kind == "phrase":
            lex.add(phrase, entry)       # (as written: "the West" is no "West")
        else:
            add_name(lex, phrase, entry)
    rename_countries(lex, names)


REGIONS = frozenset({"WST", "EUR"})     # CAMEO's region codes that countries-extra.tsv names


def region_in_name(hit: "Hit", doc) -> bool:
    """A region's phrase, or one written with its article ("the Islamic Republic"), that runs on
    into a name is part of that name: "the West Bank", "the West Wing", "the Islamic Republic of
    Pakistan"."""
    if not (hit.entry.country in REGIONS or doc[hit.start].lower_ == "the") or hit.end >= len(doc):
        return False
    after = doc[hit.end]
    return (after.is_title and after.pos_ == "PROPN") or (
        after.lower_ == "of" and hit.end + 1 < len(doc) and doc[hit.end + 1].pos_ == "PROPN")


def rename_countries(lex: ActorLexicon, names: dict[str, str]) -> None:
    """Give every country entry the canonical short name from countries-extra.tsv."""
    for entries in lex.phrases.values():
        for i, e in enumerate(entries):
            if e.country and e.kind in ("country", "capital", "seat") and e.name != names.get(e.country, e.name):
                entries[i] = Entry(**{**e.__dict__, "name": names[e.country]})


def split(row: list[str], i: int) -> list[str]:
    return [x.strip() for x in row[i].split("|") if x.strip()] if len(row) > i else []


def load_igos(lex: ActorLexicon) -> None:
    for row in read_table("igos.tsv", 2):
        code, name = row[0], row[1]
        for form in [name] + split(row, 2):
            add_name(lex, form, Entry("igo", name, group=code))


def load_groups(lex: ActorLexicon) -> None:
    for row in read_table("groups.tsv", 3):
        iso3, role, name = row[0], row[1], row[2]
        for form in [name] + split(row, 3):
            add_name(lex, form, Entry("group", name, country=iso3, role=role))


_GIVEN = read_table("given-names.tsv", 2)
GIVEN_GENDER = {row[0]: row[1] for row in _GIVEN}
GIVEN_NAMES = {row[0] for row in _GIVEN if row[2:3] != ["title"]}
HONORIFICS = {row[0] for row in _GIVEN if row[2:3] == ["title"]}


def person_gender(ent) -> str:
    """"f" or "m" when a person's title or given name tells it ("Mrs May", "Angela Merkel"), else ""."""
    doc = ent.doc
    for t in [doc[i] for i in range(max(ent.start - 2, 0), ent.start)] + [ent[0]]:
        gender = GIVEN_GENDER.get(t.lower_.rstrip("."))
        if gender:
            return gender
    return ""


def plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def load_roles(lex: ActorLexicon) -> None:
    for row in read_table("roles.tsv", 2):
        phrase, code = row[0], row[1]
        title = len(row) > 2 and row[2] == "title"
        lex.add(phrase, Entry("role", phrase, role=code, title_only=title))
        if not title:
            words = phrase.split()
            lex.add(" ".join(words[:-1] + [plural(words[-1])]), Entry("role", phrase, role=code))


def split_code(code: str) -> tuple[str, str, str]:
    """(country ISO3, role codes, IGO code) from a CAMEO actor code like RUSGOV or IGOUNO."""
    if code.startswith("IGO"):
        return "", "", code
    return code[:3], code[3:], ""


def load_persons(lex: ActorLexicon, rows: list[list[str]]) -> None:
    # (a person's other names, given on any of the person's rows, hold for every office held)
    aliases: dict[str, dict[str, None]] = {}
    for row in rows:
        aliases.setdefault(row[0], {}).update(dict.fromkeys(split(row, 4)))
    for row in rows:
        name, code = row[0], row[1]
        start = int(row[2]) if len(row) > 2 and row[2] else 0
        end = int(row[3]) if len(row) > 3 and row[3] else 9999
        country, role, group = split_code(code)
        entry = Entry("person", name, country=country, role=role, group=group, years=(start, end))
        for form in [name, *aliases[name]]:
            lex.add(form, entry)


def load_user_dictionary(lex: ActorLexicon, path: Path) -> None:
    """A user's actors — CSV/TSV/YAML (name, code[, from, to, aliases]) or PETRARCH/TABARI
    actor and agent dictionaries — layered over the built-ins, which they override."""
    if path.suffix.lower() not in (".csv", ".tsv", ".tab", ".yaml", ".yml"):
        load_petrarch_dictionary(lex, path)
        return
    from ..dictionaries import read_user_dictionary
    for kind, name, code, start, end, aliases in read_user_dictionary(path):
        country, role, group = split_code(code)
        entry = Entry(kind, name, country=country, role=role, group=group, years=(start, end))
        for form in [name] + aliases:
            override(lex, form, entry)


def load_petrarch_dictionary(lex: ActorLexicon, path: Path) -> None:
    from ..petrarch import is_agents_file, read_actors, read_agents
    if is_agents_file(path):
        for agent in read_agents(path):
            override(lex, agent.phrase, Entry("role", agent.phrase, role=agent.role))
        return
    for actor in read_actors(path):
        for role in actor.roles:
            country, sector, group = split_code(role.code)
            entry = Entry("person", actor.name, country=country, role=sector, group=group,
                          years=(role.start, role.end))
            for form in [actor.name] + actor.aliases:
                override(lex, form, entry)


def override(lex: ActorLexicon, phrase: str, entry: Entry) -> None:
    """Put an entry before the built-in ones for a phrase."""
    key = tuple(tokenize(phrase.lower()))
    if key:
        lex.phrases[key] = [entry] + [e for e in lex.phrases.get(key, []) if e != entry]
        lex._longest = None


# ---------------------------------------------------------------- per-article recognition

@dataclass
class Hit:
    """A lexicon match in a sentence: token range [start, end) and its entry."""
    start: int
    end: int
    entry: Entry


def find_hits(sent, lex: ActorLexicon, when: int = 0) -> list[Hit]:
    """Longest-first lexicon matches over a spaCy sentence span (token indices are doc-level),
    less those that name no actor where they stand (``names_no_actor``)."""
    toks = [t for t in sent if not t.is_space]     # a name may run over a line break ("Organisation of\nAfrican")
    texts = [t.text for t in toks]
    hits, i = [], 0
    while i < len(toks):
        hit = match_at(toks, i, lex, when, texts)
        if hit is None or region_in_name(hit, sent.doc):
            i += 1
            continue
        after = i
        while after < len(toks) and toks[after].i < hit.end:
            after += 1
        if not names_no_actor(hit, toks, i, after, hits, lambda j: match_at(toks, j, lex, when, texts)):
            hits.append(hit)
        i = after
    return hits


CURRENCIES = {"franc", "dollar", "pound", "mark", "yen", "peso", "rupee", "lira", "ruble", "rouble", "yuan", "won",
              "krona", "krone", "euro", "dinar", "rand", "real", "shilling", "riyal", "rial", "escudo", "drachma",
              "guilder", "peseta", "schilling", "zloty", "forint", "baht", "ringgit", "rupiah", "naira", "cedi",
              "sterling", "currency", "bond", "stock", "share", "equity"}


PLACE_NAME_WORDS = words("place-name-words")
PARTY_LABELS = words("party-labels")
DOMAIN_ADJECTIVES = words("domain-adjectives")
COMPASS_WORDS = words("compass-words")
MEASURE_UNITS = words("measure-units")


def local_place(tok, following) -> bool:
    """Whether a name is part of a local place's name: before "County", "Street" … or joined to
    others before "counties"."""
    if following is not None and following.text[:1].isupper() and following.lower_ in PLACE_NAME_WORDS:
        return True
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.dep_ in ("compound", "nmod") and tok.head.lower_ in PLACE_NAME_WORDS and tok.head.tag_ == "NNS"


def names_no_actor(hit: Hit, toks: list, i: int, after: int, before: list[Hit], match) -> bool:
    """Whether a match at toks[i:after] names no actor there: an attitude ("pro-Iranian",
    "anti-Syria"), a region ("Latin American countries" are not the US), a person's name
    ("Stanley Fischer" is no Falklander, "Michael Jordan" no Jordanian), or another body's name
    ("Trades Union Congress" is not the US Congress; "the US Congress" is), a rank before no
    person ("General Motors"). ``before``: the hits
    found before it; ``match(j)``: the lexicon match at toks[j], if any."""
    prev, kind = (toks[i - 1] if i else None), hit.entry.kind
    if kind == "country" and after < len(toks) and toks[after].lemma_.lower() in CURRENCIES:
        return True        # "200 mln French francs", "US dollars": money, not France
    if kind in ("country", "capital") and local_place(toks[i], toks[after] if after < len(toks) else None):
        return True        # "Dane County", "Georgia Avenue", "Nassau and Oswego counties": a place of that name
    if kind == "role" and toks[i].dep_ == "amod" and toks[i].lower_ in DOMAIN_ADJECTIVES:
        return True        # "criminal prosecutors"
    if hit.entry.title_only and not (after < len(toks) and (toks[after].ent_type_ == "PERSON" or (
            match(after) is not None and match(after).entry.title_only))):
        return True        # "General Motors", "a major offensive": no rank before a person's name
    if i >= 2 and prev.text == "-" and toks[i - 2].lower_ in ("pro", "anti"):
        return True
    if prev is not None and prev.lower_ in ("latin", "south", "central", "north") and toks[i].lower_.startswith("america"):
        return True
    if kind in ("country", "capital") and toks[i].ent_type_ == "PERSON" and (
            toks[i].ent_iob_ == "I" or (after < len(toks) and toks[after].ent_iob_ == "I" and match(after) is None)):
        return True
    if kind in ("country", "capital") and after - i == 1 and inner_name_word(toks[i], prev) and \
            not (before and before[-1].end == toks[i].i):
        return True        # "Morgan Stanley", "Moreno Valley", "Nikki Holland", "Air France": another name's word
    return kind == "seat" and prev is not None and prev.pos_ == "PROPN" and \
        not (before and before[-1].end == toks[i].i and before[-1].entry.kind in ("country", "capital"))


def inner_name_word(tok, prev) -> bool:
    """Whether a word is inside a longer proper name that a proper noun before it opens, not after
    a compass word ("North", "Upper" … name a part of the country)."""
    return prev is not None and tok.ent_iob_ == "I" and prev.ent_type_ == tok.ent_type_ and \
        prev.pos_ == "PROPN" and prev.head.i == tok.i and prev.dep_ == "compound" and \
        prev.lower_ not in COMPASS_WORDS


def match_at(toks, i: int, lex: ActorLexicon, when: int, texts_all: list[str] | None = None) -> Hit | None:
    texts_all = texts_all if texts_all is not None else [t.text for t in toks]
    longest = lex.longest_from(texts_all[i])
    for n in range(min(longest, len(toks) - i), 0, -1):
        texts = texts_all[i:i + n]
        entry = lex.lookup(["="] + texts, texts, when) or lex.lookup([t.lower() for t in texts], texts, when)
        if entry:
            return Hit(toks[i].i, toks[i + n - 1].i + 1, entry)
    return None


LANGUAGE_VERBS = words("language-verbs")


def language(hit: Hit, doc) -> bool:
    """Whether a country's adjective names its language, not its people: "translated into
    Spanish", "said in Arabic", "speaks Russian" (a bare word, no noun after it)."""
    if hit.entry.kind != "country" or hit.end - hit.start != 1:
        return False
    tok = doc[hit.start]
    if tok.text == hit.entry.name or tok.tag_ not in ("JJ", "NNP", "NN") or tok.n_lefts + tok.n_rights:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "into"):
        return True
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in LANGUAGE_VERBS


def quote_opened(tok) -> int | None:
    """Where the quotation a word stands in opened, if it stands in one within its sentence."""
    marks = [t.i for t in tok.doc[tok.sent.start:tok.i] if t.text in QUOTE_MARKS]
    return marks[-1] if len(marks) % 2 else None


def salient(tok, quoted: bool) -> str:
    """How prominent a person's mention is for a later "he" or "she": "main" as the subject of a
    main clause (or its possessor: "Trump's visit comes days after he said"), "subject" as any
    subject, "quoted" inside a quotation (someone the speaker talks of, not whom the story goes
    on about: ``quoted``), else ""."""
    if quoted:
        return "quoted"
    if tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
        tok = tok.head
    if tok.dep_ not in SUBJECTS | PASSIVE_SUBJECTS:
        return ""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return "main" if verb.dep_ == "ROOT" else "subject"


def recent_subjects(tok, people: list) -> list:
    """Of the people named before ``tok`` (see ``ActorFinder.people``), those named as a subject in
    its sentence or the one before, the subjects of main clauses only where there are some; where
    none is, the subjects of main clauses two or three sentences before ("Manafort told the judge
    … The 69-year-old former lobbyist acknowledged leading a faction led by Viktor Yanukovych. He
    also pleaded guilty": Manafort, not Yanukovych)."""
    subjects = [x for x in people if x[2] in ("main", "subject") and x[0] >= sentences_back(tok, 1)]
    if subjects:
        return [x for x in subjects if x[2] == "main"] or subjects
    return [x for x in people if x[2] == "main" and x[0] >= sentences_back(tok, 3)]


def sentences_back(tok, n: int) -> int:
    """Where the sentence n sentences before ``tok``'s starts (or the document)."""
    start = tok.sent.start
    for _ in range(n):
        if start == 0:
            break
        start = tok.doc[start - 1].sent.start
    return start


@dataclass(frozen=True)
class ContextName:
    """A name that stands for another actor in a story that names its cue words (more often than
    its rival cues, when it has any)."""
    entry: Entry
    cues: tuple[str, ...]
    rivals: tuple[str, ...] = ()

    def holds(self, text: str) -> bool:
        named = sum(count_words(text, cue) for cue in self.cues)
        return named > 0 and named > sum(count_words(text, cue) for cue in self.rivals)


def count_words(text: str, word: str) -> int:
    """How often a text has a word that begins with this one ("MP", "MPs"; not the end of
    "TRUMP", nor "warlords" for "Lords"; "arrest" counts "arrested")."""
    return len(re.findall(rf"(?<!\w){re.escape(word)}", text))


CONTEXT_NAMES = {row[0]: ContextName(Entry(row[1], row[0], country=row[2], role=row[3]), tuple(row[4].split()),
                                     tuple(row[5].split()) if len(row) > 5 else ())
                 for row in read_table("context-names.tsv", 5)}


SEAT_QUALIFIERS = words("seat-qualifiers")


def inside_a_name(hit: Hit, hits: list[Hit], doc) -> bool:
    """A one-word seat that ends a name no table knows is part of that name: "Chatham House",
    "Freedom House" and "the Sydney Opera House" are no legislature; "the U.S. House" and
    "the State Duma" are (a word before it that names an actor, or a word that qualifies a seat:
    ``seat-qualifiers``, keeps it)."""
    if hit.entry.kind != "seat" or hit.end - hit.start != 1 or hit.start == 0:
        return False
    before, word = doc[hit.start - 1], doc[hit.start]
    return before.pos_ == "PROPN" and before.head.i == word.i and before.dep_ == "compound" and \
        not before.is_lower and before.lower_ not in SEAT_QUALIFIERS and not any(h.end == hit.start for h in hits)


def named_in_context(hit: Hit, doc, text: str, held: dict[str, bool]) -> Hit:
    """"Georgia" in a story that names other US states is the state; "the Congress" in Indian
    news is the Indian National Congress, "RPF" its railway police; "officers" in police news are police officers
    (data/context-names.tsv). ``held``: what the article's text said of each name so far (its
    cues are counted once per article)."""
    if hit.entry.kind not in ("country", "seat", "role", "group") or hit.end - hit.start != 1:
        return hit
    name = doc[hit.start].text
    other = CONTEXT_NAMES.get(name)
    if other is None:
        return hit
    if name not in held:
        held[name] = other.holds(text)
    return Hit(hit.start, hit.end, other.entry) if held[name] else hit


def places_city(name, city) -> bool:
    """Whether a country's name stands in a city's own phrase: after it ("Tripoli, Lebanon", "Tripoli,
    the north Lebanese port") or on the place noun it names ("the Lebanese city of Tripoli")."""
    return city.is_ancestor(name) or (name.head.lemma_.lower() in PLACE_NOUNS and name.head.is_ancestor(city))


def same_named_city(hit: Hit, hits: list[Hit], doc) -> Hit:
    """A capital's name can be another country's city: "militias in Tripoli, the north Lebanese
    port" are in Lebanon. When the phrase of the name places it in a country other than the
    capital's own ("Tripoli, Lebanon", "the Lebanese city of Tripoli"; not "as Moscow protested,
    American officials …", though there is a Moscow in Idaho) and the gazetteer has a city of that
    name there, the hit is that city."""
    if hit.entry.kind != "capital":
        return hit
    city = doc[hit.end - 1]
    named = {h.entry.country for h in hits if h is not hit and h.entry.kind in ("country", "capital")
             and h.entry.country and places_city(doc[h.start], city)}
    if not named or hit.entry.country in named:
        return hit
    place = geocode(doc[hit.start:hit.end].text, frozenset(named))
    if place is None or place.country not in named:
        return hit
    return Hit(hit.start, hit.end, Entry("country", place.name, country=place.country))


YIELDING_TITLES = words("yielding-titles")
NOT_PARTIES = words("agent-heads-not-parties")     # heads the agents table codes that name no party


def telling(entries: list[Entry]) -> list[Entry]:
    """The entries whose roles count: a title like "leader" or "official" gives way to the role of
    the body the phrase names ("union leaders" are labour, "Hamas officials" rebels)."""
    yielding = [e for e in entries if e.kind == "role" and e.name.lower() in YIELDING_TITLES]
    if yielding and any(e.role and e not in yielding for e in entries):
        return [e for e in entries if e not in yielding]
    return entries


ENVOY_TITLES = words("envoy-titles")


def actor_from(entries: list[Entry]) -> Actor | None:
    """Compose one CAMEO actor from the entries found in a noun phrase."""
    entries = telling(entries)
    placed = [e for e in entries if e.kind in ("person", "group", "country", "seat", "capital") and e.country]
    place = min(placed, key=lambda e: PLACE_PRIORITY.index(e.kind), default=None)
    igo = next((e for e in entries if e.group), None)
    roles = [e.role for e in entries if e.role]
    if place is None and igo is None:
        if not roles:
            return None
        role = best_role(roles)
        return Actor(code=role, name=entries[0].name, type1=role[:3])
    # (the body the text names beats a person's country in the dictionary, "U.N. mediator Diego
    # Cordovez"; not a state's envoy to it, "U.N. Ambassador Susan Rice", nor one the phrase names a
    # country of, "U.S. Ambassador to the U.N. Nikki Haley")
    named_body = igo is not None and igo.kind == "igo" and place is not None and place.kind == "person" and \
        not any(e.kind == "country" or (e.kind == "role" and e.name.lower() in ENVOY_TITLES) for e in entries)
    body_first = igo is not None and igo.kind in ("igo", "person") and place is not None and \
        place.kind not in ("person", "group") and entries.index(igo) > entries.index(place)
    if place is None or named_body or body_first:
        kind = igo.group[:3]      # IGO, or NGO for non-governmental organisations
        return Actor(code=igo.group, name=igo.name, country=kind, type1=kind, known_group=igo.group[3:])
    titles = [e.role for e in entries if e.kind == "role" and e.role]
    if place.kind == "person" and titles:
        role = best_role(titles)     # the title in the text ("Prime Minister Ismail Haniyeh") beats the dictionary
    elif place.kind == "capital" and any(e.role for e in entries if e is not place):
        # "police in Nairobi" are police; "Nairobi" alone is the government
        role = best_role([e.role for e in entries if e.role and e is not place])
    else:
        role = best_role([place.role] + roles if place.role else roles)
    country = place.country
    if place.kind in ("person", "seat"):
        # the text's word beats the dictionary: "Georgian President Eduard Shevardnadze", "Rwanda's Senate"
        stated = [e.country for e in entries[:entries.index(place)] if e.kind == "country" and e.country]
        country = stated[-1] if stated else country
    return Actor(code=country + role, name=place.name, country=country, type1=role[:3], type2=role[3:6])


def best_role(roles: list[str]) -> str:
    roles = [r for r in roles if r]
    if not roles:
        return ""
    return min(roles, key=lambda r: ROLE_PRIORITY.index(r[:3]) if r[:3] in ROLE_PRIORITY else 99)


def np_tokens(head) -> list:
    """The tokens of a noun phrase's own words: the head and its modifiers, not clauses."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in CORE_DEPS)
        if tok.dep_ == "amod" and tok.lemma_.lower() in LEADING_WORDS:     # "Vietnamese-led forces"
            stack.extend(c for c in tok.children if c.dep_ in ("npadvmod", "compound", "amod") and c.i < tok.i)
    out = sorted(out, key=lambda t: t.i)
    # (no punctuation at the edges: the commas around "Funaro, who is in Washington …," would
    # stretch the phrase over the relative clause between them)
    while len(out) > 1 and out[-1].dep_ == "punct" and out[-1].i > head.i:
        out.pop()
    while len(out) > 1 and out[0].dep_ == "punct" and out[0].i < head.i:
        out.pop(0)
    return out


LEADING_WORDS = {"lead", "led", "run", "command", "commanded", "control", "controlled", "own", "owned"}


PLACE_NOUNS = {"city", "town", "village", "province", "region", "capital", "district", "port", "state",
               "island", "enclave", "area", "suburb", "county", "municipality"}
FORMER_WORDS = {"former", "ex", "retired", "onetime", "one-time"}


def no_longer(actor: Actor, tokens, head) -> Actor:
    """"Former prime minister Imran Khan": an elite (ELI), no longer the government."""
    if actor.type1 in ("GOV", "MIL", "LEG", "JUD") and actor.country not in ("IGO", "NGO") and \
            any(t.lower_ in FORMER_WORDS for t in tokens if t.i < head.i):
        return replace(actor, code=actor.country + "ELI", type1="ELI", type2="")
    return actor
HOLDING_NOUNS = {"control", "capture", "siege", "fall", "outskirts", "centre", "center", "heart", "edge", "part",
                 "streets", "residents", "people", "bombardment", "shelling", "liberation", "occupation"}
LOCATIVE_PREPS = {"in", "near", "at", "outside", "into", "around", "from", "to"}


HALVES = ("north", "south")     # of a country known by its half: "the North" after "North Korea"


def looks_like_place(head) -> bool:
    """A toponym: tagged as a place, or a proper noun the NER missed in a place phrase
    ("the city of Kharkiv", "in Kharkiv")."""
    if head.ent_type_ in PLACE_TYPES or (head.pos_ == "PROPN" and is_listed_place(head.text)):
        return True
    if head.ent_type_ == "ORG" and head.pos_ == "PROPN" and head.ent_iob_ == "B" and \
            (head.i + 1 == len(head.doc) or head.doc[head.i + 1].ent_iob_ != "I") and country_of_place(head.text):
        return True     # (a city of a million the NER took for a body: "Russian forces attacked Kharkiv")
    if head.pos_ != "PROPN" or (head.ent_type_ and head.ent_type_ != "NORP"):
        return False    # (a town the NER took for a nationality: "near the town of Samarra")
    if head.dep_ != "pobj":
        return False
    prep = head.head
    return prep.lower_ in LOCATIVE_PREPS or (prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS | HOLDING_NOUNS)


def contiguous(tokens: list, head) -> list:
    """A mention's words as they stand together: the whole span of its tokens when everything
    between them belongs to the phrase, else the unbroken run around the head."""
    subtree = {t.i for t in head.subtree}
    first, last = min(t.i for t in tokens), max(t.i for t in tokens)
    if all(i in subtree for i in range(first, last + 1)):
        return [head.doc[i] for i in range(first, last + 1)]
    have = {t.i for t in tokens}
    start = end = head.i
    while start - 1 in have:
        start -= 1
    while end + 1 in have:
        end += 1
    return [t for t in tokens if start <= t.i <= end]


@dataclass
class ActorFinder:
    """Actor recognition for one article: lexicon hits per sentence plus the article's memory."""
    lex: ActorLexicon
    year: int = 0
    hits: dict[int, Hit] = field(default_factory=dict)            # token index → hit covering it
    memory: dict[str, tuple[Actor, Entry]] = field(default_factory=dict)  # name word → actor
    last_person: Actor | None = None
    mentions: list[Mention] = field(default_factory=list)
    doc: object = None
    text: str = ""                # the doc's text and entities, computed once (spaCy rebuilds them)
    ents: list = field(default_factory=list)
    ent_starts: list[int] = field(default_factory=list)   # where each of ents starts (they are sorted)
    surname_at: dict[str, int] = field(default_factory=dict)   # see ``surname``
    context_held: dict[str, bool] = field(default_factory=dict)   # see ``named_in_context``
    last_meeting: tuple = ()      # parties of the article's latest meeting ("the encounter")
    meeting_sentence: int = -9    # the sentence that told it (an older one is no antecedent)
    sentence_no: int = -1         # the sentence being scanned
    corpus: object = None         # memory.ActorMemory of earlier articles (read only here)
    date: str = ""
    learned: list = field(default_factory=list)   # (name, actor code) taught by this article
    home: str = ""                # the country the article was filed from (its dateline), if any
    views: list = field(default_factory=list)     # per sentence: what the finder knew after scanning it
    all_mentions: list[Mention] = field(default_factory=list)
    people: list = field(default_factory=list)    # (token index, actor, salience) of each person named
    found_at: int | None = None                    # where the person ``person_before`` last found was named
    people_at: set = field(default_factory=set)   # their token indices
    genders: dict = field(default_factory=dict)   # person's name → "f" or "m", where a name or title tells
    kin_at: set = field(default_factory=set)      # surnames of listed people borne by one of the family (``kin``)
    quotes: list = field(default_factory=list)    # character ranges inside quote marks (``quoted``)

    def scan_all(self, sents) -> list[Mention]:
        """Scan every sentence of the article, keeping for each what was known once it had been
        read (people learned, the last person named, the mentions so far): ``enter`` then puts the
        finder where it stood after that sentence, so coding sentence k never sees later ones."""
        for sent in sents:
            before, person = dict(self.memory), self.last_person
            self.scan(sent)
            learned = {k: v for k, v in self.memory.items() if before.get(k) is not v}
            self.views.append((learned, self.last_person if self.last_person is not person else None,
                               len(self.mentions)))
        self.all_mentions = self.mentions
        self.memory, self.last_person, self.mentions = {}, None, []
        return self.all_mentions

    def enter(self, k: int) -> None:
        """The finder as it stood after scanning sentence k (sentences are entered in order)."""
        learned, person, seen = self.views[k]
        self.memory.update(learned)
        if person is not None:
            self.last_person = person
        self.mentions = self.all_mentions[:seen]
        self.sentence_no = k

    def scan(self, sent) -> list[Mention]:
        """Match the lexicon in a sentence, learn the titled people it names; its actor mentions."""
        if self.doc is not sent.doc:
            self.doc, self.text, self.ents = sent.doc, sent.doc.text, list(sent.doc.ents)
            self.ent_starts = [e.start for e in self.ents]
            self.quotes = quoted_ranges(self.text)
            self.surname_at, self.context_held = {}, {}   # (last word of a person's full name → where first named)
            for e in self.ents:
                if e.label_ == "PERSON" and len(e) > 1:
                    self.surname_at.setdefault(e[-1].text, e.start)
        self.sentence_no += 1
        hits = find_hits(sent, self.lex, self.year)
        self.kin_at.update(h.start for h in hits if self.kin(h, hits))
        hits = [h for h in hits if not self.surname(h, sent.doc) and not self.given_name(h, hits)
                and not language(h, sent.doc) and h.start not in self.kin_at and not inside_a_name(h, hits, sent.doc)]
        for hit in hits:
            hit = same_named_city(hit, hits, sent.doc)
            hit = named_in_context(hit, sent.doc, self.text, self.context_held)
            for i in range(hit.start, hit.end):
                self.hits[i] = hit
        for ent in self.ents_within(sent.start, sent.end):   # (Span.ents rebuilds all)
            if ent.label_ == "PERSON":
                self.learn_person(ent)
        found = []
        for tok in sent:
            if tok.dep_ in NP_DEPS and tok.pos_ in ("NOUN", "PROPN"):
                m = self.actor_at(tok)
                if m is not None:
                    found.append(m)
                    self.mentions.append(m)
                    self.remember_known_person(tok, m)
        return found

    def remember_known_person(self, tok, m: Mention) -> None:
        """A person named again by a name the article taught ("Mattis" after "Jim Mattis"), where
        the parser tags no person: one more place a pronoun may stand for."""
        ent = self.ent_at(tok.i)
        if tok.pos_ == "PROPN" and self.names_person(tok) and (ent is None or ent.label_ != "PERSON"):
            self.note_person(tok, m.actor)

    def quoted(self, tok) -> bool:
        """Whether a word stands inside a quotation, which may have opened sentences before it in
        its paragraph (the knowledge graph's quote finder, run once per article)."""
        k = bisect_right(self.quotes, (tok.idx, len(self.text))) - 1
        return k >= 0 and self.quotes[k][0] <= tok.idx < self.quotes[k][1]

    def remembered(self, tok):
        """What the article taught a word names (an actor and its entry), if anything: not the
        surname of a listed person borne by one of the family (``kin``)."""
        return None if tok.i in self.kin_at else self.memory.get(tok.text)

    def names_person(self, tok) -> bool:
        """Whether a word is a person's name the tables or the article taught."""
        known = self.remembered(tok)
        hit = self.hits.get(tok.i)
        return (known is not None and known[1].kind == "person") or (hit is not None and hit.entry.kind == "person")

    def surname(self, hit: Hit, doc) -> bool:
        """Whether a one-word country or capital is the name of a person the article named before
        ("Rep. Jim Jordan … Jordan accused Pelosi": the congressman, not Jordan)."""
        if hit.entry.kind not in ("country", "capital") or hit.end - hit.start != 1:
            return False
        word = doc[hit.start].text
        known = self.memory.get(word)
        if known is not None and known[1].kind == "person" and known[1].name != word:
            return True
        # ("Michael Jordan met Obama. Jordan praised …": a person named before, if by no title)
        return self.surname_at.get(word, len(doc)) < hit.start

    def kin(self, hit: Hit, hits: list[Hit]) -> bool:
        """Whether a listed person's surname follows another given name in a person's name: one of
        the family, not the one listed ("first lady Jill Biden", "Hunter Biden", "Ivanka Trump"; but
        "Donald J. Trump" and "Joseph Biden" are the listed men)."""
        if hit.entry.kind != "person" or hit.end - hit.start != 1 or hit.start == 0:
            return False
        given = self.doc[hit.start - 1]
        ent = self.ent_at(given.i)
        named = given.lower_ in GIVEN_NAMES or (ent is not None and ent.label_ == "PERSON" and hit.start < ent.end)
        listed = hit.entry.name.split()[0]
        return named and given.pos_ == "PROPN" and given.text[:1].isupper() and len(given.text) > 2 and \
            given.lower_.rstrip(".") not in HONORIFICS and \
            not any(h.start <= given.i < h.end for h in hits) and given.text[:2].lower() != listed[:2].lower()

    def given_name(self, hit: Hit, hits: list[Hit]) -> bool:
        """Whether a body's one-word name is the first name of a person named in full ("Amit Shah":
        not AMIT, the women's organisation; "Cameron Easley": not David Cameron): the parser's
        person name runs on past it."""
        tok = self.doc[hit.start]
        if hit.end - hit.start != 1 or hit.entry.kind not in ("igo", "group", "person") or not tok.is_title \
                or tok.tag_ != "NNP":
            return False
        ent = self.ent_at(hit.start)
        if hit.entry.kind == "person":     # (a given name and a surname; not "the Obama White House")
            return ent is not None and ent.label_ == "PERSON" and ent.start == hit.start and len(ent) == 2
        if ent is not None and ent.label_ == "PERSON" and ent.start == hit.start and len(ent) > 1:
            return True
        # (or before a surname no table knows, where the parser names no person)
        after = self.doc[hit.end] if hit.end < len(self.doc) else tok
        return tok.dep_ in ("compound", "flat") and tok.head.i == after.i and after.pos_ == "PROPN" and \
            after.is_title and not any(h.start == hit.end for h in hits)

    def ents_within(self, start: int, end: int) -> list:
        """The doc's entities inside tokens [start, end), in order (found by bisection: an article
        of thousands of entities is not scanned whole for each sentence)."""
        lo, hi = bisect_left(self.ent_starts, start), bisect_left(self.ent_starts, end)
        return [e for e in self.ents[lo:hi] if e.end <= end]

    def ent_at(self, i: int):
        """The entity covering token i, or None (entities do not overlap)."""
        k = bisect_right(self.ent_starts, i) - 1
        return self.ents[k] if k >= 0 and i < self.ents[k].end else None

    def both_countries(self, head) -> list[Mention]:
        """"both countries", "the two nations", "their countries": the last two countries named before."""
        if head.lemma_.lower() not in COUNTRY_NOUNS or head.tag_ not in ("NNS", "NNPS"):
            return []
        if not any(c.lower_ in ("both", "two", "their") for c in head.subtree):
            return []
        seen: list[Mention] = []
        for m in (m for m in reversed(self.mentions) if m.end <= head.left_edge.idx):
            if m.actor.country not in ("", "IGO", "NGO") and all(m.actor.country != x.actor.country for x in seen):
                seen.append(m)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [self.mention(head, np_tokens(head), Actor(code=m.actor.country, name=m.actor.name,
                                                          country=m.actor.country), "coreference")
                for m in reversed(seen)]

    def both_people(self, head) -> list[Mention]:
        """"The two leaders", "both men", "the two" standing alone ("the two met at the White
        House"): the last two people named before, in its sentence or the three before."""
        lemma = head.lemma_.lower()
        alone = lemma == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
            and head.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        if not alone and not (lemma in PAIR_NOUNS and head.tag_ == "NNS" and any(
                c.lower_ in ("both", "two") and c.dep_ in ("det", "nummod", "predet") for c in head.children)):
            return []
        earliest = self.doc[sentences_back(head, 3)].idx
        people = {a.name for _, a, _ in self.people}
        seen: list[Actor] = []
        for m in reversed(self.mentions):
            if m.end > head.left_edge.idx or m.start < earliest:
                continue
            if m.actor.code and all(m.actor.name != a.name for a in seen) and (
                    m.kind in ("person", "title") or m.actor.name in people or any(
                        e.kind == "person" for e in self.lex.phrases.get(tuple(m.actor.name.lower().split()), []))):
                seen.append(m.actor)
            if len(seen) == 2:
                break
        if len(seen) < 2:
            return []
        return [self.mention(head, np_tokens(head), actor, "coreference") for actor in reversed(seen)]

    def half_named(self, head) -> Mention | None:
        """"The North", "the South": the country named before whose name begins with the word
        ("North Korea … the North pulled out of the talks")."""
        start, word = head.left_edge.idx, head.lower_ + " "
        for m in reversed(self.mentions):
            if m.end <= start and m.actor.country and (m.actor.name.lower().startswith(word)
                                                       or m.text.lower().startswith(word)):
                return self.mention(head, [head.doc[head.i - 1], head], Actor(
                    code=m.actor.country, name=m.actor.name, country=m.actor.country), "coreference")
        return None

    def antecedent(self, head) -> Mention | None:
        """The country a definite description refers back to: "the country", "its neighbour"."""
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "poss")}
        if not words & {"the", "its", "this", "that", "their"}:
            return None
        start = head.left_edge.idx
        before = (m for m in reversed(self.mentions) if m.end <= start and m.actor.country not in ("", "IGO", "NGO"))
        latest = next(before, None)      # (the latest first: not every mention of a long article is read)
        if latest is not None and (head.lemma_.lower() in ("neighbor", "neighbour")
                                   or any(c.lower_.startswith("neighbo") for c in head.children)):
            owner = latest.actor.country     # "China … its neighbour": not China
            latest = next((m for m in before if m.actor.country != owner), None)
        if latest is None:
            return None
        last = latest.actor
        role = "GOV" if head.lemma_.lower() in GOVERNMENT_NOUNS else ""
        return self.mention(head, np_tokens(head), Actor(code=last.country + role, name=last.name,
                                                         country=last.country, type1=role), "coreference")

    def learn_person(self, ent) -> None:
        """Remember a named person whose title or lexicon entry says who they are."""
        head = ent.root
        entries = self.entries_in(np_tokens(head)) + self.entries_in(np_tokens(head.head)
                                                                     if head.dep_ == "appos" else [])
        own = self.entries_in(list(ent))
        if any(e.kind == "person" for e in own):
            # ("Trump aide Sarah Sanders", both listed: she is herself)
            entries = [e for e in entries if e.kind != "person" or e in own]
        actor = actor_from(entries)
        if actor is not None and not actor.country:
            actor = actor_from(entries + self.own_place(head, np_tokens(head))) or actor   # "Texas Gov. Greg Abbott"
        if actor is not None and any(e.kind == "person" for e in entries) and not any(e.kind == "person" for e in own):
            # "Trump adviser Kellyanne Conway": one of Trump's side, not Trump (nor he a "she")
            actor = replace(actor, name=ent.text)
        if actor is not None:
            actor = no_longer(actor, np_tokens(head), head)      # ("Former Rep. Will Hurd … Hurd said")
        if actor is not None and actor.country and entries and any(e.kind != "person" for e in entries):
            self.learned.append((ent.text, actor.code))       # learned from a title: worth remembering
        if actor is None:
            known = self.known_person(ent) or self.recalled(ent.text)
            actor = known[0] if known else None
        if actor is None:
            # someone no table knows: still the one a later "he" or "she" may stand for
            # ("Sifton acknowledged … 'it is a complaint,' he said": not the last known person)
            unknown = Actor(code="", name=ent.text)
            if person_gender(ent):
                self.genders[ent.text] = person_gender(ent)
            self.note_person(ent.root, unknown, ent.start)
            return
        for word in [ent.text] + [t.text for t in ent if t.text[:1].isupper() and len(t.text) > 2 and t.i not in self.kin_at]:
            self.memory[word] = (actor, Entry("person", ent.text))
        self.last_person = actor
        gender = person_gender(ent) or self.genders.get(actor.name, "")
        if gender:
            self.genders[actor.name] = gender
        self.note_person(ent.root, actor, ent.start)

    def note_person(self, tok, actor: Actor, at: int | None = None) -> None:
        """Remember a mention of a person at token ``at`` (default: ``tok``), as salient as ``tok``
        is, once, for the pronouns after it."""
        at = tok.i if at is None else at
        if at not in self.people_at:
            self.people_at.add(at)
            self.people.append((at, actor, salient(tok, self.quoted(tok))))

    def named_in_sentence(self, pronoun):
        """The name of the person a pronoun was just resolved to, when it stands earlier in the
        pronoun's own sentence (its words tell who is meant better than "he" does), else None."""
        at = self.found_at
        if at is None or not pronoun.sent.start <= at < pronoun.i or pronoun.doc[at].pos_ != "PROPN":
            return None
        return pronoun.doc[at]

    def name_tokens(self, tok) -> list:
        ent = self.ent_at(tok.i)
        return list(ent) if ent is not None and ent.label_ == "PERSON" else [tok]

    def person_before(self, pronoun) -> Actor | None:
        """The person a pronoun stands for: the last one named before it whose gender, where a
        name or title tells it, agrees ("Merkel met Putin. She urged him …"); "she" prefers a
        woman named as one."""
        gender = PRONOUN_GENDER.get(pronoun.lower_, "")
        before = [(i, a, subject) for i, a, subject in self.people if i < pronoun.i]
        if pronoun.dep_ in OBJECTS | {"dative"}:
            # (not the subject of its own verb, which would be "himself": "She criticized him")
            doc = pronoun.doc
            own = {a.name for i, a, _ in before if doc[i].head.i == pronoun.head.i and doc[i].dep_ in SUBJECTS}
            before = [x for x in before if x[1].name not in own]
        fits = [x for x in before if self.genders.get(x[1].name, gender) == gender]
        if gender == "f":
            fits = [x for x in fits if self.genders.get(x[1].name) == "f"] or fits
        opened = quote_opened(pronoun)
        if opened is not None:
            # ("Mr Clarke argued: 'He has apologised'": the speaker's "he" is someone else)
            fits = [x for x in fits if not (pronoun.sent.start <= x[0] < opened)]
            # (nor the one named after the quotation: "'I don't see him backing down,' Moore added")
            after = {w for e in self.ents_within(pronoun.i, pronoun.sent.end) if e.label_ == "PERSON"
                     for w in (e.text, e[-1].text)}
            fits = [x for x in fits if not ({x[1].name, x[1].name.split()[-1] if x[1].name else ""} & after)]
        if not self.quoted(pronoun):
            # ("'John believed in campaign finance reform. He believed in immigration reform.'
            # Nowadays, he said, …": the speaker, not the man he spoke of)
            fits = [x for x in fits if x[2] != "quoted"] or fits
        if pronoun.dep_ in SUBJECTS | PASSIVE_SUBJECTS:
            # a subject "he" goes on about the person last named as a subject (of a main clause
            # first), in its sentence or the one before ("Mattis met Lich and Prime Minister Phuc.
            # He praised …": Mattis)
            fits = recent_subjects(pronoun, fits) or fits
        found = max(fits, key=lambda x: x[0]) if fits else None
        self.found_at = found[0] if found is not None else None
        if found is not None:
            # ("… He portrayed himself as a reformer. But he also took aim at …": the same man;
            # "Merkel met Putin. She …": a woman, not "him" after it)
            self.note_person(pronoun, found[1])
            if gender:
                self.genders.setdefault(found[1].name, gender)
        return found[1] if found else None

    def titled_before(self, head, role: str) -> Actor | None:
        """The person "the minister" or "the president" stands for: one named before with a title
        of that kind (not the police chief for "the prime minister"), the one the story goes on
        about as a subject first, as for "he" ("President Trump said he would wipe out President
        Erdogan's economy. … the president said": Trump)."""
        fits = [x for x in self.people if x[0] < head.i and x[1].code and x[1].type1 == role]
        if not fits:
            return None
        return max(recent_subjects(head, fits) or fits, key=lambda x: x[0])[1]

    def group_before(self, pronoun) -> Mention | None:
        """The people "they" stand for: the last party named in the plural as the subject of a clause
        before it, in its sentence or the one before ("Maoists ambushed a patrol. They killed four
        constables"). An object "them" is ``plural_before``'s."""
        doc = pronoun.doc
        earliest = sentences_back(pronoun, 1)
        for m in reversed(self.mentions):
            h = doc[m.head] if m.head >= 0 else None
            if h is None or m.end > pronoun.idx or m.kind == "pronoun":
                continue
            if h.i < earliest:
                return None
            if h.tag_ in ("NNS", "NNPS") and m.actor.code and h.dep_ in SUBJECTS | PASSIVE_SUBJECTS and h.head.i != pronoun.head.i:
                return m
        return None

    def body_before(self, pronoun) -> Mention | None:
        """The country or body a subject "it" stands for: the nearest subject named in the singular
        before it (or that subject's owner), in its sentence or the one before, when that names a
        country or body ("Iran denied the report. It accused the United States of lying"; "Iran's
        nuclear capabilities appear to be increasing, it is supplying weapons to Russia"); a nearer
        thing makes it a thing ("The report was leaked. It says …"), as does a person."""
        for tok in reversed(pronoun.doc[sentences_back(pronoun, 1):pronoun.i]):
            if tok.dep_ not in SUBJECTS | PASSIVE_SUBJECTS or tok.head.i == pronoun.head.i or tok.pos_ == "PRON":
                continue
            for cand in [tok] + [c for c in tok.children if c.dep_ == "poss"]:
                if cand.tag_ in ("NNS", "NNPS"):
                    continue
                m = next((m for m in reversed(self.mentions) if m.head == cand.i), None)
                if m is None or not m.actor.code or m.kind in ("pronoun", "unnamed", "coreference") or \
                        cand.ent_type_ == "PERSON" or self.names_person(cand) or cand.i in self.people_at \
                        or cand.lemma_.lower() in TITLE_WORDS:     # ("if the President goes through with this, it will …")
                    return None
                return m
        return None

    def plural_before(self, pronoun) -> Mention | None:
        """The party "them" stands for: the nearest plural noun before it, in its sentence or the one
        before, when that names a party ("Protesters gathered outside parliament. Police dispersed
        them"). Those who act in its own clause, or in the clauses it hangs from, are not it ("daring
        Democrats to oppose them"), and a nearer plural thing makes it a thing ("passed two bills,
        daring Democrats to oppose them")."""
        doc = pronoun.doc
        verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
        if pronoun.dep_ not in OBJECTS | {"dative", "pobj"} or verb.pos_ not in ("VERB", "AUX") or \
                any(c.dep_ == "appos" for c in pronoun.children):
            return None        # ("a lot of them"; "helping them (militant groups)": the apposition says)
        actors, controlled = set(), False
        while True:
            actors |= {t.i for c in verb.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS
                       or (controlled and c.dep_ in OBJECTS | {"dative"}) for t in c.subtree}   # ("dared Democrats to oppose")
            if verb.dep_ not in CLAUSE_LINKS or verb.head.i == verb.i:
                break
            controlled = verb.dep_ == "xcomp"
            if verb.dep_ in ("relcl", "acl"):
                actors.add(verb.head.i)       # ("the police who beat them")
                break
            verb = verb.head
        for tok in reversed(doc[sentences_back(pronoun, 1):pronoun.i]):
            if tok.tag_ not in ("NNS", "NNPS") or tok.dep_ in ("compound", "amod", "nmod") or tok.i in actors:
                continue
            return next((m for m in reversed(self.mentions) if m.head == tok.i and m.actor.code), None)
        return None

    def agrees(self, pronoun, actor: Actor) -> bool:
        """Whether a pronoun may stand for an actor: no "he" for a woman, no "she" for a man."""
        gender = PRONOUN_GENDER.get(pronoun.lower_, "")
        return not gender or self.genders.get(actor.name, gender) == gender

    def recall_name(self, head) -> None:
        """Bring a person the corpus memory knows into this article's memory ("Sybiha")."""
        words = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [head]
        known = self.recalled(" ".join(t.text for t in words))
        if known is not None:
            for t in words:
                self.memory[t.text] = known
            self.memory[" ".join(t.text for t in words)] = known

    def recalled(self, name: str):
        """A person the corpus memory knows from earlier articles."""
        if self.corpus is None:
            return None
        r = self.corpus.recall(name, self.date)
        if r is None:
            return None
        country, role, group = split_code(r.code)
        actor = Actor(code=r.code, name=r.name, country=country or ("IGO" if group else ""), type1=role[:3],
                      type2=role[3:6], known_group=group[3:])
        return actor, Entry("person", r.name)

    def known_person(self, ent):
        for key in (ent.text,) if ent[-1].i in self.kin_at else (ent.text, ent[-1].text):
            if key in self.memory:
                return self.memory[key]
        return None

    def entries_in(self, tokens) -> list[Entry]:
        seen, out = set(), []
        for tok in tokens:
            hit = self.hits.get(tok.i)
            if hit and id(hit) not in seen:
                seen.add(id(hit))
                out.append(hit.entry)
            elif tok.pos_ == "PROPN" and self.remembered(tok) is not None and tok.i not in self.hits:
                actor, entry = self.remembered(tok)
                if id(entry) not in seen:
                    seen.add(id(entry))
                    out.append(Entry("person", entry.name, country=actor.country if actor.country != "IGO" else "",
                                     role=actor.code[len(actor.country):] if actor.country != "IGO" else "",
                                     group=actor.code if actor.country == "IGO" else ""))
        return out

    def actor_at(self, head) -> Mention | None:
        """The actor a noun phrase headed by ``head`` names, as a Mention, or None.

        The head itself must name an actor (a lexicon hit, a known person, a role word or a
        group noun): "Russia's aggressive actions" names no actor, though "Russia's" does.
        """
        hit = self.hits.get(head.i)
        if hit is not None and hit.end - 1 != head.i and head.doc[hit.end - 1].head.i not in range(hit.start, hit.end) \
                and head.dep_ not in ("compound", "amod", "poss", "nmod"):
            head = head.doc[hit.end - 1]     # a parse that split a name ("al - Shabab"): the name's last word
        if head.lower_ in PERSON_PRONOUNS:
            person = self.person_before(head)
            if person is not None:
                named = self.named_in_sentence(head)
                if named is not None:     # ("Bannon announced he was partnering with Guo": Bannon's words)
                    return replace(self.mention(named, self.name_tokens(named), person, "pronoun"), head=head.i)
                return self.mention(head, [head], person, "pronoun")
        if head.lower_ in PLURAL_PRONOUNS:
            group = self.group_before(head) if head.lower_ == "they" else self.plural_before(head)
            if group is not None:
                return self.mention(head, [head], group.actor, "pronoun")
        if head.lower_ == "it" and head.dep_ in SUBJECTS:
            body = self.body_before(head)
            if body is not None:
                return self.mention(head, [head], body.actor, "pronoun")
        if head.lower_ in HALVES and head.text[0].isupper() and [c.lower_ for c in head.children] == ["the"]:
            half = self.half_named(head)
            if half is not None:
                return half
        if head.i not in self.hits and looks_like_place(head) and not self.entries_in(np_tokens(head)):
            return self.place_actor(head)
        lemma = head.lemma_.lower()
        if (lemma in COUNTRY_NOUNS or lemma in GOVERNMENT_NOUNS) and head.i not in self.hits \
                and not self.entries_in(np_tokens(head)):
            # "the country" is the one named before; "the countries" are no one country
            specific = head.tag_ != "NNS" or any(c.lower_ in ("their", "both", "two") for c in head.children)
            return self.antecedent(head) if specific else None
        if not self.names_actor(head):
            return self.organisation(head) or self.unnamed_person(head)
        tokens = self.own_tokens(head)
        entries = self.entries_in(tokens)
        kind = "name"
        if entries and all(e.kind == "role" for e in entries) \
                and head.lemma_.lower() in TITLE_WORDS and head.tag_ in ("NN", "NNP") \
                and any(c.lower_ == "the" for c in head.children) and not self.attached_place(head):
            titled = self.titled_before(head, best_role([e.role for e in entries if e.role])[:3])
            if titled is not None:
                self.note_person(head, titled)     # (a "he" after it is that person)
                return self.mention(head, tokens, titled, "coreference")
        residence = [e for e in self.entries_in(self.attached_place(head)) if e.kind in ("country", "capital")]
        if head.i in self.hits and self.hits[head.i].entry.kind == "country" and head.tag_ in ("NNS", "NNPS") \
                and residence and residence[0].country != self.hits[head.i].entry.country:
            entries = [Entry("role", head.text, role="CVL"), residence[0]]   # "Albanians of southern Serbia"
            kind = "inferred"
        elif any(c.lower_ == "ethnic" for c in head.children):
            # "ethnic Albanians in south Serbia": an ethnicity, not the citizens of Albania
            entries = [e for e in entries if e.kind != "country"] or [Entry("role", head.text, role="CVL")]
        led = self.led_by(head) if not any(e.kind != "role" for e in entries) else None
        if led is not None:
            entries = entries + [led]      # "the Reagan administration" is the United States' in 2019 too
        if not any(e.kind != "role" for e in entries):
            place = self.attached_place(head)
            attached = self.entries_in(place)
            region = None if any(e.kind != "role" for e in attached) else self.attached_region(head)
            if region is not None and entries:       # "the government of Sindh province", "rebels in Darfur"
                attached = [Entry("country", region.actor.name, country=region.actor.country)]
            if attached and lemma in MEMBER_NOUNS and region is None:     # (but "members in Clinton Township")
                # "leaders of the opposition coalition", "members of the Kifaya group": that body
                entries, tokens, kind = attached, sorted(tokens + place, key=lambda t: t.i), "inferred"
            elif any(e.kind != "role" for e in attached) or (not entries and attached):
                entries, tokens, kind = entries + attached, sorted(tokens + place, key=lambda t: t.i), "inferred"
            elif not entries and head.lemma_.lower() in GROUP_NOUNS and head.tag_ in ("NNS", "NNPS"):
                entries = [Entry("role", head.text, role="CVL")]     # "supporters", "thousands"
            if entries and not any(e.kind != "role" for e in entries):
                entries = entries + self.own_place(head, tokens)      # "Texas Gov. Greg Abbott"
        actor = actor_from(entries)
        if actor is None:
            return None
        return self.mention(head, tokens, no_longer(actor, tokens, head), kind)

    def led_by(self, head) -> Entry | None:
        """The country of a government named by its leader's surname ("the Reagan administration",
        "the Blair government"): the leader's, whatever the article's date."""
        if head.lemma_.lower() not in GOVERNMENT_NOUNS:
            return None
        for c in head.children:
            if c.dep_ == "compound" and c.pos_ == "PROPN":
                leader = next((e for e in self.lex.phrases.get((c.lower_,), []) if e.kind == "person" and e.country), None)
                if leader is not None:
                    return Entry("country", leader.name, country=leader.country)
        return None

    def place_actor(self, head) -> Mention | None:
        """A town or region stands for its country ("rebels shelled Juba" → Sudan)."""
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in MEASURE_UNITS:
            return None       # ("seized 5 kg of ganja", "two bottles of Bordeaux": a substance, no place)
        ent = self.ent_at(head.i)
        if ent is None:       # a name the NER missed: its proper-noun compound ("Kharkiv")
            names = [t.i for t in np_tokens(head) if t.pos_ == "PROPN"]
            if not names:
                return None   # ("a G-7 meeting": "G-7" read as an adjective names no place)
            ent = head.doc[min(names):head.i + 1]
        if local_place(ent.root, head.doc[ent.end] if ent.end < len(head.doc) else None):
            return None       # ("Nassau and Oswego counties" are no Bahamas)
        if self.surname_at.get(ent.text, len(head.doc)) < ent.start:
            return None       # ("Timothy Holland … Holland alleges": the man, not the Netherlands)
        # (a town too small to name by itself counts in a country the story has named: "Hoboken")
        place = geocode(ent.text) or geocode(ent.text, frozenset(
            {h.entry.country for h in self.hits.values() if h.start < head.i and h.entry.country
             and h.entry.kind in ("country", "capital", "seat")} | ({self.home} if self.home else set())))
        if place is None or not place.country:
            return None
        actor = Actor(code=place.country, name=place.name, country=place.country)
        return self.mention(head, list(ent), actor, "place")

    def listed_names(self, head) -> list:
        """Appositions that are names of other places ("the US, Russia, and Switzerland")."""
        return [c for c in head.children if c.dep_ == "appos" and c.i in self.hits and head.i in self.hits
                and self.hits[c.i].entry.kind in ("country", "igo", "group")
                and self.hits[head.i].entry.kind in ("country", "igo", "group")
                and self.hits[c.i].entry.name != self.hits[head.i].entry.name]   # not "(ILO)" after its name

    def own_tokens(self, head) -> list:
        listed = {t.i for c in self.listed_names(head) for t in c.subtree}
        return [t for t in np_tokens(head) if t.i not in listed]

    def organisation(self, head) -> Mention | None:
        """An organisation the lexicon does not know ("the Kifaya group", "the Revolutionary United
        Front"): an actor without a code of its own, placed in a country when the sentence or
        article says where; news agencies and media are not actors."""
        ent = self.ent_at(head.i)
        if ent is None or ent.label_ != "ORG" or head.pos_ != "PROPN" or ent.root.i != head.i:
            return None
        known = org_entry(ent.text)
        if known is not None and known.kind == "media":
            return None
        place = self.entries_in(self.attached_place(head))
        country = next((e.country for e in place if e.country), "")
        return self.mention(head, list(ent), Actor(code=country, name=ent.text, country=country), "organisation")

    def agent_noun(self, head) -> Mention | None:
        """People or forces named by a common noun that only the agents dictionary knows ("police
        beat up the pickpockets", "the paramedics"), or by their age ("a 25-year-old": a
        civilian): an actor with that sector code and no country of its own (the event places it,
        as it places any role word)."""
        if head.lemma_.lower() == "old" and head.dep_ != "amod" and any(c.lemma_.lower() in ("year", "month")
                                                                         for c in head.children):
            return self.mention(head, np_tokens(head), Actor(code="CVL", name="person", type1="CVL"), "name")   # "a 25-year-old"
        if counted_people(head):
            return self.mention(head, np_tokens(head), Actor(code="CVL", name="people", type1="CVL"), "name")   # "3 held"
        if head.pos_ != "NOUN" or head.i in self.hits or not self.lex.heads:
            return None
        role = self.lex.heads.get(head.lower_) or self.lex.heads.get(head.lemma_.lower())
        body = [self.hits[c.i].entry.role for c in head.children if c.dep_ in ("compound", "amod")
                and c.i in self.hits and self.hits[c.i].entry.kind == "role" and self.hits[c.i].entry.role]
        if body and head.lower_ in YIELDING_TITLES:
            role = best_role(body)        # "a police captain", "a police sergeant": the police's
        if not role or head.lemma_.lower() in NOT_PARTIES:
            return None
        return self.mention(head, self.own_tokens(head), Actor(code=role, name=head.lemma_.lower(), type1=role[:3]), "name")

    def unnamed_person(self, head) -> Mention | None:
        """A person no dictionary knows ("Luther Strange", "Mitt Romney" before any title): a party
        with its words and no code; later mentions of the surname are the same person."""
        ent = self.ent_at(head.i)
        if head.i in self.kin_at and (ent is None or ent.label_ != "PERSON"):     # ("Ivanka Trump", not tagged)
            name = [t for t in np_tokens(head) if t.pos_ == "PROPN" and t.i >= head.i - 1]
            return self.mention(head, name, Actor(code="", name=" ".join(t.text for t in name)), "unnamed")
        if ent is None or ent.label_ != "PERSON" or head.pos_ != "PROPN" or ent.root.i != head.i:
            return None
        if party_tagged(head):      # "Hal Rogers, R-Ky.," "Dianne Feinstein (D-Calif.)": of Congress
            return self.mention(head, list(ent), Actor(code="USALEG", name=ent.text, country="USA", type1="LEG"), "name")
        return self.mention(head, list(ent), Actor(code="", name=ent.text), "unnamed")

    def names_actor(self, head) -> bool:
        """Whether a phrase head names an actor: a known name, a group noun, or people of a
        place ("Iraqi Kurds", "US activists"), but not a possession ("Russia's actions")."""
        if head.pos_ == "PROPN" and head.i not in self.hits and head.text not in self.memory:
            self.recall_name(head)
        if head.i in self.hits or (head.pos_ == "PROPN" and self.remembered(head) is not None):
            return True
        if head.lemma_.lower() in GROUP_NOUNS:
            return True
        if any(c.dep_ == "appos" and c.i in self.hits for c in head.children) or \
                any(c.dep_ == "appos" and any(t.i in self.hits and self.hits[t.i].entry.kind != "role"
                                              for t in np_tokens(c)) for c in head.children):
            return True           # "Kenzo Oshima, the United Nations Emergency Relief Coordinator"
        mods = [self.hits[c.i].entry for c in head.children if c.dep_ in ("compound", "flat", "amod", "nmod")
                and c.i in self.hits]
        titles = mods or [self.hits[t.i].entry for t in head.subtree if t.i < head.i and t.i in self.hits
                          and t.dep_ in ("compound", "flat") and self.hits[t.i].entry.kind == "role"]
        if titles and head.pos_ == "PROPN" and head.ent_type_ not in ("GPE", "LOC", "FAC"):
            return True           # a titled name: "President Laurent Gbagbo", "Lt. Gen. Prosper Avril"
        return any(e.kind != "role" for e in mods) and (head.pos_ == "PROPN" or head.tag_ in ("NNS", "NNPS")
                                                        or head.lemma_.lower() in BODY_NOUNS)

    def own_place(self, head, tokens) -> list[Entry]:
        """The country of a place named inside a title ("Texas Gov. Greg Abbott", "Republican South
        Carolina Sen. Lindsey Graham", "the Kharkiv governor"), which no lexicon names; or the
        United States', after a name its party and state label ("Rep. Jason Chaffetz (R-Utah)",
        "Sen. Debbie Stabenow, D-Michigan")."""
        if party_tagged(head):
            return [Entry("country", "United States", country="USA")]
        for tok in tokens:
            if tok.i >= head.i or tok.i in self.hits or tok.ent_type_ not in ("GPE", "LOC"):
                continue
            ent = self.ent_at(tok.i)
            if ent is None or ent.end > head.i or ent.root.dep_ not in ("compound", "nmod", "poss") or \
                    (ent.start > 0 and self.doc[ent.start - 1].text == "-"):
                continue         # (an "anti-Syria journalist" is not Syria's)
            place = geocode(ent.text)
            if place is not None and place.country:
                return [Entry("country", place.name, country=place.country)]
        return []

    def attached_region(self, head) -> Mention | None:
        """A known place (not in the lexicon) that "of/in X" attaches to a noun."""
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
                for obj in prep.children:
                    place = obj if obj.pos_ == "PROPN" else next(
                        (c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
                    if obj.dep_ == "pobj" and place is not None and place.i not in self.hits:
                        return self.place_actor(place)
        return None

    def attached_place(self, head) -> list:
        """Tokens of "in/of/from X" attached to a role noun ("opposition groups in Zimbabwe")."""
        out = []
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "of", "from"):
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        out.extend(np_tokens(obj))
        return out

    def mention(self, head, tokens, actor: Actor, kind: str) -> Mention:
        hit = self.hits.get(head.i)
        if hit is not None:     # the whole name, however the parser split it
            tokens = sorted({t.i: t for t in list(tokens) + list(head.doc[hit.start:hit.end])}.values(), key=lambda t: t.i)
        tokens = contiguous(tokens, head)
        words = [t for t in tokens if t.dep_ not in ("det", "punct", "case") or t.i == head.i]
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        m = Mention(text=self.text[start:end], start=start, end=end,
                    actor=actor, kind=kind, head=head.i)
        return m
