"""Throughput of every stage on real news, beside an I/O floor measured in the same run.

    .venv/bin/python bench/throughput.py [--n 5000] [--feed ../shared/data/news/ant_v2.1.jsonl.gz]

Takes the first N articles of the ANT feed, then times, in one process (one
core): the I/O floor (read the lines + JSON + NFC + write one Parquet file),
ingest (decode into Articles), each extraction stage of
`hadath.pipeline.EXTRACTION_STAGES`, and the warehouse write (merge + atomic
partition swap for all four tables). Prints articles/s per stage, the whole
pipeline's articles/s, each as a ratio to the floor, and peak RSS. Each
stage is timed by the wall clock and by the process's CPU time; on a shared
machine the CPU figure is the fairer per-core one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import itertools
import json
import resource
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from hadath import ingest, pipeline
from hadath.records import Article
from hadath.warehouse import (ARTICLES, EVENTS, MENTIONS, Warehouse, articles_table, events_table,
                              mentions_table)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FEED = REPO.parent / "shared" / "data" / "news" / "ant_v2.1.jsonl.gz"


class Clock:
    """Wall and CPU seconds of a block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def io_floor(feed: Path, out: Path) -> None:
    """Read the feed, parse, NFC the text and write it as Parquet."""
    texts, ids = [], []
    with gzip.open(feed, "rt", encoding="utf-8") as f:
        for line in f:
            record = json.loads(line)
            ids.append(record.get("docno"))
            texts.append(unicodedata.normalize("NFC", record.get("text") or ""))
    pq.write_table(pa.table({"doc_id": ids, "text": texts}), out, compression="zstd")


def write(extractions, articles, wh: Warehouse) -> None:
    """What `pipeline.commit` does with a batch: merge the rows, swap the partitions."""
    events = []
    for x in extractions:
        for e in x.events:
            e.article_id = x.article.article_id
            events.append(e)
    ids = {x.article.article_id for x in extractions}
    with wh.lock():
        wh.replace_rows(EVENTS, events_table(events), ids)
        wh.replace_rows(MENTIONS, mentions_table({x.article.article_id: x.mentions for x in extractions},
                                                 {x.article.article_id: x.article.pub_date for x in extractions}),
                        ids)
        wh.replace_rows(ARTICLES, articles_table(articles), ids)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sample = tmp / "sample.jsonl.gz"
        with gzip.open(args.feed, "rb") as src, gzip.open(sample, "wb", compresslevel=1) as dst:
            dst.writelines(itertools.islice(src, args.n))

        timings: list[tuple[str, Clock]] = []
        with Clock() as floor:
            io_floor(sample, tmp / "floor.parquet")

        with Clock() as clock:
            now = dt.datetime.now(dt.timezone.utc)
            records = list(ingest.read_units(ingest.discover([str(sample)], feed_slice=args.n), now))
            articles = [r for r in records if isinstance(r, Article)]
        timings.append(("ingest", clock))

        pipeline.extractor_version()  # loading the digest once is start-up, not per article
        extractions = [pipeline.ArticleExtraction(a) for a in articles]
        for name, stage in pipeline.EXTRACTION_STAGES:
            with Clock() as clock:
                for x in extractions:
                    stage(x)
            timings.append((name, clock))

        with Clock() as clock:
            write(extractions, articles, Warehouse(str(tmp / "wh")))
        timings.append(("write", clock))

    n = len(records)
    total_wall, total_cpu = sum(c.wall for _, c in timings), sum(c.cpu for _, c in timings)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{n} documents ({len(articles)} articles, {sum(len(x.events) for x in extractions)} events, "
          f"{sum(len(x.mentions) for x in extractions)} mentions) from {args.feed.name}, one process")
    print(f"{'stage':10s} {'wall s':>8s} {'cpu s':>8s} {'art/s wall':>11s} {'art/s cpu':>10s} {'x floor':>8s}")
    rows = [("io floor", floor.wall, floor.cpu), *((name, c.wall, c.cpu) for name, c in timings),
            ("pipeline", total_wall, total_cpu)]
    for name, wall, cpu in rows:
        print(f"{name:10s} {wall:8.2f} {cpu:8.2f} {n / wall:11.0f} {n / max(cpu, 1e-9):10.0f} "
              f"{wall / floor.wall:8.2f}")
    print(f"peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
