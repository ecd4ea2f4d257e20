"""Arguments: the source and target of an action, from the parse — subject, passive agent, object,
prepositional objects, compound subjects, the parties of nominal events — resolved to actors and
placed in a country where the sentence or article gives one."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..records import Actor, Mention, Sentence
from .actors import GROUP_NOUNS, PLACE_NOUNS, np_tokens, quote_opened
from .frames import CAUSING_VERBS, CIRCUMSTANCE_PREPS, COOPERATIVE_ROOTS, ISSUED_NOUNS, SPEECH_NOUNS, effort_to, for_clause
from .repair import OBJECTS, REPORTING_VERBS, SUBJECTS, acting_heads, could_act
from .syntax import FORCE_NOUNS, HARM_VERBS, INHERIT_SUBJECT, PEOPLE_PRONOUNS, kept_from, reduced_passive, LIGHT_VERB_CLIMB, PASSIVE_SUBJECTS, STATE_PARTICIPLES, agent_of, anchor, hands_of, named_owners, sufferers, has_condition, passive_target, prep_objects, with_conjuncts
from .triggers import Action, FRAME_NOUNS, at_the_bidding, MEETING_NOUNS, NOUN_TARGET_PREPS, OBSERVING_VERBS
from .words import people_nouns, words

VERB_TARGET_PREPS = words("verb-target-preps")
COOPERATING_ROOTS = {"03", "04", "05", "06"}     # (whose "on" names a topic: "an agreement on trade")
OBJECT_TARGET_PREPS = words("object-target-preps")
BENEFICIARY_PREPS = words("beneficiary-preps")
BENEFIT_ROOTS = {"03", "05", "07"}
PLACE_PREPS = words("place-preps")
PLACE_TARGET_ROOTS = {"03", "04", "05", "07", "08", "13", "14", "15", "16", "17", "18", "19", "20"}
# Frames whose actor asks, orders or lets another act: the one addressed is the target.
ADDRESSING_FRAMES = ("appeal", "demand", "permit")
ADDRESSED_ROOTS = {"02", "10", "11", "12", "13"}
NESTED_PREPS = words("nested-preps")
REASON_NOUNS = words("reason-nouns")
REASON_PREPS = words("reason-preps")
NEST_LEVELS = 3
SOURCE_NESTED_PREPS = words("source-nested-preps")
PARTITIVE_WORDS = words("partitive-words")
PARTITIVE_PREPS = frozenset({"in", "among"})     # ("many in the GOP", "some among the rebels")
ADDRESSEE_PREPS = words("addressee-preps")
CLAIM_PREPS = words("claim-preps")
SPEAKER_PRONOUNS = words("speaker-pronouns")
JUDGING_VERBS = words("judging-verbs")
PERSON_OBJECT_ROOTS = {"08", "17", "18"}   # yielding, coercing, assaulting: done to the object
FIGHTING_ROOTS = {"19", "20"}       # and fighting, when the object is someone ("fought rebels"; not "fired artillery")
# hosting, complaining to, rejecting, threatening, releasing, expelling, coercing, assaulting:
# the object is who it is done to, so an object that names an actor itself ("hosted the French
# president", "summoned the German ambassador") is the target, whole
FORCE_ROOTS = {"17", "18", "19", "20"}      # coercing, assaulting, fighting, mass violence
PATIENT_OBJECT_ROOTS = {"04", "08", "11", "12", "13", "16", "17", "18"}
# praising, disapproving, rejecting, protesting: a deed's doer is the one judged
JUDGED_ROOTS = {"05", "11", "12", "14"}
REVENGE_NOUNS = words("revenge-nouns")
QUANTITY_NOUNS = words("quantity-nouns")
DISPLAY_NOUNS = words("display-nouns")
FRAMER_PREPS = frozenset({"from", "by"})       # who makes a demand or an appeal a noun names
COUNTERING_VERBS = words("countering-verbs")
TOPIC_VERBS = words("topic-verbs")
ASKING_AND_JUDGING_ROOTS = {"02", "10", "11", "12"}     # appeals, demands, disapproval, rejection
VISITING_CODES = {"042", "043", "036"}     # visits, hosting, and the intent to meet or visit
OWNED_THINGS = words("owned-things")
# codes in the country field that name no country: international bodies, NGOs, militant networks
NO_COUNTRY = ("", "IGO", "NGO", "IMG", "WST", "EUR")     # (nor is a region one: "the West")
# parties no earlier words name, kept by their words: pronouns for people ("oppose them" is as
# often bills as people) and words for people or bodies that name no sector
UNRESOLVED_DOERS = frozenset({"he", "she", "they"})
UNRESOLVED_PARTIES = UNRESOLVED_DOERS | {"him", "her"}
OWNING_PRONOUNS = frozenset({"his", "her"})     # (of a person's word or deed: "denied his appeal")
BODY_NOUNS = words("body-nouns")
PEOPLE_WORDS = words("people-words")
RELATION_WORDS = words("relation-words")
RECEIVING_VERBS = words("receiving-verbs")
HOLDING_VERBS = words("holding-verbs")
UNDERGOER_NOUNS = words("undergoer-nouns")
INSTITUTION_NOUNS = words("institution-nouns")
UNDERGOING_SECTORS = {"CVL", "REF"}
INQUIRY_NOUNS = words("inquiry-nouns")
INQUIRING_SECTORS = {"COP", "JUD", "LEG", "SPY"}     # bodies whose name before an inquiry makes it theirs
DOER_ADJECTIVES = words("doer-adjectives")
WORLDWIDE = words("worldwide")
GIVER_PREPS = frozenset({"from", "by", "of"})
REFLEXIVES = words("reflexives")


# ---------------------------------------------------------------- step 3: actors

def frame_subject(frame_tok) -> list:
    """Who frames an action: the subject of a framing verb, or the owner of a framing noun
    ("its demand that …") or the subject of the verb that governs it ("reiterated its demand")."""
    if frame_tok.pos_ not in ("NOUN", "PROPN"):
        return subject_heads(frame_tok)[0]
    owner = [c for c in frame_tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    # ("under pressure from the Israeli government to veto": the government presses; "its demand":
    # the subject it stands for)
    return owner or prep_objects(frame_tok, FRAMER_PREPS) or governing_subject(frame_tok)


def governing_subject(tok) -> list:
    """The subject of the verb a noun is the object of ("launched [an attack]", "reiterated [its
    demand]", "took part in [talks]", "speaking prior to [a meeting]"); not of a verb further up
    ("battled the effects of the attacks")."""
    for _ in range(LIGHT_VERB_CLIMB):
        if tok.head == tok or (tok.pos_ == "ADJ" and tok.lemma_.lower() not in DOER_ADJECTIVES):
            break         # ("are proportionate to [the threat]": no one's; but "responsible for [the killings]")
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in OBJECTS | {"pobj", "attr", "conj", "compound", "appos"} \
                | PASSIVE_SUBJECTS:
            break
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() not in FRAME_NOUNS | QUANTITY_NOUNS | DISPLAY_NOUNS:
            break          # "the effects of [the attacks]"; but "a package of [sanctions]", "a show of [support]"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return subject_heads(tok)[0]
    return []


def subject_heads(tok, depth: int = 0) -> tuple[list, bool]:
    """Subject heads of a verb (following xcomp/conj/advcl up to a subject) and whether passive."""
    if reduced_passive(tok):         # ("3 people shot, 1 killed": they were shot)
        return agent_of(tok), True
    subj = [c for c in tok.children if c.dep_ in SUBJECTS]
    # ("the Red Cross operating in Iraq said": a participle read as the subject, with its own)
    subj = [next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i), c) if c.tag_ == "VBG" else c
            for c in subj]
    if tok.dep_ == "relcl" and any(c.tag_ in ("WP", "WDT") or c.lower_ == "that" for c in subj):
        subj = [tok.head]       # "rebels who attacked the town": the rebels
    if subj:
        return subj, False
    passive = [c for c in tok.children if c.dep_ in PASSIVE_SUBJECTS]
    if passive and tok.lemma_.lower() in STATE_PARTICIPLES and not any(c.dep_ == "agent" for c in tok.children):
        return passive, False       # "Israel is opposed to …", "Vietnam is committed to …": a stance
    if passive:
        # ("was [shot] and killed by police": the agent the passives share)
        return agent_of(tok) or next((found for c in tok.conjuncts if c.tag_ == "VBN" and (found := agent_of(c))), []), True
    if tok.dep_ == "conj" and any(c.dep_ == "auxpass" for c in tok.children):
        return agent_of(tok), True      # "people surrendering or being [shot]": the shot ones
    if tok.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        return agent_of(tok), True       # "is expected to be [arrested] by police"
    if tok.dep_ == "xcomp" and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
        return agent_of(tok), True       # "were found [hacked] to death", "got [arrested]": done to them
    if tok.dep_ == "conj" and participle_form(tok) and any(c.dep_ == "auxpass" for c in tok.head.children) \
            and not any(c.dep_ in OBJECTS and c.ent_type_ not in AMOUNT_TYPES for c in tok.children):
        # "was shot and [killed] by police", "was sentenced and [fined] $9 million"
        return agent_of(tok) or agent_of(tok.head), True
    if tok.dep_ == "acl" and tok.tag_ == "VBN":      # "civilians killed by troops": passive
        return agent_of(tok), True
    if tok.dep_ == "relcl" and any(c.dep_ == "auxpass" for c in tok.children):
        return agent_of(tok), True      # "the first journalist to be [killed] in the war": killed, not killing
    if tok.dep_ == "advcl" and tok.tag_ == "VBN":    # "Pressed for comment, Reagan said": Reagan was pressed
        return agent_of(tok), True
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in SPEECH_NOUNS | ISSUED_NOUNS:
        # "issued a declaration demanding …": whoever issued it demands
        return governing_subject(tok.head) or [tok.head], False
    if tok.dep_ in ("relcl", "acl") and effort_to(tok):
        # "has taken steps to ease": the one who takes them; "Sununu's move to endorse Haley": his
        owner = [c for c in tok.head.children if c.dep_ == "poss"]
        return owner or governing_subject(tok.head), False
    if tok.dep_ in ("relcl", "acl") and depth < 4:
        return [tok.head], False
    if tok.dep_ == "pcomp" and any(c.dep_ == "auxpass" for c in tok.children):
        return agent_of(tok), True      # "died after being [detained] by police": the police detained her
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and depth < 4:   # "were involved in [fighting]"
        verb = tok.head.head
        # ("accused Rwanda of [supporting]", "prevented the protesters from [marching]": those accused or kept)
        objects = [c for c in verb.children if c.dep_ in OBJECTS] if verb.lemma_.lower() in JUDGING_VERBS or kept_from(tok) else []
        # ("three men were booked for [assaulting] a constable": the men)
        objects = objects or [c for c in verb.children if c.dep_ == "nsubjpass" and tok.head.lower_ in ("for", "of", "with")]
        return (objects, False) if objects else subject_heads(verb, depth + 1)   # "accused Rwanda of [supporting]"
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in CAUSING_VERBS:
        objects = [c for c in tok.head.children if c.dep_ in OBJECTS and c.i < tok.i]
        if objects:        # "prompting Armenia to appeal": Armenia appeals
            return objects, False
    if tok.dep_ in INHERIT_SUBJECT and tok.head != tok and depth < 4:
        heads, passive = subject_heads(tok.head, depth + 1)
        if passive and (tok.dep_ == "xcomp" or (tok.dep_ == "conj" and tok.tag_ != "VBN")):
            # "Obama is scheduled to attend", "was indicted by the court and will resign": the
            # one the passive is about does the next act, not its agent
            return [c for c in tok.head.children if c.dep_ in PASSIVE_SUBJECTS], False
        return heads, passive
    return [], False


def participle_form(tok) -> bool:
    """A past participle, or a past tense the parser could not tell from one ("were produced in
    court and [remanded]": "-ed" is both)."""
    return tok.tag_ == "VBN" or (tok.tag_ == "VBD" and tok.lower_.endswith("ed"))


BY_PREPS = frozenset({"by"})
AMOUNT_TYPES = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT", "DATE"})   # (what a fine or a term comes to)
# Roots whose event noun names its doer after "from" ("a visit from Lavrov", "sanctions from the EU";
# not "withdrawal from")
FROM_SOURCE_ROOTS = {"01", "02", "03", "04", "05", "06", "07", "10", "11", "12", "13", "14", "16"}


def struck_towns(a: Action, finder) -> list:
    """The towns that name an act of violence ("the Brussels attacks", "the Mumbai bombings"):
    where it happened, not who did it."""
    if a.code[:2] not in ("18", "19", "20"):
        return []
    kinds = [(c, finder.hits[c.i].entry.kind if c.i in finder.hits else "") for c in a.tok.children
             if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return [c for c, kind in kinds if kind != "country" and (kind == "capital" or c.ent_type_ in ("GPE", "LOC", "FAC"))]


def noun_event_source(a: Action, finder, towns: list) -> list:
    """Source of a nominal event: its possessor/modifier, else the governing verb's subject —
    unless that verb only tells of the event ("estimated the destruction", "feared an attack").
    ``towns``: the towns that name it (``struck_towns``), never its doer."""
    if towns and not any(c.dep_ == "poss" or c.dep_ == "amod" for c in a.tok.children):
        return []       # "died in the Brussels attacks": the victims are no attackers
    never = towns + opposed_in(a.tok)
    own = [c for c in a.tok.children if (c.dep_ in ("poss", "nmod", "compound") or (c.dep_ == "amod" and (
        c.i not in finder.hits or finder.hits[c.i].entry.kind != "role"))) and not undergoing_role(c, finder)
        and c not in never]
    # ("military aid" is no military's; a "prisoner swap" is no prisoners' act)
    if any(finder.actor_at(c) for c in own):
        return own
    # "the arrest of the leader by Turkish police"; "condemnation from Western powers", "aid from Japan"
    # (named in the phrase, whatever the verb around it: "the visit by the minister was seen as …")
    agents = prep_objects(a.tok, BY_PREPS if a.code[:2] not in FROM_SOURCE_ROOTS else BY_PREPS | {"from"}) + hands_of(a.tok)
    # (the parser often hangs "by" on the one it was done to: "the arrest of the leader by police")
    agents = agents or [x for o in prep_objects(a.tok, frozenset({"of"})) for x in prep_objects(o, frozenset({"by"}))]
    # ("objections made by member states"; a word voiced or made, wherever the parser hangs the
    # participle in the phrase: "criticism of rises in West German interest rates voiced by Baker")
    agents = agents or [o for v in a.tok.subtree if v.dep_ == "acl" and v.tag_ == "VBN" and (
        v.head == a.tok or v.lemma_.lower() in UTTERING_PARTICIPLES)
        for c in v.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"][:1]
    # ("the threats of the Zionist regime against Iran('s facilities)": a word or a threat with
    # "against" naming whom it is aimed at, wherever the parser hangs it, has its doer after "of";
    # not a deed done to someone: "the arrest of members against the wishes of their families")
    doers = prep_objects(a.tok, frozenset({"of"})) if a.code[:2] in OF_DOER_ROOTS else []
    agents = agents or (doers if any(prep_objects(x, frozenset({"against"})) for x in [a.tok, *doers]) else [])
    if any(finder.actor_at(c) for c in agents):
        return agents
    guests = meeting_guests(a)
    if guests:
        return guests
    verb = anchor(a.tok)
    shown = a.tok.dep_ == "pobj" and a.tok.head.lower_ == "of" and a.tok.head.head.lemma_.lower() in DISPLAY_NOUNS
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in OBSERVING_VERBS | COUNTERING_VERBS and not shown:
        return []      # ("police thwarted an attack": not the police's attack; but "marking a show of support")
    if verb.lemma_.lower() in CAUSING_VERBS and a.tok.dep_ in OBJECTS:
        return []        # "the arrest sparked protests": who protested is not said
    if a.tok.dep_ == "pobj" and (a.tok.head.lower_ in CIRCUMSTANCE_PREPS or (
            a.tok.head.lower_ == "on" and a.tok.head.head.pos_ == "NOUN")):
        # "refused to hold elections despite mass protests", "imposed a blackout on the withdrawal":
        # not the subject's protests or withdrawal (but "went on strike" is the subject's)
        return []
    # ("Obama said his meeting with Putin was useful": he, whom the pronoun is resolved to, where
    # no verb's subject holds the event: "Serbs said their forces completed their withdrawal")
    return governing_subject(a.tok) or [c for c in own if c.tag_ == "PRP$"]


UTTERING_PARTICIPLES = words("uttering-participles")
OF_DOER_ROOTS = frozenset({"10", "11", "12", "13"})     # demands, disapproval, rejection, threats


def meeting_guests(a: Action) -> list:
    """Who is expected, invited or due somewhere for talks holds them ("the minister is expected
    here on Friday for talks with his Algerian counterpart")."""
    if a.code[:2] != "04" or a.tok.dep_ != "pobj" or a.tok.head.lower_ != "for":
        return []
    verb = a.tok.head.head
    return [c for c in verb.children if c.dep_ in PASSIVE_SUBJECTS] if verb.pos_ in ("VERB", "AUX") else []


def opposed_in(noun) -> list:
    """What an "anti-" modifier names is what the act is against ("anti-China riots in Vietnam"),
    never its doer."""
    doc = noun.doc
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and c.i >= 2
            and doc[c.i - 1].text == "-" and doc[c.i - 2].lower_ == "anti"]


def source_heads(a: Action, finder) -> tuple[list, list]:
    """(source heads, extra target heads) for an action, following passives and frames."""
    if a.pattern.noun:
        own = [c for c in a.tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        if a.frame_tok is not None and a.frame in ("intent", "refuse", "threaten", "consider"):
            return frame_subject(a.frame_tok), own
        if a.frame_tok is not None and a.frame in ADDRESSING_FRAMES:
            verb = anchor(a.tok)
            asked = [c for c in verb.children if c.dep_ in SUBJECTS] \
                if verb != a.frame_tok and verb != anchor(a.frame_tok) else []
            if not asked and verb != a.frame_tok:
                # ("called on Obama to remove his veto threat", "a message asking the Senate to end
                # the probe": the one asked)
                asked = [c for c in addressed_by(a.frame_tok) if c.i != a.tok.i]
            # "demanded that the US match the EU's support": the US; "called for the resignation
            # of the prime minister": the one asked is the noun's owner
            return frame_subject(a.frame_tok), asked or own + prep_objects(a.tok, frozenset({"of"}))
        askers = prep_objects(a.tok, frozenset({"of"}))
        if askers and a.code[:2] in ("02", "10") and at_the_bidding(a.tok):
            # "at the request of the Afghan government, Pakistan freed the prisoners": the one
            # named after "of" asked it of the one who did it
            return askers, governing_subject(a.tok)
        receiver = receiving_verb(a.tok)
        if receiver is not None:      # "won the backing of the EU": the EU backs the one who won it
            givers = [c for w in (a.tok, receiver, *(c for c in receiver.children if c.dep_ in OBJECTS))
                      for c in prep_objects(w, GIVER_PREPS) if c.i != a.tok.i]
            # ("Russia's invasion of Ukraine drew sanctions": the owner of the deed draws them)
            takers = [next((c for c in h.children if c.dep_ == "poss"), h) for h in subject_heads(receiver)[0]]
            return [c for c in own if c.dep_ == "poss"] + givers, takers
        victims = sufferers(a.tok)
        if victims:                   # "five soldiers died in a Taliban ambush": the Taliban's, on them
            towns = struck_towns(a, finder)      # ("died in the Brussels attacks": no attackers)
            # (and "the embassy bombing" was done to the embassy: a common noun before it is a force)
            doers = [c for c in own if c not in towns and (c.dep_ == "poss" or (c.dep_ == "amod" and c.i in finder.hits)
                                                           or c.pos_ == "PROPN" or c.lemma_.lower() in FORCE_NOUNS)]
            return [c for c in doers if not undergoing_role(c, finder)] + prep_objects(a.tok, BY_PREPS) + \
                hands_of(a.tok), victims
        if a.tok.dep_ == "pobj" and a.tok.head.lower_ == "under" and a.tok.head.head.pos_ in ("VERB", "AUX"):
            # "Williams is under federal investigation", "under investigation by the FBI", "under
            # police investigation": the subject undergoes it, by the body before it or after "by"
            own = [c for c in a.tok.children if c.dep_ in ("poss", "compound", "amod", "nmod") and finder.actor_at(c)]
            return own + prep_objects(a.tok, BY_PREPS | {"from"}) + hands_of(a.tok), \
                [c for c in a.tok.head.head.children if c.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
        undergoes = undergoer(a, finder)
        if undergoes:                 # "Navalny's arrest": done to him, by whoever "by" names
            return prep_objects(a.tok, BY_PREPS) + hands_of(a.tok), undergoes
        towns = struck_towns(a, finder)
        return noun_event_source(a, finder, towns), towns + opposed_in(a.tok)
    heads, passive = subject_heads(a.tok)
    extra = passive_target(a.tok) if passive else []
    if passive and not extra and a.tok.dep_ in ("conj", "xcomp"):
        # (the subject the passive shares with its verb: "was shot and [killed] by police",
        # "is expected to be [arrested]", "tried to get [released]")
        extra = passive_target(a.tok.head) or subject_heads(a.tok.head)[0]
    if not heads and a.tok.dep_ == "acl" and a.tok.tag_ == "VBN" and a.obj is not None and a.obj.i == a.tok.head.i:
        heads = named_owners(a.obj)     # ("a World Bank loan made to Argentina": the bank's)
    if a.tok.dep_ == "acl" and a.frame in ("intent", "refuse", "threaten", "consider") and a.frame_tok is not None:
        # "rejected a US offer [to host] a summit": the refuser refuses; the offer's owner is the other side
        return frame_subject(a.frame_tok), [c for c in a.tok.head.children if c.dep_ in ("poss", "compound", "amod")]
    if a.frame in ADDRESSING_FRAMES and a.frame_tok is not None:
        frame_subj = frame_subject(a.frame_tok)
        addressee = addressed_by(a.frame_tok)
        if a.addressee_is_subject or (not addressee and (a.tok.dep_ in ("ccomp", "acl") or for_clause(a.tok))):
            # "demanded that Israel withdraw", "said Sudan must return"
            addressee = [c for c in a.tok.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"] or addressee
        if not addressee and a.frame_tok.pos_ == "NOUN" and prep_objects(a.frame_tok, FRAMER_PREPS):
            # "the White House, under pressure from Israel to veto the resolution": the one pressed
            addressee = governing_subject(a.frame_tok)
        if not addressee and a.frame_tok.pos_ == "NOUN":   # "issued a reminder to Iraq that it must …"
            addressee = prep_objects(a.frame_tok.head, frozenset({"to"})) + \
                [c for c in a.tok.children if c.dep_ in SUBJECTS]
        return frame_subj, addressee
    if not heads and a.frame_tok is not None:
        heads = frame_subject(a.frame_tok)
    return heads, extra


def receiving_verb(noun):
    """The verb of receiving whose object names an event ("won [the backing] of the EU",
    "secured pledges of [support] from Germany"), if any."""
    t = noun
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in OBJECTS:
        t = t.head.head
    verb = t.head
    if t.dep_ in OBJECTS and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in RECEIVING_VERBS:
        return verb
    if t.dep_ in OBJECTS and verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in HOLDING_VERBS and \
            any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in noun.children):
        return verb      # "has the support of 37 percent of voters" (but "had talks with Putin" is no gift)
    return None


def undergoer(a: Action, finder) -> list:
    """The person an act named by a noun is done to, when that person owns the noun and nothing
    follows "of" ("Navalny's arrest", "the Khashoggi murder", "the minister's impeachment"); a body
    acting as one owns its acts ("the regime's executions", "police killings")."""
    if prep_objects(a.tok, frozenset({"of", "into"})):
        return []
    if a.tok.lemma_.lower() in INQUIRY_NOUNS:
        # "the Russia probe", "the Cohen investigation": what is looked into, unless the name is
        # of a body that looks into things ("the FBI probe", "a Senate inquiry")
        return [c for c in a.tok.children if c.dep_ == "compound" and (c.ent_type_ == "PERSON" or c.i in finder.hits)
                and not inquirer(finder.actor_at(c))]
    if a.tok.lemma_.lower() not in UNDERGOER_NOUNS:
        return []
    return [c for c in a.tok.children if c.dep_ in ("poss", "compound") and individual(c, finder)]


def inquirer(m: Mention | None) -> bool:
    """Whether an actor is a body that looks into things: police, courts, legislatures,
    intelligence, international organisations."""
    return m is not None and (m.actor.type1 in INQUIRING_SECTORS or m.actor.type2 in INQUIRING_SECTORS
                              or bool(m.actor.known_group))


def undergoing_role(tok, finder) -> bool:
    """A role word naming those an act is done to, when it modifies the act's noun: "prisoner
    swap", "hostage release", "civilian deaths", "refugee returns"."""
    hit = finder.hits.get(tok.i)
    return tok.dep_ in ("compound", "amod") and hit is not None and hit.entry.kind == "role" \
        and hit.entry.role in UNDERGOING_SECTORS


def individual(tok, finder) -> bool:
    """A person: named as one, or a singular title or role that is no institution ("the
    minister", not "the government" or "police")."""
    if tok.ent_type_ == "PERSON" or (tok.i in finder.hits and finder.hits[tok.i].entry.kind == "person"):
        return True
    return tok.tag_ == "NN" and tok.lemma_.lower() not in INSTITUTION_NOUNS and \
        tok.i in finder.hits and finder.hits[tok.i].entry.kind == "role"


def addressed_by(word) -> list:
    """Whom an appeal or demand word names: its objects, "on/upon/to X" ("urged Iran", "called on
    Iran", "appealed to Iran")."""
    return [c for c in word.children if c.dep_ in OBJECTS | {"dative"}] + prep_objects(word, ADDRESSEE_PREPS)


def resolve(heads: list, finder, speaker: Mention | None, nested: int = 0,
            preps: frozenset = NESTED_PREPS, owners: bool = False) -> list[Mention]:
    """Actor mentions for phrase heads; with ``nested`` levels, a head that names no actor may
    point to one through "in/of X", an apposition or a possessor ("targets in Jericho",
    "a part of Syria's second city Aleppo"); with ``owners``, through a sector word too (what is
    struck or seized is its owner's: "an army base", "police vehicles")."""
    out = []
    for h in with_conjuncts(heads, finder):
        if h.pos_ == "PUNCT":
            continue
        pair = finder.both_countries(h) or finder.both_people(h)
        if pair:
            out.extend(pair)        # "both countries"
            continue
        if h.lower_ in REFLEXIVES:
            continue      # ("blew themselves up": no other party)
        m = None if h.lower_ in SPEAKER_PRONOUNS and speaker is not None and fits_speaker(h, speaker, finder) \
            else finder.actor_at(h)
        if m is None and h.lemma_.lower() in ("other", "others") and h.dep_ in OBJECTS:
            m = next((refer(x, h) for x in resolve(fellow_objects(h), finder, speaker)), None)
        examples = [o for p in h.children if p.dep_ == "prep" and p.lower_ == "as" and any(
            c.lower_ == "such" for c in p.children) for o in p.children if o.dep_ == "pobj"]
        if examples and (m is None or not m.actor.code or m.kind == "role"):
            out.extend(resolve(examples, finder, speaker))    # "countries such as Germany and France": they
            continue
        if m is None and nested and h.lemma_.lower() not in SEAT_PARTS:
            # "targets in Jericho", "Syria's city": the place or owner; but "military aid" is no military
            # (and "the House floor", "the White House lawn" are places in a seat, no party)
            # ("her own colleagues", "Trump's critics": others, not the owner)
            inner = [c for c in h.children if c.dep_ == "appos" or (
                c.dep_ == "poss" and h.lemma_.lower() not in RELATION_WORDS) or (
                c.dep_ in ("amod", "compound", "npadvmod") and any(   # ("the [US]-led war")
                    t.i in finder.hits and (finder.hits[t.i].entry.kind != "role" or (
                        owners and h.lemma_.lower() in OWNED_THINGS)) for t in c.subtree))] + \
                prep_objects(h, preps | PARTITIVE_PREPS if h.lower_ in PARTITIVE_WORDS else preps)
            # (the one a name set beside it names first: "Trump's rival, Sen. Ted Cruz" is Cruz)
            inner.sort(key=lambda c: c.dep_ != "appos")
            found = resolve(inner, finder, None, nested - 1, preps, owners)
            m = found[0] if found else None
            if m is not None and finder.doc[m.head].dep_ == "appos" and finder.doc[m.head].head.i == h.i \
                    and h.pos_ in ("NOUN", "PROPN"):
                # "Quatar's emir, Sheikh Hamad …": the words of both names
                m = widened(m, h, finder)
            elif m is not None:
                m = place_phrase(m, finder)     # "the Iraqi city of [Basra]"
            out.extend(x for x in found[1:] if all(x.head != y.head for y in out))   # "from Canada and Mexico"
        if m is None and h.lemma_.lower() in MEETING_NOUNS and finder.last_meeting and \
                finder.sentence_no - finder.meeting_sentence <= 2 and \
                any(c.lower_ in ("the", "this", "that") for c in h.children):
            out.extend(refer(x, h) for x in finder.last_meeting)   # "the encounter" → its parties
            continue
        if m is None:
            m = finder.agent_noun(h)     # nothing in it names anyone: "the vendors", "a pickpocket"
        if m is None and subject_form(h) in SPEAKER_PRONOUNS and speaker is not None and \
                (subject_form(h) not in ("he", "she") or speaker.actor.type1) and fits_speaker(h, speaker, finder):
            # the words that name the actor are the antecedent's ("Syria says it …": Syria)
            m = replace(speaker, kind="pronoun", head=h.i)
        if m is not None and all(m.head != x.head and not (m.actor.code == x.actor.code and m.start < x.end
                                                           and x.start < m.end) and not same_name(m, x, finder)
                                 for x in out):
            out.append(m)
            out.extend(modifier_conjuncts(m, h, finder))
    return out


SITE_PREPS = frozenset({"in", "near", "at", "outside", "around"})
SEAT_PARTS = words("seat-parts")
UNATTRIBUTED_STANDINGS = words("unattributed-standings")


def fits_speaker(pronoun, speaker: Mention, finder) -> bool:
    """Whether a pronoun in what someone said may be the speaker: "he" or "she" as the speaker's
    gender allows; "it" not for a person, "they" not for one person ("it also goes to the White
    House," Chaffetz said: the information; but "Obama and Putin said they will …")."""
    form = subject_form(pronoun)
    if form == "i":
        return quote_opened(pronoun) is not None     # ("'I urge Lam to step down,' Chan said": Chan)
    head = finder.doc[speaker.head] if speaker.head >= 0 else None
    person = head is not None and head.ent_type_ == "PERSON"
    several = head is not None and (any(c.dep_ == "conj" for c in head.children) or head.dep_ == "conj")
    if form in ("he", "she") and quote_opened(pronoun) is not None:
        return False      # (in a quotation the speaker says "I": "He has apologised," Clarke argued)
    return finder.agrees(pronoun, speaker.actor) and not (
        person and (form == "it" or (form == "they" and not several)))


POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they", "my": "i", "our": "we"}


def subject_form(pronoun) -> str:
    """A pronoun as a subject: "his meeting with Putin" is one he held."""
    return POSSESSIVE_PRONOUNS.get(pronoun.lower_, pronoun.lower_) if pronoun.tag_ == "PRP$" else pronoun.lower_


def as_site(m: Mention, h, finder) -> Mention:
    """A capital named as the place where something happens ("talks in Canberra", "the Brussels
    attacks") is the place, coded by its country, not the government seated there."""
    hit = finder.hits.get(h.i)
    if hit is None or hit.entry.kind not in ("capital", "igo") or m.head != h.i:
        return m
    site = (h.dep_ == "pobj" and h.head.lower_ in SITE_PREPS) or (
        h.dep_ == "compound" and h.head.pos_ == "NOUN" and h.head.i not in finder.hits
        and h.head.lemma_.lower() not in GROUP_NOUNS)
    return (finder.place_actor(h) or m) if site else m


def same_name(m: Mention, x: Mention, finder) -> bool:
    """Two words of one person's name the parse split ("Sheikh Hamad bin Khalifa al-Thani")."""
    if m.head < 0 or x.head < 0 or m.actor.code != x.actor.code:
        return False
    ent = finder.ent_at(m.head)
    return ent is not None and ent.label_ == "PERSON" and ent.start <= x.head < ent.end


def fellow_objects(h) -> list:
    """The objects of the verbs joined to the one ``h`` is the object of ("killed one U.S. soldier
    and wounded two [others]": the soldier)."""
    verb = h.head
    verbs = ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
    return [o for v in verbs for o in v.children if o.dep_ in OBJECTS]


def widened(m: Mention, h, finder) -> Mention:
    """A mention stretched to the start of the phrase headed by ``h`` (less its article)."""
    edge = h.left_edge
    first = (finder.doc[edge.i + 1] if edge.dep_ == "det" and edge.i < h.i else edge).idx
    return replace(m, text=finder.text[first:m.end], start=first) if first < m.start else m


def place_phrase(m: Mention, finder) -> Mention:
    """A place named as "the Iraqi city of Basra" is named by all those words."""
    if m.head < 0:
        return m
    tok = finder.doc[m.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in PLACE_NOUNS:
        return widened(m, tok.head.head, finder)
    return m


def modifier_conjuncts(m: Mention, head, finder) -> list[Mention]:
    """"US and British activists", "leaders of Britain, France and Japan": one actor for each
    country named by joined modifiers or places."""
    out = []
    places = [o for p in head.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "in")
              for o in p.children if o.dep_ == "pobj"] if m.kind == "inferred" else []
    for mod in [c for c in head.children if c.dep_ in ("amod", "compound", "nmod")] + places:
        for other in (c for c in mod.subtree if c.dep_ == "conj" and c.i in finder.hits):
            entry = finder.hits[other.i].entry
            if entry.country and entry.country != m.actor.country:
                a = m.actor
                actor = Actor(code=entry.country + a.code[len(a.country):] if a.country else entry.country + a.code,
                              name=entry.name, country=entry.country, type1=a.type1, type2=a.type2)
                out.append(replace(m, actor=actor))
    return out


def lists_people(p) -> bool:
    """An entry whose object may be anyone, or whose list names people ("fight +rebel|militant"),
    not only things ("fire +artillery|rocket")."""
    return not p.objects or bool(p.objects & people_nouns())


def a_time(h) -> bool:
    """A phrase that only tells when ("on Monday", "by last week"): no party."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("DET", "ADP", "PUNCT") for t in h.subtree)


def refer(m: Mention, h) -> Mention:
    return Mention(text=h.text, start=h.idx, end=h.idx + len(h.text), actor=m.actor, kind="coreference", head=h.i)


def speaker_of(tok, finder) -> Mention | None:
    """The actor a pronoun in this clause most likely means: the subject of the clause that
    governs it ("Syria says [it is willing …]", "bombers killed 23 when [they blew …]")."""
    t = tok
    for _ in range(4):
        if t.head == t:
            return None
        if t.dep_ in ("ccomp", "advcl", "xcomp", "conj", "pcomp"):
            subj, _ = subject_heads(t.head if t.dep_ != "pcomp" else t)
            for s in subj:
                m = finder.actor_at(s)
                if m is not None and (m.kind != "pronoun" or s.lower_ not in SPEAKER_PRONOUNS):
                    return m      # (a pronoun is no speaker: "Bouteflika said [he is prepared [to lift …]]")
        t = t.head
    return None


def fallback_targets(a: Action) -> list:
    """Where the target hides when the entry names none: with/against/to … the verb, the
    owner or source of its object ("rejected North Korea's demand", "an offer from Kabul")."""
    topic = frozenset({"on"}) if a.code[:2] == "04" else frozenset()    # "a summit on the unrest in Iran"
    if a.obj is not None and a.obj.lemma_.lower() in REVENGE_NOUNS:
        topic = frozenset({"for", "of"})       # "vowed revenge for the killing of Haniyeh": the victim is no target
    if a.code[:2] in FORCE_ROOTS and any(c.dep_ == "dobj" for c in a.tok.children):
        # ("beat the protesters with batons", "attacked the town with rockets": what it is done with)
        topic |= {"with"}
    heads = prep_objects(a.tok, (VERB_TARGET_PREPS | (BENEFICIARY_PREPS if a.code[:2] in BENEFIT_ROOTS
                                                      else frozenset())) - topic)
    heads = [h for h in heads if not doers_hands(h) and not a_time(h)]
    if a.code[:2] in BENEFIT_ROOTS:     # "helped Germany recover": whom a bare infinitive's clause is about
        heads += [s for c in a.tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                  and not any(m.dep_ in ("mark", "aux") for m in c.children) for s in c.children if s.dep_ in SUBJECTS]
    if a.pattern.noun and a.tok.dep_ == "compound":        # "a mediation effort between A and B"
        heads += prep_objects(a.tok.head, NOUN_TARGET_PREPS)
    if a.pattern.noun and a.tok.dep_ in ("pobj", "dobj"):  # "engaged peacekeepers in a firefight"
        verb = anchor(a.tok)
        # ("engaged peacekeepers in a firefight", "gave Putin a stern warning": the one given it)
        heads += [c for c in verb.children if c.dep_ in OBJECTS | {"dative"} and c.i != a.tok.i
                  and c.i not in {t.i for t in a.tok.subtree}]
        heads += prep_objects(verb, frozenset({"against"}))   # "engaged in ethnic cleansing … against X"
    for reason in prep_objects(anchor(a.tok), frozenset({"in"})):   # "in protest against X"
        if reason.lemma_.lower() in REASON_NOUNS:
            heads += prep_objects(reason, REASON_PREPS)
    if a.code[:2] == "08":     # "backed down under pressure from business groups": to those who pressed
        heads += [g for p in prep_objects(a.tok, frozenset({"under"})) if p.lemma_.lower() in ("pressure", "duress")
                  for g in prep_objects(p, FRAMER_PREPS)]
    objs = ([a.obj] if a.obj is not None else []) + [c for c in a.tok.children if c.dep_ in OBJECTS and c != a.obj]
    objs += [c for o in objs for c in o.conjuncts]      # "artillery, mortar and rocket fire against X"
    for o in objs:
        heads += prep_objects(o, OBJECT_TARGET_PREPS - topic)
        # "prevented the demonstration staged by students": those who stage it
        heads += [x for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for x in agent_of(c)]
        if o is a.obj and a.code[:2] in PATIENT_OBJECT_ROOTS and named_patient(o):
            heads.append(o)      # (resolving it looks into its modifiers when it names no actor)
            continue
        if a.tok.lemma_.lower() in TOPIC_VERBS:
            continue             # ("discussed Russia's aggression": what was talked about, not with whom)
        # ("rejected the opposition's demand": an owner need not be a name)
        heads += [c for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  and (c.ent_type_ not in ("", "DATE", "TIME", "CARDINAL", "ORDINAL")
                       or (c.dep_ == "poss" and c.pos_ == "NOUN"))]
    if not heads and a.obj is not None and (a.code[:2] in PERSON_OBJECT_ROOTS or a.code[:2] in FIGHTING_ROOTS
                                            and could_act(a.obj) and lists_people(a.pattern)):
        heads.append(a.obj)      # "dismissed his army chief Valery Zaluzhny": the one dismissed
    if a.code[:2] in ADDRESSED_ROOTS and a.frame_tok is None:
        # "demanded that Israel withdraw", "reiterated its demand that Israel ease …", "insisted on
        # its demands that Burundi's government grant …": the one the clause asks to act
        holders = {a.tok, anchor(a.tok)} | set(prep_objects(a.tok, frozenset({"on", "upon"})))
        heads += [s for h in holders for c in h.children if c.dep_ in ("ccomp", "xcomp", "acl")
                  for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return heads


def deed_doers(o, lex) -> list:
    """Who did a deed or said a word: its named owner, or whom "by" names, after it or after a
    participle ("the violations by the Israeli military", "the embargo enforced by the United
    States"), or "from" for a word or a deed one sends ("an offer from Afghanistan"; not "a
    withdrawal from Iraq")."""
    roots = {p.code[:2] for p in lex.nouns.get(o.lemma_.lower(), [])}
    # (whom "by" names before a modifier, which may name what the deed is about: "the Iran deal
    # negotiated by Obama" is Obama's)
    return prep_objects(o, BY_PREPS) or \
        [x for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for x in agent_of(c)] or named_owners(o) or \
        (prep_objects(o, frozenset({"from"})) if roots and roots <= FROM_SOURCE_ROOTS else [])


def named_patient(o) -> bool:
    """An object that is someone named, or of a named country or body ("the French president",
    "two Russian diplomats"); not one's own ("recalled its ambassador") nor a bare role whose
    country would only be guessed ("the ambassadors of ten Western countries")."""
    if o.pos_ == "PROPN":
        return True
    return o.pos_ == "NOUN" and any(t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON") for t in o.lefts)


def place_targets(a: Action) -> list:
    """For protest, force and the like, last of all, the place it happened ("a curfew in Cizre")."""
    if a.code[:2] not in PLACE_TARGET_ROOTS and a.pattern.code[:2] not in PLACE_TARGET_ROOTS:
        return []         # ("refused to deploy peacekeepers in Iraq": the deployment's place)
    objs = ([a.obj] if a.obj is not None else []) + [c for c in a.tok.children if c.dep_ in OBJECTS and c != a.obj]
    return [h for h in prep_objects(a.tok, PLACE_PREPS) + [h for o in objs for h in prep_objects(o, PLACE_PREPS)]
            if not doers_hands(h)]


def doers_hands(h) -> bool:
    """"at the hands of the police": the doer's hands (``hands_of``), no target or place."""
    return h.lower_ == "hands" and h.head.lower_ == "at"


def place_of_attack(a: Action, finder, sentence: Sentence, src_heads: list) -> list[Mention]:
    """An attack nobody is named for ("a roadside bomb near Samarra killed a soldier") is coded, as
    PLOVER does, to an unidentified actor of the place where it happened: the mention is the
    place's words and the actor its country (kind "place", so it can be told apart)."""
    heads = prep_objects(a.tok, frozenset({"from"})) + prep_objects(a.tok, PLACE_PREPS | {"over"})  # "fired from
    # Gaza", "shot down over Ukraine"
    for h in src_heads + agent_of(a.tok):             # "a bombing near Samarra", "a bomb outside Basra"
        heads += prep_objects(h, PLACE_PREPS)
    found = [m for m in resolve(heads, finder, None, NEST_LEVELS) if m.actor.country not in NO_COUNTRY]
    if not found:
        found = [x for x in finder.mentions if sentence.start <= x.start < sentence.end and x.kind == "place"]
    if not found:
        return []
    m = place_phrase(found[0], finder)
    return [replace(m, kind="place", actor=Actor(code=m.actor.country, name=m.actor.name, country=m.actor.country))]


def complement_targets(a: Action) -> list:
    """Last resort: whom the action's own clause or object is about — "threatened [to deliver
    blows to the US]", "offered [to hand over to Britain]", "a suspension of [air links with
    Serbia]", "rejected calls [by Kofi Annan]"."""
    heads = []
    top = a.frame_tok if a.frame_tok is not None else anchor(a.tok)
    if a.code[:2] in ("12", "13"):     # "threatened to strike unless Israel rescinded …": Israel
        verbs = [a.tok, top] + [c for c in a.tok.children if c.dep_ == "xcomp"]
        heads += [s for t in verbs for c in t.children if c.dep_ == "advcl" and has_condition(c)
                  for s in c.children if s.dep_ in SUBJECTS]
    # "mobilized reservists for a war against Iraq"
    heads += [h for p in prep_objects(a.tok, frozenset({"for"})) for h in prep_objects(p, frozenset({"against", "with"}))]
    clauses = [c for c in a.tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if a.code[:2] == "14":             # "blocked a road to show their disapproval of the US"
        clauses += [c for c in top.children if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"]
        clauses += [c for c in a.tok.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    for comp in clauses:
        if a.code[:2] == "11" and any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS for c in comp.children):
            continue     # ("alleged that he had discussed sanctions with Russia": he is accused, not Russia)
        heads += [c for c in comp.children if c.dep_ in OBJECTS | {"dative"}]
        heads += prep_objects(comp, VERB_TARGET_PREPS | PLACE_PREPS | CLAIM_PREPS)
        heads += [h for o in comp.children if o.dep_ in OBJECTS for h in prep_objects(o, OBJECT_TARGET_PREPS)]
    objs = ([a.obj] if a.obj is not None else []) + ([] if a.pattern.noun else
                                                     [c for c in a.tok.children if c.dep_ in OBJECTS])
    for o in objs + (prep_objects(a.tok, frozenset({"of"})) if a.pattern.noun else []):
        # "a suspension of [air links with Serbia]", "500 million euros in [aid to Ukraine]"
        heads += [h for inner in prep_objects(o, frozenset({"of", "in"})) for h in prep_objects(inner, OBJECT_TARGET_PREPS)]
    if a.pattern.noun:      # "a suspension of [air links] with Serbia" when "with" hangs on the links
        heads += [h for o in prep_objects(a.tok, frozenset({"of"})) for h in prep_objects(o, VERB_TARGET_PREPS)]
    return heads


def own_government(sources: list[Mention]) -> list[Mention]:
    """A protest, strike or riot aimed at no one named is aimed, as in ICEWS and PLOVER, at the
    government of the protesters' own country ("Egyptian demonstrators rioted"). The target has
    no words of its own (empty text, kind "implied"); its offsets are the protesters'."""
    out, seen = [], set()
    for m in sources:
        country = m.actor.country
        if country in NO_COUNTRY or country in seen or m.actor.type1 in ("", "GOV", "MIL", "COP", "JUD", "SPY"):
            continue
        seen.add(country)
        out.append(Mention(text="", start=m.start, end=m.start, kind="implied", head=-1,
                           actor=Actor(code=country + "GOV", name=m.actor.name, country=country, type1="GOV")))
    return out


def implied_authority(a: Action, targets: list[Mention], sentence: Sentence, finder) -> list[Mention]:
    """Someone arrested, detained, charged, convicted, sentenced or deported, or something banned,
    with no one named for it ("two persons were arrested", "was convicted of espionage", "large
    gatherings have been banned") was so by the authorities: the police (CAMEO 173, 175, a
    charge), the courts (116, an indictment) or the government (172, 174) of the country the sentence or
    article places it in. Kind "implied"; its words are the place it was done in, where the
    sentence names one ("was arrested in Lebanon": Lebanon's police), else none."""
    # ("two persons were arrested", "a man arrested for theft", "were produced in court and remanded")
    passive = (a.tok.dep_ in ("ROOT", "conj", "ccomp") and subject_heads(a.tok)[1]) \
        or reduced_passive(a.tok) or (a.tok.dep_ == "acl" and a.tok.tag_ == "VBN")
    sector = IMPLIED_AUTHORITIES.get(a.code[:3]) or IMPLIED_ACCUSERS.get(a.pattern.head if a.code[:3] == "112" else "") \
        or ("COP" if police_encounter(a.tok) else None)
    if a.pattern.objects & UNATTRIBUTED_STANDINGS:
        return []       # ("was held in contempt": by a court or a legislature, it does not say which)
    if sector is None or a.mode or a.negated or a.pattern.noun or not passive or \
            (sector == "GOV" and (a.tok.lemma_.lower() not in GOVERNMENT_ACTS or standing_rule(a.tok))):
        return []
    where = resolve(prep_objects(a.tok, PLACE_PREPS), finder, None, NEST_LEVELS)   # ("was arrested in Lebanon")
    # (where it was done before who it was done to: "a Ukrainian convicted in California")
    here = [m for m in finder.mentions if sentence.start <= m.start < sentence.end and m.actor.country not in NO_COUNTRY]
    country = next((m.actor.country for m in where + [m for m in here if m.kind == "place"] + targets + here
                    if m.actor.country not in NO_COUNTRY), "") or article_country(finder, sentence.start)
    place = next((m for m in where if m.actor.country == country), None)
    at = targets[0].start if targets else sentence.start
    text, start, end = (place.text, place.start, place.end) if place is not None else ("", at, at)
    name = {"COP": "police", "JUD": "court", "GOV": "government"}[sector]
    return [Mention(text=text, start=start, end=end, kind="implied", head=-1,
                    actor=Actor(code=country + sector, name=name, country=country, type1=sector))]


def standing_rule(verb) -> bool:
    """"Firearms are banned from government buildings": what is banned now tells a rule in force,
    not an act ("have been banned", "were banned" tell one)."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "am") for c in verb.children)


def police_encounter(verb) -> bool:
    """Killed or shot "in an encounter" with no other side named: in South Asian news, by the police
    or security forces ("two terrorists gunned down in kulgam encounter")."""
    return verb.lemma_.lower() in HARM_VERBS and any(
        c.lemma_.lower() == "encounter" and not prep_objects(c, frozenset({"with", "between"}))
        for c in prep_objects(verb, frozenset({"in"})))


# arrests and crowds charged or tear-gassed are the police's, convictions a court's
IMPLIED_AUTHORITIES = {"173": "COP", "175": "COP", "116": "JUD", "172": "GOV", "174": "GOV"}
# (of the government's only bans and deportations: one "expelled from Congress" was expelled by it)
GOVERNMENT_ACTS = frozenset({"ban", "outlaw", "deport", "extradite"})
# and a charge the police's, an indictment or a prosecution a court's (accusations, 112)
IMPLIED_ACCUSERS = {"charge": "COP", "chargesheet": "COP", "charge-sheet": "COP", "register": "COP", "lodge": "COP",
                    "indict": "JUD", "prosecute": "JUD"}


# Entries whose objects include these are done to people, whoever they are.
PERSON_NOUNS = words("person-nouns")
UNNAMED_TARGET_ROOTS = {"05", "07", "08", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"}
NAMED_PARTIES = {"PERSON", "ORG", "NORP"}
UNNAMED_ENTITIES = {"PERSON", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", ""}
UNKNOWN_PLACES = {"GPE", "LOC"}
OWN_OBJECT_NAMES = NAMED_PARTIES | UNKNOWN_PLACES      # (names, not things: "complaints of conflicts of interest")


def unnamed_targets(a: Action, sources: list[Mention], finder, lex) -> list[Mention]:
    """The target a dictionary does not know keeps its words, as PLOVER codes it: a named person or
    body the act is done to ("backing Strange", "accused Romney"), and for acts of support,
    disapproval, rejection, threat, aid, yielding, protest, sanction, force or violence also an
    unnamed one or a thing ("stormed an army base", "opposed charter schools"): the verb's
    object, else the object of its target preposition, when it is no word of the trigger itself,
    no event and no amount."""
    if a.code[:2] == "01" or a.pattern.reverse:
        return []
    things = a.code[:2] in UNNAMED_TARGET_ROOTS      # elsewhere only named people and bodies ("backing Strange")
    verb = a.tok
    # (the thing the trigger names, and what is joined to it: "sent vehicles and [helicopters]"; but
    # people an entry names are those it is done to: "booked the shop owner")
    undergoer = bool(a.pattern.objects & PERSON_NOUNS)
    trigger = {a.obj.i} | {c.i for c in a.obj.conjuncts} if a.obj is not None and not undergoer else set()
    heads = [c for c in verb.children if c.dep_ in OBJECTS | {"dative"} | PASSIVE_SUBJECTS and c.i not in trigger]
    heads += [h for h in prep_objects(verb, VERB_TARGET_PREPS) if not doers_hands(h)]
    if a.prep_found:      # ("blamed the unrest on foreign agents": the deed is no party; but what
        # one lobbies "for" or complains "about" is a cause, no party)
        heads = [t for t in a.targets if t.head.lower_ in VERB_TARGET_PREPS] + [h for h in heads if h.dep_ != "dobj"]
    named_obj = a.obj is not None and a.obj.i in trigger
    if named_obj:
        # ("threatened legal action against Clearview AI", "tariffs on Chinese goods"; but an
        # agreement "on the draft" is about it, and forces "from" a town come from it)
        heads += prep_objects(a.obj, NOUN_TARGET_PREPS - {"of", "into"} - (
            {"on"} if a.code[:2] in COOPERATING_ROOTS else set()))
    own = []
    if a.pattern.noun:      # ("Russia's recognition of the breakaway regions": the noun's own object)
        own = [h for h in prep_objects(verb, NOUN_TARGET_PREPS) if h not in heads and h.ent_type_ in OWN_OBJECT_NAMES]
        heads += own
    if a.code[:2] in JUDGED_ROOTS:     # ("criticized the Roundtable report": the body whose report it is)
        heads += [c for o in list(heads) if o.dep_ in OBJECTS for c in o.children
                  if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"]
    if a.code[:2] in JUDGED_ROOTS | {"03"} and named_obj:
        # ("rejected Sanders's request", "denied his appeal", "accepted Mayweather's offer": the one
        # whose word or deed it was)
        heads += [c for c in a.obj.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        if a.code[:2] == "12":      # (one does not refuse one's own: "defended his actions" is no one's;
            # but "promising his personal help" is one's own)
            heads += [c for c in a.obj.children if c.dep_ == "poss" and c.lower_ in OWNING_PRONOUNS]
    for h in heads:
        if h.lower_ in OWNING_PRONOUNS:
            return [kept_words(h, finder)]
        if h.lower_ in PEOPLE_PRONOUNS:
            # ("pelted him with stones": whoever he is, by his word, not the stones)
            return [kept_words(h, finder)] if h.lower_ in UNRESOLVED_PARTIES else []
        kinds = (UNNAMED_ENTITIES | (UNKNOWN_PLACES if h.dep_ in OBJECTS | PASSIVE_SUBJECTS or h in own else set())) if things \
            else NAMED_PARTIES      # (a name the parser takes for a place no table knows: "Malala was shot")
        if h.pos_ not in ("NOUN", "PROPN") or h.ent_type_ not in kinds \
                or any(s.head == h.i for s in sources) or h.lemma_.lower() in lex.nouns \
                or h.lemma_.lower() in lex.abstract_objects \
                or (h.lemma_.lower() in a.pattern.objects and not undergoer):
            continue
        return [kept_words(h, finder)]
    return []


def kept_words(h, finder) -> Mention:
    """A party no dictionary knows, as its words with no code."""
    m = finder.mention(h, np_tokens(h), Actor(code="", name=""), "unnamed")
    return replace(m, actor=replace(m.actor, name=m.text))


def addressed_words(heads: list, finder) -> list[Mention]:
    """Those asked or ordered whom no dictionary knows keep their words ("member countries")."""
    return [kept_words(h, finder) for h in heads[:1]
            if (h.pos_ in ("NOUN", "PROPN") and h.ent_type_ not in ("GPE", "LOC", "DATE", "TIME", "CARDINAL"))
            or h.lower_ in UNRESOLVED_PARTIES]


NAMED_DISASTERS = words("accident-nouns")


def unnamed_sources(a: Action, src_heads: list, finder, lex) -> list[Mention]:
    """A doer named by a name no dictionary knows and the parser does not tag a person ("Lakdim
    fired six shots at police officers") keeps its words with no code, as a target does."""
    return [] if a.code[:2] == "01" else unnamed_doers(src_heads, finder, lex)


def unnamed_doers(src_heads: list, finder, lex) -> list[Mention]:
    """The doer among these heads that no dictionary knows, by its words (``unnamed_sources``)."""
    for h in src_heads:
        if h.lower_ in UNRESOLVED_DOERS and h.dep_ in SUBJECTS:
            return [kept_words(h, finder)]     # ("He also criticized McCarthy": whoever he is, by his word)
        if unknown_people(h, lex) and h.dep_ in SUBJECTS | {"pobj"} and \
                (h.dep_ != "pobj" or h.head.dep_ == "agent"):
            return [kept_words(h, finder)]     # ("couples in all four states asked the Supreme Court")
        if not a_name(h) or h.ent_type_ not in NAMED_PARTIES | UNKNOWN_PLACES | {""} or h.lemma_.lower() in lex.nouns \
                or not (h.dep_ in SUBJECTS or (h.dep_ == "pobj" and h.head.dep_ == "agent")) \
                or any(c.lemma_.lower() in NAMED_DISASTERS for c in h.children if c.dep_ == "compound"):
            continue        # (nor a storm's name: "Hurricane Zeta slammed into the coast")
        return [kept_words(h, finder)]
    return []


def a_name(h) -> bool:
    """A proper name, or a capitalised word the entity recogniser names a person or a body though
    the tagger took it for a common noun ("DesLauriers asked people to report …")."""
    return h.pos_ == "PROPN" or (h.ent_type_ in ("PERSON", "ORG") and h.text[:1].isupper())


def unknown_people(h, lex) -> bool:
    """A word for people or for a body that names no sector, as a doer ("couples in all four states
    asked", "critics urged", "the nonprofit accused"): they keep their words, with no code."""
    lemma = h.lemma_.lower()
    return h.pos_ in ("NOUN", "ADJ", "PRON") and lemma in PEOPLE_WORDS | BODY_NOUNS and \
        (h.pos_ != "PRON" or h.tag_ == "NNS" or h.lower_ == "others")


def placed_parties(sources: list[Mention], targets: list[Mention], sentence: Sentence, finder,
                   speaker: Mention | None, code: str) -> tuple[list[Mention], list[Mention]]:
    """Both sides of an event with their role-only actors placed in a country (each side against
    the other, ``localize``), less those still without a code."""
    sources = coded_only([localize(m, targets, sentence, finder, speaker, code, doer=True) for m in sources])
    targets = coded_only([localize(m, sources, sentence, finder, speaker, code) for m in targets])
    return sources, targets


# cutting diplomatic ties and sanctions, done or threatened (not expelling a member or leaving talks)
FOREIGN_SANCTIONS = {"161", "163", "1312", "1313"}


def localize(m: Mention, others: list[Mention], sentence: Sentence, finder, speaker: Mention | None,
             code: str = "", doer: bool = False) -> Mention:
    """Give a role-only actor ("militants", "their forces", "President Suleiman") a country: the
    speaker's for "their/its …"; in conflict, the other party's (most such events are domestic);
    else the country named nearest to it in the sentence, other than the other party's; else the
    country the article is about."""
    if m.actor.country:
        return m
    if m.kind == "unnamed":
        return at_home(m, sentence, finder, code)
    allegiance = affiliated_country(finder.doc[m.head], finder) if m.head >= 0 else ""
    if allegiance:      # "companies linked to Hezbollah", "forces loyal to Assad": the side they are with
        return placed_in(m, allegiance)
    if m.head >= 0 and any(c.dep_ in ("amod", "compound") and c.lower_ in WORLDWIDE and c.i not in finder.hits
                           for c in finder.doc[m.head].children):
        return m          # "world leaders", "international observers": of no one country
    owner = [c for c in finder.doc[m.head].children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")]
    country = ""
    if owner and speaker is not None and speaker.actor.country not in NO_COUNTRY:
        country = speaker.actor.country
    if not country and m.head >= 0 and (finder.doc[m.head].ent_type_ == "PERSON" or m.kind == "pronoun" or
                                        finder.names_person(finder.doc[m.head])):
        # a titled person of no known country is the home country's ("WASHINGTON — … Treasury
        # Secretary Steven Mnuchin"), or that of the country the story is about so far, not that of a
        # country the sentence names ("Hurd supports Ukraine reclaiming its territory from Russia")
        country = finder.home or article_country(finder, m.start)
    theirs = {o.actor.country for o in others if o.actor.country not in NO_COUNTRY}
    # (one who criticises or rejects a country by its name is not of it: "Lawmakers criticised Russia",
    # "the House voted to condemn Russia"; but "Lawmakers criticised the government" are its own)
    judging = doer and code[:2] in ASKING_AND_JUDGING_ROOTS
    # (nor does a visitor come from the place visited: "the minister will go to Moscow")
    named_person = (code[:2] == "04" or code == "036") and m.head >= 0 and (
        finder.doc[m.head].pos_ == "PROPN" or (code in VISITING_CODES and any(
            o.kind == "place" or (o.head in finder.hits and finder.hits[o.head].entry.kind in ("capital", "country"))
            for o in others)))
    if not country and code[:2] not in COOPERATIVE_ROOTS | {"01", "02"}:
        # (not where the reporters are: "killing 20 people, relief officials in Nairobi said")
        reporters = {t.i for v in finder.doc[m.head].sent if v.lemma_.lower() in REPORTING_VERBS
                     for c in v.children if c.dep_ in SUBJECTS for t in c.subtree}
        doc = finder.doc
        places = [x for x in mentions_within(finder, sentence.start, sentence.end) if x.head not in reporters and (
            x.kind == "place" or (x.head in finder.hits and finder.hits[x.head].entry.kind == "capital")
            or (x.head >= 0 and doc[x.head].dep_ == "pobj" and doc[x.head].head.lower_ in PLACE_PREPS
                and x.actor.country not in NO_COUNTRY and not x.actor.type1))]   # ("across the Gaza Strip")
        places += demonym_places(finder, sentence)
        nearest = min(places, key=lambda x: abs(x.start - m.start), default=None)
        other = next(iter(sorted(theirs)), "")
        if judging and other:
            # (those who demand, criticise or reject are of the story's country, if it has one:
            # "Lawmakers criticised Russia" in a story about Ukraine are Ukraine's)
            other = article_country(finder, m.start) or next(iter(sorted(within(others))), "")
        country = nearest.actor.country if nearest else other
    if not country and judging and not named_person:
        # (and those who ask one of the story's own country are of it: "Lawmakers had urged Trump
        # to press for the extradition of the 12 Russian agents" are no Russians)
        home = article_country(finder, m.start)
        country = home if home in theirs else ""
    if not country:
        named = [x for x in mentions_within(finder, sentence.start, sentence.end)
                 if x.actor.country not in NO_COUNTRY and x.actor.country not in theirs]
        nearest = min(named, key=lambda x: abs(x.start - m.start), default=None)
        # (one who meets, visits or talks with a named foreigner is no compatriot of theirs:
        # "Agriculture Minister Kato will meet U.S. Agriculture Secretary Lyng")
        country = nearest.actor.country if nearest else "" if named_person else \
            next(iter(sorted(within(others) if judging else theirs)), "")
    if not country:
        country = article_country(finder, m.start)      # "Police arrested dozens" in a story about Kenya
        country = "" if named_person and country in theirs else country
    if country in theirs and ((doer and code in FOREIGN_SANCTIONS) or (not doer and struck_from_afar(others, finder))):
        # (one country cuts ties with or sanctions another, never itself: "We will impose
        # sanctions on Russia, the minister said" is no Russian minister's; and those a country's
        # airstrikes or missiles kill are, in the news, another's: "Israeli airstrikes killed five
        # people"): the story's country, if it is another, else none
        home = article_country(finder, m.start)
        country = home if home not in theirs else ""
    return placed_in(m, country) if country else m


STATE_NOUNS = words("state-nouns")


def at_home(m: Mention, sentence: Sentence, finder, code: str) -> Mention:
    """A person or people no table knows ("DesLauriers", "investigators", "the commission") are of
    the country the article is about so far, as a reader takes them; not one named who meets or
    visits ("Balladur had private talks with Thatcher"), nor a thing, a pronoun or a name the
    recogniser calls an organisation (companies and media are as often foreign: "Huawei denied
    US allegations"). Their kind, "homed", tells that no word of theirs placed them."""
    head = finder.doc[m.head] if m.head >= 0 else None
    if head is None or head.pos_ == "PRON" or head.lemma_.lower() in STATE_NOUNS or not (
            head.ent_type_ in ("PERSON", "NORP") or head.lemma_.lower() in acting_heads()):
        return m      # (nor states or their leagues: "three nations", "Zelenskyy's allies")
    if head.pos_ == "PROPN" and (code[:2] == "04" or code in VISITING_CODES):
        return m      # (whom the story's people meet by name is as often a visitor)
    country = article_country(finder, m.start) or article_country(finder, sentence.end)
    if not country:
        return m
    return replace(m, kind="homed", actor=replace(m.actor, code=country + m.actor.code, country=country))


STRIKING_WEAPONS = words("weapon-nouns") | words("striking-weapons")


AFFILIATION_WORDS = words("affiliation-words")


def affiliated_country(head, finder) -> str:
    """The country of the actor a role-only party is tied to by a word of allegiance ("companies
    linked to Hezbollah", "people involved with the Revolutionary Guards", "forces loyal to
    Assad"), if named."""
    for word in head.children:
        if word.dep_ in ("acl", "amod") and word.lemma_.lower() in AFFILIATION_WORDS:
            for o in prep_objects(word, frozenset({"to", "with"})):
                m = finder.actor_at(o)
                if m is not None and m.actor.country not in NO_COUNTRY:
                    return m.actor.country
    return ""


def struck_from_afar(others: list[Mention], finder) -> bool:
    """Whether the other side is named by its airstrikes, missiles, shells or drones."""
    def weapon(o: Mention) -> bool:
        tok = finder.doc[o.head]
        tok = tok.head if tok.dep_ in ("amod", "compound") else tok      # ("an Israeli airstrike")
        return tok.lemma_.lower() in STRIKING_WEAPONS
    return bool(others) and all(o.head >= 0 and weapon(o) for o in others)


def demonym_places(finder, sentence: Sentence) -> list[Mention]:
    """Places named by a country's adjective on a place noun after "in", "near" …: "in a key
    eastern Ukrainian city", "near the Syrian border town" (their country)."""
    doc, out = finder.doc, []
    for tok in doc.char_span(sentence.start, sentence.end, alignment_mode="expand") or []:
        if tok.lemma_.lower() not in PLACE_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ not in PLACE_PREPS:
            continue
        for c in tok.children:
            hit = finder.hits.get(c.i)
            if c.dep_ in ("amod", "compound") and hit is not None and hit.entry.kind == "country" and hit.entry.country:
                out.append(finder.mention(c, [c], Actor(code=hit.entry.country, name=hit.entry.name,
                                                         country=hit.entry.country), "place"))
    return out


def within(others: list[Mention]) -> set[str]:
    """The countries of the other side's parties that are a part of their country (its government,
    its president, its police), not the country by its name or its capital ("Russia", "Moscow")."""
    return {o.actor.country for o in others if o.actor.country not in NO_COUNTRY and o.actor.type1
            and o.kind != "capital"}


def placed_in(m: Mention, country: str) -> Mention:
    """A role-only mention given a country: "militants" → IRQ + REB."""
    return replace(m, kind="inferred", actor=replace(m.actor, code=country + m.actor.code, country=country))


def conjoined(mentions: list[Mention], finder) -> list[Mention]:
    """"Israeli helicopters and tanks": a role-only conjunct shares its neighbour's country."""
    out = []
    for m in mentions:
        head = finder.doc[m.head]
        mate = next((x for x in mentions if x.actor.country and head.head.i == x.head), None) \
            if head.dep_ == "conj" and not m.actor.country else None
        out.append(placed_in(m, mate.actor.country) if mate is not None else m)
    return out


def coded_only(mentions: list[Mention]) -> list[Mention]:
    """Actors CAMEO can name, and the people, bodies and things no dictionary knows, by their words
    (an organisation nobody could place keeps its words with no code: "Balladur … had talks")."""
    return [m for m in mentions if m.actor.code or m.kind in ("unnamed", "organisation")
            or (m.kind == "pronoun" and m.actor.name)]


def article_country(finder, before: int) -> str:
    """The country the article is about so far: named more often than any other; before any is
    named, the one its dateline names."""
    starts, answers = country_table(finder)
    return answers[bisect_left(starts, before)]


def mentions_within(finder, start: int, end: int) -> list[Mention]:
    """The mentions the finder holds now that start in [start, end), in its order. While coding,
    those are a prefix of all the article's mentions (``ActorFinder.enter``): they are found by
    bisection in an index of all of them sorted by start, built once per article (an event asks
    for each of its parties; a long article has thousands of mentions). Else by a scan."""
    held, every = finder.mentions, getattr(finder, "all_mentions", [])
    n = len(held)
    if n > len(every) or (n and held[n - 1] is not every[n - 1]):
        return [x for x in held if start <= x.start < end]
    key = (id(every), len(every))
    cached = getattr(finder, "_start_index", None)
    if cached is None or cached[0] != key:
        order = sorted(range(len(every)), key=lambda i: every[i].start)
        cached = (key, ([every[i].start for i in order], order))
        finder._start_index = cached
    starts, order = cached[1]
    picked = sorted(i for i in order[bisect_left(starts, start):bisect_left(starts, end)] if i < n)
    return [every[i] for i in picked]


def country_table(finder) -> tuple[list[int], list[str]]:
    """For the mentions the finder holds, sorted by where they start: the answer of
    ``article_country`` before each of them and after the last, worked out once per sentence
    (an event asks for each of its parties; a long sentence has many of both)."""
    key = (id(finder.mentions), len(finder.mentions))
    cached = getattr(finder, "_country_table", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    placed = sorted((x.start, x.actor.country) for x in finder.mentions if x.actor.country not in NO_COUNTRY)
    counts: dict[str, int] = {}
    answers = [finder.home]           # (before any is named: where it was filed from, its dateline)
    for _, country in placed:
        counts[country] = counts.get(country, 0) + 1
        top = sorted(counts.values(), reverse=True)[:2]
        best = top[0] if len(top) == 1 or top[0] > top[1] else 0
        answers.append(next((c for c, n in counts.items() if n == best), ""))
    table = ([start for start, _ in placed], answers)
    finder._country_table = (key, table)
    return table


def complement_heads(comp) -> list:
    """Whom a clause is about: its objects and the objects of its prepositions."""
    return [c for c in comp.children if c.dep_ in OBJECTS | {"dative"}] + prep_objects(comp, VERB_TARGET_PREPS) + \
        [s for c in comp.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in SUBJECTS]
