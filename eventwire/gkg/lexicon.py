"""The one loader for the knowledge graph's lexicons (eventwire/data/gkg/*)."""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gkg"


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict[str, Any]:
    """A YAML lexicon from data/gkg, read once per process."""
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return yaml.safe_load(f)


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated lexicon from data/gkg; lines starting with '#' are comments."""
    with open(DATA_DIR / name, encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@lru_cache(maxsize=None)
def word_set(name: str, key: str) -> frozenset[str]:
    """A list in a YAML lexicon as a set of lower-case words."""
    return frozenset(str(w).lower() for w in load_yaml(name)[key])
