"""Event browser latency over a warehouse: how long each kind of page takes,
beside a baseline measured in the same run (DuckDB counting the events
table's rows, the least any page does), so figures from a busy machine still
compare.

Run: ``.venv/bin/python bench/browse.py WAREHOUSE [--repeat 3]`` (the full
corpus warehouse is what `hadath run ant_v2.1.jsonl.gz` writes).
"""
from __future__ import annotations

import argparse
import statistics
import time

from fastapi.testclient import TestClient

from hadath.browse import create_app
from hadath.warehouse import EVENTS, Warehouse


def timed(call, repeat: int) -> float:
    """The median of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warehouse")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    store = Warehouse(args.warehouse)
    con = store.connect(tables=("events",))
    baseline = timed(lambda: con.execute("SELECT count(*) FROM events").fetchone(), args.repeat)
    client = TestClient(create_app(args.warehouse))
    first = client.get("/events.json", params={"limit": 1}).json()  # (also keeps the views)
    if not first["events"]:
        raise SystemExit(f"no events in {args.warehouse}")
    pages = {
        "events, first page (100)": ("/", {}),
        "events, 500 a page": ("/", {"limit": 500}),
        "events, deep page (offset 30,000)": ("/", {"offset": min(30_000, first["total"] - 1)}),
        "events, one type and country": ("/", {"type": "ASSAULT", "country": "SYR"}),
        "events, text search": ("/", {"q": "الأردن"}),
        "events as JSON (100)": ("/events.json", {}),
        "one article": (f"/articles/{first['events'][0]['article_id']}", {}),
    }
    print(f"{args.warehouse}: {first['total']:,} events in {len(store.partition_files(EVENTS))} partitions; "
          f"baseline (count the events table) {baseline * 1000:.0f} ms")
    for name, (path, params) in pages.items():
        seconds = timed(lambda: client.get(path, params=params).raise_for_status(), args.repeat)
        print(f"  {name:36s} {seconds * 1000:6.0f} ms  {seconds / baseline:5.1f}× baseline")


if __name__ == "__main__":
    main()
