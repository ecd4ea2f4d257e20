"""GDELT GKG 2.1 row layout (no model)."""
import json

from eventwire.gkg.export import GKG_FIELDS, gkg_fields, gkg_json, gkg_row
from eventwire.gkg.records import (Amount, DateMention, GkgRecord, Location, Name, Quotation, Theme,
                                   Tone)
from eventwire.records import Article


def _record():
    return GkgRecord(
        DocId="doc1",
        quotations=[Quotation("We will; go", 10, 21, speaker="Wang Yi", verb="say")],
        amounts=[Amount(2e11, "USD", "$200 billion", 30, 42, object="trade", direction="surpass"),
                 Amount(12, "people", "12 soldiers", 50, 61, object="soldiers", count_type="KILL")],
        dates=[DateMention("May", 70, 73, "2023-05", "month"), DateMention("last week", 80, 89, "2023-W25", "week")],
        locations=[Location("Moscow", 90, 96, text="Moscow", country="RUS", lat=55.75, lon=37.62,
                            feature="city", admin1="48", geoname_id=524901),
                   Location("Ukraine", 100, 107, text="Ukraine", country="UKR", lat=50.45, lon=30.52,
                            feature="country")],
        persons=[Name("Wang Yi", 2, [0, 40])],
        organizations=[Name("Reuters", 1, [120], kind="media")],
        themes=[Theme("trade", ["trade"], [30]), Theme("diplomacy", ["summit"], [5])],
        tone=Tone(1.5, 3.0, 1.5, 4.5, 10.0, 2.0, 200),
    )


def test_row_has_27_fields_in_gdelt_order():
    article = Article(id="doc1", text="", date="2023-07-01", url="https://example.com/a", source="Example")
    fields = gkg_fields(_record(), article)
    assert len(fields) == len(GKG_FIELDS) == 27
    row = dict(zip(GKG_FIELDS, gkg_row(_record(), article).split("\t")))
    assert row["GKGRECORDID"] == "20230701000000-doc1"
    assert row["V2SOURCECOLLECTIONIDENTIFIER"] == "1"
    assert row["V1THEMES"] == "TRADE;DIPLOMACY"
    assert row["V2ENHANCEDTHEMES"] == "DIPLOMACY,5;TRADE,30"
    assert row["V1LOCATIONS"] == "4#Moscow, Russia#RS#RS48#55.75#37.62#524901;1#Ukraine#UP#UP#50.45#30.52#UP"
    assert row["V2ENHANCEDLOCATIONS"].split(";")[0] == "4#Moscow, Russia#RS#RS48##55.75#37.62#524901#90"
    assert row["V2ENHANCEDPERSONS"] == "Wang Yi,0;Wang Yi,40"
    assert row["V1.5TONE"] == "1.5,3,1.5,4.5,10,2,200"
    assert row["V2.1ENHANCEDDATES"] == "2#5#0#2023#70;3#6#19#2023#80"
    assert row["V2.1QUOTATIONS"] == "10|11|say|We will go"
    assert row["V2.1AMOUNTS"] == "200000000000,trade,30;12,soldiers,50"
    assert row["V1COUNTS"] == "KILL#12#soldiers#######"
    assert row["V2.1COUNTS"] == "KILL#12#soldiers########50"


def test_row_without_url_is_a_citation_and_has_no_tabs_inside_fields():
    article = Article(id="doc1", text="", title="A\ttitle")
    fields = gkg_fields(_record(), article)
    assert fields[2] == "2" and fields[1] == ""
    assert all("\t" not in f and "\n" not in f for f in fields)
    assert fields[-1] == "<PAGE_TITLE>A title</PAGE_TITLE>"


def test_json_round_trips():
    data = json.loads(gkg_json(_record()))
    assert data["DocId"] == "doc1"
    assert set(data["tone"]) == {"tone", "positive", "negative", "polarity", "activity_density",
                                 "self_group_density", "word_count"}
    assert data["amounts"][0]["value"] == 2e11
