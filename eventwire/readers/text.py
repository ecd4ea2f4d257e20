"""Plain text and Markdown: one article per file, id = file stem."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..records import Article, Rejected
from . import register
from .common import check_text, decode, looks_binary


@register("text", [".txt", ".md", ".text"])
def read_text(path: str, data: bytes) -> Iterator[Article | Rejected]:
    if looks_binary(data):
        yield Rejected(origin=path, stage="read", reason="binary content, not text")
        return
    text = decode(data)
    bad = check_text(path, text)
    if bad:
        yield bad
        return
    stem = Path(path).stem if path != "-" else "stdin"
    title = ""
    if path.endswith(".md"):
        first = text.lstrip().splitlines()[0]
        if first.startswith("#"):
            title = first.lstrip("#").strip()
    yield Article(id=stem, text=text, title=title, source=path, origin=path)
