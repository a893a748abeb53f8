#!/usr/bin/env python3
"""Rebuild the shipped NER model in include/hadath/data/ner/ from ../shared/data.

  train_ner.py                   build the shipped files (~10 min; ~16 min from nothing on 2 cores)
  train_ner.py --cv 5            k-fold cross-validated entity F1 on ANERcorp train,
                                 first pass and final (~8 min a fold)
  train_ner.py --cv 5 --fold 4   just one fold (quick comparisons)
  train_ner.py --cv 5 --without clusters gazetteer corpus   ablations

Steps (1-3 cached under build/ner/, gitignored; about 6 minutes uncached):
1. tokenize and key the unlabeled news corpus (camel-tools tokenizer, as the
   pipeline does);
2. word2vec (gensim skip-gram, one worker and a fixed seed: deterministic);
3. k-means clusters of the unit vectors at several granularities, and per
   stem how often the corpus writes it with the article, a pronoun suffix or
   a plural ending (`corpus_affixes.tsv.gz`);
4. gazetteer phrases from ANERGazet, GeoNames/Open-Syria place names, the
   CAMEO actor dictionary (whose multi-word names also make the lemma
   gazetteer), and two files the repo ships: the geocoder's compiled gazetteer
   and the actor dictionary (`scripts/build_gazetteer.py`, `build_actors.py`);
5. the first-pass CRF (python-crfsuite, L-BFGS with elastic-net; its weights
   are written as the table `hadath.recognize.crf` decodes), once on all of
   train and once per JACKKNIFE part on the rest, whose tags of the part left
   out stand in, in training, for first-pass tags of unseen text;
6. each first-pass model tags the news corpus; per stem, how often it said
   each type, and per phrase of 2-4 words, how often it tagged it as one entity
   of each type and how often it occurred otherwise (`corpus_types.tsv.gz` and
   `corpus_phrases.tsv.gz` ship the full model's counts);
7. the final CRF, learning BIOES tags (`ner.bioes`), on the first-pass
   features plus `context_features` (each part's with its own model's tags
   and corpus counts, and with the type counts of words and entity phrases in
   the gold tags of the other parts; `labeled_types.tsv.gz` and
   `labeled_phrases.tsv.gz` ship those of all of train).
The files are built in build/ner/staged/ and moved into the package once all
are written. The script re-executes itself with PYTHONHASHSEED=0 and one BLAS
thread, so rebuilds give the same files; steps 5-6 run on two processes.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

if os.environ.get("PYTHONHASHSEED") != "0" or os.environ.get("OMP_NUM_THREADS") != "1":
    os.environ["PYTHONHASHSEED"] = "0"  # set iteration order
    os.environ["OPENBLAS_NUM_THREADS"] = os.environ["OMP_NUM_THREADS"] = "1"  # same float sums every run
    os.execv(sys.executable, [sys.executable, *sys.argv])

import numpy as np
import pyarrow.parquet as pq
import pycrfsuite

from hadath.geocode import GAZETTEER_FILE
from hadath.recognize import ner_features as nf
from hadath.recognize import ner
from hadath.recognize.actors import ACTORS_TSV, NAMED_KINDS, read_entries
from hadath.recognize.crf import CrfWeights
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
JACKKNIFE = 5
CORPUS_SENTENCE_END = {".", "!", "?", "؟"}
CORPUS_SENTENCE_MAX = 80  # tokens; paragraphs without a full stop are cut
PROCESSES = 2
# actors.tsv rows typed by hand (seed_actors' PERS/ORG split is a heuristic on CAMEO's codes)
HAND_TYPED_ACTORS = {"curated", "countries", "pycountry"}
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


def corpus_affixes() -> dict[str, tuple[int, int, int, int]]:
    """Per keyed word of the news corpus seen at least AFFIX_MIN_COUNT times
    (and of three letters or more): its count, and those of its `affix_forms`."""
    counts: Counter = Counter()
    with news_sentences().open(encoding="utf-8") as f:
        for line in f:
            counts.update(line.split())
    return {
        word: (n, *(sum(counts[form] for form in forms) for forms in nf.affix_forms(word)))
        for word, n in counts.items()
        if n >= nf.AFFIX_MIN_COUNT and len(word) >= 3 and nf.has_letter(word)
    }


def gazetteer_phrases() -> list[tuple[str, str]]:
    """(TYPE, keyed phrase): ANERGazet's three lists, GeoNames and Open-Syria
    place names (LOC), CAMEO actor dictionary names (ACT: persons and
    organisations mixed, lemmatised), the geocoder's compiled gazetteer (its
    strong keys: world cities and countries too, LOC) and the actor
    dictionary's hand-typed names (curated groups and people, countries)."""
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
    for place in pq.read_table(GAZETTEER_FILE, columns=["keys", "weak_keys"]).to_pylist():
        for name in set(place["keys"]) - set(place["weak_keys"]):
            add("LOC", name)
    for actor in read_entries(ACTORS_TSV):
        if actor.source in HAND_TYPED_ACTORS and actor.kind in NAMED_KINDS:
            add(actor.kind, actor.alias)
    return sorted(entries)


def lemma_gazetteer_phrases() -> list[tuple[str, str]]:
    """(ACT, lemma phrase): the CAMEO actor dictionary's multi-word names, its
    lemmatised words `lemma_fold`ed (بنك_دولي_ meets البنك الدولي) and its
    one-letter particles (ل, و) left out."""
    entries: set[tuple[str, str]] = set()
    for line in (SHARED / "data" / "cameo_ar" / "actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith(("\t", "#")):
            words = [nf.lemma_fold(w) for w in key(line.split("[")[0].replace("_", " ")).split() if len(w) > 1]
            if len(words) > 1:
                entries.add(("ACT", " ".join(words)))
    return sorted(entries)


def write_tsv_gz(path: Path, rows) -> None:
    """Tab-joined rows as `ner._tsv_rows` reads them; gzip with mtime 0 so
    rebuilds are byte-identical."""
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write("".join("\t".join(map(str, row)) + "\n" for row in rows).encode())


def publish(staged: Path, target: Path) -> None:
    """Move a finished build's files into the package, each by a rename: the
    shipped model is never a mix of two builds (a build that dies midway
    leaves it as it was) and no reader (a test run, `git add`) sees a file
    half-written."""
    for path in sorted(staged.iterdir()):
        path.replace(target / path.name)


def write_lexicons(clusters: dict[str, tuple[str, ...]], phrases: list[tuple[str, str]],
                   lemma_phrases: list[tuple[str, str]], affixes: dict[str, tuple[int, ...]], out_dir: Path) -> None:
    """The shipped cluster, gazetteer and affix files."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_tsv_gz(out_dir / ner.CLUSTERS_FILE, ((w, *ids) for w, ids in clusters.items()))
    write_tsv_gz(out_dir / ner.GAZETTEER_FILE, phrases)
    write_tsv_gz(out_dir / ner.LEMMA_GAZETTEER_FILE, lemma_phrases)
    write_tsv_gz(out_dir / ner.AFFIXES_FILE, ((w, *row) for w, row in sorted(affixes.items())))


def write_type_counts(path: Path, counts: dict) -> None:
    """Type count rows (`word or phrase<TAB>O<TAB>PERS…`), sorted, as `ner._counts` reads them."""
    write_tsv_gz(path, ((" ".join(k) if isinstance(k, tuple) else k, *row) for k, row in sorted(counts.items())))


def labeled_counts(sentences) -> tuple[dict[str, tuple[int, ...]], dict[tuple[str, ...], tuple[int, ...]]]:
    """How the gold tags type each keyed word (per `nf.CORPUS_TYPES`), and each
    entity phrase of 2 to LABELED_PHRASE_MAX words: how often it is one entity
    of each type, and how often its words occur otherwise."""
    index = {t: i for i, t in enumerate(nf.CORPUS_TYPES)}
    words: dict[str, list[int]] = {}
    entities: Counter = Counter()
    keyed = []
    for sentence in sentences:
        keys = [nf.word_key(token) for token, _ in sentence]
        tags = [tag for _, tag in sentence]
        keyed.append(keys)
        for k, tag in zip(keys, tags):
            if nf.has_letter(k):
                words.setdefault(k, [0] * len(index))[index[tag[2:] or "O"]] += 1
        for start, end, entity_type in ner.entity_spans(tags):
            if 1 < end - start <= nf.LABELED_PHRASE_MAX:
                entities[tuple(keys[start:end]), entity_type] += 1
    occurrences = phrase_occurrences(keyed, {phrase for phrase, _ in entities}, nf.LABELED_PHRASE_MAX)
    return {w: tuple(row) for w, row in words.items()}, phrase_type_rows(entities, occurrences)


def phrase_type_rows(typed: dict, occurrences: Counter) -> dict[tuple[str, ...], tuple[int, ...]]:
    """Per phrase, from how often it was one entity of each type (`typed`,
    keyed by (phrase, type)) and how often it occurred in all: a count per
    `nf.CORPUS_TYPES`, O being the occurrences as no entity."""
    index = {t: i for i, t in enumerate(nf.CORPUS_TYPES)}
    rows: dict[tuple[str, ...], list[int]] = {}
    for (phrase, entity_type), n in sorted(typed.items()):
        rows.setdefault(phrase, [occurrences[phrase]] + [0] * (len(index) - 1))[index[entity_type]] = n
    return {phrase: (max(0, row[0] - sum(row[1:])), *row[1:]) for phrase, row in rows.items()}


def phrase_occurrences(sentences, candidates: set[tuple[str, ...]], longest: int) -> Counter:
    """How often each candidate phrase (2 to `longest` keyed words) occurs in the keyed sentences."""
    firsts = {phrase[0] for phrase in candidates}
    found: Counter = Counter()
    for tokens in sentences:
        for i, token in enumerate(tokens):
            if token in firsts:
                for n in range(2, longest + 1):
                    phrase = tuple(tokens[i : i + n])
                    if len(phrase) == n and phrase in candidates:
                        found[phrase] += 1
    return found


def train_crf(features: list[list[list[str]]], tags: list[list[str]], name: Path) -> Path:
    """Train with crfsuite (`name`.crfsuite) and return the weights file that
    `ner.CrfPass` decodes (`name`.tsv.gz)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence_features, sentence_tags in zip(features, tags):
        trainer.append(sentence_features, sentence_tags)
    trainer.set_params(CRF_PARAMS)
    trainer.train(str(name.with_suffix(".crfsuite")))
    weights = name.with_suffix(".tsv.gz")
    write_tsv_gz(weights, CrfWeights.from_crfsuite(name.with_suffix(".crfsuite")).rows())
    return weights


def news_sentences_keyed(shard: int, shards: int):
    """Every `shards`-th paragraph of the tokenized news corpus, from `shard`
    on, cut into sentences (step 6's input)."""
    with news_sentences().open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % shards != shard:
                continue
            current = []
            for token in line.split():
                current.append(token)
                if token in CORPUS_SENTENCE_END or len(current) >= CORPUS_SENTENCE_MAX:
                    yield current
                    current = []
            if current:
                yield current


# Steps 5-6 run in forked workers that read these instead of pickling them.
_WORK: dict = {}


def _train_first_pass(part: int | None) -> Path:
    """The first pass trained on all sentences but `part` (None: on all)."""
    features, tags, parts = _WORK["features"], _WORK["tags"], _WORK["parts"]
    keep = [i for i in range(len(tags)) if part is None or parts[i] != part]
    name = "first_all" if part is None else f"first_part{part}"
    model = train_crf([features[i] for i in keep], [tags[i] for i in keep], _WORK["dir"] / name)
    log(f"first pass {name} trained")
    return model


def _count_corpus_types(shard: int) -> list[tuple[dict[str, list[int]], Counter]]:
    """Per model, in this shard of the news corpus: per stem, how often it
    tagged the stem as each of `nf.CORPUS_TYPES`, and how often it tagged each
    phrase of 2 to PHRASE_MAX words as one entity of each type
    (features are built once a sentence for all the models: they cost twice
    the tagging)."""
    lexicons = _WORK["lexicons"]
    taggers = [ner.CrfPass.load(model) for model in _WORK["models"]]
    index = {t: i for i, t in enumerate(nf.CORPUS_TYPES)}
    counts: list[tuple[dict[str, list[int]], Counter]] = [({}, Counter()) for _ in taggers]
    sentences = news_sentences_keyed(shard, PROCESSES)
    while batch := list(itertools.islice(sentences, 256)):
        parsed = [(tokens, *nf.sentence_parts(tokens, lexicons)) for tokens in batch]
        stems = [lexicons.stem(nf.word_key(token)) for tokens in batch for token in tokens]
        for tagger, (stem_counts, phrase_counts) in zip(taggers, counts):
            tag_lists = tagger.tag(parsed)
            for stem, tag in zip(stems, itertools.chain.from_iterable(tag_lists)):
                if not nf.has_letter(stem):
                    continue
                row = stem_counts.get(stem)
                if row is None:
                    row = stem_counts[stem] = [0] * len(index)
                row[index[tag[2:] or "O"]] += 1
            for tokens, tags in zip(batch, tag_lists):
                for start, end, entity_type in ner.entity_spans(tags):
                    if 1 < end - start <= nf.PHRASE_MAX:
                        phrase_counts[tuple(tokens[start:end]), entity_type] += 1
    log(f"news corpus shard {shard} tagged")
    return counts


def _count_phrase_occurrences(shard: int) -> Counter:
    """How often each of the candidate phrases occurs in this shard of the news corpus."""
    return phrase_occurrences(news_sentences_keyed(shard, PROCESSES), _WORK["candidates"], nf.PHRASE_MAX)


def _merged_counts(shards: list[dict[str, list[int]]]) -> dict[str, list[int]]:
    merged: dict[str, list[int]] = {}
    for shard in shards:
        for stem, row in shard.items():
            total = merged.setdefault(stem, [0] * len(row))
            for i, n in enumerate(row):
                total[i] += n
    return merged


def first_passes(features, tags, parts, lexicons: nf.Lexicons, model_dir: Path, use_corpus: bool):
    """Steps 5-6: the first pass on all of train, then on each jackknife part
    left out, each with the lexicons plus its corpus statistics: type counts
    of stems seen at least twice, and of phrases it tagged as one entity at
    least twice (with how often they occurred otherwise)."""
    _WORK.update(features=features, tags=tags, parts=parts, dir=model_dir, lexicons=lexicons)
    pool = multiprocessing.get_context("fork").Pool(PROCESSES)
    with pool:
        models = pool.map(_train_first_pass, [None, *range(JACKKNIFE)], chunksize=1)
    if not use_corpus:
        return [(model, replace(lexicons, corpus_types={}, corpus_phrases={})) for model in models]
    _WORK["models"] = models
    pool = multiprocessing.get_context("fork").Pool(PROCESSES)
    with pool:
        shards = pool.map(_count_corpus_types, range(PROCESSES), chunksize=1)
    entity_phrases = []
    for m in range(len(models)):
        typed = sum((shard[m][1] for shard in shards), Counter())
        entity_phrases.append({phrase_type: n for phrase_type, n in typed.items() if n >= 2})
    _WORK["candidates"] = {phrase for typed in entity_phrases for phrase, _ in typed}
    pool = multiprocessing.get_context("fork").Pool(PROCESSES)
    with pool:
        occurrences = sum(pool.map(_count_phrase_occurrences, range(PROCESSES), chunksize=1), Counter())
    results = []
    for m, model in enumerate(models):
        stems = _merged_counts([shard[m][0] for shard in shards])
        results.append((model, replace(
            lexicons,
            corpus_types={stem: tuple(row) for stem, row in stems.items() if sum(row) >= 2},
            corpus_phrases=phrase_type_rows(entity_phrases[m], occurrences),
        )))
    return results


def fit(sentences, lexicons: nf.Lexicons, model_dir: Path, use_corpus: bool = True) -> tuple[Path, Path, nf.Lexicons]:
    """Steps 5-7 on `sentences`: returns the first-pass model, the final model
    and the lexicons with the full model's corpus statistics and the labeled
    statistics of all `sentences`."""
    model_dir.mkdir(parents=True, exist_ok=True)
    tokens = [[token for token, _ in s] for s in sentences]
    tags = [[tag for _, tag in s] for s in sentences]
    features = [nf.sentence_features(t, lexicons) for t in tokens]
    parts = [i * JACKKNIFE // len(sentences) for i in range(len(sentences))]
    (first_model, full_lexicons), *part_results = first_passes(
        features, tags, parts, lexicons, model_dir, use_corpus
    )
    final_features = []
    for part, (model, part_lexicons) in enumerate(part_results):
        held = [i for i in range(len(sentences)) if parts[i] == part]
        first_tags = ner.NerTagger(lexicons, model).tag([tokens[i] for i in held])
        labeled_types, labeled_phrases = labeled_counts([s for s, p in zip(sentences, parts) if p != part])
        part_lexicons = replace(part_lexicons, labeled_types=labeled_types, labeled_phrases=labeled_phrases)
        context = nf.context_features([tokens[i] for i in held], first_tags, part_lexicons)
        final_features += [[a + b for a, b in zip(features[i], c)] for i, c in zip(held, context)]
    final_model = train_crf(final_features, [ner.bioes(t) for t in tags], model_dir / "final")
    labeled_types, labeled_phrases = labeled_counts(sentences)
    return first_model, final_model, replace(full_lexicons, labeled_types=labeled_types, labeled_phrases=labeled_phrases)


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


def cross_validate(sentences, lexicons: nf.Lexicons, folds: int, only: int | None, use_corpus: bool) -> None:
    """Contiguous blocks of sentences as folds (documents stay whole, as in the
    held-out test, which is the corpus' last part)."""
    bounds = np.linspace(0, len(sentences), folds + 1).astype(int)
    gold, first_predicted, predicted = [], [], []
    for k in range(folds):
        if only is not None and k != only:
            continue
        started = time.time()
        test = sentences[bounds[k] : bounds[k + 1]]
        first_model, final_model, fold_lexicons = fit(
            sentences[: bounds[k]] + sentences[bounds[k + 1] :], lexicons, BUILD / f"cv{folds}_fold{k}", use_corpus
        )
        tokens = [[token for token, _ in s] for s in test]
        fold_gold = [[tag for _, tag in s] for s in test]
        fold_first = ner.NerTagger(fold_lexicons, first_model).tag(tokens)
        fold_pred = ner.NerTagger(fold_lexicons, first_model, final_model).tag(tokens)
        gold += fold_gold
        first_predicted += fold_first
        predicted += fold_pred
        log(f"fold {k}: F1 first pass {scores(fold_gold, fold_first)['ALL']['f1']:.4f}, "
            f"final {scores(fold_gold, fold_pred)['ALL']['f1']:.4f} ({time.time() - started:.0f}s)")
    for name, pred in (("first pass", first_predicted), ("final", predicted)):
        result = scores(gold, pred)
        print(name)
        for t, r in result.items():
            print(f"{t:5} P {r['p']:.4f} R {r['r']:.4f} F1 {r['f1']:.4f} n={r['n']}")
        print(json.dumps({t: round(r["f1"], 4) for t, r in result.items()}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cv", type=int, metavar="K", help="cross-validate with K folds instead of building")
    parser.add_argument("--fold", type=int, help="with --cv: run only this fold")
    parser.add_argument("--without", nargs="*", default=[], choices=["clusters", "gazetteer", "corpus"],
                        help="ablation: leave these resources out")
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    started = time.time()
    clusters = {} if "clusters" in args.without else word_clusters(word_vectors())
    phrases = [] if "gazetteer" in args.without else gazetteer_phrases()
    lemma_phrases = [] if "gazetteer" in args.without else lemma_gazetteer_phrases()
    use_corpus = "corpus" not in args.without
    affixes = corpus_affixes() if use_corpus else {}
    out_dir = BUILD / ("lexicons" if args.cv else "staged")  # nothing left from an earlier run is read
    shutil.rmtree(out_dir, ignore_errors=True)
    write_lexicons(clusters, phrases, lemma_phrases, affixes, out_dir)
    lexicons = ner.load_lexicons(out_dir)
    sentences = ner.read_conll(ANERCORP / "train.conll")
    log(f"{len(sentences)} sentences, {len(clusters)} clustered words, "
        f"{len(phrases)} gazetteer and {len(lemma_phrases)} lemma phrases")
    if args.cv:
        cross_validate(sentences, lexicons, args.cv, args.fold, use_corpus)
    else:
        first_model, final_model, corpus = fit(sentences, lexicons, BUILD / "model", use_corpus)
        first_model.replace(out_dir / ner.FIRST_MODEL_FILE)
        final_model.replace(out_dir / ner.MODEL_FILE)
        write_type_counts(out_dir / ner.CORPUS_TYPES_FILE, corpus.corpus_types)
        write_type_counts(out_dir / ner.CORPUS_PHRASES_FILE, corpus.corpus_phrases)
        write_type_counts(out_dir / ner.LABELED_TYPES_FILE, corpus.labeled_types)
        write_type_counts(out_dir / ner.LABELED_PHRASES_FILE, corpus.labeled_phrases)
        publish(out_dir, ner.DATA_DIR)
    log(f"done in {time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
