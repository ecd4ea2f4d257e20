"""The local engine: the per-article step on this machine, in this process or in worker processes.

With ``n_process == 1`` articles are parsed (spaCy's ``nlp.pipe``) and coded here, in order.

With ``n_process > 1`` the whole per-article step — parse and ``code_article``, i.e.
``pipeline.code_stream(chunk, options, lexicons, 1)`` — runs in a pool of ``n_process`` worker
processes, each holding one spaCy model and one set of lexicons for its whole life. The caller's
stream is cut into chunks of at most ``CHUNK`` items; at most ``IN_FLIGHT`` chunks per worker are
submitted at a time, so a long stream is read only as fast as the workers code it. Results come
back in input order. Rejected inputs and skipped articles never leave this process: they keep
their place among the coded articles of their chunk.

The actor memory (people learned from their titles): every worker starts from a copy of the
caller's memory as it is when the pool starts, and learns from the articles it codes itself, so
an article may miss a person taught by an article another worker coded (as with the Ray engine).
This process remembers every result in input order (``pipeline.remember``), so the memory the
store keeps grows from every article.

A worker that dies (killed, out of memory, a crash in native code) breaks the pool. The chunk at
the head of the queue is then coded again alone in a fresh pool: if that pool breaks too, its
articles come back as ``Rejected`` rows (stage "code") naming what happened, and the other chunks
are coded again in another fresh pool. Nothing is yielded twice, so nothing is stored twice.
Ctrl-C (or a caller that stops reading) stops the workers after their current article: they
ignore SIGINT themselves and check a stop flag between articles.

Start method: ``fork`` where the platform has it, with the model (and the tables the coder loads
on first use) loaded here first. The workers
start at once and share the model's memory copy-on-write, as spaCy's own ``nlp.pipe(n_process=...)``
does. ``forkserver`` and ``spawn`` import spaCy, load a model and unpickle the lexicons in every
worker: measured on 20 articles with 2 workers on 2 cores, 2.7 s with fork, 8.5 s with forkserver,
12.1 s with spawn. Fork is unsafe when another thread of this process holds a lock the child
needs (DuckDB's threads run during an ingest; Python 3.12+ warns about it): a forked worker runs
only spaCy and the coder, never DuckDB or the HTTP server, and the pool forks all its workers
before its own threads start. ``LocalEngine(start_method=...)`` picks another method.
"""
from __future__ import annotations

import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from copy import deepcopy
from dataclasses import dataclass, field
from itertools import islice
import multiprocessing

from ..pipeline import code_stream, remember
from ..records import Article, ArticleResult, Rejected
from . import EngineUnavailable

CHUNK = 8            # items per chunk sent to a worker: small chunks keep both workers busy to the end
IN_FLIGHT = 2        # chunks submitted per worker at a time: bounds what is read ahead of the workers
START_METHOD = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


class LocalEngine:
    """One machine: ``n_process`` worker processes that parse and code, results in input order."""

    def __init__(self, n_process: int = 1, start_method: str = "", chunk: int = 0) -> None:
        self.n_process, self.start_method, self.chunk = max(1, n_process), start_method or START_METHOD, chunk or CHUNK

    @classmethod
    def from_options(cls, options) -> "LocalEngine":
        return cls(options.n_process)

    def code(self, pending: Iterable[tuple[str, object]], options, lexicons) -> Iterator[object]:
        if self.n_process == 1:
            yield from code_stream(pending, options, lexicons, 1)
            return
        with WorkerPool(self.n_process, options, lexicons, self.start_method) as pool:
            yield from pool.code(pending, min(self.chunk, options.batch_size))


@dataclass
class Chunk:
    """A run of (text, item) pairs: the articles among them go to a worker, the rest stay here."""
    pairs: list[tuple[str, object]]
    future: Future | None = None

    @property
    def articles(self) -> list[tuple[str, Article]]:
        return [(text, item) for text, item in self.pairs if isinstance(item, Article)]

    def results(self, coded: list) -> Iterator[object]:
        """Every item in input order, with each article's place taken by its coded result."""
        coded_in_order = iter(coded)
        for _, item in self.pairs:
            yield next(coded_in_order) if isinstance(item, Article) else item

    def lost(self, reason: str) -> list[Rejected]:
        return [Rejected(origin=a.origin or a.id, stage="code", doc_id=a.id, reason=reason) for _, a in self.articles]


LOST = ("a worker process died twice while coding the chunk of {n} articles holding this one (killed, "
        "out of memory or a crash in native code); run them again alone to find the one at fault")


@dataclass
class WorkerPool:
    """A ProcessPoolExecutor of coding workers, made again from scratch when a worker dies."""
    n_process: int
    options: object
    lexicons: object
    start_method: str = START_METHOD
    executor: ProcessPoolExecutor | None = None
    stop: object = field(default=None, repr=False)

    def __enter__(self) -> "WorkerPool":
        context = multiprocessing.get_context(self.start_method)
        self.stop = context.Event()
        if self.start_method == "fork":
            warm_up(self.options, self.lexicons)    # once, here: the forked workers share it
        self.restart()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()                         # workers stop after their current article
        self.executor.shutdown(wait=True, cancel_futures=True)

    def restart(self) -> None:
        """A fresh pool whose workers start from the caller's memory as it is now."""
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
        memory = deepcopy(self.lexicons.memory)
        self.executor = ProcessPoolExecutor(self.n_process, multiprocessing.get_context(self.start_method),
                                            initializer=start_worker, initargs=(self.options, self.lexicons,
                                                                                memory, self.stop))
        try:
            self.executor.submit(int).result()    # the workers start (a pool that cannot is no loop)
        except BrokenProcessPool as exc:
            self.executor.shutdown(wait=True, cancel_futures=True)
            raise EngineUnavailable(f"the local engine's {self.n_process} worker processes cannot start "
                                    f"({self.start_method}): {exc}") from exc

    def code(self, pending: Iterable[tuple[str, object]], chunk_size: int) -> Iterator[object]:
        """Results in input order, with at most IN_FLIGHT chunks per worker submitted at a time."""
        queue: deque[Chunk] = deque()
        pairs = iter(pending)
        while True:
            while len(queue) < IN_FLIGHT * self.n_process and (batch := list(islice(pairs, chunk_size))):
                queue.append(self.submit(Chunk(batch)))
            if not queue:
                return
            for result in self.results_of_head(queue):
                if isinstance(result, ArticleResult):
                    remember(self.lexicons, result)
                yield result
            queue.popleft()

    def submit(self, chunk: Chunk) -> Chunk:
        """The chunk, its articles handed to a worker (no future when it holds none)."""
        articles = chunk.articles
        if not articles:
            chunk.future = None
            return chunk
        try:
            chunk.future = self.executor.submit(code_chunk, articles)
        except BrokenProcessPool as exc:    # a worker died since the last submit
            chunk.future = Future()
            chunk.future.set_exception(exc)
        return chunk

    def results_of_head(self, queue: deque[Chunk]) -> list[object]:
        """The first chunk's results; when the pool broke, it is coded again alone in a fresh pool
        (rejected if that breaks too) and the chunks after it are submitted again."""
        head = queue[0]
        try:
            return list(head.results(head.future.result() if head.future else []))
        except (BrokenProcessPool, CancelledError):
            pass
        self.restart()
        try:
            results = list(head.results(self.submit(head).future.result()))
        except BrokenProcessPool:
            results = list(head.results(head.lost(LOST.format(n=len(head.articles)))))
            self.restart()
        for later in list(queue)[1:]:
            if later.future is not None and failed(later.future):
                self.submit(later)
        return results


WARM_UP = "Japan pledged $20 million in aid to Gaza on Monday, officials in Tokyo said."


def warm_up(options, lexicons) -> None:
    """Load the model and the tables the coder loads on first use (about 1 s), in this process:
    forked workers start with them, and share their memory. Nothing is learned into the caller's memory."""
    from ..memory import ActorMemory
    from ..lexicon import with_memory
    article = Article(id="warm-up", text=WARM_UP, date="2024-01-01")
    for _ in code_stream([(WARM_UP, article)], options, with_memory(lexicons, ActorMemory()), 1):
        pass


def failed(future: Future) -> bool:
    """Whether a future of a pool that was shut down gave no results (broken, cancelled, unfinished)."""
    return not future.done() or future.cancelled() or future.exception() is not None


# What a worker process holds: the options, its lexicons (with a memory of its own) and the stop flag.
_worker: dict[str, object] = {}


def start_worker(options, lexicons, memory, stop) -> None:
    """A worker's start: the model, the caller's lexicons with a copy of its memory; Ctrl-C is
    left to the main process, which stops the workers through ``stop``."""
    from ..lexicon import with_memory
    from ..nlp import load_nlp
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    load_nlp(options.model)
    _worker.update(options=options, lexicons=with_memory(lexicons, memory), stop=stop)


class Stopped(Exception):
    """The main process asked the workers to stop."""


def code_chunk(articles: list[tuple[str, Article]]) -> list[ArticleResult | Rejected]:
    """Parse and code a chunk of articles in a worker, learning from each as it goes."""
    results = []
    for result in code_stream(articles, _worker["options"], _worker["lexicons"], 1):
        if _worker["stop"].is_set():
            raise Stopped
        results.append(result)
    return results
