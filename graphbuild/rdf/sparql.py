"""Named SPARQL queries (queries/sparql/NAME.rq) answered from an OUTDIR with Oxigraph's
embedded store.

Parameters reach a query as a VALUES block of RDF terms, never as text pasted into it: each value
becomes a term of its header's type ("integer", "boolean", else a string), written by Oxigraph,
bound to the query variable of the same name (?actor, ?date_from, ...) at the start of every WHERE
group. An optional parameter left out is UNDEF (unbound), which the queries test with BOUND().
The queries use their parameters only in the top-level group of a WHERE clause, where the block
binds them; the same text runs on any SPARQL 1.1 server (tests/rdf/test_fuseki.py). SPARQL's
LIMIT takes no variable, so a `limit` parameter is applied here to the query's ordered rows.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..errors import ConfigError, InputError
from ..querylib import NamedQuery, get_query
from ..resources import resource_dir
from .export import OX_FORMATS, format_of, nt_reader

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGER_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger",
                                    "positiveInteger", "unsignedInt")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


def _source_of(outdir: str | Path) -> Path:
    path = Path(outdir)
    if path.is_dir():
        for name in ("graph.ttl", "events.jsonl"):
            if (path / name).is_file():
                return path / name
        raise InputError(f"{path}: holds neither graph.ttl nor events.jsonl",
                         "run `graphbuild build ... -o OUTDIR` first")
    if not path.is_file():
        raise InputError(f"{path}: no such folder or file", "give the OUTDIR of `graphbuild build`")
    return path


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> ox.Store:
    store = ox.Store()  # in memory
    if path.endswith(".jsonl"):
        from ..records import iter_events
        store.bulk_load(nt_reader(iter_events(path)), ox.RdfFormat.N_TRIPLES)
    else:
        fmt = format_of(path)
        try:
            store.bulk_load(path=path, format=OX_FORMATS[fmt])
        except (SyntaxError, ValueError) as exc:
            first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
            raise InputError(f"{path}: not valid {fmt} ({first})",
                             "re-export it with `graphbuild export OUTDIR`") from exc
    # the full CAMEO scheme, so skos:broader* works even on a graph written without concepts
    store.bulk_load(path=str(resource_dir("ontology") / "cameo.ttl"), format=ox.RdfFormat.TURTLE)
    return store


def load_graph(outdir: str | Path) -> ox.Store:
    """The RDF of OUTDIR (graph.ttl, else the events of events.jsonl), or of an RDF file, in an
    Oxigraph store (queries see the union of its graphs)."""
    path = _source_of(outdir)
    stat = path.stat()
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def term(value) -> ox.Literal:
    """A parameter value as a typed RDF literal: bool -> xsd:boolean, int -> xsd:integer, else a string."""
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(str(value))


def python_value(t):
    """An RDF term of a result row as a Python value (None when unbound)."""
    if t is None:
        return None
    if isinstance(t, ox.Literal):
        dt = t.datatype.value
        if dt in _INTEGER_TYPES:
            return int(t.value)
        if dt in _FLOAT_TYPES:
            return float(t.value)
        if dt == XSD + "boolean":
            return t.value in ("true", "1")
        return t.value
    return t.value


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def with_values(query: NamedQuery, typed: dict) -> str:
    """The query text with its parameters as a VALUES block at the start of every WHERE group,
    for a SPARQL server that takes no separate bindings. Each value is an RDF term written by
    Oxigraph (escaped and typed there); a parameter left out is UNDEF."""
    names = [p.name for p in query.params]
    if not names:
        return query.text
    cells = " ".join(str(term(typed[n])) if typed.get(n) is not None else "UNDEF" for n in names)
    block = f"VALUES ({' '.join('?' + n for n in names)}) {{ ({cells}) }}"
    return _WHERE.sub(lambda m: m.group(0) + "\n  " + block, query.text)


def rows_of(query: NamedQuery, names: list[str], solutions, typed: dict) -> list[dict]:
    missing = [c for c in query.columns if c not in names]
    if missing:
        raise ConfigError(f"query {query.name!r} does not select column {missing[0]!r}",
                          f"{query.path}: its SELECT must name the header's columns")
    rows = [{c: python_value(s[c]) for c in query.columns} for s in solutions]
    if typed.get("limit") is not None:  # SPARQL's LIMIT takes no variable
        rows = rows[: max(0, typed["limit"])]
    return rows


def run_query(query: NamedQuery, params: dict[str, str], store: ox.Store) -> list[dict]:
    """Rows of a named SPARQL query on a store, as dicts keyed by the header's columns."""
    typed = query.typed(params)
    result = store.query(with_values(query, typed), use_default_graph_as_union=True)
    return rows_of(query, [v.value for v in result.variables], result, typed)


def run_named(name: str, params: dict[str, str], outdir: str | Path) -> list[dict]:
    """Answer queries/sparql/NAME.rq from OUTDIR's RDF (graph.ttl) with an embedded store."""
    return run_query(get_query(name, "sparql"), params, load_graph(outdir))
