"""`graphbuild query [NAME]`: list the named queries, or run one against Neo4j (Cypher) or,
with --graph OUTDIR, against the RDF of a build (SPARQL, no server)."""
from __future__ import annotations

from ..querylib import format_rows, get_query, parse_params, query_names


def query(args) -> int:
    if not args.name:
        for name in sorted(set(query_names("cypher")) | set(query_names("sparql"))):
            q = get_query(name, "cypher" if name in query_names("cypher") else "sparql")
            params = ", ".join(p.name + ("?" if p.optional else "") for p in q.params)
            print(f"{name}({params}): {q.description}")
        return 0
    params = parse_params(args.param)
    if args.graph:
        from ..rdf.sparql import run_named

        columns = get_query(args.name, "sparql").columns
        rows = run_named(args.name, params, args.graph)
    else:
        from ..neo4j import connection
        from ..neo4j.querying import run_named

        q = get_query(args.name, "cypher")
        q.typed(params)  # a wrong parameter is named before a password is asked for
        columns = q.columns
        rows = run_named(args.name, params, connection.settings(args.uri, args.database))
    print(format_rows(columns, rows, args.format))
    return 0
