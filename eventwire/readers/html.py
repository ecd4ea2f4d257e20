"""HTML news pages: main text and metadata extracted offline with trafilatura.

``extract_page`` is the one extraction step: the HTML reader, the WARC reader
and anything else that holds a page's bytes go through it, so a page gives the
same article whichever container it came in.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape

import lxml.html
from lxml import etree

from ..records import Article, Rejected, content_id
from . import register
from .common import DATE_LANGUAGES, looks_binary

# Settings chosen on the 12 shared news pages (tests/test_readers.py scores them):
# the default balance beats favor_precision (0.973 vs 0.971 mean token F1) and
# favor_recall gives the same text; comments are never part of the article.
EXTRACT_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "with_metadata": True,
}

MIN_ARTICLE_WORDS = 10    # less is a menu or an error page, not a report
TITLE_SEPARATORS = re.compile(r"\s+[|\-–—»·]\s+(?!.*\s[|\-–—»·]\s)")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption"}


@dataclass
class Page:
    """What extraction finds in one HTML page."""
    text: str
    title: str = ""
    date: str = ""      # publication date as the page states it, ISO YYYY-MM-DD
    author: str = ""
    source: str = ""    # site name, else host name
    url: str = ""       # canonical URL the page declares


def extract_page(data: bytes | str) -> Page | None:
    """Main text and metadata of a news page, or None when no article text is found."""
    import trafilatura  # heavy import: loaded on first use, not when readers are registered

    dates_in_our_languages()
    try:
        tree = trafilatura.load_html(data)
    except (ValueError, etree.ParserError):
        return None
    if tree is None:
        return None
    head_title = document_title(tree)
    doc = trafilatura.bare_extraction(tree, **EXTRACT_OPTIONS)
    if doc is None or len((doc.text or "").split()) < MIN_ARTICLE_WORDS:
        return None
    return Page(text=doc.text.strip(), title=head_title or clean_space(doc.title or ""),
                date=doc.date or "", author=clean_authors(doc.author or ""),
                source=doc.sitename or doc.hostname or "", url=doc.url or "")


_DATE_PARSER: list = []


def dates_in_our_languages() -> None:
    """Have htmldate (trafilatura's date finder) read free-form dates in ``DATE_LANGUAGES`` only,
    as the other readers do: with all of dateparser's 200 locales, the first odd date in a page
    cost 4 s of CPU (its locales' patterns compiled; 10 s on a busy machine: a fuzz "hang")."""
    from htmldate import extractors

    if not _DATE_PARSER:
        from dateparser import DateDataParser

        _DATE_PARSER.append(DateDataParser(languages=list(DATE_LANGUAGES), settings={
            "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"], "PREFER_DATES_FROM": "past",
            "PREFER_LOCALE_DATE_ORDER": True, "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}))
    if getattr(extractors.get_external_parser, "__name__", "") != "our_date_parser":
        extractors.get_external_parser = our_date_parser


def our_date_parser():
    """The date parser htmldate gets (same settings as its own, our languages only)."""
    return _DATE_PARSER[0]


def document_title(tree: lxml.html.HtmlElement) -> str:
    """The page's <title> headline without a trailing site-name or date segment.

    Like Readability we prefer <title> to og:title: social titles are often
    rewritten teasers, while <title> carries the headline plus " | Site".
    """
    found = tree.xpath("/html/head/title/text()") or tree.xpath("//title[not(@id)]/text()")
    title = clean_space(found[0]) if found else ""
    return cut_site_suffix(title)


def cut_site_suffix(title: str) -> str:
    """Drop the last " | X" / " - X" segment when it is short and the headline stays whole."""
    match = TITLE_SEPARATORS.search(title)
    if not match:
        return title
    head, tail = title[:match.start()], title[match.end():]
    if len(tail.split()) <= 6 and len(head.split()) >= 2:
        return head.strip()
    return title


def clean_space(text: str) -> str:
    return " ".join(text.split())


def clean_authors(value: str) -> str:
    """Authors joined by '; ', each once (pages often repeat a byline in capitals)."""
    seen: dict[str, str] = {}
    for name in (clean_space(x) for x in value.split(";")):
        if name:
            seen.setdefault(name.casefold(), name)
    return "; ".join(seen.values())


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (feed summaries): blocks become lines, markup goes."""
    fragment = NOT_XML.sub(" ", fragment)       # lxml refuses control characters and surrogates
    if "<" not in fragment:
        return clean_space(unescape(fragment))
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    lines = (clean_space(line) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def article_from_page(page: Page, origin: str, url: str = "") -> Article:
    """An Article from an extracted page; ``url`` (e.g. a WARC target) wins over the page's."""
    url = url or page.url
    return Article(id=content_id(url or origin, page.title), text=page.text, title=page.title,
                   date=page.date, url=url, source=page.source, author=page.author,
                   origin=origin)


def read_page(origin: str, data: bytes, url: str = "") -> Article | Rejected:
    """One HTML document's article, or a Rejected saying why there is none."""
    if not data.strip():
        return Rejected(origin=origin, stage="read", reason="empty: no HTML content")
    if looks_binary(data):
        return Rejected(origin=origin, stage="read", reason="binary content, not HTML")
    page = extract_page(data)
    if page is None:
        return Rejected(origin=origin, stage="read", reason="no article text found in HTML page")
    return article_from_page(page, origin, url)


@register("html", [".html", ".htm", ".xhtml"])
def read_html(path: str, data: bytes) -> Iterator[Article | Rejected]:
    yield read_page(path, data)
