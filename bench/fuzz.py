"""Long fuzz run over every reader: generated and mutated inputs of every format, read through
``read_inputs`` as the CLI reads them, for N minutes.

A finding is an input that makes the readers raise (an uncaught exception), fall through to the
last-resort boundary (a rejection "unreadable: SomeError": a reader bug the boundary hid), hang
for more than --hang seconds, or yield an article that cannot be stored. Each finding's input is
written to --out with its kind and message; the summary gives inputs run, uncaught exceptions,
hangs, other findings, the slowest input and peak RSS. The run stops after --minutes or after
--inputs inputs, whichever comes first; a progress line goes to --out/progress.json every
--every seconds (so a run stopped by a signal still leaves its figures), and SIGINT/SIGTERM end
the run with the summary.

    .venv/bin/python -W ignore bench/fuzz.py --minutes 10 --out /tmp/fuzz-findings
    nice .venv/bin/python -W ignore bench/fuzz.py --minutes 120 --inputs 1000000 --seed 7 --out /tmp/f
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import signal
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from eventwire.limits import Limits
from eventwire.readers import read_inputs
from eventwire.records import Rejected

LIMITS = Limits(input_bytes=8 << 20, record_bytes=1 << 20)
NASTY = ["&#xD800;", "&#x110000;", "&#99999999999;", "&amp;", "\ud800", "]]>", "<![CDATA[", "<!--", "\x0b",
         "\x00", "\x1b[2J", "/etc/passwd", "file:///etc/passwd", "http://127.0.0.1:9/", "=cmd()", "\u202e",
         "\r", "\n", "\t", '"', "'", "<", ">", "&", "{", "}", "[", "]", ",", ";", "é", "中", "🙂"]
WORDS = "the minister said talks were held in the capital on Monday and agreed to meet again".split()


class Hang(BaseException):
    """Raised by the alarm when one input takes too long (not an Exception: no boundary catches it)."""


def on_alarm(signum, frame):
    raise Hang()


STOP = {"asked": False}


def on_stop(signum, frame):
    STOP["asked"] = True


def field(rng: random.Random) -> str:
    parts = [rng.choice(NASTY) if rng.random() < 0.3 else rng.choice(WORDS) for _ in range(rng.randint(0, 8))]
    return " ".join(parts)


def json_value(rng: random.Random, depth: int = 0):
    kind = rng.random()
    if depth > 3 or kind < 0.4:
        return rng.choice([None, True, 1, -2.5, 10**rng.randint(1, 30), field(rng)])
    if kind < 0.7:
        return [json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {field(rng): json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))}


def gen_jsonl(rng):
    lines = []
    for _ in range(rng.randint(0, 6)):
        if rng.random() < 0.7:
            rec = {"id": field(rng), "text": field(rng)}
            for key in ("title", "date", "url", "source", "lang"):
                if rng.random() < 0.4:
                    rec[key] = json_value(rng)
            lines.append(json.dumps(rec, ensure_ascii=rng.random() < 0.5))
        else:
            lines.append(rng.choice([json.dumps(json_value(rng)), "{", "[" * rng.randint(1, 5000), "",
                                     '{"id": 1' + "9" * rng.randint(1, 6000) + "}"]))
    return "\n".join(lines).encode("utf-8", "surrogatepass"), ".jsonl"


def gen_table(rng):
    sep = rng.choice(",;\t|")
    header = rng.choice([["id", "text"], ["text"], ["title", "body", "date"], ["x"]]) + [field(rng)]
    rows = [header] + [[field(rng) for _ in range(rng.randint(0, 4))] for _ in range(rng.randint(0, 5))]
    quote = rng.random() < 0.5
    body = "\n".join(sep.join(('"' + c.replace('"', '""') + '"') if quote else c for c in r) for r in rows)
    return body.encode("utf-8", "surrogatepass"), rng.choice([".csv", ".tsv"])


def gen_feed(rng):
    items = "".join(f"<item><title>{field(rng)}</title><link>{field(rng)}</link><description>{field(rng)}"
                    f"</description><pubDate>{field(rng)}</pubDate><category>{field(rng)}</category></item>"
                    for _ in range(rng.randint(0, 4)))
    if rng.random() < 0.5:
        body = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>{field(rng)}</title>{items.replace("item", "entry")}</feed>'
    else:
        body = f"<rss version='2.0'><channel><title>{field(rng)}</title>{items}</channel></rss>"
    prolog = rng.choice(["", '<?xml version="1.0"?>', '<?xml version="1.0" encoding="latin-1"?>',
                         '<!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd">]>'])
    return (prolog + body).encode("utf-8", "surrogatepass"), rng.choice([".rss", ".atom", ".xml"])


def gen_html(rng):
    paras = "".join(f"<p>{field(rng)} the ministers met in the capital and agreed on new talks.</p>"
                    for _ in range(rng.randint(0, 5)))
    page = (f"<html><head><title>{field(rng)}</title><meta property='article:published_time' "
            f"content='{field(rng)}'></head><body><article>{paras}</article></body></html>")
    return page.encode("utf-8", "surrogatepass"), rng.choice([".html", ".htm"])


def gen_warc(rng):
    out = b""
    for _ in range(rng.randint(0, 3)):
        body = gen_html(rng)[0]
        ctype = rng.choice(["Content-Type: text/html\r\n", "", "Content-Type: \r\n"])
        payload = f"HTTP/1.1 {rng.choice(['200 OK', '404 No', 'x'])}\r\n{ctype}\r\n".encode() + body
        length = rng.choice([len(payload)] * 4 + [0, len(payload) + 9, 10**20, -1])
        out += (f"WARC/1.0\r\nWARC-Type: {rng.choice(['response', 'request', 'resource'])}\r\n"
                f"WARC-Target-URI: {field(rng)}\r\nWARC-Date: {field(rng)}\r\n"
                f"Content-Type: application/http; msgtype=response\r\nContent-Length: {length}\r\n\r\n"
                ).encode("utf-8", "surrogatepass") + payload + b"\r\n\r\n"
    return out, rng.choice([".warc", ".arc"])


def gen_text(rng):
    return field(rng).encode("utf-8", "surrogatepass"), rng.choice([".txt", ".md", ""])


def gen_bytes(rng):
    return rng.randbytes(rng.randint(0, 400)), rng.choice([".txt", ".jsonl", ".csv", ".html", ".rss", ".warc",
                                                         ".gz", ".bin", ""])


GENERATORS = [gen_jsonl, gen_table, gen_feed, gen_html, gen_warc, gen_text, gen_bytes]


def mutate(rng: random.Random, data: bytes) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        if not buf:
            break
        op, pos = rng.random(), rng.randrange(len(buf))
        if op < 0.4:
            buf[pos] = rng.randrange(256)
        elif op < 0.6:
            del buf[pos:pos + rng.randint(1, 20)]
        elif op < 0.8:
            buf[pos:pos] = buf[rng.randrange(len(buf)):][:rng.randint(1, 40)]
        else:
            del buf[pos:]
    return bytes(buf)


def one_input(rng: random.Random) -> tuple[bytes, str]:
    data, ext = rng.choice(GENERATORS)(rng)
    if rng.random() < 0.4:
        data = mutate(rng, data)
    if rng.random() < 0.15:
        for _ in range(rng.randint(1, 3)):
            data = gzip.compress(data, compresslevel=1)
        ext += ".gz"
    return data, ext


def check(path: Path) -> tuple[str, str] | None:
    """(kind, message) when reading the file breaks a promise, else None."""
    try:
        for item in read_inputs([str(path)], LIMITS):
            json.dumps(vars(item), ensure_ascii=False).encode("utf-8")
            if isinstance(item, Rejected) and item.reason.startswith("unreadable: "):
                return "boundary", item.reason
    except Hang:
        raise
    except Exception as exc:  # noqa: BLE001 - what the fuzzer looks for
        return "uncaught", "".join(traceback.format_exception_only(exc)).strip()[-300:]
    return None


def summary(args, counts: Counter, kinds: Counter, slowest: float, started: float, out: Path) -> dict:
    return {"inputs": sum(counts.values()), "uncaught": kinds["uncaught"], "hangs": kinds["hang"],
            "findings": dict(kinds), "slowest_input_s": round(slowest, 2),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "elapsed_min": round((time.monotonic() - started) / 60, 2),
            "cpu_min": round(time.process_time() / 60, 2),
            "by_extension": dict(counts), "minutes": args.minutes, "seed": args.seed, "out": str(out)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=1.0)
    ap.add_argument("--inputs", type=int, default=0, help="stop after this many inputs (0: no count limit)")
    ap.add_argument("--out", default="fuzz-findings", help="folder for failing inputs")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--hang", type=float, default=10.0, help="seconds after which one input counts as a hang")
    ap.add_argument("--every", type=float, default=60.0, help="seconds between progress lines")
    ap.add_argument("--slow", type=float, default=3.0,
                    help="inputs taking longer than this (wall seconds) are kept in --out as slow-*, with their times")
    ap.add_argument("--skip", type=int, default=0,
                    help="generate and drop this many inputs first (replays a stretch of a run with the same seed)")
    ap.add_argument("--tmp", default="/dev/shm" if Path("/dev/shm").is_dir() else None,
                    help="folder for the input files (default: /dev/shm, memory: ~15x faster than disk)")
    args = ap.parse_args()
    rng, out = random.Random(args.seed), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.signal(signal.SIGTERM, on_stop)
    signal.signal(signal.SIGINT, on_stop)
    counts, kinds, slowest = Counter(), Counter(), 0.0
    started = time.monotonic()
    end, next_note = started + args.minutes * 60, started + args.every
    for _ in range(args.skip):
        one_input(rng)
    slow = 0
    with tempfile.TemporaryDirectory(prefix="eventwire-fuzz-", dir=args.tmp) as tmp:
        while time.monotonic() < end and not STOP["asked"]:
            if args.inputs and sum(counts.values()) >= args.inputs:
                break
            data, ext = one_input(rng)
            path = Path(tmp) / f"input{ext}"
            path.write_bytes(data)
            start, cpu = time.monotonic(), time.process_time()
            signal.setitimer(signal.ITIMER_REAL, args.hang)
            try:
                found = check(path)
            except Hang:
                found = ("hang", f"more than {args.hang} s")
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            took = time.monotonic() - start
            slowest = max(slowest, took)
            counts[ext.split(".")[1] if "." in ext else "none"] += 1
            if took > args.slow:
                slow += 1
                name = f"slow-{slow:04d}{ext}"
                (out / name).write_bytes(data)
                (out / (name + ".txt")).write_text(
                    f"input {args.skip + sum(counts.values())} of seed {args.seed}: {took:.2f} s wall, "
                    f"{time.process_time() - cpu:.2f} s CPU\n", encoding="utf-8")
            if found:
                kinds[found[0]] += 1
                name = f"{found[0]}-{sum(kinds.values()):05d}{ext}"
                (out / name).write_bytes(data)
                (out / (name + ".txt")).write_text(found[1], encoding="utf-8")
            if time.monotonic() >= next_note:
                next_note += args.every
                note = summary(args, counts, kinds, slowest, started, out)
                (out / "progress.json").write_text(json.dumps(note), encoding="utf-8")
    result = summary(args, counts, kinds, slowest, started, out)
    result["stopped_by_signal"] = STOP["asked"]
    result["slow_inputs"] = slow
    (out / "summary.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
