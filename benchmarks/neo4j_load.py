"""Neo4j load speed on synthetic events with Zipf-skewed actors: the batched loader (UNWIND $rows),
a naive loop of one transaction per event (on a sample, for scale), and the bulk import
(`graphbuild load --bulk`: CSV files written, then neo4j-admin database import full), measured
in the same run; then the time of each named query on the loaded graph.

    python benchmarks/neo4j_load.py [--events 100000] [--sample 2000] [--batch-size 1000] [--writers 2] [--bulk-only]

The batched load runs with one writer (the default) and with --writers batches at once. Its
ceiling is measured on the same server: a plain UNWIND CREATE of the same nodes, properties and
relationships by one writer, with endpoints found by element id and no constraint or index on
what it creates. Each prints the server's and the client's CPU time per event, and
the rate those would allow if they had every core of the machine to themselves.

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


# The ceiling: the batched load's nodes, properties and relationships, created with no look-up
# (endpoints by element id) and no index to update (a label and a type the schema does not cover).
_EVENT_PROPS = ", ".join(f"{k}: row[{4 + i}]" for i, k in enumerate(("id",) + loader.EVENT_KEYS))
_DIRECT_PROPS = ", ".join(f"{k}: row[{4 + (('id',) + loader.EVENT_KEYS).index('id' if k == 'event_id' else k)}]"
                          for k in loader.DIRECT_KEYS)
CEILING = f"""
UNWIND $rows AS row
MATCH (s) WHERE elementId(s) = row[0]
MATCH (t) WHERE elementId(t) = row[1]
MATCH (a) WHERE elementId(a) = row[2]
MATCH (c) WHERE elementId(c) = row[3]
CREATE (e:CeilingEvent {{{_EVENT_PROPS}}})
CREATE (e)-[:SOURCE]->(s), (e)-[:TARGET]->(t), (e)-[:REPORTED_IN]->(a), (e)-[:OF_TYPE]->(c)
CREATE (s)-[:CEILING_DIRECT {{{_DIRECT_PROPS}}}]->(t)
"""


def ceiling_load(drv, events, batch_size: int):
    """The ceiling's rows (element ids of the endpoints, then the event's id and properties) and
    its load, `batch_size` per transaction; actors, articles and codes are written first, untimed."""
    _, articles, actors, _ = loader.prepare(events)
    loader.ensure_schema(drv)
    with drv.session() as session:
        session.execute_write(loader._write_nodes, loader._ARTICLES, list(articles.values()))
        session.execute_write(loader._write_nodes, loader._ACTORS, list(actors.values()))
    ids = {r["k"]: r["i"] for r in drv.execute_query(
        "MATCH (n) WHERE n:Actor OR n:Article RETURN n.id AS k, elementId(n) AS i "
        "UNION MATCH (n:CameoCode) RETURN n.code AS k, elementId(n) AS i").records}
    rows = [[ids[e.source.id], ids[e.target.id], ids[loader.article_id(e)], ids[e.cameo], e.id]
            + loader._event_row(e)[loader.EVENT_PROPS] for e in events]
    return lambda: _write_ceiling(drv, rows, batch_size)


def _write_ceiling(drv, rows, batch_size: int) -> None:
    with drv.session() as session:
        for start in range(0, len(rows), batch_size):
            session.execute_write(loader._write_nodes, CEILING, rows[start:start + batch_size])


def timed(work, server_pid: int | None) -> tuple[float, float, float | None]:
    """Wall time, this process's CPU time and the server's (None when its pid is not known)."""
    def server_cpu() -> float | None:
        try:  # utime and stime, fields 14 and 15 of /proc/PID/stat (Linux)
            fields = Path(f"/proc/{server_pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, TypeError):
            return None
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    s0, c0, w0 = server_cpu(), time.process_time(), time.perf_counter()
    work()
    wall, client, s1 = time.perf_counter() - w0, time.process_time() - c0, server_cpu()
    return wall, client, None if s0 is None or s1 is None else s1 - s0


def cpu_per_event(n: int, client: float, server_s: float | None) -> str:
    """The CPU time per event, and the rate it allows when the client and the server have every
    core of the machine (a bound whatever the load average: time other programs take is not in it)."""
    if server_s is None:
        return f"CPU per event: client {1e6 * client / n:.0f} us, server not known"
    bound = (os.cpu_count() or 1) * n / (server_s + client)
    return (f"CPU per event: server {1e6 * server_s / n:.0f} us, client {1e6 * client / n:.0f} us; "
            f"at most {bound:,.0f} events/s on {os.cpu_count()} cores")


def wipe(drv) -> None:
    """Empty the database in chunks, relationships first: one transaction for 100,000 events, or
    for actors that still hold thousands of relationships, would outgrow the transaction memory."""
    with drv.session() as session:
        for match in ("MATCH ()-[n]->()", "MATCH (n)"):
            while session.run(f"{match} WITH n LIMIT 20000 DELETE n RETURN count(*) AS n").single()["n"]:
                pass


def main() -> None:  # noqa: C901 (one measurement after another)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--sample", type=int, default=2_000)
    ap.add_argument("--batch-size", type=int, default=loader.DEFAULT_BATCH_SIZE)
    ap.add_argument("--writers", type=int, default=2, help="batches written at once, beside the one-writer load")
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

        pid = server.running_pid(home)
        rates = {}
        for writers in sorted({1, args.writers}):  # one writer: the baseline, the loader's default
            wipe(drv)
            reports = []
            batched_s, client_s, server_s = timed(lambda: reports.append(loader.load_events(
                events, driver=drv, batch_size=args.batch_size, writers=writers)), pid)
            rates[writers] = len(events) / batched_s
            print(f"batched, UNWIND {args.batch_size} per transaction, {writers} writer(s): {len(events):>7} events "
                  f"in {batched_s:7.2f}s = {rates[writers]:9.0f} events/s ({reports[0].batches} batches); "
                  f"{cpu_per_event(len(events), client_s, server_s)}", flush=True)
        batched_rate = rates[1]
        print(f"ratio {args.writers} writers / 1 writer: {rates[args.writers] / batched_rate:.2f}")
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

        wipe(drv)
        ceiling_s, client_s, server_s = timed(ceiling_load(drv, events, args.batch_size), pid)
        ceiling_rate = len(events) / ceiling_s
        print(f"ceiling, plain UNWIND CREATE of the same nodes and relationships, 1 writer: "
              f"{len(events):>7} events in {ceiling_s:7.2f}s = {ceiling_rate:9.0f} events/s; "
              f"{cpu_per_event(len(events), client_s, server_s)}; "
              f"ratio batched (1 writer)/ceiling: {batched_rate / ceiling_rate:.2f}", flush=True)
        wipe(drv)

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
