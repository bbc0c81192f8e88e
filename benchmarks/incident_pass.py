"""The cost of the incident pass of `build` against writing the events it reads.

usage: python benchmarks/incident_pass.py [--events N]

On N synthetic events (benchmarks/synthetic.py, Zipf-skewed actors): the time to write them
to events.jsonl (what the first pass of a build does besides extraction), the time of what
build adds for incidents (grouping keys, grouping, incidents.jsonl, events.jsonl read back
and written again with the ids), their ratio, and the memory the grouping keys and the grouping take
(tracemalloc peak) against the memory of the same events read into a list.
"""
from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from synthetic import synthetic_events

from graphbuild.incidents import group_sightings, membership, sighting, write_incidents
from graphbuild.records import dumps, iter_events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    n = ap.parse_args().events
    events = synthetic_events(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.jsonl"
        t0 = time.perf_counter()
        with path.open("w", encoding="utf-8") as fh:
            for e in events:
                fh.write(dumps(e) + "\n")
        write_s = time.perf_counter() - t0
        t0 = time.perf_counter()  # as in build: keys made from the events as they are written
        found = group_sightings([sighting(e) for e in events])
        write_incidents(found, Path(tmp) / "incidents.jsonl")
        of = membership(found)
        with (Path(tmp) / "again.jsonl").open("w", encoding="utf-8") as fh:
            for e in iter_events(path):
                fh.write(dumps(replace(e, incident=of[e.id])) + "\n")
        pass_s = time.perf_counter() - t0
        del found, of
        # memory, measured apart (tracing slows Python down several times)
        tracemalloc.start()
        held = list(iter_events(path))
        events_mem = tracemalloc.get_traced_memory()[0]
        del held
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        found = group_sightings(sighting(e) for e in iter_events(path))
        of = membership(found)
        peak = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
    print(f"events={n} incidents={len(found)} write_events={write_s:.2f}s incident_pass={pass_s:.2f}s "
          f"ratio={pass_s / write_s:.2f} grouping_peak={peak / 2**20:.0f}MiB events_in_memory={events_mem / 2**20:.0f}MiB")


if __name__ == "__main__":
    main()
