"""Date resolution against a publication date (no model)."""
from datetime import date

import pytest

from eventwire.gkg.dates import publication_date, resolve_date

PUB = date(2023, 7, 1)   # a Saturday


@pytest.mark.parametrize("text, value, granularity", [
    ("March this year", "2023-03", "month"),
    ("in March", "2023-03", "month"),
    ("May", "2023-05", "month"),
    ("December", "2022-12", "month"),        # news prefers the past
    ("February 2022", "2022-02", "month"),
    ("24 February 2022", "2022-02-24", "day"),
    ("Feb. 24", "2023-02-24", "day"),
    ("last week", "2023-W25", "week"),
    ("this week", "2023-W26", "week"),
    ("Monday", "2023-06-26", "day"),
    ("last Saturday", "2023-06-24", "day"),
    ("yesterday", "2023-06-30", "day"),
    ("last month", "2023-06", "month"),
    ("last November", "2022-11", "month"),
    ("the current year", "2023", "year"),
    ("next year", "2024", "year"),
    ("1987", "1987", "year"),
    ("two years ago", "2021", "year"),
])
def test_resolve_against_publication_date(text, value, granularity):
    assert resolve_date(text, PUB) == (value, granularity)


@pytest.mark.parametrize("text", ["five months", "13 weeks", "the past two years", "the 1990s",
                                  "the end of the next Parliament"])
def test_durations_and_vague_expressions_are_not_dates(text):
    assert resolve_date(text, PUB) is None


def test_without_publication_date_values_stay_partial():
    assert resolve_date("May", None) == ("--05", "month")
    assert resolve_date("March 3", None) == ("--03-03", "day")
    assert resolve_date("February 2022", None) == ("2022-02", "month")
    assert resolve_date("last week", None) is None


def test_reference_year_when_unambiguous():
    assert resolve_date("May", None, ref_year=2022) == ("2022-05", "month")


def test_publication_date_reads_datetimes():
    assert publication_date("1987-03-12T23:22:50") == date(1987, 3, 12)
    assert publication_date("") is None
    assert publication_date("not a date") is None
