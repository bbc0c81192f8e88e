"""Events -> RDF: an rdflib Dataset and its serialisations (ttl, nt, jsonld, xml, trig).

The default graph holds the canonical record: one sem:Event node per event with its coding and
provenance (article, sentence, offsets, rule, extraction time), the actors, the articles, and the
CAMEO/PLOVER concepts the events use (with their ancestors, so skos:broader* works on the export
alone). The named graph <BASE/graph/direct> holds the direct actor-to-actor statements for
simple queries: `actor gb:interact actor` for every non-negated event, and the PLOVER-typed
`actor gb:accuse actor` (a sub-property) for the non-negated events the text asserts or reports.

TriG and JSON-LD keep both graphs apart. Turtle, N-Triples and RDF/XML cannot name graphs: they
carry the union of the two (the direct statements are told apart by their predicates).
Output is deterministic: the same events give the same bytes (sorted input, no blank nodes,
N-Triples lines sorted).
"""
from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Iterable

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..errors import ConfigError
from ..fileio import atomic_write
from ..model import Actor, ArticleRef, Event
from . import cameo_scheme
from .vocab import (COUNTRY, DIRECT_MODALITIES, GB, KIND, PLOVER, PREFIXES, SDO, SEM, SHAPES,
                    UNMAPPED, base_namespace, clean_text, direct_property, safe_iri, segment)

# format name (CLI) -> rdflib serializer name
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig"}
NAMED_GRAPH_FORMATS = ("trig", "jsonld")
SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "xml",
            ".xml": "xml", ".owl": "xml", ".trig": "trig"}

# schema.org class of each actor kind (GROUP and UNKNOWN have none that fits)
_KIND_CLASS = {"PERSON": SDO.Person, "STATE": SDO.Country, "IGO": SDO.GovernmentOrganization,
               "ORGANIZATION": SDO.Organization}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_CODE3 = re.compile(r"^[A-Z]{3}$")


def direct_graph_iri(base_iri: str | None = None) -> URIRef:
    return base_namespace(base_iri)["graph/direct"]


def _text(value: str) -> Literal:
    return Literal(clean_text(value))


def _when(value: str) -> Literal:
    """An ISO date or date-time keeps its XSD type (in rdflib's canonical lexical form, so it
    parses back equal); anything else stays a plain string."""
    value = clean_text(value.strip())
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _DATETIME.match(value):
        return Literal(value, datatype=XSD.dateTime)
    return Literal(value)


class _Builder:
    """Adds events to a main graph and a direct-statement graph (the same Graph for union formats)."""

    def __init__(self, main: Graph, direct: Graph, base_iri: str | None) -> None:
        self.main, self.direct = main, direct
        self.ns = base_namespace(base_iri)
        self.seen: set[URIRef] = set()
        self.codes: set[str] = set()
        self.plovers: set[str] = set()
        self.known_plover = cameo_scheme.plover_types()
        self.created: str | None = None

    def iri(self, kind: str, key: str) -> URIRef:
        return self.ns[f"{kind}/{segment(key)}"]

    def actor(self, a: Actor) -> URIRef:
        node = self.iri("actor", a.id)
        if node in self.seen:
            return node
        self.seen.add(node)
        g = self.main
        g.add((node, RDF.type, SEM.Actor))
        if a.type in _KIND_CLASS:
            g.add((node, RDF.type, _KIND_CLASS[a.type]))
        g.add((node, DCTERMS.identifier, _text(a.id)))
        g.add((node, SKOS.prefLabel, _text(a.name)))
        for alias in sorted(set(a.aliases) - {a.name}):
            g.add((node, SKOS.altLabel, _text(alias)))
        g.add((node, SEM.actorType, KIND[segment(a.type or "UNKNOWN")]))
        if a.country:
            g.add((node, GB.countryCode, _text(a.country)))
            g.add((node, GB.country, COUNTRY[segment(a.country)]))
        if a.cameo:
            g.add((node, GB.cameoActorCode, _text(a.cameo)))
        if a.role:
            g.add((node, GB.cameoRole, _text(a.role)))
        g.add((node, GB.resolved, Literal(bool(a.resolved))))
        return node

    def article(self, doc_id: str, ref: ArticleRef | None) -> URIRef:
        node = self.iri("article", ref.id if ref else doc_id)
        if node in self.seen:
            return node
        self.seen.add(node)
        g = self.main
        g.add((node, RDF.type, SDO.NewsArticle))
        g.add((node, RDF.type, PROV.Entity))
        g.add((node, DCTERMS.identifier, _text(ref.id if ref else doc_id)))
        if ref and ref.title:
            g.add((node, SDO.headline, _text(ref.title)))
        if ref and ref.date:
            g.add((node, SDO.datePublished, _when(ref.date)))
        if ref and ref.url:
            url = safe_iri(clean_text(ref.url))
            g.add((node, SDO.url, URIRef(url) if url else _text(ref.url)))
        if ref and ref.source:
            g.add((node, SDO.publisher, _text(ref.source)))
        return node

    def event(self, e: Event) -> None:
        g, node = self.main, self.iri("event", e.id)
        src, tgt = self.actor(e.source), self.actor(e.target)
        art = self.article(e.doc_id, e.article)
        g.add((node, RDF.type, SEM.Event))
        g.add((node, RDF.type, GB.Event))
        g.add((node, DCTERMS.identifier, Literal(e.id)))
        label = f"{e.source.name} {'not ' if e.negated else ''}{e.predicate} {e.target.name}"
        g.add((node, RDFS.label, _text(label)))
        g.add((node, GB.sourceActor, src))
        g.add((node, GB.targetActor, tgt))
        if e.cameo:
            self.codes.add(e.cameo)
            g.add((node, SEM.eventType, cameo_scheme.concept(e.cameo)))
        else:
            g.add((node, SEM.eventType, UNMAPPED))
        g.add((node, GB.predicate, _text(e.predicate)))
        if e.plover:
            self.plovers.add(e.plover)
            g.add((node, GB.ploverType, PLOVER[segment(e.plover)]))
        if e.plover_mode:
            g.add((node, GB.ploverMode, _text(e.plover_mode)))
        if e.quad_class is not None:
            g.add((node, GB.quadClass, Literal(int(e.quad_class))))
        if e.goldstein is not None:
            g.add((node, GB.goldstein, Literal(Decimal(str(e.goldstein)))))
        g.add((node, GB.negated, Literal(bool(e.negated))))
        g.add((node, GB.modality, _text(e.modality)))
        g.add((node, GB.confidence, Literal(Decimal(str(e.confidence)))))
        if e.date and _DATE.match(e.date[:10]):
            g.add((node, SEM.hasTimeStamp, Literal(e.date[:10], datatype=XSD.date)))
        # provenance: the article, the sentence and where it is, the rule, the time
        g.add((node, PROV.wasDerivedFrom, art))
        g.add((node, GB.evidenceText, _text(e.sentence)))
        g.add((node, GB.charStart, Literal(int(e.char_start))))
        g.add((node, GB.charEnd, Literal(int(e.char_end))))
        if e.rule:
            g.add((node, GB.rule, _text(e.rule)))
        if e.extracted_at:
            g.add((node, PROV.generatedAtTime, _when(e.extracted_at)))
            self.created = max(self.created or "", e.extracted_at)
        if not e.negated and src != tgt:
            self.direct.add((src, GB.interact, tgt))
            if e.modality in DIRECT_MODALITIES:
                self.direct.add((src, direct_property(e.plover, self.known_plover), tgt))

    def finish(self) -> None:
        g = self.main
        for code in sorted(self.codes):
            cameo_scheme.add_concept(g, code)
        for name in sorted(self.plovers & self.known_plover):
            cameo_scheme.add_plover(g, name)
        if self.codes or self.plovers:
            cameo_scheme.add_scheme_headers(g)
        ds = self.ns["dataset"]
        g.add((ds, RDF.type, SDO.Dataset))
        g.add((ds, RDF.type, PROV.Entity))
        g.add((ds, DCTERMS.conformsTo, URIRef(str(SHAPES))))
        g.add((ds, PROV.wasAttributedTo, GB.graphbuild))
        if self.created:
            g.add((ds, DCTERMS.created, _when(self.created)))


def _bind(g: Graph, base_iri: str | None) -> None:
    ns = base_namespace(base_iri)
    for prefix, uri in PREFIXES.items():
        g.bind(prefix, uri, override=True, replace=True)
    for kind in ("actor", "event", "article"):
        g.bind(kind, ns[f"{kind}/"], override=True, replace=True)


def _fill(events: Iterable[Event], main: Graph, direct: Graph, base_iri: str | None) -> None:
    b = _Builder(main, direct, base_iri)
    for e in sorted(events, key=lambda e: e.id):
        b.event(e)
    b.finish()


def to_dataset(events: Iterable[Event], base_iri: str | None = None) -> Dataset:
    """The export with its two graphs: the default graph and <BASE/graph/direct>."""
    ds = Dataset()
    _bind(ds, base_iri)
    direct = ds.graph(direct_graph_iri(base_iri))
    _fill(events, ds.default_context, direct, base_iri)
    return ds


def to_graph(events: Iterable[Event], base_iri: str | None = None) -> Graph:
    """The export as one graph: the union of the default graph and the direct statements."""
    g = Graph(store="SimpleMemory")  # no contexts needed: faster to fill than the default store
    _bind(g, base_iri)
    _fill(events, g, g, base_iri)
    return g


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise ConfigError(f"unknown RDF format {fmt!r}", f"formats: {', '.join(FORMATS)}")
    return fmt


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise ConfigError(f"{path}: cannot tell the RDF format from the suffix {suffix!r}",
                          f"use one of {', '.join(SUFFIXES)}")
    return SUFFIXES[suffix]


class _SortedGraph(Graph):
    """A graph that lists subjects and their statements in sorted order, for the serialisers
    (RDF/XML) that otherwise write in the store's hash order."""

    def subjects(self, predicate=None, object=None, unique=False):  # noqa: A002 (rdflib's name)
        if predicate is None and object is None:
            return iter(sorted(set(super().subjects())))
        return super().subjects(predicate, object, unique)

    def predicate_objects(self, subject=None, unique=False):
        return iter(sorted(super().predicate_objects(subject, unique)))


def _turtle_parts(g: Graph) -> tuple[list[str], str]:
    """The @prefix lines and the body of a graph's (sorted, hence stable) Turtle."""
    text = g.serialize(format="turtle")
    head, _, body = text.partition("\n\n")
    prefixes = [line for line in head.splitlines() if line.startswith("@prefix")]
    if len(prefixes) != len(head.splitlines()):  # no prefix block: all of it is body
        return [], text
    return prefixes, body


def _trig(ds: Dataset) -> bytes:
    """TriG written graph by graph in a fixed order: the default graph, then named graphs by IRI."""
    graphs = [ds.default_context] + sorted(
        (g for g in ds.graphs() if g.identifier != ds.default_context.identifier and len(g)),
        key=lambda g: str(g.identifier))
    prefixes: set[str] = set()
    blocks = []
    for g in graphs:
        pre, body = _turtle_parts(g)
        prefixes.update(pre)
        name = "" if g is ds.default_context else g.identifier.n3() + " "
        blocks.append(f"{name}{{\n{body.rstrip()}\n}}\n")
    return ("\n".join(sorted(prefixes)) + "\n\n" + "\n".join(blocks)).encode("utf-8")


def _sorted_json(value):
    """JSON-LD with every unordered array sorted (rdflib emits nodes in hash order)."""
    if isinstance(value, dict):
        return {k: (v if k == "@list" else _sorted_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _render(events: Iterable[Event], fmt: str, base_iri: str | None) -> tuple[bytes, int]:
    """The bytes of the export in one format, and the number of triples (quads) they hold."""
    check_format(fmt)
    if fmt in NAMED_GRAPH_FORMATS:
        ds = to_dataset(events, base_iri)
        if fmt == "trig":
            return _trig(ds), len(ds)
        raw = ds.serialize(format="json-ld", encoding="utf-8")
        doc = _sorted_json(json.loads(raw))
        return (json.dumps(doc, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8"), len(ds)
    g = to_graph(events, base_iri)
    if fmt == "xml":
        sg = _SortedGraph(store=g.store, identifier=g.identifier, namespace_manager=g.namespace_manager)
        return sg.serialize(format="xml", encoding="utf-8"), len(g)
    out = g.serialize(format=FORMATS[fmt], encoding="utf-8")
    if fmt == "nt":  # rdflib writes N-Triples in store order; sorted lines are stable
        out = b"".join(sorted(line for line in out.splitlines(keepends=True) if line.strip()))
    return out, len(g)


def serialize(events: Iterable[Event], fmt: str = "ttl", base_iri: str | None = None) -> bytes:
    """The export in one format, as UTF-8 bytes."""
    return _render(events, fmt, base_iri)[0]


def write_graph(events: Iterable[Event], path: str | Path, base_iri: str | None = None) -> int:
    """Write the RDF of events to path, the format taken from its suffix (.ttl for `build`).

    Written whole or not at all; returns the number of triples written.
    """
    data, count = _render(list(events), format_of(path), base_iri)
    with atomic_write(path, "wb") as fh:
        fh.write(data)
    return count
