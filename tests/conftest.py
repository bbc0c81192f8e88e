"""Fixtures shared by every test folder: the spaCy model and one real build of seeds/."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from graphbuild.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_result(tmp_path_factory):
    """The result of `graphbuild build seeds/ -o OUTDIR`, run once per session."""
    from graphbuild import pipeline

    out = tmp_path_factory.mktemp("seed-build")
    result = pipeline.build([str(SEEDS)], out)
    return out, result


@pytest.fixture(scope="session")
def seed_outdir(seed_result) -> Path:
    return seed_result[0]


@pytest.fixture(scope="session")
def seed_events(seed_result):
    from graphbuild.records import read_events

    return read_events(seed_result[0] / "events.jsonl")  # a build streams its events to the file
