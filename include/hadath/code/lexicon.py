"""The trigger lexicon (data/triggers/triggers.tsv) and matching it on tokens.

Matching runs on the normalized key of each token and on its clitic variants
(hadath.text.normalize), so و/ف/ب/ل/ك/ال and pronoun suffixes never hide a
trigger; a future prefix س on an imperfect verb is recognized and reported.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from hadath.text.normalize import clitic_variants, key

TRIGGERS_TSV = Path(__file__).resolve().parents[1] / "data" / "triggers" / "triggers.tsv"
VERBS_TXT = Path(__file__).resolve().parents[1] / "data" / "verbs" / "verbs.txt"
OBJECT_SUFFIXES = ("هما", "هم", "ها", "نا")  # (not a bare ه: keyed ة is ه, إدارة → ادار+ه)
GAP = "~"
MAX_GAP = 3  # tokens a "~" in a phrase may stand for


@dataclass(frozen=True, slots=True)
class Entry:
    """One keyed form of a trigger or cue word."""

    words: tuple[str, ...]
    type: str
    mode: str | None
    pos: str
    role: str
    prior: float
    tense: str
    source: str


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found at tokens [start, end) of a sentence."""

    entry: Entry
    start: int
    end: int
    future: bool = False


@lru_cache(maxsize=200_000)
def token_variants(token_text: str) -> tuple[str, ...]:
    """Keys a token may be looked up under: itself, clitic stems, suffix stems."""
    k = key(token_text)
    if len(k) < 2:
        return (k,)
    found = clitic_variants(k)
    if k[0] in "وف" and len(k) == 3:
        found.append(k[1:])  # ولم, فلن: normalize offers no two-letter stems
    if token_text.endswith("ة"):
        # وعدة ("and several") keys to وعده, but a written ة is no pronoun ه: not وعد + ه
        found = [v for v in found if not k[:-1].endswith(v)]
    return tuple(found)


class Lexicon:
    """Entries indexed by their first word."""

    def __init__(self, entries: list[Entry], version: str):
        self.version = version
        self.by_first: dict[str, list[Entry]] = {}
        for e in entries:
            self.by_first.setdefault(e.words[0], []).append(e)
        for bucket in self.by_first.values():
            bucket.sort(key=lambda e: (-len(e.words), -e.prior))

    @classmethod
    def load(cls, path: Path = TRIGGERS_TSV) -> "Lexicon":
        entries, version = [], ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# version"):
                version = line.split("\t")[1]
            if not line or line.startswith("#"):
                continue
            words, typ, mode, pos, role, prior, tense, source = line.split("\t")
            entries.append(Entry(tuple(words.split()), typ, None if mode == "-" else mode,
                                 pos, role, float(prior), tense, source))
        return cls(entries, version)

    def _rest_matches(self, words: tuple[str, ...], variants: list[tuple[str, ...]], i: int) -> int | None:
        """End index when words[1:] match tokens from i on, else None."""
        pos, w = i, 1
        while w < len(words):
            if words[w] == GAP:
                target = words[w + 1]
                for j in range(pos, min(pos + MAX_GAP + 1, len(variants))):
                    if target in variants[j]:
                        pos, w = j + 1, w + 2
                        break
                else:
                    return None
                continue
            if pos >= len(variants) or words[w] not in variants[pos]:
                return None
            pos, w = pos + 1, w + 1
        return pos

    def matches_at(self, variants: list[tuple[str, ...]], i: int) -> list[Match]:
        """Every entry that starts at token i (longest first, a blocker first among equals)."""
        found: list[Match] = []
        word = variants[i][0]
        for v in variants[i]:
            # Keyed ة is ه, so وزارة looks like و+زار+ه and إصابة like أصاب+ه:
            # a verb never matches by shedding a final ه. Nor after a
            # preposition or the article (كلام is no ك+لام): verbs take و/ف only
            # (وحث, وشن: a doubled root's perfect is two letters).
            core = word[1:] if word[:1] in "وف" and len(word) > 2 else word
            verbs_ok = (word.endswith(v) or not word.endswith("ه")) and (
                core.startswith(v) or word.startswith(v))
            for e in self.by_first.get(v, ()):
                if not verbs_ok and e.tense != "noun":
                    continue
                end = self._rest_matches(e.words, variants, i + 1)
                if end is not None:
                    found.append(Match(e, i, end))
            # سيفعل / ستفعل / سنفعل: the future of an imperfect verb form.
            if v[:1] == "س" and v[1:2] in ("ي", "ت", "ن") and len(v) > 3:
                for e in self.by_first.get(v[1:], ()):
                    if e.tense == "imperf":
                        end = self._rest_matches(e.words, variants, i + 1)
                        if end is not None:
                            found.append(Match(e, i, end, future=True))
        # A blocker beats a trigger of its length (بالضبط, "exactly", over ضبط).
        found.sort(key=lambda m: (-(m.end - m.start), m.entry.type != "NONE", -m.entry.prior))
        return found


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return Lexicon.load()


@lru_cache(maxsize=1)
def known_verbs() -> frozenset[str]:
    """The keyed words the news writes only as verbs (data/verbs, built by
    scripts/build_verbs.py)."""
    lines = VERBS_TXT.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def is_verb(k: str) -> bool:
    """دخلوا, ودعا, ليرتمي, يقودها, ستضرب: a known verb under و/ف/ل, the future
    س or an object pronoun."""
    verbs = known_verbs()
    stems = [k]
    if len(k) > 3 and k[0] in "وفل":
        stems.append(k[1:])
        if k[1] == "ل" and k[0] in "وف":
            stems.append(k[2:])
    stems += [s[1:] for s in stems if len(s) > 3 and s[0] == "س" and s[1] in "يتن"]
    return any(s in verbs or any(s.endswith(x) and s[:-len(x)] in verbs for x in OBJECT_SUFFIXES)
               for s in stems)
