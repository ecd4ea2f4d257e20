"""Coreference within an article: pronouns, titles, definite descriptions, "both countries"."""
import pytest

from eventwire import api
from eventwire.options import Options
from eventwire.records import Article

pytestmark = pytest.mark.model


def coded(text: str) -> list[tuple[str, str, str, str]]:
    [result] = api.code_texts([Article(id="t", text=text)], Options(gkg=False, min_confidence=0.0))
    return [(e.source.actor.code if e.source else "", e.code, e.target.actor.code if e.target else "",
             e.source.kind if e.source else "") for e in result.events]


def test_the_minister_and_both_countries(nlp):
    events = coded("Russian Foreign Minister Sergey Lavrov arrived in Beijing on Monday. The minister "
                   "criticized NATO. Russia and China held talks. Both countries signed an agreement.")
    assert ("RUSGOV", "111", "IGONAT", "coreference") in events
    assert {("RUS", "057", "CHN"), ("CHN", "057", "RUS")} <= {e[:3] for e in events}


def test_its_neighbouring_country(nlp):
    events = coded("Sanctions isolated Russia last year. China has declared an unrestricted friendship "
                   "with its neighboring country.")
    assert any(e[0] == "CHN" and e[2] == "RUS" and e[1].startswith("05") for e in events)


def test_pronoun_speaker(nlp):
    events = coded("Syria says it is willing to withdraw its troops from Lebanon.")
    assert any(e[0] == "SYR" and e[1].startswith("035") and e[2] == "LBN" for e in events)


def test_the_prime_minister_is_not_the_police_chief_named_before(nlp):
    events = coded("British Police Commissioner Ian Blair backed the orders. "
                   "The prime minister criticized the Conservative Party.")
    assert not any(e[0] == "GBRCOP" and e[1].startswith("11") for e in events)


def test_a_pronoun_means_a_person_named_before_it_who_agrees_in_gender(nlp):
    # "He" opening a sentence is not the minister named later in that sentence
    events = coded("U.S. Defense Secretary Jim Mattis arrived in Hanoi on Wednesday. He met Vietnamese Defense "
                   "Minister Ngo Xuan Lich.")
    assert ("USAGOV", "040", "VNMGOV", "pronoun") in events
    # "she" is the woman, "him" the man
    events = coded("German Chancellor Angela Merkel met Russian President Vladimir Putin in Sochi. She urged him "
                   "to withdraw troops from Ukraine.")
    assert any(e[0] == "DEUGOV" and e[2] == "RUSGOV" and e[1].startswith("02") and e[3] == "pronoun" for e in events)
