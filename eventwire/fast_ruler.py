"""An exact, faster stand-in for spaCy's ``attribute_ruler`` component.

The stock ruler runs a Matcher over all its patterns, then builds a Span and calls
``set_token_attrs`` for every match; in en_core_web_sm every token matches a tag-map
pattern, so that costs ~11 ms per news article. Yet the patterns only test a few token
attributes (TAG, LOWER, DEP, IS_SPACE), so what the ruler does to a token is a function of
those values alone. Values no pattern mentions behave alike, so each is first mapped to a
representative ("canonical") value; the outcome for each canonical combination is worked
out once from the patterns, cached, looked up per token and written with one
``Doc.from_array``. The few multi-token patterns (like "gon na") are found by a scan.

Semantics kept from spaCy's AttributeRuler: all matches are found on the Doc as it was
before the ruler ran; a later pattern overwrites what an earlier one set on the same token,
attribute by attribute; ``index`` picks the token of a multi-token match that is changed.
A pattern using anything else (operators, extensions, other predicates or attributes)
raises UnsupportedPattern, and ``use_fast_attribute_ruler`` then keeps the stock ruler.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy
import srsly
from spacy.attrs import DEP, ENT_IOB, HEAD, IDS, LEMMA, MORPH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import MorphAnalysis
from spacy.tokens._retokenize import normalize_token_attrs

FACTORY = "eventwire_fast_attribute_ruler"

# Attributes the ruler may set: token fields only, which from_array writes exactly as
# set_token_attrs does (for lexical attributes set_token_attrs also changes the lexeme).
WRITABLE = frozenset({POS, TAG, DEP, LEMMA, MORPH})
# Attributes the Matcher reads differently from Doc.to_array, or matches specially.
UNREADABLE = frozenset({SENT_START, MORPH, ENT_IOB, HEAD})
# The caches are memos, emptied when they pass these sizes so that a long-running
# process reading ever new words keeps bounded memory.
MAX_OUTCOMES = 100_000
MAX_MEMO = 200_000


class UnsupportedPattern(ValueError):
    """A ruler pattern uses a Matcher feature this component does not reproduce exactly."""


@dataclass(frozen=True)
class Predicate:
    """One test on one attribute column, as the Matcher does it: ==, IN, NOT_IN or REGEX."""
    column: int
    op: str
    operand: object

    def holds(self, row: tuple, strings) -> bool:
        value = row[self.column]
        if self.op == "==":
            return value == self.operand
        if self.op == "IN":
            return value in self.operand
        if self.op == "NOT_IN":
            return value not in self.operand
        return self.operand.search(strings[value]) is not None  # REGEX searches the string

    def mentions(self) -> frozenset:
        """The values this predicate singles out (a REGEX singles out none by value)."""
        if self.op == "==":
            return frozenset([self.operand])
        return self.operand if self.op in ("IN", "NOT_IN") else frozenset()


@dataclass(frozen=True)
class Rule:
    """One fixed-length Matcher pattern and the attributes it sets on token ``target``."""
    order: int
    specs: tuple[tuple[Predicate, ...], ...]
    target: int
    attrs: tuple[tuple[int, int], ...]  # (write column, value)


@dataclass
class Column:
    """One attribute the patterns read, and how its values are made canonical.

    Two values that no ==/IN/NOT_IN mentions and that every REGEX treats alike give the same
    result for every predicate, so one stands for both. Without REGEX any unmentioned number
    will do; with REGEX the first value seen with each regex signature stands for the others
    (it must be a real string, since the regexes are run on it).
    """
    attr: int
    mentioned: frozenset
    regexes: tuple
    memo: dict = field(default_factory=dict)
    stand_ins: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.mentioned_array = numpy.array(sorted(self.mentioned), dtype=numpy.uint64)
        self.other = next(n for n in range(len(self.mentioned) + 1) if n not in self.mentioned)

    def canonical(self, values: numpy.ndarray, strings) -> list:
        """The canonical value of each value in ``values``."""
        if not self.regexes:
            return numpy.where(self._is_mentioned(values), values, self.other).tolist()
        if len(self.memo) > MAX_MEMO:
            self.memo.clear()
        memo = self.memo
        return [memo[v] if v in memo else self._stand_in(v, strings) for v in values.tolist()]

    def _is_mentioned(self, values: numpy.ndarray) -> numpy.ndarray:
        """Membership by binary search (numpy.isin is several times slower on short arrays)."""
        mentioned = self.mentioned_array
        if not len(mentioned):
            return numpy.zeros(len(values), dtype=bool)
        found = numpy.minimum(numpy.searchsorted(mentioned, values), len(mentioned) - 1)
        return mentioned[found] == values

    def _stand_in(self, value: int, strings) -> int:
        stand_in = value
        if value not in self.mentioned:
            signature = tuple(rx.search(strings[value]) is not None for rx in self.regexes)
            stand_in = self.stand_ins.setdefault(signature, value)
        self.memo[value] = stand_in
        return stand_in


@dataclass(frozen=True)
class Outcome:
    """What the patterns do to a token whose canonical attribute values are a given row."""
    values: tuple   # per write column, the value set by the single-token rules (0: none)
    is_set: tuple   # per write column, whether one of them set it
    orders: tuple   # per write column, the order of the rule that set it (-1: none)
    hits: frozenset  # (multi-token rule, position) pairs whose token spec the token meets
    starts: tuple   # multi-token rules whose first token spec the token meets


def attr_id(name) -> int:
    """The attribute id for a pattern or attrs key, with the Matcher's aliases."""
    if isinstance(name, int):
        return name
    key = name.upper()
    key = {"TEXT": "ORTH", "IS_SENT_START": "SENT_START"}.get(key, key)
    if key not in IDS:
        raise UnsupportedPattern(f"unsupported attribute {name!r}")
    return IDS[key]


def literal(value, strings) -> int:
    """A plain pattern value as the Matcher compares it (strings by hash, bools as 0/1)."""
    if isinstance(value, str):
        return strings.add(value)
    if isinstance(value, (bool, int)):
        return int(value)
    raise UnsupportedPattern(f"unsupported pattern value {value!r}")


def meets(spec: tuple[Predicate, ...], row: tuple, strings) -> bool:
    """Whether a token with this row of values meets every predicate of a token spec."""
    return all(predicate.holds(row, strings) for predicate in spec)


class FastAttributeRuler:
    """Sets the same token attributes as spaCy's AttributeRuler given the same patterns."""

    def __init__(self, vocab, name: str = "attribute_ruler") -> None:
        self.vocab = vocab
        self.name = name
        self._patterns: list[dict] = []
        self._compile([])

    @property
    def patterns(self) -> list[dict]:
        """The patterns as given, in AttributeRuler's format."""
        return list(self._patterns)

    def add_patterns(self, patterns) -> None:
        """Add AttributeRuler patterns ({"patterns", "attrs", "index"}) and recompile."""
        patterns = self._patterns + list(patterns)
        self._compile(patterns)
        self._patterns = patterns

    def clear(self) -> None:
        """Forget all patterns."""
        self._patterns = []
        self._compile([])

    # -- compiling the patterns -------------------------------------------------------

    def _compile(self, patterns: list[dict]) -> None:
        """Fix the read and write columns, then turn each pattern alternative into a Rule."""
        normed = [self._normalize_attrs(p["attrs"]) for p in patterns]
        self.write_ids = sorted({attr for attrs in normed for attr in attrs})
        self.read_ids = sorted({attr_id(k) for p in patterns for alt in p["patterns"]
                                for spec in alt for k in spec})
        singles, multis = [], []
        for order, pattern in enumerate(patterns):
            attrs = tuple((self.write_ids.index(a), v) for a, v in normed[order].items())
            for alternative in pattern["patterns"]:
                rule = self._compile_rule(order, alternative, pattern.get("index", 0), attrs)
                (singles if len(rule.specs) == 1 else multis).append(rule)
        self.singles, self.multis = singles, multis
        self.columns = [self._compile_column(i, attr) for i, attr in enumerate(self.read_ids)]
        self._compile_writes(normed)
        self._reset_outcomes()

    def _normalize_attrs(self, attrs: dict) -> dict[int, int]:
        """The attrs as {attribute id: value}, normalised exactly as AttributeRuler.add does."""
        if "_" in attrs:
            raise UnsupportedPattern(f"extension attributes in {attrs!r}")
        normed = normalize_token_attrs(self.vocab, dict(attrs))
        if not set(normed) <= WRITABLE:
            raise UnsupportedPattern(f"{attrs!r} sets more than POS/TAG/DEP/LEMMA/MORPH")
        return normed

    def _compile_rule(self, order: int, pattern: list[dict], index: int, attrs) -> Rule:
        """One Matcher pattern; fixed-length, so the target token is known in advance."""
        if not pattern or not -len(pattern) <= index < len(pattern):
            raise UnsupportedPattern(f"index {index} outside pattern {pattern!r}")
        specs = tuple(self._compile_spec(spec) for spec in pattern)
        return Rule(order, specs, index % len(pattern), attrs)

    def _compile_spec(self, spec: dict) -> tuple[Predicate, ...]:
        """The predicates of one token spec (all must hold)."""
        predicates = []
        for key, value in spec.items():
            if key in ("_", "OP") or attr_id(key) in UNREADABLE:
                raise UnsupportedPattern(f"unsupported pattern key {key!r}")
            column = self.read_ids.index(attr_id(key))
            if isinstance(value, dict):
                predicates.extend(compile_operators(column, value))
            else:
                predicates.append(Predicate(column, "==", literal(value, self.vocab.strings)))
        return tuple(predicates)

    def _compile_column(self, column: int, attr: int) -> Column:
        """What the predicates on this column mention, to make its values canonical."""
        predicates = [p for rule in self.singles + self.multis for spec in rule.specs
                      for p in spec if p.column == column]
        mentioned = frozenset().union(*(p.mentions() for p in predicates))
        return Column(attr, mentioned, tuple(p.operand for p in predicates if p.op == "REGEX"))

    def _compile_writes(self, normed: list[dict[int, int]]) -> None:
        """Which write columns go through from_array, and the MORPH analyses to set."""
        self._plain_columns = [i for i, attr in enumerate(self.write_ids) if attr != MORPH]
        self._plain_ids = [self.write_ids[i] for i in self._plain_columns]
        self._morph_column = self.write_ids.index(MORPH) if MORPH in self.write_ids else None
        self._analyses = {attrs[MORPH]: MorphAnalysis.from_id(self.vocab, attrs[MORPH])
                          for attrs in normed if MORPH in attrs}

    def __reduce__(self):
        """Pickle as vocab, name and patterns (spaCy's worker processes may pickle the pipeline)."""
        return _rebuild, (self.vocab, self.name, self._patterns)

    def _reset_outcomes(self) -> None:
        """An empty outcome cache: canonical row -> slot in the outcome tables."""
        self.cache: dict[tuple, int] = {}
        self.outcomes: list[Outcome] = []
        self._values = numpy.zeros((64, len(self.write_ids)), dtype=numpy.uint64)
        self._is_set = numpy.zeros((64, len(self.write_ids)), dtype=bool)
        self._has_start = numpy.zeros(64, dtype=bool)

    # -- applying them ----------------------------------------------------------------

    def __call__(self, doc):
        """Look up every token's outcome, apply multi-token matches, write all at once."""
        if not len(doc) or not self.write_ids:
            return doc
        if len(self.outcomes) > MAX_OUTCOMES:
            self._reset_outcomes()
        array = doc.to_array(self.read_ids + self.write_ids).reshape(len(doc), -1)
        strings = self.vocab.strings
        columns = [c.canonical(array[:, i], strings) for i, c in enumerate(self.columns)]
        slots = self._slots(list(zip(*columns)) if columns else [()] * len(doc))
        is_set = self._is_set[slots]
        values = numpy.where(is_set, self._values[slots], array[:, len(columns):])
        if self.multis and self._has_start[slots].any():
            self._apply_multis(slots.tolist(), values, is_set)
        self._write(doc, values, is_set)
        return doc

    def _write(self, doc, values: numpy.ndarray, is_set: numpy.ndarray) -> None:
        """Write the new values: one from_array, except MORPH, set on the tokens it changes.

        from_array looks every token's MORPH up again in the morphology table, which costs
        more than all the rest; the analyses the patterns set are in that table already.
        """
        if self._plain_columns:
            doc.from_array(self._plain_ids, values[:, self._plain_columns])
        if self._morph_column is not None:
            changed = numpy.flatnonzero(is_set[:, self._morph_column])
            for i, key in zip(changed.tolist(), values[changed, self._morph_column].tolist()):
                doc[i].morph = self._analyses[key]

    def _slots(self, rows: list[tuple]) -> numpy.ndarray:
        """The outcome slot of each canonical row, working out the ones not seen yet."""
        get = self.cache.get
        slots = [get(row) for row in rows]
        if None in slots:
            slots = [self._slot(row) if slot is None else slot for slot, row in zip(slots, rows)]
        return numpy.array(slots, dtype=numpy.intp)

    def _slot(self, row: tuple) -> int:
        """The slot for a row, adding its outcome to the tables if it is new."""
        if row in self.cache:
            return self.cache[row]
        outcome = self._evaluate(row)
        slot = len(self.outcomes)
        if slot == len(self._values):
            self._values = numpy.concatenate([self._values, numpy.zeros_like(self._values)])
            self._is_set = numpy.concatenate([self._is_set, numpy.zeros_like(self._is_set)])
            self._has_start = numpy.concatenate([self._has_start, numpy.zeros_like(self._has_start)])
        self._values[slot] = outcome.values
        self._is_set[slot] = outcome.is_set
        self._has_start[slot] = bool(outcome.starts)
        self.outcomes.append(outcome)
        self.cache[row] = slot
        return slot

    def _evaluate(self, row: tuple) -> Outcome:
        """Apply the single-token rules in order (later ones win); note multi-token hits."""
        strings = self.vocab.strings
        values = [0] * len(self.write_ids)
        orders = [-1] * len(self.write_ids)
        for rule in self.singles:
            if meets(rule.specs[0], row, strings):
                for column, value in rule.attrs:
                    values[column], orders[column] = value, rule.order
        hits = frozenset((n, i) for n, rule in enumerate(self.multis)
                         for i, spec in enumerate(rule.specs) if meets(spec, row, strings))
        return Outcome(tuple(values), tuple(o >= 0 for o in orders), tuple(orders), hits,
                       tuple(sorted(n for n, i in hits if i == 0)))

    def _apply_multis(self, slots: list[int], values: numpy.ndarray, is_set: numpy.ndarray) -> None:
        """Multi-token matches overwrite a token's values where their rule comes later."""
        matches = []
        for start in numpy.flatnonzero(self._has_start[slots]).tolist():
            for n in self.outcomes[slots[start]].starts:
                rule = self.multis[n]
                if self._matches_at(start, n, slots):
                    matches.append((rule.order, start + rule.target, n))
        orders: dict[int, list[int]] = {}
        for order, token, n in sorted(matches):
            token_orders = orders.setdefault(token, list(self.outcomes[slots[token]].orders))
            for column, value in self.multis[n].attrs:
                if order >= token_orders[column]:
                    values[token, column], token_orders[column] = value, order
                    is_set[token, column] = True

    def _matches_at(self, start: int, n: int, slots: list[int]) -> bool:
        """Whether multi-token rule ``n`` (whose first spec the start token meets) matches."""
        length = len(self.multis[n].specs)
        return start + length <= len(slots) and all(
            (n, i) in self.outcomes[slots[start + i]].hits for i in range(1, length))

    # -- serialization: the patterns only, so that nlp.to_disk / from_disk keep them -----

    def to_bytes(self, *, exclude=()) -> bytes:
        return srsly.msgpack_dumps({"patterns": srsly.msgpack_dumps(self.patterns)})

    def from_bytes(self, data: bytes, *, exclude=()) -> FastAttributeRuler:
        self.clear()
        self.add_patterns(srsly.msgpack_loads(srsly.msgpack_loads(data)["patterns"]))
        return self

    def to_disk(self, path, *, exclude=()) -> None:
        """Save as AttributeRuler does (``<path>/patterns``), so either can load it."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(path / "patterns", self.patterns)

    def from_disk(self, path, *, exclude=()) -> FastAttributeRuler:
        self.clear()
        self.add_patterns(srsly.read_msgpack(Path(path) / "patterns"))
        return self


def compile_operators(column: int, operators: dict) -> list[Predicate]:
    """IN / NOT_IN (by hash, as the Matcher does) and REGEX (re.search on the string)."""
    predicates = []
    for op, operand in operators.items():
        if op in ("IN", "NOT_IN") and all(isinstance(v, (str, int)) for v in operand):
            predicates.append(Predicate(column, op, frozenset(get_string_id(v) for v in operand)))
        elif op == "REGEX" and isinstance(operand, str):
            predicates.append(Predicate(column, op, re.compile(operand)))
        else:
            raise UnsupportedPattern(f"unsupported operator {op!r}")
    return predicates


def _rebuild(vocab, name: str, patterns: list[dict]) -> FastAttributeRuler:
    """A FastAttributeRuler from its pickled parts."""
    ruler = FastAttributeRuler(vocab, name)
    ruler.add_patterns(patterns)
    return ruler


@Language.factory(FACTORY)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty FastAttributeRuler; patterns come from add_patterns or from_disk."""
    return FastAttributeRuler(nlp.vocab, name)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the pipeline's AttributeRuler by a FastAttributeRuler with its patterns.

    Returns False, leaving ``nlp`` untouched, when there is no such ruler or when a
    pattern uses something the fast ruler does not reproduce exactly.
    """
    if name not in nlp.component_names or not isinstance(nlp.get_pipe(name), AttributeRuler):
        return False
    patterns = nlp.get_pipe(name).patterns
    try:
        FastAttributeRuler(nlp.vocab, name).add_patterns(patterns)
    except UnsupportedPattern:
        return False
    disabled = name in nlp.disabled
    nlp.replace_pipe(name, FACTORY).add_patterns(patterns)
    if disabled:
        nlp.disable_pipe(name)
    return True
