#!/usr/bin/env python3
"""Tokens per second of the shipped NER tagger on one core, beside a
tokenize-only pass over the same news articles in the same run; tagging is
timed by the wall clock and by the process's CPU time.

  bench/ner.py [--articles N]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

from hadath.recognize.ner import load_tagger
from hadath.text.segment import tokens

NEWS = Path(os.environ.get("HADATH_SHARED", Path(__file__).resolve().parents[2] / "shared")) / (
    "data/news/ant_v2.1.jsonl.gz"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        # A fixed slice of the corpus, so runs compare.
        texts = [json.loads(line)["text"] for _, line in zip(range(2000 + args.articles), f)][2000:]
    articles = [[p for p in text.split("\n") if p.strip()] for text in texts]

    started = time.perf_counter()
    sentences = [[[t.text for t in tokens(p)] for p in paragraphs] for paragraphs in articles]
    tokenize_s = time.perf_counter() - started
    n_tokens = sum(len(s) for article in sentences for s in article)

    started = time.perf_counter()
    tagger = load_tagger()
    load_s = time.perf_counter() - started

    started, started_cpu = time.perf_counter(), time.process_time()
    tags = [tagger.tag(article) for article in sentences]  # an article at a time, as the pipeline does
    tag_s, tag_cpu_s = time.perf_counter() - started, time.process_time() - started_cpu
    entities = sum(t.startswith("B-") for article in tags for sentence in article for t in sentence)

    print(f"{len(texts)} articles, {sum(map(len, articles))} paragraphs, {n_tokens} tokens, one core")
    print(f"tokenize only : {n_tokens / tokenize_s:10,.0f} tokens/s")
    print(f"NER tag       : {n_tokens / tag_s:10,.0f} tokens/s  ({entities} entities; model load {load_s:.1f}s)")
    print(f"NER tag (CPU) : {n_tokens / tag_cpu_s:10,.0f} tokens/s  (process CPU time: the fair figure on a busy machine)")


if __name__ == "__main__":
    main()
