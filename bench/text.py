"""Throughput and yield of the text layer on the ANT news corpus.

    .venv/bin/python bench/text.py [--every N] [--dateparser-sample M]

Times are CPU seconds of this process (`time.process_time`), so the
figures are per core and do not depend on what else the machine runs.
Runs `hadath.text.analyze` over every Nth article (default all 31.5k) with
the publication day from the feed's `time` field, and reports sentences/s,
tokens/s, articles/s, DATE and NUMBER mentions found and resolved, and how
`infer_pub_date` does against the real publication days. Then times
dateparser's `search_dates` on M articles and on the date forms of the issue,
the comparison behind the rules in `hadath.text.dates`.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import email.utils
import gzip
import json
import os
import time
from pathlib import Path

from hadath.text import analyze
from hadath.text.dates import find_dates
from hadath.text.pubdate import infer_pub_date
from hadath.text.segment import sentences, tokens

SHARED = Path(os.environ.get("HADATH_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"

# The forms issue 3 names, read against Monday 31 January 2022.
FORMS = [
    "26 / 1 / 2022", "26-1-2022", "2022/01/26", "26 يناير 2022", "26 كانون الثاني 2022",
    "26 جانفي 2022", "26 يناير", "اليوم", "أمس", "أول أمس", "صباح اليوم", "مساء أمس",
    "الليلة الماضية", "يوم الأحد", "الأحد الماضي", "ليلة الجمعة", "الأسبوع الماضي",
    "الشهر الماضي", "23 رجب 1443", "3 آذار/مارس",
]


def load(every: int) -> list[tuple[str, dt.date]]:
    with gzip.open(NEWS, "rt", encoding="utf-8") as lines:
        records = [json.loads(line) for i, line in enumerate(lines) if i % every == 0]
    return [(r["text"], email.utils.parsedate_to_datetime(r["time"]).date()) for r in records if r["text"]]


def bench_rules(articles: list[tuple[str, dt.date]]) -> None:
    chars = sum(len(text) for text, _ in articles)
    start = time.process_time()
    n_sentences = sum(len(sentences(text)) for text, _ in articles)
    sentence_s = time.process_time() - start
    start = time.process_time()
    n_tokens = sum(len(tokens(text)) for text, _ in articles)
    token_s = time.process_time() - start
    start = time.process_time()
    analyses = [analyze(text, pub) for text, pub in articles]
    analyze_s = time.process_time() - start
    print(f"articles {len(articles):,}  chars {chars:,}")
    print(f"sentences {n_sentences:,} in {sentence_s:.1f} s = {n_sentences / sentence_s:,.0f}/s")
    print(f"tokens {n_tokens:,} in {token_s:.1f} s = {n_tokens / token_s:,.0f}/s")
    print(f"analyze() {analyze_s:.1f} s = {len(articles) / analyze_s:,.0f} articles/s "
          f"({analyze_s / len(articles) * 1000:.2f} ms/article, one core)")
    for kind in ("dates", "numbers"):
        mentions = [m for a in analyses for m in getattr(a, kind)]
        resolved = sum(m.value is not None for m in mentions)
        print(f"{kind}: {len(mentions):,} mentions, {resolved:,} with a value ({resolved / len(mentions):.1%})")
    grains = collections.Counter(m.granularity for a in analyses for m in a.dates)
    print("date granularity:", dict(grains.most_common()))


def bench_pub_date(articles: list[tuple[str, dt.date]]) -> None:
    outcomes = collections.Counter()
    for text, pub in articles:
        inferred = infer_pub_date(text)
        if inferred is None:
            outcomes["none"] += 1
            continue
        off = abs((inferred[0] - pub).days)
        outcomes[f"{inferred[1]} {'same day' if off == 0 else 'one day off' if off == 1 else 'wrong'}"] += 1
    print("infer_pub_date against the feed's day:", dict(outcomes.most_common()))


def bench_dateparser(articles: list[tuple[str, dt.date]], sample: int) -> None:
    from dateparser.search import search_dates

    base = dt.datetime(2022, 1, 31)
    settings = {"PREFER_DATES_FROM": "past", "RELATIVE_BASE": base}
    search_dates("26 يناير 2022", languages=["ar"], settings=settings)  # load its language data first
    print("form | dateparser | rules")
    for form in FORMS:
        parsed = search_dates(form, languages=["ar"], settings=settings) or []
        ours = find_dates(form, base.date())
        print(f"{form} | {[(s, d.date().isoformat()) for s, d in parsed]} | {[(m.text, m.value, m.granularity) for m in ours]}")
    picked = articles[:sample]
    start = time.process_time()
    found = sum(len(search_dates(text, languages=["ar"], settings={"PREFER_DATES_FROM": "past",
                "RELATIVE_BASE": dt.datetime.combine(pub, dt.time())}) or []) for text, pub in picked)
    spent = time.process_time() - start
    start = time.process_time()
    ours = sum(len(find_dates(text, pub)) for text, pub in picked)
    rules = time.process_time() - start
    print(f"dateparser search_dates on {len(picked)} articles: {spent / len(picked) * 1000:.1f} ms/article, "
          f"{found} dates (no offsets); rules: {rules / len(picked) * 1000:.2f} ms/article, {ours} dates")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=1, help="use every Nth article")
    parser.add_argument("--dateparser-sample", type=int, default=200)
    args = parser.parse_args()
    articles = load(args.every)
    bench_rules(articles)
    bench_pub_date(articles)
    bench_dateparser(articles, args.dateparser_sample)


if __name__ == "__main__":
    main()
