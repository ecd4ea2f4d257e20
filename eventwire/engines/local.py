"""The local engine: parse with spaCy's nlp.pipe (n_process processes) and code in this process."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..pipeline import code_stream


class LocalEngine:
    """Today's engine: one machine, ``n_process`` parsing processes, coding in order."""

    @classmethod
    def from_options(cls, options) -> "LocalEngine":
        return cls()

    def code(self, pending: Iterable[tuple[str, object]], options, lexicons) -> Iterator[object]:
        yield from code_stream(pending, options, lexicons, options.n_process)
