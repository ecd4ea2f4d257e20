"""Gzip-compressed inputs: decompressed as a stream and read by the inner file's reader.

``news.jsonl.gz`` is read as JSON lines, ``page.html.gz`` as HTML, and a name
with no inner extension is read by content. ``.warc.gz`` never comes here:
warcio reads those itself, record by record.
"""
from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..records import Article, Rejected
from . import limits_of, read_stream, register

GZIP_ERRORS = (EOFError, gzip.BadGzipFile, zlib.error)


def inner_name(path: str) -> str:
    """The name of the file inside the gzip: the path without its .gz ending."""
    for ending in (".gz", ".gzip"):
        if path.lower().endswith(ending):
            return path[: -len(ending)]
    return path if path != "-" else "-"


@register("gzip", [".gz", ".gzip"], stream=True)
def read_gzip(path: str, stream: BinaryIO) -> Iterator[Article | Rejected]:
    limits, depth = limits_of(stream)
    if depth + 1 > limits.nesting:
        yield Rejected(origin=path, stage="read",
                       reason=f"more than {limits.nesting} compressed layers (max_nesting)")
        return
    unpacked = gzip.GzipFile(fileobj=stream, mode="rb")
    try:
        yield from read_stream(path, unpacked, name_as=inner_name(path),  # type: ignore[arg-type]
                               limits=limits, depth=depth + 1)
    except GZIP_ERRORS as exc:
        yield Rejected(origin=path, stage="read", reason=gzip_problem(unpacked, exc))


def gzip_problem(unpacked: gzip.GzipFile, exc: BaseException) -> str:
    """Why decompression stopped, and how far into the uncompressed data it got."""
    try:
        where = f" after {unpacked.tell()} uncompressed bytes"
    except (OSError, ValueError, EOFError):
        where = ""
    kind = "truncated gzip" if isinstance(exc, EOFError) else "corrupt gzip"
    return f"{kind}{where}: {exc}"
