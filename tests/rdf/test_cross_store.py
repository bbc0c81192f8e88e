"""Every named query gives the same rows in SPARQL (on the RDF export) and in Cypher (on a real
Neo4j server loaded with the same events): on hand-made events and on the seed build.

The server is the Neo4j tests' own (see tests/neo4j/conftest.py): `make test` starts it, and
this module starts it when it is not running. Its database is emptied before each load.
"""
from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest
from rdf_cases import hand_events, incident_events

from graphbuild.neo4j import connection, querying, server
from graphbuild.neo4j.loader import load_events
from graphbuild.querylib import query_names
from graphbuild.rdf import sparql, write_graph
from graphbuild.records import read_events

TEST_HOME = Path(os.environ.get("GRAPHBUILD_TEST_NEO4J_HOME")
                 or Path.home() / ".cache" / "graphbuild" / "neo4j-test")
TEST_PORT = int(os.environ.get("GRAPHBUILD_TEST_NEO4J_PORT") or 7688)
TEST_PASSWORD = os.environ.get("NEO4J_PASSWORD") or "graphbuild-test"


@pytest.fixture(scope="module")
def neo4j_settings():
    started_here = False
    if not server.bolt_answers(TEST_PORT):
        server.start(TEST_HOME, TEST_PORT, TEST_PASSWORD, quiet=True)
        started_here = True
    yield connection.Settings(uri=f"bolt://127.0.0.1:{TEST_PORT}", password=TEST_PASSWORD)
    if started_here:
        server.stop(TEST_HOME)


def load_both(events, outdir: Path, settings) -> None:
    write_graph(events, outdir / "graph.ttl")
    with connection.connect(settings) as drv:
        drv.execute_query("MATCH (n) DETACH DELETE n")
        load_events(events, driver=drv)


def calls(events) -> list[tuple[str, dict]]:
    """Each named query with parameters taken from the events: every actor, linked pair and edge."""
    actors = sorted({a.id: a for e in events for a in (e.source, e.target)}.values(), key=lambda a: a.id)
    pairs = sorted({tuple(sorted((e.source.id, e.target.id))) for e in events})
    edges = sorted({(e.source.id, e.target.id) for e in events})
    dates = sorted({e.article.date for e in events if e.article and e.article.date})  # what the queries filter on
    out = [("who_criticised_whom", {}), ("who_criticised_whom", {"include_hedged": "true"}),
           ("who_met_whom", {}), ("central_actors", {}), ("central_actors", {"limit": "3"})]
    if dates:
        out += [(q, {"date_from": dates[-1]}) for q in ("who_criticised_whom", "who_met_whom")]
        out += [(q, {"date_to": dates[0]}) for q in ("who_criticised_whom", "who_met_whom")]
    for a in actors:
        out += [("who_criticised_whom", {"actor": a.id}), ("who_met_whom", {"actor": a.name.upper()}),
                ("actor_profile", {"actor": a.id})]
        out += [("who_criticised_whom", {"actor": alias.lower()}) for alias in a.aliases]
    aliases = {a.id: (a.aliases or (a.name,))[0].swapcase() for a in actors}
    out += [("conflict_cooperation", {"actor_a": aliases[a], "actor_b": aliases[b]}) for a, b in pairs]
    out += [("conflict_cooperation", {"actor_a": a, "actor_b": b}) for a, b in pairs]
    out += [("edge_evidence", {"source": s, "target": t}) for s, t in edges]
    out += [("edge_evidence", {"source": s, "target": t, "plover": "ACCUSE"}) for s, t in edges]
    ends = list(itertools.combinations([a.id for a in actors][:6], 2))  # chains are the slow query
    out += [("event_chain", {"source": a, "target": b}) for a, b in ends]
    out += [("event_chain", {"source": a, "target": b, "max_hops": "2"}) for a, b in ends[::3]]
    assert {name for name, _ in out} == set(query_names("sparql")) == set(query_names("cypher"))
    return out


def assert_same_rows(events, outdir, settings) -> None:
    load_both(events, outdir, settings)
    with connection.connect(settings) as drv:
        differ = []
        for name, params in calls(events):
            cypher = querying.run_named(name, params, driver=drv)
            rdf = sparql.run_named(name, params, outdir)
            if cypher != rdf:
                differ.append(f"{name} {params}:\n  cypher {cypher}\n  sparql {rdf}")
    assert not differ, "\n".join(differ[:5])


def test_hand_made_events_give_the_same_rows_in_both_stores(neo4j_settings, tmp_path):
    assert_same_rows(hand_events(), tmp_path, neo4j_settings)


def test_incidents_give_the_same_rows_in_both_stores(neo4j_settings, tmp_path):
    events = incident_events()
    assert len({e.incident for e in events}) < len(events)
    assert_same_rows(events, tmp_path, neo4j_settings)


def test_seed_build_gives_the_same_rows_in_both_stores(neo4j_settings, seed_outdir, tmp_path):
    events = read_events(seed_outdir)
    assert any(e.source.id == "sergey-lavrov" and e.target.id == "united-states" for e in events)
    assert_same_rows(events, tmp_path, neo4j_settings)
