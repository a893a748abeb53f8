"""CRF features of the NER tagger, shared by training (`scripts/train_ner.py`)
and tagging (`ner.py`), so both see exactly the same feature strings.

A token is described by its keyed form, its clitic-stripped stem, affixes,
shape, the word2vec cluster ids of its form at several granularities and how
often its stem takes the article, a pronoun suffix or a plural ending
(`Lexicons.affixes`: Arabic has no capitals, but names rarely inflect; both
learned from the unlabeled news corpus), and gazetteer hits (surface phrases,
and CAMEO's lemmatised names matched on `lemma_fold`ed words); each token also
sees the word, stem and cluster ids of its neighbours within two positions
(not their affix counts: seen by neighbours too, they cost half a point of CV F1).

The second pass adds `context_features`: what the first pass said of the token,
of the same stem elsewhere in the nearby sentences (a name is tagged the same
way throughout an article), and of the same stem and of the phrases around it
across the unlabeled news corpus (`Lexicons.corpus_types`, `corpus_phrases`),
which carries knowledge of names that the labeled corpus never shows, and
how the labeled corpus tagged the word and the phrases around it
(`Lexicons.labeled_types`, `labeled_phrases`, counted on other parts of the
training text than the sentence's own, so the model learns how far they hold
for text it has not seen).
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from hadath.text.normalize import clitic_variants, key

WINDOW = 2
NEIGHBOURS = [off for off in range(-WINDOW, WINDOW + 1) if off]
_ARABIC = re.compile(r"[\u0621-\u064a]")
_LATIN = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"\d")
_PUNCT_ONLY = re.compile(r"^\W+$")
_LETTER = re.compile(r"[^\W\d_]")
# Sentences either side of a token that count as its document in the second
# pass (the CoNLL input has no document breaks; an article is ~20-40 sentences).
CONTEXT_WINDOW = 10
# Column order of the corpus type counts.
CORPUS_TYPES = ("O", "PERS", "LOC", "ORG", "MISC")
# Longest entity phrase (in words) that the corpus statistics count.
PHRASE_MAX = 4
# Longest entity phrase (in words) that the labeled statistics count.
LABELED_PHRASE_MAX = 6
# Stems need this many bare occurrences in the news corpus for affix features.
AFFIX_MIN_COUNT = 5
PRONOUN_SUFFIXES = ("ها", "هم", "هما", "كم", "نا")  # ه is left out: keyed ة is ه too
PLURAL_ENDINGS = ("ات", "ون", "ين")
# The second-pass features a token's neighbours (±1) see of it.
NEIGHBOUR_SEES = ("s1=", "dt=", "ct=", "cp=", "lt=", "lp=")


@lru_cache(maxsize=300_000)
def word_key(token: str) -> str:
    return key(token)


def shape(token: str) -> str:
    if _PUNCT_ONLY.match(token):
        return "punct"
    kinds = ("a" if _ARABIC.search(token) else "") + ("l" if _LATIN.search(token) else "") + (
        "d" if _DIGIT.search(token) else ""
    )
    return kinds or "other"


def lemma_fold(word: str) -> str:
    """A keyed word without article, teh marbuta and plural nisba ending, the
    form that meets CAMEO's lemmatised names (جامعة_عربي_) and text's surface
    words (الجامعة العربية) on one spelling: جامع عربي."""
    if word.startswith("ال") and len(word) >= 5:
        word = word[2:]
    if word.endswith("يه"):
        word = word[:-1]
    elif word.endswith("ه") and len(word) > 3:
        word = word[:-1]
    if word.endswith(("يين", "يون")):
        word = word[:-2]
    return word


class PhraseTable:
    """Gazetteer phrases (word tuples -> types), indexed by first word with the
    lengths longest first; `hits` marks the longest phrase at each position."""

    def __init__(self, phrases: dict[tuple[str, ...], frozenset[str]], name: str):
        self.phrases = phrases
        self.name = name
        lengths: dict[str, set[int]] = {}
        for phrase in phrases:
            lengths.setdefault(phrase[0], set()).add(len(phrase))
        self._lengths = {word: sorted(n, reverse=True) for word, n in lengths.items()}

    def hits(self, words: list[str], firsts: list[tuple[str, ...]] | None = None) -> list[list[str]]:
        """BIO-style hit features: a phrase starts at i when the word (or one of
        `firsts[i]`, other readings of it) and the `words` after it spell it."""
        hits: list[list[str]] = [[] for _ in words]
        i = 0
        while i < len(words):
            match = self._longest(words, firsts[i] if firsts else (words[i],), i)
            if match:
                n, types = match
                for t in sorted(types):
                    hits[i].append(f"{self.name}=B-{t}")
                    for j in range(i + 1, i + n):
                        hits[j].append(f"{self.name}=I-{t}")
            i += match[0] if match else 1
        return hits

    def _longest(self, words: list[str], firsts: tuple[str, ...], i: int) -> tuple[int, frozenset[str]] | None:
        best = None
        for first in firsts:
            for n in self._lengths.get(first, ()):
                if best and n <= best[0]:
                    break
                types = self.phrases.get((first, *words[i + 1 : i + n])) if i + n <= len(words) else None
                if types:
                    best = (n, types)
                    break
        return best


@dataclass
class Lexicons:
    """Word-level resources looked up by keyed form: cluster ids (one tuple per
    word, coarse to fine), gazetteer phrases (tuple of keyed words -> types),
    lemma phrases (tuples of `lemma_fold`ed words -> types: CAMEO's names),
    per stem how often the first pass tagged it as each of CORPUS_TYPES over
    the news corpus, and per phrase of 2 to PHRASE_MAX keyed words how often
    it tagged the phrase as one entity of each type (and how often not); per
    stem its `affix_forms` counts in the news corpus; and per keyed word and
    per entity phrase of 2 to LABELED_PHRASE_MAX words, the same type counts
    as the corpus ones, from the gold tags of the labeled corpus."""

    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    lemma_phrases: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    corpus_types: dict[str, tuple[int, ...]] = field(default_factory=dict)
    corpus_phrases: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)
    affixes: dict[str, tuple[int, int, int, int]] = field(default_factory=dict)
    labeled_types: dict[str, tuple[int, ...]] = field(default_factory=dict)
    labeled_phrases: dict[tuple[str, ...], tuple[int, ...]] = field(default_factory=dict)
    _surface_table: PhraseTable = field(init=False, repr=False)
    _lemma_table: PhraseTable = field(init=False, repr=False)
    _corpus_table: PhraseTable = field(init=False, repr=False)
    _labeled_table: PhraseTable = field(init=False, repr=False)
    _memo: dict[str, WordFeatures] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self._surface_table = PhraseTable(self.phrases, "gz")
        self._lemma_table = PhraseTable(self.lemma_phrases, "gl")
        self._corpus_table = PhraseTable(banded_phrases(self.corpus_phrases, min_count=2), "cp")
        self._labeled_table = PhraseTable(banded_phrases(self.labeled_phrases, min_count=1), "lp")

    def stem(self, token_key: str) -> str:
        """The shortest proclitic-stripped reading (و ف, ب ل ك, ال removed) that
        the news vocabulary knows as a word, so names that merely start with
        one of those letters (فرانكفورت) stay whole; the word itself otherwise."""
        for variant in reversed(clitic_variants(token_key, suffixes=False)[1:]):
            if variant in self.clusters:
                return variant
        return token_key

    def cluster_ids(self, token_key: str) -> tuple[str, ...]:
        """Cluster ids of the word, else of its first clitic-stripped variant
        known (marked with a leading `s`)."""
        ids = self.clusters.get(token_key)
        if ids is not None:
            return ids
        for variant in clitic_variants(token_key, suffixes=False)[1:]:
            ids = self.clusters.get(variant)
            if ids is not None:
                return tuple("s" + c for c in ids)
        return ()

    def gazetteer_tags(self, words: list[WordFeatures]) -> list[list[str]]:
        """Gazetteer hit features: surface phrases with the first word read as
        is or proclitic-stripped, and lemma phrases read on the words' lemmas."""
        keys = [w.key for w in words]
        hits = self._surface_table.hits(keys, [clitic_variants(k, suffixes=False) for k in keys])
        for own, more in zip(hits, self._lemma_table.hits([w.lemma for w in words])):
            own += more
        return hits

    def corpus_phrase_tags(self, keys: list[str]) -> list[list[str]]:
        """Hit features of the corpus phrases, by their banded entity types."""
        return self._corpus_table.hits(keys)

    def labeled_phrase_tags(self, keys: list[str]) -> list[list[str]]:
        """Hit features of the labeled corpus's entity phrases, by their banded types."""
        return self._labeled_table.hits(keys)

    def word_features(self, token: str) -> WordFeatures:
        """The token type's features, memoized."""
        cached = self._memo.get(token)
        if cached is None:
            if len(self._memo) > 500_000:
                self._memo.clear()
            cached = self._memo[token] = self._word_features(token)
        return cached

    def _word_features(self, token: str) -> WordFeatures:
        k = word_key(token)
        s = self.stem(k)
        own = (
            f"p2={k[:2]}", f"p3={k[:3]}", f"x1={k[-1:]}", f"x2={k[-2:]}", f"x3={k[-3:]}",
            f"sp2={s[:2]}", f"sx2={s[-2:]}", f"sx3={s[-3:]}", f"cl={k[: len(k) - len(s)]}",
            f"len={min(len(s), 8)}", f"sh={shape(token)}", *affix_features(self.affixes.get(s)),
        )
        shared = (f"w={k}", f"s={s}", *(f"c{n}={c}" for n, c in enumerate(self.cluster_ids(k))))
        seen = {off: tuple(f"{off}{f}" for f in shared) for off in NEIGHBOURS}
        return WordFeatures(k, lemma_fold(s), own, shared, seen)


class WordFeatures(NamedTuple):
    key: str
    lemma: str  # `lemma_fold` of its stem, for lemma phrases
    own: tuple[str, ...]  # only the token itself carries these
    shared: tuple[str, ...]  # its neighbours see these too,
    seen: dict[int, tuple[str, ...]]  # prefixed with their offset


def sentence_parts(tokens: list[str], lexicons: Lexicons) -> tuple[list[WordFeatures], list[list[str]]]:
    """The tokens' word-type features (`WordFeatures`: the same wherever the
    word occurs), and per token the features that depend on where it stands:
    bias, sentence edges, gazetteer hits around it and word bigrams."""
    words = [lexicons.word_features(t) for t in tokens]
    keys = [w.key for w in words]
    gazetteer = lexicons.gazetteer_tags(words)
    n = len(tokens)
    positional = []
    for i in range(n):
        feats = ["bias", *gazetteer[i]]
        if i == 0:
            feats.append("BOS")
        if i == n - 1:
            feats.append("EOS")
        for off in NEIGHBOURS:
            j = i + off
            if 0 <= j < n:
                feats += [f"{off}{g}" for g in gazetteer[j]]
            else:
                feats.append(f"{off}pad")
        if i > 0:
            feats.append(f"w-1|w={keys[i - 1]}|{keys[i]}")
        if i < n - 1:
            feats.append(f"w|w+1={keys[i]}|{keys[i + 1]}")
        positional.append(feats)
    return words, positional


def sentence_features(tokens: list[str], lexicons: Lexicons) -> list[list[str]]:
    """One feature-string list per token: its word-type features, what it sees
    of its neighbours' (`WINDOW` either side), and its positional ones."""
    words, positional = sentence_parts(tokens, lexicons)
    n = len(words)
    return [
        [
            *word.own,
            *word.shared,
            *(f for off in NEIGHBOURS if 0 <= i + off < n for f in words[i + off].seen[off]),
            *positional[i],
        ]
        for i, word in enumerate(words)
    ]


def has_letter(word: str) -> bool:
    """Words get corpus statistics; punctuation and numbers (the `-` inside
    many names) would only blur them."""
    return bool(_LETTER.search(word))


@lru_cache(maxsize=100_000)
def corpus_type_features(counts: tuple[int, ...] | None, name: str = "ct") -> tuple[str, ...]:
    """How the first pass tagged this stem over the news corpus (or the gold
    tags this word in the labeled corpus, `name` lt): the share of its
    occurrences per entity type in three bands, and the count's order of
    magnitude (stems seen fewer than twice are left out of the table: `unseen`)."""
    if counts is None:
        return (f"{name}=unseen",)
    total = sum(counts)
    feats = []
    for entity_type, n in zip(CORPUS_TYPES[1:], counts[1:]):
        share = n / total
        if share >= 0.05:  # below, it is the first pass's noise on a common word
            band = "hi" if share >= 0.5 else "mid" if share >= 0.2 else "lo"
            feats.append(f"{name}={entity_type}:{band}")
        if n >= 3:  # a new name (ترامب) is mostly missed, but often enough caught
            feats.append(f"{name}n={entity_type}:{min(3, int(math.log10(n)))}")
    if not any(f.startswith(f"{name}=") for f in feats) and total >= 5:
        feats.append(f"{name}=O")
    return tuple(feats)


def corpus_phrase_types(counts: tuple[int, ...], min_count: int = 2) -> frozenset[str]:
    """The entity types a corpus phrase was tagged as in at least a tenth of its
    occurrences (and `min_count` times), banded by that share like
    `corpus_type_features`."""
    total = sum(counts)
    return frozenset(
        f"{entity_type}:{'hi' if n >= total / 2 else 'mid' if n >= total / 4 else 'lo'}"
        for entity_type, n in zip(CORPUS_TYPES[1:], counts[1:])
        if n >= min_count and n >= total / 10
    )


def banded_phrases(counts: dict[tuple[str, ...], tuple[int, ...]], min_count: int) -> dict[tuple[str, ...], frozenset[str]]:
    """The phrases that `corpus_phrase_types` gives a type, with those types."""
    return {p: types for p, row in counts.items() if (types := corpus_phrase_types(row, min_count))}


def affix_forms(stem: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The stem with the article, with a pronoun suffix and with a plural
    ending: the forms common nouns and adjectives take and names rarely do.
    A keyed ة ending becomes ت before a suffix (شركه -> شركتها) and gives way
    to ات (شركات)."""
    article = () if stem.startswith("ال") else ("ال" + stem,)
    if stem.endswith("ه"):
        bound = stem[:-1] + "ت"
        return article, tuple(bound + s for s in (*PRONOUN_SUFFIXES, "ه")), (stem[:-1] + "ات",)
    return article, tuple(stem + s for s in PRONOUN_SUFFIXES), tuple(stem + e for e in PLURAL_ENDINGS)


@lru_cache(maxsize=100_000)
def affix_features(counts: tuple[int, int, int, int] | None) -> tuple[str, ...]:
    """How often the stem takes each kind of `affix_forms` in the news corpus,
    relative to its bare count, in bands (`0` never); none for stems the table
    leaves out (fewer than AFFIX_MIN_COUNT bare occurrences, or short)."""
    if counts is None:
        return ()
    bare, *forms = counts

    def band(n: int) -> str:
        return "0" if n == 0 else "lo" if n < 0.05 * bare else "mid" if n < 0.3 * bare else "hi"

    return (
        *(f"{kind}={band(n)}" for kind, n in zip(("afd", "afs", "afp"), forms)),
        f"afall={'0' if sum(forms) == 0 else 'x'}",
    )


def context_features(
    sentences: list[list[str]], first_tags: list[list[str]], lexicons: Lexicons
) -> list[list[list[str]]]:
    """Second-pass features per token of consecutive sentences (an article, or
    a CoNLL file): its first-pass tag, the type the first pass gave most often
    to the same stem within CONTEXT_WINDOW sentences (itself excluded), its
    corpus type shares and the corpus phrases it is part of, and its labeled
    type shares and the labeled phrases it is part of; its neighbours' are
    seen too (but for the counts' orders of magnitude)."""
    keys = [[word_key(t) for t in tokens] for tokens in sentences]
    stems = [[lexicons.stem(k) for k in sentence_keys] for sentence_keys in keys]
    types = [[tag[2:] or "O" for tag in tags] for tags in first_tags]
    nearby: dict[str, Counter] = defaultdict(Counter)  # stem -> first-pass types within the window

    def slide(s: int, step: int) -> None:
        if 0 <= s < len(stems):
            for stem, t in zip(stems[s], types[s]):
                nearby[stem][t] += step

    for s in range(CONTEXT_WINDOW):
        slide(s, 1)
    out = []
    for s, sentence_stems in enumerate(stems):
        slide(s + CONTEXT_WINDOW, 1)
        slide(s - CONTEXT_WINDOW - 1, -1)
        own = lexicons.corpus_phrase_tags(keys[s])
        for feats, labeled in zip(own, lexicons.labeled_phrase_tags(keys[s])):
            feats += labeled
        for i, stem in enumerate(sentence_stems):
            feats = own[i]
            feats.append(f"s1={first_tags[s][i]}")
            if has_letter(keys[s][i]):
                feats += corpus_type_features(lexicons.labeled_types.get(keys[s][i]), "lt")
            if has_letter(stem):
                feats += corpus_type_features(lexicons.corpus_types.get(stem))
            counts, own_type = nearby[stem], types[s][i]
            others = sum(counts.values()) - 1
            entity_counts = {t: n - (t == own_type) for t, n in counts.items() if t != "O"}
            entity_counts = {t: n for t, n in entity_counts.items() if n > 0}
            if entity_counts:
                best = max(sorted(entity_counts), key=entity_counts.get)
                share = entity_counts[best] / others
                feats += [f"dt={best}", f"dt={best}{'hi' if share > 0.5 else 'lo'}"]
            elif others > 0:
                feats.append("dtO")
        out.append([
            own[i] + [f"{off}{f}" for off in (-1, 1) if 0 <= i + off < len(own)
                      for f in own[i + off] if f.startswith(NEIGHBOUR_SEES)]
            for i in range(len(own))
        ])
    return out
