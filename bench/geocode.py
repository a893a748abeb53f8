"""Geocoding figures: a proxy for the location and country slots on the dev set,
and find_places throughput on the news corpus.

For every required gold event of ``$HADATH_SHARED/eval/dev/gold.jsonl``:
- *found*: find_places on the article names the gold place (the scorer's own
  name matching), i.e. the pipeline can see it in the text;
- *known*: some gold form of the place resolves, by the gazetteer alone, to a
  place in the gold country;
- *placed*: an event whose location_text is the gold's most specific form gets
  coordinates (its own, or its sentence's place one step coarser);
- *country*: the geocoded country equals the gold country; an event with a gold
  country but no gold location gets the article's main place, as the pipeline's
  fallback does.

Run: ``.venv/bin/python bench/geocode.py [--articles N]``.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import time
from pathlib import Path

from hadath.geocode import Gazetteer
from hadath.records import Article, Event

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
DEV = SHARED / "eval" / "dev"
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article(doc_id: str, text: str) -> Article:
    now = dt.datetime.now(dt.timezone.utc)
    return Article(doc_id, doc_id, None, None, None, None, None, text, "", "utf-8", now, doc_id)


def event(text: str, location_text: str | None) -> Event:
    """An event whose sentence is the article line holding `location_text`."""
    at = text.find(location_text) if location_text else -1
    line_start = text.rfind("\n", 0, at) + 1 if at >= 0 else 0
    line_end = text.find("\n", at) if at >= 0 and text.find("\n", at) >= 0 else len(text)
    sentence = text[line_start:line_end] if at >= 0 else ""
    return Event("ASSAULT", "material_conflict", -10.0, dt.date(2018, 1, 1), "publication", "", sentence,
                 max(at, 0), max(at, 0), 1.0, location_text=location_text)


def dev_proxy(gaz: Gazetteer) -> None:
    names_match = scorer().names_match
    found = known = placed = with_location = country_ok = with_country = 0
    misses = []
    for line in (DEV / "gold.jsonl").open(encoding="utf-8"):
        gold = json.loads(line)
        text = (DEV / "articles" / f"{gold['doc_id']}.txt").read_text(encoding="utf-8")
        places = gaz.find_places(text)
        for g in gold["events"]:
            if g.get("optional") or (not g["location"] and not g["country"]):
                continue
            e = event(text, g["location"][0] if g["location"] else None)
            gaz.geocode_events(article(gold["doc_id"], text), [e], places)
            if g["location"]:
                with_location += 1
                seen = any(names_match(g["location"], [p.text, p.canonical_name]) for p in places)
                found += seen
                resolves = any(loc and loc.place.country == g["country"]
                               for loc in (gaz.resolve(form, text) for form in g["location"]))
                known += resolves
                placed += e.latitude is not None
                if not seen or not resolves:
                    misses.append(f"  {gold['doc_id'][:24]:24} {'|'.join(g['location'])}")
            if g["country"]:
                with_country += 1
                country_ok += e.country_code == g["country"]
                if e.country_code != g["country"]:
                    misses.append(f"  {gold['doc_id'][:24]:24} country {e.country_code} != {g['country']}"
                                  f" ({e.location_text})")
    print(f"dev gold events with a location: {with_location}")
    print(f"  found in the text by find_places: {found / with_location:.3f}")
    print(f"  known: a gold form resolves to a place in the gold country: {known / with_location:.3f}")
    print(f"  placed: the event gets coordinates: {placed / with_location:.3f}")
    print(f"dev gold events with a country: {with_country}")
    print(f"  geocoded country correct: {country_ok / with_country:.3f}")
    print("misses:", *misses, sep="\n")


def throughput(gaz: Gazetteer, n: int) -> None:
    texts = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        for line in f:
            texts.append(json.loads(line).get("text") or "")
            if len(texts) >= n:
                break
    started, cpu_started = time.perf_counter(), time.process_time()
    mentions = sum(len(gaz.find_places(t)) for t in texts)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(f"find_places: {n} news articles, {mentions / n:.1f} places each: {n / seconds:,.0f} articles/s "
          f"wall, {n / cpu:,.0f} articles/s of CPU time (one core)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="news articles for the throughput run")
    args = parser.parse_args()
    started = time.perf_counter()
    gaz = Gazetteer.load()
    print(f"gazetteer: {len(gaz.places)} places, {len(gaz.keys)} keys, loaded in "
          f"{time.perf_counter() - started:.2f} s")
    dev_proxy(gaz)
    throughput(gaz, args.articles)


if __name__ == "__main__":
    main()
