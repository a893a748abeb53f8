"""Arabic named-entity recognizer (PERS, LOC, ORG, MISC) shipped with the package.

Two linear-chain CRFs, trained with python-crfsuite on ANERcorp by
`scripts/train_ner.py` and decoded by `crf.py`. The first reads rich lexical
features, word clusters learned from unlabeled news and gazetteer hits
(`ner_features.py`); the second reads the same plus what the first said of the
token, of the same word elsewhere in the article, and of the same word and
phrase across the unlabeled news corpus (`ner_features.context_features`), and
learns BIOES tags (`bioes`). Everything it needs is in `hadath/data/ner/`: it
runs offline, on one CPU core, with no torch.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

import numpy as np

from hadath.recognize.crf import CrfWeights
from hadath.recognize.ner_features import NEIGHBOURS, Lexicons, WordFeatures, context_features, sentence_parts
from hadath.records import Mention, Sentence, Token
from hadath.text.normalize import INVISIBLE

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
FIRST_MODEL_FILE = "ner_first_weights.tsv.gz"
MODEL_FILE = "ner_final_weights.tsv.gz"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
LEMMA_GAZETTEER_FILE = "lemma_gazetteer.tsv.gz"
CORPUS_TYPES_FILE = "corpus_types.tsv.gz"
CORPUS_PHRASES_FILE = "corpus_phrases.tsv.gz"
AFFIXES_FILE = "corpus_affixes.tsv.gz"
LABELED_TYPES_FILE = "labeled_types.tsv.gz"
LABELED_PHRASES_FILE = "labeled_phrases.tsv.gz"
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")


def _tsv_rows(path: Path):
    """Tab-split rows of a gzipped UTF-8 file; none when it is missing."""
    if path.exists():
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                yield line.rstrip("\n").split("\t")


def load_lexicons(data_dir: Path = DATA_DIR) -> Lexicons:
    """Cluster ids (`word<TAB>id<TAB>id…`), gazetteer and lemma gazetteer
    phrases (`TYPE<TAB>phrase`), type counts of stems, words and phrases in
    the news and the labeled corpus (`stem<TAB>O<TAB>PERS<TAB>LOC<TAB>ORG<TAB>MISC`)
    and stems' affix counts (`stem<TAB>bare<TAB>article<TAB>suffix<TAB>plural`);
    a missing file is an empty table."""
    clusters = {word: tuple(ids) for word, *ids in _tsv_rows(data_dir / CLUSTERS_FILE)}
    return Lexicons(
        clusters=clusters,
        phrases=_phrase_types(data_dir / GAZETTEER_FILE),
        lemma_phrases=_phrase_types(data_dir / LEMMA_GAZETTEER_FILE),
        corpus_types=_counts(data_dir / CORPUS_TYPES_FILE),
        corpus_phrases=_phrase_counts(data_dir / CORPUS_PHRASES_FILE),
        affixes=_counts(data_dir / AFFIXES_FILE),
        labeled_types=_counts(data_dir / LABELED_TYPES_FILE),
        labeled_phrases=_phrase_counts(data_dir / LABELED_PHRASES_FILE),
    )


def _counts(path: Path) -> dict[str, tuple[int, ...]]:
    return {word: tuple(map(int, counts)) for word, *counts in _tsv_rows(path)}


def _phrase_counts(path: Path) -> dict[tuple[str, ...], tuple[int, ...]]:
    return {tuple(phrase.split(" ")): counts for phrase, counts in _counts(path).items()}


def _phrase_types(path: Path) -> dict[tuple[str, ...], frozenset[str]]:
    phrases: dict[tuple[str, ...], set[str]] = {}
    for entity_type, phrase in _tsv_rows(path):
        phrases.setdefault(tuple(phrase.split(" ")), set()).add(entity_type)
    return {p: frozenset(t) for p, t in phrases.items()}


class CrfPass:
    """One CRF over `ner_features`: the word-type part of a token's score (its
    own features and what its neighbours see of it) is summed once per word
    type; only the positional features are looked up per token."""

    _MEMO_LIMIT = 300_000

    def __init__(self, weights: CrfWeights):
        self.weights = weights
        self._type_scores: dict[str, np.ndarray] = {}

    @classmethod
    def load(cls, path: Path) -> CrfPass:
        return cls(CrfWeights.load(path))

    def _word_scores(self, token: str, word: WordFeatures) -> np.ndarray:
        """Rows: the word's own score, then what it adds to a token at each of NEIGHBOURS."""
        scores = self._type_scores.get(token)
        if scores is None:
            if len(self._type_scores) > self._MEMO_LIMIT:
                self._type_scores.clear()
            scores = self._type_scores[token] = self.weights.scores(
                [[*word.own, *word.shared], *(word.seen[off] for off in NEIGHBOURS)]
            )
        return scores

    def emissions(self, tokens: list[str], words: list[WordFeatures], positional: list[list[str]]) -> np.ndarray:
        """Per-token label scores (tokens × labels); `positional` may carry more
        per-token features than `sentence_parts` gave (the second pass's)."""
        n = len(tokens)
        if n == 0:
            return np.zeros((0, len(self.weights.labels)))
        by_word = np.array([self._word_scores(t, w) for t, w in zip(tokens, words)])
        scores = by_word[:, 0] + self.weights.scores(positional)
        for row, off in enumerate(NEIGHBOURS, start=1):
            if off > 0:
                scores[: n - off] += by_word[off:, row]
            else:
                scores[-off:] += by_word[: n + off, row]
        return scores

    def tag(self, sentences: list[tuple[list[str], list[WordFeatures], list[list[str]]]]) -> list[list[str]]:
        """BIO tags of (tokens, word features, positional features) sentences
        (a model trained on BIOES tags answers in BIO too)."""
        return [bio(path) for path in self.weights.viterbi([self.emissions(*sentence) for sentence in sentences])]


class NerTagger:
    """BIO tagger: `tag([[token, …], …]) -> [[tag, …], …]`. The sentences are
    read as consecutive text (an article, a CoNLL file), which the second pass
    looks across. With no second model, the first pass's tags are the answer."""

    def __init__(self, lexicons: Lexicons, first_model: Path, final_model: Path | None = None):
        self.lexicons = lexicons
        self._first = CrfPass.load(first_model)
        self._final = CrfPass.load(final_model) if final_model else None

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        parts = [sentence_parts(tokens, self.lexicons) for tokens in sentences]
        first = self._first.tag([(tokens, *p) for tokens, p in zip(sentences, parts)])
        if self._final is None:
            return first
        context = context_features(sentences, first, self.lexicons)
        final = self._final.tag([
            (tokens, words, [a + b for a, b in zip(positional, more)])
            for tokens, (words, positional), more in zip(sentences, parts, context)
        ])
        return [keep_first_entities(f, g) for f, g in zip(first, final)]


def keep_first_entities(first: list[str], final: list[str]) -> list[str]:
    """The final tags, plus every first-pass entity the final pass left wholly
    O: the second pass learned how far to trust the first on 2006 ANERcorp, and
    on newer text it would drop names its corpus shares know only in part
    (دونالد ترامب). It may retype and reshape entities, not delete them (CV F1
    is the same either way)."""
    merged = list(final)
    for start, end, _ in entity_spans(first):
        if all(tag == "O" for tag in final[start:end]):
            merged[start:end] = first[start:end]
    return merged


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped models, loaded once per process."""
    return NerTagger(load_lexicons(DATA_DIR), DATA_DIR / FIRST_MODEL_FILE, DATA_DIR / MODEL_FILE)


def entity_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) token spans of a BIO sequence; an I- that does not
    continue an entity of its type starts one (conlleval's reading)."""
    spans: list[tuple[int, int, str]] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            spans.append((start, i, kind))
            start = kind = None
        if prefix in ("B", "I") and start is None:
            start, kind = i, label
    return spans


def bioes(tags: list[str]) -> list[str]:
    """BIO tags as BIOES: a one-word entity is S-, a longer one ends with E-.
    The final pass learns these: labels that say where a name ends lifted its
    CV F1 by 0.4 points (PERS by 1.0)."""
    out = ["O"] * len(tags)
    for start, end, entity_type in entity_spans(tags):
        if end - start == 1:
            out[start] = f"S-{entity_type}"
        else:
            out[start:end] = [f"B-{entity_type}", *[f"I-{entity_type}"] * (end - start - 2), f"E-{entity_type}"]
    return out


def bio(tags: list[str]) -> list[str]:
    """BIOES (or BIO) tags as BIO."""
    return ["B" + t[1:] if t.startswith("S-") else "I" + t[1:] if t.startswith("E-") else t for t in tags]


def read_conll(path: str | Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a CoNLL file: first column is the token,
    last the tag (O when there is only one column), blank lines split sentences."""
    sentences, current = [], []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((parts[0], parts[-1] if len(parts) > 1 else "O"))
    if current:
        sentences.append(current)
    return sentences


def tag_conll(in_path: str, out_path: str) -> int:
    """Tag the tokens of a CoNLL file and write `token TAG` lines, same tokens,
    one blank line after each sentence; returns the sentence count."""
    sentences = [[token for token, _ in sentence] for sentence in read_conll(in_path)]
    tags = load_tagger().tag(sentences)
    with open(out_path, "w", encoding="utf-8") as out:
        for tokens, sentence_tags in zip(sentences, tags):
            out.writelines(f"{token} {tag}\n" for token, tag in zip(tokens, sentence_tags))
            out.write("\n")
    return len(sentences)


def find_entities(text: str, sentences: list[Sentence], tokens: list[Token]) -> list[Mention]:
    """PERS/LOC/ORG/MISC mentions of an article, as char spans into `text`."""
    groups: list[list[Token]] = [[] for _ in sentences]
    s = 0
    for token in sorted(tokens, key=lambda t: t.start):
        while s < len(sentences) and token.start >= sentences[s].end:
            s += 1
        if s == len(sentences):
            break
        if token.start >= sentences[s].start:
            groups[s].append(token)
    tag_lists = load_tagger().tag([[t.text for t in group] for group in groups])
    mentions = []
    for group, tags in zip(groups, tag_lists):
        for start, end, entity_type in entity_spans(tags):
            span = text[group[start].start : group[end - 1].end]
            name = span.strip(INVISIBLE)  # a token may carry a bidi mark (\u200fلبنان)
            if not name:
                continue
            char_start = group[start].start + len(span) - len(span.lstrip(INVISIBLE))
            mentions.append(
                Mention(
                    entity_type=entity_type,
                    text=name,
                    char_start=char_start,
                    char_end=char_start + len(name),
                    source="ner",
                )
            )
    return mentions
