"""Follow the news: fetch feeds (or watch a folder) every few minutes, code what is new, store it.

Each cycle:
1. every source is read: a feed URL is fetched (timeout, size limit, a polite delay per host, a
   user agent naming eventwire) and parsed from its bytes; a folder is listed for new files;
2. feed items whose page URL the database already holds (stored or rejected) are not fetched
   again, so a restart repeats nothing; each new item's page is fetched and read by the HTML
   reader from its bytes (the feed's own text stands in when the page holds no article);
3. the articles go through the usual recipe (``pipeline.ingest_articles``) and one line is logged.

A source or page that times out, answers an HTTP error or returns garbage is logged and counted
as failed; nothing about it is stored, so it is tried again next cycle. ``stop()`` (Ctrl-C) ends
the run after the article being stored.
"""
from __future__ import annotations

import re
import signal
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from . import __version__
from .options import Options
from .pipeline import IngestReport, ingest_articles
from .readers import database_files, expand_paths, read_inputs
from .readers.feeds import article_from_entry, feed_problem, parse_feed
from .readers.html import read_page
from .records import Article, Rejected
from .store import Store

USER_AGENT = f"eventwire/{__version__} (political event coding; follows news feeds politely)"
INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


class FetchError(Exception):
    """A URL could not be fetched: timeout, connection refused, HTTP error, too large."""


class BadSource(ValueError):
    """A source is neither a feed URL, a file listing feed URLs, nor a folder."""


class Stopped(Exception):
    """Raised between articles when a stop was asked for."""


@dataclass(frozen=True)
class FollowSettings:
    """How politely and how often sources are fetched."""
    every: float = 900.0              # seconds between the starts of two cycles
    timeout: float = 20.0             # seconds for one HTTP request
    max_bytes: int = 5_000_000        # larger responses are refused
    host_delay: float = 1.0           # seconds between two requests to the same host
    user_agent: str = USER_AGENT


@dataclass
class CycleReport:
    """What one cycle did: the line it logs."""
    cycle: int
    new: int = 0                      # articles coded and stored
    duplicate: int = 0                # items already stored, and copies of stored articles
    failed: int = 0                   # sources and pages that could not be fetched or read
    rejected: int = 0                 # inputs stored as rejected (no article text, bad file)
    events: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return (f"{stamp} cycle {self.cycle}: {self.new} new, {self.duplicate} duplicate, {self.failed} failed, "
                f"{self.rejected} rejected, {self.events} events ({self.seconds:.1f} s)")


def parse_interval(text: str) -> float:
    """Seconds in '15m', '30s', '1h', '1d' or a bare number of seconds."""
    match = INTERVAL.match(text)
    if not match:
        raise ValueError(f"interval '{text}' is not a number with an optional unit s, m, h or d (e.g. 15m)")
    return float(match.group(1)) * UNIT_SECONDS[match.group(2)]


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def feed_urls_and_folders(sources: Iterable[str]) -> tuple[list[str], list[str]]:
    """Feed URLs (named, or listed one a line in files) and folders to watch."""
    urls, folders = [], []
    for source in sources:
        if is_url(source):
            urls.append(source)
        elif Path(source).is_dir():
            folders.append(source)
        elif Path(source).is_file():
            urls.extend(read_url_list(source))
        else:
            raise BadSource(f"{source}: not a feed URL (http:// or https://), a file listing them, or a folder")
    return urls, folders


def read_url_list(path: str) -> list[str]:
    """Feed URLs listed in a file, one a line; blank lines and '#' comments are skipped."""
    urls = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if line and not is_url(line):
            raise BadSource(f"{path}:{n}: '{line}' is not an http:// or https:// URL")
        if line:
            urls.append(line)
    return urls


class Fetcher:
    """HTTP GET with a timeout, a size limit, a user agent and a delay between requests to a host."""

    def __init__(self, settings: FollowSettings, sleep: Callable[[float], None] = time.sleep):
        self.settings, self.sleep = settings, sleep
        self.last_request: dict[str, float] = {}

    def get(self, url: str) -> bytes:
        self.wait_for_host(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.settings.user_agent})
        try:
            with urllib.request.urlopen(request, timeout=self.settings.timeout) as response:
                data = response.read(self.settings.max_bytes + 1)
        except urllib.error.HTTPError as exc:
            raise FetchError(f"HTTP {exc.code} {exc.reason}") from exc
        except urllib.error.URLError as exc:
            raise FetchError(f"cannot fetch: {exc.reason}") from exc
        except (TimeoutError, OSError) as exc:
            raise FetchError(f"cannot fetch: {exc or 'timed out'}") from exc
        if len(data) > self.settings.max_bytes:
            raise FetchError(f"larger than {self.settings.max_bytes} bytes")
        return data

    def wait_for_host(self, host: str) -> None:
        last = self.last_request.get(host)
        if last is not None:
            self.sleep(max(0.0, self.settings.host_delay - (time.monotonic() - last)))
        self.last_request[host] = time.monotonic()


class Follower:
    """Follows feed URLs and folders into one database, one cycle at a time."""

    def __init__(self, sources: Iterable[str], db_path: str, options: Options = Options(),
                 settings: FollowSettings = FollowSettings(), log: Callable[[str], None] = print):
        self.urls, self.folders = feed_urls_and_folders(sources)
        self.db_path, self.options, self.settings, self.log = db_path, options, settings, log
        self.fetcher = Fetcher(settings)
        self.files_seen: dict[str, tuple[int, int]] = {}   # path → (size, mtime) read this run
        self.stopping = threading.Event()
        self.cycles = 0

    def stop(self) -> None:
        """Finish the article being stored, then end the run."""
        self.stopping.set()

    def run(self, cycles: int | None = None) -> list[CycleReport]:
        """Cycles until ``cycles`` are done or ``stop()`` is called; Ctrl-C calls stop()."""
        reports: list[CycleReport] = []
        with interrupt_stops(self):
            while not self.stopping.is_set() and (cycles is None or len(reports) < cycles):
                started = time.monotonic()
                reports.append(self.cycle())
                if cycles is None or len(reports) < cycles:
                    self.stopping.wait(max(0.0, self.settings.every - (time.monotonic() - started)))
        return reports

    def cycle(self) -> CycleReport:
        """Fetch, code and store what is new in every source; log one line."""
        self.cycles += 1
        report = CycleReport(self.cycles)
        started = time.monotonic()
        items = list(self.new_items(report))
        if items and not self.stopping.is_set():
            self.store(items, report)
        report.seconds = time.monotonic() - started
        for problem in report.problems:
            self.log(f"eventwire follow: {problem}")
        self.log(report.line())
        return report

    def store(self, items: list[Article | Rejected], report: CycleReport) -> None:
        """Code and store the cycle's articles; a stop asked for ends it after the current article."""
        latest = IngestReport()

        def between_articles(current: IngestReport) -> None:
            nonlocal latest
            latest = current
            if self.stopping.is_set():
                raise Stopped
        try:
            latest = ingest_articles(items, self.db_path, self.options, on_item=between_articles)
        except Stopped:
            pass
        report.new += latest.new + latest.near_duplicate + latest.skipped
        report.duplicate += latest.duplicate
        report.rejected += latest.rejected
        report.events += latest.events

    def new_items(self, report: CycleReport) -> Iterator[Article | Rejected]:
        """Articles (and rejections) not seen before, from every feed and folder."""
        for url in self.urls:
            if self.stopping.is_set():
                return
            yield from self.feed_items(url, report)
        for folder in self.folders:
            yield from self.folder_items(folder)

    def feed_items(self, url: str, report: CycleReport) -> Iterator[Article | Rejected]:
        try:
            feed = parse_feed(self.fetcher.get(url))
        except FetchError as exc:
            report.failed += 1
            report.problems.append(f"feed {url}: {exc}; retried next cycle")
            return
        entries = list(feed.entries)
        if not entries:
            report.failed += 1
            report.problems.append(f"feed {url}: {feed_problem(feed) or 'no entries'}; retried next cycle")
            return
        source = feed.feed.get("title", "") or urlsplit(url).netloc
        links = [e.get("link", "") for e in entries]
        known = self.known_urls([link for link in links if link])
        for n, (entry, link) in enumerate(zip(entries, links), 1):
            if link and link in known:
                report.duplicate += 1
                continue
            if self.stopping.is_set():
                return
            item = self.entry_article(entry, link, source, f"{url}:item {n}", report)
            if item is not None:
                known.add(link)
                yield item

    def entry_article(self, entry, link: str, source: str, origin: str,
                      report: CycleReport) -> Article | Rejected | None:
        """The article behind a feed entry: its page, else the feed's own text; None when the page
        cannot be fetched (it is tried again next cycle)."""
        from_feed = article_from_entry(entry, source, origin)
        if not is_url(link):
            return from_feed
        try:
            page = read_page(link, self.fetcher.get(link), url=link)
        except FetchError as exc:
            report.failed += 1
            report.problems.append(f"page {link}: {exc}; retried next cycle")
            return None
        if isinstance(page, Rejected):
            return from_feed if isinstance(from_feed, Article) else page
        return with_feed_fields(page, from_feed)

    def folder_items(self, folder: str) -> Iterator[Article | Rejected]:
        """Articles from files that are new or changed since this run last looked."""
        changed = []
        for path in expand_paths([folder], database_files(self.db_path)):
            stat = Path(path).stat()
            if self.files_seen.get(path) != (stat.st_size, stat.st_mtime_ns):
                self.files_seen[path] = (stat.st_size, stat.st_mtime_ns)
                changed.append(path)
        yield from read_inputs(changed)

    def known_urls(self, urls: list[str]) -> set[str]:
        with Store(self.db_path) as store:
            return store.known_urls(urls)


def with_feed_fields(page: Article, entry: Article | Rejected) -> Article:
    """A fetched page's article, with the feed's title, date and source where the page lacks them."""
    if isinstance(entry, Article):
        page.title = page.title or entry.title
        page.date = page.date or entry.date
        page.source = entry.source or page.source
        page.author = page.author or entry.author
    return page


class interrupt_stops:
    """While active (in the main thread), Ctrl-C asks the follower to stop; a second one interrupts."""

    def __init__(self, follower: Follower):
        self.follower, self.previous = follower, None

    def __enter__(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.previous = signal.signal(signal.SIGINT, self.on_interrupt)

    def on_interrupt(self, signum, frame) -> None:
        self.follower.log("eventwire follow: stopping after the current article (Ctrl-C again to interrupt)")
        self.follower.stop()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    def __exit__(self, *exc) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
