"""What analysts do with stored events: dyad time series, top actors and dyads, the actor network,
event types over time, where events happen. Every function returns a pandas DataFrame.

Each works on the stored events passing a read filter (``EventFilter``: the coder's defaults
leave out modal and unsure events), one row per event as ``eventwire events`` lists them, with
``NumMentions`` counting the mentions of the event across an article and its story's copies.
The CLI, the REST API and the dashboard call these functions; notebooks can too::

    from eventwire.store import Store
    from eventwire import analysis
    with Store("news.duckdb", read_only=True) as store:
        analysis.dyad_series(store, "RUS", "UKR", by="month")
"""
from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:      # (DuckDB makes the DataFrames; the CLI need not load pandas to start)
    import pandas as pd

from .store import EventFilter, Store, grouped_events_sql

class Period(str, Enum):
    """The time bins of a series (the CLI's and the REST API's choices)."""
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class Level(str, Enum):
    """Actors by their full code or by their country."""
    code = "code"
    country = "country"


PERIODS = tuple(p.value for p in Period)
ACTOR_LEVELS = {"code": ("Actor1Code", "Actor2Code"), "country": ("Actor1CountryCode", "Actor2CountryCode")}
TYPE_SCHEMES = {"root": "EventRootCode", "plover": "PloverType"}


class AnalysisError(ValueError):
    """A request the analysis functions cannot answer (an unknown period, level or scheme)."""


def choose(value: str, allowed, what: str) -> str:
    if value not in allowed:
        raise AnalysisError(f"unknown {what} '{value}': expected one of {', '.join(allowed)}")
    return value


def period_sql(by: str) -> str:
    """The first day of an event's day / week (Monday) / month / year, from its SQLDATE."""
    choose(by, PERIODS, "period")
    return f"date_trunc('{by}', strptime(CAST(SQLDATE AS VARCHAR), '%Y%m%d'))::DATE"


def query(store: Store, select: str, filters: EventFilter, args: list | None = None) -> pd.DataFrame:
    """Run ``select`` over the events passing ``filters`` (the relation is called ``ev``)."""
    events_sql, event_args = grouped_events_sql(filters)
    return store.db.execute(f"WITH ev AS ({events_sql}) {select}", event_args + (args or [])).df()


def dyad_series(store: Store, actor1: str, actor2: str, by: str = "month",
                filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """Events from actor1 to actor2 (code prefixes: RUS matches RUSGOV, RUSMIL) per period: event
    count, mentions, QuadClass counts, Goldstein sum and mean, and the NumMentions-weighted mean."""
    return query(store, f"""
        SELECT {period_sql(by)} AS period, count(*) AS events, sum(NumMentions)::BIGINT AS mentions,
               count(*) FILTER (WHERE QuadClass = 1) AS verbal_coop,
               count(*) FILTER (WHERE QuadClass = 2) AS material_coop,
               count(*) FILTER (WHERE QuadClass = 3) AS verbal_conflict,
               count(*) FILTER (WHERE QuadClass = 4) AS material_conflict,
               sum(GoldsteinScale) AS goldstein_sum, avg(GoldsteinScale) AS goldstein_mean,
               sum(GoldsteinScale * NumMentions) / sum(NumMentions)::BIGINT AS goldstein_weighted
        FROM ev WHERE Actor1Code LIKE ? AND Actor2Code LIKE ? AND SQLDATE IS NOT NULL
        GROUP BY 1 ORDER BY 1""", filters, [actor1.upper() + "%", actor2.upper() + "%"])


def top_actors(store: Store, n: int = 20, level: str = "code",
               filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """The actors in most events, as source or target: events, as_source, as_target, mentions."""
    a1, a2 = ACTOR_LEVELS[choose(level, ACTOR_LEVELS, "actor level")]
    return query(store, f"""
        SELECT actor, count(*) AS events, sum(src)::BIGINT AS as_source, sum(tgt)::BIGINT AS as_target,
               sum(NumMentions)::BIGINT AS mentions
        FROM (SELECT {a1} AS actor, 1 AS src, 0 AS tgt, NumMentions FROM ev WHERE {a1} <> ''
              UNION ALL
              SELECT {a2}, 0, 1, NumMentions FROM ev WHERE {a2} <> '' AND {a2} IS DISTINCT FROM {a1}) sides
        GROUP BY 1 ORDER BY events DESC, mentions DESC, actor LIMIT ?""", filters, [n])


def edges_sql(level: str) -> str:
    """Directed actor pairs with event counts, mentions, cooperation (QuadClass 1–2) vs conflict (3–4)."""
    a1, a2 = ACTOR_LEVELS[choose(level, ACTOR_LEVELS, "actor level")]
    return f"""
        SELECT {a1} AS source, {a2} AS target, count(*) AS events, sum(NumMentions)::BIGINT AS mentions,
               count(*) FILTER (WHERE QuadClass IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE QuadClass IN (3, 4)) AS conflict,
               sum(GoldsteinScale) AS goldstein_sum, avg(GoldsteinScale) AS goldstein_mean
        FROM ev WHERE {a1} <> '' AND {a2} <> '' GROUP BY 1, 2"""


def top_dyads(store: Store, n: int = 20, level: str = "code",
              filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """The directed actor pairs with most events."""
    return query(store, f"""SELECT * FROM ({edges_sql(level)}) ORDER BY events DESC, mentions DESC,
                            source, target LIMIT ?""", filters, [n])


def network(store: Store, level: str = "code", min_events: int = 1,
            filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """The actor network: one weighted directed edge per actor pair (source → target), with its
    events, mentions, cooperative and conflictual event counts and Goldstein sum and mean."""
    return query(store, f"""SELECT * FROM ({edges_sql(level)}) WHERE events >= ?
                            ORDER BY events DESC, source, target""", filters, [min_events])


def types_over_time(store: Store, by: str = "month", scheme: str = "root",
                    filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """Events per period and CAMEO root code (scheme "root") or PLOVER type (scheme "plover")."""
    column = TYPE_SCHEMES[choose(scheme, TYPE_SCHEMES, "type scheme")]
    return query(store, f"""
        SELECT {period_sql(by)} AS period, {column} AS type, count(*) AS events, sum(NumMentions)::BIGINT AS mentions
        FROM ev WHERE SQLDATE IS NOT NULL GROUP BY 1, 2 ORDER BY 1, events DESC, 2""", filters)


def activity(store: Store, by: str = "month", filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """Events per period, split into cooperation (QuadClass 1–2) and conflict (3–4), with mean Goldstein."""
    return query(store, f"""
        SELECT {period_sql(by)} AS period, count(*) AS events, sum(NumMentions)::BIGINT AS mentions,
               count(*) FILTER (WHERE QuadClass IN (1, 2)) AS cooperation,
               count(*) FILTER (WHERE QuadClass IN (3, 4)) AS conflict,
               avg(GoldsteinScale) AS goldstein_mean
        FROM ev WHERE SQLDATE IS NOT NULL GROUP BY 1 ORDER BY 1""", filters)


def articles_over_time(store: Store, by: str = "month") -> pd.DataFrame:
    """Stored articles per period of their publication date (articles without a date left out)."""
    choose(by, PERIODS, "period")
    return store.db.execute(f"""
        SELECT date_trunc('{by}', TRY_CAST(date[:10] AS DATE))::DATE AS period, count(*) AS articles
        FROM articles WHERE TRY_CAST(date[:10] AS DATE) IS NOT NULL GROUP BY 1 ORDER BY 1""").df()


def locations(store: Store, filters: EventFilter = EventFilter()) -> pd.DataFrame:
    """Where events happen (ActionGeo): place, country, coordinates, events, mentions, mean Goldstein."""
    return query(store, """
        SELECT ActionGeo_FullName AS place, ActionGeo_CountryCode AS country, ActionGeo_Lat AS lat,
               ActionGeo_Long AS lon, count(*) AS events, sum(NumMentions)::BIGINT AS mentions,
               count(*) FILTER (WHERE QuadClass IN (3, 4)) AS conflict, avg(GoldsteinScale) AS goldstein_mean
        FROM ev WHERE ActionGeo_Lat IS NOT NULL AND ActionGeo_Long IS NOT NULL
        GROUP BY 1, 2, 3, 4 ORDER BY events DESC, place""", filters)
