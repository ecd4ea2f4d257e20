"""Build the dashboard's world outline from Natural Earth's 1:110m land (world-atlas TopoJSON).

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/build_world_outline.py package/land-110m.json

Writes eventwire/server/static/world-land.json: one SVG path in equirectangular coordinates
(x = longitude + 180, y = 90 - latitude, so the map's viewBox is 0 0 360 180), rounded to 0.1°.
Natural Earth is in the public domain; world-atlas is ISC-licensed (world-land.LICENSE.txt).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "eventwire" / "server" / "static" / "world-land.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Absolute (longitude, latitude) points of every arc (TopoJSON's quantized, delta-coded arcs)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring: list[int], arcs) -> list[tuple[float, float]]:
    """A ring's points from its arc indexes (a negative index ~i is arc i reversed)."""
    points: list[tuple[float, float]] = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def rings(geometry: dict):
    if geometry["type"] == "Polygon":
        yield from geometry["arcs"]
    elif geometry["type"] == "MultiPolygon":
        for polygon in geometry["arcs"]:
            yield from polygon
    elif geometry["type"] == "GeometryCollection":
        for g in geometry["geometries"]:
            yield from rings(g)


def svg_path(topology: dict) -> str:
    arcs = decode_arcs(topology)
    parts = []
    for ring in rings(topology["objects"]["land"]):
        pts = [(round(lon + 180, 1), round(90 - lat, 1)) for lon, lat in ring_points(ring, arcs)]
        kept = [p for i, p in enumerate(pts) if i == 0 or p != pts[i - 1]]
        if len(kept) < 3:
            continue
        for copy in unwrapped(kept):
            parts.append("M" + " ".join(f"{x:g},{y:g}" for x, y in copy) + "Z")
    return "".join(parts)


def unwrapped(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring crossing the antimeridian (a jump of more than 180° between neighbours) made
    continuous by shifting what follows a jump by ±360, then drawn again shifted by ∓360
    where it runs off the map (the map clips every copy to its frame)."""
    if all(abs(a[0] - b[0]) <= 180 for a, b in zip(ring, ring[1:])):
        return [ring]
    offset, out = 0.0, [ring[0]]
    for (x0, _), (x1, y1) in zip(ring, ring[1:]):
        if x1 - x0 > 180:
            offset -= 360
        elif x0 - x1 > 180:
            offset += 360
        out.append((round(x1 + offset, 1), y1))
    copies = [out]
    if max(x for x, _ in out) > 360:
        copies.append([(round(x - 360, 1), y) for x, y in out])
    if min(x for x, _ in out) < 0:
        copies.append([(round(x + 360, 1), y) for x, y in out])
    return copies


def main() -> None:
    topology = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    OUT.write_text(json.dumps({"source": "Natural Earth 1:110m land, version 4.1.0, via world-atlas 2.0.2",
                               "projection": "equirectangular: x = longitude + 180, y = 90 - latitude",
                               "path": svg_path(topology)}) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
