"""The orchestrator: news in, coded records out. Reads like the recipe it is.

``ingest`` is the whole recipe: read → triage → parse → code → store.
``code_article`` is the per-article step, a pure function of (article, parsed doc, options,
lexicons) → ArticleResult: the same call runs on a laptop or mapped across a cluster.
``run`` hands the articles to an engine (``eventwire.engines``: local processes or Ray), which
parses them and maps that step over them (``code_stream``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import csv
from dataclasses import dataclass, field

import yaml

from .coder.components import DOC_VALUES, coder
from .dedup import NearDuplicateIndex
from .engines import engine_for
from .gkg import action_location, date_of_clause, extract_gkg
from .gkg.dates import ClauseDate, publication_date
from .gkg.places import dateline_place
from .dictionaries import DictionaryError
from .errors import ActorDictionaryError
from .lexicon import Lexicons, load_lexicons, with_memory
from .limits import Limits, break_long_runs
from .memory import ActorMemory
from .nlp import parse
from .options import Options
from .readers import read_inputs
from .records import UNREAL_MODES, Article, ArticleResult, Event, Rejected
from .store import Store
from .triage import TriageCounts, triage
from .truecase import text_to_parse


@dataclass
class IngestReport(TriageCounts):
    """What one ingest run did, for the summary line and the exit code: the triage counts plus
    the articles coded as new, those stored but skipped, and the events stored."""
    new: int = 0
    skipped: int = 0
    events: int = 0
    cut: list[Rejected] = field(default_factory=list)       # notes of articles cut at max_chars
    article_keys: list[str] = field(default_factory=list)   # every article read, stored before or not


def ingest(inputs: Iterable[str], db_path: str, options: Options = Options(),
           on_item: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, triage (language, copies), code and store inputs. Articles already stored are
    not read twice; exact copies are stored as members of their cluster without coding."""
    return ingest_articles(read_inputs(inputs, Limits.of(options), db_path), db_path, options, on_item)


def ingest_articles(items: Iterable[Article | Rejected], db_path: str, options: Options = Options(),
                    on_item: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """The recipe after reading: triage, parse and code (on the engine the options name), store."""
    report = IngestReport()
    with Store(db_path) as store:
        # 1. what the database already knows: near-duplicate signatures and learned people
        index = NearDuplicateIndex.from_rows(store.dedup_rows())
        lexicons = lexicons_for(options, store.load_memory())
        # 2. triage: language, copies, near-duplicate clusters
        articles = triage(noting_keys(items, report.article_keys), index, store.has_article, report)
        pending: list[Rejected] = []
        try:
            # 3-4. parse and code on the engine; 5. one writer stores each result (every event:
            # modal and confidence filters apply when reading), each article in one transaction
            # with what the run learned from it, so a run killed and run again ends the same
            for item in run(articles, for_storage(options), lexicons):
                record(item, store, index, lexicons, report, pending, options.max_chars)
                if on_item:
                    on_item(report)
        finally:
            store.add_rejections(pending)
    return report


REJECTED_BATCH = 5000        # rejected rows written per transaction (~10 ms a commit)


def noting_keys(items: Iterable[Article | Rejected], keys: list[str]) -> Iterator[Article | Rejected]:
    """The items, with the key of every article read noted (stored before or not)."""
    for item in items:
        if isinstance(item, Article):
            keys.append(item.content_hash)
        yield item


def for_storage(options: Options) -> Options:
    """The store keeps every event the coder makes; modal and confidence filters apply when reading."""
    return options.replace(include_modal=True, min_confidence=0.0)


def record(item: ArticleResult | Rejected, store: Store, index: NearDuplicateIndex, lexicons: Lexicons,
           report: IngestReport, pending: list[Rejected], max_chars: int = 0) -> None:
    """Store one item: an article with its events, dedup row and learned people in one
    transaction; rejections are written a batch at a time (a lost batch is rebuilt on a rerun).
    An article cut at ``max_chars`` leaves a note, written before it (a run killed between the
    two writes it again on the rerun, under the same key: never lost, never twice)."""
    if isinstance(item, Rejected):
        if item.stage == "code":          # triage counted the read rejections
            report.rejected += 1
            report.rejections.append(item)
        pending.append(item)
        if len(pending) >= REJECTED_BATCH:
            store.add_rejections(pending)
            pending.clear()
        return
    if note := cut_note(item, max_chars):
        store.add_rejections([note])
        report.cut.append(note)
    memory = lexicons.memory
    learned = [memory.people[k] for k in dict.fromkeys(item.learned) if memory is not None and k in memory.people]
    report.events += store.add_result(item, dedup=[index.entries[item.article.content_hash]], memory=learned)
    if item.skipped and item.article.status != "duplicate":
        report.skipped += 1
    elif item.article.status == "new":
        report.new += 1


CUT = "cut"      # the stage of the note an article cut at max_chars leaves (stored with the rejections)


def cut_note(result: ArticleResult, max_chars: int) -> Rejected | None:
    """The note for an article longer than ``max_chars``: only its first ``max_chars`` characters
    were coded (the stored article keeps its whole text). None for other articles, and for those
    not coded at all (skipped)."""
    n = len(result.article.text)
    if max_chars <= 0 or n <= max_chars or result.skipped:
        return None
    return Rejected(origin=result.article.origin or result.article.id, stage=CUT, doc_id=result.article.id,
                    reason=f"article of {n:,} characters cut at max_chars: only its first {max_chars:,} were coded")


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
        stamp(e, article, lead_end, date_of(e, spans[k], article, finder.ents_within(spans[k].start, spans[k].end)),
              places[k])
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
    """Where the article was filed (its dateline's place), geocoded; None without one."""
    return dateline_place(article.dateline)


def stamp(e: Event, article: Article, lead_end: int, date: ClauseDate | None, location) -> Event:
    e.date, e.date_granularity = (date.value, date.granularity) if date else ("", "")
    e.url, e.location = article.url, location
    e.root_event = e.sentence.start < lead_end
    return e


def keep(e: Event, options: Options) -> bool:
    """Events not reported as having happened (negated, hypothetical, alleged, background,
    embedded) are kept only on request; the rest when sure enough."""
    if e.mode in UNREAL_MODES and not options.include_modal:
        return False
    return e.confidence >= options.min_confidence


def run(articles: Iterable[Article | Rejected], options: Options,
        lexicons: Lexicons | None = None) -> Iterator[ArticleResult | Rejected]:
    """Code a stream of articles; Rejected inputs and skipped articles pass through in order."""
    lexicons = lexicons or lexicons_for(options, ActorMemory())
    yield from engine_for(options).code(prepare(articles, options, lexicons), options, lexicons)


def lexicons_for(options: Options, memory) -> Lexicons:
    """The lexicons the options ask for (built-ins plus user actor, agent and verb dictionaries),
    with a corpus memory of their own; ActorDictionaryError (one clear line) for a dictionary
    that cannot be read (the project's DictionaryError, which lists the bad lines, passes whole)."""
    try:
        lexicons = load_lexicons(tuple(options.actor_dictionaries), tuple(options.agent_dictionaries),
                                 tuple(options.verb_dictionaries), options.word_vectors)
    except DictionaryError:
        raise
    except (OSError, ValueError, UnicodeError, csv.Error, yaml.YAMLError) as exc:
        detail = f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ActorDictionaryError(f"cannot read dictionary: {detail.splitlines()[0] if detail else exc}") from None
    return with_memory(lexicons, memory)


def code_stream(pending: Iterable[tuple[str, object]], options: Options, lexicons: Lexicons,
                n_process: int = 1) -> Iterator[ArticleResult | Rejected]:
    """Parse (text, item) pairs and code the articles among them, in order; every engine runs this."""
    for doc, item in parse(pending, options.model, options.batch_size, n_process, options.max_sentence_tokens):
        if isinstance(item, Article):
            result = contained_code_article(item, doc, options, lexicons)
            release(doc)
            if isinstance(result, ArticleResult):
                remember(lexicons, result)
            yield result
        else:
            yield item


def contained_code_article(article: Article, doc, options: Options, lexicons: Lexicons) -> ArticleResult | Rejected:
    """``code_article``, with a failure on one article turned into a rejected row for it:
    the batch goes on (the error is named, so the bug can be found)."""
    try:
        return code_article(article, doc, options, lexicons)
    except Exception as exc:  # noqa: BLE001 - the boundary around one article's coding
        return Rejected(origin=article.origin or article.id, stage="code", doc_id=article.id,
                        reason=f"coder failed: {type(exc).__name__}: {str(exc)[:200]}")


def release(doc) -> None:
    """Drop what the coder left on a Doc once its article is coded. Those values point back into
    the Doc (spans, the actor finder), so the Doc would live in a reference cycle, freed only by
    the garbage collector's rare full passes: hundreds of parsed Docs at once, and a process
    size that follows them (bench/memory.py). Without them the Doc is freed as soon as the
    engine lets go of it; the result keeps what it needs."""
    for name in DOC_VALUES:
        if doc.has_extension(name):
            setattr(doc._, name, None)


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
            text = break_long_runs(item.text[:options.max_chars], options.max_token_chars)
            yield text_to_parse(text, lexicons, options.model), item


def skip_reason(article: Article, options: Options) -> str:
    """Why an article is stored but not coded: another language, or an exact copy."""
    if article.lang and article.lang not in options.languages:
        return f"language '{article.lang}' is not coded"
    if article.status == "duplicate":
        return f"exact copy of an article of cluster {article.cluster_id}"
    return ""
