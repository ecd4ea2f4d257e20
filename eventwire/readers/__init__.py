"""Readers turn input files into Article records.

One interface: ``read_inputs(paths, options)`` yields Article or Rejected
records, choosing a reader for each file by its extension (and content).
Readers register under a name in ``READERS``; built-ins use the same door.
A reader never raises for bad content: it yields a Rejected naming the file
and position, and the batch goes on.
"""
from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..furniture import strip_furniture
from ..records import Article, Rejected

Reader = Callable[[str, bytes], Iterator["Article | Rejected"]]
StreamReader = Callable[[str, BinaryIO], Iterator["Article | Rejected"]]

READERS: dict[str, Reader | StreamReader] = {}
EXTENSIONS: dict[str, str] = {}
STREAMING: set[str] = set()   # readers that take a binary stream instead of bytes
SNIFF_BYTES = 2048


def register(name: str, extensions: Iterable[str], stream: bool = False) -> Callable[[Reader], Reader]:
    """Register a reader under ``name`` for the given extensions (".warc.gz" style allowed).

    With ``stream=True`` the reader gets a binary file object, not the whole file's bytes.
    """
    def wrap(fn: Reader) -> Reader:
        READERS[name] = fn
        (STREAMING.add if stream else STREAMING.discard)(name)
        for ext in extensions:
            EXTENSIONS[ext] = name
        return fn
    return wrap


def expand_paths(inputs: Iterable[str]) -> Iterator[str]:
    """Files named, files under folders named (sorted), in order; '-' is stdin."""
    for item in inputs:
        p = Path(item)
        if item == "-" or p.is_file():
            yield item
        elif p.is_dir():
            for f in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
                yield str(f)
        else:
            matches = sorted(Path().glob(item)) if any(ch in item for ch in "*?[") else []
            if matches:
                yield from (str(m) for m in matches if m.is_file())
            else:
                yield item  # read_file reports it as missing


def reader_for(path: str, data: bytes) -> str:
    """The name of the reader for a file, by extension, else by a look at its first bytes."""
    suffixes = [x.lower() for x in Path(path).suffixes]
    for ext in ("".join(suffixes[-2:]), "".join(suffixes[-1:])):
        if ext in EXTENSIONS:
            return EXTENSIONS[ext]
    return sniff_content(data)


def sniff_content(data: bytes) -> str:
    """A reader name guessed from content alone (stdin, unknown extensions)."""
    if data.startswith(b"\x1f\x8b"):
        return "gzip"
    head = data[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"warc/", b"filedesc://")):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head[:512]:
        return "html"
    return "text"


def peekable(stream: BinaryIO) -> BinaryIO:
    """A stream that supports ``peek`` so its head can be sniffed without consuming it."""
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]


def read_stream(path: str, stream: BinaryIO, name_as: str | None = None) -> Iterator[Article | Rejected]:
    """Articles from an open binary stream, read by the reader its name or content calls for.

    ``name_as`` is the file name to choose the reader by when it is not ``path``
    (``x.jsonl`` for the inside of ``x.jsonl.gz``); origins still name ``path``.
    """
    stream = peekable(stream)
    name = reader_for(name_as or path, stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if name in STREAMING:
        yield from READERS[name](path, stream)  # type: ignore[arg-type]
    else:
        yield from READERS[name](path, stream.read())  # type: ignore[arg-type]


def read_file(path: str) -> Iterator[Article | Rejected]:
    """Read one file (or stdin for '-') into articles; problems become Rejected rows."""
    if path == "-":
        yield from read_stream(path, sys.stdin.buffer)
        return
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Rejected(origin=path, stage="read", reason=f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        yield from read_stream(path, stream)


def read_inputs(inputs: Iterable[str]) -> Iterator[Article | Rejected]:
    """Articles and rejections from every file named or found under the inputs."""
    for path in expand_paths(inputs):
        yield from map(strip_furniture, read_file(path))


from . import text as _text  # noqa: E402,F401  (registers the built-in readers)
from . import jsonl as _jsonl  # noqa: E402,F401
from . import html as _html  # noqa: E402,F401
from . import feeds as _feeds  # noqa: E402,F401
from . import warc as _warc  # noqa: E402,F401
from . import tables as _tables  # noqa: E402,F401
from . import compressed as _compressed  # noqa: E402,F401
