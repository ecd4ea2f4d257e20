"""The `eventwire` command line: parse arguments, call one library function, print the result."""
from __future__ import annotations

import json
import re
import sys
from dataclasses import asdict
from enum import Enum
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import api
from .analysis import Level, Period
from .errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_REJECTED, EXIT_USAGE, EventwireError, OutputError
from .dictionaries import DictionaryError
from .engines import EngineError
from .nlp import ModelNotInstalled
from .options import DEFAULT_MODEL, SETTINGS, Options
from .pipeline import cut_note
from .records import ArticleResult, Rejected
from .store import EventFilter

# typer's own exits and usage errors (it carries its own copy of click's exceptions)
PASS_THROUGH = (typer.Exit, typer.Abort, typer.exceptions.TyperException)


class Commands(TyperGroup):
    """The command group, with one boundary: eventwire's errors become one line on stderr and
    their exit code (2 for usage and setup errors), anything else an internal error (exit 3);
    no traceback reaches the user."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except PASS_THROUGH:
            raise
        except EventwireError as exc:
            fail(str(exc), exc.exit_code)
        except (ModelNotInstalled, DictionaryError) as exc:
            fail(str(exc), EXIT_USAGE)
        except BrokenPipeError:
            sys.stderr.close()          # the reader of our output went away (| head): nothing to say
            raise typer.Exit(0)
        except KeyboardInterrupt:
            fail("interrupted: what was stored before stays stored; run the command again to go on",
                 EXIT_INTERRUPTED)
        except Exception as exc:  # noqa: BLE001 - the last boundary before the user
            if interrupted(exc):        # Ctrl-C inside a DuckDB write reaches us as its own error
                fail("interrupted: what was stored before stays stored; run the command again to go on",
                     EXIT_INTERRUPTED)
            fail(f"internal error: {type(exc).__name__}: {str(exc).strip()[:300]} (a bug: please report it)",
                 EXIT_INTERNAL)


def interrupted(exc: Exception) -> bool:
    """Whether an error is DuckDB's report of a Ctrl-C that landed during a query."""
    import duckdb
    return isinstance(exc, duckdb.InterruptException) or (
        isinstance(exc, RuntimeError) and "interrupted" in str(exc).lower())


app = typer.Typer(cls=Commands, pretty_exceptions_enable=False,
                  help="eventwire: political event data (CAMEO, PLOVER) from your own news.",
                  no_args_is_help=True, add_completion=False)

DEFAULT_DB = "eventwire.duckdb"
DEFAULTS = Options()


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


Inputs = Annotated[list[str], typer.Argument(help="Files, folders or globs (.txt, .md, .jsonl, …); - for stdin.")]
Db = Annotated[str, typer.Option("--db", help="DuckDB database file.")]
Model = Annotated[str, typer.Option("--model", help=SETTINGS["model"])]
Processes = Annotated[int, typer.Option("--processes", "-j", min=1, help=SETTINGS["n_process"])]
MinConf = Annotated[float, typer.Option("--min-confidence", help=SETTINGS["min_confidence"])]
Modal = Annotated[bool, typer.Option("--include-modal", help=SETTINGS["include_modal"])]
Actors = Annotated[Optional[list[str]], typer.Option("--actors", help=SETTINGS["actor_dictionaries"])]
Agents = Annotated[Optional[list[str]], typer.Option("--agents", help=SETTINGS["agent_dictionaries"])]
Verbs = Annotated[Optional[list[str]], typer.Option("--verbs", help=SETTINGS["verb_dictionaries"])]
Gkg = Annotated[bool, typer.Option("--gkg/--no-gkg", help=SETTINGS["gkg"])]
WordVectors = Annotated[str, typer.Option("--word-vectors", help=SETTINGS["word_vectors"] + " 'off' for none.")]
EngineName = Annotated[str, typer.Option("--engine", help=SETTINGS["engine"])]
Address = Annotated[str, typer.Option("--address", help=SETTINGS["address"])]
Columns = Annotated[Optional[str], typer.Option(
    "--columns", help="CSV/TSV column mapping, e.g. 'text=body,date=published,id=guid'.")]

TABLE_COLUMNS = ["SQLDATE", "Actor1Code", "EventCode", "Actor2Code", "PloverType", "GoldsteinScale",
                 "Confidence", "EventText"]


def make_options(model: str, processes: int, min_confidence: float, include_modal: bool,
                 actors: list[str] | None, gkg: bool = True, agents: list[str] | None = None,
                 verbs: list[str] | None = None, word_vectors: str = DEFAULTS.word_vectors) -> Options:
    return Options(model=model, n_process=processes, min_confidence=min_confidence,
                   include_modal=include_modal, actor_dictionaries=tuple(actors or ()), gkg=gkg,
                   agent_dictionaries=tuple(agents or ()), verb_dictionaries=tuple(verbs or ()),
                   word_vectors=vectors_setting(word_vectors))


def vectors_setting(value: str) -> str:
    """The word_vectors setting from its option: 'off' (or nothing) for none."""
    return "" if value.strip().lower() in ("", "off", "none", "false") else value.strip()


# Terminal control: ESC and C1 sequences, other C0 controls (text from articles and file names
# must not move the cursor, retitle the window or hide what is printed).
CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Text without terminal escape sequences or control characters (newlines and tabs stay)."""
    return CONTROL.sub("", text)


def say_rejected(r: Rejected) -> None:
    typer.echo(printable(f"eventwire: rejected {r.origin}: {r.reason}"), err=True)


def say_cut(r: Rejected) -> None:
    """An article cut at max_chars: coded, but only in part (no rejection: the exit code stays 0)."""
    typer.echo(printable(f"eventwire: cut {r.origin}: {r.reason}"), err=True)


def print_events(rows: list[dict], fmt: Format, columns: list[str] | None = None) -> None:
    out = sys.stdout
    if fmt is Format.jsonl:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        api.write_csv(rows, out)
    else:
        print_table(rows, columns or TABLE_COLUMNS)


def print_table(rows: list[dict], columns: list[str]) -> None:
    cells = [{c: cell(r.get(c)) for c in columns} for r in rows]
    widths = {c: max([len(c)] + [len(r[c]) for r in cells]) for c in columns}
    typer.echo("  ".join(c.ljust(widths[c]) for c in columns))
    typer.echo("  ".join("-" * widths[c] for c in columns))
    for r in cells:
        typer.echo("  ".join(r[c].ljust(widths[c]) for c in columns))


def cell(value) -> str:
    """A table cell: one line, at most 60 characters, no control characters."""
    return printable(" ".join(str("" if value is None else value).split()))[:60]


def use_columns(columns: str | None) -> None:
    """Pass a --columns mapping to the CSV/TSV reader."""
    from .readers.tables import use_columns as set_columns
    if not columns:
        set_columns(None)
        return
    try:
        mapping = dict(part.split("=", 1) for part in columns.split(",") if part.strip())
    except ValueError:
        fail(f"--columns expects field=column pairs separated by commas, got '{columns}'")
    set_columns({k.strip(): v.strip() for k, v in mapping.items()})


class Progress:
    """A progress line on a terminal (articles/s, rejected); silent when output is not a terminal."""

    def __init__(self) -> None:
        self.bar = None
        if sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)

    def __call__(self, report) -> None:
        if self.bar is not None:
            self.bar.update(1)
            counts = vars(report)
            self.bar.set_postfix({k: counts[k] for k in ("events", "rejected", "stored") if k in counts}, refresh=False)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def fail(message: str, code: int = EXIT_USAGE):
    typer.echo(printable(f"eventwire: {message}"), err=True)
    raise typer.Exit(code)


@app.command()
def code(inputs: Inputs, fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
         db: Annotated[Optional[str], typer.Option("--db", help="Also store into this DuckDB file.")] = None,
         model: Model = DEFAULT_MODEL, processes: Processes = 1,
         min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
         actors: Actors = None, columns: Columns = None, agents: Agents = None, verbs: Verbs = None,
         word_vectors: WordVectors = DEFAULTS.word_vectors) -> None:
    """Code news files and print their events (one JSON object per event with --format jsonl)."""
    options = make_options(model, processes, min_confidence, include_modal, actors, bool(db), agents, verbs,
                           word_vectors)
    use_columns(columns)
    rows, rejected = [], 0
    try:
        if db:               # the events of this run's articles, not all those the database holds
            report = api.ingest(inputs, db, options)
            rejected = report.rejected
            for r in report.rejections:
                say_rejected(r)
            for r in report.cut:
                say_cut(r)
            rows = api.list_events(db, api.read_filter(options, limit=10**9, article_keys=tuple(report.article_keys)))
        else:
            for item in api.code_inputs(inputs, options):
                if isinstance(item, Rejected):
                    rejected += 1
                    say_rejected(item)
                elif isinstance(item, ArticleResult):
                    if note := cut_note(item, options.max_chars):
                        say_cut(note)
                    new = list(api.event_dicts([item]))
                    if fmt is Format.jsonl:
                        print_events(new, fmt)
                    else:
                        rows.extend(new)
    except (ModelNotInstalled, DictionaryError) as exc:
        fail(str(exc))
    if not (fmt is Format.jsonl and not db):
        print_events(rows, fmt)
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def ingest(inputs: Inputs, db: Db = DEFAULT_DB, model: Model = DEFAULT_MODEL, processes: Processes = 1,
           min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False, actors: Actors = None,
           gkg: Gkg = True, columns: Columns = None, agents: Agents = None, verbs: Verbs = None,
           engine: EngineName = "local", address: Address = "", word_vectors: WordVectors = DEFAULTS.word_vectors) -> None:
    """Read, code and store news into the database; prints new / duplicate / rejected counts.

    With --engine ray the articles are parsed and coded on Ray Data (a local Ray started for the
    run, or the cluster at --address), with --processes worker actors."""
    options = make_options(model, processes, min_confidence, include_modal, actors, gkg, agents, verbs,
                           word_vectors).replace(engine=engine, address=address)
    use_columns(columns)
    progress = Progress()
    try:
        report = api.ingest(inputs, db, options, on_item=progress)
    except (ModelNotInstalled, DictionaryError, EngineError) as exc:
        fail(str(exc))
    finally:
        progress.close()
    for r in report.rejections:
        say_rejected(r)
    for r in report.cut:
        say_cut(r)
    cut = f", {len(report.cut)} cut at max_chars" if report.cut else ""
    typer.echo(printable(f"{report.new} new, {report.duplicate} duplicate, {report.near_duplicate} "
                         f"near-duplicate, {report.skipped} skipped, {report.rejected} rejected articles{cut}; "
                         f"{report.events} events stored in {db}"))
    if report.rejected:
        raise typer.Exit(EXIT_REJECTED)


@app.command()
def follow(sources: Annotated[list[str], typer.Argument(help="Feed URLs, files listing feed URLs (one a line), "
                                                             "or folders to watch for new files.")],
           db: Db = DEFAULT_DB,
           every: Annotated[str, typer.Option("--every", help="Time between cycles: 15m, 30s, 1h.")] = "15m",
           cycles: Annotated[Optional[int], typer.Option("--cycles", help="Stop after this many cycles.")] = None,
           once: Annotated[bool, typer.Option("--once", help="One cycle, then stop (same as --cycles 1).")] = False,
           timeout: Annotated[float, typer.Option("--timeout", help="Seconds allowed for one HTTP request.")] = 20.0,
           max_bytes: Annotated[int, typer.Option("--max-bytes", help="Larger feeds and pages are refused.")]
           = 5_000_000,
           host_delay: Annotated[float, typer.Option("--host-delay", help="Seconds between two requests to one "
                                                     "host.")] = 1.0,
           model: Model = DEFAULT_MODEL, processes: Processes = 1, min_confidence: MinConf = DEFAULTS.min_confidence,
           include_modal: Modal = False, actors: Actors = None, gkg: Gkg = True) -> None:
    """Follow the news: every cycle, fetch new feed items and their pages (or new files in a folder),
    code and store them, and log one line (new, duplicate, failed, rejected, events).

    What was stored is remembered in the database, so a restart fetches nothing twice. A feed or
    page that fails is logged and tried again next cycle. Ctrl-C stops after the current article."""
    from .follow import BadSource, FollowSettings, Follower, parse_interval
    options = make_options(model, processes, min_confidence, include_modal, actors, gkg)
    try:
        settings = FollowSettings(every=parse_interval(every), timeout=timeout, max_bytes=max_bytes,
                                  host_delay=host_delay)
        follower = Follower(sources, db, options, settings, log=lambda line: typer.echo(line, err=True))
        follower.run(1 if once else cycles)
    except (ValueError, BadSource) as exc:
        fail(str(exc))
    except ModelNotInstalled as exc:
        fail(str(exc))


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
           min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
           limit: Annotated[int, typer.Option(min=0, help="At most this many events.")] = 1000,
           fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table) -> None:
    """List stored events, filtered by actor, country, event code or root, PLOVER type and dates."""
    filters = EventFilter(actor=actor, country=country, code=code, root=root.zfill(2) if root else "",
                          plover=plover, since=since, until=until, doc_id=doc,
                          min_confidence=min_confidence, include_modal=include_modal, limit=limit)
    print_events(api.list_events(db, filters), fmt)


@app.command()
def summary(db: Db = DEFAULT_DB, min_confidence: MinConf = DEFAULTS.min_confidence,
            include_modal: Modal = False) -> None:
    """Counts of stored articles, events and rejected inputs, and events by CAMEO root and PLOVER type."""
    s = api.summary(db, EventFilter(min_confidence=min_confidence, include_modal=include_modal))
    cut = f" ({s['cut']} articles cut at max_chars)" if s.get("cut") else ""
    typer.echo(f"{s['articles']} articles, {s['events']} events, {s['rejected']} rejected inputs{cut} in {db} "
               f"({s['events_stored']} events stored, modal and low-confidence ones included)")
    print_table(s["by_type"], ["root", "plover", "events"])


@app.command()
def actors(db: Db = DEFAULT_DB) -> None:
    """People learned from their titles across the stored news, with their codes and dates seen."""
    rows = [{"name": r.name, "code": r.code, "first_seen": r.first_seen, "last_seen": r.last_seen,
             "mentions": r.mentions} for r in api.actor_memory(db)]
    print_table(rows, ["name", "code", "first_seen", "last_seen", "mentions"])


class ArticleFormat(str, Enum):
    jsonl = "jsonl"
    table = "table"


@app.command()
def extract(inputs: Inputs, fmt: Annotated[ArticleFormat, typer.Option("--format", "-f", help="Output format.")]
            = ArticleFormat.jsonl,
            db: Annotated[Optional[str], typer.Option("--db", help="Also recognise copies of articles stored here.")]
            = None, columns: Columns = None) -> None:
    """Show what the readers make of files: one record per article, without coding.

    Each record has id, title, date, url, source, lang, text (the story only), cluster_id, status
    (new, duplicate, near-duplicate or rejected), dateline (the place it names) and removed
    (the page furniture taken out of the text: kind, text and where it stood)."""
    use_columns(columns)
    rows, rejected = [], 0
    for item in api.extract(inputs, db):
        if isinstance(item, Rejected):
            rejected += 1
            say_rejected(item)
            row = {"id": item.doc_id, "origin": item.origin, "status": "rejected", "reason": item.reason}
        else:
            row = {k: getattr(item, k) for k in ("id", "title", "date", "url", "source", "lang", "text",
                                                  "cluster_id", "status", "dateline")}
            row["removed"] = [asdict(r) for r in item.removed]
        if fmt is ArticleFormat.jsonl:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            rows.append({**row, "text": row.get("text", "")[:40], "title": row.get("title", "")[:40]})
    if fmt is ArticleFormat.table:
        print_table(rows, ["id", "status", "lang", "date", "cluster_id", "title"])
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


class GkgFormat(str, Enum):
    jsonl = "jsonl"
    gdelt = "gdelt"


@app.command()
def gkg(inputs: Inputs, fmt: Annotated[GkgFormat, typer.Option("--format", "-f", help="jsonl, or GDELT GKG 2.1 "
        "tab-separated lines.")] = GkgFormat.jsonl, model: Model = DEFAULT_MODEL, columns: Columns = None) -> None:
    """Print each article's knowledge graph (quotes, amounts, dates, places, names, themes, tone).

    Quotations carry their speakers, amounts their units and what is counted, dates are
    normalised against the publication date and places geocoded offline."""
    from .gkg.export import gkg_row
    use_columns(columns)
    rejected = 0
    try:
        for item in api.gkg_results(inputs, Options(model=model)):
            if isinstance(item, Rejected):
                rejected += 1
                say_rejected(item)
            elif item.gkg is not None:
                line = gkg_row(item.gkg, item.article) if fmt is GkgFormat.gdelt else \
                    json.dumps(item.gkg.to_dict(), ensure_ascii=False)
                sys.stdout.write(line + "\n")
    except ModelNotInstalled as exc:
        fail(str(exc))
    if rejected:
        raise typer.Exit(EXIT_REJECTED)


class ExportFormat(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    gdelt = "gdelt"
    parquet = "parquet"


class ExportWhat(str, Enum):
    events = "events"
    mentions = "mentions"
    gkg = "gkg"
    articles = "articles"
    rejected = "rejected"


@app.command()
def export(db: Db = DEFAULT_DB,
           what: Annotated[ExportWhat, typer.Option("--what", help="Which records.")] = ExportWhat.events,
           fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv, gdelt (GDELT 2.0 event "
                                                      "table or GKG 2.1 layout) or parquet.")] = ExportFormat.jsonl,
           out: Annotated[Optional[str], typer.Option("--out", "-o", help="Output file (standard output if "
                                                       "omitted; required for parquet).")] = None,
           min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False) -> None:
    """Export stored events, their mentions or knowledge-graph records: GDELT layouts, JSON lines, CSV, Parquet.

    Events come one row per event, with NumMentions, NumArticles and NumSources counting
    the articles (and copies of them) that report it; mentions one row per mention (GDELT 2.0's
    Mentions table: article, sentence, offsets, confidence). Parquet writes the stored table
    as it is, every event with its Mode and Confidence."""
    if fmt is ExportFormat.parquet and what is ExportWhat.mentions:
        fail("--what mentions can be exported as jsonl, csv or gdelt")
    if fmt is ExportFormat.parquet:
        if not out:
            fail("--format parquet needs --out FILE")
        api.export_parquet(db, what.value, out)
        return
    if what not in (ExportWhat.events, ExportWhat.mentions, ExportWhat.gkg) or \
            (fmt is ExportFormat.csv and what is ExportWhat.gkg):
        fail(f"--what {what.value} can be exported as parquet; events and mentions as jsonl/csv/gdelt, "
             "gkg as jsonl/gdelt")
    stream = open_output(out) if out else sys.stdout
    try:
        n = api.export(db, what.value, fmt.value, stream,
                       EventFilter(min_confidence=min_confidence, include_modal=include_modal))
    finally:
        if out:
            stream.close()
    typer.echo(f"{n} {what.value} records exported", err=True)


@app.command()
def recode(db: Db = DEFAULT_DB, model: Model = DEFAULT_MODEL, processes: Processes = 1, actors: Actors = None,
           stale: Annotated[bool, typer.Option("--stale", help="Only articles another coder version coded.")]
           = False) -> None:
    """Code stored articles again with the installed coder, replacing each article's events.

    One transaction per article: its old events go, the new ones (tagged with this coder
    version) come in; articles, knowledge graph, rejections and the actor memory stay."""
    from . import CODER_VERSION
    progress = Progress()
    try:
        report = api.recode(db, make_options(model, processes, DEFAULTS.min_confidence, False, actors, False),
                            stale_only=stale, on_item=progress)
    except ModelNotInstalled as exc:
        fail(str(exc))
    finally:
        progress.close()
    typer.echo(f"{report.articles} articles re-coded with coder {CODER_VERSION}: {report.removed} events "
               f"replaced by {report.stored} in {db}")


analyze_app = typer.Typer(help="Analyses of stored events: dyad series, top actors and dyads, the actor network, "
                          "event types over time, locations. Tables, CSV or Parquet.", no_args_is_help=True)
app.add_typer(analyze_app, name="analyze")


class FrameFormat(str, Enum):
    table = "table"
    csv = "csv"
    parquet = "parquet"


FrameFmt = Annotated[FrameFormat, typer.Option("--format", "-f", help="table, csv or parquet (needs --out).")]
FrameOut = Annotated[Optional[str], typer.Option("--out", "-o", help="Output file (standard output if omitted).")]
By = Annotated[Period, typer.Option("--by", help="Time step.")]
ActorLevel = Annotated[Level, typer.Option("--level", help="Actors by full CAMEO code or by country.")]
Since = Annotated[str, typer.Option(help="First date, YYYY-MM-DD.")]
Until = Annotated[str, typer.Option(help="Last date, YYYY-MM-DD.")]


def show_frame(db: str, name: str, fmt: FrameFormat, out: str | None, filters: EventFilter, **kwargs) -> None:
    """Run an analysis and print it as a table, or write it as CSV / Parquet."""
    from .analysis import AnalysisError
    from .store import StoreNotReadable
    if fmt is FrameFormat.parquet and not out:
        fail("--format parquet needs --out FILE")
    try:
        frame = api.analyze(db, name, filters=filters, **kwargs) if name != "articles_over_time" else \
            api.analyze(db, name, **kwargs)
    except (AnalysisError, StoreNotReadable) as exc:
        fail(str(exc))
    if fmt is FrameFormat.table:
        print_table([{k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()}
                     for r in api.frame_records(frame)], list(frame.columns))
    elif fmt is FrameFormat.parquet:
        api.write_frame(frame, "parquet", out)
    else:
        stream = open_output(out) if out else sys.stdout
        try:
            api.write_frame(frame, "csv", stream)
        finally:
            if out:
                stream.close()


def read_filters(min_confidence: float, include_modal: bool, since: str = "", until: str = "") -> EventFilter:
    return EventFilter(min_confidence=min_confidence, include_modal=include_modal, since=since, until=until)


@analyze_app.command("dyad")
def analyze_dyad(actor1: Annotated[str, typer.Argument(help="Source actor code prefix (RUS, RUSGOV).")],
                 actor2: Annotated[str, typer.Argument(help="Target actor code prefix (UKR).")],
                 db: Db = DEFAULT_DB, by: By = Period.month, since: Since = "", until: Until = "",
                 min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                 fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """Events from ACTOR1 to ACTOR2 over time: counts, QuadClass counts, Goldstein sum, mean, mention-weighted."""
    show_frame(db, "dyad_series", fmt, out, read_filters(min_confidence, include_modal, since, until),
               actor1=actor1, actor2=actor2, by=by.value)


@analyze_app.command("top-actors")
def analyze_top_actors(db: Db = DEFAULT_DB, n: Annotated[int, typer.Option("-n", help="How many.")] = 20,
                       level: ActorLevel = Level.code, since: Since = "", until: Until = "",
                       min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                       fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """The actors in most events, as source or target."""
    show_frame(db, "top_actors", fmt, out, read_filters(min_confidence, include_modal, since, until),
               n=n, level=level.value)


@analyze_app.command("top-dyads")
def analyze_top_dyads(db: Db = DEFAULT_DB, n: Annotated[int, typer.Option("-n", help="How many.")] = 20,
                      level: ActorLevel = Level.code, since: Since = "", until: Until = "",
                      min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                      fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """The directed actor pairs with most events."""
    show_frame(db, "top_dyads", fmt, out, read_filters(min_confidence, include_modal, since, until),
               n=n, level=level.value)


@analyze_app.command("network")
def analyze_network(db: Db = DEFAULT_DB, level: ActorLevel = Level.code,
                    min_events: Annotated[int, typer.Option(help="Leave out edges with fewer events.")] = 1,
                    since: Since = "", until: Until = "",
                    min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                    fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """The actor network: weighted directed edges with cooperative and conflictual event counts."""
    show_frame(db, "network", fmt, out, read_filters(min_confidence, include_modal, since, until),
               level=level.value, min_events=min_events)


@analyze_app.command("types")
def analyze_types(db: Db = DEFAULT_DB, by: By = Period.month,
                  scheme: Annotated[str, typer.Option(help="root (CAMEO root code) or plover.")] = "root",
                  since: Since = "", until: Until = "",
                  min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                  fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """Events by CAMEO root code or PLOVER type over time."""
    show_frame(db, "types_over_time", fmt, out, read_filters(min_confidence, include_modal, since, until),
               by=by.value, scheme=scheme)


@analyze_app.command("locations")
def analyze_locations(db: Db = DEFAULT_DB, since: Since = "", until: Until = "",
                      min_confidence: MinConf = DEFAULTS.min_confidence, include_modal: Modal = False,
                      fmt: FrameFmt = FrameFormat.table, out: FrameOut = None) -> None:
    """Where events happen (ActionGeo): places with coordinates, event counts, mean Goldstein."""
    show_frame(db, "locations", fmt, out, read_filters(min_confidence, include_modal, since, until))


@app.command()
def serve(db: Db = DEFAULT_DB, host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000, model: Model = DEFAULT_MODEL,
          allow_code: Annotated[bool, typer.Option("--code/--no-code", help="Offer POST /api/code (codes "
                                                   "texts with the model; nothing is stored).")] = True) -> None:
    """Serve the REST API (/api, docs at /docs) and the dashboard (/) over a database, read-only."""
    import uvicorn
    from .server import create_app
    from .store import StoreNotReadable
    try:
        web = create_app(db, model=model, allow_code=allow_code)
    except StoreNotReadable as exc:
        fail(str(exc))
    typer.echo(f"eventwire: serving {db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(web, host=host, port=port, log_level="warning")


@app.command(name="eval")
def evaluate(gold: Annotated[str, typer.Argument(help="Gold file: one coded sentence a line (JSON).")],
             events: Annotated[Optional[str], typer.Option(help="Score this events file instead of coding "
                                                                "the gold sentences.")] = None,
             out: Annotated[Optional[str], typer.Option("--out", help="Also write the coded events here.")] = None,
             worst: Annotated[int, typer.Option(help="How many of the worst sentences to list.")] = 10,
             as_json: Annotated[bool, typer.Option("--json", help="Print the figures as one JSON object.")] = False,
             half: Annotated[Optional[str], typer.Option(help="Score one fixed half of the gold set, split by a "
                                                             "hash of the id: 'tune' or 'report'.")] = None,
             model: Model = DEFAULT_MODEL, min_confidence: MinConf = DEFAULTS.min_confidence,
             include_modal: Modal = False, word_vectors: WordVectors = DEFAULTS.word_vectors) -> None:
    """Score the coder on gold sentences: the scorer's figures, a PLOVER confusion table, the worst sentences."""
    from . import evaluate as ev
    try:
        sentences = ev.read_gold(gold)
        if half:
            if half not in ev.HALVES:
                fail(f"--half must be one of {', '.join(ev.HALVES)}, not '{half}'")
            sentences = ev.gold_half(sentences, half)
        coded = ev.read_gold(events) if events else ev.code_gold(
            sentences, Options(model=model, gkg=False, min_confidence=min_confidence, include_modal=include_modal,
                               word_vectors=vectors_setting(word_vectors)))
    except (OSError, ValueError) as exc:
        fail(f"cannot read {events or gold}: {exc}")
    except ModelNotInstalled as exc:
        fail(str(exc))
    if out:
        ev.write_jsonl(coded, out)
    figures = ev.score(sentences, coded)
    if as_json:
        typer.echo(json.dumps(figures))
        return
    for key, value in figures.items():
        typer.echo(f"{key:24} {value}")
    print_confusion(ev.confusion(sentences, coded))
    typer.echo("\nworst sentences (missed / invented PLOVER types):")
    for row in ev.worst_sentences(sentences, coded, worst):
        typer.echo(f"  {row['id']}: missed {row['missed']} invented {row['invented']}\n    {row['text'][:160]}")


def print_confusion(counts: dict[tuple[str, str], int]) -> None:
    """Gold types down, coded types across."""
    golds = sorted({g for g, _ in counts})
    coded = sorted({c for _, c in counts})
    typer.echo("\nconfusion (rows: gold PLOVER type, columns: coded type; NONE = nothing coded)")
    width = max(len(c) for c in coded + golds) + 1
    typer.echo(" " * width + "".join(c[:7].rjust(8) for c in coded))
    for g in golds:
        typer.echo(g.ljust(width) + "".join(str(counts.get((g, c), "")).rjust(8) for c in coded))


def open_output(path: str):
    """A text file to write to; OutputError (one clear line) when it cannot be opened."""
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def main() -> None:
    app()
