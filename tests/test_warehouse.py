"""Warehouse: atomic partitions, idempotent merges, serialized writers, DuckDB types."""
from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import random
import signal
import time

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from hadath import pipeline
from hadath.warehouse import EVENTS, REJECTS, TABLES, Warehouse, schema_markdown


def reject_rows(n: int, day: dt.date, prefix: str = "r") -> pa.Table:
    ingested = dt.datetime.combine(day, dt.time(12), dt.timezone.utc)
    return pa.Table.from_pylist([
        {"reject_id": f"{prefix}{i:07d}", "source_path": f"/in/{prefix}{i}.txt", "doc_id": f"{prefix}{i}",
         "reason": "empty", "detail": "no text " * 20, "content_sha256": f"{i:064d}",
         "ingested_at": ingested, "ingest_date": day} for i in range(n)], schema=REJECTS.schema)


def test_empty_tables_have_their_schema_in_duckdb(tmp_path):
    con = Warehouse(str(tmp_path / "wh")).connect()
    for spec in TABLES:
        columns = [r[0] for r in con.execute(f"DESCRIBE {spec.name}").fetchall()]
        assert columns == spec.schema.names
        assert con.execute(f"SELECT count(*) FROM {spec.name}").fetchone() == (0,)


def test_partitions_come_back_as_date_with_hive_partitioning(tmp_path):
    wh = Warehouse(str(tmp_path / "wh"))
    with wh.lock():
        wh.replace_rows(REJECTS, reject_rows(3, dt.date(2026, 11, 24)), set())
    con = wh.connect()
    assert con.execute("SELECT DISTINCT typeof(ingest_date), ingest_date FROM rejects").fetchall() == [
        ("DATE", dt.date(2026, 11, 24))]
    # and straight from the files, as the contract shows it
    raw = con.execute(f"SELECT typeof(ingest_date) FROM read_parquet('{tmp_path}/wh/rejects/**/*.parquet', "
                      "hive_partitioning = true) LIMIT 1").fetchall()
    assert raw == [("DATE",)]
    assert pq.read_metadata(wh.partition_files(REJECTS)[0]).row_group(0).column(0).compression == "ZSTD"


def test_merging_replaces_rows_of_the_same_owner_and_keeps_the_rest(tmp_path):
    wh = Warehouse(str(tmp_path / "wh"))
    day = dt.date(2026, 11, 24)
    with wh.lock():
        wh.replace_rows(REJECTS, reject_rows(5, day), set())
        wh.replace_rows(REJECTS, reject_rows(3, day, prefix="s"), set())
        before = wh.read(REJECTS)
        wh.replace_rows(REJECTS, reject_rows(5, day), set())  # the same rows again
    after = wh.read(REJECTS)
    assert after.num_rows == 8 and after.equals(before)


def _write_forever(root: str, rows: int) -> None:
    wh = Warehouse(root)
    generation = 0
    while True:
        generation += 1
        table = reject_rows(rows, dt.date(2026, 11, 24), prefix=f"g{generation}-")
        with wh.lock():
            wh.replace_rows(REJECTS, table, set(wh.read(REJECTS, ["reject_id"]).column(0).to_pylist()))


def test_a_writer_killed_mid_write_leaves_the_previous_partition_readable(tmp_path):
    root = str(tmp_path / "wh")
    wh = Warehouse(root)
    with wh.lock():
        wh.replace_rows(REJECTS, reject_rows(20_000, dt.date(2026, 11, 24), prefix="g0-"), set())
    rng = random.Random(7)
    ctx = multiprocessing.get_context("fork")
    for _ in range(8):
        writer = ctx.Process(target=_write_forever, args=(root, 20_000))
        writer.start()
        time.sleep(rng.uniform(0.05, 0.6))
        os.kill(writer.pid, signal.SIGKILL)
        writer.join()
        con = wh.connect()  # what an analyst sees right after the crash
        (n, generations) = con.execute(
            "SELECT count(*), count(DISTINCT split_part(reject_id, '-', 1)) FROM rejects").fetchone()
        assert n == 20_000 and generations == 1  # one whole version, never a mix or half
        visible = list((tmp_path / "wh" / "rejects").rglob("*.parquet"))
        assert [p.name for p in visible] == ["part-0.parquet"]


def _run_into(args):
    sources, root = args
    return pipeline.run(sources, root).commit.articles


def test_two_overlapping_runs_neither_duplicate_nor_lose_rows(tmp_path, repo, shared):
    root = str(tmp_path / "wh")
    dev = shared / "eval" / "dev" / "articles"
    jobs = [([str(dev)], root), ([str(repo / "seeds"), str(dev)], root)]
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        pool.map(_run_into, jobs)
    con = Warehouse(root).connect()
    n_files = len({p.stem for p in dev.glob("*.txt")} | {p.stem for p in (repo / "seeds").glob("*.txt")})
    total, distinct = con.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone()
    assert total == distinct == n_files
    assert con.execute("SELECT count(*) FROM rejects").fetchone() == (0,)


def test_a_second_run_changes_no_file(tmp_path, repo):
    root = tmp_path / "wh"
    pipeline.run([str(repo / "seeds")], str(root))
    files = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*.parquet")}
    second = pipeline.run([str(repo / "seeds")], str(root))
    assert second.commit.articles == 0 and second.commit.partitions == 0
    assert {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in root.rglob("*.parquet")} == files
    assert not (root / "_staging").exists() or not any((root / "_staging").iterdir())


def test_reprocess_rewrites_the_same_rows(tmp_path, repo):
    root = str(tmp_path / "wh")
    pipeline.run([str(repo / "seeds")], root)
    before = Warehouse(root).connect().execute(
        "SELECT article_id, doc_id, pub_date FROM articles ORDER BY 1").fetchall()
    again = pipeline.run([str(repo / "seeds")], root, reprocess=True)
    after = Warehouse(root).connect().execute(
        "SELECT article_id, doc_id, pub_date FROM articles ORDER BY 1").fetchall()
    assert again.commit.articles == len(before) and after == before


def test_an_edited_document_replaces_its_old_version(tmp_path, seed_text):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "doc.txt").write_text(seed_text, encoding="utf-8")
    root = str(tmp_path / "wh")
    pipeline.run([str(inbox)], root)
    (inbox / "doc.txt").write_text(seed_text + "\nتحديث: وصلت تعزيزات إضافية.", encoding="utf-8")
    pipeline.run([str(inbox)], root)
    rows = Warehouse(root).connect().execute("SELECT doc_id, text FROM articles").fetchall()
    assert len(rows) == 1 and rows[0][1].endswith("تعزيزات إضافية.")


def test_schema_doc_is_generated_from_the_schemas(repo):
    assert (repo / "docs" / "SCHEMA.md").read_text(encoding="utf-8").strip() == schema_markdown().strip()
    assert "event_id" in EVENTS.schema.names


@pytest.mark.parametrize("sql", ["SELECT * FROM nowhere", "SELEC 1"])
def test_bad_sql_is_a_one_line_error(tmp_path, run_hadath, sql):
    result = run_hadath("query", sql, "--warehouse", tmp_path / "wh", check=False)
    assert result.returncode == 1 and result.stderr.startswith("hadath query:")
