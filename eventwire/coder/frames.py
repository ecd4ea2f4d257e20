"""Frames and modality: the words governing an action change its code and mode — intent ("vowed
to attack" → threat), appeals, demands, refusals, permissions, future, negation, conditions,
allegations, background clauses and actions embedded in another event."""
from __future__ import annotations

from ..records import Event
from .repair import OBJECTS, SUBJECTS
from .syntax import PASSIVE_SUBJECTS, anchor, has_condition, is_negated, lemma_keys, negated_here
from .triggers import Action, EFFORT_NOUNS, VerbLexicon, action_tokens, at_the_bidding, own_tokens
from .words import word_pairs, words

FUTURE_AUX = words("future-aux")
HYPOTHETICAL_AUX = words("hypothetical-aux")
CONDITIONAL_AUX = words("conditional-aux")
FORESEEING = words("foreseeing-frames")    # intent frames that foresee rather than wish ("is expected to")
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
CLAIMING = words("claiming")
ALLEGING = CLAIMING | words("alleging")
HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
PROMISING = words("promising")
CAUSING_VERBS = words("causing-verbs")


# ---------------------------------------------------------------- step 2: framing and modality

FACT_MARKS = words("fact-marks")
JUDGING_FOR = words("judging-for-verbs")
ALLEGED_MARKS = words("alleged-marks")
HEARSAY_NOUNS = words("hearsay-nouns")
DENYING_VERBS = words("denying-verbs")

def frame_action(a: Action, lex: VerbLexicon) -> Action | None:
    """Apply the governing frame (intent, appeal, demand, refusal, threat), modality and negation;
    None when the frame makes the action no event ("refused to attack")."""
    a.negated = is_negated(a.tok)
    a.alleged_by = alleging_word(a.tok)
    if any(c.lower_ in ALLEGED_MARKS for c in a.tok.children):
        # told on someone's word but told as news ("the gang allegedly kidnapped the boy", "a
        # civilian allegedly killed by UK troops"); a reason given for another act is its charge
        # ("were held for allegedly passing on information")
        a.mode = "alleged" if a.alleged_by is not None or a.tok.dep_ == "pcomp" else "reported"
        return a
    if a.alleged_by is not None:
        a.mode = "alleged"
        return a
    if is_background(a.tok):
        a.mode = "background"
        return a
    governor = framing_word(a.tok, lex)
    if governor is None and a.tok.dep_ == "conj" and a.tok.head.pos_ in ("VERB", "AUX") and \
            not any(c.dep_ in SUBJECTS for c in a.tok.children):
        governor = framing_word(a.tok.head, lex)     # "aims to tighten sanctions and [impose] a blockade"
    if governor is None and a.tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.tok.children):
        governor = framing_word(a.tok.head, lex)     # "is willing to send material [to help] Saudi Arabia"
    taken_part = taking_part_in(a.tok)
    if governor is None and a.pattern.noun and (a.tok.dep_ in OBJECTS and a.tok.head.pos_ == "VERB" or taken_part):
        # "threatened to [institute] a curfew", "agreed to take part in [talks]"
        governor = framing_word(taken_part or a.tok.head, lex)
        if governor is not None and governor[0].lemma_.lower() not in REFUSING and governor[1] == "refuse":
            a.negated = True    # but "failed to [win] support" refuses nothing: no support was won
            return a
    if governor is not None and governor[1] == "intent" and (
            forecast(governor[0]) or any(c.dep_ == "auxpass" for c in a.tok.children)):
        # "supporters are set to protest": the act foreseen, no intent or threat; "is expected to
        # be arrested", "wants to be recognised": done to the subject, not by it — foreseen a
        # future act, wished for no fact
        a.mode = "future" if governor[0].lemma_.lower() in FORESEEING else "hypothetical"
        return a
    if wished_of_another(a.tok) or advocated(a.tok) or (governor is None and judged_course(a.tok)):
        a.mode = "hypothetical"   # "hoped that Sacoolas will engage", "floated sanctioning Russia": not done
        return a
    if governor is not None and done_of_necessity(governor[0]):
        governor = None      # "police had to resort to a lathi-charge": it was done
    if governor is not None and governor[1] == "cease":
        return ceased(a, lex, governor[0])
    if governor is not None:
        outer = framing_word(governor[0], lex)
        if outer is not None and outer[1] in ("refuse", "appeal", "demand") and governor[1] in ("intent", "consider"):
            governor = outer       # "refused [to commit to] assistance", "urged it [to agree to] talks"
        elif outer is not None and outer[1] == "refuse" and governor[1] in ("appeal", "demand"):
            a.negated = True       # "avoided [calling for] Assad to leave": no appeal made
        framed = apply_frame(a, lex, *governor)
        if framed is not None and not framed.mode and is_background(governor[0]):
            framed.mode = "background"     # "a resolution that aims [to impose] a blockade"
        return framed
    obligation = obliging_speech(a.tok, lex)
    if obligation is not None:                     # "Russia said Sudan must return …"
        a.addressee_is_subject = True
        return apply_frame(a, lex, *obligation)
    return apply_modality(a, lex)


TAKING_PART = words("taking-part-verbs")


def taking_part_in(noun):
    """The verb by which one takes part in or goes ahead with an event a noun names ("agreed to
    take part in talks", "plans to go ahead with the invasion"), if any."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("in", "with") or noun.head.head.pos_ != "VERB":
        return None
    verb = noun.head.head
    keys = set(lemma_keys(verb))
    keys |= {f"{verb.lemma_.lower()}_{c.lower_}" for c in verb.children if (c.dep_ == "dobj" and c.lower_ == "part") or
             (c.dep_ == "advmod" and c.lower_ == "ahead")}      # ("take part", "go ahead": no particles)
    return verb if keys & TAKING_PART else None


REALISED_OBLIGATIONS = words("realised-obligations")
WISHING_WORDS = words("wishing-words")
ADVOCATING_VERBS = words("advocating-verbs")


def advocated(tok) -> bool:
    """An act named by an -ing word that someone favours, opposes or proposes ("floated
    sanctioning Russia", "does not favor punishing children") is a course argued over, not done."""
    return tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "ccomp") and \
        any(k in ADVOCATING_VERBS for k in lemma_keys(tok.head))


def wished_of_another(tok) -> bool:
    """A hope that another will act ("Russia hopes that China will join the talks") tells of no
    one's intent: neither the hoper's deed nor one the other has promised."""
    clause = next((t for t in [tok, *tok.ancestors] if t.dep_ == "ccomp"), None)
    if clause is None or clause.head.lemma_.lower() not in WISHING_WORDS:
        return False
    own = {c.lower_ for c in clause.head.children if c.dep_ in SUBJECTS}
    return any(c.dep_ in SUBJECTS and c.pos_ != "PRON" and c.lower_ not in own for c in clause.children)


def judged_course(tok) -> bool:
    """What "it is" or "it would be" judged to do ("it would be wrong to attack Iran", "it is time
    to impose sanctions", "it is important to help Ukraine") is argued for or against, not done;
    "it was a mistake to invade Iraq" may judge a deed done."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    be = tok.head
    if be.pos_ in ("ADJ", "NOUN") and be.dep_ in ("acomp", "attr"):
        be = be.head          # ("wrong [to attack]", "time [to impose]")
    return be.lemma_.lower() == "be" and any(c.dep_ in SUBJECTS and c.lower_ == "it" for c in be.children) and \
        any(c.dep_ in ("acomp", "attr") for c in be.children) and \
        (be.tag_ != "VBD" or any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in be.children))


def done_of_necessity(frame_tok) -> bool:
    """A past obligation told as narrative is something done ("police had to fire in the air"),
    unlike one still to meet ("have to", "will have to"), a hypothetical one ("would have had to")
    or one reported in another's words ("said police had to act": their "have to")."""
    return frame_tok.lemma_.lower() in REALISED_OBLIGATIONS and frame_tok.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "neg") for c in frame_tok.children) and not has_condition(frame_tok) \
        and not any(t.dep_ == "ccomp" for t in [frame_tok, *frame_tok.ancestors])


def forecast(frame_tok) -> bool:
    """Whether a frame of intent tells what others foresee ("is expected to", "are set to", "is
    due to"), not what the subject means to do ("expects to", "set out to")."""
    return frame_tok.lemma_.lower() in FORESEEING and (frame_tok.pos_ == "ADJ" or any(
        c.dep_ in ("auxpass", "nsubjpass") for c in frame_tok.children))


def recode(a: Action, lex: VerbLexicon, frame: str) -> bool:
    """Give the action the code it has under a frame; False when that makes it no event."""
    code = lex.transform(frame, a.code)
    if code is None:
        return False
    a.code = code
    return True


def ceased(a: Action, lex: VerbLexicon, stop) -> Action:
    """An act someone stops doing: cooperation stopped is a reduction of relations ("stopped
    supplying Israel with gas" 1621, "stopped talking to the IAEA" 164, ``frame-codes.tsv``); anything
    else is done no longer, negated ("stopped attacking"). What one will stop doing is left to
    the modality of the act ("will stop supplying": a refusal), and one stops in order to do what
    an infinitive says ("stopped at a diner to talk to supporters")."""
    code = lex.transform("cease", a.code)
    ahead = any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | CONDITIONAL_AUX for c in stop.children)
    if a.tok.tag_ != "VBG" or code is None or code == a.code or ahead:
        return apply_modality(a, lex)
    a.code, a.negated, a.frame_tok, a.frame = code, is_negated(stop), stop, "cease"
    return a


def apply_frame(a: Action, lex: VerbLexicon, frame_tok, frame: str) -> Action | None:
    if frame == "intent" and addressee_of(frame_tok, a.tok):
        frame = "appeal"          # "Obama wants Putin to attack": a request to Putin
    negated = a.negated or is_negated(frame_tok)
    # "have not yet agreed", "had not decided on offering", "has no plans to": undecided, no refusal
    not_yet = any(c.lower_ in ("yet", "no") for c in frame_tok.children) or frame_tok.lemma_.lower() in ("decide", "determine")
    if negated and frame == "intent" and a.code[:2] in COOPERATIVE_ROOTS and not not_yet:
        frame, negated = "refuse", False   # "would not provide support": a refusal
    if not recode(a, lex, frame):
        return None
    if frame == "permit":
        negated = permission_stance(a, lex, frame_tok, negated)
        if negated is None:
            return None
    a.frame_tok, a.frame, a.negated = frame_tok, frame, negated
    if frame == "consider" or has_condition(frame_tok) or \
            any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX for c in frame_tok.children):
        a.mode = "hypothetical"       # ("might seek to punish Ukraine": it may or may not)
    return a


def permission_stance(a: Action, lex: VerbLexicon, frame_tok, negated: bool) -> bool | None:
    """A permission (08x, already coded) as the actor stands to it: "will allow" and "agreed to
    allow" are intents (03x), "will not allow" and "refused to allow" refusals (12x). Returns
    whether the action stays negated, None when it is no event."""
    aux = {c.lower_ for c in frame_tok.children if c.dep_ in ("aux", "auxpass")}
    outer = framing_word(frame_tok, lex)
    stance = outer[1] if outer is not None and outer[1] in ("intent", "refuse") else \
        "intent" if aux & (FUTURE_AUX | CONDITIONAL_AUX) else ""
    if negated and (stance or aux & (FUTURE_AUX | CONDITIONAL_AUX)):
        stance, negated = ("intent" if stance == "refuse" else "refuse"), False   # "would not allow"
    if stance and not recode(a, lex, stance):
        return None
    if outer is not None and stance == outer[1]:
        a.stance_tok = outer[0]
    return negated


def apply_modality(a: Action, lex: VerbLexicon) -> Action | None:
    """Future, conditional and possible actions: "will provide aid" is an intent (03x), "will
    attack" a threat (13x), "will not lift the sanctions" a refusal, "may attack" hypothetical."""
    aux = {c.lower_ for c in a.tok.children if c.dep_ in ("aux", "auxpass")}
    if a.tok.dep_ == "conj" and not any(c.dep_ in SUBJECTS | PASSIVE_SUBJECTS or (
            c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS) for c in a.tok.children):
        # "will [support] and [defend]", "can be extradited and be [prosecuted]"; but "can block
        # his agenda and is [launching] investigations"
        aux |= {c.lower_ for c in a.tok.head.children if c.dep_ in ("aux", "auxpass")}
    aux |= attempted_mood(a.tok)
    head = a.tok.head
    phase = a.tok.dep_ == "xcomp" and head.lemma_.lower() in ASPECT_VERBS | {"hesitate"}
    hesitant = phase and head.lemma_.lower() == "hesitate" and not negated_here(head)
    if phase:
        # "would start dismantling", "did not begin withdrawing": the mode of the verb of its phase;
        # "will not hesitate to use force" is a threat and "did not hesitate to strike" was done,
        # but "hesitated to attack": not yet done
        aux |= {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
        if head.lemma_.lower() != "hesitate":
            a.negated = a.negated or negated_here(head)
    about = head.lower_ == "about" and head.dep_ == "acomp"
    if a.tok.dep_ == "xcomp" and "to" in aux and (about or (head.lemma_.lower() == "go" and head.tag_ == "VBG")):
        # "is going to attack", "is about to attack": a future; "is not going to withdraw", "is not
        # about to step aside": not done
        aux = aux | {"will"}
        a.negated = a.negated or negated_here(head.head if about else head)
    # ("if Kim were to start a war, the US would destroy …", "would have sent troops": what would
    # happen were something else so, not what will)
    # — but a reported "would … if" is the speaker's conditional intent: "said they would meet him if …")
    reported = anchor(a.tok).dep_ == "ccomp"
    counterfactual = bool(aux & CONDITIONAL_AUX) and "have" in aux
    conditional = counterfactual or not reported and any(c.dep_ == "advcl" and has_condition(c)
                                                         for c in anchor(a.tok).children)
    future = aux & FUTURE_AUX or (aux & CONDITIONAL_AUX and not has_condition(a.tok) and not conditional)
    unless = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                 for c in anchor(a.tok).children)
    if counterfactual or hesitant or open_question(a.tok) or unfounded(a.tok) or imperative(a.tok) or \
            a.tok.dep_ == "xcomp" and a.tok.head.lemma_.lower() in LIKELIHOOD_WORDS:
        a.mode = "hypothetical"   # ("is unlikely to invade", "unclear whether Russia will attack")
    elif future and a.negated and a.code[:2] in COOPERATIVE_ROOTS:
        if not recode(a, lex, "refuse"):
            return None
        a.negated = False
    elif future and unless and a.code[:2] in ("07", "08") and recode(a, lex, "threaten"):
        pass        # "will withdraw its peacekeepers from Chad unless …": a threat (13x)
    elif future:
        if a.code[:2] in COOPERATIVE_ROOTS | HOSTILE_ROOTS and not recode(a, lex, "intent"):
            return None
        a.mode = "future"
    elif aux & (HYPOTHETICAL_AUX | CONDITIONAL_AUX) and a.code[:2] in HOSTILE_ROOTS and not a.negated and \
            any(c.dep_ == "advcl" and has_condition(c) for c in anchor(a.tok).children) and recode(a, lex, "threaten"):
        pass        # "the EC may halt mediation if cooperation founders": a conditional threat (13x)
    elif aux & HYPOTHETICAL_AUX or in_condition(a.tok) or (aux & CONDITIONAL_AUX and conditional):
        a.mode = "hypothetical"
    elif "to" in aux and a.tok.dep_ == "acl" and a.tok.head.lemma_.lower() not in EFFORT_NOUNS:
        a.mode = "embedded"   # "permission to help", "a plan to attack": a possibility, not a deed
    return a


def attempted_mood(tok) -> set[str]:
    """The auxiliaries of the verbs an act is tried, managed or done by way of: "may try to attack
    Kyiv" may happen, "will try to attack" is a threat, "would try to intervene by backing the AfD"
    would ("to" and the auxiliaries of a frame or a phase are read where those are)."""
    aux: set[str] = set()
    while True:
        if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head          # ("intervene … by [backing] the AfD")
        elif tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and \
                tok.head.lemma_.lower() not in ASPECT_VERBS | {"hesitate"}:
            tok = tok.head               # ("may try to [attack]")
        else:
            return aux - {"to"}
        aux |= {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


LIKELIHOOD_WORDS = words("likelihood-words")
SUPPORT_VERBS = words("support-verbs")
ASPECT_VERBS = words("aspect-verbs")
FINITE_TAGS = {"MD", "VBD", "VBP", "VBZ"}     # an auxiliary that carries its clause's own tense


def in_clause(tok, opens) -> bool:
    """Whether an action stands in a clause that ``opens`` tells of, itself or a clause above it
    in that clause ("if Iran's aim was [to kill] U.S. troops", "whether Trump tries to speed
    [the seizure]")."""
    for _ in range(6):
        if opens(tok):
            return True
        if tok.dep_ in ("advcl", "ROOT", "conj", "parataxis") or tok.head == tok:
            return False
        tok = tok.head
    return False


def in_condition(tok) -> bool:
    """Whether an action stands in a clause opened by "if" or "unless"."""
    return in_clause(tok, has_condition)


def open_question(tok) -> bool:
    """Whether an action stands in a clause opened by "whether" ("it is unclear whether Russia
    will attack"): not told as fact."""
    return in_clause(tok, lambda t: any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children))


def imperative(tok) -> bool:
    """Whether an action is bidden, not told: a verb in its base form heading its sentence with no
    subject or auxiliary ("Mr. President, declare a national emergency now", "Engage in a
    dialogue, Maduro told them")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else anchor(tok)
    while verb.dep_ == "conj":
        verb = verb.head
    doc = verb.doc
    first = all(w.is_punct for w in doc[verb.sent.start:verb.i])     # ("Engage …," he told them)
    # (one addressed is no subject: "Mr. President, declare …")
    vocative = lambda c: c.pos_ == "PROPN" and c.right_edge.i in (verb.i - 2, verb.i - 1) and \
        doc[verb.i - 1].text == "," and all(w.is_punct for w in doc[verb.sent.start:c.left_edge.i])
    # (a bidding quoted after the verb that tells it: shouted “Step down, Xi Jinping!”)
    quoted = verb.dep_ == "xcomp" and verb.i > 0 and doc[verb.i - 1].text in ('"', "\u201c")
    return verb.tag_ == "VB" and (verb.dep_ in ("ROOT", "ccomp", "parataxis") or verb.dep_ == "advcl" and first or quoted) \
        and not any((c.dep_ in SUBJECTS | PASSIVE_SUBJECTS and not vocative(c)) or c.dep_ in ("aux", "auxpass", "mark", "expl")
                    for c in verb.children)


def unfounded(tok) -> bool:
    """Whether an action stands in a clause told of a noun with "no": "there is no sign that Russia
    will withdraw", "gave no indication that it would dismantle", "no evidence that Iran attacked"."""
    return in_clause(tok, lambda t: t.dep_ in ("acl", "ccomp") and t.head.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ == "no" for c in t.head.children))


def addressee_of(frame_tok, action_tok) -> bool:
    """Whether an intent word names someone else to act ("wants Putin to attack"); the one a
    promise is made to does not act ("promised Brown he would stand down")."""
    if frame_tok.lemma_.lower() in PROMISING or (action_tok.dep_ == "ccomp" and
                                                 any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in action_tok.children)):
        return False
    infinitive = action_tok.dep_ == "xcomp" or (action_tok.dep_ == "ccomp" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in action_tok.children))
    return any(c.dep_ in OBJECTS and c.pos_ in ("PROPN", "NOUN") for c in frame_tok.children) or \
        (infinitive and any(c.dep_ in SUBJECTS for c in action_tok.children))


BACKGROUND_MARKS = words("background-marks")
BACKGROUND_PREPS = words("background-preps")
CIRCUMSTANCE_PREPS = BACKGROUND_PREPS | words("circumstance-preps")


def dated(tok) -> bool:
    """Whether a phrase states its own date: then it reports a past event, not a backdrop."""
    return any(t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in tok.subtree)


def is_background(tok) -> bool:
    """An action told as background to the sentence's news: in a relative clause ("the guerrillas
    who overran it"), a participle modifying a noun, or a clause opened by "after", "since", …"""
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ in BACKGROUND_PREPS:
        return not dated(tok)  # "during a G8 summit"; but "after the invasion of Ukraine in February 2022"
    t = tok if tok.pos_ in ("VERB", "AUX") else anchor(tok)
    perfect = t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
    if t.dep_ in ("relcl", "acl") and (t.tag_ != "VBN" or perfect) and not content_clause(t) and not continuative(t) \
            and not (tok is t and aside(t)) and not effort_to(t):
        return True
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children):
        return not told_done(tok, t, [c.lower_ for c in t.children if c.dep_ == "mark"])
    return t.dep_ == "pcomp" and t.head.lower_ in BACKGROUND_MARKS and not told_done(tok, t, [t.head.lower_])


def effort_to(t) -> bool:
    """What one takes steps or makes an effort to do ("has taken some steps to ease restrictions on
    Cuba"): the doing, by whoever takes them, not a setting."""
    return t.head.lemma_.lower() in EFFORT_NOUNS and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)


def told_done(tok, verb, marks: list[str]) -> bool:
    """A deed told by its own verb in the past after "after", "since" or "because" is news of its
    own ("halted purchases after Trump stepped up tariffs", "weeks after meeting with students"):
    done, not background; after "before", only one told in the past tense happened ("killed 49
    people before he was killed in a shootout with police"), not one that could or might have
    ("before he could escape", "before talks begin"); a noun tells only the setting."""
    if tok is not verb:
        return False
    if "before" in marks:
        return (verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD"
                                                                    for c in verb.children))) and \
            not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ in ("VBD", "VBG") or (verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") for c in verb.children))


def aside(t) -> bool:
    """A relative clause set off by a comma, on a named party, that tells a deed of its own:
    "Mohammed al-Zahawi, who fought to overthrow Gadhafi", "Evers, who has endorsed Biden" — news
    told in passing, not which one is meant (that is "the man who attacked"); and one whose
    party does something now or did it just then, by its own verb: "Kurdish forces who are
    battling the army", "11 Hamas rockets that hit the city", "Prevezon, which is lobbying"."""
    if t.dep_ != "relcl":
        return False
    if t.tag_ in ("VBD", "VBZ", "VBP", "VBN") and set_off(t) and t.head.pos_ == "PROPN":
        return True
    relative = [c for c in t.children if c.dep_ in SUBJECTS and c.lower_ in ("who", "which", "that")]
    # (or one with a doer of its own, done to the noun: "the man they arrested")
    own = [c for c in t.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") and c.lower_ != "that"] \
        if not any(w.tag_ in ("WP", "WDT", "WRB") for c in t.children for w in [c, *c.children]) else []
    # (what a party is doing now: "Kurdish forces who are battling the army"; not "kids who are arriving")
    ongoing = t.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children) and (
        t.head.pos_ == "PROPN" or t.head.ent_type_ in ("NORP", "ORG", "GPE", "PERSON")
        or any(c.ent_type_ in ("NORP", "ORG", "GPE") for c in t.head.children if c.dep_ in ("amod", "compound", "poss")))
    return bool(relative or own) and (ongoing or t.tag_ == "VBD") and not any(w.ent_type_ == "DATE" for w in t.subtree)


def set_off(t) -> bool:
    """A relative clause whose subject is "who" or "which" set off by a comma ("Evers, who …");
    never "that", which tells which one is meant."""
    relative = [c for c in t.children if c.dep_ in SUBJECTS and c.lower_ in ("who", "which")]
    return bool(relative) and relative[0].i > 0 and t.doc[relative[0].i - 1].text == ","


def continuative(t) -> bool:
    """A relative clause that carries the story on, not back: set off by a comma after the object
    of the sentence's verb, its subject the relative pronoun, told in the past with no date of its
    own ("the mob stoned the police, who fired tear gas"); "the man, who had robbed a bank in 2019"
    stays background (a named party's is news told in passing: ``aside``)."""
    noun = t.head
    if t.dep_ != "relcl" or t.tag_ != "VBD" or noun.dep_ not in OBJECTS | {"pobj"} or noun.i > t.i:
        return False
    verb = noun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if verb.dep_ not in ("ROOT", "conj") or verb.i > noun.i:
        return False      # ("a referendum held in Crimea in 2014, which saw …", inside a subject)
    return set_off(t) and not any(w.ent_type_ == "DATE" for w in t.subtree)


def content_clause(t) -> bool:
    """A clause under a noun that tells its content or what its people are doing, not background:
    "a reminder that Iraq must cooperate", "its promise to withdraw", "dispersed demonstrators
    protesting the results", "passed a resolution condemning the attack"."""
    if t.dep_ != "acl":
        return False
    if any((c.dep_ == "mark" and c.lower_ == "that") or (c.dep_ == "aux" and c.lower_ == "to") for c in t.children):
        return True
    return t.tag_ == "VBG" and (t.head.dep_ in OBJECTS | {"pobj"} or t.head.lemma_.lower() in SPEECH_NOUNS | ISSUED_NOUNS)


def alleging_word(tok):
    """The word under which an action is alleged rather than asserted ("accused of", "arrested
    for", "evidence that", "claimed that", "denied …"), or None."""
    t = tok
    for _ in range(4):
        if t.head == t:
            return None
        if t.dep_ in ("pcomp", "pobj", "ccomp", "acl", "advcl", "xcomp") and t.head.lemma_.lower() in ALLEGING:
            return t.head
        if t.dep_ in ("pcomp", "pobj") and t.head.dep_ == "prep" and t.head.head.lemma_.lower() in ALLEGING:
            return t.head.head
        if t is not tok and t.dep_ in OBJECTS and t.lemma_.lower() in HEARSAY_NOUNS and \
                t.head.lemma_.lower() in DENYING_VERBS:
            return t.head     # "denied reports that its troops attacked the village": what was denied
        t = t.head
    return None


OBLIGATION_AUX = word_pairs("obligation-aux")


def obliging_speech(tok, lex: VerbLexicon):
    """(speech verb, frame) when a reported clause says someone must or should act:
    "Russia said Sudan must return the helicopter" is Russia's demand to Sudan."""
    if tok.dep_ not in ("ccomp", "acl") or not any(c.dep_ in SUBJECTS for c in tok.children) or has_condition(tok):
        return None      # ("… should Moscow invade": a condition, not an obligation)
    frame = next((OBLIGATION_AUX[c.lower_] for c in tok.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX),
                 None)
    speech = tok.head          # a speech verb, or a speech noun ("a reminder to Iraq that it must …")
    spoken = lex.frame_of(speech.lemma_.lower(), "ccomp") == "say" if tok.dep_ == "ccomp" else \
        speech.pos_ == "NOUN" and speech.lemma_.lower() in SPEECH_NOUNS
    if frame is None or not spoken:
        return None
    return speech, frame


def framing_word(tok, lex: VerbLexicon):
    """The word that frames an action: "vowed [to attack]", "is prepared [to collaborate]"."""
    if tok.dep_ not in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "prep", "acl", "pcomp"):
        return None      # ("pcomp": "is committed to [opening up] the economy")
    comp = clause_kind(tok) if tok.dep_ == "ccomp" else "xcomp"
    head = tok.head
    if tok.dep_ == "advcl" and any(c.dep_ in OBJECTS for c in head.children):
        return None        # "offered its troops [to help]": a purpose, not what is offered
    if tok.dep_ == "advcl" and any(c.dep_ in SUBJECTS | {"nsubjpass"} for c in tok.children) and \
            any(c.dep_ in ("mark", "advmod") and c.tag_ in ("WRB", "IN") and c.lower_ != "for" for c in tok.children):
        return None        # "when the Taliban [took] control, the group called on …": a clause of its own
    if head.dep_ == "prep" and head.lower_ in ("for", "to", "on", "from"):  # "called for talks", "agreed to
        head = head.head            # talks", "reneged on its promise", "refrained from attacking"
    if head.lower_ == "order" and head.dep_ == "pobj" and head.head.lower_ == "in":
        return None                 # "in order to avoid clashes": a purpose, no order given
    if tok.dep_ in ("dobj", "pobj") and tok.pos_ == "VERB":
        return None
    if tok.dep_ in ("dobj",) and head.lemma_.lower() not in ("demand", "request", "seek", "offer", "propose",
                                                               "promise", "pledge", "threaten", "reject", "refuse"):
        return None
    keys = lemma_keys(head) if head.pos_ in ("VERB", "AUX") else [head.lemma_.lower()]
    if for_clause(tok):          # "called [for] Holder to resign": the verb with "for"
        keys = [f"{head.lemma_.lower()}_for"] + keys
    keys = [k for k in keys if not (head.pos_ in ("VERB", "AUX") and k in lex.noun_only)]
    frame = next((f for k in keys if (f := lex.frame_of(k, comp))), None)
    if frame and frame != "say":
        return head, frame
    return None


def clause_kind(clause) -> str:
    """How a complement clause is framed: "xcomp", "ccomp", or "subjunctive" (``subjunctive``)."""
    return "subjunctive" if clause.dep_ == "ccomp" and subjunctive(clause) else clause.dep_


def subjunctive(clause) -> bool:
    """A that-clause in the subjunctive, what one asks be done: its verb bare after a subject in the
    third person singular ("suggested Congress cut taxes", "insisted the process be fair",
    "requested that the names be unmasked"); with a plural subject the bare verb tells nothing
    ("suggest voters favor him")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.tag_ in ("NN", "NNP") or subject.lower_ in ("he", "she", "it")):
        return False
    if any(c.dep_ == "aux" for c in clause.children):
        return False        # ("suggested the cash could be shared")
    if clause.tag_ == "VBN":
        return any(c.dep_ == "auxpass" and c.lower_ == "be" for c in clause.children)
    return clause.tag_ == "VB"


def for_clause(tok) -> bool:
    """A clause opened by "for" with a subject of its own: "called for Holder to resign"."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def mode_of(a: Action) -> str:
    if a.negated:
        return "negated"
    return a.mode


ISSUED_NOUNS = words("issued-nouns")
SPEECH_NOUNS = words("speech-nouns")
REFUSING = words("refusing")


def obligation_frame(clause) -> str | None:
    """"demand" or "appeal" for a reported clause that says someone must or should act."""
    return next((OBLIGATION_AUX[x.lower_] for x in clause.children if x.dep_ == "aux" and x.lower_ in OBLIGATION_AUX),
                None)


def embedded(a: Action, others: set[int], obligations: set[int]) -> bool:
    """Whether another action's clause holds this one — its purpose ("sent troops [to help]"), its
    content ("demanded that Israel [ease restrictions]"), its object ("rejected an offer of
    [talks]") or a clause hung on it ("refused, saying he would only [welcome] him").
    Actions joined by "and" or a participle stand side by side ("was indicted and will resign",
    "attacked the camp, killing 156")."""
    own, t, joined = own_tokens(a), a.tok, True
    if at_the_bidding(a.tok):
        return False       # "the council met at the request of Jordan": Jordan did ask
    if a.tok.tag_ == "VBG" and a.frame_tok is None and content_clause(a.tok):
        return False       # "dispersed demonstrators [protesting] the results": what they were doing
    for _ in range(12):
        if t.head == t:
            return False
        # "…, providing a lifeline": a participle clause tells another act of the same actor
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in t.children)
        below, edge, t = t, t.dep_, t.head
        if edge == "advcl" and any(c.dep_ in ("mark", "advmod") and c.i < below.i and (
                c.lower_ in FACT_MARKS or (c.lower_ == "before" and told_done(below, below, ["before"])))
                                   for c in below.children):
            return False   # "was injured when a mob pelted stones", "before he was killed by police": it happened
        if edge in SUBJECTS | PASSIVE_SUBJECTS and a.tok.dep_ == "acl" and a.tok.tag_ == "VBN" and below.i == a.tok.head.i:
            return False   # told of the subject ("hostages released by the rebels arrived"): a fact
        if edge == "prep" and below.lower_ == "for" and t.lemma_.lower() in JUDGING_FOR and t.pos_ == "VERB":
            return False   # "praised the company for [agreeing] to build a plant": the deed judged was done
        if edge == "relcl" and continuative(below):
            return False   # "stoned the police, who fired tear gas": the story carried on
        if t.i in obligations and not (joined and edge == "conj" and main_clause(t)):
            return True    # (but "asked the court to order …, [accused] Israel": a deed beside the asking)
        if t.i in own or (below.i == a.tok.i and edge in OBJECTS and a.pattern.noun and t.lemma_.lower() in SUPPORT_VERBS):
            continue       # ("fired tear gas and [made] arrests": the noun's own verb)
        # ("prompting Armenia to appeal": what a cause makes happen, happened)
        # (and clauses side by side: "… was lynched by a mob; 11 people have been arrested")
        joined = joined and (edge in ("conj", "parataxis") or participle or
                             (edge == "xcomp" and t.lemma_.lower() in CAUSING_VERBS))
        if t.i in others:
            return not joined
    return False


def main_clause(tok) -> bool:
    """Whether a verb heads the sentence's main clause, or one joined to it by "and"."""
    return tok.dep_ == "ROOT" or (tok.dep_ == "conj" and tok.head.dep_ == "ROOT")


def mark_embedded(coded: list[tuple[Action, list[Event]]], obligations: set[int]) -> None:
    """A sentence reports its main event; an event told only as the purpose, content or object
    of another is not reported as having happened: its mode becomes "embedded". Speech verbs do
    not embed what they report, except an obligation ("said the US must [be ready to mediate]"
    is a demand): ``obligations`` holds such clauses and the verbs of frame-only events."""
    holding = [(b, action_tokens(b), anchor(b.tok).i) for b, found in coded
               if any(not e.code.startswith("01") for e in found)]
    for a, found in coded:
        if a.mode not in ("", "future"):
            continue
        # (two event nouns on one light verb do not hold each other through it: "completed its
        # investigation into an allegation")
        verb = anchor(a.tok).i
        holders = {i for b, tokens, b_verb in holding if b is not a for i in tokens
                   if not (i == b_verb == verb != b.tok.i and b.frame_tok is None)} - own_tokens(a)
        if embedded(a, holders, obligations):
            for e in found:
                e.mode = "embedded"


def purpose_of_protest(a: Action, actions: list[Action]) -> bool:
    """An appeal or demand that is what a protest is for ("staged demonstrations to demand reforms",
    "demonstrated … calling for independence", "rallied, saying he must resign"): the protest is the event, its claim is its content."""
    if a.code[:2] not in ("02", "10"):
        return False
    t = anchor(a.tok)
    protests = {b.tok.i for b in actions if b.code[:2] == "14"} | {anchor(b.tok).i for b in actions
                                                                     if b.code[:2] == "14"}
    # ("staged rallies against Abbas, saying he must resign": the claim is told by the protest's participle)
    said = [anchor(a.frame_tok)] if a.frame_tok is not None else []
    return any(w.dep_ in ("advcl", "xcomp", "acl") and w.head.i in protests for w in [t] + said)
