"""The pipeline on object storage: articles read from an S3 bucket and the
warehouse written to one. The bucket lives in moto's S3 server on localhost;
hadath reaches it through fsspec and s3fs over HTTP, as it would a real bucket
(or MinIO), configured the way a user does: AWS_* variables and
AWS_ENDPOINT_URL."""
from __future__ import annotations

import pytest
import s3fs
from moto.server import ThreadedMotoServer

from hadath import pipeline
from hadath.warehouse import ARTICLES, TMP_SUFFIX, Warehouse

BUCKET = "hadath-test"


@pytest.fixture(scope="module")
def bucket():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    with pytest.MonkeyPatch.context() as env:
        env.setenv("AWS_ACCESS_KEY_ID", "testing")
        env.setenv("AWS_SECRET_ACCESS_KEY", "testing")
        env.setenv("AWS_DEFAULT_REGION", "us-east-1")
        env.setenv("AWS_ENDPOINT_URL", f"http://{host}:{port}")
        s3fs.S3FileSystem.clear_instance_cache()
        fs = s3fs.S3FileSystem()
        fs.mkdir(BUCKET)
        yield fs
        s3fs.S3FileSystem.clear_instance_cache()
    server.stop()


@pytest.fixture(scope="module")
def runs(bucket, repo, tmp_path_factory):
    """The seeds run twice from the bucket into a bucket warehouse, and once
    from the local folder into a local one."""
    bucket.put(str(repo / "seeds"), f"{BUCKET}/seeds", recursive=True)
    remote = f"s3://{BUCKET}/warehouse"
    first = pipeline.run([f"s3://{BUCKET}/seeds"], remote)
    second = pipeline.run([f"s3://{BUCKET}/seeds"], remote)
    local = str(tmp_path_factory.mktemp("local"))
    pipeline.run([str(repo / "seeds")], local)
    return Warehouse(remote), Warehouse(local), first, second


def rows(warehouse: Warehouse, sql: str) -> list[tuple]:
    return warehouse.connect().execute(sql).fetchall()


def test_a_bucket_run_fills_the_same_tables_as_a_local_one(runs, repo):
    remote, local, first, _ = runs
    assert first.commit.articles == len(list((repo / "seeds").glob("*.txt")))
    for sql in ("SELECT article_id, doc_id, pub_date, content_sha256 FROM articles ORDER BY article_id",
                "SELECT event_id, event_type, actor1_name, event_date FROM events ORDER BY event_id",
                "SELECT count(*) FROM mentions", "SELECT count(*) FROM rejects"):
        assert rows(remote, sql) == rows(local, sql)
    assert rows(remote, "SELECT count(*) FROM events")[0][0] > 0


def test_a_second_bucket_run_skips_what_it_holds_and_duplicates_nothing(runs):
    remote, local, _, second = runs
    assert second.commit.articles == 0
    for table in ("articles", "events", "mentions"):
        sql = f"SELECT count(*) FROM {table}"
        assert rows(remote, sql) == rows(local, sql)


def test_a_bucket_warehouse_keeps_only_whole_partitions(runs, bucket):
    remote, *_ = runs
    keys = bucket.find(f"{BUCKET}/warehouse")
    assert keys and all(k.endswith(".parquet") for k in keys), keys
    assert not any(k.endswith(TMP_SUFFIX) for k in keys)
    assert remote.partition_files(ARTICLES)
