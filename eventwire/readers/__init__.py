"""Readers turn input files into Article records.

One interface: ``read_inputs(paths, options)`` yields Article or Rejected
records, choosing a reader for each file by its extension (and content).
Readers register under a name in ``READERS``; built-ins use the same door.
A reader never raises for bad content: it yields a Rejected naming the file
and position, and the batch goes on.
"""
from __future__ import annotations

import glob
import io
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from dataclasses import fields
from typing import BinaryIO

from ..furniture import strip_furniture
from ..limits import LimitExceeded, Limits
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


def expand_paths(inputs: Iterable[str], skip: Callable[[str], bool] = lambda path: False) -> Iterator[str]:
    """Files named, files under folders named (sorted), in order; '-' is stdin.

    A name that is neither (missing, a device, a folder that cannot be listed) is passed on
    as it is, and ``read_file`` says what is wrong with it. Files found under a folder or by a
    pattern for which ``skip`` says so (the database a run writes) are left out.
    """
    for item in inputs:
        p = Path(item)
        kind = path_kind(item)
        if item == "-" or kind == "file":
            yield item
        elif kind == "dir" and os.access(p, os.R_OK | os.X_OK):
            for f in sorted(x for x in p.rglob("*") if path_kind(str(x)) == "file" and not x.name.startswith(".")):
                if not skip(str(f)):
                    yield str(f)
        else:
            matches = sorted(glob.glob(item, recursive=True)) if any(ch in item for ch in "*?[") else []
            found = [m for m in matches if path_kind(m) == "file" and not skip(m)]
            yield from found if found else [item]


def database_files(db_path: str | None) -> Callable[[str], bool]:
    """Whether a path is one of the files of the DuckDB database ``db_path`` (the file, its
    write-ahead log, its spill folder): a run writing that database must not read them as input."""
    if not db_path or db_path == ":memory:":
        return lambda path: False
    own = os.path.realpath(db_path)

    def is_own(path: str) -> bool:
        real = os.path.realpath(path)
        return real in (own, own + ".wal") or real.startswith(own + ".tmp" + os.sep)
    return is_own


def path_kind(path: str) -> str:
    """'file', 'dir', 'other' (device, FIFO, socket) or '' (missing or not reachable)."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return ""
    return "file" if stat.S_ISREG(mode) else "dir" if stat.S_ISDIR(mode) else "other"


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


class _Counted(io.RawIOBase):
    """A raw stream that stops with LimitExceeded once more than ``limit`` bytes were read."""

    def __init__(self, raw: BinaryIO, limit: int) -> None:
        super().__init__()
        self.raw, self.limit, self.count = raw, limit, 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.raw.read(len(buffer))
        n = len(data)
        self.count += n
        if self.count > self.limit:
            raise LimitExceeded(f"more than {self.limit} bytes once decompressed (max_input_bytes)")
        buffer[:n] = data
        return n


class InputStream(io.BufferedReader):
    """A binary input that knows its limits and how many compressed layers it is inside."""

    def __init__(self, raw: BinaryIO, limits: Limits, depth: int = 0) -> None:
        super().__init__(_Counted(raw, limits.input_bytes), buffer_size=1 << 16)  # type: ignore[arg-type]
        self.limits, self.depth = limits, depth


def limits_of(stream: BinaryIO) -> tuple[Limits, int]:
    """The limits a stream carries and its compression depth (the defaults for other streams)."""
    return getattr(stream, "limits", Limits()), getattr(stream, "depth", 0)


def read_whole(stream: BinaryIO, limit: int) -> bytes:
    """All of a stream's bytes; LimitExceeded past ``limit`` (a reader that holds files whole)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LimitExceeded(f"larger than {limit} bytes (max_record_bytes)")
    return data


def read_stream(path: str, stream: BinaryIO, name_as: str | None = None,
                limits: Limits | None = None, depth: int = 0) -> Iterator[Article | Rejected]:
    """Articles from an open binary stream, read by the reader its name or content calls for.

    ``name_as`` is the file name to choose the reader by when it is not ``path``
    (``x.jsonl`` for the inside of ``x.jsonl.gz``); origins still name ``path``.
    """
    limits = limits or Limits()
    stream = InputStream(stream, limits, depth)
    name = reader_for(name_as or path, stream.peek(SNIFF_BYTES)[:SNIFF_BYTES])
    if name in STREAMING:
        yield from READERS[name](path, stream)  # type: ignore[arg-type]
    else:
        yield from READERS[name](path, read_whole(stream, limits.record_bytes))  # type: ignore[arg-type]


def read_file(path: str, limits: Limits | None = None) -> Iterator[Article | Rejected]:
    """Read one file (or stdin for '-') into articles; problems become Rejected rows."""
    if path == "-":
        yield from read_stream(path, sys.stdin.buffer, limits=limits)
        return
    problem = not_a_file(path)
    if problem:
        yield Rejected(origin=path, stage="read", reason=problem)
        return
    try:
        stream = open(path, "rb")
    except OSError as exc:
        yield Rejected(origin=path, stage="read", reason=f"cannot open: {exc.strerror or exc}")
        return
    with stream:
        yield from read_stream(path, stream, limits=limits)


def not_a_file(path: str) -> str:
    """Why a path named as input is not a regular file to read (a FIFO or device would block
    or never end), or "" when it is one."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        return f"cannot open: {exc.strerror or exc}"
    if stat.S_ISDIR(mode):
        return "cannot read folder: permission denied"
    if not stat.S_ISREG(mode):
        return "not a regular file (a device, FIFO or socket is not read)"
    return ""


def guarded(origin: str, items: Iterator[Article | Rejected]) -> Iterator[Article | Rejected]:
    """The boundary around one input: whatever a reader raises ends that input with a
    rejected row naming it and the error, and the batch goes on."""
    try:
        yield from items
    except LimitExceeded as exc:
        yield Rejected(origin=origin, stage="read", reason=f"input too large: {exc}")
    except RecursionError:
        yield Rejected(origin=origin, stage="read", reason="input nested too deeply to read")
    except Exception as exc:  # noqa: BLE001 - the one boundary per input the readers promise
        yield Rejected(origin=origin, stage="read", reason=f"unreadable: {describe(exc)}")


def describe(exc: BaseException) -> str:
    """An exception as one short line: its kind and its first line of text."""
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


SURROGATES_AND_NUL = re.compile("[\ud800-\udfff\x00]")


def scrub(item: Article | Rejected) -> Article | Rejected:
    """Text fields without lone surrogates or NUL characters (JSON and character references
    can carry them; nothing downstream can encode them)."""
    for f in fields(item):
        value = getattr(item, f.name)
        if isinstance(value, str) and SURROGATES_AND_NUL.search(value):
            setattr(item, f.name, SURROGATES_AND_NUL.sub("\ufffd", value))
    return item


def without_furniture(item: Article | Rejected) -> Article | Rejected:
    """The article without page furniture (eventwire.furniture); a failure there rejects that
    article only."""
    try:
        return strip_furniture(item)
    except Exception as exc:  # noqa: BLE001 - one article's boundary, the batch goes on
        return Rejected(origin=item.origin, stage="read", doc_id=getattr(item, "id", ""),
                        reason=f"unreadable: furniture stripping failed: {describe(exc)}")


def read_inputs(inputs: Iterable[str], limits: Limits | None = None,
                db_path: str | None = None) -> Iterator[Article | Rejected]:
    """Articles and rejections from every file named or found under the inputs. With the
    database a run writes (``db_path``), its files are never read: left out of folders and
    patterns, rejected when named."""
    own = database_files(db_path)
    for path in expand_paths(inputs, own):
        if own(path):
            yield Rejected(origin=path, stage="read", reason=f"the database this run writes ({db_path}): not an input")
            continue
        for item in guarded(path, read_file(path, limits)):
            yield without_furniture(scrub(item))


from . import text as _text  # noqa: E402,F401  (registers the built-in readers)
from . import jsonl as _jsonl  # noqa: E402,F401
from . import html as _html  # noqa: E402,F401
from . import feeds as _feeds  # noqa: E402,F401
from . import warc as _warc  # noqa: E402,F401
from . import tables as _tables  # noqa: E402,F401
from . import compressed as _compressed  # noqa: E402,F401
