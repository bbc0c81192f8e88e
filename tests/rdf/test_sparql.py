"""The named SPARQL queries answered from an OUTDIR: rows, order, parameters, safety."""
from __future__ import annotations

import pytest

from graphbuild.errors import ConfigError, InputError
from graphbuild.querylib import get_query, query_names
from graphbuild.rdf.sparql import run_named

CONTRACT = {
    "who_criticised_whom": ("source", "target", "incidents", "mentions"),
    "who_met_whom": ("source", "target", "incidents", "mentions"),
    "actor_profile": ("counterpart", "direction", "plover", "incidents", "mentions"),
    "conflict_cooperation": ("period", "quad_class", "incidents", "mentions", "goldstein"),
    "central_actors": ("actor", "incidents", "mentions", "counterparts"),
    "event_chain": ("hops", "path"),
    "edge_evidence": ("article", "date", "cameo", "predicate", "sentence"),
}


def rows(name, outdir, **params):
    return run_named(name, {k: str(v) for k, v in params.items()}, outdir)


def pairs(result):
    return [(r["source"], r["target"], r["incidents"]) for r in result]


def test_every_named_query_exists_in_sparql_with_the_contract_columns():
    assert set(query_names("sparql")) == set(CONTRACT)
    for name, columns in CONTRACT.items():
        assert get_query(name, "sparql").columns == columns


def test_the_mentions_of_one_incident_count_once(tmp_path):
    from rdf_cases import incident_events

    from graphbuild.rdf import write_graph

    write_graph(incident_events(), tmp_path / "graph.ttl")
    assert rows("who_criticised_whom", tmp_path)[0] == {
        "source": "Sergey Lavrov", "target": "United States", "incidents": 1, "mentions": 2}
    assert rows("central_actors", tmp_path)[0] == {
        "actor": "Sergey Lavrov", "incidents": 3, "mentions": 5, "counterparts": 2}


def test_who_criticised_whom(hand_outdir):
    assert pairs(rows("who_criticised_whom", hand_outdir)) == [
        ("Sergey Lavrov", "United States", 1), ("Vladimir Putin", "NATO", 1)]
    assert pairs(rows("who_criticised_whom", hand_outdir, include_hedged="true")) == [
        ("Sergey Lavrov", "United States", 1), ("Vladimir Putin", "NATO", 1), ("Vladimir Putin", "United States", 1)]


def test_who_criticised_whom_by_actor_id_or_name_in_any_case(hand_outdir):
    assert pairs(rows("who_criticised_whom", hand_outdir, actor="nato")) == [("Vladimir Putin", "NATO", 1)]
    assert pairs(rows("who_criticised_whom", hand_outdir, actor="SERGEY LAVROV")) == [
        ("Sergey Lavrov", "United States", 1)]
    assert pairs(rows("who_criticised_whom", hand_outdir, actor="united-states")) == [
        ("Sergey Lavrov", "United States", 1)]


def test_who_criticised_whom_by_date(hand_outdir):
    assert pairs(rows("who_criticised_whom", hand_outdir, date_from="2017-05-01")) == [("Vladimir Putin", "NATO", 1)]
    assert pairs(rows("who_criticised_whom", hand_outdir, date_to="2017-04-30")) == [
        ("Sergey Lavrov", "United States", 1)]
    assert rows("who_criticised_whom", hand_outdir, date_from="2017-05-04") == []


def test_who_met_whom_leaves_undated_events_out_only_under_a_date_bound(hand_outdir):
    assert pairs(rows("who_met_whom", hand_outdir)) == [
        ("Rex Tillerson", "Sergey Lavrov", 2), ("Sergey Lavrov", "Rex Tillerson", 1)]
    assert pairs(rows("who_met_whom", hand_outdir, date_from="2017-01-01")) == [
        ("Rex Tillerson", "Sergey Lavrov", 1), ("Sergey Lavrov", "Rex Tillerson", 1)]


def test_actor_profile(hand_outdir):
    assert rows("actor_profile", hand_outdir, actor="sergey-lavrov") == [
        {"counterpart": "Rex Tillerson", "direction": "in", "plover": "CONSULT", "incidents": 2, "mentions": 2},
        {"counterpart": "Rex Tillerson", "direction": "out", "plover": "CONSULT", "incidents": 1, "mentions": 1},
        {"counterpart": "United States", "direction": "out", "plover": "ACCUSE", "incidents": 1, "mentions": 1},
    ]


def test_conflict_cooperation(hand_outdir):
    assert rows("conflict_cooperation", hand_outdir, actor_a="Sergey Lavrov", actor_b="rex-tillerson") == [
        {"period": "2017-04", "quad_class": 1, "incidents": 2, "mentions": 2, "goldstein": 2.0},
        {"period": "unknown", "quad_class": 1, "incidents": 1, "mentions": 1, "goldstein": 1.0},
    ]
    assert rows("conflict_cooperation", hand_outdir, actor_a="united states", actor_b="vladimir putin") == [
        {"period": "2017-05", "quad_class": 3, "incidents": 1, "mentions": 1, "goldstein": -2.0}]


def test_central_actors(hand_outdir):
    assert rows("central_actors", hand_outdir) == [
        {"actor": "Sergey Lavrov", "incidents": 4, "mentions": 4, "counterparts": 2},
        {"actor": "Rex Tillerson", "incidents": 3, "mentions": 3, "counterparts": 1},
        {"actor": "United States", "incidents": 2, "mentions": 2, "counterparts": 2},
        {"actor": "Vladimir Putin", "incidents": 2, "mentions": 2, "counterparts": 2},
        {"actor": "NATO", "incidents": 1, "mentions": 1, "counterparts": 1},
    ]
    assert [r["actor"] for r in rows("central_actors", hand_outdir, limit=2)] == ["Sergey Lavrov", "Rex Tillerson"]


def test_event_chain(hand_outdir):
    assert rows("event_chain", hand_outdir, source="nato", target="Rex Tillerson") == [
        {"hops": 4, "path": "NATO -> Vladimir Putin -> United States -> Sergey Lavrov -> Rex Tillerson"}]
    assert rows("event_chain", hand_outdir, source="nato", target="rex-tillerson", max_hops=3) == []
    assert rows("event_chain", hand_outdir, source="sergey-lavrov", target="vladimir-putin") == [
        {"hops": 2, "path": "Sergey Lavrov -> United States -> Vladimir Putin"}]
    assert rows("event_chain", hand_outdir, source="rex-tillerson", target="sergey-lavrov") == [
        {"hops": 1, "path": "Rex Tillerson -> Sergey Lavrov"}]


def test_edge_evidence(hand_outdir):
    assert rows("edge_evidence", hand_outdir, source="sergey-lavrov", target="united-states") == [
        {"article": "art-1", "date": "2017-04-12", "cameo": "111", "predicate": "criticise",
         "sentence": "Lavrov criticised the United States."}]
    got = rows("edge_evidence", hand_outdir, source="Rex Tillerson", target="sergey-lavrov")
    assert [(r["article"], r["date"]) for r in got] == [("art-1", "2017-04-12"), ("art 3/undated", None)]
    assert rows("edge_evidence", hand_outdir, source="rex-tillerson", target="sergey-lavrov", plover="ACCUSE") == []


@pytest.mark.parametrize("value", ['nato" || true || "', "nato> } ?s ?p ?o {", "'; DROP ALL", "?actor"])
def test_parameters_are_values_not_query_text(hand_outdir, value):
    assert rows("who_criticised_whom", hand_outdir, actor=value) == []


def test_parameter_errors_name_the_parameter(hand_outdir):
    with pytest.raises(ConfigError, match="needs parameter 'actor'"):
        rows("actor_profile", hand_outdir)
    with pytest.raises(ConfigError, match="no parameter 'colour'"):
        rows("who_met_whom", hand_outdir, colour="red")
    with pytest.raises(ConfigError, match="'limit' .* must be an integer"):
        rows("central_actors", hand_outdir, limit="ten")
    with pytest.raises(ConfigError, match="'include_hedged' .* true or false"):
        rows("who_criticised_whom", hand_outdir, include_hedged="maybe")
    with pytest.raises(ConfigError, match="no query named 'who_hates_whom'"):
        rows("who_hates_whom", hand_outdir)


def test_an_outdir_without_rdf_or_events_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="neither graph.ttl nor events.jsonl"):
        rows("central_actors", tmp_path)


def test_events_jsonl_alone_is_enough(hand_outdir):
    (hand_outdir / "graph.ttl").unlink()
    assert pairs(rows("who_criticised_whom", hand_outdir, actor="nato")) == [("Vladimir Putin", "NATO", 1)]


def test_seed_build_says_what_the_seed_article_says(seed_outdir):
    criticised = pairs(rows("who_criticised_whom", seed_outdir))
    assert ("Sergey Lavrov", "United States") in {(s, t) for s, t, _ in criticised}
    assert ("Vladimir Putin", "NATO") in {(s, t) for s, t, _ in criticised}
    met = {(s, t) for s, t, _ in pairs(rows("who_met_whom", seed_outdir))}
    assert {("Rex Tillerson", "Sergey Lavrov"), ("Sergey Lavrov", "Rex Tillerson")} <= met
    profile = rows("actor_profile", seed_outdir, actor="sergey-lavrov")
    assert {"counterpart": "United States", "direction": "out", "plover": "ACCUSE"} in [
        {k: r[k] for k in ("counterpart", "direction", "plover")} for r in profile]
    evidence = rows("edge_evidence", seed_outdir, source="vladimir-putin", target="nato")
    assert evidence and all("NATO" in r["sentence"] or "alliance" in r["sentence"] for r in evidence)
    assert rows("event_chain", seed_outdir, source="rex-tillerson", target="sergey-lavrov")[0]["hops"] == 1
    central = rows("central_actors", seed_outdir, limit=3)
    assert len(central) == 3 and central[0]["incidents"] >= central[-1]["incidents"]


def test_actor_parameters_match_ids_names_and_aliases_in_any_case(hand_outdir):
    lavrov = [("Sergey Lavrov", "United States", 1)]
    for value in ("lavrov", "LAVROV", "Sergey-Lavrov", "sergey lavrov"):
        assert pairs(rows("who_criticised_whom", hand_outdir, actor=value)) == lavrov, value
    # an alias of the target: Washington is the United States
    assert pairs(rows("who_criticised_whom", hand_outdir, actor="washington")) == lavrov
    assert rows("actor_profile", hand_outdir, actor="TILLERSON")[0]["counterpart"] == "Sergey Lavrov"
    assert rows("conflict_cooperation", hand_outdir, actor_a="lavrov", actor_b="tillerson") == \
        rows("conflict_cooperation", hand_outdir, actor_a="sergey-lavrov", actor_b="rex-tillerson")
    assert [r["article"] for r in rows("edge_evidence", hand_outdir, source="Lavrov", target="us")] == ["art-1"]
    assert rows("event_chain", hand_outdir, source="the alliance", target="tillerson")[0]["hops"] == 4


@pytest.mark.parametrize(("params", "message"), [
    ({"date_from": "12/04/2017"}, "parameter 'date_from' of query 'who_criticised_whom' must be an ISO date "
                                  "(YYYY-MM-DD), not '12/04/2017'"),
    ({"date_to": "2017-02-30"}, "'date_to' .* must be an ISO date"),
    ({"date_from": "yesterday"}, "'date_from' .* must be an ISO date"),
])
def test_an_invalid_date_is_an_error_not_an_empty_result(hand_outdir, params, message):
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        rows("who_criticised_whom", hand_outdir, **params)


@pytest.mark.parametrize("value", ["0", "-3", "ten", "2.5"])
def test_an_invalid_limit_is_an_error_not_an_empty_result(hand_outdir, value):
    with pytest.raises(ConfigError, match="parameter 'limit' of query 'central_actors' must be a"):
        rows("central_actors", hand_outdir, limit=value)


@pytest.mark.parametrize("name", ["../sparql/who_met_whom", "/etc/passwd", "who_met_whom/../who_met_whom", ".."])
def test_a_query_name_is_a_name_not_a_path(hand_outdir, name):
    with pytest.raises(ConfigError, match="no query named"):
        run_named(name, {}, hand_outdir)


def test_terminal_escape_codes_are_shown_escaped_in_table_output(tmp_path, capsys):
    from graphbuild.cli import main
    from graphbuild.model import Actor, ArticleRef, Event
    from graphbuild.records import write_events
    from graphbuild.rdf import write_graph

    evil = Actor("evil", "Evil\x1b[2J\x1b[31m Corp\x07", "GROUP")
    target = Actor("victim", "Victim\u2028Line", "STATE")
    art = ArticleRef("a", "t", "2020-01-01")
    events = [Event(doc_id="a", sentence="s", char_start=0, char_end=1, source=evil, target=target,
                    predicate="criticise", cameo="111", plover="ACCUSE", article=art)]
    write_events(events, tmp_path / "events.jsonl")
    write_graph(events, tmp_path / "graph.ttl")
    assert main(["query", "who_criticised_whom", "--graph", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u2028" not in out
    assert "Victim\\u2028Line" in out  # (the RDF itself already holds U+FFFD for ESC and BEL)


def test_table_cells_escape_control_characters():
    from graphbuild.querylib import format_rows

    out = format_rows(("source", "events"), [{"source": "Evil\x1b[2J\x1b[31m Corp\x07\n", "events": None}], "table")
    assert out.splitlines()[2].rstrip() == "Evil\\x1b[2J\\x1b[31m Corp\\x07\\n"
