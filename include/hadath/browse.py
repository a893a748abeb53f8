"""The event browser: a small web app over a warehouse, so an analyst can read
each coded event beside the sentence it came from (trigger marked) and open
the whole article with every event of it marked.

`create_app(warehouse)` is a FastAPI app. The Airflow plugin in `plugins/`
mounts it in the Airflow UI; `hadath browse` serves it alone. Every request
opens the warehouse's DuckDB views afresh, so a run that lands new
partitions shows up on the next page load.
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from hadath.code.plover import QUAD_CLASS, TYPES
from hadath.warehouse import Warehouse

TEMPLATES = Jinja2Templates(directory=Path(__file__).parent / "templates")
MAX_PAGE = 500

# What a page shows of an event; `sentence_start` places the trigger in its sentence.
_EVENT_COLUMNS = """e.event_id, e.article_id, e.event_date, e.date_source, e.event_type, e.event_mode,
    e.quad_class, e.actor1_text, e.actor1_name, e.actor1_country, e.actor2_text, e.actor2_name,
    e.actor2_country, e.location_text, e.location_name, e.admin1, e.country_code, e.latitude,
    e.longitude, e.killed, e.injured, e.trigger_text, e.sentence, e.char_start, e.char_end,
    e.confidence, a.doc_id, a.title, a.source, a.pub_date"""


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
    limit: int = 100
    offset: int = 0

    def where(self) -> tuple[str, list]:
        clauses, params = ["e.confidence >= ?"], [self.min_confidence]
        for clause, value in (("e.event_date >= ?", self.start), ("e.event_date <= ?", self.end),
                              ("e.event_type = ?", self.event_type), ("e.country_code = ?", self.country),
                              ("e.article_id = ?", self.article_id)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        if self.text:
            columns = ("e.actor1_text", "e.actor1_name", "e.actor2_text", "e.actor2_name",
                       "e.location_text", "e.location_name", "e.sentence")
            clauses.append("(" + " OR ".join(f"contains({c}, ?)" for c in columns) + ")")
            params.extend([self.text] * len(columns))
        return " AND ".join(clauses), params


@dataclass(frozen=True)
class EventPage:
    events: list[dict]
    total: int
    query: EventQuery


def find_events(warehouse: str, query: EventQuery) -> EventPage:
    """One page of events, newest first, with their article's title, and how many match."""
    con = Warehouse(warehouse).connect()
    where, params = query.where()
    frm = "FROM events e LEFT JOIN articles a USING (article_id)"
    total = con.execute(f"SELECT count(*) {frm} WHERE {where}", params).fetchone()[0]
    cursor = con.execute(
        f"SELECT {_EVENT_COLUMNS}, a.text AS article_text {frm} WHERE {where} "
        "ORDER BY e.event_date DESC NULLS LAST, e.article_id, e.char_start LIMIT ? OFFSET ?",
        [*params, query.limit, query.offset])
    names = [d[0] for d in cursor.description]
    events = []
    for row in cursor.fetchall():
        event = dict(zip(names, row))
        event["sentence_start"] = _sentence_start(event.pop("article_text"), event)
        events.append(event)
    return EventPage(events, total, query)


def find_article(warehouse: str, article_id: str) -> tuple[dict, list[dict]] | None:
    """An article and its events in text order, or None."""
    con = Warehouse(warehouse).connect()
    cursor = con.execute("SELECT * FROM articles WHERE article_id = ?", [article_id])
    row = cursor.fetchone()
    if row is None:
        return None
    article = dict(zip([d[0] for d in cursor.description], row))
    page = find_events(warehouse, EventQuery(article_id=article_id, limit=10_000))
    return article, sorted(page.events, key=lambda e: (e["char_start"], e["char_end"]))


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


def create_app(warehouse: str, dependencies: Sequence[Any] = ()) -> FastAPI:
    """The browser over `warehouse` (a folder or an fsspec URI). Links are
    relative, so the app works at any mount point (Airflow mounts it at /hadath).
    `dependencies` guard every route (the plugin passes Airflow's access check)."""
    app = FastAPI(title="hadath events", description=__doc__, dependencies=list(dependencies))

    def event_query(start: dt.date | None = None, end: dt.date | None = None,
                    type: str | None = None, country: str | None = None, q: str | None = None,
                    min_confidence: float = Query(0.0, ge=0.0, le=1.0),
                    limit: int = Query(100, ge=1, le=MAX_PAGE), offset: int = Query(0, ge=0)) -> EventQuery:
        event_type = (type or "").strip().upper() or None
        if event_type is not None and event_type not in TYPES:
            raise HTTPException(422, f"unknown event type {type!r}; PLOVER types: {', '.join(sorted(TYPES))}")
        return EventQuery(start, end, event_type, (country or "").strip().upper() or None,
                          (q or "").strip() or None, min_confidence, None, limit, offset)

    @app.get("/events.json")
    def events_json(query: EventQuery = Depends(event_query)) -> dict:
        """Events matching the filters, newest first, as JSON."""
        page = find_events(warehouse, query)
        return {"total": page.total, "limit": query.limit, "offset": query.offset,
                "events": [_jsonable(e) for e in page.events]}

    @app.get("/", response_class=HTMLResponse)
    def events_page(request: Request, query: EventQuery = Depends(event_query)):
        """Events matching the filters, each with its sentence and its trigger marked."""
        page = find_events(warehouse, query)
        kept = {k: v for k, v in request.query_params.items() if k != "offset" and v}

        def page_link(at: int) -> str:
            return "?" + urlencode({**kept, "offset": at})
        return TEMPLATES.TemplateResponse(request, "events.html", {
            "page": page, "types": sorted(TYPES, key=lambda t: (QUAD_CLASS[t], t)),
            "filters": request.query_params, "sentence_html": _sentence_html,
            "previous": page_link(max(query.offset - query.limit, 0)) if query.offset else None,
            "next": page_link(query.offset + query.limit) if query.offset + query.limit < page.total else None,
            "warehouse": warehouse})

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: str):
        """The article's text with every event's trigger marked, and its events."""
        found = find_article(warehouse, article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id!r} in {warehouse}")
        article, events = found
        text_html = marked(article["text"], [(e["char_start"], e["char_end"],
                                              f"{e['event_type']} {e['event_id']}") for e in events])
        return TEMPLATES.TemplateResponse(request, "article.html", {
            "article": article, "events": events, "text_html": text_html, "warehouse": warehouse})

    return app
