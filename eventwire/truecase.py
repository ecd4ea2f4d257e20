"""Case for lower-case news: the names a lower-case article spells small get their capitals back
before parsing, so the parser and the actor finder read "police arrested 25 persons in ahmedabad
on sunday" as they read "Police arrested 25 persons in Ahmedabad on Sunday".

Only case changes: the text keeps its length and every character offset, so events still point
into the article as it was given. Names come from the actor dictionaries (countries, capitals,
demonyms, IGOs and armed groups, office holders; acronyms in capitals: "crpf" → "CRPF"), the
gazetteer's larger cities, weekdays and months; a name that is also a common English word
(data/truecase-skip.tsv, spaCy's stop words) is left alone, as is a word inside a longer name.
A word that neither English (the parser's lemmatizer tables: WordNet's index and irregular forms)
nor the coder's lexicons know, in any inflection, with a prefix or as two words run together, is
a name too: "robaina", "mueller", "ramesh kumar", "bhilwara".
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .coder.words import words
from .tables import read_table

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
POSSESSIVE = re.compile(r"['’]s$")
# A period closing an abbreviation ends no sentence: single letters ("u.s.", "u.n.") and titles.
ABBREVIATION = re.compile(r"(?:\b[^\W\d_]\.|\b(?:mr|mrs|ms|dr|st|gen|sen|rep|gov|lt|col|capt|sgt|no|vs|jr|sr)\.)$",
                          re.IGNORECASE)
DOTTED = re.compile(r"(?<![\w.])(?:[^\W\d_]\.){2,}")     # "u.s.", "u.n.": initials with periods
SENTENCE_START = re.compile(r"(?:^|[.!?]['\"’”)]?\s+|\n\s*)['\"‘“(]?([^\W\d_])")
LOWER_SHARE = 0.03        # an article with fewer capitalised words than this is lower-case news
MIN_CITY_POPULATION = 150_000
PARTICLES = {"al", "el", "de", "of", "the", "and", "bin", "van", "von", "der", "da", "du", "la", "le", "y"}
CALENDAR = ("monday tuesday wednesday thursday friday saturday sunday january february april june july "
            "august september october november december").split()   # ("may", "march": common words)


def is_lower_case(text: str) -> bool:
    """Whether an article is written (almost) without capitals."""
    words = [w for w in WORD.findall(text[:20000]) if len(w) > 1]
    if len(words) < 5:
        return False
    return sum(1 for w in words if any(c.isupper() for c in w)) / len(words) < LOWER_SHARE


def truecase(text: str, names: dict[tuple[str, ...], tuple[str, ...]], known: frozenset = frozenset()) -> str:
    """The text with the names it spells small capitalised, and each sentence's first letter;
    with ``known`` (the words of English and of the coder's lexicons), a word none of them knows
    is a name too ("nadler has invited mueller to testify")."""
    chars = list(text)
    words = list(WORD.finditer(text))
    lowered = [w.group().lower() for w in words]
    bare = [POSSESSIVE.sub("", w) for w in lowered]     # ("russia's army", "donald trump's attacks")
    reach = name_reach(names)
    i = 0
    while i < len(words):
        for n in range(min(max(reach.get(lowered[i], 0), reach.get(bare[i], 0)), len(words) - i), 0, -1):
            key = tuple(lowered[i:i + n - 1]) + (bare[i + n - 1],)
            if key in names and contiguous(text, words[i:i + n]):
                for w, form in zip(words[i:i + n], names[key]):
                    set_case(chars, w.start(), form)
                i += n
                break
        else:
            i += 1
    titled_names(text, chars, words, lowered)
    if known:
        unknown_names(chars, words, lowered, known)
    for m in DOTTED.finditer(text):
        form = names.get((m.group().lower(),))
        if form is not None:
            set_case(chars, m.start(), form[0])     # ("u.s. forces" → "U.S. forces")
    for m in SENTENCE_START.finditer(text):
        if ABBREVIATION.search(text, max(m.start() - 8, 0), m.start() + 1):
            continue      # ("the u.s. population", "mr. smith": no sentence ends there)
        upper = chars[m.start(1)].upper()
        if len(upper) == 1:
            chars[m.start(1)] = upper
    for m in re.finditer(r"(?<![\w'’])i(?![\w'’])", text):
        chars[m.start()] = "I"
    return "".join(chars)


def unknown_names(chars: list[str], words: list, lowered: list[str], known: frozenset) -> None:
    """Capitalise the words no English word list nor lexicon knows, in any of their inflections:
    in lower-case news they are names ("robaina", "mueller")."""
    skip = skip_words()
    for w, low in zip(words, lowered):
        if len(low) < 4 or not low.isalpha() or low in skip or chars[w.start()].isupper() or english(low, known):
            continue
        chars[w.start()] = chars[w.start()].upper()


ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"),
           ("ly", ""), ("er", ""), ("er", "e"), ("est", ""), ("est", "e"), ("men", "man"), ("ness", ""),
           ("ised", "ize"), ("ise", "ize"), ("isation", "ization"))
PREFIXES = ("un", "non", "multi", "inter", "over", "under", "re", "cyber", "counter", "anti", "pre", "post", "self")


def english(word: str, known: frozenset) -> bool:
    """Whether a word is English as the word lists know it, inflected ("arrests", "detained",
    "largest"), with a prefix ("unhoused", "multibillion") or as two words run together
    ("downslide", "concertgoers")."""
    def inflected(w: str) -> bool:
        return w in known or any(w.endswith(e) and len(w) - len(e) >= 2 and w[:-len(e)] + b in known
                                 for e, b in ENDINGS)
    if inflected(word):
        return True
    if any(word.startswith(p) and len(word) - len(p) >= 3 and inflected(word[len(p):]) for p in PREFIXES):
        return True
    return any(word[:k] in known and inflected(word[k:]) for k in range(3, len(word) - 2))


@lru_cache(maxsize=2)
def english_words(model: str) -> frozenset[str]:
    """The words the parser's lemmatizer tables know (WordNet's index and irregular forms)."""
    from .nlp import load_nlp
    nlp = load_nlp(model)
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    found: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if name in lookups.tables:
            table = lookups.get_table(name)
            for key in table.keys():
                value = table[key]
                found.update(value if isinstance(value, (list, tuple, set)) else dict(value).keys())
    return frozenset(w.lower() for w in found if isinstance(w, str))


_KNOWN: dict[tuple[str, int, int], tuple[object, object, frozenset]] = {}


def known_words(model: str, lexicons) -> frozenset[str]:
    """English words and the words of the coder's lexicons (role words, verbs, their objects), once
    per model and loaded tables (a run's lexicons with a memory of their own share them), as
    ``forms_for`` keeps the names."""
    actors, verbs = lexicons.actors, lexicons.verbs
    key = (model, id(actors), id(verbs))
    cached = _KNOWN.get(key)
    if cached is None or cached[0] is not actors or cached[1] is not verbs:
        if len(_KNOWN) >= 4:
            _KNOWN.clear()      # (user dictionaries load other tables: keep a few, not every one)
        roles = {w for phrase, entries in actors.phrases.items() if all(e.kind == "role" for e in entries)
                 for w in phrase}      # (role words, not the names the tables hold)
        lexicon = roles | set(verbs.verbs) | set(verbs.nouns) | set(verbs.listed_objects) | set(verbs.frames)
        cached = _KNOWN[key] = (actors, verbs, english_words(model) | frozenset(
            w.lower() for p in lexicon for w in p.split("_")))
    return cached[2]


def titled_names(text: str, chars: list[str], words: list, lowered: list[str]) -> None:
    """Capitalise the name after a person's title ("mr. hoagland says", "rep. trent franks, r-ariz.",
    "inspector rajesh sharma said"): up to three words, not across punctuation, stopping at a
    common word or a verb of saying or doing ("-ed", "-ing")."""
    titles = name_titles()
    for i, word in enumerate(lowered):
        if word not in titles or (titles[word] and text[words[i].end():words[i].end() + 1] != "."):
            continue
        if i and text[words[i - 1].end():words[i].start()].strip() == "" and lowered[i - 1] in titles:
            continue        # ("deputy inspector general"): the first title takes the name
        name = []
        for k in range(i + 1, min(i + 4, len(words))):
            gap = text[words[k - 1].end():words[k].start()]
            nxt = lowered[k]
            if gap.strip(". ") or nxt in skip_words() or nxt in titles or nxt.endswith(("ed", "ing")) \
                    or len(nxt) < 2 or (k > i + 1 and gap != " "):
                break
            name.append(k)
        for k in [i] + name if name else []:       # (no name, no title: "the senator said")
            set_case(chars, words[k].start(), capitalised(lowered[k]))
    for m in PARTY_LABEL.finditer(text):        # "rep. trent franks (r-ariz.)": "R-Ariz."
        set_case(chars, m.start(), m.group().upper()[:2] + m.group()[2:3].upper())


_PARTIES = "".join(sorted(w.lower() for w in words("party-labels")))      # the US party labels (R, D, I)
PARTY_LABEL = re.compile(rf"(?<=[,(] )[{_PARTIES}]-[a-z]{{2,10}}\b|(?<=\()[{_PARTIES}]-[a-z]{{2,10}}\b")


@lru_cache(maxsize=1)
def name_titles() -> dict[str, bool]:
    """Titles before a person's name (data/truecase-titles.tsv) → whether written with a period."""
    return {row[0].rstrip("."): row[0].endswith(".") for row in read_table("truecase-titles.tsv")}


_REACH: dict[int, tuple[object, dict[str, int]]] = {}


def name_reach(names: dict[tuple[str, ...], tuple[str, ...]]) -> dict[str, int]:
    """First word of a name → the most words a name starting with it has (made once per names
    dict): only those lengths are tried at a word, not every length up to the longest name."""
    cached = _REACH.get(id(names))
    if cached is None or cached[0] is not names:
        reach: dict[str, int] = {}
        for key in names:
            if key:
                reach[key[0]] = max(reach.get(key[0], 0), len(key))
        cached = _REACH[id(names)] = (names, reach)
    return cached[1]


def contiguous(text: str, words: list) -> bool:
    """Words of one name: separated by spaces or a hyphen only."""
    return all(text[a.end():b.start()] in (" ", "-") for a, b in zip(words, words[1:]))


def set_case(chars: list[str], start: int, form: str) -> None:
    for k, c in enumerate(form):
        if start + k < len(chars) and chars[start + k].lower() == c.lower() and len(c) == 1:
            chars[start + k] = c


def capitalised(word: str) -> str:
    return word if word in PARTICLES else "-".join(p[:1].upper() + p[1:] for p in word.split("-"))


@lru_cache(maxsize=1)
def skip_words() -> frozenset[str]:
    return frozenset(STOP_WORDS) | {w for row in read_table("truecase-skip.tsv") for w in row[0].split()}


_FORMS: dict[int, tuple[object, dict]] = {}


def forms_for(actor_lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """``name_forms`` of an actor lexicon, made once per lexicon."""
    cached = _FORMS.get(id(actor_lexicon))
    if cached is None or cached[0] is not actor_lexicon:
        cached = _FORMS[id(actor_lexicon)] = (actor_lexicon, name_forms(actor_lexicon))
    return cached[1]


def text_to_parse(text: str, lexicons, model: str) -> str:
    """What the parser reads: the text itself, or, for lower-case news, the text with its names
    capitalised (same length, same offsets); the word lists are read only for lower-case news."""
    if not is_lower_case(text):
        return text
    return truecase(text, forms_for(lexicons.actors), known_words(model, lexicons))


def name_forms(actor_lexicon) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lower-case word sequences → their written forms, from the actor dictionaries and the gazetteer."""
    skip = skip_words()
    forms: dict[tuple[str, ...], tuple[str, ...]] = {}
    for word in CALENDAR:
        forms[(word,)] = (word.capitalize(),)
    for name in city_names():
        key = tuple(WORD.findall(name.lower()))
        if key and not (len(key) == 1 and key[0] in skip):
            forms.setdefault(key, tuple(capitalised(w) for w in key))
    for key, entries in actor_lexicon.phrases.items():
        if all(e.kind == "role" for e in entries):
            continue
        dotted = key[-1] if len(key) == 1 or (len(key) == 2 and key[0] == "=") else ""
        if DOTTED.fullmatch(dotted):
            forms[(dotted.lower(),)] = (dotted.upper(),)       # "U.S.", "U.N."
            continue
        acronym = key[0] == "="
        words = tuple(w for w in (key[1:] if acronym else key) if WORD.fullmatch(w))
        if not words or len(words) != len(key) - acronym or (len(words) == 1 and words[0].lower() in skip):
            continue
        lower = tuple(w.lower() for w in words)
        forms[lower] = words if acronym else tuple(capitalised(w) for w in lower)
    return forms


@lru_cache(maxsize=1)
def city_names() -> tuple[str, ...]:
    """The gazetteer's larger cities and its regions (the geocoder's own, built once)."""
    from .gkg.places import gazetteer
    g = gazetteer()
    cities = {c["name"] for entries in g.cities.values() for rank, c in entries
              if rank == 0 and c["population"] >= MIN_CITY_POPULATION}
    return tuple(sorted(cities)) + tuple(r.name for r in g.regions.values())
