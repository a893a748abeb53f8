"""The Parquet warehouse: Arrow schemas, atomic partition writes, DuckDB views.

The schemas below are the single source of the column list (CONTRACT.md plus
the additions named in `docs/SCHEMA.md`, which `hadath schema` regenerates).
Each table is hive-partitioned by a date; a partition is one Parquet file,
replaced whole: the new version is written beside the old under a name no
reader globs, then renamed over it, so DuckDB sees the old file or the new one,
never half of either. Writers take a lock on the warehouse, so two overlapping
runs serialize their read-merge-write instead of losing each other's rows.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import os
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from hadath.records import Article, Event, Mention, Reject

PART_FILE = "part-0.parquet"
TMP_SUFFIX = ".inprogress"  # never matched by the `*.parquet` globs readers use
LOCK_FILE = "_hadath.lock"

_STR = pa.string()
_TS = pa.timestamp("us", tz="UTC")


@dataclass(frozen=True)
class TableSpec:
    name: str
    schema: pa.Schema  # includes the partition column
    partition: str
    id_column: str  # unique row id: merges keep the newest row per id
    owner_column: str  # rows are replaced per owner: an article's rows go together


ARTICLES = TableSpec("articles", pa.schema([
    ("article_id", _STR), ("doc_id", _STR), ("source", _STR), ("title", _STR), ("url", _STR),
    ("pub_date", pa.date32()), ("pub_date_source", _STR), ("text", _STR),
    ("content_sha256", _STR), ("encoding", _STR), ("ingested_at", _TS),
    ("schema_version", pa.int32()), ("extractor_version", _STR),
    ("source_path", _STR),
]), "pub_date", "article_id", "article_id")

EVENTS = TableSpec("events", pa.schema([
    ("event_id", _STR), ("article_id", _STR), ("event_date", pa.date32()), ("date_source", _STR),
    ("event_type", _STR), ("event_mode", _STR), ("quad_class", _STR), ("plover_score", pa.float64()),
    ("actor1_text", _STR), ("actor1_name", _STR), ("actor1_country", _STR), ("actor1_sector", _STR),
    ("actor2_text", _STR), ("actor2_name", _STR), ("actor2_country", _STR), ("actor2_sector", _STR),
    ("location_text", _STR), ("location_name", _STR), ("admin1", _STR), ("country_code", _STR),
    ("latitude", pa.float64()), ("longitude", pa.float64()), ("geo_precision", _STR),
    ("killed", pa.int32()), ("injured", pa.int32()),
    ("trigger_text", _STR), ("sentence", _STR), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("confidence", pa.float64()), ("extractor_version", _STR),
]), "event_date", "event_id", "article_id")

MENTIONS = TableSpec("mentions", pa.schema([
    ("mention_id", _STR), ("article_id", _STR), ("entity_type", _STR), ("text", _STR),
    ("canonical_name", _STR), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("source", _STR), ("value", _STR), ("granularity", _STR), ("pub_date", pa.date32()),
]), "pub_date", "mention_id", "article_id")

REJECTS = TableSpec("rejects", pa.schema([
    ("reject_id", _STR), ("source_path", _STR), ("doc_id", _STR), ("reason", _STR), ("detail", _STR),
    ("content_sha256", _STR), ("ingested_at", _TS), ("ingest_date", pa.date32()),
]), "ingest_date", "reject_id", "reject_id")

TABLES = (ARTICLES, EVENTS, MENTIONS, REJECTS)


# --- records to Arrow ------------------------------------------------------------

def _rows(items: Iterable[object], spec: TableSpec, extra) -> pa.Table:
    """An Arrow table of the records, column by column; `extra(item)` gives the
    derived columns (ids, partition values) the records do not carry."""
    items = list(items)
    columns: dict[str, list] = {}
    if items:
        own = [f.name for f in dataclasses.fields(items[0]) if f.name in spec.schema.names]
        columns = {name: [getattr(item, name) for item in items] for name in own}
        derived = [extra(item) for item in items]
        for name in derived[0]:
            columns[name] = [d[name] for d in derived]
    return pa.Table.from_pydict({name: columns.get(name, [None] * len(items)) for name in spec.schema.names},
                                schema=spec.schema)


def articles_table(articles: Iterable[Article]) -> pa.Table:
    return _rows(articles, ARTICLES, lambda a: {})


def rejects_table(rejects: Iterable[Reject]) -> pa.Table:
    return _rows(rejects, REJECTS, lambda r: {"reject_id": r.reject_id,
                                              "ingest_date": r.ingested_at.date()})


def events_table(events: Iterable[Event]) -> pa.Table:
    return _rows(events, EVENTS, lambda e: {"event_id": e.event_id})


def mentions_table(mentions: dict[str, list[Mention]], pub_dates: dict[str, dt.date]) -> pa.Table:
    """Mentions of each article, partitioned by their article's publication day."""
    def rows() -> Iterator[tuple[str, Mention]]:
        for article_id, items in mentions.items():
            for m in items:
                yield article_id, m
    pairs = list(rows())
    table = _rows((m for _, m in pairs), MENTIONS, lambda m: {})
    return (table
            .set_column(table.schema.get_field_index("mention_id"), "mention_id",
                        pa.array([m.mention_id(a) for a, m in pairs], _STR))
            .set_column(table.schema.get_field_index("article_id"), "article_id",
                        pa.array([a for a, _ in pairs], _STR))
            .set_column(table.schema.get_field_index("pub_date"), "pub_date",
                        pa.array([pub_dates[a] for a, _ in pairs], pa.date32())))


def table_to_articles(table: pa.Table) -> list[Article]:
    names = {f.name for f in dataclasses.fields(Article)}
    return [Article(**{k: v for k, v in row.items() if k in names}) for row in table.to_pylist()]


# --- the warehouse -----------------------------------------------------------------

class Warehouse:
    """A warehouse root on any fsspec filesystem."""

    def __init__(self, root: str):
        self.root = root.rstrip("/")
        self.fs, self.path = fsspec.core.url_to_fs(self.root)
        self.is_local = self.fs.protocol in ("file", "local") or "file" in self.fs.protocol

    def table_path(self, spec: TableSpec) -> str:
        return f"{self.path}/{spec.name}"

    def partition_files(self, spec: TableSpec) -> list[str]:
        base = self.table_path(spec)
        if not self.fs.exists(base):
            return []
        return sorted(p for p in self.fs.glob(f"{base}/{spec.partition}=*/{PART_FILE}"))

    def read(self, spec: TableSpec, columns: list[str] | None = None) -> pa.Table:
        """The whole table (partition column included), or its empty schema."""
        parts = []
        for path in self.partition_files(spec):
            table = pq.read_table(path, filesystem=self.fs, columns=columns and
                                  [c for c in columns if c != spec.partition])
            if columns is None or spec.partition in columns:
                value = dt.date.fromisoformat(path.rsplit("/", 2)[-2].split("=", 1)[1])
                table = table.append_column(spec.partition,
                                            pa.array([value] * table.num_rows, pa.date32()))
            parts.append(table)
        schema = spec.schema if columns is None else pa.schema([spec.schema.field(c) for c in columns])
        if not parts:
            return schema.empty_table()
        return pa.concat_tables([p.select(schema.names) for p in parts]).cast(schema)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        """Serialize writers. On a local disk an flock; object stores have no
        lock primitive, so there the DAG's max_active_runs=1 is the guard."""
        if not self.is_local:
            yield
            return
        self.fs.makedirs(self.path, exist_ok=True)
        with open(os.path.join(self.path, LOCK_FILE), "a+") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def replace_rows(self, spec: TableSpec, new_rows: pa.Table, owners: set[str]) -> int:
        """Make the table hold `new_rows` and no other rows of `owners`: each
        touched partition is rewritten whole (merge, dedupe, sort) and swapped
        in atomically. Returns the number of partitions written. Call it
        under `lock()`."""
        new_rows = new_rows.cast(spec.schema)
        owners = owners | set(new_rows.column(spec.owner_column).to_pylist())
        owner_array = pa.array(sorted(owners), _STR)
        by_partition: dict[dt.date, pa.Table] = {}
        if new_rows.num_rows:
            keys = new_rows.column(spec.partition)
            for value in pc.unique(keys).to_pylist():
                by_partition[value] = new_rows.filter(pc.equal(keys, pa.scalar(value, pa.date32())))
        touched = set(by_partition)
        for path in self.partition_files(spec):
            ids = pq.read_table(path, filesystem=self.fs, columns=[spec.owner_column])
            if pc.any(pc.is_in(ids.column(0), owner_array)).as_py():
                touched.add(dt.date.fromisoformat(path.rsplit("/", 2)[-2].split("=", 1)[1]))
        # Partitions are independent files; most of a rewrite is waiting on fsync,
        # so a few threads overlap those waits.
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda value: self._rewrite_partition(spec, value, owner_array, by_partition.get(value)),
                          sorted(touched)))
        return len(touched)

    def _rewrite_partition(self, spec: TableSpec, value: dt.date, owners: pa.Array,
                           new_rows: pa.Table | None) -> None:
        folder = f"{self.table_path(spec)}/{spec.partition}={value.isoformat()}"
        final = f"{folder}/{PART_FILE}"
        file_schema = pa.schema([f for f in spec.schema if f.name != spec.partition])
        pieces = []
        if self.fs.exists(final):
            old = pq.read_table(final, filesystem=self.fs).select(file_schema.names).cast(file_schema)
            pieces.append(old.filter(pc.invert(pc.is_in(old.column(spec.owner_column), owners))))
        if new_rows is not None:
            pieces.append(new_rows.select(file_schema.names))
        merged = pa.concat_tables(pieces) if pieces else file_schema.empty_table()
        merged = _dedupe_sorted(merged, spec.id_column)
        self.fs.makedirs(folder, exist_ok=True)
        for stale in self.fs.glob(f"{folder}/*{TMP_SUFFIX}"):
            self.fs.rm(stale)  # left by a writer that died mid-write
        if merged.num_rows == 0:
            if self.fs.exists(final):
                self.fs.rm(final)
            return
        tmp = f"{folder}/.{uuid.uuid4().hex}{TMP_SUFFIX}"
        with self.fs.open(tmp, "wb") as sink:
            pq.write_table(merged, sink, compression="zstd")
            if self.is_local:  # an object store's upload is whole once closed; it has no fileno
                sink.flush()
                os.fsync(sink.fileno())
        self.fs.mv(tmp, final)

    def known_documents(self) -> set[tuple[str, str]]:
        """(doc_id, content_sha256) of every document already in articles or
        rejects: the inputs a run without `reprocess` skips."""
        known = set()
        for spec in (ARTICLES, REJECTS):
            table = self.read(spec, ["doc_id", "content_sha256"])
            known.update(zip(table.column(0).to_pylist(), table.column(1).to_pylist()))
        return known

    def connect(self, tables: Iterable[str] | None = None) -> duckdb.DuckDBPyConnection:
        """A DuckDB connection with the views `articles`, `events`, `mentions`
        and `rejects`, or only the named ones (empty views with the full schema
        for empty tables)."""
        con = duckdb.connect()
        if not self.is_local:
            con.register_filesystem(self.fs)
        for spec in (t for t in TABLES if tables is None or t.name in tables):
            if self.partition_files(spec):
                location = self.root if not self.is_local else self.path
                con.execute(
                    f"CREATE VIEW {spec.name} AS SELECT * FROM read_parquet("
                    f"'{location}/{spec.name}/*/*.parquet', hive_partitioning = true, "
                    f"hive_types = {{'{spec.partition}': DATE}}, union_by_name = true)")
            else:
                con.register(f"_{spec.name}_empty", spec.schema.empty_table())
                con.execute(f"CREATE VIEW {spec.name} AS SELECT * FROM _{spec.name}_empty")
        return con


def _dedupe_sorted(table: pa.Table, id_column: str) -> pa.Table:
    """One row per id (the last one given wins), sorted by id so the same rows
    always make the same file."""
    if table.num_rows == 0:
        return table
    ids = table.column(id_column).to_pylist()
    last = {row_id: i for i, row_id in enumerate(ids)}
    keep = sorted(last.values(), key=lambda i: ids[i])
    return table.take(pa.array(keep, pa.int64()))


# Columns hadath adds to the contract's tables, and why.
ADDED_COLUMNS = {
    ("articles", "source_path"): "where the document was read: file URI, or feed URI with `#L<line>`",
    ("mentions", "mention_id"): "deterministic: hash of article_id, entity_type, char_start, char_end, source",
    ("rejects", "reject_id"): "deterministic: hash of source_path, doc_id, reason, content_sha256",
}


def schema_markdown() -> str:
    """The full schema of every table, generated from the Arrow schemas."""
    lines = ["# hadath warehouse schema", "",
             "Generated by `hadath schema` from `hadath/warehouse.py`. The tables of",
             "`../shared/docs/CONTRACT.md`, column for column, plus the additions marked **added**.",
             "Each table is hive-partitioned by its partition column (one `part-0.parquet` per",
             "partition, zstd); the partition column lives in the folder name, and DuckDB",
             "reads it back as DATE with `hive_partitioning = true`.", ""]
    for spec in TABLES:
        lines += [f"## {spec.name} (partition `{spec.partition}`, unique `{spec.id_column}`)", "",
                  "| column | type | note |", "|---|---|---|"]
        for f in spec.schema:
            note = ADDED_COLUMNS.get((spec.name, f.name))
            lines.append(f"| {f.name} | {f.type} | {'**added**: ' + note if note else ''} |")
        lines.append("")
    return "\n".join(lines)
