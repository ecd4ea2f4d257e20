"""The REST API and the dashboard: a FastAPI app over one database, opened read-only.

Endpoints parse and validate their parameters, call one library function (``eventwire.api``,
``eventwire.analysis``) and return JSON. Every error — a bad parameter, an unknown id, a
failure inside — answers with one envelope, ``{"error": {"status", "code", "message"}}``,
and never with a stack trace.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from .. import CODER_VERSION, __version__, api
from ..analysis import AnalysisError, Level, Period
from ..options import DEFAULT_MODEL, Options
from ..store import EventFilter, Store, open_read_only

STATIC = Path(__file__).parent / "static"
MAX_PAGE = 500                 # the hard page limit of /api/events
MAX_CODE_CHARS = 20_000        # the largest text POST /api/code accepts
MAX_BODY_BYTES = 4 * MAX_CODE_CHARS + 1024     # room for UTF-8 and JSON escapes
log = logging.getLogger("eventwire.server")


class ApiError(Exception):
    """An error answered with the JSON envelope."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def envelope(status: int, code: str, message: str, details=None) -> JSONResponse:
    body = {"error": {"status": status, "code": code, "message": message}}
    if details:
        body["error"]["details"] = details
    return JSONResponse(body, status_code=status)


class Scheme(str, Enum):
    root = "root"
    plover = "plover"


CODE_PATTERN = r"^[A-Za-z0-9]{1,24}$"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
Code = Annotated[str, Query(pattern=CODE_PATTERN, description="A CAMEO actor code or prefix (RUS, RUSGOV).")]


def read_filters(min_confidence: Annotated[float, Query(ge=0, le=1, description="Lowest confidence.")] = Options.min_confidence,
                 include_modal: Annotated[bool, Query(description="Keep negated, hypothetical, alleged, "
                                                                  "background and embedded events.")] = False,
                 since: Annotated[str, Query(pattern=DATE_PATTERN, description="First date, YYYY-MM-DD.")] = "",
                 until: Annotated[str, Query(pattern=DATE_PATTERN, description="Last date, YYYY-MM-DD.")] = "",
                 ) -> EventFilter:
    """The read filters every event query shares."""
    return EventFilter(min_confidence=min_confidence, include_modal=include_modal, since=since, until=until)


Filters = Annotated[EventFilter, Depends(read_filters)]


class CodeRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_CODE_CHARS, description="The text to code.")
    date: str = Field("", pattern=r"^(\d{4}-\d{2}-\d{2})?$", description="Its publication date, YYYY-MM-DD.")


class Database:
    """One read-only connection to the database; each request gets its own cursor (DuckDB
    connections are not shared between threads, cursors are made for that)."""

    def __init__(self, path: str):
        self.path = path
        self.db = open_read_only(path)
        self.lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self.lock:
            cursor = self.db.cursor()
        store = Store.from_connection(cursor)
        try:
            yield store
        finally:
            store.close()


def create_app(db_path: str, model: str = DEFAULT_MODEL, allow_code: bool = True) -> FastAPI:
    """The app serving ``db_path`` read-only: the REST API under /api, the dashboard at /."""
    database = Database(db_path)
    app = FastAPI(title="eventwire", version=__version__,
                  description="Political events (CAMEO, PLOVER) coded from news, with the sentence behind each.")
    app.state.database = database
    add_error_handlers(app)

    @app.middleware("http")
    async def limit_body(request: Request, call_next):
        """Refuse bodies larger than any text POST /api/code accepts before reading them."""
        size = request.headers.get("content-length", "0")
        if not size.isdigit() or int(size) > MAX_BODY_BYTES:
            return envelope(413, "too_large", f"request bodies are limited to {MAX_BODY_BYTES} bytes")
        return await call_next(request)

    def store() -> Iterator[Store]:
        with database.store() as s:
            yield s

    Db = Annotated[Store, Depends(store)]

    @app.get("/api/summary")
    def summary(db: Db, filters: Filters) -> dict:
        """Counts of articles, events (passing the filters, and stored) and rejected inputs; events by type."""
        return {**api.summary_of(db, filters), "coder_version": CODER_VERSION}

    @app.get("/api/events")
    def events(db: Db, filters: Filters,
               actor: Code = "", source: Code = "", target: Code = "",
               country: Annotated[str, Query(pattern=r"^[A-Za-z]{3}$")] = "",
               code: Annotated[str, Query(pattern=r"^\d{1,4}$", description="CAMEO event code prefix.")] = "",
               root: Annotated[str, Query(pattern=r"^\d{1,2}$", description="CAMEO root code.")] = "",
               plover: Annotated[str, Query(pattern=r"^[A-Za-z_]{1,24}$")] = "",
               doc: Annotated[str, Query(max_length=300, description="Only this article id.")] = "",
               limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size (at most {MAX_PAGE}).")] = 100,
               cursor: Annotated[str, Query(pattern=r"^\d{1,20}$", description="next_cursor of the page before.")]
               = "") -> dict:
        """Events passing every filter the CLI has, in GLOBALEVENTID order, a page at a time:
        pass the answer's next_cursor as cursor for the next page (null on the last)."""
        after = int(cursor) if cursor else None
        if after is not None and after >= 2 ** 64:
            raise ApiError(422, "invalid_parameter", "cursor is out of range")
        f = EventFilter(actor=actor, source=source, target=target, country=country, code=code,
                        root=root.zfill(2) if root else "", plover=plover, doc_id=doc, limit=limit, after=after,
                        since=filters.since, until=filters.until, min_confidence=filters.min_confidence,
                        include_modal=filters.include_modal)
        return api.event_page(db, f)

    @app.get("/api/events/{event_id}")
    def event(db: Db, event_id: Annotated[str, Depends(event_id_param)]) -> dict:
        """One event with its provenance: sentence, offsets of its actors, trigger words, rule, coder version, article."""
        found = api.event_detail(db, int(event_id))
        if found is None:
            raise ApiError(404, "not_found", f"no event {event_id}")
        return found

    @app.get("/api/articles/{doc_id:path}")
    def article(db: Db, doc_id: str, filters: Filters) -> dict:
        """An article: its fields and text, its events (passing the filters) and its knowledge graph."""
        if len(doc_id) > 300:
            raise ApiError(422, "invalid_parameter", "article id is too long")
        found = api.article_detail(db, doc_id, filters)
        if found is None:
            raise ApiError(404, "not_found", f"no article '{doc_id}'")
        return found

    @app.get("/api/dyad")
    def dyad(db: Db, filters: Filters, actor1: Annotated[str, Query(pattern=CODE_PATTERN)],
             actor2: Annotated[str, Query(pattern=CODE_PATTERN)], by: Period = Period.month) -> dict:
        """Events from actor1 to actor2 per period: counts, QuadClass counts, Goldstein sum, mean, weighted mean."""
        return {"actor1": actor1.upper(), "actor2": actor2.upper(), "by": by.value,
                "series": api.analysis_rows(db, "dyad_series", actor1=actor1, actor2=actor2, by=by.value,
                                            filters=filters)}

    @app.get("/api/top-actors")
    def top_actors(db: Db, filters: Filters, n: Annotated[int, Query(ge=1, le=1000)] = 20,
                   level: Level = Level.code) -> dict:
        """The actors in most events."""
        return {"actors": api.analysis_rows(db, "top_actors", n=n, level=level.value, filters=filters)}

    @app.get("/api/top-dyads")
    def top_dyads(db: Db, filters: Filters, n: Annotated[int, Query(ge=1, le=1000)] = 20,
                  level: Level = Level.code) -> dict:
        """The directed actor pairs with most events."""
        return {"dyads": api.analysis_rows(db, "top_dyads", n=n, level=level.value, filters=filters)}

    @app.get("/api/network")
    def network(db: Db, filters: Filters, level: Level = Level.code,
                min_events: Annotated[int, Query(ge=1, le=100000)] = 1) -> dict:
        """Weighted directed actor edges: events, mentions, cooperation and conflict counts, Goldstein."""
        return {"edges": api.analysis_rows(db, "network", level=level.value, min_events=min_events,
                                           filters=filters)}

    @app.get("/api/types")
    def types(db: Db, filters: Filters, by: Period = Period.month, scheme: Scheme = Scheme.root) -> dict:
        """Events per period and CAMEO root code or PLOVER type."""
        return {"types": api.analysis_rows(db, "types_over_time", by=by.value, scheme=scheme.value,
                                           filters=filters)}

    @app.get("/api/activity")
    def activity(db: Db, filters: Filters, by: Period = Period.month) -> dict:
        """Events (cooperation vs conflict) and articles per period."""
        return {"events": api.analysis_rows(db, "activity", by=by.value, filters=filters),
                "articles": api.analysis_rows(db, "articles_over_time", by=by.value)}

    @app.get("/api/locations")
    def locations(db: Db, filters: Filters) -> dict:
        """Where events happen: places with coordinates and event counts."""
        return {"locations": api.analysis_rows(db, "locations", filters=filters)}

    if allow_code:
        @app.post("/api/code")
        def code(body: CodeRequest) -> dict:
            """Code a text on the fly (at most MAX_CODE_CHARS = 20,000 characters; nothing is stored)."""
            from ..errors import TextNotCoded
            from ..nlp import ModelNotInstalled
            try:
                return {"events": api.code_text(body.text, body.date, Options(model=model, gkg=False))}
            except ModelNotInstalled as exc:
                raise ApiError(503, "model_not_installed", str(exc)) from exc
            except TextNotCoded as exc:
                raise ApiError(422, "not_coded", str(exc)) from exc

    add_dashboard(app)
    return app


def event_id_param(event_id: str) -> str:
    if not event_id.isdigit() or len(event_id) > 20 or int(event_id) >= 2 ** 64:
        raise ApiError(422, "invalid_parameter", "event id must be a GLOBALEVENTID (digits)")
    return event_id


def add_dashboard(app: FastAPI) -> None:
    """The dashboard: one page and its scripts and styles, all shipped in the package."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")


def add_error_handlers(app: FastAPI) -> None:
    """One JSON envelope for every 4xx and 5xx."""

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return envelope(exc.status, exc.code, exc.message)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")}
                   for e in exc.errors()]
        first = details[0] if details else {"where": "request", "problem": "invalid"}
        return envelope(422, "invalid_parameter", f"{first['where']}: {first['problem']}", details)

    @app.exception_handler(AnalysisError)
    async def bad_analysis(request: Request, exc: AnalysisError) -> JSONResponse:
        return envelope(422, "invalid_parameter", str(exc))

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return envelope(exc.status_code, code, message)

    @app.exception_handler(Exception)
    async def failure(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s", request.url.path)
        return envelope(500, "internal_error", "the server could not answer this request")
