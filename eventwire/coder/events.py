"""Events: from a parsed sentence, who did what to whom, in CAMEO.

Coding runs in three steps for each sentence (after ``repair`` has mended the parser's known
misreadings and ``actors`` has found the actor mentions):
1. ``triggers.find_actions``: every verb or event noun that matches the verb lexicon.
2. ``frames.frame_action``: the words governing the action change its code and mode.
3. ``events_for``: source and target actors from the parse (``arguments``), one Event per pair.
The coder returns candidates only; storing them is another module's job.
"""
from __future__ import annotations

from ..records import Actor, Event, Mention, Sentence
from ..gkg.places import geocode
from ..tables import codebook_entry
from .actors import PERSON_PRONOUNS, PLACE_NOUNS
from .arguments import ADDRESSING_FRAMES, NO_COUNTRY, PERSON_NOUNS, unnamed_doers, JUDGED_ROOTS, TOPIC_VERBS, deed_doers, as_site, implied_authority, addressed_words, unnamed_sources, unnamed_targets, NEST_LEVELS, PLACE_PREPS, SOURCE_NESTED_PREPS, addressed_by, coded_only, complement_heads, complement_targets, conjoined, fallback_targets, governing_subject, localize, own_government, place_of_attack, place_targets, placed_in, placed_parties, resolve, source_heads, speaker_of, subject_heads
from .confidence import STATEMENT_CONFIDENCE, probability
from .frames import CLAIMING, FUTURE_AUX, HOSTILE_ROOTS, ISSUED_NOUNS, PROMISING, REFUSING, SPEECH_NOUNS, clause_kind, for_clause, frame_action, is_background, mark_embedded, mode_of, obligation_frame, purpose_of_protest
from .repair import OBJECTS, SUBJECTS, could_act
from .syntax import DYING_VERBS, HARM_VERBS, PASSIVE_SUBJECTS, PEOPLE_PRONOUNS, anchor, has_condition, is_negated, lemma_keys, prep_objects
from .triggers import NAME_CALLING, NAMING_VERBS, PRAISING_NAME, Action, VerbLexicon, find_actions, judgement, trigger_text, word_valence
from .words import word_map, words

VIOLENT_ROOTS = {"18", "19", "20"}
STRIKING_ROOTS = {"14", "15", "17", "18", "19", "20"}   # protest, force, coercion, assault: what is hit is its owner's
MAX_DYAD_PARTIES = 3     # joint acts of more parties are coded as a hub and spokes
# Roots whose bare verbs need an actor as object, when they have one ("released the hostages").
OBJECT_ACTOR_ROOTS = {"08", "14"}
PROTEST_NOUNS = words("protest-nouns")
PROTESTER_WORDS = words("protester-words")
CLASHING_WORDS = words("clashing-words")
TROOP_NOUNS = words("troop-nouns")
PEACEKEEPING_WORDS = words("peacekeeping-words")
EXERCISE_NOUNS = words("exercise-nouns")
NEEDS_SOMEONE = words("needs-someone")
CONCURRING = words("concurring-verbs")
IDIOM_PREPS = word_map("idiom-preps")        # verb → prepositions that make it another sense
DUTY_VERBS = words("duty-verbs")
RECORDING_NOUNS = words("recording-nouns")
RECEPTION_NOUNS = words("reception-nouns")
DESCRIBING_VERBS = words("describing-verbs")
GIVING_ROOTS = {"07"}          # bare verbs of giving ("help", "donate") need someone given to
WARNING_VERBS = words("warning-verbs")
STATE_VERBS = words("state-verbs")
ACTING_NOUNS = words("acting-nouns")
WEAPON_NOUNS = words("weapon-nouns")
ACCIDENT_NOUNS = words("accident-nouns")
ACCIDENTAL_BLASTS = words("accidental-blasts")
BLAST_NOUNS = words("blast-nouns")
WEAPON_FIRE = words("weapon-fire")
PHYSICAL_TARGETS = words("physical-targets")
MUTUAL_VERBS = words("mutual-verbs")
ASSAILING_VERBS = words("assailing-verbs")
STANCE_NOUNS = words("stance-nouns")
ASSAILING_NOUNS = words("assailing-nouns")
RETORT_VERBS = words("retort-verbs")
PRESS_ASKS = words("press-asks")
PRESS_UNNAMED = words("press-unnamed")
ELECTORATE_WORDS = words("electorate-words")
COUNTING_WORDS = words("counting-words")
BETWEEN = frozenset({"between"})
CAMPAIGN_WORDS = words("campaign-words")
HELPING_VERBS = words("helping-verbs")
MATERIAL_WORDS = words("material-words")
POLITICAL_TYPES = {"GOV", "LEG", "PTY", "ELI"}
ARMED_TYPES = {"MIL", "REB", "IMG", "INS", "UAF", "SPY"}
CIVIL_TYPES = {"LAB", "CVL", "EDU", "HLH", "BUS", "MED", "OPP", "AGR"}     # who strike by stopping work
HITTABLE = PHYSICAL_TARGETS | WEAPON_NOUNS | PLACE_NOUNS


def pairs(sources: list[Mention], targets: list[Mention], code: str | None = "",
          mutual: bool = False) -> list[tuple[Mention | None, Mention | None]]:
    """Actor pairs for an action; compound subjects of a joint action (meeting, agreeing,
    cooperating; ``mutual`` for fighting words: "Indian and Chinese troops clashed") with no
    target act on each other ("Russia and China signed an agreement")."""
    joint = mutual if code is None else is_joint(code) or mutual
    if len(sources) > 1 and joint and all(t.kind == "place" for t in targets):
        targets = []          # "Obama and Putin will meet in Zurich": they meet each other, not Zurich
    if len(sources) > 1 and joint and targets and all(
            t.kind == "inferred" and t.actor.country in {s.actor.country for s in sources} for t in targets):
        targets = []          # "India and China agreed to disengage troops": their own, not a party
    if targets:
        # (not an actor with itself: "he said we should …", "asked whether he believed …")
        return [(s, t) for s in sources or [None] for t in targets if s is None or s.actor.code != t.actor.code
                or (s.head != t.head and "pronoun" not in (s.kind, t.kind) and s.text != t.text)]
    if len(sources) > MAX_DYAD_PARTIES and joint:
        # a multilateral act ("Britain, Canada, France, … agreed"): each party with the first, not
        # every pair of them (eight parties would make 56 events)
        hub = sources[0]
        return [p for s in sources[1:] for p in ((hub, s), (s, hub))]
    if len(sources) > 1 and joint:
        return [(s, t) for s in sources for t in sources if s is not t]
    return [(s, None) for s in sources]


SPEAKING_TYPES = {"GOV", "LEG", "JUD", "PTY", "MED", "ELI"}   # bodies and officials that attack in words


def speaks(m: Mention, doc) -> bool:
    """A body or an official that attacks in words, or a person of no sector."""
    return m.actor.type1 in SPEAKING_TYPES or (not m.actor.type1 and is_person(m, doc))


def armed_or_state(m: Mention) -> bool:
    """A force, or a country by its name or capital ("troops", "Israel", "Moscow"): who fire back
    with arms; anyone else, a company or a minister, does so in words ("Huawei hit back at")."""
    return m.actor.type1 in ARMED_TYPES | {"COP"} or (not m.actor.type1 and m.kind in ("name", "capital")
                                                        and m.actor.country not in ("", "IGO", "NGO"))


def named_one(m: Mention, doc) -> bool:
    """A person or body by a name of its own or a personal pronoun, not a country or a capital by
    its place name ("Trump", "he", not "Israel", "Washington" or "it")."""
    return m.head >= 0 and (doc[m.head].lower_ in PERSON_PRONOUNS or (
        doc[m.head].pos_ == "PROPN" and doc[m.head].ent_type_ not in ("GPE", "LOC", "NORP")))


def is_person(m: Mention, doc) -> bool:
    """Named as a person, or by a personal pronoun, resolved or not ("She also attacked Barr")."""
    return m.kind == "pronoun" or (m.head >= 0 and (doc[m.head].ent_type_ == "PERSON"
                                                    or doc[m.head].lower_ in PERSON_PRONOUNS))


def reciprocal(a: Action) -> bool:
    """Whether the act is done by its parties to each other ("accused each other", "fought one
    another", "traded accusations with each other")."""
    words = [a.tok] + ([a.obj] if a.obj is not None else [])
    heads = [c for w in words for c in w.children if c.dep_ in OBJECTS | {"dative"}] + \
        [o for w in words for p in w.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return any((h.lower_ == "other" and any(c.lower_ == "each" for c in h.children)) or
               (h.lower_ == "another" and any(c.lower_ == "one" for c in h.children)) or
               (h.lower_ == "one" and any(c.lower_ == "another" for c in h.children)) for h in heads)


def is_joint(code: str) -> bool:
    """Actions that two parties do together: consultations (not mediation), diplomatic
    cooperation and agreements, material cooperation (praise, support and recognition go one way;
    an intent is joint when what is intended is: "agreed to cooperate", not "vowed investigations";
    a visit is made or hosted by one: "visits by Jindal and Paul" are no visits to each other)."""
    return code[:2] == "06" or code in ("050", "057") or (code[:2] == "04" and not code.startswith(("042", "043", "045")))


def accusation(a: Action, events: list[Event], finder, sentence: Sentence) -> list[Event]:
    """"The US claimed that ISIL attacked Iraq": a claim that someone did something hostile is an
    accusation (112) by the claimant against them; the hostile act itself stays alleged."""
    word = a.alleged_by
    if word is None or word.lemma_.lower() not in CLAIMING or a.code[:2] not in HOSTILE_ROOTS:
        return []
    out = []
    for claimant in resolve(subject_heads(word)[0], finder, None):
        for accused in {e.source.actor.code: e.source for e in events if e.source is not None}.values():
            if accused.actor.code != claimant.actor.code:
                out.append(frame_only_event(sentence, "112", claimant, accused, f"{word.text} {a.tok.text}",
                                            "112 [claim]", word))
    return out


def other_sense(a: Action, lex: VerbLexicon | None = None) -> bool:
    """Whether a bare verb that found no one at the other end is another sense of it: help or
    force on nobody ("to help finance the expansion", "force majeure"), a release or a
    demonstration of a thing ("released a report", "demonstrated its resolve")."""
    if a.pattern.objects or any(c.dep_ in OBJECTS | {"dative"} and c.lower_ in PEOPLE_PRONOUNS for c in a.tok.children):
        return False       # ("charged him with fraud", "shot him", "pelted them": someone, whoever they are)
    if a.code[:2] in GIVING_ROOTS or a.tok.lemma_.lower() in NEEDS_SOMEONE or a.pattern.head in NEEDS_SOMEONE:
        return True
    if a.code[:2] in VIOLENT_ROOTS:
        # force is done to someone or something that can be hit, not to "notes" or "a record"
        # (a name or a counted group can be: "killed three Maoists", "shot two youths")
        return any(c.dep_ in OBJECTS and c.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "ORG", "PERSON")
                   and c.pos_ != "PROPN" and not any(n.dep_ == "nummod" for n in c.children)
                   and c.lemma_.lower() not in HITTABLE and not near_hittable(c, lex) for c in a.tok.children)
    return a.code[:2] in OBJECT_ACTOR_ROOTS and (any(c.dep_ in OBJECTS | PASSIVE_SUBJECTS for c in a.tok.children)
                                                 or (a.tok.dep_ == "acl" and a.tok.tag_ == "VBN"))


def a_hand_in(a: Action) -> bool:
    """Helping to do something, with no one helped ("helped design Obama's strategy", "helping
    turn the tide against insurgents", "to help track down Boko Haram"): a hand in the doing, which
    its own verb tells, not aid given to whoever that clause names; but a country built up is
    helped ("helped rebuild Iraq")."""
    doing = [c for c in a.tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return a.code[:2] in GIVING_ROOTS and not a.pattern.noun and a.tok.lemma_.lower() in ("help", "assist") and \
        bool(doing) and not any(c.dep_ in OBJECTS | {"dative"} for c in a.tok.children) and \
        not any(o.dep_ in OBJECTS and o.ent_type_ == "GPE" for o in doing[0].children)


def drawing_power(a: Action) -> bool:
    """"Trump's appeal to union workers", "could help broaden Harris' appeal": the pull a candidate
    has, no request. An appeal made is one with what it asks for ("an appeal for unity", "an
    appeal to stay calm"), or one made, sent or renewed ("made an appeal to Polish-Americans");
    appeals in the plural are always made ("Zelensky's daily appeals")."""
    tok = a.tok
    if not a.pattern.noun or tok.lemma_.lower() != "appeal" or tok.tag_ != "NN":
        return False
    asks = any(c.dep_ in ("acl", "relcl", "ccomp") and any(x.lower_ in ("to", "that") for x in c.children)
               for c in tok.children) or any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)
    made = tok.dep_ in OBJECTS and tok.head.lemma_.lower() in APPEAL_MAKING_VERBS
    return not asks and not made


APPEAL_MAKING_VERBS = words("support-verbs") | words("handing-verbs") | {"renew", "repeat", "reiterate"}


def shared_opinion(a: Action) -> bool:
    """Agreeing that something is so ("scientists agree that the climate is warming", "he agrees
    the lull is unusual") is an opinion shared with no one named, no agreement to act; agreeing
    to act ("agreed to hold a referendum") is one."""
    return not a.frame and a.code[:2] == "03" and not a.pattern.objects and a.tok.lemma_.lower() in CONCURRING and \
        any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and any(x.dep_ in SUBJECTS for x in c.children)
            for c in a.tok.children)


def idiom(a: Action) -> bool:
    """A verb that, with no object but a given preposition, is another sense ("seized on voters'
    anxieties": made use of them; "was resigned to the outcome": accepted it); one charged with a
    duty is tasked, not accused ("the three officials charged with certifying the refugees"); what
    meets with criticism is received, not met; what one does at one's own request asks no one."""
    if a.tok.lemma_.lower() == "meet" and any(o.lemma_.lower() in RECEPTION_NOUNS
                                               for o in prep_objects(a.tok, frozenset({"with"}))):
        return True        # "the proposals have met with disapproval": were received, no meeting
    if a.tok.lemma_.lower() == "catch" and any(w.lemma_.lower() in RECORDING_NOUNS for o in prep_objects(
            a.tok, frozenset({"on"})) for w in [o, *o.children] if w is o or w.dep_ == "compound"):
        return True        # "the cop was caught on camera kicking a rickshaw-puller": filmed, not arrested
    asked = a.obj if a.obj is not None else a.tok
    if any(c.lemma_.lower() in PRESS_ASKS for p in asked.children if p.dep_ == "prep" and p.lower_ == "for"
           for c in p.children if c.dep_ == "pobj") or any(c.lemma_.lower() in PRESS_ASKS for c in a.tok.children
                                                          if c.dep_ in OBJECTS):
        return True        # ("declined a request for comment", "requested anonymity": the press's trade)
    if a.pattern.noun and a.code[:2] in ("02", "10") and any(
            c.lower_ == "own" or (c.dep_ == "poss" and any(x.lower_ == "own" for x in c.children)) for c in a.tok.children):
        return True        # ("retired at his own request", "on its own initiative": asked of no one else)
    if a.tok.lemma_.lower() == "charge" and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "pcomp" and g.lemma_.lower() in DUTY_VERBS
                                                            for g in c.children) for c in a.tok.children):
        return True
    return not a.pattern.objects and not any(c.dep_ in OBJECTS for c in a.tok.children) and any(
        c.dep_ == "prep" and c.lower_ in IDIOM_PREPS.get(a.tok.lemma_.lower(), ()) for c in a.tok.children)


def without_settings(targets: list[Mention], finder) -> list[Mention]:
    """Beside a party the act is done to, a city named after "in", "at" or "from" is where it
    happens, not a second party ("threatened to block Japanese firms from London"); a country
    named after "in" on another target is where that target is, and gives it its country ("an army
    base in northern Afghanistan", "Israel's militia ally in southern Lebanon")."""
    doc = finder.doc

    def at(t: Mention) -> bool:
        return t.head >= 0 and doc[t.head].dep_ == "pobj" and doc[t.head].head.lower_ in PLACE_PREPS | {"from"}

    def setting(t: Mention) -> bool:
        hit = finder.hits.get(t.head)
        return at(t) and (t.kind == "place" or (hit is not None and hit.entry.kind in ("capital", "seat")))

    def owner_of(t: Mention) -> Mention | None:
        if not at(t) or t.actor.type1 or not t.actor.country:
            return None
        noun = doc[t.head].head.head
        return next((o for o in targets if o is not t and o.head >= 0 and noun.i in (o.head, doc[o.head].head.i)
                     and o.actor.country in ("", t.actor.country)), None)

    owners = {id(t): owner_of(t) for t in targets}
    homes = {id(o): t.actor.country for t in targets if (o := owners[id(t)]) is not None}
    targets = [placed_in(t, homes[id(t)]) if id(t) in homes and not t.actor.country else t
               for t in targets if owners[id(t)] is None]
    # (beside only an uncoded thing the place stays: "blocked streets in Hong Kong")
    return [t for t in targets if not setting(t)] if any(not setting(t) and t.actor.code for t in targets) \
        else targets


def described(a: Action) -> bool:
    """An event noun someone calls or describes as something is their view of it, not their act
    ("Iran called the sanctions illegal", "Smith called the disappearance an interesting case")."""
    # (its own doer may be named: "Sunak called Iran's attack a reckless act")
    if not a.pattern.noun:
        return False
    if a.tok.dep_ in OBJECTS and a.tok.head.lemma_.lower() in DESCRIBING_VERBS and \
            not any(c.dep_ == "poss" for c in a.tok.children):
        return True
    # and an event noun that is the name given is a view, not a deed ("called the strike an act of
    # aggression", "described as overreach and political persecution")
    name = a.tok
    while name.dep_ == "conj":
        name = name.head
    verb = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "as" else name.head
    return (name.dep_ == "oprd" or name.dep_ == "pobj" and name.head.lower_ == "as") and \
        verb.lemma_.lower() in DESCRIBING_VERBS | NAMING_VERBS


def named_event(a: Action, finder) -> bool:
    """"The Benghazi attack", "the Russia investigation", "the Iraq invasion", "the Soleimani
    strike": an event noun named by a place or a person, with "the" and nothing more said of it,
    is one the reader knows already, a reference, not news of a deed (whose it was, where or
    against whom is not told by the name: "a deadly attack on the consulate" is)."""
    noun = a.tok
    if not a.pattern.noun or a.frame or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ != "NORP"
             and names_place_or_person(c, finder)]
    told = [c for c in noun.children if c.dep_ in ("prep", "acl", "relcl", "poss", "amod") and c.ent_type_ != "DATE"
            and c.lower_ not in ("of", "in", "at", "near")]
    # (those it harmed make it news: "two Americans died in the Brussels attacks")
    harmed = noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in HARM_VERBS | DYING_VERBS
    # (nor is one a verb does something to: "prosecutors opened the Cohen probe")
    return bool(named) and not told and not harmed and noun.dep_ not in OBJECTS


def names_place_or_person(tok, finder) -> bool:
    """Whether a name is a place's or a person's, not a body's (a body that names a deed is the one
    that does it: "the Senate investigation found nothing")."""
    hit = finder.hits.get(tok.i)
    if hit is not None:
        return hit.entry.kind in ("country", "capital", "person")
    return tok.ent_type_ in ("PERSON", "GPE", "LOC", "FAC") or geocode(tok.text) is not None


def political_offensive(a: Action, sources: list[Mention]) -> bool:
    """A government, party or politician that "goes on the offensive" argues harder; only armed
    forces on the offensive fight."""
    return a.pattern.noun and a.tok.lemma_.lower() == "offensive" and a.tok.dep_ == "pobj" and \
        a.tok.head.lower_ == "on" and bool(sources) and all(m.actor.type1 in POLITICAL_TYPES for m in sources)


def campaign_rally(a: Action, sources: list[Mention], targets: list[Mention]) -> bool:
    """A rally held by a candidate, a party or a government, or for a campaign, is campaigning,
    not a protest ("Trump held a campaign rally in Ohio", "at a Trump rally")."""
    noun = a.obj if a.obj is not None else a.tok
    if a.code[:2] != "14" or noun.lemma_.lower() != "rally":
        return False
    if noun.dep_ in OBJECTS | {"dative"} and noun.head.lemma_.lower() in ("tell", "address", "thank"):
        return True     # ("Trump told an Indianapolis rally"): one speaks to a rally of one's own
    if any(c.lemma_.lower() in CAMPAIGN_WORDS for c in noun.children if c.dep_ in ("compound", "amod")):
        return True
    # (but "activists of the party staged rallies against its leader" protest)
    doc = a.tok.doc
    return bool(sources) and all(m.actor.type1 in POLITICAL_TYPES for m in sources) and \
        not any(t.head >= 0 and doc[t.head].dep_ == "pobj" and doc[t.head].head.lower_ == "against" for t in targets)


def support_at_the_polls(a: Action, sources: list[Mention]) -> bool:
    """Support from voters, a county or a share of a poll is a vote or a poll figure, not a party's
    praise or endorsement ("Black voters support him", "Livingston County backed Trump by 30
    points", "Trump has 56% of support", "Biden wins support among 95% of Democrats")."""
    if a.code[:2] != "05":
        return False
    words = {t for t in (a.tok, a.obj) if t is not None}
    if not {t.lemma_.lower() for t in words} & (STANCE_NOUNS | {"back", "favor", "favour"}):
        return False
    doc = a.tok.doc
    if sources and all(m.kind == "place" or (m.head >= 0 and doc[m.head].lemma_.lower() in ELECTORATE_WORDS)
                       for m in sources):
        return True
    near = words | {c for t in words for c in t.children} | {t.head for t in words} | {t.head.head for t in words}
    near |= {c for t in words if t.dep_ in OBJECTS for c in t.head.children if c.dep_ == "prep"}   # ("wins support among")
    near |= {g for c in list(near) if c.dep_ == "prep" for g in c.children}
    return any(t.lemma_.lower() in COUNTING_WORDS or t.text.endswith("%") or t.lower_ == "among" for t in near)


POLL_FINDINGS = words("poll-findings")


def poll_finding(a: Action) -> bool:
    """What a poll or survey found is opinion counted, not an act: "The poll found a slight
    majority of Republicans support overturning Roe", "the survey showed most voters oppose the
    war" (the clause a finding verb reports, whose subject is a poll)."""
    for clause in [a.tok, *a.tok.ancestors]:
        if clause.dep_ != "ccomp":
            continue
        verb = clause.head
        return verb.lemma_.lower() in POLL_FINDINGS and any(
            c.dep_ in SUBJECTS and c.lemma_.lower() in ELECTORATE_WORDS for c in verb.children)
    return False


def near_hittable(tok, lex: VerbLexicon | None) -> bool:
    """With word vectors on: a thing close to the listed things force is done to ("bombed a mall"),
    not a word the lexicon lists as an object of other acts or as an abstraction ("struck a deal")."""
    return lex is not None and lex.near is not None and tok.pos_ == "NOUN" and lex.near.is_near(
        tok.lemma_.lower(), HITTABLE, "physical-targets", lex.listed_objects)


def code_by_parties(a: Action, sources: list[Mention], targets: list[Mention]) -> str:
    """The code once the parties are known: a warning to no one is a pessimistic comment unless
    someone will act; exercises held by several countries are military cooperation; a plea of
    guilt is no appeal; a state charged by a state is accused; parties and parliaments that
    "clash" or "battle" do it in words."""
    lemma = a.tok.lemma_.lower()
    if a.code in ("171", "173") and lemma in ("capture", "seize", "take", "overrun", "retake") and targets \
            and all(t.kind == "place" and a.tok.doc[t.head].dep_ in OBJECTS and a.tok.doc[t.head].head == a.tok
                    for t in targets):
        return "192"        # "Russian forces captured Avdiivka", "M23 rebels seized Goma": a town taken
    if a.code == "080" and lemma in ("withdraw", "pull", "retreat") and sources and \
            all(m.actor.type1 in ("MIL", "REB", "UAF") for m in sources):
        return "0874"       # "Israeli troops withdrew from the town": a military retreat
    if a.code == "080" and lemma in ("withdraw", "pull", "exit", "quit", "leave") and targets and \
            all(t.actor.country == "IGO" for t in targets):
        return "160"        # "pulled out of the UN Human Rights Council": leaving a body cuts relations with it
    if a.code == "0831" and lemma in ("stand", "step") and sources and all(
            m.actor.type1 in ("MIL", "REB", "UAF") or (m.actor.code == m.actor.country and m.actor.country
                                                        and not is_person(m, a.tok.doc)) for m in sources):
        return "087"        # "Iran appeared to be standing down": a state or a force de-escalates; people resign
    if a.code == "173" and lemma == "hold" and any(c.lemma_.lower() in ("hostage", "captive") for c in a.tok.children):
        return "181"        # "two staff members were held hostage": abducted, not arrested
    if lemma in ("plead", "plea") and any(c.lower_ in ("guilty", "innocent", "not") for c in a.tok.children):
        return "016" if any(c.lower_ in ("innocent", "not") for c in a.tok.children) else "015"
    if a.code == "173" and lemma == "charge" and targets and all(
            t.kind == "name" and not t.actor.type1 and t.actor.country for t in targets) \
            and not any(c.dep_ == "pobj" and c.head.lower_ in PLACE_PREPS for t in targets for c in [a.tok.doc[t.head]]):
        return "112"        # "The United States charged Japan with violating GATT rules"
    if a.code[:2] in ("18", "19") and lemma in CLASHING_WORDS and sources:
        doc = a.tok.doc

        def protesting(m: Mention) -> bool:
            return m.head >= 0 and doc[m.head].lemma_.lower() in PROTESTER_WORDS
        if all(protesting(m) for m in sources):
            return "145"    # "protesters clashed with police": a riot
        if all(m.actor.type1 in ("COP", "MIL") for m in sources) and targets and all(protesting(m) for m in targets):
            return "175"    # "police clashed with demonstrators": violent repression
    if a.code[:2] in VIOLENT_ROOTS and lemma in ASSAILING_VERBS and any(p.lower_ == "for" and any(c.dep_ == "pcomp" and c.tag_ == "VBG"
                                                                     for c in p.children)
                                           for p in a.tok.children if p.dep_ == "prep"):
        return "111"        # "attacked the media for maintaining the status quo": blamed, in words
    if a.code[:2] in VIOLENT_ROOTS and lemma in RETORT_VERBS and sources and \
            not any(armed_or_state(m) for m in sources) and not a.pattern.objects and \
            any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in a.tok.children):
        return "111"        # "Trump shot back", "the senator hit back at critics": a retort
    if a.code[:2] == "08" and lemma in ("concede", "admit") and any(c.dep_ == "ccomp" for c in a.tok.children):
        return "010"        # "the administration concedes Rice spoke from flawed talking points": says so
    assailing = lemma in ASSAILING_VERBS or (a.obj is not None and a.obj.lemma_.lower() in ASSAILING_NOUNS)
    if a.code[:2] in VIOLENT_ROOTS and assailing and sources and targets and \
            all(speaks(m, a.tok.doc) for m in sources) and all(speaks(m, a.tok.doc) or (
                m.actor.country in ("IGO", "NGO") and m.actor.type1 not in ARMED_TYPES) for m in targets):
        # "he attacked a federal judge", "the senator slammed the governor", "Trump's attacks on the
        # WHO": in words
        return "111"
    if a.code[:2] in VIOLENT_ROOTS and assailing and sources and not targets and all(
            speaks(m, a.tok.doc) and (m.actor.type1 != "GOV" or named_one(m, a.tok.doc)) for m in sources):
        return "111"        # "Trump's constant attacks", "he's engaging in personal attacks": in words, at no one named
    if a.code[:2] in VIOLENT_ROOTS and any(m.actor.type1 in ("PTY", "LEG") for m in sources + targets) and \
            not any(m.actor.type1 in ("MIL", "REB", "COP", "SPY", "IMG") for m in sources + targets):
        return "111"        # "deepening its clash with the opposition" in parliament
    if a.code == "143" and lemma == "strike" and sources and all(
            m.actor.type1 in ARMED_TYPES or (not m.actor.type1 and m.kind in ("name", "capital") and m.actor.country
                                             not in ("", "IGO", "NGO")) for m in sources):
        return "190"        # "Houthi rebels claimed the strikes", "Israeli strikes on Gaza": no labour strike
    if a.code == "111" and lemma == "come" and a.obj is not None and a.obj.lemma_.lower() != "criticism" and (
            any(m.actor.type1 in ARMED_TYPES for m in sources + targets) or any(
                c.dep_ in SUBJECTS and c.lemma_.lower() in PHYSICAL_TARGETS for c in a.tok.children)):
        return "190"        # "the convoy came under fire from militants": by arms, not in words
    if a.code == "190" and not a.pattern.noun and a.obj is not None and a.obj.lemma_.lower() == "strike" and sources \
            and all(m.actor.type1 in CIVIL_TYPES for m in sources):
        return "143"        # "cabin crew workers have begun a three-day strike": a labour strike, no attack
    if a.code == "190" and lemma == "kill" and not a.pattern.objects and sources and \
            all(m.actor.type1 in ("CRM", "CVL") for m in sources):
        return "1823"       # "the accused pushed him off the terrace, killing him": by assault, not by arms of war
    if a.code == "130" and a.pattern.noun and lemma == "warning" and not targets:
        return "012"        # "sounded a similar warning", "dire warnings from the Treasury": to no one
    if a.code == "130" and a.tok.lemma_.lower() in WARNING_VERBS and (
            not targets or not any(c.dep_ in OBJECTS | {"dative"} for c in a.tok.children)):
        return warning_code(a)      # ("warned that the EC will have a deficit": no one is threatened)
    if a.code == "143" and "boycott" in (a.tok.lemma_.lower(), a.obj.lemma_.lower() if a.obj is not None else "") \
            and sources and all(m.kind in ("name", "capital") and m.actor.type1 in ("", "GOV") and m.actor.country
                                for m in sources):
        return "163"       # "Norway's boycott of South Africa": a state's boycott is an embargo, not a protest
    if a.code == "051" and a.obj is not None and a.obj.lemma_.lower() in ("support", "backing") and \
            lemma in PROMISING and any(c.lemma_.lower() in MATERIAL_WORDS for c in a.obj.children):
        return "033"        # a promise of support is support; of "military support", an intent to give aid
    if a.code[:3] == "154" and a.obj is not None and a.obj.lemma_.lower() in TROOP_NOUNS | {"troop", "soldier"} \
            and any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in HELPING_VERBS for c in a.tok.children):
        return "074"        # "sent troops to help flood victims": protection, aid (07), not a build-up
    if a.code[:2] == "04" and not a.pattern.noun and sources:
        # "NATO peacekeeping troops arrived in Bosnia": a deployment, not a visit
        words = {t.lemma_.lower() for m in sources if m.head >= 0 for t in a.tok.doc[m.head].subtree}
        if words & TROOP_NOUNS:
            return "074" if words & PEACEKEEPING_WORDS else "154"
    if a.code == "150" and a.obj is not None and a.obj.lemma_.lower() in EXERCISE_NOUNS and (
            any(t.kind != "place" for t in targets) or len({m.actor.country for m in sources}) > 1
            or any(c.lower_ == "joint" for c in a.obj.children)):
        return "062"       # "French and Egyptian warships launched war games": exercising together
    return a.code


def trip_at_home(sources: list[Mention], targets: list[Mention]) -> bool:
    """A visit whose only host is a place in the visitor's own country is a trip at home: no
    party is visited or hosts (a city, a state, its capital; not a person, a body or a home)."""
    countries = {m.actor.country for m in sources + targets}
    return bool(sources) and bool(targets) and len(countries) == 1 and not countries & set(NO_COUNTRY) and all(
        t.kind in ("place", "capital") or (t.kind == "name" and t.actor.code == t.actor.country) for t in targets)


def warning_code(a: Action) -> str:
    """"Warned that police will not tolerate rallies" threatens (130); "warned that the dollar could
    fall" or "warned of the dangers" is a pessimistic comment (012)."""
    for clause in (c for c in a.tok.children if c.dep_ == "ccomp"):
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        subject = [c for c in clause.children if c.dep_ in SUBJECTS]
        if aux & FUTURE_AUX | {"would"} and clause.lemma_.lower() not in STATE_VERBS and any(
                s.pos_ in ("PROPN", "PRON") or s.lemma_.lower() in ACTING_NOUNS for s in subject):
            return "130"
    return "012"


def befell(a: Action) -> bool:
    """Harm done by an accident or a disaster, no party's act: "a fire killed 20 people", "a coal
    mine explosion left 20 miners dead", "were killed in an earthquake" (but "rocket fire killed
    three", "a bomb blast killed 20": weapons)."""
    if a.code[:2] not in VIOLENT_ROOTS:
        return False
    causes = [c for c in a.tok.children if c.dep_ in SUBJECTS]
    if not any(c.dep_ == "agent" for c in a.tok.children):
        causes += prep_objects(a.tok, frozenset({"in", "by"}))
    for c in causes:
        mods = {m.lemma_.lower() for m in c.children if m.dep_ in ("compound", "amod")}
        if mods & (WEAPON_NOUNS | WEAPON_FIRE):
            continue
        # (the word itself: "the police firing" is no fire)
        noun = c.lower_ if c.lower_.endswith("ing") else c.lemma_.lower()
        if noun in ACCIDENT_NOUNS or (noun in BLAST_NOUNS and mods & ACCIDENTAL_BLASTS):
            return True
    return False


def events_for(a: Action, finder, sentence: Sentence, lex: VerbLexicon) -> list[Event]:
    if idiom(a) or befell(a) or named_event(a, finder) or a_hand_in(a) or drawing_power(a):
        return []         # (the preposition decides the sense, whoever the parties; an accident is no one's act)
    speaker = speaker_of(a.tok, finder)
    src_heads, extra_targets = source_heads(a, finder)
    # (a doer is not where its subject is: "the war in Iraq provoked dissent" is not Iraq's)
    sources = resolve(src_heads, finder, speaker, NEST_LEVELS, SOURCE_NESTED_PREPS)
    sources = sources or unnamed_sources(a, src_heads, finder, lex)
    if not sources and a.code[:2] == "10" and not a.pattern.noun and any(c.dep_ in SUBJECTS for c in a.tok.children):
        return []         # ("the evidence has put pressure on the Senate": a thing presses no demand)
    target_heads = a.targets if a.frame not in ADDRESSING_FRAMES else extra_targets
    if a.code[:2] in JUDGED_ROOTS:      # "condemned Russia's invasion of Ukraine": the invader is condemned
        # (and the maker of a thing no one is: "blasted the Iran deal negotiated by Obama")
        target_heads = [x for t in target_heads for x in (deed_doers(t, lex) if t.lemma_.lower() in lex.nouns or (
            t.pos_ == "NOUN" and finder.actor_at(t) is None) else []) or [t]]
    owners = a.code[:2] in STRIKING_ROOTS       # ("stormed an army base": the army's)
    targets = resolve(target_heads + ([] if a.frame in ADDRESSING_FRAMES else extra_targets), finder, speaker,
                      NEST_LEVELS, owners=owners)

    # (nor the thing the entry names: "the US sanctions imposed on Iran" are imposed on Iran)
    named_thing = a.obj.i if a.obj is not None and a.pattern.objects and not a.pattern.classed and \
        not (a.pattern.objects & PERSON_NOUNS) else -1

    def others(found: list[Mention]) -> list[Mention]:
        # (neither a source nor the trigger itself: "Moscow's opposition to sanctions" is no opposition party's)
        kept = [t for t in found if t.head != a.tok.i and all(t.head != s.head for s in sources)]
        # (the thing itself, named by its owner, only when no one else is: "eased U.S. restrictions on Cuba")
        others_too = [t for t in kept if t.head != named_thing]
        return others_too if others_too or a.tok.dep_ == "acl" else kept
    targets = others(targets)
    if a.tok.lemma_.lower() in TOPIC_VERBS:
        # "Biden and Zelensky discussed Russia's recent aggressions": with each other, or with whom
        # "with" names, about Russia
        topic = {t.i for o in a.tok.children if o.dep_ in OBJECTS for t in o.subtree}
        targets = [t for t in targets if t.head not in topic]
    # ("pelted them with stones": someone unnamed, not the stones)
    someone = any(h.lower_ in PEOPLE_PRONOUNS for h in target_heads)
    named = a.pattern.text.endswith((NAME_CALLING, PRAISING_NAME))   # (only the one called a name)
    if not targets and a.frame in ADDRESSING_FRAMES:
        # "urged member countries to cut ties with Pyongyang": those asked, named or not, not
        # whom the act asked of them is done to
        targets = addressed_words(target_heads, finder)
    for heads in (fallback_targets(a), complement_targets(a), place_targets(a)):
        if targets or someone or named:
            break
        targets = others(resolve(heads, finder, speaker, NEST_LEVELS, owners=owners))
    if not targets and not a.frame and a.code[:2] in ("02", "10"):
        # ("asked the public for help": those asked, but not what they are asked for: "called for help")
        targets = addressed_words([h for h in target_heads if h.dep_ in OBJECTS and could_act(h)], finder)
    doc = a.tok.doc       # (a capital the entry names the target with is no setting: "arrived in Tehran")
    targets = [t if t.head < 0 or (a.prep_found and doc[t.head].head.lower_ in a.pattern.preps)
               else as_site(t, doc[t.head], finder) for t in without_settings(targets, finder)]
    if a.code[:2] == "04" and a.code not in ("042", "043"):
        # ("talks in Geneva", "the NATO summit in Brussels": where they met, not whom; a visit's
        # place is its host)
        targets = [t for t in targets if t.kind != "place"]
    if a.code[:2] == "04" and targets and all(t.actor.type1 == "MED" for t in targets):
        return []       # ("said in a call with reporters", "met with reporters": speaking to the press)
    weapons = [t for t in targets if t.head >= 0 and a.tok.doc[t.head].lemma_.lower() in WEAPON_NOUNS]
    if weapons and len(weapons) < len(targets):      # "supplying Russia with missiles": Russia, not the missiles
        targets = [t for t in targets if t not in weapons]
    mutual = reciprocal(a) and len(sources) > 1
    if mutual:
        targets = []         # "Ukraine and the separatists accused each other": each the other
    if not targets and named:
        return []     # ("called Covid-19 the biggest threat", "what it called world-beating": no one criticised)
    if not targets and a.pattern.noun and a.tok.lemma_.lower() in STANCE_NOUNS:
        return []     # "Trump's support is locked in", "narrowing his support": a standing, not a deed
    if not targets and not mutual and (other_sense(a, lex) or (len(sources) < 2 and shared_opinion(a))):
        return []
    if campaign_rally(a, sources, targets) or political_offensive(a, sources) or described(a) or \
            support_at_the_polls(a, sources) or poll_finding(a):
        return []
    if a.tok.lemma_.lower() == "go" and not sources and any(c.dep_ in SUBJECTS and c.pos_ != "PRON"
                                                         for c in a.tok.children):
        return []        # "92 percent of union money goes to Democrats", "half the revenue will go to the state"
    if a.code[:2] == "14" and not a.pattern.objects and any(c.dep_ == "ccomp" for c in a.tok.children):
        return []        # "demonstrated that it could reach Guam": showed, no protest
    a.code = code_by_parties(a, sources, targets)
    joint = is_joint(a.pattern.code if a.frame or a.mode == "future" else a.code)   # (what they intend or will do together)
    if len(sources) > 1 and joint:
        doc = a.tok.doc     # "the US and the Philippines signed an agreement in Manila": not with Manila
        targets = [t for t in targets if not (doc[t.head].dep_ == "pobj" and doc[t.head].head.lower_ in PLACE_PREPS)]

    if a.pattern.reverse:
        sources, targets = targets, sources      # "Georgia received weapons from Russia"
    between = resolve([h for w in (a.tok, a.obj) if w is not None for h in prep_objects(w, BETWEEN)],
                      finder, speaker, NEST_LEVELS) if not sources else []
    if len(between) > 1:      # "talks between Russia and Ukraine", "clashes between police and protesters"
        sources, targets = between, []
    if not sources and a.code[:2] == "15" and targets and all(t.actor.type1 in ("COP", "MIL") for t in targets) \
            and any(c.dep_ == "auxpass" for c in a.tok.children):
        sources, targets = targets, []    # "police were deployed in the walled city": the force takes up its posts
    if not sources and a.code[:2] in VIOLENT_ROOTS and not a.mode and not a.negated:
        sources = place_of_attack(a, finder, sentence, src_heads)
    sources, targets = placed_parties(conjoined(sources, finder), conjoined(targets, finder), sentence, finder,
                                      speaker, a.code)
    if a.pattern.code in ("042", "043") and trip_at_home(sources, targets):
        return []        # ("Sessions traveled to Boston", "visited Valdosta, Georgia": no one is visited)
    if not targets and (a.code[:2] == "14" or (a.code[:2] in ("03", "08") and a.obj is not None
                                                and a.obj.lemma_.lower() in PROTEST_NOUNS)):
        targets = own_government(sources)       # ("the union called off its strike": yields to it)
    if all(s.kind == "place" for s in sources):     # ("were arrested in Ahmedabad": by its police)
        sources = implied_authority(a, targets, sentence, finder) or sources
    if not targets:
        targets = unnamed_targets(a, sources, finder, lex)
    # (a police station it was done at is the authority's place, not whom it was done to)
    targets = [t for t in targets if not any(s.kind == "implied" and s.start < t.end and t.start < s.end for s in sources)]
    out = []
    for s, t in pairs(sources, targets, None, joint or mutual or len(between) > 1 or a.tok.lemma_.lower() in MUTUAL_VERBS
                     or (a.frame_tok is not None and a.frame_tok.lemma_.lower() in MUTUAL_VERBS)):
        if s is None and t is None:
            continue
        out.append(Event(doc_id=sentence.doc_id, sentence=sentence, code=a.code, source=s, target=t,
                         trigger=trigger_text(a), negated=a.negated, mode=mode_of(a),
                         evidence=evidence(a, s, t), rule=f"{a.pattern.code} {a.pattern.text}"
                         + (f" [{a.frame}]" if a.frame else "") + (f" [near {a.near:.2f}]" if a.near else "")))
    return out


MAIN_CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "xcomp", "parataxis"}


def evidence(a: Action, s: Mention | None, t: Mention | None) -> dict[str, float]:
    """What an event's coding rests on, as the features of the confidence model."""
    return {**match_evidence(a.code, a.tok, s, t), "specificity": float(a.pattern.specificity),
            "noun": float(a.pattern.noun), "framed": float(bool(a.frame)), "prep_found": float(a.prep_found)}


def match_evidence(code: str, word, s: Mention | None, t: Mention | None) -> dict[str, float]:
    """The features every coded event has: where its word stands, how its actors were found, its
    QuadClass."""
    quad = codebook_entry(code)
    named = ("name", "place")
    return {"bias": 1.0, "main_clause": float(anchor(word).dep_ in MAIN_CLAUSE_DEPS),
            "sentence_root": float(anchor(word).dep_ == "ROOT"),
            "has_source": float(s is not None), "has_target": float(t is not None),
            "source_named": float(s is not None and s.kind in named),
            "target_named": float(t is not None and t.kind in named),
            # (a code, if only a sector's: "police" in a sentence that names no country is COP)
            # (not one placed only by the article's country: ``at_home``)
            "source_coded": float(s is not None and bool(s.actor.code) and s.kind != "homed"),
            "target_coded": float(t is not None and bool(t.actor.code) and t.kind != "homed"),
            "source_inferred": float(s is not None and s.kind not in named),
            **{f"quad{q}": float(quad.quad_class == q) for q in (1, 2, 3, 4)}}


def statement_events(sent, finder, sentence: Sentence, lex: VerbLexicon, coded: set[int],
                     declined: set[int]) -> list[Event]:
    """010 'make statement' events for speech verbs whose speaker is a coded actor; not for one
    whose refusal is coded (``declined``: the refusing verbs)."""
    out = []
    for tok in sent:
        if tok.pos_ == "VERB" and any(f == "say" for f, _ in lex.frames.get(tok.lemma_.lower(), [])):
            if not any(c.dep_ == "ccomp" for c in tok.children) and tok.dep_ not in ("parataxis",):
                continue
            if tok.dep_ == "xcomp" and tok.head.i in declined:
                continue          # "declined to say whether …": the refusal is the event
            heads, _ = subject_heads(tok)
            if not is_negated(tok):
                out.extend(critics_say(tok, heads, finder, sentence))
            for s in resolve(heads, finder, None):
                out.extend(judged_in_speech(tok, s, finder, sentence, coded) +
                           fates_in_speech(tok, s, finder, sentence, coded) if coded_only([s]) else [])
                if not s.actor.country and not named_stranger(s, finder):
                    continue          # "she said", "officials said": a statement by no one we can code
                out.append(Event(doc_id=sentence.doc_id, sentence=sentence, code="010", source=s, target=None,
                                 trigger=tok.text, confidence=STATEMENT_CONFIDENCE, rule="010 say"))
                out.extend(obligation_events(tok, s, finder, sentence, coded))
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in SPEECH_NOUNS:
            # "issued a stern reminder to Iraq that it must cooperate": a demand to Iraq
            for s in resolve(governing_subject(tok), finder, None):
                if s.actor.country:
                    out.extend(obligation_events(tok, s, finder, sentence, coded))
    return out
COMMENT_VERBS = words("comment-verbs")
FRAME_ONLY_CODES = {"appeal": "020", "demand": "100", "refuse": "120"}


def named_stranger(m: Mention, finder) -> bool:
    """A person named by a name no table knows ("said senior strategist Joel Benenson"): their
    statement is kept by their words, with no code (their country is not guessed)."""
    return m.kind == "unnamed" and m.head >= 0 and finder.doc[m.head].pos_ == "PROPN" and \
        finder.doc[m.head].ent_type_ == "PERSON"


def quoted_question(comp, verb) -> bool:
    """"'Have you ever seen …?' asked Bullock": the words asked are a question, not a request."""
    doc = verb.doc
    return comp.i < verb.i and any(t.text == "?" for t in doc[comp.left_edge.i:verb.i])


def frame_events(sent, finder, sentence: Sentence, lex: VerbLexicon, actions: list[Action]) -> list[tuple[int, Event]]:
    """An appeal, demand or refusal whose content the lexicon cannot name is still one: "ordered
    Menem to appear for questioning" (100), "asked Obama to help" (020), "refused to respond" (120).
    Each event comes with its verb's token: what its clause holds is embedded in it."""
    used = {a.tok.i for a in actions} | {a.frame_tok.i for a in actions if a.frame_tok is not None}
    out = []
    for tok in sent:
        if tok.pos_ != "VERB" or tok.i in used:
            continue
        comps = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")
                 and c.i not in used]
        # (a word that frames any clause only as a noun frames only "to …" as a verb: "called to
        # defund the police"; "he always called me 'son'" is no call for anything)
        frame = next((f for c in comps for k in lemma_keys(tok) if (k not in lex.noun_only or c.dep_ == "xcomp")
                      and (f := lex.frame_of(k, clause_kind(c))) in FRAME_ONLY_CODES), None)
        if frame is None:
            # (or a clause opened by "for" with a subject of its own: "pushing for the administration to rescind")
            asked = [c for c in tok.children if for_clause(c) and c.pos_ in ("VERB", "AUX") and c.i not in used]
            if asked:
                comps = asked
                frame = next((f for k in lemma_keys(tok) if (f := lex.frame_of(f"{k}_for", "xcomp"))
                              in ("appeal", "demand")), None)
        if frame is None or is_negated(tok) or is_background(tok) or has_condition(tok) or \
                (frame == "refuse" and tok.lemma_.lower() not in REFUSING):
            continue            # ("failed to win" is no refusal)
        comp = comps[0]
        # (one with no subject of its own speaks through a letter or a motion: "filed a lawsuit asking …",
        # or is the clause's subject's, set off by a comma: "wrote to Boehner, asking him to pass the
        # bill"; "described Trump asking him to …" is not the describer's)
        spoken = (tok.dep_ == "acl" and tok.head.lemma_.lower() in SPEECH_NOUNS | ISSUED_NOUNS) or \
            (tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and tok.nbor(-1).text == ",")
        if comp.lemma_.lower() in PRESS_UNNAMED and any(c.dep_ == "auxpass" for c in comp.children):
            continue            # ("officials, who asked not to be named": the press's trade)
        # (a verb joined to another, or the means "by asking", has the other's subject: "met Putin
        # and asked him to reconsider", "dodges responsibility by asking Congress to tax …")
        shared = tok.dep_ == "conj" or (tok.dep_ == "pcomp" and tok.head.lower_ == "by")
        heads = subject_heads(tok)[0]
        asked_what = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in comp.subtree if t.i < comp.i) or \
            any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in comp.children)
        has_asker = spoken or any(c.dep_ in SUBJECTS for c in tok.children) or (shared and heads)
        if asked_what or not has_asker or (tok.tag_ == "VBN" and tok.dep_ == "advcl") or quoted_question(comp, tok):
            continue            # "asked whether …" is a question; "Asked to comment, X said" names no asker
        addressed = addressed_by(tok) + [c for c in comp.children if c.dep_ in SUBJECTS]
        speaker = speaker_of(tok, finder)
        sources = coded_only(resolve(heads, finder, speaker, NEST_LEVELS)) or unnamed_doers(heads, finder, lex)
        about = addressed if frame != "refuse" else complement_heads(comp)
        targets = [t for t in resolve(about, finder, speaker, NEST_LEVELS) if all(t.head != x.head for x in sources)]
        if not targets and frame == "refuse":      # ("refused to debate the bill passed by the House": its maker)
            targets = [t for t in resolve([x for h in about for x in deed_doers(h, lex)], finder, speaker)
                       if all(t.head != x.head for x in sources)]
        if not targets and frame != "refuse":
            targets = addressed_words(addressed_by(tok), finder)     # ("asked the justices to …": they keep their words)
        code = FRAME_ONLY_CODES[frame]
        if frame == "refuse" and (comp.lemma_.lower() in COMMENT_VERBS or lex.frame_of(comp.lemma_.lower(), "ccomp") == "say"):
            code, targets = "011", []      # "declined to comment", "refused to say": decline comment
        sources, targets = placed_parties(sources, targets, sentence, finder, speaker, code)
        for s, t in pairs(sources, targets, code):
            if s is None:
                continue
            out.append((tok.i, frame_only_event(sentence, code, s, t, f"{tok.text} {comp.text}",
                                                f"{code} [{frame}]", tok)))
    return out


def frame_only_event(sentence: Sentence, code: str, s: Mention, t: Mention | None, trigger: str, rule: str,
                     word) -> Event:
    """An event coded from a framing word alone (a claim, an order, a refusal, an obligation)."""
    return Event(doc_id=sentence.doc_id, sentence=sentence, code=code, source=s, target=t, trigger=trigger, rule=rule,
                 evidence={**match_evidence(code, word, s, t), "framed": 1.0})


STATE_WORDS = words("state-words")
UNREAL_AUX = words("unreal-aux")
WRONGDOING_VERBS = words("wrongdoing-verbs")
JUDGED_IN_SPEECH = "[judged in speech]"     # the text of its rule


def judged_in_speech(speech, speaker: Mention, finder, sentence: Sentence, coded: set[int]) -> list[Event]:
    """What a speaker says someone or someone's deed is ("his pledges are worthless", "Trump's
    rhetoric is not helpful", "the regime is a disgrace"): a judgement of them, criticism (111) or
    praise (051), by the valence in the tone lexicon of the words said of them, as for a name one
    is called (``name_calling``); "not" turns praise into criticism. Words for a condition ("dead",
    "missing": ``state-words``) judge no one."""
    from ..gkg.tone import valences
    valence = valences()
    out = []
    for clause in (c for c in speech.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() == "be"
                   and c.i not in coded):
        if any((c.dep_ == "aux" and c.lower_ in UNREAL_AUX) or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
               for c in clause.children):
            continue        # ("said it would be wrong to …", "asked whether it was fair")
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        said = [c for c in clause.children if c.dep_ in ("acomp", "attr")]
        doers = extraposed_doers(clause, said) if subject is not None and subject.lower_ == "it" else []
        if subject is None or not said or (subject.lower_ in ("it", "this", "that", "there", "what") and not doers):
            continue        # ("it is wrong to …": no one)
        if not doers and any(c.dep_ in ("xcomp", "ccomp", "advcl") for p in said for c in p.children):
            continue        # ("too weak to make concessions", "ready to work with": what they can or will do)
        said_words = [w for p in said for w in [p] + [x for x in p.children if x.dep_ in ("amod", "compound")]]
        scores = [word_valence(w, valence) for w in said_words if w.lemma_.lower() not in STATE_WORDS]
        # (but "is not only an insult to the people, but an affront" says both)
        negated = any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ == "only")
                      for c in [*clause.children, *(x for p in said for x in p.children)])
        code = judgement(scores, negated)
        if code is None:
            continue
        owners = [c for c in subject.children if c.dep_ == "poss"]
        # (not the speaker's own side: "Rwanda was pleased", "Russia is ready")
        targets = [t for t in coded_only(resolve(doers or owners or [subject], finder, speaker)) if t.kind != "place"
                   and t.head != speaker.head and t.actor.code not in (speaker.actor.code, speaker.actor.country)]
        for t in placed_parties([speaker], targets, sentence, finder, speaker, code)[1]:
            out.append(frame_only_event(sentence, code, speaker, t, f"{speech.text} {said[0].text}",
                                        f"{code} {JUDGED_IN_SPEECH}", speech))
    return out


def extraposed_doers(clause, said) -> list:
    """The doers of a deed judged by "it is …" in a clause of its own: "it was unacceptable for the
    lord chancellor to have the role", "it is outrageous that Russia blocked the resolution"; not
    one a deed is done to ("that journalists were arrested"), nor a condition ("if …")."""
    deeds = [c for p in [clause, *said] for c in p.children if c.dep_ in ("ccomp", "advcl")
             and any(m.dep_ == "mark" and m.lower_ in ("that", "for") for m in c.children)]
    return [x for d in deeds for x in d.children if x.dep_ == "nsubj"]


CRITIC_NOUNS = words("critic-nouns")
CONCEDING_VERBS = words("conceding-verbs")


def critics_say(speech, heads: list, finder, sentence: Sentence) -> list[Event]:
    """What critics say is criticism (111) of the one they are critics of ("Mr. Rubio's critics say
    he was posturing", "critics of the president say …") or else of the one their words are about
    ("critics say Mrs. Clinton has fallen far short"); when their words are about no one ("critics
    say the law gives agencies wide latitude"), no one named is criticised; nor in what they grant
    (``conceding-verbs``)."""
    if speech.lemma_.lower() in CONCEDING_VERBS:
        return []
    out = []
    for critics in (h for h in heads if h.lemma_.lower() in CRITIC_NOUNS):
        of = [c for c in critics.children if c.dep_ == "poss"] + prep_objects(critics, frozenset({"of"}))
        about = [x for clause in speech.children if clause.dep_ in ("ccomp", "parataxis")
                 for x in clause.children if x.dep_ == "nsubj"]
        about = [o for x in about for o in ([c for c in x.children if c.dep_ == "poss"] or [x])]
        # (critics no table knows are people all the same, placed as any: ``at_home``)
        for s in resolve([critics], finder, None) or [finder.mention(critics, finder.own_tokens(critics), Actor(
                code="", name=critics.lemma_.lower()), "unnamed")]:
            targets = [t for t in coded_only(resolve(of or about, finder, s)) if t.kind != "place"
                       and t.head != s.head and t.actor.code not in (s.actor.code, s.actor.country)]
            sources, targets = placed_parties([s], targets, sentence, finder, s, "111")
            out.extend(frame_only_event(sentence, "111", source, t, speech.text, "111 [critics say]", speech)
                       for source in sources for t in targets)
    return out


def fates_in_speech(speech, speaker: Mention, finder, sentence: Sentence, coded: set[int]) -> list[Event]:
    """What a speaker says someone did or will undergo, by the verb of the clause said: a wrong no
    event names is criticism of its doer (111: "said Obama had misled the public", "said the
    administration betrayed its allies": ``wrongdoing-verbs``; "said the government had failed to
    protect them": a duty not done), as one who says what someone is
    judges them (``judged_in_speech``); "will pay dearly" or "will pay a price" is a threat to the
    one who will pay (130: "Hamas said Israel will pay dearly for the assault"; but "consumers will
    pay the price" bear a cost). Not when it is denied, hypothetical, or what one tried to do."""
    out = []
    for clause in (c for c in speech.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB"
                   and c.i not in coded):
        parts = list(clause.children)
        failed = clause.lemma_.lower() == "fail" and any(
            c.dep_ == "xcomp" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in parts)
        if any(c.dep_ == "neg" or (c.dep_ == "xcomp" and not failed) or (c.dep_ == "mark" and c.lower_ in ("if", "whether"))
               for c in parts):
            continue
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | {"would", "\u2019ll"} for c in parts)
        if (failed or clause.lemma_.lower() in WRONGDOING_VERBS) and not any(
                c.dep_ == "aux" and c.lower_ in UNREAL_AUX for c in parts):
            code, rule = "111", f"111 {JUDGED_IN_SPEECH}"
        elif clause.lemma_.lower() == "pay" and future and any(
                (c.dep_ == "advmod" and c.lower_ == "dearly") or (c.dep_ in OBJECTS and c.lemma_.lower() == "price"
                                                                   and not any(d.lower_ == "the" for d in c.children))
                for c in parts):
            code, rule = "130", "130 [retribution]"
        else:
            continue
        parties = [t for t in coded_only(resolve([c for c in parts if c.dep_ in SUBJECTS], finder, speaker))
                   if t.kind != "place" and t.head != speaker.head and t.text != speaker.text]
        for t in placed_parties([speaker], parties, sentence, finder, speaker, code)[1]:
            out.append(frame_only_event(sentence, code, speaker, t, f"{speech.text} {clause.text}", rule, speech))
    return out


def obligation_events(speech, speaker: Mention, finder, sentence: Sentence, coded: set[int]) -> list[Event]:
    """A demand or appeal for an obligation the lexicon cannot name ("must ensure security")."""
    out = []
    for clause in (c for c in speech.children if c.dep_ in ("ccomp", "acl") and c.i not in coded):
        frame = obligation_frame(clause)
        if frame is None:
            continue
        code = {"demand": "100", "appeal": "020"}[frame]
        subjects = [x for x in clause.children if x.dep_ in SUBJECTS and x.pos_ != "PRON"]
        addressed = subjects or prep_objects(speech.head if speech.pos_ == "NOUN" else speech,
                                             frozenset({"to"})) + [x for x in clause.children if x.dep_ in SUBJECTS]
        for t in (localize(m, [speaker], sentence, finder, speaker, code) for m in resolve(addressed, finder, speaker)):
            if t.actor.code != speaker.actor.code:
                out.append(frame_only_event(sentence, code, speaker, t, f"{speech.text} {clause.text}",
                                            f"{code} [{frame}]", speech))
    return out


def stance_of_no_one(a: Action, e: Event) -> bool:
    """Support or opposition a noun names with no one holding it is a measure of opinion, not an
    act: "support for a King holiday grew", "averaged support for Biden and Trump in the polls"."""
    return a.pattern.noun and e.source is None and (e.code[:2] == "05" or e.code == "110")


def code_sentence(sent, finder, lex: VerbLexicon, sentence: Sentence) -> list[Event]:
    """All events of one parsed sentence."""
    sent = list(sent)          # the tokens, made once (a Span makes new Token objects on each pass)
    actions = [frame_action(a, lex) for a in find_actions(sent, lex)]
    actions = [a for a in actions if a is not None]
    frames = {w.i for a in actions for w in (a.frame_tok, a.stance_tok) if w is not None}
    coded = [(a, events_for(a, finder, sentence, lex)) for a in actions if a.tok.i not in frames]
    coded += [(a, accusation(a, found, finder, sentence)) for a, found in list(coded)]
    # ("threatened [to attack]": the framed action stands for the frame verb)
    events = [e for a, found in share_targets(coded) for e in found
              if not purpose_of_protest(a, actions) and not (e.code[:2] == "04" and e.target is None)
              and not stance_of_no_one(a, e)]
    framed = frame_events(sent, finder, sentence, lex, actions)
    events.extend(e for _, e in framed)
    statements = statement_events(sent, finder, sentence, lex, {a.tok.i for a in actions},
                                  {i for i, e in framed if e.code == "011"})
    obligations = {t.i for t in sent if t.dep_ == "ccomp" and obligation_frame(t)} \
        if any(e.code[:2] in ("02", "10") for e in statements) else set()
    mark_embedded(coded, obligations | {i for i, _ in framed})
    events.extend(statements)
    if any(e.mode in ("", "future") and e.source is not None for e in events if not e.code.startswith("01")):
        # "X said Y attacked Z" reports the attack: the saying is no event of its own, nor is
        # "announced" in "Italy announced a suspension of air links"; but a reported act no one
        # is named for leaves the saying ("a deal would threaten Israel, Netanyahu declared")
        events = [e for e in events if e.code != "010"]
    if asks(sent):
        for e in events:        # "Did a Chinese ship deliver oil to North Korea?" tells no fact
            e.mode = e.mode or "hypothetical"
    for e in events:
        if e.evidence:
            e.evidence["events_in_sentence"] = float(len(events))
            e.confidence = probability(e.evidence)
    meetings = [e for e in events if e.code[:2] == "04" and e.source is not None and e.target is not None]
    if meetings:
        finder.last_meeting, finder.meeting_sentence = (meetings[-1].source, meetings[-1].target), finder.sentence_no
    return dedupe(events)


def coordinated(a: Action, b: Action) -> bool:
    x, y = anchor(a.tok), anchor(b.tok)
    return x == y or (x.head == y and x.dep_ in ("conj", "advcl")) or (y.head == x and y.dep_ in ("conj", "advcl"))


def share_targets(coded: list[tuple[Action, list[Event]]]) -> list[tuple[Action, list[Event]]]:
    """Coordinated actions of one source share a target ("China has shown support and declared
    friendship with its neighbour, providing a lifeline": all three go to the neighbour)."""
    out = []
    for a, events in coded:
        if events and all(e.target is None for e in events):
            # (force takes its target only from force: "declared martial law, accusing the
            # opposition" imposes it on no one named)
            forceful = codebook_entry(events[0].code).quad_class == 4
            # (not from an event named inside this one: "vowed revenge for [the killing] of Haniyeh")
            donor = next((e for b, found in coded if b is not a and coordinated(a, b)
                          and not (b.pattern.noun and anchor(b.tok) == a.tok) for e in found
                          if e.target is not None and e.source is not None and events[0].source is not None
                          and e.target.head != a.tok.i
                          and e.source.actor.code == events[0].source.actor.code
                          and (not forceful or codebook_entry(e.code).quad_class == 4 or object_raised(a, b))), None)
            if donor is not None:
                for e in events:
                    e.target = donor.target
                    e.evidence.update(has_target=1.0, target_coded=float(bool(donor.target.actor.code)))
        out.append((a, events))
    return out


def object_raised(a: Action, b: Action) -> bool:
    """Whether two verbs joined by "and" share the object the second has: "arrested and charged
    three men" (the first has none of its own)."""
    return b.tok.dep_ == "conj" and b.tok.head == a.tok and not any(c.dep_ in OBJECTS for c in a.tok.children)


def dedupe(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.code, e.source.actor.code if e.source else "", e.target.actor.code if e.target else "",
               e.source.head if e.source else -1, e.target.head if e.target else -1)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def asks(sent: list) -> bool:
    """Whether a sentence is a question: it ends with a question mark (quotes aside)."""
    words = [t for t in sent if not t.is_space and t.text not in ('"', "'", "”", "’", ")")]
    return bool(words) and words[-1].text == "?"
