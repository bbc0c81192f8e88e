"""SHACL validation of an export: pyshacl with ontology/shapes.ttl, the ontology and the CAMEO scheme.

The ontology and the full CAMEO scheme are mixed into the data graph, so an event whose type
is not a CAMEO code is reported even though the export itself only carries the codes it uses.
Each result names its focus node (IRI and label), the property and the shape's message.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, RDFS, SH, SKOS

from ..errors import InputError
from ..resources import resource_dir
from .export import FORMATS, NAMED_GRAPH_FORMATS, format_of


@dataclass(frozen=True)
class Violation:
    node: str  # IRI of the failing node
    label: str  # its rdfs:label / skos:prefLabel / dcterms:identifier, or ""
    path: str  # the property, or "" for node-level constraints
    value: str  # the offending value, or ""
    message: str
    severity: str  # Violation, Warning, Info

    def __str__(self) -> str:
        name = f"<{self.node}>" + (f" ({self.label!r})" if self.label else "")
        where = f" {self.path}" if self.path else ""
        value = f" [value {self.value}]" if self.value else ""
        return f"{self.severity}: {name}{where}: {self.message}{value}"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]
    triples: int


def ontology_graph() -> Graph:
    g = Graph()
    folder = resource_dir("ontology")
    for name in ("graphbuild.ttl", "cameo.ttl"):
        g.parse(folder / name, format="turtle")
    return g


def shapes_graph() -> Graph:
    return Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")


def load_rdf(path: str | Path) -> Graph:
    """An RDF file, or OUTDIR/graph.ttl, as one graph (the union of its named graphs)."""
    path = Path(path)
    if path.is_dir():
        path = path / "graph.ttl"
    if not path.is_file():
        raise InputError(f"{path}: no such RDF file", "run `graphbuild build ... -o OUTDIR` first")
    fmt = format_of(path)
    g = Graph(store="SimpleMemory")
    try:
        if fmt not in NAMED_GRAPH_FORMATS:
            return g.parse(path, format=FORMATS[fmt])
        ds = Dataset()
        ds.parse(path, format=FORMATS[fmt])
    except Exception as exc:  # rdflib's parsers raise many types; all mean "not this format"
        first = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        raise InputError(f"{path}: not valid {fmt} ({first})",
                         "re-export it with `graphbuild export OUTDIR`") from exc
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def _name(g: Graph, node) -> str:
    for prop in (RDFS.label, SKOS.prefLabel, DCTERMS.identifier):
        value = g.value(node, prop)
        if value is not None:
            return str(value)
    return ""


def validate_graph(data: Graph) -> Report:
    conforms, results, _ = shacl_validate(data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(),
                                          inference="none", abort_on_first=False, meta_shacl=False)
    found = []
    for r in results.subjects(predicate=SH.focusNode):
        node = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        value = results.value(r, SH.value)
        severity = results.value(r, SH.resultSeverity)
        found.append(Violation(
            node=str(node), label=_name(data, node),
            path=data.namespace_manager.normalizeUri(path) if isinstance(path, URIRef) else "",
            value=str(value) if value is not None else "",
            message=str(results.value(r, SH.resultMessage) or "constraint not met"),
            severity=str(severity).rpartition("#")[2] if severity else "Violation"))
    return Report(bool(conforms), tuple(sorted(set(found), key=lambda v: (v.node, v.path, v.message, v.value))),
                  len(data))


def validate_path(path: str | Path) -> Report:
    return validate_graph(load_rdf(path))
