"""The cost of the incident pass of `build` against writing the events it reads.

usage: python benchmarks/incident_pass.py [--events N]

On N synthetic events (benchmarks/synthetic.py, Zipf-skewed actors): the time to write them
to events.jsonl (what the first pass of a build does besides extraction), the time of what
build adds for incidents (grouping keys, grouping, incidents.jsonl, events.jsonl read back
and written again with the ids), their ratio, and the memory the grouping takes (tracemalloc
peak) against the memory of the same events read into a list; for the grouping build does,
on disk (incidents.Grouping), and for the same grouping in memory (group_sightings).
"""
from __future__ import annotations

import argparse
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from synthetic import synthetic_events

from graphbuild.incidents import Grouping, group_sightings, membership, sighting, write_incidents
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
        t0 = time.perf_counter()  # as in build: keys stored as the events are written
        grouping = Grouping()
        for e in events:
            grouping.add(e)
        grouping.write(Path(tmp) / "incidents.jsonl")
        with (Path(tmp) / "again.jsonl").open("w", encoding="utf-8") as fh:
            for e, i in zip(iter_events(path), grouping.incident_ids()):
                fh.write(dumps(replace(e, incident=i)) + "\n")
        grouping.close()
        pass_s = time.perf_counter() - t0
        t0 = time.perf_counter()  # the same in memory
        found = group_sightings([sighting(e) for e in events])
        write_incidents(found, Path(tmp) / "incidents.jsonl")
        of = membership(found)
        with (Path(tmp) / "again.jsonl").open("w", encoding="utf-8") as fh:
            for e in iter_events(path):
                fh.write(dumps(replace(e, incident=of[e.id])) + "\n")
        memory_s = time.perf_counter() - t0
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
        del found, of
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        grouping = Grouping()
        for e in iter_events(path):
            grouping.add(e)
        incidents = sum(1 for _ in grouping.incidents())
        assigned = sum(1 for _ in grouping.incident_ids())
        disk_peak = tracemalloc.get_traced_memory()[1] - base
        grouping.close()
        tracemalloc.stop()
    print(f"events={n} ({assigned} assigned) incidents={incidents} write_events={write_s:.2f}s "
          f"incident_pass={pass_s:.2f}s ratio={pass_s / write_s:.2f} (in memory {memory_s:.2f}s) "
          f"grouping_peak={disk_peak / 2**20:.1f}MiB (in memory {peak / 2**20:.1f}MiB) "
          f"events_in_memory={events_mem / 2**20:.0f}MiB")


if __name__ == "__main__":
    main()
