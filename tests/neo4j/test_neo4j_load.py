"""The loader against the real server: model, idempotence, incremental loads, unload."""
from __future__ import annotations

from dataclasses import replace

from graphbuild.cli import main
from graphbuild.neo4j import loader
from graphbuild.records import write_events
from neo4j_samples import ART1, ART2, LAVROV, snapshot, story_events, wipe


def test_model_nodes_and_relationships(neo4j_driver, neo4j_settings):
    first, _ = story_events()
    report = loader.load_events(first, neo4j_settings)
    assert (report.events, report.actors, report.articles) == (5, 5, 1)
    assert report.direct == 4  # the negated event has no direct relationship
    counts = loader.graph_counts(neo4j_driver)
    assert counts["Event"] == 5 and counts["Actor"] == 5 and counts["Article"] == 1
    assert counts["SOURCE"] == counts["TARGET"] == counts["REPORTED_IN"] == counts["OF_TYPE"] == 5
    assert counts["CRITICIZED"] == 2 and counts["CONSULTED"] == 2
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (s:Actor)-[r:CRITICIZED]->(t:Actor) RETURN s.name AS s, t.name AS t, r.cameo AS cameo,"
        " r.date AS date, r.sentence AS sentence, r.article AS article ORDER BY s")
    assert [dict(r) for r in records] == [
        {"s": "Sergey Lavrov", "t": "United States", "cameo": "111", "date": "2017-04-12",
         "sentence": "Lavrov criticised the United States.", "article": ART1.id},
        {"s": "Vladimir Putin", "t": "NATO", "cameo": "112", "date": "2017-04-12",
         "sentence": "Putin accused NATO of expansion.", "article": ART1.id},
    ]
    # the negated statement is kept as an event, marked, without a CRITICIZED edge
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'rex-tillerson'})<-[:SOURCE]-(e:Event {negated: true})-[:TARGET]->"
        "(:Actor {id: 'vladimir-putin'}) RETURN count(e) AS n")
    assert records[0]["n"] == 1


def test_an_event_with_no_target_has_a_source_and_no_direct_relationship(neo4j_driver, neo4j_settings):
    first, second = story_events()
    untargeted = [e for e in second if e.target is None]
    assert len(untargeted) == 1
    report = loader.load_events(first + second, neo4j_settings)
    assert report.direct == 6  # the negated and the untargeted event draw none
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Event {id: $id}) OPTIONAL MATCH (e)-[r]->(x) RETURN type(r) AS rel, coalesce(x.id, x.code) AS end"
        " ORDER BY rel", id=untargeted[0].id)
    assert [(r["rel"], r["end"]) for r in records] == [
        ("OF_TYPE", "0874"), ("REPORTED_IN", ART2.id), ("SOURCE", "nikki-haley")]
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'nikki-haley'})-[r]->(:Actor) RETURN collect(type(r)) AS rels")
    assert records[0]["rels"] == ["CRITICIZED"]
    # loaded again (alone, and with the rest): nothing changes
    before = snapshot(neo4j_driver)
    loader.load_events(untargeted, neo4j_settings)
    loader.load_events(first + second, neo4j_settings)
    assert snapshot(neo4j_driver) == before


def test_cameo_code_list_with_broader_to_root(neo4j_driver, neo4j_settings):
    loader.load_events(story_events()[0], neo4j_settings)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (c:CameoCode {code: '112'})-[:BROADER]->(r:CameoCode) RETURN r.code AS root, r.label AS label")
    assert [dict(r) for r in records] == [{"root": "11", "label": "DISAPPROVE"}]
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (c:CameoCode) WHERE c.code STARTS WITH '11' AND NOT (c)-[:BROADER]->(:CameoCode {code: '11'})"
        " RETURN collect(c.code) AS codes")
    assert records[0]["codes"] == ["11"]


def test_constraints_exist(neo4j_driver, neo4j_settings):
    loader.load_events(story_events()[0], neo4j_settings)
    records, _, _ = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type RETURN labelsOrTypes[0] AS label,"
        " properties[0] AS prop, type")
    found = {(r["label"], r["prop"]) for r in records if r["type"] == "UNIQUENESS"}
    assert {("Actor", "id"), ("Event", "id"), ("Article", "id"), ("CameoCode", "code")} <= found


def test_loading_twice_changes_nothing(neo4j_driver, neo4j_settings):
    events = [e for pair in story_events() for e in pair]
    loader.load_events(events, neo4j_settings)
    once = snapshot(neo4j_driver)
    loader.load_events(events, neo4j_settings, batch_size=2)  # other batch boundaries too
    assert snapshot(neo4j_driver) == once


def test_batches_written_at_once_give_the_graph_of_one_writer(neo4j_driver, neo4j_settings):
    """Four writers over small batches that share actors, articles and incidents (each incident
    merged by several batches at once) write the graph one writer writes, and again nothing more."""
    first, second = story_events()
    events = [replace(e, id="", doc_id=f"{e.doc_id}-{n}", incident=f"incident-{n % 5}")
              for n in range(40) for e in first + second]
    loader.load_events(events, neo4j_settings, batch_size=3, writers=1)
    one = snapshot(neo4j_driver)
    wipe(neo4j_driver)
    report = loader.load_events(events, neo4j_settings, batch_size=3, writers=4)
    assert report.events == len(events) and report.batches == -(-len(events) // 3)
    assert snapshot(neo4j_driver) == one
    loader.load_events(events, neo4j_settings, batch_size=3, writers=4)
    assert snapshot(neo4j_driver) == one


def test_incremental_load_merges_actors(neo4j_driver, neo4j_settings):
    first, second = story_events()
    loader.load_events(first, neo4j_settings)
    loader.load_events(second, neo4j_settings)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (a:Actor {id: $id})<-[:SOURCE]-(e:Event) RETURN count(DISTINCT a) AS actors, count(e) AS events",
        id=LAVROV.id)
    assert dict(records[0]) == {"actors": 1, "events": 3}
    assert loader.graph_counts(neo4j_driver)["Article"] == 2


def test_unload_removes_exactly_one_article(neo4j_driver, neo4j_settings):
    first, second = story_events()
    loader.load_events(first, neo4j_settings)
    before = snapshot(neo4j_driver)
    loader.load_events(second, neo4j_settings)
    assert snapshot(neo4j_driver) != before
    report = loader.unload(ART2.id, neo4j_settings)
    assert (report.events, report.direct, report.actors) == (3, 2, 2)  # Haley and Russia go; the untargeted event draws no direct
    assert snapshot(neo4j_driver) == before


def test_cli_load_and_unload(neo4j_driver, neo4j_env, tmp_path, capsys):
    first, second = story_events()
    write_events(first + second, tmp_path / "events.jsonl")
    assert main(["load", str(tmp_path), "--batch-size", "2", "--writers", "3"]) == 0
    assert "loaded 8 events, 7 actors, 2 articles (6 direct relationships, 4 batches)" in capsys.readouterr().out
    assert main(["unload", ART1.id]) == 0
    assert "unloaded article seed-1: 5 events" in capsys.readouterr().out
    counts = loader.graph_counts(neo4j_driver)
    assert (counts["Event"], counts["Article"]) == (3, 1)
    # Lavrov keeps his hedged event of article 2; Tillerson, Putin and NATO have none left
    records, _, _ = neo4j_driver.execute_query("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")
    assert [r["id"] for r in records] == ["nikki-haley", "russia", "sergey-lavrov", "united-states"]


def test_cli_unload_unknown_article(neo4j_driver, neo4j_env, capsys):
    assert main(["unload", "no-such-article"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"graphbuild: error: no article with id 'no-such-article' in Neo4j at {neo4j_env.uri}"


def test_relationship_types_derived_in_one_place():
    assert loader.relationship_type("111", "ACCUSE") == "CRITICIZED"
    assert loader.relationship_type("0431", "CONSULT") == "CONSULTED"
    assert loader.relationship_type(None, "ACCUSE") == "CRITICIZED"
    assert loader.relationship_type(None, None) == "INTERACTED_WITH"
    assert all(t.replace("_", "").isalpha() and t.isupper() for t in loader.relationship_types())


def test_a_reloaded_event_with_new_properties_is_updated_not_duplicated(neo4j_driver, neo4j_settings):
    """Events already in the graph take the update path: their node and their direct
    relationship (found through its event_id constraint) get the new properties."""
    from dataclasses import replace

    first, _ = story_events()
    loader.load_events(first, neo4j_settings)
    counts = loader.graph_counts(neo4j_driver)
    changed = [replace(e, modality="reported", confidence=0.5) for e in first]
    assert [e.id for e in changed] == [e.id for e in first]
    loader.load_events(changed, neo4j_settings, batch_size=2)
    assert loader.graph_counts(neo4j_driver) == counts
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (:Actor {id: 'sergey-lavrov'})-[r:CRITICIZED]->(:Actor {id: 'united-states'}) "
        "MATCH (e:Event {id: r.event_id}) RETURN r.modality AS rel, e.modality AS event, e.confidence AS c")
    assert [dict(r) for r in records] == [{"rel": "reported", "event": "reported", "c": 0.5}]


def test_direct_relationships_have_a_unique_event_id(neo4j_driver, neo4j_settings):
    loader.load_events(story_events()[0], neo4j_settings)
    records, _, _ = neo4j_driver.execute_query(
        "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'RELATIONSHIP_UNIQUENESS' "
        "RETURN labelsOrTypes[0] AS rel, properties AS props")
    assert {r["rel"] for r in records if r["props"] == ["event_id"]} == set(loader.relationship_types())


def test_an_oversized_key_is_refused_with_one_line_and_the_rest_loads(neo4j_driver, neo4j_env, tmp_path, capsys):
    from dataclasses import replace

    first, second = story_events()
    huge = replace(first[0].source, id="x" * 20_000)
    bad = replace(first[0], source=huge, id="")
    write_events(first + [bad] + second, tmp_path / "events.jsonl")
    assert main(["load", str(tmp_path)]) == 1  # finished, one event skipped
    out, err = capsys.readouterr()
    assert "loaded 8 events" in out
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"graphbuild: skipped: event {bad.id}: its source actor id (")
    assert "20000 characters" in lines[0]
    assert loader.graph_counts(neo4j_driver)["Event"] == 8


def test_an_event_date_read_from_the_text_is_loaded_beside_the_article_date(neo4j_driver, neo4j_settings):
    import dataclasses

    first, _ = story_events()
    dated = dataclasses.replace(first[0], event_date="2017-04", date_precision="month", date_text="in April",
                                date_source="text")
    loader.load_events([dated, *first[1:]], neo4j_settings)
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (e:Event) RETURN e.id AS id, e.date AS date, e.event_date AS event_date, "
        "e.date_precision AS precision, e.date_text AS text, e.date_source AS source ORDER BY id")
    rows = {r["id"]: dict(r) for r in records}
    assert rows[dated.id] == {"id": dated.id, "date": "2017-04-12", "event_date": "2017-04", "precision": "month",
                              "text": "in April", "source": "text"}
    assert all(r["event_date"] is None for i, r in rows.items() if i != dated.id)
