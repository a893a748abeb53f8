#!/usr/bin/env python3
"""Build include/hadath/data/verbs/verbs.txt, the words the event coder reads
as verbs, from the 31.5 k unlabeled news articles in ../shared/data/news
(override with HADATH_SHARED).

A word is a verb when the news writes it at least twice right after a particle
that only a verb follows (قد, لقد, لم, لن, سوف, with و/ف glued on) and never
with the article (التعرض is a noun, so تعرض stays out: it is both). The
argument linker stops a noun-phrase chunk at such a word, so دخلوا, تدخلت or
يقودها never become part of an actor (مسؤولين أمريكيين | دخلوا كوريا).
Deterministic: the same corpus gives the same file.

    python scripts/build_verbs.py [--check]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "include"))

from hadath.text.normalize import key  # noqa: E402

SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
OUTPUT = REPO / "include" / "hadath" / "data" / "verbs" / "verbs.txt"
VERB_PARTICLES = frozenset(key(w) for w in "قد لقد وقد فقد لم ولم فلم لن ولن فلن سوف وسوف".split())
MIN_AFTER_PARTICLE = 2
ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def verbs(news: Path) -> list[str]:
    after_particle, definite = Counter(), Counter()
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            previous = ""
            for word in map(key, ARABIC_WORD.findall(json.loads(line).get("text") or "")):
                if previous in VERB_PARTICLES:
                    after_particle[word] += 1
                if word.startswith("ال"):
                    definite[word[2:]] += 1
                previous = word
    return sorted(w for w, n in after_particle.items()
                  if n >= MIN_AFTER_PARTICLE and not definite[w] and len(w) > 1)


def render(words: list[str]) -> str:
    return ("# Built by scripts/build_verbs.py from the ANT news corpus; do not edit.\n"
            + "".join(w + "\n" for w in words))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when verbs.txt is stale")
    args = parser.parse_args()
    text = render(verbs(NEWS))
    if args.check:
        if not OUTPUT.exists() or OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run scripts/build_verbs.py", file=sys.stderr)
            return 1
        return 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT}: {text.count(chr(10)) - 1} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
