"""Constructions of today's and local news: lower-case police news, unnamed parties, the sense of
a trigger decided by its object, questions."""
import pytest

from eventwire import api
from eventwire.options import Options
from eventwire.records import Article

pytestmark = pytest.mark.model


def events(text: str, **options) -> list[dict]:
    return list(api.event_dicts(api.code_texts([text], Options(gkg=False, **options))))


def codes(text: str, **options) -> list[tuple[str, str, str]]:
    return [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in events(text, **options)]


def test_lower_case_police_news_codes_as_capitalised_news(nlp):
    lower = events("police arrested 25 persons in ahmedabad on sunday.")
    upper = events("Police arrested 25 persons in Ahmedabad on Sunday.")
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in lower] == [("INDCOP", "173", "INDCVL")]
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in upper] == [("INDCOP", "173", "INDCVL")]
    assert lower[0]["SentenceText"] == "police arrested 25 persons in ahmedabad on sunday."   # the article's words


def test_an_arrest_nobody_is_named_for_is_the_polices(nlp):
    [e] = events("Two persons were arrested in Ahmedabad for the murder of a shopkeeper.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("INDCOP", "173", "INDCVL")
    # the police are implied by the place: its words are theirs; with no place named, none
    assert e["Actor1Text"] == "Ahmedabad" and e["Actor2Text"] == "Two persons"
    [e] = events("Two persons were arrested for the murder of a shopkeeper.", min_confidence=0)
    assert (e["Actor1Code"], e["Actor1Text"]) == ("COP", "")


def test_the_other_side_of_a_fight_did_the_killing(nlp):
    found = codes("Two militants were killed in an encounter with security forces.", min_confidence=0)
    assert ("COP", "190", "REB") in found


def test_a_target_the_dictionaries_do_not_know_keeps_its_words(nlp):
    [e] = events("Rebels stormed a warehouse near the border.", min_confidence=0)
    assert (e["Actor1Code"], e["EventRootCode"], e["Actor2Code"]) == ("REB", "19", "")
    assert e["Actor2Text"] == "warehouse"
    # with the sector code the agents dictionary gives its head noun
    [e] = events("Rebels stormed a hospital near the border.", min_confidence=0)
    assert (e["Actor2Text"], e["Actor2Code"]) == ("hospital", "HLH")
    # a thing of a sector's is that sector's ("an army base", "police vehicles")
    [e] = events("Rebels stormed an army base near the border.", min_confidence=0)
    assert (e["EventRootCode"], e["Actor2Code"]) == ("19", "MIL")
    [e] = events("Soldiers arrested Hasan Ali Khaled in the raid.", min_confidence=0)
    assert e["EventCode"] == "173" and e["Actor2Text"] == "Hasan Ali Khaled"


def test_the_object_decides_the_sense_of_a_trigger(nlp):
    assert not [c for c in codes("Obama and Trump struck conciliatory notes after the election.", min_confidence=0)
                if c[1].startswith(("18", "19", "20"))]
    assert not [c for c in codes("North Korea demonstrated that it could reach Guam.", min_confidence=0)
                if c[1].startswith("14")]
    assert any(c[1].startswith("19") for c in codes("Rebels struck an army convoy.", min_confidence=0))


def test_a_question_reports_no_fact(nlp):
    assert codes("Did Russia attack the convoy?", min_confidence=0) == []
    assert [e["Mode"] for e in events("Did Russia attack the convoy?", min_confidence=0, include_modal=True)] \
        == ["hypothetical"]


def test_a_person_no_dictionary_knows_takes_part_by_name(nlp):
    [e] = events("Trump endorsed Luther Strange in the Alabama race.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"], e["Actor2Text"]) == ("USAGOV", "051", "USA", "Luther Strange")


def test_office_holders_of_the_2010s(nlp):
    [e] = events("Theresa May met Angela Merkel in Berlin.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("GBRGOV", "040", "DEUGOV")


def test_a_verb_dictionary_is_a_second_trigger_source(nlp, shared):
    from eventwire.dictionaries import read_verb_dictionaries
    from eventwire.coder.triggers import VerbLexicon
    triggers = tuple(read_verb_dictionaries([str(shared / "reference" / "petrarch2" / "CAMEO.2.0.txt")]))
    built_in, with_dictionary = VerbLexicon.load(), VerbLexicon.load(triggers=triggers)
    assert "sound" not in built_in.verbs
    assert any(p.code == "130" and "warning" in p.objects for p in with_dictionary.verbs["sound"])
    assert set(built_in.verbs) < set(with_dictionary.verbs)
    # the built-in lexicon keeps its own entries for the verbs it knows
    assert with_dictionary.verbs["attack"] == built_in.verbs["attack"]


def test_joined_parties_act_on_each_other_only_when_the_act_is_joint(nlp):
    # a promise four countries make is no promise to each other
    vows = codes("Britain, France, Australia and Mexico have vowed investigations.", min_confidence=0)
    assert sorted(vows) == [("AUS", "030", ""), ("FRA", "030", ""), ("GBR", "030", ""), ("MEX", "030", "")]
    # meeting, agreeing to cooperate and clashing are done together
    assert sorted(codes("Germany and France agreed to cooperate on defence.", min_confidence=0)) == \
        [("DEU", "031", "FRA"), ("FRA", "031", "DEU")]
    assert ("IND", "190", "PAK") in codes("India and Pakistan clashed along the border.", min_confidence=0)
    # together on a third party
    assert sorted(codes("The US and Britain imposed sanctions on Iran.", min_confidence=0)) == \
        [("GBR", "163", "IRN"), ("USA", "163", "IRN")]


def test_the_doer_of_a_nominal_event_named_by_by_or_from(nlp):
    found = codes("The arrest of the opposition leader by Turkish police sparked protests.", min_confidence=0)
    assert ("TURCOP", "173", "TUROPP") in found
    # who protested is not said: the arrest and the police did not protest
    assert not [c for c in found if c[1].startswith("14")]


def test_the_one_given_a_thing_is_its_target(nlp):
    assert codes("Russia gave Ukraine an ultimatum.", min_confidence=0) == [("RUS", "139", "UKR")]


def test_a_dateline_places_role_only_actors(nlp, tmp_path):
    from eventwire import api as door
    path = tmp_path / "paris.jsonl"
    path.write_text('{"id": "p", "date": "2017-05-02", "text": "PARIS \\u2014 Police arrested 25 protesters near '
                    'the presidential palace on Monday."}\n', encoding="utf-8")
    found = [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in door.event_dicts(door.code_inputs([str(path)]))]
    assert found == [("FRACOP", "173", "FRAOPP")]


def test_who_acts_on_an_event_is_not_its_doer(nlp):
    # "police thwarted an attack": not the police's attack; "russia condemned the attack" is no attack by Russia
    assert not [e for e in events("Police thwarted an attack on the US embassy.", min_confidence=0)
                if e["Actor1Code"].endswith("COP")]
    assert not [c for c in codes("Indonesia will combat terrorist attacks.", min_confidence=0, include_modal=True)
                if c[0] == "IDN" and c[1].startswith("19")]


def test_what_is_received_comes_from_the_giver(nlp):
    assert ("USAGOV", "051", "USALEG") in codes("The Senate won long-awaited support from the White House.",
                                                min_confidence=0)
    assert ("IGOEU", "051", "UKR") in codes("Ukraine received the backing of the European Union.", min_confidence=0)


def test_a_persons_arrest_is_done_to_that_person(nlp):
    found = events("The opposition leader's arrest sparked protests.", min_confidence=0)
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Text"]) for e in found if e["EventCode"] == "173"] \
        == [("", "173", "opposition leader")]
    # a body acting as one owns its acts
    assert ("USAGOV", "173", "USAMED") in codes("The government's arrests of journalists angered Washington.",
                                                min_confidence=0)


def test_what_something_is_reports_no_act(nlp):
    assert codes("North Korean missiles pose a threat to Japan.", min_confidence=0) == []
    assert any(c[1] == "141" for c in codes("There were protests in Tehran on Friday.", min_confidence=0))


def test_a_strike_by_armed_men_is_no_labour_strike(nlp):
    rebels = codes("Houthi rebels claimed responsibility for the strikes on the oil field.", min_confidence=0)
    assert any(c[1] == "190" for c in rebels) and not any(c[1] == "143" for c in rebels)
    assert any(c[1] == "143" for c in codes("Teachers in Chicago went on strike.", min_confidence=0))


def test_no_object_and_without_negate(nlp):
    [e] = events("Trump offered no details of the legislation.", min_confidence=0, include_modal=True)
    assert e["EventCode"] == "030" and e["Mode"] == "negated"
    assert not [e for e in events("The rebels fought without foreign support.", min_confidence=0, include_modal=True)
                if e["EventCode"] == "051" and e["Mode"] != "negated"]
    # (aid one stops giving is aid stopped, CAMEO 162x, not aid given)
    found = events("Ecuador decided to stop sheltering Assange.", min_confidence=0, include_modal=True)
    assert [(e["EventCode"], e["Mode"]) for e in found if e["EventCode"][:2] in ("07", "16")] == [("1623", "")]


def test_the_parties_between_act_on_each_other(nlp):
    assert sorted(codes("Talks between Russia and Ukraine resumed on Monday.", min_confidence=0)) \
        == [("RUS", "046", "UKR"), ("UKR", "046", "RUS")]
    assert ("ISR", "057", "PSEREB") in codes("An agreement between Israel and Hamas was signed in Cairo.",
                                            min_confidence=0)


def test_a_passive_act_is_not_done_by_where_it_happened(nlp):
    # an arrest with nobody named for it is by the police of the place it happened
    [e] = events("A missionary from Calgary was arrested in Lebanon.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"]) == ("LBNCOP", "173")
    assert not [c for c in codes("An agreement was signed in Cairo by the two sides.", min_confidence=0)
                if c[0].startswith("EGY")]


def test_a_campaign_rally_is_no_protest(nlp):
    assert not [c for c in codes("Trump held a campaign rally in Ohio.", min_confidence=0) if c[1].startswith("14")]
    assert ("VENOPP", "141", "VENGOV") in codes("Opposition supporters held a rally in Caracas against Maduro.",
                                                min_confidence=0)


def test_police_news_words(nlp):
    # (the CRPF is a police force: its jawans are police)
    assert ("INDCOP", "190", "INDREB") in codes("crpf jawans killed three naxals in an encounter in dantewada district.",
                                                min_confidence=0)
    assert ("COP", "175", "OPP") in codes("police lathicharged the protesters near the collectorate.", min_confidence=0)
    # a clause opened by "when" tells what happened, not what was meant
    [e] = [e for e in events("a constable was injured when a mob pelted stones at the police station.",
                             min_confidence=0, include_modal=True) if e["EventCode"] == "145"]
    assert e["Mode"] == "" and e["Actor1Text"] == "mob"


def test_what_is_supported_or_opposed_keeps_its_words(nlp):
    [e] = events("La Riva said she fully opposed the toll roads.", min_confidence=0)
    assert e["EventCode"] == "110" and e["Actor2Text"] == "toll roads" and e["Actor2Code"] == ""
    # a head noun the agents dictionary knows gives its sector ("schools": education)
    [e] = events("La Riva said she fully opposed charter schools.", min_confidence=0)
    assert (e["Actor2Text"], e["Actor2Code"]) == ("charter schools", "EDU")


def modes(text: str) -> list[tuple[str, str]]:
    return [(e["EventCode"], e["Mode"]) for e in events(text, min_confidence=0, include_modal=True)]


def test_what_would_happen_if_is_no_fact(nlp):
    assert ("070", "hypothetical") in modes("If Kim Jong-un starts a war, the United States would help South Korea.")
    assert ("154", "hypothetical") in modes("Had Russia invaded earlier, NATO would have sent troops.")
    assert modes("Analysts say China is unlikely to invade Taiwan this year.") == [("190", "hypothetical")]
    assert modes("It is unclear whether Russia will attack Kyiv again.") == [("190", "hypothetical")]
    assert all(m == "hypothetical" for c, m in modes("If Iran's aim was to kill U.S. troops, it would have "
                                                      "launched more missiles.") if c[:2] in ("18", "19"))
    # a conditional promise reported by its maker is still an intent
    assert modes("Cui said China would support reunification if it is the will of the Korean people.") \
        == [("032", "future")]


def test_those_an_act_is_done_to_do_not_do_it(nlp):
    assert codes("This prisoner swap is the second for Biden.", min_confidence=0) == []
    # one who warns of an invasion does not invade
    assert not [c for c in codes("The White House has warned an invasion could be imminent.", min_confidence=0)
                if c[1].startswith("19")]


def test_the_issues_nothing_coded_sentences(nlp):
    assert ("RUSGOV", "130") in [(e["Actor2Code"], e["EventCode"])
                                 for e in events("Biden gave Putin a stern warning.", min_confidence=0)]
    # a warning to no one is a pessimistic comment
    assert [c[1] for c in codes("The IRS gave a similar warning on Monday.", min_confidence=0)] in ([], ["012"])
    found = codes("Myanmar's generals are responsible for mass killings of Rohingya.", min_confidence=0)
    assert any(c[0].startswith("MMR") and c[1] == "202" for c in found)
    assert ("REL", "1041", "GOV") in codes("Sunnis have demanded the resignation of the prime minister.",
                                           min_confidence=0)


def test_visiting_is_a_word_of_the_title_and_a_city_beside_a_party_is_a_place(nlp):
    [e] = events("Visiting U.S. Under-Secretary of State Allen Wallis told Japan to open its markets.",
                 min_confidence=0)
    assert e["Actor1Code"] == "USAGOV" and e["Actor2Code"] == "JPN"
    found = codes("British Prime Minister Margaret Thatcher threatened to block Japanese financial firms "
                  "from London.", min_confidence=0)
    assert found == [("GBRGOV", "130", "JPNBUS")]


def test_type_conventions_of_support_and_aid(nlp):
    assert codes("Japan promised support to Ukraine.", min_confidence=0) == [("JPN", "051", "UKR")]
    assert ("USA", "033", "LBN") in [(c[0][:3], c[1], c[2]) for c in codes(
        "The United States offered further military support to Lebanon.", min_confidence=0)]
    # troops sent to help are aid or protection (07), not a build-up (15)
    assert ("DEU", "074", "PAKCVL") in codes("Germany sent troops to help flood victims in Pakistan.",
                                             min_confidence=0)
    assert codes("The army sent vehicles and helicopters to the flood-hit region.", min_confidence=0)[0][2] == ""


def test_an_inverted_condition_is_no_obligation(nlp):
    # "should Moscow invade" is "if Moscow invades", not a call on Moscow to invade
    found = modes("Von der Leyen said nothing is off the table should Moscow invade Ukraine.")
    assert ("190", "hypothetical") in found and not [c for c, _ in found if c.startswith("02")]
    assert ("0256", "") in modes("Russia said Ukraine should withdraw its troops.") or \
        any(c.startswith("02") for c, _ in modes("Russia said Ukraine should withdraw its troops."))


def test_an_attack_for_doing_something_is_in_words(nlp):
    assert codes("Trump attacked the Fed for raising interest rates.", min_confidence=0) == [("USAGOV", "111", "USA")]
    assert codes("Rebels attacked the convoy for three hours.", min_confidence=0)[0][1] == "190"


def test_world_leaders_are_of_no_one_country(nlp):
    assert codes("Sweden's Greta Thunberg berated world leaders.", min_confidence=0) == [("SWE", "111", "GOV")]


def test_more_police_news_words(nlp):
    assert ("UAF", "1823", "CVL") in codes("a youth was shot dead by unidentified assailants in bijnor on tuesday night.",
                                          min_confidence=0)
    assert ("COP", "173", "CRM") in codes("the cops nabbed two drug peddlers near the railway station.", min_confidence=0)


def test_persons_held_are_detained_unless_held_hostage(nlp):
    assert ("COP", "173", "CVL") in codes("three persons were held for the murder of a youth in thane.",
                                          min_confidence=0)
    assert [c[1] for c in codes("Two prison staff members were held hostage by inmates.", min_confidence=0)] == ["181"]


def test_parties_named_by_their_members(nlp):
    [e] = events("Republicans accused Biden of weakness.", min_confidence=0)
    assert (e["Actor1Text"], e["Actor1Type1Code"], e["EventCode"]) == ("Republicans", "PTY", "112")


def test_an_object_that_names_an_actor_is_the_target_whole(nlp):
    # hosting, expelling, releasing: the one it is done to is the object, with its role
    assert codes("Angela Merkel hosted the French president in Berlin on Monday.", min_confidence=0) == \
        [("DEUGOV", "043", "FRAGOV")]
    [e] = events("Switzerland expelled two Russian diplomats for spying.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Code"], e["Actor2Text"]) == ("161", "RUSGOV", "two Russian diplomats")
    assert codes("Ankara summoned the German ambassador over the remarks.", min_confidence=0) == \
        [("TUR", "114", "DEUGOV")]
    # a thing is no actor: its owner or maker is the target, as before
    assert codes("Iran seized a British-flagged tanker in the Strait of Hormuz.", min_confidence=0) == \
        [("IRN", "1711", "GBR")]


def test_a_leader_or_official_takes_the_role_of_the_body_named(nlp):
    assert codes("Union leaders met the labour minister on Monday.", min_confidence=0)[0][0] == "LAB"
    assert codes("Hamas officials rejected the Egyptian proposal.", min_confidence=0)[0][0] == "PSEREB"
    assert codes("Chinese leaders rejected the proposal.", min_confidence=0)[0][0] == "CHNGOV"


def test_political_parties_by_their_names(nlp):
    assert codes("Labour have demanded the resignation of the health secretary.", min_confidence=0)[0][:2] == \
        ("GBRPTY", "1041")
    assert codes("Fatah accused Hamas of arresting its members in Gaza.", min_confidence=0)[0] == \
        ("PSEPTY", "112", "PSEREB")
    # the ministry of labour is no party: its country is the sentence's
    assert codes("The Labour Ministry met union leaders in New Delhi.", min_confidence=0)[0][0] == "INDGOV"
    assert codes("Child labour remains widespread in the region.", min_confidence=0) == []


def test_the_owner_of_a_rejected_demand_is_the_target(nlp):
    assert codes("The government rejected the opposition's demand for early elections.", min_confidence=0) == \
        [("GOV", "120", "OPP")]


def test_giving_a_country_something_with_with(nlp):
    # "provided X with Y": X is given Y; what Y is decides the kind of aid
    assert codes("The US provided Ukraine with long-range missiles.", min_confidence=0) == [("USA", "072", "UKR")]
    assert codes("Japan provided Sri Lanka with food and medicine.", min_confidence=0) == [("JPN", "073", "LKA")]
    assert codes("The government provided the committee with documents.", min_confidence=0) == []


def test_staple_food_and_returned_cultural_property(nlp):
    assert codes("Japan delivered 50 tonnes of rice to flood victims in Bangladesh.", min_confidence=0) == \
        [("JPN", "073", "BGDCVL")]
    assert codes("Germany handed over 20 looted sculptures to Nigeria.", min_confidence=0) == [("DEU", "0842", "NGA")]


def test_us_parties_are_american_wherever_the_sentence_looks(nlp):
    [e] = events("Democrats accused Trump of pressuring Ukraine President Volodymyr Zelensky.", min_confidence=0)[:1]
    assert (e["Actor1Code"], e["EventCode"]) == ("USAPTY", "112")


def test_two_parties_that_agree_agree_with_each_other(nlp):
    found = codes("Ukraine and Russia agreed on Wednesday to a second ceasefire.", min_confidence=0)
    assert {(s, t) for s, code, t in found if code[:2] == "03"} == {("UKR", "RUS"), ("RUS", "UKR")}
    found = codes("Putin and Erdogan agreed to begin payment in rubles.", min_confidence=0)
    assert {(s, t) for s, code, t in found} == {("RUSGOV", "TURGOV"), ("TURGOV", "RUSGOV")}


def test_a_capital_where_something_happens_is_a_place(nlp):
    # the town an attack is named after is where it happened, not who did it
    # (and those who died in it are its target)
    [e] = events("Two Americans died in the Brussels attacks.", min_confidence=0)
    assert (e["Actor1Code"], e["EventRootCode"], e["Actor2Code"]) == ("", "19", "USA")
    # a capital a visit goes to is its government; one a signing happens in is a place
    assert codes("A team of inspectors arrived in Tehran.", min_confidence=0)[0][2] == "IRNGOV"
    assert codes("Thousands of activists staged a protest in Beijing.", min_confidence=0)[0][1:] == ("141", "CHN")


def test_american_titles_before_a_name(nlp):
    assert codes("Gov. Phil Bryant endorsed the senator on Wednesday.", min_confidence=0)[0][0].endswith("GOV")
    [e] = events("Rep. Jim Jordan of Ohio criticized the committee.", min_confidence=0)
    assert (e["Actor1Code"], e["Actor1Text"]) == ("USALEG", "Rep. Jim Jordan")


def test_a_person_named_like_a_country_is_that_person(nlp):
    found = codes("Rep. Jim Jordan of Ohio criticized the committee. Jordan accused Pelosi of abusing her power.",
                  min_confidence=0)
    assert ("USALEG", "112", "USALEG") in found
    # the country itself stays the country
    found = codes("King Abdullah of Jordan met Netanyahu. Jordan later recalled its ambassador.", min_confidence=0)
    assert found[-1][0] == "JOR"


def test_a_us_state_named_after_a_country_is_american(nlp):
    [e] = events("New Mexico Attorney General Raul Torrez asked the state Legislature to pass new laws.",
                 min_confidence=0)
    assert e["Actor1CountryCode"] == "USA" and e["Actor2CountryCode"] == "USA"


def test_a_persons_short_name_holds_for_each_office(nlp):
    # the persons table gives "Netanyahu" on his first term's row: it holds for the later ones
    article = Article(id="a", text="Netanyahu met Modi in Jerusalem.", date="2018-01-15")
    [e] = list(api.event_dicts(api.code_texts([article], Options(gkg=False, min_confidence=0))))[:1]
    assert (e["Actor1Code"], e["Actor2Code"]) == ("ISRGOV", "INDGOV")


def test_indian_police_news_agencies_and_kin(nlp):
    assert codes("the cid arrested a former sarpanch in connection with the murder.")[0][:2] == ("COP", "173")
    assert codes("the police have registered a case against five people for rioting.") == [("COP", "173", "CVL")]
    assert codes("a woman was murdered by her husband over a domestic dispute.", min_confidence=0) == \
        [("CVL", "1823", "CVL")]


def test_parties_that_act_on_each_other(nlp):
    found = codes("Both Ukraine and the separatists accused each other of violating the ceasefire.", min_confidence=0)
    assert set(found) == {("UKR", "112", "UKRSEP"), ("UKRSEP", "112", "UKR")}
    found = codes("India and Pakistan blamed one another for the clashes.", min_confidence=0)
    assert set(found) == {("IND", "112", "PAK"), ("PAK", "112", "IND")}


def test_shot_for_doing_something_is_still_shooting(nlp):
    # only the verbs that also blame in words ("attacked the media for …") turn into criticism
    assert [c for _, c, _ in codes("Taliban gunmen shot the activist for campaigning for girls' schools.",
                                   min_confidence=0)][0][:2] == "19"
    assert codes("Trump attacked the media for spreading fake news.", min_confidence=0)[0][1] == "111"


def test_criticism_brushed_aside_is_not_the_brusher_s(nlp):
    assert [c for _, c, _ in codes("The White House brushed aside the criticism.", min_confidence=0)] == []


def test_a_person_out_of_office_keeps_the_country(nlp):
    # named in full outside the persons table's dates: the country stays, the role is an elite's
    article = Article(id="a", text="Donald Trump met Macron. Trump criticized Biden.", date="2024-03-01")
    found = [(e.source.actor.code, e.code) for r in api.code_texts([article], Options(gkg=False, min_confidence=0))
             for e in r.events]
    assert ("USAELI", "111") in found
    # a surname alone out of office is not guessed ("Carney" of Delaware is not Canada's)
    article = Article(id="b", text="Carney spoke with voters in Dover.", date="2020-11-03")
    found = [e.source.actor.code for r in api.code_texts([article], Options(gkg=False, min_confidence=0))
             for e in r.events if e.source]
    assert "CAN" not in found and "CANGOV" not in found


def test_officials_who_attack_each_other_do_it_in_words(nlp):
    assert codes("The senator slammed the governor over the budget.", min_confidence=0)[0][1] == "111"
    assert codes("Government forces attacked rebel positions.", min_confidence=0)[0][1][:2] == "19"


def test_a_militant_network_lends_no_country(nlp):
    # IMG is no country: the warplanes striking the Islamic State are not its own
    [e] = events("Warplanes targeted eight ISIS positions.", min_confidence=0)
    assert (e["Actor1Code"], e["Actor2Code"]) == ("MIL", "IMGREB")


def test_sanctions_drawn_or_faced_come_from_the_other_side(nlp):
    found = codes("Russia's invasion of Ukraine drew sanctions from the European Union.", min_confidence=0)
    assert ("IGOEU", "163", "RUS") in found and ("IGOEU", "163", "UKR") not in found
    assert codes("Iran faced fresh sanctions from Washington over its nuclear programme.", min_confidence=0) == \
        [("USAGOV", "163", "IRN")]


def test_the_doer_named_in_the_phrase_whatever_verb_tells_of_it(nlp):
    assert codes("The visit by the Chinese foreign minister to Moscow was seen as a snub.", min_confidence=0) == \
        [("CHNGOV", "042", "RUSGOV")]


def test_victims_left_dead_and_headline_participles(nlp):
    # "left X dead": X is the target; a past participle of harm with a subject and no
    # auxiliary ("3 people shot") was done to that subject
    found = codes("Russia's strike on the city left five civilians dead.", min_confidence=0)
    assert [(s, c) for s, c, t in found if t.endswith("CVL")] == [("RUS", "190")]
    [e] = events("Clairton shootings: 3 people shot, 1 killed.", min_confidence=0)[:1]
    assert (e["Actor1Text"], e["Actor2Text"]) == ("", "3 people")
    found = events("The compound was cleared, with people either surrendering, or being shot.", min_confidence=0)
    assert [(e["Actor1Text"], e["Actor2Text"]) for e in found if e["EventCode"] == "193"] == [("", "people")]


def test_georgia_is_the_state_in_an_american_story(nlp):
    [e] = events("A federal judge in Georgia denied Sen. Lindsey Graham's bid to avoid testifying before an "
                 "Atlanta-area grand jury.", min_confidence=0)
    assert e["Actor1Code"] == "USAJUD"
    found = codes("Georgian troops clashed with Russian forces near Tbilisi.", min_confidence=0)
    assert found[0][0] == "GEOMIL"


def test_the_congress_in_indian_news_is_the_party(nlp):
    assert codes("The BJP accused the Congress of insulting the army.", min_confidence=0)[0] == \
        ("INDPTY", "112", "INDPTY")
    assert codes("Congress criticized the White House over the budget.", min_confidence=0)[0] == \
        ("USALEG", "111", "USAGOV")


def test_support_toward_no_one_is_a_standing_not_a_deed(nlp):
    assert codes("Trump's support is more firmly locked in than his rival's.", min_confidence=0) == []
    assert codes("Macron's support for the EU was a rebuke to Trump.", min_confidence=0)[0][:2] == ("FRAGOV", "051")


def test_minorities_by_their_names(nlp):
    [e] = events("Hundreds of Uighurs were detained in camps.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Code"], e["Actor2Text"]) == ("173", "CHNCVL", "Hundreds of Uighurs")
    assert codes("Islamic State militants massacred Yazidis in Sinjar.", min_confidence=0) == \
        [("IMGREB", "202", "IRQCVL")]


def test_ones_own_people_are_no_target(nlp):
    # recalling one's own ambassador targets the country recalled from
    assert codes("France recalled its ambassador to Australia over the submarine deal.", min_confidence=0) == \
        [("FRA", "161", "AUS")]
    # parties agreeing about their own troops agree with each other
    assert set(codes("India and China agreed to disengage troops along the border.", min_confidence=0)) == \
        {("IND", "030", "CHN"), ("CHN", "030", "IND")}


def test_people_named_by_a_common_noun_are_parties(nlp):
    # everyday people of police news are civilians; an agents-dictionary noun gives its sector
    [e] = events("police beat up the hawkers near the station.", min_confidence=0)
    assert (e["Actor1Code"], e["EventRootCode"], e["Actor2Text"], e["Actor2Code"]) == ("COP", "18", "hawkers", "CVL")
    [e] = events("Soldiers assaulted two pickpockets in the market.", min_confidence=0)
    assert (e["EventRootCode"], e["Actor2Code"]) == ("18", "CRM")
    # a setting the dictionary codes as a body names no party: going to prison is no visit
    assert not [c for c in codes("Many of the young men went to prison for years.", min_confidence=0)
                if c[1].startswith("04")]


def test_custody_and_beatings_of_police_news(nlp):
    [e] = events("the police took six villagers into custody on sunday.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "CVL")
    [e] = events("a constable thrashed a vegetable vendor outside the court.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"]) == ("COP", "182")
    # a game won is no beating
    assert codes("Pakistan thrashed Sri Lanka by nine wickets.", min_confidence=0) == []


def test_those_who_died_in_an_act_are_its_target(nlp):
    [e] = events("Four policemen died in a Maoist ambush in the forest.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("REB", "180", "Four policemen")
    # the force that names what did it is its source
    [e] = events("Six students were injured in the police firing.", min_confidence=0)
    assert (e["Actor1Code"], e["EventRootCode"], e["Actor2Text"]) == ("COP", "19", "Six students")


def test_passives_joined_by_and_share_their_agent(nlp):
    found = codes("A 19-year-old man was shot and killed on Friday by a sheriff's deputy.", min_confidence=0)
    assert {c[1] for c in found} == {"193", "190"} and all(c[0].endswith("COP") or c[0] == "GOV" for c in found)
    found = events("A 19-year-old man was shot and killed on Friday by police.", min_confidence=0)
    assert {(e["Actor1Code"], e["Actor2Text"]) for e in found} == {("COP", "19-year-old man")}


def test_someone_named_by_age_or_a_pronoun_can_be_shot(nlp):
    [e] = events("A police officer shot the unarmed 18-year-old on Sunday.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "193", "CVL")
    assert [c[1] for c in codes("Rebels shot him in the back.", min_confidence=0)] == ["193"]
    # but not a record or a film
    assert codes("Rebels shot a film in the village.", min_confidence=0) == []


def test_officers_in_police_news_are_police(nlp):
    [e] = events("Police were called to the house. Officers arrested the owner.", min_confidence=0)
    assert e["Actor1Code"] == "COP"
    found = events("Troops and army units took the town. Officers arrested the mayor.", min_confidence=0)
    assert [e["Actor1Code"] for e in found if e["EventCode"] == "173"] == ["MIL"]


def test_a_phrase_put_first_without_a_comma_keeps_the_subject(nlp):
    # the small parser reads "police" as the last word of "in the city of …"
    found = events("But in the city of Belo Horizonte police used tear gas to disperse protesters.", min_confidence=0)
    assert [(e["Actor1Text"], e["EventCode"]) for e in found] == [("police", "175")]
    [e] = events("in kanpur police arrested three men on monday.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"]) == ("INDCOP", "173")     # (Kanpur's police: India's)


def test_a_harm_told_beside_what_a_force_did_is_the_forces(nlp):
    found = events("three persons were killed when police opened fire on the crowd.", min_confidence=0)
    assert ("COP", "190", "Three persons") in {(e["Actor1Code"], e["EventCode"], e["Actor2Text"]) for e in found}
    # a roof is no force
    [e] = events("three people were injured when the roof collapsed.", min_confidence=0)
    assert e["Actor1Code"] == "" and e["Actor1Text"] == ""


def test_a_preposition_can_make_a_verb_another_sense(nlp):
    assert codes("The senator has seized on anxieties about electric cars.", min_confidence=0) == []
    assert [c[1] for c in codes("Police seized the documents on Monday.", min_confidence=0)] == ["1711"]
    # a poll's measure of support is no one's support
    assert all(c[0] == "" for c in codes("The newspaper averaged support for Biden in each region.", min_confidence=0))


def test_a_passive_under_a_frame_befalls_the_subject(nlp):
    # foreseen: a future act done to the subject, not by it
    [e] = events("The minister is expected to be arrested by the anti-corruption police.", min_confidence=0,
                 include_modal=True)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"], e["Mode"]) == ("COP", "173", "GOV", "future")
    # wished for: no fact
    [e] = events("The rebels want to be recognised by the government.", min_confidence=0, include_modal=True)
    assert (e["Actor1Code"], e["Actor2Code"], e["Mode"]) == ("GOV", "REB", "hypothetical")
    assert events("The rebels want to be recognised by the government.", min_confidence=0) == []


def test_where_a_meeting_is_held_is_not_whom_it_is_with(nlp):
    assert codes("Trump spoke at the G-20 summit in Osaka on Saturday.", min_confidence=0) == []
    assert codes("Putin and Erdogan met in Sochi on Friday.", min_confidence=0)[0][2] == "TURGOV"
    # but a visit's place is its host
    assert codes("The Japanese foreign minister arrived in Cairo on Monday.", min_confidence=0)[0][1:] == ("042", "EGYGOV")


def test_a_forecast_is_no_intent_or_threat(nlp):
    # what others foresee is the act itself, in the future
    [e] = events("Farmers are set to protest outside the parliament on Monday.", min_confidence=0, include_modal=True)
    assert (e["EventCode"], e["Mode"]) == ("141", "future")
    # what the subject means to do is an intent
    assert codes("Iran expects to sign a deal with the EU.", min_confidence=0)[0][1] == "030"


def test_hyphened_police_verbs_keep_their_subject(nlp):
    [e] = events("police lathi-charged the agitating students outside the assembly.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "175", "EDU")


def test_those_booked_or_arrested_for_a_deed_did_it_allegedly(nlp):
    found = events("three men have been booked for assaulting a traffic constable.", min_confidence=0, include_modal=True)
    # (and the booking itself is a charge by the police, in Indian usage)
    assert [(e["Actor1Code"], e["Actor1Text"], e["EventCode"], e["Actor2Code"], e["Mode"]) for e in found] == \
        [("COP", "", "173", "CVL", ""), ("CVL", "Three men", "182", "COP", "alleged")]


def test_they_stands_for_the_last_plural_party_named_as_a_subject(nlp):
    found = events("Maoists ambushed a police patrol in Sukma. They killed four constables.", min_confidence=0)
    assert ("They", "REB", "190", "COP") in {(e["Actor1Text"], e["Actor1Code"], e["EventCode"], e["Actor2Code"])
                                              for e in found}
    # no antecedent in this sentence or the one before: no one
    found = events("Maoists ambushed a patrol. The road was closed. They killed four constables.", min_confidence=0)
    assert [e["Actor1Code"] for e in found if e["EventCode"] == "190"] == [""]


def test_resigned_to_something_is_accepting_it(nlp):
    assert codes("The senator was weary, resigned to the outcome of the vote.", min_confidence=0) == []
    assert [c[1] for c in codes("The minister resigned on Friday.", min_confidence=0)] == ["0831"]


def test_a_country_where_a_target_is_places_it(nlp):
    found = events("Taliban fighters attacked an army base in northern Afghanistan.", min_confidence=0)
    assert [(e["Actor2Text"], e["Actor2Code"]) for e in found] == [("army", "AFGMIL")]
    [e] = events("Rebels attacked a police post in Mali.", min_confidence=0)
    assert e["Actor2Code"] == "MLICOP"


def test_a_participle_of_arrest_or_harm_is_a_passive(nlp):
    # "a man arrested for theft": arrested, as "was arrested", by the police the place implies
    found = codes("A man arrested for theft was released on bail.", min_confidence=0)
    assert ("COP", "173", "CVL") in found
    # a headline's past tense with a "by" agent
    [e] = events("youth shot dead by police in bhind", min_confidence=0)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"].lower()) == ("police", "1823", "youth")


def test_it_and_they_in_what_one_person_said_are_not_that_person(nlp):
    found = events("“When the report comes, it also goes to the White House,” Senator Jim Risch said.", min_confidence=0)
    assert [e["Actor1Code"] for e in found if e["EventCode"] == "042"] == [""]
    found = events("Senator Jim Risch said they would sanction Iran.", min_confidence=0, include_modal=True)
    assert all(e["Actor1Code"] == "" for e in found)
    # several people speak for themselves
    found = events("Obama and Putin said they will attack Iraq.", min_confidence=0, include_modal=True)
    assert {e["Actor1Code"] for e in found} >= {"USAGOV"}


def test_crowd_control_weapons_fired_with_no_one_named_are_repression(nlp):
    found = events("Police fired tear gas while the protesters pelted them with rocks.", min_confidence=0, include_modal=True)
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Text"], e["Mode"]) for e in found] == \
        [("COP", "175", "", ""), ("OPP", "145", "", "")]     # "them": someone unnamed, not the rocks
    # natural gas is no weapon of crowd control unless fired
    assert codes("Germany used gas from Russia.", min_confidence=0) == []


def test_a_clause_opened_by_when_or_while_is_news_not_background(nlp):
    [e] = events("The talks went on until the rebels attacked the convoy.", min_confidence=0, include_modal=True)
    assert (e["Actor1Code"], e["EventCode"], e["Mode"]) == ("REB", "190", "")
    [e] = events("The crowd scattered when police fired tear gas at the marchers.", min_confidence=0, include_modal=True)
    assert (e["Actor1Code"], e["EventCode"], e["Mode"]) == ("COP", "175", "")
    # and so, told by its own verb in the past, is a deed after "after" or "before" (it happened,
    # later); one that could happen after "before" is not yet done
    [e] = events("After police fired tear gas at the marchers, the crowd scattered.", min_confidence=0, include_modal=True)
    assert e["Mode"] == ""
    [e] = events("Before police fired tear gas at the marchers, the crowd scattered.", min_confidence=0, include_modal=True)
    assert e["Mode"] == ""
    [e] = events("Before police could fire tear gas at the marchers, the crowd scattered.", min_confidence=0,
                 include_modal=True)
    assert e["Mode"] != ""


def test_the_subject_of_a_clause_read_as_the_object_of_after_is_its_subject(nlp):
    # (the small parser leaves "shot" without a subject here; the shooting, told after "after", is news)
    found = events("Harris spoke to Tom Hale, a Black man who was left paralyzed after a white police officer "
                   "shot him seven times.", min_confidence=0, include_modal=True)
    assert [(e["Actor1Text"], e["EventCode"], e["Mode"]) for e in found] == [("white police officer", "193", "")]


def test_officers_who_arrest_are_police(nlp):
    [e] = events("The officers arrested the driver and put him in handcuffs.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"]) == ("COP", "173")
    [e] = events("The officers led the troops into the valley and attacked the rebels.", min_confidence=0)
    assert e["Actor1Code"] == "MIL"


def test_police_verbs_of_indian_news(nlp):
    # the people an entry names are those it is done to, known or not
    [e] = events("police booked the shop owner for cheating.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "173", "shop owner")
    [e] = events("the accused was sent to judicial custody.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "CRM")
    [e] = events("the police chased and caught the snatcher.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "CRM")
    assert codes("The company was caught in a scandal.", min_confidence=0) == []
    for text in ("the mob set two buses ablaze.", "the crowd set ablaze two police vehicles."):
        assert [c[1] for c in codes(text, min_confidence=0)] == ["1712"]


def test_a_word_written_with_a_hyphen_is_the_word_written_whole(nlp):
    # "cease-fire" (the agencies' spelling) is the lexicon's "ceasefire"
    assert [c[1] for c in codes("The rebels violated the cease-fire.", min_confidence=0)] == ["196"]
    assert [c[1] for c in codes("The rebels declared a cease-fire.", min_confidence=0)] == ["0871"]


def test_a_plural_title_before_names_is_theirs_not_a_party(nlp):
    found = events("Presidents Donald Trump and Xi Jinping met in Buenos Aires.", min_confidence=0)
    assert sorted((e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found) == \
        [("CHNGOV", "040", "USAGOV"), ("USAGOV", "040", "CHNGOV")]


def test_a_body_whose_name_is_a_first_name_is_not_the_person(nlp):
    # (a one-word name in the actor dictionaries, written before a surname)
    found = events("Amit Shah met the governor.", min_confidence=0)
    assert all(not e["Actor1Code"].startswith("NGO") for e in found)
    [e] = events("Amnesty International condemned the arrests.", min_confidence=0)
    assert e["Actor1Code"].startswith("NGO")
    # India's home minister, in lower-case news too: the hand-kept list names him
    [e] = events("home minister amit shah met the governor on monday.", min_confidence=0)
    assert (e["Actor1Text"].lower(), e["Actor1Code"]) == ("home minister amit shah", "INDGOV")


def test_a_bare_number_in_a_headline_is_people(nlp):
    [e] = events("3 held for robbery in old city", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"], e["Actor2Text"]) == ("COP", "173", "CVL", "3")
    [e] = events("police nab 5 for gang-rape", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "CVL")
    # not people named before, a number in a name, nor a year
    found = events("Trump and Ryan were cool toward one another, but the two met in Washington.", min_confidence=0)
    assert all(e["Actor1Text"] != "two" for e in found)
    assert all(e["Actor1Text"] != "582" for e in events("H.R. 582 attacks the unions.", min_confidence=0))


def test_a_place_named_by_its_countrys_adjective_places_the_parties(nlp):
    [e] = events("Separatists shot down two helicopters in an eastern Ukrainian city.", min_confidence=0)
    assert (e["Actor1Code"], e["Actor2Code"]) == ("UKRSEP", "UKRMIL")
    [e] = events("Police arrested 25 protesters in a central Chinese city.", min_confidence=0)
    assert (e["Actor1Code"], e["Actor2Code"]) == ("CHNCOP", "CHNOPP")


def test_what_someone_was_kept_from_doing_they_did_not_do(nlp):
    # the one kept from it would have done it, and did not
    [e] = events("Police prevented the protesters from marching to the parliament.", min_confidence=0, include_modal=True)
    assert (e["Actor1Code"], e["EventCode"], e["Mode"]) == ("OPP", "141", "negated")
    assert codes("Police prevented the protesters from marching to the parliament.", min_confidence=0) == []


def test_a_trade_war_is_no_fighting(nlp):
    assert codes("Trump started the largest trade war in history.", min_confidence=0) == []
    assert codes("China launched a price war.", min_confidence=0) == []
    assert [c[1] for c in codes("Russia started a war with Ukraine.", min_confidence=0)] == ["190"]


def article_events(text: str, date: str) -> list[dict]:
    article = Article(id="a", text=text, date=date)
    return list(api.event_dicts(api.code_texts([article], Options(gkg=False, min_confidence=0, include_modal=True))))


def test_he_goes_on_about_the_last_person_named_as_a_subject(nlp):
    text = ("U.S. Defense Secretary Jim Mattis arrived in Hanoi on Wednesday for talks with Vietnamese leaders. "
            "Mattis met Vietnamese Defense Minister Ngo Xuan Lich and Prime Minister Nguyen Xuan Phuc. "
            "He praised Vietnam's cooperation on recovering the remains of missing American soldiers. "
            "Lich said Vietnam wanted closer ties. He thanked Mattis for the visit.")
    found = {(e["Actor1Text"], e["EventCode"], e["Actor2Text"]): e["Actor1Code"] for e in article_events(text, "2018-10-17")}
    assert found[("He", "051", "Vietnam")] == "USAGOV"        # Mattis, not the prime minister named last
    assert found[("He", "051", "Mattis")] == "VNMGOV"         # Lich


def test_he_who_speaks_after_someone_no_table_knows_is_that_someone(nlp):
    text = ("President Obama spoke in Ohio on Monday. "
            "Carl Wendt, an analyst at a think tank, said the plan was sound. "
            "\"This is a good week for the administration,\" he said.")
    assert [e for e in article_events(text, "2012-05-01") if e["Actor1Text"].lower() == "he"] == []


def test_a_participle_after_its_noun_takes_the_noun_as_its_object(nlp):
    [e] = events("man held with drugs worth rs 5 lakh", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "CVL")
    found = codes("One answer lies in the pacts signed by China and the United States at a summit.", min_confidence=0)
    assert sorted(found) == [("CHN", "057", "USA"), ("USA", "057", "CHN")]


def test_an_event_noun_under_a_negated_verb_is_negated(nlp):
    [e] = events("The Egyptian military says it is not planning a coup against the government.",
                 min_confidence=0, include_modal=True)[:1]
    assert (e["EventCode"], e["Mode"]) == ("170", "negated")
    assert [c[1] for c in codes("The Egyptian military says it is not planning a coup.", min_confidence=0)] == ["010"]


def test_a_state_or_force_that_stands_down_de_escalates(nlp):
    assert [c[1] for c in codes("The rebels stood down.", min_confidence=0)] == ["087"]
    assert [c[1] for c in codes("The minister stepped down on Friday.", min_confidence=0)] == ["0831"]


def test_a_countrys_language_is_no_party(nlp):
    # (the agency, by its words, agrees to something; not with Spain)
    assert all("ESP" not in (c[0], c[2]) for c in codes("The agency agreed to translate the forms into Spanish.",
                                                        min_confidence=0))
    assert [e["Actor2Text"] for e in events("The agency agreed to translate the forms into Spanish.",
                                            min_confidence=0)] in ([], [""])
    assert [c[2] for c in codes("Iran sent aid to the Syrian people.", min_confidence=0)] == ["SYRCVL"]


def test_charged_with_a_duty_is_tasked_not_accused(nlp):
    assert codes("The three officials charged with certifying the refugees spoke on Monday.", min_confidence=0) == []
    found = codes("Two men were charged with shooting a police officer.", min_confidence=0)
    assert ("COP", "112", "CVL") in found      # a criminal charge is an accusation (PLOVER: ACCUSE)
    # a pronoun object is someone: the charge stands
    assert [c[:2] for c in codes("Police charged him with falsifying records.", min_confidence=0)] == [("COP", "112")]


def test_politicians_on_the_offensive_do_not_fight(nlp):
    assert codes("The White House tried to go on the offensive over its decision.", min_confidence=0) == []
    assert [c[1] for c in codes("The army went on the offensive in the north.", min_confidence=0)] == ["190"]


def test_a_preposition_after_the_first_of_joined_objects_serves_them_all(nlp):
    [e] = events("In other parts of the city, the police used water cannons and tear gas against protesters.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "175", "OPP")
    found = codes("Hundreds of people marched, and police dispersed them with tear gas.", min_confidence=0)
    assert ("COP", "175", "") in found


def test_what_someone_calls_an_event_is_no_act_of_theirs(nlp):
    assert codes("Iran called the sanctions illegal.", min_confidence=0) == []
    assert codes("Russia described the attack as terrorism.", min_confidence=0) == []
    # a plan that meets with criticism meets no one
    assert codes("The plan met with fierce opposition in Congress.", min_confidence=0) == []
    assert [c[1] for c in codes("Obama met with Putin in Geneva.", min_confidence=0)] == ["040"]


def test_a_phrase_put_first_is_no_argument_of_the_verb(nlp):
    # "For the Liberal Democrats, X called …": no call for the Liberal Democrats
    found = codes("For the Welsh Liberal Democrats, Kirsty Williams called the new target hugely unambitious.",
                  min_confidence=0)
    assert all(c[1] != "020" for c in found)
    assert [c[1] for c in codes("Russia called for new talks with Ukraine.", min_confidence=0)][:1] != []


def test_recognising_a_concern_is_no_recognition_of_a_state(nlp):
    assert all(c[1] != "054" for c in codes("The minister said he recognised people's concerns about the plan.", min_confidence=0))
    assert [c[1] for c in codes("Sweden recognized Palestine.", min_confidence=0)] == ["054"]


def test_he_in_what_someone_says_is_not_the_speaker(nlp):
    text = 'Mr Clarke said he recognised the concerns but argued: "He has apologised and we should leave it there."'
    assert all(e["Actor1Text"] != "Mr Clarke" for e in article_events(text, "2005-01-14") if e["EventCode"] == "055")


def test_the_president_is_the_one_the_story_goes_on_about(nlp):
    text = ('President Donald Trump said Wednesday he would "wipe out" Turkish President Recep Tayyip Erdogan\'s '
            'economy if the Turkish military eliminates the Kurdish population. '
            '"They have been wanting to do this for many years," the president said.')
    said = [e for e in article_events(text, "2019-10-09") if e["Actor1Text"] == "president"]
    assert [e["Actor1Code"] for e in said] == ["USAGOV"]


def test_a_person_named_by_anothers_title_is_not_that_person(nlp):
    # "Trump aide Sarah Sanders": hers is not Trump's name, nor is Trump a "she"
    text = ("President Donald Trump met reporters on Monday. Trump aide Sarah Sanders joined him. "
            "Later he criticized the media.")
    [e] = [e for e in article_events(text, "2019-01-07") if e["EventCode"] == "111"]
    assert (e["Actor1Text"], e["Actor1Code"]) == ("he", "USAGOV")


def test_who_is_handed_an_event_noun_is_its_target(nlp):
    [e] = events("Trump issued a pardon to former national security adviser Michael Flynn.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("056", "former national security adviser Michael Flynn")
    assert codes("Germany gave a warning to Russia.", min_confidence=0) == [("DEU", "130", "RUS")]
    assert codes("President Trump placed a call to Vladimir Putin.", min_confidence=0) == [("USAGOV", "041", "RUSGOV")]


def test_calling_for_someone_to_act_asks_them(nlp):
    assert codes("The opposition called for the president to step down.", min_confidence=0) == [("OPP", "0241", "GOV")]


def test_some_in_a_party_are_that_party(nlp):
    assert codes("Many in the GOP criticized the deal.", min_confidence=0) == [("USAPTY", "111", "")]
    assert codes("Some in Congress accused Russia of meddling.", min_confidence=0) == [("USALEG", "112", "RUS")]


def test_backing_off_yields(nlp):
    assert [c[1] for c in codes("The government backed off after the protests.", min_confidence=0)] == ["080"]
    assert all(c[1] != "051" for c in codes("Britain backed off the plan.", min_confidence=0))
    assert [c[1] for c in codes("Britain backed the plan.", min_confidence=0)] == ["032"]


def test_a_capital_is_anothers_city_only_where_its_own_phrase_says_so(nlp):
    # (there is a Moscow in Idaho, but "American officials" do not put Moscow there)
    found = codes("Even as Moscow protested, American officials pointed fingers back.", min_confidence=0)
    assert ("RUSGOV", "141", "") in found
    assert codes("Police arrested protesters in Tripoli, Lebanon.", min_confidence=0) == [("LBNCOP", "173", "LBNOPP")]


def test_western_leaders_are_of_no_one_country(nlp):
    # the West's and Europe's, CAMEO's regions, not the other party's country
    assert codes("Western leaders slammed Russia.", min_confidence=0) == [("WSTGOV", "111", "RUS")]
    assert codes("European leaders criticized President Donald Trump.", min_confidence=0) == [("EURGOV", "111", "USAGOV")]
    # nor are a region's with no code ("Arab leaders" were Israel's, the other party's country)
    assert codes("Arab leaders condemned Israel.", min_confidence=0) == [("GOV", "111", "ISR")]


def test_a_state_named_in_a_title_places_the_person(nlp):
    assert codes("Texas Gov. Greg Abbott criticized Mexico.", min_confidence=0) == [("USAGOV", "111", "MEX")]
    assert codes("Republican South Carolina Sen. Lindsey Graham criticized Turkey.", min_confidence=0) == \
        [("USALEG", "111", "TUR")]
    assert codes("New Hampshire's Republican Gov. Chris Sununu criticized China.", min_confidence=0) == \
        [("USAGOV", "111", "CHN")]
    assert codes("A Texas police chief criticized Mexico.", min_confidence=0) == [("USACOP", "111", "MEX")]
    # (but an "anti-Syria journalist" is not Syria's)
    [e] = events("A prominent anti-Syria journalist was killed in a car bomb explosion in Beirut.", min_confidence=0)
    assert e["Actor2Code"] == "LBNMED"


def test_he_goes_on_about_a_subject_two_sentences_back_before_a_name_in_passing(nlp):
    # the sentence before names no one as its subject ("the 69-year-old former lobbyist"): "he" is
    # the subject before it, not Yanukovych, named in passing
    text = ("Paul Manafort, the former chairman of President Donald Trump's campaign, told U.S. District Judge "
            "Amy Jackson that he was guilty. The 69-year-old former lobbyist acknowledged leading a conspiracy "
            "involving a faction in Ukraine led by the country's former president Viktor Yanukovych. "
            "He also criticized the prosecutors.")
    [e] = [e for e in article_events(text, "2018-09-14") if e["EventCode"] == "111"]
    assert e["Actor1Text"] == "He" and not e["Actor1Code"].endswith(("GOV", "ELI"))


def test_by_after_the_one_an_act_was_done_to_names_the_doer(nlp):
    # (the parser hangs "by police" on the leader)
    [e] = events("The arrest of the opposition leader by police sparked protests.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "173", "OPP")


def test_a_rank_of_the_police_is_police(nlp):
    assert codes("A police captain was shot by gunmen.", min_confidence=0) == [("UAF", "193", "COP")]
    assert codes("A police sergeant was killed by militants.", min_confidence=0) == [("REB", "190", "COP")]
    assert codes("The army captain shot a protester.", min_confidence=0) == [("MIL", "193", "OPP")]
    assert codes("Police handcuffed the protesters.", min_confidence=0) == [("COP", "173", "OPP")]


def test_a_pronoun_in_a_quotation_is_not_the_one_quoted_after_it(nlp):
    text = ("President Donald Trump met Chinese negotiators on Monday. Economist Steve Moore said the talks were "
            "going well. \"I don't see him stepping back from his demand that China open up its markets,\" Moore added.")
    [e] = [e for e in article_events(text, "2018-12-03") if e["EventCode"].startswith("10")]
    assert (e["Actor1Text"], e["Actor1Code"]) == ("him", "USAGOV")


def test_a_party_and_state_label_places_a_us_lawmaker(nlp):
    assert codes("Rep. Jason Chaffetz (R-Utah), chairman of the panel, criticized Libya.", min_confidence=0) == \
        [("USALEG", "111", "LBY")]
    assert codes("Sen. Debbie Stabenow, D-Michigan, also slammed Russia.", min_confidence=0) == [("USALEG", "111", "RUS")]


def test_a_person_of_no_known_country_is_of_the_story_not_of_the_other_party(nlp):
    text = ("Former Rep. Will Hurd joined the race for the U.S. presidency on Thursday. "
            "Hurd has insisted that he supports Ukraine reclaiming all of its territory from Russia.")
    [e] = [e for e in article_events(text, "2023-07-11") if e["EventCode"] == "051"]
    assert e["Actor1Code"].startswith("USA")      # (not Ukraine's, the country the sentence names)


def test_a_country_before_county_or_street_is_a_place(nlp):
    # ("Dane County" is in Wisconsin: no Dane, no Denmark)
    assert all("DNK" not in (c[0] + c[2]) for c in codes("Police arrested him in Dane County.", min_confidence=0))
    # (nor are New York's Nassau county prosecutors the Bahamas' criminals)
    found = codes("The chief criminal prosecutors of New York, Nassau, Westchester, and Oswego counties asked "
                  "the attorney general for evidence.", min_confidence=0)
    assert [c[0] for c in found] == ["JUD"]


def test_a_capital_inside_a_companys_name_is_no_government(nlp):
    # (Stanley is the Falklands' capital)
    assert all("FLK" not in (c[0] + c[2]) for c in codes("Morgan Stanley analysts criticized Russia.", min_confidence=0))


def test_lawmakers_of_the_last_decade_are_known_by_name(nlp):
    [e] = article_events("Boehner met Obama at the White House.", "2013-05-01")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("USALEG", "040", "USAGOV")


def test_a_former_office_holder_stays_former_across_the_article(nlp):
    text = "Former Defense Secretary Jim Mattis criticized Russia on Monday. Mattis also criticized China."
    assert [e["Actor1Code"] for e in article_events(text, "2021-03-01") if e["EventCode"] == "111"] == ["USAELI", "USAELI"]


def test_a_headline_harm_verb_with_nothing_after_it_was_done_to_its_subject(nlp):
    found = codes("Multiple people shot in Brooklyn", min_confidence=0)
    assert [(c[1], c[2]) for c in found] == [("193", "USACVL")]
    # (but soldiers who shot back shot, and gunmen who shot at the crowd)
    assert codes("Gunmen shot at the crowd.", min_confidence=0) == [("UAF", "193", "CVL")]
    assert [c[0] for c in codes("Soldiers shot back.", min_confidence=0)] == ["MIL"]


def test_a_capital_or_country_inside_another_name_is_no_actor(nlp):
    # ("Moreno Valley" is in California, not Anguilla, whose capital is The Valley; "Nikki Holland"
    # is a woman's name, and the parser took her for an organisation)
    found = events("A man was killed in Moreno Valley, California, in 2012.", min_confidence=0)
    assert found and all("AIA" not in e["Actor1Code"] + e["Actor2Code"] for e in found)
    [e] = events("Nikki Holland of the UK's National Crime Agency said offenders cannot hide.")
    assert e["Actor1CountryCode"] == "GBR"
    # (a compass word names a part of the country: still Egypt)
    assert ("RUS", "190", "EGY") in codes("Russia attacked Upper Egypt.", min_confidence=0)


def test_them_is_the_nearest_party_named_in_the_plural(nlp):
    found = codes("Protesters gathered outside parliament. Police fired at them.", min_confidence=0)
    assert [c for c in found if c[1] == "190"] == [("COP", "190", "OPP")]
    found = codes("Police detained three journalists on Monday. They accused them of spying.", min_confidence=0)
    assert ("COP", "112", "MED") in found
    # (not those who act in its clause, and a nearer thing makes it a thing)
    assert [e["Actor2Text"] for e in events("Republicans want to pass small bills, daring Democrats to oppose them.",
                                            min_confidence=0)] == [""]
    # (an apposition says who they are)
    [e] = events('"Many people here are helping them (militant groups)," Adil says.', min_confidence=0)
    assert e["Actor2Text"] == "militant groups"


def test_an_event_noun_is_not_its_own_target(nlp):
    # ("opposition" is an event here, not the opposition party)
    [e] = events("Lavrov crisscrossed Africa to buttress Moscow's opposition to sanctions.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("RUSGOV", "110", "")


def test_an_event_put_off_or_blocked_did_not_happen(nlp):
    assert codes("Gov. Mike DeWine has delayed all scheduled executions.", min_confidence=0) == []
    assert codes("The judge blocked the deportation of the activists.", min_confidence=0) == []
    assert codes("Police thwarted an attack on the embassy.", min_confidence=0) == []
    flagged = events("Police thwarted an attack on the embassy.", min_confidence=0, include_modal=True)
    assert flagged and all(e["Negated"] for e in flagged)
    # (putting off talks is an event of its own)
    assert codes("Iran postponed talks with the EU.") == [("IRN", "164", "IGOEUREEC")]


def test_a_name_the_parser_takes_for_a_place_is_harmed(nlp):
    [e] = events("Malala was shot in the head by a Taliban gunman.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("193", "Malala")


def test_crowd_control_and_thrown_objects(nlp):
    # (tear gas used on no one named, a crowd of people dispersed, objects hurled at the police)
    assert codes("Egyptian security forces used tear gas Wednesday to clear two protest camps.",
                 min_confidence=0)[0][:2] == ("EGYCOP", "175")
    assert ("COP", "175", "CVL") in codes("Policemen tried to disperse hundreds of migrants.", min_confidence=0)
    assert codes("Some protesters hurled objects at police.", min_confidence=0) == [("OPP", "145", "COP")]
    # (a crowd that disperses yields)
    assert [c[1] for c in codes("The crowd dispersed peacefully.", min_confidence=0)] == ["082"]


def test_a_he_after_a_long_quotation_is_the_speaker_not_the_man_quoted(nlp):
    text = ("At a fundraiser Friday, President Obama said he is hopeful.\n\n"
            "“John McCain believed in climate change,” the president said. “John believed in campaign finance "
            "reform. He believed in immigration reform. There were some areas where you saw some overlap.”\n\n"
            "He criticized GOP lawmakers for their strategy.")
    found = [e for e in article_events(text, "2012-06-01") if e["EventCode"] == "111"]
    assert [(e["Actor1Code"], e["Actor2Code"]) for e in found] == [("USAGOV", "USALEG")]


def test_coming_under_fire_is_done_to_the_subject_in_words_or_by_arms(nlp):
    assert codes("Israel came under fire from Western governments over the raid.") == [("WSTGOV", "111", "ISR")]
    assert codes("The embassy came under heavy fire from militants.", min_confidence=0)[0][:2] == ("REB", "190")
    assert codes("The minister has come under pressure from his own party.")[0] == ("PTY", "170", "GOV")


def test_one_of_a_listed_persons_family_is_not_that_person(nlp):
    text = ("Biden and first lady Jill Biden lit a candle at the White House on Monday. Biden said his "
            "administration was considering sanctions against Iran. He urged Israel to respond proportionally.")
    found = article_events(text, "2024-10-07")
    # (Jill Biden is no US government, nor does she make the president a "she")
    assert "first lady Jill Biden" not in [e["Actor1Text"] for e in found if e["Actor1Code"] == "USAGOV"]
    assert [(e["Actor1Code"], e["Actor2Code"]) for e in found if e["EventCode"] == "020"] == [("USAGOV", "ISR")]
    [e] = [e for e in article_events("Ivanka Trump met Chinese officials in Beijing.", "2019-06-01")]
    assert (e["Actor1Code"], e["Actor1Text"]) == ("", "Ivanka Trump")
    # (the listed man under another form of his given name is still he)
    found = article_events("President Joseph Biden met Putin in Geneva. Donald J. Trump criticized Biden.", "2021-06-01")
    assert [(e["Actor1Text"], e["Actor1Code"]) for e in found][0] == ("President Joseph Biden", "USAGOV")
    assert [(e["Actor2Text"], e["Actor2Code"]) for e in found][1] == ("Biden", "USAGOV")


def test_what_someone_says_others_did_is_theirs(nlp):
    # (the parser reads "says soldiers" as what was said, and "opened" as the reporter's)
    found = events("A BBC reporter says soldiers in Qina, in the south, opened fire on protesters.", min_confidence=0)
    assert [(e["Actor1Text"], e["EventCode"]) for e in found] == [("soldiers in Qina", "190")]


def test_a_title_before_a_listed_surname_is_no_other_given_name(nlp):
    found = article_events("Nakasone rejected Mrs Thatcher's request.", "1987-06-01")
    assert [e["Actor2Code"] for e in found] == ["GBRGOV"]


def test_a_relative_clause_goes_on_over_a_list_of_verbs(nlp):
    found = events("Nemtsov, 55, a former first deputy prime minister, was shot and killed shortly before midnight "
                   "Friday by an unknown gunman who jumped from a white car, fired around seven shots then sped off.",
                   min_confidence=0, include_modal=True)
    shooters = {e["Actor1Text"] for e in found if e["EventCode"] == "193"}
    assert shooters == {"unknown gunman"}


def test_what_befalls_the_body_is_no_event(nlp):
    assert codes("A union member died of a cardiac arrest after the protest.", min_confidence=0) == []
    assert codes("He suffered a heart attack in Moscow.", min_confidence=0) == []
    assert [c[1] for c in codes("Police placed him under house arrest.", min_confidence=0)] == ["173"]


def test_the_first_to_be_arrested_was_arrested(nlp):
    # (an infinitive passive after a noun: the noun underwent it)
    found = events("He became the first journalist to be killed in the war.", min_confidence=0)
    assert [(e["Actor1Text"], e["Actor2Text"]) for e in found] == [("", "first journalist")]


def test_workers_who_begin_a_strike_stop_work(nlp):
    assert [c[1] for c in codes("Cabin crew workers at British Airways have begun a three-day strike.")] == ["143"]
    assert codes("Israel launched a strike on Gaza.") == [("ISR", "190", "PSE")]


def test_being_sworn_in_is_no_vow(nlp):
    assert codes("Wanda Vázquez was sworn in as Puerto Rico's governor.", min_confidence=0) == []
    assert [c[1] for c in codes("The rebels swore revenge.")] == ["138"]


def test_what_is_discussed_is_no_party_to_the_talks(nlp):
    found = article_events("Biden and Zelensky discussed Russia's recent aggressions.", "2022-01-27")
    assert {(e["Actor1Code"], e["Actor2Code"]) for e in found} == {("USAGOV", "UKRGOV"), ("UKRGOV", "USAGOV")}
    found = article_events("Obama discussed Russia's aggression with Merkel.", "2014-03-01")
    assert [(e["Actor1Code"], e["Actor2Code"]) for e in found] == [("USAGOV", "DEUGOV")]


def test_figures_of_speech_with_on_and_that(nlp):
    # (a figure of speech: only what Josh Wright says is an event)
    assert [c[1] for c in codes("We are really firing on all cylinders, says Josh Wright.", min_confidence=0)] == ["010"]
    assert codes("Police fired on the protesters.") == [("COP", "190", "OPP")]
    # (recognising that something is so grants a point; recognising a state is an event)
    assert [c[1] for c in codes("We recognize that there are many areas of common ground, Trump said.",
                                min_confidence=0)] == ["010"]
    assert codes("Russia recognized the independence of Abkhazia.") == [("RUS", "054", "GEO")]


def test_it_is_the_country_or_body_last_named_as_a_subject(nlp):
    found = article_events("Iran denied the report on Monday. It accused the United States of lying.", "2023-01-10")
    assert ("IRN", "112", "USA") in [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found]
    found = article_events("Meanwhile, Iran's nuclear capabilities appear to be increasing, it is supplying weapons "
                           "to Russia.", "2023-01-10")
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found] == [("IRN", "072", "RUS")]
    # (not a thing, nor a person)
    found = article_events("The report was leaked on Monday. It says Iran attacked the tanker.", "2023-01-10")
    assert [e["Actor1Code"] for e in found if e["EventCode"] == "190"] == ["IRN"]
    found = article_events("If the President goes through with this, it will kill American jobs.", "2018-03-02")
    assert all(e["Actor1Text"] != "it" or not e["Actor1Code"] for e in found)


def test_is_going_to_is_a_future_and_is_not_going_to_is_not_done(nlp):
    [e] = events("Iran is not going to attack Israel.", min_confidence=0, include_modal=True)
    assert e["Negated"]
    [e] = events("Iran is going to attack Israel.", min_confidence=0, include_modal=True)
    assert (e["EventCode"], e["Mode"]) == ("138", "future")



def test_money_that_goes_somewhere_makes_no_visit(nlp):
    assert codes("Most of the union money goes to Democrats.", min_confidence=0) == []
    assert codes("Obama went to China in November.", min_confidence=0)[0][1:] == ("042", "CHN")


def test_a_visitor_is_not_of_the_place_visited(nlp):
    found = codes("The minister will go to Moscow next week.", min_confidence=0, include_modal=True)
    assert [(c[0], c[2]) for c in found] == [("GOV", "RUSGOV")]
    # (but a visit within one's own country keeps it: "Trump visited the state")
    assert codes("Trump visited the state in November.", min_confidence=0) == [("USAGOV", "042", "USAGOV")]


def test_harm_done_by_an_accident_or_a_disaster_is_no_ones_act(nlp):
    assert codes("An early morning coal mine explosion in Beijing, China left 20 miners dead.", min_confidence=0) == []
    assert codes("A fire killed 20 people in Lagos.", min_confidence=0) == []
    assert codes("Ten people were killed in an earthquake in Nepal.", min_confidence=0) == []
    # (a bomb's blast, and gunmen, are attacks)
    assert [c[1] for c in codes("A bomb blast killed 20 people in Kabul.", min_confidence=0)] == ["190"]
    assert [c[1] for c in codes("Two soldiers were killed in a clash with rebels.", min_confidence=0)] == ["190"]


def test_what_someone_denies_is_alleged(nlp):
    found = events("Russia denied reports that its troops attacked the village.", min_confidence=0, include_modal=True)
    assert [(e["EventCode"], e["Mode"]) for e in found] == [("016", ""), ("180", "alleged")]
    # (a report confirmed tells what happened)
    found = events("Officials confirmed reports that troops attacked the village.", min_confidence=0, include_modal=True)
    assert [(e["EventCode"], e["Mode"]) for e in found] == [("180", "")]


def test_tear_gas_shells_are_crowd_control_not_artillery(nlp):
    assert [c[1] for c in codes("Police fired tear gas shells at the protesters.", min_confidence=0)] == ["175"]
    assert [c[1] for c in codes("Troops fired artillery shells at the town.", min_confidence=0)] == ["194"]


def test_a_relative_clause_that_carries_the_story_on_is_news(nlp):
    found = codes("The mob pelted stones at the police, who fired tear gas shells to disperse them.")
    assert ("COP", "175") in [c[:2] for c in found]
    # (a relative clause that tells who someone is stays background)
    found = codes("Police arrested the man, who robbed a bank last year.", min_confidence=0)
    assert [c[1] for c in found] == ["173"]


def test_what_force_is_done_with_is_no_target(nlp):
    assert codes("Police beat the protesters with batons.") == [("COP", "175", "OPP")]


def test_a_passive_shared_through_and_keeps_its_subject(nlp):
    # "were produced before the court and remanded": remanded too, by the authorities
    found = codes("the accused were produced before the court and remanded in judicial custody.")
    assert found == [("COP", "173", "CRM")]


def test_a_quantity_of_something_is_no_place(nlp):
    found = codes("the police raided the house and seized 5 kg of ganja.", min_confidence=0)
    assert found and all("AZE" not in a + b for a, _, b in found)


def test_a_past_tense_the_lemmatizer_misreads_still_codes(nlp):
    # ("caned" is lemmatized "can")
    assert codes("The police caned the students.") == [("COP", "182", "EDU")]


def test_an_act_inside_a_whether_clause_is_no_fact(nlp):
    assert codes("Whether Trump tries to speed the seizure of property remains unclear.", min_confidence=0) == []


def test_what_someone_failed_to_bring_about_did_not_happen(nlp):
    found = codes("He resigned after failing to arrange Britain's exit from the EU.", min_confidence=0)
    assert all(c[1] != "160" for c in found)


def test_a_reported_act_no_one_is_named_for_leaves_the_statement(nlp):
    found = article_events('"A deal based on this framework would threaten the survival of Israel," '
                           'Mr. Netanyahu declared.', "2015-04-01")
    assert [(e["Actor1Code"], e["EventCode"]) for e in found if e["EventCode"] == "010"] == [("ISRGOV", "010")]


def test_declining_to_say_is_one_refusal_not_also_a_statement(nlp):
    found = codes("The Kremlin declined to say whether an exchange is looming.", min_confidence=0)
    assert [c[1] for c in found] == ["011"]


def test_a_disparaging_name_is_criticism_of_whoever_is_named(nlp):
    assert codes("Whitmer called the president's remarks dangerous.", min_confidence=0)[0][1] == "111"
    assert codes("Trump called Pelosi a loser.", min_confidence=0)[0][1:] == ("111", "USALEG")
    # (a threat named: no one criticised; a praising name is praise)
    assert codes("He called Covid-19 the biggest threat the country has faced.", min_confidence=0) == []
    assert codes("Trump called Pelosi a great leader.", min_confidence=0)[0][1:] == ("051", "USALEG")


def test_names_that_liken_describe_or_insult_say_what_one_thinks(nlp):
    def coded(text):
        return [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in article_events(text, "2018-06-01")]
    # a name told with "as", a likening, an insult the tone lexicon lacks, an adjective after its noun
    assert coded("Merkel described Putin as a dictator.") == [("DEUGOV", "111", "RUSGOV")]
    assert coded("Pena Nieto has compared Trump to dictators.") == [("MEXGOV", "111", "USAGOV")]
    assert coded("Tom Watson called Theresa May's proposed Brexit deal 'lousy'.")[0][1:] == ("111", "GBRGOV")
    assert coded("Rep. Peter King described Petraeus as a true American patriot.")[0][1] == "051"
    # (an alarm is no praise, however historic; what something is likened to is no party)
    assert coded("Macron called Brexit a historic alarm signal.") == []
    assert coded("Beaumont compares it to the house in Alfred Hitchcock's Psycho.") == []


def test_criticism_in_the_words_of_political_news(nlp):
    assert [c[1] for c in codes("President Trump chastised his own intelligence officials.")] == ["111"]
    assert codes("Biden took a swipe at Trump.", min_confidence=0)[0][1:] == ("111", "USAGOV")


def test_joined_verbs_share_a_modal_unless_one_has_its_own_tense(nlp):
    assert codes("Assange can be extradited to Sweden and be prosecuted for rape.", min_confidence=0) == []
    found = codes("Facing a House that can block his agenda and is launching investigations into his family, "
                  "Biden spoke.", min_confidence=0)
    assert "090" in [c[1] for c in found]


def test_a_name_the_parser_reads_as_a_noun_phrase_is_the_subject(nlp):
    # the small parser reads "Trump called Nancy Pelosi a loser" as "Trump [who was] called …"
    found = article_events("Trump called Nancy Pelosi a loser on Monday.", "2019-06-01")
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found] == [("USAGOV", "111", "USALEG")]


def test_a_government_named_by_its_leader_is_that_leaders_countrys(nlp):
    found = article_events("The Reagan administration reprimanded Israel.", "2019-01-01")
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found] == [("USAGOV", "111", "ISR")]


def test_a_name_labelled_with_party_and_state_is_a_member_of_congress(nlp):
    for text in ("Hal Rogers, R-Ky., warned the administration.", "Sen. Dianne Feinstein (D-Calif.) criticized Iran."):
        assert article_events(text, "2019-01-01")[0]["Actor1Code"] == "USALEG"


def test_a_conviction_with_no_court_named_is_a_court_of_the_place(nlp):
    found = codes("Kiritchenko was convicted of receiving stolen property in California after he testified.")
    assert [c[:2] for c in found] == [("USAJUD", "116")]


def test_storming_off_is_leaving_not_attacking(nlp):
    assert codes("Protesters stormed off the House floor.", min_confidence=0) == []
    assert [c[1] for c in codes("Troops stormed the parliament.", min_confidence=0)] == ["170"]


def test_having_the_support_of_someone_is_their_support(nlp):
    assert codes("Russia enjoys the backing of China.") == [("CHN", "051", "RUS")]
    assert codes("Russia has the support of China.") == [("CHN", "051", "RUS")]


def test_a_past_obligation_told_as_narrative_was_done(nlp):
    assert codes("police had to resort to mild lathi-charge to disperse the mob.") == [("COP", "175", "CVL")]
    # (one still to meet, or reported in another's words, is not done)
    assert codes("Police will have to fire tear gas at the crowd.") == []
    assert codes("He said police had to arrest the killers.") == []


def test_police_catch_and_control_in_the_words_of_police_news(nlp):
    assert [c[1] for c in codes("the police chased the accused and caught him near the station.",
                                min_confidence=0)] == ["173"]
    assert codes("the police used mild force to control the mob.") == [("COP", "175", "CVL")]


def test_local_and_state_offices_and_committees_of_american_news(nlp):
    def source(text):
        return [e["Actor1Code"] for e in article_events(text, "2019-06-01")]
    assert source("State Rep. Jim Bailey criticized the governor.") == ["LEG"]      # not the "state"'s
    assert source("Intelligence Committee Chairman Adam Schiff criticized Trump.") == ["USALEG"]   # no spy
    assert source("New Castle County Executive Matt Meyer criticized the governor.") == ["GOV"]   # no business
    assert source("City Councilman Joe Smith criticized the mayor.") == ["GOV"]


def test_the_two_leaders_are_the_last_two_people_named(nlp):
    found = article_events("Trump met Putin in Helsinki on Monday. The two leaders agreed to hold talks on "
                           "arms control.", "2018-07-16")
    assert {(e["Actor1Code"], e["Actor2Code"]) for e in found if e["EventCode"].startswith("03")} == \
        {("USAGOV", "RUSGOV"), ("RUSGOV", "USAGOV")}
    found = article_events("Merkel spoke with Macron by phone. Both leaders condemned the attack.", "2018-07-16")
    assert {e["Actor1Code"] for e in found if e["EventCode"] == "111"} == {"DEUGOV", "FRAGOV"}


def test_criticism_faced_or_drawn_comes_from_whom_from_names(nlp):
    assert codes("The president faced blowback from fellow Republicans.", min_confidence=0) == \
        [("USAPTY", "111", "USAGOV")]


def test_a_name_before_an_inquiry_is_what_it_looks_into_unless_it_inquires(nlp):
    [e] = events("Prosecutors opened the Cohen probe in April.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("090", "Cohen")
    # (and one named so with nothing more told of it is a reference: "the Cohen probe appears to be …")
    assert codes("So far, the Cohen probe appears to be nearing its end.", min_confidence=0) == []
    assert codes("The FBI probe into Clinton continued.", min_confidence=0)[0][:2] == ("USACOP", "090")
    assert codes("The Senate investigation found nothing.", min_confidence=0)[0][:2] == ("USALEG", "090")


def test_releasing_pictures_or_papers_frees_no_one(nlp):
    assert codes("The Taliban released a video of the hostages.", min_confidence=0) == []
    assert codes("Police released the names of the victims.", min_confidence=0) == []
    assert codes("The Roosevelt Museum holds a photograph of the two leaders fishing.", min_confidence=0) == []
    assert codes("The Taliban released the hostages.")[0][1] == "0841"
    assert codes("Israel released dozens of prisoners.")[0][1] == "0841"


def test_what_a_noun_with_no_tells_of_or_a_phase_to_come_is_no_fact(nlp):
    assert codes("The statement gave no indication that North Korea would dismantle its missile programs.") == []
    assert codes("There is no sign that Russia will withdraw its troops.") == []
    assert codes("North Korea would start dismantling its missile programs.")[0][1] != "0873"   # an intent
    assert codes("Russia began withdrawing its troops.")[0][1] == "0874"


def test_a_party_member_by_state_and_a_surname_that_is_a_country(nlp):
    assert codes("The Texas Democrat criticized the president.", min_confidence=0)[0][0] == "USAPTY"
    assert codes("The Georgia Republican rallied behind the nominee.", min_confidence=0)[0][0] == "USAPTY"
    found = article_events("Timothy Holland, a director of the company, alleged his job was threatened. "
                           "Holland alleges attorney Joel Mostrom sent the email.", "2016-07-26")
    assert "NLD" not in {e["Actor1Code"] for e in found}        # the man, not the Netherlands


def test_a_visit_by_two_is_no_visit_to_each_other(nlp):
    assert codes("The campaign has included visits by Louisiana Gov. Bobby Jindal and Sen. Rand Paul.",
                 min_confidence=0) == []


def test_police_departments_arrests_made_and_beatings_of_him(nlp):
    assert codes("The police department arrested two men.") == [("COP", "173", "CVL")]
    assert [c[1] for c in codes("Police fired tear gas and made arrests.")] == ["175", "173"]
    assert codes("Police beat him with sticks.")[0][:2] == ("COP", "182")


def test_finding_guilty_is_a_verdict_on_whoever_is_found_so(nlp):
    assert codes("The court found the company liable for damages.") == [("JUD", "116", "BUS")]
    found = events("A jury found Manafort guilty of fraud.")
    assert [(e["EventCode"], e["Actor2Text"]) for e in found] == [("116", "Manafort")]
    assert codes("Investigators found the plane intact.", min_confidence=0) == []


def test_a_name_given_in_a_relative_clause_or_with_referred_to_and_what_it_is_against(nlp):
    assert events("Trump attacked the Mueller probe he has consistently labeled a witch hunt.",
                  min_confidence=0)[0]["EventCode"] == "111"
    assert [c[1:] for c in codes("He referred to the Democrats as obstructionists.", min_confidence=0)] == \
        [("111", "USAPTY")]
    # (what the name is against is not what it says of them)
    assert codes("He called the Assad government a main force against terrorism.", min_confidence=0) == []
    # (an event noun that is the name given is a view, not a deed)
    assert codes("Republicans have described the probe as political persecution by Justice Department "
                 "officials.", min_confidence=0) == []


def test_what_was_avoided_refrained_from_or_nearly_done_was_not_done(nlp):
    assert codes("Russia refrained from attacking Kiev.", min_confidence=0) == []
    assert codes("Officers nearly arrested one man.") == []
    assert codes("He avoided calling for Assad to leave office.") == []
    assert codes("Police arrested nearly 100 people.")[0][1] == "173"      # (a number, not the act)


def test_an_imperative_bids_and_does_not_tell(nlp):
    assert codes("Mr. President, declare a national emergency now.") == []
    assert codes('"Engage in a dialogue with the opposition," Maduro told the delegation.') == []
    assert codes("Police arrest five men in Delhi.")[0][1] == "173"          # (a headline's present tense)


def test_parties_named_by_example_are_the_parties(nlp):
    found = codes("Other western countries such as Germany, the Netherlands and France urged Russia to withdraw.")
    assert {c[0] for c in found} == {"DEU", "NLD", "FRA"}
    assert {c[2] for c in codes("Russia sold weapons to countries such as Syria and Iran.")} == {"SYR", "IRN"}


def test_a_death_in_police_firing_is_the_polices_fire_on_whoever_died(nlp):
    # the -ing word is the event noun, whether the parser reads it as a noun or as a clause
    for text in ("a youth died in police firing near the station.", "Two people died in the police firing."):
        assert [(c[0], c[1]) for c in codes(text)] == [("COP", "193")]
    assert codes("Three people died in army shelling.", min_confidence=0) == [("MIL", "194", "CVL")]
    # (the firing of an official is his dismissal, no fire)
    assert codes("The firing of James Comey angered Democrats.", min_confidence=0) == []


def test_police_by_other_names_and_what_they_do_to_whom(nlp):
    for text in ("State troopers arrested two men at a motel.", "Gendarmes arrested two men.",
                 "Federal agents arrested two men.", "Law enforcement arrested two men."):
        assert codes(text) == [("COP", "173", "CVL")], text
    # "officers" in a story of crime are police officers; with troops about, soldiers
    assert codes("An officer shot the suspect.")[0][0] == "COP"
    assert codes("Army officers shot the protesters.")[0][0] == "MIL"
    # a charge with batons is force, a charge with a crime an accusation
    assert codes("Police charged the crowd with batons.")[0][1] == "175"
    assert codes("Police charged 30 protesters with rioting.")[0][1] == "112"


def test_the_doer_of_a_passive_after_a_preposition_and_at_the_hands_of(nlp):
    [e] = events("The woman died after being detained by police.", include_modal=True, min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "173", "woman")
    [e] = events("The prisoner was tortured at the hands of the police.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "1822", "prisoner")
    [e] = events("The massacre of villagers at the hands of the army shocked the world.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"]) == ("MIL", "202")


def test_condemning_a_deed_condemns_its_doer_not_whom_it_was_done_to(nlp):
    assert codes("France condemned Russia's invasion of Ukraine.") == [("FRA", "111", "RUS")]
    assert codes("The EU condemned Israel's attack on Gaza.")[0][2] == "ISR"
    # (an object that names an actor is still the one condemned, whole)
    assert codes("Ankara summoned the German ambassador over the remarks.", min_confidence=0)[0][2] == "DEUGOV"


def test_pressure_dispute_and_smears(nlp):
    # pressure is a demand, and what it presses for is its content
    assert codes("The EU stepped up pressure on Iran.") == [("IGOEUREEC", "100", "IRN")]
    assert codes("Iranian authorities pressured workers to cancel the strike.")[0][1] == "1052"
    assert codes("The Democrats disputed the president's account.")[0][1:] == ("110", "USAGOV")
    assert codes("Critics smeared the senator.", min_confidence=0)[0][1] == "111"


def test_a_name_given_is_no_other_sense_of_the_naming_verb(nlp):
    assert codes("The minister called the strike disproportionate.", min_confidence=0) == []
    assert codes("The union called a strike on Monday.", min_confidence=0)[0][1] == "143"


def test_parties_who_will_meet_will_meet_each_other(nlp):
    found = codes("Russia and China will hold talks next week.", min_confidence=0)
    assert sorted(found) == [("CHN", "036", "RUS"), ("RUS", "036", "CHN")]
    # (what each will do alone stays each one's)
    assert {c[2] for c in codes("Britain and France will send troops.", min_confidence=0)} == {""}


def test_what_is_taken_back_was_not_done(nlp):
    assert codes("Trump rescinded a White House invitation to the team.", min_confidence=0) == []
    assert codes("The president revoked the pardon.", min_confidence=0) == []


def test_forces_deployed_by_no_one_named_take_up_their_posts(nlp):
    [e] = events("Police were deployed in large numbers in the walled city.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("COP", "153", "")
    assert codes("A heavy police force was deployed in the area.")[0][:2] == ("COP", "153")
    # firing in the air is force; jawans of a police force are police, alone an army's
    assert codes("Police fired in the air to disperse the mob.")[0][:2] == ("COP", "175")
    assert codes("CRPF jawans were deployed in sensitive areas.", min_confidence=0)[0][0] == "INDCOP"
    assert codes("Jawans fired at the militants.")[0][0] == "MIL"


def test_police_firing_in_the_words_of_indian_news(nlp):
    # the firing read as a clause with the police its subject; harms joined by "and" share their cause
    assert codes("three persons died in police firing when a mob tried to attack the police station.")[-1][:2] == \
        ("COP", "193")
    assert ("COP", "190", "CVL") in codes("three persons were killed and 10 injured in police firing at gomtipur.")
    # tear gas shells are no artillery; picking up people and registering offences against them
    assert codes("police fired teargas shells at the mob.")[0][:2] == ("COP", "175")
    assert codes("the police picked up 13 persons from the area.")[0][1] == "173"
    assert codes("A woman was taken away by police after a scuffle.") == [("COP", "173", "CVL")]
    assert codes("the police registered offences against 200 persons.")[0][1] == "173"
    # police bodies by their names; a flag march is a show of force; standing by is no defence of anyone
    assert codes("the special investigation team arrested a former corporator.")[0][:2] == ("COP", "173")
    assert codes("the state police chief ordered the arrest of the rioters.")[0][0] == "COP"
    assert codes("the police took out a flag march in the area.", min_confidence=0)[0][1] == "150"
    assert codes("the police stood by as the mob looted shops.", min_confidence=0) == []


def test_agreeing_that_something_is_so_is_no_agreement(nlp):
    assert codes("Merkel agrees that the lull is unusual.", min_confidence=0) == []
    assert codes("Most Republicans agreed the sponsor should be nonpartisan.", min_confidence=0) == []
    # (agreeing to act is one, with whom or what it names)
    assert sorted(codes("Jordan and Britain agreed to build a new road.", min_confidence=0)) == \
        [("GBR", "030", "JOR"), ("JOR", "030", "GBR")]
    assert codes("Iran pledged to cooperate with the IAEA.")[0][1:] == ("032", "IGOUNOIAEA")


def test_hopes_for_others_and_what_is_not_about_to_happen(nlp):
    assert codes("Russia hopes that China will join the talks.") == []
    assert codes("Putin is not about to step aside.")[0][1] == "1231"      # will not: a refusal
    # an act one moves to do takes the mode of the moving
    assert codes("Gaetz said he will move to oust the speaker if a vote is held.")[0][1][:2] == "13"


def test_a_past_tense_after_an_infinitive_is_the_next_deed_of_the_subject(nlp):
    found = codes("Raab urged the embassy to reconsider and spoke with Pompeo on Monday.")
    assert ("GBRGOV", "040", "USAGOV") in found and ("GBRGOV", "020", "USAGOV") in found
    assert ("USAGOV", "111", "DEUGOV") in codes("Trump warned that the U.S. must act and blasted the government "
                                               "of Germany.")


def test_what_one_is_under_and_what_anti_is_against(nlp):
    [e] = events("The senator is under investigation by the FBI.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("USACOP", "090", "USALEG")
    assert all(e["Actor1Text"] != "Williams" for e in events("Williams is under federal investigation.",
                                                             min_confidence=0))
    assert codes("The incident is under police investigation.", min_confidence=0)[0][:2] == ("COP", "090")
    # riots against China are against China, not China's
    assert [c[1:] for c in codes("The move sparked anti-China riots in Vietnam.", min_confidence=0)] == [("145", "CHN")]


def test_senses_of_sign_meet_and_claim(nlp):
    assert codes("Trump signed a presidential memorandum on Monday.", min_confidence=0) == []
    assert codes("The proposal was met with frustration.", min_confidence=0) == []
    assert codes("Refugees claimed asylum in Britain.")[0][1:] == ("020", "GBR")


def test_shot_dead_before_the_object_is_the_result_not_the_victims_name(nlp):
    [e] = events("Police shot dead two men who were setting fire to shops.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "1823", "two men")


def test_a_doer_named_by_a_name_no_dictionary_knows_keeps_its_words(nlp):
    [e] = events("Lakdim fired six shots at police officers.")
    assert (e["Actor1Text"], e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("Lakdim", "", "193", "COP")
    # a shooting death is a killing, by whoever "by" names
    [e] = events("The shooting death of Michael Brown by a white police officer sparked protests.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "190", "Michael Brown")


def test_those_asked_keep_their_words_and_a_quoted_i_is_the_speaker(nlp):
    [e] = events("The US urged member countries to cut ties with Pyongyang.")
    assert (e["Actor1Code"], e["EventCode"][:2], e["Actor2Text"]) == ("USA", "02", "member countries")
    [e] = events('"I will not meet Putin," Obama said.', include_modal=True)
    assert (e["Actor1Text"], e["Actor2Code"]) == ("Obama", "RUSGOV")
    # heckling, booing, ripping into someone: criticism
    assert codes("Protesters heckled the minister.") == [("OPP", "111", "GOV")]
    assert codes("Obama ripped into Trump.", min_confidence=0)[0][1] == "111"


def test_a_course_favoured_or_opposed_is_argued_over_not_done(nlp):
    assert all(e["Mode"] == "hypothetical" for e in events("Trump does not favor punishing children.",
                                                          include_modal=True, min_confidence=0))
    assert [c[1] for c in codes("Trump opposes sanctioning Russia.")] == ["110"]
    assert codes("Police began arresting protesters.")[0][1] == "173"


def test_whom_help_is_for_and_missiles_fired_over_a_country(nlp):
    assert codes("America helped Germany recover after the war.") == [("USA", "070", "DEU")]
    assert codes("North Korea fired missiles over Japan.") == [("PRK", "190", "JPN")]


def test_backing_out_is_no_backing(nlp):
    assert codes("Italy backed out of the deal with China.", min_confidence=0) == []
    assert codes("The US backed Ukraine.") == [("USA", "051", "UKR")]


def test_not_hesitating_to_act_is_acting_in_the_mode_of_the_hesitating(nlp):
    assert codes("China will not hesitate to use force against Taiwan.")[0][1][:2] == "13"     # a threat
    assert codes("Israel did not hesitate to strike Gaza.")[0][1][:2] == "19"                  # done
    assert codes("Iran hesitated to attack the tanker.", min_confidence=0) == []             # not done


def test_a_fine_or_a_term_is_no_object_of_the_one_fined(nlp):
    # "was sentenced and fined $9 million": fined, not fining; the sum is what the fine comes to
    found = codes("Lazarenko was sentenced to eight years in federal prison and fined $9 million.", min_confidence=0)
    assert found and all(e[1] == "116" and e[0].endswith("JUD") for e in found)


def test_a_deed_beside_an_appeal_is_no_part_of_it(nlp):
    # "asked the court to order …, accused Israel of genocide": the accusation is made, not asked for
    found = events("South Africa asked the top international court to order Israel to halt its military operations "
                   "in Gaza, accused Israel of genocide and said the attacks violated the convention.")
    assert ("ZAF", "112", "ISR") in [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found]
    # what is asked of another stays asked
    assert all(e["EventCode"][:2] == "02" for e in events("The minister urged Israel to ease restrictions and open "
                                                           "the crossings."))


def test_a_speaker_urges_what_the_thing_said_of_cannot(nlp):
    [e] = events("Shadow home secretary David Davis said it was not possible to overstate the importance of the "
                 "judgment and urged the government to move fast.")
    assert (e["EventCode"], e["Actor1Text"], e["Actor2Text"]) == ("020", "Shadow home secretary David Davis",
                                                                   "government")
    # a subject that could act keeps the deed joined to it: the army killed the fighters
    [e] = events("Netanyahu said the army had entered Rafah and killed ten fighters.", min_confidence=0)
    assert e["Actor1Text"] == "army"


def test_holding_someone_responsible_is_blame(nlp):
    assert codes("The US held Iran responsible for the attack.") == [("USA", "112", "IRN")]
    # the state the holding leaves them in says more than whom it holds
    assert codes("The family held the man responsible for her death.")[0][1] == "112"
    assert codes("He held the post of foreign minister.", min_confidence=0) == []


def test_any_word_for_persons_can_be_held_or_booked(nlp):
    # "~people" in the lexicon: the role words less bodies and machines
    assert codes("two policemen held for taking bribe") == [("COP", "173", "COP")]
    assert codes("ganja smuggler held in raid") == [("COP", "173", "CRM")]
    # a word another entry of the verb lists keeps that entry's sense
    assert codes("The rebels held the man hostage.")[0][1] == "181"
    assert codes("The mother held the baby.", min_confidence=0) == []


def test_crowd_control_told_in_the_passive_is_the_polices(nlp):
    [e] = events("the agitators were baton-charged near the collectorate.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "175", "agitators")
    [e] = events("Protesters were tear-gassed in Nairobi.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("KENCOP", "175", "Protesters")
    assert codes("Police used batons against the protesters.") == [("COP", "175", "OPP")]
    # a state told by a hyphened word is no passive
    assert codes('"Our soldiers are very well-trained," he says.', min_confidence=0) == []


def test_directing_or_challenging_another_to_act(nlp):
    [e] = events("The judge directed Gonzalez not to contact the witnesses.")
    assert (e["EventCode"][:2], e["Actor2Text"]) == ("10", "Gonzalez")       # an order is a demand
    assert codes("Biden challenged Republicans to specify what they want to cut.", min_confidence=0)[0][1] == "020"


def test_aid_held_up_and_money_loaned(nlp):
    assert codes("Trump held up military aid to Ukraine.") == [("USAGOV", "162", "UKR")]
    assert codes("Japan has loaned Uganda 92.1 mln dlrs.", min_confidence=0)[0][:2] == ("JPN", "071")
    assert codes("The museum loaned three paintings to the Tate.", min_confidence=0) == []


def test_the_first_of_two_objects_of_giving_is_the_one_given_to(nlp):
    # read by the small parser as "the regime military hardware"
    [e] = events("The United States has provided the Sandinista regime military hardware.")
    assert (e["EventCode"], e["Actor2Text"]) == ("072", "Sandinista regime")


def test_the_doer_of_a_deed_judged_or_protested_is_its_target(nlp):
    # what "by" names did the deed: the one condemned, not those it was done to
    assert codes("Amnesty condemned the killing of protesters by police.") == [("NGOAMN", "111", "COP")]
    assert codes("The opposition denounced the arrest of its leader by the army.") == [("OPP", "111", "MIL")]


def test_a_class_of_objects_is_the_first_object_or_those_it_counts(nlp):
    assert not any(c[1] == "173" for c in codes("Mr. Clinton held a 65% approval rating and a majority of voters "
                                                "said they wanted him to have more say.", min_confidence=0))
    assert codes("The party held a conference of leaders.", min_confidence=0) == []
    assert codes("The army has been holding thousands of refugees.")[0][1] == "173"


def test_what_a_speaker_says_someone_is_judges_them(nlp):
    # a word of praise or blame said of someone, or of their deed, by the tone lexicon's valence
    [e] = events("Obama said Merkel is a great leader.")
    assert (e["EventCode"], e["Actor1Text"], e["Actor2Text"]) == ("051", "Obama", "Merkel")
    found = codes("Ms Short said the US was very bad at coordinating with anyone.", min_confidence=0)
    assert ("111", "USA") in [(c[1], c[2]) for c in found]
    # a condition or a feeling judges no one, nor does a word said of the speaker's own side
    assert not any(c[1] in ("051", "111") for c in codes("Police said the victim was dead.", min_confidence=0))
    assert not any(c[1] in ("051", "111") for c in codes("Rwandan Foreign Minister Vincent Biruta said Rwanda was "
                                                         "pleased to work with the UK.", min_confidence=0))


def test_a_course_judged_is_argued_not_done(nlp):
    # "it would be wrong to attack Iran": an attack argued against, none made
    assert [e["Mode"] for e in events("Biden said it would be wrong to attack Iran.", include_modal=True,
                                      min_confidence=0) if e["EventCode"] == "190"] == ["hypothetical"]
    assert not any(c[1] == "190" for c in codes("Biden said it would be wrong to attack Iran.", min_confidence=0))
    # what "it" stands for is willing to act: an intent
    assert codes("Syria says it is willing to withdraw its troops from Lebanon.")[0][1].startswith("03")


def test_police_ranks_and_units_of_indian_news(nlp):
    assert codes("the inspector arrested two youths near the bus stand.") == [("COP", "173", "CVL")]
    assert codes("The havildar shot dead a stone pelter.")[0][0::2] == ("COP", "OPP")
    # an inspector of weapons is no policeman
    assert codes("UN inspectors arrived in Baghdad.")[0][0] == "IGOUNO"


def test_the_parties_of_an_event_said_to_break_out_between_them(nlp):
    found = codes("Heavy fighting broke out between rebels and government troops.")
    assert {(c[0], c[1]) for c in found} == {("REB", "190"), ("GOV", "190")}
    found = codes("Fighting between the army and rebels continued.")
    assert {(c[0], c[2]) for c in found} == {("MIL", "REB"), ("REB", "MIL")}


def test_a_name_read_as_an_adjective_before_a_place_word_codes_without_failing(nlp):
    # "a G-7 meeting in Paris": "G-7" is tagged an adjective with no proper noun around it; the
    # article was rejected ("coder failed") before
    found = codes("Italy refused to join a G-7 meeting in Paris in February, angered at not being invited to a "
                  "prior working dinner of the G-5 countries - U.S., U.K., West Germany, France and Japan.",
                  min_confidence=0)
    assert found and found[0][:2] == ("ITA", "125")


def test_the_one_asked_is_the_target_of_an_appeal(nlp):
    # "asked X for Y": X is asked, not Y's place
    [e] = events("Stevens asked the Obama administration for more security in Benghazi.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("020", "Obama administration")
    # a letter or a lawsuit asks through whoever filed it
    assert ("USA", "020", "USAJUD") in codes("Texas filed a lawsuit asking the Supreme Court to block the results.")
    assert [(e["EventCode"], e["Actor2Code"]) for e in events(
        "Trump sent a message asking the Senate to discontinue the probe.")] == [("020", "USALEG")]
    # those asked whom no dictionary knows keep their words
    [e] = events("The lawyers asked the justices to process the case quickly.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("020", "justices")
    # what they are asked to do names an event of their own ("remove his veto threat"): still they are asked
    [e] = events("Scalise called on President Obama to remove his veto threat.", min_confidence=0)
    assert (e["EventCode"][:2], e["Actor2Text"]) == ("02", "President Obama")


def test_a_criminal_charge_is_an_accusation_and_shares_the_arrests_object(nlp):
    # the PLOVER codebook counts criminal indictment as ACCUSE; the arrest stays coercion
    assert codes("Federal prosecutors filed charges against the senator.")[0][1] == "112"
    assert codes("Police arrested and charged three men with murder.") == [("COP", "173", "CVL"), ("COP", "112", "CVL")]


def test_a_party_no_earlier_words_name_keeps_its_pronoun(nlp):
    # a sentence on its own, or a "he" whose antecedent no dictionary knows: the event stands, by its
    # words ("he", "them"), with no code, as any party no dictionary knows
    [e] = events("He also criticized McCarthy for not releasing the full security tapes.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"]) == ("He", "111", "McCarthy")
    [e] = events("Mr. McCain stopped her right there, asking her to detail the plan.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("020", "her")
    # one named before is still the one meant; an object "him" is not its own verb's subject, and
    # "she" tells that Merkel is a woman
    assert codes("Merkel met Putin in Berlin. She criticized him.")[1] == ("DEUGOV", "111", "RUSGOV")
    assert codes("Obama met Putin in Berlin. He criticized him.")[1] == ("USAGOV", "111", "RUSGOV")


def test_a_show_of_support_is_its_makers(nlp):
    # "marking a show of support": the one who makes the show supports, though "mark" only tells
    # of an act in "marked the anniversary of the attack"
    [e] = events("US House Speaker Nancy Pelosi landed in Taiwan Tuesday evening, marking a significant show of "
                 "support for Taiwan.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("USALEG", "051", "TWN")
    assert [e["Actor1Text"] for e in events("The crowd marked the anniversary of the attack on the embassy.",
                                            min_confidence=0)] in ([], [""])


def test_any_word_for_persons_is_released_or_freed(nlp):
    [e] = events("Russia released 16 individuals in exchange for eight people held in Poland.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("RUS", "0841", "16 individuals")
    # the person released is the target, not the place he is of
    [e] = events("Israel on Wednesday released the mayor of the northern West Bank city of Nablus.")
    assert (e["EventCode"], e["Actor2Code"]) == ("0841", "PSEGOV")


def test_what_is_struck_in_a_figure_of_speech_is_not_attacked(nlp):
    assert [c for c in codes("Biden struck a defiant tone against Russia.", min_confidence=0) if c[1][:2] in ("18", "19")] == []
    assert [c[1] for c in codes("Israeli jets struck targets in Gaza.")] == ["190"]


def test_the_west_and_europe_are_parties_but_no_ones_country(nlp):
    # CAMEO's regions by the phrases that name them as one side
    assert codes("Russia accused the West of waging war.") == [("RUS", "112", "WST")]
    assert codes("Western powers condemned Iran.") == [("WST", "111", "IRN")]
    assert codes("European leaders have openly blamed the US for the rise in the euro.") == [("EURGOV", "112", "USA")]
    # a name that runs on is a place of its own, and no one is placed in a region for being near it
    assert codes("Israeli troops raided a village in the West Bank.") == [("ISRMIL", "170", "PSE")]
    assert codes("Western countries condemned the arrest by police of two activists.", min_confidence=0)[-1][0] != "WSTCOP"


def test_police_news_words_for_killing_charging_and_holding(nlp):
    # shot dead is a killing (1823), not only a shooting
    assert codes("militants shot dead a special police officer outside his home in pulwama.")[0][1] == "1823"
    assert codes("Police shot a man in the leg.")[0][1] == "193"
    # a chargesheet is a criminal charge (112), the police's when no one is named
    assert codes("The CBI filed a chargesheet against the businessman in the bank fraud case.") == \
        [("INDCOP", "112", "INDBUS")]
    # a headline's "held for" a deed is an arrest by the police, whoever is held
    assert [c[1:] for c in codes("man held for killing friend over rs 500 in jalandhar")][:1] == [("173", "INDCVL")]
    assert codes("The lines held for two hours.", min_confidence=0) == []
    # any word for persons is thrashed; a team is not ("India thrashed Sri Lanka")
    assert codes("Villagers thrashed a suspected thief.") == [("CVL", "182", "CRM")]
    assert codes("India thrashed Sri Lanka by nine wickets.", min_confidence=0) == []
    # India's narcotics bureau and the press's "sleuths" are police
    assert codes("ncb sleuths arrested a nigerian national in bengaluru.") == [("INDCOP", "173", "NGA")]


def test_verbs_of_todays_political_news(nlp):
    assert codes("Senators grilled Zuckerberg over the data leak.")[0][1] == "111"
    assert codes("House Majority Leader Eric Cantor called out four Senate Democrats by name.") == [("USALEG", "111", "USALEG")]
    assert codes("Trump took aim at Canada's trade practices.") == [("USAGOV", "111", "CAN")]
    assert codes("Beijing laughed off the threat of sanctions.")[0][:2] == ("CHNGOV", "120")
    assert codes("A grand jury subpoenaed the report.")[0][1:2] == ("100",)
    assert codes("The plan faced pushback from Democrats.") == [("USAPTY", "111", "")]
    assert codes("The chef grilled the steak.") == []


def test_people_no_table_names_keep_their_words_as_doers(nlp):
    [e] = events("In response, couples in all four states asked the Supreme Court to hear their appeals.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("couples", "020", "JUD")
    assert [(e["Actor1Text"], e["Actor2Code"]) for e in events("Critics urged the U.S. to force Iran to accept changes.")] \
        == [("Critics", "USA")]
    # a thing is no doer
    assert codes("The details in the cable foreshadowed the attack on the embassy.", min_confidence=0) in ([], [("", "190", "GOV")])


def test_a_deed_told_after_after_is_news_of_its_own(nlp):
    found = codes("Trade talks stalled on Friday after Trump raised tariffs on $200 billion in Chinese goods.")
    assert ("USAGOV", "163", "CHN") in found
    found = codes("The tensions grew after Pompeo blamed Iran for attacks on Saudi oil refineries.")
    assert ("USAGOV", "112", "IRN") in found
    # "before" tells what had not happened yet; a noun after "after" is only the setting
    assert codes("The rebels must agree to the changes before they disarm.", min_confidence=0) == [] or \
        all(c[1][:2] != "08" for c in codes("The rebels must agree to the changes before they disarm.", min_confidence=0))
    assert all(c[1] != "190" for c in codes("Italy cut air links after the invasion of Kuwait.", min_confidence=0))


def test_attacks_in_words_on_a_body_and_the_agencies_of_us_news(nlp):
    # a politician's attacks on an international body are criticism; a militia's are not
    assert codes("President Donald Trump's attacks on the World Health Organization continued.")[0][1] == "111"
    assert codes("Militants attacked UN peacekeepers in Mali.")[0][1] == "190"
    # US federal police and agencies
    assert codes("ICE agents detained 40 immigrants in Texas.")[0][:2] == ("USACOP", "173")
    assert codes("Galicia was arrested by Border Patrol agents.", min_confidence=0)[0][:2] == ("USACOP", "173")
    assert codes("The ice was thick on the lake.", min_confidence=0) == []


def test_a_state_by_its_epithet_written_with_its_article(nlp):
    assert codes("Trump responded by imposing harsher sanctions on the Islamic Republic.") == [("USAGOV", "163", "IRN")]
    assert codes("Hamas fired rockets at the Jewish state.")[0][2] == "ISR"
    # a longer name it begins is that name
    assert codes("The Islamic Republic of Pakistan condemned the attack.", min_confidence=0)[0][0] == "PAK"


def test_a_demand_or_a_call_from_someone_is_theirs_on_the_one_who_faces_it(nlp):
    [e] = events("The Obama White House, under heavy pressure from the Israeli government to veto the resolution, "
                 "kept everyone guessing.")
    assert (e["Actor1Code"], e["EventCode"][:1], e["Actor2Code"]) == ("ISRGOV", "1", "USAGOV")
    # the infinitive is what the calls ask, not what Israel did
    [e] = events("Israel faced calls from the UN to end the offensive.")
    assert (e["Actor1Code"], e["EventCode"][:2], e["Actor2Code"]) == ("IGOUNO", "02", "ISR")
    # (a conference call is a meeting, not an appeal)
    assert all(c[1][:2] != "02" for c in codes("The leaders convened a conference call with lawmakers to discuss the "
                                               "plan.", min_confidence=0))


def test_calling_someones_move_a_mistake_criticises_them(nlp):
    # the name after an owned object is the name given, and a mistake or a blunder disparages
    assert codes("Mike Huckabee called the administration's move a big mistake.") == [("", "111", "GOV")] or \
        [c[1:] for c in codes("Mike Huckabee called the administration's move a big mistake.")] == [("111", "GOV")]


def test_shot_dead_with_dead_unlabelled_and_people_at_work_are_attacked(nlp):
    assert codes("bsf jawans shot dead a pakistani intruder who tried to cross the border fence.")[0] == \
        ("INDMIL", "1823", "PAKUAF")
    assert codes("robbers attacked a petrol pump attendant with a sickle at nalgonda.")[0][1:] == ("190", "INDCVL") or \
        codes("robbers attacked a petrol pump attendant with a sickle at nalgonda.")[0][1:] == ("190", "CVL")


def test_a_deed_told_in_passing_of_a_named_party_is_news(nlp):
    # a relative clause set off by a comma on a name tells news in passing ...
    assert ("USA", "051", "USAGOV") in [(c[0][:3], c[1], c[2]) for c in
                                        codes("But Evers, who has endorsed Biden, said he did not write a letter.")] or \
        "051" in [c[1] for c in codes("But Evers, who has endorsed Biden, said he did not write a letter.")]
    assert ("FRA", "020", "USA") in codes("It would anger U.S. allies, including France, which has urged the U.S. not "
                                          "to discard the deal.")
    # ... which one is meant is not ("the man who attacked the guards")
    assert [e["Mode"] for e in events("The man who attacked the guards was arrested on Monday.", min_confidence=0,
                                      include_modal=True) if e["EventCode"][:2] == "19"] in (["background"], [])


def test_a_change_in_something_is_named_by_it_as_an_object(nlp):
    assert codes("President Joe Biden imposed sweeping tariff hikes Tuesday on electric vehicles.")[0][:2] == \
        ("USAGOV", "163")
    assert codes("The US announced an increase in tariffs on Chinese steel.")[0][1] == "163"


def test_those_who_made_what_killed_did_the_killing(nlp):
    # "killed in an IED blast triggered by Maoists": whoever made the blast
    assert codes("A soldier was killed in a blast triggered by Maoists.") == [("REB", "190", "MIL")]


def test_what_is_requested_or_demanded_from_someone_is_asked_of_them(nlp):
    assert codes("The committee requested documents from the White House.")[0][1:] == ("020", "USAGOV")
    assert [(e["EventCode"], e["Actor2Text"]) for e in events("The governor sought guidance from the Red Cross.",
                                                             min_confidence=0)][:1] == [("020", "Red Cross")]


def test_a_headlines_gunned_down_is_done_to_its_subject(nlp):
    # "gunned down": a harm verb whose particle aims at no one; "in Kulgam encounter" is one phrase
    found = events("two terrorists gunned down in kulgam encounter", min_confidence=0)
    assert [(e["EventCode"], e["Actor2Text"]) for e in found] == [("1823", "Two terrorists")]
    assert codes("Three militants gunned down by security forces in Shopian") == [("COP", "1823", "REB")]
    assert codes("Soldiers shot back at the attackers.")[0][:2] == ("MIL", "193")


def test_killed_in_an_encounter_with_no_other_side_is_the_polices(nlp):
    # South Asian news: an "encounter" with no other side named is one with the police
    assert codes("two terrorists gunned down in kulgam encounter") == [("COP", "1823", "REB")]
    assert codes("He was killed in a chance encounter with a bear.", min_confidence=0) == []


def test_a_trip_to_a_place_at_home_visits_no_one(nlp):
    # a visit is to a host; a town or a state of one's own country hosts no one
    assert codes("Last month, Attorney General Jeff Sessions traveled to Boston to announce the results.") == [
        ("USAJUD", "010", "")]
    assert codes("Vance and Trump each went to Pennsylvania last week.") == []
    assert codes("Russian President Vladimir Putin flew to Magnitogorsk on Monday.") == []
    # a foreign visit, or one to people, is a visit
    assert codes("Pelosi visited Taiwan on Tuesday.") == [("USALEG", "042", "TWN")]
    assert codes("Biden visited the Blake family in Kenosha.") == [("USAGOV", "042", "USACVL")]


def test_arms_given_are_military_aid_whatever_their_word(nlp):
    assert codes("The United States gave 625 firearms to the Mexican government.") == [("USA", "072", "MEXGOV")]
    assert codes("Iran supplied the Houthis with grenades and pistols.") == [("IRN", "072", "YEMREB")]


def test_support_at_the_polls_is_no_endorsement(nlp):
    # votes and poll figures are counted support, not a party's praise or backing
    assert codes("A survey from Morning Consult shows Trump has 56% of support from potential GOP voters.") == []
    assert codes("Biden wins support among 95% of Democrats.") == []
    assert codes("Polls repeatedly show that a solid majority of voters support his position.") == []
    assert codes("Livingston County backed Trump by 30 percentage points.") == []
    # a party's support is, and so is praise, even by voters
    assert codes("The European Union expressed support for Ukraine.") == [("IGOEU", "051", "UKR")]
    assert codes("Black voters praised Biden on Monday.") == [("USACVL", "051", "USAGOV")]
    assert codes("Most Democrats support Biden's plan.") == [("USAPTY", "051", "USAGOV")]


def test_what_is_given_after_the_one_given_to_is_the_object(nlp):
    # "granted Pogue a pardon": not a second name for Pogue
    [e] = events("Trump granted Paul Harvey Pogue a full and unconditional pardon.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("USAGOV", "056", "Paul Harvey Pogue")


def test_a_refused_request_is_refused_to_the_one_who_made_it(nlp):
    [e] = events("Democratic officials rejected Sanders's request on Saturday.")
    assert (e["EventCode"], e["Actor2Text"]) == ("120", "Sanders")
    [e] = events("The judge denied his appeal on Wednesday.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("JUD", "120", "his")
    # one's own actions defended are no one else's
    [e] = events("Trump defended his pandemic policies.")
    assert (e["EventCode"], e["Actor2Text"]) == ("052", "")


def test_an_event_named_by_a_place_or_person_is_a_reference_not_news(nlp):
    assert codes("Petraeus was expected to testify before the Senate Intelligence Committee next week on the Benghazi attack.",
                 min_confidence=0) == []
    assert codes("The policies were epitomized by the Iraq invasion of 2003.", min_confidence=0) == []
    assert codes("The Soleimani strike left allies wondering.", min_confidence=0) == []
    # what is told of the deed makes it news
    assert ("RUSMIL", "190") in [c[:2] for c in codes("Russian forces launched an attack on Kharkiv.")]
    assert ("USA", "190") in [c[:2] for c in codes("The U.S. strike on the base killed 20 people.")]


def test_a_great_city_the_parser_takes_for_a_body_is_a_place(nlp):
    # the small NER tags "Kharkiv" an organisation; a city of a million is its country's place
    assert codes("Russian forces attacked Kharkiv.") == [("RUSMIL", "190", "UKR")]


def test_the_sense_of_charge_and_give_is_decided_by_what_is_charged_or_given(nlp):
    assert codes("The U.S. already charged a relatively steep tariff on Chinese imports.") == [("USA", "163", "CHN")]
    assert codes("The company charged customers a fee of $5.", min_confidence=0) == []
    assert codes("Police charged the man with murder.") == [("COP", "112", "CVL")]
    # a person's name is no listed thing given
    assert [c[1] for c in codes("Schiff said Rice was given the intelligence community's best assessment.",
                                min_confidence=0)] == ["010"]
    assert codes("The UN gave rice to the refugees.") == [("IGOUNO", "073", "REF")]


def test_the_press_at_work_is_no_consultation_or_appeal(nlp):
    assert codes('"Candidates can make their own decisions," Evers said in a call with reporters on Thursday.',
                 min_confidence=0) == []
    assert codes("Trump met with reporters at the White House.", min_confidence=0) == []
    assert codes("The ministry declined a request for comment.", min_confidence=0) == []
    assert codes("The official, who requested anonymity, said the talks failed.", min_confidence=0) == []
    assert not any(c[1][:2] == "02" for c in codes("Officials, who asked not to be named, said the team had refused.",
                                                   min_confidence=0))
    # and a politician speaking to a rally is campaigning, no protest
    assert codes('"One-hundred percent," Trump told an Indianapolis rally last April.', min_confidence=0) == []
    assert codes("Trump met Putin in Helsinki.") == [("USAGOV", "040", "RUSGOV")]


def test_the_two_sides_of_a_street_fight(nlp):
    # protesters who clash with police riot; police who clash with protesters repress them
    assert codes("Hong Kong's protesters have been clashing with police for five months.") == [("HKGOPP", "145", "HKGCOP")]
    assert codes("Police clashed with demonstrators in Cairo on Friday.") == [("EGYCOP", "175", "EGYOPP")]
    assert codes("Rebels clashed with government troops near Aleppo.") == [("SYRREB", "190", "SYRGOV")]


def test_countries_no_one_names_keep_their_words(nlp):
    [e] = events("Since the invasion, 14 countries have sent security assistance to Ukraine, a senior US defense official said Friday.")
    # (security assistance is military aid, 072)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("14 countries", "072", "UKR")


def test_a_deed_told_by_a_participle_after_its_noun_is_its_owners(nlp):
    assert codes("The senators cited a 350 mln dlr World Bank loan made to Argentina last year.") == [("IGOWBK", "071", "ARG")]
    # and the thing named is not also a party it is done to
    assert codes("The US sanctions imposed on Iran hurt its economy.") == [("USA", "163", "IRN")]


def test_the_north_is_the_country_named_before_by_its_half(nlp):
    found = codes("North Korea fired a missile on Monday. The North also pulled out of planned peace talks with "
                  "South Korea last week.")
    assert ("PRK", "164", "KOR") in found
    assert codes("Voters in the North backed the Tories.", min_confidence=0) == []
    assert codes("Iran withdrew from the talks with the EU.")[0][1] == "164"


def test_those_who_judge_a_foreign_country_are_of_the_storys_country(nlp):
    # a role word that criticises a country the sentence names is no citizen of it
    assert codes("Ukraine's parliament met on Monday. Lawmakers criticised Russia for the attack.")[-1] == \
        ("UKRLEG", "111", "RUS")
    assert codes("Egypt's army ousted Morsi. Protesters here criticized the United States.")[-1] == ("EGYOPP", "111", "USA")


def test_a_planned_trip_at_home_is_no_intent_to_visit(nlp):
    assert codes("Biden next week will visit Michigan, while Trump on Thursday is speaking in Pennsylvania.",
                 min_confidence=0) == []
    assert codes("Putin will visit China next week.") == [("RUSGOV", "036", "CHN")]


def test_a_particle_after_the_object_makes_the_phrasal_verb(nlp):
    assert codes("Obama sent dozens of Russian diplomats back.") == [("USAGOV", "161", "RUSGOV")]
    assert codes("Moscow sent home the British ambassador.") == [("RUSGOV", "161", "GBRGOV")]
    assert codes("Justice Clarence Thomas swore her in at a White House ceremony.", min_confidence=0) == []


def test_nudging_someone_is_an_appeal(nlp):
    assert codes("Some U.S. lawmakers have been nudging Obama toward getting more involved in Syria.") == [
        ("USALEG", "020", "USAGOV")]


def test_names_of_political_talk_that_disparage(nlp):
    assert codes("China described the U.S. move as a provocation.") == [("CHN", "111", "USA")]


def test_a_persons_shooting_was_done_to_them(nlp):
    [e] = events("Protests followed Jacob Blake's shooting.", min_confidence=0)
    assert (e["EventCode"], e["Actor1Text"], e["Actor2Text"]) == ("193", "", "Jacob Blake")


def test_a_deed_a_relative_clause_tells_by_its_own_verb_is_news(nlp):
    assert ("USACOP", "190") in [c[:2] for c in codes("But the Border Patrol agent who killed Matt has remained anonymous.")]
    assert any(c[0] == "USAPTY" and c[1][:2] == "02" for c in codes(
        "He is also facing pressure to do more from other Democrats who are urging him to cancel the debt."))
    # what they aim or prepare to do is not done
    assert not any(c[1][:2] == "19" for c in codes(
        "The United States is providing intelligence to Macedonia which is preparing a major offensive against the guerrillas.",
        min_confidence=0))


def test_other_senses_of_release_concede_and_launch(nlp):
    # a survey released is no one freed; conceding that something is so says it; an assault on
    # the media launched by a politician is in words
    assert codes("A survey of Republican voters released in April found support.", min_confidence=0) == []
    assert [c[1] for c in codes("The administration concedes Rice spoke from flawed talking points.")] == ["010"]
    assert codes("Trump is launching an all-out assault on the media.") == [("USAGOV", "111", "USAMED")]
    assert codes("Russia launched an assault on Bakhmut.") == [("RUS", "190", "UKR")]


def test_ruling_out_a_deed_refuses_it_and_coming_to_a_defense_defends(nlp):
    found = events("Putin ruled out Russia making a first nuclear strike in Ukraine.")
    assert [(e["Actor1Code"], e["EventCode"]) for e in found] == [("RUSGOV", "120")]
    [e] = events("Close allies on the committee came to Clinton's defense during the proceedings.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("Close allies", "052", "USAGOV")


def test_an_appeal_for_someone_to_act_is_one_whatever_the_act(nlp):
    [e] = events("Migrant and human rights advocates are pushing for the Biden administration to immediately "
                 "rescind the Migrant Protection Protocols.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("Migrant and human rights advocates", "020", "USAGOV")
    assert codes("Critics asked Congress to reconsider.")[0][1:] == ("020", "USALEG")


def test_legislatures_impeach_boot_and_shoot_down(nlp):
    assert codes("WASHINGTON (Reuters) - The House voted to impeach Trump on Wednesday.")[0][1:] == ("112", "USAGOV")
    assert codes("The Senate shot down the proposal.")[0][:2] == ("USALEG", "120")
    assert codes("The Supreme Court has smacked down attempts by Trump to go around Congress.")[0] == ("USAJUD", "120", "USAGOV")
    assert codes("He also rescinded the Trump administration's ban on transgender servicemembers.")[0][1:] == ("081", "USAGOV")
    # and the name given is judged only of someone named or their deed
    assert codes("The judge described the overall state of the prison as terrible.", min_confidence=0) == []
    assert codes("Bannon described McConnell and his allies as corrupt and incompetent.") == [("USAGOV", "111", "USALEG")]


def test_leaving_a_body_and_yielding_under_pressure(nlp):
    # "out of" read as two prepositions still names what is left; leaving a body cuts relations
    assert codes("In June 2018 Haley announced the U.S. was pulling out of the United Nations Human Rights Council.")[-1] == \
        ("USA", "160", "IGOUNO")
    assert codes("Russian troops pulled out of Kherson.") == [("RUSMIL", "0874", "UKR")]
    # one who yields under pressure yields to those who pressed
    assert codes("The White House backed down under pressure from business groups.") == [("USAGOV", "080", "USABUS")]


def test_a_pronoun_named_earlier_in_its_sentence_keeps_the_name(nlp):
    [e] = events("Less than a week after the interview, Bannon was in New York City, where he announced during a "
                 "press conference he was partnering with Guo Wengui, an exiled Chinese billionaire.")
    assert (e["Actor1Text"], e["EventCode"]) == ("Bannon", "060")
    # one named in an earlier sentence keeps the pronoun's own word
    assert events("Trump met Putin. He praised the Russian leader.")[-1]["Actor1Text"] == "He"


def test_a_statement_by_a_person_no_table_knows_keeps_their_name(nlp):
    [e] = events('"Everybody is forgetting where we started the campaign," said senior strategist Joel Benenson.')
    assert (e["Actor1Code"], e["Actor1Text"], e["EventCode"]) == ("", "Joel Benenson", "010")
    # those named by no name still say nothing we can code
    assert codes("Officials said the talks failed.", min_confidence=0) == []


def test_one_named_by_a_pronoun_attacks_in_words(nlp):
    [e] = events("She also attacked Barr for what she said was conflicting testimony to Congress.", min_confidence=0)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"]) == ("She", "111", "Barr")
    # what an ad or a tweet does, its maker does
    assert codes("Trump posted a tweet criticizing the Fed.") == [("USAGOV", "111", "USA")]


def test_what_happened_before_told_in_the_past_happened(nlp):
    found = codes("The gunman killed 49 people at the club before he was killed in a shootout with police.")
    assert ("COP", "190", "UAF") in found and ("UAF", "190", "CVL") in found
    # what could have happened after "before" did not
    assert [c[1] for c in codes("Police fired tear gas before the protesters could reach the palace.")] == ["175"]


def test_what_one_takes_steps_to_do_is_done_by_them(nlp):
    [e] = events("The president has taken some steps to ease U.S. restrictions on Cuba.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"], e["Mode"]) == ("president", "081", "CUB", "")
    # an owner's attempt is the owner's
    assert codes("A day after the Senate trounced Reagan's attempt to sustain his veto, the House acted.")[0][:2] == \
        ("USAGOV", "129")
    assert codes("Police obtained an arrest warrant for Smith.")[0][:2] == ("COP", "173")


def test_a_relative_clause_with_a_doer_of_its_own_tells_a_deed(nlp):
    found = codes("The White House also announced a deal it brokered to normalize relations between Sudan and Israel.")
    assert ("USAGOV", "045", "SDN") in found
    # what a party is doing now is news, what children are doing is not a visit
    assert not any(c[1] == "042" for c in codes("The kids who are arriving at school are unprepared, McDowell said.",
                                                 min_confidence=0))
    # one who judges with no other side named is placed by the words that name them
    assert codes("Last week, a spokesman for the Chinese Foreign Ministry criticized the move.")[0][:2] == ("CHNGOV", "111")


def test_a_headlines_counted_people_held_were_arrested(nlp):
    found = codes("cops bust fake call centre in salt lake, 22 held")
    assert any(c[1] == "173" and c[2].endswith("CVL") for c in found)
    assert codes("The lines held on Monday.", min_confidence=0) == []


def test_joining_with_another_to_act_is_cooperation(nlp):
    assert codes("Under President Trump, the United States has joined with India to begin fashioning an "
                 "infrastructure development alternative.") == [("USA", "060", "IND")]


def test_a_nominal_events_own_object_keeps_its_words(nlp):
    # (a thing after "of" is no party: "complaints of conflicts of interest")
    assert events("Russia's recognition of the breakaway regions angered Kyiv.")[0]["Actor2Text"] == ""
    [e] = events("Trump ordered the killing of Soleimani.")
    assert (e["Actor1Code"], e["EventRootCode"], e["Actor2Text"]) == ("USAGOV", "19", "Soleimani")


def test_a_surname_opening_a_sentence_is_the_person_named_before(nlp):
    text = "UAW President Shawn Fain spoke to workers on Monday. Fain criticized Trump for passing tax breaks."
    [e] = events(text)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"]) == ("Fain", "111", "Trump")
    # a common word that opens a sentence as no subject stays a common word
    from eventwire.coder.repair import repair_known_surnames
    doc = nlp("Michael Steel arrived. Steel prices rose.")
    repair_known_surnames(doc)
    assert [t.pos_ for t in doc if t.text == "Steel"] == ["PROPN", "NOUN"]


def test_records_sought_are_requested_of_their_holder(nlp):
    assert codes("The committee sought Trump's financial documents.") == [("USA", "020", "USAGOV")]
    assert codes("Lawmakers have sought testimony from Barr.")[0][1] == "020"


def test_troops_massed_along_a_border_are_mobilised_there(nlp):
    assert codes("Israel was massing troops along the Gaza frontier.") == [("ISR", "154", "PSE")]


def test_one_who_sanctions_a_country_is_not_of_it(nlp):
    assert codes("We will impose sanctions on Russia, the minister said.") == [("GOV", "1312", "RUS")]
    # (those who act at home still are: "police arrested dozens in Nairobi")
    assert codes("Police arrested dozens of protesters in Nairobi.")[0][:1] == ("KENCOP",)


def test_an_act_one_did_not_try_or_may_try_is_not_done(nlp):
    [e] = events("Russia did not try to attack Kyiv.", include_modal=True)
    assert (e["EventCode"], e["Negated"]) == ("190", True)
    [e] = events("National Republican groups have not invested in trying to topple Murray.", include_modal=True)
    assert e["Negated"] is True
    # (but "did not stop attacking" goes on attacking)
    [e] = events("Russia did not stop attacking Kyiv.")
    assert (e["EventCode"], e["Negated"]) == ("190", False)
    assert [e["Mode"] for e in events("Russia may try to attack Kyiv.", include_modal=True)] == ["hypothetical"]
    assert codes("Russia will try to attack Kyiv.") == [("RUS", "138", "UKRGOV")]
    assert [e["Mode"] for e in events("Russia might seek to punish Ukraine.", include_modal=True)] == ["hypothetical"]
    # what one fears another would do is no one's deed
    assert codes("The German government feared Moscow would try to intervene by backing the AfD.") == []


def test_what_a_poll_found_is_no_act(nlp):
    assert codes("The poll also found only a slight majority of Republicans support overturning Roe.",
                 min_confidence=0) == []
    assert codes("Officials found that Russia attacked Kyiv.")[0][1] == "190"


def test_at_the_request_of_one_another_acts(nlp):
    found = codes("At the request of the Afghan government, Pakistan freed the prisoners.")
    assert ("AFGGOV", "020", "PAK") in found and ("PAK", "020", "AFGGOV") not in found
    assert ("JOR", "020", "IGOUNO") in codes("The Security Council met at the request of Jordan.")


def test_a_car_rammed_into_a_crowd_is_an_assault(nlp):
    [e] = events("A Nazi sympathizer rammed his car into a crowd.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("Nazi sympathizer", "180", "CVL")
    assert codes("Netanyahu exhorted the United Nations General Assembly on Thursday.") == [("ISRGOV", "020", "IGOUNO")]


def test_support_announced_is_political_unless_material(nlp):
    assert [c[1] for c in codes("Biden announced his support for Harris.")] == ["051"]
    assert codes("Japan announced military support for Ukraine.") == [("JPN", "072", "UKR")]


def test_those_a_countrys_airstrikes_kill_are_not_of_that_country(nlp):
    assert codes("Israeli airstrikes killed five people.") == [("ISR", "190", "CVL")]
    assert codes("An Israeli airstrike killed five people, Palestinian health officials said.")[0][2] != "ISRCVL"
    # (a place in the sentence still places them)
    assert codes("Israeli airstrikes killed 20 civilians in Gaza.") == [("ISR", "190", "PSECVL")]


def test_a_bidding_quoted_after_the_verb_is_no_deed_of_the_crowd(nlp):
    assert not any(c[1] == "0831" for c in codes(
        "During the first night of the demonstrations in Shanghai, a crowd shouted “Step down, Xi Jinping! "
        "Step down, Communist Party!”", min_confidence=0))


def test_a_ban_or_deportation_no_one_is_named_for_is_the_governments(nlp):
    assert codes("Two journalists were deported from Russia.") == [("RUSGOV", "174", "RUSMED")]
    assert codes("Large gatherings have been banned in London.")[0][:2] == ("GBRGOV", "1721")
    # (but one expelled from Congress was expelled by it, not by the government)
    assert not any(c[0].endswith("GOV") for c in codes("George Santos was expelled from Congress on Friday.",
                                                        min_confidence=0))


def test_an_offer_accepted_is_accepted_from_its_owner(nlp):
    [e] = events("The family accepted Mayweather's offer of assistance.")
    assert (e["EventCode"], e["Actor2Text"]) == ("030", "Mayweather")
    # (what one promises of one's own is one's own)
    assert all(e["Actor2Text"] != "his" for e in events("Britain will examine a letter promising his personal help.",
                                                         include_modal=True, min_confidence=0))


def test_taking_part_in_an_event_takes_the_frame_of_the_event(nlp):
    assert codes("Iran agreed to take part in talks with the US.") == [("IRN", "036", "USA")]
    assert codes("Iran refused to take part in talks with the US.") == [("IRN", "125", "USA")]
    assert [c[1] for c in codes("Hamas vowed to press ahead with attacks on Israel.")] == ["138"]


def test_a_headline_verb_read_as_a_noun_is_a_verb(nlp):
    assert codes("police gun down dacoit in encounter near chambal ravines") == [("COP", "1823", "CRM")]
    assert codes("stf nabs sharpshooter of bawaria gang in meerut")[0][1:] == ("173", "INDCRM")
    assert codes("police fire in the air to disperse clashing groups in bhagalpur")[0][1] == "175"
    assert codes("cops lathi-charge students protesting fee hike in jodhpur")[0][:2] == ("INDCOP", "175")
    assert codes("SOG Busts Illegal Arms Factory in Munger, Two Held")[0][:2] == ("COP", "173")
    # (a name before a noun is no force: the name of a rally)
    assert codes("America First Unity Rally", min_confidence=0) == []


def test_clauses_either_side_of_a_semicolon_are_both_told(nlp):
    found = events("a tribal woman was lynched by a mob after being branded a witch in jharkhand's gumla district; "
                   "11 people have been arrested.")
    assert {(e["EventCode"], e["Mode"]) for e in found} >= {("1823", ""), ("173", "")}


def test_done_to_death_is_a_killing(nlp):
    assert codes("A Dalit man was beaten to death by a group of men in Barmer.")[0][1] == "1823"
    [e] = events("a 55-year-old farmer was beaten to death by his neighbours over a land dispute.")
    assert (e["Actor1Text"], e["EventCode"]) == ("his neighbours", "1823")
    assert codes("Police beat the man.")[0][1] == "182"


def test_those_found_killed_were_killed_not_killers(nlp):
    found = events("Four members of a family were found hacked to death at their house in Kannur.",
                   include_modal=True, min_confidence=0)
    assert [(e["EventCode"], e["Actor1Text"], e["Actor2Text"]) for e in found] == \
        [("1823", "", "Four members of a family")]


def test_arms_and_drugs_recovered_by_forces_are_seized(nlp):
    assert codes("Security forces recovered two ak-47 rifles and a cache of ammunition in Kupwara.")[0][1] == "1711"
    assert codes("Police seized 42 kg of ganja.") == [("COP", "1711", "")]
    assert codes("The economy recovered its losses.", min_confidence=0) == []


def test_a_case_registered_is_the_polices_accusation(nlp):
    [e] = events("A case under Sections 304B and 498A of the IPC has been registered at the Chhawni police station.")
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Text"]) == ("COP", "112", "")
    assert codes("A sub-inspector was caught red-handed by the ACB while accepting a bribe.")[0][1] == "173"
    assert codes("He caught a cold.", min_confidence=0) == []


def test_the_five_accused_are_people(nlp):
    assert codes("The court sent the five accused to police custody till Friday.") == [("JUD", "173", "CRM")]
    assert codes("Russia accused Ukraine of shelling the plant.") == [("RUS", "112", "UKR")]


def test_a_deed_blamed_on_someone_accuses_them_not_the_deed(nlp):
    assert codes("Officials blamed the attack on rebels.")[0][1:] == ("112", "REB")
    [e] = events("The Kremlin blamed the unrest on foreign agents.")
    assert (e["EventCode"], e["Actor2Text"]) == ("112", "foreign agents")
    assert codes("The US blamed Iran for the attack.") == [("USA", "112", "IRN")]
    # (a date is no one blamed)
    assert codes("Trump blamed China on Tuesday.")[0][1:] == ("112", "CHN")


def test_what_a_sanction_or_limit_is_put_on_is_its_target(nlp):
    [e] = events("China slapped a 25% tariff on the crop.")
    assert (e["EventCode"], e["Actor2Text"]) == ("163", "crop")


def test_indian_railway_and_vigilance_police_are_police(nlp):
    assert codes("the rpf caught two men selling tickets at the railway station.")[0][:2] == ("INDCOP", "173")
    assert codes("The RPF rebels attacked Kigali.")[0][0] == "RWAREB"      # (the Rwandan Patriotic Front)
    assert codes("the vigilance bureau arrested a patwari in bathinda.")[0][:2] == ("COP", "173")
    assert codes("the grp arrested two pickpockets at the station.") == [("INDCOP", "173", "INDCRM")]


def test_what_the_accused_did_it_to_is_not_accused(nlp):
    found = events("Reports alleged that he had discussed U.S. sanctions on Russia with that country's ambassador.",
                   include_modal=True, min_confidence=0)
    assert not [e for e in found if e["EventCode"] == "112" and e["Actor2Code"] in ("RUS", "RUSGOV")]
    assert codes("Prosecutors alleged that Manafort hid millions of dollars from the IRS.")[0][1:] == ("112", "USA")


def test_a_past_tense_after_a_long_subject_is_the_verb(nlp):
    found = events("House oversight committee Chairman Darrell Issa, R-Calif., and Rep. Jason Chaffetz, R-Utah, "
                   "pressed Secretary of State Hillary Clinton for more information on those requests.")
    assert [(e["EventCode"], e["Actor2Text"]) for e in found] == [("101", "Secretary of State Hillary Clinton")] * 2
    assert {e["Actor1Text"].split(",")[0] for e in found} == {"House oversight committee Chairman Darrell Issa",
                                                             "Rep. Jason Chaffetz"}
    # (an adjective stays one: "organized labor")
    assert codes("The speed with which the legislation became law left organized labor reeling.", min_confidence=0) == []


def test_an_amount_in_a_thing_names_the_thing(nlp):
    assert codes("The United States has imposed over $200 billion in tariffs on China.") == [("USA", "163", "CHN")]
    assert codes("Japan pledged $1 billion in aid to Ukraine.") == [("JPN", "0331", "UKR")]


def test_whom_the_named_deed_is_against_is_its_target(nlp):
    [e] = [e for e in events("Facebook and Twitter have threatened legal action against Clearview AI.")
           if e["EventCode"].startswith("13")]
    assert e["Actor2Text"] == "Clearview AI"


def test_a_name_opening_a_sentence_before_a_comma_is_its_subject(nlp):
    found = events("Trump, in fact, has already given Jordan a boost — calling incoming GOP leader Kevin McCarthy "
                   "and urging him to ensure Jordan got a top committee post next year.")
    assert ("USAGOV", "020", "USALEG") in [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found]


def test_fire_and_accusations_traded_go_both_ways(nlp):
    assert sorted(codes("Russia and Ukraine traded accusations over the attack.")) == \
        [("RUS", "112", "UKR"), ("UKR", "112", "RUS")]
    assert codes("India and Pakistan traded fire across the border.")[0][1] == "193"
    assert codes("Japan traded cars with China.") == [("JPN", "061", "CHN")]


def test_agents_owners_and_figures_keep_their_words_as_doers(nlp):
    [e] = events("Bar owners sued the governor.")
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Code"]) == ("Bar owners", "115", "GOV")
    found = events("Agents detained the seven migrants.")
    assert [(e["Actor1Text"], e["EventCode"]) for e in found] == [("Agents", "173")]


def test_headlines_of_a_body_of_two_words_and_of_the_absconding_accused(nlp):
    assert codes("crime branch files chargesheet in honey-trap case") == [("COP", "112", "")]
    assert codes("police nab absconding accused in rs 2 crore chit fund fraud") == [("COP", "173", "CRM")]
    assert codes("stf nabs sharpshooter of bawaria gang") == [("COP", "173", "CRM")]
    assert codes("Police will probe the case.")[0][1] == "091"      # (an auxiliary stays one)


def test_a_deed_said_to_be_false_or_an_insult_criticises_its_doer(nlp):
    [e] = events('Earlier this month, state Attorney General John Formella said the national party\'s efforts to '
                 'discount Tuesday\'s vote were "false, deceptive and misleading."')
    assert (e["EventCode"], e["Actor2Text"]) == ("111", "national party")
    [e] = events('In a statement, the MDC remarked that "Ahmadinejad\'s visit is not only an insult to the people '
                 'of Zimbabwe, but an affront to democracy."')
    assert (e["Actor1Code"], e["EventCode"], e["Actor2Code"]) == ("ZWEPTY", "111", "IRNGOV")
    assert codes("Trump said the Democrats' plan was not dishonest.")[0][1] == "010"


def test_the_owner_named_on_a_thing_judged_is_judged(nlp):
    [e] = events("He bitterly criticised the Conservatives stance on Europe.")
    assert (e["EventCode"], e["Actor2Text"]) == ("111", "Conservatives")


def test_a_cause_lobbied_for_or_complained_about_is_no_party(nlp):
    [e] = events("The relatives lobbied for relief.", min_confidence=0)
    assert e["Actor2Text"] == ""


def test_a_deed_one_stops_doing_is_stopped(nlp):
    assert codes("Israel stopped shelling Gaza.") == [("ISR", "087", "PSE")]
    assert codes("The US stopped funding the rebels.")[0][:2] == ("USA", "162")
    assert codes("McDonald's stopped working with the National Restaurant Association.") == []   # (no strike)


def test_a_past_tense_read_as_the_objects_adjective_after_a_name_is_the_verb(nlp):
    found = events('And taking questions after a meeting with German Chancellor Angela Merkel, Trump slammed '
                   'Trudeau as "two-faced" and suggested the prime minister was upset.')
    assert ("USAGOV", "111", "CANGOV") in [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found]
    assert codes("police nabbed two thieves") == [("COP", "173", "CRM")]


def test_drones_are_aircraft_seized_returned_and_deployed(nlp):
    assert codes("Iran seized a U.S. drone.") == [("IRN", "1711", "USA")]
    assert codes("China returned the U.S. drone.") == [("CHN", "0842", "USA")]


def test_a_party_tied_to_a_side_takes_its_country(nlp):
    assert codes("The US sanctioned seven companies linked to Hezbollah.") == [("USA", "163", "LBNBUS")]
    assert codes("The Treasury Department imposed new sanctions against people involved with the Iranian "
                 "Revolutionary Guards.")[0][2] == "IRNCVL"


def test_saying_another_will_pay_dearly_threatens_it(nlp):
    found = events('Hamas spokesman Fawzi Barhoum said Israel "will pay dearly" for the assault.')
    assert ("130", "ISR") in [(e["EventCode"], e["Actor2Code"]) for e in found]
    assert codes("Trump said Iran will pay a price if it attacks.") == [("USAGOV", "130", "IRN")]
    assert codes("Consumers will pay the price for the tariffs, China said.") == [("CHN", "010", "")]


def test_saying_someone_lied_or_misled_criticises_them(nlp):
    assert codes('"President Obama lied to you about his support for the fuel standard," Trump said.') == \
        [("USAGOV", "111", "USAGOV")]
    assert codes("Trump said Obama had not misled the public.") == [("USAGOV", "010", "")]
    assert codes("At least 20 people died, officials said.", min_confidence=0) == []


def test_the_kind_of_aid_its_word_names_is_coded(nlp):
    assert codes("The US provided humanitarian aid to Gaza.") == [("USA", "073", "PSE")]
    assert codes("Japan pledged economic aid to Ukraine.") == [("JPN", "0331", "UKR")]
    assert codes("The US will increase its military assistance to the rebels.")[0][1] == "0332"
    assert codes("Japan boosted aid to Ukraine.") == [("JPN", "070", "UKR")]


def test_an_act_told_allegedly_is_news_but_a_charge_for_one_is_not(nlp):
    # the adverb tells an act on someone's word: kept by default, flagged as reported
    found = events("a group of lawyers allegedly beat up a constable outside the court.", min_confidence=0)
    assert [(e["Actor1Text"], e["EventCode"][:2], e["Actor2Code"], e["Mode"]) for e in found] == \
        [("group of lawyers", "18", "COP", "reported")]
    # the deed given as the reason for an arrest stays a charge, left out by default
    found = events("The ATS apprehended two men for allegedly passing on information to a Pakistani agent.",
                   min_confidence=0, include_modal=True)
    assert {(e["EventCode"], e["Mode"]) for e in found} >= {("173", ""), ("064", "alleged")}


def test_a_past_tense_read_as_an_adjective_with_a_subject_of_its_own_is_the_verb(nlp):
    # the small parser reads "fought" as the adjective of "rebels" but gives it the army as subject
    assert codes("The army fought rebels.", min_confidence=0) == [("MIL", "190", "REB")]


def test_those_fought_are_the_target_and_a_time_is_no_party(nlp):
    found = events("The army fought rebels in the north on Monday.", min_confidence=0)
    assert [(e["Actor1Text"], e["EventCode"], e["Actor2Text"]) for e in found] == [("army", "190", "rebels")]
    # (but what one fights with is no one fought)
    assert all(e["Actor2Text"] != "artillery" for e in events("The troops fired the artillery.", min_confidence=0))


def test_praise_or_blame_received_is_an_event_whoever_gave_it(nlp):
    [e] = events("The minister faces charges of corruption.", min_confidence=0)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"]) == ("", "112", "minister")
    [e] = events("Nigeria's government has come under fire over its response to the kidnapping.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Code"]) == ("111", "NGAGOV")
    # aid received from no one named is a benefit, not an event between parties
    assert codes("As long as borrowers received at least one grant, they are eligible.", min_confidence=0) == []


def test_dining_with_someone_is_meeting_them(nlp):
    assert codes("Obama dined with Putin at the White House.") == [("USAGOV", "040", "RUSGOV")]


def test_a_name_the_tagger_took_for_a_common_noun_still_names_the_doer(nlp):
    found = events("DesLauriers asked people to report anyone who talked about targeting the race.", min_confidence=0)
    assert [(e["Actor1Text"], e["EventCode"], e["Actor2Text"]) for e in found] == [("DesLauriers", "020", "people")]


def test_federal_agencies_are_the_us_government(nlp):
    found = events("The SEC alleged that Goldman Sachs misled investors.", min_confidence=0)
    assert ("USAGOV", "112") in {(e["Actor1Code"], e["EventCode"]) for e in found}
    assert ("USAMIL", "051") in {(e["Actor2Code"], e["EventCode"])
                                 for e in events("Tillerson thanked the Defense Department.", min_confidence=0)}


def test_the_ing_word_after_a_verb_of_going_on_is_its_clause(nlp):
    # the small parser reads "fighting insurgents" as a kind of insurgents
    found = events("The Ukrainian military continued fighting insurgents in the east.", min_confidence=0)
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found] == [("UKRMIL", "190", "UKRREB")]


def test_speaking_out_against_someone_is_criticism(nlp):
    assert codes("Merkel spoke out against Russia on Monday.") == [("DEUGOV", "111", "RUS")]


def test_a_verb_joined_to_what_was_said_keeps_the_clause_subject_when_it_is_people(nlp):
    found = events("The agency said the investigators raided eight offices and seized internal reports.",
                   min_confidence=0)
    assert {e["Actor1Text"] for e in found if e["EventCode"] in ("170", "171")} == {"investigators"}


def test_critics_and_colleagues_are_not_the_one_named_before_them(nlp):
    [e] = events("Omar's critics accused her of trivializing the tragedy.", min_confidence=0)
    assert (e["Actor1Text"], e["EventCode"], e["Actor2Text"]) == ("Omar's critics", "112", "her")


def test_a_possessive_pronoun_names_the_doer_of_an_event_no_verb_holds(nlp):
    [e] = [e for e in events("Obama said his meeting with Putin was useful.", min_confidence=0) if e["EventCode"] == "040"]
    assert (e["Actor1Code"], e["Actor2Code"]) == ("USAGOV", "RUSGOV")
    # (where a verb holds it, its subject is the doer)
    [e] = events("The ILO reiterated its demand that Israel ease restrictions.", min_confidence=0)
    assert (e["Actor1Code"], e["EventCode"][:2], e["Actor2Code"]) == ("IGOUNOILO", "10", "ISR")


def test_an_organisation_no_table_knows_keeps_its_words_as_a_doer(nlp):
    # (the entity recogniser takes "Balladur" for an organisation; placed nowhere, it still acts)
    found = events("Balladur, who also had private talks with Margaret Thatcher, said his government was "
                   "preparing a bill.", min_confidence=0)
    assert ("Balladur", "046", "GBRGOV") in {(e["Actor1Text"], e["EventCode"], e["Actor2Code"]) for e in found}
    # news media are no parties
    found = events("Sanders insisted on CBS that he may end up with more delegates.", min_confidence=0)
    assert all(e["Actor2Text"] != "CBS" or e["Actor2Code"] == "" for e in found)


def test_cooperation_one_stops_is_relations_reduced(nlp):
    assert codes("Egypt stopped supplying Israel with natural gas.") == [("EGY", "1621", "ISR")]
    assert codes("Iran has stopped talking to the IAEA.", min_confidence=0) == [("IRN", "164", "IGOUNOIAEA")]
    # (what one does not stop doing goes on; what one will stop doing is a refusal)
    assert [e["Mode"] for e in events("Egypt did not stop supplying Israel with gas.", min_confidence=0,
                                      include_modal=True)] == ["negated"]
    assert [c[1] for c in codes("Egypt will stop supplying Israel with gas.", min_confidence=0)] == ["1211"]


def test_an_appeal_joined_to_another_verb_or_made_by_asking_has_its_subject(nlp):
    assert ("USAGOV", "020", "RUSGOV") in codes("Obama met Putin and asked him to reconsider.", min_confidence=0)
    assert codes("The president dodges responsibility by asking Congress to tax the rich.", min_confidence=0) == \
        [("USAGOV", "020", "USALEG")]
    # (asking what someone has is a question)
    assert codes("Mr. Romney walked to the counter and asked what kind of pies they had.", min_confidence=0) == []


def test_those_asked_keep_their_words_but_not_what_they_are_asked_for(nlp):
    [e] = events("Investigators asked the public for help finding the bombers.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("020", "public")
    [e] = events("The Lib Dems also called for a delay.", min_confidence=0)
    assert (e["EventCode"], e["Actor2Text"]) == ("020", "")


def test_a_thing_judged_is_the_one_whom_by_names_after_its_participle(nlp):
    found = events("Robaina spoke out against the trade embargo enforced by the United States.", min_confidence=0)
    assert [(e["EventCode"], e["Actor2Code"]) for e in found] == [("111", "USA")]


def test_mediapersons_are_the_press_and_martyred_is_killed(nlp):
    assert codes("the mob also assaulted the mediapersons and snatched their cameras.") == [("CVL", "182", "MED")]
    assert codes("Two jawans were martyred in an encounter with militants in Kupwara.", min_confidence=0) == \
        [("REB", "190", "MIL")]


def test_who_is_expected_somewhere_for_talks_holds_them(nlp):
    found = events("The Iranian Oil Minister is expected here on Friday for talks with his Algerian counterpart.",
                   min_confidence=0, include_modal=True)
    assert [(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found] == [("IRNGOV", "046", "DZAGOV")]


def test_unknown_people_are_of_the_country_the_article_is_about(nlp):
    story = ("South Korean police said on Sunday that the crowd crush in Seoul killed 156 people. "
             "Investigators raided the offices of the city's district on Monday. "
             "Nancy Kim urged the mayor to resign.")
    found = {(e["Actor1Text"], e["Actor1CountryCode"]) for e in events(story, min_confidence=0)}
    assert ("Investigators", "KOR") in found and ("Nancy Kim", "KOR") in found
    # but not states or their leagues, which are as often foreign
    story = ("South Korean police said on Sunday that the crowd crush in Seoul killed 156 people. "
             "Three nations urged the city to investigate.")
    assert ("Three nations", "") in {(e["Actor1Text"], e["Actor1CountryCode"]) for e in events(story, min_confidence=0)}
    # nor one named who meets that country's leader
    story = ("President Roh Moo-hyun of South Korea spoke in Seoul on Monday. "
             "Balladur had private talks with Roh Moo-hyun.")
    found = {(e["Actor1Text"], e["Actor1CountryCode"]) for e in events(story, min_confidence=0)}
    assert ("Balladur", "") in found


def test_contempt_rulings_against_and_money_funnelled(nlp):
    assert ("173", "Lois Lerner") in {(e["EventCode"], e["Actor2Text"]) for e in events(
        "The House voted to hold Lois Lerner in contempt of Congress.", min_confidence=0)}
    assert codes("A federal judge issued a ruling against President Donald Trump.") == [("USAJUD", "120", "USAGOV")]
    assert codes("The Supreme Court ruled against the governor.")[0][1] == "120"
    assert codes("A jury convicted the governor of fraud.")[0][1] == "116"
    assert codes("Iran channeled money to Hezbollah.") == [("IRN", "071", "LBNREB")]
    assert codes("He held the meeting in contempt.", min_confidence=0) == []
    # held in contempt by no one named: a court or a legislature, not the police
    assert codes("Attorney General Eric Holder was held in contempt in 2012.", min_confidence=0)[0][0] == ""


def test_what_is_asked_in_a_letter_or_resolution_is_asked_of_the_addressee(nlp):
    assert codes("The Senate Finance Committee called on President Reagan in a non-binding resolution "
                 "to retaliate against Japan.") == [("USALEG", "020", "USAGOV")]
    assert codes("The union urged members in a letter to vote against the deal.") == [("LAB", "020", "CVL")]


def test_a_killing_by_criminals_or_civilians_is_by_assault_not_by_arms_of_war(nlp):
    assert codes("Robbers killed a shopkeeper in Ghaziabad.") == [("INDCRM", "1823", "INDBUS")]
    assert codes("Soldiers killed five militants.") == [("MIL", "190", "REB")]


def test_helping_to_do_something_helps_no_one_the_clause_names(nlp):
    assert codes("Clinton helped design Obama's strategy in Asia.", min_confidence=0) == []
    assert codes("Petraeus helped turn the tide against insurgents.", min_confidence=0) == []
    assert ("USA", "070", "IRQ") in codes("The United States helped rebuild Iraq.")
    assert ("USA", "070", "UKR") in codes("The US helped Ukraine defend itself.")


def test_a_candidates_appeal_is_their_pull_not_a_request(nlp):
    assert "020" not in [c[1] for c in codes("Grossman said Trump's appeal to union workers is problematic.",
                                             min_confidence=0)]
    assert codes("A Midwestern everyman could help shore up Democrats' appeal in battleground states.",
                 min_confidence=0) == []
    assert [c[1] for c in codes("Gordon Brown has made an appeal for unity.")] == ["020"]
    assert [c[1] for c in codes("Zelensky's daily appeals moved the Congress.")] == ["020"]


def test_a_politicians_attacks_at_no_one_named_are_in_words(nlp):
    assert [c[1] for c in codes("Trump's constant attacks endanger every immigrant in the United States.",
                                min_confidence=0)] == ["111"]
    assert [c[1] for c in codes("Recent Taliban attacks have provided fodder for critics.", min_confidence=0)] == ["190"]
    assert [c[1] for c in codes("Israel's attacks continued for a week.", min_confidence=0)] == ["190"]


def test_sanctions_strengthened_renewed_or_levied(nlp):
    assert codes("The UN Security Council strengthened North Korea sanctions.") == [("IGOUNO", "163", "PRK")]
    assert codes("The Senate renewed sanctions against Russia.") == [("USALEG", "163", "RUS")]


def test_a_word_voiced_or_made_by_someone_is_theirs(nlp):
    found = events("Stoltenberg's statement was a reaction to criticism of rises in West German interest rates "
                   "voiced by U.S. Treasury Secretary James Baker over the weekend.")
    assert [(e["EventCode"], e["Actor1Code"], e["Actor2CountryCode"]) for e in found] == [("111", "USAGOV", "DEU")]


def test_names_called_with_the_one_named_misread(nlp):
    assert codes("He called Trump a liar.", min_confidence=0) == [("", "111", "USAGOV")]


def test_firing_or_hitting_back_is_force_from_arms_and_a_retort_from_anyone_else(nlp):
    assert codes("On Monday, Trump fired back at Pelosi.") == [("USAGOV", "111", "USALEG")]
    assert codes("Troops fired back at the attackers.") == [("MIL", "190", "UAF")]
    assert [c[1] for c in codes("Israel hit back at Hamas.")] == ["190"]
    assert ("111", "Donald Trump's administration") in {(e["EventCode"], e["Actor2Text"]) for e in events(
        "Huawei has hit back at Donald Trump's administration.")}
    assert codes("The senator tore into the CEO.")[0][1] == "111"


def test_one_said_to_have_failed_or_done_a_wrong_is_criticised(nlp):
    assert codes("The opposition said the government had failed to protect civilians.") == [("OPP", "111", "GOV")]
    assert codes("Democrats said Russia interfered in the election.") == [("USAPTY", "111", "RUS")]
    assert codes("Officials said the talks failed to produce a deal.", min_confidence=0) == []


def test_nouns_of_scorn_are_criticism(nlp):
    assert [c[1] for c in codes("The plan drew ridicule from Democrats.")] == ["111"]


def test_a_when_clause_of_its_own_is_not_what_the_main_verb_asks(nlp):
    found = events("When the Taliban took control of Afghanistan in August, the group called on the international "
                   "community to recognise its government.")
    assert ("AFGREB", "192", "AFG") in {(e["Actor1Code"], e["EventCode"], e["Actor2Code"]) for e in found}
    assert not any("took" in e["EventText"] and e["EventCode"][:2] == "02" for e in found)     # no appeal to take it


def test_one_caught_on_camera_is_filmed_not_arrested(nlp):
    assert "173" not in [c[1] for c in codes("He was caught on video beating a dog.", min_confidence=0)]
    assert codes("Police caught the thief on Monday.")[0][1] == "173"


def test_a_refusal_to_deal_with_a_thing_made_by_someone_is_aimed_at_its_maker(nlp):
    assert codes("The Senate refused to debate the bill passed by the House of Representatives.") == \
        [("USALEG", "120", "USALEG")]


def test_one_who_criticises_a_country_by_its_name_is_not_of_it(nlp):
    assert codes("Lawmakers criticised Russia.") == [("LEG", "111", "RUS")]
    assert codes("Lawmakers criticised Trump.") == [("USALEG", "111", "USAGOV")]


def test_what_critics_say_criticises_whom_they_are_critics_of(nlp):
    [e] = events("Critics of Mr. Obama say he has failed to lead.")
    assert (e["EventCode"], e["Actor1Text"], e["Actor2Code"]) == ("111", "Critics", "USAGOV")
    # their words about a named party; none when about no one, or when they grant a point
    assert ("USA", "111", "USAGOV") in codes("Critics say Mrs. Clinton has fallen far short.")
    assert codes("Critics say the law gives agencies wide latitude.") == []
    assert "111" not in [c[1] for c in codes("Even Trump's critics acknowledge the process was fair.")]


def test_a_deed_judged_in_a_clause_of_its_own_is_criticism_of_its_doer(nlp):
    assert ("USAGOV", "111", "RUS") in codes("Obama said it was outrageous that Russia had blocked the resolution.")
    assert ("GBRGOV", "111", "GBRGOV") not in codes("Blair said it was wrong to invade.")
    # one a deed is done to is not judged
    assert not any(c[1] == "111" for c in codes("Obama said it was outrageous that journalists were arrested."))


def test_the_deed_one_is_praised_or_criticised_for_happened(nlp):
    found = events("Obama thanked Japan for sending aid to Haiti.")
    assert ("JPN", "070", "HTI", "") in {(e["Actor1Code"], e["EventCode"], e["Actor2Code"], e["Mode"]) for e in found}
    # what one is accused of stays alleged
    assert all(e["EventCode"] != "190" for e in events("Obama accused Russia of attacking Ukraine."))


def test_what_one_recommends_or_suggests_be_done_is_an_appeal(nlp):
    assert ("USA", "020", "USAOPP") in codes("Pushkov recommended Snowden leave the airport.")
    assert [c[1] for c in codes("Choe said she would suggest Kim reconsider the summit.", min_confidence=0)] == ["020"]
    # a bare verb after a plural subject, or a modal, tells no wish: "suggest" then only indicates
    assert codes("Polls suggest voters favor Trump.", min_confidence=0) == []
    assert codes("Barroso has suggested the cash could be shared out among net contributors.", min_confidence=0) == []


def test_a_thing_judged_is_its_makers(nlp):
    assert codes("Republicans blasted the Iran deal negotiated by Obama.") == [("USAPTY", "111", "USAGOV")]
    # pushing back on someone's move objects to it
    assert codes("Some Christian leaders are pushing back on Trump's promise.") == [("USAREL", "110", "USAGOV")]
    assert codes("Police pushed back the protesters.")[0][1] == "175"


def test_threats_of_one_against_another_are_the_first_ones(nlp):
    assert ("ISRGOV", "130", "IRN") in codes("The threats of the Zionist regime against Iran's nuclear facilities "
                                             "make it possible to review our doctrine, he said.", min_confidence=0)
    # but a deed done to those "of" names is not theirs
    assert ("CVL", "173", "CVL") not in codes("The arrest of members of the group against the wishes of the families "
                                              "angered many.", min_confidence=0)
    # showing an understanding or an ability is no demonstration
    assert codes("I had hoped he could demonstrate a better understanding of the role of the U.S.",
                 min_confidence=0) == []


def test_calling_someone_a_name_asks_nothing(nlp):
    assert "020" not in [c[1] for c in codes("He never called me boy, he always called me son, he said.",
                                              min_confidence=0)]
    assert [c[1] for c in codes("Activists have called to defund the police.", min_confidence=0)] == ["020"]


def test_meeting_a_target_or_asking_at_ones_own_request_is_no_event(nlp):
    assert codes("GM said it expects to meet its 2004 earnings targets.", min_confidence=0) == []
    assert "020" not in [c[1] for c in codes("The governor of Petromin has retired at his own request.",
                                              min_confidence=0)]
    assert codes("Obama will meet Putin next week.")[0][1] == "036"


def test_support_held_by_no_one_is_a_measure_not_an_act(nlp):
    assert codes("Support for Washington's war plans scarcely reached 10% almost anywhere, according to "
                 "international polls.", min_confidence=0) == []
    assert codes("U.S. support for Ukraine continues.") == [("USA", "051", "UKR")]
