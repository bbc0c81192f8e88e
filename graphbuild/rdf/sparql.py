"""Named SPARQL queries (queries/sparql/NAME.rq) answered from an OUTDIR with rdflib's embedded store.

Parameters are never written into the query text: each one becomes an initial binding of the
query variable of the same name (?actor, ?date_from, ...), typed by its header description
("integer", "boolean", else a string). An optional parameter left out stays unbound, which the
queries test with BOUND(). SPARQL's LIMIT takes no variable, so a `limit` parameter is applied
here to the query's ordered rows.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Literal, Variable
from rdflib.namespace import XSD

from ..errors import ConfigError, InputError
from ..querylib import NamedQuery, get_query
from ..resources import resource_dir
from .export import to_graph
from .validate import load_rdf

_INTEGER_TYPES = {XSD.integer, XSD.int, XSD.long, XSD.short, XSD.nonNegativeInteger,
                  XSD.positiveInteger, XSD.unsignedInt}
_FLOAT_TYPES = {XSD.decimal, XSD.double, XSD.float}


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
def _load(path: str, mtime_ns: int, size: int) -> Graph:
    if path.endswith(".jsonl"):
        from ..records import read_events
        g = to_graph(read_events(path))
    else:
        g = load_rdf(path)
    # the full CAMEO scheme, so skos:broader* works even on a graph written without concepts
    g.parse(resource_dir("ontology") / "cameo.ttl", format="turtle")
    return g


def load_graph(outdir: str | Path) -> Graph:
    """The RDF of OUTDIR (graph.ttl, else the events of events.jsonl), or of an RDF file."""
    path = _source_of(outdir)
    stat = path.stat()
    return _load(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _python(term):
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in _INTEGER_TYPES:
            return int(term)
        if term.datatype in _FLOAT_TYPES:
            return float(term)
        if term.datatype == XSD.boolean:
            return bool(term.toPython())
        return str(term)
    return str(term)


def run_query(query: NamedQuery, params: dict[str, str], graph: Graph) -> list[dict]:
    """Rows of a named SPARQL query on a graph, as dicts keyed by the header's columns."""
    typed = query.typed(params)
    bindings = {Variable(k): Literal(v) for k, v in typed.items() if v is not None}
    result = graph.query(query.text, initBindings=bindings)
    names = [str(v) for v in result.vars or ()]
    missing = [c for c in query.columns if c not in names]
    if missing:
        raise ConfigError(f"query {query.name!r} does not select column {missing[0]!r}",
                          f"{query.path}: its SELECT must name the header's columns")
    rows = [{c: _python(row[names.index(c)]) for c in query.columns} for row in result]
    if typed.get("limit") is not None:  # SPARQL's LIMIT takes no variable
        rows = rows[: max(0, typed["limit"])]
    return rows


def run_named(name: str, params: dict[str, str], outdir: str | Path) -> list[dict]:
    """Answer queries/sparql/NAME.rq from OUTDIR's RDF (graph.ttl) with an embedded store."""
    return run_query(get_query(name, "sparql"), params, load_graph(outdir))
