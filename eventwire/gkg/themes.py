"""Themes: the taxonomy of data/gkg/themes.yaml assigned per article with its evidence.

A term matches a token's lower-case form or its lemma, word by word for multi-word
terms; tokens inside DATE, TIME and number entities are skipped ("March" is not a
protest). Longest terms win where terms overlap.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Doc, Token

from .lexicon import load_yaml
from .records import Theme

LEXICON = "themes.yaml"
_SKIP_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def theme_names() -> list[str]:
    """Every theme of the taxonomy, in file order."""
    return list(load_yaml(LEXICON))


@lru_cache(maxsize=1)
def term_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First word → [(term words, theme)], longest terms first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for theme, entry in load_yaml(LEXICON).items():
        for term in entry["terms"]:
            words = tuple(str(term).lower().split())
            index[words[0]].append((words, theme))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return dict(index)


def _forms(token: Token) -> tuple[str, ...]:
    """The token's lower-case form, then its lemma: a tuple, so that the order of the evidence
    found does not change from one process to the next (a set's order does)."""
    return tuple(dict.fromkeys((token.lower_, token.lemma_.lower())))


def _match_at(doc: Doc, i: int, index) -> list[tuple[tuple[str, ...], str]]:
    """Terms starting at token i (all themes sharing the longest matching term)."""
    candidates = [e for form in _forms(doc[i]) for e in index.get(form, [])]
    matched = [(words, theme) for words, theme in candidates
               if i + len(words) <= len(doc)
               and all(w in _forms(doc[i + k]) for k, w in enumerate(words[1:], 1))]
    if not matched:
        return []
    longest = max(len(w) for w, _ in matched)
    return [(w, t) for w, t in matched if len(w) == longest]


def extract_themes(doc: Doc) -> list[Theme]:
    """Themes found in the Doc, in taxonomy order, with distinct evidence terms and hit offsets."""
    index, found = term_index(), {}
    i = 0
    while i < len(doc):
        matches = [] if doc[i].ent_type_ in _SKIP_ENTS else _match_at(doc, i, index)
        for words, theme in matches:
            entry = found.setdefault(theme, Theme(theme=theme))
            term = " ".join(words)
            if term not in entry.evidence:
                entry.evidence.append(term)
            entry.offsets.append(doc[i].idx)
        i += len(matches[0][0]) if matches else 1
    return [found[t] for t in theme_names() if t in found]
