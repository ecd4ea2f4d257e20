"""The orchestrator: news in, coded records out. Reads like the recipe it is.

``code_article`` is the per-article step, a pure function of (article, parsed doc, options,
lexicons) → ArticleResult: the same call runs on a laptop or mapped across a cluster.
``run`` feeds batches of articles through spaCy and that step.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from .actors import ActorFinder
from .events import code_sentence
from .gkg import action_location, date_of_clause, extract_gkg
from .lexicon import Lexicons, load_lexicons, with_memory
from .memory import ActorMemory
from .nlp import parse
from .options import Options
from .records import Article, ArticleResult, Event, Rejected, Sentence


def code_article(article: Article, doc, options: Options, lexicons: Lexicons) -> ArticleResult:
    """Sentences, actor mentions, events (and the knowledge graph) of one parsed article."""
    # 1. sentences with their offsets in the article
    spans = list(doc.sents)       # spaCy rebuilds doc.sents on every access
    sentences = [sentence_of(article.id, i, s) for i, s in enumerate(spans)]
    # 2. actors: lexicon matches and the people the article introduces, sentence by sentence
    finder = ActorFinder(lexicons.actors, year=year_of(article.date), corpus=lexicons.memory, date=article.date)
    events: list[Event] = []
    lead_end = first_paragraph_end(article.text)
    for sent, sentence in zip(spans, sentences):
        finder.scan(sent)
        # 3. events: who did what to whom in this sentence, when and where it says so
        found = code_sentence(sent, finder, lexicons.verbs, sentence)
        if found:
            when, where = date_of_clause(sent, article.date, finder.ents) or article.date, action_location(sent)
            events.extend(stamp(e, article, lead_end, when, where) for e in found)
    # 4. modality and confidence filters
    events = [e for e in events if keep(e, options)]
    result = ArticleResult(article=article, sentences=sentences, mentions=finder.mentions, events=events,
                           learned=finder.learned)
    # 5. the article's knowledge graph
    if options.gkg:
        result.gkg = extract_gkg(article, doc, finder.mentions)
    return result


def sentence_of(doc_id: str, index: int, span) -> Sentence:
    """A sentence record without the whitespace spaCy leaves around it; offsets follow the text."""
    text = span.text
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Sentence(doc_id, index, stripped, span.start_char + lead, span.start_char + lead + len(stripped))


def year_of(date: str) -> int:
    return int(date[:4]) if date[:4].isdigit() else 0


def first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    cut = stripped.find("\n")
    return len(text) - len(stripped) + (cut if cut > 0 else len(stripped))


def stamp(e: Event, article: Article, lead_end: int, date: str, location) -> Event:
    e.date, e.url, e.location = date, article.url, location
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
    lexicons = lexicons or with_memory(load_lexicons(tuple(options.actor_dictionaries)), ActorMemory())
    pending = prepare(articles, options)
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


def prepare(items: Iterable[Article | Rejected], options: Options) -> Iterator[tuple[str, object]]:
    """(text to parse, item) pairs: articles to code get their text, the rest an empty text."""
    for item in items:
        if isinstance(item, Rejected):
            yield "", item
        elif reason := skip_reason(item, options):
            yield "", ArticleResult(article=item, skipped=reason)
        else:
            yield item.text[:options.max_chars], item


def skip_reason(article: Article, options: Options) -> str:
    """Why an article is stored but not coded: another language, or an exact copy."""
    if article.lang and article.lang not in options.languages:
        return f"language '{article.lang}' is not coded"
    if article.status == "duplicate":
        return f"exact copy of an article of cluster {article.cluster_id}"
    return ""
