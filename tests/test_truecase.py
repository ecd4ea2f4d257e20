"""Lower-case news: names get their capitals back before parsing; only case changes."""
from eventwire.truecase import is_lower_case, name_forms, truecase


def forms(lexicons):
    return name_forms(lexicons.actors)


def test_names_sentence_starts_and_i_are_capitalised_and_offsets_kept(lexicons):
    text = "police arrested 25 persons in ahmedabad on sunday. i said the crpf and the un met in new delhi."
    out = truecase(text, forms(lexicons))
    assert out == ("Police arrested 25 persons in Ahmedabad on Sunday. I said the CRPF and the UN met in "
                   "New Delhi.")
    assert len(out) == len(text) and out.lower() == text.lower()


def test_common_words_that_are_also_names_stay_small(lexicons):
    out = truecase("he said the police will march. reading is nice. it may rain in us.", forms(lexicons))
    assert out == "He said the police will march. Reading is nice. It may rain in us."


def test_only_lower_case_articles_are_truecased():
    assert is_lower_case("two persons were arrested in gujarat by the cbi on sunday evening.")
    assert not is_lower_case("Two persons were arrested in Gujarat by the CBI on Sunday evening.")
    assert not is_lower_case("short")


def test_a_period_of_an_abbreviation_ends_no_sentence(lexicons):
    out = truecase("a growing segment of the u.s. population. mr. smith said so.", forms(lexicons))
    assert out == "A growing segment of the U.S. population. Mr. Smith said so."


def test_initials_with_periods_get_their_capitals(lexicons):
    text = "seven republicans urged u.s. forces to leave yemen, the u.n. said on monday."
    out = truecase(text, forms(lexicons))
    assert "U.S. forces" in out and "the U.N. said" in out and len(out) == len(text)


def test_the_name_after_a_title_is_capitalised(lexicons):
    text = ("but rep. trent franks, r-ariz., said he would not. “they are in shops,” mr. hoagland says. "
            "sub-inspector ramesh kumar arrested two men. the senator said the bill failed.")
    out = truecase(text, forms(lexicons))
    assert "Rep. Trent Franks, R-Ariz., said" in out and "Mr. Hoagland says" in out
    assert "Sub-Inspector Ramesh Kumar arrested" in out
    # (a title with no name after it stays small, and "rep" without its period is no title)
    assert "The senator said" in out
    assert truecase("the sales rep said prices rose.", forms(lexicons)) == "The sales rep said prices rose."


def test_a_name_in_the_possessive_is_capitalised_too(lexicons):
    text = "president donald trump's attacks on the world health organization echo russia’s plans."
    assert truecase(text, forms(lexicons)) == \
        "President Donald Trump's attacks on the World Health Organization echo Russia’s plans."


def test_a_word_no_word_list_knows_is_a_name_in_lower_case_news(lexicons, nlp):
    from eventwire.options import Options
    from eventwire.truecase import known_words
    known = known_words(Options().model, lexicons)
    text = "nadler has invited mueller to testify; a chargesheet was filed against ramesh kumar in bhilwara."
    assert truecase(text, forms(lexicons), known) == \
        "Nadler has invited Mueller to testify; a chargesheet was filed against Ramesh Kumar in Bhilwara."
    # English words, inflected or not, and the coder's own words stay small
    text = "the sarpanch said goondas were detained and arrests continued."
    assert truecase(text, forms(lexicons), known) == "The sarpanch said goondas were detained and arrests continued."
