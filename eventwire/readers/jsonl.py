"""JSON Lines: one article per line, {"id", "text", "title"?, "date"?, "url"?, "source"?}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..records import Article, Rejected, content_id
from . import register
from .common import as_stream, decode, looks_binary, peek_head

FIELDS = ("title", "date", "url", "source", "author", "lang")


def article_from_record(record: object, origin: str) -> Article | Rejected:
    """An Article from one decoded JSON record, or a Rejected saying what is wrong."""
    if not isinstance(record, dict):
        return Rejected(origin=origin, stage="read", reason="record is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Rejected(origin=origin, stage="read", reason="missing or empty 'text' field",
                        doc_id=str(record.get("id", "")))
    doc_id = str(record.get("id") or content_id(text))
    extra = {k: str(record[k]) for k in FIELDS if record.get(k) not in (None, "")}
    extra.setdefault("source", origin.rsplit(":", 1)[0])
    return Article(id=doc_id, text=text, origin=origin, **extra)


@register("jsonl", [".jsonl", ".ndjson", ".json"], stream=True)
def read_jsonl(path: str, stream: BinaryIO | bytes) -> Iterator[Article | Rejected]:
    """One article per line, read line by line so big files are never held whole."""
    stream = as_stream(stream)
    if looks_binary(peek_head(stream)):
        yield Rejected(origin=path, stage="read", reason="binary content, not JSON lines")
        return
    records = 0
    for n, raw in enumerate(stream, 1):
        line = decode(raw)
        if not line.strip():
            continue
        records += 1
        yield parse_line(line, f"{path}:{n}")
    if not records:
        yield Rejected(origin=path, stage="read", reason="empty: no JSON records")


def parse_line(line: str, origin: str) -> Article | Rejected:
    """The article in one JSON line, or a Rejected naming the JSON error."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Rejected(origin=origin, stage="read", reason=f"invalid JSON: {exc.msg} at column {exc.colno}")
    return article_from_record(record, origin)
