"""Regenerate the sample articles in ``seeds/`` from the ANT corpus.

The sample is a fixed, reproducible draw: conflict and politics news about
Syria, Iraq, Yemen and Libya from all five outlets, medium length, none of it
from the dev evaluation set (the seeds must not leak into or from the scored
articles). Each article is written as ``seeds/<docno>.txt`` (the corpus text,
byte for byte) with a ``seeds/<docno>.json`` sidecar, and ``seeds/README.md``
is rewritten with the attribution for every file.

Run: ``.venv/bin/python scripts/sample_seeds.py`` (corpus under
``$HADATH_SHARED``, default ``<repo>/../shared``).
"""

from __future__ import annotations

import gzip
import json
import os
import random
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
CORPUS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
DEV_ARTICLES = SHARED / "eval" / "dev" / "articles"
SEEDS = REPO / "seeds"

SEED = 20180218  # first day of the ANT crawl; changing it changes the sample
PER_OUTLET = 3
CATEGORIES = {"middleEast", "internationalNews"}
MIN_CHARS, MAX_CHARS = 900, 1800  # around the corpus median of 1,243

# The outlet's Arabic name as it signs its articles, keyed by the corpus `src`.
OUTLETS = {
    "BBC": "BBC عربي",
    "CNN": "CNN بالعربية",
    "france24": "فرانس 24",
    "skynews": "سكاي نيوز عربية",
    "alarabia": "العربية",
}

# A title must name exactly one of these countries, and the text must name it
# again, so the article is about that country rather than merely mentioning it.
COUNTRIES = {
    "Syria": re.compile(r"سوري"),
    "Iraq": re.compile(r"عراق"),
    "Yemen": re.compile(r"اليمن|يمني|حوثي"),
    "Libya": re.compile(r"ليبيا|ليبي(?!ر)"),  # not ليبيري (Liberian)
}
MIN_COUNTRY_MENTIONS_IN_TEXT = 2

# Title words for attacks, clashes, arrests, protests, statements and talks.
EVENT_WORDS = re.compile(
    "هجوم|اشتباك|مواجهات|معارك|قصف|غار[ةا]|ضرب|تفجير|انفجار|مقتل|قتلى"
    "|اعتقال|يعتقل|تعتقل|احتجاج|مظاهر|متظاهر"
    "|يدين|تدين|يتهم|تتهم|يهدد|تهدد|تحذر|يحذر"
    "|محادثات|مفاوضات|مباحثات|هدنة|وقف إطلاق|اتفاق|انسحاب"
)


def read_corpus() -> list[dict]:
    """All feed records, in file order."""
    with gzip.open(CORPUS, "rt", encoding="utf-8") as feed:
        return [json.loads(line) for line in feed]


def article_country(record: dict) -> str | None:
    """The one country the article is about, or None if not exactly one."""
    in_title = [name for name, pattern in COUNTRIES.items() if pattern.search(record["title"])]
    if len(in_title) != 1:
        return None
    country = in_title[0]
    if len(COUNTRIES[country].findall(record["text"])) < MIN_COUNTRY_MENTIONS_IN_TEXT:
        return None
    return country


def candidates(records: list[dict], excluded: set[str]) -> dict[tuple[str, str], list[dict]]:
    """Eligible articles grouped by (outlet, country), each group sorted by docno."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for record in records:
        if (
            record["cat"] not in CATEGORIES
            or record["docno"] in excluded
            or not MIN_CHARS <= len(record["text"]) <= MAX_CHARS
            or not EVENT_WORDS.search(record["title"])
        ):
            continue
        country = article_country(record)
        if country:
            groups.setdefault((record["src"], country), []).append(record)
    for group in groups.values():
        group.sort(key=lambda record: record["docno"])
    return groups


def select(records: list[dict], excluded: set[str]) -> list[tuple[dict, str]]:
    """PER_OUTLET articles per outlet, each from a different country, spreading
    the countries as evenly as the outlets allow; random within a group."""
    groups = candidates(records, excluded)
    rng = random.Random(SEED)
    picks_per_country = dict.fromkeys(COUNTRIES, 0)
    picked: list[tuple[dict, str]] = []
    for outlet in OUTLETS:
        available = [c for c in COUNTRIES if groups.get((outlet, c))]
        least_covered_first = sorted(available, key=lambda c: (picks_per_country[c], list(COUNTRIES).index(c)))
        for country in least_covered_first[:PER_OUTLET]:
            picked.append((rng.choice(groups[(outlet, country)]), country))
            picks_per_country[country] += 1
    return picked


def write_seed(record: dict) -> None:
    """The text exactly as in the corpus, plus its metadata sidecar."""
    docno = record["docno"]
    (SEEDS / f"{docno}.txt").write_bytes(record["text"].encode("utf-8"))
    sidecar = {
        "source": OUTLETS[record["src"]],
        "url": record["url"],
        "title": record["title"],
        "published": record["time"],
    }
    (SEEDS / f"{docno}.json").write_text(json.dumps(sidecar, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


README_HEAD = """\
# Seed articles

Input for `make run` and the DAG's default run: real Arabic news articles,
one `<doc_id>.txt` each (UTF-8, the text as published), most with a
`<doc_id>.json` sidecar carrying `source`, `url`, `title` and `published`
(the feed's RSS date, RFC 2822).

- `000_c0c2ce5c68c2b4f1.txt` — the project's seed article, from Shafaq News
  (شفق نيوز), 31 January 2022; no sidecar (copied from `../shared/seeds/`).
- The other files are a sample of the ANT corpus v2.1 (`../shared/data/news/`),
  regenerated exactly by `scripts/sample_seeds.py`: titles naming one of
  Syria, Iraq, Yemen or Libya and an attack, clash, arrest, protest, statement
  or talks; categories `middleEast` / `internationalNews`; {min_chars}–{max_chars}
  characters; three per outlet from different countries; random seed {seed};
  no article of the dev evaluation set (`../shared/eval/dev/`).

## Attribution

The ANT corpus: A. Chouigui, O. Ben Khiroun and B. Elayeb, "An Arabic
multi-source news corpus: experimenting on single-document extractive
summarization", *Arabian Journal for Science and Engineering* 46, 2021
(github.com/antcorpus/antcorpus.multisource.data, Apache-2.0 with a citation
requirement). Copyright of each article stays with its outlet; they are here
as research samples, unchanged.

| file | outlet | country | published | url |
|---|---|---|---|---|
"""


def write_readme(picked: list[tuple[dict, str]]) -> None:
    rows = [
        f"| `{r['docno']}` | {OUTLETS[r['src']]} | {country} | {r['time']} | <{r['url']}> |"
        for r, country in sorted(picked, key=lambda pick: pick[0]["docno"])
    ]
    head = README_HEAD.format(min_chars=MIN_CHARS, max_chars=MAX_CHARS, seed=SEED)
    (SEEDS / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")


def main() -> None:
    dev_ids = {path.stem for path in DEV_ARTICLES.glob("*.txt")}
    picked = select(read_corpus(), dev_ids)
    for old in SEEDS.glob("*.json"):  # a changed selection must not leave stale pairs
        old.unlink()
        old.with_suffix(".txt").unlink(missing_ok=True)
    for record, _ in picked:
        write_seed(record)
    write_readme(picked)
    for record, country in picked:
        print(f"{record['docno']}\t{country}\t{len(record['text'])}\t{record['title']}")


if __name__ == "__main__":
    main()
