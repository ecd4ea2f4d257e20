"""Triggers: the verb lexicon (verb and noun patterns by head lemma) and the actions it finds in a
parsed sentence: every verb or event noun that matches, with the entry that fits best (entries
with an object and a preposition beat bare verbs)."""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from ..tables import codebook, read_table
from .repair import OBJECTS, SUBJECTS
from .syntax import CEASING_VERBS, anchor, counted_people, governed_by, lemma_keys, named_owners, objects_of, prep_objects
from .words import people_nouns, word_map, words

NAMED_TYPES = {"DATE", "TIME", "PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "CARDINAL", "MONEY", "PERCENT"}
MEETING_NOUNS = words("meeting-nouns")
NOUN_TARGET_PREPS = words("noun-target-preps")
HANDING_VERBS = words("handing-verbs")


@dataclass(frozen=True)
class Pattern:
    """One verb-lexicon entry: head lemma (+ particle), object nouns, target prepositions."""
    code: str
    head: str
    noun: bool = False
    objects: frozenset = frozenset()
    preps: frozenset = frozenset()
    text: str = ""
    object_prep: str = ""     # "+in:agreement": the object is the noun after this preposition
    reverse: bool = False     # "<from": the preposition's object is the source, the subject the target
    classed: bool = False     # "+~people": its objects are a class of words, not a list (the first object only)

    @property
    def specificity(self) -> int:
        compound = any("_" in o for o in self.objects)      # "+hunger_strike" beats "+strike"
        # (a state the object is left in says more than the object: "held the man [responsible]",
        # "beat the man [to death]")
        result = self.object_prep == "result" or (self.object_prep == "to" and self.objects == {"death"})
        return 2 * bool(self.objects) + compound + bool(self.preps) + ("_" in self.head) + result


def parse_pattern(code: str, text: str) -> Pattern:
    """A Pattern from a lexicon line such as ``impose +sanction|embargo >on|against``."""
    words = text.split()
    head, objects, preps, object_prep, reverse = words[0], frozenset(), frozenset(), "", False
    for w in words[1:]:
        if w.startswith("+"):
            body = w[1:].lower()
            if ":" in body:
                object_prep, body = body.split(":", 1)
            objects = frozenset(body.split("|"))
        elif w.startswith(">"):
            preps = frozenset(w[1:].lower().split("|"))
        elif w.startswith("<"):
            preps, reverse = frozenset(w[1:].lower().split("|")), True
        else:
            raise ValueError(f"verb lexicon: cannot read '{w}' in '{text}'")
    noun = head.startswith("@")
    return Pattern(code=code, head=head.lstrip("@").lower(), noun=noun, objects=objects, preps=preps, text=text,
                   object_prep=object_prep, reverse=reverse)


@dataclass
class VerbLexicon:
    """Verb and noun patterns by head lemma, plus the framing words and their code maps."""
    verbs: dict[str, list[Pattern]] = field(default_factory=dict)
    nouns: dict[str, list[Pattern]] = field(default_factory=dict)
    frames: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    frame_codes: dict[str, dict[str, str]] = field(default_factory=dict)
    abstract_objects: frozenset = frozenset()
    singular_only: frozenset = frozenset()          # abstract objects only in the singular
    noun_only: set = field(default_factory=set)      # frames that apply to the noun only ("a call for")
    near: object = None      # similar.NearWords: objects close to an entry's list count (None: off)
    no_event: set = field(default_factory=set)       # phrasal verbs that name no event ("swear_in")

    @classmethod
    def load(cls, verbs_file: str = "verbs.tsv", triggers: tuple = ()) -> "VerbLexicon":
        lex = cls()
        for row in read_table(verbs_file, 2):
            if row[0] == NO_EVENT and not any(m in row[1] for m in "+>"):
                lex.no_event.add(row[1])      # ("swear_in": an inauguration, not the vow "swear" is)
                continue                      # (with an object, its sense: "released a video" frees no one)
            p = parse_pattern(row[0], row[1])
            (lex.nouns if p.noun else lex.verbs).setdefault(p.head, []).append(p)
        for table in (lex.verbs, lex.nouns):
            for pats in table.values():
                # "hold +~people": any word for persons, less those another entry of the verb lists
                # ("hold +hostage" is hostage-taking)
                listed = frozenset(o for p in pats if PEOPLE not in p.objects for o in p.objects)
                pats[:] = [replace(p, objects=p.objects - {PEOPLE} | (people_nouns() - listed), classed=True)
                           if PEOPLE in p.objects else p for p in pats]
        for row in read_table("frames.tsv", 2):
            lex.frames.setdefault(row[0], []).append((row[1], row[2] if len(row) > 2 else "any"))
            if len(row) > 3 and row[3] == "NOUN":
                lex.noun_only.add(row[0])
        for verb in CEASING_VERBS:       # ("stopped supplying Israel with gas")
            lex.frames.setdefault(verb, []).append(("cease", "xcomp"))
        if triggers:        # (after the frames: verbs that frame other events are left out)
            add_verb_dictionary(lex, triggers)
        for table in (lex.verbs, lex.nouns):
            for pats in table.values():
                pats.sort(key=lambda p: -p.specificity)
        for frame, prefix, result in read_table("frame-codes.tsv", 3):
            lex.frame_codes.setdefault(frame, {})[prefix] = result
        abstract = read_table("abstract-objects.tsv", 1)
        lex.abstract_objects = frozenset(row[0] for row in abstract)
        lex.singular_only = frozenset(row[0] for row in abstract if row[1:] == ["=sg"])
        return lex

    @property
    def listed_objects(self) -> frozenset:
        """Every object word the verb entries list, and the abstractions (made once): words with a
        meaning of their own, never taken as close to another list."""
        if "_listed_objects" not in self.__dict__:
            self.__dict__["_listed_objects"] = frozenset(o for pats in self.verbs.values() for p in pats
                                                         for o in p.objects) | self.abstract_objects
        return self.__dict__["_listed_objects"]

    def transform(self, frame: str, code: str) -> str | None:
        """The code an action gets under a frame; None when the frame makes it no event."""
        table = self.frame_codes.get(frame, {})
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return resolve_result(table[code[:n]], code)
        return resolve_result(table.get("*", "="), code)

    @cached_property
    def addressing_verbs(self) -> frozenset:
        """The verbs that ask or order someone to do something ("urge", "call_on", "order"): those
        of the appeal and demand frames, not the nouns."""
        return frozenset(lemma for lemma, frames in self.frames.items()
                         if lemma not in self.noun_only and any(f in ("appeal", "demand") for f, _ in frames))

    def frame_of(self, lemma: str, comp: str) -> str | None:
        """The frame a word gives a complement of this kind ("xcomp", "ccomp", or "subjunctive": a
        that-clause in the subjunctive, "suggested Congress cut taxes", framed as a "ccomp" unless
        the word has a frame for it)."""
        if comp == "subjunctive":
            own = next((frame for frame, wanted in self.frames.get(lemma, []) if wanted == comp), None)
            return own or self.frame_of(lemma, "ccomp")
        for frame, wanted in self.frames.get(lemma, []):
            if wanted in ("any", comp):
                return frame
        return None


def add_verb_dictionary(lex: VerbLexicon, triggers) -> None:
    """A second trigger source behind the project's own lexicon: a CAMEO verb dictionary in
    PETRARCH's format (``--verbs``; PETRARCH2's own is built into data/phoenix/verbs.tsv by
    scripts/build_dictionaries.py), for verbs the lexicon does not know at all and that frame no
    other event. Only what the coder can check on the parse is taken: the verb with an object word
    (a synonym set spelled out) or a target preposition. Bare verbs, patterns about the subject
    ("&military *"), reversed codes and codes outside the codebook are left out (bare verbs of
    PETRARCH2's dictionary — "decide", "die", "add" — coded more wrong events than right ones on
    dev-gold)."""
    from ..dictionaries import synonym_sets
    sets, known = synonym_sets(), set(lex.verbs)
    book = codebook()
    for t in triggers:
        head = t.lemma.replace(" ", "_")
        if head in known or t.before or not t.code or t.code not in book:
            continue
        words, preps = dictionary_words(t.after, sets)
        if words is None or not (words or preps) or t.lemma in lex.frames:
            continue
        text = head + (f" +{'|'.join(sorted(words))}" if words else "") + (f" >{preps}" if preps else "")
        lex.verbs.setdefault(head, []).append(parse_pattern(t.code, text))


def dictionary_words(after: tuple[str, ...], sets: dict) -> tuple[set[str] | None, str]:
    """The object words and target preposition of a pattern's words after the verb, or None when
    it says more than that ("* way (into headquarters)" is left out)."""
    preps = [w for w in after if w in DICTIONARY_PREPS]
    rest = [w for w in after if w not in DICTIONARY_PREPS]
    if len(preps) > 1 or (preps and after.index(preps[0]) < len(after) - 1 and after[-1] not in preps):
        return None, ""
    if len(rest) > 1:
        return None, ""
    if not rest:
        return set(), preps[0] if preps else ""
    word = rest[0]
    if word.startswith("&"):
        found = {w.lower() for w in sets.get(word, ()) if " " not in w}
        return (found or None), preps[0] if preps else ""
    return ({word.lower()} if word.isalpha() else None), preps[0] if preps else ""


DICTIONARY_PREPS = {"to", "with", "against", "on", "at", "from", "into", "toward", "towards", "upon", "for"}


def resolve_result(result: str, code: str) -> str | None:
    if result == "-":
        return None
    return code if result == "=" else result


# ---------------------------------------------------------------- step 1: actions

@dataclass
class Action:
    """A lexicon match in a sentence, before framing and actor resolution."""
    tok: object               # spaCy token heading the action
    pattern: Pattern
    obj: object = None        # the object noun the pattern required, if any
    targets: list = field(default_factory=list)   # candidate target head tokens
    code: str = ""
    mode: str = ""
    negated: bool = False
    frame_tok: object = None  # the framing word, if any
    frame: str = ""
    prep_found: bool = False  # the entry's target preposition is in the sentence
    addressee_is_subject: bool = False   # "X said Y must …": Y is addressed
    alleged_by: object = None            # "claimed [that ISIL attacked]": the claiming word
    stance_tok: object = None            # "agreed to [allow …]": the word over a permission
    near: float = 0.0                    # the object is not on the entry's list: its closeness to it


OBSERVING_VERBS = words("observing-verbs")
STATE_VERBS = words("state-verbs")
MARKET_WORDS = word_map("market-words")
COMMODITIES = words("commodities")
OWN_AIMS = words("own-aims")
ACKNOWLEDGED = words("acknowledged-objects")


def object_keys(tok, framed: bool = True) -> set[str]:
    """How an object noun can be named in the lexicon: its lemma, its form, and with its
    compound modifier ("hunger_strike", "air_strike", "car_bomb")."""
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp":
        return {tok.lower_}      # (a gerund one stops names the deed as its noun: "stopped shelling", not "stopped working")
    lemma = tok.lemma_.lower()
    keys = {lemma, tok.lower_}
    keys |= {f"{c.lower_}_{lemma}" for c in tok.children if c.dep_ in ("compound", "amod")}
    # ("tear gas shells", "rubber bullet rounds": a two-word modifier names what the munition holds)
    keys |= {f"{m.lower_}_{c.lower_}" for c in tok.children if c.dep_ == "compound" for m in c.children
             if m.dep_ in ("compound", "amod") and m.i + 1 == c.i}
    if counted_people(tok):
        keys.add("people")      # ("3 held for robbery")
    doc = tok.doc     # ("cease-fire", "tear-gas": the word written whole, "ceasefire")
    keys |= {f"{c.lower_}{lemma}" for c in tok.children if c.dep_ in ("compound", "amod") and c.i + 2 == tok.i
             and doc[c.i + 1].text == "-"}
    if framed and lemma in FRAME_NOUNS | CHANGE_NOUNS:
        # "a military aid program", "the peace process", "tariff hikes": the noun before it names it
        keys |= {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    if framed and lemma in CHANGE_NOUNS:        # "an increase in tariffs"
        keys |= {o.lemma_.lower() for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"}
    return keys


CHANGE_NOUNS = words("change-nouns")


def match_verb(tok, lex: VerbLexicon) -> Action | None:
    """The best-fitting verb entry: all its constraints met (object and preposition), the most
    specific first ("attack >over" is a verbal attack; plain "attacked X" is the bare entry's).
    With word vectors on, an object close to an entry's list counts where no list names it."""
    action = listed_match(tok, lex)
    if action is None and lex.near is not None:
        near = near_match(tok, lex)
        if near is not None:
            return None if figurative(near, lex) else near
    return action


def near_match(tok, lex: VerbLexicon) -> Action | None:
    """The entry of this verb whose object list is nearest to an object no entry lists, if close
    enough ("returned the seized ships and boats": vessels); its other constraints (preposition)
    met. Only for verbs whose entries share one CAMEO root: the verb tells the kind of event, the
    object only which one."""
    objects = [o for o in objects_of(tok) if o.pos_ == "NOUN" and o.ent_type_ not in NAMED_TYPES
               and o.lemma_.isalpha()]
    for key in event_keys(tok, lex):
        entries = [p for p in lex.verbs.get(key, []) if p.objects and not p.object_prep and p.code != NO_EVENT]
        if len({p.code[:2] for p in lex.verbs.get(key, [])}) > 1 or key in STATE_VERBS:
            continue      # a light verb ("make", "take", "give", "have"): its object says what the event is
        for o in objects:
            listed = lex.near.nearest(o.lemma_.lower(), [p.objects for p in entries], "verb-objects",
                                      lex.listed_objects)
            for p in (p for p in entries if p.objects == listed):
                action = fit_pattern(tok, p, o)
                if action is not None and (not p.preps or action.prep_found or judged_by_someone(p)):
                    action.near = lex.near.closeness(o.lemma_.lower(), listed)
                    return action
    return None


PRAISE_BLAME_ROOTS = {"05", "11"}


def judged_by_someone(p: Pattern) -> bool:
    """Praise or blame one receives is an event whether or not its giver is named ("faces charges",
    "drew criticism", "won praise"); aid received from no one named is mostly a benefit paid."""
    return p.reverse and p.code[:2] in PRAISE_BLAME_ROOTS


def event_keys(tok, lex: VerbLexicon) -> list[str]:
    """A verb's lexicon keys (``lemma_keys``), none from a phrase that names no event on: "sworn
    in" is not looked up as "swear"."""
    keys = lemma_keys(tok)
    stop = next((i for i, k in enumerate(keys) if k in lex.no_event), len(keys))
    return keys[:stop]


def listed_match(tok, lex: VerbLexicon) -> Action | None:
    """The best-fitting entry whose words (object, preposition) the lexicon lists."""
    fallback = None
    for key in event_keys(tok, lex):
        for p in lex.verbs.get(key, []):
            action = fit_pattern(tok, p)
            if action is not None and (not p.preps or action.prep_found or judged_by_someone(p)):
                if action.obj is not None and action.obj.head != tok and p.object_prep != RESULT and \
                        not (p.object_prep and action.obj.head.lower_ == p.object_prep):   # ("beaten [to death]")
                    # "expelled the ambassadors of seven countries": the ambassadors first; of such
                    # entries the most specific ("launched dozens of rockets [at] Israel")
                    if fallback is None or p.specificity > fallback.pattern.specificity:
                        fallback = action
                    continue
                if action.obj is None and fallback is not None:
                    break
                return None if p.code == NO_EVENT or figurative(action, lex) else action
    if fallback is not None:
        return None if fallback.code == NO_EVENT or figurative(fallback, lex) else fallback
    return None


def figurative(a: Action, lex: VerbLexicon) -> bool:
    """Violence done to an abstraction is a figure of speech: "attack the trade deficit"; so is
    recognising a concern or a need, which is acknowledging it, not recognising a state."""
    if a.code == "054":
        # ("she recognizes his posts may have offended some": granting a point, no recognition)
        return any((o.dep_ in OBJECTS and o.lemma_.lower() in ACKNOWLEDGED) or o.dep_ == "ccomp" for o in a.tok.children)
    if a.pattern.noun and any("_" in k and k in lex.abstract_objects for k in object_keys(a.tok)):
        return True       # the event noun itself in a compound the table names ("a cardiac arrest", "a trade war")
    if a.code[:2] not in ("18", "19", "20"):
        return False
    objects = [o for o in a.tok.children if o.dep_ in OBJECTS]
    # "launched an attack on the spending plans": what is attacked is the object's object
    objects += [x for o in ([a.obj] if a.obj is not None else []) + [a.tok]
                for x in prep_objects(o, frozenset({"on", "against"}))]   # ("firing on all cylinders")
    # "hit its targets", "reach their goal": an aim of one's own is reached, not struck
    # ("started a trade war": a compound the table names)
    return any((o.lemma_.lower() in lex.abstract_objects or any("_" in k and k in lex.abstract_objects for k in object_keys(o)))
               and not (o.tag_ == "NNS" and o.lemma_.lower() in lex.singular_only) for o in objects) or \
        any(o.lemma_.lower() in OWN_AIMS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
            for o in objects)


COUNTING_NOUNS = words("counting-nouns")     # "thousands of", "a group of"
PEOPLE = "~people"      # verbs.tsv object class: the words for persons (``people_nouns``)
NO_EVENT = "-"          # verbs.tsv code of a phrase that names no event
RESULT = "result"      # "+result:…" entries: the state the verb leaves its object in


def fit_pattern(tok, p: Pattern, near_object=None) -> Action | None:
    """The action of an entry on a verb, if its object is there (``near_object``: one close to its list)."""
    obj = near_object
    if p.objects and obj is None:
        candidates = objects_of(tok)
        if p.object_prep == RESULT:        # "+result:dead": "left two militants [dead]"
            # (or a small clause: "found [Manafort guilty]", parsed as a clause with its own subject)
            # ("shot dead a Pakistani intruder": the small parser may leave "dead" unlabelled, "dep")
            candidates = [c for c in tok.children
                          if c.dep_ in ("oprd", "acomp") or (c.dep_ in ("ccomp", "dep") and c.pos_ == "ADJ")]
            # (or read as the object's adjective after it: "held [the driver responsible]")
            candidates += [c for o in objects_of(tok) for c in o.children if c.dep_ == "amod" and c.i > o.i]
        elif p.object_prep and not any(c.dep_ == "prt" and c.lower_ == p.object_prep for c in tok.children):
            candidates = prep_objects(tok, frozenset({p.object_prep}))   # parsed as a preposition
            # (or under the particle read as one: "pulled [out [of talks]]")
            particle = p.head.partition("_")[2]
            candidates += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == particle
                           for o in prep_objects(c, frozenset({p.object_prep}))]
        if p.classed and candidates:
            # (a class of words only in the first object, or the people it counts: "held a rating and
            # a majority of voters" holds no voters, "held thousands of refugees" holds refugees)
            first = candidates[0]
            candidates = [first] + (prep_objects(first, frozenset({"of"})) if first.like_num or
                                    first.lemma_.lower() in COUNTING_NOUNS else [])
        # (a person's name is no listed thing: "Rice was given the best assessment")
        obj = next((o for o in candidates if object_keys(o) & p.objects
                    and not (o.pos_ == "PROPN" and o.ent_type_ == "PERSON")), None)
        if obj is None:
            return None
    targets = []
    if p.preps:
        # (on the verb, its object, or the first of the objects it is joined to: "used water cannons
        # and tear gas against protesters")
        owners = [obj] + ([obj.head] if obj.dep_ == "conj" else []) if obj is not None else []
        if obj is None and p.code[:2] == "11":    # (a deed laid at someone's door: "blamed [the attack] on rebels")
            owners = [c for c in tok.children if c.dep_ == "dobj"]
        # (after the verb: a phrase put first frames the sentence, "For the Liberal Democrats, X called …";
        # never a date: "blamed China on Tuesday")
        targets = [t for t in prep_objects(tok, p.preps) if t.i > tok.i] or \
            [t for o in owners for t in prep_objects(o, p.preps)]
        targets = [t for t in targets if t.ent_type_ not in ("DATE", "TIME")]
    found = bool(targets)
    if p.code[:2] in ("02", "10") and "for" in p.preps and not p.objects:
        # ("asked the administration for more security in Benghazi", "pressed Clinton for a
        # ceasefire": the one asked, not what for)
        targets = [c for c in tok.children if c.dep_ in OBJECTS] or targets
    if obj is not None and obj.dep_ == "ccomp":
        targets = [c for c in obj.children if c.dep_ in SUBJECTS]    # ("found [Manafort] guilty")
    if not targets and (not p.objects or p.object_prep):   # "placed the leader [under arrest]"
        targets = [c for c in tok.children if c.dep_ in OBJECTS | {"dative"} and c != obj]
    if not targets and obj is not None and p.classed:
        targets = [obj]      # the person a "+~people" entry names undergoes it ("released the mayor of Nablus")
    if not targets and obj is not None:
        # ("release Prime Minister Chaudhry and 30 members of his government": the named one too)
        targets = [c for c in tok.children if c.dep_ == "dative" or (
            c.dep_ in OBJECTS and c != obj and c.pos_ == "PROPN" and obj in c.conjuncts)]
    return Action(tok=tok, pattern=p, obj=obj, targets=targets, code=p.code, prep_found=found)


def market_sense(tok) -> bool:
    """"Domestic demand", "demand for oil", "price support": the economy's words, not an actor's act."""
    lemma = tok.lemma_.lower()
    if lemma not in MARKET_WORDS:
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("amod", "compound")}
    goods = {o.lemma_.lower() for o in prep_objects(tok, frozenset({"for"}))}
    return bool(mods & MARKET_WORDS[lemma]) or bool(goods & COMMODITIES)


def match_noun(tok, lex: VerbLexicon) -> Action | None:
    """The noun entry whose preposition is present, else the bare entry."""
    if market_sense(tok):
        return None
    keys = sorted(object_keys(tok, framed=False), key=lambda k: "_" not in k)      # "hunger_strike" before "strike"
    patterns = next((lex.nouns[k] for k in keys if k in lex.nouns), [])
    for p in patterns:
        targets = prep_objects(tok, p.preps) if p.preps else []
        if targets and p.code == NO_EVENT:
            return None       # that sense of the noun names no event ("the firing of Comey")
        if targets:
            return Action(tok=tok, pattern=p, targets=targets, code=p.code, prep_found=True)
    bare = [p for p in patterns if not p.preps]
    if not bare:
        return None
    return Action(tok=tok, pattern=bare[0], code=bare[0].code, targets=prep_objects(tok, NOUN_TARGET_PREPS) or handed_to(tok))


def handed_to(noun) -> list:
    """Who an event noun is handed to by the verb it is the object of ("issued a pardon [to]
    Flynn", "gave [Putin] a stern warning"): the verb's indirect object."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in HANDING_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"] + \
        [t for t in prep_objects(verb, frozenset({"to"})) if t.i > noun.i]


def find_actions(sent, lex: VerbLexicon) -> list[Action]:
    """Every lexicon match in a sentence; nouns already used by a verb entry are skipped."""
    actions, used = [], set()
    # (an -ing word used as a noun is matched as one, once)
    gerunds = {tok.i: a for tok in sent if gerund_noun(tok) and (a := match_noun(tok, lex)) is not None}
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and tok.i not in gerunds:
            a = name_calling(tok) if gives_name(tok) else match_verb(tok, lex) or name_calling(tok)
            if a:
                if a.code == "057" and a.obj is not None and agreement_to_act(a.obj):
                    a.code = "030"    # "reached an agreement to exchange prisoners": agreed to (03), not a pact signed
                aid_kind(a, a.obj)
                actions.append(a)
                if a.obj is not None:
                    used.add(a.obj.i)
    # "announced a suspension", "agreed to a ceasefire": statements and framing verbs leave the noun its event
    verbs = {a.tok.i for a in actions if not a.code.startswith("01") and a.tok.lemma_.lower() not in lex.frames}
    for tok in sent:
        if (tok.pos_ in ("NOUN", "PROPN") or tok.i in gerunds) and tok.i not in used and tok.ent_type_ not in NAMED_TYPES \
                and (not governed_by(tok, verbs) or at_the_bidding(tok)) and not modifier_only(tok) and not anaphoric(tok) \
                and not characterized(tok):
            a = gerunds.get(tok.i) or match_noun(tok, lex)
            if a and not figurative(a, lex):
                aid_kind(a, a.tok)
                actions.append(a)
    return actions


AID_KINDS = ((words("economic-aid-words"), 0), (words("military-aid-words"), 1), (words("humanitarian-aid-words"), 2))
AID_CODES = {"070": ("071", "072", "073"), "033": ("0331", "0332", "0333"),   # given, promised,
             "023": ("0231", "0232", "0233"), "103": ("1031", "1032", "1033")}  # asked for, demanded


def aid_kind(a: Action, noun) -> None:
    """Aid of a kind its word names is coded as that kind, whichever verb gives, promises, asks or
    demands it ("military assistance" 072, "pledged economic aid" 0331, "appealed for
    humanitarian aid" 0233)."""
    if a.code not in AID_CODES or noun is None:
        return
    kinds = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    a.code = next((AID_CODES[a.code][i] for named, i in AID_KINDS if kinds & named), a.code)


BIDDING_PREPS = frozenset({"at", "per", "on", "upon"})


def at_the_bidding(tok) -> bool:
    """"At the request of Jordan, the council met", "freed the prisoners at the request of the
    Afghan government": a request of one party on which another acts, an event of its own."""
    return tok.dep_ == "pobj" and tok.head.lower_ in BIDDING_PREPS and \
        any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def gerund_noun(tok) -> bool:
    """A verb's -ing form used as a noun, with a determiner or a modifier and nothing a verb would
    have ("died in the police firing", "during the shelling"): the small parser tags it a verb."""
    return tok.tag_ == "VBG" and tok.dep_ in ("pobj", "dobj", "nsubj", "nsubjpass") and \
        any(c.dep_ in ("det", "compound", "poss", "amod") or (c.dep_ == "prep" and c.lower_ == "between")
            for c in tok.children) and \
        not any(c.dep_ in OBJECTS | {"nsubj", "aux", "auxpass", "dative", "ccomp", "xcomp"} for c in tok.children)


NAMING_VERBS = words("naming-verbs")
COMPARING_VERBS = words("comparing-verbs")
INSULTS = words("insults")
NAME_CALLING = "[disparaging name]"     # the text of its pattern
PRAISING_NAME = "[praising name]"
DISPARAGING = -1.5        # VADER valence at or below which a word disparages ("loser" -2.4, "abuse" -3.2)
PRAISING = 1.5            # and at or above which it praises ("a welcome step" 2.0, "outstanding" 3.0)
UNEASY = -0.5             # a praising name holds no word below this ("alarm" -1.4)


def word_valence(w, valence: dict[str, float]) -> float:
    """What a word says of whom it is said of: an insult of political talk (``insults``) is low
    whatever the tone lexicon says, else its valence there."""
    return -3.0 if w.lemma_.lower() in INSULTS else valence.get(w.lower_, 0.0)


def judgement(scores: list[float], negated: bool = False) -> str | None:
    """What words of these valences say of whom they are said: criticism (111) when one is low
    enough, praise (051) when one is high enough and none uneasy ("a historic alarm signal" is
    none), else nothing; "not" turns praise into criticism and criticism into nothing."""
    low, high = min(scores, default=0.0), max(scores, default=0.0)
    if low <= DISPARAGING and not negated:
        return "111"
    if high >= PRAISING and low > UNEASY:
        return "111" if negated else "051"
    return None


def gives_name(tok) -> bool:
    """A naming verb with its object and the name given ("called the strike disproportionate"):
    the verb's other senses (calling a strike, a meeting) are not meant."""
    return tok.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" for c in tok.children) and \
        any(c.dep_ == "oprd" for c in tok.children)


def misread_named(tok) -> list:
    """The one named when the small parser reads no object: "called Trump a liar" read as two
    names ("Trump", "a liar"), or with the one named hung on the name ("called Trump a
    pathological liar")."""
    names = [c for c in tok.children if c.dep_ == "oprd"]
    if len(names) == 2 and names[0].pos_ in ("PROPN", "PRON") and names[1].pos_ == "NOUN":
        return names[:1]
    return [c for n in names[:1] for c in n.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN"
            and any(d.dep_ == "det" and c.i < d.i < n.i for d in n.children)]


def name_calling(tok) -> Action | None:
    """Calling someone or something by a name says what one thinks of them: a disparaging name is
    criticism (CAMEO 111: "Trump called him a loser", "labelled him a liar", "compared Trump to
    dictators", "called May's deal 'lousy'"), a praising one praise (051: "described the
    agreement as a welcome first step"). Whether a name disparages or praises is its valence in
    the tone lexicon, with the insults of political talk it lacks (``insults``)."""
    lemma = tok.lemma_.lower()
    if lemma not in NAMING_VERBS | COMPARING_VERBS or any(c.dep_ == "neg" for c in tok.children):
        return None
    named = [c for c in tok.children if c.dep_ == "dobj"] or misread_named(tok)
    names = [c for c in tok.children if c.dep_ == "oprd" and c not in named] + prep_objects(
        tok, frozenset({"as", "to", "with"} if lemma in COMPARING_VERBS else {"as"}))
    # ("described Putin's move as "deeply unfortunate"": "as" read on the object, an adjective after it)
    # (of someone named, or of their deed: not "the overall state of the prison", "the nation's plight")
    if any(n.pos_ == "PROPN" or named_owners(n) for n in named):
        names += [c for w in [tok] + named for p in w.children if p.dep_ == "prep" and p.lower_ == "as"
                  for c in p.children if c.dep_ in ("amod", "acomp") and c.pos_ == "ADJ"]
    if lemma in COMPARING_VERBS:
        names += [p for o in named for p in prep_objects(o, frozenset({"to", "with"}))]   # ("compared Trump [to] dictators")
    if not named and tok.dep_ == "relcl" and names:
        named = [tok.head]      # ("the probe he has labeled a witch hunt")
    if not named and names:
        named = prep_objects(tok, frozenset({"to"}))     # ("referred to the Democrats as obstructionists")
    if not named and len(names) == 1 and names[0].pos_ == "NOUN":
        # "called May's deal 'lousy'": the name read as an adjective after the noun it names
        after = [c for c in names[0].children if c.dep_ == "amod" and c.i > names[0].i]
        if after:
            named, names = names, after
    if not named or not names:
        return None
    from ..gkg.tone import valences
    valence = valences()
    # (what the name is, not what it is against or for: "a main force against terrorism" is no insult)
    words_of = [w for n in names for w in n.subtree if w.is_alpha and not any(
        x.dep_ == "prep" and x.lower_ != "of" and n.left_edge.i <= x.i <= n.right_edge.i for x in w.ancestors)]
    if any(w.dep_ == "neg" or w.lower_ in ("no", "not") for w in words_of):
        return None
    # (what the name says, not how strongly: "pretty non-ideological" is no praise)
    scores = [word_valence(w, valence) for w in words_of if w.dep_ != "advmod"]
    code = judgement(scores)
    if code is None:
        return None
    kind = NAME_CALLING if code == "111" else PRAISING_NAME
    return Action(tok=tok, pattern=Pattern(code=code, head=lemma, text=f"{lemma} {kind}"), targets=named, code=code)


def agreement_to_act(noun) -> bool:
    """An agreement or consensus to do something ("an agreement to exchange prisoners")."""
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
               and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in noun.children)


FRAME_NOUNS = words("frame-nouns")
EFFORT_NOUNS = words("effort-nouns")


def anaphoric(tok) -> bool:
    """"The meeting", "the encounter" with nothing of its own: it refers back to a meeting
    already told, it is not a new one."""
    return tok.lemma_.lower() in MEETING_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                        for c in tok.children) \
        and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children)


CHARACTERIZING_VERBS = words("characterizing-verbs")


def characterized(tok) -> bool:
    """An event noun that says what something is ("missiles pose a threat to Japan", "it was an
    attack on democracy") tells of no act; "there were protests" still does."""
    if tok.dep_ == "attr":
        return not any(c.dep_ == "expl" for c in tok.head.children)
    return tok.dep_ in OBJECTS and tok.head.lemma_.lower() in CHARACTERIZING_VERBS


def modifier_only(tok) -> bool:
    """An event noun that only qualifies another noun ("aid convoys", "invasion forces",
    "peace plan") is no event; "a mediation effort" still is."""
    return tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() not in EFFORT_NOUNS


def trigger_text(a: Action) -> str:
    toks = [a.tok] + [c for c in a.tok.children if c.dep_ in ("prt", "neg")]
    if a.obj is not None:
        toks.append(a.obj)
    if a.frame_tok is not None:
        toks.append(a.frame_tok)
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def action_tokens(a: Action) -> set[int]:
    """An action's word, its frame, and the verbs they hang on (a preposition met while climbing
    from a noun is no verb: "negotiations in [a mediation]" hang on nothing of their own)."""
    toks = {w.i for w in (a.tok, a.frame_tok, a.stance_tok) if w is not None}
    return toks | {v.i for w in (a.tok, a.frame_tok, a.stance_tok) if w is not None
                   for v in [anchor(w)] if v.pos_ in ("VERB", "AUX")}


def own_tokens(a: Action) -> set[int]:
    """An action's own words: itself and its frame (not the verb an event noun hangs on, which
    may be another action: "agree [to talks]")."""
    if a.frame_tok is None:
        return {a.tok.i}
    # a framing noun's own verb may be another action too: "rejected the demand for [talks]"
    return {a.tok.i, a.frame_tok.i} | ({anchor(a.frame_tok).i} if a.frame_tok.pos_ in ("VERB", "AUX") else set()) \
        | ({a.stance_tok.i} if a.stance_tok is not None else set())
