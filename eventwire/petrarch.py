"""Import actor and agent dictionaries in the PETRARCH/TABARI format, so users keep the
dictionaries they already have.

Agents (role words):   ``PROTESTER [~OPP]``, ``BUSINESS!PERSON! [~BUS]``, ``LAWMAN {LAWMEN} [~COP]``
with substitution sets ``!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON``.
Actors (names):        ``BARACK_OBAMA [USAGOV 090120-170120]`` followed by ``+OBAMA`` alias lines;
a code may carry a date restriction: ``>YYMMDD`` (from), ``<YYMMDD`` (until) or ``YYMMDD-YYMMDD``.
Words are joined by underscores; a trailing underscore (an exact-word marker) is dropped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUBSTITUTION = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
CODE = re.compile(r"\[([^\]]+)\]")
PLURALS = re.compile(r"\{([^}]*)\}")


class DictionaryFormatError(ValueError):
    """A PETRARCH dictionary line that cannot be read; the message names file and line."""


@dataclass
class AgentEntry:
    phrase: str
    role: str                 # CAMEO sector code(s), e.g. GOV, CVLOPP


@dataclass
class ActorRole:
    code: str
    start: int = 0            # years, inclusive
    end: int = 9999


@dataclass
class ActorEntry:
    name: str
    roles: list[ActorRole] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


def words(token: str) -> str:
    """``BARACK_OBAMA_`` → ``Barack Obama``-style plain words (case is kept as written)."""
    return " ".join(w for w in token.strip().rstrip("_").split("_") if w)


def is_agents_file(path: Path) -> bool:
    head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    return "[~" in head


def read_agents(path: Path) -> Iterator[AgentEntry]:
    """Role words of an agents dictionary, with substitution sets and plural forms expanded."""
    sets: dict[str, list[str]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if m := SUBSTITUTION.match(line):
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        code = CODE.search(line)
        if not code or not code.group(1).startswith("~"):
            raise DictionaryFormatError(f"{path}:{n}: expected 'WORD [~CODE]', got '{line[:60]}'")
        role = code.group(1)[1:].strip()
        forms = [line[:line.index("[")].split("{")[0].strip()] + \
            [p.strip() for m in PLURALS.finditer(line) for p in m.group(1).split(",") if p.strip()]
        for form in forms:
            for phrase in expand(form, sets):
                yield AgentEntry(words(phrase).lower(), role)


def expand(form: str, sets: dict[str, list[str]]) -> list[str]:
    """Every spelling of a form with substitution sets (``BUSINESS!PERSON!`` → BUSINESSMAN, …)."""
    m = re.search(r"![A-Z0-9_]+!", form)
    if not m or m.group(0) not in sets:
        return [form]
    return [x for sub in sets[m.group(0)] for x in expand(form[:m.start()] + sub + form[m.end():], sets)]


def read_actors(path: Path) -> Iterator[ActorEntry]:
    """Named actors with their (possibly date-bounded) codes and ``+alias`` lines."""
    current: ActorEntry | None = None
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.lstrip().startswith("+"):
            if current is None:
                raise DictionaryFormatError(f"{path}:{n}: alias line before any actor")
            current.aliases.append(words(line.lstrip()[1:].split("[")[0]).title())
            continue
        if current is not None:
            yield current
        codes = CODE.findall(line)
        name = line.split("[")[0].strip()
        if not name or not codes:
            raise DictionaryFormatError(f"{path}:{n}: expected 'NAME [CODE]', got '{line[:60]}'")
        current = ActorEntry(words(name).title(), [role_of(c, path, n) for c in codes])
    if current is not None:
        yield current


def role_of(text: str, path: Path, n: int) -> ActorRole:
    parts = text.split()
    code, start, end = parts[0], 0, 9999
    for p in parts[1:]:
        if p.startswith(">"):
            start = year(p[1:], path, n)
        elif p.startswith("<"):
            end = year(p[1:], path, n)
        elif "-" in p:
            a, b = p.split("-", 1)
            start, end = year(a, path, n), year(b, path, n)
    return ActorRole(code.upper(), start, end)


def year(yymmdd: str, path: Path, n: int) -> int:
    """The year of a PETRARCH date (YYMMDD, 19xx for 50-99; or YYYYMMDD)."""
    digits = yymmdd.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        raise DictionaryFormatError(f"{path}:{n}: '{yymmdd}' is not a YYMMDD date")
    if len(digits) == 8:
        return int(digits[:4])
    yy = int(digits[:2])
    return 1900 + yy if yy >= 50 else 2000 + yy
