"""Every event dated right: the clause's own date, in its tense, resolved against the article's."""
from datetime import date

import pytest

from eventwire import api
from eventwire.export import event_record
from eventwire.gkg.dates import ClauseDate, date_of_clause, resolve_date, resolve_event_date
from eventwire.records import Article

from conftest import make_doc

WED = "2022-03-02"   # a Wednesday


def coded(text: str, published: str) -> list[tuple[str, str, str, int | None]]:
    """(CAMEO code, date, granularity, SQLDATE) of the events of one article."""
    results = api.code_texts([Article(id="t", text=text, date=published)])
    return [(e.code, e.date, e.date_granularity, event_record(e)["SQLDATE"]) for r in results for e in r.events]


@pytest.mark.parametrize("text, published, expected", [
    # a name is not a month
    ("British Prime Minister Theresa May congratulated Trump on his victory.", "2016-11-10",
     [("051", "2016-11-10", "day", 20161110)]),
    # an age is not a day of the month
    ("Israeli soldiers arrested Ahed Tamimi, 16, at her home.", "2017-12-20",
     [("173", "2017-12-20", "day", 20171220)]),
    # a month without a year: the next one for a plan, the last one for a deed
    ("Trump revealed tonight he plans to visit China in November.", "2017-09-12",
     [("036", "2017-11", "month", 20171101)]),
    ("Syria attacked Israel in May.", WED, [("190", "2021-05", "month", 20210501)]),
    ("Iran said it would meet France in May.", WED, [("036", "2022-05", "month", 20220501)]),
    # a threat's own date stays in the past; the threatened attack's date lies ahead
    ("Turkey threatened in April to attack Syria.", WED, [("138", "2021-04", "month", 20210401)]),
    ("Turkey threatened to attack Syria in April.", WED, [("138", "2022-04", "month", 20220401)]),
    # a month and day
    ("On Nov. 24 they seized the port of Hodeidah, the rebels said.", "2017-12-05",
     [("192", "2017-11-24", "day", 20171124)]),
    # weekdays: the last one for a deed (the article's own day included), the next one for a plan
    ("Russia attacked Ukraine on Monday.", WED, [("190", "2022-02-28", "day", 20220228)]),
    ("Germany criticised Russia on Wednesday.", WED, [("111", "2022-03-02", "day", 20220302)]),
    ("Iran will meet France on Monday.", WED, [("036", "2022-03-07", "day", 20220307)]),
    ("Iran will meet France on Wednesday.", WED, [("036", "2022-03-02", "day", 20220302)]),
    # a date ahead in the content of a demand is the content's, not the demand's
    ("Britain demanded that the EU must reopen the talks on Oct. 31.", "2019-06-19",
     [("108", "2019-06-19", "day", 20190619)]),
    # a date of a noun is not the event's
    ("Russia condemned last Monday's vote in Kyiv.", WED, [("111", "2022-03-02", "day", 20220302)]),
    # relative phrases
    ("Israel arrested 12 Palestinians last week.", WED, [("173", "2022-02-21", "week", 20220221)]),
    ("Germany criticised Russia this week.", WED, [("111", "2022-02-28", "week", 20220228)]),
    ("China accused Japan two years ago of provocations.", WED, [("112", "2020", "year", 20200101)]),
    # the date of another clause is not the event's
    ("Israel, which withdrew from Gaza in 2005, attacked Hamas on Tuesday.", WED,
     [("190", "2022-03-01", "day", 20220301)]),
    ("On Monday, Egypt said Israel attacked Hamas in January.", WED, [("190", "2022-01", "month", 20220101)]),
    # no stated date: the article's
    ("Russia attacked Ukraine.", WED, [("190", "2022-03-02", "day", 20220302)]),
])
def test_event_dates(text, published, expected):
    assert coded(text, published) == expected


def test_without_article_date_no_date_is_invented():
    assert coded("Russia attacked Ukraine on Monday.", "") == [("190", "", "", None)]
    assert coded("Russia attacked Ukraine in February 2022.", "") == [("190", "2022-02", "month", 20220201)]


@pytest.mark.parametrize("text", ["16", "3-1", "16-year-old", "aged 16", "24"])
def test_numbers_are_not_dates(text):
    assert resolve_date(text, date(2017, 12, 20)) is None


def test_a_past_clause_is_never_dated_after_its_article():
    pub = date(2022, 3, 2)
    assert resolve_event_date("next month", pub) == ClauseDate("2022-03-02", "day")
    assert resolve_event_date("next month", pub, future=True) == ClauseDate("2022-04", "month")
    assert resolve_event_date("December", pub) == ClauseDate("2021-12", "month")
    assert resolve_event_date("December", pub, future=True) == ClauseDate("2022-12", "month")


def test_a_month_name_beside_a_name_is_no_date():
    # the model may take "May" of "Theresa May" for a DATE: a hand-built parse where it does
    doc = make_doc("""
        Theresa Theresa PROPN compound 1
        May May PROPN nsubj 2 DATE
        congratulated congratulate VERB ROOT 2
        Trump Trump PROPN dobj 2 PERSON
    """)
    sentence = doc[0:4]
    assert date_of_clause(sentence, "2016-11-10", trigger="congratulated") is None


def test_a_sentence_without_a_verb_still_gets_its_date():
    doc = make_doc("""
        Talks talk NOUN ROOT 0
        on on ADP prep 0
        Monday Monday PROPN pobj 1 DATE
    """)
    assert date_of_clause(doc[0:3], WED, trigger="talks") == ClauseDate("2022-02-28", "day")
