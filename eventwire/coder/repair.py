"""Repairs of the small English parser's known misreadings, made in place before coding.

Each repair fixes one construction en_core_web_sm reads wrongly in news and says which; the
coder then works on the tree a careful reader would draw. Only the dependency labels and heads
of the tokens involved change, and the tags of a word read as another part of speech (a name as a
common noun, a headline's verb as a noun).
"""
from __future__ import annotations

from functools import lru_cache

from .words import role_heads, words

SUBJECTS = {"nsubj", "csubj"}     # the dependency labels of subjects and objects (the coder's too)
OBJECTS = {"dobj", "obj"}
# Verbs that report what others did ("…, officials said").
REPORTING_VERBS = {"say", "report", "tell", "add", "announce", "state", "confirm", "quote", "claim"}


def repair_parse(sent: list, verbs=frozenset(), asking=frozenset()) -> None:
    """All repairs, on a sentence's tokens (``verbs``: the verb lexicon's lemmas, for headlines and
    verbs read as adjectives; ``asking``: its verbs of asking and ordering)."""
    repair_headline_verbs(sent, verbs)
    repair_verbless_clauses(sent, verbs)
    repair_interjected_names(sent)
    repair_semicolon_clauses(sent)
    repair_counted_participles(sent)
    repair_quantities(sent)
    repair_reported_clauses(sent)
    repair_visiting_titles(sent)
    repair_fronted_subjects(sent)
    repair_subordinated_subjects(sent)
    repair_said_objects(sent)
    repair_relative_lists(sent)
    repair_shared_titles(sent)
    repair_hyphened_verbs(sent)
    repair_root_participles(sent)
    repair_gerund_objects(sent)
    repair_phase_gerunds(sent, verbs)
    repair_interposed_infinitives(sent, asking)
    repair_particle_preps(sent)
    repair_finite_conjuncts(sent)
    repair_fronted_results(sent)
    repair_said_conjuncts(sent)
    repair_datives(sent)
    repair_given_appositions(sent)
    repair_happening_between(sent)
    repair_asked_infinitives(sent)
    repair_given_names(sent)
    repair_named_places(sent)


def repair_reported_clauses(sent: list) -> None:
    """The small parser reads "Israeli airstrikes killed 30 people, officials said" as airstrikes
    [that were] killed, the subject of "said". A participle with a direct object of its own is no
    passive: the noun is its subject and the clause is what the officials said."""
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ not in SUBJECTS or \
                verb.i != noun.i + 1 + sum(1 for c in noun.children if noun.i < c.i < verb.i) or \
                not any(c.dep_ in OBJECTS for c in verb.children):
            continue
        said = noun.head
        others = [c for c in said.children if c.dep_ in SUBJECTS and c != noun]
        if said.lemma_.lower() not in REPORTING_VERBS or said.i < verb.i or any(c.i < verb.i for c in others):
            continue
        speaker = None if others else next((c for c in said.children if c.i > verb.i and c.dep_ in (
            "npadvmod", "dobj", "attr", "appos") and c.pos_ in ("NOUN", "PROPN")), None)
        verb.head, verb.dep_ = said, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"
        if speaker is not None:
            speaker.dep_ = "nsubj"


def repair_quantities(sent: list) -> None:
    """The small parser reads "kidnapped up to 16 advisers" as a phrasal verb "kidnap up" with the
    advisers under "to"; the advisers are the object, "up to" is their quantity."""
    for tok in sent:
        if tok.lower_ != "up" or tok.dep_ not in ("prt", "advmod", "prep") or tok.head.pos_ != "VERB":
            continue
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else tok
        if after.lower_ == "to" and after.dep_ == "quantmod":     # ("up" alone taken for a particle)
            tok.head, tok.dep_ = after.head, "quantmod"
            continue
        to = next((c for c in tok.children if c.lower_ == "to" and c.dep_ == "prep"), None)
        noun = next((c for c in to.children if c.dep_ == "pobj" and any(x.dep_ == "nummod" for x in c.children)),
                    None) if to is not None else None
        if noun is not None:
            verb = tok.head
            noun.head, noun.dep_ = verb, "dobj"
            tok.head, tok.dep_ = noun, "quantmod"
            to.head, to.dep_ = noun, "quantmod"


def repair_visiting_titles(sent: list) -> None:
    """"Visiting U.S. Under-Secretary Allen Wallis told …": the small parser reads "visiting" as a
    verb with "U.S." as its object; it is an adjective of the person, the subject, and "U.S." a
    word of the person's title."""
    if not sent:
        return
    visiting = sent[0] if sent[0].lower_ != '"' or len(sent) < 2 else sent[1]
    if visiting.lower_ != "visiting" or visiting.dep_ != "advcl":
        return
    obj = next((c for c in visiting.children if c.dep_ in OBJECTS and c.pos_ == "PROPN"), None)
    subject = next((c for c in visiting.head.children if c.dep_ in SUBJECTS), None)
    if obj is None or subject is None or subject.left_edge.i != obj.right_edge.i + 1:
        return
    visiting.head, visiting.dep_ = subject, "amod"
    obj.head, obj.dep_ = subject, "compound"


# Words that open a clause as well as a phrase ("after the war" / "after police shot him").
SUBORDINATORS = words("subordinators")


def has_subject(verb) -> bool:
    """Whether the parser gave a verb a subject (or "there")."""
    return any(c.dep_ in SUBJECTS | {"nsubjpass", "expl"} for c in verb.children)


def subjectless_verb(verb) -> bool:
    """A finite verb the parser gave no subject (nor "there"), outside a relative clause."""
    return verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > 0 and \
        verb.dep_ not in ("acl", "relcl") and not has_subject(verb)


def bare_verb(verb) -> bool:
    """A verb with no subject or auxiliary of its own: it shares a clause, or it is read into one."""
    return not any(c.dep_ in SUBJECTS | {"nsubjpass", "aux", "auxpass"} for c in verb.children)


def repair_fronted_subjects(sent: list) -> None:
    """"In the city of Belo Horizonte police used tear gas": with no comma after a phrase put first,
    the small parser reads the subject as that phrase's last noun and leaves the verb without one.
    A common noun right before a finite verb that has no subject, inside a phrase the verb
    governs, is its subject; a name the parser had made its modifier stays the phrase's object."""
    for verb in sent:
        if not subjectless_verb(verb):
            continue
        noun = verb.doc[verb.i - 1]
        prep = noun.head
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or prep.i < verb.left_edge.i or \
                not any(a.i == verb.i for a in prep.ancestors):
            continue
        name = [c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if name:
            name[-1].head, name[-1].dep_ = prep, "pobj"
        noun.head, noun.dep_ = verb, "nsubj"


def repair_subordinated_subjects(sent: list) -> None:
    """"a man who was left paralyzed after a white police officer shot him": the small parser
    reads the officer as the object of "after" (as in "after the war") and leaves "shot" without
    a subject. A noun right before a finite verb with no subject, whose preposition can open a
    clause, is that clause's subject, and the preposition its conjunction."""
    for verb in sent:
        if not subjectless_verb(verb):
            continue
        noun = verb.doc[verb.i - 1]
        prep = noun.head
        if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN") or prep.lower_ not in SUBORDINATORS or \
                noun.left_edge.i != prep.i + 1 or noun.ent_type_ in ("DATE", "TIME") or \
                any(a.i in (prep.i, noun.i) for a in verb.ancestors):
            continue
        noun.head, noun.dep_ = verb, "nsubj"
        prep.head, prep.dep_ = verb, "mark"


def repair_said_objects(sent: list) -> None:
    """"A BBC reporter says soldiers in Qina, in the south, opened fire on protesters": the small
    parser reads the soldiers as what was said and "opened" as a second verb of the reporter's.
    A plural or named object of "say" followed by a verb joined to "say" without a subject of its
    own is the subject of what was said."""
    for verb in sent:
        said = verb.head
        if verb.dep_ != "conj" or not subjectless_verb(verb) or said.lemma_.lower() != "say":
            continue
        noun = next((c for c in said.children if c.dep_ in OBJECTS and c.i < verb.i
                     and c.tag_ in ("NNS", "NNP", "NNPS")), None)
        if noun is None or any(c.dep_ == "cc" and noun.i < c.i < verb.i for c in said.children):
            continue        # ("said prayers and left": two acts of one person)
        verb.head, verb.dep_ = said, "ccomp"
        noun.head, noun.dep_ = verb, "nsubj"


def repair_relative_lists(sent: list) -> None:
    """"was shot by a gunman who jumped from a car, fired seven shots then sped off": the small
    parser joins "fired" to "shot", making the one shot the shooter. An active verb in the past
    with no subject, joined to a passive verb across a relative clause in the past that ends
    right before it, continues the relative clause."""
    for verb in sent:
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or not subjectless_verb(verb) or \
                not any(c.dep_ == "auxpass" for c in head.children):
            continue
        relative = next((t for t in sent if t.dep_ == "relcl" and t.tag_ == "VBD" and head.i < t.i < verb.i
                         and t.right_edge.i + 2 >= verb.i and head.is_ancestor(t)), None)
        if relative is not None:
            verb.head = relative


def repair_shared_titles(sent: list) -> None:
    """"Presidents Donald Trump and Xi Jinping agreed …": the small parser reads the plural title
    as a subject of its own beside the names. A verb has one subject: a plural noun right before
    a name that is also its subject is that name's title (and its conjuncts')."""
    for verb in sent:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        for title, name in zip(subjects, subjects[1:]):
            if title.tag_ == "NNS" and name.pos_ == "PROPN" and name.left_edge.i == title.i + 1:
                title.head, title.dep_ = name, "compound"


def repair_hyphened_verbs(sent: list) -> None:
    """"police lathi-charged the students": the small parser reads the verb's first half as its
    subject, with the true subject as that half's modifier. The first half belongs to the verb
    and its modifier is the subject. "Were tear-gassed" it reads as a state; it is a passive."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i < 2 or verb.doc[verb.i - 1].text != "-":
            continue
        prefix = verb.doc[verb.i - 2]
        subject = next((c for c in prefix.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")), None)
        if prefix.head.i != verb.i or prefix.dep_ not in SUBJECTS or subject is None:
            continue
        subject.head, subject.dep_ = verb, "nsubj"
        prefix.dep_ = "npadvmod"
    for verb in sent:
        # ("the agitators were baton-charged": read as "were" and an adjective; it is a passive)
        be = verb.head
        # (a noun's: "well-trained" is a state)
        if verb.dep_ != "acomp" or verb.tag_ != "VBN" or verb.i < 2 or verb.doc[verb.i - 1].text != "-" or \
                verb.doc[verb.i - 2].pos_ != "NOUN" or be.lemma_.lower() != "be" or \
                not any(c.dep_ in SUBJECTS for c in be.children):
            continue
        if be.dep_ == "ROOT":
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = be.head, be.dep_
        for c in list(be.children):
            if c != verb:
                c.head = verb
                c.dep_ = "nsubjpass" if c.dep_ in SUBJECTS else c.dep_
        be.head, be.dep_ = verb, "auxpass"


def repair_root_participles(sent: list) -> None:
    """"Trump called Nancy Pelosi a loser.": the small parser reads a name before a past tense
    as a noun phrase, "Trump [who was] called Nancy Pelosi", and the sentence has no verb. A
    sentence whose root is a noun followed straight away by a participle that has an object of
    its own is a clause: the verb is its root and the noun its subject (and of two names after
    "called", the first is its object)."""
    for verb in sent:
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or noun.dep_ != "ROOT" or \
                noun.pos_ not in ("NOUN", "PROPN") or verb.i != noun.i + 1 or sent[-1].text not in SENTENCE_ENDS or \
                not any(c.dep_ in OBJECTS | {"oprd", "dative", "ccomp"} for c in verb.children):
            continue
        later = [c for c in noun.children if c.i > verb.i]
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "nsubj"
        for c in later:
            c.head = verb
        names = [c for c in verb.children if c.dep_ == "oprd"]
        if len(names) > 1 and not any(c.dep_ in OBJECTS for c in verb.children):
            names[0].dep_ = "dobj"
        return


def repair_gerund_objects(sent: list) -> None:
    """"died in police firing", "hurt in army shelling": the small parser reads the first noun as
    the object of "in" and the -ing word after it as a clause of its own. An -ing word straight
    after a bare common noun under a preposition, with nothing a verb would have, is the
    preposition's object and the noun its modifier."""
    for ing in sent:
        if ing.tag_ != "VBG" or ing.i == 0:
            continue
        noun = ing.doc[ing.i - 1]
        if noun.pos_ != "NOUN" or noun.n_lefts or noun.n_rights or \
                any(c.dep_ not in ("prep", "advmod", "punct", "npadvmod") and c != noun for c in ing.children):
            continue
        if ing.dep_ == "pcomp" and noun.head == ing and noun.dep_ == "nsubj":
            ing.dep_ = "pobj"           # ("in [police firing]" read as a clause with the police its subject)
        elif ing.dep_ in ("advcl", "acl", "pcomp", "conj") and noun.dep_ == "pobj" and noun.head.dep_ == "prep" \
                and ing.head in (noun, noun.head, noun.head.head):
            ing.head, ing.dep_ = noun.head, "pobj"      # (read as a clause of its own)
        else:
            continue
        noun.head, noun.dep_ = ing, "compound"


PHASE_VERBS = words("aspect-verbs") | words("going-on-verbs")


def repair_phase_gerunds(sent: list, verbs) -> None:
    """"the military continued fighting insurgents", "began shelling the town": the small parser
    reads the -ing word after a verb of beginning or going on as a modifier of the noun
    after it ("fighting insurgents" as a kind of insurgents), the noun the verb's object. An -ing
    word the verb lexicon knows, so read, is the verb's clause and the noun its object."""
    for ing in sent:
        noun = ing.head
        if ing.tag_ != "VBG" or ing.dep_ not in ("compound", "amod") or noun.dep_ not in OBJECTS or \
                ing.i == 0 or noun.head != ing.nbor(-1) or noun.head.lemma_.lower() not in PHASE_VERBS or \
                ing.lemma_.lower() not in verbs or any(c.i < ing.i for c in noun.children):
            continue
        verb = noun.head
        ing.head, ing.dep_, ing.pos_ = verb, "xcomp", "VERB"
        noun.head, noun.dep_ = ing, "dobj"


def repair_finite_conjuncts(sent: list) -> None:
    """"Raab urged the embassy to reconsider and spoke with Pompeo", "warned that the US must act
    and blasted Germany": the small parser joins the past tense to the infinitive before it, as
    if it were part of what was urged or warned of. A verb in the past tense with no subject of
    its own cannot share a bare infinitive's clause: it is the next deed of the one who urged."""
    for verb in sent:
        inf = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or inf.tag_ != "VB" or inf.dep_ not in ("xcomp", "ccomp") or \
                not bare_verb(verb) or inf.head.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        verb.head = inf.head


def repair_fronted_results(sent: list) -> None:
    """"police shot dead two men": the small parser reads "dead" as the men's adjective ("dead two
    men"); it is the state the shooting left them in, told before its object."""
    for adj in sent:
        obj = adj.head
        verb = obj.head
        if adj.lower_ == "dead" and adj.dep_ == "amod" and obj.dep_ in OBJECTS and verb.pos_ == "VERB" and \
                adj.i == verb.i + 1 and adj.i < obj.i:
            adj.head, adj.dep_ = verb, "oprd"


def repair_said_conjuncts(sent: list) -> None:
    """"Davis said it was not possible to overstate the judgment and urged the government to move",
    "said the budget process was in need of reform and urged passage": the small parser joins the
    second verb to the clause that was said, whose subject is a thing. A thing urges nothing: the
    verb is the speaker's next deed, joined to "said"."""
    for verb in sent:
        said_clause = verb.head
        said = said_clause.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ") or said_clause.dep_ != "ccomp" or \
                said.lemma_.lower() not in REPORTING_VERBS or said.i > said_clause.i or \
                not any(c.dep_ in SUBJECTS for c in said.children) or \
                not bare_verb(verb):
            continue
        subject = next((c for c in said_clause.children if c.dep_ in SUBJECTS | {"nsubjpass"}), None)
        if subject is None or could_act(subject):
            continue
        verb.head = said


GIVING_VERBS = words("giving-verbs")
HAPPENING_VERBS = words("happening-verbs")
ASKING_NOUNS = words("asking-nouns")
NAMING_VERBS = words("naming-verbs")


def repair_happening_between(sent: list) -> None:
    """"Heavy fighting broke out between rebels and government troops", "clashes erupted between
    police and protesters": the small parser hangs the parties on the verb that says the event
    happened; they are the event's, the noun's."""
    for prep in sent:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "between" or verb.lemma_.lower() not in HAPPENING_VERBS:
            continue
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.pos_ in ("NOUN", "VERB")), None)
        if subject is not None and not any(c.dep_ in OBJECTS for c in verb.children):
            prep.head = subject


def repair_datives(sent: list) -> None:
    """"provided the Sandinista regime military hardware": the small parser reads the first of
    two objects as a modifier of the second ("the regime military hardware"). A modifier with a
    determiner of its own before the object of a verb of giving is the one given to."""
    for noun in sent:
        obj = noun.head
        verb = obj.head
        if noun.dep_ != "nmod" or obj.dep_ not in OBJECTS or verb.lemma_.lower() not in GIVING_VERBS or \
                noun.i > obj.i or not any(c.dep_ in ("det", "poss") for c in noun.children) or \
                any(c.dep_ in ("det", "poss") and c.i < noun.left_edge.i for c in obj.children):
            continue
        noun.head, noun.dep_ = verb, "dative"


def repair_given_appositions(sent: list) -> None:
    """"granted Paul Harvey Pogue a full pardon", "gave Putin a stern warning": after a verb of
    giving and the one given to, the small parser reads what is given, a noun of its own with an
    indefinite article, as a second name for that person. It is the verb's object."""
    for noun in sent:
        dative = noun.head
        verb = dative.head
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and dative.dep_ in ("dative", "dobj") and \
                verb.lemma_.lower() in GIVING_VERBS and noun.i > dative.i and \
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and \
                not any(t.is_punct for t in sent[dative.i - sent[0].i:noun.left_edge.i - sent[0].i]) and \
                not any(c.dep_ in OBJECTS for c in verb.children if c is not dative):
            noun.head, noun.dep_ = verb, "dobj"
            dative.dep_ = "dative"


def repair_asked_infinitives(sent: list) -> None:
    """"Israel faced calls from the UN to end the offensive": with a phrase between them, the small
    parser hangs the infinitive on the verb, as if Israel ended the offensive; it is what the calls
    ask. An infinitive with no subject of its own after the object of its verb, when that object is
    a word for asking, is the word's."""
    for verb in sent:
        head = verb.head
        if verb.dep_ not in ("advcl", "relcl") or verb.tag_ != "VB" or head.pos_ not in ("VERB", "AUX") or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
                any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        # (not a "conference call" or a "phone call": a meeting, not an appeal)
        asked = next((o for o in head.children if o.dep_ in OBJECTS and o.i < verb.i
                      and o.lemma_.lower() in ASKING_NOUNS and not any(c.dep_ == "compound" for c in o.children)), None)
        if asked is not None and verb.dep_ == "advcl":
            verb.head, verb.dep_ = asked, "acl"


def repair_particle_preps(sent: list) -> None:
    """"Trump fired back at Pelosi", "lashed out at critics", "spoke out against the embargo": the
    small parser often hangs the preposition that names whom a phrasal verb is aimed at on its
    particle; it is the verb's (not one of place or direction: "travel back to France")."""
    for prep in sent:
        particle = prep.head
        if prep.dep_ == "prep" and prep.lower_ in ("at", "against", "on", "upon") \
                and particle.dep_ in ("advmod", "prt") and particle.lower_ in PARTICLES \
                and particle.head.pos_ == "VERB" and particle.i < prep.i:
            prep.head = particle.head


MEDIUM_NOUNS = words("issued-nouns") | words("speech-nouns")


def repair_interposed_infinitives(sent: list, asking: frozenset) -> None:
    """"called on President Reagan in a non-binding resolution to retaliate against Japan", "urged
    members in a letter to vote against the deal": the small parser hangs the infinitive on the
    letter or resolution it follows; it is what the verb asks of its addressee (``asking``: the
    verbs of the appeal and demand frames, ``VerbLexicon.addressing_verbs``)."""
    for verb in sent:
        noun = verb.head
        if verb.dep_ not in ("relcl", "acl") or verb.tag_ != "VB" or noun.dep_ != "pobj" or \
                noun.lemma_.lower() not in MEDIUM_NOUNS or \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or \
                any(c.dep_ in SUBJECTS for c in verb.children):
            continue
        asker, before = noun.head.head, noun.head.i
        if noun.head.dep_ != "prep" or asker.pos_ != "VERB":
            continue
        lemma = asker.lemma_.lower()
        # ("called on X", "urged X": a phrasal verb of asking, or one with its object before the phrase)
        if any(c.dep_ in ("prep", "prt") and c.i < before and f"{lemma}_{c.lower_}" in asking for c in asker.children) \
                or (lemma in asking and any(c.dep_ in OBJECTS and c.i < before for c in asker.children)):
            verb.head, verb.dep_ = asker, "xcomp"


def repair_known_surnames(doc) -> None:
    """"UAW President Shawn Fain spoke … Fain criticized Trump": a surname opening a sentence is
    read as a common noun ("fain"); where the article named that person in full before, it is
    the name again (as the subject or an owner: "Steel prices rose" after "Michael Steel" are prices)."""
    first_named: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            first_named.setdefault(ent[-1].text, ent.start)
    for sent in doc.sents:
        word = sent[0]
        if word.tag_ in ("NN", "NNS") and word.dep_ in ("nsubj", "nsubjpass", "poss") and \
                word.text[:1].isupper() and word.text[1:].islower() and first_named.get(word.text, len(doc)) < word.i:
            word.tag_, word.pos_, word.lemma_ = "NNP", "PROPN", word.text


def repair_semicolon_clauses(sent: list) -> None:
    """"A woman was lynched by a mob in Gumla; 11 people have been arrested": the small parser
    hangs the clause before a semicolon on the verb after it as its content (ccomp), which makes the
    lynching what the arrest is for; the two clauses stand side by side (parataxis)."""
    doc = sent[0].doc
    for tok in sent:
        if tok.dep_ == "ccomp" and tok.head.i > tok.i and \
                any(t.text == ";" for t in doc[tok.right_edge.i + 1:tok.head.i]):
            tok.dep_ = "parataxis"


PEOPLE_PARTICIPLES = {"accused", "deceased"}      # participles that name people ("the five accused")


def repair_counted_participles(sent: list) -> None:
    """"The court sent the five accused to police custody", "police nab absconding accused": after a
    number or a word describing them the small parser reads "accused" as a participle on it ("five
    [people] accused to police custody"); it is the noun for the people accused, the verb's
    object, and the phrase after it the verb's."""
    for word in sent:
        count = word.head
        if word.lower_ not in PEOPLE_PARTICIPLES or word.dep_ != "acl" or count.i != word.i - 1 or \
                count.head == count or not (count.pos_ in ("NUM", "ADJ") or count.lower_.endswith("ing")):
            continue
        verb = count.head
        word.pos_, word.tag_, word.lemma_ = "NOUN", "NNS", word.lower_
        word.head, word.dep_ = verb, count.dep_
        for c in list(count.children):
            if c.dep_ == "det":
                c.head = word
        count.head, count.dep_ = word, "nummod" if count.pos_ == "NUM" else "amod"
        for c in list(word.children):
            if c.dep_ == "prep" and c.i > word.i:
                c.head = verb          # ("sent … to police custody")


def repair_headline_verbs(sent: list, verbs) -> None:
    """Headlines drop the words that show a verb ("police gun down dacoit in encounter", "cops raid
    gambling den", "stf nabs sharpshooter of bawaria gang"): the small parser reads the verb as a
    noun, the sentence's root or a modifier of the object. Where no verb heads the sentence and a
    word for a force or a body opens it (``sector_word``), a word right after it that the verb
    lexicon knows (``verbs``: its lemmas) is the verb, the opening word its subject and the phrase
    after it its object."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ in ("VERB", "AUX") or len(sent) < 3:
        return
    base = headline_verb(root.lower_, verbs) if root.pos_ in ("NOUN", "PROPN") and root.i > sent[0].i else None
    if base is not None and any(c.dep_ in ("nsubj", "compound") and c.i < root.i and sector_word(c)
                                for c in root.children):
        as_verb(root, base)          # ("police [gun] down dacoit", "police [fire] in the air")
        for c in root.children:
            if c.dep_ == "compound" and c.i < root.i:
                c.dep_ = "nsubj"
            if c.dep_ == "prep" and c.i == root.i + 1 and c.lower_ in PARTICLES:
                c.dep_ = "prt"          # ("gun down dacoit": the particle and the verb's object)
                for o in list(c.children):
                    if o.dep_ == "pobj":
                        o.head, o.dep_ = root, "dobj"
        return
    subject, doc = sent[0], sent[0].doc
    while not sector_word(subject) and subject.dep_ == "compound" and subject.head.i == subject.i + 1 and \
            subject.head.i < sent[-1].i:
        subject = subject.head          # ("crime branch [files] chargesheet": the body's last word)
    verb = subject.nbor(1)
    word = verb.lower_
    if verb.i + 2 <= sent[-1].i and doc[verb.i + 1].text == "-":      # ("cops lathi-charge students")
        verb = doc[verb.i + 2]
        word = f"{word}-{verb.lower_}"
    base = headline_verb(word, verbs)
    obj = verb.head
    while obj.dep_ in ("compound", "amod") and obj.head.i > obj.i:
        obj = obj.head
    if base is None or not sector_word(subject) or verb.dep_ not in ("compound", "amod", "aux", "nsubj") or \
            (verb.dep_ == "aux" and auxiliary(verb)) or (verb.dep_ == "nsubj" and obj != root) or \
            obj.i <= verb.i or subject.head not in (verb, obj, doc[verb.i - 2] if word != verb.lower_ else verb):
        return
    # ("stf [nabs] sharpshooter of bawaria gang": the verb, its subject before it, the phrase after it its object)
    as_verb(verb, base.rpartition("-")[2])
    if root != obj:
        root.head, root.dep_ = verb, "parataxis"      # ("SOG busts arms factory in Munger, two held")
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


def repair_verbless_clauses(sent: list, verbs) -> None:
    """"Issa and Rep. Jason Chaffetz, R-Utah, pressed Secretary of State Hillary Clinton for more
    information", "taking questions after a meeting with Merkel, Trump slammed Trudeau as
    two-faced": after a long subject closed by a comma, or a name right before it, the small parser
    may read the past tense as an adjective of the object and leave the sentence no verb of its
    own (its root a name, or a participle with no subject that opens it). A past form the verb
    lexicon knows (``verbs``) that modifies the noun after it is then the verb: the root, or the
    name before it, its subject, the phrase after it its object (and an opening participle a
    clause of its own). So too where the parser gave the adjective a subject of its own ("The army
    fought rebels")."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or sent[-1].text not in SENTENCE_ENDS:
        return
    opener = root.tag_ in ("VBG", "VBN") and not has_subject(root)
    if root.pos_ not in ("NOUN", "PROPN") and not opener:
        return
    for word in sent:
        if word.dep_ != "amod" or word.head.i <= word.i:
            continue
        own = next((c for c in word.children if c.dep_ == "nsubj" and c.i < word.i and could_act(c)), None)
        if own is None and (word.i <= root.i or not word.lower_.endswith("ed")):
            continue
        before = word.nbor(-1)
        while before.tag_ == "RB" and before.i > root.i:
            before = before.nbor(-1)
        # (a past tense the tagger knew: "fought", "met")
        base = word.lemma_.lower() if word.tag_ == "VBD" and word.lemma_.lower() in verbs \
            else headline_verb(word.lower_, verbs)
        named = before.pos_ == "PROPN" and before.dep_ == "compound" and before.head == word.head and could_act(before)
        if base is None or not (named or own is not None or (before.text == "," and not opener and could_act(root))):
            continue
        subject = own if own is not None else before if named else root
        obj = word.head
        while obj.dep_ in ("compound", "amod", "nmod") and obj.head.i > obj.i:
            obj = obj.head
        later = [c for c in root.children if c.i > word.i and c != obj] if subject == root else []
        as_verb(word, base)
        word.tag_ = "VBD"
        word.head, word.dep_ = word, "ROOT"
        if root != obj and subject != root:
            root.head, root.dep_ = word, "advcl" if opener else "dep"
        subject.head, subject.dep_ = word, "nsubj"
        obj.head, obj.dep_ = word, "dobj"
        for c in later:       # (a name set beside the object is the object's: "Trump's rival, Sen. Ted Cruz")
            c.head = obj if c.dep_ == "appos" else word
        return


def repair_interjected_names(sent: list) -> None:
    """"Trump, in fact, has already given Jordan a boost": the small parser may read a name that
    opens a sentence before a comma as an interjection ("Well, …") and leave the verb without a
    subject. A name the entity recogniser knows, so read, is the subject of a verb that has none."""
    first = sent[0]
    verb = first.head
    if first.dep_ == "intj" and first.ent_type_ in NAMING_TYPES and len(sent) > 2 and sent[1].text == "," and \
            verb.pos_ in ("VERB", "AUX") and verb.i > first.i and not has_subject(verb):
        first.pos_, first.tag_, first.lemma_, first.dep_ = "PROPN", "NNP", first.text, "nsubj"


def auxiliary(tok) -> bool:
    """An auxiliary indeed: a modal, or a form of be, have or do (a headline's verb read as one is
    not: "Police [nab] absconding accused")."""
    return tok.tag_ == "MD" or tok.lemma_.lower() in ("be", "have", "do")


def sector_word(tok) -> bool:
    """A word for a force or a body that acts ("police", "cops", "stf", ``roles.tsv``), not a name
    ("America First Unity Rally" is a rally's name)."""
    return tok.lower_ in role_heads() or tok.lemma_.lower() in role_heads()


def headline_verb(word: str, verbs) -> str | None:
    """The verb lexicon's lemma for a word read as a noun or an adjective ("nabs" → "nab",
    "lathi-charged" → "lathi-charge"), if any."""
    bases = [word] + [word[:-len(e)] for e in ("s", "es", "d", "ed") if word.endswith(e)]
    # ("slammed" → "slam", "denied" → "deny")
    bases += [b[:-1] for b in bases if len(b) > 3 and b[-1] == b[-2]] + ([word[:-3] + "y"] if word.endswith("ied") else [])
    return next((b for b in bases if b in verbs), None)


def as_verb(tok, lemma: str) -> None:
    """Tag a word the parser read as a noun as the verb it is."""
    tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBZ" if tok.lower_ != lemma else "VBP", lemma


def repair_given_names(sent: list) -> None:
    """"called the administration's move a big mistake": after an object with an owner, the small
    parser reads the name given as the object's own object; it is the name the verb gives."""
    for name in sent:
        obj = name.head
        verb = obj.head
        if name.dep_ == "dobj" and obj.dep_ == "dobj" and obj.pos_ == "NOUN" and name.i > obj.i and \
                verb.lemma_.lower() in NAMING_VERBS and not any(c.dep_ == "oprd" for c in verb.children):
            name.head, name.dep_ = verb, "oprd"


def repair_named_places(sent: list) -> None:
    """"two terrorists gunned down in Kulgam encounter": after a preposition, a name and the noun it
    names ("in Kulgam encounter", "near Nalgonda village") are one phrase; the small parser may
    end the phrase at the name and read the noun as the verb's object."""
    for noun in sent:
        name = noun.nbor(-1) if noun.i > sent[0].i else None
        if name is None or noun.dep_ != "dobj" or noun.pos_ != "NOUN" or name.pos_ != "PROPN" or \
                name.dep_ != "pobj" or name.head.dep_ != "prep" or name.head.head != noun.head or \
                any(c.i < noun.i for c in noun.children):
            continue
        prep = name.head
        noun.head, noun.dep_ = prep, "pobj"
        name.head, name.dep_ = noun, "compound"


PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "who"}
PARTICLES = words("particles")
NAMING_TYPES = {"PERSON", "ORG", "GPE", "NORP"}


@lru_cache(maxsize=1)
def acting_heads() -> frozenset[str]:
    """The words for people or bodies: ``roles.tsv``, ``people-words``, ``body-nouns``."""
    return role_heads() | words("people-words") | words("body-nouns")


def could_act(noun) -> bool:
    """Whether a subject could be someone: a pronoun for people, a name, or a word for people or
    bodies (``acting_heads``)."""
    return noun.lower_ in PERSONAL_PRONOUNS or noun.pos_ == "PROPN" or noun.ent_type_ in NAMING_TYPES or \
        noun.lemma_.lower() in acting_heads() or noun.lower_ in role_heads()


SENTENCE_ENDS = {".", "!", "?", '"', "\u201d", "'"}
