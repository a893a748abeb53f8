#!/usr/bin/env python3
"""Score the event coder alone on the dev set (../shared/eval/dev), with the
scorer's own matching (../shared/eval/score.py), and print a precision-at-
confidence-threshold table. Uses whatever text layer, NER, actor dictionary and
gazetteer the package has (any may be missing), composed as hadath.pipeline does.

`--silver` scores bench/silver/gold.jsonl instead, other ANT articles of dev's
kind annotated blind to GUIDE.md by model annotators, and `--heldout`
bench/silver/heldout.jsonl, annotated the same way and kept out of tuning (see
bench/silver/README.md); their texts come from the ANT feed in ../shared/data/news.

    python bench/events.py [--silver | --heldout] [--show DOC_ID] [--no-ner] [--no-actors] [--no-geocoder]
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import importlib.util
import json
import os
import sys
from collections import Counter
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
DEV = SHARED / "eval" / "dev"
SILVER = REPO / "bench" / "silver" / "gold.jsonl"
HELDOUT = REPO / "bench" / "silver" / "heldout.jsonl"
ANT_FEED = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"

from hadath.code import code_events  # noqa: E402
from hadath.code.merge import MIN_CONFIDENCE  # noqa: E402
from hadath.records import Article  # noqa: E402


def load_score():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def analyzer():
    """hadath.text.analyze when it exists, else the same parts composed."""
    import hadath.text as text
    if hasattr(text, "analyze"):
        return text.analyze
    from types import SimpleNamespace

    from hadath.text.dates import find_dates
    from hadath.text.numbers import find_numbers
    from hadath.text.segment import sentences, tokens

    def analyze(t, pub):
        return SimpleNamespace(sentences=sentences(t), tokens=tokens(t), dates=find_dates(t, pub),
                               numbers=find_numbers(t))
    return analyze


def recognizers(use_ner: bool, use_actors: bool):
    find_entities = find_actors = None
    if use_ner:
        try:
            from hadath.recognize.ner import find_entities, load_tagger
            load_tagger()
        except Exception as exc:  # the NER model may not be built yet
            print(f"(no NER: {exc})", file=sys.stderr)
            find_entities = None
    if use_actors:
        try:
            from hadath.recognize.actors import ActorDictionary
            find_actors = ActorDictionary.load().find_actors
        except Exception as exc:
            print(f"(no actor dictionary: {exc})", file=sys.stderr)
    return find_entities, find_actors


def dev_set() -> tuple[list[dict], dict[str, tuple[str, dt.date]]]:
    """Dev gold, and each article's text and publication day (the sidecar's, else the gold's)."""
    gold = [json.loads(line) for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line]
    texts = {}
    for g in gold:
        path = DEV / "articles" / f"{g['doc_id']}.txt"
        side = path.with_suffix(".json")
        pub = None
        if side.exists():
            pub = dt.date.fromisoformat(json.loads(side.read_text(encoding="utf-8"))["published"][:10])
        pub = pub or dt.date.fromisoformat(g["pub_date"]) if g.get("pub_date") else pub or dt.date.today()
        texts[g["doc_id"]] = (path.read_text(encoding="utf-8"), pub)
    return gold, texts


def silver_set(path: Path) -> tuple[list[dict], dict[str, tuple[str, dt.date]]]:
    """Silver gold, with the texts of its articles read from the ANT feed by docno."""
    gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    wanted = {g["doc_id"]: dt.date.fromisoformat(g["pub_date"]) for g in gold}
    texts = {}
    with gzip.open(ANT_FEED, "rt", encoding="utf-8") as feed:
        for line in feed:
            record = json.loads(line)
            if record["docno"] in wanted and record["docno"] not in texts:
                texts[record["docno"]] = (record["text"], wanted[record["docno"]])
    return gold, texts


def run(use_ner=True, use_actors=True, use_geocoder=True, silver: Path | None = None):
    analyze = analyzer()
    gazetteer = None
    if use_geocoder:
        try:
            from hadath.geocode import Gazetteer
            gazetteer = Gazetteer.load()
        except Exception as exc:
            print(f"(no geocoder: {exc})", file=sys.stderr)
    find_entities, find_actors = recognizers(use_ner, use_actors)
    gold, texts = silver_set(silver) if silver else dev_set()
    preds = {}
    for g in gold:
        text, pub = texts[g["doc_id"]]
        art = Article(g["doc_id"], g["doc_id"], None, None, None, pub, "metadata", text, "", "utf-8",
                      dt.datetime.now(dt.timezone.utc), g["doc_id"])
        analysis = analyze(text, pub)
        entities = find_entities(text, analysis.sentences, analysis.tokens) if find_entities else []
        actors = find_actors(text) if find_actors else []
        events = code_events(art, analysis, entities, actors, min_confidence=0.0)
        if gazetteer is not None:  # as the pipeline does after coding
            gazetteer.geocode_events(art, events, gazetteer.find_places(text) +
                                     [m for m in entities if m.entity_type == "LOC"])
        preds[g["doc_id"]] = [asdict(e) for e in events]
    return gold, preds


def evaluate(score, gold, preds, threshold=0.0):
    n_pred = n_gold = tp = strict = 0
    slot_hits, slot_tot = Counter(), Counter()
    per_type = Counter()
    for g in gold:
        golds = g["events"]
        ps = [p for p in preds[g["doc_id"]] if p["confidence"] >= threshold]
        pairs = score.match_doc(golds, ps)
        optional_p = {pi for gi, pi in pairs if golds[gi].get("optional")}
        n_pred += len(ps) - len(optional_p)
        n_gold += sum(not x.get("optional") for x in golds)
        for gi, pi in pairs:
            if golds[gi].get("optional"):
                continue
            tp += 1
            agree = {s: score.slot_agrees(s, golds[gi], ps[pi]) for s in score.SLOTS}
            for s, a in agree.items():
                if a is not None:
                    slot_tot[s] += 1
                    slot_hits[s] += a
            strict += all(agree[s] in (None, True) for s in score.STRICT)
            per_type[golds[gi]["type"][0]] += 1
    return (score.prf(tp, n_pred, n_gold), score.prf(strict, n_pred, n_gold),
            {s: (round(slot_hits[s] / slot_tot[s], 3) if slot_tot[s] else None, slot_tot[s]) for s in score.SLOTS})


def main(argv=None):
    ap = argparse.ArgumentParser()
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--silver", action="store_const", const=SILVER, dest="silver",
                       help="score bench/silver/gold.jsonl instead of dev")
    which.add_argument("--heldout", action="store_const", const=HELDOUT, dest="silver",
                       help="score bench/silver/heldout.jsonl (kept out of tuning)")
    ap.add_argument("--show", help="print predictions and gold of one doc")
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--no-actors", action="store_true")
    ap.add_argument("--no-geocoder", action="store_true")
    args = ap.parse_args(argv)
    score = load_score()
    gold, preds = run(not args.no_ner, not args.no_actors, not args.no_geocoder, args.silver)
    t, s, slots = evaluate(score, gold, preds, MIN_CONFIDENCE)
    print(f"at the coder's threshold (confidence >= {MIN_CONFIDENCE}):")
    print(f"type   P {t['precision']:.3f} R {t['recall']:.3f} F1 {t['f1']:.3f} (tp {t['tp']} pred {t['predicted']} gold {t['gold']})")
    print(f"strict P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f} (tp {s['tp']})")
    print("slots  " + "  ".join(f"{k} {v[0]}/{v[1]}" for k, v in slots.items()))
    print("precision at confidence threshold (type match, optional gold removed):")
    for th in (0.0, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        t, s, _ = evaluate(score, gold, preds, th)
        print(f"  >= {th:.2f}: kept {t['predicted']:4d}  type P {t['precision']:.3f} R {t['recall']:.3f} "
              f"F1 {t['f1']:.3f}  strict P {s['precision']:.3f} F1 {s['f1']:.3f}")
    if args.show:
        g = next(x for x in gold if x["doc_id"] == args.show)
        pairs = dict((pi, gi) for gi, pi in score.match_doc(g["events"], preds[args.show]))
        for pi, p in enumerate(preds[args.show]):
            m = pairs.get(pi)
            print(f"PRED {p['event_type']:9s} {p['confidence']:.2f} [{p['trigger_text']}] a1={p['actor1_text']} a2={p['actor2_text']} "
                  f"loc={p['location_text']} {p['event_date']}/{p['date_source']} k={p['killed']} -> {'gold#%d' % m if m is not None else '-'}")
        for gi, e in enumerate(g["events"]):
            print(f"GOLD#{gi} {'opt' if e['optional'] else 'REQ'} {e['type']} a1={e['actor1'][:2]} a2={e['actor2'][:2]} loc={e['location'][:2]} {e['date']} k={e['killed']} :: {e['note']}")


if __name__ == "__main__":
    main()
