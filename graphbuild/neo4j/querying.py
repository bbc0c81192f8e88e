"""Named Cypher queries (queries/cypher/NAME.cypher) run against Neo4j.

Values reach the server only as query parameters, never inside the query text. A parameter's
type follows its header description, as on the SPARQL side: "integer ...", "boolean ...",
else a string; an optional parameter left out is sent as null.
"""
from __future__ import annotations

import neo4j

from ..errors import ConfigError
from ..querylib import NamedQuery, get_query
from . import connection


def run_query(query: NamedQuery, params: dict, drv: neo4j.Driver, database: str | None = None) -> list[dict]:
    """Rows of a named Cypher query, as dicts keyed by the header's columns."""
    bound = query.typed(params)
    records, _, keys = drv.execute_query(query.text, parameters_=bound, database_=database,
                                         routing_=neo4j.RoutingControl.READ)
    missing = [c for c in query.columns if c not in keys]
    if missing:
        raise ConfigError(f"query {query.name!r} does not return column {missing[0]!r}",
                          f"{query.path}: its RETURN must name the header's columns")
    return [{c: r[c] for c in query.columns} for r in records]


def run_named(name: str, params: dict, settings: connection.Settings | None = None, *,
              driver: neo4j.Driver | None = None) -> list[dict]:
    """Run queries/cypher/NAME.cypher with `params` on the server of `settings` (default: the
    environment) or on an open driver."""
    query = get_query(name, "cypher")
    query.typed(params)  # a wrong parameter is reported before any connection is made
    s = settings or (connection.settings() if driver is None else connection.GIVEN_DRIVER)
    if driver is None:
        with connection.connect(s) as drv:
            return run_query(query, params, drv, s.database)
    try:
        return run_query(query, params, driver, s.database)
    except (neo4j.exceptions.Neo4jError, neo4j.exceptions.DriverError) as exc:
        raise connection.backend_error(exc, s) from None
