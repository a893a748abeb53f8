"""The stages composed over batches: the functions the DAG tasks and the CLI call.

    plan ──▶ ingest_batch ──▶ extract_batch ──▶ commit ──▶ summarize
    (units)   (per batch)      (per batch)       (whole run, under the lock)

Batches hand their records on as staged Parquet files under
`<warehouse>/_staging/<run>/`, so Airflow passes only paths between tasks and
a mapped task can be retried alone. `commit` is the only step that touches the
tables: it decides duplicates and replacements against what is stored, then
rewrites the affected partitions atomically.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from hadath import __version__, ingest
from hadath.code import code_events
from hadath.geocode import Gazetteer
from hadath.ingest import InputUnit
from hadath.recognize import actors, ner
from hadath.recognize.actors import ActorMatch
from hadath.text import TextAnalysis, analyze
from hadath.text.pubdate import infer_pub_date
from hadath.records import Article, Event, Mention, Reject
from hadath.warehouse import (ARTICLES, EVENTS, MENTIONS, REJECTS, Warehouse, articles_table,
                              events_table, mentions_table, rejects_table, table_to_articles)

log = logging.getLogger(__name__)

DEFAULT_WAREHOUSE = "data/warehouse"
DEFAULT_BATCH_SIZE = 500
STAGING = "_staging"


@functools.cache
def extractor_version() -> str:
    """The package version plus a digest of its code and shipped data
    (lexicons, gazetteer, model): rows made by different extractors can be
    told apart, even between releases."""
    digest = hashlib.sha256()
    package = resources.files("hadath")
    for path in sorted(_walk(package), key=lambda p: str(p)):
        digest.update(str(path).removeprefix(str(package)).encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:10]}"


def _walk(folder):
    for entry in folder.iterdir():
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _walk(entry)
        elif entry.is_file() and not entry.name.startswith(".") and not entry.name.endswith(".pyc"):
            yield entry


# --- plan -------------------------------------------------------------------------

def plan(sources: list[str], batch_size: int = DEFAULT_BATCH_SIZE) -> list[list[dict]]:
    """The run's batches, as plain dicts (Airflow XCom carries them)."""
    units = ingest.discover(sources, feed_slice=batch_size)
    return [[dataclasses.asdict(u) for u in batch] for batch in ingest.batches(units, batch_size)]


def staging_dir(warehouse: str, run_key: str) -> str:
    return f"{warehouse.rstrip('/')}/{STAGING}/{run_key}"


# --- ingest -----------------------------------------------------------------------

def ingest_batch(batch: list[dict], warehouse: str, stage: str, *, reprocess: bool = False,
                 max_bytes: int = ingest.DEFAULT_MAX_BYTES,
                 ingested_at: dt.datetime | None = None) -> str:
    """Decode a batch into staged articles and rejects; documents already in
    the warehouse unchanged are skipped unless `reprocess`. Returns the
    staged batch's folder."""
    units = [InputUnit(**u) for u in batch]
    ingested_at = ingested_at or dt.datetime.now(dt.timezone.utc)
    known = set() if reprocess else Warehouse(warehouse).known_documents()
    articles, rejects = [], []
    for record in ingest.read_units(units, ingested_at, max_bytes):
        if (record.doc_id, record.content_sha256) in known:
            continue
        (articles if isinstance(record, Article) else rejects).append(record)
    folder = f"{stage}/batch-{_batch_key(units)}"
    _stage(folder, "articles", articles_table(articles))
    _stage(folder, "rejects", rejects_table(rejects))
    return folder


def _batch_key(units: list[InputUnit]) -> str:
    return hashlib.sha256(repr(units).encode()).hexdigest()[:16]


def _stage(folder: str, name: str, table: pa.Table) -> None:
    wh = Warehouse(folder)
    wh.fs.makedirs(wh.path, exist_ok=True)
    tmp, final = f"{wh.path}/{name}.parquet.tmp", f"{wh.path}/{name}.parquet"
    with wh.fs.open(tmp, "wb") as sink:
        pq.write_table(table, sink)
    wh.fs.mv(tmp, final)


def _read_stage(folder: str, name: str, spec) -> pa.Table:
    wh = Warehouse(folder)
    path = f"{wh.path}/{name}.parquet"
    if not wh.fs.exists(path):
        return spec.schema.empty_table()
    return pq.read_table(path, filesystem=wh.fs).cast(spec.schema)


# --- extract ----------------------------------------------------------------------

@dataclass(slots=True)
class ArticleExtraction:
    """One article on its way through the extraction stages, each adding its part."""

    article: Article
    analysis: TextAnalysis | None = None
    entities: list[Mention] = field(default_factory=list)  # NER
    actors: list[ActorMatch] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)  # gazetteer
    events: list[Event] = field(default_factory=list)

    @property
    def mentions(self) -> list[Mention]:
        a = self.analysis
        return [*a.dates, *a.numbers, *self.entities, *actors.as_mentions(self.actors), *self.places]


def _publication_day(x: ArticleExtraction) -> None:
    """Metadata first, then a dateline or the text's dated references, then
    the ingest day."""
    a = x.article
    if a.pub_date is None:
        inferred = infer_pub_date(a.text)
        a.pub_date, a.pub_date_source = inferred or (a.ingested_at.date(), "ingest")


def _text_layer(x: ArticleExtraction) -> None:
    x.analysis = analyze(x.article.text, x.article.pub_date)


def _named_entities(x: ArticleExtraction) -> None:
    x.entities = ner.find_entities(x.article.text, x.analysis.sentences, x.analysis.tokens)


def _actor_dictionary(x: ArticleExtraction) -> None:
    dictionary = actors.ActorDictionary.load()
    x.actors = dictionary.find_actors(x.article.text, state_adjectives=True)
    dictionary.link_mentions(x.entities)


def _event_coding(x: ArticleExtraction) -> None:
    x.events = code_events(x.article, x.analysis, x.entities, x.actors)


def _geocoding(x: ArticleExtraction) -> None:
    gazetteer = Gazetteer.load()
    x.places = gazetteer.find_places(x.article.text)
    ner_places = [m for m in x.entities if m.entity_type == "LOC"]
    gazetteer.link_mentions(ner_places, x.article.text)
    gazetteer.geocode_events(x.article, x.events, x.places + ner_places, x.actors)


# In order; each reads what the ones before it wrote. bench/throughput.py times them one by one.
EXTRACTION_STAGES = (
    ("pub_date", _publication_day),
    ("text", _text_layer),
    ("ner", _named_entities),
    ("actors", _actor_dictionary),
    ("events", _event_coding),
    ("geocode", _geocoding),
)


def extract_article(article: Article) -> ArticleExtraction:
    """Every extraction stage over one article."""
    x = ArticleExtraction(article)
    for _, stage in EXTRACTION_STAGES:
        stage(x)
    article.extractor_version = extractor_version()
    return x


def extract_batch(folder: str) -> str:
    """Run the extraction stages over a staged batch's articles and stage the
    mentions and events beside them. An article that makes a stage fail
    becomes an `extraction_failed` reject naming the stage's error, so one
    odd document never stops a batch. Returns the folder."""
    version = extractor_version()
    results, staged, failures = {}, [], []
    for article in table_to_articles(_read_stage(folder, "articles", ARTICLES)):
        if article.article_id in results:
            # The same text again: commit rejects it as a duplicate and keeps
            # the first copy's rows, so it is staged (with its own day) but not
            # extracted twice.
            _publication_day(ArticleExtraction(article))
            article.extractor_version = version
            staged.append(article)
            continue
        try:
            results[article.article_id] = extract_article(article)
            staged.append(article)
        except Exception as exc:  # noqa: BLE001 - any stage's failure is this document's reject
            log.exception("extraction failed for %s", article.doc_id)
            failures.append(Reject(article.source_path, article.doc_id, "extraction_failed",
                                   f"{type(exc).__name__}: {exc}", article.content_sha256, article.ingested_at))
    events = []
    for r in results.values():
        for e in r.events:
            e.article_id, e.extractor_version = r.article.article_id, version
            events.append(e)
    _stage(folder, "articles", articles_table(staged))
    _stage(folder, "mentions", mentions_table({a_id: r.mentions for a_id, r in results.items()},
                                              {a_id: r.article.pub_date for a_id, r in results.items()}))
    _stage(folder, "events", events_table(events))
    if failures:
        rejects = _read_stage(folder, "rejects", REJECTS)
        _stage(folder, "rejects", pa.concat_tables([rejects, rejects_table(failures)]))
    return folder


# --- commit -----------------------------------------------------------------------

@dataclass(slots=True)
class CommitResult:
    articles: int = 0
    rejects: Counter = field(default_factory=Counter)
    events: Counter = field(default_factory=Counter)
    mentions: int = 0
    partitions: int = 0


def commit(folders: list[str], warehouse: str) -> CommitResult:
    """Merge staged batches into the warehouse under its lock.

    Duplicates are decided here, against what is stored and across batches: a
    text already stored under another doc_id becomes a `duplicate` reject. A
    document stored before under the same doc_id is replaced with all its
    rows. Events and mentions are written before articles, so a crash leaves
    the documents unknown and the next run redoes them whole.
    """
    wh = Warehouse(warehouse)
    staged = {name: pa.concat_tables([_read_stage(f, name, spec) for f in folders] or
                                     [spec.schema.empty_table()])
              for name, spec in (("articles", ARTICLES), ("rejects", REJECTS),
                                 ("mentions", MENTIONS), ("events", EVENTS))}
    result = CommitResult()
    with wh.lock():
        stored = wh.read(ARTICLES, ["article_id", "doc_id"])
        owner_of_text = dict(zip(stored.column(0).to_pylist(), stored.column(1).to_pylist()))
        texts_of_doc: dict[str, set[str]] = {}
        for a_id, d_id in owner_of_text.items():
            texts_of_doc.setdefault(d_id, set()).add(a_id)

        keep, duplicates, replaced = [], [], set()
        articles = staged["articles"]
        for i, (a_id, d_id) in enumerate(zip(articles.column("article_id").to_pylist(),
                                              articles.column("doc_id").to_pylist())):
            owner = owner_of_text.get(a_id)
            if owner is not None and owner != d_id:
                duplicates.append((i, owner))
                continue
            keep.append(i)
            owner_of_text[a_id] = d_id
            replaced |= texts_of_doc.get(d_id, set()) - {a_id}
        accepted = articles.take(pa.array(keep, pa.int64()))
        rejects = pa.concat_tables([staged["rejects"], _duplicate_rejects(articles, duplicates)])
        owners = set(accepted.column("article_id").to_pylist()) | replaced
        accepted_ids = accepted.column("article_id")
        # A duplicate shares its article_id with the copy kept, so its rows pass
        # the filter too; its dates may differ (another pub_date), which would
        # put them in other partitions. The copy kept was staged first.
        events, mentions = (_first_per_id(staged[name].filter(pc.is_in(staged[name].column("article_id"),
                                                                        accepted_ids)), spec.id_column)
                            for name, spec in (("events", EVENTS), ("mentions", MENTIONS)))
        result.partitions += wh.replace_rows(EVENTS, events, owners)
        result.partitions += wh.replace_rows(MENTIONS, mentions, owners)
        result.partitions += wh.replace_rows(REJECTS, rejects, set())
        result.partitions += wh.replace_rows(ARTICLES, accepted, owners)
    result.articles = accepted.num_rows
    result.rejects.update(rejects.column("reason").to_pylist())
    result.events.update(events.column("event_type").to_pylist())
    result.mentions = mentions.num_rows
    for folder in folders:
        _remove(folder)
    return result


def _first_per_id(table: pa.Table, id_column: str) -> pa.Table:
    """The first row of each id, in table order."""
    ids = table.column(id_column).to_pylist()
    first: dict[str, int] = {}
    for i, row_id in enumerate(ids):
        first.setdefault(row_id, i)
    return table if len(first) == len(ids) else table.take(pa.array(sorted(first.values()), pa.int64()))


def _remove(folder: str) -> None:
    wh = Warehouse(folder)
    if wh.fs.exists(wh.path):
        wh.fs.rm(wh.path, recursive=True)


def _duplicate_rejects(articles: pa.Table, duplicates: list[tuple[int, str]]) -> pa.Table:
    rows = table_to_articles(articles.take(pa.array([i for i, _ in duplicates], pa.int64())))
    return rejects_table(
        Reject(a.source_path, a.doc_id, "duplicate",
               f"same text as doc_id {owner} (article_id {a.article_id})",
               a.content_sha256, a.ingested_at)
        for a, (_, owner) in zip(rows, duplicates))


# --- the whole run ----------------------------------------------------------------

@dataclass(slots=True)
class RunResult:
    commit: CommitResult
    batches: int
    seconds: float

    def summary(self) -> str:
        c = self.commit
        lines = [f"hadath run: {c.articles} articles, {sum(c.rejects.values())} rejects, "
                 f"{sum(c.events.values())} events, {c.mentions} mentions "
                 f"in {self.batches} batches, {self.seconds:.1f} s"]
        if c.rejects:
            lines.append("  rejects by reason: " + ", ".join(f"{k} {v}" for k, v in sorted(c.rejects.items())))
        if c.events:
            lines.append("  events by type: " + ", ".join(f"{k} {v}" for k, v in c.events.most_common()))
        return "\n".join(lines)


def run(sources: list[str], warehouse: str = DEFAULT_WAREHOUSE, *, reprocess: bool = False,
        batch_size: int = DEFAULT_BATCH_SIZE, max_bytes: int = ingest.DEFAULT_MAX_BYTES,
        run_key: str | None = None) -> RunResult:
    """Plan, ingest, extract and commit in one process: what `hadath run`
    does, the same functions the DAG's tasks call one by one."""
    started = time.perf_counter()
    stage = staging_dir(warehouse, run_key or f"cli-{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S%f}")
    batches = plan(sources, batch_size)
    folders = [extract_batch(ingest_batch(b, warehouse, stage, reprocess=reprocess, max_bytes=max_bytes))
               for b in batches]
    result = commit(folders, warehouse)
    _remove(stage)
    return RunResult(result, len(batches), time.perf_counter() - started)


def warehouse_summary(warehouse: str) -> str:
    """What the warehouse holds: articles, rejects by reason, events by type."""
    con = Warehouse(warehouse).connect()
    n_articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    rejects = con.execute("SELECT reason, count(*) FROM rejects GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    events = con.execute("SELECT event_type, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall()
    n_mentions = con.execute("SELECT count(*) FROM mentions").fetchone()[0]
    return "\n".join([
        f"warehouse {warehouse}: {n_articles} articles, {sum(n for _, n in rejects)} rejects, "
        f"{sum(n for _, n in events)} events, {n_mentions} mentions",
        "  rejects by reason: " + (", ".join(f"{r} {n}" for r, n in rejects) or "none"),
        "  events by type: " + (", ".join(f"{t} {n}" for t, n in events) or "none"),
    ])
