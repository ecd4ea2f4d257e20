"""Read dictionaries in the PETRARCH/TABARI formats as they are shipped, so users keep the
dictionaries they already have (and PETRARCH2's open Phoenix dictionaries load as they are).

Common to every format: ``#`` starts a comment, ``<!-- ... -->`` is a comment (on one line or
several), blank lines are skipped. Phrases join words with underscores (or blanks); a trailing
underscore marks an exact word and is dropped.

Actors (names)::

    BARACK_OBAMA_  [USAGOV 090120-170120]      codes on the name's line, several allowed
    +OBAMA_                                    an alias (synonym) of the record
        [USAELI 19950601 - 19990815]           or on indented lines after it
        [USAELI]                               an undated code: the default where no dated one applies

A date restriction is ``>DATE`` (from), ``<DATE`` (until) or ``DATE-DATE`` (spaces allowed), a
date ``YYMMDD`` (00-30 → 20YY, else 19YY, as in KEDS and TABARI) or ``YYYYMMDD``; eventwire keeps
years. ``[---]`` is PETRARCH's null code. A name without any code names no actor.

Agents (role words)::

    !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON  a substitution set
    BUSINESS!PERSON! [~BUS]                    one entry per member of the set
    LAWMAN {LAWMEN} [~COP]                     an irregular plural; {} for none; else the regular
                                               plural (none for a phrase already ending in -s)
    HUMAN_RIGHTS_BODY [NGO~]                   a code written before the actor's (``~`` after it)

Verbs (the CAMEO verb dictionary): ``&LABEL`` synonym sets with ``+word`` members, then verb
blocks opened by ``--- DESCRIPTION [CODE] ---``, the block's verbs (``HURRY {HURRIES HURRIED}``,
compound verbs ``+CALL_OFF``, ``WIRE_+TAP``), and pattern lines ``- * (TO BORDER) [154]``; a code
``[042:043]`` has a second event with source and target swapped. ``~`` lines (transformations) are
read and counted, not used.

Every line that cannot be read is collected; a file with any is rejected with one
``DictionaryFormatError`` listing them all as ``file:line: what is wrong``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .dictionaries import DictionaryError

SUBSTITUTION = re.compile(r"^(![A-Z0-9_]+!)\s*=\s*(.+)$")
# a code in brackets; "[~ENV}" (a brace for the closing bracket) occurs in shipped files
CODE = re.compile(r"\[([^\[\]{}]*)[\]}]")
PLURALS = re.compile(r"\{([^}]*)\}")
MARKER = re.compile(r"![A-Z0-9_]+!")
NULL_CODE = "---"
CODE_CHARS = re.compile(r"^[A-Z0-9]+$")


class DictionaryFormatError(DictionaryError):
    """Lines of a PETRARCH dictionary that cannot be read; the message names file and line of each."""


@dataclass
class Problems:
    """The unreadable lines of one file, reported together."""
    path: Path
    lines: list[str] = field(default_factory=list)

    def add(self, n: int, what: str) -> None:
        self.lines.append(f"{self.path}:{n}: {what}")

    def raise_any(self) -> None:
        if self.lines:
            shown = self.lines[:50] + ([f"... and {len(self.lines) - 50} more"] if len(self.lines) > 50 else [])
            raise DictionaryFormatError(f"{len(self.lines)} unreadable line(s) in {self.path}:\n" + "\n".join(shown))


# ---------------------------------------------------------------- records

@dataclass
class AgentEntry:
    phrase: str               # lower-case words, e.g. "businessman"
    role: str                 # CAMEO sector code(s), e.g. GOV, CVLOPP
    before: bool = False      # written [NGO~]: the code goes before the actor's code


@dataclass
class ActorRole:
    code: str
    start: int = 0            # years, inclusive
    end: int = 9999

    @property
    def dated(self) -> bool:
        return (self.start, self.end) != (0, 9999)


@dataclass
class ActorEntry:
    """A named actor. ``roles`` run from the undated (default) codes to the dated ones, so a
    loader that lets later roles win gives a dated role precedence where its years apply."""
    name: str                 # title case: "Abdel Fattah Al-Sisi"
    roles: list[ActorRole] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    line: int = 0


@dataclass(frozen=True)
class SynonymSet:
    label: str                # "&CURRENCY"
    phrases: tuple[str, ...]  # lower-case words, regular plurals added unless the set or phrase forbids
    line: int = 0


@dataclass(frozen=True)
class Verb:
    lemma: str                # lower-case words: "hurry", "call off", "wire tap"
    head: str                 # the word that is the verb: "hurry", "call", "tap"
    forms: tuple[str, ...]    # irregular forms given in {...}, lower case
    code: str                 # the isolated verb's CAMEO code ('' for the null code)
    reverse_code: str = ""    # the code of the event with source and target swapped
    line: int = 0


@dataclass(frozen=True)
class VerbPattern:
    """One pattern of a verb block: ``- [nouns] [preps] * [nouns] [preps] [CODE]``."""
    verb_set: str             # the block's id: its description, e.g. "accelerate"
    pattern: str              # as written, lower case: "* (to border)"
    before: tuple[str, ...]   # words before the verb (synonym sets as &LABEL)
    after: tuple[str, ...]    # words after it, prepositions included
    code: str                 # CAMEO code of the event ('' when only the reversed one is coded)
    reverse_code: str = ""    # CAMEO code of the event with source and target swapped
    line: int = 0


@dataclass
class VerbBlock:
    """``--- DESCRIPTION [CODE] ---``: verbs that share the patterns after them."""
    verb_set: str             # the block's id (its description, lower case; unique in CAMEO.2.0.txt)
    description: str
    code: str
    reverse_code: str = ""
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)


@dataclass
class VerbDictionary:
    synsets: dict[str, SynonymSet] = field(default_factory=dict)
    blocks: list[VerbBlock] = field(default_factory=list)
    transformations: int = 0
    ignored: list[str] = field(default_factory=list)     # patterns the format says to ignore, as file:line

    @property
    def patterns(self) -> list[VerbPattern]:
        return [p for b in self.blocks for p in b.patterns]

    @property
    def verbs(self) -> list[Verb]:
        return [v for b in self.blocks for v in b.verbs]


# ---------------------------------------------------------------- lines and words

def content_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of the lines that carry content: comments removed, right-stripped."""
    in_xml = False
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, raw in enumerate(f, 1):
            line, in_xml = strip_xml_comments(raw.rstrip("\n"), in_xml)
            line = line.split("#", 1)[0].rstrip()
            if line.strip():
                yield n, line


def strip_xml_comments(line: str, in_xml: bool) -> tuple[str, bool]:
    """The line less ``<!-- ... -->`` spans, and whether a comment is still open at its end."""
    out = []
    while line:
        if in_xml:
            end = line.find("-->")
            if end < 0:
                return "".join(out), True
            line, in_xml = line[end + 3:], False
        else:
            start = line.find("<!--")
            if start < 0:
                out.append(line)
                break
            out.append(line[:start])
            line, in_xml = line[start + 4:], True
    return "".join(out), in_xml


def words(token: str) -> str:
    """``BARACK_OBAMA_`` → ``BARACK OBAMA`` (case is kept as written)."""
    return " ".join(w for w in re.split(r"[_\s]+", token.strip().rstrip("_")) if w)


def regular_plural(word: str) -> str:
    """PETRARCH's regular plural: +IES after a consonant and Y, +ES after SS, else +S."""
    lower = word.lower()
    if lower.endswith("y") and lower[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return word[:-1] + ("ies" if word.islower() else "IES")
    return word + (("es" if word.islower() else "ES") if lower.endswith("ss") else ("s" if word.islower() else "S"))


def sniff(path: Path) -> str:
    """Which PETRARCH dictionary a file is: 'verbs', 'agents' or 'actors' (from its first content lines)."""
    for n, line in content_lines(path):
        stripped = line.strip()
        if stripped.startswith(("---", "&")) or stripped.startswith("- "):
            return "verbs"
        if SUBSTITUTION.match(stripped):
            return "agents"
        code = CODE.search(stripped)
        if code:
            return "agents" if "~" in code.group(1) else "actors"
    return "actors"


def is_agents_file(path: Path) -> bool:
    return sniff(path) == "agents"


# ---------------------------------------------------------------- agents

def read_agents(path: Path) -> list[AgentEntry]:
    """Role words of an agents dictionary, with substitution sets and plural forms expanded.
    A phrase without a code (PETRARCH's null code) gives no entry."""
    sets: dict[str, list[str]] = {}
    problems, entries = Problems(path), []
    for n, line in content_lines(path):
        line = line.strip()
        if m := SUBSTITUTION.match(line):
            sets[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        entries.extend(agent_entries(line, sets, problems, n))
    problems.raise_any()
    return entries


def agent_entries(line: str, sets: dict[str, list[str]], problems: Problems, n: int) -> list[AgentEntry]:
    codes = CODE.findall(line)
    phrase = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
    if not phrase:
        problems.add(n, f"expected 'WORDS [~CODE]', got '{line[:60]}'")
        return []
    if not codes:
        return []                                        # a bare phrase: the null code
    code = codes[0].strip()
    role, before = code.strip("~").strip().upper(), code.endswith("~") and not code.startswith("~")
    if "~" not in code or not CODE_CHARS.match(role):
        problems.add(n, f"expected an agent code like [~GOV] or [NGO~], got '[{code}]'")
        return []
    missing = [m for m in MARKER.findall(phrase) if m not in sets]
    if missing:
        problems.add(n, f"substitution set {missing[0]} is not defined before this line")
        return []
    return [AgentEntry(words(p).lower(), role, before) for form in agent_forms(line, phrase)
            for p in expand(form, sets)]


def agent_forms(line: str, phrase: str) -> list[str]:
    """The phrase and its plurals: those in {...} (none for {}), else the regular plural."""
    braces = PLURALS.search(line)
    if braces is None:
        plural = not MARKER.search(phrase) and not re.search(r"[^sS][sS]_?$", phrase)
        return [phrase] + ([regular_plural(phrase.rstrip("_"))] if plural else [])
    return [phrase] + [p for p in re.split(r"[,\s]+", braces.group(1)) if p.strip()]


def expand(form: str, sets: dict[str, list[str]]) -> list[str]:
    """Every spelling of a form with substitution sets (``BUSINESS!PERSON!`` → BUSINESSMAN, …)."""
    m = MARKER.search(form)
    if not m or m.group(0) not in sets:
        return [form]
    return [x for sub in sets[m.group(0)] for x in expand(form[:m.start()] + sub + form[m.end():], sets)]


# ---------------------------------------------------------------- actors

def read_actors(path: Path) -> list[ActorEntry]:
    """Named actors with their (possibly date-bounded) codes and ``+alias`` lines."""
    problems, records = Problems(path), []
    current: ActorEntry | None = None
    for n, line in content_lines(path):
        stripped = line.strip()
        if stripped.startswith("+"):
            if current is None:
                problems.add(n, "an alias line ('+NAME') before any actor")
                continue
            current.aliases.append(words(stripped[1:].split("[")[0]).title())
            current.roles += roles_on(stripped, problems, n)
        elif stripped.startswith("["):
            if current is None:
                problems.add(n, "a code line before any actor")
                continue
            current.roles += roles_on(stripped, problems, n)
        else:
            current = new_actor(stripped, problems, n)
            if current is not None:
                records.append(current)
    problems.raise_any()
    for record in records:
        record.roles.sort(key=lambda r: r.dated)          # undated defaults first: dated ones win
    return records


def new_actor(line: str, problems: Problems, n: int) -> ActorEntry | None:
    name = words(line.split("[", 1)[0]).title()
    if not name:
        problems.add(n, f"expected 'NAME [CODE]', got '{line[:60]}'")
        return None
    return ActorEntry(name, roles_on(line, problems, n), line=n)


def roles_on(line: str, problems: Problems, n: int) -> list[ActorRole]:
    """The codes written on a line (the null code [---] gives none)."""
    rest = line[line.find("["):] if "[" in line else ""
    if rest.count("[") != len(CODE.findall(rest)):
        problems.add(n, f"an unclosed '[' in '{line.strip()[:60]}'")
        return []
    return [role for text in CODE.findall(rest) if (role := role_of(text, problems, n)) is not None]


DATE_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


def role_of(text: str, problems: Problems, n: int) -> ActorRole | None:
    """``USAGOV 090120-170120`` / ``>DATE`` / ``<DATE`` / ``DATE - DATE`` → an ActorRole."""
    parts = text.split(None, 1)
    if not parts:
        problems.add(n, "an empty code '[]'")
        return None
    code, restriction = parts[0].upper(), (parts[1].strip() if len(parts) > 1 else "")
    if code == NULL_CODE:
        return None
    if not CODE_CHARS.match(code):
        problems.add(n, f"'{code}' is not an actor code")
        return None
    try:
        start, end = years_of(restriction)
    except ValueError as exc:
        problems.add(n, f"[{text}]: {exc}")
        return None
    return ActorRole(code, start, end)


def years_of(restriction: str) -> tuple[int, int]:
    if not restriction:
        return 0, 9999
    if restriction[0] in "<>":
        y = year(restriction[1:].strip())
        return (y, 9999) if restriction[0] == ">" else (0, y)
    if m := DATE_RANGE.match(restriction):
        return year(m.group(1)), year(m.group(2))
    if restriction.isdigit():                             # a bare date: from then on (its two uses in Phoenix)
        return year(restriction), 9999
    raise ValueError(f"'{restriction}' is not a date restriction (>DATE, <DATE or DATE-DATE)")


def year(date: str) -> int:
    """The year of a PETRARCH date: YYMMDD (00-30 → 20YY, else 19YY) or YYYYMMDD. As PETRARCH
    reads them, a longer date is its first eight digits (``201005011`` → 2010). A 7-digit date
    (a typo in the shipped files: ``9008223``, ``2004017``) is read by its year: the first four
    digits when they are 19xx or 20xx, else the first two."""
    if not date.isdigit() or len(date) < 6:
        raise ValueError(f"'{date}' is not a YYMMDD or YYYYMMDD date")
    if len(date) >= 8 or (len(date) == 7 and date[:2] in ("19", "20")):
        return int(date[:4])
    yy = int(date[:2])
    return 2000 + yy if yy <= 30 else 1900 + yy


# ---------------------------------------------------------------- verbs

BLOCK = re.compile(r"^---\s*(.*?)\s*(?:\[([^\]]*)\])?\s*---\s*$")
PATTERN_CODE = re.compile(r"\[([^\]]*)\]\s*$")


def read_verbs(path: Path) -> VerbDictionary:
    """The CAMEO verb dictionary: synonym sets, verb blocks with their verbs and patterns."""
    problems, book = Problems(path), VerbDictionary()
    label: str | None = None
    members: list[tuple[str, int]] = []
    block: VerbBlock | None = None
    for n, line in content_lines(path):
        s = line.strip()
        if block is None and (s.startswith("&") or (s.startswith("+") and label)):
            if s.startswith("&"):
                close_synset(book, label, members)
                label, members = s.split()[0], []
            else:
                members.append((s[1:].strip(), n))
            continue
        close_synset(book, label, members)
        label, members = None, []
        if s.startswith("---"):
            block = new_block(s, problems, n)
            if block is not None:
                book.blocks.append(block)
        elif s.startswith("~"):
            book.transformations += 1
        elif block is None:
            problems.add(n, f"a line before the first synonym set or verb block: '{s[:60]}'")
        elif s.startswith("-"):
            add_pattern(block, book, s, problems, n)
        else:
            add_verb(block, s, problems, n)
    close_synset(book, label, members)
    problems.raise_any()
    return book


def close_synset(book: VerbDictionary, label: str | None, members: list[tuple[str, int]]) -> None:
    """Store a finished ``&LABEL`` set: members as words, regular plurals unless ``_`` forbids."""
    if label is None:
        return
    no_plurals = label.endswith("_")
    name = label.rstrip("_")
    phrases: list[str] = []
    for member, _ in members:
        phrase = words(member).lower()
        phrases.append(phrase)
        if not no_plurals and not member.endswith("_"):
            phrases.append(regular_plural(phrase))
    book.synsets[name] = SynonymSet(name, tuple(dict.fromkeys(phrases)), members[0][1] if members else 0)


def event_codes(text: str) -> tuple[str, str]:
    """``070`` → ("070", ""); ``042:043`` → ("042", "043"); ``:190`` → ("", "190"); ``---`` → ("", "").
    The second code is the event with source and target swapped. A trailing '!' (once in
    CAMEO.2.0.txt) is dropped."""
    first, _, second = text.strip().partition(":")
    codes = tuple("" if c.strip() in ("", NULL_CODE) else c.strip().rstrip("!") for c in (first, second))
    bad = [c for c in codes if c and not (c.isdigit() and 2 <= len(c) <= 4)]
    if bad:
        raise ValueError(f"'[{text}]' is not a CAMEO code (or two joined by ':')")
    return codes  # type: ignore[return-value]


def new_block(line: str, problems: Problems, n: int) -> VerbBlock | None:
    m = BLOCK.match(line)
    if not m:
        problems.add(n, f"expected '--- DESCRIPTION [CODE] ---', got '{line[:60]}'")
        return None
    try:
        code, reverse = event_codes(m.group(2) or NULL_CODE)
    except ValueError as exc:
        problems.add(n, str(exc))
        return None
    description = m.group(1).strip().lower()
    return VerbBlock(description, description, code, reverse)


def add_verb(block: VerbBlock, line: str, problems: Problems, n: int) -> None:
    """A verb line: ``HURRY {HURRIES HURRIED}``, ``+CALL_OFF [160]``, ``WIRE_+TAP {...}``."""
    head_text = re.split(r"[\[{]", line, maxsplit=1)[0].strip()
    if not re.match(r"^[A-Z+][A-Z+_'\-]*$", head_text):
        problems.add(n, f"expected a verb ('VERB {{FORMS}} [CODE]'), got '{line[:60]}'")
        return
    codes = CODE.findall(line)
    try:
        code, reverse = event_codes(codes[0]) if codes else (block.code, block.reverse_code)
    except ValueError as exc:
        problems.add(n, str(exc))
        return
    parts = [p for p in head_text.split("_") if p]
    head = next((p[1:] for p in parts if p.startswith("+")), parts[0]).lower()
    lemma = words(head_text.replace("+", "")).lower()
    braces = PLURALS.search(line)
    forms = tuple(words(f.replace("+", "")).lower() for f in braces.group(1).split()) if braces else ()
    block.verbs.append(Verb(lemma, head, forms, code, reverse, n))


def add_pattern(block: VerbBlock, book: VerbDictionary, line: str, problems: Problems, n: int) -> None:
    """``- [nouns] [preps] * [nouns] [preps]  [CODE[:CODE]]``. A pattern that uses a synonym set
    not defined before it is ignored, as the format prescribes (and listed in ``book.ignored``)."""
    m = PATTERN_CODE.search(line)
    if not m:
        problems.add(n, f"a pattern without a [CODE] at its end: '{line[:60]}'")
        return
    body = line[1:m.start()].strip()
    try:
        code, reverse = event_codes(m.group(1))
    except ValueError as exc:
        problems.add(n, str(exc))
        return
    if body.count("*") != 1:
        problems.add(n, f"a pattern needs one '*' for the verb: '{body[:60]}'")
        return
    undefined = [w for w in re.findall(r"&[A-Z0-9_]+", body) if w.rstrip("_") not in book.synsets]
    if undefined:
        book.ignored.append(f"{problems.path}:{n}: synonym set {undefined[0]} is not defined: pattern ignored")
        return
    before, _, after = body.partition("*")
    block.patterns.append(VerbPattern(block.verb_set, " ".join(body.lower().split()), pattern_words(before),
                                      pattern_words(after), code, reverse, n))


def pattern_words(text: str) -> tuple[str, ...]:
    """The words of one side of a pattern, brackets and markers removed; synonym sets kept as &LABEL."""
    tokens = re.findall(r"&[A-Za-z0-9_]+|[A-Za-z0-9'\-]+(?:_[A-Za-z0-9'\-]+)*", text)
    return tuple(t.rstrip("_") if t.startswith("&") else words(t).lower() for t in tokens)
