"""Peak memory of the client's part of `graphbuild build` as the events grow, without the parse.

usage: python benchmarks/client_memory.py EVENTS.jsonl [--times 4 16]

EVENTS.jsonl is an extraction (`graphbuild extract CORPUS --format jsonl -o EVENTS.jsonl`, e.g.
of 500 articles of benchmarks/corpus.py). For each --times K, a fresh process runs
pipeline.build with extraction replaced by those events K times over, each copy's articles
with new ids and dates (so its events are new events and new incidents of the same actor
pairs): everything the client does after the workers (events.jsonl, incidents, network, page,
GraphML, RDF, report). Prints each run's peak RSS and the ratio of the largest to the smallest
(target: within 1.15x, memory bounded by the actors and pairs).
"""
from __future__ import annotations

import argparse
import itertools
import random
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path


def one_run(events_path: str, times: int, outdir: str) -> None:
    from graphbuild import parallel, pipeline
    from graphbuild.records import iter_events

    start = date(2023, 1, 1)

    def copies(items, model, when, **engine):
        for _ in items:
            pass
        for c in range(times):
            rng = random.Random(c)
            # read again for each copy, an article at a time (an extraction lists each
            # article's events together): the measure holds no more events than a build would
            for doc, group in itertools.groupby(iter_events(events_path), key=lambda e: e.doc_id):
                events = list(group)
                new = f"{doc}-{c}"
                day = (start + timedelta(days=rng.randrange(730))).isoformat()
                art = replace(events[0].article, id=new, date=day, url=f"https://news.example.org/{new}")
                yield pipeline.ArticleEvents(new, tuple(
                    replace(e, doc_id=new, article=art, id="", **({"event_date": day} if e.date_source == "article" else {}))
                    for e in events), ())

    parallel.extract_stream = copies
    one = Path(outdir) / "one.txt"
    one.write_text("France condemned Iran.", encoding="utf-8")  # read and ignored: the copies stand in
    began = time.monotonic()
    result = pipeline.build([str(one)], Path(outdir) / "out")
    print(f"{result.event_count} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} "
          f"{time.monotonic() - began:.1f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("events", help="an events.jsonl of extracted articles")
    ap.add_argument("--times", type=int, nargs="+", default=[4, 16], help="copies of those events (default: 4 16)")
    ap.add_argument("--run", type=int, help=argparse.SUPPRESS)  # one measured run, in its own process
    args = ap.parse_args(argv)
    if args.run:
        with tempfile.TemporaryDirectory() as tmp:
            one_run(args.events, args.run, tmp)
        return 0
    peaks = {}
    for k in args.times:
        out = subprocess.run([sys.executable, __file__, args.events, "--run", str(k)], check=True,
                             capture_output=True, text=True).stdout.split()
        events, peaks[k], took = int(out[0]), float(out[1]), float(out[2])
        print(f"{k} copies: {events} events, client peak RSS {peaks[k]:.0f} MiB ({took:.0f} s)")
    lo, hi = min(peaks), max(peaks)
    print(f"growth {lo} -> {hi} copies: {peaks[hi] / peaks[lo]:.2f}x (target: within 1.15x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
