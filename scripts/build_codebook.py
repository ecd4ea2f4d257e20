"""Write eventwire/data/cameo.tsv, eventwire's CAMEO codebook table.

The facts (code numbers, names, Goldstein values, QuadClass, the CAMEO→PLOVER
mapping) are the field's standard values; this script reads them from the
reference tables in ../shared once, when the table is (re)built by a developer.
Run: python scripts/build_codebook.py ../shared
"""
import csv
import sys
from pathlib import Path


def read_plover_map(path: Path) -> dict[str, str]:
    mapping = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        code, _, rest = line.partition(":")
        event = rest.split(",")[0].strip()
        if code.strip().isdigit() and event:
            mapping[code.strip()] = event
    return mapping


def plover_for(code: str, mapping: dict[str, str]) -> str:
    if code.startswith("01"):
        return ""
    if code.startswith("02"):
        return "REQUEST"
    for n in range(len(code), 1, -1):
        if code[:n] in mapping:
            return mapping[code[:n]]
    return ""


def main(shared: Path) -> None:
    mapping = read_plover_map(shared / "eval" / "CAMEO2PLOVER-2021.txt")
    out = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "cameo.tsv"
    with open(shared / "reference" / "cameo-codes.tsv", encoding="utf-8") as f, \
            open(out, "w", encoding="utf-8", newline="") as g:
        g.write("# eventwire CAMEO codebook: code, root, QuadClass, Goldstein scale, PLOVER type, name\n")
        w = csv.writer(g, delimiter="\t", lineterminator="\n")
        w.writerow(["code", "root", "quad_class", "goldstein", "plover", "name"])
        for row in csv.DictReader(f, delimiter="\t"):
            code = row["code"]
            w.writerow([code, code[:2], row["quad_class"], row["goldstein"],
                        plover_for(code, mapping), row["name"]])


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
