"""Dates: spaCy DATE entities resolved against the article's publication date.

Common news forms ("in March this year", "February 2022", "May", "last week",
"Monday", "1987") are resolved by the rules below; anything else goes to
dateparser with RELATIVE_BASE = publication date and PREFER_DATES_FROM='past'.
Durations ("five months", "the past two years") and bare numbers (ages, counts,
scores) are not dates and are dropped.
Without a publication date, a year stated in the article is used as reference
only when it is the only year the article states; otherwise month and day
expressions get partial ISO values ("--05", "--03-14") and relative ones none.

Events are dated by ``date_of_clause``: the DATE entity of the event's own clause,
resolved in that clause's tense — a month or weekday without a year is the next one
for intents, threats and verbs that look ahead (dateparser's PREFER_DATES_FROM='future'),
the latest one otherwise — and never after the article unless the clause looks ahead.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from dataclasses import dataclass
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
_DATE_WORD = re.compile(rf"\b(?:{_MONTH_RE}|{'|'.join(_WEEKDAYS)}|today|yesterday|tomorrow|tonight|ago|"
                        r"(?:week|month|year|day|decade|century|weekend|fortnight)s?)\b")
_YEAR_IN = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_NUMERIC_DATE = re.compile(r"^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")
_AGE = re.compile(r"\d+[- ]years?[- ]old|\baged? \d+")


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


# A parser per publication date and direction, kept for the dates seen last: news runs through
# ever new dates, and one parser per day ever seen would grow without end (a new one costs ~7 ms).
PARSERS_KEPT = 64


@lru_cache(maxsize=PARSERS_KEPT)
def _date_data_parser_for(pub: date, prefer: str = "past"):
    from dateparser.date import DateDataParser
    settings = {"RELATIVE_BASE": datetime(pub.year, pub.month, pub.day), "PREFER_DATES_FROM": prefer}
    return DateDataParser(languages=["en"], settings=settings)


def _from_period(d: date, period: str) -> tuple[str, str]:
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    if period == "week":
        return _iso_week(d), "week"
    return d.isoformat(), "day"


def is_date_expression(t: str) -> bool:
    """False for what only looks like a date: a bare number (an age "16", a count, a score "3-1"),
    an age ("16-year-old"); a date names a month, a weekday, a relative day or unit, or a year."""
    if _AGE.search(t):
        return False
    return bool(_DATE_WORD.search(t) or _YEAR_IN.search(t) or _NUMERIC_DATE.match(t))


def resolve_date(text: str, pub: date | None, ref_year: int | None = None) -> tuple[str | None, str] | None:
    """ISO value and granularity of a date expression; None for durations and non-dates."""
    t = _clean(text)
    if not t or _DURATION.match(t) or _DECADE.search(t) or not is_date_expression(t):
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
def _dateparser_cached(t: str, pub: date, prefer: str = "past") -> tuple[str, str] | None:
    data = _date_data_parser_for(pub, prefer).get_date_data(t)
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


@dataclass(frozen=True)
class ClauseDate:
    """The date of an event's clause: an ISO value cut to its granularity ("2017-11", "month";
    a week is given by its Monday, "2022-02-21", "week")."""
    value: str
    granularity: str      # day / week / month / year


# Auxiliaries and governing verbs that put a clause in the future ("will visit", "must leave on
# Oct. 31", "plans to visit"); a perfect ("could have met") stays in the past.
_FUTURE_AUX = {"will", "'ll", "shall", "wo", "’ll", "would", "must", "should", "might", "may", "could", "can"}
_FUTURE_HEADS = {"plan", "intend", "expect", "schedule", "set", "due", "aim", "hope", "want", "prepare", "vow",
                 "promise", "pledge", "threaten", "go", "seek", "propose", "agree", "decide"}
_UNANCHORED = re.compile(rf"^(?:(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?)?(?:{_MONTH_RE})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?"
                         rf"|{'|'.join(_WEEKDAYS)})$")
_MONTH_ONLY = re.compile(rf"^(?:{_MONTH_RE})$")
_CLAUSAL = {"xcomp", "ccomp"}


def _governor(token):
    """The verb a token belongs to: itself, or the first verb among its heads."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def is_future_clause(verb) -> bool:
    """A clause in the future: "will visit", "is going to visit", "plans to visit", "is due to meet"."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxes & _FUTURE_AUX:
        return "have" not in auxes and "'ve" not in auxes
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i != verb.i
            and (head.lemma_ in _FUTURE_HEADS or any(c.lower_ in _FUTURE_AUX for c in head.children)))


def _past_tense(verb) -> bool:
    """A verb in the past ("threatened in April to …": April is the threat's, not the attack's)."""
    return verb.tag_ in ("VBD", "VBN") or "Past" in verb.morph.get("Tense")


def _is_name(ent: Span) -> bool:
    """A month name that is part of a person's name ("Theresa May", "April Ryan")."""
    if len(ent) != 1 or not _MONTH_ONLY.match(ent.text.lower()):
        return False
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    return any(t is not None and t.pos_ == "PROPN" and t.is_title and t.ent_type_ not in ("DATE", "GPE")
               for t in (before, after))


def _rank(ent: Span, anchors: list) -> int | None:
    """How closely a date belongs to the event's words: 0 its own verb, 1 a verb above it
    ("On Monday, X said Y attacked"), 2 a clause it governs ("plans to visit … in November");
    None for a date of another clause (a relative clause, another event)."""
    gov = _governor(ent.root)
    if not anchors:
        return 0
    verbs = {_governor(a).i for a in anchors}
    if gov.i in verbs:
        return 0
    if any(gov.i in {t.i for t in _governor(a).ancestors} for a in anchors):
        return 1
    if any(_clausal_below(gov, _governor(a)) for a in anchors):
        return 2
    return None


def _clausal_below(token, top) -> bool:
    """``token`` hangs below ``top`` through clausal complements only (xcomp, ccomp)."""
    while token.dep_ in _CLAUSAL and token.head.i != token.i:
        token = token.head
        if token.i == top.i:
            return True
    return False


def _anchors(span: Span, trigger: str) -> list:
    """The tokens of the event's first trigger word ("demanded" of "demanded reopen"): the
    event's own verb, whose clause dates it."""
    first = trigger.lower().split()[:1]
    return [t for t in span if first and t.lower_ == first[0]]


def _week_start(value: str) -> str:
    year, week = int(value[:4]), int(value[6:])
    return date.fromisocalendar(year, week, 1).isoformat()


def _start_of(value: str) -> date:
    parts = (value.split("-") + ["01", "01"])[:3]
    return date(int(parts[0]), int(parts[1]), int(parts[2]))


def resolve_event_date(text: str, pub: date | None, future: bool = False) -> ClauseDate | None:
    """The date an event's clause states, resolved against the article's date: a month or weekday
    without a year is the next one for a future clause, the latest one (today included) otherwise;
    a clause not in the future is never dated after the article (it gets the article's date).
    Without an article date only a date that states its year counts."""
    t = _clean(text)
    if future and pub is not None and t in _WEEKDAYS:     # the next one, today included
        found = (pub + timedelta(days=(_WEEKDAYS[t] - pub.weekday()) % 7)).isoformat(), "day"
    elif future and pub is not None and _UNANCHORED.match(t):
        found = _dateparser_cached(t, pub, "future")
    else:
        found = resolve_date(text, pub)
    if not found or not found[0] or found[0].startswith("--"):
        return None
    value, granularity = found
    if granularity == "week":
        value = _week_start(value)
    if pub is not None and not future and _start_of(value) > pub:
        return ClauseDate(pub.isoformat(), "day")
    return ClauseDate(value, granularity)


def date_of_clause(span: Span, pub_date: str, ents: list[Span] | None = None, trigger: str = "",
                   intent: bool = False) -> ClauseDate | None:
    """The date a clause states for an event, e.g. to date it: among the sentence's DATE entities,
    the one closest to the event's words (``trigger``), resolved in the clause's tense (future
    when ``intent`` — an intent or threat — or the verb says so). Names ("Theresa May") and
    numbers (ages, counts) are no dates.
    ``ents``: the Doc's entities when the caller has them (Span.ents rebuilds them all each time)."""
    pub = publication_date(pub_date)
    ents = span.ents if ents is None else [e for e in ents if span.start <= e.start and e.end <= span.end]
    anchors = _anchors(span, trigger)
    ranked = [(r, ent) for ent in ents if ent.label_ == "DATE" and not _is_name(ent)
              and not _of_a_noun(ent, anchors) and (r := _rank(ent, anchors)) is not None]
    for rank, ent in sorted(ranked, key=lambda pair: pair[0]):
        verb = _governor(ent.root)
        ahead = is_future_clause(verb)
        if rank == 2 and ahead and not intent:
            continue      # "insisting the U.K. must leave on Oct. 31": the leaving's date, not the demand's
        found = resolve_event_date(ent.text, pub, ahead or (intent and not _past_tense(verb)))
        if found:
            return found
    return None


def _of_a_noun(ent: Span, anchors: list) -> bool:
    """A date that belongs to a noun other than the event's ("last Monday's votes")."""
    doc = ent.doc
    possessive = ent.root.dep_ == "poss" or (ent.end < len(doc) and doc[ent.end].tag_ == "POS")
    return possessive and ent.root.head.i not in {a.i for a in anchors}
