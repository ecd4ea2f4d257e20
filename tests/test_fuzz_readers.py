"""Property tests over every reader (issue 14): random bytes and structure-aware inputs of every
format. Whatever the input, reading it gives articles and rejected rows, never an exception;
every rejection names its file; every article can be stored; and no reader falls through to
the last-resort boundary (a rejection saying "unreadable: SomeError" is a reader bug).

A short run here (a few seconds per format); bench/fuzz.py runs the long one.
"""
from __future__ import annotations

import gzip
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.limits import Limits
from eventwire.readers import read_inputs
from eventwire.records import Article, Rejected

FAST = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
LIMITS = Limits(input_bytes=1 << 20, record_bytes=1 << 16)
EXTENSIONS = [".txt", ".md", ".jsonl", ".json", ".csv", ".tsv", ".html", ".rss", ".atom", ".xml", ".warc",
              ".arc", ".gz", ".jsonl.gz", ".warc.gz", ".csv.gz", ".bin", ""]
WORKDIR = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))

text = st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from("<>&;\"'#\r\n\t\x00\x0b\x1b"),
               max_size=80)
sneaky = st.sampled_from(["&#xD800;", "&#x110000;", "&#99999999999;", "&amp;", "&nbsp;", "\ud800", "]]>",
                          "<![CDATA[x", "<!--", "\x0b", "\x00", "/etc/passwd", "file:///etc/passwd",
                          "http://example.org/", "%s", "=cmd()", "\u202e"])
field = st.one_of(text, sneaky, st.lists(st.one_of(text, sneaky), max_size=4).map("".join))
json_value = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | field,
                          lambda inner: st.lists(inner, max_size=4) | st.dictionaries(field, inner, max_size=4),
                          max_leaves=12)


def check(name: str, data: bytes) -> None:
    """Read one input; the properties every reader promises."""
    path = WORKDIR / name
    path.write_bytes(data)
    found = list(read_inputs([str(path)], LIMITS))
    assert found or name.endswith((".warc", ".arc", ".warc.gz")), "an input vanished without a row"
    for item in found:
        assert isinstance(item, (Article, Rejected))
        json.dumps(vars(item), ensure_ascii=False).encode("utf-8")          # storable
        if isinstance(item, Rejected):
            assert item.origin.startswith(str(path)) and item.reason
            assert not item.reason.startswith("unreadable: "), item.reason   # the last-resort boundary
        else:
            assert item.text.strip()


@st.composite
def jsonl(draw) -> bytes:
    records = draw(st.lists(st.one_of(
        st.fixed_dictionaries({"id": field, "text": field}, optional={"title": field, "date": field, "url": field,
                                                                      "source": field, "lang": json_value}),
        json_value), max_size=5))
    lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records]
    lines += draw(st.lists(st.sampled_from(["", "{", "[" * 3000, '{"id": 1' + "9" * 5000 + "}",
                                            '{"text": "\\ud800x"}', "\r"]), max_size=2))
    return "\n".join(draw(st.permutations(lines))).encode("utf-8", "surrogatepass")


@st.composite
def table(draw) -> bytes:
    header = draw(st.sampled_from([["id", "text"], ["text"], ["title", "body", "date"], ["a", "b"]]))
    header = header + draw(st.lists(field, max_size=2))
    rows = draw(st.lists(st.lists(field, max_size=len(header) + 1), max_size=5))
    sep = draw(st.sampled_from([",", ";", "\t", "|"]))
    quote = draw(st.booleans())
    def line(cells):
        return sep.join(('"' + c.replace('"', '""') + '"') if quote else c for c in cells)
    return "\n".join(line(r) for r in [header] + rows).encode("utf-8", "surrogatepass")


@st.composite
def feed(draw) -> bytes:
    items = "".join(
        f"<item><title>{draw(field)}</title><link>{draw(field)}</link><description>{draw(field)}</description>"
        f"<pubDate>{draw(field)}</pubDate><category>{draw(field)}</category></item>"
        for _ in range(draw(st.integers(0, 3))))
    kind = draw(st.sampled_from(["rss", "atom"]))
    if kind == "atom":
        body = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{draw(field)}</title>{items.replace("item", "entry")}</feed>'
    else:
        body = f"<rss version='2.0'><channel><title>{draw(field)}</title>{items}</channel></rss>"
    prolog = draw(st.sampled_from(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="latin-1"?>',
                                   '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>']))
    return (prolog + body).encode("utf-8", "surrogatepass")


@st.composite
def html(draw) -> bytes:
    paragraphs = "".join(f"<p>{draw(field)} the ministers met in the capital and agreed on new talks.</p>"
                         for _ in range(draw(st.integers(0, 4))))
    head = f"<title>{draw(field)}</title><meta property='article:published_time' content='{draw(field)}'>"
    return f"<html><head>{head}</head><body><article>{paragraphs}</article></body></html>".encode(
        "utf-8", "surrogatepass")


@st.composite
def warc(draw) -> bytes:
    out = b""
    for _ in range(draw(st.integers(0, 3))):
        body = draw(html())
        ctype = draw(st.sampled_from(["Content-Type: text/html\r\n", "", "Content-Type: \r\n",
                                      "Content-Type: text/html; charset=x-bogus\r\n"]))
        payload = f"HTTP/1.1 {draw(st.sampled_from(['200 OK', '404 No', 'x']))}\r\n{ctype}\r\n".encode() + body
        length = draw(st.sampled_from([len(payload), 0, len(payload) + 7, 10**20, -1]))
        out += (f"WARC/1.0\r\nWARC-Type: {draw(st.sampled_from(['response', 'request', 'resource']))}\r\n"
                f"WARC-Target-URI: {draw(field)}\r\nWARC-Date: {draw(field)}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
                ).encode("utf-8", "surrogatepass") + payload + b"\r\n\r\n"
    return out


def mutate(data: bytes, cuts: list[int], flips: list[tuple[int, int]]) -> bytes:
    """A damaged copy: bytes overwritten and the end cut off."""
    buf = bytearray(data)
    for pos, value in flips:
        if buf:
            buf[pos % len(buf)] = value
    return bytes(buf[: cuts[0] % (len(buf) + 1)]) if cuts and buf else bytes(buf)


def damaged(data: bytes, dmg) -> bytes:
    """``data`` with a drawn ``damage`` applied (left whole when no bytes are overwritten)."""
    return mutate(data, *dmg) if dmg[1] else data


damage = st.tuples(st.lists(st.integers(0, 10**6), max_size=1),
                   st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=4))


@FAST
@given(st.sampled_from(EXTENSIONS), st.binary(max_size=600))
def test_random_bytes_with_any_extension(ext, data):
    check("x" + ext, data)


@FAST
@given(jsonl(), damage, st.booleans())
def test_json_lines(data, dmg, zipped):
    data = damaged(data, dmg)
    check("x.jsonl.gz" if zipped else "x.jsonl", gzip.compress(data) if zipped else data)


@FAST
@given(table(), st.sampled_from([".csv", ".tsv"]))
def test_tables(data, ext):
    check("x" + ext, data)


@FAST
@given(feed(), damage)
def test_feeds(data, dmg):
    check("x.rss", damaged(data, dmg))


@FAST
@given(html(), damage)
def test_html_pages(data, dmg):
    check("x.html", damaged(data, dmg))


@FAST
@given(warc(), damage, st.booleans())
def test_web_archives(data, dmg, zipped):
    data = damaged(data, dmg)
    check("x.warc.gz" if zipped else "x.warc", gzip.compress(data) if zipped else data)


@FAST
@given(st.sampled_from([b"", b"\n", b'{"id": "a", "text": "Talks."}\n']), st.integers(0, 8))
def test_gzip_layers(inner, layers):
    data = inner
    for _ in range(layers):
        data = gzip.compress(data)
    check("x.gz", data)
