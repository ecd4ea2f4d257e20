"""The corpus-level actor memory: people learned from their titles in one article, recognised in
later ones ("Russian Foreign Minister Sergey Lavrov" → RUSGOV, then "Lavrov" anywhere), with the
dates between which each was seen in that role.

The memory is read by the per-article step and grown by the orchestrator from what each article
taught (``ArticleResult.learned``), so the step itself stays a pure function of its inputs.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Remembered:
    """One person as an actor: the code they were seen with, and when."""
    name: str
    code: str
    first_seen: str = ""      # ISO dates ("" when the articles had none)
    last_seen: str = ""
    mentions: int = 0


@dataclass
class ActorMemory:
    """Full names → what was learned about them, plus surnames that point to one full name."""
    people: dict[tuple[str, str], Remembered] = field(default_factory=dict)

    def remember(self, name: str, code: str, date: str = "") -> None:
        """Record that ``name`` was seen as ``code`` in an article of ``date``."""
        if len(name.split()) < 2 or not code:
            return                # a bare surname alone is too ambiguous to carry across articles
        r = self.people.setdefault((name, code), Remembered(name, code))
        r.mentions += 1
        if date:
            r.first_seen = min(filter(None, [r.first_seen, date]))
            r.last_seen = max(r.last_seen, date)

    def recall(self, name: str, date: str = "") -> Remembered | None:
        """What the memory knows of a full name or an unambiguous surname, nearest to ``date``."""
        found = [r for (n, _), r in self.people.items() if n == name]
        if not found and len(name.split()) == 1:
            found = [r for (n, _), r in self.people.items() if n.split()[-1] == name]
            if len({r.name for r in found}) > 1:
                return None       # two people share the surname: do not guess
        if not found:
            return None
        # (the code breaks ties: the memory's order is not kept when it is stored and loaded again,
        # so an order-dependent choice would differ between a run and one restarted after a crash)
        return max(found, key=lambda r: (bool(date) and r.first_seen <= date, r.last_seen, r.mentions, r.code))

    def rows(self) -> list[Remembered]:
        return sorted(self.people.values(), key=lambda r: (r.name, r.code))

    def merge(self, rows) -> None:
        for r in rows:
            self.people[(r.name, r.code)] = r
