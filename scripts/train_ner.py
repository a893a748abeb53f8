#!/usr/bin/env python3
"""Rebuild the shipped NER model in include/hadath/data/ner/ from ../shared/data.

  train_ner.py --without mlp   build the shipped files (the shipped model, ~2 min once steps 1-3 are cached)
  train_ner.py            the same with the window MLP (step 5): +0.007 CV F1 (0.726 vs 0.719)
                          at five times the tagging cost (pipeline 28 vs ~65 articles/s), so not shipped
  train_ner.py --cv 5     k-fold cross-validated entity F1 on ANERcorp train
  train_ner.py --cv 5 --fold 4   just one fold (quick comparisons)
  train_ner.py --cv 5 --without mlp   ablations (clusters, gazetteer, mlp)

Steps (1-3 cached under build/ner/, gitignored; about 6 minutes uncached):
1. tokenize and key the unlabeled news corpus (camel-tools tokenizer, as the
   pipeline does);
2. word2vec (gensim skip-gram, one worker and a fixed seed: deterministic);
3. k-means clusters of the unit vectors at several granularities;
4. gazetteer phrases from ANERGazet, GeoNames/Open-Syria place names and the
   CAMEO actor dictionary;
5. a window MLP over the vectors (scikit-learn; run in numpy at tagging time),
   whose guesses become CRF features: held-out guesses (5 parts) for training;
6. the CRF (python-crfsuite, L-BFGS with elastic-net).
The script re-executes itself with PYTHONHASHSEED=0 and one BLAS thread, so
rebuilds give the same files.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import time
import warnings
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0" or os.environ.get("OMP_NUM_THREADS") != "1":
    os.environ["PYTHONHASHSEED"] = "0"  # set iteration order
    os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = "1"  # same float sums every run
    os.execv(sys.executable, [sys.executable, *sys.argv])

import numpy as np
import pycrfsuite

from hadath.recognize import ner_features as nf
from hadath.recognize import ner
from hadath.recognize.ner_mlp import WindowMlp
from hadath.text.normalize import key

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))
BUILD = REPO / "build" / "ner"
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
ANERCORP = SHARED / "data" / "anercorp"
SEED = 13
W2V = dict(vector_size=100, window=5, min_count=3, sg=1, negative=5, epochs=5, sample=1e-4)
CLUSTER_SIZES = (64, 256, 1024)
CLUSTER_MIN_COUNT = 5
MLP_PARAMS = dict(hidden_layer_sizes=(128,), max_iter=12, batch_size=256, random_state=SEED)
JACKKNIFE = 5
CRF_PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 200, "feature.possible_transitions": True}


def log(*args) -> None:
    print(time.strftime("%H:%M:%S"), *args, file=sys.stderr, flush=True)


def news_sentences() -> Path:
    """Keyed tokens of the news corpus, one paragraph a line."""
    from camel_tools.tokenizers.word import simple_word_tokenize

    out = BUILD / "news_tokens.txt"
    if out.exists():
        return out
    tmp = out.with_suffix(".tmp")
    with gzip.open(NEWS, "rt", encoding="utf-8") as src, tmp.open("w", encoding="utf-8") as dst:
        for line in src:
            article = json.loads(line)
            for paragraph in (article["title"] or "", *article["text"].split("\n")):
                tokens = [nf.word_key(t) for t in simple_word_tokenize(paragraph)]
                if tokens:
                    dst.write(" ".join(tokens) + "\n")
    tmp.rename(out)
    return out


def word_vectors():
    from gensim.models import KeyedVectors, Word2Vec
    from gensim.models.word2vec import LineSentence

    path = BUILD / "w2v.kv"
    if path.exists():
        return KeyedVectors.load(str(path))
    corpus = news_sentences()
    log("word2vec", W2V)
    model = Word2Vec(LineSentence(str(corpus)), workers=1, seed=SEED, **W2V)
    model.wv.save(str(path))
    return model.wv


def word_clusters(vectors) -> dict[str, tuple[str, ...]]:
    """Hierarchical k-means: the words with at least CLUSTER_MIN_COUNT
    occurrences into the finest size, then those centroids into each coarser size."""
    from sklearn.cluster import KMeans, MiniBatchKMeans

    path = BUILD / f"clusters_{'_'.join(map(str, CLUSTER_SIZES))}.tsv"
    if not path.exists():
        words = [w for w in vectors.index_to_key if vectors.get_vecattr(w, "count") >= CLUSTER_MIN_COUNT]
        unit = vectors.get_normed_vectors()[: len(words)]
        log("clustering", len(words), "words")
        finest = MiniBatchKMeans(CLUSTER_SIZES[-1], random_state=SEED, batch_size=4096, n_init=3).fit(unit)
        levels = []
        for size in CLUSTER_SIZES[:-1]:
            coarse = KMeans(size, random_state=SEED, n_init=3).fit(finest.cluster_centers_)
            levels.append(coarse.labels_[finest.labels_])
        levels.append(finest.labels_)
        with path.open("w", encoding="utf-8") as f:
            for i, word in enumerate(words):
                f.write(word + "\t" + "\t".join(str(level[i]) for level in levels) + "\n")
    clusters = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, *ids = line.split("\t")
        clusters[word] = tuple(ids)
    return clusters


def gazetteer_phrases() -> list[tuple[str, str]]:
    """(TYPE, keyed phrase): ANERGazet's three lists, GeoNames and Open-Syria
    place names (LOC), and CAMEO actor dictionary names (ACT: persons and
    organisations mixed, lemmatised)."""
    entries: set[tuple[str, str]] = set()

    def add(entity_type: str, phrase: str) -> None:
        phrase = key(phrase.replace("_", " ")).strip()
        if phrase and not phrase.startswith(("#", "=", "*")):
            entries.add((entity_type, phrase))

    for entity_type, name in (("LOC", "Loc"), ("ORG", "Org"), ("PERS", "Pers")):
        for line in (ANERCORP / "ANERGazet" / f"Aligned{name}Gazetteer.txt").read_text(encoding="utf-8").splitlines():
            add(entity_type, line)
    geo = SHARED / "data" / "gazetteer"
    with (geo / "geonames_mideast" / "geonames_cities500_mideast_arabic.tsv").open(encoding="utf-8") as f:
        next(f)
        for line in f:
            for name in line.split("\t")[2].split("|"):
                add("LOC", name)
    for level in ("governorates", "districts", "subdistricts"):
        for place in json.loads((geo / "open_syria_geography" / f"{level}.json").read_text(encoding="utf-8")):
            add("LOC", place["name"]["ar"])
            for alias in place.get("aliases", []):
                if alias.get("language") == "ar":
                    add("LOC", alias["value"])
    for line in (SHARED / "data" / "cameo_ar" / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("\t", "#")):
            add("ACT", line.split("[")[0])
    return sorted(entries)


def write_lexicons(clusters: dict[str, tuple[str, ...]], phrases: list[tuple[str, str]], out_dir: Path) -> None:
    """The shipped lexicon files; gzip with mtime 0 so rebuilds are byte-identical."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(out_dir / ner.CLUSTERS_FILE, "wb", mtime=0) as f:
        f.write("".join(w + "\t" + "\t".join(ids) + "\n" for w, ids in clusters.items()).encode())
    with gzip.GzipFile(out_dir / ner.GAZETTEER_FILE, "wb", mtime=0) as f:
        f.write("".join(f"{t}\t{p}\n" for t, p in phrases).encode())


def mlp_shell(vectors, lexicons: nf.Lexicons) -> WindowMlp:
    """An untrained window MLP over the shipped vectors: unit rows in float16,
    one per clustered word, in cluster-file order (as `ner.load_mlp` reads them)."""
    rows = [vectors.key_to_index[w] for w in lexicons.clusters]
    return WindowMlp.from_arrays(vectors.get_normed_vectors()[rows].astype(np.float16), lexicons.clusters, [], [], [])


def train_mlp(sentences, shell: WindowMlp) -> WindowMlp:
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    x = shell.inputs([[nf.word_key(t) for t, _ in s] for s in sentences])
    y = [tag for s in sentences for _, tag in s]
    with warnings.catch_warnings():  # few epochs on purpose: more overfit
        warnings.simplefilter("ignore", ConvergenceWarning)
        model = MLPClassifier(**MLP_PARAMS).fit(x, y)
    return replace(shell, weights=model.coefs_, biases=model.intercepts_, classes=model.classes_)


def fit(sentences, lexicons: nf.Lexicons, shell: WindowMlp | None, model_path: Path) -> WindowMlp | None:
    """Train the window MLP and the CRF on `sentences`; returns the MLP to tag
    with. The CRF learns from guesses of MLPs that did not see the sentence
    (JACKKNIFE contiguous parts), so it learns how far to trust them on new text."""
    if shell is None:
        train_crf(sentences, lexicons, [None] * len(sentences), model_path)
        return None
    part = np.arange(len(sentences)) * JACKKNIFE // len(sentences)
    guesses: list = [None] * len(sentences)
    for g in range(JACKKNIFE):
        mlp = train_mlp([s for s, p in zip(sentences, part) if p != g], shell)
        held = np.flatnonzero(part == g)
        found = mlp.guesses([[nf.word_key(t) for t, _ in sentences[i]] for i in held])
        for i, sentence_guesses in zip(held, found):
            guesses[i] = sentence_guesses
        log(f"window MLP part {g} done")
    train_crf(sentences, lexicons, guesses, model_path)
    return train_mlp(sentences, shell)


def save_mlp(mlp: WindowMlp, path: Path) -> None:
    """`ner.load_mlp`'s npz, written with fixed zip timestamps (byte-identical rebuilds)."""
    arrays = {"vectors": mlp.vectors[:-1].astype(np.float16), "classes": mlp.classes}
    for i, (w, b) in enumerate(zip(mlp.weights, mlp.biases)):
        arrays[f"w{i}"], arrays[f"b{i}"] = w.astype(np.float32), b.astype(np.float32)
    with zipfile.ZipFile(path, "w") as z:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.save(buffer, array)
            z.writestr(zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0)), buffer.getvalue())


def train_crf(sentences, lexicons: nf.Lexicons, guesses: list, model_path: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, sentence_guesses in zip(sentences, guesses):
        tokens, tags = zip(*sentence)
        trainer.append(nf.sentence_features(list(tokens), lexicons, sentence_guesses), list(tags))
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(model_path))


def scores(gold: list[list[str]], predicted: list[list[str]]) -> dict[str, dict[str, float]]:
    """Exact-span entity precision/recall/F1, micro over all types and per type."""
    counts = {t: Counter() for t in ("ALL", *ner.ENTITY_TYPES)}
    for g, p in zip(gold, predicted):
        gs, ps = set(ner.entity_spans(g)), set(ner.entity_spans(p))
        for spans, field in ((gs, "gold"), (ps, "pred"), (gs & ps, "hit")):
            for span in spans:
                counts[span[2]][field] += 1
                counts["ALL"][field] += 1
    result = {}
    for t, c in counts.items():
        precision = c["hit"] / c["pred"] if c["pred"] else 0.0
        recall = c["hit"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[t] = {"p": precision, "r": recall, "f1": f1, "n": c["gold"]}
    return result


def cross_validate(sentences, lexicons: nf.Lexicons, shell: WindowMlp | None, folds: int, only: int | None) -> None:
    """Contiguous blocks of sentences as folds (documents stay whole, as in the
    held-out test, which is the corpus' last part)."""
    bounds = np.linspace(0, len(sentences), folds + 1).astype(int)
    gold, predicted = [], []
    for k in range(folds):
        if only is not None and k != only:
            continue
        started = time.time()
        test = sentences[bounds[k] : bounds[k + 1]]
        model = BUILD / f"cv_fold{k}.crfsuite"
        mlp = fit(sentences[: bounds[k]] + sentences[bounds[k + 1] :], lexicons, shell, model)
        tagger = ner.NerTagger(model, lexicons, mlp)
        fold_gold = [[tag for _, tag in s] for s in test]
        fold_pred = tagger.tag([[token for token, _ in s] for s in test])
        gold += fold_gold
        predicted += fold_pred
        log(f"fold {k}: F1 {scores(fold_gold, fold_pred)['ALL']['f1']:.4f} ({time.time() - started:.0f}s)")
    result = scores(gold, predicted)
    for t, r in result.items():
        print(f"{t:5} P {r['p']:.4f} R {r['r']:.4f} F1 {r['f1']:.4f} n={r['n']}")
    print(json.dumps({t: round(r["f1"], 4) for t, r in result.items()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, metavar="K", help="cross-validate with K folds instead of building")
    parser.add_argument("--fold", type=int, help="with --cv: run only this fold")
    parser.add_argument("--without", nargs="*", default=[], choices=["clusters", "gazetteer", "mlp"],
                        help="ablation: leave these resources out")
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    started = time.time()
    clusters = {} if "clusters" in args.without else word_clusters(word_vectors())
    phrases = [] if "gazetteer" in args.without else gazetteer_phrases()
    out_dir = BUILD / "lexicons" if args.cv else ner.DATA_DIR
    write_lexicons(clusters, phrases, out_dir)
    lexicons = ner.load_lexicons(out_dir)
    shell = None if {"mlp", "clusters"} & set(args.without) else mlp_shell(word_vectors(), lexicons)
    sentences = ner.read_conll(ANERCORP / "train.conll")
    log(f"{len(sentences)} sentences, {len(clusters)} clustered words, {len(phrases)} gazetteer phrases")
    if args.cv:
        cross_validate(sentences, lexicons, shell, args.cv, args.fold)
    else:
        mlp = fit(sentences, lexicons, shell, out_dir / ner.MODEL_FILE)
        (out_dir / ner.MLP_FILE).unlink(missing_ok=True)
        if mlp is not None:
            save_mlp(mlp, out_dir / ner.MLP_FILE)
    log(f"done in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
