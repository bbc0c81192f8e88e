"""ontology/cameo.ttl is the generated SKOS scheme of the CAMEO table, and queryable as a hierarchy."""
from __future__ import annotations

from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import RDF, SKOS

from graphbuild.coding import cameo_table
from graphbuild.rdf import cameo_scheme
from graphbuild.rdf.vocab import CAMEO, CAMEO_SCHEME, GB, PLOVER
from graphbuild.resources import resource_dir


def committed() -> Graph:
    return Graph().parse(resource_dir("ontology") / "cameo.ttl", format="turtle")


def test_committed_file_equals_a_fresh_generation():
    fresh, old = cameo_scheme.scheme_graph(), committed()
    if not isomorphic(fresh, old):
        _, only_fresh, only_old = graph_diff(to_isomorphic(fresh), to_isomorphic(old))
        raise AssertionError(f"regenerate with `python -m graphbuild.rdf.cameo_scheme`: "
                             f"{len(only_fresh)} triples new, {len(only_old)} gone")


def test_generator_writes_that_file(tmp_path):
    out = tmp_path / "cameo.ttl"
    assert cameo_scheme.main(["-o", str(out)]) == 0
    assert isomorphic(Graph().parse(out, format="turtle"), committed())


def test_every_code_is_a_concept_with_one_broader_up_to_its_root():
    g = committed()
    concepts = set(g.subjects(SKOS.inScheme, CAMEO_SCHEME))
    assert len(concepts) == len(cameo_table()) == 311
    for code in cameo_table():
        node = CAMEO[code]
        broader = list(g.objects(node, SKOS.broader))
        assert len(broader) == (0 if len(code) == 2 else 1), code
        assert (node, RDF.type, SKOS.Concept) in g


def test_every_kind_of_disapproval_is_broader_star_of_11():
    g = committed()
    rows = g.query("SELECT ?n WHERE { ?c skos:broader* cameo:11 ; skos:notation ?n }",
                   initNs={"skos": SKOS, "cameo": CAMEO})
    codes = {str(r.n) for r in rows}
    assert {"11", "111", "112", "1121", "1125"} <= codes
    assert codes == {c for c in cameo_table() if c.startswith("11")}


def test_concepts_carry_goldstein_quadclass_and_plover():
    g = committed()
    c = CAMEO["042"]
    assert float(g.value(c, GB.goldstein)) == 1.9
    assert int(g.value(c, GB.quadClass)) == 1
    assert g.value(c, GB.ploverType) == PLOVER.CONSULT
    assert str(g.value(c, GB.ploverMode)) == "visit"
