"""eventwire's data tables: one reader for its TSV files ('#' comments) and the CAMEO codebook.

Every module that reads a word list, lexicon or codebook comes here; nothing here imports the
rest of eventwire, so any stage may use it.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

DATA = resources.files("eventwire") / "data"


def read_table(name_or_path: str | Path, min_fields: int = 1) -> list[list[str]]:
    """Rows of a tab-separated data file, skipping blank and '#' lines; fields stripped."""
    path = Path(name_or_path) if isinstance(name_or_path, Path) or "/" in str(name_or_path) \
        else DATA / str(name_or_path)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [x.strip() for x in line.rstrip("\n").split("\t")]
            if len(fields) < min_fields:
                raise ValueError(f"{path}:{n}: expected {min_fields} tab-separated fields, got {len(fields)}")
            rows.append(fields)
    return rows


@dataclass(frozen=True)
class CodebookEntry:
    """One CAMEO event code with its standard values."""
    code: str
    root: str
    quad_class: int
    goldstein: float
    plover: str
    name: str


@lru_cache(maxsize=1)
def codebook() -> dict[str, CodebookEntry]:
    """The CAMEO codebook: code → name, root, QuadClass, Goldstein scale, PLOVER type."""
    table = {}
    for row in read_table("cameo.tsv", 6)[1:]:
        code, root, quad, gold, plover, name = row[:6]
        table[code] = CodebookEntry(code, root, int(quad), float(gold), plover, name)
    return table


def codebook_entry(code: str) -> CodebookEntry | None:
    """The codebook entry of a CAMEO code, or of its nearest parent code."""
    return codebook().get(code) or codebook().get(code[:3]) or codebook().get(code[:2])


def plover_type(code: str) -> str:
    """The PLOVER event type of a CAMEO code ('' for statements)."""
    entry = codebook_entry(code)
    return entry.plover if entry else ""
