"""The knowledge-graph step: one GkgRecord from one parsed article."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Article, Mention
from .amounts import extract_amounts
from .dates import extract_dates
from .names import Hit, extract_organizations, group_names, org_entry, person_hits
from .places import PLACE_LABELS, article_countries, extract_locations
from .quotes import extract_quotations
from .records import GkgRecord, Name
from .themes import extract_themes
from .tone import extract_tone


def place_spans(doc: Doc, persons: list[Hit]) -> list[Span]:
    """Toponym entities, less those that are organisations (APEC tagged LOC) or persons."""
    taken = {(h.start, h.end) for h in persons}
    return [e for e in doc.ents if e.label_ in PLACE_LABELS and (e.start_char, e.end_char) not in taken
            and (org_entry(e.text) is None or org_entry(e.text).kind == "government")]


def extract_gkg(article: Article, doc: Doc, mentions: list[Mention]) -> GkgRecord:
    """The GKG record of an article from its parsed text and the actor mentions found in it."""
    persons = person_hits(doc)
    places = place_spans(doc, persons)
    context = article_countries(places, (m.actor.country for m in mentions if m.actor.country))
    return GkgRecord(
        DocId=article.id,
        quotations=extract_quotations(doc, mentions, persons),
        amounts=extract_amounts(doc),
        dates=extract_dates(doc, article.date),
        locations=extract_locations(places, context),
        persons=link_actors(group_names(persons), mentions),
        organizations=link_actors(extract_organizations(doc, persons), mentions),
        themes=extract_themes(doc),
        tone=extract_tone(doc),
    )


def link_actors(names: list[Name], mentions: list[Mention]) -> list[Name]:
    """Give each person or organisation the actor code of an event mention covering one of its
    occurrences ("Lavrov" → RUSGOV, learned from "Russian Foreign Minister Sergey Lavrov")."""
    for name in names:
        name.code = next((m.actor.code for m in mentions for o in name.offsets if m.start <= o < m.end), "")
    return names


def extract_gkg_text(article: Article, nlp: Language, mentions: list[Mention] | None = None) -> GkgRecord:
    """Parse an article's text with `nlp`, then extract its GKG record (for tests and the CLI)."""
    return extract_gkg(article, nlp(article.text), mentions or [])
