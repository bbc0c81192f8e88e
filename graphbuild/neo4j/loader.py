"""The Neo4j sink: events in, an idempotent property graph out; and unloading one article.

The graph model (one word per concept, as in the rest of graphbuild):

    (:Actor {id, name, type, country, cameo, role, aliases (absent when none), resolved})
    (:Article {id, title, date, url, source})
    (:CameoCode {code, label, root, root_label, level, goldstein, quad_class, plover, plover_mode})
    (:Event {id, cameo, root, plover, plover_mode, quad_class, goldstein, negated, modality,
             confidence, predicate, rule, sentence, char_start, char_end, date, article, extracted_at,
             event_date, date_precision, date_text, date_source})

    (:Event)-[:SOURCE]->(:Actor)          who acted
    (:Event)-[:TARGET]->(:Actor)          on whom (none when the event has no target)
    (:Event)-[:OF_TYPE]->(:CameoCode)     its CAMEO event code
    (:Event)-[:REPORTED_IN]->(:Article)   where it was read
    (:Event)-[:MENTION_OF]->(:Incident {id}) the happening it reports (incidents.py); the
                                           incident's counts are those of its MENTION_OF
    (:CameoCode)-[:BROADER]->(:CameoCode) a code to its root (e.g. 112 -> 11)
    (:Actor)-[:CRITICIZED|CONSULTED|... {event_id, cameo, plover, quad_class, goldstein,
             modality, date, sentence, article}]->(:Actor)
                                           one direct relationship per non-negated event with a
                                           target, typed by `relationship_type` (table
                                           data/neo4j_relationships.csv)

Actors, articles and codes are merged on their stable ids. Events are looked up by id, batch by
batch: an event not in the graph is created with all its relationships at once, one already there
is updated (its direct relationship found through the uniqueness constraint on event_id). A batch
is one transaction, so an event is in the graph with all its relationships or not at all: loading
the same events again changes nothing, and a load cut short is completed by running it again.
With `writers` above 1, that many batches are written at once, each in its own session.
A load writes its articles, then its actors, then its events, each in batches (UNWIND $rows).
An event's `date` is its article's ISO date (the named queries filter on it), `event_date` its
own (YYYY-MM-DD, YYYY-MM or YYYY, with `date_precision`, `date_text` and `date_source`); kept as
strings so they compare like the RDF side.
"""
from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import neo4j

from ..coding import cameo_table
from ..errors import ConfigError, InputError
from ..model import Event
from ..resources import data_path
from ..tables import check, rows
from . import connection

DEFAULT_BATCH_SIZE = 1000
# Batches of events written at once, each in its own session: one transaction runs on one of the
# server's cores, so more writers help a server with idle cores; on 2 cores shared with other work
# two writers were no faster than one (benchmarks/neo4j_load.py prints both).
DEFAULT_WRITERS = 1
# Neo4j's range indexes hold keys up to about 8 KB; a longer id would fail the whole batch.
MAX_KEY_BYTES = 4000
_REL_NAME = re.compile(r"^[A-Z][A-Z_]*$")

SCHEMA = (
    "CREATE CONSTRAINT graphbuild_actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT graphbuild_event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT graphbuild_article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT graphbuild_cameo_code IF NOT EXISTS FOR (n:CameoCode) REQUIRE n.code IS UNIQUE",
    "CREATE CONSTRAINT graphbuild_incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX graphbuild_event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
    "CREATE INDEX graphbuild_event_root IF NOT EXISTS FOR (n:Event) ON (n.root)",
)
# One per direct relationship type (relationship_types()): event_id is unique, and indexed.
_DIRECT_CONSTRAINT = ("CREATE CONSTRAINT graphbuild_{name}_event IF NOT EXISTS "
                      "FOR ()-[r:{rel}]-() REQUIRE r.event_id IS UNIQUE")

_CAMEO_CODES = """
UNWIND $rows AS row
MERGE (c:CameoCode {code: row.code})
SET c += row.props
WITH c, row WHERE row.root <> row.code
MATCH (r:CameoCode {code: row.root})
MERGE (c)-[:BROADER]->(r)
"""

_ARTICLES = """
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props
"""

# An actor's aliases grow with the loads that name it (each article may add one).
_ACTORS = """
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
WITH a, row, coalesce(a.aliases, []) AS known
SET a += row.props
WITH a, known + [x IN coalesce(row.props.aliases, []) WHERE NOT x IN known] AS aliases
SET a.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END
"""

# Property keys of the Event node and of the direct relationship (the rows below fill them).
EVENT_KEYS = ("cameo", "root", "plover", "plover_mode", "quad_class", "goldstein", "negated", "modality",
              "confidence", "predicate", "rule", "sentence", "char_start", "char_end", "date", "article",
              "extracted_at", "event_date", "date_precision", "date_text", "date_source")
DIRECT_KEYS = ("event_id", "cameo", "plover", "quad_class", "goldstein", "modality", "date", "sentence",
               "article")
# An event's row is a list in this order (the event's properties in EVENT_KEYS order): a
# list packs and unpacks faster than a map, which repeats every key in every row; the direct
# relationship's properties are read from the same row (event_id is the id).
ROW_KEYS = ("id", "source", "target", "rel") + EVENT_KEYS + ("incident",)
_COLUMN = {k: i for i, k in enumerate(ROW_KEYS)} | {"event_id": 0}
EVENT_PROPS = slice(4, 4 + len(EVENT_KEYS))  # the event's properties in a row


def _literal_map(keys: tuple[str, ...]) -> str:
    """The Cypher map of these keys from a row: "cameo: row[4], root: row[5], ..."."""
    return ", ".join(f"{k}: row[{_COLUMN[k]}]" for k in keys)


def _cell(key: str) -> str:
    return f"row[{_COLUMN[key]}]"


# A new event (most of a first load) is created with all its relationships in one statement.
# PROFILE showed why merging was slow: MERGE of a relationship between two busy actors expands
# every relationship of the pair (Expand(Into), then Filter on event_id), so a load slowed down
# as the corpus grew; and `SET e += map` made the planner add two Eager operators (it cannot
# tell that the map sets no Actor's id), which properties named in the CREATE do not.
# The direct relationship's type comes from our own table (relationship_type), given as $(rel).
_NEW_EVENTS = f"""
UNWIND $rows AS row
MATCH (s:Actor {{id: {_cell("source")}}})
OPTIONAL MATCH (t:Actor {{id: {_cell("target")}}})
MATCH (a:Article {{id: {_cell("article")}}})
OPTIONAL MATCH (c:CameoCode {{code: {_cell("cameo")}}})
CREATE (e:Event {{id: {_cell("id")}, {_literal_map(EVENT_KEYS)}}})
CREATE (e)-[:SOURCE]->(s), (e)-[:REPORTED_IN]->(a)
FOREACH (x IN CASE WHEN t IS NULL THEN [] ELSE [t] END | CREATE (e)-[:TARGET]->(x))
FOREACH (code IN CASE WHEN c IS NULL THEN [] ELSE [c] END | CREATE (e)-[:OF_TYPE]->(code))
FOREACH (id IN CASE WHEN {_cell("incident")} IS NULL THEN [] ELSE [{_cell("incident")}] END |
  MERGE (i:Incident {{id: id}}) CREATE (e)-[:MENTION_OF]->(i))
FOREACH (rel IN CASE WHEN {_cell("rel")} IS NULL THEN [] ELSE [{_cell("rel")}] END |
  CREATE (s)-[:$(rel) {{{_literal_map(DIRECT_KEYS)}}}]->(t))
"""

_EXISTING = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN collect(e.id) AS ids
"""

# An event loaded before (a reload, or a batch a crash cut short and that was rolled back in
# part: never, a batch is one transaction) keeps its relationships; its properties are set again,
# and its incident (a build of more articles may group it anew): it returns the incidents it
# left, which _NO_MENTION_LEFT removes when no event mentions them any more.
_OLD_EVENTS = f"""
UNWIND $rows AS row
MATCH (e:Event {{id: {_cell("id")}}})
SET e += {{{_literal_map(EVENT_KEYS)}}}
WITH e, row
OPTIONAL MATCH (e)-[m:MENTION_OF]->(old:Incident) WHERE old.id <> coalesce({_cell("incident")}, '')
DELETE m
WITH e, row, old.id AS left
FOREACH (id IN CASE WHEN {_cell("incident")} IS NULL THEN [] ELSE [{_cell("incident")}] END |
  MERGE (i:Incident {{id: id}}) MERGE (e)-[:MENTION_OF]->(i))
RETURN collect(DISTINCT left) AS left
"""
_NO_MENTION_LEFT = """
UNWIND $ids AS id
MATCH (i:Incident {id: id}) WHERE NOT (i)<-[:MENTION_OF]-()
DELETE i
"""

def _old_direct(rel: str) -> str:
    """The direct relationships of events loaded before, found through the uniqueness constraint
    on event_id (an index seek, not a walk over the pair's relationships); created when missing.
    The relationship type is a name from our own table (checked by _REL_NAME), never user text."""
    props = _literal_map(DIRECT_KEYS)
    return f"""
UNWIND $rows AS row
OPTIONAL MATCH ()-[old:{rel} {{event_id: {_cell("id")}}}]->()
FOREACH (r IN CASE WHEN old IS NULL THEN [] ELSE [old] END | SET r += {{{props}}})
WITH row WHERE old IS NULL
MATCH (s:Actor {{id: {_cell("source")}}})
MATCH (t:Actor {{id: {_cell("target")}}})
CREATE (s)-[r:{rel} {{{props}}}]->(t)
"""


@dataclass(frozen=True)
class LoadReport:
    events: int  # events sent (each merged once)
    actors: int  # distinct actors among them
    articles: int  # distinct articles among them
    direct: int  # direct actor-to-actor relationships (non-negated events)
    batches: int
    skipped: tuple[str, ...] = ()  # one line per event left out, with the reason


@dataclass(frozen=True)
class UnloadReport:
    article_id: str
    events: int
    direct: int
    actors: int  # actors removed because no event was left to them


# -- the direct relationship type: derived here and only here ----------------------------

@lru_cache(maxsize=1)
def _relationship_table() -> tuple[dict[str, str], dict[str, str], str]:
    by_root, by_plover, fallback = {}, {}, None
    path = data_path("neo4j_relationships.csv")
    for n, row in rows(path, ("cameo_root", "plover", "relationship", "meaning"), codes=("cameo_root",)):
        rel = row["relationship"]
        check(bool(_REL_NAME.match(rel)), path, n, "relationship is not UPPER_SNAKE_CASE:", rel,
              "use capital letters and underscores only")
        if row["cameo_root"]:
            by_root[row["cameo_root"]] = rel
        elif row["plover"]:
            by_plover[row["plover"].upper()] = rel
        else:
            fallback = rel
    return by_root, by_plover, fallback or "INTERACTED_WITH"


@lru_cache(maxsize=4096)
def relationship_type(cameo: str | None, plover: str | None) -> str:
    """The direct actor-to-actor relationship of an event class: by CAMEO root, else PLOVER type."""
    by_root, by_plover, fallback = _relationship_table()
    if cameo and cameo[:2] in by_root:
        return by_root[cameo[:2]]
    if plover and plover.upper() in by_plover:
        return by_plover[plover.upper()]
    return fallback


def relationship_types() -> list[str]:
    """Every direct relationship type the loader can write."""
    by_root, by_plover, fallback = _relationship_table()
    return sorted(set(by_root.values()) | set(by_plover.values()) | {fallback})


# -- rows ------------------------------------------------------------------------------------

def article_id(e: Event) -> str:
    return e.doc_id


def _actor_row(a) -> dict:
    return {"id": a.id, "props": {"name": a.name, "type": a.type, "country": a.country, "cameo": a.cameo,
                                  "role": a.role, "aliases": sorted(set(a.aliases)) or None, "resolved": a.resolved}}


def _article_row(e: Event) -> dict:
    art = e.article
    return {"id": article_id(e), "props": {
        "title": art.title if art else None, "date": art.date if art else None,
        "url": art.url if art else None, "source": art.source if art else None}}


def _event_row(e: Event) -> list:
    """The event's row, in ROW_KEYS order. `rel` is the direct relationship's type, None for a
    negated event, which draws none ("did not criticise" stays an Event node but draws no
    CRITICIZED edge), and for an event with no target ("the minister resigned": an Event with
    a SOURCE only)."""
    cameo = e.cameo
    direct = not e.negated and e.target is not None
    return [e.id, e.source.id, e.target.id if e.target else None,
            relationship_type(cameo, e.plover) if direct else None,
            cameo, cameo[:2] if cameo else None, e.plover, e.plover_mode, e.quad_class, e.goldstein,
            e.negated, e.modality, e.confidence, e.predicate, e.rule, e.sentence, e.char_start, e.char_end,
            _published(e), article_id(e), e.extracted_at, e.event_date, e.date_precision, e.date_text,
            e.date_source, e.incident]


def _published(e: Event) -> str | None:
    """The article's date: what the named queries' date_from and date_to filter on."""
    return e.article.date if e.article else None


def event_props(row: list) -> dict:
    """The Event node's properties of a row."""
    return dict(zip(EVENT_KEYS, row[EVENT_PROPS]))


def direct_props(row: list) -> dict | None:
    """The direct relationship's properties of a row; None for a negated or untargeted event."""
    return None if row[_COLUMN["rel"]] is None else {k: row[_COLUMN[k]] for k in DIRECT_KEYS}




def _cameo_rows() -> list[dict]:
    return [{"code": c.code, "root": c.root, "props": {
        "label": c.label, "root": c.root, "root_label": c.root_label, "level": len(c.code) - 1,
        "goldstein": c.goldstein, "quad_class": c.quad_class, "plover": c.plover,
        "plover_mode": c.plover_mode}} for c in sorted(cameo_table().values(), key=lambda c: c.code)]


# -- writing ---------------------------------------------------------------------------------

def schema_statements() -> list[str]:
    """The constraints and indexes of the graph, IF NOT EXISTS (the bulk import makes them too)."""
    return list(SCHEMA) + [_DIRECT_CONSTRAINT.format(name=rel.lower(), rel=rel) for rel in relationship_types()]


def ensure_schema(drv: neo4j.Driver, database: str | None = None) -> None:
    """Constraints and indexes (IF NOT EXISTS), then the CAMEO code list, before any event."""
    for statement in schema_statements():
        drv.execute_query(statement, database_=database)
    drv.execute_query("CALL db.awaitIndexes(300)", database_=database)
    drv.execute_query(_CAMEO_CODES, rows=_cameo_rows(), database_=database)


def _write_nodes(tx: neo4j.ManagedTransaction, statement: str, rows: list[dict]) -> None:
    tx.run(statement, rows=rows).consume()


def _write_events(tx: neo4j.ManagedTransaction, batch: list[Event]) -> int:
    """One batch: events not in the graph yet are created, the others updated."""
    rows = [_event_row(e) for e in batch]
    known = set(tx.run(_EXISTING, ids=[e.id for e in batch]).single()["ids"])
    new = [r for r in rows if r[0] not in known]
    if new:
        tx.run(_NEW_EVENTS, rows=new).consume()
    old = [r for r in rows if r[0] in known]
    rel = _COLUMN["rel"]
    if old:
        left = tx.run(_OLD_EVENTS, rows=old).single()["left"]
        tx.run(_NO_MENTION_LEFT, ids=left).consume()
        direct: dict[str, list[list]] = {}
        for r in old:
            if r[rel]:
                direct.setdefault(r[rel], []).append(r)
        for name, rel_rows in sorted(direct.items()):
            tx.run(_old_direct(name), rows=rel_rows).consume()
    return sum(1 for r in rows if r[rel])


def _write_batch(session: neo4j.Session, batch: list[Event]) -> int:
    # Another load writing the same events at the same time may create one of them between our
    # look-up and our CREATE: the constraint refuses the duplicate, and the batch is written
    # again, now finding that event in the graph.
    for attempt in range(3):
        try:
            return session.execute_write(_write_events, batch)
        except neo4j.exceptions.ConstraintError:
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def load_events(events: Iterable[Event], settings: connection.Settings | None = None, *,
                driver: neo4j.Driver | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                progress: Callable[[int, int], None] | None = None, writers: int = DEFAULT_WRITERS) -> LoadReport:
    """Merge events (with their actors, articles and codes) into Neo4j, `batch_size` per transaction,
    `writers` transactions at once.

    Give either connection settings (default: from the environment) or an open driver.
    `progress(done, total)` is called after each committed batch.
    """
    if batch_size < 1:
        raise ConfigError(f"batch size {batch_size} is not positive", "use e.g. --batch-size 1000")
    if writers < 1:
        raise ConfigError(f"{writers} writers is not positive", "use e.g. 2 writers")
    events = list(events)
    s = settings or (connection.settings() if driver is None else connection.GIVEN_DRIVER)
    if driver is None:
        with connection.connect(s) as drv:
            return _load(drv, s, events, batch_size, progress, writers)
    try:
        return _load(driver, s, events, batch_size, progress, writers)
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
        raise connection.backend_error(exc, s) from None


def _load(drv: neo4j.Driver, s: connection.Settings, events: list[Event], batch_size: int,
          progress: Callable[[int, int], None] | None, writers: int) -> LoadReport:
    ensure_schema(drv, s.database)
    # Articles and actors first, each once, then the events that link them: an actor in a
    # thousand events is written once, not a thousand times.
    events, articles, actors, skipped = prepare(events)
    with drv.session(database=s.database) as session:
        for statement, rows in ((_ARTICLES, list(articles.values())), (_ACTORS, list(actors.values()))):
            for start in range(0, len(rows), batch_size):
                session.execute_write(_write_nodes, statement, rows[start:start + batch_size])
    batches = [events[start:start + batch_size] for start in range(0, len(events), batch_size)]

    def write(batch: list[Event]) -> int:
        with drv.session(database=s.database) as session:
            return _write_batch(session, batch)

    # Each batch is a transaction of its own, so batches may commit in any order: a load cut short
    # leaves whole batches, and running it again completes the rest. Two writers that lock the
    # same nodes in opposite orders are told so by the server (a transient error), and the
    # driver writes the batch again.
    direct = done = 0
    with ThreadPoolExecutor(max_workers=writers) as pool:
        try:
            for batch, written in zip(batches, pool.map(write, batches)):
                direct += written
                done += len(batch)
                if progress:
                    progress(done, len(events))
        except BaseException:
            pool.shutdown(wait=True, cancel_futures=True)  # no batch starts after a failure
            raise
    return LoadReport(len(events), len(actors), len(articles), direct, len(batches), tuple(skipped))


def prepare(events: list[Event]) -> tuple[list[Event], dict[str, dict], dict[str, dict], list[str]]:
    """What a load writes, the same for the transactional and the bulk load: the events (each
    once, those with keys Neo4j can index), the article rows and actor rows by id (the last
    event that names one sets its properties; an actor's aliases are those of all its events,
    as in RDF), and a line for each event left out."""
    events = list({e.id: e for e in events}.values())
    events, skipped = _indexable(events)
    # Each row built once, from the last event that names its article or actor.
    last_article = {article_id(e): e for e in events}
    articles = {key: _article_row(e) for key, e in last_article.items()}
    last_actor, aliases = {}, {}
    for e in events:
        for a in (e.source, e.target) if e.target else (e.source,):
            last_actor[a.id] = a
            if a.aliases:
                aliases.setdefault(a.id, set()).update(a.aliases)
    actors = {}
    for key, a in last_actor.items():
        row = _actor_row(a)
        row["props"]["aliases"] = sorted(aliases.get(key, ())) or None
        actors[key] = row
    return events, articles, actors, skipped


def _indexable(events: list[Event]) -> tuple[list[Event], list[str]]:
    """The events whose keys Neo4j can index, and a line for each one that is left out."""
    kept, skipped = [], []
    for e in events:
        keys = (("article id", article_id(e)), ("source actor id", e.source.id), ("target actor id", e.target.id if e.target else ""))
        long = [(what, key) for what, key in keys  # a character is at most 4 bytes in UTF-8
                if len(key) * 4 > MAX_KEY_BYTES and len(key.encode("utf-8")) > MAX_KEY_BYTES]
        if long:
            what, key = long[0]
            skipped.append(f"event {e.id}: its {what} ({key[:40]!r}..., {len(key)} characters) is longer "
                           f"than Neo4j can index ({MAX_KEY_BYTES} bytes); left out")
        else:
            kept.append(e)
    return kept, skipped


# -- unloading -------------------------------------------------------------------------------

def _unload(tx: neo4j.ManagedTransaction, article: str) -> UnloadReport | None:
    if tx.run("MATCH (a:Article {id: $id}) RETURN count(a) AS n", id=article).single()["n"] == 0:
        return None
    rec = tx.run("""
        MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $id})
        OPTIONAL MATCH (e)-[:SOURCE|TARGET]->(x:Actor)
        RETURN collect(DISTINCT e.id) AS events, collect(DISTINCT x.id) AS actors""", id=article).single()
    events, actors = rec["events"], rec["actors"]
    incidents = tx.run("""
        MATCH (:Article {id: $id})<-[:REPORTED_IN]-(:Event)-[:MENTION_OF]->(i:Incident)
        RETURN collect(DISTINCT i.id) AS ids""", id=article).single()["ids"]
    direct = tx.run("""
        UNWIND $events AS eid
        MATCH (e:Event {id: eid})-[:SOURCE]->(s:Actor)
        MATCH (e)-[:TARGET]->(t:Actor)
        MATCH (s)-[r]->(t) WHERE r.event_id = eid
        DELETE r
        RETURN count(r) AS n""", events=events).single()["n"]
    tx.run("UNWIND $events AS eid MATCH (e:Event {id: eid}) DETACH DELETE e", events=events).consume()
    tx.run("MATCH (a:Article {id: $id}) DETACH DELETE a", id=article).consume()
    tx.run(_NO_MENTION_LEFT, ids=incidents).consume()
    gone = tx.run("""
        UNWIND $actors AS aid
        MATCH (x:Actor {id: aid}) WHERE NOT (x)<-[:SOURCE|TARGET]-(:Event)
        DETACH DELETE x
        RETURN count(*) AS n""", actors=actors).single()["n"]
    return UnloadReport(article, len(events), direct, gone)


def unload(article: str, settings: connection.Settings | None = None, *,
           driver: neo4j.Driver | None = None) -> UnloadReport:
    """Remove one article: its events, their direct relationships, the article node, and the
    actors and incidents that no other event mentions. One transaction: all of it or nothing."""
    s = settings or (connection.settings() if driver is None else connection.GIVEN_DRIVER)
    if driver is None:
        with connection.connect(s) as drv:
            report = _run_unload(drv, s, article)
    else:
        report = _run_unload(driver, s, article)
    if report is None:
        raise InputError(f"no article with id {article!r} in Neo4j at {s.uri}",
                         "article ids are the doc_id field of events.jsonl")
    return report


def _run_unload(drv: neo4j.Driver, s: connection.Settings, article: str) -> UnloadReport | None:
    try:
        with drv.session(database=s.database) as session:
            return session.execute_write(_unload, article)
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
        raise connection.backend_error(exc, s) from None


# -- inspection (tests, status lines) --------------------------------------------------------

def graph_counts(drv: neo4j.Driver, database: str | None = None) -> dict[str, int]:
    """Nodes per label and relationships per type, e.g. {"Actor": 3, "CRITICIZED": 2}."""
    counts: dict[str, int] = {}
    records, _, _ = drv.execute_query(
        "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n", database_=database)
    counts.update({r["label"]: r["n"] for r in records})
    records, _, _ = drv.execute_query(
        "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", database_=database)
    counts.update({r["type"]: r["n"] for r in records})
    return counts
