"""Arabic named-entity recognizer (PERS, LOC, ORG, MISC) shipped with the package.

A linear-chain CRF (python-crfsuite) over rich lexical features, word clusters
learned from unlabeled news, gazetteer hits (`ner_features.py`) and the tags a
small window MLP reads off word2vec vectors (`ner_mlp.py`); trained on
ANERcorp by `scripts/train_ner.py`. Everything it needs is in `hadath/data/ner/`: it runs
offline, on one CPU core, with no torch.
"""
from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

import numpy as np
import pycrfsuite

from hadath.recognize.ner_features import Lexicons, sentence_features, word_key
from hadath.recognize.ner_mlp import WindowMlp
from hadath.records import Mention, Sentence, Token

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "ner"
MODEL_FILE = "ner.crfsuite"
CLUSTERS_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
MLP_FILE = "window_mlp.npz"
ENTITY_TYPES = ("PERS", "LOC", "ORG", "MISC")


def load_lexicons(data_dir: Path = DATA_DIR) -> Lexicons:
    """Cluster ids (`word<TAB>id<TAB>id…`) and gazetteer phrases (`TYPE<TAB>keyed
    phrase`); a missing file is an empty table."""
    clusters: dict[str, tuple[str, ...]] = {}
    clusters_path = data_dir / CLUSTERS_FILE
    if clusters_path.exists():
        with gzip.open(clusters_path, "rt", encoding="utf-8") as f:
            for line in f:
                word, *ids = line.rstrip("\n").split("\t")
                clusters[word] = tuple(ids)
    phrases: dict[tuple[str, ...], set[str]] = {}
    gazetteer_path = data_dir / GAZETTEER_FILE
    if gazetteer_path.exists():
        with gzip.open(gazetteer_path, "rt", encoding="utf-8") as f:
            for line in f:
                entity_type, phrase = line.rstrip("\n").split("\t")
                phrases.setdefault(tuple(phrase.split(" ")), set()).add(entity_type)
    return Lexicons(clusters=clusters, phrases={p: frozenset(t) for p, t in phrases.items()})


def load_mlp(data_dir: Path, lexicons: Lexicons) -> WindowMlp | None:
    """The window MLP: `vectors` (float16 unit rows, one per cluster-file word,
    same order), `classes`, and `w0`, `b0`, `w1`, `b1`, … per layer."""
    path = data_dir / MLP_FILE
    if not path.exists():
        return None
    with np.load(path) as arrays:
        layers = sum(1 for name in arrays.files if name.startswith("w"))
        return WindowMlp.from_arrays(
            arrays["vectors"],
            lexicons.clusters,
            [arrays[f"w{i}"] for i in range(layers)],
            [arrays[f"b{i}"] for i in range(layers)],
            arrays["classes"],
        )


class NerTagger:
    """BIO tagger: `tag([[token, …], …]) -> [[tag, …], …]`."""

    def __init__(self, model_path: Path, lexicons: Lexicons, mlp: WindowMlp | None = None):
        self.lexicons = lexicons
        self.mlp = mlp
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))

    def tag(self, sentences: list[list[str]]) -> list[list[str]]:
        if self.mlp is None:
            guesses = [None] * len(sentences)
        else:
            guesses = self.mlp.guesses([[word_key(t) for t in tokens] for tokens in sentences])
        return [
            self._tagger.tag(sentence_features(tokens, self.lexicons, g)) if tokens else []
            for tokens, g in zip(sentences, guesses)
        ]


@lru_cache(maxsize=1)
def load_tagger() -> NerTagger:
    """The shipped model, loaded once per process."""
    lexicons = load_lexicons(DATA_DIR)
    return NerTagger(DATA_DIR / MODEL_FILE, lexicons, load_mlp(DATA_DIR, lexicons))


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
            char_start, char_end = group[start].start, group[end - 1].end
            mentions.append(
                Mention(
                    entity_type=entity_type,
                    text=text[char_start:char_end],
                    char_start=char_start,
                    char_end=char_end,
                    source="ner",
                )
            )
    return mentions
