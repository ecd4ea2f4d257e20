"""The orchestrator: news in, coded records out. Reads like the recipe it is.

``code_article`` is the per-article step, a pure function of (article, parsed doc, options,
lexicons) → ArticleResult: the same call runs on a laptop or mapped across a cluster.
``run`` feeds batches of articles through spaCy and that step.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .coder.components import coder
from .gkg import action_location, date_of_clause, extract_gkg
from .gkg.dates import ClauseDate, publication_date
from .gkg.places import geocode
from .lexicon import Lexicons, load_lexicons, with_memory
from .memory import ActorMemory
from .nlp import parse
from .options import Options
from .records import Article, ArticleResult, Event, Rejected
from .truecase import text_to_parse


def code_article(article: Article, doc, options: Options, lexicons: Lexicons) -> ArticleResult:
    """Sentences, actor mentions, events (and the knowledge graph) of one parsed article."""
    # 1.-3. the coder's components: parser repairs, actors, events (results on doc._)
    doc._.article = article
    for component in coder(lexicons):
        doc = component(doc)
    # 4. when and where each event happened, as its sentence says
    spans = list(doc.sents)       # spaCy rebuilds doc.sents on every access
    lead_end = first_paragraph_end(article.text)
    finder = doc._.actor_finder
    places: dict[int, object] = {}
    for e in doc._.events:
        k = e.sentence.index
        if k not in places:
            places[k] = action_location(spans[k]) or place_of_dateline(article)
        stamp(e, article, lead_end, date_of(e, spans[k], article, finder.ents), places[k])
    events = doc._.events
    # 5. modality and confidence filters
    events = [e for e in events if keep(e, options)]
    result = ArticleResult(article=article, sentences=doc._.sentences, mentions=doc._.actors, events=events,
                           learned=finder.learned)
    # 6. the article's knowledge graph
    if options.gkg:
        result.gkg = extract_gkg(article, doc, doc._.actors)
    return result


def first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    cut = stripped.find("\n")
    return len(text) - len(stripped) + (cut if cut > 0 else len(stripped))


INTENT_ROOTS = ("03", "13")    # CAMEO intents and threats: their dates lie ahead


def date_of(e: Event, sent, article: Article, ents) -> ClauseDate | None:
    """The date the event's clause states (future for intents and threats), else the article's;
    None when neither is known (no date is invented)."""
    intent = e.mode == "future" or e.code[:2] in INTENT_ROOTS
    found = date_of_clause(sent, article.date, ents, trigger=e.trigger, intent=intent)
    pub = publication_date(article.date)
    return found or (ClauseDate(pub.isoformat(), "day") if pub else None)


def place_of_dateline(article: Article):
    """Where the article was filed (its dateline's place: "Ramallah, West Bank"), geocoded, the
    region after the comma choosing among same-named places; None without one."""
    if not article.dateline:
        return None
    place, _, region = article.dateline.partition(",")
    around = geocode(region.strip()) if region.strip() else None
    return geocode(place, {around.country} if around else set()) or around


def stamp(e: Event, article: Article, lead_end: int, date: ClauseDate | None, location) -> Event:
    e.date, e.date_granularity = (date.value, date.granularity) if date else ("", "")
    e.url, e.location = article.url, location
    e.root_event = e.sentence.start < lead_end
    return e


UNREAL_MODES = {"negated", "hypothetical", "denied", "alleged", "background", "embedded"}


def keep(e: Event, options: Options) -> bool:
    """Events not reported as having happened (negated, hypothetical, alleged, background,
    embedded) are kept only on request; the rest when sure enough."""
    if e.mode in UNREAL_MODES and not options.include_modal:
        return False
    return e.confidence >= options.min_confidence


def run(articles: Iterable[Article | Rejected], options: Options,
        lexicons: Lexicons | None = None) -> Iterator[ArticleResult | Rejected]:
    """Code a stream of articles; Rejected inputs and skipped articles pass through in order."""
    lexicons = lexicons or with_memory(load_lexicons(tuple(options.actor_dictionaries),
                                                     tuple(options.agent_dictionaries),
                                                     tuple(options.verb_dictionaries)), ActorMemory())
    pending = prepare(articles, options, lexicons)
    for doc, item in parse(pending, options.model, options.batch_size, options.n_process):
        if isinstance(item, Article):
            result = code_article(item, doc, options, lexicons)
            remember(lexicons, result)
            yield result
        else:
            yield item


def remember(lexicons: Lexicons, result: ArticleResult) -> None:
    """Grow the corpus memory with the people an article introduced by their titles."""
    if lexicons.memory is not None:
        for name, code in result.learned:
            lexicons.memory.remember(name, code, result.article.date)


def prepare(items: Iterable[Article | Rejected], options: Options,
            lexicons: Lexicons) -> Iterator[tuple[str, object]]:
    """(text to parse, item) pairs: articles to code get their text (lower-case news with its
    names capitalised), the rest an empty text."""
    for item in items:
        if isinstance(item, Rejected):
            yield "", item
        elif reason := skip_reason(item, options):
            yield "", ArticleResult(article=item, skipped=reason)
        else:
            yield text_to_parse(item.text[:options.max_chars], lexicons.actors), item


def skip_reason(article: Article, options: Options) -> str:
    """Why an article is stored but not coded: another language, or an exact copy."""
    if article.lang and article.lang not in options.languages:
        return f"language '{article.lang}' is not coded"
    if article.status == "duplicate":
        return f"exact copy of an article of cluster {article.cluster_id}"
    return ""
