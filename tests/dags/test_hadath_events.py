"""The DAG: imports cleanly, declares what the contract promises, and runs end
to end with real Airflow (dag.test on SQLite) into a temporary warehouse."""
from __future__ import annotations

import pytest

from hadath.warehouse import Warehouse


@pytest.fixture(scope="module")
def dagbag(airflow_home, repo):
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(repo / "dags"))


def test_dags_import_without_errors(dagbag):
    assert dagbag.import_errors == {}
    assert "hadath_events" in dagbag.dags


def test_dag_shape(dagbag):
    dag = dagbag.get_dag("hadath_events")
    assert dag.max_active_runs == 1 and dag.catchup is False
    assert set(dag.params.keys()) == {"sources", "warehouse", "reprocess"}
    assert dag.doc_md and "hadath" in dag.tags
    assert [t.task_id for t in dag.topological_sort()] == ["plan", "ingest", "extract", "write", "summary"]
    outlets = {a.name for a in dag.get_task("write").outlets}
    assert outlets == {"hadath_articles", "hadath_events", "hadath_mentions", "hadath_rejects"}
    assert all(t.retries >= 1 for t in dag.tasks)


def test_dag_runs_end_to_end_over_seeds(dagbag, repo, tmp_path):
    from airflow.utils.state import DagRunState

    dag = dagbag.get_dag("hadath_events")
    warehouse = str(tmp_path / "wh")
    conf = {"sources": [str(repo / "seeds")], "warehouse": warehouse, "reprocess": False}
    run = dag.test(run_conf=conf)
    assert run.state == DagRunState.SUCCESS
    con = Warehouse(warehouse).connect()
    n_seeds = len(list((repo / "seeds").glob("*.txt")))
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (n_seeds,)
    assert con.execute("SELECT count(*) FROM articles WHERE doc_id = '000_c0c2ce5c68c2b4f1'").fetchone() == (1,)
    before = {p: p.read_bytes() for p in (tmp_path / "wh").rglob("*.parquet")}

    second = dag.test(run_conf=conf)  # nothing new: every table stays byte-identical
    assert second.state == DagRunState.SUCCESS
    assert {p: p.read_bytes() for p in (tmp_path / "wh").rglob("*.parquet")} == before
