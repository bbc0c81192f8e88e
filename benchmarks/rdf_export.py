"""RDF export and SPARQL speed on synthetic events with Zipf-skewed actors (default 100,000).

Prints, for N-Triples and Turtle, the export speed in triples per second (events -> file, as
`graphbuild build` and `graphbuild export` write it, streamed through Oxigraph's serialiser),
the time to load graph.ttl into the embedded store, and the time of the named queries there:
who_criticised_whom on the whole graph, conflict_cooperation between the two busiest actors, and
event_chain on a dense graph of 400 events over 60 actors, as a user runs it (max_hops left at its
default, 4) and at its largest (6). Each time is wall-clock with the process's CPU time beside it:
on a shared machine the CPU time is the work done, the wall time what a user waited.

    .venv/bin/python benchmarks/rdf_export.py [--events 100000]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_events  # noqa: E402
from graphbuild.querylib import get_query  # noqa: E402
from graphbuild.rdf.export import write_graph  # noqa: E402
from graphbuild.rdf.sparql import load_graph, run_query  # noqa: E402

ACCEPT = {"nt": 300_000, "ttl": 100_000}


def timed(fn):
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    timed.cpu = time.process_time() - cpu
    return value, time.perf_counter() - start


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", type=int, default=100_000)
    args = p.parse_args()

    events, t = timed(lambda: synthetic_events(args.events))
    print(f"{len(events):,} synthetic events made in {t:.1f} s")
    with tempfile.TemporaryDirectory() as tmp:
        for fmt in ("nt", "ttl"):
            path = Path(tmp) / f"graph.{fmt}"
            n, t = timed(lambda: write_graph(iter(events), path))
            rate = n / t
            print(f"{fmt:>3}: {n:,} triples written in {t:6.1f} s (CPU {timed.cpu:.1f} s) = {rate:>10,.0f} triples/s "
                  f"({path.stat().st_size / 1e6:,.0f} MB); acceptance >= {ACCEPT[fmt]:,}: "
                  f"{'OK' if rate >= ACCEPT[fmt] else 'BELOW'}", flush=True)
        (Path(tmp) / "graph.nt").unlink()

        store, t_load = timed(lambda: load_graph(tmp))
        print(f"graph.ttl loaded into the embedded store in {t_load:.1f} s ({len(store):,} triples)")
        busiest = [a for a, _ in Counter(a.id for e in events for a in (e.source, e.target)).most_common(2)]
        for name, params, limit in (("who_criticised_whom", {}, 1.0),
                                    ("conflict_cooperation", {"actor_a": busiest[0], "actor_b": busiest[1]}, 1.0),
                                    ("actor_profile", {"actor": busiest[0]}, None),
                                    ("central_actors", {}, None)):
            rows, t = timed(lambda: run_query(get_query(name, "sparql"), params, store))
            verdict = f"; acceptance <= {limit:.0f} s: {'OK' if t <= limit else 'BELOW'}" if limit else ""
            print(f"{name}: {len(rows):,} rows in {t:.2f} s (CPU {timed.cpu:.2f} s){verdict}", flush=True)
        del store

    dense = synthetic_events(400, n_actors=60, seed=11)
    with tempfile.TemporaryDirectory() as tmp:
        write_graph(dense, Path(tmp) / "graph.ttl")
        store = load_graph(tmp)
        ids = sorted({a.id for e in dense for a in (e.source, e.target)})
        query = get_query("event_chain", "sparql")
        for max_hops in (None, "6"):
            times, cpu = [], []
            for source, target in ((ids[0], ids[-1]), (ids[1], ids[-2]), (ids[2], ids[-3])):
                params = {"source": source, "target": target} | ({"max_hops": max_hops} if max_hops else {})
                _, t = timed(lambda: run_query(query, params, store))
                times.append(t)
                cpu.append(timed.cpu)
            print(f"event_chain on 400 events over {len(ids)} actors, max_hops {max_hops or 'default (4)'}: "
                  f"{max(times):.2f} s (CPU {max(cpu):.2f} s) at most for 3 pairs; acceptance <= 5 s: "
                  f"{'OK' if max(times) <= 5 else 'BELOW'}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
