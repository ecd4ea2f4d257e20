"""CSV and TSV tables: a header row, then one article per row, streamed.

Columns are found by common header names (``DEFAULT_COLUMNS``) or named by the
caller: ``read_table(path, stream, {"text": "body_html", "date": "pub"})``.
"""
from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import PurePath
from typing import BinaryIO

from ..records import Article, Rejected, content_id
from ..limits import LimitExceeded
from . import describe, limits_of, register
from .common import as_stream, decode, iso_date, looks_binary, peek_head, skip_line

# Article field -> header names tried in order (compared case-insensitively).
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "article_id", "guid", "uid"),
    "text": ("text", "body", "content", "article", "story", "full_text", "fulltext", "maintext"),
    "title": ("title", "headline", "heading", "head"),
    "date": ("date", "published", "published_at", "publish_date", "pubdate", "date_publish",
             "datetime", "timestamp", "time"),
    "url": ("url", "link", "href", "source_url", "sourceurl"),
    "source": ("source", "outlet", "publisher", "site", "site_name", "domain", "feed"),
    "author": ("author", "authors", "byline", "creator"),
    "lang": ("lang", "language"),
}
DELIMITERS = ",;\t|"


def map_columns(header: list[str], columns: dict[str, str] | None) -> dict[str, int]:
    """Article field -> column index, from the caller's mapping, else the default names."""
    index = {name.strip().lower(): i for i, name in reversed(list(enumerate(header)))}
    mapping: dict[str, int] = {}
    for field, names in DEFAULT_COLUMNS.items():
        wanted = (columns[field],) if columns and field in columns else names
        found = next((index[n.lower()] for n in wanted if n.lower() in index), None)
        if found is not None:
            mapping[field] = found
    return mapping


def pick_delimiter(path: str, first_line: str) -> str:
    """Tab for .tsv; otherwise whichever usual delimiter the header line uses most."""
    if ".tsv" in (x.lower() for x in PurePath(path).suffixes):   # also x.tsv.gz
        return "\t"
    return max(DELIMITERS, key=first_line.count) if first_line else ","


def decoded_lines(stream: BinaryIO, limit: int) -> Iterator[str]:
    """The stream's lines as text, each decoded on its own (UTF-8, else cp1252); a line longer
    than ``limit`` bytes stops the table (LimitExceeded)."""
    while raw := stream.readline(limit + 1):
        if len(raw) > limit and not raw.endswith(b"\n"):
            skip_line(stream)
            raise LimitExceeded(f"line longer than {limit} bytes (max_record_bytes)")
        yield decode(raw)


def article_from_row(row: list[str], mapping: dict[str, int], origin: str) -> Article | Rejected:
    """An Article from one table row; a row without text is rejected."""
    values = {f: row[i].strip() for f, i in mapping.items() if i < len(row) and row[i].strip()}
    text = values.pop("text", "")
    if not text:
        return Rejected(origin=origin, stage="read", reason="row has no text",
                        doc_id=values.get("id", ""))
    doc_id = values.pop("id", "") or content_id(values.get("url", ""), text)
    if "date" in values:
        values["date"] = iso_date(values["date"]) or values["date"]
    values.setdefault("source", origin.rsplit(":", 1)[0])
    return Article(id=doc_id, text=text, origin=origin, **values)


def read_table(path: str, stream: BinaryIO | bytes,
               columns: dict[str, str] | None = None) -> Iterator[Article | Rejected]:
    """Articles from a CSV/TSV stream; ``columns`` maps Article fields to header names."""
    stream = as_stream(stream)
    if looks_binary(peek_head(stream)):
        yield Rejected(origin=path, stage="read", reason="binary content, not a CSV/TSV table")
        return
    limit = limits_of(stream)[0].record_bytes
    lines = decoded_lines(stream, limit)
    first = next(lines, "")
    if not first.strip():
        yield Rejected(origin=path, stage="read", reason="empty: no header row")
        return
    yield from read_rows(path, first, lines, columns, limit)


def read_rows(path: str, first: str, lines: Iterator[str],
              columns: dict[str, str] | None, limit: int = 2**31 - 1) -> Iterator[Article | Rejected]:
    csv.field_size_limit(min(sys.maxsize, limit, 2**31 - 1))  # whole articles exceed the 128 kB default
    delimiter = pick_delimiter(path, first)
    rows = csv.reader(chain_first(first, lines), delimiter=delimiter)
    try:
        mapping = map_columns(next(rows), columns)
    except (csv.Error, StopIteration) as exc:
        yield Rejected(origin=f"{path}:1", stage="read", reason=f"bad CSV header: {describe(exc)}")
        return
    if "text" not in mapping:
        wanted = columns.get("text") if columns else "/".join(DEFAULT_COLUMNS["text"])
        yield Rejected(origin=f"{path}:1", stage="read", reason=f"no text column (looked for {wanted})")
        return
    line, found = rows.line_num, 0
    try:
        for row in rows:
            if any(cell.strip() for cell in row):
                found += 1
                yield row_article(row, mapping, f"{path}:{line + 1}")
            line = rows.line_num
    except csv.Error as exc:
        yield Rejected(origin=f"{path}:{line + 1}", stage="read", reason=f"bad CSV: {exc}")
        return
    if not found:
        yield Rejected(origin=path, stage="read", reason="empty: a header and no rows")


def row_article(row: list[str], mapping: dict[str, int], origin: str) -> Article | Rejected:
    """``article_from_row`` with any failure on this row turned into a rejected row."""
    try:
        return article_from_row(row, mapping, origin)
    except Exception as exc:  # noqa: BLE001 - one bad row is one rejected row, the table goes on
        return Rejected(origin=origin, stage="read", reason=f"unreadable row: {describe(exc)}")


def chain_first(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


@register("table", [".csv", ".tsv"], stream=True)
def read_csv(path: str, stream: BinaryIO) -> Iterator[Article | Rejected]:
    yield from read_table(path, stream, None)


def use_columns(columns: dict[str, str] | None) -> None:
    """Make every later .csv/.tsv read use this column mapping (None: back to the defaults)."""
    def read(path: str, stream: BinaryIO) -> Iterator[Article | Rejected]:
        return read_table(path, stream, columns)
    register("table", [".csv", ".tsv"], stream=True)(read if columns else read_csv)
