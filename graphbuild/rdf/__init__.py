"""RDF for researchers: the export of events as RDF, SHACL validation and SPARQL named queries.

    vocab         namespaces, term names and IRI minting (one place for every IRI rule)
    cameo_scheme  the CAMEO code list as a SKOS concept scheme (ontology/cameo.ttl)
    export        Events -> rdflib Dataset -> ttl, nt, jsonld, xml, trig
    validate      pyshacl with ontology/shapes.ttl
    sparql        queries/sparql/NAME.rq answered from an OUTDIR with an embedded store

The ontology and its documentation are in ontology/ (graphbuild.ttl, shapes.ttl, README.md).
"""
__all__ = ["FORMATS", "to_dataset", "to_graph", "serialize", "write_graph"]


def __getattr__(name: str):
    # imported on first use, so `python -m graphbuild.rdf.cameo_scheme` runs without the exporter
    if name in __all__:
        from . import export
        return getattr(export, name)
    raise AttributeError(name)
