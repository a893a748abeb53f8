"""Linear-chain CRF weights and Viterbi decoding, for models trained by
python-crfsuite.

crfsuite trains the NER models (`scripts/train_ner.py`), but tagging with it
costs a dictionary lookup per feature string per token, about a hundred per
token, every time. Most of those features belong to the word type, not to the
token, so `ner.py` sums their weights once per type and decodes here: the same
model, several times faster. The weights are kept as a gzipped TSV (a header of
labels, one row per attribute and one per transition source label).
"""
from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

_TRANSITION = "transition:"  # row prefix of a transition source label; feature strings never start so
_BATCH = 64  # sequences decoded together


class CrfWeights:
    """labels; per attribute its weight for each label (a row of `matrix`,
    found through `index`); transitions[i, j] the weight of label i followed
    by label j."""

    def __init__(self, labels: tuple[str, ...], attributes: dict[str, np.ndarray], transitions: np.ndarray):
        self.labels = labels
        self.transitions = transitions
        self.index = {attribute: row for row, attribute in enumerate(attributes)}
        # A last row of zeros, which every feature list gets, so none is empty.
        self.matrix = np.vstack([*attributes.values(), np.zeros(len(labels))])
        self._zero_row = len(attributes)

    @classmethod
    def from_crfsuite(cls, model_path: Path) -> CrfWeights:
        """The weights of a crfsuite model file (as its dump prints them: six decimals)."""
        import pycrfsuite

        tagger = pycrfsuite.Tagger()
        tagger.open(str(model_path))
        info = tagger.info()
        labels = tuple(sorted(info.labels, key=lambda label: int(info.labels[label])))
        label_index = {label: i for i, label in enumerate(labels)}
        attributes: dict[str, np.ndarray] = {}
        for (attribute, label), weight in sorted(info.state_features.items()):
            attributes.setdefault(attribute, np.zeros(len(labels)))[label_index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (source, target), weight in info.transitions.items():
            transitions[label_index[source], label_index[target]] = weight
        return cls(labels, attributes, transitions)

    def rows(self):
        """The TSV rows `load` reads."""
        yield ("attribute", *self.labels)
        for label, row in zip(self.labels, self.transitions):
            yield (_TRANSITION + label, *map(_number, row))
        for attribute, row in self.index.items():
            yield (attribute, *map(_number, self.matrix[row]))

    @classmethod
    def load(cls, path: Path) -> CrfWeights:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            _, *labels = next(f).rstrip("\n").split("\t")
            transitions = np.array(
                [[float(w) for w in next(f).rstrip("\n").split("\t")[1:]] for _ in labels]
            )
            attributes = {}
            for line in f:
                attribute, *weights = line.rstrip("\n").split("\t")
                attributes[attribute] = np.array([float(w) for w in weights])
        return cls(tuple(labels), attributes, transitions)

    def scores(self, feature_lists: list[list[str]]) -> np.ndarray:
        """Per feature list, its features' summed weights per label (lists ×
        labels); features the model does not know weigh nothing."""
        get, rows, starts = self.index.get, [], []
        for features in feature_lists:
            starts.append(len(rows))
            rows.append(self._zero_row)
            rows += [row for row in map(get, features) if row is not None]
        return np.add.reduceat(self.matrix[rows], starts, axis=0)

    def viterbi(self, emissions: list[np.ndarray]) -> list[list[str]]:
        """The best label sequence of each sequence of per-token label scores
        (tokens × labels). Sequences of similar length are decoded together."""
        order = sorted(range(len(emissions)), key=lambda k: len(emissions[k]))
        paths: list[list[str]] = [[] for _ in emissions]
        for batch_start in range(0, len(order), _BATCH):
            batch = [k for k in order[batch_start : batch_start + _BATCH] if len(emissions[k])]
            for k, path in zip(batch, self._viterbi_batch([emissions[k] for k in batch])):
                paths[k] = [self.labels[j] for j in path]
        return paths

    def _viterbi_batch(self, emissions: list[np.ndarray]) -> list[np.ndarray]:
        """Best label indices of non-empty sequences, padded to the longest
        (a finished sequence keeps its scores, and its path its last label)."""
        if not emissions:
            return []
        lengths = np.array([len(e) for e in emissions])
        n_seq, n_pos, n_labels = len(emissions), int(lengths.max()), len(self.labels)
        padded = np.zeros((n_seq, n_pos, n_labels))
        for k, e in enumerate(emissions):
            padded[k, : len(e)] = e
        backpointers = np.zeros((n_seq, n_pos, n_labels), dtype=np.intp)
        best = padded[:, 0]
        for i in range(1, n_pos):
            candidates = best[:, :, None] + self.transitions  # seq × from × to
            backpointers[:, i] = candidates.argmax(axis=1)
            step = candidates.max(axis=1) + padded[:, i]
            running = (i < lengths)[:, None]
            best = np.where(running, step, best)
            backpointers[:, i] = np.where(running, backpointers[:, i], np.arange(n_labels))
        path = np.empty((n_seq, n_pos), dtype=np.intp)
        path[:, -1] = best.argmax(axis=1)
        for i in range(n_pos - 1, 0, -1):
            path[:, i - 1] = backpointers[np.arange(n_seq), i, path[:, i]]
        return [p[:n] for p, n in zip(path, lengths)]


def _number(weight: float) -> str:
    return "0" if weight == 0 else f"{weight:.6f}"
