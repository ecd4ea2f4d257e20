"""Engines: how the per-article step is mapped over a stream of articles.

The recipe (read → triage → parse → code → store) lives in ``eventwire.pipeline``; an engine only
decides where the parse-and-code step runs. Every engine takes the same ``(text, item)`` pairs
that ``pipeline.prepare`` makes and yields one ``ArticleResult`` or ``Rejected`` per pair:

- ``local``: this machine, in this process or in ``n_process`` worker processes (the default);
- ``ray``: Ray Data, one model per worker actor, results written as Parquet shards and read back
  by the caller, on a Ray started for the run or an existing cluster (``address``).

Engines are looked up by name in ``ENGINES``; the Ray engine's module (and Ray itself) is only
imported when it is used, so the command line starts fast.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib import import_module
from typing import Protocol


class EngineError(Exception):
    """An engine cannot run: its name is unknown, or its dependencies or cluster are missing."""


class UnknownEngine(EngineError, ValueError):
    """An engine name that is not registered."""


class EngineUnavailable(EngineError, RuntimeError):
    """The engine's dependencies are not installed or its cluster cannot be reached."""


class Engine(Protocol):
    def code(self, pending: Iterable[tuple[str, object]], options, lexicons) -> Iterator[object]:
        """One ArticleResult or Rejected per (text, item) pair; learned people go into lexicons.memory."""


ENGINES: dict[str, str] = {"local": "eventwire.engines.local:LocalEngine",
                           "ray": "eventwire.engines.ray:RayEngine"}


def engine_for(options) -> Engine:
    """The engine ``options.engine`` names, built from the options."""
    target = ENGINES.get(options.engine)
    if target is None:
        raise UnknownEngine(f"unknown engine '{options.engine}'; choose one of {', '.join(sorted(ENGINES))}")
    module, name = target.split(":")
    return getattr(import_module(module), name).from_options(options)
