"""`graphbuild load OUTDIR --bulk --home DIR`: the first load of a corpus with Neo4j's importer."""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import ConfigError
from ..neo4j.bulk import bulk_load
from ..neo4j.server import default_home
from ..records import iter_events


def load_bulk(args) -> int:
    if args.uri or args.database:
        raise ConfigError("--bulk writes the files of a stopped server's database: it takes --home, not --uri "
                          "or --database", "drop --uri/--database, or load over Bolt without --bulk")
    home = Path(args.home) if args.home else default_home()
    report = bulk_load(iter_events(args.source), home)
    print(f"imported {report.events} events, {report.actors} actors, {report.articles} articles "
          f"({report.direct} direct relationships) into database {report.database!r} of {report.home} "
          f"(CSV files in {report.csv_dir}); start it with `graphbuild neo4j start --home {report.home}`, "
          f"which creates its constraints and indexes")
    for line in report.skipped:
        print(f"graphbuild: skipped: {line}", file=sys.stderr)
    return 1 if report.skipped else 0
