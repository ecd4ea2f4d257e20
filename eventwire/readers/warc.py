"""WARC and ARC web archives (plain or gzipped), streamed record by record with warcio.

Each HTML ``response`` record goes through the same ``extract_page`` as an
HTML file. url = WARC-Target-URI (the address actually crawled). date = the
page's own publication date when it states one, else the calendar date of
WARC-Date: a crawl can happen years after publication, and events should be
dated by the report, so the crawl date is only a fallback.
Other records (requests, metadata, images, redirects, errors) are skipped.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..records import Article, Rejected
from . import describe, limits_of, register
from .common import as_stream, iso_date
from .html import read_page

HTML_TYPES = ("text/html", "application/xhtml+xml")
# What a damaged archive raises while being iterated: warcio's own load error,
# a cut gzip member, a header cut mid-line.
# warcio also raises AttributeError for a response record without WARC-Target-URI (fuzz finding)
# and OverflowError for a Content-Length past 2**63.
ARCHIVE_ERRORS: tuple[type[BaseException], ...] = (EOFError, zlib.error, OSError, ValueError, OverflowError,
                                                   AttributeError)


def is_html_response(record: Any) -> bool:
    """A successful HTTP response whose body is an HTML page."""
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    return status.startswith("2") and ctype.startswith(HTML_TYPES)


def article_from_record(record: Any, body: bytes, origin: str) -> Article | Rejected:
    """The article in one HTML response record, dated by the page or else by the crawl."""
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    found = read_page(origin, body, url=url)
    if isinstance(found, Article) and not found.date:
        found.date = iso_date(record.rec_headers.get_header("WARC-Date") or "")
    return found


@register("warc", [".warc", ".warc.gz", ".arc", ".arc.gz"], stream=True)
def read_warc(path: str, stream: BinaryIO) -> Iterator[Article | Rejected]:
    for item in html_records(path, as_stream(stream)):
        yield item if isinstance(item, Rejected) else record_article(*item)


def record_article(record: Any, body: bytes | Rejected, origin: str) -> Article | Rejected:
    """``article_from_record`` with any failure on this record turned into a rejected row."""
    if isinstance(body, Rejected):
        return Rejected(origin=origin, stage="read", reason=body.reason)
    try:
        return article_from_record(record, body, origin)
    except Exception as exc:  # noqa: BLE001 - one bad record is one rejected row, the archive goes on
        return Rejected(origin=origin, stage="read", reason=f"unreadable WARC record: {describe(exc)}")


def html_records(path: str, stream: BinaryIO) -> Iterator[tuple[Any, bytes, str] | Rejected]:
    """(record, body, origin) of each HTML response, then a Rejected if the archive is damaged."""
    from warcio.archiveiterator import ArchiveIterator  # loaded on first use
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(stream, arc2warc=True)
    limit = limits_of(stream)[0].record_bytes
    next_offset, seen = 0, 0
    try:
        for record in records:
            # read the body before asking for the offset: warcio reads to the record's end to measure it
            body = record_body(record, limit) if is_html_response(record) else None
            offset = records.get_record_offset()
            if is_cut_short(record):
                yield damaged(path, offset, seen, EOFError("record cut short of its Content-Length"))
                return
            next_offset, seen = offset + records.get_record_length(), seen + 1
            if body is not None:
                yield record, body, f"{path}@{offset}"
    except (ArchiveLoadFailed, *ARCHIVE_ERRORS) as exc:
        yield damaged(path, next_offset, seen, exc)
        return
    if not seen:
        yield Rejected(origin=path, stage="read", reason="empty: no WARC records")
    elif bytes_after(stream, next_offset) > 4:      # 4: the CRLF CRLF that closes a record
        yield damaged(path, next_offset, seen, EOFError("archive ends inside a record header"))


def record_body(record: Any, limit: int) -> bytes | Rejected:
    """An HTML record's body, or a Rejected when it is longer than ``limit`` bytes."""
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return Rejected(origin="", stage="read", reason=f"record longer than {limit} bytes (max_record_bytes)")
    return body


def bytes_after(stream: BinaryIO, end_of_records: int) -> int:
    """How many bytes the stream holds past the last whole record (0 when it cannot tell)."""
    try:
        stream.read()
        return stream.tell() - end_of_records
    except (OSError, ValueError):
        return 0


def is_cut_short(record: Any) -> bool:
    """True when the archive ends inside this record; warcio reads such records without error.

    Either the body is shorter than its Content-Length, or the header block
    itself was cut before Content-Length (which every WARC record must have).
    """
    if getattr(record.raw_stream, "limit", 0) > 0:
        return True
    return record.format == "warc" and record.rec_headers.get_header("Content-Length") is None


def damaged(path: str, offset: int, seen: int, exc: BaseException) -> Rejected:
    """A Rejected for an archive that breaks off: where, after how many records, and why."""
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return Rejected(origin=f"{path}@{offset}", stage="read",
                    reason=f"damaged or truncated archive after {seen} records: {detail[:200]}")
