"""Events -> RDF: a stream of statements, written by Oxigraph (ttl, nt, jsonld, trig; RDF/XML by
rdflib), and an rdflib Dataset for the Python API.

The default graph holds the canonical record: one sem:Event node per event with its coding and
provenance (article, sentence, offsets, rule, extraction time), the actors, the articles, and the
CAMEO/PLOVER concepts the events use (with their ancestors, so skos:broader* works on the export
alone). The named graph <BASE/graph/direct> holds the direct actor-to-actor statements for
simple queries: `actor gb:interact actor` for every non-negated event, and the PLOVER-typed
`actor gb:accuse actor` (a sub-property) for the non-negated events the text asserts or reports.
An event with an incident id points to its incident, `event gb:mentionOf BASE/incident/<id>`
(a gb:Incident): the named queries count those.

TriG and JSON-LD keep both graphs apart. Turtle, N-Triples and RDF/XML cannot name graphs: they
carry the union of the two (the direct statements are told apart by their predicates).

The statements are made as N-Triples/N-Quads lines (every IRI minted by vocab, every string
escaped here as Oxigraph writes it), written as they are for N-Triples, else read by Oxigraph's
parser and written by its serialiser, event by event: a corpus streams through in bounded memory (what is kept is one entry per actor and
linked actor pair; the articles and incidents written are remembered on disk, spill.Seen). The same events in the same order give the same bytes; `serialize` sorts
them by id first, so any order does.
"""
from __future__ import annotations

import io
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from ..errors import ConfigError
from ..fileio import atomic_write
from ..model import Actor, ArticleRef, Event
from ..spill import Seen
from . import cameo_scheme
from .vocab import (COUNTRY, DIRECT_MODALITIES, GB, KIND, PLOVER, PREFIXES, SDO, SEM, SHAPES,
                    UNMAPPED, base_namespace, clean_text, direct_property, safe_iri, segment)

# format name (CLI) -> rdflib parser/serialiser name (validate and the Python API read with rdflib)
FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml", "trig": "trig"}
OX_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD,
              "xml": ox.RdfFormat.RDF_XML, "trig": ox.RdfFormat.TRIG}
NAMED_GRAPH_FORMATS = ("trig", "jsonld")
SUFFIXES = {".ttl": "ttl", ".nt": "nt", ".jsonld": "jsonld", ".json": "jsonld", ".rdf": "xml",
            ".xml": "xml", ".owl": "xml", ".trig": "trig"}

# schema.org class of each actor kind (GROUP and UNKNOWN have none that fits)
_KIND_CLASS = {"PERSON": SDO.Person, "STATE": SDO.Country, "IGO": SDO.GovernmentOrganization,
               "ORGANIZATION": SDO.Organization}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
# N-Triples escapes as Oxigraph's serialiser writes them (clean_text has replaced the other
# controls), so that the lines made here are the N-Triples file itself, byte for byte
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\x7f": "\\u007F"})
# a string without any of these is written as it is (most are)
_PLAIN = re.compile("[\x00-\x1f\x7f\"\\\\\ufffe\uffff\ud800-\udfff]")
_EVENTS_PER_CHUNK = 256  # events whose lines are joined into one chunk of the stream


def _n(iri) -> str:
    """An IRI in N-Triples syntax (every IRI written is minted by vocab: no character to escape)."""
    return f"<{iri}>"


def _text(value: str) -> str:
    if _PLAIN.search(value) is None:
        return f'"{value}"'
    return '"' + clean_text(value).translate(_ESCAPES) + '"'


# the same few words in every event (predicates, modalities, rules)
_word = lru_cache(maxsize=8192)(_text)


def _typed(lexical: str, datatype) -> str:
    return f'"{lexical}"^^<{datatype}>'


_INTEGER, _BOOLEAN = f"^^<{XSD.integer}>", {True: f'"true"^^<{XSD.boolean}>', False: f'"false"^^<{XSD.boolean}>'}
_XSD_DATE, _XSD_DATETIME = str(XSD.date), str(XSD.dateTime)


def _int(value: int) -> str:
    return f'"{int(value)}"{_INTEGER}'


@lru_cache(maxsize=4096)
def _decimal(value: float) -> str:
    return _typed(str(Decimal(str(value))), XSD.decimal)


@lru_cache(maxsize=None)
def _concept(code: str) -> str:
    return _n(cameo_scheme.concept(code))


@lru_cache(maxsize=None)
def _plover(name: str) -> str:
    return _n(PLOVER[segment(name)])


def _bool(value: bool) -> str:
    return _BOOLEAN[bool(value)]


@lru_cache(maxsize=8192)
def _when(value: str) -> str:
    """An ISO date or date-time keeps its XSD type; anything else stays a plain string."""
    value = clean_text(value.strip())
    if _DATE.match(value):
        return _typed(value, _XSD_DATE)
    if _DATETIME.match(value):
        return _typed(value, _XSD_DATETIME)
    return _text(value)


@lru_cache(maxsize=None)
def _direct(plover: str | None, known: frozenset[str]) -> str:
    return _n(direct_property(plover, known))


def direct_graph_iri(base_iri: str | None = None) -> URIRef:
    return base_namespace(base_iri)["graph/direct"]


_TYPE, _LABEL, _ID = _n(RDF.type), _n(RDFS.label), _n(DCTERMS.identifier)
_KIND_CLASS_N = {kind: _n(cls) for kind, cls in _KIND_CLASS.items()}
_P = {name: _n(GB[name]) for name in (
    "countryCode", "country", "cameoActorCode", "cameoRole", "resolved", "sourceActor", "targetActor",
    "predicate", "ploverType", "ploverMode", "quadClass", "goldstein", "negated", "modality", "confidence",
    "evidenceText", "charStart", "charEnd", "rule", "Event", "mentionOf", "Incident",
    "eventDate", "dateText", "dateSource")}
# An event date's XSD type by its precision.
_EVENT_DATE = re.compile(r"\d{4}(-\d{2}){0,2}")
_DATE_TYPES = {"day": _XSD_DATE, "month": str(XSD.gYearMonth), "year": str(XSD.gYear)}
_SEM_EVENT, _SEM_TYPE, _SEM_ACTOR = _n(SEM.Event), _n(SEM.eventType), _n(SEM.Actor)
_SEM_ACTOR_TYPE, _SEM_TIME = _n(SEM.actorType), _n(SEM.hasTimeStamp)
_PREF, _ALT = _n(SKOS.prefLabel), _n(SKOS.altLabel)
_DERIVED, _GENERATED = _n(PROV.wasDerivedFrom), _n(PROV.generatedAtTime)
_UNMAPPED = _n(UNMAPPED)
_SDO = {name: _n(SDO[name]) for name in ("NewsArticle", "headline", "datePublished", "url", "publisher")}
_PROV_ENTITY = _n(PROV.Entity)
_INTERACT = _n(GB.interact)


class _Statements:
    """Events in, N-Triples lines out: the default graph's statements as they come, then the
    concepts the events used and the dataset's own description, then the direct statements."""

    def __init__(self, base_iri: str | None) -> None:
        self.ns = base_namespace(base_iri)
        self.seen: set[str] = set()  # actor IRIs written
        self.written = Seen()  # article and incident IRIs written: as many as the archive has
        self.aliases: dict[str, set[str]] = {}  # actor IRI -> aliases written
        self.actor_iris: dict[str, str] = {}
        self.last_article: tuple[str, str] = ("", "")  # an article's events come together
        self.direct: set[tuple[str, str, str]] = set()
        self.codes: set[str] = set()
        self.plovers: set[str] = set()
        self.known_plover = cameo_scheme.plover_types()
        self.created: str | None = None

    def iri(self, kind: str, key: str) -> str:
        return f"<{self.ns}{kind}/{segment(key)}>"

    def actor(self, a: Actor, out: list[str]) -> str:
        node = self.actor_iris.get(a.id) or self.actor_iris.setdefault(a.id, self.iri("actor", a.id))
        if node in self.seen:
            # an actor's aliases are those of all its events (each article may add one)
            for alias in sorted(set(a.aliases) - {a.name} - self.aliases[node]):
                self.aliases[node].add(alias)
                out.append(f"{node} {_ALT} {_text(alias)} .")
            return node
        self.seen.add(node)
        self.aliases[node] = set(a.aliases) - {a.name}
        out.append(f"{node} {_TYPE} {_SEM_ACTOR} .")
        if a.type in _KIND_CLASS_N:
            out.append(f"{node} {_TYPE} {_KIND_CLASS_N[a.type]} .")
        out.append(f"{node} {_ID} {_text(a.id)} .")
        out.append(f"{node} {_PREF} {_text(a.name)} .")
        for alias in sorted(set(a.aliases) - {a.name}):
            out.append(f"{node} {_ALT} {_text(alias)} .")
        out.append(f"{node} {_SEM_ACTOR_TYPE} {_n(KIND[segment(a.type or 'UNKNOWN')])} .")
        if a.country:
            out.append(f"{node} {_P['countryCode']} {_text(a.country)} .")
            out.append(f"{node} {_P['country']} {_n(COUNTRY[segment(a.country)])} .")
        if a.cameo:
            out.append(f"{node} {_P['cameoActorCode']} {_text(a.cameo)} .")
        if a.role:
            out.append(f"{node} {_P['cameoRole']} {_text(a.role)} .")
        out.append(f"{node} {_P['resolved']} {_bool(a.resolved)} .")
        return node

    def article(self, doc_id: str, ref: ArticleRef | None, out: list[str]) -> str:
        key = ref.id if ref else doc_id
        if self.last_article[0] == key:
            return self.last_article[1]
        node = self.iri("article", key)
        self.last_article = (key, node)
        if not self.written.add(node):
            return node
        out.append(f"{node} {_TYPE} {_SDO['NewsArticle']} .")
        out.append(f"{node} {_TYPE} {_PROV_ENTITY} .")
        out.append(f"{node} {_ID} {_text(key)} .")
        if ref and ref.title:
            out.append(f"{node} {_SDO['headline']} {_text(ref.title)} .")
        if ref and ref.date:
            out.append(f"{node} {_SDO['datePublished']} {_when(ref.date)} .")
        if ref and ref.url:
            url = safe_iri(clean_text(ref.url))
            out.append(f"{node} {_SDO['url']} {_n(url) if url else _text(ref.url)} .")
        if ref and ref.source:
            out.append(f"{node} {_SDO['publisher']} {_text(ref.source)} .")
        return node

    def incident(self, key: str, out: list[str]) -> str:
        node = self.iri("incident", key)
        if self.written.add(node):
            out.append(f"{node} {_TYPE} {_P['Incident']} .")
            out.append(f"{node} {_ID} {_text(key)} .")
        return node

    @staticmethod
    def when(node: str, e: Event) -> list[str]:
        """sem:hasTimeStamp, a day: the event's own when the text names the day, else its
        article's; gb:eventDate, typed by its precision, with the words it came from."""
        out = []
        published = e.article.date if e.article else None
        day = e.event_date if e.date_precision == "day" else published
        if day and _DATE.match(day[:10]):
            out.append(f"{node} {_SEM_TIME} {_typed(day[:10], _XSD_DATE)} .")
        # checked before it is written untouched: a record read back may carry any text
        if e.event_date and e.date_precision in _DATE_TYPES and _EVENT_DATE.fullmatch(e.event_date):
            out.append(f"{node} {_P['eventDate']} {_typed(e.event_date, _DATE_TYPES[e.date_precision])} .")
            out.append(f"{node} {_P['dateSource']} {_text(e.date_source or 'text')} .")
        if e.date_text:
            out.append(f"{node} {_P['dateText']} {_text(e.date_text)} .")
        return out

    def event(self, e: Event) -> list[str]:
        out: list[str] = []
        node = self.iri("event", e.id)
        src = self.actor(e.source, out)
        tgt = self.actor(e.target, out) if e.target else None  # an event with no target has none
        art = self.article(e.doc_id, e.article, out)
        inc = self.incident(e.incident, out) if e.incident else None
        out.append(f"{node} {_TYPE} {_SEM_EVENT} .")
        out.append(f"{node} {_TYPE} {_P['Event']} .")
        out.append(f"{node} {_ID} {_text(e.id)} .")
        label = f"{e.source.name} {'not ' if e.negated else ''}{e.predicate}" + (f" {e.target.name}" if e.target else "")
        out.append(f"{node} {_LABEL} {_text(label)} .")
        out.append(f"{node} {_P['sourceActor']} {src} .")
        if tgt:
            out.append(f"{node} {_P['targetActor']} {tgt} .")
        if e.cameo:
            self.codes.add(e.cameo)
            out.append(f"{node} {_SEM_TYPE} {_concept(e.cameo)} .")
        else:
            out.append(f"{node} {_SEM_TYPE} {_UNMAPPED} .")
        out.append(f"{node} {_P['predicate']} {_word(e.predicate)} .")
        if e.plover:
            self.plovers.add(e.plover)
            out.append(f"{node} {_P['ploverType']} {_plover(e.plover)} .")
        if e.plover_mode:
            out.append(f"{node} {_P['ploverMode']} {_word(e.plover_mode)} .")
        if e.quad_class is not None:
            out.append(f"{node} {_P['quadClass']} {_int(e.quad_class)} .")
        if e.goldstein is not None:
            out.append(f"{node} {_P['goldstein']} {_decimal(e.goldstein)} .")
        out.append(f"{node} {_P['negated']} {_bool(e.negated)} .")
        out.append(f"{node} {_P['modality']} {_word(e.modality)} .")
        out.append(f"{node} {_P['confidence']} {_decimal(e.confidence)} .")
        if inc:
            out.append(f"{node} {_P['mentionOf']} {inc} .")
        out.extend(self.when(node, e))
        # provenance: the article, the sentence and where it is, the rule, the time
        out.append(f"{node} {_DERIVED} {art} .")
        out.append(f"{node} {_P['evidenceText']} {_text(e.sentence)} .")
        out.append(f"{node} {_P['charStart']} {_int(e.char_start)} .")
        out.append(f"{node} {_P['charEnd']} {_int(e.char_end)} .")
        if e.rule:
            out.append(f"{node} {_P['rule']} {_word(e.rule)} .")
        if e.extracted_at:
            out.append(f"{node} {_GENERATED} {_when(e.extracted_at)} .")
            self.created = max(self.created or "", e.extracted_at)
        if not e.negated and tgt and src != tgt:
            self.direct.add((src, _INTERACT, tgt))
            if e.modality in DIRECT_MODALITIES:
                self.direct.add((src, _direct(e.plover, self.known_plover), tgt))
        return out

    def finish(self) -> list[str]:
        """The concepts the events used, and the dataset node, as sorted N-Triples lines."""
        g = Graph()
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
        # rdflib's N-Triples, rewritten by Oxigraph's serialiser as every other line is written
        lines = ox.serialize(ox.parse(g.serialize(format="nt", encoding="utf-8"), ox.RdfFormat.N_TRIPLES),
                             format=ox.RdfFormat.N_TRIPLES).decode("utf-8").splitlines()
        if self.created:
            lines.append(f"{_n(ds)} {_n(DCTERMS.created)} {_when(self.created)} .")
        return sorted(line for line in lines if line.strip())

    def direct_lines(self, graph: str | None) -> list[str]:
        where = f" {graph}" if graph else ""
        return [f"{s} {p} {o}{where} ." for s, p, o in sorted(self.direct)]


def _lines(events: Iterable[Event], base_iri: str | None, named_graphs: bool,
           counter: list[int]) -> Iterator[str]:
    """The export as N-Triples (or, with named graphs, N-Quads) lines, event by event."""
    st = _Statements(base_iri)
    chunk: list[str] = []
    for i, e in enumerate(events, 1):
        chunk += st.event(e)
        if i % _EVENTS_PER_CHUNK == 0:
            counter[0] += len(chunk)
            yield "\n".join(chunk) + "\n"
            chunk = []
    if chunk:
        counter[0] += len(chunk)
        yield "\n".join(chunk) + "\n"
    st.written.close()
    tail = st.finish()
    tail += st.direct_lines(_n(direct_graph_iri(base_iri)) if named_graphs else None)
    counter[0] += len(tail)
    yield "\n".join(tail) + "\n"


class _LineReader(io.RawIOBase):
    """A binary file over a stream of text chunks: Oxigraph's parser pulls from it."""

    def __init__(self, chunks: Iterator[str]) -> None:
        self.chunks, self.buffer = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while not self.buffer:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.buffer = chunk.encode("utf-8")
        n = min(len(target), len(self.buffer))
        target[:n] = self.buffer[:n]
        self.buffer = self.buffer[n:]
        return n


def prefixes(base_iri: str | None = None) -> dict[str, str]:
    ns = base_namespace(base_iri)
    out = {prefix: str(uri) for prefix, uri in PREFIXES.items()}
    out.update({kind: str(ns[f"{kind}/"]) for kind in ("actor", "event", "article")})
    return out


def nt_reader(events: Iterable[Event], base_iri: str | None = None, named_graphs: bool = False,
              counter: list[int] | None = None) -> io.BufferedReader:
    """The export as an N-Triples (with named graphs, N-Quads) binary stream, made as it is read."""
    return io.BufferedReader(_LineReader(_lines(events, base_iri, named_graphs, counter or [0])), 1 << 20)


def _quads(events: Iterable[Event], base_iri: str | None, named_graphs: bool, counter: list[int]):
    reader = nt_reader(events, base_iri, named_graphs, counter)
    return ox.parse(reader, ox.RdfFormat.N_QUADS if named_graphs else ox.RdfFormat.N_TRIPLES)


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
    """A graph that lists subjects and their statements in sorted order, for rdflib's RDF/XML
    serialiser (which otherwise writes in the store's hash order)."""

    def subjects(self, predicate=None, object=None, unique=False):  # noqa: A002 (rdflib's name)
        if predicate is None and object is None:
            return iter(sorted(set(super().subjects())))
        return super().subjects(predicate, object, unique)

    def predicate_objects(self, subject=None, unique=False):
        return iter(sorted(super().predicate_objects(subject, unique)))


def _write(events: Iterable[Event], fmt: str, out, base_iri: str | None) -> int:
    """Stream the export in one format to a binary file; the number of statements written."""
    check_format(fmt)
    base_namespace(base_iri)  # a bad base IRI is refused before anything is written
    if fmt == "xml":
        # Oxigraph's RDF/XML writer keeps a carriage return raw, which XML readers turn into a
        # line feed: rdflib's escapes it. RDF/XML is for old tools, not for corpus sizes.
        g = to_graph(events, base_iri)
        sg = _SortedGraph(store=g.store, identifier=g.identifier, namespace_manager=g.namespace_manager)
        out.write(sg.serialize(format="xml", encoding="utf-8"))
        return len(g)
    counter = [0]
    if fmt == "nt":  # the lines are N-Triples as Oxigraph writes them: no parse and write again
        for chunk in _lines(events, base_iri, False, counter):
            out.write(chunk.encode("utf-8"))
        return counter[0]
    quads = _quads(events, base_iri, fmt in NAMED_GRAPH_FORMATS, counter)
    ox.serialize(quads, out, OX_FORMATS[fmt], prefixes=None if fmt == "nt" else prefixes(base_iri))
    return counter[0]


def serialize(events: Iterable[Event], fmt: str = "ttl", base_iri: str | None = None) -> bytes:
    """The export in one format, as UTF-8 bytes (events sorted by id: the same bytes for the
    same events in any order)."""
    buf = io.BytesIO()
    _write(sorted(events, key=lambda e: e.id), fmt, buf, base_iri)
    return buf.getvalue()


def write_graph(events: Iterable[Event], path: str | Path, base_iri: str | None = None) -> int:
    """Write the RDF of events to path, the format taken from its suffix (.ttl for `build`).

    `events` may be any iterable (a generator over events.jsonl): it is streamed, in its order,
    never held whole. Written whole or not at all; returns the number of statements written.
    """
    fmt = format_of(path)
    with atomic_write(path, "wb") as fh:
        return _write(events, fmt, fh, base_iri)


def _rdflib_parse(events: Iterable[Event], base_iri: str | None, target) -> None:
    counter = [0]
    named = isinstance(target, Dataset)
    data = "".join(_lines(sorted(events, key=lambda e: e.id), base_iri, named, counter))
    target.parse(data=data, format="nquads" if named else "nt")


def to_dataset(events: Iterable[Event], base_iri: str | None = None) -> Dataset:
    """The export as an rdflib Dataset: the default graph and <BASE/graph/direct>."""
    ds = Dataset()
    _bind(ds, base_iri)
    _rdflib_parse(events, base_iri, ds)
    return ds


def to_graph(events: Iterable[Event], base_iri: str | None = None) -> Graph:
    """The export as one rdflib graph: the union of the default graph and the direct statements."""
    g = Graph()
    _bind(g, base_iri)
    _rdflib_parse(events, base_iri, g)
    return g


def _bind(g: Graph, base_iri: str | None) -> None:
    for prefix, uri in prefixes(base_iri).items():
        g.bind(prefix, uri, override=True, replace=True)
