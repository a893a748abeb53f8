"""The CRF decoder that tags with crfsuite-trained weights: exact Viterbi, and
the same tags as crfsuite's own tagger on a model trained on real sentences."""
from __future__ import annotations

import gzip
import itertools

import numpy as np
import pycrfsuite
import pytest

from hadath.recognize import ner
from hadath.recognize import ner_features as nf
from hadath.recognize.crf import CrfWeights


def brute_force(emissions: np.ndarray, transitions: np.ndarray) -> list[int]:
    """The best path by trying them all."""
    n, labels = emissions.shape
    best = max(
        itertools.product(range(labels), repeat=n),
        key=lambda path: sum(emissions[i, j] for i, j in enumerate(path))
        + sum(transitions[a, b] for a, b in zip(path, path[1:])),
    )
    return list(best)


def test_viterbi_finds_the_best_path_of_every_sequence_in_a_mixed_batch():
    rng = np.random.default_rng(7)
    labels = ("A", "B", "C")
    weights = CrfWeights(labels, {"x": np.zeros(3)}, rng.normal(size=(3, 3)))
    # More sequences than one batch, lengths 0 to 5 mixed, as sentences come.
    emissions = [rng.normal(size=(int(rng.integers(0, 6)), 3)) for _ in range(150)]
    paths = weights.viterbi(emissions)
    assert [len(p) for p in paths] == [len(e) for e in emissions]
    for e, path in zip(emissions, paths):
        if len(e):
            assert path == [labels[j] for j in brute_force(e, weights.transitions)]


def test_scores_sum_known_features_and_ignore_unknown_ones():
    weights = CrfWeights(("A", "B"), {"f": np.array([1.0, -2.0]), "g": np.array([0.5, 0.0])}, np.zeros((2, 2)))
    assert weights.scores([["f", "g", "unknown"], [], ["g", "g"]]).tolist() == [[1.5, -2.0], [0.0, 0.0], [1.0, 0.0]]


@pytest.fixture(scope="module")
def trained(shared, tmp_path_factory):
    """A small crfsuite model trained on 600 ANERcorp sentences with the real
    features, and 300 other sentences to tag."""
    sentences = ner.read_conll(shared / "data" / "anercorp" / "train.conll")
    lexicons = ner.load_lexicons()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences[:600]:
        trainer.append(nf.sentence_features([t for t, _ in sentence], lexicons), [tag for _, tag in sentence])
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": 60, "feature.possible_transitions": True})
    path = tmp_path_factory.mktemp("crf") / "model.crfsuite"
    trainer.train(str(path))
    return path, lexicons, [[t for t, _ in s] for s in sentences[1000:1300]]


def test_weights_table_tags_as_crfsuite_does(trained, tmp_path):
    model, lexicons, sentences = trained
    table = tmp_path / "weights.tsv.gz"
    with gzip.open(table, "wt", encoding="utf-8") as f:
        f.writelines("\t".join(row) + "\n" for row in CrfWeights.from_crfsuite(model).rows())
    crfsuite = pycrfsuite.Tagger()
    crfsuite.open(str(model))
    expected = [crfsuite.tag(nf.sentence_features(tokens, lexicons)) for tokens in sentences]
    ours = ner.CrfPass.load(table).tag([(tokens, *nf.sentence_parts(tokens, lexicons)) for tokens in sentences])
    assert sum(t != "O" for tags in expected for t in tags) > 100  # the model does find entities
    assert ours == expected
