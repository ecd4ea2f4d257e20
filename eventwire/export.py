"""Event records in GDELT 2.0 field names, plus the provenance GDELT lacks."""
from __future__ import annotations

from .lexicon import codebook, plover_type
from .records import Event, Mention

# GDELT 2.0 event fields eventwire fills, then its provenance fields, in output order.
EVENT_FIELDS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1Type1Code", "Actor1Type2Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
    "Actor2KnownGroupCode", "Actor2Type1Code", "Actor2Type2Code", "IsRootEvent", "EventCode",
    "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "SOURCEURL",
    "DocId", "SentenceText", "SentenceStart", "SentenceEnd", "Actor1Text", "Actor2Text", "EventText",
    "PloverType", "Mode", "Negated", "Confidence", "Rule",
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


def sql_date(date: str) -> int | None:
    digits = date[:10].replace("-", "")
    return int(digits) if len(digits) == 8 and digits.isdigit() else None


def event_record(e: Event) -> dict:
    """One event as a flat dict with GDELT 2.0 names and eventwire's provenance fields."""
    entry = codebook().get(e.code) or codebook()[e.code[:2]]
    rec = {"GLOBALEVENTID": global_event_id(e), "SQLDATE": sql_date(e.date),
           **actor_fields("Actor1", e.source), **actor_fields("Actor2", e.target),
           "IsRootEvent": int(e.root_event), "EventCode": e.code, "EventBaseCode": e.code[:3],
           "EventRootCode": e.code[:2], "QuadClass": entry.quad_class, "GoldsteinScale": entry.goldstein,
           "SOURCEURL": e.url, "DocId": e.doc_id, "SentenceText": e.sentence.text,
           "SentenceStart": e.sentence.start, "SentenceEnd": e.sentence.end, "EventText": e.trigger,
           "PloverType": plover_type(e.code), "Mode": e.mode, "Negated": e.negated,
           "Confidence": e.confidence, "Rule": e.rule}
    return {k: rec[k] for k in EVENT_FIELDS}
