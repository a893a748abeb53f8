"""Text-layer fixtures: a small deterministic sample of the real news corpus
and the seed articles (`shared` comes from the root conftest)."""
from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def news_path(shared) -> Path:
    return shared / "data" / "news" / "ant_v2.1.jsonl.gz"


@pytest.fixture(scope="session")
def news_texts(news_path) -> list[str]:
    """Every 40th of the first 12,000 news articles (300 texts, all five outlets)."""
    with gzip.open(news_path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, 0, 12_000, 40)]


@pytest.fixture(scope="session")
def seed_texts(shared) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt"))}
