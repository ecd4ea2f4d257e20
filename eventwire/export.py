"""Event records in GDELT 2.0 field names, plus the provenance GDELT lacks."""
from __future__ import annotations

from .tables import codebook_entry, plover_type
from .records import Event, Mention

# GDELT 2.0 event fields eventwire fills, then its provenance fields, in output order.
EVENT_FIELDS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1Type1Code", "Actor1Type2Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "Actor2KnownGroupCode", "Actor2Type1Code", "Actor2Type2Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
    "DocId", "SentenceText", "SentenceStart", "SentenceEnd", "Actor1Text", "Actor2Text", "EventText",
    "PloverType", "Mode", "Negated", "Confidence", "Rule", "DateGranularity",
]


def global_event_id(e: Event) -> int:
    return int(e.event_id[:15], 16)


def actor_fields(prefix: str, m: Mention | None) -> dict:
    if m is None:
        return {f"{prefix}{k}": "" for k in ("Code", "Name", "CountryCode", "KnownGroupCode", "Type1Code",
                                             "Type2Code", "Text")}
    a = m.actor
    return {f"{prefix}Code": a.code, f"{prefix}Name": a.name, f"{prefix}CountryCode": a.country,
            f"{prefix}KnownGroupCode": a.known_group, f"{prefix}Type1Code": a.type1,
            f"{prefix}Type2Code": a.type2, f"{prefix}Text": m.text}


def action_geo(loc) -> dict:
    """GDELT's ActionGeo fields (country as ISO 3166 alpha-3, not FIPS) from a gkg.Location."""
    if loc is None:
        return {"ActionGeo_FullName": "", "ActionGeo_CountryCode": "", "ActionGeo_Lat": None,
                "ActionGeo_Long": None}
    return {"ActionGeo_FullName": loc.name, "ActionGeo_CountryCode": loc.country,
            "ActionGeo_Lat": loc.lat, "ActionGeo_Long": loc.lon}


def sql_date(date: str) -> int | None:
    """YYYYMMDD from an ISO date; a month ("2023-03") or a year ("2021") dates to its first day
    (``DateGranularity`` tells which)."""
    digits = date[:10].replace("-", "")
    if len(digits) in (4, 6) and digits.isdigit():
        digits += "01" * ((8 - len(digits)) // 2)
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def event_record(e: Event) -> dict:
    """One event as a flat dict with GDELT 2.0 names and eventwire's provenance fields."""
    entry = codebook_entry(e.code)
    rec = {"GLOBALEVENTID": global_event_id(e), "SQLDATE": sql_date(e.date),
           **actor_fields("Actor1", e.source), **actor_fields("Actor2", e.target),
           "IsRootEvent": int(e.root_event), "EventCode": e.code, "EventBaseCode": e.code[:3],
           "EventRootCode": e.code[:2], "QuadClass": entry.quad_class, "GoldsteinScale": entry.goldstein,
           **action_geo(e.location), "SOURCEURL": e.url, "DocId": e.doc_id, "SentenceText": e.sentence.text,
           "SentenceStart": e.sentence.start, "SentenceEnd": e.sentence.end, "EventText": e.trigger,
           "PloverType": plover_type(e.code), "Mode": e.mode, "Negated": e.negated,
           "Confidence": e.confidence, "Rule": e.rule,
           "DateGranularity": e.date_granularity}
    return {k: rec[k] for k in EVENT_FIELDS}


# GDELT 2.0 event table layout: 61 tab-separated columns in this order.
GDELT_ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
               "Type1Code", "Type2Code", "Type3Code"]
GDELT_GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_EVENT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{c}" for c in GDELT_ACTOR] + [f"Actor2{c}" for c in GDELT_ACTOR]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"Actor1Geo_{c}" for c in GDELT_GEO] + [f"Actor2Geo_{c}" for c in GDELT_GEO]
    + [f"ActionGeo_{c}" for c in GDELT_GEO] + ["DATEADDED", "SOURCEURL"])


def gdelt_row(event: dict, avg_tone: float | None = None, date_added: str = "") -> str:
    """One event (a stored event dict) as a line of GDELT 2.0's tab-separated event table.
    Fields eventwire does not produce (ethnic and religion codes, actor geography) stay empty."""
    values = dict(event)
    date = event.get("SQLDATE")
    if date:
        year, month, day = date // 10000, date // 100 % 100, date % 100
        values.update(MonthYear=date // 100, Year=year,
                      FractionDate=round(year + ((month - 1) * 30 + day) / 365, 4))
    values["AvgTone"] = "" if avg_tone is None else round(avg_tone, 4)
    if event.get("ActionGeo_FullName"):
        values["ActionGeo_Type"] = action_geo_type(event["ActionGeo_FullName"], event.get("ActionGeo_CountryCode", ""))
    values["DATEADDED"] = date_added
    return "\t".join(clean(values.get(c)) for c in GDELT_EVENT_COLUMNS)


def action_geo_type(name: str, iso3: str) -> int:
    """GDELT's geographic type of a place stored by name and country: 1 country, 2 US state,
    3 US city, 4 world city (the gazetteer tells countries and states by their names)."""
    from .gkg.places import gazetteer

    places = gazetteer()
    country = places.country_places.get(iso3)
    if country is not None and country.name == name:
        return 1
    if iso3 == "USA":
        return 2 if any(s.name == name for s in places.states.values()) else 3
    return 4


def clean(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    return str(value).replace("\t", " ").replace("\n", " ")


# GDELT 2.0 Mentions table: one row per mention of an event, 16 tab-separated columns in this order.
GDELT_MENTION_COLUMNS = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras"]
MENTION_WEB, MENTION_NONTEXTUAL = 1, 6     # GDELT's MentionType for a URL, and for a source without one


def mention_record(m: dict) -> dict:
    """A stored mention (Store.mentions) in GDELT 2.0 Mentions names, plus eventwire's provenance:
    the article id, the sentence offsets and words, and the mention's own event row id."""
    trigger = (m["EventText"] or "").split()
    at = m["SentenceText"].find(trigger[0]) if trigger and m["SentenceText"] else -1
    return {"GLOBALEVENTID": m["GLOBALEVENTID"], "EventTimeDate": timestamp(m["EventSeen"]),
            "MentionTimeDate": timestamp(m["MentionSeen"]),
            "MentionType": MENTION_WEB if m["MentionURL"] else MENTION_NONTEXTUAL,
            "MentionSourceName": m["MentionSourceName"] or "",
            "MentionIdentifier": m["MentionURL"] or m["DocId"],
            "SentenceID": None if m["SentenceIndex"] is None else m["SentenceIndex"] + 1,
            "Actor1CharOffset": -1 if m["Actor1Start"] is None else m["Actor1Start"],
            "Actor2CharOffset": -1 if m["Actor2Start"] is None else m["Actor2Start"],
            "ActionCharOffset": -1 if at < 0 else m["SentenceStart"] + at,
            "InRawText": 1, "Confidence": round(100 * (m["Confidence"] or 0)),
            "MentionDocLen": m["MentionDocLen"], "MentionDocTone": m["MentionDocTone"],
            "MentionDocTranslationInfo": "", "Extras": "",
            "DocId": m["DocId"], "SentenceStart": m["SentenceStart"], "SentenceEnd": m["SentenceEnd"],
            "SentenceText": m["SentenceText"], "MentionEventId": m["MentionId"]}


def gdelt_mention_row(m: dict) -> str:
    """A mention record as a line of GDELT 2.0's tab-separated Mentions table."""
    values = dict(m)
    if values["MentionDocTone"] is not None:
        values["MentionDocTone"] = round(values["MentionDocTone"], 4)
    return "\t".join(clean(values.get(c)) for c in GDELT_MENTION_COLUMNS)


def timestamp(when) -> int | None:
    """GDELT's YYYYMMDDHHMMSS from a stored timestamp."""
    return int(when.strftime("%Y%m%d%H%M%S")) if when is not None else None
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell a spreadsheet shows as text: one starting like a formula (= + - @) gets a
    leading apostrophe. Numbers are left as they are (a negative Goldstein score stays a number)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
