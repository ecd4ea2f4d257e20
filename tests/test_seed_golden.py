"""Golden test: the seed article coded as an expert would.

Written down before looking at the coder's output — the events a political-event coder
signs off for ../shared/corpus/seed-article.txt:
  - sanctions: the United States and the G7 impose sanctions on Russia (163, COERCE);
  - meetings: Lavrov (RUSGOV) meets Wang Yi (CHNGOV); Xi (CHNGOV) and Putin (RUSGOV) convene (04x);
  - China's support for Russia (05x, SUPPORT) and its economic lifeline (07x, AID);
  - the agreements signed by China and Russia (057, SUPPORT);
  - China's intent to cooperate with Russia (03x, AGREE);
  - the Kremlin's invasion of Ukraine (19x, ASSAULT) — Russia the source, Ukraine the target;
  - no conflict event (QuadClass 3 or 4) between Russia and China.
"""
import pytest

from eventwire.export import event_record
from eventwire.options import Options
from eventwire.pipeline import code_article
from eventwire.records import Article

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def events(shared, nlp, lexicons):
    text = (shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    article = Article(id="seed-article", text=text, date="2023-07-10")
    result = code_article(article, nlp(text), Options(gkg=False), lexicons)
    return [event_record(e) for e in result.events]


def has(events, src: str, plover: str, tgt: str, src_code: str = "", tgt_code: str = "") -> bool:
    return any(e["Actor1CountryCode"] == src and e["PloverType"] == plover and e["Actor2CountryCode"] == tgt
               and e["Actor1Code"].startswith(src_code) and e["Actor2Code"].startswith(tgt_code) for e in events)


def test_sanctions_by_the_united_states_and_the_g7(events):
    assert has(events, "USA", "COERCE", "RUS")
    assert any(e["Actor1Code"] == "IGOG7" and e["EventCode"] == "163" and e["Actor2CountryCode"] == "RUS"
               for e in events)


def test_lavrov_wang_and_xi_putin_meetings(events):
    assert has(events, "RUS", "CONSULT", "CHN", "RUSGOV", "CHNGOV")
    xi_putin = [e for e in events if e["PloverType"] == "CONSULT" and "Xi" in e["Actor1Text"] + e["Actor2Text"]]
    assert {(e["Actor1Code"], e["Actor2Code"]) for e in xi_putin} >= {("CHNGOV", "RUSGOV")}


def test_china_supports_russia_and_provides_a_lifeline(events):
    assert has(events, "CHN", "SUPPORT", "RUS")
    assert has(events, "CHN", "AID", "RUS")


def test_agreements_signed(events):
    assert any(e["EventCode"] == "057" and {e["Actor1CountryCode"], e["Actor2CountryCode"]} == {"CHN", "RUS"}
               for e in events)


def test_intent_to_cooperate(events):
    assert has(events, "CHN", "AGREE", "RUS")


def test_invasion_of_ukraine(events):
    invasion = [e for e in events if e["PloverType"] == "ASSAULT" and e["Actor2CountryCode"] == "UKR"]
    assert invasion and invasion[0]["Actor1CountryCode"] == "RUS" and "invasion" in invasion[0]["EventText"]


def test_no_conflict_between_russia_and_china(events):
    pair = {"RUS", "CHN"}
    assert not [e for e in events if e["QuadClass"] in (3, 4)
                and {e["Actor1CountryCode"], e["Actor2CountryCode"]} == pair]


def test_every_event_is_traceable_to_its_words(events, shared):
    text = (shared / "corpus" / "seed-article.txt").read_text(encoding="utf-8")
    for e in events:
        assert text[e["SentenceStart"]:e["SentenceEnd"]] == e["SentenceText"]
        for word in e["EventText"].split():
            assert word in e["SentenceText"]
