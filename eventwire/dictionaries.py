"""User actor dictionaries: CSV/TSV/YAML files of actors that override the built-ins.

Columns (CSV/TSV with a header) or keys (YAML list of mappings): ``name``, ``code``
(CAMEO actor code, e.g. RUSGOV, IGOUNO), optional ``from`` / ``to`` (years the role
was held), ``aliases`` ("|"-separated) and ``kind`` (person, group, country, role).
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path


class DictionaryError(ValueError):
    """A user dictionary that cannot be read; the message names the file and line."""


def read_user_dictionary(path: Path) -> Iterator[tuple[str, str, str, int, int, list[str]]]:
    """(kind, name, code, from_year, to_year, aliases) for each row of a user dictionary."""
    rows = read_yaml(path) if path.suffix.lower() in (".yaml", ".yml") else read_delimited(path)
    for n, row in rows:
        name, code = str(row.get("name") or "").strip(), str(row.get("code") or "").strip().upper()
        if not name or not code:
            raise DictionaryError(f"{path}:{n}: each actor needs a 'name' and a 'code'")
        aliases = row.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [a.strip() for a in aliases.split("|") if a.strip()]
        yield (str(row.get("kind") or "person"), name, code, year(row.get("from"), 0, path, n),
               year(row.get("to"), 9999, path, n), list(aliases))


def year(value, default: int, path: Path, n: int) -> int:
    if value in (None, ""):
        return default
    try:
        return int(str(value)[:4])
    except ValueError:
        raise DictionaryError(f"{path}:{n}: '{value}' is not a year") from None


def read_delimited(path: Path):
    delimiter = "\t" if path.suffix.lower() in (".tsv", ".tab") else ","
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter=delimiter), 2):
            yield n, {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}


def read_yaml(path: Path):
    import yaml
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise DictionaryError(f"{path}: expected a list of actors")
    for n, row in enumerate(data, 1):
        if not isinstance(row, dict):
            raise DictionaryError(f"{path}: item {n} is not a mapping")
        yield n, {str(k).lower(): v for k, v in row.items()}
