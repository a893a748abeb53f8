"""`hadath run / ner / query / summary / schema / browse`: thin wrappers over the package functions."""
from __future__ import annotations

import argparse
import sys

from hadath import ingest, pipeline


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hadath", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="ingest, extract and write sources into the warehouse")
    run.add_argument("sources", nargs="+", help="folders, .txt files or .jsonl[.gz] feeds; local paths or URIs")
    run.add_argument("--warehouse", default=pipeline.DEFAULT_WAREHOUSE)
    run.add_argument("--reprocess", action="store_true", help="process documents already stored")
    run.add_argument("--batch-size", type=int, default=pipeline.DEFAULT_BATCH_SIZE)
    run.add_argument("--max-bytes", type=int, default=ingest.DEFAULT_MAX_BYTES,
                     help="larger documents are rejected as too_large")

    ner = commands.add_parser("ner", help="tag the tokens of a CoNLL file")
    ner.add_argument("--conll", required=True, help="input: token in the first column, blank line between sentences")
    ner.add_argument("--out", required=True, help="output: `token TAG` lines, same tokens and sentences")

    query = commands.add_parser("query", help="run SQL over the warehouse views")
    query.add_argument("sql")
    query.add_argument("--warehouse", default=pipeline.DEFAULT_WAREHOUSE)

    summary = commands.add_parser("summary", help="what the warehouse holds")
    summary.add_argument("--warehouse", default=pipeline.DEFAULT_WAREHOUSE)

    commands.add_parser("schema", help="print the warehouse schema as Markdown")

    browse = commands.add_parser("browse", help="serve the event browser (each event beside its sentence)")
    browse.add_argument("--warehouse", default=pipeline.DEFAULT_WAREHOUSE)
    browse.add_argument("--host", default="127.0.0.1")
    browse.add_argument("--port", type=int, default=8000)

    args = parser.parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (ingest.SourceError, OSError) as exc:
        print(f"hadath {args.command}: {exc}", file=sys.stderr)
        return 2


def _run(args) -> int:
    result = pipeline.run(args.sources, args.warehouse, reprocess=args.reprocess,
                          batch_size=args.batch_size, max_bytes=args.max_bytes)
    print(result.summary())
    return 0


def _ner(args) -> int:
    from hadath.recognize import ner
    n = ner.tag_conll(args.conll, args.out)
    print(f"hadath ner: tagged {n} sentences into {args.out}")
    return 0


def _query(args) -> int:
    from hadath.warehouse import Warehouse
    con = Warehouse(args.warehouse).connect()
    try:
        relation = con.sql(args.sql)
    except Exception as exc:  # duckdb raises many error types; all mean a bad query
        print(f"hadath query: {exc}", file=sys.stderr)
        return 1
    if relation is not None:
        relation.show(max_width=200, max_rows=100)
    return 0


def _summary(args) -> int:
    print(pipeline.warehouse_summary(args.warehouse))
    return 0


def _schema(args) -> int:
    from hadath.warehouse import schema_markdown
    print(schema_markdown())
    return 0


def _browse(args) -> int:
    import uvicorn

    from hadath.browse import create_app
    print(f"hadath browse: {args.warehouse} on http://{args.host}:{args.port}/ (Ctrl-C stops)")
    uvicorn.run(create_app(args.warehouse), host=args.host, port=args.port, log_level="warning")
    return 0


_COMMANDS = {"run": _run, "ner": _ner, "query": _query, "summary": _summary, "schema": _schema,
             "browse": _browse}

if __name__ == "__main__":
    sys.exit(main())
