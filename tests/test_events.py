"""The coder on hand-built parses: no model needed, every construction pinned down."""

from conftest import coded_events


def code(spec: str, lexicons) -> list[tuple[str, str, str, str]]:
    return [(e.source.actor.code if e.source else "", e.code, e.target.actor.code if e.target else "", e.mode)
            for e in coded_events(spec, lexicons)]


ACTIVE = """
Iraqi iraqi ADJ amod 1 NORP
troops troop NOUN nsubj 2
attacked attack VERB ROOT 2
Kurdish kurdish ADJ amod 4 NORP
rebels rebel NOUN dobj 2
. . PUNCT punct 2
"""

PASSIVE = """
Israel Israel PROPN nsubjpass 2 GPE
was be AUX auxpass 2
attacked attack VERB ROOT 2
by by ADP agent 2
Syria Syria PROPN pobj 3 GPE
. . PUNCT punct 2
"""

COMPOUND = """
Russia Russia PROPN nsubj 3 GPE
and and CCONJ cc 0
China China PROPN conj 0 GPE
signed sign VERB ROOT 3
an an DET det 5
agreement agreement NOUN dobj 3
. . PUNCT punct 3
"""

THREAT = """
Iran Iran PROPN nsubj 1 GPE
threatened threaten VERB ROOT 1
to to PART aux 3
attack attack VERB xcomp 1
Israel Israel PROPN dobj 3 GPE
. . PUNCT punct 1
"""

NEGATED = """
Egypt Egypt PROPN nsubj 3 GPE
did do AUX aux 3
not not PART neg 3
attack attack VERB ROOT 3
Libya Libya PROPN dobj 3 GPE
. . PUNCT punct 3
"""

APPEAL = """
The the DET det 1
UN UN PROPN nsubj 2 ORG
urged urge VERB ROOT 2
Israel Israel PROPN dobj 2 GPE
to to PART aux 5
withdraw withdraw VERB xcomp 2
its its PRON poss 7
troops troop NOUN dobj 5
from from ADP prep 5
Lebanon Lebanon PROPN pobj 8 GPE
. . PUNCT punct 2
"""

TITLED = """
Russian russian ADJ amod 2 NORP
Foreign Foreign PROPN compound 2
Minister Minister PROPN compound 4
Sergey Sergey PROPN compound 4 PERSON
Lavrov Lavrov PROPN nsubj 5 PERSON
met meet VERB ROOT 5
Wang Wang PROPN compound 7 PERSON
Yi Yi PROPN dobj 5 PERSON
. . PUNCT punct 5

Lavrov Lavrov PROPN nsubj 10 PERSON
criticized criticize VERB ROOT 10
NATO NATO PROPN dobj 10 ORG
. . PUNCT punct 10
"""


def test_active_voice_with_demonym_and_role(lexicons):
    # "Kurdish" names no country: the rebels are taken to be the other party's (a domestic event)
    assert code(ACTIVE, lexicons) == [("IRQMIL", "190", "IRQREB", "")]


def test_passive_voice_swaps_source_and_target(lexicons):
    events = code(PASSIVE, lexicons)
    assert events and events[0][:3] == ("SYR", "190", "ISR")


def test_compound_subjects_act_on_each_other(lexicons):
    events = {e[:3] for e in code(COMPOUND, lexicons)}
    assert {("RUS", "057", "CHN"), ("CHN", "057", "RUS")} <= events


def test_threat_to_attack_is_a_threat_of_force(lexicons):
    events = code(THREAT, lexicons)
    assert [e[:3] for e in events] == [("IRN", "138", "ISR")]


def test_negated_event_is_flagged(lexicons):
    events = code(NEGATED, lexicons)
    assert events and events[0][:3] == ("EGY", "190", "LBY") and events[0][3] == "negated"


def test_appeal_targets_the_actor_addressed(lexicons):
    events = code(APPEAL, lexicons)
    assert [e[:3] for e in events] == [("IGOUNO", "0256", "ISR")]


def test_titled_person_resolves_and_is_remembered(lexicons):
    events = [e[:3] for e in code(TITLED, lexicons)]
    assert ("RUSGOV", "040", "") in events or any(e[0] == "RUSGOV" and e[1].startswith("04") for e in events)
    assert any(e[0] == "RUSGOV" and e[1].startswith("11") and e[2] == "IGONAT" for e in events)
