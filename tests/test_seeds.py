"""The seed sample: reproducible from the corpus, well-formed, attributed, not the dev set."""

from __future__ import annotations

import importlib.util
import json
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_ARTICLE = "000_c0c2ce5c68c2b4f1"


def load_sampler():
    spec = importlib.util.spec_from_file_location("sample_seeds", REPO / "scripts" / "sample_seeds.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


sampler = load_sampler()
SAMPLE_IDS = sorted(path.stem for path in SEEDS.glob("*.json"))


def test_every_sample_article_has_text_and_a_complete_sidecar():
    assert 10 <= len(SAMPLE_IDS) <= 20
    assert {path.stem for path in SEEDS.glob("*.txt")} == {*SAMPLE_IDS, SEED_ARTICLE}
    for doc_id in SAMPLE_IDS:
        sidecar = json.loads((SEEDS / f"{doc_id}.json").read_text(encoding="utf-8"))
        assert sidecar.keys() == {"source", "url", "title", "published"}, doc_id
        assert sidecar["source"] in sampler.OUTLETS.values(), doc_id
        assert parsedate_to_datetime(sidecar["published"]).tzinfo is not None, doc_id
        assert (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8").strip(), doc_id


def test_all_five_outlets_and_four_countries_are_sampled():
    sources = {json.loads((SEEDS / f"{d}.json").read_text(encoding="utf-8"))["source"] for d in SAMPLE_IDS}
    assert sources == set(sampler.OUTLETS.values())
    readme = (SEEDS / "README.md").read_text(encoding="utf-8")
    assert all(country in readme for country in sampler.COUNTRIES)


def test_no_sample_article_is_in_the_dev_set():
    if not sampler.DEV_ARTICLES.is_dir():
        pytest.skip(f"dev set not found at {sampler.DEV_ARTICLES}")
    assert not set(SAMPLE_IDS) & {path.stem for path in sampler.DEV_ARTICLES.glob("*.txt")}


def test_readme_attributes_every_file():
    readme = (SEEDS / "README.md").read_text(encoding="utf-8")
    assert "Chouigui" in readme and "Shafaq News" in readme
    for doc_id in SAMPLE_IDS:
        url = json.loads((SEEDS / f"{doc_id}.json").read_text(encoding="utf-8"))["url"]
        assert f"`{doc_id}`" in readme and url in readme, doc_id


def test_the_script_reproduces_the_sample_byte_for_byte():
    if not sampler.CORPUS.is_file():
        pytest.skip(f"corpus not found at {sampler.CORPUS}")
    dev_ids = {path.stem for path in sampler.DEV_ARTICLES.glob("*.txt")}
    picked = {record["docno"]: record for record, _ in sampler.select(sampler.read_corpus(), dev_ids)}
    assert sorted(picked) == SAMPLE_IDS
    for doc_id, record in picked.items():
        assert (SEEDS / f"{doc_id}.txt").read_bytes() == record["text"].encode("utf-8"), doc_id
        assert json.loads((SEEDS / f"{doc_id}.json").read_text(encoding="utf-8"))["published"] == record["time"]
