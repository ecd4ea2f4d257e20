"""JSON Lines: one article per line, {"id", "text", "title"?, "date"?, "url"?, "source"?}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from ..records import Article, Rejected, content_id
from . import describe, limits_of, register
from .common import as_stream, decode, looks_binary, peek_head, record_lines

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
    for n, raw in record_lines(stream, limits_of(stream)[0].record_bytes):
        records += 1
        if isinstance(raw, Rejected):
            yield Rejected(origin=f"{path}:{n}", stage="read", reason=raw.reason)
            continue
        yield parse_line(decode(raw), f"{path}:{n}")
    if not records:
        yield Rejected(origin=path, stage="read", reason="empty: no JSON records")


def parse_line(line: str, origin: str) -> Article | Rejected:
    """The article in one JSON line, or a Rejected naming the JSON error."""
    try:
        record = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        return Rejected(origin=origin, stage="read", reason=f"invalid JSON: {exc.msg} at column {exc.colno}")
    except RecursionError:
        return Rejected(origin=origin, stage="read", reason="invalid JSON: nested too deeply")
    except ValueError as exc:        # e.g. an integer of more than 4,300 digits
        return Rejected(origin=origin, stage="read", reason=f"invalid JSON: {describe(exc)}")
    try:
        return article_from_record(record, origin)
    except Exception as exc:  # noqa: BLE001 - one bad record is one rejected row, the file goes on
        return Rejected(origin=origin, stage="read", reason=f"unreadable record: {describe(exc)}")
