"""The coder as spaCy components under versioned names. (Kurdish rebels are no state's: the coder
places them in the country of the sentence, as the hand-built parse tests of test_events do.)"""
import pytest
import spacy

from conftest import make_doc
from eventwire import api
from eventwire.coder.components import CODER, coder
from eventwire.options import Options
from test_events import ACTIVE as ATTACK      # "Iraqi troops attacked Kurdish rebels."


def codes(doc) -> list[tuple[str, str, str]]:
    return [(e.source.actor.code, e.code, e.target.actor.code) for e in doc._.events]


def test_components_by_registry_name_write_actors_and_events_on_the_doc(lexicons):
    doc = make_doc(ATTACK)
    for component in coder(lexicons, CODER):
        doc = component(doc)
    assert [m.actor.code for m in doc._.actors] == ["IRQMIL", "REB"]
    assert codes(doc) == [("IRQMIL", "190", "IRQREB")]
    assert doc._.sentences[0].text == "Iraqi troops attacked Kurdish rebels ."


def test_components_run_in_any_spacy_pipeline():
    nlp = spacy.blank("en")
    for name in CODER:
        nlp.add_pipe(name.replace(".", "_"))
    doc = nlp(make_doc(ATTACK))
    assert codes(doc) == [("IRQMIL", "190", "IRQREB")]


def test_an_unknown_component_is_a_clear_error(lexicons):
    with pytest.raises(ValueError, match="eventwire.events.v9"):
        coder(lexicons, ("eventwire.repair.v1", "eventwire.events.v9"))


@pytest.mark.model
def test_a_sentence_is_coded_with_what_was_known_when_it_was_read(nlp):
    # "He" in the first sentence cannot be the minister the second sentence introduces
    text = ("He attacked the rebels on Monday. Russian Foreign Minister Sergey Lavrov met Chinese officials. "
            "Lavrov criticised the sanctions.")
    events = list(api.event_dicts(api.code_texts([text], Options(gkg=False, min_confidence=0))))
    attacks = [e for e in events if e["EventRootCode"] == "19"]
    assert attacks and all(e["Actor1Code"] != "RUSGOV" for e in attacks)
    assert any(e["Actor1Code"] == "RUSGOV" and e["EventRootCode"] == "11" for e in events)


def test_a_blank_line_ends_a_sentence(nlp):
    doc = nlp("Russia's invasion of Ukraine\n\nBiden devoted the first minutes of the address to Ukraine.")
    assert [s.text.strip() for s in doc.sents] == [
        "Russia's invasion of Ukraine", "Biden devoted the first minutes of the address to Ukraine."]
    # a single line break (hard-wrapped text) ends nothing
    doc = nlp("The minister said on Monday that\nthe talks would resume.")
    assert len(list(doc.sents)) == 1


def test_a_dateline_is_no_part_of_the_first_sentence(nlp):
    doc = nlp("YANGON, Myanmar (AP) — Authorities in Rakhine state have introduced a two-child limit.")
    assert [s.text.strip() for s in doc.sents][-1] == "Authorities in Rakhine state have introduced a two-child limit."
    # an acronym opening a sentence is no dateline
    assert len(list(nlp("NATO said on Monday it would send troops.").sents)) == 1
    # a hyphenated capitalised word opening a sentence is no dateline
    doc = nlp("NATO-member Norway is willing to send material to help defend Saudi Arabia.")
    assert len(list(doc.sents)) == 1
