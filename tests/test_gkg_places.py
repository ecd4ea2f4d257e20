"""Places: offline geocoding (no model) and action locations (English pipeline)."""
import pytest

from eventwire.gkg import action_location
from eventwire.gkg.places import geocode


def test_city_and_country():
    moscow = geocode("Moscow")
    assert (moscow.country, moscow.feature) == ("RUS", "city")
    assert moscow.lat == pytest.approx(55.75, abs=0.1)
    ukraine = geocode("Ukraine")
    assert (ukraine.country, ukraine.feature) == ("UKR", "country")
    assert ukraine.lat == pytest.approx(50.45, abs=0.1)      # countries sit at their capital


def test_aliases_states_and_regions():
    assert geocode("the United States").country == "USA"
    assert geocode("Britain").country == "GBR"
    assert geocode("Kiev").name == "Kyiv"
    texas = geocode("Texas")
    assert (texas.feature, texas.admin1, texas.country) == ("admin", "TX", "USA")
    assert geocode("Middle East").feature == "region"
    assert geocode("Nowhereville Xq") is None


def test_ambiguous_names_follow_the_article_countries():
    assert geocode("Moscow").country == "RUS"                       # most populous
    assert geocode("Moscow", {"USA"}).country == "USA"              # Moscow, Idaho
    assert geocode("Georgia").country == "GEO"
    assert geocode("Georgia", {"USA"}).feature == "admin"


def test_action_location_of_a_sentence(nlp):
    doc = nlp("Xi Jinping and Vladimir Putin convened in Moscow in March.")
    place = action_location(doc[:])
    assert (place.name, place.country) == ("Moscow", "RUS")
    assert doc.text[place.start:place.end] == "Moscow"
    assert action_location(nlp("The talks ended without a deal.")[:]) is None
