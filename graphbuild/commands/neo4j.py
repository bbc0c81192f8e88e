"""`graphbuild neo4j start|stop|status`, `graphbuild load` and `graphbuild unload`.

`neo4j status` exits 0 when the server of the home answers, 3 otherwise (as an init script's
status does), so that scripts can test it."""
from __future__ import annotations

import sys

from ..neo4j import connection, loader
from ..neo4j import server as srv
from ..records import read_events

NOT_RUNNING = 3


def server(args) -> int:
    if args.action == "start":
        st = srv.start(args.home, args.bolt_port)
    elif args.action == "stop":
        stopped = srv.stop(args.home)
        st = srv.status(args.home, args.bolt_port)
        if not stopped:
            print(f"graphbuild: no server was running in {st.home}")
    else:
        st = srv.status(args.home, args.bolt_port)
        print(st.describe())
        return 0 if st.running and st.answering else NOT_RUNNING
    print(st.describe())
    return 0


def load(args) -> int:
    if args.bulk:
        from .bulk import load_bulk
        return load_bulk(args)
    events = read_events(args.source)
    settings = connection.settings(args.uri, args.database)
    quiet = not sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if not quiet:
            print(f"\rgraphbuild: loaded {done}/{total} events", end="", file=sys.stderr, flush=True)

    report = loader.load_events(events, settings, batch_size=args.batch_size, progress=progress,
                                writers=args.writers)
    if not quiet:
        print(file=sys.stderr)
    print(f"loaded {report.events} events, {report.actors} actors, {report.articles} articles "
          f"({report.direct} direct relationships, {report.batches} batches) into {settings.uri}")
    for line in report.skipped:
        print(f"graphbuild: skipped: {line}", file=sys.stderr)
    return 1 if report.skipped else 0


def unload(args) -> int:
    settings = connection.settings(args.uri, args.database)
    report = loader.unload(args.article_id, settings)
    print(f"unloaded article {report.article_id}: {report.events} events, {report.direct} direct "
          f"relationships, {report.actors} actors left without events")
    return 0
