"""The Ray engine: the per-article step mapped over articles with Ray Data.

Articles are cut into windows; each window becomes a Ray dataset whose batches go to worker
actors (``ArticleCoder``: one spaCy model and one set of lexicons per actor, loaded once). Each
actor parses and codes its batch with the same ``pipeline.code_stream`` the local engine runs,
and returns every result serialised. The results are written as Parquet shards to a temporary
folder, then read back here in input order, so the caller — one writer — stores them in DuckDB.

The people an article teaches (the actor memory) reach the workers once per window: within a
window each worker learns only from the articles it codes itself. Ray is imported only here.
"""
from __future__ import annotations

import logging
import pickle
import tempfile
from collections.abc import Iterable, Iterator
from copy import deepcopy
from itertools import islice

from ..records import Article
from . import EngineUnavailable

WINDOW = 2000          # articles per Ray dataset: bounds the driver's memory on long runs


class ArticleCoder:
    """A Ray Data callable class: one model and one set of lexicons per worker actor."""

    def __init__(self, options, memory) -> None:
        from ..nlp import load_nlp
        from ..pipeline import lexicons_for
        load_nlp(options.model)
        self.options = options
        self.lexicons = lexicons_for(options, memory)

    def __call__(self, batch: dict) -> dict:
        from ..pipeline import code_stream
        pending = ((str(text), pickle.loads(blob)) for text, blob in zip(batch["text"], batch["article"]))
        results = list(code_stream(pending, self.options, self.lexicons, 1))
        return {"seq": list(batch["seq"]), "result": [pickle.dumps(r) for r in results]}


class RayEngine:
    """Runs the per-article step on Ray Data, locally or on the cluster at ``address``."""

    def __init__(self, address: str = "", workers: int = 1, window: int = WINDOW) -> None:
        self.address, self.workers, self.window = address, max(1, workers), window

    @classmethod
    def from_options(cls, options) -> "RayEngine":
        return cls(options.address, options.n_process)

    def code(self, pending: Iterable[tuple[str, object]], options, lexicons) -> Iterator[object]:
        ray, started = connect(self.address, self.workers)
        try:
            items = iter(pending)
            while window := list(islice(items, self.window)):
                articles = []
                for text, item in window:
                    if isinstance(item, Article):
                        articles.append((text, item))
                    else:
                        yield item            # rejected and skipped inputs never leave the driver
                yield from self.code_window(articles, options, lexicons)
        finally:
            if started:
                ray.shutdown()

    def code_window(self, articles: list[tuple[str, Article]], options, lexicons) -> Iterator[object]:
        """Code one window of (text to parse, article) pairs on the workers; results in input order."""
        if not articles:
            return
        import ray.data
        from ..pipeline import remember
        rows = [{"seq": i, "text": text, "article": pickle.dumps(a)} for i, (text, a) in enumerate(articles)]
        dataset = ray.data.from_items(rows, override_num_blocks=min(len(rows), self.workers * 4))
        coded = dataset.map_batches(ArticleCoder, fn_constructor_args=(options, deepcopy(lexicons.memory)),
                                    batch_size=options.batch_size, batch_format="numpy",
                                    compute=ray.data.ActorPoolStrategy(size=self.workers))
        with tempfile.TemporaryDirectory(prefix="eventwire-ray-") as shards:
            coded.write_parquet(shards)
            for result in read_shards(shards):
                remember(lexicons, result)
                yield result


def read_shards(folder: str) -> Iterator[object]:
    """The results in a folder of Parquet shards, in input order, a few hundred at a time."""
    import duckdb
    con = duckdb.connect()
    try:
        cur = con.execute("SELECT result FROM read_parquet(?) ORDER BY seq", [f"{folder}/*.parquet"])
        while rows := cur.fetchmany(256):
            for (blob,) in rows:
                yield pickle.loads(blob)
    finally:
        con.close()


def connect(address: str, workers: int):
    """(the ray module, whether a local Ray was started here): connected to Ray as the caller
    already is, else to ``address``, else to a local Ray started for this run."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise EngineUnavailable("the ray engine needs ray[data]; install it with "
                                "'pip install -r requirements.txt'") from exc
    quiet_ray_data(ray)
    if ray.is_initialized():
        return ray, False
    try:
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.WARNING)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise EngineUnavailable(f"cannot start or reach Ray{' at ' + address if address else ''}: {exc}") from exc
    return ray, not address


def quiet_ray_data(ray) -> None:
    """No progress bars or per-operator log lines from Ray Data on the user's terminal."""
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.execution_options.verbose_progress = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
