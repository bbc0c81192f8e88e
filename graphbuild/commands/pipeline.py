"""extract and build."""
from __future__ import annotations

import sys

from .. import pipeline
from ..fileio import atomic_write
from ..records import dumps


def _report_problems(result: pipeline.Result) -> int:
    for p in result.problems:
        print(f"graphbuild: skipped {p}", file=sys.stderr)
    return 1 if result.problems else 0


def extract(args) -> int:
    result = pipeline.extract(args.paths, model=args.model, strict=args.strict, progress=not args.quiet and sys.stderr.isatty())
    if args.format == "jsonl":
        text = "".join(dumps(e) + "\n" for e in result.events)
    else:
        text = "source\tpredicate\tcameo\ttarget\tmodality\n" + "".join(
            f"{e.source.name}\t{e.predicate}\t{e.cameo}\t{e.target.name}\t{e.modality}"
            f"{' (negated)' if e.negated else ''}\n" for e in result.events)
    if args.output:
        with atomic_write(args.output) as fh:
            fh.write(text)
    else:
        sys.stdout.write(text)
    return _report_problems(result)


def build(args) -> int:
    result = pipeline.build(args.paths, args.outdir, model=args.model, strict=args.strict,
                            base_iri=args.base_iri, progress=not args.quiet and sys.stderr.isatty())
    print(pipeline.summary(result))
    print(f"written to {args.outdir}/: {', '.join(pipeline.OUTPUTS)}, report.json")
    if args.neo4j:
        from ..neo4j import connection, loader

        report = loader.load_events(result.events, connection.settings(args.uri, args.database))
        print(f"loaded {report.events} events, {report.actors} actors, {report.articles} articles into Neo4j")
    return _report_problems(result)
