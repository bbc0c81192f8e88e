"""`graphbuild export OUTDIR` and `graphbuild validate OUTDIR`: the RDF of a build, for researchers."""
from __future__ import annotations

import sys
from pathlib import Path

from ..fileio import atomic_write
from ..records import read_events
from ..rdf.export import serialize
from ..rdf.validate import validate_path


def export(args) -> int:
    if args.format in ("csv", "parquet"):  # the flat event table, not RDF
        from ..table import export as export_table

        return export_table(args)
    data = serialize(read_events(args.outdir), args.format, args.base_iri)
    if args.output:
        with atomic_write(Path(args.output), "wb") as fh:
            fh.write(data)
        print(f"wrote {args.output} ({args.format})", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def validate(args) -> int:
    """Exit status 0 when the graph conforms to the shapes, 1 when it does not."""
    report = validate_path(args.outdir)
    for v in report.violations:
        print(v)
    if report.conforms:
        print(f"conforms: {report.triples} triples checked against ontology/shapes.ttl")
        return 0
    print(f"does not conform: {len(report.violations)} results", file=sys.stderr)
    return 1
