"""Names and parameters that look like Cypher are stored and queried as plain text."""
from __future__ import annotations

from graphbuild.model import Actor, ArticleRef
from graphbuild.neo4j import loader, querying
from neo4j_samples import LAVROV, make_event, story_events

NASTY_NAME = "O'Brien \"The `Backtick`\" {x: 1}}) MATCH (n) DETACH DELETE n // $actor \\ RETURN"
NASTY_ID = "o'brien\"`}) DETACH DELETE n //"
NASTY = Actor(NASTY_ID, NASTY_NAME, "PERSON", None, None)
NASTY_ARTICLE = ArticleRef("art' OR 1=1 }) //`", "Title with {braces} and `ticks`", "2018-01-01")
SENTENCE = "He said: \"'; MATCH (n) DETACH DELETE n; //\" and {left: `right`}."


def test_names_and_parameters_stay_plain_text(neo4j_driver, neo4j_settings):
    first, _ = story_events()
    nasty = make_event(NASTY_ARTICLE, 0, NASTY, LAVROV, "111", SENTENCE, "criticise")
    loader.load_events(first + [nasty], neo4j_settings)
    counts = loader.graph_counts(neo4j_driver)
    assert (counts["Event"], counts["Actor"], counts["Article"]) == (6, 6, 2)

    records, _, _ = neo4j_driver.execute_query("MATCH (a:Actor {id: $id}) RETURN a.name AS name", id=NASTY_ID)
    assert [r["name"] for r in records] == [NASTY_NAME]

    for actor in (NASTY_NAME, NASTY_NAME.upper(), NASTY_ID):
        rows = querying.run_named("who_criticised_whom", {"actor": actor}, driver=neo4j_driver)
        assert rows == [{"source": NASTY_NAME, "target": "Sergey Lavrov", "incidents": 1, "mentions": 1}]
    rows = querying.run_named("edge_evidence", {"source": NASTY_NAME, "target": "sergey-lavrov"}, driver=neo4j_driver)
    assert rows == [{"article": NASTY_ARTICLE.id, "date": "2018-01-01", "cameo": "111",
                     "predicate": "criticise", "sentence": SENTENCE}]
    # a parameter that is a Cypher fragment matches nothing and deletes nothing
    rows = querying.run_named("actor_profile", {"actor": "x' OR 1=1 WITH 1 AS a MATCH (n) DETACH DELETE n //"},
                              driver=neo4j_driver)
    assert rows == []
    assert loader.graph_counts(neo4j_driver)["Event"] == 6

    report = loader.unload(NASTY_ARTICLE.id, neo4j_settings)
    assert (report.events, report.actors) == (1, 1)
    assert loader.graph_counts(neo4j_driver)["Event"] == 5
