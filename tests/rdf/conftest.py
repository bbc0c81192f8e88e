"""Fixtures of the RDF tests: hand-made events (rdf_cases.py) and an OUTDIR made from them."""
from __future__ import annotations

import pytest
from rdf_cases import hand_events

from graphbuild.model import Event
from graphbuild.rdf import write_graph
from graphbuild.records import write_events


@pytest.fixture
def events() -> list[Event]:
    return hand_events()


@pytest.fixture
def hand_outdir(tmp_path, events):
    """An OUTDIR as `build` leaves it, for the RDF side: events.jsonl and graph.ttl."""
    write_events(events, tmp_path / "events.jsonl")
    write_graph(events, tmp_path / "graph.ttl")
    return tmp_path
