"""RSS and Atom feeds: one article per entry, parsed with feedparser (never fetched)."""
from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any
from xml.sax import SAXParseException

from ..records import Article, Rejected, content_id
from . import describe, register
from .common import iso_date, looks_binary
from .html import html_to_text


def entry_text(entry: Any) -> str:
    """The fullest text an entry carries: the longest of its content blocks and summary.

    Feeds disagree on which field is the full one (NYT puts a shorter blurb in
    content than in description), so length decides rather than field name.
    """
    bodies = [c.get("value", "") for c in entry.get("content", [])]
    bodies.append(entry.get("summary", ""))
    texts = [html_to_text(body) for body in bodies if body]
    return max(texts, key=len, default="")


def entry_date(entry: Any) -> str:
    """Publication date as the feed writes it (local date, not moved to UTC)."""
    for key in ("published", "updated", "created"):
        found = iso_date(entry.get(key, ""))
        if found:
            return found
    return ""


def article_from_entry(entry: Any, source: str, origin: str) -> Article | Rejected:
    """An Article from a feed entry; entries with neither text nor title are rejected."""
    title = html_to_text(entry.get("title", ""))
    link = entry.get("link", "")
    key = link or entry.get("id", "") or title
    text = entry_text(entry) or title
    if not text:
        return Rejected(origin=origin, stage="read", reason="feed entry has no title or text")
    author = entry.get("author", "")
    return Article(id=content_id(key), text=text, title=title, date=entry_date(entry),
                   url=link, source=source, author=author, origin=origin)


def entry_article(entry: Any, source: str, origin: str) -> Article | Rejected:
    """``article_from_entry`` with any failure on this entry turned into a rejected row."""
    try:
        return article_from_entry(entry, source, origin)
    except Exception as exc:  # noqa: BLE001 - one bad entry is one rejected row, the feed goes on
        return Rejected(origin=origin, stage="read", reason=f"unreadable feed entry: {describe(exc)}")


def parse_feed(data: bytes) -> Any:
    """The parsed feed. feedparser takes a string or bytes for a file name or URL to open,
    so the content goes in as a file object: an input is data, never an address."""
    import feedparser  # loaded on first use

    data = valid_encoding_name(valid_char_refs(data))
    try:
        return feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except FEEDPARSER_ERRORS as exc:
        raise UnreadableFeed(f"malformed feed: the feed parser failed ({describe(exc)})") from None


# What feedparser's fallback parser raises on some malformed feeds (its own state errors, e.g.
# KeyError: 'links' for a <link> closed inside another element; found by bench/fuzz.py).
FEEDPARSER_ERRORS = (KeyError, IndexError, AttributeError, TypeError, ValueError, OverflowError)


class UnreadableFeed(ValueError):
    """A feed the feed parser cannot read at all."""


CHAR_REF = re.compile(rb"&#([xX][0-9a-fA-F]+|[0-9]+);")
# feedparser's own reading of the declared encoding: the last encoding="…" of the first line
DECLARED_ENCODING = re.compile(rb"""^<\?.*encoding=['"](.*?)['"].*\?>""")
ENCODING_NAME = re.compile(rb"[A-Za-z][A-Za-z0-9._:-]{0,39}")


def valid_encoding_name(data: bytes) -> bytes:
    """The feed with an XML declaration's encoding that is no encoding name (bytes outside
    ASCII: feedparser fails decoding the name itself) declared as utf-8."""
    m = DECLARED_ENCODING.match(data)
    if m is None or ENCODING_NAME.fullmatch(m.group(1)):
        return data
    return data[:m.start(1)] + b"utf-8" + data[m.end(1):]


def valid_char_refs(data: bytes) -> bytes:
    """The feed with character references to no character (a surrogate, NUL, past U+10FFFF)
    replaced by U+FFFD: feedparser's fallback parser raises on them."""
    def fix(m: re.Match) -> bytes:
        ref = m.group(1)
        code = int(ref[1:], 16) if ref[:1] in (b"x", b"X") else int(ref)
        return m.group() if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else b"&#xFFFD;"
    return CHAR_REF.sub(fix, data)


@register("feed", [".rss", ".atom", ".xml"])
def read_feed(path: str, data: bytes) -> Iterator[Article | Rejected]:
    if not data.strip():
        yield Rejected(origin=path, stage="read", reason="empty: no feed content")
        return
    if looks_binary(data):
        yield Rejected(origin=path, stage="read", reason="binary content, not an RSS/Atom feed")
        return
    try:
        feed = parse_feed(data)
    except UnreadableFeed as exc:
        yield Rejected(origin=path, stage="read", reason=str(exc))
        return
    source = html_to_text(feed.feed.get("title", "")) or path
    for n, entry in enumerate(feed.entries, 1):
        yield entry_article(entry, source, f"{path}:item {n}")
    problem = feed_problem(feed)
    if problem:
        yield Rejected(origin=path, stage="read", reason=problem)


def feed_problem(feed: Any) -> str:
    """What is wrong with a parsed feed: broken XML (even if some entries were read), or no entries.

    Other bozo flags (e.g. a declared encoding that had to be overridden) are harmless.
    """
    exc = feed.get("bozo_exception")
    if isinstance(exc, SAXParseException):
        return f"malformed feed XML at line {exc.getLineNumber()}: {exc.getMessage()}"
    if feed.entries:
        return ""
    if exc is not None:
        return f"unreadable feed: {exc}"
    return "feed has no entries" if feed.version else "not an RSS or Atom feed"
