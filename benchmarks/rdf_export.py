"""RDF export and SPARQL speed on synthetic events (default 100,000).

Prints, for N-Triples and Turtle, the export speed in triples per second (events -> bytes, as
`graphbuild export` does it) against rdflib's own serialiser of the same, already built graph
(the baseline: what the export adds is building the graph and making the bytes deterministic).
Then the time of the who_criticised_whom named query with rdflib's embedded SPARQL engine,
against the baseline of a one-pattern count over the same graph, and the time to load graph.ttl.

    .venv/bin/python benchmarks/rdf_export.py [--events 100000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_events  # noqa: E402
from graphbuild.querylib import get_query  # noqa: E402
from graphbuild.rdf.export import serialize, to_graph  # noqa: E402
from graphbuild.rdf.sparql import load_graph, run_query  # noqa: E402


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=100_000)
    args = p.parse_args()

    events, t = timed(lambda: synthetic_events(args.events))
    print(f"{len(events):,} synthetic events made in {t:.1f} s")
    graph, t_build = timed(lambda: to_graph(events))
    n = len(graph)
    print(f"graph built: {n:,} triples in {t_build:.1f} s ({n / t_build:,.0f} triples/s)")

    with tempfile.TemporaryDirectory() as tmp:
        for fmt, rdflib_name in (("nt", "nt"), ("ttl", "turtle")):
            _, base = timed(lambda g=graph: g.serialize(format=rdflib_name, encoding="utf-8"))
            data, t = timed(lambda: serialize(events, fmt))
            print(f"{fmt:>3}: export {n / t:>10,.0f} triples/s ({t:6.1f} s, {len(data) / 1e6:,.0f} MB); "
                  f"rdflib serialiser alone {n / base:>10,.0f} triples/s ({base:6.1f} s); ratio {t / base:.2f}")
            if fmt == "ttl":
                (Path(tmp) / "graph.ttl").write_bytes(data)
            del data
        del graph

        store, t_load = timed(lambda: load_graph(tmp))
        print(f"graph.ttl loaded into the embedded store in {t_load:.1f} s ({len(store):,} triples)")
        query = get_query("who_criticised_whom", "sparql")
        rows, t_query = timed(lambda: run_query(query, {}, store))
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?e <https://w3id.org/graphbuild/ontology#sourceActor> ?s }"
        _, t_base = timed(lambda: list(store.query(count)))
        print(f"who_criticised_whom: {len(rows):,} rows in {t_query:.1f} s; one-pattern count baseline "
              f"{t_base:.1f} s; ratio {t_query / t_base:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
