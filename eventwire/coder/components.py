"""The coder as spaCy components under versioned names: Doc in, Doc out, results on ``doc._``.

    eventwire.repair.v1   mends the parser's known misreadings, before anything reads the tree
    eventwire.actors.v1   actor mentions (dictionaries, the article's people, the corpus memory)
                          → doc._.actors
    eventwire.events.v1   events from triggers, frames and arguments → doc._.events

The article being coded (its id and date) is ``doc._.article``. ``pipeline.code_article`` runs
the components named in ``CODER`` on each parsed article; the same factories can be added to any
spaCy pipeline with ``nlp.add_pipe("eventwire_events_v1")``, and a ``v2`` of one stage can be
registered beside it and compared on the same Docs.
"""
from __future__ import annotations

import catalogue
from spacy.language import Language
from spacy.util import registry
from spacy.tokens import Doc

from ..gkg.places import dateline_place
from ..lexicon import load_lexicons
from ..records import Article, Sentence
from .actors import ActorFinder, ActorLexicon
from .events import code_sentence
from .repair import repair_known_surnames, repair_parse
from .triggers import VerbLexicon

CODER = ("eventwire.repair.v1", "eventwire.actors.v1", "eventwire.events.v1")

DOC_VALUES = ("article", "actors", "actor_finder", "sentences", "events")   # what the coder leaves on doc._

for _name in DOC_VALUES:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class Repair:
    """eventwire.repair.v1: the parser repairs, sentence by sentence, in place."""

    def __init__(self, verbs=frozenset(), asking=frozenset()):
        self.verbs = verbs          # (the verb lexicon's lemmas: a headline's verb read as a noun)
        self.asking = asking        # (its verbs of asking: what a letter "to do" asks)

    def __call__(self, doc: Doc) -> Doc:
        repair_known_surnames(doc)
        for sent in doc.sents:
            repair_parse(list(sent), self.verbs, self.asking)
        return doc


class FindActors:
    """eventwire.actors.v1: the article's actor mentions; the finder stays on the Doc for the coder."""

    def __init__(self, lexicon: ActorLexicon, memory=None):
        self.lexicon, self.memory = lexicon, memory

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article or Article(id="", text=doc.text)
        home = dateline_place(article.dateline)      # ("PARIS — Le Pen said": France's, unless the story says otherwise)
        finder = ActorFinder(self.lexicon, year=year_of(article.date), corpus=self.memory, date=article.date,
                             home=home.country if home else "")
        doc._.actors = finder.scan_all(doc.sents)
        doc._.actor_finder = finder
        return doc


class CodeEvents:
    """eventwire.events.v1: the events of each sentence, with the sentence records they point into."""

    def __init__(self, verbs: VerbLexicon):
        self.verbs = verbs

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.article or Article(id="", text=doc.text)
        finder = doc._.actor_finder
        sents = list(doc.sents)       # spaCy rebuilds doc.sents on every access
        # (the article's own words: lower-case news was parsed with its names capitalised)
        source = article.text if article.text[:len(doc.text)].lower() == doc.text.lower() else doc.text
        doc._.sentences = [sentence_of(article.id, i, s, source) for i, s in enumerate(sents)]
        doc._.events = []
        for k, (sent, sentence) in enumerate(zip(sents, doc._.sentences)):
            finder.enter(k)
            doc._.events.extend(code_sentence(sent, finder, self.verbs, sentence))
        return doc


@registry.misc("eventwire.repair.v1")
def repair_v1(lexicons=None) -> Repair:
    verbs = (lexicons or load_lexicons()).verbs
    return Repair(frozenset(verbs.verbs), verbs.addressing_verbs)


@registry.misc("eventwire.actors.v1")
def actors_v1(lexicons=None) -> FindActors:
    lexicons = lexicons or load_lexicons()
    return FindActors(lexicons.actors, lexicons.memory)


@registry.misc("eventwire.events.v1")
def events_v1(lexicons=None) -> CodeEvents:
    return CodeEvents((lexicons or load_lexicons()).verbs)


def coder(lexicons, names: tuple[str, ...] = CODER) -> list:
    """The coder's components for one run, built by registry name with the run's lexicons and memory."""
    built = []
    for name in names:
        try:
            build = registry.misc.get(name)
        except catalogue.RegistryError:
            raise ValueError(f"unknown coder component '{name}'; known: {', '.join(CODER)}") from None
        built.append(build(lexicons))
    return built


# The same components for any spaCy pipeline: nlp.add_pipe("eventwire_events_v1") (spaCy's
# factory names allow no dots); they use the built-in lexicons.
for _name in CODER:
    Language.factory(_name.replace(".", "_"), func=lambda nlp, name, _n=_name: registry.misc.get(_n)())


def sentence_of(doc_id: str, index: int, span, source: str) -> Sentence:
    """A sentence record without the whitespace spaCy leaves around it; offsets follow the text."""
    text = source[span.start_char:span.end_char]
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    return Sentence(doc_id, index, stripped, span.start_char + lead, span.start_char + lead + len(stripped))


def year_of(date: str) -> int:
    return int(date[:4]) if date and date[:4].isdigit() else 0
