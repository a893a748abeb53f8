"""The event browser: a small web app over a warehouse, so an analyst can read
each coded event beside the sentence it came from (trigger marked) and open
the whole article with every event of it marked.

`create_app(warehouse)` is a FastAPI app. The Airflow plugin in `plugins/`
mounts it in the Airflow UI; `hadath browse` serves it alone. Every request
reads the Parquet files as they are then, so a run that lands new partitions
shows up on the next page load.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import duckdb
from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from hadath.code.plover import QUAD_CLASS, TYPES
from hadath.warehouse import ARTICLES, EVENTS, Warehouse

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
MAX_PAGE = 500
MAX_OFFSET = 10**9
# The pages run no script and load nothing from elsewhere: a hostile article
# (or a sidecar's URL) cannot act with the viewer's Airflow session.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                               "base-uri 'none'; frame-ancestors 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
# Search folds case, the hamza/alef, taa marbuta and alef maqsura spellings,
# and drops these marks (harakat, tatweel, bidi and zero-width controls, NUL),
# on both sides: الاردن finds الأردن, islamic finds Islamic.
_MARKS = "[\u064B-\u0652\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff\x00]"
_FOLD_MACRO = (f"CREATE MACRO fold(s) AS translate(lower(regexp_replace(s, '{_MARKS}', '', 'g')), "
               "'أإآٱةى', 'ااااهي')")
_SEARCHED = ("actor1_text", "actor1_name", "actor2_text", "actor2_name", "location_text", "location_name",
             "sentence")
_ORDER = "event_date DESC NULLS LAST, article_id, char_start, event_id"


@dataclass(frozen=True)
class EventQuery:
    """The filters of an events page; every value reaches SQL as a parameter."""

    start: dt.date | None = None
    end: dt.date | None = None
    event_type: str | None = None
    country: str | None = None
    text: str | None = None  # in actors, place or sentence
    min_confidence: float = 0.0
    article_id: str | None = None
    limit: int | None = 100  # None: all
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = ["confidence >= ?"], [self.min_confidence]
        for clause, value in (("event_date >= ?", self.start), ("event_date <= ?", self.end),
                              ("event_type = ?", self.event_type), ("country_code = ?", self.country),
                              ("article_id = ?", self.article_id)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.text:
            clauses.append("(" + " OR ".join(f"contains(fold({c}), fold(?))" for c in _SEARCHED) + ")")
            params.extend([self.text] * len(_SEARCHED))
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class EventPage:
    events: list[dict]
    total: int
    query: EventQuery


class WarehouseViews:
    """The warehouse's DuckDB views for the pages. Listing the partitions to
    make them costs a third of a second on the full corpus, so once both
    tables hold partitions on a local disk the views are kept (their globs are
    read at each query: a run's new partitions show at once) and each request
    takes a cursor of its own; until then, or on object storage, each request
    makes them afresh."""

    def __init__(self, warehouse: str):
        self.warehouse, self._kept, self._lock = warehouse, None, threading.Lock()

    def forget(self) -> None:
        """Drop the kept views (their files are gone: the warehouse was moved or cleared)."""
        with self._lock:
            self._kept = None

    def run(self, work):
        """work(cursor), once more on fresh views if the kept ones read files that are gone."""
        try:
            return work(self.cursor())
        except duckdb.IOException:
            self.forget()
            return work(self.cursor())

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            if self._kept is not None:
                return self._kept.cursor()
            store = Warehouse(self.warehouse)
            con = store.connect(tables=("events", "articles"))
            con.execute(_FOLD_MACRO)
            if store.is_local and all(store.partition_files(spec) for spec in (EVENTS, ARTICLES)):
                self._kept = con
                return con.cursor()
            return con


def _find_events(con: duckdb.DuckDBPyConnection, query: EventQuery) -> EventPage:
    where, params = query.where()
    total = con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchone()[0]
    # The page first, then its articles: joining every article's text to sort is slow.
    cursor = con.execute(
        f"WITH page AS (SELECT * FROM events WHERE {where} ORDER BY {_ORDER} LIMIT ? OFFSET ?) "
        "SELECT page.*, a.doc_id, a.title, a.source, a.pub_date, a.text AS article_text "
        f"FROM page LEFT JOIN articles a USING (article_id) ORDER BY {_ORDER}",
        [*params, query.limit, query.offset])
    names = [d[0] for d in cursor.description]
    events = []
    for row in cursor.fetchall():
        event = dict(zip(names, row))
        event["sentence_start"] = _sentence_start(event.pop("article_text"), event)
        events.append(event)
    return EventPage(events, total, query)


def find_events(views: WarehouseViews, query: EventQuery) -> EventPage:
    """One page of events, newest first, with their article's title and source
    and where their sentence starts in it, and how many events match."""
    return views.run(lambda con: _find_events(con, query))


def find_article(views: WarehouseViews, article_id: str) -> tuple[dict, list[dict]] | None:
    """An article (with `safe_url`: its URL where it is a web address) and its
    events in text order, or None."""
    return views.run(lambda con: _find_article(con, article_id))


def _find_article(con: duckdb.DuckDBPyConnection, article_id: str) -> tuple[dict, list[dict]] | None:
    cursor = con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id])
    row = cursor.fetchone()
    if row is None:
        return None
    article = dict(zip([d[0] for d in cursor.description], row))
    article["safe_url"] = web_address(article.get("url"))
    page = _find_events(con, EventQuery(article_id=article_id, limit=None))
    return article, sorted(page.events, key=lambda e: (e["char_start"], e["char_end"]))


def web_address(url: str | None) -> str | None:
    """The URL when it is an http(s) address, the only kind a page links to
    (a sidecar may hold javascript:, data: or worse)."""
    return url if url and urlsplit(url).scheme.lower() in ("http", "https") else None


def _sentence_start(text: str | None, event: dict) -> int | None:
    """Where the event's sentence starts in its article (the stored sentence is
    verbatim text around the trigger), None if the article is missing."""
    if not text:
        return None
    start = text.rfind(event["sentence"], 0, event["char_start"] + len(event["sentence"]))
    return start if start >= 0 and start + len(event["sentence"]) >= event["char_end"] else None


def marked(text: str, spans: list[tuple[int, int, str]], offset: int = 0) -> str:
    """HTML of `text` with each (start, end, title) span, in the text's
    coordinates less `offset`, wrapped in <mark>; overlapping spans after the
    first are left unmarked."""
    out, at = [], 0
    for start, end, title in sorted(spans):
        start, end = start - offset, end - offset
        if start < at or start < 0 or end > len(text):
            continue
        out.append(html.escape(text[at:start]))
        out.append(f'<mark title="{html.escape(title)}">{html.escape(text[start:end])}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def _sentence_html(event: dict) -> str:
    """The event's sentence with its trigger marked (the first occurrence when
    the article text was not at hand to place it)."""
    sentence, start = event["sentence"], event["sentence_start"]
    if start is None:
        found = sentence.find(event["trigger_text"])
        if found < 0:
            return html.escape(sentence)
        start = event["char_start"] - found
    return marked(sentence, [(event["char_start"], event["char_end"], event["event_type"])], start)


def _jsonable(event: dict) -> dict:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in event.items()}


def _blank_is_none(value: str | None) -> str | None:
    """A form sends every field, the empty ones as ''."""
    return (value or "").strip() or None


def _day(value: str) -> dt.date:
    """YYYY-MM-DD only, as a date field sends it (not ISO's 2018-W01-1 or 20180105)."""
    return dt.datetime.strptime(value, "%Y-%m-%d").date()


def _parsed(name: str, value: str | None, parse, what: str):
    value = _blank_is_none(value)
    try:
        return None if value is None else parse(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not {what}") from None


def event_query(start: str | None = None, end: str | None = None, type: str | None = None,
                country: str | None = None, q: str | None = None, min_confidence: str | None = None,
                limit: int = Query(100, ge=1, le=MAX_PAGE),
                offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> EventQuery:
    """The filters of a request, as a form or a hand-made URL gives them."""
    event_type = (_blank_is_none(type) or "").upper() or None
    if event_type is not None and event_type not in TYPES:
        raise HTTPException(422, f"type: unknown event type {type!r}; PLOVER types: {', '.join(sorted(TYPES))}")
    confidence = _parsed("min_confidence", min_confidence, float, "a number from 0 to 1")
    if confidence is not None and not 0.0 <= confidence <= 1.0:
        raise HTTPException(422, f"min_confidence: {min_confidence!r} is not a number from 0 to 1")
    return EventQuery(_parsed("start", start, _day, "a date (YYYY-MM-DD)"),
                      _parsed("end", end, _day, "a date (YYYY-MM-DD)"),
                      event_type, (_blank_is_none(country) or "").upper() or None,
                      _blank_is_none(re.sub(_MARKS, "", q or "")),
                      confidence or 0.0, None, limit, offset)


def create_app(warehouse: str, dependencies: Sequence[Any] = ()) -> FastAPI:
    """The browser over `warehouse` (a folder or an fsspec URI). Links are
    relative, so the app works at any mount point (Airflow mounts it at /hadath).
    `dependencies` guard every route (the plugin passes Airflow's access check)."""
    app = FastAPI(title="hadath events", description=__doc__, dependencies=list(dependencies),
                  docs_url=None, redoc_url=None, openapi_url=None)
    views = WarehouseViews(warehouse)

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @app.get("/events.json")
    def events_json(query: EventQuery = Depends(event_query)) -> dict:
        """Events matching the filters, newest first, as JSON."""
        page = find_events(views, query)
        return {"total": page.total, "limit": query.limit, "offset": query.offset,
                "events": [_jsonable(e) for e in page.events]}

    @app.get("/", response_class=HTMLResponse)
    def events_page(request: Request, query: EventQuery = Depends(event_query)):
        """Events matching the filters, each with its sentence and its trigger marked."""
        page = find_events(views, query)
        kept = {k: v for k, v in request.query_params.items() if k != "offset" and v}

        def page_link(at: int) -> str:
            return "?" + urlencode({**kept, "offset": at})
        return TEMPLATES.TemplateResponse(request, "events.html", {
            "page": page, "types": sorted(TYPES, key=lambda t: (QUAD_CLASS[t], t)),
            "filters": request.query_params, "sentence_html": _sentence_html,
            "first": page_link(0) if query.offset else None,
            "previous": page_link(max(query.offset - query.limit, 0)) if query.offset else None,
            "next": page_link(query.offset + query.limit) if query.offset + query.limit < page.total else None,
            "warehouse": warehouse})

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str):
        """The article's text with every event's trigger marked, and its events."""
        found = find_article(views, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r}")
        article, events = found
        text_html = marked(article["text"], [(e["char_start"], e["char_end"],
                                              f"{e['event_type']} {e['event_id']}") for e in events])
        return TEMPLATES.TemplateResponse(request, "article.html", {
            "article": article, "events": events, "text_html": text_html, "warehouse": warehouse})

    return app
