"""Evaluation on gold-coded sentences: code each gold sentence as an article, score the events.

The gold file holds one sentence a line: {"id", "text", "date"?, "events": [{"plover", "cameo",
"source": [{"text", "country"}], "target": [...]}], "no_event"?}. The figures follow the
contract of the project's scorer (../shared/eval/score.py): PLOVER types are derived from
each event's CAMEO code through the codebook, statements (01) carry no PLOVER type.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from .export import event_record
from .options import Options
from .pipeline import run
from .records import Article, ArticleResult


def read_gold(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def gold_articles(gold: Iterable[dict]) -> list[Article]:
    return [Article(id=str(g["id"]), text=g["text"], date=g.get("date") or "") for g in gold]


def code_gold(gold: list[dict], options: Options = Options(gkg=False)) -> list[dict]:
    """Event records for every gold sentence (DocId = the gold id)."""
    out = []
    for result in run(gold_articles(gold), options):
        if isinstance(result, ArticleResult):
            out.extend(event_record(e) for e in result.events)
    return out


def write_jsonl(rows: Iterable[dict], path: str | Path) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
