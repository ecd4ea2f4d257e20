"""Helpers shared by the readers: decoding bytes and validating article text."""
from __future__ import annotations

import io
from datetime import datetime
from email.utils import parsedate_to_datetime
from collections.abc import Iterator
from typing import BinaryIO

from ..records import Rejected


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 as news sites use."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control characters."""
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return bool(sample) and controls / len(sample) > 0.05


def check_text(origin: str, text: str) -> Rejected | None:
    """A Rejected when an article's text is unusable, else None."""
    if not text.strip():
        return Rejected(origin=origin, stage="read", reason="empty: no article text")
    return None


def iso_date(value: str) -> str:
    """The calendar date (YYYY-MM-DD) a date string names, as written (no move to UTC); "" if none.

    Tries ISO 8601, then RFC 822 (feeds, e-mail), then dateparser for free-form dates.
    """
    value = (value or "").strip()
    if not value:
        return ""
    for parse in (_parse_iso, _parse_rfc822, _parse_free):
        found = parse(value)
        if found:
            return found
    return ""


def _parse_iso(value: str) -> str:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return ""


def _parse_rfc822(value: str) -> str:
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


# Free-form dates are read in these languages only: with all of dateparser's 200 locales one odd
# value took 17 s and every later one 0.15 s (the fuzz run found a CSV date column that hung).
DATE_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "nl", "ru")


def _parse_free(value: str) -> str:
    import dateparser  # slow to import: only loaded when a date is not ISO or RFC 822

    settings = {"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                "REQUIRE_PARTS": ["year", "month"], "PARSERS": ["custom-formats", "absolute-time"]}
    found = dateparser.parse(value[:100], settings=settings, languages=list(DATE_LANGUAGES))
    return found.date().isoformat() if found else ""


BLANK = b" \t\r\n"


def record_lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | Rejected]]:
    """(line number, bytes) of each non-blank line, each read with at most ``limit`` bytes held;
    a longer line comes as a Rejected (and is skipped to its end). Runs of blank lines are
    skipped a buffer at a time, not line by line."""
    n = 0
    while True:
        n += skip_blank(stream)
        raw = stream.readline(limit + 1)
        if not raw:
            return
        n += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            skip_line(stream)
            yield n, Rejected(origin="", stage="read", reason=f"line longer than {limit} bytes (max_record_bytes)")
        elif raw.strip():
            yield n, raw


def skip_blank(stream: BinaryIO) -> int:
    """Consume blank bytes at the head of the stream (buffer by buffer); returns newlines skipped."""
    newlines = 0
    while True:
        head = stream.peek(1 << 16)  # type: ignore[attr-defined]
        if not head:
            return newlines
        keep = len(head) - len(head.lstrip(BLANK))
        last = head.rfind(b"\n", 0, keep) + 1       # stop after a whole line, keep the next one's indent
        if last == 0:
            return newlines
        newlines += head.count(b"\n", 0, last)
        stream.read(last)
        if last < len(head):
            return newlines


def skip_line(stream: BinaryIO) -> None:
    """Consume the rest of the current line, a chunk at a time."""
    while True:
        chunk = stream.readline(1 << 16)
        if not chunk or chunk.endswith(b"\n"):
            return


def as_stream(data: bytes | BinaryIO) -> BinaryIO:
    """A binary stream with ``peek`` from bytes or a stream: streaming readers accept both."""
    if isinstance(data, (bytes, bytearray)):
        return io.BufferedReader(io.BytesIO(data))  # type: ignore[return-value]
    return data if hasattr(data, "peek") else io.BufferedReader(data)  # type: ignore[arg-type,return-value]


def peek_head(stream: BinaryIO, size: int = 4096) -> bytes:
    """The first ``size`` bytes still to be read, without consuming them."""
    return stream.peek(size)[:size]  # type: ignore[attr-defined]
