"""Actor recognition on real parses: what a noun phrase names, and when the text beats the dictionary."""
import pytest

from eventwire.coder.actors import ActorFinder

pytestmark = pytest.mark.model


def actors(text: str, nlp, lexicons, year: int = 0) -> dict[str, str]:
    """Mention text → actor code for every actor the finder sees in the text (of that year)."""
    doc = nlp(text)
    finder = ActorFinder(lexicons.actors, year=year)
    for sent in doc.sents:
        finder.scan(sent)
    return {m.text: m.actor.code for m in finder.mentions}


def test_seat_of_power_inside_another_name_is_not_that_seat(nlp, lexicons):
    found = actors("The Trades Union Congress called on the government to act.", nlp, lexicons)
    assert "USALEG" not in found.values()
    assert actors("The US Congress passed the bill.", nlp, lexicons)["US Congress"] == "USALEG"


def test_nationality_in_the_text_beats_the_person_dictionary(nlp, lexicons):
    # the dictionary knows Shevardnadze as a Soviet minister; the text says Georgian President
    found = actors("Georgian President Eduard Shevardnadze resigned on Sunday.", nlp, lexicons)
    assert found["Georgian President Eduard Shevardnadze"] == "GEOGOV"
    assert actors("Opponents of Rwanda's Senate protested.", nlp, lexicons)["Rwanda's Senate"] == "RWALEG"


def test_led_forces_and_leaders_of_a_body(nlp, lexicons):
    assert actors("Vietnamese-led forces shelled the camps.", nlp, lexicons)["Vietnamese-led forces"] == "VNMMIL"
    found = actors("Leaders of the Kenyan opposition coalition agreed to postpone the rally.", nlp, lexicons)
    assert found["Leaders of the Kenyan opposition coalition"] == "KENOPP"


def test_split_names_and_short_country_names(nlp, lexicons):
    found = actors("The Somali militant group al-Shabab attacked a mall in Bosnia.", nlp, lexicons)
    assert found.get("al-Shabab") == "SOMREB" and "al" not in found and "-" not in found
    assert found.get("Bosnia") == "BIH"


def test_names_across_line_breaks_and_generic_countries(nlp, lexicons):
    found = actors("Congo's president, current chairman of the Organisation of\nAfrican Unity, spoke.", nlp, lexicons)
    assert "IGOAU" in found.values()
    # "the countries" in general are no one country
    found = actors("Russia raised prices. Under such circumstances, the countries agreed.", nlp, lexicons)
    assert "countries" not in found


def test_a_capital_in_a_persons_name_is_no_country(nlp, lexicons):
    found = actors("Stanley Fischer has agreed to take the Bank of Israel job.", nlp, lexicons)
    assert "FLK" not in {code[:3] for code in found.values()}
    assert actors("Bosnian Serbs demanded a truce.", nlp, lexicons).get("Bosnian Serbs", "")[:3] in ("BIH", "SRB")


def test_provinces_place_their_people(nlp, lexicons):
    found = actors("The government of Sindh province ordered patrols.", nlp, lexicons)
    assert found.get("government of Sindh province") == "PAKGOV"
    assert actors("Rebels in Darfur attacked a convoy.", nlp, lexicons).get("Rebels in Darfur") == "SDNREB"


def test_a_capitals_name_can_be_another_countrys_city(nlp, lexicons):
    found = actors("Militias clashed in Tripoli, the north Lebanese port.", nlp, lexicons)
    assert [code[:3] for text, code in found.items() if text.startswith("Tripoli")] == ["LBN"]
    assert actors("Libyan forces clashed with militias in Tripoli.", nlp, lexicons).get("Tripoli", "")[:3] == "LBY"


def test_a_rank_names_an_actor_only_before_a_persons_name(nlp):
    from eventwire import api
    from eventwire.options import Options
    [r] = api.code_texts(["Lt. Gen. Prosper Avril of Haiti resigned yesterday."], Options(gkg=False, min_confidence=0.0))
    assert any(e.source is not None and e.source.actor.code == "HTIMIL" and e.code == "0831" for e in r.events)
    [r] = api.code_texts(["Iraqi troops launched a major offensive against Kurdish rebels."], Options(gkg=False, min_confidence=0.0))
    assert all(e.source.actor.code == "IRQMIL" for e in r.events if e.source is not None)


def test_demonym_gaps_plurals_and_roles_in_a_capital(nlp):
    from eventwire import api
    from eventwire.options import Options
    [r] = api.code_texts(["Police in Nairobi arrested dozens of Kenyans protesting the tax bill."],
                         Options(gkg=False, min_confidence=0.0))
    assert any(e.code == "173" and e.source.actor.code == "KENCOP" and e.target.actor.country == "KEN" for e in r.events)
    [r] = api.code_texts(["Chinese coast guard ships fired water cannon at Philippine vessels."],
                         Options(gkg=False, min_confidence=0.0))
    assert any(e.target is not None and e.target.actor.country == "PHL" for e in r.events)


def test_capitals_shared_with_a_former_state_and_popes(nlp):
    from eventwire import api
    from eventwire.options import Options
    [r] = api.code_texts(["Protesters in Belgrade demanded the resignation of the government."],
                         Options(gkg=False, min_confidence=0.0))
    assert any(e.source is not None and e.source.actor.country == "SRB" for e in r.events)
    [r] = api.code_texts(["Pope Francis called for a ceasefire in Gaza."], Options(gkg=False, min_confidence=0.0))
    assert any(e.source is not None and e.source.actor.code == "VATREL" for e in r.events)


def test_office_holders_of_recent_years_are_known_in_their_terms(nlp, lexicons):
    def dated(text: str, year: int) -> dict[str, str]:
        return actors(text, nlp, lexicons, year)
    found = dated("General Qasem Soleimani met Iraqi militia leaders in Baghdad.", 2019)
    assert found["General Qasem Soleimani"] == "IRNMIL"
    assert dated("Valery Gerasimov said the drills would continue.", 2020)["Valery Gerasimov"] == "RUSMIL"
    # the Taliban's negotiator before the fall of Kabul, a deputy prime minister after it
    assert dated("Mullah Baradar met Zalmay Khalilzad in Doha.", 2019)["Mullah Baradar"] == "AFGREB"
    assert dated("Mullah Baradar met the Qatari emir in Doha.", 2022)["Mullah Baradar"] == "AFGGOV"


def test_office_holders_before_2014_come_from_the_open_dictionaries(nlp, lexicons):
    def dated(text: str, year: int) -> dict[str, str]:
        return actors(text, nlp, lexicons, year)
    assert dated("Yasuhiro Nakasone will visit Washington.", 1987)["Yasuhiro Nakasone"] == "JPNGOV"
    # a post still open when the dictionaries were revised is not taken past it; the hand-kept
    # list speaks for whom it lists, under Phoenix's other forms of the name too
    assert dated("Mr. Obama vowed to veto it.", 2015)["Mr. Obama"] == "USAGOV"
    # the body named in the phrase beats the person's country, but not for a state's envoy to it
    assert dated("U.N. mediator Diego Cordovez arrived.", 1988)["U.N. mediator Diego Cordovez"] == "IGOUNO"
    assert dated("U.N. Ambassador Susan Rice arrived.", 2012)["U.N. Ambassador Susan Rice"] == "USAGOV"


def test_a_tory_is_a_british_conservative(nlp, lexicons):
    assert actors("Tory MP Jonathan Sayeed resigned.", nlp, lexicons)["Tory MP Jonathan Sayeed"] == "GBRLEG"


def test_the_house_is_a_legislature_but_not_inside_another_name(nlp, lexicons):
    assert actors("The House voted to hold Lois Lerner in contempt.", nlp, lexicons)["House"] == "USALEG"
    assert actors("The House of Lords rejected the bill.", nlp, lexicons)["House of Lords"] == "GBRLEG"
    assert actors("The State Duma approved the bill.", nlp, lexicons)["State Duma"] == "RUSLEG"
    assert "USALEG" not in actors("Chatham House criticised the report.", nlp, lexicons).values()


def test_context_cues_count_only_words_of_their_own():
    from eventwire.coder.actors import count_words
    assert count_words("TRUMP met MPs; the MP spoke", "MP") == 2
    assert count_words("warlords and the Lords", "Lords") == 1
    assert count_words("police arrested him", "arrest") == 1


def test_a_place_in_a_seat_is_no_party(nlp):
    from eventwire import api
    from eventwire.options import Options
    found = list(api.event_dicts(api.code_texts(
        ["Pelosi announced on the House floor that she would side with her caucus."], Options(gkg=False))))
    assert all(e["Actor2Text"] != "House" for e in found)
