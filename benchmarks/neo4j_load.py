"""Neo4j load speed on synthetic events with Zipf-skewed actors: the batched loader (UNWIND $rows),
a naive loop of one transaction per event (on a sample, for scale), and the bulk import
(`graphbuild load --bulk`: CSV files written, then neo4j-admin database import full), measured
in the same run; then the time of each named query on the loaded graph.

    python benchmarks/neo4j_load.py [--events 100000] [--sample 2000] [--batch-size 1000] [--bulk-only]

The bulk import's time is also split into its parts: writing the CSV files, the importer's JVM
start (neo4j-admin --version) and the rest, the import itself; and the importer's CPU time, which
a busy machine changes less than its wall time. The load average is printed at the start and the
end (the machine may be shared). `--events 10 --bulk-only` measures the importer's fixed cost.

Uses the test server (GRAPHBUILD_TEST_NEO4J_HOME / _PORT, started when it is not running,
password NEO4J_PASSWORD or the test default) and EMPTIES its database. The bulk import goes to a
new home next to it (<home>-bulk-bench), removed afterwards.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_events  # noqa: E402
from graphbuild.neo4j import bulk, connection, loader, querying, server  # noqa: E402

# The same writes as the loader, one event at a time with scalar parameters.
NAIVE = """
MERGE (d:Article {id: $article}) SET d += $article_props
MERGE (s:Actor {id: $source}) SET s += $source_props
MERGE (t:Actor {id: $target}) SET t += $target_props
MERGE (e:Event {id: $id}) SET e += $props
MERGE (e)-[:SOURCE]->(s)
MERGE (e)-[:TARGET]->(t)
MERGE (e)-[:REPORTED_IN]->(d)
WITH e, s, t
OPTIONAL MATCH (c:CameoCode {code: $props.cameo})
FOREACH (code IN CASE WHEN c IS NULL THEN [] ELSE [c] END | MERGE (e)-[:OF_TYPE]->(code))
"""
NAIVE_DIRECT = "MATCH (s:Actor {{id: $source}}) MATCH (t:Actor {{id: $target}}) " \
               "MERGE (s)-[r:{rel} {{event_id: $id}}]->(t) SET r += $props"


def naive_load(drv, events) -> None:
    for e in events:
        row = loader._event_row(e)
        params = {"article": loader.article_id(e), "article_props": loader._article_row(e)["props"],
                  "source": e.source.id, "source_props": loader._actor_row(e.source)["props"],
                  "target": e.target.id, "target_props": loader._actor_row(e.target)["props"],
                  "id": e.id, "props": loader.event_props(row)}

        def work(tx, params=params, e=e, direct=loader.direct_props(row)):
            tx.run(NAIVE, params).consume()
            if direct:
                tx.run(NAIVE_DIRECT.format(rel=loader.relationship_type(e.cameo, e.plover)),
                       source=e.source.id, target=e.target.id, id=e.id, props=direct).consume()

        with drv.session() as session:
            session.execute_write(work)


def wipe(drv) -> None:
    """Empty the database in chunks, events first: one transaction for 100,000 events, or for
    actors that still hold thousands of relationships, would outgrow the transaction memory."""
    with drv.session() as session:
        for match in ("MATCH (n:Event)", "MATCH (n)"):
            while session.run(f"{match} WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n").single()["n"]:
                pass


def main() -> None:  # noqa: C901 (one measurement after another)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=2_000)
    ap.add_argument("--batch-size", type=int, default=loader.DEFAULT_BATCH_SIZE)
    ap.add_argument("--bulk-only", action="store_true", help="only the bulk import (no server needed)")
    args = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores", flush=True)
    events = synthetic_events(args.events)
    if args.bulk_only:
        bulk_import(events, Path(os.environ.get("GRAPHBUILD_TEST_NEO4J_HOME") or tempfile.mkdtemp()), 7699)
        print(f"load average {os.getloadavg()[0]:.2f}")
        return

    home = Path(os.environ.get("GRAPHBUILD_TEST_NEO4J_HOME") or Path.home() / ".cache/graphbuild/neo4j-test")
    port = int(os.environ.get("GRAPHBUILD_TEST_NEO4J_PORT") or 7688)
    password = os.environ.get("NEO4J_PASSWORD") or "graphbuild-test"
    server.start(home, port, password)
    settings = connection.Settings(uri=f"bolt://127.0.0.1:{port}", password=password)

    with connection.connect(settings) as drv:
        wipe(drv)
        loader.ensure_schema(drv)
        t0 = time.perf_counter()
        naive_load(drv, events[: args.sample])
        naive_s = time.perf_counter() - t0
        naive_rate = args.sample / naive_s
        print(f"naive, one transaction per event: {args.sample:>7} events in {naive_s:7.2f}s "
              f"= {naive_rate:9.0f} events/s", flush=True)

        wipe(drv)
        t0 = time.perf_counter()
        report = loader.load_events(events, driver=drv, batch_size=args.batch_size)
        batched_s = time.perf_counter() - t0
        batched_rate = len(events) / batched_s
        print(f"batched, UNWIND {args.batch_size} per transaction: {len(events):>7} events in {batched_s:7.2f}s "
              f"= {batched_rate:9.0f} events/s ({report.batches} batches)", flush=True)
        counts = loader.graph_counts(drv)
        print(f"graph: {counts['Event']} events, {counts['Actor']} actors, {counts['Article']} articles")
        busiest = [r["id"] for r in drv.execute_query(
            "MATCH (a:Actor)<-[:SOURCE|TARGET]-(e) RETURN a.id AS id, count(e) AS n ORDER BY n DESC LIMIT 2").records]
        calls = {"who_criticised_whom": {}, "who_met_whom": {"actor": busiest[0]}, "central_actors": {},
                 "actor_profile": {"actor": busiest[0]},
                 "conflict_cooperation": {"actor_a": busiest[0], "actor_b": busiest[1]},
                 "edge_evidence": {"source": busiest[0], "target": busiest[1]},
                 "event_chain": {"source": busiest[0], "target": "actor-1999"}}
        for name, params in calls.items():
            t0 = time.perf_counter()
            rows = querying.run_named(name, params, driver=drv)
            print(f"query {name}: {len(rows)} rows in {time.perf_counter() - t0:.2f}s", flush=True)

    bulk_rate = bulk_import(events, home, port + 1)
    ratio = batched_rate / naive_rate
    print(f"ratio batched/naive: {ratio:.1f}x; ratio bulk/batched: {bulk_rate / batched_rate:.1f}x")
    for what, rate, want in (("batched", batched_rate, 20_000), ("bulk", bulk_rate, 100_000)):
        print(f"{what}: {rate:,.0f} events/s (acceptance >= {want:,}): {'OK' if rate >= want else 'BELOW'}")
    print(f"load average {os.getloadavg()[0]:.2f}")


def bulk_import(events, home: Path, port: int) -> float:
    """The bulk import into a new home next to `home`, and its parts; returns its rate."""
    bulk_home = home.parent / f"{home.name}-bulk-bench"
    shutil.rmtree(bulk_home, ignore_errors=True)
    try:
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        breport = bulk.bulk_load(events, bulk_home, bolt_port=port, quiet=True)
        bulk_s = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        import_cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
        with tempfile.TemporaryDirectory() as folder:
            t0 = time.perf_counter()
            bulk.write_csv(events, Path(folder))
            csv_s = time.perf_counter() - t0
        command, env = server.admin_tool(bulk_home, quiet=True, jvm=bulk.importer_jvm(breport.events)[0])
        t0 = time.perf_counter()
        subprocess.run(command + ["--version"], env=env, check=True, capture_output=True)
        jvm_s = time.perf_counter() - t0
    finally:
        shutil.rmtree(bulk_home, ignore_errors=True)
    bulk_rate = breport.events / bulk_s
    print(f"bulk, CSV files + neo4j-admin import: {breport.events:>7} events in {bulk_s:7.2f}s "
          f"= {bulk_rate:9.0f} events/s", flush=True)
    print(f"bulk, its parts: CSV files {csv_s:.2f}s, importer's JVM start {jvm_s:.2f}s, "
          f"the import itself {bulk_s - csv_s - jvm_s:.2f}s; the importer's CPU time {import_cpu:.2f}s", flush=True)
    return bulk_rate

if __name__ == "__main__":
    main()
