"""Every named Cypher query against the real server, on the seed story and on a real build."""
from __future__ import annotations

import json

import pytest

from graphbuild.cli import main
from graphbuild.coding import lookup
from graphbuild.neo4j import loader, querying
from graphbuild.querylib import get_query, query_names
from graphbuild.incidents import IncidentRule, assign
from neo4j_samples import ART1, ART2, LAVROV, USA, RUSSIA as ART_TARGET, make_event, story_events

G111, G112, G040 = lookup("111").goldstein, lookup("112").goldstein, lookup("040").goldstein


@pytest.fixture
def story(neo4j_driver, neo4j_settings):
    first, second = story_events()
    loader.load_events(first + second, neo4j_settings)
    return neo4j_driver


def run(drv, name, **params):
    return querying.run_named(name, params, driver=drv)


def test_every_query_has_both_languages_and_the_same_header():
    assert query_names("cypher") == ["actor_profile", "central_actors", "conflict_cooperation", "edge_evidence",
                                     "event_chain", "who_criticised_whom", "who_met_whom"]
    for name in query_names("cypher"):
        cy, sp = get_query(name, "cypher"), get_query(name, "sparql")
        assert cy.columns == sp.columns, name
        assert [(p.name, p.optional, p.default) for p in cy.params] == \
               [(p.name, p.optional, p.default) for p in sp.params], name


def test_who_criticised_whom(story):
    assert run(story, "who_criticised_whom") == [
        {"source": "Nikki Haley", "target": "Russia", "incidents": 1, "mentions": 1},
        {"source": "Sergey Lavrov", "target": "United States", "incidents": 1, "mentions": 1},
        {"source": "Vladimir Putin", "target": "NATO", "incidents": 1, "mentions": 1},
    ]
    # the hedged statement counts only when asked for; the negated one never
    assert run(story, "who_criticised_whom", include_hedged="true")[0] == \
        {"source": "Sergey Lavrov", "target": "United States", "incidents": 2, "mentions": 2}
    assert run(story, "who_criticised_whom", actor="NATO") == [
        {"source": "Vladimir Putin", "target": "NATO", "incidents": 1, "mentions": 1}]
    assert run(story, "who_criticised_whom", actor="united-states", include_hedged="true") == [
        {"source": "Sergey Lavrov", "target": "United States", "incidents": 2, "mentions": 2}]
    assert [r["source"] for r in run(story, "who_criticised_whom", date_from="2017-05-01")] == ["Nikki Haley"]
    assert [r["source"] for r in run(story, "who_criticised_whom", date_to="2017-04-12")] == \
        ["Sergey Lavrov", "Vladimir Putin"]


def test_mentions_of_one_incident_count_once_and_follow_a_new_grouping(neo4j_driver, neo4j_settings):
    first, second = story_events()
    again = make_event(ART1, 200, LAVROV, USA, "112", "Lavrov accused Washington of meddling.", "accuse")
    events = assign(first + second + [again])
    loader.load_events(events, neo4j_settings)
    lavrov = {"source": "Sergey Lavrov", "target": "United States"}
    assert {**lavrov, "incidents": 1, "mentions": 2} in run(neo4j_driver, "who_criticised_whom")
    counts = loader.graph_counts(neo4j_driver)
    assert (counts["Incident"], counts["MENTION_OF"]) == (len({e.incident for e in events}), len(events))
    # Grouped by full code instead, 111 and 112 are two incidents: a reload moves the mentions.
    loader.load_events(assign(events, IncidentRule(codes="code")), neo4j_settings)
    assert {**lavrov, "incidents": 2, "mentions": 2} in run(neo4j_driver, "who_criticised_whom")
    assert loader.graph_counts(neo4j_driver)["Incident"] == len({e.incident for e in events}) + 1
    loader.unload(ART1.id, neo4j_settings)  # its incidents go with its events
    assert loader.graph_counts(neo4j_driver)["Incident"] == len({e.incident for e in events if e.doc_id == ART2.id})


def test_who_met_whom(story):
    assert run(story, "who_met_whom") == [
        {"source": "Rex Tillerson", "target": "Sergey Lavrov", "incidents": 1, "mentions": 1},
        {"source": "Sergey Lavrov", "target": "Rex Tillerson", "incidents": 1, "mentions": 1},
    ]
    assert run(story, "who_met_whom", actor="sergey LAVROV", date_from="2017-05-01") == []


def test_actor_profile(story):
    assert run(story, "actor_profile", actor="sergey-lavrov") == [
        {"counterpart": "United States", "direction": "out", "plover": "ACCUSE", "incidents": 2, "mentions": 2},
        {"counterpart": "Rex Tillerson", "direction": "in", "plover": "CONSULT", "incidents": 1, "mentions": 1},
        {"counterpart": "Rex Tillerson", "direction": "out", "plover": "CONSULT", "incidents": 1, "mentions": 1},
    ]


def test_conflict_cooperation(story):
    assert run(story, "conflict_cooperation", actor_a="United States", actor_b="sergey-lavrov") == [
        {"period": "2017-04", "quad_class": 3, "incidents": 1, "mentions": 1, "goldstein": round(G111, 2)},
        {"period": "2017-05", "quad_class": 3, "incidents": 1, "mentions": 1, "goldstein": round(G111, 2)},
    ]
    assert run(story, "conflict_cooperation", actor_a="Rex Tillerson", actor_b="Sergey Lavrov") == [
        {"period": "2017-04", "quad_class": lookup("040").quad_class, "incidents": 2, "mentions": 2, "goldstein": round(2 * G040, 2)}]


def test_central_actors(story):
    assert run(story, "central_actors", limit="3") == [
        {"actor": "Sergey Lavrov", "incidents": 4, "mentions": 4, "counterparts": 2},
        {"actor": "Rex Tillerson", "incidents": 2, "mentions": 2, "counterparts": 1},
        {"actor": "United States", "incidents": 2, "mentions": 2, "counterparts": 1},
    ]
    assert len(run(story, "central_actors")) == 7  # default limit 10, seven actors


def test_event_chain(story):
    assert run(story, "event_chain", source="Rex Tillerson", target="united-states") == [
        {"hops": 2, "path": "Rex Tillerson -> Sergey Lavrov -> United States"}]
    assert run(story, "event_chain", source="Rex Tillerson", target="united-states", max_hops="1") == []
    # Tillerson -> Putin is negated, so there is no chain to NATO
    assert run(story, "event_chain", source="rex-tillerson", target="nato") == []


def test_edge_evidence(story):
    rows = run(story, "edge_evidence", source="Sergey Lavrov", target="United States")
    assert rows == [
        {"article": ART1.id, "date": "2017-04-12", "cameo": "111", "predicate": "criticise",
         "sentence": "Lavrov criticised the United States."},
        {"article": ART2.id, "date": "2017-05-03", "cameo": "111", "predicate": "criticise",
         "sentence": "Lavrov may criticise Washington again."},
    ]
    assert run(story, "edge_evidence", source="Sergey Lavrov", target="United States", plover="CONSULT") == []
    assert run(story, "edge_evidence", source="United States", target="Sergey Lavrov") == []


def test_cli_query_formats(story, neo4j_env, capsys):
    assert main(["query", "who_met_whom", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0] == {"source": "Rex Tillerson", "target": "Sergey Lavrov", "incidents": 1, "mentions": 1}
    assert main(["query", "who_criticised_whom", "--param", "actor=NATO"]) == 0
    assert [line.rstrip() for line in capsys.readouterr().out.splitlines()] == [
        "source          target  incidents  mentions", "--------------  ------  ---------  --------",
        "Vladimir Putin  NATO    1          1"]


def test_cli_query_names_and_bad_parameters(capsys):
    assert main(["query"]) == 0
    listing = capsys.readouterr().out
    assert "who_criticised_whom(actor?, date_from?, date_to?, include_hedged?)" in listing
    assert main(["query", "who_critiqued_whom"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "graphbuild: error: no query named 'who_critiqued_whom'"
    assert "who_criticised_whom" in err[1]
    assert main(["query", "who_met_whom", "--param", "person=Lavrov"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == "graphbuild: error: query 'who_met_whom' has no parameter 'person'"
    assert main(["query", "event_chain", "--param", "source=a"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == "graphbuild: error: query 'event_chain' needs parameter 'target'"
    assert main(["query", "central_actors", "--param", "limit=ten"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == \
        "graphbuild: error: parameter 'limit' of query 'central_actors' must be an integer, not 'ten'"


def test_seed_build_loaded_twice_and_queried(seed_outdir, neo4j_driver, neo4j_env, capsys):
    """The real build of seeds/: loading it twice changes nothing; the queries say what it says."""
    assert main(["load", str(seed_outdir)]) == 0
    counts = loader.graph_counts(neo4j_driver)
    assert main(["load", str(seed_outdir / "events.jsonl")]) == 0
    assert loader.graph_counts(neo4j_driver) == counts
    criticised = {(r["source"], r["target"]) for r in run(neo4j_driver, "who_criticised_whom")}
    assert {("Sergey Lavrov", "United States"), ("Vladimir Putin", "NATO")} <= criticised
    met = {(r["source"], r["target"]) for r in run(neo4j_driver, "who_met_whom")}
    assert {("Rex Tillerson", "Sergey Lavrov"), ("Sergey Lavrov", "Rex Tillerson")} <= met
    assert run(neo4j_driver, "edge_evidence", source="sergey-lavrov", target="united-states")
    profile = run(neo4j_driver, "actor_profile", actor="Sergey Lavrov")
    assert {"counterpart": "United States", "direction": "out", "plover": "ACCUSE"} in \
        [{k: r[k] for k in ("counterpart", "direction", "plover")} for r in profile]
    assert run(neo4j_driver, "central_actors", limit="1")[0]["incidents"] >= 3
    assert run(neo4j_driver, "conflict_cooperation", actor_a="sergey-lavrov", actor_b="united-states")
    assert run(neo4j_driver, "event_chain", source="Rex Tillerson", target="United States")[0]["hops"] <= 2


def test_build_with_neo4j_loads_what_it_built(tmp_path, neo4j_driver, neo4j_env, capsys):
    """`graphbuild build ... --neo4j`: the files and the server hold the same events."""
    seed = tmp_path / "a.txt"
    seed.write_text("Germany condemned Iran on Tuesday. Chile and Peru met in Lima.\n", encoding="utf-8")
    assert main(["build", str(seed), "-o", str(tmp_path / "out"), "--neo4j"]) == 0
    assert "loaded 3 events" in capsys.readouterr().out
    criticised = {(r["source"], r["target"]) for r in run(neo4j_driver, "who_criticised_whom")}
    assert criticised == {("Germany", "Iran")}
    written = {json.loads(line)["id"] for line in (tmp_path / "out" / "events.jsonl").open(encoding="utf-8")}
    stored = {r["id"] for r in neo4j_driver.execute_query("MATCH (e:Event) RETURN e.id AS id").records}
    assert stored == written


def test_actor_parameters_match_ids_names_and_aliases_in_any_case(story):
    lavrov = run(story, "who_criticised_whom", actor="sergey-lavrov")
    assert lavrov and all(r["source"] == "Sergey Lavrov" or r["target"] == "Sergey Lavrov" for r in lavrov)
    for value in ("Lavrov", "LAVROV", "SERGEY-LAVROV", "sergey lavrov"):
        assert run(story, "who_criticised_whom", actor=value) == lavrov, value
    assert run(story, "who_criticised_whom", actor="moscow") == [
        {"source": "Nikki Haley", "target": "Russia", "incidents": 1, "mentions": 1}]
    assert run(story, "conflict_cooperation", actor_a="lavrov", actor_b="TILLERSON") == \
        run(story, "conflict_cooperation", actor_a="sergey-lavrov", actor_b="rex-tillerson")
    assert run(story, "edge_evidence", source="lavrov", target="washington")
    assert run(story, "event_chain", source="tillerson", target="Washington")[0]["hops"] == 2
    assert run(story, "actor_profile", actor="HALEY") == [
        {"counterpart": "Russia", "direction": "out", "plover": "ACCUSE", "incidents": 1, "mentions": 1}]


def test_readme_query_example_returns_rows(seed_outdir, neo4j_driver, neo4j_env, capsys):
    assert main(["load", str(seed_outdir)]) == 0
    capsys.readouterr()
    assert main(["query", "who_criticised_whom", "--param", "actor=Lavrov"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "target", "incidents", "mentions"]
    assert any(line.startswith("Sergey Lavrov") for line in lines[2:])


def test_invalid_parameters_are_errors_before_any_connection(capsys):
    assert main(["query", "who_met_whom", "--param", "date_from=2017/04/12"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == (
        "graphbuild: error: parameter 'date_from' of query 'who_met_whom' must be an ISO date (YYYY-MM-DD), "
        "not '2017/04/12'")
    assert main(["query", "central_actors", "--param", "limit=0"]) == 2
    assert "must be a positive integer" in capsys.readouterr().err
    assert main(["query", "../cypher/who_met_whom"]) == 2
    assert capsys.readouterr().err.splitlines()[0] == "graphbuild: error: no query named '../cypher/who_met_whom'"


def test_table_output_escapes_terminal_codes_from_article_text(neo4j_driver, neo4j_settings, neo4j_env, capsys):
    from graphbuild.model import Actor, ArticleRef, Event

    evil = Actor("evil", "Evil\x1b[2J\x1b[31m Corp", "GROUP")
    art = ArticleRef("a", "t", "2020-01-01")
    loader.load_events([Event(doc_id="a", sentence="s", char_start=0, char_end=1, source=evil,
                              target=ART_TARGET, predicate="criticise", cameo="111", plover="ACCUSE",
                              article=art)], neo4j_settings)
    assert main(["query", "who_criticised_whom"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Evil\\x1b[2J\\x1b[31m Corp" in out
