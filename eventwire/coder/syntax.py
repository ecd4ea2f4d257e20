"""The few tree-walking helpers the coder shares: lemmas, objects, prepositional objects, the
verb a word hangs on, passive agents, negation and conditions."""
from __future__ import annotations

from .repair import OBJECTS, PARTICLES, SUBJECTS
from .words import words

PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
# Object pronouns that stand for people: someone the act is done to, whoever they are.
PEOPLE_PRONOUNS = frozenset({"him", "her", "them", "me", "us"})
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "acomp"}
NEGATIONS = words("negations")
NEAR_MISSES = words("near-misses")
LIGHT_VERB_CLIMB = 3
PASSIVE_CAUSE_PREPS = words("passive-cause-preps")
FIGHT_NOUNS = words("fight-nouns")
STATE_PARTICIPLES = words("state-participles")
DEPICTION_NOUNS = words("depiction-nouns")
CEASING_VERBS = words("ceasing-verbs")
PREVENTING_VERBS = words("preventing-verbs")
FORESTALLING_VERBS = words("forestalling-verbs")
PLACE_ENTITIES = {"GPE", "LOC", "FAC"}
INVERTED_CONDITIONS = frozenset({"had", "should", "were"})


def lemma_keys(tok) -> list[str]:
    """Lexicon keys for a verb: with its particle first ("pull_out"), then the bare lemma.
    The parser tags some particles advmod or prep ("walked out", "fought off"); they count too."""
    lemma = tok.lemma_.lower()
    # (or after the verb's object: "sent dozens of diplomats back")
    after_object = {o.right_edge.i + 1 for o in tok.children if o.dep_ == "dobj" and o.i > tok.i}
    parts = [c.lower_ for c in tok.children if c.dep_ == "prt"
             or (c.dep_ in ("advmod", "prep") and c.lower_ in PARTICLES and c.i == tok.i + 1)
             or (c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i in after_object)]
    doc = tok.doc
    prefix = [f"{doc[tok.i - 2].lower_}_{lemma}"] if tok.i >= 2 and doc[tok.i - 1].text == "-" else []
    # ("caned" is lemmatized "can": the rules take the first stem they know; the stem with its "e" too)
    other = [tok.lower_[:-1]] if tok.tag_ in ("VBD", "VBN") and tok.lower_.endswith("ed") and \
        tok.lower_[:-1] != lemma else []
    return prefix + [f"{lemma}_{p}" for p in parts] + [lemma] + other      # "test-fired": test_fire


def objects_of(tok) -> list:
    """Direct objects (and passive subjects) of a verb, looking through "a series of X"."""
    # (the subject of a stance is no object: "Serb forces were engaged in ethnic cleansing")
    passive = PASSIVE_SUBJECTS if tok.lemma_.lower() not in STATE_PARTICIPLES or \
        any(c.dep_ == "agent" for c in tok.children) else set()
    objs = [c for c in tok.children if c.dep_ in OBJECTS | passive | {"dative", "attr"}]
    if tok.lemma_.lower() in CEASING_VERBS:       # ("stopped shelling Gaza" as "stopped the shelling")
        objs += [c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    objs += passive_target(tok) if reduced_passive(tok) else []      # "3 held for robbery"
    if tok.dep_ in ("acl", "relcl") and tok.tag_ == "VBN" and tok.head.pos_ in ("NOUN", "PROPN", "NUM") and \
            (tok.dep_ == "acl" or any(c.dep_ == "auxpass" for c in tok.children) and not objs):
        held = tok.head
        if held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.lemma_.lower() in DEPICTION_NOUNS:
            held = held.head.head       # ("a survey of voters released in April": the survey)
        objs.append(held)       # "a man held with drugs", "the ships seized by Iran", "the first to be arrested"
    objs += [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN")]  # "photographs and intelligence"
    for o in list(objs):       # (but "released a video of the hostages" released no hostage)
        if o.lemma_.lower() not in DEPICTION_NOUNS:
            objs.extend(prep_objects(o, frozenset({"of"})))
        if o.like_num or o.ent_type_ == "MONEY":     # ("imposed $200 billion in tariffs", "$1 billion in aid")
            objs.extend(prep_objects(o, frozenset({"in"})))
    return objs


def prep_objects(tok, preps: frozenset) -> list:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
        elif prep.dep_ == "prt" or (prep.dep_ == "prep" and prep.lower_ in PARTICLES and
                                    not any(c.dep_ == "pobj" for c in prep.children)):
            out.extend(prep_objects(prep, preps))   # "pull out of": out→of (a particle read as a preposition too)
    return out


def governed_by(tok, action_tokens: set[int], steps: int = 3) -> bool:
    """Whether a noun is the content of a coded verb ("opposed the deployment", "accused of
    genocide"): then the verb's event stands, the noun is no event of its own."""
    for _ in range(steps):
        if tok.head == tok:
            return False
        tok = tok.head
        if tok.i in action_tokens:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_negated(tok) -> bool:
    """"did not attack"; "without apologising"; "had not decided on offering" (the verb a clause
    after a preposition hangs on is negated)."""
    if negated_here(tok):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True        # "had no plans to meet", "no attack took place"
    if tok.pos_ in ("VERB", "AUX") and any(c.dep_ in OBJECTS and any(d.dep_ == "det" and d.lower_ == "no"
                                                                     for d in c.children) for c in tok.children):
        return True        # "offered no details", "imposed no sanctions"
    if tok.pos_ == "NOUN" and tok.dep_ in OBJECTS and negated_here(tok.head):
        return True        # "is not planning a coup", "did not order an attack"
    if tok.pos_ == "NOUN" and (tok.dep_ == "pobj" and tok.head.lower_ == "without" or (
            tok.dep_ in OBJECTS and tok.head.lemma_.lower() == "lack")):
        return True        # "fought without foreign support", "lacking international support"
    if tok.pos_ == "NOUN" and tok.dep_ in OBJECTS and tok.head.lemma_.lower() in FORESTALLING_VERBS:
        return True        # "delayed all scheduled executions", "blocked the deportation": not done
    if tok.tag_ == "VBG" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in CEASING_VERBS:
        # "decided to stop sheltering Assange": it shelters him no longer ("did not stop attacking": it goes on)
        return not negated_here(tok.head)
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        return tok.head.lower_ == "without" or negated_here(tok.head.head) or kept_from(tok)
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and any(c.lower_ == "to" for c in tok.children) \
            and tok.head.lemma_.lower() not in CEASING_VERBS | {"hesitate"}:
        # "did not try to attack Kyiv", "have not invested in trying to topple Murray" (but "does not
        # favor punishing children" opposes a course, ``advocated``)
        return is_negated(tok.head)
    return False


def kept_from(tok) -> bool:
    """"prevented the protesters from [marching]": what someone was kept from doing."""
    return tok.dep_ == "pcomp" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in PREVENTING_VERBS


def negated_here(tok) -> bool:
    """"did not attack", "never attacked"; and a verb that came near to happening did not
    ("officers nearly arrested one man", "almost captured the town")."""
    verb = tok.pos_ in ("VERB", "AUX")
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and (c.lower_ in NEGATIONS or verb and c.lower_ in NEAR_MISSES))
               for c in tok.children)


def has_condition(tok) -> bool:
    """A clause opened by "if" or "unless", or by an inverted auxiliary ("should Moscow invade",
    "had Russia invaded", "were Iran to attack")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
        return True
    subject = next((c for c in tok.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS), None)
    if subject is None:
        return False
    if tok.lower_ in INVERTED_CONDITIONS and tok.i == tok.left_edge.i < subject.i:
        return True        # ("[were] Iran to attack")
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTED_CONDITIONS
               and c.i == tok.left_edge.i and c.i < subject.i for c in tok.children)


HARM_VERBS = words("harm-verbs")
ACTIVE_HARM_VERBS = words("active-harm-verbs")     # harm verbs with other senses when past tense ("the lines held")
AIMING_WORDS = words("aiming-words")
DYING_VERBS = words("dying-verbs")
FORCE_NOUNS = words("force-nouns")


def agent_of(tok) -> list:
    """The doer of a passive verb: its "by" agent, else where it happened or what did it
    ("were killed in Israeli shelling", "killed by a bomb near Samarra")."""
    agent = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"] or hands_of(tok)
    # (what did it, not where: "killed in Israeli shelling", but "was signed in Cairo")
    causes = [c for c in prep_objects(tok, PASSIVE_CAUSE_PREPS) or shared_causes(tok)
              if c.ent_type_ not in PLACE_ENTITIES]
    # ("killed in an encounter with security forces": the other side of the fight)
    sides = [o for c in causes if c.lemma_.lower() in FIGHT_NOUNS for o in prep_objects(c, frozenset({"with"}))]
    # ("wounded in the police firing", "died in army shelling": the force that names what did it)
    # (but "the embassy bombing" was done to the embassy, and "implicated in it" names no doer)
    doers = [o for c in causes for o in c.children if o.dep_ in ("compound", "poss") and o.lemma_.lower() in FORCE_NOUNS] \
        if tok.lemma_.lower() in HARM_VERBS else []
    # ("killed in an IED blast triggered by Maoists": who made what did it)
    makers = [o for c in causes for o in hands_of(c)] if tok.lemma_.lower() in HARM_VERBS else []
    return agent or sides or makers or doers + causes or acting_force(tok)


def shared_causes(tok) -> list:
    """"Three were killed and ten injured in police firing": the cause told after the last of harms
    joined by "and" did each of them."""
    if tok.lemma_.lower() not in HARM_VERBS:
        return []
    harms = [v for c in tok.conjuncts if c.i > tok.i for v in (c, *(x for x in c.children if x.dep_ == "acl"))
             if v.lemma_.lower() in HARM_VERBS | DYING_VERBS]
    return [o for v in harms for o in prep_objects(v, PASSIVE_CAUSE_PREPS)]


def hands_of(tok) -> list:
    """Who it was done "at the hands of" ("was tortured at the hands of the police"), or by whom a
    participle on an event noun says it was made ("an IED blast triggered by Maoists", "an attack
    carried out by the Taliban"): its doer."""
    return [o for h in prep_objects(tok, frozenset({"at"})) if h.lower_ == "hands"
            for o in prep_objects(h, frozenset({"of"}))] + \
        [o for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN"
         for a in v.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]


def acting_force(tok) -> list:
    """A harm with no doer named, told beside what a force did at the time: "two persons were
    killed when police opened fire": the police."""
    if tok.lemma_.lower() not in HARM_VERBS:
        return []
    return [s for c in tok.children if c.dep_ == "advcl" and any(m.lower_ in ("when", "as", "after") for m in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.lemma_.lower() in FORCE_NOUNS]


def sufferers(noun) -> list:
    """Those an act named by a noun befell, when they died or came to harm "in" or "during" it
    ("five soldiers died in a Taliban ambush", "three people were hurt in the lathicharge")."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in PASSIVE_CAUSE_PREPS:
        return []
    verb = noun.head.head
    lemma = verb.lemma_.lower()
    harmed = lemma in DYING_VERBS or (lemma in HARM_VERBS and (
        any(c.dep_ == "auxpass" for c in verb.children) or reduced_passive(verb)))
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if harmed else []


def reduced_passive(tok) -> bool:
    """A past participle of harm read with a subject and no auxiliary: "3 people shot, 1 killed",
    "20 dead and dozens wounded" — those it was done to, as in a headline."""
    # (a headline's "youth shot dead by police" may be tagged past tense: its "by" agent tells; so
    # does a plural subject with nothing after the verb to aim at: "Multiple people shot in Brooklyn")
    return (tok.tag_ == "VBN" or any(c.dep_ == "agent" for c in tok.children) or headline_past(tok)) and \
        tok.lemma_.lower() in HARM_VERBS and any(c.dep_ == "nsubj" for c in tok.children) and \
        not any(c.dep_ in ("aux", "auxpass") or c.dep_ in OBJECTS for c in tok.children)


def headline_past(tok) -> bool:
    """A harm verb tagged past tense whose plural subject it cannot have acted on anyone: no object,
    no "at", "on" or "back" ("people shot in Brooklyn"; not "soldiers shot back", "gunmen shot at
    the crowd"); "hold" and "book" have other senses ("the lines held")."""
    # (nor a verb sharing the object of the one joined to it: "police arrested and charged three men";
    # but one held or booked for a deed is held by the police: "man held for killing friend")
    charged = tok.lemma_.lower() in ACTIVE_HARM_VERBS and \
        any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    counted = any(c.dep_ == "nsubj" and counted_people(c) for c in tok.children)     # ("22 held")
    return tok.tag_ == "VBD" and (tok.lemma_.lower() not in ACTIVE_HARM_VERBS or charged or counted) and \
        tok.dep_ not in ("relcl", "acl") and \
        any(c.dep_ == "nsubj" and (c.tag_ == "NNS" or counted_people(c) or (charged and c.pos_ in ("NOUN", "PROPN")))
            for c in tok.children) and \
        not any(c.dep_ == "dative" or c.lower_ in AIMING_WORDS for c in tok.children) and \
        not any(c.dep_ == "conj" and any(o.dep_ in OBJECTS for o in c.children) for c in tok.children)


def passive_target(tok) -> list:
    if reduced_passive(tok):
        return [c for c in tok.children if c.dep_ == "nsubj"]
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return [tok.head]
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ in PASSIVE_SUBJECTS for c in tok.children):
        return [c for c in tok.head.children if c.dep_ in SUBJECTS]
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and any(c.dep_ == "auxpass" for c in tok.children) and \
            not any(c.dep_ in PASSIVE_SUBJECTS for c in tok.children):      # "she died after being detained"
        return [c for c in tok.head.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS]


def with_conjuncts(heads: list, finder=None) -> list:
    """Heads with their conjuncts ("Russia and China") and listed names ("the US, Russia")."""
    out = []
    for h in heads:
        stack = [h]
        while stack:
            t = stack.pop()
            out.append(t)
            stack.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON"))
            if finder is not None:
                stack.extend(finder.listed_names(t))
    return out


def anchor(tok):
    """The verb an action hangs on: itself, or the verb governing an event noun."""
    t = tok
    for _ in range(LIGHT_VERB_CLIMB):
        if t.pos_ in ("VERB", "AUX") or t.head == t:
            return t
        t = t.head
    return t


def counted_people(tok) -> bool:
    """A bare number as the subject or object of a verb, the headline's way of naming people
    ("3 held for robbery", "police nab 5"); not a year, an amount, a share, a number in a name
    ("H.R. 582") nor people named before ("the two met")."""
    headline = tok.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)  # "two arrested"
    return tok.pos_ == "NUM" and (headline or tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB") and \
        tok.like_num and not (len(tok.text) == 4 and tok.text.isdigit()) and \
        not any(c.dep_ in ("quantmod", "compound", "prep", "det") or c.tag_ == "$" for c in tok.children) and \
        not (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "PROPN") and \
        not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in ("%", "percent"))


def named_owners(o) -> list:
    """The named owner of a deed or a word ("Russia's invasion", "the Chinese offer", "Iran's
    demands", "US actions"): the one whose deed it is, not the one it was done to."""
    return [c for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c.pos_ != "PRON"
            and (c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") or c.pos_ == "PROPN")]
