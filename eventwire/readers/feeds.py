"""RSS and Atom feeds: one article per entry, parsed with feedparser (never fetched)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from xml.sax import SAXParseException

from ..records import Article, Rejected, content_id
from . import register
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


def parse_feed(data: bytes) -> Any:
    import feedparser  # loaded on first use

    return feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)


@register("feed", [".rss", ".atom", ".xml"])
def read_feed(path: str, data: bytes) -> Iterator[Article | Rejected]:
    if not data.strip():
        yield Rejected(origin=path, stage="read", reason="empty: no feed content")
        return
    if looks_binary(data):
        yield Rejected(origin=path, stage="read", reason="binary content, not an RSS/Atom feed")
        return
    feed = parse_feed(data)
    source = html_to_text(feed.feed.get("title", "")) or path
    for n, entry in enumerate(feed.entries, 1):
        yield article_from_entry(entry, source, f"{path}:item {n}")
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
