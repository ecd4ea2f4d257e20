"""The event coder: from a parsed sentence, who did what to whom, in CAMEO.

Coding runs in three steps for each sentence, after ``repair.repair_parse`` has mended the
parser's known misreadings:
1. ``find_actions``: every verb or event noun that matches the verb lexicon, with the lexicon
   entry that fits best (entries with an object and a preposition beat bare verbs).
2. ``frame_action``: the words governing the action change its code and mode: intent
   ("vowed to attack" → threat), appeals, demands, refusals, future and negation.
3. ``events_for``: source and target actors from the parse (subject, passive agent, object,
   prepositional object, compound subjects), one Event per actor pair.
The coder returns candidates only; storing them is another module's job.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .actors import PLACE_NOUNS
from .confidence import STATEMENT_CONFIDENCE, probability
from .lexicon import codebook_entry, read_table
from .records import Actor, Event, Mention, Sentence
from .repair import OBJECTS, REPORTING_VERBS, SUBJECTS, repair_parse

PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
INHERIT_SUBJECT = {"xcomp", "conj", "advcl", "pcomp", "acomp"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"may", "might", "could", "should", "must", "can", "ca"}
CONDITIONAL_AUX = {"would", "'d"}
NEGATIONS = {"not", "n't", "never", "no"}
LIGHT_VERB_CLIMB = 3
COOPERATIVE_ROOTS = {"03", "04", "05", "06", "07", "08"}
NAMED_TYPES = {"DATE", "TIME", "PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "CARDINAL", "MONEY", "PERCENT"}
# Words that present an action as alleged rather than as having happened ("accused of shelling").
CLAIMING = {"claim", "allege", "charge", "contend"}     # claims of hostile acts are accusations
ALLEGING = CLAIMING | {"accuse", "suspect", "blame", "evidence", "allegation", "accusation",
            "rumor", "rumour", "suspicion", "deny", "denial", "arrest", "convict", "indict",
            "sentence", "jail", "imprison", "detain", "prosecute", "investigate", "condemn", "punish"}
# (reporting verbs — said, reported, claimed — pass on what happened: the reported event stands)
VERB_TARGET_PREPS = frozenset({"with", "against", "to", "toward", "towards", "on", "at", "into", "from", "upon",
                               "between"})
OBJECT_TARGET_PREPS = frozenset({"with", "against", "to", "on", "from", "by", "of", "toward", "towards", "for",
                                 "between"})
BENEFICIARY_PREPS = frozenset({"for"})
BENEFIT_ROOTS = {"03", "05", "07"}
PLACE_PREPS = frozenset({"in", "at", "near", "outside", "across", "throughout", "into"})
PLACE_TARGET_ROOTS = {"03", "04", "05", "07", "08", "13", "14", "15", "16", "17", "18", "19", "20"}
# Frames whose actor asks, orders or lets another act: the one addressed is the target.
ADDRESSING_FRAMES = ("appeal", "demand", "permit")
ADDRESSED_ROOTS = {"02", "10", "11", "12", "13"}
HOSTILE_ROOTS = {"13", "14", "15", "16", "17", "18", "19", "20"}
VIOLENT_ROOTS = {"18", "19", "20"}
NESTED_PREPS = frozenset({"in", "of", "near", "outside", "at", "from", "by"})
REASON_NOUNS = {"protest", "response", "retaliation", "opposition", "reply", "reaction", "solidarity"}
REASON_PREPS = frozenset({"against", "at", "of", "over", "to", "with"})
PASSIVE_CAUSE_PREPS = frozenset({"in", "during", "near", "outside"})   # ("fired at it": a target)
MEETING_NOUNS = {"meeting", "encounter", "talk", "summit", "visit", "negotiation", "discussion"}
NOUN_TARGET_PREPS = frozenset({"of", "on", "against", "into", "with", "to", "toward", "towards", "between"})
NEST_LEVELS = 3
SOURCE_NESTED_PREPS = frozenset({"of", "from", "by"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})
MAX_DYAD_PARTIES = 3     # joint acts of more parties are coded as a hub and spokes
CLAIM_PREPS = frozenset({"for", "over"})      # "calling for independence from Iraq"
# Pronouns that, in a clause governed by a speaker's verb, stand for the speaker ("Annan said he …").
SPEAKER_PRONOUNS = ("it", "they", "we", "he", "she")


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

    @property
    def specificity(self) -> int:
        compound = any("_" in o for o in self.objects)      # "+hunger_strike" beats "+strike"
        return 2 * bool(self.objects) + compound + bool(self.preps) + ("_" in self.head)


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

    @classmethod
    def load(cls, verbs_file: str = "verbs.tsv") -> "VerbLexicon":
        lex = cls()
        for row in read_table(verbs_file, 2):
            p = parse_pattern(row[0], row[1])
            (lex.nouns if p.noun else lex.verbs).setdefault(p.head, []).append(p)
        for table in (lex.verbs, lex.nouns):
            for pats in table.values():
                pats.sort(key=lambda p: -p.specificity)
        for row in read_table("frames.tsv", 2):
            lex.frames.setdefault(row[0], []).append((row[1], row[2] if len(row) > 2 else "any"))
            if len(row) > 3 and row[3] == "NOUN":
                lex.noun_only.add(row[0])
        for frame, prefix, result in read_table("frame-codes.tsv", 3):
            lex.frame_codes.setdefault(frame, {})[prefix] = result
        abstract = read_table("abstract-objects.tsv", 1)
        lex.abstract_objects = frozenset(row[0] for row in abstract)
        lex.singular_only = frozenset(row[0] for row in abstract if row[1:] == ["=sg"])
        return lex

    def transform(self, frame: str, code: str) -> str | None:
        """The code an action gets under a frame; None when the frame makes it no event."""
        table = self.frame_codes.get(frame, {})
        for n in range(len(code), 1, -1):
            if code[:n] in table:
                return resolve_result(table[code[:n]], code)
        return resolve_result(table.get("*", "="), code)

    def frame_of(self, lemma: str, comp: str) -> str | None:
        for frame, wanted in self.frames.get(lemma, []):
            if wanted in ("any", comp):
                return frame
        return None


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


# Verbs whose subject tells of, fears or weighs an event rather than doing it.
OBSERVING_VERBS = {"estimate", "describe", "study", "report", "fear", "predict", "witness", "survive", "recall",
                   "remember", "commemorate", "mark", "assess", "analyse", "analyze", "document", "cover",
                   "mention", "cite", "see", "watch", "expect", "forecast", "investigate", "examine", "review",
                   "monitor", "count", "attribute", "link", "blame", "mourn", "regret", "doubt",
                   "express", "voice", "convey", "extend",   # ("expressed sorrow for the shootings")
                   "challenge", "discuss", "debate", "consider", "face", "contest", "endure",
                   "escape", "avoid", "evade", "circumvent", "question", "weigh"}
MARKET_WORDS = {"demand": {"domestic", "consumer", "global", "world", "strong", "weak", "internal", "external",
                            "oil", "energy", "export", "import", "market", "aggregate", "local", "seasonal",
                            "credit", "loan", "housing", "customer", "investor", "fuel", "power"},
                 "support": {"price", "income", "farm", "technical", "customer", "market"},
                 "pressure": {"price", "inflationary", "market", "selling", "buying", "downward", "upward",
                              "cost", "wage", "currency"}}
COMMODITIES = {"oil", "gas", "fuel", "energy", "power", "electricity", "food", "grain", "wheat", "steel", "coal",
               "credit", "loan", "housing", "product", "goods", "good", "service", "currency", "dollar", "yen",
               "euro", "share", "stock", "bond", "gold", "commodity", "metal", "car", "computer", "chip"}
# Roots whose bare verbs need an actor as object, when they have one ("released the hostages").
OBJECT_ACTOR_ROOTS = {"08", "14"}
PROTEST_NOUNS = {"strike", "protest", "demonstration", "rally", "march", "boycott", "sit-in", "walkout", "stoppage"}
TROOP_NOUNS = {"troop", "soldier", "peacekeeper", "contingent", "battalion", "brigade", "marine", "paratrooper",
               "force", "unit", "division", "warship", "fleet"}
PEACEKEEPING_WORDS = {"peacekeeper", "peacekeeping", "peace-keeping", "observer", "monitor", "helmet"}
EXERCISE_NOUNS = {"exercise", "drill", "maneuver", "manoeuvre", "wargame", "game"}
PROMISING = {"promise", "pledge", "assure", "vow", "guarantee", "swear", "offer"}
NEEDS_SOMEONE = {"force", "pressure", "pressurize", "pressurise", "coerce", "push", "charge"}
GIVING_ROOTS = {"07"}          # bare verbs of giving ("help", "donate") need someone given to
WARNING_VERBS = {"warn", "caution"}
# Verbs of a state, not an act: "warned that the EC will have a deficit" threatens no one.
STATE_VERBS = {"be", "have", "become", "remain", "face", "see", "need", "lack", "suffer", "lose", "run", "get",
               "fall", "rise", "grow", "stay", "seem", "look", "feel", "cost", "reach", "exceed"}
ACTING_NOUNS = {"police", "army", "military", "government", "force", "troop", "authority", "regime", "rebel",
                "militant", "we", "security"}
OWN_AIMS = {"target", "goal", "mark", "objective", "forecast", "estimate", "expectation"}
STATE_PARTICIPLES = {"oppose", "commit", "prepare", "determine", "dedicate", "resolve", "dispose", "inclined",
                     "incline", "opposed", "committed", "prepared", "determined", "engage", "engaged", "involve",
                     "involved", "quote", "quoted"}     # ("King Hassan was quoted as saying": he spoke)
PARTICLES = {"out", "back", "down", "aside", "off", "up", "over", "away", "in", "on", "upon", "for"}


def lemma_keys(tok) -> list[str]:
    """Lexicon keys for a verb: with its particle first ("pull_out"), then the bare lemma.
    The parser tags some particles advmod or prep ("walked out", "fought off"); they count too."""
    lemma = tok.lemma_.lower()
    parts = [c.lower_ for c in tok.children if c.dep_ == "prt"
             or (c.dep_ in ("advmod", "prep") and c.lower_ in PARTICLES and c.i == tok.i + 1)]
    doc = tok.doc
    prefix = [f"{doc[tok.i - 2].lower_}_{lemma}"] if tok.i >= 2 and doc[tok.i - 1].text == "-" else []
    return prefix + [f"{lemma}_{p}" for p in parts] + [lemma]      # "test-fired": test_fire


def objects_of(tok) -> list:
    """Direct objects (and passive subjects) of a verb, looking through "a series of X"."""
    # (the subject of a stance is no object: "Serb forces were engaged in ethnic cleansing")
    passive = PASSIVE_SUBJECTS if tok.lemma_.lower() not in STATE_PARTICIPLES or \
        any(c.dep_ == "agent" for c in tok.children) else set()
    objs = [c for c in tok.children if c.dep_ in OBJECTS | passive | {"dative", "attr"}]
    objs += [c for o in objs for c in o.conjuncts if c.pos_ in ("NOUN", "PROPN")]  # "photographs and intelligence"
    for o in list(objs):
        for prep in o.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                objs.extend(c for c in prep.children if c.dep_ == "pobj")
    return objs


def prep_objects(tok, preps: frozenset) -> list:
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in preps:
            out.extend(c for c in prep.children if c.dep_ == "pobj")
        elif prep.dep_ == "prt":   # "pull out of": out→of
            out.extend(prep_objects(prep, preps))
    return out


def object_keys(tok, framed: bool = True) -> set[str]:
    """How an object noun can be named in the lexicon: its lemma, its form, and with its
    compound modifier ("hunger_strike", "air_strike", "car_bomb")."""
    lemma = tok.lemma_.lower()
    keys = {lemma, tok.lower_}
    keys |= {f"{c.lower_}_{lemma}" for c in tok.children if c.dep_ in ("compound", "amod")}
    if framed and lemma in FRAME_NOUNS:     # "a military aid program", "the peace process": the noun before it names it
        keys |= {c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"}
    return keys


def match_verb(tok, lex: VerbLexicon) -> Action | None:
    """The best-fitting verb entry: all its constraints met (object and preposition), the most
    specific first ("attack >over" is a verbal attack; plain "attacked X" is the bare entry's)."""
    fallback = None
    for key in lemma_keys(tok):
        for p in lex.verbs.get(key, []):
            action = fit_pattern(tok, p)
            if action is not None and (not p.preps or action.prep_found):
                if action.obj is not None and action.obj.head != tok:
                    # "expelled the ambassadors of seven countries": the ambassadors first; of such
                    # entries the most specific ("launched dozens of rockets [at] Israel")
                    if fallback is None or p.specificity > fallback.pattern.specificity:
                        fallback = action
                    continue
                if action.obj is None and fallback is not None:
                    break
                return None if figurative(action, lex) else action
    if fallback is not None:
        return None if figurative(fallback, lex) else fallback
    return None


def figurative(a: Action, lex: VerbLexicon) -> bool:
    """Violence done to an abstraction is a figure of speech: "attack the trade deficit"."""
    if a.code[:2] not in ("18", "19", "20"):
        return False
    objects = [o for o in a.tok.children if o.dep_ in OBJECTS]
    # "launched an attack on the spending plans": what is attacked is the object's object
    objects += [x for o in ([a.obj] if a.obj is not None else []) + ([a.tok] if a.pattern.noun else [])
                for x in prep_objects(o, frozenset({"on", "against"}))]
    # "hit its targets", "reach their goal": an aim of one's own is reached, not struck
    return any(o.lemma_.lower() in lex.abstract_objects and not (o.tag_ == "NNS" and o.lemma_.lower() in lex.singular_only)
               for o in objects) or \
        any(o.lemma_.lower() in OWN_AIMS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children)
            for o in objects)


def fit_pattern(tok, p: Pattern) -> Action | None:
    obj = None
    if p.objects:
        candidates = objects_of(tok)
        if p.object_prep and not any(c.dep_ == "prt" and c.lower_ == p.object_prep for c in tok.children):
            candidates = prep_objects(tok, frozenset({p.object_prep}))   # parsed as a preposition
        obj = next((o for o in candidates if object_keys(o) & p.objects), None)
        if obj is None:
            return None
    targets = []
    if p.preps:
        targets = prep_objects(tok, p.preps) or (prep_objects(obj, p.preps) if obj is not None else [])
    found = bool(targets)
    if not targets and (not p.objects or p.object_prep):   # "placed the leader [under arrest]"
        targets = [c for c in tok.children if c.dep_ in OBJECTS | {"dative"} and c != obj]
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
        if targets:
            return Action(tok=tok, pattern=p, targets=targets, code=p.code, prep_found=True)
    bare = [p for p in patterns if not p.preps]
    if not bare:
        return None
    return Action(tok=tok, pattern=bare[0], code=bare[0].code, targets=prep_objects(tok, NOUN_TARGET_PREPS))


def find_actions(sent, lex: VerbLexicon) -> list[Action]:
    """Every lexicon match in a sentence; nouns already used by a verb entry are skipped."""
    actions, used = [], set()
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX"):
            a = match_verb(tok, lex)
            if a:
                if a.code == "057" and a.obj is not None and agreement_to_act(a.obj):
                    a.code = "030"    # "reached an agreement to exchange prisoners": agreed to (03), not a pact signed
                actions.append(a)
                if a.obj is not None:
                    used.add(a.obj.i)
    # "announced a suspension", "agreed to a ceasefire": statements and framing verbs leave the noun its event
    verbs = {a.tok.i for a in actions if not a.code.startswith("01") and a.tok.lemma_.lower() not in lex.frames}
    for tok in sent:
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in used and tok.ent_type_ not in NAMED_TYPES \
                and not governed_by(tok, verbs) and not modifier_only(tok) and not anaphoric(tok):
            a = match_noun(tok, lex)
            if a and not figurative(a, lex):
                actions.append(a)
    return actions


def agreement_to_act(noun) -> bool:
    """An agreement or consensus to do something ("an agreement to exchange prisoners")."""
    return any(c.dep_ in ("acl", "relcl", "xcomp") and c.pos_ == "VERB"
               and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children) for c in noun.children)


# Nouns that take their content from the noun before them: "aid program", "arms shipment".
FRAME_NOUNS = {"program", "programme", "package", "scheme", "plan", "deal", "shipment", "delivery", "supply",
               "project", "process", "operation", "effort", "convoy", "flight", "link", "agreement", "accord"}
# Verbs that judge their object for what it did ("accused Rwanda of supporting the rebels").
JUDGING_VERBS = {"accuse", "blame", "charge", "suspect", "convict", "praise", "thank", "congratulate", "criticize",
                 "criticise", "condemn", "commend", "fault", "punish", "sanction", "indict", "arrest", "jail"}
# Verbs that make their object do the next act ("prompted Armenia to appeal").
CAUSING_VERBS = {"prompt", "force", "compel", "cause", "drive", "lead", "oblige", "spur", "provoke", "trigger"}
WEAPON_NOUNS = {"missile", "aircraft", "drone", "tank", "warship", "jet", "rocket", "bomb", "weapon", "arm",
                "warplane", "helicopter", "submarine"}
MUTUAL_VERBS = {"clash", "fight", "battle", "skirmish", "exchange", "feud", "spar", "collide"}
PERSON_OBJECT_ROOTS = {"08", "17", "18"}   # yielding, coercing, assaulting: done to the object
REVENGE_NOUNS = {"revenge", "retaliation", "reprisal", "vengeance", "retribution", "punishment"}
QUANTITY_NOUNS = {"series", "set", "round", "wave", "number", "list", "batch", "raft", "string", "spate", "host",
                  "volley", "barrage", "salvo", "flurry"}
EFFORT_NOUNS = {"effort", "mission", "campaign", "operation", "attempt", "bid", "drive", "initiative"}


def anaphoric(tok) -> bool:
    """"The meeting", "the encounter" with nothing of its own: it refers back to a meeting
    already told, it is not a new one."""
    return tok.lemma_.lower() in MEETING_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                        for c in tok.children) \
        and not any(c.dep_ in ("prep", "poss", "compound", "amod") for c in tok.children)


def modifier_only(tok) -> bool:
    """An event noun that only qualifies another noun ("aid convoys", "invasion forces",
    "peace plan") is no event; "a mediation effort" still is."""
    return tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() not in EFFORT_NOUNS


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


# ---------------------------------------------------------------- step 2: framing and modality

def frame_action(a: Action, lex: VerbLexicon) -> Action | None:
    """Apply the governing frame (intent, appeal, demand, refusal, threat), modality and negation;
    None when the frame makes the action no event ("refused to attack")."""
    a.negated = is_negated(a.tok)
    a.alleged_by = alleging_word(a.tok)
    if a.alleged_by is not None or any(c.lower_ in ("allegedly", "purportedly", "supposedly") for c in a.tok.children):
        a.mode = "alleged"      # (also "a civilian allegedly killed by UK troops")
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
    if governor is None and a.pattern.noun and a.tok.dep_ in OBJECTS and a.tok.head.pos_ == "VERB":
        governor = framing_word(a.tok.head, lex)    # "threatened to [institute] a curfew"
        if governor is not None and governor[0].lemma_.lower() not in REFUSING and governor[1] == "refuse":
            governor = None                         # but "failed to [win] support" refuses nothing
    if governor is not None:
        outer = framing_word(governor[0], lex) if governor[1] in ("intent", "consider") else None
        if outer is not None and outer[1] in ("refuse", "appeal", "demand"):
            governor = outer       # "refused [to commit to] assistance", "urged it [to agree to] talks"
        framed = apply_frame(a, lex, *governor)
        if framed is not None and not framed.mode and is_background(governor[0]):
            framed.mode = "background"     # "a resolution that aims [to impose] a blockade"
        return framed
    obligation = obliging_speech(a.tok, lex)
    if obligation is not None:                     # "Russia said Sudan must return …"
        a.addressee_is_subject = True
        return apply_frame(a, lex, *obligation)
    return apply_modality(a, lex)


def recode(a: Action, lex: VerbLexicon, frame: str) -> bool:
    """Give the action the code it has under a frame; False when that makes it no event."""
    code = lex.transform(frame, a.code)
    if code is None:
        return False
    a.code = code
    return True


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
    if frame == "consider" or has_condition(frame_tok):
        a.mode = "hypothetical"
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
    if a.tok.dep_ == "conj" and not aux and not any(c.dep_ in SUBJECTS for c in a.tok.children):
        aux = {c.lower_ for c in a.tok.head.children if c.dep_ in ("aux", "auxpass")}   # "will [support] and [defend]"
    future = aux & FUTURE_AUX or (aux & CONDITIONAL_AUX and not has_condition(a.tok))
    unless = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                 for c in anchor(a.tok).children)
    if future and a.negated and a.code[:2] in COOPERATIVE_ROOTS:
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
    elif aux & HYPOTHETICAL_AUX or has_condition(a.tok):
        a.mode = "hypothetical"
    elif "to" in aux and a.tok.dep_ == "acl" and a.tok.head.lemma_.lower() not in EFFORT_NOUNS:
        a.mode = "embedded"   # "permission to help", "a plan to attack": a possibility, not a deed
    return a


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


BACKGROUND_MARKS = {"after", "since", "when", "following", "before", "as", "because", "while", "until"}
BACKGROUND_PREPS = {"during", "after", "since", "following", "before", "amid", "despite"}
# After these a noun is the circumstance or topic of an act, not the subject's act ("despite
# protests", "an inquiry into the allegation").
CIRCUMSTANCE_PREPS = BACKGROUND_PREPS | {"amidst", "against", "over", "about", "into", "regarding", "concerning"}


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
    if t.dep_ in ("relcl", "acl") and (t.tag_ != "VBN" or perfect) and not content_clause(t):
        return True
    if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKS for c in t.children):
        return True
    return t.dep_ == "pcomp" and t.head.lower_ in BACKGROUND_MARKS


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
        t = t.head
    return None


OBLIGATION_AUX = {"must": "demand", "should": "appeal", "ought": "appeal"}


def obliging_speech(tok, lex: VerbLexicon):
    """(speech verb, frame) when a reported clause says someone must or should act:
    "Russia said Sudan must return the helicopter" is Russia's demand to Sudan."""
    if tok.dep_ not in ("ccomp", "acl") or not any(c.dep_ in SUBJECTS for c in tok.children):
        return None
    frame = next((OBLIGATION_AUX[c.lower_] for c in tok.children if c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX),
                 None)
    speech = tok.head          # a speech verb, or a speech noun ("a reminder to Iraq that it must …")
    spoken = lex.frame_of(speech.lemma_.lower(), "ccomp") == "say" if tok.dep_ == "ccomp" else \
        speech.pos_ == "NOUN" and speech.lemma_.lower() in SPEECH_NOUNS
    if frame is None or not spoken:
        return None
    return speech, frame


def is_negated(tok) -> bool:
    """"did not attack"; "without apologising"; "had not decided on offering" (the verb a clause
    after a preposition hangs on is negated)."""
    if negated_here(tok):
        return True
    if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return True        # "had no plans to meet", "no attack took place"
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
        return tok.head.lower_ == "without" or negated_here(tok.head.head)
    return False


def negated_here(tok) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in tok.children)


def has_condition(tok) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children)


def framing_word(tok, lex: VerbLexicon):
    """The word that frames an action: "vowed [to attack]", "is prepared [to collaborate]"."""
    if tok.dep_ not in ("xcomp", "ccomp", "advcl", "pobj", "dobj", "prep", "acl", "pcomp"):
        return None      # ("pcomp": "is committed to [opening up] the economy")
    comp = "ccomp" if tok.dep_ == "ccomp" else "xcomp"
    head = tok.head
    if tok.dep_ == "advcl" and any(c.dep_ in OBJECTS for c in head.children):
        return None        # "offered its troops [to help]": a purpose, not what is offered
    if head.dep_ == "prep" and head.lower_ in ("for", "to", "on"):  # "called for talks", "agreed to talks",
        head = head.head                                           # "reneged on its promise"
    if tok.dep_ in ("dobj", "pobj") and tok.pos_ == "VERB":
        return None
    if tok.dep_ in ("dobj",) and head.lemma_.lower() not in ("demand", "request", "seek", "offer", "propose",
                                                               "promise", "pledge", "threaten", "reject", "refuse"):
        return None
    keys = lemma_keys(head) if head.pos_ in ("VERB", "AUX") else [head.lemma_.lower()]
    keys = [k for k in keys if not (head.pos_ in ("VERB", "AUX") and k in lex.noun_only)]
    frame = next((f for k in keys if (f := lex.frame_of(k, comp))), None)
    if frame and frame != "say":
        return head, frame
    return None


# ---------------------------------------------------------------- step 3: actors

def frame_subject(frame_tok) -> list:
    """Who frames an action: the subject of a framing verb, or the owner of a framing noun
    ("its demand that …") or the subject of the verb that governs it ("reiterated its demand")."""
    if frame_tok.pos_ not in ("NOUN", "PROPN"):
        return subject_heads(frame_tok)[0]
    owner = [c for c in frame_tok.children if c.dep_ == "poss" and c.pos_ != "PRON"]
    return owner or governing_subject(frame_tok)     # ("its demand": the subject it stands for)


def governing_subject(tok) -> list:
    """The subject of the verb a noun is the object of ("launched [an attack]", "reiterated [its
    demand]", "took part in [talks]", "speaking prior to [a meeting]"); not of a verb further up
    ("battled the effects of the attacks")."""
    for _ in range(LIGHT_VERB_CLIMB):
        if tok.head == tok or tok.pos_ == "ADJ":    # ("are proportionate to [the threat]": no one's)
            break
        if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in OBJECTS | {"pobj", "attr", "conj", "compound", "appos"} \
                | PASSIVE_SUBJECTS:
            break
        if tok.dep_ == "pobj" and tok.head.head.pos_ in ("NOUN", "PROPN") and tok.head.lower_ == "of" \
                and tok.head.head.lemma_.lower() not in FRAME_NOUNS | QUANTITY_NOUNS:
            break          # "the effects of [the attacks]"; but "adopted a package of [sanctions]"
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return subject_heads(tok)[0]
    return []


def subject_heads(tok, depth: int = 0) -> tuple[list, bool]:
    """Subject heads of a verb (following xcomp/conj/advcl up to a subject) and whether passive."""
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
        return agent_of(tok), True
    if tok.dep_ == "acl" and tok.tag_ == "VBN":      # "civilians killed by troops": passive
        return agent_of(tok), True
    if tok.dep_ == "advcl" and tok.tag_ == "VBN":    # "Pressed for comment, Reagan said": Reagan was pressed
        return agent_of(tok), True
    if tok.dep_ == "acl" and tok.head.lemma_.lower() in SPEECH_NOUNS | ISSUED_NOUNS:
        # "issued a declaration demanding …": whoever issued it demands
        return governing_subject(tok.head) or [tok.head], False
    if tok.dep_ in ("relcl", "acl") and depth < 4:
        return [tok.head], False
    if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and depth < 4:   # "were involved in [fighting]"
        verb = tok.head.head
        objects = [c for c in verb.children if c.dep_ in OBJECTS] if verb.lemma_.lower() in JUDGING_VERBS else []
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


def agent_of(tok) -> list:
    """The doer of a passive verb: its "by" agent, else where it happened or what did it
    ("were killed in Israeli shelling", "killed by a bomb near Samarra")."""
    agent = [o for c in tok.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return agent or prep_objects(tok, PASSIVE_CAUSE_PREPS)


def passive_target(tok) -> list:
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return [tok.head]
    if tok.dep_ == "advcl" and tok.tag_ == "VBN" and not any(c.dep_ in PASSIVE_SUBJECTS for c in tok.children):
        return [c for c in tok.head.children if c.dep_ in SUBJECTS]
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


def noun_event_source(a: Action, finder) -> list:
    """Source of a nominal event: its possessor/modifier, else the governing verb's subject —
    unless that verb only tells of the event ("estimated the destruction", "feared an attack")."""
    own = [c for c in a.tok.children if c.dep_ in ("poss", "nmod", "compound") or (c.dep_ == "amod" and (
        c.i not in finder.hits or finder.hits[c.i].entry.kind != "role"))]     # ("military aid" is no military's)
    if any(finder.actor_at(c) for c in own):
        return own
    verb = anchor(a.tok)
    if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in OBSERVING_VERBS:
        return []
    if a.tok.dep_ == "pobj" and (a.tok.head.lower_ in CIRCUMSTANCE_PREPS or (
            a.tok.head.lower_ == "on" and a.tok.head.head.pos_ == "NOUN")):
        # "refused to hold elections despite mass protests", "imposed a blackout on the withdrawal":
        # not the subject's protests or withdrawal (but "went on strike" is the subject's)
        return []
    return governing_subject(a.tok)


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
            # "demanded that the US match the EU's support": the US; "called for the resignation
            # of the prime minister": the one asked is the noun's owner
            return frame_subject(a.frame_tok), asked or own + prep_objects(a.tok, frozenset({"of"}))
        return noun_event_source(a, finder), []
    heads, passive = subject_heads(a.tok)
    extra = passive_target(a.tok) if passive else []
    if a.tok.dep_ == "acl" and a.frame in ("intent", "refuse", "threaten", "consider") and a.frame_tok is not None:
        # "rejected a US offer [to host] a summit": the refuser refuses; the offer's owner is the other side
        return frame_subject(a.frame_tok), [c for c in a.tok.head.children if c.dep_ in ("poss", "compound", "amod")]
    if a.frame in ADDRESSING_FRAMES and a.frame_tok is not None:
        frame_subj = frame_subject(a.frame_tok)
        addressee = addressed_by(a.frame_tok)
        if a.addressee_is_subject or (not addressee and a.tok.dep_ in ("ccomp", "acl")):
            # "demanded that Israel withdraw", "said Sudan must return"
            addressee = [c for c in a.tok.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"] or addressee
        if not addressee and a.frame_tok.pos_ == "NOUN":   # "issued a reminder to Iraq that it must …"
            addressee = prep_objects(a.frame_tok.head, frozenset({"to"})) + \
                [c for c in a.tok.children if c.dep_ in SUBJECTS]
        return frame_subj, addressee
    if not heads and a.frame_tok is not None:
        heads = frame_subject(a.frame_tok)
    return heads, extra


def addressed_by(word) -> list:
    """Whom an appeal or demand word names: its objects, "on/upon/to X" ("urged Iran", "called on
    Iran", "appealed to Iran")."""
    return [c for c in word.children if c.dep_ in OBJECTS | {"dative"}] + prep_objects(word, ADDRESSEE_PREPS)


def resolve(heads: list, finder, speaker: Mention | None, nested: int = 0,
            preps: frozenset = NESTED_PREPS) -> list[Mention]:
    """Actor mentions for phrase heads; with ``nested`` levels, a head that names no actor may
    point to one through "in/of X", an apposition or a possessor ("targets in Jericho",
    "a part of Syria's second city Aleppo")."""
    out = []
    for h in with_conjuncts(heads, finder):
        if h.pos_ == "PUNCT":
            continue
        pair = finder.both_countries(h)
        if pair:
            out.extend(pair)        # "both countries"
            continue
        m = None if h.lower_ in SPEAKER_PRONOUNS and speaker is not None else finder.actor_at(h)
        if m is None and nested:
            # "targets in Jericho", "Syria's city": the place or owner; but "military aid" is no military
            inner = [c for c in h.children if c.dep_ in ("appos", "poss") or (
                c.dep_ in ("amod", "compound", "npadvmod") and any(   # ("the [US]-led war")
                    t.i in finder.hits and finder.hits[t.i].entry.kind != "role" for t in c.subtree))] + \
                prep_objects(h, preps)
            found = resolve(inner, finder, None, nested - 1, preps)
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
        if m is None and h.lower_ in SPEAKER_PRONOUNS and speaker is not None and \
                (h.lower_ not in ("he", "she") or speaker.actor.type1):
            # the words that name the actor are the antecedent's ("Syria says it …": Syria)
            m = replace(speaker, kind="pronoun", head=h.i)
        if m is not None and all(m.head != x.head and not (m.actor.code == x.actor.code and m.start < x.end
                                                           and x.start < m.end) for x in out):
            out.append(m)
            out.extend(modifier_conjuncts(m, h, finder))
    return out


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


def pairs(sources: list[Mention], targets: list[Mention], code: str = "",
          mutual: bool = False) -> list[tuple[Mention | None, Mention | None]]:
    """Actor pairs for an action; compound subjects of a joint action (meeting, agreeing,
    cooperating; ``mutual`` for fighting words: "Indian and Chinese troops clashed") with no
    target act on each other ("Russia and China signed an agreement")."""
    joint = is_joint(code) or mutual
    if len(sources) > 1 and joint and all(t.kind == "place" for t in targets):
        targets = []          # "Obama and Putin will meet in Zurich": they meet each other, not Zurich
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


def is_joint(code: str) -> bool:
    """Actions that two parties do together: intents to cooperate, consultations (not
    mediation), diplomatic cooperation and agreements, material cooperation (praise, support and
    recognition go one way)."""
    return code[:2] in ("03", "06") or code in ("050", "057") or (code[:2] == "04" and not code.startswith("045"))


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


def trigger_text(a: Action) -> str:
    toks = [a.tok] + [c for c in a.tok.children if c.dep_ in ("prt", "neg")]
    if a.obj is not None:
        toks.append(a.obj)
    if a.frame_tok is not None:
        toks.append(a.frame_tok)
    return " ".join(t.text for t in sorted(toks, key=lambda t: t.i))


def fallback_targets(a: Action) -> list:
    """Where the target hides when the entry names none: with/against/to … the verb, the
    owner or source of its object ("rejected North Korea's demand", "an offer from Kabul")."""
    topic = frozenset({"on"}) if a.code[:2] == "04" else frozenset()    # "a summit on the unrest in Iran"
    if a.obj is not None and a.obj.lemma_.lower() in REVENGE_NOUNS:
        topic = frozenset({"for", "of"})       # "vowed revenge for the killing of Haniyeh": the victim is no target
    heads = prep_objects(a.tok, (VERB_TARGET_PREPS | (BENEFICIARY_PREPS if a.code[:2] in BENEFIT_ROOTS
                                                      else frozenset())) - topic)
    if a.pattern.noun and a.tok.dep_ == "compound":        # "a mediation effort between A and B"
        heads += prep_objects(a.tok.head, NOUN_TARGET_PREPS)
    if a.pattern.noun and a.tok.dep_ in ("pobj", "dobj"):  # "engaged peacekeepers in a firefight"
        verb = anchor(a.tok)
        heads += [c for c in verb.children if c.dep_ in OBJECTS and c != a.tok and c.i not in {t.i for t in a.tok.subtree}]
        heads += prep_objects(verb, frozenset({"against"}))   # "engaged in ethnic cleansing … against X"
    for reason in prep_objects(anchor(a.tok), frozenset({"in"})):   # "in protest against X"
        if reason.lemma_.lower() in REASON_NOUNS:
            heads += prep_objects(reason, REASON_PREPS)
    objs = ([a.obj] if a.obj is not None else []) + [c for c in a.tok.children if c.dep_ in OBJECTS and c != a.obj]
    objs += [c for o in objs for c in o.conjuncts]      # "artillery, mortar and rocket fire against X"
    for o in objs:
        heads += prep_objects(o, OBJECT_TARGET_PREPS - topic)
        # "prevented the demonstration staged by students": those who stage it
        heads += [x for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN" for x in agent_of(c)]
        heads += [c for c in o.children if c.dep_ in ("poss", "compound", "amod", "nmod")
                  and c.ent_type_ not in ("", "DATE", "TIME", "CARDINAL", "ORDINAL")]
    if not heads and a.obj is not None and a.code[:2] in PERSON_OBJECT_ROOTS:
        heads.append(a.obj)      # "dismissed his army chief Valery Zaluzhny": the one dismissed
    if a.code[:2] in ADDRESSED_ROOTS and a.frame_tok is None:
        # "demanded that Israel withdraw", "reiterated its demand that Israel ease …", "insisted on
        # its demands that Burundi's government grant …": the one the clause asks to act
        holders = {a.tok, anchor(a.tok)} | set(prep_objects(a.tok, frozenset({"on", "upon"})))
        heads += [s for h in holders for c in h.children if c.dep_ in ("ccomp", "xcomp", "acl")
                  for s in c.children if s.dep_ in SUBJECTS | PASSIVE_SUBJECTS]
    return heads


def place_targets(a: Action) -> list:
    """For protest, force and the like, last of all, the place it happened ("a curfew in Cizre")."""
    if a.code[:2] not in PLACE_TARGET_ROOTS and a.pattern.code[:2] not in PLACE_TARGET_ROOTS:
        return []         # ("refused to deploy peacekeepers in Iraq": the deployment's place)
    objs = ([a.obj] if a.obj is not None else []) + [c for c in a.tok.children if c.dep_ in OBJECTS and c != a.obj]
    return prep_objects(a.tok, PLACE_PREPS) + [h for o in objs for h in prep_objects(o, PLACE_PREPS)]


def other_sense(a: Action) -> bool:
    """Whether a bare verb that found no one at the other end is another sense of it: help or
    force on nobody ("to help finance the expansion", "force majeure"), a release or a
    demonstration of a thing ("released a report", "demonstrated its resolve")."""
    if a.pattern.objects:
        return False
    if a.code[:2] in GIVING_ROOTS or a.tok.lemma_.lower() in NEEDS_SOMEONE:
        return True
    return a.code[:2] in OBJECT_ACTOR_ROOTS and (any(c.dep_ in OBJECTS | PASSIVE_SUBJECTS for c in a.tok.children)
                                                 or (a.tok.dep_ == "acl" and a.tok.tag_ == "VBN"))


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
    if lemma == "plead" and any(c.lower_ in ("guilty", "innocent", "not") for c in a.tok.children):
        return "016" if any(c.lower_ in ("innocent", "not") for c in a.tok.children) else "015"
    if a.code == "173" and lemma == "charge" and targets and all(
            t.kind == "name" and not t.actor.type1 and t.actor.country for t in targets) \
            and not any(c.dep_ == "pobj" and c.head.lower_ in PLACE_PREPS for t in targets for c in [a.tok.doc[t.head]]):
        return "112"        # "The United States charged Japan with violating GATT rules"
    if a.code[:2] in VIOLENT_ROOTS and any(m.actor.type1 in ("PTY", "LEG") for m in sources + targets) and \
            not any(m.actor.type1 in ("MIL", "REB", "COP", "SPY", "IMG") for m in sources + targets):
        return "111"        # "deepening its clash with the opposition" in parliament
    if a.code == "130" and a.tok.lemma_.lower() in WARNING_VERBS and (
            not targets or not any(c.dep_ in OBJECTS | {"dative"} for c in a.tok.children)):
        return warning_code(a)      # ("warned that the EC will have a deficit": no one is threatened)
    if a.code == "143" and "boycott" in (a.tok.lemma_.lower(), a.obj.lemma_.lower() if a.obj is not None else "") \
            and sources and all(m.kind in ("name", "capital") and m.actor.type1 in ("", "GOV") and m.actor.country
                                for m in sources):
        return "163"       # "Norway's boycott of South Africa": a state's boycott is an embargo, not a protest
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


def place_of_attack(a: Action, finder, sentence: Sentence, src_heads: list) -> list[Mention]:
    """An attack nobody is named for ("a roadside bomb near Samarra killed a soldier") is coded, as
    PLOVER does, to an unidentified actor of the place where it happened: the mention is the
    place's words and the actor its country (kind "place", so it can be told apart)."""
    heads = prep_objects(a.tok, frozenset({"from"})) + prep_objects(a.tok, PLACE_PREPS | {"over"})  # "fired from
    # Gaza", "shot down over Ukraine"
    for h in src_heads + agent_of(a.tok):             # "a bombing near Samarra", "a bomb outside Basra"
        heads += prep_objects(h, PLACE_PREPS)
    found = [m for m in resolve(heads, finder, None, NEST_LEVELS) if m.actor.country not in ("", "IGO", "NGO")]
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


def events_for(a: Action, finder, sentence: Sentence) -> list[Event]:
    speaker = speaker_of(a.tok, finder)
    src_heads, extra_targets = source_heads(a, finder)
    # (a doer is not where its subject is: "the war in Iraq provoked dissent" is not Iraq's)
    sources = resolve(src_heads, finder, speaker, NEST_LEVELS, SOURCE_NESTED_PREPS)
    target_heads = a.targets if a.frame not in ADDRESSING_FRAMES else extra_targets
    targets = resolve(target_heads + ([] if a.frame in ADDRESSING_FRAMES else extra_targets), finder, speaker, NEST_LEVELS)
    targets = [t for t in targets if all(t.head != s.head for s in sources)]
    for heads in (fallback_targets(a), complement_targets(a), place_targets(a)):
        if targets:
            break
        targets = [t for t in resolve(heads, finder, speaker, NEST_LEVELS) if all(t.head != s.head for s in sources)]
    weapons = [t for t in targets if t.head >= 0 and a.tok.doc[t.head].lemma_.lower() in WEAPON_NOUNS]
    if weapons and len(weapons) < len(targets):      # "supplying Russia with missiles": Russia, not the missiles
        targets = [t for t in targets if t not in weapons]
    if not targets and other_sense(a):
        return []
    a.code = code_by_parties(a, sources, targets)
    if len(sources) > 1 and is_joint(a.code):
        doc = a.tok.doc     # "the US and the Philippines signed an agreement in Manila": not with Manila
        targets = [t for t in targets if not (doc[t.head].dep_ == "pobj" and doc[t.head].head.lower_ in PLACE_PREPS)]
    if a.pattern.reverse:
        sources, targets = targets, sources      # "Georgia received weapons from Russia"
    if not sources and a.code[:2] in VIOLENT_ROOTS and not a.mode and not a.negated:
        sources = place_of_attack(a, finder, sentence, src_heads)
    sources, targets = placed_parties(conjoined(sources, finder), conjoined(targets, finder), sentence, finder,
                                      speaker, a.code)
    if not targets and (a.code[:2] == "14" or (a.code[:2] in ("03", "08") and a.obj is not None
                                                and a.obj.lemma_.lower() in PROTEST_NOUNS)):
        targets = own_government(sources)       # ("the union called off its strike": yields to it)
    out = []
    for s, t in pairs(sources, targets, a.code, a.tok.lemma_.lower() in MUTUAL_VERBS):
        if s is None and t is None:
            continue
        out.append(Event(doc_id=sentence.doc_id, sentence=sentence, code=a.code, source=s, target=t,
                         trigger=trigger_text(a), negated=a.negated, mode=mode_of(a),
                         evidence=evidence(a, s, t), rule=f"{a.pattern.code} {a.pattern.text}"
                         + (f" [{a.frame}]" if a.frame else "")))
    return out


def own_government(sources: list[Mention]) -> list[Mention]:
    """A protest, strike or riot aimed at no one named is aimed, as in ICEWS and PLOVER, at the
    government of the protesters' own country ("Egyptian demonstrators rioted"). The target has
    no words of its own (empty text, kind "implied"); its offsets are the protesters'."""
    out, seen = [], set()
    for m in sources:
        country = m.actor.country
        if country in ("", "IGO", "NGO") or country in seen or m.actor.type1 in ("", "GOV", "MIL", "COP", "JUD", "SPY"):
            continue
        seen.add(country)
        out.append(Mention(text="", start=m.start, end=m.start, kind="implied", head=-1,
                           actor=Actor(code=country + "GOV", name=m.actor.name, country=country, type1="GOV")))
    return out


def placed_parties(sources: list[Mention], targets: list[Mention], sentence: Sentence, finder,
                   speaker: Mention | None, code: str) -> tuple[list[Mention], list[Mention]]:
    """Both sides of an event with their role-only actors placed in a country (each side against
    the other, ``localize``), less those still without a code."""
    sources = coded_only([localize(m, targets, sentence, finder, speaker, code) for m in sources])
    targets = coded_only([localize(m, sources, sentence, finder, speaker, code) for m in targets])
    return sources, targets


def localize(m: Mention, others: list[Mention], sentence: Sentence, finder, speaker: Mention | None,
             code: str = "") -> Mention:
    """Give a role-only actor ("militants", "their forces", "President Suleiman") a country: the
    speaker's for "their/its …"; in conflict, the other party's (most such events are domestic);
    else the country named nearest to it in the sentence, other than the other party's; else the
    country the article is about."""
    if m.actor.country:
        return m
    owner = [c for c in finder.doc[m.head].children if c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her")]
    country = ""
    if owner and speaker is not None and speaker.actor.country not in ("", "IGO", "NGO"):
        country = speaker.actor.country
    theirs = {o.actor.country for o in others if o.actor.country not in ("", "IGO", "NGO")}
    named_person = (code[:2] == "04" or code == "036") and m.head >= 0 and finder.doc[m.head].pos_ == "PROPN"
    if not country and code[:2] not in COOPERATIVE_ROOTS | {"01", "02"}:
        # (not where the reporters are: "killing 20 people, relief officials in Nairobi said")
        reporters = {t.i for v in finder.doc[m.head].sent if v.lemma_.lower() in REPORTING_VERBS
                     for c in v.children if c.dep_ in SUBJECTS for t in c.subtree}
        doc = finder.doc
        places = [x for x in finder.mentions if sentence.start <= x.start < sentence.end and x.head not in reporters and (
            x.kind == "place" or (x.head in finder.hits and finder.hits[x.head].entry.kind == "capital")
            or (x.head >= 0 and doc[x.head].dep_ == "pobj" and doc[x.head].head.lower_ in PLACE_PREPS
                and x.actor.country not in ("", "IGO", "NGO") and not x.actor.type1))]   # ("across the Gaza Strip")
        nearest = min(places, key=lambda x: abs(x.start - m.start), default=None)
        country = nearest.actor.country if nearest else next(iter(sorted(theirs)), "")
    if not country:
        named = [x for x in finder.mentions if sentence.start <= x.start < sentence.end
                 and x.actor.country not in ("", "IGO", "NGO") and x.actor.country not in theirs]
        nearest = min(named, key=lambda x: abs(x.start - m.start), default=None)
        # (one who meets, visits or talks with a named foreigner is no compatriot of theirs:
        # "Agriculture Minister Kato will meet U.S. Agriculture Secretary Lyng")
        country = nearest.actor.country if nearest else "" if named_person else next(iter(sorted(theirs)), "")
    if not country:
        country = article_country(finder, m.start)      # "Police arrested dozens" in a story about Kenya
        country = "" if named_person and country in theirs else country
    return placed_in(m, country) if country else m


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
    """Actors CAMEO can name: an organisation nobody could place has no code, and no event."""
    return [m for m in mentions if m.actor.code]


def article_country(finder, before: int) -> str:
    """The country the article is about so far: named more often than any other."""
    counts: dict[str, int] = {}
    for x in finder.mentions:
        if x.start < before and x.actor.country not in ("", "IGO", "NGO"):
            counts[x.actor.country] = counts.get(x.actor.country, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return ""


def mode_of(a: Action) -> str:
    if a.negated:
        return "negated"
    return a.mode


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
            "source_country": float(s is not None and bool(s.actor.country)),
            "target_country": float(t is not None and bool(t.actor.country)),
            "source_inferred": float(s is not None and s.kind not in named),
            **{f"quad{q}": float(quad.quad_class == q) for q in (1, 2, 3, 4)}}


def statement_events(sent, finder, sentence: Sentence, lex: VerbLexicon, coded: set[int]) -> list[Event]:
    """010 'make statement' events for speech verbs whose speaker is a coded actor."""
    out = []
    for tok in sent:
        if tok.pos_ == "VERB" and any(f == "say" for f, _ in lex.frames.get(tok.lemma_.lower(), [])):
            if not any(c.dep_ == "ccomp" for c in tok.children) and tok.dep_ not in ("parataxis",):
                continue
            heads, _ = subject_heads(tok)
            for s in resolve(heads, finder, None):
                if not s.actor.country:
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


ISSUED_NOUNS = {"resolution", "report", "communique", "decree", "order", "ruling", "motion", "petition"}
SPEECH_NOUNS = {"reminder", "warning", "statement", "message", "declaration", "call", "appeal", "note", "letter"}
COMMENT_VERBS = {"comment", "speculate", "elaborate", "say", "disclose", "discuss", "specify", "name", "identify",
                 "forecast", "predict", "estimate", "confirm", "reveal", "answer", "quantify", "put", "detail"}
REFUSING = {"refuse", "decline", "reject"}
FRAME_ONLY_CODES = {"appeal": "020", "demand": "100", "refuse": "120"}


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
        frame = next((f for c in comps for k in lemma_keys(tok) if (f := lex.frame_of(k, c.dep_))
                      in FRAME_ONLY_CODES), None)
        if frame is None or is_negated(tok) or is_background(tok) or has_condition(tok) or \
                (frame == "refuse" and tok.lemma_.lower() not in REFUSING):
            continue            # ("failed to win" is no refusal)
        comp = comps[0]
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") or c.tag_ in ("WDT", "WP", "WRB")
               for c in comp.children) or not any(c.dep_ in SUBJECTS for c in tok.children) or \
                (tok.tag_ == "VBN" and tok.dep_ == "advcl"):
            continue            # "asked whether …" is a question; "Asked to comment, X said" names no asker
        addressed = addressed_by(tok) + [c for c in comp.children if c.dep_ in SUBJECTS]
        speaker = speaker_of(tok, finder)
        sources = coded_only(resolve(subject_heads(tok)[0], finder, speaker, NEST_LEVELS))
        targets = [t for t in resolve(addressed if frame != "refuse" else complement_heads(comp), finder, speaker,
                                      NEST_LEVELS) if all(t.head != x.head for x in sources)]
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


def complement_heads(comp) -> list:
    """Whom a clause is about: its objects and the objects of its prepositions."""
    return [c for c in comp.children if c.dep_ in OBJECTS | {"dative"}] + prep_objects(comp, VERB_TARGET_PREPS) + \
        [s for c in comp.children if c.dep_ in ("ccomp", "xcomp") for s in c.children if s.dep_ in SUBJECTS]


def obligation_frame(clause) -> str | None:
    """"demand" or "appeal" for a reported clause that says someone must or should act."""
    return next((OBLIGATION_AUX[x.lower_] for x in clause.children if x.dep_ == "aux" and x.lower_ in OBLIGATION_AUX),
                None)


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


def code_sentence(sent, finder, lex: VerbLexicon, sentence: Sentence) -> list[Event]:
    """All events of one parsed sentence."""
    sent = list(sent)          # the tokens, made once (a Span makes new Token objects on each pass)
    repair_parse(sent)
    actions = [frame_action(a, lex) for a in find_actions(sent, lex)]
    actions = [a for a in actions if a is not None]
    frames = {w.i for a in actions for w in (a.frame_tok, a.stance_tok) if w is not None}
    coded = [(a, events_for(a, finder, sentence)) for a in actions if a.tok.i not in frames]
    coded += [(a, accusation(a, found, finder, sentence)) for a, found in list(coded)]
    # ("threatened [to attack]": the framed action stands for the frame verb)
    events = [e for a, found in share_targets(coded) for e in found
              if not purpose_of_protest(a, actions) and not (e.code[:2] == "04" and e.target is None)]
    framed = frame_events(sent, finder, sentence, lex, actions)
    events.extend(e for _, e in framed)
    statements = statement_events(sent, finder, sentence, lex, {a.tok.i for a in actions})
    obligations = {t.i for t in sent if t.dep_ == "ccomp" and obligation_frame(t)} \
        if any(e.code[:2] in ("02", "10") for e in statements) else set()
    mark_embedded(coded, obligations | {i for i, _ in framed})
    events.extend(statements)
    if any(e.mode in ("", "future") for e in events if not e.code.startswith("01")):
        # "X said Y attacked Z" reports the attack: the saying is no event of its own, nor is
        # "announced" in "Italy announced a suspension of air links"
        events = [e for e in events if e.code != "010"]
    for e in events:
        if e.evidence:
            e.evidence["events_in_sentence"] = float(len(events))
            e.confidence = probability(e.evidence)
    meetings = [e for e in events if e.code[:2] == "04" and e.source is not None and e.target is not None]
    if meetings:
        finder.last_meeting, finder.meeting_sentence = (meetings[-1].source, meetings[-1].target), finder.sentence_no
    return dedupe(events)


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


def embedded(a: Action, others: set[int], obligations: set[int]) -> bool:
    """Whether another action's clause holds this one — its purpose ("sent troops [to help]"), its
    content ("demanded that Israel [ease restrictions]"), its object ("rejected an offer of
    [talks]") or a clause hung on it ("refused, saying he would only [welcome] him").
    Actions joined by "and" or a participle stand side by side ("was indicted and will resign",
    "attacked the camp, killing 156")."""
    own, t, joined = own_tokens(a), a.tok, True
    if a.tok.tag_ == "VBG" and a.frame_tok is None and content_clause(a.tok):
        return False       # "dispersed demonstrators [protesting] the results": what they were doing
    for _ in range(12):
        if t.head == t:
            return False
        # "…, providing a lifeline": a participle clause tells another act of the same actor
        participle = t.dep_ == "advcl" and t.tag_ == "VBG" and not any(c.dep_ in ("mark", "aux") for c in t.children)
        below, edge, t = t, t.dep_, t.head
        if edge in SUBJECTS | PASSIVE_SUBJECTS and a.tok.dep_ == "acl" and a.tok.tag_ == "VBN" and below.i == a.tok.head.i:
            return False   # told of the subject ("hostages released by the rebels arrived"): a fact
        if t.i in obligations:
            return True
        if t.i in own:
            continue
        # ("prompting Armenia to appeal": what a cause makes happen, happened)
        joined = joined and (edge == "conj" or participle or (edge == "xcomp" and t.lemma_.lower() in CAUSING_VERBS))
        if t.i in others:
            return not joined
    return False


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


def anchor(tok):
    """The verb an action hangs on: itself, or the verb governing an event noun."""
    t = tok
    for _ in range(LIGHT_VERB_CLIMB):
        if t.pos_ in ("VERB", "AUX") or t.head == t:
            return t
        t = t.head
    return t


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
            donor = next((e for b, found in coded if b is not a and coordinated(a, b) for e in found
                          if e.target is not None and e.source is not None and events[0].source is not None
                          and e.source.actor.code == events[0].source.actor.code
                          and (not forceful or codebook_entry(e.code).quad_class == 4)), None)
            if donor is not None:
                for e in events:
                    e.target = donor.target
                    e.evidence.update(has_target=1.0, target_country=float(bool(donor.target.actor.country)))
        out.append((a, events))
    return out


def dedupe(events: list[Event]) -> list[Event]:
    seen, out = set(), []
    for e in events:
        key = (e.code, e.source.actor.code if e.source else "", e.target.actor.code if e.target else "",
               e.source.head if e.source else -1, e.target.head if e.target else -1)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out
