"""Dates: spaCy DATE entities resolved against the article's publication date.

Common news forms ("in March this year", "February 2022", "May", "last week",
"Monday", "1987") are resolved by the rules below; anything else goes to
dateparser with RELATIVE_BASE = publication date and PREFER_DATES_FROM='past'.
Durations ("five months", "the past two years") are not dates and are dropped.
Without a publication date, a year stated in the article is used as reference
only when it is the only year the article states; otherwise month and day
expressions get partial ISO values ("--05", "--03-14") and relative ones none.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Span

from .records import DateMention

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DATE = re.compile(
    rf"^(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?)?(?P<m>{_MONTH_RE})\.?"
    rf"(?: (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?,?(?: (?P<y>\d{{4}}))?$")
_YEAR = re.compile(r"^(?:the year )?(?P<y>1[89]\d\d|20\d\d)$")
_DURATION = re.compile(
    r"^(?:(?:the )?(?:past|last|next|first|initial|coming|previous|following|latest|final) )?"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|"
    r"many|couple of|a few|some)(?:[- ]\w+)?[- ](?:day|week|month|year|decade|quarter|hour)s?(?: of \w+ \w+)?$")
_PREFIXES = ("the ", "in ", "on ", "early ", "late ", "mid-", "mid ", "since ", "until ", "by ",
             "from ", "during ", "end of ", "beginning of ", "start of ")
_SHIFT = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "coming": 1}
_RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}
_YEAR_SUFFIX = re.compile(r"^(?P<rest>.*?),? (?:of )?(?:the )?(?P<w>this|current|last|next|previous) year$")
_NAMED = re.compile(rf"^(?P<w>this|last|next|past|coming) (?P<n>{_MONTH_RE}|{'|'.join(_WEEKDAYS)})$")
_DECADE = re.compile(r"\d0'?s\b")
_RELATIVE_UNIT = re.compile(r"^(?P<w>this|current|last|next|previous|coming) (?P<u>week|month|year)$")


def publication_date(iso: str) -> date | None:
    """The date part of an ISO date or datetime string, None when empty or unreadable."""
    try:
        return date.fromisoformat(iso[:10]) if iso else None
    except ValueError:
        return None


def _clean(text: str) -> str:
    t = " ".join(text.lower().replace("’", "'").split()).removesuffix("'s")
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if t.startswith(prefix):
                t, changed = t[len(prefix):], True
    return t


def _past_year(pub: date, month: int, day: int | None) -> int:
    """The year that puts a month (and day) on or before the publication date."""
    return pub.year - 1 if (month, day or 1) > (pub.month, pub.day) else pub.year


def _month_value(month: int, day: int | None, year: int | None) -> tuple[str, str]:
    if year is None:
        return (f"--{month:02d}-{day:02d}", "day") if day else (f"--{month:02d}", "month")
    if day:
        return f"{year:04d}-{month:02d}-{min(day, calendar.monthrange(year, month)[1]):02d}", "day"
    return f"{year:04d}-{month:02d}", "month"


def _month_date(t: str, pub: date | None, year: int | None) -> tuple[str, str] | None:
    m = _MONTH_DATE.match(t)
    if not m:
        return None
    month, day = _MONTHS[m["m"]], int(m["d1"] or m["d2"] or 0) or None
    if day is not None and day > 31:
        return None
    year = int(m["y"]) if m["y"] else year
    if year is None and pub is not None:
        year = _past_year(pub, month, day)
    return _month_value(month, day, year)


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _named(which: str, name: str, pub: date) -> tuple[str, str]:
    """ "last November", "next Monday": the named month or weekday before or after publication."""
    if name in _WEEKDAYS:
        back = (pub.weekday() - _WEEKDAYS[name]) % 7
        if which in ("next", "coming"):
            return (pub + timedelta(days=(7 - back) % 7 or 7)).isoformat(), "day"
        return (pub - timedelta(days=back or (7 if which in ("last", "past") else 0))).isoformat(), "day"
    month = _MONTHS[name]
    year = {"this": pub.year, "next": pub.year + (month <= pub.month), "coming": pub.year + (month <= pub.month)}.get(
        which, pub.year - (month >= pub.month))
    return _month_value(month, None, year)


def _relative(t: str, pub: date) -> tuple[str, str] | None:
    if t in _RELATIVE_DAYS:
        return (pub + timedelta(days=_RELATIVE_DAYS[t])).isoformat(), "day"
    if t in _WEEKDAYS:
        return (pub - timedelta(days=(pub.weekday() - _WEEKDAYS[t]) % 7)).isoformat(), "day"
    if m := _NAMED.match(t):
        return _named(m["w"], m["n"], pub)
    m = _RELATIVE_UNIT.match(t)
    if not m:
        return None
    shift, unit = _SHIFT[m["w"]], m["u"]
    if unit == "week":
        return _iso_week(pub + timedelta(weeks=shift)), "week"
    if unit == "year":
        return f"{pub.year + shift:04d}", "year"
    month_index = pub.year * 12 + pub.month - 1 + shift
    return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}", "month"


@lru_cache(maxsize=None)
def _date_data_parser_for(pub: date):
    from dateparser.date import DateDataParser
    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


def _from_period(d: date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return _iso_week(d), "week"
    return d.isoformat(), "day"


def resolve_date(text: str, pub: date | None, ref_year: int | None = None) -> tuple[str | None, str] | None:
    """ISO value and granularity of a date expression; None for durations and non-dates."""
    t = _clean(text)
    if not t or _DURATION.match(t) or _DECADE.search(t):
        return None
    if m := _YEAR.match(t):
        return m["y"], "year"
    if m := _YEAR_SUFFIX.match(t):
        year = pub.year + _SHIFT[m["w"]] if pub else None
        return _month_date(_clean(m["rest"]), None, year) if year else _partial(_clean(m["rest"]))
    found = _month_date(t, pub, None if pub else ref_year)
    if found or pub is None:
        return found
    return _relative(t, pub) or _dateparser_at(t, pub)


def _partial(t: str) -> tuple[str | None, str] | None:
    return _month_date(t, None, None)


def _dateparser_at(t: str, pub: date) -> tuple[str, str] | None:
    if not re.search(rf"\d|\b(?:{_MONTH_RE}|ago|week|month|year|day)\b", t):
        return None
    return _dateparser_cached(t, pub)


@lru_cache(maxsize=4096)
def _dateparser_cached(t: str, pub: date) -> tuple[str, str] | None:
    data = _date_data_parser_for(pub).get_date_data(t)
    if data is None or data.date_obj is None:
        return None
    return _from_period(data.date_obj.date(), data.period or "day")


def reference_year(doc: Doc) -> int | None:
    """The year the article states, when it states exactly one (used without a publication date)."""
    years = {int(y) for ent in doc.ents if ent.label_ == "DATE"
             for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", ent.text)}
    return years.pop() if len(years) == 1 else None


def _mention(ent: Span, pub: date | None, ref_year: int | None) -> DateMention | None:
    resolved = resolve_date(ent.text, pub, ref_year)
    if resolved is None:
        return None
    value, granularity = resolved
    return DateMention(text=ent.text, start=ent.start_char, end=ent.end_char,
                       value=value, granularity=granularity)


def extract_dates(doc: Doc, pub_date: str) -> list[DateMention]:
    """Every date expression of the Doc resolved against the publication date (ISO string)."""
    pub = publication_date(pub_date)
    ref_year = None if pub else reference_year(doc)
    found = (_mention(ent, pub, ref_year) for ent in doc.ents if ent.label_ == "DATE")
    return [d for d in found if d is not None]


def date_of_clause(span: Span, pub_date: str, ents: list[Span] | None = None) -> str | None:
    """The ISO date a clause states (its first resolvable DATE entity), e.g. to date an event.
    ``ents``: the Doc's entities when the caller has them (Span.ents rebuilds them all each time)."""
    pub = publication_date(pub_date)
    ents = span.ents if ents is None else [e for e in ents if span.start <= e.start and e.end <= span.end]
    for ent in ents:
        if ent.label_ == "DATE":
            resolved = resolve_date(ent.text, pub)
            if resolved and resolved[0]:
                return resolved[0]
    return None
