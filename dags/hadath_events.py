"""hadath_events: Arabic news articles → PLOVER event tables (Parquet, DuckDB).

A thin DAG: every task calls a function of `hadath.pipeline`, the same ones
`hadath run` calls in one process. Configuration comes from the environment
(`HADATH_SOURCES`, comma-separated; `HADATH_WAREHOUSE`), and a run triggered
from the UI can override both with params.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pendulum
from airflow.sdk import Asset, Param, TriggerRule, dag, get_current_context, task

PROJECT = Path(__file__).resolve().parents[1]
SOURCES = [s for s in os.environ.get("HADATH_SOURCES", str(PROJECT / "seeds")).split(",") if s]
WAREHOUSE = os.environ.get("HADATH_WAREHOUSE", str(PROJECT / "data" / "warehouse"))
BATCH_SIZE = int(os.environ.get("HADATH_BATCH_SIZE", "500"))


def _asset_uri(table: str) -> str:
    return f"{WAREHOUSE}/{table}" if "://" in WAREHOUSE else f"file://{Path(WAREHOUSE).resolve()}/{table}"


TABLE_ASSETS = [Asset(name=f"hadath_{t}", uri=_asset_uri(t))
                for t in ("articles", "events", "mentions", "rejects")]


@dag(
    dag_id="hadath_events",
    schedule="@hourly",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    tags=["hadath", "arabic", "events", "plover"],
    default_args={"retries": 2, "retry_delay": pendulum.duration(minutes=1)},
    params={
        "sources": Param(SOURCES, type="array", items={"type": "string"},
                         title="Sources", description="Folders, .txt files or .jsonl[.gz] feeds; paths or URIs"),
        "warehouse": Param(WAREHOUSE, type="string", title="Warehouse",
                           description="Warehouse root: a local folder or an fsspec URI such as s3://bucket/prefix"),
        "reprocess": Param(False, type="boolean", title="Reprocess",
                           description="Process documents already stored, replacing their rows"),
    },
    doc_md=__doc__ + """
### Tasks
1. **plan** — lists new inputs under `sources` and groups them into batches.
2. **ingest** (mapped, one per batch) — decodes documents into staged articles and rejects;
   documents already stored unchanged are skipped unless `reprocess`.
3. **extract** (mapped) — text layer, entities, PLOVER events, geocoding; staged beside them.
4. **write** — merges every batch into the warehouse under its lock, partitions swapped in
   atomically; emits the four tables as assets.
5. **summary** — logs articles, rejects by reason and events by type.

Query the result with `hadath query "SELECT event_type, count(*) FROM events GROUP BY 1"`.
""",
)
def hadath_events():
    @task
    def plan() -> list[dict]:
        from hadath import pipeline

        context = get_current_context()
        params = context["params"]
        stage = pipeline.staging_dir(params["warehouse"], re.sub(r"[^\w.-]", "_", context["run_id"]))
        return [{"batch": batch, "stage": stage}
                for batch in pipeline.plan(list(params["sources"]), BATCH_SIZE)]

    @task
    def ingest(work: dict) -> str:
        from hadath import pipeline

        params = get_current_context()["params"]
        return pipeline.ingest_batch(work["batch"], params["warehouse"], work["stage"],
                                     reprocess=params["reprocess"])

    @task
    def extract(folder: str) -> str:
        from hadath import pipeline

        return pipeline.extract_batch(folder)

    # An hour with nothing new maps zero batches; write and summary still run.
    @task(outlets=TABLE_ASSETS, trigger_rule=TriggerRule.NONE_FAILED)
    def write(folders: list[str]) -> dict:
        from hadath import pipeline

        params = get_current_context()["params"]
        result = pipeline.commit(list(folders), params["warehouse"])
        return {"articles": result.articles, "rejects": dict(result.rejects),
                "events": dict(result.events), "mentions": result.mentions}

    @task(trigger_rule=TriggerRule.NONE_FAILED)
    def summary(written: dict) -> str:
        from hadath import pipeline

        text = f"this run: {written}\n" + pipeline.warehouse_summary(get_current_context()["params"]["warehouse"])
        print(text)
        return text

    summary(write(extract.expand(folder=ingest.expand(work=plan()))))


hadath_events()
