"""The actor graph and its GraphML/GEXF files."""
from __future__ import annotations

import json

import networkx as nx

from graphbuild.model import Actor
from graphbuild.network import build_graph, read_graphml, write_gexf, write_graphml

from viz_samples import ART2, LAVROV, USA, make_event

NODE_ATTRS = {"name", "type", "country", "cameo", "role", "aliases", "resolved", "events"}
EDGE_ATTRS = {"events", "quad_class", "goldstein_mean", "event_list",
              "events_q1", "events_q2", "events_q3", "events_q4"}


def test_actors_are_nodes_and_directed_pairs_are_edges(seed_like_events):
    g = build_graph(seed_like_events)
    assert set(g.nodes) == {"sergey-lavrov", "united-states", "rex-tillerson", "vladimir-putin", "nato"}
    assert set(g.edges) == {("sergey-lavrov", "united-states"), ("rex-tillerson", "sergey-lavrov"),
                            ("sergey-lavrov", "rex-tillerson"), ("vladimir-putin", "nato")}
    e = g.edges["sergey-lavrov", "united-states"]
    assert e["events"] == 2 and e["events_q3"] == 2 and e["events_q1"] == 0
    assert e["quad_class"] == 3 and e["goldstein_mean"] == -2.0
    assert [ev["cameo"] for ev in e["event_list"]] == ["111", "112"]
    first = e["event_list"][0]
    assert first["sentence"] == "Lavrov criticised the United States for its strike."
    assert (first["article_title"], first["article_url"], first["date"], first["plover"]) == (
        "Lavrov & Tillerson <meet> in Moscow", "https://example.org/a?x=1&y=2", "2017-04-12", "ACCUSE")
    lavrov = g.nodes["sergey-lavrov"]
    assert (lavrov["name"], lavrov["country"], lavrov["cameo"], lavrov["events"]) == (
        "Sergey Lavrov", "RUS", "RUSGOV", 4)


def test_negated_events_are_left_out_unless_asked_for(seed_like_events):
    assert not build_graph(seed_like_events).has_edge("vladimir-putin", "united-states")
    g = build_graph(seed_like_events, include_negated=True)
    assert g.edges["vladimir-putin", "united-states"]["event_list"][0]["negated"] is True


def test_one_actor_read_twice_is_one_node_with_both_spellings():
    other = Actor("sergey-lavrov", "Lavrov", "PERSON", None, None, aliases=("Sergei Lavrov",))
    evs = [make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "a", ART2, 0),
           make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "b", ART2, 10),
           make_event(other, USA, "111", "ACCUSE", 3, -2.0, "c", ART2, 20)]
    node = build_graph(evs).nodes["sergey-lavrov"]
    assert node["name"] == "Sergey Lavrov"  # the most frequent spelling
    assert node["aliases"] == ["Lavrov", "Sergei Lavrov"]
    assert node["country"] == "RUS" and node["events"] == 3


def test_dominant_quad_class_tie_goes_to_conflict():
    evs = [make_event(LAVROV, USA, "040", "CONSULT", 1, 1.0, "met", ART2, 0),
           make_event(LAVROV, USA, "111", "ACCUSE", 3, -2.0, "criticised", ART2, 10)]
    e = build_graph(evs).edges["sergey-lavrov", "united-states"]
    assert (e["events_q1"], e["events_q3"], e["quad_class"]) == (1, 1, 3)
    assert e["goldstein_mean"] == -0.5


def test_graphml_reads_back_with_every_attribute(tmp_path, seed_like_events, evil_events):
    g = build_graph(seed_like_events + evil_events)
    path = tmp_path / "graph.graphml"
    write_graphml(seed_like_events + evil_events, path)
    raw = nx.read_graphml(path)  # plain networkx, as a user would
    assert isinstance(raw, nx.DiGraph)
    assert set(raw.nodes) == set(g.nodes) and set(raw.edges) == set(g.edges)
    # Lists travel as JSON text; None values are left off.
    lavrov = raw.nodes["sergey-lavrov"]
    assert NODE_ATTRS <= set(lavrov) and json.loads(lavrov["aliases"]) == ["Lavrov"]
    assert lavrov["events"] == 4 and lavrov["resolved"] is True
    for s, t, d in raw.edges(data=True):
        assert EDGE_ATTRS <= set(d), (s, t)
    back = read_graphml(path)
    for n, d in g.nodes(data=True):
        assert back.nodes[n] == {k: v for k, v in d.items() if v is not None}
    for s, t, d in g.edges(data=True):
        assert back.edges[s, t] == {k: v for k, v in d.items() if v is not None}
    evil = back.edges["evil", "united-states"]["event_list"][0]
    assert evil["sentence"].startswith("</script><script>alert(4)</script>")
    assert back.nodes["evil"]["name"] == "<script>alert(1)</script>"


def test_gexf_opens_with_networkx_with_attributes_and_positions(tmp_path, seed_like_events):
    path = tmp_path / "graph.gexf"
    write_gexf(seed_like_events, path)
    g = nx.read_gexf(path)
    assert g.number_of_nodes() == 5 and g.number_of_edges() == 4
    lavrov = g.nodes["sergey-lavrov"]
    assert lavrov["label"] == "Sergey Lavrov" and lavrov["country"] == "RUS" and lavrov["events"] == 4
    assert {"x", "y"} <= set(lavrov["viz"]["position"]) and "color" in lavrov["viz"]
    edge = g.edges["sergey-lavrov", "united-states"]
    assert edge["events_q3"] == 2 and len(json.loads(edge["event_list"])) == 2


def test_empty_event_list_gives_empty_files(tmp_path):
    write_graphml([], tmp_path / "g.graphml")
    write_gexf([], tmp_path / "g.gexf")
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 0
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == 0
