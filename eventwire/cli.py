"""The `eventwire` command line: parse arguments, call one library function, print the result."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from . import api
from .nlp import ModelNotInstalled
from .options import DEFAULT_MODEL, SETTINGS, Options
from .records import ArticleResult, Rejected
from .store import EventFilter

app = typer.Typer(help="eventwire: political event data (CAMEO, PLOVER) from your own news.",
                  no_args_is_help=True, add_completion=False)

DEFAULT_DB = "eventwire.duckdb"


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


Inputs = Annotated[list[str], typer.Argument(help="Files, folders or globs (.txt, .md, .jsonl, …); - for stdin.")]
Db = Annotated[str, typer.Option("--db", help="DuckDB database file.")]
Model = Annotated[str, typer.Option("--model", help=SETTINGS["model"])]
Processes = Annotated[int, typer.Option("--processes", "-j", help=SETTINGS["n_process"])]
MinConf = Annotated[float, typer.Option("--min-confidence", help=SETTINGS["min_confidence"])]
Modal = Annotated[bool, typer.Option("--include-modal", help=SETTINGS["include_modal"])]
Actors = Annotated[Optional[list[str]], typer.Option("--actors", help=SETTINGS["actor_dictionaries"])]
Gkg = Annotated[bool, typer.Option("--gkg/--no-gkg", help=SETTINGS["gkg"])]

TABLE_COLUMNS = ["SQLDATE", "Actor1Code", "EventCode", "Actor2Code", "PloverType", "GoldsteinScale",
                 "Confidence", "EventText"]


def make_options(model: str, processes: int, min_confidence: float, include_modal: bool,
                 actors: list[str] | None, gkg: bool = True) -> Options:
    return Options(model=model, n_process=processes, min_confidence=min_confidence,
                   include_modal=include_modal, actor_dictionaries=tuple(actors or ()), gkg=gkg)


def say_rejected(r: Rejected) -> None:
    typer.echo(f"eventwire: rejected {r.origin}: {r.reason}", err=True)


def print_events(rows: list[dict], fmt: Format, columns: list[str] | None = None) -> None:
    out = sys.stdout
    if fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        if rows:
            w = csv.DictWriter(out, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    else:
        print_table(rows, columns or TABLE_COLUMNS)


def print_table(rows: list[dict], columns: list[str]) -> None:
    widths = {c: max([len(c)] + [len(str(r.get(c, ""))[:60]) for r in rows]) for c in columns}
    typer.echo("  ".join(c.ljust(widths[c]) for c in columns))
    typer.echo("  ".join("-" * widths[c] for c in columns))
    for r in rows:
        typer.echo("  ".join(str(r.get(c, "") if r.get(c) is not None else "")[:60].ljust(widths[c])
                             for c in columns))


def fail(message: str, code: int = 2):
    typer.echo(f"eventwire: {message}", err=True)
    raise typer.Exit(code)


@app.command()
def code(inputs: Inputs, fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
         db: Annotated[Optional[str], typer.Option("--db", help="Also store into this DuckDB file.")] = None,
         model: Model = DEFAULT_MODEL, processes: Processes = 1, min_confidence: MinConf = 0.0,
         include_modal: Modal = False, actors: Actors = None) -> None:
    """Code news files and print their events (one JSON object per event with --format jsonl)."""
    options = make_options(model, processes, min_confidence, include_modal, actors, gkg=bool(db))
    rows, rejected = [], 0
    try:
        if db:
            report = api.ingest(inputs, db, options)
            rejected = report.rejected
            for r in report.rejections:
                say_rejected(r)
            rows = [row for row in api.list_events(db, EventFilter(limit=10**9))
                    if True]
        else:
            for item in api.code_inputs(inputs, options):
                if isinstance(item, Rejected):
                    rejected += 1
                    say_rejected(item)
                elif isinstance(item, ArticleResult):
                    new = list(api.event_dicts([item]))
                    if fmt is Format.jsonl:
                        print_events(new, fmt)
                    else:
                        rows.extend(new)
    except ModelNotInstalled as exc:
        fail(str(exc))
    if not (fmt is Format.jsonl and not db):
        print_events(rows, fmt)
    if rejected:
        raise typer.Exit(1)


@app.command()
def ingest(inputs: Inputs, db: Db = DEFAULT_DB, model: Model = DEFAULT_MODEL, processes: Processes = 1,
           min_confidence: MinConf = 0.0, include_modal: Modal = False, actors: Actors = None,
           gkg: Gkg = True) -> None:
    """Read, code and store news into the database; prints new / duplicate / rejected counts."""
    options = make_options(model, processes, min_confidence, include_modal, actors, gkg)
    try:
        report = api.ingest(inputs, db, options)
    except ModelNotInstalled as exc:
        fail(str(exc))
    for r in report.rejections:
        say_rejected(r)
    typer.echo(f"{report.new} new, {report.duplicate} duplicate, {report.near_duplicate} near-duplicate, "
               f"{report.skipped} skipped, {report.rejected} rejected articles; {report.events} events stored in {db}")
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def events(db: Db = DEFAULT_DB,
           actor: Annotated[str, typer.Option(help="Actor code prefix of either actor (RUS, RUSGOV, IGOUNO).")] = "",
           country: Annotated[str, typer.Option(help="ISO 3166 alpha-3 country of either actor.")] = "",
           code: Annotated[str, typer.Option("--code", help="CAMEO event code prefix (19, 163).")] = "",
           root: Annotated[str, typer.Option(help="CAMEO root code (01–20).")] = "",
           plover: Annotated[str, typer.Option(help="PLOVER event type (ASSAULT, AGREE, …).")] = "",
           since: Annotated[str, typer.Option(help="First date, YYYY-MM-DD.")] = "",
           until: Annotated[str, typer.Option(help="Last date, YYYY-MM-DD.")] = "",
           doc: Annotated[str, typer.Option("--doc", help="Only this article id.")] = "",
           min_confidence: MinConf = 0.0,
           limit: Annotated[int, typer.Option(help="At most this many events.")] = 1000,
           fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table) -> None:
    """List stored events, filtered by actor, country, event code or root, PLOVER type and dates."""
    filters = EventFilter(actor=actor, country=country, code=code, root=root.zfill(2) if root else "",
                          plover=plover, since=since, until=until, doc_id=doc,
                          min_confidence=min_confidence, limit=limit)
    print_events(api.list_events(db, filters), fmt)


@app.command()
def summary(db: Db = DEFAULT_DB) -> None:
    """Counts of stored articles, events and rejected inputs, and events by CAMEO root and PLOVER type."""
    s = api.summary(db)
    typer.echo(f"{s['articles']} articles, {s['events']} events, {s['rejected']} rejected inputs in {db}")
    print_table(s["by_type"], ["root", "plover", "events"])


def main() -> None:
    app()
