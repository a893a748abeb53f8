"""Typed records passed between the stages.

Each stage reads the records of the one before and adds its own part; none of
them does I/O. The warehouse turns them into Arrow tables (`warehouse.py` holds
the schemas, the single source of the column list).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

SCHEMA_VERSION = 1


def stable_id(*parts: object, length: int = 20) -> str:
    """A deterministic hex id from the parts: same input, same id, every run."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark; `text == article_text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of the article text; `text == article_text[start:end]`."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """An accepted input document. `pub_date` is None until the text stage
    infers it for a document whose metadata had none."""

    article_id: str
    doc_id: str
    source: str | None
    title: str | None
    url: str | None
    pub_date: dt.date | None
    pub_date_source: str | None
    text: str
    content_sha256: str
    encoding: str
    ingested_at: dt.datetime
    source_path: str
    extractor_version: str = ""
    schema_version: int = SCHEMA_VERSION


@dataclass(frozen=True, slots=True)
class Reject:
    """A document that could not be accepted, and why (CONTRACT.md, rejects)."""

    source_path: str
    doc_id: str | None
    reason: str
    detail: str
    content_sha256: str | None
    ingested_at: dt.datetime

    @property
    def reject_id(self) -> str:
        return stable_id(self.source_path, self.doc_id, self.reason, self.content_sha256)


@dataclass(slots=True)
class Mention:
    """An entity found in an article: `article_text[char_start:char_end] == text`."""

    entity_type: str  # PERS LOC ORG MISC DATE NUMBER
    text: str
    char_start: int
    char_end: int
    source: str  # which recognizer: "ner", "actors", "gazetteer", "dates", "numbers"
    canonical_name: str | None = None
    value: str | None = None  # ISO day of a DATE, the integer of a NUMBER
    granularity: str | None = None  # day/week/month/year for a DATE

    def mention_id(self, article_id: str) -> str:
        return stable_id(article_id, self.entity_type, self.char_start, self.char_end, self.source)


@dataclass(slots=True)
class Event:
    """One coded PLOVER event (CONTRACT.md, events). `article_id` and
    `event_id` are filled by the pipeline."""

    event_type: str
    quad_class: str
    plover_score: float
    event_date: dt.date
    date_source: str  # explicit / relative / publication
    trigger_text: str
    sentence: str
    char_start: int
    char_end: int
    confidence: float
    event_mode: str | None = None
    actor1_text: str | None = None
    actor1_name: str | None = None
    actor1_country: str | None = None
    actor1_sector: str | None = None
    actor2_text: str | None = None
    actor2_name: str | None = None
    actor2_country: str | None = None
    actor2_sector: str | None = None
    location_text: str | None = None
    location_name: str | None = None
    admin1: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    killed: int | None = None
    injured: int | None = None
    article_id: str = ""
    extractor_version: str = ""

    @property
    def event_id(self) -> str:
        return stable_id(self.article_id, self.event_type, self.char_start)


@dataclass(slots=True)
class Extraction:
    """What the extraction stages produced for a batch of articles."""

    articles: list[Article] = field(default_factory=list)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)  # by article_id
    events: list[Event] = field(default_factory=list)
