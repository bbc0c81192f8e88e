"""validate: pyshacl with graphbuild's shapes names the failing nodes."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from graphbuild.cli import main
from graphbuild.rdf.export import to_graph
from graphbuild.rdf.validate import validate_graph, validate_path
from graphbuild.rdf.vocab import CAMEO, GB, SEM

BASE = "https://example.org/graphbuild/"


def event_node(g, sentence_start: str):
    """The event whose sentence starts with sentence_start."""
    return next(s for s, o in g.subject_objects(GB.evidenceText) if str(o).startswith(sentence_start))


def test_a_graph_as_graphbuild_writes_it_conforms(events):
    report = validate_graph(to_graph(events))
    assert report.conforms, [str(v) for v in report.violations]
    assert report.violations == ()


def test_seed_graph_conforms(seed_outdir):
    report = validate_path(seed_outdir)
    assert report.conforms, [str(v) for v in report.violations]


def test_missing_target_and_unknown_code_are_reported_by_node(events):
    g = to_graph(events)
    no_target = event_node(g, "Lavrov criticised")
    bad_code = event_node(g, "Putin accused")
    g.remove((no_target, GB.targetActor, None))
    g.set((bad_code, SEM.eventType, CAMEO["999"]))
    report = validate_graph(g)
    assert not report.conforms
    by_node = {(v.node, v.path) for v in report.violations}
    assert (str(no_target), "gb:targetActor") in by_node
    assert (str(bad_code), "sem:eventType") in by_node
    lines = [str(v) for v in report.violations]
    assert any(str(no_target) in line and "Sergey Lavrov criticise United States" in line
               and "target actor" in line for line in lines)
    assert any(str(bad_code) in line and "CAMEO scheme" in line and "cameo/999" in line for line in lines)


def test_self_loops_and_missing_dates_are_reported(events):
    g = to_graph(events)
    loop = event_node(g, "Tillerson met Lavrov in")
    undated = event_node(g, "Putin accused")
    source = g.value(loop, GB.sourceActor)
    g.set((loop, GB.targetActor, source))
    g.remove((undated, SEM.hasTimeStamp, None))
    report = validate_graph(g)
    messages = {(v.node, v.message) for v in report.violations}
    assert any(n == str(loop) and "other than its target" in m for n, m in messages)
    assert any(n == str(undated) and "has a date" in m for n, m in messages)


def test_an_event_without_a_dated_article_needs_no_date(events):
    g = to_graph(events)
    undated = event_node(g, "Tillerson met Lavrov again")
    assert g.value(undated, SEM.hasTimeStamp) is None
    assert validate_graph(g).conforms


def test_bad_literals_are_reported(events):
    g = to_graph(events)
    e = event_node(g, "Lavrov criticised")
    g.set((e, GB.quadClass, Literal(7)))
    g.set((e, GB.modality, Literal("certain")))
    g.add((URIRef(BASE + "actor/united-states"), GB.countryCode, Literal("us")))
    report = validate_graph(g)
    paths = {(v.node, v.path) for v in report.violations}
    assert (str(e), "gb:quadClass") in paths and (str(e), "gb:modality") in paths
    assert (BASE + "actor/united-states", "gb:countryCode") in paths


def test_validate_command_exit_status_and_lines(hand_outdir, tmp_path, capsys):
    assert main(["validate", str(hand_outdir)]) == 0
    assert "conforms" in capsys.readouterr().out
    g = to_graph([])
    g.parse(hand_outdir / "graph.ttl", format="turtle")
    g.set((event_node(g, "Putin accused"), SEM.eventType, CAMEO["999"]))
    bad = tmp_path / "bad.nt"
    g.serialize(bad, format="nt")
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "Vladimir Putin accuse NATO" in out and "CAMEO scheme" in out


def test_validate_of_a_file_that_is_not_rdf_is_one_clear_error(tmp_path, capsys):
    bad = tmp_path / "graph.ttl"
    bad.write_text("this is <not turtle", encoding="utf-8")
    assert main(["validate", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not valid ttl" in err


def test_generated_at_time_is_a_date_time(events):
    g = to_graph(events)
    e = event_node(g, "Lavrov criticised")
    assert g.value(e, URIRef("http://www.w3.org/ns/prov#generatedAtTime")).datatype == XSD.dateTime


def test_incidents_conform_and_an_orphan_or_a_second_incident_is_reported():
    from rdf_cases import incident_events

    g = to_graph(incident_events())
    incidents = set(g.subjects(None, GB.Incident))
    assert len(incidents) == 6 and len(set(g.subject_objects(GB.mentionOf))) == 8
    assert validate_graph(g).conforms
    orphan, twice = URIRef(BASE + "incident/orphan"), event_node(g, "Putin accused")
    g.add((orphan, RDF.type, GB.Incident))
    g.add((orphan, DCTERMS.identifier, Literal("orphan")))
    g.add((twice, GB.mentionOf, next(iter(incidents))))
    messages = {(v.node, v.message) for v in validate_graph(g).violations}
    assert any(n == str(orphan) and "at least one event" in m for n, m in messages)
    assert any(n == str(twice) and "at most one incident" in m for n, m in messages)


def test_event_dates_are_typed_by_their_precision_and_checked(events):
    import dataclasses

    once = [e for e in events if sum(x.sentence == e.sentence for x in events) == 1][:3]  # one event per sentence
    dated = {e.id: dataclasses.replace(e, event_date=when, date_precision=precision, date_text=words, date_source="text")
             for e, (when, precision, words) in zip(once, [("2017-04-09", "day", "on Sunday"),
                                                           ("2017-03", "month", "in March"),
                                                           ("2016", "year", "in 2016")])}
    g = to_graph([dated.get(e.id, e) for e in events])
    got = {str(g.value(event_node(g, e.sentence), GB.dateText)): g.value(event_node(g, e.sentence), GB.eventDate)
           for e in dated.values()}
    assert {k: (str(v), v.datatype) for k, v in got.items()} == {
        "on Sunday": ("2017-04-09", XSD.date), "in March": ("2017-03", XSD.gYearMonth), "in 2016": ("2016", XSD.gYear)}
    assert validate_graph(g).conforms
    node = event_node(g, once[0].sentence)
    g.set((node, GB.eventDate, Literal("April 2017")))
    report = validate_graph(g)
    assert (str(node), "gb:eventDate") in {(v.node, v.path) for v in report.violations}
