"""Typed records passed between eventwire's stages.

Article → Sentence → Mention → Event, plus Rejected for input that could not
be read. Records are plain dataclasses: no stage returns a loose dict.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


def content_id(*parts: str, length: int = 16) -> str:
    """A stable id from content: the same input always gets the same id."""
    h = hashlib.sha1("\x1f".join(parts).encode("utf-8"))
    return h.hexdigest()[:length]


@dataclass
class Removed:
    """A part of a page that is not the story (caption, credit, byline, dateline, link,
    slideshow label, newsletter box), kept beside the story text it was taken from."""
    kind: str
    text: str
    at: int                   # offset in the story text where it stood


@dataclass
class Article:
    """One news article as read from its source."""
    id: str
    text: str
    title: str = ""
    date: str = ""            # ISO date (YYYY-MM-DD) when known
    url: str = ""
    source: str = ""          # outlet or file the article came from
    lang: str = ""            # ISO 639-1 when detected
    origin: str = ""          # file (and line / record) it was read from
    author: str = ""
    cluster_id: str = ""      # near-duplicate cluster, filled by dedup
    status: str = "new"       # new / duplicate / near-duplicate / rejected / skipped
    dateline: str = ""        # the place the dateline names ("Ramallah, West Bank"), when there is one
    removed: list[Removed] = field(default_factory=list)   # page furniture taken out of the text

    def __post_init__(self) -> None:
        """Fields given as None (``Article(text, date=None)`` from the Python API) are empty."""
        for name in ("title", "date", "url", "source", "lang", "origin", "author", "cluster_id"):
            if getattr(self, name) is None:
                setattr(self, name, "")

    @property
    def content_hash(self) -> str:
        """The article's key: its id, URL and content. Reading the same file again gives the same
        keys; the same text under another id or URL (a syndicated copy) gives another key."""
        return content_id(self.id, self.url, self.title.strip(), self.text.strip())

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Sentence:
    """A sentence of an article with its character offsets in the article text."""
    doc_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass
class Actor:
    """A resolved CAMEO actor: country (or IGO) code plus role (sector) codes."""
    code: str                 # full CAMEO actor code, e.g. RUSGOV, IGOUNO, CHN
    name: str                 # canonical name, e.g. "Russia", "United Nations"
    country: str = ""         # ISO 3166 alpha-3, or "" for IGOs and unknown
    type1: str = ""           # first role code (GOV, MIL, …) or IGO for organisations
    type2: str = ""
    known_group: str = ""     # IGO / group code, e.g. UNO, NAT, G7

    @property
    def country_or_igo(self) -> str:
        return self.country or ("IGO" if self.known_group else "")


@dataclass
class Mention:
    """Words in a sentence that name an actor."""
    text: str
    start: int                # character offsets in the article text
    end: int
    actor: Actor
    kind: str = "name"        # name / demonym / capital / title / role / person / pronoun / place / implied
                              # / unnamed / organisation / inferred / homed (placed by the article alone)
    head: int = -1            # token index of the mention's head in its sentence


# Modes of events not reported as having happened: read filters and the coder's output leave
# them out unless asked. "reported" (told on someone's word: "allegedly killed") and "future"
# are reported as news and kept.
UNREAL_MODES = ("negated", "hypothetical", "denied", "alleged", "background", "embedded")


@dataclass
class Event:
    """A coded event: who did what to whom, with its provenance."""
    doc_id: str
    sentence: Sentence
    code: str                 # CAMEO event code
    source: Mention | None
    target: Mention | None
    trigger: str              # the words that express the event
    negated: bool = False
    mode: str = ""            # "", reported, future, or one of UNREAL_MODES
    confidence: float = 0.5
    date: str = ""
    date_granularity: str = ""   # day / week / month / year: how much of ``date`` the text states
    url: str = ""
    root_event: bool = False
    rule: str = ""            # the lexicon entry that coded it
    location: Any = None      # gkg.Location where the sentence says the action happened
    evidence: dict = field(default_factory=dict)   # features of the confidence model

    @property
    def event_id(self) -> str:
        parts = [self.doc_id, str(self.sentence.start), self.code,
                 self.source.text if self.source else "", self.target.text if self.target else "",
                 self.trigger]
        return content_id(*parts)


@dataclass
class Rejected:
    """An input that could not be read or coded, and why."""
    origin: str               # file, with line or record where known
    stage: str                # read / parse / code
    reason: str
    doc_id: str = ""

    @property
    def reject_id(self) -> str:
        return content_id(self.origin, self.stage, self.reason)


@dataclass
class ArticleResult:
    """Everything the per-article step produces."""
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    gkg: Any = None           # gkg.GkgRecord when knowledge-graph extraction is on
    skipped: str = ""         # why the coder skipped the article (e.g. not English)
    learned: list = field(default_factory=list)   # (person, actor code) learned from titles
