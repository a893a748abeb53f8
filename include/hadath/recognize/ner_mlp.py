"""A window tagger over word2vec vectors whose guesses feed the CRF as features.

The CRF uses discrete features and cannot combine dense vectors well; a small
MLP over the vectors of a ±2-word window (trained in `scripts/train_ner.py`
with scikit-learn, then run here in numpy) reads them for it. Its weights and
the vectors (float16, rows in the order of the cluster file's words) ship in
`hadath/data/ner/`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from hadath.text.normalize import clitic_variants

WINDOW = 2


@dataclass
class WindowMlp:
    vectors: np.ndarray  # (words + 1, dim) float32 unit rows; the last row (zeros) is unknown words
    index: dict[str, int]
    weights: list[np.ndarray]
    biases: list[np.ndarray]
    classes: np.ndarray
    _rows: dict[str, int] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def from_arrays(cls, vectors: np.ndarray, words, weights, biases, classes) -> WindowMlp:
        """From the vectors of `words` (in that order); adds the zero row."""
        return cls(
            vectors=np.vstack([vectors, np.zeros((1, vectors.shape[1]))]).astype(np.float32),
            index={word: i for i, word in enumerate(words)},
            weights=list(weights),
            biases=list(biases),
            classes=np.asarray(classes),
        )

    def row(self, token_key: str) -> int:
        """The word's vector row, else its first clitic-stripped variant's, else
        the zero row; memoized."""
        row = self._rows.get(token_key)
        if row is None:
            if len(self._rows) > 500_000:
                self._rows.clear()
            row = next((self.index[v] for v in clitic_variants(token_key, suffixes=False) if v in self.index), None)
            row = self._rows[token_key] = len(self.vectors) - 1 if row is None else row
        return row

    def inputs(self, sentences_keys: list[list[str]]) -> np.ndarray:
        """One row per token: the window's vectors, then one unknown-word flag per position."""
        unknown = len(self.vectors) - 1
        windows = []
        for keys in sentences_keys:
            rows = [unknown] * WINDOW + [self.row(k) for k in keys] + [unknown] * WINDOW
            windows += [rows[i : i + 2 * WINDOW + 1] for i in range(len(keys))]
        windows = np.array(windows, dtype=np.int64).reshape(-1, 2 * WINDOW + 1)
        width = 2 * WINDOW + 1
        dim = self.vectors.shape[1]
        x = np.empty((len(windows), width * (dim + 1)), dtype=np.float32)
        for p in range(width):
            x[:, p * dim : (p + 1) * dim] = self.vectors[windows[:, p]]
        x[:, width * dim :] = windows == unknown
        return x

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """scikit-learn MLPClassifier's forward pass: ReLU hidden layers, softmax out."""
        for w, b in zip(self.weights[:-1], self.biases[:-1]):
            x = np.maximum(x @ w + b, 0.0)
        z = x @ self.weights[-1] + self.biases[-1]
        z = np.exp(z - z.max(axis=1, keepdims=True))
        return z / z.sum(axis=1, keepdims=True)

    def guesses(self, sentences_keys: list[list[str]]) -> list[list[str]]:
        """Per token, the most likely tag and its confidence quartile (`B-PERS3`)."""
        if not any(sentences_keys):
            return [[] for _ in sentences_keys]
        return split_like(guess_labels(self.classes, self.probabilities(self.inputs(sentences_keys))), sentences_keys)


def guess_labels(classes: np.ndarray, proba: np.ndarray) -> list[str]:
    best = proba.argmax(axis=1)
    confidence = proba[np.arange(len(best)), best]
    return [f"{classes[b]}{min(int(c * 4), 3)}" for b, c in zip(best, confidence)]


def split_like(flat: list, sentences: list[list]) -> list[list]:
    """Cut a flat per-token list back into sentences."""
    out, i = [], 0
    for sentence in sentences:
        out.append(flat[i : i + len(sentence)])
        i += len(sentence)
    return out
