"""Namespaces, term names and IRI minting: every IRI graphbuild writes is made here.

graphbuild's own terms (ontology, CAMEO and PLOVER concepts, actor kinds) live under fixed
namespaces, so queries and shapes never depend on the data's base IRI. Data resources
(actors, events, articles, graphs) live under a base the user chooses (--base-iri).
Key parts of data IRIs are percent-encoded as UTF-8 with only RFC 3986 unreserved
characters kept, so any actor id, article id or code is a valid, readable IRI segment.
"""
from __future__ import annotations

import re
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from ..errors import ConfigError

GB = Namespace("https://w3id.org/graphbuild/ontology#")
CAMEO = Namespace("https://w3id.org/graphbuild/cameo/")
PLOVER = Namespace("https://w3id.org/graphbuild/plover/")
KIND = Namespace("https://w3id.org/graphbuild/kind/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SDO = Namespace("https://schema.org/")
# The EU Publications Office country authority: one IRI per ISO 3166-1 alpha-3 code.
COUNTRY = Namespace("http://publications.europa.eu/resource/authority/country/")

CAMEO_SCHEME = CAMEO["scheme"]
PLOVER_SCHEME = PLOVER["scheme"]
KIND_SCHEME = KIND["scheme"]
SHAPES = Namespace("https://w3id.org/graphbuild/shapes#")
UNMAPPED = GB["unmappedEventType"]  # the type of an event whose predicate has no CAMEO code

DEFAULT_BASE = "https://example.org/graphbuild/"

PREFIXES = {
    "gb": GB, "cameo": CAMEO, "plover": PLOVER, "kind": KIND, "sem": SEM, "schema": SDO,
    "country": COUNTRY, "prov": PROV, "skos": SKOS, "dcterms": DCTERMS, "xsd": XSD,
    "rdfs": RDFS, "owl": OWL, "rdf": RDF,
}

# Modalities under which a direct actor-to-actor statement is written (claims, not maybes).
DIRECT_MODALITIES = ("asserted", "reported")

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# Besides what RFC 3987 forbids: C1 controls and the Unicode line and paragraph separators,
# which line-based readers (rdflib's N-Triples parser) take for the end of a line.
_IRI_UNSAFE = re.compile("[\x00-\x20<>\"{}|\\\\^`\x7f-\x9f\u2028\u2029]")


_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")


def segment(key: str) -> str:
    """A key as one IRI path segment: unreserved characters kept, the rest %XX (UTF-8)."""
    if _UNRESERVED.fullmatch(key):  # most keys (event ids, slugs): nothing to encode
        return key
    return quote(key, safe="-._~")


def base_namespace(base_iri: str | None) -> Namespace:
    base = base_iri or DEFAULT_BASE
    if not _SCHEME.match(base) or _IRI_UNSAFE.search(base):
        raise ConfigError(f"base IRI {base!r} is not an absolute IRI",
                          "give one like https://example.org/mycorpus/")
    if not base.endswith(("/", "#")):
        base += "/"
    return Namespace(base)


def safe_iri(value: str) -> str | None:
    """An IRI given by the input (an article URL): characters IRIs cannot hold are %-encoded.

    None when the value has no scheme; the caller then keeps it as a literal.
    """
    value = value.strip()
    if not _SCHEME.match(value):
        return None
    return _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value)


def direct_property(plover: str | None, known: frozenset[str]):
    """The typed actor-to-actor property of an event: gb:<PLOVER type in lower case>, else gb:interact."""
    if plover and plover in known:
        return GB[plover.lower()]
    return GB["interact"]


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Text fit for every serialisation: characters XML 1.0 cannot carry (C0 controls other
    than tab/newline/CR, lone surrogates) become U+FFFD, in every format alike."""
    return _XML_ILLEGAL.sub("\ufffd", value)
