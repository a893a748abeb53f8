"""Shared fixtures: a small deterministic sample of the real news corpus."""
from __future__ import annotations

import gzip
import itertools
import json
import os
from pathlib import Path

import pytest

SHARED = Path(os.environ.get("HADATH_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
NEWS = SHARED / "data" / "news" / "ant_v2.1.jsonl.gz"
SEEDS = SHARED / "seeds"


@pytest.fixture(scope="session")
def news_path() -> Path:
    if not NEWS.exists():
        pytest.skip(f"news corpus not found at {NEWS}")
    return NEWS


@pytest.fixture(scope="session")
def news_texts(news_path) -> list[str]:
    """Every 40th of the first 12,000 news articles (300 texts, all five outlets)."""
    with gzip.open(news_path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, 0, 12_000, 40)]


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    if not SEEDS.exists():
        pytest.skip(f"seeds folder not found at {SEEDS}")
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
