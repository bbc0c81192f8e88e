"""Every named SPARQL query on Apache Jena Fuseki (a standard SPARQL 1.1 server, from Maven
Central, on 127.0.0.1) gives the rows of the embedded store: the queries are standard SPARQL,
not one engine's dialect. The server is resolved with mvn into ~/.cache/graphbuild on first use."""
from __future__ import annotations

import socket

import pytest
from rdf_cases import hand_events, incident_events
from test_cross_store import calls

from graphbuild.rdf import fuseki, sparql, write_graph
from graphbuild.records import read_events
from graphbuild.resources import resource_dir


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def fuseki_server(tmp_path_factory):
    server = fuseki.start(free_port(), tmp_path_factory.mktemp("fuseki") / "fuseki.log")
    yield server
    server.stop()


def clear(server) -> None:
    server.update("CLEAR ALL")


def assert_same_rows(events, outdir, server) -> None:
    write_graph(events, outdir / "graph.nt")
    write_graph(events, outdir / "graph.ttl")
    clear(server)
    server.upload(outdir / "graph.nt", "application/n-triples")
    server.upload(resource_dir("ontology") / "cameo.ttl", "text/turtle")  # as the embedded store has it
    differ = []
    for name, params in calls(events):
        embedded = sparql.run_named(name, params, outdir)
        served = server.run_named(name, params)
        if served != embedded:
            differ.append(f"{name} {params}:\n  fuseki   {served}\n  embedded {embedded}")
    assert not differ, "\n".join(differ[:5])


def test_hand_made_events_give_the_same_rows_on_fuseki(fuseki_server, tmp_path):
    assert_same_rows(hand_events(), tmp_path, fuseki_server)


def test_incidents_give_the_same_rows_on_fuseki(fuseki_server, tmp_path):
    assert_same_rows(incident_events(), tmp_path, fuseki_server)


def test_seed_build_gives_the_same_rows_on_fuseki(fuseki_server, seed_outdir, tmp_path):
    assert_same_rows(read_events(seed_outdir), tmp_path, fuseki_server)


def test_parameters_reach_fuseki_as_values_not_text(fuseki_server, tmp_path):
    assert_same_rows(hand_events(), tmp_path, fuseki_server)
    for value in ['nato" || true || "', "nato> } ?s ?p ?o {", "?actor", 'x"@en', "\\u0022"]:
        assert fuseki_server.run_named("who_criticised_whom", {"actor": value}) == []
    assert fuseki_server.run_named("who_criticised_whom", {"actor": "the alliance"}) == [
        {"source": "Vladimir Putin", "target": "NATO", "incidents": 1, "mentions": 1}]
