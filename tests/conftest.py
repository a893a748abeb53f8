"""Shared fixtures: where the repo, the seeds and ../shared are; a migrated
SQLite Airflow home; the installed `hadath` command."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HADATH_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"no ../shared at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (REPO / "seeds" / "000_c0c2ce5c68c2b4f1.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def airflow_home(tmp_path_factory) -> Path:
    """A migrated SQLite Airflow home with DAGS_FOLDER at dags/."""
    home = tmp_path_factory.mktemp("airflow_home")
    os.environ.update({"AIRFLOW_HOME": str(home), "AIRFLOW__CORE__DAGS_FOLDER": str(REPO / "dags"),
                       "AIRFLOW__CORE__LOAD_EXAMPLES": "False", "AIRFLOW__CORE__PARALLELISM": "2"})
    subprocess.run([str(Path(sys.executable).with_name("airflow")), "db", "migrate"],
                   check=True, capture_output=True, env=dict(os.environ))
    return home


@pytest.fixture(scope="session")
def run_hadath():
    """Run the installed `hadath` command as a user would."""
    exe = str(Path(sys.executable).with_name("hadath"))

    def run(*args: str, check: bool = True, **kwargs) -> subprocess.CompletedProcess:
        return subprocess.run([exe, *map(str, args)], capture_output=True, text=True, check=check, **kwargs)
    return run
