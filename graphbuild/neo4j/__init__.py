"""Neo4j: a local server (server), connections (connection), the sink (loader) and the
named Cypher queries (querying)."""
