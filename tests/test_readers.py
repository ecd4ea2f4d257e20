"""Readers: HTML, feeds, WARC, CSV/TSV, gzip, JSON lines streaming, sniffing and bad input."""
from __future__ import annotations

import gzip
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from eventwire.readers import read_file, read_inputs, read_stream, reader_for
from eventwire.readers.html import cut_site_suffix, html_to_text
from eventwire.readers.tables import read_table, use_columns
from eventwire.records import Article, Rejected

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
HTML_DIR = SHARED / "html"
FEED_DIR = SHARED / "feeds"
F1_FLOOR = 0.90          # mean token F1 over the shared pages; only moves up
FEED_ITEMS = {"bbc-world-2019-02-24.rss": 33, "guardian-us-2018-01-31.rss": 55,
              "huffpost-world-2019-06-30.rss": 31, "nyt-world-2020-01-01.rss": 61}

needs_html = pytest.mark.skipif(not HTML_DIR.is_dir(), reason=f"shared HTML pages missing: {HTML_DIR}")
needs_feeds = pytest.mark.skipif(not FEED_DIR.is_dir(), reason=f"shared feeds missing: {FEED_DIR}")


def pages() -> list[Path]:
    return sorted(d for d in HTML_DIR.iterdir() if (d / "source.html").is_file())


def articles(found) -> list[Article]:
    return [x for x in found if isinstance(x, Article)]


def rejections(found) -> list[Rejected]:
    return [x for x in found if isinstance(x, Rejected)]


def token_f1(got: str, expected: str) -> float:
    """Bag-of-words F1 over lower-cased word tokens."""
    a, b = Counter(re.findall(r"\w+", got.lower())), Counter(re.findall(r"\w+", expected.lower()))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def expected_date(meta: dict) -> str:
    """The calendar date in the expected metadata (readability or newspaper4k field)."""
    return (meta.get("publishedTime") or meta.get("publish_date") or "")[:10]


# --- HTML -----------------------------------------------------------------

@needs_html
def test_html_text_token_f1_on_shared_pages():
    scores = {}
    for page in pages():
        [article] = read_file(str(page / "source.html"))
        assert isinstance(article, Article), article
        scores[page.name] = token_f1(article.text, (page / "expected.txt").read_text("utf-8"))
    print("\nHTML token F1:", {k: round(v, 3) for k, v in scores.items()})
    mean = sum(scores.values()) / len(scores)
    print(f"mean token F1 = {mean:.3f} over {len(scores)} pages")
    assert mean >= F1_FLOOR
    assert min(scores.values()) >= 0.85


@needs_html
def test_html_title_and_date_match_expected_metadata():
    for page in pages():
        meta = json.loads((page / "expected-metadata.json").read_text("utf-8"))
        [article] = read_file(str(page / "source.html"))
        if meta.get("title"):
            assert article.title == meta["title"], page.name
        if expected_date(meta):
            assert article.date == expected_date(meta), page.name


@needs_html
def test_html_metadata_source_and_canonical_url():
    page = HTML_DIR / "27-newspaper4k-yna_co_kr" / "source.html"
    [article] = read_file(str(page))
    assert article.source == "Yonhap News Agency"
    assert article.url == "https://en.yna.co.kr/view/AEN20190820002300325"
    assert article.origin == str(page)


def test_title_site_suffix_is_cut_only_when_it_is_a_suffix():
    assert cut_site_suffix("Brexit - what happens next - BBC News") == "Brexit - what happens next"
    assert cut_site_suffix("Talks fail | Herald Sun") == "Talks fail"
    assert cut_site_suffix("Zimbabwe coup: Mugabe under house arrest") == "Zimbabwe coup: Mugabe under house arrest"
    assert cut_site_suffix("Rally - Paris") == "Rally - Paris"   # one word is no headline


def test_html_without_article_text_is_rejected(tmp_path):
    empty_page = tmp_path / "nav.html"
    empty_page.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [found] = read_file(str(empty_page))
    assert isinstance(found, Rejected) and "no article text" in found.reason


def test_html_fragment_to_text():
    text = html_to_text("<p>First &amp; <b>bold</b>.</p><p>Second<br>line</p><script>x()</script>")
    assert text == "First & bold.\nSecond\nline"


# --- RSS / Atom -----------------------------------------------------------

@needs_feeds
def test_every_feed_item_becomes_an_article_with_title_link_and_date():
    for name, count in FEED_ITEMS.items():
        found = list(read_file(str(FEED_DIR / name)))
        got = articles(found)
        assert len(got) == len(found) == count, name
        for art in got:
            assert art.title and art.url.startswith("http") and re.fullmatch(r"\d{4}-\d\d-\d\d", art.date)
            assert art.text and "<" not in art.text and art.source
        assert len({a.id for a in got}) == count, f"ids collide in {name}"


@needs_feeds
def test_feed_dates_are_the_publishers_local_date():
    got = articles(read_file(str(FEED_DIR / "huffpost-world-2019-06-30.rss")))
    assert got[0].date == "2019-06-30"     # "Sun, 30 Jun 2019 16:09:58 -0400"


def test_atom_feed_takes_the_fullest_content(tmp_path):
    feed = tmp_path / "news.atom"
    feed.write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
<entry><title>Ceasefire agreed</title><link href="https://example.org/a"/>
<id>urn:a</id><updated>2024-03-05T10:00:00Z</updated>
<summary>Short teaser.</summary>
<content type="html">&lt;p&gt;The two sides agreed a ceasefire on Tuesday.&lt;/p&gt;&lt;p&gt;Talks resume next week.&lt;/p&gt;</content>
</entry></feed>""")
    [art] = read_file(str(feed))
    assert art.text == "The two sides agreed a ceasefire on Tuesday.\nTalks resume next week."
    assert (art.title, art.url, art.date, art.source) == ("Ceasefire agreed", "https://example.org/a",
                                                         "2024-03-05", "Example Wire")


def test_malformed_feed_is_rejected_and_the_batch_goes_on(tmp_path):
    (tmp_path / "a-broken.rss").write_bytes(b"<?xml version='1.0'?><rss><channel><title>x</title><item><title>")
    (tmp_path / "b-good.txt").write_text("The minister resigned on Friday.")
    found = list(read_inputs([str(tmp_path)]))
    bad = rejections(found)
    assert all(x.origin.startswith(str(tmp_path / "a-broken.rss")) for x in bad)
    assert "malformed feed XML at line 1" in bad[-1].reason
    assert [a.text for a in articles(found)] == ["The minister resigned on Friday."]


def test_xml_that_is_not_a_feed_is_rejected(tmp_path):
    path = tmp_path / "config.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>")
    [found] = read_file(str(path))
    assert isinstance(found, Rejected)


# --- WARC -----------------------------------------------------------------

def write_warc(path: Path, page_dirs: list[Path], gzipped: bool) -> list[str]:
    """A WARC of the pages as HTTP responses (plus a request and an image record to skip)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    urls = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzipped)
        for page in page_dirs:
            url = json.loads((page / "meta.json").read_text("utf-8"))["url"]
            urls.append(url)
            writer.write_record(writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                url, "response", payload=io.BytesIO((page / "source.html").read_bytes()),
                http_headers=http, warc_headers_dict={"WARC-Date": "2024-01-02T03:04:05Z"}))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/logo.png", "response", payload=io.BytesIO(b"\x89PNG...."),
            http_headers=image))
    return urls


@needs_html
@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_warc_round_trips_to_the_same_articles_as_the_html_files(tmp_path, name):
    page_dirs = pages()
    urls = write_warc(tmp_path / name, page_dirs, gzipped=name.endswith(".gz"))
    from_warc = list(read_file(str(tmp_path / name)))
    assert len(from_warc) == len(page_dirs) and not rejections(from_warc)
    for page, url, art in zip(page_dirs, urls, from_warc):
        [direct] = read_file(str(page / "source.html"))
        assert (art.text, art.title, art.date, art.author, art.source) == \
            (direct.text, direct.title, direct.date, direct.author, direct.source)
        assert art.url == url and art.origin.startswith(f"{tmp_path / name}@")


def test_warc_date_is_the_fallback_when_the_page_has_none(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = b"<html><head><title>Minister quits</title></head><body><article>" + \
        b"<p>The minister resigned after a week of protests in the capital, aides said.</p>" * 5 + \
        b"</article></body></html>"
    path = tmp_path / "one.warc"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://example.org/quit", "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2021-06-07T08:00:00Z"}))
    [art] = read_file(str(path))
    assert (art.date, art.url) == ("2021-06-07", "https://example.org/quit")


@needs_html
@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_truncated_warc_keeps_articles_before_the_damage(tmp_path, name):
    page_dirs = pages()[:4]
    whole = tmp_path / ("whole" + name[3:])
    write_warc(whole, page_dirs, gzipped=name.endswith(".gz"))
    data = whole.read_bytes()
    (tmp_path / name).write_bytes(data[: int(len(data) * 0.8)])
    found = list(read_file(str(tmp_path / name)))
    assert 1 <= len(articles(found)) < len(page_dirs)
    last = found[-1]
    assert isinstance(last, Rejected) and "truncated" in last.reason
    assert re.fullmatch(re.escape(str(tmp_path / name)) + r"@\d+", last.origin)


def arc_record(url: str, date: str, ctype: str, payload: bytes) -> bytes:
    """One ARC v1 record: a header line with the payload length, then the payload."""
    return f"{url} 1.2.3.4 {date} {ctype} {len(payload)}\n".encode() + payload + b"\n\n"


def test_arc_file_is_read_and_its_truncation_reported(tmp_path):
    page = b"<html><head><title>Minister quits - Example</title></head><body><article><p>" + \
        b"The minister resigned after a week of protests in the capital, aides said.</p></article></body></html>"
    http = b"HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n" + page
    desc = b"1 0 Example\nURL IP-address Archive-date Content-type Archive-length\n"
    data = arc_record("filedesc://x.arc", "20240102030405", "text/plain", desc) + \
        arc_record("http://example.org/quit", "20210607080000", "text/html", http)
    (tmp_path / "x.arc").write_bytes(data)
    [art] = read_file(str(tmp_path / "x.arc"))
    assert (art.title, art.url, art.date) == ("Minister quits", "http://example.org/quit", "2021-06-07")
    (tmp_path / "cut.arc").write_bytes(data[:-60])
    [bad] = read_file(str(tmp_path / "cut.arc"))
    assert isinstance(bad, Rejected) and "truncated" in bad.reason


def test_junk_with_warc_extension_is_rejected(tmp_path):
    path = tmp_path / "junk.warc"
    path.write_bytes(bytes(range(256)) * 8)
    [found] = read_file(str(path))
    assert isinstance(found, Rejected) and found.origin.startswith(str(path))


# --- CSV / TSV ------------------------------------------------------------

CSV = ('headline,body,published,link,outlet\n'
       '"Talks collapse","Negotiators walked out on Monday, officials said.",2024-02-05,'
       'https://example.org/1,Example Times\n'
       '"Empty row",,2024-02-06,https://example.org/2,Example Times\n'
       '"Multi-line","First line.\nSecond line.","Feb 7, 2024",https://example.org/3,Example Times\n')


def test_csv_default_columns_and_rows_without_text(tmp_path):
    path = tmp_path / "news.csv"
    path.write_text(CSV)
    found = list(read_file(str(path)))
    first, empty, multi = found
    assert (first.title, first.date, first.url, first.source) == \
        ("Talks collapse", "2024-02-05", "https://example.org/1", "Example Times")
    assert first.origin == f"{path}:2" and first.id
    assert isinstance(empty, Rejected) and empty.origin == f"{path}:3" and "no text" in empty.reason
    assert multi.text == "First line.\nSecond line." and multi.date == "2024-02-07"


def test_tsv_and_a_caller_column_mapping(tmp_path):
    path = tmp_path / "news.tsv"
    path.write_text("story_id\tmaintext\tcaption\nx1\tProtesters gathered in the square.\tProtest\n")
    [art] = read_table(str(path), path.read_bytes(), {"id": "story_id", "title": "caption"})
    assert (art.id, art.title, art.text) == ("x1", "Protest", "Protesters gathered in the square.")


def test_use_columns_rebinds_the_registered_table_reader(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("words;when\nThe parliament voted to dissolve.;2020-01-02\n")
    [missing] = read_file(str(path))
    assert isinstance(missing, Rejected) and "no text column" in missing.reason
    use_columns({"text": "words", "date": "when"})
    try:
        [art] = read_file(str(path))
    finally:
        use_columns(None)
    assert (art.text, art.date) == ("The parliament voted to dissolve.", "2020-01-02")


# --- gzip and JSON lines streaming -----------------------------------------

JSONL = b'{"id": "a", "text": "Troops crossed the border."}\n\nnot json\n{"id": "b", "title": "no text"}\n'


def test_jsonl_keeps_line_origins_and_error_messages(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(JSONL)
    ok, bad_json, no_text = read_file(str(path))
    assert ok.id == "a" and ok.origin == f"{path}:1"
    assert bad_json.origin == f"{path}:3" and bad_json.reason.startswith("invalid JSON: Expecting value")
    assert no_text.origin == f"{path}:4" and no_text.reason == "missing or empty 'text' field"


def test_jsonl_gz_is_read_by_the_inner_extension(tmp_path):
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress(JSONL))
    found = list(read_file(str(path)))
    assert [type(x).__name__ for x in found] == ["Article", "Rejected", "Rejected"]
    assert found[0].origin == f"{path}:1"


@needs_html
def test_html_gz_reads_like_the_page(tmp_path):
    page = pages()[0] / "source.html"
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(page.read_bytes()))
    [art] = read_file(str(path))
    [direct] = read_file(str(page))
    assert art.text == direct.text and art.origin == str(path)


def test_truncated_gzip_keeps_what_was_read(tmp_path):
    lines = b"".join(b'{"id": "n%d", "text": "Report number %d on the ceasefire talks."}\n' % (i, i)
                     for i in range(2000))
    packed = gzip.compress(lines)
    path = tmp_path / "big.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    found = list(read_file(str(path)))
    got = articles(found)
    assert 100 < len(got) < 2000 and [a.id for a in got] == [f"n{i}" for i in range(len(got))]
    last = found[-1]
    assert isinstance(last, Rejected) and last.origin == str(path)
    assert "truncated gzip" in last.reason and "uncompressed bytes" in last.reason


def test_corrupt_gzip_is_rejected(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"garbage" * 20)
    [found] = read_file(str(path))
    assert isinstance(found, Rejected) and "gzip" in found.reason


# --- sniffing, stdin and bad input ---------------------------------------------

def test_content_sniffing_without_a_known_extension():
    assert reader_for("-", b"\x1f\x8b\x08\x00") == "gzip"
    assert reader_for("-", b"WARC/1.0\r\n") == "warc"
    assert reader_for("page", b"<!DOCTYPE html><html>") == "html"
    assert reader_for("feed", b"<?xml version='1.0'?>\n<rss version='2.0'>") == "feed"
    assert reader_for("x", b'{"id": 1}') == "jsonl"
    assert reader_for("notes", b"Plain words") == "text"
    assert reader_for("a.warc.gz", b"\x1f\x8b") == "warc"


def test_stream_of_unknown_type_is_sniffed():
    stream = io.BytesIO(gzip.compress(b'{"id": "s1", "text": "Strikes spread to the ports."}\n'))
    [art] = read_stream("-", stream)
    assert art.id == "s1" and art.origin == "-:1"


def test_bad_inputs_are_rows_and_the_others_still_read(tmp_path):
    (tmp_path / "junk.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "junk.html").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "good.txt").write_text("Rebels seized the airport.")
    found = {Path(x.origin).name: x for x in read_inputs([str(tmp_path)])}
    assert isinstance(found["good.txt"], Article)
    for name in ("junk.bin", "empty.txt", "empty.html", "junk.html"):
        assert isinstance(found[name], Rejected), name
        assert found[name].reason.startswith(("binary", "empty")), found[name]


def test_cp1252_text_is_decoded_not_garbled(tmp_path):
    """Windows-1252 is what many news sites wrote: common.decode falls back to it."""
    path = tmp_path / "old.txt"
    path.write_bytes("Caf\u00e9 owners \u201cfurious\u201d at \u20ac5 levy".encode("cp1252"))
    [art] = read_file(str(path))
    assert art.text == "Caf\u00e9 owners \u201cfurious\u201d at \u20ac5 levy"


def test_missing_file_is_rejected(tmp_path):
    [found] = read_file(str(tmp_path / "nope.jsonl"))
    assert isinstance(found, Rejected) and "cannot open" in found.reason
