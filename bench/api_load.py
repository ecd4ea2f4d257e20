"""REST API load: N requests on loopback against `eventwire serve`; prints requests/s, p50 and p99.

    python bench/api_load.py --db eventwire.duckdb                 # 10,000 requests, 4 clients
    python bench/api_load.py --db news.duckdb --requests 2000 --clients 8 --time-limit 60

Starts the server (uvicorn, one process) on a free loopback port, sends a fixed mix of GET
requests — event pages with filters and cursors, one event, one article, summary, dyad series,
top actors, network — from keep-alive client threads, and stops it. Bounded in count
(--requests) and time (--time-limit: clients stop when it is reached and the run is reported
as cut short). Any answer other than 200 counts as an error.
"""
from __future__ import annotations

import argparse
import http.client
import json
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    server = subprocess.Popen([sys.executable, "-m", "eventwire", "serve", "--db", db, "--port", str(port),
                               "--no-code"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server stopped: {server.stderr.read().decode(errors='replace')}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("server did not start within 60 s")


def get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes]:
    conn.request("GET", path)
    res = conn.getresponse()
    return res.status, res.read()


def request_mix(port: int) -> list[str]:
    """The paths one client cycles through, built from what the database holds."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    _, body = get(conn, "/api/events?limit=50&min_confidence=0&include_modal=true")
    page = json.loads(body)
    events = page["events"]
    if not events:
        raise SystemExit("the database holds no events")
    _, body = get(conn, "/api/top-actors?n=2")
    actors = [a["actor"] for a in json.loads(body)["actors"]] + ["USA", "RUS"]
    conn.close()
    mix = ["/api/summary", "/api/events?limit=100", "/api/events?limit=20&min_confidence=0.5",
           "/api/events?" + urlencode({"actor": actors[0], "limit": 50}),
           "/api/top-actors?n=20", "/api/network", "/api/activity",
           "/api/dyad?" + urlencode({"actor1": actors[0], "actor2": actors[1], "by": "week"})]
    if page["next_cursor"]:
        mix.append(f"/api/events?limit=50&min_confidence=0&include_modal=true&cursor={page['next_cursor']}")
    for e in events[:4]:
        mix += [f"/api/events/{e['GLOBALEVENTID']}", f"/api/articles/{quote(e['DocId'], safe='')}"]
    return mix


def client(port: int, paths: list[str], count: int, stop_at: float, offset: int,
           latencies: list[float], errors: list[str]) -> None:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for i in range(count):
        if time.monotonic() > stop_at:
            break
        path = paths[(offset + i) % len(paths)]
        t0 = time.perf_counter()
        try:
            status, _ = get(conn, path)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{path}: {exc}")
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            continue
        latencies.append(time.perf_counter() - t0)
        if status != 200:
            errors.append(f"{path}: HTTP {status}")
    conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "eventwire.duckdb"), help="database to serve (make run builds one)")
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=4, help="concurrent keep-alive connections")
    parser.add_argument("--time-limit", type=float, default=300.0, help="seconds before clients stop")
    args = parser.parse_args()
    if not Path(args.db).is_file():
        raise SystemExit(f"no database at {args.db}: run 'make run' first or pass --db")
    port = free_port()
    server = start_server(args.db, port)
    try:
        paths = request_mix(port)
        latencies: list[float] = []
        errors: list[str] = []
        share = [args.requests // args.clients + (i < args.requests % args.clients) for i in range(args.clients)]
        t0 = time.perf_counter()
        stop_at = time.monotonic() + args.time_limit
        threads = [threading.Thread(target=client, args=(port, paths, n, stop_at, i * 7, latencies, errors))
                   for i, n in enumerate(share)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
    finally:
        server.terminate()
        server.wait(timeout=10)
    done = len(latencies) + sum(1 for e in errors if "HTTP" not in e)
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    print(f"{done} requests ({args.clients} clients, {len(paths)} distinct paths) in {elapsed:.1f} s: "
          f"{done / elapsed:.0f} requests/s; p50 {q[49] * 1000:.1f} ms, p99 {q[98] * 1000:.1f} ms, "
          f"max {max(latencies) * 1000:.1f} ms; {len(errors)} errors")
    if done < args.requests:
        print(f"cut short by --time-limit {args.time_limit:.0f} s: {args.requests - done} requests not sent")
    for e in errors[:10]:
        print("  error:", e)
    sys.exit(1 if errors or done < args.requests else 0)


if __name__ == "__main__":
    main()
