"""The whole build of the seed article against its golden output.

The RDF is compared as a graph (isomorphism), the events as records. After an intended
change of extraction, regenerate with: GRAPHBUILD_UPDATE_GOLDEN=1 pytest tests/test_golden.py
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from graphbuild import pipeline

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "seed"
SEED = ROOT / "seeds" / "000_49176d0eeb9ece56.txt"
FILES = ("events.jsonl", "incidents.jsonl", "graph.ttl")


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    out = tmp_path_factory.mktemp("golden-build")
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"  # a fixed time of extraction
    try:
        pipeline.build([str(SEED)], out)
    finally:
        if old is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old
    if os.environ.get("GRAPHBUILD_UPDATE_GOLDEN"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        for name in FILES:
            shutil.copy(out / name, GOLDEN / name)
    return out


def _records(path: Path) -> list[dict]:
    return sorted((json.loads(line) for line in path.open(encoding="utf-8")), key=lambda r: r["id"])


def test_events_equal_the_golden_events(build):
    assert _records(build / "events.jsonl") == _records(GOLDEN / "events.jsonl")


def test_incidents_equal_the_golden_incidents(build):
    assert _records(build / "incidents.jsonl") == _records(GOLDEN / "incidents.jsonl")


def test_rdf_is_isomorphic_to_the_golden_graph(build):
    got, want = Graph(), Graph()
    got.parse(build / "graph.ttl", format="turtle")
    want.parse(GOLDEN / "graph.ttl", format="turtle")
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(f"RDF differs: {len(only_got)} triples only in the build, {len(only_want)} only in the golden file; "
                    f"e.g. {sorted(only_got)[:3]} / {sorted(only_want)[:3]}")
