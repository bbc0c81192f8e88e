"""Events and graph snapshots shared by the Neo4j tests."""
from __future__ import annotations

import hashlib
import json

from graphbuild.coding import lookup
from graphbuild.model import Actor, ArticleRef, Event


def wipe(drv) -> None:
    """Empty the database in chunks, events first, so that a graph left by the benchmark
    (100,000 events) does not outgrow one transaction's memory."""
    for match in ("MATCH (n:Event)", "MATCH (n)"):
        while drv.execute_query(f"{match} WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n").records[0]["n"]:
            pass


def snapshot_rows(drv) -> list[str]:
    """Every node (labels, properties) and every relationship (type, end keys, properties) as
    sorted JSON lines."""
    nodes, _, _ = drv.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
    rels, _, _ = drv.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.code) AS a, coalesce(b.id, b.code) AS b,"
        " properties(r) AS props")
    keys = sorted(json.dumps([r["labels"], r["props"]], sort_keys=True) for r in nodes)
    keys += sorted(json.dumps([r["type"], r["a"], r["b"], r["props"]], sort_keys=True) for r in rels)
    return keys


def schema(drv) -> set[tuple]:
    """Every constraint and index: (kind, type, entity, labels or types, properties, state)."""
    constraints, _, _ = drv.execute_query(
        "SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties RETURN *")
    indexes, _, _ = drv.execute_query(
        "SHOW INDEXES YIELD type, entityType, labelsOrTypes, properties, state RETURN *")
    return ({("constraint", r["type"], r["entityType"], tuple(r["labelsOrTypes"] or ()), tuple(r["properties"] or ()),
              None) for r in constraints}
            | {("index", r["type"], r["entityType"], tuple(r["labelsOrTypes"] or ()), tuple(r["properties"] or ()),
                r["state"]) for r in indexes})


def snapshot(drv) -> tuple[dict[str, int], str]:
    """Counts per label and relationship type, and a checksum of every node (label, key,
    properties) and every relationship (type, end keys, properties)."""
    from graphbuild.neo4j.loader import graph_counts

    return graph_counts(drv), hashlib.sha256("\n".join(snapshot_rows(drv)).encode("utf-8")).hexdigest()


# -- events --------------------------------------------------------------------------------

LAVROV = Actor("sergey-lavrov", "Sergey Lavrov", "PERSON", "RUS", "RUSGOV", "GOV", ("Lavrov",))
USA = Actor("united-states", "United States", "STATE", "USA", "USA", None, ("Washington",))
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "PERSON", "RUS", "RUSGOV", "GOV", ("Putin",))
NATO = Actor("nato", "NATO", "IGO", None, "IGONAT", None, ())
TILLERSON = Actor("rex-tillerson", "Rex Tillerson", "PERSON", "USA", "USAGOV", "GOV", ("Tillerson",))
HALEY = Actor("nikki-haley", "Nikki Haley", "PERSON", "USA", "USAGOV", "GOV", ("Haley",))
RUSSIA = Actor("russia", "Russia", "STATE", "RUS", "RUS", None, ("Moscow",))

ART1 = ArticleRef("seed-1", "Lavrov and Tillerson meet in Moscow", "2017-04-12", "https://example.org/1", "Example")
ART2 = ArticleRef("seed-2", "Haley at the UN", "2017-05-03", "https://example.org/2", "Example")


def make_event(article: ArticleRef, offset: int, source: Actor, target: Actor | None, cameo: str, sentence: str,
               predicate: str, negated: bool = False, modality: str = "asserted") -> Event:
    code = lookup(cameo)
    return Event(doc_id=article.id, sentence=sentence, char_start=offset, char_end=offset + len(sentence),
                 source=source, target=target, predicate=predicate, cameo=cameo, plover=code.plover,
                 plover_mode=code.plover_mode, quad_class=code.quad_class, goldstein=code.goldstein,
                 negated=negated, modality=modality, confidence=0.9, rule="test", article=article)


def story_events() -> tuple[list[Event], list[Event]]:
    """The seed article's statements (article 1) and a second article that shares actors."""
    met = "Tillerson met Lavrov in Moscow."
    first = [
        make_event(ART1, 0, LAVROV, USA, "111", "Lavrov criticised the United States.", "criticise"),
        make_event(ART1, 40, PUTIN, NATO, "112", "Putin accused NATO of expansion.", "accuse"),
        make_event(ART1, 80, TILLERSON, LAVROV, "040", met, "meet"),
        make_event(ART1, 80, LAVROV, TILLERSON, "040", met, "meet"),
        make_event(ART1, 120, TILLERSON, PUTIN, "111", "Tillerson did not criticise Putin.", "criticise",
                   negated=True),
    ]
    second = [
        make_event(ART2, 0, HALEY, RUSSIA, "112", "Haley accused Russia of shielding Syria.", "accuse"),
        make_event(ART2, 50, LAVROV, USA, "111", "Lavrov may criticise Washington again.", "criticise",
                   modality="hedged"),
        # no target: an Event with a SOURCE only, and no direct relationship
        make_event(ART2, 100, HALEY, None, "0874", "Haley withdrew.", "withdraw"),
    ]
    return first, second
