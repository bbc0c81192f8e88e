"""The export: every format parses back to the same graph, IRIs and strings are safe, bytes are stable."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from graphbuild.cli import main
from graphbuild.errors import ConfigError
from graphbuild.model import Actor, ArticleRef, Event
from graphbuild.rdf.export import (FORMATS, NAMED_GRAPH_FORMATS, direct_graph_iri, serialize, to_dataset,
                                   to_graph, write_graph)
from graphbuild.rdf.vocab import GB, SDO

SDO_URL = SDO.url
from graphbuild.records import read_events

from rdf_cases import LAVROV, USA, hand_events

def parse_back(data: bytes, fmt: str):
    ds = Dataset()
    ds.parse(data=data, format=FORMATS[fmt])
    return ds


def assert_round_trip(events, fmt: str) -> None:
    parsed = parse_back(serialize(events, fmt), fmt)
    if fmt in NAMED_GRAPH_FORMATS:
        want = to_dataset(events)
        for g in want.graphs():
            got = parsed.default_context if g.identifier == want.default_context.identifier \
                else parsed.graph(g.identifier)
            assert len(g) and isomorphic(g, got), f"{fmt}: graph {g.identifier} differs"
    else:
        got = Graph()
        for s, p, o, _ in parsed.quads((None, None, None, None)):
            got.add((s, p, o))
        assert isomorphic(to_graph(events), got), f"{fmt}: not isomorphic"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_parses_back_isomorphic(fmt, events):
    assert_round_trip(events, fmt)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_graph_in_every_format_parses_back_isomorphic(fmt, seed_outdir):
    assert_round_trip(read_events(seed_outdir), fmt)


def test_build_writes_the_turtle_that_export_gives(seed_outdir):
    written = Graph().parse(seed_outdir / "graph.ttl", format="turtle")
    assert isomorphic(written, to_graph(read_events(seed_outdir)))


HOSTILE_NAMES = [
    'Said "No" <script>alert(1)</script>',
    "Ministry of\nForeign Affairs\r\n(Moscow)",
    "Сергей Лавров",
    "王毅 外交部长",
    "وزارة الخارجية",
    "tab\there & back\\slash 'quote' {brace} `tick`",
]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_hostile_names_and_ids_round_trip(fmt):
    actors = [Actor(id=f"{name} id/{i}?#", name=name, type="GROUP", aliases=(name + " alias",))
              for i, name in enumerate(HOSTILE_NAMES)]
    art = ArticleRef(id='doc "1" <a>', title="Title with\nnewline <b>", date="2020-02-02",
                     url="https://example.org/a path/<x>?q=\"1\"")
    events = [Event(doc_id=art.id, sentence=f"{a.name} criticised {LAVROV.name}.", char_start=i, char_end=i + 5,
                    source=a, target=LAVROV, predicate="criticise", cameo="111", plover="ACCUSE", quad_class=3,
                    goldstein=-2.0, article=art) for i, a in enumerate(actors)]
    assert_round_trip(events, fmt)
    parsed = parse_back(serialize(events, fmt), fmt)
    labels = {str(o) for _, _, o, _ in parsed.quads((None, SKOS.prefLabel, None, None))}
    assert set(HOSTILE_NAMES) <= labels
    iris = {str(s) for s, _, _, _ in parsed.quads((None, None, None, None)) if isinstance(s, URIRef)}
    for iri in iris:
        assert not any(c in iri for c in ' <>"{}|\\^`\n\r'), iri


def test_characters_xml_cannot_carry_are_replaced_alike_in_every_format():
    actor = Actor(id="ctl", name="bell\x07 and nul\x00", type="GROUP")
    e = Event(doc_id="d", sentence="s", char_start=0, char_end=1, source=actor, target=USA,
              predicate="p", cameo=None)
    for fmt in FORMATS:
        labels = {str(o) for _, _, o, _ in parse_back(serialize([e], fmt), fmt).quads((None, SKOS.prefLabel, None, None))}
        assert "bell\ufffd and nul\ufffd" in labels, fmt


def _bytes_in_fresh_process(fmt: str, seed: str) -> bytes:
    code = ("import sys; from rdf_cases import hand_events; from graphbuild.rdf.export import serialize; "
            f"sys.stdout.buffer.write(serialize(hand_events(), {fmt!r}))")
    env = dict(os.environ, PYTHONHASHSEED=seed)
    return subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parent, env=env, check=True,
                          capture_output=True).stdout


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_output_is_deterministic(fmt):
    # different hash seeds change set and dict orders: the bytes must not change
    first = _bytes_in_fresh_process(fmt, "1")
    assert first == _bytes_in_fresh_process(fmt, "2")
    assert first == serialize(list(reversed(hand_events())), fmt)


def test_iris_are_readable_and_under_the_chosen_base(events):
    g = to_graph(events, base_iri="https://data.example.net/ir")
    subjects = {str(s) for s in g.subjects()}
    assert "https://data.example.net/ir/actor/sergey-lavrov" in subjects
    assert "https://data.example.net/ir/article/art%203%2Fundated" in subjects
    assert not any(s.startswith("https://example.org/graphbuild/") for s in subjects)


@pytest.mark.parametrize("bad", ["not an iri", "relative/path/", "https://x.org/a b/"])
def test_a_bad_base_iri_is_refused(bad, events):
    with pytest.raises(ConfigError, match="base IRI"):
        to_graph(events, base_iri=bad)


def test_actors_carry_labels_aliases_kind_country_and_codes(events):
    g = to_graph(events)
    lavrov = URIRef("https://example.org/graphbuild/actor/sergey-lavrov")
    assert g.value(lavrov, SKOS.prefLabel) == Literal("Sergey Lavrov")
    assert set(g.objects(lavrov, SKOS.altLabel)) == {Literal("Lavrov")}
    assert g.value(lavrov, GB.countryCode) == Literal("RUS")
    assert g.value(lavrov, GB.country) == URIRef("http://publications.europa.eu/resource/authority/country/RUS")
    assert g.value(lavrov, GB.cameoActorCode) == Literal("RUSGOV")
    assert str(g.value(lavrov, URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/actorType"))).endswith("/kind/PERSON")


def test_direct_statements_are_in_their_own_named_graph(events):
    ds = to_dataset(events)
    direct = ds.graph(direct_graph_iri())
    lavrov, usa, putin = (URIRef(f"https://example.org/graphbuild/actor/{a}")
                          for a in ("sergey-lavrov", "united-states", "vladimir-putin"))
    assert (lavrov, GB.accuse, usa) in direct
    assert (lavrov, GB.accuse, usa) not in ds.default_context
    # the hedged accusation links the actors but is not stated as an accusation
    assert (putin, GB.interact, usa) in direct
    assert (putin, GB.accuse, usa) not in direct
    assert not list(ds.default_context.triples((None, GB.accuse, None)))


def test_write_graph_takes_the_format_from_the_suffix(tmp_path, events):
    n = write_graph(events, tmp_path / "g.nt")
    assert n == len(Graph().parse(tmp_path / "g.nt", format="nt")) == len(to_graph(events))
    with pytest.raises(ConfigError, match="suffix"):
        write_graph(events, tmp_path / "g.csv")
    assert not (tmp_path / "g.csv").exists()


def test_export_command_writes_stdout_or_a_file(hand_outdir, tmp_path, capsysbinary):
    assert main(["export", str(hand_outdir), "--format", "nt"]) == 0
    out = capsysbinary.readouterr().out
    assert isomorphic(Graph().parse(data=out, format="nt"), to_graph(hand_events()))
    target = tmp_path / "x.trig"
    assert main(["export", str(hand_outdir), "--format", "trig", "-o", str(target),
                 "--base-iri", "https://d.example/"]) == 0
    assert "https://d.example/graph/direct" in target.read_text(encoding="utf-8")


def test_export_of_a_missing_outdir_is_one_clear_error(tmp_path, capsys):
    assert main(["export", str(tmp_path / "nowhere")]) == 2
    err = capsys.readouterr().err
    assert "nowhere" in err and "no such events file" in err


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_url_with_a_line_separator_reads_back_in_rdflib(fmt):
    art = ArticleRef(id="d", title="t", date="2020-02-02", url="https://example.org/a\u2028b\u2029c\x85d")
    e = Event(doc_id="d", sentence="Line\u2028separated.", char_start=0, char_end=5, source=LAVROV, target=USA,
              predicate="criticise", cameo="111", article=art)
    assert_round_trip([e], fmt)
    urls = {str(o) for _, _, o, _ in parse_back(serialize([e], fmt), fmt).quads((None, SDO_URL, None, None))}
    assert urls == {"https://example.org/a%E2%80%A8b%E2%80%A9c%C2%85d"}


def test_write_graph_streams_a_generator(tmp_path, events):
    n = write_graph((e for e in events), tmp_path / "g.ttl")
    assert n == len(Graph().parse(tmp_path / "g.ttl", format="turtle")) == len(to_graph(events))


def test_n_triples_are_written_as_oxigraph_writes_them():
    # the N-Triples lines are written as they are made: they must be Oxigraph's own form
    # (escapes included), so that the file is the same as Oxigraph's serialiser would write
    actors = [Actor(id=f"{name} id/{i}", name=name + " tab\t del\x7f bell\x07", type="GROUP", aliases=(name + "\\",))
              for i, name in enumerate(HOSTILE_NAMES)]
    art = ArticleRef(id='doc "1"', title="Title\twith\nnewline", date="2020-02-02", url="https://example.org/a b")
    events = [Event(doc_id=art.id, sentence=f"{a.name} criticised {LAVROV.name}.\r", char_start=i, char_end=i + 5,
                    source=a, target=LAVROV, predicate="criticise\t", cameo="111", plover="ACCUSE", rule="r\x7f",
                    article=art) for i, a in enumerate(actors)]
    written = serialize(events, "nt")
    assert written == ox.serialize(ox.parse(written, ox.RdfFormat.N_TRIPLES), format=ox.RdfFormat.N_TRIPLES)
    assert b"\\t" in written and b"\\u007F" in written
